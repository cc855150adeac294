#!/usr/bin/env python3
"""Re-verify every label of the jc triage set against the generated messages. Exit 1 on any problem."""
import calendar, email, email.policy, json, os, re, sys
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay": "A", "paid_claim": "B", "dispute": "C", "document_request": "D", "billing_update": "E",
           "wrong_contact": "F", "out_of_office": "G", "payment_plan_request": "H", "legal_or_insolvency": "I",
           "delivery_failure": "J", "acknowledgement": "K", "other": "L"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
LOCALES = {"en-AU", "en-IE", "es-ES", "fr-CA", "de-CH", "pt-PT", "it-IT", "sv-SE", "fi-FI", "tr-TR", "el-GR",
           "he-IL", "hi-IN", "vi-VN"}
CURRENCIES = {"AUD", "EUR", "CAD", "CHF", "SEK", "TRY", "ILS", "INR", "VND"}
TARGET = {"A": 12, "B": 12, "C": 10, "D": 6, "E": 6, "F": 5, "G": 6, "H": 6, "I": 4, "J": 5, "K": 4, "L": 4}
problems = []

def bad(i, msg):
    problems.append(f"{i}: {msg}")

class Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)

def text_of(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(t, str):
                t = str(t)
            if ct == "text/html":
                s = Strip(); s.feed(t); t = "".join(s.out)
            out.append(t)
    if msg.get_content_type() == "message/rfc822":
        pass
    return "\n".join(out)

def this_wd(t, wd): return t + timedelta((wd - t.weekday()) % 7)

def resolve(rule, arg, t):
    if rule == "abs": return date.fromisoformat(arg)
    if rule == "plus": return t + timedelta(days=arg)
    if rule == "this_wd": return this_wd(t, arg)
    if rule == "next_wd": return t - timedelta(days=t.weekday()) + timedelta(days=7 + arg)
    if rule == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if rule == "by_day":
        d = date(t.year, t.month, arg)
        return d if d >= t else (date(t.year + 1, 1, arg) if t.month == 12 else date(t.year, t.month + 1, arg))
    if rule == "this_week": return this_wd(t, 4)
    if rule == "kw":
        jan4 = date(t.year, 1, 4)
        return jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=arg - 1, days=4)
    if rule == "eom_named":
        y = t.year if arg >= t.month else t.year + 1
        return date(y, arg, calendar.monthrange(y, arg)[1])
    if rule == "dm_future":
        d = date(t.year, arg[1], arg[0]); return d if d >= t else date(t.year + 1, arg[1], arg[0])
    if rule == "dm_past":
        d = date(t.year, arg[1], arg[0]); return d if d <= t else date(t.year - 1, arg[1], arg[0])
    raise ValueError(rule)

def digits(s): return re.sub(r"\D", "", s)

def amount_in(amount, text):
    want = digits(amount)
    for tok in re.findall(r"\d[\d.,'\u00a0\u202f ]*\d|\d", text):
        dt = digits(tok)
        if dt == want or dt + "00" == want:
            return True
    return False

emails = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
rules = json.load(open(os.path.join(D, "check_rules.json"), encoding="utf-8"))
rmap = {(r["id"], r["field"]): r for r in rules}

if len(emails) != 80 or len(labels) != 80:
    bad("-", f"expected 80/80 lines, got {len(emails)}/{len(labels)}")
ids = [e["id"] for e in emails]
if ids != [f"jc{n:02d}" for n in range(1, 81)] or ids != [l["id"] for l in labels]:
    bad("-", "ids not jc01..jc80 in the same order")

keys, locs, inj = Counter(), Counter(), 0
for e, lab in zip(emails, labels):
    i = e["id"]
    if set(e) != {"id", "eml"}:
        bad(i, "email keys")
    allowed = {"id", "note", *FIELDS} | ({"injection"} if lab.get("injection") else set())
    if set(lab) != allowed:
        bad(i, f"label keys {sorted(set(lab) ^ allowed)}")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    raw_date = msg["Date"]
    try:
        dt = parsedate_to_datetime(str(raw_date))
    except Exception as ex:
        bad(i, f"Date unparsable {ex}"); continue
    today = dt.date()  # the header's own offset (naive for -0000)
    for h in ("Message-ID", "From", "To", "Subject"):
        if not msg[h]:
            bad(i, f"missing {h}")
    text = text_of(msg)
    if "\ufffd" in text:
        bad(i, "U+FFFD in decoded text")
    full = text + "\n" + str(msg["Subject"])
    # note
    m = re.match(r"^\[([A-L]), ([a-z]{2}-[A-Z]{2})\] \S", lab["note"])
    if not m:
        bad(i, "note prefix"); continue
    key, loc = m.groups()
    keys[key] += 1; locs[loc] += 1
    if loc not in LOCALES: bad(i, f"locale {loc}")
    it = lab["intent"]
    if INTENTS.get(it) != key: bad(i, f"intent {it} vs key {key}")
    if lab.get("injection"):
        inj += 1
        if not re.search(r"(SYSTEM|AI|automat|ASSISTENTE|assistant)", text, re.I):
            bad(i, "injection flagged but no instruction text found")
    # message shape per intent
    ct = msg.get_content_type()
    auto = msg["Auto-Submitted"] or msg["X-Autoreply"]
    if it == "delivery_failure":
        if not (ct == "multipart/report" or "MAILER-DAEMON" in str(msg["From"])):
            bad(i, "bounce shape")
    else:
        if not msg["In-Reply-To"] or "@ar.saffronslate.example" not in str(msg["In-Reply-To"]):
            bad(i, "In-Reply-To missing / not our reminder")
        if "collections+" not in str(msg["To"]):
            bad(i, "To lacks case address")
    if it == "out_of_office" and not auto:
        bad(i, "auto-reply without Auto-Submitted/X-Autoreply")
    if it != "out_of_office" and it != "delivery_failure" and auto:
        bad(i, "human reply carries auto headers")
    # dates
    for f in ("promised_date", "paid_date", "return_date"):
        v = lab[f]
        r = rmap.get((i, f))
        if v is None:
            if r: bad(i, f"rule for null {f}")
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): bad(i, f"{f} format")
        if not r:
            bad(i, f"no rule for {f}"); continue
        got = resolve(r["rule"], tuple(r["arg"]) if isinstance(r["arg"], list) else r["arg"], today).isoformat()
        if got != v: bad(i, f"{f} {v} != recomputed {got}")
        for piece in r["phrase"].split(" ... "):
            if piece not in re.sub(r"\s+", " ", text): bad(i, f"phrase {piece!r} not in text")
    # amounts
    a, c = lab["promised_amount"], lab["currency"]
    if (a is None) != (c is None): bad(i, "currency/amount nullness")
    if a is not None:
        if not re.fullmatch(r"\d+\.\d{2}", a): bad(i, "amount format")
        if c not in CURRENCIES: bad(i, f"currency {c}")
        if not amount_in(a, text.split("Total overdue")[0] if "Total overdue" in text else text):
            bad(i, f"amount {a} not in customer text")
    for f in ("payment_reference", "new_contact_email"):
        if lab[f] is not None and lab[f] not in text:
            bad(i, f"{f} {lab[f]!r} not in text")
    if lab["new_contact_email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", lab["new_contact_email"]):
        bad(i, "contact not *.example")
    dr = lab["dispute_reason"]
    if dr is not None and dr not in REASONS: bad(i, f"dispute_reason {dr}")
    if it == "dispute" and dr is None: bad(i, "dispute without reason")
    inv = lab["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice_numbers list/dupes")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n) or n[4:] not in full:
            bad(i, f"invoice {n} not found")
    # every INV mentioned in the customer's own part should be labelled
    own = re.split(r"\n(?:>|_{10,}|On |El |Le |Am |Em |Il giorno|Den |\S+ kirjoitti|Στις|ב-|Vào|\d+/\d+/\d+ को|[^\n]*tarihinde)", text)[0]
    for n in re.findall(r"INV-(\d{4})", own):
        if f"INV-{n}" not in inv and it != "delivery_failure":
            bad(i, f"INV-{n} in own text but not labelled")

for k, n in TARGET.items():
    if keys[k] != n: bad("-", f"key {k}: {keys[k]} != {n}")
if locs["en-AU"] + locs["en-IE"] > 20: bad("-", "too much English")
if set(locs) != LOCALES: bad("-", f"locales missing {LOCALES - set(locs)}")
if not 5 <= inj <= 8: bad("-", f"injection count {inj}")

print(f"{len(labels)} labels, {len(rules)} date rules, {inj} injections; locales {dict(locs)}")
if problems:
    print("\n".join(problems)); print(f"FAIL: {len(problems)} problem(s)"); sys.exit(1)
print("OK")
