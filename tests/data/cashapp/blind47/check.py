#!/usr/bin/env python3
"""Sanity checker for ledger_africa (not part of the data).  Reads only the JSON files,
replays the payments in file order and re-verifies every label.  Exit 1 on a problem."""
import itertools
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_africa")
invoices = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
payments = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
problems = []


def P(m):
    problems.append(m)


DEC = re.compile(r"\d+\.\d{2}")
INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]

# ---- invoices
byid = {}
bynum = {}
for i in invoices:
    if list(i) != INV_KEYS:
        P("invoice keys %s" % i.get("id"))
    if i["id"] in byid:
        P("duplicate invoice id %s" % i["id"])
    byid[i["id"]] = i
    bynum[int(i["number"][4:])] = i
    if not (DEC.fullmatch(i["total"]) and DEC.fullmatch(i["balance"])):
        P("invoice amount format %s" % i["id"])
    if not (D("0") < D(i["balance"]) <= D(i["total"])):
        P("invoice balance out of range %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        P("due before issue %s" % i["id"])
curs = {i["currency"] for i in invoices}
cust_of = {i["customer_id"] for i in invoices}
if not (1300 <= len(invoices) <= 1700):
    P("invoice count %d" % len(invoices))
if not (250 <= len(cust_of) <= 350):
    P("customer count %d" % len(cust_of))
if len(payments) != len(labels) or not (350 <= len(payments) <= 450):
    P("payment/label count")

bal = {k: D(v["balance"]) for k, v in byid.items()}
seen = set()
last_date = ""
NAME_OR_ACC = {"name_and_amount", "ambiguous_name_amount_decides", "mpesa_customer_account"}
for p, lab in zip(payments, labels):
    pid = p["id"]
    if list(p) != PAY_KEYS:
        P("payment keys %s" % pid)
    if lab["payment_id"] != pid:
        P("label order at %s" % pid)
    if not lab.get("scenario") or not lab.get("note", "").startswith("[%s, " % lab["scenario"]):
        P("note/scenario %s" % pid)
    st = lab["status"]
    if st == "error":
        e = lab.get("error") or ""
        ok = {"duplicate payment id": pid in seen,
              "negative amount": bool(re.fullmatch(r"-\d+\.\d{2}", p["amount"] or "")),
              "malformed amount": not re.fullmatch(r"-?\d+\.\d{2}", p["amount"] or ""),
              "missing date": not p["date"]}.get(e)
        if e.startswith("currency"):
            ok = p["currency"] not in curs
        if not ok:
            P("%s error not justified: %s" % (pid, e))
        if lab["applications"] or lab["candidates"] or lab["short_pay"]:
            P("%s error row with content" % pid)
        seen.add(pid)
        continue
    if pid in seen:
        P("%s duplicate id" % pid)
    seen.add(pid)
    if p["date"] < last_date:
        P("%s not oldest first" % pid)
    last_date = p["date"]
    if not DEC.fullmatch(p["amount"]) or p["currency"] not in curs:
        P("%s bad amount/currency" % pid)
        continue
    amt = D(p["amount"])
    cur = p["currency"]
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    nums = {int(x) for x in re.findall(r"\d+", text) if len(x) == 6}
    apps = lab["applications"]
    una = D(lab["unapplied"])
    if sum((D(a["amount"]) for a in apps), D(0)) + una != amt or una < 0:
        P("%s applications + unapplied != amount" % pid)
    owners = {byid[a["invoice_id"]]["customer_id"] for a in apps}
    if len(owners) > 1:
        P("%s applications across customers" % pid)
    if p["customer_id"] and owners and owners != {p["customer_id"]}:
        P("%s applied to another customer than the bank says" % pid)
    if not p["customer_id"] and apps and lab["scenario"] not in NAME_OR_ACC:
        if not any(int(byid[a["invoice_id"]]["number"][4:]) in nums for a in apps) and lab["scenario"] != "invoice_range":
            P("%s no customer id and no applied invoice named" % pid)
    # amount-only applications on a known account: exactly one open invoice of that balance
    if st == "applied" and len(apps) == 1 and not any(int(byid[a["invoice_id"]]["number"][4:]) in nums for a in apps):
        c = byid[apps[0]["invoice_id"]]["customer_id"]
        same = [k for k, v in byid.items() if v["customer_id"] == c and v["currency"] == cur and bal[k] == amt]
        if len(same) != 1:
            P("%s amount-only application is not unique" % pid)
        op = [k for k, v in byid.items() if v["customer_id"] == c and v["currency"] == cur and bal[k] > 0]
        for n in (2, 3):
            for comb in itertools.combinations(op, n):
                if sum(bal[k] for k in comb) == amt:
                    P("%s amount-only: a combination also fits" % pid)
    for a in apps:
        inv = byid[a["invoice_id"]]
        x = D(a["amount"])
        if inv["currency"] != cur:
            P("%s cross-currency" % pid)
        if x <= 0 or x > bal[inv["id"]]:
            P("%s over-application on %s" % (pid, inv["number"]))
        bal[inv["id"]] -= x
    left = [bal[a["invoice_id"]] for a in apps]
    if st == "applied":
        if una != 0 or not apps or any(left) or lab["short_pay"] or lab["candidates"]:
            P("%s applied label inconsistent" % pid)
    elif st == "partial":
        if una != 0 or not apps or not any(left) or lab["candidates"]:
            P("%s partial label inconsistent" % pid)
        sh = lab["short_pay"]
        if sh and (sh["invoice_id"] not in [a["invoice_id"] for a in apps] or bal[sh["invoice_id"]] != D(sh["amount"])
                   or not sh["reason"]):
            P("%s short_pay inconsistent" % pid)
    elif st == "unapplied":
        if una <= 0 or any(left) or lab["short_pay"] or lab["candidates"]:
            P("%s unapplied label inconsistent" % pid)
        if not apps and not p["customer_id"]:
            P("%s held on account without a known customer" % pid)
    elif st == "review":
        if apps or una != amt or lab["short_pay"]:
            P("%s review label inconsistent" % pid)
        for cs in lab["candidates"]:
            tot = sum(bal[k] for k in cs)
            if any(byid[k]["currency"] != cur or bal[k] <= 0 for k in cs):
                P("%s bad candidate" % pid)
            if len({byid[k]["customer_id"] for k in cs}) != 1:
                P("%s candidate set spans customers" % pid)
    else:
        P("%s unknown status %s" % (pid, st))

cnt = Counter(l["status"] for l in labels)
for k, lo in [("applied", 150), ("partial", 40), ("unapplied", 25), ("review", 25), ("error", 8)]:
    if cnt[k] < lo:
        P("too few %s" % k)
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("ok: %d invoices, %d payments, %s" % (len(invoices), len(payments), dict(cnt)))
