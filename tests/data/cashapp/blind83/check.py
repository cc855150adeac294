#!/usr/bin/env python3
"""Re-verify labels against the generated data. Exit 1 on any problem."""
import json, re, sys
from decimal import Decimal, InvalidOperation
inv = json.load(open("invoices.json")); pay = json.load(open("payments.json")); lab = json.load(open("labels.json"))
I = {i["id"]: i for i in inv}; bal = {i["id"]: Decimal(i["balance"]) for i in inv}
err = []
def bad(m): err.append(m)
AM = re.compile(r"^-?\d+\.\d{2}$")
for i in inv:
    if not AM.match(i["total"]) or not AM.match(i["balance"]) or Decimal(i["balance"]) <= 0 or Decimal(i["balance"]) > Decimal(i["total"]):
        bad(f"invoice {i['id']} amounts")
    if i["due_date"] < i["issue_date"]: bad(f"invoice {i['id']} dates")
if len({i["number"] for i in inv}) != len(inv): bad("duplicate invoice numbers")
if len(pay) != len(lab): bad("length")
prev = ""
for p, l in zip(pay, lab):
    pid = p["id"]
    if l["payment_id"] != pid: bad(f"{pid} order")
    if p["date"] < prev: bad(f"{pid} not oldest first")
    prev = p["date"]
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    digits = re.sub(r"\s", "", text)
    if l["scenario"] == "bad":
        if "error" not in l or l["status"] != "review" or l["applications"] or l["candidates"]: bad(f"{pid} bad row label")
        ok = p["currency"] is not None and AM.match(p["amount"] or "") and Decimal(p["amount"]) > 0
        if ok: bad(f"{pid} bad row is actually fine")
        continue
    amt = Decimal(p["amount"])
    if not AM.match(p["amount"]) or amt <= 0: bad(f"{pid} amount")
    s = sum(Decimal(a["amount"]) for a in l["applications"]) + Decimal(l["unapplied"])
    if s != amt: bad(f"{pid} sum {s} != {amt}")
    for a in l["applications"]:
        iv = I[a["invoice_id"]]
        if iv["currency"] != p["currency"]: bad(f"{pid} currency")
        bal[iv["id"]] -= Decimal(a["amount"])
        if bal[iv["id"]] < 0: bad(f"{pid} takes {iv['id']} below zero")
        if Decimal(a["amount"]) <= 0: bad(f"{pid} nonpositive application")
    st = l["status"]; sc = l["scenario"]
    if st == "review" and (l["applications"] or Decimal(l["unapplied"]) != amt): bad(f"{pid} review applies")
    if st == "applied" and Decimal(l["unapplied"]) != 0: bad(f"{pid} applied leaves unapplied")
    if st == "unapplied" and Decimal(l["unapplied"]) <= 0: bad(f"{pid} unapplied zero")
    if st == "partial":
        if not any(bal[a["invoice_id"]] > 0 for a in l["applications"]): bad(f"{pid} partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            if bal[sp["invoice_id"]] != Decimal(sp["amount"]): bad(f"{pid} short amount {sp['amount']} vs open {bal[sp['invoice_id']]}")
    elif l["short_pay"] is not None: bad(f"{pid} short_pay on non-partial")
    if st != "review" and l["candidates"]: bad(f"{pid} candidates on non-review")
    # evidence: invoice numbers present in text
    nums = [I[a["invoice_id"]]["number"] for a in l["applications"]]
    if sc in ("exact_ref", "struct_ref", "list", "part", "complete", "overpay", "factoring") or sc.startswith("short_"):
        for n in nums:
            if n not in digits: bad(f"{pid} number {n} not in text {text!r}")
    if sc == "range":
        m = re.search(r"(\d{6})-(\d{6})", text); lo, hi = m.group(1), m.group(2)
        inside = sorted(i["id"] for i in inv if lo <= i["number"] <= hi)
        if inside != sorted(a["invoice_id"] for a in l["applications"]): bad(f"{pid} range content")
    if sc == "struct_ref":
        if not any(x.lstrip("0").startswith(n) or ("RF" in digits and n in digits) for n in nums for x in re.findall(r"\d+", digits)): bad(f"{pid} struct ref")
    if sc in ("amount_only", "typo_ref", "po_lookalike"):
        if p["customer_id"] != I[l["applications"][0]["invoice_id"]]["customer_id"]: bad(f"{pid} customer")
        if re.search(r"\d{6}", text) and re.search(r"\d{6}", text).group(0) in {i["number"] for i in inv if i["customer_id"] == p["customer_id"]}: bad(f"{pid} ref hits own invoice")
    if sc == "second":
        n = re.search(r"\d{6}", text).group(0)
        iv = [i for i in inv if i["number"] == n][0]
        if bal[iv["id"]] != 0: bad(f"{pid} second but invoice open")
    if sc == "unknown":
        if p["customer_id"] is not None or any(p["payer_name"].lower() in i["customer_name"].lower() for i in inv): bad(f"{pid} unknown payer known")
    if sc == "amb_dup" or sc == "amb_twin":
        if len(l["candidates"]) != 2 or any(bal[c[0]] != amt for c in l["candidates"]): bad(f"{pid} amb candidates")
    if sc == "amb_subset":
        if [sum(bal[x] for x in c) for c in l["candidates"]] != [amt, amt]: bad(f"{pid} subset")
    if sc == "fx_mismatch" and I[l["candidates"][0][0]]["currency"] == p["currency"]: bad(f"{pid} fx same currency")
    for c in l["candidates"]:
        for x in c:
            if x not in I or bal[x] <= 0: bad(f"{pid} candidate {x} not open")
print(f"{len(pay)} payments checked, {len(err)} problems")
for e in err[:30]: print(" ", e)
sys.exit(1 if err else 0)
