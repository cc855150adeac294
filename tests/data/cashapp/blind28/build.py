#!/usr/bin/env python3
"""Deterministic generator for a blind cash-application test set.

Theme: a South-East Asian electronics-components distributor ("Straitsline
Components") selling to manufacturers and retailers in SG, MY, TH, ID, VN, PH.

Stdlib only.  `python3 build.py` rewrites every data file and README.md byte
for byte.  Stages:
  1. customers and open invoices (plus crafted customers for special roles)
  2. invoice numbering by issue date
  3. payments, generated in file order against a running balance ledger
  4. replay + verification of every label, README
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

SEED = 920031
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_straitsline"
OUT = os.path.join(HERE, LEDGER)

D = Decimal
CENT = D("0.01")


def q2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(x):
    return format(q2(x), "f")


rng = random.Random(SEED)

ALNUM = "abcdefghjkmnpqrstuvwxyz23456789"
_used_ids = set()


def rid(prefix, n):
    while True:
        s = prefix + "".join(rng.choice(ALNUM) for _ in range(n))
        if s not in _used_ids:
            _used_ids.add(s)
            return s


def ascii_upper(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


# ---------------------------------------------------------------- stage 1
COUNTRY_CCY = {"SG": "SGD", "MY": "MYR", "TH": "THB", "ID": "IDR", "VN": "VND", "PH": "PHP"}
USD_SHARE = {"SG": 30, "MY": 20, "TH": 15, "ID": 20, "VN": 25, "PH": 15}

SG_W = ["Kallang", "Jurong", "Tampines", "Bedok", "Tuas", "Pioneer", "Raffles", "Merlion", "Orchid",
        "Changi", "Woodlands", "Serangoon", "Pasir Panjang", "Kranji", "Loyang", "Ubi", "Kaki Bukit",
        "Toa Payoh", "Lion Gate", "Straitsview", "Marina Bay", "Clementi", "Yishun", "Punggol",
        "Novena", "Alexandra", "Keppel", "Telok Blangah", "Senoko", "Sembawang", "Admiralty",
        "Bukit Batok", "Redhill", "Geylang", "Paya Lebar"]
SG_I = ["Electronics", "Precision Electronics", "Technologies", "Components", "Micro Systems",
        "Circuits", "Semicon", "Automation", "Electronic Supplies", "Instruments", "Power Systems",
        "Devices", "Engineering", "Tech Trading", "Electrical Trading"]
MY_W = ["Penang", "Prai", "Bayan", "Kulim", "Senai", "Klang", "Mutiara", "Cahaya", "Gemilang", "Seri",
        "Bintang", "Puncak", "Perdana", "Wawasan", "Setia", "Maju", "Indah", "Tanjung", "Juru",
        "Batu Kawan", "Nilai", "Rawang", "Melaka", "Kinta", "Desa", "Alam", "Kerian", "Bukit Minyak",
        "Sungai Petani", "Pasir Gudang", "Tebrau", "Shah Alam"]
MY_I = ["Electronics", "Elektronik", "Technology", "Components", "Precision", "Industries",
        "Microtech", "Circuit", "Semiconductor", "Automation", "Electrical Trading", "Trading",
        "Engineering", "Solutions"]
TH_W = ["Siam", "Chao Phraya", "Rayong", "Lamphun", "Navanakorn", "Bangpoo", "Amata", "Chonburi",
        "Ayutthaya", "Pathum", "Korat", "Samut", "Saha", "Ratchada", "Sukhum", "Lat Krabang",
        "Bang Na", "Nakorn", "Chiang", "Prachin", "Eastern Seaboard", "Krungthep", "Sri Racha",
        "Laem Chabang", "Bang Pa-in", "Wellgrow", "Rojana", "Hi-Tech Nakhon"]
TH_I = ["Electronics", "Electric", "Technology", "Components", "Precision", "Industry", "Circuit",
        "Microtronics", "Engineering", "Trading", "Automation", "Intertrade", "Supply"]
ID_W1 = ["Sinar", "Mitra", "Cahaya", "Surya", "Bintang", "Mega", "Prima", "Cipta", "Karya", "Tunas",
         "Bumi", "Anugerah", "Citra", "Harapan", "Buana", "Dinamika", "Inti", "Putra", "Sumber"]
ID_W2 = ["Abadi", "Sejahtera", "Makmur", "Sentosa", "Jaya", "Nusantara", "Lestari", "Gemilang",
         "Mulia", "Indah", "Perkasa", "Utama", "Batam", "Cikarang", "Karawang", "Mandiri", "Sakti"]
ID_I = ["Elektronik", "Elektronika", "Teknologi", "Komponen", "Electronics", "Industri",
        "Teknik", "Niaga", "Elektrindo", "Semikonindo"]
VN_N = ["Sao Việt", "Minh Phát", "Hồng Hà", "Tân Thuận", "Thăng Long", "An Phát", "Nam Long",
        "Phú Mỹ", "Việt Hưng", "Trường Thịnh", "Hưng Thịnh", "Thành Đạt", "Đại Dương", "Kim Long",
        "Quang Minh", "Phúc An", "Bảo Long", "Đông Á", "Hòa Bình", "Tiến Phát", "Vạn Xuân",
        "Hải Đăng", "Sông Hồng", "Nhật Tân", "Lạc Hồng"]
VN_I = ["Điện Tử", "Linh Kiện Điện Tử", "Công Nghệ", "Kỹ Thuật Điện", "Thương Mại Điện Tử",
        "Sản Xuất Điện Tử", "Thiết Bị Điện", "Tự Động Hóa"]
VN_EN = ["Electronics Vietnam", "Precision Vietnam", "Components Vietnam", "Technology Vietnam"]
PH_W = ["Laguna", "Cavite", "Batangas", "Mabuhay", "Luzon", "Visayas", "Mindanao", "Calamba",
        "Santa Rosa", "Pampanga", "Clark", "Subic", "Carmona", "Binan", "Taguig", "Pasig",
        "Makiling", "Bataan", "Cebu", "Mactan", "Ilocos", "Bicol", "Taal", "Rizal", "Marikina",
        "Lipa", "Tarlac"]
PH_I = ["Electronics", "Electronic Components", "Semiconductor", "Technologies", "Circuits",
        "Precision", "Manufacturing", "Industrial Supply", "Trading", "Devices", "Systems",
        "Electrical Supply"]

LEGAL_TOKENS = {"PTE", "LTD", "SDN", "BHD", "BERHAD", "PT", "TBK", "CO", "LIMITED", "INC",
                "CORP", "CORPORATION", "CONG", "TY", "CTY", "TNHH", "CP", "PHAN", "PUBLIC",
                "COMPANY", "CV", "JSC", "PCL", "M", "S", "THAILAND", "PHILIPPINES", "SINGAPORE"}


def make_name(country, r):
    """(customer_name, kind)"""
    kind = "retailer" if r.random() < 0.3 else "manufacturer"
    if country == "SG":
        core = f"{r.choice(SG_W)} {r.choice(SG_I)}"
        suf = r.choice(["Pte. Ltd.", "Pte Ltd", "Pte. Ltd.", "(S) Pte. Ltd."])
        return f"{core} {suf}", core
    if country == "MY":
        core = f"{r.choice(MY_W)} {r.choice(MY_I)}"
        suf = r.choice(["Sdn. Bhd.", "Sdn Bhd", "Sdn. Bhd.", "(M) Sdn. Bhd.", "Berhad"])
        return f"{core} {suf}", core
    if country == "TH":
        core = f"{r.choice(TH_W)} {r.choice(TH_I)}"
        suf = r.choice(["Co., Ltd.", "Co., Ltd.", "(Thailand) Co., Ltd.", "Public Company Limited"])
        return f"{core} {suf}", core
    if country == "ID":
        core = f"{r.choice(ID_W1)} {r.choice(ID_W2)} {r.choice(ID_I)}"
        x = r.random()
        if x < 0.15:
            return f"PT {core} Tbk", core
        if x < 0.25 and kind == "retailer":
            return f"CV {core}", core
        return f"PT {core}", core
    if country == "VN":
        n = r.choice(VN_N)
        x = r.random()
        if x < 0.25:
            core = f"{ascii_upper(n).title().replace(' ', '')} {r.choice(VN_EN)}"
            return f"{core} Co., Ltd.", core
        ind = r.choice(VN_I)
        core = f"{ind} {n}"
        if x < 0.45:
            return f"Công ty Cổ phần {core}", core
        return f"Công ty TNHH {core}", core
    if country == "PH":
        core = f"{r.choice(PH_W)} {r.choice(PH_I)}"
        suf = r.choice(["Inc.", "Corporation", "Philippines, Inc.", "Corp.", "Inc."])
        return f"{core} {suf}", core
    raise ValueError(country)


def norm_tokens(name):
    s = ascii_upper(name)
    for ch in ".,()&-/'":
        s = s.replace(ch, " ")
    return [t for t in s.split() if t not in LEGAL_TOKENS]


def name_fits(payer, cust_name):
    """payer tokens are, in order, prefixes of the customer's leading core tokens"""
    p = norm_tokens(payer)
    c = norm_tokens(cust_name)
    if len(p) < 2 or len(p) > len(c):
        return False
    return all(c[i].startswith(p[i]) for i in range(len(p)))


customers = []
cust_by_id = {}
_cores = set()


def add_customer(country, name=None, core=None, currencies=None, role=None):
    if name is None:
        while True:
            name, core = make_name(country, rng)
            key = " ".join(norm_tokens(core))
            # keep every core unique and keep the first two core words unique too
            key2 = " ".join(norm_tokens(core)[:2])
            if key not in _cores and key2 not in _cores:
                _cores.add(key)
                _cores.add(key2)
                break
    if currencies is None:
        currencies = [COUNTRY_CCY[country]]
        if rng.randrange(100) < USD_SHARE[country]:
            currencies.append("USD")
    c = {"id": rid("c-", 6), "country": country, "name": name, "core": core,
         "currencies": currencies, "role": role,
         "uen": None, "taxid": None}
    if country == "SG":
        c["uen"] = f"{rng.randint(199000000, 202399999)}{rng.choice('CDEGHKMNRWZ')}"
    if country == "TH":
        c["taxid"] = f"0{rng.choice(['105', '205', '215', '135'])}{rng.randint(540000000, 569999999)}"
    customers.append(c)
    cust_by_id[c["id"]] = c
    return c


# amount ranges in cents (net of VAT where VAT applies), picked by bucket
AMOUNT_BUCKETS = {
    "SGD": [(15000, 90000), (90000, 600000), (600000, 2500000), (2500000, 8000000)],
    "MYR": [(40000, 300000), (300000, 1500000), (1500000, 8000000), (8000000, 25000000)],
    "THB": [(300000, 3000000), (3000000, 20000000), (20000000, 90000000), (90000000, 250000000)],
    "IDR": [(150000000, 2000000000), (2000000000, 15000000000), (15000000000, 80000000000),
            (80000000000, 150000000000)],
    "VND": [(300000000, 5000000000), (5000000000, 40000000000), (40000000000, 150000000000),
            (150000000000, 250000000000)],
    "PHP": [(300000, 3000000), (3000000, 20000000), (20000000, 120000000), (120000000, 300000000)],
    "USD": [(8000, 60000), (60000, 500000), (500000, 3000000), (3000000, 12000000)],
}
VAT = {"THB": D("1.07"), "PHP": D("1.12"), "IDR": D("1.11"), "VND": D("1.08")}
ZERO_DEC = {"IDR", "VND"}


def gen_amount(ccy):
    lo, hi = rng.choices(AMOUNT_BUCKETS[ccy], weights=[30, 40, 22, 8])[0]
    cents = rng.randint(lo, hi)
    if ccy in ZERO_DEC:
        net = D(cents // 100 // 1000 * 1000)
    else:
        if rng.random() < 0.25:
            cents = cents // 1000 * 1000
        net = D(cents) / 100
    if ccy in VAT:
        total = net * VAT[ccy]
        total = total.quantize(D("1"), rounding=ROUND_HALF_UP) if ccy in ZERO_DEC else q2(total)
    else:
        total = q2(net)
    return q2(net), q2(total)


invoices = []
inv_by_id = {}
START_ISSUE = date(2025, 10, 1)
LAST_ISSUE = date(2026, 2, 27)


def rand_issue():
    while True:
        d = START_ISSUE + timedelta(rng.randint(0, (LAST_ISSUE - START_ISSUE).days))
        if d.weekday() < 5:
            return d


def add_invoice(cust, ccy, issue=None, total=None, net=None, part_paid=None, role=None):
    if total is None:
        net, total = gen_amount(ccy)
    if net is None:
        net = total
    issue = issue or rand_issue()
    terms = rng.choice([30, 30, 30, 45, 60, 60, 90])
    inv = {"id": rid("i-", 8), "number": None, "customer_id": cust["id"],
           "customer_name": cust["name"], "currency": ccy, "total": q2(total),
           "balance": q2(total), "issue_date": issue, "due_date": issue + timedelta(terms),
           "net": q2(net), "role": role, "seq": len(invoices)}
    if part_paid is None:
        part_paid = rng.random() < 0.08
    if part_paid:
        frac = D(rng.choice([20, 25, 30, 40, 50, 60])) / 100
        paid = total * frac
        paid = paid.quantize(D("1000") if ccy in ZERO_DEC else D("1"), rounding=ROUND_HALF_UP)
        inv["balance"] = q2(total - paid)
    invoices.append(inv)
    inv_by_id[inv["id"]] = inv
    return inv


COUNTRY_WEIGHTS = [("SG", 52), ("MY", 48), ("TH", 42), ("ID", 42), ("VN", 38), ("PH", 36)]


def stage1():
    # base customers
    for country, n in COUNTRY_WEIGHTS:
        for _ in range(n):
            c = add_customer(country)
            k = rng.choices([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15],
                            weights=[12, 13, 13, 12, 10, 9, 8, 7, 7, 5, 4])[0]
            for j in range(k):
                ccy = c["currencies"][0]
                if len(c["currencies"]) > 1 and rng.random() < 0.5:
                    ccy = "USD"
                add_invoice(c, ccy)
    # crafted customers for special roles (invoices fully open, no part-paid)
    countries = [c for c, _ in COUNTRY_WEIGHTS]

    def crafted(role, n_inv_range=(1, 4), ccy=None, country=None):
        country = country or rng.choice(countries)
        c = add_customer(country, role=role)
        cur = ccy or c["currencies"][0]
        for _ in range(rng.randint(*n_inv_range)):
            add_invoice(c, cur, part_paid=False)
        return c, cur

    for _ in range(8):                      # ranges of consecutive invoice numbers
        c, cur = crafted("range", (0, 3))
        day = rand_issue()
        for _ in range(rng.randint(3, 5)):
            add_invoice(c, cur, issue=day, part_paid=False, role="range")
    for role, n in (("dup_amb", 10), ("dup_after", 5)):   # two open invoices, same amount
        for _ in range(n):
            c, cur = crafted(role, (1, 4))
            net, total = gen_amount(cur)
            add_invoice(c, cur, total=total, net=net, part_paid=False, role=role)
            add_invoice(c, cur, total=total, net=net, part_paid=False, role=role)
    for _ in range(8):                      # pays the whole statement
        c, cur = crafted("lump_all", (3, 6))
    for _ in range(5):                      # a + b == c + d
        c = add_customer(rng.choice(countries), role="lump_amb")
        cur = c["currencies"][0]
        a = [add_invoice(c, cur, part_paid=False, role="lump_amb") for _ in range(3)]
        while True:
            _, t = gen_amount(cur)
            d4 = a[0]["total"] + a[1]["total"] - t
            if d4 > a[0]["total"] / 5:
                break
        a2 = add_invoice(c, cur, total=t, part_paid=False, role="lump_amb")
        add_invoice(c, cur, total=d4, part_paid=False, role="lump_amb")
    for pair in SIMILAR_PAIRS:              # similar names, same amount open
        country, n1, n2 = pair
        c1 = add_customer(country, name=n1, core=n1, role="similar")
        c2 = add_customer(country, name=n2, core=n2, role="similar")
        cur = c1["currencies"][0]
        c2["currencies"] = list(c1["currencies"])
        net, total = gen_amount(cur)
        for c in (c1, c2):
            for _ in range(rng.randint(1, 3)):
                add_invoice(c, cur, part_paid=False)
            add_invoice(c, cur, total=total, net=net, part_paid=False, role="similar")
        c1["pair"], c2["pair"] = c2["id"], c1["id"]
    for _ in range(4):                      # amount will look like another invoice number
        c, cur = crafted("amt_look", (1, 3), country=rng.choice(["SG", "MY", "TH", "PH"]))
        add_invoice(c, cur, part_paid=False, role="amt_look")


SIMILAR_PAIRS = [
    ("MY", "Sinar Mutiara Electronics Sdn. Bhd.", "Sinar Mutiara Electronic Components Sdn. Bhd."),
    ("SG", "Pacific Rim Electronics Pte. Ltd.", "Pacific Rim Electronics Trading Pte. Ltd."),
    ("ID", "PT Cahaya Terang Elektronika", "PT Cahaya Terang Elektrindo"),
    ("VN", "Công ty TNHH Linh Kiện Điện Tử Phương Nam", "Công ty TNHH Linh Kiện Điện Tử Phương Đông"),
    ("PH", "Golden Laguna Electronics Corporation", "Golden Laguna Electronics Manufacturing Inc."),
]


# ---------------------------------------------------------------- stage 2
def stage2():
    order = sorted(invoices, key=lambda i: (i["issue_date"], i["customer_id"], i["seq"]))
    n = 40217
    prev = None
    for inv in order:
        if prev and prev["customer_id"] == inv["customer_id"] and prev["issue_date"] == inv["issue_date"]:
            n += 1
        else:
            n += rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
        inv["number"] = f"INV-{n:07d}"
        prev = inv
    # amount look-alikes: the open amount equals the digits of another customer's invoice number
    others = [i for i in order if i["role"] is None]
    for inv in [i for i in invoices if i["role"] == "amt_look"]:
        while True:
            o = rng.choice(others)
            if o["customer_id"] != inv["customer_id"]:
                break
        v = D(int(o["number"][4:]))
        inv["total"] = inv["balance"] = inv["net"] = q2(v)
        inv["looks_like"] = o["id"]


# ---------------------------------------------------------------- stage 3
# payments, generated in file order against a running ledger of balances
BIZ_DAYS = [d for d in (date(2026, 3, 2) + timedelta(i) for i in range(54))
            if d.weekday() < 5 and d != date(2026, 4, 3)]
FX = {"SGD": D("1.34"), "MYR": D("4.45"), "THB": D("35.50"), "IDR": D("16300"),
      "VND": D("25400"), "PHP": D("57.50")}
US = "Straitsline Components Pte. Ltd."

bal = {}
used = set()
out = []          # list of (payment, label)
pending = {"part": [], "paid": [], "dup_after": []}


def cust(inv):
    return cust_by_id[inv["customer_id"]]


def n7(inv):
    return inv["number"][4:]


def nn(inv):
    return str(int(inv["number"][4:]))


def open_invs(cid, ccy):
    return sorted([i for i in invoices if i["customer_id"] == cid and i["currency"] == ccy
                   and bal[i["id"]] > 0], key=lambda i: (i["due_date"], i["number"]))


def subset_matches(invs, amount, maxk=3):
    res = []
    for k in range(1, min(maxk, len(invs)) + 1):
        for combo in combinations(invs, k):
            if sum(bal[i["id"]] for i in combo) == amount:
                res.append(combo)
    return res


def book_singles(ccy, amount):
    return [i for i in invoices if i["currency"] == ccy and bal[i["id"]] == amount]


def is_general(i):
    return (i["role"] is None and cust(i)["role"] is None and i["id"] not in used
            and bal[i["id"]] > 0)


def pool(ccy=None, pred=None):
    return [i for i in invoices if is_general(i) and (ccy is None or i["currency"] == ccy)
            and (pred is None or pred(i))]


CCYS = ["SGD", "MYR", "THB", "IDR", "VND", "PHP", "USD"]


def pick_ccy(weights=(18, 16, 14, 14, 12, 14, 12)):
    return rng.choices(CCYS, weights=weights)[0]


def country_of(ccy, c=None):
    if ccy == "USD":
        return c["country"] if c else "SG"
    return {v: k for k, v in COUNTRY_CCY.items()}[ccy]


# ---- amounts as people write them
def grp(v, sep=","):
    s = format(q2(v), "f")
    whole, frac = s.split(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ("-" if neg else "") + sep.join(parts), frac


def famt(ccy, v, k=None):
    w, f = grp(v)
    wd, _ = grp(v, ".")
    opts = {"SGD": [f"SGD {w}.{f}", f"S${w}.{f}", f"{w}.{f}"],
            "MYR": [f"RM {w}.{f}", f"MYR {w}.{f}", f"RM{w}.{f}"],
            "THB": [f"THB {w}.{f}", f"{w}.{f} Baht", f"{w}.{f}"],
            "IDR": [f"Rp {wd}", f"Rp{wd},00", f"IDR {w}"],
            "VND": [f"{wd} VND", f"{w} VND", f"{wd}d"],
            "PHP": [f"Php {w}.{f}", f"PHP {w}.{f}", f"P{w}.{f}"],
            "USD": [f"USD {w}.{f}", f"US${w}.{f}", f"{w}.{f}"]}[ccy]
    return opts[rng.randrange(3) if k is None else k]


def plain(ccy, v):
    w, f = grp(v, "." if ccy in ("IDR", "VND") else ",")
    return w if ccy in ZERO_DEC else f"{w}.{f}"


def dmy(d):
    return d.strftime("%d/%m/%Y")


# ---- payer names as banks print them
ABBR = [("ELECTRONICS", "ELEC"), ("ELECTRONIC", "ELEC"), ("TECHNOLOGIES", "TECH"),
        ("TECHNOLOGY", "TECH"), ("COMPONENTS", "COMP"), ("PRECISION", "PREC"),
        ("INDUSTRIES", "IND"), ("ENGINEERING", "ENGRG"), ("SEMICONDUCTOR", "SEMICON"),
        ("AUTOMATION", "AUTO"), ("CORPORATION", "CORP"), ("INSTRUMENTS", "INSTR"),
        ("ELEKTRONIKA", "ELEKTR"), ("MANUFACTURING", "MFG"), ("TRADING", "TRDG"),
        ("PHILIPPINES", "PHILS"), ("SYSTEMS", "SYS"), ("ELECTRICAL", "ELECT")]


def clean_upper(name):
    s = ascii_upper(name)
    s = s.replace("PTE. LTD.", rng.choice(["PTE LTD", "PTE. LTD.", "PTE LTD"]))
    s = s.replace("SDN. BHD.", rng.choice(["SDN BHD", "SDN. BHD.", "SDN BHD"]))
    s = s.replace("CO., LTD.", rng.choice(["CO.,LTD.", "CO., LTD", "CO LTD", "CO.,LTD"]))
    s = s.replace("PUBLIC COMPANY LIMITED", rng.choice(["PUBLIC COMPANY LIMITED", "PCL", "PUBLIC CO LTD"]))
    s = s.replace("PHILIPPINES, INC.", rng.choice(["PHILIPPINES INC", "PHILS INC", "PHILIPPINES, INC."]))
    s = s.replace("CONG TY CO PHAN", rng.choice(["CONG TY CO PHAN", "CTY CP", "CONG TY CP"]))
    s = s.replace("CONG TY TNHH", rng.choice(["CONG TY TNHH", "CTY TNHH", "CONG TY TNHH"]))
    return s


def bank_name(c, mode=None):
    s = clean_upper(c["name"])
    mode = mode or rng.choice(["full", "trunc", "trunc", "abbr", "front"])
    if mode == "abbr":
        for a, b in ABBR:
            if rng.random() < 0.8:
                s = s.replace(a, b)
    if mode == "front":
        if s.startswith("PT "):
            s = s[3:] + " PT"
        elif s.startswith("CV "):
            s = s[3:] + " CV"
        mode = "trunc"
    if mode in ("trunc", "abbr"):
        L = rng.choice([20, 24, 30, 35])
        s = s[:L].rstrip(" ,.")
    return s


def name_hits(payer):
    return [c for c in customers if name_fits(payer, c["name"])]


def unique_name(c, tries=12):
    """a bank-style payer name that fits this customer and no other"""
    for _ in range(tries):
        p = bank_name(c, rng.choice(["full", "trunc", "trunc", "abbr", "front"]))
        hits = name_hits(p)
        if len(hits) == 1 and hits[0] is c:
            return p
    p = bank_name(c, "full")
    hits = name_hits(p)
    return p if len(hits) == 1 and hits[0] is c else None


def vn_short(c):
    s = clean_upper(c["name"])
    return s[:rng.choice([22, 28, 34])].rstrip()


# ---- invoice designations
def dsg(inv, ccy):
    a, b = n7(inv), nn(inv)
    if ccy == "VND":
        opts = [f"HD {a}", f"HD SO {b}", f"HOA DON {a}", f"HD {b}", f"HD{a}", f"INV {a}"]
    elif ccy == "PHP":
        opts = [f"SI# {a}", f"SI {b}", f"SI NO {b}", f"INV {b}", f"INV-{a}"]
    elif ccy == "IDR":
        opts = [f"INV {a}", f"INV-{a}", f"INV{b}", f"NO INV {b}", f"INVOICE {a}"]
    else:
        opts = [f"INV-{a}", f"INV{a}", f"INV {b}", f"INV{b}", a, f"INV NO {b}", f"INV NO.{a}", b]
    return rng.choice(opts)


def dsg_list(invs, ccy):
    invs = sorted(invs, key=lambda i: i["number"])
    A = [n7(i) for i in invs]
    B = [nn(i) for i in invs]
    opts = [f"INV {'/'.join(B)}", "INV-" + ", INV-".join(A), " & ".join(f"INV{b}" for b in B),
            "+".join(B), "INV " + ",".join(A)]
    if len(set(b[:3] for b in B)) == 1 and len(B) > 1:
        opts.append("INV " + B[0] + "/" + "/".join(b[3:] for b in B[1:]))
    if ccy == "VND":
        opts = ["HD " + " VA ".join(A), "HD " + ", ".join(A), "HD SO " + ",".join(B),
                "CAC HD " + " ".join(A)]
    elif ccy == "PHP":
        opts += ["SI# " + ", ".join(B), "SI " + "/".join(A)]
    elif ccy == "IDR":
        opts += ["INV " + ", ".join(A), "INV " + " DAN ".join(B)]
    return rng.choice(opts)


def dsg_range(invs, ccy):
    invs = sorted(invs, key=lambda i: i["number"])
    a7, b7, a, b = n7(invs[0]), n7(invs[-1]), nn(invs[0]), nn(invs[-1])
    opts = [f"INV {a}-{b}", f"INV-{a7} TO INV-{b7}", f"INV {a} TO {b}", f"INV {a7} - {b7}"]
    if a[:3] == b[:3]:
        opts.append(f"INV {a}-{b[3:]}")
    if ccy == "VND":
        opts = [f"HD {a7} DEN {b7}", f"HD TU {a7} DEN {b7}", f"HD {a7}-{b7}"]
    elif ccy == "IDR":
        opts = [f"INV {a7} S/D {b7}", f"INV {a} SD {b}", f"INV-{a7} S.D INV-{b7}"]
    elif ccy == "PHP":
        opts += [f"SI# {a}-{b}", f"SI {a7} TO {b7}"]
    return rng.choice(opts)


def rand_digits(k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def pv_no(d, country=None):
    if country == "VN":
        return f"UNC{rng.randint(1, 999):03d}"
    return rng.choice([f"PV{d:%y%m}-{rng.randint(1, 999):03d}", f"PV/{d:%Y}/{d:%m}/{rng.randint(1, 999):04d}",
                       f"CV-{rng.randint(1, 9999):04d}", f"AP{d:%y}-{rng.randint(1, 9999):04d}"])


def po_no(c):
    return rng.choice([f"4500{rand_digits(6)}", f"PO-{c['country']}-{rng.randint(2601, 2603)}-{rng.randint(1, 999):03d}",
                       f"P{rng.randint(26, 26)}{rand_digits(7)}"])


def ref_with(c, ccy, x, pdate):
    """a bank reference carrying the designation x"""
    p20 = clean_upper(c["name"])[:20].rstrip()
    if ccy == "SGD":
        t = rng.choice(["GIRO {x}", "FAST PAYMENT {x}", "PAYNOW-UEN {uen} {x}",
                        "FAST {ymd} {p20} OTHR {x}", "{x}", "PAYMENT FOR {x}", "GIRO {p20} {x}",
                        "TT {x}"])
    elif ccy == "MYR":
        t = rng.choice(["IBG {x}", "DUITNOW TRANSFER {x}", "DUITNOW {x} TQ", "IBG CREDIT {p20} {x}",
                        "INSTANT TRF {x}", "JOMPAY {x}", "{x} PYMT", "IBG PAYMENT {x}"])
    elif ccy == "THB":
        t = rng.choice(["PROMPTPAY {tax} {x}", "SMART {x}", "BAHTNET {x}", "TRANSFER {x} {p20}",
                        "ORFT {x}", "{x}", "PAYMENT {x}"])
    elif ccy == "IDR":
        t = rng.choice(["TRSF E-BANKING CR {ddmm}/FTSCY/WS95031 {x} {p20}", "PEMBAYARAN {x}",
                        "BAYAR {x}", "RTGS {x}", "SKN {x}", "BI-FAST CR {x} {p20}"])
    elif ccy == "VND":
        t = rng.choice(["{pv} THANH TOAN {x}", "THANH TOAN {x}", "TT {x}",
                        "CK THANH TOAN TIEN HANG {x}", "IBFT {pv} TT {x}",
                        "MBVCB.{r9}.{pv}.THANH TOAN {x}", "{pv} CHUYEN TIEN TT {x}"])
    elif ccy == "PHP":
        t = rng.choice(["INSTAPAY {x}", "PESONET {x}", "PAYMENT FOR {x}", "BILLS PAYMENT {x}",
                        "CHECK DEPOSIT {x}", "{x}", "FUND TRANSFER {x}"])
    else:
        t = rng.choice(["/RFB/{x}", "/INV/{x}", "TT PAYMENT {x}", "{x} /BNF/STRAITSLINE",
                        "INV PAYMENT {x}", "REMIT {x} OUR CHGS"])
    return t.format(x=x, uen=c["uen"] or "", tax=c["taxid"] or "", p20=p20, ymd=pdate.strftime("%Y%m%d"),
                    ddmm=pdate.strftime("%d%m"), pv=vn_short(c), r9=rand_digits(9))


def ref_generic(c, ccy):
    if ccy == "SGD":
        o = ["GIRO PAYMENT", "FAST PAYMENT", "PAYNOW-UEN {uen}", "SUPPLIER PAYMENT", None, "PAYMENT"]
    elif ccy == "MYR":
        o = ["IBG PAYMENT", "DUITNOW TRANSFER", "SUPPLIER PYMT", "INSTANT TRANSFER", None, "PAYMENT TQ"]
    elif ccy == "THB":
        o = ["PROMPTPAY {tax}", "SMART CREDIT", "BAHTNET", "TRANSFER", None]
    elif ccy == "IDR":
        o = ["PEMBAYARAN", "TRSF E-BANKING CR", "BI-FAST CR", "PEMBAYARAN HUTANG", None]
    elif ccy == "VND":
        o = ["{pv} THANH TOAN TIEN HANG", "THANH TOAN CONG NO", "CK TIEN HANG", None]
    elif ccy == "PHP":
        o = ["INSTAPAY", "PESONET", "BILLS PAYMENT", "CHECK DEPOSIT", None, "PAYMENT"]
    else:
        o = ["TT PAYMENT", "/RFB/PAYMENT", "REMITTANCE", None]
    t = rng.choice(o)
    if t is None:
        return None
    return t.format(uen=c["uen"] or "", tax=c["taxid"] or "", pv=vn_short(c) if c else "")


# ---- remittance advices
def faktur():
    return f"010.0{rng.randint(0, 9)}{rng.randint(0, 9)}-26.{rand_digits(8)}"


_famt = famt


def remit_advice(c, ccy, lines, pdate, method=None, notes=(), pv=None):
    """lines: list of (inv, gross, [(label, amount)], net)"""
    total = sum(l[3] for l in lines)
    pv = pv or pv_no(pdate, c["country"])
    k = rng.randrange(3)

    def famt(ccy_, v):
        return _famt(ccy_, v, k)
    style = rng.choice(["table", "table", "prose"])
    if ccy == "IDR" and rng.random() < 0.6:
        style = "id"
    if ccy == "VND" and rng.random() < 0.6:
        style = "vn"
    out_l = []
    if style == "table":
        out_l.append(rng.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE", "Payment Notification",
                                 "PAYMENT VOUCHER"]))
        out_l.append(f"From: {c['name']}")
        out_l.append(f"To: {US} - Accounts Receivable")
        out_l.append(f"Payment date: {dmy(pdate)}    Voucher no: {pv}")
        if method:
            out_l.append(f"Payment method: {method}")
        out_l.append("")
        has_ded = any(l[2] for l in lines)
        if has_ded:
            out_l.append(f"{'Invoice No.':<14}{'Gross':>16}  {'Less':<28}{'Net paid':>16}")
        else:
            out_l.append(f"{'Invoice No.':<14}{'Inv. date':<12}{'Amount (' + ccy + ')':>18}")
        for inv, gross, deds, net in lines:
            num = rng.choice([inv["number"], inv["number"], n7(inv)]) if ccy != "PHP" else rng.choice(
                [inv["number"], "SI " + n7(inv)])
            if has_ded:
                dtxt = "; ".join(f"{lab} {plain(ccy, a)}" for lab, a in deds) or "-"
                out_l.append(f"{num:<14}{plain(ccy, gross):>16}  {dtxt:<28}{plain(ccy, net):>16}")
            else:
                out_l.append(f"{num:<14}{dmy(inv['issue_date']):<12}{plain(ccy, net):>18}")
        out_l.append(f"{'':<14}{'-' * 16}")
        out_l.append(f"TOTAL PAID: {famt(ccy, total)}")
    elif style == "prose":
        greet = rng.choice(["Dear Sir/Madam,", "Hi AR team,", "Dear Straitsline Accounts,", "Good day,"])
        out_l.append(greet)
        out_l.append("")
        how = f" via {method}" if method else ""
        out_l.append(f"Please be informed that we have made payment{how} on {dmy(pdate)} for the following:")
        for inv, gross, deds, net in lines:
            s = f"- {inv['number']}  {famt(ccy, gross)}"
            for lab, a in deds:
                s += f", less {lab} {famt(ccy, a)}"
            if deds:
                s += f", net {famt(ccy, net)}"
            out_l.append(s)
        out_l.append(f"Total: {famt(ccy, total)}")
        out_l.append("")
        out_l.append(rng.choice(["Thank you.", "Kindly acknowledge receipt.", "Thanks & regards,",
                                 "Please update your records. Thank you."]))
        out_l.append(rng.choice(["Accounts Payable", "AP Department", "Finance Dept", "Treasury"]))
        out_l.append(c["name"])
    elif style == "id":
        out_l.append("BUKTI PEMBAYARAN / PAYMENT ADVICE")
        out_l.append(f"Dari: {c['name']}")
        out_l.append(f"Kepada: {US}")
        out_l.append(f"Tanggal bayar: {dmy(pdate)}   No. voucher: {pv}")
        out_l.append("")
        out_l.append("No. Invoice     | No. Faktur Pajak       | Jumlah")
        for inv, gross, deds, net in lines:
            s = f"{inv['number']:<16}| {faktur():<23}| {famt(ccy, gross)}"
            out_l.append(s)
            for lab, a in deds:
                out_l.append(f"{'':<16}|   dikurangi {lab:<11}| ({famt(ccy, a)})")
        out_l.append(f"Total dibayar: {famt(ccy, total)}")
        out_l.append("Terima kasih.")
    else:  # vn
        out_l.append(f"UY NHIEM CHI / PAYMENT ORDER  So: {rng.randint(1, 999):03d}  Ngay: {dmy(pdate)}")
        out_l.append(f"Don vi tra tien: {ascii_upper(c['name'])}")
        out_l.append(f"Don vi nhan tien: {US.upper()}")
        out_l.append(f"So tien: {famt(ccy, total)}")
        parts = []
        for inv, gross, deds, net in lines:
            s = f"HD {n7(inv)} {plain(ccy, net)}"
            for lab, a in deds:
                s += f" (tru {lab} {plain(ccy, a)})"
            parts.append(s)
        out_l.append("Noi dung: Thanh toan " + "; ".join(parts))
    for n in notes:
        out_l.append(n)
    return "\n".join(out_l)


# ---- the record
def new_pay(c, ccy, amount, pdate, payer=None, cid=True, ref=None, remit=None):
    if cid is True:
        cid = c["id"] if c else None
    elif cid is False:
        cid = None
    return {"id": rid("p-", 8), "date": pdate.isoformat() if isinstance(pdate, date) else pdate,
            "amount": amount if isinstance(amount, str) else s2(amount), "currency": ccy,
            "payer_name": payer if payer is not None else bank_name(c), "customer_id": cid,
            "reference": ref, "remittance": remit}


def new_label(pay, status, apps=(), unapplied=None, short_pay=None, candidates=(), reason="",
              scenario="", note="", error=None):
    lab = {"payment_id": pay["id"], "status": status,
           "applications": [{"invoice_id": i["id"], "amount": s2(a)} for i, a in apps],
           "unapplied": None, "short_pay": None,
           "candidates": [{"invoice_ids": [i["id"] for i in cs]} for cs in candidates],
           "reason": reason, "scenario": scenario, "note": note}
    if status == "error":
        lab["error"] = error
        lab["reason"] = error
    else:
        total = D(pay["amount"])
        lab["unapplied"] = s2(total - sum((a for _, a in apps), D(0)))
        if short_pay:
            inv, amt, why = short_pay
            lab["short_pay"] = {"invoice_id": inv["id"], "amount": s2(amt), "reason": why}
    return lab


def emit(pay, lab, apps=()):
    for inv, a in apps:
        assert inv["currency"] == pay["currency"]
        assert 0 < a <= bal[inv["id"]], (lab, a, bal[inv["id"]])
        bal[inv["id"]] -= a
        used.add(inv["id"])
    out.append((pay, lab))


def cand_sort(sets):
    return sorted(sets, key=lambda s: (min(i["due_date"] for i in s), [i["number"] for i in s]))


# ---------------------------------------------------------------- scenarios
class Skip(Exception):
    pass


def choose(lst):
    if not lst:
        raise Skip()
    return rng.choice(lst)


def by_customer(ccy=None, pred=None, minn=2):
    g = {}
    for i in pool(ccy, pred):
        g.setdefault((i["customer_id"], i["currency"]), []).append(i)
    return [v for k, v in sorted(g.items()) if len(v) >= minn]


def cid_flag(p=0.55):
    return rng.random() < p


def sc_ref_single(pdate):
    ccy = pick_ccy()
    inv = choose(pool(ccy))
    c = cust(inv)
    amt = bal[inv["id"]]
    ref = ref_with(c, ccy, dsg(inv, ccy), pdate)
    remit = None
    if rng.random() < 0.2:
        remit = remit_advice(c, ccy, [(inv, amt, [], amt)], pdate)
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(), ref=ref, remit=remit)
    note = "reference names the invoice, amount is its open balance"
    if inv["balance"] < inv["total"]:
        note += " (the invoice was part-paid before this file; the balance, not the total, is paid)"
    lab = new_label(pay, "applied", [(inv, amt)], reason=f"reference {inv['number']} and exact balance",
                    scenario="ref_single", note=note)
    emit(pay, lab, [(inv, amt)])
    pending["paid"].append((inv, amt, pay, len(out)))


def sc_ref_list(pdate):
    ccy = pick_ccy()
    grp_ = choose(by_customer(ccy))
    k = min(len(grp_), rng.choice([2, 2, 3, 3, 4]))
    invs = sorted(rng.sample(grp_, k), key=lambda i: i["number"])
    c = cust(invs[0])
    amt = sum(bal[i["id"]] for i in invs)
    ref = ref_with(c, ccy, dsg_list(invs, ccy), pdate)
    remit = None
    if rng.random() < 0.25:
        remit = remit_advice(c, ccy, [(i, bal[i["id"]], [], bal[i["id"]]) for i in invs], pdate)
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(), ref=ref, remit=remit)
    apps = [(i, bal[i["id"]]) for i in invs]
    lab = new_label(pay, "applied", apps, reason=f"reference lists {len(invs)} invoices, amount is their sum",
                    scenario="ref_list", note="list of invoice numbers in the bank reference; sum matches exactly")
    emit(pay, lab, apps)


def sc_ref_range(pdate):
    cs = [c for c in customers if c["role"] == "range" and not c.get("done")]
    c = choose(cs)
    c["done"] = True
    invs = sorted([i for i in invoices if i["customer_id"] == c["id"] and i["role"] == "range"],
                  key=lambda i: i["number"])
    ccy = invs[0]["currency"]
    lo, hi = int(n7(invs[0])), int(n7(invs[-1]))
    inside = [i for i in invoices if lo <= int(n7(i)) <= hi]
    assert sorted(i["id"] for i in inside) == sorted(i["id"] for i in invs)
    amt = sum(bal[i["id"]] for i in invs)
    ref = ref_with(c, ccy, dsg_range(invs, ccy), pdate)
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref)
    apps = [(i, bal[i["id"]]) for i in invs]
    lab = new_label(pay, "applied", apps, reason=f"range {invs[0]['number']}..{invs[-1]['number']}, sum matches",
                    scenario="ref_range",
                    note=f"range of {len(invs)} consecutive invoice numbers, all this customer's, sum is exact")
    emit(pay, lab, apps)


METHODS = {"SGD": ["GIRO", "FAST", "PayNow"], "MYR": ["IBG", "DuitNow", "JomPAY"],
           "THB": ["PromptPay", "BAHTNET", "Smart"], "IDR": ["RTGS", "SKN", "BI-FAST"],
           "VND": ["IBFT", "chuyen khoan"], "PHP": ["PESONet", "InstaPay", "check"],
           "USD": ["TT", "SWIFT"]}


def sc_remit_lines(pdate):
    ccy = pick_ccy()
    grp_ = choose(by_customer(ccy))
    k = min(len(grp_), rng.choice([2, 2, 3, 3, 4, 5]))
    invs = sorted(rng.sample(grp_, k), key=lambda i: i["number"])
    c = cust(invs[0])
    amt = sum(bal[i["id"]] for i in invs)
    pv = pv_no(pdate, c["country"])
    remit = remit_advice(c, ccy, [(i, bal[i["id"]], [], bal[i["id"]]) for i in invs], pdate,
                         method=rng.choice(METHODS[ccy]), pv=pv)
    ref = ref_generic(c, ccy)
    if rng.random() < 0.4:
        ref = (ref + " " if ref else "") + pv
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.5), ref=ref, remit=remit)
    apps = [(i, bal[i["id"]]) for i in invs]
    lab = new_label(pay, "applied", apps, reason="remittance advice lists the invoices; amounts and total match",
                    scenario="remit_lines", note="bank reference is generic; the remittance advice carries the invoice lines")
    emit(pay, lab, apps)


def sc_va_idr(pdate):
    inv = unique_amount_invoice(pool("IDR"))
    c = cust(inv)
    amt = bal[inv["id"]]
    va = "88908" + "0000" + n7(inv)
    ref = rng.choice([f"TRSF VA {va}", f"VA {va} {clean_upper(c['name'])[:20].rstrip()}",
                      f"BI-FAST CR VA{va}", f"PEMBAYARAN VA {va}"])
    remit = None
    if rng.random() < 0.4:
        remit = f"Pembayaran melalui Virtual Account {va}\nFaktur Pajak {faktur()}\nJumlah {famt('IDR', amt)}"
    pay = new_pay(c, "IDR", amt, pdate, cid=True, ref=ref, remit=remit)
    lab = new_label(pay, "applied", [(inv, amt)],
                    reason=f"virtual account {va} carries invoice number {n7(inv)}; exact balance",
                    scenario="va_idr", note="Indonesian virtual-account number = company code 88908 + 0000 + the 7-digit "
                    "invoice number; the VA owner is known to the bank (customer_id) and the amount is unique for it too")
    emit(pay, lab, [(inv, amt)])


def unique_amount_invoice(cands, extra_ok=None):
    rng.shuffle(cands)
    for inv in cands:
        m = subset_matches(open_invs(inv["customer_id"], inv["currency"]), bal[inv["id"]])
        if len(m) == 1 and m[0] == (inv,) and (extra_ok is None or extra_ok(inv)):
            return inv
    raise Skip()


def sc_amount_only(pdate):
    ccy = pick_ccy()
    inv = unique_amount_invoice(pool(ccy))
    c = cust(inv)
    amt = bal[inv["id"]]
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref_generic(c, ccy))
    lab = new_label(pay, "applied", [(inv, amt)],
                    reason="customer given by the bank; exactly one open invoice (or invoice set) has this amount",
                    scenario="amount_only", note="no invoice number anywhere; customer_id + unique exact balance")
    emit(pay, lab, [(inv, amt)])


def sc_name_only(pdate):
    ccy = pick_ccy()
    found = None
    cands = pool(ccy)
    rng.shuffle(cands)
    for inv in cands[:80]:
        c = cust(inv)
        m = subset_matches(open_invs(c["id"], ccy), bal[inv["id"]])
        if not (len(m) == 1 and m[0] == (inv,)):
            continue
        p = unique_name(c)
        if p:
            found = (inv, p)
            break
    if not found:
        raise Skip()
    inv, p = found
    c = cust(inv)
    amt = bal[inv["id"]]
    pay = new_pay(c, ccy, amt, pdate, payer=p, cid=False, ref=ref_generic(c, ccy))
    lab = new_label(pay, "applied", [(inv, amt)],
                    reason=f"payer name '{p}' identifies {c['name']}; one open invoice has this amount",
                    scenario="name_only",
                    note="customer_id null; bank-truncated payer name fits exactly one customer; unique exact balance")
    emit(pay, lab, [(inv, amt)])


def sc_amount_ambiguous(pdate):
    cs = [c for c in customers if c["role"] == "dup_amb" and not c.get("done")]
    c = choose(cs)
    c["done"] = True
    pair = [i for i in invoices if i["customer_id"] == c["id"] and i["role"] == "dup_amb"]
    ccy = pair[0]["currency"]
    amt = bal[pair[0]["id"]]
    m = subset_matches(open_invs(c["id"], ccy), amt, 4)
    assert sorted(x[0]["id"] for x in m if len(x) == 1) == sorted(i["id"] for i in pair)
    cands = cand_sort([x for x in m if len(x) == 1]) + cand_sort([x for x in m if len(x) > 1])
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref_generic(c, ccy))
    lab = new_label(pay, "review", candidates=cands,
                    reason="two open invoices of this customer have exactly this amount; nothing says which",
                    scenario="amount_ambiguous", note="same-amount repeat orders; oldest due first among equal candidates")
    emit(pay, lab)


def sc_similar_names(pdate):
    cs = [c for c in customers if c["role"] == "similar" and not c.get("done")]
    c1 = choose(cs)
    c2 = cust_by_id[c1["pair"]]
    c1["done"] = c2["done"] = True
    a = [i for i in invoices if i["customer_id"] == c1["id"] and i["role"] == "similar"][0]
    b = [i for i in invoices if i["customer_id"] == c2["id"] and i["role"] == "similar"][0]
    ccy = a["currency"]
    amt = bal[a["id"]]
    assert bal[b["id"]] == amt
    n1, n2 = ascii_upper(c1["name"]), ascii_upper(c2["name"])
    k = 0
    while k < min(len(n1), len(n2)) and n1[k] == n2[k]:
        k += 1
    payer = n1[:min(k, 35)].rstrip(" ,.").replace("CONG TY TNHH", "CTY TNHH")
    hits = name_hits(payer)
    assert sorted(h["id"] for h in hits) == sorted([c1["id"], c2["id"]]), (payer, [h["name"] for h in hits])
    for cc in (c1, c2):
        m = subset_matches(open_invs(cc["id"], ccy), amt)
        assert len(m) == 1, m
    pay = new_pay(c1, ccy, amt, pdate, payer=payer, cid=False, ref=ref_generic(c1, ccy))
    lab = new_label(pay, "review", candidates=cand_sort([(a,), (b,)]),
                    reason=f"truncated payer '{payer}' fits two customers, each with an open invoice of this amount",
                    scenario="similar_names", note=f"{c1['name']} vs {c2['name']}")
    emit(pay, lab)


UNKNOWN_PAYERS = {"SGD": ["TAN WEI MING", "LEE MEI LING", "CASH DEPOSIT", "ORIENT LINK LOGISTICS PTE LTD"],
                  "MYR": ["LIM AH HOCK", "WONG KAR LEONG", "SITI NURHALIZA BT AHMAD", "CDM DEPOSIT 0231"],
                  "THB": ["SOMCHAI JAIDEE", "CHAIWAT S.", "MRS. NARUMON K."],
                  "IDR": ["BUDI SANTOSO", "HARTONO WIJAYA", "SETORAN TUNAI"],
                  "VND": ["NGUYEN VAN HUNG", "TRAN THI THU HA", "NOP TIEN MAT"],
                  "PHP": ["JUAN DELA CRUZ", "MARIA CRISTINA SANTOS", "OTC CASH DEPOSIT"],
                  "USD": ["GLOBAL SOURCING (HK) LTD", "INWARD REMITTANCE", "SHENZHEN XINGDA TRADING CO"]}


def sc_unknown_payer(pdate, variant):
    ccy = pick_ccy()
    payer = rng.choice(UNKNOWN_PAYERS[ccy])
    assert not name_hits(payer)
    if variant == "one":
        cands = pool(ccy)
        rng.shuffle(cands)
        inv = None
        for i in cands:
            if len(book_singles(ccy, bal[i["id"]])) == 1:
                inv = i
                break
        if inv is None:
            raise Skip()
        amt = bal[inv["id"]]
        ref = rng.choice([None, "TRANSFER", "PAYMENT", "INWARD TT", "DEP"])
        pay = new_pay(None, ccy, amt, pdate, payer=payer, cid=None, ref=ref)
        used.add(inv["id"])
        lab = new_label(pay, "review", candidates=[(inv,)],
                        reason="payer unknown; one open invoice in the book has exactly this amount",
                        scenario="unknown_payer_one", note="amount alone is not enough to apply; the single amount match is the candidate")
    else:
        while True:
            _, amt = gen_amount(ccy)
            amt = q2(amt * D(rng.choice(["0.5", "0.73", "1", "1.3"])))
            if ccy in ZERO_DEC:
                amt = amt.quantize(D("1000"))
            if not book_singles(ccy, amt):
                break
        ref = rng.choice([None, "TRANSFER", "PAYMENT", "INWARD TT", "CASH DEP"])
        pay = new_pay(None, ccy, amt, pdate, payer=payer, cid=None, ref=ref)
        lab = new_label(pay, "review", candidates=[],
                        reason="payer unknown and no open invoice has this amount",
                        scenario="unknown_payer_none", note="no customer, no fit: review with no candidates")
    emit(pay, lab)


PART_WORDS = {"SGD": ["PART PAYMENT {x}", "PARTIAL PYMT {x}", "1ST INSTALMENT {x}"],
              "MYR": ["PART PAYMENT {x}", "PARTIAL {x} TQ", "ANSURAN 1 {x}"],
              "THB": ["PARTIAL PAYMENT {x}", "INSTALLMENT 1/2 {x}"],
              "IDR": ["DP 50% {x}", "CICILAN 1 {x}", "BAYAR SEBAGIAN {x}"],
              "VND": ["TAM UNG {x}", "THANH TOAN DOT 1 {x}", "TT MOT PHAN {x}"],
              "PHP": ["PARTIAL PAYMENT {x}", "1ST INSTALLMENT {x}"],
              "USD": ["PARTIAL PAYMENT {x}", "/RFB/{x} PART PAYMENT", "1ST INSTALMENT {x}"]}
BAL_WORDS = {"SGD": ["BAL PAYMENT {x}", "FINAL PAYMENT {x}", "BALANCE {x}"],
             "MYR": ["BAKI {x}", "BALANCE PYMT {x}", "FINAL {x} TQ"],
             "THB": ["BALANCE PAYMENT {x}", "INSTALLMENT 2/2 {x}"],
             "IDR": ["PELUNASAN {x}", "SISA {x}", "CICILAN 2 LUNAS {x}"],
             "VND": ["THANH TOAN NOT {x}", "THANH TOAN DOT 2 {x}", "TT PHAN CON LAI {x}"],
             "PHP": ["BALANCE {x}", "FULL SETTLEMENT {x}", "2ND INSTALLMENT {x}"],
             "USD": ["BALANCE PAYMENT {x}", "/RFB/{x} BALANCE", "FINAL PAYMENT {x}"]}


def nice_part(ccy, b, fr):
    v = b * fr
    unit = D("1000000") if ccy in ZERO_DEC else (D("1000") if b > 20000 else D("100"))
    v = (v / unit).quantize(D("1"), rounding=ROUND_HALF_UP) * unit
    return q2(v)


def sc_part_payment(pdate):
    ccy = pick_ccy()
    inv = choose(pool(ccy, lambda i: bal[i["id"]] > (D("20000000") if i["currency"] in ZERO_DEC else D("2000"))))
    c = cust(inv)
    b = bal[inv["id"]]
    amt = nice_part(ccy, b, D(rng.choice(["0.3", "0.4", "0.5", "0.5", "0.6"])))
    if not (0 < amt < b):
        raise Skip()
    m = subset_matches(open_invs(c["id"], ccy), amt)
    if m:
        raise Skip()
    ref = rng.choice(PART_WORDS[ccy]).format(x=dsg(inv, ccy))
    remit = None
    if rng.random() < 0.3:
        remit = (f"Part payment of {famt(ccy, amt)} for {inv['number']} (invoice amount {famt(ccy, b)}). "
                 f"Balance to follow {rng.choice(['next month', 'end of April', 'upon receipt of goods', 'per agreed schedule'])}.")
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref, remit=remit)
    lab = new_label(pay, "partial", [(inv, amt)], reason=f"stated part payment of {inv['number']}",
                    scenario="part_payment", note="reference says part/instalment/DP; the rest stays open on purpose, no short pay")
    emit(pay, lab, [(inv, amt)])
    pending["part"].append((inv, len(out)))


def sc_balance_followup(pdate):
    inv, _ = pending["part"].pop(0)
    c = cust(inv)
    ccy = inv["currency"]
    amt = bal[inv["id"]]
    ref = rng.choice(BAL_WORDS[ccy]).format(x=dsg(inv, ccy))
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref)
    lab = new_label(pay, "applied", [(inv, amt)],
                    reason=f"pays what the earlier part payment left open on {inv['number']}",
                    scenario="balance_followup",
                    note="only correct if the earlier part payment in this file was applied first (reduced balance)")
    emit(pay, lab, [(inv, amt)])


def full_open(ccy, pred=None):
    return pool(ccy, lambda i: bal[i["id"]] == i["total"] and (pred is None or pred(i)))


def sc_short_ewt(pdate, rate):
    inv = choose(full_open("PHP", lambda i: i["total"] > 20000))
    c = cust(inv)
    b = bal[inv["id"]]
    ewt = q2(inv["net"] * rate)
    amt = b - ewt
    pct = f"{int(rate * 100)}%"
    lab_txt = f"EWT {pct}"
    remit = remit_advice(c, "PHP", [(inv, b, [(lab_txt, ewt)], amt)], pdate,
                         method=rng.choice(["check", "PESONet", "InstaPay"]),
                         notes=[rng.choice(["BIR Form 2307 to follow.", "Certificate of creditable tax withheld (BIR 2307) attached.",
                                            "2307 will be emailed separately."])])
    ref = rng.choice([f"PAYMENT FOR {dsg(inv, 'PHP')}", f"PESONET {dsg(inv, 'PHP')} LESS EWT", None, "BILLS PAYMENT"])
    pay = new_pay(c, "PHP", amt, pdate, cid=cid_flag(0.6), ref=ref, remit=remit)
    lab = new_label(pay, "partial", [(inv, amt)], short_pay=(inv, ewt, f"EWT {pct} withheld (BIR 2307)"),
                    reason=f"{inv['number']} paid net of {lab_txt}; withheld amount stays open as a deduction",
                    scenario="short_ewt_ph", note=f"Philippine expanded withholding tax {pct} of the VAT-exclusive amount")
    emit(pay, lab, [(inv, amt)])


def sc_short_wht(pdate):
    inv = choose(full_open("THB", lambda i: i["total"] > 5000))
    c = cust(inv)
    b = bal[inv["id"]]
    wht = q2(inv["net"] * D("0.03"))
    amt = b - wht
    cert = f"{rng.randint(1, 999):04d}/2569"
    remit = remit_advice(c, "THB", [(inv, b, [("WHT 3%", wht)], amt)], pdate,
                         method=rng.choice(["PromptPay", "BAHTNET", "Smart"]),
                         notes=[f"Withholding tax certificate (50 Tawi) no. {cert} "
                                + rng.choice(["attached.", "will be sent by post.", "to follow by courier."])])
    ref = rng.choice([f"SMART {dsg(inv, 'THB')}", f"{dsg(inv, 'THB')} NET WHT", None, "TRANSFER"])
    pay = new_pay(c, "THB", amt, pdate, cid=cid_flag(0.6), ref=ref, remit=remit)
    lab = new_label(pay, "partial", [(inv, amt)], short_pay=(inv, wht, "Thai WHT 3% withheld (50 Tawi certificate)"),
                    reason=f"{inv['number']} paid net of 3% withholding tax",
                    scenario="short_wht_th", note="WHT 3% of the pre-VAT amount; Buddhist-era year 2569 on the certificate")
    emit(pay, lab, [(inv, amt)])


def sc_short_bank(pdate):
    ccy = rng.choice(["USD", "USD", "USD", "IDR", "SGD"])
    inv = choose(pool(ccy, lambda i: bal[i["id"]] > (D("5000000") if ccy == "IDR" else D("800"))))
    c = cust(inv)
    b = bal[inv["id"]]
    if ccy == "IDR":
        fee = D(rng.choice(["6500", "2500", "25000"]))
        ref = f"{dsg(inv, ccy)} POTONG BIAYA TRF {plain(ccy, fee)}"
        remit = f"Pembayaran {inv['number']} {famt(ccy, b)} dipotong biaya transfer {famt(ccy, fee)}."
    elif ccy == "USD":
        fee = D(rng.choice(["15.00", "20.00", "25.00", "35.00", "18.50"]))
        ref = rng.choice([f"/RFB/{dsg(inv, ccy)} LESS BANK CHGS USD{plain(ccy, fee)}",
                          f"{dsg(inv, ccy)} BEN CHGS {plain(ccy, fee)}"])
        remit = rng.choice([None, f"Invoice {inv['number']} USD {plain(ccy, b)} less bank charges USD {plain(ccy, fee)}"])
    else:
        fee = D(rng.choice(["10.00", "15.00", "20.00"]))
        ref = f"TT {dsg(inv, ccy)} LESS CHGS S${plain(ccy, fee)}"
        remit = None
    amt = b - fee
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref, remit=remit)
    lab = new_label(pay, "partial", [(inv, amt)], short_pay=(inv, fee, "bank charges deducted by payer"),
                    reason=f"{inv['number']} paid less stated bank charges", scenario="short_bank_charges",
                    note="payer states it deducted the transfer fee")
    emit(pay, lab, [(inv, amt)])


DISPUTE_REASONS = ["{n} PCS DEFECTIVE (RMA-{r})", "PRICE DIFF PER PO {po}", "SHORT SHIPMENT {n} REELS",
                   "DAMAGED CARTON DN-{r}", "LATE DELIVERY PENALTY", "QTY SHORT {n} PCS GRN {r}"]


def sc_short_dispute(pdate):
    ccy = pick_ccy()
    inv = choose(pool(ccy, lambda i: bal[i["id"]] > (D("10000000") if ccy in ZERO_DEC else D("1500"))))
    c = cust(inv)
    b = bal[inv["id"]]
    why = rng.choice(DISPUTE_REASONS).format(n=rng.randint(2, 40), r=rng.randint(1000, 9999), po=po_no(c))
    ded = nice_part(ccy, b, D(rng.choice(["0.02", "0.04", "0.05", "0.08", "0.1"])))
    if not (0 < ded < b):
        raise Skip()
    amt = b - ded
    remit = remit_advice(c, ccy, [(inv, b, [(why, ded)], amt)], pdate, method=rng.choice(METHODS[ccy]))
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref_with(c, ccy, dsg(inv, ccy), pdate), remit=remit)
    lab = new_label(pay, "partial", [(inv, amt)], short_pay=(inv, ded, why.lower()),
                    reason=f"{inv['number']} short paid with a stated deduction", scenario="short_dispute",
                    note="deduction with reason in the remittance; opens a deduction case")
    emit(pay, lab, [(inv, amt)])


def sc_multi_one_short(pdate):
    ccy = pick_ccy()
    grp_ = choose(by_customer(ccy))
    k = min(len(grp_), rng.choice([2, 3]))
    invs = sorted(rng.sample(grp_, k), key=lambda i: i["number"])
    c = cust(invs[0])
    short = rng.choice(invs)
    b = bal[short["id"]]
    ded = nice_part(ccy, b, D(rng.choice(["0.05", "0.1", "0.2"])))
    if not (0 < ded < b):
        raise Skip()
    why = rng.choice(DISPUTE_REASONS).format(n=rng.randint(2, 40), r=rng.randint(1000, 9999), po=po_no(c))
    lines, apps = [], []
    for i in invs:
        bi = bal[i["id"]]
        if i is short:
            lines.append((i, bi, [(why, ded)], bi - ded))
            apps.append((i, bi - ded))
        else:
            lines.append((i, bi, [], bi))
            apps.append((i, bi))
    amt = sum(a for _, a in apps)
    remit = remit_advice(c, ccy, lines, pdate, method=rng.choice(METHODS[ccy]))
    ref = ref_with(c, ccy, dsg_list(invs, ccy), pdate) if rng.random() < 0.5 else ref_generic(c, ccy)
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref, remit=remit)
    lab = new_label(pay, "partial", apps, short_pay=(short, ded, why.lower()),
                    reason=f"{len(invs)} invoices paid, {short['number']} short with a stated deduction",
                    scenario="multi_one_short", note="remittance lines; one line carries the deduction")
    emit(pay, lab, apps)


def no_fit(c, ccy, amt, maxk=3):
    return not subset_matches(open_invs(c["id"], ccy), amt, maxk)


def sc_overpayment(pdate):
    ccy = pick_ccy()
    inv = choose(pool(ccy))
    c = cust(inv)
    b = bal[inv["id"]]
    kind = rng.choice(["round", "freight", "double"])
    if kind == "round":
        unit = D("1000000") if ccy in ZERO_DEC else D("100")
        amt = ((b / unit).to_integral_value(rounding="ROUND_CEILING") + 1) * unit
        amt = q2(amt)
        why = None
    elif kind == "freight":
        extra = D(rng.choice(["85.00", "120.00", "250.00", "45.50"])) if ccy not in ZERO_DEC else D(rng.choice(["350000", "1250000"]))
        if ccy in ("THB", "PHP"):
            extra *= 30
        amt = b + extra
        why = "incl. freight charge"
    else:
        amt = b * 2
        why = None
    extra = q2(amt - b)
    if not no_fit(c, ccy, extra) or not no_fit(c, ccy, amt):
        raise Skip()
    ref = ref_with(c, ccy, dsg(inv, ccy), pdate)
    remit = None
    if why:
        remit = f"Payment for {inv['number']} {famt(ccy, amt)} {why}."
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref, remit=remit)
    lab = new_label(pay, "unapplied", [(inv, b)],
                    reason=f"{inv['number']} paid in full; {s2(extra)} more than its balance held on account",
                    scenario="overpayment", note=f"overpayment ({kind}); remainder fits no other open invoice")
    emit(pay, lab, [(inv, b)])


def sc_overpay_total(pdate):
    ccy = pick_ccy()
    inv = choose(pool(ccy, lambda i: bal[i["id"]] < i["total"]))
    c = cust(inv)
    b = bal[inv["id"]]
    amt = inv["total"]
    extra = amt - b
    if not no_fit(c, ccy, extra) or not no_fit(c, ccy, amt):
        raise Skip()
    ref = ref_with(c, ccy, dsg(inv, ccy), pdate)
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref)
    lab = new_label(pay, "unapplied", [(inv, b)],
                    reason=f"pays the invoice total of {inv['number']} although part was already paid; excess on account",
                    scenario="overpay_total", note="invoice balance < total before this file; customer paid the total")
    emit(pay, lab, [(inv, b)])


def sc_duplicate_payment(pdate):
    for k, (inv, amt, p0, pos) in enumerate(pending["paid"]):
        c = cust(inv)
        if len(out) - pos < 4 or bal[inv["id"]] != 0:
            continue
        if no_fit(c, inv["currency"], amt):
            pending["paid"].pop(k)
            break
    else:
        raise Skip()
    ccy = inv["currency"]
    ref = p0["reference"] if p0["reference"] and rng.random() < 0.5 else ref_with(c, ccy, dsg(inv, ccy), pdate)
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref)
    lab = new_label(pay, "unapplied", [],
                    reason=f"{inv['number']} was already paid by {p0['id']} earlier in this file; held on account",
                    scenario="duplicate_payment", note=f"second payment of an invoice already paid (first: {p0['id']})")
    emit(pay, lab)


def sc_list_one_paid(pdate):
    for k, (inv, amt, p0, pos) in enumerate(pending["paid"]):
        c = cust(inv)
        if len(out) - pos < 4 or bal[inv["id"]] != 0:
            continue
        others = pool(inv["currency"], lambda i: i["customer_id"] == c["id"])
        if not others:
            continue
        y = rng.choice(others)
        if no_fit(c, inv["currency"], amt) and no_fit(c, inv["currency"], amt + bal[y["id"]]):
            pending["paid"].pop(k)
            break
    else:
        raise Skip()
    ccy = inv["currency"]
    by = bal[y["id"]]
    total = amt + by
    ref = ref_with(c, ccy, dsg_list([inv, y], ccy), pdate)
    pay = new_pay(c, ccy, total, pdate, cid=True, ref=ref)
    lab = new_label(pay, "unapplied", [(y, by)],
                    reason=f"{y['number']} applied; {inv['number']} was already paid by {p0['id']}, its share held on account",
                    scenario="list_one_paid", note="list names one invoice paid earlier in the file")
    emit(pay, lab, [(y, by)])


def sc_advance(pdate):
    ccy = pick_ccy()
    inv = choose(pool(ccy))
    c = cust(inv)
    for _ in range(20):
        _, amt = gen_amount(ccy)
        if no_fit(c, ccy, amt):
            break
    else:
        raise Skip()
    po = po_no(c)
    ref = rng.choice({"VND": [f"TAM UNG DON HANG {po}", f"DAT COC PO {po}"],
                      "IDR": [f"DP 30% PO {po}", f"UANG MUKA PO {po}"]}.get(ccy, [f"ADVANCE PAYMENT PO {po}", f"DEPOSIT 30% PO {po}", f"PREPAYMENT {po}"]))
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref)
    lab = new_label(pay, "unapplied", [], reason="advance/deposit against a purchase order; fits no open invoice",
                    scenario="advance_no_fit", note="known customer, no invoice fits: held on account")
    emit(pay, lab)


def sc_cross_currency(pdate):
    ccy = rng.choice(["SGD", "MYR", "THB", "IDR", "VND", "PHP"])
    inv = choose(pool(ccy))
    c = cust(inv)
    usd = q2(bal[inv["id"]] / FX[ccy])
    if not no_fit(c, "USD", usd):
        raise Skip()
    ref = rng.choice([f"/RFB/{dsg(inv, ccy)}", f"TT PAYMENT {dsg(inv, ccy)}", f"{dsg(inv, ccy)} USD EQUIV"])
    remit = rng.choice([None, f"Payment for {inv['number']} ({famt(ccy, bal[inv['id']])}) remitted in USD {plain('USD', usd)}."])
    pay = new_pay(c, "USD", usd, pdate, cid=True, ref=ref, remit=remit)
    used.add(inv["id"])
    lab = new_label(pay, "unapplied", [],
                    reason=f"reference names {inv['number']} which is in {ccy}; payment is USD: never apply across currencies",
                    scenario="cross_currency", note=f"customer paid the {ccy} invoice in USD; hold on account, no USD invoice fits")
    emit(pay, lab)


def sc_lump_all(pdate):
    cs = [c for c in customers if c["role"] == "lump_all" and not c.get("done")]
    c = choose(cs)
    c["done"] = True
    ccy = c["currencies"][0]
    invs = open_invs(c["id"], ccy)
    amt = sum(bal[i["id"]] for i in invs)
    ref = rng.choice({"VND": ["THANH TOAN CONG NO THANG 2", "TT CONG NO DEN 28/02"],
                      "IDR": ["PEMBAYARAN TAGIHAN FEB 2026", "BAYAR SOA FEB"]}.get(
        ccy, ["PAYMENT SOA FEB 2026", "STATEMENT PAYMENT", "PAYMENT AS PER SOA", "FULL SETTLEMENT OF ACCOUNT"]))
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref)
    apps = [(i, bal[i["id"]]) for i in invs]
    lab = new_label(pay, "applied", apps, reason=f"amount equals all {len(invs)} open {ccy} invoices of the customer",
                    scenario="lump_all", note="statement payment with no numbers; total open balance matches exactly")
    emit(pay, lab, apps)


def sc_lump_ambiguous(pdate):
    cs = [c for c in customers if c["role"] == "lump_amb" and not c.get("done")]
    c = choose(cs)
    c["done"] = True
    ccy = c["currencies"][0]
    invs = open_invs(c["id"], ccy)
    r = sorted([i for i in invs], key=lambda i: i["seq"])
    amt = bal[r[0]["id"]] + bal[r[1]["id"]]
    m = subset_matches(invs, amt, len(invs))
    assert len(m) >= 2
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref_generic(c, ccy) or "PAYMENT")
    lab = new_label(pay, "review", candidates=cand_sort(m),
                    reason="two different sets of open invoices add up to this amount",
                    scenario="lump_ambiguous", note="lump without numbers; equally good readings, oldest due first")
    emit(pay, lab)


def sc_po_lookalike(pdate):
    ccy = pick_ccy()
    inv = unique_amount_invoice(pool(ccy))
    c = cust(inv)
    amt = bal[inv["id"]]
    other = rng.choice([i for i in invoices if i["customer_id"] != c["id"] and bal[i["id"]] != amt])
    kind = rng.choice(["po", "po", "chq"]) if ccy == "PHP" else "po"
    if kind == "po":
        ref = rng.choice([f"PO {nn(other)}", f"PO#{n7(other)}", f"OUR PO {nn(other)}", f"PO NO {n7(other)}"])
        if ccy == "VND":
            ref = f"THANH TOAN DON HANG PO {nn(other)}"
        note = f"'{ref}' is the customer's PO; {other['number']} belongs to another customer"
    else:
        ref = f"CHECK DEPOSIT CHK NO {n7(other)}"
        note = f"cheque number equals the digits of {other['number']} (another customer)"
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref)
    lab = new_label(pay, "applied", [(inv, amt)],
                    reason="number in the reference is a PO/cheque number, not ours; customer + unique exact amount",
                    scenario="po_lookalike", note=note)
    emit(pay, lab, [(inv, amt)])


def sc_amount_lookalike(pdate):
    cands = [i for i in invoices if i["role"] == "amt_look" and i["id"] not in used]
    inv = choose(cands)
    c = cust(inv)
    ccy = inv["currency"]
    amt = bal[inv["id"]]
    m = subset_matches(open_invs(c["id"], ccy), amt)
    assert m == [(inv,)]
    o = inv_by_id[inv["looks_like"]]
    assert bal[o["id"]] != amt
    ref = rng.choice([f"{ref_generic(c, ccy) or 'PAYMENT'} {int(amt)}.00", f"AMT {int(amt)}.00",
                      f"{int(amt)}.00 PAYMENT"])
    remit = rng.choice([None, f"Amount paid: {int(amt)}.00"])
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref, remit=remit)
    lab = new_label(pay, "applied", [(inv, amt)],
                    reason="the number in the reference is the amount; customer + unique exact amount",
                    scenario="amount_lookalike", note=f"amount {int(amt)} equals the digits of {o['number']} (another customer)")
    emit(pay, lab, [(inv, amt)])


def sc_ref_other_customer(pdate):
    ccy = pick_ccy()
    x = choose(pool(ccy))
    b = cust(x)
    amt = bal[x["id"]]
    others = [c for c in customers if c["role"] is None and c["id"] != b["id"] and c["country"] == b["country"]
              and ccy in c["currencies"] and not name_fits(bank_name(c, "full"), b["name"])]
    a = choose(others)
    if not no_fit(a, ccy, amt):
        raise Skip()
    ref = ref_with(a, ccy, dsg(x, ccy), pdate)
    pay = new_pay(a, ccy, amt, pdate, cid=True, ref=ref)
    used.add(x["id"])
    lab = new_label(pay, "review", candidates=[(x,)],
                    reason=f"bank says {a['name']} but the reference names {x['number']} of {b['name']}",
                    scenario="ref_other_customer", note="paying for another company or a typo: a person must decide")
    emit(pay, lab)


def sc_list_mismatch(pdate):
    ccy = pick_ccy()
    grp_ = choose(by_customer(ccy))
    k = min(len(grp_), rng.choice([2, 3]))
    invs = sorted(rng.sample(grp_, k), key=lambda i: i["number"])
    c = cust(invs[0])
    s = sum(bal[i["id"]] for i in invs)
    cut = nice_part(ccy, min(bal[i["id"]] for i in invs), D(rng.choice(["0.15", "0.3", "0.45"])))
    amt = s - cut
    if cut <= 0 or amt <= 0:
        raise Skip()
    if subset_matches(open_invs(c["id"], ccy), amt, 4):
        raise Skip()
    ref = ref_with(c, ccy, dsg_list(invs, ccy), pdate)
    pay = new_pay(c, ccy, amt, pdate, cid=cid_flag(0.6), ref=ref)
    used.update(i["id"] for i in invs)
    lab = new_label(pay, "review", candidates=[tuple(invs)],
                    reason="reference lists invoices but the amount is less than their sum and says nothing about why",
                    scenario="list_amount_mismatch", note="which invoice is short is unknown: do not guess")
    emit(pay, lab)


GROUP_PAYERS = {"SG": "{w} HOLDINGS PTE LTD", "MY": "{w} GROUP BERHAD", "TH": "{w} GROUP PCL",
                "ID": "PT {w} GRUP INVESTAMA", "VN": "CONG TY CP TAP DOAN {w}", "PH": "{w} HOLDINGS INC"}
GROUP_WORDS = ["ZENITH", "ORIENTAL PEARL", "SUNRISE", "EVERGLORY", "TRIDENT", "HORIZON", "PINNACLE"]


def sc_third_party(pdate):
    ccy = pick_ccy()
    grp_ = choose(by_customer(ccy, minn=1))
    k = min(len(grp_), rng.choice([1, 2]))
    invs = sorted(rng.sample(grp_, k), key=lambda i: i["number"])
    c = cust(invs[0])
    payer = GROUP_PAYERS[c["country"]].format(w=rng.choice(GROUP_WORDS))
    assert not name_hits(payer)
    amt = sum(bal[i["id"]] for i in invs)
    x = dsg(invs[0], ccy) if k == 1 else dsg_list(invs, ccy)
    ref = ref_with(c, ccy, x, pdate)
    remit = f"Payment on behalf of our subsidiary {c['name']}: {', '.join(i['number'] for i in invs)} total {famt(ccy, amt)}."
    pay = new_pay(c, ccy, amt, pdate, payer=payer, cid=False, ref=ref, remit=remit)
    apps = [(i, bal[i["id"]]) for i in invs]
    lab = new_label(pay, "applied", apps, reason="parent company pays; invoice numbers and exact amount are clear",
                    scenario="third_party_payer", note="payer is not a customer; numbers + amount + remittance decide")
    emit(pay, lab, apps)


def sc_ref_dup_first(pdate):
    cs = [c for c in customers if c["role"] == "dup_after" and not c.get("done")]
    c = choose(cs)
    c["done"] = True
    pair = sorted([i for i in invoices if i["customer_id"] == c["id"] and i["role"] == "dup_after"],
                  key=lambda i: (i["due_date"], i["number"]))
    a, b = pair
    if rng.random() < 0.5:
        a, b = b, a
    ccy = a["currency"]
    amt = bal[a["id"]]
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref_with(c, ccy, dsg(a, ccy), pdate))
    lab = new_label(pay, "applied", [(a, amt)], reason=f"reference {a['number']}, exact balance",
                    scenario="ref_dup_first", note=f"customer has two open invoices of this amount; the reference picks {a['number']}")
    emit(pay, lab, [(a, amt)])
    pending["dup_after"].append((b, len(out)))


def sc_unique_after(pdate):
    b, _ = pending["dup_after"].pop(0)
    c = cust(b)
    ccy = b["currency"]
    amt = bal[b["id"]]
    m = subset_matches(open_invs(c["id"], ccy), amt)
    assert m == [(b,)], m
    pay = new_pay(c, ccy, amt, pdate, cid=True, ref=ref_generic(c, ccy))
    lab = new_label(pay, "applied", [(b, amt)],
                    reason="its twin invoice was paid earlier in this file, so this amount now fits one invoice",
                    scenario="unique_after_earlier",
                    note="ambiguous against the opening ledger, unique after the earlier payment is applied")
    emit(pay, lab, [(b, amt)])


# ---- bad input rows
def sc_err(pdate, kind):
    ccy = pick_ccy()
    inv = choose(pool(ccy))
    c = cust(inv)
    b = bal[inv["id"]]
    ref = ref_with(c, ccy, dsg(inv, ccy), pdate)
    if kind == "negative":
        pay = new_pay(c, ccy, "-" + s2(b), pdate, cid=True,
                      ref=rng.choice(["RETURNED ", "REVERSAL ", "RTN ", "CHQ RETURNED "]) + dsg(inv, ccy))
        err = "negative amount"
    elif kind == "currency":
        cur = rng.choice(["EUR", "CNY", "JPY", "AUD"])
        pay = new_pay(c, cur, q2(b / FX.get(ccy, D(1)) * D("0.92")) if ccy != "USD" else q2(b * D("0.92")),
                      pdate, cid=True, ref=ref)
        err = f"currency {cur} matches no open invoice"
    elif kind == "malformed":
        w, f = grp(b)
        bad = rng.choice([s2(b).replace("0", "O", 1) if "0" in s2(b) else "TBC", "TBC", f"{w}.{f}.00", ""])
        pay = new_pay(c, ccy, bad, pdate, cid=True, ref=ref)
        err = f"malformed amount {bad!r}"
    elif kind == "missing_date":
        pay = new_pay(c, ccy, b, rng.choice([None, ""]), cid=True, ref=ref)
        err = "missing date"
    else:
        raise ValueError(kind)
    lab = new_label(pay, "error", error=err, scenario=f"error_{kind}", note="bad input row: nothing applied")
    emit(pay, lab)


def sc_err_dup_id(pdate):
    p0, l0 = out[-1]
    if l0["status"] == "error":
        raise Skip()
    pay = dict(p0)
    lab = new_label(pay, "error", error=f"duplicate payment id {p0['id']}", scenario="error_duplicate_id",
                    note="the same bank line delivered twice; the first occurrence is processed, this one is rejected")
    out.append((pay, lab))


SCHEDULE = {
    "ref_single": 88, "ref_list": 34, "ref_range": 8, "remit_lines": 28, "va_idr": 8,
    "amount_only": 28, "name_only": 18, "amount_ambiguous": 10, "similar_names": 5,
    "unknown_one": 6, "unknown_none": 6, "part_payment": 15, "balance_followup": 8,
    "short_ewt2": 9, "short_ewt1": 3, "short_wht": 12, "short_bank": 8, "short_dispute": 8,
    "multi_one_short": 5, "overpayment": 10, "overpay_total": 5, "duplicate_payment": 8,
    "list_one_paid": 4, "advance": 6, "cross_currency": 6, "lump_all": 8, "lump_ambiguous": 5,
    "po_lookalike": 6, "amount_lookalike": 4, "ref_other_customer": 4, "list_mismatch": 5,
    "third_party": 5, "ref_dup_first": 5, "unique_after": 5,
    "err_negative": 2, "err_currency": 2, "err_dup_id": 2, "err_malformed": 2, "err_missing_date": 2,
}
FOLLOWUPS = {"balance_followup": "part", "unique_after": "dup_after",
             "duplicate_payment": "paid", "list_one_paid": "paid"}

RUN = {
    "ref_single": sc_ref_single, "ref_list": sc_ref_list, "ref_range": sc_ref_range,
    "remit_lines": sc_remit_lines, "va_idr": sc_va_idr, "amount_only": sc_amount_only,
    "name_only": sc_name_only, "amount_ambiguous": sc_amount_ambiguous,
    "similar_names": sc_similar_names, "unknown_one": lambda d: sc_unknown_payer(d, "one"),
    "unknown_none": lambda d: sc_unknown_payer(d, "none"), "part_payment": sc_part_payment,
    "balance_followup": sc_balance_followup, "short_ewt2": lambda d: sc_short_ewt(d, D("0.02")),
    "short_ewt1": lambda d: sc_short_ewt(d, D("0.01")), "short_wht": sc_short_wht,
    "short_bank": sc_short_bank, "short_dispute": sc_short_dispute, "multi_one_short": sc_multi_one_short,
    "overpayment": sc_overpayment, "overpay_total": sc_overpay_total,
    "duplicate_payment": sc_duplicate_payment, "list_one_paid": sc_list_one_paid,
    "advance": sc_advance, "cross_currency": sc_cross_currency, "lump_all": sc_lump_all,
    "lump_ambiguous": sc_lump_ambiguous, "po_lookalike": sc_po_lookalike,
    "amount_lookalike": sc_amount_lookalike, "ref_other_customer": sc_ref_other_customer,
    "list_mismatch": sc_list_mismatch, "third_party": sc_third_party,
    "ref_dup_first": sc_ref_dup_first, "unique_after": sc_unique_after,
    "err_negative": lambda d: sc_err(d, "negative"), "err_currency": lambda d: sc_err(d, "currency"),
    "err_malformed": lambda d: sc_err(d, "malformed"), "err_missing_date": lambda d: sc_err(d, "missing_date"),
    "err_dup_id": sc_err_dup_id,
}


def ready(kind):
    src = FOLLOWUPS.get(kind)
    if kind == "err_dup_id":
        return bool(out) and out[-1][1]["status"] != "error"
    if src is None:
        return True
    return any(len(out) - pos >= 5 for *_, pos in pending[src])


def stage3():
    for i in invoices:
        bal[i["id"]] = i["balance"]
    sched = [k for k, n in SCHEDULE.items() for _ in range(n)]
    rng.shuffle(sched)
    N = len(sched)
    dates = sorted(rng.choice(BIZ_DAYS) for _ in range(N))
    queue = list(sched)
    deferred = []
    fails = {}
    while queue or deferred:
        pdate = dates[min(len(out), N - 1)]
        kind = None
        for k in list(deferred):
            if ready(k) and rng.random() < 0.6:
                kind = k
                deferred.remove(k)
                break
        if kind is None:
            if not queue:
                kind = next((k for k in deferred if ready(k)), None)
                if kind is None:
                    raise RuntimeError(f"stuck with {deferred}")
                deferred.remove(kind)
            else:
                kind = queue.pop(0)
                if not ready(kind):
                    deferred.append(kind)
                    continue
        if kind == "err_dup_id":
            sc_err_dup_id(pdate)
            continue
        for attempt in range(30):
            try:
                RUN[kind](pdate)
                break
            except Skip:
                fails[kind] = fails.get(kind, 0) + 1
        else:
            raise RuntimeError(f"could not build {kind}")
    return fails


# ---------------------------------------------------------------- stage 4
STATUSES = ("applied", "partial", "unapplied", "review", "error")


def verify(inv_list, pays, labels):
    """replay the written files in order and check every label; returns list of problems"""
    probs = []
    invs = {i["id"]: i for i in inv_list}
    b = {i["id"]: D(i["balance"]) for i in inv_list}
    if len(pays) != len(labels):
        return ["payments and labels differ in length"]
    seen = set()
    for p, l in zip(pays, labels):
        pid = p["id"]
        if l["payment_id"] != pid:
            probs.append(f"{pid}: label order")
        st = l["status"]
        if st not in STATUSES:
            probs.append(f"{pid}: bad status {st}")
            continue
        dup = pid in seen
        seen.add(pid)
        if st == "error":
            if l["applications"] or l["candidates"] or l["short_pay"] or not l.get("error"):
                probs.append(f"{pid}: error row with applications or no error text")
            continue
        if dup:
            probs.append(f"{pid}: duplicate id not labelled error")
        amt = D(p["amount"])
        tot = D(0)
        for a in l["applications"]:
            i = invs.get(a["invoice_id"])
            x = D(a["amount"])
            if i is None:
                probs.append(f"{pid}: unknown invoice")
                continue
            if i["currency"] != p["currency"]:
                probs.append(f"{pid}: cross-currency application")
            if not (0 < x <= b[i["id"]]):
                probs.append(f"{pid}: application {x} vs balance {b[i['id']]}")
            b[i["id"]] -= x
            tot += x
        un = D(l["unapplied"])
        if tot + un != amt or un < 0:
            probs.append(f"{pid}: applications {tot} + unapplied {un} != {amt}")
        apps = l["applications"]
        if st == "applied" and (un != 0 or l["short_pay"] or not apps or l["candidates"]):
            probs.append(f"{pid}: applied shape")
        if st == "partial":
            if un != 0 or not apps or l["candidates"]:
                probs.append(f"{pid}: partial shape")
            if not any(b[a["invoice_id"]] > 0 for a in apps):
                probs.append(f"{pid}: partial leaves nothing open")
            sp = l["short_pay"]
            if sp:
                if sp["invoice_id"] not in [a["invoice_id"] for a in apps]:
                    probs.append(f"{pid}: short pay on an invoice not applied")
                elif D(sp["amount"]) != b[sp["invoice_id"]]:
                    probs.append(f"{pid}: short pay {sp['amount']} != open {b[sp['invoice_id']]}")
        if st == "unapplied":
            if un <= 0 or l["short_pay"] or l["candidates"]:
                probs.append(f"{pid}: unapplied shape")
            if p["customer_id"] is None and not apps:
                probs.append(f"{pid}: unapplied cash without a known customer")
        if st == "review":
            if apps or un != amt or l["short_pay"]:
                probs.append(f"{pid}: review shape")
            for cset in l["candidates"]:
                for iid in cset["invoice_ids"]:
                    i = invs.get(iid)
                    if i is None or i["currency"] != p["currency"] or b[iid] <= 0:
                        probs.append(f"{pid}: bad candidate {iid}")
    return probs


def readme(inv_list, pays, labels):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter((l["scenario"], l["status"]) for l in labels)
    pc = Counter(p["currency"] for p in pays)
    ic = Counter(i["currency"] for i in inv_list)
    cc = Counter(c["country"] for c in customers)
    by_country = Counter()
    for p, l in zip(pays, labels):
        c = None
        if l["scenario"].startswith("unknown_payer"):
            pass
        elif p["customer_id"]:
            c = cust_by_id.get(p["customer_id"])
        elif l["applications"]:
            c = cust(inv_by_id[l["applications"][0]["invoice_id"]])
        elif l["candidates"]:
            c = cust(inv_by_id[l["candidates"][0]["invoice_ids"][0]])
        by_country[c["country"] if c else "unknown"] += 1
    nref = sum(1 for p in pays if p["reference"])
    nrem = sum(1 for p in pays if p["remittance"])
    ncid = sum(1 for p in pays if p["customer_id"])
    L = []
    A = L.append
    A("# Blind cash-application set: Straitsline Components (South-East Asia)")
    A("")
    A("A held-out test set for the `match` command of `contracts/cash-application.md`, written")
    A("only from that contract (and the samples README). It was generated by `build.py`")
    A("(stdlib Python, fixed seed); `python3 build.py` rewrites every file byte for byte and")
    A("`python3 check.py` re-verifies the labels.")
    A("")
    A("## Theme")
    A("")
    A("Straitsline Components Pte. Ltd., a made-up electronics-components distributor (passives,")
    A("semiconductors, connectors on reels) selling to manufacturers and retailers in Singapore,")
    A("Malaysia, Thailand, Indonesia, Vietnam and the Philippines, invoicing in SGD, MYR, THB, IDR,")
    A("VND, PHP and USD. Payments arrive the way the banks there print them: GIRO / FAST / PayNow-UEN")
    A("(SG), IBG / DuitNow / JomPAY (MY), PromptPay / Smart / BAHTNET (TH), RTGS / SKN / BI-FAST and")
    A("virtual accounts (ID), IBFT and Vietnamese transfer descriptions without diacritics")
    A("(\"THANH TOAN HD 0041230\", where \"VA\" means *and*), InstaPay / PESONet / cheques (PH), and")
    A("SWIFT-style `/RFB/` lines for USD. Payer names are upper-case and truncated the way banks cut")
    A("them (PTE LTD, SDN BHD, PT ... TBK or \"... PT\", CO.,LTD, CTY TNHH, INC.). Remittance")
    A("advices carry tables, faktur pajak numbers, Philippine EWT (BIR 2307) and Thai WHT 3%")
    A("(50 Tawi, Buddhist-era year 2569) deductions, bank charges and disputed deductions.")
    A("All companies, people, tax ids, UENs and numbers are invented.")
    A("")
    A("## Files")
    A("")
    A(f"`{LEDGER}/invoices.json`: {len(inv_list)} open invoices of {len(customers)} customers, exactly the")
    A("contract's fields `{id, number, customer_id, customer_name, currency, total, balance, issue_date,")
    A("due_date}`. Invoice numbers look like `INV-0041230`. Some invoices were part-paid before this")
    A("file (`balance` < `total`). Vietnamese customer names keep their diacritics (the bank text")
    A("does not).")
    A("")
    A(f"`{LEDGER}/payments.json`: {len(pays)} payments, oldest first, the contract's fields")
    A("`{id, date, amount, currency, payer_name, customer_id, reference, remittance}`.")
    A(f"{ncid} carry a `customer_id`, {nref} a `reference`, {nrem} a `remittance` text.")
    A("")
    A(f"`{LEDGER}/labels.json`: one expected MATCHES entry per payment, same order, in the contract's")
    A("format `{payment_id, status, applications, unapplied, short_pay, candidates, reason}` plus")
    A("`scenario` and `note` (for humans, not engine output) and, on bad-input rows, `error`.")
    A("")
    A("Run the engine as")
    A("")
    A("    python -m chalicelib.cli match --invoices " + LEDGER + "/invoices.json \\")
    A("        --payments " + LEDGER + "/payments.json --out MATCHES.json")
    A("")
    A("## Counts")
    A("")
    A("| status | payments |")
    A("|---|---|")
    for s_ in STATUSES:
        A(f"| `{s_}` | {st[s_]} |")
    A("")
    A("| currency | invoices | payments |")
    A("|---|---|---|")
    for k in CCYS + sorted(set(pc) - set(CCYS)):
        A(f"| {k} | {ic.get(k, 0)} | {pc.get(k, 0)} |")
    A("")
    A("Payments by the customer's country (the `customer_id`, else the customer of the applied or")
    A("candidate invoices):")
    A("")
    A("| customer country | customers | payments |")
    A("|---|---|---|")
    for k in ["SG", "MY", "TH", "ID", "VN", "PH"]:
        A(f"| {k} | {cc[k]} | {by_country[k]} |")
    A(f"| payer not identifiable | - | {by_country['unknown']} |")
    A("")
    lang = Counter(text_lang(p) for p in pays)
    A("Language of the payment's own text (reference + remittance; keyword-based, payer names and")
    A("invoice numbers ignored):")
    A("")
    A("| language | payments |")
    A("|---|---|")
    for k in ("en", "id", "vi", "ms", "none"):
        A(f"| {LANG_NAMES[k]} | {lang[k]} |")
    A("")
    A("| scenario | status | n | what it tests |")
    A("|---|---|---|---|")
    for (name, s_), n in sorted(sc.items(), key=lambda kv: (STATUSES.index(kv[0][1]), kv[0][0])):
        A(f"| `{name}` | {s_} | {n} | {SCENARIO_DOC.get(name, '')} |")
    A("")
    A("## Conventions chosen where the contract is silent")
    A("")
    for line in CONVENTIONS:
        A(line)
    A("")
    return "\n".join(L) + "\n"


LANG_NAMES = {"en": "English / bank codes only", "id": "Indonesian", "vi": "Vietnamese (no diacritics)",
              "ms": "Malay", "none": "no reference and no remittance"}
LANG_WORDS = {"vi": ["THANH TOAN", "TIEN HANG", "CONG NO", "TAM UNG", "UY NHIEM", "CHUYEN TIEN", "DAT COC",
                     "HOA DON", "NOI DUNG", "DOT ", "NOT ", "PHAN CON LAI", "MOT PHAN"],
              "id": ["PEMBAYARAN", "BAYAR", "PELUNASAN", "DIKURANGI", "TERIMA KASIH", "SISA ", "CICILAN",
                     "UANG MUKA", "POTONG", "TAGIHAN", "HUTANG", "MELALUI", "TANGGAL"],
              "ms": ["BAKI", "ANSURAN"]}


def text_lang(p):
    t = " ".join(x for x in (p["reference"], p["remittance"]) if x).upper()
    if not t:
        return "none"
    for k in ("vi", "id", "ms"):
        if any(w in t for w in LANG_WORDS[k]):
            return k
    return "en"


SCENARIO_DOC = {
    "ref_single": "one invoice number in the bank reference (many formats), exact open balance",
    "ref_list": "several invoice numbers (`/`, `+`, `&`, `VA`, shorthand `41230/31/35`), exact sum",
    "ref_range": "a range `INV 41230-41233`, `S/D`, `DEN`, all consecutive invoices of the payer",
    "remit_lines": "generic bank text; the remittance advice lists the invoices",
    "va_idr": "Indonesian virtual account = 88908 + 0000 + 7-digit invoice number (customer + unique amount too)",
    "amount_only": "customer_id given, no numbers; exactly one invoice (and no 2/3-invoice set) fits",
    "name_only": "customer_id null; truncated payer name fits one customer; one invoice fits",
    "ref_dup_first": "customer has two equal open invoices; the reference picks one",
    "unique_after_earlier": "amount fits two invoices in the opening ledger, one after an earlier payment",
    "balance_followup": "pays what an earlier part payment in this file left open",
    "lump_all": "statement payment = all open invoices of the customer in that currency",
    "po_lookalike": "PO or cheque number equal to the digits of another customer's invoice",
    "amount_lookalike": "the amount (in the reference) equals the digits of another customer's invoice",
    "third_party_payer": "parent company pays a subsidiary's invoices by number",
    "part_payment": "stated part payment / instalment / DP / TAM UNG",
    "short_ewt_ph": "Philippine EWT 2% (or 1%) of the VAT-exclusive amount withheld",
    "short_wht_th": "Thai WHT 3% of the pre-VAT amount withheld",
    "short_bank_charges": "payer deducted bank/transfer charges and says so",
    "short_dispute": "deduction with a reason (defects, price difference, shortage, penalty)",
    "multi_one_short": "several invoices, one line short with a reason",
    "overpayment": "reference names an invoice, amount exceeds its balance; rest held",
    "overpay_total": "pays an invoice's total although its balance is lower; rest held",
    "duplicate_payment": "second payment of an invoice already paid earlier in this file",
    "list_one_paid": "list names one invoice already paid earlier in this file",
    "advance_no_fit": "deposit / advance against a PO; fits no invoice",
    "cross_currency": "USD payment whose reference names a local-currency invoice",
    "amount_ambiguous": "two open invoices of the customer with the same amount",
    "lump_ambiguous": "two different invoice sets add up to the amount",
    "similar_names": "truncated payer name fits two similarly named customers",
    "unknown_payer_one": "unknown payer; one invoice in the book has the amount",
    "unknown_payer_none": "unknown payer; nothing has the amount",
    "ref_other_customer": "bank says customer A, reference names customer B's invoice",
    "list_amount_mismatch": "listed invoices, amount below their sum, no reason",
    "error_negative": "negative amount",
    "error_currency": "currency no invoice has (EUR, CNY, JPY, AUD)",
    "error_duplicate_id": "the same payment line (same id) delivered twice",
    "error_malformed": "amount that is not a decimal string",
    "error_missing_date": "date null or empty",
}

CONVENTIONS = [
    "- **Amounts** are decimal strings with exactly two decimals everywhere, also for IDR and VND",
    "  (which have no minor unit in practice, so they always end in `.00`). Compare as decimals.",
    "- **`candidates`** is a list of objects `{\"invoice_ids\": [...]}`, one per candidate invoice set,",
    "  best first. Where the candidates are equally good (same-amount invoices, two equal subsets,",
    "  two similar customers), they are listed oldest due date first; compare them as a set of sets.",
    "  A review with nothing plausible has `candidates: []`.",
    "- **`review`** applies nothing: `applications: []`, `unapplied` = the whole amount, `short_pay: null`.",
    "- **`unapplied`** lists the applications it did make (the balance of a referenced invoice on an",
    "  overpayment, the still-open invoice of a list) and puts the rest in `unapplied`. A second payment",
    "  of an invoice already paid, an advance against a PO and a payment whose reference names an",
    "  invoice in another currency are `unapplied` with no applications, because the customer is known",
    "  (by `customer_id`) and no same-currency invoice fits.",
    "- **Cross-currency**: a USD payment naming an SGD/MYR/THB/IDR/VND/PHP invoice is never applied",
    "  to it; it is held on the known customer's account (`unapplied`), not sent to review.",
    "- **`partial`** with `short_pay: null` is a stated part payment (instalment, DP, TAM UNG). With a",
    "  stated deduction (EWT, WHT, bank charges, defects, price difference, penalty) it is a short pay:",
    "  `short_pay.amount` is exactly what this payment leaves open on that invoice, `short_pay.reason`",
    "  is free text. Withholding tax is treated as a short pay (a deduction case opens until the",
    "  certificate arrives) because the invoice stays open in this ledger. A multi-invoice payment",
    "  has at most one short line, since `short_pay` is a single object.",
    "- **When a payment is sure enough to apply without an invoice number**: the customer is known",
    "  (`customer_id`, or a bank-truncated payer name that fits exactly one customer after dropping",
    "  legal-form words) and exactly one open invoice of that customer and currency has the amount,",
    "  with no two- or three-invoice combination adding up to it either; or the amount equals all of",
    "  the customer's open invoices in that currency (statement payment).",
    "- **Never on amount alone**: an unidentifiable payer goes to `review` even when exactly one",
    "  invoice in the whole book has the amount (it is the candidate); with no fit, `candidates: []`.",
    "- **A reference that names another customer's invoice** (bank customer A, invoice of B, amount",
    "  equal to B's balance) goes to `review` with that invoice as candidate. A payer that is not a",
    "  customer at all (parent company) paying clearly numbered invoices with the exact sum is applied.",
    "- **A list of invoices with a lower amount and no reason** is `review` with the listed set as",
    "  the candidate: which line is short is unknown.",
    "- **Numbers that are not invoice numbers**: PO numbers, cheque numbers, UENs, Thai tax ids,",
    "  faktur pajak numbers, voucher numbers and amounts. A bare 5- or 7-digit number with no label",
    "  (`42330`, `0042330`) or with `INV`, `SI`, `HD`, `HOA DON` is read as an invoice number; one",
    "  labelled `PO`, `CHK NO` or printed as an amount is not.",
    "- **Indonesian virtual accounts** are `88908` + `0000` + the 7-digit invoice number. The engine",
    "  is not told this scheme, so every VA payment also has its `customer_id` and an amount that",
    "  fits exactly one open invoice of that customer.",
    "- **Order**: payments are applied in file order; `balance_followup`, `duplicate_payment`,",
    "  `list_one_paid` and `unique_after_earlier` are only right if earlier payments were applied.",
    "- **Bad input rows** (`status: \"error\"`): `applications: []`, `unapplied: null`,",
    "  `short_pay: null`, `candidates: []`, and an `error` text (copied into `reason`). They change no",
    "  balance. For a duplicated payment id the first occurrence is processed normally and the later",
    "  one is the error. How an engine reports an error row is not in the contract; a scorer should",
    "  accept any output for that row that applies nothing.",
    "- **Align labels by position**, not by `payment_id`: the duplicated-id rows repeat an id.",
    "- **`reason`, `note`, `scenario`** are free text for people; only `status`, `applications`",
    "  (as a set of invoice id + amount), `unapplied`, `short_pay` (invoice id + amount) and",
    "  `candidates` are meant to be scored.",
]


def dump_invoices():
    out = []
    for inv in sorted(invoices, key=lambda i: (i["issue_date"], i["number"])):
        out.append({"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
                    "customer_name": inv["customer_name"], "currency": inv["currency"],
                    "total": s2(inv["total"]), "balance": s2(inv["balance"]),
                    "issue_date": inv["issue_date"].isoformat(),
                    "due_date": inv["due_date"].isoformat()})
    return out


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1))
        f.write("\n")


def main():
    stage1()
    stage2()
    fails = stage3()
    os.makedirs(OUT, exist_ok=True)
    inv_list = dump_invoices()
    pays = [p for p, _ in out]
    labels = [l for _, l in out]
    write_json(os.path.join(OUT, "invoices.json"), inv_list)
    write_json(os.path.join(OUT, "payments.json"), pays)
    write_json(os.path.join(OUT, "labels.json"), labels)
    # replay what was written
    with open(os.path.join(OUT, "invoices.json"), encoding="utf-8") as f:
        w_inv = json.load(f)
    with open(os.path.join(OUT, "payments.json"), encoding="utf-8") as f:
        w_pay = json.load(f)
    with open(os.path.join(OUT, "labels.json"), encoding="utf-8") as f:
        w_lab = json.load(f)
    probs = verify(w_inv, w_pay, w_lab)
    for pr in probs:
        print("PROBLEM", pr)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(w_inv, w_pay, w_lab))
    print(len(customers), "customers", len(invoices), "invoices", len(out), "payments")
    print("retries", fails)
    if probs:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
