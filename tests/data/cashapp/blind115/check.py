#!/usr/bin/env python3
"""Replay labels for set 417 and verify invariants and decision rules.

Standard library only.  Usage: python3 check.py [folder]
The decision rules are implemented in `decide()`; build.py imports them to
confirm each scenario it writes says what the rules say.
"""
import datetime
import itertools
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN_CCY = {"GBP", "EUR", "USD", "CHF", "PLN", "SEK", "NOK", "DKK", "CAD", "AUD", "JPY"}
INVOICED_MINOR = {"GBP": 2, "EUR": 2, "USD": 2}
INV_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
PAY_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LEGAL = {"LTD", "LIMITED", "PLC", "DAC", "CLG", "LLP", "UC"}
MAX_CANDIDATES = 5

# --- stated reasons (scanned in reference + remittance only) -------------
CATEGORY_PATTERNS = [
    ("part_payment", r"\bPART[ -]?PAY(?:MENT|T)?\b|\bON ACCOUNT\b|\bINSTAL+MENT\b|\bPAYMENT \d+ OF \d+\b"),
    ("bank_fee", r"\bBANK (?:CHARGES?|CHGS|FEES?)\b"),
    ("cis_deduction", r"\bCIS\b"),
    ("withholding_tax", r"\bRCT\b|\bWITHHOLDING\b|\bWHT\b"),
    ("early_payment_discount", r"\bDISCOUNT\b|\bSETT(?:LEMENT)? DISC\b"),
    ("damaged_goods", r"\bDAMAGED\b|\bDEFECTIVE\b"),
    ("retention", r"\bRETENTION\b(?! RELEASE)"),
    ("contra_charge", r"\bCONTRA\b"),
    ("pay_less_notice", r"\bPAY ?LESS\b"),
    ("fx_shortfall", r"\bFX\b|\bEXCHANGE\b|\bCONVERSION\b"),
]


def cents(s):
    return int((Decimal(s) * 100).to_integral_value())


def fmt(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (sign, c // 100, c % 100)


def norm_name(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).upper()
    s = s.replace("&", " AND ").replace("'", "").replace("\u2019", "")
    toks = [t for t in re.split(r"[^A-Z0-9]+", s) if t and t not in LEGAL]
    return " ".join(toks)


def validate(p):
    """Return an error string for a bad row, else None."""
    a = p.get("amount")
    if not isinstance(a, str) or not re.fullmatch(r"-?\d+(?:\.\d+)?", a or ""):
        return "amount is not a number"
    if a.startswith("-"):
        return "amount is negative"
    c = p.get("currency")
    if c is None or c == "":
        return "currency missing"
    if not isinstance(c, str) or c not in KNOWN_CCY:
        return "currency invalid"
    dec = a.split(".")[1] if "." in a else ""
    if len(dec) != INVOICED_MINOR.get(c, 2) or Decimal(a) == 0:
        return "amount not in currency minor units" if Decimal(a) != 0 else "amount is zero"
    d = p.get("date")
    try:
        if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            raise ValueError
        datetime.date.fromisoformat(d)
    except ValueError:
        return "date malformed"
    return None


def number_tokens(text):
    """Digit strings that may be invoice numbers (prefix stripped, OCR mapped)."""
    out = []
    if not text:
        return out
    for tok in re.findall(r"[A-Z0-9]+", text.upper()):
        r = re.sub(r"^[I1L]NV", "", tok)
        if 5 <= len(r) <= 7 and re.fullmatch(r"[0-9OILSBZ]+", r) and sum(ch.isdigit() for ch in r) >= 4:
            out.append(r.translate(str.maketrans("OILSBZ", "011582")))
    return out


def near_miss(a, b):
    """One substituted digit or one adjacent transposition (same length)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return True
    return False


def categories(p):
    text = " ".join(x for x in (p.get("reference"), p.get("remittance")) if x).upper()
    return [name for name, pat in CATEGORY_PATTERNS if re.search(pat, text)]


class Book:
    """Invoices plus running balances (cents)."""

    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: cents(i["balance"]) for i in invoices}
        self.by_core = {}
        for i in invoices:
            core = int(re.sub(r"\D", "", i["number"]))
            self.by_core.setdefault(core, []).append(i["id"])
        self.min_core = min(self.by_core)
        self.max_core = max(self.by_core)
        self.cust_names = {}
        self.cust_inv = {}
        for i in invoices:
            self.cust_names[i["customer_id"]] = i["customer_name"]
            self.cust_inv.setdefault(i["customer_id"], []).append(i["id"])
        self.norm = {c: norm_name(n) for c, n in self.cust_names.items()}

    def key(self, iid):
        i = self.inv[iid]
        return (i["due_date"], i["number"])

    def open_of(self, cust, ccy):
        return sorted([i for i in self.cust_inv.get(cust, []) if self.bal[i] > 0 and self.inv[i]["currency"] == ccy], key=self.key)

    def resolve_name(self, payer):
        n = norm_name(payer)
        if not n:
            return None
        exact = [c for c, cn in self.norm.items() if cn == n]
        if len(exact) == 1:
            return exact[0]
        if len(n) >= 10:
            pre = [c for c, cn in self.norm.items() if cn.startswith(n)]
            if len(pre) == 1:
                return pre[0]
        return None

    def combos(self, ids, amt, lo=2, hi=4, cap=6):
        found = []
        vals = [(i, self.bal[i]) for i in ids]
        for k in range(lo, min(hi, len(vals)) + 1):
            for comb in itertools.combinations(vals, k):
                if sum(v for _, v in comb) == amt:
                    found.append([i for i, _ in comb])
                    if len(found) >= cap:
                        return found
        return found


def read_refs(book, p):
    """Referenced invoice ids (order of appearance) and unmatched number-like tokens."""
    refs, unmatched = [], []
    text = "\n".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    for d in number_tokens(text):
        core = int(d)
        if core in book.by_core:
            for iid in book.by_core[core]:
                if iid not in refs:
                    refs.append(iid)
        elif book.min_core - 1000 <= core <= book.max_core + 1000 and len(str(core)) == len(str(book.max_core)):
            if str(core) not in unmatched:
                unmatched.append(str(core))
    return refs, unmatched


def candidate_sets(book, p, cust, refs, near):
    ccy, amt = p["currency"], cents(p["amount"])
    sets = []
    ropen = [r for r in refs if book.bal[r] > 0 and book.inv[r]["currency"] == ccy]
    if ropen:
        sets.append(ropen)
    if cust:
        scope = [cust]
    elif refs:
        scope = sorted({book.inv[r]["customer_id"] for r in refs})
    else:
        scope = sorted(book.cust_inv)
    singles = []
    for c in scope:
        singles += [i for i in book.open_of(c, ccy) if book.bal[i] == amt]
    for i in sorted(singles, key=book.key):
        sets.append([i])
    for i in near:
        sets.append([i])
    if cust:
        for comb in book.combos(book.open_of(cust, ccy), amt, cap=MAX_CANDIDATES):
            sets.append(comb)
    seen, uniq = set(), []
    for s in sets:
        f = frozenset(s)
        if f not in seen:
            seen.add(f)
            uniq.append(s)
    exact = [s for s in uniq if sum(book.bal[i] for i in s) == amt]
    rest = [s for s in uniq if sum(book.bal[i] for i in s) != amt]
    return (exact + rest)[:MAX_CANDIDATES]


def result(status, apps=(), unapplied=0, short=None, cands=(), reason=""):
    return {"status": status, "applications": [{"invoice_id": i, "amount": fmt(a)} for i, a in apps],
            "unapplied": fmt(unapplied), "short_pay": short, "candidates": [list(c) for c in cands], "reason": reason}


def decide(book, p):
    """The decision rules (see README).  Does not change balances."""
    err = validate(p)
    if err:
        r = result("review", reason="bad row: " + err)
        r["error"] = err
        return r
    ccy, amt = p["currency"], cents(p["amount"])
    refs, unmatched = read_refs(book, p)
    cust = p.get("customer_id")
    how = "customer_id"
    if cust is None:
        cust = book.resolve_name(p.get("payer_name"))
        how = "payer name"
    near = []
    if cust and cust in book.cust_inv and not refs:
        for tok in unmatched:
            for i in book.open_of(cust, ccy):
                if near_miss(tok, str(int(re.sub(r"\D", "", book.inv[i]["number"])))) and i not in near:
                    near.append(i)

    def review(why, cands=None):
        c = candidate_sets(book, p, cust, refs, near) if cands is None else cands
        return result("review", unapplied=amt, cands=c, reason=why)

    # ---- payer not identified ---------------------------------------------
    if cust is None:
        if refs:
            owners = {book.inv[r]["customer_id"] for r in refs}
            if len(owners) == 1 and all(book.inv[r]["currency"] == ccy for r in refs) \
                    and all(book.bal[r] > 0 for r in refs) and sum(book.bal[r] for r in refs) == amt:
                return result("applied", [(r, book.bal[r]) for r in refs],
                              reason="payer not on file, but the reference names the invoice(s) and the amount is their exact balance")
            return review("payer not identified and the referenced invoice(s) do not account for the amount exactly")
        return review("payer not identified and no invoice referenced")

    # ---- customer known ---------------------------------------------------
    cust_ccys = {book.inv[i]["currency"] for i in book.cust_inv.get(cust, [])}
    if cust_ccys and ccy not in cust_ccys:
        return review("payment currency %s differs from the customer's invoices (%s)" % (ccy, ",".join(sorted(cust_ccys))), cands=[])
    if refs:
        if any(book.inv[r]["customer_id"] != cust for r in refs):
            return review("reference names an invoice of another customer")
        if any(book.inv[r]["currency"] != ccy for r in refs):
            return review("referenced invoice is in another currency", cands=[])
        paid = [r for r in refs if book.bal[r] == 0]
        opn = [r for r in refs if book.bal[r] > 0]
        if not opn:
            return result("unapplied", unapplied=amt, reason="referenced invoice(s) already paid in full: duplicate payment held on account")
        if paid:
            return review("reference mixes paid and open invoices")
        s = sum(book.bal[r] for r in opn)
        cats = categories(p)
        if amt == s:
            return result("applied", [(r, book.bal[r]) for r in opn], reason="reference and exact balance")
        other = [i for i in book.open_of(cust, ccy) if i not in opn and book.bal[i] == amt]
        if other and not cats:
            return review("amount differs from the referenced invoice(s) but equals another open invoice exactly")
        if amt > s:
            if cats:
                return review("payment exceeds the referenced balance but states a deduction")
            return result("unapplied", [(r, book.bal[r]) for r in opn], amt - s,
                          reason="overpayment: referenced invoice(s) paid in full, remainder held on account")
        if len(opn) > 1:
            return review("short payment across several referenced invoices: allocation unknown")
        if len(cats) > 1:
            return review("several different reasons stated for the shortfall")
        inv = opn[0]
        if cats == ["part_payment"]:
            return result("partial", [(inv, amt)], reason="stated part payment")
        code = cats[0] if cats else "unexplained"
        return result("partial", [(inv, amt)],
                      short={"invoice_id": inv, "amount": fmt(s - amt), "reason": code},
                      reason="short pay (%s)" % code)
    # no usable reference
    opn = book.open_of(cust, ccy)
    if near:
        singles = [i for i in opn if book.bal[i] == amt]
        if len(near) == 1 and book.bal[near[0]] == amt and singles == near:
            return result("applied", [(near[0], amt)], reason="reference is one digit off an open invoice whose balance equals the amount")
        return review("reference is close to an open invoice number but the amount does not confirm it")
    singles = [i for i in opn if book.bal[i] == amt]
    if len(singles) == 1:
        return result("applied", [(singles[0], amt)], reason="only open invoice of this customer with exactly this balance")
    if len(singles) > 1:
        return review("several open invoices have exactly this balance")
    if len(opn) >= 2 and sum(book.bal[i] for i in opn) == amt:
        return result("applied", [(i, book.bal[i]) for i in opn], reason="amount equals the customer's whole open balance")
    combos = book.combos(opn, amt)
    if len(combos) == 1:
        return result("applied", [(i, book.bal[i]) for i in combos[0]], reason="exactly one set of open invoices sums to the amount")
    if len(combos) > 1:
        return review("several sets of open invoices sum to the amount")
    return result("unapplied", unapplied=amt, reason="known customer, nothing fits: held on account")


def apply(book, lab):
    for a in lab["applications"]:
        book.bal[a["invoice_id"]] -= cents(a["amount"])


COMPARE = ["status", "applications", "unapplied", "short_pay", "candidates"]


def main(folder):
    problems = []

    def bad(msg):
        problems.append(msg)

    load = lambda n: json.load(open(os.path.join(folder, n), encoding="utf-8"))
    invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
    # --- file shape ---
    for i in invoices:
        if list(i.keys()) != INV_FIELDS:
            bad("invoice fields %s" % i.get("id"))
        if cents(i["balance"]) <= 0 or cents(i["balance"]) > cents(i["total"]):
            bad("invoice balance out of range %s" % i["id"])
        if re.sub(r"\D", "", i["number"]).lstrip("0") in i["id"]:
            bad("invoice id leaks number %s" % i["id"])
    if len({i["id"] for i in invoices}) != len(invoices) or len({i["number"] for i in invoices}) != len(invoices):
        bad("duplicate invoice id/number")
    for p in payments:
        if list(p.keys()) != PAY_FIELDS:
            bad("payment fields %s" % p.get("id"))
    if len({p["id"] for p in payments}) != len(payments):
        bad("duplicate payment id")
    dates = [p["date"] for p in payments if isinstance(p["date"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["date"])]
    good_dates = []
    for d in dates:
        try:
            datetime.date.fromisoformat(d)
            good_dates.append(d)
        except ValueError:
            pass
    if good_dates != sorted(good_dates):
        bad("payments not oldest first")
    if len(labels) != len(payments):
        bad("labels and payments differ in length")
    book = Book(invoices)
    counts = {}
    for p, lab in zip(payments, labels):
        pid = p["id"]
        if lab.get("payment_id") != pid:
            bad("label order at %s" % pid)
            continue
        counts[lab.get("scenario")] = counts.get(lab.get("scenario"), 0) + 1
        for k in ("scenario", "note", "reason"):
            if not lab.get(k):
                bad("%s: missing %s" % (pid, k))
        st = lab["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            bad("%s: bad status" % pid)
            continue
        err = validate(p)
        if err:
            if st != "review" or lab["applications"] or lab["candidates"] or not lab.get("error"):
                bad("%s: bad row not labelled review with error" % pid)
            if lab["unapplied"] != "0.00":
                bad("%s: bad row unapplied must be 0.00" % pid)
        elif lab.get("error"):
            bad("%s: error on a good row" % pid)
        exp = decide(book, p)
        for k in COMPARE:
            if exp[k] != lab[k]:
                bad("%s (%s): %s differs: label %r rules %r" % (pid, lab.get("scenario"), k, lab[k], exp[k]))
        if err:
            continue
        amt = cents(p["amount"])
        apps = lab["applications"]
        total_apps = 0
        for a in apps:
            iid = a["invoice_id"]
            if iid not in book.inv:
                bad("%s: unknown invoice %s" % (pid, iid))
                continue
            inv = book.inv[iid]
            if inv["currency"] != p["currency"]:
                bad("%s: currency mismatch on %s" % (pid, iid))
            c = cents(a["amount"])
            if c <= 0 or c > book.bal[iid]:
                bad("%s: application past zero or non-positive on %s" % (pid, iid))
            total_apps += c
        if len({a["invoice_id"] for a in apps}) != len(apps):
            bad("%s: invoice applied twice" % pid)
        owners = {book.inv[a["invoice_id"]]["customer_id"] for a in apps if a["invoice_id"] in book.inv}
        if len(owners) > 1:
            bad("%s: applications span customers" % pid)
        if p["customer_id"] and owners and owners != {p["customer_id"]}:
            bad("%s: applied to another customer's invoice" % pid)
        if total_apps + cents(lab["unapplied"]) != amt:
            bad("%s: applications + unapplied != amount" % pid)
        if st == "applied" and (not apps or lab["unapplied"] != "0.00" or lab["short_pay"] or lab["candidates"]):
            bad("%s: applied inconsistent" % pid)
        if st == "partial":
            if len(apps) != 1 or lab["unapplied"] != "0.00" or lab["candidates"]:
                bad("%s: partial inconsistent" % pid)
            else:
                left = book.bal[apps[0]["invoice_id"]] - cents(apps[0]["amount"])
                if left <= 0:
                    bad("%s: partial leaves nothing open" % pid)
                sp = lab["short_pay"]
                if sp and (sp["invoice_id"] != apps[0]["invoice_id"] or cents(sp["amount"]) != left or not sp.get("reason")):
                    bad("%s: short_pay inconsistent" % pid)
        if st == "unapplied" and (cents(lab["unapplied"]) <= 0 or lab["short_pay"] or lab["candidates"]):
            bad("%s: unapplied inconsistent" % pid)
        if st == "unapplied":
            for a in apps:
                if cents(a["amount"]) != book.bal[a["invoice_id"]]:
                    bad("%s: overpayment must close its invoices" % pid)
        if st == "review":
            if apps or lab["short_pay"] or lab["unapplied"] != fmt(amt):
                bad("%s: review inconsistent" % pid)
            refs, _ = read_refs(book, p)
            ref_owners = {book.inv[r]["customer_id"] for r in refs}
            for cs in lab["candidates"]:
                if not cs or len(set(cs)) != len(cs):
                    bad("%s: empty/duplicated candidate set" % pid)
                co = set()
                for iid in cs:
                    if iid not in book.inv or book.bal[iid] <= 0 or book.inv[iid]["currency"] != p["currency"]:
                        bad("%s: candidate %s not an open invoice in the payment currency" % (pid, iid))
                        continue
                    co.add(book.inv[iid]["customer_id"])
                if len(co) > 1:
                    bad("%s: candidate set spans customers" % pid)
                known = p["customer_id"] or book.resolve_name(p["payer_name"])
                if known and not co <= ({known} | ref_owners):
                    bad("%s: candidate of an unrelated customer" % pid)
        apply(book, lab)
    for iid, b in book.bal.items():
        if b < 0:
            bad("invoice %s below zero" % iid)
    for pr in problems[:50]:
        print("PROBLEM:", pr)
    print("payments %d, invoices %d, problems %d" % (len(payments), len(invoices), len(problems)))
    st_counts = {}
    for lab in labels:
        st_counts[lab["status"]] = st_counts.get(lab["status"], 0) + 1
    print("statuses:", json.dumps(st_counts, sort_keys=True))
    print("scenarios:", json.dumps(counts, sort_keys=True))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "uk_ireland_subcontracting")))
