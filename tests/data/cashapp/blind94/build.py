#!/usr/bin/env python3
"""Build blind cash-application set 344: Boreal Building Products (made up).

Standard library only, seed 344. Writes canada_lumber/invoices.json,
canada_lumber/payments.json and canada_lumber/labels.json next to this file.

Money is handled in integer cents throughout; rates go through Decimal with
explicit half-up rounding. Every payment is built for one scenario from the
balances that the earlier payments left open, so the labels replay in order.
The decision rules the labels follow are written down in README.md and
re-derived from the raw files by check.py.
"""
import datetime as dt
import json
import os
import random
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

SEED = 344
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "canada_lumber")

SNAPSHOT_FIRST_PAYMENT = dt.date(2025, 2, 3)
LAST_PAYMENT = dt.date(2025, 3, 31)

# --------------------------------------------------------------------------
# Text helpers (check.py has its own copy of the same rules)
# --------------------------------------------------------------------------
SPECIAL = {"Ł": "L", "ł": "l", "Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae",
           "Ø": "O", "ø": "o", "ß": "SS", "Đ": "D", "đ": "d"}
LEGAL = {"INC", "LTD", "LTEE", "LLC", "CORP", "CORPORATION", "CO", "COMPANY",
         "LIMITED", "INCORPORATED", "ULC", "LP", "LLP", "THE", "INCORPOREE"}
STOP = {"AND", "ET"}


def fold(s):
    s = "".join(SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).upper()


def name_tokens(s):
    return [t for t in re.sub(r"[^A-Z0-9]+", " ", fold(s)).split() if t not in STOP]


def core_name(s):
    return " ".join(t for t in name_tokens(s) if t not in LEGAL)


def full_name(s):
    return " ".join(name_tokens(s))


def name_alts(name):
    parts = re.split(r"\b(?:o/a|dba|d/b/a)\b", name, flags=re.I)
    alts = [name]
    if len(parts) > 1:
        alts += [p.strip(" ()") for p in parts if p.strip(" ()")]
    return alts


RUN_MAP = str.maketrans({"O": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8"})
REF_RE = re.compile(r"(?<![A-Z0-9])(?:BBP|INVOICE|INV|FACTURE|FACT|NO|N)?[ \-#:./°*]*([0-9OILSB|]{4,9})(?![A-Z0-9])")
SPLIT_RE = re.compile(r"(?<![A-Z0-9,.])(\d{2,4}) (\d{3})(?![A-Z0-9])")


def ref_numbers(text):
    """Integers that a clerk could read as invoice numbers, in order of appearance."""
    u = fold(text)
    found = []
    for m in REF_RE.finditer(u):
        run = m.group(1)
        if sum(ch.isdigit() for ch in run) >= 3:
            found.append((m.start(1), int(run.translate(RUN_MAP))))
    for m in SPLIT_RE.finditer(u):
        found.append((m.start(1), int(m.group(1) + m.group(2))))
    found.sort()
    out = []
    for _, n in found:
        if n not in out:
            out.append(n)
    return out


def cents(s):
    whole, frac = s.split(".")
    return int(whole) * 100 + int(frac)


def fmt(c):
    return f"{c // 100}.{c % 100:02d}"


def fmt_en(c):
    return f"{c // 100:,}.{c % 100:02d}"


def fmt_fr(c):
    return f"{c // 100:,}".replace(",", " ") + f",{c % 100:02d}"


def pct(c, rate):
    """cents * rate, rounded half up to a cent."""
    return int((Decimal(c) * Decimal(str(rate))).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------
# Customers
# --------------------------------------------------------------------------
EN_SURNAMES = ["MacDonald", "Campbell", "Kowalczyk", "Sandhu", "Nguyen", "Fraser", "McLeod", "Thompson",
               "Petrenko", "Olsen", "Chen", "Ferreira", "Morrison", "Grewal", "Baptiste", "Walsh",
               "Kuznetsov", "Lindqvist", "O'Brien", "Dhaliwal", "Szabo", "Ramsay", "Whitford", "Kaminski",
               "Haddad", "Novak", "Sutherland", "Marchetti", "Tkachuk", "Van Dyk", "Okafor", "Ferguson",
               "Doucette", "Pellerin", "Henderson", "Yaremko", "Cormier", "Bains"]
FR_SURNAMES = ["Côté", "Gagnon", "Tremblay", "Lévesque", "Pelletier", "Gauthier", "Desjardins", "Bergeron",
               "Thériault", "Ouellet", "Fortin", "Lemieux", "Boucher", "Gélinas", "Poirier", "Giroux",
               "Brassard", "Lapointe", "Séguin", "Hébert", "Caron", "Dufresne", "Champagne", "Bérubé"]
US_SURNAMES = ["Larson", "Hansen", "Kowalski", "Johnson", "Peterson", "Lindgren", "McCarthy", "Sorensen",
               "Gustafson", "Bergstrom", "O'Neill", "Thibodeau", "Halvorsen", "Nyberg", "Carlson",
               "Erickson", "Moreau", "Fitzgerald", "Olmstead", "Quist"]
CA_PLACES = [("Sudbury", "ON"), ("Barrie", "ON"), ("Kelowna", "BC"), ("Kamloops", "BC"), ("Red Deer", "AB"),
             ("Lethbridge", "AB"), ("Moncton", "NB"), ("Fredericton", "NB"), ("Thunder Bay", "ON"),
             ("Sault Ste. Marie", "ON"), ("Brandon", "MB"), ("Saskatoon", "SK"), ("Regina", "SK"),
             ("Nanaimo", "BC"), ("Prince George", "BC"), ("Timmins", "ON"), ("Peterborough", "ON"),
             ("Kingston", "ON"), ("Truro", "NS"), ("Charlottetown", "PE"), ("Medicine Hat", "AB"),
             ("Grande Prairie", "AB"), ("Orillia", "ON"), ("Cranbrook", "BC"), ("Steinbach", "MB"),
             ("Antigonish", "NS"), ("Bathurst", "NB"), ("Kenora", "ON"), ("Huntsville", "ON"), ("Vernon", "BC"),
             ("Penticton", "BC"), ("Yorkton", "SK"), ("Camrose", "AB"), ("Owen Sound", "ON"),
             ("Moose Jaw", "SK"), ("Chilliwack", "BC"), ("Woodstock", "ON"), ("Miramichi", "NB"),
             ("Portage la Prairie", "MB"), ("Airdrie", "AB")]
QC_PLACES = ["Trois-Rivières", "Sherbrooke", "Rimouski", "Saguenay", "Lévis", "Drummondville", "Granby",
             "Saint-Jérôme", "Val-d'Or", "Rouyn-Noranda", "Gatineau", "Joliette", "Victoriaville",
             "Saint-Hyacinthe", "Magog", "Baie-Comeau", "Sept-Îles", "Mont-Laurier", "Rivière-du-Loup",
             "Shawinigan"]
US_PLACES = [("Bellingham", "WA"), ("Spokane", "WA"), ("Duluth", "MN"), ("Grand Forks", "ND"), ("Minot", "ND"),
             ("Burlington", "VT"), ("Plattsburgh", "NY"), ("Watertown", "NY"), ("Bangor", "ME"),
             ("Presque Isle", "ME"), ("Marquette", "MI"), ("Great Falls", "MT"), ("Havre", "MT"),
             ("Bemidji", "MN"), ("Sandpoint", "ID")]
EN_FIRST = ["Dave", "Karen", "Mike", "Jennifer", "Raj", "Tom", "Lisa", "Harpreet", "Kevin", "Shannon", "Brent",
            "Amanda", "Darren", "Tanya", "Greg", "Nicole", "Wei", "Olena", "Scott", "Melissa", "Jason", "Priya"]
FR_FIRST = ["Jean-Pierre", "Sylvie", "Marc", "Nathalie", "Mathieu", "Isabelle", "Stéphane", "Geneviève",
            "François", "Mélanie", "Éric", "Josée", "Benoît", "Chantal", "Luc", "Véronique"]
US_FIRST = ["Bob", "Linda", "Gary", "Susan", "Eric", "Heather", "Randy", "Cheryl", "Todd", "Dawn", "Kyle"]
PERSON_LAST = ["Mercer", "Albright", "Kowal", "Sidhu", "Tran", "Rourke", "Dupuis", "Vachon", "Plourde", "Labbé",
               "Beaulieu", "Whitman", "Stroud", "Kozak", "Hartley", "Ng", "Armitage", "Roussel", "Paquin",
               "Ellison", "Brandt", "Voss", "Lacroix", "Corbeil", "Marsh", "Pruitt"]
PARENT_WORDS = ["Aurora", "Cedarline", "Keystone", "Northgate", "Pinnacle", "Trillium", "Laurentide",
                "Frontenac", "Harbourview", "Ridgeview", "Meridian", "Westbury", "Stonecrest", "Copperleaf",
                "Fairhaven", "Altitude", "Mistral", "Portage"]
TRADE_ADJ = ["Red Pine", "True North", "Blue Spruce", "Ironwood", "Cedar Ridge", "Timberline", "Granite Peak",
             "Lakeshore", "Prairie Sky", "Old Mill", "Stonebridge", "Jack Pine", "Birch Bay", "Wolf Creek",
             "Eagle Rock", "Silver Birch", "Tamarack", "Whitewater", "Black Bear", "Northwind"]
TRADE_NOUN = ["Renos", "Decks", "Framing", "Exteriors", "Carpentry", "Builds", "Roof Pros", "Home Services"]
TAX = {"ON": "1.13", "NS": "1.15", "NB": "1.15", "PE": "1.15", "AB": "1.05", "BC": "1.12", "SK": "1.11",
       "MB": "1.12", "QC": "1.14975"}


def take(pool):
    return pool.pop(R.randrange(len(pool)))


def make_customers():
    en_s, fr_s, us_s = EN_SURNAMES[:], FR_SURNAMES[:], US_SURNAMES[:]
    ca_p, qc_p, us_p = CA_PLACES[:], QC_PLACES[:], US_PLACES[:]
    custs = []
    used_ids = set()

    def add(name, cur, region, lang, kind, lo, hi, cnt, terms=30):
        while True:
            cid = f"BB-C{R.randint(1000, 3999)}"
            if cid not in used_ids:
                used_ids.add(cid)
                break
        custs.append({"id": cid, "name": name, "currency": cur, "region": region, "lang": lang, "kind": kind,
                      "lo": lo, "hi": hi, "count": cnt, "terms": terms, "recurring": None})

    for _ in range(10):
        s = take(en_s)
        p, prov = take(ca_p)
        add(R.choice([f"{s} Homes Ltd.", f"{p} Home Builders Inc.", f"{s} Developments Ltd."]), "CAD", prov, "en",
            "builder", 1500, 45000, R.randint(12, 26), R.choice([30, 30, 45, 60]))
    for _ in range(10):
        s = take(en_s)
        prov = R.choice(["ON", "ON", "BC", "AB", "MB", "SK", "NS", "NB"])
        add(R.choice([f"{s} Construction Ltd.", f"{s} Contracting Inc.", f"{s} & Sons Framing Ltd."]), "CAD",
            prov, "en", "contractor", 400, 18000, R.randint(5, 14))
    for _ in range(6):
        s = take(en_s)
        add(f"{s} Roofing Ltd.", "CAD", R.choice(["ON", "BC", "AB", "NS"]), "en", "roofer", 600, 22000,
            R.randint(4, 12))
    for _ in range(8):
        p, prov = take(ca_p)
        add(R.choice([f"{p} Lumber & Building Supply Ltd.", f"{p} Building Centre Ltd."]), "CAD", prov, "en",
            "yard", 2000, 40000, R.randint(8, 22))
    for _ in range(5):
        p, prov = take(ca_p)
        add(f"{p} Property Management Inc.", "CAD", prov, "en", "propmgr", 250, 9000, R.randint(4, 10))
    for kind_name in ["City of {}", "City of {}", "Town of {}", "Town of {}", "County of {}", "District of {}",
                      "Municipality of {}"]:
        p, prov = take(ca_p)
        add(kind_name.format(p), "CAD", prov, "en", "muni", 500, 30000, R.randint(2, 8), 45)
    for fmt_, prov, trade in [("{} Ontario Inc. o/a Northshore Framing", "ON", "Northshore Framing"),
                              ("{} B.C. Ltd. o/a Okanagan Trusses", "BC", "Okanagan Trusses"),
                              ("{} Alberta Ltd. (o/a Bow Valley Exteriors)", "AB", "Bow Valley Exteriors"),
                              ("{} Ontario Inc. o/a Lakehead Decks", "ON", "Lakehead Decks")]:
        add(fmt_.format(R.randint(1000000, 2999999)), "CAD", prov, "en", "contractor", 400, 16000,
            R.randint(4, 12))
    add("Łukasz Nowak Renovations Ltd.", "CAD", "ON", "en", "contractor", 400, 14000, R.randint(5, 10))
    add("Bjørnson Decks & Fencing Ltd.", "CAD", "MB", "en", "contractor", 400, 12000, R.randint(4, 9))
    # Quebec
    add("Les Constructions Bélanger Ltée", "CAD", "QC", "fr", "builder", 1500, 40000, R.randint(10, 18))
    add("Les Constructions Bélanger et Fils Inc.", "CAD", "QC", "fr", "builder", 1500, 30000, R.randint(6, 12))
    for _ in range(4):
        add(f"Les Constructions {take(fr_s)} Ltée", "CAD", "QC", "fr", "builder", 1500, 40000, R.randint(8, 20))
    for _ in range(5):
        add(f"Toitures {take(fr_s)} Inc.", "CAD", "QC", "fr", "roofer", 600, 20000, R.randint(4, 11))
    for _ in range(4):
        add(f"Rénovations {take(fr_s)} Inc.", "CAD", "QC", "fr", "contractor", 400, 15000, R.randint(4, 11))
    add("Rénovations Cœur-de-Lion Inc.", "CAD", "QC", "fr", "contractor", 400, 12000, R.randint(4, 9))
    for kind_name in ["Ville de {}", "Ville de {}", "Ville de {}", "Ville de {}", "Municipalité de {}",
                      "Municipalité de {}"]:
        add(kind_name.format(take(qc_p)), "CAD", "QC", "fr", "muni", 500, 28000, R.randint(2, 7), 45)
    for _ in range(3):
        add(f"Gestion Immobilière {take(qc_p)} Inc.", "CAD", "QC", "fr", "propmgr", 250, 8000, R.randint(4, 9))
    for _ in range(3):
        add(f"Matériaux {take(qc_p)} Inc.", "CAD", "QC", "fr", "yard", 2000, 38000, R.randint(8, 20))
    for _ in range(2):
        add(f"Quincaillerie {take(fr_s)} Inc.", "CAD", "QC", "fr", "yard", 1500, 25000, R.randint(6, 14))
    for _ in range(2):
        add(f"Habitations {take(fr_s)} Inc.", "CAD", "QC", "fr", "builder", 1500, 35000, R.randint(8, 16))
    for _ in range(2):
        add(f"{R.randint(9000, 9399)}-{R.randint(1000, 9999)} Québec Inc.", "CAD", "QC", "fr", "contractor", 400,
            14000, R.randint(4, 10))
    # US border states, invoiced in USD
    for _ in range(5):
        p, st = R.choice(US_PLACES)
        add(f"{take(us_s)} Builders LLC", "USD", st, "en", "builder", 1500, 40000, R.randint(6, 16))
    for _ in range(3):
        p, st = take(us_p)
        add(f"{p} Lumber Co.", "USD", st, "en", "yard", 2000, 35000, R.randint(6, 14))
    for _ in range(3):
        p, st = R.choice(US_PLACES)
        add(f"{take(us_s)} Roofing LLC", "USD", st, "en", "roofer", 600, 20000, R.randint(4, 10))
    for _ in range(2):
        p, st = take(us_p)
        add(f"City of {p}", "USD", st, "en", "muni", 500, 25000, R.randint(2, 6), 45)
    for _ in range(2):
        p, st = take(us_p)
        add(f"{p} Property Management LLC", "USD", st, "en", "propmgr", 250, 8000, R.randint(3, 8))
    for trade in ["Northwoods Builders", "Lake Country Roofing"]:
        p, st = R.choice(US_PLACES)
        add(f"{take(us_s)} Holdings LLC dba {trade}", "USD", st, "en", "builder", 1000, 30000, R.randint(4, 10))
    # Canadian customers billed in USD (export and US-priced lumber)
    for _ in range(5):
        p, prov = take(ca_p)
        add(R.choice([f"{p} Timber Frame Ltd.", f"{p} Log Homes Ltd.", f"{p} Export Lumber Inc."]), "USD", prov,
            "en", "builder", 2000, 40000, R.randint(4, 10))

    # persons (owners, bookkeepers), parent companies, unlisted trading names
    parents = PARENT_WORDS[:]
    trades = [f"{a} {n}" for a in TRADE_ADJ for n in TRADE_NOUN]
    R.shuffle(trades)
    for c in custs:
        first = FR_FIRST if c["lang"] == "fr" else (US_FIRST if c["currency"] == "USD" and c["region"] not in TAX
                                                    else EN_FIRST)
        c["persons"] = [f"{R.choice(first)} {R.choice(PERSON_LAST)}" for _ in range(2)]
        c["parent"] = None
        if c["kind"] in ("builder", "propmgr", "yard") and parents and R.random() < 0.6:
            w = take(parents)
            c["parent"] = R.choice([f"Groupe {w} Inc.", f"Placements {w} Inc."]) if c["lang"] == "fr" else \
                R.choice([f"{w} Holdings Inc.", f"{w} Capital Corp.", f"{w} Group Inc."])
        c["trading"] = trades.pop() if c["kind"] in ("contractor", "roofer", "builder") else None
    return custs


# --------------------------------------------------------------------------
# Invoices
# --------------------------------------------------------------------------
def business_day(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def rand_id(prefix, used):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    while True:
        s = "".join(R.choice(alphabet) for _ in range(12))
        if re.search(r"\d{3}", s) or s in used:
            continue
        used.add(s)
        return prefix + s


def log_uniform_cents(lo, hi):
    x = Decimal(str(lo)) * (Decimal(str(hi)) / Decimal(str(lo))) ** Decimal(str(R.random()))
    return int((x * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def make_invoices(custs):
    start, end = dt.date(2024, 10, 1), dt.date(2025, 1, 31)
    span = (end - start).days
    target = 1430
    raw = sum(c["count"] for c in custs)
    for c in custs:
        c["count"] = max(2, round(c["count"] * target / raw))
    # recurring monthly supply contracts: several open invoices with one identical total
    rec_pool = [c for c in custs if c["kind"] in ("propmgr", "muni", "yard")]
    for c in R.sample(rec_pool, 9):
        c["recurring"] = log_uniform_cents(1200, 9000)
        c["count"] = max(c["count"], 6)
    rows = []
    for c in custs:
        n_rec = R.randint(4, 5) if c["recurring"] else 0
        for k in range(c["count"]):
            if k < n_rec:
                month = [dt.date(2024, 10, 1), dt.date(2024, 11, 1), dt.date(2024, 12, 2), dt.date(2025, 1, 2),
                         dt.date(2025, 1, 31)][5 - n_rec + k]
                issue, total = month, c["recurring"]
            else:
                off = int(span * (R.random() ** 0.55))
                issue = start + dt.timedelta(days=off)
                if issue.weekday() >= 5:
                    issue -= dt.timedelta(days=issue.weekday() - 4)
                sub = log_uniform_cents(c["lo"], c["hi"])
                total = pct(sub, TAX.get(c["region"], "1"))
            rows.append((issue, R.random(), c, total, k < n_rec))
    rows.sort(key=lambda r: (r[0], r[1]))
    used = set()
    number = 48211
    invoices = []
    for issue, _, c, total, is_rec in rows:
        number += 1 + min(6, int(R.expovariate(0.9)))
        due = issue + dt.timedelta(days=c["terms"])
        bal = total
        if not is_rec and total > 80000 and R.random() < 0.10:
            paid = R.choice([total // 2, (pct(total, R.choice(["0.3", "0.4", "0.6", "0.7"])) // 10000) * 10000])
            if 0 < paid < total:
                bal = total - paid
        invoices.append({"id": rand_id("inv_", used), "number": f"BBP-{number:07d}", "customer_id": c["id"],
                         "customer_name": c["name"], "currency": c["currency"], "total": fmt(total),
                         "balance": fmt(bal), "issue_date": issue.isoformat(), "due_date": due.isoformat()})
    return invoices


# --------------------------------------------------------------------------
# World state while payments are generated
# --------------------------------------------------------------------------
class World:
    def __init__(self, custs, invoices):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.inv = {i["id"]: i for i in invoices}
        self.by_num = {int(i["number"][4:]): i for i in invoices}
        self.bal = {i["id"]: cents(i["balance"]) for i in invoices}
        self.by_cust = {}
        for i in invoices:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.alts = {c["id"]: ([core_name(a) for a in name_alts(c["name"])],
                               [full_name(a) for a in name_alts(c["name"])]) for c in custs}
        self.history = []  # (customer, invoice, amount) fully paid by one earlier single payment

    def num(self, inv):
        return int(inv["number"][4:])

    def open(self, cid, cur=None):
        return [i for i in self.by_cust.get(cid, []) if self.bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

    def match_name(self, payer):
        if not payer:
            return None
        pc, pf = core_name(payer), full_name(payer)
        hits = set()
        for cid, (cores, fulls) in self.alts.items():
            if pc and pc in cores:
                hits.add(cid)
            if len(pf) >= 12 and any(f.startswith(pf) for f in fulls):
                hits.add(cid)
        return hits.pop() if len(hits) == 1 else None

    def exact_sets(self, cid, cur, amount, maxk=5):
        items = sorted(self.open(cid, cur), key=lambda i: self.bal[i["id"]])
        vals = [self.bal[i["id"]] for i in items]
        pos = {}
        for k, v in enumerate(vals):
            pos.setdefault(v, []).append(k)
        res = []

        def rec(start, chosen, rem):
            for j in pos.get(rem, ()):
                if j >= start:
                    res.append([items[x] for x in chosen + [j]])
            if len(chosen) + 1 >= maxk:
                return
            for k in range(start, len(items)):
                if vals[k] * 2 > rem:
                    break
                rec(k + 1, chosen + [k], rem - vals[k])

        rec(0, [], amount)
        return res

    def near(self, cid, cur, amount):
        out = [i for i in self.open(cid, cur) if abs(self.bal[i["id"]] - amount) * 20 <= self.bal[i["id"]]]
        return sorted(out, key=lambda i: (abs(self.bal[i["id"]] - amount), i["due_date"], i["number"]))

    def ledger_singles(self, cur, amount):
        out = [i for i in self.inv.values() if i["currency"] == cur and self.bal[i["id"]] == amount]
        return sorted(out, key=lambda i: (i["due_date"], i["number"]))

    def order_sets(self, sets, refs_open):
        ref_ids = {i["id"] for i in refs_open}

        def key(s):
            ids = {i["id"] for i in s}
            return (0 if ref_ids and ids <= ref_ids else 1, len(s), tuple(sorted(i["due_date"] for i in s)),
                    tuple(sorted(i["number"] for i in s)))
        out = sorted(sets, key=key)
        if refs_open and not any({i["id"] for i in s} == ref_ids for s in out):
            out.append(list(refs_open))
        return out[:5]


# --------------------------------------------------------------------------
# How a payment looks
# --------------------------------------------------------------------------
def bank_upper(name):
    return re.sub(r"\s+", " ", re.sub(r"[.,'()]", "", fold(name))).strip()


def strip_suffix(upper):
    toks = upper.split()
    while toks and toks[-1] in LEGAL:
        toks.pop()
    return " ".join(toks)


def known_payer(w, c, modes=None):
    """(payer_name, customer_id, how) that identifies customer c."""
    up = bank_upper(c["name"])
    options = modes or ["id", "id", "exact", "upper", "nosuffix", "trunc"]
    for _ in range(30):
        mode = R.choice(options)
        if mode == "id":
            name = R.choice([c["name"], up] + ([] if c["kind"] == "muni" else [R.choice(c["persons"]).upper()]))
            if w.match_name(name) in (None, c["id"]):
                return name, c["id"], "id"
            continue
        if mode == "exact":
            name = c["name"]
        elif mode == "upper":
            name = up
        elif mode == "nosuffix":
            name = strip_suffix(up)
        elif mode == "trunc":
            if len(up) < 18:
                continue
            lo = max(16, -(-len(up) * 6 // 10))
            if lo > len(up) - 3:
                continue
            name = up[:R.randint(lo, len(up) - 3)].rstrip()
        elif mode == "ach16":
            if len(up) <= 16:
                name = up
            else:
                name = up[:16].rstrip()
        elif mode == "oa":
            alts = name_alts(c["name"])
            if len(alts) < 2:
                continue
            name = bank_upper(alts[-1])
        elif mode == "folded":
            if fold(c["name"]) == c["name"].upper():
                continue
            name = strip_suffix(up) if R.random() < 0.5 else up
        else:
            raise ValueError(mode)
        if w.match_name(name) == c["id"]:
            return name, None, mode
    return c["name"], c["id"], "id"


def unknown_payer(w, c, kinds=None):
    """(payer_name, kind) that names no customer, for a payment on c's behalf."""
    kinds = kinds or ["person", "parent", "trading", "abbrev"]
    if c["kind"] == "muni":
        kinds = [k for k in kinds if k != "person"]
        if not kinds:
            return None, None
    for _ in range(40):
        k = R.choice(kinds)
        if k == "person":
            name = R.choice(c["persons"]).upper()
        elif k == "parent":
            if not c["parent"]:
                continue
            name = bank_upper(c["parent"])
        elif k == "trading":
            if not c["trading"]:
                continue
            name = R.choice([c["trading"], bank_upper(c["trading"])])
        else:
            up = strip_suffix(bank_upper(c["name"]))
            ab = (up.replace("CONSTRUCTION", "CONSTRN").replace("BUILDERS", "BLDRS").replace("PROPERTY", "PPTY")
                  .replace("MANAGEMENT", "MGMT").replace("DEVELOPMENTS", "DEVTS").replace("HOMES", "HMS")
                  .replace("LUMBER", "LBR").replace("BUILDING", "BLDG").replace("CONTRACTING", "CONTRG")
                  .replace("ROOFING", "RFG").replace("RENOVATIONS", "RENOS"))
            if ab == up:
                continue
            name = ab
        if w.match_name(name) is None:
            return name, k
    return None, None


def spell(n, lang, style=None):
    en = ["full", "nodash", "space", "short", "bare", "zeros", "inv", "invhash", "invoice", "invglued", "hash",
          "split", "lower", "invoice_full"]
    fr = ["full", "bare", "facture", "factno", "factdeg", "fnum", "short", "zeros", "split", "nodash"]
    style = style or R.choice(fr if lang == "fr" else en)
    return {
        "full": f"BBP-{n:07d}", "nodash": f"BBP{n:07d}", "space": f"BBP {n:07d}", "short": f"BBP-{n}",
        "bare": f"{n}", "zeros": f"{n:07d}", "inv": f"INV {n}", "invhash": f"Inv #{n}", "invoice": f"Invoice {n}",
        "invglued": f"INV{n}", "hash": f"#{n}", "split": f"{n // 1000} {n % 1000:03d}", "lower": f"bbp-{n:07d}",
        "invoice_full": f"Invoice BBP-{n:07d}", "facture": f"Facture {n}", "factno": f"Fact. no {n}",
        "factdeg": f"facture n° {n:07d}", "fnum": f"F-{n}",
    }[style]


def numeric_only(sp):
    """'Invoice 48211' -> '48211', 'Fact. no 48211' -> '48211', 'F-48211' -> '48211'; BBP forms unchanged."""
    return re.sub(r"^(?:(?:invoice|inv|facture|fact\.?)\s*)?(?:no\.?\s*|n°\s*|#|f-)?", "", sp, flags=re.I) or sp


def ocr(n):
    s = list(f"BBP-{n:07d}" if R.random() < 0.7 else f"{n:07d}")
    digit_pos = [k for k, ch in enumerate(s) if ch in "0158"]
    R.shuffle(digit_pos)
    subs = {"0": "O", "1": R.choice(["I", "l", "|"]), "5": "S", "8": "B"}
    changed = 0
    for k in digit_pos:
        if changed >= R.randint(1, 2):
            break
        s[k] = subs[s[k]]
        changed += 1
    if changed == 0:
        return None
    return "".join(s)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def etr_code():
    return "CA" + "".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz") for _ in range(6)) + \
        R.choice("23456789") + R.choice("ABCDEFGHJKMNPQRSTUVWXYZ")


def channel_for(c, allow=None):
    if c["currency"] == "USD" and c["region"] not in TAX:
        ch = ["ach", "ach", "ach", "wire", "lockbox", "card"]
    elif c["kind"] == "muni":
        ch = ["eft", "eft", "lockbox"]
    else:
        ch = ["eft", "eft", "lockbox", "lockbox", "etransfer", "card", "wire"]
        if c["currency"] == "USD":
            ch = ["wire", "wire", "eft", "lockbox"]
    if allow:
        ch = [x for x in ch if x in allow] or list(allow)
    return R.choice(ch)


def wrap(ch, c, payer, phrase, remit, amount, lang, date):
    """reference and remittance for a channel. phrase is the payer's own text (may be empty)."""
    short = (payer or "").upper()[:18].rstrip()
    phrase = (phrase or "").strip()
    if ch == "etransfer" and amount > 1000000:
        ch = "eft"  # above the e-Transfer limit the customer sends an EFT
    if ch == "eft":
        ref = R.choice([f"EFT CREDIT {phrase}", f"AFT {short} {phrase}",
                        f"PAYMENT {phrase}" if not phrase.startswith("PAYMENT") else f"EFT {phrase}",
                        f"BILL PMT BOREAL BLDG PROD {phrase}", f"CPA 450 {phrase}"] + ([phrase] if phrase else []))
    elif ch == "wire":
        ref = (R.choice([f"WIRE IN /RFB/{phrase}", f"INCOMING WIRE ORG:{short} OBI:{phrase}",
                         f"SWIFT MT103 /BNF/BOREAL BUILDING PRODUCTS /RFB/{phrase}"]) if phrase else
               R.choice([f"INCOMING WIRE ORG:{short}", "SWIFT MT103 /BNF/BOREAL BUILDING PRODUCTS"]))
    elif ch == "lockbox":
        ref = f"LOCKBOX 7731 BATCH {R.randint(10, 99)} ITEM {R.randint(1, 40)} CHQ {R.randint(1000, 9999)}"
        num = numeric_only(phrase) if re.search(r"\d", phrase) else None
        if remit is None:
            if num and lang == "fr":
                remit = f"TALON NUMÉRISÉ | COMPTE {c['id']} | FACTURE {num} | MONTANT {fmt_fr(amount)} $"
            elif num:
                remit = f"SCANNED STUB | ACCOUNT {c['id']} | INVOICE {num} | AMOUNT {fmt_en(amount)}"
            else:
                remit = f"SCANNED STUB | ACCOUNT {c['id']} | AMOUNT {fmt_en(amount)}" + \
                    (f" | MEMO {phrase}" if phrase else "")
    elif ch == "etransfer":
        ref = f"INTERAC E-TRANSFER {etr_code()}"
        if phrase and remit is None:
            remit = f"Message: {phrase}"
    elif ch == "card":
        ref = R.choice(["MONERIS DEP BATCH", "GLOBAL PAYMENTS SETTL", "STRIPE PAYOUT"]) + f" {R.randint(100, 999)}"
    elif ch == "ach":
        ref = f"ACH CREDIT CCD {digits(15)} {R.choice(['VENDOR PMT', 'AP PAYMENT', 'PAYABLES'])} {phrase}"
    else:
        raise ValueError(ch)
    ref = re.sub(r"\s+", " ", ref).strip()
    return ref or None, remit


def generic_phrase(lang):
    return R.choice(["PAIEMENT", "VIREMENT", "PAIEMENT FOURNISSEUR", ""] if lang == "fr" else
                    ["PAYMENT", "ACCOUNT PAYMENT", "SUPPLIER PMT", "", "MATERIALS"])


# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------
def apps(pairs):
    return [{"invoice_id": i["id"], "amount": fmt(a)} for i, a in pairs]


def cand(sets):
    return [{"invoice_ids": [i["id"] for i in s]} for s in sets]


def label(status, applications=(), unapplied=0, short_pay=None, candidates=(), reason=""):
    return {"status": status, "applications": apps(applications), "unapplied": fmt(unapplied),
            "short_pay": short_pay, "candidates": cand(candidates), "reason": reason}


class Skip(Exception):
    pass


def pick_customer(w, pred=lambda c: True, min_open=1):
    pool = [c for c in w.custs if pred(c) and len(w.open(c["id"])) >= min_open]
    if not pool:
        raise Skip()
    return R.choice(pool)


def pick_inv(w, c, pred=lambda i: True):
    pool = [i for i in w.open(c["id"]) if pred(i)]
    if not pool:
        raise Skip()
    return R.choice(pool)


def refs_ok(w, payment, expected):
    got = [n for n in ref_numbers((payment["reference"] or "") + "\n" + (payment["remittance"] or ""))
           if n in w.by_num]
    return got == expected


def payment(payer, cid, amount, cur, ref, remit):
    return {"amount": fmt(amount), "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref,
            "remittance": remit}


def single_remit(lang, sp, amount):
    if lang == "fr":
        sp = numeric_only(sp)
        return R.choice([f"Avis de paiement : facture {sp} — {fmt_fr(amount)} $",
                         f"Paiement de la facture {sp}. Merci.", None, None])
    return R.choice([f"Payment advice: {sp} - {fmt_en(amount)}", f"Please apply to {sp}. Thank you.",
                     f"Remittance advice\nInvoice: {numeric_only(sp)}\nAmount: ${fmt_en(amount)}", None, None])


def ref_payment(w, c, x_list, amount, payer, cid, lang, date, ch=None, remit=None, phrase=None, sp_list=None):
    """A payment whose text names the invoices in x_list."""
    ch = ch or channel_for(c)
    sps = sp_list or [spell(w.num(x), lang) for x in x_list]
    if phrase is None:
        phrase = " ".join(sps) if len(sps) == 1 else ", ".join(sps)
    if ch == "card" or (ch == "etransfer" and amount > 1000000):
        ch = "eft"
    if ch == "ach" and remit is None and len(x_list) == 1 and R.random() < 0.6:
        remit = f"RMR*IV*{sps[0].replace(' ', '')}*{fmt(amount)}\\"
        phrase = "" if R.random() < 0.5 else phrase
    if remit is None and ch in ("eft", "wire") and R.random() < 0.4:
        remit = single_remit(lang, sps[0], amount) if len(sps) == 1 else None
    ref, remit = wrap(ch, c, payer, phrase, remit, amount, lang, date)
    if ch == "lockbox":
        cid = c["id"]
    return payment(payer, cid, amount, c["currency"], ref, remit), ch


# --------------------------------------------------------------------------
# Scenarios. Each returns (payment, label, scenario, note) or raises Skip.
# --------------------------------------------------------------------------
def sc_ref_exact(w, date):
    c = pick_customer(w)
    roll = R.random()
    if roll < 0.12 and any(x["recurring"] and len(w.open(x["id"])) >= 2 for x in w.custs):
        c = pick_customer(w, lambda x: bool(x["recurring"]), 2)
        x = pick_inv(w, c, lambda i: w.bal[i["id"]] == c["recurring"])
        note = "same amount is open on several of this customer's invoices; the reference decides"
    elif roll < 0.24:
        x = pick_inv(w, c, lambda i: w.bal[i["id"]] != cents(i["total"]))
        note = "invoice was already part-paid; pays the remaining balance"
    else:
        x = pick_inv(w, c)
        note = "reference and exact balance"
    a = w.bal[x["id"]]
    payer, cid, how = known_payer(w, c, ["id", "exact", "upper", "nosuffix", "trunc", "oa", "folded"] +
                                  (["ach16"] if c["currency"] == "USD" else []))
    p, ch = ref_payment(w, c, [x], a, payer, cid, c["lang"], date)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    lab = label("applied", [(x, a)], reason=f"reference names {x['number']}; amount equals its balance")
    return p, lab, "ref_exact", f"{note}; {ch}; payer identified by {how}"


def sc_ref_ocr(w, date):
    c = pick_customer(w)
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    sp = ocr(w.num(x))
    if not sp:
        raise Skip()
    payer = R.choice([c["name"], bank_upper(c["name"])] +
                     ([] if c["kind"] == "muni" else [R.choice(c["persons"]).upper()]))
    if w.match_name(payer) not in (None, c["id"]):
        raise Skip()
    amt_txt = fmt_en(a)
    if R.random() < 0.4:
        amt_txt = amt_txt.replace("0", "O", 1)
    remit = R.choice([f"SCANNED STUB | ACCOUNT {c['id']} | INVOICE NO {sp} | AMOUNT PAID {amt_txt}",
                      f"LOCKBOX IMAGE OCR: REMIT {sp} AMT {amt_txt} ACCT {c['id']}",
                      f"STUB OCR >> {c['name'].upper()} / INV {sp} / {amt_txt}"])
    ref = f"LOCKBOX 7731 BATCH {R.randint(10, 99)} ITEM {R.randint(1, 40)} CHQ {R.randint(1000, 9999)}"
    p = payment(payer, c["id"], a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    lab = label("applied", [(x, a)], reason=f"scanned stub reads {sp} = {x['number']}; amount equals its balance")
    return p, lab, "ref_ocr", f"lockbox OCR spelling {sp!r} of {x['number']}"


def sc_ref_in_bank_text(w, date):
    c = pick_customer(w)
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    payer, cid, how = known_payer(w, c, ["upper", "nosuffix", "trunc", "id"] +
                                  (["ach16"] if c["currency"] == "USD" else []))
    sp = spell(w.num(x), c["lang"], R.choice(["bare", "inv", "invglued", "nodash", "full", "short", "zeros"]))
    d = date.strftime("%Y%m%d")
    short = payer.upper()[:16].rstrip()
    if c["currency"] == "USD" and c["region"] not in TAX:
        ref = R.choice([f"ACH CREDIT {d} CCD TRACE {digits(15)} CO ID {digits(10)} {short} ENTRY VENDOR PMT "
                        f"ADDENDA PAYMENT FOR {sp} TKS",
                        f"FEDWIRE CREDIT IMAD {d}{digits(6)} ORG {short} OBI PMT {sp} OUR REF {digits(12)}"])
    elif c["lang"] == "fr":
        ref = R.choice([f"VIREMENT RECU {d} NO CONF {digits(11)} DE {short} PAIEMENT {sp} MERCI",
                        f"DEPOT DIRECT {short} REF {digits(13)} FACT {sp} BOREAL PRODUITS DE CONSTRUCTION"])
    else:
        ref = R.choice([f"EFT CREDIT {d} TRN {digits(13)} {short} PMT {sp} THANK YOU",
                        f"/ORG/{short}/OBI/PAYMENT OF {sp} PER PO JOB-{R.randint(100, 999)}/BNF/BOREAL BUILDING "
                        f"PRODUCTS/REF {digits(16)}",
                        f"CPA 450 BILL PMT {short} {sp} CONF {digits(10)} SEQ {R.randint(1, 9)}"])
    p = payment(payer, cid, a, c["currency"], ref, None)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    lab = label("applied", [(x, a)], reason=f"bank text contains {x['number']}; amount equals its balance")
    return p, lab, "ref_in_bank_text", f"number {sp!r} buried in bank text; payer identified by {how}"


def sc_ref_payer_differs(w, date):
    c = pick_customer(w)
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    payer, kind = unknown_payer(w, c)
    if not payer:
        raise Skip()
    ch = "etransfer" if kind == "person" and c["currency"] == "CAD" else channel_for(c, ["eft", "wire", "ach"])
    if kind == "person" and c["currency"] == "USD":
        ch = "wire"
    p, ch = ref_payment(w, c, [x], a, payer, None, c["lang"], date, ch=ch)
    p["customer_id"] = None
    if ch == "lockbox" or not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    what = {"person": "a person paying for the business", "parent": "the parent company",
            "trading": "an unlisted trading name", "abbrev": "a bank-abbreviated name"}[kind]
    lab = label("applied", [(x, a)], reason=f"reference names {x['number']} and amount equals its balance; "
                                            f"payer {payer!r} is not on file")
    return p, lab, "ref_payer_differs", f"payer is {what} of {c['name']}; customer_id null"


def sc_name_variant_amount(w, date):
    c = pick_customer(w)
    modes = ["trunc", "oa", "folded", "nosuffix", "upper"] + (["ach16"] if c["currency"] == "USD" else [])
    if R.random() < 0.6:
        special = [x for x in w.custs if name_alts(x["name"])[1:] or fold(x["name"]) != x["name"].upper()]
        c = R.choice([x for x in special if w.open(x["id"])])
    payer, cid, how = known_payer(w, c, modes)
    if cid is not None:
        raise Skip()
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    sets = w.exact_sets(c["id"], c["currency"], a)
    if len(sets) != 1:
        raise Skip()
    ch = channel_for(c, ["eft", "wire", "ach", "etransfer"])
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), None, a, c["lang"], date)
    p = payment(payer, None, a, c["currency"], ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("applied", [(x, a)], reason=f"payer name {payer!r} identifies {c['name']}; amount equals exactly "
                                            f"one open invoice ({x['number']})")
    return p, lab, "name_variant_amount", f"no reference; name variant by {how}; unique exact amount"


def multi_remit(w, lang, xs, style):
    if style == "edi":
        return "".join(f"RMR*IV*{w.num(x)}*{fmt(w.bal[x['id']])}\\" for x in xs)
    if lang == "fr":
        lines = [f"Facture {spell(w.num(x), 'fr', R.choice(['full', 'bare', 'zeros']))} : "
                 f"{fmt_fr(w.bal[x['id']])} $" for x in xs]
        return "Avis de paiement\n" + "\n".join(lines) + f"\nTotal : {fmt_fr(sum(w.bal[x['id']] for x in xs))} $"
    if style == "plain":
        return "Paying invoices " + ", ".join(spell(w.num(x), "en", R.choice(["bare", "full", "short"]))
                                              for x in xs) + ". Thanks"
    lines = [f"{spell(w.num(x), 'en', R.choice(['full', 'invoice', 'bare', 'nodash']))}   {fmt_en(w.bal[x['id']])}"
             for x in xs]
    return "REMITTANCE ADVICE\n" + "\n".join(lines) + f"\nTOTAL {fmt_en(sum(w.bal[x['id']] for x in xs))}"


def sc_multi_listed(w, date):
    c = pick_customer(w, min_open=3)
    opens = w.open(c["id"])
    k = R.randint(2, min(5, len(opens)))
    xs = sorted(R.sample(opens, k), key=lambda i: i["number"])
    a = sum(w.bal[x["id"]] for x in xs)
    if R.random() < 0.8:
        payer, cid, how = known_payer(w, c)
    else:
        payer, _ = unknown_payer(w, c, ["parent", "trading", "person"])
        cid, how = None, "nothing (payer not on file)"
        if not payer:
            raise Skip()
    ch = channel_for(c, ["eft", "wire", "ach", "lockbox"])
    style = "edi" if ch == "ach" else R.choice(["table", "plain"])
    remit = multi_remit(w, c["lang"], xs, style)
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), remit, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x) for x in xs]):
        raise Skip()
    lab = label("applied", [(x, w.bal[x["id"]]) for x in xs],
                reason=f"remittance lists {len(xs)} invoices whose balances add up to the amount")
    return p, lab, "multi_listed", f"{k} invoices listed ({style}); payer identified by {how}"


def sc_multi_unlisted(w, date):
    c = pick_customer(w, min_open=3)
    opens = sorted(w.open(c["id"]), key=lambda i: (i["due_date"], i["number"]))
    k = R.randint(2, min(4, len(opens)))
    xs = opens[:k] if R.random() < 0.6 else R.sample(opens, k)
    a = sum(w.bal[x["id"]] for x in xs)
    sets = w.exact_sets(c["id"], c["currency"], a)
    if len(sets) != 1:
        raise Skip()
    payer, cid, how = known_payer(w, c)
    ch = channel_for(c, ["eft", "wire", "ach", "lockbox", "etransfer"])
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), None, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    xs = sorted(xs, key=lambda i: (i["due_date"], i["number"]))
    lab = label("applied", [(x, w.bal[x["id"]]) for x in xs],
                reason=f"no invoice named; amount equals exactly one combination of {k} open invoices")
    return p, lab, "multi_unlisted_sum", f"{k} invoices, not listed, {'oldest first' if xs == opens[:k] else 'mixed'}"


def ref_short(w, c, min_bal, allow_unknown=False):
    x = pick_inv(w, c, lambda i: w.bal[i["id"]] >= min_bal)
    payer, cid, how = known_payer(w, c)
    return x, w.bal[x["id"]], payer, cid, how


def no_conflict(w, c, cur, a, refs_open):
    ids = {i["id"] for i in refs_open}
    return not [s for s in w.exact_sets(c["id"], cur, a) if {i["id"] for i in s} != ids]


PART_EN = ["Partial payment on {sp}", "Progress payment #2 for {sp}", "First instalment on invoice {sp}",
           "Part payment {sp}, balance to follow"]  # {sp} is numeric_only in the templates that need it
PART_FR = ["Acompte sur la facture {sp}", "Paiement partiel facture {sp}", "Versement partiel — facture {sp}"]


def sc_part_payment(w, date):
    c = pick_customer(w)
    x, b, payer, cid, how = ref_short(w, c, 200000)
    sp = spell(w.num(x), c["lang"])
    kind = R.choice(["half", "round", "round", "holdback"])
    if kind == "half":
        a = b // 2
    elif kind == "round":
        a = R.randint(1, max(1, int(b * 0.8) // 100000)) * 100000
    else:
        a = b - pct(b, "0.10")
    if not 0 < a < b:
        raise Skip()
    if kind == "holdback":
        text = (f"Facture {numeric_only(sp)} : retenue de garantie 10 % conservée" if c["lang"] == "fr" else
                f"{sp} less 10% holdback, released at substantial completion")
    else:
        text = R.choice(PART_FR if c["lang"] == "fr" else PART_EN).format(sp=numeric_only(sp))
    if not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    ch = channel_for(c, ["eft", "wire", "lockbox", "etransfer", "ach"])
    ref, remit = wrap(ch, c, payer, "", text, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    lab = label("partial", [(x, a)], reason=f"remittance says part payment of {x['number']}; "
                                            f"{fmt(b - a)} stays open")
    return p, lab, "part_payment", f"stated part payment ({kind}); payer identified by {how}"


def sc_part_unstated(w, date):
    c = pick_customer(w)
    x, b, payer, cid, how = ref_short(w, c, 400000)
    a = R.randint(1, int(b * 0.8) // 100000) * 100000
    if not (0 < a and (b - a) * 10 > b):
        raise Skip()
    if not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    sp = spell(w.num(x), c["lang"])
    ch = channel_for(c, ["eft", "wire", "lockbox", "etransfer", "ach"])
    ref, remit = wrap(ch, c, payer, sp, None, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    lab = label("partial", [(x, a)], reason=f"pays {fmt(a)} of {x['number']} with no explanation; shortfall over "
                                            f"10% of the balance is treated as a part payment")
    return p, lab, "part_payment_unstated", f"round amount {fmt(a)} against balance {fmt(b)}"


DEDUCTIONS = {
    "bank_fee": ("bank fee", "{sp} {g} less bank charges {d}", "Facture {sp} {g} $ moins frais bancaires {d} $"),
    "discount": ("early-payment discount", "{sp} less 2% early payment discount ({d})",
                 "Facture {sp} moins escompte 2 % ({d} $)"),
    "damaged": ("damaged goods", "{sp}: deducted {d} for damaged material (2 bundles 2x6 SPF)",
                "Facture {sp} : déduction {d} $ pour marchandise endommagée"),
    "shortage": ("short shipment", "{sp} short shipped 12 sheets 7/16 OSB, deducted {d}",
                 "Facture {sp} : 12 feuilles manquantes à la livraison, déduction {d} $"),
    "pricing": ("pricing dispute", "{sp}: price difference vs quote Q-2231, deducted {d}",
                "Facture {sp} : écart de prix selon soumission S-2231, déduction {d} $"),
    "freight": ("freight charge disputed", "{sp}: freight charge not agreed, deducted {d}",
                "Facture {sp} : frais de livraison non convenus, déduction {d} $"),
    "returned": ("returned goods", "{sp}: returned 6 rolls underlayment (RMA 7713), deducted {d}",
                 "Facture {sp} : retour de 6 rouleaux de membrane, crédit {d} $"),
}


def sc_short_deduction(w, date):
    c = pick_customer(w)
    cat = R.choice(list(DEDUCTIONS))
    x, b, payer, cid, how = ref_short(w, c, 50000)
    if cat == "bank_fee":
        d = R.choice([1000, 1500, 2000, 2500, 3000, 3500, 4500])
    elif cat == "discount":
        if b != cents(x["total"]):
            raise Skip()
        d = pct(b, "0.02")
    elif cat == "freight":
        d = R.choice([8500, 12500, 18500, 22500, 29500])
    else:
        d = pct(b, R.choice(["0.04", "0.07", "0.11", "0.18", "0.25"])) + R.randint(-50, 50)
    a = b - d
    if not 0 < a < b or not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    reason, en, fr = DEDUCTIONS[cat]
    sp = spell(w.num(x), c["lang"], R.choice(["full", "nodash", "short", "bare", "zeros", "inv", "invoice", "lower"]))
    text = (fr.format(sp=numeric_only(sp), g=fmt_fr(b), d=fmt_fr(d)) if c["lang"] == "fr"
            else en.format(sp=sp, g=fmt_en(b), d=fmt_en(d)))
    ch = channel_for(c, ["eft", "wire", "lockbox", "ach"] if cat == "bank_fee" else
                     ["eft", "lockbox", "etransfer", "ach", "wire"])
    ref, remit = wrap(ch, c, payer, "", text, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    sp_ = {"invoice_id": x["id"], "amount": fmt(d), "reason": reason}
    lab = label("partial", [(x, a)], short_pay=sp_, reason=f"{x['number']} paid less a stated deduction: {reason}")
    return p, lab, "short_pay_deduction", f"{cat} {fmt(d)}; payer identified by {how}"


def sc_card_net(w, date):
    c = pick_customer(w, lambda c: c["kind"] not in ("muni",))
    x = pick_inv(w, c, lambda i: 20000 <= w.bal[i["id"]] <= 2500000)
    b = w.bal[x["id"]]
    fee = pct(b, R.choice(["0.0175", "0.0229", "0.0245", "0.0265", "0.0295"]))
    a = b - fee
    if not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    proc = R.choice(["MONERIS SOLUTIONS", "GLOBAL PAYMENTS CANADA", "STRIPE PAYMENTS CANADA"]) \
        if c["region"] in TAX else R.choice(["STRIPE INC", "GLOBAL PAYMENTS INC"])
    sp = spell(w.num(x), c["lang"], R.choice(["full", "bare", "short"]))
    if c["lang"] == "fr":
        remit = (f"Paiement par carte — facture {sp} — brut {fmt_fr(b)} $ — frais de traitement {fmt_fr(fee)} $ — "
                 f"net {fmt_fr(a)} $")
    else:
        remit = (f"Card sale via customer portal | Invoice {sp} | gross {fmt_en(b)} | processing fee {fmt_en(fee)} "
                 f"| net {fmt_en(a)}")
    cid = c["id"] if R.random() < 0.5 else None
    ref = R.choice(["MONERIS DEP BATCH", "SETTLEMENT BATCH", "PAYOUT"]) + f" {R.randint(100, 999)}"
    p = payment(proc, cid, a, c["currency"], ref, remit)
    if w.match_name(proc) is not None or not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    sp_ = {"invoice_id": x["id"], "amount": fmt(fee), "reason": "card processing fee"}
    lab = label("partial", [(x, a)], short_pay=sp_,
                reason=f"card settlement for {x['number']}: gross equals its balance, processing fee deducted")
    return p, lab, "card_net_of_fees", f"processor {proc}; customer_id {'set' if cid else 'null'}"


def sc_short_unexplained(w, date):
    c = pick_customer(w)
    x, b, payer, cid, how = ref_short(w, c, 30000)
    d = max(100, pct(b, R.choice(["0.003", "0.008", "0.015", "0.03", "0.05", "0.08"])) + R.randint(-30, 30))
    a = b - d
    if not (0 < a < b and d * 10 <= b) or not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    sp = spell(w.num(x), c["lang"])
    ch = channel_for(c, ["eft", "wire", "lockbox", "ach", "etransfer"])
    remit = single_remit(c["lang"], sp, a) if ch not in ("lockbox", "etransfer") else None
    ref, remit = wrap(ch, c, payer, sp, remit, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    sp_ = {"invoice_id": x["id"], "amount": fmt(d), "reason": "unexplained shortfall"}
    lab = label("partial", [(x, a)], short_pay=sp_, reason=f"{x['number']} paid {fmt(d)} short with no reason "
                                                           f"given (within 10%): short pay")
    return p, lab, "short_pay_unexplained", f"short by {fmt(d)} of {fmt(b)}"


def sc_fx_short(w, date):
    c = pick_customer(w, lambda x: x["kind"] != "muni")
    x, b, payer, cid, how = ref_short(w, c, 100000)
    d = pct(b, R.choice(["0.004", "0.007", "0.011", "0.016", "0.022"]))
    a = b - d
    if not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    sp = spell(w.num(x), c["lang"], R.choice(["full", "nodash", "short", "bare", "hash"]))
    other = "CAD" if c["currency"] == "USD" else "USD"
    if c["lang"] == "fr":
        text = f"Paiement facture {numeric_only(sp)} ({fmt_fr(b)} $), conversion au taux de change de la banque"
    else:
        text = R.choice([f"Payment of {sp} {c['currency']} {fmt_en(b)}, converted from {other} at bank rate",
                         f"{sp} / FX CONV FROM {other} / BAL {fmt_en(b)}"])
    ch = "wire"
    ref, remit = wrap(ch, c, payer, "", text, a, c["lang"], date)
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    sp_ = {"invoice_id": x["id"], "amount": fmt(d), "reason": "foreign exchange shortfall"}
    lab = label("partial", [(x, a)], short_pay=sp_,
                reason=f"{x['number']} paid {fmt(d)} short after a stated currency conversion")
    return p, lab, "fx_shortfall", f"converted from {other}; {fmt(d)} short"


def sc_overpayment(w, date):
    c = pick_customer(w)
    kind = R.choice(["total", "extra", "extra", "digits"])
    if kind == "total":
        x = pick_inv(w, c, lambda i: w.bal[i["id"]] < cents(i["total"]))
        b = w.bal[x["id"]]
        a = cents(x["total"])
    else:
        x = pick_inv(w, c)
        b = w.bal[x["id"]]
        if kind == "extra":
            a = b + R.choice([2500, 8500, 12500, 25000, 4750, 50000])
        else:
            s = fmt(b)
            whole = s.split(".")[0]
            if len(whole) < 3:
                raise Skip()
            t = whole[0] + str((int(whole[1]) + 1) % 10) + whole[2:]
            a = int(t) * 100 + b % 100
            if a <= b:
                raise Skip()
    payer, cid, how = known_payer(w, c)
    if not no_conflict(w, c, c["currency"], a, [x]):
        raise Skip()
    rest = [i for i in w.open(c["id"]) if i["id"] != x["id"]]
    if any(w.bal[i["id"]] == a - b for i in rest) or w.exact_sets(c["id"], c["currency"], a - b):
        raise Skip()
    sp = spell(w.num(x), c["lang"])
    ch = channel_for(c, ["eft", "wire", "lockbox", "ach", "etransfer"])
    p, ch = ref_payment(w, c, [x], a, payer, cid, c["lang"], date, ch=ch, sp_list=[sp])
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    lab = label("unapplied", [(x, b)], unapplied=a - b,
                reason=f"{x['number']} paid in full; {fmt(a - b)} over its balance held on account")
    note = {"total": "pays the original total of a part-paid invoice", "extra": "pays more than the balance",
            "digits": "amount keyed with a wrong digit, above the balance"}[kind]
    return p, lab, "overpayment", note


def sc_duplicate(w, date):
    pool = [h for h in w.history if not w.exact_sets(h[0]["id"], h[1]["currency"], h[2])]
    if not pool:
        raise Skip()
    c, x, a = R.choice(pool)
    payer, cid, how = known_payer(w, c)
    sp = spell(w.num(x), c["lang"])
    p, ch = ref_payment(w, c, [x], a, payer, cid, c["lang"], date, sp_list=[sp])
    if not refs_ok(w, p, [w.num(x)]):
        raise Skip()
    w.history.remove((c, x, a))
    lab = label("unapplied", [], unapplied=a, reason=f"{x['number']} was already paid earlier in this batch; "
                                                     f"second payment held on account")
    return p, lab, "duplicate_payment", f"second payment of {x['number']}"


def typo(n, avoid):
    s = str(n)
    for _ in range(50):
        op = R.choice(["swap", "digit", "digit", "drop"])
        k = R.randrange(1, len(s) - 1)
        if op == "swap":
            t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        elif op == "digit":
            t = s[:k] + str((int(s[k]) + R.choice([1, 9])) % 10) + s[k + 1:]
        else:
            t = s[:k] + s[k + 1:]
        if t != s and int(t) not in avoid:
            return int(t)
    return None


def sc_typo_amount(w, date):
    c = pick_customer(w)
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    if len(w.exact_sets(c["id"], c["currency"], a)) != 1:
        raise Skip()
    t = typo(w.num(x), w.by_num)
    if t is None:
        raise Skip()
    payer, cid, how = known_payer(w, c)
    sp = spell(t, c["lang"], R.choice(["bare", "full", "short", "inv", "facture"] if c["lang"] == "fr" else
                                      ["bare", "full", "short", "inv", "invhash"]))
    p, ch = ref_payment(w, c, [x], a, payer, cid, c["lang"], date, sp_list=[sp])
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("applied", [(x, a)], reason=f"reference {t} is no invoice on file; customer known and amount "
                                            f"equals exactly one open invoice ({x['number']})")
    return p, lab, "typo_resolved_by_amount", f"typo {t} for {w.num(x)}; payer identified by {how}"


def sc_typo_review(w, date):
    if R.random() < 0.5:
        c = pick_customer(w)
        x = pick_inv(w, c)
        a = w.bal[x["id"]]
        t = typo(w.num(x), w.by_num)
        payer, kind = unknown_payer(w, c, ["person", "parent", "trading"])
        if t is None or not payer:
            raise Skip()
        sp = spell(t, c["lang"], "bare")
        ch = "etransfer" if c["currency"] == "CAD" else "wire"
        ref, remit = wrap(ch, c, payer, f"{'Facture' if c['lang'] == 'fr' else 'Invoice'} {sp}", None, a,
                          c["lang"], date)
        p = payment(payer, None, a, c["currency"], ref, remit)
        if not refs_ok(w, p, []):
            raise Skip()
        sets = [[i] for i in w.ledger_singles(c["currency"], a)][:5]
        lab = label("review", unapplied=a, candidates=sets,
                    reason=f"payer {payer!r} not on file and reference {t} matches no invoice; amount equals "
                           f"{len(sets)} open invoice(s)")
        return p, lab, "typo_review", f"unknown payer ({kind}); typo {t} for {w.num(x)}"
    c = pick_customer(w, min_open=2)
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    others = [i for i in w.open(c["id"]) if i["id"] != x["id"] and w.bal[i["id"]] != a]
    if not others:
        raise Skip()
    y = min(others, key=lambda i: abs(w.num(i) - w.num(x)))
    sets = w.exact_sets(c["id"], c["currency"], a)
    payer, cid, how = known_payer(w, c)
    p, ch = ref_payment(w, c, [y], a, payer, cid, c["lang"], date)
    if not refs_ok(w, p, [w.num(y)]):
        raise Skip()
    lab = label("review", unapplied=a, candidates=w.order_sets(sets, [y]),
                reason=f"reference names {y['number']} (balance {fmt(w.bal[y['id']])}) but the amount equals "
                       f"{x['number']}")
    return p, lab, "typo_review", f"wrong number {w.num(y)} of the same customer; amount fits {w.num(x)}"


def sc_other_customer_ref(w, date):
    c = pick_customer(w)
    d = pick_customer(w, lambda o: o["id"] != c["id"] and o["currency"] == c["currency"])
    y = pick_inv(w, d)
    if R.random() < 0.6:
        x = pick_inv(w, c)
        a = w.bal[x["id"]]
        note = f"reference {y['number']} belongs to {d['name']}; amount fits the payer's own {x['number']}"
    else:
        a = w.bal[y["id"]]
        note = f"pays {d['name']}'s {y['number']} exactly (on their behalf?)"
    sets = w.exact_sets(c["id"], c["currency"], a)
    payer, cid, how = known_payer(w, c, ["id", "id", "exact", "upper"])
    p, ch = ref_payment(w, c, [y], a, payer, cid, c["lang"], date)
    if not refs_ok(w, p, [w.num(y)]):
        raise Skip()
    lab = label("review", unapplied=a, candidates=w.order_sets(sets, []),
                reason=f"reference names {y['number']} of another customer ({d['name']})")
    return p, lab, "other_customer_ref", note + f"; payer identified by {how}"


def sc_same_amount(w, date):
    c = pick_customer(w, lambda x: bool(x["recurring"]), 2)
    same = [i for i in w.open(c["id"]) if w.bal[i["id"]] == c["recurring"]]
    if len(same) < 2:
        raise Skip()
    a = c["recurring"] * (2 if len(same) >= 3 and R.random() < 0.25 else 1)
    sets = w.exact_sets(c["id"], c["currency"], a)
    if len(sets) < 2:
        raise Skip()
    payer, cid, how = known_payer(w, c)
    ch = channel_for(c, ["eft", "lockbox", "wire", "ach"])
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), None, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("review", unapplied=a, candidates=w.order_sets(sets, []),
                reason=f"no invoice named; {len(sets)} sets of open invoices match the amount exactly")
    return p, lab, "same_amount_ambiguous", f"{len(same)} open invoices of {fmt(c['recurring'])}; pays {fmt(a)}"


def sc_payer_unknown_amount(w, date):
    c = pick_customer(w)
    payer, kind = unknown_payer(w, c, ["person", "parent", "trading"])
    if not payer:
        raise Skip()
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    sets = [[i] for i in w.ledger_singles(c["currency"], a)]
    if len(sets) > 5:
        raise Skip()
    ch = channel_for(c, ["eft", "wire", "etransfer", "ach"])
    phrase = R.choice(["JOB 14 RUE PRINCIPALE", "MATERIAUX CHANTIER", "PAIEMENT"] if c["lang"] == "fr" else
                      ["JOB LOT 7 PHASE 2", "MATERIALS", "PAYMENT", "DECK PROJECT"])
    ref, remit = wrap(ch, c, payer, phrase, None, a, c["lang"], date)
    p = payment(payer, None, a, c["currency"], ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("review", unapplied=a, candidates=sets,
                reason=f"payer {payer!r} not identified and no invoice named; amount equals {len(sets)} open "
                       f"invoice(s)")
    return p, lab, "payer_unknown_amount_match", f"payer: {kind}, paying {x['number']}"


def sc_currency_mismatch(w, date):
    c = pick_customer(w)
    x = pick_inv(w, c)
    b = w.bal[x["id"]]
    other = "CAD" if c["currency"] == "USD" else "USD"
    a = pct(b, "1.3642" if other == "CAD" else "0.7331")
    payer, cid, how = known_payer(w, c)
    with_ref = R.random() < 0.7
    if with_ref:
        sp = spell(w.num(x), c["lang"])
        text = (f"Facture {numeric_only(sp)} payée en {other}" if c["lang"] == "fr" else
                f"{sp} paid in {other} equivalent")
    else:
        text = None
    ch = R.choice(["wire", "eft"])
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), text, a, c["lang"], date)
    p = payment(payer, cid, a, other, ref, remit)
    if not refs_ok(w, p, [w.num(x)] if with_ref else []):
        raise Skip()
    lab = label("review", unapplied=a, reason=f"payment in {other}; the customer's open invoices are in "
                                              f"{c['currency']}")
    return p, lab, "currency_mismatch", f"{x['number']} ({c['currency']} {fmt(b)}) paid as {other} {fmt(a)}"


def sc_no_match_known(w, date):
    c = pick_customer(w, min_open=0)
    gap = None
    for _ in range(30):
        a = R.choice([R.randint(5, 400) * 2500, log_uniform_cents(80, 6000)])
        if not w.exact_sets(c["id"], c["currency"], a) and not w.near(c["id"], c["currency"], a):
            break
    else:
        raise Skip()
    payer, cid, how = known_payer(w, c)
    if R.random() < 0.4:
        lo, hi = min(w.by_num), max(w.by_num)
        gaps = [n for n in range(lo, hi) if n not in w.by_num]
        gap = R.choice(gaps)
        phrase = spell(gap, c["lang"])
    else:
        phrase = generic_phrase(c["lang"])
    ch = channel_for(c, ["eft", "wire", "lockbox", "ach", "etransfer"])
    ref, remit = wrap(ch, c, payer, phrase, None, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("unapplied", unapplied=a, reason="customer known; amount fits no open invoice or combination"
                + (f"; reference {gap} is not an open invoice" if gap else ""))
    return p, lab, "no_match_known", ("names invoice number %d, not open (paid before the snapshot or void)" % gap
                                      if gap else "no reference") + f"; payer identified by {how}"


def sc_no_match_unknown(w, date):
    if R.random() < 0.3:
        # a bank-shortened name that fits two customers; the amount fits neither
        cur, payer = "CAD", "LES CONSTRUCTIONS BELANGER"
        if w.match_name(payer) is not None:
            raise Skip()
        for _ in range(40):
            a = log_uniform_cents(500, 20000)
            if not w.ledger_singles(cur, a):
                break
        else:
            raise Skip()
        ch = R.choice(["eft", "wire"])
        ref, remit = wrap(ch, {"id": "", "currency": cur}, payer, R.choice(["PAIEMENT", "VIREMENT", ""]), None, a,
                          "fr", date)
        p = payment(payer, None, a, cur, ref, remit)
        if not refs_ok(w, p, []):
            raise Skip()
        lab = label("review", unapplied=a, reason=f"payer {payer!r} fits two customers (Les Constructions Bélanger "
                                                  f"Ltée, ... Bélanger et Fils Inc.); no invoice named")
        return p, lab, "no_match_unknown", "bank-shortened name fits two customers; amount fits no invoice"
    cur = R.choice(["CAD", "CAD", "CAD", "USD"])
    for _ in range(40):
        payer = R.choice(["PRAIRIE DRYWALL SUPPLY", "K & M EXCAVATING", "GREENLEAF LANDSCAPING LTD",
                          f"{R.choice(EN_FIRST + FR_FIRST).upper()} {R.choice(PERSON_LAST).upper()}",
                          "ENTREPRISES MIRABEL SENC", "RECEIVER GENERAL FOR CANADA", "SUNRISE STRATA CORP",
                          "LAKEVIEW CHURCH BUILDING FUND", "J. ROY TRANSPORT"] if cur == "CAD" else
                         ["MIDWEST DRYWALL INC", "TRI-STATE EXCAVATING", "FIRST LUTHERAN CHURCH",
                          f"{R.choice(US_FIRST).upper()} {R.choice(PERSON_LAST).upper()}", "NORTH COUNTRY HVAC LLC"])
        a = R.choice([R.randint(2, 300) * 5000, log_uniform_cents(40, 9000)])
        if w.match_name(payer) is None and not w.ledger_singles(cur, a):
            break
    else:
        raise Skip()
    phrase = R.choice(["REFUND", "DEPOSIT", "ORDER 2231", "MATERIAUX", ""] if cur == "CAD" else
                      ["DEPOSIT", "PO 2231", ""])
    ch = R.choice(["eft", "etransfer", "wire"]) if cur == "CAD" else R.choice(["ach", "wire"])
    fake = {"id": "", "currency": cur}
    ref, remit = wrap(ch, fake, payer, phrase, None, a, "en", date)
    p = payment(payer, None, a, cur, ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("review", unapplied=a, reason=f"payer {payer!r} not on file, no invoice named, amount fits nothing")
    return p, lab, "no_match_unknown", "unknown payer, nothing fits"


def sc_near_amount(w, date):
    c = pick_customer(w)
    x = pick_inv(w, c, lambda i: w.bal[i["id"]] >= 20000)
    b = w.bal[x["id"]]
    d = pct(b, R.choice(["0.006", "0.012", "0.02", "0.03", "0.045"])) + R.randint(-20, 20)
    a = b - d
    if w.exact_sets(c["id"], c["currency"], a) or [i["id"] for i in w.near(c["id"], c["currency"], a)] != [x["id"]]:
        raise Skip()
    payer, cid, how = known_payer(w, c)
    ch = channel_for(c, ["eft", "wire", "ach", "lockbox"])
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), None, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, []):
        raise Skip()
    lab = label("review", unapplied=a, candidates=[[x]],
                reason=f"no invoice named and no exact match; {x['number']} is within 5% ({fmt(d)} off)")
    return p, lab, "near_amount_no_ref", f"{fmt(d)} below {x['number']}'s balance, no reference"


def sc_multi_mismatch(w, date):
    c = pick_customer(w, min_open=3)
    xs = sorted(R.sample(w.open(c["id"]), 3), key=lambda i: i["number"])
    kind = R.choice(["two_of_three", "short"])
    if kind == "two_of_three":
        a = w.bal[xs[0]["id"]] + w.bal[xs[2]["id"]]
    else:
        tot = sum(w.bal[x["id"]] for x in xs)
        a = tot - R.randint(1500, 40000)
    payer, cid, how = known_payer(w, c)
    ch = channel_for(c, ["eft", "wire", "lockbox", "ach"])
    remit = multi_remit(w, c["lang"], xs, "edi" if ch == "ach" else "plain")
    ref, remit = wrap(ch, c, payer, generic_phrase(c["lang"]), remit, a, c["lang"], date)
    if ch == "lockbox":
        cid = c["id"]
    p = payment(payer, cid, a, c["currency"], ref, remit)
    if not refs_ok(w, p, [w.num(x) for x in xs]):
        raise Skip()
    sets = w.exact_sets(c["id"], c["currency"], a)
    lab = label("review", unapplied=a, candidates=w.order_sets(sets, xs),
                reason="remittance lists 3 invoices but the amount is not their total")
    return p, lab, "multi_listed_mismatch", ("amount equals two of the three listed" if kind == "two_of_three"
                                             else "amount below the listed total, no reason")


BAD_KINDS = ["amount_text", "amount_negative", "currency_missing", "currency_invalid", "date_invalid",
             "date_format", "amount_blank"]


def sc_bad_row(w, date, kind):
    c = pick_customer(w)
    x = pick_inv(w, c)
    a = w.bal[x["id"]]
    payer, cid, how = known_payer(w, c)
    p, ch = ref_payment(w, c, [x], a, payer, cid, c["lang"], date)
    err = {"amount_text": "amount is not a number", "amount_negative": "amount is negative",
           "currency_missing": "currency is missing", "currency_invalid": "currency is not a valid code",
           "date_invalid": "date is not a valid calendar date", "date_format": "date is malformed",
           "amount_blank": "amount is missing"}[kind]
    date_override = None
    if kind == "amount_text":
        p["amount"] = fmt(a).replace("0", "O", 1) if "0" in fmt(a) else "N/A"
    elif kind == "amount_negative":
        p["amount"] = "-" + fmt(a)
    elif kind == "currency_missing":
        p["currency"] = None
    elif kind == "currency_invalid":
        p["currency"] = "C$D"
    elif kind == "date_invalid":
        date_override = f"{date.year}-02-30"
    elif kind == "date_format":
        date_override = date.strftime("%d/%m/%Y")
    elif kind == "amount_blank":
        p["amount"] = ""
    lab = {"status": "review", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
           "reason": f"rejected: {err}", "error": err}
    return p, lab, "bad_row", f"{kind}; otherwise would pay {x['number']}", date_override


SCENARIOS = {
    "ref_exact": (sc_ref_exact, 124), "ref_ocr": (sc_ref_ocr, 16), "ref_in_bank_text": (sc_ref_in_bank_text, 20),
    "ref_payer_differs": (sc_ref_payer_differs, 20), "name_variant_amount": (sc_name_variant_amount, 14),
    "multi_listed": (sc_multi_listed, 24), "multi_unlisted_sum": (sc_multi_unlisted, 12),
    "part_payment": (sc_part_payment, 14), "part_payment_unstated": (sc_part_unstated, 4),
    "short_pay_deduction": (sc_short_deduction, 24), "card_net_of_fees": (sc_card_net, 10),
    "short_pay_unexplained": (sc_short_unexplained, 8), "fx_shortfall": (sc_fx_short, 6),
    "overpayment": (sc_overpayment, 12), "duplicate_payment": (sc_duplicate, 8),
    "typo_resolved_by_amount": (sc_typo_amount, 8), "typo_review": (sc_typo_review, 8),
    "other_customer_ref": (sc_other_customer_ref, 6), "same_amount_ambiguous": (sc_same_amount, 10),
    "payer_unknown_amount_match": (sc_payer_unknown_amount, 10), "currency_mismatch": (sc_currency_mismatch, 6),
    "no_match_known": (sc_no_match_known, 10), "no_match_unknown": (sc_no_match_unknown, 8),
    "near_amount_no_ref": (sc_near_amount, 6), "multi_listed_mismatch": (sc_multi_mismatch, 5),
    "bad_row": (None, 7),
}


def payment_dates(n):
    days = []
    d = SNAPSHOT_FIRST_PAYMENT
    while d <= LAST_PAYMENT:
        if d.weekday() < 5 and d != dt.date(2025, 2, 17):  # Family Day
            days.append(d)
        d += dt.timedelta(days=1)
    return sorted(R.choice(days) for _ in range(n))


def main():
    custs = make_customers()
    invoices = make_invoices(custs)
    w = World(custs, invoices)
    slots = [name for name, (_, k) in SCENARIOS.items() for _ in range(k)]
    assert len(slots) == 400, len(slots)
    R.shuffle(slots)
    # a second payment needs the first one earlier in the batch
    dups = [s for s in slots if s == "duplicate_payment"]
    slots = [s for s in slots if s != "duplicate_payment"]
    for s in dups:
        slots.insert(R.randint(150, len(slots)), s)
    bad_kinds = BAD_KINDS[:]
    dates = payment_dates(400)
    pays, labels = [], []
    queue = list(slots)
    tries = {}
    while queue:
        name = queue.pop(0)
        date = dates[len(pays)]
        fn = SCENARIOS[name][0]
        override = None
        try:
            if name == "bad_row":
                p, lab, scen, note, override = sc_bad_row(w, date, bad_kinds.pop())
            else:
                for attempt in range(400):
                    try:
                        p, lab, scen, note = fn(w, date)
                        break
                    except Skip:
                        continue
                else:
                    raise Skip()
        except Skip:
            tries[name] = tries.get(name, 0) + 1
            if tries[name] > 50:
                raise SystemExit(f"cannot build {name}")
            queue.insert(min(len(queue), R.randint(1, 20)), name)
            continue
        pid = f"pmt-{len(pays) + 1:04d}"
        rec = {"id": pid, "date": override or date.isoformat(), "amount": p["amount"], "currency": p["currency"],
               "payer_name": p["payer_name"], "customer_id": p["customer_id"], "reference": p["reference"],
               "remittance": p["remittance"]}
        pays.append(rec)
        entry = {"payment_id": pid}
        entry.update(lab)
        entry["scenario"] = scen
        if p["customer_id"]:
            note = re.sub(r"payer identified by \w+", "payer identified by customer_id", note)
        entry["note"] = note
        labels.append(entry)
        if scen != "bad_row":
            for ap in lab["applications"]:
                w.bal[ap["invoice_id"]] -= cents(ap["amount"])
                assert w.bal[ap["invoice_id"]] >= 0
            if lab["status"] == "applied" and len(lab["applications"]) == 1 and \
                    w.bal[lab["applications"][0]["invoice_id"]] == 0 and scen in ("ref_exact", "ref_in_bank_text"):
                inv = w.inv[lab["applications"][0]["invoice_id"]]
                w.history.append((w.cust[inv["customer_id"]], inv, cents(p["amount"])))
    os.makedirs(OUT, exist_ok=True)
    for fname, data in [("invoices.json", invoices), ("payments.json", pays), ("labels.json", labels)]:
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(invoices)} invoices, {len(pays)} payments, {len(custs)} customers")


if __name__ == "__main__":
    main()
