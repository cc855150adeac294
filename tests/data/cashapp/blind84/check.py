#!/usr/bin/env python3
"""Re-verify labels.json against invoices.json/payments.json. Exit 1 on any problem."""
import json, os, re, sys
from decimal import Decimal, InvalidOperation
from datetime import date
D = os.path.dirname(os.path.abspath(__file__))
inv = json.load(open(f"{D}/invoices.json")); pay = json.load(open(f"{D}/payments.json")); lab = json.load(open(f"{D}/labels.json"))
I = {i["id"]: i for i in inv}; errs = []
def e(m): errs.append(m)
DEC = re.compile(r"^-?\d+\.\d{2}$")
assert len(I) == len(inv) and len({i["number"] for i in inv}) == len(inv), "dup invoice ids/numbers"
for i in inv:
    if not (DEC.match(i["total"]) and i["total"] == i["balance"]): e(f"{i['id']} amounts")
    if (date.fromisoformat(i["due_date"]) - date.fromisoformat(i["issue_date"])).days != 30: e(f"{i['id']} due")
bal = {k: Decimal(v["balance"]) for k, v in I.items()}
if len(pay) != len(lab): e("length")
prev = None
KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
for p, l in zip(pay, lab):
    pid = p["id"]
    if set(l) != KEYS: e(f"{pid} keys {set(l) ^ KEYS}")
    if l["payment_id"] != pid: e(f"{pid} order")
    if prev and p["date"] < prev: e(f"{pid} not oldest first")
    prev = p["date"]; date.fromisoformat(p["date"])
    text = " ".join(x or "" for x in (p["reference"], p["remittance"]))
    st = l["status"]
    good = bool(DEC.match(p["amount"] or "")) and Decimal(p["amount"]) > 0 and p["currency"] in ("USD", "CAD", "EUR")
    if l["scenario"] == "bad_row":
        if good or st != "review" or l["applications"] or l["candidates"]: e(f"{pid} bad row")
        continue
    if not good: e(f"{pid} unexpected bad row")
    amt = Decimal(p["amount"])
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    if sum(a for _, a in apps) + Decimal(l["unapplied"]) != amt: e(f"{pid} sum")
    for iid, a in apps:
        iv = I[iid]
        if iv["currency"] != p["currency"]: e(f"{pid} currency")
        if a <= 0 or a > bal[iid]: e(f"{pid} over-applies {iid}")
        if p["customer_id"] and p["customer_id"] != iv["customer_id"]: e(f"{pid} customer")
    if st == "review":
        if apps or Decimal(l["unapplied"]) != amt: e(f"{pid} review shape")
        for cs in l["candidates"]:
            for c in cs:
                if c not in I: e(f"{pid} cand")
    elif st == "applied":
        if not apps or Decimal(l["unapplied"]) != 0 or l["short_pay"] or l["candidates"]: e(f"{pid} applied shape")
    elif st == "partial":
        if not apps or Decimal(l["unapplied"]) != 0: e(f"{pid} partial shape")
        if not any(bal[i] - a > 0 for i, a in apps): e(f"{pid} partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            left = bal[sp["invoice_id"]] - dict(apps)[sp["invoice_id"]]
            if Decimal(sp["amount"]) != left: e(f"{pid} short amount")
    elif st == "unapplied":
        if Decimal(l["unapplied"]) <= 0 or l["candidates"]: e(f"{pid} unapplied shape")
        if any(bal[i] != a for i, a in apps): e(f"{pid} overpay should clear invoice")
    else: e(f"{pid} status {st}")
    sc = l["scenario"]
    # evidence: invoice numbers named in the text (digits) for scenarios that rely on them
    named = {"exact_ref", "multi_ctx", "multi_lockbox", "overpayment", "eur_exact", "joint_cheque", "pm_multi_building", "partial_payment", "remainder_after_partial"}
    if sc in named or sc.startswith("short_pay"):
        for iid, _ in apps:
            if I[iid]["number"].split("-")[1] not in text: e(f"{pid} {I[iid]['number']} not in bank text")
    if sc == "typo_ref":
        n = I[apps[0][0]]["number"].split("-")[1]
        if n in text: e(f"{pid} typo contains real number")
        if sum(1 for i in inv if i["customer_id"] == I[apps[0][0]]["customer_id"] and bal[i["id"]] == amt) != 1: e(f"{pid} typo amount not unique")
    if sc in ("amount_only_unique", "po_looks_like_invoice"):
        cid = I[apps[0][0]]["customer_id"]
        if sum(1 for i in inv if i["customer_id"] == cid and bal[i["id"]] == amt) != 1: e(f"{pid} amount not unique")
    if sc == "po_looks_like_invoice":
        po = re.search(r"(\d{6})", p["remittance"]).group(1)
        other = [i for i in inv if i["number"] == f"SI-{po}"]
        if not other or other[0]["customer_id"] == I[apps[0][0]]["customer_id"]: e(f"{pid} po trap")
    if sc == "lump_sum_statement":
        cid = I[apps[0][0]]["customer_id"]
        if {i["id"] for i in inv if i["customer_id"] == cid and bal[i["id"]] > 0} != {i for i, _ in apps}: e(f"{pid} lump not all open")
    if sc in ("ambiguous_same_amount", "pm_building_ambiguous"):
        if len(l["candidates"]) != 2 or any(bal[c[0]] != amt for c in l["candidates"]): e(f"{pid} ambiguity")
    if sc == "second_payment":
        if not re.search(r"already paid", l["reason"]): e(f"{pid} reason")
        nums = [i for i in inv if i["number"].split("-")[1] in text]
        if not nums or any(bal[i["id"]] != 0 for i in nums): e(f"{pid} second payment invoice still open")
    if sc == "no_fit_on_account":
        cid = p["customer_id"]; op = [bal[i["id"]] for i in inv if i["customer_id"] == cid and bal[i["id"]] > 0]
        if amt in op or amt == sum(op) or any(a + b == amt for k, a in enumerate(op) for b in op[k+1:]): e(f"{pid} nofit fits")
    if sc == "ctx_truncated_resolvable" and len(p["remittance"]) != 80: e(f"{pid} not truncated")
    if sc == "card_batch_net":
        g = sum(bal[c] for c in l["candidates"][0])
        if not g > amt: e(f"{pid} card gross")
    if sc == "currency_mismatch" and I[l["candidates"][0][0]]["currency"] == p["currency"]: e(f"{pid} curmis")
    if not l["note"].startswith(f"[{sc}, "): e(f"{pid} note")
    for iid, a in apps: bal[iid] -= a
if errs:
    print("\n".join(errs[:50])); print(len(errs), "problems"); sys.exit(1)
print(f"OK {len(pay)} payments, {len(inv)} invoices")
