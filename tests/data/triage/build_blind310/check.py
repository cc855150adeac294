#!/usr/bin/env python3
"""Re-verify every label of the df set from the generated data. Exit 1 on any problem."""
import json, re, sys, email, html, os
from datetime import date
from email import policy
from email.utils import parsedate_to_datetime
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "build.py"), encoding="utf-8").read()
ns = {}
exec("import calendar\nfrom datetime import date, timedelta\n" + src[src.index("def rule_date"):src.index("FIELDS =")], ns)   # rule_date only
rule_date = ns["rule_date"]
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact",
           "out_of_office", "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {"pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference",
        "dispute_reason", "new_contact_email", "return_date", "invoice_numbers", "note"]
KEYMAP = dict(P="promise_to_pay", C="paid_claim", D="dispute", R="document_request", B="billing_update",
              W="wrong_contact", O="out_of_office", L="payment_plan_request", X="legal_or_insolvency",
              F="delivery_failure", A="acknowledgement", Z="other")
DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
errs = []
def err(i, m): errs.append(f"{i}: {m}")

def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html", "text/rfc822-headers", "message/delivery-status"):
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(t, str):
                t = str(t)
            out.append(html.unescape(t) if ct == "text/html" else t)
        elif ct == "message/rfc822":
            out.append(str(part.get_payload(0)))
    return "\n".join(out)

E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
D = [json.loads(l) for l in open(os.path.join(HERE, "derivations.jsonl"), encoding="utf-8")]
if not (len(E) == len(L) == len(D) == 80): errs.append("need 80 lines each")
ids = [e["id"] for e in E]
if ids != [f"df{n:02d}" for n in range(1, 81)] or ids != [l["id"] for l in L] or ids != [d["id"] for d in D]:
    errs.append("ids/order mismatch")
for e, l, d in zip(E, L, D):
    i = e["id"]
    ks = [k for k in l if k != "injection"]
    if ks != KEYS: err(i, f"label keys {ks}")
    if "injection" in l and l["injection"] is not True: err(i, "injection must be true")
    if l["intent"] not in INTENTS: err(i, "bad intent")
    if not l["note"].startswith(f"[{d['key']}, {d['locale']}]"): err(i, "note prefix")
    if KEYMAP[d["key"]] != l["intent"]: err(i, "key/intent mismatch")
    if l["dispute_reason"] is not None and l["dispute_reason"] not in REASONS: err(i, "bad reason")
    if (l["promised_amount"] is None) != (l["currency"] is None): err(i, "currency iff amount")
    if l["promised_amount"] is not None and not re.fullmatch(r"\d+\.\d\d", l["promised_amount"]): err(i, "amount fmt")
    if l["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", l["currency"]): err(i, "currency fmt")
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None:
            try: date.fromisoformat(l[f])
            except ValueError: err(i, f"{f} fmt")
    try:
        msg = email.message_from_bytes(e["eml"].encode("utf-8"), policy=policy.default)
        dt = parsedate_to_datetime(msg["Date"])
    except Exception as ex:
        err(i, f"parse {ex}"); continue
    today = dt.date()
    text = all_text(msg)
    body_txt = text.translate(DIG)
    # dates
    dated = set()
    for dd in d["dates"]:
        if dd["phrase"] not in text: err(i, f"phrase not found: {dd['phrase']}")
        want = rule_date(today, dd["rule"], dd["arg"]).isoformat()
        if l[dd["field"]] != want: err(i, f"{dd['field']} {l[dd['field']]} != {want}")
        dated.add(dd["field"])
    for f in ("promised_date", "paid_date", "return_date"):
        if l[f] is not None and f not in dated: err(i, f"{f} without derivation")
    # amount
    if l["promised_amount"] is not None:
        at = d["amount_text"]
        if not at or at not in text: err(i, f"amount text missing {at!r}")
        else:
            digits = re.sub(r"\D", "", at.translate(DIG))
            want = l["promised_amount"].replace(".", "")
            if not (digits == want or digits + "00" == want): err(i, f"amount {at} vs {l['promised_amount']}")
    for f in ("payment_reference", "new_contact_email"):
        if l[f] is not None and l[f] not in text: err(i, f"{f} not in text")
    if not isinstance(l["invoice_numbers"], list): err(i, "invoice_numbers list")
    for inv in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{5}", inv) or inv[4:] not in body_txt: err(i, f"invoice {inv} not in text")
    if len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): err(i, "dup invoices")
    # envelope sanity
    for h in ("Date", "From", "To", "Subject"):
        if msg[h] is None: err(i, f"missing {h}")
    if l["intent"] == "out_of_office" and not msg["Auto-Submitted"]: err(i, "OOO without Auto-Submitted")
    if l["intent"] == "delivery_failure" and msg["In-Reply-To"]: err(i, "bounce with In-Reply-To")
    if l["intent"] not in ("delivery_failure",) and not msg["In-Reply-To"]: err(i, "reply without In-Reply-To")
    if l["intent"] == "dispute" and l["dispute_reason"] is None: err(i, "dispute without reason")
inj = sum(1 for l in L if l.get("injection"))
if not 5 <= inj <= 8: errs.append(f"injection count {inj}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(L)} labels verified, {inj} injection items")
