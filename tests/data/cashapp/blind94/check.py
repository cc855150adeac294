#!/usr/bin/env python3
"""Check blind cash-application set 344 (canada_lumber). Standard library only.

1. Shape: the three files, contract fields only, ids unique, amounts well formed.
2. Invariants: the labels replay in order against the invoices; every
   application names an open invoice of the payment's currency, no invoice goes
   below zero, applications + unapplied = amount, statuses are consistent,
   candidates are open invoices of the right customer and currency.
3. Rules: the decision rules of README.md are re-derived from the raw payment
   text (references, remittances, payer names, amounts) and every label must be
   exactly what they give.

Exits non-zero on any problem.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "canada_lumber")
INVOICE_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date",
                  "due_date"]
PAYMENT_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
LABEL_FIELDS = {"payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
                "scenario", "note"}
CURRENCIES = {"CAD", "USD"}
MAX_COMBO = 5          # a clerk tries combinations of up to five open invoices
NEAR = 20              # "near": within 1/20 = 5% of an invoice balance
SHORT_PAY_MAX = 10     # unexplained shortfall up to 1/10 = 10% is a short pay, beyond it a part payment
MAX_CANDIDATES = 5

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


# ---------------------------------------------------------------- text rules
SPECIAL = {"Ł": "L", "ł": "l", "Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "ß": "SS",
           "Đ": "D", "đ": "d"}
LEGAL = {"INC", "LTD", "LTEE", "LLC", "CORP", "CORPORATION", "CO", "COMPANY", "LIMITED", "INCORPORATED", "ULC",
         "LP", "LLP", "THE", "INCORPOREE"}
STOP = {"AND", "ET"}


def fold(s):
    s = "".join(SPECIAL.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).upper()


def tokens(s):
    return [t for t in re.sub(r"[^A-Z0-9]+", " ", fold(s)).split() if t not in STOP]


def core(s):
    return " ".join(t for t in tokens(s) if t not in LEGAL)


def full(s):
    return " ".join(tokens(s))


def alternatives(customer_name):
    """The name, and for 'X o/a Y' / 'X dba Y' each side on its own."""
    parts = [p.strip(" ()") for p in re.split(r"\b(?:o/a|dba|d/b/a)\b", customer_name, flags=re.I)]
    return [customer_name] + ([p for p in parts if p] if len(parts) > 1 else [])


# OCR look-alikes inside a number: O->0, I/L/|->1, S->5, B->8
OCR = str.maketrans({"O": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8"})
NUMBER = re.compile(r"(?<![A-Z0-9])(?:BBP|INVOICE|INV|FACTURE|FACT|NO|N)?[ \-#:./°*]*([0-9OILSB|]{4,9})(?![A-Z0-9])")
SPACED = re.compile(r"(?<![A-Z0-9,.])(\d{2,4}) (\d{3})(?![A-Z0-9])")


def numbers_in(text):
    u = fold(text)
    hits = []
    for m in NUMBER.finditer(u):
        run = m.group(1)
        if sum(ch.isdigit() for ch in run) >= 3:
            hits.append((m.start(1), int(run.translate(OCR))))
    for m in SPACED.finditer(u):
        hits.append((m.start(1), int(m.group(1) + m.group(2))))
    out = []
    for _, n in sorted(hits):
        if n not in out:
            out.append(n)
    return out


AMOUNT_EN = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})(?!\d)")
AMOUNT_FR = re.compile(r"(?<![\d,.])(\d{1,3}(?: \d{3})+|\d+),(\d{2})(?!\d)")


def amounts_in(text):
    out = set()
    for rx, sep in ((AMOUNT_EN, ","), (AMOUNT_FR, " ")):
        for m in rx.finditer(text):
            out.add(int(m.group(1).replace(sep, "")) * 100 + int(m.group(2)))
    return out


CATEGORIES = [  # (key, short-pay reason, phrases), phrases matched on folded text at word boundaries
    ("part", None, ["PARTIAL PAYMENT", "PART PAYMENT", "PROGRESS PAYMENT", "INSTALMENT", "INSTALLMENT", "ACOMPTE",
                    "PAIEMENT PARTIEL", "VERSEMENT PARTIEL", "HOLDBACK", "RETENUE DE GARANTIE"]),
    ("bank_fee", "bank fee", ["BANK FEE", "BANK FEES", "BANK CHARGE", "BANK CHARGES", "WIRE FEE", "INTERMEDIARY",
                              "FRAIS BANCAIRES", "FRAIS DE VIREMENT"]),
    ("card_fee", "card processing fee", ["PROCESSING FEE", "CARD FEE", "MERCHANT FEE", "FRAIS DE TRAITEMENT"]),
    ("discount", "early-payment discount", ["DISCOUNT", "ESCOMPTE"]),
    ("damaged", "damaged goods", ["DAMAGED", "DAMAGE", "ENDOMMAGEE", "ENDOMMAGE", "ENDOMMAGES", "ENDOMMAGEES"]),
    ("shortage", "short shipment", ["SHORT SHIPPED", "SHORT-SHIPPED", "SHORTAGE", "NOT DELIVERED", "MANQUANTES",
                                    "MANQUANT", "MANQUANTS"]),
    ("pricing", "pricing dispute", ["PRICE DIFFERENCE", "PRICING", "WRONG PRICE", "ECART DE PRIX"]),
    ("freight", "freight charge disputed", ["FREIGHT", "FRAIS DE LIVRAISON", "DELIVERY CHARGE"]),
    ("returned", "returned goods", ["RETURNED", "RETURN CREDIT", "RETOUR"]),
    ("fx", "foreign exchange shortfall", ["FX", "EXCHANGE", "CONVERSION", "CONVERTED", "TAUX DE CHANGE"]),
]


def categories(text):
    u = fold(text)
    found = []
    for key, reason, phrases in CATEGORIES:
        if any(re.search(r"(?<![A-Z0-9])" + re.escape(ph) + r"(?![A-Z0-9])", u) for ph in phrases):
            found.append((key, reason))
    return found


def cents(s):
    return int(s[:-3]) * 100 + int(s[-2:])


def fmt(c):
    return f"{c // 100}.{c % 100:02d}"


# ---------------------------------------------------------------- the ledger
class Ledger:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.by_number = {int(i["number"].split("-")[1]): i for i in invoices}
        self.bal = {i["id"]: cents(i["balance"]) for i in invoices}
        self.customers = {}
        for i in invoices:
            self.customers.setdefault(i["customer_id"], {"name": i["customer_name"], "currencies": set(), "inv": []})
            self.customers[i["customer_id"]]["currencies"].add(i["currency"])
            self.customers[i["customer_id"]]["inv"].append(i)
        self.names = {cid: ([core(a) for a in alternatives(c["name"])], [full(a) for a in alternatives(c["name"])])
                      for cid, c in self.customers.items()}

    def open(self, cid, cur):
        return [i for i in self.customers[cid]["inv"] if i["currency"] == cur and self.bal[i["id"]] > 0]

    def who(self, payer):
        """Customer named by the payer: same core name (legal suffixes ignored) as the customer or one side of an
        o/a-dba name, or a bank-truncated prefix of at least 12 characters; only if exactly one customer fits."""
        if not payer:
            return None
        pc, pf = core(payer), full(payer)
        hits = {cid for cid, (cores, fulls) in self.names.items()
                if (pc and pc in cores) or (len(pf) >= 12 and any(f.startswith(pf) for f in fulls))}
        return hits.pop() if len(hits) == 1 else None

    def combos(self, cid, cur, amount):
        """Every set of at most MAX_COMBO open invoices whose balances add up to amount exactly."""
        items = sorted(self.open(cid, cur), key=lambda i: (self.bal[i["id"]], i["id"]))
        out = []

        def walk(start, chosen, rest):
            if rest == 0 and chosen:
                out.append(chosen)
                return
            if len(chosen) == MAX_COMBO:
                return
            for k in range(start, len(items)):
                v = self.bal[items[k]["id"]]
                if v > rest:
                    break
                walk(k + 1, chosen + [items[k]], rest - v)

        walk(0, [], amount)
        return out

    def ordered(self, sets, named_open):
        named = {i["id"] for i in named_open}

        def key(s):
            ids = {i["id"] for i in s}
            return (0 if named and ids <= named else 1, len(s), sorted(i["due_date"] for i in s),
                    sorted(i["number"] for i in s))
        out = sorted(sets, key=key)
        if named_open and not any({i["id"] for i in s} == named for s in out):
            out.append(list(named_open))
        return out[:MAX_CANDIDATES]


# ---------------------------------------------------------------- validation
def validate(p):
    a = p.get("amount")
    if a is None or a == "":
        return "amount is missing"
    if not isinstance(a, str) or not re.fullmatch(r"-?\d+\.\d{2}", a):
        return "amount is not a number"
    if a.startswith("-"):
        return "amount is negative"
    if cents(a) == 0:
        return "amount is zero"
    c = p.get("currency")
    if c is None or c == "":
        return "currency is missing"
    if not re.fullmatch(r"[A-Z]{3}", c):
        return "currency is not a valid code"
    d = p.get("date")
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return "date is malformed"
    try:
        dt.date.fromisoformat(d)
    except ValueError:
        return "date is not a valid calendar date"
    return None


# ---------------------------------------------------------------- the rules
def derive(led, p):
    """What a careful clerk concludes. Returns a dict like a MATCHES entry (without payment_id/reason)."""
    err = validate(p)
    if err:
        return {"status": "review", "apps": [], "unapplied": 0, "short_pay": None, "cands": [], "error": err}
    A, K = cents(p["amount"]), p["currency"]
    text = (p["reference"] or "") + "\n" + (p["remittance"] or "")

    def review(cands, why):
        return {"status": "review", "apps": [], "unapplied": A, "short_pay": None, "cands": cands, "why": why}

    def result(status, apps, unapplied=0, short_pay=None, why=""):
        return {"status": status, "apps": apps, "unapplied": unapplied, "short_pay": short_pay, "cands": [],
                "why": why}

    # who pays: the bank's customer id, else the payer name
    C = p["customer_id"] if p["customer_id"] in led.customers else None
    if C is None:
        C = led.who(p["payer_name"])
    named = [led.by_number[n] for n in numbers_in(text) if n in led.by_number]

    if named:
        owners = {i["customer_id"] for i in named}
        if C is not None and owners != {C}:
            return review(led.ordered(led.combos(C, K, A), []), "R1 names another customer's invoice")
        if C is None and len(owners) > 1:
            return review([], "R1 names invoices of several customers, payer unknown")
        D = owners.pop()
        by_ref_only = C is None
        if any(i["currency"] != K for i in named):
            return review([], "R2 currency differs from the named invoices")
        still_open = [i for i in named if led.bal[i["id"]] > 0]
        paid = [i for i in named if led.bal[i["id"]] == 0]
        B = sum(led.bal[i["id"]] for i in still_open)
        if still_open and A == B:
            return result("applied", [(i, led.bal[i["id"]]) for i in still_open], why="R3 named and exact")
        ids = {i["id"] for i in still_open}
        elsewhere = [s for s in led.combos(D, K, A) if {i["id"] for i in s} != ids]
        if elsewhere:
            return review(led.ordered(elsewhere, still_open), "R4 amount fits other open invoices exactly")
        if not still_open:
            if by_ref_only:
                return review([], "R5 named invoice already paid, payer unknown")
            return result("unapplied", [], A, why="R5 second payment of a paid invoice")
        if len(still_open) > 1 or paid:
            return review(led.ordered([], still_open), "R6 several named invoices, amount is not their total")
        x = still_open[0]
        b = led.bal[x["id"]]
        if A > b:
            if by_ref_only:
                return review([[x]], "R7 overpayment, payer unknown")
            return result("unapplied", [(x, b)], A - b, why="R7 overpayment")
        cats = categories(text)
        if len(cats) > 1:
            return review([[x]], "R8 several explanations")
        cat = cats[0] if cats else None
        if by_ref_only:
            if cat and cat[0] != "part" and {b, b - A} <= amounts_in(text):
                return result("partial", [(x, A)], short_pay={"invoice_id": x["id"], "amount": b - A,
                                                              "reason": cat[1]}, why="R8 reconciled deduction")
            return review([[x]], "R8 short, payer unknown")
        if cat and cat[0] == "part":
            return result("partial", [(x, A)], why="R9 stated part payment")
        if cat:
            return result("partial", [(x, A)], short_pay={"invoice_id": x["id"], "amount": b - A, "reason": cat[1]},
                          why="R9 stated deduction")
        if (b - A) * SHORT_PAY_MAX <= b:
            return result("partial", [(x, A)], short_pay={"invoice_id": x["id"], "amount": b - A,
                                                          "reason": "unexplained shortfall"}, why="R9 short pay")
        return result("partial", [(x, A)], why="R9 unexplained part payment")

    # no invoice named
    if C is None:
        singles = sorted((i for i in led.inv.values() if i["currency"] == K and led.bal[i["id"]] == A),
                         key=lambda i: (i["due_date"], i["number"]))
        return review([[i] for i in singles][:MAX_CANDIDATES], "R10 payer unknown, nothing named")
    if not led.open(C, K) and any(led.open(C, k) for k in CURRENCIES if k != K):
        return review([], "R11 customer's open invoices are in another currency")
    sets = led.combos(C, K, A)
    if len(sets) == 1:
        s = sorted(sets[0], key=lambda i: (i["due_date"], i["number"]))
        return result("applied", [(i, led.bal[i["id"]]) for i in s], why="R12 one exact combination")
    if sets:
        return review(led.ordered(sets, []), "R12 several exact combinations")
    near = sorted((i for i in led.open(C, K) if abs(led.bal[i["id"]] - A) * NEAR <= led.bal[i["id"]]),
                  key=lambda i: (abs(led.bal[i["id"]] - A), i["due_date"], i["number"]))
    if near:
        return review([[i] for i in near][:MAX_CANDIDATES], "R13 near an open invoice")
    return result("unapplied", [], A, why="R14 known customer, fits nothing")


# ---------------------------------------------------------------- checks
def load(name):
    with open(os.path.join(SET, name), encoding="utf-8") as f:
        return json.load(f)


def check_shapes(invoices, payments, labels):
    if not 1200 <= len(invoices) <= 1600:
        problem(f"{len(invoices)} invoices, expected 1200-1600")
    if len(payments) != 400 or len(labels) != 400:
        problem(f"{len(payments)} payments / {len(labels)} labels, expected 400")
    ids, numbers = set(), set()
    for i in invoices:
        if list(i) != INVOICE_FIELDS:
            problem(f"invoice fields {list(i)}")
        if i["id"] in ids or i["number"] in numbers:
            problem(f"duplicate invoice {i['id']} {i['number']}")
        ids.add(i["id"])
        numbers.add(i["number"])
        if re.search(r"\d{4}", i["id"]):
            problem(f"invoice id {i['id']} looks like a number")
        if not re.fullmatch(r"BBP-\d{7}", i["number"]):
            problem(f"invoice number {i['number']}")
        if i["currency"] not in CURRENCIES:
            problem(f"invoice currency {i['currency']}")
        for f in ("total", "balance"):
            if not re.fullmatch(r"\d+\.\d{2}", i[f]):
                problem(f"{i['id']} {f} {i[f]}")
        if not 0 < cents(i["balance"]) <= cents(i["total"]):
            problem(f"{i['id']} balance outside (0, total]")
        if i["due_date"] < i["issue_date"]:
            problem(f"{i['id']} due before issue")
    per_cust = {}
    for i in invoices:
        per_cust.setdefault(i["customer_id"], set()).add((i["customer_name"], i["currency"]))
    for cid, v in per_cust.items():
        if len(v) != 1:
            problem(f"customer {cid} has several names or currencies {v}")
    nums = sorted(int(i["number"][4:]) for i in invoices)
    if nums[-1] - nums[0] + 1 == len(nums):
        problem("invoice numbers have no gaps")
    if sum(1 for i in invoices if i["balance"] != i["total"]) < 20:
        problem("too few part-paid invoices")
    pids = set()
    last = ""
    for p in payments:
        if list(p) != PAYMENT_FIELDS:
            problem(f"payment fields {list(p)}")
        if p["id"] in pids:
            problem(f"duplicate payment {p['id']}")
        pids.add(p["id"])
        if validate(p) is None:
            if p["date"] < last:
                problem(f"{p['id']} out of date order")
            last = p["date"]
    for p, lab in zip(payments, labels):
        if lab["payment_id"] != p["id"]:
            problem(f"label order: {lab['payment_id']} vs {p['id']}")
        extra = set(lab) - LABEL_FIELDS - {"error"}
        if extra or LABEL_FIELDS - set(lab):
            problem(f"{p['id']} label fields {sorted(lab)}")
        if ("error" in lab) != (lab["scenario"] == "bad_row"):
            problem(f"{p['id']} error field only on bad rows")


def check_invariants(led, payments, labels):
    """Replay the labels; returns nothing, mutates led.bal."""
    for p, lab in zip(payments, labels):
        pid = p["id"]
        st = lab["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            problem(f"{pid} status {st}")
            continue
        if not lab.get("reason"):
            problem(f"{pid} empty reason")
        for a in lab["applications"]:
            if set(a) != {"invoice_id", "amount"} or not re.fullmatch(r"\d+\.\d{2}", a["amount"]):
                problem(f"{pid} application shape {a}")
        if not re.fullmatch(r"\d+\.\d{2}", lab["unapplied"]):
            problem(f"{pid} unapplied {lab['unapplied']}")
        if "error" in lab:
            if st != "review" or lab["applications"] or lab["candidates"] or lab["short_pay"] or \
                    lab["unapplied"] != "0.00":
                problem(f"{pid} bad row must be a bare review")
            continue
        A = cents(p["amount"])
        total = sum(cents(a["amount"]) for a in lab["applications"]) + cents(lab["unapplied"])
        if total != A:
            problem(f"{pid} applications + unapplied = {fmt(total)} != {p['amount']}")
        C = p["customer_id"] if p["customer_id"] in led.customers else led.who(p["payer_name"])
        touched = []
        for a in lab["applications"]:
            inv = led.inv.get(a["invoice_id"])
            if inv is None:
                problem(f"{pid} applies to unknown invoice {a['invoice_id']}")
                continue
            if inv["currency"] != p["currency"]:
                problem(f"{pid} applies across currencies")
            if led.bal[inv["id"]] <= 0:
                problem(f"{pid} applies to a closed invoice {inv['number']}")
            if cents(a["amount"]) <= 0 or cents(a["amount"]) > led.bal[inv["id"]]:
                problem(f"{pid} takes {inv['number']} past zero")
            if C is not None and inv["customer_id"] != C:
                problem(f"{pid} applies to another customer's invoice")
            touched.append(inv)
        owners = {i["customer_id"] for i in touched}
        if len(owners) > 1:
            problem(f"{pid} applications span customers")
        for c in lab["candidates"]:
            ids = c.get("invoice_ids") if isinstance(c, dict) else None
            if not ids or set(c) != {"invoice_ids"}:
                problem(f"{pid} candidate shape {c}")
                continue
            invs = [led.inv.get(x) for x in ids]
            if None in invs or any(led.bal[i["id"]] <= 0 or i["currency"] != p["currency"] for i in invs):
                problem(f"{pid} candidate not an open invoice in {p['currency']}")
                continue
            if len({i["customer_id"] for i in invs}) != 1 or (C is not None and invs[0]["customer_id"] != C):
                problem(f"{pid} candidate of the wrong customer")
        sp = lab["short_pay"]
        if st == "applied":
            if not lab["applications"] or lab["unapplied"] != "0.00" or sp or lab["candidates"]:
                problem(f"{pid} inconsistent applied")
        elif st == "partial":
            if len(lab["applications"]) != 1 or lab["unapplied"] != "0.00" or lab["candidates"]:
                problem(f"{pid} inconsistent partial")
            else:
                a = lab["applications"][0]
                left = led.bal[a["invoice_id"]] - cents(a["amount"])
                if left <= 0:
                    problem(f"{pid} partial leaves nothing open")
                if sp and (set(sp) != {"invoice_id", "amount", "reason"} or sp["invoice_id"] != a["invoice_id"] or
                           cents(sp["amount"]) != left or not sp["reason"]):
                    problem(f"{pid} short_pay does not describe what is left open")
        elif st == "unapplied":
            if cents(lab["unapplied"]) <= 0 or sp or lab["candidates"] or C is None:
                problem(f"{pid} inconsistent unapplied (held cash needs a known customer)")
        else:
            if lab["applications"] or sp or lab["unapplied"] != p["amount"]:
                problem(f"{pid} inconsistent review")
        for a in lab["applications"]:
            led.bal[a["invoice_id"]] -= cents(a["amount"])
    if any(v < 0 for v in led.bal.values()):
        problem("a balance went below zero")


def check_rules(led, payments, labels):
    stats = Counter()
    for p, lab in zip(payments, labels):
        d = derive(led, p)
        pid = p["id"]
        got = {"status": lab["status"],
               "apps": sorted((a["invoice_id"], cents(a["amount"])) for a in lab["applications"]),
               "unapplied": cents(lab["unapplied"]),
               "short_pay": lab["short_pay"] and (lab["short_pay"]["invoice_id"], cents(lab["short_pay"]["amount"]),
                                                  lab["short_pay"]["reason"]),
               "cands": [frozenset(c["invoice_ids"]) for c in lab["candidates"]],
               "error": lab.get("error")}
        want = {"status": d["status"], "apps": sorted((i["id"], a) for i, a in d["apps"]), "unapplied": d["unapplied"],
                "short_pay": d["short_pay"] and (d["short_pay"]["invoice_id"], d["short_pay"]["amount"],
                                                 d["short_pay"]["reason"]),
                "cands": [frozenset(i["id"] for i in s) for s in d["cands"]], "error": d.get("error")}
        for k in want:
            if got[k] != want[k]:
                problem(f"{pid} [{lab['scenario']}] {k}: label {got[k]!r} but rules give {want[k]!r} "
                        f"({d.get('why', d.get('error'))})")
        stats[d.get("why", "bad row").split(" ")[0]] += 1
        for a in lab["applications"]:
            led.bal[a["invoice_id"]] -= cents(a["amount"])
    return stats


def main():
    invoices, payments, labels = load("invoices.json"), load("payments.json"), load("labels.json")
    check_shapes(invoices, payments, labels)
    check_invariants(Ledger(invoices), payments, labels)
    stats = check_rules(Ledger(invoices), payments, labels)
    bad = sum(1 for lab in labels if "error" in lab)
    if not 4 <= bad <= 8:
        problem(f"{bad} bad rows, expected 1-2% of 400")
    print("status:", dict(Counter(lab["status"] for lab in labels)))
    print("scenario:", dict(sorted(Counter(lab["scenario"] for lab in labels).items())))
    print("rules fired:", dict(sorted(stats.items())))
    if PROBLEMS:
        for m in PROBLEMS[:60]:
            print("PROBLEM:", m)
        print(f"{len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print("OK: all invariants hold and every label follows the decision rules")


if __name__ == "__main__":
    main()
