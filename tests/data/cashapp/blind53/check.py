#!/usr/bin/env python3
"""Sanity checker for ledger_pharmabenelux (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ledger_pharmabenelux")
invs = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pays = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
labs = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errs = []


def err(m):
    errs.append(m)


AMT = re.compile(r"\d+\.\d{2}")
INV = {i["id"]: i for i in invs}
bal = {i["id"]: Decimal(i["balance"]) for i in invs}
currencies = {i["currency"] for i in invs}
bycust = {}
for i in invs:
    bycust.setdefault(i["customer_id"], []).append(i)
    if not (AMT.fullmatch(i["total"]) and AMT.fullmatch(i["balance"])):
        err(f"invoice {i['id']} amounts not decimal strings")
    if not Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"]):
        err(f"invoice {i['id']} balance out of range")
    if i["due_date"] < i["issue_date"]:
        err(f"invoice {i['id']} due before issue")
if len({i["id"] for i in invs}) != len(invs) or len({i["number"] for i in invs}) != len(invs):
    err("duplicate invoice id/number")
if len(pays) != len(labs):
    err("payments/labels length differ")


def hits(cid, cur, amt, limit=12):
    op = [i for i in bycust.get(cid, []) if bal[i["id"]] > 0 and i["currency"] == cur]
    if len(op) > limit:
        return None
    out = []
    for m in range(1, 1 << len(op)):
        sel = [op[k]["id"] for k in range(len(op)) if m >> k & 1]
        if sum(bal[x] for x in sel) == amt:
            out.append(sorted(sel))
    return sorted(out)


def ogm_ok(digits):
    return len(digits) == 12 and (int(digits[:10]) % 97 or 97) == int(digits[10:])


def kenmerk_ok(k):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    body = k[1:]
    tot = sum(int(ch) * w[i % 10] for i, ch in enumerate(reversed(body)))
    c = 11 - tot % 11
    c = {10: 1, 11: 0}.get(c, c)
    return len(k) == 16 and int(k[0]) == c


GROUPNAMES = {n for n in {i["customer_name"] for i in invs}
              if any(w in n for w in ("groep", "Groep", "Réseau", "Collectief", "Solidaires", "CoopPharma", "FarmaNet",
                                      "coöperatie", "Zorggroep", "Holding", "Woonzorg Rivierenland", "Groupement"))}
seen = set()
prev_date = ""
for p, l in zip(pays, labs):
    pid = p["id"]
    if l["payment_id"] != pid:
        err(f"{pid}: label order")
    st = l["status"]
    sc = l["scenario"]
    for k in ("status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if k not in l:
            err(f"{pid}: label misses {k}")
    good_amt = isinstance(p["amount"], str) and AMT.fullmatch(p["amount"].lstrip("-")) is not None
    bad_in = (not good_amt or Decimal(p["amount"]) <= 0 or p["currency"] not in currencies
              or pid in seen or not p["date"])
    if st == "error":
        if not bad_in or l["applications"] or l["candidates"] or "error" not in l:
            err(f"{pid}: error label but input is fine / has applications")
        continue
    if bad_in:
        err(f"{pid}: bad input not labelled error")
        continue
    seen.add(pid)
    if p["date"] < prev_date:
        err(f"{pid}: payments not oldest first")
    prev_date = p["date"]
    amt = Decimal(p["amount"])
    un = Decimal(l["unapplied"])
    # scenario-level checks before balances change
    cid = p["customer_id"]
    if sc in ("amount_only_unique", "po_number_lookalike", "reference_typo", "statement_lump",
              "known_customer_no_fit") and any(x["customer_name"] in GROUPNAMES for x in bycust.get(
                  cid or INV[l["applications"][0]["invoice_id"]]["customer_id"], [])):
        err(f"{pid}: amount-only scenario on a pharmacy group")
    if sc in ("amount_only_unique", "po_number_lookalike", "reference_typo"):
        h = hits(l["applications"][0] and INV[l["applications"][0]["invoice_id"]]["customer_id"], p["currency"], amt)
        if h != [[l["applications"][0]["invoice_id"]]]:
            err(f"{pid}: {sc} amount not unique for the customer: {h}")
        if sc == "amount_only_unique" and cid is None:
            if sum(1 for x in invs if bal[x["id"]] == amt and x["currency"] == p["currency"]) != 1:
                err(f"{pid}: null-customer amount not unique in ledger")
    if sc in ("amount_only_ambiguous", "lump_ambiguous"):
        h = hits(cid, p["currency"], amt)
        if h != sorted(sorted(c) for c in l["candidates"]) or len(h) < 2:
            err(f"{pid}: ambiguous candidates {l['candidates']} != subsets {h}")
    if sc == "known_customer_no_fit" and hits(cid, p["currency"], amt) != []:
        err(f"{pid}: no-fit amount fits something")
    if sc == "unknown_payer_no_fit" and any(bal[x["id"]] == amt for x in invs):
        err(f"{pid}: unknown payer amount equals an open balance")
    if sc == "statement_lump":
        allopen = sorted(x["id"] for x in bycust[cid] if bal[x["id"]] > 0)
        if hits(cid, p["currency"], amt) != [allopen] or sorted(a["invoice_id"] for a in l["applications"]) != allopen:
            err(f"{pid}: statement lump not exactly all open invoices")
    if sc == "reference_amount_conflict":
        a, b = l["candidates"][0][0], l["candidates"][1][0]
        if hits(cid, p["currency"], amt) != [[b]] or bal[a] == amt or INV[a]["number"][2:] not in p["reference"]:
            err(f"{pid}: conflict scenario inconsistent")
    if sc == "ogm_structured":
        dg = re.sub(r"\D", "", p["reference"])
        inv = INV[l["applications"][0]["invoice_id"]]
        if not ogm_ok(dg) or inv["number"][2:] not in dg:
            err(f"{pid}: bad OGM")
    if sc == "nl_payment_reference":
        dg = re.sub(r"\D", "", p["reference"])
        inv = INV[l["applications"][0]["invoice_id"]]
        if not kenmerk_ok(dg) or inv["number"][2:] not in dg:
            err(f"{pid}: bad betalingskenmerk")
    if sc in ("ref_exact", "rest_after_earlier_payment", "duplicate_payment", "overpayment", "part_payment",
              "short_pay_unexplained", "invoice_list", "sepa_group_batch"):
        text = ((p["reference"] or "") + " " + (p["remittance"] or "")).upper()
        ids = [a["invoice_id"] for a in l["applications"]] or [x["id"] for x in invs
                                                              if x["number"][2:] in text]
        if not ids:
            err(f"{pid}: {sc} names no invoice")
        for iid in ids:
            n = INV[iid]["number"]
            if n not in text and n[2:] not in text and n[-3:] not in text:
                err(f"{pid}: {sc} text does not name {n}")
    if sc == "cross_currency" and (st != "review" or l["candidates"]):
        err(f"{pid}: cross currency must be review without candidates")
    if sc == "duplicate_payment":
        named = [x for x in invs if x["number"][2:] in (p["reference"] or "")]
        if len(named) != 1 or bal[named[0]["id"]] != 0 or named[0]["customer_id"] != cid:
            err(f"{pid}: duplicate payment of an invoice that is not settled")
    # candidates valid
    for cs in l["candidates"]:
        for c in cs:
            if c not in INV or bal[c] <= 0 or INV[c]["currency"] != p["currency"]:
                err(f"{pid}: invalid candidate {c}")
    # apply
    tot = un
    for a in l["applications"]:
        iid, x = a["invoice_id"], Decimal(a["amount"])
        if not AMT.fullmatch(a["amount"]):
            err(f"{pid}: application amount format")
        if iid not in INV or INV[iid]["currency"] != p["currency"]:
            err(f"{pid}: application to unknown invoice or other currency")
            continue
        if cid and INV[iid]["customer_id"] != cid:
            err(f"{pid}: applied to another customer's invoice")
        if x <= 0 or x > bal[iid]:
            err(f"{pid}: application {x} exceeds balance {bal[iid]}")
        bal[iid] -= x
        tot += x
    if tot != amt:
        err(f"{pid}: sum {tot} != amount {amt}")
    if st == "applied" and (un != 0 or not l["applications"] or l["short_pay"] or l["candidates"]):
        err(f"{pid}: applied shape")
    elif st == "partial":
        if un != 0 or not any(bal[a["invoice_id"]] > 0 for a in l["applications"]):
            err(f"{pid}: partial leaves nothing open")
        sp = l["short_pay"]
        if sp is not None and (Decimal(sp["amount"]) != bal.get(sp["invoice_id"]) or not sp["reason"]):
            err(f"{pid}: short_pay does not equal what is left open")
        if (sp is None) != (sc == "part_payment"):
            err(f"{pid}: short_pay presence vs scenario")
    elif st == "unapplied" and (un <= 0 or l["candidates"] or l["short_pay"]):
        err(f"{pid}: unapplied shape")
    elif st == "review" and (l["applications"] or un != amt or l["short_pay"]):
        err(f"{pid}: review shape")
    elif st not in ("applied", "partial", "unapplied", "review"):
        err(f"{pid}: unknown status {st}")
    if st == "applied":
        for a in l["applications"]:
            if bal[a["invoice_id"]] != 0:
                err(f"{pid}: applied but {a['invoice_id']} not closed")

ids = Counter(p["id"] for p in pays)
if sum(v - 1 for v in ids.values()) != sum(1 for l in labs if l["scenario"] == "duplicate_payment_id"):
    err("duplicate id count mismatch")
cust = {i["customer_id"] for i in invs}
print(f"{len(invs)} invoices, {len(cust)} customers, {len(pays)} payments")
print(dict(Counter(l["status"] for l in labs)))
if errs:
    print("\n".join(errs[:50]))
    print(f"{len(errs)} problems")
    sys.exit(1)
print("OK")
