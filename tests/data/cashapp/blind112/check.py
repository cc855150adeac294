#!/usr/bin/env python3
"""check.py - blind set 406 (dach_medical_devices).

Replays labels.json in order against invoices.json / payments.json and
  1. verifies every invariant of the cash-application contract, and
  2. re-derives each label from the decision rules in README.md (an
     independent "careful clerk" solver, function `solve`) and compares.
Exits non-zero on any problem. Standard library only.
"""
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.join(HERE, "dach_medical_devices")

CURRENCIES = {"EUR": 2, "CHF": 2}
MAX_SUBSET = 4          # unlisted combinations are searched up to this size (plus "all open")
MAX_CANDIDATES = 5
INV_KEYS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance",
            "issue_date", "due_date"]
PAY_KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LABEL_KEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
              "scenario", "note"]
PART_PAYMENT_RE = re.compile(
    r"\b(teilzahlung|anzahlung|akonto|akontozahlung|ratenzahlung|rate|abschlagszahlung|teilbetrag|"
    r"part payment|partial payment|instalment)\b", re.I)
AMOUNT_RE = re.compile(r"^(0|[1-9][0-9]*)\.[0-9]{2}$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


# ---------------------------------------------------------------- helpers
def cents(s):
    return int((Decimal(s) * 100).to_integral_value())


def fmt(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (sign, c // 100, c % 100)


TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "AE", "Ö": "OE", "Ü": "UE",
         "é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ç": "c", "ô": "o", "î": "i"}


def norm_name(s):
    s = "".join(TRANS.get(ch, ch) for ch in (s or ""))
    s = re.sub(r"[^A-Za-z0-9]+", " ", s).strip().upper()
    return s


def mod10_recursive(digits):
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for d in digits:
        carry = table[(carry + int(d)) % 10]
    return str((10 - carry) % 10)


QR_RE = re.compile(r"(?<![0-9])([0-9](?: ?[0-9]){26})(?![0-9])")
RUN_RE = re.compile(r"(?<![0-9])[0-9]+(?: [0-9]+)*(?![0-9])")


def cited_numbers(text, core_to_inv):
    """Return invoice ids whose number (leading zeros/prefix dropped) appears in text.

    Structured 27-digit QR/ESR references with a valid mod-10 check digit are
    read first (payload = first 26 digits); then each maximal run of digit
    groups separated by single spaces is read as any contiguous sub-run of its
    groups (so "RF47 0048 1234", "RE 00481234" and "Kd 20315 481234" all work)."""
    found = []
    if not text:
        return found

    def add(core):
        core = core.lstrip("0")
        inv = core_to_inv.get(core)
        if inv and inv not in found:
            found.append(inv)

    def qr(m):
        d = m.group(1).replace(" ", "")
        if mod10_recursive(d[:26]) == d[26]:
            add(d[:26])
            return " # "
        return m.group(0)

    rest = QR_RE.sub(qr, text)
    for m in RUN_RE.finditer(rest):
        groups = m.group(0).split(" ")
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                add("".join(groups[i:j]))
    return found


def validate_payment(p):
    amt = p.get("amount")
    if not isinstance(amt, str) or not AMOUNT_RE.match(amt.strip() if isinstance(amt, str) else ""):
        if isinstance(amt, str) and re.match(r"^-[0-9]", amt):
            return "negative amount"
        return "amount is not a valid decimal string"
    if amt != amt.strip():
        return "amount has surrounding whitespace"
    if cents(amt) <= 0:
        return "amount is zero"
    cur = p.get("currency")
    if cur not in CURRENCIES:
        return "missing or invalid currency"
    d = p.get("date")
    if not isinstance(d, str) or not DATE_RE.match(d):
        return "malformed date"
    try:
        date.fromisoformat(d)
    except ValueError:
        return "malformed date"
    return None


# ---------------------------------------------------------------- the solver
class Book:
    def __init__(self, invoices):
        self.inv = {i["id"]: dict(i) for i in invoices}
        self.bal = {i["id"]: cents(i["balance"]) for i in invoices}
        self.core_to_inv = {}
        for i in invoices:
            core = re.sub(r"[^0-9]", "", i["number"]).lstrip("0")
            self.core_to_inv[core] = i["id"]
        self.by_name = {}
        for i in invoices:
            self.by_name.setdefault(norm_name(i["customer_name"]), set()).add(i["customer_id"])
        self.customers = {i["customer_id"] for i in invoices}

    def open_of(self, cust, cur):
        ids = [k for k, v in self.inv.items()
               if v["customer_id"] == cust and v["currency"] == cur and self.bal[k] > 0]
        return sorted(ids, key=self.sort_key)

    def sort_key(self, k):
        v = self.inv[k]
        return (v["due_date"], v["number"])

    def apply(self, label):
        for a in label["applications"]:
            self.bal[a["invoice_id"]] -= cents(a["amount"])


def review(cands, reason, error=None, amount="0.00"):
    out = {"status": "review", "applications": [], "unapplied": amount, "short_pay": None,
           "candidates": [{"invoice_ids": list(c)} for c in cands][:MAX_CANDIDATES], "reason": reason}
    if error:
        out["error"] = error
    return out


def solve(book, p):
    """The decision rules of README.md, applied to the current open balances."""
    err = validate_payment(p)
    if err:
        return review([], "bad row: " + err, error=err)
    amt = cents(p["amount"])
    cur = p["currency"]
    A = p["amount"]

    # who is paying
    K = p.get("customer_id")
    if K is not None and K not in book.customers:
        K = None
    if K is None:
        ids = book.by_name.get(norm_name(p.get("payer_name")), set())
        if len(ids) == 1:
            K = next(iter(ids))

    text = " \n ".join(t for t in (p.get("reference"), p.get("remittance")) if t)
    cited = cited_numbers(text, book.core_to_inv)

    if cited:
        if any(book.inv[c]["currency"] != cur for c in cited):
            return review([], "cited invoice is billed in another currency", amount=A)
        if K is not None and any(book.inv[c]["customer_id"] != K for c in cited):
            own = [[k] for k in book.open_of(K, cur) if book.bal[k] == amt]
            return review(own, "reference names another customer's invoice", amount=A)
        open_ = [c for c in cited if book.bal[c] > 0]
        if not open_:
            custs = {book.inv[c]["customer_id"] for c in cited}
            if K is not None:
                return {"status": "unapplied", "applications": [], "unapplied": A, "short_pay": None,
                        "candidates": [], "reason": "cited invoice already paid: held on account"}
            return review([], "cited invoice already paid, payer not identified", amount=A)
        if len(open_) != len(cited):
            return review([open_], "some cited invoices already paid", amount=A)
        S = sum(book.bal[c] for c in open_)
        apps_full = [{"invoice_id": c, "amount": fmt(book.bal[c])} for c in open_]
        if amt == S:
            return {"status": "applied", "applications": apps_full, "unapplied": "0.00", "short_pay": None,
                    "candidates": [], "reason": "reference and exact amount"}
        if K is None:
            return review([open_], "amount differs and payer not identified", amount=A)
        if amt > S:
            return {"status": "unapplied", "applications": apps_full, "unapplied": fmt(amt - S),
                    "short_pay": None, "candidates": [], "reason": "overpayment: remainder on account"}
        if len(open_) > 1:
            return review([open_], "short on several cited invoices", amount=A)
        c = open_[0]
        sp = None
        if not PART_PAYMENT_RE.search(text):
            sp = {"invoice_id": c, "amount": fmt(S - amt), "reason": "short pay"}
        return {"status": "partial", "applications": [{"invoice_id": c, "amount": A}], "unapplied": "0.00",
                "short_pay": sp, "candidates": [], "reason": "part payment" if sp is None else "short pay"}

    # no usable reference
    if K is None:
        pool = sorted([k for k in book.inv if book.inv[k]["currency"] == cur and book.bal[k] == amt],
                      key=book.sort_key)
        return review([[k] for k in pool], "payer not identified", amount=A)
    opens = book.open_of(K, cur)
    hits = []
    for n in range(1, min(MAX_SUBSET, len(opens)) + 1):
        for combo in combinations(opens, n):
            if sum(book.bal[k] for k in combo) == amt:
                hits.append(list(combo))
    if len(opens) > MAX_SUBSET and sum(book.bal[k] for k in opens) == amt:
        hits.append(list(opens))
    if len(hits) == 1:
        return {"status": "applied",
                "applications": [{"invoice_id": k, "amount": fmt(book.bal[k])} for k in hits[0]],
                "unapplied": "0.00", "short_pay": None, "candidates": [],
                "reason": "unique exact combination of open invoices"}
    if hits:
        return review(hits, "several open invoice sets fit the amount", amount=A)
    return {"status": "unapplied", "applications": [], "unapplied": A, "short_pay": None, "candidates": [],
            "reason": "known customer, fits no open invoice"}


def same_label(exp, got):
    """Compare the parts of a label that the rules determine."""
    diffs = []
    for k in ("status", "unapplied"):
        if exp[k] != got[k]:
            diffs.append("%s: expected %r got %r" % (k, exp[k], got[k]))
    if exp["applications"] != got["applications"]:
        diffs.append("applications: expected %r got %r" % (exp["applications"], got["applications"]))
    es, gs = exp["short_pay"], got["short_pay"]
    if (es is None) != (gs is None) or (es and (es["invoice_id"], es["amount"]) != (gs["invoice_id"], gs["amount"])):
        diffs.append("short_pay: expected %r got %r" % (es, gs))
    if [c["invoice_ids"] for c in exp["candidates"]] != [c["invoice_ids"] for c in got["candidates"]]:
        diffs.append("candidates: expected %r got %r" % (exp["candidates"], got["candidates"]))
    if ("error" in exp) != ("error" in got):
        diffs.append("error presence differs")
    return diffs


# ---------------------------------------------------------------- invariants
def check_all(invoices, payments, labels):
    problems = []
    P = problems.append
    ids = [i["id"] for i in invoices]
    if len(set(ids)) != len(ids):
        P("duplicate invoice ids")
    nums = [i["number"] for i in invoices]
    if len(set(nums)) != len(nums):
        P("duplicate invoice numbers")
    for i in invoices:
        if list(i.keys()) != INV_KEYS:
            P("invoice %s keys %r" % (i.get("id"), list(i.keys())))
        if i["currency"] not in CURRENCIES:
            P("invoice %s currency" % i["id"])
        t, b = cents(i["total"]), cents(i["balance"])
        if not (AMOUNT_RE.match(i["total"]) and AMOUNT_RE.match(i["balance"]) and 0 < b <= t):
            P("invoice %s total/balance %s/%s" % (i["id"], i["total"], i["balance"]))
        if not i["issue_date"] <= i["due_date"]:
            P("invoice %s dates" % i["id"])
    if len(payments) != len(labels):
        P("payments %d vs labels %d" % (len(payments), len(labels)))
    prev = ""
    for p in payments:
        if list(p.keys()) != PAY_KEYS:
            P("payment %s keys %r" % (p.get("id"), list(p.keys())))
        if isinstance(p.get("date"), str) and DATE_RE.match(p["date"]):
            if p["date"] < prev:
                P("payments not oldest first at %s" % p["id"])
            prev = max(prev, p["date"])
    book = Book(invoices)
    for n, (p, lab) in enumerate(zip(payments, labels)):
        pid = p["id"]
        if lab.get("payment_id") != pid:
            P("label %d payment_id %r != %r" % (n, lab.get("payment_id"), pid))
        for k in LABEL_KEYS:
            if k not in lab:
                P("%s label lacks %s" % (pid, k))
        extra = set(lab) - set(LABEL_KEYS) - {"error"}
        if extra:
            P("%s label extra keys %r" % (pid, extra))
        st = lab["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            P("%s bad status %r" % (pid, st))
        err = validate_payment(p)
        if err:
            if not (st == "review" and not lab["applications"] and not lab["candidates"] and lab.get("error")):
                P("%s bad row not labelled review/error" % pid)
        else:
            if "error" in lab:
                P("%s error on a good row" % pid)
            amt = cents(p["amount"])
            tot = 0
            seen = set()
            for a in lab["applications"]:
                iid = a["invoice_id"]
                if iid not in book.inv:
                    P("%s applies unknown invoice %s" % (pid, iid)); continue
                if iid in seen:
                    P("%s applies %s twice" % (pid, iid))
                seen.add(iid)
                if book.inv[iid]["currency"] != p["currency"]:
                    P("%s currency mismatch on %s" % (pid, iid))
                if not AMOUNT_RE.match(a["amount"]) or cents(a["amount"]) <= 0:
                    P("%s bad application amount %r" % (pid, a["amount"]))
                if cents(a["amount"]) > book.bal[iid]:
                    P("%s takes %s past zero" % (pid, iid))
                tot += cents(a["amount"])
            if not AMOUNT_RE.match(lab["unapplied"]):
                P("%s unapplied %r" % (pid, lab["unapplied"]))
            elif tot + cents(lab["unapplied"]) != amt:
                P("%s applications + unapplied != amount" % pid)
            # status consistency
            if st == "applied" and (not lab["applications"] or cents(lab["unapplied"]) != 0 or lab["short_pay"]):
                P("%s applied inconsistent" % pid)
            if st == "partial":
                left = [a for a in lab["applications"] if book.bal[a["invoice_id"]] - cents(a["amount"]) > 0]
                if not left or cents(lab["unapplied"]) != 0:
                    P("%s partial leaves nothing open" % pid)
                sp = lab["short_pay"]
                if sp and (sp["invoice_id"] not in {a["invoice_id"] for a in left} or not sp.get("reason")
                           or cents(sp["amount"]) != book.bal[sp["invoice_id"]] - sum(
                               cents(a["amount"]) for a in lab["applications"] if a["invoice_id"] == sp["invoice_id"])):
                    P("%s short_pay inconsistent" % pid)
            if st == "unapplied" and cents(lab["unapplied"]) == 0:
                P("%s unapplied status with zero unapplied" % pid)
            if st in ("applied", "unapplied") and lab["short_pay"]:
                P("%s short_pay on %s" % (pid, st))
            if st in ("applied", "partial", "unapplied") and lab["candidates"]:
                P("%s candidates on non-review" % pid)
            if st == "review":
                if lab["applications"] or lab["short_pay"]:
                    P("%s review with applications" % pid)
                K = p.get("customer_id")
                for c in lab["candidates"]:
                    if not c["invoice_ids"]:
                        P("%s empty candidate" % pid)
                    for iid in c["invoice_ids"]:
                        if iid not in book.inv or book.bal[iid] <= 0:
                            P("%s candidate %s not open" % (pid, iid)); continue
                        if book.inv[iid]["currency"] != p["currency"]:
                            P("%s candidate %s wrong currency" % (pid, iid))
                        if K and book.inv[iid]["customer_id"] != K:
                            P("%s candidate %s of another customer" % (pid, iid))
        # rules
        exp = solve(book, p)
        d = same_label(exp, lab)
        if d:
            P("%s (%s) does not follow the rules: %s" % (pid, lab.get("scenario"), "; ".join(d)))
        book.apply(lab if not d else exp)
    return problems


def main():
    load = lambda n: json.load(open(os.path.join(SET_DIR, n), encoding="utf-8"))
    invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
    problems = check_all(invoices, payments, labels)
    for pr in problems[:60]:
        print("PROBLEM:", pr)
    from collections import Counter
    print("invoices %d, payments %d, labels %d" % (len(invoices), len(payments), len(labels)))
    print("status:", dict(Counter(l["status"] for l in labels)))
    if problems:
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
