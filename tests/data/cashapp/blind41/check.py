#!/usr/bin/env python3
"""Sanity checker for ledger_eastern (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
L = os.path.join(HERE, "ledger_eastern")
invs = json.load(open(os.path.join(L, "invoices.json"), encoding="utf-8"))
pays = json.load(open(os.path.join(L, "payments.json"), encoding="utf-8"))
labs = json.load(open(os.path.join(L, "labels.json"), encoding="utf-8"))
problems = []


def bad(msg):
    problems.append(msg)


INV = {i["id"]: i for i in invs}
CURS = set(i["currency"] for i in invs)
SEQ = defaultdict(list)
for i in invs:
    SEQ[int(re.findall(r"\d+", i["number"])[-1])].append(i["id"])
    for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
        if k not in i:
            bad(f"invoice {i.get('id')} lacks {k}")
    if not (D(i["total"]) >= D(i["balance"]) > 0):
        bad(f"invoice {i['id']} balance not in (0,total]")
if len(INV) != len(invs) or len(set(i["number"] for i in invs)) != len(invs):
    bad("duplicate invoice id or number")
if len(pays) != len(labs):
    bad("payments and labels differ in length")

b = {i["id"]: D(i["balance"]) for i in invs}
seen_ids = set()
last_date = ""
text_history = []   # (reference, remittance, amount, payment index)


def parse_amount(x):
    if not isinstance(x, str) or not re.fullmatch(r"-?\d+\.\d{2}", x):
        return None
    try:
        return D(x)
    except InvalidOperation:
        return None


def cust_open(cid, cur):
    return [i for i in invs if i["customer_id"] == cid and i["currency"] == cur and b[i["id"]] > 0]


def glob_open(cur):
    return [i for i in invs if i["currency"] == cur and b[i["id"]] > 0]


def fits(amt, op):
    vals = [b[i["id"]] for i in op]
    if amt in vals or (vals and amt == sum(vals)):
        return True
    return any(vals[x] + vals[y] == amt for x in range(len(vals)) for y in range(x + 1, len(vals)))


def named(inv, text):
    seq = int(re.findall(r"\d+", inv["number"])[-1])
    if inv["number"] in text:
        return True
    toks = [int(t) for t in re.findall(r"\d+", text)]
    return seq in toks and len(SEQ[seq]) == 1


REF_SCEN = ("ref_exact", "dealer_lump_list", "dealer_lump_with_short_pay", "dealer_lump_with_advance", "number_decoy",
            "completes_part_payment", "group_pays_for_farms", "part_payment", "instalment", "split_payment_net_part",
            "split_payment_vat_part", "overpayment_paid_total", "overpayment_advance")

for n, (p, lab) in enumerate(zip(pays, labs)):
    pid = p["id"]
    if lab["payment_id"] != pid:
        bad(f"row {n}: label id mismatch")
    for k in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if k not in lab:
            bad(f"{pid}: label lacks {k}")
    amt = parse_amount(p["amount"])
    defects = []
    if amt is None:
        defects.append("malformed")
    elif amt <= 0:
        defects.append("negative")
    if p["currency"] not in CURS:
        defects.append("currency")
    if not p["date"]:
        defects.append("date")
    if pid in seen_ids:
        defects.append("dup")
    seen_ids.add(pid)
    if p["date"]:
        if p["date"] < last_date:
            bad(f"{pid}: payments not oldest first")
        last_date = p["date"]
    st = lab["status"]
    if st == "error":
        if not defects:
            bad(f"{pid}: error label but no input defect")
        if lab["applications"] or not lab.get("error"):
            bad(f"{pid}: error row must have no applications and an error text")
        continue
    if defects:
        bad(f"{pid}: input defect {defects} but status {st}")
        continue
    cur = p["currency"]
    cid = p["customer_id"]
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    sc = lab["scenario"]
    before = dict(b)
    # scenario claims, evaluated on balances before this payment
    if sc == "amount_only_known_customer":
        m = [i for i in cust_open(cid, cur) if b[i["id"]] == amt]
        if not cid or len(m) != 1 or m[0]["id"] != lab["applications"][0]["invoice_id"]:
            bad(f"{pid}: amount-only match not unique")
    if sc == "payer_name_and_amount":
        m = [i for i in glob_open(cur) if b[i["id"]] == amt]
        if cid or len(m) != 1 or m[0]["id"] != lab["applications"][0]["invoice_id"]:
            bad(f"{pid}: name+amount match not unique")
        elif m[0]["customer_id"] and not any(w in p["payer_name"].upper() for w in re.findall(r"\w{4,}", m[0]["customer_name"].upper())):
            bad(f"{pid}: payer name shares no word with {m[0]['customer_name']}")
    if sc == "statement_balance":
        if set(a["invoice_id"] for a in lab["applications"]) != set(i["id"] for i in cust_open(cid, cur)):
            bad(f"{pid}: statement does not cover exactly the open invoices")
    if sc in ("known_customer_no_fit", "prepayment_no_invoice", "unexplained_short_no_reference"):
        if not cid or fits(amt, cust_open(cid, cur)):
            bad(f"{pid}: {sc} but something fits")
    if sc == "currency_mismatch" and (not cid or cust_open(cid, cur)):
        bad(f"{pid}: currency mismatch but customer has {cur} invoices")
    if sc == "second_payment_of_paid_invoice":
        prev = [t for t in text_history if t[0] == (p["reference"], p["remittance"], p["amount"])]
        if not prev:
            bad(f"{pid}: no earlier identical payment")
        else:
            m = [a["invoice_id"] for a in labs[prev[-1][1]]["applications"]]
            if len(m) != 1 or b[m[0]] != 0 or fits(amt, cust_open(cid, cur)):
                bad(f"{pid}: duplicate's invoice not at zero, or the amount fits another invoice")
    cands = [c["invoice_ids"] for c in lab["candidates"]]
    gm = [i["id"] for i in glob_open(cur) if b[i["id"]] == amt]
    if sc == "unknown_payer_amount_match" and (cid or gm != [cands[0][0]] or len(cands) != 1):
        bad(f"{pid}: unknown payer single match wrong {gm}")
    if sc == "unknown_payer_two_matches" and (cid or sorted(gm) != sorted(c[0] for c in cands)):
        bad(f"{pid}: unknown payer two matches wrong")
    if sc == "unknown_payer_no_match" and (cid or gm or cands):
        bad(f"{pid}: unknown payer no-match wrong")
    if sc == "two_invoices_same_amount":
        m = [i["id"] for i in cust_open(cid, cur) if b[i["id"]] == amt]
        if sorted(m) != sorted(c[0] for c in cands) or len(m) != 2:
            bad(f"{pid}: twin amount wrong")
    if sc == "ambiguous_payer_name":
        cs = [INV[c[0]] for c in cands]
        if cid or len(set(i["customer_id"] for i in cs)) != 2 or any(b[i["id"]] != amt for i in cs):
            bad(f"{pid}: ambiguous payer wrong")
        if sorted(gm) != sorted(i["id"] for i in cs):
            bad(f"{pid}: ambiguous payer: other amount matches exist")
    if sc == "single_or_pair":
        if b[cands[0][0]] != amt or sum(b[x] for x in cands[1]) != amt or len(cands[1]) != 2:
            bad(f"{pid}: single_or_pair wrong")
    if sc == "dealer_list_does_not_add_up":
        if sum(b[x] for x in cands[0]) <= amt or not all(named(INV[x], text) for x in cands[0]):
            bad(f"{pid}: dealer list mismatch wrong")
    if sc == "invoice_number_fits_two_years":
        a1, a2 = INV[cands[0][0]], INV[cands[1][0]]
        if a1["number"][-5:] != a2["number"][-5:] or amt in (b[a1["id"]], b[a2["id"]]):
            bad(f"{pid}: two-years case wrong")
    if sc == "reference_conflicts_with_amount":
        x, y = INV[cands[0][0]], INV[cands[1][0]]
        if not named(x, text) or b[x["id"]] == amt or b[y["id"]] != amt or named(y, text):
            bad(f"{pid}: ref-vs-amount wrong")
    if sc in REF_SCEN or sc.startswith("short_pay_"):
        for a in lab["applications"]:
            if not named(INV[a["invoice_id"]], text):
                bad(f"{pid}: {sc}: {INV[a['invoice_id']]['number']} not named in the text")
    if sc == "invoice_range":
        nums = [int(x) for x in re.findall(r"\d{4,5}", text) if not 1950 <= int(x) <= 2099]
        lo, hi = nums[0], nums[1]
        ids = sorted(x for s in range(lo, hi + 1) for x in SEQ.get(s, []))
        if ids != sorted(a["invoice_id"] for a in lab["applications"]):
            bad(f"{pid}: range does not match applications")
    # arithmetic replay
    tot = parse_amount(lab["unapplied"])
    if tot is None or tot < 0:
        bad(f"{pid}: unapplied malformed")
        continue
    for a in lab["applications"]:
        x = parse_amount(a["amount"])
        i = INV.get(a["invoice_id"])
        if i is None or x is None or x <= 0:
            bad(f"{pid}: bad application {a}")
            continue
        if i["currency"] != cur:
            bad(f"{pid}: cross-currency application")
        b[i["id"]] -= x
        if b[i["id"]] < 0:
            bad(f"{pid}: {i['number']} past zero")
        tot += x
    if tot != amt:
        bad(f"{pid}: applications + unapplied {tot} != amount {amt}")
    apps = lab["applications"]
    if st == "applied":
        if D(lab["unapplied"]) != 0 or not apps or lab["short_pay"] or lab["candidates"]:
            bad(f"{pid}: applied shape")
        if any(b[a["invoice_id"]] != 0 for a in apps):
            bad(f"{pid}: applied leaves an applied invoice open")
    elif st == "partial":
        if D(lab["unapplied"]) != 0 or not any(b[a["invoice_id"]] > 0 for a in apps) or lab["candidates"]:
            bad(f"{pid}: partial shape")
        sp = lab["short_pay"]
        if sp:
            if sp["invoice_id"] not in [a["invoice_id"] for a in apps] or b[sp["invoice_id"]] != D(sp["amount"]) or not sp["reason"]:
                bad(f"{pid}: short_pay does not equal the balance left open")
            digits = re.sub(r"\D", "", text)
            if sc != "dealer_lump_with_short_pay" and str(int(D(sp["amount"]))) not in re.sub(r"[ .,]", "", text) and str(int(D(sp["amount"]))) not in digits:
                bad(f"{pid}: short pay amount not stated in the text")
    elif st == "unapplied":
        if D(lab["unapplied"]) <= 0 or lab["candidates"] or lab["short_pay"]:
            bad(f"{pid}: unapplied shape")
        if not cid and not apps:
            bad(f"{pid}: unapplied cash needs a known customer")
    elif st == "review":
        if apps or D(lab["unapplied"]) != amt or lab["short_pay"]:
            bad(f"{pid}: review shape")
        for cs in cands:
            for x in cs:
                if INV[x]["currency"] != cur or before[x] <= 0:
                    bad(f"{pid}: candidate {x} not an open {cur} invoice")
    else:
        bad(f"{pid}: unknown status {st}")
    text_history.append(((p["reference"], p["remittance"], p["amount"]), n))

cnt = Counter(l["status"] for l in labs)
print("invoices", len(invs), "customers", len(set(i["customer_id"] for i in invs)), "payments", len(pays), dict(cnt))
if problems:
    print("\n".join(problems[:60]))
    print(len(problems), "problem(s)")
    sys.exit(1)
print("OK")
