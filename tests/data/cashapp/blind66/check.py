#!/usr/bin/env python3
"""Re-verify every label of ledger_latam_agro from the data alone. Exit 1 on any problem."""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(pid, msg):
    ERR.append("%s: %s" % (pid, msg))


def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return json.load(f)


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
DEC = re.compile(r"^\d+\.\d{2}$")
ISO = {"MXN", "BRL", "COP", "CLP", "ARS", "USD", "EUR"}
STATUSES = {"applied", "partial", "unapplied", "review"}
INV = {}
for i in invoices:
    k = i["id"]
    if k in INV:
        err(k, "duplicate invoice id")
    INV[k] = i
    if set(i) != {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}:
        err(k, "invoice fields")
    for f in ("total", "balance"):
        if not DEC.match(i[f]):
            err(k, "bad %s %r" % (f, i[f]))
    if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
        err(k, "balance not in (0, total]")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(k, "due before issue")
    if i["currency"] not in ISO:
        err(k, "currency")
if len({i["number"] for i in invoices}) != len(invoices):
    err("invoices", "duplicate invoice numbers")
NUM = {i["number"]: i for i in invoices}
CUST_INVS = defaultdict(list)
for i in invoices:
    CUST_INVS[i["customer_id"]].append(i)
CUSTS = {}
for i in invoices:
    CUSTS.setdefault(i["customer_id"], (i["customer_name"], i["currency"]))


def core(number):
    if number.startswith(("A-0003-", "EXP-26-")):
        return str(int(number[7:]))
    return str(int(number.split("-")[-1]))


CORES = defaultdict(set)
for i in invoices:
    CORES[i["currency"]].add(core(i["number"]))

ABBR = [("COOPERATIVA", "COOP"), ("AGROPECUARIA", "AGROP"), ("AGROINDUSTRIAL", "AGROIND"),
        ("SOCIEDAD", "SOC"), ("COMERCIALIZADORA", "COMERC"), ("EXPORTADORA", "EXPORT"),
        ("GENERAL", "GRAL"), ("AGROINDUSTRIAS", "AGROINDS"), ("ESTABLECIMIENTO", "EST"),
        ("PRODUCTORA", "PROD"), ("HORTALIZAS", "HORT"), ("COMERCIAL", "COML"), ("LIMITADA", "LTDA")]


def norm(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).upper()
    return " ".join(s.replace(".", "").replace(",", "").split())


def abbr(s):
    for a, b in ABBR:
        s = s.replace(a, b)
    return s


def customers_by_name(payer, cur):
    p = norm(payer)
    return sorted(cid for cid, (nm, c) in CUSTS.items() if c == cur and (norm(nm).startswith(p) or abbr(norm(nm)).startswith(p)))


def digits_in(text, core_):
    # serial with optional leading zeros; USD numbers are also written "EXP 26" + 4-digit serial
    return re.search(r"(?<!\d)(?:26)?0*%s(?!\d)" % re.escape(core_), text) is not None


if len(payments) != len(labels):
    err("files", "payments and labels differ in length")
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
paid_by = defaultdict(list)  # invoice id -> payment ids that applied to it
prev_date = None
for p, l in zip(payments, labels):
    pid = p["id"]
    if l["payment_id"] != pid:
        err(pid, "label order")
    if set(p) != {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}:
        err(pid, "payment fields")
    sc = l["scenario"]
    if not l["note"].startswith("[%s, " % sc):
        err(pid, "note prefix")
    text = " ".join(x for x in (p["payer_name"], p["reference"], p["remittance"]) if x)
    m = re.search(r" evidence=(\[.*\])$", l["note"])
    if m:
        for e in json.loads(m.group(1)):
            if e not in text:
                err(pid, "evidence %r not in payment text" % e)
    # ---- bad rows
    try:
        pdate = date.fromisoformat(p["date"])
    except (TypeError, ValueError):
        pdate = None
    amt_ok = isinstance(p["amount"], str) and bool(DEC.match(p["amount"])) and Decimal(p["amount"]) > 0
    cur_ok = p["currency"] in ISO
    bad = not (pdate and amt_ok and cur_ok)
    if sc == "bad_row":
        if not bad:
            err(pid, "bad_row label on a well-formed row")
        if l["status"] != "review" or l["applications"] or l["candidates"] or l["unapplied"] != "0.00":
            err(pid, "bad_row label shape")
        continue
    if bad:
        err(pid, "malformed row not labelled bad_row")
        continue
    if prev_date and pdate < prev_date:
        err(pid, "payments not oldest first")
    prev_date = pdate
    amt, cur = Decimal(p["amount"]), p["currency"]
    st = l["status"]
    if st not in STATUSES:
        err(pid, "status")
    before = dict(bal)
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    una = Decimal(l["unapplied"])
    if not DEC.match(l["unapplied"]) or any(not DEC.match(a["amount"]) for a in l["applications"]):
        err(pid, "amount format in label")
    if sum((a for _, a in apps), Decimal("0")) + una != amt:
        err(pid, "applications + unapplied != amount")
    for iid, a in apps:
        inv = INV.get(iid)
        if not inv:
            err(pid, "unknown invoice %s" % iid)
            continue
        if inv["currency"] != cur:
            err(pid, "currency mismatch %s" % iid)
        if a <= 0 or a > bal[iid]:
            err(pid, "application %s exceeds open balance %s" % (a, bal[iid]))
        if date.fromisoformat(inv["issue_date"]) > pdate:
            err(pid, "invoice issued after payment")
        bal[iid] -= a
        paid_by[iid].append(pid)
    if st == "applied" and (una != 0 or not apps or l["short_pay"] or l["candidates"]):
        err(pid, "applied shape")
    if st == "partial":
        if una != 0 or not apps or l["candidates"] or not any(bal[i] > 0 for i, _ in apps):
            err(pid, "partial shape")
    if st == "unapplied" and (una <= 0 or l["short_pay"] or l["candidates"]):
        err(pid, "unapplied shape")
    if st == "review":
        if apps or una != amt or l["short_pay"]:
            err(pid, "review shape")
        for cs in l["candidates"]:
            for iid in cs:
                if iid not in INV:
                    err(pid, "candidate %s unknown" % iid)
    sp = l["short_pay"]
    if sp:
        d = dict(apps)
        if sp["invoice_id"] not in d or before[sp["invoice_id"]] - d[sp["invoice_id"]] != Decimal(sp["amount"]):
            err(pid, "short_pay amount != balance - applied")
        if not sp.get("reason"):
            err(pid, "short_pay reason")
        if not p["remittance"]:
            err(pid, "short pay without a stated reason")
    if sc in ("short_pay", "list_short_pay") and not sp:
        err(pid, "short pay scenario without short_pay")
    cust = p["customer_id"]
    # ---- scenario-specific re-derivations
    if sc in ("exact_ref", "list", "cut_concepto", "po_trap", "remainder", "partial", "short_pay", "list_short_pay", "overpay"):
        for iid, a in apps:
            if not digits_in(text, core(INV[iid]["number"])):
                err(pid, "%s not found in payment text" % INV[iid]["number"])
        if sc in ("exact_ref", "list", "cut_concepto", "po_trap", "remainder"):
            if any(bal[i] != 0 for i, _ in apps):
                err(pid, "applied invoice not cleared")
        if sc == "cut_concepto" and p["remittance"] and not all(INV[i]["number"] in p["remittance"] for i, _ in apps):
            err(pid, "cut_concepto remittance lacks a number")
        if sc == "remainder" and not any(paid_by[i][:-1] for i, _ in apps):
            err(pid, "remainder without earlier part payment")
        if sc == "overpay" and not (len(apps) == 1 and bal[apps[0][0]] == 0 and una > 0):
            err(pid, "overpay shape")
        if sc == "partial" and not (len(apps) == 1 and bal[apps[0][0]] > 0 and not sp):
            err(pid, "partial shape")
    if sc == "range":
        ids = [i for i, _ in apps]
        ns = sorted(int(core(INV[i]["number"])) for i in ids)
        if ns != list(range(ns[0], ns[-1] + 1)) or not digits_in(text, str(ns[0])) or not digits_in(text, str(ns[-1])):
            err(pid, "range endpoints / continuity")
        if any(before[i] != a for i, a in apps) or len({INV[i]["customer_id"] for i in ids}) != 1:
            err(pid, "range not full balances of one customer")
    if sc == "lump_sum":
        open_ = {i["id"] for i in CUST_INVS[cust] if before[i["id"]] > 0}
        if {i for i, _ in apps} != open_ or any(before[i] != a for i, a in apps):
            err(pid, "lump sum is not the whole open balance")
    if sc in ("amount_only", "typo", "ref_amount_conflict"):
        who = cust or (customers_by_name(p["payer_name"], cur)[0] if len(customers_by_name(p["payer_name"], cur)) == 1 else None)
        if not who:
            err(pid, "customer not identifiable")
        ops = [i for i in CUST_INVS[who] if before[i["id"]] > 0 and i["currency"] == cur]
        eq = [i["id"] for i in ops if before[i["id"]] == amt]
        pairs = [(a["id"], b["id"]) for x, a in enumerate(ops) for b in ops[x + 1:] if before[a["id"]] + before[b["id"]] == amt]
        target = apps[0][0] if apps else (l["candidates"][1][0] if sc == "ref_amount_conflict" else None)
        if eq != [target] or pairs:
            err(pid, "amount is not unique for the customer (%s, %s)" % (eq, pairs))
        if sc == "typo":
            written = [w for w in re.findall(r"\d{3,}", p["remittance"] or "") if w.lstrip("0") not in ("3",)]
            w = written[-1].lstrip("0")
            t = core(INV[target]["number"])
            if w in CORES[cur]:
                err(pid, "typo number exists")
            if len(w) != len(t) or (sum(x != y for x, y in zip(w, t)) != 1 and sorted(w) != sorted(t)):
                err(pid, "typo not one digit / one swap away (%s vs %s)" % (w, t))
        if sc == "ref_amount_conflict":
            a_ = l["candidates"][0][0]
            if not digits_in(text, core(INV[a_]["number"])) or before[a_] == amt:
                err(pid, "conflict: named invoice")
    if sc == "po_trap":
        m = re.search(r"(?:OC|O\.C\. N°|Orden de compra|Pedido(?: de compra)?)\s+(\d+)", text, re.I)
        if not m or m.group(1) not in CORES[cur]:
            err(pid, "po_trap: PO number is not an invoice serial")
        elif m.group(1) == core(INV[apps[0][0]]["number"]):
            err(pid, "po_trap: PO equals the applied invoice")
    if sc == "second_payment":
        named = [i for i in CUST_INVS[cust] if digits_in(text, core(i["number"])) and i["currency"] == cur]
        if not named or any(before[i["id"]] != 0 for i in named[:1]) or not paid_by[named[0]["id"]]:
            err(pid, "second payment: invoice not already cleared in this file")
    if sc in ("second_payment", "no_fit_known"):
        ops = [i for i in CUST_INVS[cust] if before[i["id"]] > 0 and i["currency"] == cur]
        if any(before[i["id"]] == amt for i in ops) or any(before[a["id"]] + before[b["id"]] == amt for x, a in enumerate(ops) for b in ops[x + 1:]):
            err(pid, "amount fits an open invoice")
        if apps or st != "unapplied":
            err(pid, "should be unapplied with no applications")
    if sc == "unknown_payer":
        if cust or customers_by_name(p["payer_name"], cur):
            err(pid, "unknown payer matches a customer")
        eq = [i["id"] for i in invoices if i["currency"] == cur and before[i["id"]] == amt]
        if l["candidates"] != ([eq] if len(eq) == 1 else []):
            err(pid, "unknown payer candidates")
    if sc == "ambiguous_amount":
        ids = [c[0] for c in l["candidates"]]
        eq = [i["id"] for i in CUST_INVS[cust] if before[i["id"]] == amt]
        if len(ids) < 2 or sorted(ids) != sorted(eq) or re.search(r"\d{4,}", (p["remittance"] or "")):
            err(pid, "ambiguous amount candidates")
    if sc == "ambiguous_payer":
        who = customers_by_name(p["payer_name"], cur)
        ids = [c[0] for c in l["candidates"]]
        if cust or len(who) != 2 or sorted(INV[i]["customer_id"] for i in ids) != who or any(before[i] != amt for i in ids):
            err(pid, "ambiguous payer")
    if sc == "cross_customer":
        i = INV[l["candidates"][0][0]]
        if i["customer_id"] == cust or before[i["id"]] != amt or not digits_in(text, core(i["number"])):
            err(pid, "cross customer")
    if sc == "other_currency":
        i = INV[l["candidates"][0][0]]
        if i["currency"] == cur or not digits_in(text, core(i["number"])):
            err(pid, "other currency")

if ERR:
    print("\n".join(ERR[:80]))
    print("FAILED: %d problem(s)" % len(ERR))
    sys.exit(1)
print("OK: %d invoices, %d payments, %d labels verified" % (len(invoices), len(payments), len(labels)))
