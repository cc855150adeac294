#!/usr/bin/env python3
"""Sanity checker for ledger_afrique (not part of the data). Exits 1 on a problem."""
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_afrique")
inv = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
problems = []


def bad(msg):
    problems.append(msg)


CFA = {"XOF", "XAF"}
AMT = {"CFA": re.compile(r"^[0-9]+$"), "2": re.compile(r"^[0-9]+\.[0-9]{2}$")}


def well_formed(s, cur):
    if not isinstance(s, str):
        return False
    return bool((AMT["CFA"] if cur in CFA else AMT["2"]).match(s))


# ---- invoices
INV = {}
names = {}
for i in inv:
    if i["id"] in INV:
        bad("duplicate invoice id %s" % i["id"])
    INV[i["id"]] = i
    if not well_formed(i["total"], i["currency"]) or not well_formed(i["balance"], i["currency"]):
        bad("invoice amount format %s" % i["id"])
    if not (0 < Decimal(i["balance"]) <= Decimal(i["total"])):
        bad("invoice not open or balance > total %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        bad("due before issue %s" % i["id"])
    names.setdefault(i["customer_id"], set()).add(i["customer_name"])
if len({i["number"] for i in inv}) != len(inv):
    bad("duplicate invoice numbers")
for cid, n in names.items():
    if len(n) != 1:
        bad("customer %s has several names" % cid)
SEQ = {int(i["number"][-5:]): i for i in inv}
CURS = {i["currency"] for i in inv}
print("invoices %d, customers %d" % (len(inv), len(names)))
if not (1400 <= len(inv) <= 1600 and 280 <= len(names) <= 320):
    bad("invoice/customer counts off")

# ---- payments / labels
if len(pay) != len(lab):
    bad("payments and labels differ in length")
bal = {i["id"]: Decimal(i["balance"]) for i in inv}
paid_by = {}           # invoice id -> payment id that brought it to zero
seen = set()
last_date = ""
errors = 0
STATUSES = {"applied", "partial", "unapplied", "review", "error"}
NO_NUMBER_OK = {"amount_unique", "name_only_unique", "po_distractor", "statement_all", "lump_range",
                "no_fit_known_customer"}


def text(p):
    return ((p["reference"] or "") + " " + (p["remittance"] or ""))


def open_of(cid, cur):
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def subset_count(cid, cur, v, k):
    op = open_of(cid, cur)
    n = 0
    for r in range(1, k + 1):
        for comb in combinations(op, r):
            if sum(bal[i["id"]] for i in comb) == v:
                n += 1
    return n


for n, (p, l) in enumerate(zip(pay, lab)):
    where = "row %d %s" % (n, p["id"])
    if p["id"] != l["payment_id"]:
        bad(where + ": label id mismatch")
        continue
    st = l["status"]
    if st not in STATUSES:
        bad(where + ": status " + st)
    dup = p["id"] in seen
    seen.add(p["id"])
    if p["date"]:
        if p["date"] < last_date:
            bad(where + ": payments not oldest first")
        last_date = p["date"]
    for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"):
        if k not in p:
            bad(where + ": missing key " + k)
    valid = (not dup and bool(p["date"]) and p["currency"] in CURS and well_formed(p["amount"], p["currency"]))
    if st == "error":
        errors += 1
        if valid:
            bad(where + ": error label on a valid row")
        if l["applications"] or l["candidates"] or l["short_pay"] or not l.get("error"):
            bad(where + ": error label shape")
        continue
    if not valid:
        bad(where + ": invalid row not labelled error")
        continue
    if p["customer_id"] is not None and p["customer_id"] not in names:
        bad(where + ": unknown customer_id")
    cur = p["currency"]
    amt = Decimal(p["amount"])
    if amt <= 0:
        bad(where + ": non-positive")
    apps = [a["invoice_id"] for a in l["applications"]]
    tot = Decimal(0)
    for a in l["applications"]:
        iid = a["invoice_id"]
        if iid not in INV:
            bad(where + ": unknown invoice")
            continue
        if INV[iid]["currency"] != cur:
            bad(where + ": cross currency")
        if not well_formed(a["amount"], cur):
            bad(where + ": application amount format")
        v = Decimal(a["amount"])
        if not (0 < v <= bal[iid]):
            bad(where + ": application past zero balance on %s" % iid)
        bal[iid] -= v
        tot += v
        if bal[iid] == 0:
            paid_by[iid] = p["id"]
    if not well_formed(l["unapplied"], cur):
        bad(where + ": unapplied format")
    un = Decimal(l["unapplied"])
    if tot + un != amt:
        bad(where + ": applications + unapplied != amount")
    apps = [a["invoice_id"] for a in l["applications"]]
    if len(set(apps)) != len(apps):
        bad(where + ": invoice applied twice")
    sc = l["scenario"]
    t = text(p)
    # no stray 5-digit number in the bank text that is another invoice's sequence (except on purpose)
    if sc not in ("po_distractor",):
        for m in re.finditer(r"(?<![0-9])(1[01][0-9]{3})(?![0-9])", t):
            x = int(m.group(1))
            if x in SEQ and SEQ[x]["id"] not in apps + [i for c in l["candidates"] for i in c["invoice_ids"]]:
                if sc not in ("duplicate_payment", "lump_includes_paid_invoice", "review_other_customer_reference",
                              "review_ref_vs_amount") and SEQ[x]["customer_id"] != p["customer_id"]:
                    bad(where + ": stray number %s in the text" % x)
    # a payment that names one invoice must not equal another open invoice of that customer
    if sc in ("acompte", "acompte_mobile", "withholding_short_pay", "bank_charges_short_pay",
              "deduction_short_pay", "overpay_rounded", "overpay_total_not_balance"):
        i0 = apps[0]
        same = [i for i in open_of(INV[i0]["customer_id"], cur) if bal[i["id"]] == amt and i["id"] != i0]
        if same:
            bad(where + ": amount equals another open invoice %s" % same[0]["number"])
    if st in ("applied", "partial"):
        if not apps or un != 0 or l["candidates"]:
            bad(where + ": applied/partial shape")
        if st == "applied" and (l["short_pay"] or any(bal[i] != 0 for i in apps)):
            bad(where + ": applied leaves an invoice open or has short_pay")
        if st == "partial":
            if not any(bal[i] > 0 for i in apps):
                bad(where + ": partial leaves nothing open")
            sp = l["short_pay"]
            if sp is not None:
                if sp["invoice_id"] not in apps or Decimal(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]:
                    bad(where + ": short_pay does not equal remaining balance")
                if not well_formed(sp["amount"], cur):
                    bad(where + ": short_pay amount format")
        # a customer must be consistent: all applied invoices of one customer
        if len({INV[i]["customer_id"] for i in apps}) != 1:
            bad(where + ": applications span customers")
        if p["customer_id"] and INV[apps[0]]["customer_id"] != p["customer_id"]:
            bad(where + ": applied to another customer than the bank's customer_id")
        if sc not in NO_NUMBER_OK:
            for i in apps:
                if INV[i]["number"][-5:] not in t:
                    bad(where + ": applied invoice %s not named in the text" % INV[i]["number"])
        if sc == "lump_range":
            seqs = sorted(int(INV[i]["number"][-5:]) for i in apps)
            if seqs != list(range(seqs[0], seqs[-1] + 1)) or str(seqs[0]) not in t or str(seqs[-1]) not in t:
                bad(where + ": bad range")
        if sc in ("amount_unique", "name_only_unique", "po_distractor"):
            # re-check uniqueness on the balances BEFORE this payment
            i0 = apps[0]
            bal[i0] += amt
            if subset_count(INV[i0]["customer_id"], cur, amt, 2) != 1:
                bad(where + ": amount not unique for the customer")
            bal[i0] -= amt
        if sc == "name_only_unique":
            pn = p["payer_name"]
            hits = [c for c, nm in names.items() if next(iter(nm)).upper().replace("&", "ET").startswith(pn[:6])]
            if p["customer_id"] is not None:
                bad(where + ": name_only with a customer_id")
        if sc == "statement_all":
            cid = INV[apps[0]]["customer_id"]
            if open_of(cid, cur):
                bad(where + ": statement settlement leaves invoices open")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            bad(where + ": unapplied shape")
        if sc == "duplicate_payment":
            target = [i for i in inv if i["currency"] == cur and i["number"][-5:] in t and i["id"] in paid_by]
            if not target:
                bad(where + ": duplicate payment but the invoice is not paid")
        if sc == "no_fit_known_customer":
            if p["customer_id"] is None or subset_count(p["customer_id"], cur, amt, 3):
                bad(where + ": no-fit payment fits something")
    elif st == "review":
        if apps or un != amt or l["short_pay"]:
            bad(where + ": review shape")
        for c in l["candidates"]:
            ids = c["invoice_ids"]
            for iid in ids:
                if iid not in INV or INV[iid]["currency"] != cur or bal[iid] <= 0:
                    bad(where + ": bad candidate")
        if sc in ("review_same_amount_twins", "review_cross_customer_amount", "review_homonym"):
            ids = [c["invoice_ids"][0] for c in l["candidates"]]
            if len(ids) != 2 or any(bal[i] != amt for i in ids):
                bad(where + ": twins are not both exact")
            if sc != "review_same_amount_twins":
                same = [i for i in inv if i["currency"] == cur and bal[i["id"]] == amt]
                if len(same) != 2:
                    bad(where + ": more than two exact matches")
        if sc == "review_unknown_payer":
            if any(bal[i["id"]] == amt for i in inv if i["currency"] == cur) or l["candidates"]:
                bad(where + ": unknown payer amount matches something")
        if sc == "review_subset_no_reference":
            ids = l["candidates"][0]["invoice_ids"]
            if sum(bal[i] for i in ids) != amt or subset_count(p["customer_id"], cur, amt, 4) != 1:
                bad(where + ": subset not unique")
        if sc == "review_ref_vs_amount":
            y, x = l["candidates"][0]["invoice_ids"][0], l["candidates"][1]["invoice_ids"][0]
            if bal[y] != amt or bal[x] <= amt or INV[x]["number"][-5:] not in t:
                bad(where + ": ref vs amount wrong")
        if sc == "review_other_customer_reference":
            x = l["candidates"][0]["invoice_ids"][0]
            if INV[x]["customer_id"] == p["customer_id"] or bal[x] != amt:
                bad(where + ": other customer reference wrong")

if errors < 8 or errors > 12:
    bad("bad rows: %d" % errors)
if not (360 <= len(pay) <= 440):
    bad("payment count %d" % len(pay))
print("payments %d, error rows %d" % (len(pay), errors))
if problems:
    print("\n".join(problems[:50]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("OK")
