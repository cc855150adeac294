#!/usr/bin/env python3
"""Deterministic, stdlib-only generator for the held-out cash-application set.

    python3 build.py      # rewrites invoices.json, payments.json, labels.jsonl byte for byte

Every label is computed from the scenario that produced the payment and is then
re-checked by replaying all payments, in order, against the ledger (see validate()).
"""
import csv
import io
import itertools
import json
import os
import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3103)
C2 = D("0.01")
ZERO = D("0.00")


def q(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def s(x):
    return str(q(x))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def bankify(name):
    t = strip_accents(name).upper()
    t = t.replace("'", "").replace(".", "").replace(",", "").replace("(", "").replace(")", "")
    return re.sub(r"\s+", " ", t).strip()


def trunc(t, n):
    return t[:n].rstrip()


# --------------------------------------------------------------------------------------------
# Our own group
ENT = {
    "AUD": {"name": "Boundary Creek Services Pty Ltd", "short": "Boundary Creek", "tax": D("0.10"), "taxname": "GST",
            "sym": "$"},
    "NZD": {"name": "Boundary Creek NZ Limited", "short": "Boundary Creek NZ", "tax": D("0.15"), "taxname": "GST",
            "sym": "$"},
    "GBP": {"name": "Boundary Creek (UK) Ltd", "short": "Boundary Creek UK", "tax": D("0.20"), "taxname": "VAT",
            "sym": "£"},
}

FIRST = ["James", "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Jack", "Isla", "William", "Mia", "Thomas",
         "Grace", "Lachlan", "Chloe", "Cooper", "Ruby", "Priya", "Arjun", "Wei", "Mei", "Minh", "Linh", "Nikos",
         "Eleni", "Aroha", "Tama", "Hemi", "Mere", "Siobhan", "Callum", "Fiona", "Rhys", "Ffion", "Hamish", "Sione",
         "Losa", "Fatima", "Omar", "Raj", "Anjali", "Hiroshi", "Yuki", "Tomasz", "Agnieszka", "Sarah", "David",
         "Michelle", "Greg", "Karen", "Darren", "Shane", "Kylie", "Bronwyn", "Nathan", "Rebecca", "Deb", "Trish",
         "Bev", "Stuart", "Gareth", "Niamh", "Aisling", "Kiri", "Wiremu", "Ana", "Mateo", "Dimitri", "Sanjay"]
LAST = ["Nguyen", "Papadopoulos", "Kowalski", "Singh", "Patel", "Chen", "Wong", "Te Rangi", "Ngata", "Walker",
        "O'Brien", "MacLeod", "Campbell", "Jones", "Evans", "Hughes", "Taylor", "Murphy", "Kelly", "Rossi",
        "Bianchi", "Tan", "Lim", "Kaur", "Fifita", "Tuilagi", "Novak", "Hall", "Wright", "Clarke", "Baker",
        "Harris", "Robinson", "Lee", "Park", "Kim", "Sato", "Doyle", "Fitzgerald", "Horvath", "Jankowski",
        "Mahuika", "Parata", "Reid", "Sutherland", "Abernethy", "Okafor", "Mensah", "Varga", "Lindqvist"]

AU_PLACES = ["Harbourside", "Parramatta", "Bayside", "Northshore", "Southbank", "Redland", "Hunter Valley",
             "Illawarra", "Gippsland", "Riverina", "Swan Valley", "Fremantle", "Geelong", "Ballarat", "Toowoomba",
             "Cairns", "Top End", "Derwent", "Tamar", "Wollongong", "Novocastrian", "Blue Mountains", "Noosa",
             "Burleigh", "Mornington", "Barossa", "Adelaide Hills", "Pilbara", "Kimberley", "Mackay", "Bundaberg",
             "Murray River", "Dubbo", "Tamworth", "Orange", "Bendigo", "Goulburn", "Mildura", "Broome", "Eyre",
             "Limestone Coast", "Whitsunday", "Capricorn", "Darling Downs", "Yarra", "Dandenong", "Macarthur",
             "Penrith", "Hawkesbury", "Sutherland Shire", "Shoalhaven", "Esperance", "Kalgoorlie", "Coffs",
             "Port Macquarie", "Lismore", "Bellarine", "Surf Coast", "Huon", "Peel"]
AU_IND = ["Civil", "Constructions", "Dental Group", "Physiotherapy", "Plumbing", "Electrical", "Landscapes",
          "Logistics", "Events", "Medical Centre", "Scaffolding", "Earthmoving", "Joinery", "Roofing", "Cabinetry",
          "Fitouts", "Surveying", "Engineering", "Developments", "Property Group", "Concreting", "Demolition",
          "Drilling", "Mining Services", "Hospitality Group", "Catering", "Vineyards", "Marine", "Transport",
          "Haulage", "Brewing Co", "Aged Care", "Childcare", "Solar", "Irrigation", "Fencing", "Tiling"]
NZ_PLACES = ["Tauranga", "Whangarei", "Rotorua", "Hawke's Bay", "Taranaki", "Waikato", "Canterbury", "Otago",
             "Nelson", "Marlborough", "Manawatu", "Wairarapa", "Northland", "Kapiti", "Queenstown", "Dunedin",
             "Hutt Valley", "Waitemata", "Tamaki", "Kaikoura", "Coromandel", "Gisborne", "Southland", "Westland",
             "Ruapehu", "Horowhenua", "Matakana", "Kaipara", "Selwyn", "Timaru"]
NZ_IND = ["Orchards", "Dairy Services", "Contractors", "Builders", "Drainage", "Forestry", "Aggregates",
          "Viticulture", "Roading", "Marine Services", "Events", "Cool Stores", "Kiwifruit Packers", "Earthworks",
          "Scaffolding", "Hire", "Surveyors", "Engineering", "Properties", "Transport"]
UK_PLACES = ["Pennine", "Thames", "Severn", "Mersey", "Cotswold", "Wessex", "Chiltern", "Solent", "Humber", "Tyne",
             "Fenland", "Cheviot", "Mendip", "Peak", "Clyde", "Brecon", "Medway", "Trent", "Wealden", "Exmoor",
             "Dales", "Lothian", "Tamar Valley", "Ribble", "Avon"]
UK_IND = ["Logistics", "Consulting", "Facilities", "Surveys", "Plant Hire", "Events", "Property", "Engineering",
          "Marine", "Construction", "Utilities", "Rail Services", "Build", "Estates", "Energy"]

# customers billed in one currency but living abroad (bank fees, withholding)
FOREIGN = [
    ("AUD", "Highlands Gold Mining Limited", "Port Moresby", "PG", "withholding"),
    ("AUD", "Kokoda Ridge Resources Ltd", "Lae", "PG", "withholding"),
    ("AUD", "Lautoka Marine Works Pte Ltd", "Lautoka", "FJ", "fee"),
    ("AUD", "Straits Harbour Engineering Pte Ltd", "Singapore", "SG", "fee"),
    ("AUD", "Rarotonga Resorts Holdings Ltd", "Avarua", "CK", "fee"),
    ("NZD", "Suva Construction Partners Ltd", "Suva", "FJ", "withholding"),
    ("NZD", "Apia Infrastructure Services Ltd", "Apia", "WS", "withholding"),
    ("NZD", "Coral Coast Developments Pty Ltd", "Brisbane", "AU", "fee"),
    ("NZD", "Southern Alps Tourism (Australia) Pty Ltd", "Melbourne", "AU", "fee"),
    ("GBP", "Deccan Infra Projects Pvt Ltd", "Pune", "IN", "withholding"),
    ("GBP", "Malabar Offshore Services Pvt Ltd", "Kochi", "IN", "withholding"),
    ("GBP", "Liffey Structural Ltd", "Dublin", "IE", "fee"),
    ("GBP", "Rheinland Anlagenbau GmbH", "Köln", "DE", "fee"),
    ("GBP", "Loire Ingénierie SAS", "Nantes", "FR", "fee"),
    ("GBP", "Shenzhen Harbour Equipment Co., Ltd", "Shenzhen", "CN", "fee"),
    ("GBP", "Hanseatische Kranlogistik GmbH", "Hamburg", "DE", "fee"),
    ("GBP", "Société Alpine de Levage SA", "Lyon", "FR", "fee"),
    ("GBP", "Constructora Cantábrica SL", "Santander", "ES", "fee"),
    ("GBP", "Obras y Montajes del Ebro SA", "Zaragoza", "ES", "fee"),
    ("AUD", "Ningbo Ocean Equipment Co., Ltd", "Ningbo", "CN", "fee"),
    ("AUD", "Xiamen Tianli Construction Co., Ltd", "Xiamen", "CN", "fee"),
    ("NZD", "Guangdong Jinhui Fruit Import Co., Ltd", "Guangzhou", "CN", "fee"),
    ("NZD", "Bayerische Holzbau Export GmbH", "Rosenheim", "DE", "fee"),
]

UNKNOWN_PAYERS = ["M & R DELACROIX", "SMSF TRUSTEE PTY L", "J OYELARAN", "MR D K FARQUHAR", "INTL TFR 0193",
                  "ZHOU XIAOMING", "QUILLFEATHER HOLDI", "A VAN DER BERG", "HOLLOWAY SUPER FUN", "K & T BRAITHWAIT",
                  "MRS E ACHTERBERG", "NORDIC TRANSFER OY", "OSEI ASANTE", "PRIMROSE & GALE", "R DUNSTAN-HYDE",
                  "L MAVROMATIS", "C/O PAYROLL BUREAU", "WESTPAC ONLINE TFR", "T & M O'DWYER", "VELLACOTT FAMILY",
                  "IVANOV P", "GRIMSHAW NOMINEES", "S ALAPATI", "BRAMBLEWOOD TRUST"]

# --------------------------------------------------------------------------------------------
# customers and ledger

CUSTS = []
CUST_BY_ID = {}
USED_CIDS = set()


def new_cid():
    while True:
        c = "c-%04d" % R.randint(1000, 9999)
        if c not in USED_CIDS:
            USED_CIDS.add(c)
            return c


def person():
    return pick(FIRST), pick(LAST)


USED_NAMES = set()


def add_customer(cur, name, kind="co", legal=None, bank=None, country=None, foreign=None, cur2=None):
    assert name not in USED_NAMES, name
    USED_NAMES.add(name)
    fn, ln = person()
    dom = re.sub(r"[^a-z]", "", strip_accents(name).lower().split(" pty")[0].split(" ltd")[0].split(" limited")[0])[:18]
    c = {"id": new_cid(), "name": name, "cur": [cur] + ([cur2] if cur2 else []), "kind": kind,
         "legal": legal or name, "bank": bank or bankify(legal or name), "contact": (fn, ln),
         "domain": dom + pick([".com.example", ".example", ".co.example"]), "country": country,
         "foreign": foreign, "terms": pick([7, 14, 14, 30, 30, 30, "EOM30"]), "touched": False,
         "reserved": False, "lock": -1}
    CUSTS.append(c)
    CUST_BY_ID[c["id"]] = c
    return c


COMBOS = set()


def build_customers():
    combos = COMBOS

    def uniq(places, inds):
        while True:
            p, i = pick(places), pick(inds)
            if (p, i) not in combos:
                combos.add((p, i))
                return p, i

    for _ in range(152):
        p, i = uniq(AU_PLACES, AU_IND)
        r = R.random()
        if r < 0.62:
            add_customer("AUD", "%s %s Pty Ltd" % (p, i))
        elif r < 0.76:
            fn, ln = person()
            ln2 = ln if ln not in ("O'Brien",) else "Obrien"
            trade = "%s %s" % (p, i)
            legal = pick(["The Trustee for the %s Family Trust" % ln2, "%s & %s %s ATF %s Family Trust" %
                          (fn[0], pick(FIRST)[0], ln2, ln2), "%s Holdings Pty Ltd ATF %s Unit Trust" % (ln2, ln2)])
            add_customer("AUD", trade, kind="trust", legal=legal)
        elif r < 0.86:
            fn, ln = person()
            legal = "%s %s" % (fn, ln)
            add_customer("AUD", "%s %s" % (p, i), kind="sole", legal=legal,
                         bank=bankify("%s %s" % (fn[0] + pick(["", " " + pick(FIRST)[0]]), ln)))
        elif r < 0.93:
            fn, ln = person()
            legal = "%s Enterprises Pty Ltd" % strip_accents(ln).replace("'", "")
            add_customer("AUD", "%s %s" % (p, i), kind="tas", legal=legal)
        else:
            add_customer("AUD", "%s %s Pty Ltd" % (p, i), cur2="NZD")
    for _ in range(72):
        p, i = uniq(NZ_PLACES, NZ_IND)
        r = R.random()
        if r < 0.8:
            add_customer("NZD", "%s %s %s" % (p, i, pick(["Limited", "Ltd", "Ltd"])))
        else:
            fn, ln = person()
            legal = pick(["%s Family Trust", "%s Whanau Trust", "The Trustees of the %s Family Trust"]) % ln
            add_customer("NZD", "%s %s" % (p, i), kind="trust", legal=legal)
    for _ in range(48):
        p, i = uniq(UK_PLACES, UK_IND)
        r = R.random()
        if r < 0.85:
            add_customer("GBP", "%s %s %s" % (p, i, pick(["Ltd", "Ltd", "Limited", "LLP", "plc"])))
        else:
            fn, ln = person()
            add_customer("GBP", "%s %s" % (p, i), kind="tas",
                         legal="%s %s Group Ltd" % (strip_accents(ln).replace("'", ""), pick(["Family", "Holdings"])))
    for cur, name, city, cc, why in FOREIGN:
        add_customer(cur, name, country=cc, foreign=why)


INVOICES = []
INV_BY_ID = {}
INV_BY_NUM = {}
USED_IIDS = set()
NUMS = {"AUD": (104310, 850, "INV-%d"), "NZD": (40110, 420, "NZ-%d"), "GBP": (3105, 300, "UK-%d")}
GAPS = {}
NUM_DATE = {}
LEDGER_START = date(2025, 8, 1)
LEDGER_END = date(2026, 1, 30)


def new_iid():
    while True:
        c = "i-%05d" % R.randint(10000, 99999)
        if c not in USED_IIDS:
            USED_IIDS.add(c)
            return c


def due_for(cust, issue):
    t = cust["terms"]
    if t == "EOM30":
        nxt = (issue.replace(day=28) + timedelta(days=4)).replace(day=1)
        return nxt + timedelta(days=29)
    return issue + timedelta(days=t)


def invoice_amount(cur, kind=None):
    """Return (net, total) for a plausible services or hire invoice."""
    ent = ENT[cur]
    kind = kind or pick(["hire", "hire", "services", "services", "mixed"])
    if kind == "hire":
        rate = pick([D("95"), D("145"), D("185"), D("220"), D("265"), D("340"), D("385"), D("420"), D("560"),
                     D("690"), D("875"), D("1150")])
        days = pick([1, 1, 2, 2, 3, 3, 4, 5, 5, 7, 7, 10, 14, 14, 21, 28])
        net = rate * days + pick([ZERO, ZERO, D("85"), D("120"), D("165"), D("240")])
    elif kind == "services":
        rate = pick([D("135"), D("165"), D("185"), D("210"), D("245"), D("290"), D("320")])
        hours = D(pick([R.randint(2, 16), R.randint(4, 40), R.randint(10, 90), R.randint(40, 160)])) / D(2)
        net = rate * hours
    else:
        net = D(pick([R.randint(180, 2500), R.randint(300, 6000), R.randint(1000, 18000)])) + D(R.randint(0, 99)) / 100
    if cur == "GBP":
        net = q(net * D("0.55"))
    elif cur == "NZD":
        net = q(net * D("1.08"))
    net = q(net)
    total = q(net * (1 + ent["tax"]))
    return net, total


def add_invoice(cust, cur, number_int, issue, total, balance=None):
    iid = new_iid()
    fmt = NUMS[cur][2]
    inv = {"id": iid, "number": fmt % number_int, "n": str(number_int), "customer_id": cust["id"],
           "customer_name": cust["name"], "currency": cur, "total": q(total),
           "balance": q(total if balance is None else balance), "issue_date": issue,
           "due_date": due_for(cust, issue)}
    inv["bal"] = inv["balance"]
    INVOICES.append(inv)
    INV_BY_ID[iid] = inv
    INV_BY_NUM[inv["number"]] = inv
    return inv


def build_ledger():
    span = (LEDGER_END - LEDGER_START).days
    for cur, (start, count, fmt) in NUMS.items():
        cs = [c for c in CUSTS if c["cur"][0] == cur or cur in c["cur"]]
        weights = [R.choice([1, 1, 2, 2, 3, 4, 6]) if not c["foreign"] else 6 for c in cs]
        n = start
        nums = []
        while len(nums) < count:
            nums.append(n)
            n += pick([1, 1, 1, 2, 2, 3])
        allnums = list(range(start, n))
        for k, num in enumerate(allnums):
            NUM_DATE[(cur, num)] = LEDGER_START + timedelta(days=int(span * k / len(allnums)))
        GAPS[cur] = [x for x in allnums if x not in set(nums)]
        for num in nums:
            cust = R.choices(cs, weights)[0]
            issue = NUM_DATE[(cur, num)]
            net, total = invoice_amount(cur)
            r = R.random()
            bal = None
            if r < 0.035:  # credit note against one line
                bal = total - q(total * pick([D("0.1"), D("0.2"), D("0.25"), D("0.5")]))
            elif r < 0.07:  # deposit or earlier part payment already received
                part = q((total * pick([D("0.3"), D("0.5")])).quantize(D("1"), ROUND_DOWN))
                if part > 0 and part < total:
                    bal = total - part
            add_invoice(cust, cur, num, issue, total, bal)


def take_gap(cur, lo=None, hi=None):
    cands = [g for g in GAPS[cur] if (lo is None or NUM_DATE[(cur, g)] >= lo) and
             (hi is None or NUM_DATE[(cur, g)] <= hi)]
    g = pick(cands)
    GAPS[cur].remove(g)
    return g, NUM_DATE[(cur, g)]


def fresh_invs(cust, cur=None):
    """Open invoices that no earlier payment in this batch has touched."""
    return [i for i in open_invs(cust, cur) if i["bal"] == i["balance"]]


def open_invs(cust, cur=None):
    return sorted([i for i in INVOICES if i["customer_id"] == cust["id"] and i["bal"] > 0 and
                   (cur is None or i["currency"] == cur)], key=lambda i: i["number"])


# --------------------------------------------------------------------------------------------
# text helpers


def money(cur, x, style=None):
    x = q(x)
    style = style if style is not None else R.randint(0, 5)
    plain = "{:,.2f}".format(x)
    if style == 0:
        return str(x)
    if style == 1:
        return plain
    if style == 2:
        return {"AUD": "$", "NZD": "$", "GBP": "£"}[cur] + plain
    if style == 3:
        return cur + " " + plain
    if style == 4:
        return {"AUD": "A$", "NZD": "NZ$", "GBP": "£"}[cur] + plain
    return plain + " " + cur


def money_eu(cur, x):
    t = "{:,.2f}".format(q(x)).replace(",", "X").replace(".", ",").replace("X", ".")
    return t + " " + cur


def money_fr(cur, x):
    t = "{:,.2f}".format(q(x)).replace(",", "\u202f").replace(".", ",")
    return t + " " + {"GBP": "£", "AUD": "AUD", "NZD": "NZD"}[cur]


def d_au(d):
    return d.strftime("%d/%m/%Y")


def d_long(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def inv_text(inv, style=None):
    """How a customer writes one of our invoice numbers."""
    n, cur = inv["n"], inv["currency"]
    pre = {"AUD": "INV", "NZD": "NZ", "GBP": "UK"}[cur]
    opts = [inv["number"], inv["number"], pre + n, n, "Inv " + n, "Inv# " + n, "invoice " + n,
            "#" + n, pre + " " + n, "Invoice No. " + inv["number"]]
    if style is None:
        return pick(opts)
    return opts[style]


def inv_short(inv):
    """Compact form for 18/12 character bank references."""
    pre = {"AUD": "INV", "NZD": "NZ", "GBP": "UK"}[inv["currency"]]
    return pick([pre + inv["n"], inv["n"], inv["n"], pre + " " + inv["n"]])


GREET = {"en": ["Hi", "Hello", "Good morning", "Hi team", "Hi there", "Dear Accounts", "Afternoon", "G'day",
                "Dear Sir/Madam", "Hello Accounts Receivable", "Morning all"],
         "nz": ["Kia ora", "Kia ora koutou", "Hi", "Morena", "Hi team", "Kia ora Accounts team"],
         "uk": ["Dear Sir/Madam", "Good afternoon", "Hello", "Dear Accounts Receivable", "Hi", "Dear Credit Control"]}
SIGN = {"en": ["Cheers", "Thanks", "Kind regards", "Regards", "Many thanks", "Thanks heaps", "Best", "Ta"],
        "nz": ["Nga mihi", "Nga mihi nui", "Cheers", "Thanks", "Kind regards"],
        "uk": ["Kind regards", "Best regards", "Yours faithfully", "Many thanks", "Regards"]}


def region(cur):
    return {"AUD": "en", "NZD": "nz", "GBP": "uk"}[cur]


def phone(cur):
    if cur == "AUD":
        return pick(["(02) 5550 01%02d", "(03) 5550 01%02d", "(07) 5550 01%02d", "0491 570 1%02d"]) % R.randint(0, 99)
    if cur == "NZD":
        return pick(["(09) 555 01%02d", "(07) 555 01%02d", "021 555 01%02d"]) % R.randint(0, 99)
    return pick(["020 7946 0%03d", "0161 496 0%03d", "0113 496 0%03d"]) % R.randint(0, 999)


def signature(cust, cur, short=False):
    fn, ln = cust["contact"]
    role = pick(["Accounts Payable", "Accounts Officer", "Finance Manager", "Office Manager", "Bookkeeper",
                 "AP Team", "Payables Officer", "Financial Controller", "Director"])
    if short:
        return pick([fn, "%s %s" % (fn, ln), fn[0], "%s | %s" % (fn, cust["name"])])
    lines = ["%s %s" % (fn, ln), role, cust["legal"] if cust["kind"] in ("trust", "tas") and chance(0.5) else cust["name"]]
    if chance(0.6):
        lines.append("P: " + phone(cur))
    if chance(0.5):
        lines.append("E: accounts@" + cust["domain"])
    return "\n".join(lines)


def quoted_history(cur):
    ent = ENT[cur]
    w = pick(["On %s, %s Accounts <ar@boundarycreek.example> wrote:", "From: %s Accounts Receivable\nSent: %s",
              "-----Original Message-----\nFrom: %s <ar@boundarycreek.example>\nSent: %s"])
    d = pick(["Monday, 2 February 2026 9:12 AM", "30 Jan 2026, at 16:02", "Friday, 6 February 2026 11:40",
              "Tue 10 Feb 2026 08:31"])
    if w.startswith("On"):
        head = w % (d, ent["short"])
    else:
        head = w % (ent["short"], d)
    body = pick(["Please find attached your statement of account. If you have already paid, thank you.",
                 "A friendly reminder that the invoices below are now past due.",
                 "Your account shows overdue items. Could you let us know when payment is scheduled?",
                 "Attached is a copy of the invoice you asked for."])
    return "\n\n" + "\n".join("> " + x if not x.startswith(("From:", "Sent:", "-----")) else x
                              for x in [head] + [body])


# ---- remittance builders ---------------------------------------------------------------------
# line: dict(inv=invoice, paid=Decimal, gross=Decimal or None, ded=Decimal or None, dedtxt=str or None,
#            num=str (as written) or None)


def L(inv, paid, gross=None, ded=None, dedtxt=None, num=None):
    return {"inv": inv, "paid": q(paid), "gross": q(gross) if gross is not None else None,
            "ded": q(ded) if ded is not None else None, "dedtxt": dedtxt, "num": num}


def num_of(line):
    if line["num"] is None:
        line["num"] = inv_text(line["inv"])
    return line["num"]


def remit_table(cust, cur, pdate, lines, total, notes, method):
    ms = pick([1, 1, 0, 2])
    dated = chance(0.6)
    has_ded = any(l["ded"] for l in lines)
    head = pick(["REMITTANCE ADVICE", "Remittance Advice", "PAYMENT ADVICE", "Remittance advice - %s" % cust["name"]])
    out = [head, ""]
    out.append(pick(["To: %s", "Payee: %s", "Supplier: %s", "Paid to: %s"]) % ENT[cur]["name"])
    out.append(pick(["From: %s", "Payer: %s", "Customer: %s"]) % (cust["legal"] if chance(0.3) else cust["name"]))
    out.append(pick(["Payment date: %s", "Date paid: %s", "Value date: %s"]) % d_au(pdate))
    out.append(pick(["Method: %s", "Payment method: %s", "Paid by: %s"]) % method)
    out.append("")
    cols = ["Invoice"] + (["Inv date"] if dated else []) + (["Gross", "Deduction"] if has_ded else []) + ["Paid"]
    rows = []
    for l in lines:
        r = [num_of(l)] + ([d_au(l["inv"]["issue_date"])] if dated else [])
        if has_ded:
            r += [money(cur, l["gross"] if l["gross"] is not None else l["paid"], ms),
                  money(cur, l["ded"], ms) if l["ded"] else "-"]
        r.append(money(cur, l["paid"], ms))
        rows.append(r)
    widths = [max(len(str(x)) for x in col) + 3 for col in zip(cols, *rows)]
    out.append("".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    out.append("-" * (sum(widths) - 3))
    for r in rows:
        out.append("".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    out.append("-" * (sum(widths) - 3))
    out.append(("TOTAL" if chance(0.5) else "Total paid").ljust(sum(widths[:-1])) + money(cur, total, ms))
    for n in notes:
        out.append("")
        out.append(n)
    if chance(0.5):
        out += ["", pick(["Queries: accounts@%s" % cust["domain"], "This advice was generated automatically.",
                          "Please direct any queries to our accounts team on " + phone(cur) + "."])]
    return "\n".join(out)


def remit_csv(cust, cur, pdate, lines, total, notes, method):
    buf = io.StringIO()
    quoting = pick([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
    w = csv.writer(buf, quoting=quoting, lineterminator="\n")
    has_ded = any(l["ded"] for l in lines)
    hdr = pick([["InvoiceNumber", "InvoiceDate", "AmountPaid"], ["Supplier Ref", "Doc Date", "Paid Amount"],
                ["invoice_no", "date", "amount"], ["Document", "Date", "Payment"]])
    if has_ded:
        hdr = hdr[:2] + ["Gross", "Adjustment", "Adjustment reason"] + hdr[2:]
    w.writerow(hdr)
    for l in lines:
        row = [num_of(l), l["inv"]["issue_date"].isoformat() if chance(0.5) else d_au(l["inv"]["issue_date"])]
        if has_ded:
            row += [str(l["gross"] if l["gross"] is not None else l["paid"]), str(-l["ded"]) if l["ded"] else "0.00",
                    l["dedtxt"] or ""]
        row.append(str(l["paid"]))
        w.writerow(row)
    intro = pick(["Remittance attached as CSV (pasted below as the attachment did not come through):\n\n",
                  "%s payment run %s - %s\n\n" % (cust["name"], pdate.isoformat(), method),
                  "", "Payment details:\n"])
    tail = "\n" + pick(["Total: %s" % money(cur, total), "TOTAL,%s" % total, "Batch total %s" % money(cur, total, 0)])
    body = intro + buf.getvalue() + tail
    if notes:
        body += "\n\n" + "\n".join(notes)
    return body


def remit_prose(cust, cur, pdate, lines, total, notes, method):
    rg = region(cur)
    g = pick(GREET[rg])
    nums = [num_of(l) for l in lines]
    if len(lines) == 1:
        what = pick(["invoice %s" % nums[0], nums[0], "your invoice %s" % nums[0], "inv %s" % nums[0]])
    else:
        what = pick(["invoices ", "the following invoices: ", "", "inv "]) + ", ".join(nums[:-1]) + " and " + nums[-1]
    amt = money(cur, total, pick([1, 2, 3, 4]))
    when = pick(["today", "this morning", "on %s" % d_long(pdate), "yesterday afternoon" if chance(0.2) else "today",
                 "just now"])
    s1 = pick(["We've paid %s %s by %s, covering %s." % (amt, when, method, what),
               "Payment of %s was made %s for %s." % (amt, when, what),
               "Just letting you know %s has gone through %s via %s - that's for %s." % (amt, when, method, what),
               "Please be advised we have transferred %s %s in settlement of %s." % (amt, when, what),
               "%s sent %s for %s." % (amt, when, what)])
    parts = [g + ("," if chance(0.7) else ""), "", s1]
    if len(lines) > 1 and chance(0.6):
        parts.append("")
        parts.append(pick(["Breakdown:", "Split as follows:", "Details:", "That is:"]))
        for l in lines:
            parts.append(pick(["  %s - %s", "- %s: %s", "%s  %s"]) % (num_of(l), money(cur, l["paid"], 1)))
    for n in notes:
        parts += ["", n]
    parts += ["", pick(SIGN[rg]) + ",", signature(cust, cur, short=chance(0.4))]
    if chance(0.25):
        parts.append(quoted_history(cur))
    return "\n".join(parts)


def remit_short(cust, cur, pdate, lines, total, notes, method):
    nums = " ".join(num_of(l) for l in lines)
    t = pick(["pd %s %s thx", "paid %s - %s", "%s paid %s", "payment for %s, %s. ta", "FYI paid %s (%s)"])
    if t.startswith("pd") or t.startswith("paid") or t.startswith("payment") or t.startswith("FYI"):
        body = t % (nums, money(cur, total, 0))
    else:
        body = t % (money(cur, total, 2), nums)
    if notes:
        body += " " + " ".join(notes)
    return body + "\n" + signature(cust, cur, short=True)


def remit_formal(cust, cur, pdate, lines, total, notes, method):
    rg = region(cur)
    parts = [pick(GREET["uk"] if rg == "uk" else GREET[rg]) + ",", "",
             pick(["Please be advised that a payment of %s has been made to your account by %s on %s.",
                   "We write to advise that %s has been remitted by %s with value date %s.",
                   "Kindly note a remittance of %s via %s dated %s, details below."]) %
             (money(cur, total, 3), method, d_au(pdate) if chance(0.5) else d_long(pdate)), ""]
    for l in lines:
        extra = ""
        if l["ded"]:
            extra = " (gross %s less %s)" % (money(cur, l["gross"], 1), money(cur, l["ded"], 1))
        parts.append(pick(["Invoice %s   %s%s", "%s .......... %s%s", "Our ref %s: %s%s"]) %
                     (num_of(l), money(cur, l["paid"], 1), extra))
    for n in notes:
        parts += ["", n]
    parts += ["", pick(SIGN["uk"]) + ",", "", signature(cust, cur)]
    return "\n".join(parts)


def remit_ap(cust, cur, pdate, lines, total, notes, method):
    runno = "%s-%d%s" % (pick(["PMT", "EFT", "PR", "RUN"]), R.randint(7, 9), "".join(pick("ABCDEFGHJK") for _ in range(4)))
    out = ["*** This is an automated message. Please do not reply. ***", "",
           "%s has made a payment to %s." % (cust["legal"] if chance(0.4) else cust["name"], ENT[cur]["name"]),
           "Payment reference: %s" % runno, "Payment date: %s" % pdate.isoformat(),
           "Payment amount: %s" % money(cur, total, 3), "", "Documents paid:"]
    for l in lines:
        out.append("  %s  %s  %s" % (num_of(l), l["inv"]["issue_date"].strftime("%d-%b-%Y"), money(cur, l["paid"], 0)))
        if l["ded"]:
            out.append("    adjustment %s: %s" % (money(cur, -l["ded"], 0), l["dedtxt"] or "see note"))
    for n in notes:
        out += ["", "Note from payer: " + n]
    return "\n".join(out)


def ocr_noise(t, rate=0.04, protect=()):
    keep = set()
    for p in protect:
        for m in re.finditer(re.escape(p), t):
            keep.update(range(m.start(), m.end()))
    subs = {"o": "0", "O": "0", "l": "1", "I": "l", "S": "5", "e": "c", "m": "rn", "a": "o", "B": "8", ",": ".",
            "i": "l", "t": "f"}
    out = []
    for k, ch in enumerate(t):
        if k not in keep and ch in subs and R.random() < rate:
            out.append(subs[ch])
        elif k not in keep and ch == " " and R.random() < rate / 2:
            continue
        else:
            out.append(ch)
    return "".join(out)


def remit_ocr(cust, cur, pdate, lines, total, notes, method, noise=0.05):
    out = [pick(["[scanned remittance slip]", "--- OCR page 1 of 1 ---", "LOCKBOX IMAGE TEXT:", "[image 2/2: remittance]"]),
           (cust["legal"] if chance(0.4) else cust["name"]).upper(),
           pick(["REMITTANCE ADVICE", "CHEQUE REMITTANCE", "PAYMENT ADVICE - CHEQUE ENCLOSED"]),
           "DATE %s" % pdate.strftime("%d.%m.%y")]
    for l in lines:
        out.append("%s   %s" % (num_of(l), money(cur, l["paid"], 1)))
        if l["ded"]:
            out.append("  LESS %s %s" % (money(cur, l["ded"], 1), (l["dedtxt"] or "").upper()))
    out.append("TOTAL %s" % money(cur, total, 1))
    out += [n.upper() for n in notes]
    protect = [num_of(l) for l in lines] + [money(cur, l["paid"], 1) for l in lines] + [money(cur, total, 1)]
    protect += ["%s" % money(cur, l["ded"], 1) for l in lines if l["ded"]]
    return ocr_noise("\n".join(out), noise, protect)


def remit_de(cust, cur, pdate, lines, total, notes, method):
    out = ["Sehr geehrte Damen und Herren,", "",
           "hiermit avisieren wir Ihnen eine Zahlung in Höhe von %s (Valuta %s) per %s für folgende Rechnungen:" %
           (money_eu(cur, total), pdate.strftime("%d.%m.%Y"), pick(["SEPA/SWIFT-Überweisung", "Auslandsüberweisung"])),
           ""]
    for l in lines:
        extra = ""
        if l["ded"]:
            extra = "  (brutto %s, abzgl. %s %s)" % (money_eu(cur, l["gross"]), money_eu(cur, l["ded"]), l["dedtxt"] or "")
        out.append("Rechnung %s: %s%s" % (num_of(l), money_eu(cur, l["paid"]), extra))
    for n in notes:
        out += ["", n]
    out += ["", "Mit freundlichen Grüßen", "%s %s" % cust["contact"], "Kreditorenbuchhaltung", cust["name"]]
    return "\n".join(out)


def remit_fr(cust, cur, pdate, lines, total, notes, method):
    out = ["Bonjour,", "", "Nous vous informons du règlement de %s par virement du %s, concernant :" %
           (money_fr(cur, total), pdate.strftime("%d/%m/%Y")), ""]
    for l in lines:
        extra = ""
        if l["ded"]:
            extra = " (montant facturé %s, moins %s : %s)" % (money_fr(cur, l["gross"]), money_fr(cur, l["ded"]),
                                                              l["dedtxt"] or "")
        out.append("- facture %s : %s%s" % (num_of(l), money_fr(cur, l["paid"]), extra))
    for n in notes:
        out += ["", n]
    out += ["", "Cordialement,", "%s %s" % cust["contact"], "Service comptabilité fournisseurs", cust["name"]]
    return "\n".join(out)


def remit_zh(cust, cur, pdate, lines, total, notes, method):
    out = ["您好！", "", "我司已于%d年%d月%d日通过电汇支付%s，明细如下：" % (pdate.year, pdate.month, pdate.day,
                                                         money(cur, total, 3)), ""]
    for l in lines:
        extra = ""
        if l["ded"]:
            extra = "（原金额%s，扣除%s：%s）" % (money(cur, l["gross"], 3), money(cur, l["ded"], 3), l["dedtxt"] or "")
        out.append("发票号 %s：%s%s" % (num_of(l), money(cur, l["paid"], 3), extra))
    for n in notes:
        out += ["", n]
    out += ["", "谢谢！", "%s 财务部" % cust["name"], "%s %s" % cust["contact"]]
    return "\n".join(out)


STYLES_EN = ["table", "csv", "prose", "prose", "short", "formal", "ap"]
def remit_es(cust, cur, pdate, lines, total, notes, method):
    out = [pick(["Estimados señores:", "Buenos días:"]), "",
           "Les comunicamos que con fecha %s hemos ordenado una transferencia por importe de %s correspondiente a "
           "las siguientes facturas:" % (pdate.strftime("%d/%m/%Y"), money_eu(cur, total)), ""]
    for l in lines:
        extra = ""
        if l["ded"]:
            extra = " (importe facturado %s, menos %s: %s)" % (money_eu(cur, l["gross"]), money_eu(cur, l["ded"]),
                                                              l["dedtxt"] or "")
        out.append("  Factura %s .... %s%s" % (num_of(l), money_eu(cur, l["paid"]), extra))
    for n in notes:
        out += ["", n]
    out += ["", "Atentamente,", "%s %s" % cust["contact"], "Departamento de Administración", cust["name"]]
    return "\n".join(out)


def remit_vi(cust, cur, pdate, lines, total, notes, method):
    out = [pick(["Chào anh/chị,", "Kính gửi phòng kế toán,"]), "",
           "Chúng tôi đã chuyển khoản %s ngày %s để thanh toán %s:" % (money(cur, total, 2), d_au(pdate),
                                                                      "các hóa đơn sau" if len(lines) > 1 else "hóa đơn"),
           ""]
    for l in lines:
        extra = ""
        if l["ded"]:
            extra = " (số tiền gốc %s, trừ %s: %s)" % (money(cur, l["gross"], 2), money(cur, l["ded"], 2),
                                                      l["dedtxt"] or "")
        out.append("- Hóa đơn %s: %s%s" % (num_of(l), money(cur, l["paid"], 2), extra))
    for n in notes:
        out += ["", n]
    out += ["", pick(["Xin cảm ơn,", "Trân trọng,"]), "%s %s" % (cust["contact"][1], cust["contact"][0]), cust["name"]]
    return "\n".join(out)


BUILDERS = {"vi": remit_vi, "es": remit_es, "table": remit_table, "csv": remit_csv, "prose": remit_prose, "short": remit_short,
            "formal": remit_formal, "ap": remit_ap, "ocr": remit_ocr, "de": remit_de, "fr": remit_fr, "zh": remit_zh}


def lang_for(cust, cur):
    cc = cust.get("country")
    if cc == "DE":
        return "de"
    if cc == "FR":
        return "fr"
    if cc == "CN":
        return "zh"
    if cc == "ES":
        return "es"
    if cust["contact"][1] in ("Chen", "Wong", "Tan", "Lim") and cur in ("AUD", "NZD") and chance(0.5):
        return "zh"
    if cust["contact"][1] == "Nguyen" and cur == "AUD" and chance(0.5):
        return "vi"
    return "en"


def remittance(cust, cur, pdate, lines, total, notes=(), method="EFT", style=None):
    lang = lang_for(cust, cur)
    if style is None:
        style = lang if lang != "en" and chance(0.8) else pick(STYLES_EN)
    if style in ("de", "fr", "zh", "es", "vi"):
        lang = style
    else:
        lang = "en"
    return BUILDERS[style](cust, cur, pdate, lines, total, list(notes), method), lang


# ---- bank channels ---------------------------------------------------------------------------

CHANNELS = {"AUD": ["eft", "eft", "eft", "bpay", "stripe", "cheque"],
            "NZD": ["nz", "nz", "nz", "stripe"],
            "GBP": ["bacs", "fps", "fps", "stripe", "cheque"]}
METHOD = {"eft": "EFT", "bpay": "BPAY", "stripe": "card", "cheque": "cheque", "nz": "internet banking",
          "bacs": "BACS", "fps": "Faster Payment"}


def stripe_id():
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    body = "".join(pick(alpha) if chance(0.75) else pick("23456789") for _ in range(24))
    return pick(["ch_3", "py_3", "pi_3"]) + body


def payer_for(cust, channel, alias=False, need_name=False):
    if alias:
        base = bankify(cust["legal"])
    elif need_name or cust["kind"] != "co":
        base = bankify(cust["name"]) if need_name or chance(0.5) else cust["bank"]
    else:
        base = cust["bank"] if chance(0.7) else bankify(cust["name"])
        if chance(0.3):
            base = base.replace(" PTY LTD", "").replace(" LIMITED", "").replace(" LTD", "")
    if channel == "eft":
        return trunc(base, 16 if chance(0.5) else 20)
    if channel == "nz":
        return trunc(base, 20)
    if channel in ("bacs", "fps"):
        return trunc(base, 18)
    if channel == "cheque":
        return base.title() if chance(0.4) else base
    if channel == "stripe":
        fn, ln = cust["contact"]
        return pick(["%s %s" % (fn, ln), "%s %s" % (fn.upper(), ln.upper()), cust["name"], "%s. %s" % (fn[0], ln)])
    if channel == "bpay":
        return pick(["BPAY", "BPAY PAYMENT", "BPAY " + trunc(base, 12)])
    return base


def nz_fields(p, c, r):
    p, c, r = trunc(p, 12), trunc(c, 12), trunc(r, 12)
    f = R.randint(0, 3)
    if f == 0:
        return "Particulars: %s | Code: %s | Reference: %s" % (p, c, r)
    if f == 1:
        return "P:%s C:%s R:%s" % (p, c, r)
    if f == 2:
        return ("%-12s %-12s %-12s" % (p, c, r)).rstrip()
    return "PARTICULARS %s CODE %s REFERENCE %s" % (p or "-", c or "-", r or "-")


def reference(channel, cust, tokens, generic=None):
    """A bank reference mentioning `tokens` (already-written invoice refs), squeezed into the channel's limit."""
    short = trunc(bankify(cust["name"]).replace(" PTY LTD", ""), R.randint(6, 11))
    if channel == "nz":
        if not tokens:
            g = generic or pick(["HIRE", "ACCOUNT", "PAYMENT", "BOUNDARY CK", ""])
            return nz_fields(trunc(short, 12), "", g)
        if len(tokens) == 1:
            layout = R.randint(0, 2)
            if layout == 0:
                return nz_fields(trunc(short, 12), tokens[0], generic or pick(["", "HIRE", "FEB", "INVOICE"]))
            if layout == 1:
                return nz_fields(tokens[0], pick(["", "INV", "PMT"]), trunc(short, 12))
            return nz_fields(trunc(short, 12), pick(["INV", "", "HIRE"]), tokens[0])
        return nz_fields(tokens[0], tokens[1], " ".join(tokens[2:]) or trunc(short, 12))
    if channel in ("eft", "bacs", "fps"):
        if not tokens:
            return generic if generic is not None else pick(["PAYMENT", "BOUNDARY CREEK", "ACCOUNT", "TRANSFER",
                                                              short, "SUPPLIER PMT", "INV"])
        if tokens[0][:1].isalpha():
            pre = pick(["", "", "PMT ", short + " "]) if len(tokens) == 1 else ""
        else:
            pre = pick(["", "", "INV ", "PMT ", short + " "]) if len(tokens) == 1 else pick(["", "INV "])
        return trunc((pre + " ".join(tokens)).upper(), 18)
    if channel == "bpay":
        return "BPAY BILLER 338921 CRN %s" % (tokens[0] if tokens else "")
    if channel == "stripe":
        t = " ".join(tokens)
        return pick(["Stripe %s - Invoice %s", "%s | %s", "STRIPE SETTLEMENT %s %s"]) % (stripe_id(), t) if tokens \
            else "Stripe %s" % stripe_id()
    if channel == "cheque":
        return "LOCKBOX 0617 CHQ %06d" % R.randint(300000, 399999)
    raise ValueError(channel)


# --------------------------------------------------------------------------------------------
# scenario machinery

PAYMENTS = []
LABELS = []
CHECKS = []  # per payment: list of check tuples
MENTIONS = []  # per payment: set of invoice-number digit strings intentionally written
USED_PIDS = set()
STEP = [0]
FOLLOW = []  # (due_step, fn, args)


class Skip(Exception):
    pass


def new_pid():
    while True:
        c = "p-%04d" % R.randint(1000, 9999)
        if c not in USED_PIDS:
            USED_PIDS.add(c)
            return c


def emit(pdate, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short_pay, cands, key, lang, why,
         checks=(), mentions=()):
    pid = new_pid()
    PAYMENTS.append({"id": pid, "date": pdate.isoformat(), "amount": s(amount), "currency": cur,
                     "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem})
    LABELS.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
                   "unapplied": None if unapplied is None else s(unapplied),
                   "short_pay": short_pay, "candidates": [[i["id"] for i in c] for c in cands],
                   "note": "[%s, %s] %s" % (key, lang, why)})
    CHECKS.append(list(checks))
    MENTIONS.append(set(mentions))
    for i, a in apps:
        i["bal"] = q(i["bal"] - a)
        assert i["bal"] >= 0
    return pid


def pick_cust(cur, pred=lambda c: True, fresh=False, exclude_foreign=False):
    cs = [c for c in CUSTS if cur in c["cur"] and not c["reserved"] and c["lock"] < STEP[0]
          and (not fresh or not c["touched"]) and (not exclude_foreign or not c["foreign"]) and pred(c)]
    if not cs:
        raise Skip("no customer for %s" % cur)
    c = R.choices(cs, [2 if x["foreign"] else 1 for x in cs])[0]
    c["touched"] = True
    return c


def pick_cur(weights=(52, 30, 18)):
    return R.choices(["AUD", "NZD", "GBP"], weights)[0]


def known_id(channel, force=False):
    if force:
        return True
    return channel == "stripe" or (channel in ("eft", "nz", "bacs", "fps") and chance(0.3))


def subsets_matching(cust, cur, amount, maxk=4):
    invs = open_invs(cust, cur)
    res = []
    for k in range(1, min(maxk, len(invs)) + 1):
        for combo in itertools.combinations(invs, k):
            if sum(i["bal"] for i in combo) == amount:
                res.append(frozenset(i["id"] for i in combo))
    return res


def unique_subset(cust, cur, amount, expected):
    m = subsets_matching(cust, cur, amount)
    exp = frozenset(i["id"] for i in expected)
    if len(expected) > 4:
        return all(len(x) == 0 for x in m) and sum(i["bal"] for i in expected) == amount and not m
    return m == [exp]


def mention_set(invs):
    return {i["n"] for i in invs}


def schedule(delay_lo, delay_hi, fn, *args):
    FOLLOW.append((STEP[0] + R.randint(delay_lo, delay_hi), fn, args))


def lock(cust, until):
    cust["lock"] = max(cust["lock"], until)


# ---- APPLIED ---------------------------------------------------------------------------------

def sc_exact(pdate, follow_ok=True):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: fresh_invs(c, cur))
    inv = pick(fresh_invs(cust, cur))
    amt = inv["bal"]
    ch = pick(CHANNELS[cur])
    cid = cust["id"] if known_id(ch) else None
    lines = [L(inv, amt)]
    rem, lang = None, "en"
    if ch == "cheque":
        rem, lang = remittance(cust, cur, pdate, lines, amt, method="cheque", style="ocr")
        ref = reference(ch, cust, [])
    elif ch in ("bpay", "stripe"):
        ref = reference(ch, cust, [inv["n"] if ch == "bpay" else inv["number"]])
    else:
        if chance(0.35):
            ref = reference(ch, cust, [inv_short(inv)])
            if chance(0.5):
                rem, lang = remittance(cust, cur, pdate, lines, amt, method=METHOD[ch])
        else:
            ref = reference(ch, cust, [])
            rem, lang = remittance(cust, cur, pdate, lines, amt, method=METHOD[ch])
    how = "remittance" if rem and inv["n"] not in (ref or "") else "reference"
    pid = emit(pdate, amt, cur, payer_for(cust, ch), cid, ref, rem, "applied", [(inv, amt)], ZERO, None, [],
               "A-exact", lang, "%s names %s and the amount equals its open balance %s." % (how, inv["number"], amt),
               mentions=mention_set([inv]))
    if follow_ok and chance(0.12):
        lock(cust, STEP[0] + 60)
        schedule(5, 45, fu_duplicate, cust, inv, amt, pid, ch)
    elif follow_ok and chance(0.16):
        lock(cust, STEP[0] + 60)
        schedule(5, 45, fu_lump_includes_paid, cust, inv, amt, pid)


def sc_amount_known(pdate):
    cur = pick_cur()
    for _ in range(50):
        cust = pick_cust(cur, lambda c: len(fresh_invs(c, cur)) >= 2)
        inv = pick(fresh_invs(cust, cur))
        if unique_subset(cust, cur, inv["bal"], [inv]):
            break
    else:
        raise Skip("amount_known")
    amt = inv["bal"]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "cheque")])
    by_id = chance(0.75)
    cid = cust["id"] if by_id else None
    payer = payer_for(cust, ch) if by_id else trunc(bankify(cust["name"]), 18 if ch != "nz" else 20)
    ref = reference(ch, cust, [], generic=pick([None, "HIRE", "SERVICES", "ACCOUNTS PAYABLE", "BCS", ""]))
    if ref == "":
        ref = None
    why = ("customer %s given by the bank" % cust["id"]) if by_id else ("payer name is the customer's own bank name")
    emit(pdate, amt, cur, payer, cid, ref, None, "applied", [(inv, amt)], ZERO, None, [], "A-amount-known", "en",
         "%s; no invoice in the reference, but exactly one of the customer's open invoices (and no combination) "
         "equals %s: %s." % (why, amt, inv["number"]),
         checks=[("unique", cust["id"], cur, amt, [inv["id"]])])


def sc_lump(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: len(fresh_invs(c, cur)) >= 2)
    invs = fresh_invs(cust, cur)
    k = R.randint(2, min(6, len(invs)))
    chosen = sorted(R.sample(invs, k), key=lambda i: i["number"])
    total = sum(i["bal"] for i in chosen)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe")])
    lines = [L(i, i["bal"]) for i in chosen]
    rem, lang = remittance(cust, cur, pdate, lines, total, method=METHOD[ch],
                           style="ocr" if ch == "cheque" else None)
    ref = reference(ch, cust, [])
    emit(pdate, total, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, ref, rem, "applied",
         [(i, i["bal"]) for i in chosen], ZERO, None, [], "A-lump-remit", lang,
         "remittance lists %d invoices (%s) whose open balances add up to the payment." %
         (k, ", ".join(i["number"] for i in chosen)), mentions=mention_set(chosen))


def sc_trunc_lump(pdate):
    cur = pick(["AUD", "AUD", "GBP"])
    for _ in range(80):
        cust = pick_cust(cur, lambda c: len(fresh_invs(c, cur)) >= 3)
        invs = fresh_invs(cust, cur)
        k = min(len(invs), R.randint(3, 4))
        chosen = sorted(R.sample(invs, k), key=lambda i: i["number"])
        total = sum(i["bal"] for i in chosen)
        pre = "INV" if chance(0.5) else ""
        full = (pre + " ".join(i["n"] for i in chosen)) if cur == "AUD" else " ".join(
            pick(["UK", ""]) + i["n"] for i in chosen)
        ref = trunc(full, 18)
        shown = [i for i in chosen if re.search(r"(?<!\d)%s(?!\d)" % i["n"], ref)]
        if len(shown) < k and len(shown) >= 1 and unique_subset(cust, cur, total, chosen):
            break
    else:
        raise Skip("trunc")
    ch = "eft" if cur == "AUD" else pick(["bacs", "fps"])
    by_id = chance(0.5)
    emit(pdate, total, cur, payer_for(cust, ch), cust["id"] if by_id else None, ref, None, "applied",
         [(i, i["bal"]) for i in chosen], ZERO, None, [], "A-trunc-lump", "en",
         "18-character reference cut off after %s; the payment equals those plus %s, and that is the only set of "
         "the customer's open invoices with this total." % (", ".join(i["number"] for i in shown),
                                                             ", ".join(i["number"] for i in chosen if i not in shown)),
         checks=[("unique", cust["id"], cur, total, [i["id"] for i in chosen])], mentions=mention_set(chosen))


def sc_alias(pdate):
    cur = pick(["AUD", "AUD", "AUD", "NZD", "GBP"])
    cust = pick_cust(cur, lambda c: c["kind"] in ("trust", "sole", "tas") and fresh_invs(c, cur))
    invs = fresh_invs(cust, cur)
    k = 1 if chance(0.7) or len(invs) < 2 else 2
    chosen = sorted(R.sample(invs, k), key=lambda i: i["number"])
    total = sum(i["bal"] for i in chosen)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe")])
    payer = payer_for(cust, ch, alias=True)
    if ch == "cheque":
        payer = pick([cust["legal"], cust["legal"].upper()])
    lines = [L(i, i["bal"]) for i in chosen]
    rem, lang = None, "en"
    if k == 1 and chance(0.5) and ch != "cheque":
        ref = reference(ch, cust, [inv_short(chosen[0])])
    else:
        ref = reference(ch, cust, [])
        rem, lang = remittance(cust, cur, pdate, lines, total, method=METHOD[ch],
                               style="ocr" if ch == "cheque" else pick(["prose", "table", "formal", "ap"]))
        if chance(0.4) and rem:
            rem += "\n\n" + pick(["%s is the trading name of %s." % (cust["name"], cust["legal"]),
                                  "(paid from the %s account)" % cust["legal"],
                                  "Note our bank account is in the name of %s." % cust["legal"]])
    emit(pdate, total, cur, payer, None, ref, rem, "applied", [(i, i["bal"]) for i in chosen], ZERO, None, [],
         "A-payer-alias", lang,
         "bank payer '%s' is the legal/trust name behind customer '%s'; %s names %s and the amount matches exactly." %
         (payer, cust["name"], "reference" if rem is None else "remittance", ", ".join(i["number"] for i in chosen)),
         mentions=mention_set(chosen))


def typo_of(n):
    for _ in range(50):
        kind = R.randint(0, 3)
        ds = list(n)
        if kind == 0:
            p = R.randint(1, len(ds) - 2)
            if ds[p] == ds[p + 1]:
                continue
            ds[p], ds[p + 1] = ds[p + 1], ds[p]
            t, what = "".join(ds), "two digits swapped"
        elif kind == 1:
            p = R.randint(1, len(ds) - 1)
            t, what = "".join(ds[:p] + ds[p + 1:]), "a digit dropped"
        elif kind == 2:
            p = R.randint(1, len(ds) - 1)
            t, what = "".join(ds[:p] + [ds[p]] + ds[p:]), "a digit doubled"
        else:
            p = R.randint(1, len(ds) - 1)
            if ds[p] not in "0158":
                continue
            ds[p] = {"0": "O", "1": "l", "5": "S", "8": "B"}[ds[p]]
            t, what = "".join(ds), "OCR letter for a digit"
        if t != n:
            return t, what
    return None, None


def sc_typo(pdate):
    cur = pick_cur()
    for _ in range(80):
        cust = pick_cust(cur, lambda c: fresh_invs(c, cur))
        inv = pick(fresh_invs(cust, cur))
        t, what = typo_of(inv["n"])
        if t is None:
            continue
        near = [i for i in fresh_invs(cust, cur) if i is not inv and i["n"] == t]
        if near or not unique_subset(cust, cur, inv["bal"], [inv]):
            continue
        break
    else:
        raise Skip("typo")
    amt = inv["bal"]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay",)])
    pre = {"AUD": "INV", "NZD": "NZ", "GBP": "UK"}[cur]
    written = pick([pre + t, t, pre + "-" + t])
    other = INV_BY_NUM.get(inv["number"].split("-")[0] + "-" + t)
    by_id = ch == "stripe" or chance(0.6)
    lines = [L(inv, amt, num=written)]
    rem, lang = None, "en"
    if ch == "cheque":
        rem, lang = remittance(cust, cur, pdate, lines, amt, method="cheque", style="ocr")
        ref = reference(ch, cust, [])
    elif ch == "stripe":
        ref = reference(ch, cust, [written])
    elif chance(0.5):
        ref = reference(ch, cust, [written])
    else:
        ref = reference(ch, cust, [])
        rem, lang = remittance(cust, cur, pdate, lines, amt, method=METHOD[ch])
    payer = payer_for(cust, ch) if by_id else trunc(bankify(cust["name"]), 18)
    ment = mention_set([inv]) | {t}
    extra = ""
    if other is not None:
        extra = " %s exists but is %s's invoice for %s, not this amount." % (other["number"], other["customer_name"],
                                                                            other["bal"])
    emit(pdate, amt, cur, payer, cust["id"] if by_id else None, ref, rem, "applied", [(inv, amt)], ZERO, None, [],
         "A-ref-typo", lang,
         "written '%s' (%s) for %s; customer identified by %s and the amount is exactly that invoice's balance, "
         "unique among the customer's open items.%s" % (written, what, inv["number"],
                                                         "id" if by_id else "bank name", extra),
         checks=[("unique", cust["id"], cur, amt, [inv["id"]]), ("not_own_number", cust["id"], cur, t)],
         mentions=ment)


def sc_po_trap(pdate):
    cur = pick_cur((50, 30, 20))
    for _ in range(80):
        cust = pick_cust(cur, lambda c: fresh_invs(c, cur))
        inv = pick(fresh_invs(cust, cur))
        decoy = pick([i for i in INVOICES if i["currency"] == cur and i["customer_id"] != cust["id"] and i["bal"] > 0])
        if decoy["bal"] != inv["bal"] and unique_subset(cust, cur, inv["bal"], [inv]):
            break
    else:
        raise Skip("po")
    amt = inv["bal"]
    po = decoy["n"]
    ch = pick([c for c in CHANNELS[cur] if c in ("eft", "nz", "bacs", "fps")])
    variant = R.randint(0, 1)
    rem, lang = None, "en"
    if variant == 0:  # remittance names both PO and invoice
        ref = trunc(pick(["PO%s", "PO %s", "P/O %s", "ORDER %s"]) % po, 18)
        if ch == "nz":
            ref = nz_fields(trunc(bankify(cust["name"]), 12), "PO" + po, "")
        lines = [L(inv, amt)]
        rem, lang = remittance(cust, cur, pdate, lines, amt, method=METHOD[ch],
                               notes=[pick(["Our purchase order: %s", "PO number %s (please quote on future invoices)",
                                            "Ref our order no. %s"]) % po])
        why = "reference carries the customer's PO %s (which happens to equal %s of %s, a different amount); the " \
              "remittance names %s and the amount matches it exactly." % (po, decoy["number"], decoy["customer_name"],
                                                                          inv["number"])
        by_id = chance(0.4)
        checks = []
    else:  # reference only shows the PO, customer known
        ref = trunc(pick(["PO%s HIRE", "PO %s", "YOUR PO %s", "OUR ORDER %s"]) % po, 18)
        if ch == "nz":
            ref = nz_fields("PO " + po, "", trunc(bankify(cust["name"]), 12))
        by_id = True
        why = "reference shows PO %s, which collides with %s (another customer's invoice, balance %s); the bank " \
              "identifies customer %s and exactly one of its open invoices, %s, equals the amount." % (
                  po, decoy["number"], decoy["bal"], cust["id"], inv["number"])
        checks = [("unique", cust["id"], cur, amt, [inv["id"]])]
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if by_id else None, ref, rem, "applied", [(inv, amt)],
         ZERO, None, [], "A-po-trap", lang, why, checks=checks + [("bal_ne", decoy["id"], amt)],
         mentions=mention_set([inv, decoy]))


def sc_statement(pdate):
    cur = pick_cur()
    for _ in range(80):
        cust = pick_cust(cur, lambda c: 3 <= len(open_invs(c, cur)) <= 8)
        invs = open_invs(cust, cur)
        total = sum(i["bal"] for i in invs)
        if unique_subset(cust, cur, total, invs) or (len(invs) > 4 and not subsets_matching(cust, cur, total)):
            break
    else:
        raise Skip("statement")
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe")])
    by_id = chance(0.6)
    rg = region(cur)
    note = pick(["Paid in full as per your statement dated 31/01/2026.",
                 "This clears the balance on your January statement.",
                 "Payment of statement balance - all outstanding invoices.",
                 "Settling our account in full, as per statement."])
    if ch == "cheque":
        rem = ocr_noise("%s\n%s\nCHEQUE ENCLOSED %s\n%s" % (cust["name"].upper(), "STATEMENT REMITTANCE",
                                                              money(cur, total, 1), note.upper()), 0.03,
                        [money(cur, total, 1)])
    else:
        rem = "%s,\n\n%s %s sent %s.\n\n%s,\n%s" % (pick(GREET[rg]), note, money(cur, total, 2), d_long(pdate),
                                                    pick(SIGN[rg]), signature(cust, cur, short=True))
    ref = reference(ch, cust, [], generic=pick(["STATEMENT", "STMT JAN", "ACCT BALANCE", None]))
    emit(pdate, total, cur, payer_for(cust, ch, need_name=not by_id), cust["id"] if by_id else None, ref, rem,
         "applied", [(i, i["bal"]) for i in invs], ZERO, None, [], "A-statement", "en",
         "'statement' payment: equals the sum of all %d open invoices of %s, and no smaller set matches." %
         (len(invs), cust["name"]), checks=[("unique", cust["id"], cur, total, [i["id"] for i in invs])])


def sc_credit_noted(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: any(i["bal"] < i["total"] for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] < i["total"]])
    amt = inv["bal"]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    cn = "CN-%d" % R.randint(880, 990)
    lines = [L(inv, amt, gross=inv["total"], ded=inv["total"] - amt, dedtxt="credit %s / prior payment" % cn)]
    rem, lang = remittance(cust, cur, pdate, lines, amt, method=METHOD[ch],
                           notes=[pick(["Less your credit note %s." % cn, "Net of deposit already paid.",
                                        "Balance only - deposit was paid on booking."])])
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if chance(0.4) else None, reference(ch, cust, []), rem,
         "applied", [(inv, amt)], ZERO, None, [], "A-balance-net", lang,
         "pays %s's open balance %s (total %s less an earlier credit or deposit) exactly." % (inv["number"], amt,
                                                                                            inv["total"]),
         mentions=mention_set([inv]))


def sc_amount_looks_like_number(pdate):
    cur = "GBP"
    cust = pick_cust(cur, lambda c: len(fresh_invs(c, cur)) >= 1, fresh=True)
    cust["reserved"] = True
    decoys = [i for i in INVOICES if i["currency"] == "GBP" and i["customer_id"] != cust["id"] and i["bal"] > 0]
    decoy = pick(decoys)
    amt = D(decoy["n"] + ".00")
    num, issue = take_gap("GBP", date(2025, 10, 1), date(2026, 1, 20))
    inv = add_invoice(cust, cur, num, issue, amt)
    ch = pick(["bacs", "fps"])
    ref = pick(["%s.00", "PMT %s.00", "GBP %s.00", "%s.00 BC UK"]) % decoy["n"]
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"], ref, None, "applied", [(inv, amt)], ZERO, None, [],
         "A-amount-not-number", "en",
         "reference '%s' is the amount, not invoice %s (another customer's, balance %s); bank identifies customer "
         "%s, whose only invoice with this balance is %s." % (ref, decoy["number"], decoy["bal"], cust["id"],
                                                              inv["number"]),
         checks=[("unique", cust["id"], cur, amt, [inv["id"]]), ("bal_ne", decoy["id"], amt)],
         mentions=mention_set([decoy]))


# ---- PARTIAL ---------------------------------------------------------------------------------

def sp(inv, amount, reason):
    return {"invoice_id": inv["id"], "amount": s(amount), "reason": reason}


def sc_discount(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: any(i["bal"] == i["total"] and i["bal"] > 400 for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] == i["total"] and i["bal"] > 400])
    rate = pick([D("0.02"), D("0.025"), D("0.03"), D("0.05")])
    disc = q(inv["bal"] * rate)
    paid = inv["bal"] - disc
    others = [i for i in fresh_invs(cust, cur) if i is not inv]
    extra = R.sample(others, min(len(others), pick([0, 0, 1, 2]))) if others else []
    pct = ("%s" % (rate * 100)).rstrip("0").rstrip(".")
    dedtxt = pick(["%s%% prompt payment discount" % pct, "early settlement disc %s%%" % pct,
                   "%s%% discount - paid within 7 days" % pct])
    lines = [L(i, i["bal"]) for i in sorted(extra, key=lambda i: i["number"])] + [
        L(inv, paid, gross=inv["bal"], ded=disc, dedtxt=dedtxt)]
    total = sum(l["paid"] for l in lines)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe")])
    notes = [pick(["Discount taken on %s per the terms on your quote.", "We have taken the early payment discount "
                   "on %s.", "%s paid early so less discount as agreed with your sales rep."]) % num_of(lines[-1])]
    if extra:
        notes.append(pick(["The other invoice(s) are outside the discount window and are paid in full.",
                           "No discount on the rest."]))
    rem, lang = remittance(cust, cur, pdate, lines, total, notes, method=METHOD[ch],
                           style="ocr" if ch == "cheque" else None)
    apps = [(l["inv"], l["paid"]) for l in lines]
    emit(pdate, total, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, reference(ch, cust, []),
         rem, "partial", apps, ZERO, sp(inv, disc, "early payment discount " + pct + "%"), [], "P-discount", lang,
         "remittance takes a %s%% early-payment discount (%s) on %s%s; the rest is applied as listed and the "
         "discount stays open as a deduction." % (pct, disc, inv["number"], " and pays %d other(s) in full" %
                                                  len(extra) if extra else ""),
         mentions=mention_set([l["inv"] for l in lines]))


def sc_bank_fee(pdate):
    cur = pick_cur((35, 25, 40))
    cust = pick_cust(cur, lambda c: c["foreign"] == "fee" and any(i["bal"] > 300 for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] > 300])
    fee = pick({"AUD": [D("20.00"), D("25.00"), D("18.50"), D("32.00")], "NZD": [D("15.00"), D("25.00"), D("20.00")],
                "GBP": [D("10.00"), D("12.00"), D("15.00"), D("25.00"), D("8.50")]}[cur])
    paid = inv["bal"] - fee
    dedtxt = pick(["bank charges", "intermediary bank fee", "overseas transfer fee", "SWIFT charges"])
    ch = {"AUD": "eft", "NZD": "nz", "GBP": pick(["bacs", "fps"])}[cur]
    lines = [L(inv, paid, gross=inv["bal"], ded=fee, dedtxt=dedtxt)]
    if chance(0.35) and ch != "nz":
        ref = trunc("%s %s LESS FEE" % (inv_short(inv), ""), 18).replace("  ", " ")
        rem, lang = None, "en"
        why = "reference names %s and says 'less fee'" % inv["number"]
    else:
        notes = [pick(["Our bank has deducted %s in transfer charges." % money(cur, fee, 2),
                       "Please note %s bank charges were deducted in transit." % money(cur, fee, 2),
                       "Amount received may be short by the intermediary bank's fee of %s." % money(cur, fee, 2)])]
        lang_c = lang_for(cust, cur)
        if lang_c == "de":
            notes = ["Die Bankspesen in Höhe von %s wurden von der Korrespondenzbank einbehalten." % money_eu(cur, fee)]
        elif lang_c == "fr":
            notes = ["Les frais bancaires de %s ont été prélevés par la banque intermédiaire." % money_fr(cur, fee)]
        elif lang_c == "es":
            notes = ["El banco intermediario ha descontado %s en concepto de comisiones." % money_eu(cur, fee)]
        elif lang_c == "zh":
            notes = ["中间行扣除手续费%s。" % money(cur, fee, 3)]
        rem, lang = remittance(cust, cur, pdate, lines, paid, notes, method="international transfer")
        ref = reference(ch, cust, [])
        why = "remittance for %s explains the %s shortfall as bank charges" % (inv["number"], fee)
    emit(pdate, paid, cur, payer_for(cust, ch), cust["id"] if chance(0.3) else None, ref, rem, "partial",
         [(inv, paid)], ZERO, sp(inv, fee, "bank fee deducted"), [], "P-bank-fee", lang,
         why + "; apply the rest and keep the fee open as a short pay.", mentions=mention_set([inv]))


def sc_withholding(pdate):
    cur = pick_cur((40, 25, 35))
    cust = pick_cust(cur, lambda c: c["foreign"] == "withholding" and
                     any(i["bal"] == i["total"] for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] == i["total"]])
    rate = {"PG": D("0.12"), "FJ": D("0.15"), "WS": D("0.15"), "IN": D("0.10")}[cust["country"]]
    net_part = q(inv["total"] / (1 + ENT[cur]["tax"]))
    wht = q(net_part * rate)
    if wht >= inv["bal"]:
        raise Skip("wht")
    paid = inv["bal"] - wht
    label = {"PG": "foreign contractor withholding tax", "FJ": "non-resident withholding tax",
             "WS": "non-resident withholding tax", "IN": "TDS"}[cust["country"]]
    pct = "%d%%" % int(rate * 100)
    lines = [L(inv, paid, gross=inv["bal"], ded=wht, dedtxt="%s %s" % (label, pct))]
    notes = [pick(["%s at %s has been withheld on the fee portion and remitted to the tax authority. Certificate "
                   "will follow by email." % (label[0].upper() + label[1:], pct),
                   "Less %s %s (%s). Tax deduction certificate to be issued within the quarter." % (
                       pct, label, money(cur, wht, 1)),
                   "As required by local law we withheld %s %s. Please contact us for the certificate." % (pct, label)])]
    ch = {"AUD": "eft", "NZD": "nz", "GBP": "bacs"}[cur]
    rem, lang = remittance(cust, cur, pdate, lines, paid, notes, method="telegraphic transfer",
                           style=pick(["table", "formal", "ap", "csv"]))
    emit(pdate, paid, cur, payer_for(cust, ch), cust["id"] if chance(0.4) else None, reference(ch, cust, []), rem,
         "partial", [(inv, paid)], ZERO, sp(inv, wht, "withholding tax " + pct), [], "P-withholding", lang,
         "remittance pays %s less %s %s (%s); apply the net and open the withheld amount as a short pay." %
         (inv["number"], pct, label, wht), mentions=mention_set([inv]))


DISPUTES = [
    ("day %d of the excavator hire - machine was broken down, your tech came out", "hire"),
    ("travel/mob charge not in the quote", "any"),
    ("duplicate charge for site induction", "any"),
    ("generator returned %d days early, please re-rate", "hire"),
    ("hours on timesheet for %d March not approved by site manager", "services"),
    ("damage charge - we dispute this, photos sent to your depot", "hire"),
    ("fuel surcharge not agreed", "hire"),
    ("report revision was rework on your side, not chargeable", "services"),
    ("cleaning fee on the scissor lift", "hire"),
    ("after-hours rate charged for a 3pm callout", "services"),
]


def sc_disputed(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: any(i["bal"] > 800 for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] > 800])
    net_line = q(D(R.randint(8, 60)) * D("11.00") * pick([D("1"), D("2.5"), D("0.5")]))
    ded = q(net_line * (1 + ENT[cur]["tax"]))
    if ded >= inv["bal"] * D("0.6"):
        ded = q(inv["bal"] * D("0.15"))
    paid = inv["bal"] - ded
    txt, _ = pick(DISPUTES)
    if "%d" in txt:
        txt = txt % R.randint(2, 5)
    others = [i for i in fresh_invs(cust, cur) if i is not inv]
    extra = R.sample(others, min(len(others), pick([0, 0, 1, 2]))) if others else []
    lines = [L(i, i["bal"]) for i in sorted(extra, key=lambda i: i["number"])] + [
        L(inv, paid, gross=inv["bal"], ded=ded, dedtxt="disputed")]
    total = sum(l["paid"] for l in lines)
    notes = [pick(["We've short paid %s by %s: %s.", "Deducted %s on %s - %s. Happy to pay once resolved.",
                   "%s: withheld %s (%s). Can someone call me?"])]
    n0 = notes[0]
    if n0.startswith("We've"):
        notes = [n0 % (num_of(lines[-1]), money(cur, ded, 2), txt)]
    elif n0.startswith("Deducted"):
        notes = [n0 % (money(cur, ded, 2), num_of(lines[-1]), txt)]
    else:
        notes = [n0 % (num_of(lines[-1]), money(cur, ded, 2), txt)]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe")])
    rem, lang = remittance(cust, cur, pdate, lines, total, notes, method=METHOD[ch],
                           style="ocr" if ch == "cheque" else pick(["prose", "prose", "table", "formal", "ap", "csv"]))
    if lang in ("de", "fr", "zh"):
        rem += "\n\n(" + notes[0] + ")"
    emit(pdate, total, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, reference(ch, cust, []), rem,
         "partial", [(l["inv"], l["paid"]) for l in lines], ZERO, sp(inv, ded, "disputed line: " + txt), [],
         "P-disputed-line", lang,
         "remittance deducts %s from %s for a disputed charge (%s)%s; the deduction stays open as a short pay." %
         (ded, inv["number"], txt, "; %d other invoice(s) paid in full" % len(extra) if extra else ""),
         mentions=mention_set([l["inv"] for l in lines]))


def sc_part(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: any(i["bal"] > 2500 for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] > 2500])
    frac = pick([D("0.25"), D("0.3333"), D("0.4"), D("0.5"), D("0.5"), D("0.6")])
    step = D("100") if inv["bal"] < 10000 else D("500")
    paid = ((inv["bal"] * frac) / step).quantize(D("1"), ROUND_DOWN) * step
    if paid <= 0 or paid >= inv["bal"]:
        raise Skip("part")
    paid = q(paid)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe")])
    note = pick(["Part payment towards %s - balance to follow by end of month.",
                 "First instalment for %s as agreed on the phone with your credit team.",
                 "This is a part payment on %s. Cash flow is tight this month, rest in 2-3 weeks.",
                 "Paying %s off in instalments, this is number 1 of 2.",
                 "Progress payment on %s; remainder once the project is signed off."])
    lines = [L(inv, paid)]
    note = note % num_of(lines[0])
    if ch != "cheque" and chance(0.3):
        ref = trunc(("PART " + inv_short(inv)).upper(), 18) if ch != "nz" else nz_fields("PART PMT", inv_short(inv), "")
        rem, lang = None, "en"
        why = "reference says PART payment of %s" % inv["number"]
    else:
        rem, lang = remittance(cust, cur, pdate, lines, paid, [note], method=METHOD[ch],
                               style="ocr" if ch == "cheque" else pick(["prose", "prose", "short", "formal"]))
        ref = reference(ch, cust, [])
        why = "remittance calls it a part payment of %s" % inv["number"]
    emit(pdate, paid, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, ref, rem, "partial",
         [(inv, paid)], ZERO, None, [], "P-part-payment", lang,
         why + " (%s of %s); apply it and leave the rest open, no deduction." % (paid, inv["bal"]),
         checks=[("nofit", cust["id"], cur, paid)], mentions=mention_set([inv]))
    if chance(0.6):
        lock(cust, STEP[0] + 70)
        if chance(0.7):
            schedule(8, 55, fu_balance, cust, inv)
        else:
            schedule(8, 55, fu_overpay_total, cust, inv)


def sc_lump_with_part(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: len(fresh_invs(c, cur)) >= 3 and any(i["bal"] > 2000 for i in fresh_invs(c, cur)))
    big = pick([i for i in fresh_invs(cust, cur) if i["bal"] > 2000])
    others = [i for i in fresh_invs(cust, cur) if i is not big]
    full = R.sample(others, min(len(others), R.randint(1, 3)))
    part = q((big["bal"] * D("0.5") / 100).quantize(D("1"), ROUND_DOWN) * 100)
    lines = [L(i, i["bal"]) for i in sorted(full, key=lambda i: i["number"])] + [L(big, part)]
    total = sum(l["paid"] for l in lines)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    notes = [pick(["%s is a part payment only, balance next run.", "Only %s paid on %s this time, rest to follow."])]
    notes = [notes[0] % num_of(lines[-1]) if notes[0].count("%s") == 1 else notes[0] % (money(cur, part, 2),
                                                                                       num_of(lines[-1]))]
    rem, lang = remittance(cust, cur, pdate, lines, total, notes, method=METHOD[ch],
                           style=pick(["table", "csv", "prose", "ap"]))
    emit(pdate, total, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, reference(ch, cust, []), rem,
         "partial", [(l["inv"], l["paid"]) for l in lines], ZERO, None, [], "P-lump-with-part", lang,
         "remittance pays %s in full and %s on account of %s (stated part payment, no deduction)." %
         (", ".join(i["number"] for i in full), part, big["number"]),
         mentions=mention_set([l["inv"] for l in lines]))


# ---- follow-ups ------------------------------------------------------------------------------

def fu_balance(pdate, cust, inv):
    cur = inv["currency"]
    if inv["bal"] <= 0:
        raise Skip("fu_balance")
    amt = inv["bal"]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    lines = [L(inv, amt)]
    rem, lang = remittance(cust, cur, pdate, lines, amt,
                           [pick(["Balance of %s as promised.", "Final instalment on %s.", "Remainder of %s - all square now."])
                            % num_of(lines[0])], method=METHOD[ch], style=pick(["prose", "short", "formal"]))
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, reference(ch, cust, []), rem,
         "applied", [(inv, amt)], ZERO, None, [], "A-balance-after-part", lang,
         "pays the remaining %s of %s after this batch's earlier part payment." % (amt, inv["number"]),
         mentions=mention_set([inv]))


def fu_overpay_total(pdate, cust, inv):
    cur = inv["currency"]
    if inv["bal"] <= 0:
        raise Skip("fu_over")
    amt = inv["total"]
    rest = amt - inv["bal"]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    tok = inv_short(inv)
    ref = reference(ch, cust, [tok])
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, ref, None, "unapplied",
         [(inv, inv["bal"])], rest, None, [], "U-overpay-total", "en",
         "pays the full invoice total %s of %s although an earlier payment in this batch already reduced it to %s; "
         "apply the balance, hold %s unapplied." % (amt, inv["number"], inv["bal"], rest),
         checks=[("nofit_post", cust["id"], cur, rest)], mentions=mention_set([inv]))


def fu_duplicate(pdate, cust, inv, amt, first_pid, first_ch):
    cur = inv["currency"]
    if inv["bal"] != 0:
        raise Skip("dup")
    if subsets_matching(cust, cur, amt):
        raise Skip("dup fits")
    ch = pick([c for c in CHANNELS[cur] if c != "bpay"])
    cid = cust["id"] if known_id(ch) else None
    rem, lang = None, "en"
    if ch == "cheque":
        rem, lang = remittance(cust, cur, pdate, [L(inv, amt)], amt, method="cheque", style="ocr")
        ref = reference(ch, cust, [])
    elif ch == "stripe":
        ref = reference(ch, cust, [inv["number"]])
    else:
        ref = reference(ch, cust, [inv_short(inv)])
        if chance(0.4):
            rem, lang = remittance(cust, cur, pdate, [L(inv, amt)], amt, method=METHOD[ch],
                                   style=pick(["short", "prose", "ap"]))
    emit(pdate, amt, cur, payer_for(cust, ch), cid, ref, rem, "unapplied", [], amt, None, [], "U-duplicate", lang,
         "second payment of %s, which %s already paid in full earlier in this batch; nothing else of the customer "
         "fits %s, so the whole amount is held unapplied." % (inv["number"], first_pid, amt),
         checks=[("closed", inv["id"]), ("nofit", cust["id"], cur, amt)], mentions=mention_set([inv]))


def fu_lump_includes_paid(pdate, cust, inv, amt, first_pid):
    cur = inv["currency"]
    opens = fresh_invs(cust, cur)
    if inv["bal"] != 0 or len(opens) < 1:
        raise Skip("lump paid")
    chosen = R.sample(opens, min(len(opens), R.randint(1, 3)))
    lines = sorted([L(i, i["bal"]) for i in chosen] + [L(inv, amt)], key=lambda l: l["inv"]["number"])
    total = sum(l["paid"] for l in lines)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    rem, lang = remittance(cust, cur, pdate, lines, total, method=METHOD[ch], style=pick(["table", "csv", "ap", "prose"]))
    emit(pdate, total, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, reference(ch, cust, []), rem,
         "unapplied", [(i, i["bal"]) for i in chosen], amt, None, [], "U-lump-includes-paid", lang,
         "remittance lists %s, but %s was already paid by %s earlier in this batch; apply the open ones and hold "
         "%s unapplied." % (", ".join(l["inv"]["number"] for l in lines), inv["number"], first_pid, amt),
         checks=[("closed", inv["id"]), ("nofit_post", cust["id"], cur, amt)],
         mentions=mention_set([l["inv"] for l in lines]))


# ---- UNAPPLIED -------------------------------------------------------------------------------

def sc_overpay_ledger(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: any(i["bal"] < i["total"] for i in fresh_invs(c, cur)))
    inv = pick([i for i in fresh_invs(cust, cur) if i["bal"] < i["total"]])
    amt = inv["total"]
    rest = amt - inv["bal"]
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "cheque")])
    rem, lang = None, "en"
    if ch == "stripe" or chance(0.5):
        ref = reference(ch, cust, [inv["number"] if ch == "stripe" else inv_short(inv)])
    else:
        ref = reference(ch, cust, [])
        rem, lang = remittance(cust, cur, pdate, [L(inv, amt)], amt, method=METHOD[ch])
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, ref, rem, "unapplied",
         [(inv, inv["bal"])], rest, None, [], "U-overpay-total", lang,
         "pays the invoice total %s of %s, but its open balance is only %s (credit or deposit already taken); apply "
         "the balance and hold %s unapplied." % (amt, inv["number"], inv["bal"], rest),
         checks=[("nofit_post", cust["id"], cur, rest)], mentions=mention_set([inv]))


def sc_overpay_extra(pdate):
    cur = pick_cur()
    cust = pick_cust(cur, lambda c: fresh_invs(c, cur))
    inv = pick(fresh_invs(cust, cur))
    kind = R.randint(0, 2)
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    if kind == 0:
        extra = q(inv["bal"] * ENT[cur]["tax"])
        amt = inv["bal"] + extra
        notes = ["%s + %s %s = %s" % (money(cur, inv["bal"], 1), ENT[cur]["taxname"], money(cur, extra, 1),
                                      money(cur, amt, 1))]
        why = "customer added %s again on top of %s's tax-inclusive balance" % (ENT[cur]["taxname"], inv["number"])
    elif kind == 1:
        extra = pick([D("500.00"), D("1000.00"), D("1500.00"), D("250.00")])
        amt = inv["bal"] + extra
        notes = [pick(["Plus %s deposit for the %s hire booking - please hold on account.",
                       "Extra %s is a bond for the next job (booking ref %s), keep it on our account."]) %
                 (money(cur, extra, 2), pick(["March", "Easter", "site shutdown", "BK-A%dQ" % R.randint(2, 9)]))]
        why = "pays %s and adds a %s deposit to hold on account" % (inv["number"], extra)
    else:
        up = D("100")
        amt = (inv["bal"] / up).quantize(D("1"), ROUND_DOWN) * up + up
        extra = amt - inv["bal"]
        notes = [pick(["Rounded up - keep the difference as credit.", "Rounded up, use the rest against the next invoice."])]
        why = "pays %s rounded up to %s" % (inv["number"], amt)
    lines = [L(inv, inv["bal"])]
    rem, lang = remittance(cust, cur, pdate, lines, amt, notes, method=METHOD[ch],
                           style=pick(["prose", "formal", "short"]))
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if known_id(ch) else None, reference(ch, cust, []), rem,
         "unapplied", [(inv, inv["bal"])], extra, None, [], "U-overpay-extra", lang,
         why + "; apply %s and hold %s unapplied." % (inv["bal"], extra),
         checks=[("nofit_post", cust["id"], cur, extra)], mentions=mention_set([inv]))


def sc_closed_invoice(pdate):
    cur = pick_cur()
    for _ in range(80):
        cust = pick_cust(cur, lambda c: fresh_invs(c, cur))
        lo = NUMS[cur][0]
        old = R.randint(lo - 200, lo - 5) if cur == "AUD" else R.randint(lo - 100, lo - 5)
        amt = invoice_amount(cur)[1]
        if not subsets_matching(cust, cur, amt) and not any(i["n"] == str(old) for i in INVOICES):
            break
    else:
        raise Skip("closed")
    pre = {"AUD": "INV-", "NZD": "NZ-", "GBP": "UK-"}[cur]
    olddate = date(2025, pick([5, 6, 7]), R.randint(1, 28))
    ch = pick([c for c in CHANNELS[cur] if c not in ("bpay", "stripe", "cheque")])
    rg = region(cur)
    rem = "%s,\n\n%s\n\n%s,\n%s" % (
        pick(GREET[rg]),
        pick(["Payment of %s for invoice %s%d dated %s has been made today.",
              "We have processed %s against your invoice %s%d (%s) - sorry for the delay.",
              "Attached remittance: %s, invoice %s%d of %s."]) % (money(cur, amt, 2), pre, old, d_au(olddate)),
        pick(SIGN[rg]), signature(cust, cur, short=True))
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"], reference(ch, cust, []), rem, "unapplied", [], amt, None,
         [], "U-closed-invoice", "en",
         "known customer %s pays %s%d dated %s, which is not an open invoice (older than every open one, so already "
         "settled); no open invoice or set of invoices of this customer equals %s." % (cust["id"], pre, old,
                                                                                     d_au(olddate), amt),
         checks=[("nofit", cust["id"], cur, amt)], mentions={str(old)})


def sc_wrong_currency(pdate):
    cur_b = pick_cur()
    pay_cur = pick([c for c in ("AUD", "NZD", "GBP") if c != cur_b])
    cust = pick_cust(cur_b, lambda c: c["cur"] == [cur_b] and fresh_invs(c, cur_b))
    inv = pick(fresh_invs(cust, cur_b))
    fx = {("NZD", "AUD"): D("0.91"), ("AUD", "NZD"): D("1.09"), ("GBP", "AUD"): D("1.93"), ("AUD", "GBP"): D("0.52"),
          ("NZD", "GBP"): D("0.47"), ("GBP", "NZD"): D("2.11")}[(cur_b, pay_cur)]
    amt = q(inv["bal"] * fx)
    ch = {"AUD": "eft", "NZD": "nz", "GBP": pick(["bacs", "fps"])}[pay_cur]
    if chance(0.5):
        ref = reference(ch, cust, [inv_short(inv)])
        rem, lang = None, "en"
    else:
        ref = reference(ch, cust, [])
        rem = "%s,\n\n%s\n\n%s" % (pick(GREET[region(cur_b)]),
                                   pick(["We've paid invoice %s from our %s account: %s (your invoice is %s %s).",
                                         "Sent %s today for %s - converted to %s at our bank's rate.",
                                         "Payment for %s made in %s, %s. Original invoice amount %s."]),
                                   signature(cust, cur_b, short=True))
        t = rem
        if "from our" in t:
            rem = t % (inv["number"], pay_cur, money(pay_cur, amt, 3), cur_b, "{:,.2f}".format(inv["bal"]))
        elif "Sent" in t:
            rem = t % (money(pay_cur, amt, 3), inv["number"], pay_cur)
        else:
            rem = t % (inv["number"], pay_cur, money(pay_cur, amt, 3), money(cur_b, inv["bal"], 3))
        lang = "en"
    emit(pdate, amt, pay_cur, payer_for(cust, ch), cust["id"], ref, rem, "unapplied", [], amt, None, [],
         "U-wrong-currency", lang,
         "customer %s is billed only in %s but paid %s %s for %s; no open invoice in %s, so hold it unapplied on "
         "the account." % (cust["id"], cur_b, pay_cur, amt, inv["number"], pay_cur),
         checks=[("no_cur", cust["id"], pay_cur)], mentions=mention_set([inv]))


def sc_deposit(pdate):
    cur = pick_cur()
    for _ in range(80):
        cust = pick_cust(cur, lambda c: c["cur"] == [cur] and fresh_invs(c, cur))
        amt = pick([D("500.00"), D("750.00"), D("1000.00"), D("1500.00"), D("2000.00"), D("2500.00"), D("5000.00"),
                    D("3000.00")])
        if not subsets_matching(cust, cur, amt):
            break
    else:
        raise Skip("deposit")
    ch = pick([c for c in CHANNELS[cur] if c in ("eft", "nz", "bacs", "fps", "stripe")])
    kind = R.randint(0, 2)
    rem = None
    if kind == 0:
        ref = {"nz": nz_fields("BOND", "HIRE", "DEPOSIT"), "stripe": "Stripe %s - booking deposit" % stripe_id()}.get(
            ch, trunc(pick(["BOND EXCAVATOR", "HIRE DEPOSIT", "DEPOSIT BOOKING", "BOND SCAFFOLD"]), 18))
        why = "a hire bond/deposit"
    elif kind == 1:
        ref = reference(ch, cust, [], generic=pick(["ON ACCOUNT", "PREPAYMENT", "ACCOUNT CREDIT"]))
        if ch == "stripe":
            ref = "Stripe %s - prepayment" % stripe_id()
        why = "a payment on account"
        rem = "%s,\n\n%s\n\n%s" % (pick(GREET[region(cur)]), pick(
            ["We've transferred %s as a prepayment against the retainer for next quarter's advisory work.",
             "Please hold the attached %s on account - we'll tell you which invoices to allocate it to.",
             "%s paid in advance for the equipment you're holding for us from the 16th."]) % money(cur, amt, 2),
                                   signature(cust, cur, short=True))
    else:
        ref = reference(ch, cust, [], generic="RETAINER")
        if ch == "stripe":
            ref = "Stripe %s - retainer" % stripe_id()
        why = "a retainer"
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"], ref, rem, "unapplied", [], amt, None, [], "U-deposit", "en",
         "known customer %s sends %s (%s); it names no invoice and no open invoice or set of invoices equals it, "
         "so it is held on account." % (cust["id"], amt, why), checks=[("nofit", cust["id"], cur, amt)])


# ---- REVIEW ----------------------------------------------------------------------------------

UNK_USED = set()


def unknown_payer():
    cands = [u for u in UNKNOWN_PAYERS if u not in UNK_USED]
    if not cands:
        cands = UNKNOWN_PAYERS
    u = pick(cands)
    UNK_USED.add(u)
    return u


def sc_unknown_nofit(pdate):
    cur = pick_cur()
    for _ in range(50):
        amt = pick([invoice_amount(cur)[1], q(D(R.randint(2, 60)) * 50)])
        if not any(i["bal"] == amt for i in INVOICES if i["currency"] == cur and i["bal"] > 0):
            break
    ch = pick([c for c in CHANNELS[cur] if c not in ("stripe", "bpay")])
    payer = unknown_payer()
    if ch == "nz":
        ref = nz_fields(trunc(payer, 12), "", pick(["PAYMENT", "INVOICE", ""]))
    elif ch == "cheque":
        ref = "LOCKBOX 0617 CHQ %06d" % R.randint(300000, 399999)
    else:
        ref = pick(["PAYMENT", "TRANSFER", "INVOICE", "SUPPLIER", None, "BC PAYMENT"])
    rem = None
    if ch == "cheque":
        rem = ocr_noise("[remittance stub]\nRE: acc0unt\n%s\n(illegible)" % money(cur, amt, 1), 0.1, [money(cur, amt, 1)])
    emit(pdate, amt, cur, payer, None, ref, rem, "review", [], amt, None, [], "R-unknown-nofit", "en",
         "payer '%s' matches no customer, nothing in the reference identifies an invoice, and no open %s invoice "
         "equals %s." % (payer, cur, amt), checks=[("ledger_single", cur, amt, [])])


def sc_unknown_amount_only(pdate):
    cur = pick_cur()
    for _ in range(80):
        inv = pick([i for i in INVOICES if i["currency"] == cur and i["bal"] > 0])
        amt = inv["bal"]
        if [i for i in INVOICES if i["currency"] == cur and i["bal"] == amt] == [inv]:
            break
    else:
        raise Skip("amtonly")
    cust = CUST_BY_ID[inv["customer_id"]]
    if cust["lock"] >= STEP[0]:
        raise Skip("locked")
    ch = pick([c for c in CHANNELS[cur] if c not in ("stripe", "bpay", "cheque")])
    payer = unknown_payer()
    ref = reference(ch, cust, [], generic=pick(["PAYMENT", "TRANSFER", "INV", None, "THANKS"]))
    if ch == "nz":
        ref = nz_fields(trunc(payer, 12), "", pick(["PAYMENT", "INV", ""]))
    emit(pdate, amt, cur, payer, None, ref, None, "review", [], amt, None, [[inv]], "R-amount-only", "en",
         "payer '%s' is not %s and names no invoice; the amount equals %s's balance, but an amount alone from an "
         "unrelated payer is not enough to apply." % (payer, inv["customer_name"], inv["number"]),
         checks=[("ledger_single", cur, amt, [inv["id"]])])


def plant_customer(cur, kind="co"):
    if cur == "AUD":
        places, inds, suf = AU_PLACES, AU_IND, " Pty Ltd"
    elif cur == "NZD":
        places, inds, suf = NZ_PLACES, NZ_IND, " Limited"
    else:
        places, inds, suf = UK_PLACES, UK_IND, " Ltd"
    for _ in range(200):
        p, i = pick(places), pick(inds)
        name = "%s %s%s" % (p, i, suf)
        if (p, i) not in COMBOS and name not in USED_NAMES:
            COMBOS.add((p, i))
            c = add_customer(cur, name)
            c["touched"] = True
            c["reserved"] = True
            return c
    raise Skip("plant")


def sc_tie(pdate):
    cur = pick_cur()
    cust = plant_customer(cur)
    net, _ = invoice_amount(cur, "hire")
    amt = q(net * (1 + ENT[cur]["tax"]))
    n = pick([2, 2, 3])
    twins = []
    for k in range(n):
        num, issue = take_gap(cur, date(2025, 10, 1), date(2026, 1, 30))
        twins.append(add_invoice(cust, cur, num, issue, amt))
    for _ in range(R.randint(0, 2)):
        num, issue = take_gap(cur, date(2025, 9, 1), date(2026, 1, 30))
        add_invoice(cust, cur, num, issue, invoice_amount(cur)[1])
    twins.sort(key=lambda i: i["issue_date"])
    ch = pick([c for c in CHANNELS[cur] if c in ("eft", "nz", "bacs", "fps")])
    by_id = chance(0.7)
    generic = pick(["MONTHLY HIRE", "HIRE CHARGES", "GENERATOR RENTAL", "SITE HUT HIRE", "RENTAL", None])
    ref = reference(ch, cust, [], generic=generic)
    if chance(0.3) and ch != "nz":
        common = os.path.commonprefix([t["n"] for t in twins])
        if len(common) >= 2:
            ref = trunc("INV" + common, 18)
    emit(pdate, amt, cur, payer_for(cust, ch, need_name=True), cust["id"] if by_id else None, ref, None, "review",
         [], amt, None, [[t] for t in twins], "R-tie", "en",
         "%d open invoices of %s have the same balance %s (%s) and nothing says which one is paid." %
         (n, cust["name"], amt, ", ".join(t["number"] for t in twins)),
         checks=[("ties", cust["id"], cur, amt, [t["id"] for t in twins])])


def sc_ambiguous_payer(pdate):
    cur = pick(["AUD", "AUD", "NZD", "GBP"])
    words = [w for w in ["Whitaker", "Kowalczyk", "Tremayne", "Achterberg", "Okonkwo", "Pemberton",
                         "Castellano", "Rangitoto", "Fairweather", "Blackwood", "Ashcombe", "Quenby", "Marchetti"]
             if w not in UNK_USED and not any(w.upper() in (c["bank"] + " " + bankify(c["name"]) + " " +
                                                            bankify(c["legal"])) for c in CUSTS)
             and not any(w.upper() in u for u in UNKNOWN_PAYERS)]
    if not words:
        raise Skip("word")
    word = pick(words)
    UNK_USED.add(word)
    inds = {"AUD": AU_IND, "NZD": NZ_IND, "GBP": UK_IND}[cur]
    suf = {"AUD": " Pty Ltd", "NZD": " Limited", "GBP": " Ltd"}[cur]
    i1, i2 = R.sample([x for x in inds if "Group" not in x and "Co" not in x.split()], 2)
    c1 = add_customer(cur, "%s %s%s" % (word, i1, suf))
    c2 = add_customer(cur, "%s %s%s" % (word, i2, suf))
    for c in (c1, c2):
        c["touched"] = c["reserved"] = True
    amt = invoice_amount(cur, "mixed")[1]
    invs = []
    for c in (c1, c2):
        num, issue = take_gap(cur, date(2025, 11, 1), date(2026, 1, 30))
        invs.append(add_invoice(c, cur, num, issue, amt))
        for _ in range(R.randint(0, 2)):
            num, issue = take_gap(cur, date(2025, 9, 1), date(2026, 1, 30))
            add_invoice(c, cur, num, issue, invoice_amount(cur)[1])
    ch = pick([c for c in CHANNELS[cur] if c in ("eft", "nz", "bacs", "fps")])
    payer = pick([word.upper(), word.upper() + " ACCTS", word.upper() + " PAYMENTS"])
    ref = reference(ch, c1, [], generic=pick(["PAYMENT", "SERVICES", "INVOICE", None]))
    if ch == "nz":
        ref = nz_fields(word.upper(), "", "PAYMENT")
    emit(pdate, amt, cur, payer, None, ref, None, "review", [], amt, None, [[invs[0]], [invs[1]]],
         "R-ambiguous-payer", "en",
         "payer '%s' could be %s or %s, each with an open invoice of exactly %s (%s, %s); no reference." %
         (payer, c1["name"], c2["name"], amt, invs[0]["number"], invs[1]["number"]),
         checks=[("ledger_has", cur, amt, [i["id"] for i in invs])])


def sc_conflict(pdate):
    cur = pick_cur()
    for _ in range(80):
        cust = pick_cust(cur, lambda c: len(fresh_invs(c, cur)) >= 2)
        invs = fresh_invs(cust, cur)
        y = pick(invs)
        xs = [i for i in invs if i is not y and i["bal"] < y["bal"]]
        if xs and unique_subset(cust, cur, y["bal"], [y]):
            x = pick(xs)
            break
    else:
        raise Skip("conflict")
    amt = y["bal"]
    ch = pick([c for c in CHANNELS[cur] if c in ("eft", "nz", "bacs", "fps", "stripe")])
    tok = x["number"] if ch == "stripe" else inv_short(x)
    ref = reference(ch, cust, [tok])
    emit(pdate, amt, cur, payer_for(cust, ch), cust["id"] if known_id(ch, force=ch == "stripe" or chance(0.6)) else None,
         ref, None, "review", [], amt, None, [[y], [x]], "R-ref-amount-conflict", "en",
         "reference names %s (balance %s) but the amount %s is exactly %s's balance; either the reference or the "
         "amount is wrong, so a person decides." % (x["number"], x["bal"], amt, y["number"]),
         checks=[("unique", cust["id"], cur, amt, [y["id"]]), ("open", x["id"])], mentions=mention_set([x]))


def sc_two_subsets(pdate):
    cur = pick_cur()
    cust = plant_customer(cur)
    day = pick([D("600"), D("450"), D("380"), D("720"), D("295")])
    t = 1 + ENT[cur]["tax"]
    a_days, b_days = R.randint(1, 4), R.randint(2, 6)
    a, b = q(day * a_days * t), q(day * b_days * t)
    c = a + b
    invs = []
    for amt in (a, b, c):
        num, issue = take_gap(cur, date(2025, 10, 15), date(2026, 1, 30))
        invs.append(add_invoice(cust, cur, num, issue, amt))
    ch = pick([x for x in CHANNELS[cur] if x in ("eft", "nz", "bacs", "fps")])
    by_id = chance(0.7)
    ref = reference(ch, cust, [], generic=pick(["HIRE", "EQUIPMENT HIRE", None, "PAYMENT"]))
    emit(pdate, c, cur, payer_for(cust, ch, need_name=True), cust["id"] if by_id else None, ref, None, "review", [],
         c, None,
         [[invs[2]], [invs[0], invs[1]]], "R-two-subsets", "en",
         "amount %s equals %s alone and also %s + %s; no reference decides between them." %
         (c, invs[2]["number"], invs[0]["number"], invs[1]["number"]),
         checks=[("exact_sets", cust["id"], cur, c, [[invs[2]["id"]], [invs[0]["id"], invs[1]["id"]]])])


BAD_KINDS = ["amount_null", "amount_empty", "amount_zero", "amount_negative", "amount_text", "currency_null",
             "currency_empty", "currency_bad"]


def sc_bad(pdate, kind):
    cur = pick_cur()
    ch = pick([c for c in CHANNELS[cur] if c in ("eft", "nz", "bacs", "fps")])
    payer = unknown_payer() if kind.startswith("currency") else pick([unknown_payer(), "UNKNOWN"])
    cust = pick_cust(cur, lambda c: open_invs(c, cur))
    inv = pick(open_invs(cust, cur))
    ment = set()
    amt_raw, cur_raw, ref, why = None, cur, None, ""
    if kind == "amount_null":
        payer = payer_for(cust, ch)
        ref = reference(ch, cust, [inv_short(inv)])
        ment = mention_set([inv])
        why = "amount is null: nothing can be applied even though the reference names %s" % inv["number"]
    elif kind == "amount_empty":
        amt_raw = ""
        ref = "PAYMENT"
        why = "amount is an empty string"
    elif kind == "amount_zero":
        amt_raw = "0.00"
        payer = payer_for(cust, ch)
        ref = reference(ch, cust, [inv_short(inv)])
        ment = mention_set([inv])
        why = "zero amount (bank fee/verification line): nothing to apply"
    elif kind == "amount_negative":
        amt_raw = "-" + s(invoice_amount(cur)[1])
        ref = pick({"AUD": ["DISHONOUR CHQ RTN", "REVERSAL", "RETURNED ITEM"], "NZD": ["DISHONOUR", "REVERSAL"],
                    "GBP": ["RECALL FPS", "RETURNED BACS", "UNPAID CHQ"]}[cur])
        why = "negative amount (a reversal/dishonour line), not a receipt"
    elif kind == "amount_text":
        amt_raw = pick(["N/A", "see remittance", "#VALUE!"])
        ref = "TRANSFER"
        why = "amount '%s' is not a decimal" % amt_raw
    elif kind == "currency_null":
        amt_raw = s(invoice_amount(cur)[1])
        cur_raw = ("",)
        why = "currency missing"
    elif kind == "currency_empty":
        amt_raw = s(invoice_amount(cur)[1])
        cur_raw = ""
        why = "currency is an empty string"
    else:
        amt_raw = s(invoice_amount(cur)[1])
        cur_raw = pick(["AU$", "STG", "NZ"])
        why = "currency '%s' is not an ISO code" % cur_raw
    if kind == "currency_null":
        cur_raw = None
    pid = new_pid()
    PAYMENTS.append({"id": pid, "date": pdate.isoformat(), "amount": amt_raw, "currency": cur_raw,
                     "payer_name": payer, "customer_id": None, "reference": ref if kind != "currency_null" else None,
                     "remittance": None})
    unap = None
    LABELS.append({"payment_id": pid, "status": "review", "applications": [], "unapplied": unap, "short_pay": None,
                   "candidates": [], "note": "[R-bad-row, en] bad input row: %s. Nothing applied." % why})
    CHECKS.append([])
    MENTIONS.append(ment)


# --------------------------------------------------------------------------------------------
# driver

PLAN = ([sc_exact] * 80 + [sc_amount_known] * 18 + [sc_lump] * 38 + [sc_trunc_lump] * 10 + [sc_alias] * 22 +
        [sc_typo] * 14 + [sc_po_trap] * 9 + [sc_statement] * 7 + [sc_credit_noted] * 6 +
        [sc_amount_looks_like_number] * 4 +
        [sc_discount] * 10 + [sc_bank_fee] * 8 + [sc_withholding] * 6 + [sc_disputed] * 11 + [sc_part] * 17 +
        [sc_lump_with_part] * 5 +
        [sc_overpay_ledger] * 7 + [sc_overpay_extra] * 7 + [sc_closed_invoice] * 5 + [sc_wrong_currency] * 8 +
        [sc_deposit] * 7 +
        [sc_unknown_nofit] * 10 + [sc_unknown_amount_only] * 9 + [sc_tie] * 12 + [sc_ambiguous_payer] * 5 +
        [sc_conflict] * 6 + [sc_two_subsets] * 5 + ["bad"] * 8)
N_TOTAL = 400


def payment_dates(n):
    days = []
    d = date(2026, 2, 2)
    while d <= date(2026, 3, 27):
        days.append(d)
        d += timedelta(days=1)
    w = [1 if x.weekday() >= 5 else 8 for x in days]
    return sorted(R.choices(days, w, k=n))


def run():
    build_customers()
    build_ledger()
    dates = payment_dates(N_TOTAL)
    plan = PLAN[:]
    R.shuffle(plan)
    bad = BAD_KINDS[:]
    R.shuffle(bad)
    step = 0
    while len(PAYMENTS) < N_TOTAL:
        STEP[0] = step
        pdate = dates[len(PAYMENTS)]
        due = [f for f in FOLLOW if f[0] <= step]
        done = False
        if due:
            f = min(due, key=lambda x: x[0])
            FOLLOW.remove(f)
            try:
                f[1](pdate, *f[2])
                done = True
            except Skip:
                pass
        if not done:
            if not plan:
                plan = [sc_exact, sc_lump, sc_exact, sc_amount_known]
            fn = plan.pop()
            try:
                if fn == "bad":
                    sc_bad(pdate, bad.pop())
                else:
                    fn(pdate)
            except Skip:
                plan.insert(0, sc_exact)
        step += 1


# --------------------------------------------------------------------------------------------
# validation: replay every payment in order against the final ledger


def validate():
    for i in INVOICES:
        i["bal"] = i["balance"]
    invs_by_cust = {}
    for i in INVOICES:
        invs_by_cust.setdefault(i["customer_id"], []).append(i)

    def open_of(cid, cur):
        return [i for i in invs_by_cust.get(cid, []) if i["bal"] > 0 and i["currency"] == cur]

    def subs(cid, cur, amt):
        invs = open_of(cid, cur)
        out = []
        for k in range(1, min(4, len(invs)) + 1):
            for combo in itertools.combinations(invs, k):
                if sum(x["bal"] for x in combo) == amt:
                    out.append(frozenset(x["id"] for x in combo))
        return out

    inv_nums = {}
    for i in INVOICES:
        inv_nums[i["n"]] = i
    errs = []
    for p, lab, checks, ment in zip(PAYMENTS, LABELS, CHECKS, MENTIONS):
        pid = p["id"]
        for c in checks:
            t = c[0]
            if t == "unique":
                _, cid, cur, amt, exp = c
                m = subs(cid, cur, amt)
                if len(exp) <= 4:
                    ok = m == [frozenset(exp)]
                else:
                    ok = not m and sum(INV_BY_ID[x]["bal"] for x in exp) == amt
                if not ok:
                    errs.append((pid, c, m))
            elif t == "nofit":
                _, cid, cur, amt = c
                if subs(cid, cur, amt):
                    errs.append((pid, c))
            elif t == "no_cur":
                _, cid, cur = c
                if open_of(cid, cur):
                    errs.append((pid, c))
            elif t == "closed":
                if INV_BY_ID[c[1]]["bal"] != 0:
                    errs.append((pid, c))
            elif t == "open":
                if INV_BY_ID[c[1]]["bal"] <= 0:
                    errs.append((pid, c))
            elif t == "bal_ne":
                if INV_BY_ID[c[1]]["bal"] == c[2]:
                    errs.append((pid, c))
            elif t == "not_own_number":
                _, cid, cur, num = c
                if any(i["n"] == num for i in open_of(cid, cur)):
                    errs.append((pid, c))
            elif t == "ledger_single":
                _, cur, amt, exp = c
                got = sorted(i["id"] for i in INVOICES if i["currency"] == cur and i["bal"] == amt)
                if got != sorted(exp):
                    errs.append((pid, c, got))
            elif t == "ledger_has":
                _, cur, amt, exp = c
                got = sorted(i["id"] for i in INVOICES if i["currency"] == cur and i["bal"] == amt and i["bal"] > 0)
                if got != sorted(exp):
                    errs.append((pid, c, got))
            elif t == "ties":
                _, cid, cur, amt, ids = c
                if any(INV_BY_ID[x]["bal"] != amt for x in ids):
                    errs.append((pid, c))
                m = subs(cid, cur, amt)
                if sorted(m, key=sorted) != sorted([frozenset([x]) for x in ids], key=sorted):
                    errs.append((pid, c, m))
            elif t == "exact_sets":
                _, cid, cur, amt, sets = c
                m = subs(cid, cur, amt)
                if set(m) != {frozenset(x) for x in sets}:
                    errs.append((pid, c, m))
        # arithmetic
        if lab["status"] == "review":
            if lab["applications"]:
                errs.append((pid, "review with applications"))
        else:
            amt = D(p["amount"])
            tot = sum(D(a["amount"]) for a in lab["applications"]) + D(lab["unapplied"])
            if tot != amt:
                errs.append((pid, "sum", tot, amt))
            for a in lab["applications"]:
                inv = INV_BY_ID[a["invoice_id"]]
                if inv["currency"] != p["currency"]:
                    errs.append((pid, "currency"))
                if D(a["amount"]) > inv["bal"] or D(a["amount"]) <= 0:
                    errs.append((pid, "over-apply", inv["number"], a["amount"], inv["bal"]))
                inv["bal"] -= D(a["amount"])
            for c in checks:
                if c[0] == "nofit_post" and subs(c[1], c[2], c[3]):
                    errs.append((pid, c))
            st = lab["status"]
            if st == "applied" and (D(lab["unapplied"]) != 0 or lab["short_pay"]):
                errs.append((pid, "applied shape"))
            if st == "unapplied" and D(lab["unapplied"]) <= 0:
                errs.append((pid, "unapplied shape"))
            if st == "partial":
                if D(lab["unapplied"]) != 0:
                    errs.append((pid, "partial unapplied"))
                left = [INV_BY_ID[a["invoice_id"]] for a in lab["applications"] if INV_BY_ID[a["invoice_id"]]["bal"] > 0]
                if not left:
                    errs.append((pid, "partial leaves nothing open"))
                if lab["short_pay"]:
                    spi = INV_BY_ID[lab["short_pay"]["invoice_id"]]
                    if spi["bal"] != D(lab["short_pay"]["amount"]):
                        errs.append((pid, "short_pay amount", spi["bal"], lab["short_pay"]["amount"]))
        # stray invoice numbers in free text
        text = " ".join(x for x in (p["reference"], p["remittance"]) if x)
        t2 = re.sub(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", " ", text)
        t2 = re.sub(r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2}(?!\d)|\d{1,3}(?:\.\d{3})+,\d{2}|\d+,\d{2}(?!\d)", " ", t2)
        t2 = re.sub(r"\d{1,3}(?:\u202f\d{3})+,\d{2}", " ", t2)
        for m in re.finditer(r"(?<![\d])(\d+)(?![\d])", t2):
            d = m.group(1)
            if d in inv_nums and d not in ment:
                errs.append((pid, "stray number", d, text[:80]))
    for i in INVOICES:
        i["bal"] = i["balance"]
    return errs


def write():
    inv_out = []
    order = sorted(INVOICES, key=lambda i: (i["customer_name"], i["issue_date"], i["number"]))
    R2 = random.Random(77)
    R2.shuffle(order)
    for i in order:
        inv_out.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                        "customer_name": i["customer_name"], "currency": i["currency"], "total": s(i["total"]),
                        "balance": s(i["balance"]), "issue_date": i["issue_date"].isoformat(),
                        "due_date": i["due_date"].isoformat()})
    with open(os.path.join(HERE, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump(inv_out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "payments.json"), "w", encoding="utf-8") as f:
        json.dump(PAYMENTS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


def main():
    run()
    errs = validate()
    for e in errs:
        print("CHECK FAILED:", e)
    write()
    from collections import Counter
    st = Counter(l["status"] for l in LABELS)
    keys = Counter(l["note"].split("]")[0][1:].split(",")[0] for l in LABELS)
    langs = Counter(l["note"].split("]")[0].split(", ")[1] for l in LABELS)
    cur = Counter(p["currency"] for p in PAYMENTS)
    print("invoices", len(INVOICES), "customers", len(CUSTS), "payments", len(PAYMENTS))
    print(dict(st))
    print(dict(sorted(keys.items())))
    print(dict(langs), dict(cur))
    if errs:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
