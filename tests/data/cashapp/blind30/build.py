#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: Ironbridge Building Supply & Equipment Rental, a US and Canadian
construction-materials and equipment-rental company (USD and CAD).

Deterministic and stdlib only: `python3 build.py` rewrites every file in
ledger_ironbridge/ and README.md byte for byte.

Stages:
  1. customers and open invoices (the ledger)
  2. payments, generated in date order against a live copy of the balances,
     each with its expected MATCHES entry (label)
  3. a full replay that re-checks every label, then the files and README
"""
import calendar
import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_ironbridge"
OUT = os.path.join(HERE, LEDGER)
SEED = 960307

R = random.Random(SEED)

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

B32 = "0123456789abcdefghjkmnpqrstvwxyz"
_seen_ids = set()


def rid(prefix, n=8):
    while True:
        s = prefix + "".join(R.choice(B32) for _ in range(n))
        if s not in _seen_ids:
            _seen_ids.add(s)
            return s


def money(c):
    """cents -> '1234.56'"""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def commas(c):
    """cents -> '1,234.56'"""
    s = f"{abs(c) // 100:,}.{abs(c) % 100:02d}"
    return ("-" if c < 0 else "") + s


def fr_amt(c):
    """cents -> '1 234,56' (Quebec style)"""
    return f"{c // 100:,}".replace(",", " ") + f",{c % 100:02d}"


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.upper().replace(".", "").replace(",", "").replace("'", "")
    return " ".join(s.split())


def iso(d):
    return d.isoformat()


def mdY(d):
    return d.strftime("%m/%d/%y")


# --------------------------------------------------------------------------
# stage 1: customers
# --------------------------------------------------------------------------

US_WORDS = ["Kestrel", "Ridgeline", "Blackhawk", "Summit", "Cedar Point", "Iron Creek", "Lakeshore",
            "Prairie", "Redstone", "Bluewater", "Timberline", "Pinnacle", "Copperhead", "Silver Lake",
            "Northgate", "Harbor Point", "Crossroads", "Eagle Rock", "Patriot", "Liberty", "Sierra",
            "Canyon", "Tri-County", "Heartland", "Big River", "Oak Hollow", "Stonebridge", "Westfield",
            "Meridian", "Apex", "Benchmark", "Cornerstone", "Bedrock", "Riverside", "Mesa", "Great Plains",
            "Allegheny", "Piedmont", "Gulf Coast", "Lone Star", "Badger", "Buckeye", "Cardinal", "Keystone",
            "Magnolia", "Chesapeake", "Ozark", "Cascade", "High Desert", "Sandhill", "Brazos", "Wabash",
            "Pioneer", "Frontier", "Ironwood", "Granite Falls", "Clearwater", "Blue Ridge", "Mohawk",
            "Sunbelt", "Bayou", "Tidewater", "Palisade", "Flint Hills", "Red Cedar", "Prospect",
            "Hoffman & Sons", "Kowalski Bros", "D&L", "B&B", "R.T. Nguyen", "O'Brien", "J.R. Martinez",
            "Van Dyke", "Schultz", "Delgado", "McAllister", "Petrov", "Lindqvist", "Okafor", "Castillo",
            "Brennan", "Halvorsen", "Ramirez", "Whitaker", "Yoder", "Sato", "DiMarco", "Albrecht"]
CA_WORDS = ["Laurentian", "Fraser Valley", "Muskoka", "Prairie Sky", "Northern Lights", "Okanagan",
            "Georgian Bay", "Cabot", "Rideau", "Huron", "Algonquin", "Kootenay", "Chinook", "Red River",
            "Thunder Bay", "Boreal", "Niagara", "Tri-City", "Bow Valley", "Assiniboine", "Acadian", "Fundy",
            "Miramichi", "Peace River", "Coast Mountain", "Lakehead", "Kawartha", "Grand River", "Saugeen",
            "Qu'Appelle", "Yellowhead", "Tantramar", "Cariboo", "Skeena", "Petitcodiac", "Nipissing",
            "Sandhu", "MacLeod", "Dhillon", "Fraser & Sons", "Kovacs", "Chen", "Bergeron", "Van der Berg",
            "Lindsay", "Stewart", "Hutchinson", "Grewal", "Nakamura", "Wojcik"]
FR_NAMES = [("Construction", "Gagnon"), ("Excavation", "Tremblay"), ("Les Entreprises", "Bouchard"),
            ("Béton", "Laval"), ("Coffrage", "Lévesque"), ("Pavage", "Côté"), ("Toitures", "Bélanger"),
            ("Maçonnerie", "Gauthier"), ("Construction", "Pelletier"), ("Excavation", "Bérubé"),
            ("Les Constructions", "Ouellet"), ("Électricité", "Caron"), ("Plomberie", "Roy"),
            ("Terrassement", "Dufour"), ("Coffrages", "Saint-Laurent"), ("Démolition", "Fortin")]
TRADES = ["Construction", "Concrete", "Paving", "Excavating", "Drywall", "Framing", "Roofing", "Masonry",
          "Electric", "Mechanical", "Plumbing", "Site Development", "Builders", "Contracting",
          "Landscaping", "Steel Erectors", "Demolition", "Utilities", "Formwork", "Earthworks",
          "Foundations", "Grading", "Fence", "Glazing", "Insulation", "Scaffolding", "Underground",
          "Directional Drilling", "Interiors", "Restoration"]
US_SUFFIX = ["Inc.", "Inc.", "Inc.", "LLC", "LLC", "LLC", "Corp.", "Co.", "Corporation", "Incorporated",
             "Ltd.", "Company"]
CA_SUFFIX = ["Ltd.", "Ltd.", "Ltd.", "Inc.", "Inc.", "Corp.", "Limited", "ULC"]
US_CITIES = ["Kenosha", "Joliet", "Fort Wayne", "Dubuque", "Sioux Falls", "Rochester", "Erie", "Lancaster",
             "Chattanooga", "Boise", "Spokane", "Fargo", "Billings", "Duluth", "Peoria", "Elgin", "Bismarck",
             "Cedar Rapids", "Olathe", "Lawrence", "Burlington", "Bellingham", "Toledo", "Green Bay", "Akron"]
CA_CITIES = ["Brandon", "Red Deer", "Kamloops", "Guelph", "Barrie", "Moncton", "Lethbridge", "Nanaimo",
             "Brantford", "Kelowna", "Sudbury", "Timmins", "Chilliwack", "Medicine Hat", "Fredericton"]
QC_CITIES = ["Gatineau", "Sherbrooke", "Saint-Jérôme", "Trois-Rivières", "Lévis", "Rimouski"]
PROVINCES = ["Ontario", "Alberta", "B.C.", "Manitoba", "Saskatchewan"]


class Cust:
    pass


customers = []
_names = set()


def add_customer(name, country, kind, ach=None, chk=None, dba=None):
    assert name not in _names, name
    _names.add(name)
    c = Cust()
    c.id = rid("c-", 6)
    c.name = name
    c.country = country
    c.cur = "USD" if country == "US" else "CAD"
    c.kind = kind            # contractor | sub | gc | muni
    c.dba = dba
    full = ascii_upper(name)
    c.ach = ach or full[:16].rstrip()          # NACHA company name: 16 characters
    c.chk = chk or full[:30].rstrip()          # name printed on a cheque / lockbox capture
    c.wire = full[:35].rstrip()
    c.invs = []
    c.terms = 60 if kind == "muni" else 30
    customers.append(c)
    return c


def uniq_name(make):
    for _ in range(200):
        n = make()
        if n not in _names:
            return n
    raise RuntimeError("names exhausted")


def build_customers():
    # deliberate pairs whose 16-character ACH names collide
    pairs = [("Northstar Concrete Pumping LLC", "Northstar Concrete Finishing Inc."),
             ("Great Lakes Excavating Inc.", "Great Lakes Excavation & Grading LLC"),
             ("Summit Ridge Builders Inc.", "Summit Ridge Builders of Idaho LLC"),
             ("Precision Drywall & Acoustics LLC", "Precision Drywall Systems Inc."),
             ("Prairie Sky Contracting Ltd.", "Prairie Sky Contractors (2019) Ltd."),
             ("Tri-State Paving & Sealcoating LLC", "Tri-State Paving Contractors Inc.")]
    for a, b in pairs:
        ctry = "CA" if "Ltd." in a else "US"
        add_customer(a, ctry, "sub")
        add_customer(b, ctry, "sub")
    # DBA names (US)
    dbas = [("JRM Enterprises LLC", "Riverside Concrete"), ("Hollis Family Holdings Inc.", "Hollis Roofing"),
            ("KTB Group LLC", "Midstate Fence & Rail"), ("Sandoval Brothers Inc.", "SB Site Works"),
            ("Amber Ridge Partners LLC", "Amber Ridge Framing"), ("T&M Kowalczyk Inc.", "TMK Masonry"),
            ("Blue Heron Ventures LLC", "Heron Underground Utilities"),
            ("Lakeland Capital Corp.", "Lakeland Scaffold & Shoring"), ("Ortega Holdings LLC", "Ortega Paving"),
            ("Pham & Daughters Inc.", "Southside Drywall Supply"), ("Greer Capital LLC", "Greer Equipment & Grading"),
            ("Two Rivers Management Corp.", "Two Rivers Roofing"), ("Wexford Partners LLC", "Wexford Steel Erectors"),
            ("M.A. Lindgren Inc.", "Lindgren Masonry Restoration")]
    for k, (legal, dba) in enumerate(dbas):
        name = f"{legal} dba {dba}"
        # half of them set up their bank profile under the trade name
        add_customer(name, "US", "sub", dba=dba, ach=ascii_upper(dba)[:16].rstrip() if k % 2 else None,
                     chk=ascii_upper(f"{legal} DBA {dba}")[:30].rstrip())
    # Ontario / Alberta numbered companies with operating names
    for _ in range(14):
        num = R.randint(1000000, 2899999)
        prov = R.choice(["Ontario", "Ontario", "Ontario", "Alberta", "B.C."])
        op = f"{R.choice(CA_WORDS)} {R.choice(TRADES)}"
        if prov == "B.C.":
            legal = f"{R.randint(1000000, 1399999)} B.C. Ltd."
        else:
            legal = f"{num} {prov} Inc." if prov == "Ontario" else f"{num} Alberta Ltd."
        name = f"{legal} o/a {op}"
        if name in _names:
            continue
        add_customer(name, "CA", "sub", dba=op)
    # Quebec companies (accents: banks drop them)
    for pre, fam in FR_NAMES:
        name = f"{pre} {fam} {R.choice(['Inc.', 'Ltée', 'Inc.', 'S.E.N.C.'])}"
        add_customer(name, "CA", R.choice(["sub", "contractor"]))
    # municipalities
    for city in US_CITIES[:14]:
        kind = R.choice(["City of {}", "City of {} Public Works", "Town of {}", "Village of {}",
                         "{} County Highway Dept.", "{} Water Utility"])
        add_customer(kind.format(city), "US", "muni")
    for city in CA_CITIES[:9]:
        kind = R.choice(["City of {}", "Town of {}", "Township of {}", "Municipality of {}",
                         "Corporation of the City of {}"])
        add_customer(kind.format(city), "CA", "muni")
    for city in QC_CITIES[:4]:
        add_customer(f"Ville de {city}", "CA", "muni")
    # general contractors
    gcs = ["Harborview Builders LLC", "Turner-Hale General Contractors Inc.", "Brightline Construction Group LLC",
           "Caldwell & Stroud Construction Co.", "Westbrook Constructors Inc.", "Mason-Kirby Builders Corp.",
           "Redfield Construction Management LLC", "Osprey General Contracting Inc.",
           "Laurentian Constructors Ltd.", "Bow Valley Build Group Inc.", "Georgian Bay General Contracting Ltd.",
           "Fraser Valley Design-Build Ltd."]
    for g in gcs:
        add_customer(g, "CA" if ("Ltd." in g or "Bow Valley" in g) else "US", "gc")
    # everyone else
    while len(customers) < 300:
        if R.random() < 0.68:
            name = uniq_name(lambda: f"{R.choice(US_WORDS)} {R.choice(TRADES)} {R.choice(US_SUFFIX)}")
            add_customer(name, "US", R.choice(["sub", "sub", "contractor"]))
        else:
            name = uniq_name(lambda: f"{R.choice(CA_WORDS)} {R.choice(TRADES)} {R.choice(CA_SUFFIX)}")
            add_customer(name, "CA", R.choice(["sub", "sub", "contractor"]))


# --------------------------------------------------------------------------
# stage 1: invoices
# --------------------------------------------------------------------------

class Inv:
    pass


invoices = []
RATE_CARD = [89500, 142500, 218000, 245000, 312500, 385000, 467500, 520000, 689000, 975000]  # 4-week rentals
TAX = {"US": [0, 625, 700, 725, 825, 550], "CA": [500, 1300, 1400, 1100]}  # basis points x 100


def new_invoice(c, kind, issue, total, currency=None):
    i = Inv()
    i.id = rid("i-", 8)
    i.cust = c
    i.currency = currency or c.cur
    i.kind = kind
    i.issue = issue
    i.due = issue + timedelta(days=c.terms)
    i.total = total
    i.bal0 = total
    i.bal = total
    i.number = None
    i.touched = False       # True once a scenario relies on it
    c.invs.append(i)
    invoices.append(i)
    return i


def build_invoices():
    start = date(2025, 9, 15)
    end = date(2026, 2, 27)
    span = (end - start).days
    for c in customers:
        n = R.choice([1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 10])
        if c.kind in ("gc", "muni"):
            n += 2
        rate = R.choice(RATE_CARD)
        tax = R.choice(TAX[c.country])
        rent_amt = rate + (rate * tax) // 10000
        for _ in range(n):
            issue = start + timedelta(days=R.randint(0, span))
            roll = R.random()
            if roll < 0.30:
                i = new_invoice(c, "rental", issue, rent_amt)
            elif roll < 0.50 and c.kind in ("gc", "contractor", "muni"):
                i = new_invoice(c, "progress", issue, R.randint(1800000, 24000000))
            else:
                i = new_invoice(c, "sale", issue, R.randint(4500, 1850000))
            # some invoices were already part paid before this file
            if i.kind == "progress" and R.random() < 0.45:
                i.bal0 = i.bal = i.total // 10        # 90% paid, retainage left
                i.kind = "retainage"
            elif R.random() < 0.05:
                i.bal0 = i.bal = i.total - R.randint(1, i.total // 100) * 50
    # a few cross-border customers with invoices in the other currency
    cross = [c for c in customers if c.kind in ("gc", "contractor")][:10]
    for c in cross:
        other = "CAD" if c.cur == "USD" else "USD"
        for _ in range(R.randint(1, 2)):
            issue = start + timedelta(days=R.randint(0, span))
            new_invoice(c, "sale", issue, R.randint(150000, 2500000), currency=other)
    # number them in issue order with gaps (closed invoices are not in the file)
    invoices.sort(key=lambda i: (i.issue, i.id))
    num = 207000 + R.randint(0, 400)
    for i in invoices:
        num += R.choice([1, 1, 2, 3, 4, 6, 9, 13, 17])
        i.number = f"INV-{num}"
    for c in customers:
        c.invs.sort(key=lambda i: (i.due, i.number))


def inv_digits(i):
    return i.number[4:]


def invoice_json(i):
    return {"id": i.id, "number": i.number, "customer_id": i.cust.id, "customer_name": i.cust.name,
            "currency": i.currency, "total": money(i.total), "balance": money(i.bal0),
            "issue_date": iso(i.issue), "due_date": iso(i.due)}



# --------------------------------------------------------------------------
# stage 2: payments and labels
# --------------------------------------------------------------------------
from itertools import combinations

FIRST = ["Marc", "Julie", "Dave", "Priya", "Kevin", "Sandra", "Raj", "Mélanie", "Tom", "Harpreet", "Amanda",
         "Luc", "Jen", "Brent", "Nathalie", "Gurpreet", "Colin", "Stéphanie", "Wayne", "Karen", "Jas", "Mike"]
LAST = ["Tremblay", "Gagnon", "MacDonald", "Sandhu", "Nguyen", "Wilson", "Roy", "Campbell", "Dhillon",
        "Bouchard", "Thompson", "Fraser", "Côté", "Kowalski", "Leblanc", "Grewal", "Martin", "Singh"]
OUTSIDE_GCS = {"US": ["SKYLINE GENERAL CONTRACTORS INC", "ALDER & PIKE BUILDERS LLC", "CROWNPOINT CONSTRUCTION CO",
                      "HALSTEAD GENERAL CONTRACTING", "PARAGON CONSTRUCTORS LLC"],
               "CA": ["NORTHFIELD BUILD GROUP LTD", "CONSTRUCTION BOREALIS INC", "TALLPINE CONSTRUCTORS LTD",
                      "REDCLIFF GENERAL CONTRACTING LTD"]}
PROJECTS_BY = {"US": ["ELM ST ELEMENTARY ADDITION", "RT 30 BRIDGE DECK REHAB", "RIVERWALK MIXED USE PH 2",
                      "NORTH WWTP CLARIFIER UPGRADE", "FIRE STATION 4", "COUNTY JAIL HVAC RETROFIT",
                      "LIBRARY ANNEX", "MAPLE CREST SENIOR LIVING"],
               "CA": ["HWY 7 CULVERT REPLACEMENT", "ARENA ROOF REPLACEMENT", "ECOLE SECONDAIRE AGRANDISSEMENT",
                      "TRANSIT GARAGE BAY 3", "HOSPITAL PARKADE LEVEL 2", "COMMUNITY CENTRE POOL RENO"]}


def project(c):
    return R.choice(PROJECTS_BY[c.country])

payments = []
labels = []
pools = {"retainage": [], "part": [], "paid_single": [], "paid_any": []}


def for_each_cust_init():
    for c in customers:
        c.locked = False
        c.person = f"{R.choice(FIRST)} {R.choice(LAST)}"
        c.fr = c.country == "CA" and (c.name.startswith("Ville de") or any(c.name.startswith(f"{a} {b} ")
                                                                           for a, b in FR_NAMES))


def open_invs(c, cur=None):
    cur = cur or c.cur
    return [i for i in c.invs if i.bal > 0 and i.currency == cur]


def fresh(c, cur=None, kinds=None, lo=0, hi=10 ** 12):
    return [i for i in open_invs(c, cur) if not i.touched and (kinds is None or i.kind in kinds)
            and lo <= i.bal <= hi and i.bal == i.bal0]


def subsets(invs, target, maxk=4):
    out = []
    for k in range(1, maxk + 1):
        for s in combinations(invs, k):
            if sum(i.bal for i in s) == target:
                out.append(list(s))
    return out


def ranked(sets):
    return sorted(sets, key=lambda s: (len(s), min(i.due for i in s), min(i.number for i in s)))


def name_unique(c):
    """True when the bank's 16-character name points at this customer only."""
    key = c.ach
    return sum(1 for o in customers if ascii_upper(o.name).startswith(key)) == 1


def pick(seq):
    return R.choice(seq) if seq else None


def mkpay(d, amt, cur, payer, cust_id, ref, rem):
    return {"id": rid("p-", 8), "date": iso(d), "amount": money(amt) if isinstance(amt, int) else amt,
            "currency": cur, "payer_name": payer, "customer_id": cust_id, "reference": ref, "remittance": rem}


def emit(pay, status, apps, unapplied, reason, scenario, note, short_pay=None, candidates=()):
    amt = int(round(float(pay["amount"]) * 100))
    assert sum(a for _, a in apps) + unapplied == amt, (scenario, pay)
    for i, a in apps:
        assert a > 0 and i.bal >= a and i.currency == pay["currency"], (scenario, i.number)
        i.bal -= a
        i.touched = True
    for s in candidates:
        for i in s:
            i.touched = True
    lab = {"payment_id": pay["id"], "status": status,
           "applications": [{"invoice_id": i.id, "amount": money(a)} for i, a in apps],
           "unapplied": money(unapplied),
           "short_pay": None if short_pay is None else {"invoice_id": short_pay[0].id, "amount": money(short_pay[1]),
                                                        "reason": short_pay[2]},
           "candidates": [[i.id for i in s] for s in candidates],
           "reason": reason, "scenario": scenario, "note": note}
    payments.append(pay)
    labels.append(lab)
    return lab


def nums(invs, sep=" "):
    return sep.join(inv_digits(i) for i in invs)


# ---- channel text --------------------------------------------------------

def ccd_addenda(i, amt, style):
    n = inv_digits(i)
    if style == 0:
        return f"RMR*IV*{n}*{money(amt)}\\"
    if style == 1:
        return f"RMR*IV*{n}**{money(amt)}\\"
    if style == 2:
        return f"RMR*IV*INV{n}*PI*{money(amt)}*{money(i.total)}\\"
    return f"RMR*IV*{i.number}*{money(amt)}\\"


def ccd_ref(c, addenda, d):
    lead = R.choice(["ACH CREDIT CCD", "CCD VENDOR PMT", "ACH CORP CREDIT CCD+", "ORIG CO NAME:" + c.ach + " CCD"])
    tail = f"IND ID:{R.randint(10000, 99999)} TRACE {R.randint(10 ** 14, 10 ** 15 - 1)}"
    return f"{lead} ENTRY DATE {d.strftime('%y%m%d')} {tail} ADDENDA: {addenda}"


def ctx820(c, d, total, lines):
    """lines: list of (invoice_number_text, paid, billed, extra_segments)"""
    segs = ["ST*820*0001",
            f"BPR*C*{money(total)}*C*ACH*CTX*01*{R.randint(10 ** 8, 10 ** 9 - 1)}*DA*XXXXXX{R.randint(1000, 9999)}"
            f"*{R.randint(10 ** 9, 10 ** 10 - 1)}**01*{R.randint(10 ** 8, 10 ** 9 - 1)}*DA*XXXXXX4417*{d.strftime('%Y%m%d')}",
            f"TRN*1*{R.randint(10 ** 6, 10 ** 7 - 1)}",
            f"N1*PR*{ascii_upper(c.name)[:35]}",
            "N1*PE*IRONBRIDGE BUILDING SUPPLY",
            "ENT*1"]
    for num, paid, billed, extra in lines:
        segs.append(f"RMR*IV*{num}*PO*{money(paid)}*{money(billed)}")
        segs.extend(extra)
    segs.append(f"SE*{len(segs) + 1}*0001")
    return "~\n".join(segs) + "~"


def lockbox_ref(d):
    return (f"LOCKBOX {R.choice(['77041', '77041', '30518'])} BATCH {R.randint(1, 240):04d} "
            f"ITEM {R.randint(1, 90):04d} CHK {R.randint(1000, 99999)}")


def to_fr(text):
    return re.sub(r"\$?(\d{1,3}(?:,\d{3})*)\.(\d\d)", lambda m: m.group(1).replace(",", " ") + "," + m.group(2), text)


def stub(c, d, rows, total, cheque="CHECK", extra_lines=()):
    """rows: list of (inv_text, date, po_or_job, amount_text)"""
    no = R.randint(1000, 99999)
    if c.fr:
        out = [f"{ascii_upper(c.name)[:40]}    CHÈQUE NO {no:06d}   DATE {iso(d)}",
               "FOURNISSEUR: IRONBRIDGE BUILDING SUPPLY",
               f"{'FACTURE':<14}{'DATE FACT.':<11}{'BC / PROJET':<18}{'MONTANT':>12}"]
        for inv_t, idate, pj, amt_t in rows:
            idate = re.sub(r"^(\d\d)/(\d\d)/(\d\d)$", r"20\3-\1-\2", idate)
            out.append(f"{inv_t:<14}{idate:<11}{pj.replace('JOB', 'PROJET'):<18}{to_fr(amt_t):>12}")
        out.extend(to_fr(x) for x in extra_lines)
        out.append(f"{'':<26}TOTAL DU CHÈQUE {fr_amt(total):>12}")
        return "\n".join(out)
    out = [f"{ascii_upper(c.name)[:40]}    {cheque} NO {no:06d}   DATE {mdY(d)}",
           "VENDOR: IRONBRIDGE BUILDING SUPPLY",
           f"{'INVOICE':<14}{'INV DATE':<11}{'PO / JOB':<18}{'AMOUNT':>12}"]
    for inv_t, idate, pj, amt_t in rows:
        out.append(f"{inv_t:<14}{idate:<11}{pj:<18}{amt_t:>12}")
    out.extend(extra_lines)
    out.append(f"{'':<30}{cheque} TOTAL {commas(total):>12}")
    return "\n".join(out)


def po_for(i, lookalike=None):
    if lookalike:
        return f"PO {lookalike}"
    k = i.cust.kind
    if k == "muni":
        return f"PO {i.issue.year}-{R.randint(100, 4999):05d}"
    if k == "gc":
        return f"PO 4500{R.randint(100000, 999999)}"
    return R.choice([f"PO {R.randint(1000, 9999)}", f"JOB {R.randint(20, 26)}-{R.randint(100, 999)}",
                     f"J{R.randint(1000, 9999)}", ""])


def credit(c):
    return "ACH CREDIT CCD" if c.country == "US" else "EFT CREDIT"


def edi(c):
    return "ACH CTX" if c.country == "US" else "EFT EDI"


def person_payer(c):
    return ascii_upper(c.person) if R.random() < 0.6 else ascii_upper(c.dba or c.name)[:30]


# ---- scenarios: applied --------------------------------------------------

def cust_with(pred, n=1, kinds=None, cur=None, lo=0, hi=10 ** 12, unlocked=False):
    cands = [c for c in customers if pred(c) and (not unlocked or not c.locked)
             and len(fresh(c, cur, kinds, lo, hi)) >= n]
    return pick(cands)


def s_ccd_single(d):
    c = cust_with(lambda c: c.country == "US" and c.kind != "muni")
    if not c:
        return False
    i = pick(fresh(c))
    style = R.randint(0, 3)
    ref = ccd_ref(c, ccd_addenda(i, i.bal, style), d)
    pay = mkpay(d, i.bal, i.currency, c.ach, c.id if R.random() < 0.5 else None, ref, None)
    emit(pay, "applied", [(i, i.bal)], 0, f"CCD+ addenda names {i.number}; amount equals its balance",
         "ccd_single", "ACH CCD+ with one RMR*IV addenda record")
    pools["paid_single"].append((pay, i))
    return True


def s_ctx_multi(d):
    c = cust_with(lambda c: c.country == "US" or c.kind == "gc", n=2)
    if not c:
        return False
    invs = R.sample(fresh(c), min(len(fresh(c)), R.randint(2, 6)))
    invs.sort(key=lambda i: i.number)
    total = sum(i.bal for i in invs)
    lines = []
    for i in invs:
        extra = [f"DTM*003*{i.issue.strftime('%Y%m%d')}"]
        if R.random() < 0.5:
            extra.insert(0, f"REF*PO*{R.randint(4500000000, 4500999999)}")
        lines.append((R.choice([inv_digits(i), i.number, "INV" + inv_digits(i)]), i.bal, i.total, extra))
    rem = ctx820(c, d, total, lines)
    ref = f"{edi(c)} {c.ach} EDI 820 TRN {R.randint(10 ** 6, 10 ** 7 - 1)} {len(invs)} RMR"
    pay = mkpay(d, total, c.cur, c.ach, c.id if R.random() < 0.6 else None, ref, rem)
    pools["paid_any"].extend((pay, i, i.bal) for i in invs)
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         f"EDI 820 lists {len(invs)} invoices; RMR amounts equal their balances and sum to the payment",
         "ctx_multi", "CTX EDI 820, one RMR segment per invoice")
    return True


def s_lockbox(d):
    c = cust_with(lambda c: True)
    if not c:
        return False
    invs = R.sample(fresh(c), min(len(fresh(c)), R.choice([1, 1, 2, 2, 3, 4, 5])))
    invs.sort(key=lambda i: i.number)
    total = sum(i.bal for i in invs)
    rows = [(R.choice([inv_digits(i), i.number, "#" + inv_digits(i)]), mdY(i.issue), po_for(i),
             R.choice([commas(i.bal), "$" + commas(i.bal)])) for i in invs]
    extra = []
    if R.random() < 0.35:
        extra.append(f"CONDITIONAL LIEN WAIVER LW-{d.year}-{R.randint(100, 999):04d} ENCL - THRU {mdY(d - timedelta(days=R.randint(3, 20)))}")
    cheque = "CHEQUE" if c.country == "CA" else "CHECK"
    rem = stub(c, d, rows, total, cheque, extra)
    pay = mkpay(d, total, c.cur, c.chk, c.id if R.random() < 0.7 else None, lockbox_ref(d), rem)
    pools["paid_any"].extend((pay, i, i.bal) for i in invs)
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         "lockbox stub lists the invoices; amounts equal their balances and the cheque total",
         "lockbox_stub", f"{cheque.lower()} scan with stub text, {len(invs)} invoice(s)")
    return True


def s_range(d):
    c = cust_with(lambda c: True, n=3)
    if not c:
        return False
    op = sorted(fresh(c), key=lambda i: i.number)
    allop = sorted(open_invs(c), key=lambda i: i.number)
    k = R.randint(2, min(4, len(op)))
    st = R.randint(0, len(op) - k)
    lo, hi = op[st], op[st + k - 1]
    covered = [i for i in allop if lo.number <= i.number <= hi.number]
    if any(i.touched or i.bal != i.bal0 for i in covered) or len(covered) < 2:
        return False
    total = sum(i.bal for i in covered)
    a, b = inv_digits(lo), inv_digits(hi)
    txt = R.choice([f"INV {a} THRU {b}", f"INVOICES {a}-{b}", f"INV#{a} TO #{b}", f"INV {a} - {b} ({len(covered)} INVS)"])
    if c.country == "US" and R.random() < 0.5:
        pay = mkpay(d, total, c.cur, c.ach, c.id if R.random() < 0.5 else None,
                    f"ACH CREDIT CCD {c.ach} PMT {txt}", None)
    else:
        pay = mkpay(d, total, c.cur, c.chk, c.id, lockbox_ref(d),
                    f"{ascii_upper(c.name)}\nPAYMENT FOR {txt}\nTOTAL {commas(total)}")
    emit(pay, "applied", [(i, i.bal) for i in covered], 0,
         f"range {a}-{b} covers {len(covered)} open invoices of the customer; their balances sum to the payment",
         "invoice_range", "invoice range; other customers' invoices fall inside the number range")
    return True


def s_interac(d):
    want_fr = R.random() < 0.35
    c = cust_with(lambda c: c.country == "CA" and c.kind != "muni" and (c.fr or not want_fr), hi=1000000)
    if not c:
        return False
    pool = fresh(c, hi=1000000)
    invs = R.sample(pool, min(len(pool), R.choice([1, 1, 1, 2])))
    total = sum(i.bal for i in invs)
    if total > 2500000:
        return False
    fr = c.fr
    n = nums(invs, " + ")
    if fr:
        memo = R.choice([f"facture {n} merci", f"Paiement fact. #{n}", f"fact {n} - {c.person}",
                         f"Pour facture(s) {n}, location équipement"])
    else:
        memo = R.choice([f"inv {n} thanks", f"Invoice #{n}", f"{n} - {c.person}",
                         f"for invoice {n} (equipment rental)", f"INV{n.replace(' + ', ' INV')} pd in full"])
    pay = mkpay(d, total, "CAD", person_payer(c), None,
                f"INTERAC E-TRF {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))}",
                f"Interac e-Transfer message: {memo}")
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         "e-Transfer message names the invoice(s); amount equals the balance(s)",
         "interac_memo", "Interac e-Transfer, sender is a person or trade name, no customer id")
    return True


def s_eft_cad(d):
    want_fr = R.random() < 0.35
    c = cust_with(lambda c: c.country == "CA" and (c.fr or not want_fr))
    if not c:
        return False
    pool = fresh(c)
    invs = sorted(R.sample(pool, min(len(pool), R.choice([1, 2, 2, 3, 4]))), key=lambda i: i.number)
    total = sum(i.bal for i in invs)
    fr = c.fr
    vend = R.randint(1000, 99999)
    payno = R.randint(10 ** 7, 10 ** 8 - 1)
    if fr:
        head = [f"AVIS DE PAIEMENT / PAYMENT ADVICE", f"Payeur: {ascii_upper(c.name)}", f"No fournisseur: {vend:06d}",
                f"No paiement: {payno}   Date: {iso(d)}   Montant: {fr_amt(total)} $ CAD",
                f"{'Facture':<14}{'Date fact.':<12}{'Montant brut':>14}{'Escompte':>10}{'Net':>14}"]
        rows = [f"{i.number:<14}{iso(i.issue):<12}{fr_amt(i.bal):>14}{'0,00':>10}{fr_amt(i.bal):>14}" for i in invs]
    else:
        head = [f"PAYMENT ADVICE", f"Payer: {ascii_upper(c.name)}", f"Vendor no. {vend:06d}",
                f"Payment no. {payno}   Date {iso(d)}   Amount CAD {commas(total)}",
                f"{'Invoice':<14}{'Inv date':<12}{'Gross':>14}{'Discount':>10}{'Net':>14}"]
        rows = [f"{R.choice([i.number, inv_digits(i)]):<14}{iso(i.issue):<12}{commas(i.bal):>14}{'0.00':>10}{commas(i.bal):>14}" for i in invs]
    rem = "\n".join(head + rows)
    ref = f"EFT CREDIT {R.choice(['AFT', 'PAP/PAD', 'EDI'])} {ascii_upper(c.name)[:15]} {payno}"
    pay = mkpay(d, total, "CAD", c.chk, c.id if R.random() < 0.5 else None, ref, rem)
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         "EFT payment advice lists the invoices; net amounts equal their balances",
         "eft_cad", "Canadian EFT with an emailed payment advice" + (" (French)" if fr else ""))
    return True


def s_wire(d):
    c = cust_with(lambda c: c.kind in ("gc", "contractor", "muni"))
    if not c:
        return False
    pool = fresh(c)
    invs = sorted(R.sample(pool, min(len(pool), R.choice([1, 1, 2]))), key=lambda i: i.number)
    total = sum(i.bal for i in invs)
    if c.cur == "USD":
        ref = (f"FEDWIRE CREDIT IMAD {d.strftime('%Y%m%d')}QMGFT{R.randint(10 ** 6, 10 ** 7 - 1)} "
               f"ORG={c.wire} OBI=INV {nums(invs)}")
    else:
        ref = (f"INCOMING WIRE LVTS/LYNX {R.randint(10 ** 9, 10 ** 10 - 1)} ORD CUST {c.wire} "
               f"/RFB/INV{nums(invs, ' INV')}")
    pay = mkpay(d, total, c.cur, c.wire, None, ref, None)
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         "wire OBI/RFB names the invoice(s); amount equals the balance(s)", "wire_obi", "wire with beneficiary info")
    return True


REF_FORMS = [lambda a: f"INV#{a}", lambda a: f"INVOICE NO. {a}", lambda a: f"IN{a}", lambda a: f"{a}",
             lambda a: f"INV00{a}", lambda a: f"Inv-{a} Thank you", lambda a: f"PMT INV {a[:3]} {a[3:]}",
             lambda a: f"REF:{a}/IRONBRIDGE"]


def s_ref_variants(d):
    c = cust_with(lambda c: c.country == "US", n=1)
    if not c:
        return False
    pool = fresh(c)
    if len(pool) >= 2 and R.random() < 0.45:
        a, b = sorted(R.sample(pool, 2), key=lambda i: i.number)
        x, y = inv_digits(a), inv_digits(b)
        if x[:3] == y[:3] and R.random() < 0.5:
            txt = f"INV {x}/{y[3:]}"
        else:
            txt = R.choice([f"INV {x} & {y}", f"{x},{y}", f"INVS {x} {y}", f"INV#{x} INV#{y}"])
        invs = [a, b]
    else:
        invs = [pick(pool)]
        txt = R.choice(REF_FORMS)(inv_digits(invs[0]))
    total = sum(i.bal for i in invs)
    ref = R.choice([f"ACH CREDIT {c.ach} PPD/CCD PMT {txt}", f"ONLINE BILL PAY {c.ach} MEMO {txt}",
                    f"BUSINESS BILL PAY {c.ach} {txt}"])
    pay = mkpay(d, total, c.cur, c.ach, c.id if R.random() < 0.4 else None, ref, None)
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         f"reference '{txt}' names {', '.join(i.number for i in invs)}; amount equals the balance(s)",
         "ref_variant", "invoice number written the customer's way")
    return True


def s_amount_only(d):
    for _ in range(60):
        c = cust_with(lambda c: True, unlocked=True)
        if not c:
            return False
        ops = open_invs(c)
        good = [i for i in fresh(c) if subsets(ops, i.bal) == [[i]]]
        if not good:
            continue
        named = R.random() < 0.4 and name_unique(c)
        i = pick(good)
        if c.country == "US":
            ref = R.choice([f"ACH CREDIT CCD {c.ach} VENDOR PMT", f"{c.ach} AP PAYMENT", "ACH CREDIT PAYMENT", None])
        else:
            ref = R.choice([f"EFT CREDIT {c.ach} PAYMENT", "EFT/AFT VENDOR PAYMENT", "DEPOSIT", None])
        pay = mkpay(d, i.bal, c.cur, c.ach, None if named else c.id, ref, None)
        c.locked = True
        emit(pay, "applied", [(i, i.bal)], 0,
             f"no invoice reference; payer identified ({'unique bank name' if named else 'customer id'}) and the amount "
             f"equals exactly one open invoice, {i.number}, and no combination of its other invoices",
             "amount_only", "no remittance; amount is unique within the customer's open items")
        return True
    return False


def s_typo_ref(d):
    allnums = {inv_digits(i) for i in invoices}
    for _ in range(60):
        c = cust_with(lambda c: True, unlocked=True)
        if not c:
            return False
        ops = open_invs(c)
        good = [i for i in fresh(c) if subsets(ops, i.bal) == [[i]]]
        if not good:
            continue
        i = pick(good)
        n = inv_digits(i)
        t = n[:3] + n[4] + n[3] + n[5:]
        if t == n or t in allnums:
            t = n[:4] + n[5] + n[4]
        if t == n or t in allnums:
            continue
        ref = f"PMT INV {t}" if c.country == "US" else f"EFT CREDIT {c.ach} INV {t}"
        pay = mkpay(d, i.bal, c.cur, c.ach, c.id, ref, None)
        c.locked = True
        emit(pay, "applied", [(i, i.bal)], 0,
             f"reference {t} is no invoice (transposed digits of {i.number}); customer known and the amount fits "
             f"only {i.number}", "typo_reference", "transposed invoice digits, amount unique for the customer")
        return True
    return False


def lookalike_number(exclude_cust):
    others = [i for i in invoices if i.cust is not exclude_cust and i.bal > 0]
    return pick(others)


def s_po_lookalike(d):
    variant = R.random() < 0.5
    for _ in range(60):
        c = cust_with(lambda c: True, unlocked=not variant)
        if not c:
            return False
        ops = open_invs(c)
        if variant:
            i = pick(fresh(c))
        else:
            good = [i for i in fresh(c) if subsets(ops, i.bal) == [[i]]]
            if not good:
                continue
            i = pick(good)
        o = lookalike_number(c)
        if o.bal == i.bal:
            continue
        po = inv_digits(o)
        if variant:
            if R.random() < 0.5:
                rows = [(inv_digits(i), mdY(i.issue), f"PO {po}", commas(i.bal))]
                rem = stub(c, d, rows, i.bal, "CHEQUE" if c.country == "CA" else "CHECK")
                pay = mkpay(d, i.bal, c.cur, c.chk, c.id if R.random() < 0.5 else None, lockbox_ref(d), rem)
            else:
                ref = f"{credit(c)} {c.ach} PO {po} INV {inv_digits(i)}"
                pay = mkpay(d, i.bal, c.cur, c.ach, None, ref, None)
            why = f"invoice {i.number} named and amount equals its balance; {po} is the customer's PO, not our invoice"
        else:
            ref = R.choice([f"PO#{po}", f"PO {po} MATERIALS", f"{c.ach} PO {po}"])
            pay = mkpay(d, i.bal, c.cur, c.ach, c.id, ref, None)
            c.locked = True
            why = (f"only a PO number {po} (equal to another customer's {o.number}); customer known and the amount fits "
                   f"only {i.number}")
        emit(pay, "applied", [(i, i.bal)], 0, why, "po_lookalike",
             f"PO number equals invoice number {o.number} of another customer ({o.cust.name})")
        return True
    return False


def s_job_lookalike(d):
    for _ in range(40):
        c = cust_with(lambda c: c.kind in ("gc", "contractor", "muni", "sub"))
        if not c:
            return False
        i = pick(fresh(c))
        o = lookalike_number(c)
        if o.bal == i.bal:
            continue
        job = inv_digits(o)
        draw = R.randint(2, 9)
        rem = (f"{ascii_upper(c.name)}\nJOB {job} {project(c)} - DRAW {draw}\n"
               f"PAYING YOUR INV {inv_digits(i)}  {commas(i.bal)}\nTOTAL PAID {commas(i.bal)}")
        pay = mkpay(d, i.bal, c.cur, c.chk, c.id if R.random() < 0.5 else None, lockbox_ref(d), rem)
        emit(pay, "applied", [(i, i.bal)], 0,
             f"stub pays {i.number} with its exact balance; JOB {job} is the customer's job number",
             "job_lookalike", f"job number equals invoice number {o.number} of another customer")
        return True
    return False


def s_joint_check(d):
    subs = [c for c in customers if c.kind in ("sub", "contractor") and fresh(c)]
    s = pick(subs)
    if not s:
        return False
    gcs = [c for c in customers if c.kind == "gc" and c.country == s.country and not c.locked]
    g = pick(gcs) if R.random() < 0.75 else None
    gname = g.chk if g else R.choice(OUTSIDE_GCS[s.country])
    pool = fresh(s)
    invs = sorted(R.sample(pool, min(len(pool), R.choice([1, 2, 2, 3]))), key=lambda i: i.number)
    total = sum(i.bal for i in invs)
    if g and subsets(open_invs(g, s.cur), total, 3):
        return False
    cheque = "CHEQUE" if s.country == "CA" else "CHECK"
    proj = project(s)
    lw = f"LW-{d.year}-{R.randint(100, 999):04d}"
    lines = [f"JOINT {cheque} - PAY TO THE ORDER OF IRONBRIDGE BUILDING SUPPLY AND {ascii_upper(s.name)}",
             f"PROJECT: {proj}   SUBCONTRACT {R.choice(['SC', 'S'])}-{R.randint(100, 999)}",
             f"FOR MATERIALS SUPPLIED TO {ascii_upper(s.dba or s.name)}",
             "SUPPLIER INVOICES: " + ", ".join(inv_digits(i) for i in invs),
             f"{cheque} AMOUNT {commas(total)}",
             R.choice([f"CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT {lw} REQUIRED BEFORE DEPOSIT",
                       f"UNCONDITIONAL LIEN WAIVER {lw} RECEIVED THRU {mdY(d - timedelta(days=R.randint(5, 30)))}",
                       f"STATUTORY HOLDBACK NOT RELEASED - WAIVER {lw} ON FILE"])]
    cid = g.id if (g and R.random() < 0.5) else None
    pay = mkpay(d, total, s.cur, gname, cid, lockbox_ref(d), "\n".join(lines))
    emit(pay, "applied", [(i, i.bal) for i in invs], 0,
         f"joint {cheque.lower()} from the general contractor pays the sub's invoices named on the stub",
         "joint_check",
         f"payer is GC {gname}{' (customer id is the GC account)' if cid else ''}; invoices belong to {s.name}")
    return True


def s_retainage_release(d):
    c = cust_with(lambda c: True, kinds=["retainage"])
    if not c:
        return False
    i = pick(fresh(c, kinds=["retainage"]))
    word = "HOLDBACK" if c.country == "CA" else "RETAINAGE"
    lw = f"LW-{d.year}-{R.randint(100, 999):04d}"
    rem = R.choice([
        f"{word} RELEASE - INV {inv_digits(i)}\nORIGINAL INVOICE {commas(i.total)} / {word} 10% {commas(i.bal)}\n"
        f"UNCONDITIONAL FINAL LIEN WAIVER {lw} RECEIVED",
        f"RELEASE OF {word} ON YOUR INVOICE {i.number}  AMOUNT {commas(i.bal)}\n"
        f"PROJECT {project(c)} - SUBSTANTIAL COMPLETION {mdY(d - timedelta(days=R.randint(40, 70)))}",
    ])
    pay = mkpay(d, i.bal, c.cur, c.chk, c.id if R.random() < 0.6 else None,
                lockbox_ref(d) if R.random() < 0.5 else f"EFT CREDIT {ascii_upper(c.name)[:15]} RET REL", rem)
    emit(pay, "applied", [(i, i.bal)], 0,
         f"{word.lower()} release of {i.number}: the remaining 10% balance", "retainage_release",
         "retainage left from a progress payment before this file")
    return True


def s_retainage_release_file(d):
    cands = [(i, ret) for i, ret in pools["retainage"] if i.bal == ret]
    if not cands:
        return False
    i, ret = pick(cands)
    pools["retainage"].remove((i, ret))
    c = i.cust
    word = "HOLDBACK" if c.country == "CA" else "RETAINAGE"
    rem = f"{word} RELEASE INV {inv_digits(i)} {commas(ret)}\nFINAL WAIVER LW-{d.year}-{R.randint(100, 999):04d}"
    pay = mkpay(d, ret, c.cur, c.chk, c.id, lockbox_ref(d), rem)
    emit(pay, "applied", [(i, ret)], 0, f"{word.lower()} held on {i.number} earlier in this file, now released",
         "retainage_release_later", "pays what an earlier payment in this file left open")
    return True


# ---- scenarios: partial --------------------------------------------------

def s_retainage_withheld(d):
    c = cust_with(lambda c: True, kinds=["progress"])
    if not c:
        return False
    i = pick(fresh(c, kinds=["progress"]))
    ret = (i.total + 5) // 10
    net = i.bal - ret
    word = "HOLDBACK" if c.country == "CA" else "RETAINAGE"
    app = R.randint(2, 7)
    lw = f"LW-{d.year}-{R.randint(100, 999):04d}"
    if R.random() < 0.5:
        rows = [(inv_digits(i), mdY(i.issue), f"PAY APP {app}", commas(i.total)),
                ("MOINS RETENUE" if c.fr else f"LESS {word}", "", "10%", f"({commas(ret)})")]
        rem = stub(c, d, rows, net, "CHEQUE" if c.country == "CA" else "CHECK",
                   [f"CONDITIONAL PROGRESS WAIVER {lw}"])
        pay = mkpay(d, net, c.cur, c.chk, c.id, lockbox_ref(d), rem)
    else:
        rem = ctx820(c, d, net, [(inv_digits(i), net, i.total,
                                  [f"ADX*-{money(ret)}*RT", f"NTE*ADD*{word} 10 PCT HELD PER CONTRACT PAY APP {app}"])])
        pay = mkpay(d, net, c.cur, c.ach, c.id if R.random() < 0.5 else None,
                    f"{edi(c)} {c.ach} EDI 820", rem)
    emit(pay, "partial", [(i, net)], 0,
         f"progress billing {i.number} paid net of 10% {word.lower()} ({money(ret)} stays open, not a deduction)",
         "retainage_withheld", "retainage is owed later, so no short pay")
    pools["retainage"].append((i, ret))
    return True


SHORT_REASONS = [
    ("damaged material", "LESS {amt} - {q} SHTS 5/8 TYPE X DAMAGED ON DELIVERY TKT {t}"),
    ("pricing per quote", "SHORT PAID {amt} PRICED PER QUOTE Q-{t}"),
    ("freight not authorized", "DEDUCT FREIGHT {amt} NOT AUTHORIZED ON PO"),
    ("rental downtime credit", "MACHINE DOWN {q} DAYS - DEDUCTED {amt} PER YARD AGREEMENT"),
    ("GC backcharge", "BACKCHARGE {amt} SITE CLEANUP PER CO#{q}"),
    ("short shipment", "SHORT {q} BUNDLES #5 REBAR - DEDUCT {amt} (DEL TKT {t})"),
    ("tax exempt", "SALES TAX {amt} NOT PAID - TAX EXEMPT CERT ON FILE"),
    ("damage waiver declined", "RENTAL PROTECTION PLAN {amt} DECLINED - HAVE OWN INS"),
    ("fuel surcharge disputed", "FUEL/ENVIRO FEE {amt} NOT ON QUOTE - DEDUCTED"),
]


SHORT_REASONS_FR = [
    ("damaged material", "MOINS {amt} - {q} FEUILLES DE GYPSE ENDOMMAGÉES À LA LIVRAISON BL {t}"),
    ("freight not authorized", "FRAIS DE TRANSPORT {amt} NON AUTORISÉS SUR LE BC"),
    ("rental downtime credit", "MACHINE EN PANNE {q} JOURS - CRÉDIT {amt} DÉDUIT"),
    ("pricing per quote", "PRIX SELON SOUMISSION S-{t} - ÉCART {amt} DÉDUIT"),
]


def s_short_pay(d):
    c = cust_with(lambda c: True, lo=20000)
    if not c:
        return False
    pool = fresh(c, lo=20000)
    invs = sorted(R.sample(pool, min(len(pool), R.choice([1, 1, 2, 3]))), key=lambda i: i.number)
    sp = pick(invs)
    key, tmpl = R.choice(SHORT_REASONS_FR if c.fr else SHORT_REASONS)
    ded = max(1000, R.randint(sp.bal // 50, sp.bal // 6))
    ded -= ded % 5
    text = tmpl.format(amt=commas(ded), q=R.randint(2, 14), t=R.randint(10000, 99999))
    paid = {i: i.bal - (ded if i is sp else 0) for i in invs}
    total = sum(paid.values())
    ch = R.random()
    if ch < 0.4:
        lines = []
        for i in invs:
            extra = [f"ADX*-{money(ded)}*{R.choice(['01', '05', '11', 'CS'])}", f"NTE*ADD*{text}"] if i is sp else []
            lines.append((inv_digits(i), paid[i], i.bal, extra))
        pay = mkpay(d, total, c.cur, c.ach, c.id if R.random() < 0.5 else None,
                    f"{edi(c)} {c.ach} EDI 820", ctx820(c, d, total, lines))
    else:
        rows = []
        for i in invs:
            rows.append((inv_digits(i), mdY(i.issue), po_for(i), commas(paid[i])))
        extra = [f"  {inv_digits(sp)}: {text}"]
        pay = mkpay(d, total, c.cur, c.chk, c.id if R.random() < 0.6 else None, lockbox_ref(d),
                    stub(c, d, rows, total, "CHEQUE" if c.country == "CA" else "CHECK", extra))
    emit(pay, "partial", [(i, paid[i]) for i in invs], 0,
         f"{sp.number} short paid by {money(ded)}: {key}", "short_pay", f"deduction with a stated reason ({key})",
         short_pay=(sp, ded, key))
    return True


def s_card_fee(d):
    c = cust_with(lambda c: True, lo=30000, hi=1500000)
    if not c:
        return False
    i = pick(fresh(c, lo=30000, hi=1500000))
    rate = R.choice([250, 275, 290, 299, 325])   # basis points
    fee = (i.bal * rate + 5000) // 10000
    net = i.bal - fee
    proc = "NORTHPAY CA SETTLE" if c.country == "CA" else R.choice(["CARDPOINT MERCH DEP", "PAYLINQ SETTLEMENT"])
    brand = R.choice(["VISA", "MASTERCARD", "AMEX"])
    rem = (f"Ironbridge Pay - online payment receipt\nCustomer: {c.name}\nInvoice {i.number}\n"
           f"Card: {brand} ending {R.randint(1000, 9999)}\nAmount charged: {commas(i.bal)} {c.cur}\n"
           f"Processing fee {rate / 100:.2f}% withheld: {commas(fee)}\nNet deposit: {commas(net)}")
    pay = mkpay(d, net, c.cur, proc, c.id, f"{proc} BATCH {R.randint(100, 9999)} {brand}", rem)
    emit(pay, "partial", [(i, net)], 0,
         f"card payment of {i.number} deposited net of a {money(fee)} processing fee", "card_fee",
         "card settlement net of fees; the fee shortfall is labelled as a short pay to write off",
         short_pay=(i, fee, "card processing fee"))
    return True


def s_unearned_discount(d):
    c = cust_with(lambda c: c.country == "US", lo=50000)
    if not c:
        return False
    i = pick(fresh(c, lo=50000))
    disc = (i.bal * 2 + 50) // 100
    net = i.bal - disc
    ref = ccd_ref(c, f"RMR*IV*{inv_digits(i)}*PI*{money(net)}*{money(i.bal)}*{money(disc)}\\", d)
    pay = mkpay(d, net, c.cur, c.ach, c.id if R.random() < 0.5 else None, ref, None)
    emit(pay, "partial", [(i, net)], 0,
         f"{i.number} paid less a 2% discount ({money(disc)}) our net-{i.cust.terms} terms do not offer",
         "unearned_discount", "RMR06 discount taken on net terms", short_pay=(i, disc, "unearned discount"))
    return True


def s_part_payment(d):
    c = cust_with(lambda c: True, lo=200000)
    if not c:
        return False
    ops = open_invs(c)
    for _ in range(10):
        i = pick(fresh(c, lo=200000))
        part = R.choice([i.bal // 2, i.bal // 3, (i.bal // 200000) * 100000, 100000, 250000])
        part -= part % 100
        if 0 < part < i.bal and not subsets(ops, part):
            break
    else:
        return False
    explicit = R.random() < 0.7
    if explicit:
        txt = R.choice([f"PARTIAL PMT INV {inv_digits(i)}", f"PMT 1 OF 3 INV {inv_digits(i)}",
                        f"ON ACCOUNT - INV {inv_digits(i)} BAL TO FOLLOW", f"PARTIAL PAYMENT {i.number}"])
    else:
        txt = R.choice([f"INV {inv_digits(i)}", f"{i.number}"])
    if c.country == "US":
        pay = mkpay(d, part, c.cur, c.ach, c.id if R.random() < 0.5 else None, f"ACH CREDIT {c.ach} {txt}", None)
    else:
        pay = mkpay(d, part, c.cur, c.chk, c.id if R.random() < 0.5 else None, f"EFT CREDIT {txt}", None)
    emit(pay, "partial", [(i, part)], 0,
         f"part payment of {i.number} ({money(part)} of {money(i.bal)})" + ("" if explicit else ", reason not stated"),
         "part_payment", "stated part payment" if explicit else "named invoice, less than its balance, no reason")
    pools["part"].append(i)
    return True


def s_rest_after_part(d):
    cands = [i for i in pools["part"] if i.bal > 0]
    if not cands:
        return False
    i = pick(cands)
    pools["part"].remove(i)
    c = i.cust
    txt = R.choice([f"BAL OF INV {inv_digits(i)}", f"FINAL PMT {i.number}", f"REMAINING BALANCE INV {inv_digits(i)}"])
    pay = mkpay(d, i.bal, c.cur, c.ach if c.country == "US" else c.chk, c.id if R.random() < 0.5 else None,
                f"{'ACH CREDIT' if c.country == 'US' else 'EFT CREDIT'} {txt}", None)
    emit(pay, "applied", [(i, i.bal)], 0, f"pays what is left on {i.number} after an earlier part payment",
         "rest_after_part", "balance reduced by an earlier payment in this file")
    return True


# ---- scenarios: unapplied ------------------------------------------------

def fits_nothing(c, amt, exclude=()):
    return not subsets([i for i in open_invs(c) if i not in exclude], amt, 4)


def s_overpay(d):
    pre = [c for c in customers if any(i.bal0 < i.total and not i.touched and i.bal == i.bal0 and i.kind != "retainage"
                                       for i in open_invs(c))]
    variant = pre and R.random() < 0.5
    for _ in range(40):
        if variant:
            c = pick(pre)
            i = pick([i for i in open_invs(c) if i.bal0 < i.total and not i.touched and i.bal == i.bal0
                      and i.kind != "retainage"])
            amt = i.total
            why = f"paid the full invoice total of {i.number} although {money(i.total - i.bal)} was already paid"
        else:
            c = cust_with(lambda c: True)
            i = pick(fresh(c))
            extra = R.choice([R.randint(1, 40) * 100, 2500, 7500, R.randint(100, 9999)])
            amt = i.bal + extra
            why = f"{i.number} named; payment exceeds its balance by {money(extra)}"
        if fits_nothing(c, amt - i.bal, [i]) and fits_nothing(c, amt, [i]):
            break
    else:
        return False
    txt = R.choice([f"INV {inv_digits(i)}", f"{i.number} PAID IN FULL", f"INVOICE {inv_digits(i)}"])
    if c.country == "US":
        pay = mkpay(d, amt, c.cur, c.ach, c.id if R.random() < 0.5 else None, f"ACH CREDIT {c.ach} {txt}", None)
    else:
        pay = mkpay(d, amt, c.cur, c.chk, c.id, lockbox_ref(d),
                    f"CHEQUE STUB: {txt}  AMOUNT {commas(amt)}")
    emit(pay, "unapplied", [(i, i.bal)], amt - i.bal, why + "; remainder held on account", "overpayment",
         "overpayment: balance applied, rest unapplied")
    return True


def s_duplicate(d):
    cands = [(p, i) for p, i in pools["paid_single"] if i.bal == 0]
    if not cands:
        return False
    p, i = pick(cands)
    pools["paid_single"].remove((p, i))
    if not fits_nothing(i.cust, int(p["amount"].replace(".", ""))):
        return False
    pay = dict(p)
    pay["id"] = rid("p-", 8)
    pay["date"] = iso(d)
    ref = pay["reference"]
    if ref and "TRACE" in ref:
        ref = re.sub(r"TRACE \d+", f"TRACE {R.randint(10 ** 14, 10 ** 15 - 1)}", ref)
        ref = re.sub(r"ENTRY DATE \d{6}", "ENTRY DATE " + d.strftime("%y%m%d"), ref)
    pay["reference"] = ref
    emit(pay, "unapplied", [], int(round(float(pay["amount"]) * 100)),
         f"{i.number} was already paid by {p['id']} on {p['date']}; second payment held as unapplied cash",
         "duplicate_payment", "customer paid the same invoice twice (new trace, new payment id)")
    return True


def s_already_paid_in_list(d):
    cands = [(p, i, a) for p, i, a in pools["paid_any"] if i.bal == 0 and fresh(i.cust)]
    if not cands:
        return False
    p, old, oldamt = pick(cands)
    pools["paid_any"].remove((p, old, oldamt))
    c = old.cust
    b = pick(fresh(c))
    if not (fits_nothing(c, oldamt, [b]) and fits_nothing(c, oldamt + b.bal)):
        return False
    total = oldamt + b.bal
    rows = sorted([(old, oldamt), (b, b.bal)], key=lambda t: t[0].number)
    rem = stub(c, d, [(inv_digits(i), mdY(i.issue), po_for(i), commas(a)) for i, a in rows], total,
               "CHEQUE" if c.country == "CA" else "CHECK")
    pay = mkpay(d, total, c.cur, c.chk, c.id, lockbox_ref(d), rem)
    emit(pay, "unapplied", [(b, b.bal)], oldamt,
         f"{b.number} paid; {old.number} was already paid by {p['id']}, so {money(oldamt)} is held unapplied",
         "already_paid_in_list", "remittance repeats an invoice an earlier payment in this file cleared")
    return True


def s_no_fit_known(d):
    for _ in range(60):
        c = cust_with(lambda c: True, unlocked=True)
        if not c:
            return False
        ops = open_invs(c)
        amt = R.choice([R.randint(5, 200) * 10000, R.randint(50000, 900000)])
        if subsets(ops, amt):
            continue
        txt = R.choice([f"DEPOSIT RENTAL RES R-{R.randint(10000, 99999)}", f"COD PREPAY SO {R.randint(1000, 9999)}",
                        "ADVANCE PAYMENT", "PAYMENT ON ACCOUNT", f"DEPOSIT QUOTE Q-{R.randint(10000, 99999)}"])
        payer = c.ach if c.country == "US" else c.chk
        pay = mkpay(d, amt, c.cur, payer, c.id, f"{'ACH CREDIT' if c.country == 'US' else 'EFT CREDIT'} {txt}", None)
        c.locked = True
        emit(pay, "unapplied", [], amt, "known customer; no open invoice or combination fits; held on account",
             "no_fit_known_customer", f"deposit / prepayment: {txt}")
        return True
    return False


# ---- scenarios: review ---------------------------------------------------

def s_twins(d):
    for _ in range(80):
        c = cust_with(lambda c: True, n=2, unlocked=True)
        if not c:
            return False
        fr = fresh(c)
        by = {}
        for i in fr:
            by.setdefault(i.bal, []).append(i)
        groups = [g for g in by.values() if len(g) >= 2]
        if not groups:
            continue
        g = pick(groups)
        amt = g[0].bal
        sets = ranked(subsets(open_invs(c), amt, 3))
        named = R.random() < 0.35 and name_unique(c)
        ref = R.choice([f"{credit(c)} {c.ach} VENDOR PMT", "RENTAL PAYMENT", f"{c.ach} PAYMENT", None])
        pay = mkpay(d, amt, c.cur, c.ach, None if named else c.id, ref, None)
        c.locked = True
        emit(pay, "review", [], amt,
             f"amount equals {len(sets)} open invoices of the customer (recurring 4-week rental); no reference",
             "same_amount_twins", "recurring rental billed at the same amount every cycle", candidates=sets)
        return True
    return False


def s_lump_ambiguous(d):
    for _ in range(80):
        c = cust_with(lambda c: True, n=4, unlocked=True)
        if not c:
            return False
        fr = [i for i in fresh(c) if i.bal == i.total]
        if len(fr) < 3:
            continue
        x, y, z = R.sample(fr, 3)
        if z.kind == "rental":
            continue
        target = x.bal + y.bal
        z.total = z.bal0 = z.bal = target
        sets = ranked(subsets(open_invs(c), target, 3))
        pay = mkpay(d, target, c.cur, c.ach if c.country == "US" else c.chk, c.id,
                    R.choice(["PAYMENT", "VENDOR PAYMENT", None, f"{c.ach} AP"]), None)
        c.locked = True
        emit(pay, "review", [], target,
             f"no reference; the amount fits {len(sets)} different sets of the customer's invoices",
             "lump_ambiguous", "lump sum, one invoice equals the sum of two others", candidates=sets)
        return True
    return False


def s_name_collision(d):
    pairs = []
    for a in customers:
        for b in customers:
            if a.id < b.id and a.ach == b.ach and a.cur == b.cur and not a.locked and not b.locked:
                pairs.append((a, b))
    R.shuffle(pairs)
    for a, b in pairs:
        fa = [i for i in fresh(a) if i.bal == i.total and i.kind != "rental"]
        fb = [i for i in fresh(b) if i.bal == i.total and i.kind != "rental"]
        if not fa or not fb:
            continue
        ia, ib = pick(fa), pick(fb)
        ib.total = ib.bal0 = ib.bal = ia.bal
        sa, sb = subsets(open_invs(a), ia.bal, 3), subsets(open_invs(b), ia.bal, 3)
        sets = ranked(sa + sb)
        pay = mkpay(d, ia.bal, a.cur, a.ach, None, R.choice([f"{credit(a)} {a.ach} PAYMENT", None]), None)
        a.locked = b.locked = True
        emit(pay, "review", [], ia.bal,
             f"bank name {a.ach} fits two customers and the amount fits an invoice of each",
             "name_collision", f"truncated name shared by {a.name} and {b.name}", candidates=sets)
        return True
    return False


def s_unknown_payer(d):
    cur = R.choice(["USD", "CAD"])
    match = R.random() < 0.6
    for _ in range(80):
        if match:
            c = cust_with(lambda c: c.cur == cur, unlocked=True)
            i = pick(fresh(c))
            amt = i.bal
        else:
            amt = R.randint(30000, 2000000)
        sets = []
        for o in customers:
            sets.extend(subsets(open_invs(o, cur), amt, 3))
        if match and sets != [[i]]:
            continue
        if not match and sets:
            continue
        payer = R.choice(["MOBILE DEPOSIT", "BRANCH DEPOSIT", "ONLINE TRANSFER CREDIT", "ACH CREDIT"]
                         if cur == "USD" else ["E-TRANSFER AUTODEPOSIT", "BRANCH DEPOSIT", "EFT CREDIT"])
        pay = mkpay(d, amt, cur, payer, None, R.choice([None, "DEPOSIT", "CREDIT MEMO"]), None)
        if match:
            i.cust.locked = True
        emit(pay, "review", [], amt,
             "payer unknown and no reference" + ("; the amount fits one open invoice but that alone is not proof"
                                                  if match else "; the amount fits no open invoice"),
             "unknown_payer", "anonymous deposit" + (", amount matches one invoice ledger-wide" if match else ""),
             candidates=sets)
        return True
    return False


def s_ref_conflict(d):
    for _ in range(80):
        c = cust_with(lambda c: True, n=2, unlocked=True)
        if not c:
            return False
        fr = fresh(c)
        a, b = R.sample(fr, 2)
        if not b.bal < a.bal:
            continue
        if subsets(open_invs(c), b.bal, 4) != [[b]]:
            continue
        ref = (f"ACH CREDIT {c.ach} INV {inv_digits(a)}" if c.country == "US"
               else f"EFT CREDIT {c.ach} INV {inv_digits(a)}")
        pay = mkpay(d, b.bal, c.cur, c.ach, c.id, ref, None)
        c.locked = True
        emit(pay, "review", [], b.bal,
             f"reference names {a.number} but the amount equals {b.number} exactly and is less than {a.number}",
             "ref_amount_conflict", "named invoice vs exact amount of another invoice", candidates=[[b], [a]])
        return True
    return False


def s_cross_currency(d):
    for _ in range(40):
        c = pick([c for c in customers if not c.locked and any(
            i.currency != c.cur and not i.touched and i.bal > 0 for i in c.invs)])
        if not c:
            return False
        x = pick([i for i in c.invs if i.currency != c.cur and not i.touched and i.bal > 0])
        rate = 0.7312 if x.currency == "CAD" else 1.3676
        amt = int(round(x.bal * rate))
        if subsets(open_invs(c, c.cur), amt, 3):
            continue
        ref = (f"ACH CREDIT {c.ach} INV {inv_digits(x)}" if c.cur == "USD"
               else f"EFT CREDIT {c.ach} INV {inv_digits(x)}")
        pay = mkpay(d, amt, c.cur, c.ach, c.id, ref, None)
        c.locked = True
        x.touched = True
        emit(pay, "review", [], amt,
             f"reference names {x.number}, a {x.currency} invoice, but the payment is {c.cur}; never across currencies",
             "cross_currency", f"{c.cur} payment for a {x.currency} invoice (about {rate} FX)", candidates=[])
        return True
    return False


def s_list_mismatch(d):
    for _ in range(80):
        c = cust_with(lambda c: True, n=3, unlocked=True)
        if not c:
            return False
        invs = sorted(R.sample(fresh(c), 3), key=lambda i: i.number)
        short = R.randint(3, 90) * 1000 + R.randint(0, 99)
        total = sum(i.bal for i in invs) - short
        if total <= 0 or subsets(open_invs(c), total, 4):
            continue
        rows = [(inv_digits(i), mdY(i.issue), po_for(i), "") for i in invs]
        rem = stub(c, d, rows, total, "CHEQUE" if c.country == "CA" else "CHECK")
        pay = mkpay(d, total, c.cur, c.chk, c.id, lockbox_ref(d), rem)
        c.locked = True
        emit(pay, "review", [], total,
             f"stub lists 3 invoices without amounts; the cheque is {money(short)} less than their balances and no "
             f"reason is given", "list_mismatch", "which invoice is short is unknown", candidates=[invs])
        return True
    return False


# ---- bad input rows ------------------------------------------------------

def emit_error(pay, err, scenario, note):
    lab = {"payment_id": pay["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
           "candidates": [], "reason": err, "error": err, "scenario": scenario, "note": note}
    payments.append(pay)
    labels.append(lab)
    return True


def err_base(d):
    c = cust_with(lambda c: True)
    i = pick(fresh(c))
    return c, i


def e_negative(d):
    c, i = err_base(d)
    pay = mkpay(d, "-" + money(i.bal), c.cur, c.ach, c.id, f"ACH RETURN R01 {c.ach} INV {inv_digits(i)}", None)
    return emit_error(pay, "negative amount", "error_negative_amount", "a returned item exported as a negative payment")


def e_currency(d):
    c, i = err_base(d)
    e_currency.n = getattr(e_currency, "n", 0) + 1
    cur = "EUR" if e_currency.n % 2 else "MXN"
    pay = mkpay(d, i.bal, cur, c.wire, c.id, f"INCOMING WIRE {cur} INV {inv_digits(i)}", None)
    return emit_error(pay, f"currency {cur} matches no open invoice", "error_unknown_currency",
                      f"{cur} wire; the ledger holds only USD and CAD invoices")


def e_dup_id(d):
    prev = [(p, l) for p, l in zip(payments, labels) if l["status"] != "error"]
    p, _ = prev[-1]
    if payments[-1] is not p:
        return False
    pay = dict(p)
    return emit_error(pay, f"duplicate payment id {p['id']}", "error_duplicate_id",
                      "the same bank record loaded twice; the first row is valid, this one is not")


def e_malformed(d):
    c, i = err_base(d)
    e_malformed.used = getattr(e_malformed, "used", [])
    opts = [x for x in ["12O5.50", "1.250,00"] if x not in e_malformed.used] or ["N/A"]
    bad = opts[0]
    e_malformed.used.append(bad)
    pay = mkpay(d, bad, c.cur, c.chk, c.id, lockbox_ref(d), f"STUB: INV {inv_digits(i)} {commas(i.bal)}")
    return emit_error(pay, f"malformed amount {bad!r}", "error_malformed_amount", "amount is not a decimal string")


def e_no_date(d):
    c, i = err_base(d)
    pay = mkpay(d, i.bal, c.cur, c.ach, c.id, f"ACH CREDIT {c.ach} INV {inv_digits(i)}", None)
    pay["date"] = None if not hasattr(e_no_date, "done") else ""
    e_no_date.done = True
    return emit_error(pay, "missing date", "error_missing_date", "date is " + repr(pay["date"]))


# ---- schedule ------------------------------------------------------------

PLAN = [  # (function, count, follow-up?)
    (s_ccd_single, 45, False), (s_ctx_multi, 28, False), (s_lockbox, 36, False), (s_range, 8, False),
    (s_interac, 18, False), (s_eft_cad, 22, False), (s_wire, 8, False), (s_ref_variants, 18, False),
    (s_amount_only, 20, False), (s_typo_ref, 4, False), (s_po_lookalike, 10, False), (s_job_lookalike, 6, False),
    (s_joint_check, 10, False), (s_retainage_release, 8, False),
    (s_retainage_withheld, 14, False), (s_short_pay, 24, False), (s_card_fee, 8, False),
    (s_unearned_discount, 4, False), (s_part_payment, 10, False),
    (s_overpay, 12, False), (s_no_fit_known, 8, False),
    (s_twins, 12, False), (s_lump_ambiguous, 7, False), (s_unknown_payer, 7, False), (s_name_collision, 5, False),
    (s_ref_conflict, 5, False), (s_cross_currency, 4, False), (s_list_mismatch, 4, False),
    (s_retainage_release_file, 5, True), (s_rest_after_part, 6, True), (s_duplicate, 8, True),
    (s_already_paid_in_list, 4, True),
    (e_negative, 2, False), (e_currency, 2, False), (e_dup_id, 2, True), (e_malformed, 2, False),
    (e_no_date, 2, False),
]


def business_days(a, b):
    out, d = [], a
    while d <= b:
        if d.weekday() < 5 and d not in (date(2026, 4, 3),):     # Good Friday: banks closed
            out.append(d)
        d += timedelta(days=1)
    return out


def build_payments():
    base, follow = [], []
    for f, n, fu in PLAN:
        (follow if fu else base).extend([f] * n)
    R.shuffle(base)
    seq = list(base)
    cut = int(len(base) * 0.45)
    for f in follow:
        seq.insert(R.randint(cut, len(seq)), f)
    days = business_days(date(2026, 3, 2), date(2026, 4, 24))
    dates = sorted(R.choice(days) for _ in seq)
    fallbacks = [s_lockbox, s_ccd_single, s_eft_cad]
    follow_fs = {f for f, n, fu in PLAN if fu}
    pending = []
    for f, d in zip(seq, dates):
        if pending and pending[0](d):
            pending.pop(0)
        if f(d):
            continue
        if f in follow_fs:
            pending.append(f)
            continue
        for g in fallbacks:
            if g(d):
                break
        else:
            raise RuntimeError(f"no scenario fits at {d}")
    assert not pending, pending


# --------------------------------------------------------------------------
# stage 3: replay, files, README
# --------------------------------------------------------------------------

def cents(s):
    return int(s.replace(".", "")) if s.startswith("-") is False else -int(s[1:].replace(".", ""))


def replay(inv_rows, pay_rows, lab_rows):
    """Independent re-check of every label against the written rows."""
    bal = {r["id"]: cents(r["balance"]) for r in inv_rows}
    cur = {r["id"]: r["currency"] for r in inv_rows}
    assert len(pay_rows) == len(lab_rows)
    for p, l in zip(pay_rows, lab_rows):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            assert not l["applications"] and l["error"]
            continue
        amt = cents(p["amount"])
        apps = sum(cents(a["amount"]) for a in l["applications"])
        assert apps + cents(l["unapplied"]) == amt, l
        for a in l["applications"]:
            assert cur[a["invoice_id"]] == p["currency"], l
            bal[a["invoice_id"]] -= cents(a["amount"])
            assert bal[a["invoice_id"]] >= 0, l
    return bal


README_HEAD = """# Blind held-out set: cash application (`match`), construction supply & equipment rental

Generated by `build.py` (stdlib only, seed {seed}); `python3 build.py` rewrites every file below byte for
byte. `check.py` re-verifies the labels. Written only from `contracts/cash-application.md` and the
samples README; the engine was never seen.

## Theme

**Ironbridge Building Supply & Equipment Rental**, a US and Canadian seller of construction materials
(rebar, drywall, ready-mix, pipe, lumber) and rental equipment (skid steers, telehandlers, lifts) to
contractors, subcontractors, general contractors and municipalities, billing in USD and CAD. Invoices are
sales, 4-week rental cycles (the same rate card amount every cycle), and progress billings with 10%
retainage (US) / holdback (Canada). Payments arrive as ACH CCD+ addenda (`RMR*IV*...\\`), CTX EDI 820
remittances (RMR / ADX / NTE / REF*PO segments), lockbox cheque scans with OCR'd stub text, joint cheques
from general contractors paying for their subs (with lien-waiver references), Fedwire / Lynx wires with OBI
text, card-portal settlements net of processing fees, Canadian EFT payment advices (some in French) and
Interac e-Transfer messages. Payer names are what banks show: upper case, accents and punctuation dropped,
ACH names cut at 16 characters (so `NORTHSTAR CONCRE` fits two customers), Ontario / Alberta / B.C.
numbered companies (`1234567 ONTARIO INC O/A ...`), `DBA` names (some banks show only the trade name). PO numbers and job numbers often have the same six digits as
another customer's open invoice.

## Files

| file | rows | format |
|---|---|---|
| `{ledger}/invoices.json` | {ninv} | the contract's INVOICES.json |
| `{ledger}/payments.json` | {npay} | the contract's PAYMENTS.json, oldest first |
| `{ledger}/labels.json` | {npay} | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |

{ncust} customers ({ncust_us} US, {ncust_ca} CA). Invoices: {ninv_usd} USD, {ninv_cad} CAD. Payments dated
{first} to {last}.
"""


def write_all():
    os.makedirs(OUT, exist_ok=True)
    inv_rows = [invoice_json(i) for i in sorted(invoices, key=lambda i: i.number)]
    pay_rows = payments
    bal = replay(inv_rows, pay_rows, labels)
    for i in invoices:
        assert bal[i.id] == i.bal, i.number
    dump = lambda obj: json.dumps(obj, indent=1, ensure_ascii=False) + "\n"
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
        f.write(dump(inv_rows))
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
        f.write(dump(pay_rows))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        f.write(dump(labels))
    write_readme(inv_rows, pay_rows)


def channel(p):
    ref = p["reference"] or ""
    if "INTERAC" in ref:
        return "Interac e-Transfer"
    if "EDI 820" in ref:
        return "EDI 820 (ACH CTX / EFT EDI)"
    if "RMR*" in ref:
        return "ACH CCD+ addenda"
    if "LOCKBOX" in ref:
        return "lockbox cheque"
    if "WIRE" in ref:
        return "wire"
    if "BATCH" in ref:
        return "card settlement"
    if ref.startswith("EFT"):
        return "Canadian EFT"
    if "ACH" in ref or "BILL PAY" in ref:
        return "ACH (no addenda)"
    return "no bank text / other"


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        rows.append(f"| `{k}` | {v} |")
    return "\n".join(rows)


def write_readme(inv_rows, pay_rows):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    sc_status = {}
    for l in labels:
        sc_status.setdefault(l["scenario"], l["status"])
    cur = Counter(p["currency"] for p in pay_rows)
    dated = sorted(p["date"] for p in pay_rows if p["date"])
    text = README_HEAD.format(seed=SEED, ledger=LEDGER, ninv=len(inv_rows), npay=len(pay_rows),
                              ncust=len(customers), ncust_us=sum(c.country == "US" for c in customers),
                              ncust_ca=sum(c.country == "CA" for c in customers),
                              ninv_usd=sum(r["currency"] == "USD" for r in inv_rows),
                              ninv_cad=sum(r["currency"] == "CAD" for r in inv_rows),
                              first=dated[0], last=dated[-1])
    chan = Counter(channel(p) for p in pay_rows)
    lang = Counter("fr" if re.search(r"(?i)facture|avis de paiement|paiement", (p["reference"] or "") + " " +
                                     (p["remittance"] or "")) else "en" for p in pay_rows)
    text += "\n## Counts\n\n" + table(st, "status") + "\n\n" + table(cur, "payment currency") + "\n\n"
    text += table(chan, "channel (from the reference text)") + "\n\n"
    text += table(lang, "remittance language") + "\n\n"
    rows = ["| scenario | status | count |", "|---|---|---|"]
    for k, v in sorted(sc.items(), key=lambda kv: (["applied", "partial", "unapplied", "review", "error"].index(
            sc_status[kv[0]]), -kv[1], kv[0])):
        rows.append(f"| `{k}` | {sc_status[k]} | {v} |")
    text += "\n".join(rows) + "\n\n## Scenarios\n\n"
    text += "\n".join(f"- `{k}`: {v}" for k, v in GLOSSARY.items() if k in sc) + "\n" + README_CONVENTIONS
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


GLOSSARY = {
    "ccd_single": "ACH CCD+ with one `RMR*IV*` addenda naming the invoice (number with or without `INV`).",
    "ctx_multi": "EDI 820 (CTX for US, EFT EDI for Canada) with one RMR segment per invoice, some with `REF*PO`.",
    "lockbox_stub": "lockbox cheque scan, OCR'd stub with invoice / date / PO-job / amount columns, some lien-waiver lines, French stubs for Quebec payers.",
    "invoice_range": "`INV a THRU b` / `INVOICES a-b`: the customer's open invoices inside the range; other customers' numbers fall between.",
    "interac_memo": "Interac e-Transfer from a person or trade name, invoice in the message (English or French); no customer id.",
    "eft_cad": "Canadian EFT with a payment advice (English or French, amounts like `1 234,56`).",
    "wire_obi": "Fedwire OBI or Lynx /RFB/ text naming the invoices.",
    "ref_variant": "invoice numbers as customers write them: `INV#`, `IN207481`, bare digits, `INV00207481`, `207 481`, `207481/499`, pairs.",
    "amount_only": "no reference; customer known (id, or a bank name that fits one customer) and the amount fits exactly one open invoice.",
    "typo_reference": "transposed digits that match no invoice; customer known and the amount unique.",
    "po_lookalike": "a PO number equal to another customer's open invoice number, with or without our invoice number.",
    "job_lookalike": "a job number equal to another customer's open invoice number.",
    "joint_check": "joint cheque from a general contractor for its sub; the invoices are the sub's; sometimes the customer id is the GC's.",
    "retainage_release": "release of 10% retainage / holdback left open before this file.",
    "retainage_release_later": "release of retainage withheld by an earlier payment in this file.",
    "rest_after_part": "pays exactly what an earlier part payment in this file left open.",
    "retainage_withheld": "progress billing paid net of 10% retainage / holdback (`LESS RETAINAGE`, `MOINS RETENUE`, `ADX*...*RT`).",
    "short_pay": "deduction with a stated reason (damage, pricing, freight, rental downtime, GC backcharge, short shipment, tax exempt, damage waiver, fees).",
    "card_fee": "card-portal settlement deposited net of the processing fee, the receipt shows gross, fee and net.",
    "unearned_discount": "RMR06 shows a 2% discount taken on net terms.",
    "part_payment": "less than the balance of the one named invoice; most say so, some do not.",
    "overpayment": "more than the named invoice's balance (often its original total after an earlier part payment).",
    "duplicate_payment": "the same CCD+ payment sent again for an invoice already cleared in this file.",
    "already_paid_in_list": "the stub lists an invoice cleared earlier in this file next to an open one.",
    "no_fit_known_customer": "known customer; deposit or prepayment that fits no open item.",
    "same_amount_twins": "recurring rentals at one rate-card amount; no reference.",
    "lump_ambiguous": "no reference; the amount equals one invoice and also the sum of two others.",
    "unknown_payer": "anonymous deposit; the amount fits one invoice in the ledger, or none.",
    "name_collision": "16-character ACH name shared by two customers, each with an invoice of that amount.",
    "ref_amount_conflict": "reference names one invoice, the amount is exactly another invoice's balance.",
    "cross_currency": "payment in the customer's home currency referencing an invoice in the other currency.",
    "list_mismatch": "stub lists three invoices without amounts and the cheque is short with no reason.",
    "error_negative_amount": "bad input: negative amount.",
    "error_unknown_currency": "bad input: EUR or MXN.",
    "error_duplicate_id": "bad input: the whole record repeated with the same payment id.",
    "error_malformed_amount": "bad input: amount is not a decimal string.",
    "error_missing_date": "bad input: date null or empty.",
}

README_CONVENTIONS = """
## Conventions where the contract is silent

- **Label format.** Each label is the contract's MATCHES entry (`payment_id`, `status`, `applications`,
  `unapplied`, `short_pay`, `candidates`, `reason`) plus `scenario` and `note`, which are for people and are
  not engine output. `reason` is free text and not meant to be compared.
- **Compare applications as a set** of `(invoice_id, amount)`; the order is the remittance's order.
- **`candidates`** is a list of invoice sets, each a list of invoice ids: `[["i-a"], ["i-b", "i-c"]]`. The
  first set is our best guess; sets that tie are ordered fewer invoices first, then oldest due date. Where
  nothing plausible exists (unknown payer with an amount that fits nothing, a payment in the wrong
  currency) `candidates` is `[]`. Candidates are only sets of one customer's open invoices in the payment's
  currency whose balances add up to the amount, except for `ref_amount_conflict` (the named invoice is the
  second candidate) and `list_mismatch` (the listed set, which does not add up).
- **`unapplied` on `review`** is the whole amount, so applications plus unapplied still add up to the payment.
- **Bad input rows** (`status: "error"`) have `applications: []`, `unapplied: null`, `short_pay: null`,
  `candidates: []` and an `error` text. They change no balance. The bad rows are: negative amount, a
  currency no invoice has (EUR, MXN), a repeated payment id (the whole bank record loaded twice: the first
  row is a normal payment, the later copy is the error), a malformed amount (`12O5.50` with a letter O,
  `1.250,00` with a comma decimal), and a missing date (`null` and `""`).
- **Retainage / holdback withheld** on a progress billing is `partial` with `short_pay: null`: the 10% is
  owed later under the contract, it is not a deduction, so no deduction case opens. A later release that
  pays exactly the retained balance is `applied`.
- **Card payments net of processing fees** are `partial` with `short_pay` = the fee, reason
  `card processing fee`: the contract cannot write off, so the fee stays open on the invoice as a
  deduction-like item for AR to clear. (A reviewer may prefer another mapping; the invoice and the applied
  amount are the part we are sure of.)
- **Unearned early-payment discounts** (2% taken on net-30/60 invoices, shown in RMR06) are short pays
  with reason `unearned discount`.
- **Part payments** that name one invoice and pay less than its balance are `partial` with
  `short_pay: null`, whether or not the text says "partial" (some give no reason; see `note`). A short pay
  (`short_pay` set) needs a stated deduction reason.
- **Short pay amount** is the invoice's remaining balance after the payment (what was deducted). The
  `short_pay.reason` values are short keys (`damaged material`, `pricing per quote`, `freight not authorized`,
  `rental downtime credit`, `GC backcharge`, `short shipment`, `tax exempt`, `damage waiver declined`,
  `fuel surcharge disputed`, `card processing fee`, `unearned discount`); compare the invoice and amount,
  not the wording.
- **Partial vs unapplied leftovers**: every `unapplied` remainder and every part payment was checked not to
  fit any set of up to four of the customer's open invoices, so "hold it" is the only careful reading.
- **Overpayments**: the named invoice is paid to zero and the rest is `unapplied` (status `unapplied`).
  A second payment of an invoice already cleared earlier in this file is `unapplied` with no applications;
  a remittance that repeats a cleared invoice next to an open one pays the open one and holds the rest.
- **Payer identity**: `customer_id` is trusted when present, except on joint cheques, where the lockbox
  may have matched the general contractor's account while the stub pays the sub's invoices. A bank name is
  enough to identify a customer only when it is the start of exactly one customer's name.
- **Amount-only matches** are applied only when the customer is known and the amount equals exactly one
  open invoice and no set of up to four of its open invoices in that currency. An anonymous deposit
  (`MOBILE DEPOSIT`, `BRANCH DEPOSIT`, ...) whose amount happens to equal one invoice in the whole ledger is
  `review` with that invoice as the only candidate.
- **Transposed digits** in a reference (a number that is no invoice) are ignored; such payments apply only
  because the customer is known and the amount is unique.
- **Invoice number ranges** (`INV 207481 THRU 207512`) cover the paying customer's open invoices in the
  range, not other customers' invoices that fall between the numbers.
- **Cross-currency**: a USD payment referencing a CAD invoice (or the reverse) is `review` with no
  candidates; nothing is ever applied across currencies.
- **Which reading is "best"**: on `ref_amount_conflict` the invoice whose balance equals the amount comes
  first and the named invoice second.
"""


if __name__ == "__main__":
    build_customers()
    build_invoices()
    for_each_cust_init()
    build_payments()
    write_all()
    from collections import Counter
    print(len(customers), "customers", len(invoices), "invoices", len(payments), "payments")
    print(Counter(l["status"] for l in labels))
