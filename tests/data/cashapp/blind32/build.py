#!/usr/bin/env python3
"""Blind cash-application test set: AU/NZ wholesale hardware & garden supplies.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_anz_hardware/*.json
and README.md byte for byte.
"""
import json
import os
import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_anz_hardware")
SEED = 102_2026
rng = random.Random(SEED)

C = Decimal("0.01")
Z = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def money(x):
    """1,234.56 as printed on remittance advices."""
    return "{:,.2f}".format(q(x))


def dmy(d):
    return d.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- stage 1: customers
FLORA_AU = ["Wattle", "Banksia", "Grevillea", "Ironbark", "Jarrah", "Coolabah", "Karri", "Mallee",
            "Bottlebrush", "Waratah", "Boronia", "Lilly Pilly", "Tuart", "Marri", "Bluegum", "Stringybark",
            "Casuarina", "Hakea", "Kurrajong", "Saltbush", "Brigalow", "Melaleuca", "Callistemon",
            "Flame Tree", "Paperbark", "Spinifex", "Kangaroo Paw", "Correa", "Westringia", "Lomandra",
            "Blackbutt", "Yellowbox", "Redgum", "Sheoak", "Quandong", "Myall", "Wilga", "Gidgee",
            "Tallowwood", "Spotted Gum", "Brush Box", "Bunya", "Hoop Pine", "Macadamia", "Davidson",
            "Tamarind", "Illawarra", "Dorrigo", "Bellarine", "Mornington", "Fleurieu", "Gippsland",
            "Riverina", "Barossa", "Derwent", "Tamar", "Clarence", "Hawkesbury", "Goulburn", "Loddon",
            "Murrumbidgee", "Namoi", "Macleay", "Burdekin", "Fitzroy", "Ord", "Gascoyne", "Avon",
            "Blackwood", "Onkaparinga", "Torrens", "Coorong", "Otway", "Grampians", "Wimmera", "Mallacoota"]
FLORA_NZ = ["Kowhai", "Rimu", "Totara", "Pohutukawa", "Manuka", "Harakeke", "Matai", "Kauri", "Tui",
            "Kea", "Ruapehu", "Tararua", "Kaimai", "Rangitoto", "Hauraki", "Waitemata", "Kapiti",
            "Horowhenua", "Manawatu", "Wairarapa", "Tasman Bay", "Kaikoura", "Waitaki", "Clutha",
            "Catlins", "Fiordland", "Aoraki", "Pukeko", "Kereru", "Piwakawaka", "Koromiko", "Puriri",
            "Karaka", "Miro", "Tawa", "Hinau", "Kahikatea", "Ngaio", "Titoki", "Whau", "Kanuka",
            "Mahoe", "Toetoe", "Raupo", "Korimako", "Rakaia", "Waimakariri", "Hurunui", "Takaka", "Motueka"]
FLORA_PAC = ["Nadi", "Lautoka", "Suva", "Apia", "Port Vila", "Nukualofa", "Rarotonga", "Honiara",
             "Savusavu", "Labasa", "Luganville", "Vavau"]
FIRST = ["Darren", "Shane", "Kylie", "Bronwyn", "Craig", "Leanne", "Troy", "Nathan", "Tamsin", "Brett",
         "Wiremu", "Aroha", "Hemi", "Mereana", "Rawiri", "Sione", "Lachlan", "Mitchell", "Jarrod", "Kirsty"]
LAST = ["McKenzie", "O'Brien", "Nguyen", "Fraser", "Patel", "Kowalski", "Ngata", "Te Whata", "Pereira",
        "Sullivan", "Hughes", "Papadopoulos", "Tuilagi", "Walker", "Henare", "Lindqvist", "Rossi", "Kaur"]

AU_RETAIL = ["{w} Hardware Pty Ltd", "{w} Home & Garden Pty Ltd", "{w} Mitre & Trade Supplies Pty Ltd",
             "{w} Garden Centre Pty Ltd", "{w} Rural Supplies Pty Ltd", "{w} Nursery & Landscape Supplies",
             "{w} Timber & Hardware Pty Ltd", "{w} Produce & Garden Store"]
AU_LAND = ["{w} Landscapes Pty Ltd", "{w} Landscape Construction Pty Ltd", "{w} Turf & Irrigation Pty Ltd",
           "{f} {l} Landscaping", "{w} Outdoor Living Pty Ltd", "{w} Garden Maintenance Services"]
AU_COUNCIL = ["{w} Shire Council", "City of {w}", "{w} Regional Council", "{w} City Council",
              "Municipality of {w}"]
NZ_RETAIL = ["{w} Hardware Ltd", "{w} Garden Centre Ltd", "{w} Home & Garden Ltd", "{w} Rural Supplies Ltd",
             "{w} Building Supplies Ltd", "{w} Nurseries Ltd"]
NZ_LAND = ["{w} Landscapes Ltd", "{f} {l} Landscaping Ltd", "{w} Grounds & Gardens Ltd", "{w} Turf Ltd"]
NZ_COUNCIL = ["{w} District Council", "{w} City Council", "{w} Regional Council"]
PAC = ["{w} Hardware & Marine Ltd", "{w} Trading Company Ltd", "{w} Home Centre Ltd", "{w} Building Supplies"]

STATE = {}


def build_customers():
    custs = []
    used_ids = set()
    used_names = set()

    def cid():
        while True:
            v = "C%05d" % rng.randint(10000, 99999)
            if v not in used_ids:
                used_ids.add(v)
                return v

    def make(region, kind, words, templates, n):
        pool = list(words)
        rng.shuffle(pool)
        made = 0
        i = 0
        while made < n:
            w = pool[i % len(pool)]
            i += 1
            t = rng.choice(templates)
            name = t.format(w=w, f=rng.choice(FIRST), l=rng.choice(LAST))
            if name in used_names:
                continue
            used_names.add(name)
            cur = {"AU": "AUD", "NZ": "NZD", "PAC": "USD"}[region]
            custs.append({"id": cid(), "name": name, "region": region, "kind": kind,
                          "word": w if "{w}" in t else None, "currencies": [cur]})
            made += 1

    make("AU", "retail", FLORA_AU, AU_RETAIL, 92)
    make("AU", "landscaper", FLORA_AU, AU_LAND, 52)
    make("AU", "council", FLORA_AU, AU_COUNCIL, 42)
    make("NZ", "retail", FLORA_NZ, NZ_RETAIL, 48)
    make("NZ", "landscaper", FLORA_NZ, NZ_LAND, 24)
    make("NZ", "council", FLORA_NZ, NZ_COUNCIL, 22)
    make("PAC", "retail", FLORA_PAC, PAC, 12)
    # a handful of AU retailers also import by the container in USD
    au_retail = [c for c in custs if c["region"] == "AU" and c["kind"] == "retail"]
    for c in rng.sample(au_retail, 8):
        c["currencies"].append("USD")
        c["dual"] = True
    rng.shuffle(custs)
    # distinctive first word -> can be recognised from a bank payer name
    words = defaultdict(int)
    for c in custs:
        words[c["name"].split()[0] if c["word"] is None else c["word"]] += 1
    for c in custs:
        key = c["name"].split()[0] if c["word"] is None else c["word"]
        c["unique_word"] = words[key] == 1 and c["word"] is not None
    return custs


# ---------------------------------------------------------------- stage 1b: invoices
STANDARD_PRICES = {  # list-price pallets / bundles, identical totals across customers
    "AUD": ["1485.00", "2178.00", "662.20", "3960.00", "891.00", "1254.00"],
    "NZD": ["1437.50", "2242.50", "713.00", "3392.50"],
    "USD": ["4850.00"],
}
GST = {"AUD": Decimal("0.10"), "NZD": Decimal("0.15"), "USD": Decimal("0")}


def rand_total(cur, kind):
    lo, hi = {"retail": (60, 9000), "landscaper": (80, 6000), "council": (150, 24000)}[kind]
    if cur == "USD":
        lo, hi = 1500, 38000
    # log-uniform ex-GST amount, then GST on top (tax invoice totals)
    import math
    net = Decimal(str(round(math.exp(rng.uniform(math.log(lo), math.log(hi))), 2)))
    return q(net * (1 + GST[cur]))


def end_of_next_month(d):
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    nm = date(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return nm - timedelta(days=1)


def build_invoices(custs):
    invs = []
    used_ids = set()

    def iid():
        while True:
            v = "inv_%06x" % rng.randint(0x100000, 0xFFFFFF)
            if v not in used_ids:
                used_ids.add(v)
                return v

    weights = [{"retail": 5, "landscaper": 3, "council": 7}[c["kind"]] for c in custs]
    start = date(2025, 11, 3)
    end = date(2026, 2, 27)
    number = 318000
    d = start
    # ~13 invoices per business day
    while d <= end:
        if d.weekday() < 5 and not (date(2025, 12, 24) < d < date(2026, 1, 5)):
            n_today = rng.randint(14, 24)
            k = 0
            while k < n_today:
                c = rng.choices(custs, weights)[0]
                batch = 1
                if c["kind"] == "council" and rng.random() < 0.35:
                    batch = rng.randint(3, 6)   # month-end batch of delivery dockets
                cur = c["currencies"][0]
                if c.get("dual") and rng.random() < 0.4:
                    cur = "USD"
                for _ in range(batch):
                    number += rng.choice([1, 1, 1, 1, 2, 3])
                    total = rand_total(cur, c["kind"])
                    if rng.random() < 0.05 and cur in STANDARD_PRICES:
                        total = Decimal(rng.choice(STANDARD_PRICES[cur]))
                    if c["kind"] == "council":
                        terms = "eom30"
                    else:
                        terms = rng.choice(["eom30", "eom30", "d30", "d14"])
                    due = end_of_next_month(d) if terms == "eom30" else d + timedelta(days=int(terms[1:]))
                    balance = total
                    if rng.random() < 0.07:   # earlier part payment / credit already allocated
                        balance = q(total * Decimal(rng.choice(["0.5", "0.4", "0.25", "0.8"])))
                        balance = q(balance - Decimal(rng.randint(0, 5000)) / 100) if balance > 100 else balance
                    invs.append({"id": iid(), "number": "INV-%06d" % number, "customer_id": c["id"],
                                 "customer_name": c["name"], "currency": cur, "total": total,
                                 "balance": balance, "issue_date": d, "due_date": due})
                k += batch
        d += timedelta(days=1)
    # repeat orders with identical totals for the same customer (amount-only ambiguity)
    by_c = defaultdict(list)
    for inv in invs:
        by_c[(inv["customer_id"], inv["currency"])].append(inv)
    keys = sorted(k for k, v in by_c.items() if len(v) >= 4)
    for k in rng.sample(keys, 26):
        a, b = rng.sample(by_c[k], 2)
        b["total"] = a["total"]
        b["balance"] = a["balance"] = a["total"]
    # dual-currency customers: one USD invoice whose figure equals an AUD invoice's figure
    for c in custs:
        if c.get("dual"):
            usd = [i for i in by_c[(c["id"], "USD")]]
            aud = [i for i in by_c[(c["id"], "AUD")]]
            if usd and aud:
                u = rng.choice(usd)
                a = rng.choice(aud)
                a["total"] = a["balance"] = u["total"] = u["balance"]
    # amounts that read like one of the customer's own invoice numbers (3194.17 vs INV-319417)
    STATE["lookalikes"] = []
    twins = {i["id"] for v in by_c.values() for i in v if sum(1 for j in v if j["total"] == i["total"]) > 1}
    for k in rng.sample([k for k in keys if k[1] != "USD"], 12):
        v = [i for i in by_c[k] if i["id"] not in twins and i["balance"] == i["total"]]
        if len(v) < 3 or len(STATE["lookalikes"]) >= 5:
            continue
        x, y = rng.sample(v, 2)
        x["total"] = x["balance"] = Decimal(num6(y)) / 100
        STATE["lookalikes"].append((x["id"], y["id"]))
    return invs


# ---------------------------------------------------------------- stage 2: bank text
ME_AU = "Southern Cross Hardware & Garden Supplies Pty Ltd"
ME_NZ = "Southern Cross Hardware & Garden (NZ) Ltd"


def luhn_digit(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def num6(inv):
    return inv["number"][4:]


def fmt_num(inv, style=None):
    n = num6(inv)
    style = style or rng.choice(["INV{n}", "INV{n}", "INV-{n}", "INV {n}", "{n}", "{n}", "IN{n}", "Inv {n}"])
    return style.format(n=n)


def bank_name(c, width=20):
    n = c["name"].upper().replace("&", "AND") if rng.random() < 0.3 else c["name"].upper()
    n = n.replace("'", "")
    if rng.random() < 0.5:
        n = n.replace(" PTY LTD", " P/L") if rng.random() < 0.4 else n
    return n[:width].rstrip()


def short_name(c, width=12):
    w = c["name"].upper().replace("'", "").replace("&", "").replace("  ", " ")
    parts = w.split()
    if len(parts) > 1 and rng.random() < 0.5:
        w = parts[0] + " " + parts[1][:3]
    return w[:width].rstrip()


def channel_for(c, cur):
    if cur == "USD":
        return "swift"
    if cur == "NZD":
        return "nz"
    return rng.choice(["dc", "dc", "bpay", "osko"])


def ref_single(c, cur, inv, ch=None):
    """A bank reference naming exactly one invoice; the number is never cut."""
    ch = ch or channel_for(c, cur)
    n = num6(inv)
    if ch == "bpay":
        return "BPAY CRN " + n + luhn_digit(n) if rng.random() < 0.6 else "BPAY " + n + luhn_digit(n), ch
    if ch == "dc":
        f = fmt_num(inv)
        opts = [f, f + " " + short_name(c), short_name(c, 8) + " " + f, "PMT " + f, "TFR " + f]
        r = rng.choice(opts)[:18].rstrip()
        if n not in r:
            r = f
        return r, ch
    if ch == "osko":
        f = fmt_num(inv, rng.choice(["INV-{n}", "INV{n}", "invoice {n}", "Inv {n}"]))
        return rng.choice(["Payment for " + f, f + " thanks", "OSKO " + f.upper(), f + " " + c["name"].split()[0]]), ch
    if ch == "nz":
        f = fmt_num(inv, rng.choice(["INV{n}", "{n}", "INV {n}", "IN{n}"]))
        p = short_name(c)
        code = rng.choice(["", "ACCT", c["id"], "HARDWARE", "GARDEN"])
        if rng.random() < 0.5:
            return "{:<12} {:<12} {}".format(p, f, code).rstrip(), ch
        return "Particulars: {} Code: {} Reference: {}".format(p, code or "-", f), ch
    if ch == "swift":
        f = fmt_num(inv, rng.choice(["INV{n}", "INV {n}", "{n}", "INV-{n}"]))
        return rng.choice(["/RFB/" + f, "/INV/" + n + "/" + q(inv["balance"]).to_eng_string(),
                           "PAYMENT " + f + " ORD " + bank_name(c, 16), f + " /BNF/SCHG"]), ch
    raise ValueError(ch)


def payer_for(c, ch):
    if ch == "osko":
        return c["name"].upper() if rng.random() < 0.5 else bank_name(c, 30)
    if ch == "swift":
        where = ["SUVA FJ", "APIA WS", "PORT VILA VU", "NADI FJ", "NUKUALOFA TO"] if c["region"] == "PAC" \
            else ["SYDNEY AU", "BRISBANE AU", "MELBOURNE AU"]
        return (c["name"].upper() + " " + rng.choice(where))[:35]
    return bank_name(c)


def remit_doc(c, cur, pay_date, lines, total, extra=None, style=None):
    """lines: list of (invoice, paid_amount, gross, comment)."""
    style = style or ("council" if c["kind"] == "council" else rng.choice(["table", "email"]))
    sym = {"AUD": "$", "NZD": "$", "USD": "US$"}[cur]
    me = ME_NZ if cur == "NZD" else ME_AU
    out = []
    if style == "council":
        doc = rng.randint(19000000, 19099999)
        out.append(rng.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE", "EFT REMITTANCE ADVICE"]))
        out.append("From: %s - Accounts Payable" % c["name"])
        out.append("To: %s (Supplier No. %d)" % (me, rng.randint(30000, 49999)))
        out.append("Payment date: %s    EFT No: %07d" % (dmy(pay_date), rng.randint(1000, 99999)))
        out.append("")
        out.append("%-10s %-12s %-11s %12s %12s" % ("Doc No", "Invoice No", "Inv Date", "Gross", "Paid"))
        for k, (inv, paid, gross, com) in enumerate(lines):
            out.append(("%-10d %-12s %-11s %12s %12s  %s" % (
                doc + k * rng.randint(1, 9), fmt_num(inv, rng.choice(["{n}", "INV{n}", "INV-{n}"])),
                dmy(inv["issue_date"]), money(gross), money(paid), com or "")).rstrip())
        if extra:
            out.extend(extra)
        out.append("")
        out.append("Total paid: %s%s %s" % (sym, money(total), cur))
        out.append("Enquiries: accounts.payable@%s.example" % (c["word"] or "council").lower().replace(" ", ""))
    elif style == "table":
        out.append("Remittance - %s" % c["name"])
        out.append("Date %s" % dmy(pay_date))
        out.append("Invoice        Amount")
        for inv, paid, gross, com in lines:
            out.append(("%-14s %s%s  %s" % (fmt_num(inv, rng.choice(["INV-{n}", "{n}", "INV{n}"])), sym,
                                             money(paid), com or "")).rstrip())
        if extra:
            out.extend(extra)
        out.append("TOTAL          %s%s" % (sym, money(total)))
    else:  # email
        first = rng.choice(FIRST)
        nums = ", ".join(fmt_num(inv, "{n}") if k else fmt_num(inv, rng.choice(["INV-{n}", "invoice {n}", "inv {n}"]))
                         for k, (inv, paid, gross, com) in enumerate(lines))
        out.append(rng.choice(["Hi team,", "Good morning,", "Hi Accounts,", "Kia ora,"
                               if cur == "NZD" else "G'day,"]))
        out.append("")
        if len(lines) == 1 and not lines[0][3]:
            out.append("We have paid %s%s today for %s." % (sym, money(total), nums))
        else:
            out.append("Payment of %s%s sent today covering %s." % (sym, money(total), nums))
            for inv, paid, gross, com in lines:
                if com or paid != gross:
                    out.append("  %s: %s%s%s" % (fmt_num(inv, "INV-{n}"), sym, money(paid), (" - " + com) if com else ""))
        if extra:
            out.extend(extra)
        out.append("")
        out.append("Cheers,")
        out.append("%s (Accounts) - %s" % (first, c["name"]))
    return "\n".join(out)


# ---------------------------------------------------------------- stage 3: ledger replay + scenarios
class Ledger:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.by_num = {i["number"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.by_cc = defaultdict(list)
        for i in invs:
            self.by_cc[(i["customer_id"], i["currency"])].append(i)
        self.used = set()
        self.pay_ids = set()
        self.paid_full = []     # (payment, invoice) fully paid by a reference payment
        self.instalments = []   # (customer, invoice) part-paid, waiting for the rest

    def open(self, cid, cur):
        return sorted((i for i in self.by_cc[(cid, cur)] if self.bal[i["id"]] > 0),
                      key=lambda i: (i["due_date"], i["number"]))

    def fresh(self, cid, cur):
        return [i for i in self.open(cid, cur) if i["id"] not in self.used and self.bal[i["id"]] == i["total"]]

    def matches(self, cid, cur, amt):
        return [i for i in self.open(cid, cur) if self.bal[i["id"]] == amt]

    def pair_matches(self, cid, cur, amt):
        o = self.open(cid, cur)
        out = []
        for a in range(len(o)):
            for b in range(a + 1, len(o)):
                if self.bal[o[a]["id"]] + self.bal[o[b]["id"]] == amt:
                    out.append((o[a], o[b]))
        return out

    def ledger_matches(self, cur, amt):
        return [i for i in self.invs if i["currency"] == cur and self.bal[i["id"]] == amt]

    def no_fit(self, cid, cur, amt):
        """amount is not a balance, nor a pair of balances, nor the whole account"""
        o = self.open(cid, cur)
        return (not self.matches(cid, cur, amt) and not self.pair_matches(cid, cur, amt)
                and sum((self.bal[i["id"]] for i in o), Z) != amt)

    def pid(self):
        while True:
            v = "pmt_%08x" % rng.randint(0x10000000, 0xFFFFFFFF)
            if v not in self.pay_ids:
                self.pay_ids.add(v)
                return v

    def commit(self, label):
        for a in label["applications"]:
            self.bal[a["invoice_id"]] -= Decimal(a["amount"])
            assert self.bal[a["invoice_id"]] >= 0
            self.used.add(a["invoice_id"])
        for cand in label["candidates"]:
            self.used.update(cand["invoice_ids"])


def pay(L, d, amt, cur, payer, cid, ref, remit):
    return {"id": L.pid(), "date": d.isoformat(), "amount": s(amt), "currency": cur, "payer_name": payer,
            "customer_id": cid, "reference": ref, "remittance": remit}


def lab(p, status, apps=(), unapplied=Z, short=None, cands=(), reason="", scenario="", note=""):
    return {"payment_id": p["id"], "status": status,
            "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short,
            "candidates": [{"invoice_ids": [i["id"] for i in cset]} for cset in cands],
            "reason": reason, "scenario": scenario, "note": note}


def cid_or_null(c, p_known=0.7):
    return c["id"] if rng.random() < p_known else None


def pick(L, cond, cur=None, tries=400):
    """random customer (and currency) satisfying cond(c, cur) -> value or None"""
    for _ in range(tries):
        c = rng.choice(L.custs)
        cu = cur or rng.choice(c["currencies"])
        if cu not in c["currencies"]:
            continue
        v = cond(c, cu)
        if v:
            return c, cu, v
    return None


def bal(L, i):
    return L.bal[i["id"]]


USELESS_AU = ["ACCOUNT PAYMENT", "SUPPLIER PAYMENT", "MARCH ACCT", "PAYMENT", "ACC PAYMENT THANKS",
              "TRADE ACCOUNT", "CREDITORS RUN", None]
USELESS_NZ = ["Particulars: {p} Code: ACCOUNT Reference: MARCH", "{p} PAYMENT", "{p} ACCT MAR26",
              "Particulars: SUPPLIER Code: - Reference: {p}"]
USELESS_USD = ["/RFB/PAYMENT", "SUPPLIER PAYMENT", "/RFB/ACCOUNT SETTLEMENT", None]
ANON_PAYERS = ["DIRECT CREDIT", "CBA DEPOSIT 062-000", "TRANSFER FROM A/C", "WBC BRANCH DEP 4471",
               "OSKO PAYMENT", "ASB BANK DEPOSIT", "MERCHANT SETTLEMENT", "J & K HOLDINGS",
               "ACCOUNTS PAYABLE", "EFT CREDIT"]
THIRD_PARTY = {"council": ["LOCAL GOVT SHARED SVC", "COUNCIL SHARED SERV", "LGSS PAYMENTS"],
               "retail": ["HARDWARE BUYING GRP", "MITRE TRADE COOP SETT", "INDEPENDENT HW GROUP"],
               "landscaper": ["ACME PAYROLL & AP SVC", "XYZ ACCOUNTING TRUST"]}


def useless_ref(c, cur):
    if cur == "NZD":
        return rng.choice(USELESS_NZ).format(p=short_name(c))
    if cur == "USD":
        return rng.choice(USELESS_USD)
    return rng.choice(USELESS_AU)


def add_paid_full(L, p, inv):
    L.paid_full.append((p, inv))


# each scenario: (L, d) -> (payment, label) or None -------------------------------
def sc_ref_exact(L, d):
    r = pick(L, lambda c, cu: L.fresh(c["id"], cu))
    if not r:
        return None
    c, cu, fr = r
    inv = rng.choice(fr)
    amt = bal(L, inv)
    ref, ch = ref_single(c, cu, inv)
    cid = cid_or_null(c, 0.75)
    if ch == "bpay":
        cid = c["id"]
        if L.matches(c["id"], cu, amt) != [inv]:
            ref, ch = ref_single(c, cu, inv, "dc")
    remit = None
    if rng.random() < 0.12:
        remit = remit_doc(c, cu, d, [(inv, amt, inv["total"], "")], amt)
    p = pay(L, d, amt, cu, payer_for(c, ch), cid, ref, remit)
    how = {"bpay": "BPAY CRN = invoice digits + check digit", "nz": "NZ particulars/code/reference",
           "dc": "direct-credit description", "osko": "Osko/PayID description", "swift": "SWIFT reference"}[ch]
    lb = lab(p, "applied", [(inv, amt)], reason="reference %s and exact balance" % inv["number"],
             scenario="ref_exact", note="%s names %s; amount equals its balance%s" % (
                 how, inv["number"], "" if cid else "; customer_id not given by the bank"))
    add_paid_full(L, p, inv)
    return p, lb


def sc_remit_multi(L, d):
    want_council = rng.random() < 0.7
    r = pick(L, lambda c, cu: (c["kind"] == "council") == want_council and len(L.fresh(c["id"], cu)) >= 3
             and L.fresh(c["id"], cu))
    if not r:
        return None
    c, cu, fr = r
    k = rng.randint(2, min(6, len(fr)))
    invs = sorted(rng.sample(fr, k), key=lambda i: i["number"])
    amt = sum((bal(L, i) for i in invs), Z)
    lines = [(i, bal(L, i), i["total"], "") for i in invs]
    remit = remit_doc(c, cu, d, lines, amt)
    if cu == "NZD":
        ref = "{:<12} {:<12} {}".format(short_name(c), "REMITTANCE", "EFT%05d" % rng.randint(1, 99999))
    elif cu == "USD":
        ref = "/RFB/SEE REMITTANCE"
    else:
        ref = rng.choice(["EFT %07d" % rng.randint(1000, 99999), "REMITTANCE ADVICE", "SUPPLIER PMT RUN",
                          short_name(c, 17)])[:18]
    p = pay(L, d, amt, cu, bank_name(c), cid_or_null(c, 0.8), ref, remit)
    lb = lab(p, "applied", [(i, bal(L, i)) for i in invs], reason="remittance lists %d invoices, total matches" % k,
             scenario="remit_multi", note="%s remittance advice lists %s; lines sum to the payment" % (
                 c["kind"], ", ".join(i["number"] for i in invs)))
    return p, lb


def sc_ref_range(L, d):
    def cond(c, cu):
        allc = sorted(L.by_cc[(c["id"], cu)], key=lambda i: i["number"])
        for a in range(len(allc) - 2):
            for k in (5, 4, 3):
                run = allc[a:a + k]
                if len(run) < k:
                    continue
                lo, hi = int(num6(run[0])), int(num6(run[-1]))
                if hi - lo > 14:
                    continue
                mine = [i for i in L.invs if i["customer_id"] == c["id"] and lo <= int(num6(i)) <= hi]
                if len(mine) == k and all(i["id"] not in L.used and bal(L, i) == i["total"] for i in run):
                    return run
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, run = r
    lo, hi = num6(run[0]), num6(run[-1])
    amt = sum((bal(L, i) for i in run), Z)
    others = [n for n in range(int(lo), int(hi) + 1) if "INV-%06d" % n in L.by_num
              and L.by_num["INV-%06d" % n]["customer_id"] != c["id"]]
    txt = rng.choice(["INV {lo}-{hi}", "{lo}-{hi}", "INV{lo} TO {hi}", "{lo} - {hi}"]).format(lo=lo, hi=hi)
    remit = None
    if len(txt) > 18 or rng.random() < 0.4:
        remit = "Payment for invoices %s to %s inclusive, total $%s.\n%s" % (
            lo, hi, money(amt), c["name"])
        ref = "INV %s-%s" % (lo, hi)
    else:
        ref = txt
    if cu == "NZD":
        ref = "{:<12} {:<12}".format(short_name(c), lo + "-" + hi[-3:])
    elif cu == "USD":
        ref = "/RFB/INV %s-%s" % (lo, hi)
    p = pay(L, d, amt, cu, bank_name(c), cid_or_null(c, 0.8), ref, remit)
    lb = lab(p, "applied", [(i, bal(L, i)) for i in run], reason="invoice range %s-%s, total matches" % (lo, hi),
             scenario="ref_range", note="range %s-%s covers %d invoices of this customer%s; sum equals payment" % (
                 lo, hi, len(run), (" (numbers %s in the range belong to other customers and are not applied)" %
                                    ", ".join(str(n) for n in others)) if others else ""))
    return p, lb


def sc_ref_trunc(L, d):
    def cond(c, cu):
        fr = L.fresh(c["id"], cu)
        if len(fr) < 3:
            return None
        for _ in range(10):
            a, b, x = rng.sample(fr, 3)
            amt = bal(L, a) + bal(L, b) + bal(L, x)
            rest = amt - bal(L, a) - bal(L, b)
            others = [i for i in L.open(c["id"], cu) if i not in (a, b) and bal(L, i) == rest]
            prefix = num6(x)[:4]
            pref = [i for i in L.open(c["id"], cu) if i not in (a, b) and num6(i).startswith(prefix)]
            if others == [x] and len(pref) >= 2 and not L.matches(c["id"], cu, amt):
                return a, b, x
        return None
    r = pick(L, cond, cur="AUD")
    if not r:
        return None
    c, cu, (a, b, x) = r
    full = "%s %s %s" % (num6(a), num6(b), num6(x))
    ref = full[:18]
    amt = bal(L, a) + bal(L, b) + bal(L, x)
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, None)
    lb = lab(p, "applied", [(a, bal(L, a)), (b, bal(L, b)), (x, bal(L, x))],
             reason="two invoices named, third cut at 18 chars; remainder equals %s" % x["number"],
             scenario="ref_trunc", note="description truncated to 18 chars ('%s'); the amount left after %s and %s "
             "equals exactly one open invoice starting %s (%s)" % (ref, a["number"], b["number"], num6(x)[:4], x["number"]))
    return p, lb


def sc_amount_unique(L, d):
    def cond(c, cu):
        fr = L.fresh(c["id"], cu)
        rng.shuffle(fr)
        for i in fr:
            amt = bal(L, i)
            if L.matches(c["id"], cu, amt) == [i] and not L.pair_matches(c["id"], cu, amt):
                return i
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, inv = r
    amt = bal(L, inv)
    ref = useless_ref(c, cu)
    p = pay(L, d, amt, cu, bank_name(c) if cu != "USD" else payer_for(c, "swift"), c["id"], ref, None)
    lb = lab(p, "applied", [(inv, amt)], reason="known customer, amount equals one open balance",
             scenario="amount_unique", note="no invoice reference; customer given; %s is the only open %s item "
             "of that amount" % (inv["number"], cu))
    add_paid_full(L, p, inv)
    return p, lb


def sc_name_amount(L, d):
    def cond(c, cu):
        if not c["unique_word"] or cu == "USD":
            return None
        fr = L.fresh(c["id"], cu)
        rng.shuffle(fr)
        for i in fr:
            if L.ledger_matches(cu, bal(L, i)) == [i]:
                return i
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, inv = r
    amt = bal(L, inv)
    payer = c["name"].upper()[:20].rstrip()
    p = pay(L, d, amt, cu, payer, None, useless_ref(c, cu), None)
    lb = lab(p, "applied", [(inv, amt)], reason="payer name %s, amount unique in ledger" % payer,
             scenario="name_amount", note="bank gives no customer id; payer name clearly %s and the amount "
             "matches only %s across all open %s invoices" % (c["name"], inv["number"], cu))
    add_paid_full(L, p, inv)
    return p, lb


def sc_lump_all(L, d):
    def cond(c, cu):
        o = L.open(c["id"], cu)
        if 2 <= len(o) <= 6 and all(i["id"] not in L.used for i in o):
            return o
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, o = r
    amt = sum((bal(L, i) for i in o), Z)
    ref = rng.choice(["STATEMENT BALANCE", "FEB STATEMENT", "ACCOUNT IN FULL", "ALL OUTSTANDING"])
    if cu == "NZD":
        ref = "{:<12} {:<12} {}".format(short_name(c), "STATEMENT", "FEB26")
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, None)
    lb = lab(p, "applied", [(i, bal(L, i)) for i in o], reason="pays the whole open statement balance",
             scenario="lump_all", note="statement payment; equals the sum of all %d open %s invoices" % (len(o), cu))
    return p, lb


def sc_third_party(L, d):
    r = pick(L, lambda c, cu: cu != "USD" and L.fresh(c["id"], cu))
    if not r:
        return None
    c, cu, fr = r
    inv = rng.choice(fr)
    amt = bal(L, inv)
    payer = rng.choice(THIRD_PARTY[c["kind"]])
    n = fmt_num(inv, rng.choice(["INV{n}", "INV {n}", "{n}"]))
    if cu == "NZD":
        ref = "{:<12} {:<12} {}".format(short_name(c), n, "ON BEHALF")
    else:
        ref = (n + " " + short_name(c, 10))[:18]
    remit = None
    if rng.random() < 0.5:
        remit = "Paid on behalf of %s\nInvoice %s  %s" % (c["name"], fmt_num(inv, "INV-{n}"), money(amt))
    p = pay(L, d, amt, cu, payer, None, ref, remit)
    lb = lab(p, "applied", [(inv, amt)], reason="third-party payer, reference %s and exact balance" % inv["number"],
             scenario="third_party", note="paid by %s for %s; invoice number and exact amount" % (payer, c["name"]))
    add_paid_full(L, p, inv)
    return p, lb


def transpose(n):
    for _ in range(10):
        k = rng.randint(1, len(n) - 2)
        if n[k] != n[k + 1]:
            return n[:k] + n[k + 1] + n[k] + n[k + 2:]
    return None


def sc_typo(L, d):
    def cond(c, cu):
        fr = L.fresh(c["id"], cu)
        rng.shuffle(fr)
        for i in fr:
            t = transpose(num6(i))
            if t and "INV-" + t not in L.by_num and L.matches(c["id"], cu, bal(L, i)) == [i] \
                    and not L.pair_matches(c["id"], cu, bal(L, i)):
                return i, t
        return None
    r = pick(L, cond, cur=rng.choice(["AUD", "NZD"]))
    if not r:
        return None
    c, cu, (inv, t) = r
    amt = bal(L, inv)
    ref = ("INV" + t) if cu == "AUD" else "{:<12} {:<12}".format(short_name(c), "INV" + t)
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, None)
    lb = lab(p, "applied", [(inv, amt)], reason="reference %s does not exist; transposed %s with exact amount" % (
        t, inv["number"]), scenario="typo_ref", note="digits transposed (%s for %s); amount equals that invoice only" % (
        t, num6(inv)))
    add_paid_full(L, p, inv)
    return p, lb


def sc_po_trap(L, d):
    def cond(c, cu):
        fr = L.fresh(c["id"], cu)
        if len(fr) < 2 or cu == "USD":
            return None
        x, y = rng.sample(fr, 2)
        if bal(L, x) == bal(L, y) or L.matches(c["id"], cu, bal(L, x)) != [x] or L.pair_matches(c["id"], cu, bal(L, x)):
            return None
        return x, y
    r = pick(L, cond)
    if not r:
        return None
    c, cu, (x, y) = r
    amt = bal(L, x)
    if rng.random() < 0.5:
        ref = "PO%s INV%s" % (num6(y), num6(x)) if cu == "AUD" else \
            "Particulars: PO%s Code: INV%s Reference: %s" % (num6(y), num6(x), short_name(c))
        note = "reference carries the customer's PO %s (same digits as our %s) and invoice %s; amount equals %s" % (
            num6(y), y["number"], x["number"], x["number"])
        remit = None
    else:
        ref = "PO %s" % num6(y) if cu == "AUD" else "{:<12} {:<12} {}".format(short_name(c), "PO", num6(y))
        remit = "Order no. %s - goods received, payment $%s.\n(Your tax invoice %s)" % (
            num6(y), money(amt), fmt_num(x, "INV-{n}"))
        note = "PO %s looks like our %s but the remittance names %s, and the amount is %s's balance" % (
            num6(y), y["number"], x["number"], x["number"])
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, remit)
    lb = lab(p, "applied", [(x, amt)], reason="%s named and exact balance; PO number is not an invoice" % x["number"],
             scenario="po_trap", note=note)
    add_paid_full(L, p, x)
    return p, lb


def sc_partial_balance(L, d):
    def cond(c, cu):
        o = [i for i in L.open(c["id"], cu) if i["id"] not in L.used and bal(L, i) < i["total"]]
        return o and rng.choice(o)
    r = pick(L, cond)
    if not r:
        return None
    c, cu, inv = r
    amt = bal(L, inv)
    ref, ch = ref_single(c, cu, inv)
    p = pay(L, d, amt, cu, payer_for(c, ch), cid_or_null(c, 0.8), ref, None)
    lb = lab(p, "applied", [(inv, amt)], reason="reference %s, pays the remaining balance" % inv["number"],
             scenario="partial_balance", note="invoice total %s already part-settled; payment equals the open balance %s"
             % (s(inv["total"]), s(amt)))
    add_paid_full(L, p, inv)
    return p, lb


def sc_currency_apply(L, d):
    def cond(c, cu):
        if not c.get("dual"):
            return None
        for u in L.open(c["id"], "USD"):
            if u["id"] in L.used:
                continue
            tw = [a for a in L.open(c["id"], "AUD") if bal(L, a) == bal(L, u)]
            if tw and L.matches(c["id"], "USD", bal(L, u)) == [u]:
                return u, tw[0]
        return None
    r = pick(L, cond, cur="USD")
    if not r:
        return None
    c, cu, (u, a) = r
    amt = bal(L, u)
    p = pay(L, d, amt, "USD", payer_for(c, "swift"), c["id"], rng.choice(["/RFB/IMPORT ORDER", "/RFB/CONTAINER"]), None)
    lb = lab(p, "applied", [(u, amt)], reason="USD payment, equals the only open USD balance of that amount",
             scenario="currency_apply", note="AUD invoice %s has the same figure but is in AUD; only %s (USD) fits" % (
                 a["number"], u["number"]))
    add_paid_full(L, p, u)
    return p, lb


def sc_amount_lookalike(L, d):
    while STATE["lookalikes"]:
        xid, yid = STATE["lookalikes"].pop(0)
        x, y = L.inv[xid], L.inv[yid]
        c = L.cust[x["customer_id"]]
        cu = x["currency"]
        amt = bal(L, x)
        if bal(L, y) == 0 or L.matches(c["id"], cu, amt) != [x] or L.pair_matches(c["id"], cu, amt):
            continue
        if cu == "AUD":
            ref = rng.choice(["PMT %s", "PAYMENT %s", "%s"]) % s(amt)
        else:
            ref = "Particulars: {} Code: {} Reference: {}".format(short_name(c), s(amt), "ACCOUNT")
        remit = rng.choice([None, "Paid $%s today, thanks. %s" % (money(amt), c["name"])])
        p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, remit)
        lb = lab(p, "applied", [(x, amt)], reason="amount %s written as the reference; equals %s only" % (
            s(amt), x["number"]), scenario="amount_lookalike",
            note="the reference is the amount, whose digits read like %s (balance %s, not paid here); the amount "
                 "matches only %s" % (y["number"], s(bal(L, y)), x["number"]))
        add_paid_full(L, p, x)
        return p, lb
    return None


def sc_instalment_final(L, d):
    while L.instalments:
        c, inv = L.instalments.pop(0)
        if bal(L, inv) > 0:
            amt = bal(L, inv)
            cu = inv["currency"]
            n = fmt_num(inv, rng.choice(["INV{n}", "{n}"]))
            ref = ("FINAL " + n) if cu == "AUD" else "{:<12} {:<12} {}".format(short_name(c), n, "FINAL")
            if cu == "USD":
                ref = "/RFB/BAL " + n
            p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, None)
            lb = lab(p, "applied", [(inv, amt)], reason="final instalment, clears %s" % inv["number"],
                     scenario="instalment_final", note="earlier part payment in this file left %s open; this pays it"
                     % s(amt))
            add_paid_full(L, p, inv)
            return p, lb
    return None


def clean(L, cid, cu, amt, exclude=()):
    """amount is neither one open balance nor two of them (other than `exclude`)"""
    if any(i not in exclude for i in L.matches(cid, cu, amt)):
        return False
    return not L.pair_matches(cid, cu, amt)


def sc_part_payment(L, d):
    def cond(c, cu):
        fr = [i for i in L.fresh(c["id"], cu) if i["total"] >= 600]
        rng.shuffle(fr)
        for i in fr:
            b = bal(L, i)
            amt = rng.choice([q(b / 2), q(b / 3), Decimal(int(b / 2 / 100) * 100 or 100), q(b * Decimal("0.4"))])
            if Z < amt < b and clean(L, c["id"], cu, amt):
                return i, amt
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, (inv, amt) = r
    n = num6(inv)
    kind = rng.choice(["part", "instal", "progress"])
    remit = None
    if cu == "AUD":
        ref = {"part": "PART PMT INV" + n, "instal": "INSTAL 1 INV" + n, "progress": "INV%s PART" % n}[kind]
        if rng.random() < 0.5:
            remit = {"part": "Part payment of $%s towards invoice %s. Balance to follow next pay run." % (money(amt), n),
                     "instal": "Instalment 1 of 3 for INV-%s as agreed with your credit team." % n,
                     "progress": "Progress payment INV%s - remainder on completion of the Stage 2 works." % n}[kind]
    elif cu == "NZD":
        ref = "{:<12} {:<12} {}".format({"part": "PART PAYMENT", "instal": "INSTALMENT 1", "progress": "PROGRESS PMT"}[kind],
                                         "INV" + n, short_name(c))
    else:
        ref = "/RFB/PART PAYMENT INV" + n
    p = pay(L, d, amt, cu, bank_name(c) if cu != "USD" else payer_for(c, "swift"), c["id"], ref, remit)
    lb = lab(p, "partial", [(inv, amt)], reason="part payment of %s, balance stays open" % inv["number"],
             scenario="part_payment", note="%s payment %s of %s's %s; no deduction claimed" % (
                 kind, s(amt), inv["number"], s(bal(L, inv))))
    if rng.random() < 0.7:
        L.instalments.append((c, inv))
    return p, lb


GST_TEXT = {
    "AUD": ["GST withheld - invoice does not quote your ABN. Please reissue a valid tax invoice.",
            "GST component not paid: not a valid tax invoice (no 'Tax Invoice' heading). Will pay on receipt of corrected invoice.",
            "Less GST $%s - supplier ABN shows not registered for GST on ABR lookup, please advise."],
    "NZD": ["GST withheld pending a valid tax invoice showing your GST number.",
            "Less GST $%s: invoice issued without GST registration number. Please send a tax invoice.",
            "Paid GST exclusive - our system flagged invoice as missing GST no."],
}


def short_common(L, d, c, cu, inv, paid, ded, reason, remit_line, scenario, note, ref=None):
    ref = ref or ref_single(c, cu, inv, "dc" if cu == "AUD" else None)[0]
    p = pay(L, d, paid, cu, bank_name(c) if cu != "USD" else payer_for(c, "swift"), cid_or_null(c, 0.8), ref,
            remit_line)
    lb = lab(p, "partial", [(inv, paid)], short={"invoice_id": inv["id"], "amount": s(ded), "reason": reason},
             reason="short pay on %s: %s" % (inv["number"], reason), scenario=scenario, note=note)
    return p, lb


def fresh_clean(L, c, cu, ded_fn, min_total=0):
    fr = [i for i in L.fresh(c["id"], cu) if i["total"] >= min_total]
    rng.shuffle(fr)
    for i in fr:
        ded = ded_fn(i)
        paid = bal(L, i) - ded
        if Z < ded < bal(L, i) and clean(L, c["id"], cu, paid):
            return i, paid, ded
    return None


def sc_short_gst(L, d):
    r = pick(L, lambda c, cu: cu in ("AUD", "NZD") and c["kind"] in ("council", "retail") and fresh_clean(
        L, c, cu, lambda i: q(i["total"] / 11) if cu == "AUD" else q(i["total"] * 3 / 23), 100))
    if not r:
        return None
    c, cu, (inv, paid, ded) = r
    txt = rng.choice(GST_TEXT[cu])
    txt = txt % money(ded) if "%s" in txt else txt
    remit = remit_doc(c, cu, d, [(inv, paid, inv["total"], "GST withheld")], paid, extra=["Note: " + txt],
                      style="council" if c["kind"] == "council" else "table")
    return short_common(L, d, c, cu, inv, paid, ded, "GST withheld pending valid tax invoice", remit, "short_gst",
                        "paid ex-GST (%s of %s); the GST %s stays open as a deduction" % (s(paid), s(inv["total"]), s(ded)))


def sc_short_discount(L, d):
    rate = rng.choice(["2.5", "2.5", "2", "3"])
    r = pick(L, lambda c, cu: c["kind"] != "council" and fresh_clean(
        L, c, cu, lambda i: q(i["total"] * Decimal(rate) / 100), 300))
    if not r:
        return None
    c, cu, (inv, paid, ded) = r
    n = num6(inv)
    if rng.random() < 0.5:
        remit = "Invoice %s  $%s\nLess %s%% prompt payment discount  -$%s\nNet paid  $%s" % (
            fmt_num(inv, "INV-{n}"), money(inv["total"]), rate, money(ded), money(paid))
        ref = None
    else:
        remit = None
        ref = ("INV%s LESS %s%%" % (n, rate))[:18] if cu == "AUD" else \
            "{:<12} {:<12} {}".format("INV" + n, "LESS " + rate + "% DSC", short_name(c))
        if cu == "USD":
            ref = "/RFB/INV%s LESS %s PCT DISCOUNT" % (n, rate)
    return short_common(L, d, c, cu, inv, paid, ded, "settlement discount %s%% taken" % rate, remit, "short_discount",
                        "%s%% settlement discount deducted (%s); the customer states it, deduction case opens" % (
                            rate, s(ded)), ref=ref)


def sc_short_rebate(L, d):
    ded_amt = Decimal(rng.choice(["150.00", "250.00", "320.00", "500.00", "75.00", "412.50"]))
    r = pick(L, lambda c, cu: c["kind"] == "retail" and cu != "USD" and fresh_clean(L, c, cu, lambda i: ded_amt, 1500))
    if not r:
        return None
    c, cu, (inv, paid, ded) = r
    q_ = rng.choice(["Q2 FY26 volume rebate", "Spring promo co-op rebate", "annual growth rebate (H1)",
                     "catalogue participation rebate"])
    remit = remit_doc(c, cu, d, [(inv, paid, inv["total"], "less rebate")], paid,
                      extra=["Less %s $%s per trading terms letter" % (q_, money(ded))], style="table")
    return short_common(L, d, c, cu, inv, paid, ded, "rebate deducted (%s)" % q_, remit, "short_rebate",
                        "customer nets its %s (%s) off the invoice" % (q_, s(ded)))


def sc_short_claim(L, d):
    r = pick(L, lambda c, cu: cu != "USD" and fresh_clean(
        L, c, cu, lambda i: q(i["total"] * Decimal(rng.choice(["0.08", "0.12", "0.05", "0.2"]))), 400))
    if not r:
        return None
    c, cu, (inv, paid, ded) = r
    why = rng.choice([
        ("damaged goods", "less 4 x 25L potting mix bags split on delivery ($%s) - photos sent to your rep"),
        ("short delivery", "less short delivered: 2 x garden hose reels not received ($%s)"),
        ("pricing dispute", "price charged above quoted contract rate on pavers, difference $%s withheld"),
        ("damaged goods", "deducted $%s for 3 cracked terracotta pots (delivery docket DD%d)"),
        ("pricing dispute", "freight charged but our account is FIS - freight $%s deducted"),
    ])
    txt = why[1] % ((money(ded), rng.randint(10000, 99999)) if "%d" in why[1] else money(ded))
    remit = remit_doc(c, cu, d, [(inv, paid, inv["total"], why[0])], paid, extra=["Note: " + txt])
    return short_common(L, d, c, cu, inv, paid, ded, why[0], remit, "short_claim",
                        "%s deduction %s stated on the remittance" % (why[0], s(ded)))


def sc_short_bankfee(L, d):
    fee = Decimal(rng.choice(["15.00", "20.00", "25.00", "30.00", "18.00"]))
    r = pick(L, lambda c, cu: fresh_clean(L, c, cu, lambda i: fee), cur="USD")
    if not r:
        return None
    c, cu, (inv, paid, ded) = r
    n = num6(inv)
    ref = "/INV/%s/CHGS USD%s" % (n, s(fee))
    remit = rng.choice([None, "Payment for invoice INV-%s USD %s. Intermediary bank charges USD %s deducted by "
                              "correspondent bank." % (n, money(inv["total"]), s(fee))])
    return short_common(L, d, c, cu, inv, paid, ded, "bank charges", remit, "short_bankfee",
                        "international wire, USD %s charges taken en route (stated in the reference)" % s(fee), ref=ref)


def sc_remit_multi_short(L, d):
    r = pick(L, lambda c, cu: cu != "USD" and c["kind"] == "council" and len(L.fresh(c["id"], cu)) >= 3
             and L.fresh(c["id"], cu))
    if not r:
        return None
    c, cu, fr = r
    k = rng.randint(2, min(5, len(fr)))
    invs = sorted(rng.sample(fr, k), key=lambda i: i["number"])
    short = rng.choice(invs)
    if rng.random() < 0.5:
        ded = q(short["total"] / 11) if cu == "AUD" else q(short["total"] * 3 / 23)
        com, reason = "GST withheld - no ABN on invoice" if cu == "AUD" else "GST withheld - no GST no.", \
            "GST withheld pending valid tax invoice"
    else:
        ded = q(short["total"] * Decimal("0.1"))
        com, reason = "short supplied, see DD note", "short delivery"
    lines = [(i, bal(L, i) - (ded if i is short else Z), i["total"], com if i is short else "") for i in invs]
    amt = sum((ln[1] for ln in lines), Z)
    if not clean(L, c["id"], cu, amt) or ded >= bal(L, short):
        return None
    remit = remit_doc(c, cu, d, lines, amt, style="council")
    ref = ("EFT %07d" % rng.randint(1000, 99999)) if cu == "AUD" else \
        "{:<12} {:<12} {}".format(short_name(c), "REMITTANCE", "EFT%05d" % rng.randint(1, 99999))
    p = pay(L, d, amt, cu, bank_name(c), cid_or_null(c, 0.8), ref, remit)
    lb = lab(p, "partial", [(ln[0], ln[1]) for ln in lines],
             short={"invoice_id": short["id"], "amount": s(ded), "reason": reason},
             reason="remittance lines applied; %s short paid (%s)" % (short["number"], reason),
             scenario="remit_multi_short", note="council remittance of %d lines, one line short by %s: %s" % (
                 k, s(ded), com))
    return p, lb


def sc_overpay(L, d):
    def cond(c, cu):
        o = [i for i in L.open(c["id"], cu) if i["id"] not in L.used]
        rng.shuffle(o)
        for i in o:
            b = bal(L, i)
            if b < i["total"]:
                amt, why = i["total"], "paid the invoice total though %s was already settled" % s(i["total"] - b)
            else:
                v = rng.random()
                if v < 0.4 and b % 1 != 0:
                    amt, why = Decimal(int(b) + 1 + rng.choice([0, 0, 9])), "rounded up to whole dollars"
                else:
                    amt, why = q(b + Decimal(rng.choice(["85.00", "120.00", "49.50", "210.00"]))), \
                        "includes freight for an order not yet invoiced"
            extra = amt - b
            if extra > 0 and clean(L, c["id"], cu, amt) and clean(L, c["id"], cu, extra):
                return i, amt, why
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, (inv, amt, why) = r
    b = bal(L, inv)
    ref, ch = ref_single(c, cu, inv)
    remit = None
    if "freight" in why:
        remit = "INV-%s $%s plus freight on order %d $%s (please invoice)" % (
            num6(inv), money(b), rng.randint(55000, 59999), money(amt - b))
    p = pay(L, d, amt, cu, payer_for(c, ch), c["id"], ref, remit)
    lb = lab(p, "unapplied", [(inv, b)], unapplied=amt - b,
             reason="%s cleared, %s overpaid held on account" % (inv["number"], s(amt - b)),
             scenario="overpay", note="overpayment: %s; remainder %s unapplied" % (why, s(amt - b)))
    add_paid_full(L, p, inv)
    return p, lb


def sc_duplicate(L, d):
    rng.shuffle(L.paid_full)
    for k, (p0, inv) in enumerate(L.paid_full):
        c = L.cust[inv["customer_id"]]
        cu = inv["currency"]
        amt = Decimal(p0["amount"])
        if bal(L, inv) == 0 and p0["date"] < d.isoformat() and amt == inv["total"] and clean(L, c["id"], cu, amt) \
                and sum((bal(L, i) for i in L.open(c["id"], cu)), Z) != amt:
            del L.paid_full[k]
            p = pay(L, d, amt, cu, p0["payer_name"], c["id"], p0["reference"], p0["remittance"])
            lb = lab(p, "unapplied", unapplied=amt, reason="%s already paid by %s; duplicate held on account" % (
                inv["number"], p0["id"]), scenario="duplicate_payment",
                note="same reference and amount as %s on %s, which cleared %s" % (p0["id"], p0["date"], inv["number"]))
            return p, lb
    return None


def sc_no_fit(L, d):
    def cond(c, cu):
        o = L.open(c["id"], cu)
        if not o:
            return None
        for _ in range(5):
            amt = q(Decimal(rng.randint(5000, 400000)) / 100) if rng.random() < 0.6 else \
                Decimal(rng.choice([500, 1000, 2000, 250, 1500, 3000]))
            if L.no_fit(c["id"], cu, amt):
                return amt
        return None
    r = pick(L, cond)
    if not r:
        return None
    c, cu, amt = r
    v = rng.random()
    if v < 0.5:
        old = "%06d" % rng.randint(305000, 317990)
        ref = ("INV" + old) if cu == "AUD" else ("{:<12} {:<12}".format(short_name(c), "INV" + old) if cu == "NZD"
                                                 else "/RFB/INV" + old)
        why = "names %s, which is not an open invoice" % old
    elif v < 0.75:
        ref = useless_ref(c, cu)
        why = "no reference"
    else:
        ref = rng.choice(["DEPOSIT ORDER 5512", "PREPAYMENT ORDER", "ON ACCOUNT"]) if cu != "NZD" else \
            "{:<12} {:<12} {}".format(short_name(c), "DEPOSIT", "ORDER")
        why = "deposit for a future order"
    p = pay(L, d, amt, cu, bank_name(c) if cu != "USD" else payer_for(c, "swift"), c["id"], ref, None)
    lb = lab(p, "unapplied", unapplied=amt, reason="known customer, fits no open invoice", scenario="no_fit_known",
             note="%s; amount %s is no open balance, pair or account total" % (why, s(amt)))
    return p, lb


def sc_cross_currency(L, d):
    def cond(c, cu):
        if c["region"] != "AU" or c.get("dual") or c["kind"] == "council":
            return None
        o = [i for i in L.fresh(c["id"], "AUD")]
        return o and rng.choice(o)
    r = pick(L, cond, cur="AUD")
    if not r:
        return None
    c, _, inv = r
    cu = rng.choice(["NZD", "NZD", "USD"])
    amt = q(bal(L, inv) * Decimal("1.0" + str(rng.randint(70, 99))) if cu == "NZD" else bal(L, inv) * Decimal("0.6" + str(rng.randint(40, 70))))
    if rng.random() < 0.3:
        amt = bal(L, inv)   # same figure, wrong currency
    n = num6(inv)
    ref = "INV%s NZ BRANCH" % n if cu == "NZD" else "/RFB/INV%s" % n
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, None)
    lb = lab(p, "unapplied", unapplied=amt, reason="references AUD %s but paid in %s; no open %s invoice" % (
        inv["number"], cu, cu), scenario="cross_currency_hold",
        note="never apply across currencies: the customer has only AUD invoices; %s held on account" % cu)
    return p, lb


def sc_amb_same(L, d):
    def cond(c, cu):
        o = L.open(c["id"], cu)
        seen = defaultdict(list)
        for i in o:
            seen[bal(L, i)].append(i)
        tw = [v for v in seen.values() if len(v) >= 2 and all(i["id"] not in L.used for i in v)]
        return tw and tw[0]
    r = pick(L, cond)
    if not r:
        return None
    c, cu, tw = r
    amt = bal(L, tw[0])
    p = pay(L, d, amt, cu, bank_name(c) if cu != "USD" else payer_for(c, "swift"), c["id"], useless_ref(c, cu), None)
    lb = lab(p, "review", unapplied=amt, cands=[[i] for i in tw],
             reason="%d open invoices of exactly %s, no reference" % (len(tw), s(amt)), scenario="amount_ambiguous",
             note="repeat order: %s have the same balance; oldest due first in candidates" % ", ".join(
                 i["number"] for i in tw))
    return p, lb


def sc_amb_cross(L, d):
    cu = rng.choice(["AUD", "AUD", "NZD"])
    vals = defaultdict(list)
    for i in L.invs:
        if i["currency"] == cu and bal(L, i) > 0 and i["id"] not in L.used:
            vals[bal(L, i)].append(i)
    opts = sorted(a for a, v in vals.items() if len({i["customer_id"] for i in v}) >= 2 and
                  len(L.ledger_matches(cu, a)) == len(v))
    if not opts:
        return None
    amt = rng.choice(opts)
    ms = sorted(L.ledger_matches(cu, amt), key=lambda i: (i["due_date"], i["number"]))
    p = pay(L, d, amt, cu, rng.choice(ANON_PAYERS), None, rng.choice([None, "PAYMENT", "INVOICE", "HARDWARE ORDER"]),
            None)
    lb = lab(p, "review", unapplied=amt, cands=[[i] for i in ms],
             reason="unknown payer; %d invoices of %s at %d customers" % (len(ms), s(amt),
                                                                           len({i["customer_id"] for i in ms})),
             scenario="amount_ambiguous_cross", note="list-price pallet amount; payer name identifies nobody")
    return p, lb


def sc_ref_conflict(L, d):
    if rng.random() < 0.5:
        # same customer: names X, amount equals Y exactly and is less than X
        def cond(c, cu):
            fr = L.fresh(c["id"], cu)
            if len(fr) < 2:
                return None
            x, y = rng.sample(fr, 2)
            if bal(L, y) < bal(L, x) and L.matches(c["id"], cu, bal(L, y)) == [y]:
                return x, y
            return None
        r = pick(L, cond)
        if not r:
            return None
        c, cu, (x, y) = r
        amt = bal(L, y)
        ref, ch = ref_single(c, cu, x, "dc" if cu == "AUD" else None)
        p = pay(L, d, amt, cu, payer_for(c, ch), c["id"], ref, None)
        lb = lab(p, "review", unapplied=amt, cands=[[y], [x]],
                 reason="reference %s but amount equals %s" % (x["number"], y["number"]), scenario="ref_conflict",
                 note="either a part payment of %s or a wrong reference for %s; exact-amount reading first" % (
                     x["number"], y["number"]))
        return p, lb

    # another customer's invoice
    def cond2(c, cu):
        fr = L.fresh(c["id"], cu)
        if not fr or cu == "USD":
            return None
        x = rng.choice(fr)
        others = [b for b in L.custs if b["id"] != c["id"] and cu in b["currencies"] and b["kind"] == c["kind"]
                  and not L.matches(b["id"], cu, bal(L, x))]
        return others and (x, rng.choice(others))
    r = pick(L, cond2)
    if not r:
        return None
    c, cu, (x, b) = r
    amt = bal(L, x)
    ref, ch = ref_single(c, cu, x, "dc" if cu == "AUD" else None)
    p = pay(L, d, amt, cu, bank_name(b), b["id"], ref, None)
    lb = lab(p, "review", unapplied=amt, cands=[[x]],
             reason="reference and amount fit %s of %s, but payer is %s" % (x["number"], c["name"], b["name"]),
             scenario="ref_conflict_customer", note="bank maps the payer to a different customer; confirm before "
             "applying to another account")
    return p, lb


def sc_remit_mismatch(L, d):
    r = pick(L, lambda c, cu: len(L.fresh(c["id"], cu)) >= 3 and L.fresh(c["id"], cu))
    if not r:
        return None
    c, cu, fr = r
    invs = sorted(rng.sample(fr, rng.randint(2, 3)), key=lambda i: i["number"])
    tot = sum((bal(L, i) for i in invs), Z)
    amt = q(tot - Decimal(rng.randint(1500, 40000)) / 100)
    if amt <= 0 or not clean(L, c["id"], cu, amt):
        return None
    # no subset of the listed lines equals the amount
    import itertools
    for k in range(1, len(invs) + 1):
        for sub in itertools.combinations(invs, k):
            if sum((bal(L, i) for i in sub), Z) == amt:
                return None
    lines = [(i, bal(L, i), i["total"], "") for i in invs]
    remit = remit_doc(c, cu, d, lines, tot, style="table" if c["kind"] != "council" else "council")
    ref = "REMITTANCE" if cu == "AUD" else ("{:<12} {:<12}".format(short_name(c), "REMITTANCE") if cu == "NZD"
                                            else "/RFB/SEE REMITTANCE")
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, remit)
    lb = lab(p, "review", unapplied=amt, cands=[invs], reason="remittance totals %s but %s received" % (s(tot), s(amt)),
             scenario="remit_mismatch", note="difference %s is unexplained; which line is short is unknown" % s(tot - amt))
    return p, lb


def sc_credit_note(L, d):
    r = pick(L, lambda c, cu: cu != "USD" and len(L.fresh(c["id"], cu)) >= 2 and L.fresh(c["id"], cu))
    if not r:
        return None
    c, cu, fr = r
    invs = sorted(rng.sample(fr, 2), key=lambda i: i["number"])
    tot = sum((bal(L, i) for i in invs), Z)
    cn = q(min(bal(L, i) for i in invs) * Decimal(rng.choice(["0.3", "0.5", "0.15"])))
    amt = tot - cn
    if not clean(L, c["id"], cu, amt):
        return None
    cnno = "CN%06d" % rng.randint(40100, 40999)
    remit = remit_doc(c, cu, d, [(i, bal(L, i), i["total"], "") for i in invs], amt,
                      extra=["%-10s %-12s %-11s %12s %12s" % ("", cnno, "", "", "-" + money(cn))]
                      if c["kind"] == "council" else ["%-14s -$%s  credit note" % (cnno, money(cn))],
                      style="council" if c["kind"] == "council" else "table")
    ref = "REMITTANCE" if cu == "AUD" else "{:<12} {:<12}".format(short_name(c), "REMITTANCE")
    p = pay(L, d, amt, cu, bank_name(c), c["id"], ref, remit)
    lb = lab(p, "review", unapplied=amt, cands=[invs],
             reason="remittance nets credit note %s which is not on the ledger" % cnno, scenario="credit_note_netting",
             note="credit %s claimed against two invoices; no open credit exists to match, which invoice carries it "
                  "is unknown" % s(cn))
    return p, lb


def sc_unknown_nofit(L, d):
    cu = rng.choice(["AUD", "AUD", "NZD"])
    for _ in range(50):
        amt = q(Decimal(rng.randint(2000, 300000)) / 100)
        if not L.ledger_matches(cu, amt):
            break
    p = pay(L, d, amt, cu, rng.choice(ANON_PAYERS), None, rng.choice([None, "PAYMENT", "INV PAYMENT", "GOODS"]), None)
    lb = lab(p, "review", unapplied=amt, reason="unknown payer, no reference, no invoice of this amount",
             scenario="unknown_nofit", note="nobody to hold it for and nothing to apply: review with no candidates")
    return p, lb


# ---------------------------------------------------------------- stage 4: plan, errors, output
PLAN = [
    ("ref_exact", sc_ref_exact, 112), ("remit_multi", sc_remit_multi, 34), ("ref_range", sc_ref_range, 8),
    ("ref_trunc", sc_ref_trunc, 6), ("amount_unique", sc_amount_unique, 30), ("name_amount", sc_name_amount, 8),
    ("lump_all", sc_lump_all, 12), ("third_party", sc_third_party, 8), ("typo_ref", sc_typo, 6),
    ("po_trap", sc_po_trap, 8), ("partial_balance", sc_partial_balance, 6), ("currency_apply", sc_currency_apply, 4),
    ("instalment_final", sc_instalment_final, 6), ("amount_lookalike", sc_amount_lookalike, 4),
    ("part_payment", sc_part_payment, 16), ("short_gst", sc_short_gst, 10), ("short_discount", sc_short_discount, 10),
    ("short_rebate", sc_short_rebate, 6), ("short_claim", sc_short_claim, 8), ("short_bankfee", sc_short_bankfee, 5),
    ("remit_multi_short", sc_remit_multi_short, 5),
    ("overpay", sc_overpay, 14), ("duplicate_payment", sc_duplicate, 10), ("no_fit_known", sc_no_fit, 12),
    ("cross_currency_hold", sc_cross_currency, 5),
    ("amount_ambiguous", sc_amb_same, 10), ("amount_ambiguous_cross", sc_amb_cross, 8),
    ("ref_conflict", sc_ref_conflict, 10), ("remit_mismatch", sc_remit_mismatch, 5),
    ("credit_note_netting", sc_credit_note, 4), ("unknown_nofit", sc_unknown_nofit, 4),
]
FOLLOW_UPS = {"instalment_final", "duplicate_payment"}


def business_days(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def error_rows(L, rows):
    """(position, payment, error text); positions are indexes into the final list"""
    errs = []

    def base(k):
        return dict(rows[k][0])
    n = len(rows)
    spots = sorted(rng.sample(range(20, n - 5), 10))
    specs = ["negative", "negative", "currency_eur", "currency_fjd", "dup_same", "dup_diff", "malformed_o",
             "malformed_tba", "date_null", "date_empty"]
    rng.shuffle(specs)
    for pos, sp in zip(spots, specs):
        c = rng.choice([c for c in L.custs if c["region"] in ("AU", "NZ")])
        cu = c["currencies"][0]
        d = rows[pos][0]["date"]
        p = {"id": L.pid(), "date": d, "amount": s(Decimal(rng.randint(5000, 300000)) / 100), "currency": cu,
             "payer_name": bank_name(c), "customer_id": c["id"], "reference": useless_ref(c, cu), "remittance": None}
        if sp == "negative":
            o = L.open(c["id"], cu)
            p["amount"] = "-" + s(bal(L, o[0]) if o else Decimal("89.95"))
            p["reference"] = "REVERSAL " + (num6(o[0]) if o else "DISHONOUR")
            err = "negative amount (a reversal/dishonour is not a receipt)"
        elif sp == "currency_eur":
            p["currency"] = "EUR"
            err = "currency EUR: no invoice is in EUR"
        elif sp == "currency_fjd":
            pc = rng.choice([c for c in L.custs if c["region"] == "PAC"])
            p.update(currency="FJD", payer_name=payer_for(pc, "swift"), customer_id=pc["id"], reference="/RFB/PAYMENT")
            err = "currency FJD: no invoice is in FJD"
        elif sp.startswith("dup"):
            earlier = [r[0] for r in rows[:pos] if r[1]["status"] != "error"]
            e = rng.choice(earlier[-40:])
            p = dict(e)
            p["date"] = d
            if sp == "dup_diff":
                p["amount"] = s(Decimal(e["amount"]) + Decimal(rng.randint(100, 9000)) / 100)
            err = "duplicate payment id %s (already in this file)" % e["id"]
        elif sp == "malformed_o":
            p["amount"] = p["amount"].replace("0", "O", 1) if "0" in p["amount"] else "12O5.50"
            err = "malformed amount %r" % p["amount"]
        elif sp == "malformed_tba":
            p["amount"] = "TBA"
            err = "malformed amount 'TBA'"
        elif sp == "date_null":
            p["date"] = None
            err = "missing date"
        else:
            p["date"] = ""
            err = "missing date (empty string)"
        lb = {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
              "candidates": [], "reason": err, "scenario": "error_" + sp, "note": "bad input row", "error": err}
        errs.append((pos, p, lb))
    return errs


def inv_json(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": s(i["total"]), "balance": s(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, indent=1, ensure_ascii=False) + "\n")


def main():
    custs = build_customers()
    invs = build_invoices(custs)
    L = Ledger(custs, invs)
    names = []
    for name, fn, n in PLAN:
        names += [name] * n
    rng.shuffle(names)
    # follow-ups go to the second half so that their originals exist
    first = [x for x in names if x not in FOLLOW_UPS]
    fol = [x for x in names if x in FOLLOW_UPS]
    half = len(first) // 2
    tail = first[half:] + fol
    rng.shuffle(tail)
    queue = first[:half] + tail
    # scarce material (dual-currency twins) goes early
    queue = [x for x in queue if x == "currency_apply"] + [x for x in queue if x != "currency_apply"]
    fn_of = {name: fn for name, fn, n in PLAN}
    days = business_days(date(2026, 3, 2), date(2026, 3, 31))
    N = len(queue)
    rows, fails = [], defaultdict(int)
    while queue:
        name = queue.pop(0)
        d = days[min(len(days) - 1, len(rows) * len(days) // N)]
        res = fn_of[name](L, d)
        if res is None:
            fails[name] += 1
            if fails[name] < 40:
                queue.insert(min(len(queue), rng.randint(8, 30)), name)
            continue
        p, lb = res
        L.commit(lb)
        rows.append((p, lb))
    for pos, p, lb in sorted(error_rows(L, rows), key=lambda e: -e[0]):
        rows.insert(pos, (p, lb))
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), [inv_json(i) for i in sorted(invs, key=lambda i: i["number"])])
    dump(os.path.join(OUT, "payments.json"), [p for p, lb in rows])
    dump(os.path.join(OUT, "labels.json"), [lb for p, lb in rows])
    with open(os.path.join(OUT, "invoices.json"), encoding="utf-8") as f:
        inv_w = json.load(f)
    with open(os.path.join(OUT, "payments.json"), encoding="utf-8") as f:
        pay_w = json.load(f)
    with open(os.path.join(OUT, "labels.json"), encoding="utf-8") as f:
        lab_w = json.load(f)
    replay(inv_w, pay_w, lab_w)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(custs, inv_w, pay_w, lab_w))
    return custs, invs, rows, fails


def replay(invoices, payments, labels):
    """Replay the written files in order; raise on any inconsistent label."""
    assert len(payments) == len(labels)
    invd = {i["id"]: i for i in invoices}
    bal_ = {i["id"]: Decimal(i["balance"]) for i in invoices}
    currencies = {i["currency"] for i in invoices}
    seen = set()
    for p, lb in zip(payments, labels):
        assert lb["payment_id"] == p["id"]
        dup = p["id"] in seen
        seen.add(p["id"])
        if lb["status"] == "error":
            assert not lb["applications"] and lb.get("error"), lb
            bad = dup or not p.get("date") or p["currency"] not in currencies
            try:
                bad = bad or Decimal(p["amount"]) <= 0 or Decimal(p["amount"]) != q(Decimal(p["amount"]))
            except Exception:
                bad = True
            assert bad, ("error label on a valid row", p["id"])
            continue
        assert not dup and p.get("date") and p["currency"] in currencies, p["id"]
        amt = Decimal(p["amount"])
        assert amt > 0 and s(amt) == p["amount"]
        apps = lb["applications"]
        tot = sum((Decimal(a["amount"]) for a in apps), Z) + Decimal(lb["unapplied"])
        assert tot == amt, (p["id"], tot, amt)
        for a in apps:
            inv = invd[a["invoice_id"]]
            assert inv["currency"] == p["currency"], p["id"]
            x = Decimal(a["amount"])
            assert Z < x <= bal_[inv["id"]], (p["id"], a)
            bal_[inv["id"]] -= x
        st = lb["status"]
        if st == "applied":
            assert apps and Decimal(lb["unapplied"]) == 0 and lb["short_pay"] is None and not lb["candidates"]
        elif st == "partial":
            assert apps and Decimal(lb["unapplied"]) == 0 and not lb["candidates"]
            assert any(bal_[a["invoice_id"]] > 0 for a in apps)
            sp = lb["short_pay"]
            if sp:
                assert sp["invoice_id"] in {a["invoice_id"] for a in apps}
                assert Decimal(sp["amount"]) == bal_[sp["invoice_id"]], p["id"]
        elif st == "unapplied":
            assert Decimal(lb["unapplied"]) > 0 and lb["short_pay"] is None and not lb["candidates"]
            assert all(bal_[a["invoice_id"]] == 0 for a in apps)
            assert p["customer_id"], p["id"]
        elif st == "review":
            assert not apps and Decimal(lb["unapplied"]) == amt and lb["short_pay"] is None
            for cset in lb["candidates"]:
                for iid in cset["invoice_ids"]:
                    assert invd[iid]["currency"] == p["currency"] and bal_[iid] > 0, p["id"]
        else:
            raise AssertionError(st)
    return bal_


def readme(custs, invs, payments, labels):
    from collections import Counter
    st = Counter(lb["status"] for lb in labels)
    sc = Counter(lb["scenario"] for lb in labels)
    stsc = {}
    for lb in labels:
        stsc.setdefault(lb["scenario"], lb["status"])
    pc = Counter(p["currency"] for p in payments)
    ic = Counter(i["currency"] for i in invs)
    kinds = Counter((c["region"], c["kind"]) for c in custs)
    nocid = sum(1 for p in payments if p["customer_id"] is None)
    withrem = sum(1 for p in payments if p["remittance"])
    L = []
    w = L.append
    w("# Blind cash-application set: ledger_anz_hardware")
    w("")
    w("Held-out test set for the `match` contract (`/work/shared/contracts/cash-application.md`), written")
    w("from the contract only. Generated by `python3 build.py` (stdlib, seeded, byte-for-byte reproducible);")
    w("`python3 check.py` re-verifies every label by replaying the payments in file order.")
    w("")
    w("## Theme")
    w("")
    w("Southern Cross Hardware & Garden Supplies, a wholesale hardware and garden distributor (AU entity,")
    w("plus an NZ entity), invoicing hardware and rural retailers, garden centres, landscapers and")
    w("councils in Australia and New Zealand, and a few Pacific-island importers in USD. Tax-invoice")
    w("totals include GST (10 % AU, 15 % NZ). Invoices are dated 2025-11-03 to 2026-02-27; payments arrive")
    w("2026-03-02 to 2026-03-31. All names, numbers and domains are made up.")
    w("")
    w("Bank text as AU/NZ banks show it: AU direct-credit descriptions cut to 18 characters, BPAY")
    w("customer reference numbers (CRN = invoice digits + a Luhn/MOD10 check digit, e.g. `BPAY CRN 3197472`")
    w("for INV-319747), Osko/PayID descriptions with full payer names, NZ Particulars/Code/Reference (12")
    w("characters each, either space-padded or labelled `Particulars: … Code: … Reference: …`), SWIFT")
    w("`/RFB/` and `/INV/` references for USD, council remittance advices (council document numbers, EFT")
    w("numbers, supplier numbers and dd/mm/yyyy dates beside our invoice numbers), GST withheld for")
    w("an invalid tax invoice, settlement discounts, rebates, short deliveries and bank charges.")
    w("")
    w("## Files (in `ledger_anz_hardware/`)")
    w("")
    w("| file | rows | content |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | open invoices, contract format, sorted by number |" % len(invs))
    w("| `payments.json` | %d | payments, contract format, oldest first |" % len(payments))
    w("| `labels.json` | %d | one expected MATCHES entry per payment, same order, plus `scenario` and `note` |"
      % len(labels))
    w("")
    w("Customers: %d (%s). Invoices by currency: %s. Payments by currency: %s (as written, error rows"
      " included). %d payments have `customer_id` null; %d carry a remittance text." % (
          len(custs), ", ".join("%s %s %d" % (r, k, n) for (r, k), n in sorted(kinds.items())),
          ", ".join("%s %d" % kv for kv in sorted(ic.items())), ", ".join("%s %d" % kv for kv in sorted(pc.items())),
          nocid, withrem))
    w("")
    w("All text is English (AU/NZ usage, the odd te reo Maori greeting).")
    w("")
    w("## Counts")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("| scenario | status | payments |")
    w("|---|---|---|")
    for k, n in sorted(sc.items(), key=lambda kv: (["applied", "partial", "unapplied", "review", "error"].index(
            stsc[kv[0]]), -kv[1], kv[0])):
        w("| `%s` | %s | %d |" % (k, stsc[k], n))
    w("")
    w("## Label format")
    w("")
    w("```json")
    w(json.dumps(labels[0], ensure_ascii=False))
    w("```")
    w("")
    w("- `applications` list `{invoice_id, amount}`; compare them as a set (order is remittance order, or")
    w("  oldest due first for statement payments). `unapplied` is always a decimal string, except on error rows.")
    w("- `candidates` is a list of objects `{\"invoice_ids\": [...]}` (one likely invoice set each), best first.")
    w("- `reason`, `scenario` and `note` are for people; they are not engine output to compare.")
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    w("1. **review** entries apply nothing and put the whole amount in `unapplied`, so applications +")
    w("   unapplied still add up. Candidate ranking: an exact-amount reading before a referenced invoice")
    w("   whose balance does not match (`ref_conflict`); equal alternatives oldest due date first.")
    w("2. **Unknown payer that fits nothing** (`unknown_nofit`): `review` with empty `candidates`, because")
    w("   there is no customer to hold the cash for. A **known** customer's payment that fits nothing")
    w("   (`no_fit_known`, including deposits for future orders and references to invoices not on the")
    w("   open list) is `unapplied` with no applications.")
    w("3. **Short pays.** Any stated deduction is a `short_pay`: GST withheld pending a valid tax invoice,")
    w("   settlement/prompt-payment discount taken, rebate netted off, damaged goods, short delivery,")
    w("   pricing dispute, and international bank charges stated in the SWIFT reference. No deduction is")
    w("   written off (the ledger carries no terms or rebate agreements to validate them).")
    w("   `short_pay.amount` is the shortfall left open on that invoice (its balance after the")
    w("   application); `short_pay.reason` is free text. One short pay per payment at most.")
    w("4. **Stated part payments** (\"part payment\", \"instalment 1 of 3\", \"progress payment\") are")
    w("   `partial` with `short_pay` null. Some are followed later in the file by a final instalment")
    w("   (`instalment_final`, `applied`) that sees the reduced balance.")
    w("5. **Overpayments** are `unapplied` with the cleared invoice in `applications` and the remainder in")
    w("   `unapplied`. A **second payment of an already cleared invoice** (same amount and reference as an")
    w("   earlier payment in this file) is `unapplied` with no applications.")
    w("6. **Currencies.** Never applied across currencies. A known AU customer paying NZD or USD against")
    w("   an AUD invoice is `unapplied` (held). Dual-currency importers have an AUD invoice with exactly the")
    w("   same figure as a USD invoice; a USD payment goes to the USD one only.")
    w("7. **No customer_id, recognisable payer name, no reference**: applied only when the amount matches")
    w("   exactly one open invoice of that currency in the whole ledger (`name_amount`). A known customer")
    w("   with no usable reference is applied when exactly one of its open invoices (and no pair) has that")
    w("   balance (`amount_unique`), or when the amount is its whole open balance (`lump_all`).")
    w("8. **Third-party payers** (buying groups, shared-services centres, payroll bureaus) with no")
    w("   `customer_id`: applied when the reference names the invoice and the amount is its exact balance.")
    w("   A payment the bank maps to **another known customer** that names someone else's invoice is")
    w("   `review` with that invoice as the candidate (`ref_conflict_customer`).")
    w("9. **References that mislead**: a customer's PO number with the same six digits as one of our")
    w("   invoice numbers (`po_trap`, applied to the invoice the amount and remittance name); a transposed")
    w("   invoice number that exists nowhere, with the exact and unique balance of the intended invoice")
    w("   (`typo_ref`, applied); a list of invoice numbers cut at 18 characters where the cut number's")
    w("   prefix is shared by several invoices but only one balance makes the sum (`ref_trunc`, applied);")
    w("   ranges `318227-318231` / NZ short ranges `318245-249` covering only this customer's invoices in")
    w("   the range (others in the range belong to other customers and are not applied); a reference that is")
    w("   just the amount (`PMT 3194.83`) whose digits read like another open invoice of the same customer")
    w("   (`amount_lookalike`, applied to the one invoice with that balance).")
    w("10. **Remittances that do not add up**: lines totalling more than the payment with no reason, or a")
    w("   credit note not on the ledger netted off, are `review` with the listed invoices as one candidate set.")
    w("11. **Bad input rows** (%d): negative amount, a currency no invoice has (EUR, FJD), a duplicate" % st["error"])
    w("   payment id (only the later row is the error; the first is processed normally), a malformed")
    w("   amount (%s), a missing date (null or empty string). Labels:" % ", ".join(
        "`%s`" % p["amount"] for p, lb in zip(payments, labels) if lb["scenario"].startswith("error_malformed")))
    w("   `status` \"error\", `applications` [], `unapplied` null, `short_pay` null, `candidates` [],")
    w("   `error` text. Error rows are skipped by the replay and change no balance.")
    w("12. Payment ids look like `pmt_3c51db34`, invoice ids `inv_9cb875`, customer ids `C41504`.")
    w("")
    w("## Things I was unsure of")
    w("")
    w("- Settlement discounts and rebates are labelled short pays; a business with documented terms")
    w("  might accept an earned discount outright (a write-off, not a deduction case).")
    w("- `unknown_nofit` as `review` with no candidates versus `unapplied`: the contract's `unapplied`")
    w("  speaks of a known customer, so an unknown payer is sent to review.")
    w("- `cross_currency_hold` as `unapplied` rather than `review`: the customer is known and no invoice")
    w("  in the payment currency fits.")
    w("")
    return "\n".join(L)


if __name__ == "__main__":
    custs, invs, rows, fails = main()
    from collections import Counter
    print(len(custs), len(invs), len(rows))
    print(Counter(lb["status"] for p, lb in rows))
    print(Counter(lb["scenario"] for p, lb in rows))
    print("fails", dict(fails))
