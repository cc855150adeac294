"""Replay labels of blind set 420 against the invoices and re-derive every label from the decision rules.

Exits non-zero on any problem. Standard library only.
"""
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation
from itertools import combinations

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "latam_chemicals")
EXP = {"MXN": 2, "BRL": 2, "COP": 2, "CLP": 0, "PEN": 2, "ARS": 2, "USD": 2}
INV_F = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_F = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_F = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}
OCR = str.maketrans("OILSBZ", "011582")
SHORT_REASONS = ["bank_fee", "withholding_tax", "early_payment_discount", "damaged_goods", "fx_difference", "unexplained"]
KEYWORDS = [  # checked in this order
    ("part", ["PARCIAL", "PARCELA", "PAGO A CUENTA"]),
    ("damaged_goods", ["DANAD", "AVARIA"]),
    ("bank_fee", ["COMISION BANCARIA", "BANK CHARGES", "GASTOS BANCARIOS"]),
    ("withholding_tax", ["RETENCION", "RETEFUENTE", "RETENCAO", "DETRACCION"]),
    ("early_payment_discount", ["PRONTO PAGO", "DESCONTO ANTECIPACAO"]),
    ("fx_difference", ["CAMBIO", "CAMBIAL", "CAMBIARIA"]),
]

problems = []


def bad(msg):
    problems.append(msg)


def minor(s, cur):
    """decimal string in the currency's own minor units -> int, or None"""
    if not isinstance(s, str) or cur not in EXP:
        return None
    e = EXP[cur]
    pat = r"^\d+$" if e == 0 else r"^\d+\.\d{%d}$" % e
    if not re.match(pat, s):
        return None
    return int(Decimal(s) * 10 ** e)


def fmt(m, cur):
    e = EXP[cur]
    return str(m) if e == 0 else "%d.%0*d" % (m // 10 ** e, e, m % 10 ** e)


def row_error(p):
    """the clerk's reading of a malformed row (None when the row is usable)"""
    cur = p.get("currency")
    if not cur:
        return "currency"
    if cur not in EXP:
        return "currency"
    try:
        d = Decimal(p.get("amount"))
    except (InvalidOperation, TypeError):
        return "amount"
    if d <= 0 or minor(p["amount"], cur) is None:
        return "amount"
    try:
        dt.date.fromisoformat(p.get("date") or "")
    except ValueError:
        return "date"
    return None


def refs(text, core_map):
    """invoice ids named in free text: prefix QL optional, OCR letters read as digits, digit groups joined"""
    found = []
    t = re.sub(r"QL[\s\-#:]*", " ", text.upper())
    for m in re.finditer(r"[0-9OILSBZ]+(?: [0-9OILSBZ]+)*", t):
        run = m.group(0)
        pieces = run.split(" ")
        cand = pieces + ([run.replace(" ", "")] if len(pieces) > 1 else [])
        for c in cand:
            if sum(ch.isdigit() for ch in c) < 4:
                continue
            k = c.translate(OCR).lstrip("0")
            if k.isdigit() and k in core_map and core_map[k] not in found:
                found.append(core_map[k])
    return found


def one_edit(a, b):
    a, b = a[3:], b[3:]
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                              and a[diff[1]] == b[diff[0]])


def main():
    invoices = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
    payments = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
    labels = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))

    # ---------- static checks ----------
    inv = {}
    for i in invoices:
        if set(i) != INV_F:
            bad("invoice fields %s" % i.get("id"))
        if i["id"] in inv:
            bad("duplicate invoice id %s" % i["id"])
        inv[i["id"]] = i
        t, b = minor(i["total"], i["currency"]), minor(i["balance"], i["currency"])
        if t is None or b is None or not 0 < b <= t:
            bad("invoice amounts %s" % i["id"])
        if i["due_date"] < i["issue_date"]:
            bad("due before issue %s" % i["id"])
    numbers = [i["number"] for i in invoices]
    if len(set(numbers)) != len(numbers):
        bad("duplicate invoice numbers")
    core_map = {i["number"][3:].lstrip("0"): i["id"] for i in invoices}
    if not 1200 <= len(invoices) <= 1600:
        bad("invoice count %d" % len(invoices))
    if len(payments) != 400 or len(labels) != 400:
        bad("need 400 payments and labels")
    cust_cur = {}
    for i in invoices:
        cust_cur.setdefault(i["customer_id"], set()).add(i["currency"])
    last = ""
    for p in payments:
        if set(p) != PAY_F:
            bad("payment fields %s" % p.get("id"))
        if row_error(p) is None:
            if p["date"] < last:
                bad("payments not oldest first at %s" % p["id"])
            last = p["date"]

    bal = {k: minor(v["balance"], v["currency"]) for k, v in inv.items()}
    paid_here = set()          # invoices taken to zero by a payment in this file
    ever = set()               # invoices ever named by a label

    def open_of(cid, cur):
        return [inv[k] for k in inv if inv[k]["customer_id"] == cid and inv[k]["currency"] == cur and bal[k] > 0]

    def subset_hits(cid, cur, amt):
        op = open_of(cid, cur)
        hits = []
        for k in (1, 2, 3):
            for c in combinations(op, k):
                if sum(bal[i["id"]] for i in c) == amt:
                    hits.append([i["id"] for i in c])
        if len(op) > 3 and sum(bal[i["id"]] for i in op) == amt:
            hits.append([i["id"] for i in op])
        return hits

    def by_due(ids):
        return sorted(ids, key=lambda k: (inv[k]["due_date"], inv[k]["number"]))

    def decide(p):
        """the stated decision rules -> (status, apps[(id, amt)], unapplied, short, candidates)"""
        err = row_error(p)
        if err:
            return ("review", [], None, None, [], err)
        cur, amt, cid = p["currency"], minor(p["amount"], p["currency"]), p["customer_id"]
        text = ((p["reference"] or "") + " \n " + (p["remittance"] or "")).upper()
        R = refs(text, core_map)
        if cid is None:
            # Rule N1: no customer id -> apply only when named invoices are open, same currency, one customer,
            # and the amount equals their open balances exactly
            if R and all(bal[k] > 0 and inv[k]["currency"] == cur for k in R) \
                    and len({inv[k]["customer_id"] for k in R}) == 1 and sum(bal[k] for k in R) == amt:
                return ("applied", [(k, bal[k]) for k in R], 0, None, [], None)
            # Rule N2: otherwise review; candidates are invoices named, then single open invoices of the exact amount
            cands = [[k] for k in R if bal[k] > 0]
            cands += [[k] for k in by_due([k for k in inv if inv[k]["currency"] == cur and bal[k] == amt])
                      if [k] not in cands]
            return ("review", [], amt, None, cands, None)
        other = [k for k in R if inv[k]["customer_id"] != cid]
        own = [k for k in R if inv[k]["customer_id"] == cid]
        # Rule K1: a reference naming another customer's invoice -> review
        if other:
            return ("review", [], amt, None, [[k] for k in other if bal[k] > 0], None)
        # Rule K2: named invoice in another currency -> review (cash is never applied across currencies)
        if own and any(inv[k]["currency"] != cur for k in own):
            return ("review", [], amt, None, [[k] for k in own if bal[k] > 0], None)
        if own:
            opn = [k for k in own if bal[k] > 0]
            # Rule K3: every named invoice is already paid in full -> second payment, unapplied
            if not opn:
                return ("unapplied", [], amt, None, [], None)
            S = sum(bal[k] for k in opn)
            # Rule K4: named invoice, amount not its balance but exactly the balance of another open invoice of the
            # customer whose number is one keystroke away -> review, amount match first
            if len(opn) == 1 and amt != S:
                twins = [i["id"] for i in open_of(cid, cur) if bal[i["id"]] == amt
                         and one_edit(i["number"], inv[opn[0]]["number"])]
                if twins:
                    return ("review", [], amt, None, [[k] for k in twins] + [[opn[0]]], None)
            if amt == S:                                       # Rule K5
                return ("applied", [(k, bal[k]) for k in opn], 0, None, [], None)
            if amt > S:                                        # Rule K6: overpayment
                return ("unapplied", [(k, bal[k]) for k in opn], amt - S, None, [], None)
            if len(opn) == 1:                                  # Rule K7: part pay / short pay
                k = opn[0]
                kind = "unexplained"
                for name, words in KEYWORDS:
                    if any(w in text for w in words):
                        kind = name
                        break
                short = None if kind == "part" else {"invoice_id": k, "amount": fmt(bal[k] - amt, cur), "reason": kind}
                return ("partial", [(k, amt)], 0, short, [], None)
            return ("review", [], amt, None, [opn], None)
        # no invoice of this customer named: amount rules
        hits = subset_hits(cid, cur, amt)
        singles = [h for h in hits if len(h) == 1]
        full = [i["id"] for i in open_of(cid, cur)]
        if len(hits) == 1 and len(singles) == 1:               # Rule A1: unique single exact amount
            return ("applied", [(singles[0][0], amt)], 0, None, [], None)
        if len(full) >= 2 and sum(bal[k] for k in full) == amt and not singles:   # Rule A2: whole statement
            return ("applied", [(k, bal[k]) for k in full], 0, None, [], None)
        if hits:                                                # Rule A3: several fits -> review
            return ("review", [], amt, None, [[k] for k in by_due([h[0] for h in singles])] +
                    [h for h in hits if len(h) > 1], None)
        return ("unapplied", [], amt, None, [], None)           # Rule A4: known customer, fits nothing

    counts = {}
    for n, (p, l) in enumerate(zip(payments, labels)):
        where = "#%d %s (%s)" % (n, p["id"], l.get("scenario"))
        counts[l.get("scenario")] = counts.get(l.get("scenario"), 0) + 1
        extra = set(l) - LAB_F - {"error"}
        if l.get("payment_id") != p["id"] or not LAB_F <= set(l) or extra:
            bad("label shape %s" % where)
            continue
        st, apps, una, short, cands, err = decide(p)
        if err:
            if not (l["status"] == "review" and l["applications"] == [] and l["candidates"] == [] and l.get("error")
                    and l["short_pay"] is None):
                bad("bad row not labelled review+error %s" % where)
            continue
        if l.get("error"):
            bad("error on a good row %s" % where)
        cur, amt = p["currency"], minor(p["amount"], p["currency"])
        # invariants
        la = [(a["invoice_id"], minor(a["amount"], cur)) for a in l["applications"]]
        lu = minor(l["unapplied"], cur)
        if lu is None or any(a is None or a <= 0 for _, a in la):
            bad("amount format %s" % where)
            continue
        if sum(a for _, a in la) + lu != amt:
            bad("applications + unapplied != amount %s" % where)
        for k, a in la:
            if k not in inv or inv[k]["currency"] != cur:
                bad("application to unknown / other-currency invoice %s" % where)
            elif a > bal[k]:
                bad("application takes %s past zero %s" % (k, where))
        if p["customer_id"] is not None:
            for k, _ in la:
                if k in inv and inv[k]["customer_id"] != p["customer_id"]:
                    bad("application to another customer's invoice %s" % where)
        for c in l["candidates"]:
            ids = c.get("invoice_ids") if isinstance(c, dict) else None
            if not ids or any(k not in inv or bal[k] <= 0 for k in ids):
                bad("candidate not an open invoice %s" % where)
                continue
            if l["scenario"] not in ("reference_other_customer",) and p["customer_id"] is not None \
                    and any(inv[k]["customer_id"] != p["customer_id"] for k in ids):
                bad("candidate of another customer %s" % where)
            if l["scenario"] != "currency_mismatch" and any(inv[k]["currency"] != cur for k in ids):
                bad("candidate in another currency %s" % where)
        s = l["status"]
        if s == "applied" and (lu != 0 or not la or l["short_pay"] or l["candidates"]):
            bad("applied inconsistent %s" % where)
        if s == "partial":
            if lu != 0 or len(la) != 1 or la[0][1] >= bal[la[0][0]] or l["candidates"]:
                bad("partial inconsistent %s" % where)
            sp = l["short_pay"]
            if sp is not None and (sp.get("invoice_id") != la[0][0] or sp.get("reason") not in SHORT_REASONS
                                   or minor(sp.get("amount"), cur) != bal[la[0][0]] - la[0][1]):
                bad("short_pay inconsistent %s" % where)
        if s == "unapplied" and (lu <= 0 or l["short_pay"] or l["candidates"]):
            bad("unapplied inconsistent %s" % where)
        if s == "review" and (la or l["short_pay"] or lu != amt):
            bad("review inconsistent %s" % where)
        if s not in ("applied", "partial", "unapplied", "review"):
            bad("status %s" % where)
        # the label must follow from the rules
        apps = sorted(apps, key=lambda ka: inv[ka[0]]["number"])          # convention: invoice-number order
        exp = dict(status=st, applications=[{"invoice_id": k, "amount": fmt(a, cur)} for k, a in apps],
                   unapplied=fmt(una, cur), short_pay=short, candidates=[{"invoice_ids": c} for c in cands])
        for key, v in exp.items():
            if l[key] != v:
                bad("rule mismatch %s %s: label %r, rules %r" % (where, key, l[key], v))
        # a stated deduction must be visible in the text with its amount
        if short and short["reason"] not in ("unexplained",):
            txt = (p["remittance"] or "") + (p["reference"] or "")
            a = minor(short["amount"], cur)
            e = EXP[cur]
            whole = "{:,}".format(a // 10 ** e if e else a)
            if whole not in txt and whole.replace(",", ".") not in txt:
                bad("stated deduction amount not in text %s" % where)
        # replay
        for k, a in la:
            bal[k] -= a
            ever.add(k)
            if bal[k] == 0:
                paid_here.add(k)
    # scenario coverage
    for sc, lo in (("bad_row", 4), ("exact_reference", 50), ("multi_invoice_remittance", 10)):
        if counts.get(sc, 0) < lo:
            bad("too few %s" % sc)
    nbad = counts.get("bad_row", 0)
    if not 4 <= nbad <= 8:
        bad("bad rows should be 1-2%%: %d" % nbad)
    for pr in problems[:60]:
        print("PROBLEM", pr)
    print("%d problems; %d payments; scenarios: %s" % (len(problems), len(payments),
                                                     ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
