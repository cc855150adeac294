#!/usr/bin/env python3
"""Sanity checker for ledger_italia (not part of the data). Replays every label in file order."""
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_italia")
inv = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pay = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
lab = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errors = []


def err(msg):
    errors.append(msg)


DEC = re.compile(r"^-?\d+\.\d{2}$")
INV = {i["id"]: i for i in inv}
assert len(INV) == len(inv), "duplicate invoice ids"
assert len({i["number"] for i in inv}) == len(inv), "duplicate invoice numbers"
for i in inv:
    for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
        if k not in i:
            err("invoice %s lacks %s" % (i.get("id"), k))
    if not (DEC.match(i["total"]) and DEC.match(i["balance"])):
        err("invoice %s bad amount" % i["id"])
    t, b = Decimal(i["total"]), Decimal(i["balance"])
    if not (0 < b <= t):
        err("invoice %s balance %s total %s" % (i["id"], b, t))
    if i["number"].endswith("/PA") or "/PA/" in i["number"]:
        if abs(b * Decimal("1.22") - t) > Decimal("0.02"):
            err("PA invoice %s: balance is not the net of a 22%% VAT total" % i["number"])
    date.fromisoformat(i["issue_date"])
    date.fromisoformat(i["due_date"])
CURS = {i["currency"] for i in inv}
BYCUST = defaultdict(list)
for i in inv:
    BYCUST[i["customer_id"]].append(i["id"])
customers = {i["customer_id"]: i["customer_name"] for i in inv}

if len(pay) != len(lab):
    err("payments %d labels %d" % (len(pay), len(lab)))

bal = {i["id"]: Decimal(i["balance"]) for i in inv}


def fits(cid, amount, cur, maxk=3):
    ids = [x for x in BYCUST[cid] if bal[x] > 0 and INV[x]["currency"] == cur]
    out = []
    for k in range(1, maxk + 1):
        if k > 1 and len(ids) > 18:
            break
        for combo in itertools.combinations(ids, k):
            if sum(bal[x] for x in combo) == amount:
                out.append(sorted(combo))
    return out


def norm(s):
    s = s.upper().replace("&", " E ").replace("CONDOMINIO", "COND").replace(".", "").replace("'", " ")
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    s = re.sub(r"\b(SRLS|SRL|SPA|SNC|SAS|S R L|S P A|S N C|S A S|SA|SAGL)\b", " ", s)
    return " ".join(s.split())


def payer_customers(name):
    n = norm(name)
    hits = set()
    for cid, cn in customers.items():
        cnn = norm(cn)
        if cnn.startswith(n) or n.startswith(cnn):
            hits.add(cid)
    return hits


seen_ids = set()
last_date = None
valid_ids = {}
REF_SCEN = {"ref_single", "riba", "sdd", "pa_split", "multi_list", "po_lookalike", "third_party_payer",
            "part_payment", "part_payment_then_balance", "balance_after_part_payment", "ref_single_later_repeated",
            "ref_single_twin_amount", "short_pay", "ritenuta_acconto", "overpayment", "pa_paid_vat_too", "pa_bare_number"}
for k, (p, l) in enumerate(zip(pay, lab)):
    tag = "row %d %s [%s]" % (k, p.get("id"), l.get("scenario"))
    if p["id"] != l["payment_id"]:
        err(tag + ": id mismatch")
    for f in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if f not in l:
            err(tag + ": label lacks " + f)
    # detect bad input independently
    problems = []
    if p["id"] in seen_ids:
        problems.append("dup id")
    amt = None
    if not isinstance(p["amount"], str) or not DEC.match(p["amount"]):
        problems.append("malformed amount")
    else:
        amt = Decimal(p["amount"])
        if amt <= 0:
            problems.append("negative")
    if p["currency"] not in CURS:
        problems.append("currency")
    pd = None
    try:
        pd = date.fromisoformat(p["date"])
    except (TypeError, ValueError):
        problems.append("date")
    seen_ids.add(p["id"])
    if l["status"] == "error":
        if not problems:
            err(tag + ": labelled error but row looks valid")
        if l["applications"] or l["candidates"] or not l.get("error"):
            err(tag + ": error label must have no applications/candidates and an error text")
        continue
    if problems:
        err(tag + ": row has problems %s but status %s" % (problems, l["status"]))
        continue
    if last_date and pd < last_date:
        err(tag + ": payments not oldest first")
    last_date = pd
    cur = p["currency"]
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    un = Decimal(l["unapplied"])
    if sum((a for _, a in apps), Decimal(0)) + un != amt:
        err(tag + ": applications + unapplied != amount")
    before = dict((i, bal[i]) for i, _ in apps)
    for i, a in apps:
        if i not in INV:
            err(tag + ": unknown invoice " + i)
            continue
        if INV[i]["currency"] != cur:
            err(tag + ": cross-currency application")
        if a <= 0 or a > bal[i]:
            err(tag + ": application %s > balance %s on %s" % (a, bal[i], i))
        if pd < date.fromisoformat(INV[i]["issue_date"]):
            err(tag + ": payment before invoice date")
        bal[i] -= a
    st = l["status"]
    if st == "applied":
        if un != 0 or not apps or l["short_pay"]:
            err(tag + ": applied shape")
        if any(bal[i] != 0 for i, _ in apps):
            err(tag + ": applied but an invoice left open")
    elif st == "partial":
        if un != 0 or not apps:
            err(tag + ": partial shape")
        if not any(bal[i] > 0 for i, _ in apps):
            err(tag + ": partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in dict(apps) or Decimal(sp["amount"]) != bal[sp["invoice_id"]]:
                err(tag + ": short_pay must equal the remaining balance of an applied invoice")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"]:
            err(tag + ": unapplied shape")
        if any(bal[i] != 0 for i, _ in apps):
            err(tag + ": overpayment applications must close their invoices")
    elif st == "review":
        if apps or un != amt or l["short_pay"]:
            err(tag + ": review shape")
        for cset in l["candidates"]:
            for i in cset:
                if i not in INV or INV[i]["currency"] != cur or bal[i] <= 0:
                    err(tag + ": bad candidate " + i)
    else:
        err(tag + ": unknown status " + st)
    if st != "review" and l["candidates"]:
        err(tag + ": candidates outside review")

    # scenario specific re-verification
    sc = l["scenario"]
    ref = (p["reference"] or "") + " " + (p["remittance"] or "")
    cid = p["customer_id"]
    if cid is None and sc not in ("third_party_payer", "ambiguous_payer", "bare_number_two_series", "unknown_payer_no_fit",
                                  "unknown_payer_amount_match", "typo_reference"):
        hits = payer_customers(p["payer_name"])
        if len(hits) != 1 and not (sc.startswith("pa") or sc in ("ref_single", "riba", "multi_list", "multi_range", "remittance",
                                                                  "remittance_short", "po_lookalike", "pa_split", "qr_chf")):
            err(tag + ": payer name resolves to %d customers" % len(hits))
        if sc in ("amount_only", "statement_settlement", "same_amount_ambiguous", "combination_ambiguous") and len(hits) != 1:
            err(tag + ": amount-based label but payer not resolvable")
        if len(hits) == 1:
            cid = hits.pop()
    if sc in REF_SCEN or sc in ("multi_list", "truncated_causale"):
        for i, _ in apps:
            n = re.match(r"(?:FT |TI-)?(\d+)", INV[i]["number"].split("/", 1)[-1] if re.match(r"^\d{4}/\d{6}$", INV[i]["number"]) else INV[i]["number"])
            digits = str(int(n.group(1)))
            if sc == "truncated_causale":
                continue
            if not re.search(r"(?<!\d)0*%s(?!\d)" % digits, ref):
                err(tag + ": reference does not name %s" % INV[i]["number"])
    if sc in ("amount_only", "amount_only_after_earlier_payment"):
        # replay: before this payment the only fitting set must be the applied one
        for i, a in apps:
            bal[i] += a
        f = fits(cid, amt, cur)
        if f != [sorted(i for i, _ in apps)]:
            err(tag + ": amount-only but fits are %s" % f)
        for i, a in apps:
            bal[i] -= a
    if sc in ("same_amount_ambiguous", "combination_ambiguous"):
        f = fits(cid, amt, cur)
        if len(f) < 2 or sorted(map(sorted, l["candidates"])) != sorted(f):
            err(tag + ": ambiguity not real: %s" % f)
    if sc in ("no_fit_known_customer", "invoice_not_open", "advance_on_order", "duplicate_payment", "cross_currency"):
        if cid is None or fits(cid, amt, cur):
            err(tag + ": should fit nothing for a known customer")
    if sc == "unknown_payer_no_fit" and any(bal[i] == amt and INV[i]["currency"] == cur for i in bal):
        err(tag + ": an invoice fits")
    if sc in ("unknown_payer_no_fit", "unknown_payer_amount_match", "typo_reference", "bare_number_two_series"):
        if payer_customers(p["payer_name"]) or p["customer_id"]:
            err(tag + ": payer should be unknown")
    if sc in ("unknown_payer_amount_match", "typo_reference"):
        m = [i for i in bal if bal[i] == amt and INV[i]["currency"] == cur]
        if [[x] for x in m] != l["candidates"]:
            err(tag + ": global amount match not unique")
    if sc == "ambiguous_payer":
        hits = payer_customers(p["payer_name"])
        owners = {INV[c[0]]["customer_id"] for c in l["candidates"]}
        if len(hits) < 2 or not owners <= hits or any(bal[c[0]] != amt for c in l["candidates"]):
            err(tag + ": payer ambiguity not real")
    if sc == "ritenuta_acconto":
        i = l["short_pay"]["invoice_id"]
        imp = Decimal(INV[i]["total"]) / Decimal("1.22")
        if abs(imp * Decimal("0.04") - Decimal(l["short_pay"]["amount"])) > Decimal("0.02"):
            err(tag + ": ritenuta is not 4% of the net")
    if sc == "pa_split":
        i = apps[0][0]
        if Decimal(INV[i]["total"]) == amt:
            err(tag + ": split payment should pay the net")
    if sc == "cross_currency":
        if cur != "CHF" or apps or not any(n in ref for n in (x["number"] for x in inv if x["currency"] == "EUR" and x["customer_id"] == cid)):
            err(tag + ": cross currency shape")
    if sc == "duplicate_payment":
        prev = [j for j in range(k) if lab[j]["status"] == "applied" and pay[j]["amount"] == p["amount"]
                and pay[j]["payer_name"] == p["payer_name"]]
        if not prev:
            err(tag + ": no earlier payment being duplicated")

st = Counter(l["status"] for l in lab)
print("invoices", len(inv), "customers", len(customers), "payments", len(pay))
print("status", dict(st))
print("currencies", dict(Counter(p["currency"] for p in pay)))
if not (1300 <= len(inv) <= 1700 and 250 <= len(customers) <= 350 and 350 <= len(pay) <= 450):
    err("sizes off")
if errors:
    print("\n".join(errors[:60]))
    print("%d problems" % len(errors))
    sys.exit(1)
print("OK")
