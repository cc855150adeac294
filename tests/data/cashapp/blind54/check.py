#!/usr/bin/env python3
"""Sanity checker for ledger_cee_furniture (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
import unicodedata
from itertools import combinations

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ledger_cee_furniture")
inv_rows = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pays = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
labs = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
problems = []


def bad(msg):
    problems.append(msg)


def cents(s):
    if not (isinstance(s, str) and re.fullmatch(r"-?\d+\.\d\d", s)):
        raise ValueError(s)
    return int(s.replace(".", ""))


def norm(s):
    s = unicodedata.normalize("NFKD", s.replace("–", "-"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).upper()


inv = {r["id"]: r for r in inv_rows}
if len(inv) != len(inv_rows):
    bad("duplicate invoice id")
nums = {r["number"]: r for r in inv_rows}
if len(nums) != len(inv_rows):
    bad("duplicate invoice number")
for r in inv_rows:
    if not (0 < cents(r["balance"]) <= cents(r["total"])) or r["due_date"] < r["issue_date"]:
        bad("invoice %s inconsistent" % r["id"])
cust_names = {}
for r in inv_rows:
    cust_names[r["customer_id"]] = r["customer_name"]
normed = {k: norm(v) for k, v in cust_names.items()}
if len(set(cust_names.values())) != len(cust_names):
    bad("two customers share a name")
curs = {r["currency"] for r in inv_rows}
bal = {r["id"]: cents(r["balance"]) for r in inv_rows}
by_cust = {}
for r in inv_rows:
    by_cust.setdefault(r["customer_id"], []).append(r)


def open_of(cid, cur):
    return [r for r in by_cust[cid] if r["currency"] == cur and bal[r["id"]] > 0]


def n_subsets(pool, amount, cap=2):
    vals = [bal[r["id"]] for r in pool]
    k_max = len(vals) if len(vals) <= 14 else 4
    n = 0
    for k in range(1, k_max + 1):
        for c in combinations(vals, k):
            if sum(c) == amount:
                n += 1
                if n >= cap:
                    return n
    return n


REQ = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
if len(pays) != len(labs):
    bad("payments/labels length differ")
seen, last = set(), None
for p, l in zip(pays, labs):
    pid = p["id"]
    if set(l) - {"error"} != REQ:
        bad("%s label keys %s" % (pid, sorted(l)))
    if l["payment_id"] != pid:
        bad("%s label out of order" % pid)
    if p["date"]:
        if last and p["date"] < last:
            bad("%s date out of order" % pid)
        last = p["date"]
    if l["status"] == "error":
        ok_bad = (pid in seen or not p["date"] or p["currency"] not in curs
                  or not re.fullmatch(r"\d+\.\d\d", str(p["amount"])))
        if not ok_bad or not l.get("error") or l["applications"] or l["candidates"] or l["short_pay"]:
            bad("%s error row not a real bad input" % pid)
        seen.add(pid)
        continue
    if pid in seen or not p["date"] or p["currency"] not in curs:
        bad("%s bad input labelled as normal" % pid)
    seen.add(pid)
    amt = cents(p["amount"])
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    apps = l["applications"]
    if sum(cents(a["amount"]) for a in apps) + cents(l["unapplied"]) != amt or amt <= 0:
        bad("%s does not add up" % pid)
    # pre-application checks that depend on the state before this payment
    sc = l["scenario"]
    if sc in ("name_amount", "id_amount", "po_lookalike", "typo_reference") and len(apps) == 1:
        r = inv[apps[0]["invoice_id"]]
        if n_subsets(open_of(r["customer_id"], r["currency"]), amt) != 1:
            bad("%s amount not unique for the customer" % pid)
        if not p["customer_id"]:
            hits = [k for k, n in normed.items() if n.startswith(p["payer_name"])]
            if hits != [r["customer_id"]]:
                bad("%s payer name does not identify exactly the customer: %s" % (pid, hits))
        if r["number"] in text:
            bad("%s invoice number present in a no-number scenario" % pid)
    if sc == "statement_lump":
        cid = inv[apps[0]["invoice_id"]]["customer_id"]
        pool = open_of(cid, p["currency"])
        if {a["invoice_id"] for a in apps} != {r["id"] for r in pool} or n_subsets(pool, amt) != 1:
            bad("%s statement lump is not the unique full balance" % pid)
    if sc in ("ref_exact", "remit_exact", "multi_list", "group_lump", "group_short", "short_install",
              "short_damage", "short_skonto", "short_fee", "part_payment", "overpay_deposit", "overpay_round", "remainder"):
        for a in apps:
            if inv[a["invoice_id"]]["number"] not in text:
                bad("%s applied invoice %s not named in text" % (pid, inv[a["invoice_id"]]["number"]))
    if sc == "range":
        found = re.findall(r"\d{8}", text)
        lo = min(int(x) for x in found)
        hi = int(found[-1]) if len(found) > 1 else None
        got = sorted(int(inv[a["invoice_id"]]["number"]) for a in apps)
        if got[0] != lo or got != list(range(got[0], got[0] + len(got))):
            bad("%s range mismatch" % pid)
    if sc == "ambiguous_payer":
        hits = [k for k, n in normed.items() if n.startswith(p["payer_name"])]
        owners = {inv[c["invoice_ids"][0]]["customer_id"] for c in l["candidates"]}
        if len(hits) < 2 or not owners <= set(hits):
            bad("%s payer name not ambiguous" % pid)
    if sc == "duplicate_payment":
        named = [n for n in nums if n in text]
        if len(named) != 1 or bal[nums[named[0]]["id"]] != 0:
            bad("%s duplicate payment but the invoice is still open" % pid)
    if apps and sc != "po_lookalike":
        applied_nums = {inv[a["invoice_id"]]["number"] for a in apps}
        stray = [n for n in nums if n in text and n not in applied_nums]
        if stray:
            bad("%s text names invoices not applied: %s" % (pid, stray))
    if p["customer_id"] and p["customer_id"] not in cust_names:
        bad("%s unknown customer_id" % pid)
    # apply
    for a in apps:
        r = inv.get(a["invoice_id"])
        x = cents(a["amount"])
        if r is None or r["currency"] != p["currency"] or not (0 < x <= bal[r["id"]]):
            bad("%s bad application %s" % (pid, a))
            continue
        bal[r["id"]] -= x
    st = l["status"]
    if st == "applied":
        if not apps or cents(l["unapplied"]) or l["short_pay"] or l["candidates"]:
            bad("%s applied shape" % pid)
    elif st == "partial":
        if not apps or cents(l["unapplied"]) or l["candidates"] or not any(bal[a["invoice_id"]] for a in apps):
            bad("%s partial shape" % pid)
        sp = l["short_pay"]
        if sp and (sp["invoice_id"] not in {a["invoice_id"] for a in apps} or cents(sp["amount"]) != bal[sp["invoice_id"]]):
            bad("%s short_pay mismatch" % pid)
        if sc.startswith("short") or sc == "group_short":
            if not sp:
                bad("%s deduction without short_pay" % pid)
    elif st == "unapplied":
        rem = cents(l["unapplied"])
        if rem <= 0 or l["short_pay"] or l["candidates"]:
            bad("%s unapplied shape" % pid)
        if p["customer_id"] or apps:
            cid = p["customer_id"] or inv[apps[0]["invoice_id"]]["customer_id"]
            if n_subsets(open_of(cid, p["currency"]), rem, cap=1):
                bad("%s unapplied remainder fits an open invoice set" % pid)
    elif st == "review":
        if apps or cents(l["unapplied"]) != amt or not l["candidates"] or l["short_pay"]:
            bad("%s review shape" % pid)
        for c in l["candidates"]:
            for iid in c["invoice_ids"]:
                if inv[iid]["currency"] != p["currency"] or bal[iid] <= 0:
                    bad("%s candidate %s not open/same currency" % (pid, iid))
    else:
        bad("%s unknown status %s" % (pid, st))
for r in inv_rows:
    if bal[r["id"]] < 0:
        bad("negative balance %s" % r["id"])
n_err = sum(l["status"] == "error" for l in labs)
if not (1300 <= len(inv_rows) <= 1700 and 350 <= len(pays) <= 450 and 8 <= n_err <= 12 and 250 <= len(cust_names) <= 350):
    bad("counts off: %d invoices %d payments %d errors %d customers" % (len(inv_rows), len(pays), n_err, len(cust_names)))
if problems:
    print("\n".join(problems[:50]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("ok: %d invoices, %d customers, %d payments, %d error rows" % (len(inv_rows), len(cust_names), len(pays), n_err))
