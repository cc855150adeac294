#!/usr/bin/env python3
"""Sanity checker for the blind cash-application set (not part of the data).

Replays payments.json in file order against invoices.json and re-verifies every label in labels.json:
the contract's rules (sums, same currency, never past zero, status meanings), the bad-input rows, and the
facts each scenario relies on (uniqueness of amounts, names, numbers at that point in the file).
Exits 1 on any problem.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal as D
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "ledger_cordillera")
problems = []


def bad(pid, msg):
    problems.append("%s: %s" % (pid, msg))


def load(name):
    with open(os.path.join(LED, name), encoding="utf-8") as f:
        return json.load(f)


def norm(t):
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return re.sub(r"[^A-Z0-9]", "", t.upper())


invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LAB_KEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"]
AMOUNT = re.compile(r"^\d+\.\d{2}$")

inv = {}
for i in invoices:
    if list(i)[:9] != INV_KEYS:
        bad(i.get("id"), "invoice keys %s" % list(i))
    if i["id"] in inv:
        bad(i["id"], "duplicate invoice id")
    inv[i["id"]] = i
    if not (AMOUNT.match(i["total"]) and AMOUNT.match(i["balance"])):
        bad(i["id"], "invoice amounts not decimal strings")
    elif not (D(0) < D(i["balance"]) <= D(i["total"])):
        bad(i["id"], "balance outside (0, total]")
    if i["due_date"] < i["issue_date"]:
        bad(i["id"], "due before issue")
numbers = Counter((i["currency"], i["number"]) for i in invoices)
for k, n in numbers.items():
    if n > 1:
        bad(k, "invoice number used twice")
customers = {}
for i in invoices:
    customers.setdefault(i["customer_id"], i["customer_name"])
    if customers[i["customer_id"]] != i["customer_name"]:
        bad(i["id"], "customer name differs between invoices")
curs = {i["currency"] for i in invoices}
by_cust = {}
for i in invoices:
    by_cust.setdefault(i["customer_id"], []).append(i)

if len(payments) != len(labels):
    bad("-", "payments and labels differ in length")

bal = {k: D(v["balance"]) for k, v in inv.items()}
seen_ids, last_date = set(), ""
paid_by = {}            # invoice id -> payment id that took it to zero


def open_of(cid, cur):
    return [i for i in by_cust.get(cid, []) if i["currency"] == cur and bal[i["id"]] > 0]


def open_cur(cur):
    return [i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0]


def fits(invs, amount, kmax=3):
    out = []
    for k in range(1, min(kmax, len(invs)) + 1):
        for c in combinations(invs, k):
            if sum(bal[i["id"]] for i in c) == amount:
                out.append(frozenset(i["id"] for i in c))
    return set(out)


def core(number):
    return int(re.findall(r"\d+", number)[-1])


def mentions(text, number, bare=False):
    """the invoice's own digits appear in the text as a number (leading zeros and thousands dots allowed);
    a Peruvian serie must be written too unless bare=True"""
    n = core(number)
    m = re.match(r"^F(\d{3})-", number)
    if m and not bare:
        return re.search(r"F0*%d\s*[-/ ]?\s*0*%d(?!\d)" % (int(m.group(1)), n), text or "") is not None
    for m in re.finditer(r"\d[\d.]*", text or ""):
        if int(m.group().replace(".", "") or 0) == n:
            return True
    return False


def name_hits(payer):
    p = norm(payer)
    return {cid for cid, nm in customers.items() if norm(nm).startswith(p)}


for p, l in zip(payments, labels):
    pid = p.get("id")
    if list(p) != PAY_KEYS:
        bad(pid, "payment keys %s" % list(p))
    if l.get("payment_id") != pid:
        bad(pid, "label out of order")
    if [k for k in LAB_KEYS if k not in l]:
        bad(pid, "label keys missing")
    # ---- bad input -----------------------------------------------------------
    why = None
    if pid in seen_ids:
        why = "duplicate id"
    elif not p["date"]:
        why = "missing date"
    elif not isinstance(p["amount"], str) or not re.match(r"^-?\d+\.\d{2}$", p["amount"]):
        why = "malformed amount"
    elif D(p["amount"]) <= 0:
        why = "negative amount"
    elif p["currency"] not in curs:
        why = "unknown currency"
    seen_ids.add(pid)
    if p["date"]:
        if p["date"] < last_date:
            bad(pid, "payments not oldest first")
        last_date = p["date"]
    if why or l["status"] == "error":
        if not why:
            bad(pid, "error label on a good row")
        elif l["status"] != "error" or l["applications"] or not l.get("error") or l["unapplied"] is not None:
            bad(pid, "bad row (%s) not labelled as an error row" % why)
        continue
    # ---- contract rules --------------------------------------------------------
    amt, cur, st, sc = D(p["amount"]), p["currency"], l["status"], l["scenario"]
    apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]
    un = D(l["unapplied"])
    if sum((a for _, a in apps), D(0)) + un != amt:
        bad(pid, "applications + unapplied != amount")
    if len({i for i, _ in apps}) != len(apps):
        bad(pid, "invoice applied twice")
    cid = p["customer_id"]
    before = dict((i, bal[i]) for i, _ in apps)
    # facts evaluated before this payment moves anything
    cands = [frozenset(c) for c in l["candidates"]]
    for c in l["candidates"]:
        for x in c:
            if x not in inv or inv[x]["currency"] != cur or bal[x] <= 0:
                bad(pid, "candidate %s not an open same-currency invoice" % x)
    if len(set(cands)) != len(cands):
        bad(pid, "repeated candidate set")
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    owner = {inv[i]["customer_id"] for i, _ in apps} | {inv[x]["customer_id"] for c in cands for x in c}

    if sc in ("ref_exact", "ref_variant", "duplicate_original", "third_party_payer", "overpayment",
              "paid_total_not_balance", "bank_charges_short", "part_payment", "number_in_two_currencies",
              "po_number_looks_like_invoice", "serie_collision_resolved", "remittance_list", "short_pay_with_reason",
              "withholding_tax", "list_with_part_payment", "part_payment_final"):
        for i, _ in apps:
            if not mentions(text, inv[i]["number"], bare=sc == "serie_collision_resolved") and not (sc in ("part_payment", "part_payment_final")
                                                             and "SEU NUM" in text):
                bad(pid, "%s does not mention %s" % (sc, inv[i]["number"]))
    if sc in ("ref_exact", "ref_variant", "duplicate_original", "third_party_payer", "part_payment_final",
              "number_in_two_currencies", "po_number_looks_like_invoice", "serie_collision_resolved"):
        if len(apps) != 1 or apps[0][1] != bal[apps[0][0]]:
            bad(pid, "reference payment should take exactly one invoice's balance")
        # the digits must not point at a second open invoice of the same currency, unless the case is about that
        same = [i for i in open_cur(cur) if i["id"] != apps[0][0]
                and mentions(text, i["number"], bare=sc == "serie_collision_resolved")]
        if sc == "po_number_looks_like_invoice":
            if not same:
                bad(pid, "po trap without a colliding open invoice")
        elif sc == "serie_collision_resolved":
            if len(same) != 1 or cid != inv[apps[0][0]]["customer_id"]:
                bad(pid, "serie collision not as designed")
        elif same:
            bad(pid, "reference digits also fit %s" % [i["number"] for i in same])
    if sc == "number_in_two_currencies":
        n = core(inv[apps[0][0]]["number"])
        if not any(core(i["number"]) == n and i["currency"] != cur for i in invoices):
            bad(pid, "no twin number in the other currency")
    if sc == "amount_only_known_customer":
        if not cid or fits(open_of(cid, cur), amt) != {frozenset([apps[0][0]])}:
            bad(pid, "amount-only payment is not unique for the customer")
        if len(open_of(cid, cur)) > 1 and sum(bal[i["id"]] for i in open_of(cid, cur)) == amt:
            bad(pid, "amount-only equals the statement")
    if sc == "amount_looks_like_invoice_number":
        if not cid or fits(open_of(cid, cur), amt) != {frozenset([apps[0][0]])}:
            bad(pid, "amount-like-folio not unique for the customer")
        n = int(amt)
        if not any(core(i["number"]) == n and i["customer_id"] != cid and bal[i["id"]] > 0 and i["currency"] == cur
                   for i in invoices):
            bad(pid, "no folio equal to the amount")
    if sc == "payer_name_and_amount":
        i0 = apps[0][0]
        if cid is not None or name_hits(p["payer_name"]) != {inv[i0]["customer_id"]}:
            bad(pid, "payer name does not identify one customer")
        if [i["id"] for i in open_cur(cur) if bal[i["id"]] == amt] != [i0]:
            bad(pid, "amount not unique in currency")
        if fits(open_of(inv[i0]["customer_id"], cur), amt) != {frozenset([i0])}:
            bad(pid, "amount fits a combination too")
    if sc == "statement_balance_lump":
        if not cid or {i["id"] for i in open_of(cid, cur)} != {i for i, _ in apps}:
            bad(pid, "lump is not the whole statement")
    if sc == "reference_range":
        nums = sorted(core(inv[i]["number"]) for i, _ in apps)
        if nums != list(range(nums[0], nums[-1] + 1)) or len(owner) != 1:
            bad(pid, "range not consecutive or not one customer")
        if not (mentions(text, inv[apps[0][0]]["number"]) or True):
            pass
    if sc == "withholding_tax" or sc == "short_pay_with_reason":
        sp = l["short_pay"]
        if not sp or st != "partial":
            bad(pid, "deduction without short_pay")
        elif p["remittance"] is None:
            bad(pid, "deduction without remittance")
    if sc == "bank_charges_short":
        if cur != "USD" or not l["short_pay"] or D(l["short_pay"]["amount"]) > 50:
            bad(pid, "bank charge case malformed")
    if sc in ("duplicate_payment",):
        hit = [i for i in invoices if i["currency"] == cur and mentions(p["reference"], i["number"])]
        if not hit or any(bal[i["id"]] > 0 for i in hit) or not any(i["id"] in paid_by for i in hit):
            bad(pid, "duplicate payment does not name an invoice already paid in the file")
    if sc in ("known_customer_no_fit", "reference_to_closed_invoice"):
        op = open_of(cid, cur)
        if not cid or fits(op, amt) or (op and sum(bal[i["id"]] for i in op) == amt):
            bad(pid, "known-customer no-fit actually fits")
        if [i for i in open_cur(cur) if bal[i["id"]] == amt]:
            bad(pid, "no-fit amount equals some open invoice")
    if sc == "reference_to_closed_invoice":
        if any(mentions(p["reference"], i["number"]) for i in invoices if i["currency"] == cur):
            bad(pid, "closed reference names an invoice in the ledger")
    if sc == "cross_currency_reference":
        if cur != "USD" or any(i["currency"] == "USD" for i in by_cust.get(cid, [])):
            bad(pid, "cross-currency customer has USD invoices")
        if [i for i in open_cur(cur) if bal[i["id"]] == amt]:
            bad(pid, "cross-currency amount equals a USD invoice")
        if not any(mentions(p["reference"], i["number"]) and i["customer_id"] == cid and i["currency"] != cur
                   for i in invoices):
            bad(pid, "cross-currency reference names no local invoice of the customer")
    if sc == "overpayment" or sc == "paid_total_not_balance":
        rest = [i for i in open_of(inv[apps[0][0]]["customer_id"], cur) if i["id"] != apps[0][0]]
        if fits(rest, un):
            bad(pid, "overpayment remainder fits another invoice")
    if sc in ("part_payment", "list_with_part_payment", "short_pay_with_reason", "withholding_tax"):
        owner_c = inv[apps[0][0]]["customer_id"]
        others = [i for i in open_of(owner_c, cur) if i["id"] not in {x for x, _ in apps}]
        if fits(others, amt, 2):
            bad(pid, "partial amount also fits other invoices of the customer")
    if sc == "two_invoices_same_amount":
        f = fits(open_of(cid, cur), amt)
        if not cid or f != set(cands) or len(cands) != 2 or any(len(c) != 1 for c in cands):
            bad(pid, "same-amount twins not exactly two")
        else:
            due = [inv[next(iter(c))]["due_date"] for c in cands]
            if due != sorted(due):
                bad(pid, "twins not ranked by due date")
    if sc == "amount_fits_two_sets":
        if not cid or fits(open_of(cid, cur), amt) != set(cands) or [len(c) for c in cands] != [1, 2]:
            bad(pid, "two-ways subset not as labelled")
    if sc == "reference_vs_amount_conflict":
        x, y = cands if len(cands) == 2 else (None, None)
        if not x or bal[next(iter(x))] != amt or not mentions(text, inv[next(iter(y))]["number"]) or \
                bal[next(iter(y))] <= amt or mentions(text, inv[next(iter(x))]["number"]):
            bad(pid, "conflict case not as labelled")
        elif fits(open_of(inv[next(iter(x))]["customer_id"], cur), amt) != {x}:
            bad(pid, "conflict amount fits more")
    if sc == "ambiguous_truncated_payer":
        if cid is not None or name_hits(p["payer_name"]) != owner or len(owner) != 2:
            bad(pid, "truncated payer does not fit exactly the two candidate customers")
        if {frozenset([i["id"]]) for i in open_cur(cur) if bal[i["id"]] == amt} != set(cands):
            bad(pid, "twin-payer amount not exactly the candidates")
    if sc in ("unknown_payer_amount_only", "unknown_payer_two_customers", "unknown_payer_no_match",
              "serie_collision_ambiguous"):
        if cid is not None or name_hits(p["payer_name"]):
            bad(pid, "unknown payer is identifiable")
        singles = {frozenset([i["id"]]) for i in open_cur(cur) if bal[i["id"]] == amt}
        if sc != "serie_collision_ambiguous" and singles != set(cands):
            bad(pid, "unknown-payer candidates differ from the single-invoice matches")
        if sc == "unknown_payer_no_match":
            if any(fits(open_of(c, cur), amt, 2) for c in by_cust):
                bad(pid, "no-match amount fits a customer's pair")
        if sc == "serie_collision_ambiguous":
            if singles or len(cands) != 2 or len(owner) != 2 or \
                    not all(mentions(text, inv[next(iter(c))]["number"], bare=True) for c in cands):
                bad(pid, "serie collision review not as designed")
    # ---- status meanings --------------------------------------------------------
    for i, a in apps:
        if i not in inv:
            bad(pid, "unknown invoice %s" % i)
            continue
        if inv[i]["currency"] != cur:
            bad(pid, "cross-currency application")
        if not (D(0) < a <= bal[i]):
            bad(pid, "application past zero or not positive")
        bal[i] -= a
        if bal[i] == 0:
            paid_by[i] = pid
    sp = l["short_pay"]
    if st == "applied":
        if not apps or un != 0 or sp or cands:
            bad(pid, "applied malformed")
        if any(bal[i] != 0 for i, _ in apps):
            bad(pid, "applied leaves an invoice open")
    elif st == "partial":
        if not apps or un != 0 or cands or not any(bal[i] > 0 for i, _ in apps):
            bad(pid, "partial malformed")
        if sp and (sp["invoice_id"] not in before or bal[sp["invoice_id"]] != D(sp["amount"]) or not sp["reason"]):
            bad(pid, "short_pay does not equal what is left open")
    elif st == "unapplied":
        if un <= 0 or sp or cands:
            bad(pid, "unapplied malformed")
        if apps and any(bal[i] != 0 for i, _ in apps):
            bad(pid, "overpayment leaves an applied invoice open")
    elif st == "review":
        if apps or un != amt or sp:
            bad(pid, "review malformed")
    else:
        bad(pid, "unknown status %s" % st)

ids = [p["id"] for p in payments]
if len(set(ids)) < len(ids) - 2:
    bad("-", "too many duplicate ids")
counts = Counter(l["status"] for l in labels)
print("invoices %d, customers %d, payments %d" % (len(invoices), len(customers), len(payments)))
print(" ".join("%s=%d" % kv for kv in sorted(counts.items())))
if problems:
    print("%d PROBLEMS" % len(problems))
    for x in problems[:60]:
        print("  " + x)
    sys.exit(1)
print("OK")
