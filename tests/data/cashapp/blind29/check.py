#!/usr/bin/env python3
"""Sanity checker for the blind cash-application set (not part of the data).

Re-reads ledger_medidis/*.json, replays every payment in file order against the open
balances, and re-verifies each label: the contract's arithmetic, error rows, the text
evidence behind each application, and the facts each review / unapplied label relies on.
Exits non-zero on the first batch of problems.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_medidis")
problems = []


def bad(msg):
    problems.append(msg)


def load(n):
    with open(os.path.join(D, n), encoding="utf-8") as f:
        return json.load(f)


invoices = load("invoices.json")
payments = load("payments.json")
labels = load("labels.json")
INV = {i["id"]: i for i in invoices}
BYNUM = {}
for i in invoices:
    BYNUM.setdefault(i["number"], []).append(i)

# ------------------------------------------------------------------ invoices
for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
    for i in invoices:
        if k not in i:
            bad(f"invoice {i.get('id')} lacks {k}")
if len(INV) != len(invoices):
    bad("duplicate invoice ids")
dupnum = [n for n, l in BYNUM.items() if len(l) > 1]
if dupnum:
    bad(f"duplicate invoice numbers {dupnum[:5]}")
names = defaultdict(set)
for i in invoices:
    names[i["customer_id"]].add(i["customer_name"])
    t, b = Decimal(i["total"]), Decimal(i["balance"])
    if b == 0 or (t > 0) != (b > 0) or abs(b) > abs(t):
        bad(f"invoice {i['number']} total {t} balance {b}")
    if not re.fullmatch(r"-?\d+\.\d\d", i["balance"]) or not re.fullmatch(r"-?\d+\.\d\d", i["total"]):
        bad(f"invoice {i['number']} amount format")
    if date.fromisoformat(i["due_date"]) < date.fromisoformat(i["issue_date"]):
        bad(f"invoice {i['number']} due before issue")
for cid, ns in names.items():
    if len(ns) != 1:
        bad(f"customer {cid} has several names")
CUSTNAME = {cid: next(iter(ns)) for cid, ns in names.items()}
CURRENCIES = {i["currency"] for i in invoices}


def norm(t):
    t = "".join(c for c in unicodedata.normalize("NFKD", t or "") if not unicodedata.combining(c))
    return re.sub(r"[^A-Z0-9]", "", t.upper())


def bankname(t):
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).upper()
    t = "".join(c if (c.isalnum() or c in " -&./") else " " for c in t)
    return " ".join(t.split())


def seq_of(inv):
    n = inv["number"]
    if re.fullmatch(r"\d{7}", n):
        return int(n[2:])
    m = re.search(r"(\d+)/\d\d$", n)
    if m:
        return int(m.group(1))
    return int(re.search(r"(\d+)$", n).group(1))


# ------------------------------------------------------------------ structured references
def ogm_ok(d):
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def rf_ok(t):
    t = t.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


QT = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qrr_ok(d):
    carry = 0
    for c in d[:-1]:
        carry = QT[(carry + int(c)) % 10]
    return (10 - carry) % 10 == int(d[-1])


def structured(ref):
    """(kind, payload) for a structured reference, else None."""
    if not ref:
        return None
    r = ref.strip()
    m = re.fullmatch(r"[+*]{3}(\d{3})/(\d{4})/(\d{5})[+*]{3}", r)
    if m or re.fullmatch(r"\d{12}", r):
        d = "".join(m.groups()) if m else r
        if not ogm_ok(d):
            bad(f"bad OGM check digits {ref}")
        return ("ogm", str(int(d[:10])))
    if re.fullmatch(r"RF\d\d[A-Z0-9 ]+", r):
        if not rf_ok(r):
            bad(f"bad RF check digits {ref}")
        return ("rf", r.replace(" ", "")[4:])
    if re.fullmatch(r"\d\d( \d{5}){5}", r):
        d = r.replace(" ", "")
        if not qrr_ok(d):
            bad(f"bad QRR check digit {ref}")
        return ("qrr", d[:-1].lstrip("0"))
    return None


def evidence(inv, p):
    """Does the payment's text point at this invoice?"""
    text = (p.get("reference") or "") + "\n" + (p.get("remittance") or "")
    st = structured(p.get("reference"))
    if st:
        kind, payload = st
        if kind == "ogm" and inv["number"].isdigit() and payload == str(int(inv["number"])):
            return True
        if kind == "rf" and payload == norm(inv["number"]):
            return True
        if kind == "qrr" and payload == re.sub(r"\D", "", inv["number"]):
            return True
    if norm(inv["number"]) in norm(text):
        return True
    # the sequence number alone, as a token (prefix and/or leading zeros dropped)
    sq = seq_of(inv)
    for tok in re.findall(r"\d+", text):
        if int(tok) == sq and len(tok) <= 6:
            return True
    return False


def in_range(inv, p):
    text = p.get("reference") or ""
    key = int(inv["number"]) if inv["number"].isdigit() else seq_of(inv)
    toks = [int(t) for t in re.findall(r"\d+", text)]
    return any(a < b and b - a < 1000 and a <= key <= b for a in toks for b in toks)


def fits_nothing(opens, amt, k=3):
    vals = [i for i in opens if BAL[i["id"]] > 0]
    for n in range(1, k + 1):
        for combo in combinations(vals, n):
            if sum(BAL[i["id"]] for i in combo) == amt:
                return False
    return True


def name_hits(payer):
    return [cid for cid, nm in CUSTNAME.items() if bankname(nm).startswith(payer)]


# ------------------------------------------------------------------ replay
BAL = {i["id"]: Decimal(i["balance"]) for i in invoices}
PAID_IN_FILE = set()
if len(labels) != len(payments):
    bad("labels and payments differ in length")
seen_ids = set()
last_date = None
stats = Counter()
for n, (p, l) in enumerate(zip(payments, labels)):
    where = f"#{n} {p.get('id')} [{l.get('scenario')}]"
    stats[l["status"]] += 1
    if l.get("payment_id") != p.get("id"):
        bad(f"{where}: label payment_id mismatch")
    for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"):
        if k not in p:
            bad(f"{where}: payment lacks {k}")
    for k in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
        if k not in l:
            bad(f"{where}: label lacks {k}")
    # is the row bad input?
    errs = []
    if p["id"] in seen_ids:
        errs.append("dup id")
    seen_ids.add(p["id"])
    amt = None
    if not isinstance(p["amount"], str) or not re.fullmatch(r"-?\d+\.\d\d", p["amount"]):
        errs.append("malformed amount")
    else:
        amt = Decimal(p["amount"])
        if amt <= 0:
            errs.append("non-positive amount")
    if p["currency"] not in CURRENCIES:
        errs.append("currency")
    if not p["date"]:
        errs.append("date")
    else:
        d = date.fromisoformat(p["date"])
        if last_date and d < last_date:
            bad(f"{where}: payments not oldest first")
        last_date = d
    if (l["status"] == "error") != bool(errs):
        bad(f"{where}: status {l['status']} but input problems {errs}")
    if l["status"] == "error":
        if l["applications"] or l["candidates"] or l["short_pay"] or not l.get("error"):
            bad(f"{where}: error row must be empty with an error text")
        continue
    if p["customer_id"] is not None and p["customer_id"] not in CUSTNAME:
        bad(f"{where}: unknown customer_id")

    # ---- arithmetic of the contract
    apps = [(INV[a["invoice_id"]], Decimal(a["amount"])) for a in l["applications"]]
    un = Decimal(l["unapplied"])
    if sum((a for _, a in apps), Decimal(0)) + un != amt:
        bad(f"{where}: applications + unapplied != amount")
    if un < 0:
        bad(f"{where}: negative unapplied")
    if len({i["id"] for i, _ in apps}) != len(apps):
        bad(f"{where}: invoice applied twice")
    for i, a in apps:
        if i["currency"] != p["currency"]:
            bad(f"{where}: cross-currency application {i['number']}")
        b = BAL[i["id"]]
        if not ((b > 0 and 0 < a <= b) or (b < 0 and b <= a < 0)):
            bad(f"{where}: {i['number']} balance {b} cannot take {a}")
    st = l["status"]
    if st == "applied" and (un != 0 or not apps or l["short_pay"] or l["candidates"]):
        bad(f"{where}: applied shape")
    if st == "partial":
        if un != 0 or not apps:
            bad(f"{where}: partial shape")
        if not any(BAL[i["id"]] != a for i, a in apps):
            bad(f"{where}: partial leaves nothing open")
        if l["short_pay"]:
            sp = l["short_pay"]
            a = dict((i["id"], x) for i, x in apps).get(sp["invoice_id"])
            if a is None or BAL[sp["invoice_id"]] - a != Decimal(sp["amount"]) or not sp.get("reason"):
                bad(f"{where}: short_pay does not equal what is left open")
    if st == "unapplied" and (un <= 0 or l["short_pay"]):
        bad(f"{where}: unapplied shape")
    if st == "review":
        if apps or un != amt:
            bad(f"{where}: review must apply nothing")
        for cset in l["candidates"]:
            cs = [INV[x] for x in cset["invoice_ids"]]
            if any(c["currency"] != p["currency"] or BAL[c["id"]] == 0 for c in cs):
                bad(f"{where}: candidate closed or other currency")
            if sum(BAL[c["id"]] for c in cs) != Decimal(cset["amount"]):
                bad(f"{where}: candidate amount")

    # ---- evidence behind the label
    sc = l["scenario"]
    amount_based = {"amount_only", "name_only", "dgfip_single", "pay_all"}
    if st in ("applied", "partial", "unapplied") and sc not in amount_based:
        for i, a in apps:
            ok = in_range(i, p) if sc == "range" else evidence(i, p)
            if not ok:
                bad(f"{where}: nothing in the text points at {i['number']}")
        cust = {i["customer_id"] for i, _ in apps}
        if len(cust) > 1:
            bad(f"{where}: applications span customers")
        if p["customer_id"] and apps and p["customer_id"] not in cust:
            bad(f"{where}: applied to another customer than the payer's")
    if sc == "amount_only":
        opens = [i for i in invoices if i["customer_id"] == p["customer_id"] and BAL[i["id"]] > 0
                 and i["currency"] == p["currency"]]
        hits = [i for i in opens if BAL[i["id"]] == amt]
        pairs = [1 for x, y in combinations(opens, 2) if BAL[x["id"]] + BAL[y["id"]] == amt]
        if not p["customer_id"] or len(hits) != 1 or pairs or apps[0][0] is not hits[0]:
            bad(f"{where}: amount_only not unique")
    if sc == "name_only":
        hits = name_hits(p["payer_name"])
        g = [i for i in invoices if BAL[i["id"]] == amt and i["currency"] == p["currency"]]
        if len(hits) != 1 or len(g) != 1 or g[0]["customer_id"] != hits[0] or apps[0][0] is not g[0]:
            bad(f"{where}: name_only not unique ({len(hits)} names, {len(g)} amounts)")
    if sc == "dgfip_single":
        cid = apps[0][0]["customer_id"]
        named = (p["reference"] or "").split(" MDT ")[0]
        if name_hits(named) != [cid]:
            bad(f"{where}: hospital not named unambiguously")
        if len([i for i in invoices if BAL[i["id"]] == amt]) != 1:
            bad(f"{where}: dgfip_single amount not unique")
    if sc == "pay_all":
        opens = {i["id"] for i in invoices if i["customer_id"] == p["customer_id"] and BAL[i["id"]] != 0}
        if opens != {i["id"] for i, _ in apps}:
            bad(f"{where}: pay_all is not the whole open balance")
    if l["short_pay"] and sc in ("short_pay", "short_pay_multi", "lump_short"):
        words = [w for w in re.findall(r"[A-Za-z]{4,}", l["short_pay"]["reason"])]
        text = ((p["reference"] or "") + " " + (p["remittance"] or "")).upper()
        if not all(w.upper() in text for w in words):
            bad(f"{where}: short pay reason not stated in the payment")
    if sc in ("short_pay", "short_pay_multi", "lump_short", "split_gross", "short_unexplained") and not l["short_pay"]:
        bad(f"{where}: missing short_pay")
    if sc in ("part_payment",) and l["short_pay"]:
        bad(f"{where}: part payment with short_pay")
    if sc == "duplicate_payment" and st == "unapplied":
        cleared = [i for i in invoices if i["id"] in PAID_IN_FILE and BAL[i["id"]] == 0 and evidence(i, p)]
        if not cleared or apps:
            bad(f"{where}: duplicate does not point at a cleared invoice")
    if sc == "lump_with_paid" and st == "unapplied":
        again = [i for i in invoices if i["id"] in PAID_IN_FILE and BAL[i["id"]] == 0 and evidence(i, p)
                 and i["customer_id"] == apps[0][0]["customer_id"]]
        if len(again) != 1 or un != Decimal(re.search(re.escape(again[0]["number"]) + r"\s+\S+\s+([\d ]+,\d\d)",
                                                             p["remittance"]).group(1).replace(" ", "").replace(",", ".")):
            bad(f"{where}: lump_with_paid remainder is not the cleared invoice's line")
    if sc in ("known_nofit", "wrong_currency"):
        opens = [i for i in invoices if i["customer_id"] == p["customer_id"] and i["currency"] == p["currency"]
                 and BAL[i["id"]] != 0]
        if not p["customer_id"] or not fits_nothing(opens, amt) or apps:
            bad(f"{where}: known customer payment should fit nothing")
        if sc == "wrong_currency":
            other = [i for i in invoices if i["customer_id"] == p["customer_id"] and evidence(i, p)]
            if not other or any(i["currency"] == p["currency"] for i in other):
                bad(f"{where}: wrong_currency does not name an invoice in another currency")
    if sc == "overpay":
        if not apps or un <= 0:
            bad(f"{where}: overpay shape")
    if sc in ("twin_amounts", "confirming_noremit", "truncated_name_ambiguous"):
        c = l["candidates"]
        if len(c) < 2 or any(Decimal(x["amount"]) != amt for x in c):
            bad(f"{where}: {sc} candidates must be >=2 exact-amount readings")
        if sc == "twin_amounts":
            cs = {INV[x["invoice_ids"][0]]["customer_id"] for x in c}
            if len(cs) != 1:
                bad(f"{where}: twins of one customer")
        if sc == "truncated_name_ambiguous":
            hits = set(name_hits(p["payer_name"]))
            if len(hits) < 2 or any(INV[x["invoice_ids"][0]]["customer_id"] not in hits for x in c) or p["customer_id"]:
                bad(f"{where}: truncated name does not fit several customers")
        if sc == "confirming_noremit" and (p["remittance"] or p["customer_id"]):
            bad(f"{where}: confirming_noremit has remittance/customer")
    if sc == "ref_amount_conflict":
        a_, b_ = [INV[x["invoice_ids"][0]] for x in l["candidates"]]
        if not evidence(a_, p) or BAL[b_["id"]] != amt or BAL[a_["id"]] == amt:
            bad(f"{where}: ref_amount_conflict facts")
    if sc == "subset_ambiguous":
        if len(l["candidates"]) != 2 or any(Decimal(x["amount"]) != amt for x in l["candidates"]):
            bad(f"{where}: subset_ambiguous facts")
    if sc == "ref_other_customer":
        x = INV[l["candidates"][0]["invoice_ids"][0]]
        if x["customer_id"] == p["customer_id"] or not evidence(x, p) or BAL[x["id"]] != amt:
            bad(f"{where}: ref_other_customer facts")
    if sc == "unknown_nofit":
        if p["customer_id"] or l["candidates"] or any(BAL[i["id"]] == amt for i in invoices) or name_hits(p["payer_name"]):
            bad(f"{where}: unknown_nofit facts")
    if sc == "lump_mismatch":
        cs = [INV[x] for x in l["candidates"][0]["invoice_ids"]]
        if sum(BAL[i["id"]] for i in cs) == amt or not all(evidence(i, p) for i in cs):
            bad(f"{where}: lump_mismatch facts")
    if st in ("applied",) and sc not in amount_based and sc != "range":
        # the remittance, when it lists lines, lists exactly what is applied
        pass

    for i, a in apps:
        BAL[i["id"]] -= a
        if BAL[i["id"]] == 0:
            PAID_IN_FILE.add(i["id"])

# ------------------------------------------------------------------ scenario coverage
need = {"applied": 150, "partial": 20, "unapplied": 15, "review": 25, "error": 8}
for k, v in need.items():
    if stats[k] < v:
        bad(f"only {stats[k]} {k}")
if not (1400 <= len(invoices) <= 1800 and 360 <= len(payments) <= 440):
    bad(f"sizes {len(invoices)} invoices {len(payments)} payments")
if len(CUSTNAME) < 270:
    bad(f"only {len(CUSTNAME)} customers")

if problems:
    print(f"{len(problems)} problem(s):")
    for m in problems[:60]:
        print(" -", m)
    sys.exit(1)
print(f"ok: {len(invoices)} invoices, {len(CUSTNAME)} customers, {len(payments)} payments, {dict(stats)}")
