#!/usr/bin/env python3
"""Blind cash-application test set: India Gulf Textiles (textile & garment exporter).

Deterministic (seed 331), standard library only.  Writes
  india_gulf_textiles/invoices.json, payments.json, labels.json  and README.md
"""
import json
import os
import random
from collections import Counter, OrderedDict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

SEED = 331
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "india_gulf_textiles"
OUT = os.path.join(HERE, LEDGER)
C2 = Decimal("0.01")
ONE = Decimal("1")
ZERO = Decimal("0.00")


def D(x):
    return Decimal(str(x)).quantize(C2, ROUND_HALF_UP)


def S(d):
    return f"{d:.2f}"


# ---------------------------------------------------------------- formatting
def inr(d):
    """Indian digit grouping: 1,25,000.00"""
    d = D(d)
    neg = d < 0
    s = f"{abs(d):.2f}"
    ip, fp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups + [tail])
    return ("-" if neg else "") + ip + "." + fp


def intl(d):
    return f"{D(d):,.2f}"


def swift_amt(d):
    return f"{D(d):.2f}".replace(".", ",")


AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEV_DIG = str.maketrans("0123456789", "०१२३४५६७८९")


def ar(s):
    return s.translate(AR_DIG)


def dev(s):
    return s.translate(DEV_DIG)


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def dmon(d):
    return f"{d.day:02d}-{d:%b}-{d.year}"


# ---------------------------------------------------------------- customers
IN_FIRST = """Ambika Sudarshan Navkar Suryodaya Rangoli Chandan Kesariya Indrayani Tapti Godavari
Sabarmati Anandam Rajhans Neelkanth Swastik Padmavati Kaveri Narmada Vrindavan Mangalam Shubham Aarohi
Devika Gulmohar Hastkala Jaipuri Kalash Lavanya Madhuban Nandini Rasika Saanvi Utsav Vasundhara Yamuna
Zariwala Bhavani Charmi Dhanlaxmi Ekta Girija Himgiri Ishita Jhankar Kanchan Lalit Malhar Nupur Ojas
Parth Ratnakar Sanskriti Trishul Umang Vedant Aditya Basant Chitra Damini Gauri Hansa Indu Jyoti Kusum
Meghdoot Nirmal Pallavi Ruchi Sitara Tulsi Urvashi Vinayak Yashoda""".split()
IN_MID = ["Fabrics", "Apparels", "Garments", "Knitwear", "Textiles", "Fashions", "Creations",
          "Clothing", "Hosiery", "Silk Mills", "Retail", "Lifestyle", "Uniforms", "Ethnic Wear"]
IN_SUF = ["Pvt Ltd", "Private Limited", "LLP", "& Co.", "Private Limited", "Pvt Ltd", "Retail Pvt Ltd"]

AE_FIRST = ["Al Rawda", "Al Waha", "Bin Hamdan", "Dar Al Nakheel", "Al Barsha", "Al Qusais", "Al Mizhar",
            "Al Wasl", "Khaleej Star", "Marina Loom", "Al Fahidi", "Al Karama", "Ras Al Khor", "Al Twar",
            "Nad Al Sheba", "Mirdif Threads", "Oud Metha", "Hatta Fashion"]
AE_SUF = ["Garments Trading LLC", "Textiles FZE", "Fashion LLC", "Readymade Garments Trading LLC",
          "Uniforms FZCO", "General Trading LLC"]
SA_FIRST = ["Hejaz Textile", "Al Olaya Garments", "Al Malaz Fashion", "Qassim Garments", "Al Ahsa Apparel",
            "Yanbu Cotton", "Al Sulay Uniforms", "Dammam Bay Textiles", "Al Rabwa Readymade", "Tabuk Weavers"]
SA_SUF = ["Trading Co.", "Est.", "Co. Ltd", "Trading Est."]
QA_FIRST = ["Qasr Al Hareer", "Al Khor", "Lusail Fashion", "Al Sadd", "Al Wakra", "Msheireb Textiles",
            "Al Gharafa"]
QA_SUF = ["Trading WLL", "Fashion WLL", "Textiles & Garments WLL"]

# look-alike pairs (planted): the bank's truncated name fits both
SIMILAR = [
    ("IN", "Shree Ganesh Fabrics Pvt Ltd", "Shree Ganesh Fab Exports LLP", "SHREE GANESH FAB"),
    ("IN", "Sai Krupa Textiles Pvt Ltd", "Sai Krupa Textile Mills LLP", "SAI KRUPA TEXTILE"),
    ("AE", "Al Safwa Garments Trading LLC", "Al Safwa Garments Industries LLC", "AL SAFWA GARMENTS"),
    ("SA", "Najd Apparel Trading Co.", "Najd Apparel Factory Co.", "NAJD APPAREL"),
]

CITY = {"IN": ["Tiruppur", "Ludhiana", "Surat", "Jaipur", "Mumbai", "Delhi", "Bengaluru", "Kolkata",
               "Ahmedabad", "Panipat", "Erode", "Indore"],
        "AE": ["DUBAI", "SHARJAH", "AJMAN", "ABU DHABI"],
        "SA": ["RIYADH", "JEDDAH", "DAMMAM"],
        "QA": ["DOHA"]}

IN_BANKS = [("BMBL", "BHARAT MERCANTILE BANK"), ("DCNB", "DECCAN NATIONAL BANK"),
            ("HMRB", "HIMROO COOPERATIVE BANK"), ("TPCB", "TAPI COMMERCIAL BANK"),
            ("SNDX", "SINDHU EXPORT BANK")]
GULF_BANKS = {"AE": ["GULF CRESCENT BANK PJSC", "AL MARJAN NATIONAL BANK", "EMIRATES DHOW BANK PJSC"],
              "SA": ["ARABIAN DUNES COMMERCIAL BANK", "RED SEA INVESTMENT BANK"],
              "QA": ["PEARL OF DOHA BANK QPSC", "AL BIDDA ISLAMIC BANK"]}
CUR_AR = {"AED": "درهم إماراتي", "SAR": "ريال سعودي", "QAR": "ريال قطري", "USD": "دولار أمريكي",
          "INR": "روبية هندية"}
PEG = {"AED": Decimal("3.6725"), "SAR": Decimal("3.75"), "QAR": Decimal("3.64")}
OUR_NAME = "India Gulf Textiles Pvt Ltd"


def build_customers():
    custs = []
    firsts = IN_FIRST[:]
    R.shuffle(firsts)
    for k in range(72):
        name = f"{firsts[k]} {R.choice(IN_MID)} {R.choice(IN_SUF)}"
        custs.append({"id": f"C-IN-{k + 1:03d}", "name": name, "region": "IN", "curs": ["INR"],
                      "city": R.choice(CITY["IN"]), "sim": None})
    for reg, firsts_, sufs, n, loc in (("AE", AE_FIRST, AE_SUF, 18, "AED"), ("SA", SA_FIRST, SA_SUF, 10, "SAR"),
                                       ("QA", QA_FIRST, QA_SUF, 7, "QAR")):
        for k in range(n):
            suf = R.choice(sufs)
            while set(suf.split()) & set(firsts_[k].split()):
                suf = R.choice(sufs)
            name = f"{firsts_[k]} {suf}"
            x = R.random()
            curs = [loc] if x < 0.45 else (["USD"] if x < 0.75 else [loc, "USD"])
            custs.append({"id": f"C-{reg}-{k + 1:03d}", "name": name, "region": reg, "curs": curs,
                          "city": R.choice(CITY[reg]), "sim": None})
    # look-alike pairs
    cnt = Counter(c["region"] for c in custs)
    for gi, (reg, n1, n2, trunc) in enumerate(SIMILAR):
        cur = {"IN": "INR", "AE": "AED", "SA": "USD"}[reg]
        for nm in (n1, n2):
            cnt[reg] += 1
            custs.append({"id": f"C-{reg}-{cnt[reg]:03d}", "name": nm, "region": reg, "curs": [cur],
                          "city": R.choice(CITY[reg]), "sim": gi})
    return custs


# ---------------------------------------------------------------- invoices
def num_str(series, fy, n):
    return f"{series}/{fy}/{n:04d}"


def date_for(n, lo, hi, d0, d1):
    span = (d1 - d0).days
    return d0 + timedelta(days=int(round((n - lo) * span / (hi - lo))))


def make_amount(cust, cur):
    """returns (total, taxable, gst_rate, kind)"""
    if cur == "INR":
        if R.random() < 0.15:
            taxable = D(R.randrange(15, 250) * 1000 + R.choice([0, 500, 750]))
            g = Decimal("0.18")
            kind = "service"
        else:
            x = R.random()
            qty = R.randrange(50, 600, 10) if x < 0.5 else (R.randrange(600, 2500, 25) if x < 0.85
                                                              else R.randrange(2500, 6000, 50))
            rate = D(Decimal(R.randrange(170, 1800)) / 2)
            taxable = D(qty * rate)
            g = Decimal("0.05")
            kind = "goods"
        total = D((taxable * (1 + g)).quantize(ONE, ROUND_HALF_UP))
        return total, taxable, g, kind
    qty = R.randrange(480, 7200, 12)
    fob = Decimal(R.randrange(215, 1190)) / 100
    if cur != "USD":
        fob = (fob * PEG[cur]).quantize(C2, ROUND_HALF_UP)
    total = D(qty * fob)
    return total, total, Decimal("0"), "export"


def build_invoices(custs):
    invs = []
    dom_pool = set(range(450, 1521))
    exp_pool = set(range(100, 721))
    old_dom_pool = set(range(1150, 1481))
    old_exp_pool = set(range(850, 991))
    ind = [c for c in custs if c["region"] == "IN"]
    gulf = [c for c in custs if c["region"] != "IN"]

    def counts(group, total):
        w = [min(45, max(2, int(R.paretovariate(1.25) * 3))) for _ in group]
        f = total / sum(w)
        return [max(2, int(round(x * f))) for x in w]

    runs = {}

    def take_run(pool, k):
        while True:
            s = R.choice(sorted(pool))
            if all(s + j in pool for j in range(k)):
                for j in range(k):
                    pool.discard(s + j)
                return list(range(s, s + k))

    plan = []  # (cust, series, fy, n, cur)
    kin = counts(ind, 860)
    pre = {}
    for c, k in zip(ind, kin):
        if c["sim"] is None and R.random() < 0.2 and k >= 5:
            run = take_run(dom_pool, R.randint(3, 5))
            runs.setdefault(c["id"], []).append(("IGT", "25-26", run))
            pre[c["id"]] = run
    for c, k in zip(ind, kin):
        nums = list(pre.get(c["id"], []))
        while len(nums) < k:
            n = R.choice(sorted(dom_pool))
            dom_pool.discard(n)
            nums.append(n)
        for n in nums:
            plan.append((c, "IGT", "25-26", n, "INR"))
        if R.random() < 0.45:
            for _ in range(R.randint(1, 2)):
                n = R.choice(sorted(old_dom_pool))
                old_dom_pool.discard(n)
                plan.append((c, "IGT", "24-25", n, "INR"))
    kg = counts(gulf, 470)
    for c, k in zip(gulf, kg):
        if c["sim"] is None and R.random() < 0.25 and k >= 5:
            run = take_run(exp_pool, R.randint(3, 4))
            runs.setdefault(c["id"], []).append(("EXP", "25-26", run))
            pre[c["id"]] = run
    for c, k in zip(gulf, kg):
        nums = list(pre.get(c["id"], []))
        while len(nums) < k:
            n = R.choice(sorted(exp_pool))
            exp_pool.discard(n)
            nums.append(n)
        for n in nums:
            plan.append((c, "EXP", "25-26", n, c["curs"][0] if n in pre.get(c["id"], []) else R.choice(c["curs"])))
        if R.random() < 0.35:
            n = R.choice(sorted(old_exp_pool))
            old_exp_pool.discard(n)
            plan.append((c, "EXP", "24-25", n, R.choice(c["curs"])))
    # planted: same customer holds IGT/24-25/N and IGT/25-26/N
    fy_pairs = []
    cand = [c for c in ind if c["sim"] is None]
    R.shuffle(cand)
    for c in cand:
        mine = [p[3] for p in plan if p[0] is c and p[2] == "25-26" and p[3] in old_dom_pool]
        if mine:
            n = R.choice(mine)
            old_dom_pool.discard(n)
            plan.append((c, "IGT", "24-25", n, "INR"))
            fy_pairs.append((c["id"], n))
        if len(fy_pairs) == 5:
            break

    for c, series, fy, n, cur in plan:
        if series == "IGT" and fy == "25-26":
            iss = date_for(n, 450, 1520, date(2025, 8, 1), date(2026, 1, 31))
            terms = R.choice([30, 45, 60, 60, 90])
        elif series == "IGT":
            iss = date_for(n, 1150, 1480, date(2024, 12, 2), date(2025, 3, 29))
            terms = R.choice([45, 60, 90])
        elif fy == "25-26":
            iss = date_for(n, 100, 720, date(2025, 7, 1), date(2026, 1, 30))
            terms = R.choice([60, 90, 90, 120])
        else:
            iss = date_for(n, 850, 990, date(2025, 1, 6), date(2025, 3, 28))
            terms = R.choice([90, 120])
        total, taxable, g, kind = make_amount(c, cur)
        invs.append({"id": None, "number": num_str(series, fy, n), "customer_id": c["id"],
                     "customer_name": c["name"], "currency": cur, "total": total, "balance": total,
                     "issue_date": iss, "due_date": iss + timedelta(days=terms),
                     "_taxable": taxable, "_gst": g, "_kind": kind, "_series": series, "_fy": fy, "_n": n})
    invs.sort(key=lambda i: (i["issue_date"], i["number"]))
    ids = list(range(40001, 40001 + len(invs)))
    for i, x in zip(invs, ids):
        i["id"] = f"iv-{x}"
    # older invoices sometimes already part-paid before this batch
    for i in invs:
        if i["issue_date"] < date(2025, 11, 15) and R.random() < 0.10:
            step = Decimal(1000) if i["currency"] == "INR" else Decimal(100)
            paid = (i["total"] * Decimal(R.uniform(0.2, 0.7)) / step).quantize(ONE, ROUND_DOWN) * step
            if paid > 0:
                i["balance"] = D(i["total"] - paid)
                i["_taxable"] = None
    return invs, runs, fy_pairs


# ---------------------------------------------------------------- state
class Ledger:
    def __init__(self, custs, invs, runs, fy_pairs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.by_cust = {}
        for i in invs:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.by_num = {i["number"]: i for i in invs}
        self.reserved = {}
        self.runs = runs
        self.fy_pairs = fy_pairs
        self.used_planted = set()

    def open_(self, cid, cur=None, free=True):
        return [i for i in self.by_cust.get(cid, []) if self.bal[i["id"]] > 0
                and (cur is None or i["currency"] == cur)
                and (not free or i["id"] not in self.reserved)]

    def n_equal(self, cid, cur, amt):
        return sum(1 for i in self.open_(cid, cur, free=False) if self.bal[i["id"]] == amt)

    def pair_hits(self, cid, cur, amt, k=3):
        ops = [self.bal[i["id"]] for i in self.open_(cid, cur, free=False)]
        n = len(ops)
        for a in range(n):
            for b in range(a + 1, n):
                if ops[a] + ops[b] == amt:
                    return True
                if k >= 3 and n <= 60:
                    for c in range(b + 1, n):
                        if ops[a] + ops[b] + ops[c] == amt:
                            return True
        return False

    def ledger_equal(self, cur, amt):
        return [i for i in self.invs if i["currency"] == cur and self.bal[i["id"]] == amt]

    def apply(self, apps):
        for a in apps:
            b = self.bal[a["invoice_id"]] - Decimal(a["amount"])
            assert b >= 0, a
            self.bal[a["invoice_id"]] = b


def pick_free_inv(L, pred=lambda i: True, region=None, cur=None):
    pool = [i for i in L.invs if L.bal[i["id"]] > 0 and i["id"] not in L.reserved and pred(i)
            and (region is None or (L.cust[i["customer_id"]]["region"] == "IN") == (region == "IN"))
            and (cur is None or i["currency"] == cur)]
    return R.choice(pool) if pool else None


# ---------------------------------------------------------------- planting
def plant(invs, custs, runs, fy_pairs):
    reserved = {}
    run_ids = set()
    by_c = {}
    for i in invs:
        by_c.setdefault(i["customer_id"], []).append(i)
    for cid, rl in runs.items():
        for series, fy, nums in rl:
            for n in nums:
                inv = next(i for i in by_c[cid] if i["number"] == num_str(series, fy, n))
                reserved[inv["id"]] = "run"
                run_ids.add(inv["id"])
    for cid, n in fy_pairs:
        for fy in ("24-25", "25-26"):
            inv = next(i for i in by_c[cid] if i["number"] == num_str("IGT", fy, n))
            reserved[inv["id"]] = "fy"
            if inv["balance"] != inv["total"]:
                inv["balance"] = inv["total"]
    cs = {c["id"]: c for c in custs}

    def fresh(cid, cur=None):
        return [i for i in by_c[cid] if i["id"] not in reserved and i["balance"] == i["total"]
                and (cur is None or i["currency"] == cur)]

    same, subsets, sims = [], [], []
    order = [c for c in custs if c["sim"] is None]
    R.shuffle(order)
    for c in order:
        if len(same) >= 20:
            break
        f = fresh(c["id"])
        cur = R.choice(c["curs"])
        f = [i for i in f if i["currency"] == cur]
        if len(f) >= 3:
            a, b = R.sample(f, 2)
            b["total"] = b["balance"] = a["total"]
            b["_taxable"], b["_gst"], b["_kind"] = a["_taxable"], a["_gst"], a["_kind"]
            reserved[a["id"]] = reserved[b["id"]] = "same"
            same.append(tuple(sorted((a["id"], b["id"]), key=lambda x: by_id(invs, x)["due_date"])))
    used = {p for pr in same for p in pr}
    for c in order:
        if len(subsets) >= 6:
            break
        if any(i["id"] in used for i in by_c[c["id"]]):
            continue
        cur = R.choice(c["curs"])
        f = fresh(c["id"], cur)
        if len(f) >= 4:
            a, b, x = R.sample(f, 3)
            x["total"] = x["balance"] = a["total"] + b["total"]
            x["_taxable"] = None
            for i in (a, b, x):
                reserved[i["id"]] = "subset"
            subsets.append((x["id"], a["id"], b["id"]))
    for gi in range(len(SIMILAR)):
        pair = [c for c in custs if c["sim"] == gi]
        f1, f2 = fresh(pair[0]["id"]), fresh(pair[1]["id"])
        a, b = R.choice(f1), R.choice(f2)
        b["total"] = b["balance"] = a["total"]
        b["_taxable"], b["_gst"], b["_kind"] = a["_taxable"], a["_gst"], a["_kind"]
        reserved[a["id"]] = reserved[b["id"]] = "sim"
        sims.append((a["id"], b["id"]))
    return reserved, same, subsets, sims


def by_id(invs, x):
    for i in invs:
        if i["id"] == x:
            return i


# ---------------------------------------------------------------- payer names & bank narratives
SUFV = [("PRIVATE LIMITED", ["PRIVATE LIMITED", "PVT LTD", "P LTD", "PVT. LTD.", "PRIVATE LIMI"]),
        ("PVT LTD", ["PVT LTD", "P LTD", "PVT. LTD", "PRIVATE LTD"]),
        ("LLP", ["LLP", "L.L.P.", "LLP"]), ("& CO.", ["& CO", "AND CO", "& CO."])]
GULF_V = [("TRADING", ["TRADING", "TRDG", "TRADING"]), ("LLC", ["LLC", "L.L.C", "L.L.C."]),
          ("CO.", ["CO", "CO.", "COMPANY"]), ("EST.", ["EST", "EST.", "ESTABLISHMENT"])]


def payer_of(c, maxlen=None):
    n = c["name"].upper()
    if c["region"] == "IN":
        for k, vs in SUFV:
            if n.endswith(k):
                n = n[: -len(k)] + R.choice(vs)
                break
        if R.random() < 0.15:
            n = "M/S " + n
        lim = maxlen or R.choice([20, 22, 24, 26, 30, 35, 40])
    else:
        for k, vs in GULF_V:
            if k in n.split():
                n = n.replace(k, R.choice(vs))
        lim = maxlen or R.choice([24, 28, 35, 35])
    words = n.split()
    keep = len(" ".join(words[:3 if words[0] in ("AL", "BIN", "DAR", "M/S", "RAS", "NAD", "QASR", "OUD") else 2]))
    lim = max(lim, keep)
    return n[:lim].rstrip(" .&-")


def ident(c, p_id=0.4, force_id=False):
    cid = c["id"] if (force_id or c["sim"] is not None or R.random() < p_id) else None
    return payer_of(c), cid


def rnd_digits(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def rnd_alnum(k):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(k))


def in_ref(d, payer, remark, amount, need_remark=False, ch=None):
    if ch is None:
        opts = ["NEFT"] * 5
        if amount >= 200000:
            opts += ["RTGS"] * 4
        if not need_remark:
            opts += ["CHQ"]
        if amount <= 500000:
            opts += ["IMPS"]
        if amount <= 100000:
            opts += ["UPI"] * 2
        ch = R.choice(opts)
    b, bname = R.choice(IN_BANKS)
    doy = d.timetuple().tm_yday
    rem = remark or ""
    if ch == "NEFT":
        utr = f"{b}N{d:%y}{doy:03d}{rnd_digits(8)}"
        st = R.random()
        if st < 0.45:
            ref = f"NEFT-{utr}-{payer}" + (f"-{rem}" if rem else "-")
        elif st < 0.75:
            ref = f"BY TRANSFER-NEFT*{b}0{rnd_digits(6)}*{utr}*{payer}" + (f"*{rem}" if rem else "")
        else:
            ref = f"NEFT CR {utr} {payer} {rem}".strip()
    elif ch == "RTGS":
        utr = f"{b}R{R.choice('56')}{d:%Y%m%d}{rnd_digits(8)}"
        ref = (f"RTGS-{utr}-{payer}" + (f"-{rem}" if rem else "")) if R.random() < 0.5 else \
            f"RTGS CR/{utr}/{payer}/{rem}".rstrip("/")
    elif ch == "IMPS":
        utr = f"{d:%y}{doy:03d}{rnd_digits(7)}"
        ref = f"IMPS/P2A/{utr}/{payer[:16].strip()}/{rem[:28] or 'PAYMENT'}"
    elif ch == "UPI":
        utr = f"{d:%y}{doy:03d}{rnd_digits(7)}"
        vpa = "".join(payer.lower().replace("m/s ", "").split()[:2])[:14] + "@" + b.lower()
        ref = f"UPI/{utr}/{rem[:30] or 'PAYMENT'}/{vpa}/{bname}"
    else:
        utr = rnd_digits(6)
        ref = f"CLG/{R.choice(['CTS', 'MICR'])}/CHQ NO {utr}/{payer}"
    return ref, utr, ch


def gulf_ref(d, payer, remark, cur, bank):
    doy = d.timetuple().tm_yday
    ref20 = f"{R.choice(['FT', 'TT', 'OR'])}{d:%y}{doy:03d}{rnd_alnum(6)}"
    st = R.random()
    rem = remark or ""
    if st < 0.4:
        ref = f"INWARD REMITTANCE {ref20} {cur} B/O {payer} {rem}".strip()
    elif st < 0.75:
        ref = f"SWIFT MT103/{ref20}/ORD:{payer}" + (f"/RMT:{rem}" if rem else "")
    else:
        ref = f"IRM {ref20} FROM {bank} ORD CUST {payer} {rem}".strip()
    return ref, ref20


def split35(text):
    out, line = [], ""
    for w in text.split():
        if len(line) + len(w) + 1 > 35:
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    if line:
        out.append(line)
    return out[:4]


def mt103(d, ref20, cur, amount, c, remark, instructed=None, charges=None, ch71="SHA", payer_line=None):
    iso = {"AE": "AE", "SA": "SA", "QA": "QA"}.get(c["region"], "AE")
    lines = [f":20:{ref20}", ":23B:CRED", f":32A:{d:%y%m%d}{cur}{swift_amt(amount)}"]
    if instructed is not None:
        lines.append(f":33B:{cur}{swift_amt(instructed)}")
    lines += [f":50K:/{iso}{rnd_digits(2)}0{rnd_digits(3)}000{rnd_digits(10)}",
              (payer_line or c["name"].upper())[:35], f"{c['city']} {iso}",
              ":59:/0571020034471", "INDIA GULF TEXTILES PVT LTD", "TIRUPPUR IN"]
    rl = split35(remark)
    if rl:
        lines.append(":70:" + rl[0])
        lines += rl[1:]
    lines.append(f":71A:{ch71}")
    if charges is not None:
        lines.append(f":71F:{cur}{swift_amt(charges)}")
    return "\n".join(lines)


# ---------------------------------------------------------------- invoice-number styles
def fmt_num(inv, mode="full"):
    s, fy, n = inv["_series"], inv["_fy"], inv["_n"]
    if mode == "short":
        return R.choice([str(n), f"{n:04d}", f"{n:04d}"])
    if mode == "swift":
        return R.choice([f"{s}-{fy}-{n:04d}", f"{s}/{fy}/{n:04d}", f"{s} {fy} {n}"])
    return R.choice([f"{s}/{fy}/{n:04d}", f"{s}/{fy}/{n:04d}", f"{s}-{fy}-{n:04d}", f"{s}/{fy}/{n}",
                     f"{s} {fy} {n}", f"{s}{fy.replace('-', '')}/{n:04d}"])


def money(cur, amt, lang="en"):
    if cur == "INR":
        return ("₹" if lang == "hi" else R.choice(["Rs. ", "INR ", "Rs."])) + inr(amt)
    return f"{cur} {intl(amt)}"


# ---------------------------------------------------------------- remittance texts
def row(inv, paid, ded=None, ded_txt=None, mode="full", gross=None):
    return {"inv": inv, "num": fmt_num(inv, mode), "gross": gross if gross is not None else inv["total"],
            "ded": ded, "ded_txt": ded_txt, "paid": paid}


def advice_in(d, c, amount, rows, utr, ch, lang, note):
    nums = ", ".join(r["num"] for r in rows)
    if lang == "hi":
        dv = R.random() < 0.25
        f = dev if dv else (lambda s: s)
        body = (f"सेवा में,\n{R.choice(['इंडिया गल्फ़ टेक्सटाइल्स प्रा. लि.', OUR_NAME])}\n\n"
                f"महोदय,\nआपके बिल संख्या {f(nums)} के विरुद्ध ₹{f(inr(amount))} का भुगतान {ch} द्वारा "
                f"दिनांक {f(dmy(d))} को कर दिया गया है (UTR: {utr})।")
        if note:
            body += "\n" + note
        body += f"\nकृपया प्राप्ति की पुष्टि करें।\n\nधन्यवाद,\nलेखा विभाग\n{c['name']}, {c['city']}"
        return body
    if R.random() < 0.6 or len(rows) > 1 or any(r["ded"] for r in rows):
        head = R.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE", "Payment Advice / Remittance Details",
                         "VENDOR PAYMENT ADVICE"])
        lines = [head, f"Payer : {c['name']}, {c['city']}", f"Payee : {OUR_NAME}",
                 f"Date  : {dmy(d)}    Mode: {ch}    UTR/Ref: {utr}",
                 f"Voucher No. PV/25-26/{R.randrange(1000, 9999)}", "",
                 f"{'Bill No.':<18}{'Bill Dt':<12}{'Bill Amount':>15}{'TDS/Ded.':>13}{'Net Paid':>15}"]
        for r in rows:
            lines.append(f"{r['num']:<18}{dmy(r['inv']['issue_date']):<12}{inr(r['gross']):>15}"
                         f"{(inr(r['ded']) if r['ded'] else '-'):>13}{inr(r['paid']):>15}")
        lines.append(f"{'Total paid':<45}{'Rs. ' + inr(amount):>28}")
        if note:
            lines += ["", "Remarks: " + note]
        return "\n".join(lines)
    body = (f"Dear Sir/Madam,\nWe have transferred Rs. {inr(amount)}/- vide {ch} (UTR {utr}) on {dmy(d, '/')} "
            f"towards your bill no. {nums}.")
    if note:
        body += " " + note
    body += f"\nKindly acknowledge receipt.\n\nRegards,\nAccounts Department\n{c['name']}"
    return body


def advice_g(d, c, amount, cur, rows, bank, lang, note):
    nums = ", ".join(r["num"] for r in rows)
    if lang == "ar":
        dg = R.random() < 0.35
        f = ar if dg else (lambda s: s)
        body = (f"السادة / {R.choice(['شركة إنديا جلف للمنسوجات', OUR_NAME])} المحترمين\nتحية طيبة وبعد،\n"
                f"نود إفادتكم بأنه تم تحويل مبلغ {f(intl(amount))} {CUR_AR[cur]} بتاريخ {f(dmy(d, '/'))} "
                f"عن طريق {bank}")
        if rows:
            body += f" وذلك سداداً للفاتورة رقم {f(nums)}." if len(rows) == 1 else \
                f" وذلك سداداً للفواتير التالية: {f(nums)}."
        else:
            body += "."
        if note:
            body += "\n" + note
        body += f"\nوتفضلوا بقبول فائق الاحترام،\nالإدارة المالية\n{c['name']}"
        return body
    body = (f"Dear Sirs,\nPlease be advised that we have today remitted {cur} {intl(amount)} "
            f"(value date {dmon(d)}) through {bank}")
    if rows:
        body += " against the following invoice(s):\n"
        for r in rows:
            extra = f"  less {r['ded_txt']} {intl(r['ded'])}" if r["ded"] else ""
            body += f"  - {r['num']} dated {dmon(r['inv']['issue_date'])}  {cur} {intl(r['gross'])}{extra}" \
                    f"  paid {intl(r['paid'])}\n"
    else:
        body += ".\n"
    if note:
        body += note + "\n"
    body += f"Best regards,\nAccounts Payable\n{c['name']}\n{c['city'].title()}"
    return body


def pay(d, amount, cur, payer, cid, reference, remittance):
    return {"id": None, "date": d.isoformat(), "amount": S(amount) if isinstance(amount, Decimal) else amount,
            "currency": cur, "payer_name": payer, "customer_id": cid, "reference": reference,
            "remittance": remittance}


def compose(d, c, payer, cid, amount, cur, rows, lang="en", note=None, place=None, remark=None,
            mt=None, bank=None, need_ref=True, remit_override=None):
    """Build one bank line + optional remittance advice.  rows=[] means no invoice reference at all."""
    if c["region"] == "IN" and cur == "INR":
        if remark is None:
            if rows and need_ref and len(rows) == 1:
                remark = R.choice(["{n}", "INV {n}", "BILL NO {n}", "PMT {n}", "AGST {n}"]).format(n=rows[0]["num"])
            elif rows and need_ref:
                remark = R.choice(["AS PER ADVICE", "BILLS PMT", "SUPPLY PMT", ""])
            else:
                remark = R.choice(["", "", "PAYMENT", "TRADE PAYMENT", "SUPPLIER PMT", "VENDOR PAYMENT"])
        if place is None:
            if not rows or not need_ref:
                place = "ref"
            elif len(rows) > 1:
                place = R.choice(["remit", "both"])
            else:
                place = R.choice(["ref", "ref", "remit", "both"])
        if note:
            place = "remit" if place == "ref" else place
        in_remark = remark if place in ("ref", "both") else (
            R.choice(["", "PAYMENT", "AS PER ADVICE"]) if rows else remark)
        ref, utr, ch = in_ref(d, payer, in_remark, amount, need_remark=(place == "ref" and bool(rows)))
        remit = None
        if place in ("remit", "both"):
            remit = advice_in(d, c, amount, rows, utr, ch, lang, note)
        if remit_override is not None:
            remit = remit_override
        return pay(d, amount, cur, payer, cid, ref, remit)
    # Gulf / foreign currency wire
    bank = bank or R.choice(GULF_BANKS.get(c["region"], GULF_BANKS["AE"]))
    if remark is None:
        if rows and need_ref:
            sw = [fmt_num(r["inv"], "swift") for r in rows]
            remark = ("/INV/" if R.random() < 0.5 else "INV ") + " ".join(sw)
            if len(remark) > 60:
                remark = "INVOICES AS PER ADVICE"
        else:
            remark = R.choice(["", "PAYMENT", "GOODS PAYMENT", "/RFB/TRADE"])
    if place is None:
        place = R.choice(["ref", "remit", "both"]) if rows and need_ref else "ref"
    if note or (len(rows) > 1 and remark == "INVOICES AS PER ADVICE"):
        place = "both" if place == "ref" else place
    ref, ref20 = gulf_ref(d, payer, remark if place in ("ref", "both") else "", cur, bank)
    remit = None
    if mt is not None:
        remit = mt103(d, ref20, cur, amount, c, mt.get("remark", remark), mt.get("instructed"),
                      mt.get("charges"), mt.get("ch71", "SHA"))
    elif place in ("remit", "both"):
        if lang == "en" and not note and len(rows) <= 1 and R.random() < 0.45:
            remit = mt103(d, ref20, cur, amount, c, remark)
        else:
            remit = advice_g(d, c, amount, cur, rows, bank, lang, note)
    if remit_override is not None:
        remit = remit_override
    return pay(d, amount, cur, payer, cid, ref, remit)


def app(inv, amt):
    return {"invoice_id": inv["id"], "amount": S(amt)}


def lab(status, apps=(), unapplied=ZERO, short=None, cands=(), reason="", scen="", note=""):
    return {"payment_id": None, "status": status, "applications": list(apps),
            "unapplied": S(unapplied) if isinstance(unapplied, Decimal) else unapplied,
            "short_pay": short, "candidates": [list(x) for x in cands], "reason": reason,
            "scenario": scen, "note": note}


def pick_lang(c, force=False):
    if c["region"] == "IN":
        return "hi" if force or R.random() < 0.18 else "en"
    return "ar" if force or R.random() < 0.3 else "en"


def region_pick(p_in=0.58):
    return "IN" if R.random() < p_in else "G"


def cname(c):
    return f"{c['name']} ({c['id']})"


# ---------------------------------------------------------------- scenarios
UNKNOWN_IN = ["RAJESH KUMAR AGARWAL", "SUNITA DEVI", "M/S PRIYAMVADA TRADERS", "GOPAL DAS & SONS",
              "HARSH VARDHAN SINGH", "KRISHNA AGENCIES", "MAA DURGA TRADING CO", "R K ENTERPRISES",
              "VIJAY LAXMI", "PATEL BROTHERS HUF", "NEW STAR TEXTILE AGENCY", "MOHD IRFAN", "SURESH BABU K"]
UNKNOWN_G = ["MOHAMMED ABDULLAH AL QAHTANI", "GULF STAR GENERAL TRADING LLC", "FATIMA HASSAN",
             "BLUE DUNE TRADING FZE", "SAEED OBAID SAEED", "ORYX MERCHANDISE WLL", "DESERT ROSE BOUTIQUE",
             "KHALID MAHMOUD NASSER", "PALM CREST TRADING EST"]
THIRD_IN = ["RAMESH CHAND JAIN", "KAMAL NAYAN GUPTA HUF", "MERIDIAN BUYING AGENCY LLP", "SUMAN LATA MEHTA",
            "PRAKASH TEXTILE AGENCY"]
THIRD_G = ["STERLING SOURCING SERVICES FZE", "ORIENT APPAREL SOURCING FZCO", "ABDULRAHMAN SALEH AL HARBI",
           "BRIGHTPATH BUYING OFFICE LLC"]


def pct_s(p):
    return ("%s" % p).rstrip("0").rstrip(".") if "." in str(p) else str(p)


def uniq_amount(L, inv, amt=None):
    amt = L.bal[inv["id"]] if amt is None else amt
    return L.n_equal(inv["customer_id"], inv["currency"], amt) == 1 and not L.pair_hits(
        inv["customer_id"], inv["currency"], amt)


def sc_exact_ref(L, d, ctx, scen="exact_ref", lang=None, prepaid=False, ret_inv=False):
    if prepaid:
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] < i["total"])
    else:
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick())
    if inv is None:
        return None
    c, amt, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    payer, cid = ident(c)
    lg = pick_lang(c, force=True) if lang else pick_lang(c)
    note = None
    if prepaid:
        before = inv["total"] - amt
        note = {"en": f"Balance payment; {money(cur, before)} already paid earlier against this bill.",
                "hi": f"शेष भुगतान; इस बिल के विरुद्ध ₹{inr(before)} पहले ही दिया जा चुका है।",
                "ar": f"دفعة الرصيد المتبقي؛ تم سداد {intl(before)} {CUR_AR[cur]} سابقاً."}[lg]
    rows = [row(inv, amt)]
    p = compose(d, c, payer, cid, amt, cur, rows, lang=lg, note=note,
                place=(R.choice(["remit", "both"]) if lang else None))
    how = "customer id" if cid else f"payer name '{payer}'"
    lb = lab("applied", [app(inv, amt)], reason=f"reference {inv['number']} and exact balance", scen=scen,
             note=f"{inv['number']} quoted; {how}; amount = open balance {S(amt)} {cur}"
                  + ("; invoice was part-paid before this batch" if prepaid else "")
                  + (f"; remittance in {lg}" if lg != "en" else ""))
    if ret_inv:
        return p, lb, inv, rows, lg
    return p, lb


def sc_exact_lang(L, d, ctx):
    return sc_exact_ref(L, d, ctx, scen="exact_ref_lang", lang=True)


def sc_prepaid(L, d, ctx):
    return sc_exact_ref(L, d, ctx, scen="balance_after_earlier_part", prepaid=True)


def sc_dup_source(L, d, ctx, kind="dup"):
    r = sc_exact_ref(L, d, ctx, ret_inv=True)
    if r is None:
        return None
    p, lb, inv, rows, lg = r
    first_pid = ctx.cur_id
    payer, cid = p["payer_name"], p["customer_id"]

    def dup(L2, d2, ctx2):
        c = L.cust[inv["customer_id"]]
        amt = Decimal(p["amount"])
        if kind == "paidref":
            others = [i for i in L.open_(c["id"], inv["currency"]) if L.bal[i["id"]] == i["total"] and uniq_amount(L, i)
                      and L.bal[i["id"]] != amt]
            if others:
                y = R.choice(others)
                amt2 = L.bal[y["id"]]
                p2 = compose(d2, c, payer, cid, amt2, inv["currency"], [row(inv, amt2)], lang=lg)
                return p2, lab("review", unapplied=amt2, cands=[[y["id"]]],
                               reason=f"quotes {inv['number']} (already paid by {first_pid}) but amount equals {y['number']}",
                               scen="paid_ref_amount_fits_other",
                               note=f"{inv['number']} was settled by {first_pid}; amount {S(amt2)} equals open "
                                    f"{y['number']} of the same customer: wrong reference or a double payment")
        p2 = compose(d2, c, payer, cid, amt, inv["currency"], [row(inv, amt)], lang=lg)
        return p2, lab("unapplied", unapplied=amt, reason=f"{inv['number']} already paid by {first_pid}",
                       scen="duplicate_payment",
                       note=f"second transfer for {inv['number']} (same amount {S(amt)}); first one was {first_pid}; "
                            f"hold on account")
    ctx.later(R.randint(8, 60), dup)
    return p, lb


def sc_paidref_source(L, d, ctx):
    return sc_dup_source(L, d, ctx, kind="paidref")


def sc_amount_only(L, d, ctx):
    for _ in range(300):
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick(0.55))
        if inv and uniq_amount(L, inv):
            break
    else:
        return None
    c, amt, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    payer, cid = ident(c, p_id=0.5)
    mt = None
    if c["region"] != "IN" and R.random() < 0.4:
        mt = {"remark": R.choice(["PAYMENT FOR GOODS", "TRADE SETTLEMENT", "/BENEFRES/GARMENTS"])}
    p = compose(d, c, payer, cid, amt, cur, [], need_ref=False, mt=mt)
    n_open = len(L.open_(c["id"], cur, free=False))
    return p, lab("applied", [app(inv, amt)], reason=f"no reference; only open {cur} invoice of the customer with this amount",
                  scen="amount_only",
                  note=f"{'customer id' if cid else 'payer ' + repr(payer)}; no invoice quoted; {S(amt)} equals "
                       f"{inv['number']} only (of {n_open} open {cur} invoices, no 2-3 invoice sum fits)")


TDS_GOODS = [("194Q", Decimal("0.1")), ("194Q", Decimal("0.1")), ("194C", Decimal("1")), ("194C", Decimal("2"))]
TDS_SERV = [("194J", Decimal("10")), ("194J", Decimal("2"))]


def tds_for(inv):
    sec, pct = R.choice(TDS_SERV if inv["_kind"] == "service" else TDS_GOODS)
    tds = D((inv["_taxable"] * pct / 100).quantize(ONE, ROUND_HALF_UP))
    return sec, pct, tds


def tds_note(lg, sec, pct, tds, taxable):
    if lg == "hi":
        return R.choice([f"धारा {sec} के अंतर्गत {pct_s(pct)}% टीडीएस ₹{inr(tds)} काटा गया है।",
                         f"टीडीएस ({sec} @ {pct_s(pct)}%) ₹{inr(tds)} की कटौती की गई; फॉर्म 16A तिमाही के बाद भेजा जाएगा।"])
    return R.choice([f"Less TDS u/s {sec} @{pct_s(pct)}% : Rs. {inr(tds)}",
                     f"TDS @{pct_s(pct)}% u/s {sec} deducted Rs.{inr(tds)} on taxable value Rs.{inr(taxable)}",
                     f"TDS deducted u/s {sec} ({pct_s(pct)}%): {inr(tds)}. Form 16A will follow after quarter end.",
                     f"Net of TDS {inr(tds)} ({sec})"])


def sc_tds(L, d, ctx):
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"] and i["_taxable"] is not None, region="IN",
                        cur="INR")
    if inv is None:
        return None
    sec, pct, tds = tds_for(inv)
    if tds <= 0:
        return None
    c, bal = L.cust[inv["customer_id"]], L.bal[inv["id"]]
    amt = bal - tds
    payer, cid = ident(c)
    lg = pick_lang(c)
    note = tds_note(lg, sec, pct, tds, inv["_taxable"])
    rows = [row(inv, amt, ded=tds, ded_txt="TDS")]
    p = compose(d, c, payer, cid, amt, "INR", rows, lang=lg, note=note,
                remark=R.choice([None, f"{rows[0]['num']} LESS TDS", f"{rows[0]['num']} NET OF TDS"]))
    return p, lab("partial", [app(inv, amt)], short={"invoice_id": inv["id"], "amount": S(tds),
                                                      "reason": f"TDS u/s {sec} @{pct_s(pct)}% deducted (stated in remittance)"},
                  reason=f"reference {inv['number']}; TDS {S(tds)} withheld as stated", scen="tds_short",
                  note=f"{inv['number']} balance {S(bal)} paid {S(amt)}; remittance states TDS {sec} {pct_s(pct)}% = {S(tds)}"
                       f" (computed on the taxable value, not the GST-inclusive total)" + (f"; {lg}" if lg != "en" else ""))


def sc_unknown_none(L, d, ctx):
    g = R.random() < 0.4
    cur = R.choice(["USD", "AED", "SAR", "QAR"]) if g else "INR"
    for _ in range(200):
        if cur == "INR":
            amt = D(R.choice([R.randrange(5000, 400000, 500), R.randrange(1000, 90000)]))
        else:
            amt = D(R.choice([R.randrange(500, 40000, 50), Decimal(R.randrange(50000, 2500000)) / 100]))
        if not L.ledger_equal(cur, amt):
            break
    payer = R.choice(UNKNOWN_G if g else UNKNOWN_IN)
    fake = {"region": "AE" if g else "IN", "city": "DUBAI", "name": payer}
    if cur == "INR":
        remark = R.choice(["", "PAYMENT", "ADVANCE", "ORDER PAYMENT", "CLOTH PURCHASE"])
        ref, utr, ch = in_ref(d, payer, remark, amt)
        p = pay(d, amt, cur, payer, None, ref, None)
    else:
        remark = R.choice(["", "PAYMENT", "GOODS", "ORDER"])
        ref, ref20 = gulf_ref(d, payer, remark, cur, R.choice(GULF_BANKS["AE"]))
        p = pay(d, amt, cur, payer, None, ref, None)
    return p, lab("review", unapplied=amt, cands=[], reason="payer not a known customer; no reference; amount fits no open invoice",
                  scen="unknown_payer", note=f"'{payer}' is not in the customer list; {S(amt)} {cur} equals no open invoice")


def typo_of(n4):
    """n4: 4-digit string. returns a one-slip variant (swap, wrong digit, dropped digit)."""
    k = R.random()
    s = list(n4)
    if k < 0.45:
        i = R.randrange(1, 3)
        if s[i] == s[i + 1]:
            return None
        s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if k < 0.8:
        i = R.randrange(1, 4)
        s[i] = R.choice([x for x in "0123456789" if x != s[i]])
        return "".join(s)
    i = R.randrange(1, 4)
    out = "".join(s[:i] + s[i + 1:])
    return out if out.lstrip("0") else None


def digit_runs(text):
    import re
    t = (text or "").translate(AR_DIG_REV).translate(DEV_DIG_REV)
    return {int(x) for x in re.findall(r"\d+", t)}


AR_DIG_REV = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
DEV_DIG_REV = str.maketrans("०१२३४५६७८९", "0123456789")


def sc_typo(L, d, ctx):
    for _ in range(300):
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick())
        if not inv or not uniq_amount(L, inv):
            continue
        t = typo_of(f"{inv['_n']:04d}")
        if not t or int(t) == inv["_n"]:
            continue
        tnum = f"{inv['_series']}/{inv['_fy']}/{t}"
        other = L.by_num.get(tnum)
        if other and other["customer_id"] == inv["customer_id"]:
            continue
        break
    else:
        return None
    c, amt, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    payer, cid = ident(c)
    lg = pick_lang(c)
    sep = R.choice(["/", "-"])
    shown = f"{inv['_series']}{sep}{inv['_fy']}{sep}{t}"
    r = row(inv, amt)
    r["num"] = shown
    if cur != "INR":
        remark = R.choice(["INV ", "/INV/"]) + shown.replace("/", "-")
    else:
        remark = None
    for _ in range(20):
        p = compose(d, c, payer, cid, amt, cur, [r], lang=lg, remark=remark)
        txt = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        if inv["_n"] not in digit_runs(txt):
            break
    else:
        return None
    what = (f"{tnum} is an open invoice of another customer ({other['customer_id']}) with a different amount"
            if other else f"{tnum} does not exist")
    return p, lab("applied", [app(inv, amt)], reason=f"reference {shown} is a one-character slip for {inv['number']}; exact balance",
                  scen="typo_ref",
                  note=f"quoted {shown}: {what}; the customer's {inv['number']} has exactly this balance and no other "
                       f"open invoice of theirs does")


def sc_list(L, d, ctx, variant="list_ref"):
    for _ in range(300):
        reg = region_pick()
        inv0 = pick_free_inv(L, lambda i: True, reg)
        if not inv0:
            return None
        c, cur = L.cust[inv0["customer_id"]], inv0["currency"]
        op = L.open_(c["id"], cur)
        if variant == "list_with_short" and cur == "INR":
            op_t = [i for i in op if i["_taxable"] is not None and L.bal[i["id"]] == i["total"]]
            if not op_t:
                continue
        if len(op) < 3:
            continue
        k = R.randint(2, min(5, len(op) - 1))
        sel = sorted(R.sample(op, k), key=lambda i: i["number"])
        if variant == "list_with_short" and cur == "INR" and not any(i in op_t for i in sel):
            continue
        tot = sum(L.bal[i["id"]] for i in sel)
        if L.n_equal(c["id"], cur, tot):
            continue
        break
    else:
        return None
    payer, cid = ident(c)
    lg = pick_lang(c)
    rows = [row(i, L.bal[i["id"]], gross=L.bal[i["id"]]) for i in sel]
    apps = [app(i, L.bal[i["id"]]) for i in sel]
    amount = tot
    note, short, status, scen = None, None, "applied", "list_ref"
    if variant == "list_with_short":
        scen, status = "list_with_short", "partial"
        if cur == "INR":
            x = R.choice([i for i in sel if i in op_t])
            sec, pct, ded = tds_for(x)
            if ded <= 0:
                return None
            note = tds_note(lg, sec, pct, ded, x["_taxable"]) + f" ({fmt_num(x)})"
            why = f"TDS u/s {sec} @{pct_s(pct)}% deducted (stated in remittance)"
            txt = "TDS"
        else:
            x = R.choice(sel)
            ded, note, why = short_reason_g(x, L.bal[x["id"]], lg)
            txt = "claim"
        k = sel.index(x)
        rows[k]["ded"], rows[k]["ded_txt"], rows[k]["paid"] = ded, txt, L.bal[x["id"]] - ded
        apps[k] = app(x, L.bal[x["id"]] - ded)
        amount = tot - ded
        short = {"invoice_id": x["id"], "amount": S(ded), "reason": why}
    elif variant == "list_with_part":
        scen, status = "list_with_part", "partial"
        x = sel[-1]
        b = L.bal[x["id"]]
        part = part_amount(b, cur)
        if part is None:
            return None
        rows[-1]["paid"] = part
        apps[-1] = app(x, part)
        amount = tot - b + part
        note = {"en": f"{rows[-1]['num']}: part payment only, balance {money(cur, b - part)} will be paid next month.",
                "hi": f"बिल {rows[-1]['num']} का आंशिक भुगतान; शेष ₹{inr(b - part)} अगले माह।",
                "ar": f"الفاتورة رقم {rows[-1]['num']}: دفعة جزئية، وسيتم سداد الرصيد المتبقي {intl(b - part)} الشهر القادم."}[lg]
    p = compose(d, c, payer, cid, amount, cur, rows, lang=lg, note=note,
                place=R.choice(["remit", "both"]))
    nums = ", ".join(i["number"] for i in sel)
    return p, lab(status, apps, short=short,
                  reason=f"remittance lists {len(sel)} invoices" + ("" if status == "applied" else "; one left open"),
                  scen=scen, note=f"{nums}; amounts add up to {S(amount)} {cur}" + (f"; {lg}" if lg != "en" else ""))


def sc_list_short(L, d, ctx):
    return sc_list(L, d, ctx, "list_with_short")


def sc_list_part(L, d, ctx):
    return sc_list(L, d, ctx, "list_with_part")


def part_amount(b, cur):
    step = Decimal(10000) if (cur == "INR" and b > 300000) else (Decimal(1000) if cur == "INR" else
                                                                   (Decimal(1000) if b > 20000 else Decimal(100)))
    part = (b * Decimal(R.uniform(0.25, 0.7)) / step).quantize(ONE, ROUND_DOWN) * step
    if part <= 0 or part >= b:
        return None
    return D(part)


def short_reason_g(inv, bal, lg):
    cur = inv["currency"]
    k = R.randrange(4)
    if k == 0:
        n = R.randrange(24, 480, 12)
        unit = D(Decimal(R.randrange(250, 1100)) / 100 * (PEG.get(cur, ONE) if cur != "USD" else 1))
        ded = D(n * unit)
        en = f"Less claim for shortage {n} pcs x {cur} {unit} = {cur} {intl(ded)}"
        arb = f"تم خصم مبلغ {intl(ded)} {CUR_AR[cur]} مقابل نقص في الكمية ({n} قطعة)."
        why = f"shortage of {n} pcs"
    elif k == 1:
        ded = D(bal * Decimal(R.choice([3, 4, 5, 6, 8])) / 100)
        en = f"Less quality claim (colour shading) {cur} {intl(ded)} as per our debit note DN-{R.randrange(100, 999)}"
        arb = f"تم خصم مبلغ {intl(ded)} {CUR_AR[cur]} بسبب اختلاف درجة اللون (إشعار مدين رقم {R.randrange(100, 999)})."
        why = "quality claim (colour shading)"
    elif k == 2:
        ded = D(bal * Decimal("0.02"))
        en = f"Less late shipment penalty 2% : {cur} {intl(ded)}"
        arb = f"تم خصم غرامة تأخير في الشحن بنسبة ٢٪ بمبلغ {intl(ded)} {CUR_AR[cur]}."
        why = "late shipment penalty 2%"
    else:
        n = R.randrange(2, 15)
        ded = D(Decimal(R.randrange(150, 900)) * n / 2)
        en = f"Less {n} cartons received damaged, {cur} {intl(ded)}"
        arb = f"تم خصم مبلغ {intl(ded)} {CUR_AR[cur]} عن {n} كراتين وصلت تالفة."
        why = f"{n} cartons damaged"
    if ded >= bal:
        ded = D(bal / 10)
    return ded, (arb if lg == "ar" else en), why


def short_reason_in(inv, bal, lg):
    k = R.randrange(5)
    dn = f"DN/25-26/{R.randrange(10, 400):03d}"
    if k == 0:
        n = R.randrange(10, 200)
        unit = D(R.randrange(90, 700))
        ded = D(n * unit)
        en, hi, why = (f"Less shortage {n} pcs @ Rs.{inr(unit)} = Rs.{inr(ded)} (our {dn})",
                       f"माल कम प्राप्त हुआ ({n} पीस) – ₹{inr(ded)} काटे गए।", f"shortage {n} pcs")
    elif k == 1:
        ded = D((bal * Decimal(R.choice([2, 3, 5])) / 100).quantize(ONE, ROUND_HALF_UP))
        en, hi, why = (f"Less quality claim (shade variation) Rs. {inr(ded)} vide {dn}",
                       f"रंग में अंतर के कारण गुणवत्ता दावा ₹{inr(ded)} काटा गया।", "quality claim (shade variation)")
    elif k == 2:
        ded = D(R.randrange(20, 400) * 25)
        en, hi, why = (f"Less rate difference Rs. {inr(ded)} (PO rate vs bill rate), debit note {dn}",
                       f"दर अंतर (PO दर बनाम बिल दर) ₹{inr(ded)} काटा गया।", "rate difference vs PO")
    elif k == 3:
        ded = D((bal * Decimal("0.01")).quantize(ONE, ROUND_HALF_UP))
        en, hi, why = (f"Less late delivery penalty 1% Rs.{inr(ded)}",
                       f"देरी से डिलीवरी पर 1% पेनल्टी ₹{inr(ded)} काटी गई।", "late delivery penalty 1%")
    else:
        ded = D((bal * Decimal("0.02")).quantize(ONE, ROUND_HALF_UP))
        en, hi, why = (f"Less cash discount 2% for payment within 30 days: Rs.{inr(ded)}",
                       f"30 दिन में भुगतान पर 2% नकद छूट ₹{inr(ded)} काटी गई।", "cash discount 2% taken")
    if ded >= bal:
        ded = D((bal / 20).quantize(ONE))
    return ded, (hi if lg == "hi" else en), why


def sc_short_reason(L, d, ctx):
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick(0.55))
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    lg = pick_lang(c)
    if cur == "INR":
        ded, note, why = short_reason_in(inv, bal, lg)
    else:
        ded, note, why = short_reason_g(inv, bal, lg)
    amt = bal - ded
    payer, cid = ident(c)
    rows = [row(inv, amt, ded=ded, ded_txt="claim")]
    p = compose(d, c, payer, cid, amt, cur, rows, lang=lg, note=note)
    return p, lab("partial", [app(inv, amt)], short={"invoice_id": inv["id"], "amount": S(ded), "reason": why},
                  reason=f"reference {inv['number']}; deduction {S(ded)} stated: {why}", scen="short_pay_reason",
                  note=f"{inv['number']} balance {S(bal)}, paid {S(amt)}, remittance states deduction {S(ded)} ({why})"
                       + (f"; {lg}" if lg != "en" else ""))


def sc_part(L, d, ctx):
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick())
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    part = part_amount(bal, cur)
    if part is None or L.n_equal(c["id"], cur, part):
        return None
    payer, cid = ident(c)
    lg = pick_lang(c)
    rows = [row(inv, part)]
    num = rows[0]["num"]
    note = {"en": R.choice([f"Part payment against {num}; balance will follow.",
                            f"1st instalment against invoice {num}.",
                            f"Part payment. Balance {money(cur, bal - part)} next month.",
                            "Being part payment, remaining amount shortly."]),
            "hi": R.choice([f"बिल {num} के विरुद्ध आंशिक भुगतान; शेष राशि अगले माह।", "यह आंशिक भुगतान है, शेष राशि शीघ्र भेजी जाएगी।"]),
            "ar": R.choice([f"دفعة جزئية من قيمة الفاتورة رقم {num}، وسيتم سداد المتبقي لاحقاً.",
                            "هذه دفعة أولى، والباقي خلال الشهر القادم."])}[lg]
    remark = f"PART PMT {num}" if cur == "INR" and R.random() < 0.5 else None
    p = compose(d, c, payer, cid, part, cur, rows, lang=lg, note=note, remark=remark)
    lb = lab("partial", [app(inv, part)], reason=f"part payment of {inv['number']} as stated", scen="part_payment",
             note=f"{inv['number']} balance {S(bal)}; remittance says part payment; {S(part)} applied, rest stays open"
                  + (f"; {lg}" if lg != "en" else ""))
    if R.random() < 0.6:
        L.reserved[inv["id"]] = "part"
        first = ctx.cur_id

        def rest(L2, d2, ctx2):
            b2 = L.bal[inv["id"]]
            del L.reserved[inv["id"]]
            lg2 = pick_lang(c)
            payer2, cid2 = ident(c)
            note2 = {"en": f"Balance payment against {num} (part paid earlier).",
                     "hi": f"बिल {num} का शेष भुगतान।",
                     "ar": f"سداد الرصيد المتبقي من الفاتورة رقم {num}."}[lg2]
            r2 = [row(inv, b2)]
            p2 = compose(d2, c, payer2, cid2, b2, cur, r2, lang=lg2, note=note2)
            return p2, lab("applied", [app(inv, b2)], reason=f"balance of {inv['number']} after part payment {first}",
                           scen="balance_after_part",
                           note=f"{first} paid {S(part)} of {inv['number']}; this pays the remaining {S(b2)}")
        ctx.later(R.randint(15, 70), rest)
    return p, lb


def sc_range(L, d, ctx):
    opts = []
    for cid_, rl in L.runs.items():
        for series, fy, nums in rl:
            invs = [L.by_num[num_str(series, fy, n)] for n in nums]
            if all(L.bal[i["id"]] > 0 and L.reserved.get(i["id"]) == "run" for i in invs):
                opts.append(invs)
    if not opts:
        return None
    invs = R.choice(opts)
    c, cur = L.cust[invs[0]["customer_id"]], invs[0]["currency"]
    tot = sum(L.bal[i["id"]] for i in invs)
    for i in invs:
        del L.reserved[i["id"]]
    a, b = invs[0], invs[-1]
    s, fy = a["_series"], a["_fy"]
    lg = pick_lang(c)
    payer, cid = ident(c)
    rng = R.choice([f"{s}/{fy}/{a['_n']:04d} TO {b['_n']:04d}", f"{s}/{fy}/{a['_n']:04d}-{b['_n']:04d}",
                    f"{s} {fy} {a['_n']} TO {b['_n']}", f"{s}/{fy}/{a['_n']:04d} to {s}/{fy}/{b['_n']:04d}"])
    if cur == "INR":
        txt = {"en": f"Payment against bill nos. {rng} (all bills of the consignment).",
               "hi": f"बिल संख्या {a['_n']:04d} से {b['_n']:04d} तक ({s}/{fy}) का पूरा भुगतान।"}[lg]
        ref, utr, ch = in_ref(d, payer, f"BILLS {a['_n']}-{b['_n']}" if R.random() < 0.5 else "", tot)
        p = pay(d, tot, cur, payer, cid, ref, txt + f"\nUTR {utr}")
    else:
        txt = {"en": f"Payment for shipment invoices {rng}.",
               "ar": f"سداد فواتير الشحنة من رقم {a['_n']:04d} إلى رقم {b['_n']:04d} ({s}/{fy})."}[lg]
        remark = f"/INV/{s}-{fy}-{a['_n']:04d} TO {b['_n']:04d}"
        ref, ref20 = gulf_ref(d, payer, remark, cur, R.choice(GULF_BANKS[c["region"]]))
        remit = mt103(d, ref20, cur, tot, c, remark) if lg == "en" and R.random() < 0.5 else \
            advice_g(d, c, tot, cur, [], R.choice(GULF_BANKS[c["region"]]), lg, txt)
        p = pay(d, tot, cur, payer, cid, ref, remit)
    return p, lab("applied", [app(i, L.bal[i["id"]]) for i in invs],
                  reason=f"range {a['number']} to {b['number']}, sum matches", scen="range_ref",
                  note=f"range of {len(invs)} consecutive numbers, all this customer's and open; sum {S(tot)} {cur}"
                       + (f"; {lg}" if lg != "en" else ""))


def sc_lump(L, d, ctx):
    cs = list(L.custs)
    R.shuffle(cs)
    for c in cs:
        op = L.open_(c["id"], free=False)
        if not 2 <= len(op) <= 6 or any(i["id"] in L.reserved for i in op):
            continue
        if len({i["currency"] for i in op}) != 1:
            continue
        break
    else:
        return None
    cur = op[0]["currency"]
    tot = sum(L.bal[i["id"]] for i in op)
    payer, cid = ident(c)
    lg = pick_lang(c)
    soa = date(2026, d.month, 1) - timedelta(days=1)
    if R.random() < 0.55:
        note = {"en": R.choice([f"Full settlement of outstanding as per your statement of account dated {dmy(soa)}.",
                                "Clearing all pending bills as per ledger.", "Full and final as per SOA."]),
                "hi": f"दिनांक {dmy(soa)} के खाता विवरण के अनुसार पूरा बकाया भुगतान।",
                "ar": f"سداد كامل الرصيد المستحق حسب كشف الحساب بتاريخ {dmy(soa, '/')}."}[lg]
        if cur == "INR":
            ref, utr, ch = in_ref(d, payer, R.choice(["FULL SETTLEMENT", "AS PER SOA", "LEDGER BAL"]), tot)
            remit = note + f"\nAmount: Rs. {inr(tot)}  UTR {utr}"
        else:
            ref, ref20 = gulf_ref(d, payer, "SETTLEMENT OF ACCOUNT", cur, R.choice(GULF_BANKS[c["region"]]))
            remit = advice_g(d, c, tot, cur, [], R.choice(GULF_BANKS[c["region"]]), lg, note)
        p = pay(d, tot, cur, payer, cid, ref, remit)
    else:
        p = compose(d, c, payer, cid, tot, cur, [], need_ref=False)
    return p, lab("applied", [app(i, L.bal[i["id"]]) for i in op], reason="amount equals the customer's whole open balance",
                  scen="lump_sum_all", note=f"{len(op)} open {cur} invoices, no numbers quoted, total {S(tot)}")


def sc_po(L, d, ctx):
    for _ in range(300):
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick())
        if not inv or not uniq_amount(L, inv):
            continue
        c, cur = L.cust[inv["customer_id"]], inv["currency"]
        own = [i for i in L.open_(c["id"], cur, free=False) if i is not inv and i["_series"] == inv["_series"]]
        if R.random() < 0.5 and own:
            decoy = R.choice(own)
        else:
            decoy = pick_free_inv(L, lambda i: i["customer_id"] != c["id"] and i["_series"] == inv["_series"])
        if decoy is None or decoy["_n"] == inv["_n"]:
            continue
        break
    else:
        return None
    amt = L.bal[inv["id"]]
    payer, cid = ident(c)
    n4 = f"{decoy['_n']:04d}"
    if cur == "INR":
        po = R.choice([f"PO/25-26/{n4}", f"PO NO {n4}", f"P.O. {decoy['_n']}"])
        ref, utr, ch = in_ref(d, payer, f"AGST {po}", amt, need_remark=True)
        remit = R.choice([f"Payment released against our Purchase Order No. {po}. UTR {utr}.",
                          f"Ref: our {po} dt {dmy(inv['issue_date'] - timedelta(days=R.randint(10, 30)))} - payment Rs.{inr(amt)}",
                          None])
    else:
        po = R.choice([f"PO-{n4}", f"P.O. NO. 25-{n4}", f"PO#{n4}"])
        ref, ref20 = gulf_ref(d, payer, f"{po}", cur, R.choice(GULF_BANKS[c["region"]]))
        remit = R.choice([mt103(d, ref20, cur, amt, c, f"PAYMENT AGAINST {po}"),
                          f"Dear Sirs,\nWe have remitted {cur} {intl(amt)} against our purchase order {po}.\nRegards,\n{c['name']}"])
    p = pay(d, amt, cur, payer, cid, ref, remit)
    whose = "another of this customer's open invoices" if decoy["customer_id"] == c["id"] else \
        f"an open invoice of {decoy['customer_id']}"
    return p, lab("applied", [app(inv, amt)], reason=f"amount equals {inv['number']}; {po} is the buyer's PO number",
                  scen="po_lookalike",
                  note=f"quoted {po} is a purchase order; {decoy['number']} ({whose}, balance {S(L.bal[decoy['id']])}) "
                       f"only shares the digits; {S(amt)} matches {inv['number']} uniquely")


def lc_no(d):
    return f"{R.choice(['ILC', 'DLC', 'LC'])}{d:%y}{rnd_digits(6)}"


def lc_text(inv, c, cur, gross, amt, lcno, bank, charges_txt):
    return "\n".join([
        R.choice(["PAYMENT UNDER DOCUMENTARY CREDIT", "REIMBURSEMENT UNDER L/C", "ADVICE OF PAYMENT - IMPORT L/C"]),
        f"L/C NO        : {lcno}", f"ISSUING BANK  : {bank}", f"APPLICANT     : {c['name'].upper()}",
        "BENEFICIARY   : INDIA GULF TEXTILES PVT LTD",
        f"YOUR BILL REF : {fmt_num(inv, 'swift')} DTD {dmon(inv['issue_date']).upper()}",
        f"DRAWING AMT   : {cur} {intl(gross)}", f"CHARGES       : {charges_txt}",
        f"NET PAID      : {cur} {intl(amt)}"])


def sc_lc(L, d, ctx, charges=False):
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"] and L.cust[i["customer_id"]]["region"] != "IN")
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    bank = R.choice(GULF_BANKS[c["region"]])
    lcno = lc_no(d)
    if charges:
        f1, f2 = Decimal(R.choice([60, 75, 90])), Decimal(R.choice([35, 45, 50, 65]))
        if cur != "USD":
            f1, f2 = D(f1 * PEG[cur]), D(f2 * PEG[cur])
        ch = D(f1 + f2)
        amt = bal - ch
        ctxt = f"LESS DISCREPANCY FEE {cur} {intl(f1)} AND PAYMENT COMMISSION {cur} {intl(f2)}"
    else:
        amt, ctxt = bal, "ALL CHARGES FOR APPLICANT A/C"
    ref = f"LC DRAWING {lcno} BILL {fmt_num(inv, 'swift')}" if R.random() < 0.5 else \
        f"INWARD LC PROCEEDS/{lcno}/{bank}"
    p = pay(d, amt, cur, bank, None, ref, lc_text(inv, c, cur, bal, amt, lcno, bank, ctxt))
    if charges:
        return p, lab("partial", [app(inv, amt)], short={"invoice_id": inv["id"], "amount": S(bal - amt),
                                                          "reason": "LC discrepancy fee and payment commission deducted by issuing bank"},
                      reason=f"LC drawing for {inv['number']}; bank charges deducted as stated", scen="bank_charges",
                      note=f"L/C proceeds paid by the issuing bank for applicant {c['id']}; charges {S(bal - amt)} listed")
    return p, lab("applied", [app(inv, amt)], reason=f"LC drawing quoting {inv['number']}, full amount",
                  scen="lc_drawing", note=f"payer is the issuing bank {bank}; applicant {c['name']} and bill ref quoted")


def sc_lc_exact(L, d, ctx):
    return sc_lc(L, d, ctx, False)


def sc_bank_charges(L, d, ctx):
    if R.random() < 0.3:
        return sc_lc(L, d, ctx, True)
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"] and i["currency"] != "INR")
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    ch = D(R.choice([15, 18, 20, 25, 30, 35]) * (PEG[cur] if cur != "USD" else 1))
    ch = D(ch.quantize(ONE))
    amt = bal - ch
    payer, cid = ident(c)
    remark = ("/INV/" if R.random() < 0.5 else "INV ") + fmt_num(inv, "swift")
    p = compose(d, c, payer, cid, amt, cur, [row(inv, amt)], remark=remark,
                mt={"remark": remark, "instructed": bal, "charges": ch, "ch71": R.choice(["SHA", "BEN"])})
    return p, lab("partial", [app(inv, amt)], short={"invoice_id": inv["id"], "amount": S(ch),
                                                      "reason": "bank charges deducted in transit (MT103 :71F:)"},
                  reason=f"{inv['number']} quoted; instructed {S(bal)}, {S(ch)} charges deducted by banks",
                  scen="bank_charges", note=f"MT103 :33B: instructed amount equals the balance; :71F: shows {S(ch)} {cur} charges")


def sc_third(L, d, ctx, mismatch=False):
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick(0.5))
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    g = c["region"] != "IN"
    payer = R.choice((UNKNOWN_G if mismatch else THIRD_G) if g else (UNKNOWN_IN if mismatch else THIRD_IN))
    amt = bal
    if mismatch:
        amt = D((bal * Decimal(R.uniform(0.55, 0.97))).quantize(ONE if cur == "INR" else C2))
        if L.ledger_equal(cur, amt):
            return None
    num = fmt_num(inv)
    if not g:
        txt = (f"Paid on behalf of {c['name']} against bill no. {num}." if not mismatch else
               f"Payment against bill no. {num}.")
        if R.random() < 0.3 and not mismatch:
            txt = f"{c['name']} की ओर से बिल संख्या {num} का भुगतान।"
        ref, utr, ch = in_ref(d, payer, f"BILL {num}" if R.random() < 0.5 else "", amt)
        p = pay(d, amt, cur, payer, None, ref, txt + f"\nUTR: {utr}")
    else:
        remark = (f"ON BEHALF OF {c['name'].upper()} INV {fmt_num(inv, 'swift')}" if not mismatch else
                  f"INV {fmt_num(inv, 'swift')}")
        bank = R.choice(GULF_BANKS[c["region"]])
        ref, ref20 = gulf_ref(d, payer, "", cur, bank)
        fake = dict(c)
        p = pay(d, amt, cur, payer, None, ref, mt103(d, ref20, cur, amt, fake, remark, payer_line=payer))
    if mismatch:
        return p, lab("review", unapplied=amt, cands=[[inv["id"]]],
                      reason=f"unknown payer quotes {inv['number']} but pays a different amount without explanation",
                      scen="third_party_mismatch",
                      note=f"'{payer}' is no customer; {inv['number']} balance {S(bal)} vs paid {S(amt)}; no part-payment "
                           f"or deduction statement")
    return p, lab("applied", [app(inv, amt)], reason=f"paid by a third party for {c['name']}, {inv['number']} exact",
                  scen="third_party", note=f"'{payer}' is not a customer but names {c['name']} and {inv['number']}; "
                                           f"amount exact")


def sc_third_ok(L, d, ctx):
    return sc_third(L, d, ctx, False)


def sc_third_mis(L, d, ctx):
    return sc_third(L, d, ctx, True)


def sc_overpay(L, d, ctx):
    k = R.random()
    if k < 0.35:
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] < i["total"])
    else:
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick(0.5))
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    payer, cid = ident(c)
    lg = pick_lang(c)
    note = None
    if bal < inv["total"]:
        amt = inv["total"]
        why = f"paid the invoice total {S(amt)} although {S(inv['total'] - bal)} was already paid before"
        r = row(inv, amt)
    elif k < 0.7:
        adv = D(R.choice([10000, 25000, 50000, 100000]) if cur == "INR" else R.choice([500, 1000, 2000, 5000]))
        amt = bal + adv
        note = {"en": f"Includes advance of {money(cur, adv)} for our next order.",
                "hi": f"इसमें अगले ऑर्डर हेतु ₹{inr(adv)} अग्रिम शामिल है।",
                "ar": f"يشمل المبلغ دفعة مقدمة بقيمة {intl(adv)} {CUR_AR[cur]} للطلبية القادمة."}[lg]
        why = f"includes a stated advance of {S(adv)}"
        r = row(inv, amt)
    else:
        step = Decimal(1000) if cur == "INR" else Decimal(100)
        amt = D(((bal / step).quantize(ONE, ROUND_DOWN) + 1) * step)
        why = f"rounded up to {S(amt)}"
        r = row(inv, amt)
    extra = amt - bal
    if L.n_equal(c["id"], cur, extra) or L.n_equal(c["id"], cur, amt):
        return None
    p = compose(d, c, payer, cid, amt, cur, [r], lang=lg, note=note)
    return p, lab("unapplied", [app(inv, bal)], unapplied=extra,
                  reason=f"{inv['number']} paid in full; {S(extra)} over, held on account", scen="overpayment",
                  note=f"{inv['number']} balance {S(bal)}; {why}; remainder {S(extra)} unapplied")


def far_from_all(L, cid, cur, amt, tol=Decimal("0.12")):
    for i in L.open_(cid, cur, free=False):
        b = L.bal[i["id"]]
        if abs(b - amt) <= b * tol:
            return False
    if L.pair_hits(cid, cur, amt):
        return False
    ops = L.open_(cid, cur, free=False)
    if ops and sum(L.bal[i["id"]] for i in ops) == amt:
        return False
    return True


def sc_nofit(L, d, ctx, closed_ref=False):
    cs = [c for c in L.custs]
    R.shuffle(cs)
    for c in cs:
        cur = R.choice(c["curs"])
        for _ in range(10):
            if closed_ref:
                amt = D(R.randrange(20000, 600000) if cur == "INR" else Decimal(R.randrange(300000, 4000000)) / 100)
            else:
                amt = D(R.choice([25000, 50000, 75000, 100000, 150000, 200000, 250000, 500000]) if cur == "INR"
                        else R.choice([2500, 5000, 7500, 10000, 15000, 20000, 25000, 50000]))
            if far_from_all(L, c["id"], cur, amt):
                break
        else:
            continue
        break
    else:
        return None
    payer, cid = ident(c, p_id=0.6)
    lg = pick_lang(c)
    if closed_ref:
        while True:
            n = R.randrange(12, 449) if cur == "INR" else R.randrange(5, 99)
            ser = "IGT" if cur == "INR" else "EXP"
            num = num_str(ser, "25-26", n)
            if num not in L.by_num:
                break
        fake_inv = {"_series": ser, "_fy": "25-26", "_n": n, "total": amt,
                    "issue_date": date(2025, 4, 1) + timedelta(days=int(n * 0.4) if cur == "INR" else n)}
        r = row(fake_inv, amt)
        p = compose(d, c, payer, cid, amt, cur, [r], lang=lg)
        return p, lab("unapplied", unapplied=amt, reason=f"{num} is not an open invoice; amount fits none of the customer's",
                      scen="closed_invoice_ref",
                      note=f"quotes {num} which is not in the open items; {S(amt)} {cur} fits no open invoice or 2-3 "
                           f"invoice sum of {c['id']}; hold on account")
    if R.random() < 0.5:
        note = {"en": R.choice(["Advance for new order.", "On account payment.", "Advance against proforma invoice.",
                                "Payment on account, bills to be adjusted later."]),
                "hi": R.choice(["नए ऑर्डर हेतु अग्रिम भुगतान।", "खाते में जमा (ऑन अकाउंट) भुगतान।"]),
                "ar": R.choice(["دفعة مقدمة لطلبية جديدة.", "دفعة تحت الحساب."])}[lg]
        if cur == "INR":
            ref, utr, ch = in_ref(d, payer, R.choice(["ADVANCE", "ON ACCOUNT", "ADV NEW ORDER"]), amt)
            p = pay(d, amt, cur, payer, cid, ref, note if R.random() < 0.6 else None)
        else:
            ref, ref20 = gulf_ref(d, payer, R.choice(["ADVANCE PAYMENT", "ON ACCOUNT"]), cur, R.choice(GULF_BANKS[c["region"]]))
            p = pay(d, amt, cur, payer, cid, ref, advice_g(d, c, amt, cur, [], R.choice(GULF_BANKS[c["region"]]), lg, note))
        what = "advance / on-account payment"
    else:
        p = compose(d, c, payer, cid, amt, cur, [], need_ref=False)
        what = "no reference"
    return p, lab("unapplied", unapplied=amt, reason="known customer; amount fits no open invoice", scen="no_fit_known",
                  note=f"{'customer id' if cid else 'payer ' + repr(payer)}; {what}; round {S(amt)} {cur} is not within "
                       f"12% of any open invoice and no 2-3 invoice sum fits")


def sc_closed(L, d, ctx):
    return sc_nofit(L, d, ctx, closed_ref=True)


def sc_same(L, d, ctx):
    opts = [pr for pr in L.same if pr not in L.used_planted and all(L.bal[x] > 0 for x in pr)
            and L.bal[pr[0]] == L.bal[pr[1]]]
    if not opts:
        return None
    pr = R.choice(opts)
    L.used_planted.add(pr)
    a = L.inv[pr[0]]
    c, amt, cur = L.cust[a["customer_id"]], L.bal[pr[0]], a["currency"]
    payer, cid = ident(c, p_id=0.5)
    p = compose(d, c, payer, cid, amt, cur, [], need_ref=False)
    b = L.inv[pr[1]]
    return p, lab("review", unapplied=amt, cands=[[pr[0]], [pr[1]]],
                  reason=f"{a['number']} and {b['number']} both have this balance; nothing says which",
                  scen="ambiguous_same_amount",
                  note=f"repeat order: two open invoices of {c['id']} with balance {S(amt)}; no reference")


def sc_subsets(L, d, ctx):
    opts = [t for t in L.subsets if t not in L.used_planted and all(L.bal[x] == L.inv[x]["total"] for x in t)]
    if not opts:
        return None
    t = R.choice(opts)
    L.used_planted.add(t)
    x, a, b = (L.inv[k] for k in t)
    c, cur = L.cust[x["customer_id"]], x["currency"]
    amt = L.bal[x["id"]]
    payer, cid = ident(c, p_id=0.5)
    p = compose(d, c, payer, cid, amt, cur, [], need_ref=False)
    return p, lab("review", unapplied=amt, cands=[[x["id"]], sorted([a["id"], b["id"]])],
                  reason=f"amount equals {x['number']} and also {a['number']} + {b['number']}",
                  scen="ambiguous_subsets",
                  note=f"no reference; {S(amt)} {cur} = {x['number']} = {a['number']} + {b['number']}")


def sc_similar(L, d, ctx):
    opts = [pr for pr in L.sims if pr not in L.used_planted and all(L.bal[k] > 0 for k in pr)]
    if not opts:
        return None
    pr = R.choice(opts)
    L.used_planted.add(pr)
    a, b = sorted((L.inv[pr[0]], L.inv[pr[1]]), key=lambda i: (i["due_date"], i["id"]))
    c = L.cust[a["customer_id"]]
    trunc = SIMILAR[c["sim"]][3]
    amt, cur = L.bal[a["id"]], a["currency"]
    fc = dict(c)
    if cur == "INR":
        ref, utr, ch = in_ref(d, trunc, R.choice(["", "PAYMENT", "SUPPLY BILL"]), amt, ch=R.choice(["NEFT", "RTGS", "IMPS"]))
    else:
        ref, ref20 = gulf_ref(d, trunc, R.choice(["", "PAYMENT", "GOODS"]), cur, R.choice(GULF_BANKS[c["region"]]))
    p = pay(d, amt, cur, trunc, None, ref, None)
    return p, lab("review", unapplied=amt, cands=[[a["id"]], [b["id"]]],
                  reason=f"payer '{trunc}' fits two customers, each with an open invoice of this amount",
                  scen="similar_payer_names",
                  note=f"'{trunc}' could be {a['customer_name']} ({a['number']}) or {b['customer_name']} ({b['number']}); "
                       f"both balances {S(amt)}")


def sc_unknown_match(L, d, ctx):
    for _ in range(400):
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick(0.5))
        if inv and len(L.ledger_equal(inv["currency"], L.bal[inv["id"]])) == 1:
            break
    else:
        return None
    amt, cur = L.bal[inv["id"]], inv["currency"]
    g = cur != "INR"
    payer = R.choice(UNKNOWN_G if g else UNKNOWN_IN)
    if g:
        ref, ref20 = gulf_ref(d, payer, R.choice(["", "PAYMENT", "GOODS"]), cur, R.choice(GULF_BANKS["AE"]))
    else:
        ref, utr, ch = in_ref(d, payer, R.choice(["", "PAYMENT", "BILL PAYMENT"]), amt)
    p = pay(d, amt, cur, payer, None, ref, None)
    return p, lab("review", unapplied=amt, cands=[[inv["id"]]],
                  reason=f"unknown payer; amount happens to equal {inv['number']}",
                  scen="unknown_payer_amount_match",
                  note=f"'{payer}' is not a customer and quotes nothing; {S(amt)} {cur} equals only {inv['number']} "
                       f"({inv['customer_id']}) in the whole ledger")


def sc_near(L, d, ctx):
    for _ in range(400):
        inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick())
        if not inv:
            return None
        bal, cur = L.bal[inv["id"]], inv["currency"]
        q = ONE if cur == "INR" else C2
        diff = D((bal * Decimal(R.uniform(0.004, 0.03))).quantize(q, ROUND_HALF_UP))
        if cur == "INR" and inv["_taxable"] is not None and any(
                diff == D((inv["_taxable"] * p / 100).quantize(ONE, ROUND_HALF_UP))
                for p in (Decimal("0.1"), 1, 2, 10)):
            continue
        amt = bal - diff
        c = L.cust[inv["customer_id"]]
        others = [i for i in L.open_(c["id"], cur, free=False) if i is not inv
                  and abs(L.bal[i["id"]] - amt) <= L.bal[i["id"]] * Decimal("0.06")]
        if others or L.n_equal(c["id"], cur, amt) or L.pair_hits(c["id"], cur, amt):
            continue
        break
    else:
        return None
    payer, cid = ident(c, p_id=0.5)
    p = compose(d, c, payer, cid, amt, cur, [], need_ref=False)
    return p, lab("review", unapplied=amt, cands=[[inv["id"]]],
                  reason=f"close to {inv['number']} ({S(bal)}) but short by {S(diff)} with no reference or reason",
                  scen="near_amount_no_ref",
                  note=f"no reference; {S(amt)} is {S(diff)} below {inv['number']}; no deduction stated, no other "
                       f"invoice near")


def sc_other_cust(L, d, ctx):
    for _ in range(300):
        reg = region_pick()
        b = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], reg)
        if not b:
            return None
        cur = b["currency"]
        pool = [c for c in L.custs if c["id"] != b["customer_id"] and cur in c["curs"] and c["sim"] is None
                and (c["region"] == "IN") == (cur == "INR")]
        a = R.choice(pool)
        if L.n_equal(a["id"], cur, L.bal[b["id"]]):
            continue
        break
    else:
        return None
    amt = L.bal[b["id"]]
    payer = payer_of(a)
    p = compose(d, a, payer, a["id"], amt, cur, [row(b, amt)], lang=pick_lang(a))
    return p, lab("review", unapplied=amt, cands=[[b["id"]]],
                  reason=f"{a['id']} pays {b['number']}, which belongs to {b['customer_id']}",
                  scen="other_customer_invoice",
                  note=f"payer {a['name']} (id given) quotes {b['number']} of {b['customer_name']} with its exact balance; "
                       f"group payment or wrong reference - needs a person")


def sc_curmis(L, d, ctx):
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"] and i["currency"] != "INR")
    if inv is None:
        return None
    c, bal, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    loc = {"AE": "AED", "SA": "SAR", "QA": "QAR"}[c["region"]]
    if cur == "USD":
        pcur, amt = loc, D(bal * PEG[loc])
    else:
        pcur, amt = "USD", D(bal / PEG[cur])
    if L.n_equal(c["id"], pcur, amt):
        return None
    payer, cid = ident(c)
    lg = pick_lang(c)
    r = row(inv, amt)
    p = compose(d, c, payer, cid, amt, pcur, [r], lang=lg)
    if not (p["reference"] and fmt_hit(inv, p)):
        p = compose(d, c, payer, cid, amt, pcur, [r], lang=lg, place="both")
    return p, lab("review", unapplied=amt, cands=[[inv["id"]]],
                  reason=f"quotes {inv['number']} ({cur}) but pays in {pcur}",
                  scen="currency_mismatch",
                  note=f"{inv['number']} is {S(bal)} {cur}; payment {S(amt)} {pcur} is the pegged equivalent; cannot "
                       f"apply across currencies")


def fmt_hit(inv, p):
    return inv["_n"] in digit_runs((p["reference"] or "") + " " + (p["remittance"] or ""))


def fy_pair_invs(L, cid, n):
    return L.by_num[num_str("IGT", "24-25", n)], L.by_num[num_str("IGT", "25-26", n)]


def sc_fy_amb(L, d, ctx):
    opts = [(cid, n) for cid, n in L.fy_pairs if (cid, n) not in L.used_planted
            and all(L.bal[i["id"]] > 0 for i in fy_pair_invs(L, cid, n))]
    if not opts:
        return None
    cid_, n = R.choice(opts)
    L.used_planted.add((cid_, n))
    old, new = fy_pair_invs(L, cid_, n)
    c = L.cust[cid_]
    low = min(L.bal[old["id"]], L.bal[new["id"]])
    amt = part_amount(low, "INR")
    if amt is None or L.n_equal(cid_, "INR", amt):
        return None
    payer, cid = ident(c)
    lg = pick_lang(c)
    short = R.choice([str(n), f"{n:04d}"])
    note = {"en": f"Part payment against bill no. {short}.", "hi": f"बिल नं. {short} के विरुद्ध आंशिक भुगतान।"}[lg]
    ref, utr, ch = in_ref(d, payer, f"PART PMT BILL {short}", amt)
    p = pay(d, amt, "INR", payer, cid, ref, note + f"\nUTR {utr}")
    return p, lab("review", unapplied=amt, cands=[[old["id"]], [new["id"]]],
                  reason=f"bill no. {short} exists in FY 24-25 and FY 25-26 for this customer; part payment fits either",
                  scen="fy_ambiguous_number",
                  note=f"{old['number']} and {new['number']} are both open for {c['id']}; remittance gives no year")


def sc_short_num(L, d, ctx):
    # planted same-customer FY pair first, then natural collisions across series/customers
    opts = [(cid, n) for cid, n in L.fy_pairs if (cid, n) not in L.used_planted
            and all(L.bal[i["id"]] == i["total"] for i in fy_pair_invs(L, cid, n))]
    left_amb = ctx.quota_left.get("fy_ambiguous_number", 0)
    if len(opts) > left_amb and R.random() < 0.6:
        cid_, n = R.choice(opts)
        L.used_planted.add((cid_, n))
        pair = fy_pair_invs(L, cid_, n)
        inv = R.choice(pair)
        twin = pair[1] if inv is pair[0] else pair[0]
        if L.bal[inv["id"]] == L.bal[twin["id"]] or not uniq_amount(L, inv):
            return None
        del L.reserved[inv["id"]]
        why = f"the customer also has {twin['number']} open (balance {S(L.bal[twin['id']])})"
    else:
        tails = Counter(i["_n"] for i in L.invs if L.bal[i["id"]] > 0)
        for _ in range(300):
            inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"] and tails[i["_n"]] >= 2, region_pick())
            if not inv or not uniq_amount(L, inv):
                continue
            same_tail_mine = [i for i in L.open_(inv["customer_id"], inv["currency"], free=False) if i["_n"] == inv["_n"]]
            if len(same_tail_mine) == 1:
                break
        else:
            return None
        others = [i["number"] for i in L.invs if i["_n"] == inv["_n"] and i is not inv and L.bal[i["id"]] > 0]
        why = f"{', '.join(others)} share the digits but belong to other customers/currencies"
    c, amt, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    payer, cid = ident(c)
    lg = pick_lang(c)
    r = row(inv, amt, mode="short")
    r["num"] = R.choice([str(inv["_n"]), f"{inv['_n']:04d}"])
    remark = None if cur == "INR" else R.choice(["INV NO ", "/INV/"]) + r["num"]
    p = compose(d, c, payer, cid, amt, cur, [r], lang=lg, remark=remark)
    return p, lab("applied", [app(inv, amt)], reason=f"bill no. {r['num']} without year; customer and amount fix {inv['number']}",
                  scen="short_number_ref", note=f"quoted {r['num']} only; {why}; amount equals {inv['number']}")


BAD_KINDS = ["negative", "zero", "empty_amount", "null_amount", "text_amount", "letter_o_amount",
             "null_currency", "bad_currency", "empty_currency", "bad_date", "null_date", "negative"]


def sc_bad(L, d, ctx):
    kind = ctx.bad_kinds.pop()
    inv = pick_free_inv(L, lambda i: L.bal[i["id"]] == i["total"], region_pick(0.6))
    c, amt, cur = L.cust[inv["customer_id"]], L.bal[inv["id"]], inv["currency"]
    payer, cid = ident(c)
    p = compose(d, c, payer, cid, amt, cur, [row(inv, amt)])
    why = ""
    if kind == "negative":
        p["amount"] = "-" + p["amount"]
        if cur == "INR":
            p["reference"] = R.choice(["NEFT RETURN-", "RTGS RTN-", "REV-"]) + p["reference"] + "-ACCOUNT CLOSED"
        else:
            p["reference"] = "RETURN OF FUNDS " + p["reference"]
        p["remittance"] = None
        why = "negative amount (a bank return/reversal), not a receipt"
    elif kind == "zero":
        p["amount"] = "0.00"
        why = "zero amount"
    elif kind == "empty_amount":
        p["amount"] = ""
        why = "empty amount"
    elif kind == "null_amount":
        p["amount"] = None
        why = "amount is null"
    elif kind == "text_amount":
        p["amount"] = "NIL"
        why = "amount is not a number"
    elif kind == "letter_o_amount":
        p["amount"] = p["amount"].replace("0", "O", 1) if "0" in p["amount"] else "1O0.00"
        why = "amount contains a letter O instead of a zero"
    elif kind == "null_currency":
        p["currency"] = None
        why = "currency missing"
    elif kind == "bad_currency":
        p["currency"] = "RS" if cur == "INR" else "DHS"
        why = f"currency '{p['currency']}' is not an ISO 4217 code"
    elif kind == "empty_currency":
        p["currency"] = ""
        why = "currency empty"
    elif kind == "bad_date":
        p["date"] = f"{d.year}-02-30" if d.month == 2 else f"{d.year}-{d.month:02d}-32"
        why = f"impossible date {p['date']}"
    elif kind == "null_date":
        p["date"] = None
        why = "date missing"
    return p, lab("review", unapplied="0.00", cands=[], reason=f"bad row: {why}", scen="bad_row",
                  note=f"[{kind}] {why}; nothing applied (otherwise it would look like {inv['number']})")


# ---------------------------------------------------------------- driver
class Ctx:
    def __init__(self):
        self.pending = []
        self.idx = 0
        self.cur_id = None

    def later(self, delay, fn):
        self.pending.append((self.idx + delay, len(self.pending) + 1000 * self.idx, fn))


def pid(k):
    return f"rc-{k + 1:04d}"


QUOTA = OrderedDict([
    ("exact_ref", (sc_exact_ref, 68)), ("exact_ref_lang", (sc_exact_lang, 14)),
    ("balance_after_earlier_part", (sc_prepaid, 6)), ("dup_source", (sc_dup_source, 10)),
    ("paidref_source", (sc_paidref_source, 3)), ("amount_only", (sc_amount_only, 22)),
    ("tds_short", (sc_tds, 32)), ("unknown_payer", (sc_unknown_none, 10)),
    ("typo_ref", (sc_typo, 14)), ("list_ref", (sc_list, 18)), ("list_with_short", (sc_list_short, 5)),
    ("list_with_part", (sc_list_part, 3)), ("short_pay_reason", (sc_short_reason, 14)),
    ("part_payment", (sc_part, 18)), ("range_ref", (sc_range, 8)), ("lump_sum_all", (sc_lump, 10)),
    ("po_lookalike", (sc_po, 8)), ("lc_drawing", (sc_lc_exact, 6)), ("bank_charges", (sc_bank_charges, 8)),
    ("third_party", (sc_third_ok, 5)), ("third_party_mismatch", (sc_third_mis, 3)),
    ("overpayment", (sc_overpay, 12)), ("no_fit_known", (sc_nofit, 10)), ("closed_invoice_ref", (sc_closed, 3)),
    ("ambiguous_same_amount", (sc_same, 12)), ("ambiguous_subsets", (sc_subsets, 5)),
    ("similar_payer_names", (sc_similar, 4)), ("unknown_payer_amount_match", (sc_unknown_match, 5)),
    ("near_amount_no_ref", (sc_near, 8)), ("other_customer_invoice", (sc_other_cust, 4)),
    ("currency_mismatch", (sc_curmis, 6)), ("fy_ambiguous_number", (sc_fy_amb, 2)),
    ("short_number_ref", (sc_short_num, 8)), ("bad_row", (sc_bad, 12)),
])


def business_days(d0, d1):
    out, d = [], d0
    while d <= d1:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def run():
    custs = build_customers()
    invs, runs, fy_pairs = build_invoices(custs)
    reserved, same, subsets, sims = plant(invs, custs, runs, fy_pairs)
    L = Ledger(custs, invs, runs, fy_pairs)
    L.reserved = reserved
    L.same, L.subsets, L.sims = same, subsets, sims
    inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                "customer_name": i["customer_name"], "currency": i["currency"], "total": S(i["total"]),
                "balance": S(i["balance"]), "issue_date": i["issue_date"].isoformat(),
                "due_date": i["due_date"].isoformat()} for i in invs]
    quota = []
    for name, (fn, k) in QUOTA.items():
        quota += [name] * k
    R.shuffle(quota)
    n_est = len(quota) + 22
    days = business_days(date(2026, 2, 2), date(2026, 3, 31))
    dates = sorted(R.choice(days) for _ in range(n_est))
    ctx = Ctx()
    ctx.bad_kinds = list(BAD_KINDS)
    R.shuffle(ctx.bad_kinds)
    ctx.quota_left = Counter(quota)
    payments, labels = [], []
    qi = 0
    while qi < len(quota) or ctx.pending:
        ctx.idx = len(payments)
        ctx.cur_id = pid(ctx.idx)
        d = dates[min(ctx.idx, len(dates) - 1)]
        due = sorted(p for p in ctx.pending if p[0] <= ctx.idx)
        res = None
        if due or qi >= len(quota):
            item = due[0] if due else sorted(ctx.pending)[0]
            ctx.pending.remove(item)
            res = item[2](L, d, ctx)
        else:
            name = quota[qi]
            qi += 1
            ctx.quota_left[name] -= 1
            res = QUOTA[name][0](L, d, ctx)
            if res is None:
                print("fallback for", name)
                res = sc_exact_ref(L, d, ctx)
        if res is None:
            continue
        p, lb = res
        p["id"] = ctx.cur_id
        lb["payment_id"] = ctx.cur_id
        L.apply(lb["applications"])
        payments.append(p)
        labels.append(lb)
    return custs, invs, inv_out, payments, labels, L


def main():
    custs, invs, inv_out, payments, labels, L = run()
    os.makedirs(OUT, exist_ok=True)
    for fn, obj in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    write_readme(inv_out, payments, labels, custs)
    print(len(inv_out), "invoices", len(payments), "payments")
    print(Counter(lb["status"] for lb in labels))


def lang_of(p):
    import re
    r = p["remittance"] or ""
    if re.search("[\u0900-\u097F]", r):
        return "hi" + (" (Devanagari digits)" if re.search("[०-९]", r) else "")
    if re.search("[\u0600-\u06FF]", r):
        return "ar" + (" (Arabic-Indic digits)" if re.search("[٠-٩]", r) else "")
    return "en" if r else "none (bank narrative only)"


def channel_of(p):
    ref = p["reference"] or ""
    for k in ("NEFT", "RTGS", "IMPS", "UPI", "CLG"):
        if ref.startswith(k) or ref.startswith("BY TRANSFER-" + k) or ref.startswith(k + " ") or \
                ref.startswith("REV-" + k) or ref.startswith(k.split()[0]):
            return {"CLG": "cheque clearing"}.get(k, k)
    if "NEFT" in ref[:20]:
        return "NEFT"
    if "RTGS" in ref[:20]:
        return "RTGS"
    if ref.startswith("LC DRAWING") or ref.startswith("INWARD LC"):
        return "LC proceeds"
    return "SWIFT inward (MT103 style)"


def table(counter, head):
    out = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        out.append(f"| {k} | {v} |")
    return "\n".join(out)


def write_readme(inv_out, payments, labels, custs):
    st = Counter(lb["status"] for lb in labels)
    sc = Counter((lb["status"], lb["scenario"]) for lb in labels)
    cur = Counter(str(p["currency"]) for p in payments)
    lg = Counter(lang_of(p) for p in payments)
    ch = Counter(channel_of(p) for p in payments)
    icur = Counter(i["currency"] for i in inv_out)
    n_id = sum(1 for p in payments if p["customer_id"])
    sp = Counter(("TDS" if "TDS" in lb["short_pay"]["reason"] else "bank/LC charges" if "charges" in lb["short_pay"]["reason"]
                  or "commission" in lb["short_pay"]["reason"] else "commercial claim")
                 for lb in labels if lb["short_pay"])
    sc_rows = ["| status | scenario | count |", "|---|---|---|"] + [
        f"| {a} | {b} | {v} |" for (a, b), v in sorted(sc.items())]
    md = f"""# Blind cash-application set: `{LEDGER}`

Theme: **India Gulf Textiles Pvt Ltd** (made up), a Tiruppur textile and garment exporter. Domestic buyers in
India are invoiced in INR (GST invoices `IGT/25-26/NNNN`, a few still open from `IGT/24-25/NNNN`); buyers in the
UAE, Saudi Arabia and Qatar are invoiced in AED, SAR, QAR or USD (export invoices `EXP/25-26/NNNN`, a few
`EXP/24-25/NNNN`). Open items as of 31 Jan 2026; {len(payments)} receipts from 2 Feb to 31 Mar 2026, oldest first.
All companies, banks, people, account numbers and UTRs are invented. Generated by `build.py` (seed {SEED},
stdlib only); `check.py` re-verifies every label from the data and exits non-zero on a problem.

## Files

| file | rows | what |
|---|---|---|
| `{LEDGER}/invoices.json` | {len(inv_out)} | open invoices (contract `INVOICES.json`), {len(custs)} customers |
| `{LEDGER}/payments.json` | {len(payments)} | receipts, oldest first (contract `PAYMENTS.json`) |
| `{LEDGER}/labels.json` | {len(labels)} | expected `MATCHES.json` entry per payment, same order, plus `scenario` and `note` |

Invoice currencies: {", ".join(f"{k} {v}" for k, v in sorted(icur.items()))}.
Payments with a `customer_id` (virtual-account / bank mapping): {n_id}; the rest carry only the bank's payer name.

## Label conventions

- Each label has exactly the contract's fields (`payment_id`, `status`, `applications`, `unapplied`, `short_pay`,
  `candidates`, `reason`) plus `scenario` and `note`. `reason` and `note` are free text for humans.
- Labels are computed by replaying the payments in file order: a payment only uses what earlier payments left
  open, and a `review` changes nothing.
- `applications` and `unapplied` add up to the payment. `review` applies nothing, so `unapplied` equals the
  payment amount. **Bad rows** (unusable amount, currency or date) are `review` with no candidates and
  `unapplied` `"0.00"`; the contract defines no `error` field, so none is given. Score bad rows on `status` (and
  empty `applications`) only.
- `candidates` is a list of invoice-id lists (one list per likely set), e.g. `[["iv-40727"], ["iv-40754"]]`.
  Compare the sets, not their order; where I had to order equally likely sets I put the older due date first,
  and a single-invoice match before a two-invoice sum. Non-review labels have `[]`.
- `partial` with `short_pay`: the remittance states a deduction. **TDS** withheld by an Indian buyer (194Q 0.1%,
  194C 1%/2%, 194J 2%/10%, computed on the taxable value, not the GST-inclusive total) is treated as a short pay
  exactly as stated; so are commercial claims (shortage, shade/quality, rate difference, late-delivery penalty,
  damaged cartons, cash discount taken) and bank charges that the wire itself shows (MT103 `:33B:` instructed
  amount minus `:32A:`, equal to `:71F:`; or an L/C advice's discrepancy fee and commission).
  `short_pay.amount` = what is left open on that invoice.
- `partial` without `short_pay`: the customer says it is a part payment / instalment.
- `unapplied`: overpayment remainder after closing the quoted invoice; a second transfer for an invoice an
  earlier payment in this file already closed; an identified customer's round on-account / advance payment that
  fits no open invoice (not within 12% of any, no 2-3 invoice sum); a quoted invoice number that is not open.
- `review`: two invoices of the customer with the same balance and no reference; a sum that equals both one
  invoice and two others; a truncated payer name that fits two customers who each have an invoice of that
  amount; unknown payers (with the one invoice their amount happens to equal as candidate, or none); an amount a
  little short of one invoice with no reference and no stated reason; a customer quoting another customer's
  invoice; a quoted invoice in another currency (pegged-rate equivalent); a bill number without year that exists
  in FY 24-25 and FY 25-26 for the same customer with a part payment; a quote of an already-paid invoice whose
  amount fits another open invoice (double payment or wrong reference); an unknown payer quoting an invoice but
  paying a different amount; bad rows.
- Identification: a payment with `customer_id` belongs to that customer. Without it, the bank's payer name is
  upper-cased, abbreviated (`PVT LTD`/`P LTD`/`PRIVATE LIMI`, `TRDG`, `L.L.C`, `M/S` prefix) and cut at the bank's
  field length (IMPS 16, SWIFT 35 ...); its leading words fit exactly one customer, except in the planted
  look-alike pairs, which always carry `customer_id` unless the case is the look-alike review case.

## Counts

Per status:

{table(st, "status")}

Per status and scenario:

{chr(10).join(sc_rows)}

Short pays by kind: {", ".join(f"{k} {v}" for k, v in sorted(sp.items()))}.

Per payment currency (bad rows include a missing, an empty and a non-ISO currency):

{table(cur, "currency")}

Per remittance language / locale (Indian amounts are written in lakh style `25,95,915.00`; SWIFT amounts use a
decimal comma `15831,60`):

{table(lg, "remittance")}

Per bank channel:

{table(ch, "channel")}

## Deliberately hard

- Indian bank narratives (`NEFT-<UTR>-<PAYER>-<remark>`, `BY TRANSFER-NEFT*...`, `RTGS CR/...`, `IMPS/P2A/...`,
  `UPI/<rrn>/<remark>/<vpa>/...`, `CLG/CTS/CHQ NO ...`) with truncated payer names and invoice numbers written
  `IGT/25-26/0456`, `IGT-25-26-0456`, `IGT 25-26 456`, `IGT2526/0456`; SWIFT narratives and MT103 blocks
  wrapped at 35 characters; L/C proceeds paid by the issuing bank (payer is a bank, applicant named inside).
- Hindi and Arabic remittance advices, some with Devanagari or Arabic-Indic digits in invoice numbers, amounts
  and dates.
- TDS short pays where the shortfall is not a round share of the invoice (TDS is on the pre-GST value); 0.1%
  194Q deductions of a few hundred rupees.
- Invoice numbers that collide: the same four digits exist in `IGT` and `EXP` series, in FY 24-25 and 25-26, and
  across customers; `short_number_ref` quotes only the digits and the customer + amount resolve it, while
  `fy_ambiguous_number` cannot be resolved.
- PO numbers written like invoice numbers (`PO/25-26/0871`, `P.O. 776`) whose digits are another open invoice,
  sometimes the same customer's; the amount matches a different invoice exactly.
- One-character slips in invoice numbers (swap, wrong digit, dropped digit), sometimes producing another
  customer's real invoice number.
- Large customers with up to {max(Counter((i["customer_id"], i["currency"]) for i in inv_out).values())} open invoices in one currency (amount-only matches must be checked for uniqueness
  including 2-3 invoice sums); planted repeat orders with identical amounts; planted `C = A + B` invoices.
- Part payments followed later by the balance, first payments followed by a duplicate transfer, and quotes of an
  already-paid invoice whose amount fits a different open invoice.
- Overpayments: rounding up, a stated advance for the next order, and paying the invoice total although part of
  it had been paid before the batch.

## Ambiguities in the contract and how I labelled them

- Bad rows: the contract lists no error status, so they are `review`, nothing applied, no candidates,
  `unapplied` `"0.00"`. A non-ISO currency such as `RS`/`DHS` is treated as bad rather than guessed.
- The shape of `candidates` is not specified beyond "likely invoice sets": lists of invoice ids, compare as sets.
- TDS is labelled as a short pay (`partial` + `short_pay`) only when the remittance states it; an unexplained
  shortfall without a reference is `review` (`near_amount_no_ref`).
- Charges visible in the wire (`:71F:`) or in the L/C advice count as stated deductions.
- A payment quoting an invoice that exists only as another customer's (no "on behalf of") is `review`; an
  unknown payer who names the customer and the invoice and pays it exactly is `applied` (`third_party`).
- A quoted invoice number absent from the open items, with an identified payer and no fitting amount, is
  `unapplied` (held on account) rather than `review`.
- A one-character slip in the quoted number is `applied` to the customer's own invoice when the amount equals
  that invoice's balance exactly and no other open invoice of theirs has it, even when the slipped number is
  another customer's open invoice (with a different amount). Likewise a quoted PO number whose digits equal an
  open invoice (sometimes the customer's own) does not stop an exact, unique amount match.
- A known customer whose amount equals the whole open balance (2-6 invoices) with no reference is `applied`
  (`lump_sum_all`); an amount equal to one unique open invoice of an identified customer is `applied`
  (`amount_only`).
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(md)


if __name__ == "__main__":
    main()
