#!/usr/bin/env python3
"""Re-verify every label of gulf_building_materials from the data alone. Exit 1 on any problem."""
import json, os, re, sys
from decimal import Decimal as D, InvalidOperation
from datetime import date
from itertools import combinations

F = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gulf_building_materials")
inv = json.load(open(os.path.join(F, "invoices.json")))
pay = json.load(open(os.path.join(F, "payments.json")))
lab = json.load(open(os.path.join(F, "labels.json")))
DP = {"AED": 2, "SAR": 2, "QAR": 2, "EGP": 2, "USD": 2, "OMR": 3, "KWD": 3, "BHD": 3}
errs = []
def bad(m): errs.append(m)
AR = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
def fmt_ok(x, cur): return isinstance(x, str) and re.fullmatch(r"\d+\.\d{%d}" % DP[cur], x) is not None

byid = {i["id"]: i for i in inv}
bynum = {i["number"]: i for i in inv}
if len(byid) != len(inv) or len(bynum) != len(inv): bad("duplicate invoice id/number")
for i in inv:
    if not (fmt_ok(i["total"], i["currency"]) and i["total"] == i["balance"]): bad(f"{i['id']} amount format")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]): bad(f"{i['id']} dates")
if not (1200 <= len(inv) <= 1800 and 380 <= len(pay) <= 450 and len(pay) == len(lab)): bad("sizes")
bal = {i["id"]: D(i["balance"]) for i in inv}
KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note", "lang"}
prev = ""
for p, l in zip(pay, lab):
    pid = p["id"]
    if l["payment_id"] != pid: bad(f"{pid} order")
    if set(l) - {"error"} != KEYS: bad(f"{pid} keys {set(l)}")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x).translate(AR)
    sc = l["scenario"]
    if sc == "bad_row":
        ok = True
        try:
            a = D(p["amount"]); ok = re.fullmatch(r"\d+\.\d+", p["amount"] or "") is not None and a > 0
        except (InvalidOperation, TypeError): ok = False
        cur_ok = p["currency"] in DP
        try: date.fromisoformat(p["date"]); d_ok = re.fullmatch(r"\d{4}-\d\d-\d\d", p["date"]) is not None
        except (ValueError, TypeError): d_ok = False
        exp = "invalid_amount" if not ok else "invalid_currency" if not cur_ok else "invalid_date" if not d_ok else None
        if l.get("error") != exp or l["status"] != "review" or l["applications"] or l["unapplied"] != "0.00":
            bad(f"{pid} bad row label {exp}")
        continue
    if "error" in l: bad(f"{pid} error on good row")
    cur = p["currency"]
    if cur not in DP or not fmt_ok(p["amount"], cur): bad(f"{pid} amount fmt")
    if p["date"] < prev: bad(f"{pid} not oldest first")
    prev = p["date"]
    amt = D(p["amount"])
    tot = D(0)
    for a in l["applications"]:
        i = byid[a["invoice_id"]]
        if i["currency"] != cur or not fmt_ok(a["amount"], cur): bad(f"{pid} app currency/format")
        x = D(a["amount"])
        if x <= 0 or x > bal[i["id"]]: bad(f"{pid} over-applies {i['id']}")
        bal[i["id"]] -= x; tot += x
        # invoice named in text, or (amount/name scenarios) uniquely identified
    if not fmt_ok(l["unapplied"], cur) or tot + D(l["unapplied"]) != amt: bad(f"{pid} sums")
    st = l["status"]
    if st == "review" and (l["applications"] or D(l["unapplied"]) != amt): bad(f"{pid} review applies")
    if st != "review" and l["candidates"]: bad(f"{pid} candidates on non-review")
    if st == "applied" and D(l["unapplied"]) != 0: bad(f"{pid} applied with unapplied")
    if st == "unapplied" and D(l["unapplied"]) == 0: bad(f"{pid} unapplied zero")
    if st == "partial":
        app_inv = l["applications"][0]["invoice_id"]
        if bal[app_inv] <= 0: bad(f"{pid} partial leaves nothing open")
        if l["short_pay"]:
            if l["short_pay"]["invoice_id"] != app_inv or D(l["short_pay"]["amount"]) != bal[app_inv]: bad(f"{pid} short amount")
            sa = l["short_pay"]["amount"]
            if sc == "short_pay" and "%" not in text and sa not in text: bad(f"{pid} deduction not in text")
            if "%" in text:
                pct = D(re.search(r"(\d+)%", text).group(1)) / 100
                if (D(byid[app_inv]["total"]) * pct).quantize(D(1).scaleb(-DP[cur])) != D(sa): bad(f"{pid} pct")
    # text evidence
    named = set(re.findall(r"INV-\d{6}", text))
    if sc in ("exact_ref", "pdc_cheque", "list_ref", "part_payment", "short_pay", "overpayment", "parent_pays", "second_payment", "balance_after_partial"):
        want = {byid[a["invoice_id"]]["number"] for a in l["applications"]}
        if sc == "second_payment":
            if len(named) != 1 or bal[bynum[named.pop()]["id"]] != 0: bad(f"{pid} second payment target still open")
        elif not want <= named: bad(f"{pid} invoice numbers not in text {want - named}")
        if sc == "parent_pays":
            for a in l["applications"]:
                if byid[a["invoice_id"]]["customer_name"] not in text: bad(f"{pid} subsidiary name missing")
    if sc == "ref_format":
        n = byid[l["applications"][0]["invoice_id"]]["number"][4:]
        if n not in text: bad(f"{pid} digits missing")
    if sc == "range_ref":
        ns = sorted(int(byid[a["invoice_id"]]["number"][4:]) for a in l["applications"])
        if ns != list(range(ns[0], ns[-1] + 1)) or str(ns[0]) not in text or str(ns[-1]) not in text: bad(f"{pid} range")
    cid = p["customer_id"]
    # customer-scoped amount checks, on the state *before* this payment
    def open_of(c):
        before = dict(bal)
        for a in l["applications"]: before[a["invoice_id"]] += D(a["amount"])
        return [i for i in inv if i["customer_id"] == c and i["currency"] == cur and before[i["id"]] > 0], before
    if sc in ("amount_only", "name_variant_cut_ref", "po_lookalike", "typo_ref"):
        c = byid[l["applications"][0]["invoice_id"]]["customer_id"]
        op, before = open_of(c)
        hits = [i for i in op if before[i["id"]] == amt]
        if len(hits) != 1: bad(f"{pid} amount not unique ({len(hits)})")
        if sc == "typo_ref" and re.search(r"INV-\d{6}", text).group(0) in bynum: bad(f"{pid} typo is a real number")
        if sc == "po_lookalike":
            po = re.search(r"PO (\d{6})", text).group(1)
            d_ = bynum.get("INV-" + po)
            if not d_ or d_["currency"] == cur: bad(f"{pid} po decoy")
        if sc == "name_variant_cut_ref" and re.search(r"INV-\d{6}", text): bad(f"{pid} full number present")
    if sc in ("ambiguous_same_amount", "ambiguous_lump", "known_no_fit"):
        op, before = open_of(cid)
        hits1 = [[i["id"]] for i in op if before[i["id"]] == amt]
        hits2 = [[a["id"], b["id"]] for a, b in combinations(op, 2) if before[a["id"]] + before[b["id"]] == amt]
        if sc == "known_no_fit" and (hits1 or hits2 or not op): bad(f"{pid} no-fit fits")
        if sc == "ambiguous_same_amount" and (sorted(map(tuple, hits1)) != sorted(map(tuple, l["candidates"])) or len(hits1) < 2): bad(f"{pid} ambiguous")
        if sc == "ambiguous_lump" and sorted(map(sorted, hits1 + hits2)) != sorted(map(sorted, l["candidates"])): bad(f"{pid} lump ambiguity")
    if sc == "lump_sum_statement":
        c = byid[l["applications"][0]["invoice_id"]]["customer_id"]
        if {a["invoice_id"] for a in l["applications"]} != {i["id"] for i in inv if i["customer_id"] == c}: bad(f"{pid} lump not whole account")
    if sc == "unknown_payer":
        if cid is not None or any(D(i["balance"]) == amt for i in inv): bad(f"{pid} unknown payer fits")
    if sc in ("other_currency", "unexplained_short"):
        cand = byid[l["candidates"][0][0]]
        if cand["number"] not in text: bad(f"{pid} candidate not in text")
        if sc == "other_currency" and cand["currency"] == cur: bad(f"{pid} same currency")
if errs:
    print("\n".join(errs[:50])); print(len(errs), "problems"); sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(pay)} payments, all labels verified")
