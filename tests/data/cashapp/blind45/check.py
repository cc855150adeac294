#!/usr/bin/env python3
"""Sanity checker for ledger_factor: replays every payment in file order and re-verifies the labels.
Exits non-zero on any problem.  Stdlib only; independent of build.py."""
import itertools
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_factor")
INV = json.load(open(os.path.join(LED, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(LED, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(LED, "labels.json"), encoding="utf-8"))
ERR = []


def bad(msg):
    ERR.append(msg)


AMT_RE = re.compile(r"^-?\d+\.\d{2}$")
BY_ID = {i["id"]: i for i in INV}
BY_NUM = {i["number"]: i for i in INV}
BAL = {i["id"]: D(i["balance"]) for i in INV}
CURS = {i["currency"] for i in INV}
BY_CUST = {}
for i in INV:
    BY_CUST.setdefault(i["customer_id"], []).append(i)

# ---- invoices
if len(BY_ID) != len(INV) or len(BY_NUM) != len(INV):
    bad("duplicate invoice id or number")
for i in INV:
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}:
        bad(f"invoice keys {i['id']}")
    if not (AMT_RE.match(i["total"]) and AMT_RE.match(i["balance"])):
        bad(f"invoice amount format {i['id']}")
    if not (D("0") < D(i["balance"]) <= D(i["total"])):
        bad(f"invoice balance {i['id']}")
    if i["currency"] != "EUR":
        bad(f"invoice currency {i['id']}")
    if not (date.fromisoformat(i["issue_date"]) < date.fromisoformat(i["due_date"])):
        bad(f"invoice dates {i['id']}")
print(f"invoices {len(INV)}, customers {len(BY_CUST)}, payments {len(PAY)}")

# ---- shape
if len(PAY) != len(LAB):
    bad("payments and labels differ in length")
PKEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LKEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}


def is_bad_row(p, seen):
    if p["id"] in seen:
        return "duplicate id"
    if not isinstance(p["amount"], str) or not AMT_RE.match(p["amount"]):
        return "malformed amount"
    if D(p["amount"]) <= 0:
        return "negative amount"
    if p["currency"] not in CURS:
        return "currency"
    try:
        date.fromisoformat(p["date"])
    except (TypeError, ValueError):
        return "missing date"
    return None


def open_invs(cid):
    return sorted([i for i in BY_CUST.get(cid, []) if BAL[i["id"]] > 0], key=lambda i: (i["due_date"], i["number"]))


def fits(invs, amt):
    k = len(invs) if len(invs) <= 14 else 4
    out = []
    for n in range(1, k + 1):
        for comb in itertools.combinations(invs, n):
            if sum(BAL[i["id"]] for i in comb) == amt:
                out.append({i["id"] for i in comb})
    return out


def text_of(p):
    return " ".join(x for x in (p["reference"], p["remittance"]) if x)


def mentions(p, inv):
    t = re.sub(r"[^0-9]", "", text_of(p))
    dg = inv["number"][2:]
    return dg in t or ("/" + dg[-4:]) in text_of(p)


seen = set()
last_date = None
AMOUNT_SCEN = {"amount_only_unique", "lump_no_ref_unique", "po_lookalike", "typo_ref", "cut_ref", "payer_name_only"}
REF_SCEN = {"exact_ref", "multi_ref", "remittance_advice", "lcr", "cheque", "factor_detail", "factor_short", "centrale_detail",
            "centrale_short", "short_pay", "balance_after_avoir", "be_structured_comm", "paid_on_behalf", "part_payment"}
counts = {}
for n, (p, l) in enumerate(zip(PAY, LAB)):
    tag = f"#{n} {p['id']} {l.get('scenario')}"
    if set(p) != PKEYS:
        bad(f"{tag}: payment keys")
    if not (LKEYS <= set(l) <= LKEYS | {"error"}):
        bad(f"{tag}: label keys {set(l) ^ LKEYS}")
    if l["payment_id"] != p["id"]:
        bad(f"{tag}: label order")
    counts[l["status"]] = counts.get(l["status"], 0) + 1
    why = is_bad_row(p, seen)
    seen.add(p["id"])
    if p["date"]:
        if last_date and p["date"] < last_date:
            bad(f"{tag}: payments not oldest first")
        last_date = p["date"]
    if why or l["status"] == "error":
        if not (why and l["status"] == "error"):
            bad(f"{tag}: bad-row mismatch (checker says {why!r}, label {l['status']})")
        if l["applications"] or l["candidates"] or l["short_pay"] or not l.get("error"):
            bad(f"{tag}: error label must be empty with an error text")
        continue
    amt = D(p["amount"])
    apps = l["applications"]
    un = D(l["unapplied"])
    tot = sum((D(a["amount"]) for a in apps), D("0")) + un
    if tot != amt:
        bad(f"{tag}: applications+unapplied {tot} != amount {amt}")
    if un < 0:
        bad(f"{tag}: negative unapplied")
    for a in apps:
        inv = BY_ID.get(a["invoice_id"])
        if inv is None:
            bad(f"{tag}: unknown invoice {a['invoice_id']}")
            continue
        if inv["currency"] != p["currency"]:
            bad(f"{tag}: cross-currency")
        if inv["issue_date"] >= p["date"]:
            bad(f"{tag}: invoice issued on/after the payment")
        if not (D(a["amount"]) > 0 and AMT_RE.match(a["amount"])):
            bad(f"{tag}: bad application amount")
    if len({a["invoice_id"] for a in apps}) != len(apps):
        bad(f"{tag}: invoice applied twice")
    st, sc = l["status"], l["scenario"]
    cust = p["customer_id"]
    # scenario checks that need the balances BEFORE this payment
    app_set = {a["invoice_id"] for a in apps}
    if sc in AMOUNT_SCEN:
        cid = BY_ID[apps[0]["invoice_id"]]["customer_id"]
        f = fits(open_invs(cid), amt)
        if f != [app_set]:
            bad(f"{tag}: amount-only match not unique ({len(f)} fits)")
        if sc == "payer_name_only" and sum(1 for i in INV if BAL[i["id"]] == amt) != 1:
            bad(f"{tag}: payer_name_only amount not unique in ledger")
        if sc == "po_lookalike" and any(mentions(p, i) for i in BY_ID.values() if i["id"] in app_set):
            bad(f"{tag}: po_lookalike mentions the invoice")
    if sc in REF_SCEN:
        for a in apps:
            if not mentions(p, BY_ID[a["invoice_id"]]):
                bad(f"{tag}: applied invoice {BY_ID[a['invoice_id']]['number']} not mentioned in the text")
    if sc == "ambiguous_amount" and len(fits(open_invs(cust), amt)) < 2:
        bad(f"{tag}: ambiguous_amount has fewer than two readings")
    if sc == "known_customer_nofit":
        if not cust or fits(open_invs(cust), amt):
            bad(f"{tag}: nofit actually fits")
        for num in re.findall(r"FA\d{8}", text_of(p)):
            if num in BY_NUM and BAL[BY_NUM[num]["id"]] > 0:
                bad(f"{tag}: nofit names an open invoice")
    if sc == "duplicate_payment":
        prev = [q for q in PAY[:n] if q["reference"] == p["reference"] and q["amount"] == p["amount"] and q["customer_id"] == cust]
        if not prev or not cust:
            bad(f"{tag}: duplicate without an earlier twin")
        for num in re.findall(r"\d{8}", (p["reference"] or "").replace("-", "").replace(" ", "")):
            inv = BY_NUM.get("FA" + num)
            if inv and BAL[inv["id"]] != 0:
                bad(f"{tag}: duplicate but invoice still open")
    for a in apps:
        if BY_ID.get(a["invoice_id"]) and D(a["amount"]) > BAL[a["invoice_id"]]:
            bad(f"{tag}: application past zero balance on {a['invoice_id']}")
    # status rules
    if st == "applied":
        if un != 0 or l["short_pay"] or l["candidates"] or not apps:
            bad(f"{tag}: applied shape")
        if any(D(a["amount"]) != BAL[a["invoice_id"]] for a in apps):
            bad(f"{tag}: applied should close every invoice it touches")
    elif st == "partial":
        if un != 0 or l["candidates"] or not apps:
            bad(f"{tag}: partial shape")
        left = [a for a in apps if D(a["amount"]) < BAL[a["invoice_id"]]]
        if not left:
            bad(f"{tag}: partial leaves nothing open")
        if l["short_pay"]:
            sp = l["short_pay"]
            if sp["invoice_id"] not in app_set or not sp.get("reason"):
                bad(f"{tag}: short_pay invoice not applied / no reason")
            else:
                rest = BAL[sp["invoice_id"]] - D(next(a["amount"] for a in apps if a["invoice_id"] == sp["invoice_id"]))
                if rest != D(sp["amount"]):
                    bad(f"{tag}: short_pay amount {sp['amount']} != open rest {rest}")
            if len(left) != 1:
                bad(f"{tag}: short pay leaves more than one invoice open")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            bad(f"{tag}: unapplied shape")
        if any(D(a["amount"]) != BAL[a["invoice_id"]] for a in apps):
            bad(f"{tag}: overpayment should close its invoices")
    elif st == "review":
        if apps or un != amt or l["short_pay"]:
            bad(f"{tag}: review shape")
        for cs in l["candidates"]:
            if not cs or len(set(cs)) != len(cs):
                bad(f"{tag}: empty/duplicated candidate set")
            for iid in cs:
                if iid not in BY_ID or BAL[iid] <= 0 or BY_ID[iid]["currency"] != p["currency"]:
                    bad(f"{tag}: candidate {iid} not an open same-currency invoice")
        if sc in ("ambiguous_amount", "unknown_payer", "factor_no_detail", "centrale_no_detail"):
            for cs in l["candidates"]:
                if sum(BAL[i] for i in cs) != amt:
                    bad(f"{tag}: candidate set does not sum to the amount")
        if sc == "centrale_global_deduction":
            if sum(BAL[i] for i in l["candidates"][0]) <= amt:
                bad(f"{tag}: global deduction candidate should exceed the amount")
        if sc in ("ref_amount_conflict", "two_named_one_amount"):
            if BAL[l["candidates"][0][0]] != amt:
                bad(f"{tag}: first candidate should be the exact-amount invoice")
    else:
        bad(f"{tag}: unknown status {st}")
    for a in apps:
        BAL[a["invoice_id"]] -= D(a["amount"])
        if BAL[a["invoice_id"]] < 0:
            bad(f"{tag}: balance below zero")

print("statuses:", dict(sorted(counts.items())))
if ERR:
    print(f"{len(ERR)} PROBLEM(S):")
    for e in ERR[:60]:
        print("  ", e)
    sys.exit(1)
print("OK: all labels replay cleanly")
