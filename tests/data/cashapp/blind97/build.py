#!/usr/bin/env python3
"""Blind cash-application set 353 (us_saas_billing) -- generator.

Lattice Analytics Inc. (made up), a US business-software vendor: subscriptions,
usage overages and professional services billed to customers in the US, Canada,
the UK, the EU and Australia, in USD, CAD, GBP, EUR and AUD.

Standard library only, seed 353. Writes
    us_saas_billing/invoices.json   open invoices (contract fields only)
    us_saas_billing/payments.json   400 payments, oldest first (contract fields only)
    us_saas_billing/labels.json     one expected MATCHES entry per payment + scenario/note(/error)

Every label is built from the intent of its scenario; check.py re-derives it
independently from the data with the decision rules of README.md.
"""
import json
import os
import random
import re
import string
import unicodedata
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 353
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "us_saas_billing"
OUT = os.path.join(HERE, NAME)

D = Decimal
CENT = D("0.01")
ZERO = D("0.00")


def q(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(x):
    return str(q(x))


_ids = set()


def rid(prefix, n):
    alpha = string.ascii_lowercase + string.digits
    while True:
        v = prefix + "".join(rng.choice(alpha) for _ in range(n))
        if v not in _ids:
            _ids.add(v)
            return v


def noise(n, max_digit_run=3):
    """Upper-case alphanumeric bank noise with no long digit runs."""
    out, run = [], 0
    for _ in range(n):
        if run < max_digit_run and rng.random() < 0.35:
            out.append(rng.choice(string.digits))
            run += 1
        else:
            out.append(rng.choice(string.ascii_uppercase))
            run = 0
    return "".join(out)


# ------------------------------------------------------------------ text helpers
UML = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def fold(s, uml=False):
    if uml:
        s = "".join(UML.get(ch, ch) for ch in s)
    s = s.replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def bank_upper(s, uml=False):
    s = fold(s, uml).upper()
    s = re.sub(r"[^A-Z0-9 &.,'/-]", "", s)
    return " ".join(s.split())


LEGAL = {"inc", "incorporated", "llc", "ltd", "limited", "plc", "corp", "corporation", "co", "company",
         "lp", "llp", "gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "selarl", "sl", "slp", "slu", "bv",
         "nv", "pty", "srl", "spa", "ltee", "ulc", "dac", "the"}


def nkeep(s, uml=False):
    s = fold(s, uml).lower().replace(".", "").replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def nstrip(s, uml=False):
    return " ".join(t for t in nkeep(s, uml).split() if t not in LEGAL)


def fmt_en(a):
    return format(q(a), ",.2f")


def fmt_de(a):  # 4.217,38
    return fmt_en(a).replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_fr(a):  # 4 217,38
    return fmt_en(a).replace(",", " ").replace(".", ",")


def fmt_lang(a, lang):
    return {"en": fmt_en, "de": fmt_de, "fr": fmt_fr, "es": fmt_de}[lang](a)


# amounts, creditor references, OCR confusions and digit groups -- the same
# recognition rules that README.md states and check.py applies.
AMT_RE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[,. ]\d{3})+|\d+)[.,]\d{2}(?!\d)")
RF_RE = re.compile(r"\bRF(\d{2})((?: ?[A-Z0-9]{1,4}){1,6})")
OCR_RE = re.compile(r"(?<![A-Za-z0-9])(INV[-#: ]?)?([0-9OIl]{5,8})(?![A-Za-z0-9])")
DG_RE = re.compile(r"(?<!\d)\d+(?:[ .-]\d+)*(?!\d)")


def _num_of(digits):
    if 5 <= len(digits) <= 8 and len(str(int(digits))) == 5:
        return int(digits)
    return None


def mentions(text):
    """Invoice-number-like values in a text, in order of appearance (deduplicated)."""
    if not text:
        return []
    found = []

    def rf_sub(m):
        groups = m.group(2).split()
        for k in range(len(groups), 0, -1):
            body = "".join(groups[:k])
            conv = "".join(str(int(ch, 36)) for ch in body + "RF" + m.group(1))
            if body.upper().startswith("INV") and int(conv) % 97 == 1:
                v = _num_of(re.sub(r"\D", "", body))
                if v is not None:
                    found.append((m.start(), v))
                return " " * (4 + len(" ".join(groups[:k])) + 1) + m.group(0)[4 + len(" ".join(groups[:k])) + 1:]
        return m.group(0)

    text = RF_RE.sub(rf_sub, text)
    text = AMT_RE.sub(lambda m: " " * len(m.group(0)), text)

    def ocr_sub(m):
        tok = m.group(2)
        if sum(ch.isdigit() for ch in tok) >= 4 and not tok.isdigit():
            tok = tok.replace("O", "0").replace("I", "1").replace("l", "1")
        return (m.group(1) or "") + tok

    text = OCR_RE.sub(ocr_sub, text)
    for m in DG_RE.finditer(text):
        parts = re.split(r"[ .-]", m.group(0))
        whole = _num_of("".join(parts))
        if whole is not None:
            found.append((m.start(), whole))
        else:
            off = m.start()
            for p in parts:
                v = _num_of(p)
                if v is not None:
                    found.append((off, v))
                off += len(p) + 1
    found.sort()
    out = []
    for _, v in found:
        if v not in out:
            out.append(v)
    return out


PART_KW = ["partial payment", "part payment", "installment", "instalment", "paiement partiel", "acompte",
           "teilzahlung", "abschlagszahlung", "pago parcial"]
REASON_KW = [
    ("processor_fee", ["processing fee", "processor fee", "card fee", "merchant fee"]),
    ("fx_difference", ["fx conversion", "exchange rate", "taux de change", "wechselkurs", "tipo de cambio",
                       "difference de change"]),
    ("bank_fee", ["bank charge", "bank fee", "wire fee", "intermediary bank", "71f:", "frais bancaires",
                  "bankgebuhr", "bankspesen", "comision bancaria", "gastos bancarios"]),
    ("withholding_tax", ["withholding", "retenue a la source", "retencion", "quellensteuer"]),
    ("early_payment_discount", ["discount", "escompte", "skonto", "descuento", "pronto pago"]),
    ("damaged_goods", ["damaged", "defective", "endommage", "beschadigt", "danado"]),
    ("service_credit", ["service credit", "sla credit", "credit de service"]),
    ("credit_note", ["credit memo", "credit note", "avoir ", "gutschrift", "nota de credito"]),
]
PREPAY_KW = ["prepayment", "advance payment", "paiement anticipe", "vorauszahlung", "anticipo", "deposit for"]


def kfold(t):
    return fold(t or "").lower()


def detect(text):
    t = kfold(text)
    part = any(k in t for k in PART_KW)
    reason = None
    for code, kws in REASON_KW:
        if any(k in t for k in kws):
            reason = code
            break
    prepay = any(k in t for k in PREPAY_KW)
    return part, reason, prepay


# ------------------------------------------------------------------ customers
US_A = ["Bluefin", "Summit Ridge", "Harborview", "Pinnacle", "Ironwood", "Silverlake", "Redstone",
        "Clearwater", "Granite Peak", "Beacon Hill", "Meridian", "Keystone", "Lakeshore", "Oakmont", "Riverbend",
        "Sagebrush", "Tallgrass", "Westfield", "Brightpath", "Copperline", "Evergreen", "Fox Hollow", "Goldcrest",
        "Highland Park", "Juniper", "Kingsbridge", "Lighthouse", "Maplewood", "Northstar", "Old Mill",
        "Prairie Wind", "Quarry Hill", "Rockport", "Sandstone", "Timberline", "Union Square", "Valleyview",
        "Willow Creek", "Zephyr", "Anchor Point", "Bayside", "Crescent", "Driftwood", "Eastgate", "Fairhaven",
        "Glenwood", "Hawthorne", "Ivy Lane", "Jasper", "Kettle River", "Lone Pine", "Mesa Verde", "Nantucket",
        "Overland", "Palisade", "Red Oak", "Stonebridge", "Three Rivers", "Upland", "Vantage", "Whitewater",
        "Blue Heron", "Cardinal", "Delta Bay", "Elm Street", "Falcon Ridge", "Great Plains", "Heartland",
        "Iron Horse", "Lantern", "Magnolia", "Northfield", "Orchard Lane", "Pioneer Valley", "Riverstone",
        "Shoreline", "Tidewater", "Wildflower", "Aspen Grove", "Bristlecone", "Chestnut Hill", "Dogwood",
        "Emerald Coast", "Frontier", "Golden Gate", "Hickory", "Indigo", "Kingfisher", "Larkspur", "Mill Creek"]
US_B = ["Health Systems", "Logistics", "Foods", "Manufacturing", "Financial Group", "Insurance Agency",
        "Retail Group", "Energy Partners", "Dental Group", "Property Management", "Freight", "Biotech", "Media",
        "Labs", "Hospitality Group", "Construction", "Capital Partners", "Medical Partners", "Pharmacy Services",
        "Telecom", "Supply", "Outfitters", "Education Services", "Veterinary Clinics", "Realty",
        "Brewing Company", "Orthopedics", "Staffing", "Home Services", "Auto Group", "Marine", "Aerospace",
        "Packaging", "Farms", "Engineering", "Legal Group", "Title & Escrow", "Senior Living", "Pediatrics"]
US_SUF = [", Inc.", " LLC", " Corp.", " Inc.", " LLC", ", LLC", " Corporation", " LP", " Co."]
US_FIXED = ["Northwind Health Systems, Inc.", "Northwind Healthcare Partners LLC",
            "Cedarline Manufacturing Co.", "Cedarline Manufactured Homes LLC"]
CA_EN = ["Maple Ridge Logistics Ltd.", "Borealis Health Inc.", "Prairie Sky Credit Union", "Fraser Valley Foods Inc.",
         "Rideau Capital Partners Inc.", "Okanagan Orchards Ltd.", "Algonquin Freight Inc.",
         "Kootenay Outfitters Ltd.", "Halifax Harbour Marine Inc.", "Great Lakes Biotech Inc.",
         "Muskoka Hospitality Group Inc.", "Saskatoon Agri Supply Ltd.", "Yukon Mining Services Ltd.",
         "Niagara Dental Group Inc."]
CA_FR = ["Groupe Laurentide inc.", "Services Financiers Beauport inc.", "Les Aliments Saint-Laurent ltée",
         "Clinique Dentaire Beaubien inc.", "Société de Gestion Éloïse inc.", "Transports Lévesque ltée",
         "Pharmacie Côté-Nord inc.", "Construction Bélanger et Frères inc.", "Énergies Mauricie inc."]
GB = ["Harrow & Finch Ltd", "Pennine Freight plc", "Thameside Media Ltd", "Cotswold Veterinary Group Ltd",
      "Brindley Engineering Ltd", "Solent Marine Services Ltd", "Northgate Retail plc", "Kestrel Aviation Ltd",
      "Mersey Logistics Ltd", "Wessex Housing Association", "Caledonian Whisky Traders Ltd", "Ashdown Legal LLP",
      "Fenland Farms Ltd", "Peak District Outdoor Ltd", "Lambeth Dental Care Ltd", "Clydebank Fabrication Ltd",
      "Aldwych Hospitality Ltd", "Bramble & Rowe Insurance Brokers Ltd", "St Albans Medical Partners LLP",
      "Greenwich Capital Advisers Ltd", "Tyneside Software Services Ltd"]
DE = ["Müller Präzisionstechnik GmbH", "Schäfer Logistik AG", "Weißensee Medien GmbH", "Köhler Lebensmittel KG",
      "Brückner Maschinenbau GmbH", "Rheinland Versicherungsmakler GmbH", "Hofmann & Söhne Bau GmbH",
      "Nordsee Fischhandel GmbH", "Bayerische Dentaltechnik AG"]
FR = ["Société d'Ingénierie Bérard SAS", "Groupe Hôtelier Lumière SA", "Pâtisseries Dufresne SARL",
      "Transports Garnier et Fils SAS", "Cabinet Médical Rousseau SELARL", "Éditions Marchand SA",
      "Vignobles Château Lafleur SAS"]
ES = ["Distribuciones Peñalara S.L.", "Clínica Dental Núñez S.L.P.", "Transportes Ibáñez S.A.",
      "Hostelería Costa Brava S.L.", "Construcciones Muñoz y Asociados S.A."]
NL = ["Van der Berg Logistiek B.V.", "Hollandse Zuivel B.V.", "Zeeland Offshore Services B.V.",
      "Utrecht Zorggroep B.V."]
IE = ["Liffey Medical Devices Ltd", "Connacht Foods Ltd", "Shannon Aero Leasing DAC", "Galway Bay Hospitality Ltd"]
IT = ["Tessitura Bianchi S.r.l.", "Officine Meccaniche Rinaldi S.p.A."]
AU = ["Wattle Creek Mining Pty Ltd", "Coral Coast Tourism Pty Ltd", "Southern Cross Freight Pty Ltd",
      "Murray River Wines Pty Ltd", "Kookaburra Childcare Pty Ltd", "Blue Gum Health Pty Ltd",
      "Harbourside Property Group Pty Ltd", "Outback Rail Services Pty Ltd", "Tasman Aquaculture Pty Ltd",
      "Eucalypt Dental Pty Ltd", "Nullarbor Solar Pty Ltd", "Brisbane Legal Partners",
      "Gold Coast Fitness Pty Ltd", "Perth Marine Engineering Pty Ltd", "Adelaide Hills Cellars Pty Ltd",
      "Canberra Civic Consulting Pty Ltd"]

FIRST = ["Maria", "John", "Priya", "David", "Wei", "Sarah", "Miguel", "Olivia", "Ahmed", "Laura", "James",
         "Aisha", "Robert", "Mei", "Daniel", "Sofia", "Kevin", "Hannah", "Marc", "Isabelle", "Jürgen", "Lucía"]
LAST = ["Alvarez", "Thompson", "Patel", "Kowalski", "Nguyen", "Okafor", "Schmidt", "Rossi", "Dubois", "Garcia",
        "Murphy", "Tanaka", "Cohen", "Lindqvist", "Haddad", "Tremblay", "O'Brien", "Fischer", "Moreau", "Ruiz"]
TRADING = ["Brightside Dental", "Peak Fitness Studios", "Coastal Eats", "Urban Roots Market", "Blue Door Bakery",
           "Silver Spoon Catering", "Happy Paws Vet", "Metro Movers", "GreenLeaf Pharmacy", "FastLane Couriers",
           "Sunny Days Childcare", "Red Barn Creamery", "Harbor Lights Inn", "Quick Fix Auto", "Top Shelf Liquors",
           "Bella Vista Winery", "Trailhead Gear", "Clean Slate Laundry"]
PARENTS = ["Atlas Portfolio Holdings LLC", "Crestview Capital Group", "Halversen Industries Inc",
           "Monarch Equity Partners LP", "Trident Global Holdings", "Sterling Ridge Ventures",
           "Blackwater Bay Holdings", "Corvus Group Holdings plc", "Aurelia Holding GmbH", "Groupe Vernier SA",
           "Grupo Alcázar S.A.", "Bannockburn Investments Pty Ltd", "Northern Lights Holdings Inc",
           "Pacific Rim Capital Holdings"]
ABBR = {"health": "HLTH", "systems": "SYS", "manufacturing": "MFG", "services": "SVCS", "group": "GRP",
        "partners": "PTNRS", "logistics": "LOGISTIC", "medical": "MED", "management": "MGMT",
        "property": "PROP", "financial": "FINL", "insurance": "INS", "construction": "CONSTR",
        "engineering": "ENGRG", "hospitality": "HOSP", "education": "EDUC", "veterinary": "VET",
        "pharmacy": "PHARM", "international": "INTL", "company": "CO", "corporation": "CORP"}

COUNTRY_CCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "ES": "EUR", "NL": "EUR",
               "IE": "EUR", "IT": "EUR", "AU": "AUD"}
USD_SHARE = {"CA": 0.40, "GB": 0.22, "DE": 0.2, "FR": 0.15, "ES": 0.2, "NL": 0.25, "IE": 0.25, "IT": 0.0,
             "AU": 0.2, "US": 0.0}

customers = []


def add_customer(name, country, lang):
    home = COUNTRY_CCY[country]
    if country == "US":
        tax = rng.choice([D("0"), D("0"), D("0"), D("0.06"), D("0.0625"), D("0.07"), D("0.08875"), D("0.045")])
        terms = rng.choice([30, 30, 30, 45, 60])
    elif country == "CA":
        tax = rng.choice([D("0.05"), D("0.13"), D("0.14975")]) if lang == "en" else D("0.14975")
        terms = rng.choice([30, 30, 45])
    elif country == "GB":
        tax, terms = D("0.20"), rng.choice([30, 30, 14])
    elif country == "AU":
        tax, terms = D("0.10"), rng.choice([14, 30, 30])
    else:
        tax, terms = D("0"), rng.choice([30, 30, 45, 60])
    ccys = [home]
    if rng.random() < USD_SHARE[country]:
        ccys.append("USD")
    c = {"id": rid("cus_", 10), "name": name, "country": country, "lang": lang, "home": home, "ccys": ccys,
         "tax": tax, "terms": terms, "monthly": rng.random() < 0.6,
         "M": D(rng.choice([450, 600, 750, 900, 1200, 1500, 1800, 2400, 2500, 3200, 4000, 4800, 6500, 8500, 12000]))}
    c["keep_keys"] = {nkeep(name, u) for u in (False, True)}
    c["strip_keys"] = {nstrip(name, u) for u in (False, True)}
    customers.append(c)
    return c


def build_customers():
    pool = [(a, b) for a in US_A for b in US_B]
    rng.shuffle(pool)
    used_a = Counter()
    names = set()
    for n in US_FIXED:
        add_customer(n, "US", "en")
        names.add(n)
    for a, b in pool:
        if sum(1 for c in customers if c["country"] == "US") >= 97:
            break
        if used_a[a] >= 1:
            continue
        suf = rng.choice(US_SUF)
        if b.endswith("Company") and suf in (" Co.", " Corporation", " Corp."):
            suf = ", Inc."
        n = a + " " + b + suf
        used_a[a] += 1
        names.add(n)
        add_customer(n, "US", "en")
    for n in CA_EN:
        add_customer(n, "CA", "en")
    for n in CA_FR:
        add_customer(n, "CA", "fr")
    for n in GB:
        add_customer(n, "GB", "en")
    for n in DE:
        add_customer(n, "DE", "de")
    for n in FR:
        add_customer(n, "FR", "fr")
    for n in ES:
        add_customer(n, "ES", "es")
    for n in NL:
        add_customer(n, "NL", "en")
    for n in IE:
        add_customer(n, "IE", "en")
    for n in IT:
        add_customer(n, "IT", "en")
    for n in AU:
        add_customer(n, "AU", "en")


# ------------------------------------------------------------------ invoices
invoices = []
INV = {}            # id -> invoice (internal, Decimal fields)
BY_NUM = {}         # int number -> invoice
BY_CUST = {}        # cust id -> [invoices]
BAL = {}            # id -> Decimal running balance (replay state)
CUST = {}


def month_start(m):
    return date(2025, m, 1)


def build_invoices():
    raw = []
    for c in customers:
        CUST[c["id"]] = c
        for ccy in c["ccys"]:
            home = ccy == c["home"]
            k = rng.choice([3, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12]) if home else rng.choice([1, 2, 2, 3])
            tax = c["tax"] if home else D("0")
            items = []
            if c["monthly"] and home:
                m = min(k, rng.randint(1, 5))
                end = rng.choice([7, 8, 9, 9])
                for mo in range(end - m + 1, end + 1):
                    items.append(("sub", month_start(mo), q(c["M"] * (1 + tax))))
                    if rng.random() < 0.35:
                        items.append(("usage", month_start(mo), q(D(rng.randint(4000, 450000)) / 100 * (1 + tax))))
            while len(items) < k:
                t = rng.choice(["ps", "ps", "usage", "annual", "usage"])
                dd = date(2025, 3, 3) + timedelta(days=rng.randint(0, 205))
                if t == "ps":
                    hours = D(rng.choice([8, 12, 16, 20, 24, 32, 40, 60, 80])) + rng.choice([D(0), D(0), D("0.5")])
                    rate = D(rng.choice([175, 195, 210, 225, 250, 275]))
                    amt = q(hours * rate * (1 + tax))
                elif t == "usage":
                    amt = q(D(rng.randint(4000, 900000)) / 100 * (1 + tax))
                else:
                    amt = q(D(rng.choice([9600, 18000, 24000, 36000, 48000, 60000, 96000, 120000])) * (1 + tax))
                items.append((t, dd, amt))
            items = items[:k]
            for t, dd, amt in items:
                raw.append({"cust": c, "ccy": ccy, "type": t, "issue": dd, "total": amt})
    order = {"sub": 0, "usage": 1, "ps": 2, "annual": 3}
    cust_rank = {c["id"]: i for i, c in enumerate(rng.sample(customers, len(customers)))}
    raw.sort(key=lambda r: (r["issue"], cust_rank[r["cust"]["id"]], order[r["type"]]))
    num = 38117
    prev = None
    for r in raw:
        if prev is not None and prev["cust"] is r["cust"] and prev["issue"] == r["issue"]:
            num += 1
        else:
            num += rng.randint(2, 8)
        prev = r
        c = r["cust"]
        total = r["total"]
        bal = total
        if total >= 500 and rng.random() < 0.09:
            paid = q(total * rng.choice([D("0.25"), D("0.4"), D("0.5")]))
            if rng.random() < 0.3 and total > 3000:
                paid = D(1000 * rng.randint(1, int(total / 1000) - 1))
            bal = q(total - paid)
        terms = c["terms"] if r["type"] != "annual" else max(c["terms"], 30)
        inv = {"id": rid("in_", 14), "number": "INV-%07d" % num, "customer_id": c["id"],
               "customer_name": c["name"], "currency": r["ccy"], "total": total, "balance": bal,
               "issue_date": r["issue"], "due_date": r["issue"] + timedelta(days=terms),
               "n": num, "type": r["type"]}
        invoices.append(inv)
        INV[inv["id"]] = inv
        BY_NUM[num] = inv
        BY_CUST.setdefault(c["id"], []).append(inv)
        BAL[inv["id"]] = bal


# ------------------------------------------------------------------ state helpers
def open_of(cid, ccy):
    return [i for i in BY_CUST.get(cid, []) if i["currency"] == ccy and BAL[i["id"]] > 0]


def eligible(d, pred=None):
    return [i for i in invoices if BAL[i["id"]] > 0 and i["issue_date"] <= d and (pred is None or pred(i))]


def combos(cid, ccy, amount):
    """All sets of the customer's open invoices in ccy whose balances add up to amount exactly."""
    invs = sorted(open_of(cid, ccy), key=lambda i: -BAL[i["id"]])
    vals = [int(BAL[i["id"]] * 100) for i in invs]
    target = int(q(amount) * 100)
    suffix = [0] * (len(vals) + 1)
    for k in range(len(vals) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + vals[k]
    res = []

    def dfs(k, cur, chosen):
        if cur == target and chosen:
            res.append([invs[j] for j in chosen])
            return
        if k == len(vals) or cur > target or cur + suffix[k] < target:
            return
        dfs(k + 1, cur + vals[k], chosen + [k])
        dfs(k + 1, cur, chosen)

    dfs(0, 0, [])
    return res


def same_set(a, b):
    return sorted(i["id"] for i in a) == sorted(i["id"] for i in b)


def identify(payer):
    """Customer named by the payer name alone (README rule N), or None."""
    pk = {nkeep(payer, u) for u in (False, True)}
    ps = {nstrip(payer, u) for u in (False, True)} - {""}
    ex = [c for c in customers if ps & c["strip_keys"]]
    if len(ex) == 1:
        return ex[0]["id"]
    if len(ex) > 1:
        return None
    pre = [c for c in customers if any(len(k) >= 10 and any(ck.startswith(k) for ck in c["keep_keys"]) for k in pk)]
    return pre[0]["id"] if len(pre) == 1 else None


def near(a, b):
    sa, sb = str(a), str(b)
    if len(sa) != len(sb) or sa == sb:
        return False
    diff = [k for k in range(len(sa)) if sa[k] != sb[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]]


def typos_of(n):
    s = str(n)
    out = []
    for k in range(len(s) - 1):
        if s[k] != s[k + 1]:
            out.append(int(s[:k] + s[k + 1] + s[k] + s[k + 2:]))
    for k in range(1, len(s)):
        for dg in "0123456789":
            if dg != s[k]:
                out.append(int(s[:k] + dg + s[k + 1:]))
    return [t for t in out if len(str(t)) == 5]


def rank_key(invset):
    return (len(invset), tuple(sorted(i["due_date"] for i in invset)), tuple(sorted(i["n"] for i in invset)))


# ------------------------------------------------------------------ spellings and channels
def spell(n, lang, style=None, short=False):
    z = "%07d" % n
    styles = {
        "canon": "INV-" + z, "nodash": "INV" + z, "dash_nozero": "INV-%d" % n, "space": "INV %d" % n,
        "lower": "inv%d" % n, "bare": "%d" % n, "bare_zero": z, "hash": "#%d" % n,
        "invoice_hash": "Invoice #%d" % n, "invoice_no": "Invoice No. %s" % z, "inv_no": "Inv. No. %d" % n,
        "grouped": "INV %s %s" % (z[:4], z[4:]), "split": "%s %s" % (str(n)[:2], str(n)[2:]),
        "ocr_o": "INV-" + z.replace("0", "O", 2), "ocr_l": "INV " + z.replace("1", "l", 1) if "1" in z else "INV " + z.replace("0", "O", 2),
        "inv_hash": "INV# %d" % n,
    }
    loc = {"fr": ["Facture %d" % n, "Fact. n° %s" % z, "facture no %d" % n],
           "de": ["Rechnung %d" % n, "Re.-Nr. %d" % n, "RG-Nr. %s" % z],
           "es": ["Factura %d" % n, "Fra. %s" % z, "factura n.º %d" % n]}
    if style is None:
        pool = ["canon"] * 4 + ["nodash", "dash_nozero", "space", "lower", "bare", "bare_zero", "hash",
                                "invoice_hash", "invoice_no", "inv_no", "grouped", "split", "ocr_o", "ocr_l",
                                "inv_hash"]
        if short:
            pool = ["canon", "canon", "nodash", "dash_nozero", "space", "bare", "bare_zero", "ocr_o", "hash"]
        style = rng.choice(pool)
        if lang in loc and not short and rng.random() < 0.5:
            return rng.choice(loc[lang]), "local"
    return styles[style], style


def rf_ref(n):
    body = "INV%07d" % n
    conv = "".join(str(int(ch, 36)) for ch in body + "RF00")
    chk = 98 - int(conv) % 97
    full = "RF%02d%s" % (chk, body)
    return " ".join(full[k:k + 4] for k in range(0, len(full), 4))


PLATFORMS = {"billcom": "BILL.COM", "tipalti": "TIPALTI PAYMENTS", "coupa": "COUPA PAY"}


def pick_channel(c, ccy):
    if ccy != c["home"]:
        return "swift" if c["country"] != "US" else "fedwire"
    w = {"US": [("ach", 45), ("check", 18), ("fedwire", 12), ("rtp", 6), ("platform", 14)],
         "CA": [("eft", 55), ("check", 15), ("interac", 8), ("swift", 10), ("platform", 8)],
         "GB": [("fps", 50), ("bacs", 28), ("chaps", 10), ("platform", 8)],
         "AU": [("npp", 45), ("becs", 40), ("swift", 15)]}.get(c["country"],
                                                             [("sepa", 62), ("sepa_inst", 15), ("swift", 23)])
    tot = sum(x for _, x in w)
    r = rng.uniform(0, tot)
    for ch, x in w:
        r -= x
        if r <= 0:
            return ch
    return w[-1][0]


def remit_intro(lang, name, ccy, amount):
    a = fmt_lang(amount, lang)
    return rng.choice({
        "en": ["Remittance advice from %s: payment of %s %s." % (name, ccy, a),
               "%s - payment advice. Amount: %s %s." % (name, ccy, a),
               "Please find our payment of %s %s. %s Accounts Payable" % (ccy, a, name)],
        "fr": ["Avis de paiement - %s : règlement de %s %s." % (name, a, ccy),
               "%s vous informe du virement de %s %s." % (name, a, ccy)],
        "de": ["Zahlungsavis %s: Überweisung %s %s." % (name, a, ccy),
               "%s - Zahlungsavis über %s %s." % (name, a, ccy)],
        "es": ["Aviso de pago de %s: transferencia de %s %s." % (name, a, ccy),
               "%s - aviso de pago por %s %s." % (name, a, ccy)],
    }[lang])


def for_word(lang):
    return {"en": "For", "fr": "Pour", "de": "Für", "es": "Para"}[lang]


def render(c, ccy, d, amount, core, *, channel=None, payer=None, statement=None, where=None, ref_extra="",
           remit=None, lang=None):
    """Build (channel, payer_name, reference, remittance) for one payment.

    core: the text that carries invoice numbers ("" for none); where: "ref" or "remit".
    statement: free text about deductions / part payment (goes to the remittance advice).
    remit: a complete remittance text (overrides the generated advice).
    """
    lang = lang or c["lang"]
    channel = channel or pick_channel(c, ccy)
    if where is None:
        where = "ref" if rng.random() < 0.72 else "remit"
    if not core:
        where = "ref"
    if channel == "check" and core and not core.isdigit():
        where = "remit"
    if core and core.startswith("RMR*"):
        where = "ref"
    bname = payer or c["name"]
    rcore = core if where == "ref" else ""
    reference = None
    if channel == "ach":
        pn = bank_upper(bname)[:16].rstrip(" ,.")
        desc = rng.choice(["VENDOR PMT", "PAYABLES", "AP PAYMENT", "EDI PYMNTS", "CORP PMT"])
        trace = "%015d" % rng.randint(10 ** 13, 10 ** 15 - 1)
        reference = "ACH CREDIT CCD %s %s TRACE %s" % (pn, desc, trace)
        if rcore:
            reference += " " + rcore
    elif channel == "fedwire":
        pn = bank_upper(bname)[:35].rstrip(" ,")
        imad = d.strftime("%Y%m%d") + noise(8, 1) + "%06d" % rng.randint(100000, 999999)
        reference = "FEDWIRE CREDIT IMAD %s ORG %s OBI %s" % (imad, pn, rcore or "PAYMENT")
    elif channel == "rtp":
        pn = bank_upper(bname)[:35].rstrip(" ,")
        reference = "RTP CREDIT FROM %s RMT INF %s" % (pn, rcore or "INVOICE PAYMENT")
    elif channel == "check":
        pn = bname
        lb = "LOCKBOX 7712294" if c["country"] == "US" else "LOCKBOX TORONTO 4410927"
        word = "CHECK" if c["country"] == "US" else "CHEQUE"
        reference = "%s BATCH %03d ITEM %03d %s %d" % (lb, rng.randint(1, 60), rng.randint(1, 99), word,
                                                       rng.randint(100000, 999999))
        if rcore:
            reference += " SCANLINE " + rcore
    elif channel == "swift":
        pn = bank_upper(bname, uml=rng.random() < 0.5)[:35].rstrip(" ,")
        reference = "SWIFT MT103 :20:FT%s :50K:%s :70:%s :71A:SHA%s" % (noise(10), pn, rcore or "PAYMENT", ref_extra)
        ref_extra = ""
    elif channel == "eft":
        pn = bank_upper(bname)[:30].rstrip(" ,.")
        reference = ("EFT CREDIT %s %s" if c["lang"] == "en" else "DEPOT TEF %s %s") % (pn, rcore or "PAYMENT")
    elif channel == "interac":
        pn = bname
        reference = "INTERAC E-TRANSFER %s MSG: %s" % (noise(8), rcore or "payment")
    elif channel in ("fps", "bacs", "chaps"):
        pn = bank_upper(bname)[:18].rstrip(" ,.")
        r18 = (rcore or "LATTICE")[:18]
        reference = {"fps": "FASTER PAYMENTS RECEIPT REF %s FROM %s" % (r18, pn),
                     "bacs": "BACS CREDIT %s %s" % (pn, r18),
                     "chaps": "CHAPS IN %s REF %s" % (pn, rcore or "PAYMENT")}[channel]
    elif channel in ("sepa", "sepa_inst"):
        pn = bank_upper(bname, uml=rng.random() < 0.5) if rng.random() < 0.6 else bname
        eref = "NOTPROVIDED" if rng.random() < 0.5 else noise(12)
        head = "SEPA INST " if channel == "sepa_inst" else ""
        txt = rcore or {"de": "ZAHLUNG", "fr": "REGLEMENT", "es": "PAGO", "en": "PAYMENT"}[lang]
        reference = head + {
            "de": "SEPA-GUTSCHRIFT %s EREF+%s SVWZ+%s" % (pn, eref, txt),
            "fr": "VIR SEPA RECU /DE %s /MOTIF %s /REF %s" % (pn, txt, eref),
            "es": "TRANSFERENCIA SEPA DE %s CONCEPTO %s" % (pn, txt),
            "en": "SEPA CREDIT TRANSFER FROM %s REMITTANCE INFO %s END-TO-END %s" % (pn, txt, eref)}[lang]
    elif channel == "npp":
        pn = bank_upper(bname)[:30].rstrip(" ,.")
        reference = "OSKO PAYMENT FROM %s REF %s" % (pn, rcore or "PAYMENT")
    elif channel == "becs":
        pn = bank_upper(bname)[:18].rstrip(" ,.")
        reference = "DIRECT CREDIT %s %s" % (pn, (rcore or "LATTICE")[:18])
    elif channel == "platform":
        plat = rng.choice(["billcom", "tipalti", "coupa"])
        pn = PLATFORMS[plat]
        reference = "%s PAYMENT %s" % (pn, noise(10))
        if remit is None:
            remit = "%s remittance on behalf of %s\n%s: %s %s\n" % (
                {"billcom": "Bill.com", "tipalti": "Tipalti", "coupa": "Coupa Pay"}[plat], c["name"],
                "Invoice" if lang == "en" else for_word(lang), core or "account", ccy + " " + fmt_en(amount))
            if statement:
                remit += statement + "\n"
        where = "done"
    else:
        raise ValueError(channel)
    if ref_extra:
        reference += ref_extra
    remittance = remit
    if remittance is None and (where == "remit" or statement):
        parts = [remit_intro(lang, c["name"], ccy, amount)]
        if where == "remit":
            parts.append("%s %s." % (for_word(lang), core))
        if statement:
            parts.append(statement)
        remittance = " ".join(parts)
    return channel, pn, reference, remittance


# ------------------------------------------------------------------ statements
def st_part(lang):
    return rng.choice({"en": ["Partial payment", "Part payment - balance to follow", "Installment 1 of 3 per payment plan",
                              "Instalment 2 of 4", "Partial payment as agreed with your AR team"],
                       "fr": ["Paiement partiel", "Acompte - solde à suivre"],
                       "de": ["Teilzahlung", "Abschlagszahlung, Rest folgt"],
                       "es": ["Pago parcial", "Pago parcial, resto a continuación"]}[lang])


def st_reason(reason, lang, ccy, x, pct=None):
    a = fmt_lang(x, lang)
    n4 = rng.randint(1000, 9999)
    T = {
        "bank_fee": {"en": ["Bank charges of %s %s deducted by the intermediary bank." % (ccy, a),
                            "Less wire fee %s %s." % (ccy, a)],
                     "fr": ["Frais bancaires de %s %s déduits." % (a, ccy)],
                     "de": ["Abzgl. Bankgebühren %s %s." % (a, ccy)],
                     "es": ["Menos comisión bancaria %s %s." % (a, ccy)]},
        "withholding_tax": {"en": ["Less 15%% Regulation 105 withholding %s %s remitted to CRA." % (ccy, a),
                                   "Withholding tax of %s %s deducted, certificate to follow." % (ccy, a)],
                            "fr": ["Moins retenue à la source de 15 %% (Règlement 105) : %s %s." % (a, ccy)],
                            "de": ["Abzgl. Quellensteuer %s %s." % (a, ccy)],
                            "es": ["Retención IRNR 10 %%: %s %s." % (a, ccy)]},
        "early_payment_discount": {"en": ["%s%% early payment discount taken (%s %s)." % (pct, ccy, a),
                                          "Less %s%% prompt-pay discount %s." % (pct, a)],
                                   "fr": ["Escompte de %s %% pour paiement rapide déduit (%s %s)." % (pct, a, ccy)],
                                   "de": ["Abzgl. %s%% Skonto (%s %s)." % (pct, a, ccy)],
                                   "es": ["Descuento por pronto pago %s %% (%s %s)." % (pct, a, ccy)]},
        "damaged_goods": {"en": ["Deducted %s %s: edge appliance arrived damaged, RMA requested." % (ccy, a),
                                 "Short paid %s %s for a damaged gateway appliance." % (ccy, a)],
                          "fr": ["Boîtier endommagé à la livraison, %s %s déduits." % (a, ccy)],
                          "de": ["Gerät beschädigt geliefert, %s %s einbehalten." % (a, ccy)],
                          "es": ["Equipo dañado en la entrega, descontamos %s %s." % (a, ccy)]},
        "service_credit": {"en": ["Less SLA service credit for the August outage (%s %s)." % (ccy, a),
                                  "Service credit of %s %s applied per SLA." % (ccy, a)],
                           "fr": ["Moins crédit de service SLA (%s %s)." % (a, ccy)],
                           "de": ["Abzgl. SLA credit laut Vertrag (%s %s)." % (a, ccy)],
                           "es": ["Menos SLA credit por la caída de agosto (%s %s)." % (a, ccy)]},
        "credit_note": {"en": ["Less credit memo CM-%d (%s %s)." % (n4, ccy, a), "Net of credit note CN-%d for %s %s." % (n4, ccy, a)],
                        "fr": ["Moins avoir AV-%d (%s %s)." % (n4, a, ccy)],
                        "de": ["Abzgl. Gutschrift GS-%d (%s %s)." % (n4, a, ccy)],
                        "es": ["Menos nota de crédito NC-%d (%s %s)." % (n4, a, ccy)]},
    }
    return rng.choice(T[reason][lang])


def st_prepay(lang):
    n4 = rng.randint(1000, 9999)
    return rng.choice({"en": ["Prepayment for FY2026 renewal per quote Q-%d." % n4,
                              "Advance payment - please hold on account until the renewal invoice is issued.",
                              "Deposit for professional services SOW-%d." % n4],
                       "fr": ["Paiement anticipé - renouvellement 2026, devis Q-%d." % n4],
                       "de": ["Vorauszahlung Verlängerung 2026, Angebot Q-%d." % n4],
                       "es": ["Anticipo renovación 2026, presupuesto Q-%d." % n4]}[lang])


# ------------------------------------------------------------------ labels
def app(inv, amt):
    return {"invoice_id": inv["id"], "amount": s2(amt)}


def L(status, apps, unapplied, short, cands, reason):
    return {"status": status, "applications": apps, "unapplied": s2(unapplied), "short_pay": short,
            "candidates": [{"invoice_ids": [i["id"] for i in cs]} for cs in cands], "reason": reason}


class Retry(Exception):
    pass


def need(cond):
    if not cond:
        raise Retry()


def pick(lst):
    need(lst)
    return rng.choice(lst)


PAID_LOG = []   # (inv, amount, cust, ccy) of single invoices paid in full by an earlier payment


def cust_given(p_given):
    return rng.random() < p_given


# Each generator returns (payment_fields, label, expected_mentions, meta) or raises Retry.
def g_exact_single(d):
    inv = pick(eligible(d))
    c = CUST[inv["customer_id"]]
    A = BAL[inv["id"]]
    ch = pick_channel(c, inv["currency"])
    n = inv["n"]
    sty = None
    if ch == "ach":
        core = "RMR*IV*%s*PI*%s\\" % (rng.choice(["%07d" % n, "INV%07d" % n, "%d" % n, "INV-%d" % n]), s2(A))
        where, sty = "ref", "ach_rmr"
    elif ch == "check" and rng.random() < 0.5:
        core, where, sty = "%08d" % n, "ref", "lockbox_scanline"
    elif ch in ("sepa", "sepa_inst") and rng.random() < 0.4:
        core, where, sty = rf_ref(n), "ref", "rf_creditor_ref"
    else:
        core, sty = spell(n, c["lang"], short=ch in ("fps", "bacs", "becs"))
        where = None
    given = cust_given(0.5)
    ch, payer, ref, rem = render(c, inv["currency"], d, A, core, channel=ch, where=where)
    need(given or identify(payer) in (None, c["id"]))
    lab = L("applied", [app(inv, A)], ZERO, None, [], "%s names %s; amount equals its open balance" % (
        "reference" if ref and str(n) in re.sub(r"\D", "", ref) else "remittance", inv["number"]))
    note = "%s via %s, number spelt '%s'%s" % (sty, ch, core[:40], "" if given else ", customer_id null")
    return dict(amount=A, ccy=inv["currency"], payer=payer, cid=c["id"] if given else None, ref=ref, rem=rem), \
        lab, [n], note, [(inv, A, "full")]


def alias_for(c, kind):
    if kind == "parent":
        if rng.random() < 0.5:
            root = c["name"].split()[0]
            need(len(root) >= 4 and root.lower() not in ("groupe", "société", "les", "van", "clinique", "cabinet"))
            return {"US": "%s Holdings Inc" % root, "CA": "%s Holdings Ltd" % root, "GB": "%s Group Holdings plc" % root,
                    "AU": "%s Holdings Pty Ltd" % root, "DE": "%s Holding GmbH" % root}.get(c["country"], "Groupe %s Holding" % root)
        return rng.choice(PARENTS)
    if kind == "person":
        f, l = rng.choice(FIRST), rng.choice(LAST)
        return rng.choice(["%s %s" % (f, l), "%s. %s" % (f[0], l), "Dr. %s %s" % (f, l), "%s %s" % (l.upper(), f.upper())])
    if kind == "trading":
        return rng.choice(TRADING)
    if kind == "translit":
        need(fold(c["name"]) != c["name"])
        v = rng.choice([bank_upper(c["name"]), bank_upper(c["name"], uml=True),
                        bank_upper(c["name"]).replace("SOCIETE", "STE").replace("ETABLISSEMENTS", "ETS")])
        return v
    if kind == "abbrev":
        words = nkeep(c["name"]).split()
        need(any(w in ABBR for w in words))
        return " ".join(ABBR.get(w, w.upper()) for w in words)
    raise ValueError(kind)


def g_payer_alias_ref(d):
    inv = pick(eligible(d))
    c = CUST[inv["customer_id"]]
    kind = rng.choice(["parent", "parent", "person", "trading", "translit", "translit", "abbrev", "abbrev"])
    payer = alias_for(c, kind)
    need(identify(payer) in (None, c["id"]))
    A = BAL[inv["id"]]
    ch = pick_channel(c, inv["currency"])
    if ch == "platform":
        ch = {"US": "check", "CA": "check", "GB": "fps"}.get(c["country"], "swift")
    if kind == "person" and c["country"] in ("US", "CA") and rng.random() < 0.6:
        ch = rng.choice(["check", "interac"]) if c["country"] == "CA" else "check"
    core, sty = spell(inv["n"], c["lang"], short=ch in ("fps", "bacs", "becs"))
    if ch == "check" and rng.random() < 0.4:
        core = "%08d" % inv["n"]
    ch, pn, ref, rem = render(c, inv["currency"], d, A, core, channel=ch, payer=payer)
    need(identify(pn) in (None, c["id"]))
    lab = L("applied", [app(inv, A)], ZERO, None, [], "%s named and paid exactly; payer '%s' is not the customer name "
                                                       "but the invoice number and amount identify it" % (inv["number"], pn))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=None, ref=ref, rem=rem), lab, [inv["n"]], \
        "payer name variant (%s) via %s, customer_id null" % (kind, ch), [(inv, A, "full")]


def coupa_lines(lst, paid, notes=None):
    rows = ["Invoice Number | Invoice Date | Gross | Discount | Net Paid"]
    for inv in lst:
        g = BAL[inv["id"]]
        p = paid[inv["id"]]
        row = "%s | %s | %s | %s | %s" % (inv["number"], inv["issue_date"].isoformat(), fmt_en(g), fmt_en(g - p), fmt_en(p))
        if notes and inv["id"] in notes:
            row += " | " + notes[inv["id"]]
        rows.append(row)
    return "\n".join(rows)


def multi_remit(c, ccy, lst, amount, style, paid=None, notes=None):
    lang = c["lang"]
    paid = paid or {i["id"]: BAL[i["id"]] for i in lst}
    if style == "billcom":
        sym = "$" if ccy == "USD" else ccy + " "
        body = "\n".join("%s    %s" % (spell(i["n"], "en", rng.choice(["canon", "canon", "dash_nozero", "bare"]))[0],
                                       sym + fmt_en(paid[i["id"]])) for i in lst)
        return "BILL.COM", "Bill.com payment from %s\nInvoice #    Amount\n%s\nTotal    %s%s" % (c["name"], body, sym, fmt_en(amount))
    if style == "coupa":
        return "COUPA PAY", "Coupa Pay remittance advice\nSupplier: Lattice Analytics Inc.\nBuyer: %s\n%s\nTotal paid: %s %s" % (
            c["name"], coupa_lines(lst, paid, notes), ccy, fmt_en(amount))
    if style == "tipalti":
        body = "; ".join("%s (%s %s)" % (spell(i["n"], "en", rng.choice(["canon", "bare", "dash_nozero"]))[0], ccy,
                                         fmt_en(paid[i["id"]])) for i in lst)
        return "TIPALTI PAYMENTS", "Tipalti payment on behalf of %s. Paid invoices: %s. Total %s %s" % (
            c["name"].rstrip("."), body, ccy, fmt_en(amount))
    if style == "email":
        body = "\n".join("  %s   %s %s" % (spell(i["n"], lang, rng.choice(["canon", "nodash", "dash_nozero", "bare_zero"]))[0],
                                          fmt_lang(paid[i["id"]], lang), ccy) for i in lst)
        return None, "%s\n%s\nTotal: %s %s" % (remit_intro(lang, c["name"], ccy, amount), body, fmt_lang(amount, lang), ccy)
    if style == "inline":
        sep = rng.choice([", ", " / ", " & ", " "])
        return None, sep.join(spell(i["n"], lang, rng.choice(["canon", "dash_nozero", "bare", "nodash"]))[0] for i in lst)
    raise ValueError(style)


def pick_multi(d, kmin=2, kmax=5, all_open=False):
    groups = {}
    for i in eligible(d):
        groups.setdefault((i["customer_id"], i["currency"]), []).append(i)
    keys = [k for k, v in groups.items() if len(v) >= kmin]
    need(keys)
    cid, ccy = rng.choice(sorted(keys))
    lst = groups[(cid, ccy)]
    k = rng.randint(kmin, min(kmax, len(lst)))
    chosen = rng.sample(lst, k)
    chosen.sort(key=lambda i: i["n"])
    return CUST[cid], ccy, chosen


def multi_payment(c, ccy, d, lst, amount, given, paid=None, notes=None, styles=None):
    styles = styles or (["billcom", "tipalti", "coupa", "email", "inline"] if ccy in ("USD", "CAD", "GBP", "AUD")
                        else ["email", "inline", "email"])
    if c["country"] not in ("US", "CA", "GB", "AU") or ccy != c["home"]:
        styles = [s for s in styles if s in ("email", "inline", "coupa")] or ["email"]
    style = rng.choice(styles)
    plat_payer, text = multi_remit(c, ccy, lst, amount, style, paid, notes)
    if style == "inline":
        ch = pick_channel(c, ccy)
        if ch in ("fps", "bacs", "becs", "platform"):
            ch = {"GB": "chaps", "AU": "npp"}.get(c["country"], "fedwire" if c["country"] == "US" else "swift")
        if ch == "ach":
            core = "".join("RMR*IV*%07d**%s\\" % (i["n"], s2(BAL[i["id"]])) for i in lst)
            ch2, pn, ref, rem = render(c, ccy, d, amount, core, channel="ach", where="ref")
            ref = ref.replace(" CCD ", " CTX ")
        else:
            ch2, pn, ref, rem = render(c, ccy, d, amount, text, channel=ch, where="ref" if ch != "check" else "remit")
        return ch2, pn, ref, rem, style
    if plat_payer:
        return "platform", plat_payer, "%s PAYMENT %s" % (plat_payer, noise(10)), text, style
    ch = pick_channel(c, ccy)
    if ch == "platform":
        ch = "ach" if c["country"] == "US" else ("eft" if c["country"] == "CA" else "swift")
    ch2, pn, ref, _ = render(c, ccy, d, amount, "", channel=ch)
    return ch2, pn, ref, text, style


def g_multi_listed(d):
    c, ccy, lst = pick_multi(d)
    A = sum(BAL[i["id"]] for i in lst)
    given = cust_given(0.4)
    ch, pn, ref, rem, style = multi_payment(c, ccy, d, lst, A, given)
    need(given or identify(pn) in (None, c["id"]))
    lab = L("applied", [app(i, BAL[i["id"]]) for i in lst], ZERO, None, [],
            "remittance lists %d invoices whose open balances add up to the payment" % len(lst))
    return dict(amount=A, ccy=ccy, payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [i["n"] for i in lst], "%d invoices listed (%s via %s)" % (len(lst), style, ch), [(i, BAL[i["id"]], "full") for i in lst]


GENERIC_REF = {"en": ["", "", "Payment", "Statement payment"], "fr": ["", "Paiement"], "de": ["", "Zahlung"], "es": ["", "Pago"]}


def generic_payment(c, ccy, d, A, remit=None, statement=None):
    ch = pick_channel(c, ccy)
    if ch == "platform":
        ch = "ach" if c["country"] == "US" else ("eft" if c["country"] == "CA" else "fps")
    ch, pn, ref, rem = render(c, ccy, d, A, "", channel=ch, statement=statement, remit=remit)
    return ch, pn, ref, rem


def g_multi_unlisted_all(d):
    groups = {}
    for i in invoices:
        if BAL[i["id"]] > 0:
            groups.setdefault((i["customer_id"], i["currency"]), []).append(i)
    keys = [k for k, v in groups.items() if 2 <= len(v) <= 6 and all(i["issue_date"] <= d for i in v)]
    cid, ccy = pick(sorted(keys))
    c = CUST[cid]
    lst = sorted(groups[(cid, ccy)], key=lambda i: i["n"])
    A = sum(BAL[i["id"]] for i in lst)
    need(len(combos(cid, ccy, A)) == 1)
    rem = None
    if rng.random() < 0.5:
        rem = {"en": "Paying our statement balance in full.", "fr": "Règlement du solde de votre relevé.",
               "de": "Ausgleich des Kontoauszugs.", "es": "Pago del saldo del extracto."}[c["lang"]]
    ch, pn, ref, rem = generic_payment(c, ccy, d, A, remit=rem)
    lab = L("applied", [app(i, BAL[i["id"]]) for i in lst], ZERO, None, [],
            "no invoice named; amount equals the sum of all %d open %s invoices of the customer" % (len(lst), ccy))
    return dict(amount=A, ccy=ccy, payer=pn, cid=cid, ref=ref, rem=rem), lab, [], \
        "pays every open %s invoice (%d) without listing them, via %s" % (ccy, len(lst), ch), [(i, BAL[i["id"]], "full") for i in lst]


def g_amount_only_single(d):
    inv = pick(eligible(d))
    c = CUST[inv["customer_id"]]
    A = BAL[inv["id"]]
    cs = combos(c["id"], inv["currency"], A)
    need(len(cs) == 1 and same_set(cs[0], [inv]) and len(open_of(c["id"], inv["currency"])) >= 2)
    ch, pn, ref, rem = generic_payment(c, inv["currency"], d, A)
    lab = L("applied", [app(inv, A)], ZERO, None, [], "no invoice named; %s is the only combination of the customer's "
                                                      "open invoices equal to the amount" % inv["number"])
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"], ref=ref, rem=rem), lab, [], \
        "known customer, no reference, unique exact amount (via %s)" % ch, [(inv, A, "full")]


def g_multi_unlisted_subset(d):
    c, ccy, lst = pick_multi(d, 2, 3)
    need(len(open_of(c["id"], ccy)) > len(lst))
    A = sum(BAL[i["id"]] for i in lst)
    cs = combos(c["id"], ccy, A)
    need(len(cs) == 1 and same_set(cs[0], lst))
    ch, pn, ref, rem = generic_payment(c, ccy, d, A)
    lab = L("applied", [app(i, BAL[i["id"]]) for i in lst], ZERO, None, [],
            "no invoice named; exactly one combination of open invoices (%s) adds up to the amount"
            % ", ".join(i["number"] for i in lst))
    return dict(amount=A, ccy=ccy, payer=pn, cid=c["id"], ref=ref, rem=rem), lab, [], \
        "unlisted %d-invoice subset, unique exact sum (via %s)" % (len(lst), ch), [(i, BAL[i["id"]], "full") for i in lst]


def single_ref_payment(c, inv, d, A, statement, given, ref_extra="", channel=None):
    ch = channel or pick_channel(c, inv["currency"])
    core, sty = spell(inv["n"], c["lang"], short=ch in ("fps", "bacs", "becs"))
    if ch == "ach":
        core = "RMR*IV*%07d*PI*%s\\" % (inv["n"], s2(A))
    ch, pn, ref, rem = render(c, inv["currency"], d, A, core, channel=ch, statement=statement, ref_extra=ref_extra)
    need(given or identify(pn) in (None, c["id"]))
    return ch, pn, ref, rem


def g_part_payment(d):
    inv = pick(eligible(d, lambda i: BAL[i["id"]] >= 800))
    c = CUST[inv["customer_id"]]
    b = BAL[inv["id"]]
    A = rng.choice([q(b / 2), q(b / 3), q(b / 4), D(1000 * max(1, int(b / 2000)))])
    need(ZERO < A < b)
    need(not combos(c["id"], inv["currency"], A))
    given = cust_given(0.5)
    st = st_part(c["lang"])
    ch, pn, ref, rem = single_ref_payment(c, inv, d, A, st, given)
    part, reason, _ = detect((ref or "") + " " + (rem or ""))
    need(part and reason is None)
    lab = L("partial", [app(inv, A)], ZERO, None, [], "%s named; remittance says part payment, %s stays open" % (
        inv["number"], s2(b - A)))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [inv["n"]], "stated part payment '%s' via %s" % (st, ch), [(inv, A, "part")]


def g_short_stated(d, reason):
    pred = {"withholding_tax": lambda i: CUST[i["customer_id"]]["country"] in ("CA", "ES"),
            "bank_fee": lambda i: CUST[i["customer_id"]]["country"] != "US" or rng.random() < 0.3}.get(reason)
    inv = pick(eligible(d, lambda i: BAL[i["id"]] >= 600 and (pred is None or pred(i))))
    c = CUST[inv["customer_id"]]
    b = BAL[inv["id"]]
    ccy = inv["currency"]
    lang = c["lang"]
    pct = None
    ref_extra = ""
    channel = None
    if reason == "bank_fee":
        x = D(rng.choice([10, 15, 20, 25, 30, 35, 40]))
        if c["country"] != "US" and rng.random() < 0.55:
            channel = "swift"
            ref_extra = " :71F:%s%s" % (ccy, s2(x).replace(".", ","))
            st = None
        else:
            st = st_reason(reason, lang, ccy, x)
            channel = "swift" if c["country"] != "US" else "fedwire"
    elif reason == "withholding_tax":
        x = q(b * (D("0.15") if c["country"] == "CA" else D("0.10")))
        if c["country"] == "CA" and lang == "en":
            st = st_reason(reason, lang, ccy, x)
        else:
            st = st_reason(reason, lang, ccy, x)
    elif reason == "early_payment_discount":
        pct = rng.choice([1, 2, 2, 2])
        x = q(b * pct / 100)
        st = st_reason(reason, lang, ccy, x, pct)
    elif reason == "damaged_goods":
        x = D(rng.choice(["890.00", "1250.00", "1495.00", "640.00"]))
        need(b > 2 * x)
        st = st_reason(reason, lang, ccy, x)
    elif reason == "service_credit":
        x = q(b * rng.choice([D("0.05"), D("0.10")]))
        st = st_reason(reason, lang, ccy, x)
    elif reason == "credit_note":
        x = q(D(rng.randint(5000, int(b * 40))) / 100)
        st = st_reason(reason, lang, ccy, x)
    A = b - x
    need(A > 0 and not combos(c["id"], ccy, A))
    given = cust_given(0.5)
    ch, pn, ref, rem = single_ref_payment(c, inv, d, A, st, given, ref_extra=ref_extra, channel=channel)
    part, rs, _ = detect((ref or "") + " " + (rem or ""))
    need(not part and rs == reason)
    lab = L("partial", [app(inv, A)], ZERO, {"invoice_id": inv["id"], "amount": s2(x), "reason": reason}, [],
            "%s named; paid %s short by %s with a stated %s" % (inv["number"], s2(A), s2(x), reason.replace("_", " ")))
    return dict(amount=A, ccy=ccy, payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, [inv["n"]], \
        "short pay, stated %s (%s) via %s" % (reason, "SWIFT 71F" if ref_extra else "remittance text", ch), [(inv, A, "short")]


def g_short_unexplained(d):
    inv = pick(eligible(d, lambda i: BAL[i["id"]] >= 300))
    c = CUST[inv["customer_id"]]
    b = BAL[inv["id"]]
    x = rng.choice([q(b * D(rng.randint(2, 15)) / 100), q(D(rng.randint(100, 50000)) / 100), D(100), D(250)])
    A = b - x
    need(A > 0 and x > 0 and not combos(c["id"], inv["currency"], A))
    given = cust_given(0.5)
    ch, pn, ref, rem = single_ref_payment(c, inv, d, A, None, given)
    part, rs, _ = detect((ref or "") + " " + (rem or ""))
    need(not part and rs is None)
    lab = L("partial", [app(inv, A)], ZERO, {"invoice_id": inv["id"], "amount": s2(x), "reason": "unexplained"}, [],
            "%s named; paid %s of %s with no explanation, shortfall %s opens a deduction" % (inv["number"], s2(A), s2(b), s2(x)))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [inv["n"]], "unexplained shortfall via %s" % ch, [(inv, A, "short")]


def g_fx_shortfall(d):
    inv = pick(eligible(d, lambda i: CUST[i["customer_id"]]["home"] != i["currency"] and BAL[i["id"]] >= 500))
    c = CUST[inv["customer_id"]]
    b = BAL[inv["id"]]
    x = q(b * D(rng.randint(4, 30)) / 1000)
    A = b - x
    need(not combos(c["id"], inv["currency"], A))
    rate = D(rng.randint(1200000, 1450000)) / 1000000 if c["home"] == "CAD" else D(rng.randint(700000, 950000)) / 1000000
    orig = q(A * rate)
    extra = " FX CONVERSION %s/%s RATE %s ORIG AMT %s %s" % (c["home"], inv["currency"], str(rate), c["home"], fmt_en(orig))
    given = cust_given(0.5)
    st = None
    if rng.random() < 0.4:
        st = {"en": "Converted at our bank's exchange rate.", "fr": "Montant converti au taux de change du jour.",
              "de": "Umgerechnet zum Wechselkurs unserer Bank.", "es": "Convertido al tipo de cambio del banco."}[c["lang"]]
    ch, pn, ref, rem = single_ref_payment(c, inv, d, A, st, given, ref_extra=extra, channel="swift")
    part, rs, _ = detect((ref or "") + " " + (rem or ""))
    need(not part and rs == "fx_difference")
    lab = L("partial", [app(inv, A)], ZERO, {"invoice_id": inv["id"], "amount": s2(x), "reason": "fx_difference"}, [],
            "%s named; paid from a %s account, converted amount short by %s" % (inv["number"], c["home"], s2(x)))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [inv["n"]], "FX shortfall (%s account paying %s invoice)" % (c["home"], inv["currency"]), [(inv, A, "short")]


def card_fee(b):
    return q(b * D("0.029") + D("0.30"))


def payout_text(d, charges):
    rows = []
    for inv, fee in charges:
        rows.append("ch_%s  %s  %s  gross %s  fee %s" % (noise(14, 2), inv["number"], inv["customer_name"],
                                                          fmt_en(BAL[inv["id"]]), fmt_en(fee)))
    gross = sum(BAL[i["id"]] for i, _ in charges)
    fees = sum(f for _, f in charges)
    return "Stripe payout po_%s (%s)\nCharges:\n%s\nGross %s  Processing fees %s  Net payout %s" % (
        noise(14, 2), d.isoformat(), "\n".join(rows), fmt_en(gross), fmt_en(fees), fmt_en(gross - fees))


def g_processor_single(d):
    inv = pick(eligible(d, lambda i: i["currency"] == "USD" and CUST[i["customer_id"]]["country"] == "US"
                        and 100 <= BAL[i["id"]] <= 15000))
    c = CUST[inv["customer_id"]]
    b = BAL[inv["id"]]
    fee = card_fee(b)
    A = b - fee
    need(not combos(c["id"], "USD", A))
    rem = payout_text(d, [(inv, fee)])
    ref = "STRIPE TRANSFER ST-%s" % noise(12, 2)
    part, rs, _ = detect(ref + " " + rem)
    need(rs == "processor_fee" and not part)
    lab = L("partial", [app(inv, A)], ZERO, {"invoice_id": inv["id"], "amount": s2(fee), "reason": "processor_fee"}, [],
            "card payout for one charge on %s, paid net of the processing fee %s" % (inv["number"], s2(fee)))
    return dict(amount=A, ccy="USD", payer="STRIPE", cid=None, ref=ref, rem=rem), lab, [inv["n"]], \
        "card processor daily payout with a single charge, net of fee", [(inv, A, "short")]


def g_processor_multi(d):
    invs = eligible(d, lambda i: i["currency"] == "USD" and CUST[i["customer_id"]]["country"] == "US"
                    and 100 <= BAL[i["id"]] <= 15000)
    k = rng.randint(2, 4)
    need(len(invs) > 20)
    chosen = []
    for i in rng.sample(invs, 12):
        if all(i["customer_id"] != j["customer_id"] for j in chosen):
            chosen.append(i)
        if len(chosen) == k:
            break
    need(len(chosen) == k)
    charges = [(i, card_fee(BAL[i["id"]])) for i in chosen]
    A = sum(BAL[i["id"]] - f for i, f in charges)
    rem = payout_text(d, charges)
    ref = "STRIPE TRANSFER ST-%s" % noise(12, 2)
    lab = L("review", [], A, None, [chosen], "card payout covering %d customers' invoices net of processing fees; "
                                                 "the fee split needs a person" % k)
    return dict(amount=A, ccy="USD", payer="STRIPE", cid=None, ref=ref, rem=rem), lab, [i["n"] for i in chosen], \
        "card processor payout, %d charges of different customers, net of fees" % k, []


def g_multi_short_lines(d):
    c, ccy, lst = pick_multi(d, 2, 4)
    need(c["country"] in ("US", "CA", "GB", "AU") and ccy == c["home"])
    target = rng.choice(lst)
    b = BAL[target["id"]]
    reason = rng.choice(["early_payment_discount", "early_payment_discount", "damaged_goods", "credit_note"])
    if reason == "early_payment_discount":
        x = q(b * D("0.02"))
        note = "2% early pay discount"
    elif reason == "damaged_goods":
        x = D("640.00")
        note = "appliance damaged - deducted"
    else:
        x = q(b * D("0.1"))
        note = "less credit memo CM-%d" % rng.randint(1000, 9999)
    need(b - x > 0)
    paid = {i["id"]: BAL[i["id"]] for i in lst}
    paid[target["id"]] = b - x
    A = sum(paid.values())
    need(not combos(c["id"], ccy, A))
    given = cust_given(0.4)
    plat, text = multi_remit(c, ccy, lst, A, "coupa", paid, {target["id"]: note})
    ch = pick_channel(c, ccy)
    if ch == "platform":
        ch = "ach" if c["country"] == "US" else "eft"
    if given:
        ch, pn, ref, _ = render(c, ccy, d, A, "", channel=ch)
    else:
        ch, pn, ref = "platform", plat, "COUPA PAY PAYMENT %s" % noise(10)
    lab = L("partial", [app(i, paid[i["id"]]) for i in lst], ZERO,
            {"invoice_id": target["id"], "amount": s2(x), "reason": reason}, [],
            "remittance lines give the paid amount per invoice; %s short by %s (%s)" % (target["number"], s2(x), note))
    return dict(amount=A, ccy=ccy, payer=pn, cid=c["id"] if given else None, ref=ref, rem=text), lab, \
        [i["n"] for i in lst], "Coupa remittance, %d lines, one with a deduction" % len(lst), \
        [(i, paid[i["id"]], "full" if i is not target else "short") for i in lst]


def g_multi_listed_mismatch(d):
    c, ccy, lst = pick_multi(d, 2, 3)
    S = sum(BAL[i["id"]] for i in lst)
    A = q(S * D(rng.randint(55, 97)) / 100)
    need(not combos(c["id"], ccy, A))
    given = cust_given(0.6)
    lang = c["lang"]
    listing = ", ".join(spell(i["n"], lang, rng.choice(["canon", "bare", "dash_nozero"]))[0] for i in lst)
    rem = {"en": "Payment for invoices %s.", "fr": "Paiement des factures %s.", "de": "Zahlung für Rechnungen %s.",
           "es": "Pago de las facturas %s."}[lang] % listing
    ch, pn, ref, _ = generic_payment(c, ccy, d, A)
    need(given or identify(pn) in (None, c["id"]))
    lab = L("review", [], A, None, [lst], "remittance names %d invoices totalling %s but pays %s with no per-invoice "
                                          "split; which invoice is short is unknown" % (len(lst), s2(S), s2(A)))
    return dict(amount=A, ccy=ccy, payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [i["n"] for i in lst], "several invoices listed, amount below their sum, no split", []


def g_overpayment(d):
    mode = rng.choice(["total", "odd", "odd", "round"])
    if mode == "total":
        inv = pick(eligible(d, lambda i: i["total"] > BAL[i["id"]]))
        A = inv["total"]
    else:
        inv = pick(eligible(d))
        A = BAL[inv["id"]] + (q(D(rng.randint(500, 90000)) / 100) if mode == "odd" else D(rng.choice([100, 500, 1000])))
    c = CUST[inv["customer_id"]]
    b = BAL[inv["id"]]
    need(not combos(c["id"], inv["currency"], A))
    given = cust_given(0.5)
    ch, pn, ref, rem = single_ref_payment(c, inv, d, A, None, given)
    lab = L("unapplied", [app(inv, b)], A - b, None, [],
            "%s named and paid in full; the excess %s is held on account" % (inv["number"], s2(A - b)))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [inv["n"]], "overpayment (%s) via %s" % ({"total": "paid the invoice total of a part-paid invoice"}.get(mode, mode), ch), \
        [(inv, b, "full")]


def g_duplicate(d):
    cands = [(inv, A) for inv, A in PAID_LOG if BAL[inv["id"]] == 0]
    inv, A = pick(cands)
    c = CUST[inv["customer_id"]]
    need(not combos(c["id"], inv["currency"], A))
    given = cust_given(0.6)
    ch, pn, ref, rem = single_ref_payment(c, inv, d, A, None, given)
    lab = L("unapplied", [], A, None, [], "%s was already paid in full earlier in this batch; second payment of the same "
                                          "amount held on account" % inv["number"])
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, \
        [inv["n"]], "duplicate payment of an invoice paid earlier in the batch", []


def g_typo_applied(d):
    inv = pick(eligible(d))
    c = CUST[inv["customer_id"]]
    A = BAL[inv["id"]]
    cs = combos(c["id"], inv["currency"], A)
    need(len(cs) == 1 and same_set(cs[0], [inv]))
    t = pick([x for x in typos_of(inv["n"]) if x not in BY_NUM])
    ch = pick_channel(c, inv["currency"])
    core = spell(t, c["lang"], rng.choice(["canon", "dash_nozero", "space", "bare"]))[0]
    if ch == "ach":
        core = "RMR*IV*%07d*PI*%s\\" % (t, s2(A))
    ch, pn, ref, rem = render(c, inv["currency"], d, A, core, channel=ch)
    lab = L("applied", [app(inv, A)], ZERO, None, [], "reference %d matches no invoice (typo of %s); amount equals "
                                                      "exactly one combination of the customer's open invoices" % (t, inv["number"]))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"], ref=ref, rem=rem), lab, [t], \
        "typo %d for %d (no such invoice), bank-identified customer, unique amount" % (t, inv["n"]), [(inv, A, "full")]


def g_typo_conflict(d):
    pairs = []
    for x in eligible(d):
        for y in open_of(x["customer_id"], x["currency"]):
            if y is not x and near(x["n"], y["n"]) and BAL[y["id"]] != BAL[x["id"]]:
                pairs.append((x, y))
    x, y = pick(pairs)
    c = CUST[x["customer_id"]]
    A = BAL[x["id"]]
    cs = combos(c["id"], x["currency"], A)
    need(len(cs) == 1 and same_set(cs[0], [x]))
    ch = pick_channel(c, x["currency"])
    core = spell(y["n"], c["lang"], rng.choice(["canon", "dash_nozero", "nodash"]))[0]
    if ch == "ach":
        core = "RMR*IV*%07d*PI*%s\\" % (y["n"], s2(A))
    ch, pn, ref, rem = render(c, x["currency"], d, A, core, channel=ch)
    lab = L("review", [], A, None, [[x], [y]], "reference names %s (open %s) but the amount equals %s, one digit away; "
                                               "a typo is likely but not certain" % (y["number"], s2(BAL[y["id"]]), x["number"]))
    return dict(amount=A, ccy=x["currency"], payer=pn, cid=c["id"], ref=ref, rem=rem), lab, [y["n"]], \
        "reference %d is another open invoice of the customer; amount fits %d" % (y["n"], x["n"]), []


def untouched(i):
    return BAL[i["id"]] == i["balance"]


def g_other_customer_ref(d):
    z = pick(eligible(d, untouched))
    ccy = z["currency"]
    others = [c for c in customers if c["id"] != z["customer_id"] and ccy in c["ccys"]]
    c1 = pick(others)
    variant = rng.choice(["exact_other", "own_amount"])
    if variant == "exact_other":
        A = BAL[z["id"]]
        need(not combos(c1["id"], ccy, A))
        cands = [[z]]
        why = "reference names %s of another customer (%s) and matches its balance; the bank says the payer is %s" % (
            z["number"], z["customer_name"], c1["name"])
    else:
        own = [i for i in open_of(c1["id"], ccy) if i["issue_date"] <= d]
        w = pick(own)
        A = BAL[w["id"]]
        cs = combos(c1["id"], ccy, A)
        need(len(cs) == 1 and same_set(cs[0], [w]) and BAL[z["id"]] != A)
        cands = [[w], [z]]
        why = "reference names %s of another customer; the amount equals the payer's own %s" % (z["number"], w["number"])
    ch = pick_channel(c1, ccy)
    core = spell(z["n"], c1["lang"], rng.choice(["canon", "dash_nozero", "nodash", "bare"]))[0]
    if ch == "ach":
        core = "RMR*IV*%07d*PI*%s\\" % (z["n"], s2(A))
    ch, pn, ref, rem = render(c1, ccy, d, A, core, channel=ch)
    lab = L("review", [], A, None, cands, why)
    return dict(amount=A, ccy=ccy, payer=pn, cid=c1["id"], ref=ref, rem=rem), lab, [z["n"]], \
        "bank-identified customer quotes another customer's invoice (%s)" % variant, []


def g_same_amount(d):
    groups = {}
    for i in invoices:
        if BAL[i["id"]] > 0:
            groups.setdefault((i["customer_id"], i["currency"], BAL[i["id"]]), []).append(i)
    keys = [k for k, v in groups.items() if len(v) >= 2 and any(i["issue_date"] <= d for i in v)]
    cid, ccy, A = pick(sorted(keys))
    c = CUST[cid]
    cs = sorted(combos(cid, ccy, A), key=rank_key)
    need(len(cs) >= 2)
    rem = None
    if rng.random() < 0.4:
        rem = {"en": "Monthly subscription payment.", "fr": "Paiement abonnement mensuel.",
               "de": "Zahlung Monatsabonnement.", "es": "Pago suscripción mensual."}[c["lang"]]
    ch, pn, ref, rem = generic_payment(c, ccy, d, A, remit=rem)
    lab = L("review", [], A, None, cs[:5], "no invoice named and %d open invoice sets equal the amount %s; oldest due first"
            % (len(cs), s2(A)))
    return dict(amount=A, ccy=ccy, payer=pn, cid=cid, ref=ref, rem=rem), lab, [], \
        "same amount open on %d invoice sets, no reference" % len(cs), []


def g_currency_mismatch(d):
    inv = pick(eligible(d, lambda i: CUST[i["customer_id"]]["country"] != "US"))
    c = CUST[inv["customer_id"]]
    pay_ccy = "USD" if inv["currency"] != "USD" else c["home"]
    rates = {("GBP", "USD"): D("1.27"), ("EUR", "USD"): D("1.09"), ("CAD", "USD"): D("0.73"), ("AUD", "USD"): D("0.66"),
             ("USD", "CAD"): D("1.37"), ("USD", "GBP"): D("0.79"), ("USD", "EUR"): D("0.92"), ("USD", "AUD"): D("1.52")}
    A = q(BAL[inv["id"]] * rates[(inv["currency"], pay_ccy)] * (1 + D(rng.randint(-9, 9)) / 1000))
    need(not combos(c["id"], pay_ccy, A))
    given = cust_given(0.5)
    core = spell(inv["n"], c["lang"], rng.choice(["canon", "dash_nozero", "nodash", "bare"]))[0]
    ch, pn, ref, rem = render(c, pay_ccy, d, A, core, channel="swift")
    need(given or identify(pn) in (None, c["id"]))
    lab = L("review", [], A, None, [[inv]], "reference names %s, a %s invoice, but the payment arrived in %s; "
                                            "cash can only be applied in the invoice currency" % (inv["number"], inv["currency"], pay_ccy))
    return dict(amount=A, ccy=pay_ccy, payer=pn, cid=c["id"] if given else None, ref=ref, rem=rem), lab, [inv["n"]], \
        "%s invoice paid in %s" % (inv["currency"], pay_ccy), []


def g_unapplied_known(d, prepay=False):
    c = pick([c for c in customers if open_of(c["id"], c["home"])])
    ccy = c["home"]
    if prepay:
        A = q(D(rng.choice([2400, 4800, 9600, 12000, 18000, 25000, 36000])) * (1 + c["tax"]))
        st = st_prepay(c["lang"])
    else:
        A = q(D(rng.randint(5000, 900000)) / 100)
        st = None
    need(not combos(c["id"], ccy, A))
    ch, pn, ref, rem = generic_payment(c, ccy, d, A, statement=st)
    if prepay:
        need(detect((ref or "") + " " + (rem or ""))[2])
    lab = L("unapplied", [], A, None, [], ("prepayment stated; " if prepay else "") +
            "bank-identified customer, no invoice named and no combination of open invoices equals %s; held on account" % s2(A))
    return dict(amount=A, ccy=ccy, payer=pn, cid=c["id"], ref=ref, rem=rem), lab, [], \
        ("stated prepayment" if prepay else "known customer, amount fits no open invoice") + " via %s" % ch, []


STRANGERS = ["J. Whitfield Consulting", "ACME TEMP SERVICES", "R & K ENTERPRISES", "Patricia Lowell",
             "GLOBAL PAYMENT SOLUTIONS LTD", "HENDRICKS FAMILY TRUST", "Lopez Brothers Landscaping",
             "NORDIC TRADE AB", "Sunset Valley Church", "MR T OKONKWO", "BayState Medical Billing",
             "Cascadia Robotics Inc", "Ferreira Import Export Lda", "Zhang Wei"]


def unknown_payment(ccy, d, A, payer, core="", statement=None):
    ch = {"USD": rng.choice(["ach", "fedwire", "check", "rtp"]), "CAD": rng.choice(["eft", "check", "interac"]),
          "GBP": rng.choice(["fps", "bacs"]), "EUR": rng.choice(["sepa", "swift"]), "AUD": rng.choice(["npp", "becs"])}[ccy]
    fake = {"name": payer, "lang": "en", "country": {"USD": "US", "CAD": "CA", "GBP": "GB", "EUR": "IE", "AUD": "AU"}[ccy],
            "home": ccy}
    return render(fake, ccy, d, A, core, channel=ch, statement=statement)


def g_unknown_nothing(d):
    ccy = rng.choice(["USD", "USD", "USD", "CAD", "GBP", "EUR", "AUD"])
    payer = rng.choice(STRANGERS)
    need(identify(payer) is None)
    A = q(D(rng.randint(2000, 500000)) / 100)
    need(not [i for i in invoices if i["currency"] == ccy and BAL[i["id"]] == A])
    ch, pn, ref, rem = unknown_payment(ccy, d, A, payer)
    need(identify(pn) is None)
    lab = L("review", [], A, None, [], "payer '%s' is not a customer, no reference and no open invoice of %s" % (pn, s2(A)))
    return dict(amount=A, ccy=ccy, payer=pn, cid=None, ref=ref, rem=rem), lab, [], "unknown payer, fits nothing (%s)" % ch, []


AMBIG = [("NORTHWIND HEALTH", "Northwind Health Systems, Inc."), ("CEDARLINE MANUFA", "Cedarline Manufacturing Co.")]


def g_unknown_amount_match(d):
    kind = rng.choice(["parent", "person", "trading", "trading", "ambiguous_ach", "person"])
    if kind == "ambiguous_ach":
        payer, nm = rng.choice(AMBIG)
        c = [c for c in customers if c["name"] == nm][0]
        inv = pick([i for i in open_of(c["id"], "USD") if i["issue_date"] <= d])
    else:
        inv = pick(eligible(d, untouched))
        c = CUST[inv["customer_id"]]
        payer = alias_for(c, kind)
    need(identify(payer) is None)
    A = BAL[inv["id"]]
    ccy = inv["currency"]
    pool = sorted([[i] for i in invoices if i["currency"] == ccy and BAL[i["id"]] == A], key=rank_key)
    if kind == "ambiguous_ach":
        ch, pn, ref, rem = render(c, ccy, d, A, "", channel="ach", payer=payer)
    else:
        ch, pn, ref, rem = unknown_payment(ccy, d, A, payer)
    need(identify(pn) is None)
    lab = L("review", [], A, None, pool[:5], "payer '%s' matches no customer name and gives no reference; %d open "
                                             "invoice(s) of exactly %s are candidates" % (pn, len(pool), s2(A)))
    return dict(amount=A, ccy=ccy, payer=pn, cid=None, ref=ref, rem=rem), lab, [], \
        "unidentified payer (%s of %s) paying %s exactly, no reference" % (kind, c["name"], inv["number"]), []


def g_name_only_applied(d):
    inv = pick(eligible(d))
    c = CUST[inv["customer_id"]]
    A = BAL[inv["id"]]
    cs = combos(c["id"], inv["currency"], A)
    need(len(cs) == 1 and same_set(cs[0], [inv]))
    ch = pick_channel(c, inv["currency"])
    need(ch != "platform")
    ch, pn, ref, rem = render(c, inv["currency"], d, A, "", channel=ch)
    need(identify(pn) == c["id"])
    lab = L("applied", [app(inv, A)], ZERO, None, [], "payer name '%s' identifies %s; amount equals exactly one "
                                                      "combination of its open invoices (%s)" % (pn, c["name"], inv["number"]))
    return dict(amount=A, ccy=inv["currency"], payer=pn, cid=None, ref=ref, rem=rem), lab, [], \
        "customer_id null, no reference, name identifies the customer (via %s), unique amount" % ch, [(inv, A, "full")]


def g_name_conflict(d):
    z = pick(eligible(d, untouched))
    ccy = z["currency"]
    x = pick([c for c in customers if c["id"] != z["customer_id"] and ccy in c["ccys"]])
    A = BAL[z["id"]]
    need(not combos(x["id"], ccy, A))
    core = spell(z["n"], x["lang"], rng.choice(["canon", "dash_nozero", "bare"]))[0]
    ch = {"USD": "fedwire", "CAD": "eft", "GBP": "chaps", "EUR": "sepa", "AUD": "npp"}[ccy]
    ch, pn, ref, rem = render(x, ccy, d, A, core, channel=ch)
    need(identify(pn) == x["id"])
    lab = L("review", [], A, None, [[z]], "reference names %s of %s but the payer is another customer, %s" % (
        z["number"], z["customer_name"], x["name"]))
    return dict(amount=A, ccy=ccy, payer=pn, cid=None, ref=ref, rem=rem), lab, [z["n"]], \
        "payer name is a different customer than the invoice named", []


BAD_KINDS = ["non_numeric_amount", "negative_amount", "missing_currency", "invalid_currency", "invalid_date",
             "malformed_date"]


def g_bad(d, kind):
    inv = pick(eligible(d))
    c = CUST[inv["customer_id"]]
    A = BAL[inv["id"]]
    core = spell(inv["n"], c["lang"], "canon")[0]
    ch, pn, ref, rem = render(c, inv["currency"], d, A, core)
    pay = dict(amount=A, ccy=inv["currency"], payer=pn, cid=c["id"] if rng.random() < 0.5 else None, ref=ref, rem=rem)
    err = {"non_numeric_amount": "amount is not a number", "negative_amount": "amount is negative",
           "missing_currency": "currency is missing", "invalid_currency": "currency is not an ISO 4217 code",
           "invalid_date": "date is not a calendar date", "malformed_date": "date is not YYYY-MM-DD"}[kind]
    lab = L("review", [], ZERO, None, [], "bad row: " + err)
    lab["error"] = kind
    pay["bad"] = kind
    return pay, lab, [inv["n"]], "bad row (%s); otherwise an exact match for %s" % (kind, inv["number"]), []


# ------------------------------------------------------------------ plan
PLAN = [("exact_single", 138), ("payer_alias_ref", 30), ("multi_listed", 28), ("multi_unlisted_all", 10),
        ("amount_only_single", 12), ("multi_unlisted_subset", 5), ("part_payment", 14),
        ("short_bank_fee", 10), ("short_withholding_tax", 6), ("short_early_payment_discount", 8),
        ("short_damaged_goods", 3), ("short_service_credit", 3), ("short_credit_note", 3),
        ("short_unexplained", 10), ("fx_shortfall", 7), ("processor_single", 6), ("processor_multi", 5),
        ("multi_short_lines", 4), ("multi_listed_mismatch", 4), ("overpayment", 12), ("duplicate_payment", 8),
        ("typo_applied", 6), ("typo_conflict", 5), ("other_customer_ref", 6), ("same_amount", 12),
        ("currency_mismatch", 6), ("unapplied_known", 8), ("prepayment", 5), ("unknown_nothing", 6),
        ("unknown_amount_match", 8), ("name_only_applied", 4), ("name_conflict", 2), ("bad_row", 6)]

GEN = {"exact_single": g_exact_single, "payer_alias_ref": g_payer_alias_ref, "multi_listed": g_multi_listed,
       "multi_unlisted_all": g_multi_unlisted_all, "amount_only_single": g_amount_only_single,
       "multi_unlisted_subset": g_multi_unlisted_subset, "part_payment": g_part_payment,
       "short_unexplained": g_short_unexplained, "fx_shortfall": g_fx_shortfall,
       "processor_single": g_processor_single, "processor_multi": g_processor_multi,
       "multi_short_lines": g_multi_short_lines, "multi_listed_mismatch": g_multi_listed_mismatch,
       "overpayment": g_overpayment, "duplicate_payment": g_duplicate, "typo_applied": g_typo_applied,
       "typo_conflict": g_typo_conflict, "other_customer_ref": g_other_customer_ref, "same_amount": g_same_amount,
       "currency_mismatch": g_currency_mismatch, "unapplied_known": g_unapplied_known,
       "prepayment": lambda d: g_unapplied_known(d, prepay=True), "unknown_nothing": g_unknown_nothing,
       "unknown_amount_match": g_unknown_amount_match, "name_only_applied": g_name_only_applied,
       "name_conflict": g_name_conflict}


def business_days():
    d, out = date(2025, 9, 2), []
    while d <= date(2025, 10, 17):
        if d.weekday() < 5 and d != date(2025, 10, 13):
            out.append(d)
        d += timedelta(days=1)
    return out


def main():
    build_customers()
    build_invoices()
    days = business_days()
    dates = sorted(rng.choice(days) for _ in range(400))
    slots = []
    for sc, n in PLAN:
        slots += [sc] * n
    assert len(slots) == 400, len(slots)
    rest = [s for s in slots if s != "duplicate_payment"]
    rng.shuffle(rest)
    dup_pos = sorted(rng.sample(range(160, 400), 8))
    order = []
    it = iter(rest)
    for k in range(400):
        order.append("duplicate_payment" if k in dup_pos else next(it))
    bad_iter = iter(BAD_KINDS)

    payments, labels = [], []
    for k, (d, sc) in enumerate(zip(dates, order)):
        for attempt in range(400):
            try:
                if sc == "bad_row":
                    kind = BAD_KINDS[sum(1 for l in labels if l.get("error"))]
                    res = g_bad(d, kind)
                elif sc.startswith("short_") and sc != "short_unexplained":
                    res = g_short_stated(d, sc[len("short_"):])
                else:
                    res = GEN[sc](d)
                pay, lab, expect_mentions, note, effects = res
                text = (pay["ref"] or "") + "\n" + (pay["rem"] or "")
                got = mentions(text)
                need(sorted(got) == sorted(set(expect_mentions)))
                break
            except Retry:
                continue
        else:
            raise SystemExit("could not generate %s at slot %d" % (sc, k))
        pid = rid("pay_", 12)
        amount = s2(pay["amount"])
        ccy = pay["ccy"]
        dstr = d.isoformat()
        bad = pay.get("bad")
        if bad == "non_numeric_amount":
            amount = "N/A"
        elif bad == "negative_amount":
            amount = "-" + amount
        elif bad == "missing_currency":
            ccy = None
        elif bad == "invalid_currency":
            ccy = {"USD": "US$", "CAD": "C$", "GBP": "UKP", "EUR": "EURO", "AUD": "A$"}[ccy]
        elif bad == "invalid_date":
            dstr = "2025-09-31" if d.month == 9 else "2025-10-32"
        elif bad == "malformed_date":
            dstr = d.strftime("%m/%d/%Y")
        payments.append({"id": pid, "date": dstr, "amount": amount, "currency": ccy, "payer_name": pay["payer"],
                         "customer_id": pay["cid"], "reference": pay["ref"], "remittance": pay["rem"]})
        lab = dict(lab)
        lab["payment_id"] = pid
        lab["scenario"] = sc
        lab["note"] = note
        ordered = {key: lab[key] for key in ["payment_id", "status", "applications", "unapplied", "short_pay",
                                             "candidates", "reason", "scenario", "note"]}
        if "error" in lab:
            ordered["error"] = lab["error"]
        labels.append(ordered)
        for inv, amt, kind in effects:
            BAL[inv["id"]] -= amt
            assert BAL[inv["id"]] >= 0
            if kind == "full" and BAL[inv["id"]] == 0 and len(effects) == 1:
                PAID_LOG.append((inv, amt))

    os.makedirs(OUT, exist_ok=True)
    inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
                "currency": i["currency"], "total": s2(i["total"]), "balance": s2(i["balance"]),
                "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()} for i in invoices]
    rng2 = random.Random(SEED + 1)
    rng2.shuffle(inv_out)
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump(inv_out, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
        json.dump(payments, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    st = Counter(l["status"] for l in labels)
    print("invoices", len(inv_out), "customers", len(customers), "payments", len(payments))
    print("status", dict(st))
    print("scenarios", dict(Counter(l["scenario"] for l in labels)))
    print("currencies", dict(Counter(p["currency"] for p in payments)))
    print("invoice currencies", dict(Counter(i["currency"] for i in inv_out)))


if __name__ == "__main__":
    main()
