#!/usr/bin/env python3
"""Blind cash-application set 361 (nordic_fishing_gear): replay and verify.

Replays labels.json in order against invoices.json and payments.json, checks
every contract invariant, and re-derives each expected entry from the decision
rules written down in README.md (function `decide`).  Exits 1 on any problem.

Standard library only.  build.py imports `decide` from here so that the data
is generated against the very rules this file verifies.
"""
import datetime
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "nordic_fishing_gear")

# currency -> number of minor-unit decimals
CURRENCIES = {"NOK": 2, "SEK": 2, "DKK": 2, "EUR": 2, "PLN": 2, "ISK": 0}
INVOICE_FIELDS = {"id", "number", "customer_id", "customer_name", "currency",
                  "total", "balance", "issue_date", "due_date"}
PAYMENT_FIELDS = {"id", "date", "amount", "currency", "payer_name",
                  "customer_id", "reference", "remittance"}
UNEXPLAINED_MAX = 0.10   # an unexplained shortfall up to 10 % of the balance is a short pay
NAME_PREFIX_MIN = 12     # bank-truncated payer names: folded prefix of at least 12 chars


# ---------------------------------------------------------------- money
def to_minor(s, cur):
    if CURRENCIES[cur] == 0:
        return int(s)
    a, b = s.split(".")
    return int(a) * 100 + int(b)


def fmt(m, cur):
    if CURRENCIES[cur] == 0:
        return str(m)
    return "%d.%02d" % (m // 100, m % 100)


# ---------------------------------------------------------------- row validation
def validate(p):
    d = p.get("date")
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return "malformed date"
    try:
        datetime.date.fromisoformat(d)
    except ValueError:
        return "malformed date"
    cur = p.get("currency")
    if cur is None or cur == "":
        return "missing currency"
    if cur not in CURRENCIES:
        return "invalid currency"
    a = p.get("amount")
    if not isinstance(a, str) or a.strip() == "":
        return "missing or non-numeric amount"
    if re.fullmatch(r"-\s*\d+(\.\d+)?", a):
        return "negative amount"
    pat = r"\d+" if CURRENCIES[cur] == 0 else r"\d+\.\d{2}"
    if not re.fullmatch(pat, a):
        return "non-numeric amount"
    if to_minor(a, cur) == 0:
        return "zero amount"
    return None


# ---------------------------------------------------------------- names
SPECIAL = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "å": "a", "Å": "A", "ð": "d",
           "Ð": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L", "ß": "ss"}
LEGAL = {"AS", "ASA", "SA", "AB", "APS", "HF", "EHF", "OY", "OYJ", "OU", "SIA",
         "UAB", "SP", "Z", "O", "A", "S", "P", "F", "EK", "FOR", "AMBA", "SMBA",
         "IS", "I", "K"}


def fold(name):
    s = "".join(SPECIAL.get(c, c) for c in name or "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    s = s.replace("AA", "A").replace("AE", "A").replace("OE", "O")
    toks = [t for t in re.sub(r"[^A-Z0-9]+", " ", s).split() if t not in LEGAL]
    return " ".join(toks)


# ---------------------------------------------------------------- references
def digit_runs(text):
    """Digit runs; groups joined by a single space or hyphen are tried both
    joined ("48 213" -> "48213") and one by one ("48213 48214")."""
    out = []
    for m in re.finditer(r"\d+(?:[ -]\d+)*", text or ""):
        groups = re.split(r"[ -]", m.group())
        out.append("".join(groups))
        if len(groups) > 1:
            out.extend(groups)
    return out


def extract_refs(text, by_core):
    """Invoice numbers named in free text, in order of appearance.
    A run names invoice NFG-0048213 when it is 48213 with or without leading
    zeros (up to 7 digits), or when a long (>= 10 digit) KID/OCR/FI/RF
    reference contains the 7-digit form 0048213."""
    found = []
    for run in digit_runs(text):
        hits = []
        if len(run) <= 7:
            core = run.lstrip("0")
            if core in by_core:
                hits.append(by_core[core])
        elif len(run) >= 10:
            for i in range(len(run) - 6):
                sub = run[i:i + 7]
                if sub.startswith("00") and sub.lstrip("0") in by_core:
                    hits.append(by_core[sub.lstrip("0")])
        for h in hits:
            if h not in found:
                found.append(h)
    return found


KEYWORDS = {
    "part": r"delbetal|part[- ]?payment|partial payment|instal+ment|afdrag|avdrag|a[ -]conto|"
            r"innborgun|osamaksu|osamakse|daļējs maksājums|dalinis mokėjimas|częściowa wpłata|\brata\b",
    "bank fee": r"bank ?charges|bank ?fee|bankgebyr|gebyr|bankavgift|opłata bankowa|prowizja|"
                r"bankakostnað|pankkikulu|teenustasu|komisinis",
    "withholding tax": r"withholding|kildeskat|källskatt|podatek u źródła|\bwht\b|lähdevero",
    "early-payment discount": r"skonto|kontantrabat|kassarabatt|early[- ]payment discount|"
                              r"cash discount|staðgreiðsluafsl|käteisalennus|rabat za wcześniejszą",
    "damaged goods": r"damaged|skadet|skadad|beskadig|uszkodz|skemmd|vaurioitu|reklamasjon|"
                     r"reklamation|reklamacj|credit note",
    "fx shortfall": r"exchange rate|fx difference|\bfx\b|valutakurs|kursdifferan|kursdifferens|"
                    r"gengismun|różnica kursowa|currency conversion|valuuttakurssi",
}
DEDUCTIONS = [k for k in KEYWORDS if k != "part"]


def classify(text):
    t = (text or "").lower()
    return {k for k, rx in KEYWORDS.items() if re.search(rx, t)}


# ---------------------------------------------------------------- subsets
def find_subsets(invs, bal, target, limit=6):
    """Sets of the given invoices whose balances add up to target exactly
    (meet in the middle; exact up to `limit` results)."""
    invs = [i for i in invs if bal[i["id"]] > 0]
    half = len(invs) // 2
    A, B = invs[:half], invs[half:]

    def sums(items):
        d = {}
        for r in range(len(items) + 1):
            for combo in itertools.combinations(range(len(items)), r):
                s = sum(bal[items[k]["id"]] for k in combo)
                if s <= target:
                    d.setdefault(s, []).append(combo)
        return d
    sa, sb = sums(A), sums(B)
    res = []
    for s, combos in sa.items():
        if target - s in sb:
            for ca in combos:
                for cb in sb[target - s]:
                    if ca or cb:
                        res.append([A[k] for k in ca] + [B[k] for k in cb])
                        if len(res) >= limit:
                            return res
    return res


def set_key(s):
    return (len(s), min(i["due_date"] for i in s), sorted(i["number"] for i in s))


# ---------------------------------------------------------------- decision rules
class Ledger:
    def __init__(self, invoices):
        self.invoices = invoices
        self.by_id = {i["id"]: i for i in invoices}
        self.by_core = {str(int(i["number"].split("-")[1])): i for i in invoices}
        self.bal = {i["id"]: to_minor(i["balance"], i["currency"]) for i in invoices}
        self.customers = {}
        for i in invoices:
            self.customers.setdefault(i["customer_id"], i["customer_name"])
        self.folded = {cid: fold(n) for cid, n in self.customers.items()}

    def resolve(self, p):
        """Customer of a payment: its customer_id, else a payer name that folds
        to one customer's name, or to a prefix (>= 12 chars) of exactly one."""
        cid = p.get("customer_id")
        if cid:
            return cid if cid in self.customers else None
        f = fold(p.get("payer_name") or "")
        if not f:
            return None
        exact = [c for c, n in self.folded.items() if n == f]
        if len(exact) == 1:
            return exact[0]
        if len(f) >= NAME_PREFIX_MIN:
            pre = [c for c, n in self.folded.items() if n.startswith(f)]
            if len(pre) == 1:
                return pre[0]
        return None

    def open_of(self, cid, cur):
        return [i for i in self.invoices if i["customer_id"] == cid
                and i["currency"] == cur and self.bal[i["id"]] > 0]

    def apply(self, apps):
        for a in apps:
            inv = self.by_id[a["invoice_id"]]
            self.bal[inv["id"]] -= to_minor(a["amount"], inv["currency"])


def _entry(p, status, apps=(), unapplied=None, short=None, cands=(), reason="", error=None):
    cur = p.get("currency")
    e = {"payment_id": p["id"], "status": status,
         "applications": [{"invoice_id": i["id"], "amount": fmt(m, cur)} for i, m in apps],
         "unapplied": None if unapplied is None else fmt(unapplied, cur),
         "short_pay": short, "candidates": [{"invoice_ids": [i["id"] for i in s]} for s in cands],
         "reason": reason}
    if error:
        e["error"] = error
    return e


def decide(p, L):
    err = validate(p)
    if err:
        return _entry(p, "review", reason="bad row: " + err, error=err)
    cur = p["currency"]
    amt = to_minor(p["amount"], cur)
    bal = L.bal
    text = (p.get("reference") or "") + "\n" + (p.get("remittance") or "")
    refs = extract_refs(text, L.by_core)
    cust = L.resolve(p)

    def review(cands, why):
        return _entry(p, "review", unapplied=amt, cands=cands, reason=why)

    def exact_singles(pool):
        return sorted([[i] for i in pool if bal[i["id"]] == amt], key=set_key)

    if cust is None:
        open_refs = [r for r in refs if r["currency"] == cur and bal[r["id"]] > 0]
        if refs:
            same = len({r["customer_id"] for r in refs}) == 1 and len(open_refs) == len(refs)
            if same and sum(bal[r["id"]] for r in refs) == amt:
                return _entry(p, "applied", [(r, bal[r["id"]]) for r in refs], 0,
                              reason="unknown payer, but reference names the invoice(s) and the amount is their exact balance")
            return review([open_refs] if open_refs else [],
                          "payer not identified and amount differs from the referenced invoice(s)")
        pool = [i for i in L.invoices if i["currency"] == cur and bal[i["id"]] > 0]
        return review(exact_singles(pool), "payer not identified and no invoice reference")

    own = [r for r in refs if r["customer_id"] == cust]
    other = [r for r in refs if r["customer_id"] != cust]
    own_open_cur = L.open_of(cust, cur)
    if other:
        oc = [r for r in other if r["currency"] == cur and bal[r["id"]] > 0]
        exact = bool(oc) and sum(bal[r["id"]] for r in oc) == amt
        cands = ([oc] if exact else []) + exact_singles(own_open_cur) + ([oc] if oc and not exact else [])
        return review(cands, "reference names another customer's invoice")
    if own:
        own_cur = [r for r in own if r["currency"] == cur]
        if not own_cur:
            return review([[r for r in own if bal[r["id"]] > 0]] if any(bal[r["id"]] > 0 for r in own) else [],
                          "payment currency differs from the referenced invoice's currency")
        if len(own_cur) != len(own):
            return review([[r for r in own_cur if bal[r["id"]] > 0]], "reference mixes currencies")
        opn = [r for r in own_cur if bal[r["id"]] > 0]
        if not opn:
            return _entry(p, "unapplied", [], amt,
                          reason="referenced invoice already paid: second payment held on account")
        if len(opn) != len(own_cur):
            return review([opn], "reference mixes paid and open invoices")
        S = sum(bal[r["id"]] for r in opn)
        if amt == S:
            return _entry(p, "applied", [(r, bal[r["id"]]) for r in opn], 0,
                          reason="reference and exact balance")
        if amt > S:
            return _entry(p, "unapplied", [(r, bal[r["id"]]) for r in opn], amt - S,
                          reason="overpayment: referenced invoice(s) paid in full, remainder held")
        kinds = classify(text)
        if len(opn) == 1:
            inv = opn[0]
            b = bal[inv["id"]]
            if kinds == {"part"}:
                return _entry(p, "partial", [(inv, amt)], 0, reason="stated part payment")
            if len(kinds) == 1 and kinds <= set(DEDUCTIONS):
                k = next(iter(kinds))
                return _entry(p, "partial", [(inv, amt)], 0,
                              {"invoice_id": inv["id"], "amount": fmt(b - amt, cur), "reason": k},
                              reason="short pay with stated deduction: " + k)
            if not kinds and (b - amt) <= UNEXPLAINED_MAX * b:
                return _entry(p, "partial", [(inv, amt)], 0,
                              {"invoice_id": inv["id"], "amount": fmt(b - amt, cur),
                               "reason": "unexplained shortfall"},
                              reason="reference names the invoice; small unexplained shortfall")
            return review([[inv]], "amount below the referenced balance without a clear reason")
        # several referenced invoices, paid short
        if len(kinds) == 1 and kinds <= set(DEDUCTIONS):
            lines = re.split(r"[\n;]", text)
            marked = []
            for ln in lines:
                lr = [r for r in extract_refs(ln, L.by_core) if r in opn]
                if len(lr) == 1 and classify(ln) & kinds and lr[0] not in marked:
                    marked.append(lr[0])
            if len(marked) == 1:
                d = marked[0]
                rest = amt - sum(bal[r["id"]] for r in opn if r is not d)
                if 0 < rest < bal[d["id"]]:
                    k = next(iter(kinds))
                    apps = [(r, bal[r["id"]]) if r is not d else (r, rest) for r in opn]
                    return _entry(p, "partial", apps, 0,
                                  {"invoice_id": d["id"], "amount": fmt(bal[d["id"]] - rest, cur), "reason": k},
                                  reason="listed invoices, one short paid with stated deduction: " + k)
        return review([opn], "listed invoices do not add up to the amount")
    # known customer, no usable invoice reference
    subs = find_subsets(own_open_cur, bal, amt)
    if len(subs) == 1:
        s = sorted(subs[0], key=lambda i: i["number"])
        return _entry(p, "applied", [(i, bal[i["id"]]) for i in s], 0,
                      reason="no reference; the only open invoice set of this customer with exactly this balance")
    if not subs:
        return _entry(p, "unapplied", [], amt, reason="known customer; amount fits no open invoice")
    return review(sorted(subs, key=set_key), "several open invoice sets of this customer match the amount")


# ---------------------------------------------------------------- replay
def norm_entry(e):
    return {"status": e["status"],
            "applications": sorted((a["invoice_id"], a["amount"]) for a in e["applications"]),
            "unapplied": e["unapplied"], "short_pay": e["short_pay"],
            "candidates": [sorted(c["invoice_ids"]) for c in e["candidates"]],
            "error": e.get("error")}


def main():
    inv = json.load(open(os.path.join(SET, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(SET, "payments.json"), encoding="utf-8"))
    labels = json.load(open(os.path.join(SET, "labels.json"), encoding="utf-8"))
    problems = []

    def bad(msg):
        problems.append(msg)

    ids, nums = set(), set()
    for i in inv:
        if set(i) != INVOICE_FIELDS:
            bad("invoice fields %s" % i.get("id"))
        if i["id"] in ids or i["number"] in nums:
            bad("duplicate invoice id/number %s" % i["id"])
        ids.add(i["id"]); nums.add(i["number"])
        c = i["currency"]
        pat = r"\d+" if CURRENCIES[c] == 0 else r"\d+\.\d{2}"
        if not (re.fullmatch(pat, i["total"]) and re.fullmatch(pat, i["balance"])):
            bad("invoice amount format %s" % i["id"])
        elif not 0 < to_minor(i["balance"], c) <= to_minor(i["total"], c):
            bad("invoice balance not open or above total %s" % i["id"])
        if not i["issue_date"] <= i["due_date"]:
            bad("due before issue %s" % i["id"])
    if not 1200 <= len(inv) <= 1600:
        bad("invoice count %d" % len(inv))
    if len(pays) != 400 or len(labels) != len(pays):
        bad("payments %d labels %d" % (len(pays), len(labels)))

    L = Ledger(inv)
    last_date = ""
    for n, (p, lab) in enumerate(zip(pays, labels)):
        where = "#%d %s" % (n, p["id"])
        if set(p) != PAYMENT_FIELDS:
            bad(where + " payment fields")
        if lab["payment_id"] != p["id"]:
            bad(where + " label order")
        for k in ("scenario", "note", "reason"):
            if not lab.get(k):
                bad(where + " label lacks " + k)
        err = validate(p)
        if not err:
            if p["date"] < last_date:
                bad(where + " payments not oldest first")
            last_date = p["date"]
        exp = decide(p, L)
        if norm_entry(exp) != norm_entry(lab):
            bad(where + " label does not follow the rules:\n  label %s\n  rules %s"
                % (norm_entry(lab), norm_entry(exp)))
            continue
        # ---- contract invariants, checked on the label itself
        st = lab["status"]
        if err:
            if st != "review" or lab["applications"] or lab["candidates"] or not lab.get("error"):
                bad(where + " bad row must be review, empty, with error")
            continue
        if lab.get("error"):
            bad(where + " error on a good row")
        cur = p["currency"]
        amt = to_minor(p["amount"], cur)
        total = 0
        for a in lab["applications"]:
            i = L.by_id.get(a["invoice_id"])
            if i is None or i["currency"] != cur:
                bad(where + " application to unknown / other-currency invoice")
                continue
            m = to_minor(a["amount"], cur)
            if not 0 < m <= L.bal[i["id"]]:
                bad(where + " application takes invoice past zero")
            total += m
        un = to_minor(lab["unapplied"], cur)
        if total + un != amt:
            bad(where + " applications + unapplied != amount")
        apps = lab["applications"]
        if st == "applied" and (un or not apps or lab["short_pay"] or lab["candidates"]):
            bad(where + " applied inconsistent")
        if st == "partial":
            left = [a for a in apps if L.bal[a["invoice_id"]] - to_minor(a["amount"], cur) > 0]
            if un or not apps or not left or lab["candidates"]:
                bad(where + " partial inconsistent")
            sp = lab["short_pay"]
            if sp and (sp["invoice_id"] not in [a["invoice_id"] for a in left] or
                       to_minor(sp["amount"], cur) != L.bal[sp["invoice_id"]] -
                       sum(to_minor(a["amount"], cur) for a in apps if a["invoice_id"] == sp["invoice_id"])):
                bad(where + " short_pay inconsistent")
        if st == "unapplied" and (un <= 0 or lab["short_pay"] or lab["candidates"]):
            bad(where + " unapplied inconsistent")
        if st == "review":
            if apps or un != amt or lab["short_pay"]:
                bad(where + " review inconsistent")
            cust = L.resolve(p)
            text = (p.get("reference") or "") + "\n" + (p.get("remittance") or "")
            refs = extract_refs(text, L.by_core)
            ok_cust = {cust} | {r["customer_id"] for r in refs} if cust else None
            for c in lab["candidates"]:
                for iid in c["invoice_ids"]:
                    i = L.by_id[iid]
                    if L.bal[iid] <= 0:
                        bad(where + " candidate not open")
                    if ok_cust and i["customer_id"] not in ok_cust:
                        bad(where + " candidate of an unrelated customer")
                    if i["currency"] != cur and i not in refs:
                        bad(where + " candidate in another currency and not referenced")
        if st != "review" and lab["candidates"]:
            bad(where + " candidates on a decided row")
        L.apply(apps)

    counts = Counter(l["scenario"] for l in labels)
    stats = Counter(l["status"] for l in labels)
    print("scenarios:")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print("  %-28s %d" % (k, v))
    print("statuses:", dict(stats))
    print("invoices:", len(inv), "payments:", len(pays))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for m in problems[:50]:
            print(" -", m)
        sys.exit(1)
    print("OK: every label follows the rules and all invariants hold")


if __name__ == "__main__":
    main()
