#!/usr/bin/env python3
"""Sanity checker for the blind cash set (not part of the data).

Reads only ledger_latampay/*.json and re-verifies every label by replaying the
payments in file order. Exits non-zero on any problem.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_latampay")
inv = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
problems = []


def bad(msg):
    problems.append(msg)


AMT = re.compile(r"^-?\d+\.\d{2}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}

# ---------------------------------------------------------------- invoices
by_id = {}
for i in inv:
    if list(i) != INV_KEYS:
        bad(f"invoice keys {i.get('id')}")
    if i["id"] in by_id:
        bad(f"duplicate invoice id {i['id']}")
    by_id[i["id"]] = i
    for k in ("total", "balance"):
        if not AMT.match(i[k]) or Decimal(i[k]) <= 0:
            bad(f"invoice {i['id']} {k} {i[k]}")
    if Decimal(i["balance"]) > Decimal(i["total"]):
        bad(f"invoice {i['id']} balance > total")
    if not (DATE.match(i["issue_date"]) and DATE.match(i["due_date"]) and i["issue_date"] < i["due_date"]):
        bad(f"invoice {i['id']} dates")
nums = Counter(i["number"] for i in inv)
if any(v > 1 for v in nums.values()):
    bad("duplicate invoice numbers")
currencies = {i["currency"] for i in inv}
names = {i["customer_id"]: i["customer_name"] for i in inv}
if len(set(names.values())) != len(names):
    bad("two customer ids share a name")
if not (1400 <= len(inv) <= 1600 and 250 <= len(names) <= 350 and 350 <= len(pay) <= 450):
    bad(f"sizes {len(inv)} {len(names)} {len(pay)}")


def norm(t):
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).upper()
    for a, b in (("S.A. DE C.V.", "SA DE CV"), ("S.A.S.", "SAS"), ("S.A.", "SA"), ("LTDA.", "LTDA"), ("&", "E"),
                 (",", ""), (".", "")):
        t = t.replace(a, b)
    return " ".join(t.split())


def name_fits(payer):
    return sorted(cid for cid, n in names.items() if norm(n).startswith(payer))


# ---------------------------------------------------------------- payments and labels
if len(pay) != len(lab):
    bad("payments and labels differ in length")
bal = {k: Decimal(v["balance"]) for k, v in by_id.items()}
open_by_cust = defaultdict(list)
for i in inv:
    open_by_cust[(i["customer_id"], i["currency"])].append(i["id"])
seen_ids = set()
last_date = ""
first_row = {}
for n, (p, l) in enumerate(zip(pay, lab)):
    tag = f"#{n} {p['id']} {l.get('scenario')}"
    if list(p) != PAY_KEYS:
        bad(f"{tag}: payment keys")
    if l["payment_id"] != p["id"]:
        bad(f"{tag}: label out of order")
    if not LAB_KEYS <= set(l):
        bad(f"{tag}: label keys")
    # is the row bad input?
    why = None
    if p["id"] in seen_ids:
        why = "duplicate"
    elif not isinstance(p["amount"], str) or not AMT.match(p["amount"]):
        why = "malformed"
    elif Decimal(p["amount"]) <= 0:
        why = "negative"
    elif p["currency"] not in currencies:
        why = "currency"
    elif not p["date"]:
        why = "date"
    seen_ids.add(p["id"])
    if p["date"]:
        if not DATE.match(p["date"]) or p["date"] < last_date:
            bad(f"{tag}: date order {p['date']}")
        last_date = p["date"]
    if (why is None) != (l["status"] != "error"):
        bad(f"{tag}: bad-input detection {why} vs status {l['status']}")
    if l["status"] == "error":
        if l["applications"] or l["candidates"] or l["unapplied"] is not None or not l.get("error"):
            bad(f"{tag}: error row shape")
        continue
    amt, cur = Decimal(p["amount"]), p["currency"]
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    for a in l["applications"]:
        if not AMT.match(a["amount"]):
            bad(f"{tag}: application amount format")
    if not AMT.match(l["unapplied"]):
        bad(f"{tag}: unapplied format")
    una = Decimal(l["unapplied"])
    if sum((a for _, a in apps), Decimal(0)) + una != amt:
        bad(f"{tag}: applications + unapplied != amount")
    before = dict((k, bal[k]) for k, _ in apps)
    sc = l["scenario"]
    cid = p["customer_id"]

    def open_list(c):
        return [x for x in open_by_cust[(c, cur)] if bal[x] > 0]

    # scenario-level re-checks against the state before this payment
    if sc in ("amount_only", "order_resolves_ambiguity", "po_number_trap", "lump_all_open"):
        owner = by_id[apps[0][0]]["customer_id"]
        if cid not in (None, owner):
            bad(f"{tag}: customer id differs from the invoices' owner")
        if cid is None and name_fits(p["payer_name"]) != [owner]:
            bad(f"{tag}: payer name does not identify exactly the owner")
        if sc == "lump_all_open":
            if sorted(open_list(owner)) != sorted(k for k, _ in apps) or sum(bal[x] for x in open_list(owner)) != amt:
                bad(f"{tag}: lump is not the whole open balance")
        elif [x for x in open_list(owner) if bal[x] == amt] != [apps[0][0]]:
            bad(f"{tag}: amount is not unique among the owner's open invoices")
    if sc == "no_fit_known_customer":
        ol = open_list(cid)
        if any(bal[x] == amt for x in ol) or sum(bal[x] for x in ol) == amt:
            bad(f"{tag}: something fits")
    if sc == "ambiguous_same_amount":
        owner = by_id[l["candidates"][0][0]]["customer_id"]
        if sorted(x for x in open_list(owner) if bal[x] == amt) != sorted(c[0] for c in l["candidates"]):
            bad(f"{tag}: candidates are not the equal-balance invoices")
    if sc == "similar_payer_names":
        owners = sorted(by_id[c[0]]["customer_id"] for c in l["candidates"])
        if cid is not None or name_fits(p["payer_name"]) != owners or any(bal[c[0]] != amt for c in l["candidates"]):
            bad(f"{tag}: similar-names setup")
    if sc.startswith("unknown_payer"):
        if cid is not None or name_fits(p["payer_name"]):
            bad(f"{tag}: payer is identifiable")
        if sorted(k for k, v in bal.items() if v == amt and by_id[k]["currency"] == cur) != sorted(c[0] for c in l["candidates"]):
            bad(f"{tag}: unknown payer candidates")
    if sc == "remaining_balance" and bal[apps[0][0]] != amt:
        bad(f"{tag}: does not equal the remaining balance")
    if sc == "duplicate_payment":
        prev = [q for q, m in zip(pay[:n], lab[:n]) if m["status"] != "error" and q["amount"] == p["amount"]
                and q["currency"] == cur and m["applications"]]
        if not any(bal[m["invoice_id"]] == 0 for q in prev
                   for m in lab[pay.index(q)]["applications"]):
            bad(f"{tag}: no earlier payment closed the same invoice")
    # applications
    for k, a in apps:
        if k not in by_id:
            bad(f"{tag}: unknown invoice {k}")
            continue
        if by_id[k]["currency"] != cur:
            bad(f"{tag}: cross-currency application")
        if a <= 0 or bal[k] - a < 0:
            bad(f"{tag}: application past zero on {k}")
        if cid is not None and by_id[k]["customer_id"] != cid and sc != "third_party_payer":
            bad(f"{tag}: applied to another customer's invoice")
        bal[k] -= a
    st = l["status"]
    if st == "applied":
        if not apps or una != 0 or l["short_pay"] or l["candidates"] or any(bal[k] != 0 for k, _ in apps):
            bad(f"{tag}: applied shape")
    elif st == "partial":
        if not apps or una != 0 or l["candidates"] or all(bal[k] == 0 for k, _ in apps):
            bad(f"{tag}: partial shape")
        sp = l["short_pay"]
        if sp is not None:
            if set(sp) != {"invoice_id", "amount", "reason"} or sp["invoice_id"] not in dict(apps) \
                    or Decimal(sp["amount"]) != bal[sp["invoice_id"]]:
                bad(f"{tag}: short pay")
        elif "part_payment" not in sc:
            bad(f"{tag}: partial without short pay outside part payments")
    elif st == "unapplied":
        if una <= 0 or l["short_pay"] or l["candidates"]:
            bad(f"{tag}: unapplied shape")
    elif st == "review":
        if apps or una != amt or l["short_pay"]:
            bad(f"{tag}: review shape")
        for cs in l["candidates"]:
            if not cs or any(c not in by_id or by_id[c]["currency"] != cur or bal[c] <= 0 for c in cs):
                bad(f"{tag}: bad candidate set")
    else:
        bad(f"{tag}: unknown status {st}")

cnt = Counter(l["status"] for l in lab)
if cnt["error"] < 8 or cnt["error"] > 12:
    bad(f"error rows {cnt['error']}")
if problems:
    print("\n".join(problems))
    print(f"FAIL: {len(problems)} problems")
    sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(names)} customers, {len(pay)} payments; " +
      ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
