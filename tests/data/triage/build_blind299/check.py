#!/usr/bin/env python3
"""Re-verify labels.jsonl against emails.jsonl. Exit 1 on any problem."""
import json, re, sys, os, email, email.policy
from email.utils import parsedate_to_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import resolve
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
          "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {None, "pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
E = [json.loads(l) for l in open(os.path.join(D, "emails.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
errs = []
def err(i, m): errs.append(f"{i}: {m}")
if len(E) != 80 or len(L) != 80: err("-", "need 80 lines")
for n, (e, l) in enumerate(zip(E, L), 1):
    i = e["id"]
    if i != f"fn{n:02d}" or l["id"] != i: err(i, "id/order")
    extra = set(l) - set(FIELDS) - {"injection"}
    if extra or set(FIELDS) - set(l): err(i, f"fields {extra}")
    if l["intent"] not in INTENTS: err(i, "intent")
    if l["dispute_reason"] not in REASONS: err(i, "reason")
    if not re.match(r"\[[A-Z], [a-zA-Z-]+\] ", l["note"]): err(i, "note prefix")
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() == "message/delivery-status":
            try: texts.append(part.get_content() if part.get_content_maintype() == "text" else str(part))
            except Exception as x: err(i, f"decode {x}")
    text = "\n".join(texts) + "\n" + str(m.get("Subject", ""))
    digits = re.sub(r"\D", "", text)
    today = parsedate_to_datetime(m["Date"]).date()
    rules = re.search(r"\{rules: ([^}]*)\}", l["note"])
    rmap = dict(r.split("=", 1) for r in rules.group(1).split("; ")) if rules else {}
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in rmap: err(i, f"{f} rule but null")
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", v): err(i, f"{f} format")
        if f not in rmap: err(i, f"{f} without rule")
        elif resolve(rmap[f], today).isoformat() != v: err(i, f"{f} {v} != {resolve(rmap[f], today)}")
    a = l["promised_amount"]
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): err(i, "amount format")
        if a.split(".")[0] not in digits: err(i, f"amount {a} not in text")
        if not l["currency"] or not re.fullmatch(r"[A-Z]{3}", l["currency"]): err(i, "currency")
    elif l["currency"] is not None: err(i, "currency without amount")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in text: err(i, f"{f} not in text")
    for inv in l["invoice_numbers"]:
        if inv not in text: err(i, f"{inv} not in text")
    if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): err(i, "dup invoices")
    if l["intent"] == "out_of_office" and not (m.get("Auto-Submitted") or m.get("X-Autoreply")): err(i, "ooo header")
    if l["intent"] == "delivery_failure" and m.get("In-Reply-To"): err(i, "bounce with In-Reply-To")
    if l["intent"] not in ("delivery_failure",) and not m.get("Message-ID"): err(i, "no Message-ID")
    if l["dispute_reason"] and l["intent"] not in ("dispute", "legal_or_insolvency"): err(i, "reason on non-dispute")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK", len(L))
