#!/usr/bin/env python3
"""Verify blind cash-application set 345 (asia_components).

Two layers:
1. Invariants of the contract: shapes, same currency, no invoice past zero,
   applications + unapplied = amount, statuses consistent with their fields,
   candidates are open invoices at that point of the replay.
2. Every label is re-derived from the data alone with the decision rules in
   README.md (implemented below, independently of build.py) and compared.

Labels are replayed in order: a payment can only use what earlier labels left open.
Exit status 0 when everything holds, 1 otherwise. Standard library only.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "asia_components"

# ISO 4217 codes we accept as "a currency" and their minor units.  Only the seven
# invoiced currencies occur in valid rows; the rest exist so that a valid but
# un-invoiced code would not be mistaken for a malformed row.
DECIMALS = {"JPY": 0, "KRW": 0, "TWD": 2, "HKD": 2, "SGD": 2, "THB": 2, "USD": 2,
            "EUR": 2, "GBP": 2, "CNY": 2, "AUD": 2, "CAD": 2, "CHF": 2, "VND": 0,
            "MYR": 2, "IDR": 2, "PHP": 2, "INR": 2, "NZD": 2}
INVOICED = {"JPY", "KRW", "TWD", "HKD", "SGD", "THB", "USD"}
ZENGIN_FEES = {110, 165, 220, 330, 440, 550, 660, 770, 880}   # JPY sender's transfer fees

INVOICE_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total",
                  "balance", "issue_date", "due_date"}
PAYMENT_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id",
                  "reference", "remittance"}
LABEL_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay",
                "candidates", "reason", "scenario", "note"}
STATUSES = {"applied", "partial", "unapplied", "review"}

LEGAL = {"CO", "COMPANY", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION",
         "KK", "K", "GK", "LLC", "LP", "PTE", "PLC", "JSC", "PUBLIC", "PCL", "THE"}

# Deduction vocabulary (after NFKC + upper-casing), in priority order.
CATEGORIES = [
    ("offset", [r"\bOFFSET", r"\bCONTRA\b", r"NETTED AGAINST", "相殺", "상계", "抵銷", "沖銷"]),
    ("part", [r"\bPARTIAL\b", r"\bPART PAYMENT", r"\bINSTAL(L)?MENT", r"BALANCE TO FOLLOW",
              "一部", "分割", "内金", "분할", "부분", "部分", "分期"]),
    ("withholding_tax", [r"\bWHT\b", r"WITHHOLDING", "源泉", "원천", "扣繳", r"\bFCT\b"]),
    ("discount", [r"DISCOUNT", "割引", "値引", "할인", "折扣", "折讓"]),
    ("damaged_goods", [r"DAMAGE", r"DEFECT", r"\bRMA\b", r"\bREJECT", "破損", "不良", "불량",
                       "파손", "損壞", "瑕疵"]),
    ("fx_difference", [r"EXCHANGE RATE", r"\bFX\b", r"RATE DIFFERENCE", "為替", "환율", "환차",
                       "匯率", "匯差"]),
    ("bank_fee", [r"BANK CHARGE", r"BANK FEE", r"\bCHARGES\b", r"TRANSFER FEE", r"REMITTANCE FEE",
                  r"INTERMEDIARY", r"LIFTING", r"NEGOTIATION", r"DISCREPANCY", r"/CHGS/",
                  "手数料", "수수료", "手續費", "匯費"]),
]
CATEGORY_RE = [(name, [re.compile(p) for p in pats]) for name, pats in CATEGORIES]

PREFIXED = re.compile(r"KCT[\s\-_.:#]*([0-9O]{4,8})(?![0-9A-Z])")
BARE = re.compile(r"(?<![0-9])0*(4[0-9]{4})(?![0-9])")

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


# ----------------------------------------------------------------------------- text helpers

def norm(text):
    return unicodedata.normalize("NFKC", text or "").upper()


def mentions(text):
    """Invoice-number-like tokens in normalised text, as ints, first seen first."""
    out = []
    spans = []
    for m in PREFIXED.finditer(text):
        digits = m.group(1).replace("O", "0")
        if digits.strip("0"):
            if int(digits) not in out:
                out.append(int(digits))
            spans.append(m.span())
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    for m in BARE.finditer("".join(chars)):
        if int(m.group(1)) not in out:
            out.append(int(m.group(1)))
    return out


def category(text):
    for name, pats in CATEGORY_RE:
        if any(p.search(text) for p in pats):
            return name
    return None


def core_tokens(name):
    s = norm(name).replace("&", " AND ")
    s = re.sub(r"[^0-9A-Z]+", " ", s)
    return [t for t in s.split() if t not in LEGAL]


def osa(a, b):
    """Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def to_minor(s, cur):
    dec = DECIMALS[cur]
    pat = r"^[0-9]+$" if dec == 0 else r"^[0-9]+\.[0-9]{%d}$" % dec
    if not isinstance(s, str) or not re.match(pat, s):
        raise ValueError("bad amount %r for %s" % (s, cur))
    return int(s.replace(".", ""))


def fmt(minor, cur):
    if DECIMALS[cur] == 0:
        return str(minor)
    return "%d.%02d" % (minor // 100, minor % 100)


def valid_date(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", s):
        return False
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


# ----------------------------------------------------------------------------- ledger state

class Ledger:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: to_minor(i["balance"], i["currency"]) for i in invoices}
        self.num = {i["id"]: int(re.sub(r"\D", "", i["number"])) for i in invoices}
        self.by_num = {n: i for i, n in self.num.items()}
        self.applied = Counter()              # minor units applied in this batch, per invoice
        self.customers = {}
        for i in invoices:
            self.customers.setdefault(i["customer_id"], i["customer_name"])
        self.core = {c: core_tokens(n) for c, n in self.customers.items()}

    def sort_key(self, iid):
        return (self.inv[iid]["due_date"], self.num[iid])

    def open_of(self, cust, cur):
        ids = [i for i, v in self.inv.items()
               if v["customer_id"] == cust and v["currency"] == cur and self.bal[i] > 0]
        return sorted(ids, key=self.sort_key)

    def open_in(self, cur):
        ids = [i for i, v in self.inv.items() if v["currency"] == cur and self.bal[i] > 0]
        return sorted(ids, key=self.sort_key)

    def exact_singles(self, cust, cur, amt, exclude=()):
        pool = self.open_of(cust, cur) if cust else self.open_in(cur)
        return [i for i in pool if self.bal[i] == amt and i not in exclude]

    def name_match(self, payer):
        p = core_tokens(payer or "")
        if not p:
            return None
        exact = [c for c, q in self.core.items() if q == p]
        if exact:
            return exact[0] if len(exact) == 1 else None
        if len(p) < 2 or len("".join(p)) < 10:
            return None
        pref = [c for c, q in self.core.items()
                if len(q) >= len(p) and q[:len(p) - 1] == p[:-1] and q[len(p) - 1].startswith(p[-1])]
        return pref[0] if len(pref) == 1 else None

    def subsets(self, ids, target, limit=6):
        """Non-empty subsets of ids whose balances sum to target (meet in the middle)."""
        half = len(ids) // 2
        a, b = ids[:half], ids[half:]

        def sums(part):
            out = [(0, ())]
            for i in part:
                out += [(s + self.bal[i], t + (i,)) for s, t in out]
            return out
        left = {}
        for s, t in sums(a):
            left.setdefault(s, []).append(t)
        sols = []
        for s, t in sums(b):
            for u in left.get(target - s, ()):
                if u or t:
                    sols.append(tuple(sorted(u + t, key=self.sort_key)))
                    if len(sols) > limit:
                        return sols
        return sols


# ----------------------------------------------------------------------------- decision rules

def decide(p, L):
    """What a careful clerk concludes from the data alone (README, 'Decision rules')."""
    err = None
    if not valid_date(p.get("date")):
        err = "malformed or impossible date %r" % p.get("date")
    cur = p.get("currency")
    if not err and (not isinstance(cur, str) or cur not in DECIMALS):
        err = "missing or invalid currency %r" % cur
    if not err:
        try:
            amt = to_minor(p.get("amount"), cur)
            if amt <= 0:
                err = "amount is zero"
        except ValueError:
            err = "amount %r is not a positive decimal in %s minor units" % (p.get("amount"), cur)
    if err:
        return dict(status="review", apps={}, unapplied=None, short=None, cands=[], error=err,
                    why="bad row")

    text = norm((p.get("reference") or "") + "\n" + (p.get("remittance") or ""))
    C = p.get("customer_id") or L.name_match(p.get("payer_name"))
    ments = mentions(text)
    named = [L.by_num[m] for m in ments if m in L.by_num]
    unknown = [m for m in ments if m not in L.by_num]
    named_open = [i for i in named if L.bal[i] > 0]
    named_paid = [i for i in named if L.bal[i] == 0]
    cat = category(text)
    near_ids = set()

    def review(why, sets):
        named_set = set(named)
        uniq = []
        for s in sets:
            t = tuple(sorted(s, key=L.sort_key))
            if t and t not in uniq:
                uniq.append(t)

        def key(s):
            invs = [L.inv[i] for i in s]
            exact = all(v["currency"] == cur for v in invs) and sum(L.bal[i] for i in s) == amt
            tag = 0 if set(s) <= named_set else (1 if set(s) & near_ids else 2)
            return (0 if exact else 1, tag, len(s), min(v["due_date"] for v in invs),
                    min(L.num[i] for i in s))
        uniq.sort(key=key)
        return dict(status="review", apps={}, unapplied=amt, short=None, cands=uniq[:5],
                    error=None, why=why)

    def done(status, apps, unapplied=0, short=None, why=""):
        return dict(status=status, apps=apps, unapplied=unapplied, short=short, cands=[],
                    error=None, why=why)

    # 1. a number that is not one of our open invoices: never apply on it
    if unknown:
        pool = L.open_of(C, cur) if C else L.open_in(cur)
        near = [i for i in pool if any(osa(str(u), str(L.num[i])) == 1 for u in unknown)]
        near_ids.update(near)
        sets = [[i] for i in near]
        same_named = [i for i in named_open if L.inv[i]["currency"] == cur]
        if same_named:
            sets.append(same_named)
        if C:
            sets += [[i] for i in L.exact_singles(C, cur, amt)]
        return review("reference names an unknown invoice number", sets)

    # 2. nothing named: amount and customer only
    if not named:
        if not C:
            return review("payer not identified", [[i] for i in L.exact_singles(None, cur, amt)])
        sols = L.subsets(L.open_of(C, cur), amt)
        if len(sols) == 1:
            return done("applied", {i: L.bal[i] for i in sols[0]}, why="unique exact set")
        if len(sols) > 1:
            return review("several invoice sets fit the amount", [list(s) for s in sols])
        if cur == "JPY":
            pairs = [(i, f) for i in L.open_of(C, cur) for f in sorted(ZENGIN_FEES)
                     if L.bal[i] - f == amt]
            if len(pairs) == 1:
                i, f = pairs[0]
                return done("partial", {i: amt}, short=(i, f, "bank_fee"),
                            why="invoice less a standard Zengin fee")
            if len(pairs) > 1:
                return review("several invoices fit less a fee", [[i] for i, _ in pairs])
        return done("unapplied", {}, unapplied=amt, why="known customer, fits nothing")

    owners = {L.inv[i]["customer_id"] for i in named}
    if C and owners - {C}:
        return review("reference names another customer's invoice",
                      ([named_open] if named_open else []) +
                      [[i] for i in L.exact_singles(C, cur, amt)])
    owner = C or (next(iter(owners)) if len(owners) == 1 else None)

    # 3. a named invoice this batch already paid
    if named_paid:
        if named_open or not owner:
            return review("mixed or unowned paid invoices", [named_open] if named_open else [])
        ex = L.exact_singles(owner, cur, amt)
        if ex:
            return review("named invoice already paid, another fits", [[i] for i in ex])
        if not C and amt != sum(L.applied[i] for i in named_paid):
            return review("paid invoice named by an unidentified payer", [])
        return done("unapplied", {}, unapplied=amt, why="second payment of a paid invoice")

    same = [i for i in named_open if L.inv[i]["currency"] == cur]
    other = [i for i in named_open if L.inv[i]["currency"] != cur]
    if other:
        return review("currency differs from the named invoices", [same] if same else [other])

    S = sum(L.bal[i] for i in same)
    if amt == S:
        return done("applied", {i: L.bal[i] for i in same}, why="named invoices, exact")
    ex = L.exact_singles(owner, cur, amt, exclude=same) if owner else []
    if amt > S:
        if not C:
            return review("overpayment from an unidentified payer", [same])
        if ex:
            return review("named invoice differs, another fits exactly", [same] + [[i] for i in ex])
        extra = amt - S
        if L.exact_singles(C, cur, extra, exclude=same):
            raise AssertionError("uncovered ambiguity: excess equals another open invoice")
        return done("unapplied", {i: L.bal[i] for i in same}, unapplied=extra, why="overpayment")
    # amt < S
    if cat == "offset":
        return review("netting with an offset against a payable", [same])
    if len(same) == 1:
        x = same[0]
        if cat is None and ex:
            return review("named invoice differs, another fits exactly", [same] + [[i] for i in ex])
        if cat == "part":
            return done("partial", {x: amt}, why="stated part payment")
        if cat:
            return done("partial", {x: amt}, short=(x, S - amt, cat), why="stated deduction")
        if cur == "JPY" and S - amt in ZENGIN_FEES:
            return done("partial", {x: amt}, short=(x, S - amt, "bank_fee"), why="Zengin fee")
        if C:
            return done("partial", {x: amt}, short=(x, S - amt, "unexplained"), why="short")
        return review("unexplained shortfall from an unidentified payer", [same])
    attributed = {}
    for line in text.split("\n"):
        lc = category(line)
        if lc in (None, "part", "offset"):
            continue
        hit = [L.by_num[m] for m in mentions(line) if m in L.by_num and L.by_num[m] in same]
        if len(hit) == 1:
            attributed[hit[0]] = lc
    if len(attributed) == 1:
        x, lc = next(iter(attributed.items()))
        short = S - amt
        if short < L.bal[x]:
            apps = {i: L.bal[i] for i in same}
            apps[x] = L.bal[x] - short
            return done("partial", apps, short=(x, short, lc), why="deduction on one line")
    return review("several invoices short, deduction not attributable", [same])


# ----------------------------------------------------------------------------- invariants

def check_invoices(invoices):
    ids, nums = set(), set()
    for v in invoices:
        tag = "invoice %s" % v.get("id")
        if set(v) != INVOICE_FIELDS:
            problem("%s: fields %s" % (tag, sorted(set(v) ^ INVOICE_FIELDS)))
            continue
        if v["id"] in ids or v["number"] in nums:
            problem("%s: duplicate id or number" % tag)
        ids.add(v["id"])
        nums.add(v["number"])
        if v["currency"] not in INVOICED:
            problem("%s: currency %s" % (tag, v["currency"]))
            continue
        try:
            t, b = to_minor(v["total"], v["currency"]), to_minor(v["balance"], v["currency"])
            if not 0 < b <= t:
                problem("%s: balance %s total %s" % (tag, v["balance"], v["total"]))
        except ValueError as e:
            problem("%s: %s" % (tag, e))
        if not (valid_date(v["issue_date"]) and valid_date(v["due_date"])
                and v["issue_date"] <= v["due_date"]):
            problem("%s: dates" % tag)
        if not re.match(r"^KCT-\d{7}$", v["number"]):
            problem("%s: number format %s" % (tag, v["number"]))
        if re.search(r"\d{4}", v["id"]):
            problem("%s: id looks like a number" % tag)


def check_payments(payments):
    seen, last = set(), ""
    for p in payments:
        if set(p) != PAYMENT_FIELDS:
            problem("payment %s: fields %s" % (p.get("id"), sorted(set(p) ^ PAYMENT_FIELDS)))
        if p.get("id") in seen:
            problem("payment %s: duplicate id" % p.get("id"))
        seen.add(p.get("id"))
        if valid_date(p.get("date")):
            if p["date"] < last:
                problem("payment %s: not oldest first" % p["id"])
            last = p["date"]


def as_minor_or_none(s, cur):
    if s is None:
        return None
    return to_minor(s, cur)


def check_label(p, lab, L, got):
    tag = "payment %s" % p["id"]
    if set(lab) - {"error"} != LABEL_FIELDS:
        problem("%s: label fields %s" % (tag, sorted((set(lab) - {"error"}) ^ LABEL_FIELDS)))
        return
    if lab["payment_id"] != p["id"]:
        problem("%s: label out of order (%s)" % (tag, lab["payment_id"]))
        return
    st = lab["status"]
    if st not in STATUSES:
        problem("%s: status %s" % (tag, st))
        return
    bad = got["error"] is not None
    if bad != ("error" in lab):
        problem("%s: error present=%s, rules say bad row=%s" % (tag, "error" in lab, bad))
    if bad:
        if st != "review" or lab["applications"] or lab["candidates"] or lab["short_pay"] \
                or lab["unapplied"] is not None:
            problem("%s: a bad row must be review with nothing applied and no candidates" % tag)
        return
    cur = p["currency"]
    amt = to_minor(p["amount"], cur)
    apps = {}
    for a in lab["applications"]:
        iid = a["invoice_id"]
        if iid not in L.inv:
            problem("%s: unknown invoice %s" % (tag, iid))
            return
        if L.inv[iid]["currency"] != cur:
            problem("%s: currency differs on %s" % (tag, iid))
        m = to_minor(a["amount"], cur)
        if m <= 0 or m > L.bal[iid]:
            problem("%s: application %s on %s past zero (balance %s)" % (tag, a["amount"], iid,
                                                                         L.bal[iid]))
        if iid in apps:
            problem("%s: invoice applied twice" % tag)
        apps[iid] = m
    un = as_minor_or_none(lab["unapplied"], cur)
    if un is None or sum(apps.values()) + un != amt:
        problem("%s: applications + unapplied != amount" % tag)
    left_open = [i for i, m in apps.items() if m < L.bal[i]]
    sp = lab["short_pay"]
    if st == "applied" and (un or left_open or sp or lab["candidates"]):
        problem("%s: applied must close every listed invoice and leave nothing" % tag)
    if st == "partial":
        if un or len(left_open) != 1 or lab["candidates"]:
            problem("%s: partial must leave exactly one invoice open, nothing unapplied" % tag)
        if sp and (sp["invoice_id"] not in left_open or
                   to_minor(sp["amount"], cur) != L.bal[sp["invoice_id"]] - apps[sp["invoice_id"]]):
            problem("%s: short_pay must name the invoice left open and its remainder" % tag)
    if st == "unapplied" and (un <= 0 or left_open or sp or lab["candidates"]):
        problem("%s: unapplied status inconsistent" % tag)
    if st == "review":
        if apps or sp or un != amt:
            problem("%s: review applies nothing" % tag)
        for c in lab["candidates"]:
            for iid in c["invoice_ids"]:
                if iid not in L.inv or L.bal[iid] <= 0:
                    problem("%s: candidate %s is not an open invoice" % (tag, iid))
            custs = {L.inv[i]["customer_id"] for i in c["invoice_ids"] if i in L.inv}
            curs = {L.inv[i]["currency"] for i in c["invoice_ids"] if i in L.inv}
            if len(curs) != 1 or (curs != {cur} and lab["scenario"] != "currency_mismatch"):
                problem("%s: candidate set currency %s" % (tag, curs))
            if len(custs) != 1 and not lab["scenario"].startswith("netting"):
                problem("%s: candidate set spans customers %s" % (tag, custs))
    elif lab["candidates"]:
        problem("%s: candidates only on review" % tag)

    # ---- the label must be what the rules conclude
    if st != got["status"]:
        problem("%s [%s]: status %s, rules say %s (%s)" % (tag, lab["scenario"], st,
                                                         got["status"], got["why"]))
        return
    if apps != got["apps"]:
        problem("%s [%s]: applications %s, rules say %s" % (tag, lab["scenario"], apps, got["apps"]))
    if un != got["unapplied"]:
        problem("%s [%s]: unapplied %s, rules say %s" % (tag, lab["scenario"], un, got["unapplied"]))
    gs = got["short"]
    if (sp is None) != (gs is None):
        problem("%s [%s]: short_pay %s, rules say %s" % (tag, lab["scenario"], sp, gs))
    elif sp:
        if sp["invoice_id"] != gs[0] or to_minor(sp["amount"], cur) != gs[1] \
                or not sp["reason"].startswith(gs[2]):
            problem("%s [%s]: short_pay %s, rules say %s" % (tag, lab["scenario"], sp, gs))
    cands = [tuple(sorted(c["invoice_ids"], key=L.sort_key)) for c in lab["candidates"]]
    if cands != got["cands"]:
        problem("%s [%s]: candidates %s, rules say %s" % (tag, lab["scenario"], cands, got["cands"]))


def main():
    base = os.path.join(HERE, SET)
    invoices = json.load(open(os.path.join(base, "invoices.json"), encoding="utf-8"))
    payments = json.load(open(os.path.join(base, "payments.json"), encoding="utf-8"))
    labels = json.load(open(os.path.join(base, "labels.json"), encoding="utf-8"))
    check_invoices(invoices)
    check_payments(payments)
    if len(labels) != len(payments):
        problem("labels %d != payments %d" % (len(labels), len(payments)))
    L = Ledger(invoices)
    statuses, scenarios = Counter(), Counter()
    for p, lab in zip(payments, labels):
        try:
            got = decide(p, L)
        except AssertionError as e:
            problem("payment %s: %s" % (p["id"], e))
            continue
        check_label(p, lab, L, got)
        statuses[lab["status"]] += 1
        scenarios[lab["scenario"]] += 1
        if "error" not in lab:
            for a in lab["applications"]:
                m = to_minor(a["amount"], p["currency"])
                L.bal[a["invoice_id"]] -= m
                L.applied[a["invoice_id"]] += m
    n_bad = sum(1 for lab in labels if "error" in lab)
    part_paid = sum(1 for v in invoices if v["balance"] != v["total"])
    print("invoices %d (part-paid %d), payments %d, bad rows %d" % (len(invoices), part_paid,
                                                                  len(payments), n_bad))
    print("statuses: " + ", ".join("%s %d" % kv for kv in sorted(statuses.items())))
    for k, v in sorted(scenarios.items()):
        print("  %-28s %3d" % (k, v))
    if not 1200 <= len(invoices) <= 1600:
        problem("invoice count %d outside 1200-1600" % len(invoices))
    if len(payments) != 400:
        problem("payment count %d != 400" % len(payments))
    if PROBLEMS:
        print("\n%d PROBLEM(S):" % len(PROBLEMS))
        for m in PROBLEMS[:80]:
            print("  " + m)
        return 1
    print("OK: every invariant holds and every label follows from the decision rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
