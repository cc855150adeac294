#!/usr/bin/env python3
"""Sanity checker for the Gulf cash-application set (not part of the data).

Re-derives the bad-input rows, replays every label in file order and checks the
arithmetic, currencies, decimals and the evidence each label relies on.
Exits 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_gulf_industrial")
EXP = {"AED": 2, "SAR": 2, "QAR": 2, "USD": 2, "OMR": 3, "KWD": 3, "BHD": 3}
problems = []


def bad(msg):
    problems.append(msg)


def load(n):
    with open(os.path.join(LED, n), encoding="utf-8") as f:
        return json.load(f)


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
INV = {i["id"]: i for i in invoices}
SEQ = {i["number"].rsplit("-", 1)[1]: i for i in invoices}
if len(INV) != len(invoices) or len({i["number"] for i in invoices}) != len(invoices):
    bad("invoice ids or numbers not unique")
for i in invoices:
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}:
        bad(f"invoice fields {i['id']}")
    for k in ("total", "balance"):
        if len(i[k].split(".")[1]) != EXP[i["currency"]]:
            bad(f"decimals {i['id']} {k}")
    if not 0 < Decimal(i["balance"]) <= Decimal(i["total"]):
        bad(f"balance {i['id']}")
CUST_NAME = {}
for i in invoices:
    CUST_NAME[i["customer_id"]] = i["customer_name"]
cur_set = {i["currency"] for i in invoices}


def norm(s):
    s = s.upper().replace(".", "").replace(",", "").replace("(", "").replace(")", "")
    return re.sub(r"\s+", " ", s).strip()


if len(labels) != len(payments):
    bad("labels and payments differ in length")
if not 300 <= len(payments) <= 500 or not 1300 <= len(invoices) <= 1700 or not 250 <= len(CUST_NAME) <= 350:
    bad("sizes out of range")

# ---- expected bad-input rows, derived from the payments alone
seen, expected_err = set(), []
for p in payments:
    e = None
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        bad(f"payment fields {p.get('id')}")
    if p["id"] in seen:
        e = "duplicate payment id"
    elif not p["date"]:
        e = "missing date"
    elif not isinstance(p["amount"], str) or not re.fullmatch(r"-?\d+(\.\d+)?", p["amount"]):
        e = "malformed amount"
    elif Decimal(p["amount"]) <= 0:
        e = "negative amount"
    elif p["currency"] not in cur_set:
        e = "currency"
    seen.add(p["id"])
    expected_err.append(e)

dates = [p["date"] for p in payments if p["date"]]
if dates != sorted(dates):
    bad("payments not oldest first")

RANGE_RE = re.compile(r"(\d{6})\s*(?:TO|TILL|THRU|-)\s*(\d{3,6})\b")
ABBR_RE = re.compile(r"(\d{6})((?:/\d{3})+)\b")


def mentioned(text):
    out = set(re.findall(r"(?<!\d)(\d{6})(?!\d)", text))
    for a, b in RANGE_RE.findall(text):
        b = a[: 6 - len(b)] + b
        out |= {str(x) for x in range(int(a), int(b) + 1)}
    for a, rest in ABBR_RE.findall(text):
        out |= {a[:3] + x for x in rest.strip("/").split("/")}
    return out


def subsets(invs, amount, bal):
    n = len(invs)
    maxk = n if n <= 14 else 3
    out = []
    for k in range(1, maxk + 1):
        for c in combinations(invs, k):
            if sum(bal[i["id"]] for i in c) == amount:
                out.append(sorted(i["id"] for i in c))
    return out


def open_of(cid, cur, bal):
    return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


REF_BASED = {"ref_exact", "ref_exact_noid", "cheque", "multi_ref", "range", "advice", "balance_after_part",
             "short_retention", "short_wht", "short_charges", "short_other", "part_payment", "overpay",
             "third_party"}
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
status_n = Counter()
for k, (p, lab) in enumerate(zip(payments, labels)):
    pid = p["id"]
    if lab["payment_id"] != pid:
        bad(f"order {k}")
        continue
    status_n[lab["status"]] += 1
    if (lab["status"] == "error") != (expected_err[k] is not None):
        bad(f"{pid}: error label mismatch ({expected_err[k]})")
        continue
    if lab["status"] == "error":
        if lab["applications"] or lab["candidates"] or lab["short_pay"] or not lab.get("error"):
            bad(f"{pid}: error row shape")
        continue
    cur, amt = p["currency"], Decimal(p["amount"])
    e = EXP[cur]
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    ment = mentioned(text)
    total = Decimal(lab["unapplied"])
    if len(lab["unapplied"].split(".")[1]) != e:
        bad(f"{pid}: unapplied decimals")
    before = dict(bal)
    for a in lab["applications"]:
        inv = INV.get(a["invoice_id"])
        x = Decimal(a["amount"])
        if inv is None or inv["currency"] != cur:
            bad(f"{pid}: application invoice/currency")
            continue
        if len(a["amount"].split(".")[1]) != e:
            bad(f"{pid}: application decimals")
        if not 0 < x <= bal[inv["id"]]:
            bad(f"{pid}: past zero balance on {inv['number']}")
        if p["customer_id"] and inv["customer_id"] != p["customer_id"]:
            bad(f"{pid}: applied to another customer's invoice")
        bal[inv["id"]] -= x
        total += x
        if lab["scenario"] in REF_BASED and inv["number"].rsplit("-", 1)[1] not in ment:
            bad(f"{pid}: {inv['number']} not named in reference/remittance")
    if total != amt:
        bad(f"{pid}: applications + unapplied != amount")
    st = lab["status"]
    apps = {a["invoice_id"] for a in lab["applications"]}
    if st == "applied" and (not apps or total - Decimal(lab["unapplied"]) != amt or lab["short_pay"]):
        bad(f"{pid}: applied shape")
    if st == "partial":
        sp = lab["short_pay"]
        if not apps or Decimal(lab["unapplied"]) != 0:
            bad(f"{pid}: partial shape")
        if sp and (sp["invoice_id"] not in apps or bal[sp["invoice_id"]] != Decimal(sp["amount"])
                   or len(sp["amount"].split(".")[1]) != e or not sp["reason"]):
            bad(f"{pid}: short_pay")
        if not sp and not any(bal[i] > 0 for i in apps):
            bad(f"{pid}: part payment leaves nothing open")
    if st == "unapplied":
        if Decimal(lab["unapplied"]) <= 0 or lab["short_pay"]:
            bad(f"{pid}: unapplied shape")
        if not apps and p["customer_id"] and subsets(open_of(p["customer_id"], cur, before), amt, before):
            bad(f"{pid}: held as unapplied but an open set fits")
    if st == "review":
        if apps or Decimal(lab["unapplied"]) != amt or lab["short_pay"]:
            bad(f"{pid}: review shape")
        for c in lab["candidates"]:
            if not c["invoice_ids"] or any(before.get(i, 0) <= 0 for i in c["invoice_ids"]):
                bad(f"{pid}: candidate not open")
        if lab["scenario"] in ("ambiguous_amount", "subset_ambiguous", "similar_name"):
            if len(lab["candidates"]) < 2:
                bad(f"{pid}: ambiguity with < 2 candidates")
            for c in lab["candidates"]:
                if sum(before[i] for i in c["invoice_ids"]) != amt or any(INV[i]["currency"] != cur for i in c["invoice_ids"]):
                    bad(f"{pid}: candidate does not fit")
        if lab["scenario"] == "cross_currency" and any(INV[i]["currency"] == cur for c in lab["candidates"] for i in c["invoice_ids"]):
            bad(f"{pid}: cross-currency candidate in same currency")
        if lab["scenario"] == "similar_name":
            hits = {c for c, n in CUST_NAME.items() if norm(n).startswith(p["payer_name"])}
            if len(hits) < 2 or p["customer_id"]:
                bad(f"{pid}: similar name not ambiguous")
        if lab["scenario"] == "unknown_payer":
            if p["customer_id"] or any(norm(n).startswith(p["payer_name"]) for n in CUST_NAME.values()):
                bad(f"{pid}: unknown payer is known")
    # amount-only evidence: the applied set is the only one that fits
    if lab["scenario"] in ("amount_only", "name_amount", "statement") or (
            lab["scenario"] == "po_trap" and not any(INV[i]["number"].rsplit("-", 1)[1] in ment and
                                                     not re.search(r"(?:\bPO|\bPO NO|LPO|JOB NO|CONTRACT)\s+" + INV[i]["number"].rsplit("-", 1)[1], text)
                                                     for i in apps)):
        cid = p["customer_id"]
        if not cid:
            hits = [c for c, n in CUST_NAME.items() if norm(n).startswith(p["payer_name"])]
            if len(hits) != 1:
                bad(f"{pid}: payer name not unique")
                continue
            cid = hits[0]
        fits = subsets(open_of(cid, cur, before), amt, before)
        if fits != [sorted(apps)]:
            bad(f"{pid}: amount-only match is not unique ({len(fits)} sets)")
    if lab["scenario"] == "po_trap":
        for num in re.findall(r"(?:PO|PO NO|LPO|JOB NO|CONTRACT)\s+(\d{6})", text):
            if num in {INV[i]["number"].rsplit("-", 1)[1] for i in apps}:
                bad(f"{pid}: PO number used as invoice")

if sum(1 for e in expected_err if e) < 8:
    bad("too few bad-input rows")
for s in ("applied", "partial", "unapplied", "review", "error"):
    if not status_n[s]:
        bad(f"no {s} rows")

if problems:
    print("\n".join(problems[:50]))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"ok: {len(invoices)} invoices, {len(payments)} payments, " + ", ".join(f"{k} {v}" for k, v in sorted(status_n.items())))
