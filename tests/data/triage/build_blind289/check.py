#!/usr/bin/env python3
"""Re-verify labels against the generated emails. Exit 1 on any problem."""
import json, re, sys, os, email, email.policy, calendar
from datetime import date, timedelta
H = os.path.dirname(os.path.abspath(__file__))
rd = lambda f: [json.loads(l) for l in open(os.path.join(H, f), encoding="utf-8")]
E, L, D = rd("emails.jsonl"), rd("labels.jsonl"), rd("derivations.jsonl")
INTENTS = {"promise_to_pay", "paid_claim", "dispute", "document_request", "billing_update", "wrong_contact", "out_of_office",
           "payment_plan_request", "legal_or_insolvency", "delivery_failure", "acknowledgement", "other"}
REASONS = {None, "pricing", "quantity", "quality", "not_received", "duplicate", "missing_po", "cancelled", "other"}
FIELDS = ["id", "intent", "promised_date", "promised_amount", "currency", "paid_date", "payment_reference", "dispute_reason",
          "new_contact_email", "return_date", "invoice_numbers", "note"]
err = []
def bad(i, m): err.append(f"{i}: {m}")

def resolve(rule, t):
    k, _, a = rule.partition(":")
    nm = lambda: (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    if k == "tomorrow": return t + timedelta(1)
    if k == "yesterday": return t - timedelta(1)
    if k == "plus": return t + timedelta(int(a))
    if k == "this_wd": return t + timedelta((int(a) - t.weekday()) % 7)
    if k == "next_wd": return t - timedelta(t.weekday()) + timedelta(7 + int(a))
    if k == "last_wd":
        for b in range(1, 8):
            if (t - timedelta(b)).weekday() == int(a): return t - timedelta(b)
    if k == "eom": return date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    if k == "by":
        if t.day <= int(a): return t.replace(day=int(a))
        y, m = nm(); return date(y, m, int(a))
    if k == "week_fri": return t - timedelta(t.weekday()) + timedelta(4)
    if k == "next_month_first_week": y, m = nm(); return date(y, m, 7)
    if k == "named_eom":
        m = int(a); y = t.year if m >= t.month else t.year + 1; return date(y, m, calendar.monthrange(y, m)[1])
    if k == "explicit": return date.fromisoformat(a)

def text_of(m):
    out = []
    for p in m.walk():
        if p.is_multipart(): continue
        ct = p.get_content_type()
        try:
            c = p.get_content()
        except Exception:
            c = p.get_payload()
        out.append(c if isinstance(c, str) else str(c))
    return "\n".join(out)

def digits_tokens(t):
    return {re.sub(r"\D", "", x) for x in re.findall(r"\d[\d.,\u00a0\u202f ]*\d|\d", t)}

if not (len(E) == len(L) == len(D) == 80): bad("-", "need 80 lines each")
ids = [f"fx{i:02d}" for i in range(1, 81)]
for e, l, d, want in zip(E, L, D, ids):
    i = e["id"]
    if not (i == l["id"] == d["id"] == want): bad(i, "id mismatch/order")
    if [k for k in l if k != "injection"] != FIELDS: bad(i, f"label keys {list(l)}")
    if l["intent"] not in INTENTS: bad(i, "intent")
    if l["dispute_reason"] not in REASONS: bad(i, "reason")
    if (l["dispute_reason"] is not None) and l["intent"] not in ("dispute", "legal_or_insolvency"): bad(i, "reason on non-dispute")
    if not re.match(r"^\[[A-L], [a-zA-Z-]+\] ", l["note"]): bad(i, "note prefix")
    m = email.message_from_bytes(e["eml"].encode("utf-8"), policy=email.policy.default)
    dh = m["Date"]
    if dh is None: bad(i, "no Date"); continue
    today = dh.datetime.date()
    body = text_of(m); full = str(m["Subject"]) + "\n" + body
    # dates
    dfs = {x["field"]: x for x in d["dates"]}
    for f in ("promised_date", "paid_date", "return_date"):
        v = l[f]
        if v is None:
            if f in dfs: bad(i, f"{f} derivation but null"); continue
            continue
        if not re.match(r"^\d{4}-\d\d-\d\d$", v): bad(i, f"{f} format")
        x = dfs.get(f)
        if not x: bad(i, f"{f} without derivation"); continue
        if x["phrase"] not in body: bad(i, f"phrase {x['phrase']!r} not in body")
        if resolve(x["rule"], today).isoformat() != v: bad(i, f"{f} {v} != {resolve(x['rule'], today)} from {today}")
    # amounts
    a = l["promised_amount"]
    if a is not None:
        if not re.match(r"^\d+\.\d\d$", a): bad(i, "amount format")
        toks = digits_tokens(body)
        if a.replace(".", "") not in toks and not (a.endswith(".00") and a[:-3] in toks): bad(i, f"amount {a} not in text")
        if not re.match(r"^[A-Z]{3}$", l["currency"] or ""): bad(i, "currency")
    elif l["currency"] is not None: bad(i, "currency without amount")
    if l["payment_reference"] is not None and l["payment_reference"] not in body: bad(i, "reference not in body")
    if l["new_contact_email"] is not None and l["new_contact_email"] not in body: bad(i, "contact not in body")
    if l["intent"] == "out_of_office" and not m["Auto-Submitted"]: bad(i, "OOO without Auto-Submitted")
    if l["intent"] == "delivery_failure" and m["In-Reply-To"]: bad(i, "bounce with In-Reply-To")
    # invoices: each must appear (digits) in the eml text; first source: customer text, else subject, else quote
    invs = l["invoice_numbers"]
    if len(set(invs)) != len(invs): bad(i, "duplicate invoices")
    for n in invs:
        if not re.match(r"^INV-\d{4}$", n) or n[4:] not in e["eml"] + full: bad(i, f"invoice {n} not present")
sums = {}
for l in L: sums[l["intent"]] = sums.get(l["intent"], 0) + 1
if len(sums) != 12: bad("-", "not all intents")
if sum(1 for l in L if l.get("injection")) < 5: bad("-", "too few injections")
print("\n".join(err) if err else f"OK: 80 items, intents {sums}")
sys.exit(1 if err else 0)
