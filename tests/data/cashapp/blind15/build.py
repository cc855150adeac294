#!/usr/bin/env python3
"""Held-out cash-application set: a UK and Irish building-services contractor.

Deterministic and stdlib-only: `python3 build.py` rewrites invoices.json,
payments.json and labels.json byte for byte.

The seller is Halberd Building Services Ltd (GBP) and its Irish company
Halberd Building Services (Ireland) Ltd (EUR).  Customers are main contractors,
housing associations, councils and facilities-management firms.  All names,
numbers and references are made up.
"""
import itertools
import json
import os
import random
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260346)
C2 = Decimal("0.01")


def D(x):
    return Decimal(str(x)).quantize(C2, rounding=ROUND_HALF_UP)


def m(d):
    return f"{D(d):.2f}"


def pct(x, p):
    return (Decimal(x) * Decimal(str(p))).quantize(C2, rounding=ROUND_HALF_UP)


def rnd_amount(lo, hi):
    return D(R.randint(int(lo * 100), int(hi * 100)) / 100)


def gbp(d, sym="£"):
    d = D(d)
    s = f"{abs(d):,.2f}"
    return ("-" if d < 0 else "") + sym + s


def plain(d):
    return f"{D(d):,.2f}"


def eur_fr(d):
    d = D(d)
    s = f"{abs(d):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if d < 0 else "") + s


def money_for(cur, d, style="sym"):
    if style == "fr":
        return eur_fr(d) + (" €" if cur == "EUR" else " £")
    if style == "pl":
        return eur_fr(d) + " " + cur
    if style == "plain":
        return plain(d)
    if style == "iso":
        return f"{cur} {plain(d)}"
    return gbp(d, "€" if cur == "EUR" else "£")


def dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


def long_date(d):
    return f"{d.day} {d.strftime('%b %Y')}"


SELLER_UK = "Halberd Building Services Ltd"
SELLER_IE = "Halberd Building Services (Ireland) Ltd"

# ---------------------------------------------------------------- customers
# (name, kind, region, flags)   kind: mc main contractor, ha housing, council, fm, other
CUST_SPEC = [
    ("Brackenridge Construction Ltd", "mc", "ENG", {"grp": "brack", "po": "sc"}),
    ("Brackenridge Regeneration Ltd", "mc", "ENG", {"grp": "brack", "po": "sc"}),
    ("Harrowgate Build Ltd", "mc", "ENG", {"grp": "harrow", "po": "num6"}),
    ("Harrowgate Interiors Ltd", "mc", "ENG", {"grp": "harrow", "po": "num6"}),
    ("Castlemere Contractors Ltd", "mc", "ENG", {"po": "sc"}),
    ("Thornbury & Vale Construction Ltd", "mc", "ENG", {"po": "sc"}),
    ("Wexcombe Building Ltd", "mc", "ENG", {"po": "num6"}),
    ("Pellow Brothers (Contractors) Ltd", "mc", "ENG", {"bur": "ledgerline", "po": "num6"}),
    ("Stanmoor Construction Group Ltd", "mc", "ENG", {"po": "num6"}),
    ("Kettleby Developments Ltd", "mc", "ENG", {"po": "sc"}),
    ("Aldwick Modular Ltd", "mc", "ENG", {"po": "num6"}),
    ("Fairhaven Civils & Building Ltd", "mc", "ENG", {"po": "sc"}),
    ("Gorsefield Construction Ltd", "mc", "ENG", {"po": "num6"}),
    ("Marlowe Hart Construction Ltd", "mc", "ENG", {"po": "sc"}),
    ("Quenby Projects Ltd", "mc", "ENG", {"po": "num6"}),
    ("Redbank Build Solutions Ltd", "mc", "ENG", {"po": "sc"}),
    ("Sallowfield Construction Ltd", "mc", "ENG", {"po": "num6"}),
    ("Tanfield & Cross Ltd", "mc", "ENG", {"po": "sc"}),
    ("Upwey Contracting Ltd", "mc", "ENG", {"bur": "ledgerline", "po": "num6"}),
    ("Vinebridge Construction (UK) Ltd", "mc", "ENG", {"po": "sc"}),
    ("Dunchurch Build Ltd", "mc", "SCO", {"po": "num6"}),
    ("Glenarm Contracts Ltd", "mc", "NI", {"po": "sc"}),
    ("McCreesh Building Ltd", "mc", "NI", {"po": "num6"}),
    ("Penhallow Construction Ltd", "mc", "WAL", {"po": "sc"}),
    ("Adeyemi & Lowe Construction Ltd", "mc", "ENG", {"po": "num6"}),
    ("Hartwell Homes Ltd", "mc", "ENG", {"po": "num6", "amb": "hartwell"}),
    ("Brightwater Construction Ltd", "mc", "ENG", {"po": "sc"}),
    ("Oakhurst Contractors Ltd", "mc", "ENG", {"po": "num6"}),
    # Irish main contractors (EUR)
    ("Carrigmore Building Contractors DAC", "mc", "IE", {"po": "num6"}),
    ("Ó Floinn Construction Ltd", "mc", "IE", {"po": "sc", "bank": "O FLOINN CONSTRUCTION LIMITED"}),
    ("Slaney Valley Construction Ltd", "mc", "IE", {"grp": "slaney", "po": "num6"}),
    ("Slaney Valley Fit-Out Ltd", "mc", "IE", {"grp": "slaney", "po": "num6"}),
    ("Ballyvourney Builders Ltd", "mc", "IE", {"po": "sc"}),
    ("Kilcreggan Contracting Ltd", "mc", "IE", {"po": "num6"}),
    ("Mac Giolla Phádraig Construction Ltd", "mc", "IE", {"po": "sc", "bank": "MAC GIOLLA PHADRAIG CONSTRUCTION"}),
    ("Dromkeen Building & Civil Engineering Ltd", "mc", "IE", {"po": "num6"}),
    ("Rossaveel Construction Ltd", "mc", "IE", {"po": "sc"}),
    ("Keelagh Contracts DAC", "mc", "IE", {"po": "num6"}),
    # housing associations
    ("Tamarisk Housing Trust", "ha", "ENG", {"po": "ha", "rec": True}),
    ("Northmoor Homes (North) Ltd", "ha", "ENG", {"grp": "northmoor", "po": "ha", "rec": True}),
    ("Northmoor Living Ltd", "ha", "ENG", {"grp": "northmoor", "po": "ha"}),
    ("Calder Fold Housing Association", "ha", "ENG", {"po": "ha", "rec": True}),
    ("Pennine Reach Homes", "ha", "ENG", {"po": "ha"}),
    ("Cartref Dyffryn Housing Association", "ha", "WAL", {"po": "ha", "welsh": "Cymdeithas Tai Cartref Dyffryn", "rec": True}),
    ("Glenmoy Housing Association", "ha", "NI", {"po": "ha"}),
    ("Sandling Housing Group", "ha", "ENG", {"po": "ha", "rec": True}),
    ("Weaverside Homes", "ha", "ENG", {"po": "ha"}),
    ("Fenland Estuary Housing Trust", "ha", "ENG", {"po": "ha"}),
    ("Tai Aberllyn Housing Ltd", "ha", "WAL", {"po": "ha", "welsh": "Tai Aberllyn Cyf"}),
    ("Brookmere Community Housing", "ha", "ENG", {"po": "ha", "rec": True}),
    ("Kestrel Vale Homes", "ha", "ENG", {"po": "ha"}),
    ("Orchard Lea Housing Association", "ha", "ENG", {"po": "ha"}),
    ("Tearmann Housing Association CLG", "ha", "IE", {"po": "ha", "rec": True}),
    ("Ardán Homes CLG", "ha", "IE", {"po": "ha", "bank": "ARDAN HOMES CLG"}),
    ("Cuan Housing Association CLG", "ha", "IE", {"po": "ha"}),
    # councils
    ("Ashdown Borough Council", "council", "ENG", {"bur": "westshire", "po": "sap", "rec": True}),
    ("Lowmoor District Council", "council", "ENG", {"bur": "westshire", "po": "sap"}),
    ("Westbrook Metropolitan Borough Council", "council", "ENG", {"po": "sap", "rec": True}),
    ("Dyfnant County Council", "council", "WAL", {"bur": "civitas", "po": "sap", "welsh": "Cyngor Sir Dyfnant"}),
    ("Glan Teifi County Borough Council", "council", "WAL", {"bur": "civitas", "po": "sap", "welsh": "Cyngor Bwrdeistref Sirol Glan Teifi", "rec": True}),
    ("Tarrow City Council", "council", "ENG", {"po": "sap"}),
    ("Marshfield Borough Council", "council", "ENG", {"po": "sap"}),
    ("Upper Rendle District Council", "council", "ENG", {"po": "sap"}),
    ("Kirkmoor Council", "council", "SCO", {"po": "sap"}),
    ("Mournedale District Council", "council", "NI", {"po": "sap"}),
    ("Rathbeg County Council", "council", "IE", {"po": "sap", "irish": "Comhairle Contae Ráth Beag", "rec": True}),
    ("Inishcorr County Council", "council", "IE", {"po": "sap", "irish": "Comhairle Contae Inis Corr"}),
    ("Dunmara City and County Council", "council", "IE", {"po": "sap", "irish": "Comhairle Cathrach agus Contae Dhún Mara"}),
    # facilities management
    ("Meridian Facilities Services Ltd", "fm", "ENG", {"grp": "meridian", "po": "fm", "rec": True}),
    ("Apexa FM Ltd", "fm", "ENG", {"po": "fm", "rec": True}),
    ("Corvane Property Services Ltd", "fm", "ENG", {"grp": "corvane", "po": "fm"}),
    ("Halden Integrated Services Ltd", "fm", "ENG", {"po": "fm", "rec": True}),
    ("Brenwick Technical Services Ltd", "fm", "ENG", {"po": "fm"}),
    ("Hartwell Facilities Management Ltd", "fm", "ENG", {"po": "fm", "amb": "hartwell"}),
    ("Taliesin Estates Maintenance Ltd", "fm", "WAL", {"po": "fm"}),
    ("Loxley Total FM Ltd", "fm", "ENG", {"po": "fm", "rec": True}),
    ("Greystoke Building Services Ltd", "fm", "ENG", {"po": "fm"}),
    ("Pemberton Workplace Solutions Ltd", "fm", "ENG", {"po": "fm"}),
    ("Sentinel Estates FM Ltd", "fm", "SCO", {"po": "fm"}),
    ("Norbury Asset Care Ltd", "fm", "ENG", {"po": "fm", "rec": True}),
    ("Vélane Services UK Ltd", "fm", "ENG", {"grp": "velane", "po": "fm", "bank": "VELANE SERVICES UK LTD"}),
    ("Meridian Technical Services (Ireland) Ltd", "fm", "IE", {"grp": "meridian", "po": "fm"}),
    ("Corvane FM Ireland Ltd", "fm", "IE", {"grp": "corvane", "po": "fm", "rec": True}),
    ("Vélane Services Ireland Ltd", "fm", "IE", {"grp": "velane", "po": "fm", "bank": "VELANE SERVICES IRELAND LTD"}),
    ("Stratus FM (Ireland) Ltd", "fm", "IE", {"po": "fm", "rec": True}),
    ("Lisheen Facility Services Ltd", "fm", "IE", {"po": "fm"}),
    # others
    ("Oakfield Academies Trust", "other", "ENG", {"bur": "paystream", "po": "ha", "rec": True}),
    ("Halcyon Care Homes Ltd", "other", "ENG", {"bur": "paystream", "po": "fm"}),
]

GROUPS = {
    "brack": {"name": "Brackenridge Group plc", "bank": ["BRACKENRIDGE GROUP", "BRACKENRIDGE GRP PLC"], "lang": "en"},
    "harrow": {"name": "Harrowgate Holdings Ltd", "bank": ["HARROWGATE HOLDING", "HARROWGATE HLDGS"], "lang": "en"},
    "northmoor": {"name": "Northmoor Homes Group", "bank": ["NORTHMOOR HOMES GR", "NORTHMOOR GROUP TREASURY"], "lang": "en"},
    "meridian": {"name": "Meridian Group Holdings Ltd", "bank": ["MERIDIAN GROUP HLD", "MERIDIAN GROUP HOLDINGS LIMITED"], "lang": "en"},
    "corvane": {"name": "Corvane Shared Services Sp. z o.o.", "bank": ["CORVANE SHARED SERVICES SP Z O O", "CORVANE SSC KRAKOW"], "lang": "pl"},
    "velane": {"name": "Vélane SA", "bank": ["VELANE SA CSP LYON", "VELANE SA"], "lang": "fr"},
    "slaney": {"name": "Slaney Valley Holdings Ltd", "bank": ["SLANEY VALLEY HOLDINGS LIMITED", "SLANEY VALLEY HOLDINGS"], "lang": "en"},
}
BUREAUX = {
    "westshire": {"name": "Westshire Shared Services", "bank": ["WESTSHIRE SHARED S", "WSS PAYMENTS"]},
    "ledgerline": {"name": "Ledgerline Bureau Services Ltd", "bank": ["LEDGERLINE BUREAU", "LEDGERLINE BS LTD"]},
    "paystream": {"name": "Paystream Payroll & Payments Ltd", "bank": ["PAYSTREAM P&P LTD", "PAYSTREAM PAYROLL"]},
    "civitas": {"name": "Civitas Payment Services", "bank": ["CIVITAS PAYMENTS", "CIVITAS PAY SVCS"]},
}

ABBR = [("Construction", "CONST"), ("Contractors", "CONTRS"), ("Contracting", "CONTRACTING"),
        ("Housing Association", "HA"), ("Borough Council", "BC"), ("District Council", "DC"),
        ("County Council", "CC"), ("Metropolitan", "MET"), ("Services", "SVCS"), ("Facilities", "FAC"),
        ("Management", "MGMT"), ("Developments", "DEVELOPMENTS"), ("Limited", ""), ("Ltd", ""),
        ("(", ""), (")", ""), (",", ""), (".", "")]


def deaccent(s):
    tr = str.maketrans("ÁÉÍÓÚáéíóúÂâŵŷÿÔôÎîŴŶÛû", "AEIOUaeiouAawyyOoIiWYUu")
    return s.translate(tr)


def bacs_name(name):
    s = deaccent(name)
    for a, b in ABBR:
        s = s.replace(a, b)
    s = " ".join(s.upper().split())
    return s[:18].rstrip()


class Cust:
    pass


CUSTOMERS = []
used_ids = set()
for name, kind, region, flags in CUST_SPEC:
    c = Cust()
    c.name, c.kind, c.region, c.f = name, kind, region, flags
    c.cur = "EUR" if region == "IE" else "GBP"
    while True:
        cid = f"C{R.randint(1000, 9899)}"
        if cid not in used_ids:
            used_ids.add(cid)
            break
    c.id = cid
    c.bacs = bacs_name(name)
    c.full_upper = flags.get("bank", deaccent(name).upper())
    c.supplier_no = R.choice(["V", "S", "", "SUP"]) + str(R.randint(10000, 499999))
    c.invoices = []
    CUSTOMERS.append(c)
BY_NAME = {c.name: c for c in CUSTOMERS}

# ---------------------------------------------------------------- invoices
SITES_UK = ["Riverside Plaza", "Kingsmead School extension", "Block C Haddon Street", "Hollin Lane Extra Care",
            "Quayside Phase 2", "St Mary's Court refurbishment", "Dockside Student Village", "Abbotsfield Library",
            "Marsh Lane Depot", "Beacon Hill Primary", "Tannery Yard", "Wharf Road Medical Centre", "Plots 14-22 Elm Rise",
            "Canal Basin Offices", "Northgate Leisure Centre", "Ropewalk Apartments", "Fernlea Care Home",
            "Old Foundry Workspace", "Castle Street Hotel", "Greenbank Academy", "Station Quarter Block B"]
SITES_IE = ["Carraig Park Phase 1", "Bóthar na Trá apartments", "Ashgrove Primary Care Centre", "Docklands Block 4",
            "Ballinure Nursing Home", "Sruthán Court", "Ennis Road Retail Park", "Clonmore Community School",
            "Harbour View Phase 2", "Cnoc an Óir housing", "Mill Race Offices", "St Kevin's Hospital Annex"]

START = date(2025, 7, 28)
END_ISSUE = date(2026, 3, 31)


def rand_issue():
    span = (END_ISSUE - START).days
    # weight towards recent invoices: older ones are more likely already paid
    x = max(R.random(), R.random())
    return START + timedelta(int(span * x))


def terms_for(c):
    return {"mc": R.choice([30, 30, 45, 60]), "ha": 30, "council": 30, "fm": R.choice([30, 45, 60]), "other": 30}[c.kind]


def vat_rate(c, typ):
    if c.kind == "mc" or typ in ("application", "variation", "retention", "dayworks"):
        return Decimal("0")  # domestic reverse charge
    return Decimal("0.135") if c.region == "IE" else Decimal("0.20")


INVOICES = []


def new_invoice(c, typ, net, issue, **meta):
    v = vat_rate(c, typ)
    total = D(net) + pct(net, v)
    inv = {"cust": c, "type": typ, "net": D(net), "vat": v, "total": total, "balance": total,
           "issue": issue, "due": issue + timedelta(c.terms), "meta": meta, "reserved": None}
    c.invoices.append(inv)
    INVOICES.append(inv)
    return inv


def gen_base():
    for c in CUSTOMERS:
        c.terms = terms_for(c)
        sites = SITES_IE if c.cur == "EUR" else SITES_UK
        c.sites = R.sample(sites, 3 if c.kind == "mc" else 2)
        c.jobs = {s: f"J{R.randint(21000, 25999)}" for s in c.sites}
        n = {"mc": R.randint(10, 19), "ha": R.randint(12, 23), "council": R.randint(11, 22),
             "fm": R.randint(13, 23), "other": R.randint(8, 13)}[c.kind]
        app_no = {s: R.randint(1, 9) for s in c.sites}
        for _ in range(n):
            issue = rand_issue()
            if c.kind == "mc":
                typ = R.choices(["application", "variation", "retention", "dayworks"], [70, 10, 8, 12])[0]
                site = R.choice(c.sites)
                if typ == "application":
                    app_no[site] += 1
                    net = rnd_amount(3500, 148000)
                elif typ == "variation":
                    net = rnd_amount(650, 18000)
                elif typ == "retention":
                    net = rnd_amount(800, 9500)
                else:
                    net = rnd_amount(280, 4200)
                new_invoice(c, typ, net, issue, site=site, job=c.jobs[site], app=app_no[site],
                            labour=Decimal(R.randint(35, 75)) / 100)
            elif c.kind in ("ha", "other"):
                typ = R.choices(["reactive", "void", "smallworks"], [70, 20, 10])[0]
                net = {"reactive": rnd_amount(65, 2400), "void": rnd_amount(1200, 8500),
                       "smallworks": rnd_amount(2000, 32000)}[typ]
                new_invoice(c, typ, net, issue, site=R.choice(c.sites), labour=Decimal(R.randint(40, 80)) / 100)
            elif c.kind == "council":
                typ = R.choices(["reactive", "smallworks", "compliance"], [55, 25, 20])[0]
                net = {"reactive": rnd_amount(85, 3000), "smallworks": rnd_amount(2000, 38000),
                       "compliance": rnd_amount(400, 6000)}[typ]
                new_invoice(c, typ, net, issue, site=R.choice(c.sites), labour=Decimal(R.randint(40, 80)) / 100)
            else:
                typ = R.choices(["callout", "project", "reactive"], [50, 15, 35])[0]
                net = {"callout": rnd_amount(95, 2800), "project": rnd_amount(3000, 30000),
                       "reactive": rnd_amount(120, 4000)}[typ]
                new_invoice(c, typ, net, issue, site=R.choice(c.sites), labour=Decimal(R.randint(40, 80)) / 100)
        if c.f.get("rec"):
            fixed = D(R.choice([945, 1125, 1380, 1845, 2210.5, 2675, 3120, 3480.75, 4125.6, 5250]))
            months = R.randint(3, 6)
            first = date(2025, 10, 1) if months <= 5 else date(2025, 9, 1)
            for k in range(months):
                mo = first.month + k
                yr = first.year + (mo - 1) // 12
                mo = (mo - 1) % 12 + 1
                new_invoice(c, "ppm", fixed, date(yr, mo, 1), site=R.choice(c.sites), period=date(yr, mo, 1).strftime("%B %Y"),
                            labour=Decimal("0.6"))
    # credit notes
    cn_targets = R.sample([c for c in CUSTOMERS], 40)
    for c in cn_targets:
        net = -rnd_amount(45, 2600)
        new_invoice(c, "credit", net, rand_issue(), site=R.choice(c.sites), labour=Decimal("0"))
    # invoices part-paid before the batch
    cand = [i for i in INVOICES if i["type"] in ("application", "void", "smallworks", "project") and i["total"] > 2500]
    for inv in R.sample(cand, 70):
        paid = D(int(inv["total"] * Decimal(R.choice(["0.3", "0.4", "0.5", "0.6"])) / 100) * 100)
        inv["balance"] = inv["total"] - paid
        inv["prepaid"] = paid


def number_all():
    uk = sorted([i for i in INVOICES if i["cust"].cur == "GBP" and i["type"] != "credit"], key=lambda i: (i["issue"], R.random()))
    ie = sorted([i for i in INVOICES if i["cust"].cur == "EUR" and i["type"] != "credit"], key=lambda i: (i["issue"], R.random()))
    cnu = sorted([i for i in INVOICES if i["cust"].cur == "GBP" and i["type"] == "credit"], key=lambda i: i["issue"])
    cne = sorted([i for i in INVOICES if i["cust"].cur == "EUR" and i["type"] == "credit"], key=lambda i: i["issue"])
    global GAPS_UK
    GAPS_UK = []
    n = 240381
    for inv in uk:
        inv["num"] = f"INV-{n}"
        inv["digits"] = str(n)
        g = R.choice([1, 1, 2, 2, 3, 4])
        GAPS_UK.extend(range(n + 1, n + g))
        n += g
    n = 30207
    for inv in ie:
        inv["num"] = f"IE-{n}"
        inv["digits"] = str(n)
        n += R.choice([1, 1, 2, 3])
    n = 10388
    for inv in cnu:
        inv["num"] = f"CRN-{n}"
        inv["digits"] = str(n)
        n += R.choice([1, 2, 3, 5])
    n = 1061
    for inv in cne:
        inv["num"] = f"CRN-IE-{n}"
        inv["digits"] = str(n)
        n += R.choice([1, 2, 4])
    ids = R.sample(range(100000, 999999), len(INVOICES))
    for inv, k in zip(INVOICES, ids):
        inv["id"] = f"inv-{k}"
    for c in CUSTOMERS:
        c.invoices.sort(key=lambda i: (i["issue"], i["num"]))


gen_base()
number_all()
NUM = {i["num"]: i for i in INVOICES}


# ---------------------------------------------------------------- helpers for text
def po_of(inv):
    if "po" in inv["meta"]:
        return inv["meta"]["po"]
    st = inv["cust"].f.get("po", "num6")
    job = inv["meta"].get("job") or f"J{R.randint(21000, 25999)}"
    po = {"sc": f"SC/{job[1:]}/{R.randint(1, 40):03d}",
          "num6": f"{R.randint(236000, 244999)}",
          "ha": f"PO{R.randint(10000, 99999):07d}",
          "sap": f"45{R.randint(0, 99999999):08d}",
          "fm": f"WO-{R.randint(700000, 999999)}"}[st]
    inv["meta"]["po"] = po
    return po


SIG = {
    "en": [("Sharon Whitfield", "Purchase Ledger"), ("Dev Patel", "Accounts Payable Team Leader"),
           ("Kerry-Ann Moss", "AP Clerk"), ("Gary Lund", "Commercial Manager"), ("Joanne Fairclough", "Finance Assistant"),
           ("Imran Qureshi", "Payments Officer"), ("Beth O'Rourke", "Accounts Payable"), ("Mick Tolland", "Senior QS"),
           ("Natalie Green", "Creditors Control"), ("Lewis Mackay", "Finance Business Partner"), ("Priya Raman", "Payables")],
    "ie": [("Aoife Ní Bhriain", "Accounts Payable"), ("Pádraig Ó Sé", "Finance Officer"), ("Siobhán Kavanagh", "Creditors"),
           ("Declan Furlong", "Financial Controller"), ("Niamh Gallagher", "Payments Section"), ("Ciarán Mac Mathúna", "Accounts"),
           ("Gráinne Doherty", "Accounts Payable Administrator")],
    "cy": [("Rhian Llewelyn", "Swyddog Cyllid / Finance Officer"), ("Gethin Price", "Taliadau / Payments"),
           ("Carys Beynon", "Cyfrifon Taladwy / Accounts Payable")],
    "fr": [("Camille Perrin", "Comptabilité fournisseurs"), ("Julien Marchand", "Service Trésorerie"),
           ("Élodie Garnier", "Comptable fournisseurs")],
    "pl": [("Katarzyna Wiśniewska", "Accounts Payable Specialist"), ("Tomasz Zieliński", "AP Team Lead"),
           ("Agnieszka Nowak", "Specjalista ds. płatności / Payments Specialist")],
}


def sig(region):
    key = {"IE": "ie", "WAL": "cy"}.get(region, "en")
    if key == "cy" and R.random() < 0.5:
        key = "en"
    return R.choice(SIG[key])


def L(inv, paid=None, ded=None, ded_txt=None, num=None, gross=None):
    return {"inv": inv, "num": num or inv["num"], "date": inv["issue"] if inv else None,
            "paid": D(paid) if paid is not None else inv["balance"],
            "gross": gross, "ded": ded, "ded_txt": ded_txt}


def quoted_history(org, cur, pdate, region):
    """An older remittance quoted below a reply: it names invoices that are no longer open."""
    n = R.randint(1, 3)
    if cur == "GBP":
        nums = [f"INV-{g}" for g in R.sample([g for g in GAPS_UK if g < 242000], n)]
    else:
        nums = [f"IE-{R.randint(29950, 30190)}" for _ in range(n)]
    amts = [rnd_amount(200, 9000) for _ in range(n)]
    old = pdate - timedelta(R.randint(25, 70))
    name, role = sig(region)
    body = "\n".join(f"> {a}   {money_for(cur, b)}" for a, b in zip(nums, amts))
    hdr = R.choice([
        f"-----Original Message-----\nFrom: {name} <payables@{org.split()[0].lower()}.example>\nSent: {old.strftime('%A, %d %B %Y')} 10:{R.randint(10, 59)}\nSubject: Remittance advice\n",
        f"On {old.strftime('%a %d %b %Y')} at 09:{R.randint(10, 59)}, {name} wrote:\n",
    ])
    return f"\n\n{hdr}> Payment made today for the following:\n{body}\n> Total {money_for(cur, sum(amts))}\n> Regards, {name.split()[0]}"


def table_lines(lines, cur, style, datefmt="/"):
    out = []
    anyded = any(l["ded"] for l in lines)
    for l in lines:
        dt = dmy(l["date"], datefmt) if l["date"] else ""
        if anyded:
            g = l["gross"] if l["gross"] is not None else l["paid"] + (l["ded"] or 0)
            dtxt = money_for(cur, l["ded"], style) if l["ded"] else "-"
            row = f"{l['num']:<14}{dt:<12}{money_for(cur, g, style):>14}{dtxt:>13}{money_for(cur, l['paid'], style):>14}"
            if l["ded_txt"]:
                row += f"   {l['ded_txt']}"
        else:
            row = f"{l['num']:<16}{dt:<13}{money_for(cur, l['paid'], style):>14}"
        out.append(row)
    return out


def r_email(org, cur, pdate, lines, total, method, region, top="", bottom="", quote=False):
    name, role = sig(region)
    greet = R.choice(["Hi,", "Hello,", "Good morning,", "Dear Sir/Madam,", "Hi Accounts,", "Afternoon,", "Hi all,", ""])
    intro = R.choice([
        f"Please see below details of a payment made to you today by {method}.",
        f"We have today paid the following by {method}:",
        f"Payment released in today's run for the items below.",
        f"Remittance for the {method} payment value {long_date(pdate)}:",
        f"The following has been paid and should reach your account within 1-2 working days.",
        f"Please find remittance below.",
    ])
    anyded = any(l["ded"] for l in lines)
    hdr = (f"{'Invoice':<14}{'Date':<12}{'Gross':>14}{'Deduction':>13}{'Paid':>14}" if anyded
           else f"{'Invoice':<16}{'Date':<13}{'Amount':>14}")
    body = [greet, "", intro] if greet else [intro]
    if top:
        body += ["", top]
    body += ["", hdr] + table_lines(lines, cur, "sym") + [f"{'Total paid':<29}{money_for(cur, total):>{57 if anyded else 14}}"]
    if bottom:
        body += ["", bottom]
    body += ["", R.choice(["Kind regards", "Thanks", "Many thanks", "Regards", "Best regards", "Cheers"]), name, f"{role} | {org}"]
    txt = "\n".join(body)
    if quote:
        txt += quoted_history(org, cur, pdate, region)
    return txt


def r_erp(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None, payref=None):
    payref = payref or f"{R.choice(['20', '15', '90'])}{R.randint(10000000, 99999999)}"
    supp = SELLER_IE if cur == "EUR" else SELLER_UK
    out = [R.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE", "Remittance Advice", "SUPPLIER PAYMENT ADVICE"]),
           org, "",
           f"Payee: {supp.upper()}    Supplier No: {cust.supplier_no if cust else R.randint(1000, 99999)}",
           f"Payment date: {dmy(pdate, '.')}    Payment document: {payref}    Method: {method}", ""]
    if top:
        out += [top, ""]
    anyded = any(l["ded"] for l in lines)
    out.append(f"{'Your ref':<14}{'Doc date':<12}{'Gross':>14}{'Deduction':>13}{'Net paid':>14}" if anyded
               else f"{'Your ref':<16}{'Doc date':<13}{'Amount':>14}")
    out += table_lines(lines, cur, "plain", ".")
    out.append(f"{'':<29}{'-' * 14:>{57 if anyded else 14}}")
    out.append(f"{'Total ' + cur:<29}{plain(total):>{57 if anyded else 14}}")
    if bottom:
        out += ["", bottom]
    out += ["", R.choice(["This is an automated message - please do not reply to this address.",
                          "Queries: accountspayable@" + org.split()[0].lower() + ".example",
                          "Please allow 3 working days for funds to clear.", ""])]
    return "\n".join(out).rstrip()


def r_csv(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None):
    out = ["supplier_no,supplier_name,invoice_no,invoice_date,gross,deduction,paid,currency,payment_date"]
    supp = (SELLER_IE if cur == "EUR" else SELLER_UK).upper()
    for l in lines:
        g = l["gross"] if l["gross"] is not None else l["paid"] + (l["ded"] or 0)
        out.append(f"{cust.supplier_no if cust else ''},{supp},{l['num']},{l['date'].isoformat() if l['date'] else ''},"
                   f"{m(g)},{m(l['ded'] or 0)},{m(l['paid'])},{cur},{pdate.isoformat()}")
    out.append(f",,TOTAL,,,,{m(total)},{cur},")
    txt = "\n".join(out)
    if top or bottom:
        txt = (top + "\n\n" if top else "") + txt + ("\n\n" + bottom if bottom else "")
    return txt


def r_oneliner(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None):
    nums = [l["num"] for l in lines]
    sym = "€" if cur == "EUR" else "£"
    forms = [
        lambda: f"pd invs {' + '.join(n.split('-')[-1] for n in nums)} = {plain(total)} thx",
        lambda: f"Payment covers {', '.join(nums)}. Total {sym}{plain(total)}.",
        lambda: f"{method} today {sym}{plain(total)} - " + "; ".join(f"{l['num']} {plain(l['paid'])}" for l in lines),
        lambda: f"Hi, {sym}{plain(total)} sent for " + " & ".join(nums) + f". {sig(region)[0].split()[0]}",
    ]
    txt = R.choice(forms)()
    if top:
        txt = top + " " + txt
    if bottom:
        txt += " " + bottom
    return txt


def r_cy(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None):
    welsh = cust.f.get("welsh", org) if cust else org
    name, role = R.choice(SIG["cy"])
    out = [f"{welsh.upper()} / {cust.name.upper() if cust else org.upper()}",
           "HYSBYSIAD TALU / REMITTANCE ADVICE", "",
           f"Dyddiad Talu / Payment Date: {dmy(pdate)}",
           f"Rhif Cyflenwr / Supplier No: {cust.supplier_no if cust else ''}",
           f"Talai / Payee: {SELLER_UK}",
           f"Dull / Method: {method}", ""]
    if top:
        out += [top, ""]
    anyded = any(l["ded"] for l in lines)
    out.append("Rhif Anfoneb / Invoice No   Dyddiad / Date   Swm / Amount" if not anyded else
               "Rhif Anfoneb / Invoice No   Dyddiad / Date   Gros / Gross   Didyniad / Deduction   Swm / Amount")
    for l in lines:
        if anyded:
            g = l["gross"] if l["gross"] is not None else l["paid"] + (l["ded"] or 0)
            out.append(f"{l['num']:<28}{dmy(l['date']) if l['date'] else '':<17}{gbp(g):<15}{gbp(l['ded']) if l['ded'] else '-':<23}{gbp(l['paid'])}"
                       + (f"  {l['ded_txt']}" if l["ded_txt"] else ""))
        else:
            out.append(f"{l['num']:<28}{dmy(l['date']) if l['date'] else '':<17}{gbp(l['paid'])}")
    out.append(f"{'Cyfanswm / Total':<45}{gbp(total)}")
    if bottom:
        out += ["", bottom]
    out += ["", "Os oes gennych unrhyw ymholiadau, cysylltwch â'r Adran Gyllid.",
            "If you have any queries please contact the Finance Department.", "", name, role]
    return "\n".join(out)


def r_ga(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None):
    irish = cust.f.get("irish", org) if cust else org
    name, role = R.choice(SIG["ie"])
    out = [f"{irish} / {cust.name if cust else org}",
           "Fógra Íocaíochta / Remittance Advice", "",
           f"Dáta Íocaíochta / Payment Date: {dmy(pdate)}",
           f"Uimhir Soláthraí / Supplier No: {cust.supplier_no if cust else ''}",
           f"Íocaí / Payee: {SELLER_IE}", f"Modh / Method: {method}", ""]
    if top:
        out += [top, ""]
    anyded = any(l["ded"] for l in lines)
    out.append("Uimhir Sonraisc / Invoice No   Dáta / Date    Méid / Amount (EUR)" if not anyded else
               "Uimhir Sonraisc / Invoice No   Dáta / Date    Comhlán / Gross   Asbhaint / Deduction   Méid / Amount")
    for l in lines:
        if anyded:
            g = l["gross"] if l["gross"] is not None else l["paid"] + (l["ded"] or 0)
            out.append(f"{l['num']:<31}{dmy(l['date']) if l['date'] else '':<15}{gbp(g, '€'):<18}{gbp(l['ded'], '€') if l['ded'] else '-':<23}{gbp(l['paid'], '€')}"
                       + (f"  {l['ded_txt']}" if l["ded_txt"] else ""))
        else:
            out.append(f"{l['num']:<31}{dmy(l['date']) if l['date'] else '':<15}{gbp(l['paid'], '€')}")
    out.append(f"{'Iomlán / Total':<46}{gbp(total, '€')}")
    if bottom:
        out += ["", bottom]
    out += ["", "Go raibh maith agat / Thank you", name, role]
    return "\n".join(out)


def r_fr(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None):
    name, role = R.choice(SIG["fr"])
    supp = SELLER_IE if cur == "EUR" else SELLER_UK
    out = ["AVIS DE PAIEMENT", "Centre de Services Partagés Vélane – Lyon", "",
           f"Fournisseur : {supp.upper()} – code {cust.supplier_no if cust else ''}",
           f"Société débitrice : {cust.name if cust else org}",
           f"Date de règlement : {dmy(pdate)} – Mode : {'virement SEPA' if cur == 'EUR' else 'virement'}", ""]
    if top:
        out += [top, ""]
    anyded = any(l["ded"] for l in lines)
    out.append("N° facture      Date facture   Montant" if not anyded else "N° facture      Date facture   Brut          Retenue        Net réglé")
    for l in lines:
        if anyded:
            g = l["gross"] if l["gross"] is not None else l["paid"] + (l["ded"] or 0)
            out.append(f"{l['num']:<16}{dmy(l['date']) if l['date'] else '':<15}{money_for(cur, g, 'fr'):<14}{money_for(cur, l['ded'], 'fr') if l['ded'] else '-':<15}{money_for(cur, l['paid'], 'fr')}"
                       + (f"  {l['ded_txt']}" if l["ded_txt"] else ""))
        else:
            out.append(f"{l['num']:<16}{dmy(l['date']) if l['date'] else '':<15}{money_for(cur, l['paid'], 'fr')}")
    out.append(f"Total réglé{'':<20}{money_for(cur, total, 'fr')}")
    if bottom:
        out += ["", bottom]
    out += ["", R.choice(["Cordialement,", "Bien cordialement,", "Salutations distinguées,"]), f"{name} – {role}"]
    return "\n".join(out)


def r_pl(org, cur, pdate, lines, total, method, region, top="", bottom="", cust=None):
    name, role = R.choice(SIG["pl"])
    supp = SELLER_IE if cur == "EUR" else SELLER_UK
    out = ["AWIZO PŁATNOŚCI / PAYMENT ADVICE", "Corvane Shared Services Sp. z o.o., ul. Lubicz 17, 31-503 Kraków", "",
           f"Płatnik w imieniu / Paying on behalf of: {cust.name if cust else org}",
           f"Dostawca / Supplier: {supp} ({cust.supplier_no if cust else ''})",
           f"Data płatności / Payment date: {dmy(pdate, '.')}", ""]
    if top:
        out += [top, ""]
    anyded = any(l["ded"] for l in lines)
    out.append("Nr faktury / Invoice no | Data / Date | Kwota / Amount" + (" | Potrącenie / Deduction" if anyded else ""))
    for l in lines:
        row = f"{l['num']} | {dmy(l['date'], '.') if l['date'] else ''} | {money_for(cur, l['paid'], 'pl')}"
        if anyded:
            row += f" | {money_for(cur, l['ded'], 'pl') if l['ded'] else '-'}" + (f" {l['ded_txt']}" if l["ded_txt"] else "")
        out.append(row)
    out.append(f"Razem / Total: {money_for(cur, total, 'pl')}")
    if bottom:
        out += ["", bottom]
    out += ["", "Z poważaniem / Kind regards", name, role]
    return "\n".join(out)


RENDER = {"email": r_email, "erp": r_erp, "csv": r_csv, "oneliner": r_oneliner,
          "cy": r_cy, "ga": r_ga, "fr": r_fr, "pl": r_pl}
LANG_OF = {"cy": "cy+en", "ga": "ga+en", "fr": "fr", "pl": "pl+en"}


def remit(style, org, cur, pdate, lines, total, method, cust, top="", bottom="", quote=None):
    if style == "email":
        q = (R.random() < 0.22) if quote is None else quote
        return r_email(org, cur, pdate, lines, total, method, cust.region if cust else "ENG", top, bottom, q)
    return RENDER[style](org, cur, pdate, lines, total, method, cust.region if cust else "ENG", top, bottom, cust=cust)


def style_for(c, allow_oneliner=True):
    g = c.f.get("grp")
    if g == "corvane" and R.random() < 0.8:
        return "pl"
    if g == "velane" and R.random() < 0.8:
        return "fr"
    if c.region == "WAL" and c.kind in ("council", "ha") and R.random() < 0.85:
        return "cy"
    if c.region == "IE" and c.kind in ("council", "ha") and R.random() < 0.8:
        return "ga"
    opts = ["email", "email", "erp", "erp", "csv"] + (["oneliner"] if allow_oneliner else [])
    return R.choice(opts)


# ---------------------------------------------------------------- payments infra
BDAYS = [date(2026, 3, 2) + timedelta(k) for k in range(40)]
BDAYS = [d for d in BDAYS if d.weekday() < 5 and d not in (date(2026, 4, 3), date(2026, 4, 6)) and d <= date(2026, 4, 10)]


def bday(lo=None, hi=None):
    opts = [d for d in BDAYS if (lo is None or d >= lo) and (hi is None or d <= hi)]
    return R.choice(opts)


def channel(c, amount):
    if c.cur == "EUR":
        return "SEPA"
    if amount > 60000 and R.random() < 0.6:
        return "CHAPS"
    return R.choice(["BACS", "BACS", "BACS", "FPS", "FPS"])


METHOD = {"BACS": "BACS", "FPS": "Faster Payment", "CHAPS": "CHAPS", "SEPA": "SEPA credit transfer"}


def payer_name(c, ch):
    if c.f.get("welsh") and R.random() < 0.35:
        nm = c.f["welsh"]
        return bacs_name(nm) if ch in ("BACS", "FPS") else deaccent(nm).upper()
    if c.f.get("irish") and R.random() < 0.35:
        return deaccent(c.f["irish"]).upper()
    if ch == "BACS":
        return c.bacs
    if ch == "FPS":
        return R.choice([c.bacs, c.full_upper[:18].rstrip(), c.name])
    if ch == "CHAPS":
        return c.full_upper.replace(" LTD", " LIMITED")
    return R.choice([c.full_upper, c.name, c.full_upper.replace(" LTD", " LIMITED")])


def fit18(ch, s):
    if ch in ("BACS",):
        return s.upper()[:18].rstrip()
    if ch == "FPS":
        return s[:18].rstrip()
    return s


def ref_single(inv, ch, extra=True):
    n, d = inv["num"], inv["digits"]
    meta = inv["meta"]
    c = inv["cust"]
    if c.cur == "EUR":
        opts = [n, n.replace("-", ""), f"INV {n}", f"Invoice {n}", f"Sonrasc {n}", f"{n} {meta.get('site', '')}".strip(),
                f"PAYMENT {n} {c.supplier_no}", f"/INV/{n}", f"{c.name.split()[0].upper()} INV {n}"]
        if meta.get("app"):
            opts.append(f"{n} App {meta['app']} {meta.get('site', '')}")
        return R.choice(opts)[:140]
    opts = [n, n.replace("-", ""), d, f"INV {d}", f"INVOICE {d}", f"HALBERD {d}", f"{c.supplier_no} {d}",
            f"PAYMENT {n}", f"{d} HALBERD BS"]
    if meta.get("job"):
        opts += [f"{d} {meta['job']}", f"{n} {meta['job']}"]
    if meta.get("app"):
        opts += [f"{n} APP{meta['app']}", f"INV{d} APP {meta['app']}"]
    if ch == "CHAPS":
        opts += [f"CHAPS {n} {meta.get('site', '').upper()}", f"/INV/{n}/{(meta.get('job') or '')}",
                 f"PAYMENT FOR INVOICE {n}"]
    if ch in ("BACS", "FPS"):
        opts = [o for o in opts if len(o) <= 18]
    r = R.choice(opts)
    return r.upper() if ch == "BACS" else r


def rf_ref(body):
    s = body + "RF00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    full = f"RF{chk:02d}{body}"
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


PAYMENTS = []
UNKNOWN_PAYERS = ["MR D OKAFOR", "S J BRENNAN", "HALLAM & CO CLIENT", "M HUGHES", "QUANTUM PROPERTY M",
                  "ST JUDE PAROCHIAL", "T WOZNIAK", "KELLY A", "ABACUS LETTINGS", "R & J FITZGERALD",
                  "ORCHID NAIL BAR", "PATEL N K", "GREENHILL ESTATES", "MURPHY SEAN", "LYNCH & LYNCH SOLIC",
                  "B THOMPSON", "NEXUS TRADE SUPPLIE", "DOWD E", "CLARKE PROPERTY MAN", "J & M DEVLIN"]


def add_payment(pdate, amount, cur, payer, cid, ref, remittance, key, lang, status, apps, unapplied, short=None,
                cands=None, why="", checks=(), tiebreak=None):
    p = {"date": pdate, "amount": D(amount) if not isinstance(amount, str) else amount, "cur": cur, "payer": payer,
         "cid": cid, "ref": ref, "remit": remittance, "key": key, "lang": lang, "status": status,
         "apps": [(i, D(a)) for i, a in apps], "unapplied": D(unapplied), "short": short,
         "cands": cands if cands is not None else [], "why": why, "checks": list(checks),
         "tb": tiebreak if tiebreak is not None else R.random()}
    PAYMENTS.append(p)
    return p


def take(c, n, before, pred=lambda i: True, tag="x"):
    pool = [i for i in c.invoices if i["reserved"] is None and i["balance"] != 0 and i["issue"] <= before - timedelta(3)
            and pred(i)]
    if len(pool) < n:
        return None
    got = R.sample(pool, n)
    for i in got:
        i["reserved"] = tag
    got.sort(key=lambda i: i["num"])
    return got


def is_bilingual(c):
    return bool(c.f.get("welsh") or c.f.get("irish") or c.f.get("grp") in ("velane", "corvane")
                or (c.region == "IE" and c.kind == "ha"))


def pick_c(pool=None):
    pool = pool or CUSTOMERS
    return R.choices(pool, [3 if is_bilingual(c) else 1 for c in pool])[0]


def custs(pred):
    return [c for c in CUSTOMERS if pred(c)]


def open_items(c, cur=None, state=None):
    return [i for i in c.invoices if state[i["id"]] != 0 and (cur is None or i["cust"].cur == cur)]


def fits(items, amount, state, maxk=3):
    res = []
    items = [i for i in items if state[i["id"]] != 0]
    for k in range(1, maxk + 1):
        for combo in itertools.combinations(items, k):
            if sum(state[i["id"]] for i in combo) == amount:
                res.append(list(combo))
    if len(items) > maxk and sum(state[i["id"]] for i in items) == amount:
        res.append(list(items))
    return res


# ---------------------------------------------------------------- scenarios
def lang_of(st):
    return LANG_OF.get(st, "en")


def maybe_cid(c, p):
    return c.id if R.random() < p else None


def known_payer(c, ch):
    """A payer name that identifies the customer on its own (no translated names)."""
    if ch == "BACS":
        return c.bacs
    if ch in ("CHAPS", "SEPA"):
        return c.full_upper
    return R.choice([c.bacs, c.name])


def useless_ref(c, inv, ch):
    site = (inv["meta"].get("site") or c.sites[0])
    opts = [None, "BACS", "PAYMENT", c.supplier_no, f"PAYRUN {R.randint(100, 999):04d}", "SUPPLIER PAYMENT",
            f"{c.bacs[:10]} PMT", f"BATCH {R.randint(10000, 99999)}"]
    if inv["meta"].get("job"):
        opts.append(f"{inv['meta']['job']} {deaccent(site).upper()}")
    s = f"{deaccent(site).upper()} {inv['digits']}"
    if len(s) - 18 >= 3:
        opts.append(s)  # truncated to 18 by the bank: the number is cut off
    r = R.choice(opts)
    if r is None:
        return None
    return fit18("BACS", r) if ch in ("BACS", "FPS") else r


def fancy_ref(inv, ch):
    n, d = inv["num"], inv["digits"]
    if inv["cust"].cur == "EUR":
        opts = [f"IE {d}", f"ie{d}", f"Inv. no {n}.", f"sonrasc {d}", f"{n}/{inv['cust'].supplier_no}", f"INVOICE NO IE{d}"]
        if "0" in d:
            k = d.index("0")
            opts.append(f"IE-{d[:k]}O{d[k + 1:]}")
        return R.choice(opts)
    opts = [f"INV {d[:3]} {d[3:]}", f"inv#{d}", f"Inv no. {d}.", f"{d}-INV", f"HBS/{d}", f"REF:INV{d}",
            f"IN {d} PAYMENT", f"inv {d} thank you", f"0{d}", f"INV-{d} INV-{d}", f"Invoice: {d}"]
    if "0" in d:
        k = d.index("0")
        opts.append(f"INV-{d[:k]}O{d[k + 1:]}")
    if ch in ("BACS", "FPS"):
        opts = [o for o in opts if len(o) <= 18]
    r = R.choice(opts)
    return r.upper() if ch == "BACS" else r


def s_ap_ref(key):
    c = pick_c()
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["balance"] > 0, key)
    if not got:
        return None
    inv = got[0]
    amt = inv["balance"]
    ch = channel(c, amt)
    if key == "AP_REF_FORMAT":
        ref = fancy_ref(inv, ch)
    else:
        ref = ref_single(inv, ch)
    if key == "AP_REF":
        payer, cid = payer_name(c, ch), c.id
    else:
        payer, cid = payer_name(c, ch), maybe_cid(c, 0.3 if key == "AP_REF_FORMAT" else 0.0)
    rem, lang = None, "en"
    bilingual = c.f.get("welsh") or c.f.get("irish") or c.f.get("grp") in ("velane", "corvane")
    if R.random() < (0.7 if bilingual else 0.3):
        st = style_for(c)
        rem = remit(st, c.name, c.cur, pdate, [L(inv)], amt, METHOD[ch], c)
        lang = lang_of(st)
    if key == "AP_REF_FORMAT":
        why = f"reference '{ref}' is {inv['num']} written differently; the amount equals its balance {m(amt)}"
    elif cid is None:
        why = f"no customer id; reference names {inv['num']} and the amount equals its balance {m(amt)}; payer '{payer}' is {c.name}"
    else:
        why = f"reference names {inv['num']} and the amount equals its balance {m(amt)}"
    if inv["balance"] != inv["total"]:
        why += " (the invoice was part-paid before, so the balance is below the total)"
    return add_payment(pdate, amt, c.cur, payer, cid, ref, rem, key, lang, "applied", [(inv, amt)], 0,
                       why=why, checks=[("exact",)])


def s_ap_amount():
    key = "AP_AMOUNT"
    c = R.choice([c for c in CUSTOMERS if len(c.invoices) >= 5])
    pdate = bday()
    bals = {}
    for i in c.invoices:
        bals[i["balance"]] = bals.get(i["balance"], 0) + 1
    got = take(c, 1, pdate, lambda i: i["balance"] > 0 and bals[i["balance"]] == 1, key)
    if not got:
        return None
    inv = got[0]
    amt = inv["balance"]
    ch = channel(c, amt)
    ref = useless_ref(c, inv, ch)
    if R.random() < 0.7:
        payer, cid = payer_name(c, ch), c.id
        whoami = "customer id given"
    else:
        payer, cid = known_payer(c, ch), None
        whoami = f"payer '{payer}' is {c.name}"
    why = (f"{whoami}; {'reference ' + repr(ref) if ref else 'no reference'}: no invoice named; the amount {m(amt)} equals exactly one open item of the "
           f"customer ({inv['num']}) and no combination of its other items")
    return add_payment(pdate, amt, c.cur, payer, cid, ref, None, key, "en", "applied", [(inv, amt)], 0,
                       why=why, checks=[("unique", c, [inv])])


def multi_ref(c, ch, n=2):
    r = R.choice([f"REMITTANCE {R.randint(1000, 9999)}", f"PAYRUN {R.randint(100, 999)}", c.supplier_no,
                  f"{c.bacs[:8]} PYMT", None, "SUPPLIER PAYMENT", f"PMT {R.randint(2000000, 2999999)}",
                  f"HALBERD {n} INVS"])
    if r is None:
        return None
    return fit18(ch, r) if ch in ("BACS", "FPS") else r


def s_ap_multi(key="AP_MULTI"):
    c = pick_c()
    pdate = bday()
    k = R.choice([2, 2, 3, 3, 4, 5, 6])
    got = take(c, k, pdate, lambda i: i["balance"] > 0 and i["balance"] == i["total"], key)
    if not got:
        return None
    total = sum(i["balance"] for i in got)
    ch = channel(c, total)
    st = style_for(c)
    rem = remit(st, c.name, c.cur, pdate, [L(i) for i in got], total, METHOD[ch], c)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.5)
    why = (f"remittance lists {len(got)} invoices ({', '.join(i['num'] for i in got)}) at their full balances, "
           f"total {m(total)} = payment")
    return add_payment(pdate, total, c.cur, payer, cid, multi_ref(c, ch, len(got)), rem, key, lang_of(st), "applied",
                       [(i, i["balance"]) for i in got], 0, why=why, checks=[("exact",)])


def s_ap_statement():
    key = "AP_STATEMENT"
    c = R.choice(CUSTOMERS)
    cutoff = R.choice([date(2026, 1, 31), date(2026, 2, 28)])
    items = [i for i in c.invoices if i["issue"] <= cutoff]
    if not (2 <= len(items) <= 8) or any(i["reserved"] for i in items):
        return None
    if not any(i["issue"] > cutoff for i in c.invoices):
        return None
    total = sum(i["balance"] for i in items)
    if total <= 0:
        return None
    for i in items:
        i["reserved"] = key
    pdate = bday(lo=date(2026, 3, 9))
    ch = channel(c, total)
    name, role = sig(c.region)
    txt = R.choice([
        f"Hi,\n\nWe have paid the balance shown on your statement dated {dmy(cutoff)}, {money_for(c.cur, total)}, by {METHOD[ch]} today. "
        f"Anything invoiced after the statement date will go in next month's run.\n\nRegards\n{name}\n{role}, {c.name}",
        f"Statement payment\nStatement date: {long_date(cutoff)}\nBalance per statement: {money_for(c.cur, total)}\nAmount paid: {money_for(c.cur, total)}\n"
        f"Paid {dmy(pdate)} by {METHOD[ch]}.\n{c.name} - Accounts Payable",
        f"Paying your statement to {dmy(cutoff, '.')} in full ({plain(total)} {c.cur}). Please do not send individual remittance requests for these items.\n{name}",
    ])
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"remittance pays the statement dated {cutoff.isoformat()} in full; the customer's open items issued on or "
           f"before that date are exactly {', '.join(i['num'] for i in items)} and sum to {m(total)} = payment")
    return add_payment(pdate, total, c.cur, payer, cid, multi_ref(c, ch, len(items)), txt, key, "en", "applied",
                       [(i, i["balance"]) for i in items], 0, why=why, checks=[("exact",)])


def s_ap_cn():
    key = "AP_CREDIT_NOTE"
    c = pick_c([c for c in CUSTOMERS if any(i["type"] == "credit" and i["reserved"] is None for i in c.invoices)])
    pdate = bday()
    cn = take(c, 1, pdate, lambda i: i["type"] == "credit", key)
    if not cn:
        return None
    k = R.choice([1, 2, 2, 3, 4])
    got = take(c, k, pdate, lambda i: i["balance"] > 0 and i["balance"] == i["total"], key)
    if not got or sum(i["balance"] for i in got) + cn[0]["balance"] < 50:
        cn[0]["reserved"] = None
        for i in got or []:
            i["reserved"] = None
        return None
    lines = got + cn
    total = sum(i["balance"] for i in lines)
    ch = channel(c, total)
    st = style_for(c, allow_oneliner=False)
    rem = remit(st, c.name, c.cur, pdate, [L(i) for i in lines], total, METHOD[ch], c)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.5)
    why = (f"remittance pays {', '.join(i['num'] for i in got)} in full and nets open credit note {cn[0]['num']} "
           f"({m(cn[0]['balance'])}); sum {m(total)} = payment, the credit note is applied at its negative balance")
    return add_payment(pdate, total, c.cur, payer, cid, multi_ref(c, ch, len(lines)), rem, key, lang_of(st), "applied",
                       [(i, i["balance"]) for i in lines], 0, why=why, checks=[("exact",)])


def s_ap_parent():
    key = "AP_PARENT"
    g = R.choice(list(GROUPS))
    subs = [c for c in CUSTOMERS if c.f.get("grp") == g]
    cur = R.choice(sorted({c.cur for c in subs}))
    subs = [c for c in subs if c.cur == cur]
    use = R.sample(subs, R.choice([1, len(subs)]) if len(subs) > 1 else 1)
    pdate = bday()
    got = []
    for c in use:
        t = take(c, R.randint(1, 3), pdate, lambda i: i["balance"] > 0 and i["balance"] == i["total"], key)
        if not t:
            for i in got:
                i["reserved"] = None
            return None
        got += t
    total = sum(i["balance"] for i in got)
    grp = GROUPS[g]
    ch = "SEPA" if cur == "EUR" else ("CHAPS" if total > 60000 else "BACS")
    payer = R.choice(grp["bank"])
    if ch == "BACS":
        payer = payer[:18]
    if len(use) == 1 and grp["lang"] in ("pl", "fr"):
        st = grp["lang"]
        rem = remit(st, grp["name"], cur, pdate, [L(i) for i in got], total, METHOD[ch], use[0])
    else:
        st = R.choice(["email", "erp"])
        top = "Payment made by " + grp["name"] + " on behalf of " + " and ".join(c.name for c in use) + "."
        rem = remit(st, grp["name"], cur, pdate, [L(i) for i in got], total, METHOD[ch], use[0], top=top, quote=False)
    ref = R.choice([f"{grp['name'].split()[0].upper()} GROUP PAY", "GROUP TREASURY", f"TRSY {R.randint(10000, 99999)}",
                    f"IC PAYMENT {R.randint(100, 999)}"])
    ref = fit18(ch, ref)
    why = (f"payer is the parent {grp['name']} (no customer id); remittance names {', '.join(i['num'] for i in got)} of "
           f"{' and '.join(c.name for c in use)} at full balances, total {m(total)} = payment")
    return add_payment(pdate, total, cur, payer, None, ref, rem, key, lang_of(st), "applied",
                       [(i, i["balance"]) for i in got], 0, why=why, checks=[("exact",)])


def s_ap_bureau():
    key = "AP_BUREAU"
    b = R.choice(list(BUREAUX))
    subs = [c for c in CUSTOMERS if c.f.get("bur") == b]
    c = R.choice(subs)
    pdate = bday()
    got = take(c, R.randint(1, 4), pdate, lambda i: i["balance"] > 0 and i["balance"] == i["total"], key)
    if not got:
        return None
    total = sum(i["balance"] for i in got)
    bu = BUREAUX[b]
    ch = R.choice(["BACS", "BACS", "FPS"])
    payer = R.choice(bu["bank"])[:18]
    st = R.choice(["email", "erp", "csv"])
    top = R.choice([f"Payment made on behalf of our client {c.name}.", f"Client: {c.name}",
                    f"{bu['name']} - payment processed for {c.name} (client ref {R.randint(100, 999)})"])
    rem = remit(st, bu["name"], c.cur, pdate, [L(i) for i in got], total, METHOD[ch], c, top=top, quote=False)
    ref = fit18(ch, R.choice([f"{c.bacs[:9]} {got[0]['digits']}", f"CLIENT {R.randint(100, 999)} PAYRUN",
                              f"{got[0]['num']}", "BUREAU PAYMENT"]))
    why = (f"payer {bu['name']} is a payments bureau; remittance says it pays for {c.name} and lists "
           f"{', '.join(i['num'] for i in got)} at full balances, total {m(total)} = payment")
    return add_payment(pdate, total, c.cur, payer, None, ref, rem, key, "en", "applied",
                       [(i, i["balance"]) for i in got], 0, why=why, checks=[("exact",)])


def s_ap_sepa():
    key = "AP_SEPA"
    c = pick_c([c for c in CUSTOMERS if c.cur == "EUR"])
    pdate = bday()
    got = take(c, R.choice([1, 1, 1, 2]), pdate, lambda i: i["balance"] > 0, key)
    if not got:
        return None
    total = sum(i["balance"] for i in got)
    mode = R.choice(["text", "text", "rf", "e2e"])
    if len(got) == 1 and mode == "rf":
        ref = rf_ref("IE" + got[0]["digits"])
        rem = None
        why = f"structured creditor reference {ref} encodes {got[0]['num']}; amount equals its balance {m(total)}"
    elif len(got) == 1:
        ref = ref_single(got[0], "SEPA") if mode == "text" else f"E2E {R.randint(10 ** 9, 10 ** 10)} {got[0]['num']}"
        rem = None
        why = f"SEPA remittance information names {got[0]['num']}; amount equals its balance {m(total)}"
    else:
        ref = " ".join(i["num"] for i in got) + f" {c.supplier_no}"
        rem = None
        why = f"SEPA remittance information names {got[0]['num']} and {got[1]['num']}; their balances sum to {m(total)} = payment"
    lang = "en"
    if R.random() < 0.35:
        st = style_for(c)
        rem = remit(st, c.name, "EUR", pdate, [L(i) for i in got], total, "SEPA credit transfer", c)
        lang = lang_of(st)
    payer, cid = payer_name(c, "SEPA"), maybe_cid(c, 0.5)
    return add_payment(pdate, total, "EUR", payer, cid, ref, rem, key, lang, "applied",
                       [(i, i["balance"]) for i in got], 0, why=why, checks=[("exact",)])


def typo_variants(d):
    out = set()
    for k in range(len(d) - 3, len(d) - 1):
        if d[k] != d[k + 1]:
            out.add(d[:k] + d[k + 1] + d[k] + d[k + 2:])
    for k in range(2, len(d)):
        out.add(d[:k] + d[k + 1:])
    return sorted(out)


def s_ap_typo():
    key = "AP_TYPO"
    c = R.choice([c for c in CUSTOMERS if len(c.invoices) >= 5])
    pdate = bday()
    bals = {}
    for i in c.invoices:
        bals[i["balance"]] = bals.get(i["balance"], 0) + 1
    got = take(c, 1, pdate, lambda i: i["balance"] > 0 and bals[i["balance"]] == 1 and i["type"] != "credit", key)
    if not got:
        return None
    inv = got[0]
    pre = "IE-" if c.cur == "EUR" else "INV-"
    ok = []
    for t in typo_variants(inv["digits"]):
        other = NUM.get(pre + t)
        if other is None or (other["cust"] is not c and other["balance"] != inv["balance"]):
            ok.append((t, other))
    t, other = R.choice(ok)
    ch = channel(c, inv["balance"])
    ref = fit18(ch, R.choice([f"{pre}{t}", f"INV {t}", f"{t}", f"{pre.rstrip('-')}{t}"]))
    payer = payer_name(c, ch)
    amt = inv["balance"]
    if other is None:
        w = f"reference '{ref}' is not an invoice number in the ledger (a slip for {inv['num']})"
    else:
        w = (f"reference '{ref}' is {other['num']}, an invoice of another customer ({other['cust'].name}) with a "
             f"different balance: a slip for {inv['num']}")
    why = f"customer id given; {w}; the amount {m(amt)} equals exactly one open item of the customer, {inv['num']}"
    return add_payment(pdate, amt, c.cur, payer, c.id, ref, None, key, "en", "applied", [(inv, amt)], 0,
                       why=why, checks=[("unique", c, [inv])])


def s_ap_po():
    key = "AP_PO_NUMBER"
    c = R.choice([c for c in CUSTOMERS if c.f.get("po") == "num6" and c.cur == "GBP"])
    pdate = bday()
    bals = {}
    for i in c.invoices:
        bals[i["balance"]] = bals.get(i["balance"], 0) + 1
    got = take(c, 1, pdate, lambda i: i["balance"] > 0 and bals[i["balance"]] == 1 and i["type"] != "credit", key)
    if not got:
        return None
    inv = got[0]
    amt = inv["balance"]
    others = [i for i in INVOICES if i["cust"] is not c and i["cust"].cur == "GBP" and i["type"] != "credit"
              and i["balance"] != amt and abs(int(i["digits"]) - int(inv["digits"])) < 400]
    o = R.choice(others)
    inv["meta"]["po"] = o["digits"]
    ch = channel(c, amt)
    ref = fit18(ch, R.choice([f"PO {o['digits']}", f"P/O {o['digits']}", f"ORDER {o['digits']}", f"PO{o['digits']} {inv['meta'].get('job', '')}".strip()]))
    rem = None
    if R.random() < 0.5:
        name, role = sig(c.region)
        rem = (f"Payment against our order {o['digits']} ({inv['meta'].get('site', '')}).\nAmount {gbp(amt)}\n"
               f"{name}\n{c.name}")
    payer = payer_name(c, ch)
    why = (f"customer id given; '{o['digits']}' is the customer's purchase order number (it happens to equal "
           f"{o['num']} of {o['cust'].name}, whose balance differs); the amount {m(amt)} equals exactly one open item "
           f"of the customer, {inv['num']}")
    return add_payment(pdate, amt, c.cur, payer, c.id, ref, rem, key, "en", "applied", [(inv, amt)], 0,
                       why=why, checks=[("unique", c, [inv])])


PART_TEXT = [
    "Part payment against {num} - balance to follow once the snagging list on {site} is closed out.",
    "Instalment 1 of 2 on {num} as agreed with your credit control team. Second instalment next month.",
    "This is a part payment only of your invoice {num}. The remainder will be released in the next payment run.",
    "Paying {amt} off {num} now; the rest when our client releases funds on {site}.",
    "{num}: first stage payment {amt}, outstanding balance to be paid on completion of commissioning.",
    "Part payment / Íocaíocht pháirteach - sonrasc {num} - {amt}. Fuílleach le híoc / balance to follow.",
]


def s_part_chain(with_remainder):
    c = R.choice(CUSTOMERS)
    p1 = bday(hi=date(2026, 3, 25))
    got = take(c, 1, p1, lambda i: i["balance"] > 1500 and i["type"] != "credit", "PT_PART")
    if not got:
        return None
    inv = got[0]
    bal = inv["balance"]
    frac = Decimal(R.choice(["0.25", "0.4", "0.5", "0.6"]))
    step = 500 if bal > 10000 else 100
    part = D(int(bal * frac / step) * step)
    if part <= 0 or part >= bal:
        inv["reserved"] = None
        return None
    ch = channel(c, part)
    texts = [t for t in PART_TEXT if c.cur == "EUR" or "Íoc" not in t]
    txt = R.choice(texts).format(num=inv["num"], site=inv["meta"].get("site", "site"), amt=money_for(c.cur, part))
    name, role = sig(c.region)
    rem = txt + f"\n\n{name}\n{role}\n{c.name}"
    ref = fit18(ch, R.choice([f"{inv['num'].replace('-', '')} PART", f"PART PMT {inv['digits']}", f"{inv['num']} INSTAL 1"]))
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"remittance says this is a part payment of {inv['num']} (balance {m(bal)}); {m(part)} applied and the "
           f"invoice stays open on purpose with {m(bal - part)}; no deduction is claimed, so short_pay is null")
    add_payment(p1, part, c.cur, payer, cid, ref, rem, "PT_PART", "ga+en" if "Íoc" in txt else "en", "partial",
                [(inv, part)], 0, why=why, checks=[("exact_le",)])
    if not with_remainder:
        return True
    p2 = bday(lo=p1 + timedelta(6))
    rest = bal - part
    ch2 = channel(c, rest)
    ref2 = fit18(ch2, R.choice([f"BAL {inv['num']}", f"{inv['digits']} FINAL", f"{inv['num']} BALANCE", f"INV{inv['digits']} INSTAL 2"]))
    rem2 = None
    if R.random() < 0.6:
        rem2 = R.choice([
            f"Balance of {inv['num']} {money_for(c.cur, rest)} - now paid in full.",
            f"Final instalment on {inv['num']}. Previously paid {money_for(c.cur, part)}, paid today {money_for(c.cur, rest)}.",
            f"Remaining balance invoice {inv['num']}: {money_for(c.cur, rest)}",
        ])
    why2 = (f"pays the remaining {m(rest)} of {inv['num']} after the earlier part payment of {m(part)} in this batch; "
            f"reference names the invoice")
    add_payment(p2, rest, c.cur, payer_name(c, ch2), maybe_cid(c, 0.6), ref2, rem2, "AP_REMAINDER", "en", "applied",
                [(inv, rest)], 0, why=why2, checks=[("exact",)])
    return True


def s_ap_prior_part():
    key = "AP_PRIOR_PART"
    c = R.choice([c for c in CUSTOMERS if any(i.get("prepaid") and i["reserved"] is None for i in c.invoices)])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: bool(i.get("prepaid")), key)
    if not got:
        return None
    inv = got[0]
    amt = inv["balance"]
    ch = channel(c, amt)
    ref = ref_single(inv, ch)
    rem = None
    if R.random() < 0.6:
        rem = R.choice([
            f"{inv['num']}  invoice total {money_for(c.cur, inv['total'])}, less paid on account {money_for(c.cur, inv['prepaid'])}, paid now {money_for(c.cur, amt)}",
            f"Balance of {inv['num']} after our earlier payment of {money_for(c.cur, inv['prepaid'])}: {money_for(c.cur, amt)}",
        ])
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"{inv['num']} was part-paid before this batch (total {m(inv['total'])}, balance {m(amt)}); the payment names it "
           f"and equals the balance")
    return add_payment(pdate, amt, c.cur, payer, cid, ref, rem, key, "en", "applied", [(inv, amt)], 0,
                       why=why, checks=[("exact",)])


def tax_month_end(d):
    if d.day <= 5:
        return date(d.year, d.month, 5)
    return date(d.year + (d.month == 12), d.month % 12 + 1, 5)


def s_pt_retention():
    key = "PT_RETENTION"
    c = R.choice([c for c in CUSTOMERS if c.kind == "mc"])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["type"] == "application" and i["balance"] == i["total"], key)
    if not got:
        return None
    inv = got[0]
    T = inv["balance"]
    gprev = rnd_amount(20000, 600000)
    G = gprev + T
    ret = pct(G, "0.05") - pct(gprev, "0.05")
    due = T - ret
    cur = c.cur
    meta = inv["meta"]
    ch = channel(c, due)
    fdp = pdate + timedelta(R.randint(0, 3))
    if cur == "GBP":
        txt = (f"PAYMENT NOTICE\nHousing Grants, Construction and Regeneration Act 1996 s110A\n\n"
               f"Contractor: {c.name}\nSub-contractor: {SELLER_UK}\nProject: {meta['site']} ({meta['job']}) - M&E package\n"
               f"Application No: {meta['app']}    Your invoice: {inv['num']}\nFinal date for payment: {dmy(fdp)}\n\n"
               f"Gross valuation to date              {gbp(G):>14}\n"
               f"Less retention @ 5%                  {gbp(pct(G, '0.05')):>14}\n"
               f"Net valuation                        {gbp(G - pct(G, '0.05')):>14}\n"
               f"Less previously certified            {gbp(gprev - pct(gprev, '0.05')):>14}\n"
               f"Sum due this notice                  {gbp(due):>14}\n\n"
               f"Basis: valuation of works to date as applied, retention held at 5% until practical completion.\n"
               f"{sig(c.region)[0]}, Commercial")
    else:
        txt = (f"INTERIM PAYMENT CERTIFICATE No. {meta['app']}\nEmployer/Main Contractor: {c.name}\nSubcontractor: {SELLER_IE}\n"
               f"Project: {meta['site']} - job {meta['job']}\nRef your invoice {inv['num']}\n\n"
               f"Cumulative gross value: €{plain(G)}\nRetention 5%: €{plain(pct(G, '0.05'))}\n"
               f"Previously certified (net): €{plain(gprev - pct(gprev, '0.05'))}\nAmount certified this period: €{plain(due)}\n\n"
               f"Retention will be released 50% at substantial completion and 50% at end of defects period.\n{sig(c.region)[0]}")
    ref = fit18(ch, R.choice([f"{inv['num'].replace('-', '')} APP{meta['app']}", f"{meta['job']} APP {meta['app']}",
                              f"{inv['digits']} LESS RET"])) if cur == "GBP" else f"{inv['num']} Cert {meta['app']} {meta['site']}"
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"payment notice for {inv['num']} (balance {m(T)}) withholds retention at 5%: {m(ret)} this period, paid "
           f"{m(due)}; short pay of {m(ret)} with reason retention")
    return add_payment(pdate, due, cur, payer, cid, ref, txt, key, "en", "partial", [(inv, due)], 0,
                       short=(inv, ret, "retention 5%"), why=why, checks=[("exact_le",)])


def s_pt_cis():
    key = "PT_CIS"
    c = R.choice([c for c in CUSTOMERS if c.cur == "GBP" and c.kind == "mc"])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["balance"] == i["total"] and i["type"] != "credit" and i["total"] > 400, key)
    if not got:
        return None
    inv = got[0]
    T = inv["balance"]
    net = inv["net"]
    labour = pct(net, inv["meta"].get("labour", Decimal("0.5")))
    mats = net - labour
    cis = pct(labour, "0.20")
    vat = T - net
    paid = T - cis
    ch = channel(c, paid)
    tm = tax_month_end(pdate)
    utr = f"{R.randint(1000, 9999)} {R.randint(10000, 99999)}"
    if R.random() < 0.6:
        txt = (f"PAYMENT AND DEDUCTION STATEMENT - CONSTRUCTION INDUSTRY SCHEME\n"
               f"Contractor: {c.name}\nEmployer's PAYE reference: {R.randint(100, 999)}/{c.name[:2].upper()}{R.randint(10000, 99999)}\n"
               f"Tax month ending: {dmy(tm)}\nSubcontractor: {SELLER_UK}\nUnique Taxpayer Reference: {utr}\n"
               f"Verification number: V{R.randint(1000000000, 9999999999)}\nInvoice: {inv['num']}\n\n"
               f"Gross amount paid (excl VAT) (A)      {gbp(net):>13}\n"
               f"Less cost of materials                {gbp(mats):>13}\n"
               f"Amount liable to deduction            {gbp(labour):>13}\n"
               f"Amount deducted @ 20% (B)             {gbp(cis):>13}\n"
               + (f"VAT                                   {gbp(vat):>13}\n" if vat else "")
               + f"Amount payable                        {gbp(paid):>13}\n\n"
               f"Please keep this statement - it is evidence of tax deducted under CIS.")
    else:
        name, role = sig(c.region)
        txt = (f"Hi,\n\nPayment today for {inv['num']} ({inv['meta'].get('site', '')}).\nInvoice {gbp(T)}, labour element "
               f"{gbp(labour)}, CIS deducted at 20% = {gbp(cis)}. Net paid {gbp(paid)}.\n"
               f"CIS statement will follow at month end.\n\n{name}\n{role}")
    ref = fit18(ch, R.choice([f"{inv['num'].replace('-', '')} NET CIS", f"{inv['digits']} LESS CIS", f"INV{inv['digits']} CIS20"]))
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"CIS deduction: 20% of the labour element {m(labour)} = {m(cis)} withheld from {inv['num']} (balance "
           f"{m(T)}); {m(paid)} applied, short pay {m(cis)} with reason CIS")
    return add_payment(pdate, paid, "GBP", payer, cid, ref, txt, key, "en", "partial", [(inv, paid)], 0,
                       short=(inv, cis, "CIS deduction 20% on labour"), why=why, checks=[("exact_le",)])


def s_pt_rct():
    key = "PT_RCT"
    c = R.choice([c for c in CUSTOMERS if c.cur == "EUR" and c.kind == "mc"])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["balance"] == i["total"] and i["type"] != "credit", key)
    if not got:
        return None
    inv = got[0]
    T = inv["balance"]
    rct = pct(T, "0.20")
    paid = T - rct
    name, role = sig("IE")
    txt = (f"Remittance - {c.name}\nPayee: {SELLER_IE}\nInvoice {inv['num']}   Gross €{plain(T)}\n"
           f"RCT deducted @ 20%   €{plain(rct)}   (Deduction authorisation no. {R.randint(2026000000, 2026999999)})\n"
           f"Net paid   €{plain(paid)}\n\nThe RCT deduction will appear on your ROS record. {name}, {role}")
    ref = f"{inv['num']} net of RCT"
    payer, cid = payer_name(c, "SEPA"), maybe_cid(c, 0.6)
    why = (f"Irish RCT: 20% of the gross {m(T)} = {m(rct)} deducted from {inv['num']}; {m(paid)} applied, short pay "
           f"{m(rct)} with reason RCT")
    return add_payment(pdate, paid, "EUR", payer, cid, ref, txt, key, "en", "partial", [(inv, paid)], 0,
                       short=(inv, rct, "RCT deduction 20%"), why=why, checks=[("exact_le",)])


def s_pt_mcd():
    key = "PT_MCD"
    c = R.choice([c for c in CUSTOMERS if c.cur == "GBP" and c.kind == "mc"])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["balance"] == i["total"] and i["type"] in ("application", "variation"), key)
    if not got:
        return None
    inv = got[0]
    T = inv["balance"]
    disc = pct(T, "0.025")
    paid = T - disc
    ch = channel(c, paid)
    st = R.choice(["email", "erp", "csv"])
    rem = remit(st, c.name, "GBP", pdate, [L(inv, paid=paid, ded=disc, ded_txt="2.5% MCD", gross=T)], paid, METHOD[ch], c)
    ref = fit18(ch, R.choice([f"{inv['digits']} LESS MCD", f"{inv['num']} NET 2.5%", f"{inv['num'].replace('-', '')} DISC"]))
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"remittance deducts 2.5% main contractor's discount ({m(disc)}) from {inv['num']} (balance {m(T)}); "
           f"{m(paid)} applied, short pay {m(disc)} with reason discount")
    return add_payment(pdate, paid, "GBP", payer, cid, ref, rem, key, lang_of(st), "partial", [(inv, paid)], 0,
                       short=(inv, disc, "2.5% main contractor's discount taken"), why=why, checks=[("exact_le",)])


CONTRA_OTHER = {
    "council": ["missed appointment charge (tenant not notified)", "door closer not fitted - works incomplete",
                "damage to tenant's carpet at 14 Beech Walk", "duplicate call-out charge on job 5521"],
    "fm": ["SLA penalty - late attendance, priority 1 call", "KPI deduction February (first-time fix below target)",
           "client recharge for re-attendance by others", "missing service sheets - 3 sites"],
}
CONTRA = ["skip hire and removal of waste left on site", "damage to plasterboard partitions, Level 2",
          "site cleaning after M&E first fix", "welfare and security charge for February",
          "remedial works to fire stopping carried out by others", "hire of scissor lift (your operatives)",
          "repair of damaged floor screed", "late programme - liquidated damages share per subcontract cl. 2.9"]


def s_pt_contra():
    key = "PT_CONTRA"
    c = R.choice([c for c in CUSTOMERS if c.kind in ("mc", "mc", "fm")])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["balance"] == i["total"] and i["type"] != "credit" and i["total"] > 1200, key)
    if not got:
        return None
    inv = got[0]
    T = inv["balance"]
    amt = min(rnd_amount(120, 2600), pct(T, "0.4"))
    paid = T - amt
    ch = channel(c, paid)
    reason = R.choice(CONTRA_OTHER.get(c.kind, CONTRA))
    cc = f"{R.choice(['CC', 'DN', 'CONTRA'])}-{R.randint(100, 9999):04d}"
    name, role = sig(c.region)
    txt = R.choice([
        f"Hi,\n\n{inv['num']} paid today less our contra charge {cc} ({reason}) of {money_for(c.cur, amt)}.\n"
        f"Invoice {money_for(c.cur, T)} - contra {money_for(c.cur, amt)} = {money_for(c.cur, paid)}.\n\nRegards\n{name}\n{role}",
        remit("email", c.name, c.cur, pdate, [L(inv, paid=paid, ded=amt, ded_txt=f"contra {cc}: {reason}", gross=T)], paid,
              METHOD[ch], c, quote=False),
    ])
    ref = fit18(ch, R.choice([f"{inv['num'].replace('-', '')} LESS CC", f"{inv['digits']} {cc}", f"{inv['num']}"]))
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"customer deducts contra charge {cc} ({reason}) of {m(amt)} from {inv['num']} (balance {m(T)}); {m(paid)} "
           f"applied, short pay {m(amt)}")
    return add_payment(pdate, paid, c.cur, payer, cid, ref, txt, key, "en", "partial", [(inv, paid)], 0,
                       short=(inv, amt, f"contra charge {cc}: {reason}"), why=why, checks=[("exact_le",)])


def s_pt_certified():
    key = "PT_CERTIFIED"
    c = R.choice([c for c in CUSTOMERS if c.kind == "mc"])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["type"] == "application" and i["balance"] == i["total"] and i["total"] > 8000, key)
    if not got:
        return None
    inv = got[0]
    T = inv["balance"]
    cert = D(T * Decimal(R.choice(["0.72", "0.8", "0.85", "0.9", "0.93"])))
    ret = pct(cert, "0.05")
    due = cert - ret
    short = T - due
    meta = inv["meta"]
    sym = "€" if c.cur == "EUR" else "£"
    reasons = R.sample(["pipework to Level 3 not yet tested", "preliminaries disallowed pending programme update",
                        "materials off site not vested", "variation V14 not instructed", "snagging on Block A incomplete"], 2)
    txt = (f"PAY LESS NOTICE / PAYMENT NOTICE\n{c.name} - {meta['site']} ({meta['job']})\n"
           f"Your application {meta['app']} / invoice {inv['num']}\n\n"
           f"Sum applied for this period:   {sym}{plain(T)}\nSum certified this period:     {sym}{plain(cert)}\n"
           f"Less retention 5%:             {sym}{plain(ret)}\nAmount now due:                {sym}{plain(due)}\n\n"
           f"Basis of the difference: {reasons[0]}; {reasons[1]}.\n{sig(c.region)[0]}, Quantity Surveyor")
    ch = channel(c, due)
    ref = fit18(ch, f"{inv['num'].replace('-', '')} APP{meta['app']}") if c.cur == "GBP" else f"{inv['num']} App {meta['app']}"
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"pay less notice for {inv['num']}: applied {m(T)}, certified {m(cert)} less 5% retention = {m(due)} paid; "
           f"short pay {m(short)} (valuation cut and retention)")
    return add_payment(pdate, due, c.cur, payer, cid, ref, txt, key, "en", "partial", [(inv, due)], 0,
                       short=(inv, short, "certified below application, less retention"), why=why, checks=[("exact_le",)])


def s_pt_multi_short():
    key = "PT_MULTI_SHORT"
    c = pick_c([c for c in CUSTOMERS if c.kind in ("mc", "fm", "council")])
    pdate = bday()
    got = take(c, R.randint(2, 4), pdate, lambda i: i["balance"] == i["total"] and i["type"] != "credit" and i["total"] > 300, key)
    if not got:
        return None
    s = R.choice(got)
    T = s["balance"]
    kind = R.choice(["contra", "mcd", "ret"]) if c.kind == "mc" else "contra"
    if kind == "mcd":
        ded, dt = pct(T, "0.025"), "2.5% MCD"
    elif kind == "ret":
        ded, dt = pct(T, "0.05"), "retention 5%"
    else:
        ded = min(rnd_amount(60, 900), pct(T, "0.3"))
        dt = "deduction: " + R.choice(CONTRA_OTHER.get(c.kind, CONTRA))
    lines = [L(i) if i is not s else L(i, paid=T - ded, ded=ded, ded_txt=dt, gross=T) for i in got]
    total = sum(l["paid"] for l in lines)
    ch = channel(c, total)
    st = R.choice(["email", "erp", "csv"] + (["cy"] if c.region == "WAL" and c.kind == "council" else []))
    rem = remit(st, c.name, c.cur, pdate, lines, total, METHOD[ch], c)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.6)
    why = (f"remittance pays {', '.join(i['num'] for i in got if i is not s) or '-'} in full and {s['num']} less {dt} "
           f"({m(ded)}) shown on that line; total {m(total)} = payment; short pay on {s['num']}")
    return add_payment(pdate, total, c.cur, payer, cid, multi_ref(c, ch, len(got)), rem, key, lang_of(st), "partial",
                       [(l["inv"], l["paid"]) for l in lines], 0, short=(s, ded, dt), why=why, checks=[("exact_le",)])


# ---------------------------------------------------------------- unapplied
def s_un_overpay():
    key = "UN_OVERPAY"
    c = R.choice(CUSTOMERS)
    pdate = bday()
    mode = R.choice(["prepaid", "vat", "round"])
    if mode == "prepaid":
        got = take(c, 1, pdate, lambda i: bool(i.get("prepaid")), key)
    elif mode == "vat":
        got = take(c, 1, pdate, lambda i: i["vat"] == 0 and i["balance"] == i["total"] and i["type"] != "credit" and c.cur == "GBP", key)
    else:
        got = take(c, 1, pdate, lambda i: i["balance"] == i["total"] and i["type"] != "credit" and 300 < i["total"] < 9000, key)
    if not got:
        return None
    inv = got[0]
    bal = inv["balance"]
    name, role = sig(c.region)
    if mode == "prepaid":
        amt = inv["total"]
        rem = R.choice([f"Payment of {inv['num']} {money_for(c.cur, amt)}.", None,
                        f"{inv['num']} dated {dmy(inv['issue'])} - {money_for(c.cur, amt)} - paid in full.\n{name}"])
        w = (f"customer paid the invoice total {m(amt)} of {inv['num']} although it was part-paid before this batch "
             f"(balance {m(bal)})")
    elif mode == "vat":
        vat = pct(bal, "0.20")
        amt = bal + vat
        rem = (f"{inv['num']}\nNet {gbp(bal)}\nVAT @ 20% {gbp(vat)}\nTotal paid {gbp(amt)}\n\n{name}, {role}, {c.name}")
        w = (f"{inv['num']} is a reverse-charge invoice of {m(bal)}; the customer added 20% VAT ({m(vat)}) and paid {m(amt)}")
    else:
        step = 100 if bal < 2000 else 500
        amt = D((int(bal / step) + 1) * step)
        rem = R.choice([f"{inv['num']} - rounded up to {money_for(c.cur, amt)}, please hold the difference on account.",
                        f"Paid {money_for(c.cur, amt)} against {inv['num']} ({money_for(c.cur, bal)}). Keep the extra as credit against your next invoice please."])
        w = f"payment {m(amt)} names {inv['num']} (balance {m(bal)}) and says the excess is to be held on account"
    ch = channel(c, amt)
    ref = ref_single(inv, ch)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.7)
    ex = amt - bal
    why = f"{w}; apply {m(bal)} to {inv['num']} and hold the excess {m(ex)} unapplied (it fits no other open item)"
    return add_payment(pdate, amt, c.cur, payer, cid, ref, rem, key, "en", "unapplied", [(inv, bal)], ex,
                       why=why, checks=[("exact",), ("nofit_ex", c, ex)])


def s_un_duplicate():
    c = R.choice(CUSTOMERS)
    p1 = bday(hi=date(2026, 3, 27))
    bals = {}
    for i in c.invoices:
        bals[i["balance"]] = bals.get(i["balance"], 0) + 1
    got = take(c, 1, p1, lambda i: i["balance"] > 0 and bals[i["balance"]] == 1, "UN_DUPLICATE")
    if not got:
        return None
    inv = got[0]
    amt = inv["balance"]
    ch = channel(c, amt)
    ref = ref_single(inv, ch)
    rem = None
    if R.random() < 0.4:
        st = style_for(c)
        rem = remit(st, c.name, c.cur, p1, [L(inv)], amt, METHOD[ch], c, quote=False)
    payer = payer_name(c, ch)
    add_payment(p1, amt, c.cur, payer, c.id, ref, rem, "AP_REF", "en" if rem is None else lang_of(st), "applied",
                [(inv, amt)], 0, why=f"reference names {inv['num']} and the amount equals its balance {m(amt)}",
                checks=[("exact",)])
    p2 = bday(lo=p1 + timedelta(4))
    ch2 = R.choice([ch, ch, "FPS" if c.cur == "GBP" else "SEPA"])
    ref2 = ref if ch2 == ch else ref_single(inv, ch2)
    rem2 = rem if R.random() < 0.5 else None
    cid2 = c.id if R.random() < 0.75 else None
    payer2 = payer_name(c, ch2) if cid2 else known_payer(c, ch2)
    why = (f"second payment of {inv['num']} ({m(amt)}), which an earlier payment in this batch ({p1.isoformat()}) "
           f"already cleared; the customer has no other open item of that amount, so all {m(amt)} is held unapplied")
    return add_payment(p2, amt, c.cur, payer2, cid2, ref2, rem2, "UN_DUPLICATE", "en", "unapplied", [], amt,
                       why=why, checks=[("dup", inv), ("nofit", c)])


POA_TEXT = [
    "Payment on account - remittance to follow.",
    "POA re {site} pending agreement of valuation {app}. Please hold on account.",
    "Advance payment towards materials for {site} as requested by your contracts manager. No invoice yet.",
    "This is a payment on account only. Do not allocate to specific invoices until our final account review is complete.",
    "On-account payment while we reconcile our ledger with your statement.",
    "Íocaíocht ar chuntas / Payment on account - sonraí le teacht / details to follow.",
]


def s_un_poa():
    key = "UN_ON_ACCOUNT"
    c = R.choice([c for c in CUSTOMERS if len(c.invoices) >= 3])
    pdate = bday()
    amt = D(R.choice([2500, 5000, 7500, 10000, 12500, 15000, 20000, 25000, 30000, 50000]) if c.kind == "mc"
            else R.choice([500, 750, 1000, 1500, 2000, 2500, 3000, 5000]))
    texts = [t for t in POA_TEXT if c.cur == "EUR" or "Íoc" not in t]
    t = R.choice(texts).format(site=R.choice(c.sites), app=R.randint(3, 14))
    ch = channel(c, amt)
    ref = fit18(ch, R.choice(["ON ACCOUNT", "POA", "PAYMENT ON ACCOUNT", f"POA {c.jobs[c.sites[0]]}", "ADVANCE PAYMENT"]))
    rem = t if R.random() < 0.75 else None
    if rem is None and ref in ("ADVANCE PAYMENT",):
        ref = "PAYMENT ON ACCOUNT"
    payer, cid = (payer_name(c, ch), c.id) if R.random() < 0.7 else (known_payer(c, ch), None)
    why = (f"known customer ({'customer id' if cid else 'payer ' + repr(payer)}); the payment is explicitly on account "
           f"and names no invoice; {m(amt)} fits no open item or combination, so it is all held unapplied")
    return add_payment(pdate, amt, c.cur, payer, cid, ref, rem, key, "ga+en" if "Íoc" in (rem or "") else "en",
                       "unapplied", [], amt, why=why, checks=[("nofit", c)])


def s_un_one_paid():
    c = pick_c()
    p1 = bday(hi=date(2026, 3, 25))
    bals = {}
    for i in c.invoices:
        bals[i["balance"]] = bals.get(i["balance"], 0) + 1
    got = take(c, 3, p1, lambda i: i["balance"] > 0 and i["balance"] == i["total"] and bals[i["balance"]] == 1,
               "UN_ONE_PAID")
    if not got:
        return None
    R.shuffle(got)
    a, b, cc = got
    ch = channel(c, cc["balance"])
    add_payment(p1, cc["balance"], c.cur, payer_name(c, ch), c.id, ref_single(cc, ch), None, "AP_REF", "en", "applied",
                [(cc, cc["balance"])], 0, why=f"reference names {cc['num']} and the amount equals its balance {m(cc['balance'])}",
                checks=[("exact",)])
    p2 = bday(lo=p1 + timedelta(5))
    lines = sorted([a, b, cc], key=lambda i: i["num"])
    total = sum(i["balance"] for i in lines)
    ch2 = channel(c, total)
    st = style_for(c, allow_oneliner=False)
    rem = remit(st, c.name, c.cur, p2, [L(i) for i in lines], total, METHOD[ch2], c, quote=False)
    payer, cid = payer_name(c, ch2), maybe_cid(c, 0.7)
    if cid is None:
        payer = known_payer(c, ch2)
    why = (f"remittance lists {', '.join(i['num'] for i in lines)}; {cc['num']} was already paid by an earlier payment in "
           f"this batch ({p1.isoformat()}), so {a['num']} and {b['num']} are applied in full and {m(cc['balance'])} "
           f"(the second payment of {cc['num']}) is held unapplied")
    return add_payment(p2, total, c.cur, payer, cid, multi_ref(c, ch2, 3), rem, "UN_ONE_PAID", lang_of(st), "unapplied",
                       [(a, a["balance"]), (b, b["balance"])], cc["balance"], why=why,
                       checks=[("exact",), ("dup", cc), ("nofit_ex", c, cc["balance"])])


def s_un_nofit():
    key = "UN_NOFIT"
    c = R.choice([c for c in CUSTOMERS if len(c.invoices) >= 3])
    pdate = bday()
    amt = D(R.choice([3000, 4000, 6000, 8000, 15000, 18500, 22000, 35000]) if c.kind == "mc"
            else R.choice([400, 600, 900, 1200, 1750, 2200, 3600]))
    if R.random() < 0.3:
        amt = rnd_amount(200, 9000)
    ch = channel(c, amt)
    site = R.choice(c.sites)
    ref = R.choice([None, f"{c.jobs[site]} VAL {R.randint(3, 12)}", deaccent(site).upper(), "HALBERD",
                    f"SUPPLIER {c.supplier_no}"])
    if ref and ch in ("BACS", "FPS"):
        ref = fit18(ch, ref)
    why = (f"customer id given; {'reference ' + repr(ref) if ref else 'no reference'}: no invoice named (a job, site or supplier code is not an invoice); "
           f"{m(amt)} fits no open item or combination of the customer's items: known customer, no fit, held unapplied")
    return add_payment(pdate, amt, c.cur, payer_name(c, ch), c.id, ref, None, key, "en", "unapplied", [], amt,
                       why=why, checks=[("nofit", c)])


# ---------------------------------------------------------------- review
def overwrite(inv, amount):
    inv["total"] = inv["balance"] = D(amount)
    inv["net"] = D(amount)
    inv.pop("prepaid", None)


def global_amounts(cur):
    return {i["balance"] for i in INVOICES if i["cust"].cur == cur}


def unknown_ref():
    return R.choice([None, None, "PAYMENT", "HALBERD", "INVOICE", "BOILER REPAIR", "DEPOSIT", "WORKS", "BILL PAYMENT",
                     "HALBERD BUILDING"])


def s_rv_unknown_multi():
    key = "RV_UNKNOWN_MULTI"
    cur = R.choice(["GBP", "GBP", "GBP", "EUR"])
    pool = [c for c in CUSTOMERS if c.cur == cur and c.kind in ("ha", "council", "fm", "other")]
    cs = R.sample(pool, R.choice([2, 2, 3]))
    net = Decimal(R.choice([150, 180, 195, 240, 285, 360, 420, 95, 120, 1250, 650, 875]))
    amt = D(net * (Decimal("1.2") if cur == "GBP" else Decimal("1.135")))
    if amt in global_amounts(cur):
        return None
    pdate = bday()
    got = []
    for c in cs:
        t = take(c, 1, pdate, lambda i: i["type"] in ("reactive", "callout") and not i.get("prepaid"), key)
        if not t:
            for i in got:
                i["reserved"] = None
            return None
        got += t
    for i in got:
        overwrite(i, amt)
    payer = R.choice(UNKNOWN_PAYERS)
    why = (f"payer '{payer}' matches no customer and there is no customer id or usable reference; {m(amt)} equals open "
           f"invoices of {len(got)} different customers, so it cannot be placed")
    return add_payment(pdate, amt, cur, payer, None, unknown_ref(), None, key, "en", "review", [], 0,
                       why=why, checks=[("cands_global", 2, 9)])


def s_rv_unknown_single():
    key = "RV_UNKNOWN_SINGLE"
    cur = R.choice(["GBP", "GBP", "EUR"])
    c = R.choice([c for c in CUSTOMERS if c.cur == cur and c.kind in ("ha", "council", "fm", "other")])
    amt = D(R.choice([300, 450, 500, 600, 720, 750, 900, 960, 1080, 1200, 1500, 1800, 2400]))
    if amt in global_amounts(cur):
        return None
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["type"] in ("reactive", "callout") and not i.get("prepaid"), key)
    if not got:
        return None
    overwrite(got[0], amt)
    payer = R.choice(UNKNOWN_PAYERS)
    why = (f"payer '{payer}' is not a customer and gives no usable reference; the round amount {m(amt)} equals one open "
           f"invoice ({got[0]['num']}, {c.name}) but an amount-only match from an unidentified payer is not sure")
    return add_payment(pdate, amt, cur, payer, None, unknown_ref(), None, key, "en", "review", [], 0,
                       why=why, checks=[("cands_global", 1, 1)])


def s_rv_unknown_nomatch():
    key = "RV_UNKNOWN_NOMATCH"
    cur = R.choice(["GBP", "GBP", "EUR"])
    amt = rnd_amount(90, 6000) if R.random() < 0.6 else D(R.choice([250, 350, 1000, 2000, 2750]))
    pdate = bday()
    payer = R.choice(UNKNOWN_PAYERS)
    why = f"payer '{payer}' is not a customer, no usable reference, and {m(amt)} fits no open invoice: nothing to propose"
    return add_payment(pdate, amt, cur, payer, None, unknown_ref(), None, key, "en", "review", [], 0,
                       why=why, checks=[("cands_global", 0, 0), ("nopair_global",)])


def s_rv_ref_conflict():
    key = "RV_REF_CONFLICT"
    c = R.choice([c for c in CUSTOMERS if len(c.invoices) >= 6])
    pdate = bday()
    bals = {}
    for i in c.invoices:
        bals[i["balance"]] = bals.get(i["balance"], 0) + 1
    got = take(c, 2, pdate, lambda i: i["balance"] > 0 and bals[i["balance"]] == 1 and i["type"] != "credit", key)
    if not got:
        return None
    a, b = got  # a is named, b's balance is paid
    if R.random() < 0.5:
        a, b = b, a
    amt = b["balance"]
    ch = channel(c, amt)
    ref = ref_single(a, ch)
    rem = None
    if R.random() < 0.35:
        rem = remit(R.choice(["email", "oneliner"]), c.name, c.cur, pdate, [L(a, paid=amt)], amt, METHOD[ch], c, quote=False)
    payer, cid = payer_name(c, ch), c.id
    why = (f"reference names {a['num']} (balance {m(a['balance'])}) but the amount {m(amt)} equals the balance of "
           f"another open invoice of the customer, {b['num']}: either a wrong reference or a part payment, so review; "
           f"best candidate the exact-amount invoice, then the named one")
    return add_payment(pdate, amt, c.cur, payer, cid, ref, rem, key, "en", "review", [], 0,
                       cands=[[b], [a]], why=why, checks=[("single_of", c, b), ("ne", a)])


def s_rv_same_amount():
    key = "RV_SAME_AMOUNT"
    c = R.choice(CUSTOMERS)
    pdate = bday()
    by = {}
    for i in c.invoices:
        if i["balance"] > 0 and i["issue"] <= pdate - timedelta(3):
            by.setdefault(i["balance"], []).append(i)
    groups = [v for v in by.values() if len(v) >= 2 and all(i["reserved"] is None for i in v)]
    if groups and R.random() < 0.75:
        items = R.choice(groups)
        w = f"{len(items)} open invoices of the customer ({', '.join(i['num'] for i in items)}) have the same balance"
    else:
        got = take(c, 2, pdate, lambda i: i["balance"] > 0 and i["type"] not in ("credit", "ppm") and not i.get("prepaid"), key)
        if not got:
            return None
        x, y = got
        overwrite(y, x["balance"])
        y["meta"] = dict(x["meta"])
        y["type"] = x["type"]
        items = [x, y]
        w = f"{x['num']} and {y['num']} carry the same balance (the same work billed twice)"
    for i in items:
        i["reserved"] = key
    amt = items[0]["balance"]
    ch = channel(c, amt)
    refs = [None, "BACS", f"PAYRUN {R.randint(100, 999)}", "HALBERD"]
    if all(i["type"] == "ppm" for i in items):
        refs += ["PPM CONTRACT", "MAINT CONTRACT", "SERVICING"]
    ref = R.choice(refs)
    payer, cid = (payer_name(c, ch), c.id) if R.random() < 0.7 else (known_payer(c, ch), None)
    why = f"known customer, no invoice named; {w} = {m(amt)}, so the payment fits each of them and cannot be placed"
    return add_payment(pdate, amt, c.cur, payer, cid, ref, None, key, "en", "review", [], 0,
                       why=why, checks=[("cands_cust", [c], 2)])


def fixed_price(c1, c2):
    """A round, list-price amount that both companies could plausibly be billed (e.g. an annual service fee)."""
    while True:
        amt = D(R.choice([960, 1380, 1650, 2400, 3150, 4860]))  # no price is a sum of others
        st = {i["id"]: i["balance"] for i in c1.invoices + c2.invoices}
        if amt not in global_amounts(c1.cur) and not fits(c1.invoices, amt, st) and not fits(c2.invoices, amt, st):
            return amt


def s_rv_group():
    key = "RV_GROUP"
    g = R.choice(["brack", "harrow", "northmoor", "slaney"])
    subs = [c for c in CUSTOMERS if c.f.get("grp") == g]
    pdate = bday()
    grp = GROUPS[g]
    payer = R.choice(grp["bank"])
    cur = subs[0].cur
    if cur == "GBP":
        payer = payer[:18]
    if R.random() < 0.7:
        a = take(subs[0], 1, pdate, lambda i: i["balance"] > 0 and i["type"] != "credit" and not i.get("prepaid"), key)
        b = take(subs[1], 1, pdate, lambda i: i["balance"] > 0 and i["type"] != "credit" and not i.get("prepaid"), key)
        if not a or not b:
            return None
        amt = fixed_price(subs[0], subs[1])
        overwrite(a[0], amt)
        overwrite(b[0], amt)
        why = (f"payer is the parent {grp['name']} with no customer id or reference; {m(amt)} equals {a[0]['num']} of "
               f"{subs[0].name} and {b[0]['num']} of {subs[1].name}")
        chk = [("cands_cust", subs, 2)]
    else:
        amt = D(R.choice([5000, 10000, 20000, 25000]))
        why = (f"payer is the parent {grp['name']} with no customer id or reference; {m(amt)} fits no open item of "
               f"either subsidiary and it cannot be told which subsidiary's account to hold it on")
        chk = [("cands_cust", subs, 0)]
    ref = R.choice([None, "GROUP TREASURY", f"TRSY {R.randint(10000, 99999)}"])
    return add_payment(pdate, amt, cur, payer, None, ref, None, key, "en", "review", [], 0, why=why, checks=chk)


def s_rv_remit_mismatch():
    key = "RV_REMIT_MISMATCH"
    c = pick_c()
    pdate = bday()
    got = take(c, R.randint(2, 4), pdate, lambda i: i["balance"] > 0 and i["balance"] == i["total"] and i["type"] != "credit", key)
    if not got:
        return None
    total = sum(i["balance"] for i in got)
    s = m(total)
    digs = [k for k in range(len(s) - 4) if s[k].isdigit() and s[k + 1].isdigit() and s[k] != s[k + 1]]
    if digs and R.random() < 0.6:
        k = R.choice(digs)
        amt = D(s[:k] + s[k + 1] + s[k] + s[k + 2:])
        w = "the bank amount looks like a keying slip of the remittance total"
    else:
        amt = total - rnd_amount(1, 95)
        w = "the bank amount is below the remittance total and no deduction is explained"
    if amt <= 0 or amt >= total:  # only short payments: an excess would be an overpayment, not a review
        for i in got:
            i["reserved"] = None
        return None
    ch = channel(c, amt)
    st = style_for(c, allow_oneliner=False)
    rem = remit(st, c.name, c.cur, pdate, [L(i) for i in got], total, METHOD[ch], c, quote=False)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.7)
    why = (f"remittance lists {', '.join(i['num'] for i in got)} totalling {m(total)} but the payment is {m(amt)}; {w}; "
           f"which invoice is short is unknown")
    return add_payment(pdate, amt, c.cur, payer, cid, multi_ref(c, ch, len(got)), rem, key, lang_of(st), "review", [], 0,
                       cands=[got], why=why, checks=[("nofit", c)])


def s_rv_cn_missing():
    key = "RV_CN_MISSING"
    c = pick_c([c for c in CUSTOMERS if not any(i["type"] == "credit" for i in c.invoices)])
    pdate = bday()
    got = take(c, R.randint(2, 3), pdate, lambda i: i["balance"] > 0 and i["balance"] == i["total"] and i["type"] != "credit", key)
    if not got:
        return None
    cnamt = -rnd_amount(60, 1500)
    if sum(i["balance"] for i in got) * Decimal("0.4") + cnamt <= 0:
        for i in got:
            i["reserved"] = None
        return None
    pre = "CRN-IE-" if c.cur == "EUR" else "CRN-"
    while True:
        n = f"{pre}{R.randint(1000, 1200) if c.cur == 'EUR' else R.randint(10300, 10500)}"
        if n not in NUM:
            break
    lines = [L(i) for i in got] + [{"inv": None, "num": n, "date": pdate - timedelta(R.randint(20, 60)), "paid": cnamt,
                                    "gross": None, "ded": None, "ded_txt": None}]
    total = sum(l["paid"] for l in lines)
    ch = channel(c, total)
    st = style_for(c, allow_oneliner=False)
    rem = remit(st, c.name, c.cur, pdate, lines, total, METHOD[ch], c, quote=False)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.7)
    why = (f"remittance nets credit note {n} ({m(cnamt)}), which is not an open item in the ledger; the listed invoices "
           f"{', '.join(i['num'] for i in got)} total {m(total - cnamt)}, payment {m(total)}: the shortfall cannot be placed")
    return add_payment(pdate, total, c.cur, payer, cid, multi_ref(c, ch, len(got)), rem, key, lang_of(st), "review", [], 0,
                       cands=[got], why=why, checks=[("nofit", c)])


def s_rv_short_unattr():
    key = "RV_SHORT_UNATTRIBUTED"
    c = R.choice([c for c in CUSTOMERS if c.kind in ("mc", "fm")])
    pdate = bday()
    got = take(c, R.randint(2, 4), pdate, lambda i: i["balance"] > 300 and i["balance"] == i["total"] and i["type"] != "credit", key)
    if not got:
        return None
    sub = sum(i["balance"] for i in got)
    x = min(rnd_amount(80, 1800), pct(sub, "0.2"))
    total = sub - x
    ch = channel(c, total)
    st = R.choice(["email", "erp"])
    bottom = R.choice([f"Less: contra charges as per attached schedule   -{money_for(c.cur, x)}",
                       f"Deducted {money_for(c.cur, x)} for site costs (see separate letter).",
                       f"NB {money_for(c.cur, x)} withheld against outstanding O&M manuals."])
    rem = remit(st, c.name, c.cur, pdate, [L(i) for i in got], total, METHOD[ch], c, bottom=bottom, quote=False)
    payer, cid = payer_name(c, ch), maybe_cid(c, 0.7)
    why = (f"remittance lists {', '.join(i['num'] for i in got)} at full balances ({m(sub)}) and deducts {m(x)} without "
           f"saying which invoice carries it; the short pay cannot be attributed")
    return add_payment(pdate, total, c.cur, payer, cid, multi_ref(c, ch, len(got)), rem, key, lang_of(st), "review", [], 0,
                       cands=[got], why=why, checks=[("nofit", c)])


def s_rv_name_amb():
    key = "RV_NAME_AMBIGUOUS"
    pair = R.choice([("Hartwell Homes Ltd", "Hartwell Facilities Management Ltd", "HARTWELL"),
                     ("Hartwell Homes Ltd", "Hartwell Facilities Management Ltd", "HARTWELL LTD"),
                     ("Slaney Valley Construction Ltd", "Slaney Valley Fit-Out Ltd", "SLANEY VALLEY LTD")])
    c1, c2 = BY_NAME[pair[0]], BY_NAME[pair[1]]
    pdate = bday()
    a = take(c1, 1, pdate, lambda i: i["balance"] > 0 and i["type"] != "credit" and not i.get("prepaid"), key)
    b = take(c2, 1, pdate, lambda i: i["balance"] > 0 and i["type"] != "credit" and not i.get("prepaid"), key)
    if not a or not b:
        return None
    amt = fixed_price(c1, c2)
    overwrite(a[0], amt)
    overwrite(b[0], amt)
    why = (f"no customer id; payer '{pair[2]}' fits both {c1.name} and {c2.name}; no reference; {m(amt)} equals "
           f"{a[0]['num']} of the first and {b[0]['num']} of the second")
    return add_payment(pdate, amt, c1.cur, pair[2], None, R.choice([None, "PAYMENT"]), None, key, "en", "review", [], 0,
                       why=why, checks=[("cands_cust", [c1, c2], 2)])


OTHER_SUPPLIERS = ["Dunlevy Roofing Ltd", "Marsh & Pryce Scaffolding Ltd", "Coldharbour Plant Hire Ltd", "Eastfield Glazing Ltd"]


MISDIRECT_PAYERS = [("KESWICK HOMES LTD", "Keswick Homes Ltd"), ("ABERCORN LEISURE", "Abercorn Leisure Group"),
                    ("FOXLEY SCHOOLS TRU", "Foxley Schools Trust"), ("ST ANNE'S PARISH", "St Anne's Parish Centre")]


def s_rv_misdirected():
    key = "RV_MISDIRECTED"
    pdate = bday()
    payer, org = R.choice(MISDIRECT_PAYERS)
    other = R.choice(OTHER_SUPPLIERS)
    k = R.randint(1, 3)
    lines = [{"inv": None, "num": f"{R.choice(['SIN', 'DR', 'INV'])}{R.randint(4000, 9999):06d}",
              "date": pdate - timedelta(R.randint(20, 70)), "paid": rnd_amount(300, 7000), "gross": None, "ded": None,
              "ded_txt": None} for _ in range(k)]
    total = sum(l["paid"] for l in lines)
    name, role = sig("ENG")
    body = "\n".join(f"{l['num']}   {dmy(l['date'])}   {gbp(l['paid'])}" for l in lines)
    rem = (f"REMITTANCE ADVICE\n{org}\nSupplier: {other.upper()}   Supplier No: {R.randint(10000, 99999)}\n"
           f"Payment date: {dmy(pdate)}\n\n{body}\nTotal {gbp(total)}\n\n{name}, {role}")
    why = (f"payer {org} is not a customer; its remittance is addressed to another supplier ({other}) and lists that "
           f"supplier's invoices, none of ours; {m(total)} fits no open item: probably paid to us by mistake")
    return add_payment(pdate, total, "GBP", payer, None, fit18("BACS", f"{other.split()[0].upper()} {lines[0]['num']}"),
                       rem, key, "en", "review", [], 0, why=why, checks=[("cands_global", 0, 0)])


def s_bad_negative():
    key = "BAD_NEGATIVE"
    c = R.choice([c for c in CUSTOMERS if c.cur == "GBP"])
    pdate = bday()
    amt = rnd_amount(150, 12000)
    ch = "BACS"
    ref = R.choice(["RETURNED BACS", "RECALL OF PAYMENT", "REVERSAL FPS", "UNPAID - ACC CLOSED"])
    why = f"amount is negative (-{m(amt)}): a reversal or bad row, not a receipt; nothing can be applied"
    return add_payment(pdate, "-" + m(amt), "GBP", payer_name(c, ch), R.choice([c.id, None]), ref, None, key, "en",
                       "review", [], 0, why=why, checks=[("bad",)])


BADCUR = ["GPB", "EURO", "STG"]


def s_bad_currency():
    key = "BAD_CURRENCY"
    badcur = BADCUR[0]
    c = R.choice([c for c in CUSTOMERS if c.cur == ("EUR" if badcur == "EURO" else "GBP")])
    pdate = bday()
    got = take(c, 1, pdate, lambda i: i["balance"] > 0, key)
    if not got:
        return None
    inv = got[0]
    BADCUR.pop(0)
    ch = channel(c, inv["balance"])
    why = (f"currency '{badcur}' is not a valid ISO 4217 code, so no invoice has the same currency; a malformed bank row "
           f"is not posted even though the reference names {inv['num']} ({c.cur})")
    return add_payment(pdate, m(inv["balance"]), badcur, payer_name(c, ch), c.id, ref_single(inv, ch), None, key, "en",
                       "review", [], 0, why=why, checks=[("bad",)])


# ---------------------------------------------------------------- driver
PLAN = [  # overwriting scenarios first, so the later uniqueness checks see the final amounts
    (s_rv_unknown_multi, (), 10), (s_rv_unknown_single, (), 8), (s_rv_same_amount, (), 14), (s_rv_group, (), 6),
    (s_rv_name_amb, (), 5),
    (s_ap_statement, (), 4),
    (s_ap_ref, ("AP_REF",), 18), (s_ap_ref, ("AP_REF_NOID",), 18), (s_ap_ref, ("AP_REF_FORMAT",), 14),
    (s_ap_amount, (), 14), (s_ap_multi, (), 21), (s_ap_cn, (), 12), (s_ap_parent, (), 10), (s_ap_bureau, (), 8),
    (s_ap_sepa, (), 18), (s_ap_typo, (), 8), (s_ap_po, (), 6), (s_part_chain, (True,), 8), (s_part_chain, (False,), 6),
    (s_ap_prior_part, (), 5),
    (s_pt_retention, (), 14), (s_pt_cis, (), 16), (s_pt_rct, (), 4), (s_pt_mcd, (), 6), (s_pt_contra, (), 8),
    (s_pt_certified, (), 6), (s_pt_multi_short, (), 6),
    (s_un_overpay, (), 12), (s_un_duplicate, (), 12), (s_un_poa, (), 12), (s_un_one_paid, (), 6), (s_un_nofit, (), 8),
    (s_rv_unknown_nomatch, (), 8), (s_rv_ref_conflict, (), 14), (s_rv_remit_mismatch, (), 8), (s_rv_cn_missing, (), 5),
    (s_rv_short_unattr, (), 5), (s_rv_misdirected, (), 3), (s_bad_negative, (), 3), (s_bad_currency, (), 3),
]

for fn, args, n in PLAN:
    made, tries = 0, 0
    while made < n:
        tries += 1
        if tries > 4000:
            raise SystemExit(f"could not build {fn.__name__}{args}: {made}/{n}")
        if fn(*args):
            made += 1

# duplicate payment ids: the bank feed repeats two earlier rows verbatim
for src in R.sample([p for p in PAYMENTS if p["key"] in ("AP_REF", "AP_SEPA") and len(p["apps"]) == 1], 2):
    dup = dict(src)
    dup.update({"key": "BAD_DUP_ID", "status": "review", "apps": [], "unapplied": D(0), "short": None, "cands": [],
                "checks": [("bad",)], "tb": src["tb"] + 1e-9, "dup_of": src, "lang": "en",
                "why": "repeats the id (and every field) of the payment just before it: a duplicated bank-feed row, "
                       "not a second receipt; nothing is applied"})
    PAYMENTS.append(dup)


# ---------------------------------------------------------------- verify in order and finish labels
def verify():
    order = sorted(PAYMENTS, key=lambda p: (p["date"], p["tb"]))
    state = {i["id"]: i["balance"] for i in INVOICES}
    for p in order:
        amt = p["amount"]
        bad = any(ch[0] == "bad" for ch in p["checks"])
        for ch in p["checks"]:
            t = ch[0]
            if t == "exact":
                for inv, a in p["apps"]:
                    assert state[inv["id"]] == a, (p["key"], inv["num"], state[inv["id"]], a)
            elif t == "exact_le":
                for inv, a in p["apps"]:
                    assert 0 < a <= state[inv["id"]], (p["key"], inv["num"])
            elif t == "unique":
                f = fits(open_items(ch[1], p["cur"], state), amt, state)
                assert f == [ch[2]], (p["key"], ch[1].name, [[i["num"] for i in x] for x in f])
            elif t == "nofit":
                f = fits(open_items(ch[1], p["cur"], state), amt, state)
                assert f == [], (p["key"], ch[1].name, m(amt), [[i["num"] for i in x] for x in f])
            elif t == "nofit_ex":
                used = {inv["id"] for inv, _ in p["apps"]}
                items = [i for i in open_items(ch[1], p["cur"], state) if i["id"] not in used]
                assert fits(items, ch[2], state) == [], (p["key"], ch[1].name)
            elif t == "dup":
                assert state[ch[1]["id"]] == 0, (p["key"], ch[1]["num"])
            elif t == "cands_global":
                singles = sorted([i for i in INVOICES if i["cust"].cur == p["cur"] and state[i["id"]] == amt],
                                 key=lambda i: (i["issue"], i["num"]))
                assert ch[1] <= len(singles) <= ch[2], (p["key"], m(amt), [i["num"] for i in singles])
                assert len({i["cust"].id for i in singles}) == len(singles), p["key"]
                p["cands"] = [[i] for i in singles]
            elif t == "nopair_global":
                for c in CUSTOMERS:
                    if c.cur == p["cur"]:
                        assert fits(open_items(c, None, state), amt, state, maxk=2) == [], (p["key"], c.name)
            elif t == "cands_cust":
                f = []
                for c in ch[1]:
                    f += fits(open_items(c, p["cur"], state), amt, state)
                f.sort(key=lambda x: (len(x), min(i["issue"] for i in x), x[0]["num"]))
                if ch[2] == 0:
                    assert f == [], (p["key"], [[i["num"] for i in x] for x in f])
                else:
                    assert len([x for x in f if len(x) == 1]) >= ch[2], (p["key"], [[i["num"] for i in x] for x in f])
                p["cands"] = f
            elif t == "single_of":
                f = fits(open_items(ch[1], p["cur"], state), amt, state)
                assert [x for x in f if len(x) == 1] == [[ch[2]]], (p["key"], [[i["num"] for i in x] for x in f])
            elif t == "ne":
                assert state[ch[1]["id"]] > 0 and state[ch[1]["id"]] != amt
        if p["status"] == "review":
            # nothing applied: the whole payment stays unapplied so that the applications and unapplied add up
            p["unapplied"] = amt if not isinstance(amt, str) else amt
        if bad:
            assert p["status"] == "review" and not p["apps"]
            continue
        tot = sum(a for _, a in p["apps"]) + p["unapplied"]
        assert tot == amt, (p["key"], tot, amt)
        for inv, a in p["apps"]:
            assert inv["cust"].cur == p["cur"]
            b = state[inv["id"]]
            assert (0 < a <= b) if b > 0 else (b <= a < 0), (p["key"], inv["num"], a, b)
        st = p["status"]
        if st == "applied":
            assert p["apps"] and p["unapplied"] == 0 and p["short"] is None
            assert all(state[inv["id"]] == a for inv, a in p["apps"])
        elif st == "partial":
            assert p["apps"] and p["unapplied"] == 0
            left = [inv for inv, a in p["apps"] if state[inv["id"]] != a]
            assert len(left) == 1
            if p["short"]:
                sinv, samt, _ = p["short"]
                assert sinv is left[0] and samt == state[sinv["id"]] - dict((i["id"], a) for i, a in p["apps"])[sinv["id"]]
        elif st == "unapplied":
            assert p["unapplied"] > 0 and p["short"] is None
        else:
            assert not p["apps"] and p["unapplied"] == amt
        for inv, a in p["apps"]:
            state[inv["id"]] -= a
    return order


ORDER = verify()

# ---------------------------------------------------------------- write files
pid = R.sample(range(10000, 99999), len(ORDER))
for p, k in zip(ORDER, pid):
    if "dup_of" not in p:
        p["id"] = f"pmt-{k}"
for p in ORDER:
    if "dup_of" in p:
        p["id"] = p["dup_of"]["id"]

inv_out = [{"id": i["id"], "number": i["num"], "customer_id": i["cust"].id, "customer_name": i["cust"].name,
            "currency": i["cust"].cur, "total": m(i["total"]), "balance": m(i["balance"]),
            "issue_date": i["issue"].isoformat(), "due_date": i["due"].isoformat()}
           for i in sorted(INVOICES, key=lambda i: (i["cust"].cur, i["issue"], i["num"]))]
pay_out, lab_out = [], []
for k, p in enumerate(ORDER):
    src = p.get("dup_of", p)
    amount = src["amount"] if isinstance(src["amount"], str) else m(src["amount"])
    pay_out.append({"id": p["id"], "date": src["date"].isoformat(), "amount": amount, "currency": src["cur"],
                    "payer_name": src["payer"], "customer_id": src["cid"], "reference": src["ref"],
                    "remittance": src["remit"]})
    sp = None
    if p["short"]:
        sp = {"invoice_id": p["short"][0]["id"], "amount": m(p["short"][1]), "reason": p["short"][2]}
    lab_out.append({"index": k, "payment_id": p["id"], "status": p["status"],
                    "applications": [{"invoice_id": inv["id"], "amount": m(a)} for inv, a in p["apps"]],
                    "unapplied": p["unapplied"] if isinstance(p["unapplied"], str) else m(p["unapplied"]), "short_pay": sp,
                    "candidates": [[i["id"] for i in x] for x in p["cands"]],
                    "note": f"[{p['key']}, {p['lang']}] {p['why']}"})


def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", inv_out)
dump("payments.json", pay_out)
dump("labels.json", lab_out)

if __name__ == "__main__":
    from collections import Counter
    print(len(inv_out), "invoices,", len(pay_out), "payments")
    print(Counter(l["status"] for l in lab_out))
    print(Counter(l["note"].split("]")[0][1:].split(",")[0] for l in lab_out))
    print(Counter(l["note"].split(",")[1].split("]")[0].strip() for l in lab_out))
