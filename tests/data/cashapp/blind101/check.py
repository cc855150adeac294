#!/usr/bin/env python3
"""Check blind set 367.

1. Replays labels.json in order against invoices.json and verifies the contract
   invariants (currency, no invoice past zero, applications + unapplied = amount,
   status consistency, candidates are open invoices of the right customer/currency).
2. Re-derives every label independently from the decision rules in README.md
   (a reference clerk) and compares status, applications, unapplied, short_pay
   and candidates.
Exits 1 on any problem.
"""
import datetime as dt
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "uk_builders_merchant")
CURRENCIES = {"GBP": 2, "EUR": 2, "USD": 2}
INV_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
STATUSES = {"applied", "partial", "unapplied", "review"}

problems = []


def bad(i, msg):
    problems.append(f"[{i}] {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")

# ------------------------------------------------------------------ file shape
if not 1200 <= len(invoices) <= 1600:
    bad("-", f"{len(invoices)} invoices")
if len(payments) != 400 or len(labels) != 400:
    bad("-", "need 400 payments and 400 labels")
money_re = re.compile(r"^\d+\.\d{2}$")
for inv in invoices:
    if set(inv) != INV_FIELDS:
        bad(inv.get("id"), f"invoice fields {sorted(inv)}")
    if inv["currency"] not in CURRENCIES or not money_re.match(inv["total"]) or not money_re.match(inv["balance"]):
        bad(inv["id"], "invoice money/currency")
    if not Decimal("0") < Decimal(inv["balance"]) <= Decimal(inv["total"]):
        bad(inv["id"], "invoice balance not in (0, total]")
    if not re.match(r"^INV-\d{7}$", inv["number"]):
        bad(inv["id"], "invoice number format")
ids = [i["id"] for i in invoices]
nums = [int(i["number"][4:]) for i in invoices]
if len(set(ids)) != len(ids) or len(set(nums)) != len(nums):
    bad("-", "duplicate invoice id/number")
if sorted(nums) == list(range(min(nums), max(nums) + 1)):
    bad("-", "invoice numbers have no gaps")
for p in payments:
    if set(p) != PAY_FIELDS:
        bad(p.get("id"), f"payment fields {sorted(p)}")
INV = {i["id"]: i for i in invoices}
BY_NUM = {int(i["number"][4:]): i for i in invoices}
CUSTNAME = {}
for i in invoices:
    if CUSTNAME.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
        bad(i["id"], "customer name differs across invoices")

# ------------------------------------------------------------------ rules
SUFFIXES = {"LTD", "LIMITED", "PLC", "LLC", "INC", "CORP", "CO", "COMPANY", "GMBH",
            "TEORANTA", "TEO", "DAC", "LLP", "THE"}


def norm_name(name):
    t = unicodedata.normalize("NFKD", name)
    t = "".join(c for c in t if not unicodedata.combining(c)).upper().replace("&", " AND ")
    t = re.sub(r"[^A-Z0-9 ]", " ", t)
    return " ".join(w for w in t.split() if w not in SUFFIXES)


NORMS = {cid: norm_name(n) for cid, n in CUSTNAME.items()}


def resolve_name(payer):
    if not payer:
        return None
    n = norm_name(payer)
    exact = [c for c, v in NORMS.items() if v == n]
    if exact:
        return exact[0] if len(exact) == 1 else None
    if len(n) >= 12:
        pref = [c for c, v in NORMS.items() if v.startswith(n)]
        if len(pref) == 1:
            return pref[0]
    return None


PREFIXES = ("INVOICE", "INV", "1NV")


def ref_invoices(*texts):
    """Invoices named in the texts, in order of first appearance (rule R1)."""
    found = []
    for text in texts:
        if not text:
            continue
        t = unicodedata.normalize("NFKD", text).upper()
        toks = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[A-Z0-9]+", t)]
        digits = []  # (digit string, start, end)
        for tok, a, b in toks:
            core = tok
            for pre in PREFIXES:
                if core.startswith(pre) and len(core) > len(pre):
                    core = core[len(pre):]
                    break
            if re.fullmatch(r"[0-9OIL]+", core) and sum(ch.isdigit() for ch in core) >= 3:
                core = core.replace("O", "0").replace("I", "1").replace("L", "1")
            if core.isdigit():
                digits.append((core, a, b))
        cands = [d for d, _, _ in digits]
        for (d1, a1, b1), (d2, a2, b2) in zip(digits, digits[1:]):
            if a2 == b1 + 1 and t[b1] == " ":
                cands.append(d1 + d2)
        for d in cands:
            inv = BY_NUM.get(int(d))
            if inv and inv not in found:
                found.append(inv)
    return found


PART_KW = ("part payment", "on account", "instalment", "balance to follow", "stage payment")
DED_KW = [("bank fee", ("bank charge", "bank fee", "wire fee")),
          ("withholding tax", ("withholding", "wht")),
          ("early-payment discount", ("discount",)),
          ("damaged goods", ("damaged",)),
          ("fx shortfall", ("exchange rate", "converted"))]


def ikey(i):
    return (i["due_date"], i["number"])


def clerk(p, bal):
    """Return the expected label dict (without reason/scenario/note) for payment p."""
    # R0 row validity
    err = None
    amt = None
    if not isinstance(p["amount"], str) or not money_re.match(p["amount"]):
        err = "amount"
    else:
        amt = Decimal(p["amount"])
        if amt <= 0:
            err = "amount"
    if p["currency"] not in CURRENCIES:
        err = err or "currency"
    try:
        if not isinstance(p["date"], str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["date"]):
            raise ValueError
        dt.date.fromisoformat(p["date"])
    except ValueError:
        err = err or "date"
    if err:
        return {"status": "review", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
                "_bad": err}
    cur = p["currency"]

    def open_of(cid):
        return sorted((i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0),
                      key=ikey)

    def out(status, apps=(), short=None, cands=()):
        applied = sum((a for _, a in apps), Decimal("0"))
        return {"status": status, "applications": [{"invoice_id": i["id"], "amount": str(a)} for i, a in apps],
                "unapplied": str(amt - applied), "short_pay": short,
                "candidates": [[i["id"] for i in c] for c in cands][:5]}

    def singles(cid=None):
        pool = open_of(cid) if cid else sorted((i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0),
                                               key=ikey)
        return [[i] for i in pool if bal[i["id"]] == amt]

    # R1 customer
    cust = p["customer_id"] if p["customer_id"] in CUSTNAME else None
    if p["customer_id"] is None:
        cust = resolve_name(p["payer_name"])
    refs = ref_invoices(p["reference"], p["remittance"])

    if refs:
        owners = {i["customer_id"] for i in refs}
        if cust and owners != {cust}:                       # R3 someone else's invoice
            return out("review", cands=singles(cust))
        if len(owners) > 1:
            return out("review")
        owner = cust or next(iter(owners))
        if any(i["currency"] != cur for i in refs):        # R4 currency differs
            return out("review", cands=singles(cust) if cust else [])
        open_r = [i for i in refs if bal[i["id"]] > 0]
        if not open_r:                                      # R5 already paid
            return out("unapplied") if cust else out("review")
        if len(refs) > 1:                                   # R6 several named
            if len(open_r) == len(refs) and sum(bal[i["id"]] for i in refs) == amt:
                return out("applied", [(i, bal[i["id"]]) for i in sorted(refs, key=ikey)])
            return out("review", cands=[sorted(open_r, key=ikey)])
        x = refs[0]
        b = bal[x["id"]]
        if amt == b:                                        # R7 exact
            return out("applied", [(x, b)])
        if not cust:                                        # R8 payer unknown, not exact
            return out("review", cands=[[x]])
        if amt > b:                                         # R9 overpayment
            excess = amt - b
            clash = [i for i in open_of(cust) if i is not x and bal[i["id"]] == excess]
            if clash:
                return out("review", cands=[sorted([x, c], key=ikey) for c in clash])
            return out("unapplied", [(x, b)])
        text = " ".join(t for t in (p["reference"], p["remittance"]) if t).lower()   # R10 short
        short = b - amt
        if any(k in text for k in PART_KW):
            return out("partial", [(x, amt)])
        for reason, kws in DED_KW:
            if any(k in text for k in kws):
                if reason == "fx shortfall":
                    ok = short <= b * Decimal("0.03")
                else:
                    ok = f"{short:,.2f}" in text or f"{short:.2f}" in text
                if not ok:
                    return out("review", cands=[[x]])
                return out("partial", [(x, amt)], {"invoice_id": x["id"], "amount": str(short), "reason": reason})
        return out("partial", [(x, amt)], {"invoice_id": x["id"], "amount": str(short), "reason": "unexplained"})

    if not cust:                                            # R11 unknown payer, nothing named
        return out("review", cands=singles())
    S = open_of(cust)
    if not S:                                               # R12 nothing open in this currency
        has_other = any(i["customer_id"] == cust and bal[i["id"]] > 0 for i in invoices)
        return out("review") if has_other else out("unapplied")
    one = [i for i in S if bal[i["id"]] == amt]
    subs = []
    for k in range(2, 4):
        if k >= len(S):
            break
        for combo in itertools.combinations(S, k):
            if sum(bal[i["id"]] for i in combo) == amt:
                subs.append(sorted(combo, key=ikey))
    subs.sort(key=lambda c: [ikey(i) for i in c])
    if len(one) == 1 and not subs:                          # R13 unique amount
        return out("applied", [(one[0], amt)])
    if not one and len(S) >= 2 and sum(bal[i["id"]] for i in S) == amt:   # R14 whole statement
        return out("applied", [(i, bal[i["id"]]) for i in S])
    if one or subs:                                         # R15 ambiguous
        return out("review", cands=[[i] for i in one] + subs)
    return out("unapplied")                                 # R16 fits nothing


# ------------------------------------------------------------------ replay
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
prev_date = None
n_bad = 0
for k, (p, lab) in enumerate(zip(payments, labels)):
    tag = f"{k} {p['id']} {lab.get('scenario')}"
    if lab.get("payment_id") != p["id"]:
        bad(tag, "label order / payment_id")
    for f in ("status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if f not in lab:
            bad(tag, f"label lacks {f}")
    if lab["status"] not in STATUSES:
        bad(tag, f"status {lab['status']}")
    try:
        d = dt.date.fromisoformat(p["date"]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(p["date"])) else None
    except ValueError:
        d = None
    if d:
        if prev_date and d < prev_date:
            bad(tag, "payments not oldest first")
        prev_date = d

    exp = clerk(p, bal)
    is_bad = "_bad" in exp
    if is_bad:
        n_bad += 1
        if not lab.get("error") or lab["status"] != "review" or lab["applications"] or lab["candidates"]:
            bad(tag, "bad row must be review, no applications/candidates, with error")
        continue
    if "error" in lab:
        bad(tag, "error on a valid row")

    # invariants
    amt = Decimal(p["amount"])
    total = Decimal("0")
    for a in lab["applications"]:
        inv = INV.get(a["invoice_id"])
        if not inv:
            bad(tag, f"unknown invoice {a['invoice_id']}")
            continue
        x = Decimal(a["amount"])
        if not money_re.match(a["amount"]) or x <= 0:
            bad(tag, "application amount")
        if inv["currency"] != p["currency"]:
            bad(tag, "application currency differs")
        if x > bal[inv["id"]]:
            bad(tag, f"takes {inv['number']} past zero")
        total += x
    if not money_re.match(lab["unapplied"]) or total + Decimal(lab["unapplied"]) != amt:
        bad(tag, "applications + unapplied != amount")
    st = lab["status"]
    if st == "applied" and (not lab["applications"] or Decimal(lab["unapplied"]) != 0 or lab["short_pay"] or lab["candidates"]):
        bad(tag, "applied inconsistent")
    if st == "partial":
        if not lab["applications"] or Decimal(lab["unapplied"]) != 0 or lab["candidates"]:
            bad(tag, "partial inconsistent")
        left = {a["invoice_id"]: bal[a["invoice_id"]] - Decimal(a["amount"]) for a in lab["applications"]}
        if not any(v > 0 for v in left.values()):
            bad(tag, "partial leaves nothing open")
        sp = lab["short_pay"]
        if sp and (sp["invoice_id"] not in left or Decimal(sp["amount"]) != left[sp["invoice_id"]] or not sp.get("reason")):
            bad(tag, "short_pay does not match the open remainder")
    if st == "unapplied" and (Decimal(lab["unapplied"]) <= 0 or lab["short_pay"] or lab["candidates"]):
        bad(tag, "unapplied inconsistent")
    if st == "review":
        if lab["applications"] or lab["short_pay"] or Decimal(lab["unapplied"]) != amt:
            bad(tag, "review inconsistent")
        rc = p["customer_id"] or resolve_name(p["payer_name"])
        for cset in lab["candidates"]:
            invs = [INV.get(x) for x in cset]
            if not cset or None in invs:
                bad(tag, "candidate unknown invoice")
                continue
            if any(bal[i["id"]] <= 0 or i["currency"] != p["currency"] for i in invs):
                bad(tag, "candidate not open / wrong currency")
            owners = {i["customer_id"] for i in invs}
            if len(owners) != 1 or (rc and owners != {rc}):
                bad(tag, "candidate of wrong customer")

    # rules
    for f in ("status", "applications", "unapplied", "short_pay", "candidates"):
        if exp[f] != lab[f]:
            bad(tag, f"{f}: label {lab[f]!r} but rules give {exp[f]!r}")
    for a in lab["applications"]:
        bal[a["invoice_id"]] -= Decimal(a["amount"])

for k, v in bal.items():
    if v < 0:
        bad(k, "negative balance after replay")
if not 4 <= n_bad <= 8:
    bad("-", f"{n_bad} bad rows")

if problems:
    print("\n".join(problems[:80]))
    print(f"FAIL: {len(problems)} problem(s)")
    sys.exit(1)
print(f"OK: {len(payments)} payments, {len(invoices)} invoices, {n_bad} bad rows")
for s, c in sorted(Counter(l["scenario"] for l in labels).items()):
    print(f"  {s:24s} {c}")
print(" ", dict(Counter(l["status"] for l in labels)))
