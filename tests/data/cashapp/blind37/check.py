#!/usr/bin/env python3
"""Sanity checker for ledger_freight (not part of the data). Exits non-zero on a problem."""
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_freight")
problems = []


def bad(msg):
    problems.append(msg)


def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
        return json.load(f)


invs, pays, labs = load("invoices.json"), load("payments.json"), load("labels.json")
AMT = re.compile(r"^\d+\.\d{2}$")
KEYS_I = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
KEYS_P = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}

# ---- invoices
if not 1400 <= len(invs) <= 1600:
    bad("invoice count %d" % len(invs))
if len({i["id"] for i in invs}) != len(invs) or len({i["number"] for i in invs}) != len(invs):
    bad("invoice ids/numbers not unique")
custs = {i["customer_id"] for i in invs}
if not 280 <= len(custs) <= 320:
    bad("customer count %d" % len(custs))
for i in invs:
    if set(i) != KEYS_I:
        bad("invoice keys %s" % i["id"])
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])):
        bad("invoice amount format %s" % i["id"])
    elif not Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"]):
        bad("invoice balance %s" % i["id"])
    if i["currency"] not in ("USD", "CAD"):
        bad("invoice currency %s" % i["id"])
    if i["due_date"] < i["issue_date"]:
        bad("due before issue %s" % i["id"])
name_of = {}
for i in invs:
    if name_of.setdefault(i["customer_id"], i["customer_name"]) != i["customer_name"]:
        bad("customer name differs %s" % i["customer_id"])
inv = {i["id"]: i for i in invs}
by_num = {i["number"][4:]: i for i in invs}
curs = {i["currency"] for i in invs}

# ---- rows
if len(pays) != len(labs):
    bad("payments/labels length")
bal = {i["id"]: Decimal(i["balance"]) for i in invs}
seen = set()
last_date = ""
n_err = 0


def row_error(p):
    if p["id"] in seen:
        return "dup"
    if not p.get("date"):
        return "date"
    a = p.get("amount")
    if not isinstance(a, str) or not AMT.match(a.lstrip("-")) or a.startswith("-"):
        return "amount"
    if p["currency"] not in curs:
        return "currency"
    return None


def open_with(amount, currency, cust=None):
    return [k for k, v in bal.items() if v == amount and inv[k]["currency"] == currency and v > 0
            and (cust is None or inv[k]["customer_id"] == cust)]


for idx, (p, l) in enumerate(zip(pays, labs)):
    pid = p["id"]
    if l["payment_id"] != pid:
        bad("order mismatch at %d" % idx)
        continue
    err = row_error(p)
    if l["status"] == "error":
        n_err += 1
        if not err:
            bad("%s labelled error but looks fine" % pid)
        if l["applications"] or not l.get("error") or l["candidates"] or l["short_pay"]:
            bad("%s error label shape" % pid)
        continue
    if err:
        bad("%s is bad (%s) but not labelled error" % (pid, err))
        continue
    if set(p) != KEYS_P:
        bad("payment keys %s" % pid)
    seen.add(pid)
    if p["date"] < last_date:
        bad("%s date not in order" % pid)
    last_date = p["date"]
    amt = Decimal(p["amount"])
    if amt <= 0:
        bad("%s nonpositive" % pid)
    text = (p["reference"] or "") + " " + (p["remittance"] or "")
    st = l["status"]
    tot = Decimal("0")
    before = dict((a["invoice_id"], bal[a["invoice_id"]]) for a in l["applications"])
    for a in l["applications"]:
        iid = a["invoice_id"]
        v = Decimal(a["amount"])
        if inv[iid]["currency"] != p["currency"]:
            bad("%s cross-currency application" % pid)
        if not Decimal("0") < v <= bal[iid]:
            bad("%s past zero on %s" % (pid, iid))
        bal[iid] -= v
        tot += v
    un = Decimal(l["unapplied"])
    if tot + un != amt:
        bad("%s sum %s+%s != %s" % (pid, tot, un, amt))
    sc = l["scenario"]
    if st == "applied":
        if un != 0 or not l["applications"] or l["short_pay"] or l["candidates"]:
            bad("%s applied shape" % pid)
    elif st == "partial":
        if un != 0 or not l["applications"]:
            bad("%s partial shape" % pid)
        if not any(bal[a["invoice_id"]] > 0 for a in l["applications"]):
            bad("%s partial leaves nothing open" % pid)
        sp = l["short_pay"]
        if sp:
            if Decimal(sp["amount"]) != bal[sp["invoice_id"]] or not sp["reason"]:
                bad("%s short_pay amount" % pid)
            a = Decimal(sp["amount"])
            if "{:,.2f}".format(a) not in text and str(a) not in text:
                bad("%s deduction amount not stated in remittance" % pid)
        elif sc != "part_payment":
            bad("%s partial without short_pay" % pid)
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            bad("%s unapplied shape" % pid)
    elif st == "review":
        if l["applications"] or un != amt or l["short_pay"]:
            bad("%s review shape" % pid)
        for cs in l["candidates"]:
            for c in cs:
                if inv[c]["currency"] != p["currency"] or bal[c] <= 0:
                    bad("%s candidate %s" % (pid, c))
    else:
        bad("%s status %s" % (pid, st))
    # ---- re-derive the facts each scenario relies on (state before this payment)
    nums = set(re.findall(r"(?<!\d)(70\d{4})(?!\d)", text))
    if sc in ("exact_ref", "ctx_multi", "lockbox_multi", "third_party", "third_party_multi", "quebec_fr",
              "detention_short", "lumper_short", "quickpay", "ctx_short_line", "part_payment", "balance_after_part",
              "overpay", "paid_total_not_balance", "lookalike_po"):
        for a in l["applications"]:
            if inv[a["invoice_id"]]["number"][4:] not in nums:
                bad("%s applies %s not cited" % (pid, a["invoice_id"]))
    if sc in ("amount_unique", "lookalike_bol"):
        iid = l["applications"][0]["invoice_id"]
        c = inv[iid]["customer_id"]
        if p["customer_id"] not in (None, c):
            bad("%s customer mismatch" % pid)
        if p["customer_id"] is None:
            hits = {k for k, v in name_of.items() if v.upper().replace(",", "").replace(".", "").startswith(p["payer_name"][:10])}
            if c not in hits:
                bad("%s payer name does not identify" % pid)
        same = [k for k, v in bal.items() if inv[k]["customer_id"] == c and inv[k]["currency"] == p["currency"]
                and (v == amt or (k == iid and before[iid] == amt))]
        if same != [iid] and sorted(same) != [iid]:
            bad("%s amount not unique for customer: %s" % (pid, same))
        for n in nums:
            if n in by_num and by_num[n]["id"] == iid:
                bad("%s lookalike actually cites the invoice" % pid)
    if sc in ("amount_ambiguous", "similar_names", "unknown_ambiguous"):
        ids = [c[0] for c in l["candidates"]]
        if len(ids) < 2 or any(bal[i] != amt for i in ids):
            bad("%s ambiguous candidates do not all fit" % pid)
        if sc == "unknown_ambiguous" and len({inv[i]["customer_id"] for i in ids}) < 2:
            bad("%s unknown_ambiguous same customer" % pid)
        if sc == "unknown_ambiguous" and sorted(open_with(amt, p["currency"])) != sorted(ids):
            bad("%s other invoices also fit" % pid)
    if sc == "unknown_unique":
        if open_with(amt, p["currency"]) != [l["candidates"][0][0]]:
            bad("%s unknown_unique not unique" % pid)
    if sc == "unknown_nomatch" and open_with(amt, p["currency"]):
        bad("%s nomatch matches" % pid)
    if sc == "known_nofit" and (p["customer_id"] is None or open_with(amt, p["currency"], p["customer_id"])):
        bad("%s known_nofit fits" % pid)
    if sc == "cross_currency":
        cited = [by_num[n] for n in nums if n in by_num]
        if not cited or any(c["currency"] == p["currency"] for c in cited):
            bad("%s cross_currency cite" % pid)
        if open_with(amt, p["currency"], p["customer_id"]):
            bad("%s cross_currency fits a same-currency invoice" % pid)
    if sc == "duplicate_payment":
        cited = [by_num[n] for n in nums if n in by_num]
        if not cited or any(bal[c["id"]] != 0 for c in cited):
            bad("%s duplicate cites open invoice" % pid)
    if sc == "ref_amount_conflict":
        y, x = l["candidates"][0][0], l["candidates"][1][0]
        if bal[y] != amt or bal[x] == amt or inv[x]["number"][4:] not in nums:
            bad("%s conflict facts" % pid)
    if sc in ("overpay", "paid_total_not_balance") and (st != "unapplied" or not l["applications"]):
        bad("%s overpay shape" % pid)

import unicodedata


def norm(x):
    x = unicodedata.normalize("NFKD", x)
    x = "".join(ch for ch in x if not unicodedata.combining(ch))
    return x.upper().replace(",", "").replace(".", "").replace("'", "")


for p, l in zip(pays, labs):
    if l["status"] == "error" or p["customer_id"] is not None:
        continue
    if l["scenario"] in ("third_party", "third_party_multi", "similar_names") or l["scenario"].startswith("unknown"):
        hits = [k for k, v in name_of.items() if norm(v).startswith(norm(p["payer_name"]))]
        want = 2 if l["scenario"] == "similar_names" else 0
        if len(hits) != want:
            bad("%s payer name should match %d customers, matches %d" % (p["id"], want, len(hits)))
        continue
    hits = [k for k, v in name_of.items() if norm(v).startswith(norm(p["payer_name"]))]
    owners = {inv[a["invoice_id"]]["customer_id"] for a in l["applications"]}
    if len(hits) != 1 or (owners and owners != set(hits)):
        bad("%s payer name %r identifies %s" % (p["id"], p["payer_name"], hits))

if not 8 <= n_err <= 12:
    bad("error rows %d" % n_err)
if not 350 <= len(pays) <= 450:
    bad("payment count %d" % len(pays))

for m in problems:
    print("PROBLEM:", m)
print("checked %d invoices, %d payments, %d problems" % (len(invs), len(pays), len(problems)))
sys.exit(1 if problems else 0)
