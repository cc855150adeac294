#!/usr/bin/env python3
"""Re-verify every label of the sea_logistics cash-application set from the generated data."""
import json, os, sys, re, itertools
from decimal import Decimal as D, InvalidOperation
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "sea_logistics")
VAT = {"THB": D("0.07"), "PHP": D("0.12"), "IDR": D("0.11")}
WHT = {"THB": D("0.01"), "PHP": D("0.02"), "IDR": D("0.02")}
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


def load(n):
    with open(os.path.join(DIR, n), encoding="utf-8") as fh:
        return json.load(fh)


def dec(s):
    try:
        return D(s) if isinstance(s, str) and re.fullmatch(r"-?\d+(\.\d+)?", s) else None
    except InvalidOperation:
        return None


def digits(s):
    return re.sub(r"\D", "", s or "")


def norm(s):
    return re.sub(r"[^0-9A-Za-z]", "", s or "").upper()


inv = load("invoices.json")
pay = load("payments.json")
lab = load("labels.json")
INV = {i["id"]: i for i in inv}
IKEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PKEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LKEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
if not (1200 <= len(inv) <= 1800):
    err("-", f"invoice count {len(inv)}")
if len(pay) != len(lab) or not (380 <= len(pay) <= 420):
    err("-", f"payments {len(pay)} labels {len(lab)}")
if len(INV) != len(inv) or len({i["number"] for i in inv}) != len(inv):
    err("-", "duplicate invoice id or number")
BAL = {}
for i in inv:
    if set(i) != IKEYS:
        err(i["id"], "invoice keys")
    t, b = dec(i["total"]), dec(i["balance"])
    if t is None or b is None or not (0 < b <= t):
        err(i["id"], "invoice amounts")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(i["id"], "due before issue")
    if i["currency"] in ("IDR", "VND") and "." in i["total"]:
        err(i["id"], "decimals on IDR/VND")
    BAL[i["id"]] = b
CUSTS = {i["customer_id"] for i in inv}
NUMNORM = {norm(i["number"]): i for i in inv}


def opens(cid, cur, pdate):
    return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and BAL[i["id"]] > 0
            and i["issue_date"] < pdate]


def unique_amount(cid, cur, pdate, amt, iid):
    ops = opens(cid, cur, pdate)
    s = [i["id"] for i in ops if BAL[i["id"]] == amt]
    if s != [iid]:
        return False
    return not any(BAL[a["id"]] + BAL[b["id"]] == amt for a, b in itertools.combinations(ops, 2))


prev = ""
paid_in_batch = {}
for p, l in zip(pay, lab):
    pid = p["id"]
    if set(p) != PKEYS or set(l) != LKEYS:
        err(pid, "keys")
    if l["payment_id"] != pid:
        err(pid, "order")
    if not l["note"].startswith("[" + l["scenario"] + ", "):
        err(pid, "note prefix")
    d = p["date"]
    date.fromisoformat(d)
    if d < prev:
        err(pid, "not oldest first")
    prev = d
    amt, cur, st, sc = dec(p["amount"]), p["currency"], l["status"], l["scenario"]
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    if st not in ("applied", "partial", "unapplied", "review"):
        err(pid, "status")
    if sc == "bad_row":
        if not (amt is None or amt <= 0 or cur is None):
            err(pid, "bad row is not bad")
        if st != "review" or l["applications"] or l["candidates"] or l["unapplied"] != "0.00":
            err(pid, "bad row label")
        continue
    if amt is None or amt <= 0 or cur not in ("SGD", "MYR", "THB", "PHP", "IDR", "VND", "USD"):
        err(pid, "unusable row not labelled bad")
        continue
    if p["customer_id"] is not None and p["customer_id"] not in CUSTS:
        err(pid, "unknown customer_id")
    apps = [(a["invoice_id"], dec(a["amount"])) for a in l["applications"]]
    un = dec(l["unapplied"])
    if un is None or any(a is None or a <= 0 for _, a in apps):
        err(pid, "amount format")
        continue
    if sum(a for _, a in apps) + un != amt:
        err(pid, "applications + unapplied != amount")
    before = {}
    custs = set()
    for iid, a in apps:
        i = INV.get(iid)
        if not i:
            err(pid, f"no invoice {iid}")
            continue
        before[iid] = BAL[iid]
        custs.add(i["customer_id"])
        if i["currency"] != cur:
            err(pid, "currency mismatch")
        if a > BAL[iid]:
            err(pid, f"{iid} over-applied")
        if i["issue_date"] >= d:
            err(pid, "invoice issued after payment")
        if p["customer_id"] and p["customer_id"] != i["customer_id"]:
            err(pid, "customer mismatch")
    if len(custs) > 1:
        err(pid, "several customers")
    cid = next(iter(custs)) if custs else p["customer_id"]
    # status shape
    sp = l["short_pay"]
    if st == "applied" and (un != 0 or not apps or sp):
        err(pid, "applied shape")
    if st == "partial":
        if un != 0 or not apps or not any(before[i] - a > 0 for i, a in apps):
            err(pid, "partial shape")
        if sp:
            a = dict(apps).get(sp["invoice_id"])
            if a is None or D(sp["amount"]) != before[sp["invoice_id"]] - a or not sp.get("reason"):
                err(pid, "short_pay amount")
            if digits(sp["amount"]).lstrip("0").rstrip("0") not in digits(p["remittance"]):
                err(pid, "short amount not in remittance")
            if sp["reason"] == "withholding tax":
                i = INV[sp["invoice_id"]]
                w = (D(i["total"]) / (1 + VAT[cur]) * WHT[cur]).quantize(D("1") if cur == "IDR" else D("0.01"), "ROUND_HALF_UP")
                if w != D(sp["amount"]):
                    err(pid, "withholding tax recomputation")
    elif sp:
        err(pid, "short_pay outside partial")
    if st == "unapplied" and un <= 0:
        err(pid, "unapplied shape")
    if st == "review" and (apps or un != amt):
        err(pid, "review shape")
    if st != "review" and l["candidates"]:
        err(pid, "candidates outside review")
    for cs in l["candidates"]:
        for iid in cs:
            if iid not in INV or BAL[iid] <= 0:
                err(pid, f"candidate {iid} not open")
    # scenario evidence
    seqs = [INV[i]["number"][-5:] for i, _ in apps]
    if sc in ("exact_ref", "ref_variant", "list", "short_pay", "overpayment", "partial", "third_party", "other_currency") and apps:
        for s in seqs:
            if s not in digits(text) and s not in text:
                err(pid, f"invoice {s} not in text")
    if sc in ("exact_ref", "ref_variant", "third_party", "typo", "amount_only", "po_lookalike", "name_clash") or \
            (sc == "other_currency" and st == "applied"):
        if len(apps) != 1 or apps[0][1] != before[apps[0][0]] or st != "applied":
            err(pid, "single exact application expected")
    if sc in ("typo", "amount_only", "po_lookalike", "name_clash"):
        if not unique_amount(cid, cur, d, amt, apps[0][0]):
            err(pid, "amount not unique for the customer")
    if sc == "typo" and any(norm(t) in NUMNORM for t in re.findall(r"[A-Z]{3}[-/0-9A-Z ]*\d", text)):
        err(pid, "typo hits a real number")
    if sc == "po_lookalike":
        tail = digits(p["reference"])[-5:]
        others = [i for i in inv if i["number"].endswith(tail) and i["customer_id"] != cid]
        if "PO" not in p["reference"].upper() or not others:
            err(pid, "PO look-alike evidence")
    if sc == "lump_all":
        if {i["id"] for i in opens(cid, cur, d)} != set(before) or any(a != before[i] for i, a in apps):
            err(pid, "lump does not clear all open invoices")
    if sc == "range":
        ends = [x[-5:] for x in re.findall(r"\d{5,}", p["remittance"])]
        lo, hi = min(ends), max(ends)
        rng = [i for i in opens(cid, cur, d) if lo <= i["number"][-5:] <= hi]
        if {i["id"] for i in rng} != set(before):
            err(pid, "range evidence")
    if sc == "list" and any(a != before[i] for i, a in apps):
        err(pid, "list should pay in full")
    if sc == "overpayment" and (len(apps) != 1 or apps[0][1] != before[apps[0][0]] or st != "unapplied"):
        err(pid, "overpayment shape")
    if sc == "second_payment":
        if st == "unapplied":
            hits = [iid for iid in paid_in_batch if INV[iid]["number"][-5:] in digits(text) and BAL[iid] == 0
                    and INV[iid]["currency"] == cur and INV[iid]["customer_id"] == (p["customer_id"] or INV[iid]["customer_id"])]
            if not hits or apps:
                err(pid, "duplicate without an earlier settled invoice")
        elif not (len(apps) == 1 and apps[0][0] in paid_in_batch and apps[0][1] == before[apps[0][0]]):
            err(pid, "balance payment evidence")
    if sc == "on_account" and (apps or st != "unapplied" or any(BAL[i["id"]] == amt for i in opens(p["customer_id"] or "", cur, d))):
        err(pid, "on-account evidence")
    if sc == "ambiguous_amount":
        if len(l["candidates"]) < 2 or any(len(c) != 1 or BAL[c[0]] != amt for c in l["candidates"]):
            err(pid, "ambiguous amount evidence")
    if sc == "ambiguous_subset":
        if len(l["candidates"]) < 2 or any(sum(BAL[x] for x in c) != amt for c in l["candidates"]):
            err(pid, "subset evidence")
    if sc == "ref_amount_conflict":
        a, b = l["candidates"]
        if INV[a[0]]["number"][-5:] not in digits(text) or BAL[b[0]] != amt or BAL[a[0]] == amt:
            err(pid, "conflict evidence")
    if sc == "other_currency" and st == "review":
        c = INV[l["candidates"][0][0]]
        if c["currency"] == cur or c["number"][-5:] not in digits(text):
            err(pid, "other-currency evidence")
    if sc == "unknown_payer":
        exp = sorted(i["id"] for i in inv if i["currency"] == cur and BAL[i["id"]] == amt and i["issue_date"] < d)
        names = {i["customer_name"].upper() for i in inv}
        if p["customer_id"] or [c[0] for c in l["candidates"]] != exp or p["payer_name"].upper() in names:
            err(pid, "unknown payer evidence")
    for iid, a in apps:
        BAL[iid] -= a
        if BAL[iid] == 0:
            paid_in_batch[iid] = pid
        elif st == "partial" or sc == "short_pay":
            paid_in_batch[iid] = pid

if errors:
    print("\n".join(errors[:60]))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(inv)} invoices, {len(pay)} payments, all labels re-verified")
