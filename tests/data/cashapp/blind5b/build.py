#!/usr/bin/env python3
"""Blind evaluation set #3 for cash application (the `match` command).

Contract: /work/shared/contracts/cash-application.md

Writes, for two ledgers, <ledger>/invoices.json, payments.json, expected.json
next to this script, then re-reads the written files and verifies them with an
independent replay and an independent subset-sum check.

Labels are the decision of a careful senior AR clerk.  Where such a clerk could
not be SURE, the label is "review" (nothing applied).  Conventions:
  * review  -> applications [], unapplied = the full payment amount
  * error   -> applications [], unapplied "0.00" (bad input: negative amount,
               duplicate payment id, unknown currency code)
  * short_pay reasons: "bank fee" or "early payment discount"

Deterministic: fixed seeds, no network, stdlib only.
"""
import json
import os
import random
import string
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = ("USD", "EUR", "GBP", "CAD", "AUD")
CENT = Decimal("0.01")
SYM = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$", "AUD": "A$"}


# --------------------------------------------------------------------------- money
def dc(cents):
    return (Decimal(int(cents)) / 100).quantize(CENT)


def ct(d):
    return int((Decimal(d) * 100).to_integral_value(rounding=ROUND_HALF_UP))


def s2(d):
    return str(Decimal(d).quantize(CENT))


def fus(d):
    return f"{Decimal(d).quantize(CENT):,.2f}"


def feu(d):
    return fus(d).replace(",", "_").replace(".", ",").replace("_", ".")


def pct(d, p):
    return (Decimal(d) * Decimal(p)).quantize(CENT, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- subset sums
def count_subsets_mitm(vals, target):
    """Generation-side: number of non-empty subsets of int `vals` summing to `target`
    (meet in the middle, pruned to <= target)."""
    if target <= 0:
        return 0
    vals = [v for v in vals if v > 0]
    h = len(vals) // 2

    def sums(xs):
        res = Counter({0: 1})
        for x in xs:
            new = Counter(res)
            for s_, c in res.items():
                if s_ + x <= target:
                    new[s_ + x] += c
            res = new
        return res

    sa, sb = sums(vals[:h]), sums(vals[h:])
    return sum(c * sb.get(target - s_, 0) for s_, c in sa.items())


def count_small_subsets(vals, target, kmax=5):
    n = 0
    for k in range(1, min(kmax, len(vals)) + 1):
        for combo in combinations(vals, k):
            if sum(combo) == target:
                n += 1
    return n


# --------------------------------------------------------------------------- names
TRANS = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ä": "AE", "ö": "OE", "ü": "UE", "ß": "SS",
         "é": "E", "è": "E", "É": "E", "à": "A", "ç": "C", "ô": "O", "ø": "OE", "å": "AA"}
LEGAL = {"INC", "LLC", "LTD", "CORP", "CO", "GMBH", "BV", "SAS", "SRL", "AG", "OY", "PLC",
         "LLP", "PTY", "KG", "LP", "SARL"}


def bank_form(name, drop_suffix=False):
    s = "".join(TRANS.get(ch, ch) for ch in name).upper()
    for ch in "'.,()":
        s = s.replace(ch, "")
    toks = s.split()
    if drop_suffix:
        while len(toks) > 2 and toks[-1] in LEGAL:
            toks.pop()
    return " ".join(toks)


A_WORDS = ["Cedar", "Pine", "Oak", "Maple", "Birch", "Willow", "Aspen", "Elm", "Silver", "Copper",
           "Iron", "Stone", "River", "Lake", "Harbor", "Bay", "Valley", "Prairie", "Mesa", "Canyon",
           "Blue", "Red", "Green", "Golden", "Bright", "Clear", "High", "Long", "Fair", "Sun",
           "Eagle", "Falcon", "Hawk", "Fox", "Bear", "Wolf", "Ash", "Holly", "Ivy", "Rose",
           "Thorn", "Heather", "Briar", "Mill", "Kings", "Queens", "Bridge", "Cliff", "Hill", "Moss"]
B_WORDS = ["ridge", "field", "wood", "brook", "view", "crest", "point", "gate", "haven", "wick",
           "ford", "dale", "mont", "side", "water", "land", "shire", "stead", "bury", "ton"]
SURNAMES = ["Hoffman", "Patel", "Nguyen", "O'Brien", "Kowalski", "Ramirez", "Lindqvist", "Okafor",
            "Tanaka", "Fitzgerald", "McAllister", "Delgado", "Brennan", "Whitaker", "Castellano",
            "Haddad", "Schneider", "Moreau", "Rossi", "Van der Berg", "Abernathy", "Quinlan",
            "Sorensen", "Yamamoto", "Achebe", "Dubois", "Esposito", "Gallagher", "Ivanova", "Jensen"]
SUFFIX = {"USD": ["Inc", "LLC", "Corp", "Co"], "CAD": ["Inc", "Ltd", "Corp"],
          "EUR": ["GmbH", "BV", "SAS", "SRL", "AG", "Oy"], "GBP": ["Ltd", "PLC", "LLP"],
          "AUD": ["Pty Ltd"]}
PERSONS = ["MARIA GONZALEZ", "J PATTERSON", "SARAH K LIN", "DAVID OKONKWO", "EMMA FISCHER",
           "TOM BRADLEY", "PRIYA RAMAN", "LUCAS MARTIN", "CHLOE DUPONT", "OWEN HUGHES"]


# --------------------------------------------------------------------------- model
class Cust:
    def __init__(self, cid, name, currencies, kind="plain", bank_names=None):
        self.cid = cid
        self.name = name
        self.currencies = currencies
        self.kind = kind
        self.bank_names = bank_names or []
        self.invs = []
        self.closed = []          # closed (not open) invoices: (number, total)
        self.recurring = None


class Inv:
    def __init__(self, cust, currency, total, issue, terms):
        self.cust = cust
        self.currency = currency
        self.total = total
        self.balance0 = total
        self.issue = issue
        self.due = issue + timedelta(days=terms)
        self.number = None
        self.id = None
        self.seq = None
        self.batch = None
        self.closed = False


class Skip(Exception):
    pass


# --------------------------------------------------------------------------- ledger
class Ledger:
    def __init__(self, name, style, seed, n_cust, cur_weights, industries, specials, counts,
                 inv_start, pay_start, pay_end):
        self.name = name
        self.style = style            # "qb" (plain numbers) or "stripe" (PREFIX-0007)
        self.rng = random.Random(seed)
        self.n_cust = n_cust
        self.cur_weights = cur_weights
        self.industries = industries
        self.specials = specials
        self.counts = counts
        self.inv_start = inv_start
        self.pay_start = pay_start
        self.pay_end = pay_end
        self.custs = []
        self.invoices = []
        self.bal = {}
        self.reserved = set()
        self.plans = defaultdict(list)
        self.payments = []
        self.expected = []
        self.meta = []
        self.history_full = []        # (payment, inv, amount) single-invoice full payments by reference
        self.part_paid = set()        # invoice ids left open on purpose by a part payment
        self.used_ids = set()

    # ------------------------------------------------------------------ helpers
    def r(self):
        return self.rng

    def uid(self, prefix, n, alphabet=string.ascii_letters + string.digits):
        while True:
            v = prefix + "".join(self.rng.choice(alphabet) for _ in range(n))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def open_of(self, cust, cur):
        return [i for i in cust.invs if i.currency == cur and self.bal[i.id] > 0]

    def free(self, inv):
        return self.bal[inv.id] > 0 and inv.id not in self.reserved

    def part_open(self, inv):
        """open because of a part payment (at the snapshot or by an earlier label), not a short pay"""
        b = self.bal[inv.id]
        return 0 < b < inv.total and (inv.id in self.part_paid or b == inv.balance0)

    def free_full(self, inv):
        return self.free(inv) and self.bal[inv.id] == inv.total

    def nsub(self, cust, cur, amount, exclude=()):
        vals = [ct(self.bal[i.id]) for i in self.open_of(cust, cur) if i.id not in exclude]
        return count_subsets_mitm(vals, ct(amount))

    def nsub_small(self, cust, cur, amount, kmax=5):
        vals = [ct(self.bal[i.id]) for i in self.open_of(cust, cur)]
        return count_small_subsets(vals, ct(amount), kmax)

    def plain(self):
        return [c for c in self.custs if c.kind == "plain"]

    def pick_cust(self, pred=lambda c: True, kinds=("plain",)):
        cs = [c for c in self.custs if c.kind in kinds and pred(c)]
        if not cs:
            raise Skip("no customer")
        return self.rng.choice(cs)

    def pick_inv(self, pred, kinds=("plain",)):
        cands = [i for i in self.invoices if i.cust.kind in kinds and self.free(i) and pred(i)]
        if not cands:
            raise Skip("no invoice")
        return self.rng.choice(cands)

    def bank_name(self, cust):
        return self.rng.choice(cust.bank_names)

    def payer(self, cust, with_cid):
        if with_cid:
            if self.style == "stripe" and self.rng.random() < 0.35:
                return self.rng.choice(PERSONS)
            return cust.name
        return self.bank_name(cust)

    def fmt_money(self, d, cur, eu=False):
        return (feu(d) if eu else fus(d))

    def mmdd(self, d):
        return d.strftime("%m/%d")

    # ------------------------------------------------------------------ references
    def inv_ref(self, inv, form=None):
        n = inv.number
        if self.style == "qb":
            forms = ["INV {n}", "INV#{n}", "Invoice {n}", "{n}", "INV-{n}", "INV{n}", "PMT INV {n}",
                     "RE INV {n}", "INVOICE NO {n}", "BILL {n}", "Inv. #{n}"]
        else:
            p, sq = n.split("-")
            forms = ["{n}", "INV {n}", "Invoice {n}", p + sq, n.lower(), p + " " + sq, "Payment {n}",
                     "RE {n}", "INV/{n}", "Rechnung {n}", "Facture {n}"]
        f = form or self.rng.choice(forms)
        return f.replace("{n}", n)

    def num_list(self, invs):
        return " ".join(i.number for i in invs)

    # ------------------------------------------------------------------ customers
    def build_customers(self):
        rng = self.rng
        used_first = set()
        cids = set()

        def new_cid():
            while True:
                if self.style == "qb":
                    c = str(rng.randint(20000, 99999))
                else:
                    c = "cus_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))
                if c not in cids:
                    cids.add(c)
                    return c

        for sp in self.specials:
            c = Cust(new_cid(), sp["name"], sp["currencies"], sp["kind"], sp["bank_names"])
            c.tag = sp.get("tag")
            self.custs.append(c)
        surnames = SURNAMES[:]
        rng.shuffle(surnames)
        while len(self.custs) < self.n_cust:
            cur = rng.choices(list(self.cur_weights), weights=list(self.cur_weights.values()))[0]
            currencies = [cur]
            if rng.random() < 0.13:
                other = rng.choice([x for x in VALID if x != cur])
                currencies.append(other)
            if surnames and rng.random() < 0.22:
                first = surnames.pop()
            else:
                while True:
                    first = rng.choice(A_WORDS) + rng.choice(B_WORDS)
                    if first not in used_first:
                        break
            used_first.add(first)
            name = f"{first} {rng.choice(self.industries)} {rng.choice(SUFFIX[cur])}"
            bn = [bank_form(name), bank_form(name, drop_suffix=True)]
            c = Cust(new_cid(), name, currencies, "plain", sorted(set(bn)))
            c.tag = None
            self.custs.append(c)
        rng.shuffle(self.custs)
        self.by_tag = defaultdict(list)
        for c in self.custs:
            if c.tag:
                self.by_tag[c.tag].append(c)

    # ------------------------------------------------------------------ invoices
    def gen_amount(self, cur):
        rng = self.rng
        if self.style == "stripe" and rng.random() < 0.45:
            base = rng.choice([49, 99, 149, 299, 499, 799, 1200, 2400, 4800]) * rng.choice([1, 1, 1, 2, 3, 5])
            tax = {"EUR": "1.19", "GBP": "1.20", "AUD": "1.10", "USD": "1.00", "CAD": "1.13"}[cur]
            return (Decimal(base) * Decimal(tax)).quantize(CENT)
        x = rng.lognormvariate(7.45, 1.0)
        while not (35.0 <= x <= 46000.0):
            x = rng.lognormvariate(7.45, 1.0)
        if rng.random() < 0.15:
            return Decimal(int(x)).quantize(CENT)
        return dc(int(x * 100))

    def build_invoices(self):
        rng = self.rng
        specs = []
        first_day = self.inv_start
        span = (self.pay_start - timedelta(days=3) - first_day).days
        gid = 0
        for c in self.custs:
            u = rng.random()
            n = rng.randint(15, 23) if u < 0.10 else (rng.randint(8, 14) if u < 0.42 else rng.randint(3, 7))
            if c.kind != "plain":
                n = max(n, 6)
            rec = rng.random() < (0.5 if self.style == "stripe" else 0.2)
            if rec:
                c.recurring = self.gen_amount(c.currencies[0])
            # an optional batch of consecutive invoices (same day, same currency)
            if self.style == "qb" and rng.random() < 0.3:
                k = rng.choice([3, 4, 4])
                d = first_day + timedelta(days=rng.randint(0, span))
                gid += 1
                cur = c.currencies[0]
                for j in range(k):
                    specs.append((d, gid, j, c, cur, self.gen_amount(cur), True, False))
                n -= k
            for j in range(max(n, 1)):
                cur = c.currencies[0] if (len(c.currencies) == 1 or rng.random() < 0.65) else c.currencies[1]
                amt = c.recurring if (rec and cur == c.currencies[0] and rng.random() < 0.55) else self.gen_amount(cur)
                d = first_day + timedelta(days=rng.randint(0, span))
                gid += 1
                specs.append((d, gid, 0, c, cur, amt, False, False))
            # closed invoices (paid before the snapshot) -> gaps in numbering
            for j in range(rng.randint(0, 3)):
                cur = c.currencies[0]
                d = first_day + timedelta(days=rng.randint(0, span))
                gid += 1
                specs.append((d, gid, 0, c, cur, self.gen_amount(cur), False, True))
        # make sure every declared currency has at least one open invoice
        have = defaultdict(set)
        for sp in specs:
            if not sp[7]:
                have[sp[3].cid].add(sp[4])
        for c in self.custs:
            for cur in c.currencies:
                if cur not in have[c.cid]:
                    gid += 1
                    specs.append((first_day + timedelta(days=rng.randint(0, span)), gid, 0, c, cur,
                                  self.gen_amount(cur), False, False))
        rng.shuffle(specs)
        specs.sort(key=lambda s: (s[0], s[1], s[2]))
        num = 10001
        seqs = Counter()
        prefixes = {}
        for (d, g, j, c, cur, amt, batch, closed) in specs:
            terms = rng.choice([0, 15, 30, 30, 30, 45, 60])
            inv = Inv(c, cur, amt, d, terms)
            inv.closed = closed
            inv.batch = g if batch else None
            if self.style == "qb":
                inv.number = str(num)
                num += 1
            else:
                if c.cid not in prefixes:
                    while True:
                        p = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
                        if p not in prefixes.values() and not p.isdigit():
                            break
                    prefixes[c.cid] = p
                seqs[c.cid] += 1
                inv.seq = seqs[c.cid]
                inv.number = f"{prefixes[c.cid]}-{inv.seq:04d}"
            if closed:
                c.closed.append(inv)
                continue
            inv.id = (self.uid("qb_inv_", 8, "0123456789abcdef") if self.style == "qb"
                      else self.uid("in_1", 23))
            c.invs.append(inv)
            self.invoices.append(inv)
        self.prefixes = prefixes
        # some invoices already part-paid at the snapshot
        for inv in self.invoices:
            if inv.batch is None and inv.total > 300 and rng.random() < 0.05:
                paid = pct(inv.total, rng.choice(["0.25", "0.4", "0.5", "0.6"]))
                if rng.random() < 0.5:
                    paid = Decimal(int(paid / 100) * 100 or 100)
                if paid < inv.total:
                    inv.balance0 = inv.total - paid
        self.by_number = {i.number: i for i in self.invoices}
        self.closed_numbers = {i.number for c in self.custs for i in c.closed}
        for inv in self.invoices:
            self.bal[inv.id] = inv.balance0

    # ------------------------------------------------------------------ planning
    def reserve(self, *invs):
        for i in invs:
            self.reserved.add(i.id)

    def set_amount(self, inv, amount):
        inv.total = amount
        inv.balance0 = amount
        self.bal[inv.id] = amount

    def plan(self):
        rng = self.rng
        cnt = self.counts

        def plain_free_full(c, cur, k):
            fs = [i for i in c.invs if i.currency == cur and self.free_full(i) and i.batch is None]
            if len(fs) < k:
                return None
            return rng.sample(fs, k)

        # two invoices of one customer with the same balance (recurring service)
        for _ in range(cnt.get("two_equal_invoices", 0)):
            for _t in range(200):
                c = self.pick_cust()
                cur = c.currencies[0]
                got = plain_free_full(c, cur, 2)
                if got:
                    a, b = got
                    self.set_amount(b, a.total)
                    self.reserve(a, b)
                    self.plans["two_equal_invoices"].append((c, cur, a, b))
                    break
        # z = x + y
        for _ in range(cnt.get("amount_single_vs_combo", 0)):
            for _t in range(200):
                c = self.pick_cust()
                cur = c.currencies[0]
                got = plain_free_full(c, cur, 3)
                if got:
                    x, y, z = got
                    self.set_amount(z, x.total + y.total)
                    self.reserve(x, y, z)
                    self.plans["amount_single_vs_combo"].append((c, cur, x, y, z))
                    break
        # a + e1 == a + e2
        for _ in range(cnt.get("lump_ambiguous", 0)):
            for _t in range(200):
                c = self.pick_cust()
                cur = c.currencies[0]
                got = plain_free_full(c, cur, 4)
                if got:
                    a, e1, e2, b = got
                    self.set_amount(e2, e1.total)
                    self.reserve(a, e1, e2, b)
                    self.plans["lump_ambiguous"].append((c, cur, a, e1, e2, b))
                    break
        # customer billed in two currencies with numerically equal invoices
        for _ in range(cnt.get("two_currency_same_number", 0)):
            for _t in range(300):
                c = self.pick_cust(lambda c: len(c.currencies) == 2)
                p = plain_free_full(c, c.currencies[0], 1)
                s = plain_free_full(c, c.currencies[1], 1)
                if p and s:
                    self.set_amount(s[0], p[0].total)
                    self.reserve(p[0], s[0])
                    self.plans["two_currency_same_number"].append((c, p[0], s[0]))
                    break
        # credit note already netted in our balance
        for _ in range(cnt.get("remit_credit_note_nets", 0)):
            for _t in range(200):
                c = self.pick_cust()
                cur = c.currencies[0]
                got = plain_free_full(c, cur, 1)
                if got and got[0].total > 400:
                    inv = got[0]
                    cn = pct(inv.total, rng.choice(["0.05", "0.1", "0.15", "0.2", "0.25"]))
                    inv.balance0 = inv.total - cn
                    self.bal[inv.id] = inv.balance0
                    self.reserve(inv)
                    self.plans["remit_credit_note_nets"].append((c, cur, inv, cn))
                    break
        # truncated-name pair: both customers have an invoice of the same amount
        pair = self.by_tag.get("trunc_pair", [])
        if len(pair) == 2:
            for _ in range(cnt.get("truncated_ambiguous_amount", 0)):
                c1, c2 = pair
                i1 = [i for i in c1.invs if self.free_full(i) and i.currency == c1.currencies[0]]
                i2 = [i for i in c2.invs if self.free_full(i) and i.currency == c1.currencies[0]]
                if i1 and i2:
                    a, b = rng.choice(i1), rng.choice(i2)
                    self.set_amount(b, a.total)
                    self.reserve(a, b)
                    self.plans["truncated_ambiguous_amount"].append((a, b))
        if self.style == "qb":
            # amount strings that look like invoice numbers
            for _ in range(cnt.get("ref_amount_string", 0) + cnt.get("ref_amount_only", 0)):
                for _t in range(300):
                    x = self.pick_inv(lambda i: i.batch is None and i.total == i.balance0
                                      and i.currency in ("USD", "CAD"))
                    y = self.pick_inv(lambda i: i.cust is not x.cust and i.batch is None and i.id != x.id)
                    amt = Decimal(y.number).quantize(CENT)
                    if self.nsub(x.cust, x.currency, amt) == 0:
                        self.set_amount(x, amt)
                        self.reserve(x, y)
                        self.plans["amount_string"].append((x, y))
                        break
            # customer account numbers that equal another customer's invoice number
            n_acct = cnt.get("ref_collision_acct", 0) + cnt.get("ref_acct_only", 0)
            for k in range(n_acct):
                for _t in range(300):
                    c = self.pick_cust(lambda c: not any(p[0] is c for p in self.plans["acct"]))
                    y = self.pick_inv(lambda i: i.cust is not c and i.batch is None)
                    self.reserve(y)
                    c.cid = y.number
                    self.plans["acct"].append((c, y))
                    break
            # consecutive batches for ranges
            batches = defaultdict(list)
            for inv in self.invoices:
                if inv.batch is not None:
                    batches[inv.batch].append(inv)
            bl = [sorted(v, key=lambda i: int(i.number)) for v in batches.values() if len(v) >= 3]
            rng.shuffle(bl)
            for key in ("ref_range_dash", "ref_range_slash", "ref_abbrev_list", "ref_range_mismatch"):
                for _ in range(cnt.get(key, 0)):
                    need = 4 if key == "ref_abbrev_list" else 3
                    for b in bl:
                        if len(b) >= need and all(self.free(i) for i in b):
                            self.reserve(*b)
                            self.plans[key].append(b)
                            break
        else:
            # consecutive sequence numbers of one customer, same currency
            for key in ("ref_range_dash", "ref_range_slash", "ref_abbrev_list", "ref_range_mismatch"):
                for _ in range(cnt.get(key, 0)):
                    need = 4 if key == "ref_abbrev_list" else 3
                    cs = self.plain()[:]
                    rng.shuffle(cs)
                    done = False
                    for c in cs:
                        invs = sorted(c.invs, key=lambda i: i.seq)
                        for st in range(len(invs) - need + 1):
                            run = invs[st:st + need]
                            if (all(self.free(i) for i in run)
                                    and all(run[j + 1].seq == run[j].seq + 1 for j in range(need - 1))
                                    and len({i.currency for i in run}) == 1):
                                self.reserve(*run)
                                self.plans[key].append(run)
                                done = True
                                break
                        if done:
                            break
            # sequence-only reference shared by two customers, same amount
            for _ in range(cnt.get("ref_seq_only_unknown", 0)):
                for _t in range(400):
                    a = self.pick_inv(lambda i: i.batch is None and self.free_full(i))
                    bs = [i for i in self.invoices if i.seq == a.seq and i.cust is not a.cust
                          and i.currency == a.currency and self.free_full(i) and i.cust.kind == "plain"]
                    if bs:
                        b = rng.choice(bs)
                        self.set_amount(b, a.total)
                        self.reserve(a, b)
                        self.plans["ref_seq_only_unknown"].append((a, b))
                        break

    # ------------------------------------------------------------------ emit
    def emit(self, pay, status, apps, unapplied, short_pay, scenario, note, meta=None):
        amount = Decimal(pay["amount"])
        exp = {
            "payment_id": pay["id"],
            "status": status,
            "applications": [{"invoice_id": i.id, "amount": s2(a)} for i, a in apps],
            "unapplied": s2(unapplied),
            "short_pay": short_pay,
            "scenario": scenario,
            "note": note,
        }
        if status != "error":
            tot = sum((a for _, a in apps), Decimal(0)) + unapplied
            assert tot == amount, (scenario, tot, amount)
        for i, a in apps:
            assert i.currency == pay["currency"], scenario
            assert 0 < a <= self.bal[i.id], (scenario, a, self.bal[i.id])
            self.bal[i.id] -= a
        if short_pay:
            # an open deduction case now sits on this invoice: leave it alone from here on
            self.reserved.add(short_pay["invoice_id"])
        self.payments.append(pay)
        self.expected.append(exp)
        self.meta.append(meta or {})
        return exp

    def new_pay(self, amount, cur, payer, cid, ref, remit, kind=None):
        if kind is None:
            kind = "app" if cid else "bank"
        if self.style == "qb":
            pid = self.uid("QBO-PMT-", 6, string.digits) if kind == "app" else self.uid("BNK-", 9, string.digits)
        else:
            pid = self.uid("py_3", 22) if kind == "app" else self.uid("bt_", 12, string.digits)
        return {"id": pid, "date": self.cur_date.isoformat(), "amount": s2(amount), "currency": cur,
                "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": remit}

    NOISE = {"USD": ["ACH CREDIT", "VENDOR PAYMENT", "CCD PAYMENT", "WIRE IN"],
             "CAD": ["EFT CREDIT", "VENDOR PAYMENT", "PAYMENT"],
             "EUR": ["SEPA GUTSCHRIFT", "VIREMENT SEPA", "ZAHLUNG", "OVERBOEKING"],
             "GBP": ["FASTER PAYMENT", "BACS CREDIT", "SUPPLIER PAYMENT"],
             "AUD": ["DIRECT CREDIT", "OSKO PAYMENT", "EFT"]}

    def noise_ref(self, cur=None):
        opts = [None, None, "PAYMENT", "THANK YOU", "TRANSFER"] + self.NOISE.get(cur, ["PAYMENT"])
        return self.rng.choice(opts)

    # ================================================================== scenarios
    # --- baseline
    def sc_ref_exact(self):
        inv = self.pick_inv(lambda i: True)
        amt = self.bal[inv.id]
        wc = self.rng.random() < 0.35
        c = inv.cust
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None, self.inv_ref(inv), None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_exact",
                  f"Reference names invoice {inv.number}; amount equals its open balance.")
        self.history_full.append((pay, inv, amt))

    def sc_ref_bank_format(self):
        inv = self.pick_inv(lambda i: True)
        amt = self.bal[inv.id]
        c = inv.cust
        n = inv.number
        cur = inv.currency
        if cur == "USD":
            ref = f"CCD PAYMENT RMR*IV*{n}*{amt}\\"
        elif cur == "EUR":
            kd = c.cid if self.style == "qb" else str(self.rng.randint(1000, 9999))
            ref = f"EREF+NOTPROVIDED SVWZ+RE {n} KD {kd} DATUM {self.cur_date.strftime('%d.%m.%Y')}"
        elif cur == "GBP":
            ref = ("INV" + n.replace("-", ""))[:18]
        elif cur == "CAD":
            ref = f"EFT CREDIT /INV/{n}/"
        else:
            ref = f"DIRECT CREDIT {n} {bank_form(c.name)[:12]}"
        pay = self.new_pay(amt, cur, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_bank_format",
                  f"Bank-format reference ({cur} rail) carries invoice {n}; amount equals its balance.")
        self.history_full.append((pay, inv, amt))

    def sc_amount_exact_unique(self):
        for _ in range(60):
            inv = self.pick_inv(lambda i: True)
            amt = self.bal[inv.id]
            if self.nsub(inv.cust, inv.currency, amt) == 1:
                break
        else:
            raise Skip("no unique")
        c = inv.cust
        wc = self.rng.random() < 0.45
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None, self.noise_ref(inv.currency), None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "amount_exact_unique",
                  f"No invoice reference; payer identified as {c.name}; amount equals exactly one open "
                  f"invoice ({inv.number}) and no other combination of its {inv.currency} invoices.",
                  {"basis": "amount", "cust": c.cid, "cur": inv.currency})

    def sc_remainder_after_part(self):
        cands = [i for i in self.invoices if self.free(i) and i.cust.kind == "plain" and self.part_open(i)]
        if not cands:
            raise Skip("none part paid")
        later = [i for i in cands if i.id in self.part_paid]
        inv = self.rng.choice(later if later and self.rng.random() < 0.6 else cands)
        amt = self.bal[inv.id]
        c = inv.cust
        ref = self.rng.choice([f"BAL DUE INV {inv.number}", f"REMAINING BALANCE {inv.number}",
                               f"{inv.number} FINAL PMT", f"INV {inv.number} BALANCE"])
        if self.style == "stripe":
            ref = ref.replace("INV ", "")
        wc = self.rng.random() < 0.3
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None, ref, None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "remainder_after_part",
                  f"Invoice {inv.number} was part-paid earlier (total {fus(inv.total)}); this pays its "
                  f"remaining balance exactly.")
        self.part_paid.discard(inv.id)

    # --- references
    def sc_ref_multi_ids(self):
        inv = self.pick_inv(lambda i: True)
        amt = self.bal[inv.id]
        c = inv.cust
        po = str(self.rng.randint(3000, 8999))
        d = self.mmdd(self.cur_date - timedelta(days=self.rng.randint(0, 5)))
        acct = c.cid if self.style == "qb" else str(self.rng.randint(100000, 999999))
        forms = [f"ACCT {acct} PO {po} INV {inv.number} {d}",
                 f"PO#{po}/INV {inv.number}/CUST {acct}",
                 f"CUST {acct} INV {inv.number} PO {po} DT {d}",
                 f"{d} PO {po} ACCT NO {acct} INVOICE {inv.number}"]
        wc = self.rng.random() < 0.25
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None,
                           self.rng.choice(forms), None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_multi_ids",
                  f"Reference mixes account no., PO {po}, invoice {inv.number} and a date; the invoice "
                  f"label and exact amount identify {inv.number}.")
        self.history_full.append((pay, inv, amt))

    def sc_ref_collision_po(self):
        if self.style == "qb":
            inv = self.pick_inv(lambda i: True)
            amt = self.bal[inv.id]
            other = self.pick_inv(lambda i: i.cust is not inv.cust and self.bal[i.id] != amt)
            po = other.number
            ref = self.rng.choice([f"PO {po} INV {inv.number}", f"INV {inv.number} / YOUR PO {po}",
                                   f"PO#{po} INVOICE#{inv.number}"])
            note = (f"PO number {po} in the reference equals another customer's invoice number "
                    f"({other.cust.name}); the INV label and exact amount identify {inv.number}.")
        else:
            c = self.pick_cust(lambda c: len([i for i in c.invs if self.free(i)]) >= 2)
            fs = [i for i in c.invs if self.free(i)]
            inv, other = self.rng.sample(fs, 2)
            amt = self.bal[inv.id]
            if self.bal[other.id] == amt:
                raise Skip("equal")
            po = f"{other.seq:04d}"
            ref = self.rng.choice([f"PO {po} INV {inv.number}", f"INV {inv.number} / PO {po}"])
            note = (f"PO {po} equals the sequence part of the same customer's invoice {other.number}; "
                    f"the INV label and exact amount identify {inv.number}.")
        c = inv.cust
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_collision_po", note)
        self.history_full.append((pay, inv, amt))

    def _acct_plan(self):
        return self._plan("acct")

    def sc_ref_collision_acct(self):
        c, y = self._acct_plan()
        fs = [i for i in c.invs if self.free(i) and self.bal[i.id] != self.bal[y.id]]
        if not fs:
            raise Skip("no inv")
        inv = self.rng.choice(fs)
        amt = self.bal[inv.id]
        ref = self.rng.choice([f"ACCT {c.cid} INV {inv.number}", f"CUST NO {c.cid} / INV {inv.number}"])
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_collision_acct",
                  f"Payer's account number {c.cid} equals invoice number {y.number} of {y.cust.name}; "
                  f"the INV label and exact amount identify {inv.number}.")
        self.history_full.append((pay, inv, amt))

    def sc_ref_acct_only(self):
        c, y = self._acct_plan()
        for _ in range(40):
            fs = [i for i in c.invs if self.free(i)]
            if not fs:
                raise Skip("none")
            inv = self.rng.choice(fs)
            amt = self.bal[inv.id]
            if (inv.currency == y.currency and amt == self.bal[y.id]):
                continue
            if self.nsub(c, inv.currency, amt) == 1:
                break
        else:
            raise Skip("not unique")
        ref = self.rng.choice([f"CUST {c.cid}", f"A/C {c.cid}", f"ACCOUNT {c.cid} PAYMENT"])
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_acct_only",
                  f"Reference carries only the payer's account number {c.cid}, which is also invoice "
                  f"{y.number} of {y.cust.name} (balance {fus(self.bal[y.id])}, different amount). Payer "
                  f"named; amount matches exactly one open invoice ({inv.number}) and no combination.",
                  {"basis": "amount", "cust": c.cid, "cur": inv.currency})

    def _amount_string_plan(self):
        if not self.plans["amount_string"]:
            raise Skip("none")
        return self.plans["amount_string"].pop(0)

    def sc_ref_amount_string(self):
        x, y = self._amount_string_plan()
        amt = self.bal[x.id]
        ref = self.rng.choice([f"INV {x.number} AMT {y.number}.00", f"{x.number} {y.number}.00",
                               f"PAYMENT {y.number}.00 FOR INV {x.number}"])
        pay = self.new_pay(amt, x.currency, self.bank_name(x.cust), None, ref, None)
        self.emit(pay, "applied", [(x, amt)], Decimal(0), None, "ref_amount_string",
                  f"Reference contains the amount {y.number}.00, which looks like invoice {y.number} of "
                  f"{y.cust.name}; the real invoice is {x.number} with balance {fus(amt)}.")

    def sc_ref_amount_only(self):
        x, y = self._amount_string_plan()
        amt = self.bal[x.id]
        if self.nsub(x.cust, x.currency, amt) != 1:
            raise Skip("not unique")
        ref = self.rng.choice([f"PMT {y.number}.00", f"{y.number}.00", f"AMOUNT {y.number}.00"])
        pay = self.new_pay(amt, x.currency, self.bank_name(x.cust), None, ref, None)
        self.emit(pay, "applied", [(x, amt)], Decimal(0), None, "ref_amount_only",
                  f"Reference is only the amount {y.number}.00 (not invoice {y.number} of {y.cust.name}, "
                  f"whose balance differs); payer named and amount matches exactly one open invoice "
                  f"{x.number} and no combination.",
                  {"basis": "amount", "cust": x.cust.cid, "cur": x.currency})

    def _plan(self, key):
        if not self.plans[key]:
            raise Skip("no plan " + key)
        return self.plans[key].pop(0)

    def _short(self, a, b):
        """abbreviated tail of b relative to a: '10236' after '10234' -> '36'."""
        if self.style == "qb":
            k = 2 if a[:-2] == b[:-2] else 3
            return b[-k:]
        return f"{int(b.split('-')[1]):02d}"

    def sc_ref_range_dash(self):
        run = self._plan("ref_range_dash")
        run = run[:3]
        amt = sum(self.bal[i.id] for i in run)
        a, b = run[0].number, run[-1].number
        if self.style == "qb":
            ref = self.rng.choice([f"INV {a}-{self._short(a, b)}", f"INVOICES {a}-{self._short(a, b)}"])
        else:
            ref = self.rng.choice([f"{a}-{b.split('-')[1]}", f"INV {a} - {b.split('-')[1]}"])
        c = run[0].cust
        pay = self.new_pay(amt, run[0].currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in run], Decimal(0), None, "ref_range_dash",
                  f"Range reference '{ref}' means invoices {', '.join(i.number for i in run)}; amount equals "
                  f"their total.")

    def sc_ref_range_slash(self):
        run = self._plan("ref_range_slash")
        c = run[0].cust
        v = self.rng.random()
        if v < 0.45:
            use = run[:2]
            a, b = use[0].number, use[1].number
            ref = f"{a}/{self._short(a, b)}"
        elif v < 0.75:
            use = run[:3]
            a = use[0].number
            ref = f"{a}/{self._short(a, use[1].number)}/{self._short(a, use[2].number)}"
        else:
            use = [run[0], run[2]]   # a/c with the middle one open and not paid
            a, b = use[0].number, use[1].number
            ref = f"INV {a}/{self._short(a, b)}"
        amt = sum(self.bal[i.id] for i in use)
        pay = self.new_pay(amt, run[0].currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in use], Decimal(0), None, "ref_range_slash",
                  f"Slash reference '{ref}' lists invoices {', '.join(i.number for i in use)}; amount equals "
                  f"exactly their balances (any 'through' reading that adds the middle invoice does not add up).")

    def sc_ref_abbrev_list(self):
        run = self._plan("ref_abbrev_list")
        use = [run[0], run[1], run[3]]
        a = use[0].number
        if self.style == "qb":
            ref = f"{a}, {use[1].number[-3:]} & {use[2].number[-3:]}"
        else:
            ref = f"{a}, {self._short(a, use[1].number)} & {self._short(a, use[2].number)}"
        amt = sum(self.bal[i.id] for i in use)
        c = run[0].cust
        pay = self.new_pay(amt, run[0].currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in use], Decimal(0), None, "ref_abbrev_list",
                  f"Abbreviated list '{ref}' = {', '.join(i.number for i in use)} ({run[2].number} skipped); "
                  f"amount equals their total.")

    def sc_ref_range_mismatch(self):
        run = self._plan("ref_range_mismatch")[:3]
        tot = sum(self.bal[i.id] for i in run)
        d = pct(self.bal[run[1].id], self.rng.choice(["0.07", "0.11", "0.13"]))
        amt = tot - d
        c = run[0].cust
        if self.nsub(c, run[0].currency, amt) != 0:
            raise Skip("subset")
        a, b = run[0].number, run[-1].number
        ref = f"INV {a}-{self._short(a, b)}" if self.style == "qb" else f"{a}-{b.split('-')[1]}"
        pay = self.new_pay(amt, run[0].currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "review", [], amt, None, "ref_range_mismatch",
                  f"Range '{ref}' covers 3 invoices totalling {fus(tot)} but payment is {fus(amt)} "
                  f"({fus(d)} short), no reason given and several invoices referenced: not sure which one "
                  f"is short.", {"cust": c.cid, "cur": run[0].currency})

    def sc_ref_multi_list(self):
        c = self.pick_cust(lambda c: len([i for i in c.invs if self.free(i)]) >= 3)
        cur = self.rng.choice(c.currencies)
        fs = [i for i in c.invs if self.free(i) and i.currency == cur]
        if len(fs) < 2:
            raise Skip("few")
        use = sorted(self.rng.sample(fs, self.rng.randint(2, min(4, len(fs)))), key=lambda i: i.number)
        amt = sum(self.bal[i.id] for i in use)
        if self.style == "qb" and cur == "USD" and self.rng.random() < 0.6:
            ref = "".join(f"RMR*IV*{i.number}*{self.bal[i.id]}\\" for i in use)
        else:
            sep = self.rng.choice([" ", ", ", ";", " + "])
            ref = self.rng.choice(["INV ", "INVOICES ", "", "Inv "]) + sep.join(i.number for i in use)
        wc = self.rng.random() < 0.3
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, ref, None)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in use], Decimal(0), None, "ref_multi_list",
                  f"Reference lists {len(use)} invoices in full; amount equals their total.")

    def sc_ref_other_customer(self):
        for _ in range(80):
            c = self.pick_cust()
            cur = c.currencies[0]
            fs = [i for i in c.invs if self.free(i) and i.currency == cur]
            if not fs:
                continue
            inv = self.rng.choice(fs)
            amt = self.bal[inv.id]
            if self.nsub(c, cur, amt) != 1:
                continue
            other = None
            if self.style == "qb":
                n = inv.number
                for k in range(1, len(n) - 1):
                    t = n[:k] + n[k + 1] + n[k] + n[k + 2:]
                    o = self.by_number.get(t)
                    if o and o.cust is not c and self.bal[o.id] > 0 and self.bal[o.id] != amt:
                        other = o
                        break
            if other is None:
                os_ = [i for i in self.invoices if i.cust is not c and self.bal[i.id] > 0
                       and self.bal[i.id] != amt and i.cust.kind == "plain"]
                other = self.rng.choice(os_)
            break
        else:
            raise Skip("none")
        ref = self.inv_ref(other, "INV {n}")
        pay = self.new_pay(amt, cur, self.bank_name(c), None, ref, None)
        self.emit(pay, "review", [], amt, None, "ref_other_customer",
                  f"Payer {c.name} but reference names {other.number}, an invoice of {other.cust.name} "
                  f"with a different balance; amount matches payer's own {inv.number}. Conflicting evidence "
                  f"(typo? paying for someone else?): review.", {"cust": c.cid, "cur": cur})

    def sc_ref_amount_conflict(self):
        for _ in range(100):
            c = self.pick_cust(lambda c: len([i for i in c.invs if self.free(i)]) >= 2)
            cur = c.currencies[0]
            fs = [i for i in c.invs if self.free(i) and i.currency == cur]
            if len(fs) < 2:
                continue
            a, b = self.rng.sample(fs, 2)
            amt = self.bal[b.id]
            if amt < self.bal[a.id] - 60 and amt > 50:
                break
        else:
            raise Skip("none")
        wc = self.rng.random() < 0.3
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, self.inv_ref(a), None)
        self.emit(pay, "review", [], amt, None, "ref_amount_conflict",
                  f"Reference names {a.number} (balance {fus(self.bal[a.id])}) but the amount equals exactly "
                  f"the customer's other invoice {b.number}: part payment of {a.number} or wrong reference? review.",
                  {"cust": c.cid, "cur": cur})

    def sc_ref_not_found(self):
        for _ in range(100):
            c = self.pick_cust(lambda c: bool(c.closed))
            cur = c.currencies[0]
            fs = [i for i in c.invs if self.free(i) and i.currency == cur]
            if not fs:
                continue
            inv = self.rng.choice(fs)
            amt = self.bal[inv.id]
            if self.nsub(c, cur, amt) == 1:
                break
        else:
            raise Skip("none")
        closed = self.rng.choice(c.closed)
        pay = self.new_pay(amt, cur, self.bank_name(c), None, self.inv_ref(closed, "INV {n}"), None)
        self.emit(pay, "review", [], amt, None, "ref_not_found",
                  f"Reference names invoice {closed.number}, which is not an open invoice (already closed); "
                  f"the amount happens to equal open invoice {inv.number}. Possibly a repeat payment of a "
                  f"closed invoice: review.", {"cust": c.cid, "cur": cur})

    # Stripe ledger only
    def sc_ref_invoice_id(self):
        inv = self.pick_inv(lambda i: True)
        amt = self.bal[inv.id]
        c = inv.cust
        ref = self.rng.choice([f"Payment for {inv.id}", f"{inv.id}", f"invoice={inv.id}"])
        pay = self.new_pay(amt, inv.currency, self.payer(c, True), c.cid, ref, None, kind="app")
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_invoice_id",
                  f"Reference carries the invoice's system id {inv.id} (not its number {inv.number}); amount "
                  f"equals its balance.")
        self.history_full.append((pay, inv, amt))

    def sc_ref_seq_only_identified(self):
        for _ in range(80):
            inv = self.pick_inv(lambda i: True)
            if sum(1 for i in self.invoices if i.seq == inv.seq and self.bal[i.id] > 0) >= 3:
                break
        c = inv.cust
        amt = self.bal[inv.id]
        ref = self.rng.choice([f"INV {inv.seq:04d}", f"Invoice #{inv.seq}", f"inv no {inv.seq:04d}"])
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "ref_seq_only_identified",
                  f"Reference gives only the sequence part ({ref}); payer is {c.name}, whose invoice with that "
                  f"sequence is {inv.number} and the amount equals its balance.")

    def sc_ref_seq_only_unknown(self):
        a, b = self._plan("ref_seq_only_unknown")
        amt = self.bal[a.id]
        ref = self.rng.choice([f"INV {a.seq:04d}", f"Invoice {a.seq:04d}"])
        payer = self.rng.choice(["ONLINE PAYMENT", "FASTER PAYMENT RECEIVED", "SEPA CREDIT TRANSFER",
                                 "INTERNET BANKING"])
        pay = self.new_pay(amt, a.currency, payer, None, ref, None)
        self.emit(pay, "review", [], amt, None, "ref_seq_only_unknown",
                  f"Reference '{ref}' is only a sequence number; payer unidentified; {a.number} "
                  f"({a.cust.name}) and {b.number} ({b.cust.name}) both have that sequence and this exact amount.",
                  {})

    # --- remittance advices
    def _remit_invs(self, k_lo, k_hi, min_count=None, cust=None):
        for _ in range(100):
            c = cust or self.pick_cust()
            cur = self.rng.choice(c.currencies)
            fs = [i for i in c.invs if self.free_full(i) and i.currency == cur]
            if len(fs) >= (min_count or k_lo):
                k = self.rng.randint(k_lo, min(k_hi, len(fs)))
                return c, cur, sorted(self.rng.sample(fs, k), key=lambda i: i.issue)
        raise Skip("no remit invs")

    def _dt(self, d):
        return d.strftime("%m/%d/%Y") if self.style == "qb" else d.strftime("%d/%m/%Y")

    def fixed_width(self, payer, c, lines, total, printed_total=None):
        hdr = self.rng.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE", "*** REMITTANCE ***"])
        chk = str(self.rng.randint(4000000, 9899999))
        vend = "V" + str(self.rng.randint(10000, 99999)).zfill(6)
        out = [hdr, f"Payer: {payer:<40} Vendor No: {vend}",
               f"Payment date: {self._dt(self.cur_date)}   Payment no: {chk}", "",
               f"{'Invoice No':<16}{'Inv Date':<12}{'Gross':>12}{'Discount':>12}{'Net':>12}",
               f"{'-' * 15:<16}{'-' * 10:<12}{'-' * 10:>12}{'-' * 10:>12}{'-' * 10:>12}"]
        for (num, d, g, di, n) in lines:
            out.append(f"{num:<16}{self._dt(d):<12}{fus(g):>12}{fus(di):>12}{fus(n):>12}")
        out.append(f"{'':<40}{'----------':>24}")
        out.append(f"{'':<28}{'TOTAL':>12}{'':>12}{fus(printed_total if printed_total is not None else total):>12}")
        return "\n".join(out)

    def csv_semicolon(self, lines, total, disc_col):
        lang = self.rng.choice(["de", "nl", "fr"])
        hd = {"de": ["Belegnr", "Rechnungsnr", "Datum", "Brutto", "Skonto", "Zahlbetrag", "Summe"],
              "nl": ["Boekstuk", "Factuurnr", "Datum", "Bruto", "Korting", "Betaald", "Totaal"],
              "fr": ["Piece", "No facture", "Date", "Brut", "Escompte", "Montant regle", "Total"]}[lang]
        cols = [hd[0], hd[1], hd[2], hd[3]] + ([hd[4]] if disc_col else []) + [hd[5]]
        out = [";".join(cols)]
        for (num, d, g, di, n) in lines:
            row = [str(self.rng.randint(500000, 599999)), num, d.strftime("%d.%m.%Y"), feu(g)]
            if disc_col:
                row.append(feu(di))
            row.append(feu(n))
            out.append(";".join(row))
        out.append(";".join([hd[6]] + [""] * (len(cols) - 2) + [feu(total)]))
        return "\n".join(out)

    def sc_remit_fixed_width(self, with_disc=False, scen="remit_fixed_width"):
        c, cur, invs = self._remit_invs(2, 6)
        lines, apps = [], []
        sp = None
        di_inv = None
        if with_disc:
            big = [i for i in invs if i.total >= 200]
            if not big:
                raise Skip("no big")
            di_inv = self.rng.choice(big)
        for i in invs:
            di = pct(i.total, "0.02") if i is di_inv else Decimal(0)
            lines.append((i.number, i.issue, i.total, di, i.total - di))
            apps.append((i, i.total - di))
        total = sum(a for _, a in apps)
        if with_disc and self.nsub(c, cur, total) != 0:
            raise Skip("subset")
        wc = self.rng.random() < 0.3
        payer = self.payer(c, wc)
        remit = self.fixed_width(bank_form(c.name), c, lines, total)
        ref = self.rng.choice([None, "REMITTANCE ADVICE SENT", f"PAYMENT {self.rng.randint(4000000, 9899999)}"])
        pay = self.new_pay(total, cur, payer, c.cid if wc else None, ref, remit)
        if with_disc:
            di = pct(di_inv.total, "0.02")
            sp = {"invoice_id": di_inv.id, "amount": s2(di), "reason": "early payment discount"}
            self.emit(pay, "partial", apps, Decimal(0), sp, scen,
                      f"Fixed-width advice (Gross/Discount/Net), net total = payment; 2% early-payment discount "
                      f"{fus(di)} taken on {di_inv.number}, left open as a short pay.")
        else:
            self.emit(pay, "applied", apps, Decimal(0), None, scen,
                      f"Fixed-width advice lists {len(invs)} invoices, net total equals the payment.")

    def sc_remit_fixed_width_discount(self):
        self.sc_remit_fixed_width(True, "remit_fixed_width_discount")

    def sc_remit_csv_semicolon(self, with_disc=False, scen="remit_csv_semicolon"):
        c = self.pick_cust(lambda c: "EUR" in c.currencies and
                           len([i for i in c.invs if self.free_full(i) and i.currency == "EUR"]) >= 2)
        c, cur, invs = self._remit_invs(2, 5, cust=c)
        if cur != "EUR":
            cur = "EUR"
            fs = [i for i in c.invs if self.free_full(i) and i.currency == "EUR"]
            invs = sorted(self.rng.sample(fs, min(len(fs), self.rng.randint(2, 4))), key=lambda i: i.issue)
        di_inv = self.rng.choice(invs) if with_disc else None
        lines, apps = [], []
        for i in invs:
            di = pct(i.total, "0.02") if i is di_inv else Decimal(0)
            lines.append((i.number, i.issue, i.total, di, i.total - di))
            apps.append((i, i.total - di))
        total = sum(a for _, a in apps)
        if with_disc and self.nsub(c, cur, total) != 0:
            raise Skip("subset")
        remit = self.csv_semicolon(lines, total, with_disc or self.rng.random() < 0.4)
        ref = self.rng.choice([None, "SVWZ+SAMMELZAHLUNG SIEHE AVIS", "ZAHLUNGSAVIS PER EMAIL"])
        pay = self.new_pay(total, cur, self.bank_name(c), None, ref, remit)
        if with_disc:
            di = pct(di_inv.total, "0.02")
            self.emit(pay, "partial", apps, Decimal(0),
                      {"invoice_id": di_inv.id, "amount": s2(di), "reason": "early payment discount"}, scen,
                      f"Semicolon CSV with decimal commas; 2% Skonto {feu(di)} taken on {di_inv.number}; "
                      f"net total = payment.")
        else:
            self.emit(pay, "applied", apps, Decimal(0), None, scen,
                      f"Semicolon CSV advice with decimal commas ({len(invs)} lines); total equals the payment.")

    def sc_remit_csv_discount(self):
        self.sc_remit_csv_semicolon(True, "remit_csv_discount")

    def sc_remit_email_prose(self, partial=False):
        c, cur, invs = self._remit_invs(2, 2)
        a, b = invs
        sym = SYM[cur]
        x = a.total
        mode = None
        if partial:
            mode = self.rng.choice(["rest_short", "first_short"])
            if mode == "rest_short":
                rest = pct(b.total, self.rng.choice(["0.4", "0.5", "0.6"]))
            else:
                x = Decimal(max(100, int(a.total * Decimal("0.5") / 100) * 100))
                if x >= a.total:
                    raise Skip("small")
                rest = b.total
        else:
            rest = b.total
        amt = x + rest
        if partial and self.nsub(c, cur, amt) != 0:
            raise Skip("subset")
        greet = self.rng.choice(["Hi team,", "Hello,", "Good morning,", "Dear Accounts Receivable,"])
        sign = self.rng.choice(["Thanks,\nMaria (AP)", "Kind regards,\nAccounts Payable", "Best,\nJ. Patterson",
                                "Regards\nFinance Dept."])
        if mode == "first_short":
            body = (f"We have sent {sym}{fus(amt)} today. Please apply {sym}{fus(x)} to invoice {a.number} "
                    f"(we will settle the remainder next month) and the rest to {b.number}.")
        else:
            body = self.rng.choice([
                f"Please apply {sym}{fus(x)} to invoice {a.number} and the rest to {b.number}.",
                f"Our payment of {sym}{fus(amt)} went out today. {sym}{fus(x)} is for inv {a.number}, "
                f"the balance of the payment should go to {b.number}.",
                f"Payment sent - please allocate {sym}{fus(x)} against {a.number}; remainder against invoice {b.number}. "
                f"Let us know if anything is unclear."])
        remit = f"{greet}\n\n{body}\n\n{sign}"
        pay = self.new_pay(amt, cur, self.bank_name(c), None, self.noise_ref(cur), remit)
        apps = [(a, x), (b, rest)]
        if partial:
            left = a if mode == "first_short" else b
            self.emit(pay, "partial", apps, Decimal(0), None, "remit_email_partial",
                      f"E-mail instructs {fus(x)} to {a.number} and the rest ({fus(rest)}) to {b.number}; "
                      f"{left.number} stays open as a part payment on the customer's instruction.")
            self.part_paid.add(left.id)
        else:
            self.emit(pay, "applied", apps, Decimal(0), None, "remit_email_prose",
                      f"E-mail prose: {fus(x)} to {a.number} and the rest ({fus(rest)}) to {b.number}; both "
                      f"amounts equal the balances.")

    def sc_remit_email_partial(self):
        self.sc_remit_email_prose(True)

    def sc_remit_multipage(self):
        c, cur, invs = self._remit_invs(8, 13, min_count=8,
                                        cust=self.pick_cust(lambda c: max(
                                            [len([i for i in c.invs if self.free_full(i) and i.currency == k])
                                             for k in c.currencies]) >= 8))
        per = self.rng.choice([4, 5, 6])
        pages = [invs[k:k + per] for k in range(0, len(invs), per)]
        chk = str(self.rng.randint(4000000, 9899999))
        hdr_name = bank_form(c.name)
        out = []
        for pn, pg in enumerate(pages, 1):
            out.append(f"{hdr_name} - PAYMENT ADVICE{'':>10}Page {pn} of {len(pages)}")
            out.append(f"EFT No: {chk}   Date: {self.cur_date.isoformat()}   Currency: {cur}")
            out.append(f"{'Document':<16}{'Doc Date':<12}{'Amount':>14}")
            for i in pg:
                out.append(f"{i.number:<16}{i.issue.isoformat():<12}{fus(i.total):>14}")
            out.append(f"{'':<16}{'Page subtotal':<12}{fus(sum(i.total for i in pg)):>16}")
            if pn < len(pages):
                out.append("-- continued on next page --")
                out.append("\f")
        total = sum(i.total for i in invs)
        out.append(f"{'':<16}{'TOTAL PAYMENT':<12}{fus(total):>16}")
        pay = self.new_pay(total, cur, self.bank_name(c), None, f"EFT {chk}", "\n".join(out))
        self.emit(pay, "applied", [(i, i.total) for i in invs], Decimal(0), None, "remit_multipage",
                  f"{len(pages)}-page advice with repeated headers and page subtotals ({len(invs)} invoices); "
                  f"grand total equals payment (subtotals must not be double-counted).")

    def _cn_number(self):
        if self.style == "qb" and self.closed_numbers:
            n = self.rng.choice(sorted(self.closed_numbers))
            self.closed_numbers.discard(n)
            return f"CM {n}"
        return self.rng.choice(["CN-", "CR ", "Credit note "]) + str(self.rng.randint(2000, 2999))

    def sc_remit_credit_note_nets(self):
        c, cur, inv, cn = self._plan("remit_credit_note_nets")
        others = [i for i in c.invs if self.free_full(i) and i.currency == cur]
        use = self.rng.sample(others, min(len(others), self.rng.randint(1, 3)))
        cnno = self._cn_number()
        lines = [(i.number, i.issue, i.total) for i in use] + [(inv.number, inv.issue, inv.total)]
        self.rng.shuffle(lines)
        lines.append((cnno, inv.issue + timedelta(days=9), -cn))
        total = sum(l[2] for l in lines)
        w = 38 if self.style == "stripe" else 28
        out = [f"Remittance advice - {bank_form(c.name)}", f"Date {self._dt(self.cur_date)}", "",
               f"{'Reference':<{w}}{'Date':<12}{'Amount':>14}"]
        for (n, d, a) in lines:
            lab = n if not n.startswith(("CM", "CN", "CR", "Credit")) else f"{n} (re {inv.number})"
            out.append(f"{lab:<{w}}{self._dt(d):<12}{fus(a):>14}")
        out.append(f"{'Total paid':<{w + 12}}{fus(total):>14}")
        apps = [(i, i.total) for i in use] + [(inv, self.bal[inv.id])]
        assert sum(a for _, a in apps) == total
        pay = self.new_pay(total, cur, self.bank_name(c), None, self.noise_ref(cur), "\n".join(out))
        self.emit(pay, "applied", apps, Decimal(0), None, "remit_credit_note_nets",
                  f"Advice nets credit note {cnno} (-{fus(cn)}) against {inv.number}; our balance of {inv.number} "
                  f"already reflects that credit ({fus(inv.total)} - {fus(cn)}), so the net adds up to the open "
                  f"balances exactly.")

    def sc_remit_credit_note_not_adding(self):
        c, cur, invs = self._remit_invs(2, 4)
        cn = pct(invs[0].total, self.rng.choice(["0.08", "0.12", "0.3"]))
        total = sum(i.total for i in invs) - cn
        if self.nsub(c, cur, total) != 0:
            raise Skip("subset")
        dm = self.rng.choice(["DM ", "Debit memo ", "CN "]) + str(self.rng.randint(5000, 5999))
        out = [f"PAYMENT ADVICE  {bank_form(c.name)}", ""]
        for i in invs:
            out.append(f"Invoice {i.number:<14}{fus(i.total):>14}")
        out.append(f"{dm:<22}{fus(-cn):>14}   short shipment")
        out.append(f"{'NET PAID':<22}{fus(total):>14}")
        pay = self.new_pay(total, cur, self.bank_name(c), None, self.noise_ref(cur), "\n".join(out))
        self.emit(pay, "review", [], total, None, "remit_credit_note_not_adding",
                  f"Advice deducts {dm} ({fus(cn)}) that is not reflected in our balances; invoices less the "
                  f"deduction do not add up to open balances: review.", {"cust": c.cid, "cur": cur})

    def sc_remit_total_mismatch(self):
        c, cur, invs = self._remit_invs(2, 4)
        tot = sum(i.total for i in invs)
        d = self.rng.choice([Decimal("25.00"), Decimal("35.00"), pct(tot, "0.07"), Decimal("500.00")])
        amt = tot - d
        if amt <= 0 or self.nsub(c, cur, amt) != 0:
            raise Skip("subset")
        remit = self.fixed_width(bank_form(c.name), c,
                                 [(i.number, i.issue, i.total, Decimal(0), i.total) for i in invs], tot)
        pay = self.new_pay(amt, cur, self.bank_name(c), None, self.noise_ref(cur), remit)
        self.emit(pay, "review", [], amt, None, "remit_total_mismatch",
                  f"Advice totals {fus(tot)} over {len(invs)} invoices but {fus(amt)} was received; the "
                  f"{fus(d)} gap cannot be placed on one invoice: review.", {"cust": c.cid, "cur": cur})

    def sc_remit_total_short_fee_single(self):
        inv = self.pick_inv(lambda i: self.free_full(i) and i.total >= 2000)
        fee = Decimal(self.rng.choice([10, 15, 20, 25, 30, 35, 40]))
        amt = inv.total - fee
        c = inv.cust
        if self.nsub(c, inv.currency, amt) != 0:
            raise Skip("subset")
        remit = self.fixed_width(bank_form(c.name), c, [(inv.number, inv.issue, inv.total, Decimal(0), inv.total)],
                                 inv.total)
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, self.noise_ref(inv.currency), remit)
        self.emit(pay, "partial", [(inv, amt)], Decimal(0),
                  {"invoice_id": inv.id, "amount": s2(fee), "reason": "bank fee"}, "remit_total_short_fee_single",
                  f"Advice lists only {inv.number} at {fus(inv.total)}; {fus(fee)} less arrived (<= 50 and <= 2%, "
                  f"single invoice, nothing says why): bank fee short pay.")

    def sc_remit_total_line_wrong(self):
        c, cur, invs = self._remit_invs(3, 5)
        tot = sum(i.total for i in invs)
        s = fus(tot)
        digits = [k for k, ch in enumerate(s) if ch.isdigit()]
        for _ in range(20):
            k = self.rng.choice(digits[:-1])
            j = digits[digits.index(k) + 1]
            t = list(s)
            t[k], t[j] = t[j], t[k]
            wrong = Decimal("".join(t).replace(",", ""))
            if wrong != tot:
                break
        else:
            raise Skip("no typo")
        remit = self.fixed_width(bank_form(c.name), c,
                                 [(i.number, i.issue, i.total, Decimal(0), i.total) for i in invs], tot,
                                 printed_total=wrong)
        pay = self.new_pay(tot, cur, self.bank_name(c), None, self.noise_ref(cur), remit)
        self.emit(pay, "applied", [(i, i.total) for i in invs], Decimal(0), None, "remit_total_line_wrong",
                  f"Advice's printed TOTAL {fus(wrong)} is a typo; its lines add up to {fus(tot)} = the payment "
                  f"and equal the open balances.")

    def sc_remit_partial_line(self):
        c, cur, invs = self._remit_invs(2, 4)
        p = self.rng.choice([i for i in invs if i.total > 300] or [None])
        if p is None:
            raise Skip("small")
        paid = Decimal(max(100, int(p.total * Decimal("0.5") / 50) * 50))
        if paid >= p.total:
            raise Skip("x")
        apps = [(i, paid if i is p else i.total) for i in invs]
        tot = sum(a for _, a in apps)
        if self.nsub(c, cur, tot) != 0:
            raise Skip("subset")
        out = [f"{bank_form(c.name)} -- remittance", "",
               f"{'Invoice':<16}{'Invoice amt':>14}{'Paid':>14}  Comment"]
        for i, a in apps:
            out.append(f"{i.number:<16}{fus(i.total):>14}{fus(a):>14}  {'partial payment' if i is p else ''}".rstrip())
        out.append(f"{'Total':<30}{fus(tot):>14}")
        pay = self.new_pay(tot, cur, self.bank_name(c), None, self.noise_ref(cur), "\n".join(out))
        self.emit(pay, "partial", apps, Decimal(0), None, "remit_partial_line",
                  f"Advice pays {p.number} only in part ({fus(paid)} of {fus(p.total)}, marked 'partial payment'); "
                  f"other lines in full; totals match.")
        self.part_paid.add(p.id)

    # --- payer names
    def _group(self):
        g = self.by_tag["group"]
        parent = [c for c in g if c.kind == "parent"][0]
        subs = [c for c in g if c.kind == "sub"]
        return parent, subs

    def sc_parent_pays_sub_ref(self):
        parent, subs = self._group()
        fs = [i for s in subs for i in s.invs if self.free(i)]
        cur = self.rng.choice(sorted({i.currency for i in fs}))
        fs = [i for i in fs if i.currency == cur]
        use = self.rng.sample(fs, min(len(fs), self.rng.randint(1, 2)))
        amt = sum(self.bal[i.id] for i in use)
        ref = ("INV " if self.rng.random() < 0.6 else "") + " ".join(i.number for i in use)
        pay = self.new_pay(amt, cur, self.bank_name(parent), None, ref, None)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in use], Decimal(0), None, "parent_pays_sub_ref",
                  f"Parent {parent.name} pays for subsidiary invoice(s) {', '.join(i.number for i in use)} "
                  f"({', '.join(sorted({i.cust.name for i in use}))}); reference unambiguous and amount matches.")

    def sc_parent_pays_sub_noref(self):
        parent, subs = self._group()
        for _ in range(60):
            fs = [i for s in subs for i in s.invs if self.free(i)]
            inv = self.rng.choice(fs)
            amt = self.bal[inv.id]
            if self.nsub(parent, inv.currency, amt) == 0:
                break
        else:
            raise Skip("none")
        pay = self.new_pay(amt, inv.currency, self.bank_name(parent), None, self.noise_ref(inv.currency), None)
        self.emit(pay, "review", [], amt, None, "parent_pays_sub_noref",
                  f"Payer is the parent {parent.name}; no reference; amount fits none of the parent's invoices "
                  f"but equals {inv.number} of subsidiary {inv.cust.name}: not sure, review.",
                  {"cust": parent.cid, "cur": inv.currency})

    def _special_amount(self, tag, scen, how):
        cs = self.by_tag.get(tag)
        if not cs:
            raise Skip("no special")
        for _ in range(80):
            c = self.rng.choice(cs)
            fs = [i for i in c.invs if self.free(i)]
            if not fs:
                continue
            inv = self.rng.choice(fs)
            amt = self.bal[inv.id]
            if self.nsub(c, inv.currency, amt) == 1:
                break
        else:
            raise Skip("not unique")
        payer = self.rng.choice(c.bank_names)
        pay = self.new_pay(amt, inv.currency, payer, None, self.noise_ref(inv.currency), None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, scen,
                  f"Payer '{payer}' is {c.name} ({how}); no invoice reference; amount equals exactly one open "
                  f"invoice ({inv.number}) and no combination.",
                  {"basis": "amount", "cust": c.cid, "cur": inv.currency})

    def _special_ref(self, tag, scen, how):
        cs = self.by_tag.get(tag)
        if not cs:
            raise Skip("no special")
        c = self.rng.choice(cs)
        fs = [i for i in c.invs if self.free(i)]
        if not fs:
            raise Skip("none")
        inv = self.rng.choice(fs)
        amt = self.bal[inv.id]
        payer = self.rng.choice(c.bank_names)
        pay = self.new_pay(amt, inv.currency, payer, None, self.inv_ref(inv), None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, scen,
                  f"Payer '{payer}' is {c.name} ({how}); reference names {inv.number}; amount equals its balance.")
        self.history_full.append((pay, inv, amt))

    def sc_dba_name_amount(self):
        self._special_amount("dba", "dba_name_amount", "trading-as name")

    def sc_dba_name_ref(self):
        self._special_ref("dba", "dba_name_ref", "trading-as name")

    def sc_truncated_name_amount(self):
        self._special_amount("trunc", "truncated_name_amount", "bank truncated the name")

    def sc_umlaut_name_amount(self):
        self._special_amount("umlaut", "umlaut_name_amount", "transliterated / accents stripped")

    def sc_umlaut_name_ref(self):
        self._special_ref("umlaut", "umlaut_name_ref", "transliterated / accents stripped")

    def sc_the_prefix_amount(self):
        self._special_amount("the", "the_prefix_amount", "'THE' prefix added or dropped")

    def sc_initials_name_amount(self):
        self._special_amount("initials", "initials_name_amount", "initials written differently")

    def sc_truncated_ambiguous_amount(self):
        a, b = self._plan("truncated_ambiguous_amount")
        amt = self.bal[a.id]
        payer = self.by_tag["trunc_pair"][0].bank_names[0]
        pay = self.new_pay(amt, a.currency, payer, None, self.noise_ref(a.currency), None)
        self.emit(pay, "review", [], amt, None, "truncated_ambiguous_amount",
                  f"Truncated payer '{payer}' fits both {a.cust.name} and {b.cust.name}; each has an open invoice "
                  f"of exactly {fus(amt)} ({a.number}, {b.number}): review.", {})

    def sc_truncated_ambiguous_ref(self):
        pair = self.by_tag["trunc_pair"]
        c = self.rng.choice(pair)
        fs = [i for i in c.invs if self.free(i)]
        inv = self.rng.choice(fs)
        amt = self.bal[inv.id]
        payer = pair[0].bank_names[0]
        pay = self.new_pay(amt, inv.currency, payer, None, self.inv_ref(inv), None)
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "truncated_ambiguous_ref",
                  f"Truncated payer '{payer}' fits two customers, but the reference names {inv.number} of "
                  f"{c.name} and the amount equals its balance.")
        self.history_full.append((pay, inv, amt))

    def sc_person_payer_custid(self):
        for _ in range(60):
            inv = self.pick_inv(lambda i: True)
            amt = self.bal[inv.id]
            if self.nsub(inv.cust, inv.currency, amt) == 1:
                break
        else:
            raise Skip("none")
        c = inv.cust
        person = self.rng.choice(PERSONS)
        pay = self.new_pay(amt, inv.currency, person, c.cid, self.rng.choice([None, "card payment", "Online payment"]),
                           None, kind="app")
        self.emit(pay, "applied", [(inv, amt)], Decimal(0), None, "person_payer_custid",
                  f"Payer is a person ({person}) but customer_id identifies {c.name}; amount equals exactly one "
                  f"open invoice ({inv.number}) and no combination.",
                  {"basis": "amount", "cust": c.cid, "cur": inv.currency})

    # --- amounts
    def sc_bank_fee_short(self):
        for _ in range(80):
            inv = self.pick_inv(lambda i: self.bal[i.id] >= 700)
            b = self.bal[inv.id]
            fees = [f for f in (10, 12, 15, 18, 20, 25, 30, 35, 40) if Decimal(f) <= pct(b, "0.02")]
            if not fees:
                continue
            fee = Decimal(self.rng.choice(fees))
            amt = b - fee
            if self.nsub(inv.cust, inv.currency, amt) == 0:
                break
        else:
            raise Skip("none")
        c = inv.cust
        wc = self.rng.random() < 0.15
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None, self.inv_ref(inv), None)
        self.emit(pay, "partial", [(inv, amt)], Decimal(0),
                  {"invoice_id": inv.id, "amount": s2(fee), "reason": "bank fee"}, "bank_fee_short",
                  f"Reference names {inv.number}; {fus(fee)} short of {fus(b)} ({(fee / b * 100):.2f}%), no "
                  f"remittance: bank fee (<= 50 and <= 2%) short pay.")

    def sc_short_over_threshold(self):
        mode = self.rng.choice(["pct", "abs", "half"])
        for _ in range(120):
            if mode == "pct":
                inv = self.pick_inv(lambda i: 900 <= self.bal[i.id] <= 2200)
                b = self.bal[inv.id]
                lo = int(pct(b, "0.02")) + 1
                if lo > 49:
                    continue
                short = Decimal(self.rng.randint(max(lo, 22), 49))
            elif mode == "abs":
                inv = self.pick_inv(lambda i: self.bal[i.id] >= 5000)
                b = self.bal[inv.id]
                short = Decimal(self.rng.choice([55, 60, 75, 80, 95])) + dc(self.rng.randint(0, 99))
                if short > pct(b, "0.02"):
                    continue
            else:
                inv = self.pick_inv(lambda i: self.bal[i.id] >= 1500)
                b = self.bal[inv.id]
                short = b - Decimal(int(b * Decimal("0.5") / 100) * 100)
            amt = b - short
            if amt > 0 and self.nsub(inv.cust, inv.currency, amt) == 0:
                break
        else:
            raise Skip("none")
        c = inv.cust
        wc = self.rng.random() < 0.25
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None, self.inv_ref(inv), None)
        why = {"pct": f"{fus(short)} short is over 2% of {fus(b)}",
               "abs": f"{fus(short)} short is over 50 units",
               "half": "about half of the invoice was paid"}[mode]
        self.emit(pay, "partial", [(inv, amt)], Decimal(0), None, "short_over_threshold",
                  f"Reference names {inv.number}; nothing says why it is short and {why}: not a bank fee, a part "
                  f"payment (no short_pay).")
        self.part_paid.add(inv.id)

    def sc_early_pay_discount_ref(self):
        inv = self.pick_inv(lambda i: self.free_full(i) and i.total >= 300)
        b = inv.total
        di = pct(b, "0.02")
        amt = b - di
        c = inv.cust
        if self.nsub(c, inv.currency, amt) != 0:
            raise Skip("subset")
        n = inv.number
        ref = self.rng.choice([f"INV {n} LESS 2% DISC", f"{n} 2% SKONTO", f"INV {n} NET OF 2PCT DISCOUNT",
                               f"INV {n} DISC TAKEN {di}"])
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "partial", [(inv, amt)], Decimal(0),
                  {"invoice_id": inv.id, "amount": s2(di), "reason": "early payment discount"},
                  "early_pay_discount_ref",
                  f"Reference says 2% discount taken on {n}; paid {fus(amt)} = {fus(b)} - {fus(di)}.")

    def sc_discount_mismatch(self):
        inv = self.pick_inv(lambda i: self.free_full(i) and i.total >= 1000)
        b = inv.total
        amt = b - pct(b, self.rng.choice(["0.05", "0.08", "0.1"]))
        c = inv.cust
        if self.nsub(c, inv.currency, amt) != 0:
            raise Skip("subset")
        ref = f"INV {inv.number} LESS 2% DISCOUNT"
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "review", [], amt, None, "discount_mismatch",
                  f"Reference claims a 2% discount on {inv.number} ({fus(pct(b, '0.02'))}) but {fus(b - amt)} was "
                  f"deducted: does not add up, review.", {"cust": c.cid, "cur": inv.currency})

    def sc_overpayment(self):
        for _ in range(80):
            inv = self.pick_inv(lambda i: True)
            b = self.bal[inv.id]
            mode = self.rng.choice(["round", "cents", "digits", "double"])
            if mode == "round":
                amt = Decimal((int(b) // 100 + 1) * 100)
            elif mode == "cents":
                amt = b + dc(self.rng.randint(1, 99))
            elif mode == "digits":
                s = str(int(b))
                if len(s) < 3 or s[-2] >= s[-1]:
                    continue
                amt = Decimal(s[:-2] + s[-1] + s[-2]) + (b - int(b))
            else:
                amt = b + b
            extra = amt - b
            c = inv.cust
            if extra <= 0:
                continue
            if (self.nsub(c, inv.currency, amt) == 0
                    and self.nsub(c, inv.currency, extra, exclude={inv.id}) == 0):
                break
        else:
            raise Skip("none")
        wc = self.rng.random() < 0.3
        pay = self.new_pay(amt, inv.currency, self.payer(c, wc), c.cid if wc else None, self.inv_ref(inv), None)
        self.emit(pay, "unapplied", [(inv, b)], extra, None, "overpayment",
                  f"Reference names {inv.number} (balance {fus(b)}); {fus(amt)} received. Apply the balance, hold "
                  f"{fus(extra)} unapplied (excess matches no other open invoice or combination).")

    def sc_overpay_after_part(self):
        cands = [i for i in self.invoices if self.free(i) and i.cust.kind == "plain" and self.part_open(i)]
        self.rng.shuffle(cands)
        for inv in cands:
            b = self.bal[inv.id]
            amt = inv.total
            extra = amt - b
            c = inv.cust
            if (self.nsub(c, inv.currency, amt) == 0
                    and self.nsub(c, inv.currency, extra, exclude={inv.id}) == 0):
                break
        else:
            raise Skip("none")
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, self.inv_ref(inv), None)
        self.emit(pay, "unapplied", [(inv, b)], extra, None, "overpay_after_part",
                  f"{inv.number} was already part-paid (balance {fus(b)} of {fus(inv.total)}); the customer paid the "
                  f"full original amount again. Apply the balance; hold {fus(extra)} unapplied.")
        self.part_paid.discard(inv.id)

    def sc_duplicate_payment(self):
        hs = [h for h in self.history_full if self.bal[h[1].id] == 0 and h[1].cust.kind == "plain"
              and not h[0].get("_dup")]
        self.rng.shuffle(hs)
        for (p0, inv, a) in hs:
            if self.nsub(inv.cust, inv.currency, a) == 0:
                break
        else:
            raise Skip("none")
        p0["_dup"] = True
        c = inv.cust
        ref = p0["reference"] if self.rng.random() < 0.6 else self.inv_ref(inv)
        pay = self.new_pay(a, inv.currency, p0["payer_name"], p0["customer_id"], ref, None)
        self.emit(pay, "unapplied", [], a, None, "duplicate_payment",
                  f"Second payment of {inv.number} ({fus(a)}), already paid by {p0['id']} on {p0['date']}: "
                  f"hold as unapplied cash on the customer's account.")

    def sc_duplicate_partial(self):
        hs = [h for h in self.history_full if self.bal[h[1].id] == 0 and h[1].cust.kind == "plain"
              and not h[0].get("_dup")]
        self.rng.shuffle(hs)
        for (p0, inv, a) in hs:
            c = inv.cust
            fs = [i for i in c.invs if self.free(i) and i.currency == inv.currency]
            if not fs:
                continue
            b = self.rng.choice(fs)
            amt = a + self.bal[b.id]
            if self.nsub(c, inv.currency, amt) == 0 and self.nsub(c, inv.currency, a) == 0:
                break
        else:
            raise Skip("none")
        p0["_dup"] = True
        ref = self.rng.choice(["INV ", "INVOICES ", ""]) + " ".join(sorted([inv.number, b.number]))
        pay = self.new_pay(amt, inv.currency, self.bank_name(c), None, ref, None)
        self.emit(pay, "unapplied", [(b, self.bal[b.id])], a, None, "duplicate_partial",
                  f"Reference lists {inv.number} (already paid by {p0['id']}) and {b.number} (open); amount = both. "
                  f"Apply {b.number}, hold {fus(a)} unapplied.")

    def sc_two_equal_invoices(self):
        c, cur, a, b = self._plan("two_equal_invoices")
        amt = self.bal[a.id]
        assert self.bal[b.id] == amt
        wc = self.rng.random() < 0.4
        ref = self.rng.choice([None, "MONTHLY SERVICE", "PAYMENT", "SUBSCRIPTION"])
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, ref, None)
        self.emit(pay, "review", [], amt, None, "two_equal_invoices",
                  f"No invoice reference; amount equals two open invoices of {c.name} ({a.number}, {b.number}) "
                  f"with the same balance: which one is unknown, review.", {"cust": c.cid, "cur": cur, "ambig": True})

    def sc_amount_single_vs_combo(self):
        c, cur, x, y, z = self._plan("amount_single_vs_combo")
        amt = self.bal[z.id]
        wc = self.rng.random() < 0.4
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, self.noise_ref(cur), None)
        self.emit(pay, "review", [], amt, None, "amount_single_vs_combo",
                  f"Amount equals invoice {z.number} alone and also {x.number} + {y.number}: ambiguous, review.",
                  {"cust": c.cid, "cur": cur, "ambig": True})

    def sc_lump_unique(self):
        for _ in range(200):
            c = self.pick_cust()
            cur = self.rng.choice(c.currencies)
            fs = [i for i in c.invs if self.free(i) and i.currency == cur]
            if len(fs) < 3:
                continue
            k = self.rng.randint(2, min(5, len(fs) - 1))
            use = self.rng.sample(fs, k)
            amt = sum(self.bal[i.id] for i in use)
            if self.nsub(c, cur, amt) == 1:
                break
        else:
            raise Skip("none")
        wc = self.rng.random() < 0.4
        ref = self.rng.choice([None, "PAYMENT", "MULTIPLE INVOICES", "INVOICES", "REMITTANCE TO FOLLOW"])
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, ref, None)
        use.sort(key=lambda i: i.number)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in use], Decimal(0), None, "lump_unique",
                  f"Lump sum without invoice numbers; exactly one combination of {c.name}'s open {cur} invoices "
                  f"adds up ({', '.join(i.number for i in use)}).",
                  {"basis": "amount", "cust": c.cid, "cur": cur})

    def sc_lump_ambiguous(self):
        c, cur, a, e1, e2, b = self._plan("lump_ambiguous")
        amt = self.bal[a.id] + self.bal[e1.id]
        if self.rng.random() < 0.5:
            amt += self.bal[b.id]
        wc = self.rng.random() < 0.4
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, self.noise_ref(cur), None)
        self.emit(pay, "review", [], amt, None, "lump_ambiguous",
                  f"Lump sum without invoice numbers; more than one combination of {c.name}'s open invoices adds "
                  f"up ({e1.number} and {e2.number} have the same balance): review.",
                  {"cust": c.cid, "cur": cur, "ambig": True})

    def sc_total_open_balance(self):
        for _ in range(200):
            c = self.pick_cust()
            cur = self.rng.choice(c.currencies)
            op = self.open_of(c, cur)
            if 3 <= len(op) <= 14 and not any(i.id in self.reserved for i in op):
                break
        else:
            raise Skip("none")
        amt = sum(self.bal[i.id] for i in op)
        wc = self.rng.random() < 0.4
        ref = self.rng.choice([None, "STATEMENT BALANCE", "ACCOUNT PAID IN FULL",
                               f"STMT {self.mmdd(self.cur_date - timedelta(days=3))}"])
        pay = self.new_pay(amt, cur, self.payer(c, wc), c.cid if wc else None, ref, None)
        op.sort(key=lambda i: i.number)
        self.emit(pay, "applied", [(i, self.bal[i.id]) for i in op], Decimal(0), None, "total_open_balance",
                  f"Amount equals {c.name}'s total open {cur} balance ({len(op)} invoices).",
                  {"basis": "amount", "cust": c.cid, "cur": cur})

    def sc_unknown_payer_amount(self):
        for _ in range(100):
            inv = self.pick_inv(lambda i: True)
            amt = self.bal[inv.id]
            same = [i for i in self.invoices if i.currency == inv.currency and self.bal[i.id] == amt]
            if len(same) == 1:
                break
        else:
            raise Skip("none")
        payer = self.rng.choice(["ONLINE TRANSFER", "MOBILE BANKING TRANSFER", "CASH DEPOSIT BRANCH 0412",
                                 "INCOMING WIRE", "TRANSFER FROM ACCT ****4471", "REMOTE DEPOSIT"])
        pay = self.new_pay(amt, inv.currency, payer, None, None, None)
        self.emit(pay, "review", [], amt, None, "unknown_payer_amount",
                  f"Payer unidentifiable, no reference; amount happens to equal one open invoice in the ledger "
                  f"({inv.number}, {inv.cust.name}). Amount alone is not enough: review.", {})

    def _no_fit_amount(self, c, cur):
        for _ in range(50):
            amt = Decimal(self.rng.choice([500, 1000, 1500, 2000, 2500, 5000, 7500, 10000, 750, 300]))
            if self.rng.random() < 0.3:
                amt += dc(self.rng.randint(1, 9999))
            if self.nsub(c, cur, amt) == 0:
                return amt
        raise Skip("no nofit")

    def sc_custid_no_fit(self):
        c = self.pick_cust()
        cur = self.rng.choice(c.currencies)
        amt = self._no_fit_amount(c, cur)
        pay = self.new_pay(amt, cur, self.payer(c, True), c.cid,
                           self.rng.choice([None, "DEPOSIT", "ON ACCOUNT", "PREPAYMENT"]), None, kind="app")
        self.emit(pay, "unapplied", [], amt, None, "custid_no_fit",
                  f"customer_id identifies {c.name}; amount fits no open {cur} invoice or combination: hold "
                  f"unapplied on the account.", {"cust": c.cid, "cur": cur, "nofit": True})

    def sc_noid_no_fit(self):
        c = self.pick_cust()
        cur = self.rng.choice(c.currencies)
        amt = self._no_fit_amount(c, cur)
        pay = self.new_pay(amt, cur, self.bank_name(c), None, self.noise_ref(cur), None)
        self.emit(pay, "review", [], amt, None, "noid_no_fit",
                  f"Payer name suggests {c.name} (no customer_id); amount fits no open invoice or combination: "
                  f"review.", {"cust": c.cid, "cur": cur, "nofit": True})

    def _mismatch(self):
        for _ in range(100):
            inv = self.pick_inv(lambda i: True)
            c = inv.cust
            others = [x for x in VALID if x not in c.currencies]
            cur = self.rng.choice(others)
            return inv, c, cur
        raise Skip("none")

    def sc_currency_mismatch_custid(self):
        inv, c, cur = self._mismatch()
        amt = self.bal[inv.id]
        ref = self.rng.choice([None, self.inv_ref(inv)])
        pay = self.new_pay(amt, cur, self.payer(c, True), c.cid, ref, None, kind="app")
        self.emit(pay, "unapplied", [], amt, None, "currency_mismatch_custid",
                  f"{cur} payment from known customer {c.name}, who is billed only in {'/'.join(c.currencies)}; "
                  f"amount equals {inv.number} ({inv.currency}) numerically but cannot be applied across currencies: "
                  f"unapplied on account.")

    def sc_currency_mismatch_noid(self):
        inv, c, cur = self._mismatch()
        amt = self.bal[inv.id]
        ref = self.rng.choice([None, self.inv_ref(inv)])
        pay = self.new_pay(amt, cur, self.bank_name(c), None, ref, None)
        self.emit(pay, "review", [], amt, None, "currency_mismatch_noid",
                  f"{cur} payment, no customer_id; looks like {c.name}'s {inv.number} ({inv.currency}) but no "
                  f"invoice in {cur}: review.")

    def sc_two_currency_same_number(self):
        c, p, s = self._plan("two_currency_same_number")
        amt = self.bal[s.id]
        if self.nsub(c, s.currency, amt) != 1:
            raise Skip("not unique")
        wc = self.rng.random() < 0.5
        pay = self.new_pay(amt, s.currency, self.payer(c, wc), c.cid if wc else None, self.noise_ref(s.currency), None)
        self.emit(pay, "applied", [(s, amt)], Decimal(0), None, "two_currency_same_number",
                  f"{c.name} is billed in {c.currencies[0]} and {c.currencies[1]}; {p.number} ({p.currency}) and "
                  f"{s.number} ({s.currency}) have the same figure; the {s.currency} payment fits only {s.number}.",
                  {"basis": "amount", "cust": c.cid, "cur": s.currency})

    # --- errors
    def sc_error_negative(self):
        inv = self.pick_inv(lambda i: True)
        amt = -self.bal[inv.id]
        ref = self.rng.choice([f"REVERSAL {inv.number}", f"RETURN R01 INV {inv.number}", f"CHARGEBACK {inv.number}"])
        pay = self.new_pay(amt, inv.currency, self.bank_name(inv.cust), None, ref, None)
        self.emit(pay, "error", [], Decimal(0), None, "error_negative_amount",
                  "Negative amount (reversal/return) is not a receipt: bad input, nothing applied.")

    def sc_error_duplicate_id(self):
        prev = [p for p, e in zip(self.payments, self.expected) if e["status"] in ("applied", "partial")
                and not p.get("_iddup")]
        if not prev:
            raise Skip("none")
        p0 = self.rng.choice(prev)
        p0["_iddup"] = True
        pay = dict(p0)
        pay.pop("_dup", None)
        pay.pop("_iddup", None)
        pay["date"] = self.cur_date.isoformat()
        if self.rng.random() < 0.4:
            pay["amount"] = s2(Decimal(p0["amount"]) + dc(self.rng.randint(100, 90000)))
            what = "same id, different amount"
        else:
            what = "feed re-sent the same record"
        self.emit(pay, "error", [], Decimal(0), None, "error_duplicate_id",
                  f"Payment id {p0['id']} already used earlier in the batch ({what}): bad input, nothing applied.")

    def sc_error_unknown_currency(self):
        inv = self.pick_inv(lambda i: True)
        amt = self.bal[inv.id]
        bad = {"GBP": "GPB", "USD": "UDS", "EUR": "EUD", "CAD": "CND", "AUD": "AUS"}[inv.currency]
        pay = self.new_pay(amt, bad, self.bank_name(inv.cust), None, self.inv_ref(inv), None)
        self.emit(pay, "error", [], Decimal(0), None, "error_unknown_currency",
                  f"Currency code '{bad}' is not a known ISO code: bad input, nothing applied "
                  f"(even though the reference and amount fit {inv.number}).")

    # ------------------------------------------------------------------ run
    DEPENDENT = {"duplicate_payment", "duplicate_partial", "error_duplicate_id", "remainder_after_part",
                 "overpay_after_part"}

    def run(self):
        rng = self.rng
        sched = []
        for k, n in self.counts.items():
            sched += [k] * n
        indep = [k for k in sched if k not in self.DEPENDENT]
        dep = [k for k in sched if k in self.DEPENDENT]
        rng.shuffle(indep)
        for k in dep:
            pos = rng.randint(int(len(indep) * 0.45), len(indep))
            indep.insert(pos, k)
        sched = indep
        n = len(sched)
        days = []
        d = self.pay_start
        while d <= self.pay_end:
            if d.weekday() < 5:
                days.append(d)
            d += timedelta(days=1)
        dates = sorted(rng.choice(days) for _ in range(n + 40))
        di = 0
        queue = list(sched)
        retries = Counter()
        self.dropped = Counter()
        while queue:
            k = queue.pop(0)
            self.cur_date = dates[min(di, len(dates) - 1)]
            state = rng.getstate()
            snap = {key: list(v) for key, v in self.plans.items()}
            snap_cn = set(self.closed_numbers)
            try:
                getattr(self, "sc_" + k)()
                di += 1
            except Skip:
                self.plans = defaultdict(list, snap)
                self.closed_numbers = snap_cn
                rng.setstate(state)
                rng.random()
                retries[k] += 1
                if retries[k] < 8 and queue:
                    queue.insert(min(len(queue), rng.randint(3, 12)), k)
                else:
                    self.dropped[k] += 1
        for p in self.payments:
            p.pop("_dup", None)
            p.pop("_iddup", None)

    def write(self):
        d = os.path.join(HERE, self.name)
        os.makedirs(d, exist_ok=True)
        invs = sorted(self.invoices, key=lambda i: (i.issue, i.number))
        inv_json = [{"id": i.id, "number": i.number, "customer_id": i.cust.cid, "customer_name": i.cust.name,
                     "currency": i.currency, "total": s2(i.total), "balance": s2(i.balance0),
                     "issue_date": i.issue.isoformat(), "due_date": i.due.isoformat()} for i in invs]
        with open(os.path.join(d, "invoices.json"), "w", encoding="utf-8") as f:
            json.dump(inv_json, f, indent=1, ensure_ascii=False)
        with open(os.path.join(d, "payments.json"), "w", encoding="utf-8") as f:
            json.dump(self.payments, f, indent=1, ensure_ascii=False)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(self.expected, f, indent=1, ensure_ascii=False)


# =========================================================================== ledgers
def specials_qb():
    return [
        dict(name="Müller Maschinenbau GmbH", currencies=["EUR", "USD"], kind="special", tag="umlaut",
             bank_names=["MUELLER MASCHINENBAU GMBH", "MULLER MASCHINENBAU"]),
        dict(name="Jürgen Weiß Logistik GmbH", currencies=["EUR"], kind="special", tag="umlaut",
             bank_names=["JUERGEN WEISS LOGISTIK GMBH", "JURGEN WEISS LOGISTIK"]),
        dict(name="The Brandywine Group, Inc.", currencies=["USD"], kind="special", tag="the",
             bank_names=["BRANDYWINE GROUP INC", "BRANDYWINE GROUP"]),
        dict(name="J.B. Kessler Transport Inc", currencies=["USD"], kind="special", tag="initials",
             bank_names=["JB KESSLER TRANSPORT", "J B KESSLER TRANSPORT INC"]),
        dict(name="Harlan Foods LLC dba Rosie's Diner", currencies=["USD"], kind="special", tag="dba",
             bank_names=["ROSIES DINER", "ROSIE S DINER"]),
        dict(name="Intercontinental Freight Forwarders Inc", currencies=["USD", "CAD"], kind="special",
             tag="trunc", bank_names=["INTERCONTINENTAL F"]),
        dict(name="Consolidated Agricultural Equipment Distributors of America Inc", currencies=["USD"],
             kind="special", tag="trunc", bank_names=["CONSOLIDATED AGRICULTURAL EQUIPMENT"]),
        dict(name="Northern Lights Energy Partners LP", currencies=["CAD"], kind="special", tag="trunc_pair",
             bank_names=["NORTHERN LIGHTS EN"]),
        dict(name="Northern Lights Engineering Ltd", currencies=["CAD"], kind="special", tag="trunc_pair",
             bank_names=["NORTHERN LIGHTS EN"]),
        dict(name="Granite Peak Holdings Inc", currencies=["USD"], kind="parent", tag="group",
             bank_names=["GRANITE PEAK HOLDINGS INC", "GRANITE PEAK HOLDINGS"]),
        dict(name="Granite Peak Construction LLC", currencies=["USD"], kind="sub", tag="group",
             bank_names=["GRANITE PEAK CONSTRUCTION LLC"]),
        dict(name="Granite Peak Aggregates Inc", currencies=["USD", "CAD"], kind="sub", tag="group",
             bank_names=["GRANITE PEAK AGGREGATES INC"]),
        dict(name="Summit Ready Mix Co", currencies=["USD"], kind="sub", tag="group",
             bank_names=["SUMMIT READY MIX CO"]),
    ]


def specials_stripe():
    return [
        dict(name="Böhm & Söhne Verpackungen KG", currencies=["EUR"], kind="special", tag="umlaut",
             bank_names=["BOHM + SOHNE VERPACKUNGEN KG", "BOEHM UND SOEHNE VERPACKUNGEN"]),
        dict(name="Société Lyonnaise de Fret SAS", currencies=["EUR"], kind="special", tag="umlaut",
             bank_names=["SOCIETE LYONNAISE DE FRET SAS", "STE LYONNAISE DE FRET"]),
        dict(name="Weiß Logistik GmbH", currencies=["EUR", "GBP"], kind="special", tag="umlaut",
             bank_names=["WEISS LOGISTIK GMBH"]),
        dict(name="Oakhurst Partnership Ltd", currencies=["GBP"], kind="special", tag="the",
             bank_names=["THE OAKHURST PARTNERSHIP LTD", "THE OAKHURST PARTNERSHIP"]),
        dict(name="A.O. Whitfield & Co Ltd", currencies=["GBP"], kind="special", tag="initials",
             bank_names=["A O WHITFIELD & CO LTD", "AO WHITFIELD AND CO"]),
        dict(name="Blue Oak Hospitality LLC (dba Kettle & Crumb Bakery)", currencies=["USD"], kind="special",
             tag="dba", bank_names=["KETTLE AND CRUMB BAKERY", "KETTLE & CRUMB"]),
        dict(name="Australian Renewable Energy Installations Pty Ltd", currencies=["AUD"], kind="special",
             tag="trunc", bank_names=["AUSTRALIAN RENEWAB", "AUSTRALIAN RENEWABLE ENERGY INSTALL"]),
        dict(name="Pacific Coast Seafood Traders Pty Ltd", currencies=["AUD"], kind="special", tag="trunc_pair",
             bank_names=["PACIFIC COAST SEAF"]),
        dict(name="Pacific Coast Seafood Transport Pty Ltd", currencies=["AUD"], kind="special", tag="trunc_pair",
             bank_names=["PACIFIC COAST SEAF"]),
        dict(name="Meridian Health Group plc", currencies=["GBP"], kind="parent", tag="group",
             bank_names=["MERIDIAN HEALTH GROUP PLC", "MERIDIAN HEALTH GRP"]),
        dict(name="Meridian Clinics Ltd", currencies=["GBP"], kind="sub", tag="group",
             bank_names=["MERIDIAN CLINICS LTD"]),
        dict(name="Meridian Diagnostics Ltd", currencies=["GBP", "EUR"], kind="sub", tag="group",
             bank_names=["MERIDIAN DIAGNOSTICS LTD"]),
        dict(name="Harbourside Physio Ltd", currencies=["GBP"], kind="sub", tag="group",
             bank_names=["HARBOURSIDE PHYSIO LTD"]),
    ]


COMMON = {
    "ref_exact": 26, "ref_bank_format": 6, "amount_exact_unique": 12, "remainder_after_part": 5,
    "ref_multi_ids": 7, "ref_collision_po": 4, "ref_range_dash": 3, "ref_range_slash": 3,
    "ref_abbrev_list": 3, "ref_range_mismatch": 2, "ref_multi_list": 5, "ref_other_customer": 2,
    "ref_amount_conflict": 2, "ref_not_found": 2,
    "remit_fixed_width": 5, "remit_fixed_width_discount": 3, "remit_csv_semicolon": 3, "remit_csv_discount": 1,
    "remit_email_prose": 3, "remit_email_partial": 3, "remit_multipage": 2, "remit_credit_note_nets": 3,
    "remit_credit_note_not_adding": 2, "remit_total_mismatch": 3, "remit_total_short_fee_single": 2,
    "remit_total_line_wrong": 1, "remit_partial_line": 2,
    "parent_pays_sub_ref": 3, "parent_pays_sub_noref": 2, "dba_name_amount": 2, "dba_name_ref": 1,
    "truncated_name_amount": 3, "truncated_ambiguous_amount": 1, "truncated_ambiguous_ref": 1,
    "umlaut_name_amount": 3, "umlaut_name_ref": 2, "the_prefix_amount": 2, "initials_name_amount": 2,
    "person_payer_custid": 3,
    "bank_fee_short": 7, "short_over_threshold": 5, "early_pay_discount_ref": 4, "discount_mismatch": 2,
    "overpayment": 5, "overpay_after_part": 1, "duplicate_payment": 4, "duplicate_partial": 2,
    "two_equal_invoices": 3, "amount_single_vs_combo": 2, "lump_unique": 6, "lump_ambiguous": 3,
    "total_open_balance": 3, "unknown_payer_amount": 3, "custid_no_fit": 3, "noid_no_fit": 2,
    "currency_mismatch_custid": 3, "currency_mismatch_noid": 2, "two_currency_same_number": 2,
    "error_negative": 2, "error_duplicate_id": 2, "error_unknown_currency": 2,
}

QB_ONLY = {"ref_collision_acct": 3, "ref_acct_only": 2, "ref_amount_string": 2, "ref_amount_only": 2}
STRIPE_ONLY = {"ref_invoice_id": 6, "ref_seq_only_identified": 3, "ref_seq_only_unknown": 2}


def make_ledgers():
    c1 = dict(COMMON)
    c1.update(QB_ONLY)
    c1.update({"ref_exact": 30, "amount_exact_unique": 14})
    c2 = dict(COMMON)
    c2.update(STRIPE_ONLY)
    c2.update({"ref_exact": 34, "amount_exact_unique": 14, "lump_unique": 7, "overpayment": 6,
               "bank_fee_short": 8, "remit_fixed_width": 6, "remit_csv_semicolon": 5, "overpay_after_part": 2})
    l1 = Ledger("northwind_qb", "qb", 31337, 112,
                {"USD": 52, "CAD": 20, "EUR": 9, "GBP": 8, "AUD": 11},
                ["Logistics", "Supply", "Builders", "Foods", "Medical Supply", "Electric", "Plumbing & Heating",
                 "Hardware", "Packaging", "Marine Services", "Landscaping", "Auto Parts", "Dental Group",
                 "Veterinary Clinic", "Printing", "Construction", "Brewing", "Coffee Roasters", "Fitness", "Realty"],
                specials_qb(), c1, date(2025, 11, 3), date(2026, 3, 2), date(2026, 5, 15))
    l2 = Ledger("tessera_stripe", "stripe", 4242, 130,
                {"EUR": 34, "GBP": 25, "AUD": 15, "USD": 20, "CAD": 6},
                ["Analytics", "Studios", "Consulting", "Digital", "Labs", "Media", "Software", "Health",
                 "Learning", "Design", "Ventures", "Robotics", "Retail", "Travel", "Legal", "Architects",
                 "Marketing", "Systems"],
                specials_stripe(), c2, date(2025, 10, 20), date(2026, 2, 23), date(2026, 5, 8))
    return [l1, l2]


# =========================================================================== verification
def dfs_count(vals, target, cap=3):
    """Independent subset-sum count (branch and bound), capped at `cap`."""
    vals = sorted((v for v in vals if v > 0), reverse=True)
    suffix = [0] * (len(vals) + 1)
    for k in range(len(vals) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + vals[k]
    found = [0]
    seen = {}

    def rec(i, rem):
        if found[0] >= cap:
            return
        if rem == 0:
            found[0] += 1
            return
        if i == len(vals) or suffix[i] < rem:
            return
        key = (i, rem)
        before = found[0]
        if key in seen:
            found[0] += seen[key]
            return
        if vals[i] <= rem:
            rec(i + 1, rem - vals[i])
        rec(i + 1, rem)
        seen[key] = found[0] - before

    rec(0, target)
    return min(found[0], cap)


AMOUNT_BASED = {"amount_exact_unique", "ref_acct_only", "ref_amount_only", "dba_name_amount",
                "truncated_name_amount", "umlaut_name_amount", "the_prefix_amount", "initials_name_amount",
                "person_payer_custid", "lump_unique", "total_open_balance", "two_currency_same_number"}
NOT_LITERAL = {"ref_range_dash", "ref_range_slash", "ref_abbrev_list", "ref_seq_only_identified"}
AMBIGUOUS = {"two_equal_invoices", "amount_single_vs_combo", "lump_ambiguous"}


def verify(name, meta):
    d = os.path.join(HERE, name)
    invs = json.load(open(os.path.join(d, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(d, "payments.json"), encoding="utf-8"))
    exps = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    errs = []
    D = Decimal
    byid = {i["id"]: i for i in invs}
    assert len(byid) == len(invs), "duplicate invoice ids"
    assert len({i["number"] for i in invs}) == len(invs), "duplicate invoice numbers"
    names = defaultdict(set)
    for i in invs:
        names[i["customer_id"]].add(i["customer_name"])
        assert i["currency"] in VALID
        assert D(i["balance"]) > 0 and D(i["balance"]) <= D(i["total"]), i
        assert i["issue_date"] <= i["due_date"]
    assert all(len(v) == 1 for v in names.values()), "customer with two names"
    assert len({n for v in names.values() for n in v}) == len(names), "two customers share a name"
    bal = {i["id"]: D(i["balance"]) for i in invs}
    assert len(pays) == len(exps) == len(meta)
    seen = set()
    last_date = ""
    for p, e, m in zip(pays, exps, meta):
        tag = f"{name}:{p['id']}:{e['scenario']}"
        if p["id"] != e["payment_id"]:
            errs.append(tag + " id misaligned")
        if p["date"] < last_date:
            errs.append(tag + " not oldest first")
        last_date = p["date"]
        amount = D(p["amount"])
        bad = amount < 0 or p["id"] in seen or p["currency"] not in VALID
        seen.add(p["id"])
        if (e["status"] == "error") != bad:
            errs.append(tag + f" error status vs input mismatch (bad={bad})")
        if e["status"] == "error":
            if e["applications"]:
                errs.append(tag + " error with applications")
            continue
        apps = [(a["invoice_id"], D(a["amount"])) for a in e["applications"]]
        un = D(e["unapplied"])
        if sum((a for _, a in apps), D(0)) + un != amount:
            errs.append(tag + " does not add up")
        if un < 0:
            errs.append(tag + " negative unapplied")
        before = dict(bal)
        for iid, a in apps:
            inv = byid.get(iid)
            if inv is None:
                errs.append(tag + " unknown invoice")
                continue
            if inv["currency"] != p["currency"]:
                errs.append(tag + " currency mismatch")
            if not (0 < a <= bal[iid]):
                errs.append(tag + f" takes {iid} below zero")
            bal[iid] -= a
        st = e["status"]
        sp = e["short_pay"]
        left_open = any(bal[iid] > 0 for iid, _ in apps)
        if st == "applied" and (un != 0 or sp or left_open or not apps):
            errs.append(tag + " applied invariant")
        if st == "partial" and (un != 0 or not apps or not left_open):
            errs.append(tag + " partial invariant")
        if st == "unapplied" and un <= 0:
            errs.append(tag + " unapplied invariant")
        if st == "review" and (apps or un != amount or sp):
            errs.append(tag + " review invariant")
        if sp:
            if sp["invoice_id"] not in {iid for iid, _ in apps} or bal[sp["invoice_id"]] != D(sp["amount"]):
                errs.append(tag + " short_pay does not match what is left open")
        if st != "partial" and sp:
            errs.append(tag + " short_pay outside partial")
        scope = [i for i in invs if i["customer_id"] == m.get("cust") and i["currency"] == p["currency"]
                 and before[i["id"]] > 0]
        vals = [ct(before[i["id"]]) for i in scope]
        if e["scenario"] in AMOUNT_BASED:
            n = dfs_count(vals, ct(amount))
            chosen = {iid for iid, _ in apps}
            if n != 1 or not chosen <= {i["id"] for i in scope} or any(before[iid] != a for iid, a in apps):
                errs.append(tag + f" amount-based label not unique (count={n})")
        if e["scenario"] in AMBIGUOUS:
            n = dfs_count(vals, ct(amount))
            if n < 2:
                errs.append(tag + f" ambiguity label but count={n}")
        if (apps and e["scenario"] not in AMOUNT_BASED and e["scenario"] not in NOT_LITERAL):
            text = ((p["reference"] or "") + " " + (p["remittance"] or "")).upper()
            text = text.replace(" ", "").replace("-", "")
            for iid, _ in apps:
                if (byid[iid]["number"].upper().replace("-", "") not in text
                        and iid.upper() not in text):
                    errs.append(tag + f" applied invoice {byid[iid]['number']} not named in reference/remittance")
        if m.get("nofit"):
            if dfs_count(vals, ct(amount)) != 0:
                errs.append(tag + " no-fit label but a combination fits")
    return errs, invs, pays, exps



GLOSSARY = {
    "ref_exact": "reference names one invoice (many spellings), amount = balance",
    "ref_bank_format": "rail-specific reference: NACHA RMR*IV addenda, SEPA EREF+/SVWZ+, 18-char BACS, EFT, BPAY-style",
    "amount_exact_unique": "no invoice reference; payer identified; amount = exactly one open invoice and no combination",
    "remainder_after_part": "pays the remaining balance of an invoice part-paid at the snapshot or earlier in the file",
    "ref_multi_ids": "reference mixes account no., PO, invoice no. and a date",
    "ref_collision_po": "PO in the reference equals another invoice number (other customer / same prefix sequence)",
    "ref_collision_acct": "payer's account number (= customer_id) equals another customer's invoice number",
    "ref_acct_only": "reference is only that colliding account number; applied by unique amount",
    "ref_amount_string": "reference contains the amount (e.g. 10737.00) which equals another invoice number",
    "ref_amount_only": "reference is only such an amount string; applied by unique amount",
    "ref_range_dash": "'INV 10234-36' / 'PREFIX-0001-0003' ranges",
    "ref_range_slash": "'10234/35', '10234/35/36', 'INV 10234/36' (middle one not paid)",
    "ref_abbrev_list": "'10234, 235 & 237' abbreviated lists",
    "ref_range_mismatch": "range referenced but the amount does not add up (several invoices) -> review",
    "ref_multi_list": "several full invoice numbers (incl. multiple RMR segments)",
    "ref_other_customer": "reference names another customer's invoice (often a digit transposition) while the amount fits the payer's own -> review",
    "ref_amount_conflict": "reference names invoice A but amount equals exactly the customer's invoice B -> review",
    "ref_not_found": "reference names a closed / not-open invoice; amount happens to fit an open one -> review",
    "ref_invoice_id": "Stripe: reference carries the invoice system id (in_...) instead of its number",
    "ref_seq_only_identified": "Stripe: only the sequence part ('Invoice #11'), payer identified",
    "ref_seq_only_unknown": "Stripe: only the sequence part, payer unknown, two customers fit -> review",
    "remit_fixed_width": "fixed-width Gross/Discount/Net advice, no discount",
    "remit_fixed_width_discount": "fixed-width advice with a 2% discount on one line -> partial + short_pay",
    "remit_csv_semicolon": "semicolon CSV with decimal commas (de/nl/fr headers)",
    "remit_csv_discount": "semicolon CSV with Skonto on one line -> partial + short_pay",
    "remit_email_prose": "e-mail: 'apply X to A and the rest to B', both full",
    "remit_email_partial": "e-mail instruction leaves one invoice part-paid -> partial, no short_pay",
    "remit_multipage": "multi-page advice with repeated headers and page subtotals",
    "remit_credit_note_nets": "credit-note line netted; our balance already reflects it, adds up -> applied",
    "remit_credit_note_not_adding": "deduction / debit-memo line not reflected in our balances -> review",
    "remit_total_mismatch": "advice total != payment over several invoices -> review",
    "remit_total_short_fee_single": "one-invoice advice, fee-sized shortfall -> bank fee short pay",
    "remit_total_line_wrong": "advice's printed TOTAL is a typo; lines add up to the payment -> applied",
    "remit_partial_line": "advice marks one line 'partial payment' -> partial, no short_pay",
    "parent_pays_sub_ref": "parent pays subsidiary invoices with an unambiguous reference",
    "parent_pays_sub_noref": "parent pays, no reference, amount fits a subsidiary invoice -> review",
    "dba_name_amount": "payer uses the trading-as (dba) name; unique amount",
    "dba_name_ref": "payer uses the dba name; invoice reference",
    "truncated_name_amount": "payer name truncated at 18 / 35 chars; unique amount",
    "truncated_ambiguous_amount": "truncated name fits two customers, each with an invoice of that amount -> review",
    "truncated_ambiguous_ref": "truncated name fits two customers but the reference decides",
    "umlaut_name_amount": "MUELLER vs Müller, SOCIETE vs Société etc.; unique amount",
    "umlaut_name_ref": "umlaut / transliteration with an invoice reference",
    "the_prefix_amount": "'THE' prefix added or dropped; unique amount",
    "initials_name_amount": "'JB KESSLER' vs 'J.B. Kessler', 'A O WHITFIELD' vs 'A.O. Whitfield'; unique amount",
    "person_payer_custid": "customer_id present, payer is a person (card holder / employee)",
    "bank_fee_short": "single referenced invoice, no remittance, shortfall 10-40 and <= 2% -> partial + bank fee",
    "short_over_threshold": "shortfall > 2% or > 50 units (or about half paid), no reason -> partial part payment",
    "early_pay_discount_ref": "reference states 2% discount -> partial + short_pay",
    "discount_mismatch": "reference claims 2% but a larger amount was deducted -> review",
    "overpayment": "reference + amount above the balance; excess fits nothing -> unapplied remainder",
    "overpay_after_part": "full original amount paid on an already part-paid invoice -> unapplied remainder",
    "duplicate_payment": "second payment of an invoice already paid in this file -> unapplied",
    "duplicate_partial": "reference lists a paid and an open invoice -> apply the open one, rest unapplied",
    "two_equal_invoices": "amount equals two open invoices of one customer -> review",
    "amount_single_vs_combo": "amount equals one invoice and also a pair -> review",
    "lump_unique": "2-5 invoices, no numbers, exactly one combination fits -> applied",
    "lump_ambiguous": "lump sum with more than one fitting combination -> review",
    "total_open_balance": "amount = customer's total open balance in that currency -> applied to all",
    "unknown_payer_amount": "payer unidentifiable, amount fits one invoice in the ledger -> review",
    "custid_no_fit": "customer_id present, amount fits nothing -> unapplied",
    "noid_no_fit": "no customer_id, name suggests a customer, amount fits nothing -> review",
    "currency_mismatch_custid": "customer_id present, currency the customer is never billed in -> unapplied",
    "currency_mismatch_noid": "same without customer_id -> review",
    "two_currency_same_number": "two-currency customer, same figure in both currencies; payment currency decides",
    "error_negative_amount": "negative amount -> error",
    "error_duplicate_id": "payment id re-used later in the file -> error (first occurrence processed normally)",
    "error_unknown_currency": "non-ISO currency code (GPB, UDS, EUD, CND, AUS) -> error",
}

# =========================================================================== README
def readme(results):
    lines = ["# Blind cash-application set #3", "",
             "Written blind (without reading the engine or earlier sets) against "
             "`/work/shared/contracts/cash-application.md`. Regenerate with `python3 build.py` "
             "(deterministic, stdlib only; the script re-reads the files and verifies them).", "",
             "## Files", "",
             "Per ledger directory: `invoices.json`, `payments.json` (oldest first), `expected.json` (same order "
             "as payments; fields `payment_id, status, applications, unapplied, short_pay, scenario, note`).", "",
             "| ledger | style | customers | open invoices | payments |", "|---|---|---|---|---|"]
    for name, style, invs, pays, exps in results:
        lines.append(f"| {name} | {style} | {len({i['customer_id'] for i in invs})} | {len(invs)} | {len(pays)} |")
    lines += ["",
              "* `northwind_qb`: QuickBooks-style plain invoice numbers (`10234`), numeric account numbers as "
              "customer ids (some equal another customer's invoice number), US/CA-heavy, bank feed + QBO payments.",
              "* `tessera_stripe`: Stripe-style numbers (`3F9A21C7-0007`, per-customer prefix + sequence), "
              "`cus_…` customer ids, SaaS plan prices with VAT/GST (many equal amounts), EU/UK-heavy.", "",
              "## Label conventions", "",
              "* A careful senior AR clerk's decision. When the clerk could not be SURE the label is `review` "
              "(a wrong application is far worse than none).",
              "* `review`: `applications` empty, `unapplied` = full payment amount (nothing applied).",
              "* `error` (negative amount, payment id already used earlier in the file, currency code not ISO): "
              "`applications` empty, `unapplied` \"0.00\". For a duplicated id the FIRST occurrence is processed "
              "normally, the later one is the error.",
              "* `short_pay.reason`: `bank fee` or `early payment discount` (reason text is informative only).",
              "* Bank fee rule: no stated reason, single referenced invoice, shortfall ≤ 50 units AND ≤ 2% → "
              "`partial` + short_pay; otherwise `partial` part payment, `short_pay` null.",
              "* Discount stated by reference/advice → `partial` + short_pay on that invoice; a claimed discount "
              "that does not add up → `review`.",
              "* Credit-note lines in an advice: apply the net to the invoices only if it adds up to our open "
              "balances (credit already reflected in the balance); otherwise `review`.",
              "* Known customer (customer_id present) whose payment fits no invoice (incl. wrong currency) → "
              "`unapplied`; the same without customer_id → `review`.",
              "* Overpayment / second payment of a paid invoice → `unapplied` (remainder held; applications listed).",
              "* Parent paying for a subsidiary: `applied` only with an unambiguous reference and matching amount, "
              "else `review`.",
              "* Every amount-based `applied` label (no invoice reference) was checked with an independent "
              "subset-sum search over the customer's open invoices in that currency at that point of the "
              "sequence: exactly one combination fits. Ambiguity labels were checked to have ≥ 2.",
              "* Sequential: balances carry from payment to payment following the expected labels.",
              "* Short-paid invoices keep their deduction open; later payments in the file do not touch them.", "",
              "## Judgement calls a reviewer may want to check", "",
              "* `remit_total_line_wrong` is `applied`: only the printed TOTAL is wrong (digit swap); every line "
              "equals an open balance and the lines add up to the payment.",
              "* `ref_acct_only` / `ref_amount_only` are `applied` by unique amount although the reference "
              "contains a number that is another customer's invoice number (it is labelled A/C or has decimals).",
              "* `ref_other_customer`, `ref_amount_conflict`, `ref_not_found` are `review` even though the amount "
              "alone fits one of the payer's invoices uniquely: the reference contradicts it.",
              "* `remit_email_partial` / `remit_partial_line` are `partial` with no short_pay: the customer "
              "explicitly directs a part payment.",
              "* `ref_range_slash` 'INV a/c' with b open: both readings ('a and c', 'a through c') lead to the same "
              "application only because the amount equals a + c exactly.",
              "* `duplicate_partial`: the paid invoice's share is held unapplied, the open one applied in full.",
              "* Error codes are typo/non-ISO codes; `CND`/`AUS` are recognisable to a human but are not ISO "
              "codes, so the input is rejected.", "",
              "## Counts by status", "", "| status | " + " | ".join(r[0] for r in results) + " | total |",
              "|---|" + "---|" * (len(results) + 1)]
    statuses = ["applied", "partial", "unapplied", "review", "error"]
    for st in statuses:
        row = [sum(1 for e in r[4] if e["status"] == st) for r in results]
        lines.append(f"| {st} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    lines += ["", "## Counts by scenario", "",
              "| scenario | status | " + " | ".join(r[0] for r in results) + " | total |",
              "|---|---|" + "---|" * (len(results) + 1)]
    keys = sorted({(e["scenario"], e["status"]) for r in results for e in r[4]})
    for sc, st in keys:
        row = [sum(1 for e in r[4] if e["scenario"] == sc and e["status"] == st) for r in results]
        lines.append(f"| {sc} | {st} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    lines += ["", "## Scenario glossary", ""]
    for sc in sorted({e["scenario"] for r in results for e in r[4]}):
        lines.append(f"* `{sc}`: {GLOSSARY.get(sc, '')}")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    results = []
    all_errs = []
    for L in make_ledgers():
        L.build_customers()
        L.build_invoices()
        L.plan()
        L.run()
        L.write()
        errs, invs, pays, exps = verify(L.name, L.meta)
        all_errs += errs
        results.append((L.name, L.style, invs, pays, exps))
        print(f"{L.name}: customers={len({i['customer_id'] for i in invs})} invoices={len(invs)} "
              f"payments={len(pays)} dropped={dict(L.dropped)}")
        print("  status:", dict(Counter(e["status"] for e in exps)))
    readme(results)
    if all_errs:
        print("VERIFY FAILED:")
        for e in all_errs:
            print("  ", e)
        sys.exit(1)
    print("verify: OK")


if __name__ == "__main__":
    main()
