#!/usr/bin/env python3
"""Held-out cash-application set: an Indian + Singaporean IT-services exporter.

Deterministic, stdlib only.  `python3 build.py` rewrites every data file
byte for byte (fixed seed, sorted keys where order matters, no clocks).

Two billing entities:
  Kovalam Digital Services Pvt Ltd (Bengaluru)  invoice numbers KDS/24-25/NNNN, KDS/25-26/NNNN
  Kovalam Digital Pte. Ltd. (Singapore)         invoice numbers SG-INV-NNNN
Both series run in the same 4-digit range on purpose, and client PO / milestone
numbers reuse the same digits.
"""
import json
import os
import random
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 57_2026_03
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "kovalam_in_sg_it_exports_swift_tds_ledger")

ZERO = Decimal("0.00")


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def s2(x):
    return str(q2(x))


# --------------------------------------------------------------------------
# money formats
# --------------------------------------------------------------------------
def f_en(d):
    return "{:,.2f}".format(q2(d))


def f_de(d):
    return f_en(d).replace(",", "#").replace(".", ",").replace("#", ".")


def f_fr(d):
    return f_en(d).replace(",", "\u202f").replace(".", ",")


def f_in(d):
    d = q2(d)
    whole, frac = str(d).split(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join(parts) + "," + tail
    return ("-" if neg else "") + whole + "." + frac


def f_sw(d):
    return str(q2(d)).replace(".", ",")


def money(lang, d, cur=None):
    if cur == "INR" and lang in ("en", "hi-en"):
        return f_in(d)
    if lang in ("de", "nl", "es"):
        return f_de(d)
    if lang == "fr":
        return f_fr(d)
    return f_en(d)


# --------------------------------------------------------------------------
# customers
# --------------------------------------------------------------------------
# key, name, country, entity for non-INR/SGD, currencies, lang, payer aliases, parent
C = [
    # India
    ("sahyadri", "Sahyadri Retail Ltd", "IN", "IN", ["INR"], "en", ["SAHYADRI RETAIL LIMITED", "SAHYADRI RETAIL LTD"], None),
    ("bharatfin", "Bharat Fincorp Ltd", "IN", "SG", ["INR", "USD"], "en", ["BHARAT FINCORP LIMITED", "BHARAT FINCORP LTD MUMBAI"], None),
    ("nalanda", "Nalanda EduTech Pvt Ltd", "IN", "IN", ["INR"], "hi-en", ["NALANDA EDUTECH PRIVATE LIMITED", "NALANDA EDUTECH PVT LT"], None),
    ("coromandel", "Coromandel Agro Chemicals Ltd", "IN", "IN", ["INR"], "en", ["COROMANDEL AGRO CHEMICALS LIMITED", "COROMANDEL AGRO CHEM"], None),
    ("deccan", "Deccan Logistics Pvt Ltd", "IN", "IN", ["INR"], "en", ["DECCAN LOGISTICS PRIVATE LIMITED", "DECCAN LOGISTICS PVT LTD"], None),
    ("kaveri", "Kaveri Health Systems Pvt Ltd", "IN", "IN", ["INR"], "en", ["KAVERI HEALTH SYSTEMS PVT LTD", "KAVERI HEALTH SYS PVT"], None),
    ("tirupur", "Tirupur Knitwear Exports Ltd", "IN", "IN", ["INR"], "hi-en", ["TIRUPUR KNITWEAR EXPORTS LTD", "TIRUPUR KNITWEAR EXP"], None),
    ("anantha", "Anantha Insurance Brokers Pvt Ltd", "IN", "IN", ["INR"], "en", ["ANANTHA INSURANCE BROKERS PVT LTD", "ANANTHA INS BROKERS"], None),
    ("malabar", "Malabar Spice Traders Pvt Ltd", "IN", "IN", ["INR"], "hi-en", ["MALABAR SPICE TRADERS PVT LTD"], None),
    ("godavari", "Godavari Power Transmission Ltd", "IN", "IN", ["INR"], "en", ["GODAVARI POWER TRANSMISSION LTD", "GODAVARI POWER TRANS"], None),
    ("shivalik", "Shivalik Pharma Ltd", "IN", "SG", ["INR", "USD"], "en", ["SHIVALIK PHARMA LIMITED", "SHIVALIK PHARMA LTD"], None),
    ("konkan", "Konkan Shipping Agencies Pvt Ltd", "IN", "IN", ["INR"], "en", ["KONKAN SHIPPING AGENCIES PVT LTD"], None),
    ("vindhya", "Vindhya Industries Ltd", "IN", "IN", ["INR"], "en", ["VINDHYA INDUSTRIES LIMITED", "VINDHYA INDUSTRIES LTD"], None),
    ("vindcem", "Vindhya Cements Ltd", "IN", "IN", ["INR"], "en", ["VINDHYA CEMENTS LIMITED"], "vindhya"),
    ("vindren", "Vindhya Renewables Pvt Ltd", "IN", "IN", ["INR"], "en", ["VINDHYA RENEWABLES PVT LTD"], "vindhya"),
    ("aravali", "Aravali Auto Components Ltd", "IN", "IN", ["INR"], "en", ["ARAVALI AUTO COMPONENTS LTD", "ARAVALI AUTO COMP"], None),
    ("narmada", "Narmada Urban Co-operative Bank Ltd", "IN", "IN", ["INR"], "en", ["NARMADA URBAN CO OP BANK LTD"], None),
    ("hooghly", "Hooghly Jute Mills Ltd", "IN", "IN", ["INR"], "hi-en", ["HOOGHLY JUTE MILLS LTD"], None),
    # United States
    ("copperline", "Copperline Health Inc", "US", "IN", ["USD"], "en", ["COPPERLINE HEALTH INC", "COPPERLINE HEALTH INC DBA COPPERL"], None),
    ("bluegate", "Bluegate Logistics LLC", "US", "SG", ["USD"], "en", ["BLUEGATE LOGISTICS LLC", "BLUEGATE LOGISTICS"], None),
    ("harborview", "Harborview Insurance Group Inc", "US", "IN", ["USD"], "en", ["HARBORVIEW INSURANCE GROUP INC", "HARBORVIEW INS GRP"], None),
    ("mesaverde", "Mesa Verde Foods Inc", "US", "IN", ["USD"], "en", ["MESA VERDE FOODS INC", "MESA VERDE FOODS INCORPORATED"], None),
    ("northfield", "Northfield Analytics Corp", "US", "SG", ["USD"], "en", ["NORTHFIELD ANALYTICS CORP", "NORTHFIELD ANALYTICS CORPORATION"], None),
    ("redwood", "Redwood Claims Services LLC", "US", "IN", ["USD"], "en", ["REDWOOD CLAIMS SERVICES LLC"], None),
    ("lakeshore", "Lakeshore Community Credit Union", "US", "IN", ["USD"], "en", ["LAKESHORE COMMUNITY CREDIT UNION", "LAKESHORE CMNTY CU"], None),
    ("tallgrass", "Tallgrass Energy Partners LP", "US", "SG", ["USD"], "en", ["TALLGRASS ENERGY PARTNERS LP"], None),
    ("quillon", "Quillon Media Inc", "US", "IN", ["USD"], "en", ["QUILLON MEDIA INC"], None),
    ("pinecrest", "Pinecrest Property Management LLC", "US", "IN", ["USD"], "en", ["PINECREST PROPERTY MANAGEMENT LLC", "PINECREST PROP MGMT"], None),
    ("sandhill", "Sandhill Robotics Inc", "US", "SG", ["USD"], "en", ["SANDHILL ROBOTICS INC"], None),
    ("brightwater", "Brightwater Dental Group PLLC", "US", "IN", ["USD"], "en", ["BRIGHTWATER DENTAL GROUP PLLC", "BRIGHTWATER DENTAL"], None),
    ("calloway", "Calloway Holdings Inc", "US", "IN", ["USD"], "en", ["CALLOWAY HOLDINGS INC", "CALLOWAY HOLDINGS INC TREASURY"], None),
    ("callfreight", "Calloway Freight LLC", "US", "IN", ["USD"], "en", ["CALLOWAY FREIGHT LLC"], "calloway"),
    ("callmarine", "Calloway Marine Services Inc", "US", "IN", ["USD"], "en", ["CALLOWAY MARINE SERVICES INC"], "calloway"),
    ("ironbridge", "Ironbridge Capital Advisors LLC", "US", "SG", ["USD"], "en", ["IRONBRIDGE CAPITAL ADVISORS LLC"], None),
    ("ozark", "Ozark Valley Telecom Inc", "US", "IN", ["USD"], "en", ["OZARK VALLEY TELECOM INC", "OZARK VALLEY TEL"], None),
    ("juniper", "Juniper Ridge Pharmacy Inc", "US", "IN", ["USD"], "en", ["JUNIPER RIDGE PHARMACY INC"], None),
    # United Kingdom
    ("thamesbridge", "Thamesbridge Mutual plc", "GB", "IN", ["GBP"], "en", ["THAMESBRIDGE MUTUAL PLC", "THAMESBRIDGE MUTUAL"], None),
    ("pennine", "Pennine Water Services Ltd", "GB", "IN", ["GBP"], "en", ["PENNINE WATER SERVICES LTD", "PENNINE WATER SVCS"], None),
    ("ashcombe", "Ashcombe Retail Ltd", "GB", "SG", ["GBP", "USD"], "en", ["ASHCOMBE RETAIL LIMITED", "ASHCOMBE RETAIL LTD"], None),
    ("castlegate", "Castlegate Legal LLP", "GB", "IN", ["GBP"], "en", ["CASTLEGATE LEGAL LLP"], None),
    ("harrowfield", "Harrowfield Schools Trust", "GB", "IN", ["GBP"], "en", ["HARROWFIELD SCHOOLS TRUST", "HARROWFIELD SCH TRUST"], None),
    ("medway", "Medway Freight Forwarding Ltd", "GB", "SG", ["GBP"], "en", ["MEDWAY FREIGHT FORWARDING LTD", "MEDWAY FREIGHT FWD"], None),
    ("whitcombe", "Whitcombe Group plc", "GB", "IN", ["GBP"], "en", ["WHITCOMBE GROUP PLC", "WHITCOMBE GROUP PLC - GROUP TREASURY"], None),
    ("whithomes", "Whitcombe Homes Ltd", "GB", "IN", ["GBP"], "en", ["WHITCOMBE HOMES LTD"], "whitcombe"),
    ("whitleisure", "Whitcombe Leisure Ltd", "GB", "IN", ["GBP"], "en", ["WHITCOMBE LEISURE LTD"], "whitcombe"),
    ("severnside", "Severnside Energy Ltd", "GB", "IN", ["GBP"], "en", ["SEVERNSIDE ENERGY LTD"], None),
    ("bramley", "Bramley & Finch Insurance Brokers Ltd", "GB", "SG", ["GBP"], "en", ["BRAMLEY AND FINCH INSURANCE BROKERS", "BRAMLEY & FINCH INS BRKRS"], None),
    ("kestrel", "Kestrel Aviation Services Ltd", "GB", "IN", ["GBP", "USD"], "en", ["KESTREL AVIATION SERVICES LTD"], None),
    # European Union
    ("rheinwerk", "Rheinwerk Maschinenbau GmbH", "DE", "SG", ["EUR"], "de", ["RHEINWERK MASCHINENBAU GMBH", "Rheinwerk Maschinenbau GmbH"], None),
    ("nordlicht", "Nordlicht Versicherung AG", "DE", "IN", ["EUR"], "de", ["NORDLICHT VERSICHERUNG AG"], None),
    ("alpenblick", "Alpenblick Reisen GmbH", "DE", "SG", ["EUR"], "de", ["ALPENBLICK REISEN GMBH"], None),
    ("dreilaender", "Dreiländer Holding AG", "DE", "SG", ["EUR"], "de", ["DREILAENDER HOLDING AG", "Dreilaender Holding AG Konzernfinanzen"], None),
    ("dreilog", "Dreiländer Logistik GmbH", "DE", "SG", ["EUR"], "de", ["DREILAENDER LOGISTIK GMBH"], "dreilaender"),
    ("dreiserv", "Dreiländer Services SARL", "LU", "SG", ["EUR"], "fr", ["DREILAENDER SERVICES SARL"], "dreilaender"),
    ("lumiere", "Société Lumière Assurances SA", "FR", "IN", ["EUR"], "fr", ["STE LUMIERE ASSURANCES SA", "SOCIETE LUMIERE ASSURANCES"], None),
    ("valmont", "Groupe Valmont SAS", "FR", "SG", ["EUR"], "fr", ["GROUPE VALMONT SAS"], None),
    ("garonne", "Atelier Garonne SAS", "FR", "IN", ["EUR"], "fr", ["ATELIER GARONNE SAS"], None),
    ("vandermeulen", "Van der Meulen Logistiek B.V.", "NL", "SG", ["EUR"], "nl", ["VAN DER MEULEN LOGISTIEK BV", "V.D. MEULEN LOGISTIEK B.V."], None),
    ("zeeland", "Zeeland Havendiensten B.V.", "NL", "IN", ["EUR"], "nl", ["ZEELAND HAVENDIENSTEN B.V."], None),
    ("iberica", "Ibérica Seguros Generales S.A.", "ES", "SG", ["EUR"], "es", ["IBERICA SEGUROS GENERALES SA"], None),
    ("azahar", "Hostelería Costa Azahar S.L.", "ES", "IN", ["EUR"], "es", ["HOSTELERIA COSTA AZAHAR SL"], None),
    ("liffey", "Liffey Payments Ltd", "IE", "SG", ["EUR"], "en", ["LIFFEY PAYMENTS LIMITED"], None),
    ("brabant", "Brabant Medical Devices NV", "BE", "IN", ["EUR"], "nl", ["BRABANT MEDICAL DEVICES NV"], None),
    # United Arab Emirates
    ("alnoor", "Al Noor General Trading LLC", "AE", "IN", ["AED", "USD"], "ar", ["AL NOOR GENERAL TRADING LLC", "AL NOOR GEN TRDG LLC"], None),
    ("gulfcrest", "Gulf Crest Properties PJSC", "AE", "IN", ["AED"], "en", ["GULF CREST PROPERTIES PJSC"], None),
    ("emcargo", "Emirates Cargo Solutions FZE", "AE", "SG", ["AED", "USD"], "en", ["EMIRATES CARGO SOLUTIONS FZE", "EMIRATES CARGO SOL FZE"], None),
    ("falconridge", "Falcon Ridge Healthcare LLC", "AE", "IN", ["AED"], "ar", ["FALCON RIDGE HEALTHCARE L.L.C"], None),
    ("alsafwa", "Al Safwa Group Holding LLC", "AE", "IN", ["AED"], "ar", ["AL SAFWA GROUP HOLDING LLC"], None),
    ("safwahosp", "Al Safwa Hospitality LLC", "AE", "IN", ["AED"], "ar", ["AL SAFWA HOSPITALITY LLC"], "alsafwa"),
    ("safwafm", "Al Safwa Facilities Management LLC", "AE", "IN", ["AED"], "en", ["AL SAFWA FACILITIES MANAGEMENT"], "alsafwa"),
    ("duneline", "Dune Line Logistics FZCO", "AE", "SG", ["USD"], "en", ["DUNE LINE LOGISTICS FZCO"], None),
    # Australia
    ("wattle", "Wattle Street Insurance Pty Ltd", "AU", "SG", ["USD", "SGD"], "en", ["WATTLE STREET INSURANCE PTY LTD", "WATTLE ST INSURANCE"], None),
    ("coralcoast", "Coral Coast Energy Pty Ltd", "AU", "SG", ["USD"], "en", ["CORAL COAST ENERGY PTY LTD"], None),
    ("bellbird", "Bellbird Health Pty Ltd", "AU", "SG", ["USD"], "en", ["BELLBIRD HEALTH PTY LTD", "BELLBIRD HEALTH PTY LIMITED"], None),
    ("southerncross", "Southern Cross Freight Pty Ltd", "AU", "SG", ["SGD", "USD"], "en", ["SOUTHERN CROSS FREIGHT PTY LTD"], None),
    ("tasman", "Tasman Ledger Accounting Pty Ltd", "AU", "SG", ["USD"], "en", ["TASMAN LEDGER ACCOUNTING PTY LTD"], None),
    # Singapore
    ("merlion", "Merlion Freight Pte Ltd", "SG", "SG", ["SGD"], "en", ["MERLION FREIGHT PTE LTD", "MERLION FREIGHT PTE. LTD."], None),
    ("tanjong", "Tanjong Pagar Capital Pte Ltd", "SG", "SG", ["SGD", "USD"], "en", ["TANJONG PAGAR CAPITAL PTE LTD"], None),
    ("bukittimah", "Bukit Timah Medical Group Pte Ltd", "SG", "SG", ["SGD"], "en", ["BUKIT TIMAH MEDICAL GROUP PTE LTD", "BT MEDICAL GROUP PTE LTD"], None),
    ("orchardlane", "Orchard Lane Retail Pte Ltd", "SG", "SG", ["SGD"], "en", ["ORCHARD LANE RETAIL PTE LTD"], None),
    ("jurong", "Jurong Precision Engineering Pte Ltd", "SG", "SG", ["SGD"], "en", ["JURONG PRECISION ENGINEERING PTE L", "JURONG PRECISION ENGRG"], None),
    ("straits", "Straits Harbour Insurance Pte Ltd", "SG", "SG", ["SGD", "USD"], "en", ["STRAITS HARBOUR INSURANCE PTE LTD"], None),
    ("kallang", "Kallang Digital Bank Ltd", "SG", "SG", ["SGD"], "en", ["KALLANG DIGITAL BANK LTD"], None),
]
CUST = {}
_cids = R.sample(range(1000, 9999), len(C))
for (k, name, ctry, ent, curs, lang, aliases, parent), cid in zip(C, _cids):
    CUST[k] = dict(key=k, name=name, country=ctry, entity=ent, curs=curs, lang=lang,
                   aliases=aliases, parent=parent, id="c-%04d" % cid)
KEYS = [c[0] for c in C]
TERMS = {"IN": 30, "US": 45, "GB": 30, "DE": 30, "LU": 45, "FR": 60, "NL": 30, "ES": 60,
         "IE": 30, "BE": 45, "AE": 60, "AU": 30, "SG": 30}


def by_cur(cur):
    return [k for k in KEYS if cur in CUST[k]["curs"]]


# --------------------------------------------------------------------------
# invoices
# --------------------------------------------------------------------------
INVOICES = []
EXCLUSIVE = set()  # (cust, cur) pairs that get no filler invoices


def series_of(cust, cur):
    if cur == "INR":
        return "IN"
    if cur == "SGD":
        return "SG"
    return CUST[cust]["entity"]


RATES = {"USD": [28, 32, 35, 38.5, 42, 45, 55, 65], "GBP": [24, 28, 32, 38, 45],
         "EUR": [26, 31, 36, 42, 49], "SGD": [45, 55, 68, 80], "AED": [110, 135, 160, 190]}
RANGE = {"USD": (1200, 85000), "GBP": (900, 55000), "EUR": (1000, 65000),
         "SGD": (1500, 90000), "AED": (4000, 260000)}


def gen_total(cur, cust):
    """Return (total, taxable)."""
    if cur == "INR":
        if R.random() < 0.45:
            taxable = Decimal(R.randrange(40, 2200) * 1000)
        else:
            taxable = Decimal(R.randrange(40000, 2200000))
        return q2(taxable * Decimal("1.18")), taxable
    kind = R.random()
    lo, hi = RANGE[cur]
    if kind < 0.5:
        rate = Decimal(str(R.choice(RATES[cur])))
        hours = Decimal(R.randrange(2 * 40, 2 * 1400)) / 2
        taxable = q2(rate * hours)
        if taxable < lo:
            taxable += lo
    elif kind < 0.8:
        taxable = Decimal(R.randrange(lo // 50, hi // 50) * 50)
    else:
        taxable = q2(Decimal(R.randrange(lo * 100, hi * 100)) / 100)
    if cur == "SGD" and CUST[cust]["country"] == "SG":
        return q2(taxable * Decimal("1.09")), taxable
    return q2(taxable), taxable


def new_inv(cust, cur, total=None, balance=None, issue=None, pay_date=None, taxable=None):
    assert cur in CUST[cust]["curs"], (cust, cur)
    if total is None:
        total, taxable = gen_total(cur, cust)
    total = q2(total)
    if taxable is None:
        taxable = total
    if issue is None:
        ref = pay_date or date(2026, 3, 31)
        issue = ref - timedelta(days=R.randrange(12, 150))
    due = issue + timedelta(days=TERMS[CUST[cust]["country"]])
    inv = dict(cust=cust, cur=cur, total=total, balance=q2(balance if balance is not None else total),
               issue=issue, due=due, series=series_of(cust, cur), taxable=q2(taxable),
               number=None, id=None, n=len(INVOICES))
    INVOICES.append(inv)
    return inv


# --------------------------------------------------------------------------
# people, banks, small text helpers
# --------------------------------------------------------------------------
PEOPLE = {
    "IN": ["Priya Raghavan", "Sanjay Kulkarni", "Meenakshi Iyer", "Rohit Agarwal", "Kavitha N.", "Abdul Rahman Shaikh", "Deepa Menon", "Vikram Sethi"],
    "US": ["Megan O'Rourke", "Tyler Brooks", "Danielle Kim", "Carlos Mendez", "Rachel Feldman", "Jordan Ellis"],
    "GB": ["Fiona McAllister", "Gareth Hughes", "Priti Patel-Smith", "Oliver Stanton", "Hannah Cole"],
    "DE": ["Jürgen Albrecht", "Sabine Köhler", "Matthias Brandt", "Anja Weiß"],
    "LU": ["Claire Weber", "Marc Schmit"],
    "FR": ["Camille Dubois", "Thierry Marchand", "Élodie Faure", "Nicolas Girard"],
    "NL": ["Sanne de Vries", "Joost Bakker", "Marieke van Dijk"],
    "BE": ["Pieter Claes", "Lies Janssens"],
    "ES": ["Lucía Martín", "Javier Romero", "Nuria Puig"],
    "IE": ["Siobhán Byrne", "Ciarán Doyle"],
    "AE": ["Fatima Al Hashimi", "Rashid Khan", "Joseph Mathew", "Mariam Al Suwaidi"],
    "AU": ["Liam O'Connor", "Chloe Nguyen", "Bradley Hicks"],
    "SG": ["Tan Wei Ling", "Muhammad Faizal", "Rachel Goh", "Lim Boon Keng"],
}
TITLES = {
    "en": ["Accounts Payable", "AP Team", "Finance Operations", "Accounts Payable Specialist", "Treasury Operations", "Finance & Accounts"],
    "hi-en": ["Accounts Dept.", "Accounts Team", "Finance & Accounts"],
    "de": ["Kreditorenbuchhaltung", "Finanzbuchhaltung", "Rechnungswesen / Kreditoren"],
    "fr": ["Comptabilité fournisseurs", "Service comptabilité", "Trésorerie"],
    "nl": ["Crediteurenadministratie", "Financiële administratie"],
    "es": ["Cuentas a pagar", "Departamento de Administración", "Tesorería"],
    "ar": ["Accounts Payable | الحسابات الدائنة", "Finance Department | الإدارة المالية"],
}
BANKS = {
    "US": [("JPMORGAN CHASE BANK NA", "CHASUS33"), ("CITIBANK NA", "CITIUS33"), ("WELLS FARGO BANK NA", "WFBIUS6S"), ("BANK OF AMERICA NA", "BOFAUS3N")],
    "GB": [("BARCLAYS BANK PLC", "BARCGB22"), ("HSBC UK BANK PLC", "HBUKGB4B"), ("LLOYDS BANK PLC", "LOYDGB2L"), ("NATWEST", "NWBKGB2L")],
    "DE": [("DEUTSCHE BANK AG", "DEUTDEFF"), ("COMMERZBANK AG", "COBADEFF")],
    "LU": [("BGL BNP PARIBAS", "BGLLLULL")],
    "FR": [("BNP PARIBAS", "BNPAFRPP"), ("SOCIETE GENERALE", "SOGEFRPP")],
    "NL": [("ING BANK NV", "INGBNL2A"), ("ABN AMRO BANK NV", "ABNANL2A")],
    "BE": [("KBC BANK NV", "KREDBEBB")],
    "ES": [("BANCO SANTANDER SA", "BSCHESMM"), ("CAIXABANK SA", "CAIXESBB")],
    "IE": [("BANK OF IRELAND", "BOFIIE2D"), ("AIB BANK", "AIBKIE2D")],
    "AE": [("EMIRATES NBD BANK PJSC", "EBILAEAD"), ("FIRST ABU DHABI BANK", "NBADAEAA"), ("MASHREQBANK PSC", "BOMLAEAD")],
    "AU": [("COMMONWEALTH BANK OF AUSTRALIA", "CTBAAU2S"), ("WESTPAC BANKING CORP", "WPACAU2S"), ("ANZ BANKING GROUP", "ANZBAU3M")],
    "SG": [("DBS BANK LTD", "DBSSSGSG"), ("OCBC BANK", "OCBCSGSG"), ("UOB", "UOVBSGSG")],
    "IN": [("HDFC BANK LTD", "HDFCINBB"), ("ICICI BANK LTD", "ICICINBB"), ("STATE BANK OF INDIA", "SBININBB"), ("AXIS BANK LTD", "AXISINBB")],
}
INTERMEDIARY = {"USD": ["CITIUS33", "CHASUS33", "BKTRUS33", "IRVTUS3N"], "GBP": ["BARCGB22", "HBUKGB4B"],
                "EUR": ["DEUTDEFF", "COBADEFF", "BNPAFRPP"], "AED": ["EBILAEAD"], "SGD": ["DBSSSGSG"], "INR": []}
BENEF = {"IN": ("KOVALAM DIGITAL SERVICES PVT LTD", "HDFCINBBXXX", "/50200041187736"),
         "SG": ("KOVALAM DIGITAL PTE. LTD.", "DBSSSGSGXXX", "/0720384551")}


def person(cust):
    return R.choice(PEOPLE[CUST[cust]["country"]])


def title(lang):
    return R.choice(TITLES.get(lang, TITLES["en"]))


def bankref(prefix=""):
    return prefix + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.choice([10, 12, 14, 16])))


def digits(n):
    return "".join(ch for ch in n if ch.isdigit())


def inv_tail(inv):
    return inv["number"][-4:]


def num_variant(inv, wild=0.5):
    """How a customer writes one of our invoice numbers (always unambiguous for that customer)."""
    n = inv["number"]
    t = inv_tail(inv)
    if R.random() > wild:
        return n
    if inv["series"] == "IN":
        fy = n.split("/")[1]
        return R.choice([n, n.replace("/", "-"), "KDS/%s/%s" % (fy.replace("-", ""), t), "KDS %s %s" % (fy, t),
                         n.lower(), "KDS%s%s" % (fy.replace("-", ""), t), "KDS/%s/%s" % (fy, t.lstrip("0"))])
    return R.choice([n, n.replace("-", ""), "SG INV %s" % t, "SG-INV %s" % t, "SGINV-%s" % t, n.lower(), "SG-INV-%s" % t.lstrip("0")])


def swift_num(inv):
    n = inv["number"]
    if inv["series"] == "IN":
        return R.choice([n, n.replace("/", " "), "KDS" + n.split("/")[1].replace("-", "") + "/" + inv_tail(inv)])
    return R.choice([n, n.replace("-", ""), "SG-INV-" + inv_tail(inv)])


def chunk35(s, maxlines=4):
    lines = [s[i:i + 35] for i in range(0, len(s), 35)]
    return lines[:maxlines]


def sw_clean(s):
    # SWIFT X character set: upper-case, no accents or symbols like & # ;
    rep = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "É": "E", "È": "E", "Á": "A", "Í": "I", "Ó": "O", "Ú": "U",
           "Ç": "C", "&": "AND", "#": "NO", ";": ",", "_": "-", "@": " AT ", "Ñ": "N", "À": "A", "Â": "A", "Ê": "E", "Ô": "O"}
    s = s.upper()
    for a, b in rep.items():
        s = s.replace(a, b)
    return "".join(ch for ch in s if ch.isalnum() or ch in " /-?:().,'+")


def typo(s, p=0.12):
    if R.random() > p or len(s) < 12:
        return s
    i = R.randrange(3, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def mt103(pay, lines70, charges="SHA", instructed=None, sender_chg=None, recv_chg=None):
    cust = CUST[pay["cust"]] if pay.get("cust") else None
    ctry = pay.get("ctry") or (cust["country"] if cust else "US")
    bname, bic = R.choice(BANKS.get(ctry, BANKS["US"]))
    ent = pay.get("entity", "IN")
    bn, bbic, bacc = BENEF[ent]
    cur = pay["cur"]
    d = pay["date"]
    ordering = pay["payer"][:35]
    addr = {"US": "NEW YORK NY US", "GB": "LONDON GB", "DE": "FRANKFURT DE", "FR": "PARIS FR", "NL": "ROTTERDAM NL",
            "ES": "MADRID ES", "AE": "DUBAI AE", "AU": "SYDNEY NSW AU", "SG": "SINGAPORE SG", "IN": "MUMBAI IN",
            "IE": "DUBLIN IE", "BE": "ANTWERPEN BE", "LU": "LUXEMBOURG LU"}.get(ctry, "")
    out = ["{1:F01%s0000%06d}{2:O103%s%sXXXX}{3:{121:%s}}{4:" % (bbic, R.randrange(10 ** 5, 10 ** 6),
           R.choice(["1052", "1317", "0931", "1544"]), bic + "XXX", "%08x-%04x-4%03x-a%03x-%012x" % (
               R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.getrandbits(12), R.getrandbits(48))),
           ":20:" + bankref()[:16], ":23B:CRED",
           ":32A:%s%s%s" % (d.strftime("%y%m%d"), cur, f_sw(pay["amount"] if sender_chg is None or charges != "BEN" else pay["amount"]))]
    if instructed is not None:
        out.append(":33B:%s%s" % (cur, f_sw(instructed)))
    out += [":50K:/%d" % R.randrange(10 ** 9, 10 ** 11), ordering, addr,
            ":52A:" + bic, ":57A:" + bbic[:8], ":59:" + bacc, bn, "BENGALURU IN" if ent == "IN" else "SINGAPORE SG",
            ":70:" + (lines70[0] if lines70 else "")]
    out += lines70[1:]
    out.append(":71A:" + charges)
    if sender_chg:
        for c in sender_chg:
            out.append(":71F:%s%s" % (cur, f_sw(c)))
    if recv_chg:
        out.append(":71G:%s%s" % (cur, f_sw(recv_chg)))
    out.append("-}")
    return "\n".join(out)


def join70(lines, how=None):
    how = how or R.choice(["\n", " ", " ", "", "\n"])
    return how.join(lines)


# --------------------------------------------------------------------------
# remittance advice writer
# --------------------------------------------------------------------------
HDR = {
    "en": dict(title=["REMITTANCE ADVICE", "Remittance Advice", "PAYMENT ADVICE", "Payment Notification"], pdate="Payment date",
               pamt="Payment amount", inv="Document", iamt="Gross", ded="Deduction", paid="Paid", total="Total",
               vendor="Supplier", hello=["Hello,", "Dear Sir/Madam,", "Hi team,", "Good afternoon,", "Dear Kovalam Accounts Receivable,"],
               intro=["Please find below the details of a payment released to you on {d}.",
                      "We have initiated a payment of {cur} {amt} on {d}. Remittance details below.",
                      "This is to advise that the following invoices were included in our payment run of {d}.",
                      "Payment has been made today. Details:"],
               bye=["Regards,", "Kind regards,", "Thanks,", "Best regards,", "Thank you,"]),
    "hi-en": dict(title=["PAYMENT ADVICE", "Payment Details"], pdate="Payment Dt", pamt="Amount", inv="Bill No.",
                  iamt="Bill Amt", ded="TDS/Ded.", paid="Paid Amt", total="Total", vendor="Party",
                  hello=["Dear Sir,", "Namaste Sir/Madam,", "Respected Sir,"],
                  intro=["Sir, payment of Rs {amt} has been done on {d}, kindly check and confirm.",
                         "Please note payment is released today ({d}), details as below. Kindly acknowledge.",
                         "Aapka payment {d} ko release ho gaya hai. Details niche diye hain."],
                  bye=["Thanks & Regards,", "Regards,", "Thanking you,"]),
    "de": dict(title=["ZAHLUNGSAVIS", "Zahlungsavis", "Avis über Zahlungsausgang"], pdate="Zahlungsdatum", pamt="Zahlbetrag",
               inv="Beleg", iamt="Bruttobetrag", ded="Abzug", paid="Zahlbetrag", total="Summe", vendor="Lieferant",
               hello=["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo zusammen,"],
               intro=["hiermit avisieren wir Ihnen eine Zahlung vom {d} über {amt} {cur}.",
                      "mit Valuta {d} haben wir folgende Posten ausgeglichen:",
                      "anbei die Einzelheiten zu unserer Überweisung vom {d}."],
               bye=["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"]),
    "fr": dict(title=["AVIS DE PAIEMENT", "Avis de virement", "Avis de règlement"], pdate="Date de règlement", pamt="Montant",
               inv="Pièce", iamt="Montant TTC", ded="Retenue", paid="Réglé", total="Total", vendor="Fournisseur",
               hello=["Bonjour,", "Madame, Monsieur,", "Bonjour à tous,"],
               intro=["Nous vous informons du virement de {amt} {cur} émis le {d}.",
                      "Veuillez trouver ci-dessous le détail de notre règlement du {d}.",
                      "Le virement suivant a été exécuté ce jour ({d}) :"],
               bye=["Cordialement,", "Bien cordialement,", "Salutations distinguées,"]),
    "nl": dict(title=["BETALINGSADVIES", "Betaalspecificatie"], pdate="Betaaldatum", pamt="Bedrag", inv="Factuur",
               iamt="Factuurbedrag", ded="Inhouding", paid="Betaald", total="Totaal", vendor="Leverancier",
               hello=["Geachte heer/mevrouw,", "Beste,", "Goedemiddag,"],
               intro=["Hierbij de specificatie van onze betaling van {d}.",
                      "Wij hebben op {d} een bedrag van {cur} {amt} aan u overgemaakt.",
                      "Onderstaande posten zijn op {d} betaald:"],
               bye=["Met vriendelijke groet,", "Vriendelijke groeten,", "Groet,"]),
    "es": dict(title=["AVISO DE PAGO", "Aviso de transferencia"], pdate="Fecha de pago", pamt="Importe", inv="Factura",
               iamt="Importe factura", ded="Deducción", paid="Pagado", total="Total", vendor="Proveedor",
               hello=["Estimados señores:", "Buenos días:", "Hola,"],
               intro=["Les comunicamos que con fecha {d} hemos ordenado una transferencia por {amt} {cur}.",
                      "Adjuntamos el detalle del pago realizado el {d}:",
                      "Les informamos del siguiente pago:"],
               bye=["Atentamente,", "Un saludo,", "Saludos cordiales,"]),
    "ar": dict(title=["REMITTANCE ADVICE / إشعار تحويل", "PAYMENT ADVICE - إشعار دفع"], pdate="Value date / تاريخ القيمة",
               pamt="Amount / المبلغ", inv="Invoice / الفاتورة", iamt="Inv. amount", ded="Deduction / خصم", paid="Paid / المدفوع",
               total="Total / الإجمالي", vendor="Supplier / المورد",
               hello=["Dear Sir/Madam, / السادة المحترمون،", "Dear Kovalam team,", "تحية طيبة وبعد،"],
               intro=["Please be informed that we have transferred {cur} {amt} on {d}.\nنود إعلامكم بأنه تم تحويل المبلغ المذكور أدناه.",
                      "Kindly find below the payment details (value date {d}).",
                      "نفيدكم بأنه تم سداد الفواتير التالية بتاريخ {d}:"],
               bye=["Best regards,", "Regards, / مع التحية،", "Thanks & regards,"]),
}


def fdate(lang, d, ctry="US"):
    if lang in ("de",):
        return d.strftime("%d.%m.%Y")
    if lang in ("fr", "es", "nl"):
        return d.strftime("%d/%m/%Y") if lang != "nl" else d.strftime("%d-%m-%Y")
    if ctry == "US":
        return R.choice([d.strftime("%m/%d/%Y"), d.strftime("%b %d, %Y").replace(" 0", " ")])
    return R.choice([d.strftime("%d/%m/%Y"), d.strftime("%d %b %Y"), d.strftime("%d-%b-%y").upper(), d.isoformat()])


def advice(pay, rows, extras=(), lang=None, style=None, head=True):
    """rows: list of dicts ref, gross, ded, paid (Decimals or None), note."""
    cust = CUST[pay["cust"]] if pay.get("cust") else None
    lang = lang or pay["lang"]
    h = HDR[lang]
    cur = pay["cur"]
    ctry = pay.get("ctry") or (cust["country"] if cust else "US")
    d = fdate(lang, pay["date"], ctry)
    amt = money(lang, pay["amount"], cur)
    style = style or R.choice(["table", "table", "prose", "list", "csv"])
    payer_disp = pay.get("payer_disp") or (cust["name"] if cust else pay["payer"])
    out = []
    if head and R.random() < 0.55:
        out.append(R.choice(h["title"]))
        out.append("%s: %s" % (h["vendor"], R.choice(["Kovalam Digital Services Pvt Ltd", "KOVALAM DIGITAL SERVICES PVT. LTD.", "Kovalam Digital"]
                                                    if pay.get("entity", "IN") == "IN" else ["Kovalam Digital Pte. Ltd.", "KOVALAM DIGITAL PTE LTD"])))
        if R.random() < 0.6:
            out.append("%s: %s" % (h["pdate"], d))
            out.append("%s: %s %s" % (h["pamt"], cur, amt))
        out.append("")
    out.append(R.choice(h["hello"]))
    out.append("")
    out.append(R.choice(h["intro"]).format(d=d, amt=amt, cur=cur))
    out.append("")
    showded = any(r.get("ded") for r in rows)
    if style == "table":
        w = max(14, max(len(r["ref"]) for r in rows) + 2)
        line = "%-*s %14s" % (w, h["inv"], h["iamt"])
        if showded:
            line += " %12s" % h["ded"]
        line += " %14s" % h["paid"]
        out.append(line)
        hl = len(line)
        out.append("-" * hl)
        for r in rows:
            line = "%-*s %14s" % (w, r["ref"], money(lang, r["gross"], cur) if r.get("gross") is not None else "")
            if showded:
                line += " %12s" % (money(lang, r["ded"], cur) if r.get("ded") else "")
            line += " %14s" % money(lang, r["paid"], cur)
            if r.get("note"):
                line += "  " + r["note"]
            out.append(line)
        out.append("-" * hl)
        out.append("%-*s %s %s" % (w, h["total"], cur, money(lang, sum(r["paid"] for r in rows), cur)))
    elif style == "csv":
        out.append(";".join([h["inv"], h["iamt"]] + ([h["ded"]] if showded else []) + [h["paid"], cur]))
        for r in rows:
            out.append(";".join([r["ref"], money(lang, r["gross"], cur) if r.get("gross") is not None else ""] +
                                ([money(lang, r["ded"], cur) if r.get("ded") else "0"] if showded else []) +
                                [money(lang, r["paid"], cur), r.get("note") or ""]).rstrip(";"))
    elif style == "list":
        for r in rows:
            s = "- %s: %s %s" % (r["ref"], cur, money(lang, r["paid"], cur))
            if r.get("ded"):
                s += " (%s %s %s)" % (h["iamt"], money(lang, r["gross"], cur), "- " + money(lang, r["ded"], cur))
            if r.get("note"):
                s += " " + r["note"]
            out.append(s)
        if len(rows) > 1:
            out.append("%s: %s %s" % (h["total"], cur, money(lang, sum(r["paid"] for r in rows), cur)))
    else:  # prose
        for r in rows:
            if lang == "de":
                s = "Rechnung %s über %s %s" % (r["ref"], money(lang, r["paid"], cur), cur)
            elif lang == "fr":
                s = "Facture %s : %s %s" % (r["ref"], money(lang, r["paid"], cur), cur)
            elif lang == "nl":
                s = "Factuur %s: %s %s" % (r["ref"], cur, money(lang, r["paid"], cur))
            elif lang == "es":
                s = "Factura %s por %s %s" % (r["ref"], money(lang, r["paid"], cur), cur)
            else:
                s = "%s %s - %s %s" % (R.choice(["Invoice", "Inv", "Bill", "Invoice no."]), r["ref"], cur, money(lang, r["paid"], cur))
            if r.get("note"):
                s += " " + r["note"]
            out.append(s)
    for e in extras:
        out.append("")
        out.append(e)
    out.append("")
    out.append(R.choice(h["bye"]))
    if cust:
        out.append(person(cust["key"]))
    else:
        out.append(R.choice(["Accounts Payable", "Treasury"]))
    out.append(title(lang))
    out.append(payer_disp)
    if R.random() < 0.25:
        out.append(R.choice(["This is a system generated advice, please do not reply.",
                             "Please do not reply to this mailbox. For queries contact ap@%s.example" % pay["cust"],
                             "-- Sent from SAP S/4HANA Payment Run F110 --", "Generated by Coupa Pay",
                             "Confidential: intended only for the addressee."]))
    return "\n".join(out).strip() + "\n"


def row(inv, paid=None, ded=None, note=None, ref=None, gross=None):
    return dict(ref=ref or num_variant(inv), gross=inv["balance"] if gross is None else gross,
                ded=ded, paid=inv["balance"] if paid is None else paid, note=note)


# --------------------------------------------------------------------------
# bank-statement narratives by rail
# --------------------------------------------------------------------------
def rail_of(pay):
    cur = pay["cur"]
    cust = CUST[pay["cust"]] if pay.get("cust") else None
    ctry = pay.get("ctry") or (cust["country"] if cust else "US")
    if cur == "INR":
        return "neft"
    if cur == "SGD" and ctry == "SG":
        return R.choice(["fast", "giro"])
    if cur == "EUR" and pay.get("entity") == "SG" and R.random() < 0.5:
        return "sepa"
    if cur == "GBP" and pay.get("entity") == "SG" and R.random() < 0.5:
        return "fps"
    return "swift"


def narrative(pay, content, rail=None, how=None):
    """Turn free content into what the bank statement shows.  Returns (reference, lines70 or None)."""
    rail = rail or pay.get("rail") or rail_of(pay)
    pay["rail"] = rail
    payer = pay["payer"]
    lim = {"swift": 140, "sepa": 140, "fps": 18, "fast": 35, "giro": 35, "neft": 30}[rail]
    pay["ref_cut"] = len(sw_clean(content) if rail in ("swift", "fps", "neft") else content) > lim
    if rail == "swift":
        lines = chunk35(sw_clean(content))
        pay["lines70"] = lines
        return join70(lines, how), lines
    if rail == "neft":
        kind = R.choice(["NEFT", "RTGS", "NEFT", "IMPS"])
        utr = {"NEFT": "N", "RTGS": "R", "IMPS": ""}[kind]
        utrno = "%s%s%s%s" % (R.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]), utr, pay["date"].strftime("%y%j"),
                              R.randrange(10 ** 7, 10 ** 8)) if kind != "IMPS" else str(R.randrange(10 ** 11, 10 ** 12))
        c = sw_clean(content)
        return R.choice(["%s CR-%s-%s-%s" % (kind, utrno, payer[:24], c[:30]),
                         "%s/%s/%s/%s" % (kind, utrno, payer[:20], c[:30]),
                         "BY %s %s %s %s" % (kind, payer[:30], utrno, c[:30])]), None
    if rail == "sepa":
        return R.choice(["SEPA-GUTSCHRIFT EREF+%s MREF+ SVWZ+%s ABWA+%s" % (bankref()[:12], content[:140], payer[:70]),
                         "SEPA CT FROM %s REMINF: %s" % (payer, content[:140]),
                         "/EREF/%s/REMI/USTD//%s" % (bankref()[:12], content[:140])]), None
    if rail == "fps":
        return "FP %s REF %s" % (payer[:18], sw_clean(content)[:18]), None
    if rail == "fast":
        return "FAST PAYMENT %s OTHR %s" % (payer[:35], content[:35]), None
    if rail == "giro":
        return "GIRO - %s %s" % (payer[:30], content[:35]), None
    raise ValueError(rail)


# --------------------------------------------------------------------------
# payments and their planned labels
# --------------------------------------------------------------------------
PAYS = []
D0, D1 = date(2026, 1, 5), date(2026, 3, 31)


def pdate(lo=D0, hi=D1):
    while True:
        d = lo + timedelta(days=R.randrange((hi - lo).days + 1))
        if d.weekday() < 5:
            return d


def plan(status, apps=(), unapplied=ZERO, short=None, cands=()):
    return dict(status=status, apps=[(i, q2(a)) for i, a in apps], unapplied=q2(unapplied),
                short=short, cands=[list(c) for c in cands])


def mkpay(cust, cur, d, amount, key, pl, render, known=None, payer=None, ctry=None, entity=None):
    c = CUST[cust] if cust else None
    if known is None:
        known = R.random() < 0.55
    p = dict(cust=cust, cur=cur, date=d, amount=q2(amount), key=key, plan=pl, render=render,
             cid=c["id"] if (c and known) else None,
             payer=payer or (R.choice(c["aliases"]) if c else "UNKNOWN REMITTER"),
             ctry=ctry or (c["country"] if c else None),
             entity=entity or (series_of(cust, cur) if c else "IN"),
             lang=c["lang"] if c else "en", checks=[], n=len(PAYS), bad=None)
    PAYS.append(p)
    return p


CUR_W = [("USD", 27), ("INR", 23), ("GBP", 14), ("EUR", 18), ("SGD", 9), ("AED", 10)]


def pick_cur(excl=()):
    items = [(c, w) for c, w in CUR_W if c not in excl]
    t = R.randrange(sum(w for _, w in items))
    for c, w in items:
        if t < w:
            return c
        t -= w


def pick_cust(cur, pool=None):
    ks = [k for k in (pool or by_cur(cur)) if (k, cur) not in EXCLUSIVE]
    return R.choice(ks)


def inv_before(cust, cur, d, **kw):
    return new_inv(cust, cur, issue=d - timedelta(days=R.randrange(10, 140)), **kw)


def sw_lang(p, remit, lang_if_remit):
    return lang_if_remit if remit else "en"


def po_number():
    return R.choice(["45%08d" % R.randrange(10 ** 7, 10 ** 8), "PO-%d-%05d" % (R.choice([2025, 2026]), R.randrange(10 ** 4, 10 ** 5)),
                     "%d" % R.randrange(6000000, 6999999), "CPO/%d/%04d" % (R.choice([25, 26]), R.randrange(1, 9999))])


def ensure_remit(p, remit, lang, rows):
    """If the bank narrative lost part of the text, the customer's advice carries it."""
    if remit is None and p.get("ref_cut"):
        lang = p["lang"]
        remit = advice(p, rows, lang=lang)
    return remit, lang


def own_tails(cust):
    return {inv_tail(i) for i in INVOICES if i["cust"] == cust and i["number"]}


def who(inv):
    return "%s (%s, %s %s)" % (inv["number"], CUST[inv["cust"]]["name"], inv["cur"], s2(inv["balance0"]))


def lead_phrase(p):
    return R.choice(["PAYMENT OF INVOICE", "INV", "INVOICE", "/INV/", "/RFB/", "PMT FOR INV", "IT SERVICES", "PAYMENT",
                     "SETTLEMENT OF", "PROFESSIONAL FEES", "SOFTWARE DEV SERVICES INV"])


# ---- A: one invoice, cited, exact balance ---------------------------------
def sc_clean(cur=None, d=None, cust=None, key="clean"):
    cur = cur or pick_cur()
    cust = cust or pick_cust(cur)
    d = d or pdate()
    inv = inv_before(cust, cur, d)
    prior = None
    if R.random() < 0.15:
        prior = q2(inv["total"] * Decimal(R.choice(["0.5", "0.4", "0.3", "0.25"])))
        inv["balance"] = inv["total"] - prior
    pl = plan("applied", [(inv, inv["balance"])])
    wild = R.random() < 0.5

    def render(p):
        ref = swift_num(inv) if not wild else num_variant(inv, 0.9)
        content = R.choice(["%s %s" % (lead_phrase(p), ref), "%s" % ref, "%s PO %s" % (ref, po_number()),
                            "INV %s SERVICES %s" % (ref, (p["date"] - timedelta(days=40)).strftime("%b%y").upper())])
        reference, lines = narrative(p, content)
        remit, lang = None, "en"
        r = R.random()
        if p["lang"] not in ("en",):
            r = 0.36 + r * 0.5
        if p["rail"] == "swift" and r < 0.35:
            remit = mt103(p, lines, charges=R.choice(["OUR", "OUR", "SHA"]), instructed=p["amount"])
        elif r < 0.75:
            lang = p["lang"]
            rw = row(inv, ref=num_variant(inv))
            if prior is not None:
                rw["gross"] = inv["total"]
                rw["ded"] = prior
                rw["note"] = {"de": "(abzgl. Anzahlung)", "fr": "(moins acompte versé)", "es": "(menos anticipo)",
                              "nl": "(minus eerdere deelbetaling)"}.get(lang, "(less part payment already made)")
            remit = advice(p, [rw], lang=lang)
        remit, lang = ensure_remit(p, remit, lang, [row(inv, ref=num_variant(inv))])
        why = "cites %s; amount equals its open balance%s" % (
            who(inv), " (already part-paid before the batch, so balance < total)" if prior is not None else "")
        return reference, remit, lang, why
    return mkpay(cust, cur, d, inv["balance"], key, pl, render)


# ---- H: invoice number cut by the 35-character line of field 70 -------------
def sc_split(cur=None):
    cur = cur or R.choice(["USD", "USD", "GBP", "EUR", "AED"])
    cust = R.choice([k for k in by_cur(cur) if series_of(k, cur) == "IN" or cur != "INR"])
    d = pdate()
    inv = inv_before(cust, cur, d)
    pl = plan("applied", [(inv, inv["balance"])])

    def render(p):
        p["rail"] = "swift"
        num = sw_clean(swift_num(inv))
        for _ in range(500):
            lead = R.choice(["PAYMENT AGAINST YOUR INVOICE NO", "REMITTANCE FOR CONSULTING SERVICES INV",
                             "PROFESSIONAL FEES DEC 2025 INVOICE", "/RFB/IT OUTSOURCING Q4 - INV NO",
                             "SETTLEMENT OF INVOICE REF", "/ROC/MAINTENANCE SUPPORT INVOICE", "PYMT FOR SOFTWARE DEVELOPMENT INV",
                             "PO %s INVOICE" % po_number(), "APPLICATION SUPPORT FEES BILL NO"])
            content = lead + " " + num + R.choice(["", " THANK YOU", " SHA", " FULL PAYMENT"])
            pos = content.index(num)
            if pos < 35 < pos + len(num) and content[34] != " " and content[35] != " ":
                break
        lines = chunk35(content)
        reference = join70(lines, R.choice(["\n", " ", " "]))
        remit = mt103(p, lines, charges="OUR", instructed=p["amount"]) if R.random() < 0.3 else None
        why = "field 70 cuts the invoice number %s across two 35-char lines; rejoined it cites %s and the amount equals its balance" % (
            num, who(inv))
        return reference, remit, "en", why
    return mkpay(cust, cur, d, inv["balance"], "split_line", pl, render, entity=series_of(cust, cur))


# ---- F: real invoice cited plus a PO / SOW number that looks like another invoice
def sc_lookalike(cur=None):
    cur = cur or pick_cur(("INR",))
    cust = pick_cust(cur)
    d = pdate()
    inv = inv_before(cust, cur, d)
    same = R.random() < 0.4
    la = inv_before(cust, cur, d) if same else None  # same-customer look-alike, different amount
    pl = plan("applied", [(inv, inv["balance"])])

    def render(p):
        nonlocal la
        if la is None:
            mine = own_tails(cust)
            others = [i for i in INVOICES if i["cust"] != cust and i["number"] and inv_tail(i) not in mine]
            la = R.choice(others)
        t = inv_tail(la)
        po = R.choice(["PO %s" % t, "PO NO %s" % t, "P.O. %s" % t.lstrip("0"), "SOW %s MILESTONE %d" % (t, R.randrange(1, 6)),
                       "MILESTONE M%d PO%s" % (R.randrange(1, 6), t), "OUR REF PO-%s" % t, "CONTRACT %s" % t])
        real = swift_num(inv)
        content = R.choice(["%s INV %s" % (po, real), "INV %s %s" % (real, po), "%s / %s" % (po, real)])
        reference, lines = narrative(p, content)
        remit, lang = None, "en"
        if R.random() < 0.5:
            lang = p["lang"]
            lbl = {"de": "Bestellnr.", "fr": "Bon de commande", "nl": "Inkooporder", "es": "Pedido"}.get(lang, "PO")
            rw = row(inv, ref=num_variant(inv), note="%s %s" % (lbl, t))
            remit = advice(p, [rw], lang=lang)
        remit, lang = ensure_remit(p, remit, lang, [row(inv, ref=num_variant(inv))])
        why = "cites %s, amount equals its balance; %r is the client's PO/SOW/contract reference, and its digits %s match %s invoice %s (%s %s), which must be ignored" % (
            who(inv), po, t, "the same customer's" if same else "another customer's", la["number"], la["cur"], s2(la["balance0"]))
        return reference, remit, lang, why
    return mkpay(cust, cur, d, inv["balance"], "po_lookalike", pl, render)


# ---- B: no invoice number, amount is exactly one open invoice of a known customer
def sc_amount_only(cur=None):
    cur = cur or pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    inv = inv_before(cust, cur, d)
    if inv["total"] == inv["total"].to_integral():
        inv["total"] += Decimal(R.randrange(1, 99)) / 100
        inv["balance"] = inv["total"]
        inv["taxable"] = inv["total"]
    pl = plan("applied", [(inv, inv["balance"])])

    def render(p):
        mine = own_tails(cust)
        others = [i for i in INVOICES if i["cust"] != cust and i["number"] and inv_tail(i) not in mine]
        la = R.choice(others)
        t = inv_tail(la)
        content = R.choice(["PO %s MILESTONE %d" % (t, R.randrange(1, 5)), "PROJECT %s PHASE %d" % (R.choice(["ATLAS", "NEPTUNE", "ORION", "KESTREL", "BANYAN"]), R.randrange(1, 4)),
                            "IT SERVICES", "VENDOR PAYMENT %s" % po_number(), "SOW-%s M%d ACCEPTANCE" % (t, R.randrange(1, 6)),
                            "SUPPLIER PMT KOVALAM", "CONSULTANCY CHARGES"])
        reference, lines = narrative(p, content)
        remit = None
        why = ("no invoice number; customer known (customer_id given) and the amount equals exactly one open invoice "
               "of that customer in %s, no other combination: %s. Any 4-digit PO/SOW text (%s) is not one of this customer's invoices") % (
            cur, who(inv), t)
        return reference, remit, "en", why
    p = mkpay(cust, cur, d, inv["balance"], "amount_only", pl, render, known=True)
    p["checks"].append(("subsets", cust, cur, p["amount"], [[inv]]))
    return p


# ---- C: lump sum listing several invoices ----------------------------------
def sc_lump(cur=None, k=None, trunc_ok=False):
    cur = cur or pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    k = k or R.choice([2, 2, 3, 3, 4, 5, 6, 8])
    invs = [inv_before(cust, cur, d) for _ in range(k)]
    for i in invs:
        if R.random() < 0.12:
            i["balance"] = q2(i["total"] * Decimal("0.5"))
    amt = sum(i["balance"] for i in invs)
    pl = plan("applied", [(i, i["balance"]) for i in invs])
    def render(p):
        nums = [swift_num(i) for i in invs]
        content = R.choice(["INV ", "/INV/", "INVOICES ", "PMT ", ""]) + R.choice([" ", ",", "/", " + "]).join(nums)
        reference, lines = narrative(p, content)
        full = sw_clean(content)
        cut = p["rail"] != "swift" or len(full) > 140
        remit, lang = None, "en"
        if cut or R.random() < (0.6 if p["lang"] == "en" else 0.9):
            lang = p["lang"]
            remit = advice(p, [row(i) for i in invs], lang=lang)
        elif p["rail"] == "swift" and R.random() < 0.5:
            remit = mt103(p, lines, charges="OUR", instructed=p["amount"])
        why = "lump sum of %d invoices, all named in the %s, sum equals the payment: %s" % (
            k, "remittance advice" if remit and not remit.startswith("{1:") else "bank reference",
            "; ".join(who(i) for i in invs))
        return reference, remit, lang, why
    return mkpay(cust, cur, d, amt, "lump_listed", pl, render)


# ---- D: statement settlement = every open invoice of the customer in the currency
def sc_statement():
    cur = pick_cur(("AED",))
    cands = [k for k in by_cur(cur) if (k, cur) not in EXCLUSIVE and not CUST[k]["parent"] and not any(CUST[x]["parent"] == k for x in KEYS)]
    cust = R.choice(cands)
    EXCLUSIVE.add((cust, cur))
    d = pdate(date(2026, 1, 20))
    invs = [inv_before(cust, cur, d) for _ in range(R.randrange(3, 7))]
    amt = sum(i["balance"] for i in invs)
    pl = plan("applied", [(i, i["balance"]) for i in invs])
    soa = (d - timedelta(days=R.randrange(2, 12)))

    def render(p):
        lang = p["lang"]
        content = R.choice(["SOA SETTLEMENT %s" % soa.strftime("%d.%m.%Y"), "PAYMENT AS PER STATEMENT DTD %s" % soa.strftime("%d%b%y").upper(),
                            "CLEAR ALL OPEN ITEMS AS AT %s" % soa.strftime("%d/%m/%y"), "FULL SETTLEMENT OF STATEMENT %s" % soa.strftime("%b %Y").upper()])
        reference, lines = narrative(p, content)
        txt = {"en": "This payment clears every item shown as open on your statement of account dated %s." % fdate("en", soa, p["ctry"]),
               "hi-en": "As per your ledger statement dated %s, full outstanding cleared. Please confirm NIL balance." % fdate("en", soa, "IN"),
               "de": "Mit dieser Zahlung gleichen wir alle offenen Posten laut Ihrem Kontoauszug vom %s aus." % fdate("de", soa),
               "fr": "Ce virement solde l'intégralité des factures ouvertes figurant sur votre relevé du %s." % fdate("fr", soa),
               "nl": "Hiermee voldoen wij alle openstaande posten volgens uw rekeningoverzicht van %s." % fdate("nl", soa),
               "es": "Con este pago saldamos todas las partidas pendientes de su extracto de fecha %s." % fdate("es", soa),
               "ar": "This transfer settles all open items on your statement dated %s.\nسداد كامل الرصيد حسب كشف الحساب." % fdate("en", soa, "AE")}
        remit = None
        if R.random() < 0.6:
            remit = txt[lang] + "\n\n" + R.choice(HDR[lang]["bye"]) + "\n" + person(cust) + "\n" + CUST[cust]["name"] + "\n"
        elif p["ref_cut"]:
            remit = txt[lang] + "\n\n" + R.choice(HDR[lang]["bye"]) + "\n" + person(cust) + "\n" + CUST[cust]["name"] + "\n"
        else:
            lang = "en"
        why = "no invoice numbers; says it settles the statement, and the amount equals the sum of all %d open %s invoices of %s (the only subset that does): %s" % (
            len(invs), cur, CUST[cust]["name"], ", ".join(i["number"] for i in invs))
        return reference, remit, lang, why
    p = mkpay(cust, cur, d, amt, "statement", pl, render, known=True)
    p["checks"].append(("subsets", cust, cur, p["amount"], [invs]))
    return p


# ---- E: parent company pays subsidiaries' invoices --------------------------
GROUPS = {"calloway": "USD", "whitcombe": "GBP", "dreilaender": "EUR", "alsafwa": "AED", "vindhya": "INR"}


def sc_parent(status="applied"):
    parent = R.choice(sorted(GROUPS))
    cur = GROUPS[parent]
    subs = [k for k in KEYS if CUST[k]["parent"] == parent]
    d = pdate()
    chosen = []
    for s in subs:
        for _ in range(R.randrange(1, 3)):
            chosen.append(inv_before(s, cur, d))
    if R.random() < 0.3:
        chosen.append(inv_before(parent, cur, d))
    R.shuffle(chosen)
    amt = sum(i["balance"] for i in chosen)
    pl = plan("applied", [(i, i["balance"]) for i in chosen])
    known = R.random() < 0.6

    def render(p):
        lang = CUST[parent]["lang"]
        rows = []
        for i in chosen:
            rw = row(i)
            rw["note"] = "(%s)" % CUST[i["cust"]]["name"]
            rows.append(rw)
        intro = {"en": "Group Treasury is settling the following invoices on behalf of our subsidiaries.",
                 "de": "Die Konzernfinanzabteilung begleicht die folgenden Rechnungen im Namen unserer Tochtergesellschaften.",
                 "fr": "La trésorerie du groupe règle les factures suivantes pour le compte de ses filiales.",
                 "ar": "Payment made by the holding company on behalf of its subsidiaries.\nتم السداد من الشركة القابضة نيابة عن الشركات التابعة."}.get(lang, "")
        p["payer_disp"] = CUST[parent]["name"]
        remit = advice(p, rows, extras=[intro], lang=lang)
        content = R.choice(["GROUP PAYMENT %s" % CUST[parent]["name"].split()[0].upper(), "INTERCO SETTLEMENT ON BEHALF OF SUBS",
                            "INV " + " ".join(swift_num(i) for i in chosen)])
        reference, lines = narrative(p, content)
        if CUST[parent]["lang"] == "hi-en":
            lang = "en"
        why = "parent %s pays for its subsidiaries; the advice names each invoice and the amounts add up: %s" % (
            CUST[parent]["name"], "; ".join(who(i) for i in chosen))
        return reference, remit, lang, why
    return mkpay(parent, cur, d, amt, "parent_pays", pl, render, known=known)


# ---- I: bank charges (SHA / BEN) make the wire arrive short ------------------
CHG = {"USD": [10, 15, 18, 20, 25, 30, 35, 40, 45], "GBP": [8, 10, 12, 15, 20, 25], "EUR": ["7.50", 10, "12.50", 15, 20, 25, 35],
       "AED": [25, 50, 75, 100, 105], "SGD": [20, 25, 30, 35]}


def swift_cust(cur):
    return [k for k in by_cur(cur) if (k, cur) not in EXCLUSIVE and not (cur == "SGD" and CUST[k]["country"] == "SG")]


def sc_charges(multi=False):
    cur = pick_cur(("INR",))
    cust = R.choice(swift_cust(cur))
    d = pdate()
    inv = inv_before(cust, cur, d)
    extra = [inv_before(cust, cur, d) for _ in range(R.randrange(1, 3))] if multi else []
    mode = R.choice(["SHA", "SHA", "BEN"])
    parts = [Decimal(str(R.choice(CHG[cur])))]
    if mode == "BEN" or R.random() < 0.3:
        parts.append(Decimal(str(R.choice(CHG[cur]))))
    c = q2(sum(parts))
    amt = sum(i["balance"] for i in extra) + inv["balance"] - c
    pl = plan("partial", [(i, i["balance"]) for i in extra] + [(inv, inv["balance"] - c)],
              short=(inv, c, "bank charges (%s)" % mode))

    def render(p):
        p["rail"] = "swift"
        lang = "en"
        nums = [swift_num(i) for i in extra + [inv]]
        content = R.choice(["INV ", "/INV/", "PAYMENT ", ""]) + " ".join(nums)
        lines = chunk35(sw_clean(content))
        reference = join70(lines)
        instructed = amt + c
        if not multi and R.random() < 0.55:
            remit = mt103(p, lines, charges=mode, instructed=instructed, sender_chg=parts)
            how = "the MT103 shows 33B instructed %s %s, 71A:%s and 71F charges totalling %s" % (cur, f_en(instructed), mode, s2(c))
        else:
            lang = p["lang"] if p["lang"] != "hi-en" else "en"
            ph = {"en": R.choice(["less bank charges %s %s" % (cur, f_en(c)), "net of %s %s intermediary bank fees" % (cur, f_en(c)),
                                  "(bank charges %s %s deducted, SHA)" % (cur, f_en(c))]),
                  "de": "abzgl. Bankspesen %s %s" % (f_de(c), cur), "fr": "moins frais bancaires %s %s" % (f_fr(c), cur),
                  "nl": "minus bankkosten %s %s" % (cur, f_de(c)), "es": "menos comisiones bancarias %s %s" % (f_de(c), cur),
                  "ar": "less bank charges %s %s / خصم رسوم بنكية" % (cur, f_en(c))}[lang]
            rows = [row(i) for i in extra] + [row(inv, paid=inv["balance"] - c, ded=c, note=ph)]
            ex = {"en": "Our bank has advised that charges of %s %s were taken from the transfer (%s)." % (cur, f_en(c), mode),
                  "de": "Laut unserer Bank wurden Spesen in Höhe von %s %s einbehalten (Spesenregelung %s)." % (f_de(c), cur, mode),
                  "fr": "Notre banque nous indique que des frais de %s %s ont été prélevés (option %s)." % (f_fr(c), cur, mode),
                  "nl": "Volgens onze bank is %s %s aan kosten ingehouden (%s)." % (cur, f_de(c), mode),
                  "es": "Nuestro banco nos informa de que se han descontado %s %s en comisiones (%s)." % (f_de(c), cur, mode),
                  "ar": "Bank charges of %s %s were deducted (%s). تم خصم الرسوم البنكية." % (cur, f_en(c), mode)}[lang]
            remit = advice(p, rows, extras=[ex] if R.random() < 0.6 else [], lang=lang)
            how = "the advice itemises the invoices and shows %s %s bank charges taken off %s" % (cur, s2(c), inv["number"])
            if p["lang"] == "hi-en":
                lang = "en"
        why = "%s; %s. Short pay of %s on %s" % (
            "pays " + "; ".join(who(i) for i in extra + [inv]), how, s2(c), inv["number"])
        return reference, remit, lang, why
    return mkpay(cust, cur, d, amt, "bank_charges" + ("_multi" if multi else ""), pl, render, ctry=None)


# ---- I': customer deducts a disputed amount ---------------------------------
def sc_dispute_ded():
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    inv = inv_before(cust, cur, d)
    frac = Decimal(R.choice(["0.05", "0.08", "0.10", "0.12", "0.15"]))
    ded = q2(inv["balance"] * frac)
    amt = inv["balance"] - ded
    reason = R.choice(["hours", "sla", "defect", "rate"])
    pl = plan("partial", [(inv, amt)], short=(inv, ded, "customer deduction: disputed %s" % reason))

    def render(p):
        lang = p["lang"] if p["lang"] != "hi-en" else "en"
        cu = cur
        m = money(lang, ded, cur)
        txt = {
            "en": {"hours": "We have short-paid %s %s: the January timesheet bills hours that our project manager did not approve (see email thread)." % (cu, m),
                   "sla": "Deduction of %s %s applied as service credit for the P1 outage (MSA Schedule 4, SLA breach)." % (cu, m),
                   "defect": "%s %s withheld pending fix of the defects raised in UAT; we will release it once closed." % (cu, m),
                   "rate": "Invoice billed at the old rate card; we have paid at the contracted rate and deducted the difference of %s %s." % (cu, m)},
            "de": {k: "Wir haben %s %s einbehalten (%s). Bitte senden Sie uns eine Gutschrift." % (m, cu, v) for k, v in
                   {"hours": "nicht freigegebene Stunden", "sla": "Vertragsstrafe gem. SLA", "defect": "Mängel aus der Abnahme", "rate": "falscher Stundensatz"}.items()},
            "fr": {k: "Nous avons retenu %s %s (%s). Merci de nous adresser un avoir." % (m, cu, v) for k, v in
                   {"hours": "heures non validées", "sla": "pénalités SLA", "defect": "anomalies non corrigées", "rate": "tarif non conforme au contrat"}.items()},
            "nl": {k: "Wij hebben %s %s ingehouden (%s)." % (cu, m, v) for k, v in
                   {"hours": "niet goedgekeurde uren", "sla": "SLA-boete", "defect": "openstaande gebreken", "rate": "verkeerd uurtarief"}.items()},
            "es": {k: "Hemos descontado %s %s (%s). Rogamos emitan abono." % (m, cu, v) for k, v in
                   {"hours": "horas no aprobadas", "sla": "penalización por SLA", "defect": "defectos pendientes", "rate": "tarifa incorrecta"}.items()},
            "ar": {k: "We have deducted %s %s (%s). تم خصم المبلغ بسبب الخلاف." % (cu, m, v) for k, v in
                   {"hours": "unapproved hours", "sla": "SLA penalty", "defect": "open defects", "rate": "wrong rate"}.items()},
        }[lang][reason]
        remit = advice(p, [row(inv, paid=amt, ded=ded)], extras=[txt], lang=lang)
        reference, lines = narrative(p, "INV %s" % swift_num(inv))
        why = "pays %s less %s that the customer says it deducted (%s); short pay of the deducted amount" % (who(inv), s2(ded), reason)
        return reference, remit, lang, why
    return mkpay(cust, cur, d, amt, "disputed_deduction", pl, render)


# ---- J: TDS by Indian clients -----------------------------------------------
IN_CUST = [k for k in KEYS if CUST[k]["country"] == "IN"]


def sc_tds():
    cust = R.choice([k for k in IN_CUST if ("INR" in CUST[k]["curs"])])
    cur = "INR"
    d = pdate()
    inv = inv_before(cust, cur, d)
    rate, sec = R.choice([(10, "194J"), (10, "194J(b)"), (2, "194J(a)"), (2, "194C"), (10, "194J")])
    tds = (inv["taxable"] * rate / 100).quantize(Decimal("1"), ROUND_HALF_UP)
    amt = inv["balance"] - tds
    pl = plan("partial", [(inv, amt)], short=(inv, q2(tds), "TDS %d%% u/s %s" % (rate, sec)))

    def render(p):
        lang = p["lang"] if R.random() < 0.6 else "en"
        n = num_variant(inv)
        rw = row(inv, ref=n, paid=amt, ded=q2(tds), note="TDS %s" % sec)
        rw["gross"] = inv["balance"]
        if lang == "hi-en":
            ex = "TDS @%d%% (%s) taxable value Rs %s pe kaata hai = Rs %s. 16A quarterly bhej denge. GST portion pe TDS nahi." % (
                rate, sec, f_in(inv["taxable"]), f_in(tds))
        else:
            ex = R.choice(["TDS deducted u/s %s @ %d%% on taxable value Rs. %s (excl. GST) = Rs. %s. Form 16A will be issued after the quarterly return." % (
                sec, rate, f_in(inv["taxable"]), f_in(tds)),
                "Less: TDS %s @%d%%  Rs %s/-  (TAN: %s)" % (sec, rate, f_in(tds), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + "%05d" % R.randrange(10 ** 5) + R.choice("ABCDEFGH")),
                "Gross Rs %s, TDS (%s, %d%% of %s) Rs %s, Net paid Rs %s." % (f_in(inv["balance"]), sec, rate, f_in(inv["taxable"]), f_in(tds), f_in(amt))])
        remit = advice(p, [rw], extras=[ex], lang=lang)
        reference, _ = narrative(p, R.choice([sw_clean(n), "KOVALAM DIGITAL", "VENDOR PAYMENT", "INV " + inv_tail(inv)]))
        why = "%s paid net of TDS %d%% u/s %s on the taxable value %s (advice states TDS %s); short pay %s on that invoice" % (
            who(inv), rate, sec, s2(inv["taxable"]), s2(tds), s2(tds))
        return reference, remit, lang, why
    return mkpay(cust, cur, d, amt, "tds", pl, render)


def sc_wht195():
    cust = R.choice(["bharatfin", "shivalik"])
    cur = "USD"
    d = pdate()
    inv = inv_before(cust, cur, d)
    wht = q2(inv["balance"] * Decimal("0.10"))
    amt = inv["balance"] - wht
    pl = plan("partial", [(inv, amt)], short=(inv, wht, "withholding tax s.195 10%"))

    def render(p):
        p["rail"] = "swift"
        n = swift_num(inv)
        lines = chunk35(sw_clean("INV %s LESS WHT 10PCT SEC 195 DTAA" % n))
        reference = join70(lines)
        ex = ("Tax withheld under section 195 of the Income-tax Act at 10%% (India-Singapore DTAA, Art. 12 FTS): USD %s. "
              "Form 15CA/15CB filed; Form 16A will follow. Please let us have your TRC and Form 10F for next year." % f_en(wht))
        remit = advice(p, [row(inv, ref=n, paid=amt, ded=wht, note="WHT 195")], extras=[ex], lang="en")
        why = "%s paid by the Indian client net of 10%% withholding tax u/s 195 (USD %s), stated in both the wire text and the advice" % (who(inv), s2(wht))
        return reference, remit, "en", why
    return mkpay(cust, cur, d, amt, "wht_195", pl, render, ctry="IN")


# ---- K: explicit part payments, sometimes followed by the rest ----------------
PART_TXT = {
    "en": ["Part payment against %s; the balance will follow after UAT sign-off.", "1st instalment (of 3) towards invoice %s as agreed with your CFO.",
           "Payment on account for %s - remainder next month.", "50%% now against %s as discussed, remaining 50%% on go-live."],
    "hi-en": ["Sir, %s ka part payment kar rahe hain, baaki amount next week.", "Part payment against bill %s. Balance after budget approval."],
    "de": ["Teilzahlung zu Rechnung %s; der Restbetrag folgt nach Abnahme.", "Erste Rate zu %s gemäß Ratenvereinbarung."],
    "fr": ["Paiement partiel de la facture %s ; le solde suivra après la recette.", "Premier versement sur la facture %s, conformément à l'échéancier convenu."],
    "nl": ["Deelbetaling factuur %s, het restant volgt na oplevering.", "Eerste termijn van factuur %s volgens afspraak."],
    "es": ["Pago parcial de la factura %s; el resto se abonará el mes que viene.", "Primer plazo de la factura %s según el calendario acordado."],
    "ar": ["Partial payment against invoice %s, balance to follow. / دفعة جزئية والباقي لاحقاً.", "First instalment for %s. الدفعة الأولى."],
}
FINAL_TXT = {
    "en": "Final instalment - clears the remaining balance of %s.", "hi-en": "Balance payment of bill %s, ab full clear.",
    "de": "Restzahlung zu Rechnung %s.", "fr": "Solde de la facture %s.", "nl": "Restbetaling factuur %s.",
    "es": "Pago del saldo pendiente de la factura %s.", "ar": "Final payment for %s. الدفعة الأخيرة."}


def sc_partpay(followup=None, multi=False):
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate(D0, date(2026, 3, 10))
    inv = inv_before(cust, cur, d)
    full = [inv_before(cust, cur, d)] if multi else []
    frac = Decimal(R.choice(["0.25", "0.3", "0.4", "0.5", "0.5", "0.6"]))
    part = q2(inv["balance"] * frac)
    if R.random() < 0.4:
        part = Decimal(int(part) // 100 * 100) or part
    amt = part + sum(i["balance"] for i in full)
    pl = plan("partial", [(i, i["balance"]) for i in full] + [(inv, part)])

    def render(p):
        lang = p["lang"]
        n = num_variant(inv)
        ex = R.choice(PART_TXT[lang]) % n
        rows = [row(i) for i in full] + [row(inv, ref=n, paid=part)]
        remit = advice(p, rows, extras=[ex], lang=lang)
        kw = {"de": "TEILZAHLUNG", "fr": "PAIEMENT PARTIEL", "nl": "DEELBETALING", "es": "PAGO PARCIAL"}.get(lang, R.choice(["PART PAYMENT", "PART PMT", "ON ACCOUNT"]))
        reference, _ = narrative(p, "%s %s" % (kw, " ".join(swift_num(i) for i in full + [inv])))
        why = "%sexplicit part payment (advice and reference say so) of %s on %s, which stays open on purpose; no deduction, so short_pay null" % (
            "pays " + who(full[0]) + " in full, plus an " if full else "", s2(part), who(inv))
        return reference, remit, lang, why
    p1 = mkpay(cust, cur, d, amt, "part_payment" + ("_multi" if multi else ""), pl, render)
    if followup:
        d2 = pdate(d + timedelta(days=3), D1)
        rest = inv["balance"] - part
        known = p1["cid"] is not None

        def render2(p):
            lang = p["lang"]
            n = num_variant(inv)
            remit = advice(p, [row(inv, ref=n, paid=rest, gross=inv["total"])], extras=[FINAL_TXT[lang] % n], lang=lang) if R.random() < 0.7 else None
            reference, _ = narrative(p, "BAL %s" % swift_num(inv))
            if remit is None:
                lang = "en"
            remit, lang = ensure_remit(p, remit, lang, [row(inv, ref=n, paid=rest, gross=inv["total"])])
            why = "second payment on %s; after the earlier part payment of %s in this batch the open balance is %s, which this pays exactly" % (
                who(inv), s2(part), s2(rest))
            return reference, remit, lang, why
        mkpay(cust, cur, d2, rest, "part_payment_final", plan("applied", [(inv, rest)]), render2, known=known)
    return p1


# ---- L: overpayments ---------------------------------------------------------
def sc_overpay(kind=None):
    kind = kind or R.choice(["advance", "advance", "total_not_balance", "phantom"])
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    if kind == "advance":
        inv = inv_before(cust, cur, d)
        adv = Decimal(R.choice([1000, 2500, 5000, 7500, 10000, 12000, 15000]) * (80 if cur == "INR" else 4 if cur == "AED" else 1))
        amt = inv["balance"] + adv
        pl = plan("unapplied", [(inv, inv["balance"])], unapplied=adv)

        def render(p):
            lang = p["lang"]
            n = num_variant(inv)
            ex = {"en": "The payment includes an advance of %s %s towards the next milestone (SOW-%d, no invoice yet)." % (cur, money("en", adv, cur), R.randrange(10, 99)),
                  "hi-en": "Rs %s advance bhi bheja hai next phase ke liye, invoice baad mein raise kar dena." % f_in(adv),
                  "de": "Die Zahlung enthält eine Vorauszahlung von %s %s für den nächsten Meilenstein." % (money("de", adv), cur),
                  "fr": "Le virement inclut une avance de %s %s sur le prochain jalon." % (money("fr", adv), cur),
                  "nl": "De betaling bevat een voorschot van %s %s voor de volgende mijlpaal." % (cur, money("nl", adv)),
                  "es": "El pago incluye un anticipo de %s %s a cuenta del siguiente hito." % (money("es", adv), cur),
                  "ar": "Includes advance of %s %s for next phase. يشمل دفعة مقدمة." % (cur, money("en", adv))}[lang]
            rows = [row(inv, ref=n), dict(ref={"de": "Vorauszahlung", "fr": "Avance", "es": "Anticipo", "nl": "Voorschot"}.get(lang, "Advance"), gross=None, ded=None, paid=adv)]
            remit = advice(p, rows, extras=[ex], lang=lang)
            reference, _ = narrative(p, "INV %s + ADVANCE" % swift_num(inv))
            why = "pays %s in full plus a stated advance of %s that fits no open invoice: remainder held as unapplied" % (who(inv), s2(adv))
            return reference, remit, lang, why
    elif kind == "total_not_balance":
        inv = inv_before(cust, cur, d)
        prior = q2(inv["total"] * Decimal(R.choice(["0.3", "0.4", "0.5"])))
        inv["balance"] = inv["total"] - prior
        adv = prior
        amt = inv["total"]
        pl = plan("unapplied", [(inv, inv["balance"])], unapplied=prior)

        def render(p):
            n = swift_num(inv)
            reference, lines = narrative(p, "INVOICE %s FULL AMOUNT" % n)
            lang = "en"
            remit = None
            if R.random() < 0.6:
                lang = p["lang"]
                remit = advice(p, [row(inv, ref=num_variant(inv), paid=inv["total"], gross=inv["total"])], lang=lang)
            remit, lang = ensure_remit(p, remit, lang, [row(inv, ref=num_variant(inv), paid=inv["total"], gross=inv["total"])])
            why = "cites %s and pays its full total %s, but %s was already paid before the batch (balance %s): the excess %s is unapplied" % (
                inv["number"], s2(inv["total"]), s2(prior), s2(inv["balance"]), s2(prior))
            return reference, remit, lang, why
    else:  # phantom: advice lists an invoice that is not open any more
        invs = [inv_before(cust, cur, d) for _ in range(R.randrange(1, 4))]
        ghost_amt = gen_total(cur, cust)[0]
        adv = ghost_amt
        amt = sum(i["balance"] for i in invs) + ghost_amt
        pl = plan("unapplied", [(i, i["balance"]) for i in invs], unapplied=ghost_amt)
        ghost = {}

        def render(p):
            lang = p["lang"]
            s = series_of(cust, cur)
            used = {i["number"] for i in INVOICES}
            mine = own_tails(cust)
            while True:
                gn = ("KDS/24-25/%04d" % R.randrange(1, 1900)) if s == "IN" else ("SG-INV-%04d" % R.randrange(1, 300))
                if gn not in used and gn[-4:] not in mine:
                    break
            ghost["n"] = gn
            rows = [row(i) for i in invs] + [dict(ref=gn, gross=ghost_amt, ded=None, paid=ghost_amt)]
            remit = advice(p, rows, lang=lang)
            reference, _ = narrative(p, "INV " + " ".join(swift_num(i) for i in invs) + " " + gn)
            why = "advice lists %s (all open, paid in full) and %s, which is not an open invoice (already settled or never ours): its %s is held unapplied" % (
                "; ".join(who(i) for i in invs), gn, s2(ghost_amt))
            return reference, remit, lang, why
    p = mkpay(cust, cur, d, amt, "overpay_" + kind, pl, render)
    p["checks"].append(("nofit", cust, cur, q2(adv), [i for i, _ in pl["apps"]]))
    return p


# ---- M: the same invoice paid twice in the batch ------------------------------
def sc_duplicate():
    p1 = sc_clean(d=pdate(D0, date(2026, 3, 16)), key="duplicate_first")
    inv = p1["plan"]["apps"][0][0]
    d2 = pdate(p1["date"] + timedelta(days=1), min(D1, p1["date"] + timedelta(days=21)))
    rend1 = p1["render"]
    store = {}

    def render1(p):
        out = rend1(p)
        store["ref"], store["remit"], store["lang"] = out[0], out[1], out[2]
        return out

    p1["render"] = render1

    def render2(p):
        ref = store["ref"]
        remit = store["remit"]
        lang = store["lang"]
        if R.random() < 0.3 and remit:
            remit = remit.replace("Payment", "Payment (re-issued)", 1)
        why = "repeats the earlier payment of %s in this batch (same reference, same amount); that invoice is already paid, so the whole amount is unapplied" % who(inv)
        return ref, remit, lang, why
    p2 = mkpay(p1["cust"], p1["cur"], d2, p1["amount"], "duplicate_second", plan("unapplied", [], unapplied=p1["amount"]), render2,
               known=p1["cid"] is not None, payer=p1["payer"])
    p2["render_after"] = p1
    return p2


# ---- N: known customer, nothing fits -----------------------------------------
def sc_nofit():
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    kind = R.choice(["advance", "advance", "old_invoice"])
    if kind == "advance":
        amt = Decimal(R.choice([5000, 10000, 15000, 20000, 25000, 40000]) * (75 if cur == "INR" else 4 if cur == "AED" else 1))
    else:
        amt = gen_total(cur, cust)[0]
    pl = plan("unapplied", [], unapplied=amt)

    def render(p):
        lang = p["lang"]
        if kind == "advance":
            sow = "SOW-%d-%02d" % (d.year, R.randrange(1, 40))
            content = R.choice(["ADVANCE %s MOBILISATION" % sow, "ADVANCE PAYMENT NEW PROJECT", "RETAINER DEPOSIT %s" % sow])
            ex = {"en": "Advance for %s (mobilisation, 20%% on signature). Please raise the invoice against this receipt." % sow,
                  "hi-en": "Advance for %s as per PO. Invoice baad mein raise karein." % sow,
                  "de": "Anzahlung für %s gemäß Vertrag, bitte Anzahlungsrechnung nachreichen." % sow,
                  "fr": "Acompte à la commande pour %s ; merci de nous adresser la facture d'acompte." % sow,
                  "nl": "Vooruitbetaling voor %s; graag de factuur nasturen." % sow,
                  "es": "Anticipo para %s según contrato; envíen la factura correspondiente." % sow,
                  "ar": "Advance payment for %s. دفعة مقدمة للمشروع الجديد." % sow}[lang]
            remit = advice(p, [dict(ref=sow, gross=None, ded=None, paid=amt)], extras=[ex], lang=lang) if R.random() < 0.75 else None
            why = "advance for %s; the customer is known and no open %s invoice or combination equals %s" % (sow, cur, s2(amt))
        else:
            s = series_of(cust, cur)
            used = {i["number"] for i in INVOICES}
            mine = own_tails(cust)
            while True:
                gn = ("KDS/24-25/%04d" % R.randrange(1, 1900)) if s == "IN" else ("SG-INV-%04d" % R.randrange(1, 300))
                if gn not in used and gn[-4:] not in mine:
                    break
            content = "INV %s" % gn
            remit = advice(p, [dict(ref=gn, gross=amt, ded=None, paid=amt)], lang=lang) if R.random() < 0.5 else None
            why = "cites %s, which is not an open invoice; known customer and no open %s invoice or combination equals %s" % (gn, cur, s2(amt))
        reference, _ = narrative(p, content)
        if remit is None:
            lang = "en"
        return reference, remit, lang, why
    p = mkpay(cust, cur, d, amt, "nofit_" + kind, pl, render, known=True)
    p["checks"].append(("nofit", cust, cur, q2(amt), []))
    return p


# ---- O: two identical open balances, nothing to tell them apart ---------------
def sc_twin():
    cur = pick_cur(("INR",))
    cust = pick_cust(cur)
    d = pdate(date(2026, 1, 25))
    a = inv_before(cust, cur, d)
    b = new_inv(cust, cur, total=a["total"], taxable=a["taxable"], issue=a["issue"] + timedelta(days=R.choice([28, 30, 31])))
    if b["issue"] >= d:
        b["issue"] = d - timedelta(days=3)
        b["due"] = b["issue"] + timedelta(days=TERMS[CUST[cust]["country"]])
    pl = plan("review", [], unapplied=a["balance"], cands=[[a], [b]])

    def render(p):
        content = R.choice(["MONTHLY RETAINER", "MANAGED SERVICES FEE", "SUPPORT AND MAINTENANCE", "AMC PAYMENT", "RETAINER KOVALAM"])
        reference, _ = narrative(p, content)
        why = "amount equals two open invoices of the same customer with identical balances (%s and %s, both %s %s) and nothing in the text says which month" % (
            a["number"], b["number"], cur, s2(a["balance0"]))
        return reference, None, "en", why
    p = mkpay(cust, cur, d, a["balance"], "twin_balances", pl, render, known=True)
    p["checks"].append(("subsets", cust, cur, p["amount"], [[a], [b]]))
    return p


# ---- P: unknown payer --------------------------------------------------------
ODD_PAYERS = ["WISE PAYMENTS LTD", "PAYONEER INC OBO CLIENT 55182", "AIRWALLEX (SINGAPORE) PTE LTD", "MR J HARRISON", "TRF FROM A/C 00981237711",
              "SKYLINE TRADING FZE", "CONVERA UK LTD", "GLOBAL PAYMENT SVCS REF 7731", "ORBITAL VENTURES LLC", "M/S SHREE GANESH ENTERPRISES"]


def sc_unknown(matches):
    cur = pick_cur() if matches else pick_cur()
    d = pdate()
    cands = []
    if matches:
        k1, k2 = R.sample([k for k in by_cur(cur) if (k, cur) not in EXCLUSIVE], 2)
        a = inv_before(k1, cur, d)
        b = inv_before(k2, cur, d, total=a["total"], taxable=a["taxable"])
        amt = a["balance"]
        cands = [[a], [b]]
    else:
        amt = gen_total(cur, R.choice(by_cur(cur)))[0]
    pl = plan("review", [], unapplied=amt, cands=cands)
    payer = R.choice(["M/S SHREE GANESH ENTERPRISES", "RAZORPAY SOFTWARE PVT LTD", "CASHFREE PAYMENTS INDIA", "MR RAJESH K GUPTA", "SRI LAKSHMI TRADERS"]
                     if cur == "INR" else ODD_PAYERS[:-1])
    ctry = R.choice(["US", "GB", "SG", "AE", "IN"]) if cur != "INR" else "IN"

    def render(p):
        content = R.choice(["INVOICE PAYMENT", "PAYMENT", "SERVICES", "REF %d" % R.randrange(10000, 99999), "OBO CLIENT", "IT CONSULTING"])
        reference, _ = narrative(p, content)
        if matches:
            why = "payer %r is not a customer and no customer_id; the amount equals open invoices of two different customers (%s; %s)" % (
                payer, who(a), who(b))
        else:
            why = "payer %r is not a customer, no customer_id, no invoice reference, and no open %s invoice equals %s" % (payer, cur, s2(p["amount"]))
        return reference, None, "en", why
    p = mkpay(None, cur, d, amt, "unknown_payer_" + ("twomatch" if matches else "nomatch"), pl, render, known=False, payer=payer, ctry=ctry,
              entity=series_of(cands[0][0]["cust"], cur) if cands else ("IN" if cur in ("INR", "AED", "GBP") else "SG"))
    p["checks"].append(("global", cur, p["amount"], [c[0] for c in cands]))
    return p


# ---- Q: lump sum that two different invoice sets explain ----------------------
def sc_subset_amb():
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    a = inv_before(cust, cur, d)
    b = inv_before(cust, cur, d)
    tot = a["balance"] + b["balance"]
    while True:
        cpart = q2(tot * Decimal(R.randrange(20, 80)) / 100)
        if cpart not in (a["balance"], b["balance"]):
            break
    c = inv_before(cust, cur, d, total=cpart)
    e = inv_before(cust, cur, d, total=tot - cpart)
    pl = plan("review", [], unapplied=tot, cands=[[a, b], [c, e]])

    def render(p):
        content = R.choice(["PAYMENT FOR DEC-JAN SERVICES", "VENDOR PAYMENT RUN %s" % p["date"].strftime("%Y%m%d"), "OUTSTANDING INVOICES", "KOVALAM PAYMENT"])
        reference, _ = narrative(p, content)
        why = "no invoice numbers; the amount equals two different sets of this customer's open invoices: {%s, %s} and {%s, %s}" % (
            a["number"], b["number"], c["number"], e["number"])
        return reference, None, "en", why
    p = mkpay(cust, cur, d, tot, "two_subsets", pl, render, known=True)
    p["checks"].append(("subsets", cust, cur, p["amount"], [[a, b], [c, e]]))
    return p


# ---- R: reference says one invoice, amount says another -----------------------
def sc_conflict():
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    x = inv_before(cust, cur, d)
    y = inv_before(cust, cur, d)
    if y["balance"] >= x["balance"]:
        x, y = y, x
    pl = plan("review", [], unapplied=y["balance"], cands=[[y], [x]])

    def render(p):
        n = swift_num(x)
        reference, _ = narrative(p, "INV %s" % n)
        remit, lang = ensure_remit(p, None, "en", [row(x, ref=num_variant(x), paid=y["balance"], gross=x["balance"])])
        why = ("reference cites %s but the amount is less than its balance with no part-payment or deduction wording, "
               "and it equals the balance of another open invoice of the same customer, %s: not sure which") % (who(x), who(y))
        return reference, remit, lang, why
    p = mkpay(cust, cur, d, y["balance"], "ref_amount_conflict", pl, render, known=True)
    p["checks"].append(("subsets", cust, cur, p["amount"], [[y]]))
    return p


# ---- bad input rows ----------------------------------------------------------
def sc_bad(kind):
    cur = pick_cur()
    cust = pick_cust(cur)
    d = pdate()
    inv = inv_before(cust, cur, d)
    amt = inv["balance"]
    raw_amount = s2(amt)
    raw_cur = cur
    if kind == "negative":
        raw_amount = "-" + s2(amt)
    elif kind == "zero":
        raw_amount = "0.00"
    elif kind == "thousands":
        raw_amount = f_en(amt) if cur not in ("EUR",) else f_de(amt)
    elif kind == "with_currency":
        raw_amount = "%s %s" % (cur, f_en(amt))
    elif kind == "empty":
        raw_amount = ""
    elif kind == "bad_currency":
        raw_cur = {"USD": "US$", "GBP": "£", "EUR": "€", "INR": "Rs", "SGD": "S$", "AED": "DHS"}[cur]
    elif kind == "null_currency":
        raw_cur = None
    try:
        un = s2(Decimal(raw_amount))
    except Exception:
        un = None
    pl = plan("review", [], unapplied=ZERO, cands=[])
    pl["unapplied_raw"] = un

    def render(p):
        reference, _ = narrative(p, "INV %s" % swift_num(inv))
        why = "bad input row (%s: amount %r, currency %r): not a valid payment under the contract's input format, so nothing is applied even though it cites %s" % (
            kind, raw_amount, raw_cur, inv["number"])
        if kind == "negative":
            why += "; a negative amount is a return/recall, not cash to apply"
        return reference, None, "en", why
    p = mkpay(cust, cur, d, amt, "bad_input_" + kind, pl, render, known=R.random() < 0.7)
    p["bad"] = dict(amount=raw_amount, currency=raw_cur, kind=kind)
    return p


# --------------------------------------------------------------------------
# the mix
# --------------------------------------------------------------------------
def build_scenarios():
    for _ in range(64):
        sc_clean()
    for _ in range(13):
        sc_split()
    for _ in range(20):
        sc_lookalike()
    for _ in range(22):
        sc_amount_only()
    for _ in range(34):
        sc_lump()
    for _ in range(8):
        sc_statement()
    for _ in range(14):
        sc_parent()
    for _ in range(28):
        sc_charges()
    for _ in range(8):
        sc_charges(multi=True)
    for _ in range(9):
        sc_dispute_ded()
    for _ in range(34):
        sc_tds()
    for _ in range(7):
        sc_wht195()
    for i in range(22):
        sc_partpay(followup=(i % 3 == 0))
    for _ in range(6):
        sc_partpay(multi=True)
    for k in ["advance"] * 8 + ["total_not_balance"] * 6 + ["phantom"] * 6:
        sc_overpay(k)
    for _ in range(12):
        sc_duplicate()
    for _ in range(15):
        sc_nofit()
    for _ in range(14):
        sc_twin()
    for i in range(14):
        sc_unknown(matches=(i % 2 == 0))
    for _ in range(10):
        sc_subset_amb()
    for _ in range(10):
        sc_conflict()
    for k in ["negative", "zero", "thousands", "with_currency", "empty", "bad_currency", "null_currency", "negative", "thousands", "zero"]:
        sc_bad(k)


def add_fillers(target=1500):
    pairs = [(k, c) for k in KEYS for c in CUST[k]["curs"] if (k, c) not in EXCLUSIVE]
    weights = {"USD": 6, "INR": 6, "GBP": 4, "EUR": 4, "SGD": 3, "AED": 3}
    pool = [p for p in pairs for _ in range(weights[p[1]])]
    while len(INVOICES) < target:
        k, c = R.choice(pool)
        if R.random() < 0.06:  # a few aged items from the previous Indian financial year
            issue = date(2025, 1, 10) + timedelta(days=R.randrange(0, 80))
        else:
            issue = date(2025, 6, 1) + timedelta(days=R.randrange(0, 290))
        inv = new_inv(k, c, issue=issue)
        inv["filler"] = True
        if R.random() < 0.08:
            inv["balance"] = q2(inv["total"] * Decimal(R.choice(["0.5", "0.6", "0.25"])))


def number_invoices():
    ins = sorted([i for i in INVOICES if i["series"] == "IN"], key=lambda i: (i["issue"], i["n"]))
    sgs = sorted([i for i in INVOICES if i["series"] == "SG"], key=lambda i: (i["issue"], i["n"]))
    seq = {"24-25": R.randrange(900, 1300), "25-26": 0}
    for i in ins:
        fy = "24-25" if i["issue"] < date(2025, 4, 1) else "25-26"
        seq[fy] += R.choice([1, 1, 1, 2, 3])
        i["number"] = "KDS/%s/%04d" % (fy, seq[fy])
    n = R.randrange(150, 260)
    for i in sgs:
        n += R.choice([1, 1, 2])
        i["number"] = "SG-INV-%04d" % n
    ids = R.sample(range(10000, 99999), len(INVOICES))
    for i, x in zip(INVOICES, ids):
        i["id"] = "i-%05d" % x
        i["balance0"] = i["balance"]


# --------------------------------------------------------------------------
# simulation: apply the planned labels in payment order and check them
# --------------------------------------------------------------------------
def cents(d):
    return int(q2(d) * 100)


def count_subsets(vals, target, cap=50):
    dp = {0: 1}
    for v in vals:
        nd = dict(dp)
        for s, c in dp.items():
            t = s + v
            if t <= target:
                nd[t] = min(cap, nd.get(t, 0) + c)
        dp = nd
    return dp.get(target, 0) if target > 0 else 0


def open_of(bal, cust, cur, exclude=()):
    ex = {i["id"] for i in exclude}
    return [i for i in INVOICES if i["cust"] == cust and i["cur"] == cur and bal[i["id"]] > 0 and i["id"] not in ex]


def simulate():
    bal = {i["id"]: i["balance0"] for i in INVOICES}
    problems = []
    order = sorted(PAYS, key=lambda p: (p["date"], p["n"]))
    for p in order:
        pl = p["plan"]
        amt = p["amount"]
        # checks against the state before this payment
        for ch in p["checks"]:
            if ch[0] == "subsets":
                _, cust, cur, target, sets = ch
                pool = open_of(bal, cust, cur)
                n = count_subsets([cents(bal[i["id"]]) for i in pool], cents(target))
                ok = n == len(sets) and all(sum(bal[i["id"]] for i in s) == target for s in sets)
                if not ok:
                    problems.append((p, "subsets %d != %d" % (n, len(sets)), (cust, cur)))
            elif ch[0] == "nofit":
                _, cust, cur, rem, applied = ch
                pool = open_of(bal, cust, cur, exclude=applied)
                n1 = count_subsets([cents(bal[i["id"]]) for i in pool], cents(rem))
                n2 = count_subsets([cents(bal[i["id"]]) for i in open_of(bal, cust, cur)], cents(amt)) if applied else 0
                if n1 or n2:
                    problems.append((p, "nofit %d/%d" % (n1, n2), (cust, cur)))
            elif ch[0] == "global":
                _, cur, target, expect = ch
                hits = sorted(i["id"] for i in INVOICES if i["cur"] == cur and bal[i["id"]] == target)
                if hits != sorted(i["id"] for i in expect):
                    problems.append((p, "global %s" % hits, None))
                for k in {i["cust"] for i in INVOICES if i["cur"] == cur}:
                    pool = open_of(bal, k, cur)
                    n = count_subsets([cents(bal[i["id"]]) for i in pool], cents(target))
                    if n > sum(1 for i in expect if i["cust"] == k):
                        problems.append((p, "global subsets %s" % k, (k, cur)))
        # invariants of the label
        tot = sum(a for _, a in pl["apps"]) + pl["unapplied"]
        if p["bad"] is None:
            assert tot == amt, (p["key"], tot, amt)
        for i, a in pl["apps"]:
            assert i["cur"] == p["cur"] and a > 0, p["key"]
            assert a <= bal[i["id"]], (p["key"], i["number"], a, bal[i["id"]])
        st = pl["status"]
        after = {i["id"]: bal[i["id"]] - a for i, a in pl["apps"]}
        if st == "applied":
            assert pl["unapplied"] == 0 and pl["short"] is None and pl["apps"] and all(v == 0 for v in after.values()), p["key"]
        elif st == "partial":
            assert pl["unapplied"] == 0 and any(v > 0 for v in after.values()), p["key"]
            if pl["short"]:
                si, sa, _ = pl["short"]
                assert after[si["id"]] == sa, (p["key"], after[si["id"]], sa)
        elif st == "unapplied":
            assert pl["unapplied"] > 0 and all(v == 0 for v in after.values()), p["key"]
        elif st == "review":
            assert not pl["apps"], p["key"]
            for c in pl["cands"]:
                for i in c:
                    assert i["cur"] == p["cur"] and bal[i["id"]] > 0
        for i, a in pl["apps"]:
            bal[i["id"]] -= a
        # a cited-invoice overpay / duplicate must not find the invoice still open
        if p["key"] == "duplicate_second":
            first = p["render_after"]["plan"]["apps"][0][0]
            assert bal[first["id"]] == 0
    return problems


def fix_problems(problems):
    """Nudge filler invoices of the pairs involved (deterministic)."""
    for pr in problems:
        p = pr[0]
        if p["key"].startswith("unknown_payer"):
            delta = Decimal(R.randrange(1, 97)) / 100
            p["amount"] += delta
            p["plan"]["unapplied"] += delta
            for c in p["plan"]["cands"]:
                for i in c:
                    for f in ("total", "balance", "balance0", "taxable"):
                        i[f] += delta
            p["checks"] = [("global", p["cur"], p["amount"], [c[0] for c in p["plan"]["cands"]])]
    pairs = {pr[2] for pr in problems if pr[2] and not pr[0]["key"].startswith("unknown_payer")}
    for cust, cur in sorted(pairs):
        for i in INVOICES:
            if i.get("filler") and i["cust"] == cust and i["cur"] == cur:
                bump = Decimal(R.randrange(1, 97)) / 100
                i["total"] += bump
                i["balance"] += bump
                i["balance0"] += bump
    return bool(pairs)


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
def main():
    build_scenarios()
    add_fillers(1500)
    number_invoices()
    for rnd in range(30):
        problems = simulate()
        if not problems:
            break
        print("round", rnd, len(problems), [(pr[0]["key"], pr[1]) for pr in problems][:8])
        fix_problems(problems)
    assert not problems, [(pr[0]["key"], pr[1]) for pr in problems]

    for p in PAYS:  # render in creation order (duplicates copy their first payment)
        ref, remit, lang, why = p["render"](p)
        p["reference"], p["remittance"], p["lang_out"], p["why"] = ref, remit, lang, why

    order = sorted(PAYS, key=lambda p: (p["date"], p["n"]))
    pids = R.sample(range(10000, 99999), len(order))
    for p, x in zip(order, pids):
        p["id"] = "p-%05d" % x

    inv_out = []
    for i in sorted(INVOICES, key=lambda i: (i["issue"], i["number"])):
        c = CUST[i["cust"]]
        inv_out.append({"id": i["id"], "number": i["number"], "customer_id": c["id"], "customer_name": c["name"],
                        "currency": i["cur"], "total": s2(i["total"]), "balance": s2(i["balance0"]),
                        "issue_date": i["issue"].isoformat(), "due_date": i["due"].isoformat()})
    pay_out, lab_out = [], []
    for p in order:
        amount = s2(p["amount"])
        cur = p["cur"]
        if p["bad"]:
            amount, cur = p["bad"]["amount"], p["bad"]["currency"]
        pay_out.append({"id": p["id"], "date": p["date"].isoformat(), "amount": amount, "currency": cur,
                        "payer_name": p["payer"], "customer_id": p["cid"], "reference": p["reference"], "remittance": p["remittance"]})
        pl = p["plan"]
        unapplied = s2(pl["unapplied"]) if not p["bad"] else pl["unapplied_raw"]
        if pl["status"] == "review" and not p["bad"]:
            unapplied = amount
        lab_out.append({
            "payment_id": p["id"], "status": pl["status"],
            "applications": [{"invoice_id": i["id"], "amount": s2(a)} for i, a in pl["apps"]],
            "unapplied": unapplied,
            "short_pay": {"invoice_id": pl["short"][0]["id"], "amount": s2(pl["short"][1]), "reason": pl["short"][2]} if pl["short"] else None,
            "candidates": [[i["id"] for i in c] for c in pl["cands"]],
            "scenario": p["key"], "bad_input": bool(p["bad"]),
            "note": "[%s, %s] %s" % (pl["status"], p["lang_out"], p["why"]),
        })
    os.makedirs(LEDGER, exist_ok=True)
    for name, obj in (("invoices.json", inv_out), ("payments.json", pay_out), ("labels.json", lab_out)):
        with open(os.path.join(LEDGER, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    write_readme(inv_out, pay_out, lab_out)


def write_readme(inv_out, pay_out, lab_out):
    from collections import Counter
    st = Counter(l["status"] for l in lab_out)
    sc = Counter((l["status"], l["scenario"]) for l in lab_out)
    lg = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in lab_out)
    cu = Counter(p["currency"] for p in pay_out)
    icu = Counter(i["currency"] for i in inv_out)
    tmpl = open(os.path.join(HERE, "README.tmpl.md"), encoding="utf-8").read()
    fill = {
        "N_INV": str(len(inv_out)), "N_PAY": str(len(pay_out)), "N_CUST": str(len(CUST)),
        "STATUS": "\n".join("| `%s` | %d |" % (k, st[k]) for k in ("applied", "partial", "unapplied", "review")),
        "SCEN": "\n".join("| `%s` | `%s` | %d |" % (k[0], k[1], v) for k, v in sorted(sc.items())),
        "LANG": ", ".join("%s %d" % (k, v) for k, v in sorted(lg.items(), key=lambda x: -x[1])),
        "PCUR": ", ".join("%s %d" % (k, v) for k, v in sorted(cu.items(), key=lambda x: (-x[1], str(x[0])))),
        "ICUR": ", ".join("%s %d" % (k, v) for k, v in sorted(icu.items(), key=lambda x: -x[1])),
        "SHORT": str(sum(1 for l in lab_out if l["short_pay"])),
        "BAD": str(sum(1 for l in lab_out if l["bad_input"])),
    }
    for k, v in fill.items():
        tmpl = tmpl.replace("{{%s}}" % k, v)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(tmpl)


if __name__ == "__main__":
    main()
