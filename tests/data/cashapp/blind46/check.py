#!/usr/bin/env python3
"""Sanity checker for ledger_pubsec (not part of the data).  Re-derives every label from the files
alone: bad-input rows, the replay in file order, status semantics and scenario-specific evidence.
Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_pubsec")
INV = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))

problems = []


def bad(msg):
    problems.append(msg)


AMT = re.compile(r"^\d+\.\d{2}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUM = re.compile(r"(?<![\d])(4[0-5]\d{4})(?![\d])(?!\.\d\d)")


def cents(s):
    return int(s.replace(".", ""))


# invoices ---------------------------------------------------------------------------------------
by_id, by_num = {}, {}
for i in INV:
    assert set(i) == {"id", "number", "customer_id", "customer_name", "currency", "total", "balance",
                      "issue_date", "due_date"}, i
    if i["id"] in by_id or i["number"] in by_num:
        bad("duplicate invoice id/number %s" % i["id"])
    by_id[i["id"]] = i
    by_num[int(i["number"][4:])] = i
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])):
        bad("invoice amount format %s" % i["id"])
    if not 0 < cents(i["balance"]) <= cents(i["total"]):
        bad("invoice balance %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        bad("due before issue %s" % i["id"])
CURS = {i["currency"] for i in INV}
bal = {i["id"]: cents(i["balance"]) for i in INV}

# payments: which rows are bad input? --------------------------------------------------------------
assert len(PAY) == len(LAB)
seen, expect_err = set(), []
last_date = ""
for p in PAY:
    assert set(p) == {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}, p
    e = None
    if p["id"] in seen:
        e = "duplicate_id"
    elif not isinstance(p["amount"], str) or not re.match(r"^-?\d+\.\d{2}$", p["amount"]):
        e = "malformed"
    elif p["amount"].startswith("-"):
        e = "negative"
    elif p["currency"] not in CURS:
        e = "currency"
    elif not p["date"] or not DATE.match(p["date"]):
        e = "missing_date"
    seen.add(p["id"])
    expect_err.append(e)
    if p["date"] and DATE.match(p["date"]):
        if p["date"] < last_date:
            bad("payments not oldest first at %s" % p["id"])
        last_date = p["date"]

# replay -----------------------------------------------------------------------------------------
ALLOW_EXTRA = {"duplicate_payment", "ref_not_open", "cross_currency", "po_lookalike", "voucher_lookalike",
               "range_ref"}
for p, lb, e in zip(PAY, LAB, expect_err):
    pid = p["id"]
    if p["id"] != lb["payment_id"]:
        bad("order/id mismatch %s" % pid)
    if e:
        if lb["status"] != "error" or lb["applications"] or not lb.get("error") or lb["scenario"] != "bad_input_" + e:
            bad("%s should be an error row (%s)" % (pid, e))
        continue
    if lb["status"] == "error":
        bad("%s labelled error but input is fine" % pid)
        continue
    amt = cents(p["amount"])
    cur = p["currency"]
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    nums_in_text = {int(m) for m in NUM.findall(text)}
    cust = p["customer_id"]
    st, sc = lb["status"], lb["scenario"]
    before = dict(bal)

    def open_of(cid, c=cur):
        return [i for i in INV if i["customer_id"] == cid and i["currency"] == c and bal[i["id"]] > 0]

    # sums and balances
    total = cents(lb["unapplied"])
    for a in lb["applications"]:
        inv = by_id.get(a["invoice_id"])
        if inv is None:
            bad("%s applies to unknown invoice" % pid)
            continue
        c = cents(a["amount"])
        if inv["currency"] != cur:
            bad("%s applies across currencies" % pid)
        if not 0 < c <= bal[inv["id"]]:
            bad("%s takes %s past zero" % (pid, inv["number"]))
        bal[inv["id"]] -= c
        total += c
        if cust and inv["customer_id"] != cust:
            bad("%s applies to another customer's invoice" % pid)
    if total != amt:
        bad("%s applications+unapplied %d != amount %d" % (pid, total, amt))
    apps = [by_id[a["invoice_id"]] for a in lb["applications"]]
    app_nums = {int(i["number"][4:]) for i in apps}
    cand_nums = {int(by_id[x]["number"][4:]) for cs in lb["candidates"] for x in cs["invoice_ids"]}
    # status semantics
    if st == "applied":
        if lb["unapplied"] != "0.00" or not apps or lb["short_pay"] or any(bal[i["id"]] for i in apps):
            bad("%s applied semantics" % pid)
    elif st == "partial":
        if lb["unapplied"] != "0.00" or not any(bal[i["id"]] for i in apps):
            bad("%s partial semantics" % pid)
        sp = lb["short_pay"]
        if sp and (cents(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]):
            bad("%s short pay amount" % pid)
        if sc in ("grant_partial", "instalment_partial") and sp:
            bad("%s part payment with short_pay" % pid)
        if sc not in ("grant_partial", "instalment_partial") and not sp:
            bad("%s short pay missing" % pid)
    elif st == "unapplied":
        if cents(lb["unapplied"]) <= 0 or not cust:
            bad("%s unapplied semantics" % pid)
    elif st == "review":
        if apps or not lb["candidates"] or lb["unapplied"] != p["amount"]:
            bad("%s review semantics" % pid)
        for cs in lb["candidates"]:
            for x in cs["invoice_ids"]:
                if before[x] <= 0 or by_id[x]["currency"] != cur:
                    bad("%s candidate closed or other currency" % pid)
    else:
        bad("%s unknown status %s" % (pid, st))

    # evidence per scenario
    ref_based = {"ref_exact_single", "unknown_payer_ref_exact", "cad_ref_exact", "remit_multi_exact", "ctx820_multi",
                 "cad_multi_exact", "po_lookalike", "voucher_lookalike", "pays_remaining_balance", "pcard_net_fee",
                 "tax_exempt_short_pay", "tax_short_in_lump", "deduction_short_pay", "grant_partial",
                 "instalment_partial", "overpayment", "overpay_original_total"}
    if sc in ref_based and not app_nums <= nums_in_text:
        bad("%s: applied invoice not named in the text" % pid)
    if sc == "range_ref":
        m = re.search(r"(\d{6})\D{1,12}(\d{2,6})", p["reference"])
        lo = int(m.group(1))
        hi = int(str(lo)[: 6 - len(m.group(2))] + m.group(2))
        if app_nums != set(range(lo, hi + 1)):
            bad("%s range mismatch" % pid)
    if sc not in ALLOW_EXTRA and nums_in_text - app_nums - cand_nums:
        bad("%s: text names other invoice-like numbers %s" % (pid, nums_in_text - app_nums - cand_nums))
    if sc in ("po_lookalike", "voucher_lookalike"):
        decoys = nums_in_text - app_nums
        if sc == "voucher_lookalike":
            decoys = {int(m) for m in re.findall(r"VCHR 0*(\d+)", text)}
        if not decoys or any(n not in by_num or by_num[n]["customer_id"] == apps[0]["customer_id"] for n in decoys):
            bad("%s lookalike decoy" % pid)
    if sc == "amount_only_unique":
        hits = [i for i in INV if i["customer_id"] == cust and i["currency"] == cur and before[i["id"]] == amt]
        if len(hits) != 1 or nums_in_text:
            bad("%s amount-only not unique" % pid)
    if sc == "name_amount_unique":
        hits = [i for i in INV if i["currency"] == cur and before[i["id"]] == amt]
        if len(hits) != 1 or cust is not None or not by_id[hits[0]["id"]]["customer_name"]:
            bad("%s name+amount not unique" % pid)
    if sc == "statement_all_open":
        opens = {i["id"] for i in INV if i["customer_id"] == cust and i["currency"] == cur and before[i["id"]] > 0}
        if opens != {i["id"] for i in apps}:
            bad("%s statement does not cover all open" % pid)
    if sc in ("known_customer_no_fit", "ref_not_open", "cross_currency", "duplicate_payment"):
        bals = [before[i["id"]] for i in INV if i["customer_id"] == cust and i["currency"] == cur and before[i["id"]] > 0]
        if amt in bals or any(bals[x] + bals[y] == amt for x in range(len(bals)) for y in range(x + 1, len(bals))):
            bad("%s: something fits after all" % pid)
    if sc == "ref_not_open" and any(n in by_num for n in nums_in_text):
        bad("%s ghost number exists" % pid)
    if sc == "duplicate_payment":
        if not nums_in_text or any(n not in by_num or before[by_num[n]["id"]] != 0 for n in nums_in_text):
            bad("%s duplicate: referenced invoice is not already paid" % pid)
    if sc == "cross_currency":
        if not nums_in_text or any(by_num[n]["currency"] == cur for n in nums_in_text):
            bad("%s cross currency reference" % pid)
    if st == "review":
        first = sum(before[x] for x in lb["candidates"][0]["invoice_ids"])
        if sc != "ref_amount_conflict_review" or True:
            if first != amt:
                bad("%s first candidate does not sum to the amount" % pid)
        if sc in ("twin_amount_review", "treasury_two_agencies_review"):
            hits = [i for i in INV if i["currency"] == cur and before[i["id"]] == amt and
                    (sc == "treasury_two_agencies_review" or i["customer_id"] == cust)]
            if len(hits) < 2 or len(lb["candidates"]) != len(hits):
                bad("%s twin count" % pid)
        if sc == "subset_ambiguity_review":
            if any(sum(before[x] for x in cs["invoice_ids"]) != amt for cs in lb["candidates"]):
                bad("%s subset candidates" % pid)
        if sc == "ref_amount_conflict_review":
            named = nums_in_text
            if len(named) != 1 or int(by_id[lb["candidates"][1]["invoice_ids"][0]]["number"][4:]) not in named:
                bad("%s conflict: named invoice" % pid)
        if sc == "unidentified_amount_match_review" and cust is not None:
            bad("%s unidentified should have no customer" % pid)

# counts ------------------------------------------------------------------------------------------
st = Counter(lb["status"] for lb in LAB)
if len(INV) < 1300 or len(PAY) < 380 or st["error"] < 8:
    bad("size %d invoices %d payments %s" % (len(INV), len(PAY), st))
if problems:
    print("\n".join(problems[:50]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("ok: %d invoices, %d payments, %s" % (len(INV), len(PAY), dict(st)))
