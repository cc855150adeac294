#!/usr/bin/env python3
"""Re-verify dv labels from the generated data. Exit 1 on any problem."""
import json, sys, re, email, email.policy, html, os
from email.utils import parsedate_to_datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import build
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = set(build.FIELDS) | {"id", "note"}
errs = []
E = [json.loads(l) for l in open("emails.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
gen = build.make_all()
if len(E) != 80 or len(L) != 80: errs.append("need 80 lines")
def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try: t = p.get_content() if ct.startswith("text/") else str(p)
            except Exception as ex: errs.append(f"decode {ex}"); t = ""
            if ct == "text/html": t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        if ct == "message/rfc822":
            out.append(str(p.get_content()))
    return "\n".join(out)
for i, (e, l, (ge, gl, c)) in enumerate(zip(E, L, gen), 1):
    id_ = f"dv{i:02d}"
    bad = lambda m: errs.append(f"{id_}: {m}")
    if e["id"] != id_ or l["id"] != id_: bad("id order")
    if e != ge or l != gl: bad("not reproducible from build.py")
    extra = set(l) - KEYS - {"injection"}
    if extra or KEYS - set(l): bad(f"keys {set(l) ^ KEYS}")
    if l.get("injection") not in (None, True): bad("injection flag")
    if l["intent"] not in INTENTS: bad("intent")
    if l["dispute_reason"] not in REASONS | {None}: bad("reason")
    if not re.match(r"\[[A-L], [a-zA-Z-]+\] ", l["note"]): bad("note prefix")
    msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    if msg.defects: bad(f"defects {msg.defects}")
    txt = text_of(msg)
    dt = parsedate_to_datetime(msg["Date"]); today = dt.date()
    for fld, key in (("promised_date", "pd"), ("paid_date", "paid"), ("return_date", "rd")):
        if key in c:
            rule, phrase = c[key]
            if build.resolve(rule, today).isoformat() != l[fld]: bad(f"{fld} recompute")
            if phrase not in txt: bad(f"phrase {phrase!r} not in text")
        elif l[fld] is not None: bad(f"{fld} set without spec")
        if l[fld] and not re.fullmatch(r"\d{4}-\d\d-\d\d", l[fld]): bad("date format")
    if (l["promised_amount"] is None) != (l["currency"] is None): bad("amount/currency pairing")
    if l["promised_amount"]:
        if not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]): bad("amount format")
        w = c["amt"][1]
        if w not in txt: bad(f"amount text {w!r} missing")
        digits = re.sub(r"[^\d]", "", w)
        if digits.lstrip("0") != l["promised_amount"].replace(".", "").lstrip("0") and digits + "00" != l["promised_amount"].replace(".", ""):
            bad(f"amount {w} != {l['promised_amount']}")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] and l[f] not in txt: bad(f"{f} not in text")
    if l["new_contact_email"] and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.example", l["new_contact_email"]): bad("email fmt")
    if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): bad("dup invoices")
    for inv in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{4}", inv) or inv[4:] not in txt: bad(f"invoice {inv} not in text")
    if l["intent"] in ("out_of_office",) and not msg["Auto-Submitted"]: bad("auto header")
    if l["intent"] != "delivery_failure" and not msg["In-Reply-To"]: bad("In-Reply-To")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("check ok: 80 emails, all labels verified")
