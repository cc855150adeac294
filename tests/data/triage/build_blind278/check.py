#!/usr/bin/env python3
"""Re-verify every label of the xa set from the generated data. Exit 1 on any problem."""
import calendar, email, email.policy, json, re, sys, os
from datetime import date, timedelta
from decimal import Decimal

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEY = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
       "W": "wrong_contact", "O": "out_of_office", "L": "payment_plan_request", "G": "legal_or_insolvency",
       "F": "delivery_failure", "A": "acknowledgement", "X": "other"}
CURS = {"USD", "EUR", "INR", "MXN", "BRL", "NOK", "KRW", "THB", "COP", "RUB", "IDR", "HUF", "RON"}

def rule_date(rule, t):
    k, _, a = rule.partition(":")
    if k == "tomorrow": return t + timedelta(days=1)
    if k == "dayafter": return t + timedelta(days=2)
    if k == "yesterday": return t - timedelta(days=1)
    if k == "wd": return t + timedelta(days=(int(a) - t.weekday()) % 7)
    if k == "nwd": return (t - timedelta(days=t.weekday())) + timedelta(days=7 + int(a))
    if k == "lastwd": return t - timedelta(days=(t.weekday() - int(a)) % 7)
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "plus": return t + timedelta(days=int(a))
    if k == "by":
        d = t.replace(day=int(a)) if t.day <= int(a) else (date(t.year, t.month, 28) + timedelta(days=10)).replace(day=int(a))
        return d
    if k == "week": return (t - timedelta(days=t.weekday())) + timedelta(days=4)
    if k == "kw": return date.fromisocalendar(t.year, int(a), 5)
    if k == "eonm": return date(t.year, int(a), calendar.monthrange(t.year, int(a))[1])
    if k == "firstweek": return date(t.year, int(a), 7)
    if k == "abs": return date.fromisoformat(a)
    raise ValueError(rule)

def texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/html":
                c = re.sub(r"<[^>]+>", " ", c).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append(c)
        elif ct == "message/rfc822":
            out.append(str(part.get_payload(0)))
    return "\n".join(out)

def amounts(text):
    vals = set()
    for tok in re.findall(r"\d[\d.,\u00a0 ]*\d|\d", text):
        tok = tok.replace("\u00a0", " ")
        for cand in {tok, tok.strip()} | set(re.split(r"\s{2,}", tok)):
            c = cand.replace(" ", "")
            m = re.match(r"^(.*?)([.,])(\d{2})$", c)
            if m:
                ip, fp = m.group(1), m.group(3)
            else:
                ip, fp = c, "00"
            ip = ip.replace(".", "").replace(",", "")
            if ip.isdigit():
                vals.add(Decimal(f"{int(ip)}.{fp}"))
    return vals

errs = []
def bad(i, m): errs.append(f"{i}: {m}")

E = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
C = [json.loads(l) for l in open(os.path.join(D, "checks.jsonl"), encoding="utf-8")]
if not (len(E) == len(L) == len(C) == 80): bad("-", "need 80 lines each")
if [e["id"] for e in E] != [f"xa{i:02d}" for i in range(1, 81)]: bad("-", "ids")
for e, l, c in zip(E, L, C):
    i = e["id"]
    if l["id"] != i or c["id"] != i: bad(i, "id mismatch")
    extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
    if extra or set(FIELDS) - set(l): bad(i, f"field set {extra}")
    if l.get("injection") not in (None, True): bad(i, "injection flag")
    m = re.match(r"^\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not m or KEY[m.group(1)] != l["intent"] or m.group(2) != c["locale"]: bad(i, "note key/locale")
    if l["intent"] not in INTENTS: bad(i, "intent")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    if msg["Date"] is None or msg["Subject"] is None: bad(i, "missing Date/Subject"); continue
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    today = dt.date()  # local date in the header's own offset (naive for -0000)
    body = texts(msg)
    full = str(msg["Subject"]) + "\n" + body
    if l["intent"] != "delivery_failure" and not msg["In-Reply-To"]: bad(i, "no In-Reply-To")
    if l["intent"] == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]): bad(i, "ooo header")
    if l["intent"] == "delivery_failure" and msg["In-Reply-To"]: bad(i, "bounce with In-Reply-To")
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None:
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", v): bad(i, f"{f} format")
            r = c["rules"].get(f)
            if not r: bad(i, f"{f} has no rule")
            elif rule_date(r, today).isoformat() != v: bad(i, f"{f} {v} != {rule_date(r, today)} ({r})")
        elif f in c["rules"]: bad(i, f"{f} null but rule")
    pa = l["promised_amount"]
    if pa is not None:
        if not re.match(r"^\d+\.\d{2}$", pa): bad(i, "amount format")
        if Decimal(pa) not in amounts(body): bad(i, f"amount {pa} not in text")
        if l["currency"] not in CURS: bad(i, "currency")
    elif l["currency"] is not None: bad(i, "currency without amount")
    if l["payment_reference"] is not None and l["payment_reference"] not in body: bad(i, "reference not in text")
    if l["new_contact_email"] is not None and l["new_contact_email"] not in body: bad(i, "contact not in text")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: bad(i, "reason")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: bad(i, "dispute w/o reason")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): bad(i, "invoice list")
    for n in inv:
        if not re.match(r"^INV-\d{5}$", n) or n[4:] not in full: bad(i, f"invoice {n} not in message")
    if l["intent"] != "other" and not l.get("injection") and "SYSTEM" in body.upper().split("OVERRIDE")[0][:0]: pass
from collections import Counter
ic = Counter(l["intent"] for l in L)
exp = {"promise_to_pay": 12, "paid_claim": 12, "dispute": 10, "document_request": 6, "billing_update": 6, "wrong_contact": 5,
       "out_of_office": 6, "payment_plan_request": 6, "legal_or_insolvency": 4, "delivery_failure": 5, "acknowledgement": 4, "other": 4}
if dict(ic) != exp: bad("-", f"intent counts {ic}")
if sum(1 for l in L if l.get("injection")) != 6: bad("-", "injection count")
for x in errs: print(x)
print("FAIL" if errs else "OK: 80 items verified")
sys.exit(1 if errs else 0)
