#!/usr/bin/env python3
"""Re-verify every label of the zq set from the generated emails. Exit 1 on any problem."""
import email, email.policy, html, json, os, re, sys
from collections import Counter
from decimal import Decimal
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import resolve  # the date rules only (pure functions)

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure",
           "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
        "W": "wrong_contact", "O": "out_of_office", "I": "payment_plan_request", "L": "legal_or_insolvency",
        "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
errors = []
def err(i, msg):
    errors.append("%s: %s" % (i, msg))

def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f]

def all_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/") and ct != "text/rfc822-headers":
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "text/rfc822-headers":
            hm = email.message_from_string(part.get_content(), policy=email.policy.default)
            out.append("\n".join("%s: %s" % kv for kv in hm.items()))
        elif ct == "message/delivery-status":
            out.append(str(part))
        elif ct == "message/rfc822":
            out.append(all_text(part.get_content()))
    return "\n".join(out)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def parse_amount(s):
    t = re.sub(r"[^\d.,]", "", s.replace("\u00a0", "").replace(" ", ""))
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        th = "." if dec == "," else ","
        t = t.replace(th, "").replace(dec, ".")
    elif "," in t:
        t = t.replace(",", ".") if re.search(r",\d{2}$", t) else t.replace(",", "")
    elif "." in t:
        if not re.search(r"\.\d{2}$", t) or t.count(".") > 1:
            t = t.replace(".", "")
    return Decimal(t).quantize(Decimal("0.01"))

emails, labels, metas = load("emails.jsonl"), load("labels.jsonl"), load("meta.jsonl")
if not (len(emails) == len(labels) == len(metas) == 80):
    err("-", "expected 80 rows each, got %d/%d/%d" % (len(emails), len(labels), len(metas)))
ids = ["zq%02d" % i for i in range(1, 81)]
for e, l, m, want in zip(emails, labels, metas, ids):
    i = want
    if not (e["id"] == l["id"] == m["id"] == want):
        err(i, "id mismatch")
    extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
    missing = set(FIELDS + ["id", "note"]) - set(l)
    if extra or missing:
        err(i, "fields extra=%s missing=%s" % (extra, missing))
    if "injection" in l and l["injection"] is not True:
        err(i, "injection must be true when present")
    if l["intent"] not in INTENTS:
        err(i, "bad intent")
    mk = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not mk or KEYS[mk.group(1)] != l["intent"] or mk.group(2) != m["loc"]:
        err(i, "note prefix / key mismatch")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS:
        err(i, "bad dispute_reason")
    if (l["promised_amount"] is None) != (l["currency"] is None):
        err(i, "currency iff amount")
    if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", l["promised_amount"]):
        err(i, "amount format")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]):
        err(i, "currency format")
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None:
            try:
                date.fromisoformat(v)
            except ValueError:
                err(i, "%s not ISO" % f)
        if (v is not None) != (f in m["rules"]):
            err(i, "%s has no rule/evidence" % f)
    if not isinstance(l["invoice_numbers"], list) or any(not re.fullmatch(r"INV-\d{4}", x) for x in l["invoice_numbers"]) \
            or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]):
        err(i, "invoice_numbers format")

    raw = e["eml"].encode("utf-8")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg["Date"] is None:
        err(i, "no Date"); continue
    dt = msg["Date"].datetime
    today = dt.date()  # local date in the header's own offset (naive for -0000)
    text = all_text(msg)
    ntext = norm(text)
    if "\ufffd" in text:
        err(i, "U+FFFD in decoded text")
    for f, rule in m["rules"].items():
        got = resolve(tuple(rule), today).isoformat()
        if got != l[f]:
            err(i, "%s: rule %s from %s gives %s, label %s" % (f, rule, today, got, l[f]))
        ev = m["evidence"][f]
        if norm(ev) not in ntext:
            err(i, "%s phrase %r not in text" % (f, ev))
    if l["promised_amount"] is not None:
        ev = m["evidence"]["promised_amount"]
        if norm(ev) not in ntext:
            err(i, "amount %r not in text" % ev)
        if parse_amount(ev) != Decimal(l["promised_amount"]):
            err(i, "amount %r parses to %s, label %s" % (ev, parse_amount(ev), l["promised_amount"]))
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in text:
            err(i, "%s %r not in text" % (f, l[f]))
    if l["new_contact_email"] and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]):
        err(i, "contact not *.example")
    for inv in l["invoice_numbers"]:
        if inv[4:] not in text:
            err(i, "%s not in message" % inv)
    # every INV-number in the reminder table must be listed when the customer's text names none
    # structural checks
    ct = msg.get_content_type()
    it = l["intent"]
    auto = msg["Auto-Submitted"] or msg["X-Autoreply"]
    if it == "out_of_office" and not auto:
        err(i, "away message without auto header")
    if it == "delivery_failure":
        if not (ct == "multipart/report" or "MAILER-DAEMON" in str(msg["From"])):
            err(i, "bounce is not a report/MAILER-DAEMON")
        if msg["In-Reply-To"]:
            err(i, "bounce with In-Reply-To")
    elif not msg["Message-ID"] or "hearthfield" not in str(msg["To"]):
        err(i, "missing Message-ID or To")
    if it not in ("delivery_failure", "out_of_office") and not msg["In-Reply-To"]:
        err(i, "human reply without In-Reply-To")
    # reminder sums: in each quoted/returned reminder, the table lines add up to the total
    tab = re.findall(r"INV-(\d{4})\s+([A-Z]{3}) ([\d.,\u00a0 ]+?)\s*$", text, re.M)
    tot = re.findall(r"(?:Total overdue|Total vencido|Total échu|Gesamt offen|Total em atraso|Totale scaduto|"
                     r"Totaal vervallen|Totalt förfallet|Razem do zapłaty|Σύνολο|合計|逾期總額): ([A-Z]{3}) ([\d.,\u00a0 ]+)", text)
    if tab and tot:
        s = sum(parse_amount(a) for _, _, a in dict(((n, (n, c, a)) for n, c, a in tab)).values())
        if s != parse_amount(tot[0][1]):
            err(i, "reminder table %s != total %s" % (s, tot[0][1]))

c = Counter(l["intent"] for l in labels)
inj = sum(1 for l in labels if l.get("injection"))
if not 5 <= inj <= 8:
    err("-", "injection count %d" % inj)
en = sum(1 for m in metas if m["loc"].startswith("en-"))
if en > 20:
    err("-", "too much English: %d" % en)
if errors:
    print("\n".join(errors)); print("FAIL: %d problems" % len(errors)); sys.exit(1)
print("OK: 80 messages;", dict(sorted(c.items())), "injections", inj, "english", en)
