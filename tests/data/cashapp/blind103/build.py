#!/usr/bin/env python3
"""Blind cash-application set 375: ANZ wine & spirits distributor.

Standard library only, seed 375. Writes anz_wine_distribution/{invoices,payments,labels}.json.
(Written in several appended parts; read top to bottom.)
"""
import datetime as dt
import itertools
import json
import os
import random
import unicodedata

SEED = 375
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "anz_wine_distribution")
EXP = {"AUD": 2, "NZD": 2, "USD": 2, "SGD": 2, "JPY": 0}
SYM = {"AUD": "AUD ", "NZD": "NZD ", "USD": "USD ", "SGD": "SGD ", "JPY": "JPY "}
LO, HI = 40000, 49999  # invoice-number core range (INV-0NNNNN)


def fmt(cur, v):
    """Contract decimal string in the currency's own minor units."""
    if EXP[cur] == 0:
        return str(v)
    s = "-" if v < 0 else ""
    v = abs(v)
    return f"{s}{v // 100}.{v % 100:02d}"


def human(cur, v):
    """Human amount with thousands separators (never a bare 5-digit run)."""
    if EXP[cur] == 0:
        return f"{SYM[cur]}{v:,}"
    return f"{SYM[cur]}{v // 100:,}.{v % 100:02d}"


def norm_name(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.upper() if c.isalnum())


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isascii() and not unicodedata.combining(c))
    s = "".join(c if (c.isalnum() or c in " &-'") else " " for c in s)
    return " ".join(s.upper().split())


def rid(prefix, n):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- customers
AU_SUBURBS = ["Fitzroy", "Balmain", "Paddington", "Newtown", "Subiaco", "Fremantle", "Glenelg", "Norwood",
              "Toorak", "Manly", "Bondi", "Cronulla", "Brunswick", "Carlton", "Hawthorn", "Mosman",
              "New Farm", "Paddington Hill", "Teneriffe", "Battery Point", "Sandy Bay", "Kingston", "Braddon",
              "Leederville", "Unley", "Prahran", "Surry Hills", "Double Bay", "Noosa Heads", "Byron Bay",
              "Margaret River", "Mudgee", "Orange", "Bowral", "Daylesford"]
AU_SHOP_TYPES = ["Cellars", "Liquor", "Bottle Shop", "Fine Wines", "Wine Store", "Liquor Merchants", "Cellar & Co"]
AU_RESTAURANTS = ["Osteria Marino", "Salt & Vine Bistro", "Ember & Ash Grill", "Little Saigon Kitchen",
                  "Santorini Taverna", "The Fig Tree Cafe", "Kingfisher Seafood Bar", "Bistro Laurent",
                  "Nonna Rosa Trattoria", "Spice Route Dining", "Harbour Lights Restaurant", "Paddock to Plate",
                  "Sakura Izakaya", "Copper Pot Brasserie", "The Olive Grove", "Bluewater Grill",
                  "Chilli Jam Thai", "La Bodega Tapas", "Fenwick Dining Room", "Wattle & Oak",
                  "Mamma Mia Pizzeria", "The Press Club Bar", "Golden Dragon Palace", "Rooftop at Eastbank",
                  "Jasmine Lotus Vietnamese"]
AU_HOTELS = ["The Grand Esplanade Hotel", "Royal Oak Hotel", "Criterion Hotel Bendigo", "Railway Hotel Fremantle",
             "Lord Nelson Tavern", "Coogee Bay Tavern", "Seaview Resort Noosa", "Mountain Lodge Thredbo",
             "The Commercial Hotel Ballarat", "Bridge Hotel Richmond", "Hotel Metropole", "Riverside Inn Echuca",
             "Sandstone Hotel Sydney", "Cable Beach Lodge", "The Exchange Hotel Kalgoorlie"]
AU_PARENTS = ["Coastal Venues Group Pty Ltd", "Harbourline Hotels Pty Ltd", "Redgum Hospitality Group Pty Ltd",
              "Southern Cross Pub Co Pty Ltd"]
NZ_SHOPS = ["Ponsonby Wine Merchants Ltd", "Ōtautahi Wine Bar Ltd", "Grey Lynn Liquor Ltd", "Mt Eden Cellars Ltd",
            "Thorndon Fine Wines Ltd", "Karangahape Bottle Store Ltd", "Remuera Wine Co Ltd",
            "Devonport Liquor Ltd", "Cuba Street Cellars Ltd", "Hamilton East Wine Store Ltd"]
NZ_RESTO = ["Te Aro Bistro Ltd", "Kumara & Koura Kitchen Ltd", "Viaduct Oyster Bar Ltd", "Whānau Eatery Ltd",
            "Lyttelton Fish House Ltd", "Arrowtown Supper Club Ltd", "Napier Deco Dining Ltd",
            "Nelson Harbour Grill Ltd"]
NZ_HOTELS = ["Queenstown Alpine Lodge Ltd", "Rotorua Lakeside Hotel Ltd", "Whakatāne Hotel Ltd",
             "Wanaka Lakefront Resort Ltd", "Taupō Thermal Lodge Ltd", "Marlborough Sounds Retreat Ltd",
             "Dunedin Heritage Hotel Ltd"]
NZ_PARENTS = ["Aotearoa Hospitality Holdings Ltd", "Southern Lakes Hotels Ltd"]
US_CUST = ["Pacific Coast Imports LLC", "Blue Ridge Wine Distributors Inc", "Hudson Valley Beverage Co",
           "Lone Star Fine Wines LLC", "Golden Gate Cellars Inc", "Great Lakes Spirits Distribution Inc",
           "Cascadia Wine Group LLC", "Bayou Bottle Imports LLC"]
US_PARENT = "Meridian Beverage Holdings Inc"
ASIA_USD = [("Manila Bay Wine Importers Inc.", "PH", True), ("Siam Cellar Co., Ltd.", "TH", False),
            ("Công ty TNHH Rượu Vang Sài Gòn", "VN", False), ("PT Bali Anggur Nusantara", "ID", True)]
SG_CUST = ["Lion City Fine Wines Pte Ltd", "Marina Bay Hospitality Pte Ltd", "Raffles Quay Cellars Pte Ltd",
           "Tanjong Pagar Wine Bar Pte Ltd", "Orchard Vintners Pte Ltd", "Sentosa Resort Dining Pte Ltd",
           "Straits Spirits Trading Pte Ltd"]
JP_CUST = ["Kanpai Shōji K.K.", "Sakura Wine Trading Co., Ltd.", "Ōsaka Yōshu Hanbai K.K.",
           "Hokkaido Fine Foods Co., Ltd."]
AUD_EXPORT = [("Victoria Harbour Wine Co. Ltd", "HK", "HKD", None),
              ("上海金源酒业贸易有限公司", "CN", "CNY", "SHANGHAI JINYUAN WINE TRADING CO LTD"),
              ("Thames Fine Wine Ltd", "UK", "GBP", None),
              ("Kowloon Cellars Ltd", "HK", "HKD", None),
              ("深圳华美进口有限公司", "CN", "CNY", "SHENZHEN HUAMEI IMPORT CO LTD")]
SURNAMES = ["Nguyen", "Papadopoulos", "Rossi", "Patel", "Chen", "O'Brien", "Kowalski", "Singh", "Tran",
            "Haddad", "MacKenzie", "Moretti", "Wong", "Kaur", "Fraser", "Ngata", "Karalis", "Lombardi",
            "Yamamoto", "Dimitriou", "Fitzgerald", "Costa", "Hussain", "Le", "Nakamura", "Petrovic", "Barbaro",
            "Whitfield", "Tupou", "Horvat", "Sorensen", "Quinlan", "Abboud", "Vella", "Farrugia", "Rahman",
            "Castellano", "Zhou", "Lindqvist", "Okafor", "Ramsay", "Delaney", "Mancini", "Stavros", "Kim",
            "Bui", "Ferreira", "Hollis", "Pham", "Grieve", "Salerno", "Ivanov", "Ahmadi", "Brennan", "Pirini",
            "Te Huia", "Walsh", "Giordano", "Ong", "Lam", "Kovac", "Amato", "Sutherland", "Mehta", "Dang",
            "Russo", "Keane", "Otieno", "Halloran", "Marchetti", "Sato", "Tanaka", "Vu", "Cheng", "Gill",
            "Hobbs", "Jovanovic", "Larkin", "Mazur", "Novak", "Parata", "Reid", "Sefo", "Tavita", "Ulrich",
            "Varga", "Wiremu", "Yeo", "Zaman", "Achterberg", "Bianchi", "Conti", "Doyle", "Esposito",
            "Falzon", "Galea", "Hennessy", "Ibrahim", "Jensen", "Kelleher", "Luca", "Murphy", "Nolan",
            "Olsen", "Pace", "Quach", "Romano", "Santoro", "Tedesco", "Urquhart", "Valenti", "Wakefield",
            "Aldridge", "Bassett", "Carmody", "Drummond", "Eastwood", "Finnegan", "Gallagher", "Hartigan",
            "Inglis", "Jarvis", "Kinsella", "Lockwood", "Maddox", "Nicolaou", "Oakley", "Prendergast",
            "Radford", "Sheehan", "Thornbury", "Vlahos", "Whelan", "Yates"]
INITIALS = "ABCDGJKLMNPRST"


def make_customers():
    custs = []
    sur = SURNAMES[:]
    rng.shuffle(sur)

    def add(name, cur, seg, country, parent=None, translit=None, fx_home=None, wht=False):
        s = sur.pop()
        if country in ("AU",):
            ent = rng.choice([f"{s} Hospitality Pty Ltd", f"{s} Holdings Pty Ltd", f"{s} Enterprises Pty Ltd",
                              f"{rng.choice(INITIALS)} & {rng.choice(INITIALS)} {s} Pty Ltd ATF {s} Family Trust",
                              f"{s} Trading Pty Ltd"])
        elif country == "NZ":
            ent = rng.choice([f"{s} Holdings Limited", f"{s} Trading Limited", f"{s} Family Trust"])
        elif country == "US":
            ent = f"{s} Wine Holdings LLC"
        elif country == "SG":
            ent = f"{s} Holdings Pte Ltd"
        else:
            loc = {"JP": ["Tanaka", "Sato", "Kobayashi", "Watanabe"], "HK": ["Wong", "Lam", "Cheung", "Chan"],
                   "CN": ["Zhou", "Li", "Wang", "Chen"], "VN": ["Nguyen", "Pham", "Tran"], "PH": ["Santos", "Reyes"],
                   "TH": ["Srisuk", "Chaiyaporn"], "ID": ["Wijaya", "Santoso"], "UK": ["Hollis", "Pemberton"]}
            s = rng.choice(loc[country])
            ent = {"JP": f"{s} Holdings KK", "HK": f"{s} Family Holdings Ltd", "CN": f"{s} Trading (HK) Ltd",
                   "VN": f"{s} Import Export JSC", "PH": f"{s} Holdings Corp", "TH": f"{s} Group Co Ltd",
                   "ID": f"PT {s} Investama", "UK": f"{s} Wine Holdings Ltd"}[country]
        person = rng.choice(["MR ", "MRS ", "MS ", "", ""]) + rng.choice(INITIALS) + " " + s.upper().replace("'", "")
        if rng.random() < 0.3:
            person = f"{rng.choice(INITIALS)} & {rng.choice(INITIALS)} {s.upper()}".replace("'", "")
        c = {"id": "cus_" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)),
             "name": name, "currency": cur, "segment": seg, "country": country, "entity": ent,
             "parent": parent, "person": person, "translit": translit or (ascii_upper(name) if not name.isascii() else None),
             "fx_home": fx_home, "wht": wht,
             "crn": None}
        custs.append(c)

    subs = AU_SUBURBS[:]
    rng.shuffle(subs)
    shop_names = set()
    while len(shop_names) < 30:
        shop_names.add(f"{subs[len(shop_names)]} {rng.choice(AU_SHOP_TYPES)}")
    for n in sorted(shop_names):
        add(n + rng.choice([" Pty Ltd", "", ""]), "AUD", "bottle_shop", "AU")
    for n in AU_RESTAURANTS:
        add(n, "AUD", "restaurant", "AU", parent=rng.choice(AU_PARENTS) if rng.random() < 0.25 else None)
    for n in AU_HOTELS:
        add(n, "AUD", "hotel", "AU", parent=rng.choice(AU_PARENTS) if rng.random() < 0.6 else None)
    for n in NZ_SHOPS:
        add(n, "NZD", "bottle_shop", "NZ")
    for n in NZ_RESTO:
        add(n, "NZD", "restaurant", "NZ", parent=NZ_PARENTS[0] if rng.random() < 0.3 else None)
    for n in NZ_HOTELS:
        add(n, "NZD", "hotel", "NZ", parent=rng.choice(NZ_PARENTS) if rng.random() < 0.6 else None)
    for n in US_CUST:
        add(n, "USD", "importer", "US", parent=US_PARENT if rng.random() < 0.35 else None)
    for n, ctry, wht in ASIA_USD:
        add(n, "USD", "importer", ctry, wht=wht)
    for n in SG_CUST:
        add(n, "SGD", "importer", "SG")
    for n in JP_CUST:
        add(n, "JPY", "importer", "JP")
    for n, ctry, home, tl in AUD_EXPORT:
        add(n, "AUD", "export", ctry, translit=tl, fx_home=home)
    for i, c in enumerate(custs):
        base = 8000000 + (i + 1) * 37 + rng.randint(0, 30) * 1000
        chk = sum(int(d) * (k % 2 + 1) for k, d in enumerate(str(base))) % 10
        c["crn"] = f"{base}{chk}"
    return custs


# ---------------------------------------------------------------- invoices
AMOUNT_RANGE = {  # minor units
    ("AUD", "bottle_shop"): (28000, 960000), ("AUD", "restaurant"): (22000, 480000),
    ("AUD", "hotel"): (150000, 2600000), ("AUD", "export"): (1200000, 9800000),
    ("NZD", "bottle_shop"): (25000, 820000), ("NZD", "restaurant"): (20000, 390000),
    ("NZD", "hotel"): (120000, 1900000), ("USD", "importer"): (800000, 6400000),
    ("SGD", "importer"): (300000, 3200000), ("JPY", "importer"): (380000, 3600000),
}
D0 = dt.date(2024, 10, 1)
D1 = dt.date(2025, 2, 27)


def make_invoices(custs):
    invs = []
    for c in custs:
        r = rng.random()
        if c["segment"] == "export":
            n = rng.randint(8, 20)
        elif c["segment"] in ("hotel", "importer") and r < 0.45:
            n = rng.randint(16, 26)
        elif r < 0.3:
            n = rng.randint(2, 4)
        else:
            n = rng.randint(8, 15)
        lo, hi = AMOUNT_RANGE[(c["currency"], c["segment"])]
        standing = None
        if n >= 5 and rng.random() < 0.3:
            standing = rng.randint(lo, (lo + hi) // 3)
            if EXP[c["currency"]] == 2:
                standing = standing - standing % 5
        n_standing = rng.choice([2, 2, 3]) if standing else 0
        terms = {"bottle_shop": 30, "restaurant": 14, "hotel": 30, "importer": 60, "export": 45}[c["segment"]]
        for k in range(n):
            if k < n_standing:
                total = standing
            else:
                total = rng.randint(lo, hi)
                if EXP[c["currency"]] == 0:
                    total = total - total % 10
            issue = D0 + dt.timedelta(days=rng.randint(0, (D1 - D0).days))
            due = issue + dt.timedelta(days=terms + rng.choice([0, 0, 0, 7, 14]))
            bal = total
            if rng.random() < 0.08 and total > 10000:
                paid = int(total * rng.uniform(0.2, 0.75))
                paid -= paid % (100 if EXP[c["currency"]] == 2 else 1000)
                bal = total - paid
            invs.append({"id": rid("inv_", 12), "cust": c["id"], "currency": c["currency"], "total": total,
                         "balance": bal, "issue": issue, "due": due})
    invs.sort(key=lambda i: (i["issue"], i["id"]))
    n = 41207
    for i in invs:
        i["n"] = n
        i["number"] = f"INV-0{n}"
        n += rng.choice([1, 1, 1, 1, 2, 2, 3, 4, 6])
    assert n < HI
    return invs


# ---------------------------------------------------------------- reference text
def ocr(p):
    out = list(p)
    idx = [k for k, ch in enumerate(out) if ch in "01"]
    pick = rng.sample(idx, max(1, min(len(idx), rng.randint(1, 2))))
    for k in pick:
        out[k] = "O" if out[k] == "0" else "I"
    return "".join(out)


def spell(n, style=None):
    p = f"0{n}"
    styles = ["INV-p", "INVp", "INV-n", "INV n", "n", "p", "inv p", "Inv#n", "INVOICE n", "INV pp", "n n",
              "ocr", "Invoice No. p", "inv-p lower"]
    st = style or rng.choice(styles)
    return st, {
        "INV-p": f"INV-{p}", "INVp": f"INV{p}", "INV-n": f"INV-{n}", "INV n": f"INV {n}", "n": f"{n}",
        "p": p, "inv p": f"inv {p}", "Inv#n": f"Inv#{n}", "INVOICE n": f"INVOICE {n}",
        "INV pp": f"INV {p[:3]} {p[3:]}", "n n": f"INV {str(n)[:2]} {str(n)[2:]}",
        "ocr": f"INV-{ocr(p)}", "Invoice No. p": f"Invoice No. {p}", "inv-p lower": f"inv-{p}",
    }[st]


def spell_many(ns):
    st = rng.choice(["INV-p", "INV-n", "n", "p", "INVp"])
    parts = [spell(n, st)[1] for n in ns]
    if st in ("INV-p", "INV-n", "INVp") and rng.random() < 0.5:
        # "INV-042817/042820" style: prefix once
        first = parts[0]
        rest = [x.replace("INV-", "").replace("INV", "") for x in parts[1:]]
        return rng.choice(["/", " ", ", "]).join([first] + rest)
    return rng.choice([" ", ", ", " & "]).join(parts)


NOISE_WORDS = ["THANK YOU", "THANKS", "WINE ORDER", "ACCOUNT", "STOCK", "MARCH", "PMT", "PAYMENT", ""]


def short(payer, k):
    s = payer.upper()[:k].strip()
    return s


def channel_for(c):
    cur = c["currency"]
    if cur == "AUD" and c["segment"] == "export":
        return rng.choice(["tt", "tt", "dc"])
    return rng.choice({"AUD": ["dc", "dc", "dc", "osko", "osko", "bpay", "bpay", "chq", "card"],
                       "NZD": ["nzdc", "nzdc", "nzdc", "nzap", "card"],
                       "USD": ["ach", "ach", "wire", "wire", "lockbox"],
                       "SGD": ["paynow", "giro", "tt"],
                       "JPY": ["tt"]}[cur])


def narrative(c, payer, numtxt, extra=None, channel=None, force_remit=False):
    """Bank reference and remittance text. numtxt may be None (no invoice number given).
    extra: sentence for the remittance (deduction, part payment wording ...)."""
    ch = channel or channel_for(c)
    word = rng.choice(NOISE_WORDS)
    body = numtxt if numtxt else (word or "PAYMENT")
    ref, rem = None, None
    if ch == "dc":
        ref = rng.choice([body, f"{body} {short(payer, 12)}", f"DIRECT CREDIT {short(payer, 16)} {body}"]).strip()
    elif ch == "osko":
        ref = rng.choice([f"OSKO PAYMENT {body}", f"PAYID TFR {short(payer, 14)} {body}", f"NPP {body}"])
    elif ch == "bpay":
        ref = f"BPAY CRN {c['crn']}"
        if numtxt:
            rem = rng.choice([f"Paid via BPAY, invoice {numtxt}.", f"BPAY payment for {numtxt}",
                              f"Hi accounts, BPAY sent today for {numtxt}. Regards"])
    elif ch == "chq":
        chq = rng.randint(100000, 199999)
        ref = f"CHQ {chq}"
        rem = f"Cheque {chq} enclosed" + (f" for {numtxt}." if numtxt else ".")
    elif ch == "card":
        ref = rng.choice([f"CARD SETTLEMENT TYRO {body}", f"PAYMENT PORTAL VISA {body}",
                          f"MASTERCARD STLMT {body}"])
    elif ch == "nzdc":
        code = numtxt if (numtxt and len(numtxt) <= 12) else None
        if code:
            ref = f"PART: {rng.choice(['WINE', 'ACCOUNT', 'INVOICE', 'STOCK'])} CODE: {code} REF: {short(payer, 12)}"
        else:
            ref = f"PART: {short(payer, 12)} CODE: {rng.choice(['WINE', 'ACCT', 'PMT'])} REF: {body[:12]}"
            if numtxt:
                rem = f"Payment for {numtxt}"
    elif ch == "nzap":
        ref = f"AP {short(payer, 14)} {body}"
    elif ch == "ach":
        ref = f"ACH CREDIT {short(payer, 16)} {body}"
    elif ch == "wire":
        ref = f"WIRE TRF {short(payer, 16)} OBI {body}"
    elif ch == "lockbox":
        chk = rng.randint(100000, 199999)
        ref = f"LOCKBOX 2231 CHECK {chk}"
        rem = f"Check {chk}" + (f" - invoice(s): {numtxt}" if numtxt else "")
    elif ch == "paynow":
        ref = f"PAYNOW {short(payer, 16)} {body}"
    elif ch == "giro":
        ref = f"GIRO {short(payer, 14)} {body}"
    elif ch == "tt":
        ref = f"TT REMITTANCE {short(payer, 18)}"
        if numtxt:
            rem = rng.choice([f"Telegraphic transfer for {numtxt}.", f"Payment advice: {numtxt}",
                              f"Dear sirs, we have remitted payment of {numtxt}."])
    if force_remit and numtxt and (rem is None):
        rem = f"Remittance advice: {numtxt}"
    if extra:
        rem = (rem + " " if rem else "") + extra
    return ref, rem


# ---------------------------------------------------------------- state helpers
def dl1(a, b):
    """True when a and b (digit strings) are one substitution or one adjacent transposition apart."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


class State:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.numbers = {i["n"] for i in invs}
        self.by_cust = {}
        for i in invs:
            self.by_cust.setdefault(i["cust"], []).append(i)
        self.paid = []  # (inv_id, amount) fully paid by an applied single-invoice payment, customer known

    def open_of(self, cid, cur):
        return [i for i in self.by_cust.get(cid, []) if i["currency"] == cur and self.bal[i["id"]] > 0]

    def subset_hits(self, cid, cur, amount, maxk=3):
        op = self.open_of(cid, cur)
        hits = []
        for k in range(1, maxk + 1):
            for combo in itertools.combinations(op, k):
                if sum(self.bal[i["id"]] for i in combo) == amount:
                    hits.append(tuple(i["id"] for i in combo))
        return hits

    def total_open(self, cid, cur):
        return sum(self.bal[i["id"]] for i in self.open_of(cid, cur))

    def global_hits(self, cur, amount):
        return [i["id"] for i in self.invs if i["currency"] == cur and self.bal[i["id"]] == amount]

    def all_open(self, pred=lambda i: True):
        return [i for i in self.invs if self.bal[i["id"]] > 0 and pred(i)]


UNKNOWN_PAYERS = ["BLUE GUM EVENTS PTY LTD", "R J THOMPSON", "NORTHERN RIVERS FOOD CO-OP", "ACME CATERING SERVICES",
                  "K WILLIAMSON", "SUNRISE FUNCTIONS CENTRE", "TASMAN MARINE SUPPLIES LTD", "P & L GREGORY",
                  "HILLCREST BOWLS CLUB INC", "EASTERN SUBURBS RUGBY CLUB", "ORION EVENT HIRE LTD",
                  "MS Y ZHANG", "MERIDIAN CORPORATE TRAVEL", "GOLDFIELDS RSL SUB BRANCH"]


# ---------------------------------------------------------------- scenarios
class Skip(Exception):
    pass


def app(i, amt):
    return (i["id"], amt)


def label(status, apps=(), unapplied=0, short_pay=None, cands=(), reason="", note=""):
    return {"status": status, "apps": list(apps), "unapplied": unapplied, "short_pay": short_pay,
            "cands": [list(c) for c in cands], "reason": reason, "note": note}


def known_payer(S, c, allow_null=True):
    """Payer for a customer the data identifies: customer_id given, or null with the exact (bank-uppercased) name."""
    r = rng.random()
    if allow_null and c["name"].isascii() and r < 0.25:
        return c["name"].upper(), None
    if r < 0.8 or not c["entity"]:
        nm = c["name"].upper() if c["name"].isascii() else (c["translit"] or c["name"])
        return nm, c["id"]
    return c["entity"].upper()[:32], c["id"]


def variant_payer(S, c, kinds):
    opts = []
    for k in kinds:
        if k == "entity":
            opts.append((k, c["entity"].upper()[:32]))
        elif k == "parent" and c["parent"]:
            opts.append((k, c["parent"].upper()))
        elif k == "person":
            opts.append((k, c["person"]))
        elif k == "translit" and c["translit"]:
            opts.append((k, c["translit"]))
        elif k == "truncated" and len(c["name"]) > 20 and c["name"].isascii():
            opts.append((k, c["name"].upper()[:rng.choice([16, 18, 20])].strip()))
    if not opts:
        raise Skip
    k, nm = rng.choice(opts)
    names = {norm_name(x["name"]) for x in S.custs}
    if k != "translit" and norm_name(nm) in names:
        raise Skip
    return k, nm


def pick_open(S, pred=lambda i: True):
    op = S.all_open(pred)
    if not op:
        raise Skip
    return rng.choice(op)


def sc_exact_ref(S, part_paid=False):
    X = pick_open(S, lambda i: (i["balance"] < i["total"]) == part_paid and S.bal[i["id"]] == i["balance"])
    c = S.cust[X["cust"]]
    payer, cid = known_payer(S, c)
    st, txt = spell(X["n"])
    amt = S.bal[X["id"]]
    ref, rem = narrative(c, payer, txt)
    note = f"reference spelling '{st}'" + ("; invoice was already part-paid, pays remaining balance" if part_paid else "")
    return (amt, c["currency"], payer, cid, ref, rem,
            label("applied", [app(X, amt)], reason=f"reference names {X['number']} and amount equals its balance",
                  note=note), [X["id"]] if cid or norm_name(payer) == norm_name(c["name"]) else [])


def twins(S, cid, cur):
    groups = {}
    for i in S.open_of(cid, cur):
        groups.setdefault(S.bal[i["id"]], []).append(i)
    return {a: g for a, g in groups.items() if len(g) >= 2}


def sc_same_amount_ref(S):
    opts = [(c, a, g) for c in S.custs for a, g in twins(S, c["id"], c["currency"]).items()]
    if not opts:
        raise Skip
    c, a, g = rng.choice(opts)
    X = rng.choice(g)
    payer, cid = known_payer(S, c)
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    return (a, c["currency"], payer, cid, ref, rem,
            label("applied", [app(X, a)], reason=f"{len(g)} open invoices of {human(c['currency'], a)}; reference names {X['number']}",
                  note="same amount open on several invoices, reference disambiguates"), [X["id"]] if cid else [])


def sc_multi_listed(S):
    c = rng.choice([c for c in S.custs if len(S.open_of(c["id"], c["currency"])) >= 3])
    op = S.open_of(c["id"], c["currency"])
    k = rng.randint(2, min(5, len(op)))
    xs = sorted(rng.sample(op, k), key=lambda i: i["n"])
    amt = sum(S.bal[i["id"]] for i in xs)
    cur = c["currency"]
    if rng.random() < 0.75:
        payer, cid = known_payer(S, c)
    else:
        _, payer = variant_payer(S, c, ["entity", "parent", "person", "truncated"])
        cid = None
    if rng.random() < 0.45 and k <= 3:
        ref, rem = narrative(c, payer, spell_many([i["n"] for i in xs]), force_remit=True)
        note = "invoices listed in the bank reference"
    else:
        ref, _ = narrative(c, payer, None)
        lines = [f"{spell(i['n'], rng.choice(['INV-p', 'INV-n', 'p', 'Invoice No. p']))[1]}    {human(cur, S.bal[i['id']])}" for i in xs]
        rem = "REMITTANCE ADVICE\n" + "\n".join(lines) + f"\nTotal paid {human(cur, amt)}"
        note = "invoices listed in the remittance advice"
    return (amt, cur, payer, cid, ref, rem,
            label("applied", [app(i, S.bal[i["id"]]) for i in xs],
                  reason=f"{k} invoices named; amount equals the sum of their balances", note=note), [])


def sc_multi_sum_unlisted(S):
    opts = [c for c in S.custs if 2 <= len(S.open_of(c["id"], c["currency"])) <= 4]
    if not opts:
        raise Skip
    c = rng.choice(opts)
    xs = S.open_of(c["id"], c["currency"])
    amt = sum(S.bal[i["id"]] for i in xs)
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, None)
    if rng.random() < 0.4:
        rem = rng.choice(["Payment of statement balance.", "Please find payment for all outstanding invoices.",
                          "Clearing our account, thanks."])
    return (amt, c["currency"], payer, cid, ref, rem,
            label("applied", [app(i, S.bal[i["id"]]) for i in sorted(xs, key=lambda i: i["n"])],
                  reason="no invoice named; amount equals the sum of all the customer's open invoices",
                  note=f"{len(xs)} invoices, not listed"), [])


def sc_amount_only_unique(S):
    for _ in range(200):
        c = rng.choice(S.custs)
        op = S.open_of(c["id"], c["currency"])
        if len(op) < 2:
            continue
        X = rng.choice(op)
        a = S.bal[X["id"]]
        if S.subset_hits(c["id"], c["currency"], a) == [(X["id"],)] and S.total_open(c["id"], c["currency"]) != a:
            payer, cid = known_payer(S, c, allow_null=False)
            ref, rem = narrative(c, payer, None)
            return (a, c["currency"], payer, cid, ref, rem,
                    label("applied", [app(X, a)], reason=f"known customer; amount matches only {X['number']} among its open invoices",
                          note="no invoice number given"), [X["id"]])
    raise Skip


PART_WORDS = ["Part payment for {t}.", "Instalment 1 of 3 for {t}, balance to follow.", "Payment on account of {t}.",
              "Progress payment towards {t} - remainder next month.", "Part payment {t} as agreed with your credit team."]


def sc_part_payment(S):
    X = pick_open(S, lambda i: S.bal[i["id"]] >= 20000)
    c = S.cust[X["cust"]]
    b = S.bal[X["id"]]
    amt = int(b * rng.choice([0.25, 0.3, 1 / 3, 0.4, 0.5, 0.5, 0.6]))
    unit = 1000 if EXP[c["currency"]] == 0 else 10000
    if amt > unit * 2:
        amt -= amt % unit
    payer, cid = known_payer(S, c, allow_null=False)
    t = spell(X["n"], rng.choice(["INV-p", "INV-n", "p", "INVp"]))[1]
    if rng.random() < 0.5:
        ref, rem = narrative(c, payer, t, extra=rng.choice(PART_WORDS).format(t=X["number"]))
    else:
        ref, rem = narrative(c, payer, "PART PMT " + t)
    return (amt, c["currency"], payer, cid, ref, rem,
            label("partial", [app(X, amt)], reason=f"stated part payment of {X['number']}; balance stays open",
                  note=f"pays {amt * 100 // b}% of the balance"), [])


DEDUCTION_CYCLE = itertools.cycle(["bank fee", "damaged goods", "early-payment discount", "withholding tax",
                                   "bank fee", "damaged goods"])


def sc_short_deduction(S):
    kind = next(DEDUCTION_CYCLE)
    if kind == "withholding tax":
        X = pick_open(S, lambda i: S.cust[i["cust"]]["wht"])
    else:
        X = pick_open(S, lambda i: S.bal[i["id"]] >= 30000)
    c = S.cust[X["cust"]]
    cur = c["currency"]
    b = S.bal[X["id"]]
    t = spell(X["n"], rng.choice(["INV-p", "INV-n", "p", "INVp", "Invoice No. p"]))[1]
    if kind == "bank fee":
        d = rng.choice({"AUD": [1500, 2000, 2500], "NZD": [1500, 2500], "USD": [2500, 3000, 4000],
                        "SGD": [2000, 3500], "JPY": [2500, 4000]}[cur])
        txt = rng.choice([f"{t} less bank charges {human(cur, d)}", f"Paid {t}, {human(cur, d)} bank fee deducted by remitting bank",
                          f"{t}: our bank fee of {human(cur, d)} deducted"])
    elif kind == "withholding tax":
        rate = 2 if c["country"] == "PH" else 1.5
        d = int(round(b * rate / 100))
        txt = f"{t} less {rate}% withholding tax {human(cur, d)} - certificate to follow"
    elif kind == "early-payment discount":
        rate = rng.choice([2, 2.5])
        d = int(round(b * rate / 100))
        txt = f"{t} paid within 7 days, {rate}% prompt payment discount taken ({human(cur, d)})"
    else:
        n = rng.randint(1, 6)
        unit = rng.choice([1890, 2450, 3275, 4900, 6500]) if EXP[cur] == 2 else rng.choice([2800, 4500])
        d = n * unit
        txt = rng.choice([f"{t} less {n} bottles damaged in transit ({human(cur, d)})",
                          f"Breakage credit deducted from {t}: {n} bottles, {human(cur, d)}",
                          f"{t} - {n} bottles corked/damaged, short paid {human(cur, d)}"])
    if d >= b or d <= 0:
        raise Skip
    payer, cid = known_payer(S, c, allow_null=False)
    ch = channel_for(c)
    if ch in ("dc", "osko", "card", "nzap", "ach", "paynow", "giro", "wire"):
        ref, rem = narrative(c, payer, t, channel=ch)
        rem = txt
    else:
        ref, rem = narrative(c, payer, None, channel=ch)
        rem = txt
    return (b - d, cur, payer, cid, ref, rem,
            label("partial", [app(X, b - d)], short_pay={"invoice_id": X["id"], "amount": d, "reason": kind},
                  reason=f"{X['number']} short paid by {human(cur, d)}: {kind} stated in remittance", note=kind), [])


def sc_short_unexplained(S):
    X = pick_open(S, lambda i: S.bal[i["id"]] >= 20000)
    c = S.cust[X["cust"]]
    b = S.bal[X["id"]]
    d = int(b * rng.uniform(0.005, 0.08))
    if EXP[c["currency"]] == 2:
        d = d + rng.randint(1, 99) if d % 100 == 0 else d
    if d <= 0 or d >= b:
        raise Skip
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    return (b - d, c["currency"], payer, cid, ref, rem,
            label("partial", [app(X, b - d)], short_pay={"invoice_id": X["id"], "amount": d, "reason": "unexplained shortfall"},
                  reason=f"reference names {X['number']} but pays {human(c['currency'], d)} less, no reason given",
                  note="unexplained shortfall"), [])


FX_RATE = {"HKD": 5.05, "CNY": 4.7, "GBP": 0.51}


def sc_fx_shortfall(S):
    X = pick_open(S, lambda i: S.cust[i["cust"]]["fx_home"] is not None)
    c = S.cust[X["cust"]]
    b = S.bal[X["id"]]
    d = int(b * rng.uniform(0.002, 0.015))
    if d <= 0:
        raise Skip
    home = c["fx_home"]
    foreign = int(round(b / 100 * FX_RATE[home])) * 100
    t = spell(X["n"], rng.choice(["INV-p", "INV-n", "Invoice No. p", "INVp"]))[1]
    payer, cid = known_payer(S, c, allow_null=False)
    ref, _ = narrative(c, payer, None, channel="tt")
    rem = rng.choice([f"Payment for {t}: remitted {home} {foreign // 100:,}.00, converted to AUD by our bank.",
                      f"{t} settled in {home} ({home} {foreign // 100:,}.00); FX conversion at remitting bank rate.",
                      f"We sent {home} {foreign // 100:,}.00 for {t}. Exchange rate applied by the bank."])
    return (b - d, "AUD", payer, cid, ref, rem,
            label("partial", [app(X, b - d)], short_pay={"invoice_id": X["id"], "amount": d, "reason": "fx shortfall"},
                  reason=f"{X['number']} paid from {home}; conversion left {human('AUD', d)} short",
                  note=f"foreign-exchange shortfall ({home})"), [])


def sc_overpayment(S):
    X = pick_open(S)
    c = S.cust[X["cust"]]
    b = S.bal[X["id"]]
    cur = c["currency"]
    if X["total"] > b and b == X["balance"]:
        amt, why = X["total"], "paid the invoice total although it was already part-paid"
    else:
        r = rng.random()
        if r < 0.4:
            step = 10000 if EXP[cur] == 2 else 10000
            amt, why = (b // step + 1) * step, "rounded up"
        elif r < 0.7:
            amt, why = b + rng.choice([4500, 8800, 12500, 19500]) * (1 if EXP[cur] == 2 else 1), "freight paid twice"
        else:
            amt, why = b + int(b * rng.uniform(0.05, 0.2)), "overpaid"
    if amt <= b:
        raise Skip
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    return (amt, cur, payer, cid, ref, rem,
            label("unapplied", [app(X, b)], unapplied=amt - b,
                  reason=f"reference names {X['number']}; pays {human(cur, amt - b)} more than its balance, remainder held on account",
                  note=why), [])


def sc_duplicate(S):
    opts = [(iid, a) for iid, a in S.paid if S.bal[iid] == 0]
    if not opts:
        raise Skip
    iid, a = rng.choice(opts)
    S.paid = [p for p in S.paid if p[0] != iid]
    X = S.inv[iid]
    c = S.cust[X["cust"]]
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    return (a, c["currency"], payer, cid, ref, rem,
            label("unapplied", [], unapplied=a, reason=f"{X['number']} was already paid by an earlier payment in this batch; held on account",
                  note="second payment of an already-paid invoice"), [])


def sc_payer_variant(S):
    X = pick_open(S, lambda i: S.bal[i["id"]] == i["balance"])
    c = S.cust[X["cust"]]
    kind, payer = variant_payer(S, c, ["entity", "entity", "parent", "parent", "person", "translit", "translit", "truncated"])
    a = S.bal[X["id"]]
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    return (a, c["currency"], payer, None, ref, rem,
            label("applied", [app(X, a)], reason=f"payer name differs ({kind}) but reference names {X['number']} and amount equals its balance",
                  note=f"payer {kind}: '{payer}' for '{c['name']}'"), [])


def sc_name_variant_no_ref(S):
    for _ in range(300):
        X = pick_open(S)
        c = S.cust[X["cust"]]
        a = S.bal[X["id"]]
        if S.global_hits(c["currency"], a) != [X["id"]]:
            continue
        try:
            kind, payer = variant_payer(S, c, ["entity", "parent", "person"])
        except Skip:
            continue
        ref, rem = narrative(c, payer, None)
        return (a, c["currency"], payer, None, ref, rem,
                label("review", [], unapplied=a, cands=[[X["id"]]],
                      reason=f"payer not identified and no invoice named; amount equals {X['number']} only",
                      note=f"payer {kind}: '{payer}' for '{c['name']}'"), [])
    raise Skip


def conflict_cands(S, cid, cur, amount, refs):
    out = []
    for i in S.open_of(cid, cur):
        near = any(dl1(str(i["n"]), str(r)) for r in refs)
        ex = S.bal[i["id"]] == amount
        if near or ex:
            out.append(((0 if (near and ex) else 1 if ex else 2), i["due"], i["n"], i["id"]))
    return [x[3] for x in sorted(out)]


def typo_of(n):
    s = list(str(n))
    if rng.random() < 0.5:
        k = rng.randrange(1, len(s) - 1)
        s[k], s[k + 1] = s[k + 1], s[k]
    else:
        k = rng.randrange(1, len(s))
        s[k] = rng.choice([d for d in "0123456789" if d != s[k]])
    return int("".join(s))


def sc_typo(S):
    for _ in range(300):
        X = pick_open(S)
        t = typo_of(X["n"])
        if t == X["n"] or not (LO <= t <= HI) or t in S.numbers:
            continue
        c = S.cust[X["cust"]]
        a = S.bal[X["id"]]
        if conflict_cands(S, c["id"], c["currency"], a, [t]) != [X["id"]]:
            continue
        payer, cid = known_payer(S, c, allow_null=False)
        st, txt = spell(t, rng.choice(["INV-p", "INV-n", "p", "n", "INVp", "inv p"]))
        ref, rem = narrative(c, payer, txt)
        return (a, c["currency"], payer, cid, ref, rem,
                label("review", [], unapplied=a, cands=[[X["id"]]],
                      reason=f"reference {t} is no open invoice; {X['number']} is one digit away and matches the amount",
                      note=f"typo {X['n']} -> {t}"), [])
    raise Skip


def sc_other_customer(S):
    for _ in range(300):
        X = pick_open(S)
        c = S.cust[X["cust"]]
        cur = c["currency"]
        a = S.bal[X["id"]]
        ys = [i for i in S.all_open(lambda i: i["currency"] == cur and i["cust"] != c["id"] and S.bal[i["id"]] != a)]
        near = [y for y in ys if dl1(str(y["n"]), str(X["n"]))]
        Y = rng.choice(near) if near and rng.random() < 0.7 else (rng.choice(ys) if ys else None)
        if Y is None:
            continue
        if conflict_cands(S, c["id"], cur, a, [Y["n"]]) != [X["id"]]:
            continue
        payer, cid = known_payer(S, c, allow_null=False)
        ref, rem = narrative(c, payer, spell(Y["n"])[1])
        return (a, cur, payer, cid, ref, rem,
                label("review", [], unapplied=a, cands=[[X["id"]]],
                      reason=f"reference names {Y['number']} of another customer; amount equals own {X['number']}",
                      note=f"referenced invoice belongs to {S.cust[Y['cust']]['name']}"), [])
    raise Skip


def sc_same_amount_several(S):
    opts = []
    for c in S.custs:
        for a, g in twins(S, c["id"], c["currency"]).items():
            hits = S.subset_hits(c["id"], c["currency"], a)
            if all(len(h) == 1 for h in hits):
                opts.append((c, a, g))
    if not opts:
        raise Skip
    c, a, g = rng.choice(opts)
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, None)
    cands = [[i["id"]] for i in sorted(g, key=lambda i: (i["due"], i["n"]))]
    return (a, c["currency"], payer, cid, ref, rem,
            label("review", [], unapplied=a, cands=cands,
                  reason=f"{len(g)} open invoices of {human(c['currency'], a)} and nothing says which",
                  note="same amount open on several invoices"), [])


MISMATCH = {"NZD": "AUD", "SGD": "USD", "USD": "AUD", "AUD": "NZD", "JPY": "USD"}
RATE = {("NZD", "AUD"): 0.91, ("SGD", "USD"): 0.74, ("USD", "AUD"): 1.53, ("AUD", "NZD"): 1.09, ("JPY", "USD"): 0.0066}


def sc_currency_mismatch(S):
    X = pick_open(S, lambda i: i["currency"] in ("NZD", "SGD", "USD", "JPY") or S.cust[i["cust"]]["country"] == "AU")
    c = S.cust[X["cust"]]
    cur = X["currency"]
    pc = MISMATCH[cur]
    b = S.bal[X["id"]]
    if rng.random() < 0.5 and EXP[cur] == EXP[pc]:
        amt, how = b, "same figure, wrong currency"
    else:
        v = b * RATE[(cur, pc)] * (100 if EXP[cur] == 0 else 1)
        amt, how = int(round(v)), "converted amount"
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    return (amt, pc, payer, cid, ref, rem,
            label("review", [], unapplied=amt, cands=[[X["id"]]],
                  reason=f"{pc} payment names {X['number']}, which is billed in {cur}",
                  note=f"currency mismatch ({how})"), [])


def rand_amount(cur, lo, hi):
    v = rng.randint(lo, hi)
    return v - v % 10 if EXP[cur] == 0 else v


def sc_no_fit_known(S):
    for _ in range(300):
        c = rng.choice(S.custs)
        cur = c["currency"]
        op = S.open_of(c["id"], cur)
        if not op:
            continue
        lo, hi = AMOUNT_RANGE[(cur, c["segment"])]
        a = rand_amount(cur, lo // 2, hi // 2)
        if S.subset_hits(c["id"], cur, a) or S.total_open(c["id"], cur) == a:
            continue
        payer, cid = known_payer(S, c, allow_null=False)
        ref, rem = narrative(c, payer, None)
        return (a, cur, payer, cid, ref, rem,
                label("unapplied", [], unapplied=a,
                      reason="known customer; no invoice named and the amount fits no open invoice or combination",
                      note="held on account"), [])
    raise Skip


def sc_unknown_payer(S):
    for _ in range(300):
        cur = rng.choice(["AUD", "AUD", "AUD", "NZD", "NZD", "USD", "SGD"])
        a = rand_amount(cur, 5000, 400000)
        if S.global_hits(cur, a):
            continue
        payer = rng.choice(UNKNOWN_PAYERS)
        fake = {"currency": cur, "segment": "restaurant", "crn": "99" + "".join(rng.choice("0123456789") for _ in range(6))}
        ref, rem = narrative(fake, payer, None)
        if rng.random() < 0.3:
            rem = rng.choice(["Payment for function drinks package", "Deposit as discussed", "Wine for the club dinner"])
        return (a, cur, payer, None, ref, rem,
                label("review", [], unapplied=a, reason="payer unknown, no invoice named, amount matches no open invoice",
                      note="unknown payer"), [])
    raise Skip


BAD_KINDS = ["amount_text", "amount_negative", "currency_missing", "currency_invalid", "date_invalid", "date_format"]


def sc_bad_row(S, kind):
    X = pick_open(S)
    c = S.cust[X["cust"]]
    payer, cid = known_payer(S, c, allow_null=False)
    ref, rem = narrative(c, payer, spell(X["n"])[1])
    a = fmt(c["currency"], S.bal[X["id"]])
    cur = c["currency"]
    date = None
    err = {"amount_text": "amount is not a number", "amount_negative": "amount is negative",
           "currency_missing": "currency is missing", "currency_invalid": "currency code is not valid",
           "date_invalid": "date is not a valid calendar date", "date_format": "date is not an ISO date"}[kind]
    if kind == "amount_text":
        a = rng.choice(["N/A", "1O5O.00", "see remittance", ""])
    elif kind == "amount_negative":
        a = "-" + a
    elif kind == "currency_missing":
        cur = None
    elif kind == "currency_invalid":
        cur = {"AUD": "AUS", "NZD": "NZ$", "USD": "US", "SGD": "SGP", "JPY": "YEN"}[c["currency"]]
    elif kind == "date_invalid":
        date = "2025-02-30" if rng.random() < 0.5 else "2025-04-31"
    else:
        date = "14/03/2025"
    return {"amount": a, "currency": cur, "payer": payer, "cid": cid, "ref": ref, "rem": rem, "date": date,
            "error": err, "note": f"bad row ({kind}); looks like a payment of {X['number']}"}


SCENARIOS = {
    "exact_ref": 128, "part_paid_balance": 10, "same_amount_ref": 6, "multi_listed": 28, "multi_sum_unlisted": 12,
    "amount_only_unique": 12, "part_payment": 16, "short_deduction": 24, "short_unexplained": 10, "fx_shortfall": 10,
    "overpayment": 16, "duplicate_payment": 12, "payer_name_variant": 30, "name_variant_no_ref": 8,
    "typo_number": 14, "other_customer_invoice": 10, "same_amount_several": 14, "currency_mismatch": 10,
    "no_fit_known": 14, "unknown_payer": 10, "bad_row": 6,
}
GEN = {
    "exact_ref": sc_exact_ref, "part_paid_balance": lambda S: sc_exact_ref(S, part_paid=True),
    "same_amount_ref": sc_same_amount_ref, "multi_listed": sc_multi_listed, "multi_sum_unlisted": sc_multi_sum_unlisted,
    "amount_only_unique": sc_amount_only_unique, "part_payment": sc_part_payment, "short_deduction": sc_short_deduction,
    "short_unexplained": sc_short_unexplained, "fx_shortfall": sc_fx_shortfall, "overpayment": sc_overpayment,
    "duplicate_payment": sc_duplicate, "payer_name_variant": sc_payer_variant, "name_variant_no_ref": sc_name_variant_no_ref,
    "typo_number": sc_typo, "other_customer_invoice": sc_other_customer, "same_amount_several": sc_same_amount_several,
    "currency_mismatch": sc_currency_mismatch, "no_fit_known": sc_no_fit_known, "unknown_payer": sc_unknown_payer,
}


# ---------------------------------------------------------------- main
def business_dates(n):
    d, days = dt.date(2025, 3, 3), []
    while d <= dt.date(2025, 4, 30):
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return sorted(rng.choice(days) for _ in range(n))


def main():
    custs = make_customers()
    invs = make_invoices(custs)
    S = State(custs, invs)
    slots = [k for k, v in SCENARIOS.items() for _ in range(v)]
    assert len(slots) == 400, len(slots)
    rng.shuffle(slots)
    # duplicates need earlier payments to repeat: keep them out of the first 80 slots
    for k in range(80):
        if slots[k] == "duplicate_payment":
            j = next(j for j in range(len(slots) - 1, 79, -1) if slots[j] not in ("duplicate_payment",))
            slots[k], slots[j] = slots[j], slots[k]
    dates = business_dates(400)
    bad_kinds = BAD_KINDS[:]
    rng.shuffle(bad_kinds)
    payments, labels = [], []
    for k, (sc, d) in enumerate(zip(slots, dates)):
        pid = f"pmt-375-{k + 1:04d}"
        if sc == "bad_row":
            b = sc_bad_row(S, bad_kinds.pop())
            payments.append({"id": pid, "date": b["date"] or d.isoformat(), "amount": b["amount"],
                             "currency": b["currency"], "payer_name": b["payer"], "customer_id": b["cid"],
                             "reference": b["ref"], "remittance": b["rem"]})
            labels.append({"payment_id": pid, "status": "review", "applications": [], "unapplied": None,
                           "short_pay": None, "candidates": [], "reason": "invalid payment row: " + b["error"],
                           "scenario": sc, "note": b["note"], "error": b["error"]})
            continue
        for _ in range(80):
            try:
                res = GEN[sc](S)
                break
            except (Skip, IndexError):
                continue
        else:
            raise SystemExit(f"could not build {sc} at slot {k}")
        amt, cur, payer, cid, ref, rem, lab, dup_ok = res
        payments.append({"id": pid, "date": d.isoformat(), "amount": fmt(cur, amt), "currency": cur,
                         "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem})
        icur = {iid: S.inv[iid]["currency"] for iid, _ in lab["apps"]}
        for iid, a in lab["apps"]:
            assert icur[iid] == cur and 0 < a <= S.bal[iid], (sc, iid)
            S.bal[iid] -= a
        if lab["status"] == "applied" and len(lab["apps"]) == 1 and dup_ok and S.bal[lab["apps"][0][0]] == 0:
            S.paid.append((lab["apps"][0][0], amt))
        sp = lab["short_pay"]
        labels.append({
            "payment_id": pid, "status": lab["status"],
            "applications": [{"invoice_id": iid, "amount": fmt(cur, a)} for iid, a in lab["apps"]],
            "unapplied": fmt(cur, lab["unapplied"]),
            "short_pay": None if sp is None else {"invoice_id": sp["invoice_id"], "amount": fmt(cur, sp["amount"]),
                                                  "reason": sp["reason"]},
            "candidates": [{"invoice_ids": c} for c in lab["cands"]],
            "reason": lab["reason"], "scenario": sc, "note": lab["note"]})
    cname = {c["id"]: c["name"] for c in custs}
    inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["cust"], "customer_name": cname[i["cust"]],
                "currency": i["currency"], "total": fmt(i["currency"], i["total"]),
                "balance": fmt(i["currency"], i["balance"]), "issue_date": i["issue"].isoformat(),
                "due_date": i["due"].isoformat()} for i in invs]
    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")
    counts = {}
    for l in labels:
        counts[l["scenario"]] = counts.get(l["scenario"], 0) + 1
    st = {}
    for l in labels:
        st[l["status"]] = st.get(l["status"], 0) + 1
    print(f"{len(inv_out)} invoices, {len(payments)} payments; statuses {st}")
    for k in SCENARIOS:
        print(f"  {k:24s} {counts.get(k, 0)}")


if __name__ == "__main__":
    main()
