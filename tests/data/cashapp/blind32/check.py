#!/usr/bin/env python3
"""Sanity checker for ledger_anz_hardware (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_anz_hardware")
Z = Decimal("0")
problems = []


def bad(pid, msg):
    problems.append("%s: %s" % (pid, msg))


def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
        return json.load(f)


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}

# ---- static checks
if not 1400 <= len(invoices) <= 1600:
    bad("-", "invoice count %d" % len(invoices))
if not 380 <= len(payments) <= 420 or len(payments) != len(labels):
    bad("-", "payment/label count %d/%d" % (len(payments), len(labels)))
ncust = len({i["customer_id"] for i in invoices})
if not 270 <= ncust <= 330:
    bad("-", "customer count %d" % ncust)
ids = Counter(i["id"] for i in invoices)
nums = Counter(i["number"] for i in invoices)
if max(ids.values()) > 1 or max(nums.values()) > 1:
    bad("-", "duplicate invoice id/number")
for i in invoices:
    if set(i) != INV_KEYS:
        bad(i["id"], "invoice keys")
    t, b = Decimal(i["total"]), Decimal(i["balance"])
    if not (Z < b <= t) or str(t.quantize(Decimal("0.01"))) != i["total"]:
        bad(i["id"], "invoice amounts")
    if not i["issue_date"] <= i["due_date"]:
        bad(i["id"], "dates")
inv = {i["id"]: i for i in invoices}
by_num = {i["number"]: i for i in invoices}
currencies = {i["currency"] for i in invoices}
cust_names = {i["customer_id"]: i["customer_name"] for i in invoices}


def luhn_ok(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def valid_amount(a):
    try:
        x = Decimal(a)
    except (InvalidOperation, TypeError):
        return None
    if not re.fullmatch(r"\d+\.\d\d", a or ""):
        return None
    return x


# ---- replay
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
seen_ids = set()
last_date = ""
status_n = Counter()
pay_by_id = {}
for p, lb in zip(payments, labels):
    pid = p["id"]
    status_n[lb["status"]] += 1
    if set(p) != PAY_KEYS:
        bad(pid, "payment keys %s" % sorted(p))
    if not LAB_KEYS <= set(lb) or lb["payment_id"] != pid:
        bad(pid, "label keys / order")
    dup = pid in seen_ids
    seen_ids.add(pid)
    if p.get("date"):
        if p["date"] < last_date:
            bad(pid, "payments not oldest first")
        last_date = p["date"]
    amt = valid_amount(p["amount"])
    valid = (not dup) and bool(p.get("date")) and p["currency"] in currencies and amt is not None and amt > 0
    if lb["status"] == "error":
        if valid:
            bad(pid, "error label on a valid row")
        if lb["applications"] or lb["candidates"] or lb["short_pay"] or not lb.get("error"):
            bad(pid, "error row shape")
        continue
    if not valid:
        bad(pid, "invalid row not labelled error")
        continue
    pay_by_id[pid] = p
    apps = lb["applications"]
    una = Decimal(lb["unapplied"])
    if sum((Decimal(a["amount"]) for a in apps), Z) + una != amt:
        bad(pid, "applications + unapplied != amount")
    if una < 0:
        bad(pid, "negative unapplied")
    cur_open = {k: v for k, v in bal.items() if v > 0}
    snapshot = dict(bal)
    for a in apps:
        i = inv.get(a["invoice_id"])
        x = Decimal(a["amount"])
        if i is None:
            bad(pid, "unknown invoice")
            continue
        if i["currency"] != p["currency"]:
            bad(pid, "cross-currency application")
        if not Z < x <= bal[i["id"]]:
            bad(pid, "application past zero balance")
        if p["customer_id"] and i["customer_id"] != p["customer_id"]:
            bad(pid, "applied to another customer's invoice")
        bal[i["id"]] -= x
    st, sc = lb["status"], lb["scenario"]
    ref = (p["reference"] or "") + "\n" + (p["remittance"] or "")
    if st == "applied":
        if una != 0 or lb["short_pay"] or lb["candidates"] or not apps or any(bal[a["invoice_id"]] for a in apps):
            bad(pid, "applied shape")
    elif st == "partial":
        if una != 0 or lb["candidates"] or not apps or not any(bal[a["invoice_id"]] > 0 for a in apps):
            bad(pid, "partial shape")
        sp = lb["short_pay"]
        if sp and (Decimal(sp["amount"]) != bal[sp["invoice_id"]] or not sp.get("reason")):
            bad(pid, "short_pay amount must equal what is left open")
        if sc.startswith("short") or sc == "remit_multi_short":
            if not sp:
                bad(pid, "short scenario without short_pay")
        elif sp:
            bad(pid, "part payment with short_pay")
    elif st == "unapplied":
        if una <= 0 or lb["short_pay"] or lb["candidates"] or not p["customer_id"]:
            bad(pid, "unapplied shape")
        if any(bal[a["invoice_id"]] for a in apps):
            bad(pid, "overpayment leaves its invoice open")
        # the held remainder must fit no open invoice of the customer
        mine = [k for k, v in bal.items() if v > 0 and inv[k]["customer_id"] == p["customer_id"]
                and inv[k]["currency"] == p["currency"]]
        if any(bal[k] == una for k in mine) or (not apps and any(snapshot[k] == amt for k in mine)):
            bad(pid, "held cash fits an open invoice")
    elif st == "review":
        if apps or una != amt or lb["short_pay"]:
            bad(pid, "review shape")
        for cset in lb["candidates"]:
            for k in cset["invoice_ids"]:
                if k not in cur_open or inv[k]["currency"] != p["currency"]:
                    bad(pid, "candidate not open / other currency")
        if not lb["candidates"] and sc != "unknown_nofit":
            bad(pid, "review without candidates")
    else:
        bad(pid, "status %s" % st)

    # ---- scenario logic against the state before this payment
    def open_of(cid, cur):
        return [k for k, v in snapshot.items() if v > 0 and inv[k]["customer_id"] == cid and inv[k]["currency"] == cur]
    app_ids = [a["invoice_id"] for a in apps]
    named = sc in ("ref_exact", "remit_multi", "third_party", "partial_balance", "instalment_final", "overpay",
                   "part_payment", "short_gst", "short_discount", "short_rebate", "short_claim", "short_bankfee",
                   "remit_multi_short", "po_trap")
    if named:
        for k in app_ids:
            if inv[k]["number"][4:] not in ref:
                bad(pid, "%s not named in reference/remittance" % inv[k]["number"])
    if sc in ("amount_unique", "typo_ref", "currency_apply", "amount_lookalike"):
        o = open_of(p["customer_id"], p["currency"])
        hits = [k for k in o if snapshot[k] == amt]
        pairs = [(a, b) for x, a in enumerate(o) for b in o[x + 1:] if snapshot[a] + snapshot[b] == amt]
        if hits != app_ids or pairs:
            bad(pid, "amount not unique within customer")
    if sc == "typo_ref":
        m = re.search(r"INV(\d{6})", p["reference"])
        if not m or "INV-" + m.group(1) in by_num or sorted(m.group(1)) != sorted(inv[app_ids[0]]["number"][4:]):
            bad(pid, "typo reference")
    if sc == "name_amount":
        hits = [k for k, v in snapshot.items() if v == amt and inv[k]["currency"] == p["currency"]]
        word = cust_names[inv[app_ids[0]]["customer_id"]].split()[0].upper()
        if hits != app_ids or p["customer_id"] or word not in p["payer_name"]:
            bad(pid, "name_amount not unique / name")
    if sc == "amount_lookalike":
        m = re.search(r"(\d{4})\.(\d\d)", p["reference"])
        y = by_num.get("INV-" + m.group(1) + m.group(2)) if m else None
        if not y or y["id"] in app_ids or y["customer_id"] != p["customer_id"] or snapshot[y["id"]] <= 0:
            bad(pid, "lookalike")
    if sc == "lump_all" and sorted(app_ids) != sorted(open_of(p["customer_id"], p["currency"])):
        bad(pid, "lump is not the whole account")
    if sc == "ref_trunc":
        r = p["reference"]
        if len(r) != 18 or not all(inv[k]["number"][4:] in r or r.endswith(inv[k]["number"][4:8]) for k in app_ids):
            bad(pid, "truncation")
    if sc == "ref_range":
        m = re.search(r"(\d{6})\s*(?:-|TO)\s*(\d{3,6})", ref)
        lo, hi = m.group(1), m.group(2)
        hi = lo[:6 - len(hi)] + hi
        cid = inv[app_ids[0]]["customer_id"]
        want = sorted(i["id"] for i in invoices if i["customer_id"] == cid and lo <= i["number"][4:] <= hi)
        if sorted(app_ids) != want:
            bad(pid, "range")
    if sc == "po_trap":
        m = re.search(r"PO\s*(\d{6})|Order no\. (\d{6})", ref)
        po = m.group(1) or m.group(2)
        if "INV-" + po not in by_num or by_num["INV-" + po]["id"] in app_ids:
            bad(pid, "po trap")
    if sc == "amount_ambiguous":
        hits = [k for k in open_of(p["customer_id"], p["currency"]) if snapshot[k] == amt]
        if len(hits) < 2 or sorted(hits) != sorted(c["invoice_ids"][0] for c in lb["candidates"]):
            bad(pid, "ambiguity")
    if sc == "amount_ambiguous_cross":
        hits = [k for k, v in snapshot.items() if v == amt and inv[k]["currency"] == p["currency"]]
        if p["customer_id"] or len({inv[k]["customer_id"] for k in hits}) < 2 or \
                sorted(hits) != sorted(c["invoice_ids"][0] for c in lb["candidates"]):
            bad(pid, "cross-customer ambiguity")
    if sc == "duplicate_payment":
        m = re.search(r"pmt_[0-9a-f]{8}", lb["note"])
        p0 = pay_by_id.get(m.group(0)) if m else None
        if not p0 or p0["amount"] != p["amount"] or p0["reference"] != p["reference"]:
            bad(pid, "duplicate of what?")
    if sc == "cross_currency_hold":
        m = re.search(r"INV(\d{6})", p["reference"])
        if not m or by_num["INV-" + m.group(1)]["currency"] == p["currency"]:
            bad(pid, "cross currency reference")
    if sc == "ref_conflict_customer":
        k = lb["candidates"][0]["invoice_ids"][0]
        if inv[k]["customer_id"] == p["customer_id"] or snapshot[k] != amt:
            bad(pid, "ref conflict customer")

    # ---- bank text shapes
    r = p["reference"] or ""
    for m in re.finditer(r"BPAY (?:CRN )?(\d+)", r):
        dgt = m.group(1)
        if not luhn_ok(dgt) or "INV-" + dgt[:-1] not in by_num:
            bad(pid, "BPAY CRN check digit")
    m = re.fullmatch(r"Particulars: (.*) Code: (.*) Reference: (.*)", r)
    if m and any(len(g) > 12 for g in m.groups()):
        bad(pid, "NZ field > 12 chars")
    if p["currency"] == "AUD" and r and r == r.upper() and not r.startswith(("BPAY", "OSKO")) and len(r) > 18:
        bad(pid, "AU direct-credit description > 18 chars: %r" % r)

if status_n["error"] < 8 or status_n["error"] > 12:
    bad("-", "error rows %d" % status_n["error"])
for k in ("applied", "partial", "unapplied", "review"):
    if status_n[k] < 20:
        bad("-", "too few %s" % k)

if problems:
    print("\n".join(problems[:60]))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
print("OK: %d invoices, %d payments, %s" % (len(invoices), len(payments), dict(status_n)))
