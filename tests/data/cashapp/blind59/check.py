#!/usr/bin/env python3
"""Re-verify every label of the cash-application set from the generated data. Exit 1 on any problem."""
import json
import os
import re
import sys
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.environ.get("CASH_DIR") or os.path.join(HERE, "ledger_uk_ie_merchants")
invoices = json.load(open(os.path.join(DIR, "invoices.json"), encoding="utf-8"))
payments = json.load(open(os.path.join(DIR, "payments.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))
errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


AMT = re.compile(r"^-?\d+\.\d\d$")
INV_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_FIELDS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"]

# ---------------------------------------------------------------- invoices
INV = {}
nums = set()
for i in invoices:
    if list(i.keys()) != INV_FIELDS:
        err(i.get("id"), "invoice fields %s" % list(i.keys()))
    if i["id"] in INV or i["number"] in nums:
        err(i["id"], "duplicate id/number")
    INV[i["id"]] = i
    nums.add(i["number"])
    if i["currency"] not in ("GBP", "EUR"):
        err(i["id"], "currency")
    if not re.match(r"^(SI-2|IE-7)\d{5}$", i["number"]) or (i["number"][:2] == "SI") != (i["currency"] == "GBP"):
        err(i["id"], "number format %s" % i["number"])
    if not AMT.match(i["total"]) or not AMT.match(i["balance"]):
        err(i["id"], "amount format")
    elif not (Decimal(0) < Decimal(i["balance"]) <= Decimal(i["total"])):
        err(i["id"], "balance not in (0, total]")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(i["id"], "due before issue")
if not 1200 <= len(invoices) <= 1800:
    err("-", "invoice count %d" % len(invoices))
by_num = {i["number"]: i for i in invoices}
by_cust = defaultdict(list)
for i in invoices:
    by_cust[i["customer_id"]].append(i["id"])
cust_ids = set(by_cust)

# ---------------------------------------------------------------- payments / labels
if len(payments) != len(labels):
    err("-", "payments %d labels %d" % (len(payments), len(labels)))
bal = {k: Decimal(v["balance"]) for k, v in INV.items()}
cleared_by = {}
prev = None


def parse_amount(a):
    if not isinstance(a, str) or not AMT.match(a):
        return None
    return Decimal(a)


def open_of(cid, cur):
    return [i for i in by_cust[cid] if bal[i] > 0 and INV[i]["currency"] == cur]


def sums(ids, upto=3):
    out = defaultdict(list)
    for k in range(1, upto + 1):
        for c in combinations(ids, k):
            out[sum(bal[i] for i in c)].append(c)
    return out


def digits(n):
    return n.split("-")[1]


def in_text(needle, *texts):
    return any(t and needle.upper() in t.upper().replace("-", "").replace(" ", "") for t in texts) or \
        any(t and needle.upper() in t.upper() for t in texts)


for p, l in zip(payments, labels):
    pid = p["id"]
    if list(p.keys()) != PAY_FIELDS:
        err(pid, "payment fields %s" % list(p.keys()))
    if list(l.keys()) != LAB_FIELDS:
        err(pid, "label fields %s" % list(l.keys()))
    if l["payment_id"] != pid:
        err(pid, "label order")
    d = date.fromisoformat(p["date"])
    if prev and d < prev:
        err(pid, "payments not oldest first")
    prev = d
    if not re.match(r"^\[(en-GB|en-GB-NI|en-IE|cy-GB)\] ", l["note"]):
        err(pid, "note prefix")
    if p["customer_id"] is not None and p["customer_id"] not in cust_ids:
        err(pid, "unknown customer_id")
    ref, rem = p["reference"], p["remittance"]
    sc, st = l["scenario"], l["status"]
    amt = parse_amount(p["amount"])
    bad = sc == "bad_row"
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    # --- arithmetic
    apps = l["applications"]
    for a in apps:
        if not AMT.match(a["amount"]) or Decimal(a["amount"]) <= 0:
            err(pid, "application amount")
        inv = INV.get(a["invoice_id"])
        if inv is None:
            err(pid, "unknown invoice")
            continue
        if inv["currency"] != p["currency"]:
            err(pid, "currency mismatch in application")
        if bal[a["invoice_id"]] < Decimal(a["amount"]):
            err(pid, "takes %s past zero" % inv["number"])
        if date.fromisoformat(inv["issue_date"]) > d:
            err(pid, "invoice issued after payment")
    if len({a["invoice_id"] for a in apps}) != len(apps):
        err(pid, "invoice twice")
    un = Decimal(l["unapplied"])
    tot = sum(Decimal(a["amount"]) for a in apps) + un
    if bad:
        if st != "review" or apps or l["candidates"]:
            err(pid, "bad row must be review, empty")
        valid_amt = amt is not None and amt > 0
        valid_cur = p["currency"] in ("GBP", "EUR")
        if valid_amt and valid_cur:
            err(pid, "bad row looks valid")
        if un != (amt if valid_amt else Decimal(0)):
            err(pid, "bad row unapplied")
        continue
    if amt is None or amt <= 0 or p["currency"] not in ("GBP", "EUR", "USD"):
        err(pid, "invalid row not marked bad")
        continue
    if tot != amt:
        err(pid, "applications + unapplied %s != amount %s" % (tot, amt))
    # customer consistency of applications
    custs = {INV[a["invoice_id"]]["customer_id"] for a in apps if a["invoice_id"] in INV}
    if len(custs) > 1:
        err(pid, "applications span customers")
    if custs and p["customer_id"] and p["customer_id"] not in custs:
        err(pid, "applied to another customer than the bank says")
    # --- status rules
    sp = l["short_pay"]
    if st == "applied":
        if un != 0 or sp or not apps or l["candidates"]:
            err(pid, "applied shape")
        for a in apps:
            if Decimal(a["amount"]) != bal[a["invoice_id"]]:
                err(pid, "applied but %s not cleared" % a["invoice_id"])
    elif st == "partial":
        if un != 0 or not apps:
            err(pid, "partial shape")
        left = [a for a in apps if Decimal(a["amount"]) < bal[a["invoice_id"]]]
        if len(left) != 1:
            err(pid, "partial should leave exactly one invoice open")
        if sp:
            if sp["invoice_id"] != left[0]["invoice_id"]:
                err(pid, "short_pay invoice")
            gap = bal[sp["invoice_id"]] - Decimal(left[0]["amount"])
            if Decimal(sp["amount"]) != gap:
                err(pid, "short_pay amount %s != gap %s" % (sp["amount"], gap))
            n = INV[sp["invoice_id"]]["number"]
            if not rem or n not in rem or sp["reason"] not in rem or "{:,.2f}".format(gap) not in rem:
                err(pid, "short pay not evidenced in remittance")
            if "{:,.2f}".format(amt) not in rem and "%.2f" % amt not in rem:
                err(pid, "remittance total missing")
        else:
            if not ref or not re.search(r"PART|INSTAL|ON ACC", ref.upper()):
                err(pid, "part payment not stated")
    elif st == "unapplied":
        if un <= 0 or sp or l["candidates"]:
            err(pid, "unapplied shape")
        for a in apps:
            if Decimal(a["amount"]) != bal[a["invoice_id"]]:
                err(pid, "overpayment should clear its invoice")
    elif st == "review":
        if apps or sp or un != amt:
            err(pid, "review shape")
        for c in l["candidates"]:
            if not isinstance(c, list) or not c:
                err(pid, "candidate format")
            for i in c:
                if i not in INV or bal[i] <= 0:
                    err(pid, "candidate not open")
    # --- evidence per scenario
    appnums = [INV[a["invoice_id"]]["number"] for a in apps]
    candnums = [[INV[i]["number"] for i in c] for c in l["candidates"]]
    cid_of_apps = next(iter(custs)) if custs else None
    if sc in ("exact_ref", "overpayment", "list_ref"):
        for n in appnums:
            if not in_text(digits(n), ref, rem):
                err(pid, "%s not in reference/remittance" % n)
        if sc == "overpayment":
            others = [i for i in open_of(cid_of_apps, p["currency"]) if i != apps[0]["invoice_id"]]
            if un in sums(others, 2):
                err(pid, "overpayment remainder fits another invoice")
    if sc in ("remittance_multi",):
        for n in appnums:
            if n not in rem:
                err(pid, "%s not in remittance" % n)
    if sc == "range_ref":
        m = re.search(r"(\d{6})\s*(?:-|TO)\s*(\d+)", ref)
        if not m:
            err(pid, "range not found")
        else:
            lo, hi = m.group(1), m.group(2)
            hi = lo[:6 - len(hi)] + hi
            inside = [x for x in invoices if lo <= digits(x["number"]) <= hi and x["currency"] == "GBP"]
            mine = sorted(x["id"] for x in inside if x["customer_id"] == cid_of_apps)
            if mine != sorted(a["invoice_id"] for a in apps):
                err(pid, "range does not equal applied set")
    if sc == "truncated_list":
        if len(ref) > 18 or not in_text(digits(appnums[0]), ref):
            err(pid, "truncated list evidence")
        frag = ref.split()[-1][2:]
        hits = [i for i in open_of(cid_of_apps, p["currency"]) if digits(INV[i]["number"]).startswith(frag)
                and INV[i]["number"] != appnums[0]]
        if [INV[i]["number"] for i in hits] != [appnums[1]]:
            err(pid, "truncated fragment not unique")
    if sc in ("typo_ref", "amount_only", "po_lookalike"):
        if len(apps) != 1:
            err(pid, "one invoice expected")
        elif [i for i in open_of(cid_of_apps, p["currency"]) if bal[i] == amt] != [apps[0]["invoice_id"]]:
            err(pid, "amount not unique for customer")
        if sc == "amount_only" and p["customer_id"] != cid_of_apps:
            err(pid, "amount-only needs the bank's customer id")
        if sc == "typo_ref":
            n = digits(appnums[0])
            r = re.sub(r"\D", "", ref or "")
            if r == n or r in {digits(x) for x in by_num}:
                err(pid, "typo is not a typo")
            if not (len(r) in (5, 6) and sum(a != b for a, b in zip(r, n)) <= 2 or n.startswith(r[:2])):
                err(pid, "typo too far")
        if sc == "po_lookalike":
            m = re.search(r"(?:PO|ORD(?:ER)?|P/O)\s*#?\s*(\d{6})", (ref or "") + "\n" + (rem or ""))
            mm = re.findall(r"SI-\d{6}, (\d{6}),", rem or "")
            po = (mm[0] if mm else None) or (m.group(1) if m else None)
            if not po or "SI-" + po not in by_num or by_num["SI-" + po]["customer_id"] == cid_of_apps:
                err(pid, "PO look-alike evidence")
    if sc == "second_payment":
        m = [n for n in cleared_by if in_text(digits(n), ref, rem)]
        if not m or INV[by_num[m[0]]["id"]]["customer_id"] not in ({p["customer_id"]} | set()) and p["customer_id"]:
            err(pid, "second payment: no earlier payment cleared the referenced invoice")
        elif by_num[m[0]]["id"] in bal and bal[by_num[m[0]]["id"]] != 0:
            err(pid, "second payment: invoice still open")
    if sc == "known_no_fit":
        if not p["customer_id"] or amt in sums(open_of(p["customer_id"], p["currency"]), 3):
            err(pid, "known_no_fit fits something")
    if sc == "unknown_payer":
        if p["customer_id"] or any(bal[i] == amt for i in bal if INV[i]["currency"] == p["currency"]):
            err(pid, "unknown payer evidence")
    if sc in ("ambiguous_same_amount", "ambiguous_payer", "ambiguous_subset"):
        if len(l["candidates"]) < 2:
            err(pid, "ambiguous needs two candidates")
        for c in l["candidates"]:
            if sum(bal[i] for i in c) != amt:
                err(pid, "candidate does not sum to amount")
    if sc == "ref_amount_conflict":
        b, a = l["candidates"][0][0], l["candidates"][1][0]
        if bal[b] != amt or not in_text(digits(INV[a]["number"]), ref) or bal[a] == amt:
            err(pid, "conflict evidence")
    if sc == "currency_mismatch":
        if INV[l["candidates"][0][0]]["currency"] == p["currency"] or not in_text(digits(candnums[0][0]), ref):
            err(pid, "currency mismatch evidence")
    if sc in ("third_party", "short_unexplained", "typo_ref_amount_off"):
        i = l["candidates"][0][0]
        if sc != "typo_ref_amount_off" and not in_text(digits(INV[i]["number"]), ref):
            err(pid, "reference evidence")
        if sc == "third_party" and (INV[i]["customer_id"] == p["customer_id"] or bal[i] != amt):
            err(pid, "third party evidence")
        if sc != "third_party" and bal[i] == amt:
            err(pid, "amount should differ")
    # --- apply
    for a in apps:
        bal[a["invoice_id"]] -= Decimal(a["amount"])
        if bal[a["invoice_id"]] == 0:
            cleared_by[INV[a["invoice_id"]]["number"]] = pid

if errors:
    print("\n".join(errors[:80]))
    print("%d problems" % len(errors))
    sys.exit(1)
print("OK: %d invoices, %d payments, %d labels" % (len(invoices), len(payments), len(labels)))
