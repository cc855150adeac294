#!/usr/bin/env python3
"""Sanity checker for ledger_nordbygg (not part of the data). Replays every payment in file order
against the invoice balances and re-verifies each label. Exits 1 on any problem."""
import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

D = Path(__file__).resolve().parent / "ledger_nordbygg"
INV = json.load(open(D / "invoices.json", encoding="utf-8"))
PAY = json.load(open(D / "payments.json", encoding="utf-8"))
LAB = json.load(open(D / "labels.json", encoding="utf-8"))
AMT = re.compile(r"^-?\d+\.\d{2}$")
errors = []


def err(k, msg):
    errors.append(f"#{k} {PAY[k]['id'] if k < len(PAY) else '?'}: {msg}")


# ---- independent check-digit decoders
def viite_ok(s):
    w = [7, 3, 1]
    base, chk = s[:-1], int(s[-1])
    return (10 - sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base))) % 10) % 10 == chk


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 else 1)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def rf_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def decode_ref(ref, cur):
    """invoice number encoded in a structured reference, or None"""
    s = ref.upper().replace("VIITE", "").replace("OCR", "").replace("KID", "").replace(":", "").strip()
    if s.startswith("RF"):
        if not rf_ok(s):
            return None
        s = s.replace(" ", "")[4:]
        return s[:-1] if viite_ok(s) else None
    s = s.replace(" ", "")
    if not s.isdigit():
        return None
    s = s.lstrip("0")
    if cur == "EUR":
        return s[:-1] if viite_ok(s) else None
    if not luhn_ok(s):
        return None
    if cur == "SEK":
        body = s[:-2]
        return body if int(s[-2]) == len(s) % 10 else None
    return s[:-1]


inv = {i["id"]: i for i in INV}
bal = {i["id"]: Decimal(i["balance"]) for i in INV}
if len(inv) != len(INV):
    errors.append("duplicate invoice ids")
if len({i["number"] for i in INV}) != len(INV):
    errors.append("duplicate invoice numbers")
for i in INV:
    t, b = Decimal(i["total"]), Decimal(i["balance"])
    if not (AMT.match(i["total"]) and AMT.match(i["balance"])) or (t > 0 and not 0 < b <= t) or (t < 0 and not t <= b < 0):
        errors.append(f"invoice {i['id']} bad total/balance")
    if i["due_date"] < i["issue_date"]:
        errors.append(f"invoice {i['id']} due before issue")
currencies = {i["currency"] for i in INV}
by_num = {i["number"]: i for i in INV}

if len(PAY) != len(LAB):
    errors.append("payments/labels length differ")
seen_ids, last_date = set(), ""
for k, (p, l) in enumerate(zip(PAY, LAB)):
    if p["id"] != l["payment_id"]:
        err(k, "label out of order")
    bad = []
    if not isinstance(p["amount"], str) or not AMT.match(p["amount"]):
        bad.append("malformed amount")
    elif Decimal(p["amount"]) <= 0:
        bad.append("non-positive amount")
    if p["currency"] not in currencies:
        bad.append("unknown currency")
    if p["id"] in seen_ids:
        bad.append("duplicate id")
    if not p.get("date"):
        bad.append("missing date")
    else:
        if p["date"] < last_date:
            err(k, "payments not oldest first")
        last_date = p["date"]
    seen_ids.add(p["id"])
    if l["status"] == "error":
        if not bad or l["applications"] or not l.get("error"):
            err(k, f"error label but input looks fine or has applications: {bad}")
        continue
    if bad:
        err(k, f"bad input not labelled error: {bad}")
        continue
    amt = Decimal(p["amount"])
    apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
    un = Decimal(l["unapplied"])
    if sum(a for _, a in apps) + un != amt:
        err(k, "applications + unapplied != amount")
    if un < 0:
        err(k, "negative unapplied")
    if len({i for i, _ in apps}) != len(apps):
        err(k, "invoice applied twice in one payment")
    before = {i: bal[i] for i, _ in apps if i in bal}
    for iid, a in apps:
        if iid not in inv:
            err(k, f"unknown invoice {iid}")
            continue
        if inv[iid]["currency"] != p["currency"]:
            err(k, "cross-currency application")
        b = bal[iid]
        if b > 0 and not (0 < a <= b):
            err(k, f"application {a} past balance {b}")
        if b < 0 and not (b <= a < 0):
            err(k, f"credit application {a} vs balance {b}")
        if b == 0:
            err(k, "application to a closed invoice")
        if p["customer_id"] and inv[iid]["customer_id"] != p["customer_id"]:
            err(k, "application to another customer's invoice")
        bal[iid] = b - a
    st = l["status"]
    left_open = [i for i, _ in apps if bal[i] != 0]
    if st == "applied" and (un != 0 or not apps or left_open):
        err(k, "applied but not fully applied / leaves an invoice open")
    if st == "partial":
        if un != 0 or not apps or not left_open:
            err(k, "partial must apply everything and leave an invoice open")
        sp = l["short_pay"]
        if sp and (sp["invoice_id"] not in left_open or Decimal(sp["amount"]) != bal[sp["invoice_id"]]):
            err(k, "short_pay does not match the open remainder")
    elif l["short_pay"]:
        err(k, "short_pay outside partial")
    if st == "unapplied" and un <= 0:
        err(k, "unapplied status without unapplied cash")
    if st == "unapplied" and left_open:
        err(k, "unapplied status leaves an applied invoice open")
    if st == "review":
        if apps or un != amt:
            err(k, "review must apply nothing")
        for g in l["candidates"]:
            if any(inv[i]["currency"] != p["currency"] or bal[i] == 0 for i in g["invoice_ids"]):
                err(k, "candidate closed or other currency")
            if Decimal(g["total"]) != sum(bal[i] for i in g["invoice_ids"]):
                err(k, "candidate total wrong")
        if l["candidates"] and Decimal(l["candidates"][0]["total"]) != amt:
            err(k, "best candidate does not sum to the amount")
        if not l["candidates"] and l["scenario"] != "unknown_payer_no_match":
            err(k, "review without candidates")
    elif l["candidates"]:
        err(k, "candidates outside review")
    if st not in ("applied", "partial", "unapplied", "review"):
        err(k, "bad status")
    sc = l["scenario"]
    # ---- scenario-level semantics
    if sc == "reference_exact":
        n = decode_ref(p["reference"] or "", p["currency"])
        if n is None or [inv[i]["number"] for i, _ in apps] != [n]:
            err(k, f"structured reference {p['reference']!r} does not decode to the applied invoice")
    if sc in ("amount_unique", "name_amount", "currency_twin", "po_number_lookalike"):
        cid = inv[apps[0][0]]["customer_id"]
        same = [i for i in INV if i["customer_id"] == cid and i["currency"] == p["currency"]
                and before.get(i["id"], bal[i["id"]]) == amt]
        if len(same) != 1:
            err(k, f"amount not unique for the customer ({len(same)})")
    if sc in ("twin_amount", "name_ambiguous", "lump_two_readings") and len(l["candidates"]) < 2:
        err(k, "ambiguous scenario with fewer than two candidates")
    if sc == "unknown_payer_amount_match":
        hits = [i for i in INV if i["currency"] == p["currency"] and bal[i["id"]] == amt]
        if len(hits) != 1:
            err(k, "unknown payer amount not unique")
    if sc in ("no_fit_known_customer", "duplicate_payment", "wrong_currency"):
        opn = [bal[i["id"]] for i in INV if i["customer_id"] == p["customer_id"] and i["currency"] == p["currency"] and bal[i["id"]] != 0]
        if amt in opn:
            err(k, "unapplied payment actually equals an open balance")
    for txt in (p["reference"] or "", p["remittance"] or ""):
        for m in re.findall(r"\b([123]0\d{4})\b", txt):
            pass

stats = Counter(l["status"] for l in LAB)
if errors:
    print("\n".join(errors[:50]))
    print(len(errors), "problems")
    sys.exit(1)
print("OK", len(INV), "invoices", len(PAY), "payments", dict(stats))
