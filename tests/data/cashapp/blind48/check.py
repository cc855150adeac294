#!/usr/bin/env python3
"""Sanity checker for ledger_eastasia (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_eastasia")
inv = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


D = Decimal
byid = {i["id"]: i for i in inv}
if len(byid) != len(inv):
    err("duplicate invoice id")
if len({i["number"] for i in inv}) != len(inv):
    err("duplicate invoice number")
for i in inv:
    if not (D(0) < D(i["balance"]) <= D(i["total"])):
        err("bad balance", i["id"])
    if i["due_date"] < i["issue_date"]:
        err("due before issue", i["id"])
ccys = {i["currency"] for i in inv}
bal = {i["id"]: D(i["balance"]) for i in inv}
bycust = {}
for i in inv:
    bycust.setdefault((i["customer_id"], i["currency"]), []).append(i["id"])
if len(pay) != len(lab):
    err("payments and labels differ in length")


def open_of(cid, ccy):
    return [x for x in bycust.get((cid, ccy), []) if bal[x] > 0]


def subsets_summing(ids, amount, limit=3):
    """list of subsets (as tuples of ids) of the given invoices whose balances sum to amount"""
    ids = sorted(ids, key=lambda x: -bal[x])
    out = []

    def rec(k, rest, chosen):
        if len(out) >= limit:
            return
        if rest == 0 and chosen:
            out.append(tuple(chosen))
            return
        if k == len(ids) or rest < 0:
            return
        rec(k + 1, rest - bal[ids[k]], chosen + [ids[k]])
        rec(k + 1, rest, chosen)
    if len(ids) > 22:
        err("too many invoices to enumerate", len(ids))
        return out
    rec(0, amount, [])
    return out


def digits_in(text, number):
    seq = number.split("-")[1]
    return seq in (text or "")


seen_ids = set()
counts = Counter()
AMOUNT_ONLY = {"amount_only", "name_only", "po_trap", "amount_trap", "quarterly", "statement"}
REF_BASED = {"exact_ref", "multi_list", "fee_deducted", "lump_fee", "part_payment", "part_payment_rest",
             "overpayment", "third_party"}
for n, (p, lb) in enumerate(zip(pay, lab)):
    pid = p["id"]
    where = f"#{n} {pid} {lb.get('scenario')}"
    if lb["payment_id"] != pid:
        err(where, "label id mismatch")
    for k in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "scenario", "note"):
        if k not in lb:
            err(where, "label lacks", k)
    counts[lb["status"]] += 1
    # ---- bad input
    problems = []
    try:
        amt = D(p["amount"])
        if not amt.is_finite():
            problems.append("amount")
        elif amt <= 0:
            problems.append("negative")
    except (InvalidOperation, TypeError):
        problems.append("malformed")
        amt = None
    if p["currency"] not in ccys:
        problems.append("currency")
    if not p.get("date"):
        problems.append("date")
    if pid in seen_ids:
        problems.append("dup id")
    seen_ids.add(pid)
    if lb["status"] == "error":
        if not problems:
            err(where, "error label but the row is fine")
        if lb["applications"] or lb["candidates"] or not lb.get("error"):
            err(where, "error label shape")
        continue
    if problems:
        err(where, "bad row not labelled error", problems)
        continue
    if n and pay[n - 1].get("date") and p["date"] < max(x["date"] for x in pay[:n] if x.get("date")):
        err(where, "payments not oldest first")
    scen = lb["scenario"]
    text = " ".join(str(p.get(k) or "") for k in ("reference", "remittance", "payer_name"))
    # ---- arithmetic replay
    before = {}
    tot = D(0)
    for a in lb["applications"]:
        iid = a["invoice_id"]
        if iid not in byid:
            err(where, "unknown invoice", iid)
            continue
        if byid[iid]["currency"] != p["currency"]:
            err(where, "cross-currency application")
        x = D(a["amount"])
        if x <= 0:
            err(where, "non-positive application")
        before[iid] = bal[iid]
        tot += x
    un = D(lb["unapplied"])
    if tot + un != amt:
        err(where, "applications + unapplied != amount")
    if un < 0:
        err(where, "negative unapplied")
    st = lb["status"]
    cid = p["customer_id"]
    cust_of_apps = {byid[a["invoice_id"]]["customer_id"] for a in lb["applications"]}
    # ambiguity checks need the balances BEFORE this payment
    if scen in AMOUNT_ONLY:
        c = cust_of_apps.pop() if len(cust_of_apps) == 1 else None
        subs = subsets_summing(open_of(c, p["currency"]), amt)
        want = tuple(sorted(a["invoice_id"] for a in lb["applications"]))
        if len(subs) != 1 or tuple(sorted(subs[0])) != want:
            err(where, "amount-based application is not the unique fitting subset", len(subs))
    if scen == "quarterly":
        c = byid[lb["applications"][0]["invoice_id"]]["customer_id"]
        q4 = [x for x in open_of(c, p["currency"]) if byid[x]["issue_date"] < "2026-01-01"]
        if sorted(q4) != sorted(a["invoice_id"] for a in lb["applications"]):
            err(where, "quarterly lump is not exactly the open Q4 invoices")
    if scen == "range":
        seqs = [int(byid[a["invoice_id"]]["number"].split("-")[1]) for a in lb["applications"]]
        inside = [i["id"] for i in inv if min(seqs) <= int(i["number"].split("-")[1]) <= max(seqs)]
        if sorted(inside) != sorted(a["invoice_id"] for a in lb["applications"]):
            err(where, "range covers invoices that are not applied")
    if scen == "review_two_readings":
        if len(subsets_summing(open_of(cid, p["currency"]), amt)) < 2:
            err(where, "expected two readings")
    if scen == "review_twins":
        if sum(1 for x in open_of(cid, p["currency"]) if bal[x] == amt) < 2:
            err(where, "twins missing")
    if scen in ("no_fit", "review_cross_currency", "duplicate_payment"):
        if subsets_summing(open_of(cid, p["currency"]), amt):
            err(where, "amount fits something after all")
    if scen == "overpayment":
        rest_ids = [x for x in open_of(cid, p["currency"]) if x not in before]
        if subsets_summing(rest_ids, un):
            err(where, "overpayment remainder fits another invoice")
    if scen == "review_unknown_payer":
        if cid is not None:
            err(where, "unknown payer has a customer id")
        same = [x for x in bal if bal[x] == amt and byid[x]["currency"] == p["currency"]]
        got = [c["invoice_ids"][0] for c in lb["candidates"]]
        if sorted(same) != sorted(got):
            err(where, "unknown payer candidates are not all exact-amount invoices", same, got)
    if scen == "review_two_customers":
        custs = {byid[c["invoice_ids"][0]]["customer_id"] for c in lb["candidates"]}
        if len(custs) != 2 or cid is not None:
            err(where, "two-customer review malformed")
    if scen == "review_cross_currency":
        named = [i for i in inv if digits_in(p["reference"], i["number"]) and i["number"] in p["reference"]]
        if not named or named[0]["currency"] == p["currency"]:
            err(where, "cross-currency reference does not name a foreign-currency invoice")
    if scen == "duplicate_payment":
        named = [i for i in inv if i["customer_id"] == cid and digits_in(text, i["number"])]
        if not named or any(bal[i["id"]] != 0 for i in named):
            err(where, "duplicate does not name a paid invoice")
    if scen == "po_trap":
        m = re.findall(r"\d{5}", p["reference"] or "")
        hits = [i for i in inv if i["number"].split("-")[1] in m and i["customer_id"] != cid]
        if not hits:
            err(where, "po trap number is not another customer's invoice")
    if scen in REF_BASED or scen in ("range",):
        for a in lb["applications"]:
            num = byid[a["invoice_id"]]["number"]
            seq = int(num.split("-")[1])
            ok = digits_in(text, num)
            if not ok and scen == "range":
                rng = re.findall(r"(\d{5})\D{1,3}(\d{5})", text.replace("JP25-", "").replace("JP26-", ""))
                rng += re.findall(r"(\d{5})\s*(?:〜|~|至|-|TO)\s*(?:[A-Z]{2}\d{2}-)?(\d{5})", text)
                ok = any(int(x) <= seq <= int(y) for x, y in rng)
            if not ok:
                err(where, "applied invoice is not named in the payment text", num)
    for c in lb["candidates"]:
        for iid in c["invoice_ids"]:
            if iid not in byid or byid[iid]["currency"] != p["currency"] or bal[iid] <= 0:
                err(where, "bad candidate", iid)
        if sum(bal[i] for i in c["invoice_ids"]) != amt and scen != "review_ref_vs_amount":
            err(where, "candidate set does not sum to the amount")
    # apply
    for a in lb["applications"]:
        bal[a["invoice_id"]] -= D(a["amount"])
        if bal[a["invoice_id"]] < 0:
            err(where, "invoice taken past zero")
    sp = lb["short_pay"]
    if st == "applied":
        if un != 0 or sp or not lb["applications"] or lb["candidates"]:
            err(where, "applied shape")
        if any(bal[x] != 0 for x in before) and scen != "third_party":
            err(where, "applied leaves an invoice open")
    elif st == "partial":
        if un != 0 or not lb["applications"] or lb["candidates"]:
            err(where, "partial shape")
        if not any(bal[x] > 0 for x in before):
            err(where, "partial leaves nothing open")
        if sp:
            if sp["invoice_id"] not in before or bal[sp["invoice_id"]] != D(sp["amount"]):
                err(where, "short_pay does not equal the amount left open")
    elif st == "unapplied":
        if un <= 0 or sp or lb["candidates"]:
            err(where, "unapplied shape")
        if cid is None:
            err(where, "unapplied cash without a known customer")
    elif st == "review":
        if lb["applications"] or un != amt or sp:
            err(where, "review shape")
    else:
        err(where, "unknown status", st)

if not (1400 <= len(inv) <= 1600):
    err("invoice count", len(inv))
if not (380 <= len(pay) <= 420):
    err("payment count", len(pay))
print("invoices", len(inv), "customers", len({i["customer_id"] for i in inv}), "payments", len(pay))
print("statuses", dict(counts))
print("scenarios", dict(Counter(x["scenario"] for x in lab)))
if ERR:
    print(len(ERR), "problem(s):")
    for e in ERR[:60]:
        print("  ", e)
    sys.exit(1)
print("OK")
