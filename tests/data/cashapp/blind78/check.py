#!/usr/bin/env python3
"""Re-verify every label of fr_it_wine from the generated data. Exit 1 on any problem."""
import json, os, re, sys, datetime as dt
from decimal import Decimal as D, InvalidOperation
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fr_it_wine")
I = json.load(open(os.path.join(HERE, "invoices.json"))); P = json.load(open(os.path.join(HERE, "payments.json")))
L = json.load(open(os.path.join(HERE, "labels.json")))
errs = []
def bad(k, msg): errs.append(f"{k}: {msg}")
AMT = re.compile(r"^\d+\.\d{2}$")
INV = {i["id"]: i for i in I}; NUM = {i["number"]: i for i in I}
assert len(INV) == len(I) and len(NUM) == len(I)
for i in I:
    for f in ("total", "balance"):
        if not AMT.match(i[f]): bad(i["id"], f"bad {f}")
    if not (D("0") < D(i["balance"]) <= D(i["total"])): bad(i["id"], "balance out of range")
    if dt.date.fromisoformat(i["due_date"]) <= dt.date.fromisoformat(i["issue_date"]): bad(i["id"], "due<=issue")
    if i["currency"] not in ("EUR", "CHF", "GBP", "USD"): bad(i["id"], "currency")
if len(P) != len(L): bad("all", "length mismatch")
bal = {k: D(v["balance"]) for k, v in INV.items()}
paid_by = {}
prev = None
def digits_in(text, num):
    t = re.sub(r"[^0-9A-Za-z]", "", text or "").upper()
    return num[2:] in t
ST = {"applied", "partial", "unapplied", "review"}
for p, l in zip(P, L):
    k = p["id"]
    if l["payment_id"] != k: bad(k, "id order"); continue
    d = dt.date.fromisoformat(p["date"])
    if prev and d < prev: bad(k, "not oldest first")
    prev = d
    if l["status"] not in ST: bad(k, "status")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    if p["reference"] and len(p["reference"]) > 140: bad(k, "reference > 140")
    sc = l["scenario"]
    if sc == "bad_row":
        ok = AMT.match(p["amount"] or "") and D(p["amount"]) > 0 and p["currency"] in ("EUR", "CHF", "GBP", "USD")
        if ok: bad(k, "bad_row is not bad")
        if l["status"] != "review" or l["applications"] or l["candidates"]: bad(k, "bad_row label")
        continue
    if not AMT.match(p["amount"]) or D(p["amount"]) <= 0: bad(k, "amount format"); continue
    amt = D(p["amount"])
    apps = l["applications"]
    tot = sum((D(a["amount"]) for a in apps), D(0)) + D(l["unapplied"])
    if tot != amt: bad(k, f"apps+unapplied {tot} != {amt}")
    for a in apps:
        inv = INV[a["invoice_id"]]
        if inv["currency"] != p["currency"]: bad(k, "currency mismatch")
        if p["customer_id"] and inv["customer_id"] != p["customer_id"]: bad(k, "other customer's invoice")
        if D(a["amount"]) <= 0 or D(a["amount"]) > bal[inv["id"]]: bad(k, f"over-applies {inv['id']}")
    if l["status"] == "review":
        if apps: bad(k, "review with applications")
        if sc != "unknown_payer" and not l["candidates"]: bad(k, "review w/o candidates")
        for c in l["candidates"]:
            for x in c:
                if bal[x] <= 0: bad(k, "candidate closed")
    else:
        if l["candidates"]: bad(k, "candidates on non-review")
    if l["status"] == "applied" and D(l["unapplied"]) != 0: bad(k, "applied with unapplied")
    if l["status"] == "unapplied" and D(l["unapplied"]) <= 0: bad(k, "unapplied zero")
    sp = l["short_pay"]
    if (sp is not None) != (sc == "short_pay"): bad(k, "short_pay presence")
    # scenario-specific evidence
    if sc in ("exact_ref", "list", "overpay", "partial", "short_pay", "rest_after_partial", "factoring"):
        for a in apps:
            if not digits_in(text, INV[a["invoice_id"]]["number"]): bad(k, f"{INV[a['invoice_id']]['number']} not in text")
    if sc in ("exact_ref", "list", "range", "lump_all", "factoring", "typo_ref", "po_lookalike", "amount_only", "rest_after_partial"):
        if l["status"] != "applied": bad(k, "should be applied")
        for a in apps:
            if D(a["amount"]) != bal[a["invoice_id"]]: bad(k, "applied but not closing the invoice")
    if sc == "lump_all":
        openc = {x for x, b in bal.items() if b > 0 and INV[x]["customer_id"] == p["customer_id"]}
        if openc != {a["invoice_id"] for a in apps}: bad(k, "lump is not all open invoices")
    if sc == "range":
        nums = sorted(INV[a["invoice_id"]]["number"] for a in apps)
        if [int(n[2:]) for n in nums] != list(range(int(nums[0][2:]), int(nums[-1][2:]) + 1)): bad(k, "range not consecutive")
        if nums[0][2:] not in text or nums[-1][-3:] not in text: bad(k, "range ends not in text")
    if sc in ("typo_ref",):
        t = re.search(r"reference (\S+) is", l["reason"]).group(1)
        if t in NUM or not digits_in(text, t): bad(k, "typo")
        n = INV[apps[0]["invoice_id"]]["number"]
        if sorted(t) != sorted(n) or sum(a != b for a, b in zip(t, n)) != 2: bad(k, "typo not a transposition")
    if sc in ("amount_only", "po_lookalike", "typo_ref"):
        same = [x for x, b in bal.items() if b == amt and INV[x]["customer_id"] == p["customer_id"] and INV[x]["currency"] == p["currency"]]
        if len(same) != 1: bad(k, "amount not unique")
    if sc == "po_lookalike":
        po = re.search(r"(\d{7})", text).group(1)
        o = NUM.get("FV" + po)
        if not o or o["customer_id"] == p["customer_id"]: bad(k, "po lookalike")
    if sc == "ambiguous_same_amount":
        if len(l["candidates"]) != 2 or any(bal[c[0]] != amt for c in l["candidates"]): bad(k, "dupe")
    if sc == "subset_noref":
        if sum(bal[x] for x in l["candidates"][0]) != amt: bad(k, "subset sum")
    if sc == "ambiguous_ref_vs_amount":
        a0, a1 = l["candidates"][0][0], l["candidates"][1][0]
        if bal[a0] != amt or not digits_in(text, INV[a1]["number"]) or bal[a1] == amt: bad(k, "ref vs amount")
    if sc == "cross_currency":
        if INV[l["candidates"][0][0]]["currency"] == p["currency"]: bad(k, "xcur")
    if sc == "second_payment":
        if apps or not any(INV[x]["customer_id"] == p["customer_id"] and digits_in(text, INV[x]["number"]) for x in paid_by): bad(k, "second")
    if sc == "known_nofit":
        if any(b == amt for x, b in bal.items() if INV[x]["customer_id"] == p["customer_id"]): bad(k, "nofit fits")
    if sc == "overpay":
        a = apps[0]
        if D(a["amount"]) != bal[a["invoice_id"]] or amt <= D(a["amount"]): bad(k, "overpay")
    if sc == "partial":
        if l["status"] != "partial" or D(apps[0]["amount"]) >= bal[apps[0]["invoice_id"]]: bad(k, "partial")
    if sc == "short_pay":
        a = apps[0]
        if l["status"] != "partial" or sp["invoice_id"] != a["invoice_id"]: bad(k, "short label")
        if D(a["amount"]) + D(sp["amount"]) != bal[a["invoice_id"]]: bad(k, "short sum")
        if sp["amount"] not in text and str(D(sp["amount"])) not in text: bad(k, "deduction amount not stated")
    if sc == "unknown_payer":
        if p["customer_id"] is not None: bad(k, "unknown has id")
    if sc == "factoring":
        if p["customer_id"] is not None or INV[apps[0]["invoice_id"]]["customer_name"] not in text: bad(k, "factoring")
    for a in apps:
        bal[a["invoice_id"]] -= D(a["amount"])
        if bal[a["invoice_id"]] == 0: paid_by[a["invoice_id"]] = k
for e in errs[:50]: print(e)
print(f"{len(I)} invoices, {len(P)} payments, {len(errs)} problems")
sys.exit(1 if errs else 0)
