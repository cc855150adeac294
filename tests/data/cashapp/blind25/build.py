#!/usr/bin/env python3
"""Blind held-out cash-application set: Karoo Ridge Industrial Supplies (ZAR/KES/NGN/USD books).

Deterministic, stdlib only. `python3 build.py` rewrites ledger_karooridge/*.json and README.md.
"""
import json
import os
import random
import re
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_karooridge")
SEED = 820_2026
rng = random.Random(SEED)
D = Decimal
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT, ROUND_HALF_UP)


def m(x):
    return f"{q(x):.2f}"


def num_en(x):
    return f"{q(x):,.2f}"


def num_za(x):
    return f"{q(x):,.2f}".replace(",", " ").replace(".", ",")


def num_plain(x):
    return f"{q(x):.2f}"


def ddmmyyyy(d):
    return d.strftime("%d.%m.%Y")


def dslash(d):
    return d.strftime("%d/%m/%Y")


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def rid(prefix, n=8, alphabet="0123456789abcdefghjkmnpqrstvwxyz"):
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


USED_IDS = set()


def uid(prefix, n=8):
    while True:
        x = rid(prefix, n)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


# --------------------------------------------------------------------------------------------
# Stage 1: customers
# --------------------------------------------------------------------------------------------
ZA_PLACES = ["Rustenburg", "Mogale", "Witbank", "Kathu", "Postmasburg", "Steelpoort", "Lephalale",
             "Secunda", "Klerksdorp", "Carletonville", "Phalaborwa", "Burgersfort", "Middelburg",
             "Brakpan", "Boksburg", "Kuruman", "Musina", "Thabazimbi", "Marikana", "Brits", "Sasolburg",
             "Vanderbijlpark", "Newcastle", "Richards Bay", "Tzaneen", "Polokwane", "Mokopane", "Ermelo",
             "Sedibeng", "Witrand", "Hotazel", "Kriel", "Ogies", "Delmas", "Groblersdal", "Marble Hall",
             "Swartklip", "Northam", "Bapong", "Emalahleni", "Dundee", "Vryheid", "Welkom", "Virginia",
             "Odendaalsrus", "Springs", "Nigel", "Germiston", "Alberton", "Isando"]
ZA_MINE = ["Platinum Mines", "Coal Mining", "Colliery", "Chrome Mining", "Manganese", "Iron Ore",
           "Gold Operations", "Minerals", "Anthracite", "Vanadium"]
ZA_CONTR = ["Shaft Sinking", "Drilling & Blasting", "Engineering Services", "Plant Hire",
            "Conveyor Services", "Mining Contractors", "Earthmoving", "Crushing & Screening",
            "Mechanical Contractors", "Electrical Contractors", "Rope Access", "Boilermakers",
            "Hydraulics", "Pump Services", "Mining Supplies"]
ZA_SUFFIX = ["(Pty) Ltd", "(Pty) Ltd", "(Pty) Ltd", "(Pty) Ltd", "Pty Ltd", "Ltd", "CC"]

KE_PLACES = ["Thika", "Athi River", "Ruiru", "Nakuru", "Eldoret", "Kisumu", "Mombasa", "Kitengela",
             "Limuru", "Naivasha", "Machakos", "Nyeri", "Embu", "Meru", "Kericho", "Kitale", "Kilifi",
             "Malindi", "Voi", "Juja", "Syokimau", "Embakasi", "Mlolongo", "Sagana", "Karatina",
             "Muranga", "Bungoma", "Webuye", "Kakamega", "Homa Bay", "Isiolo", "Nanyuki", "Narok",
             "Kajiado", "Molo", "Mumias", "Chemelil", "Sotik", "Bomet", "Gilgil"]
KE_IND = ["Steel Mills", "Cement Products", "Packaging", "Plastics Industries", "Tea Factory",
          "Sugar Company", "Paints", "Wire Products", "Tanners", "Millers", "Glass Works", "Foundry",
          "Bottlers", "Dairies", "Textile Mills", "Timber Industries", "Quarries", "Fabricators"]
KE_SUFFIX = ["Limited", "Limited", "Limited", "Ltd", "EPZ Limited"]
KE_COUNTIES = ["Nakuru", "Kiambu", "Machakos", "Kajiado", "Uasin Gishu", "Kisumu", "Mombasa", "Nyeri",
               "Meru", "Embu", "Kericho", "Kakamega", "Bungoma", "Kilifi", "Turkana", "Murang'a",
               "Laikipia"]

NG_PLACES = ["Port Harcourt", "Warri", "Bonny", "Eket", "Onne", "Okrika", "Yenagoa", "Calabar", "Uyo",
             "Aba", "Onitsha", "Kano", "Ikeja", "Apapa", "Lekki", "Agbara", "Ota", "Sapele", "Ughelli",
             "Benin", "Ibadan", "Kaduna", "Oron", "Escravos", "Forcados", "Brass", "Ikot Abasi", "Nnewi",
             "Owerri", "Abeokuta", "Badagry", "Trans-Amadi", "Rumuokoro", "Eleme", "Egbema", "Ogoja"]
NG_OIL = ["Oilfield Services", "Offshore Logistics", "Drilling Services", "Pipeline Services",
          "Marine Services", "Energy Services", "Well Services", "Subsea Engineering",
          "Petroleum Services", "Inspection Services"]
NG_DIST = ["Industrial Distributors", "Hardware Distributors", "Valves & Fittings", "Tools & Equipment",
           "Engineering Supplies", "Safety Supplies", "Bearings & Power Transmission", "Trading Company",
           "Industrial Gases", "Electrical Supplies"]
NG_OIL_SUFFIX = ["Limited", "Nigeria Limited", "Ltd", "Nig. Ltd", "PLC"]
NG_DIST_SUFFIX = ["Limited", "Ltd", "Enterprises Limited", "Nig. Ltd", "Ventures Ltd"]

CUSTOMERS = []
CUST_BY_ID = {}
_names = set()
_cust_nums = set()


def new_customer(country, name, kind, currencies, acc=None):
    assert name not in _names, name
    _names.add(name)
    while True:
        n = rng.randint(10010, 19990)
        if (country, n) not in _cust_nums:
            _cust_nums.add((country, n))
            break
    c = {"id": f"C-{country}-{n}", "acc": f"{country}{n}", "name": name, "country": country,
         "kind": kind, "currencies": currencies, "locked": False, "twin_of": None}
    CUSTOMERS.append(c)
    CUST_BY_ID[c["id"]] = c
    return c


LEGAL_WORDS = ["PTY", "LTD", "LIMITED", "PLC", "CC", "NIG", "NIGERIA", "RF", "EPZ", "INC"]


def name_tokens(s):
    s = s.upper().replace("&", " AND ")
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return s.split()


def core_of(name, truncated=False):
    """Distinctive part of a (payer or customer) name: legal-form words dropped; for a bank-truncated
    payer name a cut-off last token that could be the start of a legal word is dropped too."""
    toks = name_tokens(name)
    if truncated and toks and toks[-1] not in LEGAL_WORDS and any(w.startswith(toks[-1]) for w in LEGAL_WORDS):
        toks = toks[:-1]
    return " ".join(t for t in toks if t not in LEGAL_WORDS)


def customers_matching(payer):
    """Customers whose name core starts with the payer's (possibly truncated) core."""
    pc = core_of(payer, truncated=True)
    if len(pc) < 4:
        return []
    return [c for c in CUSTOMERS if core_of(c["name"]).startswith(pc)]


RESERVED = ["MOGALE ENGINEERING", "KATHU PLANT HIRE", "ATHI RIVER PACKAGING", "ONNE MARINE SERVICES"]


def uniq_name(make):
    for _ in range(500):
        n = make()
        cn = core_of(n)
        if n in _names or any(cn.startswith(r) for r in RESERVED):
            continue
        if any(core_of(o).startswith(cn) or cn.startswith(core_of(o)) for o in _names):
            continue
        return n
    raise RuntimeError("names exhausted")


def build_customers():
    # near-twin names (one bank-truncated payer name fits both)
    twins = [("ZA", "Mogale Engineering (Pty) Ltd", "Mogale Engineering Services CC", "contractor", "ZAR"),
             ("ZA", "Kathu Plant Hire (Pty) Ltd", "Kathu Plant Hire & Transport (Pty) Ltd", "contractor", "ZAR"),
             ("KE", "Athi River Packaging Limited", "Athi River Packaging Industries Ltd", "manufacturer", "KES"),
             ("NG", "Onne Marine Services Limited", "Onne Marine Services & Logistics Ltd", "oil", "NGN")]
    for ctry, a, b, kind, cur in twins:
        ca = new_customer(ctry, a, kind, [cur])
        cb = new_customer(ctry, b, kind, [cur])
        ca["twin_of"] = cb["id"]
        cb["twin_of"] = ca["id"]


    # South Africa: 118 (mines and contractors), some with USD
    for i in range(118):
        if i % 3 == 0:
            kind = "mine"
            nm = uniq_name(lambda: f"{rng.choice(ZA_PLACES)} {rng.choice(ZA_MINE)} {rng.choice(['(Pty) Ltd', '(Pty) Ltd', 'Ltd', '(RF) (Pty) Ltd'])}")
        else:
            kind = "contractor"
            nm = uniq_name(lambda: f"{rng.choice(ZA_PLACES)} {rng.choice(ZA_CONTR)} {rng.choice(ZA_SUFFIX)}")
        cur = ["ZAR", "USD"] if i in (7, 31, 58, 88, 101) else ["ZAR"]
        new_customer("ZA", nm, kind, cur)
    # Kenya: 78 manufacturers + 15 county governments
    for i in range(78):
        nm = uniq_name(lambda: f"{rng.choice(KE_PLACES)} {rng.choice(KE_IND)} {rng.choice(KE_SUFFIX)}")
        cur = ["KES", "USD"] if i % 10 == 4 else ["KES"]
        new_customer("KE", nm, "manufacturer", cur)
    for cn in rng.sample(KE_COUNTIES, 15):
        nm = f"County Government of {cn}" if rng.random() < 0.7 else f"{cn} County Government"
        new_customer("KE", nm, "county", ["KES"])
    # Nigeria: 38 oil-service + 46 distributors
    for i in range(38):
        nm = uniq_name(lambda: f"{rng.choice(NG_PLACES)} {rng.choice(NG_OIL)} {rng.choice(NG_OIL_SUFFIX)}")
        cur = ["USD"] if i % 4 == 0 else ["NGN", "USD"]
        new_customer("NG", nm, "oil", cur)
    for i in range(46):
        nm = uniq_name(lambda: f"{rng.choice(NG_PLACES)} {rng.choice(NG_DIST)} {rng.choice(NG_DIST_SUFFIX)}")
        new_customer("NG", nm, "distributor", ["NGN"])
# --------------------------------------------------------------------------------------------
# Stage 1b: invoices
# --------------------------------------------------------------------------------------------
VAT = {"ZA": D("0.15"), "KE": D("0.16"), "NG": D("0.075")}
RANGE = {"ZAR": (3_500, 1_400_000), "KES": (18_000, 7_500_000), "NGN": (280_000, 160_000_000),
         "USD": (1_500, 380_000)}
TERMS = {"mine": 60, "contractor": 30, "manufacturer": 30, "county": 90, "oil": 45, "distributor": 30}
START_ISSUE = date(2025, 10, 1)
END_ISSUE = date(2026, 2, 27)
INVOICES = []
INV_BY_ID = {}
INV_BY_NUMBER = {}


def log_amount(cur, lo_f=1.0, hi_f=1.0):
    lo, hi = RANGE[cur]
    lo, hi = lo * lo_f, hi * hi_f
    import math
    x = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    # most invoices have cents, some are round
    if rng.random() < 0.15:
        return q(round(x, -2))
    return q(x)


def build_invoices():
    raw = []
    for c in CUSTOMERS:
        k = c["kind"]
        n = {"mine": (2, 9), "contractor": (1, 6), "manufacturer": (2, 6), "county": (3, 8),
             "oil": (2, 7), "distributor": (2, 5)}[k]
        cnt = rng.randint(*n)
        for _ in range(cnt):
            cur = c["currencies"][0] if len(c["currencies"]) == 1 else (
                "USD" if rng.random() < (0.65 if c["country"] == "NG" else 0.35) else c["currencies"][0])
            issue = START_ISSUE + timedelta(days=rng.randint(0, (END_ISSUE - START_ISSUE).days))
            hi = 0.2 if (c["kind"] == "distributor" or (cur == "KES" and rng.random() < 0.3)) else 1.0
            gross = log_amount(cur, 1.0, hi)
            batch = 1
            if rng.random() < 0.08:
                batch = rng.randint(2, 4)  # several deliveries invoiced the same day
            for b in range(batch):
                g = gross if b == 0 else log_amount(cur, 1.0, hi)
                raw.append({"cust": c, "cur": cur, "issue": issue, "gross": g, "batch_key": (c["id"], issue, cur)})
    # number per country in issue-date order; 2025 issues use INV-xx-25-03xxx.., 2026 use INV-xx-26-00xxx
    raw.sort(key=lambda r: (r["issue"], r["cust"]["id"], r["cur"]))
    seqs = {}
    last_key = {}
    for r in raw:
        ctry = r["cust"]["country"]
        yy = r["issue"].year % 100
        key = (ctry, yy)
        if key not in seqs:
            seqs[key] = rng.randint(3000, 3300) if yy == 25 else rng.randint(1, 12)
        if last_key.get(ctry) == r["batch_key"]:
            seqs[key] += 1  # consecutive numbers inside a same-day batch
        else:
            seqs[key] += rng.randint(1, 4)  # gaps: invoices already paid or for cash customers
        last_key[ctry] = r["batch_key"]
        r["number"] = f"INV-{ctry}-{yy:02d}-{seqs[key]:05d}"
    for r in raw:
        c = r["cust"]
        vat = VAT[c["country"]] if (r["cur"] != "USD" or c["country"] == "NG") else D("0")
        total = r["gross"]
        net = q(total / (1 + vat)) if vat else total
        bal = total
        if rng.random() < 0.08:
            frac = rng.choice([D("0.25"), D("0.3"), D("0.4"), D("0.5"), D("0.6")])
            bal = q(total - q(total * frac))
        terms = TERMS[c["kind"]]
        if c["kind"] == "oil" and r["cur"] == "USD":
            terms = 60
        inv = {"id": uid("inv_", 8), "number": r["number"], "customer_id": c["id"],
               "customer_name": c["name"], "currency": r["cur"], "total": total, "balance": bal,
               "issue_date": r["issue"], "due_date": r["issue"] + timedelta(days=terms),
               # internal
               "net": net, "vat": vat, "now": bal, "used": False, "cust": c}
        INVOICES.append(inv)
        INV_BY_ID[inv["id"]] = inv
        assert inv["number"] not in INV_BY_NUMBER
        INV_BY_NUMBER[inv["number"]] = inv


def public_invoice(inv):
    return {"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
            "customer_name": inv["customer_name"], "currency": inv["currency"], "total": m(inv["total"]),
            "balance": m(inv["balance"]), "issue_date": inv["issue_date"].isoformat(),
            "due_date": inv["due_date"].isoformat()}


# --------------------------------------------------------------------------------------------
# Stage 2: helpers for picking invoices, payer names and bank text
# --------------------------------------------------------------------------------------------
class NoPick(Exception):
    pass


INV_OF = {}
OURS = {"ZA": "Karoo Ridge Industrial Supplies (Pty) Ltd",
        "KE": "Karoo Ridge Industrial Supplies (Kenya) Limited",
        "NG": "Karoo Ridge Industrial Supplies Nigeria Limited"}
OURS_SHORT = {"ZA": "KAROO RIDGE IND SUPP", "KE": "KAROO RIDGE IND SUPPLIES KENYA",
              "NG": "KAROO RIDGE IND SUP NIG LTD"}
PAY_FIRST = date(2026, 3, 2)
PAY_LAST = date(2026, 4, 24)


def index_invoices():
    for c in CUSTOMERS:
        INV_OF[c["id"]] = []
    for inv in INVOICES:
        INV_OF[inv["customer_id"]].append(inv)


def free_invs(c, cur, pred=None):
    out = [i for i in INV_OF[c["id"]] if not i["used"] and i["currency"] == cur and (pred is None or pred(i))]
    return sorted(out, key=lambda i: (i["due_date"], i["number"]))


def pick_cust(cur, n=1, countries=None, kinds=None, pred=None, cpred=None, allow_twin=False):
    cands = [c for c in CUSTOMERS if not c["locked"] and cur in c["currencies"]
             and (countries is None or c["country"] in countries)
             and (kinds is None or c["kind"] in kinds)
             and (allow_twin or c["twin_of"] is None)
             and (cpred is None or cpred(c))
             and len(free_invs(c, cur, pred)) >= n]
    if not cands:
        raise NoPick(f"no customer for {cur} n={n}")
    return rng.choice(cands)


def take(c, cur, n=1, pred=None):
    fr = free_invs(c, cur, pred)
    if len(fr) < n:
        raise NoPick("not enough")
    ch = rng.sample(fr, n)
    ch.sort(key=lambda i: i["number"])
    for i in ch:
        i["used"] = True
    return ch


def full_open(i):
    return i["balance"] == i["total"]


def set_amount(inv, amount):
    """Re-price a still unused invoice (used to build equal-amount traps)."""
    assert not inv.get("touched")
    inv["total"] = inv["balance"] = inv["now"] = q(amount)
    inv["net"] = q(amount / (1 + inv["vat"])) if inv["vat"] else q(amount)


def rand_day(lo=PAY_FIRST, hi=PAY_LAST):
    while True:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if d.weekday() < 5:
            return d


def later(d, a=3, b=20):
    x = d + timedelta(days=rng.randint(a, b))
    while x.weekday() >= 5:
        x += timedelta(days=1)
    return min(x, date(2026, 4, 30))


def seq_of(inv):
    return inv["number"].split("-")[3]


def inv_form(inv, style):
    _, cc, yy, seq = inv["number"].split("-")
    return {"full": inv["number"], "nodash": f"INV{cc}{yy}{seq}", "short": f"{cc}-{yy}-{seq}",
            "seq": seq, "int": str(int(seq)), "invseq": f"INV{seq}", "inv_int": f"INV {int(seq)}",
            "space": f"INV {cc}{yy}{seq}", "in": f"IN{cc}{yy}-{seq}"}[style]




def bank_name(c, lo, hi, abbreviate=True):
    n = c["name"].upper()
    if abbreviate:
        r = rng.random()
        if r < 0.3:
            n = n.replace("(PTY) LTD", "PTY LTD")
        elif r < 0.4:
            n = n.replace("(PTY) LTD", "PTY")
        if rng.random() < 0.4:
            n = n.replace(" LIMITED", " LTD")
        if rng.random() < 0.3:
            n = n.replace(" & ", " AND ")
        if rng.random() < 0.2:
            n = n.replace("NIGERIA LIMITED", "NIG LTD").replace("NIG. LTD", "NIG LTD")
    cut = rng.randint(lo, hi)
    if c["twin_of"]:
        return n[:max(cut, 24)].rstrip(" (&.")
    while True:
        p = n[:cut].rstrip(" (&.")
        if [x["id"] for x in customers_matching(p)] == [c["id"]] or cut >= len(n):
            break
        cut += 1
    if [x["id"] for x in customers_matching(p)] != [c["id"]]:
        raise RuntimeError(f"payer name {p!r} not unique for {c['name']}")
    return p


def short_word(c):
    w = c["name"].upper().replace("COUNTY GOVERNMENT OF ", "").split()
    return w[0] if len(w[0]) > 3 or len(w) == 1 else w[0] + " " + w[1]


PERSONS_KE = ["JOHN KAMAU MWANGI", "GRACE WANJIRU NJOROGE", "PETER OTIENO ODHIAMBO", "MARY AKINYI OUMA",
              "JAMES KIPROTICH KORIR", "ESTHER NJERI KARANJA", "DAVID MUTUA MUSYOKA", "FAITH CHEPKOECH",
              "SAMUEL WEKESA WAFULA", "JANE MUTHONI KIMANI", "GEORGE OMONDI OKOTH", "LUCY WAMBUI GITAU",
              "BRIAN KIPKEMBOI", "ANN NYAMBURA MACHARIA", "JOSEPH MWENDA KIRIMI", "CAROLINE ATIENO"]
UNKNOWN_PAYERS = {
    "ZAR": ["CASH DEPOSIT BRAKPAN", "ABSA CASH DEP 0412", "MR T NKOSI", "J MOKOENA", "FNB APP PAYMENT FROM",
            "CAPITEC S DLAMINI", "NEDBANK INTERNAL TRF", "ADT CASH DEPOSIT 77", "MAGTAPE CREDIT", "MRS P VAN WYK",
            "SBSA BRANCH DEP EMALAHLENI", "IB TRANSFER FROM"],
    "KES": ["PESALINK 0712XXX455", "KCB BRANCH DEPOSIT", "EQUITY AGENCY DEP", "COOP CHEQUE DEP 00451",
            "M OCHIENG", "CASH DEP NAIROBI CBD", "KCB MOBI TRANSFER", "P NJOROGE", "NCBA LOOP TRF"],
    "NGN": ["TRANSFER FROM A. OKAFOR", "POS TRANSFER", "CASH DEPOSIT ALABA", "OPAY/CHIDI EZE",
            "MONIEPOINT/IBRAHIM S", "INWARD TRF ACCESS"],
    "USD": ["CITIBANK NA LONDON OBO CLIENT", "JPMORGAN CHASE NY REMITTER", "STANCHART DUBAI OBO",
            "PAYONEER ESCROW"],
}


def mpesa_code(d):
    # Safaricom style 10-character receipt: letter for the year/month, then mixed letters/digits
    first = "U" if d.year >= 2026 else "T"
    return first + rng.choice("ABCDEFGHJK") + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))


NG_BANKS = [("ZENITH", "000015"), ("GTB", "000013"), ("ACCESS", "000014"), ("UBA", "000004"),
            ("FIRSTBANK", "000016"), ("FIDELITY", "000007"), ("STANBIC", "000012"), ("FCMB", "000003")]
KE_BANKS = ["EQUITY", "KCB", "COOP", "NCBA", "STANBIC", "ABSA KE", "I&M", "DTB", "FAMILY"]
ZA_BANKS = ["ABSA", "FNB", "NEDBANK", "STD BANK", "CAPITEC", "INVESTEC"]


def nip_session(d, bank_code):
    return bank_code + d.strftime("%y%m%d") + f"{rng.randint(7, 18):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}" + "".join(rng.choice("0123456789") for _ in range(12))


def ft_ref(d):
    return "FT" + d.strftime("%y") + f"{d.timetuple().tm_yday:03d}" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))


def za_ref(s):
    return s[:20].rstrip()


def za_ref_keep(inv, s):
    """20-char beneficiary reference that still carries the invoice number in full."""
    r = za_ref(s)
    nums = [inv_form(inv, k) for k in ("full", "invseq", "nodash", "inv_int", "seq")]
    if any(re.search(r"(?<![0-9])" + re.escape(n) + r"(?![0-9])", r) for n in nums):
        return r
    return inv_form(inv, "full")


def cust_id_maybe(c, p):
    return c["id"] if rng.random() < p else None


# --------------------------------------------------------------------------------------------
# payments and labels
# --------------------------------------------------------------------------------------------
STEPS = []
_order = [0]


def mkpay(d, amount, cur, payer, cid, ref, rem):
    return {"id": None, "date": d.isoformat(), "amount": m(amount), "currency": cur, "payer_name": payer,
            "customer_id": cid, "reference": ref, "remittance": rem}


def apply(inv, amt):
    amt = q(amt)
    assert amt > 0 and amt <= inv["now"], (inv["number"], amt, inv["now"])
    inv["now"] = q(inv["now"] - amt)
    inv["touched"] = True
    return {"invoice_id": inv["id"], "amount": m(amt)}


def lab(status, scenario, reason, note, apps=(), unapplied="0.00", short=None, cands=None, ranked=None,
        checks=None):
    if cands and ranked is False:
        cands = sorted(cands, key=lambda cs: (min(i["due_date"] for i in cs), min(i["number"] for i in cs)))
    d = {"payment_id": None, "status": status, "applications": list(apps), "unapplied": m(unapplied),
         "short_pay": short, "candidates": [{"invoice_ids": [i["id"] for i in cs]} for cs in (cands or [])]}
    if status == "review":
        d["candidates_ranked"] = bool(ranked)
    d["reason"] = reason
    d["scenario"] = scenario
    d["note"] = note
    d["_checks"] = checks or {}
    return d


def step(d, p, l):
    _order[0] += 1
    STEPS.append({"date": d, "order": _order[0], "pay": p, "lab": l})


def short(inv, amount, reason):
    return {"invoice_id": inv["id"], "amount": m(amount), "reason": reason}


# --------------------------------------------------------------------------------------------
# bank and remittance text per channel
# --------------------------------------------------------------------------------------------
def amt_txt(x, cur, ctry):
    if cur == "ZAR":
        return rng.choice(["R ", "R", "ZAR "]) + (num_za(x) if rng.random() < 0.6 else num_en(x))
    if cur == "KES":
        return rng.choice(["KES ", "Kshs ", "KShs. ", "Ksh "]) + num_en(x)
    if cur == "NGN":
        return rng.choice(["NGN ", "N", "\u20a6"]) + num_en(x)
    return rng.choice(["USD ", "US$ ", "$"]) + num_en(x)


def list_invs(invs, style=None):
    style = style or rng.choice(["full", "prefix_once", "int_slash", "seq_space", "nodash"])
    if len(invs) == 1:
        return inv_form(invs[0], rng.choice(["full", "full", "nodash", "short", "invseq", "space"]))
    if style == "full":
        return ", ".join(i["number"] for i in invs[:-1]) + " & " + invs[-1]["number"]
    if style == "prefix_once":
        return invs[0]["number"] + ", " + ", ".join(seq_of(i) for i in invs[1:])
    if style == "int_slash":
        return "INV " + "/".join(str(int(seq_of(i))) for i in invs)
    if style == "seq_space":
        return "INVS " + " ".join(seq_of(i) for i in invs)
    return " ".join(inv_form(i, "nodash") for i in invs)


def remit_table(ctry, cur, payer_full, lines, d, total, header=None, our_ref=None, extra=None):
    """Plain-text remittance advice. lines: (ref_text, amount, comment)."""
    ours = OURS[ctry]
    header = header or rng.choice(["REMITTANCE ADVICE", "Payment Advice", "PAYMENT NOTIFICATION",
                                   "Remittance advice"])
    out = [header, f"From: {payer_full} - Accounts Payable", f"To: {ours}",
           f"Payment date: {dslash(d) if rng.random() < 0.7 else d.isoformat()}"]
    if our_ref:
        out.append(f"Our reference: {our_ref}")
    out.append("")
    w = max(len(r) for r, _, _ in lines) + 4
    out.append("Invoice".ljust(w) + "Amount")
    for r, a, cmt in lines:
        out.append(r.ljust(w) + amt_txt(a, cur, ctry) + (f"   {cmt}" if cmt else ""))
    out.append("Total paid".ljust(w) + amt_txt(total, cur, ctry))
    if extra:
        out += ["", extra]
    return "\n".join(out)


def sap_remit(ctry, cur, payer_full, vendor_no, lines, d, deduction_col=False, note=None):
    """SAP-style payment advice. lines: (your_ref, doc_date, gross, deduction, ded_text)."""
    paydoc = "20000" + "".join(rng.choice("0123456789") for _ in range(5))
    out = ["PAYMENT ADVICE" if rng.random() < 0.5 else "Payment Advice Note",
           f"Paying company code: {payer_full}",
           f"Payee: {OURS[ctry].upper()}    Vendor no.: {vendor_no}",
           f"Payment document: {paydoc}    Value date: {ddmmyyyy(d)}    Currency: {cur}",
           "-" * 86,
           f"{'Doc. no.':<12}{'Your reference':<20}{'Doc. date':<12}{'Gross':>14}{'Deduction':>13}{'Net':>15}"]
    tg = td = tn = D(0)
    for ref, dd, gross, ded, dtxt in lines:
        doc = "51" + "".join(rng.choice("0123456789") for _ in range(8))
        net = gross - ded
        tg += gross
        td += ded
        tn += net
        out.append(f"{doc:<12}{ref:<20}{ddmmyyyy(dd):<12}{num_en(gross):>14}{num_en(ded) if ded else '0.00':>13}{num_en(net):>15}")
        if dtxt:
            out.append(f"{'':<12}  {dtxt}")
    out.append("-" * 86)
    out.append(f"{'Total':<44}{num_en(tg):>14}{num_en(td) if td else '0.00':>13}{num_en(tn):>15}")
    if note:
        out += ["", note]
    return "\n".join(out), paydoc


def payer_full(c):
    return c["name"]


def std_text(c, invs, amount, d, cur, word=None, lines=None, force_rem=None, cid_p=None):
    """Bank/remittance text of a customer paying `invs` (the payer names them plainly).
    lines: optional remittance lines [(inv, shown_amount, comment)]. Returns payer, cid, ref, rem."""
    ctry = c["country"]
    lines = lines or [(i, i["now"], None) for i in invs]
    use_rem = force_rem if force_rem is not None else (len(invs) > 2 or rng.random() < 0.3)
    rem = None
    if cur == "USD":
        payer = bank_name(c, 28, 35)
        cid = cust_id_maybe(c, 0.5 if cid_p is None else cid_p)
        lst = list_invs(invs)
        w = word or rng.choice(["PAYMENT", "SETTLEMENT OF", "INVOICE PAYMENT", "PMT"])
        ref = rng.choice([f"/RFB/{w} {lst}", f":70:{w} {lst}", f"/INV/{lst}", f"{w} {lst} /BNF/{OURS_SHORT[ctry]}"])
        if len(invs) > 3 and rng.random() < 0.5:
            ref = f"/RFB/{w} AS PER ADVICE"
            use_rem = True
    elif ctry == "ZA":
        payer = bank_name(c, 18, 28)
        cid = cust_id_maybe(c, 0.4 if cid_p is None else cid_p)
        if word and len(invs) == 1:
            ref = za_ref(f"{word} {inv_form(invs[0], rng.choice(['invseq', 'inv_int', 'nodash']))}")
        elif len(invs) == 1:
            i = invs[0]
            ref = za_ref_keep(i, rng.choice([inv_form(i, "full"), inv_form(i, "invseq"), f"{short_word(c)} {inv_form(i, 'invseq')}",
                                     f"ACC {c['acc']} {inv_form(i, 'inv_int')}", inv_form(i, "nodash"),
                                     f"KRIS {seq_of(i)} {short_word(c)}", f"{inv_form(i, 'inv_int')} {short_word(c)}"]))
        else:
            cand = "INV " + "/".join(str(int(seq_of(i))) for i in invs)
            if len(cand) <= 20 and rng.random() < 0.6:
                ref = cand
            else:
                ref = za_ref(rng.choice([f"{short_word(c)} PAYMENT", f"ACC {c['acc']}", f"{short_word(c)} {d.strftime('%b').upper()} PMT",
                                         "SEE REMITTANCE"]))
                use_rem = True
    elif ctry == "KE":
        payer = bank_name(c, 24, 35)
        cid = cust_id_maybe(c, 0.5 if cid_p is None else cid_p)
        lst = list_invs(invs)
        bank = rng.choice(KE_BANKS)
        w = word or rng.choice(["PAYMENT", "PMT", "SETTLEMENT", "INV PAYMENT"])
        ref = rng.choice([f"RTGS/{ft_ref(d)}/{short_word(c)}/{lst}", f"EFT {bank} {w} {lst}",
                          f"PESALINK {short_word(c)} {lst}", f"{w} {lst} {ft_ref(d)}",
                          f"IFT/{bank}/{lst}"])
        if len(invs) > 3 and rng.random() < 0.6:
            ref = f"RTGS/{ft_ref(d)}/{short_word(c)}/SUPPLIER PAYMENT"
            use_rem = True
    else:
        payer = bank_name(c, 22, 32)
        cid = cust_id_maybe(c, 0.45 if cid_p is None else cid_p)
        bank, code = rng.choice(NG_BANKS)
        lst = list_invs(invs)
        w = word or rng.choice(["BEING PAYMENT FOR", "PAYMENT FOR", "PYMT OF", "BEING SETTLEMENT OF"])
        ses = nip_session(d, code)
        ref = rng.choice([f"NIP/{bank}/{ses}/{w} {lst}", f"NIP TRF FRM {payer[:20]}/{ses}/{w} {lst}",
                          f"{w} {lst} NIBSS SESSION {ses}"])
    if use_rem and rem is None:
        rl = []
        for i, a, cmt in lines:
            rl.append((inv_form(i, rng.choice(["full", "full", "nodash"])) if isinstance(i, dict) else i, a, cmt))
        rem = remit_table(ctry, cur, payer_full(c), rl, d, amount, our_ref=rng.choice([None, f"PMT{rng.randint(10000, 99999)}"]))
    return payer, cid, ref, rem


# --------------------------------------------------------------------------------------------
# Stage 3: scenarios
# --------------------------------------------------------------------------------------------
LOCAL = {"ZA": "ZAR", "KE": "KES", "NG": "NGN"}


def pick_cur(weights=(("ZAR", 4), ("KES", 3), ("NGN", 2), ("USD", 2))):
    tot = sum(w for _, w in weights)
    r = rng.uniform(0, tot)
    for cur, w in weights:
        r -= w
        if r <= 0:
            return cur
    return weights[-1][0]


def generic_ref(c, d, cur, kind="payment"):
    ctry = c["country"]
    mon = d.strftime("%b").upper()
    if cur == "USD":
        return rng.choice(["/RFB/PAYMENT", f"/RFB/SUPPLIER PAYMENT {mon} 2026", ":70:INVOICE PAYMENT", None])
    if ctry == "ZA":
        return za_ref(rng.choice(["PAYMENT", f"{short_word(c)} PAYMENT", "SUPPLIER PAYMENT", f"{mon} PAYMENT",
                                  f"{short_word(c)} CREDITORS", f"KRIS {mon} 26"]))
    if ctry == "KE":
        return rng.choice([f"RTGS/{ft_ref(d)}/{short_word(c)}/SUPPLIER PAYMENT", f"EFT {rng.choice(KE_BANKS)} PAYMENT",
                           f"PESALINK {short_word(c)} PMT", f"{ft_ref(d)} VENDOR PAYMENT"])
    bank, code = rng.choice(NG_BANKS)
    return rng.choice([f"NIP/{bank}/{nip_session(d, code)}/BEING PAYMENT", f"NIP/{bank}/{nip_session(d, code)}/TRF TO KAROO RIDGE",
                       f"VENDOR PAYMENT {mon} NIBSS {nip_session(d, code)}"])


def payer_of(c, cur, cid_p):
    lo, hi = {"ZA": (18, 28), "KE": (24, 35), "NG": (22, 32)}[c["country"]]
    if cur == "USD":
        lo, hi = 28, 35
    return bank_name(c, lo, hi), cust_id_maybe(c, cid_p)


def channel_cur(ch):
    return "USD" if ch == "USD" else LOCAL[ch]


def pick_for(ch, n=1, **kw):
    cur = channel_cur(ch)
    countries = None if ch == "USD" else [ch]
    return pick_cust(cur, n=n, countries=countries, **kw), cur


# ---- applied ---------------------------------------------------------------------------------
def sc_exact_single(ch):
    c, cur = pick_for(ch)
    inv, = take(c, cur, 1)
    d = rand_day()
    amt = inv["now"]
    payer, cid, ref, rem = std_text(c, [inv], amt, d, cur)
    note = "reference names the invoice and the amount is its open balance"
    if not full_open(inv):
        note += "; the balance is lower than the total because of an earlier part payment"
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("applied", "exact_reference", f"reference {inv['number']} and exact balance", note,
             apps=[apply(inv, amt)]))


def mpesa_acc_field(inv):
    return rng.choice([inv_form(inv, "full"), inv_form(inv, "nodash"), inv_form(inv, "seq"), inv_form(inv, "invseq"),
                       inv["number"].lower(), inv_form(inv, "short")])


def mpesa_text(d, amt, accf, person, code):
    ref = rng.choice([f"MPESA PAYBILL 4093127 {code} ACC {accf}",
                      f"M-PESA C2B {code} A/C NO {accf.upper()} {person}",
                      f"{code} Pay Bill Online 4093127 Acc. {accf}"])
    rem = None
    if rng.random() < 0.35:
        rem = (f"{code} Confirmed. Ksh{num_en(amt)} sent to KAROO RIDGE INDUSTRIAL SUPPLIES for account {accf} "
               f"on {d.day}/{d.month}/{d.strftime('%y')} at {rng.randint(7, 11)}:{rng.randint(10, 59)} AM. "
               f"New M-PESA balance is Ksh{num_en(D(rng.randint(1000, 90000)) + D('0.00'))}. Transaction cost, Ksh{rng.choice(['0.00', '108.00', '197.00'])}.")
    return ref, rem


SMALL_KES = lambda i: i["now"] <= 250000


def sc_mpesa_inv():
    c = pick_cust("KES", countries=["KE"], kinds=["manufacturer"], pred=SMALL_KES)
    inv, = take(c, "KES", 1, pred=SMALL_KES)
    d = rand_day()
    amt = inv["now"]
    accf = mpesa_acc_field(inv)
    person = rng.choice(PERSONS_KE)
    ref, rem = mpesa_text(d, amt, accf, person, mpesa_code(d))
    step(d, mkpay(d, amt, "KES", person, None, ref, rem),
         lab("applied", "mpesa_invoice_account", f"M-Pesa account field {accf} is invoice {inv['number']}; exact balance",
             "Paybill paid by an individual (staff member); the account-number field carries the invoice number",
             apps=[apply(inv, amt)]))


def sc_mpesa_acc():
    c = pick_cust("KES", countries=["KE"], kinds=["manufacturer"], pred=SMALL_KES)
    inv, = take(c, "KES", 1, pred=SMALL_KES)
    d = rand_day()
    amt = inv["now"]
    accf = rng.choice([c["acc"], c["acc"].lower(), c["acc"][2:]])
    person = rng.choice(PERSONS_KE)
    ref, rem = mpesa_text(d, amt, accf, person, mpesa_code(d))
    step(d, mkpay(d, amt, "KES", person, None, ref, rem),
         lab("applied", "mpesa_customer_account", f"M-Pesa account {accf} is customer {c['id']}; amount equals exactly one open invoice",
             "account-number field holds the customer number, not an invoice; the amount fits one open invoice only",
             apps=[apply(inv, amt)]))


def sc_multi_list():
    cur = pick_cur()
    n = rng.choice([2, 2, 3, 3, 4, 5])
    c = pick_cust(cur, n=n)
    invs = take(c, cur, n)
    d = rand_day()
    amt = sum(i["now"] for i in invs)
    payer, cid, ref, rem = std_text(c, invs, amt, d, cur)
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("applied", "invoice_list", f"{n} invoices named; their balances add up to the payment",
             "list of invoice numbers in the reference or remittance; sum of balances matches to the cent",
             apps=[apply(i, i["now"]) for i in invs]))


def runs_for(cur):
    out = []
    for c in CUSTOMERS:
        if c["locked"] or c["twin_of"] or cur not in c["currencies"]:
            continue
        fr = sorted(free_invs(c, cur), key=lambda i: i["number"])
        run = []
        for i in fr:
            if run and i["number"][:10] == run[-1]["number"][:10] and int(seq_of(i)) == int(seq_of(run[-1])) + 1:
                run.append(i)
            else:
                if len(run) >= 2:
                    out.append((c, run))
                run = [i]
        if len(run) >= 2:
            out.append((c, run))
    return out


def sc_range():
    cur = pick_cur((("ZAR", 3), ("KES", 2), ("NGN", 2), ("USD", 1)))
    runs = runs_for(cur)
    if not runs:
        raise NoPick("no runs")
    c, run = rng.choice(runs)
    run = run[:4]
    for i in run:
        i["used"] = True
    d = rand_day()
    amt = sum(i["now"] for i in run)
    a, b = run[0], run[-1]
    ctry = c["country"]
    rtxt = rng.choice([f"{a['number']} TO {seq_of(b)}", f"INV {int(seq_of(a))}-{int(seq_of(b))}",
                       f"INVOICES {seq_of(a)} - {seq_of(b)}", f"{inv_form(a, 'nodash')}-{seq_of(b)[-2:]}"])
    payer, cid = payer_of(c, cur, 0.5)
    rem = None
    if cur == "USD":
        ref = f"/RFB/PAYMENT {rtxt}"
    elif ctry == "ZA":
        ref = za_ref(rtxt)
    elif ctry == "KE":
        ref = f"RTGS/{ft_ref(d)}/{short_word(c)}/{rtxt}"
    else:
        bank, code = rng.choice(NG_BANKS)
        ref = f"NIP/{bank}/{nip_session(d, code)}/BEING PAYMENT FOR {rtxt}"
    if rng.random() < 0.3:
        rem = f"Payment of {amt_txt(amt, cur, ctry)} for invoices {rtxt} (delivery notes of {dslash(a['issue_date'])})."
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("applied", "invoice_range", f"range {rtxt} = {len(run)} consecutive invoices of the customer; sum matches",
             "range of consecutive invoice numbers (same-day deliveries); every number in the range is open for this customer",
             apps=[apply(i, i["now"]) for i in run]))


def vendor_no():
    return "000" + str(rng.randint(2000000, 2099999))


def sap_ref(c, cur, d, paydoc):
    ctry = c["country"]
    if cur == "USD":
        return rng.choice([f"/RFB/PAYMENT DOC {paydoc}", f":70:VENDOR PMT {paydoc}"])
    if ctry == "ZA":
        return za_ref(rng.choice([f"{short_word(c)} {paydoc}", f"PMT {paydoc}", f"{paydoc} {short_word(c)}"]))
    if ctry == "KE":
        return f"RTGS/{ft_ref(d)}/{short_word(c)}/PAYDOC {paydoc}"
    bank, code = rng.choice(NG_BANKS)
    return f"NIP/{bank}/{nip_session(d, code)}/VENDOR PAYMENT {paydoc}"


def sc_sap_exact():
    cur = pick_cur((("ZAR", 4), ("KES", 3), ("NGN", 1), ("USD", 2)))
    n = rng.choice([1, 2, 3, 4])
    c = pick_cust(cur, n=n, kinds=["mine", "manufacturer", "oil", "contractor"])
    invs = take(c, cur, n)
    d = rand_day()
    amt = sum(i["now"] for i in invs)
    lines = [(i["number"], i["issue_date"], i["now"], D(0), None) for i in invs]
    rem, paydoc = sap_remit(c["country"], cur, c["name"].upper(), vendor_no(), lines, d)
    payer, cid = payer_of(c, cur, 0.5)
    step(d, mkpay(d, amt, cur, payer, cid, sap_ref(c, cur, d, paydoc), rem),
         lab("applied", "sap_remittance", "SAP payment advice lists the invoices; net equals the sum of balances",
             "bank reference is only the payer's SAP payment document; the advice carries the invoice numbers (document and vendor numbers are not invoices)",
             apps=[apply(i, i["now"]) for i in invs]))


def sc_amount_only():
    cur = pick_cur()
    c = pick_cust(cur)
    inv, = take(c, cur, 1)
    d = rand_day()
    amt = inv["now"]
    payer, cid = payer_of(c, cur, 0.6)
    ref = generic_ref(c, d, cur)
    how = f"customer id {c['id']}" if cid else "payer name"
    step(d, mkpay(d, amt, cur, payer, cid, ref, None),
         lab("applied", "amount_only", f"{how}; amount equals exactly one open invoice ({inv['number']})",
             "no invoice number anywhere; the customer is known and the amount fits one open invoice and no combination",
             apps=[apply(inv, amt)]))


def sc_lump():
    cands = []
    for c in CUSTOMERS:
        if c["locked"] or c["twin_of"] or len(c["currencies"]) != 1:
            continue
        invs = INV_OF[c["id"]]
        if 3 <= len(invs) <= 7 and all(not i["used"] for i in invs):
            cands.append(c)
    if not cands:
        raise NoPick("no lump customer")
    c = rng.choice(cands)
    c["locked"] = True
    cur = c["currencies"][0]
    invs = sorted(INV_OF[c["id"]], key=lambda i: i["number"])
    for i in invs:
        i["used"] = True
    d = rand_day()
    amt = sum(i["now"] for i in invs)
    payer, cid = payer_of(c, cur, 0.6)
    ctry = c["country"]
    if cur == "USD":
        ref = "/RFB/SETTLEMENT OF STATEMENT OF ACCOUNT"
    elif ctry == "ZA":
        ref = za_ref(rng.choice([f"ACC {c['acc']} STATEMENT", f"{short_word(c)} STMT FEB26", "FULL SETTLEMENT"]))
    elif ctry == "KE":
        ref = f"RTGS/{ft_ref(d)}/{short_word(c)}/STATEMENT BALANCE FEB 2026"
    else:
        bank, code = rng.choice(NG_BANKS)
        ref = f"NIP/{bank}/{nip_session(d, code)}/BEING PAYMENT OF OUTSTANDING BALANCE"
    rem = None
    if rng.random() < 0.5:
        rem = (f"Dear Sir/Madam,\nPlease note we have settled your statement dated 28/02/2026 in full, "
               f"{amt_txt(amt, cur, ctry)}.\nRegards,\n{c['name']} Creditors")
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("applied", "statement_lump", f"payment equals the sum of all {len(invs)} open invoices of the customer",
             "lump against the statement; no invoice numbers; only the full set of open invoices adds up",
             apps=[apply(i, i["now"]) for i in invs]))


def nice_round(x, cur):
    unit = {"ZAR": D(1000), "KES": D(10000), "NGN": D(100000), "USD": D(1000)}[cur]
    r = (x / unit).to_integral_value() * unit
    return r


def sc_part(final):
    cur = pick_cur()
    big = lambda i: i["now"] >= {"ZAR": 20000, "KES": 150000, "NGN": 3000000, "USD": 8000}[cur]
    c = pick_cust(cur, pred=big)
    inv, = take(c, cur, 1, pred=big)
    d = rand_day(hi=date(2026, 4, 3))
    part = nice_round(inv["now"] * D(str(rng.uniform(0.3, 0.7))), cur)
    if not (0 < part < inv["now"]):
        raise NoPick("bad part")
    word = {"ZAR": rng.choice(["PART PMT", "PART PAY", "PARTPMT"]), "KES": "PART PAYMENT",
            "NGN": rng.choice(["BEING PART PAYMENT FOR", "PART PAYMENT FOR"]), "USD": "PART PAYMENT"}[cur]
    payer, cid, ref, rem = std_text(c, [inv], part, d, cur, word=word, force_rem=False)
    if rng.random() < 0.35:
        rem = (f"Kindly accept {amt_txt(part, cur, c['country'])} as part payment towards {inv['number']}. "
               f"The balance will follow {rng.choice(['next month', 'once our client pays us', 'in April', 'after our budget approval'])}.")
    step(d, mkpay(d, part, cur, payer, cid, ref, rem),
         lab("partial", "part_payment", f"stated part payment of {inv['number']}; invoice stays open",
             "part payment says so; no deduction, so no short-pay case", apps=[apply(inv, part)]))
    if final:
        d2 = later(d, 7, 25)
        amt2 = inv["now"]
        word2 = {"ZAR": rng.choice(["BAL", "BALANCE", "FINAL PMT"]), "KES": "BALANCE OF",
                 "NGN": "BEING BALANCE PAYMENT FOR", "USD": "BALANCE PAYMENT"}[cur]
        payer, cid, ref, rem = std_text(c, [inv], amt2, d2, cur, word=word2, force_rem=False)
        step(d2, mkpay(d2, amt2, cur, payer, cid, ref, rem),
             lab("applied", "part_payment_balance", f"balance of {inv['number']} after the earlier part payment in this file",
                 "second instalment equals what the earlier part payment left open", apps=[apply(inv, amt2)]))


# ---- short pays ------------------------------------------------------------------------------
def sc_wht_ng():
    cur = "NGN" if rng.random() < 0.7 else "USD"
    c = pick_cust(cur, countries=["NG"], pred=full_open)
    inv, = take(c, cur, 1, pred=full_open)
    rate = D("0.10") if (c["kind"] == "oil" and rng.random() < 0.5) else D("0.05")
    pct = f"{int(rate * 100)}%"
    wht = q(inv["net"] * rate)
    amt = inv["now"] - wht
    d = rand_day()
    payer, cid = payer_of(c, cur, 0.5)
    vat_amt = inv["total"] - inv["net"]
    if rng.random() < 0.5:
        lines = [(inv["number"], inv["issue_date"], inv["now"], wht, f"WHT {pct} on {num_en(inv['net'])} (excl. VAT {num_en(vat_amt)})")]
        rem, paydoc = sap_remit("NG", cur, c["name"].upper(), vendor_no(), lines, d,
                                note="WHT credit note will be forwarded after remittance to FIRS.")
        ref = sap_ref(c, cur, d, paydoc)
    else:
        bank, code = rng.choice(NG_BANKS)
        ref = (f"NIP/{bank}/{nip_session(d, code)}/BEING PAYMENT FOR {inv_form(inv, rng.choice(['full', 'short', 'nodash']))} LESS WHT"
               if cur == "NGN" else f"/RFB/INV {inv_form(inv, 'short')} NET OF WHT")
        rem = (f"PAYMENT ADVICE\nInvoice: {inv['number']}\nInvoice value (incl. VAT 7.5%): {amt_txt(inv['total'], cur, 'NG')}\n"
               f"Less Withholding Tax @ {pct} of {num_en(inv['net'])}: {amt_txt(wht, cur, 'NG')}\n"
               f"Net amount paid: {amt_txt(amt, cur, 'NG')}\nWHT credit note to follow.")
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("partial", "withholding_tax_ng", f"{inv['number']} paid net of {pct} withholding tax",
             f"Nigerian WHT {pct} on the VAT-exclusive value; the deduction stays open until the WHT credit note arrives",
             apps=[apply(inv, amt)], short=short(inv, wht, f"withholding tax {pct} (WHT credit note pending)")))


def sc_wvat_ke():
    c = pick_cust("KES", countries=["KE"], kinds=["manufacturer"], pred=full_open)
    inv, = take(c, "KES", 1, pred=full_open)
    w = q(inv["net"] * D("0.02"))
    amt = inv["now"] - w
    d = rand_day()
    payer, cid = payer_of(c, "KES", 0.5)
    lines = [(inv["number"], inv["issue_date"], inv["now"], w, "Withholding VAT 2% (KRA)")]
    rem, paydoc = sap_remit("KE", "KES", c["name"].upper(), vendor_no(), lines, d,
                            note="Withholding VAT certificate will be shared once generated on iTax.")
    step(d, mkpay(d, amt, "KES", payer, cid, sap_ref(c, "KES", d, paydoc), rem),
         lab("partial", "withholding_vat_ke", f"{inv['number']} paid less 2% withholding VAT",
             "Kenyan withholding VAT agent deducts 2% of the taxable value; deduction open until the certificate arrives",
             apps=[apply(inv, amt)], short=short(inv, w, "withholding VAT 2% (certificate pending)")))


def sc_county_pv():
    c = pick_cust("KES", countries=["KE"], kinds=["county"], pred=full_open)
    inv, = take(c, "KES", 1, pred=full_open)
    w = q(inv["net"] * D("0.02"))
    amt = inv["now"] - w
    d = rand_day()
    cn = c["name"].upper()
    payer = rng.choice([cn[:35], cn.replace("COUNTY GOVERNMENT OF ", "CGO ")[:35], cn.replace("GOVERNMENT", "GOVT")[:35]])
    pv = f"{rng.randint(1, 9999):07d}"
    lpo = f"{rng.randint(100, 5000):07d}"
    ref = rng.choice([f"IFMIS PV {pv} {inv_form(inv, 'short')}", f"CBK/IFMIS/PV NO {pv}", f"PV{pv} {cn[:20]}"])
    rem = "\n".join([cn, "DEPARTMENT OF FINANCE AND ECONOMIC PLANNING",
                     f"PAYMENT VOUCHER No. {pv}    FY 2025/2026", f"Payee: {OURS['KE']}",
                     f"LPO No. {lpo}    Invoice No. {inv['number']}    Dated {dslash(inv['issue_date'])}",
                     f"Gross amount                    KES {num_en(inv['total']):>16}",
                     f"Less: Withholding VAT (2%)       KES {num_en(w):>16}",
                     f"Net amount payable              KES {num_en(amt):>16}",
                     f"Vote head: {rng.choice(['2211310', '2211101', '3111002', '2220205'])}  Authorised: Chief Officer Finance"])
    step(d, mkpay(d, amt, "KES", payer, cust_id_maybe(c, 0.3), ref, rem),
         lab("partial", "county_payment_voucher", f"county payment voucher for {inv['number']} less 2% withholding VAT",
             "government payment voucher; LPO, PV and vote-head numbers are not invoice numbers",
             apps=[apply(inv, amt)], short=short(inv, w, "withholding VAT 2% (certificate pending)")))


FEES = [D("15.00"), D("20.00"), D("25.00"), D("30.00"), D("35.00"), D("40.00"), D("45.00"), D("50.00"),
        D("65.00"), D("38.50"), D("22.75")]


def sc_usd_fees():
    c = pick_cust("USD")
    inv, = take(c, "USD", 1)
    fee = rng.choice(FEES)
    if rng.random() < 0.25:
        fee += rng.choice(FEES)
    amt = inv["now"] - fee
    d = rand_day()
    payer, cid = payer_of(c, "USD", 0.5)
    ref = rng.choice([f"/RFB/INV {inv_form(inv, 'short')} /CHGS SHA", f":70:{inv['number']} :71A:SHA",
                      f"/INV/{inv['number']}", f"PAYMENT {inv_form(inv, 'nodash')} BEN CHGS"])
    rem = rng.choice([
        f"Dear Karoo Ridge,\nWe have today remitted {amt_txt(inv['now'], 'USD', c['country'])} in full settlement of {inv['number']}. "
        f"MT103 attached. Charges: SHA.\nRegards, Treasury",
        None,
        f"SWIFT MT103\n:20:{rid('', 12, '0123456789ABCDEF').upper()}\n:32A:{d.strftime('%y%m%d')}USD{num_plain(inv['now']).replace('.', ',')}\n:50K:/{rng.randint(10**9, 10**10 - 1)}\n{c['name'].upper()[:35]}\n:59:/{rng.randint(10**9, 10**10 - 1)}\n{OURS[c['country']].upper()[:35]}\n:70:{inv['number']}\n:71A:SHA"])
    step(d, mkpay(d, amt, "USD", payer, cid, ref, rem),
         lab("partial", "usd_wire_fees", f"{inv['number']} short by {m(fee)}: intermediary bank charges",
             "customer sent the full invoice amount; a correspondent bank took its fee in transit",
             apps=[apply(inv, amt)], short=short(inv, fee, "bank charges deducted by intermediary bank")))


DEDUCTIONS = {
    "ZA": ["damaged goods (GRN {n})", "short delivery: 2 x hydraulic hose assemblies", "price difference per quote Q-{n}",
           "returned 4 x conveyor idlers (RA {n})"],
    "KE": ["4 bags short delivered (GRN {n})", "price variance against LPO {n}", "damaged drums on delivery"],
    "NG": ["2 drums returned damaged", "late delivery penalty 2%", "shortage on waybill {n}"],
}


def sc_deduction():
    cur = pick_cur((("ZAR", 4), ("KES", 2), ("NGN", 2)))
    c = pick_cust(cur, countries=[{"ZAR": "ZA", "KES": "KE", "NGN": "NG"}[cur]])
    inv, = take(c, cur, 1)
    ctry = c["country"]
    why = rng.choice(DEDUCTIONS[ctry]).format(n=rng.randint(10000, 99999))
    ded = q(inv["now"] * D(str(rng.uniform(0.01, 0.09))))
    amt = inv["now"] - ded
    d = rand_day()
    payer, cid = payer_of(c, cur, 0.5)
    rem = remit_table(ctry, cur, c["name"], [(inv["number"], inv["now"], None), (f"Less: {why}", -ded, None)], d, amt)
    ref = {"ZA": za_ref(f"{short_word(c)} {inv_form(inv, 'invseq')}"),
           "KE": f"RTGS/{ft_ref(d)}/{short_word(c)}/{inv_form(inv, 'short')} LESS DEDN",
           "NG": f"NIP/ZENITH/{nip_session(d, '000015')}/PAYMENT FOR {inv['number']}"}[ctry]
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("partial", "short_pay_deduction", f"{inv['number']} short paid: {why}",
             "remittance states the deduction; apply what was paid and open a deduction case for the rest",
             apps=[apply(inv, amt)], short=short(inv, ded, why)))


def sc_retention():
    c = pick_cust("ZAR", countries=["ZA"], kinds=["mine", "contractor"], pred=full_open)
    inv, = take(c, "ZAR", 1, pred=full_open)
    pct = rng.choice([5, 10])
    ret = q(inv["now"] * D(pct) / 100)
    amt = inv["now"] - ret
    d = rand_day()
    payer, cid = payer_of(c, "ZAR", 0.5)
    lines = [(inv["number"], inv["issue_date"], inv["now"], ret, f"Retention {pct}% - released on final completion certificate")]
    rem, paydoc = sap_remit("ZA", "ZAR", c["name"].upper(), vendor_no(), lines, d)
    step(d, mkpay(d, amt, "ZAR", payer, cid, sap_ref(c, "ZAR", d, paydoc), rem),
         lab("partial", "retention", f"{inv['number']} paid less {pct}% retention",
             "contract retention withheld; the retained amount stays open on the invoice",
             apps=[apply(inv, amt)], short=short(inv, ret, f"retention {pct}% withheld")))


def sc_multi_deduction():
    cur = pick_cur((("ZAR", 3), ("KES", 2), ("NGN", 1), ("USD", 1)))
    c = pick_cust(cur, n=3, kinds=["mine", "manufacturer", "oil", "contractor"])
    invs = take(c, cur, 3)
    k = rng.randrange(3)
    bad = invs[k]
    why = rng.choice(DEDUCTIONS[c["country"]]).format(n=rng.randint(10000, 99999))
    ded = q(bad["now"] * D(str(rng.uniform(0.02, 0.12))))
    d = rand_day()
    lines = [(i["number"], i["issue_date"], i["now"], ded if i is bad else D(0), why if i is bad else None) for i in invs]
    amt = sum(i["now"] for i in invs) - ded
    rem, paydoc = sap_remit(c["country"], cur, c["name"].upper(), vendor_no(), lines, d)
    payer, cid = payer_of(c, cur, 0.5)
    apps = [apply(i, i["now"] - (ded if i is bad else 0)) for i in invs]
    step(d, mkpay(d, amt, cur, payer, cid, sap_ref(c, cur, d, paydoc), rem),
         lab("partial", "sap_multi_with_deduction", f"3 invoices paid, {bad['number']} short by {m(ded)}: {why}",
             "SAP advice with a deduction on one line only",
             apps=apps, short=short(bad, ded, why)))


# ---- unapplied -------------------------------------------------------------------------------
def sc_overpay(kind):
    cur = pick_cur()
    if kind == "total_not_balance":
        c = pick_cust(cur, pred=lambda i: not full_open(i))
        inv, = take(c, cur, 1, pred=lambda i: not full_open(i))
        invs = [inv]
        amt = inv["total"]
        extra = amt - inv["now"]
        lines = [(inv, inv["total"], None)]
        why = f"paid the invoice total of {inv['number']} although an earlier part payment left {m(inv['now'])} open"
    elif kind == "rounded_up":
        c = pick_cust(cur)
        inv, = take(c, cur, 1)
        invs = [inv]
        unit = {"ZAR": D(100), "KES": D(1000), "NGN": D(10000), "USD": D(10)}[cur]
        amt = ((inv["now"] / unit).to_integral_value(rounding="ROUND_CEILING") + 1) * unit
        extra = amt - inv["now"]
        lines = [(inv, amt, None)]
        why = f"{inv['number']} paid with a rounded-up amount"
    else:  # closed invoice in the list
        n = rng.choice([1, 2])
        c = pick_cust(cur, n=n)
        invs = take(c, cur, n)
        closed = closed_number(c["country"])
        extra = log_amount(cur, 0.5, 0.05)
        amt = sum(i["now"] for i in invs) + extra
        lines = [(i, i["now"], None) for i in invs] + [(closed, extra, None)]
        why = f"remittance also pays {closed}, which is not an open invoice"
    d = rand_day()
    payer, cid, ref, rem = std_text(c, invs, amt, d, cur, lines=lines, force_rem=True)
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("unapplied", "overpayment", why + f"; {m(extra)} held as unapplied cash",
             "apply the named invoices in full and hold the excess on the customer's account",
             apps=[apply(i, i["now"]) for i in invs], unapplied=extra))


def closed_number(ctry):
    mx = max(int(seq_of(i)) for i in INVOICES if i["number"].startswith(f"INV-{ctry}-26-"))
    for _ in range(500):
        n = rng.randint(5, mx)
        num = f"INV-{ctry}-26-{n:05d}"
        if num not in INV_BY_NUMBER and num not in CLOSED_USED:
            CLOSED_USED.add(num)
            return num
    raise NoPick("no closed number")


CLOSED_USED = set()


def sc_duplicate():
    cur = pick_cur()
    c = pick_cust(cur)
    inv, = take(c, cur, 1)
    d = rand_day(hi=date(2026, 4, 10))
    amt = inv["now"]
    payer, cid, ref, rem = std_text(c, [inv], amt, d, cur)
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("applied", "exact_reference", f"reference {inv['number']} and exact balance",
             "first of two payments of the same invoice", apps=[apply(inv, amt)]))
    d2 = later(d, 2, 14)
    payer2, cid2, ref2, rem2 = std_text(c, [inv], amt, d2, cur, cid_p=1.0)
    step(d2, mkpay(d2, amt, cur, payer2, cid2, ref2, rem2),
         lab("unapplied", "duplicate_payment", f"{inv['number']} was already settled by an earlier payment in this file",
             "same invoice paid twice (second run of the payment batch); hold on account, do not reopen or apply elsewhere",
             unapplied=amt))


def sc_closed_ref():
    cur = pick_cur((("ZAR", 3), ("KES", 2), ("NGN", 2)))
    ctry = {"ZAR": "ZA", "KES": "KE", "NGN": "NG"}[cur]
    c = pick_cust(cur, countries=[ctry], n=0)
    num = closed_number(ctry)
    d = rand_day()
    amt = log_amount(cur, 1.0, 0.3)
    fake = {"number": num, "now": amt}
    payer, cid = payer_of(c, cur, 1.0)
    ref = {"ZA": za_ref(f"{short_word(c)} {num.replace('INV-ZA-26-', 'INV')}"),
           "KE": f"RTGS/{ft_ref(d)}/{short_word(c)}/{num}",
           "NG": f"NIP/UBA/{nip_session(d, '000004')}/BEING PAYMENT FOR {num}"}[ctry]
    step(d, mkpay(d, amt, cur, payer, cid, ref, None),
         lab("unapplied", "reference_not_open", f"{num} is not an open invoice and the amount fits no open invoice of {c['id']}",
             "the invoice named is not in the open list (paid before, or a number of another series); hold on account",
             unapplied=amt))


def sc_on_account():
    cur = pick_cur()
    c = pick_cust(cur, n=0)
    d = rand_day()
    amt = nice_round(log_amount(cur, 1.0, 0.4), cur)
    if amt <= 0:
        raise NoPick("zero")
    payer, cid = payer_of(c, cur, 1.0)
    po = f"PO {rng.choice(['45', '46'])}000{rng.randint(10000, 99999)}"
    ctry = c["country"]
    if cur == "USD":
        ref = rng.choice([f"/RFB/ADVANCE PAYMENT {po}", "/RFB/PAYMENT ON ACCOUNT"])
    elif ctry == "ZA":
        ref = za_ref(rng.choice(["DEPOSIT " + po, "ON ACCOUNT", f"ADVANCE {po}"]))
    elif ctry == "KE":
        ref = f"RTGS/{ft_ref(d)}/{short_word(c)}/ADVANCE PAYMENT {po.replace('PO', 'LPO')}"
    else:
        ref = f"NIP/ACCESS/{nip_session(d, '000014')}/BEING DEPOSIT FOR {po}"
    step(d, mkpay(d, amt, cur, payer, cid, ref, None),
         lab("unapplied", "payment_on_account", "advance or deposit from a known customer; fits no open invoice",
             "round-sum advance against a purchase order; nothing invoiced yet, hold on account",
             unapplied=amt))


RATES = {"ZAR": (D("18.20"), D("18.95")), "KES": (D("128.90"), D("129.80")), "NGN": (D("1480"), D("1620"))}


def sc_cross_currency():
    c = pick_cust("USD", cpred=lambda c: c["country"] in ("ZA", "KE", "NG"))
    inv, = take(c, "USD", 1)
    loc = LOCAL[c["country"]]
    lo, hi = RATES[loc]
    rate = q(lo + (hi - lo) * D(str(rng.random())))
    amt = q(inv["now"] * rate)
    d = rand_day()
    payer, _ = payer_of(c, loc, 0)
    ctry = c["country"]
    ref = {"ZA": za_ref(f"{inv_form(inv, 'full')}"), "KE": f"RTGS/{ft_ref(d)}/{short_word(c)}/{inv['number']} USD EQUIV",
           "NG": f"NIP/GTB/{nip_session(d, '000013')}/BEING NAIRA EQUIVALENT OF {inv['number']}"}[ctry]
    rem = (f"Payment of {amt_txt(amt, loc, ctry)} being the {loc} equivalent of {amt_txt(inv['now'], 'USD', ctry)} "
           f"for invoice {inv['number']} at {num_en(rate)}.")
    step(d, mkpay(d, amt, loc, payer, c["id"], ref, rem),
         lab("unapplied", "cross_currency", f"{inv['number']} is a USD invoice; a {loc} payment cannot be applied to it",
             "never across currencies: the customer converted the USD invoice itself; hold the local-currency cash on account for an FX decision",
             unapplied=amt))


def sc_usd_mixed():
    c = pick_cust("USD", countries=["NG"], cpred=lambda c: "NGN" in c["currencies"] and len(free_invs(c, "NGN")) >= 1)
    u, = take(c, "USD", 1)
    n, = take(c, "NGN", 1)
    d = rand_day()
    amt = u["now"]
    payer, cid = payer_of(c, "USD", 0.5)
    ref = f"/RFB/{u['number']} USD PORTION"
    rem = (f"PAYMENT ADVICE\nUSD component: {u['number']}  USD {num_en(u['now'])}  - remitted by SWIFT today\n"
           f"Naira component: {n['number']}  NGN {num_en(n['now'])}  - to be paid locally by NIP\n"
           f"Total remitted in this transfer: USD {num_en(amt)}")
    step(d, mkpay(d, amt, "USD", payer, cid, ref, rem),
         lab("applied", "mixed_currency_advice", f"USD transfer applied to the USD invoice {u['number']} only",
             "the advice also names a NGN invoice that is paid separately; never apply across currencies",
             apps=[apply(u, amt)]))


# ---- decoys that still apply -----------------------------------------------------------------
def other_seq(ctry, exclude_cust):
    pool = [i for i in INVOICES if i["number"].startswith(f"INV-{ctry}-26-") and i["customer_id"] != exclude_cust["id"]]
    return seq_of(rng.choice(pool))


def sc_decoy_po():
    cur = pick_cur((("ZAR", 2), ("KES", 2), ("NGN", 1)))
    ctry = {"ZAR": "ZA", "KES": "KE", "NGN": "NG"}[cur]
    c = pick_cust(cur, countries=[ctry])
    inv, = take(c, cur, 1)
    own = {seq_of(i) for i in INV_OF[c["id"]]}
    s = other_seq(ctry, c)
    if s in own:
        raise NoPick("own seq")
    d = rand_day()
    amt = inv["now"]
    payer, cid = payer_of(c, cur, 0.7)
    ref = {"ZA": za_ref(f"PO {s} {short_word(c)}"), "KE": f"RTGS/{ft_ref(d)}/{short_word(c)}/LPO NO {s}",
           "NG": f"NIP/FIDELITY/{nip_session(d, '000007')}/PAYMENT PO NO {s}"}[ctry]
    step(d, mkpay(d, amt, cur, payer, cid, ref, None),
         lab("applied", "po_number_decoy", f"PO {s} is the customer's order number; amount equals exactly one open invoice ({inv['number']})",
             f"the PO digits {s} look like our invoice INV-{ctry}-26-{s} of another customer; amount fits this customer's invoice only",
             apps=[apply(inv, amt)]))


def etims_cu(seq):
    return f"KRACU0{rng.choice(['1', '3'])}000{rng.randint(10000, 99999)}/{seq}"


def sc_decoy_etims():
    c = pick_cust("KES", countries=["KE"], n=2)
    inv, = take(c, "KES", 1)
    others = [i for i in INV_OF[c["id"]] if i is not inv and i["currency"] == "KES"]
    s = seq_of(rng.choice(others)) if others and rng.random() < 0.6 else other_seq("KE", c)
    cu = etims_cu(s)
    d = rand_day()
    amt = inv["now"]
    payer, cid = payer_of(c, "KES", 0.5)
    lines = [(f"{inv['number']} (CU {cu})", inv["now"], None)]
    rem = remit_table("KE", "KES", c["name"], lines, d, amt,
                      extra=f"eTIMS CU Invoice No: {cu}\nKRA PIN: P05{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHJK')}")
    ref = rng.choice([f"RTGS/{ft_ref(d)}/{short_word(c)}/{inv_form(inv, 'short')}",
                      f"EFT {rng.choice(KE_BANKS)} {inv_form(inv, 'nodash')} CU {cu}"])
    step(d, mkpay(d, amt, "KES", payer, cid, ref, rem),
         lab("applied", "etims_decoy", f"our invoice {inv['number']} is named; the eTIMS CU number ends in {s}",
             "KRA eTIMS control-unit number ends in digits that look like another invoice number; our own invoice number is given and the amount matches",
             apps=[apply(inv, amt)]))


def sc_etims_only():
    c = pick_cust("KES", countries=["KE"], kinds=["manufacturer"])
    inv, = take(c, "KES", 1)
    own = {seq_of(i) for i in INV_OF[c["id"]]}
    s = other_seq("KE", c)
    if s in own:
        raise NoPick("own")
    cu = etims_cu(s)
    d = rand_day()
    amt = inv["now"]
    payer, _ = payer_of(c, "KES", 0)
    ref = rng.choice([f"RTGS/{ft_ref(d)}/{short_word(c)}/CU INV {cu}", f"ETIMS {cu} PAYMENT"])
    step(d, mkpay(d, amt, "KES", payer, c["id"], ref, None),
         lab("applied", "etims_only", f"only an eTIMS CU number is quoted; customer {c['id']} known and amount equals exactly one open invoice ({inv['number']})",
             f"the CU number's tail /{s} is not one of this customer's invoices (it matches another customer's INV-KE-26-{s})",
             apps=[apply(inv, amt)]))


def sc_trunc_second():
    c = pick_cust("ZAR", countries=["ZA"], n=2)
    a, b = take(c, "ZAR", 2)
    d = rand_day()
    amt = a["now"] + b["now"]
    ref = za_ref(f"{a['number']} {b['number']}")
    payer, _ = payer_of(c, "ZAR", 0)
    step(d, mkpay(d, amt, "ZAR", payer, c["id"], ref, None),
         lab("applied", "truncated_reference", f"20-character reference cut the second number; {a['number']} plus {b['number']} is the only fit",
             "beneficiary reference truncated by the bank after 'INV-'; the amount is exactly the first invoice plus one more open invoice of the customer",
             apps=[apply(a, a["now"]), apply(b, b["now"])]))


def sc_amount_like_invoice():
    c = pick_cust("ZAR", countries=["ZA"], pred=full_open)
    inv, = take(c, "ZAR", 1, pred=full_open)
    own = {int(seq_of(i)) for i in INV_OF[c["id"]]}
    pool = [i for i in INVOICES if i["number"].startswith("INV-ZA-25-") and i["customer_id"] != c["id"]
            and int(seq_of(i)) not in own]
    other = rng.choice(pool)
    x = int(seq_of(other))
    set_amount(inv, D(x))
    d = rand_day()
    payer, cid = payer_of(c, "ZAR", 0.6)
    ref = za_ref(rng.choice([f"R{x} {short_word(c)}", f"{short_word(c)} R{x}.00", f"R {x} KRIS"]))
    step(d, mkpay(d, D(x), "ZAR", payer, cid, ref, None),
         lab("applied", "amount_like_invoice", f"'{x}' in the reference is the amount paid (R {x},00), which equals exactly one open invoice ({inv['number']})",
             f"the rand amount in the reference looks like invoice {other['number']} of another customer",
             apps=[apply(inv, D(x))]))


def twin_pairs():
    out = []
    seen = set()
    for c in CUSTOMERS:
        if c["twin_of"] and c["id"] not in seen:
            o = CUST_BY_ID[c["twin_of"]]
            seen |= {c["id"], o["id"]}
            out.append((c, o))
    return out


def common_upper(a, b):
    x, y = a.upper(), b.upper()
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    return x[:k].rstrip(" (&")


def sc_twin_name_ref():
    ca, cb = rng.choice([p for p in twin_pairs() if free_invs(p[0], p[0]["currencies"][0]) and free_invs(p[1], p[1]["currencies"][0])])
    c = rng.choice([ca, cb])
    cur = c["currencies"][0]
    inv, = take(c, cur, 1)
    d = rand_day()
    amt = inv["now"]
    payer = common_upper(ca["name"], cb["name"])
    _, _, ref, rem = std_text(c, [inv], amt, d, cur, force_rem=False)
    step(d, mkpay(d, amt, cur, payer, None, ref, rem),
         lab("applied", "ambiguous_name_with_reference", f"payer name fits two customers but the reference names {inv['number']}; exact balance",
             "truncated payer name is a prefix of two customers' names; the invoice number settles it",
             apps=[apply(inv, amt)]))


def sc_typo_ref():
    cur = pick_cur((("ZAR", 2), ("KES", 1), ("NGN", 1)))
    ctry = {"ZAR": "ZA", "KES": "KE", "NGN": "NG"}[cur]
    c = pick_cust(cur, countries=[ctry])
    inv, = take(c, cur, 1)
    s = seq_of(inv)
    t = s[:3] + s[4] + s[3]
    bad = f"INV-{ctry}-26-{t}"
    if t == s or any(x["number"].startswith(f"INV-{ctry}-") and x["number"].endswith(t) for x in INVOICES):
        raise NoPick("typo exists")
    d = rand_day()
    amt = inv["now"]
    payer, _ = payer_of(c, cur, 0)
    ref = {"ZA": za_ref(f"INV{t} {short_word(c)}"), "KE": f"RTGS/{ft_ref(d)}/{short_word(c)}/INV {ctry}-26-{t}",
           "NG": f"NIP/STANBIC/{nip_session(d, '000012')}/BEING PAYMENT FOR INV {t}"}[ctry]
    step(d, mkpay(d, amt, cur, payer, c["id"], ref, None),
         lab("applied", "transposed_reference", f"reference {t} does not exist; customer known and amount equals exactly {inv['number']} ({s})",
             "last two digits swapped in the reference; no invoice carries the typed number and the amount fits one open invoice",
             apps=[apply(inv, amt)]))


# ---- review ----------------------------------------------------------------------------------
def sc_twin_amount():
    cur = pick_cur()
    c = pick_cust(cur, n=2, pred=full_open)
    a, b = take(c, cur, 2, pred=full_open)
    set_amount(b, a["now"])
    d = rand_day()
    amt = a["now"]
    payer, cid = payer_of(c, cur, 0.6)
    ref = generic_ref(c, d, cur) if rng.random() < 0.6 else {
        "ZAR": "MONTHLY HIRE", "KES": f"RTGS/{ft_ref(d)}/{short_word(c)}/MONTHLY SERVICE",
        "NGN": f"NIP/UBA/{nip_session(d, '000004')}/BEING PAYMENT FOR MONTHLY RENTAL", "USD": "/RFB/MONTHLY RENTAL"}[cur]
    cs = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
    step(d, mkpay(d, amt, cur, payer, cid, ref, None),
         lab("review", "equal_amount_invoices", f"two open invoices of the customer have exactly this balance ({a['number']}, {b['number']}); no reference picks one",
             "recurring same-value invoices (monthly hire/rental); either could be meant",
             unapplied=amt, cands=[[cs[0]], [cs[1]]], ranked=False))


def sc_unknown(kind):
    cur = pick_cur()
    d = rand_day()
    payer = rng.choice(UNKNOWN_PAYERS[cur])
    ref = rng.choice([None, "PAYMENT", "INVOICE PAYMENT", f"DEP {rng.randint(1000, 9999)}"])
    if kind == "multi":
        c1 = pick_cust(cur, pred=full_open)
        a, = take(c1, cur, 1, pred=full_open)
        c2 = pick_cust(cur, pred=full_open, cpred=lambda c: c is not c1)
        b, = take(c2, cur, 1, pred=full_open)
        set_amount(b, a["now"])
        amt = a["now"]
        step(d, mkpay(d, amt, cur, payer, None, ref, None),
             lab("review", "unknown_payer_two_customers", "payer unknown; the amount equals open invoices of two different customers",
                 "cash deposit/individual with no usable reference; two customers each have an invoice of exactly this amount",
                 unapplied=amt, cands=[[a], [b]], ranked=False))
    elif kind == "single":
        c1 = pick_cust(cur)
        a, = take(c1, cur, 1)
        amt = a["now"]
        step(d, mkpay(d, amt, cur, payer, None, ref, None),
             lab("review", "unknown_payer_one_match", f"payer unknown; the amount equals only {a['number']} of {a['customer_id']}, but nothing ties the payer to that customer",
                 "an exact amount alone, from a payer we cannot identify, is a candidate, not a match",
                 unapplied=amt, cands=[[a]], ranked=True))
    else:
        amt = log_amount(cur, 1.0, 0.2)
        step(d, mkpay(d, amt, cur, payer, None, ref, None),
             lab("review", "unknown_payer_no_match", "payer unknown and the amount fits no open invoice",
                 "nothing to go on: no customer, no reference, no amount match; goes to suspense for investigation",
                 unapplied=amt, cands=[], ranked=True))


def sc_ref_conflict():
    cur = pick_cur((("ZAR", 3), ("KES", 2), ("NGN", 2), ("USD", 1)))
    c = pick_cust(cur, n=2)
    a, b = take(c, cur, 2)
    if a["now"] == b["now"]:
        raise NoPick("equal")
    if rng.random() < 0.5:
        a, b = b, a
    # reference names a, amount is b's balance
    d = rand_day()
    amt = b["now"]
    payer, cid, ref, rem = std_text(c, [a], amt, d, cur, force_rem=False, cid_p=0.7)
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("review", "reference_amount_conflict", f"reference names {a['number']} (balance {m(a['now'])}) but the amount equals {b['number']}",
             "either a wrong invoice number or a part payment that happens to equal another invoice; ask the customer",
             unapplied=amt, cands=[[b], [a]], ranked=False))


def sc_third_party():
    cur = pick_cur((("ZAR", 2), ("KES", 1), ("NGN", 1)))
    ctry = {"ZAR": "ZA", "KES": "KE", "NGN": "NG"}[cur]
    y = pick_cust(cur, countries=[ctry])
    inv, = take(y, cur, 1)
    x = pick_cust(cur, countries=[ctry], n=0, cpred=lambda c: c is not y and c["name"].split()[0] != y["name"].split()[0])
    d = rand_day()
    amt = inv["now"]
    payer, _ = payer_of(x, cur, 0)
    ref = {"ZA": za_ref(inv_form(inv, "full")), "KE": f"RTGS/{ft_ref(d)}/{short_word(x)}/{inv['number']}",
           "NG": f"NIP/FCMB/{nip_session(d, '000003')}/BEING PAYMENT FOR {inv['number']}"}[ctry]
    step(d, mkpay(d, amt, cur, payer, x["id"], ref, None),
         lab("review", "third_party_payment", f"paid by {x['id']} but {inv['number']} belongs to {y['id']}",
             "reference and amount fit another customer's invoice; confirm the payer is paying on that customer's behalf before applying",
             unapplied=amt, cands=[[inv]], ranked=True))


def sc_two_subsets():
    cur = pick_cur()
    c = pick_cust(cur, n=3, pred=full_open)
    a, b, cc = take(c, cur, 3, pred=full_open)
    set_amount(cc, a["now"] + b["now"])
    d = rand_day()
    amt = cc["now"]
    payer, cid = payer_of(c, cur, 1.0)
    step(d, mkpay(d, amt, cur, payer, cid, generic_ref(c, d, cur), None),
         lab("review", "two_invoice_sets", f"amount equals {cc['number']} alone and also {a['number']} + {b['number']}",
             "two different sets of open invoices add up to the payment; no reference",
             unapplied=amt, cands=[[cc], [a, b]], ranked=False))


def sc_twin_name_noref():
    ca, cb = rng.choice([p for p in twin_pairs() if free_invs(p[0], p[0]["currencies"][0], full_open) and free_invs(p[1], p[1]["currencies"][0], full_open)])
    cur = ca["currencies"][0]
    a, = take(ca, cur, 1, pred=full_open)
    b, = take(cb, cur, 1, pred=full_open)
    set_amount(b, a["now"])
    d = rand_day()
    amt = a["now"]
    payer = common_upper(ca["name"], cb["name"])
    step(d, mkpay(d, amt, cur, payer, None, generic_ref(ca, d, cur), None),
         lab("review", "ambiguous_name_no_reference", "payer name fits two customers and each has an invoice of exactly this amount",
             "truncated name is a prefix of both customers' names; no reference",
             unapplied=amt, cands=[[a], [b]], ranked=False))


def sc_multi_part():
    cur = pick_cur()
    c = pick_cust(cur, n=3)
    invs = take(c, cur, 3)
    tot = sum(i["now"] for i in invs)
    amt = nice_round(tot * D(str(rng.uniform(0.35, 0.65))), cur)
    if not (0 < amt < tot):
        raise NoPick("bad")
    if any(i["now"] == amt for i in invs):
        raise NoPick("eq")
    d = rand_day()
    word = "PART PAYMENT"
    payer, cid, ref, rem = std_text(c, invs, amt, d, cur, word=word, force_rem=False)
    if c["country"] == "ZA" and cur == "ZAR":
        ref = za_ref("PART " + "/".join(str(int(seq_of(i))) for i in invs))
    rem = f"Part payment of {amt_txt(amt, cur, c['country'])} towards invoices {', '.join(i['number'] for i in invs)}. Balance to follow."
    step(d, mkpay(d, amt, cur, payer, cid, ref, rem),
         lab("review", "part_payment_unallocated", "part payment across three invoices with no split given",
             "which invoices it closes is a choice (oldest first? pro rata?); ask or let a person decide",
             unapplied=amt, cands=[invs], ranked=True))


# --------------------------------------------------------------------------------------------
# Stage 4: plan, bad rows, replay check, output
# --------------------------------------------------------------------------------------------
PLAN_FIRST = [
    (sc_lump, (), 8),
    (sc_twin_name_ref, (), 3),
    (sc_twin_name_noref, (), 3),
    (sc_range, (), 7),
]
PLAN = [
    (sc_exact_single, ("ZA",), 38), (sc_exact_single, ("KE",), 16), (sc_exact_single, ("NG",), 20),
    (sc_exact_single, ("USD",), 10),
    (sc_mpesa_inv, (), 14), (sc_mpesa_acc, (), 5),
    (sc_multi_list, (), 24), (sc_sap_exact, (), 14), (sc_amount_only, (), 22),
    (sc_part, (True,), 10), (sc_part, (False,), 8),
    (sc_wht_ng, (), 14), (sc_wvat_ke, (), 10), (sc_county_pv, (), 8), (sc_usd_fees, (), 10),
    (sc_deduction, (), 8), (sc_retention, (), 3), (sc_multi_deduction, (), 4),
    (sc_overpay, ("total_not_balance",), 5), (sc_overpay, ("rounded_up",), 5), (sc_overpay, ("closed",), 4),
    (sc_duplicate, (), 8), (sc_closed_ref, (), 6), (sc_on_account, (), 7), (sc_cross_currency, (), 4),
    (sc_usd_mixed, (), 3),
    (sc_decoy_po, (), 5), (sc_decoy_etims, (), 6), (sc_etims_only, (), 3), (sc_trunc_second, (), 2),
    (sc_typo_ref, (), 3), (sc_amount_like_invoice, (), 3),
    (sc_twin_amount, (), 14), (sc_unknown, ("multi",), 5), (sc_unknown, ("single",), 5),
    (sc_unknown, ("none",), 3), (sc_ref_conflict, (), 8), (sc_third_party, (), 4), (sc_two_subsets, (), 4),
    (sc_multi_part, (), 3),
]


def run_plan():
    tasks = []
    for fn, args, n in PLAN:
        tasks += [(fn, args)] * n
    rng.shuffle(tasks)
    skipped = []
    for fn, args in [(f, a) for f, a, n in PLAN_FIRST for _ in range(n)] + tasks:
        for attempt in range(20):
            try:
                fn(*args)
                break
            except NoPick as e:
                last = e
        else:
            skipped.append((fn.__name__, args, str(last)))
    return skipped


def build_payments():
    STEPS.sort(key=lambda s: (s["date"], s["order"]))
    rows = []
    for s in STEPS:
        p, l = dict(s["pay"]), dict(s["lab"])
        p["id"] = uid("pmt_", 10)
        l["payment_id"] = p["id"]
        rows.append((p, l))
    # ~10 bad-input rows at seeded positions
    bad = []
    n = len(rows)
    slots = sorted(rng.sample(range(20, n - 5), 10))

    def err(p, text, scen, note):
        return (p, {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None,
                    "short_pay": None, "candidates": [], "reason": text, "error": text, "scenario": scen,
                    "note": note, "_checks": {}})

    def near(k):
        return rows[k][0]["date"]

    specs = []
    # 1-2 negative amounts
    specs.append(lambda k: err(mkpay_raw(near(k), "-48250.00", "ZAR", "STD BANK REVERSAL", None, "RTD UNPAID DEBIT ORDER", None),
                               "negative amount", "bad_negative_amount", "a returned/reversed item appears as a negative receipt"))
    specs.append(lambda k: err(mkpay_raw(near(k), "-1350.00", "KES", "EQUITY BANK CHARGES", None, "LEDGER FEE MARCH", None),
                               "negative amount", "bad_negative_amount", "bank fee debit in the receipts file"))
    # 3-4 currencies no invoice has
    specs.append(lambda k: err(mkpay_raw(near(k), "86400.00", "GHS", "TEMA MINING SUPPLIES LTD", None, "INV-GH-26-00031", None),
                               "currency GHS: no open invoice in this currency", "bad_currency", "Ghana cedi receipt; we keep no GHS book"))
    specs.append(lambda k: err(mkpay_raw(near(k), "12500.00", "EUR", "BERGBAU TECHNIK GMBH", None, "/RFB/RE 2026-114", None),
                               "currency EUR: no open invoice in this currency", "bad_currency", "EUR receipt from a supplier refund; no EUR book"))
    # 5-6 duplicate ids
    specs.append("dup_same")
    specs.append("dup_diff")
    # 7-8 malformed amounts
    specs.append(lambda k: err(mkpay_raw(near(k), "1O2,450.00", "ZAR", "WITBANK PLANT HIRE", None, "INV00214", None),
                               "malformed amount '1O2,450.00'", "bad_malformed_amount", "letter O typed for a zero"))
    specs.append(lambda k: err(mkpay_raw(near(k), "N/A", "NGN", "APAPA HARDWARE DISTRIB", None, "NIP/UBA/BEING PAYMENT", None),
                               "malformed amount 'N/A'", "bad_malformed_amount", "amount column not filled"))
    # 9-10 missing dates
    specs.append(lambda k: err(mkpay_raw(None, "245000.00", "KES", "NAKURU FOUNDRY LTD", None, "RTGS/PAYMENT", None),
                               "missing date", "bad_missing_date", "date is null"))
    specs.append(lambda k: err(mkpay_raw("", "18900.00", "ZAR", "KRIEL ELECTRICAL CONTR", None, "INV 5521", None),
                               "missing date", "bad_missing_date", "date is an empty string"))
    rng.shuffle(specs)
    inserts = []
    for k, sp in zip(slots, specs):
        if sp == "dup_same":
            src_k = rng.randint(max(0, k - 15), k - 1)
            p = dict(rows[src_k][0])
            p["date"] = near(k)
            inserts.append((k, err(p, f"duplicate payment id {p['id']} (already in the file)", "bad_duplicate_id",
                                   "the bank re-sent a row: same id, amount, payer and reference as an earlier row")))
        elif sp == "dup_diff":
            src_k = rng.randint(max(0, k - 15), k - 1)
            src = rows[src_k][0]
            p = mkpay_raw(near(k), "7300.00", src["currency"], "UNKNOWN", None, "PAYMENT", None)
            p["id"] = src["id"]
            inserts.append((k, err(p, f"duplicate payment id {p['id']} (already in the file)", "bad_duplicate_id",
                                   "id collision: a different receipt reuses an earlier id")))
        else:
            r = sp(k)
            inserts.append((k, r))
    out = []
    ins = {}
    for k, r in inserts:
        ins.setdefault(k, []).append(r)
    for k, r in enumerate(rows):
        for x in ins.get(k, []):
            out.append(x)
        out.append(r)
    return out


def mkpay_raw(d, amount, cur, payer, cid, ref, rem):
    p = {"id": uid("pmt_", 10), "date": d, "amount": amount, "currency": cur, "payer_name": payer,
         "customer_id": cid, "reference": ref, "remittance": rem}
    return p


def replay_check(invs, pays, labs):
    """Replay labels in order: sums, zero floor, currency, status shape."""
    bal = {i["id"]: D(i["balance"]) for i in invs}
    cur = {i["id"]: i["currency"] for i in invs}
    currencies = set(cur.values())
    seen = set()
    problems = []
    for p, l in zip(pays, labs):
        pid = p["id"]
        if l["payment_id"] != pid:
            problems.append(f"{pid}: label id mismatch")
        if l["status"] == "error":
            seen.add(pid)
            continue
        if pid in seen:
            problems.append(f"{pid}: duplicate id not labelled error")
        seen.add(pid)
        if p["currency"] not in currencies or not p["date"]:
            problems.append(f"{pid}: bad input not labelled error")
        amt = D(p["amount"])
        tot = D(0)
        for a in l["applications"]:
            iid, x = a["invoice_id"], D(a["amount"])
            if cur[iid] != p["currency"]:
                problems.append(f"{pid}: cross-currency application")
            if x <= 0 or x > bal[iid]:
                problems.append(f"{pid}: application {x} exceeds balance {bal[iid]} of {iid}")
            bal[iid] -= x
            tot += x
        un = D(l["unapplied"])
        if tot + un != amt:
            problems.append(f"{pid}: applications {tot} + unapplied {un} != {amt}")
        st = l["status"]
        if st == "applied" and (un != 0 or not l["applications"] or l["short_pay"] or l["candidates"]):
            problems.append(f"{pid}: applied shape")
        if st == "partial":
            if un != 0 or not l["applications"]:
                problems.append(f"{pid}: partial shape")
            if not any(bal[a["invoice_id"]] > 0 for a in l["applications"]):
                problems.append(f"{pid}: partial leaves nothing open")
            sp = l["short_pay"]
            if sp and (sp["invoice_id"] not in [a["invoice_id"] for a in l["applications"]] or D(sp["amount"]) > bal[sp["invoice_id"]]):
                problems.append(f"{pid}: short pay wrong")
        if st == "unapplied" and (un <= 0 or l["short_pay"] or l["candidates"]):
            problems.append(f"{pid}: unapplied shape")
        if st == "review":
            if l["applications"] or un != amt:
                problems.append(f"{pid}: review shape")
            for cset in l["candidates"]:
                for iid in cset["invoice_ids"]:
                    if cur[iid] != p["currency"] or bal[iid] <= 0:
                        problems.append(f"{pid}: bad candidate {iid}")
    return problems


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    build_customers()
    build_invoices()
    index_invoices()
    skipped = run_plan()
    if skipped:
        raise SystemExit(f"skipped scenarios: {skipped}")
    rows = build_payments()
    invs = [public_invoice(i) for i in sorted(INVOICES, key=lambda i: i["id"])]
    pays = [p for p, _ in rows]
    labs = []
    for _, l in rows:
        l = {k: v for k, v in l.items() if k != "_checks"}
        labs.append(l)
    probs = replay_check(invs, pays, labs)
    if probs:
        raise SystemExit("replay problems:\n" + "\n".join(probs))
    os.makedirs(OUT, exist_ok=True)
    write_json(os.path.join(OUT, "invoices.json"), invs)
    write_json(os.path.join(OUT, "payments.json"), pays)
    write_json(os.path.join(OUT, "labels.json"), labs)
    write_readme(invs, pays, labs)
    print(f"invoices {len(invs)}, customers {len(CUSTOMERS)}, payments {len(pays)}")


SCEN_DOC = {
    "exact_reference": "reference names one invoice; amount = its open balance (EFT 20-char refs, RTGS, NIP, SWIFT)",
    "mpesa_invoice_account": "M-Pesa Paybill by an individual; account field = invoice number",
    "mpesa_customer_account": "M-Pesa Paybill; account field = customer number; amount fits one open invoice",
    "invoice_list": "several invoice numbers (lists, slashes, prefix once) in reference or remittance; sum matches",
    "invoice_range": "range of consecutive invoice numbers (\"INV 412-415\", \"... TO 00415\")",
    "sap_remittance": "SAP payment advice; bank reference is only the payer's payment document",
    "amount_only": "no invoice number; customer known (id or unique payer name); amount fits one open invoice and no combination",
    "statement_lump": "lump equal to all open invoices of the customer, no numbers",
    "part_payment_balance": "second instalment equals what an earlier part payment in this file left open",
    "mixed_currency_advice": "USD wire whose advice also names a NGN invoice paid separately",
    "po_number_decoy": "PO/LPO number that looks like another customer's invoice number; amount fits one invoice",
    "etims_decoy": "KRA eTIMS CU number whose tail looks like an invoice number; our number also given",
    "etims_only": "only an eTIMS CU number quoted; customer known; amount fits one invoice",
    "truncated_reference": "20-char ZA reference cut the second invoice number; the amount fits exactly the first + one more",
    "ambiguous_name_with_reference": "payer name fits two customers; the invoice number decides",
    "transposed_reference": "reference digits transposed to a number that does not exist; customer known; amount fits one invoice",
    "amount_like_invoice": "rand amount written in the reference looks like another customer's invoice number",
    "part_payment": "stated part payment; invoice stays open; no short-pay case",
    "withholding_tax_ng": "Nigerian WHT 5%/10% of the VAT-exclusive value deducted; short pay",
    "withholding_vat_ke": "Kenyan withholding VAT 2% of the taxable value deducted (SAP advice); short pay",
    "county_payment_voucher": "Kenyan county government IFMIS payment voucher less 2% withholding VAT; short pay",
    "usd_wire_fees": "USD wire arrives short by intermediary bank charges; short pay",
    "short_pay_deduction": "remittance deducts damaged goods / short delivery / price difference; short pay",
    "retention": "ZA contract retention 5%/10% withheld; short pay",
    "sap_multi_with_deduction": "SAP advice for three invoices with a deduction on one line; short pay on that one",
    "overpayment": "named invoices paid in full and an excess held unapplied (total instead of balance, rounded up, a closed invoice in the list)",
    "duplicate_payment": "second payment of an invoice already settled earlier in this file",
    "reference_not_open": "names an invoice number that is not open; amount fits nothing; known customer",
    "payment_on_account": "advance/deposit against a PO; known customer; fits nothing",
    "cross_currency": "local-currency payment quoting a USD invoice; never applied across currencies",
    "equal_amount_invoices": "two open invoices of the customer with the same balance; no reference",
    "unknown_payer_two_customers": "unidentifiable payer; amount equals invoices of two customers",
    "unknown_payer_one_match": "unidentifiable payer; amount equals one invoice in the whole ledger",
    "unknown_payer_no_match": "unidentifiable payer; amount fits nothing",
    "reference_amount_conflict": "reference names one invoice, amount equals another of the same customer",
    "third_party_payment": "a customer pays another customer's invoice",
    "two_invoice_sets": "amount equals one invoice and also the sum of two others",
    "ambiguous_name_no_reference": "payer name fits two customers, each with an invoice of this amount",
    "part_payment_unallocated": "part payment across three invoices with no split",
    "bad_negative_amount": "negative amount",
    "bad_currency": "currency no invoice has (GHS, EUR)",
    "bad_duplicate_id": "payment id already used earlier in the file",
    "bad_malformed_amount": "amount that is not a decimal string",
    "bad_missing_date": "date null or empty",
}


def write_readme(invs, pays, labs):
    from collections import Counter
    st = Counter(l["status"] for l in labs)
    sc = Counter((l["scenario"], l["status"]) for l in labs)
    cur_p = Counter(p["currency"] for p in pays)
    cur_i = Counter(i["currency"] for i in invs)
    cty = Counter(c["country"] for c in CUSTOMERS)
    kinds = Counter(c["kind"] for c in CUSTOMERS)
    stcur = Counter((l["status"], p["currency"]) for p, l in zip(pays, labs))
    partial_inv = sum(1 for i in invs if i["balance"] != i["total"])
    nid = sum(1 for p in pays if p["customer_id"])
    nrem = sum(1 for p in pays if p["remittance"])
    L = []
    w = L.append
    w("# Blind cash-application set: Karoo Ridge Industrial Supplies")
    w("")
    w("Held-out test data for the `match` command of `contracts/cash-application.md`, written from the contract")
    w("alone (the engine was never seen). Generated by `build.py` (stdlib only, seeded; it rewrites every file")
    w("byte for byte). `check.py` replays the labels and re-verifies every claim; run `python3 build.py && python3 check.py`.")
    w("")
    w("## Theme")
    w("")
    w("Karoo Ridge Industrial Supplies is a made-up distributor of mining and industrial supplies (hoses, conveyor")
    w("parts, drilling consumables, PPE, valves) with three entities and four books: ZAR (South Africa), KES")
    w("(Kenya), NGN (Nigeria) and USD (mostly Nigerian oil-service work, plus a few Kenyan EPZ and South African")
    w("cross-border customers). Customers are South African mines and mining contractors, Kenyan manufacturers and")
    w("county governments, Nigerian oil-service companies and distributors. All names, ids, PINs, M-Pesa codes and")
    w("NIBSS session ids are invented.")
    w("")
    w(f"Customers: {len(CUSTOMERS)} (" + ", ".join(f"{k} {v}" for k, v in sorted(cty.items())) + "; " +
      ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ").")
    w(f"Four pairs of customers have names where one bank-truncated payer name fits both (e.g. \"Mogale Engineering (Pty) Ltd\" / \"Mogale Engineering Services CC\").")
    w("")
    w("## Files (`ledger_karooridge/`)")
    w("")
    w(f"| file | rows | format |")
    w("|---|---|---|")
    w(f"| `invoices.json` | {len(invs)} | contract's INVOICES.json: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date` |")
    w(f"| `payments.json` | {len(pays)} | contract's PAYMENTS.json, oldest first: `id, date, amount, currency, payer_name, customer_id, reference, remittance` |")
    w(f"| `labels.json` | {len(labs)} | one expected MATCHES entry per payment, same order, plus `scenario`, `note` (and `candidates_ranked`, `error`, see below) |")
    w("")
    w("Open invoices per currency: " + ", ".join(f"{k} {v}" for k, v in sorted(cur_i.items())) +
      f". {partial_inv} invoices have a balance below their total (earlier part payments).")
    w("Invoice numbers: `INV-ZA-26-00412` style (`INV-<entity>-<yy>-<seq>`); 2025 invoices use sequence 03000+ and")
    w("2026 invoices 00001+, so a sequence number is unique inside an entity, but the same five digits recur across")
    w("ZA, KE and NG. USD invoices use the number series of the entity that issued them.")
    w("")
    w("Payments per currency: " + ", ".join(f"{k} {v}" for k, v in sorted(cur_p.items(), key=lambda x: str(x[0]))) +
      f". {nid} carry a `customer_id`; {nrem} carry a remittance text; dates {min(p['date'] for p in pays if p['date'])} to {max(p['date'] for p in pays if p['date'])}.")
    w("")
    w("## Counts per status")
    w("")
    w("| status | count | ZAR | KES | NGN | USD | other |")
    w("|---|---|---|---|---|---|---|")
    for s_ in ["applied", "partial", "unapplied", "review", "error"]:
        row = [stcur[(s_, c)] for c in ["ZAR", "KES", "NGN", "USD"]]
        other = st[s_] - sum(row)
        w(f"| `{s_}` | {st[s_]} | " + " | ".join(str(x) for x in row) + f" | {other} |")
    w("")
    w("## Scenarios")
    w("")
    w("| scenario | status | count | what it is |")
    w("|---|---|---|---|")
    order = {"applied": 0, "partial": 1, "unapplied": 2, "review": 3, "error": 4}
    for (name, s_), n in sorted(sc.items(), key=lambda x: (order[x[0][1]], -x[1], x[0][0])):
        w(f"| `{name}` | {s_} | {n} | {SCEN_DOC.get(name, '')} |")
    w("")
    w("## Conventions where the contract is silent")
    w("")
    for line in [
        "**Customer identification.** `customer_id` when the bank gives it; otherwise a payer name that, upper-cased, "
        "cut by the bank and ignoring legal-form words (PTY, LTD, LIMITED, PLC, CC, NIG, NIGERIA, RF, EPZ), is the start "
        "of exactly one customer's name; otherwise the invoice numbers in the text. M-Pesa payers are individuals; their "
        "account field names an invoice or a customer number.",
        "**Apply only when sure.** Applied when the text names the invoices and the amounts agree, or when the customer is "
        "known and the amount equals exactly one set of its open invoices (checked over every set of up to three "
        "invoices plus the set of all open invoices). An exact amount from a payer nobody can identify is `review`, "
        "even when only one invoice in the ledger has that balance.",
        "**`review`**: `applications` is `[]` and `unapplied` equals the whole amount, so the contract's sum rule "
        "holds. `candidates` is a list of objects `{\"invoice_ids\": [...]}`, one per invoice set. The extra field "
        "`candidates_ranked` says whether the order matters: `true` means the first set is the better reading (or "
        "there is only one); `false` means the readings are equally likely and the sets should be compared as a set "
        "of sets (they are listed oldest due date first). An empty list means nothing fits.",
        "**`partial`**: a stated part payment has `short_pay: null`. A deduction (withholding tax, withholding VAT, "
        "bank charges, retention, damaged goods, price difference) has `short_pay` with `amount` = what the deduction "
        "leaves open on that invoice after the application, and a free-text `reason`. Only one invoice per payment "
        "carries a deduction, so one `short_pay` object is enough.",
        "**`unapplied`**: an overpayment lists its applications and holds the excess; a second payment of an "
        "invoice already paid earlier in the file, a payment naming an invoice that is not open, an advance against a "
        "PO and a local-currency payment quoting a USD invoice hold the whole amount with no applications.",
        "**Withholding.** Kenyan withholding VAT is 2% of the VAT-exclusive value (VAT 16%); Nigerian WHT is 5% or "
        "10% of the VAT-exclusive value (VAT 7.5%, also on the Nigerian USD invoices); amounts rounded half-up to the "
        "cent. For withholding, retention and other deductions the labelled short-pay amount is the figure the "
        "remittance states; for USD bank charges it is the invoice balance minus what arrived.",
        "**Bad input** (`status: \"error\"`): negative amount, a currency no invoice has, a payment id already used "
        "earlier in the file (the first occurrence is processed normally, the later one is the error), an amount that is "
        "not a decimal string, a null or empty date. Error labels have `applications: []`, `unapplied: null`, "
        "`short_pay: null`, `candidates: []`, and the problem in both `reason` and `error`. They change no balance.",
        "**Order.** Payments are replayed in file order; a later payment sees the balances earlier labels left. "
        "`applications` follow the order the text lists the invoices; compare them as a set of (invoice_id, amount).",
        "**`reason`, `note`, `scenario`** are for people; `reason` texts are not expected to match. "
        "`candidates_ranked` appears only on review labels, `error` only on error labels.",
    ]:
        w(f"- {line}")
    w("")
    w("## What the bank text looks like")
    w("")
    for line in [
        "South Africa: EFT with the payer's 20-character beneficiary reference (`INV00412`, `INV 412 SEDIBENG`, "
        "`ACC ZA10482 INV 412`, `KRIS 00412 ...`, `INV 412/413/415`), cut at 20 characters by the bank; payer names "
        "upper case and truncated (`... (PTY) L`, `... PTY`); SAP payment advices; amounts written `R 125 400,00`.",
        "Kenya: RTGS/EFT/PesaLink narratives with FT references, M-Pesa Paybill receipts (`UKDP286BND Pay Bill Online "
        "4093127 Acc. INVKE2600034`, sometimes the confirmation SMS as remittance), county IFMIS payment vouchers with "
        "LPO, PV and vote-head numbers, SAP advices with withholding VAT, eTIMS CU invoice numbers (`KRACU0300064562/00005`).",
        "Nigeria: NIP/NIBSS transfers with 30-digit session ids and \"BEING PAYMENT FOR ...\" narrations, WHT advices.",
        "USD: SWIFT MT103 fields (`:70:`, `/RFB/`, `:71A:SHA`), advices that state the full amount when the wire "
        "arrived short.",
    ]:
        w(f"- {line}")
    w("")
    w("## Suggested scoring")
    w("")
    w("Per payment: `status` exact; for applied/partial/unapplied the set of (invoice_id, amount) and `unapplied`; for "
      "partial the `short_pay` invoice and amount (null vs not null matters); for review the candidate sets (first set "
      "only when `candidates_ranked` is true). Weigh a wrong application (an invoice applied that the label does not "
      "apply) far above a missed one, as the contract does.")
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
