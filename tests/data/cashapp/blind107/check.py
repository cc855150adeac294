"""Check the japan_korea_components cash-application set (blind set 389).

Replays labels.json in order against invoices.json and

1. verifies the contract invariants of every label (same currency, no invoice
   past zero, applications + unapplied = amount, statuses consistent,
   candidates are open invoices of the right customer and currency), and
2. re-derives every label from the decision rules written in README.md
   (the `decide` function below) and fails when the label differs.

Standard library only.  Exit status 0 = pass, 1 = problem(s) found.
Usage: python check.py [folder]   (default: japan_korea_components beside this file)
"""
import json
import os
import re
import sys
import unicodedata
from datetime import date
from decimal import Decimal

MINOR = {"JPY": 0, "KRW": 0, "USD": 2, "TWD": 2}
STATUSES = {"applied", "partial", "unapplied", "review"}

# ---------------------------------------------------------------- money


def to_units(s, cur):
    """Decimal string -> int minor units; None when not a positive valid amount."""
    if cur not in MINOR or not isinstance(s, str):
        return None
    if not re.fullmatch(r"\d+(\.\d+)?", s):
        return None
    q = Decimal(s) * (10 ** MINOR[cur])
    if q != q.to_integral_value():
        return None
    v = int(q)
    return v if v > 0 else None


def fmt(units, cur):
    d = MINOR[cur]
    if d == 0:
        return str(units)
    sign = "-" if units < 0 else ""
    units = abs(units)
    return "%s%d.%0*d" % (sign, units // 10 ** d, d, units % 10 ** d)


def strict_units(s, cur):
    """Parse a label amount string that must be in the currency's exact format."""
    if not isinstance(s, str):
        return None
    pat = r"\d+" if MINOR[cur] == 0 else r"\d+\.\d{%d}" % MINOR[cur]
    if not re.fullmatch(pat, s):
        return None
    return int(Decimal(s) * (10 ** MINOR[cur]))


# ---------------------------------------------------------------- text rules

KEYWORDS = {
    "bank_fee": ["BANK FEE", "BANK CHARGE", "TRANSFER FEE", "REMITTANCE FEE", "WIRE FEE",
                 "手数料", "テスウリヨウ", "テスウリョウ", "수수료"],
    "withholding_tax": ["WITHHOLDING", "WHT", "源泉", "원천"],
    "early_payment_discount": ["EARLY PAYMENT DISCOUNT", "PROMPT PAYMENT DISCOUNT",
                               "EARLY PAY DISCOUNT", "早期", "割引", "할인"],
    "damaged_goods": ["DAMAGED", "DEFECTIVE", "破損", "不良", "파손", "불량"],
}
PART_WORDS = ["PARTIAL", "PART PAYMENT", "INSTALMENT", "INSTALLMENT", "一部", "分割", "内金",
              "일부", "분할", "部分"]

LEGAL = ["CO., LTD.", "CO.,LTD.", "CO. LTD.", "CO LTD", "CO.,LTD", "CORPORATION", "CORP.", "CORP",
         "INC.", "INC", "LLC", "PTE. LTD.", "PTE LTD", "LIMITED", "LTD.", "LTD", "K.K.", "KK",
         "JSC", "COMPANY", "株式会社", "(株)", "有限会社", "주식회사", "(주)"]


def norm_text(s):
    return unicodedata.normalize("NFKC", s or "").upper()


def norm_name(s):
    t = norm_text(s)
    for w in sorted(LEGAL, key=len, reverse=True):
        t = t.replace(norm_text(w), " ")
    return re.sub(r"[\W_]+", "", t)


TOKEN = re.compile(r"(?<![A-Z0-9])[0-9OIL]{5,10}(?![A-Z0-9])")


def number_tokens(text):
    """Invoice-number-like tokens in free text, as ints, in order of appearance."""
    t = norm_text(text)
    t = re.sub(r"[I1L]NV(?:OICES?)?", " ", t)
    out = []
    for m in TOKEN.finditer(t):
        tok = m.group(0)
        if sum(ch.isdigit() for ch in tok) < 4:
            continue
        out.append(int(tok.replace("O", "0").replace("I", "1").replace("L", "1")))
    return out


def core(number):
    return int(re.sub(r"\D", "", number))


def osa(a, b):
    """Optimal string alignment distance (adjacent transposition counts 1)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


# ---------------------------------------------------------------- the clerk


class Book:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.by_core = {core(i["number"]): i for i in invoices}
        self.bal = {i["id"]: to_units(i["balance"], i["currency"]) for i in invoices}
        self.names = {}
        self.cust_currencies = {}
        for i in invoices:
            self.names.setdefault(i["customer_id"], i["customer_name"])
            self.cust_currencies.setdefault(i["customer_id"], set()).add(i["currency"])

    def open_of(self, cust, cur):
        out = [i for i in self.inv.values()
               if i["customer_id"] == cust and i["currency"] == cur and self.bal[i["id"]] > 0]
        return sorted(out, key=lambda i: (i["due_date"], core(i["number"])))

    def name_match(self, payer):
        n = norm_name(payer)
        hits = {c for c, nm in self.names.items() if n and norm_name(nm) == n}
        return hits.pop() if len(hits) == 1 else None

    def set_key(self, ids, typos):
        invs = [self.inv[x] for x in ids]
        near = any(osa(str(t), str(core(i["number"]))) <= 1 for t in typos for i in invs)
        return (0 if near else 1, len(invs), min(i["due_date"] for i in invs),
                sorted(core(i["number"]) for i in invs))

    def exact_sets(self, cust, cur, amount):
        """Sets of the customer's open invoices whose balances add up exactly to amount:
        any 1 to 4 invoices, every same-due-date group, every oldest-first run."""
        op = self.open_of(cust, cur)
        b = [self.bal[i["id"]] for i in op]
        n = len(b)
        found = set()
        by_val = {}
        for k, v in enumerate(b):
            by_val.setdefault(v, []).append(k)
        for k in by_val.get(amount, []):
            found.add(frozenset([k]))
        pairs = {}
        for x in range(n):
            for y in range(x + 1, n):
                pairs.setdefault(b[x] + b[y], []).append((x, y))
        for (x, y) in pairs.get(amount, []):
            found.add(frozenset([x, y]))
        for s, plist in pairs.items():
            rest = amount - s
            if rest <= 0:
                continue
            for (x, y) in plist:
                for k in by_val.get(rest, []):
                    if k > y:
                        found.add(frozenset([x, y, k]))
                for (z, w) in pairs.get(rest, []):
                    if z > y:
                        found.add(frozenset([x, y, z, w]))
        groups = {}
        for k, i in enumerate(op):
            groups.setdefault(i["due_date"], []).append(k)
        for g in groups.values():
            if sum(b[k] for k in g) == amount:
                found.add(frozenset(g))
        run = 0
        for k in range(n):
            run += b[k]
            if run == amount:
                found.add(frozenset(range(k + 1)))
        return [[op[k]["id"] for k in sorted(s)] for s in found]

    def decide(self, p):
        """The expected label (status, applications, unapplied, short_pay, candidates)."""
        cur = p.get("currency")
        amt = to_units(p.get("amount"), cur) if cur in MINOR else None
        err = None
        if cur not in MINOR:
            err = "currency"
        elif amt is None:
            err = "amount"
        else:
            d = p.get("date")
            try:
                if not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)):
                    raise ValueError
                date.fromisoformat(d)
            except ValueError:
                err = "date"
        if err:
            return dict(status="review", applications=[], unapplied=None, short_pay=None,
                        candidates=[], error=err, rule="R0 bad row")

        def review(cands, rule):
            return dict(status="review", applications=[], unapplied=fmt(amt, cur),
                        short_pay=None, candidates=cands, rule=rule)

        text = "%s\n%s" % (p.get("reference") or "", p.get("remittance") or "")
        toks = number_tokens(text)
        named, typos = [], []
        for t in toks:
            inv = self.by_core.get(t)
            if inv is None:
                typos.append(t)
            elif inv["id"] not in named:
                named.append(inv["id"])
        cust = p.get("customer_id") or self.name_match(p.get("payer_name"))

        def sort_sets(sets):
            return sorted(sets, key=lambda s: self.set_key(s, typos))

        if named:
            owners = {self.inv[x]["customer_id"] for x in named}
            if cust is not None and owners != {cust}:
                return review(sort_sets(self.exact_sets(cust, cur, amt)),
                              "R2 reference names another customer's invoice")
            if cust is None:
                if len(owners) > 1:
                    return review([], "R2 reference names invoices of several customers")
                cust = owners.pop()
            if {self.inv[x]["currency"] for x in named} != {cur}:
                return review([], "R3 named invoice in another currency")
            open_n = [x for x in named if self.bal[x] > 0]
            if not open_n:
                return dict(status="unapplied", applications=[], unapplied=fmt(amt, cur),
                            short_pay=None, candidates=[], rule="R4 named invoices already paid")
            if len(open_n) < len(named):
                return review([open_n], "R4 some named invoices already paid")
            total = sum(self.bal[x] for x in open_n)
            apps = [dict(invoice_id=x, amount=fmt(self.bal[x], cur)) for x in open_n]
            if amt == total:
                return dict(status="applied", applications=apps, unapplied=fmt(0, cur),
                            short_pay=None, candidates=[], rule="R5 named invoices, exact")
            if amt > total:
                return dict(status="unapplied", applications=apps, unapplied=fmt(amt - total, cur),
                            short_pay=None, candidates=[], rule="R6 overpayment")
            if len(open_n) > 1:
                return review([open_n], "R7 several named invoices, short")
            t = norm_text(text)
            cats = sorted(c for c, ws in KEYWORDS.items() if any(w in t for w in ws))
            part = any(w in t for w in PART_WORDS)
            x = open_n[0]
            app = [dict(invoice_id=x, amount=fmt(amt, cur))]
            if len(cats) == 1 and not part:
                return dict(status="partial", applications=app, unapplied=fmt(0, cur),
                            short_pay=dict(invoice_id=x, amount=fmt(self.bal[x] - amt, cur),
                                           reason=cats[0]),
                            candidates=[], rule="R8 stated deduction")
            if not cats and part:
                return dict(status="partial", applications=app, unapplied=fmt(0, cur),
                            short_pay=None, candidates=[], rule="R8 stated part payment")
            return review([open_n], "R8 unexplained shortfall")

        if cust is None:
            hits = [[i["id"]] for i in self.inv.values()
                    if i["currency"] == cur and self.bal[i["id"]] == amt]
            return review(sort_sets(hits), "R9 unknown payer")
        if cur not in self.cust_currencies.get(cust, set()):
            return review([], "R10 customer never billed in this currency")
        sets = self.exact_sets(cust, cur, amt)
        if len(sets) == 1:
            apps = [dict(invoice_id=x, amount=fmt(self.bal[x], cur)) for x in sets[0]]
            return dict(status="applied", applications=apps, unapplied=fmt(0, cur),
                        short_pay=None, candidates=[], rule="R11 unique exact sum")
        if len(sets) > 1:
            return review(sort_sets(sets), "R11 several exact sums")
        return dict(status="unapplied", applications=[], unapplied=fmt(amt, cur),
                    short_pay=None, candidates=[], rule="R12 fits nothing")

    def apply(self, label, cur):
        for a in label["applications"]:
            self.bal[a["invoice_id"]] -= strict_units(a["amount"], cur)


# ---------------------------------------------------------------- comparison


def app_key(apps):
    return sorted((a["invoice_id"], a["amount"]) for a in apps)


def compare(exp, lab):
    """Differences between the rule-derived label and the written one."""
    out = []
    if exp["status"] != lab.get("status"):
        out.append("status %s, rules say %s (%s)" % (lab.get("status"), exp["status"], exp["rule"]))
        return out
    if app_key(exp["applications"]) != app_key(lab.get("applications", [])):
        out.append("applications %s, rules say %s" % (lab.get("applications"), exp["applications"]))
    if exp["unapplied"] != lab.get("unapplied"):
        out.append("unapplied %s, rules say %s" % (lab.get("unapplied"), exp["unapplied"]))
    if exp["short_pay"] != lab.get("short_pay"):
        out.append("short_pay %s, rules say %s" % (lab.get("short_pay"), exp["short_pay"]))
    got = [sorted(c.get("invoice_ids", [])) for c in lab.get("candidates", [])]
    want = [sorted(c) for c in exp["candidates"]]
    if got != want:
        out.append("candidates %s, rules say %s" % (got, want))
    if exp.get("error") and not lab.get("error"):
        out.append("bad row without error")
    return out


def invariants(book, p, lab):
    """Contract invariants of one label against the state before the payment."""
    errs = []
    st = lab.get("status")
    if st not in STATUSES:
        return ["unknown status %r" % st]
    if lab.get("payment_id") != p["id"]:
        errs.append("payment_id %s != %s" % (lab.get("payment_id"), p["id"]))
    for k in ("scenario", "note", "reason"):
        if not lab.get(k):
            errs.append("missing %s" % k)
    apps = lab.get("applications", [])
    cands = lab.get("candidates", [])
    if lab.get("error"):
        if st != "review" or apps or cands:
            errs.append("bad row must be review with no applications and no candidates")
        return errs
    cur = p["currency"]
    amt = to_units(p["amount"], cur)
    total = 0
    seen = set()
    for a in apps:
        i = book.inv.get(a.get("invoice_id"))
        if i is None:
            errs.append("application to unknown invoice %s" % a.get("invoice_id"))
            continue
        if a["invoice_id"] in seen:
            errs.append("invoice applied twice in one payment")
        seen.add(a["invoice_id"])
        if i["currency"] != cur:
            errs.append("application across currencies %s" % i["number"])
        v = strict_units(a.get("amount"), cur)
        if v is None or v <= 0:
            errs.append("bad application amount %r" % a.get("amount"))
            continue
        if v > book.bal[i["id"]]:
            errs.append("application takes %s past zero" % i["number"])
        if p.get("customer_id") and i["customer_id"] != p["customer_id"]:
            errs.append("application to another customer's invoice %s" % i["number"])
        total += v
    un = strict_units(lab.get("unapplied"), cur)
    if un is None or un < 0:
        errs.append("bad unapplied %r" % lab.get("unapplied"))
        return errs
    if total + un != amt:
        errs.append("applications + unapplied != amount")
    if len({book.inv[a["invoice_id"]]["customer_id"] for a in apps if a["invoice_id"] in book.inv}) > 1:
        errs.append("applications span customers")
    sp = lab.get("short_pay")
    if st == "applied":
        if not apps or un != 0 or sp or cands:
            errs.append("applied: needs applications, unapplied 0, no short_pay, no candidates")
    elif st == "partial":
        if not apps or un != 0 or cands:
            errs.append("partial: needs applications, unapplied 0, no candidates")
        left = [a for a in apps if book.bal[a["invoice_id"]] - strict_units(a["amount"], cur) > 0]
        if not left:
            errs.append("partial leaves no invoice open")
        if sp:
            a = [a for a in apps if a["invoice_id"] == sp.get("invoice_id")]
            if not a or strict_units(sp.get("amount"), cur) != book.bal[a[0]["invoice_id"]] - strict_units(a[0]["amount"], cur):
                errs.append("short_pay amount is not what the invoice keeps open")
    elif st == "unapplied":
        if un <= 0 or sp or cands:
            errs.append("unapplied: needs unapplied > 0, no short_pay, no candidates")
    else:
        if apps or un != amt or sp:
            errs.append("review: nothing applied, unapplied = amount, no short_pay")
        cust_ids = set()
        for c in cands:
            ids = c.get("invoice_ids") or []
            if not ids:
                errs.append("empty candidate")
            for x in ids:
                i = book.inv.get(x)
                if i is None or book.bal[x] <= 0:
                    errs.append("candidate %s is not an open invoice" % x)
                    continue
                if i["currency"] != cur:
                    errs.append("candidate %s in another currency" % i["number"])
                if p.get("customer_id") and i["customer_id"] != p["customer_id"]:
                    errs.append("candidate %s of another customer" % i["number"])
                cust_ids.add(i["customer_id"])
            if len({book.inv[x]["customer_id"] for x in ids if x in book.inv}) > 1:
                errs.append("candidate set spans customers")
            if c.get("total") is not None and ids and all(x in book.inv for x in ids):
                if strict_units(c["total"], cur) != sum(book.bal[x] for x in ids):
                    errs.append("candidate total is not the sum of balances")
    return errs


INV_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance",
              "issue_date", "due_date"}
PAY_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference",
              "remittance"}


def check_files(invoices, payments, labels):
    problems = []
    ids, numbers = set(), set()
    for i in invoices:
        if set(i) != INV_FIELDS:
            problems.append("invoice %s fields %s" % (i.get("id"), sorted(set(i) ^ INV_FIELDS)))
        if i["id"] in ids or i["number"] in numbers:
            problems.append("duplicate invoice id/number %s" % i["number"])
        ids.add(i["id"])
        numbers.add(i["number"])
        t, b = to_units(i["total"], i["currency"]), to_units(i["balance"], i["currency"])
        if t is None or b is None or b > t:
            problems.append("invoice %s bad total/balance" % i["number"])
        if strict_units(i["total"], i["currency"]) is None or strict_units(i["balance"], i["currency"]) is None:
            problems.append("invoice %s amount not in minor-unit format" % i["number"])
        if i["due_date"] < i["issue_date"]:
            problems.append("invoice %s due before issue" % i["number"])
    if len({core(i["number"]) for i in invoices}) != len(invoices):
        problems.append("invoice numbers collide after dropping prefix/zeros")
    if len(payments) != len(labels):
        problems.append("payments %d, labels %d" % (len(payments), len(labels)))
    prev = ""
    for p in payments:
        if set(p) != PAY_FIELDS:
            problems.append("payment %s fields %s" % (p.get("id"), sorted(set(p) ^ PAY_FIELDS)))
        d = p.get("date")
        if isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            try:
                date.fromisoformat(d)
                if d < prev:
                    problems.append("payments not oldest first at %s" % p["id"])
                prev = d
            except ValueError:
                pass
    return problems


def run(folder, verbose=True):
    load = lambda n: json.load(open(os.path.join(folder, n), encoding="utf-8"))
    invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
    problems = check_files(invoices, payments, labels)
    book = Book(invoices)
    counts = {}
    for p, lab in zip(payments, labels):
        errs = invariants(book, p, lab)
        exp = book.decide(p)
        errs += compare(exp, lab)
        for e in errs:
            problems.append("%s (%s): %s" % (p["id"], lab.get("scenario"), e))
        if not errs and not lab.get("error"):
            book.apply(lab, p["currency"])
        counts.setdefault(lab.get("scenario"), {}).setdefault(lab.get("status"), 0)
        counts[lab.get("scenario")][lab.get("status")] += 1
    if verbose:
        for sc in sorted(counts):
            print("  %-28s %s" % (sc, counts[sc]))
        st = {}
        for lab in labels:
            st[lab.get("status")] = st.get(lab.get("status"), 0) + 1
        print("  statuses:", st)
    return problems


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "japan_korea_components")
    probs = run(folder)
    for pr in probs[:200]:
        print("PROBLEM", pr)
    print("%d problem(s)" % len(probs))
    sys.exit(1 if probs else 0)
