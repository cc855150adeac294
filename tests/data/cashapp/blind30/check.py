#!/usr/bin/env python3
"""Sanity checker for the blind cash-application set (not part of the data).

Re-reads the written JSON only and re-verifies every label:
schemas, bad-input detection, file order, a full replay of balances, status semantics,
textual evidence for every application, and the ambiguity behind every review.
Exits non-zero on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_ironbridge")
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(LEDGER, name), encoding="utf-8") as f:
        return json.load(f)


INV = load("invoices.json")
PAY = load("payments.json")
LAB = load("labels.json")

AMT = re.compile(r"^\d+\.\d{2}$")


def cents(s):
    return int(s.replace(".", ""))


# ---------------------------------------------------------------- schemas
INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_KEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"]

for r in INV:
    if list(r) != INV_KEYS:
        bad(f"invoice keys {r.get('id')}")
    if not (AMT.match(r["total"]) and AMT.match(r["balance"])):
        bad(f"invoice amount format {r['id']}")
    elif not 0 < cents(r["balance"]) <= cents(r["total"]):
        bad(f"invoice balance out of range {r['id']}")
    if r["currency"] not in ("USD", "CAD"):
        bad(f"invoice currency {r['id']}")
    if not r["issue_date"] <= r["due_date"]:
        bad(f"invoice dates {r['id']}")
inv = {r["id"]: r for r in INV}
if len(inv) != len(INV):
    bad("duplicate invoice ids")
by_num = {r["number"][4:]: r for r in INV}
if len(by_num) != len(INV) or not all(re.fullmatch(r"INV-2\d{5}", r["number"]) for r in INV):
    bad("invoice numbers not unique / not INV-2NNNNN")
cust_names = {}
for r in INV:
    cust_names.setdefault(r["customer_id"], r["customer_name"])
    if cust_names[r["customer_id"]] != r["customer_name"]:
        bad(f"customer name differs {r['customer_id']}")
currencies = {r["currency"] for r in INV}

for p in PAY:
    if list(p) != PAY_KEYS:
        bad(f"payment keys {p.get('id')}")
if len(PAY) != len(LAB):
    bad("payments and labels differ in length")
for p, l in zip(PAY, LAB):
    keys = list(l)
    want = LAB_KEYS + (["error"] if l.get("status") == "error" else [])
    if sorted(keys) != sorted(want):
        bad(f"label keys {l.get('payment_id')}: {keys}")
    if p["id"] != l["payment_id"]:
        bad(f"order: {p['id']} vs {l['payment_id']}")

# ------------------------------------------------------- bad input detection
seen = {}
badrows = set()
for k, (p, l) in enumerate(zip(PAY, LAB)):
    why = []
    if p["id"] in seen:
        why.append("dup id")
        if PAY[seen[p["id"]]] != p:
            bad(f"duplicate id row {p['id']} is not a copy of the first")
        if LAB[seen[p["id"]]]["status"] == "error":
            bad(f"first row of duplicated id {p['id']} must be valid")
    else:
        seen[p["id"]] = k
    if not p["date"]:
        why.append("no date")
    if not isinstance(p["amount"], str) or not re.fullmatch(r"-?\d+\.\d{2}", p["amount"]):
        why.append("malformed")
    elif p["amount"].startswith("-"):
        why.append("negative")
    if p["currency"] not in currencies:
        why.append("currency")
    if why:
        badrows.add(id(p))
    if bool(why) != (l["status"] == "error"):
        bad(f"{p['id']}: detected {why} but status {l['status']}")
dated = [p["date"] for p in PAY if p["date"]]
if dated != sorted(dated):
    bad("payments are not oldest first")
if any(not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dated):
    bad("date format")

# -------------------------------------------------------------- text parsing


def mentioned(p):
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    found = []
    for m in re.finditer(r"(?<!\d)0*(2\d{5})(?!\d)(?!\.\d)", text):
        found.append(m.group(1))
    for m in re.finditer(r"(?<!\d)(2\d{2}) (\d{3})(?![\d,])", text):
        found.append(m.group(1) + m.group(2))
    for m in re.finditer(r"(?<!\d)(2\d{5})/(\d{3})(?!\d)", text):
        found.append(m.group(1)[:3] + m.group(2))
    ranges = []
    for m in re.finditer(r"(?<!\d)(2\d{5})\s*(?:-|THRU|TO)\s*#?(2\d{5})(?!\d)", text):
        ranges.append((m.group(1), m.group(2)))
    return [n for n in dict.fromkeys(found)], ranges


def subsets(ids, target, bal, maxk):
    out = []
    for k in range(1, maxk + 1):
        for s in combinations(ids, k):
            if sum(bal[i] for i in s) == target:
                out.append(frozenset(s))
    return out


def open_of(cid, cur, bal):
    return sorted(i for i, r in inv.items() if r["customer_id"] == cid and r["currency"] == cur and bal[i] > 0)


def ascii_key(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.upper().replace(".", "").replace(",", "").replace("'", "").split())


def customers_by_name(payer):
    key = ascii_key(payer or "")
    return [cid for cid, n in cust_names.items() if key and ascii_key(n).startswith(key)]


# ------------------------------------------------------------------ replay
bal = {i: cents(r["balance"]) for i, r in inv.items()}
paid_by = {}          # invoice -> payment that cleared it in this file
REF_FREE_OK = {"amount_only", "typo_reference", "po_lookalike"}
MENTION_NOT_APPLIED_OK = {"already_paid_in_list", "duplicate_payment", "ref_amount_conflict", "cross_currency",
                          "list_mismatch", "error"}
stats = Counter()

for p, l in zip(PAY, LAB):
    st, sc = l["status"], l["scenario"]
    stats[st] += 1
    if id(p) in badrows:
        if st != "error":
            continue
    if st == "error":
        if l["applications"] or l["candidates"] or l["unapplied"] is not None or l["short_pay"] or not l["error"]:
            bad(f"{p['id']}: error label shape")
        continue
    if st not in ("applied", "partial", "unapplied", "review"):
        bad(f"{p['id']}: status {st}")
        continue
    amt = cents(p["amount"])
    cur = p["currency"]
    apps = [(a["invoice_id"], cents(a["amount"])) for a in l["applications"]]
    if sum(a for _, a in apps) + cents(l["unapplied"]) != amt:
        bad(f"{p['id']}: applications + unapplied != amount")
    if len({i for i, _ in apps}) != len(apps):
        bad(f"{p['id']}: invoice applied twice")
    nums, ranges = mentioned(p)
    ment = {by_num[n]["id"] for n in nums if n in by_num}
    covered = set()
    for a, b in ranges:
        covered |= {r["id"] for n, r in by_num.items() if a <= n <= b}
    before = dict(bal)
    for i, a in apps:
        if i not in inv:
            bad(f"{p['id']}: unknown invoice {i}")
            continue
        if inv[i]["currency"] != cur:
            bad(f"{p['id']}: cross-currency application")
        if a <= 0 or a > bal[i]:
            bad(f"{p['id']}: application {a} vs balance {bal[i]} on {i}")
        bal[i] -= a
    app_ids = {i for i, _ in apps}
    app_custs = {inv[i]["customer_id"] for i in app_ids}
    if len(app_custs) > 1:
        bad(f"{p['id']}: applications span customers")

    # evidence for every application
    for i in app_ids:
        if i in ment or i in covered:
            continue
        if sc not in REF_FREE_OK:
            bad(f"{p['id']} ({sc}): {inv[i]['number']} applied without being named")
            continue
        cid = inv[i]["customer_id"]
        known = p["customer_id"] == cid or customers_by_name(p["payer_name"]) == [cid]
        if not known:
            bad(f"{p['id']}: amount-only application to an unidentified customer")
        sets = subsets(open_of(cid, cur, before), amt, before, 4)
        if sets != [frozenset(app_ids)]:
            bad(f"{p['id']}: amount-only application is not the unique fit ({len(sets)} fits)")
    for i in covered & set(inv):
        r = inv[i]
        if app_custs and r["customer_id"] in app_custs and before[i] > 0 and r["currency"] == cur and i not in app_ids:
            bad(f"{p['id']}: range covers open {r['number']} of the customer but it is not applied")
    for i in ment:
        r = inv[i]
        if i in app_ids or sc in MENTION_NOT_APPLIED_OK:
            continue
        if app_custs and r["customer_id"] in app_custs and before[i] > 0:
            bad(f"{p['id']} ({sc}): names open {r['number']} of the same customer but does not apply it")

    if st in ("applied", "partial", "unapplied"):
        if l["candidates"]:
            bad(f"{p['id']}: candidates on a non-review label")
        if not apps and st != "unapplied":
            bad(f"{p['id']}: {st} without applications")
    if st == "applied":
        if cents(l["unapplied"]) != 0 or l["short_pay"]:
            bad(f"{p['id']}: applied with unapplied cash or a short pay")
        if any(bal[i] != 0 for i in app_ids):
            bad(f"{p['id']}: applied leaves an invoice open (should be partial)")
    if st == "partial":
        if cents(l["unapplied"]) != 0:
            bad(f"{p['id']}: partial with unapplied cash")
        if not any(bal[i] > 0 for i in app_ids):
            bad(f"{p['id']}: partial leaves nothing open")
        sp = l["short_pay"]
        cid = next(iter(app_custs))
        if not sp and subsets(open_of(cid, cur, before), amt, before, 4):
            bad(f"{p['id']}: part payment amount also fits an invoice set exactly")
        if sp:
            if sp["invoice_id"] not in app_ids or cents(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]:
                bad(f"{p['id']}: short pay does not equal the remaining balance")
    if st == "unapplied":
        if cents(l["unapplied"]) <= 0 or l["short_pay"]:
            bad(f"{p['id']}: unapplied label shape")
        if any(bal[i] != 0 for i in app_ids):
            bad(f"{p['id']}: overpayment leaves an applied invoice open")
        cid = p["customer_id"] or (app_custs and next(iter(app_custs))) or None
        rest = cents(l["unapplied"])
        if cid and subsets(open_of(cid, cur, bal), rest, bal, 4):
            bad(f"{p['id']}: unapplied remainder {l['unapplied']} fits an open invoice of the customer")
        if sc in ("duplicate_payment", "already_paid_in_list"):
            if not any(i in ment and before[i] == 0 and i in paid_by for i in ment):
                bad(f"{p['id']}: second payment but no named invoice was cleared earlier in the file")
        if sc == "no_fit_known_customer":
            if not p["customer_id"] or subsets(open_of(p["customer_id"], cur, before), amt, before, 4):
                bad(f"{p['id']}: no-fit payment does fit")
    if st == "review":
        if apps or cents(l["unapplied"]) != amt or l["short_pay"]:
            bad(f"{p['id']}: review label shape")
        cands = [frozenset(s) for s in l["candidates"]]
        for s in cands:
            for i in s:
                if i not in inv or inv[i]["currency"] != cur or before[i] <= 0:
                    bad(f"{p['id']}: candidate {i} not an open {cur} invoice")
            if len({inv[i]["customer_id"] for i in s if i in inv}) != 1:
                bad(f"{p['id']}: candidate set spans customers")
        if len(set(cands)) != len(cands):
            bad(f"{p['id']}: repeated candidate")
        if sc in ("same_amount_twins", "lump_ambiguous"):
            who = [p["customer_id"]] if p["customer_id"] else customers_by_name(p["payer_name"])
            if len(who) != 1:
                bad(f"{p['id']}: payer of {sc} not identified")
            want = subsets(open_of(who[0], cur, before), amt, before, 3)
            if set(want) != set(cands) or len(want) < 2:
                bad(f"{p['id']}: {sc} candidates {len(cands)} vs fits {len(want)}")
        if sc == "name_collision":
            ids = customers_by_name(p["payer_name"])
            want = [s for c in ids for s in subsets(open_of(c, cur, before), amt, before, 3)]
            if p["customer_id"] or len(ids) < 2 or set(want) != set(cands) or len(want) < 2:
                bad(f"{p['id']}: name collision is not ambiguous as labelled")
        if sc == "unknown_payer":
            want = [s for c in cust_names for s in subsets(open_of(c, cur, before), amt, before, 3)]
            if p["customer_id"] or customers_by_name(p["payer_name"]) or set(want) != set(cands) or p["remittance"]:
                bad(f"{p['id']}: unknown payer label")
        if sc == "ref_amount_conflict":
            exact = subsets(open_of(p["customer_id"], cur, before), amt, before, 4)
            if len(exact) != 1 or cands[0] != exact[0] or len(cands) != 2 or not (cands[1] <= ment):
                bad(f"{p['id']}: ref/amount conflict shape")
        if sc == "cross_currency":
            if cands or not any(inv[i]["currency"] != cur for i in ment):
                bad(f"{p['id']}: cross-currency shape")
            if subsets(open_of(p["customer_id"], cur, before), amt, before, 3):
                bad(f"{p['id']}: cross-currency payment fits a same-currency invoice")
        if sc == "list_mismatch":
            listed = frozenset(i for i in ment)
            if cands != [listed] or sum(before[i] for i in listed) == amt or \
                    subsets(open_of(p["customer_id"], cur, before), amt, before, 4):
                bad(f"{p['id']}: list mismatch shape")
    for i in app_ids:
        if bal[i] == 0:
            paid_by[i] = p["id"]

# ------------------------------------------------------------------ volumes
n_err = sum(1 for l in LAB if l["status"] == "error")
if not (1300 <= len(INV) <= 1700 and 360 <= len(PAY) <= 440 and 250 <= len(cust_names) <= 350 and 8 <= n_err <= 12):
    bad(f"volumes: {len(INV)} invoices, {len(PAY)} payments, {len(cust_names)} customers, {n_err} errors")
for st in ("applied", "partial", "unapplied", "review"):
    if stats[st] < 20:
        bad(f"too few {st}")

if problems:
    print(f"{len(problems)} problem(s):")
    for m in problems[:80]:
        print(" -", m)
    sys.exit(1)
print(f"OK: {len(INV)} invoices, {len(cust_names)} customers, {len(PAY)} payments "
      f"({', '.join(f'{k} {v}' for k, v in sorted(stats.items()))})")
