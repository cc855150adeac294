"""Check blind set 403: replay labels, verify invariants, and re-derive every label from the decision rules.

    python3 check.py      (exit 0 = pass)
Standard library only; does not import the build modules.
"""
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "na_it_services")
CURS = {"USD", "CAD"}
INV_KEYS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
PAY_KEYS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
LAB_KEYS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"}

DEDUCTION_RULES = [
    (r"\bWITHHOLDING\b", "withholding tax"),
    (r"\bDISCOUNT\b", "early-payment discount"),
    (r"\bDAMAGED\b", "damaged goods"),
    (r"\bDISPUTED?\b", "disputed line"),
    (r"\bCREDIT MEMO\b", "credit memo applied by customer"),
    (r"\bPROCESSING FEE\b|\bMERCHANT FEE\b", "card processor fee"),
    (r"\bBANK (FEE|CHARGE)S?\b|\bWIRE FEE\b", "bank fee"),
    (r"\bFX\b|\bEXCHANGE RATE\b", "foreign exchange shortfall"),
]
PART_RULE = r"\bPARTIAL\b|\bINSTAL+MENT\b|\bPART PAYMENT\b|\bON ACCOUNT\b"
NEAR_PCT = 3
MAX_SET = 4
MAX_CANDS = 5

problems = []


def bad(msg):
    problems.append(msg)


def cents(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d+\.\d{2}", s):
        raise ValueError(s)
    a, b = s.split(".")
    return int(a) * 100 + int(b)


def fmt(c):
    return "%d.%02d" % (c // 100, c % 100)


def fmt_comma(c):
    return "{:,}.{:02d}".format(c // 100, c % 100)


def norm_name(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^A-Za-z0-9]+", " ", s).upper().split())


def pattern(value):
    cls = {"0": "[0O]", "1": "[1Il]"}
    return re.compile(r"(?<![0-9])[0O]*" + "[ ]?".join(cls.get(ch, ch) for ch in str(value)) + r"(?![0-9])")


def row_error(p):
    a = p.get("amount")
    if not isinstance(a, str) or not re.fullmatch(r"-?\d+(\.\d{1,2})?", a.strip()):
        return "non-numeric amount"
    if a.strip().startswith("-"):
        return "negative amount"
    if not re.fullmatch(r"\d+\.\d{2}", a) or cents(a) == 0:
        return "non-numeric amount"
    c = p.get("currency")
    if c in (None, ""):
        return "missing currency"
    if c not in CURS:
        return "invalid currency"
    dt = p.get("date")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dt or ""):
            raise ValueError
        date.fromisoformat(dt)
    except ValueError:
        return "malformed date"
    return None


class Engine:
    def __init__(self, invoices):
        self.inv = {i["id"]: dict(i) for i in invoices}
        for i in self.inv.values():
            i["bal"] = cents(i["balance"])
            i["value"] = int(re.sub(r"\D", "", i["number"]))
            i["pat"] = pattern(i["value"])
        self.customers = {}
        for i in self.inv.values():
            self.customers.setdefault(i["customer_id"], i["customer_name"])

    # --- rule N: who is paying
    def identify(self, p):
        if p["customer_id"] in self.customers:
            return p["customer_id"]
        pn = norm_name(p["payer_name"])
        if not pn:
            return None
        hits = [c for c, n in self.customers.items() if norm_name(n) == pn]
        if not hits and len(pn) >= 12:
            hits = [c for c, n in self.customers.items() if norm_name(n).startswith(pn)]
        return hits[0] if len(hits) == 1 else None

    # --- rule R: which invoices the text names
    def cited(self, text):
        found = []
        for i in self.inv.values():
            m = i["pat"].search(text)
            if m:
                found.append((m.start(), i))
        return [i for _, i in sorted(found, key=lambda t: (t[0], t[1]["value"]))]

    def open(self, cust, cur):
        return [i for i in self.inv.values() if i["customer_id"] == cust and i["currency"] == cur and i["bal"] > 0]

    def exact(self, cust, cur, amt):
        if cust is None:
            return []
        op = self.open(cust, cur)
        out = []
        for k in range(1, min(MAX_SET, len(op)) + 1):
            for combo in itertools.combinations(op, k):
                if sum(i["bal"] for i in combo) == amt:
                    out.append(list(combo))
        if len(op) > MAX_SET and sum(i["bal"] for i in op) == amt:
            out.append(op)
        return out

    @staticmethod
    def order(sets, amt, cited_ids=()):
        cited_ids = set(cited_ids)

        def key(s):
            return (sum(i["bal"] for i in s) != amt, not all(i["id"] in cited_ids for i in s), len(s),
                    min(i["due_date"] for i in s), min(i["value"] for i in s))
        seen, out = set(), []
        for s in sorted(sets, key=key):
            k = frozenset(i["id"] for i in s)
            if k not in seen:
                seen.add(k)
                out.append(s)
        return out[:MAX_CANDS]

    def generic(self, cited, cust, cur, amt):
        groups = {}
        for i in cited:
            if i["bal"] > 0:
                groups.setdefault(i["customer_id"], []).append(i)
        sets = list(groups.values()) + self.exact(cust, cur, amt)
        return self.order(sets, amt, [i["id"] for i in cited])

    def decide(self, p):
        R = lambda cands, why: {"status": "review", "apps": [], "unapplied": amt, "short": None, "cands": cands, "why": why}
        err = row_error(p)
        if err:
            return {"status": "review", "apps": [], "unapplied": 0, "short": None, "cands": [], "why": "bad row", "error": err}
        amt, cur = cents(p["amount"]), p["currency"]
        text = (p.get("reference") or "") + "\n" + (p.get("remittance") or "")
        C = self.identify(p)
        cited = self.cited(text)
        if not cited:
            if C is None:
                sets = [[i] for i in self.inv.values() if i["currency"] == cur and i["bal"] == amt]
                return R(self.order(sets, amt), "unknown payer, nothing named")
            sets = self.exact(C, cur, amt)
            if len(sets) == 1:
                return {"status": "applied", "apps": [(i["id"], i["bal"]) for i in sets[0]], "unapplied": 0,
                        "short": None, "cands": [], "why": "unique exact set"}
            if sets:
                return R(self.order(sets, amt), "several exact sets")
            near = [i for i in self.open(C, cur) if 0 < i["bal"] - amt and (i["bal"] - amt) * 100 <= NEAR_PCT * i["bal"]]
            if near:
                near.sort(key=lambda i: (i["bal"] - amt, i["due_date"], i["value"]))
                return R([[i] for i in near][:MAX_CANDS], "near miss")
            return {"status": "unapplied", "apps": [], "unapplied": amt, "short": None, "cands": [], "why": "fits nothing"}
        by_invoice = C is None
        custs = {i["customer_id"] for i in cited}
        if C is None:
            if len(custs) > 1:
                return R(self.generic(cited, None, cur, amt), "cited several customers, payer unknown")
            C = next(iter(custs))
        G = lambda why: R(self.generic(cited, C, cur, amt), why)
        if custs != {C}:
            return G("cites another customer's invoice")
        if any(i["currency"] != cur for i in cited):
            return G("currency differs")
        op = [i for i in cited if i["bal"] > 0]
        closed = [i for i in cited if i["bal"] == 0]
        if op and closed:
            return G("mix of paid and open")
        if closed:
            if by_invoice or self.exact(C, cur, amt):
                return G("paid invoice named, conflict")
            return {"status": "unapplied", "apps": [], "unapplied": amt, "short": None, "cands": [], "why": "duplicate"}
        S = sum(i["bal"] for i in op)
        full = [(i["id"], i["bal"]) for i in op]
        if amt == S:
            return {"status": "applied", "apps": full, "unapplied": 0, "short": None, "cands": [], "why": "named, exact"}
        if by_invoice:
            return G("payer unknown and amount not exact")
        if amt > S:
            if self.exact(C, cur, amt):
                return G("over, but amount fits other invoices")
            return {"status": "unapplied", "apps": full, "unapplied": amt - S, "short": None, "cands": [], "why": "overpayment"}
        diff = S - amt
        up = text.upper()
        cat = next((c for rx, c in DEDUCTION_RULES if re.search(rx, up)), None)
        part = bool(re.search(PART_RULE, up))
        if part and not cat and len(op) == 1:
            return {"status": "partial", "apps": [(op[0]["id"], amt)], "unapplied": 0, "short": None, "cands": [], "why": "part payment"}
        if cat and not part:
            if cat != "foreign exchange shortfall" and fmt(diff) not in text and fmt_comma(diff) not in text:
                return G("deduction amount not stated")
            if cat == "foreign exchange shortfall" and len(op) != 1:
                return G("fx on several invoices")
            last = op[-1]
            if diff >= last["bal"]:
                return G("deduction larger than the invoice")
            apps = full[:-1] + [(last["id"], last["bal"] - diff)]
            return {"status": "partial", "apps": apps, "unapplied": 0, "short": (last["id"], diff, cat), "cands": [], "why": "stated deduction"}
        if not part and not cat and len(op) == 1 and not self.exact(C, cur, amt):
            return {"status": "partial", "apps": [(op[0]["id"], amt)], "unapplied": 0,
                    "short": (op[0]["id"], diff, "unexplained shortfall"), "cands": [], "why": "unexplained short"}
        return G("short, unclear")


def main():
    invoices = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
    payments = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
    labels = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
    if not (1200 <= len(invoices) <= 1600):
        bad("invoice count %d" % len(invoices))
    if len(payments) != 400 or len(labels) != 400:
        bad("need 400 payments and labels")
    ids, numbers = set(), set()
    for i in invoices:
        if set(i) != INV_KEYS:
            bad("invoice keys %s" % i.get("id"))
        if i["id"] in ids or i["number"] in numbers:
            bad("duplicate invoice id/number %s" % i["id"])
        ids.add(i["id"]); numbers.add(i["number"])
        if i["currency"] not in CURS or not (0 < cents(i["balance"]) <= cents(i["total"])):
            bad("invoice amounts/currency %s" % i["id"])
        if i["due_date"] < i["issue_date"]:
            bad("due before issue %s" % i["id"])
    eng = Engine(invoices)
    last_date = ""
    statuses, scen = Counter(), Counter()
    for p, l in zip(payments, labels):
        pid = p.get("id")
        if set(p) != PAY_KEYS:
            bad("payment keys %s" % pid)
        if l["payment_id"] != pid:
            bad("label order %s" % pid)
        extra = set(l) - LAB_KEYS
        if not set(LAB_KEYS) <= set(l) or extra - {"error"}:
            bad("label keys %s" % pid)
        if row_error(p) != "malformed date":
            if p["date"] < last_date:
                bad("payments not oldest first at %s" % pid)
            last_date = p["date"]
        statuses[l["status"]] += 1
        scen[l["scenario"]] += 1
        exp = eng.decide(p)
        # ---- invariants on the label itself
        err = row_error(p)
        if err:
            if l["status"] != "review" or l["applications"] or l["candidates"] or l.get("error") != err:
                bad("%s bad row labelled wrong (expected error %r)" % (pid, err))
            continue
        if "error" in l:
            bad("%s error on a good row" % pid)
        amt = cents(p["amount"])
        apps = [(a["invoice_id"], cents(a["amount"])) for a in l["applications"]]
        unap = cents(l["unapplied"])
        if sum(a for _, a in apps) + unap != amt:
            bad("%s applications + unapplied != amount" % pid)
        for iid, a in apps:
            inv = eng.inv.get(iid)
            if inv is None or inv["currency"] != p["currency"] or a <= 0 or a > inv["bal"]:
                bad("%s bad application %s" % (pid, iid))
        st = l["status"]
        if st == "applied" and (unap or l["short_pay"] or l["candidates"] or not apps):
            bad("%s applied inconsistent" % pid)
        if st == "partial" and (unap or l["candidates"] or not apps):
            bad("%s partial inconsistent" % pid)
        if st == "unapplied" and (not unap or l["short_pay"] or l["candidates"]):
            bad("%s unapplied inconsistent" % pid)
        if st == "review" and (apps or l["short_pay"] or unap != amt):
            bad("%s review inconsistent" % pid)
        for c in l["candidates"]:
            invs = [eng.inv.get(x) for x in c["invoice_ids"]]
            if not invs or None in invs or any(i["bal"] <= 0 for i in invs):
                bad("%s candidate not open" % pid); continue
            if len({i["customer_id"] for i in invs}) != 1 or len({i["currency"] for i in invs}) != 1:
                bad("%s candidate mixes customers/currencies" % pid)
            if invs[0]["currency"] != p["currency"] and l["scenario"] not in ("currency_mismatch", "typo_in_number"):
                bad("%s candidate in another currency" % pid)
            if cents(c["total"]) != sum(i["bal"] for i in invs):
                bad("%s candidate total" % pid)
        # ---- the label must follow from the rules
        got = {"status": st, "apps": sorted(apps), "unapplied": unap,
               "short": None if not l["short_pay"] else (l["short_pay"]["invoice_id"], cents(l["short_pay"]["amount"]), l["short_pay"]["reason"]),
               "cands": [sorted(c["invoice_ids"]) for c in l["candidates"]]}
        want = {"status": exp["status"], "apps": sorted(exp["apps"]), "unapplied": exp["unapplied"], "short": exp["short"],
                "cands": [sorted(i["id"] for i in s) for s in exp["cands"]]}
        if got != want:
            bad("%s [%s] label differs from rules (%s):\n   label %s\n   rules %s" % (pid, l["scenario"], exp["why"], got, want))
        # ---- replay
        for iid, a in apps:
            eng.inv[iid]["bal"] -= a
        if st == "partial" and not any(eng.inv[i]["bal"] > 0 for i, _ in apps):
            bad("%s partial leaves nothing open" % pid)
        if l["short_pay"] and eng.inv[l["short_pay"]["invoice_id"]]["bal"] != cents(l["short_pay"]["amount"]):
            bad("%s short_pay amount is not the remaining balance" % pid)
    print("statuses", dict(statuses))
    print("scenarios", dict(sorted(scen.items())))
    if problems:
        print("\n".join(problems[:60]))
        print("FAIL: %d problem(s)" % len(problems))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
