#!/usr/bin/env python3
"""Sanity checker for ledger_eastmed: re-verifies every label by replaying payments in file order.

Not part of the data. Exits non-zero on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_eastmed")
AMT = re.compile(r"^-?\d+\.\d{2}$")
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(L, name), encoding="utf-8") as f:
        return json.load(f)


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")

# ---------------------------------------------------------------- invoices
inv = {}
numbers = set()
cust_names = {}
for i in invoices:
    keys = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
    if set(i) != keys:
        bad("invoice keys %s" % i)
    if i["id"] in inv or i["number"] in numbers:
        bad("duplicate invoice %s" % i["id"])
    inv[i["id"]] = i
    numbers.add(i["number"])
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])):
        bad("invoice amount format %s" % i["id"])
    if not (D(0) < D(i["balance"]) <= D(i["total"])):
        bad("invoice balance %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        bad("due before issue %s" % i["id"])
    if cust_names.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
        bad("customer name differs %s" % i["customer_id"])
currencies = {i["currency"] for i in invoices}
print("invoices %d, customers %d, currencies %s" % (len(invoices), len(cust_names), sorted(currencies)))
if not (1300 <= len(invoices) <= 1800 and 250 <= len(cust_names) <= 350):
    bad("ledger size")

# ---------------------------------------------------------------- payments + labels
if len(payments) != len(labels):
    bad("length mismatch")
bal = {k: D(v["balance"]) for k, v in inv.items()}
seen = set()
prev_date = ""
stat = Counter()
for n, (p, lab) in enumerate(zip(payments, labels)):
    pid = p["id"]
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        bad("payment keys %s" % pid)
    if lab["payment_id"] != pid:
        bad("order mismatch at %d" % n)
    stat[lab["status"]] += 1
    # independent bad-input detection
    errs = []
    if pid in seen:
        errs.append("duplicate payment id")
    if not p["date"]:
        errs.append("missing date")
    if not isinstance(p["amount"], str) or not AMT.match(p["amount"]):
        errs.append("malformed amount")
    elif D(p["amount"]) <= 0:
        errs.append("negative amount")
    if p["currency"] not in currencies:
        errs.append("currency")
    seen.add(pid)
    if errs:
        if lab["status"] != "error" or len(errs) != 1 or not lab.get("error", "").startswith(errs[0]):
            bad("%s: bad input %s but label %s" % (pid, errs, lab["status"]))
        if lab["applications"] or lab["candidates"] or lab["short_pay"] is not None:
            bad("%s: error row with content" % pid)
        continue
    if lab["status"] == "error":
        bad("%s: error label on a clean payment" % pid)
        continue
    if p["date"] < prev_date:
        bad("%s: payments not oldest first" % pid)
    prev_date = p["date"]
    amt, cur = D(p["amount"]), p["currency"]
    before = dict(bal)
    applied = D(0)
    for ap in lab["applications"]:
        i = inv.get(ap["invoice_id"])
        if i is None:
            bad("%s: unknown invoice" % pid)
            continue
        a = D(ap["amount"])
        if i["currency"] != cur:
            bad("%s: cross-currency application" % pid)
        if not (D(0) < a <= bal[i["id"]]):
            bad("%s: application %s exceeds balance %s of %s" % (pid, a, bal[i["id"]], i["number"]))
        bal[i["id"]] -= a
        applied += a
    un = D(lab["unapplied"])
    if applied + un != amt:
        bad("%s: applications %s + unapplied %s != %s" % (pid, applied, un, amt))
    ids = [ap["invoice_id"] for ap in lab["applications"]]
    st = lab["status"]
    sp = lab["short_pay"]
    if st == "applied":
        if not ids or un != 0 or sp or any(bal[i] != 0 for i in ids):
            bad("%s: applied label inconsistent" % pid)
    elif st == "partial":
        if not ids or un != 0 or not any(bal[i] > 0 for i in ids):
            bad("%s: partial label inconsistent" % pid)
        if sp and (sp["invoice_id"] not in ids or D(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]):
            bad("%s: short pay inconsistent" % pid)
    elif st == "unapplied":
        if un <= 0 or sp or any(bal[i] != 0 for i in ids):
            bad("%s: unapplied label inconsistent" % pid)
    elif st == "review":
        if ids or un != amt or sp:
            bad("%s: review label inconsistent" % pid)
        for cset in lab["candidates"]:
            for c in cset:
                if inv[c]["currency"] != cur or before[c] <= 0:
                    bad("%s: candidate %s not open in %s" % (pid, c, cur))
    else:
        bad("%s: status %s" % (pid, st))
    if st != "review" and lab["candidates"]:
        bad("%s: candidates outside review" % pid)
    # scenario-specific certainty checks
    sc = lab["scenario"]
    cid = p["customer_id"]
    if sc in ("amount_unique", "ref_typo"):
        owner = inv[ids[0]]["customer_id"]
        if cid is None:
            pref = [c for c, nm in cust_names.items() if nm.upper().startswith(p["payer_name"])]
            if pref != [owner]:
                bad("%s: payer name does not identify exactly one customer %s" % (pid, pref))
        elif cid != owner:
            bad("%s: customer mismatch" % pid)
        hits = [k for k, v in inv.items() if v["customer_id"] == owner and v["currency"] == cur and before[k] == amt]
        if hits != ids:
            bad("%s: amount not unique for customer (%d hits)" % (pid, len(hits)))
    if sc == "ref_typo":
        digits = {v["number"].split("-")[1] for v in inv.values()}
        for t in re.findall(r"\d{6}", p["reference"] or ""):
            if t in digits:
                bad("%s: typo reference %s is a real invoice number" % (pid, t))
    if sc == "statement_lump":
        opens = {k for k, v in inv.items() if v["customer_id"] == cid and v["currency"] == cur and before[k] > 0}
        if opens != set(ids):
            bad("%s: statement lump is not the whole open balance" % pid)
    if st == "unapplied" and not ids:
        opens = [k for k, v in inv.items() if v["customer_id"] == cid and v["currency"] == cur and before[k] > 0]
        if cid is None or any(before[k] == amt for k in opens) or sum(before[k] for k in opens) == amt:
            bad("%s: unapplied but something fits" % pid)
    if sc in ("amount_twins", "twin_names", "unknown_payer_match", "unknown_payer_nomatch"):
        hits = sorted([k for k, v in inv.items() if v["currency"] == cur and before[k] == amt and
                       (sc.startswith("unknown") or sc == "twin_names" or v["customer_id"] == cid)])
        if sorted(c[0] for c in lab["candidates"]) != hits:
            bad("%s: %s candidates %s vs amount hits %s" % (pid, sc, lab["candidates"], hits))
    if sc == "ref_conflict":
        if [before[c[0]] == amt for c in lab["candidates"]] != [True, False]:
            bad("%s: ref_conflict ordering" % pid)
    if sc == "ref_range":
        m = re.search(r"(\d{6})\D{1,12}?(\d{6})", p["reference"])
        lo, hi = int(m.group(1)), int(m.group(2))
        rng = {k for k, v in inv.items() if lo <= int(v["number"].split("-")[1]) <= hi}
        if rng != set(ids) or any(inv[k]["customer_id"] != inv[ids[0]]["customer_id"] for k in ids):
            bad("%s: range %d-%d does not equal the applied invoices" % (pid, lo, hi))
    if sc in ("ref_exact", "ref_multi", "po_trap", "cn_netted", "part_followup", "group_lump",
              "wht_short", "other_short", "cn_unknown", "part_payment", "overpay", "unexplained_short"):
        text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        for k in ids:
            digits = inv[k]["number"].split("-")[1]
            if digits not in text and not re.search(r"\d{6}\s*(-|עד|ΕΩΣ|TO|THRU)\s*\d{6}", text):
                if not re.search(r"(ΠΛΗΡΩΜΗ ΤΙΜΟΛΟΓΙΩΝ|ADVICE|ΣΥΝΗΜΜΕΝΟ|REMITTANCE|פירוט)", text):
                    bad("%s: invoice %s not named in text" % (pid, inv[k]["number"]))

# ---------------------------------------------------------------- totals
print("payments %d, labels by status %s" % (len(payments), dict(stat)))
if not (380 <= len(payments) <= 420):
    bad("payment count")
if stat["error"] < 8:
    bad("too few error rows")
if problems:
    print("\n".join(problems[:50]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("OK")
