#!/usr/bin/env python3
"""Sanity checker for ledger_iberia (not part of the data). Exits non-zero on any problem."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "ledger_iberia")
invs = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
pays = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
labs = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
errs = []


def err(msg):
    errs.append(msg)


DEC = re.compile(r"^-?\d+\.\d\d$")


def c(s):
    if not isinstance(s, str) or not DEC.match(s):
        raise ValueError(s)
    n = int(s.replace("-", "").replace(".", ""))
    return -n if s.startswith("-") else n


def norm(s):
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn").upper()
    return re.sub(r"[^A-Z0-9 ]", "", s.replace("&", " AND ")).replace("  ", " ")


# ---- invoices ------------------------------------------------------------------------------------
SERIES = re.compile(r"^(FV 20\d\d/\d{5}|FAC-\d\d-\d{4}|FT 20\d\dA/\d+|FT 20\d\dB/\d+)$")
INV = {}
numbers = set()
cust = {}
for v in invs:
    if v["id"] in INV:
        err("dup invoice id " + v["id"])
    INV[v["id"]] = v
    if v["number"] in numbers:
        err("dup invoice number " + v["number"])
    numbers.add(v["number"])
    if not SERIES.match(v["number"]):
        err("bad number " + v["number"])
    if not (0 < c(v["balance"]) <= c(v["total"])):
        err("bad balance " + v["id"])
    if v["currency"] not in ("EUR", "GBP"):
        err("currency " + v["id"])
    if v["due_date"] < v["issue_date"]:
        err("due before issue " + v["id"])
    cust.setdefault(v["customer_id"], {"name": v["customer_name"], "invs": []})["invs"].append(v["id"])
    if cust[v["customer_id"]]["name"] != v["customer_name"]:
        err("customer name differs " + v["customer_id"])
if not (1400 <= len(invs) <= 1600 and 270 <= len(cust) <= 330):
    err("ledger size %d/%d" % (len(invs), len(cust)))
if not (380 <= len(pays) <= 430) or len(pays) != len(labs):
    err("payment count")

# ---- replay --------------------------------------------------------------------------------------
bal = {k: c(v["balance"]) for k, v in INV.items()}
currencies = {v["currency"] for v in invs}
seen = set()
last_date = ""
n_err = 0


def n_of(number):
    return int(re.split(r"[/-]", number)[-1])


def mentions(text, inv):
    """the invoice's own running number appears as a digit run in the text (weak check)"""
    n = n_of(inv["number"])
    y = inv["issue_date"][:4]
    for m in re.finditer(r"\d+", text):
        t = m.group()
        if t.startswith(y) and len(t) > 4 and int(t[4:]) == n:   # FV202600123
            return True
        if int(t) == n:
            return True
    return False


def open_of(cid):
    return [i for i in cust[cid]["invs"] if bal[i] > 0]


def pair_hits(cid, amount):
    o = open_of(cid)
    return [(a, b) for x, a in enumerate(o) for b in o[x + 1:] if bal[a] + bal[b] == amount]


for idx, (p, lab) in enumerate(zip(pays, labs)):
    pid = p["id"]
    tag = "%s(%s)" % (pid, lab.get("scenario"))
    if lab["payment_id"] != pid:
        err(tag + " order")
    for k in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "scenario", "note"):
        if k not in lab:
            err(tag + " missing " + k)
    problem = None
    try:
        amt = c(p["amount"])
        if amt <= 0:
            problem = "negative"
    except ValueError:
        problem = "malformed"
    if not problem and p["currency"] not in currencies:
        problem = "currency"
    if not problem and pid in seen:
        problem = "duplicate id"
    if not problem and not p.get("date"):
        problem = "missing date"
    seen.add(pid)
    if problem:
        n_err += 1
        if lab["status"] != "error" or lab["applications"] or lab["candidates"] or not lab.get("error"):
            err(tag + " bad row not an error label: " + problem)
        continue
    if p["date"] < last_date:
        err(tag + " not oldest first")
    last_date = p["date"]
    st = lab["status"]
    if st not in ("applied", "partial", "unapplied", "review"):
        err(tag + " status " + st)
        continue
    text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
    before = dict((a["invoice_id"], bal[a["invoice_id"]]) for a in lab["applications"] if a["invoice_id"] in bal)
    total = 0
    app_custs = set()
    for a in lab["applications"]:
        i = a["invoice_id"]
        if i not in INV:
            err(tag + " unknown invoice")
            continue
        x = c(a["amount"])
        if INV[i]["currency"] != p["currency"]:
            err(tag + " cross currency")
        if x <= 0 or x > bal[i]:
            err(tag + " past zero balance " + INV[i]["number"])
        if p["customer_id"] and INV[i]["customer_id"] != p["customer_id"]:
            err(tag + " applied to another customer's invoice")
        app_custs.add(INV[i]["customer_id"])
        total += x
    if len(app_custs) > 1:
        err(tag + " applications span customers")
    una = c(lab["unapplied"])
    if total + una != amt:
        err(tag + " sum")
    scn = lab["scenario"]
    # semantic checks before balances move
    cid = p["customer_id"] or (app_custs and next(iter(app_custs)))
    if scn in ("amount_unique", "name_amount", "po_lookalike", "short_number") or \
            (scn == "multibanco" and not re.search(r"F[TV]", p["reference"] or "")):
        i = lab["applications"][0]["invoice_id"]
        same = [j for j in open_of(INV[i]["customer_id"]) if bal[j] == amt]
        if same != [i] or pair_hits(INV[i]["customer_id"], amt):
            err(tag + " amount match not unique")
    if scn == "name_amount":
        pn = norm(p["payer_name"])
        hits = [k for k, v in cust.items() if norm(v["name"]).replace(" ", "").startswith(pn.replace(" ", ""))]
        if hits != [INV[lab["applications"][0]["invoice_id"]]["customer_id"]]:
            err(tag + " payer name not unique: %s" % hits)
    if scn in ("ref_single", "ref_multi", "remit_lump", "confirming", "pagare", "recibo", "recibo_repaid",
               "recibo_repaid_fee", "orden_pago", "withholding", "pronto_pago", "dispute_short", "lump_short",
               "part_payment", "rest_payment", "overpay"):
        for a in lab["applications"]:
            if not mentions(text, INV[a["invoice_id"]]):
                err(tag + " invoice %s not mentioned" % INV[a["invoice_id"]]["number"])
    if scn == "statement":
        if sorted(a["invoice_id"] for a in lab["applications"]) != sorted(open_of(p["customer_id"])):
            err(tag + " statement does not cover all open invoices")
    if scn == "duplicate":
        hit = [i for i in INV if bal[i] == 0 and mentions(text, INV[i]) and
               (not p["customer_id"] or INV[i]["customer_id"] == p["customer_id"])]
        if not hit:
            err(tag + " duplicate without a paid invoice")
    if scn == "on_account":
        if any(bal[j] == amt for j in open_of(p["customer_id"])) or pair_hits(p["customer_id"], amt):
            err(tag + " on-account amount fits an invoice")
    if st == "review":
        if lab["applications"] or una != amt or lab["short_pay"]:
            err(tag + " review shape")
        sets = lab["candidates"]
        for s in sets:
            for i in s:
                if i not in INV or bal[i] <= 0:
                    err(tag + " candidate not open")
        sums = [sum(bal[i] for i in s) for s in sets]
        if scn in ("review_equal", "multibanco_ambiguous", "review_single_vs_pair", "review_pair_pair",
                   "review_twin"):
            if len(sets) < 2 or any(x != amt for x in sums):
                err(tag + " candidate sets do not all fit")
        if scn in ("review_equal", "multibanco_ambiguous"):
            allsame = sorted(j for j in open_of(p["customer_id"]) if bal[j] == amt)
            if sorted(s[0] for s in sets) != allsame:
                err(tag + " candidates miss an equal invoice")
        if scn == "review_typo":
            if sums[0] != amt or sums[1] == amt or not mentions(text, INV[sets[1][0]]):
                err(tag + " typo shape")
        if scn == "review_currency":
            if INV[sets[0][0]]["currency"] == p["currency"]:
                err(tag + " currency review on same currency")
        if scn == "review_twin":
            owners = {INV[s[0]]["customer_id"] for s in sets}
            pn = norm(p["payer_name"]).replace(" ", "")
            if len(owners) != 2 or p["customer_id"] or any(
                    not norm(cust[o]["name"]).replace(" ", "").startswith(pn) for o in owners):
                err(tag + " twin shape")
        if scn == "review_unknown" and p["customer_id"]:
            err(tag + " unknown has customer id")
    # move balances
    for a in lab["applications"]:
        if a["invoice_id"] in bal:
            bal[a["invoice_id"]] -= c(a["amount"])
    apps = lab["applications"]
    if st == "applied":
        if not apps or una or lab["short_pay"] or lab["candidates"]:
            err(tag + " applied shape")
    elif st == "partial":
        if not apps or una or lab["candidates"]:
            err(tag + " partial shape")
        left = [a["invoice_id"] for a in apps if bal[a["invoice_id"]] > 0]
        if not left:
            err(tag + " partial leaves nothing open")
        sp = lab["short_pay"]
        if sp is not None:
            if sp["invoice_id"] not in left or c(sp["amount"]) != bal[sp["invoice_id"]] or not sp.get("reason"):
                err(tag + " short_pay")
        elif scn != "part_payment":
            err(tag + " partial without short_pay")
    elif st == "unapplied":
        if una <= 0 or lab["short_pay"] or lab["candidates"]:
            err(tag + " unapplied shape")
        if any(bal[a["invoice_id"]] != 0 for a in apps):
            err(tag + " unapplied while an applied invoice is still open")

if not (8 <= n_err <= 12):
    err("error rows: %d" % n_err)

if errs:
    print("\n".join(errs[:80]))
    print("%d problems" % len(errs))
    sys.exit(1)
print("check ok: %d invoices, %d customers, %d payments, %d bad rows" % (len(invs), len(cust), len(pays), n_err))
