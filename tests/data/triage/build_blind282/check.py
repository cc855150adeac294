#!/usr/bin/env python3
"""Re-verify every label of the blind282 triage set from the generated data. Exit 1 on any problem."""
import json, re, sys, os, email, email.policy, importlib.util
from email.utils import parsedate_to_datetime
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("b", os.path.join(HERE, "build.py")); b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {None, "pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
KEYS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
        "new_contact_email", "return_date", "invoice_numbers", "note"]
KEYMAP = dict(P="promise_to_pay", A="paid_claim", D="dispute", O="document_request", B="billing_update", W="wrong_contact",
              Q="out_of_office", L="payment_plan_request", G="legal_or_insolvency", F="delivery_failure", K="acknowledgement", X="other")
errs = []
E = [json.loads(l) for l in open(os.path.join(HERE, "emails.jsonl"), encoding="utf-8")]
L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
R = {r["id"]: r for r in json.load(open(os.path.join(HERE, "date_rules.json"), encoding="utf-8"))}
if len(E) != 80 or len(L) != 80: errs.append("need 80 lines")
if [e["id"] for e in E] != [f"yk{i:02d}" for i in range(1, 81)] or [l["id"] for l in L] != [e["id"] for e in E]: errs.append("ids")

def text_of(m):
    out = []
    for p in m.walk():
        ct = p.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            try: out.append(p.get_content() if ct.startswith("text/") else p.as_string())
            except Exception as ex: out.append(str(p.get_payload()))
        elif ct == "message/rfc822":
            out.append(p.as_string())
    return "\n".join(out)

def digits(s): return re.sub(r"[^0-9]", "", s)
for e, l in zip(E, L):
    i = e["id"]
    extra = set(l) - set(KEYS) - {"injection"}
    if [k for k in KEYS if k not in l] or extra: errs.append(f"{i} keys")
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    for h in ("Date", "From", "To", "Subject"):
        if m[h] is None: errs.append(f"{i} missing {h}")
    today = parsedate_to_datetime(str(m["Date"])).date()
    txt = text_of(m)
    full = str(m["Subject"]) + "\n" + txt
    if not l["note"].startswith("["): errs.append(f"{i} note")
    key, loc = l["note"][1:].split("]")[0].split(", ")
    if KEYMAP[key] != l["intent"] or l["intent"] not in INTENTS: errs.append(f"{i} intent/key")
    if R[i]["loc"] != loc: errs.append(f"{i} loc")
    if l["dispute_reason"] not in REASONS: errs.append(f"{i} reason")
    if (l["dispute_reason"] is not None) and l["intent"] not in ("dispute", "legal_or_insolvency"): errs.append(f"{i} reason on {l['intent']}")
    # dates recomputed
    for f in ("promised_date", "paid_date", "return_date"):
        r = R[i]["rules"].get(f)
        if r is None:
            if l[f] is not None: errs.append(f"{i} {f} without rule")
        elif l[f] != b.resolve(today, r).isoformat(): errs.append(f"{i} {f} {l[f]} != rule {r}")
        if l[f] and not re.fullmatch(r"\d{4}-\d\d-\d\d", l[f]): errs.append(f"{i} {f} fmt")
    # amounts
    a = l["promised_amount"]
    if a is not None:
        if not re.fullmatch(r"\d+\.\d\d", a): errs.append(f"{i} amount fmt")
        whole, cents = a.split(".")
        cand = digits(whole) + ("" if cents == "00" else cents)
        body_digits = [digits(x) for x in re.findall(r"\d[\d.,\s']*\d|\d", txt.split("\n> ")[0])]
        if not any(d == cand or d == digits(whole) + cents for d in body_digits): errs.append(f"{i} amount {a} not in text")
        if not l["currency"] or not re.fullmatch(r"[A-Z]{3}", l["currency"]): errs.append(f"{i} currency")
    elif l["currency"] is not None: errs.append(f"{i} currency without amount")
    if l["payment_reference"] and l["payment_reference"] not in txt: errs.append(f"{i} ref not in text")
    if l["new_contact_email"] and l["new_contact_email"] not in txt: errs.append(f"{i} contact not in text")
    if not isinstance(l["invoice_numbers"], list) or len(set(l["invoice_numbers"])) != len(l["invoice_numbers"]): errs.append(f"{i} inv list")
    for n in l["invoice_numbers"]:
        if not re.fullmatch(r"INV-\d{5}", n) or (n not in full and n[4:] not in full): errs.append(f"{i} {n} not in message")
    if l["intent"] != "delivery_failure" and l["intent"] != "out_of_office" and m["In-Reply-To"] is None: errs.append(f"{i} no In-Reply-To")
    if l["intent"] == "out_of_office" and not m["Auto-Submitted"]: errs.append(f"{i} ooo without Auto-Submitted")
    if l["intent"] != "out_of_office" and m["Auto-Submitted"] and l["intent"] != "delivery_failure": errs.append(f"{i} auto header")
    for dom in re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]+)", "\n".join(f"{k}: {v}" for k, v in m.items()) + "\n" + txt):
        if not dom.endswith(".example"): errs.append(f"{i} non-example domain {dom}")
c = Counter(l["intent"] for l in L)
print(dict(c)); print("injection", sum(1 for l in L if l.get("injection")))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: all 80 labels verified")
