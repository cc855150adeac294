#!/usr/bin/env python3
"""Sanity checker for ledger_iberian_wine (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_iberian_wine")
invoices = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
payments = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
problems = []


def bad(msg):
    problems.append(msg)


INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
DEC = re.compile(r"^\d+\.\d\d$")
inv = {}
for i in invoices:
    if list(i) != INV_KEYS:
        bad("invoice keys %s" % i.get("id"))
    if i["id"] in inv:
        bad("dup invoice id %s" % i["id"])
    inv[i["id"]] = i
    if not (DEC.match(i["total"]) and DEC.match(i["balance"])) or not (0 < Decimal(i["balance"]) <= Decimal(i["total"])):
        bad("invoice amounts %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        bad("due before issue %s" % i["id"])
nums = Counter(i["number"] for i in invoices)
if any(v > 1 for v in nums.values()):
    bad("duplicate invoice numbers")
if not (1300 <= len(invoices) <= 1700) or not (250 <= len({i["customer_id"] for i in invoices}) <= 350):
    bad("size of invoices")
if not (350 <= len(payments) <= 450) or len(payments) != len(labels):
    bad("size of payments/labels")

SEQ = {}
for i in invoices:
    m = re.match(r"^(FRA)-(\d{4})-(\d{5})$", i["number"]) or re.match(r"^(FT) (\d{4})/(\d+)$", i["number"])
    if not m:
        bad("number format %s" % i["number"])
        continue
    i_seq = int(m.group(3))
    SEQ[i["id"]] = i_seq

currencies = {i["currency"] for i in invoices}
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
seen_ids = set()
last_date = ""
AMOUNT_RE = re.compile(r"(?<![\d/])\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}(?!\d)|\b20\d\d-\d\d-\d\d\b|\b\d\d/\d\d/20\d\d\b")
stray = []
REF_SCEN = ("exact_ref", "multi_list", "range", "part_payment", "remainder", "short_pay", "multi_short", "overpay",
            "po_number", "year_series", "duplicate")


def digits_in(text):
    text = AMOUNT_RE.sub(" ", text)
    return {int(t) for t in re.findall(r"\d+", text)}


def subsets(invs, amount, maxk=None):
    out = []
    for k in range(1, (maxk or len(invs)) + 1):
        for c in combinations(invs, k):
            if sum(bal[x["id"]] for x in c) == amount:
                out.append(c)
    return out


for n, (p, lb) in enumerate(zip(payments, labels)):
    if lb["payment_id"] != p["id"]:
        bad("row %d id mismatch" % n)
    for k in ("status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if k not in lb:
            bad("row %d label lacks %s" % (n, k))
    if lb["status"] == "error":
        amt_ok = isinstance(p.get("amount"), str) and DEC.match(p["amount"] or "") is not None
        why = []
        if not amt_ok:
            why.append("amount")
        if not p.get("date"):
            why.append("date")
        if p.get("currency") not in currencies:
            why.append("currency")
        if p["id"] in seen_ids:
            why.append("dup")
        if not why or lb["applications"] or not lb.get("error"):
            bad("row %d error row not actually bad: %s" % (n, p["id"]))
        continue
    if list(p) != PAY_KEYS:
        bad("payment keys %s" % p["id"])
    if p["id"] in seen_ids:
        bad("dup id on good row %s" % p["id"])
    seen_ids.add(p["id"])
    if not p["date"] or p["date"] < last_date:
        bad("date order at %s" % p["id"])
    last_date = p["date"]
    if not DEC.match(p["amount"]) or p["currency"] not in currencies:
        bad("good row with bad amount/currency %s" % p["id"])
        continue
    amt = Decimal(p["amount"])
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    cust = p["customer_id"]
    open_before = {x: bal[x] for x in bal if bal[x] > 0}
    tot = Decimal(lb["unapplied"])
    for a in lb["applications"]:
        x = Decimal(a["amount"])
        i = inv.get(a["invoice_id"])
        if i is None or i["currency"] != p["currency"] or x <= 0 or x > bal[i["id"]]:
            bad("bad application %s %s" % (p["id"], a))
            continue
        if cust and i["customer_id"] != cust:
            bad("application to another customer's invoice %s" % p["id"])
        tot += x
    if tot != amt:
        bad("sum mismatch %s" % p["id"])
    st, sc = lb["status"], lb["scenario"]
    app_ids = [a["invoice_id"] for a in lb["applications"]]
    cand_ids = {x for g in lb["candidates"] for x in g}
    # references: every applied invoice is written in the text (by its sequence number)
    if sc.startswith(REF_SCEN) and sc != "range":
        for x in app_ids:
            if SEQ[x] not in digits_in(text) and ("%05d" % SEQ[x]) not in text:
                bad("%s: applied invoice %s not in text" % (p["id"], inv[x]["number"]))
    if sc == "duplicate_payment":
        if st != "unapplied" or app_ids or lb["unapplied"] != p["amount"]:
            bad("duplicate label %s" % p["id"])
    # amount-based applications must be unique at the time
    if sc in ("amount_only", "lump_no_list", "name_amount"):
        c = inv[app_ids[0]]["customer_id"]
        op = [i for i in invoices if i["customer_id"] == c and bal[i["id"]] > 0 and i["currency"] == p["currency"]]
        m = subsets(op, amt)
        if len(m) != 1 or sorted(x["id"] for x in m[0]) != sorted(app_ids):
            bad("%s: amount match not unique (%d sets)" % (p["id"], len(m)))
        if sc == "name_amount" and any(bal[i["id"]] == amt for i in invoices if i["customer_id"] != c and i["currency"] == p["currency"]):
            bad("%s: name_amount amount also elsewhere" % p["id"])
    if sc == "statement_total":
        c = cust
        op = [i["id"] for i in invoices if i["customer_id"] == c and bal[i["id"]] > 0 and i["currency"] == p["currency"]]
        if sorted(op) != sorted(app_ids):
            bad("%s statement not the whole account" % p["id"])
    if st == "review":
        if app_ids or lb["unapplied"] != p["amount"]:
            bad("review must apply nothing %s" % p["id"])
        for g in lb["candidates"]:
            if any(inv[x]["currency"] != p["currency"] or bal[x] <= 0 for x in g):
                bad("bad candidate %s" % p["id"])
        if sc in ("review_same_amount", "review_single_vs_pair", "review_two_customers"):
            if len(lb["candidates"]) < 2 or any(sum(bal[x] for x in g) != amt for g in lb["candidates"]):
                bad("review candidates do not each fit %s" % p["id"])
        if sc == "review_two_customers" and (cust is not None or len({inv[g[0]]["customer_id"] for g in lb["candidates"]}) < 2):
            bad("two customers %s" % p["id"])
    if st == "unapplied":
        if cust is None or Decimal(lb["unapplied"]) <= 0:
            bad("unapplied needs a known customer %s" % p["id"])
        if sc == "on_account":
            op = [i for i in invoices if i["customer_id"] == cust and bal[i["id"]] > 0 and i["currency"] == p["currency"]]
            if subsets(op, amt):
                bad("on_account fits something %s" % p["id"])
    if st == "partial" and lb["short_pay"]:
        sp = lb["short_pay"]
        if sp["invoice_id"] not in app_ids or not sp.get("reason"):
            bad("short pay %s" % p["id"])
    if st == "applied" and (Decimal(lb["unapplied"]) != 0 or lb["short_pay"] or lb["candidates"]):
        bad("applied row shape %s" % p["id"])
    # stray invoice-looking numbers of this customer's open invoices that the label does not use
    c = cust or (inv[app_ids[0]]["customer_id"] if app_ids else None)
    if c:
        toks = digits_in(text)
        for i in invoices:
            if i["customer_id"] == c and open_before.get(i["id"]) and SEQ[i["id"]] in toks \
                    and i["id"] not in app_ids and i["id"] not in cand_ids and sc != "po_number_trap" \
                    and not sc.startswith("review"):
                stray.append((p["id"], sc, i["number"]))
    for a in lb["applications"]:
        bal[a["invoice_id"]] -= Decimal(a["amount"])
        if bal[a["invoice_id"]] < 0:
            bad("negative balance %s" % a["invoice_id"])
    if st == "partial":
        if lb["short_pay"]:
            if bal[lb["short_pay"]["invoice_id"]] != Decimal(lb["short_pay"]["amount"]):
                bad("short pay amount is not what stays open %s" % p["id"])
        elif not any(bal[x] > 0 for x in app_ids):
            bad("partial leaves nothing open %s" % p["id"])

for s_ in stray:
    bad("stray number: %s %s mentions open invoice %s of the same customer" % s_)

st = Counter(l["status"] for l in labels)
for need, lo in (("applied", 150), ("partial", 30), ("unapplied", 20), ("review", 25), ("error", 8)):
    if st[need] < lo:
        bad("too few %s" % need)
for p in problems:
    print("PROBLEM:", p)
print("checked %d invoices, %d payments: %s; %d problems" % (len(invoices), len(payments), dict(st), len(problems)))
sys.exit(1 if problems else 0)
