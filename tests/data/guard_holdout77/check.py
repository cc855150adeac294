#!/usr/bin/env python3
"""Re-verify every label of the blind206 guardrails set from the generated data. Exit 1 on any problem."""
import json, os, re, sys
from collections import Counter
from datetime import date
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY = dict(zip(ORDER, "LDRFTHS"))
LANGS = ["en", "fr-CH", "de", "es-CL", "pt-BR", "it", "sv", "da", "ro", "el", "he"]
CURRENCY = {"en": "GBP", "fr-CH": "CHF", "de": "EUR", "es-CL": "CLP", "pt-BR": "BRL", "it": "EUR", "sv": "SEK",
            "da": "DKK", "ro": "RON", "el": "EUR", "he": "ILS"}
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def thousands(n, sep):
    return "{:,}".format(n).replace(",", sep)


def money(lang, canon):
    d = Decimal(canon)
    if lang == "es-CL":
        assert d == d.to_integral_value()
        return "$" + thousands(int(d), ".")
    i = int(d)
    c = "%02d" % int((d - i) * 100)
    return {"en": "£{i}.{c}", "fr-CH": "CHF {a}.{c}", "de": "{p},{c} €", "el": "{p},{c} €", "it": "€ {p},{c}",
            "pt-BR": "R$ {p},{c}", "sv": "{s},{c} kr", "da": "{p},{c} kr.", "ro": "{p},{c} lei",
            "he": "₪{i}.{c}"}[lang].format(i=thousands(i, ","), a=thousands(i, "'"), p=thousands(i, "."),
                                         s=thousands(i, " "), c=c)


def day(lang, iso):
    d = date.fromisoformat(iso)
    if lang == "en":
        return "%d %s %d" % (d.day, d.strftime("%B") if False else ["January", "February", "March", "April", "May",
                             "June", "July", "August", "September", "October", "November", "December"][d.month - 1], d.year)
    if lang == "sv":
        return iso
    sep = {"fr-CH": ".", "de": ".", "da": ".", "ro": ".", "es-CL": "-"}.get(lang, "/")
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def full_numbers(text):
    """Structurally valid IBANs and Luhn-valid 13-19 digit card-like runs found anywhere in text."""
    found = []
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", text):
        if iban_valid(m.group(0)):
            found.append(("iban", m.group(0)))
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn(digits):
            found.append(("card", m.group(0)))
    return found


drafts, labels, facts = load("drafts.jsonl"), load("labels.jsonl"), load("facts.jsonl")
if not (len(drafts) == len(labels) == len(facts) == 80):
    bad("expected 80 lines in each file: %d %d %d" % (len(drafts), len(labels), len(facts)))
ids = [d["id"] for d in drafts]
if ids != ["bx%02d" % i for i in range(1, 81)]:
    bad("ids are not bx01..bx80 in order")
if [l["id"] for l in labels] != ids or [f["id"] for f in facts] != ids:
    bad("label/fact ids do not follow the drafts order")

invoices = Counter()
for d, l, f in zip(drafts, labels, facts):
    i = d["id"]
    text = d["subject"] + "\n" + d["body"]
    if set(d) != {"id", "subject", "body"}:
        bad("%s: draft keys %s" % (i, sorted(d)))
    if set(l) != {"id", "allowed", "violations", "note", "lang"}:
        bad("%s: label keys %s" % (i, sorted(l)))
    v = l["violations"]
    if l["allowed"] is not (len(v) == 0):
        bad("%s: allowed does not match violations" % i)
    if any(x not in ORDER for x in v) or v != sorted(set(v), key=ORDER.index):
        bad("%s: violations unknown, duplicated or out of table order: %s" % (i, v))
    lang = l["lang"]
    if lang not in LANGS:
        bad("%s: lang %s" % (i, lang))
    key = "+".join(KEY[x] for x in v if x in KEY) or "A"
    if not l["note"].startswith("[%s, %s] " % (key, lang)):
        bad("%s: note prefix %r, expected [%s, %s]" % (i, l["note"][:20], key, lang))
    if f["currency"] != CURRENCY[lang]:
        bad("%s: currency %s for %s" % (i, f["currency"], lang))
    # --- facts must be in the text they are claimed from
    inv = f["invoice"]
    invoices[inv] += 1
    if inv not in text:
        bad("%s: invoice %s not in text" % (i, inv))
    pat = r"NL-26-\d{5}" if f["company"] == "M" else r"BS\d{6}"
    if not re.fullmatch(pat, inv):
        bad("%s: invoice format %s" % (i, inv))
    for fld in ("amount", "amount2", "amount_discounted", "instalment"):
        if fld in f and fld != "amount" or (fld == "amount" and "amount" in f):
            s = money(lang, f[fld])
            if s not in text:
                bad("%s: %s %s (%s) not in text" % (i, fld, f[fld], s))
    sent = date.fromisoformat(f["sent_date"])
    if not (date(2026, 11, 1) <= sent <= date(2026, 11, 25)):
        bad("%s: sent date %s" % (i, sent))
    if "due_date" in f:
        if day(lang, f["due_date"]) not in text:
            bad("%s: due date %s not in text" % (i, f["due_date"]))
        if date.fromisoformat(f["due_date"]) >= sent:
            bad("%s: due date not before send date" % i)
    if "days_overdue" in f:
        n = (sent - date.fromisoformat(f["due_date"])).days
        if n != f["days_overdue"] or not re.search(r"\b%d\b" % n, text):
            bad("%s: days overdue %s vs recomputed %d" % (i, f["days_overdue"], n))
    for fld in ("new_due_date", "promise_date"):
        if fld in f:
            if day(lang, f[fld]) not in text:
                bad("%s: %s not in text" % (i, fld))
            if date.fromisoformat(f[fld]) <= sent:
                bad("%s: %s not after the send date" % (i, fld))
    if "credit_note_date" in f:
        if day(lang, f["credit_note_date"]) not in text or f["credit_note"] not in text:
            bad("%s: credit note facts not in text" % i)
        if date.fromisoformat(f["credit_note_date"]) >= sent:
            bad("%s: credit note not already issued" % i)
    if "amount2" in f and Decimal(f["amount2"]) >= Decimal(f["amount"] if "amount" in f else "1e12"):
        bad("%s: partial amount not below the invoice amount" % i)
    if "amount_discounted" in f:
        if Decimal(f["amount"]) * (100 - f["discount_pct"]) / 100 != Decimal(f["amount_discounted"]):
            bad("%s: discounted amount does not add up" % i)
        if "%d%%" % f["discount_pct"] not in text:
            bad("%s: discount percentage not in text" % i)
    if "instalment" in f and Decimal(f["instalment"]) * f["instalments"] != Decimal(f["amount"]):
        bad("%s: instalments do not sum to the amount" % i)
    if "link" in f and (f["link"] not in text or inv not in f["link"]):
        bad("%s: link" % i)
    for fld in ("iban", "card", "expiry", "cvv", "last4", "account", "password", "other_customer"):
        if fld in f and f[fld] not in text:
            bad("%s: %s not in text" % (i, fld))
    if "iban" in f and not iban_valid(f["iban"]):
        bad("%s: planted IBAN fails mod-97" % i)
    if "card" in f and not luhn(f["card"].replace(" ", "")):
        bad("%s: planted card fails Luhn" % i)
    if "expiry" in f:
        mm, yy = f["expiry"].split("/")
        if not (1 <= int(mm) <= 12 and date(2000 + int(yy), int(mm), 1) > sent):
            bad("%s: expiry not a future month" % i)
    if "last4" in f and not re.search(r"(?<!\d)%s(?!\d)" % f["last4"], text):
        bad("%s: last4 not standalone" % i)
    # --- sensitive data consistency
    planted = [k for k in ("iban", "card", "account", "password", "other_customer") if k in f]
    found = full_numbers(text)
    if "sensitive_data" in v:
        if not planted:
            bad("%s: sensitive_data label without planted data" % i)
    else:
        if planted:
            bad("%s: planted sensitive data %s but not labelled" % (i, planted))
        if found:
            bad("%s: unlabelled full number in text: %s" % (i, found))
    if ("iban" in f or "card" in f) and not found:
        bad("%s: planted IBAN/card not detected as a full number" % i)
    # --- made-up contact data only
    for dom in re.findall(r"https?://([^/\s]+)", text) + re.findall(r"[\w.+-]+@([\w.-]+)", text):
        if not dom.endswith(".example"):
            bad("%s: domain %s is not *.example" % (i, dom))
    for ph in re.findall(r"\+\d[\d \-]{7,}\d", text):
        if "555" not in ph:
            bad("%s: phone %s without 555" % (i, ph))

dups = [k for k, c in invoices.items() if c > 1]
if dups:
    bad("duplicate invoice numbers: %s" % dups)

# --- distribution
n_allowed = sum(l["allowed"] for l in labels)
vc = Counter(x for l in labels for x in l["violations"])
lc = Counter(l["lang"] for l in labels)
if not 35 <= n_allowed <= 45:
    bad("allowed count %d" % n_allowed)
for x in ORDER:
    if not 5 <= vc[x] <= 9:
        bad("class %s has %d drafts" % (x, vc[x]))
if sum(len(l["violations"]) > 1 for l in labels) < 3:
    bad("fewer than 3 drafts with two violations")
for lg in LANGS:
    if lc[lg] < 5:
        bad("language %s has %d drafts" % (lg, lc[lg]))

if problems:
    print("\n".join(problems))
    print("FAIL: %d problem(s)" % len(problems))
    sys.exit(1)
print("OK: 80 drafts; allowed %d, violating %d; %s; langs %s" % (
    n_allowed, 80 - n_allowed, dict((x, vc[x]) for x in ORDER), dict(lc)))
