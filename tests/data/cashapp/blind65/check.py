#!/usr/bin/env python3
"""Re-verify every label of this ledger from the data alone. Exit 1 on any problem."""
import json, os, re, sys, calendar, itertools
from decimal import Decimal as D, InvalidOperation
from datetime import date, timedelta
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding="utf-8"))
INVS, PAYS, LABS = load("invoices.json"), load("payments.json"), load("labels.json")
errors = []
def err(pid, msg): errors.append(f"{pid}: {msg}")
AMT = re.compile(r"^\d+\.\d{2}$")
ISO = {"GBP", "EUR", "USD"}
STATUSES = {"applied", "partial", "unapplied", "review"}
LABEL_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}

# ---- invoices
INV = {}
for i in INVS:
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}:
        err(i.get("id"), "invoice keys")
    if i["id"] in INV: err(i["id"], "duplicate invoice id")
    INV[i["id"]] = i
    if not re.fullmatch(r"INV-\d{6}", i["number"]): err(i["id"], "number format")
    if i["currency"] not in ("GBP", "EUR"): err(i["id"], "currency")
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or not (D(0) < D(i["balance"]) <= D(i["total"])):
        err(i["id"], "total/balance")
    iss, due = date.fromisoformat(i["issue_date"]), date.fromisoformat(i["due_date"])
    y, m = (iss.year + 1, 1) if iss.month == 12 else (iss.year, iss.month + 1)
    if due not in (iss + timedelta(30), date(y, m, calendar.monthrange(y, m)[1])): err(i["id"], "due date rule")
if len({i["number"] for i in INVS}) != len(INVS): err("-", "duplicate invoice numbers")
BYNUM = {i["number"][4:]: i for i in INVS}
if not 1200 <= len(INVS) <= 1800: err("-", "invoice count")
cust_of = {}
for i in INVS: cust_of.setdefault(i["customer_id"], set()).add(i["customer_name"])
if any(len(v) != 1 for v in cust_of.values()): err("-", "customer name inconsistent")

# ---- payments / labels
if len(PAYS) != len(LABS) or not 350 <= len(PAYS) <= 450: err("-", "payment/label count")
bal = {k: D(v["balance"]) for k, v in INV.items()}
paid_here = set()
prev = None
def text_of(p): return " ".join(x for x in (p["reference"], p["remittance"]) if x)
def norm_amounts(t):
    t = t.replace("\u00a0", " ")
    out = set()
    for m in re.finditer(r"\d[\d ,.]*\d", t):
        raw = m.group(0)
        for cand in (raw.replace(",", "").replace(" ", ""), raw.replace(".", "").replace(" ", "").replace(",", ".")):
            try: out.add(D(cand).quantize(D("0.01")))
            except InvalidOperation: pass
    return out
def near(a, b):
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) + 1 == len(b): return any(b[:k] + b[k + 1:] == a for k in range(len(b)))
    return False
def open_of(cid, cur): return [i for i in INVS if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]

for n, (p, l) in enumerate(zip(PAYS, LABS)):
    pid = p["id"]
    if pid != "p-%04d" % (n + 1) or l["payment_id"] != pid: err(pid, "id/order")
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}: err(pid, "payment keys")
    if set(l) != LABEL_KEYS: err(pid, f"label keys {sorted(set(l) ^ LABEL_KEYS)}")
    if not l["note"].startswith(f"[{l['scenario']}, "): err(pid, "note prefix")
    d = date.fromisoformat(p["date"])
    if prev and d < prev: err(pid, "not oldest first")
    prev = d
    if l["status"] not in STATUSES: err(pid, "status")
    sc = l["scenario"]; txt = text_of(p)
    bad = not (isinstance(p["amount"], str) and AMT.match(p["amount"]) and D(p["amount"]) > 0 and p["currency"] in ISO)
    if sc == "bad_row":
        if not bad: err(pid, "bad_row is not bad")
        if l["status"] != "review" or l["applications"] or l["candidates"] or l["unapplied"] != "0.00": err(pid, "bad row label")
        continue
    if bad: err(pid, "malformed row outside bad_row")
    amt = D(p["amount"])
    apps = l["applications"]; tot = D(0)
    for a in apps:
        inv = INV.get(a["invoice_id"])
        if not inv: err(pid, "unknown invoice"); continue
        if inv["currency"] != p["currency"]: err(pid, "currency mismatch in application")
        if date.fromisoformat(inv["issue_date"]) > d: err(pid, "invoice issued after payment")
        x = D(a["amount"])
        if not AMT.match(a["amount"]) or x <= 0 or x > bal[inv["id"]]: err(pid, f"application amount {a}")
        tot += x
    if not AMT.match(l["unapplied"]): err(pid, "unapplied format")
    if tot + D(l["unapplied"]) != amt: err(pid, f"sum {tot}+{l['unapplied']} != {amt}")
    st = l["status"]
    before = dict((a["invoice_id"], bal[a["invoice_id"]]) for a in apps)
    if st == "applied" and (not apps or D(l["unapplied"]) != 0 or l["short_pay"] or l["candidates"]): err(pid, "applied shape")
    if st == "unapplied" and (D(l["unapplied"]) <= 0 or l["short_pay"] or l["candidates"]): err(pid, "unapplied shape")
    if st == "review" and (apps or D(l["unapplied"]) != amt or l["short_pay"]): err(pid, "review shape")
    if st == "partial":
        if not apps or D(l["unapplied"]) != 0: err(pid, "partial shape")
        if not any(before[a["invoice_id"]] - D(a["amount"]) > 0 for a in apps): err(pid, "partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in before: err(pid, "short_pay invoice not applied")
            else:
                left = before[sp["invoice_id"]] - sum(D(a["amount"]) for a in apps if a["invoice_id"] == sp["invoice_id"])
                if left != D(sp["amount"]): err(pid, "short_pay amount != remaining balance")
            if D(sp["amount"]) not in norm_amounts(p["remittance"] or ""): err(pid, "deduction not stated in remittance")
            if not sp.get("reason"): err(pid, "short_pay reason")
    for grp in l["candidates"]:
        for cid in grp:
            if cid not in INV or bal[cid] <= 0: err(pid, f"candidate {cid} not open")
            elif INV[cid]["currency"] != p["currency"] and sc != "other_currency": err(pid, "candidate currency")
    # ---- evidence per scenario
    nums = lambda: [INV[a["invoice_id"]]["number"][4:] for a in apps]
    if sc in ("exact_ref", "remittance_only", "third_party_payer", "list", "short_pay", "overpayment", "part_payment") or (sc == "truncated_payer_name" and st == "applied"):
        for nn in nums():
            if nn not in txt: err(pid, f"{nn} not in text")
        if sc in ("exact_ref", "remittance_only", "third_party_payer", "list", "truncated_payer_name"):
            if any(D(a["amount"]) != bal[a["invoice_id"]] for a in apps): err(pid, "not exact balances")
    if sc == "overpayment" and (len(apps) != 1 or D(apps[0]["amount"]) != bal[apps[0]["invoice_id"]]): err(pid, "overpayment shape")
    if sc == "bacs_truncated_list":
        ref = p["reference"]
        if len(ref) != 18 or nums()[0] not in ref: err(pid, "truncation evidence")
        pre = ref.split()[-1].lstrip("INV-")
        if not nums()[1].startswith(pre) or nums()[1] in ref: err(pid, "truncated prefix")
        comps = [i for i in open_of(INV[apps[0]["invoice_id"]]["customer_id"], p["currency"]) if i["number"][4:].startswith(pre)
                 and i["id"] != apps[0]["invoice_id"] and bal[i["id"]] == amt - bal[apps[0]["invoice_id"]]]
        if len(comps) != 1: err(pid, "truncated completion not unique")
    if sc == "bacs_truncated_ambiguous":
        if len(l["candidates"]) < 2 or any(sum(bal[c] for c in g) != amt for g in l["candidates"]): err(pid, "trunc amb candidates")
    if sc == "typo_ref":
        nn = nums()[0]; tokens = re.findall(r"\d{5,6}", txt)
        if nn in txt or not any(near(t, nn) or near(nn, t) for t in tokens): err(pid, "typo evidence")
        inv = INV[apps[0]["invoice_id"]]
        if sum(1 for i in open_of(inv["customer_id"], inv["currency"]) if bal[i["id"]] == amt) != 1: err(pid, "typo amount not unique")
        for t in tokens:
            o = BYNUM.get(t)
            if o and o["customer_id"] == inv["customer_id"]: err(pid, "typo is the customer's own invoice")
    if sc == "amount_only" or (sc == "po_looks_like_invoice"):
        inv = INV[apps[0]["invoice_id"]]
        if len(apps) != 1 or sum(1 for i in open_of(inv["customer_id"], inv["currency"]) if bal[i["id"]] == amt) != 1: err(pid, "amount not unique")
        if sc == "amount_only" and any(x in BYNUM for x in re.findall(r"\d{6}", txt)): err(pid, "amount_only names an invoice number")
        if sc == "po_looks_like_invoice":
            po = re.search(r"(\d{6})", p["reference"]).group(1)
            if po == inv["number"][4:] or (po in BYNUM and BYNUM[po]["customer_id"] == inv["customer_id"]): err(pid, "po trap")
    if sc == "range":
        ns = sorted(int(x) for x in nums())
        if ns != list(range(ns[0], ns[-1] + 1)) or str(ns[0]) not in txt or (str(ns[-1]) not in txt and str(ns[-1])[-3:] not in txt):
            err(pid, "range evidence")
        if len({INV[a["invoice_id"]]["customer_id"] for a in apps}) != 1 or any(D(a["amount"]) != bal[a["invoice_id"]] for a in apps):
            err(pid, "range apps")
    if sc == "lump_sum":
        inv = INV[apps[0]["invoice_id"]]
        if {i["id"] for i in open_of(inv["customer_id"], inv["currency"])} != {a["invoice_id"] for a in apps}: err(pid, "lump not all open")
    if sc == "second_payment":
        hit = [BYNUM[t] for t in re.findall(r"\d{6}", txt) if t in BYNUM]
        if not hit or any(bal[h["id"]] != 0 or h["id"] not in paid_here for h in hit) or st != "unapplied" or apps: err(pid, "second payment")
    if sc == "known_no_fit":
        if not p["customer_id"] or st != "unapplied" or apps: err(pid, "no-fit shape")
        vals = [bal[i["id"]] for i in open_of(p["customer_id"], p["currency"])]
        sums = {D(0)}
        for v in vals: sums |= {x + v for x in sums}
        if amt in sums: err(pid, "no-fit actually fits")
    if sc == "unknown_payer":
        if p["customer_id"] or any(re.sub(r"[^A-Z0-9 ]", "", i["customer_name"].upper().replace("&", "AND")).startswith(p["payer_name"][:10]) for i in INVS): err(pid, "unknown payer")
        hits = [i["id"] for i in INVS if i["currency"] == p["currency"] and bal[i["id"]] == amt]
        if [[h] for h in hits] != l["candidates"]: err(pid, "unknown payer candidates")
    if sc == "ambiguous_equal_amounts":
        if len(l["candidates"]) < 2 or any(len(g) != 1 or bal[g[0]] != amt for g in l["candidates"]): err(pid, "equal candidates")
        dues = [INV[g[0]]["due_date"] for g in l["candidates"]]
        if dues != sorted(dues): err(pid, "equal candidates order")
    if sc == "ambiguous_combination":
        if len(l["candidates"]) < 2 or any(sum(bal[c] for c in g) != amt for g in l["candidates"]): err(pid, "combination candidates")
    if sc == "ambiguous_ref_vs_amount":
        b, a_ = l["candidates"]
        if bal[b[0]] != amt or INV[a_[0]]["number"][4:] not in txt or bal[a_[0]] == amt: err(pid, "conflict evidence")
    if sc == "po_equals_own_invoice":
        t, po = l["candidates"]
        if bal[t[0]] != amt or INV[po[0]]["number"][4:] not in txt or INV[po[0]]["customer_id"] != INV[t[0]]["customer_id"]: err(pid, "po own evidence")
    if sc == "other_currency":
        c = INV[l["candidates"][0][0]]
        if c["currency"] == p["currency"] or c["number"][4:] not in txt: err(pid, "fx evidence")
    # apply
    for a in apps:
        bal[a["invoice_id"]] -= D(a["amount"])
        if bal[a["invoice_id"]] == 0: paid_here.add(a["invoice_id"])

# ---- README present and counts consistent
rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for k, v in Counter(l["status"] for l in LABS).items():
    if f"| {k} | {v} |" not in rd: err("-", f"README count {k}")
for e in errors: print(e)
print(f"{len(PAYS)} payments, {len(INVS)} invoices, {len(errors)} problems")
sys.exit(1 if errors else 0)
