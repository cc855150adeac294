#!/usr/bin/env python3
"""Sanity checker for ledger_benelux (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_benelux")
errs = []


def bad(msg):
    errs.append(msg)


def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
        return json.load(f)


inv = load("invoices.json")
pays = load("payments.json")
labs = load("labels.json")
DEC = re.compile(r"^-?\d+\.\d{2}$")

# ---- invoices
byid = {}
nums = set()
for x in inv:
    assert set(x) == {"id", "number", "customer_id", "customer_name", "currency", "total", "balance",
                      "issue_date", "due_date"}, x
    if x["id"] in byid:
        bad(f"duplicate invoice id {x['id']}")
    if x["number"] in nums:
        bad(f"duplicate invoice number {x['number']}")
    byid[x["id"]] = x
    nums.add(x["number"])
    t, b = Decimal(x["total"]), Decimal(x["balance"])
    if not (DEC.match(x["total"]) and DEC.match(x["balance"])):
        bad(f"amount format {x['id']}")
    if b == 0 or (t > 0) != (b > 0) or abs(b) > abs(t):
        bad(f"invoice {x['number']} balance {b} vs total {t}")
    if x["currency"] != "EUR":
        bad(f"non-EUR invoice {x['number']}")
    if x["due_date"] < x["issue_date"]:
        bad(f"due before issue {x['number']}")
currencies = {x["currency"] for x in inv}
bal = {k: Decimal(v["balance"]) for k, v in byid.items()}


def open_hits(amount, cid=None):
    return [k for k, v in bal.items() if v == amount and (cid is None or byid[k]["customer_id"] == cid)]


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


# ---- payments + labels
if len(pays) != len(labs):
    bad("payments/labels length differ")
seen_ids = set()
last_date = ""
for i, (p, l) in enumerate(zip(pays, labs)):
    tag = f"#{i} {p.get('id')} {l.get('scenario')}"
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        bad(f"{tag}: payment keys {sorted(p)}")
    if p["id"] != l["payment_id"]:
        bad(f"{tag}: label order")
    # what makes a row bad input
    problems = []
    if p["id"] in seen_ids:
        problems.append("dup id")
    seen_ids.add(p["id"])
    if not p["date"]:
        problems.append("no date")
    amt = None
    if not isinstance(p["amount"], str) or not DEC.match(p["amount"]):
        problems.append("malformed amount")
    else:
        amt = Decimal(p["amount"])
        if amt <= 0:
            problems.append("non-positive amount")
    if p["currency"] not in currencies:
        problems.append("currency")
    if l["status"] == "error":
        if not problems:
            bad(f"{tag}: error label but the row looks fine")
        if l["applications"] or not l.get("error"):
            bad(f"{tag}: error label shape")
        continue
    if problems:
        bad(f"{tag}: row has {problems} but label is {l['status']}")
        continue
    if p["date"] < last_date:
        bad(f"{tag}: payments not oldest first")
    last_date = p["date"]
    st = l["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        bad(f"{tag}: status {st}")
    un = Decimal(l["unapplied"])
    s = Decimal(0)
    for a in l["applications"]:
        iid, v = a["invoice_id"], Decimal(a["amount"])
        if iid not in byid:
            bad(f"{tag}: unknown invoice {iid}")
            continue
        if byid[iid]["currency"] != p["currency"]:
            bad(f"{tag}: cross-currency")
        b = bal[iid]
        if not ((b > 0 and 0 < v <= b) or (b < 0 and b <= v < 0)):
            bad(f"{tag}: {byid[iid]['number']} apply {v} on balance {b}")
        s += v
    if s + un != amt:
        bad(f"{tag}: applications {s} + unapplied {un} != {amt}")
    # scenario-specific checks BEFORE balances move
    sc = l["scenario"]
    cid = p["customer_id"]
    if sc in ("amount_only_known_customer", "po_number_lookalike", "typo_reference"):
        if len(open_hits(amt, cid)) != 1 or not cid:
            bad(f"{tag}: amount not unique for the customer")
    if sc == "amount_only_payer_name":
        if cid is not None or len(open_hits(amt)) != 1:
            bad(f"{tag}: amount not unique ledger-wide")
    if sc in ("known_customer_no_fit", "unknown_payer_no_fit") and open_hits(amt):
        bad(f"{tag}: an open invoice has this amount")
    if sc == "unknown_payer_amount_multi":
        hits = open_hits(amt)
        cs = [c["invoice_ids"] for c in l["candidates"]]
        if sorted(h for c in cs for h in c) != sorted(hits) or len(hits) < 2:
            bad(f"{tag}: candidates are not all the exact-amount invoices")
    if st == "review":
        if l["applications"] or un != amt:
            bad(f"{tag}: review must apply nothing")
        for c in l["candidates"]:
            for iid in c["invoice_ids"]:
                if iid not in byid or bal[iid] == 0 or byid[iid]["currency"] != p["currency"]:
                    bad(f"{tag}: candidate {iid} not open/same currency")
        if sc == "amount_ambiguous_same_customer":
            if len(l["candidates"]) < 2 or any(sum(bal[i] for i in c["invoice_ids"]) != amt for c in l["candidates"]):
                bad(f"{tag}: ambiguous candidates do not each fit")
    elif l["candidates"]:
        bad(f"{tag}: candidates on a non-review label")
    if sc == "exact_betalingskenmerk":
        inv0 = byid[l["applications"][0]["invoice_id"]]
        bk = re.search(r"\d{16}", p["reference"].replace(" ", "").replace("/", " "))
        if not bk or not bk.group(0).endswith(digits(inv0["number"])):
            bad(f"{tag}: betalingskenmerk does not carry {inv0['number']}")
    if sc == "exact_structured_comm":
        inv0 = byid[l["applications"][0]["invoice_id"]]
        dg = digits(p["reference"])[-12:]
        if (int(dg[:10]) % 97 or 97) != int(dg[10:]) or not dg[:10].endswith(digits(inv0["number"])):
            bad(f"{tag}: OGM wrong")
    # move balances
    for a in l["applications"]:
        if a["invoice_id"] in bal:
            bal[a["invoice_id"]] -= Decimal(a["amount"])
    if st == "applied" and (un != 0 or not l["applications"] or l["short_pay"]):
        bad(f"{tag}: applied shape")
    if st == "partial":
        if un != 0 or not l["applications"]:
            bad(f"{tag}: partial shape")
        if all(bal[a["invoice_id"]] == 0 for a in l["applications"]):
            bad(f"{tag}: partial leaves nothing open")
    if st == "unapplied" and un <= 0:
        bad(f"{tag}: unapplied without unapplied cash")
    if l["short_pay"]:
        sp = l["short_pay"]
        if st != "partial" or bal[sp["invoice_id"]] != Decimal(sp["amount"]) or not sp["reason"]:
            bad(f"{tag}: short_pay does not equal what is left open")
    if sc in ("g_account_split_2nd", "retention_release", "duplicate_payment"):
        pass
    if sc == "g_account_split_2nd" and any(bal[a["invoice_id"]] != 0 for a in l["applications"]):
        bad(f"{tag}: G second part should close the invoice")
    if not l["note"] or not (st == "error" or l["reason"]):
        bad(f"{tag}: missing note/reason")

c = Counter(l["status"] for l in labs)
print("invoices", len(inv), "customers", len({x["customer_id"] for x in inv}), "payments", len(pays))
print("status", dict(sorted(c.items())))
if not (1300 <= len(inv) <= 1800 and 350 <= len(pays) <= 450 and 8 <= c["error"] <= 14):
    bad("counts out of range")
if errs:
    print("\n".join(errs[:50]))
    print(f"FAILED: {len(errs)} problem(s)")
    sys.exit(1)
print("OK")
