#!/usr/bin/env python3
"""Checker for blind cash-application set 388 (latam_auto_parts).

Replays labels.json in order against invoices.json / payments.json and
  1. verifies the contract invariants on every label, and
  2. re-derives every label with the written decision rules (the "clerk",
     README section "Decision rules") and compares status, applications,
     unapplied, short_pay and candidates.
Exits non-zero on any problem. Standard library only.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

DEC = {"MXN": 2, "USD": 2, "COP": 2, "CLP": 0, "PEN": 2}
MAX_SET = 4          # exact-sum search looks at sets of at most 4 invoices
NEAR_PCT = 10        # "near" = within 10 % of an invoice balance
MAX_CANDS = 5

# ---------------------------------------------------------------- text helpers

def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


LEGAL = {"sa", "de", "cv", "s", "a", "c", "v", "rl", "r", "l", "sapi", "p", "i", "sas", "spa", "sac",
         "srl", "eirl", "e", "ltda", "llc", "inc", "cia", "y", "co", "corp"}


def norm_name(s):
    s = strip_accents(s or "").lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = s.split()
    while toks and toks[-1] in LEGAL:
        toks.pop()
    return " ".join(toks)


def norm_text(s):
    return strip_accents(s or "").lower()


_OCR = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8"})
_PREFIXES = ("FACTURA", "FACT", "FAC", "FV", "INV", "F")
_JOIN = re.compile(r"(?<![\d.,])\d{1,3}(?:[ .]\d{3})+(?![\d,]|\.\d)")


def mentioned_numbers(text):
    """Invoice-number candidates in free text (prefix optional, leading zeros,
    thousands-style grouping with space or dot, OCR letters O/I/L/S/B)."""
    t = strip_accents(text or "").upper()
    t = _JOIN.sub(lambda m: m.group(0).replace(" ", "").replace(".", ""), t)
    out = set()
    for tok in re.findall(r"[A-Z0-9]+", t):
        if sum(ch.isdigit() for ch in tok) < 3:
            continue
        for p in _PREFIXES:
            if tok.startswith(p) and len(tok) > len(p):
                tok = tok[len(p):]
                break
        tok = tok.translate(_OCR)
        if tok.isdigit() and len(tok) <= 8:
            out.add(int(tok))
    return out


KEYWORDS = [  # (reason, patterns) - first match wins
    ("fx_difference", [r"tipo de cambio", r"diferencia cambiaria", r"diferencia en cambio", r"exchange rate", r"fx difference"]),
    ("card_fee", [r"comision tarjeta", r"comision tpv", r"comision adquirente", r"merchant fee"]),
    ("bank_fee", [r"comision bancaria", r"gastos bancarios", r"bank charges", r"intermediary bank", r"cargos bancarios"]),
    ("withholding_tax", [r"retencion", r"retefuente", r"reteica", r"reteiva", r"withholding"]),
    ("damaged_goods", [r"danad[ao]s?", r"defectuos[ao]s?", r"damaged", r"averiad[ao]s?"]),
    ("early_payment_discount", [r"pronto pago", r"early payment", r"descuento"]),
    ("part_payment", [r"abono", r"pago parcial", r"parcialidad", r"anticipo", r"a cuenta", r"partial payment", r"pago \d de \d"]),
]


def classify(text):
    t = norm_text(text)
    for reason, pats in KEYWORDS:
        for p in pats:
            if re.search(r"\b" + p + r"\b", t):
                return reason
    return None


def amount_variants(minor, cur):
    d = DEC[cur]
    if d == 0:
        n = minor
        return {str(n), f"{n:,}", f"{n:,}".replace(",", ".")}
    units, cents = divmod(minor, 100)
    v = {f"{units}.{cents:02d}", f"{units:,}.{cents:02d}", f"{units:,}".replace(",", ".") + f",{cents:02d}"}
    if cents == 0 and cur == "COP":
        v |= {f"{units:,}".replace(",", "."), str(units)}
    return v


def stated(minor, text, cur):
    t = text or ""
    for v in amount_variants(minor, cur):
        if re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)", t):
            return True
    return False

# ---------------------------------------------------------------- amounts

def to_minor(s, cur):
    d = DEC[cur]
    if d == 0:
        return int(s)
    u, c = s.split(".")
    return int(u) * 100 + int(c)


def fmt(minor, cur):
    if minor is None:
        return None
    if DEC[cur] == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    m = abs(minor)
    return f"{sign}{m // 100}.{m % 100:02d}"


def validate(p):
    """Return an error category or None."""
    d = p.get("date")
    ok = isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)
    if ok:
        try:
            datetime.date.fromisoformat(d)
        except ValueError:
            ok = False
    if not ok:
        return "malformed_date"
    cur = p.get("currency")
    if cur is None or cur == "":
        return "missing_currency"
    if cur not in DEC:
        return "invalid_currency"
    a = p.get("amount")
    if not isinstance(a, str) or not re.fullmatch(r"-?\d+(\.\d+)?", a):
        return "non_numeric_amount"
    if a.startswith("-"):
        return "negative_amount"
    pat = r"\d+" if DEC[cur] == 0 else r"\d+\.\d{2}"
    if not re.fullmatch(pat, a):
        return "bad_minor_units"
    if to_minor(a, cur) <= 0:
        return "zero_amount"
    return None

# ---------------------------------------------------------------- the clerk

class Book:
    def __init__(self, invoices):
        self.inv = {i["id"]: i for i in invoices}
        self.cur = {i["id"]: i["currency"] for i in invoices}
        self.bal = {i["id"]: to_minor(i["balance"], i["currency"]) for i in invoices}
        self.by_num = {}
        for i in invoices:
            self.by_num.setdefault(int(re.sub(r"\D", "", i["number"])), []).append(i["id"])
        self.customers = {}
        names = {}
        for i in invoices:
            self.customers.setdefault(i["customer_id"], i["customer_name"])
        for cid, nm in self.customers.items():
            names.setdefault(norm_name(nm), set()).add(cid)
        self.names = names
        self.pool_ids = {}
        for i in invoices:
            self.pool_ids.setdefault((i["customer_id"], i["currency"]), []).append(i["id"])

    def key(self, iid):
        i = self.inv[iid]
        return (i["due_date"], i["number"])

    def open_pool(self, cid, cur):
        return [x for x in self.pool_ids.get((cid, cur), []) if self.bal[x] > 0]

    def has_open_other_currency(self, cid, cur):
        return any(self.bal[x] > 0 for (c, k), ids in self.pool_ids.items() if c == cid and k != cur for x in ids)

    def identify(self, p):
        cid = p.get("customer_id")
        if cid is not None:
            return cid if cid in self.customers else None
        s = self.names.get(norm_name(p.get("payer_name") or ""))
        if s and len(s) == 1 and norm_name(p.get("payer_name") or ""):
            return next(iter(s))
        return None


def exact_subsets(book, ids, target, maxk=MAX_SET):
    ids = sorted(ids, key=book.key)
    b = [book.bal[x] for x in ids]
    n = len(ids)
    res = [(i,) for i in range(n) if b[i] == target]
    pairs = {}
    for i in range(n):
        for j in range(i + 1, n):
            pairs.setdefault(b[i] + b[j], []).append((i, j))
    if maxk >= 2:
        res += pairs.get(target, [])
    if maxk >= 3:
        for i in range(n):
            for (j, k) in pairs.get(target - b[i], []):
                if j > i:
                    res.append((i, j, k))
    if maxk >= 4:
        for s, lst in pairs.items():
            other = pairs.get(target - s)
            if not other:
                continue
            for (i, j) in lst:
                for (k, l) in other:
                    if k > j:
                        res.append((i, j, k, l))
    return [tuple(ids[x] for x in t) for t in res]


def rank(book, tiered):
    """tiered: list of (tier, iterable of invoice ids). 0 = named and exact amount,
    1 = exact amount, 2 = named (amount differs), 3 = near amount."""
    best = {}
    for tier, ids in tiered:
        fs = frozenset(ids)
        if not fs:
            continue
        if fs not in best or tier < best[fs]:
            best[fs] = tier
    def k(fs):
        ks = sorted(book.key(x) for x in fs)
        return (best[fs], len(fs), ks)
    out = sorted(best, key=k)[:MAX_CANDS]
    return [sorted(fs, key=book.key) for fs in out]


def decide(book, p):
    """Return (decision dict, customer) for one payment; does not mutate the book."""
    err = validate(p)
    if err:
        return {"status": "review", "applications": [], "unapplied": None, "short_pay": None,
                "candidates": [], "error": err}, None
    cur = p["currency"]
    amt = to_minor(p["amount"], cur)
    K = book.identify(p)
    text = (p.get("reference") or "") + "\n" + (p.get("remittance") or "")
    ment = sorted({x for n in mentioned_numbers(text) for x in book.by_num.get(n, [])}, key=book.key)

    def review(tiered):
        return {"status": "review", "applications": [], "unapplied": amt, "short_pay": None,
                "candidates": rank(book, tiered)}

    def done(status, apps, unapplied=0, short=None):
        return {"status": status, "applications": apps, "unapplied": unapplied, "short_pay": short,
                "candidates": []}

    if K is not None:
        pool = book.open_pool(K, cur)
        exact = exact_subsets(book, pool, amt)
        foreign = [x for x in ment if book.inv[x]["customer_id"] != K or book.cur[x] != cur]
        own_open = [x for x in ment if x not in foreign and book.bal[x] > 0]
        own_paid = [x for x in ment if x not in foreign and book.bal[x] == 0]
        if foreign:
            tiered = [(1, e) for e in exact]
            groups = {}
            for x in ment:
                if book.bal[x] > 0 and book.cur[x] == cur:
                    groups.setdefault(book.inv[x]["customer_id"], []).append(x)
            for g in groups.values():
                tiered.append((0 if sum(book.bal[x] for x in g) == amt else 2, g))
            return review(tiered), K
        if own_open:
            B = sum(book.bal[x] for x in own_open)
            if amt == B:
                return done("applied", [(x, book.bal[x]) for x in own_open]), K
            if exact:
                return review([(1, e) for e in exact] + [(2, own_open)]), K
            if amt > B:
                return done("unapplied", [(x, book.bal[x]) for x in own_open], amt - B), K
            if len(own_open) > 1:
                return review([(2, own_open)]), K
            x = own_open[0]
            short = B - amt
            kind = classify(text)
            if kind == "part_payment":
                return done("partial", [(x, amt)]), K
            if kind:
                if stated(short, text, cur):
                    return done("partial", [(x, amt)], 0, (x, short, kind)), K
                return review([(2, own_open)]), K
            if short * 100 <= B * NEAR_PCT:
                return done("partial", [(x, amt)], 0, (x, short, "unexplained")), K
            return review([(2, own_open)]), K
        if own_paid:
            if exact:
                return review([(1, e) for e in exact]), K
            return done("unapplied", [], amt), K
        if not pool and book.has_open_other_currency(K, cur):
            return review([]), K
        if len(exact) == 1:
            return done("applied", [(x, book.bal[x]) for x in exact[0]]), K
        if exact:
            return review([(1, e) for e in exact]), K
        near = [x for x in pool if book.bal[x] != amt and abs(book.bal[x] - amt) * 100 <= book.bal[x] * NEAR_PCT]
        if near:
            near.sort(key=lambda x: (abs(book.bal[x] - amt), book.key(x)))
            return {"status": "review", "applications": [], "unapplied": amt, "short_pay": None,
                    "candidates": [[x] for x in near[:MAX_CANDS]]}, K
        return done("unapplied", [], amt), K

    # payer not identified
    all_exact = [[x] for (c, k), ids in book.pool_ids.items() if k == cur for x in ids if book.bal[x] == amt]
    open_ment = [x for x in ment if book.bal[x] > 0]
    if open_ment:
        custs = {book.inv[x]["customer_id"] for x in open_ment}
        curs = {book.cur[x] for x in open_ment}
        if len(custs) == 1 and curs == {cur} and sum(book.bal[x] for x in open_ment) == amt \
                and len(open_ment) == len(ment):
            return done("applied", [(x, book.bal[x]) for x in open_ment]), book.inv[open_ment[0]]["customer_id"]
    tiered = [(1, e) for e in all_exact]
    groups = {}
    for x in open_ment:
        if book.cur[x] == cur:
            groups.setdefault(book.inv[x]["customer_id"], []).append(x)
    for g in groups.values():
        tiered.append((0 if sum(book.bal[x] for x in g) == amt else 2, g))
    return review(tiered), None


def apply(book, dec):
    for x, a in dec["applications"]:
        book.bal[x] -= a

# ---------------------------------------------------------------- label checks

def label_core(lab, cur):
    """Convert a label to the clerk's comparable shape."""
    def m(s):
        return None if s is None else to_minor(s, cur)
    sp = lab.get("short_pay")
    return {
        "status": lab["status"],
        "applications": sorted((a["invoice_id"], m(a["amount"])) for a in lab["applications"]),
        "unapplied": m(lab["unapplied"]) if cur in DEC and lab["unapplied"] is not None else lab["unapplied"],
        "short_pay": None if sp is None else (sp["invoice_id"], m(sp["amount"]), sp["reason"]),
        "candidates": [sorted(c) for c in lab["candidates"]],
    }


def main(folder):
    inv = json.load(open(os.path.join(folder, "invoices.json")))
    pays = json.load(open(os.path.join(folder, "payments.json")))
    labs = json.load(open(os.path.join(folder, "labels.json")))
    problems = []

    def bad(i, msg):
        problems.append(f"payment #{i} {pays[i].get('id') if i < len(pays) else '?'}: {msg}")

    INV_FIELDS = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
    PAY_FIELDS = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
    ids = set()
    nums = set()
    for i in inv:
        if set(i) != INV_FIELDS:
            problems.append(f"invoice {i.get('id')}: fields {sorted(set(i) ^ INV_FIELDS)}")
        if i["id"] in ids or i["number"] in nums:
            problems.append(f"invoice {i['id']}: duplicate id/number")
        ids.add(i["id"]); nums.add(i["number"])
        t, b = to_minor(i["total"], i["currency"]), to_minor(i["balance"], i["currency"])
        if not (0 < b <= t):
            problems.append(f"invoice {i['id']}: balance {i['balance']} vs total {i['total']}")
        if fmt(t, i["currency"]) != i["total"] or fmt(b, i["currency"]) != i["balance"]:
            problems.append(f"invoice {i['id']}: amount not in minor units of {i['currency']}")
        if not i["issue_date"] <= i["due_date"]:
            problems.append(f"invoice {i['id']}: due before issue")
    if len(pays) != len(labs):
        problems.append(f"{len(pays)} payments but {len(labs)} labels")
    last = ""
    for p in pays:
        if set(p) != PAY_FIELDS:
            problems.append(f"payment {p.get('id')}: fields {sorted(set(p) ^ PAY_FIELDS)}")
        d = p.get("date")
        if validate(p) != "malformed_date":
            if d < last:
                problems.append(f"payment {p['id']}: not oldest first")
            last = d

    book = Book(inv)
    for i, (p, lab) in enumerate(zip(pays, labs)):
        if lab.get("payment_id") != p["id"]:
            bad(i, "label order / payment_id mismatch")
            continue
        for k in ("status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario", "note"):
            if k not in lab:
                bad(i, f"label lacks {k}")
        err = validate(p)
        exp, K = decide(book, p)
        if err:
            if not (lab["status"] == "review" and lab["applications"] == [] and lab["candidates"] == []
                    and lab.get("error", "").startswith(err)):
                bad(i, f"bad row ({err}) not labelled review/no apps/no candidates/error")
            continue
        if "error" in lab:
            bad(i, "error on a valid row")
        cur = p["currency"]
        amt = to_minor(p["amount"], cur)
        # --- invariants
        st = lab["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            bad(i, f"status {st}")
            continue
        tot = 0
        for a in lab["applications"]:
            x = a["invoice_id"]
            if x not in book.inv:
                bad(i, f"unknown invoice {x}"); continue
            if book.cur[x] != cur:
                bad(i, f"currency mismatch on {x}")
            am = to_minor(a["amount"], cur)
            if fmt(am, cur) != a["amount"] or am <= 0:
                bad(i, f"bad application amount {a['amount']}")
            if am > book.bal[x]:
                bad(i, f"{x} taken past zero ({a['amount']} > {fmt(book.bal[x], cur)})")
            if K is not None and book.inv[x]["customer_id"] != K:
                bad(i, f"{x} belongs to another customer")
            tot += am
        un = lab["unapplied"]
        if un is None or fmt(to_minor(un, cur), cur) != un:
            bad(i, f"unapplied {un!r} not a {cur} amount")
            continue
        if tot + to_minor(un, cur) != amt:
            bad(i, "applications + unapplied != amount")
        if st in ("applied", "partial") and (to_minor(un, cur) != 0 or not lab["applications"]):
            bad(i, f"{st} with unapplied cash or no applications")
        if st == "applied" and lab["short_pay"] is not None:
            bad(i, "applied with short_pay")
        if st == "unapplied" and (to_minor(un, cur) == 0 or lab["short_pay"] is not None):
            bad(i, "unapplied without unapplied cash")
        if st == "review" and lab["applications"]:
            bad(i, "review with applications")
        if st != "review" and lab["candidates"]:
            bad(i, "candidates on a non-review label")
        if st == "partial":
            left = {a["invoice_id"]: book.bal[a["invoice_id"]] - to_minor(a["amount"], cur) for a in lab["applications"]}
            if not any(v > 0 for v in left.values()):
                bad(i, "partial leaves nothing open")
            sp = lab["short_pay"]
            if sp is not None and (sp["invoice_id"] not in left or to_minor(sp["amount"], cur) != left[sp["invoice_id"]]):
                bad(i, "short_pay does not match the balance left open")
        ment_custs = {book.inv[x]["customer_id"] for n in mentioned_numbers((p.get("reference") or "") + "\n" + (p.get("remittance") or "")) for x in book.by_num.get(n, [])}
        for c in lab["candidates"]:
            if not c:
                bad(i, "empty candidate set")
            for x in c:
                if x not in book.inv or book.bal[x] <= 0 or book.cur[x] != cur:
                    bad(i, f"candidate {x} is not an open {cur} invoice")
                elif K is not None and book.inv[x]["customer_id"] not in ({K} | ment_custs):
                    bad(i, f"candidate {x} of an unrelated customer")
        # --- decision rules
        got = label_core(lab, cur)
        want = {"status": exp["status"], "applications": sorted(exp["applications"]), "unapplied": exp["unapplied"],
                "short_pay": exp["short_pay"], "candidates": [sorted(c) for c in exp["candidates"]]}
        if got != want:
            bad(i, f"label differs from decision rules: label={got} rules={want}")
        apply(book, exp)
    if problems:
        print("\n".join(problems[:60]))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    from collections import Counter
    print("OK:", len(pays), "payments,", len(inv), "invoices")
    print(" statuses:", dict(Counter(l["status"] for l in labs)))
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "latam_auto_parts")))
