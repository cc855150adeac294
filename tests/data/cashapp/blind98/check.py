#!/usr/bin/env python3
"""Checker for blind cash-application set 360 (africa_telecom_distribution).

Replays labels.json in payment order against invoices.json and verifies
  * structure: one label per payment, same order, contract fields only in the inputs;
  * invariants: same currency, no invoice taken past zero, applications + unapplied
    = amount, statuses consistent with applications / short_pay / candidates,
    candidates are open invoices of one customer (the payment's customer when known)
    in the payment currency;
  * decision rules: each label equals what the written rules in README.md give
    (`decide` below), and the scenario tag agrees with the status.
Exits 1 on any problem. Standard library only. Also imported by build.py for the
shared helpers, so build and check apply the very same rules.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "africa_telecom_distribution")

MINOR = {"KES": 2, "NGN": 2, "GHS": 2, "UGX": 0, "TZS": 2, "XOF": 0, "ZAR": 2, "USD": 2}

INVOICE_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total",
                  "balance", "issue_date", "due_date"]
PAYMENT_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id",
                  "reference", "remittance"]
LABEL_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay",
                "candidates", "reason", "scenario", "note"}

UNEXPLAINED_TOLERANCE = 0.05   # an unexplained shortfall up to 5 % of the balance is a short pay

# --------------------------------------------------------------------------- money


def to_minor(s, cur):
    """Strict parse of a contract amount string into integer minor units."""
    if cur not in MINOR or not isinstance(s, str):
        raise ValueError("bad amount/currency")
    d = MINOR[cur]
    pat = r"^\d+$" if d == 0 else r"^\d+\.\d{%d}$" % d
    if not re.match(pat, s):
        raise ValueError("amount %r is not a positive decimal in %s minor units" % (s, cur))
    return int(s.replace(".", ""))


def fmt(n, cur):
    d = MINOR[cur]
    if d == 0:
        return str(n)
    sign = "-" if n < 0 else ""
    n = abs(n)
    return "%s%d.%0*d" % (sign, n // 10 ** d, d, n % 10 ** d)


def valid_date(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", s):
        return False
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def payment_error(p):
    """None when the payment row is usable, else a short error text."""
    cur = p.get("currency")
    if cur is None or cur == "":
        return "missing currency"
    if cur not in MINOR:
        return "invalid currency %r" % (cur,)
    a = p.get("amount")
    if not isinstance(a, str) or a.strip() == "":
        return "missing amount"
    if a.strip().startswith("-"):
        return "negative amount %r" % a
    try:
        v = to_minor(a, cur)
    except ValueError:
        return "non-numeric amount %r" % a
    if v <= 0:
        return "zero amount"
    if not valid_date(p.get("date")):
        return "malformed date %r" % (p.get("date"),)
    return None

# ------------------------------------------------------------- reference parsing

OCR = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8"})
PREFIXES = ("INVOICE", "FACTURE", "FACT", "INV", "LNV", "1NV")


def number_value(number):
    """Invoice number 'INV-0048213' -> 48213."""
    return int(re.sub(r"\D", "", number))


def mentioned_numbers(*texts):
    """Integers that could be invoice numbers, in order of appearance.

    Tolerates a prefix (INV, Invoice, FACT ...), dropped leading zeros, single spaces
    inside the number and OCR letter-for-digit confusions (O/0, I/l/1, S/5, B/8) in a
    token that still has at least three real digits."""
    text = "\n".join(t for t in texts if t).upper()
    toks = []
    for m in re.finditer(r"[A-Z0-9]+", text):
        t = m.group()
        for pre in PREFIXES:
            if t.startswith(pre) and len(t) > len(pre):
                t = t[len(pre):]
                break
        mapped = t.translate(OCR)
        ok = mapped.isdigit() and sum(ch.isdigit() for ch in t) >= 3
        toks.append((m.start(), m.end(), mapped if ok else None))
    vals = []
    for k, (s, e, v) in enumerate(toks):
        if v is None:
            continue
        vals.append(v)
        acc, end = v, e
        for s2, e2, v2 in toks[k + 1:k + 3]:
            if v2 is None or text[end:s2] != " ":
                break
            acc += v2
            end = e2
            vals.append(acc)
    out = []
    for v in vals:
        if len(v) <= 9:
            n = int(v)
            if n not in out:
                out.append(n)
    return out


KEYWORDS = [
    ("part", ["PART PAYMENT", "PART-PAYMENT", "PARTIAL PAYMENT", "INSTALMENT", "INSTALLMENT",
              "BALANCE TO FOLLOW", "ACOMPTE", "PAIEMENT PARTIEL"]),
    ("fx_shortfall", ["EXCHANGE RATE", "FX DIFFERENCE", "RATE DIFFERENCE", "CONVERSION"]),
    ("withholding_tax", ["WITHHOLDING", "WHT", "RETENUE A LA SOURCE"]),
    ("bank_fee", ["BANK CHARGE", "BANK CHARGES", "BANK FEE", "TRANSFER FEE", "SWIFT CHARGES",
                  "INTERMEDIARY BANK", "FRAIS BANCAIRES", "TRANSACTION FEE"]),
    ("early_payment_discount", ["DISCOUNT", "ESCOMPTE"]),
    ("damaged_goods", ["DAMAGED", "DEFECTIVE", "FAULTY", "AVARIE", "AVARIES"]),
]


def stated_reasons(*texts):
    text = " ".join(t for t in texts if t).upper()
    found = []
    for cat, words in KEYWORDS:
        if any(re.search(r"(?<![A-Z0-9])" + re.escape(w) + r"(?![A-Z0-9])", text) for w in words):
            found.append(cat)
    return found

# ---------------------------------------------------------------------- subsets


def exact_subsets(items, target, cap=60):
    """All subsets of items [(id, amount)] whose amounts sum to target (meet in the middle)."""
    items = [it for it in items if it[1] > 0]
    h = len(items) // 2
    a, b = items[:h], items[h:]

    def sums(part):
        res = [(0, ())]
        for iid, amt in part:
            res += [(s + amt, ids + (iid,)) for s, ids in res]
        return res
    right = {}
    for s, ids in sums(b):
        if s <= target:
            right.setdefault(s, []).append(ids)
    out = []
    for s, ids in sums(a):
        for ids2 in right.get(target - s, ()):
            if ids or ids2:
                out.append(ids + ids2)
                if len(out) > cap:
                    return out
    return out


class State:
    """Open-invoice ledger replayed payment by payment."""

    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: to_minor(i["balance"], i["currency"]) for i in invoices}
        self.by_num = {}
        for i in invoices:
            self.by_num.setdefault(number_value(i["number"]), []).append(i)
        self.by_cust = {}
        for i in invoices:
            self.by_cust.setdefault((i["customer_id"], i["currency"]), []).append(i)

    def open_of(self, cid, cur):
        return [i for i in self.by_cust.get((cid, cur), []) if self.bal[i["id"]] > 0]

    def sort_sets(self, sets):
        def key(s):
            invs = [self.inv[x] for x in s]
            return (len(s), min(i["due_date"] for i in invs), sorted(i["number"] for i in invs))
        return [sorted(s, key=lambda x: self.inv[x]["number"]) for s in sorted(sets, key=key)]

    def subsets(self, cid, cur, amount):
        return self.sort_sets(exact_subsets([(i["id"], self.bal[i["id"]]) for i in self.open_of(cid, cur)], amount))

    def apply(self, apps, cur):
        for a in apps:
            self.bal[a["invoice_id"]] -= to_minor(a["amount"], cur)

# ------------------------------------------------------------------ the rules


def decide(p, st):
    """The decision rules of README.md. Returns the expected MATCHES entry (no scenario/note)."""
    out = {"payment_id": p["id"], "status": "review", "applications": [], "unapplied": None,
           "short_pay": None, "candidates": [], "reason": ""}
    err = payment_error(p)
    if err:
        out["reason"] = "unusable payment row: " + err
        out["error"] = err
        return out
    cur = p["currency"]
    amt = to_minor(p["amount"], cur)
    cid = p.get("customer_id")
    out["unapplied"] = fmt(amt, cur)

    def review(reason, cands=()):
        out.update(status="review", applications=[], unapplied=fmt(amt, cur), candidates=[list(c) for c in cands], reason=reason)
        return out

    refs = []
    for n in mentioned_numbers(p.get("reference"), p.get("remittance")):
        for i in st.by_num.get(n, []):
            if i not in refs:
                refs.append(i)
    if refs:
        owners = {i["customer_id"] for i in refs}
        if cid is not None and owners != {cid}:
            return review("reference names invoice(s) of another customer (%s); amount fits no referenced invoice of this customer"
                          % ", ".join(i["number"] for i in refs if i["customer_id"] != cid),
                          st.subsets(cid, cur, amt))
        if len(owners) > 1:
            return review("reference names invoices of several customers")
        cust = cid if cid is not None else next(iter(owners))
        if any(i["currency"] != cur for i in refs):
            return review("payment in %s but referenced invoice(s) in %s: needs a conversion decision"
                          % (cur, "/".join(sorted({i["currency"] for i in refs}))), st.subsets(cust, cur, amt))
        open_refs = [i for i in refs if st.bal[i["id"]] > 0]
        if not open_refs:
            subs = st.subsets(cust, cur, amt)
            if cid is None or subs:
                return review("referenced invoice already paid; payer not certain", subs)
            out.update(status="unapplied", unapplied=fmt(amt, cur),
                       reason="second payment of %s, already paid in full: held on account" % "/".join(i["number"] for i in refs))
            return out
        if len(open_refs) != len(refs):
            return review("some referenced invoices are already paid", st.subsets(cust, cur, amt))
        total = sum(st.bal[i["id"]] for i in refs)
        if amt == total:
            out.update(status="applied", unapplied=fmt(0, cur),
                       applications=[{"invoice_id": i["id"], "amount": fmt(st.bal[i["id"]], cur)} for i in refs],
                       reason="reference %s and exact balance%s" % ("/".join(i["number"] for i in refs),
                                                                   "" if cid else " (payer identified by the invoice)"))
            return out
        if cid is None:
            return review("payer not identified and amount differs from the referenced balance", [[i["id"] for i in refs]])
        if len(refs) > 1:
            return review("amount differs from the sum of the referenced invoices",
                          st.subsets(cust, cur, amt) + [[i["id"] for i in refs]])
        inv = refs[0]
        b = st.bal[inv["id"]]
        subs = st.subsets(cust, cur, amt)
        if subs:
            return review("reference %s does not fit the amount, which equals other open invoice(s) of the customer" % inv["number"],
                          subs + [[inv["id"]]])
        if amt > b:
            out.update(status="unapplied", applications=[{"invoice_id": inv["id"], "amount": fmt(b, cur)}],
                       unapplied=fmt(amt - b, cur),
                       reason="overpayment of %s: balance applied, %s held on account" % (inv["number"], fmt(amt - b, cur)))
            return out
        reasons = stated_reasons(p.get("reference"), p.get("remittance"))
        app = [{"invoice_id": inv["id"], "amount": fmt(amt, cur)}]
        if len(reasons) > 1:
            return review("conflicting statements in the remittance", [[inv["id"]]])
        if reasons == ["part"]:
            out.update(status="partial", applications=app, unapplied=fmt(0, cur),
                       reason="stated part payment of %s" % inv["number"])
            return out
        if reasons:
            out.update(status="partial", applications=app, unapplied=fmt(0, cur),
                       short_pay={"invoice_id": inv["id"], "amount": fmt(b - amt, cur), "reason": reasons[0]},
                       reason="short pay of %s, stated deduction: %s" % (inv["number"], reasons[0]))
            return out
        if (b - amt) <= UNEXPLAINED_TOLERANCE * b:
            out.update(status="partial", applications=app, unapplied=fmt(0, cur),
                       short_pay={"invoice_id": inv["id"], "amount": fmt(b - amt, cur), "reason": "unexplained"},
                       reason="unexplained shortfall on %s" % inv["number"])
            return out
        return review("large unexplained shortfall on %s" % inv["number"], [[inv["id"]]])

    # no invoice number resolves
    if cid is None:
        singles = st.sort_sets([(i["id"],) for i in st.inv.values()
                                if i["currency"] == cur and st.bal[i["id"]] == amt])
        return review("payer not identified and no invoice reference" +
                      ("; amount equals an open invoice" if singles else "; amount fits no open invoice"), singles)
    subs = st.subsets(cid, cur, amt)
    if len(subs) == 1:
        s = subs[0]
        out.update(status="applied", unapplied=fmt(0, cur),
                   applications=[{"invoice_id": x, "amount": fmt(st.bal[x], cur)} for x in s],
                   reason="no invoice number resolves; amount equals exactly one set of the customer's open invoices (%s)"
                   % "/".join(st.inv[x]["number"] for x in s))
        return out
    if len(subs) > 1:
        return review("no invoice number resolves; amount matches %d different sets of open invoices" % len(subs), subs)
    out.update(status="unapplied", unapplied=fmt(amt, cur),
               reason="known customer, no invoice number resolves and the amount fits no open invoice: held on account")
    return out

# ----------------------------------------------------------------------- check

SCENARIO_STATUS = {
    "exact_ref": {"applied"}, "exact_ref_ocr": {"applied"}, "multi_remittance": {"applied"},
    "multi_unlisted_sum": {"applied"}, "amount_only_unique": {"applied"}, "typo_nonexistent": {"applied"},
    "payer_alias_ref": {"applied"}, "part_payment": {"partial"}, "short_pay_stated": {"partial"},
    "short_pay_unexplained": {"partial"}, "fx_shortfall": {"partial"}, "overpayment": {"unapplied"},
    "duplicate_payment": {"unapplied"}, "unapplied_known": {"unapplied"}, "typo_other_invoice": {"review"},
    "other_customer_ref": {"review"}, "same_amount_multi": {"review"}, "currency_mismatch": {"review"},
    "payer_alias_noref": {"review"}, "unknown_payer": {"review"}, "bad_row": {"review"},
}


def main():
    problems = []

    def bad(msg):
        problems.append(msg)
    with open(os.path.join(DATA, "invoices.json")) as f:
        invoices = json.load(f)
    with open(os.path.join(DATA, "payments.json")) as f:
        payments = json.load(f)
    with open(os.path.join(DATA, "labels.json")) as f:
        labels = json.load(f)

    ids = set()
    nums = set()
    for i in invoices:
        if list(i.keys()) != INVOICE_FIELDS:
            bad("invoice fields %s" % list(i.keys()))
        if i["id"] in ids or i["number"] in nums:
            bad("duplicate invoice id/number %s" % i["id"])
        ids.add(i["id"])
        nums.add(i["number"])
        t, b = to_minor(i["total"], i["currency"]), to_minor(i["balance"], i["currency"])
        if not (0 < b <= t):
            bad("invoice %s balance not in (0, total]" % i["id"])
        if not (valid_date(i["issue_date"]) and valid_date(i["due_date"]) and i["issue_date"] <= i["due_date"]):
            bad("invoice %s dates" % i["id"])
    if not 1200 <= len(invoices) <= 1600:
        bad("invoice count %d" % len(invoices))
    if len(payments) != 400 or len(labels) != 400:
        bad("need 400 payments and labels")

    st = State(invoices)
    last_date = ""
    counts = {}
    for k, (p, lab) in enumerate(zip(payments, labels)):
        where = "%s (#%d)" % (p.get("id"), k)
        if list(p.keys()) != PAYMENT_FIELDS:
            bad("%s payment fields %s" % (where, list(p.keys())))
        if lab.get("payment_id") != p["id"]:
            bad("%s label order" % where)
        extra = set(lab) - LABEL_FIELDS - {"error"}
        if extra or not LABEL_FIELDS <= set(lab):
            bad("%s label fields" % where)
        sc = lab.get("scenario")
        counts[sc] = counts.get(sc, 0) + 1
        if sc not in SCENARIO_STATUS or lab["status"] not in SCENARIO_STATUS[sc]:
            bad("%s scenario %s with status %s" % (where, sc, lab["status"]))
        if not lab.get("note") or not lab.get("reason"):
            bad("%s missing note/reason" % where)
        err = payment_error(p)
        if err:
            if sc != "bad_row" or lab["status"] != "review" or lab["applications"] or lab["candidates"] \
                    or not lab.get("error") or lab["short_pay"] is not None:
                bad("%s bad row labelled wrongly" % where)
            continue
        if "error" in lab or sc == "bad_row":
            bad("%s error/bad_row on a usable row" % where)
        if p["date"] < last_date:
            bad("%s payments not oldest first" % where)
        last_date = p["date"]
        cur = p["currency"]
        amt = to_minor(p["amount"], cur)

        # ---- invariants
        apps = lab["applications"]
        total_app = 0
        seen = set()
        owners = set()
        for a in apps:
            inv = st.inv.get(a["invoice_id"])
            if inv is None or a["invoice_id"] in seen:
                bad("%s unknown/duplicate application invoice" % where)
                continue
            seen.add(a["invoice_id"])
            owners.add(inv["customer_id"])
            if inv["currency"] != cur:
                bad("%s application in other currency" % where)
            try:
                v = to_minor(a["amount"], cur)
            except (ValueError, TypeError):
                bad("%s application amount %r" % (where, a.get("amount")))
                continue
            if v <= 0 or v > st.bal[inv["id"]]:
                bad("%s application %s takes invoice past zero or is not positive" % (where, a))
            total_app += v
        if len(owners) > 1 or (p["customer_id"] and owners and owners != {p["customer_id"]}):
            bad("%s applications to the wrong customer" % where)
        try:
            un = to_minor(lab["unapplied"], cur)
        except (ValueError, TypeError):
            bad("%s unapplied %r is not an amount in %s" % (where, lab["unapplied"], cur))
            un = -1
        if total_app + un != amt:
            bad("%s applications + unapplied != amount" % where)
        s = lab["status"]
        if s == "applied" and (not apps or un != 0 or lab["short_pay"] or lab["candidates"]):
            bad("%s inconsistent applied" % where)
        if s == "partial":
            left_open = [a for a in apps if st.bal[a["invoice_id"]] - to_minor(a["amount"], cur) > 0]
            if not apps or un != 0 or lab["candidates"] or not left_open:
                bad("%s inconsistent partial" % where)
            sp = lab["short_pay"]
            if sp is not None:
                mine = [a for a in left_open if a["invoice_id"] == sp["invoice_id"]]
                if not mine or to_minor(sp["amount"], cur) != st.bal[sp["invoice_id"]] - to_minor(mine[0]["amount"], cur) \
                        or not sp.get("reason"):
                    bad("%s short_pay does not equal what is left open" % where)
        if s == "unapplied":
            if un <= 0 or lab["short_pay"] or lab["candidates"]:
                bad("%s inconsistent unapplied" % where)
            if any(st.bal[a["invoice_id"]] != to_minor(a["amount"], cur) for a in apps):
                bad("%s unapplied cash while an applied invoice stays open" % where)
        if s == "review":
            if apps or un != amt or lab["short_pay"]:
                bad("%s inconsistent review" % where)
            cowners = set()
            for c in lab["candidates"]:
                if not c or len(set(c)) != len(c):
                    bad("%s empty/duplicated candidate set" % where)
                for x in c:
                    inv = st.inv.get(x)
                    if inv is None or st.bal[x] <= 0 or inv["currency"] != cur:
                        bad("%s candidate %s not an open invoice in %s" % (where, x, cur))
                        continue
                    cowners.add(inv["customer_id"])
            if len(cowners) > 1 or (p["customer_id"] and cowners and cowners != {p["customer_id"]}):
                bad("%s candidates of the wrong customer" % where)
        if s != "review" and lab["candidates"]:
            bad("%s candidates outside review" % where)

        # ---- decision rules
        exp = decide(p, st)
        for key in ("status", "unapplied", "short_pay", "candidates"):
            if exp[key] != lab[key]:
                bad("%s %s: label %r, rules give %r" % (where, key, lab[key], exp[key]))
        if sorted(map(json.dumps, exp["applications"])) != sorted(map(json.dumps, lab["applications"])):
            bad("%s applications: label %r, rules give %r" % (where, lab["applications"], exp["applications"]))
        st.apply(apps, cur)

    # every invoice still >= 0 (implied) and report
    if any(v < 0 for v in st.bal.values()):
        bad("an invoice went below zero")
    for m in problems[:50]:
        print("PROBLEM:", m)
    print("invoices %d, payments %d, labels %d" % (len(invoices), len(payments), len(labels)))
    for sc in sorted(counts):
        print("  %-24s %3d" % (sc, counts[sc]))
    st_counts = {}
    for lab in labels:
        st_counts[lab["status"]] = st_counts.get(lab["status"], 0) + 1
    print("  statuses:", st_counts)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
