#!/usr/bin/env python3
"""Sanity checker for ledger_jpkrtw: replays the payments in order and re-verifies every label."""
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_jpkrtw")
invs = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pays = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
labs = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))

problems = []


def bad(i, msg):
    problems.append(f"#{i} {pays[i]['id'] if i < len(pays) else '?'} [{labs[i].get('scenario')}]: {msg}")


ZERO = {"JPY", "KRW"}
AMT = re.compile(r"^\d+(\.\d+)?$")
by_id = {x["id"]: x for x in invs}
assert len(by_id) == len(invs), "duplicate invoice id"
assert len({x["number"] for x in invs}) == len(invs), "duplicate invoice number"
curs = {x["currency"] for x in invs}
bal = {}
for x in invs:
    for k in ("total", "balance"):
        assert AMT.match(x[k]), x
        if x["currency"] in ZERO:
            assert "." not in x[k], x
        else:
            assert re.match(r"^\d+\.\d\d$", x[k]), x
    assert Decimal(x["balance"]) <= Decimal(x["total"]) and Decimal(x["balance"]) > 0, x
    assert x["issue_date"] <= x["due_date"]
    bal[x["id"]] = Decimal(x["balance"])


def opens(cid, cur):
    return [x for x in invs if x["customer_id"] == cid and x["currency"] == cur and bal[x["id"]] > 0]


def subsets(cid, cur, amt, maxk):
    ops = opens(cid, cur)
    out = []
    for k in range(1, min(maxk, len(ops)) + 1):
        for c in itertools.combinations(ops, k):
            if sum(bal[x["id"]] for x in c) == amt:
                out.append(frozenset(x["id"] for x in c))
    return out


def digits_in(num, *texts):
    d = num.split("-")[1]
    for t in texts:
        if t and d in unicodedata.normalize("NFKC", t):
            return True
    return False


def fmt_ok(cur, s):
    if s is None or not AMT.match(s):
        return False
    return ("." not in s) if cur in ZERO else bool(re.match(r"^\d+\.\d\d$", s))


if len(pays) != len(labs):
    print("length mismatch", len(pays), len(labs))
    sys.exit(1)

seen_ids = set()
last_date = ""
for i, (p, l) in enumerate(zip(pays, labs)):
    if l["payment_id"] != p["id"]:
        bad(i, "payment_id/order mismatch")
    for k in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
              "scenario", "note"):
        if k not in l:
            bad(i, f"label lacks {k}")
    # ---- bad input detection, independent of the label
    errs = []
    if p["id"] in seen_ids:
        errs.append("dup")
    seen_ids.add(p["id"])
    if not p.get("date"):
        errs.append("date")
    if not isinstance(p["amount"], str) or not AMT.match(p["amount"].lstrip("-")):
        errs.append("malformed")
    elif p["amount"].startswith("-"):
        errs.append("negative")
    if p["currency"] not in curs:
        errs.append("currency")
    if errs:
        if l["status"] != "error" or not l.get("error") or l["applications"] or l["candidates"]:
            bad(i, f"bad input {errs} not labelled as error")
        if len(errs) != 1:
            bad(i, f"several defects in one error row {errs}")
        continue
    if l["status"] == "error":
        bad(i, "labelled error but input is fine")
        continue
    if p["date"] < last_date:
        bad(i, "payments not oldest first")
    last_date = p["date"]
    cur = p["currency"]
    amt = Decimal(p["amount"])
    if not fmt_ok(cur, p["amount"]) or amt <= 0:
        bad(i, "payment amount format")
    if not fmt_ok(cur, l["unapplied"]):
        bad(i, "unapplied format")
        continue
    un = Decimal(l["unapplied"])
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    for a in l["applications"]:
        if not fmt_ok(cur, a["amount"]):
            bad(i, "application amount format")
    if sum(a for _, a in apps) + un != amt:
        bad(i, "applications + unapplied != amount")
    if un < 0:
        bad(i, "negative unapplied")
    if len({x for x, _ in apps}) != len(apps):
        bad(i, "invoice applied twice in one payment")
    st, sc = l["status"], l["scenario"]
    # ---- scenario checks on the state BEFORE this payment
    app_inv = by_id.get(apps[0][0]) if apps else None
    if sc in ("amount_only_known_customer", "name_only", "po_number_lookalike", "amount_lookalike"):
        if subsets(app_inv["customer_id"], cur, amt, 2) != [frozenset([app_inv["id"]])]:
            bad(i, "amount-only match is not unique")
        if sc == "name_only" and p["customer_id"] is not None:
            bad(i, "name_only with customer id")
    if sc in ("shimebi_consolidated", "tegata_maturity") and not any(
            digits_in(by_id[x]["number"], p["remittance"]) for x, _ in apps):
        if subsets(app_inv["customer_id"], cur, amt, 99) != [frozenset(x for x, _ in apps)]:
            bad(i, "unlisted consolidated payment is not the unique subset")
    if sc in ("ref_exact", "ref_remaining_balance", "furikomi_fee_single", "swift_charges", "short_pay_reason",
              "part_payment", "part_payment_rest", "overpayment"):
        if not digits_in(app_inv["number"], p["reference"], p["payer_name"], p["remittance"]):
            bad(i, "named invoice not in the payment text")
    if sc == "invoice_range":
        if not all(x["id"] in {a for a, _ in apps} for x in opens(app_inv["customer_id"], cur)
                   if apps and min(by_id[a]["number"] for a, _ in apps) <= x["number"] <= max(by_id[a]["number"] for a, _ in apps)):
            bad(i, "range misses an open invoice of the customer")
    if sc == "known_customer_no_fit" and subsets(p["customer_id"], cur, amt, 2):
        bad(i, "no-fit payment fits something")
    if sc == "cross_currency" and opens(p["customer_id"], cur):
        bad(i, "cross-currency customer has open invoices in the payment currency")
    if sc == "duplicate_payment":
        hit = [x for x in invs if x["currency"] == cur and digits_in(x["number"], p["reference"], p["remittance"], p["payer_name"])]
        if not hit or any(bal[x["id"]] != 0 for x in hit):
            bad(i, "duplicate payment's invoice is not already paid")
    if sc == "twin_amounts":
        cid = by_id[l["candidates"][0][0]]["customer_id"]
        if sorted(map(sorted, subsets(cid, cur, amt, 2))) != sorted(map(sorted, l["candidates"])):
            bad(i, "twin candidates are not exactly the matching invoices")
    if sc in ("unknown_payer_amount_match", "unknown_payer_no_match", "name_truncation_ambiguous"):
        hits = sorted([x["id"]] for x in invs if x["currency"] == cur and bal[x["id"]] == amt)
        if hits != sorted(l["candidates"]) or p["customer_id"] is not None:
            bad(i, "unknown payer candidates are not all the invoices with the amount")
    if sc == "reference_amount_conflict":
        c0, c1 = by_id[l["candidates"][0][0]], by_id[l["candidates"][1][0]]
        if bal[c0["id"]] != amt or bal[c1["id"]] == amt or not digits_in(c1["number"], p["reference"]):
            bad(i, "reference/amount conflict not as described")
    # ---- apply
    for x, a in apps:
        inv = by_id.get(x)
        if inv is None:
            bad(i, f"unknown invoice {x}")
            continue
        if inv["currency"] != cur:
            bad(i, "application across currencies")
        if a <= 0 or a > bal[x]:
            bad(i, f"application {a} exceeds balance {bal[x]} of {inv['number']}")
        if inv["issue_date"] > p["date"]:
            bad(i, "applied to an invoice issued after the payment")
        bal[x] -= a
    sp = l["short_pay"]
    if st == "applied":
        if not apps or un != 0 or sp or l["candidates"]:
            bad(i, "applied shape")
    elif st == "partial":
        if not apps or un != 0 or l["candidates"]:
            bad(i, "partial shape")
        if not any(bal[x] > 0 for x, _ in apps):
            bad(i, "partial leaves nothing open")
        if sp:
            if sp["invoice_id"] not in {x for x, _ in apps} or Decimal(sp["amount"]) != bal[sp["invoice_id"]] \
                    or not sp.get("reason") or not fmt_ok(cur, sp["amount"]):
                bad(i, "short_pay does not describe what stays open")
    elif st == "unapplied":
        if un <= 0 or sp or l["candidates"] or p["customer_id"] is None:
            bad(i, "unapplied shape")
        if any(bal[x] != 0 for x, _ in apps):
            bad(i, "overpayment left its invoice open")
    elif st == "review":
        if apps or un != amt or sp:
            bad(i, "review shape")
        for cs in l["candidates"]:
            if not isinstance(cs, list) or not cs:
                bad(i, "candidate is not a non-empty list")
                continue
            for x in cs:
                if x not in by_id or by_id[x]["currency"] != cur or bal[x] <= 0:
                    bad(i, f"bad candidate {x}")
    else:
        bad(i, f"unknown status {st}")

cnt = Counter(l["status"] for l in labs)
if not (1400 <= len(invs) <= 1700 and 370 <= len(pays) <= 430 and 8 <= cnt["error"] <= 12):
    problems.append(f"size out of range: {len(invs)} invoices, {len(pays)} payments, {cnt}")
custs = {x["customer_id"] for x in invs}
if not 280 <= len(custs) <= 320:
    problems.append(f"customers {len(custs)}")

if problems:
    print("\n".join(problems[:60]))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {len(invs)} invoices, {len(custs)} customers, {len(pays)} payments, {dict(cnt)}")
