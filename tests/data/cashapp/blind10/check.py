#!/usr/bin/env python3
"""Independent consistency check of the set against the contract's invariants (reads only the JSON files)."""
import json
import re
from collections import Counter
from decimal import Decimal as D

inv = {i["id"]: i for i in json.load(open("invoices.json"))}
pays = json.load(open("payments.json"))
exp = json.load(open("expected.json"))
assert len(pays) == len(exp)
bal = {k: D(v["balance"]) for k, v in inv.items()}
ISO = {"EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "USD"}
errs = []
mention = Counter()


def digits(s):
    return re.sub(r"\D", "", s or "")


for p, e in zip(pays, exp):
    pid = p["id"]
    if e["payment_id"] != pid:
        errs.append(f"{pid}: order")
    amt = D(p["amount"])
    apps = e["applications"]
    tot = sum((D(a["amount"]) for a in apps), D(0))
    if tot + D(e["unapplied"]) != amt:
        errs.append(f"{pid}: sum {tot}+{e['unapplied']} != {amt}")
    st = e["status"]
    if not e["note"].startswith(f"[{st}:"):
        errs.append(f"{pid}: note prefix")
    for a in apps:
        i = inv[a["invoice_id"]]
        x = D(a["amount"])
        if i["currency"] != p["currency"]:
            errs.append(f"{pid}: currency")
        b = bal[a["invoice_id"]]
        if b == 0 or (b > 0 and not (0 < x <= b)) or (b < 0 and x != b):
            errs.append(f"{pid}: bad application {i['number']} {x} vs {b}")
    if st == "applied":
        ok = e["unapplied"] == "0.00" and all(D(a["amount"]) == bal[a["invoice_id"]] for a in apps) and apps
        ok = ok and e["short_pay"] is None and e["candidates"] == []
    elif st == "partial":
        ok = e["unapplied"] == "0.00" and apps and any(D(a["amount"]) != bal[a["invoice_id"]] for a in apps)
        ok = ok and e["candidates"] == []
        if e["short_pay"]:
            sp = e["short_pay"]
            a = [x for x in apps if x["invoice_id"] == sp["invoice_id"]]
            ok = ok and a and bal[sp["invoice_id"]] - D(a[0]["amount"]) == D(sp["amount"]) and sp["reason"]
    elif st == "unapplied":
        ok = D(e["unapplied"]) > 0 and e["short_pay"] is None and e["candidates"] == []
    elif st == "review":
        ok = not apps and e["short_pay"] is None and e["unapplied"] == p["amount"]
        for s in e["candidates"]:
            for x in s:
                if bal[x] == 0:
                    errs.append(f"{pid}: closed candidate")
    else:
        ok = False
    if not ok:
        errs.append(f"{pid}: status shape {st}")
    if p["currency"] not in ISO or amt <= 0:
        if st != "review":
            errs.append(f"{pid}: malformed not review")
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    td = digits(text)
    for a in apps:
        n = inv[a["invoice_id"]]["number"]
        tail = digits(n)[-4:]
        mention[(e["note"].split("]")[0][1:].split(",")[0], tail in td)] += 1
    for a in apps:
        bal[a["invoice_id"]] -= D(a["amount"])

ids = Counter(p["id"] for p in pays)
print("duplicate ids:", {k: v for k, v in ids.items() if v > 1})
print("errors:", len(errs))
for x in errs[:40]:
    print(" ", x)
print("applications whose invoice number (last 4 digits) appears in the payment text, by scenario:")
for k, v in sorted(mention.items()):
    print(" ", k, v)
