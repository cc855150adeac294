#!/usr/bin/env python3
import json, sys, re
from decimal import Decimal as D, InvalidOperation
from datetime import date
inv = json.load(open("invoices.json")); pays = json.load(open("payments.json")); labs = json.load(open("labels.json"))
I = {i["id"]: i for i in inv}; BAL = {i["id"]: D(i["balance"]) for i in inv}
err = []
def e(*a): err.append(" ".join(map(str, a)))
for i in inv:
    if not re.fullmatch(r"(INV|EXP)/\d\d-\d\d/\d{4}", i["number"]): e("num", i["id"])
    if D(i["balance"]) > D(i["total"]) or D(i["balance"]) <= 0: e("bal", i["id"])
    date.fromisoformat(i["issue_date"]); date.fromisoformat(i["due_date"])
assert len(pays) == len(labs) == 400, (len(pays), len(labs))
prev = ""
for p, l in zip(pays, labs):
    if l["payment_id"] != p["id"]: e("order", p["id"])
    if p["date"] < prev: e("date order", p["id"])
    prev = p["date"]
    text = " ".join(str(p.get(k) or "") for k in ("reference", "remittance"))
    if l["scenario"] == "bad_row":
        if l["status"] != "review" or l["applications"]: e("bad", p["id"])
        continue
    a = D(p["amount"])
    tot = sum(D(x["amount"]) for x in l["applications"]) + D(l["unapplied"])
    if tot != a: e("sum", p["id"], tot, a)
    for x in l["applications"]:
        iv = I[x["invoice_id"]]
        if iv["currency"] != p["currency"]: e("ccy", p["id"])
        BAL[iv["id"]] -= D(x["amount"])
        if BAL[iv["id"]] < 0: e("neg", p["id"])
        if l["scenario"] in ("exact_ref", "ref_list", "remittance_table", "lc_exact", "subdist_stated", "tds_stated", "short_pay_reason", "part_payment") and iv["number"].split("/")[2].lstrip("0") not in text: e("ref missing", p["id"], iv["number"])
    if l["status"] == "applied" and (D(l["unapplied"]) != 0 or l["short_pay"]): e("applied shape", p["id"])
    if l["status"] == "review" and l["applications"]: e("review shape", p["id"])
    if l["status"] == "partial":
        x = l["applications"][-1]
        if BAL[x["invoice_id"]] <= 0: e("partial closes", p["id"])
        sp = l["short_pay"]
        if sp and BAL[sp["invoice_id"]] != D(sp["amount"]): e("short amount", p["id"], BAL[sp["invoice_id"]], sp["amount"])
        if sp and l["scenario"] in ("short_pay_reason", "bank_charges_stated") and sp["amount"].rstrip("0").rstrip(".") not in text.replace(",", ""): e("short not in text", p["id"])
    if l["scenario"] in ("tds_stated", "tds_unstated"):
        r = int(re.search(r"(\d)%", l["short_pay"]["reason"]).group(1)); x = l["applications"][0]
        full = D(x["amount"]) + D(l["short_pay"]["amount"])
        if (full * r / 100).quantize(D("0.01")) != D(l["short_pay"]["amount"]) or (l["scenario"] == "tds_stated" and f"{r}" not in text): e("tds", p["id"])
    if l["status"] == "unapplied" and l["applications"] and any(BAL[x["invoice_id"]] != 0 for x in l["applications"]): e("over not cleared", p["id"])
    if l["scenario"] in ("amount_only", "typo_ref", "po_lookalike", "fy_collision", "ambiguous_same_amount", "subset_noref", "known_no_fit", "second_payment"):
        cid = p["customer_id"]
        o = [i for i in inv if i["customer_id"] == cid and i["currency"] == p["currency"] and (BAL[i["id"]] > 0 or any(i["id"] == x["invoice_id"] for x in l["applications"]))]
        def bal(i): return BAL[i["id"]] + sum(D(x["amount"]) for x in l["applications"] if x["invoice_id"] == i["id"])
        singles = [i["id"] for i in o if bal(i) == a]
        pairs = [(x["id"], y["id"]) for n, x in enumerate(o) for y in o[n+1:] if bal(x) + bal(y) == a]
        want = {"ambiguous_same_amount": 2, "subset_noref": 0, "known_no_fit": 0, "second_payment": 0}.get(l["scenario"], 1)
        if len(singles) != want or (pairs and l["scenario"] != "subset_noref") or (l["scenario"] == "subset_noref" and len(pairs) != 1): e("uniq", p["id"], l["scenario"], singles, pairs)
if err:
    print("\n".join(err[:50])); print(len(err), "problems"); sys.exit(1)
print("OK", len(pays), "payments,", len(inv), "invoices")
