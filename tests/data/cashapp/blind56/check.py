#!/usr/bin/env python3
"""Sanity checker for ledger_asia_components (not part of the data). Exits non-zero on a problem."""
import itertools
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_asia_components")
inv = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
problems = []


def bad(msg):
    problems.append(msg)


DEC = re.compile(r"^-?\d+\.\d{2}$")
byid = {i["id"]: i for i in inv}
bynum = {i["number"]: i for i in inv}
assert len(byid) == len(inv) and len(bynum) == len(inv), "duplicate invoice id/number"
currencies = {i["currency"] for i in inv}
for i in inv:
    for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
        if k not in i:
            bad("invoice %s lacks %s" % (i.get("id"), k))
    if not (DEC.match(i["total"]) and DEC.match(i["balance"])):
        bad("invoice %s amount format" % i["id"])
    if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
        bad("invoice %s balance out of range" % i["id"])
    if i["currency"] in ("JPY", "KRW", "TWD") and not i["balance"].endswith(".00"):
        bad("invoice %s fractional %s" % (i["id"], i["currency"]))
    date.fromisoformat(i["issue_date"]); date.fromisoformat(i["due_date"])

bal = {i["id"]: Decimal(i["balance"]) for i in inv}
cur_of = {i["id"]: i["currency"] for i in inv}
if len(pay) != len(lab):
    bad("payments %d labels %d" % (len(pay), len(lab)))


def open_invs(cid, cur):
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def subsets(cid, cur, amount, maxk=4):
    o = open_invs(cid, cur)
    if len(o) > 20:
        maxk = 3
    out = set()
    for k in range(1, min(maxk, len(o)) + 1):
        for c in itertools.combinations(o, k):
            if sum(bal[x["id"]] for x in c) == amount:
                out.add(frozenset(x["id"] for x in c))
    return out


seen = set()
last_date = None
paid_by = {}
for n, (p, l) in enumerate(zip(pay, lab)):
    tag = "#%d %s" % (n, p.get("id"))
    if p.get("id") != l.get("payment_id"):
        bad(tag + " id mismatch")
        continue
    # is the row bad input?
    why = None
    amt = None
    try:
        if not isinstance(p.get("amount"), str) or not DEC.match(p["amount"]):
            raise InvalidOperation
        amt = Decimal(p["amount"])
    except InvalidOperation:
        why = "malformed"
    if why is None and amt <= 0:
        why = "negative"
    if why is None and p.get("currency") not in currencies:
        why = "currency"
    if not p.get("date"):
        why = why or "missing_date"
    if p["id"] in seen:
        why = why or "dup_id"
    seen.add(p["id"])
    if why:
        if l["status"] != "error" or l["applications"] or not l.get("error") or l["scenario"] != "bad_input_" + why:
            bad(tag + " should be error %s, label %s/%s" % (why, l["status"], l["scenario"]))
        continue
    if l["status"] == "error":
        bad(tag + " labelled error but row is fine")
        continue
    d = date.fromisoformat(p["date"])
    if last_date and d < last_date:
        bad(tag + " not oldest first")
    last_date = d
    cur = p["currency"]
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        bad(tag + " status " + st)
    before = dict(bal)
    total = Decimal(l["unapplied"])
    for a in l["applications"]:
        iid = a["invoice_id"]
        x = Decimal(a["amount"])
        if iid not in byid:
            bad(tag + " unknown invoice " + iid); continue
        if cur_of[iid] != cur:
            bad(tag + " cross-currency application")
        if not (0 < x <= bal[iid]):
            bad(tag + " over-applies %s (%s > %s)" % (iid, x, bal[iid]))
        if date.fromisoformat(byid[iid]["issue_date"]) > d:
            bad(tag + " applies to an invoice issued later")
        bal[iid] -= x
        total += x
        if bal[iid] == 0:
            paid_by[iid] = p["id"]
    if total != amt:
        bad(tag + " applications + unapplied %s != amount %s" % (total, amt))
    apps = {a["invoice_id"] for a in l["applications"]}
    custs = {byid[i]["customer_id"] for i in apps}
    if len(custs) > 1:
        bad(tag + " applications span customers")
    if p.get("customer_id") and custs and custs != {p["customer_id"]}:
        bad(tag + " applied to another customer than customer_id")
    if st == "applied" and (not apps or Decimal(l["unapplied"]) != 0 or l["short_pay"]):
        bad(tag + " bad applied")
    if st == "partial":
        if not apps or Decimal(l["unapplied"]) != 0 or not any(bal[i] > 0 for i in apps):
            bad(tag + " bad partial")
        sp = l["short_pay"]
        if sp and (sp["invoice_id"] not in apps or bal[sp["invoice_id"]] != Decimal(sp["amount"])):
            bad(tag + " short_pay does not equal what stays open")
    if st == "unapplied" and (Decimal(l["unapplied"]) <= 0 or l["short_pay"]):
        bad(tag + " bad unapplied")
    if st == "review":
        if apps or Decimal(l["unapplied"]) != amt:
            bad(tag + " review applies something")
        for c in l["candidates"]:
            if not all(cur_of[i] == cur and before[i] > 0 for i in c):
                bad(tag + " candidate not open / wrong currency")
    elif l["candidates"]:
        bad(tag + " candidates on a decided payment")
    # scenario-specific re-checks against the balances this payment saw
    sc = l["scenario"]
    if sc in ("amount_only_unique", "reference_typo", "po_number_trap", "amount_looks_like_invoice_number",
              "po_partial_shipments"):
        cid = byid[next(iter(apps))]["customer_id"]
        bal_now = bal
        bal = before
        m = subsets(cid, cur, amt)
        bal = bal_now
        if m != {frozenset(apps)}:
            bad(tag + " %s not unique: %s" % (sc, m))
    if sc in ("review_same_amount_twice", "review_one_or_two"):
        bal_now, bal = bal, before
        cid = byid[l["candidates"][0][0]]["customer_id"]
        m = subsets(cid, cur, amt)
        bal = bal_now
        if m != {frozenset(c) for c in l["candidates"]} or len(m) < 2:
            bad(tag + " ambiguity check failed")
    if sc == "review_two_customers":
        singles = {i["id"] for i in inv if i["currency"] == cur and before[i["id"]] == amt}
        if singles != {c[0] for c in l["candidates"]} or len(singles) != 2 or p.get("customer_id"):
            bad(tag + " two-customer check failed")
    if sc.startswith("review") and sc not in ("review_near_amount_no_reference", "review_currency_mismatch",
                                              "review_unknown_payer"):
        for c in l["candidates"]:
            if sum(before[i] for i in c) != amt:
                bad(tag + " candidate does not sum to the amount")
    if sc == "review_unknown_payer" and any(before[i["id"]] == amt and i["currency"] == cur for i in inv):
        bad(tag + " unknown payer amount fits an invoice")
    if sc == "duplicate_payment_of_paid_invoice":
        ref = (p.get("reference") or "") + " " + p["payer_name"]
        hits = [i for i in inv if i["number"].split("-")[1] in ref]
        if not hits or any(before[i["id"]] != 0 for i in hits):
            bad(tag + " duplicate payment names an invoice that is still open")
    if sc in ("shimebi_statement", "shimebi_statement_except"):
        m = re.search(r"\((\d{4}-\d{2}-\d{2}) closing\)", p["remittance"])
        close = date.fromisoformat(m.group(1))
        if close.day == 20:
            lo = date(close.year - (close.month == 1), (close.month - 2) % 12 + 1, 21)
        else:
            lo = close.replace(day=1)
        cid = byid[next(iter(apps))]["customer_id"]
        period = {i["id"] for i in inv if i["customer_id"] == cid and lo <= date.fromisoformat(i["issue_date"]) <= close}
        held = set()
        h = re.search(r"HORYU: (SI-\d+)", p["remittance"])
        if h:
            held = {bynum[h.group(1)]["id"]}
        if apps != period - held or not held <= period:
            bad(tag + " shimebi set mismatch")
    if sc == "invoice_range":
        nums = sorted(int(byid[i]["number"][3:]) for i in apps)
        if nums != list(range(nums[0], nums[-1] + 1)):
            bad(tag + " range not consecutive")
        if any(i["number"] == "SI-%d" % k and i["id"] not in apps for i in inv for k in range(nums[0], nums[-1] + 1)):
            bad(tag + " range includes a foreign invoice")

from collections import Counter
print("payments", len(pay), Counter(l["status"] for l in lab))
if problems:
    print("\n".join(problems[:50]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("OK")
