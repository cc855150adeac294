#!/usr/bin/env python3
"""Sanity checker for the blind cash-application set (not part of the data).

Re-reads the generated files, replays the payments in file order against the
opening balances and re-verifies every label: the contract's invariants and,
per scenario, the reason the label is what it is.  Exits non-zero on a problem.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import date
from decimal import Decimal as D
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_straitsline")
problems = []


def bad(pid, msg):
    problems.append(f"{pid}: {msg}")


def load(name):
    with open(os.path.join(LED, name), encoding="utf-8") as f:
        return json.load(f)


invs = load("invoices.json")
pays = load("payments.json")
labs = load("labels.json")
inv_by_id = {i["id"]: i for i in invs}
by_num = {int(i["number"][4:]): i for i in invs}
customers = {}
for i in invs:
    customers.setdefault(i["customer_id"], i["customer_name"])
CCYS = {i["currency"] for i in invs}
AMT = re.compile(r"^\d+\.\d{2}$")

# ---- global shape
if not (1300 <= len(invs) <= 1700):
    problems.append(f"invoice count {len(invs)}")
if not (250 <= len(customers) <= 350):
    problems.append(f"customer count {len(customers)}")
if not (350 <= len(pays) <= 450):
    problems.append(f"payment count {len(pays)}")
if len(pays) != len(labs):
    problems.append("labels and payments differ in length")
if len({i["id"] for i in invs}) != len(invs) or len({i["number"] for i in invs}) != len(invs):
    problems.append("duplicate invoice id or number")
for i in invs:
    if not re.fullmatch(r"i-[a-z0-9]{8}", i["id"]) or not re.fullmatch(r"c-[a-z0-9]{6}", i["customer_id"]):
        problems.append(f"id format {i['id']}")
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or not (0 < D(i["balance"]) <= D(i["total"])):
        problems.append(f"invoice amounts {i['id']}")
    if i["issue_date"] > i["due_date"]:
        problems.append(f"dates {i['id']}")
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance",
                  "issue_date", "due_date"}:
        problems.append(f"invoice fields {i['id']}")
for p in pays:
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        problems.append(f"payment fields {p['id']}")
    if not re.fullmatch(r"p-[a-z0-9]{8}", p["id"]):
        problems.append(f"payment id format {p['id']}")


# ---- helpers
def ascii_upper(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


LEGAL = {"PTE", "LTD", "SDN", "BHD", "BERHAD", "PT", "TBK", "CO", "LIMITED", "INC", "CORP",
         "CORPORATION", "CONG", "TY", "CTY", "TNHH", "CP", "PHAN", "PUBLIC", "COMPANY", "CV", "JSC",
         "PCL", "M", "S", "THAILAND", "PHILIPPINES", "SINGAPORE"}


def toks(name):
    s = ascii_upper(name)
    s = re.sub(r"[.,()&\-/']", " ", s)
    return [t for t in s.split() if t not in LEGAL]


def fits(payer, cname):
    p, c = toks(payer), toks(cname)
    return 2 <= len(p) <= len(c) and all(c[k].startswith(p[k]) for k in range(len(p)))


def fitting(payer):
    return [cid for cid, n in customers.items() if fits(payer, n)]


def mentioned(text):
    """invoice numbers (as ints) that the text designates, incl. ranges and shorthand lists"""
    found = set()
    if not text:
        return found
    # ranges: 41230-41233, 0041230 TO 0041233, S/D, SD, DEN, and shorthand 41230-33
    for m in re.finditer(r"(\d{5,7})\s*(?:-|TO(?: INV-)?|S/D|SD|S\.D(?: INV-)?|DEN)\s*(\d{2,7})", text):
        a, b = m.group(1), m.group(2)
        lo = int(a)
        hi = int(b) if len(b) >= 5 else int(str(lo)[:len(str(lo)) - len(b)] + b)
        if 0 < hi - lo <= 10:
            found.update(range(lo, hi + 1))
    runs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", text)]
    base, prev_end = None, -1
    for pos, end, r in runs:
        if len(r) in (5, 7):
            found.add(int(r))
            base = str(int(r))
        elif len(r) == 16 and r.startswith("889080000"):
            found.add(int(r[9:]))
        elif base and len(r) in (2, 3) and text[prev_end:pos] == "/":
            found.add(int(base[:5 - len(r)] + r))
        else:
            base = None
        prev_end = end
    return {n for n in found if n in by_num}


def subsets(cands, amount, maxk=3):
    out = []
    for k in range(1, min(maxk, len(cands)) + 1):
        for combo in combinations(cands, k):
            if sum(bal[i["id"]] for i in combo) == amount:
                out.append(frozenset(i["id"] for i in combo))
    return out


def open_of(cid, ccy):
    return [i for i in invs if i["customer_id"] == cid and i["currency"] == ccy and bal[i["id"]] > 0]


# ---- replay
bal = {i["id"]: D(i["balance"]) for i in invs}
seen = set()
last_date = None
statuses = {}
for p, l in zip(pays, labs):
    pid = p["id"]
    sc = l.get("scenario", "")
    st = l["status"]
    statuses[st] = statuses.get(st, 0) + 1
    if l["payment_id"] != pid:
        bad(pid, "label out of order")
    dup = pid in seen
    seen.add(pid)
    for key in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates",
                "reason", "scenario", "note"):
        if key not in l:
            bad(pid, f"label lacks {key}")
    if not l["note"] or not l["reason"]:
        bad(pid, "empty note/reason")
    # ---- bad input rows
    if st == "error":
        why = l.get("error") or ""
        if l["applications"] or l["candidates"] or l["short_pay"] or l["unapplied"] is not None:
            bad(pid, "error row must apply nothing")
        ok = {"error_negative": p["amount"].startswith("-"),
              "error_currency": p["currency"] not in CCYS,
              "error_duplicate_id": dup,
              "error_malformed": not AMT.match(p["amount"] or "") and not p["amount"].startswith("-"),
              "error_missing_date": not p["date"]}.get(sc)
        if not ok:
            bad(pid, f"error row {sc} does not show its fault ({why})")
        if sc == "error_duplicate_id":
            first = next(q for q in pays if q["id"] == pid)
            if first != p:
                bad(pid, "duplicate row differs from the first occurrence")
        continue
    if dup:
        bad(pid, "repeated id not labelled error")
    if not AMT.match(p["amount"]) or p["currency"] not in CCYS:
        bad(pid, "amount/currency not clean on a non-error row")
        continue
    try:
        d = date.fromisoformat(p["date"])
    except (TypeError, ValueError):
        bad(pid, "bad date on a non-error row")
        continue
    if last_date and d < last_date:
        bad(pid, "payments not oldest first")
    last_date = d
    amt = D(p["amount"])
    ccy = p["currency"]
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    named = mentioned(text)
    apps = [(inv_by_id.get(a["invoice_id"]), D(a["amount"])) for a in l["applications"]]
    if any(i is None for i, _ in apps):
        bad(pid, "application to an unknown invoice")
        continue
    app_ids = frozenset(i["id"] for i, _ in apps)
    app_cust = {i["customer_id"] for i, _ in apps}
    # state before this payment is what the scenario checks look at
    cid = p["customer_id"]
    if sc in ("amount_only", "po_lookalike", "amount_lookalike", "unique_after_earlier", "lump_all",
              "advance_no_fit", "va_idr", "amount_ambiguous", "lump_ambiguous", "cross_currency",
              "duplicate_payment", "list_one_paid", "ref_other_customer"):
        if not cid:
            bad(pid, f"{sc} needs a customer_id")
    if sc in ("amount_only", "po_lookalike", "amount_lookalike", "unique_after_earlier", "name_only", "va_idr"):
        who = cid
        if sc == "name_only":
            f = fitting(p["payer_name"])
            if cid is not None or len(f) != 1:
                bad(pid, f"name_only payer fits {len(f)} customers")
                continue
            who = f[0]
        m = subsets(open_of(who, ccy), amt)
        if m != [app_ids]:
            bad(pid, f"{sc}: amount fits {len(m)} sets, label applies another")
        if sc in ("po_lookalike", "amount_lookalike") and any(by_num[n]["customer_id"] == who for n in named):
            bad(pid, "look-alike number is the payer's own invoice")
        if sc == "amount_only" and named:
            bad(pid, "amount_only text names an invoice")
    if sc == "lump_all":
        if app_ids != frozenset(i["id"] for i in open_of(cid, ccy)):
            bad(pid, "lump_all is not all open invoices")
    if sc in ("amount_ambiguous", "lump_ambiguous"):
        maxk = 3 if sc == "amount_ambiguous" else 10
        m = set(subsets(open_of(cid, ccy), amt, maxk))
        cs = {frozenset(c["invoice_ids"]) for c in l["candidates"]}
        if len(cs) < 2 or cs != m:
            bad(pid, f"{sc}: candidates {len(cs)} vs fitting sets {len(m)}")
    if sc == "similar_names":
        f = fitting(p["payer_name"])
        cs = [frozenset(c["invoice_ids"]) for c in l["candidates"]]
        owners = {inv_by_id[next(iter(c))]["customer_id"] for c in cs}
        if cid is not None or len(f) != 2 or owners != set(f):
            bad(pid, "similar_names: payer should fit exactly the two candidate customers")
        for c_ in f:
            if subsets(open_of(c_, ccy), amt) != [x for x in cs if inv_by_id[next(iter(x))]["customer_id"] == c_]:
                bad(pid, "similar_names: candidate is not the only fit of its customer")
    if sc.startswith("unknown_payer"):
        singles = [i["id"] for i in invs if i["currency"] == ccy and bal[i["id"]] == amt]
        cs = [c["invoice_ids"] for c in l["candidates"]]
        if cid is not None or fitting(p["payer_name"]) or named:
            bad(pid, "unknown payer is identifiable")
        if sorted(x[0] for x in cs) != sorted(singles) or any(len(x) != 1 for x in cs):
            bad(pid, "unknown payer candidates are not the book's exact-amount invoices")
        if (sc == "unknown_payer_one") != (len(singles) == 1):
            bad(pid, "unknown payer variant")
    if sc == "ref_other_customer":
        cs = l["candidates"]
        x = inv_by_id[cs[0]["invoice_ids"][0]]
        if len(cs) != 1 or x["customer_id"] == cid or int(x["number"][4:]) not in named \
                or bal[x["id"]] != amt or subsets(open_of(cid, ccy), amt):
            bad(pid, "ref_other_customer shape")
        if fits(p["payer_name"], x["customer_name"]):
            bad(pid, "ref_other_customer payer fits the invoice's customer")
    if sc == "list_amount_mismatch":
        cs = l["candidates"]
        listed = {int(inv_by_id[i]["number"][4:]) for i in cs[0]["invoice_ids"]}
        owner = inv_by_id[cs[0]["invoice_ids"][0]]["customer_id"]
        if len(cs) != 1 or listed != named or sum(bal[i] for i in cs[0]["invoice_ids"]) <= amt \
                or subsets(open_of(owner, ccy), amt, 4):
            bad(pid, "list_amount_mismatch shape")
    if sc == "cross_currency":
        if not named or any(by_num[n]["currency"] == ccy or by_num[n]["customer_id"] != cid for n in named) \
                or subsets(open_of(cid, ccy), amt):
            bad(pid, "cross_currency shape")
    if sc == "duplicate_payment":
        if not named or any(bal[by_num[n]["id"]] != 0 for n in named):
            bad(pid, "duplicate_payment names an invoice that is still open")
        if subsets(open_of(cid, ccy), amt):
            bad(pid, "duplicate_payment amount fits an open invoice")
    if sc == "list_one_paid":
        paid = [n for n in named if bal[by_num[n]["id"]] == 0]
        if len(paid) != 1 or subsets(open_of(cid, ccy), amt - sum(a for _, a in apps)):
            bad(pid, "list_one_paid shape")
    if sc == "advance_no_fit":
        if subsets(open_of(cid, ccy), amt) or named:
            bad(pid, "advance fits something")
    # numbered applications: every applied invoice is designated in the text
    if sc in ("ref_single", "ref_list", "ref_range", "remit_lines", "va_idr", "third_party_payer",
              "ref_dup_first", "balance_followup", "part_payment", "short_ewt_ph", "short_wht_th",
              "short_bank_charges", "short_dispute", "multi_one_short", "overpayment", "overpay_total",
              "list_one_paid"):
        nums = {int(i["number"][4:]) for i, _ in apps}
        if not nums <= named:
            bad(pid, f"{sc}: applied invoice not named in text ({sorted(nums - named)})")
        if sc not in ("list_one_paid",) and named - nums:
            bad(pid, f"{sc}: text names other invoices {sorted(named - nums)}")
    if sc == "third_party_payer" and (cid is not None or fitting(p["payer_name"])):
        bad(pid, "third party payer is a customer")
    # contract invariants while applying
    tot = D(0)
    for i, a in apps:
        if i["currency"] != ccy:
            bad(pid, "cross-currency application")
        if not (0 < a <= bal[i["id"]]):
            bad(pid, f"application {a} beyond balance {bal[i['id']]}")
        bal[i["id"]] -= a
        tot += a
    if st == "review":
        if apps or D(l["unapplied"]) != amt or l["short_pay"]:
            bad(pid, "review must apply nothing")
        for c in l["candidates"]:
            for iid in c["invoice_ids"]:
                if iid not in inv_by_id or inv_by_id[iid]["currency"] != ccy or bal[iid] <= 0:
                    bad(pid, "candidate not an open same-currency invoice")
        continue
    un = D(l["unapplied"])
    if tot + un != amt or un < 0:
        bad(pid, f"applications {tot} + unapplied {un} != {amt}")
    if l["candidates"]:
        bad(pid, "candidates on a non-review row")
    if st == "applied":
        if un != 0 or l["short_pay"] or not apps:
            bad(pid, "applied shape")
        if any(bal[i["id"]] != 0 for i, _ in apps):
            bad(pid, "applied leaves an invoice open")
    elif st == "partial":
        if un != 0 or not apps or not any(bal[i["id"]] > 0 for i, _ in apps):
            bad(pid, "partial shape")
        sp = l["short_pay"]
        if sc == "part_payment" and sp:
            bad(pid, "part payment with short_pay")
        if sc.startswith("short_") or sc == "multi_one_short":
            if not sp or sp["invoice_id"] not in app_ids or D(sp["amount"]) != bal[sp["invoice_id"]]:
                bad(pid, "short_pay must name the applied invoice and what it leaves open")
            elif D(sp["amount"]) > 0:
                si = inv_by_id[sp["invoice_id"]]
                tot_i = D(si["total"])
                if sc == "short_ewt_ph":
                    ok = any(abs(D(sp["amount"]) - tot_i / D("1.12") * r) <= D("0.01") for r in (D("0.01"), D("0.02")))
                    if not ok or "EWT" not in (p["remittance"] or ""):
                        bad(pid, "EWT amount")
                if sc == "short_wht_th":
                    if abs(D(sp["amount"]) - tot_i / D("1.07") * D("0.03")) > D("0.01") or "WHT" not in (p["remittance"] or ""):
                        bad(pid, "WHT amount")
        if any(bal[i["id"]] > 0 for i, _ in apps if not sp or i["id"] != sp["invoice_id"]) and sc != "part_payment":
            bad(pid, "an invoice other than the short one is left open")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"]:
            bad(pid, "unapplied shape")
        if cid is None and not apps:
            bad(pid, "unapplied cash without a known customer")
        if any(bal[i["id"]] != 0 for i, _ in apps):
            bad(pid, "unapplied with an application that leaves its invoice open")
        if sc in ("overpayment", "overpay_total"):
            owner = next(iter(app_cust))
            if subsets(open_of(owner, ccy), un):
                bad(pid, "the overpaid remainder fits another open invoice")
    else:
        bad(pid, f"unknown status {st}")

errors = statuses.get("error", 0)
if not (8 <= errors <= 12):
    problems.append(f"{errors} error rows")
for s_ in ("applied", "partial", "unapplied", "review"):
    if statuses.get(s_, 0) < 20:
        problems.append(f"too few {s_}")
if not os.path.exists(os.path.join(HERE, "README.md")):
    problems.append("README.md missing")

for pr in problems:
    print("PROBLEM", pr)
print(f"{len(invs)} invoices, {len(customers)} customers, {len(pays)} payments, statuses {statuses}")
print("OK" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
