#!/usr/bin/env python3
"""Sanity checker for ledger_retaildeduct (not part of the data). Exits non-zero on a problem."""
import json, os, re, sys
from collections import Counter, defaultdict
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_retaildeduct")
INV = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
problems = []

def bad(msg):
    problems.append(msg)

AMT = re.compile(r"^\d+\.\d{2}$")
def cents(s):
    a, b = s.split(".")
    return int(a) * 100 + int(b)

def us(c):
    return "{:,}".format(c // 100) + ".%02d" % (c % 100)

def fr(c):
    return "{:,}".format(c // 100).replace(",", " ") + ",%02d" % (c % 100)

def plain(c):
    return "%d.%02d" % (c // 100, c % 100)

def bank_name(name, width):
    tr = str.maketrans("ÉÈÊËéèêëÀÂàâÔôÎîÏïÇçÛûÙù", "EEEEeeeeAAaaOoIiIiCcUuUu")
    s = name.translate(tr).upper().replace(",", "").replace(".", "").replace("'", "")
    return s[:width].rstrip()

# ------------------------------------------------------------- invoices
inv = {i["id"]: i for i in INV}
by_num = {i["number"]: i for i in INV}
if len(inv) != len(INV): bad("duplicate invoice id")
if len(by_num) != len(INV): bad("duplicate invoice number")
currencies = {i["currency"] for i in INV}
cust_names = {}
for i in INV:
    for k in ["total", "balance"]:
        if not AMT.match(i[k]): bad("invoice amount format %s" % i["id"])
    if cents(i["balance"]) <= 0 or cents(i["balance"]) > cents(i["total"]): bad("balance range %s" % i["id"])
    if i["due_date"] < i["issue_date"]: bad("due before issue %s" % i["id"])
    cust_names.setdefault(i["customer_id"], i["customer_name"])
    if cust_names[i["customer_id"]] != i["customer_name"]: bad("customer name mismatch %s" % i["id"])
if not (1300 <= len(INV) <= 1700): bad("invoice count %d" % len(INV))
if not (250 <= len(cust_names) <= 350): bad("customer count %d" % len(cust_names))

# ------------------------------------------------------------- payments / labels alignment
if len(PAY) != len(LAB): bad("payments/labels length")
if not (350 <= len(PAY) <= 450): bad("payment count %d" % len(PAY))
KEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"]

def text(p):
    return " ".join(x for x in [p.get("reference"), p.get("remittance")] if x)

def tokens(p):
    out = set()
    for t in re.findall(r"\d+", text(p)):
        out.add(t.lstrip("0") or "0")
    return out

bal = {k: cents(v["balance"]) for k, v in inv.items()}
closed_by = {}
seen_ids = set()
last_date = ""
for n, (p, l) in enumerate(zip(PAY, LAB)):
    tag = "%d %s %s" % (n, p.get("id"), l.get("scenario"))
    for k in KEYS:
        if k not in l: bad("%s: label key %s missing" % (tag, k))
    if l["payment_id"] != p["id"]: bad("%s: id order" % tag)
    # independent error detection
    reasons = []
    if p["id"] in seen_ids: reasons.append("dup")
    seen_ids.add(p["id"])
    if not isinstance(p.get("amount"), str) or not re.match(r"^-?\d+\.\d{2}$", p["amount"]): reasons.append("malformed")
    elif p["amount"].startswith("-"): reasons.append("negative")
    if p.get("currency") not in currencies: reasons.append("currency")
    if not p.get("date"): reasons.append("date")
    is_err = bool(reasons)
    if is_err != (l["status"] == "error"):
        bad("%s: error detection %s vs status %s" % (tag, reasons, l["status"]))
        continue
    if is_err:
        if l["applications"] or l["candidates"] or l["short_pay"] or not l.get("error"):
            bad("%s: error row shape" % tag)
        continue
    if p["date"] < last_date: bad("%s: payments not oldest first" % tag)
    last_date = p["date"]
    amt = cents(p["amount"])
    cur = p["currency"]
    cid = p["customer_id"]
    open_before = {k: v for k, v in bal.items() if v > 0}
    # replay
    tot = 0
    for a in l["applications"]:
        i = inv.get(a["invoice_id"])
        if i is None: bad("%s: unknown invoice" % tag); continue
        c = cents(a["amount"])
        if i["currency"] != cur: bad("%s: cross-currency application" % tag)
        if not (0 < c <= bal[i["id"]]): bad("%s: application %s exceeds balance %s" % (tag, c, bal[i["id"]]))
        bal[i["id"]] -= c
        tot += c
        if bal[i["id"]] == 0: closed_by[i["id"]] = p["id"]
    un = cents(l["unapplied"])
    if tot + un != amt: bad("%s: applications + unapplied != amount" % tag)
    st = l["status"]
    apps = [(inv[a["invoice_id"]], cents(a["amount"])) for a in l["applications"]]
    toks = tokens(p)
    cust_open = [i for i in INV if i["customer_id"] == cid and i["currency"] == cur and open_before.get(i["id"], 0) > 0]
    # status semantics
    if st == "applied":
        if un or l["short_pay"] or l["candidates"] or not apps: bad("%s: applied shape" % tag)
        for i, c in apps:
            if c != open_before[i["id"]]: bad("%s: applied but invoice left open" % tag)
    elif st == "partial":
        if un or l["candidates"] or not apps: bad("%s: partial shape" % tag)
        if not any(bal[i["id"]] > 0 for i, _ in apps): bad("%s: partial leaves nothing open" % tag)
        if l["short_pay"]:
            sp = l["short_pay"]
            if sp["invoice_id"] not in [i["id"] for i, _ in apps]: bad("%s: short_pay invoice not applied" % tag)
            if cents(sp["amount"]) != bal[sp["invoice_id"]]: bad("%s: short_pay amount != open remainder" % tag)
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]: bad("%s: unapplied shape" % tag)
        if cid is None: bad("%s: unapplied needs a known customer" % tag)
    elif st == "review":
        if apps or un != amt or l["short_pay"]: bad("%s: review shape" % tag)
        for cs in l["candidates"]:
            for x in cs:
                if x not in open_before or inv[x]["currency"] != cur: bad("%s: bad candidate %s" % (tag, x))
    else:
        bad("%s: unknown status %s" % (tag, st))
    # scenario specifics
    sc = l["scenario"]
    all_nums = set(by_num)
    named = {t for t in toks if t in all_nums}
    if sc in ("applied_ref_single", "applied_multi_list", "applied_po_trap", "partial_short_pay",
              "partial_part_payment", "applied_balance_after_part", "partial_short_unexplained"):
        for i, _ in apps:
            if i["number"] not in named: bad("%s: applied invoice %s not named" % (tag, i["number"]))
        if sc != "applied_po_trap" and named != {i["number"] for i, _ in apps}:
            bad("%s: text names other invoices %s" % (tag, named))
    if sc in ("applied_amount_only", "applied_name_amount", "unapplied_no_fit", "review_twin_amounts",
              "review_lump_subset", "review_unknown_two_customers", "review_unknown_no_fit", "applied_statement"):
        if named: bad("%s: text names invoice numbers %s" % (tag, named))
    def pair_sums(lst):
        return {open_before[a["id"]] + open_before[b["id"]] for a, b in combinations(lst, 2)}
    if sc == "applied_amount_only":
        hits = [i for i in cust_open if open_before[i["id"]] == amt]
        if len(hits) != 1 or amt in pair_sums(cust_open): bad("%s: amount not unique for customer" % tag)
    if sc == "applied_name_amount":
        hits = [i for i in INV if i["currency"] == cur and open_before.get(i["id"]) == amt]
        names = [c for c, nm in cust_names.items() if bank_name(nm, 16) == p["payer_name"]]
        if len(hits) != 1 or len(names) != 1 or hits[0]["customer_id"] != names[0]: bad("%s: name/amount not unique" % tag)
    if sc == "unapplied_no_fit":
        if any(open_before[i["id"]] == amt for i in cust_open) or amt in pair_sums(cust_open): bad("%s: no-fit fits" % tag)
    if sc == "unapplied_overpayment":
        rest = [i for i in cust_open if bal[i["id"]] > 0]
        if len(apps) != 1 or any(bal[i["id"]] == un for i in rest): bad("%s: overpay remainder fits an invoice" % tag)
        if apps and apps[0][0]["number"] not in named: bad("%s: overpay invoice not named" % tag)
    if sc == "unapplied_duplicate_payment":
        if len(named) != 1: bad("%s: dup names %s" % (tag, named))
        for nm in named:
            i = by_num[nm]
            if open_before.get(i["id"], 0) != 0 or i["id"] not in closed_by: bad("%s: dup invoice still open" % tag)
            if cents(i["balance"]) != amt: bad("%s: dup amount" % tag)
    if sc == "unapplied_cross_currency":
        if len(named) != 1 or by_num[list(named)[0]]["currency"] == cur: bad("%s: xcur" % tag)
        if any(open_before[i["id"]] == amt for i in cust_open): bad("%s: xcur fits same-currency invoice" % tag)
    if sc == "applied_statement":
        if {i["id"] for i, _ in apps} != {i["id"] for i in cust_open}: bad("%s: statement != all open" % tag)
    if sc == "applied_range":
        m = [t for t in toks if t in all_nums]
        if not m: bad("%s: range endpoints not named" % tag)
        nums = sorted(int(i["number"]) for i, _ in apps)
        if nums != list(range(nums[0], nums[0] + len(nums))): bad("%s: range not consecutive" % tag)
        inside = [n for n in by_num if nums[0] <= int(n) <= nums[-1]]
        if len(inside) != len(nums): bad("%s: range covers other invoices" % tag)
    if sc == "applied_po_trap":
        other = [by_num[t] for t in named if by_num[t]["customer_id"] != cid]
        if len(other) != 1: bad("%s: po trap decoy" % tag)
    if sc == "partial_short_pay":
        sp = cents(l["short_pay"]["amount"])
        if us(sp) not in text(p) and fr(sp) not in text(p) and plain(sp) not in text(p): bad("%s: deduction amount not in text" % tag)
    if sc == "review_twin_amounts":
        hits = sorted(i["id"] for i in cust_open if open_before[i["id"]] == amt)
        if sorted(x for cs in l["candidates"] for x in cs) != hits or len(hits) != 2: bad("%s: twins" % tag)
    if sc == "review_unknown_two_customers":
        hits = [i for i in INV if i["currency"] == cur and open_before.get(i["id"]) == amt]
        if len(hits) != 2 or hits[0]["customer_id"] == hits[1]["customer_id"] or cid is not None: bad("%s: two-cust" % tag)
        for i in hits:
            if bank_name(i["customer_name"], 16) != p["payer_name"]: bad("%s: payer name does not fit both" % tag)
    if sc == "review_ref_vs_amount":
        c0, c1 = l["candidates"]
        if inv[c0[0]]["number"] not in named or open_before[c1[0]] != amt or open_before[c0[0]] <= amt: bad("%s: ref vs amount" % tag)
    if sc == "review_other_customer_ref":
        x = l["candidates"][0][0]
        if inv[x]["customer_id"] == cid or open_before[x] != amt or inv[x]["number"] not in named: bad("%s: other cust" % tag)
    if sc == "review_lump_subset":
        want = set()
        for r in range(1, len(cust_open) + 1):
            for combo in combinations(cust_open, r):
                if sum(open_before[i["id"]] for i in combo) == amt:
                    want.add(frozenset(i["id"] for i in combo))
        got = {frozenset(cs) for cs in l["candidates"]}
        if want != got or frozenset(i["id"] for i in cust_open) in got: bad("%s: lump subsets %s" % (tag, want))
    if sc == "review_unknown_no_fit":
        if any(v == amt for k, v in open_before.items() if inv[k]["currency"] == cur) or l["candidates"]: bad("%s: unknown no fit" % tag)

st = Counter(l["status"] for l in LAB)
if st["error"] < 8 or st["error"] > 12: bad("error count %d" % st["error"])
for k in ["applied", "partial", "unapplied", "review"]:
    if st[k] < 20: bad("too few %s" % k)
if problems:
    print("\n".join(problems[:60]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("ok: %d invoices, %d customers, %d payments; %s" % (len(INV), len(cust_names), len(PAY), dict(st)))
