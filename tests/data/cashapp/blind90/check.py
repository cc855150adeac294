#!/usr/bin/env python3
"""Re-verify every label of iberia_latam_packaging from the generated data alone. Exit 1 on a problem."""
import json
import os
import re
import sys
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "iberia_latam_packaging")
INV = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
PAY = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
LAB = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


NUMRE = {"EUR": r"^(F\d\d-\d{6}|FT \d{4}/\d{5})$", "MXN": r"^A-\d{5}$", "CLP": r"^FE-\d{5}$", "USD": r"^(E-\d{4}|FEX-\d{4})$"}
AMTRE = {"CLP": r"^\d+$"}


def amt_ok(cur, a):
    return isinstance(a, str) and re.match(AMTRE.get(cur, r"^\d+\.\d\d$"), a)


def seq(num):
    return int(re.findall(r"\d+", num)[-1])


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def bank_name(name, width):
    t = strip_acc(name).upper().replace(".", "").replace(",", "").replace("'", " ")
    return " ".join(t.split())[:width].rstrip()


def subset_count(vals, target, cap=3):
    dp = {0: 1}
    for v in vals:
        nd = dict(dp)
        for sm, n in dp.items():
            if sm + v <= target:
                nd[sm + v] = min(cap, nd.get(sm + v, 0) + n)
        dp = nd
    return dp.get(target, 0)


def cents(cur, x):
    return int(Decimal(x) * (1 if cur == "CLP" else 100))


def rut_ok(r):
    body, dv = r.replace(".", "").split("-")
    sm = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    v = 11 - sm % 11
    return dv == {10: "K", 11: "0"}.get(v, str(v))


# ---------------------------------------------------------------- invoices
imap = {}
cust = {}
for i in INV:
    if i["id"] in imap:
        err(i["id"], "duplicate invoice id")
    imap[i["id"]] = i
    if not re.match(NUMRE[i["currency"]], i["number"]):
        err(i["id"], f"number format {i['number']} for {i['currency']}")
    for f in ("total", "balance"):
        if not amt_ok(i["currency"], i[f]):
            err(i["id"], f"{f} format {i[f]}")
    if not (Decimal("0") < Decimal(i["balance"]) <= Decimal(i["total"])):
        err(i["id"], "balance not in (0, total]")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        err(i["id"], "due before issue")
    cust.setdefault(i["customer_id"], {"name": i["customer_name"], "invs": []})["invs"].append(i)
    if cust[i["customer_id"]]["name"] != i["customer_name"]:
        err(i["id"], "customer name differs across invoices")
nums = {}
for i in INV:
    if i["number"] in nums:
        err(i["id"], f"duplicate number {i['number']}")
    nums[i["number"]] = i
if not 1200 <= len(INV) <= 1800:
    err("-", f"{len(INV)} invoices")

# bank renderings of customer names -> customers
WIDTHS = (30, 35, 40)
render = {}
for cid, c in cust.items():
    for w in WIDTHS:
        render.setdefault(bank_name(c["name"], w), set()).add(cid)

# ---------------------------------------------------------------- payments
if len(PAY) != len(LAB):
    err("-", "payments and labels differ in length")
prev = None
bal = {i["id"]: Decimal(i["balance"]) for i in INV}
paid_by = {}
THIRD = {"confirming", "confirming_discounted", "factoring_third_party", "multibanco_anonymous", "unknown_payer",
         "unknown_payer_quote", "ambiguous_payer", "homonym_with_ref"}
for p, l in zip(PAY, LAB):
    pid = p["id"]
    sc = l.get("scenario")
    if l.get("payment_id") != pid:
        err(pid, "label order")
    keys = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
    if set(l) != keys:
        err(pid, f"label keys {set(l) ^ keys}")
    if not l["note"].startswith(f"[{sc}, "):
        err(pid, "note prefix")
    d = date.fromisoformat(p["date"])
    if prev and d < prev:
        err(pid, "payments not oldest first")
    prev = d
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    flat = text.replace(".", "")
    cur = p["currency"]
    for r in re.findall(r"\b\d{1,2}\.\d{3}\.\d{3}-[\dK]\b", text):
        if not rut_ok(r):
            err(pid, f"bad RUT {r}")

    if sc == "bad_row":
        valid = True
        try:
            a = Decimal(p["amount"]) if isinstance(p["amount"], str) and re.match(r"^-?\d+(\.\d+)?$", p["amount"]) else None
        except InvalidOperation:
            a = None
        if a is None or a <= 0 or cur not in NUMRE:
            valid = False
        if valid:
            err(pid, "bad_row has a valid amount and currency")
        if l["status"] != "review" or l["applications"] or l["candidates"]:
            err(pid, "bad row label must be review with nothing")
        continue

    if cur not in NUMRE or not amt_ok(cur, p["amount"]):
        err(pid, f"amount/currency format {p['amount']} {cur}")
        continue
    amount = Decimal(p["amount"])
    st = l["status"]
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    for a in l["applications"]:
        if not amt_ok(cur, a["amount"]):
            err(pid, f"application amount format {a['amount']}")
    if not amt_ok(cur, l["unapplied"]):
        err(pid, f"unapplied format {l['unapplied']}")
    un = Decimal(l["unapplied"])
    if sum(a for _, a in apps) + un != amount:
        err(pid, "applications + unapplied != amount")
    for iid, a in apps:
        inv = imap.get(iid)
        if not inv:
            err(pid, f"unknown invoice {iid}")
            continue
        if inv["currency"] != cur:
            err(pid, f"currency mismatch on {iid}")
        if a <= 0 or a > bal[iid]:
            err(pid, f"application {a} on {iid} exceeds balance {bal[iid]}")
        if date.fromisoformat(inv["issue_date"]) > d:
            err(pid, f"{iid} issued after the payment")
    custs_applied = {imap[i]["customer_id"] for i, _ in apps}
    if len(custs_applied) > 1:
        err(pid, "applications across customers")
    if p["customer_id"] and apps and custs_applied != {p["customer_id"]}:
        err(pid, "applications not on the payment's customer")
    # identification of the customer
    if apps and not p["customer_id"] and sc not in THIRD:
        if render.get(p["payer_name"]) != custs_applied:
            err(pid, f"payer {p['payer_name']} does not identify exactly the customer")
    if sc in THIRD and apps and sc != "homonym_with_ref":
        cname = cust[next(iter(custs_applied))]["name"]
        if cname not in text and bank_name(cname, 30) not in text:
            err(pid, "third-party payment text does not name the customer")
    # status rules
    if st == "applied":
        if not apps or un != 0 or l["short_pay"] or l["candidates"]:
            err(pid, "applied shape")
    elif st == "partial":
        if not apps or un != 0 or l["candidates"]:
            err(pid, "partial shape")
        left = {i: bal[i] - a for i, a in apps}
        if not any(v > 0 for v in left.values()):
            err(pid, "partial leaves nothing open")
        sp = l["short_pay"]
        if sp:
            if sp["invoice_id"] not in left or Decimal(sp["amount"]) != left[sp["invoice_id"]] or not sp["reason"]:
                err(pid, "short_pay does not equal what is left open")
            dd = Decimal(sp["amount"])
            forms = {str(dd), str(dd).replace(".", ","), "{:,.2f}".format(dd), "{:,.2f}".format(dd).replace(",", "X").replace(".", ",").replace("X", ".")}
            forms.add("{:,.2f}".format(dd).replace(",", " ").replace(".", ","))
            if cur == "CLP":
                forms |= {"{:,}".format(int(dd)).replace(",", ".")}
            if not any(f in (p["remittance"] or "") for f in forms):
                err(pid, "deduction amount not in the remittance")
    elif st == "unapplied":
        if un <= 0 or l["short_pay"] or l["candidates"]:
            err(pid, "unapplied shape")
        if not p["customer_id"] and not render.get(p["payer_name"]):
            err(pid, "unapplied cash on an unidentified payer")
    elif st == "review":
        if apps or un != amount or l["short_pay"]:
            err(pid, "review shape")
        for cset in l["candidates"]:
            if not isinstance(cset, list) or not cset or any(x not in imap or bal[x] <= 0 for x in cset):
                err(pid, f"bad candidate set {cset}")
    else:
        err(pid, f"status {st}")

    # evidence in the text
    named = [i for i, _ in apps]
    if sc in ("exact_ref", "usd_exact_ref"):
        for i in named:
            if imap[i]["number"] not in text:
                err(pid, f"{imap[i]['number']} not in text")
    if sc in ("ref_variant", "multi_list", "short_pay", "short_pay_multi", "partial", "overpayment", "pagare", "confirming",
              "factoring_third_party", "homonym_with_ref"):
        for i in named:
            n = seq(imap[i]["number"])
            squash = lambda x: re.sub(r"[^A-Z0-9]", "", x.upper())
            if not re.search(r"(?<!\d)0*%d(?!\d)" % n, flat) and squash(imap[i]["number"]) not in squash(text):
                err(pid, f"sequence {n} of {imap[i]['number']} not in text")
            same = [j for j in cust[imap[i]["customer_id"]]["invs"] if seq(j["number"]) == n]
            if len(same) > 1 and imap[i]["number"] not in text:
                err(pid, f"sequence {n} ambiguous within customer and full number absent")
    if sc in ("exact_ref", "usd_exact_ref", "ref_variant", "typo_ref", "amount_only", "po_lookalike", "factoring_third_party",
              "homonym_with_ref"):
        if len(apps) != 1 or apps[0][1] != bal[apps[0][0]]:
            err(pid, "single exact settlement expected")
    if sc in ("multi_list", "range", "lump_sum", "pagare", "confirming"):
        if any(a != bal[i] for i, a in apps):
            err(pid, "list scenario must settle each invoice")
    if sc == "typo_ref":
        i = imap[named[0]]
        cands = [t for t in re.findall(r"F\d\d-\d{6}|FT \d{4}/\d{5}|FEX?-\d{4,5}|(?<![A-Z])[AE]-\d{4,5}", text)]
        typo = [t for t in cands if t not in nums]
        if not typo:
            err(pid, "typo number not found")
        else:
            a_, b_ = str(seq(typo[0])), str(seq(i["number"]))
            diff = [k for k in range(len(a_)) if k < len(b_) and a_[k] != b_[k]]
            if len(a_) != len(b_) or len(diff) > 2:
                err(pid, f"typo {typo[0]} too far from {i['number']}")
    if sc in ("amount_only", "lump_sum", "po_lookalike", "typo_ref"):
        cid = p["customer_id"]
        openv = [cents(cur, bal[j["id"]]) for j in cust[cid]["invs"] if j["currency"] == cur and bal[j["id"]] > 0]
        if subset_count(openv, cents(cur, amount)) != 1:
            err(pid, "amount is not a unique combination of the customer's open invoices")
        if sc in ("amount_only", "lump_sum"):
            for j in cust[cid]["invs"]:
                if j["number"] in text:
                    err(pid, "no-reference scenario mentions an invoice number")
    if sc == "range":
        nn = sorted(imap[i]["number"] for i in named)
        if nn[0] not in text:
            err(pid, "range start not in text")
        lo, hi = nn[0], nn[-1]
        within = [j["id"] for j in cust[imap[named[0]]["customer_id"]]["invs"]
                  if j["currency"] == cur and lo <= j["number"] <= hi and len(j["number"]) == len(lo) and j["number"][:4] == lo[:4]]
        if sorted(within) != sorted(named):
            err(pid, "range does not cover exactly the customer's invoices")
        if str(seq(hi)) not in text:
            err(pid, "range end not in text")
    if sc in ("ambiguous_same_amount", "ambiguous_subset"):
        cid = p["customer_id"]
        openv = [cents(cur, bal[j["id"]]) for j in cust[cid]["invs"] if j["currency"] == cur and bal[j["id"]] > 0]
        if subset_count(openv, cents(cur, amount)) != 2 or len(l["candidates"]) != 2:
            err(pid, "ambiguity is not exactly two combinations")
        for cset in l["candidates"]:
            if sum(bal[x] for x in cset) != amount:
                err(pid, "candidate set does not sum to amount")
    if sc == "ambiguous_payer":
        if len(render.get(p["payer_name"], ())) != 2:
            err(pid, "payer should fit two customers")
        for cset in l["candidates"]:
            if sum(bal[x] for x in cset) != amount:
                err(pid, "candidate set does not sum to amount")
    if sc == "multibanco_anonymous":
        same = [i for i in INV if i["currency"] == "EUR" and bal[i["id"]] == amount]
        if len(same) != 1 or l["candidates"] != [[same[0]["id"]]]:
            err(pid, "multibanco amount should match exactly one EUR invoice")
    if sc == "unknown_payer":
        if p["payer_name"] in render or p["customer_id"]:
            err(pid, "unknown payer is a customer")
        if any(bal[i["id"]] == amount and i["currency"] == cur for i in INV):
            err(pid, "unknown payer amount equals an open balance")
        if any(n in text for n in nums):
            err(pid, "unknown payer text names an invoice")
    if sc == "unknown_payer_quote":
        c0 = l["candidates"][0][0]
        if imap[c0]["number"] not in text or bal[c0] == amount or p["payer_name"] in render:
            err(pid, "unknown_payer_quote evidence")
    if sc in ("po_lookalike", "po_lookalike_same"):
        m = re.search(r"(\d+)\s*$", text)
        n = int(m.group(1))
        hits = [j for j in INV if j["currency"] == cur and seq(j["number"]) == n]
        if not hits:
            err(pid, "PO digits are not an invoice sequence")
        same_c = [j for j in hits if j["customer_id"] == p["customer_id"]]
        if sc == "po_lookalike" and same_c:
            err(pid, "PO digits hit an invoice of the same customer")
        if sc == "po_lookalike_same" and (not same_c or [same_c[0]["id"]] not in l["candidates"]):
            err(pid, "PO lookalike of the same customer missing from candidates")
    if sc == "second_payment":
        hit = [j for j in cust[p["customer_id"] or next(iter(render[p["payer_name"]]))]["invs"] if j["number"] in text]
        if len(hit) != 1 or bal[hit[0]["id"]] != 0 or hit[0]["id"] not in paid_by:
            err(pid, "second payment does not quote an invoice paid earlier in the file")
        cid = hit[0]["customer_id"] if hit else None
        if cid:
            openv = [cents(cur, bal[j["id"]]) for j in cust[cid]["invs"] if j["currency"] == cur and bal[j["id"]] > 0]
            if subset_count(openv, cents(cur, amount)):
                err(pid, "second payment amount fits open invoices")
    if sc in ("no_fit", "overpayment"):
        cid = p["customer_id"] or next(iter(render.get(p["payer_name"], {None})))
        openv = [cents(cur, bal[j["id"]]) for j in cust[cid]["invs"] if j["currency"] == cur and bal[j["id"]] > 0 and j["id"] not in named]
        if subset_count(openv, cents(cur, un)):
            err(pid, "unapplied remainder fits open invoices")
        if sc == "no_fit" and any(n in text for n in nums):
            err(pid, "no_fit text names an open invoice")
    if sc == "currency_mismatch":
        c0 = imap[l["candidates"][0][0]]
        if c0["currency"] == cur or c0["number"] not in text:
            err(pid, "currency mismatch evidence")
        if any(j["currency"] == cur for j in cust[p["customer_id"]]["invs"]):
            err(pid, "customer has invoices in the payment currency")
    if sc == "confirming_discounted":
        nominal = sum(bal[x] for x in l["candidates"][0])
        if not nominal > amount:
            err(pid, "discounted confirming should be below nominal")
    # apply
    for iid, a in apps:
        bal[iid] -= a
        if bal[iid] == 0:
            paid_by[iid] = pid

if errors:
    print("\n".join(errors[:80]))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(INV)} invoices, {len(PAY)} payments, {len(LAB)} labels verified")
