#!/usr/bin/env python3
"""Re-verify every label of na_foodservice from the generated data alone. Exit 1 on any problem."""
import json, os, re, sys, datetime as dt
from decimal import Decimal as D, InvalidOperation
from itertools import combinations
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "na_foodservice")
inv_l = json.load(open(os.path.join(LED, "invoices.json")))
pays = json.load(open(os.path.join(LED, "payments.json")))
labs = json.load(open(os.path.join(LED, "labels.json")))
errs = []
def bad(msg): errs.append(msg)
DEC = re.compile(r"^\d+\.\d{2}$")
CURS = {"USD", "CAD", "MXN"}

def pdate(x):
    try: return dt.date.fromisoformat(x)
    except Exception: return None

# ---- invoices
IK = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
INV, NUM = {}, {}
for i in inv_l:
    if list(i) != IK: bad(f"invoice keys {i.get('id')}")
    if i["id"] in INV: bad(f"dup invoice id {i['id']}")
    if i["number"] in NUM: bad(f"dup invoice number {i['number']}")
    INV[i["id"]] = i; NUM[i["number"].split("-")[1]] = i
    if not (DEC.match(i["total"]) and DEC.match(i["balance"])): bad(f"amount format {i['id']}")
    elif not (D("0") < D(i["balance"]) <= D(i["total"])): bad(f"balance range {i['id']}")
    if i["currency"] not in CURS: bad(f"currency {i['id']}")
    a, b = pdate(i["issue_date"]), pdate(i["due_date"])
    if not a or not b or b < a: bad(f"dates {i['id']}")
if not 1200 <= len(inv_l) <= 1800: bad("invoice count")
cust_names = {i["customer_id"]: i["customer_name"] for i in inv_l}
cust_cur = {i["customer_id"]: i["currency"] for i in inv_l}

# ---- payments / labels shape
PK = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LK = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"]
if len(pays) != len(labs): bad("length mismatch")
prev = None
for k, (p, l) in enumerate(zip(pays, labs)):
    if list(p) != PK: bad(f"payment keys {p.get('id')}")
    if p["id"] != f"p-{k+1:03d}" or l["payment_id"] != p["id"]: bad(f"id order {k}")
    if [x for x in l if x != "error"] != LK: bad(f"label keys {p['id']}")
    if l["status"] not in ("applied", "partial", "unapplied", "review"): bad(f"status {p['id']}")
    if not re.match(r"^\[(en|fr-CA|es-MX)\] ", l["note"]): bad(f"note prefix {p['id']}")
    d = pdate(p["date"])
    if d:
        if prev and d < prev: bad(f"not oldest first {p['id']}")
        prev = d

def row_is_bad(p):
    a = p["amount"]
    if not isinstance(a, str) or not DEC.match(a) or D(a) <= 0: return True
    if p["currency"] not in CURS: return True
    return pdate(p["date"]) is None

# ---- bank-name -> customer: name in payer_name resolved through customer_id elsewhere in file
bank2cust = {}
for p in pays:
    if p["customer_id"]: bank2cust.setdefault(p["payer_name"], p["customer_id"])

def norm_amounts(x):
    q = D(x).quantize(D("0.01")); t = f"{q:,.2f}"
    return {str(q), t, t.replace(",", " ").replace(".", ","), t.replace(",", "")}
def text(p): return " ".join(x for x in (p["reference"], p["remittance"]) if x)
def has_num(txt, n): return re.search(r"(?<!\d)" + n + r"(?!\d)", txt) is not None

bal = {i: D(v["balance"]) for i, v in INV.items()}
paid_by = {}
REF_SC = {"exact_ref", "multi_list", "second_payment", "overpayment", "partial", "short_pay", "currency_mismatch",
          "third_party_payer", "ref_amount_conflict", "balance_after_partial"}
for p, l in zip(pays, labs):
    pid, sc, st = p["id"], l["scenario"], l["status"]
    t = text(p)
    if sc == "bad_row":
        if not row_is_bad(p): bad(f"{pid} bad_row but row is fine")
        if st != "review" or l["applications"] or "error" not in l: bad(f"{pid} bad_row label")
        continue
    if row_is_bad(p): bad(f"{pid} unexpected bad row"); continue
    if "error" in l: bad(f"{pid} error on good row")
    amt = D(p["amount"])
    cid = p["customer_id"] or bank2cust.get(p["payer_name"])
    # --- arithmetic and ledger simulation
    tot = D(l["unapplied"])
    if not DEC.match(l["unapplied"]): bad(f"{pid} unapplied format")
    for a in l["applications"]:
        x = a["invoice_id"]
        if x not in INV: bad(f"{pid} unknown invoice {x}"); continue
        v = D(a["amount"])
        if INV[x]["currency"] != p["currency"]: bad(f"{pid} currency {x}")
        if not (0 < v <= bal[x]): bad(f"{pid} over-applies {x}")
        bal[x] -= v; tot += v; paid_by.setdefault(x, []).append(pid)
    if st == "review":
        if l["applications"] or D(l["unapplied"]) != amt: bad(f"{pid} review must apply nothing")
        if sc != "unknown_payer" and not l["candidates"]: bad(f"{pid} review without candidates")
        for c in l["candidates"]:
            for x in c:
                if x not in INV: bad(f"{pid} candidate {x}")
    else:
        if tot != amt: bad(f"{pid} sums {tot} != {amt}")
        if l["candidates"]: bad(f"{pid} candidates on non-review")
    if st == "applied" and (D(l["unapplied"]) != 0 or any(bal[a["invoice_id"]] != 0 for a in l["applications"])): bad(f"{pid} applied leaves open")
    if st == "partial" and not any(bal[a["invoice_id"]] > 0 for a in l["applications"]): bad(f"{pid} partial closes all")
    if st == "unapplied" and D(l["unapplied"]) <= 0: bad(f"{pid} unapplied zero")
    sp = l["short_pay"]
    if sp:
        if st != "partial" or sp["invoice_id"] not in [a["invoice_id"] for a in l["applications"]]: bad(f"{pid} short_pay inv")
        if bal[sp["invoice_id"]] != D(sp["amount"]): bad(f"{pid} short_pay amount != remaining balance")
        if not (norm_amounts(sp["amount"]) & set(re.findall(r"[\d][\d ,.]*\d", t))) and not any(s in t for s in norm_amounts(sp["amount"])):
            bad(f"{pid} deduction not in text")
    elif sc == "short_pay": bad(f"{pid} short_pay missing")
    # --- evidence in text
    if sc in REF_SC:
        ids = [a["invoice_id"] for a in l["applications"]] or [l["candidates"][0][0]] if (l["applications"] or l["candidates"]) else []
        if sc == "second_payment":
            ids = [x for x, v in NUM.items() if has_num(t, x)]
            ids = [NUM[x]["id"] for x in ids]
            if len(ids) != 1 or bal[ids[0]] != 0 or not paid_by.get(ids[0]): bad(f"{pid} second payment evidence")
            elif D(INV[ids[0]]["balance"]) != amt: bad(f"{pid} second payment amount")
            continue
        for x in ids:
            if not has_num(t, INV[x]["number"].split("-")[1]): bad(f"{pid} {INV[x]['number']} not in text")
    if sc == "range":
        nums = sorted(INV[a["invoice_id"]]["number"].split("-")[1] for a in l["applications"])
        if not has_num(t, nums[0]) or [int(n) for n in nums] != list(range(int(nums[0]), int(nums[0]) + len(nums))):
            bad(f"{pid} range evidence")
        if not (has_num(t, nums[-1]) or has_num(t, nums[-1][-3:])): bad(f"{pid} range end")
        if len({INV[a["invoice_id"]]["customer_id"] for a in l["applications"]}) != 1: bad(f"{pid} range customers")
    if sc == "ref_typo":
        x = l["applications"][0]["invoice_id"]; n = INV[x]["number"].split("-")[1]
        if has_num(t, n) or D(INV[x]["balance"]) != amt: bad(f"{pid} typo evidence")
        cands = re.findall(r"(?<!\d)\d{5,6}(?!\d)", p["remittance"] or "")
        if not cands or any(c in NUM for c in cands): bad(f"{pid} typo number is a real invoice")
    if sc == "po_lookalike":
        m = re.findall(r"(?<!\d)2\d{5}(?!\d)", t)
        x = l["applications"][0]["invoice_id"]
        if len(m) != 1 or m[0] not in NUM or NUM[m[0]]["customer_id"] == INV[x]["customer_id"] or D(NUM[m[0]]["balance"]) == amt:
            bad(f"{pid} po lookalike evidence")
    if sc in ("exact_ref", "overpayment") and l["applications"]:
        x = l["applications"][0]["invoice_id"]
        if sc == "exact_ref" and D(INV[x]["balance"]) != amt: bad(f"{pid} exact amount")
    if sc == "third_party_payer":
        x = l["candidates"][0][0]
        if not p["customer_id"] or INV[x]["customer_id"] == p["customer_id"]: bad(f"{pid} third party")
    if sc == "currency_mismatch":
        if INV[l["candidates"][0][0]]["currency"] == p["currency"]: bad(f"{pid} currency mismatch")
    if sc == "unknown_payer":
        if p["customer_id"] or p["payer_name"] in bank2cust: bad(f"{pid} payer is known")
        if any(has_num(t, n) for n in NUM): bad(f"{pid} unknown payer quotes an invoice")
    # --- amount-only uniqueness among the customer's open invoices at this point (before this payment)
    if sc in ("amount_only", "po_lookalike", "lump_no_ref", "ambiguous_same_amount", "no_fit", "ref_amount_conflict", "third_party_payer"):
        if not cid: bad(f"{pid} customer not identifiable"); continue
        before = dict(bal)
        for a in l["applications"]: before[a["invoice_id"]] += D(a["amount"])
        open_ = [x for x in INV if INV[x]["customer_id"] == cid and before[x] > 0 and INV[x]["currency"] == p["currency"]]
        singles = {x for x in open_ if before[x] == amt}
        pairs = {frozenset(c) for c in combinations(open_, 2) if before[c[0]] + before[c[1]] == amt}
        if sc in ("amount_only", "po_lookalike") and (singles != {l["applications"][0]["invoice_id"]} or pairs): bad(f"{pid} amount not unique")
        if sc == "lump_no_ref" and (singles or pairs != {frozenset(l["candidates"][0])}): bad(f"{pid} lump not unique")
        if sc == "ambiguous_same_amount" and (singles != {c[0] for c in l["candidates"]} or len(singles) < 2 or pairs): bad(f"{pid} dup amount")
        if sc == "no_fit" and (singles or pairs): bad(f"{pid} no_fit fits")
        if sc == "ref_amount_conflict" and (singles != {l["candidates"][1][0]} or before[l["candidates"][0][0]] <= amt): bad(f"{pid} conflict")
        if sc == "third_party_payer" and (singles or pairs): bad(f"{pid} third party fits own invoice")
        if sc in ("amount_only", "po_lookalike", "lump_no_ref", "ambiguous_same_amount") and any(has_num(t, n) for n in NUM if NUM[n]["customer_id"] == cid):
            bad(f"{pid} amount-only case quotes an own invoice")

if errs:
    print("\n".join(errs[:60])); print(f"{len(errs)} problem(s)"); sys.exit(1)
print(f"OK: {len(inv_l)} invoices, {len(pays)} payments;", dict(Counter(l["status"] for l in labs)))
