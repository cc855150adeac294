#!/usr/bin/env python3
"""Independent re-check of the written files (reads only the ledger folder).

- contract invariants (sums, same currency, never past zero, status semantics)
- every application on a reference-based item is named in the payment text
- no stray invoice number appears in the text of an item that does not use it
- amount-only applications are unique among the customer's open invoices (sets up to 3)
"""
import itertools
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "corvane_marketplace_saas_stripe_bank_cash_ledger")
inv = json.load(open(os.path.join(LED, "invoices.json")))
pays = json.load(open(os.path.join(LED, "payments.json")))
labs = [json.loads(x) for x in open(os.path.join(LED, "labels.jsonl"))]
BY = {i["id"]: i for i in inv}
BYNUM = {i["number"]: i for i in inv}
bal = {i["id"]: Decimal(i["balance"]) for i in inv}
AMOUNT_ONLY = {"card_amount_only", "stripe_bt_single", "stripe_bt_all_open", "known_customer_amount", "ach_name_amount"}
FIX = str.maketrans({"O": "0", "l": "1", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6"})
errors = []


def text_numbers(p):
    t = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    t = re.sub(r"(?i)\binv(?=[0-9])", "INV ", t)
    found = set()
    # QBO style: 5 chars that normalise to digits; must not be part of a longer token / amount
    for m in re.finditer(r"(?<![0-9A-Za-z.,$])([0-9OlISBZG]{5})(?![0-9A-Za-z]|[.,][0-9])", t):
        n = m.group(1).translate(FIX)
        if n in BYNUM:
            found.add(n)
    for m in re.finditer(r"([0-9A-Fa-f]{8})[- ]?([0-9OlSBZG]{4})(?![0-9])", t):
        n = m.group(1).upper() + "-" + m.group(2).translate(FIX)
        if n in BYNUM:
            found.add(n)
    return found


def cust_open(cid, cur):
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


for p, l in zip(pays, labs):
    assert p["id"] == l["payment_id"]
    amt = Decimal(p["amount"])
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    if sum((a for _, a in apps), Decimal(0)) + Decimal(l["unapplied"]) != amt:
        errors.append((p["id"], "sum"))
    for iid, a in apps:
        if BY[iid]["currency"] != p["currency"] or not (0 < a <= bal[iid]):
            errors.append((p["id"], "bad application"))
    sc = l["scenario"]
    named = text_numbers(p)
    used = {BY[i]["number"] for i, _ in apps}
    cand_nums = {BY[i]["number"] for cs in l["candidates"] for i in cs}
    if l["status"] != "review" and sc not in AMOUNT_ONLY | {"wire_truncated_resolvable", "known_customer_no_open_invoice",
                                                             "known_customer_deposit", "reference_to_closed_invoice"}:
        if not used <= named:
            errors.append((p["id"], sc, "application not named", used - named))
    extra = named - used - cand_nums
    if extra and sc not in ("injection_applied", "injection_unknown_payer", "duplicate_payment", "reference_conflicts_with_payer"):
        errors.append((p["id"], sc, "stray number in text", extra))
    if sc in AMOUNT_ONLY:
        c = BY[apps[0][0]]["customer_id"]
        op = cust_open(c, p["currency"])
        target = tuple(sorted(i for i, _ in apps))
        hits = []
        for k in range(1, 4):
            for combo in itertools.combinations(op, k):
                if sum(bal[i["id"]] for i in combo) == amt:
                    hits.append(tuple(sorted(i["id"] for i in combo)))
        if sc == "stripe_bt_all_open":
            if [h for h in hits if len(h) < len(op)] or sum(bal[i["id"]] for i in op) != amt:
                errors.append((p["id"], sc, "all-open not unique"))
        elif hits != [target]:
            errors.append((p["id"], sc, "amount not unique", hits))
    if l["status"] == "review":
        if apps or Decimal(l["unapplied"]) != amt:
            errors.append((p["id"], "review with apps"))
    for iid, a in apps:
        bal[iid] -= a
    if l["status"] == "applied" and (Decimal(l["unapplied"]) != 0 or any(bal[i] != 0 for i, _ in apps) or l["short_pay"]):
        errors.append((p["id"], "applied semantics"))
    if l["status"] == "partial":
        if Decimal(l["unapplied"]) != 0 or not any(bal[i] > 0 for i, _ in apps):
            errors.append((p["id"], "partial semantics"))
        if l["short_pay"] and bal[l["short_pay"]["invoice_id"]] != Decimal(l["short_pay"]["amount"]):
            errors.append((p["id"], "short amount"))
    if l["status"] == "unapplied" and (Decimal(l["unapplied"]) <= 0 or any(bal[i] != 0 for i, _ in apps)):
        errors.append((p["id"], "unapplied semantics"))
    if not l["note"].startswith(f"[{l['status']}, "):
        errors.append((p["id"], "note key"))

for e in errors:
    print(e)
print(len(errors), "problems")
sys.exit(1 if errors else 0)
