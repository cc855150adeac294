"""Replay labels against the invoices, check every invariant, and re-derive each label from the stated rules.

    python3 check.py [folder]      (default: us_healthcare_staffing beside this file)
Exits non-zero on any problem.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "us_healthcare_staffing")
CURRENCIES = {"USD": 2, "CAD": 2}
ISO_SHAPE = re.compile(r"^[A-Z]{3}$")
SUFFIXES = {"INC", "LLC", "CORP", "CORPORATION", "CO", "LTD", "PC", "PLLC", "LP", "LLP", "THE", "PA"}

KEYWORDS = [  # (reason, pattern) - first hit wins
    ("card processing fee", r"\bCARD FEE\b|\bPROCESSING FEE\b|\bMERCHANT FEE\b"),
    ("bank fee", r"\bBANK FEE\b|\bWIRE FEE\b|\bBANK CHARGES?\b"),
    ("early-payment discount", r"\bDISCOUNT\b"),
    ("withholding tax", r"\bWITHHOLDING\b|\bWHT\b"),
    ("disputed hours", r"\bDISPUTED\b|\bTIMESHEET\b"),
    ("fx difference", r"\bFX\b|\bEXCHANGE\b|\bCONVERSION\b|\bCONVERTED\b"),
    ("PART", r"\bPARTIAL\b|\bINSTAL+MENT\b|\bON ACCOUNT\b"),
]

problems = []


def bad(i, msg):
    problems.append(f"row {i}: {msg}")


def cents(s, places=2):
    d = Decimal(s)
    return int(d * (10 ** places))


def money(c):
    return f"{c // 100}.{c % 100:02d}"


def norm_name(name):
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).upper().replace("&", " AND ")
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    return " ".join(w for w in s.split() if w not in SUFFIXES)


def invoice_refs(text):
    """5-significant-digit invoice cores mentioned in free text (amounts removed, OCR O->0 fixed)."""
    t = (text or "").upper()
    t = re.sub(r"\$?\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2}", " AMT ", t)
    t = re.sub(r"(?<![A-Z])[0-9O]{5,}(?![A-Z])", lambda m: m.group().replace("O", "0") if re.search(r"\d{3}", m.group()) else m.group(), t)
    return [int(m) for m in re.findall(r"(?<!\d)0*([1-9]\d{4})(?!\d)", t)]


def one_edit(a, b):
    a, b = str(a), str(b)
    if len(a) != len(b) or a == b:
        return False
    d = [i for i in range(len(a)) if a[i] != b[i]]
    return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])


def keyword(text):
    t = (text or "").upper()
    for reason, pat in KEYWORDS:
        if re.search(pat, t):
            return reason
    return None


def row_error(p):
    cur = p.get("currency")
    if not cur:
        return "currency missing"
    if not ISO_SHAPE.match(cur) or cur not in CURRENCIES:
        return "currency is not an ISO 4217 code"
    amt = p.get("amount")
    if not isinstance(amt, str) or not re.fullmatch(r"-?\d+(\.\d{2})?", amt):
        return "amount is not a number"
    if amt.startswith("-"):
        return "amount is negative"
    if Decimal(amt) == 0:
        return "amount is zero"
    try:
        dt.date.fromisoformat(p.get("date") or "")
    except ValueError:
        return "date is not a valid calendar date"
    return None


class Book:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: cents(i["balance"]) for i in invoices}
        self.by_seq = {int(i["number"][-5:]): i for i in invoices}
        self.by_cust = {}
        for i in invoices:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.names = {}
        for i in invoices:
            self.names.setdefault(norm_name(i["customer_name"]), set()).add(i["customer_id"])

    def key(self, i):
        return (i["due_date"], i["number"])

    def pool(self, cid, cur):
        return sorted([i for i in self.by_cust.get(cid, []) if i["currency"] == cur and self.bal[i["id"]] > 0], key=self.key)

    def exact(self, cur, amt, cid=None):
        return sorted([i for i in self.inv.values() if i["currency"] == cur and self.bal[i["id"]] == amt
                       and (cid is None or i["customer_id"] == cid)], key=self.key)


def decide(book, p):
    """The decision rules of README.md. Returns (status, [(inv, amt)], unapplied, short, [candidate sets])."""
    cur, amt = p["currency"], cents(p["amount"])
    text = " ".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    refs = []
    for r in invoice_refs(text):
        if r not in refs:
            refs.append(r)
    named = [book.by_seq[r] for r in refs if r in book.by_seq]
    unknown = [r for r in refs if r not in book.by_seq]
    cid = p.get("customer_id")
    if cid is None:
        ids = book.names.get(norm_name(p.get("payer_name")), set())
        if len(ids) == 1:
            cid = next(iter(ids))
    bal = book.bal

    def exact_sets(c=None, first=None):
        out = [first] if first else []
        seen = {i["id"] for i in (first or [])}
        out += [[i] for i in book.exact(cur, amt, c) if i["id"] not in seen]
        return out

    if cid is None:  # R2: payer not identified
        open_named = sorted([i for i in named if bal[i["id"]] > 0 and i["currency"] == cur], key=book.key)
        if open_named and len(open_named) == len(named) and sum(bal[i["id"]] for i in open_named) == amt:
            return "applied", [(i, bal[i["id"]]) for i in open_named], 0, None, []
        return "review", [], amt, None, exact_sets(first=open_named or None)
    # R3: known customer
    if not any(i["currency"] == cur for i in book.by_cust.get(cid, [])):
        return "review", [], amt, None, []
    pool = book.pool(cid, cur)
    if any(i["customer_id"] != cid for i in named):  # R4
        return "review", [], amt, None, exact_sets(c=cid)
    if named:  # R5
        open_named = sorted([i for i in named if bal[i["id"]] > 0], key=book.key)
        if not open_named:
            return "unapplied", [], amt, None, []
        s = sum(bal[i["id"]] for i in open_named)
        if amt == s:
            return "applied", [(i, bal[i["id"]]) for i in open_named], 0, None, []
        if amt > s:
            return "unapplied", [(i, bal[i["id"]]) for i in open_named], amt - s, None, []
        if len(open_named) == 1:
            inv = open_named[0]
            kw = keyword(text)
            short = None if kw == "PART" else (inv, bal[inv["id"]] - amt, kw or "unexplained shortfall")
            return "partial", [(inv, amt)], 0, short, []
        return "review", [], amt, None, [open_named]
    exact = [i for i in pool if bal[i["id"]] == amt]
    if unknown:  # R6: number that is no invoice
        near = [i for i in pool if any(one_edit(i["number"][-5:], u) for u in unknown)]
        if len(exact) == 1 and exact[0] in near:
            return "applied", [(exact[0], amt)], 0, None, []
        ordered = [i for i in near if i in exact] + [i for i in near if i not in exact] + [i for i in exact if i not in near]
        return "review", [], amt, None, [[i] for i in ordered]
    if len(exact) == 1:  # R7
        return "applied", [(exact[0], amt)], 0, None, []
    if len(exact) > 1:
        return "review", [], amt, None, [[i] for i in exact]
    if len(pool) >= 2 and sum(bal[i["id"]] for i in pool) == amt:
        return "applied", [(i, bal[i["id"]]) for i in pool], 0, None, []
    return "unapplied", [], amt, None, []


def main():
    load = lambda n: json.load(open(os.path.join(FOLDER, n), encoding="utf-8"))  # noqa: E731
    invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
    inv_fields = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
    pay_fields = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
    for i in invoices:
        if set(i) != inv_fields:
            problems.append(f"invoice {i.get('id')}: fields {sorted(set(i) ^ inv_fields)}")
        if not (0 < cents(i["balance"]) <= cents(i["total"])):
            problems.append(f"invoice {i['id']}: balance not in (0, total]")
    if len({i["id"] for i in invoices}) != len(invoices) or len({i["number"] for i in invoices}) != len(invoices):
        problems.append("duplicate invoice id or number")
    if len(payments) != len(labels):
        problems.append("payments and labels differ in length")
    book = Book(invoices)
    last_date = ""
    for n, (p, lab) in enumerate(zip(payments, labels)):
        if set(p) != pay_fields:
            bad(n, f"payment fields {sorted(set(p) ^ pay_fields)}")
        if lab["payment_id"] != p["id"]:
            bad(n, "payment_id out of order")
        if lab["status"] not in ("applied", "partial", "unapplied", "review"):
            bad(n, "unknown status")
        err = row_error(p)
        if err:
            if lab["status"] != "review" or lab["applications"] or lab["candidates"] or not lab.get("error"):
                bad(n, "bad row must be review with no applications/candidates and an error")
            if lab.get("error") != err:
                bad(n, f"error {lab.get('error')!r} != {err!r}")
            continue
        if lab.get("error"):
            bad(n, "error on a good row")
        if p["date"] < last_date:
            bad(n, "payments not oldest first")
        last_date = p["date"]
        amt = cents(p["amount"])
        cur = p["currency"]
        # invariants
        apps = [(book.inv.get(a["invoice_id"]), cents(a["amount"])) for a in lab["applications"]]
        for inv, a in apps:
            if inv is None:
                bad(n, "application to unknown invoice")
                continue
            if inv["currency"] != cur:
                bad(n, "application in another currency")
            if a <= 0 or a > book.bal[inv["id"]]:
                bad(n, f"application {a} exceeds open balance {book.bal[inv['id']]} of {inv['number']}")
        unap = cents(lab["unapplied"])
        if sum(a for _, a in apps) + unap != amt:
            bad(n, "applications + unapplied != amount")
        st = lab["status"]
        if st == "applied" and (unap != 0 or not apps or lab["short_pay"]):
            bad(n, "applied must apply everything, no short_pay")
        if st == "partial" and (unap != 0 or not apps):
            bad(n, "partial must apply everything")
        if st == "unapplied" and unap <= 0:
            bad(n, "unapplied with nothing unapplied")
        if st == "review" and apps:
            bad(n, "review with applications")
        if st != "review" and lab["candidates"]:
            bad(n, "candidates on a non-review row")
        if st != "partial" and lab["short_pay"]:
            bad(n, "short_pay outside partial")
        for cset in lab["candidates"]:
            for iid in cset["invoice_ids"]:
                inv = book.inv.get(iid)
                if inv is None or book.bal[iid] <= 0 or inv["currency"] != cur:
                    bad(n, f"candidate {iid} is not an open invoice in {cur}")
                elif p["customer_id"] and inv["customer_id"] != p["customer_id"]:
                    bad(n, f"candidate {iid} belongs to another customer")
            if cset["open_total"] != money(sum(book.bal[i] for i in cset["invoice_ids"])):
                bad(n, "candidate open_total wrong")
        # rules
        d_st, d_apps, d_unap, d_short, d_cands = decide(book, p)
        if d_st != st:
            bad(n, f"status {st} but rules give {d_st} ({lab['scenario']})")
        if [(i["id"], a) for i, a in d_apps] != [(i["id"] if i else None, a) for i, a in apps]:
            bad(n, f"applications differ from rules ({lab['scenario']})")
        if d_unap != unap:
            bad(n, "unapplied differs from rules")
        want_short = None if d_short is None else {"invoice_id": d_short[0]["id"], "amount": money(d_short[1]), "reason": d_short[2]}
        if want_short != lab["short_pay"]:
            bad(n, f"short_pay {lab['short_pay']} but rules give {want_short}")
        if [[i["id"] for i in s] for s in d_cands] != [c["invoice_ids"] for c in lab["candidates"]]:
            bad(n, f"candidates differ from rules ({lab['scenario']})")
        # replay
        for inv, a in apps:
            if inv is not None:
                book.bal[inv["id"]] -= a
        if st == "partial":
            sp = lab["short_pay"]
            if sp and book.bal[sp["invoice_id"]] != cents(sp["amount"]):
                bad(n, "short_pay amount != what stays open")
            if not any(book.bal[i["id"]] > 0 for i, _ in apps):
                bad(n, "partial leaves nothing open")
    for msg in problems[:60]:
        print("PROBLEM", msg)
    print(f"{len(payments)} payments checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
