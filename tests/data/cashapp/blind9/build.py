#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of the blind cash-application set.

Writes invoices.json, payments.json and expected.json next to this file.
`python3 build.py` rewrites them byte for byte.

The expected answer for every payment is computed while the payments are
generated, in date order, against the open balances that the earlier
payments (as a careful clerk would have applied them) left behind.
"""
import itertools
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(240524)
CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(d):
    return str(q(d))


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


# ---------------------------------------------------------------- amounts/dates in text

def fmt_amt(d, lang, cur=None, sym=True):
    d = q(d)
    neg = d < 0
    d = abs(d)
    whole, frac = str(d).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang in ("en", "es_us"):
        t = ",".join(groups) + "." + frac
    elif lang == "fr":
        t = " ".join(groups) + "," + frac
    else:  # de nl it es
        t = ".".join(groups) + "," + frac
    if neg:
        t = "-" + t
    if not sym:
        return t
    if cur == "USD":
        return "$" + t if lang in ("en", "es_us") else t + " USD"
    if cur == "CAD":
        return ("$" + t) if lang == "en" else (t + " $")
    if cur == "EUR":
        return ("EUR " + t) if lang == "en" else (t + " €" if lang in ("fr", "de", "it", "es") else "€ " + t)
    return t


def fmt_date(d, lang):
    if lang in ("en", "es_us"):
        return rng.choice(["%02d/%02d/%d" % (d.month, d.day, d.year), d.strftime("%b %d, %Y").replace(" 0", " "),
                           "%d/%d/%s" % (d.month, d.day, str(d.year)[2:])])
    if lang == "en_ca":
        return d.isoformat()
    if lang == "de":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "nl":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ---------------------------------------------------------------- customers

US_KEYS = ["Riverside", "Keller", "Ironwood", "Dominguez", "Hawthorne", "Magnolia", "Benson", "Whitfield",
           "Copperline", "Delgado", "Stonebridge", "Larkin", "Oakhurst", "Pruitt", "Redstone", "Sandoval",
           "Tidewater", "Underwood", "Vantage", "Westbrook", "Yancey", "Zeller", "Alder", "Bramble", "Caldwell",
           "Driftwood", "Eastgate", "Fairbanks", "Granger", "Highpoint", "Ingram", "Juniper", "Kingsley",
           "Lakeshore", "Meridian", "Norcross", "Okafor", "Palisade", "Quarry", "Rutledge", "Silverton",
           "Thornbury", "Upland", "Valdez", "Whitaker", "Yellowhammer", "Ashford", "Briarwood", "Cortez",
           "Dunmore", "Elkhorn", "Foxhall", "Gable", "Hollister", "Ironside", "Jarrett", "Kessler", "Lindqvist",
           "McAllister", "Nakamura", "Orchard", "Pemberton", "Quintero", "Rosewood", "Stratton", "Tamarack",
           "Vasquez", "Wexford", "Abernathy", "Bluestem", "Carver", "Deerfield", "Evergreen", "Forsyth",
           "Goldfield", "Hartwell", "Iverson", "Jubilee", "Kendrick", "Lockhart", "Millbrook", "Newberry",
           "Osprey", "Pinecrest", "Redwood", "Sawyer", "Timberline", "Vanguard", "Windham", "Brightwater",
           "Calloway", "Emberly", "Gulfport", "Hayden", "Laurel", "Mesquite", "Parkhurst", "Rockport",
           "Shelton", "Wolcott"]
US_TRADES = ["Roofing", "Drywall & Acoustics", "Framing", "Concrete", "Custom Homes", "Builders", "Construction",
             "Remodeling", "Masonry", "Siding & Windows", "Decks & Fences", "Plumbing & Mechanical",
             "Electrical Contractors", "Home Improvement", "Development", "Restoration", "Cabinets & Millwork",
             "Insulation", "General Contractors", "Exteriors", "Building Supply", "Property Services",
             "Lumber & Hardware", "Contracting", "Homes", "Carpentry", "Renovations", "Stone & Tile"]
US_SUFFIX = [" Inc.", " LLC", " Co.", " Corp.", ", Inc.", " L.L.C.", " Company", " Group, LLC", " Inc", " LLC",
             " & Sons Inc.", " Ltd."]
HISPANIC = {"Dominguez", "Delgado", "Sandoval", "Valdez", "Cortez", "Quintero", "Vasquez"}

CA_NAMES = [  # (name, key, lang)
    ("Constructions Boréal Inc.", "Boréal", "fr"), ("Rénovations Laurentides Inc.", "Laurentides", "fr"),
    ("Toitures Beauce Ltée", "Beauce", "fr"), ("Charpentes Saint-Laurent Inc.", "Saint-Laurent", "fr"),
    ("Gagnon & Fils Construction Inc.", "Gagnon", "fr"), ("Excavation Tremblay Inc.", "Tremblay", "fr"),
    ("Menuiserie Outaouais Inc.", "Outaouais", "fr"), ("Fraser Valley Contracting Ltd.", "Fraser", "en"),
    ("Okanagan Timber Frame Ltd.", "Okanagan", "en"), ("Muskoka Cottage Builders Inc.", "Muskoka", "en"),
    ("Prairie Timber Framing Ltd.", "Prairie", "en"), ("Bluenose Exteriors Ltd.", "Bluenose", "en"),
    ("Kootenay Roofing Ltd.", "Kootenay", "en"), ("Rideau Drywall Inc.", "Rideau", "en"),
    ("Humber Valley Homes Inc.", "Humber", "en"), ("Georgian Bay Decks Ltd.", "Georgian", "en"),
    ("Cariboo Log Homes Ltd.", "Cariboo", "en"), ("Chinook Concrete Ltd.", "Chinook", "en"),
    ("Mapleton Renovations Ltd.", "Mapleton", "en"), ("Lakehead Building Supply Ltd.", "Lakehead", "en"),
    ("Assiniboine Masonry Ltd.", "Assiniboine", "en"), ("Kawartha Custom Homes Inc.", "Kawartha", "en"),
    ("Peace River Contracting Ltd.", "Peace", "en"), ("Skeena Carpentry Ltd.", "Skeena", "en"),
    ("Annapolis Siding Ltd.", "Annapolis", "en"), ("Niagara Stoneworks Inc.", "Niagara", "en"),
    ("Haliburton Builders Inc.", "Haliburton", "en"), ("Cabot Trail Construction Ltd.", "Cabot", "en"),
]
EU_NAMES = [
    ("Bauunternehmung Krüger GmbH", "Krüger", "de"), ("Holzbau Steiner GmbH", "Steiner", "de"),
    ("Dachdeckerei Maier GmbH & Co. KG", "Maier", "de"), ("Vandenberg Bouw B.V.", "Vandenberg", "nl"),
    ("Bouwbedrijf De Vries B.V.", "Vries", "nl"), ("Costruzioni Ferraro S.r.l.", "Ferraro", "it"),
    ("Edilizia Colombo S.p.A.", "Colombo", "it"), ("Charpentes Dufresne SARL", "Dufresne", "fr"),
    ("Menuiserie Lefèvre SAS", "Lefèvre", "fr"), ("Construcciones Herrera S.L.", "Herrera", "es"),
    ("Carpintería Navarro S.L.", "Navarro", "es"), ("O'Donnell Building Supplies Ltd", "O'Donnell", "en"),
]
FAMILIES = [  # (family label, ambiguous payer strings, members [(name, lang, book)])
    ("JOHNSON", ["JOHNSON BROS", "JOHNSON BRO", "JOHNSON B"],
     [("Johnson Brothers Supply Inc.", "en", "US"), ("Johnson Bros. Roofing LLC", "en", "US")]),
    ("SUMMIT", ["SUMMIT CON", "SUMMIT", "SUMMIT C"],
     [("Summit Construction Group LLC", "en", "US"), ("Summit Contracting Inc.", "en", "US")]),
    ("PACIFIC", ["PACIFIC COAST", "PACIFIC CST", "PACIFIC COAST PMT"],
     [("Pacific Coast Framing Inc.", "en", "US"), ("Pacific Coast Drywall LLC", "en", "US")]),
    ("GREATLAKES", ["GREAT LAKES M", "GREAT LAKES", "GR LAKES M"],
     [("Great Lakes Masonry Inc.", "en", "US"), ("Great Lakes Mechanical LLC", "en", "US")]),
    ("NSTAR", ["NORTHERN STAR", "NORTHERN ST", "NORTHERN STAR LTD/INC"],
     [("Northern Star Construction Ltd.", "en", "CA"), ("Northern Star Renovations Inc.", "en", "CA")]),
]
PARENTS = ["Crestline Holdings LLC", "BMH Group Inc", "Tri-County Capital Partners LP",
           "Hallmark Residential Holdings", "Sunbelt Homebuilding Group", "Legacy Property Management Co",
           "Anchorage Equity Partners", "Blackstrap Holdings Inc", "Groupe Immobilier Vireo Inc.",
           "Westmount Holdings Ltd."]
AGGREGATORS = ["BILL.COM LLC", "AVIDXCHANGE INC", "PAYMODE-X", "CORPAY SOLUTIONS", "NVOICEPAY INC"]
UNKNOWN_PAYERS = {
    "USD": ["FIRST AMERICAN TITLE INS CO", "STEWART TITLE GUARANTY ESCROW", "FIDELITY NATL TITLE 0772",
            "ROBERT J KOWALSKI", "M GUTIERREZ", "T NGUYEN & L NGUYEN", "CHICAGO TITLE ESCROW 4471",
            "US BANK NA TRUST OPS", "ORIG CO NAME:PAYROLL SVCS 33", "HOMEOWNER PMT D. ABRAMS",
            "CITY OF FRANKLIN AP", "ST JOSEPH PARISH BLDG FUND"],
    "CAD": ["LAWYERS TRUST ACCT 0417", "J PELLETIER", "DESJARDINS VIREMENT 88211", "S. MACDONALD",
            "NOTAIRE ME GIRARD FIDEICOMMIS"],
    "EUR": ["NOTARIAT DR. WEISS ANDERKONTO", "SPARKASSE UMBUCHUNG 4471", "M. ROSSI", "J. JANSSEN"],
}
AP_PEOPLE = {
    "en": ["Maria Lopez", "Dave K.", "Jen Whitcomb", "Accounts Payable", "Tom Briggs", "Sharon P.", "Kevin Oduya",
           "Linda (AP)", "Rachel Stein", "Brian M.", "AP Dept", "Priya Raman", "Gus"],
    "es_us": ["Rosa Martínez", "Carlos D.", "Lupita Sandoval", "Oficina"],
    "fr": ["Julie Gagnon", "Marc-André Roy", "Comptabilité fournisseurs", "Sylvie L.", "Isabelle Côté"],
    "de": ["Petra Hoffmann", "Buchhaltung", "K. Schulze", "Andreas Wolf"],
    "nl": ["Sanne de Jong", "Crediteurenadministratie", "P. Bakker"],
    "it": ["Giulia Bianchi", "Ufficio Amministrazione", "Marco Conti"],
    "es": ["Lucía Fernández", "Administración", "J. Ortega"],
}

customers = []
used_cids = set()


def new_cid():
    while True:
        c = "c-%04d" % rng.randint(1000, 9999)
        if c not in used_cids:
            used_cids.add(c)
            return c


def add_customer(name, key, book, lang, family=None):
    c = dict(id=new_cid(), name=name, key=key, book=book, lang=lang, family=family, parent=None, mixed=False)
    customers.append(c)
    return c


us_trades = list(US_TRADES)
for k in US_KEYS:
    name = k + " " + rng.choice(us_trades) + rng.choice(US_SUFFIX)
    lang = "es_us" if k in HISPANIC else "en"
    add_customer(name, k, "US", lang)
for name, key, lang in CA_NAMES:
    add_customer(name, key, "CA", lang)
for name, key, lang in EU_NAMES:
    add_customer(name, key, "EU", lang)
for fam, _, members in FAMILIES:
    for name, lang, book in members:
        add_customer(name, None, book, lang, family=fam)

keys_norm = [strip_acc(c["key"]).upper() for c in customers if c["key"]]
assert len(keys_norm) == len(set(keys_norm)), "customer keys must be unique"
CUST = {c["id"]: c for c in customers}

# parents for a few customers (payer name unrelated; only used with an invoice reference)
plain_us = [c for c in customers if c["book"] == "US" and c["key"]]
plain_ca = [c for c in customers if c["book"] == "CA" and c["key"]]
for p, c in zip(PARENTS, rng.sample(plain_us, 8) + rng.sample(plain_ca, 2)):
    c["parent"] = p
for c in rng.sample([c for c in plain_ca if c["lang"] == "en"], 3) + rng.sample(
        [c for c in plain_ca if c["lang"] == "fr"], 2):
    c["mixed"] = True

ABBR = [("Brothers", "BROS"), ("Building", "BLDG"), ("Construction", "CONSTR"), ("Contractors", "CONTR"),
        ("Contracting", "CONTRACTNG"), ("Company", "CO"), ("Corporation", "CORP"), ("Materials", "MATLS"),
        ("Mechanical", "MECH"), ("Development", "DEV"), ("Services", "SVCS"), ("Renovations", "RENOV"),
        ("Restoration", "RESTOR"), ("Improvement", "IMPRVMT"), ("Acoustics", "ACOUST"), ("Supply", "SUP"),
        ("Electrical", "ELEC"), ("Plumbing", "PLMB"), ("General", "GEN"), ("Carpentry", "CARP"),
        ("Property", "PROP"), ("Exteriors", "EXT"), ("Cabinets", "CABS"), ("Millwork", "MLWK")]


def up_clean(t):
    t = strip_acc(t).upper().replace(".", "").replace(",", "").replace("'", "")
    return " ".join(t.split())


def payer_variant(c, allow_odd=True):
    """A bank-style rendering of the customer's own name that still carries its key word."""
    name = c["name"]
    if c["book"] == "EU" and "ü" in name and rng.random() < 0.6:
        name = name.replace("ü", "ue")
    r = rng.random()
    if r < 0.22:
        v = up_clean(name)
    elif r < 0.42:
        t = name
        for a, b in ABBR:
            t = t.replace(a, b)
        v = up_clean(t)
    elif r < 0.57:
        v = name
    elif r < 0.67 and allow_odd:
        v = name.lower() if rng.random() < 0.5 else name.title()
    elif r < 0.8:
        v = up_clean(name)
        for suf in (" INC", " LLC", " LTD", " CO", " CORP", " LTEE", " GMBH", " BV", " SRL", " SPA", " SARL",
                    " SAS", " SL", " LLP", " KG", " GROUP", " COMPANY", " L L C"):
            if v.endswith(suf):
                v = v[: -len(suf)]
    else:
        v = up_clean(name)
        for a, b in ABBR:
            v = v.replace(a.upper(), b)
        v = v.replace(" & ", " AND ") if rng.random() < 0.5 else v.replace(" & ", "&")
    # bank truncation, never cutting the key word
    if rng.random() < 0.35:
        key = up_clean(c["key"] or "")
        cut = rng.choice([16, 18, 20, 22, 24])
        pos = up_clean(v).find(key) + len(key) if key else 0
        if len(v) > cut and cut >= pos + 2:
            v = v[:cut].rstrip()
    return v


# ---------------------------------------------------------------- invoices

invoices = []
used_iids = set()


def new_iid():
    while True:
        i = "i-%05d" % rng.randint(10000, 99999)
        if i not in used_iids:
            used_iids.add(i)
            return i


def rand_total(lo=40, hi=90000):
    while True:
        v = rng.lognormvariate(7.75, 1.05)
        if lo <= v <= hi:
            break
    if rng.random() < 0.12:
        v = round(v / 50) * 50
        return q(max(v, 50))
    return q(v)


START_ISSUE = date(2024, 10, 1)
END_ISSUE = date(2025, 3, 28)


def rand_issue():
    d = START_ISSUE + timedelta(days=rng.randint(0, (END_ISSUE - START_ISSUE).days))
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


group_counter = itertools.count(1)


def add_invoice(c, currency=None, total=None, tag=None, issue=None, group=None, balance=None):
    book_cur = {"US": "USD", "CA": "CAD", "EU": "EUR"}[c["book"]]
    cur = currency or book_cur
    total = total if total is not None else rand_total()
    issue = issue or rand_issue()
    terms = rng.choice([30, 30, 30, 30, 45, 60, 15, 30]) if cur != "EUR" else rng.choice([30, 30, 60])
    inv = dict(id=new_iid(), number=None, customer_id=c["id"], customer_name=c["name"], currency=cur,
               total=q(total), balance=q(balance if balance is not None else total), issue_date=issue,
               due_date=issue + timedelta(days=terms), tag=tag, group=group or next(group_counter),
               book="US" if cur == "USD" else ("CA" if cur == "CAD" else "EU"))
    invoices.append(inv)
    return inv


# base invoices
for c in customers:
    if c["book"] == "US":
        n = rng.choice([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 8, 11])
    elif c["book"] == "CA":
        n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
    else:
        n = rng.choice([1, 2, 2, 3, 3, 4])
    for _ in range(n):
        inv = add_invoice(c)
        if rng.random() < 0.08 and inv["total"] > 500:
            paid = q(inv["total"] * Decimal(rng.choice(["0.25", "0.4", "0.5", "0.6"])))
            if rng.random() < 0.4:
                paid = q(rng.choice([100, 150, 200, 250, 375, 410]))
            inv["balance"] = inv["total"] - paid
            inv["prior"] = True
    if c["mixed"]:
        for _ in range(rng.choice([2, 3])):
            add_invoice(c, currency="USD")

by_book = lambda b: [c for c in customers if c["book"] == b]
keyed = lambda b: [c for c in customers if c["book"] == b and c["key"]]

# seeds: equal-amount twins (review when no reference)
for c in rng.sample(keyed("US"), 12) + rng.sample(keyed("CA"), 3) + rng.sample(keyed("EU"), 1):
    amt = rng.choice([q(rand_total(200, 9000)), q(rng.choice([850, 1200, 1450, 2400, 3150, 975]))])
    g1, g2 = rand_issue(), rand_issue()
    add_invoice(c, total=amt, tag="twin", issue=g1)
    add_invoice(c, total=amt, tag="twin", issue=g2)
# seeds: a = b + c triples
for c in rng.sample(keyed("US"), 9) + rng.sample(keyed("CA"), 2):
    a = rand_total(300, 6000)
    b = rand_total(300, 6000)
    add_invoice(c, total=a, tag="sum3")
    add_invoice(c, total=b, tag="sum3")
    add_invoice(c, total=a + b, tag="sum3")
# seeds: same amount in two customers of a family
fam_members = {}
for c in customers:
    if c["family"]:
        fam_members.setdefault(c["family"], []).append(c)
for fam, members in fam_members.items():
    for _ in range(2 if fam != "NSTAR" else 1):
        amt = q(rand_total(300, 8000))
        for m in members:
            add_invoice(m, total=amt, tag="fam")
# family members also get ordinary invoices
for fam, members in fam_members.items():
    for m in members:
        for _ in range(rng.choice([2, 3, 4])):
            add_invoice(m)
# seeds: blocks of consecutive numbers (range references)
for c in rng.sample(keyed("US"), 9) + rng.sample(keyed("CA"), 2):
    g = next(group_counter)
    d = rand_issue()
    for _ in range(rng.choice([3, 4, 4, 5])):
        add_invoice(c, tag="block", issue=d, group=g)
# seeds: near pairs (consecutive numbers, same customer) for ambiguous typos
for c in rng.sample(keyed("US"), 6) + rng.sample(keyed("CA"), 1):
    g = next(group_counter)
    d = rand_issue()
    amt = q(rand_total(300, 6000))
    add_invoice(c, tag="near", issue=d, group=g, total=amt)
    add_invoice(c, tag="near", issue=d, group=g, total=amt)
# seeds: dupo pairs (same customer, same amount; one paid by reference, later a repeat)
for c in rng.sample(keyed("US"), 5) + rng.sample(keyed("CA"), 1):
    amt = q(rand_total(300, 7000))
    add_invoice(c, total=amt, tag="dupo")
    add_invoice(c, total=amt, tag="dupo")
# seeds: trap invoices (their amount will equal another invoice's number)
trap_custs = rng.sample(keyed("US"), 3)
for c in trap_custs:
    add_invoice(c, tag="trap")
# seeds: mixed customer with the same figure in USD and CAD
xcur_pairs = []
for c in [x for x in customers if x["mixed"]][:2]:
    amt = q(rand_total(400, 5000))
    a = add_invoice(c, currency="USD", total=amt, tag="xcur")
    b = add_invoice(c, currency="CAD", total=amt, tag="xcur")
    xcur_pairs.append((a, b))

# numbering: per book, in issue order, with gaps for invoices paid before this run
for book in ("US", "CA", "EU"):
    invs = sorted([i for i in invoices if i["book"] == book], key=lambda i: (i["issue_date"], i["group"], i["id"]))
    n = {"US": 30418, "CA": 20112, "EU": 0}[book]
    eu_seq = {2024: 318, 2025: 12}
    prev_group = None
    for inv in invs:
        if book == "EU":
            y = inv["issue_date"].year
            eu_seq[y] += rng.choice([1, 1, 2, 3])
            inv["number"] = "EU-%d-%04d" % (y, eu_seq[y])
            continue
        n += 1 if inv["group"] == prev_group else rng.choice([1, 1, 1, 2, 2, 3, 4])
        prev_group = inv["group"]
        inv["number"] = str(n) if book == "US" else "CA-%d" % n
# the near pairs must differ only in the last digit
for g in {i["group"] for i in invoices if i["tag"] == "near"}:
    pair = [i for i in invoices if i["group"] == g]
    a, b = pair
    if a["number"][:-1] != b["number"][:-1]:
        for i in pair:
            i["tag"] = None
# trap invoices: amount = the number of another (US) invoice of another customer
us_nums = [i for i in invoices if i["book"] == "US" and i["tag"] is None]
for inv in [i for i in invoices if i["tag"] == "trap"]:
    other = rng.choice([o for o in us_nums if o["customer_id"] != inv["customer_id"]])
    inv["total"] = inv["balance"] = q(int(other["number"]))
    inv["trap_of"] = other["id"]

INV = {i["id"]: i for i in invoices}
NUM = {i["number"]: i for i in invoices}
assert len(NUM) == len(invoices)
CINV = {}
for i in invoices:
    CINV.setdefault(i["customer_id"], []).append(i)
bal = {i["id"]: i["balance"] for i in invoices}

# ---------------------------------------------------------------- state helpers


def open_invs(cid, cur=None):
    return [i for i in CINV.get(cid, []) if bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]


def inv_key(i):
    return (i["due_date"], i["number"])


def exact_sets(invs, amt, maxk=4):
    out = []
    invs = sorted(invs, key=inv_key)
    for k in range(1, min(maxk, len(invs)) + 1):
        for combo in itertools.combinations(invs, k):
            if sum(bal[i["id"]] for i in combo) == amt:
                out.append(list(combo))
    if len(invs) > maxk and sum(bal[i["id"]] for i in invs) == amt:
        out.append(list(invs))
    return out


def rank(sets, amt, named=(), cid=None):
    named = set(named)

    def key(st):
        tot = sum(bal[i["id"]] for i in st)
        return (0 if tot == amt else 1, 0 if any(i["id"] in named for i in st) else 1,
                0 if (cid and all(i["customer_id"] == cid for i in st)) else 1, len(st),
                min(inv_key(i) for i in st))
    seen, out = set(), []
    for st in sorted(sets, key=key):
        ids = tuple(i["id"] for i in sorted(st, key=inv_key))
        if ids not in seen:
            seen.add(ids)
            out.append(list(ids))
    return out


# ---------------------------------------------------------------- payment dates

pay_dates = []
d = date(2025, 4, 1)
while d <= date(2025, 6, 30):
    if d.weekday() < 5:
        pay_dates += [d] * rng.choice([4, 5, 6, 7, 8])
    d += timedelta(days=1)

payments, expected, history = [], [], []
used_pids = set()


def new_pid():
    while True:
        p = "p-%05d" % rng.randint(10000, 99999)
        if p not in used_pids:
            used_pids.add(p)
            return p


def emit(kind, dt, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short, cands, reason, note, lang,
         pid=None, raw_amount=None):
    pid = pid or new_pid()
    amount = q(amount)
    for inv, a in apps:
        assert inv["currency"] == cur, (kind, inv["number"])
        assert 0 < a <= bal[inv["id"]], (kind, inv["number"], a, bal[inv["id"]])
    assert sum((a for _, a in apps), ZERO) + unapplied == amount, (kind, amount, unapplied)
    if status == "applied":
        assert apps and unapplied == 0 and short is None and not cands
    if status == "partial":
        assert apps and unapplied == 0 and any(a < bal[i["id"]] for i, a in apps)
    if status == "unapplied":
        assert unapplied > 0 and not cands and short is None
    if status == "review":
        assert not apps and unapplied == amount and short is None
    if short:
        assert status == "partial"
    for inv, a in apps:
        bal[inv["id"]] -= a
    payments.append(dict(id=pid, date=dt.isoformat(), amount=raw_amount if raw_amount is not None else s(amount),
                         currency=cur, payer_name=payer, customer_id=cid, reference=ref, remittance=rem))
    expected.append(dict(payment_id=pid, status=status,
                         applications=[dict(invoice_id=i["id"], amount=s(a)) for i, a in
                                       sorted(apps, key=lambda x: inv_key(x[0]))],
                         unapplied=s(unapplied), short_pay=short, candidates=cands, reason=reason,
                         note="[%s:%s, %s] %s" % (status, kind, lang, note)))
    history.append(dict(kind=kind, date=dt, pid=pid, cid=cid, cust=(apps[0][0]["customer_id"] if apps else cid),
                        apps=[(i["id"], a) for i, a in apps], amount=amount, cur=cur, status=status,
                        full=[i["id"] for i, a in apps if bal[i["id"]] == 0], idx=len(payments) - 1))
    return pid


# ---------------------------------------------------------------- text helpers

def lang_of(c):
    return c["lang"]


def num_style(inv, style=None):
    n = inv["number"]
    if inv["book"] == "US":
        ch = [n, n, n, "INV" + n, "INV " + n, "INV#" + n, "INV-" + n, "#" + n, "Inv." + n, "00" + n, "BILL " + n,
              "INVOICE " + n, "IN" + n, "inv " + n]
    elif inv["book"] == "CA":
        dg = n.split("-")[1]
        ch = [n, n, n.replace("-", ""), "CA " + dg, dg, n.lower(), "INV " + n, "FACT " + n, "#" + n, "no " + n]
    else:
        y, sq = n.split("-")[1:]
        ch = [n, n, n.replace("-", ""), "EU %s %s" % (y, sq), "%s-%s" % (y, sq), "RE " + n, "Nr. " + n, n.lower(),
              "EU-%s/%s" % (y, sq)]
    return rng.choice(ch) if style is None else ch[style % len(ch)]


def bare(inv):
    n = inv["number"]
    if inv["book"] == "US":
        return rng.choice([n, n, "#" + n])
    return rng.choice([n, n.replace("-", "")]) if inv["book"] == "CA" else n


def multi_ref(invs):
    b = invs[0]["book"]
    nums = [bare(i) for i in invs]
    sep = rng.choice([" ", "/", ",", ", ", " & ", ";", " + "])
    pre = {"US": ["INV ", "INVS ", "INVOICES ", "PMT ", "BILLS ", "", "INV# ", "RE: "],
           "CA": ["INV ", "FACT ", "FACTURES ", "", "INVOICES "],
           "EU": ["RE ", "Rechnungen ", "Fact. ", "", "Inv. "]}[b]
    pr = rng.choice(pre)
    if "#" in pr:
        nums = [x.lstrip("#") for x in nums]
    return pr + sep.join(nums)


def payer_short(payer, n=16):
    return up_clean(payer)[:n].rstrip()


def CHK():
    while True:
        v = rng.choice([rng.randint(1001, 9999), rng.randint(50000, 98999), rng.randint(100100, 199999)])
        if str(v) not in NUM and ("CA-%d" % v) not in NUM:
            return str(v)
PO = lambda: rng.choice(["4500%06d" % rng.randint(0, 999999), "PO-%d" % rng.randint(1000, 9999),
                         "%d-%02d" % (rng.randint(2100, 9800), rng.randint(1, 40))])


def wrap_ref(core, cur, payer, lang):
    """Bank reference around an invoice core text."""
    P = payer_short(payer)
    if cur == "USD":
        t = rng.choice(["ACH CREDIT {r}", "CCD PMT {r}", "{P} PAYMENT {r}",
                        "ORIG CO NAME:{P} ENTRY DESCR:PAYMENTS IND ID:{r}", "EDI PYMNTS {r}", "{r}", "{r}",
                        "PMT {r}", "VENDOR PMT {r}", "WIRE IN B/O {P} OBI {r}", "FEDWIRE CR /OBI/{r}",
                        "/RFB/{r}", "CHK {c} {r}", "LOCKBOX 0917 CHK {c} {r}", "ACH {r} {P}"])
    elif cur == "CAD":
        if lang == "fr":
            t = rng.choice(["PAIEMENT {r}", "VIREMENT {P} {r}", "TEF {r}", "PAY/PAIE {r}", "{r}", "CHQ {c} {r}"])
        else:
            t = rng.choice(["EFT CREDIT {r}", "PAY/PAIE {P} {r}", "AFT {r}", "INTERAC E-TRF {r}", "{r}",
                            "CHQ {c} {r}", "WIRE {P} {r}"])
    else:
        t = {"de": ["SVWZ+{r}", "EREF+NOTPROVIDED SVWZ+{r}", "SEPA-Ueberweisung {r}", "{r}"],
             "nl": ["Factuur {r}", "/RI/{r}", "{r}", "SEPA OVERBOEKING {r}"],
             "it": ["Pagamento {r}", "SALDO {r}", "{r}", "BONIFICO SEPA {r}"],
             "fr": ["Règlement {r}", "VIR SEPA {r}", "{r}"],
             "es": ["Pago {r}", "TRANSF. {r}", "{r}"],
             "en": ["SEPA CT {P} /RI/{r}", "{r}", "PAYMENT {r}"]}.get(lang, ["{r}"])
        t = rng.choice(t)
    return t.format(r=core, P=P, c=CHK())


def generic_ref(cur, payer, lang, allow_none=True):
    P = payer_short(payer)
    if cur == "USD":
        opts = ["ACH PAYMENT", "CCD VENDOR PAY", "{P} PAYABLES", "CHECK #{c}", "LOCKBOX 0917 ITEM {i} CHK {c}",
                "WIRE IN B/O {P}", "PO {po}", "JOB {job}", "PAYMENT", "EDI PYMNTS", "ACH CREDIT {P}",
                "PMT REF {c}"]
    elif cur == "CAD":
        opts = ["EFT CREDIT", "PAY/PAIE {P}", "AFT CREDIT", "CHQ {c}", "INTERAC E-TRF", "PAIEMENT FOURNISSEUR",
                "PO {po}"]
    else:
        opts = {"de": ["SVWZ+Zahlung", "SEPA-Ueberweisung", "/ROC/NOTPROVIDED"], "nl": ["Betaling", "SEPA OVERBOEKING {P}"],
                "it": ["Pagamento fornitore", "BONIFICO SEPA {P}"], "fr": ["VIR SEPA {P}", "Paiement fournisseur"],
                "es": ["Pago proveedor", "TRANSF. {P}"], "en": ["SEPA CT {P}", "/ROC/NOTPROVIDED"]}.get(lang, ["SEPA CT {P}"])
    if allow_none:
        opts = opts + [None, None]
    t = rng.choice(opts)
    if t is None:
        return None
    return t.format(P=P, c=CHK(), i=rng.randint(1, 60),
                    po=PO(), job=rng.choice(["MAPLE RIDGE LOT 14", "2231 ELM", "RIVER BEND PH2", "CEDAR HTS BLDG C",
                                             "HWY 9 WAREHOUSE", "ST LUKES REROOF"]))


def person(lang):
    return rng.choice(AP_PEOPLE.get(lang, AP_PEOPLE["en"])).rstrip(".")


def tlang(lang):
    return {"es_us": "es", "en_ca": "en"}.get(lang, lang)


def remit_table(c, rows, total, cur, dt, lang, title=True):
    """rows: (inv, gross, deduction, paid, comment)."""
    L = tlang(lang)
    hdr = {"en": ("Invoice #", "Inv Date", "Gross", "Deduct", "Paid"),
           "es": ("Factura", "Fecha", "Importe", "Desc.", "Pagado"),
           "fr": ("No facture", "Date", "Montant", "Retenue", "Payé"),
           "de": ("Rechnung", "Datum", "Betrag", "Abzug", "Zahlbetrag"),
           "nl": ("Factuur", "Datum", "Bedrag", "Korting", "Betaald"),
           "it": ("Fattura", "Data", "Importo", "Detraz.", "Pagato")}[L]
    al = "en" if L in ("en",) or lang == "es_us" else L
    style = rng.choice(["fixed", "fixed", "pipe", "csv", "edi"])
    lines = []
    if title:
        lines.append(rng.choice({"en": ["REMITTANCE ADVICE", "Payment Advice", "*** REMITTANCE ***", "Remit detail"],
                                 "es": ["AVISO DE PAGO", "Detalle de pago"], "fr": ["AVIS DE PAIEMENT", "Détail du paiement"],
                                 "de": ["ZAHLUNGSAVIS", "Zahlungsavis"], "nl": ["BETALINGSADVIES"],
                                 "it": ["AVVISO DI PAGAMENTO", "Distinta di pagamento"]}[L]))
        if rng.random() < 0.6:
            lines.append({"en": "Payer: %s", "es": "Pagador: %s", "fr": "Payeur : %s", "de": "Zahler: %s",
                          "nl": "Betaler: %s", "it": "Ordinante: %s"}[L] % c["name"])
        if rng.random() < 0.5:
            lines.append({"en": "Payment date: %s", "es": "Fecha de pago: %s", "fr": "Date de paiement : %s",
                          "de": "Zahlungsdatum: %s", "nl": "Betaaldatum: %s", "it": "Data valuta: %s"}[L]
                         % fmt_date(dt, "en" if L == "en" and c["book"] == "US" else ("en_ca" if c["book"] == "CA" and L == "en" else L)))
        if rng.random() < 0.4:
            lines.append("Ref: %s" % rng.choice(["0004%03d" % rng.randint(0, 999), "PMT-%d" % rng.randint(100000, 999999),
                                                "EFT%d" % rng.randint(100000, 999999)]))
        lines.append("")
    dl = "en" if (L == "en" and c["book"] == "US") or lang == "es_us" else ("en_ca" if c["book"] == "CA" and L == "en" else L)
    has_ded = any(r[2] for r in rows)
    if style == "fixed":
        cols = [hdr[0], hdr[1], hdr[2]] + ([hdr[3]] if has_ded else []) + [hdr[4]]
        lines.append("%-12s %-11s %12s" % tuple(cols[:3]) + ("".join(" %10s" % x for x in cols[3:])))
        for inv, g, dd, p, com in rows:
            vals = [fmt_amt(g, al, sym=False)] + ([fmt_amt(dd, al, sym=False) if dd else ""] if has_ded else []) + \
                   [fmt_amt(p, al, sym=False)]
            line = "%-12s %-11s %12s" % (inv["number"], fmt_date(inv["issue_date"], dl), vals[0]) + "".join(
                " %10s" % v for v in vals[1:])
            if com:
                line += "  " + com
            lines.append(line)
        lines.append("%-24s %12s" % ({"en": "TOTAL", "es": "TOTAL", "fr": "TOTAL", "de": "Summe", "nl": "Totaal",
                                      "it": "Totale"}[L], "") + " " * (11 if has_ded else 0) + " %10s" % fmt_amt(total, al, sym=False))
    elif style == "pipe":
        lines.append("| %s | %s | %s |" % (hdr[0], hdr[2], hdr[4]) + (" note |" if any(r[4] for r in rows) else ""))
        for inv, g, dd, p, com in rows:
            lines.append("| %s | %s | %s |" % (inv["number"], fmt_amt(g, al, sym=False), fmt_amt(p, al, sym=False)) +
                         ((" %s |" % com) if any(r[4] for r in rows) else ""))
        lines.append("Total: %s" % fmt_amt(total, al, cur))
    elif style == "csv":
        lines.append(",".join([hdr[0], hdr[1], hdr[2], hdr[3], hdr[4]]))
        for inv, g, dd, p, com in rows:
            lines.append(",".join([inv["number"], inv["issue_date"].isoformat(), str(q(g)), str(q(dd)) if dd else "0.00",
                                   str(q(p))]) + ((',"%s"' % com) if com else ""))
        lines.append("TOTAL,,,,%s" % str(q(total)))
    else:
        for inv, g, dd, p, com in rows:
            seg = "RMR*IV*%s*%s*%s" % (inv["number"], str(q(p)), str(q(g)))
            if dd:
                seg += "*%s" % str(q(dd))
            lines.append(seg + "~" + (("NTE*ADJ*%s~" % com) if com else ""))
        lines.append("BPR*C*%s*C*ACH~" % str(q(total)))
    if rng.random() < 0.35:
        lines.append("")
        lines.append(rng.choice({"en": ["Questions? ap@%s.example" % strip_acc(c["name"].split()[0]).lower().strip(".,'"),
                                        "Thank you for your business.", "Please update your records.", "-- %s" % person(lang)],
                                 "es": ["Gracias.", "Saludos, %s" % person(lang)],
                                 "fr": ["Merci.", "Cordialement, %s" % person(lang)],
                                 "de": ["Mit freundlichen Grüßen\n%s" % person(lang)],
                                 "nl": ["Met vriendelijke groet, %s" % person(lang)],
                                 "it": ["Cordiali saluti\n%s" % person(lang)]}[L]))
    return "\n".join(lines)


def join_nums(invs, L):
    nums = [i["number"] for i in invs]
    if len(nums) == 1:
        return nums[0]
    last = {"en": " and ", "es": " y ", "fr": " et ", "de": " und ", "nl": " en ", "it": " e "}[L]
    return ", ".join(nums[:-1]) + last + nums[-1]


def remit_free(c, invs, amount, cur, lang):
    L = tlang(lang)
    al = "en" if L == "en" or lang == "es_us" else L
    A = fmt_amt(amount, al, cur)
    N = join_nums(invs, L)
    pl = len(invs) > 1
    opts = {
        "en": ["Please apply to invoice%s %s.\nThank you,\n%s" % ("s" if pl else "", N, person(lang)),
               "Pmt for %s" % N,
               "Hi - sending %s today for %s. Let me know if you need anything else.\n%s" % (A, N, person(lang)),
               "Remittance: %s, total %s" % (N, A),
               "Dear Sir/Madam,\n\nPlease find our payment of %s in settlement of invoice%s %s.\n\nKind regards,\n%s\nAccounts Payable, %s"
               % (A, "s" if pl else "", N, person(lang), c["name"]),
               "paying %s  -- thx" % N.lower()],
        "es": ["Pago de factura%s %s por %s.\nSaludos,\n%s" % ("s" if pl else "", N, A, person(lang)),
               "Buenos días, les enviamos %s correspondiente a %s. Gracias." % (A, N)],
        "fr": ["Paiement de%s facture%s %s — total %s.\nCordialement,\n%s" % ("s" if pl else " la", "s" if pl else "", N, A, person(lang)),
               "Bonjour, veuillez trouver notre paiement de %s pour %s. Merci!" % (A, N)],
        "de": ["Wir überweisen %s für Rechnung%s %s.\nMit freundlichen Grüßen\n%s" % (A, "en" if pl else "", N, person(lang)),
               "Ausgleich Rechnung%s %s, Betrag %s" % ("en" if pl else "", N, A)],
        "nl": ["Betaling factu%s %s, totaal %s.\nMet vriendelijke groet,\n%s" % ("ren" if pl else "ur", N, A, person(lang))],
        "it": ["Pagamento fattur%s %s per un totale di %s.\nCordiali saluti,\n%s" % ("e" if pl else "a", N, A, person(lang))],
    }[L]
    return rng.choice(opts)


def rows_full(invs):
    return [(i, bal[i["id"]], ZERO, bal[i["id"]], "") for i in invs]


# ---------------------------------------------------------------- payer choice

def choose_payer(c, cid_p=0.55, allow_parent=True):
    """Returns (payer_name, customer_id or None, how)."""
    r = rng.random()
    if allow_parent and c["parent"] and r < 0.5:
        return c["parent"], None, "parent company pays"
    if allow_parent and r > 0.95 and c["book"] == "US":
        return rng.choice(AGGREGATORS), None, "payment platform pays"
    cid = c["id"] if rng.random() < cid_p else None
    return payer_variant(c), cid, ""


def usable(i):
    return i["tag"] is None


def tmpl_cust_invs(cur=None, minn=1, keyed_only=False, books=None, pred=None):
    out = []
    for c in customers:
        if keyed_only and not c["key"]:
            continue
        if books and c["book"] not in books:
            continue
        curs = [cur] if cur else sorted({i["currency"] for i in CINV.get(c["id"], [])})
        for cu in curs:
            invs = [i for i in open_invs(c["id"], cu) if usable(i) and (pred is None or pred(i))]
            if len(invs) >= minn:
                out.append((c, cu, invs))
    return out


def pick_cur_book():
    r = rng.random()
    return "USD" if r < 0.68 else ("CAD" if r < 0.89 else "EUR")


def pick_cust(minn=1, keyed_only=False, pred=None, cur=None):
    cur = cur or pick_cur_book()
    opts = tmpl_cust_invs(cur, minn, keyed_only, pred=pred)
    if not opts:
        opts = tmpl_cust_invs(None, minn, keyed_only, pred=pred)
    if not opts:
        return None
    return rng.choice(opts)


def ref_and_remit(c, invs, amount, cur, payer, lang, rows=None, force_remit=False, ref_core=None):
    """Evidence for an invoice set: reference and/or remittance. Returns (ref, rem, lang_used, how)."""
    r = rng.random()
    if len(invs) == 1:
        core = ref_core or num_style(invs[0])
    else:
        core = ref_core or multi_ref(invs)
    ref_lang = "en"
    if lang != "en" and r < 0.45:
        r = 0.0
    if force_remit or r < 0.3 or (len(invs) > 3 and r < 0.8):
        # reference generic, remittance carries the invoices
        ref = generic_ref(cur, payer, lang) if rng.random() < 0.7 else wrap_ref(core, cur, payer, lang)
        if rows is not None or rng.random() < 0.6:
            rem = remit_table(c, rows or rows_full(invs), amount, cur, DATE[0], lang)
        else:
            rem = remit_free(c, invs, amount, cur, lang)
        return ref, rem, tlang(lang), "remittance lists the invoices"
    ref = wrap_ref(core, cur, payer, lang)
    if len(ref) > 80 and len(invs) > 1:
        ref = ref[:80].rsplit(" ", 1)[0]
        rem = remit_table(c, rows or rows_full(invs), amount, cur, DATE[0], lang)
        return ref, rem, tlang(lang), "reference truncated, remittance lists the invoices"
    rem = None
    if rng.random() < 0.2:
        rem = remit_free(c, invs, amount, cur, lang)
        ref_lang = tlang(lang)
    if cur != "USD" and lang != "en":
        ref_lang = tlang(lang)
    return ref, rem, ref_lang, "reference names the invoice" + ("s" if len(invs) > 1 else "")


DATE = [None]


# ---------------------------------------------------------------- scenario builders
# Each builder returns True when it emitted one payment, False when the current
# ledger state offers nothing suitable (the slot then goes to another scenario).

def cust_ident(c, cid):
    return "customer_id %s" % cid if cid else "payer name '%s'" % "?"


def b_ref_single(dt):
    p = pick_cust(1)
    if not p:
        return False
    c, cur, invs = p
    inv = rng.choice(invs)
    amt = bal[inv["id"]]
    payer, cid, how = choose_payer(c)
    ref, rem, lang, ev = ref_and_remit(c, [inv], amt, cur, payer, c["lang"])
    extra = " (balance after an earlier credit, not the original total)" if amt != inv["total"] else ""
    emit("ref-single", dt, amt, cur, payer, cid, ref, rem, "applied", [(inv, amt)], ZERO, None, [],
         "invoice %s named; amount equals its open balance%s" % (inv["number"], extra),
         "%s; %s %s = balance%s%s" % (ev, cur, s(amt), extra, ("; " + how) if how else ""), lang)
    return True


def b_ref_multi(dt):
    p = pick_cust(2)
    if not p:
        return False
    c, cur, invs = p
    k = min(len(invs), rng.choice([2, 2, 2, 3, 3, 3, 4, 5, 6, 8, 11]))
    sel = sorted(rng.sample(invs, k), key=inv_key)
    amt = sum(bal[i["id"]] for i in sel)
    payer, cid, how = choose_payer(c)
    ref, rem, lang, ev = ref_and_remit(c, sel, amt, cur, payer, c["lang"])
    emit("ref-multi", dt, amt, cur, payer, cid, ref, rem, "applied", [(i, bal[i["id"]]) for i in sel], ZERO, None, [],
         "%d invoices named (%s); amount equals their open balances" % (k, ", ".join(i["number"] for i in sel)),
         "%s; lump sum of %d balances%s" % (ev, k, ("; " + how) if how else ""), lang)
    return True


def b_range(dt):
    groups = {}
    for i in invoices:
        if i["tag"] == "block":
            groups.setdefault(i["group"], []).append(i)
    ok = [g for g in groups.values() if all(bal[i["id"]] > 0 for i in g)]
    if not ok:
        return False
    g = sorted(rng.choice(ok), key=lambda i: i["number"])
    c = CUST[g[0]["customer_id"]]
    cur = g[0]["currency"]
    a, b = g[0]["number"], g[-1]["number"]
    if cur == "USD":
        opts = ["INV %s-%s" % (a, b), "%s THRU %s" % (a, b), "INVS %s TO %s" % (a, b), "%s - %s" % (a, b)]
        if a[:-2] == b[:-2]:
            opts += ["%s-%s" % (a, b[-2:]), "INV %s-%s" % (a, b[-2:])]
        if a[:-3] == b[:-3]:
            opts += ["INV#%s-%s" % (a, b[-3:])]
        core = rng.choice(opts)
    else:
        da, db = a.split("-")[1], b.split("-")[1]
        opts = ["%s-%s" % (a, db), "%s à %s" % (a, b), "INV %s TO %s" % (a, b)]
        if da[:-2] == db[:-2]:
            opts.append("CA %s-%s" % (da, db[-2:]))
        core = rng.choice(opts)
    amt = sum(bal[i["id"]] for i in g)
    payer, cid, how = choose_payer(c, allow_parent=False)
    ref = wrap_ref(core, cur, payer, c["lang"])
    emit("range", dt, amt, cur, payer, cid, ref, None, "applied", [(i, bal[i["id"]]) for i in g], ZERO, None, [],
         "reference range %s covers %d consecutive invoices of the customer; amount equals their balances" % (core, len(g)),
         "range reference '%s' = %s..%s, all this customer's, sum matches" % (core, a, b), "en")
    return True


def identify(c, cid_p=0.6):
    """Payer fields for a payment that carries no invoice number: the customer must be identifiable."""
    if rng.random() < cid_p or not c["key"]:
        return payer_variant(c), c["id"], "customer_id given"
    return payer_variant(c), None, "payer name identifies %s" % c["name"]


def b_amount_only(dt):
    for _ in range(40):
        p = pick_cust(1)
        if not p:
            return False
        c, cur, invs = p
        allopen = open_invs(c["id"], cur)
        cands = [i for i in invs if exact_sets(allopen, bal[i["id"]]) == [[i]]]
        if not cands:
            continue
        inv = rng.choice(cands)
        amt = bal[inv["id"]]
        payer, cid, how = identify(c)
        ref = generic_ref(cur, payer, c["lang"])
        rem = None
        if rng.random() < 0.2:
            rem = rng.choice(["Thanks!", "Payment enclosed.", "For materials delivered to %s" % rng.choice(
                ["2231 Elm St", "Lot 14 Maple Ridge", "the Hwy 9 job", "River Bend phase 2"]), "See attached."])
            if cur != "USD" and c["lang"] == "fr":
                rem = rng.choice(["Merci!", "Paiement ci-joint."])
        emit("amount-only", dt, amt, cur, payer, cid, ref, rem, "applied", [(inv, amt)], ZERO, None, [],
             "no invoice named; %s; amount matches only open invoice %s (no other invoice or combination)" % (how, inv["number"]),
             "%s; unique exact amount among %d open %s invoices" % (how, len(allopen), cur), "fr" if rem in ("Merci!", "Paiement ci-joint.") else "en")
        return True
    return False


def b_statement(dt):
    opts = []
    for c in customers:
        for cur in ("USD", "CAD", "EUR"):
            op = open_invs(c["id"], cur)
            if 2 <= len(op) <= 7 and all(usable(i) for i in op):
                opts.append((c, cur, op))
    if not opts:
        return False
    c, cur, op = rng.choice(opts)
    amt = sum(bal[i["id"]] for i in op)
    payer, cid, how = identify(c, 0.5)
    L = tlang(c["lang"])
    sd = DATE[0] - timedelta(days=DATE[0].day)
    ref = rng.choice(["STMT PMT", "STATEMENT %02d/%02d" % (sd.month, sd.day), "PAYMENT ON ACCOUNT PER STMT",
                      "BAL PER STATEMENT"]) if cur == "USD" else rng.choice(["RELEVE %s" % sd.isoformat(), "STATEMENT", "KONTOAUSZUG"])
    rem = {"en": "Paying your statement dated %s in full (%s).\n%s" % (fmt_date(sd, "en"), fmt_amt(amt, "en", cur), person("en")),
           "es": "Pago total del estado de cuenta al %s: %s" % (fmt_date(sd, "es"), fmt_amt(amt, "es_us", cur)),
           "fr": "Paiement complet du relevé au %s : %s" % (fmt_date(sd, "fr"), fmt_amt(amt, "fr", cur)),
           "de": "Ausgleich Kontoauszug vom %s, %s" % (fmt_date(sd, "de"), fmt_amt(amt, "de", cur)),
           "nl": "Betaling volgens rekeningoverzicht %s: %s" % (fmt_date(sd, "nl"), fmt_amt(amt, "nl", cur)),
           "it": "Saldo estratto conto al %s: %s" % (fmt_date(sd, "it"), fmt_amt(amt, "it", cur))}[L]
    emit("statement", dt, amt, cur, payer, cid, ref, rem, "applied", [(i, bal[i["id"]]) for i in op], ZERO, None, [],
         "payment per statement; amount equals the total of all %d open invoices" % len(op),
         "%s; statement total = sum of every open %s invoice" % (how, cur), L)
    return True


def digits_of(inv):
    return inv["number"] if inv["book"] == "US" else inv["number"].split("-")[1]


ALLDIG = set()
for _i in invoices:
    if _i["book"] != "EU":
        ALLDIG.add(digits_of(_i))


def make_typo(d):
    for _ in range(30):
        t = rng.choice(["swap", "sub", "drop", "dup"])
        j = rng.randrange(len(d) - 1)
        if t == "swap":
            if d[j] == d[j + 1]:
                continue
            x = d[:j] + d[j + 1] + d[j] + d[j + 2:]
        elif t == "sub":
            j = rng.randrange(1, len(d))
            x = d[:j] + rng.choice([c for c in "0123456789" if c != d[j]]) + d[j + 1:]
        elif t == "drop":
            j = rng.randrange(1, len(d))
            x = d[:j] + d[j + 1:]
        else:
            j = rng.randrange(1, len(d))
            x = d[:j] + d[j] + d[j:]
        if x not in ALLDIG and not any(x == k[:len(x)] for k in ALLDIG if len(x) < len(k) and False):
            return x, t
    return None, None


def b_typo(dt):
    for _ in range(40):
        p = pick_cust(1, cur=rng.choice(["USD", "USD", "CAD"]))
        if not p:
            return False
        c, cur, invs = p
        allopen = open_invs(c["id"], cur)
        cands = [i for i in invs if i["book"] != "EU" and exact_sets(allopen, bal[i["id"]]) == [[i]]]
        if not cands:
            continue
        inv = rng.choice(cands)
        typo, kind = make_typo(digits_of(inv))
        if not typo:
            continue
        amt = bal[inv["id"]]
        payer, cid, how = identify(c, 0.7)
        tn = typo if inv["book"] == "US" else rng.choice(["CA-" + typo, "CA" + typo, typo])
        core = rng.choice(["INV %s", "%s", "INV#%s", "BILL %s", "FACT %s" if cur == "CAD" else "INVOICE %s"]) % tn
        ref = wrap_ref(core, cur, payer, c["lang"])
        emit("typo", dt, amt, cur, payer, cid, ref, None, "applied", [(inv, amt)], ZERO, None, [],
             "reference %s is no invoice (one digit off %s); %s; amount matches only %s" % (tn, inv["number"], how, inv["number"]),
             "typo (%s) in invoice number, not an existing number; customer known and exact unique amount" % kind, "en")
        return True
    return False


def b_trap(dt):
    ts = [i for i in invoices if i["tag"] == "trap" and bal[i["id"]] == i["balance"]]
    if not ts:
        return False
    inv = rng.choice(ts)
    c = CUST[inv["customer_id"]]
    amt = bal[inv["id"]]
    if exact_sets(open_invs(c["id"], "USD"), amt) != [[inv]]:
        inv["tag"] = "dead"
        return False
    other = INV[inv["trap_of"]]
    n = str(int(amt))
    ref = rng.choice(["PMT AMT %s.00" % n, "VENDOR PAY %s.00 USD" % n, "ACH PMT $%s,%s.00" % (n[:-3], n[-3:])])
    payer = payer_variant(c)
    emit("trap", dt, amt, "USD", payer, c["id"], ref, None, "applied", [(inv, amt)], ZERO, None, [],
         "the figure in the reference is the payment amount, not invoice %s (another customer's, balance %s); customer's only exact match is %s"
         % (other["number"], s(bal[other["id"]]), inv["number"]),
         "amount written in reference looks like invoice %s of another customer" % other["number"], "en")
    inv["tag"] = "dead"
    return True


def b_rest(dt):
    cands = [i for i in invoices if usable(i) and 0 < bal[i["id"]] < i["total"]]
    if not cands:
        return False
    inv = rng.choice(cands)
    c = CUST[inv["customer_id"]]
    cur = inv["currency"]
    amt = bal[inv["id"]]
    payer, cid, how = choose_payer(c, allow_parent=False)
    L = tlang(c["lang"])
    core = num_style(inv)
    ref = wrap_ref(rng.choice({"en": ["FINAL PMT %s", "BAL %s", "%s BALANCE", "REMAINING BAL INV %s"],
                               "es": ["SALDO %s", "FINAL %s"], "fr": ["SOLDE %s", "SOLDE FACT %s"],
                               "de": ["Restzahlung %s", "Rest %s"], "nl": ["Restbetaling %s"],
                               "it": ["Saldo %s"]}[L]) % core, cur, payer, c["lang"])
    emit("rest", dt, amt, cur, payer, cid, ref, None, "applied", [(inv, amt)], ZERO, None, [],
         "invoice %s named as final/balance payment; amount equals remaining balance %s" % (inv["number"], s(amt)),
         "pays the remaining balance (total %s) after an earlier part payment or credit" % s(inv["total"]), L)
    return True


dupo_done = []


def b_dupo1(dt):
    pairs = {}
    for i in invoices:
        if i["tag"] == "dupo":
            pairs.setdefault(i["customer_id"], []).append(i)
    ok = [v for v in pairs.values() if all(bal[i["id"]] == i["balance"] for i in v)]
    if not ok:
        return False
    pair = rng.choice(ok)
    inv, other = rng.sample(pair, 2)
    c = CUST[inv["customer_id"]]
    cur = inv["currency"]
    amt = bal[inv["id"]]
    payer, cid, how = choose_payer(c, allow_parent=False)
    ref = wrap_ref(num_style(inv), cur, payer, c["lang"])
    pid = emit("dupo1", dt, amt, cur, payer, cid, ref, None, "applied", [(inv, amt)], ZERO, None, [],
               "invoice %s named; amount equals its balance (invoice %s has the same amount but is not named)" % (inv["number"], other["number"]),
               "twin amount exists, but the reference decides", "en")
    dupo_done.append((dt, inv, other, pid, payer, cid))
    return True


def b_dupo2(dt):
    negd = {h["pid"] for h in history if h.get("neg") or h.get("copied")}
    ok = [x for x in dupo_done if (dt - x[0]).days >= 3 and bal[x[2]["id"]] > 0 and x[3] not in negd]
    if not ok:
        return False
    x = rng.choice(ok)
    dupo_done.remove(x)
    d0, inv, other, pid0, payer0, cid0 = x
    c = CUST[inv["customer_id"]]
    cur = inv["currency"]
    amt = inv["balance"]
    payer = payer_variant(c)
    cid = c["id"] if rng.random() < 0.5 else None
    ref = wrap_ref(num_style(inv), cur, payer, c["lang"])
    sets = exact_sets(open_invs(c["id"], cur), amt)
    assert [other] in sets
    emit("dupo2", dt, amt, cur, payer, cid, ref, None, "review", [], amt, None, rank(sets, amt, cid=c["id"]),
         "reference names %s, already paid by %s on %s; open invoice %s has exactly this amount: a repeat payment or a mis-keyed reference"
         % (inv["number"], pid0, d0.isoformat(), other["number"]),
         "duplicate vs. wrong reference cannot be told apart", "en")
    return True


# ------------------------------------------------ partial

PART_TXT = {
    "en": ["Partial payment on invoice {n}. Balance to follow by month end.", "1st of 3 installments on {n} per our call with {p}.",
           "Payment on account - inv {n}. Remaining balance next week.", "This is a partial payment toward {n} ({a}). Rest to follow once the owner pays us.",
           "PARTIAL PMT {n}"],
    "es": ["Abono parcial a la factura {n} por {a}. El resto la próxima semana.", "Pago parcial {n}"],
    "fr": ["Acompte sur la facture {n} : {a}. Le solde suivra.", "Versement partiel, facture {n}."],
    "de": ["Teilzahlung zu Rechnung {n} über {a}. Restbetrag folgt.", "1. Rate Rechnung {n}"],
    "nl": ["Deelbetaling factuur {n} ({a}), rest volgt."],
    "it": ["Acconto sulla fattura {n}: {a}. Il saldo seguirà."],
}
PART_REF = {"en": ["PARTIAL PMT {n}", "INSTALLMENT 1/3 {n}", "ON ACCT {n}", "PART PMT INV {n}"],
            "es": ["ABONO {n}", "PAGO PARCIAL {n}"], "fr": ["ACOMPTE {n}", "PAIEMENT PARTIEL {n}"],
            "de": ["Teilzahlung {n}", "1. Rate {n}"], "nl": ["Deelbetaling {n}"], "it": ["Acconto {n}"]}


def b_install(dt):
    for _ in range(40):
        p = pick_cust(1, pred=lambda i: bal[i["id"]] >= 1200 and bal[i["id"]] == i["balance"])
        if not p:
            return False
        c, cur, invs = p
        inv = rng.choice(invs)
        b = bal[inv["id"]]
        choice = rng.choice(["half", "third", "round", "quarter"])
        if choice == "half":
            amt = q(b / 2)
        elif choice == "third":
            amt = q(b / 3)
        elif choice == "quarter":
            amt = q(b / 4)
        else:
            rounds = [x for x in (500, 1000, 1500, 2000, 2500, 5000, 7500, 10000, 15000) if x < b * Decimal("0.8")]
            if not rounds:
                continue
            amt = q(rng.choice(rounds))
        if amt <= 0 or amt >= b or exact_sets(open_invs(c["id"], cur), amt):
            continue
        L = tlang(c["lang"])
        al = "en" if L == "en" or c["lang"] == "es_us" else L
        payer, cid, how = choose_payer(c, allow_parent=False)
        if rng.random() < 0.5:
            ref = wrap_ref(rng.choice(PART_REF[L]).format(n=num_style(inv)), cur, payer, c["lang"])
            rem = None if rng.random() < 0.5 else rng.choice(PART_TXT[L]).format(n=inv["number"], a=fmt_amt(amt, al, cur), p=person(c["lang"]))
        else:
            ref = wrap_ref(num_style(inv), cur, payer, c["lang"]) if rng.random() < 0.6 else generic_ref(cur, payer, c["lang"])
            rem = rng.choice(PART_TXT[L]).format(n=inv["number"], a=fmt_amt(amt, al, cur), p=person(c["lang"]))
        emit("install", dt, amt, cur, payer, cid, ref, rem, "partial", [(inv, amt)], ZERO, None, [],
             "stated part payment on invoice %s; %s of %s applied, rest stays open" % (inv["number"], s(amt), s(b)),
             "declared part payment/installment, no deduction", L)
        return True
    return False


ITEMS = [("sheets 5/8\" Type X drywall", 14, 22), ("bundles architectural shingles", 32, 44), ("2x10x16 SYP joists", 19, 31),
         ("bags Type S mortar", 11, 16), ("cartons vinyl siding", 38, 64), ("LVL 1-3/4x11-7/8x20 beams", 120, 190),
         ("pallets concrete pavers", 260, 420), ("boxes 3\" deck screws", 29, 48), ("pcs 4x8 CDX plywood 3/4\"", 38, 61),
         ("rolls synthetic underlayment", 85, 140), ("pcs 16' Hardie lap siding", 15, 24), ("vinyl windows 36x48", 210, 340)]
FR_ITEMS = ["feuilles de gypse 5/8", "paquets de bardeaux", "solives 2x10x16", "sacs de mortier", "fenêtres 36x48"]
DE_ITEMS = ["Gipskartonplatten", "Dachziegel-Paletten", "KVH-Balken", "Säcke Mörtel", "Fenster 120x140"]
NL_ITEMS = ["gipsplaten", "pallets dakpannen", "balken", "zakken mortel"]
IT_ITEMS = ["lastre di cartongesso", "bancali di tegole", "travi", "sacchi di malta"]
ES_ITEMS = ["placas de yeso", "palés de tejas", "vigas", "sacos de mortero"]


def deduction(inv, b, cur, L, allow_fee=True):
    """Returns (amount, short reason, text for the customer, kind)."""
    kinds = ["damage", "damage", "shortage", "pricing", "discount", "freight", "tax", "return"] + (["fee", "fee"] if allow_fee else [])
    if L != "en":
        kinds = ["damage", "discount", "pricing", "shortage"] + (["fee"] if allow_fee else [])
    for _ in range(20):
        k = rng.choice(kinds)
        al = "en" if L == "en" else L
        if k in ("damage", "shortage"):
            it, lo, hi = rng.choice(ITEMS)
            n = rng.randint(2, 12)
            unit = q(Decimal(rng.randint(lo * 100, hi * 100)) / 100)
            amt = n * unit
            loc = {"fr": FR_ITEMS, "de": DE_ITEMS, "nl": NL_ITEMS, "it": IT_ITEMS, "es": ES_ITEMS}.get(L)
            if loc:
                it = rng.choice(loc)
            if k == "damage":
                txt = {"en": rng.choice(["Deducted {a} from inv {n}: {q} {it} arrived damaged ({u} ea). POD signed with exception, photos sent to your driver.",
                                         "less {a} - {q} {it} broken on delivery, inv {n}",
                                         "We short-paid {n} by {a}: {q} {it} were water damaged. Please issue a credit memo."]),
                       "fr": "Retenue de {a} sur la facture {n} : {q} {it} endommagés à la livraison.",
                       "de": "Abzug {a} von Rechnung {n}: {q} {it} beschädigt angeliefert (siehe Lieferschein).",
                       "nl": "Ingehouden {a} op factuur {n}: {q} {it} beschadigd geleverd.",
                       "it": "Trattenuti {a} sulla fattura {n}: {q} {it} danneggiati alla consegna.",
                       "es": "Descontamos {a} de la factura {n}: {q} {it} llegaron dañados."}[L]
                reason = "damaged goods: %d %s" % (n, it)
            else:
                txt = {"en": rng.choice(["Short shipped {q} {it} on inv {n} - deducted {a}.", "inv {n}: received {q} fewer {it} than billed, paid less {a}"]),
                       "fr": "Livraison incomplète ({q} {it} manquants), facture {n} : {a} déduits.",
                       "de": "Rechnung {n}: {q} {it} fehlten bei Lieferung, {a} gekürzt.",
                       "nl": "Factuur {n}: {q} {it} niet geleverd, {a} ingehouden.",
                       "it": "Fattura {n}: mancavano {q} {it}, detratti {a}.",
                       "es": "Factura {n}: faltaron {q} {it}, descontamos {a}."}[L]
                reason = "shortage: %d %s not delivered" % (n, it)
            txt = txt.format(a=fmt_amt(amt, al, cur), n=inv["number"], q=n, it=it, u=fmt_amt(unit, al, cur))
        elif k == "pricing":
            n = rng.randint(20, 400)
            billed = q(Decimal(rng.randint(300, 2500)) / 100)
            quoted = billed - q(Decimal(rng.randint(10, 60)) / 100)
            amt = n * (billed - quoted)
            qn = "Q-%d" % rng.randint(2000, 9999)
            txt = {"en": "Inv {n} billed {c} units at {b}, quote {qn} says {qq}. Paid at quoted price, short {a}.",
                   "fr": "Facture {n} : {c} unités facturées à {b} au lieu de {qq} (soumission {qn}). Écart de {a} retenu.",
                   "de": "Rechnung {n}: {c} Stück zu {b} statt {qq} laut Angebot {qn} berechnet. Differenz {a} gekürzt.",
                   "nl": "Factuur {n}: {c} stuks à {b} i.p.v. {qq} (offerte {qn}). Verschil {a} ingehouden.",
                   "it": "Fattura {n}: {c} pezzi a {b} invece di {qq} (offerta {qn}). Differenza {a} trattenuta.",
                   "es": "Factura {n}: {c} unidades a {b} en vez de {qq} (cotización {qn}). Diferencia {a} descontada."}[L]
            txt = txt.format(n=inv["number"], c=n, b=fmt_amt(billed, al, cur), qq=fmt_amt(quoted, al, cur), qn=qn, a=fmt_amt(amt, al, cur))
            reason = "pricing difference vs quote %s" % qn
        elif k == "discount":
            pct = rng.choice([Decimal("2"), Decimal("2"), Decimal("1"), Decimal("1.5")])
            amt = q(b * pct / 100)
            txt = {"en": rng.choice(["{p}% 10 NET 30 discount taken on {n} ({a}).", "Less {p}% early pay disc {a} - inv {n}", "Disc taken {a}"]),
                   "fr": "Escompte de {p} % pour paiement rapide déduit ({a}), facture {n}.",
                   "de": "Abzüglich {p}% Skonto ({a}) auf Rechnung {n}.",
                   "nl": "Minus {p}% betalingskorting ({a}) op factuur {n}.",
                   "it": "Sconto cassa {p}% ({a}) dedotto dalla fattura {n}.",
                   "es": "Descuento por pronto pago {p}% ({a}) sobre factura {n}."}[L]
            txt = txt.format(p=str(pct).rstrip("0").rstrip(".") if "." in str(pct) else str(pct), n=inv["number"], a=fmt_amt(amt, al, cur))
            if "{n}" not in txt and inv["number"] not in txt:
                txt += " Inv %s." % inv["number"]
            reason = "early-payment discount %s%%" % (str(pct).rstrip("0").rstrip(".") if "." in str(pct) else str(pct))
        elif k == "fee":
            amt = q(rng.choice({"USD": [15, 20, 25, 30, 35, 18, 12], "CAD": [15, 17.5, 20, 25], "EUR": [10, 12.5, 15, 7.5]}[cur]))
            txt = {"en": "Wire for inv {n}, gross {g}. Bank charges {a} deducted by the banks.",
                   "fr": "Virement facture {n}, montant brut {g}. Frais bancaires {a} à votre charge.",
                   "de": "Überweisung Rechnung {n}, brutto {g}. Bankspesen {a} gehen zu Ihren Lasten.",
                   "nl": "Overboeking factuur {n}, bruto {g}. Bankkosten {a} ingehouden.",
                   "it": "Bonifico fattura {n}, lordo {g}. Spese bancarie {a} a vostro carico.",
                   "es": "Transferencia factura {n}, bruto {g}. Comisiones bancarias {a} a su cargo."}[L]
            txt = txt.format(n=inv["number"], g=fmt_amt(b, al, cur), a=fmt_amt(amt, al, cur))
            reason = "bank fee deducted from wire"
        elif k == "freight":
            amt = q(rng.choice([85, 125, 150, 185, 225, 95, 275]))
            txt = "Freight charge {a} on {n} removed - job was quoted delivered. Please credit.".format(a=fmt_amt(amt, "en", cur), n=inv["number"])
            reason = "freight charge disputed (quoted delivered)"
        elif k == "tax":
            rate = rng.choice([Decimal("0.0825"), Decimal("0.07"), Decimal("0.0625")])
            amt = q(inv["total"] - inv["total"] / (1 + rate))
            txt = "We are tax exempt (resale cert on file). Sales tax {a} on inv {n} not paid.".format(a=fmt_amt(amt, "en", cur), n=inv["number"])
            reason = "sales tax charged to an exempt customer"
        else:
            amt = q(Decimal(rng.randint(9000, 120000)) / 100)
            rma = "RMA %d" % rng.randint(4000, 9999)
            txt = "Deducting {a} from {n} for material returned under {r} - credit memo never received.".format(a=fmt_amt(amt, "en", cur), n=inv["number"], r=rma)
            reason = "credit for returned material (%s) not issued" % rma
        if 0 < amt < b * Decimal("0.6"):
            return q(amt), reason, txt, k
    return None


def b_short(dt):
    for _ in range(40):
        p = pick_cust(1, pred=lambda i: bal[i["id"]] >= 300 and bal[i["id"]] == i["balance"])
        if not p:
            return False
        c, cur, invs = p
        inv = rng.choice(invs)
        b = bal[inv["id"]]
        L = tlang(c["lang"])
        r = deduction(inv, b, cur, L)
        if not r:
            continue
        ded, reason, txt, k = r
        amt = b - ded
        if exact_sets(open_invs(c["id"], cur), amt):
            continue
        payer, cid, how = choose_payer(c, allow_parent=False)
        if k == "fee":
            chg = {"USD": "USD%s" % str(ded).replace(".", ","), "CAD": "CAD%s" % str(ded).replace(".", ","), "EUR": "EUR%s" % str(ded).replace(".", ",")}[cur]
            ref = rng.choice(["/RFB/%s /CHGS/%s" % (num_style(inv), chg), "WIRE IN %s OBI %s" % (payer_short(payer), num_style(inv))])
            rem = txt if rng.random() < 0.8 or "/CHGS/" not in ref else None
        elif k == "discount" and rng.random() < 0.4:
            ref = wrap_ref(num_style(inv), cur, payer, c["lang"])
            rows = [(inv, b, ded, amt, "")]
            rem = remit_table(c, rows, amt, cur, dt, c["lang"]) + "\n" + txt
        else:
            ref = wrap_ref(num_style(inv), cur, payer, c["lang"]) if rng.random() < 0.6 else generic_ref(cur, payer, c["lang"])
            rem = txt
        if rem and inv["number"] not in rem and (ref is None or inv["number"] not in ref):
            rem = "Inv %s\n%s" % (inv["number"], rem)
        emit("short-" + k, dt, amt, cur, payer, cid, ref, rem, "partial", [(inv, amt)], ZERO,
             dict(invoice_id=inv["id"], amount=s(ded), reason=reason), [],
             "invoice %s paid less %s: %s" % (inv["number"], s(ded), reason),
             "short pay with stated reason; deduction %s stays open on %s" % (s(ded), inv["number"]), L)
        return True
    return False


def b_multi_short(dt):
    for _ in range(40):
        p = pick_cust(2)
        if not p:
            return False
        c, cur, invs = p
        k = min(len(invs), rng.choice([2, 2, 3, 3, 4]))
        sel = sorted(rng.sample(invs, k), key=inv_key)
        victim = rng.choice([i for i in sel if bal[i["id"]] >= 300 and bal[i["id"]] == i["balance"]] or [None])
        if not victim:
            continue
        L = tlang(c["lang"])
        r = deduction(victim, bal[victim["id"]], cur, L, allow_fee=False)
        if not r:
            continue
        ded, reason, txt, kind = r
        amt = sum(bal[i["id"]] for i in sel) - ded
        if exact_sets(open_invs(c["id"], cur), amt):
            continue
        rows = [(i, bal[i["id"]], ded if i is victim else ZERO, bal[i["id"]] - (ded if i is victim else ZERO),
                 (reason.split(":")[0] if i is victim else "")) for i in sel]
        payer, cid, how = choose_payer(c)
        ref = generic_ref(cur, payer, c["lang"]) if rng.random() < 0.6 else wrap_ref(multi_ref(sel), cur, payer, c["lang"])
        rem = remit_table(c, rows, amt, cur, dt, c["lang"]) + "\n\n" + txt
        apps = [(i, bal[i["id"]] - (ded if i is victim else ZERO)) for i in sel]
        emit("multi-short-" + kind, dt, amt, cur, payer, cid, ref, rem, "partial", apps, ZERO,
             dict(invoice_id=victim["id"], amount=s(ded), reason=reason), [],
             "%d invoices paid; %s short by %s: %s" % (k, victim["number"], s(ded), reason),
             "lump sum with one explained deduction", L)
        return True
    return False


def b_multi_part(dt):
    for _ in range(40):
        p = pick_cust(2, pred=lambda i: True)
        if not p:
            return False
        c, cur, invs = p
        k = min(len(invs), rng.choice([2, 3, 3, 4]))
        sel = sorted(rng.sample(invs, k), key=inv_key)
        part = sel[-1]
        b = bal[part["id"]]
        if b < 800 or b != part["balance"]:
            continue
        pa = q(rng.choice([b / 2, Decimal(int(b / 1000) * 500 or 250)]))
        if not 0 < pa < b:
            continue
        amt = sum(bal[i["id"]] for i in sel[:-1]) + pa
        if exact_sets(open_invs(c["id"], cur), amt):
            continue
        L = tlang(c["lang"])
        com = {"en": rng.choice(["partial - bal to follow", "part pmt", "partial, rest next run"]), "es": "abono parcial",
               "fr": "paiement partiel", "de": "Teilzahlung", "nl": "deelbetaling", "it": "acconto"}[L]
        rows = [(i, bal[i["id"]], ZERO, bal[i["id"]] if i is not part else pa, com if i is part else "") for i in sel]
        payer, cid, how = choose_payer(c)
        ref = generic_ref(cur, payer, c["lang"])
        rem = remit_table(c, rows, amt, cur, dt, c["lang"])
        apps = [(i, bal[i["id"]]) for i in sel[:-1]] + [(part, pa)]
        emit("multi-part", dt, amt, cur, payer, cid, ref, rem, "partial", apps, ZERO, None, [],
             "remittance pays %d invoices in full and %s in part (%s of %s)" % (k - 1, part["number"], s(pa), s(b)),
             "remittance marks one line as a part payment", L)
        return True
    return False


# ------------------------------------------------ unapplied

def b_over(dt):
    for _ in range(50):
        v = rng.choice(["prior", "swap", "deposit", "round", "prior"])
        if v == "prior":
            cands = [i for i in invoices if usable(i) and i.get("prior") and bal[i["id"]] == i["balance"]]
            if not cands:
                v = "swap"
            else:
                inv = rng.choice(cands)
                c = CUST[inv["customer_id"]]
                cur = inv["currency"]
                sel = [inv]
                amt = inv["total"]
        if v != "prior":
            p = pick_cust(1)
            if not p:
                return False
            c, cur, invs = p
            sel = sorted(rng.sample(invs, min(len(invs), 1 if v in ("swap", "deposit") else rng.choice([1, 2, 3]))), key=inv_key)
            tot = sum(bal[i["id"]] for i in sel)
            if v == "swap":
                t = str(tot)
                digs = [j for j in range(len(t) - 4) if t[j] < t[j + 1] and t[j + 1] != "."]
                if not digs:
                    continue
                j = rng.choice(digs)
                amt = Decimal(t[:j] + t[j + 1] + t[j] + t[j + 2:])
            elif v == "deposit":
                dep = q(rng.choice([500, 1000, 1500, 2500, 750, 2000]))
                amt = tot + dep
            else:
                step = 100 if tot < 5000 else 1000
                amt = q((int(tot / step) + 1) * step)
        extra = amt - sum(bal[i["id"]] for i in sel)
        if extra <= 0:
            continue
        allopen = open_invs(c["id"], cur)
        rest = [i for i in allopen if i not in sel]
        if exact_sets(allopen, amt) or exact_sets(rest, extra, maxk=5):
            continue
        L = tlang(c["lang"])
        al = "en" if L == "en" or c["lang"] == "es_us" else L
        payer, cid, how = choose_payer(c, allow_parent=False)
        if v == "prior":
            ref = wrap_ref(num_style(inv), cur, payer, c["lang"])
            rem = None if rng.random() < 0.6 else remit_table(c, [(inv, inv["total"], ZERO, inv["total"], "")], amt, cur, dt, c["lang"])
            why = "paid the invoice total %s; open balance was only %s after an earlier payment/credit" % (s(inv["total"]), s(bal[inv["id"]]))
        elif v == "swap":
            ref = wrap_ref(num_style(sel[0]), cur, payer, c["lang"])
            rem = None
            why = "amount %s looks like transposed digits of the balance %s" % (s(amt), s(bal[sel[0]["id"]]))
        elif v == "deposit":
            ref = wrap_ref(num_style(sel[0]), cur, payer, c["lang"])
            rem = {"en": "Inv {n} {b} + deposit {d} for next order (PO {po}). Total {t}.",
                   "es": "Factura {n} {b} + anticipo {d} para el próximo pedido. Total {t}.",
                   "fr": "Facture {n} {b} + dépôt de {d} pour la prochaine commande. Total {t}.",
                   "de": "Rechnung {n} {b} + Anzahlung {d} für die nächste Bestellung. Gesamt {t}.",
                   "nl": "Factuur {n} {b} + voorschot {d} voor de volgende bestelling. Totaal {t}.",
                   "it": "Fattura {n} {b} + anticipo {d} per il prossimo ordine. Totale {t}."}[L].format(
                n=sel[0]["number"], b=fmt_amt(bal[sel[0]["id"]], al, cur), d=fmt_amt(extra, al, cur), po=PO(), t=fmt_amt(amt, al, cur))
            why = "pays invoice %s plus a deposit of %s for a future order" % (sel[0]["number"], s(extra))
        else:
            ref = wrap_ref(multi_ref(sel) if len(sel) > 1 else num_style(sel[0]), cur, payer, c["lang"])
            rem = {"en": "Rounded up - please keep the difference as a credit on our account.",
                   "es": "Redondeamos, dejen la diferencia como saldo a favor.",
                   "fr": "Montant arrondi, veuillez garder la différence en crédit.",
                   "de": "Aufgerundet, bitte Differenz als Guthaben führen.",
                   "nl": "Afgerond, verschil graag als tegoed boeken.",
                   "it": "Importo arrotondato, tenete la differenza a credito."}[L]
            why = "round sum for %s; %s over the balances" % (", ".join(i["number"] for i in sel), s(extra))
        apps = [(i, bal[i["id"]]) for i in sel]
        emit("over-" + v, dt, amt, cur, payer, cid, ref, rem, "unapplied", apps, extra, None, [],
             "overpayment: %s applied in full, %s held on account (%s)" % (", ".join(i["number"] for i in sel), s(extra), why),
             why, L if rem else "en")
        return True
    return False


def b_dup(dt):
    hs = [h for h in history if h["status"] == "applied" and h["kind"] in ("ref-single", "ref-multi", "amount-only", "rest", "typo", "range")
          and (dt - h["date"]).days >= 4 and len(h["apps"]) == len(h["full"]) and not h.get("dupd")
          and not h.get("neg") and not h.get("copied")]
    rng.shuffle(hs)
    for h in hs[:30]:
        invs = [INV[i] for i, _ in h["apps"]]
        c = CUST[invs[0]["customer_id"]]
        cur = h["cur"]
        amt = h["amount"]
        if len(invs) > 4 or exact_sets(open_invs(c["id"], cur), amt, maxk=5):
            continue
        h["dupd"] = True
        payer, cid, how = choose_payer(c, allow_parent=False)
        ref = wrap_ref(num_style(invs[0]) if len(invs) == 1 else multi_ref(invs), cur, payer, c["lang"])
        rem = None if rng.random() < 0.6 else remit_free(c, invs, amt, cur, c["lang"])
        emit("dup", dt, amt, cur, payer, cid, ref, rem, "unapplied", [], amt, None, [],
             "second payment of %s, already paid in full by %s on %s; held as unapplied cash on the customer's account"
             % (", ".join(i["number"] for i in invs), h["pid"], h["date"].isoformat()),
             "duplicate payment of already-paid invoice(s); no other open invoice fits the amount", tlang(c["lang"]) if rem else "en")
        return True
    return False


def all_subset_sums_hit(invs, amt):
    if len(invs) <= 14:
        for k in range(1, len(invs) + 1):
            for combo in itertools.combinations(invs, k):
                if sum(bal[i["id"]] for i in combo) == amt:
                    return True
        return False
    return bool(exact_sets(invs, amt, maxk=5))


DEP_TXT = {"en": ["Deposit for order {so} ({what}).", "Prepayment per your quote {qn} - please hold until we order.",
                  "Advance payment for upcoming {what} delivery.", "Retainer for {what}, job {job}."],
           "es": ["Anticipo para el pedido {so} ({what})."], "fr": ["Dépôt pour la commande {so} ({what})."],
           "de": ["Anzahlung für Auftrag {so} ({what})."], "nl": ["Aanbetaling voor order {so}."], "it": ["Anticipo per l'ordine {so}."]}


def b_nofit(dt):
    for _ in range(50):
        v = rng.choice(["zero", "zero", "some", "some", "some"])
        if v == "zero":
            cs = [c for c in customers if CINV.get(c["id"]) and not open_invs(c["id"])]
            if not cs:
                v = "some"
            else:
                c = rng.choice(cs)
                cur = CINV[c["id"]][0]["currency"]
                amt = q(rng.choice([rng.randint(3, 60) * 100, rand_total(150, 9000)]))
        if v == "some":
            p = pick_cust(2)
            if not p:
                return False
            c, cur, _ = p
            allopen = open_invs(c["id"])
            if any(i["currency"] != cur for i in allopen):
                continue
            tot = sum(bal[i["id"]] for i in allopen)
            amt = q(rng.choice([rng.randint(3, 60) * 100, rand_total(150, 9000)]))
            if amt >= tot or all_subset_sums_hit(allopen, amt):
                continue
        if not c["key"] and rng.random() < 2:
            payer, cid = payer_variant(c), c["id"]
        else:
            payer, cid, _ = identify(c, 0.75)
        L = tlang(c["lang"])
        r = rng.random()
        if r < 0.45:
            ref = generic_ref(cur, payer, c["lang"])
            rem = None
            what = "no reference to any invoice"
        else:
            so = "SO-%d" % rng.randint(40000, 89999)
            ref = rng.choice(["DEPOSIT %s" % so, "PREPAYMENT", "ADVANCE PMT", "DEP " + so]) if cur == "USD" else rng.choice(["DEPOT " + so, "Anzahlung " + so, "DEPOSIT " + so])
            rem = rng.choice(DEP_TXT[L]).format(so=so, what=rng.choice(["roof trusses", "windows", "cedar decking", "drywall", "engineered lumber"]),
                                                qn="Q-%d" % rng.randint(2000, 9999), job=rng.choice(["Hwy 9", "Elm St", "Lot 7"]))
            what = "deposit/prepayment for a future order"
        n_open = len(open_invs(c["id"], cur))
        emit("nofit-" + v, dt, amt, cur, payer, cid, ref, rem, "unapplied", [], amt, None, [],
             "known customer (%s); %s; amount fits no open invoice or combination (%d open)" % ("customer_id" if cid else "payer name", what, n_open),
             "%s; held on account" % what, L if rem else "en")
        return True
    return False


def b_lump_partdup(dt):
    hs = [h for h in history if h["status"] == "applied" and h["kind"] in ("ref-single", "amount-only", "rest", "dupo1", "typo")
          and len(h["apps"]) == 1 and h["full"] and (dt - h["date"]).days >= 3 and not h.get("dupd")
          and not h.get("neg") and not h.get("copied")]
    rng.shuffle(hs)
    for h in hs[:30]:
        a = INV[h["apps"][0][0]]
        c = CUST[a["customer_id"]]
        cur = a["currency"]
        others = [i for i in open_invs(c["id"], cur) if usable(i)]
        if not others:
            continue
        b = rng.choice(others)
        paid_a = h["amount"]
        amt = paid_a + bal[b["id"]]
        allopen = open_invs(c["id"], cur)
        rest = [i for i in allopen if i is not b]
        if exact_sets(allopen, amt, maxk=5) or exact_sets(rest, paid_a, maxk=5):
            continue
        h["dupd"] = True
        payer, cid, how = choose_payer(c, allow_parent=False)
        rows = [(a, paid_a, ZERO, paid_a, ""), (b, bal[b["id"]], ZERO, bal[b["id"]], "")]
        ref = wrap_ref(multi_ref([a, b]), cur, payer, c["lang"]) if rng.random() < 0.5 else generic_ref(cur, payer, c["lang"])
        rem = remit_table(c, rows, amt, cur, dt, c["lang"]) if (ref is None or a["number"] not in ref or rng.random() < 0.5) else None
        if rem is None and (ref is None or b["number"] not in ref):
            rem = remit_table(c, rows, amt, cur, dt, c["lang"])
        emit("lump-partdup", dt, amt, cur, payer, cid, ref, rem, "unapplied", [(b, bal[b["id"]])], paid_a, None, [],
             "pays %s and %s; %s was already paid by %s on %s, so its %s is held on account"
             % (a["number"], b["number"], a["number"], h["pid"], h["date"].isoformat(), s(paid_a)),
             "lump sum partly repeats an earlier payment", tlang(c["lang"]) if rem else "en")
        return True
    return False


# ------------------------------------------------ review

def b_twin(dt):
    pairs = {}
    for i in invoices:
        if i["tag"] == "twin":
            pairs.setdefault(i["customer_id"], []).append(i)
    ok = [v for v in pairs.values() if all(bal[i["id"]] > 0 for i in v)]
    if not ok:
        return False
    pair = rng.choice(ok)
    c = CUST[pair[0]["customer_id"]]
    cur = pair[0]["currency"]
    amt = bal[pair[0]["id"]]
    sets = exact_sets(open_invs(c["id"], cur), amt)
    if len(sets) < 2:
        return False
    payer, cid, how = identify(c, 0.6)
    ref = generic_ref(cur, payer, c["lang"])
    rem = None if rng.random() < 0.7 else rng.choice(["Thanks!", "Payment for materials.", "Paiement." if c["lang"] == "fr" else "Payment"])
    for i in pair:
        i["tag"] = "twin-used"
    emit("twin", dt, amt, cur, payer, cid, ref, rem, "review", [], amt, None, rank(sets, amt, cid=c["id"]),
         "no invoice named; %d open invoices/sets match %s exactly (%s)" % (len(sets), s(amt), "; ".join("+".join(i["number"] for i in st) for st in sets)),
         "equal-amount invoices, nothing says which", "en")
    return True


def b_sum3(dt):
    trip = {}
    for i in invoices:
        if i["tag"] == "sum3":
            trip.setdefault(i["customer_id"], []).append(i)
    ok = [v for v in trip.values() if all(bal[i["id"]] > 0 for i in v)]
    if not ok:
        return False
    t = rng.choice(ok)
    big = max(t, key=lambda i: bal[i["id"]])
    c = CUST[big["customer_id"]]
    cur = big["currency"]
    amt = bal[big["id"]]
    sets = exact_sets(open_invs(c["id"], cur), amt)
    if len(sets) < 2:
        return False
    payer, cid, how = identify(c, 0.6)
    ref = generic_ref(cur, payer, c["lang"])
    for i in t:
        i["tag"] = "sum3-used"
    emit("sum3", dt, amt, cur, payer, cid, ref, None, "review", [], amt, None, rank(sets, amt, cid=c["id"]),
         "no invoice named; amount %s equals invoice %s and also %s" % (s(amt), big["number"], " / ".join("+".join(i["number"] for i in st) for st in sets if big not in st)),
         "one invoice or a pair of invoices fit", "en")
    return True


def b_family(dt):
    fams = {}
    for i in invoices:
        if i["tag"] == "fam":
            fams.setdefault((CUST[i["customer_id"]]["family"], i["total"]), []).append(i)
    ok = [v for v in fams.values() if all(bal[i["id"]] > 0 for i in v)]
    if not ok:
        return False
    grp = rng.choice(ok)
    fam = CUST[grp[0]["customer_id"]]["family"]
    amt = bal[grp[0]["id"]]
    cur = grp[0]["currency"]
    sets = []
    for m in fam_members[fam]:
        sets += exact_sets(open_invs(m["id"], cur), amt)
    strings = [f for f in FAMILIES if f[0] == fam][0][1]
    payer = rng.choice(strings)
    ref = generic_ref(cur, payer, "en")
    if ref and any(up_clean(m["name"]).split()[2] in ref for m in fam_members[fam] if len(up_clean(m["name"]).split()) > 2):
        ref = None
    for i in grp:
        i["tag"] = "fam-used"
    emit("family", dt, amt, cur, payer, None, ref, None, "review", [], amt, None, rank(sets, amt),
         "payer '%s' fits %s; both have an open invoice of %s" % (payer, " and ".join(m["name"] for m in fam_members[fam]), s(amt)),
         "bank-truncated payer name matches two customers", "en")
    return True


UNK_REF = {"USD": ["ESCROW DISB FILE 25-%04d", "ZELLE PMT %d", "PAYMENT FOR MATERIALS", "CLOSING PROCEEDS LOT %d", "ACH CREDIT", None, "REMIT %d"],
           "CAD": ["VIREMENT %d", "E-TRANSFER", "TRUST DISB %d", None],
           "EUR": ["Anderkonto Auszahlung %d", "Zahlung", None, "Overboeking %d"]}


def b_unknown(dt):
    for _ in range(40):
        cur = pick_cur_book()
        payer = rng.choice(UNKNOWN_PAYERS[cur])
        allopen = [i for i in invoices if bal[i["id"]] > 0 and i["currency"] == cur]
        if rng.random() < 0.72:
            base = rng.choice([i for i in allopen if usable(i)])
            amt = bal[base["id"]]
        else:
            amt = q(rng.choice([rng.randint(2, 90) * 50, rand_total(100, 12000)]))
        singles = [[i] for i in allopen if bal[i["id"]] == amt]
        if len(singles) > 4:
            continue
        multi = False
        for c in customers:
            if any(len(st) > 1 for st in exact_sets(open_invs(c["id"], cur), amt, maxk=3)):
                multi = True
                break
        if multi:
            continue
        t = rng.choice(UNK_REF[cur])
        ref = (t % rng.randint(100, 9999)) if t and "%" in t else t
        emit("unknown", dt, amt, cur, payer, None, ref, None, "review", [], amt, None, rank(singles, amt),
             "payer '%s' is not a customer and nothing names an invoice; %s" % (
                 payer, ("amount matches %s" % ", ".join(INV[x[0]]["number"] for x in rank(singles, amt))) if singles else "no open invoice has this amount"),
             "unidentified cash%s" % ("" if singles else ", no candidate"), "en")
        return True
    return False


RATES = {("CAD", "USD"): (Decimal("0.71"), Decimal("0.74")), ("EUR", "USD"): (Decimal("1.06"), Decimal("1.12")),
         ("USD", "CAD"): (Decimal("1.35"), Decimal("1.39")), ("USD", "EUR"): (Decimal("0.89"), Decimal("0.94"))}


def b_currency(dt):
    for _ in range(40):
        cur = rng.choice(["CAD", "CAD", "EUR", "USD"])
        p = pick_cust(1, cur=cur)
        if not p or p[1] != cur:
            continue
        c, cur, invs = p
        if cur == "USD" and c["book"] == "US" and rng.random() < 0.6:
            continue
        pcur = {"CAD": "USD", "EUR": "USD", "USD": rng.choice(["CAD", "EUR"])}[cur]
        if cur == "USD" and c["book"] == "CA":
            pcur = "CAD"
        inv = rng.choice(invs)
        b = bal[inv["id"]]
        lo, hi = RATES[(cur, pcur)]
        rate = lo + (hi - lo) * Decimal(rng.randint(0, 100)) / 100
        same = rng.random() < 0.3
        amt = b if same else q(b * rate)
        if exact_sets(open_invs(c["id"], pcur), amt, maxk=5):
            continue
        payer, cid, how = choose_payer(c, allow_parent=False)
        ref = wrap_ref(num_style(inv), pcur, payer, c["lang"] if pcur != "USD" else "en")
        rem = None
        if rng.random() < 0.4:
            rem = remit_free(c, [inv], amt, pcur, c["lang"])
        emit("currency", dt, amt, pcur, payer, cid, ref, rem, "review", [], amt, None, [[inv["id"]]],
             "payment in %s but invoice %s is in %s; nothing can be applied across currencies" % (pcur, inv["number"], cur),
             "currency mismatch%s" % (" (same figure as the balance)" if same else " (converted amount)"), tlang(c["lang"]) if rem else "en")
        return True
    return False


def b_conflict(dt):
    for _ in range(50):
        p = pick_cust(2)
        if not p:
            return False
        c, cur, invs = p
        a, b = rng.sample(invs, 2)
        amt = bal[b["id"]]
        if amt == bal[a["id"]]:
            continue
        allopen = open_invs(c["id"], cur)
        if exact_sets(allopen, amt, maxk=5) != [[b]]:
            continue
        payer, cid, how = choose_payer(c, allow_parent=False)
        ref = wrap_ref(num_style(a), cur, payer, c["lang"])
        emit("conflict", dt, amt, cur, payer, cid, ref, None, "review", [], amt, None, rank([[b], [a]], amt, named=[a["id"]]),
             "reference names %s (balance %s) but the amount %s is exactly the balance of %s" % (a["number"], s(bal[a["id"]]), s(amt), b["number"]),
             "reference and amount point to different invoices; a part payment of %s is also possible" % a["number"], "en")
        return True
    return False


def b_mshort(dt):
    for _ in range(50):
        p = pick_cust(2)
        if not p:
            return False
        c, cur, invs = p
        k = min(len(invs), rng.choice([2, 2, 3, 4]))
        sel = sorted(rng.sample(invs, k), key=inv_key)
        tot = sum(bal[i["id"]] for i in sel)
        delta = q(tot * Decimal(rng.randint(3, 19)) / 100 + Decimal(rng.randint(1, 99)) / 100)
        amt = tot - delta
        if amt <= 0 or exact_sets(open_invs(c["id"], cur), amt, maxk=5):
            continue
        payer, cid, how = choose_payer(c, allow_parent=False)
        ref = wrap_ref(multi_ref(sel), cur, payer, c["lang"])
        emit("mshort", dt, amt, cur, payer, cid, ref, None, "review", [], amt, None, [[i["id"] for i in sel]],
             "reference names %s (balances %s) but %s is %s short with no explanation; which invoice stays open is unknown"
             % (", ".join(i["number"] for i in sel), s(tot), s(amt), s(delta)),
             "unexplained shortfall across several named invoices", "en")
        return True
    return False


def b_remit_conflict(dt):
    for _ in range(50):
        p = pick_cust(2, pred=lambda i: bal[i["id"]] >= 400)
        if not p:
            return False
        c, cur, invs = p
        k = min(len(invs), rng.choice([2, 3]))
        sel = sorted(rng.sample(invs, k), key=inv_key)
        paid = {}
        for idx, i in enumerate(sel):
            b = bal[i["id"]]
            if idx == 0:
                paid[i["id"]] = b - q(b * Decimal(rng.randint(8, 25)) / 100)
            elif idx == 1:
                paid[i["id"]] = b + q(rng.choice([35, 60, 112.5, 140, 19.99, 74.25]))
            else:
                paid[i["id"]] = b
        amt = sum(paid.values())
        tot = sum(bal[i["id"]] for i in sel)
        if amt >= tot or exact_sets(open_invs(c["id"], cur), amt, maxk=5):
            continue
        rows = [(i, paid[i["id"]], ZERO, paid[i["id"]], "") for i in sel]
        payer, cid, how = choose_payer(c, allow_parent=False)
        ref = generic_ref(cur, payer, c["lang"])
        rem = remit_table(c, rows, amt, cur, dt, c["lang"])
        emit("remit-conflict", dt, amt, cur, payer, cid, ref, rem, "review", [], amt, None, [[i["id"] for i in sel]],
             "remittance amounts for %s disagree with our balances (one lower, one higher, no reason given); total %s vs open %s"
             % (", ".join(i["number"] for i in sel), s(amt), s(tot)),
             "customer's figures differ from the ledger line by line", tlang(c["lang"]))
        return True
    return False


def b_typo_ambig(dt):
    pairs = {}
    for i in invoices:
        if i["tag"] == "near":
            pairs.setdefault(i["group"], []).append(i)
    ok = [v for v in pairs.values() if all(bal[i["id"]] > 0 for i in v)]
    if not ok:
        return False
    a, b = sorted(rng.choice(ok), key=lambda i: i["number"])
    c = CUST[a["customer_id"]]
    cur = a["currency"]
    da, db = digits_of(a), digits_of(b)
    opts = [da[:-1] + x for x in "0123456789" if x not in (da[-1], db[-1])]
    opts = [t for t in opts if t not in ALLDIG]
    if not opts:
        return False
    t = rng.choice(opts)
    amt = bal[a["id"]]
    if bal[b["id"]] != amt:
        return False
    sets = exact_sets(open_invs(c["id"], cur), amt)
    payer, cid, how = identify(c, 0.6)
    tn = t if cur == "USD" else "CA-" + t
    ref = wrap_ref(rng.choice(["INV %s", "%s", "INV#%s"]) % tn, cur, payer, c["lang"])
    for i in (a, b):
        i["tag"] = "near-used"
    emit("typo-ambig", dt, amt, cur, payer, cid, ref, None, "review", [], amt, None, rank(sets, amt, cid=c["id"]),
         "reference %s does not exist; it is one digit off both %s and %s, which have the same balance %s" % (tn, a["number"], b["number"], s(amt)),
         "mistyped number equidistant from two same-amount invoices", "en")
    return True


def b_idconflict(dt):
    for _ in range(50):
        cur = rng.choice(["USD", "USD", "CAD"])
        xs = [c for c in customers if c["key"] and c["book"] == {"USD": "US", "CAD": "CA"}[cur]]
        x = rng.choice(xs)
        p = pick_cust(1, cur=cur)
        if not p or p[0] is x or p[1] != cur:
            continue
        y, _, invs = p
        n = rng.choice(invs)
        amt = bal[n["id"]]
        if exact_sets(open_invs(x["id"], cur), amt, maxk=5):
            continue
        payer = payer_variant(x)
        ref = wrap_ref(num_style(n), cur, payer, x["lang"])
        emit("idconflict", dt, amt, cur, payer, x["id"], ref, None, "review", [], amt, None, [[n["id"]]],
             "bank says customer %s (%s) but the reference names %s of %s; amount matches that invoice - confirm who paid"
             % (x["id"], x["name"], n["number"], y["name"]),
             "customer_id and invoice owner disagree", "en")
        return True
    return False


def b_negative(dt):
    hs = [h for h in history if h["status"] in ("applied", "partial") and (dt - h["date"]).days >= 2 and not h.get("neg")
          and not h.get("dupd") and not h.get("copied") and h["kind"] in ("ref-single", "ref-multi", "install", "amount-only")]
    if not hs:
        return False
    h = rng.choice(hs)
    h["neg"] = True
    orig = payments[h["idx"]]
    amt = -h["amount"]
    cur = h["cur"]
    if cur == "USD":
        ref = rng.choice(["ACH RETURN R01 INSUFFICIENT FUNDS ORIG TRACE %d" % rng.randint(10 ** 14, 10 ** 15),
                          "RETURN ITEM R02 ACCOUNT CLOSED", "RETURNED CHECK NSF", "ACH REVERSAL R10 UNAUTHORIZED"])
    elif cur == "CAD":
        ref = rng.choice(["CHQ RETOURNE NSF", "EFT RETURN - FUNDS NOT CLEARED"])
    else:
        ref = rng.choice(["RUECKLASTSCHRIFT AC04", "SEPA RETURN MS03"])
    emit("negative", dt, amt, cur, orig["payer_name"], orig["customer_id"], ref, None, "review", [], amt, None, [],
         "negative amount: a returned/reversed payment (%s of %s), not cash to apply; reversing the earlier application is a person's decision" % (s(-amt), orig["id"]),
         "malformed: negative amount", "en")
    return True


BADCUR = ["XXX", "USX", None, "", "ZZZ"]


def b_badcur(dt):
    p = pick_cust(1)
    if not p:
        return False
    c, cur, invs = p
    inv = rng.choice(invs)
    amt = bal[inv["id"]]
    bad = BADCUR.pop(0) if BADCUR else "XXX"
    payer, cid, how = choose_payer(c, allow_parent=False)
    ref = wrap_ref(num_style(inv), cur, payer, c["lang"])
    emit("badcur", dt, amt, bad, payer, cid, ref, None, "review", [], amt, None, [[inv["id"]]],
         "currency %r is not a known currency code, so no invoice can be shown to be in the same currency; reference points to %s"
         % (bad, inv["number"]),
         "malformed: unknown currency", "en")
    return True


def b_dupid(dt):
    if not payments:
        return False
    last = payments[-1]
    h = history[-1]
    if h["kind"] in ("negative", "badcur", "dupid") or last["id"] in DUPED:
        return False
    DUPED.add(last["id"])
    h["copied"] = True
    amt = Decimal(last["amount"])
    cp = dict(last)
    payments.append(cp)
    expected.append(dict(payment_id=last["id"], status="review", applications=[], unapplied=s(amt), short_pay=None, candidates=[],
                         reason="payment id %s appears twice; this second record is treated as a duplicate bank entry and nothing is applied" % last["id"],
                         note="[review:dupid, en] malformed: repeated payment id with identical content; the first record was processed normally"))
    history.append(dict(kind="dupid", date=DATE[0], pid=last["id"], cid=last["customer_id"], cust=None, apps=[], amount=amt,
                        cur=last["currency"], status="review", full=[], idx=len(payments) - 1))
    return True


DUPED = set()


def b_xcur(dt):
    ok = [(a, b) for a, b in xcur_pairs if bal[a["id"]] == a["balance"] and bal[b["id"]] == b["balance"]]
    if not ok:
        return False
    a, b = ok[0]
    xcur_pairs.remove((a, b))
    c = CUST[a["customer_id"]]
    amt = bal[a["id"]]
    if exact_sets(open_invs(c["id"], "USD"), amt) != [[a]]:
        return False
    payer = payer_variant(c)
    ref = generic_ref("USD", payer, "en")
    emit("xcur", dt, amt, "USD", payer, c["id"], ref, None, "applied", [(a, amt)], ZERO, None, [],
         "no invoice named; customer_id given; USD amount matches only USD invoice %s (CAD invoice %s has the same figure but another currency)"
         % (a["number"], b["number"]), "same figure in USD and CAD; only the same-currency invoice can take it", "en")
    return True

BUILDERS = {
    "ref-single": b_ref_single, "ref-multi": b_ref_multi, "range": b_range, "amount-only": b_amount_only,
    "statement": b_statement, "typo": b_typo, "trap": b_trap, "rest": b_rest, "dupo1": b_dupo1,
    "install": b_install, "short": b_short, "multi-short": b_multi_short, "multi-part": b_multi_part,
    "over": b_over, "dup": b_dup, "nofit": b_nofit, "lump-partdup": b_lump_partdup,
    "twin": b_twin, "sum3": b_sum3, "family": b_family, "unknown": b_unknown, "currency": b_currency,
    "conflict": b_conflict, "mshort": b_mshort, "remit-conflict": b_remit_conflict, "typo-ambig": b_typo_ambig,
    "dupo2": b_dupo2, "xcur": b_xcur, "idconflict": b_idconflict, "negative": b_negative, "badcur": b_badcur, "dupid": b_dupid,
}
PLAN = [("ref-single", 66), ("ref-multi", 36), ("range", 10), ("amount-only", 26), ("statement", 7), ("typo", 8),
        ("trap", 3), ("rest", 8), ("dupo1", 6), ("install", 20), ("short", 30), ("multi-short", 10), ("multi-part", 6),
        ("over", 18), ("dup", 14), ("nofit", 18), ("lump-partdup", 5), ("twin", 14), ("sum3", 10), ("family", 9),
        ("unknown", 12), ("currency", 12), ("conflict", 8), ("mshort", 8), ("remit-conflict", 5), ("typo-ambig", 6),
        ("dupo2", 6), ("idconflict", 5), ("negative", 4), ("badcur", 5), ("dupid", 4), ("xcur", 2)]
LATE = {"dup", "dupo2", "lump-partdup", "negative", "rest"}


def main():
    queue = [k for k, n in PLAN for _ in range(n)]
    rng.shuffle(queue)
    # dependent scenarios are pushed towards the back half so that they have history to use
    early = [k for k in queue if k not in LATE]
    late = [k for k in queue if k in LATE]
    for k in late:
        early.insert(rng.randint(len(early) // 3, len(early)), k)
    queue = early
    N = len(queue)
    slots = sorted(rng.sample(pay_dates, N))
    failed = []
    for dt in slots:
        DATE[0] = dt
        for j, k in enumerate(queue[:60]):
            if BUILDERS[k](dt):
                queue.pop(j)
                break
        else:
            failed.append(dt)
    assert len(payments) == len(expected)
    # final consistency check: replay expected against the invoice file
    chk = {i["id"]: i["balance"] for i in invoices}
    for p, e in zip(payments, expected):
        tot = sum((Decimal(a["amount"]) for a in e["applications"]), ZERO) + Decimal(e["unapplied"])
        assert tot == Decimal(p["amount"]), p["id"]
        for a in e["applications"]:
            assert INV[a["invoice_id"]]["currency"] == p["currency"]
            chk[a["invoice_id"]] -= Decimal(a["amount"])
            assert chk[a["invoice_id"]] >= 0
    out_inv = [dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"],
                    currency=i["currency"], total=s(i["total"]), balance=s(i["balance"]),
                    issue_date=i["issue_date"].isoformat(), due_date=i["due_date"].isoformat())
               for i in sorted(invoices, key=lambda i: (i["issue_date"], i["id"]))]
    for name, data in (("invoices.json", out_inv), ("payments.json", payments), ("expected.json", expected)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    from collections import Counter
    print("invoices", len(out_inv), "customers", len({i["customer_id"] for i in invoices}), "payments", len(payments))
    print("status", dict(Counter(e["status"] for e in expected)))
    print("kinds", dict(Counter(e["note"].split("]")[0].split(",")[0][1:] for e in expected)))
    print("langs", dict(Counter(e["note"].split("]")[0].split(", ")[1] for e in expected)))
    print("currency", dict(Counter(str(p["currency"]) for p in payments)))
    print("cid null", sum(1 for p in payments if p["customer_id"] is None))
    print("unbuilt", Counter(queue), "failed slots", len(failed))


if __name__ == "__main__":
    main()
