#!/usr/bin/env python3
"""Check blind set 374 (india_industrial_components).

Replays labels.json in payment order against invoices.json, verifies the
contract invariants on every label, and re-derives every label from the
decision rules written in README.md (function `decide`). Exits 1 on any
problem. Standard library only.
"""
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "india_industrial_components")

# Currencies this business bills and banks in, with their minor-unit exponent.
CURRENCIES = {"INR": 2, "USD": 2, "AED": 2, "EUR": 2}
INVOICE_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total",
                  "balance", "issue_date", "due_date"]
PAYMENT_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id",
                  "reference", "remittance"]
STATUSES = {"applied", "partial", "unapplied", "review"}
SHORT_REASONS = {"withholding_tax", "bank_fee", "early_payment_discount", "damaged_goods",
                 "fx_difference", "unexplained"}
MAX_CANDIDATES = 5

# ---------------------------------------------------------------- amounts

AMOUNT_RE = re.compile(r"^-?\d+(\.\d+)?$")


def to_minor(text, cur):
    return int(Decimal(text) * (10 ** CURRENCIES[cur]))


def fmt(minor, cur):
    exp = CURRENCIES[cur]
    if exp == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    return "%s%d.%0*d" % (sign, minor // 10 ** exp, exp, minor % 10 ** exp)


def validate(p):
    """Return an error code for a bad row, or None."""
    d = p.get("date")
    if not isinstance(d, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
        return "malformed_date"
    try:
        date.fromisoformat(d)
    except ValueError:
        return "malformed_date"
    cur = p.get("currency")
    if cur in (None, ""):
        return "missing_currency"
    if cur not in CURRENCIES:
        return "invalid_currency"
    amt = p.get("amount")
    if not isinstance(amt, str) or not AMOUNT_RE.match(amt.strip()):
        return "non_numeric_amount"
    if amt.strip().startswith("-"):
        return "negative_amount"
    if "." in amt and len(amt.split(".")[1]) > CURRENCIES[cur]:
        return "non_numeric_amount"
    if Decimal(amt) == 0:
        return "zero_amount"
    return None

# ------------------------------------------------------- reference parsing

PREFIXES = ("INVOICE", "INVNO", "INV", "BILLNO", "BILL", "SI", "NO")
OCR = str.maketrans("OILBSZ", "011852")


def number_value(number):
    """'SI-0039123' -> 39123"""
    return int(re.sub(r"\D", "", number))


def invoice_tokens(text):
    """Invoice-number-shaped values in free text, in order of appearance.

    A token is a maximal run of letters/digits. A leading SI/INV/INVOICE/BILL/NO
    is stripped; if at least three real digits remain, OCR look-alikes
    (O->0, I/L->1, B->8, S->5, Z->2) are mapped and a 4-7 digit result is a
    candidate number. Longer runs (UTRs, RRNs, account numbers) never count.
    """
    out = []
    for tok in re.findall(r"[A-Z0-9]+", (text or "").upper()):
        rest = tok
        for pre in PREFIXES:
            if rest.startswith(pre) and len(rest) > len(pre):
                rest = rest[len(pre):]
                break
        if sum(c.isdigit() for c in rest) < 3:
            continue
        rest = rest.translate(OCR)
        if rest.isdigit() and 4 <= len(rest) <= 7:
            out.append(int(rest))
    return out


def norm_name(name):
    s = (name or "").upper().replace("&", " AND ")
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


PART_RE = re.compile(r"\b(part payment|part pmt|partial payment|part-payment|instalment|installment|"
                     r"balance to follow|balance will follow|first tranche|1st tranche)\b")
DEDUCTIONS = [
    ("withholding_tax", re.compile(r"\b(tds|194q|194c|withholding|wht)\b")),
    ("bank_fee", re.compile(r"\b(bank charges?|bank chgs|bank fees?|intermediary|correspondent|swift charges?)\b")),
    ("early_payment_discount", re.compile(r"\b(discount|cash disc|early payment|prompt payment)\b")),
    ("damaged_goods", re.compile(r"\b(damaged?|rejected|rejection|debit note)\b")),
    ("fx_difference", re.compile(r"\b(exchange|rate difference|rate diff|fx diff|conversion)\b")),
]


def classify(text):
    t = (text or "").lower()
    if PART_RE.search(t):
        return "part"
    for kind, rx in DEDUCTIONS:
        if rx.search(t):
            return kind
    return "unexplained"

# ------------------------------------------------------------------ state


class State:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.order = [i["id"] for i in invoices]
        self.bal = {i["id"]: to_minor(i["balance"], i["currency"]) for i in invoices}
        self.by_num = {number_value(i["number"]): i["id"] for i in invoices}
        self.by_cust = {}
        self.cust_names = {}
        for i in invoices:
            self.by_cust.setdefault(i["customer_id"], []).append(i["id"])
            self.cust_names[i["customer_id"]] = i["customer_name"]
        self.norm_names = {c: norm_name(n) for c, n in self.cust_names.items()}

    # ---- look-ups
    def key(self, iid):
        i = self.inv[iid]
        return (i["due_date"], number_value(i["number"]))

    def set_key(self, ids):
        return (len(ids), min(self.key(i) for i in ids), sorted(number_value(self.inv[i]["number"]) for i in ids))

    def open_of(self, cust, cur):
        return [i for i in self.by_cust.get(cust, []) if self.inv[i]["currency"] == cur and self.bal[i] > 0]

    def refs(self, text):
        out = []
        for v in invoice_tokens(text):
            iid = self.by_num.get(v)
            if iid and iid not in out:
                out.append(iid)
        return out

    def resolve_name(self, payer):
        """Exact legal name, or a bank-truncated prefix (>= 15 chars) of exactly one customer."""
        n = norm_name(payer)
        if not n:
            return None
        exact = [c for c, cn in self.norm_names.items() if cn == n]
        if len(exact) == 1:
            return exact[0]
        if len(n) >= 15:
            pre = [c for c, cn in self.norm_names.items() if cn.startswith(n)]
            if len(pre) == 1:
                return pre[0]
        return None

    def find_sets(self, cust, cur, amount, limit=3):
        """Invoice sets of one customer/currency whose open balances sum exactly to amount:
        every set of 1..3 invoices, plus the customer's whole open balance in that currency."""
        ids = self.open_of(cust, cur)
        b = self.bal
        found = set()
        for i in ids:
            if b[i] == amount:
                found.add(frozenset([i]))
        pairs = {}
        n = len(ids)
        for x in range(n):
            for y in range(x + 1, n):
                s = b[ids[x]] + b[ids[y]]
                if s == amount:
                    found.add(frozenset([ids[x], ids[y]]))
                if s < amount:
                    pairs.setdefault(s, []).append((x, y))
        for z in range(n):
            for (x, y) in pairs.get(amount - b[ids[z]], []):
                if z != x and z != y:
                    found.add(frozenset([ids[x], ids[y], ids[z]]))
        if len(ids) > 3 and sum(b[i] for i in ids) == amount:
            found.add(frozenset(ids))
        return sorted((sorted(s, key=self.key) for s in found), key=self.set_key)

    def apply(self, label):
        for a in label["applications"]:
            inv = self.inv[a["invoice_id"]]
            self.bal[a["invoice_id"]] -= to_minor(a["amount"], inv["currency"])

# -------------------------------------------------------------- decisions


def decide(p, st):
    """The decision rules of README.md, applied to one payment against the current balances."""
    err = validate(p)
    if err:
        return out("review", reason="bad row: " + err, error=err)
    cur = p["currency"]
    amt = to_minor(p["amount"], cur)
    text = (p.get("reference") or "") + " \n " + (p.get("remittance") or "")
    refs = st.refs(text)
    cid = p.get("customer_id")
    name_cust = st.resolve_name(p.get("payer_name"))
    ref_custs = {st.inv[r]["customer_id"] for r in refs}

    def review(cands, why):
        return out("review", unapplied=fmt(amt, cur), candidates=cands[:MAX_CANDIDATES], reason=why)

    if cid:
        cust, src = cid, "id"
    elif refs:
        if len(ref_custs) > 1:
            return review([], "references name invoices of several customers and the bank gives no customer")
        rc = next(iter(ref_custs))
        if name_cust is None:
            cust, src = rc, "ref"
        elif name_cust == rc:
            cust, src = rc, "name"
        else:
            return review([], "payer name is another customer than the referenced invoice's")
    elif name_cust:
        cust, src = name_cust, "name"
    else:
        cust, src = None, None

    if refs:
        if any(st.inv[r]["customer_id"] != cust for r in refs):
            sets = st.find_sets(cust, cur, amt)
            return review(sets, "reference names another customer's invoice")
        wrong = [r for r in refs if st.inv[r]["currency"] != cur]
        if wrong:
            same = [r for r in refs if st.inv[r]["currency"] == cur and st.bal[r] > 0]
            if same:
                return review([same], "references mix currencies")
            opened = [r for r in wrong if st.bal[r] > 0]
            return review([opened] if opened else [], "payment currency differs from the referenced invoice's")
        open_refs = [r for r in refs if st.bal[r] > 0]
        total = sum(st.bal[r] for r in open_refs)
        if src == "ref":
            if open_refs and amt == total:
                return out("applied", apps=[(r, st.bal[r]) for r in open_refs], cur=cur,
                           reason="referenced invoice(s) and exact balance; payer not named on the account")
            return review([open_refs] if open_refs else [],
                          "unknown payer and amount differs from the referenced balance")
        if not open_refs:
            singles = sorted([i for i in st.open_of(cust, cur) if st.bal[i] == amt], key=st.key)
            if singles:
                return review([[i] for i in singles], "referenced invoice already paid; amount fits another invoice")
            return out("unapplied", unapplied=fmt(amt, cur),
                       reason="referenced invoice already paid: second payment held on account")
        if amt == total:
            return out("applied", apps=[(r, st.bal[r]) for r in open_refs], cur=cur,
                       reason="referenced invoice(s) and exact balance")
        conflicts = sorted([i for i in st.open_of(cust, cur) if i not in open_refs and st.bal[i] == amt],
                           key=st.key)
        if conflicts:
            return review([[c] for c in conflicts] + [open_refs],
                          "amount is exactly another open invoice than the one referenced")
        if amt > total:
            return out("unapplied", apps=[(r, st.bal[r]) for r in open_refs], cur=cur,
                       unapplied=fmt(amt - total, cur), reason="overpayment: excess held on account")
        if len(open_refs) == 1:
            r = open_refs[0]
            kind = classify(text)
            if kind == "part":
                return out("partial", apps=[(r, amt)], cur=cur, reason="stated part payment")
            return out("partial", apps=[(r, amt)], cur=cur,
                       short_pay={"invoice_id": r, "amount": fmt(total - amt, cur), "reason": kind},
                       reason="short pay (%s)" % kind)
        subs = []
        for s in st.find_sets(cust, cur, amt):
            if set(s) <= set(open_refs):
                subs.append(s)
        return review(subs + [sorted(open_refs, key=st.key)],
                      "several invoices referenced and the amount is short of their sum")
    # no usable reference
    if cust is None:
        singles = []
        for c in sorted(st.by_cust):
            singles += [i for i in st.open_of(c, cur) if st.bal[i] == amt]
        singles.sort(key=st.key)
        return review([[i] for i in singles], "payer unknown; invoices with exactly this balance listed")
    sets = st.find_sets(cust, cur, amt)
    if len(sets) == 1:
        return out("applied", apps=[(i, st.bal[i]) for i in sets[0]], cur=cur,
                   reason="only invoice set of this customer with exactly this amount")
    if sets:
        return review(sets, "several invoice sets of this customer fit the amount")
    return out("unapplied", unapplied=fmt(amt, cur), reason="known customer; amount fits no open invoice")


def out(status, apps=(), cur=None, unapplied="0.00", short_pay=None, candidates=(), reason="", error=None):
    d = {"status": status,
         "applications": [{"invoice_id": i, "amount": fmt(a, cur)} for i, a in apps],
         "unapplied": unapplied, "short_pay": short_pay, "candidates": [list(c) for c in candidates],
         "reason": reason}
    if error:
        d["error"] = error
    return d

# ------------------------------------------------------------------ checks


def check_label(p, lab, st, problems):
    pid = p["id"]

    def bad(msg):
        problems.append("%s: %s" % (pid, msg))

    for k in ("payment_id", "status", "applications", "unapplied", "short_pay", "candidates",
              "reason", "scenario", "note"):
        if k not in lab:
            bad("label missing " + k)
            return
    if lab["payment_id"] != pid:
        bad("label out of order")
    if lab["status"] not in STATUSES:
        bad("unknown status")
    err = validate(p)
    if err:
        if lab.get("error") != err or lab["status"] != "review" or lab["applications"] or lab["candidates"]:
            bad("bad row must be review, no applications/candidates, error=" + err)
        return
    if "error" in lab:
        bad("error on a good row")
    cur = p["currency"]
    amt = to_minor(p["amount"], cur)
    total = 0
    seen = set()
    for a in lab["applications"]:
        iid = a["invoice_id"]
        inv = st.inv.get(iid)
        if inv is None:
            bad("application to unknown invoice")
            continue
        if iid in seen:
            bad("invoice applied twice in one payment")
        seen.add(iid)
        if inv["currency"] != cur:
            bad("application across currencies")
        if p.get("customer_id") and inv["customer_id"] != p["customer_id"]:
            bad("application to another customer's invoice")
        x = to_minor(a["amount"], cur)
        if x <= 0 or x > st.bal[iid]:
            bad("application takes invoice past zero or is not positive")
        total += x
    custs = {st.inv[a["invoice_id"]]["customer_id"] for a in lab["applications"] if a["invoice_id"] in st.inv}
    if len(custs) > 1:
        bad("one payment applied to several customers")
    un = to_minor(lab["unapplied"], cur)
    if total + un != amt:
        bad("applications + unapplied != amount")
    after = {a["invoice_id"]: st.bal[a["invoice_id"]] - to_minor(a["amount"], cur)
             for a in lab["applications"] if a["invoice_id"] in st.inv}
    s = lab["status"]
    if s != "review" and lab["candidates"]:
        bad("candidates on a non-review label")
    if s == "applied":
        if not lab["applications"] or un != 0 or lab["short_pay"]:
            bad("applied needs applications, nothing unapplied, no short pay")
    elif s == "partial":
        if not lab["applications"] or un != 0:
            bad("partial needs applications and nothing unapplied")
        if not any(v > 0 for v in after.values()):
            bad("partial leaves no invoice open")
        sp = lab["short_pay"]
        if sp is not None:
            if sp.get("invoice_id") not in after or sp.get("reason") not in SHORT_REASONS:
                bad("short_pay must name an applied invoice and a known reason")
            elif to_minor(sp["amount"], cur) != after[sp["invoice_id"]]:
                bad("short_pay amount is not the balance left open")
    elif s == "unapplied":
        if un <= 0 or lab["short_pay"]:
            bad("unapplied needs unapplied cash and no short pay")
        if any(v != 0 for v in after.values()):
            bad("overpayment must clear the invoices it names")
    elif s == "review":
        if lab["applications"] or lab["short_pay"] or un != amt:
            bad("review applies nothing and holds the whole amount")
        text = ((p.get("reference") or "") + " " + (p.get("remittance") or ""))
        named = set(st.refs(text))
        for c in lab["candidates"]:
            if not c or len(set(c)) != len(c):
                bad("empty or repeated candidate set")
                continue
            cs = {st.inv[i]["customer_id"] for i in c if i in st.inv}
            if len(cs) != 1 or any(i not in st.inv or st.bal[i] <= 0 for i in c):
                bad("candidate set is not open invoices of one customer")
                continue
            if p.get("customer_id") and cs != {p["customer_id"]}:
                bad("candidate of another customer")
            for i in c:
                if st.inv[i]["currency"] != cur and i not in named:
                    bad("candidate in another currency that the payment does not name")


def compare(p, lab, want, problems):
    def norm_apps(x):
        return sorted((a["invoice_id"], a["amount"]) for a in x)
    diffs = []
    if lab["status"] != want["status"]:
        diffs.append("status %s != rule %s" % (lab["status"], want["status"]))
    if norm_apps(lab["applications"]) != norm_apps(want["applications"]):
        diffs.append("applications differ from rule")
    if lab["unapplied"] != want["unapplied"]:
        diffs.append("unapplied %s != rule %s" % (lab["unapplied"], want["unapplied"]))
    if lab["short_pay"] != want["short_pay"]:
        diffs.append("short_pay %s != rule %s" % (lab["short_pay"], want["short_pay"]))
    if [sorted(c) for c in lab["candidates"]] != [sorted(c) for c in want["candidates"]]:
        diffs.append("candidates %s != rule %s" % (lab["candidates"], want["candidates"]))
    if lab.get("error") != want.get("error"):
        diffs.append("error differs")
    for d in diffs:
        problems.append("%s (%s): %s" % (p["id"], lab.get("scenario"), d))
    return not diffs


def main():
    with open(os.path.join(DATA, "invoices.json")) as f:
        invoices = json.load(f)
    with open(os.path.join(DATA, "payments.json")) as f:
        payments = json.load(f)
    with open(os.path.join(DATA, "labels.json")) as f:
        labels = json.load(f)
    problems = []
    ids, nums = set(), set()
    for i in invoices:
        if list(i) != INVOICE_FIELDS:
            problems.append("invoice %s fields %s" % (i.get("id"), list(i)))
        if i["id"] in ids or i["number"] in nums:
            problems.append("duplicate invoice id/number " + i["id"])
        ids.add(i["id"]); nums.add(i["number"])
        if i["currency"] not in CURRENCIES:
            problems.append("invoice currency " + i["id"])
            continue
        t, b = to_minor(i["total"], i["currency"]), to_minor(i["balance"], i["currency"])
        if not (0 < b <= t) or fmt(t, i["currency"]) != i["total"] or fmt(b, i["currency"]) != i["balance"]:
            problems.append("invoice amounts " + i["id"])
        if not (i["issue_date"] <= i["due_date"]):
            problems.append("invoice dates " + i["id"])
    if len(payments) != len(labels):
        problems.append("payments and labels differ in length")
    last = ""
    pids = set()
    for p in payments:
        if list(p) != PAYMENT_FIELDS:
            problems.append("payment %s fields %s" % (p.get("id"), list(p)))
        if p["id"] in pids:
            problems.append("duplicate payment id " + p["id"])
        pids.add(p["id"])
        if validate(p) != "malformed_date":
            if p["date"] < last:
                problems.append("payments not oldest first at " + p["id"])
            last = p["date"]
        if p.get("customer_id") and p["customer_id"] not in {i["customer_id"] for i in invoices[:0]} | set(
                i["customer_id"] for i in invoices):
            problems.append("payment names an unknown customer_id " + p["id"])
    st = State(invoices)
    agree = 0
    for p, lab in zip(payments, labels):
        n0 = len(problems)
        check_label(p, lab, st, problems)
        want = decide(p, st)
        if compare(p, lab, want, problems) and len(problems) == n0:
            agree += 1
        st.apply(lab)
    for v in st.bal.values():
        if v < 0:
            problems.append("an invoice went below zero")
    counts = {}
    for lab in labels:
        counts[lab["status"]] = counts.get(lab["status"], 0) + 1
    print("invoices %d, payments %d, labels agreeing with the rules %d" % (len(invoices), len(payments), agree))
    print("statuses", dict(sorted(counts.items())))
    if problems:
        for m in problems[:60]:
            print("PROBLEM", m)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
