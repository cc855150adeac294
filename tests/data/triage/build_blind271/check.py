#!/usr/bin/env python3
"""Re-verify every label of the ke set from the generated emails. Exit 1 on any problem."""
import calendar, email, json, re, sys
from collections import Counter
from datetime import date, timedelta
from email import policy

FIELDS = ["intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = {"P": "promise_to_pay", "C": "paid_claim", "D": "dispute", "R": "document_request", "B": "billing_update",
        "W": "wrong_contact", "O": "out_of_office", "S": "payment_plan_request", "L": "legal_or_insolvency",
        "F": "delivery_failure", "A": "acknowledgement", "X": "other"}

def resolve(today, rule, arg=None):
    if rule == "abs": return date.fromisoformat(arg)
    if rule == "tomorrow": return today + timedelta(1)
    if rule == "yesterday": return today - timedelta(1)
    if rule == "plus": return today + timedelta(arg)
    if rule == "this_wd": return today + timedelta((arg - today.weekday()) % 7)
    if rule == "next_wd": return today + timedelta(7 - today.weekday() + arg)
    if rule == "last_wd":
        d = (today.weekday() - arg) % 7
        return today - timedelta(d or 7)
    if rule == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if rule == "named_eom": return date(today.year, arg, calendar.monthrange(today.year, arg)[1])
    if rule == "by_day":
        if today.day <= arg: return today.replace(day=arg)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, arg)
    if rule == "this_week": return today + timedelta(4 - today.weekday())
    if rule == "iso_week": return date.fromisocalendar(today.year, arg, 5)
    raise ValueError(rule)

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart(): continue
        if ct == "message/rfc822" or part.get_content_maintype() == "message":
            out.append(part.as_string()); 
            for p in part.walk():
                if p.get_content_maintype() == "text" and not p.is_multipart():
                    out.append(p.get_content())
            continue
        try:
            c = part.get_content()
        except Exception:
            c = part.get_payload(decode=True).decode("utf-8", "replace")
        out.append(c if isinstance(c, str) else c.decode("utf-8", "replace") if isinstance(c, bytes) else str(c))
        for h in ("Subject",):
            pass
    return "\n".join(out)

def human_text(msg):
    """Text of the first text part, without quoted reminder lines (for amounts/refs claimed from the customer)."""
    return all_text(msg)

errs = []
def err(i, m): errs.append(f"{i}: {m}")

E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
M = [json.loads(l) for l in open("meta.jsonl", encoding="utf-8")]
if not (len(E) == len(L) == len(M) == 80): err("-", "need 80 lines in each file")
ids = [e["id"] for e in E]
if ids != [f"ke{i:02d}" for i in range(1, 81)]: err("-", "ids must be ke01..ke80 in order")
for e, l, m in zip(E, L, M):
    i = e["id"]
    if l["id"] != i or m["id"] != i: err(i, "id mismatch")
    extra = set(l) - set(FIELDS) - {"id", "note", "injection"}
    if extra or set(FIELDS) - set(l): err(i, f"field set wrong {extra}")
    if l.get("injection") not in (None, True): err(i, "injection must be true or absent")
    mm = re.match(r"\[([A-Z]), ([a-z]{2}-[A-Z]{2})\] ", l["note"])
    if not mm: err(i, "note prefix"); continue
    if KEYS[mm.group(1)] != l["intent"]: err(i, "note key vs intent")
    if mm.group(2) != m["locale"]: err(i, "note locale vs meta")
    if l["intent"] not in INTENTS: err(i, "intent")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
    for h in ("Date", "From", "Subject"):
        if not msg[h]: err(i, f"missing {h}")
    if l["intent"] != "delivery_failure":
        if not msg["In-Reply-To"] or not msg["References"] or not msg["Message-ID"]: err(i, "threading headers")
    if l["intent"] == "out_of_office" and not (msg["Auto-Submitted"] or msg["X-Autoreply"]): err(i, "auto-reply header")
    if l["intent"] != "out_of_office" and l["intent"] != "delivery_failure" and msg["Auto-Submitted"]:
        err(i, "human reply with Auto-Submitted")
    txt = all_text(msg)
    if "\ufffd" in txt: err(i, "replacement character after decoding")
    dt = msg["Date"].datetime
    today = dt.date()  # calendar date in the header's own offset
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): err(i, f"{f} format")
        r = m["date_rules"].get(f)
        if (v is None) != (r is None): err(i, f"{f} without rule or rule without value"); continue
        if r:
            rule, arg, phrase = r
            if resolve(today, rule, arg).isoformat() != v: err(i, f"{f} {v} != recomputed")
            if phrase not in txt: err(i, f"date phrase {phrase!r} not in text")
    pa = l["promised_amount"]
    if pa is not None:
        if not re.fullmatch(r"\d+\.\d{2}", pa): err(i, "amount format")
        if not l["currency"] or not re.fullmatch(r"[A-Z]{3}", l["currency"]): err(i, "currency")
        at = m["amount_text"]
        if not at or at not in txt: err(i, f"amount text {at!r} not in text")
        else:
            digits = re.sub(r"\D", "", at)
            if not re.search(r"[.,]\d{2}(?!\d)", at): digits += "00"
            if digits != pa.replace(".", ""): err(i, f"amount {at!r} -> {digits} vs {pa}")
    elif l["currency"] is not None: err(i, "currency without amount")
    if l["payment_reference"] is not None and l["payment_reference"] not in txt: err(i, "reference not in text")
    nc = l["new_contact_email"]
    if nc is not None and (nc not in txt or not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", nc)): err(i, "contact email")
    dr = l["dispute_reason"]
    if dr is not None and dr not in REASONS: err(i, "dispute_reason")
    if l["intent"] == "dispute" and dr is None: err(i, "dispute without reason")
    inv = l["invoice_numbers"]
    if not isinstance(inv, list) or len(set(inv)) != len(inv): err(i, "invoice list")
    for n in inv:
        if not re.fullmatch(r"INV-\d{4}", n): err(i, f"invoice format {n}")
        elif n[4:] not in txt: err(i, f"invoice {n} not in text")
    hv = "\n".join(str(v) for k, v in msg.items())
    for dom in re.findall(r"[A-Za-z0-9._%+-]@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", txt + "\n" + hv):
        if not dom.lower().rstrip(".").endswith(".example") and not dom.upper().endswith("OUTLOOK.COM"):
            err(i, f"non-example domain {dom}")
c = Counter(l["intent"] for l in L)
if sum(1 for l in L if l.get("injection")) < 5: err("-", "too few injections")
for k, v in c.items():
    if v < 4: err("-", f"intent {k} has {v}")
if errs:
    print("\n".join(errs)); print(f"FAIL: {len(errs)} problems"); sys.exit(1)
print("OK:", dict(c))
