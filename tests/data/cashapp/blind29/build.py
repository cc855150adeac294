#!/usr/bin/env python3
"""Blind held-out set for the cash-application contract (`match`).

Theme: a French / Belgian / Spanish / Italian medical-devices distributor selling to
hospitals, clinics, pharmacies and public health bodies (EUR, some CHF and GBP).

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_medidis/*.json and README.md.

Stages:
  1. customers
  2. scenario specs plan their own invoices (and may reserve customers)
  3. base (distractor) invoices for every other customer
  4. numbering per series, by issue date
  5. post-numbering hooks (traps that need numbers)
  6. payments rendered in file order against a running balance state -> labels
  7. replay check of every label, write files and README
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 95_2026
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_medidis"
OUT = os.path.join(HERE, LEDGER)

rng = random.Random(SEED)
C2 = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(C2, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


# ---------------------------------------------------------------- ids

_used_ids = set()


def rid(prefix, n=10, alphabet="0123456789abcdefghijkmnpqrstuvwxyz"):
    while True:
        v = prefix + "".join(rng.choice(alphabet) for _ in range(n))
        if v not in _used_ids:
            _used_ids.add(v)
            return v


# ---------------------------------------------------------------- text helpers

def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def bankname(name, n=35):
    """What a bank statement shows: upper case, no accents, no apostrophes, cut at n."""
    t = strip_accents(name).upper().replace("'", " ").replace("’", " ")
    t = "".join(c if (c.isalnum() or c in " -&./") else " " for c in t)
    t = " ".join(t.split())
    return t[:n].rstrip() if len(t) > n else t


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def money(x, style):
    x = q(x)
    neg = x < 0
    a = abs(x)
    ip, fp = str(a).split(".")
    if style == "fr":
        t = _group(ip, " ") + "," + fp
    elif style in ("es", "it", "de", "nl"):
        t = _group(ip, ".") + "," + fp
    elif style == "en":
        t = _group(ip, ",") + "." + fp
    elif style == "ch":
        t = _group(ip, "'") + "." + fp
    else:
        t = ip + "." + fp
    return ("-" if neg else "") + t


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# ---------------------------------------------------------------- structured references

def ogm(number):
    """Belgian structured communication +++ddd/dddd/ddddd+++ from a numeric invoice number."""
    base = int(number)
    b = f"{base:010d}"
    chk = base % 97 or 97
    d = b + f"{chk:02d}"
    return f"+++{d[0:3]}/{d[3:7]}/{d[7:12]}+++"


def ogm_ok(t):
    d = "".join(c for c in t if c.isdigit())
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def _rf_num(t):
    return int("".join(str(int(c, 36)) for c in t))


def rf(body):
    body = "".join(c for c in body.upper() if c.isalnum())
    chk = 98 - _rf_num(body + "RF00") % 97
    return f"RF{chk:02d}{body}"


def rf_ok(t):
    t = t.replace(" ", "").upper()
    return t.startswith("RF") and _rf_num(t[4:] + t[:4]) % 97 == 1


_QRR = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qrr(digits):
    d = digits.zfill(26)
    carry = 0
    for c in d:
        carry = _QRR[(carry + int(c)) % 10]
    full = d + str((10 - carry) % 10)
    return full[:2] + " " + " ".join(full[i:i + 5] for i in range(2, 27, 5))


def qrr_ok(t):
    d = t.replace(" ", "")
    carry = 0
    for c in d[:-1]:
        carry = _QRR[(carry + int(c)) % 10]
    return len(d) == 27 and (10 - carry) % 10 == int(d[-1])


# ================================================================ stage 1: customers

FR_CHU = ["NANTES", "RENNES", "ROUEN", "LILLE", "AMIENS", "TOURS", "ANGERS", "BREST", "DIJON",
          "BESANCON", "REIMS", "POITIERS", "LIMOGES", "CAEN"]
FR_CH = ["CHOLET", "SAINT-NAZAIRE", "VANNES", "LORIENT", "QUIMPER", "LAVAL", "LE MANS", "NIORT",
         "LA ROCHE-SUR-YON", "CHARTRES", "BLOIS", "BOURGES", "DIEPPE", "EVREUX", "BEAUVAIS",
         "COMPIEGNE", "ARRAS", "LENS", "VALENCIENNES", "DOUAI", "ROUBAIX", "SAINT-MALO",
         "SAINT-BRIEUC", "ANNECY", "CHAMBERY", "BAYONNE", "PAU", "PERIGUEUX", "AGEN", "SAINTES"]
# department / DGFIP paying office for each French city (what the bank shows as payer)
FR_DGFIP = {
    "NANTES": "DRFIP PAYS DE LA LOIRE ET LOIRE-ATL", "RENNES": "DRFIP BRETAGNE ET ILLE-ET-VILAINE",
    "ROUEN": "DRFIP NORMANDIE ET SEINE-MARITIME", "LILLE": "DRFIP HAUTS-DE-FRANCE ET NORD",
    "AMIENS": "DDFIP DE LA SOMME", "TOURS": "DDFIP D INDRE-ET-LOIRE", "ANGERS": "DDFIP DE MAINE-ET-LOIRE",
    "BREST": "DDFIP DU FINISTERE", "DIJON": "DRFIP BOURGOGNE-FRANCHE-COMTE",
    "BESANCON": "DDFIP DU DOUBS", "REIMS": "DDFIP DE LA MARNE", "POITIERS": "DDFIP DE LA VIENNE",
    "LIMOGES": "DDFIP DE LA HAUTE-VIENNE", "CAEN": "DDFIP DU CALVADOS",
}
FR_DEPT_OFFICE = {
    "CHOLET": "DDFIP DE MAINE-ET-LOIRE", "SAINT-NAZAIRE": "DRFIP PAYS DE LA LOIRE ET LOIRE-ATL",
    "VANNES": "DDFIP DU MORBIHAN", "LORIENT": "DDFIP DU MORBIHAN", "QUIMPER": "DDFIP DU FINISTERE",
    "LAVAL": "DDFIP DE LA MAYENNE", "LE MANS": "DDFIP DE LA SARTHE", "NIORT": "DDFIP DES DEUX-SEVRES",
    "LA ROCHE-SUR-YON": "DDFIP DE LA VENDEE", "CHARTRES": "DDFIP D EURE-ET-LOIR", "BLOIS": "DDFIP DE LOIR-ET-CHER",
    "BOURGES": "DDFIP DU CHER", "DIEPPE": "DRFIP NORMANDIE ET SEINE-MARITIME", "EVREUX": "DDFIP DE L EURE",
    "BEAUVAIS": "DDFIP DE L OISE", "COMPIEGNE": "DDFIP DE L OISE", "ARRAS": "DDFIP DU PAS-DE-CALAIS",
    "LENS": "DDFIP DU PAS-DE-CALAIS", "VALENCIENNES": "DRFIP HAUTS-DE-FRANCE ET NORD",
    "DOUAI": "DRFIP HAUTS-DE-FRANCE ET NORD", "ROUBAIX": "DRFIP HAUTS-DE-FRANCE ET NORD",
    "SAINT-MALO": "DRFIP BRETAGNE ET ILLE-ET-VILAINE", "SAINT-BRIEUC": "DDFIP DES COTES-D ARMOR",
    "ANNECY": "DDFIP DE LA HAUTE-SAVOIE", "CHAMBERY": "DDFIP DE LA SAVOIE", "BAYONNE": "DDFIP DES PYRENEES-ATLANTIQUES",
    "PAU": "DDFIP DES PYRENEES-ATLANTIQUES", "PERIGUEUX": "DDFIP DE LA DORDOGNE", "AGEN": "DDFIP DE LOT-ET-GARONNE",
    "SAINTES": "DDFIP DE LA CHARENTE-MARITIME"}
FR_SAINTS = ["JOSEPH", "AUGUSTIN", "FRANCOIS", "MARTIN", "VINCENT", "LOUIS", "ODILON", "GATIEN",
             "JEAN", "HILAIRE", "PIERRE", "CHRISTOPHE", "COME", "ROCH", "EXUPERY"]
FR_STREETS = ["DU CENTRE", "DE LA GARE", "DU MARCHE", "DES HALLES", "DU PORT", "DE LA MAIRIE",
              "DU CHATEAU", "DES ARCADES", "DE LA CATHEDRALE", "DU PARC", "DE L EGLISE", "DU MAIL",
              "DES QUATRE CHEMINS", "DU LYCEE", "DE LA PLACE", "SAINT-MICHEL", "DES TILLEULS",
              "DE LA REPUBLIQUE", "DU PONT", "DES REMPARTS"]
BE_HOSP = ["CHU DE LIEGE", "CHU DE CHARLEROI", "CHR DE NAMUR", "CHR DE HUY", "CHR DE VERVIERS",
           "CENTRE HOSPITALIER DE WALLONIE PICARDE", "CLINIQUE SAINT-PIERRE OTTIGNIES",
           "CLINIQUES UNIVERSITAIRES DE MONT-GODINNE", "AZ SINT-JAN BRUGGE", "AZ DELTA ROESELARE",
           "AZ GROENINGE KORTRIJK", "AZ NIKOLAAS", "AZ MONICA ANTWERPEN", "AZ SINT-MAARTEN MECHELEN",
           "UZ GENT", "UZ BRUSSEL", "ZIEKENHUIS OOST-LIMBURG", "JESSA ZIEKENHUIS HASSELT",
           "HOPITAL DE JOLIMONT", "EPICURA HORNU"]
BE_TOWNS = ["LIEGE", "NAMUR", "MONS", "WAVRE", "ARLON", "GENT", "BRUGGE", "LEUVEN", "HASSELT",
            "AALST", "MECHELEN", "TOURNAI", "DINANT", "SPA", "OOSTENDE", "KORTRIJK", "GENK", "LIER",
            "NIVELLES", "OTTIGNIES"]
ES_PUBLIC = ["SERVICIO ANDALUZ DE SALUD", "SERVICIO MADRILEÑO DE SALUD", "SERVICIO GALLEGO DE SALUD",
             "OSAKIDETZA SERVICIO VASCO DE SALUD", "INSTITUT CATALÀ DE LA SALUT",
             "SERVICIO CANARIO DE LA SALUD", "SERVICIO MURCIANO DE SALUD",
             "SERVICIO DE SALUD DE CASTILLA-LA MANCHA", "SERVICIO DE SALUD DE CASTILLA Y LEÓN",
             "SERVICIO EXTREMEÑO DE SALUD"]
ES_PUBHOSP = ["CONSORCI SANITARI DE TERRASSA", "CONSORCIO HOSPITAL GENERAL UNIVERSITARIO DE VALENCIA",
              "FUNDACIÓN HOSPITAL DE CALAHORRA", "CONSORCI CORPORACIÓ SANITÀRIA PARC TAULÍ",
              "FUNDACIÓ HOSPITAL DE L'ESPERIT SANT", "HOSPITAL UNIVERSITARIO FUNDACIÓN ALCORCÓN"]
ES_PRIV = ["HOSPITAL SAN RAFAEL", "HOSPITAL NUESTRA SEÑORA DEL PILAR", "CLÍNICA SANTA ELENA",
           "HOSPITAL VITHAS LEVANTE", "CLÍNICA DEL ROSARIO", "HOSPITAL PERPETUO SOCORRO",
           "CLÍNICA SAN ROQUE", "HOSPITAL LA MILAGROSA", "CLÍNICA VIRGEN BLANCA", "HOSPITAL SANTA JUSTA",
           "CLÍNICA LA LUZ", "POLICLÍNICA GUADALAJARA", "CLÍNICA SAN JOSÉ", "HOSPITAL VIRGEN DE LA PALOMA",
           "CENTRO MÉDICO TERESA HERRERA", "CLÍNICA UNIVERSITARIA DEL NORTE", "HOSPITAL QUIRÚRGICO DEL SUR",
           "INSTITUTO OFTALMOLÓGICO DEL ESTE", "CLÍNICA DENTAL SONRISAS", "HOSPITAL MARÍTIMO DE LEVANTE",
           "CENTRO DE DIÁLISIS DEL TURIA", "CLÍNICA TRAUMATOLÓGICA ATLÁNTICA"]
ES_SURN = ["GARCÍA", "MARTÍNEZ", "LÓPEZ", "SÁNCHEZ", "PÉREZ", "GÓMEZ", "MARTÍN", "JIMÉNEZ", "RUIZ",
           "HERNÁNDEZ", "DÍAZ", "MORENO", "MUÑOZ", "ÁLVAREZ", "ROMERO", "ALONSO", "GUTIÉRREZ",
           "NAVARRO", "TORRES", "DOMÍNGUEZ", "VÁZQUEZ", "RAMOS", "GIL", "SERRANO"]
IT_AO = ["AZIENDA OSPEDALIERA UNIVERSITARIA PISANA", "AZIENDA OSPEDALIERA UNIVERSITARIA SENESE",
         "AZIENDA OSPEDALIERA UNIVERSITARIA CAREGGI", "AZIENDA OSPEDALIERA UNIVERSITARIA POLICLINICO DI BARI",
         "AZIENDA OSPEDALIERA UNIVERSITARIA POLICLINICO DI MODENA", "AZIENDA OSPEDALIERA UNIVERSITARIA DI PARMA",
         "AZIENDA OSPEDALIERA UNIVERSITARIA DI FERRARA", "AZIENDA OSPEDALIERA DI PADOVA",
         "AZIENDA OSPEDALIERA SANT'ANDREA", "AZIENDA OSPEDALIERA SAN CAMILLO FORLANINI",
         "AZIENDA OSPEDALIERA CARDARELLI", "AZIENDA OSPEDALIERA DI PERUGIA",
         "AZIENDA OSPEDALIERA SANTA CROCE E CARLE CUNEO"]
IT_ASL = ["AZIENDA SANITARIA LOCALE ROMA 1", "AZIENDA SANITARIA LOCALE ROMA 2", "AZIENDA SANITARIA LOCALE NAPOLI 2 NORD",
          "AZIENDA SANITARIA LOCALE TO3", "AZIENDA SANITARIA LOCALE DI BARI", "AZIENDA SANITARIA LOCALE CN1",
          "AZIENDA USL DI BOLOGNA", "AZIENDA USL TOSCANA CENTRO", "AZIENDA USL DI REGGIO EMILIA",
          "AZIENDA SOCIO SANITARIA TERRITORIALE DEI SETTE LAGHI", "AZIENDA SOCIO SANITARIA TERRITORIALE DI LECCO",
          "AZIENDA SOCIO SANITARIA TERRITORIALE SPEDALI CIVILI", "AZIENDA ZERO", "ESTAR TOSCANA",
          "ISTITUTO NAZIONALE TUMORI IRCCS FONDAZIONE PASCALE", "IRCCS ISTITUTO ORTOPEDICO RIZZOLI"]
IT_PRIV = ["CASA DI CURA VILLA DEI PINI S.R.L.", "CASA DI CURA SAN ROSSORE S.P.A.", "CASA DI CURA VILLA MARIA S.R.L.",
           "CASA DI CURA SANTA RITA S.R.L.", "CLINICA SAN GAUDENZIO S.R.L.", "POLIAMBULATORIO MEDICO DELTA S.R.L.",
           "CENTRO DIAGNOSTICO ITALIANO S.P.A.", "CASA DI CURA VILLA BIANCA S.P.A.",
           "ISTITUTO CLINICO SANT'AMBROGIO S.R.L.", "CENTRO DIALISI LA FENICE S.R.L.",
           "CASA DI CURA LE BETULLE S.R.L.", "CLINICA ODONTOIATRICA DEL LAGO S.R.L."]
IT_FARM = ["FARMACIA CENTRALE", "FARMACIA SAN MARCO", "FARMACIA DEL CORSO", "FARMACIA COMUNALE 3",
           "FARMACIA ALLA STAZIONE", "FARMACIA SANTA LUCIA", "FARMACIA DEL PONTE", "FARMACIA MODERNA",
           "FARMACIA INTERNAZIONALE", "FARMACIA DELLA PIAZZA", "FARMACIA SAN GIORGIO", "FARMACIA AL DUOMO",
           "FARMACIA VERDI", "FARMACIA PORTA NUOVA", "FARMACIA DEI COLLI", "FARMACIA SANT'ANNA"]
IT_TOWNS = ["PISA", "LUCCA", "MODENA", "PARMA", "BOLOGNA", "BARI", "TORINO", "CUNEO", "PADOVA",
            "VERONA", "FIRENZE", "NAPOLI", "SALERNO", "PERUGIA", "LECCO", "VARESE"]
CH_CUST = [("CLINIQUE DE GENOLIER SA", "CHF"), ("HÔPITAL DE LA TOUR SA", "CHF"), ("CLINIQUE DU LÉMAN SA", "CHF"),
           ("SPITAL THURGAU AG", "CHF"), ("KANTONSSPITAL BADEN AG", "CHF"), ("KLINIK SEESCHAU AG", "CHF"),
           ("CLINICA LUGANESE MONCUCCO SA", "CHF"), ("APOTHEKE ZUR ROSE BAHNHOF AG", "CHF"),
           ("PHARMACIE DU MOLARD SA", "CHF"), ("ENSEMBLE HOSPITALIER DE LA CÔTE", "CHF"),
           ("SPITALZENTRUM BIEL AG", "CHF"), ("HÔPITAL RIVIERA-CHABLAIS", "CHF"), ("CLINIQUE VALMONT SA", "CHF")]
UK_CUST = [("ST ALBANS PRIVATE HOSPITAL LTD", "private"), ("CHILTERN VALE HEALTHCARE LTD", "private"),
           ("HARBOUR VIEW CLINIC LTD", "private"), ("NORTHGATE DIAGNOSTICS LTD", "private"),
           ("WESSEX PRIVATE HOSPITALS LTD", "private"), ("KINGSMEAD DAY SURGERY LTD", "private"),
           ("NORTH TEES AND HARTLEPOOL NHS FOUNDATION TRUST", "nhs"),
           ("UNIVERSITY HOSPITALS OF DERBY AND BURTON NHS FOUNDATION TRUST", "nhs"),
           ("ROYAL DEVON UNIVERSITY HEALTHCARE NHS FOUNDATION TRUST", "nhs"),
           ("EAST KENT HOSPITALS UNIVERSITY NHS FOUNDATION TRUST", "nhs"),
           ("SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST", "nhs"),
           ("UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST", "nhs"),
           ("BOLTON NHS FOUNDATION TRUST", "nhs")]

CUSTOMERS = []
CUST = {}


def de(city):
    if city.startswith("LE "):
        return "DU " + city[3:]
    if city[0] in "AEIOU":
        return "D'" + city
    return "DE " + city


def add_customer(name, country, kind, currency="EUR", public=False, **kw):
    c = dict(id=rid("cus_", 8), name=name, country=country, kind=kind, currency=currency,
             public=public, exclusive=False, **kw)
    CUSTOMERS.append(c)
    CUST[c["id"]] = c
    return c


def make_customers():
    for city in FR_CHU:
        add_customer(f"CENTRE HOSPITALIER UNIVERSITAIRE {de(city)}", "FR", "hospital", public=True,
                     city=city, dgfip=FR_DGFIP[city])
    for city in FR_CH:
        off = FR_DEPT_OFFICE[city]
        nm = f"CENTRE HOSPITALIER {de(city)}"
        add_customer(nm, "FR", "hospital", public=True, city=city, dgfip=off)
    for nm, off in [("GROUPE HOSPITALIER BRETAGNE SUD", "DDFIP DU MORBIHAN"),
                    ("CENTRE HOSPITALIER INTERCOMMUNAL CAEN NORMANDIE", "DDFIP DU CALVADOS"),
                    ("GROUPE HOSPITALIER DU HAVRE", "DRFIP NORMANDIE ET SEINE-MARITIME"),
                    ("CENTRE HOSPITALIER INTERCOMMUNAL DE CORNOUAILLE", "DDFIP DU FINISTERE"),
                    ("EHPAD PUBLIC LES GLYCINES", "DDFIP DE LA VENDEE"),
                    ("EHPAD RESIDENCE LE VAL FLEURI", "DDFIP DE LA SARTHE"),
                    ("EHPAD PUBLIC DU PAYS DE RETZ", "DDFIP DE LOIRE-ATLANTIQUE"),
                    ("AGENCE RÉGIONALE DE SANTÉ PAYS DE LA LOIRE", "DRFIP PAYS DE LA LOIRE ET LOIRE-ATL"),
                    ("AGENCE RÉGIONALE DE SANTÉ BRETAGNE", "DRFIP BRETAGNE ET ILLE-ET-VILAINE"),
                    ("GCS ACHATS HOSPITALIERS DE L'OUEST", "DDFIP DE MAINE-ET-LOIRE")]:
        add_customer(nm, "FR", "public_body" if nm.startswith(("AGENCE", "GCS")) else "hospital",
                     public=True, city=None, dgfip=off)
    cities = FR_CH + FR_CHU
    for i, sname in enumerate(FR_SAINTS):
        add_customer(f"CLINIQUE SAINT-{sname}", "FR", "clinic", city=cities[(i * 7) % len(cities)])
    for city in ["NANTES", "RENNES", "TOURS", "ANGERS", "ROUEN", "AMIENS"]:
        add_customer(f"POLYCLINIQUE {de(city)}", "FR", "clinic", city=city)
    k = 0
    for i in range(34):
        street = FR_STREETS[i % len(FR_STREETS)]
        city = cities[(i * 7 + 3) % len(cities)]
        form = ["SELARL", "SELAS", "SNC", "EURL"][i % 4]
        add_customer(f"{form} PHARMACIE {street} {city}", "FR", "pharmacy", city=city)
    # Belgium
    for nm in BE_HOSP:
        add_customer(nm, "BE", "hospital", public=nm.startswith(("CHU", "CHR", "UZ", "CENTRE")))
    for i, town in enumerate(BE_TOWNS):
        if i % 2:
            add_customer(f"APOTHEEK {['DE LINDE', 'SINT-JOZEF', 'DE MARKT', 'HET STATION', 'VAN DE KERK'][i % 5]} {town} BV", "BE", "pharmacy")
        else:
            add_customer(f"PHARMACIE {['DU PONT', 'DE LA PLACE', 'CENTRALE', 'SAINT-LAMBERT', 'DES ECOLES'][i % 5]} {town} SRL", "BE", "pharmacy")
    add_customer("SPF SANTÉ PUBLIQUE SÉCURITÉ DE LA CHAÎNE ALIMENTAIRE ET ENVIRONNEMENT", "BE", "public_body", public=True)
    add_customer("CROIX-ROUGE DE BELGIQUE SERVICE DU SANG", "BE", "public_body", public=True)
    # Spain
    for nm in ES_PUBLIC:
        add_customer(nm, "ES", "public_body", public=True)
    for nm in ES_PUBHOSP:
        add_customer(nm, "ES", "hospital", public=True)
    for i, nm in enumerate(ES_PRIV):
        add_customer(nm + [" S.L.", " S.A.", " S.L.U."][i % 3], "ES", "clinic", confirming=(i % 3 != 2))
    for i in range(20):
        a, b = ES_SURN[i % len(ES_SURN)], ES_SURN[(i * 5 + 3) % len(ES_SURN)]
        add_customer(f"FARMACIA {a} {b} C.B." if i % 2 else f"FARMACIA LDO. {a} {b}", "ES", "pharmacy")
    # Italy
    for nm in IT_AO + IT_ASL:
        add_customer(nm, "IT", "hospital" if "OSPEDAL" in nm or "IRCCS" in nm else "public_body",
                     public=True, split=True)
    for nm in IT_PRIV:
        add_customer(nm, "IT", "clinic")
    for i, nm in enumerate(IT_FARM):
        town = IT_TOWNS[i % len(IT_TOWNS)]
        form = ["S.N.C.", "DEL DOTT. ROSSI MARIO", "S.R.L.", "DR.SSA BIANCHI & C. S.A.S."][i % 4]
        add_customer(f"{nm} {town} {form}", "IT", "pharmacy")
    for nm, cur in CH_CUST:
        add_customer(nm, "CH", "clinic" if "APOTHEKE" not in nm and "PHARMACIE" not in nm else "pharmacy",
                     currency=cur)
    for nm, kind in UK_CUST:
        add_customer(nm, "UK", "hospital" if kind == "nhs" else "clinic", currency="GBP", public=(kind == "nhs"))
    names = [c["name"] for c in CUSTOMERS]
    assert len(names) == len(set(names)), "duplicate customer names"


# ================================================================ invoices

INVOICES = []
INV = {}
VAT = {"FR": Decimal("0.20"), "BE": Decimal("0.21"), "ES": Decimal("0.21"), "IT": Decimal("0.22"),
       "CH": Decimal("0.081"), "UK": Decimal("0.20")}
TERMS = {("FR", True): 50, ("FR", False): 45, ("BE", True): 60, ("BE", False): 30, ("ES", True): 60,
         ("ES", False): 60, ("IT", True): 60, ("IT", False): 60, ("CH", False): 30, ("CH", True): 30,
         ("UK", True): 30, ("UK", False): 30}


def series_of(c, credit=False):
    if c["country"] == "FR":
        return "FR-AV" if credit else "FR"
    if c["country"] == "BE":
        return "BE-NC" if credit else "BE"
    if c["country"] == "ES":
        return "ES-AB" if credit else "ES"
    if c["country"] == "IT":
        return "IT-NC" if credit else ("IT-PA" if c.get("split") else "IT")
    return "EX-CN" if credit else "EX"


def amount_range(c):
    return {"pharmacy": (60, 2500), "clinic": (300, 22000), "hospital": (250, 48000),
            "public_body": (1500, 120000)}[c["kind"]]


def rand_net(c, lo=None, hi=None):
    a, b = amount_range(c)
    lo = lo or a
    hi = hi or b
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    return q(v)


def new_invoice(c, net=None, issue=None, credit=False, gross=None, balance=None, tag="base",
                split_booked_gross=False, currency=None):
    """Create an open invoice (or credit note when credit=True: negative total and balance)."""
    if issue is None:
        issue = date(2025, 1, 2) + timedelta(rng.randrange(0, 362))
    country = c["country"]
    if gross is None:
        if net is None:
            net = rand_net(c)
        gross = q(net * (1 + VAT[country]))
    else:
        gross = q(gross)
        net = q(gross / (1 + VAT[country]))
    total = gross
    if credit:
        total = -gross
    bal = total
    if c.get("split") and not credit and not split_booked_gross:
        # scissione dei pagamenti: the IVA is paid to the State by the public body;
        # the receivable left on the customer's account is the taxable amount.
        bal = q(gross / (1 + VAT[country]))
        if balance is not None:
            bal = balance
    elif balance is not None:
        bal = q(balance)
    if c.get("split") and credit:
        bal = -q(gross / (1 + VAT[country]))
    terms = TERMS[(country, bool(c.get("public")))]
    inv = dict(id=rid("inv_", 10), number=None, customer_id=c["id"], customer_name=c["name"],
               currency=currency or c["currency"], total=q(total), balance=q(bal), issue_date=issue,
               due_date=issue + timedelta(terms), series=series_of(c, credit), credit=credit, tag=tag,
               split_gross=split_booked_gross)
    INVOICES.append(inv)
    INV[inv["id"]] = inv
    return inv


def make_base_invoices():
    for c in CUSTOMERS:
        if c["exclusive"]:
            continue
        kind = c["kind"]
        n = {"pharmacy": (1, 2), "clinic": (1, 3), "hospital": (1, 3), "public_body": (1, 3)}[kind]
        if c.get("city") in FR_CHU and c["kind"] == "hospital":
            n = (2, 6)
        k = rng.randint(*n)
        for _ in range(k):
            if c["public"]:
                issue = date(2025, 1, 2) + timedelta(rng.randrange(0, 362))
            else:
                issue = date(2025, 7, 1) + timedelta(rng.randrange(0, 183))
            new_invoice(c, issue=issue)
        # a few open credit notes not (yet) used
        if kind in ("hospital", "clinic") and rng.random() < 0.08:
            new_invoice(c, net=rand_net(c, 50, 1500), credit=True,
                        issue=date(2025, 9, 1) + timedelta(rng.randrange(0, 120)))


# ================================================================ numbering

SERIES_START = {"FR": 300, "FR-AV": 40, "BE": 120, "BE-NC": 10, "ES": 200, "ES-AB": 20, "IT-PA": 1,
                "IT": 1, "IT-NC": 1, "EX": 30, "EX-CN": 3}
SERIES_GAP = {"FR": 12, "FR-AV": 5, "BE": 9, "BE-NC": 4, "ES": 10, "ES-AB": 4, "IT-PA": 4, "IT": 4,
              "IT-NC": 3, "EX": 3, "EX-CN": 2}


def fmt_number(series, yy, n):
    return {
        "FR": f"FA{yy}-{n:06d}", "FR-AV": f"AV{yy}-{n:06d}",
        "BE": f"{yy}{n:05d}", "BE-NC": f"NC{yy}-{n:04d}",
        "ES": f"FV{yy}/{n:05d}", "ES-AB": f"AB{yy}/{n:05d}",
        "IT-PA": f"FPA {n}/{yy}", "IT": f"FT {n}/{yy}", "IT-NC": f"NC {n}/{yy}",
        "EX": f"EX{yy}-{n:05d}", "EX-CN": f"CN{yy}-{n:05d}",
    }[series]


def assign_numbers():
    by = {}
    for inv in INVOICES:
        by.setdefault((inv["series"], inv["issue_date"].year), []).append(inv)
    for (ser, year), lst in sorted(by.items()):
        lst.sort(key=lambda i: (i["issue_date"], i["customer_id"], i["id"]))
        n = SERIES_START[ser] if year == 2025 else SERIES_START[ser] * 25
        prev = None
        for inv in lst:
            same_batch = prev is not None and prev["issue_date"] == inv["issue_date"] and \
                prev["customer_id"] == inv["customer_id"]
            n += 1 if same_batch else rng.randint(1, SERIES_GAP[ser])
            inv["seq"] = n
            inv["number"] = fmt_number(ser, year % 100, n)
            prev = inv


# ================================================================ stage 2: scenario framework

SPECS = []
BAL = {}          # running balances during rendering
RESERVED = set()  # invoice ids a spec relies on (never picked by another spec)
OUR = {"FR": "MEDIDIS FRANCE SAS", "BE": "MEDIDIS BENELUX SA", "ES": "MEDIDIS IBERICA S.L.",
       "IT": "MEDIDIS ITALIA S.R.L.", "CH": "MEDIDIS FRANCE SAS", "UK": "MEDIDIS FRANCE SAS"}
ADVICE = {"FR": "AVIS DE PAIEMENT", "BE": "AVIS DE PAIEMENT / BETALINGSADVIES", "ES": "AVISO DE PAGO",
          "IT": "AVVISO DI PAGAMENTO", "UK": "REMITTANCE ADVICE", "CH": "ZAHLUNGSAVIS / AVIS DE PAIEMENT"}
STYLE = {"FR": "fr", "BE": "fr", "ES": "es", "IT": "it", "CH": "ch", "UK": "en"}


class Spec:
    def __init__(self, scenario, steps, post=None):
        self.scenario = scenario
        self.steps = steps
        self.post = post
        self.shared = {}
        SPECS.append(self)


_use = {}


def pick(pred, exclusive=False, spread=True):
    """Pick a customer satisfying pred, preferring the least used ones."""
    cands = [c for c in CUSTOMERS if not c["exclusive"] and pred(c)]
    if not cands:
        raise RuntimeError("no customer for predicate")
    if spread:
        m = min(_use.get(c["id"], 0) for c in cands)
        cands = [c for c in cands if _use.get(c["id"], 0) <= m + 1]
    c = rng.choice(cands)
    _use[c["id"]] = _use.get(c["id"], 0) + 1
    if exclusive:
        if _use[c["id"]] > 1:
            # take another never used one
            fresh = [x for x in CUSTOMERS if not x["exclusive"] and pred(x) and _use.get(x["id"], 0) == 0]
            c = rng.choice(fresh)
            _use[c["id"]] = 1
        c["exclusive"] = True
    return c


def plan_inv(c, **kw):
    inv = new_invoice(c, tag="spec", **kw)
    RESERVED.add(inv["id"])
    return inv


def is_(country=None, kind=None, public=None, cur=None, extra=None):
    def f(c):
        if country and c["country"] not in (country if isinstance(country, tuple) else (country,)):
            return False
        if kind and c["kind"] not in (kind if isinstance(kind, tuple) else (kind,)):
            return False
        if public is not None and bool(c["public"]) != public:
            return False
        if cur and c["currency"] != cur:
            return False
        if extra and not extra(c):
            return False
        return True
    return f


def old_issue(lo=date(2024, 10, 1), hi=date(2025, 8, 31)):
    return lo + timedelta(rng.randrange(0, (hi - lo).days))


def recent_issue(lo=date(2025, 8, 1), hi=date(2025, 12, 30)):
    return lo + timedelta(rng.randrange(0, (hi - lo).days))


def issue_for(c):
    return old_issue(date(2025, 1, 15), date(2025, 9, 30)) if c["public"] else recent_issue()


# ---------------------------------------------------------------- label builders

def A(inv, amt):
    return (inv, q(amt))


def lab(status, apps, amount, reason, short=None, cands=None):
    tot = sum((a for _, a in apps), Decimal("0"))
    return dict(status=status, applications=apps, unapplied=q(amount) - tot, short_pay=short,
                candidates=cands or [], reason=reason)


def short(inv, amt, reason):
    return {"invoice_id": inv["id"], "amount": s(amt), "reason": reason}


def cand(*sets):
    out = []
    for st in sets:
        out.append({"invoice_ids": [i["id"] for i in st],
                    "amount": s(sum((BAL[i["id"]] for i in st), Decimal("0")))})
    return out


def payer_name(c, n=None):
    if n is None:
        n = rng.choice([35, 35, 35, 35, 30, 32, 28])
    return bankname(c["name"], n)


def pay(c, amount, ref=None, rem=None, cid=None, payer=None, currency=None):
    if c["country"] == "FR" and c["public"] and payer is None:
        # French public bodies pay through their public accountant (Tresor public / DGFIP);
        # some banks show the ordering hospital (ultimate debtor) instead
        payer = c["dgfip"] if rng.random() < 0.75 else bankname(c["name"], 35)
    if c["country"] == "FR" and c["public"] and payer == c["dgfip"]:
        cid = False  # the public accountant's account maps to no single customer
        if cid is None:
            cid = False
    if cid is None:
        cid = rng.random() < 0.6
    return dict(amount=s(amount), currency=currency or c["currency"],
                payer_name=payer if payer is not None else payer_name(c),
                customer_id=c["id"] if cid else None, reference=ref, remittance=rem)


def open_of(cid, cur=None):
    return [i for i in INVOICES if i["customer_id"] == cid and BAL[i["id"]] != 0
            and (cur is None or i["currency"] == cur)]


def yy(inv):
    return inv["issue_date"].year % 100


# ---------------------------------------------------------------- reference texts

def ref_text(inv, c, k=None):
    n, sq = inv["number"], inv["seq"]
    ser = inv["series"]
    if ser == "FR":
        opts = [f"FACT {n}", f"REGLEMENT FACTURE {n}", n, f"FACTURE N {sq} DU {dmy(inv['issue_date'])}",
                f"/INV/{n.replace('-', '')} {dmy(inv['issue_date'], '')}", f"PAIEMENT FA{yy(inv)} {sq:06d}",
                f"V/FACT. {n} {bankname(c['name'], 18)}", f"VIR SEPA {n[:4]} {n[5:]}"]
    elif ser == "ES":
        opts = [f"PAGO FRA {n}", f"FACTURA {n}", f"N.FRA {sq}/{yy(inv)}", f"{n} VTO {dmy(inv['due_date'])}",
                f"TRANSFERENCIA FACTURA {n.replace('/', '')}", f"PAGO FACT. NUM. {sq} {bankname(c['name'], 16)}"]
    elif ser in ("IT", "IT-PA"):
        opts = [f"SALDO FATT. {n} DEL {dmy(inv['issue_date'])}", f"PAGAMENTO FATTURA N. {sq}/{yy(inv)} DEL {dmy(inv['issue_date'])}",
                f"BONIFICO {n}", f"FATTURA {sq} DEL {dmy(inv['issue_date'], '.')}",
                f"SALDO FT. NR. {sq}/20{yy(inv)}"]
    elif ser == "BE":
        opts = [f"FACTURE {n}", f"FACTUUR {n}", f"FACT.{n} {bankname(c['name'], 20)}", f"factuurnr {n}",
                f"betaling factuur {n} dd {dmy(inv['issue_date'], '-')}"]
    elif c["country"] == "UK":
        opts = [f"INV {n}", n, f"PAYMENT REF {n}", f"SUPPLIER 40213 INV {n}", f"{bankname(c['name'], 12)} {n}"]
    else:  # CH
        opts = [f"Rechnung {n}", f"Facture {n} du {dmy(inv['issue_date'], '.')}", f"Fattura {n}", f"RG {n}"]
    if k is None:
        return rng.choice(opts)
    return opts[k % len(opts)]


def generic_ref(c):
    return rng.choice({
        "FR": [None, "VIREMENT", "PAIEMENT FOURNISSEUR", "REGLEMENT", "VIR SEPA", "REGLEMENT FOURNISSEUR MEDIDIS"],
        "BE": [None, "BETALING", "PAIEMENT", "VIREMENT EUROPEEN", "LEVERANCIER MEDIDIS"],
        "ES": [None, "PAGO PROVEEDOR", "TRANSFERENCIA", "PAGO MEDIDIS", "PAGO FACTURAS"],
        "IT": [None, "BONIFICO", "PAGAMENTO FORNITORE", "BONIFICO SEPA", "PAGAMENTO MEDIDIS"],
        "CH": [None, "ZAHLUNG", "PAIEMENT", "LIEFERANT MEDIDIS"],
        "UK": [None, "PAYMENT", "BACS PAYMENT", "MEDIDIS"],
    }[c["country"]])


def rem_table(rows, c, header=None, total=None, footer=None):
    """rows: list of (number, date, amount[, note])"""
    st = STYLE[c["country"]]
    out = []
    if header:
        out.extend(header)
    for r in rows:
        line = f"{r[0]:<16} {dmy(r[1]):<11} {money(r[2], st):>13}"
        if len(r) > 3 and r[3]:
            line += "  " + r[3]
        out.append(line)
    if total is not None:
        out.append(total)
    if footer:
        out.extend(footer)
    return "\n".join(out)


# ================================================================ stage 2b: scenarios -- applied

def sc_ref_single(country):
    c = pick(is_(country=country))
    inv = plan_inv(c, issue=issue_for(c))
    k = rng.randrange(8)

    def step(sp, d):
        amt = BAL[inv["id"]]
        p = pay(c, amt, ref=ref_text(inv, c, k))
        return p, lab("applied", [A(inv, amt)], amt, f"reference {inv['number']} and exact balance")
    Spec("ref_single", [step])


def sc_ogm():
    c = pick(is_(country="BE"))
    inv = plan_inv(c, issue=issue_for(c))
    k = rng.randrange(4)

    def step(sp, d):
        amt = BAL[inv["id"]]
        o = ogm(inv["number"])
        r = [o, o.replace("+", "*"), o[3:-3].replace("/", ""), o][k]
        p = pay(c, amt, ref=r)
        return p, lab("applied", [A(inv, amt)], amt,
                      f"Belgian structured communication {r} encodes invoice {inv['number']}; exact balance")
    Spec("ogm_single", [step])


def sc_rf():
    c = pick(is_(country=("FR", "ES", "BE", "UK")))
    inv = plan_inv(c, issue=issue_for(c))
    k = rng.randrange(3)

    def step(sp, d):
        amt = BAL[inv["id"]]
        r = rf(inv["number"])
        if k == 1:
            r = " ".join(r[i:i + 4] for i in range(0, len(r), 4))
        p = pay(c, amt, ref=r)
        return p, lab("applied", [A(inv, amt)], amt,
                      f"ISO 11649 creditor reference {r} carries invoice {inv['number']}; exact balance")
    Spec("rf_single", [step])


def sc_qrr():
    c = pick(is_(country="CH"))
    inv = plan_inv(c, issue=issue_for(c))

    def step(sp, d):
        amt = BAL[inv["id"]]
        r = qrr("".join(ch for ch in inv["number"] if ch.isdigit()))
        p = pay(c, amt, ref=r, rem=rng.choice([None, f"Zahlung Rechnung {inv['number']}"]))
        return p, lab("applied", [A(inv, amt)], amt,
                      f"Swiss QR reference ends with the digits of {inv['number']}; exact balance")
    Spec("qrr_single", [step])


def unique_single(c, amt, cur, pairs=True):
    """True if exactly one open invoice of the customer has this balance and no pair sums to it."""
    op = [i for i in open_of(c["id"], cur) if BAL[i["id"]] > 0]
    hits = [i for i in op if BAL[i["id"]] == amt]
    if len(hits) != 1:
        return False
    if pairs:
        for x in range(len(op)):
            for y in range(x + 1, len(op)):
                if BAL[op[x]["id"]] + BAL[op[y]["id"]] == amt:
                    return False
    return True


def make_unique(inv, scope):
    """post hook: nudge an invoice amount by cents until no other open item shares it (scope: customer|global)."""
    def clash():
        others = [i for i in INVOICES if i is not inv and i["currency"] == inv["currency"]
                  and (scope == "global" or i["customer_id"] == inv["customer_id"])]
        if any(i["balance"] == inv["balance"] for i in others):
            return True
        mine = [i for i in INVOICES if i is not inv and i["customer_id"] == inv["customer_id"]
                and i["currency"] == inv["currency"] and i["balance"] > 0]
        return any(x["balance"] + y["balance"] == inv["balance"]
                   for n, x in enumerate(mine) for y in mine[n + 1:])
    while clash():
        inv["total"] += Decimal("0.07")
        inv["balance"] += Decimal("0.07")


def sc_amount_only():
    c = pick(is_(country=("FR", "BE", "ES", "IT", "UK", "CH"), kind=("clinic", "pharmacy", "hospital"),
                 extra=lambda c: not c.get("split") and not (c["country"] == "FR" and c["public"])))
    inv = plan_inv(c, issue=issue_for(c))

    def step(sp, d):
        amt = BAL[inv["id"]]
        assert unique_single(c, amt, inv["currency"]), "amount_only not unique"
        p = pay(c, amt, ref=generic_ref(c), cid=True)
        return p, lab("applied", [A(inv, amt)], amt,
                      f"known customer, no invoice reference; {inv['number']} is its only open item with this exact amount")
    Spec("amount_only", [step], post=lambda sp: make_unique(inv, "customer"))


def name_hits(payer):
    return [c for c in CUSTOMERS if bankname(c["name"], len(payer)) == payer
            or bankname(c["name"], 70).startswith(payer)]


def sc_name_only():
    c = pick(is_(country=("FR", "ES", "IT", "BE"), kind=("clinic", "pharmacy"),
                 extra=lambda c: len(name_hits(bankname(c["name"], 35))) == 1))
    inv = plan_inv(c, issue=issue_for(c))

    def step(sp, d):
        amt = BAL[inv["id"]]
        payer = payer_name(c, 35)
        assert len(name_hits(payer)) == 1, payer
        assert unique_single(c, amt, inv["currency"])
        glob = [i for i in INVOICES if BAL[i["id"]] == amt and i["currency"] == inv["currency"]]
        assert len(glob) == 1
        p = pay(c, amt, ref=generic_ref(c), cid=False, payer=payer)
        return p, lab("applied", [A(inv, amt)], amt,
                      f"payer name identifies {c['name']} alone; {inv['number']} is the only open invoice with this amount")
    Spec("name_only", [step], post=lambda sp: make_unique(inv, "global"))


def sc_dgfip_single():
    c = pick(is_(country="FR", kind="hospital", public=True, extra=lambda c: c.get("city") in FR_CH))
    inv = plan_inv(c, issue=old_issue())

    def step(sp, d):
        amt = BAL[inv["id"]]
        assert unique_single(c, amt, "EUR")
        glob = [i for i in INVOICES if BAL[i["id"]] == amt and i["currency"] == "EUR"]
        assert len(glob) == 1
        mdt = rng.randint(1000, 19999)
        ref = f"{bankname(c['name'], 40)} MDT {inv['issue_date'].year} {mdt:06d} BORD {rng.randint(100, 999)}"
        assert len(name_hits(bankname(c["name"], 40))) == 1
        p = pay(c, amt, ref=ref, cid=False, payer=c["dgfip"])
        return p, lab("applied", [A(inv, amt)], amt,
                      f"DGFIP transfer naming {c['name']} (mandat {mdt:06d}, not an invoice number); "
                      f"{inv['number']} is its only open invoice with this amount")
    Spec("dgfip_single", [step], post=lambda sp: make_unique(inv, "global"))


def list_text(invs, c, style):
    """A reference listing several invoice numbers the way customers abbreviate them."""
    ser = invs[0]["series"]
    nums = [i["number"] for i in invs]
    if style == 0 or ser in ("BE", "EX"):
        return (" ".join(nums) if style % 2 == 0 else ", ".join(nums))
    if style == 1:
        # first in full, then only the changing tail
        if ser == "FR":
            return "FACT " + "/".join([nums[0]] + [str(i["seq"]) for i in invs[1:]])
        if ser == "ES":
            return "FRAS " + nums[0] + ", " + ", ".join(f"{i['seq']:05d}" for i in invs[1:])
        return "FATT. " + nums[0] + ", " + ", ".join(f"{i['seq']}/{yy(i)}" for i in invs[1:])
    if style == 2:
        return ", ".join(nums)
    if ser.startswith("IT"):
        return "FATTURE " + " - ".join(f"{i['seq']}/{yy(i)}" for i in invs)
    return ("FACTURES " if ser == "FR" else "FACTURAS ") + "+".join(str(i["seq"]) for i in invs)


def sc_multi_list(country):
    c = pick(is_(country=country))
    k = rng.choice([2, 2, 3, 3, 4, 5, 6, 8])
    invs = [plan_inv(c, issue=issue_for(c)) for _ in range(k)]
    style = rng.randrange(5)

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        amt = sum(BAL[i["id"]] for i in invs)
        st = STYLE[c["country"]]
        ref, rem = None, None
        if style == 4 or k > 4:
            hdr = {"FR": ["AVIS DE REGLEMENT", f"Emetteur : {c['name']}", "Facture          Date          Montant"],
                   "BE": ["BETALINGSADVIES / AVIS DE PAIEMENT", f"{c['name']}", "Factuur/Facture  Datum         Bedrag"],
                   "ES": ["AVISO DE PAGO", f"{c['name']}", "Factura          Fecha         Importe"],
                   "IT": ["AVVISO DI PAGAMENTO", f"{c['name']}", "Documento        Data          Importo"],
                   "CH": ["ZAHLUNGSAVIS", f"{c['name']}", "Rechnung         Datum         Betrag"],
                   "UK": ["REMITTANCE ADVICE", f"{c['name']}", "Invoice          Date          Amount"]}[c["country"]]
            rem = rem_table([(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs], c, header=hdr,
                            total=f"TOTAL {money(amt, st)} {c['currency']}")
            ref = rng.choice([generic_ref(c), f"{len(invs)} FACT", f"AVIS {rng.randint(10000, 99999)}"]) \
                if c["country"] in ("FR", "BE") else generic_ref(c)
        else:
            ref = list_text(invs, c, style)
        p = pay(c, amt, ref=ref, rem=rem)
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in invs], amt,
                      f"{len(invs)} invoices listed, amounts sum exactly to the payment")
    Spec("multi_list", [step])


def sc_range(country):
    c = pick(is_(country=country, kind=("hospital", "clinic", "public_body")))
    k = rng.randint(3, 7)
    day = issue_for(c)
    invs = [plan_inv(c, issue=day) for _ in range(k)]

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        lo, hi = invs[0], invs[-1]
        inrange = [i for i in open_of(c["id"], c["currency"]) if i["series"] == lo["series"]
                   and lo["seq"] <= i["seq"] <= hi["seq"] and i["issue_date"].year == lo["issue_date"].year]
        amt = sum(BAL[i["id"]] for i in inrange)
        ser = lo["series"]
        if ser == "FR":
            ref = rng.choice([f"FACT {lo['number']} A {hi['number']}", f"FACTURES {lo['seq']} A {hi['seq']}",
                              f"REGLT FA{yy(lo)}-{lo['seq']:06d} AU {hi['seq']:06d}"])
        elif ser == "ES":
            ref = rng.choice([f"FRAS {lo['number']} A {hi['number']}", f"FACTURAS DE LA {lo['seq']} A LA {hi['seq']}"])
        elif ser.startswith("IT"):
            ref = f"FATT. DA {lo['seq']}/{yy(lo)} A {hi['seq']}/{yy(hi)}"
        elif ser == "BE":
            ref = rng.choice([f"FACTUREN {lo['number']} T/M {hi['number']}", f"FACTURES {lo['number']} A {hi['number']}"])
        else:
            ref = f"INVOICES {lo['number']} TO {hi['number']}"
        p = pay(c, amt, ref=ref)
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in inrange], amt,
                      f"range {lo['number']}..{hi['number']} covers {len(inrange)} open invoices of the customer; sum matches")
    Spec("range", [step])


def dgfip_remittance(c, invs, d, amounts=None, extra_lines=None, mandats=None):
    st = "fr"
    rows = []
    for idx, i in enumerate(invs):
        a = amounts[idx] if amounts else BAL[i["id"]]
        num = i["number"]
        rows.append((num, i["issue_date"], a) + ((mandats[idx],) if mandats else ()))
    tot = sum((r[2] for r in rows), Decimal("0"))
    bord = rng.randint(100, 2999)
    hdr = ["DIRECTION GENERALE DES FINANCES PUBLIQUES", "AVIS DE PAIEMENT - VIREMENT SEPA",
           f"Comptable assignataire : {c['dgfip']}", f"Ordonnateur : {c['name']}",
           f"Beneficiaire : {OUR['FR']}", f"Date de paiement : {dmy(d)}", f"Bordereau n {bord:06d} - exercice {d.year}",
           "Ref. facture     Date facture     Montant TTC" + ("   Mandat" if mandats else "")]
    lines = []
    for r in rows:
        line = f"{r[0]:<16} {dmy(r[1]):<11} {money(r[2], st):>14}"
        if mandats:
            line += f"   {r[3]}"
        lines.append(line)
    out = hdr + lines + (extra_lines or []) + [f"Montant total vire : {money(tot if not extra_lines else tot, st)} EUR"]
    return "\n".join(out), bord


def sc_mandat_lump():
    c = pick(is_(country="FR", kind="hospital", public=True))
    k = rng.randint(10, 26)
    invs = [plan_inv(c, issue=old_issue(date(2024, 10, 1), date(2025, 9, 15))) for _ in range(k)]

    def step(sp, d):
        invs.sort(key=lambda i: (i["issue_date"].year, i["seq"]))
        amt = sum(BAL[i["id"]] for i in invs)
        mand = None
        if rng.random() < 0.5:
            base = rng.randint(1000, 25000)
            mand = [f"{d.year - 1}-{base + j * rng.randint(1, 3):06d}" for j in range(len(invs))]
        rem, bord = dgfip_remittance(c, invs, d, mandats=mand)
        ref = f"BORD {bord:06d} {bankname(c['name'], 30)} {len(invs)} MANDATS"
        p = pay(c, amt, ref=ref, rem=rem, cid=False, payer=c["dgfip"])
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in invs], amt,
                      f"mandat administratif lump: {len(invs)} invoices listed on the DGFIP advice, total matches")
    Spec("mandat_lump", [step])


ES_PAYER = {"SERVICIO ANDALUZ DE SALUD": "JUNTA DE ANDALUCIA TESORERIA GRAL",
            "SERVICIO MADRILEÑO DE SALUD": "COMUNIDAD DE MADRID TESORERIA",
            "SERVICIO GALLEGO DE SALUD": "XUNTA DE GALICIA TESOURERIA",
            "OSAKIDETZA SERVICIO VASCO DE SALUD": "OSAKIDETZA",
            "INSTITUT CATALÀ DE LA SALUT": "INSTITUT CATALA DE LA SALUT",
            "SERVICIO CANARIO DE LA SALUD": "TESORERIA GOB. CANARIAS",
            "SERVICIO MURCIANO DE SALUD": "SERVICIO MURCIANO DE SALUD",
            "SERVICIO DE SALUD DE CASTILLA-LA MANCHA": "SESCAM",
            "SERVICIO DE SALUD DE CASTILLA Y LEÓN": "GERENCIA REGIONAL DE SALUD CYL",
            "SERVICIO EXTREMEÑO DE SALUD": "SERVICIO EXTREMENO DE SALUD"}
ES_HOSP_SAS = ["H.U. VIRGEN DEL ROCIO", "H.U. VIRGEN MACARENA", "H.U. REINA SOFIA", "H.U. PUERTA DEL MAR",
               "H.U. TORRECARDENAS", "H.U. SAN CECILIO", "H. COSTA DEL SOL"]


def es_public_rem(c, invs, d, lines=None):
    st = "es"
    doc = f"OP {d.year}/{rng.randint(10000, 999999):06d}"
    hdr = [f"{c['name']} - COMUNICACION DE PAGO", f"Documento contable: {doc}",
           f"Acreedor: {OUR['ES']} - CIF B84512307", f"Fecha de pago: {dmy(d)}",
           "Factura          Fecha         Importe     Centro"]
    body = []
    for i in invs:
        body.append(f"{i['number']:<16} {dmy(i['issue_date']):<11} {money(BAL[i['id']], st):>12}     "
                    f"{rng.choice(ES_HOSP_SAS) if c['name'].startswith('SERVICIO ANDALUZ') else 'SERVICIOS CENTRALES'}")
    tot = sum(BAL[i["id"]] for i in invs)
    return "\n".join(hdr + body + (lines or []) + [f"Total pagado: {money(tot, st)} EUR"]), doc


def sc_es_public_lump():
    c = pick(is_(country="ES", kind="public_body"))
    k = rng.randint(5, 18)
    invs = [plan_inv(c, issue=old_issue(date(2025, 1, 10), date(2025, 10, 1))) for _ in range(k)]

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        amt = sum(BAL[i["id"]] for i in invs)
        rem, doc = es_public_rem(c, invs, d)
        p = pay(c, amt, ref=f"{doc} PAGO PROVEEDORES {bankname(c['name'], 20)}", rem=rem, cid=False,
                payer=ES_PAYER[c["name"]])
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in invs], amt,
                      f"regional treasury lump for {c['name']}: {len(invs)} invoices listed, total matches")
    Spec("es_public_lump", [step])


def sc_nhs():
    c = pick(is_(country="UK", public=True))
    k = rng.randint(2, 9)
    invs = [plan_inv(c, issue=recent_issue(date(2025, 7, 1), date(2025, 12, 1))) for _ in range(k)]

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        amt = sum(BAL[i["id"]] for i in invs)
        pr = f"SBS{rng.randint(1000000, 9999999)}"
        rem = rem_table([(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs], c,
                        header=["NHS SHARED BUSINESS SERVICES - REMITTANCE ADVICE", f"Paying organisation: {c['name']}",
                                "Supplier number: 41872", f"Payment reference: {pr}",
                                "Invoice No       Invoice Date       Amount"],
                        total=f"Total payment: GBP {money(amt, 'en')}")
        p = pay(c, amt, ref=pr, rem=rem, cid=False, payer="NHS SHARED BUSINESS SERVICES LT")
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in invs], amt,
                      f"NHS SBS remittance lists {len(invs)} invoices of {c['name']}; total matches")
    Spec("nhs_sbs", [step])


def cn_label(ser):
    return {"FR-AV": "Avoir", "BE-NC": "Note de credit", "ES-AB": "Abono", "IT-NC": "Nota di credito",
            "EX-CN": "Credit note"}[ser]


def sc_lump_with_avoir(country):
    c = pick(is_(country=country, kind=("hospital", "clinic", "public_body")))
    k = rng.randint(2, 12)
    invs = [plan_inv(c, issue=issue_for(c)) for _ in range(k)]
    cnote = plan_inv(c, credit=True, net=rand_net(c, 80, 900), issue=recent_issue(date(2025, 9, 1), date(2025, 12, 20)))

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        amt = sum(BAL[i["id"]] for i in invs) + BAL[cnote["id"]]
        assert amt > 0
        st = STYLE[c["country"]]
        rows = [(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs] + \
               [(cnote["number"], cnote["issue_date"], BAL[cnote["id"]], cn_label(cnote["series"]))]
        if c["country"] == "FR" and c["public"]:
            rem, bord = dgfip_remittance(c, invs + [cnote], d)
            ref = f"BORD {bord:06d} {bankname(c['name'], 30)}"
        else:
            hdr = {"FR": ["AVIS DE PAIEMENT", c["name"], "Piece            Date          Montant"],
                   "BE": ["AVIS DE PAIEMENT / BETALINGSBERICHT", c["name"], "Document         Date          Montant"],
                   "ES": ["RELACION DE FACTURAS PAGADAS", c["name"], "Documento        Fecha         Importe"],
                   "IT": ["DISTINTA DI PAGAMENTO", c["name"], "Documento        Data          Importo"]}[c["country"]]
            rem = rem_table(rows, c, header=hdr, total=f"NETO / NET {money(amt, st)} EUR")
            ref = generic_ref(c) or "PAIEMENT"
        p = pay(c, amt, ref=ref, rem=rem)
        apps = [A(i, BAL[i["id"]]) for i in invs] + [A(cnote, BAL[cnote["id"]])]
        return p, lab("applied", apps, amt,
                      f"{len(invs)} invoices less credit note {cnote['number']} ({s(BAL[cnote['id']])}), net matches")
    Spec("lump_with_avoir", [step])


AV_FAKE = {"FR": lambda: f"AV25-{rng.randint(1, 39):06d}", "BE": lambda: f"NC25-{rng.randint(1, 9):04d}",
           "ES": lambda: f"AB25/{rng.randint(1, 19):05d}", "IT": lambda: f"NC {rng.randint(900, 990)}/25"}


def sc_avoir_imputed():
    c = pick(is_(country=("FR", "BE", "ES", "IT"), kind=("clinic", "pharmacy", "hospital"), public=False))
    g = rand_net(c, 900, 9000) * (1 + VAT[c["country"]])
    cn_amt = q(g * Decimal(rng.choice(["0.05", "0.10", "0.125", "0.2"])))
    inv = plan_inv(c, gross=g, issue=issue_for(c))
    inv["balance"] = q(inv["total"] - cn_amt)
    avno = AV_FAKE[c["country"]]()

    def step(sp, d):
        amt = BAL[inv["id"]]
        st = STYLE[c["country"]]
        w = {"FR": ("Facture", "Avoir", "Net a payer"), "BE": ("Facture", "Note de credit", "Net"),
             "ES": ("Factura", "Abono", "Neto"), "IT": ("Fattura", "Nota di credito", "Netto")}[c["country"]]
        rem = (f"{w[0]} {inv['number']}  {money(inv['total'], st)}\n{w[1]} {avno}  -{money(cn_amt, st)}\n"
               f"{w[2]}  {money(amt, st)}")
        p = pay(c, amt, ref=f"{inv['number']} / {avno}", rem=rem)
        return p, lab("applied", [A(inv, amt)], amt,
                      f"{inv['number']} net of {avno}, which is already offset in the ledger (balance {s(amt)})")
    Spec("avoir_imputed", [step])


IT_OP = lambda: f"{rng.randint(100, 19999)}"


def split_lines(invs, st="it"):
    lines = []
    for i in invs:
        iva = q(i["total"] - BAL[i["id"]])
        lines.append(f"Fattura {i['number']} del {dmy(i['issue_date'])} - totale documento {money(i['total'], st)}"
                     f" - IVA {money(iva, st)} (scissione pagamenti) - netto {money(BAL[i['id']], st)}")
    return lines


def sc_split_net():
    c = pick(is_(country="IT", public=True))
    k = rng.choice([1, 1, 2, 3, 4, 6])
    invs = [plan_inv(c, issue=old_issue(date(2025, 2, 1), date(2025, 10, 1))) for _ in range(k)]

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        amt = sum(BAL[i["id"]] for i in invs)
        op = IT_OP()
        gross = sum(i["total"] for i in invs)
        rem = "\n".join([f"ORDINATIVO DI PAGAMENTO N. {op} DEL {dmy(d - timedelta(2))} - SIOPE+",
                         f"Ente: {c['name']}", f"Beneficiario: {OUR['IT']}"] + split_lines(invs) +
                        [f"Totale documenti {money(gross, 'it')} - IVA versata all'Erario ex art. 17-ter DPR 633/72 "
                         f"{money(gross - amt, 'it')}", f"Importo bonifico: {money(amt, 'it')} EUR",
                         f"CIG {rng.choice('ZY')}{rng.randrange(16 ** 9):09X}"])
        ref = f"MANDATO N. {op} " + (f"FATT. {invs[0]['number']}" if k == 1 else f"PAGAMENTO {k} FATTURE") + " SPLIT PAYMENT"
        p = pay(c, amt, ref=ref, rem=rem)
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in invs], amt,
                      "Italian split payment: net (taxable) amounts paid, IVA paid to the State; balances are booked net")
    Spec("split_net", [step])


CONF_BANKS = ["BANCO SANTANDER SA CONFIRMING", "BBVA CONFIRMING", "CAIXABANK CONFIRMING",
              "BANCO SABADELL CONFIRMING", "BANKINTER CONFIRMING", "IBERCAJA CONFIRMING"]
NIF = {}


def nif(c):
    if c["id"] not in NIF:
        NIF[c["id"]] = rng.choice("AB") + f"{rng.randint(10000000, 99999999)}"
    return NIF[c["id"]]


def sc_confirming():
    c = pick(is_(country="ES", extra=lambda c: c.get("confirming")))
    k = rng.choice([1, 1, 2, 3, 4, 5])
    invs = [plan_inv(c, issue=recent_issue(date(2025, 6, 1), date(2025, 11, 15))) for _ in range(k)]
    bank = rng.choice(CONF_BANKS)

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        amt = sum(BAL[i["id"]] for i in invs)
        rem = rem_table([(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs], c,
                        header=[f"{bank} - COMUNICACION DE PAGO", f"Ordenante: {c['name']} NIF {nif(c)}",
                                f"Proveedor: {OUR['ES']}", f"Fecha vencimiento: {dmy(d)}",
                                "N. factura       Fecha         Importe"],
                        total=f"Importe total: {money(amt, 'es')} EUR")
        ref = f"CONFIRMING {bankname(c['name'], 22)} {rng.randint(10 ** 6, 10 ** 7 - 1)}"
        p = pay(c, amt, ref=ref, rem=rem, cid=False, payer=bank[:35])
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in invs], amt,
                      f"confirming bank pays on behalf of {c['name']}; listed invoices match exactly")
    Spec("confirming", [step])


def sc_pay_all():
    c = pick(is_(country=("FR", "BE", "ES", "IT"), kind=("pharmacy", "clinic"), public=False), exclusive=True)
    k = rng.randint(3, 6)
    invs = [plan_inv(c, issue=recent_issue()) for _ in range(k)]

    def step(sp, d):
        op = open_of(c["id"], c["currency"])
        assert set(i["id"] for i in op) == set(i["id"] for i in invs)
        amt = sum(BAL[i["id"]] for i in op)
        ref = {"FR": "REGLEMENT RELEVE DE COMPTE AU 31/12/2025", "BE": "SOLDE RELEVE 31/12/2025",
               "ES": "SALDO EXTRACTO A 31/12/2025", "IT": "SALDO ESTRATTO CONTO AL 31/12/2025"}[c["country"]]
        p = pay(c, amt, ref=ref, cid=True)
        return p, lab("applied", [A(i, BAL[i["id"]]) for i in sorted(op, key=lambda i: i["seq"])], amt,
                      f"statement payment equal to the customer's whole open balance ({len(op)} invoices)")
    Spec("pay_all", [step])


def sc_trap_po():
    c = pick(is_(country=("FR", "ES", "IT", "UK", "BE"), kind=("hospital", "clinic", "public_body")))
    t = plan_inv(c, issue=issue_for(c))
    dcy = plan_inv(c, issue=issue_for(c))

    def step(sp, d):
        amt = BAL[t["id"]]
        ser = t["series"]
        if ser == "FR":
            ref = rng.choice([f"CDE {dcy['seq']:06d} FACT {t['number']}", f"BC N {dcy['seq']} - FACTURE {t['number']}"])
        elif ser == "ES":
            ref = f"PEDIDO {dcy['seq']:05d} FRA {t['number']}"
        elif ser.startswith("IT"):
            ref = f"ORDINE N. {dcy['seq']}/{yy(dcy)} SALDO FATT. {t['seq']}/{yy(t)} DEL {dmy(t['issue_date'])}"
        elif ser == "BE":
            ref = f"BON DE COMMANDE {dcy['number']} FACTURE {t['number']}"
        else:
            ref = f"PO {dcy['number'][-5:]} INV {t['number']}"
        p = pay(c, amt, ref=ref)
        return p, lab("applied", [A(t, amt)], amt,
                      f"the order number in the reference looks like invoice {dcy['number']}; the invoice named is "
                      f"{t['number']} and its balance matches")
    Spec("trap_po", [step])


def sc_trap_amount_number():
    c = pick(is_(country=("FR", "ES"), kind=("hospital", "clinic"), public=False))
    a = plan_inv(c, issue=issue_for(c))
    b = plan_inv(c, issue=issue_for(c))

    def post(sp):
        v = Decimal(b["seq"]).quantize(C2)
        a["total"] = v
        a["balance"] = v

    def step(sp, d):
        amt = BAL[a["id"]]
        if c["country"] == "FR":
            ref = f"FACT {a['seq']} MONTANT {str(amt).replace('.', ',')} EUR"
        else:
            ref = f"FRA {a['seq']} IMPORTE {str(amt).replace('.', ',')}"
        p = pay(c, amt, ref=ref)
        return p, lab("applied", [A(a, amt)], amt,
                      f"the amount {s(amt)} written in the reference looks like invoice {b['number']}; "
                      f"the invoice is {a['number']} and it matches")
    Spec("trap_amount_number", [step], post=post)


def sc_trap_it_series():
    holder = {}

    def post(sp):
        fpa = {(i["seq"], yy(i)): i for i in INVOICES if i["series"] == "IT-PA" and i["id"] not in RESERVED}
        ft = {(i["seq"], yy(i)): i for i in INVOICES if i["series"] == "IT" and i["id"] not in RESERVED}
        keys = sorted(set(fpa) & set(ft))
        keys = [k for k in keys if k not in USED_IT_KEYS]
        k = rng.choice(keys)
        USED_IT_KEYS.add(k)
        holder["t"], holder["o"] = fpa[k], ft[k]
        RESERVED.add(fpa[k]["id"])
        RESERVED.add(ft[k]["id"])

    def step(sp, d):
        t = holder["t"]
        c = CUST[t["customer_id"]]
        amt = BAL[t["id"]]
        ref = f"PAGAMENTO FATTURA N. {t['seq']}/{yy(t)} DEL {dmy(t['issue_date'])}"
        p = pay(c, amt, ref=ref)
        return p, lab("applied", [A(t, amt)], amt,
                      f"{t['seq']}/{yy(t)} exists in two series; {t['number']} is this public body's invoice, same date, "
                      f"and its net balance matches (not {holder['o']['number']} of {holder['o']['customer_name']})")
    Spec("trap_it_series", [step], post=post)


USED_IT_KEYS = set()


# ================================================================ stage 2c: scenarios -- partial

PART_WORDS = {"FR": ["ACOMPTE 1/3 {n}", "ACOMPTE SUR FACTURE {n}", "REGLEMENT PARTIEL FACT {n}", "1ER VERSEMENT {n} ECHEANCIER"],
              "BE": ["ACOMPTE FACTURE {n}", "GEDEELTELIJKE BETALING FACTUUR {n}", "VOORSCHOT {n}"],
              "ES": ["PAGO PARCIAL FRA {n}", "PAGO A CUENTA FACTURA {n}", "1 PLAZO FRA {n}"],
              "IT": ["ACCONTO FATT. {n}", "PRIMO ACCONTO FATTURA {n}", "PAGAMENTO PARZIALE {n}"],
              "UK": ["PART PAYMENT INV {n}", "PAYMENT ON ACCOUNT 1 OF 3 {n}", "INSTALMENT 1 {n}"],
              "CH": ["Teilzahlung Rechnung {n}", "Acompte facture {n}"]}
REST_WORDS = {"FR": "SOLDE FACT {n}", "BE": "SALDO FACTUUR {n}", "ES": "RESTO FRA {n}", "IT": "SALDO FATT. {n}",
              "UK": "BALANCE INV {n}", "CH": "Restzahlung Rechnung {n}"}


def part_amount(bal):
    f = Decimal(rng.choice(["0.25", "0.30", "1", "0.50", "0.40"]))
    if f == 1:
        # a round sum on account
        v = (bal / 3).quantize(Decimal("100")) or Decimal("100")
        return q(min(v, bal - 1))
    return q(bal * f)


def sc_part_payment(two_step=False, then_full=False):
    c = pick(is_(country=("FR", "BE", "ES", "IT", "UK", "CH"), kind=("clinic", "pharmacy", "hospital"), public=False))
    inv = plan_inv(c, issue=issue_for(c), net=rand_net(c, 2000, 30000) if c["kind"] != "pharmacy" else None)

    def step1(sp, d):
        bal = BAL[inv["id"]]
        amt = part_amount(bal)
        sp.shared["orig"] = bal
        ref = rng.choice(PART_WORDS[c["country"]]).format(n=inv["number"])
        p = pay(c, amt, ref=ref)
        return p, lab("partial", [A(inv, amt)], amt,
                      f"declared part payment of {inv['number']}; the rest stays open (no deduction)")

    def step2(sp, d):
        bal = BAL[inv["id"]]
        ref = REST_WORDS[c["country"]].format(n=inv["number"])
        p = pay(c, bal, ref=ref)
        return p, lab("applied", [A(inv, bal)], bal,
                      f"pays the balance left on {inv['number']} after the earlier part payment")

    def step2_full(sp, d):
        bal = BAL[inv["id"]]
        amt = sp.shared["orig"]
        p = pay(c, amt, ref=ref_text(inv, c))
        return p, lab("unapplied", [A(inv, bal)], amt,
                      f"pays the original amount of {inv['number']} although part of it was already paid earlier; "
                      f"remainder {s(amt - bal)} held as unapplied cash")
    if then_full:
        Spec("part_then_full", [step1, step2_full])
    elif two_step:
        Spec("part_then_rest", [step1, step2])
    else:
        Spec("part_payment", [step1])


SHORT_REASONS = {
    "FR_pub": [("PENALITES DE RETARD DE LIVRAISON CCAP ART 14", "0.03"), ("REFACTION LOT NON CONFORME", "0.10"),
               ("RETENUE PENALITES RETARD", "0.015")],
    "FR": [("ESCOMPTE 2% DEDUIT", "0.02"), ("RETOUR MARCHANDISE BL {bl}", "0.12"), ("REMISE 3% NON APPLIQUEE", "0.03")],
    "BE": [("REMISE CONTRACTUELLE 3%", "0.03"), ("BESCHADIGDE GOEDEREN LEVERING {bl}", "0.08"),
           ("PRODUITS PERIMES RETOURNES", "0.06")],
    "ES": [("DTO. PRONTO PAGO 2%", "0.02"), ("DIFERENCIA PRECIO S/ CONTRATO", "0.05"),
           ("DEVOLUCION MATERIAL CADUCADO ALBARAN {bl}", "0.09")],
    "IT": [("PENALE PER RITARDATA CONSEGNA", "0.02"), ("STORNO MERCE NON CONFORME DDT {bl}", "0.07"),
           ("DIFFERENZA PREZZO LISTINO GARA", "0.04")],
    "UK": [("LESS DAMAGED GOODS CLAIM", "0.05"), ("SHORT DELIVERY 2 BOXES DEDUCTED", "0.04")],
    "CH": [("Abzug Skonto 2%", "0.02"), ("Abzug beschaedigte Ware", "0.06")],
}


def sc_short_reason(multi=False):
    c = pick(is_(country=("FR", "BE", "ES", "IT", "UK", "CH"), kind=("hospital", "clinic", "pharmacy", "public_body")))
    invs = [plan_inv(c, issue=issue_for(c)) for _ in range(3 if multi else 1)]
    key = "FR_pub" if (c["country"] == "FR" and c["public"]) else c["country"]
    rs, pct = rng.choice(SHORT_REASONS[key])
    reason_txt = rs.format(bl=rng.randint(40000, 89999))

    def step(sp, d):
        invs.sort(key=lambda i: i["seq"])
        target = invs[-1] if multi else invs[0]
        bal = BAL[target["id"]]
        ded = q(bal * Decimal(pct))
        st = STYLE[c["country"]]
        paid_t = bal - ded
        amt = sum(BAL[i["id"]] for i in invs) - ded
        if multi:
            rows = [(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs if i is not target]
            rows.append((target["number"], target["issue_date"], paid_t,
                         f"({money(bal, st)} - {money(ded, st)} {reason_txt})"))
            if c["country"] == "FR" and c["public"]:
                rem, bord = dgfip_remittance(c, invs, d, amounts=[BAL[i["id"]] if i is not target else paid_t for i in invs],
                                             extra_lines=[f"Retenue sur {target['number']} : {money(ded, 'fr')} - {reason_txt}"])
                ref = f"BORD {bord:06d} {bankname(c['name'], 30)}"
            else:
                rem = rem_table(rows, c, header=[ADVICE[c["country"]], c["name"]], total=f"TOTAL {money(amt, st)}")
                ref = generic_ref(c) or "PAYMENT"
        else:
            ref = f"{target['number']} {reason_txt}"[:140]
            rem = rng.choice([None, f"{target['number']} {money(bal, st)} - {reason_txt} {money(ded, st)} = {money(paid_t, st)}"])
        p = pay(c, amt, ref=ref, rem=rem)
        apps = [A(i, BAL[i["id"]]) for i in invs if i is not target] + [A(target, paid_t)]
        return p, lab("partial", apps, amt, f"short pay on {target['number']}: {reason_txt}",
                      short=short(target, ded, reason_txt))
    Spec("short_pay_multi" if multi else "short_pay", [step])


def sc_short_unexplained():
    c = pick(is_(country=("UK", "CH", "FR", "ES"), kind=("clinic", "hospital"), public=False))
    inv = plan_inv(c, issue=issue_for(c))
    fee = Decimal(rng.choice(["10.00", "12.50", "15.00", "20.00", "25.00"]))

    def step(sp, d):
        bal = BAL[inv["id"]]
        amt = bal - fee
        p = pay(c, amt, ref=ref_text(inv, c))
        why = f"unexplained shortfall of {s(fee)} (looks like bank charges)"
        return p, lab("partial", [A(inv, amt)], amt, f"reference {inv['number']}, paid {s(fee)} short without a reason",
                      short=short(inv, fee, why))
    Spec("short_unexplained", [step])


def sc_split_gross():
    c = pick(is_(country="IT", public=True))
    inv = plan_inv(c, issue=old_issue(date(2025, 3, 1), date(2025, 9, 1)), split_booked_gross=True)

    def step(sp, d):
        bal = BAL[inv["id"]]
        net = q(inv["total"] / (1 + VAT["IT"]))
        iva = bal - net
        op = IT_OP()
        rem = "\n".join([f"ORDINATIVO N. {op} - {c['name']}"] + [
            f"Fattura {inv['number']} del {dmy(inv['issue_date'])} totale {money(inv['total'], 'it')} - IVA "
            f"{money(iva, 'it')} trattenuta e versata all'Erario (split payment art. 17-ter) - netto {money(net, 'it')}"])
        p = pay(c, net, ref=f"MANDATO {op} {inv['number']} SPLIT PAYMENT", rem=rem)
        why = "IVA withheld under split payment (art. 17-ter) but the invoice is booked gross"
        return p, lab("partial", [A(inv, net)], net, f"{inv['number']} paid net of IVA; ledger balance still includes the IVA",
                      short=short(inv, iva, why))
    Spec("split_gross", [step])


def sc_lump_short():
    c = pick(is_(country="FR", kind="hospital", public=True))
    k = rng.randint(8, 25)
    invs = [plan_inv(c, issue=old_issue()) for _ in range(k)]
    rs = rng.choice(["Penalites de retard art. 14.1 CCAP", "Refaction produit non conforme",
                     "Penalites de retard de livraison"])

    def step(sp, d):
        invs.sort(key=lambda i: (i["issue_date"].year, i["seq"]))
        target = invs[rng.randrange(len(invs))]
        bal = BAL[target["id"]]
        ded = q(max(Decimal("15.00"), bal * Decimal("0.02")))
        if ded >= bal:
            ded = q(bal / 10)
        amts = [BAL[i["id"]] if i is not target else bal - ded for i in invs]
        rem, bord = dgfip_remittance(c, invs, d, amounts=amts,
                                     extra_lines=[f"Precompte sur {target['number']} : {money(ded, 'fr')} - {rs}"])
        amt = sum(amts)
        p = pay(c, amt, ref=f"BORD {bord:06d} {bankname(c['name'], 30)}", rem=rem, cid=False, payer=c["dgfip"])
        apps = [A(i, a) for i, a in zip(invs, amts)]
        return p, lab("partial", apps, amt, f"mandat lump of {len(invs)} invoices with a deduction on {target['number']}",
                      short=short(target, ded, rs))
    Spec("lump_short", [step])


# ================================================================ stage 2d: scenarios -- unapplied

def sc_overpay(kind):
    if kind == "split_gross_paid":
        c = pick(is_(country="IT", public=True))
    else:
        c = pick(is_(country=("FR", "BE", "ES", "IT", "UK", "CH"), kind=("clinic", "pharmacy", "hospital"), public=False))
    inv = plan_inv(c, issue=issue_for(c))
    if kind == "ignored_credit":
        cn_amt = q(inv["total"] * Decimal("0.1"))
        inv["balance"] = inv["total"] - cn_amt

    def step(sp, d):
        bal = BAL[inv["id"]]
        st = STYLE[c["country"]]
        if kind == "ignored_credit":
            amt = inv["total"]
            ref = ref_text(inv, c)
            why = f"paid the full invoice total of {inv['number']} although a credit note already reduced it to {s(bal)}"
        elif kind == "extra":
            amt = bal + Decimal(rng.choice(["50.00", "100.00", "0.90", "250.00", "9.00"]))
            ref = ref_text(inv, c)
            why = f"reference {inv['number']}; payment exceeds its balance"
        elif kind == "twice":
            amt = bal * 2
            ref = None
            rows = [(inv["number"], inv["issue_date"], bal), (inv["number"], inv["issue_date"], bal)]
            sp.shared["rem"] = rem_table(rows, c, header=[ADVICE[c["country"]], c["name"]],
                                         total=f"TOTAL {money(amt, st)}")
            why = f"{inv['number']} listed twice on the same advice"
        else:  # split_gross_paid: public body paid the IVA too although balance is net
            amt = inv["total"]
            ref = f"PAGAMENTO FATTURA {inv['number']} DEL {dmy(inv['issue_date'])}"
            why = f"paid the gross total of {inv['number']} (IVA included) but the receivable is booked net under split payment"
        p = pay(c, amt, ref=ref, rem=sp.shared.get("rem"))
        return p, lab("unapplied", [A(inv, bal)], amt, why + f"; {s(amt - bal)} held as unapplied cash")
    Spec("overpay", [step])


def sc_duplicate():
    c = pick(is_(country=("FR", "BE", "ES", "IT", "UK", "CH"), kind=("clinic", "pharmacy", "hospital", "public_body")))
    inv = plan_inv(c, issue=issue_for(c))

    def step1(sp, d):
        amt = BAL[inv["id"]]
        sp.shared["amt"] = amt
        sp.shared["k"] = rng.randrange(8)
        p = pay(c, amt, ref=ref_text(inv, c, sp.shared["k"]), cid=True)
        return p, lab("applied", [A(inv, amt)], amt, f"reference {inv['number']} and exact balance")

    def step2(sp, d):
        amt = sp.shared["amt"]
        assert not [i for i in open_of(c["id"], c["currency"]) if BAL[i["id"]] == amt]
        p = pay(c, amt, ref=ref_text(inv, c, sp.shared["k"] + rng.choice([0, 1])), cid=True)
        return p, lab("unapplied", [], amt,
                      f"second payment of {inv['number']}, which an earlier payment in this file already cleared; held on account")
    Spec("duplicate_payment", [step1, step2])


def subset_sums(invs, amt, maxk=3):
    from itertools import combinations
    vals = [i for i in invs if BAL[i["id"]] > 0]
    for k in range(1, maxk + 1):
        for combo in combinations(vals, k):
            if sum(BAL[i["id"]] for i in combo) == amt:
                return True
    return False


def sc_known_nofit(kind):
    c = pick(is_(country=("FR", "BE", "ES", "IT"), kind=("pharmacy", "clinic"), public=False))
    inv = plan_inv(c, issue=issue_for(c))  # an open invoice that does not fit

    def step(sp, d):
        cur = c["currency"]
        if kind == "prepay":
            amt = q(Decimal(rng.randint(3, 60) * 50))
            ref = {"FR": f"ACOMPTE COMMANDE {rng.randint(2600100, 2600999)}", "BE": f"VOORSCHOT BESTELLING {rng.randint(5000, 9999)}",
                   "ES": f"ANTICIPO PEDIDO {rng.randint(1000, 9999)}", "IT": f"ANTICIPO ORDINE {rng.randint(100, 999)}/26"}[c["country"]]
            why = "known customer, prepayment for an order; fits no open invoice"
        else:
            amt = q(BAL[inv["id"]] * Decimal("0.83") + Decimal(rng.randint(1, 99)))
            fake = {"FR": f"FA25-{rng.randint(100, 299):06d}", "BE": f"25{rng.randint(1, 119):05d}",
                    "ES": f"FV25/{rng.randint(1, 199):05d}", "IT": f"FT {rng.randint(2500, 2600)}/24"}[c["country"]]
            ref = {"FR": f"FACT {fake}", "BE": f"FACTURE {fake}", "ES": f"PAGO FRA {fake}",
                   "IT": f"SALDO FATT. {fake[3:]}"}[c["country"]]
            why = f"known customer pays {fake}, which is not an open invoice (already settled before this ledger); amount fits nothing open"
        assert not subset_sums(open_of(c["id"], cur), amt)
        p = pay(c, amt, ref=ref, cid=True)
        return p, lab("unapplied", [], amt, why)
    Spec("known_nofit", [step])


def sc_wrong_currency():
    c = pick(is_(country="CH"))
    inv = plan_inv(c, issue=issue_for(c), currency="EUR")

    def step(sp, d):
        bal = BAL[inv["id"]]
        assert not subset_sums(open_of(c["id"], "CHF"), bal)
        p = pay(c, bal, ref=f"Rechnung {inv['number']}", cid=True, currency="CHF")
        return p, lab("unapplied", [], bal,
                      f"CHF payment naming {inv['number']}, which is a EUR invoice; never apply across currencies, "
                      f"no CHF invoice fits, hold on account")
    Spec("wrong_currency", [step])


def sc_wrong_currency_uk():
    c = pick(is_(country="UK", public=False))
    inv = plan_inv(c, issue=issue_for(c))

    def step(sp, d):
        bal = BAL[inv["id"]]
        assert not open_of(c["id"], "EUR")
        p = pay(c, bal, ref=f"INV {inv['number']}", cid=True, currency="EUR")
        return p, lab("unapplied", [], bal,
                      f"EUR payment naming GBP invoice {inv['number']}; never apply across currencies, the customer has no EUR invoice")
    Spec("wrong_currency", [step])


def sc_lump_with_paid():
    c = pick(is_(country="FR", kind="hospital", public=True))
    k = rng.randint(8, 18)
    invs = [plan_inv(c, issue=old_issue()) for _ in range(k)]

    def step1(sp, d):
        invs.sort(key=lambda i: (i["issue_date"].year, i["seq"]))
        x = invs[rng.randrange(len(invs))]
        sp.shared["x"] = x
        sp.shared["xamt"] = BAL[x["id"]]
        amt = BAL[x["id"]]
        p = pay(c, amt, ref=f"{bankname(c['name'], 30)} FACT {x['number']}", cid=False, payer=c["dgfip"])
        return p, lab("applied", [A(x, amt)], amt, f"DGFIP payment naming {x['number']}; exact balance")

    def step2(sp, d):
        x = sp.shared["x"]
        amts = [BAL[i["id"]] if i is not x else sp.shared["xamt"] for i in invs]
        rem, bord = dgfip_remittance(c, invs, d, amounts=amts)
        amt = sum(amts)
        p = pay(c, amt, ref=f"BORD {bord:06d} {bankname(c['name'], 30)}", rem=rem, cid=False, payer=c["dgfip"])
        apps = [A(i, BAL[i["id"]]) for i in invs if i is not x]
        return p, lab("unapplied", apps, amt,
                      f"lump lists {x['number']} again although an earlier payment cleared it; the other {len(apps)} "
                      f"invoices are applied and {s(sp.shared['xamt'])} is held as unapplied cash")
    Spec("lump_with_paid", [step1, step2])


# ================================================================ stage 2e: scenarios -- review

def by_due(invs):
    return sorted(invs, key=lambda i: (i["due_date"], i["seq"]))


def sc_twins():
    c = pick(is_(country=("FR", "BE", "ES", "IT", "UK", "CH"), kind=("clinic", "pharmacy", "hospital", "public_body")))
    # a standard kit price: two invoices with the same amount
    g = q(Decimal(rng.choice([189, 240, 312, 455, 980, 1250, 1480, 2400, 3150, 4620])) * (1 + VAT[c["country"]]))
    a = plan_inv(c, gross=g, issue=issue_for(c))
    b = plan_inv(c, gross=g, issue=issue_for(c))

    def step(sp, d):
        amt = BAL[a["id"]]
        assert BAL[b["id"]] == amt
        hits = [i for i in open_of(c["id"], c["currency"]) if BAL[i["id"]] == amt]
        p = pay(c, amt, ref=generic_ref(c) if c["country"] != "FR" or not c["public"] else
                f"{bankname(c['name'], 40)} MDT {rng.randint(1000, 9999)}",
                payer=c.get("dgfip"), cid=(not (c["country"] == "FR" and c["public"])))
        return p, lab("review", [], amt, f"{len(hits)} open invoices of the customer have exactly this amount and nothing says which",
                      cands=cand(*[[i] for i in by_due(hits)]))
    Spec("twin_amounts", [step])


def sc_ref_amount_conflict():
    c = pick(is_(country=("FR", "BE", "ES", "IT", "UK"), kind=("clinic", "hospital", "pharmacy")))
    a = plan_inv(c, issue=issue_for(c))
    b = plan_inv(c, issue=issue_for(c))

    def step(sp, d):
        amt = BAL[b["id"]]
        assert BAL[a["id"]] != amt
        p = pay(c, amt, ref=ref_text(a, c))
        return p, lab("review", [], amt,
                      f"reference names {a['number']} ({s(BAL[a['id']])}) but the amount is exactly {b['number']}'s balance",
                      cands=cand([a], [b]))
    Spec("ref_amount_conflict", [step])


TRUNC_GROUPS = [
    ("CENTRE HOSPITALIER UNIVERSITAIRE DE", lambda c: c["name"].startswith("CENTRE HOSPITALIER UNIVERSITAIRE DE")),
    ("AZIENDA OSPEDALIERA UNIVERSITARIA P", lambda c: bankname(c["name"], 35) == "AZIENDA OSPEDALIERA UNIVERSITARIA P"),
    ("AZIENDA SANITARIA LOCALE ROMA", lambda c: c["name"].startswith("AZIENDA SANITARIA LOCALE ROMA")),
    ("AZIENDA SOCIO SANITARIA TERRITORIA", lambda c: c["name"].startswith("AZIENDA SOCIO SANITARIA TERRITORIALE")),
]


def sc_trunc_name(gi):
    payer, pred = TRUNC_GROUPS[gi]
    pool = [c for c in CUSTOMERS if pred(c) and not c["exclusive"]]
    c1, c2 = rng.sample(pool, 2)
    g = q(rand_net(c1, 800, 9000) * (1 + VAT[c1["country"]]))
    a = plan_inv(c1, gross=g, issue=issue_for(c1))
    b = plan_inv(c2, gross=g, issue=issue_for(c2))

    def step(sp, d):
        amt = BAL[a["id"]]
        assert BAL[b["id"]] == amt
        assert len(name_hits(payer)) >= 2
        hits = [i for i in INVOICES if BAL[i["id"]] == amt and i["currency"] == "EUR"
                and CUST[i["customer_id"]] in name_hits(payer)]
        ref = rng.choice(["REGLEMENT FOURNISSEUR", "PAGAMENTO FORNITORI", "VIREMENT", None]) if gi == 0 else \
            rng.choice(["PAGAMENTO FORNITORI", "BONIFICO", None])
        p = pay(c1, amt, ref=ref, cid=False, payer=payer)
        return p, lab("review", [], amt,
                      f"bank truncated the payer to '{payer}', which fits several customers; the amount matches an open "
                      f"invoice of {len(hits)} of them",
                      cands=cand(*[[i] for i in by_due(hits)]))
    Spec("truncated_name_ambiguous", [step])


def sc_confirming_noremit():
    pool = [c for c in CUSTOMERS if c.get("confirming") and not c["exclusive"]]
    c1, c2 = rng.sample(pool, 2)
    g = q(Decimal(rng.choice([1850, 2760, 3390, 5120, 7450])) * (1 + VAT["ES"]))
    a = plan_inv(c1, gross=g, issue=recent_issue(date(2025, 6, 1), date(2025, 11, 1)))
    b = plan_inv(c2, gross=g, issue=recent_issue(date(2025, 6, 1), date(2025, 11, 1)))
    bank = rng.choice(CONF_BANKS)

    def step(sp, d):
        amt = BAL[a["id"]]
        hits = [i for i in INVOICES if BAL[i["id"]] == amt and i["currency"] == "EUR"]
        p = pay(c1, amt, ref=f"CONFIRMING {rng.randint(10 ** 9, 10 ** 10 - 1)} PAGO FACTURAS", cid=False, payer=bank[:35])
        return p, lab("review", [], amt,
                      f"confirming bank with no remittance and no ordering customer; {len(hits)} customers have an open invoice of this amount",
                      cands=cand(*[[i] for i in by_due(hits)]))
    Spec("confirming_noremit", [step])


def sc_subset_ambiguous():
    c = pick(is_(country=("FR", "BE", "ES", "IT"), kind=("clinic", "hospital", "pharmacy"), public=False))
    x = plan_inv(c, issue=issue_for(c), net=rand_net(c, 300, 4000))
    y = plan_inv(c, issue=issue_for(c), net=rand_net(c, 300, 4000))
    z = plan_inv(c, issue=issue_for(c), gross=x["total"] + y["total"])

    def step(sp, d):
        amt = BAL[z["id"]]
        assert BAL[x["id"]] + BAL[y["id"]] == amt
        p = pay(c, amt, ref=generic_ref(c), cid=True)
        return p, lab("review", [], amt,
                      f"amount equals {z['number']} alone and also {x['number']} + {y['number']}; no reference decides",
                      cands=cand([z], sorted([x, y], key=lambda i: i["seq"])))
    Spec("subset_ambiguous", [step])


def sc_ref_other_customer():
    c = pick(is_(country=("FR", "ES", "BE"), kind=("hospital", "clinic", "pharmacy"), public=False))
    other = pick(is_(country=c["country"], kind=("hospital", "clinic", "pharmacy"), public=False,
                     extra=lambda o: o["id"] != c["id"]))
    inv = plan_inv(other, issue=issue_for(other))

    def step(sp, d):
        amt = BAL[inv["id"]]
        assert not subset_sums(open_of(c["id"], "EUR"), amt, 2)
        p = pay(c, amt, ref=ref_text(inv, other), cid=True)
        return p, lab("review", [], amt,
                      f"{c['name']} pays invoice {inv['number']} of another customer ({other['name']}); amount matches, payer does not",
                      cands=cand([inv]))
    Spec("ref_other_customer", [step])


def sc_unknown_nofit():
    names = ["M OU MME LEFEBVRE JEAN-PIERRE", "ASOCIACION AMIGOS DEL HOSPITAL", "SIG. ROSSI GIANNI",
             "ONBEKENDE BETALER", "SCI LES MARRONNIERS"]
    nm = names[len([s_ for s_ in SPECS if s_.scenario == "unknown_nofit"]) % len(names)]

    def step(sp, d):
        amt = q(Decimal(rng.randint(2000, 90000)) / 100)
        assert not [i for i in INVOICES if BAL[i["id"]] == amt]
        p = dict(amount=s(amt), currency="EUR", payer_name=nm, customer_id=None,
                 reference=rng.choice([None, "REMBOURSEMENT", "DON", "TRANSFER"]), remittance=None)
        return p, lab("review", [], amt, "unknown payer, no reference, amount fits no open invoice", cands=[])
    Spec("unknown_nofit", [step])


def sc_lump_mismatch():
    c = pick(is_(country=("FR", "ES"), kind=("hospital", "public_body"), public=True))
    k = rng.randint(5, 14)
    invs = [plan_inv(c, issue=old_issue(date(2025, 1, 10), date(2025, 9, 1))) for _ in range(k)]

    def step(sp, d):
        invs.sort(key=lambda i: (i["issue_date"].year, i["seq"]))
        listed = sum(BAL[i["id"]] for i in invs)
        amt = q(listed - Decimal(rng.randint(150000, 900000)) / 100)
        if c["country"] == "FR":
            rem, bord = dgfip_remittance(c, invs, d)
            rem = rem.rsplit("\n", 1)[0] + f"\nMontant total vire : {money(amt, 'fr')} EUR"
            ref = f"BORD {bord:06d} {bankname(c['name'], 30)}"
            payer = c["dgfip"]
        else:
            rem, doc = es_public_rem(c, invs, d)
            rem = rem.rsplit("\n", 1)[0] + f"\nTotal pagado: {money(amt, 'es')} EUR"
            ref = f"{doc} PAGO PROVEEDORES"
            payer = ES_PAYER[c["name"]]
        assert amt > 0
        p = pay(c, amt, ref=ref, rem=rem, cid=False, payer=payer)
        return p, lab("review", [], amt,
                      f"advice lists {len(invs)} invoices totalling {s(listed)} but {s(amt)} was paid, with no deduction explained",
                      cands=cand(invs))
    Spec("lump_mismatch", [step])


# ================================================================ stage 2f: bad input rows

def sc_error(kind):
    c = pick(is_(country=("FR", "BE", "ES", "IT"), kind=("clinic", "pharmacy"), public=False))
    inv = plan_inv(c, issue=issue_for(c))

    def err(p, text):
        return p, dict(status="error", applications=[], unapplied=None, short_pay=None, candidates=[],
                       reason=text, error=text)

    def step_normal(sp, d):
        amt = BAL[inv["id"]]
        p = pay(c, amt, ref=ref_text(inv, c), cid=True)
        sp.shared["p"] = p
        return p, lab("applied", [A(inv, amt)], amt, f"reference {inv['number']} and exact balance")

    def step_dup(sp, d):
        p0 = sp.shared["p"]
        p = dict(p0)
        if kind == "dup_changed":
            p["amount"] = s(Decimal(p0["amount"]) + Decimal("100.00"))
        sp.shared["dup_of"] = True
        return err(p, "duplicate payment id: this id was already used by an earlier payment in the file")

    def step_bad(sp, d):
        bal = BAL[inv["id"]]
        if kind == "negative":
            p = pay(c, -bal, ref=f"RETOUR VIREMENT {inv['number']} MOTIF AC04", cid=True)
            return err(p, "negative amount: a payment amount must be positive")
        if kind == "currency_usd":
            p = pay(c, bal, ref=ref_text(inv, c), cid=True, currency="USD")
            return err(p, "currency USD: no open invoice is in USD")
        if kind == "currency_sek":
            p = pay(c, bal, ref=ref_text(inv, c), cid=True, currency="SEK")
            return err(p, "currency SEK: no open invoice is in SEK")
        if kind == "malformed_comma":
            p = pay(c, bal, ref=ref_text(inv, c), cid=True)
            p["amount"] = money(bal, "es")
            return err(p, f"malformed amount {p['amount']!r}: not a decimal string")
        if kind == "malformed_text":
            p = pay(c, bal, ref=ref_text(inv, c), cid=True)
            p["amount"] = "EUR " + s(bal)
            return err(p, f"malformed amount {p['amount']!r}: not a decimal string")
        if kind == "no_date":
            p = pay(c, bal, ref=ref_text(inv, c), cid=True)
            sp.shared["nodate"] = None
            return err(p, "missing payment date")
        if kind == "empty_date":
            p = pay(c, bal, ref=ref_text(inv, c), cid=True)
            sp.shared["nodate"] = ""
            return err(p, "missing payment date (empty string)")
        raise ValueError(kind)
    if kind.startswith("dup"):
        Spec("error", [step_normal, step_dup]).shared["kind"] = kind
    else:
        Spec("error", [step_bad]).shared["kind"] = kind


# ================================================================ stage 3: plan

def plan_all():
    for ctry, n in [("FR", 26), ("ES", 13), ("IT", 12), ("UK", 9), ("CH", 7), ("BE", 6)]:
        for _ in range(n):
            sc_ref_single(ctry)
    for _ in range(18):
        sc_ogm()
    for _ in range(14):
        sc_rf()
    for _ in range(4):
        sc_qrr()
    for _ in range(16):
        sc_amount_only()
    for _ in range(8):
        sc_name_only()
    for _ in range(3):
        sc_dgfip_single()
    for ctry, n in [("FR", 9), ("BE", 5), ("ES", 5), ("IT", 4), ("UK", 2), ("CH", 2)]:
        for _ in range(n):
            sc_multi_list(ctry)
    for ctry in ["FR", "FR", "FR", "ES", "ES", "IT", "BE", "UK"]:
        sc_range(ctry)
    for _ in range(12):
        sc_mandat_lump()
    for _ in range(5):
        sc_es_public_lump()
    for _ in range(5):
        sc_nhs()
    for ctry in ["FR", "FR", "FR", "ES", "ES", "IT", "IT", "BE", "BE"]:
        sc_lump_with_avoir(ctry)
    for _ in range(5):
        sc_avoir_imputed()
    for _ in range(12):
        sc_split_net()
    for _ in range(14):
        sc_confirming()
    for _ in range(3):
        sc_pay_all()
    for _ in range(8):
        sc_trap_po()
    for _ in range(3):
        sc_trap_amount_number()
    for _ in range(3):
        sc_trap_it_series()
    # partial
    for _ in range(5):
        sc_part_payment(two_step=True)
    for _ in range(6):
        sc_part_payment()
    for _ in range(16):
        sc_short_reason()
    for _ in range(4):
        sc_short_reason(multi=True)
    for _ in range(5):
        sc_short_unexplained()
    for _ in range(2):
        sc_split_gross()
    for _ in range(3):
        sc_lump_short()
    # unapplied
    for k in ["ignored_credit", "ignored_credit", "extra", "extra", "extra", "twice", "split_gross_paid", "split_gross_paid"]:
        sc_overpay(k)
    for _ in range(7):
        sc_duplicate()
    for k in ["prepay", "prepay", "prepay", "old_ref", "old_ref", "old_ref"]:
        sc_known_nofit(k)
    sc_wrong_currency()
    sc_wrong_currency()
    sc_wrong_currency_uk()
    for _ in range(3):
        sc_lump_with_paid()
    for _ in range(2):
        sc_part_payment(then_full=True)
    # review
    for _ in range(12):
        sc_twins()
    for _ in range(7):
        sc_ref_amount_conflict()
    for gi in [0, 0, 1, 2, 3, 0]:
        sc_trunc_name(gi)
    for _ in range(3):
        sc_confirming_noremit()
    for _ in range(5):
        sc_subset_ambiguous()
    for _ in range(4):
        sc_ref_other_customer()
    for _ in range(3):
        sc_unknown_nofit()
    for _ in range(3):
        sc_lump_mismatch()
    # errors
    for k in ["negative", "negative", "currency_usd", "currency_sek", "dup_exact", "dup_changed",
              "malformed_comma", "malformed_text", "no_date", "empty_date"]:
        sc_error(k)


# ================================================================ stage 4: render, check, write

def business_days(start, end):
    d, out = start, []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(1)
    return out


def validate(p, lb, where):
    """The contract's arithmetic on one label against the running balances BAL."""
    st = lb["status"]
    assert st in ("applied", "partial", "unapplied", "review", "error"), where
    if st == "error":
        assert not lb["applications"] and lb["error"], where
        return
    amt = Decimal(p["amount"])
    assert amt > 0, where
    tot = Decimal("0")
    seen = set()
    for inv, a in lb["applications"]:
        assert inv["id"] not in seen, where
        seen.add(inv["id"])
        assert inv["currency"] == p["currency"], where
        b = BAL[inv["id"]]
        assert a != 0, where
        if b > 0:
            assert 0 < a <= b, (where, inv["number"], a, b)
        else:
            assert b <= a < 0, (where, inv["number"], a, b)
        tot += a
    assert tot + lb["unapplied"] == amt, (where, tot, lb["unapplied"], amt)
    assert lb["unapplied"] >= 0, where
    if st == "applied":
        assert lb["unapplied"] == 0 and lb["applications"] and not lb["short_pay"] and not lb["candidates"], where
    if st == "partial":
        assert lb["unapplied"] == 0 and lb["applications"], where
        left = [inv for inv, a in lb["applications"] if BAL[inv["id"]] - a != 0]
        assert left, where
        if lb["short_pay"]:
            si = lb["short_pay"]["invoice_id"]
            a = dict((i["id"], x) for i, x in lb["applications"])[si]
            assert BAL[si] - a == Decimal(lb["short_pay"]["amount"]), where
    if st == "unapplied":
        assert lb["unapplied"] > 0 and not lb["short_pay"], where
    if st == "review":
        assert not lb["applications"] and lb["unapplied"] == amt, where
    for cd in lb["candidates"]:
        for iid in cd["invoice_ids"]:
            assert INV[iid]["currency"] == p["currency"] and BAL[iid] != 0, where


def inv_json(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": s(i["total"]), "balance": s(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def main():
    make_customers()
    plan_all()
    make_base_invoices()
    assign_numbers()
    for sp in SPECS:
        if sp.post:
            sp.post(sp)
    INVOICES.sort(key=lambda i: (i["customer_name"], i["issue_date"], i["number"]))
    for i in INVOICES:
        BAL[i["id"]] = i["balance"]

    # order: shuffle all steps, then give each spec's steps its positions in increasing order
    items = [(k, j) for k, sp in enumerate(SPECS) for j in range(len(sp.steps))]
    rng.shuffle(items)
    pos = {}
    for n, (k, j) in enumerate(items):
        pos.setdefault(k, []).append(n)
    order = [None] * len(items)
    for k, ps in pos.items():
        for j, n in enumerate(sorted(ps)):
            order[n] = (k, j)
    # an exact duplicate row (statement loaded twice) follows its original directly
    for k, sp in enumerate(SPECS):
        if sp.shared.get("kind") == "dup_exact":
            order.remove((k, 1))
            order.insert(order.index((k, 0)) + 1, (k, 1))
    days = business_days(date(2026, 1, 5), date(2026, 3, 27))
    dates = sorted(rng.choice(days) for _ in order)
    for k, sp in enumerate(SPECS):
        if sp.shared.get("kind") == "dup_exact":
            a = order.index((k, 0))
            dates[a + 1] = dates[a]

    payments, labels = [], []
    for n, (k, j) in enumerate(order):
        sp = SPECS[k]
        d = dates[n]
        p, lb = sp.steps[j](sp, d)
        if sp.scenario == "error" and j == 1:
            pid = sp.shared["pid"]
            d = sp.shared["date"] if sp.shared["kind"] == "dup_exact" else d
        else:
            pid = rid("pmt_", 10)
            sp.shared["pid"] = pid
            sp.shared["date"] = d
        row = {"id": pid, "date": d.isoformat(), "amount": p["amount"], "currency": p["currency"],
               "payer_name": p["payer_name"], "customer_id": p["customer_id"], "reference": p["reference"],
               "remittance": p["remittance"]}
        if "nodate" in sp.shared:
            row["date"] = sp.shared["nodate"]
        scen = sp.scenario
        if scen == "error" and lb["status"] != "error":
            scen = "ref_single"
        validate(p, lb, f"{scen} #{n}")
        for inv, a in lb["applications"]:
            BAL[inv["id"]] -= a
        out = {"payment_id": pid, "status": lb["status"],
               "applications": [{"invoice_id": inv["id"], "amount": s(a)} for inv, a in lb["applications"]],
               "unapplied": None if lb["unapplied"] is None else s(lb["unapplied"]),
               "short_pay": lb["short_pay"], "candidates": lb["candidates"], "reason": lb["reason"]}
        if lb["status"] == "error":
            out["error"] = lb["error"]
        nums = ", ".join(inv["number"] for inv, _ in lb["applications"][:6])
        if len(lb["applications"]) > 6:
            nums += f", ... ({len(lb['applications'])} items)"
        cust = CUST[sp_customer(lb, p)]["name"] if sp_customer(lb, p) else "unknown customer"
        META.append(CUST[sp_customer(lb, p)]["country"] if sp_customer(lb, p) else "unknown")
        out["scenario"] = scen
        out["note"] = f"[{scen}, {row['currency']}] {cust}: {lb['reason']}" + (f" -> {nums}" if nums else "")
        payments.append(row)
        labels.append(out)
    write(payments, labels)


def sp_customer(lb, p):
    if lb["applications"]:
        return lb["applications"][0][0]["customer_id"]
    if p.get("customer_id"):
        return p["customer_id"]
    if lb["candidates"] and lb["candidates"][0]["invoice_ids"]:
        return INV[lb["candidates"][0]["invoice_ids"][0]]["customer_id"]
    return None


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write(payments, labels):
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), [inv_json(i) for i in INVOICES])
    dump(os.path.join(OUT, "payments.json"), payments)
    dump(os.path.join(OUT, "labels.json"), labels)
    write_readme(payments, labels)


META = []

SCEN_DOC = [
    ("ref_single", "one invoice named in the free-text reference (many spellings: prefix dropped, leading zeros dropped, separators removed, date added)"),
    ("ogm_single", "Belgian structured communication +++ddd/dddd/ddddd+++ (also ***...*** and bare 12 digits) encoding the invoice number"),
    ("rf_single", "ISO 11649 RF creditor reference whose body is the invoice number without separators"),
    ("qrr_single", "Swiss QR reference (27 digits) ending with the digits of the invoice number plus check digit"),
    ("amount_only", "customer known by customer_id, generic reference; exactly one open invoice of that customer has the amount and no pair sums to it"),
    ("name_only", "customer_id null; the bank's payer name fits exactly one customer; the amount fits one open invoice in the whole ledger"),
    ("dgfip_single", "French public accountant (DDFIP/DRFIP) pays; the reference names the hospital and a mandat number (not an invoice); one invoice fits"),
    ("multi_list", "several invoices listed in the reference or a remittance advice, amounts add up"),
    ("range", "'invoices X to Y': every open invoice of that customer in the range"),
    ("mandat_lump", "French public hospital, mandat administratif: DGFIP advice listing 10-26 old invoices (some from 2024)"),
    ("es_public_lump", "Spanish regional health service paid by its treasury; advice lists the invoices"),
    ("nhs_sbs", "NHS Shared Business Services pays for an NHS trust (GBP) with a remittance advice"),
    ("lump_with_avoir", "invoices less an open credit note (avoir / nota de credito / nota di credito / note de credit) netted in the same payment"),
    ("avoir_imputed", "remittance shows invoice minus a credit note that the ledger has already offset (the credit note is not an open item)"),
    ("split_net", "Italian public body, scissione dei pagamenti: pays the taxable amount; the ledger balance is already net of IVA"),
    ("confirming", "Spanish reverse factoring: a bank pays on behalf of the customer, remittance names the ordering customer and invoices"),
    ("pay_all", "statement payment equal to the whole open balance of a customer"),
    ("trap_po", "an order number (commande / pedido / ordine / PO) in the reference looks like another open invoice of the same customer"),
    ("trap_amount_number", "the amount written in the reference looks like another invoice number of the same customer"),
    ("trap_it_series", "'fattura 123/25' exists both as FPA 123/25 (public body) and FT 123/25 (private customer)"),
    ("part_then_rest", "declared part payment (partial), later the rest (applied)"),
    ("part_payment", "declared part payment / instalment: partial, short_pay null"),
    ("part_then_full", "part payment, then a payment of the original amount: remaining balance applied, the rest unapplied"),
    ("short_pay", "one invoice paid short with a stated reason (penalties, discount taken, damaged / expired goods, price difference)"),
    ("short_pay_multi", "several invoices, one of them short-paid with a stated reason"),
    ("short_unexplained", "named invoice paid 10-25 short with no reason (bank charges)"),
    ("split_gross", "Italian split payment on an invoice booked gross by mistake: the IVA part is left open as a short pay"),
    ("lump_short", "mandat lump where one line carries a deduction (penalites de retard / refaction)"),
    ("overpay", "more than the balance: credit note ignored, invoice listed twice, extra sum, IVA paid by a split-payment body"),
    ("duplicate_payment", "an invoice paid, then paid again later in the file: the second one is unapplied"),
    ("known_nofit", "known customer: prepayment for an order, or a reference to an invoice that is not open; nothing fits"),
    ("wrong_currency", "payment in CHF/EUR naming an invoice in another currency: never applied across currencies"),
    ("lump_with_paid", "an invoice paid alone, then listed again in a later mandat lump: the others applied, its amount unapplied"),
    ("twin_amounts", "two open invoices of the customer with the same amount (standard kit price), nothing says which"),
    ("ref_amount_conflict", "reference names invoice A, amount is exactly invoice B's balance"),
    ("truncated_name_ambiguous", "customer_id null, the bank cut the name to a prefix several customers share, amount fits invoices of two of them"),
    ("confirming_noremit", "confirming bank, no remittance, amount fits invoices of two customers"),
    ("subset_ambiguous", "amount equals one invoice and also the sum of two others"),
    ("ref_other_customer", "known payer pays an invoice that belongs to another customer"),
    ("unknown_nofit", "unknown payer, nothing fits: review with no candidates"),
    ("lump_mismatch", "advice lists invoices but the amount paid differs with no explanation"),
    ("error", "bad input rows"),
]


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write_readme(payments, labels):
    from collections import Counter, defaultdict
    st = Counter(l["status"] for l in labels)
    sc = defaultdict(Counter)
    for l in labels:
        sc[l["scenario"]][l["status"]] += 1
    cur = Counter(p["currency"] for p in payments)
    ctry = Counter(META)
    ctry_st = defaultdict(Counter)
    for m, l in zip(META, labels):
        ctry_st[m][l["status"]] += 1
    icur = Counter(i["currency"] for i in INVOICES)
    ncn = sum(1 for i in INVOICES if i["credit"])
    nsplit = sum(1 for i in INVOICES if CUST[i["customer_id"]].get("split") and not i["credit"])
    napps = sum(len(l["applications"]) for l in labels)
    statuses = ["applied", "partial", "unapplied", "review", "error"]
    doc = dict(SCEN_DOC)
    L = []
    L.append("# Blind held-out set: cash application (`match`), medical-devices distributor\n")
    L.append("Written only from `contracts/cash-application.md` (and the samples README), without looking at the engine.")
    L.append("Generated by `python3 build.py` (deterministic, stdlib only, seed fixed); `python3 check.py` re-verifies it.\n")
    L.append("## Theme\n")
    L.append("MEDIDIS, a distributor of medical devices (MEDIDIS FRANCE SAS, MEDIDIS BENELUX SA, MEDIDIS IBERICA S.L., "
             "MEDIDIS ITALIA S.R.L.; Swiss and UK customers are invoiced from France in CHF and GBP). Customers are public "
             "and private hospitals, clinics, pharmacies and public health bodies in France, Belgium, Spain, Italy, "
             "Switzerland and the UK. Payments arrive as SEPA credit transfers with free-text or structured remittance "
             "(RF creditor references, Belgian +++ddd/dddd/ddddd+++ communications, Swiss QR references), French public "
             "hospitals pay by mandat administratif through their public accountant (DDFIP/DRFIP) months late and in lumps, "
             "Italian public bodies pay net of IVA (split payment), Spanish clinics pay through confirming banks, regional "
             "health services pay through their treasuries, NHS trusts through NHS Shared Business Services. Credit notes "
             "are netted. Bank payer names are upper case, without accents and cut at 24-35 characters.\n")
    L.append("All companies, ids, NIF/CIF, CIG and references are made up (public-body names are used as generic payer "
             "types only).\n")
    L.append("## Files\n")
    L.append(f"`{LEDGER}/invoices.json`: {len(INVOICES)} open items of {len(set(i['customer_id'] for i in INVOICES))} "
             f"customers ({', '.join(f'{k} {v}' for k, v in sorted(icur.items()))}), in the contract's format; "
             f"{ncn} of them are open credit notes (negative `total` and `balance`), {nsplit} are Italian split-payment "
             "invoices (`total` gross, `balance` net).\n")
    L.append(f"`{LEDGER}/payments.json`: {len(payments)} payments, oldest first, 2026-01-05 to 2026-03-27, in the contract's format "
             f"({', '.join(f'{k} {v}' for k, v in sorted(cur.items()))}).\n")
    L.append(f"`{LEDGER}/labels.json`: one expected MATCHES entry per payment, same order, in the contract's format "
             f"(`payment_id, status, applications, unapplied, short_pay, candidates, reason`) plus `scenario` and `note` "
             f"(and `error` on bad rows). {napps} applications in all.\n")
    L.append("Run: `python -m chalicelib.cli match --invoices ledger_medidis/invoices.json --payments ledger_medidis/payments.json --out MATCHES.json`\n")
    L.append("## Counts\n")
    L.append(table([[k, st[k]] for k in statuses] + [["total", len(labels)]], ["status", "payments"]))
    L.append("")
    L.append(table([[k, sum(sc[k].values())] + [sc[k][x] or "" for x in statuses] + [doc.get(k, "")]
                    for k in sorted(sc, key=lambda k: [d[0] for d in SCEN_DOC].index(k))],
                   ["scenario", "n"] + statuses + ["what it is"]))
    L.append("")
    L.append("Per customer country (the customer the label concerns; `unknown` = no customer can be named):\n")
    L.append(table([[k, sum(ctry_st[k].values())] + [ctry_st[k][x] or "" for x in statuses] for k in sorted(ctry)],
                   ["country", "n"] + statuses))
    L.append("")
    L.append("Remittance languages follow the country: French (FR, BE, CH), Dutch (BE), Spanish (ES), Italian (IT), German (CH), English (UK).\n")
    L.append("## Conventions chosen where the contract is silent\n")
    conv = [
        "**Candidates** are `{\"invoice_ids\": [...], \"amount\": \"<sum of their balances at that moment>\"}`, best first. "
        "Where two readings are equally good (twin amounts, two customers) the invoice with the older due date comes first. "
        "Treat the order as soft: the set of candidate sets is what matters.",
        "**review** has `applications: []` and `unapplied` equal to the whole amount (the contract's sum rule). "
        "**unapplied** lists the applications it makes (overpayments) and holds the rest; a second payment of an invoice "
        "already cleared, and a known customer's payment that fits nothing, have no applications.",
        "**Known vs unknown customer.** A payment whose customer is known (by `customer_id`, by a payer name that fits one "
        "customer only, or by the ordering customer named in a DGFIP/confirming/NHS remittance) and fits nothing is "
        "`unapplied`. An unknown payer that fits nothing is `review` with `candidates: []`. A payer name cut to a prefix "
        "several customers share (\"CENTRE HOSPITALIER UNIVERSITAIRE DE\", \"AZIENDA OSPEDALIERA UNIVERSITARIA P\") "
        "identifies nobody.",
        "**Amount-only matches** are applied only when the customer is known, exactly one of its open invoices has the "
        "amount and no two of them add up to it. A payment equal to a customer's whole open balance (statement payment) is applied.",
        "**Reference wins over payer.** A reference naming an invoice with the exact balance is applied whoever pays "
        "(DGFIP, confirming bank, NHS SBS, truncated names), as long as the payer is not a different known customer; "
        "when a known customer pays another customer's invoice the label is `review` with that invoice as the candidate.",
        "**Reference vs amount disagree** (reference names A, amount is exactly B's balance): `review`, candidates [A], [B].",
        "**Credit notes** are open items with negative `total` and `balance`. A payment whose remittance nets one applies a "
        "negative amount to it that brings it to zero; the positive applications plus the negative one plus `unapplied` "
        "equal the payment. A credit note is never used unless the remittance names it. When the remittance nets a credit "
        "note the ledger has already offset (the invoice balance is already reduced), only the invoice is applied.",
        "**Italian split payment** (scissione dei pagamenti, art. 17-ter): for public bodies the invoice `total` is the "
        "fattura's gross total and `balance` is the taxable amount the body owes us (the IVA goes to the State). Paying the "
        "net balance is a full payment. Two invoices were booked gross by mistake (`balance` = `total`): the net payment "
        "leaves the IVA open and the label is `partial` with a `short_pay` for the IVA. A public body that pays the gross "
        "on a net balance has overpaid (`unapplied`).",
        "**Short pay vs part payment.** A stated deduction (late-delivery penalties, refaction, discount taken, damaged or "
        "expired goods, price difference) and a small unexplained shortfall (10-25, bank charges) on a named invoice are "
        "`partial` with `short_pay` = `{invoice_id, amount left open, reason}`. A declared instalment or acompte is "
        "`partial` with `short_pay: null`. An advice whose total differs from its listed invoices by thousands with no "
        "explanation is `review` with the listed set as the only candidate.",
        "**Bad rows** (`status: \"error\"`): negative amount, a currency no invoice has (USD, SEK), a malformed amount "
        "(`\"1.234,56\"`, `\"EUR 12.50\"`), a missing or empty date, a payment id already used earlier in the file (the "
        "first occurrence is processed normally; one duplicate is an identical row, one has a different amount). They carry "
        "`applications: []`, `unapplied: null`, `short_pay: null`, `candidates: []`, and the text in `error` (also in "
        "`reason`). They change no balance.",
        "**Order of applications** follows the remittance; compare applications as a set of (invoice_id, amount).",
        "Invoice numbers: FR `FA25-004512` (credit notes `AV25-000312`), BE numeric `2504512` (credit notes `NC25-0123`), "
        "ES `FV25/01234` (abonos `AB25/00123`), IT `FPA 123/25` for public bodies and `FT 123/25` for private customers "
        "(credit notes `NC 12/25`), CHF/GBP `EX25-00456` (credit notes `CN25-00012`). 2024 invoices use the same patterns "
        "with 24. Belgian communications: first 10 digits = invoice number zero-padded, last 2 = mod 97 (97 for 0). RF: "
        "ISO 11649 with the invoice number (separators removed) as body. Swiss QRR: invoice digits zero-padded to 26 plus "
        "the mod-10 recursive check digit.",
        "`reason` and `note` are free text for humans; `scenario` is the generator's case name.",
    ]
    for cv in conv:
        L.append("- " + cv)
    L.append("")
    L.append("## Doubts\n")
    L.append("- `short_unexplained` (bank charges) could also be argued as an automatic write-off; we label it a short pay "
             "because the contract has no write-off.")
    L.append("- `split_gross` assumes an open deduction case is the right way to surface IVA that a split-payment body "
             "will never pay.")
    L.append("- `ref_other_customer` could be a legitimate third-party payment (a hospital group paying for a member); "
             "we send it to review rather than apply.")
    L.append("- `dgfip_single` and `name_only` apply on amount once the customer is identified by name; a stricter engine "
             "may send them to review.")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
