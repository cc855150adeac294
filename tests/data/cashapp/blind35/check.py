#!/usr/bin/env python3
"""Sanity checker for ledger_balkans (not part of the data). Reads only the JSON files,
replays the payments in file order and re-verifies every label. Exit 1 on any problem."""
import json
import os
import re
import sys
from decimal import Decimal as D, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LD = os.path.join(HERE, "ledger_balkans")
invoices = json.load(open(os.path.join(LD, "invoices.json"), encoding="utf-8"))
payments = json.load(open(os.path.join(LD, "payments.json"), encoding="utf-8"))
labels = json.load(open(os.path.join(LD, "labels.json"), encoding="utf-8"))

problems = []


def bad(msg):
    problems.append(msg)


AMT = re.compile(r"^-?\d+\.\d{2}$")
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
            "scenario", "note"}

# ---- invoices ------------------------------------------------------------
inv = {}
numbers = set()
for i in invoices:
    if set(i) != INV_KEYS:
        bad(f"invoice keys {i.get('id')}: {sorted(i)}")
    if i["id"] in inv:
        bad(f"duplicate invoice id {i['id']}")
    if i["number"] in numbers:
        bad(f"duplicate invoice number {i['number']}")
    numbers.add(i["number"])
    inv[i["id"]] = i
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])):
        bad(f"amount format {i['id']}")
    if not (D("0") < D(i["balance"]) <= D(i["total"])):
        bad(f"balance out of range {i['id']}")
    if i["due_date"] < i["issue_date"]:
        bad(f"due before issue {i['id']}")
currencies = {i["currency"] for i in invoices}
customers = {i["customer_id"] for i in invoices}
print(f"invoices {len(invoices)}, customers {len(customers)}, currencies {sorted(currencies)}")

bal = {k: D(v["balance"]) for k, v in inv.items()}
by_cust = {}
for i in invoices:
    by_cust.setdefault(i["customer_id"], []).append(i["id"])


def core(number):
    """digits a customer would quote"""
    if number.startswith(("BMR", "BMC", "BMT", "BME")):
        return number.split()[1]
    if number.isdigit():
        return str(int(number))
    if number.startswith("RN "):
        return number[3:].split("/")[0]
    if number.startswith("25-"):
        return str(int(number[3:]))
    return number.split("-")[0]


def open_of(cust, cur):
    return [x for x in by_cust.get(cust, []) if bal[x] > 0 and inv[x]["currency"] == cur]


def subsets(ids, amount):
    out = []
    for k in range(1, len(ids) + 1):
        for comb in combinations(ids, k):
            if sum(bal[x] for x in comb) == amount:
                out.append(frozenset(comb))
    return out


def text_of(p):
    return " ".join(t for t in (p["reference"], p["remittance"]) if t)


# ---- payments / labels ---------------------------------------------------
if len(payments) != len(labels):
    bad("payments and labels differ in length")
seen_ids = set()
last_date = ""
applied_by = {}  # payment id -> invoice ids it applied
for n, (p, l) in enumerate(zip(payments, labels)):
    tag = f"#{n} {p['id']} {l.get('scenario')}"
    if set(p) != PAY_KEYS:
        bad(f"{tag}: payment keys {sorted(p)}")
    if not LAB_KEYS <= set(l):
        bad(f"{tag}: label keys {sorted(l)}")
    if p["id"] != l["payment_id"]:
        bad(f"{tag}: label order")
    st = l["status"]
    if st == "error":
        ok = False
        e = l["scenario"]
        if e == "bad_negative_amount":
            ok = AMT.match(p["amount"]) and D(p["amount"]) < 0
        elif e == "bad_currency":
            ok = p["currency"] not in currencies
        elif e == "bad_amount_format":
            ok = not AMT.match(p["amount"] or "")
        elif e == "bad_missing_date":
            ok = not p["date"]
        elif e == "bad_duplicate_id":
            ok = p["id"] in seen_ids
        if not ok:
            bad(f"{tag}: error condition not present")
        if l["applications"] or l["candidates"] or not l.get("error"):
            bad(f"{tag}: error row shape")
        continue
    if p["id"] in seen_ids:
        bad(f"{tag}: duplicate id on a non-error row")
    seen_ids.add(p["id"])
    if not AMT.match(p["amount"]) or D(p["amount"]) <= 0 or p["currency"] not in currencies or not p["date"]:
        bad(f"{tag}: bad input on a non-error row")
        continue
    if p["date"] < last_date:
        bad(f"{tag}: payments not oldest first")
    last_date = p["date"]
    amt = D(p["amount"])
    cur = p["currency"]
    cust = p["customer_id"]
    txt = text_of(p)
    before = dict(bal)
    apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]
    total = D(l["unapplied"])
    for iid, x in apps:
        if iid not in inv:
            bad(f"{tag}: unknown invoice {iid}")
            continue
        if inv[iid]["currency"] != cur:
            bad(f"{tag}: cross-currency application")
        if x <= 0 or x > bal[iid]:
            bad(f"{tag}: application {x} exceeds balance {bal[iid]}")
        bal[iid] -= x
        total += x
    if total != amt:
        bad(f"{tag}: applications + unapplied {total} != amount {amt}")
    app_ids = [a for a, _ in apps]
    applied_by[p["id"]] = app_ids
    # status shape
    if st == "applied" and (not apps or D(l["unapplied"]) != 0 or l["short_pay"]):
        bad(f"{tag}: applied shape")
    if st == "partial":
        if not apps or D(l["unapplied"]) != 0 or not any(bal[a] > 0 for a in app_ids):
            bad(f"{tag}: partial shape")
        sp = l["short_pay"]
        if sp and (sp["invoice_id"] not in app_ids or D(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]):
            bad(f"{tag}: short_pay inconsistent")
        if l["scenario"].startswith("short_") != bool(sp):
            bad(f"{tag}: short_pay presence")
    if st == "unapplied" and D(l["unapplied"]) <= 0:
        bad(f"{tag}: unapplied shape")
    cands = [frozenset(c["invoice_ids"]) for c in l["candidates"]]
    if st == "review":
        if apps or D(l["unapplied"]) != amt or not cands:
            bad(f"{tag}: review shape")
        for c in cands:
            if not all(before[x] > 0 and inv[x]["currency"] == cur for x in c):
                bad(f"{tag}: candidate not open / wrong currency")
    elif cands:
        bad(f"{tag}: candidates on a decided row")
    if st not in ("applied", "partial", "unapplied", "review"):
        bad(f"{tag}: status {st}")
    for iid in app_ids:
        if cust is not None and inv[iid]["customer_id"] != cust:
            bad(f"{tag}: applied to another customer's invoice")

    # ---- scenario-specific re-verification against balances at this point
    sc = l["scenario"]
    named = [x for x in app_ids]
    if sc in ("ref_exact", "ref_list", "remit_lump", "amount_like_number", "instalment", "instalment_final",
              "part_payment", "short_guarantee", "short_compensation", "short_damage", "overpay"):
        for x in named:
            if core(inv[x]["number"]) not in txt:
                bad(f"{tag}: {inv[x]['number']} not quoted in the text")
    if sc in ("ref_exact", "ref_list", "remit_lump", "ref_range", "amount_like_number", "instalment_final",
              "lump_all", "amount_unique", "po_trap"):
        if any(bal[x] != 0 for x in named):
            bad(f"{tag}: applied invoice not cleared")
    if sc == "ref_range":
        nums = sorted(int(core(inv[x]["number"])) for x in named)
        if nums != list(range(nums[0], nums[-1] + 1)):
            bad(f"{tag}: range not consecutive")
        if str(nums[0]) not in txt or str(nums[-1]) not in txt:
            bad(f"{tag}: range ends not in text")
    if sc in ("amount_unique", "po_trap"):
        subs = subsets(open_of(cust, cur) if cust else [], amt) if False else None
        ids = [x for x in by_cust[cust] if before[x] > 0 and inv[x]["currency"] == cur]
        found = [frozenset(c) for k in range(1, len(ids) + 1) for c in combinations(ids, k)
                 if sum(before[x] for x in c) == amt]
        if found != [frozenset(named)]:
            bad(f"{tag}: amount does not single out the invoice ({len(found)} fits)")
    if sc == "po_trap":
        digits = re.findall(r"\d+", p["reference"])
        if not any(d == core(i["number"]) for d in digits for i in invoices if i["customer_id"] != cust):
            bad(f"{tag}: PO number does not collide with another invoice number")
        if any(d == core(inv[x]["number"]) for d in digits for x in by_cust[cust]):
            bad(f"{tag}: PO number collides with the payer's own invoice")
    if sc == "lump_all":
        ids = [x for x in by_cust[cust] if before[x] > 0 and inv[x]["currency"] == cur]
        if set(ids) != set(named):
            bad(f"{tag}: lump_all does not cover every open invoice")
    if sc in ("twin_amount", "lump_ambiguous", "ref_amount_conflict"):
        ids = [x for x in by_cust[cust] if before[x] > 0 and inv[x]["currency"] == cur]
        found = {frozenset(c) for k in range(1, len(ids) + 1) for c in combinations(ids, k)
                 if sum(before[x] for x in c) == amt}
        want = set(cands) if sc != "ref_amount_conflict" else {cands[0]}
        if found != want:
            bad(f"{tag}: fitting sets {len(found)} != candidates")
        if sc == "ref_amount_conflict":
            x = next(iter(cands[1]))
            if core(inv[x]["number"]) not in txt or before[x] >= amt:
                bad(f"{tag}: conflict shape")
    if sc == "list_short_unexplained":
        ids = list(cands[0])
        if any(core(inv[x]["number"]) not in txt for x in ids):
            bad(f"{tag}: listed invoice not in text")
        if sum(before[x] for x in ids) <= amt or any(sum(before[x] for x in c) == amt
                                                    for k in range(1, len(ids) + 1) for c in combinations(ids, k)):
            bad(f"{tag}: list short shape")
    if sc.startswith("unknown_payer"):
        if cust is not None:
            bad(f"{tag}: unknown payer has a customer id")
        glob = {frozenset([x]) for x in inv if before[x] == amt and inv[x]["currency"] == cur}
        if glob != set(cands):
            bad(f"{tag}: global amount matches {len(glob)} != candidates")
        words = {w for i in invoices for w in re.findall(r"\w{4,}", i["customer_name"].upper())}
        legal = {"OBRT", "EOOD", "ЕООД", "J.D.O.O"}
        if any(w in words and w not in legal for w in re.findall(r"\w{4,}", p["payer_name"].upper())):
            bad(f"{tag}: payer name resembles a customer name")
    if sc in ("no_fit", "ref_not_open"):
        ids = [x for x in by_cust[cust] if before[x] > 0 and inv[x]["currency"] == cur]
        if any(sum(before[x] for x in c) == amt for k in range(1, len(ids) + 1) for c in combinations(ids, k)):
            bad(f"{tag}: amount fits something")
        if sc == "ref_not_open" and any(core(i["number"]) in txt for i in invoices if i["customer_id"] == cust):
            bad(f"{tag}: referenced invoice is actually open")
    if sc == "overpay":
        rest = D(l["unapplied"])
        if any(bal[x] == rest for x in by_cust[cust] if inv[x]["currency"] == cur):
            bad(f"{tag}: overpay remainder equals another open invoice")
    if sc == "duplicate_payment":
        m = re.search(r"(pay_[0-9a-f]+)", l["reason"])
        prev = applied_by.get(m.group(1)) if m else None
        if not prev or any(bal[x] != 0 for x in prev) or any(core(inv[x]["number"]) not in txt for x in prev):
            bad(f"{tag}: duplicate does not point at a cleared invoice")
    if sc == "cross_currency":
        if open_of(cust, cur):
            bad(f"{tag}: customer has an invoice in the payment currency")

from collections import Counter
print("payments", len(payments), dict(Counter(l["status"] for l in labels)))
if problems:
    print(f"{len(problems)} PROBLEMS")
    for x in problems[:50]:
        print(" -", x)
    sys.exit(1)
print("OK")
