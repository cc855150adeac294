#!/usr/bin/env python3
"""Sanity checker for ledger_greaterchina (not part of the data). Exits non-zero on a problem.

Replays the payments in file order against invoices.json and re-verifies every label
independently of build.py."""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_greaterchina")
errors = []


def bad(msg):
    errors.append(msg)


def load(n):
    with open(os.path.join(LED, n), encoding="utf-8") as f:
        return json.load(f)


invs, pays, labs = load("invoices.json"), load("payments.json"), load("labels.json")
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}

inv = {}
for i in invs:
    if set(i) != INV_KEYS:
        bad("invoice keys %s" % i)
    if i["id"] in inv:
        bad("duplicate invoice id %s" % i["id"])
    inv[i["id"]] = i
    t, b = Decimal(i["total"]), Decimal(i["balance"])
    if not (0 < b <= t) or t.as_tuple().exponent != -2 or b.as_tuple().exponent != -2:
        bad("invoice amounts %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        bad("due before issue %s" % i["id"])
if len({i["number"] for i in invs}) != len(invs):
    bad("duplicate invoice numbers")
by_num = {i["number"]: i for i in invs}
currencies = {i["currency"] for i in invs}
if not (1300 <= len(invs) <= 1700):
    bad("invoice count %d" % len(invs))
if not (250 <= len({i["customer_id"] for i in invs}) <= 350):
    bad("customer count")
if not (370 <= len(pays) <= 430) or len(pays) != len(labs):
    bad("payment/label count %d %d" % (len(pays), len(labs)))

bal = {k: Decimal(v["balance"]) for k, v in inv.items()}


def open_of(cid, cur):
    return [i for i in invs if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def fits(cid, cur, amt, maxk=3):
    op = open_of(cid, cur)
    out = []
    for k in range(1, min(maxk, len(op)) + 1):
        for combo in combinations(op, k):
            if sum(bal[i["id"]] for i in combo) == amt:
                out.append(sorted(i["id"] for i in combo))
    return sorted(out)


seen_ids = set()
last_date = ""
n_err = 0
for p, l in zip(pays, labs):
    if set(p) != PAY_KEYS:
        bad("payment keys %s" % p)
    ks = set(l) - {"error"}
    if ks != LAB_KEYS or l["payment_id"] != p["id"]:
        bad("label keys/order %s" % l.get("payment_id"))
        continue
    # --- is the row well formed?
    problem = None
    try:
        amt = Decimal(p["amount"]) if isinstance(p["amount"], str) and re.fullmatch(r"-?\d+\.\d\d", p["amount"]) else None
    except InvalidOperation:
        amt = None
    if amt is None:
        problem = "malformed amount"
    elif amt <= 0:
        problem = "non-positive amount"
    elif p["currency"] not in currencies:
        problem = "currency"
    elif not p["date"]:
        problem = "date"
    elif p["id"] in seen_ids:
        problem = "dup id"
    seen_ids.add(p["id"])
    if l["status"] == "error":
        n_err += 1
        if not problem:
            bad("%s labelled error but the row is fine" % p["id"])
        if l["applications"] or l["candidates"] or l["short_pay"] or l["unapplied"] != "0.00" or not l.get("error"):
            bad("%s error label shape" % p["id"])
        continue
    if problem:
        bad("%s has a bad row (%s) but is labelled %s" % (p["id"], problem, l["status"]))
        continue
    pd = date.fromisoformat(p["date"]).isoformat()
    if pd < last_date:
        bad("%s not oldest first" % p["id"])
    last_date = pd
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        bad("status %s" % st)
    apps = l["applications"]
    una = Decimal(l["unapplied"])
    if sum((Decimal(a["amount"]) for a in apps), Decimal("0")) + una != amt:
        bad("%s applications + unapplied != amount" % p["id"])
    for x in [l["unapplied"]] + [a["amount"] for a in apps]:
        if not re.fullmatch(r"\d+\.\d\d", x):
            bad("%s amount format %s" % (p["id"], x))
    # state-dependent checks made before the balances move
    sc = l["scenario"]
    if sc in ("amount_unique", "po_number_like_invoice", "typo_reference"):
        if fits(p["customer_id"], p["currency"], amt) != [[a["invoice_id"] for a in apps]]:
            bad("%s amount-only match is not unique" % p["id"])
    if sc == "amount_twin_review":
        f = fits(p["customer_id"], p["currency"], amt)
        if sorted(f) != sorted(l["candidates"]) or len(f) != 2:
            bad("%s twin candidates" % p["id"])
    if sc == "cross_customer_amount_review":
        hits = sorted([i["id"]] for i in invs if i["currency"] == p["currency"] and bal[i["id"]] == amt)
        if hits != sorted(l["candidates"]) or len({inv[h[0]]["customer_id"] for h in hits}) != 2:
            bad("%s cross-customer candidates" % p["id"])
    if sc == "lump_subset_review":
        if fits(p["customer_id"], p["currency"], amt, maxk=4) != [sorted(l["candidates"][0])]:
            bad("%s subset not unique" % p["id"])
    if sc in ("deposit_no_invoice", "duplicate_payment", "unknown_payer"):
        if p["customer_id"] and fits(p["customer_id"], p["currency"], amt):
            bad("%s unapplied/unknown payment fits an invoice set" % p["id"])
        if sc == "unknown_payer" and any(i["currency"] == p["currency"] and bal[i["id"]] == amt for i in invs):
            bad("%s unknown payer matches an invoice" % p["id"])
    if sc == "lump_clears_account":
        if sorted(a["invoice_id"] for a in apps) != sorted(i["id"] for i in open_of(p["customer_id"], p["currency"])):
            bad("%s lump does not clear the account" % p["id"])
    if sc == "ref_range":
        nums = sorted(int(inv[a["invoice_id"]]["number"][4:]) for a in apps)
        if nums != list(range(nums[0], nums[-1] + 1)):
            bad("%s range is not contiguous" % p["id"])
        if str(nums[0]) not in p["reference"] or str(nums[-1]) not in p["reference"]:
            bad("%s range ends not in the reference" % p["id"])
    if sc in ("ref_single_exact", "ref_multi_list", "debit_note_net", "third_party_payer", "tt_bank_charges",
              "credit_note_net", "part_payment", "overpayment"):
        text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        for a in apps:
            digits = inv[a["invoice_id"]]["number"].split("-")[1]
            if digits not in text:
                bad("%s invoice %s not named" % (p["id"], inv[a["invoice_id"]]["number"]))
    if sc == "statement_month":
        months = {inv[a["invoice_id"]]["issue_date"][:7] for a in apps}
        ym = months.pop() if len(months) == 1 else None
        if ym is None:
            bad("%s statement spans months" % p["id"])
        else:
            want = sorted(i["id"] for i in open_of(inv[apps[0]["invoice_id"]]["customer_id"], p["currency"]) if i["issue_date"][:7] == ym)
            if want != sorted(a["invoice_id"] for a in apps):
                bad("%s statement is not the whole month" % p["id"])
    # status shape
    if st == "applied" and (not apps or una != 0 or l["short_pay"] or l["candidates"]):
        bad("%s applied shape" % p["id"])
    if st == "review" and (apps or una != amt or l["short_pay"]):
        bad("%s review shape" % p["id"])
    if st == "unapplied" and (una <= 0 or l["short_pay"] or l["candidates"]):
        bad("%s unapplied shape" % p["id"])
    if st == "partial" and (not apps or una != 0 or l["candidates"]):
        bad("%s partial shape" % p["id"])
    for c in l["candidates"]:
        for iid in c:
            if iid not in inv or inv[iid]["currency"] != p["currency"] or bal[iid] <= 0:
                bad("%s candidate %s" % (p["id"], iid))
    # apply
    for a in apps:
        i = inv.get(a["invoice_id"])
        x = Decimal(a["amount"])
        if i is None or i["currency"] != p["currency"]:
            bad("%s application currency/invoice" % p["id"])
            continue
        if i["issue_date"] > pd:
            bad("%s applies to an invoice issued later" % p["id"])
        if x <= 0 or x > bal[i["id"]]:
            bad("%s takes %s past zero" % (p["id"], i["number"]))
        bal[i["id"]] -= x
    if st == "partial":
        sp = l["short_pay"]
        if sp is not None:
            if sp["invoice_id"] not in [a["invoice_id"] for a in apps] or Decimal(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]:
                bad("%s short_pay does not equal what stays open" % p["id"])
        if not any(bal[a["invoice_id"]] > 0 for a in apps):
            bad("%s partial leaves nothing open" % p["id"])
    if st == "applied" and any(bal[a["invoice_id"]] != 0 for a in apps):
        bad("%s applied but an invoice stays open" % p["id"])
    if st == "unapplied" and apps and any(bal[a["invoice_id"]] != 0 for a in apps):
        bad("%s overpayment leaves an invoice open" % p["id"])

if not (8 <= n_err <= 14):
    bad("error rows %d" % n_err)
cnt = Counter(l["status"] for l in labs)
for k in ("applied", "partial", "unapplied", "review", "error"):
    if cnt[k] < 10:
        bad("too few %s" % k)
ids = [p["id"] for p in pays]
if len(set(ids)) != len(ids) - sum(1 for l in labs if "dup_id" in l["scenario"]):
    bad("duplicate ids other than the planted ones")

if errors:
    print("\n".join(errors[:50]))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d invoices, %d payments, %s" % (len(invs), len(pays), dict(sorted(cnt.items()))))
