#!/usr/bin/env python3
"""Blind evaluation set for the cash-application engine (`match`).

Builds two ledgers under this folder (invoices.json, payments.json, expected.json each)
and then re-reads the written files and verifies them independently of the generator
(sequential replay, sums, currencies, balances, subset-sum uniqueness / ambiguity).

Deterministic: a fixed seed per ledger; if a generated ledger fails verification
the next seed is tried (the seed actually used is written to README.md).
"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
ISO_CODES = {"EUR", "GBP", "CHF", "SEK", "USD", "CAD", "NOK", "DKK", "PLN", "CZK", "JPY", "AUD", "HUF"}


def q(x) -> Decimal:
    return Decimal(x).quantize(CENT, ROUND_HALF_UP)


def s(x) -> str:
    return str(q(x))


def cents(x) -> int:
    return int(q(x) * 100)


def fmt_en(x) -> str:
    return f"{q(x):,.2f}"


def fmt_de(x) -> str:
    return fmt_en(x).replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_ch(x) -> str:
    return fmt_en(x).replace(",", "'")


def fmt_se(x) -> str:
    return fmt_en(x).replace(",", " ").replace(".", ",")


class Retry(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# subset sums (used by the generator while choosing; the verifier has its own copy below)
# ----------------------------------------------------------------------------------------------


def _enum(vals):
    out = [(0, 0)]
    for i, v in enumerate(vals):
        out += [(sm + v, m | (1 << i)) for sm, m in out]
    return out


def subsets_full(vals, target, limit=50):
    """All non-empty index subsets of vals (ints) summing to target, up to `limit` found."""
    n = len(vals)
    if n > 32:
        raise ValueError("too many invoices for full enumeration")
    h = n // 2
    left = defaultdict(list)
    for sm, m in _enum(vals[:h]):
        left[sm].append(m)
    sols = []
    for sm, m in _enum(vals[h:]):
        for lm in left.get(target - sm, ()):
            mask = lm | (m << h)
            if mask == 0:
                continue
            sols.append(tuple(i for i in range(n) if mask >> i & 1))
            if len(sols) >= limit:
                return sols
    return sols


def subsets_upto(vals, target, k, limit=50):
    sols = []
    for r in range(1, min(k, len(vals)) + 1):
        for comb in itertools.combinations(range(len(vals)), r):
            if sum(vals[i] for i in comb) == target:
                sols.append(comb)
                if len(sols) >= limit:
                    return sols
    return sols


# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------

TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "å": "a", "Å": "A"}


def translit(name: str) -> str:
    t = "".join(TRANSLIT.get(ch, ch) for ch in name)
    return unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()


def strip_accents(name: str) -> str:
    t = name.replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))


def canon(name: str) -> str:
    t = translit(name).upper()
    for a, b in (("AE", "A"), ("OE", "O"), ("UE", "U"), ("SS", "S")):
        t = t.replace(a, b)
    t = t.replace(" AND ", " ").replace(" UND ", " ")
    return re.sub(r"[^A-Z0-9]", "", t)


def name_candidates(payer: str, customers) -> list:
    p = canon(payer)
    out = []
    for c in customers:
        cn = canon(c["name"])
        if cn.startswith(p) or p.startswith(cn):
            out.append(c)
    return out


# ----------------------------------------------------------------------------------------------
# generic ledger builder
# ----------------------------------------------------------------------------------------------


class Builder:
    KEY = "?"
    FIRST_PAY = date(2026, 3, 2)
    LAST_PAY = date(2026, 4, 24)

    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.customers: list[dict] = []
        self.cust: dict[str, dict] = {}
        self.invs: list[dict] = []
        self.inv: dict[str, dict] = {}
        self.by_cust: dict[str, list] = defaultdict(list)
        self.by_number: dict[str, dict] = {}
        self.bal: dict[str, Decimal] = {}
        self.touched: set[str] = set()
        self.reserved: set[str] = set()
        self.amount_custs: set[str] = set()
        self.name_used: set[str] = set()
        self.payments: list[dict] = []
        self.expected: list[dict] = []
        self.singles: list[tuple[dict, dict]] = []
        self.pid_n = 0
        self.inv_ids: set[str] = set()

    # ---- helpers ------------------------------------------------------------------------------
    def R(self):
        return self.rng

    def new_id(self) -> str:
        while True:
            x = f"inv-{self.rng.getrandbits(32):08x}"
            if x not in self.inv_ids:
                self.inv_ids.add(x)
                return x

    def next_pid(self) -> str:
        self.pid_n += 1
        return f"p{self.KEY.lower()}-{self.pid_n:04d}"

    def add_invoice(self, c, cur, total, balance, issue, number, terms=None):
        terms = terms or self.rng.choice(self.TERMS)
        i = {
            "id": self.new_id(),
            "number": number,
            "customer_id": c["id"],
            "customer_name": c["name"],
            "currency": cur,
            "total": q(total),
            "balance": q(balance),
            "issue": issue,
            "due": issue + timedelta(days=terms),
        }
        assert number not in self.by_number, number
        assert Decimal(0) < i["balance"] <= i["total"]
        self.invs.append(i)
        self.inv[i["id"]] = i
        self.by_cust[c["id"]].append(i)
        self.by_number[number] = i
        self.bal[i["id"]] = i["balance"]
        return i

    def rand_amount(self, cur, lo_mult=0.04, hi_mult=14.0, med_mult=1.0):
        med = self.MEDIAN[cur] * med_mult
        x = med * math.exp(self.rng.gauss(0, 0.85))
        x = max(self.MEDIAN[cur] * lo_mult, min(self.MEDIAN[cur] * hi_mult, x))
        r = self.rng.random()
        if r < 0.12:
            return q(round(x / 50) * 50 or 50)
        if r < 0.22:
            return q(int(x)) + Decimal("0.50") if int(x) > 0 else Decimal("0.50")
        return q(int(x)) + Decimal(self.rng.randint(1, 99)) / 100

    def open_of(self, cid, cur, before=None):
        return [
            i
            for i in self.by_cust[cid]
            if i["currency"] == cur and self.bal[i["id"]] > 0 and (before is None or i["issue"] <= before)
        ]

    def fresh_of(self, cid, cur, d, n=1, pred=None, full=None):
        pool = [
            i
            for i in self.open_of(cid, cur)
            if i["id"] not in self.touched
            and i["id"] not in self.reserved
            and i["issue"] <= d - timedelta(days=3)
            and (pred is None or pred(i))
            and (full is None or (self.bal[i["id"]] == i["total"]) == full)
        ]
        if len(pool) < n:
            raise Retry
        return self.rng.sample(pool, n)

    def pick_cust(self, cur=None, pred=None, allow_special=False):
        cands = [
            c
            for c in self.customers
            if (allow_special or not c["special"])
            and (cur is None or cur in c["curs"])
            and (pred is None or pred(c))
        ]
        if not cands:
            raise Retry
        return self.rng.choice(cands)

    def cur_of(self, c):
        if len(c["curs"]) == 1 or self.rng.random() < 0.75:
            return c["curs"][0]
        return self.rng.choice(c["curs"][1:])

    def fits(self, cid, cur, amount, d, k=None):
        """Number of subsets of customer's open invoices summing to amount (full set, and issued<=d)."""
        t = cents(amount)
        res = []
        for before in (None, d):
            vals = [cents(self.bal[i["id"]]) for i in self.open_of(cid, cur, before)]
            if k is None:
                if len(vals) > 30:
                    raise Retry
                res.append(len(subsets_full(vals, t, limit=3)))
            else:
                res.append(len(subsets_upto(vals, t, k, limit=3)))
        return res

    def n_open(self, cid, cur):
        return len(self.open_of(cid, cur))

    def small_cust(self, cur, maxn=14, pred=None):
        return self.pick_cust(cur, lambda c: max(self.n_open(c["id"], x) for x in c["curs"]) <= maxn
                              and (pred is None or pred(c)))

    def emit(self, d, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short, scen, note,
             pid=None, raw_amount=None, touch=()):
        pid = pid or self.next_pid()
        pay = {
            "id": pid,
            "date": d.isoformat(),
            "amount": raw_amount if raw_amount is not None else s(amount),
            "currency": cur,
            "payer_name": payer,
            "customer_id": cid,
            "reference": ref,
            "remittance": rem,
        }
        exp = {
            "payment_id": pid,
            "status": status,
            "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied),
            "short_pay": (
                {"invoice_id": short[0]["id"], "amount": s(short[1]), "reason": short[2]} if short else None
            ),
            "scenario": scen,
            "note": note,
        }
        if status not in ("error",):
            tot = sum((a for _, a in apps), ZERO) + q(unapplied)
            assert tot == q(amount), (scen, tot, amount)
        for i, a in apps:
            assert i["currency"] == cur
            assert ZERO < a <= self.bal[i["id"]], (scen, i["number"], a, self.bal[i["id"]])
            self.bal[i["id"]] -= a
            self.touched.add(i["id"])
        for i in touch:
            self.touched.add(i["id"])
        self.payments.append(pay)
        self.expected.append(exp)
        return pay, exp

    def payer_for(self, c, altered=False, maxlen=35, modes=None):
        """Bank-rendered payer name. altered=True guarantees it differs from the master-data name beyond case."""
        name = c["name"]
        modes = list(modes or ["translit", "strip", "plus", "nodots"])
        if not altered:
            modes += ["exact", "exact", "translit"]
        for _ in range(20):
            m = self.rng.choice(modes)
            if m == "exact":
                p = name
            elif m == "translit":
                p = translit(name).upper()
            elif m == "strip":
                p = strip_accents(name).upper()
            elif m == "plus":
                p = translit(name).upper().replace("&", "+")
            else:
                p = translit(name).upper().replace(".", "").replace(",", "")
            p = p[:maxlen].rstrip() if len(p) > maxlen else p
            if not altered or p.upper() != name.upper():
                return p
        raise Retry

    def sum_bal(self, invs):
        return sum((self.bal[i["id"]] for i in invs), ZERO)

    # ---- scenario framework ---------------------------------------------------------------
    def build(self):
        self.make_customers()
        self.make_invoices()
        plan = []
        late = []
        for scen, n in self.PLAN:
            for _ in range(n):
                (late if scen in ("duplicate_payment", "error_duplicate_id") else plan).append(scen)
        self.rng.shuffle(plan)
        for scen in late:
            pos = self.rng.randint(len(plan) // 3, len(plan))
            plan.insert(pos, scen)
        ndays = (self.LAST_PAY - self.FIRST_PAY).days
        days = [self.FIRST_PAY + timedelta(days=k) for k in range(ndays + 1)]
        days = [x for x in days if x.weekday() < 5]
        dates = sorted(self.rng.choice(days) for _ in plan)
        for idx, scen in enumerate(plan):
            fn = getattr(self, "sc_" + scen)
            for _attempt in range(400):
                try:
                    fn(dates[idx])
                    break
                except Retry:
                    continue
            else:
                raise RuntimeError(f"could not generate {scen} in ledger {self.KEY}")

    # ======================== common scenarios ===============================================

    def sc_ref_exact_single(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        ref, rem = self.txt_single(i, c, d)
        cid = c["id"] if self.rng.random() < 0.5 else None
        pay, exp = self.emit(d, amt, cur, self.payer_for(c), cid, ref, rem, "applied", [(i, amt)], ZERO, None,
                             "ref_exact_single",
                             f"Reference names {i['number']}; amount equals its open balance {s(amt)}.")
        self.singles.append((pay, exp))

    def sc_ref_exact_multi(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([2, 2, 3, 3, 4]))
        amt = self.sum_bal(invs)
        ref, rem = self.txt_multi(invs, c, d)
        cid = c["id"] if self.rng.random() < 0.5 else None
        self.emit(d, amt, cur, self.payer_for(c), cid, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "ref_exact_multi",
                  f"Remittance lists {', '.join(i['number'] for i in invs)}; balances add up to {s(amt)}.")

    def sc_ref_with_noise(self, d):
        c = self.pick_cust(pred=lambda c: not c.get("collide"))
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([1, 1, 1, 2]))
        amt = self.sum_bal(invs)
        ref, rem = self.txt_noise(invs, c, d, amt)
        cid = c["id"] if self.rng.random() < 0.5 else None
        self.emit(d, amt, cur, self.payer_for(c), cid, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "ref_with_noise",
                  f"Reference carries dates/PO/customer no./amount around {', '.join(i['number'] for i in invs)}; "
                  f"balances add up to {s(amt)}.")

    def sc_amount_only_unique(self, d):
        c = self.small_cust(None, 12)
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        if self.fits(c["id"], cur, amt, d) != [1, 1]:
            raise Retry
        self.amount_custs.add(c["id"])
        self.emit(d, amt, cur, self.payer_for(c), c["id"], self.generic_ref(), None, "applied", [(i, amt)],
                  ZERO, None, "amount_only_unique",
                  f"Known customer, no invoice reference; {i['number']} ({s(amt)}) is the only combination of "
                  f"the customer's open {cur} items that fits.")

    def sc_amount_only_multi_unique(self, d):
        c = self.small_cust(None, 9)
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=2)
        amt = self.sum_bal(invs)
        if self.fits(c["id"], cur, amt, d) != [1, 1]:
            raise Retry
        self.amount_custs.add(c["id"])
        self.emit(d, amt, cur, self.payer_for(c), c["id"], self.generic_ref(), None, "applied",
                  [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "amount_only_multi_unique",
                  f"Known customer, no invoice reference; {invs[0]['number']} + {invs[1]['number']} is the only "
                  f"combination of open {cur} items adding up to {s(amt)}.")

    def sc_amount_two_subsets(self, d):
        c = self.small_cust(None, 14, pred=lambda c: c["id"] not in self.amount_custs)
        cur = self.cur_of(c)
        variant = self.rng.random()
        if variant < 0.6:
            y, z = self.fresh_of(c["id"], cur, d, n=2)
            amt = self.bal[y["id"]] + self.bal[z["id"]]
            x = self.plant(c, cur, amt, d - timedelta(days=self.rng.randint(8, 40)))
            why = f"{x['number']} alone ({s(amt)}) and {y['number']} + {z['number']} both add up to the amount"
        else:
            (y,) = self.fresh_of(c["id"], cur, d)
            amt = self.bal[y["id"]]
            x = self.plant(c, cur, amt, d - timedelta(days=self.rng.randint(8, 40)))
            why = f"{x['number']} and {y['number']} have the same open balance {s(amt)}"
        if self.fits(c["id"], cur, amt, d)[1] < 2:
            raise RuntimeError("two-subset plant failed")
        self.emit(d, amt, cur, self.payer_for(c), c["id"], self.generic_ref(), None, "review", [], amt, None,
                  "amount_two_subsets", f"Known customer, no invoice reference; {why}: two subsets fit.",
                  touch=[x, y])

    def _name_cust(self, cur_pred, longname=False, kg=False):
        def ok(c):
            if c.get("collide") or c["id"] in self.name_used:
                return False
            if kg:
                return "& Co. KG" in c["name"] and len(c["name"]) <= 35
            if longname:
                return len(c["name"]) > 35
            return translit(c["name"]) != c["name"] or "&" in c["name"] or "." in c["name"] or "," in c["name"]
        return self.small_cust(None, 12, pred=ok)

    def _name_applied(self, d, scen, longname):
        kg = not longname and self.KEY == "A" and self.rng.random() < 0.35
        c = self._name_cust(None, longname, kg)
        cur = self.cur_of(c)
        payer = self.payer_for(c, altered=True, modes=["nodots", "plus"] if kg else None)
        if longname and len(payer) != 35:
            raise Retry
        cands = name_candidates(payer, self.customers)
        if [x["id"] for x in cands] != [c["id"]]:
            raise Retry
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        if self.fits(c["id"], cur, amt, d) != [1, 1]:
            raise Retry
        for o in self.customers:
            if o["id"] != c["id"] and cur in o["curs"] and self.fits(o["id"], cur, amt, d, k=2)[0]:
                raise Retry
        self.amount_custs.add(c["id"])
        self.name_used.add(c["id"])
        self.emit(d, amt, cur, payer, None, self.generic_ref(), None, "applied", [(i, amt)], ZERO, None, scen,
                  f"No customer id; payer '{payer}' is the bank rendering of '{c['name']}' (only matching "
                  f"customer); {i['number']} is the only fitting combination of its open items.")

    def sc_name_transliteration(self, d):
        self._name_applied(d, "name_transliteration", False)

    def sc_name_truncated_35(self, d):
        self._name_applied(d, "name_truncated_35", True)

    def sc_name_ambiguous(self, d):
        self._twin_i = getattr(self, "_twin_i", -1) + 1
        c1, c2, payer = self.twin_pairs[self._twin_i % len(self.twin_pairs)]
        cur = c1["curs"][0]
        (i1,) = self.fresh_of(c1["id"], cur, d)
        amt = self.bal[i1["id"]]
        i2 = self.plant(c2, cur, amt, d - timedelta(days=self.rng.randint(10, 40)))
        cands = name_candidates(payer, self.customers)
        if {x["id"] for x in cands} != {c1["id"], c2["id"]}:
            raise RuntimeError(f"twin payer {payer} matched {[x['name'] for x in cands]}")
        self.emit(d, amt, cur, payer, None, self.generic_ref(), None, "review", [], amt, None, "name_ambiguous",
                  f"No customer id; payer '{payer}' matches both '{c1['name']}' and '{c2['name']}', and each has an "
                  f"open item of {s(amt)} ({i1['number']}, {i2['number']}).", touch=[i1, i2])

    def sc_partial_on_account(self, d):
        es = [x for x in self.customers if x.get("country") == "ES" and not x["special"]]
        c = self.rng.choice(es) if es and self.rng.random() < 0.3 else self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: self.bal[i["id"]] >= self.MEDIAN[i["currency"]] * 0.4)
        b = self.bal[i["id"]]
        unit = self.ROUND_UNIT[cur]
        amt = q(math.floor(float(b) * self.rng.uniform(0.25, 0.7) / unit) * unit)
        if amt <= 0 or b - amt <= max(Decimal(60), b * Decimal("0.05")):
            raise Retry
        if any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_partial(i, c, amt)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.6 else None, ref, rem,
                  "partial", [(i, amt)], ZERO, None, "partial_on_account",
                  f"Part payment stated in the text against {i['number']}; {s(amt)} of {s(b)} applied, rest stays open.")

    def sc_on_account_no_invoice(self, d):
        c = self.small_cust(None, 14)
        cur = self.cur_of(c)
        unit = self.ROUND_UNIT[cur]
        amt = q(self.rng.randint(3, 40) * unit)
        if any(self.fits(c["id"], cur, amt, d)):
            raise Retry
        self.emit(d, amt, cur, self.payer_for(c), c["id"], self.txt_on_account(), None, "unapplied", [], amt,
                  None, "on_account_no_invoice",
                  f"Known customer pays {s(amt)} 'on account' without naming an invoice; no combination of open "
                  f"items fits, so it is held as unapplied cash.")

    def sc_discount_2pct_exact(self, d):
        c = self.pick_cust(pred=lambda c: c["id"] not in self.amount_custs)
        cur = self.cur_of(c)
        issue = d - timedelta(days=self.rng.randint(5, 12))
        if self.rng.random() < 0.75:
            base = self.rand_amount(cur, lo_mult=0.3)
            total = q((cents(base) // 50) * 50 / Decimal(100)) or Decimal("50.00")
        else:
            total = self.rand_amount(cur, lo_mult=0.3)
            raw = total * Decimal("0.02")
            if abs((raw * 1000) % 10 - 5) < Decimal("0.0001"):
                raise Retry  # avoid half-cent rounding ties
        disc = q(total * Decimal("0.02"))
        amt = total - disc
        i = self.plant(c, cur, total, issue, terms=30)
        ref, rem = self.txt_discount(i, c, disc, amt)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "partial", [(i, amt)], ZERO, (i, disc, "early_payment_discount"), "discount_2pct_exact",
                  f"{i['number']} ({s(total)}, issued {issue.isoformat()}) paid {d.isoformat()} less a stated 2% "
                  f"discount; 2% of {s(total)} = {s(disc)} exactly.")

    def sc_discount_2pct_mismatch(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        v = self.rng.random()
        if v < 0.35:
            (i,) = self.fresh_of(c["id"], cur, d, full=False)
            b = self.bal[i["id"]]
            ded = q(i["total"] * Decimal("0.02"))
            why = f"2% taken on the original total {s(i['total'])} although only {s(b)} was open"
        else:
            (i,) = self.fresh_of(c["id"], cur, d, full=True)
            b = self.bal[i["id"]]
            pct = self.rng.choice([Decimal("0.03"), Decimal("0.025"), Decimal("0.04")])
            ded = q(b * pct)
            why = f"text says 2% but {s(ded)} ({pct * 100:.1f}%) was deducted"
        amt = b - ded
        if ded <= q(b * Decimal("0.02")) + CENT or amt <= 0:
            raise Retry
        if any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_discount(i, c, q(b * Decimal("0.02")), amt, claimed_only=True)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "review", [], amt, None, "discount_2pct_mismatch",
                  f"{i['number']} open {s(b)}, paid {s(amt)}: {why}; the deduction does not match 2%.", touch=[i])

    def sc_bank_fee(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        fee = q(self.rng.choice(self.FEES[cur]))
        (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: self.bal[i["id"]] * Decimal("0.018") >= fee)
        b = self.bal[i["id"]]
        amt = b - fee
        if fee == q(b * Decimal("0.02")) or any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_single(i, c, d, plain=True)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "partial", [(i, amt)], ZERO, (i, fee, "bank_fee"), "bank_fee",
                  f"Single referenced invoice {i['number']} ({s(b)}) short by {s(fee)} with no reason given: "
                  f"<= 50 {cur} and {fee / b * 100:.2f}% <= 2% -> bank charges.")

    def sc_shortfall_too_large(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        if self.rng.random() < 0.5:
            fee = q(self.rng.choice(self.BIG_FEES[cur]))
            (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: fee / self.bal[i["id"]] < Decimal("0.015"))
            why = f"shortfall {s(fee)} exceeds 50 {cur}"
        else:
            fee = q(self.rng.choice(self.FEES[cur][-4:]))
            (i,) = self.fresh_of(c["id"], cur, d,
                                 pred=lambda i: fee / self.bal[i["id"]] > Decimal("0.028") and self.bal[i["id"]] > fee * 4)
            why = f"shortfall {s(fee)} is {fee / self.bal[i['id']] * 100:.1f}% of the balance (> 2%)"
        b = self.bal[i["id"]]
        amt = b - fee
        if fee == q(b * Decimal("0.02")) or any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_single(i, c, d, plain=True)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "review", [], amt, None, "shortfall_too_large",
                  f"{i['number']} open {s(b)}, paid {s(amt)} with no reason: {why}; not a bank fee.", touch=[i])

    def sc_short_multi_invoice(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=2)
        fee = q(self.rng.choice(self.FEES[cur][:4]))
        tot = self.sum_bal(invs)
        amt = tot - fee
        if any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_multi(invs, c, d, with_amounts=False)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "review", [], amt, None, "short_multi_invoice",
                  f"Two invoices referenced ({s(tot)}) but {s(fee)} short with no reason: the shortfall cannot be "
                  f"attributed to one invoice.", touch=invs)

    def sc_overpayment(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        if self.rng.random() < 0.5:
            (i,) = self.fresh_of(c["id"], cur, d, full=False)
            b = self.bal[i["id"]]
            amt = i["total"]
            why = f"customer paid the original total {s(amt)} of {i['number']}, only {s(b)} was still open"
        else:
            (i,) = self.fresh_of(c["id"], cur, d)
            b = self.bal[i["id"]]
            extra = q(self.rng.choice(self.OVER_EXTRA[cur]))
            amt = b + extra
            why = f"{i['number']} open {s(b)}, payment {s(amt)} is {s(extra)} more"
        rest = amt - b
        others = [o for o in self.open_of(c["id"], cur) if o["id"] != i["id"]]
        if any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ov = [cents(self.bal[o["id"]]) for o in others]
        if subsets_upto(ov, cents(rest), 4, limit=1):
            raise Retry
        ref, rem = self.txt_single(i, c, d, plain=True)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.6 else None, ref, rem,
                  "unapplied", [(i, b)], rest, None, "overpayment",
                  f"{why}; balance applied, {s(rest)} held as unapplied cash.")

    def sc_duplicate_payment(self, d):
        cands = [(p, e) for p, e in self.singles if p["customer_id"] and p["date"] < d.isoformat()]
        if not cands:
            raise Retry
        p, e = self.rng.choice(cands)
        i = self.inv[e["applications"][0]["invoice_id"]]
        if self.bal[i["id"]] != 0:
            raise Retry
        amt = Decimal(p["amount"])
        c = self.cust[i["customer_id"]]
        if any(self.fits(c["id"], p["currency"], amt, d, k=None if self.n_open(c["id"], p["currency"]) <= 26 else 4)):
            raise Retry
        self.singles.remove((p, e))
        self.emit(d, amt, p["currency"], p["payer_name"], p["customer_id"], p["reference"], p["remittance"],
                  "unapplied", [], amt, None, "duplicate_payment",
                  f"Same payer, reference and amount as {p['id']} of {p['date']}, which already paid {i['number']}; "
                  f"second payment held as unapplied.")

    def sc_known_customer_nofit(self, d):
        c = self.small_cust(None, 14)
        cur = self.cur_of(c)
        amt = self.rand_amount(cur, lo_mult=0.1, hi_mult=4)
        if any(self.fits(c["id"], cur, amt, d)):
            raise Retry
        self.emit(d, amt, cur, self.payer_for(c), c["id"], self.generic_ref(), None, "unapplied", [], amt, None,
                  "known_customer_nofit",
                  f"Known customer, no invoice reference, {s(amt)} fits no combination of its open {cur} items.")

    def _global_nofit(self, cur, amt, d):
        for o in self.customers:
            if cur not in o["curs"]:
                continue
            n = self.n_open(o["id"], cur)
            if any(self.fits(o["id"], cur, amt, d, k=None if n <= 16 else 3)):
                return False
        return True

    def sc_unknown_payer_nofit(self, d):
        cur = self.rng.choice(self.CURS_WEIGHTED)
        amt = self.rand_amount(cur, lo_mult=0.05, hi_mult=3)
        if not self._global_nofit(cur, amt, d):
            raise Retry
        payer = self.rng.choice(self.BANK_NAMES)
        self.emit(d, amt, cur, payer, None, self.rng.choice(self.BANK_REFS), None, "review", [], amt, None,
                  "unknown_payer_nofit",
                  f"Payer is only a bank name ('{payer}'), no customer id, no usable reference; {s(amt)} fits no "
                  f"open item.")

    def sc_parent_subsidiary(self, d):
        self._grp_i = getattr(self, "_grp_i", -1) + 1
        par, sub = self.group_pairs[self._grp_i % len(self.group_pairs)]
        cur = par["curs"][0]
        (ip,) = self.fresh_of(par["id"], cur, d)
        (is_,) = self.fresh_of(sub["id"], cur, d)
        amt = self.bal[ip["id"]] + self.bal[is_["id"]]
        if any(self.fits(par["id"], cur, amt, d, k=4)) or any(self.fits(sub["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_multi([ip, is_], par, d, with_amounts=True)
        self.emit(d, amt, cur, self.payer_for(par), par["id"] if self.rng.random() < 0.6 else None, ref, rem,
                  "review", [], amt, None, "parent_subsidiary",
                  f"One payment from '{par['name']}' covers {ip['number']} (its own) and {is_['number']} of "
                  f"'{sub['name']}' (another customer account).", touch=[ip, is_])

    def sc_remittance_invoice_twice(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        x, y = self.fresh_of(c["id"], cur, d, n=2)
        bx, by = self.bal[x["id"]], self.bal[y["id"]]
        amt = bx + by + bx
        if any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self.txt_lines([(x, bx), (y, by), (x, bx)], c, d, amt)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.6 else None, ref, rem,
                  "review", [], amt, None, "remittance_invoice_twice",
                  f"Remittance lines add up to {s(amt)} but name {x['number']} twice ({s(bx)} each, only {s(bx)} "
                  f"open).", touch=[x, y])

    def _mismatch(self, d, known):
        c = self.pick_cust(pred=lambda c: len(c["curs"]) == 1)
        cur = c["curs"][0]
        pcur = self.rng.choice(self.MISMATCH_CUR[cur])
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        ref, rem = self.txt_single(i, c, d, plain=True)
        if known:
            self.emit(d, amt, pcur, self.payer_for(c), c["id"], ref, rem, "unapplied", [], amt, None,
                      "currency_mismatch_known",
                      f"Paid in {pcur} against {cur} invoice {i['number']} (same figure {s(amt)}); never across "
                      f"currencies; known customer -> held unapplied.", touch=[i])
        else:
            self.emit(d, amt, pcur, self.payer_for(c), None, ref, rem, "review", [], amt, None,
                      "currency_mismatch_unknown",
                      f"Paid in {pcur} against {cur} invoice {i['number']} (same figure {s(amt)}); never across "
                      f"currencies; no customer id -> review.", touch=[i])

    def sc_currency_mismatch_known(self, d):
        self._mismatch(d, True)

    def sc_currency_mismatch_unknown(self, d):
        self._mismatch(d, False)

    def sc_ref_amount_conflict(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        x, y = self.fresh_of(c["id"], cur, d, n=2)
        bx, by = self.bal[x["id"]], self.bal[y["id"]]
        if not (by < bx - max(Decimal(60), bx * Decimal("0.05"))):
            raise Retry
        ref, rem = self.txt_single(x, c, d, plain=True)
        self.emit(d, by, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.6 else None, ref, rem,
                  "review", [], by, None, "ref_amount_conflict",
                  f"Reference names {x['number']} (open {s(bx)}) but the amount {s(by)} equals {y['number']}: "
                  f"reference and amount disagree.", touch=[x, y])

    def sc_credit_note_deduction(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: self.bal[i["id"]] > self.MEDIAN[i["currency"]] * 0.5)
        b = self.bal[i["id"]]
        cn = q(b * Decimal(self.rng.uniform(0.06, 0.3)))
        amt = b - cn
        if cn <= 60 or any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        cn_no = self.credit_note_number()
        ref, rem = self.txt_credit_note(i, c, cn_no, cn, amt, d)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.6 else None, ref, rem,
                  "review", [], amt, None, "credit_note_deduction",
                  f"Pays {i['number']} ({s(b)}) less credit note {cn_no} ({s(cn)}), which is not in the open-item "
                  f"ledger and cannot be verified.", touch=[i])

    def sc_ref_closed_invoice_known(self, d):
        c = self.small_cust(None, 14)
        cur = self.cur_of(c)
        amt = self.rand_amount(cur, lo_mult=0.1, hi_mult=3)
        if any(self.fits(c["id"], cur, amt, d)):
            raise Retry
        num = self.closed_number()
        ref = self.txt_closed(num, c)
        self.emit(d, amt, cur, self.payer_for(c), c["id"], ref, None, "unapplied", [], amt, None,
                  "ref_closed_invoice_known",
                  f"Reference names {num}, which is not an open invoice; known customer and {s(amt)} fits no open "
                  f"item -> held unapplied.")

    def sc_error_negative_amount(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        ref, rem = self.txt_single(i, c, d, plain=True)
        self.emit(d, -amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None,
                  self.RETURN_PREFIX + ref, rem, "error", [], ZERO, None, "error_negative_amount",
                  "Negative amount: bad input.", raw_amount="-" + s(amt), touch=[i])

    def sc_error_duplicate_id(self, d):
        prev = [p for p, e in zip(self.payments, self.expected) if e["status"] != "error"]
        if not prev:
            raise Retry
        old = self.rng.choice(prev)
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        ref, rem = self.txt_single(i, c, d)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "error", [], ZERO, None, "error_duplicate_id",
                  f"Payment id {old['id']} already used by an earlier payment: bad input.", pid=old["id"], touch=[i])

    def sc_error_unknown_currency(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        bad = self.rng.choice(self.BAD_CURRENCY[cur])
        ref, rem = self.txt_single(i, c, d)
        self.emit(d, amt, bad, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "error", [], ZERO, None, "error_unknown_currency",
                  f"Currency code '{bad}' is not an ISO 4217 code: bad input.", touch=[i])

    # ---- planting --------------------------------------------------------------------------
    def plant(self, c, cur, total, issue, terms=None, balance=None, number=None):
        number = number or self.plant_number(cur, issue)
        return self.add_invoice(c, cur, total, balance if balance is not None else total, issue, number, terms)

    # ---- output ----------------------------------------------------------------------------
    def write(self, folder):
        os.makedirs(folder, exist_ok=True)
        invs = sorted(self.invs, key=lambda i: (i["issue"], i["number"]))
        out = [
            {
                "id": i["id"],
                "number": i["number"],
                "customer_id": i["customer_id"],
                "customer_name": i["customer_name"],
                "currency": i["currency"],
                "total": s(i["total"]),
                "balance": s(i["balance"]),
                "issue_date": i["issue"].isoformat(),
                "due_date": i["due"].isoformat(),
            }
            for i in invs
        ]
        for name, data in (("invoices.json", out), ("payments.json", self.payments), ("expected.json", self.expected)):
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
                f.write("\n")


# ----------------------------------------------------------------------------------------------
# Ledger A: European wholesaler
# ----------------------------------------------------------------------------------------------

DE_SURN = ["Müller", "Schäfer", "Köhler", "Böhm", "Jäger", "Krüger", "Schröder", "Löffler", "Dürr", "Günther",
           "Weiß", "Groß", "Strauß", "Möller", "Schütz", "Wöhrle", "Zöllner", "Häusler", "Kühn", "Nüßlein",
           "Brückner", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf",
           "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
           "Huber", "Mayer", "Fischer", "Vogel", "Friedrich", "Keller", "Märkl", "Sölch", "Rößler", "Förster",
           "Kästner", "Pfänder", "Bäumer", "Thürauf", "Dörfler", "Spätling"]
DE_IND = ["Elektrotechnik", "Baustoffhandel", "Haustechnik", "Metallbau", "Lebensmittelgroßhandel",
          "Getränkevertrieb", "Bürobedarf", "Sanitär- und Heizungstechnik", "Werkzeughandel", "Landtechnik",
          "Verpackungen", "Gastronomiebedarf", "Fliesenhandel", "Holzhandel", "Kältetechnik", "Druckerei",
          "Gebäudereinigung", "Maschinenbau", "Farben und Lacke", "Autoteile", "Bäckereibedarf", "Möbelwerkstätten"]
DE_PLACES = ["Köln", "Düsseldorf", "München", "Nürnberg", "Lübeck", "Osnabrück", "Würzburg", "Göttingen", "Fürth",
             "Saarbrücken", "Lüneburg", "Tübingen", "Mönchengladbach", "Bad Tölz"]
ES_SURN = ["García", "Martínez", "Núñez", "Peña", "López", "Fernández", "Sánchez", "Muñoz", "Ibáñez", "Gómez"]
GB_SURN = ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson",
           "Thompson", "Hughes", "Edwards", "Clarke", "O'Neill", "Fletcher", "Harrington"]
GB_PLACES = ["Leeds", "Bristol", "Sheffield", "Norwich", "Cardiff", "Aberdeen", "Derby", "Exeter"]
CH_SURN = ["Zürcher", "Büchi", "Brändli", "Frei", "Gerber", "Hürlimann", "Mäder", "Schnyder", "Bühler", "Stöckli",
           "Gläser", "Rüegg"]
SE_SURN = ["Åkesson", "Öberg", "Sjöström", "Lindqvist", "Bäckström", "Ångström", "Nyström", "Wikström",
           "Löfgren", "Håkansson", "Sandén", "Ekström"]


class LedgerA(Builder):
    KEY = "A"
    NAME = "ledger_a_eu_wholesale"
    CURS = ["EUR", "GBP", "CHF", "SEK"]
    CURS_WEIGHTED = ["EUR"] * 6 + ["GBP", "CHF", "SEK"]
    MEDIAN = {"EUR": 1700, "GBP": 1400, "CHF": 2100, "SEK": 18500}
    ROUND_UNIT = {"EUR": 100, "GBP": 100, "CHF": 100, "SEK": 1000}
    TERMS = [14, 30, 30, 30, 45, 60]
    FEES = {"EUR": [7.50, 10.00, 12.50, 15.00, 17.50, 20.00, 25.00, 30.00, 35.00],
            "GBP": [5.00, 8.00, 10.00, 12.00, 15.00, 20.00, 25.00],
            "CHF": [10.00, 12.00, 15.00, 20.00, 25.00, 30.00, 35.00],
            "SEK": [25.00, 30.00, 35.00, 40.00, 45.00, 50.00]}
    BIG_FEES = {"EUR": [65, 75, 80, 95, 120], "GBP": [60, 70, 85, 110], "CHF": [60, 75, 90, 125],
                "SEK": [150, 250, 350, 450]}
    OVER_EXTRA = {"EUR": [25.00, 48.00, 100.00, 119.00, 250.00], "GBP": [20.00, 40.00, 100.00],
                  "CHF": [30.00, 80.00, 150.00], "SEK": [500.00, 1250.00, 2000.00]}
    BAD_CURRENCY = {"EUR": ["EURO", "EUO", "€"], "GBP": ["GPB", "UKL", "STG"], "CHF": ["SFR", "SFr"],
                    "SEK": ["SKR", "KR"]}
    MISMATCH_CUR = {"EUR": ["GBP", "CHF", "USD"], "GBP": ["EUR"], "CHF": ["EUR"], "SEK": ["EUR"]}
    BANK_NAMES = ["DEUTSCHE BANK AG", "COMMERZBANK AG", "SPARKASSE KOELNBONN", "UBS SWITZERLAND AG",
                  "SVENSKA HANDELSBANKEN AB", "BARCLAYS BANK PLC", "RAIFFEISENBANK EG", "HYPOVEREINSBANK"]
    BANK_REFS = [None, "SAMMELUEBERWEISUNG", "UEBERWEISUNG", "TRANSFER", "ZAHLUNG", "AUFTRAG 00471",
                 "GUTSCHRIFT"]
    RETURN_PREFIX = "RUECKUEBERWEISUNG "
    PLAN = [
        ("ref_exact_single", 30), ("ref_exact_multi", 14), ("ref_noprefix_unique", 12),
        ("ref_noprefix_ambiguous", 4), ("ref_noprefix_amount_mismatch", 3), ("ref_with_noise", 14),
        ("sepa_split_lines", 16), ("iso20022_ustrd", 8), ("iso20022_strd", 6), ("iso20022_strd_skonto", 3),
        ("amount_only_unique", 14), ("amount_only_multi_unique", 3), ("amount_two_subsets", 7),
        ("name_transliteration", 8), ("name_truncated_35", 6), ("name_ambiguous", 3),
        ("partial_on_account", 8), ("on_account_no_invoice", 3), ("discount_2pct_exact", 8),
        ("discount_2pct_mismatch", 5), ("bank_fee", 8), ("shortfall_too_large", 5), ("short_multi_invoice", 2),
        ("overpayment", 6), ("duplicate_payment", 5), ("known_customer_nofit", 5), ("unknown_payer_nofit", 4),
        ("parent_subsidiary", 4), ("remittance_invoice_twice", 4), ("currency_mismatch_known", 3),
        ("currency_mismatch_unknown", 3), ("ref_amount_conflict", 4), ("credit_note_deduction", 3),
        ("ref_closed_invoice_known", 2), ("error_negative_amount", 2), ("error_duplicate_id", 2),
        ("error_unknown_currency", 3),
    ]

    # ---- master data ------------------------------------------------------------------------
    def make_customers(self):
        r = self.rng
        names = set()
        ids = r.sample(range(20000, 29999), 200)
        idx = iter(ids)

        def add(name, country, curs, special=False, **kw):
            assert name not in names, name
            names.add(name)
            c = {"id": str(next(idx)), "name": name, "country": country, "curs": curs, "special": special, **kw}
            self.customers.append(c)
            self.cust[c["id"]] = c
            return c

        # specials: groups (parent + subsidiary) and near-identical twins
        self.group_pairs = [
            (add("Hansa Handelsgruppe Holding GmbH", "DE", ["EUR"], True),
             add("Hansa Handelsgruppe Nord GmbH", "DE", ["EUR"], True)),
            (add("Brückner Gruppe AG", "DE", ["EUR"], True),
             add("Brückner Haustechnik Süd GmbH & Co. KG", "DE", ["EUR"], True)),
            (add("Northern Trade Holdings plc", "GB", ["GBP"], True),
             add("Northern Trade Supplies (Leeds) Ltd", "GB", ["GBP"], True)),
            (add("Sjöström Group AB", "SE", ["SEK"], True),
             add("Sjöström Bygg Väst AB", "SE", ["SEK"], True)),
        ]
        self.twin_pairs = [
            (add("Müller GmbH", "DE", ["EUR"], True), add("Müller GmbH & Co. KG", "DE", ["EUR"], True),
             "MUELLER GMBH"),
            (add("Weber Haustechnik GmbH", "DE", ["EUR"], True),
             add("Weber Haustechnik GmbH & Co. KG", "DE", ["EUR"], True), "WEBER HAUSTECHNIK GMBH"),
            (add("Schröder Metallbau KG", "DE", ["EUR"], True),
             add("Schröder Metallbau KG Niederlassung Kiel", "DE", ["EUR"], True), "SCHROEDER METALLBAU KG"),
        ]
        plan = [("DE", 54), ("AT", 9), ("ES", 6), ("GB", 14), ("CH", 11), ("SE", 10)]
        long_de = ["Köhler und Söhne Baustoffhandel GmbH & Co. KG", "Günther Sanitär- und Heizungstechnik GmbH",
                   "Dürr & Nüßlein Lebensmittelgroßhandel GmbH", "Rößler Gastronomiebedarf Vertriebs-GmbH & Co. KG",
                   "Großhandelshaus Jäger Werkzeughandel e.K.", "Spätling Möbelwerkstätten GmbH & Co. Kommanditgesellschaft",
                   "Pfänder Kältetechnik und Klimaanlagenbau GmbH"]
        for nm in long_de:
            add(nm, "DE", ["EUR"])
        for country, n in plan:
            made = 0
            tries = 0
            while made < n:
                tries += 1
                if country == "DE":
                    if made < len(long_de) and False:
                        pass
                    t = r.random()
                    a, b = r.sample(DE_SURN, 2)
                    if t < 0.35:
                        nm = f"{a} {r.choice(DE_IND)} {r.choice(['GmbH', 'GmbH & Co. KG', 'KG', 'e.K.', 'OHG'])}"
                    elif t < 0.55:
                        nm = f"{a} & {b} {r.choice(['GmbH', 'GmbH & Co. KG', 'OHG'])}"
                    elif t < 0.75:
                        nm = f"{r.choice(DE_IND)} {r.choice(DE_PLACES)} {r.choice(['GmbH', 'AG', 'GmbH & Co. KG'])}"
                    else:
                        nm = f"{a} {r.choice(DE_IND)} {r.choice(DE_PLACES)} GmbH"
                    curs = ["EUR"]
                elif country == "AT":
                    nm = f"{r.choice(DE_SURN)} {r.choice(DE_IND)} {r.choice(['Ges.m.b.H.', 'GesmbH', 'KG'])}"
                    curs = ["EUR"]
                elif country == "ES":
                    a = r.choice(ES_SURN)
                    nm = r.choice([f"Distribuciones {a} S.L.", f"Comercial {a} e Hijos S.A.",
                                   f"Suministros {a} S.L.U.", f"Hostelería {a} S.L."])
                    curs = ["EUR"]
                elif country == "GB":
                    a = r.choice(GB_SURN)
                    nm = r.choice([f"{a} & Sons Ltd", f"{a} Trade Supplies Ltd", f"{r.choice(GB_PLACES)} Catering "
                                   f"Equipment Ltd", f"{a} Wholesale plc", f"{a} & {r.choice(GB_SURN)} Ltd"])
                    curs = ["GBP", "EUR"] if r.random() < 0.2 else ["GBP"]
                elif country == "CH":
                    a = r.choice(CH_SURN)
                    nm = r.choice([f"{a} {r.choice(DE_IND)} AG", f"{a} & Cie SA", f"{a} Handels GmbH",
                                   f"Zürcher Papier {a} AG"])
                    curs = ["CHF", "EUR"] if r.random() < 0.25 else ["CHF"]
                else:
                    a = r.choice(SE_SURN)
                    nm = r.choice([f"{a} Bygg AB", f"{a} Handel AB", f"{a} Grossist AB", f"{a} & Söner AB"])
                    curs = ["SEK", "EUR"] if r.random() < 0.15 else ["SEK"]
                if nm in names or tries > 5000:
                    continue
                # avoid accidental prefix relations between customer names
                cn = canon(nm)
                if any(canon(x).startswith(cn) or cn.startswith(canon(x)) for x in names):
                    continue
                add(nm, country, curs)
                made += 1

    def make_invoices(self):
        r = self.rng
        raw = []
        for c in self.customers:
            k = r.choice([3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 11, 12, 13, 15, 18, 22])
            if c["special"]:
                k = r.randint(4, 8)
            for _ in range(k):
                cur = c["curs"][0] if len(c["curs"]) == 1 or r.random() < 0.7 else c["curs"][1]
                age = int(abs(r.gauss(0, 55)))
                issue = date(2026, 4, 10) - timedelta(days=min(age, 205))
                total = self.rand_amount(cur)
                bal = total
                if r.random() < 0.1 and total > self.MEDIAN[cur] * 0.5:
                    unit = self.ROUND_UNIT[cur]
                    paid = q(math.floor(float(total) * r.uniform(0.3, 0.7) / unit) * unit)
                    if 0 < paid < total:
                        bal = total - paid
                raw.append((issue, c, cur, total, bal))
        raw.sort(key=lambda x: x[0])
        seq = {2025: 9000, 2026: 800}
        for issue, c, cur, total, bal in raw:
            y = issue.year
            seq[y] += r.choice([1, 1, 2, 2, 3, 4, 5, 7])
            while seq[y] in (2024, 2025, 2026):
                seq[y] += 1
            self.add_invoice(c, cur, total, bal, issue, f"RE-{y}-{seq[y]:06d}")
        self.seq = seq

    def plant_number(self, cur, issue):
        y = 2026 if issue.year >= 2026 else issue.year
        if y == 2026:
            self.seq[2026] += self.rng.choice([1, 2, 3])
            while self.seq[2026] in (2024, 2025, 2026):
                self.seq[2026] += 1
            return f"RE-2026-{self.seq[2026]:06d}"
        while True:
            n = f"RE-{y}-{self.rng.randint(9000, 9800):06d}"
            if n not in self.by_number:
                return n

    def credit_note_number(self):
        return f"GS-2026-{self.rng.randint(100, 990):06d}"

    def closed_number(self):
        while True:
            n = f"RE-2025-{self.rng.randint(3000, 8900):06d}"
            if n not in self.by_number:
                return n

    # ---- text ---------------------------------------------------------------------------------
    def famt(self, x, c, cur):
        if c["country"] in ("GB",):
            return fmt_en(x)
        if c["country"] == "CH":
            return fmt_ch(x)
        if c["country"] == "SE":
            return fmt_se(x)
        return fmt_de(x)

    def lang(self, c):
        return {"DE": "de", "AT": "de", "CH": "de", "ES": "es", "GB": "en", "SE": "sv"}[c["country"]]

    def txt_single(self, i, c, d, plain=False):
        n = i["number"]
        L = self.lang(c)
        compact = n.replace("-", "")
        opts = {
            "de": [n, f"Rechnung {n}", f"Rechnung Nr. {n}", f"RG {n}", compact, f"Re.-Nr. {n}"],
            "en": [n, f"INV {n}", f"Invoice {n}", f"Payment of invoice {n}", compact],
            "es": [n, f"Factura {n}", f"Pago factura {n}", f"FRA. {n}"],
            "sv": [n, f"Faktura {n}", f"Fakturanr {n}", compact],
        }[L]
        ref = self.rng.choice(opts)
        if not plain and self.rng.random() < 0.2:
            word = {"de": "Zahlungsavis", "en": "Remittance advice", "es": "Aviso de pago", "sv": "Betalningsavi"}[L]
            rem = f"{word}\n{n}  {self.famt(self.bal[i['id']], c, i['currency'])} {i['currency']}"
            return (None if self.rng.random() < 0.5 else "AVIS " + d.strftime("%d%m%y")), rem
        return ref, None

    def txt_multi(self, invs, c, d, with_amounts=None):
        L = self.lang(c)
        if with_amounts is None:
            with_amounts = self.rng.random() < 0.6
        if not with_amounts:
            sep = self.rng.choice([" ", ", ", " / ", ";"])
            head = {"de": "Rechnungen ", "en": "Invoices ", "es": "Facturas ", "sv": "Fakturor "}[L]
            return (head if self.rng.random() < 0.5 else "") + sep.join(i["number"] for i in invs), None
        lines = [(i, self.bal[i["id"]]) for i in invs]
        return self.txt_lines(lines, c, d, self.sum_bal(invs))

    def txt_lines(self, lines, c, d, total):
        L = self.lang(c)
        cur = lines[0][0]["currency"]
        hdr = {"de": ("Zahlungsavis", "Beleg", "Datum", "Betrag", "Summe"),
               "en": ("Remittance advice", "Document", "Date", "Amount", "Total"),
               "es": ("Aviso de pago", "Documento", "Fecha", "Importe", "Total"),
               "sv": ("Betalningsavi", "Dokument", "Datum", "Belopp", "Summa")}[L]
        out = [f"{hdr[0]} {d.strftime('%Y%m%d')}-{self.rng.randint(10, 99)}", f"{hdr[1]:<16}{hdr[2]:<12}{hdr[3]:>14}"]
        for i, a in lines:
            out.append(f"{i['number']:<16}{i['issue'].strftime('%d.%m.%Y'):<12}{self.famt(a, c, cur):>14}")
        out.append(f"{hdr[4]:<28}{self.famt(total, c, cur):>14} {cur}")
        ref = self.rng.choice([None, f"AVIS {d.strftime('%d%m%y')}", "siehe Avis", "see remittance advice"])
        return ref, "\n".join(out)

    def txt_noise(self, invs, c, d, amt):
        cur = invs[0]["currency"]
        L = self.lang(c)
        po = f"45000{self.rng.randint(10000, 99999)}"
        ls = f"{self.rng.randint(8000000, 8999999)}"
        nums = " ".join(i["number"] for i in invs)
        idate = invs[0]["issue"]
        if L == "de":
            opts = [f"Kd-Nr. {c['id']} Best.-Nr. {po} v. {idate.strftime('%d.%m.%Y')} {nums} EUR {self.famt(amt, c, cur)}",
                    f"{nums} vom {idate.strftime('%d.%m.%Y')} Lieferschein {ls} Kunde {c['id']}",
                    f"KD {c['id']} / RG {nums} / {d.strftime('%d.%m.%Y')} / {self.famt(amt, c, cur)}",
                    f"Ihre Bestellung {po} unsere Rechnung {nums} Betrag {self.famt(amt, c, cur)}"]
        elif L == "en":
            opts = [f"PO {po} / INV {nums} / {cur} {self.famt(amt, c, cur)} / {d.strftime('%d-%m-%Y')}",
                    f"ACCT {c['id']} INV {nums} DATED {idate.strftime('%d/%m/%Y')}"]
        elif L == "es":
            opts = [f"Cliente {c['id']} Pedido {po} Factura {nums} de {idate.strftime('%d/%m/%Y')} "
                    f"Importe {self.famt(amt, c, cur)}"]
        else:
            opts = [f"Kundnr {c['id']} Order {po} Faktura {nums} {d.isoformat()} {self.famt(amt, c, cur)} {cur}"]
        return self.rng.choice(opts), None

    def generic_ref(self):
        return self.rng.choice([None, "Zahlung", "Überweisung", "Ausgleich offene Posten", "Rechnungsausgleich",
                                "Payment", "Betalning", "Pago", "Zahlung lt. Vereinbarung", "ZAHLUNG MAERZ"])

    def txt_partial(self, i, c, amt):
        n = i["number"]
        opts = {"de": [f"{n} Teilzahlung", f"Abschlagszahlung auf {n}", f"Akonto {n}", f"Teilbetrag Rechnung {n}"],
                "en": [f"{n} on account", f"Part payment invoice {n}", f"On account - {n}"],
                "es": [f"Pago a cuenta factura {n}", f"{n} a cuenta", f"A CUENTA FRA. {n}"],
                "sv": [f"Delbetalning faktura {n}", f"{n} a conto"]}[self.lang(c)]
        if c["country"] in ("DE", "AT", "CH") and self.rng.random() < 0.3:
            opts = [f"{n} a conto", f"Akontozahlung {n}"]
        return self.rng.choice(opts), None

    def txt_on_account(self):
        return self.rng.choice(["Akontozahlung", "a cuenta", "Zahlung a conto", "payment on account",
                                "Anzahlung auf Kundenkonto"])

    def txt_discount(self, i, c, disc, amt, claimed_only=False):
        n = i["number"]
        cur = i["currency"]
        L = self.lang(c)
        opts = {"de": [f"{n} abzgl. 2% Skonto", f"{n} ./. 2 % Skonto", f"Rg. {n} Skonto 2%",
                       f"{n} abzüglich 2% Skonto"],
                "en": [f"INV {n} less 2% settlement discount", f"{n} LESS 2PCT EARLY PAYMENT DISC"],
                "es": [f"Factura {n} dto. pronto pago 2%", f"{n} - 2% descuento pronto pago"],
                "sv": [f"Faktura {n} avdrag 2% kassarabatt", f"{n} 2% kassarabatt"]}[L]
        ref = self.rng.choice(opts)
        if not claimed_only and L == "de" and self.rng.random() < 0.4:
            ref += f" {self.famt(disc, c, cur)}"
        return ref, None

    def txt_credit_note(self, i, c, cn_no, cn, amt, d):
        cur = i["currency"]
        lines = [f"Zahlungsavis {d.strftime('%Y%m%d')}",
                 f"{i['number']:<16}{self.famt(self.bal[i['id']], c, cur):>14}",
                 f"{cn_no:<16}{'-' + self.famt(cn, c, cur):>14}",
                 f"{'Zahlbetrag':<16}{self.famt(amt, c, cur):>14} {cur}"]
        if self.lang(c) != "de":
            lines[0] = f"Remittance advice {d.strftime('%Y%m%d')}"
            lines[3] = f"{'Paid':<16}{self.famt(amt, c, cur):>14} {cur}"
        return None, "\n".join(lines)

    def txt_closed(self, num, c):
        return self.rng.choice([f"Rechnung {num}", num, f"INV {num}"])

    # ---- ledger A specific scenarios ----------------------------------------------------------
    def _seq(self, i):
        return int(i["number"].split("-")[2])

    def _seq_count(self, seq):
        return sum(1 for n in self.by_number if int(n.split("-")[2]) == seq)

    def sc_ref_noprefix_unique(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: i["number"].startswith("RE-2026"))
        seq = self._seq(i)
        if self._seq_count(seq) != 1:
            raise Retry
        amt = self.bal[i["id"]]
        idt = i["issue"].strftime("%d.%m.%Y")
        L = self.lang(c)
        opts = {"de": [f"Rechnung {seq}", f"Rg.-Nr. {seq} vom {idt}", f"Re {seq}", f"RG NR {seq:05d}",
                       f"Rechnung 2026-{seq}", f"RE-2026-{seq}"],
                "en": [f"Inv {seq}", f"Invoice no {seq} dated {i['issue'].strftime('%d/%m/%Y')}", f"INV-{seq}"],
                "es": [f"Factura {seq}", f"Fra. {seq} de {idt}"],
                "sv": [f"Faktura {seq}", f"Fakt {seq}"]}[L]
        ref = self.rng.choice(opts)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, None,
                  "applied", [(i, amt)], ZERO, None, "ref_noprefix_unique",
                  f"'{ref}' is {i['number']} written without prefix/leading zeros; only invoice with that number "
                  f"and the amount equals its balance {s(amt)}.")

    def sc_ref_noprefix_ambiguous(self, d):
        c = self.pick_cust(pred=lambda c: "EUR" in c["curs"])
        cur = "EUR"
        (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: i["number"].startswith("RE-2026"))
        seq = self._seq(i)
        amt = self.bal[i["id"]]
        num25 = f"RE-2025-{seq:06d}"
        if self._seq_count(seq) != 1 or num25 in self.by_number:
            raise Retry
        same = self.rng.random() < 0.5
        if same:
            owner = c
        else:
            owner = self.pick_cust(pred=lambda o: o["id"] != c["id"] and "EUR" in o["curs"])
        old = self.plant(owner, cur, amt, date(2025, self.rng.randint(2, 5), self.rng.randint(1, 28)), terms=30,
                         number=num25)
        ref = self.rng.choice([f"Rechnung {seq}", f"Re-Nr {seq}", f"RG {seq}"])
        cid = c["id"] if same else None
        payer = self.payer_for(c) if same else self.rng.choice(self.BANK_NAMES)
        self.emit(d, amt, cur, payer, cid, ref, None, "review", [], amt, None, "ref_noprefix_ambiguous",
                  f"'{ref}' can be {i['number']} or {old['number']}; both open with {s(amt)}"
                  + (" for the same customer." if same else " for different customers and the payer is a bank name."),
                  touch=[i, old])

    def sc_ref_noprefix_amount_mismatch(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        (i,) = self.fresh_of(c["id"], cur, d, pred=lambda i: i["number"].startswith("RE-2026"))
        seq = self._seq(i)
        if self._seq_count(seq) != 1:
            raise Retry
        b = self.bal[i["id"]]
        amt = q(b * Decimal(self.rng.uniform(0.55, 0.9)))
        if b - amt < max(Decimal(60), b * Decimal("0.05")) or any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref = self.rng.choice([f"Rechnung {seq}", f"Inv {seq}", f"Faktura {seq}"])
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, None,
                  "review", [], amt, None, "ref_noprefix_amount_mismatch",
                  f"'{ref}' points to {i['number']} (open {s(b)}) but {s(amt)} was paid with no reason; "
                  f"amount does not fit.", touch=[i])

    def _chunk(self, text, joiner):
        return joiner.join(text[k:k + 35] for k in range(0, len(text), 35))

    def sc_sepa_split_lines(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([1, 2, 2, 3]))
        amt = self.sum_bal(invs)
        nums = [i["number"] for i in invs]
        for _ in range(200):
            e2e = self.rng.choice(["NOTPROVIDED", f"ZV{d.strftime('%Y%m%d')}{self.rng.randint(100, 99999)}",
                                   f"{c['id']}-{d.strftime('%y%m%d')}-{self.rng.randint(1, 999)}",
                                   f"E2E{self.rng.getrandbits(40):X}"])
            kref = self.rng.choice(["", f" KREF+ZAHLLAUF {d.strftime('%d.%m.')}{self.rng.randint(1, 9)}",
                                    f" KREF+{self.rng.randint(1000000, 9999999)}", " KREF+NONREF"])
            body = self.rng.choice(["", "Rechnung ", "RG ", "Rechnungen ", "Ausgleich "]) + " ".join(nums)
            if self.rng.random() < 0.4:
                body += f" Kd {c['id']}"
            text = f"EREF+{e2e}{kref} SVWZ+{body}"
            starts = [text.index(n) for n in nums]
            if any(any(st < k * 35 < st + len(n) for k in range(1, 10)) for st, n in zip(starts, nums)):
                break
        else:
            raise Retry
        joiner = "\n" if self.rng.random() < 0.75 else " "
        ref = self._chunk(text, joiner)
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.4 else None, ref, None,
                  "applied", [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "sepa_split_lines",
                  f"SEPA EREF/KREF/SVWZ text in 35-char lines ({'newline' if joiner == chr(10) else 'space'}-joined), "
                  f"an invoice number is cut across a line; {', '.join(nums)} add up to {s(amt)}.")

    def sc_iso20022_ustrd(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([1, 1, 2, 3]))
        amt = self.sum_bal(invs)
        text = " ".join(i["number"] for i in invs)
        if self.rng.random() < 0.4:
            text = self.rng.choice(["Invoice ", "Rechnung ", "Faktura "]) + text
        split = self.rng.random() < 0.4
        if split:
            n0 = invs[0]["number"]
            st = text.index(n0)
            cut = st + self.rng.randint(4, len(n0) - 3)
            body = f"<Ustrd>{text[:cut]}</Ustrd><Ustrd>{text[cut:]}</Ustrd>"
        else:
            body = f"<Ustrd>{text}</Ustrd>"
        rem = f"<RmtInf>{body}</RmtInf>"
        ref = self.rng.choice(["NOTPROVIDED", f"E2E-{d.strftime('%Y%m%d')}-{self.rng.randint(1, 9999):05d}"])
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.4 else None, ref, rem,
                  "applied", [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "iso20022_ustrd",
                  f"ISO 20022 unstructured remittance{' split over two Ustrd elements' if split else ''}; "
                  f"{', '.join(i['number'] for i in invs)} add up to {s(amt)}.")

    def _strd(self, i, cur, due, disc=None, paid=None):
        x = (f"<Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>{i['number']}</Nb>"
             f"<RltdDt>{i['issue'].isoformat()}</RltdDt></RfrdDocInf><RfrdDocAmt>"
             f"<DuePyblAmt Ccy=\"{cur}\">{s(due)}</DuePyblAmt>")
        if disc is not None:
            x += f"<DscntApldAmt><Amt Ccy=\"{cur}\">{s(disc)}</Amt></DscntApldAmt>"
        x += f"<RmtdAmt Ccy=\"{cur}\">{s(paid if paid is not None else due)}</RmtdAmt></RfrdDocAmt></Strd>"
        return x

    def sc_iso20022_strd(self, d):
        c = self.pick_cust()
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([1, 2, 3]))
        amt = self.sum_bal(invs)
        rem = "<RmtInf>" + "".join(self._strd(i, cur, self.bal[i["id"]]) for i in invs) + "</RmtInf>"
        ref = f"E2E-{d.strftime('%Y%m%d')}-{self.rng.randint(1, 9999):05d}"
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.4 else None, ref, rem,
                  "applied", [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "iso20022_strd",
                  f"ISO 20022 structured remittance (CINV) for {', '.join(i['number'] for i in invs)}; "
                  f"amounts add up to {s(amt)}.")

    def sc_iso20022_strd_skonto(self, d):
        c = self.pick_cust(pred=lambda c: c["id"] not in self.amount_custs)
        cur = self.cur_of(c)
        base = self.rand_amount(cur, lo_mult=0.3)
        total = q((cents(base) // 50) * 50 / Decimal(100)) or Decimal("50.00")
        disc = q(total * Decimal("0.02"))
        amt = total - disc
        issue = d - timedelta(days=self.rng.randint(5, 12))
        i = self.plant(c, cur, total, issue, terms=30)
        rem = "<RmtInf>" + self._strd(i, cur, total, disc, amt) + "</RmtInf>"
        ref = f"E2E-{d.strftime('%Y%m%d')}-{self.rng.randint(1, 9999):05d}"
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.5 else None, ref, rem,
                  "partial", [(i, amt)], ZERO, (i, disc, "early_payment_discount"), "iso20022_strd_skonto",
                  f"Structured remittance: DuePyblAmt {s(total)}, DscntApldAmt {s(disc)} (= 2% exactly), "
                  f"RmtdAmt {s(amt)}.")


# ----------------------------------------------------------------------------------------------
# Ledger B: US services firm
# ----------------------------------------------------------------------------------------------

US_SURN = ["Anderson", "Brooks", "Carter", "Delgado", "Ellis", "Foster", "Garcia", "Hayes", "Iverson", "Jenkins",
           "Kowalski", "Larson", "Morales", "Nguyen", "O'Brien", "Patel", "Quinn", "Ramirez", "Sullivan",
           "Thompson", "Underwood", "Vasquez", "Whitaker", "Young", "Zimmerman", "Lindgren", "Okafor", "Haddad"]
US_TRADE = ["Dental Group", "Property Management", "Family Medicine", "Law Offices", "Construction", "Landscaping",
            "Veterinary Clinic", "Auto Repair", "Realty", "Logistics", "Engineering", "Architects",
            "Insurance Agency", "Physical Therapy", "Restaurant Group", "HVAC Services", "Plumbing & Heating",
            "Roofing", "Accounting", "Montessori School", "Orthodontics", "Title & Escrow"]
US_PLACES = ["Riverside", "Lakeview", "Summit", "Cedar Park", "Oak Hill", "Granite State", "Blue Ridge",
             "Harbor Point", "Silver Creek", "Prairie View", "Red Rock", "Bayshore"]
US_FORMS = ["LLC", "Inc.", "PLLC", "LLP", "Co.", "Corp.", "P.C."]
CA_SURN = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gélinas",
           "Bélanger", "Lévesque", "Pelletier", "Bérubé"]
ES_US = ["Ramírez", "Núñez", "Peña", "Ibáñez", "Muñoz", "Gómez"]


class LedgerB(Builder):
    KEY = "B"
    NAME = "ledger_b_us_services"
    CURS = ["USD", "CAD"]
    CURS_WEIGHTED = ["USD"] * 4 + ["CAD"]
    MEDIAN = {"USD": 2300, "CAD": 2000}
    ROUND_UNIT = {"USD": 100, "CAD": 100}
    TERMS = [15, 30, 30, 30, 45]
    FEES = {"USD": [10.00, 12.00, 15.00, 20.00, 25.00, 30.00, 35.00, 45.00],
            "CAD": [10.00, 12.50, 15.00, 17.50, 25.00, 30.00, 40.00]}
    BIG_FEES = {"USD": [65, 75, 90, 125, 150], "CAD": [60, 80, 95, 140]}
    OVER_EXTRA = {"USD": [25.00, 75.00, 100.00, 150.00, 300.00], "CAD": [40.00, 100.00, 200.00]}
    BAD_CURRENCY = {"USD": ["USS", "US$", "U$S"], "CAD": ["CDN", "CAN", "C$"]}
    MISMATCH_CUR = {"USD": ["CAD"], "CAD": ["USD"]}
    BANK_NAMES = ["JPMORGAN CHASE BANK NA", "BANK OF AMERICA NA", "WELLS FARGO BANK NA", "RBC ROYAL BANK",
                  "TD BANK NA", "US BANK NA", "PNC BANK NA"]
    BANK_REFS = [None, "WIRE TRANSFER", "ACH CREDIT", "DEPOSIT", "BOOK TRANSFER CREDIT", "ONLINE TRANSFER"]
    RETURN_PREFIX = "RETURN R01 "
    PLAN = [
        ("ref_exact_single", 32), ("ref_exact_multi", 10), ("ref_with_noise", 12), ("ach_rmr", 16),
        ("ach_rmr_discount", 4), ("lockbox_multi", 14), ("lockbox_mismatch", 3), ("iso20022_ustrd", 4),
        ("custid_in_ref", 4), ("custid_only_ref", 4), ("invoice_number_equals_custid", 4),
        ("invoice_number_equals_custid_two_readings", 3),
        ("amount_only_unique", 14), ("amount_only_multi_unique", 3), ("amount_two_subsets", 7),
        ("name_variant", 8), ("name_ambiguous", 3), ("partial_on_account", 8), ("on_account_no_invoice", 3),
        ("discount_2pct_exact", 5), ("discount_2pct_mismatch", 4), ("bank_fee", 8), ("shortfall_too_large", 5),
        ("short_multi_invoice", 2), ("overpayment", 6), ("duplicate_payment", 5), ("known_customer_nofit", 5),
        ("unknown_payer_nofit", 4), ("parent_subsidiary", 4), ("remittance_invoice_twice", 4),
        ("currency_mismatch_known", 3), ("currency_mismatch_unknown", 3), ("ref_amount_conflict", 4),
        ("credit_note_deduction", 3), ("ref_closed_invoice_known", 2), ("error_negative_amount", 2),
        ("error_duplicate_id", 2), ("error_unknown_currency", 3),
    ]
    AMOUNT_IDS = ["1200", "1500", "2500", "850", "750", "4250"]

    def make_customers(self):
        r = self.rng
        names = set()

        def add(name, country, curs, special=False, **kw):
            assert name not in names, name
            names.add(name)
            c = {"id": None, "name": name, "country": country, "curs": curs, "special": special, **kw}
            self.customers.append(c)
            return c

        self.group_pairs = [
            (add("Acme Holdings, Inc.", "US", ["USD"], True), add("Acme Field Services LLC", "US", ["USD"], True)),
            (add("Pinnacle Health Partners LLC", "US", ["USD"], True),
             add("Pinnacle Dental of Austin PLLC", "US", ["USD"], True)),
            (add("Maple Leaf Group Inc.", "CA", ["CAD"], True),
             add("Maple Leaf Logistics Ltd.", "CA", ["CAD"], True)),
            (add("Harborview Hospitality Group LLC", "US", ["USD"], True),
             add("Harborview Grill Seattle LLC", "US", ["USD"], True)),
        ]
        self.twin_pairs = [
            (add("Summit Dental Group", "US", ["USD"], True),
             add("Summit Dental Group of Ohio, PLLC", "US", ["USD"], True), "SUMMIT DENTAL GROUP"),
            (add("Delgado Construction LLC", "US", ["USD"], True),
             add("Delgado Construction & Remodeling LLC", "US", ["USD"], True), "DELGADO CONSTRUCTION"),
            (add("Lavoie Transport Inc.", "CA", ["CAD"], True),
             add("Lavoie Transport Inc. (Montréal)", "CA", ["CAD"], True), "LAVOIE TRANSPORT INC"),
        ]
        longn = ["Riverside Orthodontics & Pediatric Dentistry PLLC", "Société de Transport Lévesque & Fils Inc.",
                 "Construcciones Ramírez & Hijos General Contractors LLC", "Granite State Physical Therapy Associates",
                 "Okafor Whitaker & Haddad Certified Public Accountants LLP",
                 "Clinique Vétérinaire Bérubé-Gélinas Inc."]
        for nm in longn:
            add(nm, "CA" if ("Société" in nm or "Clinique" in nm) else "US",
                ["CAD"] if ("Société" in nm or "Clinique" in nm) else ["USD"])
        made = {"US": 0, "CA": 0}
        target = {"US": 68, "CA": 15}
        tries = 0
        while made["US"] < target["US"] or made["CA"] < target["CA"]:
            tries += 1
            country = "US" if made["US"] < target["US"] and (made["CA"] >= target["CA"] or r.random() < 0.8) else "CA"
            if country == "US":
                t = r.random()
                a, b = r.sample(US_SURN, 2)
                if t < 0.35:
                    nm = f"{a} {r.choice(US_TRADE)} {r.choice(US_FORMS)}"
                elif t < 0.6:
                    nm = f"{r.choice(US_PLACES)} {r.choice(US_TRADE)} {r.choice(US_FORMS)}"
                elif t < 0.75:
                    nm = f"{a} & {b} {r.choice(['LLP', 'PC', 'CPAs PC', 'Attorneys at Law'])}"
                elif t < 0.85:
                    e = r.choice(ES_US)
                    nm = r.choice([f"Construcciones {e} LLC", f"Jardinería {e} LLC", f"Panadería {e} Inc.",
                                   f"Clínica Dental {e} PLLC"])
                else:
                    nm = f"{a} {r.choice(US_TRADE)} of {r.choice(US_PLACES)}, {r.choice(US_FORMS)}"
                curs = ["USD"]
            else:
                a = r.choice(CA_SURN)
                nm = r.choice([f"Société {a} Inc.", f"Groupe {a} Ltée", f"Clinique dentaire {a} Inc.",
                               f"{a} Construction Ltd.", f"Entreprises {a} & Associés Inc.",
                               f"{r.choice(['Northern', 'Prairie', 'Coastal', 'Laurentian'])} {r.choice(US_TRADE)} Ltd."])
                curs = ["CAD", "USD"] if r.random() < 0.2 else ["CAD"]
            if nm in names or tries > 10000:
                continue
            cn = canon(nm)
            if any(canon(x).startswith(cn) or cn.startswith(canon(x)) for x in names):
                continue
            add(nm, country, curs)
            made[country] += 1
        # ids: 3-5 digit numbers; collision ids are set after invoices are numbered
        pool = set()
        while len(pool) < len(self.customers):
            k = r.random()
            if k < 0.3:
                v = r.randint(100, 999)
            elif k < 0.7:
                v = r.randint(1000, 9999)
            else:
                v = r.randint(13000, 99999)
            if v in (2024, 2025, 2026) or str(v) in self.AMOUNT_IDS:
                continue
            pool.add(str(v))
        pool = sorted(sorted(pool), key=lambda _: r.random())
        amount_ids = list(self.AMOUNT_IDS)
        for c, v in zip(self.customers, pool):
            c["id"] = v
        # amount-colliding ids on ordinary customers
        ordinary = [c for c in self.customers if not c["special"] and c["curs"] == ["USD"]]
        for c, v in zip(r.sample(ordinary, len(amount_ids)), amount_ids):
            c["id"] = v
            c["amount_id"] = True
        assert len({c["id"] for c in self.customers}) == len(self.customers)
        for c in self.customers:
            self.cust[c["id"]] = c

    def make_invoices(self):
        r = self.rng
        raw = []
        for c in self.customers:
            k = r.choice([2, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 10, 11, 12, 14, 16, 19, 23])
            if c["special"]:
                k = r.randint(4, 8)
            retainer = None
            if not c["special"] and r.random() < 0.25:
                retainer = q(r.choice([750, 850, 1200, 1500, 2500, 3200, 4250, 995, 1850]))
            for j in range(k):
                cur = c["curs"][0] if len(c["curs"]) == 1 or r.random() < 0.7 else c["curs"][1]
                age = int(abs(r.gauss(0, 50)))
                issue = date(2026, 4, 10) - timedelta(days=min(age, 200))
                if retainer is not None and j < r.choice([2, 3, 3]) and cur == c["curs"][0]:
                    total = retainer
                    issue = date(2026, 4 - j, 1) if j < 3 else issue
                else:
                    total = self.rand_amount(cur)
                bal = total
                if r.random() < 0.1 and total > self.MEDIAN[cur] * 0.5:
                    paid = q(math.floor(float(total) * r.uniform(0.3, 0.7) / 100) * 100)
                    if 0 < paid < total:
                        bal = total - paid
                raw.append((issue, c, cur, total, bal))
        raw.sort(key=lambda x: x[0])
        self.seq = {"USD": 10480, "CAD": 100100}
        for issue, c, cur, total, bal in raw:
            self.seq[cur] += r.choice([1, 1, 1, 2, 2, 3])
            self.add_invoice(c, cur, total, bal, issue, str(self.seq[cur]), r.choice(self.TERMS))
        # customer ids colliding with invoice numbers (of another customer)
        ordinary = [c for c in self.customers if not c["special"] and not c.get("amount_id")]
        chosen = r.sample(ordinary, 10)
        for c in chosen:
            while True:
                inv = r.choice([i for i in self.invs if i["currency"] == "USD" and i["customer_id"] != c["id"]
                                and i["customer_id"] not in {x["id"] for x in chosen}])
                if inv["number"] not in self.cust:
                    break
            old = c["id"]
            del self.cust[old]
            c["id"] = inv["number"]
            c["collide"] = True
            self.cust[c["id"]] = c
            for i in self.by_cust.pop(old):
                i["customer_id"] = c["id"]
                self.by_cust[c["id"]].append(i)
            self.reserved.add(inv["id"])
            inv["collides_with"] = c["id"]

    def plant_number(self, cur, issue):
        self.seq[cur] += self.rng.choice([1, 2])
        return str(self.seq[cur])

    def credit_note_number(self):
        return self.rng.choice(["CM ", "CM-", "Credit Memo ", "CR "]) + str(self.rng.randint(3000, 3999))

    def closed_number(self):
        while True:
            n = str(self.rng.randint(9100, 10470))
            if n not in self.by_number and n not in self.cust:
                return n

    def famt(self, x, c=None, cur=None):
        return fmt_en(x)

    def french(self, c):
        return c["country"] == "CA" and any(w in c["name"] for w in ("Société", "Groupe", "Clinique", "Entreprises"))

    def payer16(self, c):
        return translit(c["name"]).upper().replace(",", "").replace(".", "")[:16].rstrip()

    def txt_single(self, i, c, d, plain=False):
        n = i["number"]
        if self.french(c):
            opts = [f"Facture {n}", f"FACT {n}", f"Paiement facture no {n}", n]
        else:
            opts = [f"INV {n}", f"Invoice #{n}", n, f"INV# {n}", f"Inv. {n} - thank you", f"Bill.com Payment Inv {n}",
                    f"PMT FOR INVOICE {n}"]
        return self.rng.choice(opts), None

    def txt_multi(self, invs, c, d, with_amounts=None):
        if with_amounts is None:
            with_amounts = self.rng.random() < 0.5
        if not with_amounts:
            sep = self.rng.choice([", ", " ", "/", " & "])
            head = self.rng.choice(["INV ", "Invoices ", "", "INV# "])
            return head + sep.join(i["number"] for i in invs), None
        return self.txt_lines([(i, self.bal[i["id"]]) for i in invs], c, d, self.sum_bal(invs))

    def txt_lines(self, lines, c, d, total):
        out = [f"REMITTANCE ADVICE  {d.strftime('%m/%d/%Y')}", f"{'INVOICE':<10}{'DATE':<12}{'AMOUNT':>12}"]
        for i, a in lines:
            out.append(f"{i['number']:<10}{i['issue'].strftime('%m/%d/%Y'):<12}{fmt_en(a):>12}")
        out.append(f"{'TOTAL':<22}{fmt_en(total):>12}")
        return self.rng.choice([None, "SEE REMITTANCE", f"PMT {d.strftime('%m%d%y')}"]), "\n".join(out)

    def txt_noise(self, invs, c, d, amt):
        nums = " ".join(i["number"] for i in invs)
        po = self.rng.choice([f"PO# {self.rng.randint(200, 999)}-{self.rng.randint(1000, 9999)}",
                              f"PO {self.rng.choice('ABCDEFGH')}{self.rng.randint(40000, 89999)}"])
        idate = invs[0]["issue"].strftime("%m/%d/%Y")
        opts = [f"CUST {c['id']} {po} INV {nums} DATED {idate} AMT ${fmt_en(amt)}",
                f"ACCT#{c['id']} / INV {nums} / {d.strftime('%m/%d/%Y')} / ${fmt_en(amt)}",
                f"{po} INVOICE {nums} SVC DATES {self.rng.randint(1, 12):02d}/01-{self.rng.randint(1, 12):02d}/28",
                f"Customer No. {c['id']} Invoice(s) {nums} Total {fmt_en(amt)} USD"]
        return self.rng.choice(opts), None

    def generic_ref(self):
        return self.rng.choice([None, "PAYMENT", "ACH PMT", "ONLINE PAYMENT", "VENDOR PAYMENT", "BILL PAY",
                                "Payment - thank you", "QuickBooks Payment"])

    def txt_partial(self, i, c, amt):
        n = i["number"]
        opts = [f"PARTIAL PMT INV {n}", f"on account inv {n}", f"INV {n} - payment on account",
                f"Pago a cuenta factura {n}", f"INV {n} 1ST INSTALLMENT", f"{n} a cuenta"]
        if self.french(c):
            opts = [f"Acompte facture {n}", f"Paiement partiel {n}", f"On account inv {n}"]
        return self.rng.choice(opts), None

    def txt_on_account(self):
        return self.rng.choice(["ON ACCOUNT", "Payment on account", "pago a cuenta", "ACCT CREDIT PMT"])

    def txt_discount(self, i, c, disc, amt, claimed_only=False):
        n = i["number"]
        opts = [f"INV {n} LESS 2% DISC", f"{n} 2% 10 NET 30 DISC TAKEN", f"Invoice {n} less 2% early pay discount",
                f"INV {n} 2/10 N30"]
        if self.french(c):
            opts = [f"Facture {n} moins escompte 2%", f"{n} escompte 2 %"]
        ref = self.rng.choice(opts)
        if not claimed_only and self.rng.random() < 0.3:
            ref += f" (${fmt_en(disc)})"
        return ref, None

    def txt_credit_note(self, i, c, cn_no, cn, amt, d):
        lines = [f"REMITTANCE ADVICE  {d.strftime('%m/%d/%Y')}",
                 f"{'INV ' + i['number']:<18}{fmt_en(self.bal[i['id']]):>12}",
                 f"{cn_no:<18}{'-' + fmt_en(cn):>12}",
                 f"{'NET PAID':<18}{fmt_en(amt):>12}"]
        return None, "\n".join(lines)

    def txt_closed(self, num, c):
        return self.rng.choice([f"INV {num}", f"Invoice #{num}", num])

    def _ach(self, c, d, indid=None):
        orig = f"{self.rng.randint(1, 9)}{self.rng.randint(100000000, 999999999)}"
        trace = f"0{self.rng.randint(21000000, 91000000)}{self.rng.randint(1000000, 9999999)}"
        ind = indid or f"V{self.rng.randint(1000, 9999):06d}"
        return (f"ORIG CO NAME:{self.payer16(c)} ORIG ID:{orig} DESC DATE:{d.strftime('%y%m%d')} "
                f"CO ENTRY DESCR:PAYMENTS SEC:CCD TRACE#:{trace} EED:{d.strftime('%y%m%d')} IND ID:{ind} "
                f"IND NAME:BRIGHTLINE SERVICES")

    # ---- ledger B specific scenarios ----------------------------------------------------------
    def sc_name_variant(self, d):
        longname = self.rng.random() < 0.35
        self._name_applied(d, "name_variant", longname)

    def sc_ach_rmr(self, d):
        c = self.pick_cust(pred=lambda c: not c.get("collide"))
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([1, 1, 2, 2, 3]))
        amt = self.sum_bal(invs)
        segs = []
        for i in invs:
            b = self.bal[i["id"]]
            segs.append(self.rng.choice([f"RMR*IV*{i['number']}*{s(b)}\\", f"RMR*IV*{i['number']}*{s(b)}*{s(b)}\\"]))
        add = "".join(segs)
        if self.rng.random() < 0.5:
            ref = self._ach(c, d) + " ADDENDA:" + add
            rem = None
        else:
            ref = self._ach(c, d)
            rem = add
        self.emit(d, amt, cur, self.payer16(c), c["id"] if self.rng.random() < 0.3 else None, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "ach_rmr",
                  f"ACH CCD+/CTX addenda RMR*IV for {', '.join(i['number'] for i in invs)}; add up to {s(amt)}.")

    def sc_ach_rmr_discount(self, d):
        c = self.pick_cust(pred=lambda c: not c.get("collide") and c["id"] not in self.amount_custs)
        cur = self.cur_of(c)
        base = self.rand_amount(cur, lo_mult=0.3)
        total = q((cents(base) // 50) * 50 / Decimal(100)) or Decimal("50.00")
        disc = q(total * Decimal("0.02"))
        amt = total - disc
        i = self.plant(c, cur, total, d - timedelta(days=self.rng.randint(4, 10)), terms=30)
        seg = f"RMR*IV*{i['number']}*{s(amt)}*{s(total)}*{s(disc)}\\"
        self.emit(d, amt, cur, self.payer16(c), c["id"] if self.rng.random() < 0.3 else None,
                  self._ach(c, d) + " ADDENDA:" + seg, None, "partial", [(i, amt)], ZERO,
                  (i, disc, "early_payment_discount"), "ach_rmr_discount",
                  f"RMR*IV paid {s(amt)}, invoice {s(total)}, discount {s(disc)} = 2% exactly (terms 2/10 net 30).")

    def _lockbox(self, c, d, lines, check_amt):
        chk = self.rng.randint(30000, 89999)
        while str(chk) in self.cust:
            chk = self.rng.randint(30000, 89999)
        out = [f"LOCKBOX 7781  BATCH {self.rng.randint(1, 40):03d}  ITEM {self.rng.randint(1, 60):03d}",
               f"CHECK NO {chk}  CHECK AMT {fmt_en(check_amt)}",
               f"PAYER: {translit(c['name']).upper()}",
               f"{'INVOICE':<10}{'AMOUNT PAID':>14}"]
        for n, a in lines:
            out.append(f"{n:<10}{fmt_en(a):>14}")
        return f"LOCKBOX DEP {d.strftime('%m/%d/%Y')} CHK {chk}", "\n".join(out)

    def sc_lockbox_multi(self, d):
        c = self.pick_cust(pred=lambda c: not c.get("collide"))
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([2, 2, 3, 3, 4, 5]))
        amt = self.sum_bal(invs)
        ref, rem = self._lockbox(c, d, [(i["number"], self.bal[i["id"]]) for i in invs], amt)
        self.emit(d, amt, cur, translit(c["name"]).upper(), c["id"] if self.rng.random() < 0.4 else None, ref, rem,
                  "applied", [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "lockbox_multi",
                  f"Lockbox check stub lists {len(invs)} invoices ({', '.join(i['number'] for i in invs)}) adding up "
                  f"to the check amount {s(amt)}.")

    def sc_lockbox_mismatch(self, d):
        c = self.pick_cust(pred=lambda c: not c.get("collide"))
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([2, 3]))
        lines = [(i["number"], self.bal[i["id"]]) for i in invs]
        tot = self.sum_bal(invs)
        gap = q(self.rng.choice([112.40, 250.00, 87.15, 500.00, 64.99]))
        amt = tot - gap
        why = f"stub lines total {s(tot)} (= the open balances) but the check is {s(amt)}"
        if any(self.fits(c["id"], cur, amt, d, k=4)):
            raise Retry
        ref, rem = self._lockbox(c, d, lines, amt)
        self.emit(d, amt, cur, translit(c["name"]).upper(), c["id"] if self.rng.random() < 0.4 else None, ref, rem,
                  "review", [], amt, None, "lockbox_mismatch", why + "; no reason for the difference.", touch=invs)

    def sc_iso20022_ustrd(self, d):
        c = self.pick_cust(pred=lambda c: not c.get("collide"))
        cur = self.cur_of(c)
        invs = self.fresh_of(c["id"], cur, d, n=self.rng.choice([1, 2]))
        amt = self.sum_bal(invs)
        rem = "<RmtInf><Ustrd>" + self.rng.choice(["INV ", "Invoice ", "Facture ", ""]) + " ".join(
            i["number"] for i in invs) + "</Ustrd></RmtInf>"
        ref = f"WIRE IN FED REF {d.strftime('%Y%m%d')}MMQFMP{self.rng.randint(100000, 999999)}"
        self.emit(d, amt, cur, self.payer_for(c), c["id"] if self.rng.random() < 0.4 else None, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in invs], ZERO, None, "iso20022_ustrd",
                  f"Wire with ISO 20022 Ustrd naming {', '.join(i['number'] for i in invs)}; add up to {s(amt)}.")

    def _collide_cust(self):
        return self.pick_cust(pred=lambda c: c.get("collide"), allow_special=True)

    def sc_custid_in_ref(self, d):
        c = self._collide_cust()
        cur = "USD"
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        other = self.by_number[c["id"]]
        if self.bal[other["id"]] == amt:
            raise Retry
        if self.rng.random() < 0.5:
            ref = self.rng.choice([f"ACCT {c['id']} INV {i['number']}", f"CUST# {c['id']} INVOICE {i['number']}",
                                   f"Customer {c['id']} - Inv {i['number']}"])
            rem = None
            what = "reference"
        else:
            ref = self._ach(c, d, indid=c["id"])
            rem = f"RMR*IV*{i['number']}*{s(amt)}\\"
            what = "ACH IND ID"
        self.emit(d, amt, cur, self.payer16(c), c["id"] if self.rng.random() < 0.6 else None, ref, rem, "applied",
                  [(i, amt)], ZERO, None, "custid_in_ref",
                  f"{what} carries customer no. {c['id']}, which is also the number of another customer's invoice "
                  f"(open {s(self.bal[other['id']])}); the named invoice {i['number']} fits {s(amt)}.")

    def sc_custid_only_ref(self, d):
        if self.rng.random() < 0.6:
            c = self._collide_cust()
            note_x = f"also the number of another customer's invoice {c['id']}"
        else:
            c = self.pick_cust(pred=lambda c: c.get("amount_id"))
            note_x = f"also reads like an amount ({c['id']}.00)"
        cur = "USD"
        if self.n_open(c["id"], cur) > 14:
            raise Retry
        (i,) = self.fresh_of(c["id"], cur, d)
        amt = self.bal[i["id"]]
        if self.fits(c["id"], cur, amt, d) != [1, 1]:
            raise Retry
        if c["id"] in self.by_number and self.bal[self.by_number[c["id"]]["id"]] == amt:
            raise Retry
        self.amount_custs.add(c["id"])
        ref = self.rng.choice([f"ACCT {c['id']}", f"CUST {c['id']}", c["id"], f"Customer #{c['id']}"])
        self.emit(d, amt, cur, self.payer_for(c), c["id"], ref, None, "applied", [(i, amt)], ZERO, None,
                  "custid_only_ref",
                  f"Known customer {c['id']} quotes only its own customer number ({note_x}); {i['number']} "
                  f"({s(amt)}) is the only fitting combination of its open items.")

    def sc_invoice_number_equals_custid(self, d):
        c = self._collide_cust()
        inv = self.by_number[c["id"]]
        if inv["id"] in self.touched or self.bal[inv["id"]] == 0 or inv["issue"] > d - timedelta(days=3):
            raise Retry
        amt = self.bal[inv["id"]]
        if any(self.fits(c["id"], "USD", amt, d, k=None if self.n_open(c["id"], "USD") <= 26 else 4)):
            raise Retry
        owner = self.cust[inv["customer_id"]]
        payer = self.payer_for(owner)
        if any(x["id"] == c["id"] for x in name_candidates(payer, self.customers)):
            raise Retry
        self.emit(d, amt, "USD", payer, None, self.rng.choice([inv["number"], f"#{inv['number']}"]), None,
                  "applied", [(inv, amt)], ZERO, None, "invoice_number_equals_custid",
                  f"Reference {inv['number']} is an invoice of '{owner['name']}' (the payer) with exactly {s(amt)} "
                  f"open; it is also customer no. of '{c['name']}', which has no open item combination of {s(amt)}.")

    def sc_invoice_number_equals_custid_two_readings(self, d):
        c = self._collide_cust()
        inv = self.by_number[c["id"]]
        if inv["id"] in self.touched or self.bal[inv["id"]] == 0 or inv["issue"] > d - timedelta(days=3):
            raise Retry
        amt = self.bal[inv["id"]]
        twin = self.plant(c, "USD", amt, d - timedelta(days=self.rng.randint(10, 45)))
        payer = self.rng.choice(self.BANK_NAMES)
        self.emit(d, amt, "USD", payer, None, inv["number"], None, "review", [], amt, None,
                  "invoice_number_equals_custid_two_readings",
                  f"Reference {inv['number']} is invoice {inv['number']} ({s(amt)}, of '{self.cust[inv['customer_id']]['name']}') "
                  f"and also customer no. {c['id']} whose invoice {twin['number']} is open for the same {s(amt)}; "
                  f"payer is only a bank name.", touch=[inv, twin])
        self.touched.add(inv["id"])


# ----------------------------------------------------------------------------------------------
# independent verification (works only on the written JSON files)
# ----------------------------------------------------------------------------------------------

APPLIED_REF = {"ref_exact_single", "ref_exact_multi", "ref_with_noise", "sepa_split_lines", "iso20022_ustrd",
               "iso20022_strd", "ach_rmr", "lockbox_multi", "custid_in_ref", "invoice_number_equals_custid",
               }
AMOUNT_UNIQUE = {"amount_only_unique", "amount_only_multi_unique", "custid_only_ref"}
NAME_UNIQUE = {"name_transliteration", "name_truncated_35", "name_variant"}
NOFIT_FULL = {"known_customer_nofit", "on_account_no_invoice", "ref_closed_invoice_known", "duplicate_payment"}
NOFIT_K4_REF = {"bank_fee", "partial_on_account", "shortfall_too_large", "short_multi_invoice",
                "remittance_invoice_twice", "credit_note_deduction", "overpayment", "discount_2pct_mismatch",
                "ref_noprefix_amount_mismatch", "lockbox_mismatch", "parent_subsidiary"}
STATUS_OF = {
    "applied": APPLIED_REF | AMOUNT_UNIQUE | NAME_UNIQUE | {"ref_noprefix_unique"},
    "partial": {"partial_on_account", "discount_2pct_exact", "iso20022_strd_skonto", "ach_rmr_discount", "bank_fee"},
    "unapplied": {"on_account_no_invoice", "overpayment", "duplicate_payment", "known_customer_nofit",
                  "currency_mismatch_known", "ref_closed_invoice_known"},
    "review": {"ref_noprefix_ambiguous", "ref_noprefix_amount_mismatch", "amount_two_subsets", "name_ambiguous",
               "discount_2pct_mismatch", "shortfall_too_large", "short_multi_invoice", "unknown_payer_nofit",
               "parent_subsidiary", "remittance_invoice_twice", "currency_mismatch_unknown", "ref_amount_conflict",
               "credit_note_deduction", "lockbox_mismatch", "invoice_number_equals_custid_two_readings"},
    "error": {"error_negative_amount", "error_duplicate_id", "error_unknown_currency"},
}


def v_subsets(vals, target, k=None):
    """Independent subset counter: dynamic programme over the items (count of index sets)."""
    if k is not None:
        n = 0
        for r in range(1, min(k, len(vals)) + 1):
            for comb in itertools.combinations(vals, r):
                if sum(comb) == target:
                    n += 1
        return n
    counts = Counter({0: 1})
    for v in vals:
        nxt = Counter(counts)
        for sm, cnt in counts.items():
            if sm + v <= target:
                nxt[sm + v] += cnt
        counts = nxt
    return counts.get(target, 0)


def flat(text):
    t = text or ""
    t = re.sub(r"</Ustrd>\s*<Ustrd>", "", t)
    return re.sub(r"\s+", "", t)


def named_invoices(rawtext, invs):
    """Invoices whose full number (or its dash-less form) is written in the text, digit-bounded."""
    out = []
    for x in invs:
        for form in {x["number"], x["number"].replace("-", "")}:
            if re.search(r"(?<![\d-])" + re.escape(form) + r"(?!\d)", rawtext):
                out.append(x)
                break
    return out


def verify(folder, key):
    D = Decimal
    invs = json.load(open(os.path.join(folder, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(folder, "payments.json"), encoding="utf-8"))
    exps = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))
    errs = []

    def err(msg):
        errs.append(msg)

    byid = {i["id"]: i for i in invs}
    bynum = {i["number"]: i for i in invs}
    if len(byid) != len(invs) or len(bynum) != len(invs):
        err("duplicate invoice id/number")
    custs = defaultdict(list)
    names = {}
    for i in invs:
        custs[i["customer_id"]].append(i)
        names.setdefault(i["customer_id"], i["customer_name"])
        if names[i["customer_id"]] != i["customer_name"]:
            err(f"customer name differs for {i['customer_id']}")
        if not (D(0) < D(i["balance"]) <= D(i["total"])):
            err(f"bad balance {i['number']}")
        if i["issue_date"] > i["due_date"]:
            err(f"due before issue {i['number']}")
    cust_list = [{"id": k, "name": v} for k, v in names.items()]
    ranges = {"A": ((100, 140), (900, 1300), (220, 280)), "B": ((80, 120), (700, 1000), (200, 260))}[key]
    for (lo, hi), n, what in zip(ranges, (len(names), len(invs), len(pays)), ("customers", "invoices", "payments")):
        if not lo <= n <= hi:
            err(f"{what} count {n} outside {lo}-{hi}")
    if len(pays) != len(exps):
        err("payments/expected length differ")
    bal = {k: D(i["balance"]) for k, i in byid.items()}
    seen_ids = set()
    currencies = {i["currency"] for i in invs}

    def open_vals(cid, cur, day=None, exclude=()):
        return [int(bal[i["id"]] * 100) for i in custs[cid]
                if i["currency"] == cur and bal[i["id"]] > 0 and i["id"] not in exclude
                and (day is None or i["issue_date"] <= day)]

    def full_count(cid, cur, amt, day):
        t = int(D(amt) * 100)
        return v_subsets(open_vals(cid, cur), t), v_subsets(open_vals(cid, cur, day), t)

    for pos, (p, e) in enumerate(zip(pays, exps)):
        sc = e["scenario"]
        tag = f"{key}:{p['id']}:{sc}"
        if p["id"] != e["payment_id"]:
            err(f"{tag} id mismatch")
        if sc not in STATUS_OF.get(e["status"], ()):
            err(f"{tag} status {e['status']} not expected for scenario")
        if pos and p["date"] < pays[pos - 1]["date"]:
            err(f"{tag} payments not oldest first")
        amt_raw = p["amount"]
        is_err = (amt_raw.startswith("-") or p["id"] in seen_ids or p["currency"] not in ISO_CODES)
        if (e["status"] == "error") != is_err:
            err(f"{tag} error status does not match bad input")
        seen_ids.add(p["id"])
        if e["status"] == "error":
            if e["applications"] or e["short_pay"]:
                err(f"{tag} error with applications")
            continue
        amt = D(amt_raw)
        apps = [(byid.get(a["invoice_id"]), D(a["amount"])) for a in e["applications"]]
        unap = D(e["unapplied"])
        if sum((a for _, a in apps), D(0)) + unap != amt:
            err(f"{tag} sums do not add up")
        if any(x.as_tuple().exponent != -2 for x in [amt, unap] + [a for _, a in apps]):
            err(f"{tag} amounts not 2dp")
        for i, a in apps:
            if i is None:
                err(f"{tag} unknown invoice")
                continue
            if i["currency"] != p["currency"]:
                err(f"{tag} cross-currency application")
            if not (D(0) < a <= bal[i["id"]]):
                err(f"{tag} application {a} exceeds balance {bal[i['id']]} of {i['number']}")
            if i["issue_date"] > p["date"]:
                err(f"{tag} applied to invoice issued after payment")
        st = e["status"]
        owners = {i["customer_id"] for i, _ in apps if i is not None}
        if len(owners) > 1:
            err(f"{tag} applications span several customers")
        if p["customer_id"] and owners and owners != {p["customer_id"]}:
            err(f"{tag} applied to another customer's invoice")
        if st == "applied" and (unap != 0 or not apps or e["short_pay"]):
            err(f"{tag} applied shape")
        if st == "partial" and (unap != 0 or not apps):
            err(f"{tag} partial shape")
        if st == "unapplied" and unap <= 0:
            err(f"{tag} unapplied shape")
        if st == "review" and (apps or unap != amt or e["short_pay"]):
            err(f"{tag} review shape")
        text = flat(p["reference"]) + "|" + flat(p["remittance"])
        rawtext = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        # ---- scenario checks --------------------------------------------------------------
        named = named_invoices(rawtext, invs)
        if sc in APPLIED_REF:
            for i, a in apps:
                if flat(i["number"]) not in text and i["number"].replace("-", "") not in text:
                    err(f"{tag} {i['number']} not in text")
                if a != bal[i["id"]]:
                    err(f"{tag} applied ref invoice not fully paid")
        if sc == "sepa_split_lines":
            lines = re.split(r"\n", p["reference"])
            if "\n" in p["reference"] and any(len(x) > 35 for x in lines):
                err(f"{tag} SEPA line > 35")
            if all(i["number"] in p["reference"] for i, _ in apps):
                err(f"{tag} no invoice number is split")
        if sc == "ref_noprefix_unique":
            (i, a), = apps
            seq = int(i["number"].split("-")[2])
            same = [x for x in invs if int(x["number"].split("-")[2]) == seq]
            if len(same) != 1 or i["number"] in rawtext or a != bal[i["id"]]:
                err(f"{tag} noprefix not unique / full number present / not full")
            toks = {int(t) for t in re.findall(r"\d+", rawtext)}
            seqs = {int(x["number"].split("-")[2]) for x in invs}
            if (toks & seqs) != {seq}:
                err(f"{tag} other tokens match invoice seqs: {toks & seqs}")
        if sc == "ref_noprefix_ambiguous":
            toks = {int(t) for t in re.findall(r"\d+", rawtext)}
            m = [x for x in invs if int(x["number"].split("-")[2]) in toks and bal[x["id"]] == amt]
            if len(m) < 2:
                err(f"{tag} not ambiguous")
        if sc in AMOUNT_UNIQUE:
            cid = p["customer_id"]
            if not cid or any(i["customer_id"] != cid for i, _ in apps):
                err(f"{tag} amount-only without customer or wrong customer")
            fc = full_count(cid, p["currency"], amt, p["date"])
            if fc != (1, 1):
                err(f"{tag} amount-only not unique: {fc}")
            if any(flat(i["number"]) in text for i, _ in apps) and sc != "custid_only_ref":
                err(f"{tag} amount-only text names the invoice")
        if sc in NAME_UNIQUE:
            if p["customer_id"] is not None:
                err(f"{tag} name scenario has customer id")
            cands = name_candidates(p["payer_name"], cust_list)
            cid = apps[0][0]["customer_id"]
            if [c["id"] for c in cands] != [cid]:
                err(f"{tag} payer name matches {[c['name'] for c in cands]}")
            if p["payer_name"] == names[cid]:
                err(f"{tag} payer name not altered")
            if full_count(cid, p["currency"], amt, p["date"]) != (1, 1):
                err(f"{tag} name amount not unique")
            for o in custs:
                if o != cid and v_subsets(open_vals(o, p["currency"]), int(amt * 100), k=2):
                    err(f"{tag} another customer has a fitting pair/single")
        if sc == "name_truncated_35" and len(p["payer_name"]) != 35:
            err(f"{tag} payer not truncated at 35")
        if sc == "amount_two_subsets":
            if v_subsets(open_vals(p["customer_id"], p["currency"], p["date"]), int(amt * 100)) < 2:
                err(f"{tag} fewer than two subsets")
        if sc == "name_ambiguous":
            cands = name_candidates(p["payer_name"], cust_list)
            fit = [c for c in cands if any(bal[i["id"]] == amt and i["currency"] == p["currency"]
                                           for i in custs[c["id"]])]
            if len(fit) < 2 or p["customer_id"] is not None:
                err(f"{tag} name ambiguity not real")
        if sc in NOFIT_FULL:
            cid = p["customer_id"]
            if not cid:
                err(f"{tag} no customer id")
            else:
                n = len(open_vals(cid, p["currency"]))
                fc = full_count(cid, p["currency"], amt, p["date"]) if n <= 26 else (
                    v_subsets(open_vals(cid, p["currency"]), int(amt * 100), k=4),)
                if any(fc):
                    err(f"{tag} something fits: {fc}")
        if sc == "duplicate_payment":
            prev = [(q_, x) for q_, x in zip(pays[:pos], exps[:pos]) if q_["date"] <= p["date"]
                    and x["status"] == "applied" and q_["reference"] == p["reference"]
                    and q_["remittance"] == p["remittance"] and q_["amount"] == p["amount"]]
            if not prev or any(bal[a["invoice_id"]] != 0 for a in prev[0][1]["applications"]):
                err(f"{tag} no earlier identical payment / invoice not paid")
        if sc == "unknown_payer_nofit":
            if p["customer_id"] is not None:
                err(f"{tag} has customer id")
            for cid in custs:
                vals = open_vals(cid, p["currency"])
                if v_subsets(vals, int(amt * 100), k=None if len(vals) <= 16 else 3):
                    err(f"{tag} fits customer {cid}")
        if sc in ("currency_mismatch_known", "currency_mismatch_unknown"):
            hit = [x for x in named if bal[x["id"]] == amt]
            if not hit or hit[0]["currency"] == p["currency"]:
                err(f"{tag} mismatch not real")
            if sc == "currency_mismatch_known":
                if p["customer_id"] != hit[0]["customer_id"] or open_vals(p["customer_id"], p["currency"]):
                    err(f"{tag} known-customer mismatch shape")
            elif p["customer_id"] is not None:
                err(f"{tag} unknown mismatch has id")
        if sc in NOFIT_K4_REF:
            refd = named
            if sc == "ref_noprefix_amount_mismatch":
                toks = {int(x) for x in re.findall(r"\d+", rawtext)}
                refd = [x for x in invs if "-" in x["number"] and int(x["number"].split("-")[2]) in toks]
                if len(refd) != 1 or bal[refd[0]["id"]] - amt <= max(D(50), bal[refd[0]["id"]] * D("0.02")):
                    err(f"{tag} short number not unique or gap small")
            if not refd:
                err(f"{tag} no referenced invoice")
            for cid in {x["customer_id"] for x in refd}:
                if v_subsets(open_vals(cid, p["currency"]), int(amt * 100), k=4):
                    err(f"{tag} payment amount fits a <=4 combination of {cid}")
        if sc == "overpayment":
            (i, a), = apps
            if a != bal[i["id"]]:
                err(f"{tag} overpayment did not clear invoice")
            if v_subsets(open_vals(i["customer_id"], p["currency"], exclude=(i["id"],)), int(unap * 100), k=4):
                err(f"{tag} remainder fits another invoice")
        if sc in ("discount_2pct_exact", "iso20022_strd_skonto", "ach_rmr_discount", "bank_fee"):
            sp = e["short_pay"]
            (i, a), = apps
            if not sp or sp["invoice_id"] != i["id"]:
                err(f"{tag} short_pay missing")
            else:
                sa = D(sp["amount"])
                if a + sa != bal[i["id"]]:
                    err(f"{tag} short pay does not close the balance")
                if sc == "bank_fee":
                    if sp["reason"] != "bank_fee" or sa > 50 or sa > bal[i["id"]] * D("0.02"):
                        err(f"{tag} bank fee outside limits")
                    if re.search(r"skonto|disc|%|fee|charge|geb", rawtext, re.I):
                        err(f"{tag} bank fee text states a reason")
                else:
                    if sp["reason"] != "early_payment_discount" or sa != (bal[i["id"]] * D("0.02")).quantize(CENT, ROUND_HALF_UP):
                        err(f"{tag} discount not exactly 2%")
                    if (date.fromisoformat(p["date"]) - date.fromisoformat(i["issue_date"])).days > 14:
                        err(f"{tag} discount taken late")
        elif e["short_pay"] is not None:
            err(f"{tag} unexpected short_pay")
        if sc == "partial_on_account":
            (i, a), = apps
            if a >= bal[i["id"]] or bal[i["id"]] - a <= max(D(50), bal[i["id"]] * D("0.02")):
                err(f"{tag} on-account partial looks like a fee short pay")
        if sc in ("shortfall_too_large",):
            (x,) = named
            gap = bal[x["id"]] - amt
            if gap <= 0 or (gap <= 50 and gap <= bal[x["id"]] * D("0.02")) or gap == (bal[x["id"]] * D("0.02")).quantize(CENT):
                err(f"{tag} shortfall within bank-fee limits")
        if sc == "remittance_invoice_twice":
            if not any(rawtext.count(x["number"]) >= 2 for x in named):
                err(f"{tag} no invoice named twice")
        if sc == "parent_subsidiary":
            if len({x["customer_id"] for x in named}) != 2:
                err(f"{tag} not two customers")
        if sc == "ref_amount_conflict":
            refd = named
            other = [x for x in custs[refd[0]["customer_id"]] if bal[x["id"]] == amt and x is not refd[0]]
            if len(refd) != 1 or bal[refd[0]["id"]] == amt or not other:
                err(f"{tag} conflict not real")
        if sc in ("custid_in_ref", "custid_only_ref", "invoice_number_equals_custid",
                  "invoice_number_equals_custid_two_readings"):
            toks = set(re.findall(r"\d+", rawtext))
            coll = [t for t in toks if t in custs and t in bynum]
            if sc != "custid_only_ref" and not coll:
                err(f"{tag} no colliding token")
            if sc == "invoice_number_equals_custid":
                (i, a), = apps
                t = i["number"]
                n = len(open_vals(t, "USD"))
                if v_subsets(open_vals(t, "USD"), int(amt * 100), k=None if n <= 26 else 4):
                    err(f"{tag} customer reading also fits")
            if sc == "invoice_number_equals_custid_two_readings":
                t = coll[0]
                if bal[bynum[t]["id"]] != amt or not any(bal[x["id"]] == amt for x in custs[t]):
                    err(f"{tag} two readings not real")
        # ---- apply ------------------------------------------------------------------------
        for i, a in apps:
            if i is not None:
                bal[i["id"]] -= a
    if any(v < 0 for v in bal.values()):
        err("negative balance after replay")
    return errs


# ----------------------------------------------------------------------------------------------


def build_one(cls, base_seed):
    for k in range(60):
        seed = base_seed + k
        b = cls(seed)
        try:
            b.build()
        except RuntimeError as ex:
            print(f"  {cls.KEY} seed {seed}: generation failed ({ex})", file=sys.stderr)
            continue
        folder = os.path.join(HERE, cls.NAME)
        b.write(folder)
        errs = verify(folder, cls.KEY)
        if not errs:
            return b, seed
        print(f"  {cls.KEY} seed {seed}: {len(errs)} verification problems, e.g. {errs[:4]}", file=sys.stderr)
    raise SystemExit(f"no valid ledger for {cls.KEY}")


def write_readme(results):
    L = []
    L.append("# Blind evaluation set: cash application (`match`)\n")
    L.append("Written from `/work/shared/contracts/cash-application.md` only, without looking at the engine or at "
             "earlier evaluation sets. `python3 build.py` regenerates everything deterministically and verifies it "
             "(it re-reads the written JSON and replays it).\n")
    L.append("## Layout\n")
    L.append("Each ledger folder holds `invoices.json` and `payments.json` (contract input format) and "
             "`expected.json`: one entry per payment, same order, "
             "`{payment_id, status, applications[{invoice_id, amount}], unapplied, short_pay, scenario, note}`. "
             "There are no `candidates`/`reason` labels.\n")
    L.append("## Labelling conventions\n")
    L.append("""* Payments are applied in order; only applied/partial/unapplied(with applications) labels consume balances,
  review and error consume nothing.
* `review`: nothing applied, `unapplied` = the full payment amount (so applications + unapplied = payment).
* `error` (negative amount, a payment id already used earlier in the file, a currency that is not an ISO 4217
  code such as `EURO`, `SFR`, `GPB`, `CDN`, `US$`): no applications, `short_pay` null, `unapplied` "0.00"
  (not meaningful). For a duplicated id, the first occurrence is an ordinary payment, the later one is the error.
* `partial` with `short_pay`: the payment is applied to the invoice and `short_pay.amount` is exactly the balance
  left open: `early_payment_discount` when the text states 2% and the deduction is exactly 2% of the open balance
  (rounded half-up to the cent, invoice issued <= 14 days before payment); `bank_fee` when one invoice is
  referenced, no reason is stated, and the shortfall is <= 50 currency units and <= 2% of the balance.
* `partial` without `short_pay`: part payment stated as such ("a cuenta", "on account", "Teilzahlung", ...).
* `unapplied`: overpayment remainder (the referenced invoice is paid in full and listed), a second payment of an
  invoice already paid earlier in the file, or a payment with `customer_id` set that fits no open item
  (including payments in a currency the customer has no invoice in, and "on account" payments naming no invoice).
* Amount-only (no usable reference): `applied` only if the set of the customer's open items (same currency) that
  adds up to the amount is unique over ALL subsets (checked by exhaustive enumeration, both with all open items
  and with only those issued on/before the payment date). Two or more fitting subsets -> `review`.
* A payer identified only by name (no `customer_id`) is matched to master data through transliteration
  (ä->ae/a, ß->ss, å->a), `&`/`+`, dots and truncation at 35 chars; it is applied only when exactly one
  customer matches; a name that matches two customers -> review; a bank name with no fit -> review.
* Invoice numbers written short ("4417" for RE-2026-004417): applied only when exactly one invoice in the whole
  ledger has that running number and the amount fits its balance.
* Never across currencies; never across customer accounts (parent + subsidiary in one payment -> review).
""")
    L.append("## Verification performed by build.py\n")
    L.append("""* invoice ids/numbers unique, 0 < balance <= total; counts within the requested ranges;
* sequential replay: every application is an existing invoice, same currency as the payment, issued on/before the
  payment date, never more than the open balance; applications + unapplied = payment; final balances >= 0;
* status shape per status; status belongs to the scenario;
* reference scenarios: each applied invoice number is present in the text (whitespace and Ustrd breaks removed);
  SEPA lines <= 35 chars and at least one number actually cut; short numbers unique ledger-wide and no other
  digit token in the text matches a running number;
* amount-only / name-only `applied`: exactly one fitting subset (dynamic-programme subset count, independent of
  the generator's meet-in-the-middle search), name matches exactly one customer, no other customer has a
  single invoice or pair with that amount;
* `amount_two_subsets`: at least two fitting subsets; `name_ambiguous`: two name matches each with a fitting item;
* `unapplied` no-fit cases: zero fitting subsets (exhaustive); unknown bank payer: no customer has a fitting
  combination (exhaustive for <= 16 open items, otherwise up to 3 items);
* short pays: discount exactly 2%, bank fee <= 50 and <= 2% with no reason words in the text, short_pay closes
  the balance; shortfall_too_large really outside the limits; review cases built on a reference also checked
  that the payment amount fits no combination of up to 4 open items of the customers involved;
* ledger B: collision tokens really are both a customer id and an invoice number.
""")
    for b, seed in results:
        L.append(f"## {b.NAME} (seed {seed})\n")
        ncust = len({i['customer_id'] for i in b.invs})
        L.append(f"{ncust} customers, {len(b.invs)} open invoices ({dict(Counter(i['currency'] for i in b.invs))}), "
                 f"{len(b.payments)} payments.\n")
        if b.KEY == "B":
            coll = [c["id"] for c in b.customers if c.get("collide")]
            L.append(f"Customer ids that are also invoice numbers: {', '.join(sorted(coll))}; customer ids that "
                     f"read like amounts: {', '.join(b.AMOUNT_IDS)}.\n")
        st = Counter(e["status"] for e in b.expected)
        L.append("| status | count |\n|---|---|")
        for k in ("applied", "partial", "unapplied", "review", "error"):
            L.append(f"| {k} | {st.get(k, 0)} |")
        L.append("")
        sc = Counter((e["scenario"], e["status"]) for e in b.expected)
        L.append("| scenario | status | count |\n|---|---|---|")
        for (k, v), n in sorted(sc.items(), key=lambda x: (x[0][1], x[0][0])):
            L.append(f"| {k} | {v} | {n} |")
        L.append("")
    L.append("## Scenario glossary\n")
    gl = {
        "ref_exact_single": "full invoice number in reference or remittance, amount = open balance",
        "ref_exact_multi": "several invoice numbers (list or remittance table), amount = sum of balances",
        "ref_noprefix_unique": "number written without prefix/leading zeros, unique ledger-wide, amount fits",
        "ref_noprefix_ambiguous": "short number matches a 2025 and a 2026 invoice, both with the amount",
        "ref_noprefix_amount_mismatch": "short number unique but amount does not fit and no reason given",
        "ref_with_noise": "reference also carries dates, PO numbers, customer numbers, amounts",
        "sepa_split_lines": "EREF+/KREF+/SVWZ+ text cut into 35-char lines, a number cut across lines (newline- or space-joined)",
        "iso20022_ustrd": "ISO 20022 <Ustrd> (sometimes a number split across two Ustrd elements) / wire text",
        "iso20022_strd": "ISO 20022 structured CINV references with amounts",
        "iso20022_strd_skonto": "structured remittance with DscntApldAmt = exactly 2%",
        "ach_rmr": "ACH CCD+/CTX addenda RMR*IV*number*amount\\",
        "ach_rmr_discount": "RMR*IV with paid/invoice/discount amounts, discount = exactly 2%",
        "lockbox_multi": "lockbox check stub listing several invoices",
        "lockbox_mismatch": "lockbox stub lines do not add up to the check / wrong line amount",
        "custid_in_ref": "reference/ACH IND ID carries the customer number that is also another customer's invoice number",
        "custid_only_ref": "known customer quotes only its customer number (colliding with an invoice number or an amount); amount-only unique",
        "invoice_number_equals_custid": "bare number is an invoice (amount fits) and also a customer id whose items do not fit",
        "invoice_number_equals_custid_two_readings": "bare number: invoice reading and customer reading both fit",
        "amount_only_unique": "known customer, no reference, exactly one fitting invoice",
        "amount_only_multi_unique": "known customer, no reference, exactly one fitting pair",
        "amount_two_subsets": "known customer, no reference, a single invoice and another set (or two equal invoices) fit",
        "name_transliteration": "no customer id; payer is ä->AE / ä->A / & -> + / no-dots rendering of the name",
        "name_truncated_35": "no customer id; payer name truncated at 35 characters",
        "name_variant": "ledger B: payer-name variants (accents stripped, punctuation, truncation)",
        "name_ambiguous": "payer name matches two near-identical customers, both with a fitting invoice",
        "partial_on_account": "stated part payment of a named invoice",
        "on_account_no_invoice": "'on account' / 'a cuenta' without invoice from a known customer",
        "discount_2pct_exact": "stated 2% discount, deduction exactly 2%",
        "discount_2pct_mismatch": "stated 2% discount, deduction is not 2% of the open balance",
        "bank_fee": "single invoice, no reason, shortfall <= 50 and <= 2%",
        "shortfall_too_large": "single invoice, no reason, shortfall > 50 or > 2%",
        "short_multi_invoice": "two invoices referenced, small unexplained shortfall",
        "overpayment": "named invoice paid with more than its open balance (often its original total)",
        "duplicate_payment": "same payment received again after the invoice was paid",
        "known_customer_nofit": "customer_id given, amount fits nothing",
        "unknown_payer_nofit": "bank name only, amount fits nothing",
        "parent_subsidiary": "one payment for an invoice of the parent and one of the subsidiary",
        "remittance_invoice_twice": "remittance lines add up to the payment but name one invoice twice",
        "currency_mismatch_known": "payment currency differs from the named invoice's; customer_id given",
        "currency_mismatch_unknown": "same without customer_id",
        "ref_amount_conflict": "reference names one invoice, amount equals another",
        "credit_note_deduction": "deducts a credit note that is not in the open-item ledger",
        "ref_closed_invoice_known": "names an invoice that is not open; known customer; fits nothing",
        "error_negative_amount": "negative amount",
        "error_duplicate_id": "payment id reused",
        "error_unknown_currency": "currency is not an ISO 4217 code",
    }
    for k, v in gl.items():
        L.append(f"* `{k}`: {v}")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    results = [build_one(LedgerA, 8100), build_one(LedgerB, 8200)]
    write_readme(results)
    for b, seed in results:
        st = Counter(e["status"] for e in b.expected)
        print(f"{b.NAME}: seed={seed} customers={len({i['customer_id'] for i in b.invs})} invoices={len(b.invs)} "
              f"payments={len(b.payments)} " + " ".join(f"{k}={v}" for k, v in sorted(st.items())))


if __name__ == "__main__":
    main()
