#!/usr/bin/env python3
"""Held-out set for the cash-application (`match`) contract.

Deterministic, stdlib only.  `python3 build.py` rewrites invoices.json,
payments.json and labels.json byte for byte.

Seller: Orvalis Horeca & Office B.V. (fictional), a wholesaler of office and
hospitality supplies selling to ~110 customers in DE, FR, ES, IT, NL, BE, PL, UK.
"""
import calendar
import itertools
import json
import math
import os
import random
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(40_2026_0313)
SELLER = "Orvalis Horeca & Office B.V."

# --------------------------------------------------------------------------
# money helpers (integer cents)
# --------------------------------------------------------------------------

def m(c):
    s = "-" if c < 0 else ""
    c = abs(c)
    return f"{s}{c // 100}.{c % 100:02d}"


def fm(c, style):
    """Amount as a human would write it."""
    neg = c < 0
    c = abs(c)
    i, d = divmod(c, 100)
    digits = str(i)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    if style == "de":
        s = ".".join(groups) + f",{d:02d}"
    elif style == "fr":
        s = " ".join(groups) + f",{d:02d}"
    elif style == "frn":
        s = "\u202f".join(groups) + f",{d:02d}"
    elif style == "en":
        s = ",".join(groups) + f".{d:02d}"
    elif style == "comma":
        s = "".join(groups) + f",{d:02d}"
    else:
        s = "".join(groups) + f".{d:02d}"
    return ("-" if neg else "") + s


LANG_STYLE = {"de": ["de", "de", "comma"], "fr": ["fr", "frn", "comma"], "es": ["de", "comma", "de"],
              "it": ["de", "comma"], "nl": ["de", "comma"], "pl": ["fr", "comma", "plain"],
              "en": ["en", "en", "plain"]}


def amt(c, lang):
    return fm(c, R.choice(LANG_STYLE[lang]))


def pct_of(total, pct_tenths):
    """round half up of total * pct (pct given in tenths of a percent)."""
    return (total * pct_tenths + 500) // 1000


def strip_acc(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# --------------------------------------------------------------------------
# customers
# --------------------------------------------------------------------------

CUST_SPEC = [
    # name, country, lang
    ("Hotel Seeblick Konstanz GmbH", "DE", "de"), ("Bürowelt Krämer KG", "DE", "de"),
    ("Gasthof Zur Linde Inh. Martina Berger e.K.", "DE", "de"), ("Stadtcafé Feldmann GmbH", "DE", "de"),
    ("Kanzlei Dr. Wieland & Partner mbB", "DE", "de"), ("Tagungshotel Am Kurpark GmbH & Co. KG", "DE", "de"),
    ("Restaurant Alte Mühle GmbH", "DE", "de"), ("Coworking Spreewerk GmbH", "DE", "de"),
    ("Klinikum Oberland Service GmbH", "DE", "de"), ("Hotel Vier Jahreszeiten Bamberg GmbH", "DE", "de"),
    ("Bäckerei-Café Sonnenschein GmbH", "DE", "de"), ("IT-Systemhaus Brandt GmbH", "DE", "de"),
    ("Brauhaus am Markt Gastro GmbH", "DE", "de"), ("Pension Haus Rheinblick Inh. Jörg Weiß", "DE", "de"),
    ("Steuerberatung Kühn & Roth PartG mbB", "DE", "de"), ("Landhotel Hubertus GmbH", "DE", "de"),
    ("Catering Schäfer GmbH & Co. KG", "DE", "de"), ("Messe-Gastronomie Nord GmbH", "DE", "de"),
    ("Hotel garni Alpenrose Reit im Winkl", "DE", "de"), ("Architekturbüro Lindqvist GmbH", "DE", "de"),
    ("Eventlocation Zeche Carl GmbH", "DE", "de"), ("Ringhotel Weserblick GmbH", "DE", "de"),
    ("Hôtel du Parc Lyon SAS", "FR", "fr"), ("Hôtel du Parc Annecy SARL", "FR", "fr"),
    ("Brasserie Le Comptoir des Halles SARL", "FR", "fr"), ("Cabinet Moreau Avocats SELARL", "FR", "fr"),
    ("Restaurant La Table de Camille SAS", "FR", "fr"), ("Résidence Les Tilleuls SA", "FR", "fr"),
    ("Boulangerie Pâtisserie Lefèvre SARL", "FR", "fr"), ("OGEC Groupe Scolaire Saint-Exupéry", "FR", "fr"),
    ("Hôtel Les Alizés SAS", "FR", "fr"), ("Bistrot des Quais SARL", "FR", "fr"),
    ("Agence Pixel & Papier SAS", "FR", "fr"), ("Camping Les Pins Maritimes SARL", "FR", "fr"),
    ("Clinique du Val d'Orge SAS", "FR", "fr"), ("Traiteur Dubois et Fils SARL", "FR", "fr"),
    ("Hôtel Le Grand Monarque SAS", "FR", "fr"), ("Café de la Gare Dijon SARL", "FR", "fr"),
    ("Cowork Bordeaux Chartrons SAS", "FR", "fr"), ("Auberge du Lac d'Aiguebelette SARL", "FR", "fr"),
    ("Hotel Sol Palma SL", "ES", "es"), ("Hotel Sol Ibiza SL", "ES", "es"),
    ("Restaurante Casa Lucio Madrid SL", "ES", "es"), ("Gestoría Ortega y Asociados SL", "ES", "es"),
    ("Hostal La Alameda SL", "ES", "es"), ("Cafetería El Rincón de Triana SL", "ES", "es"),
    ("Clínica Dental Sonrisa SLP", "ES", "es"), ("Bodegas y Hospedería Ribera SA", "ES", "es"),
    ("Colegio Santa Teresa S. Coop.", "ES", "es"), ("Nexo Coworking Valencia SL", "ES", "es"),
    ("Catering Hermanos Vidal SL", "ES", "es"), ("Hotel Miramar Málaga SA", "ES", "es"),
    ("Tapería La Bodeguilla SL", "ES", "es"), ("Apartamentos Costa Brava Sol SL", "ES", "es"),
    ("Albergo Ristorante Bellavista Srl", "IT", "it"), ("Studio Legale Rinaldi & Associati", "IT", "it"),
    ("Trattoria Da Gino di Esposito G. & C. Snc", "IT", "it"), ("Hotel Villa Fiorita Srl", "IT", "it"),
    ("Bar Pasticceria Milano Srl", "IT", "it"), ("Caffè Centrale di Rossi Marco", "IT", "it"),
    ("Agriturismo Il Poggio Srl", "IT", "it"), ("Ufficio Tecnico Ferraro Srl", "IT", "it"),
    ("Hotel Lido Rimini SpA", "IT", "it"), ("Ristorante La Pergola Srl", "IT", "it"),
    ("Cooperativa Sociale Il Girasole", "IT", "it"), ("Residence Le Dolomiti Srl", "IT", "it"),
    ("Catering Eventi Conti Srl", "IT", "it"), ("Scuola Internazionale Dante Srl", "IT", "it"),
    ("Hotel De Gouden Leeuw B.V.", "NL", "nl"), ("Grand Café De Kroon B.V.", "NL", "nl"),
    ("Advocatenkantoor Van Dijk & De Boer", "NL", "nl"), ("Restaurant 't Pakhuis V.O.F.", "NL", "nl"),
    ("Flexplek Utrecht Centraal B.V.", "NL", "nl"), ("Strandpaviljoen Zuidwind B.V.", "NL", "nl"),
    ("Zorghotel Het Baken B.V.", "NL", "nl"), ("Lunchroom De Zoete Inval", "NL", "nl"),
    ("Van der Meer Kantoorinrichting B.V.", "NL", "nl"), ("Hotel Noordzee Scheveningen B.V.", "NL", "nl"),
    ("Cateringbedrijf Smit & Zonen B.V.", "NL", "nl"), ("Boutique Hotel De Hallen B.V.", "NL", "nl"),
    ("Hôtel Métropole Bruxelles SA", "BE", "fr"), ("Brasserie De Koninck BV", "BE", "nl"),
    ("Bureau Peeters & Janssens BV", "BE", "nl"), ("Taverne Het Gulden Vlies", "BE", "nl"),
    ("Hotel Ter Duinen NV", "BE", "nl"), ("Traiteur Lambert SRL", "BE", "fr"),
    ("Café des Arts Namur SRL", "BE", "fr"), ("Coworking Gent Dok BV", "BE", "nl"),
    ("Auberge des Ardennes SA", "BE", "fr"), ("Resto Le Petit Sablon SRL", "BE", "fr"),
    ("Hotel Pod Wawelem Sp. z o.o.", "PL", "pl"), ("Restauracja Stary Młyn Sp. z o.o.", "PL", "pl"),
    ("Kancelaria Prawna Nowak i Wspólnicy Sp.k.", "PL", "pl"),
    ("Przedsiębiorstwo Handlowo-Usługowe Kowalczyk Sp. z o.o.", "PL", "pl"),
    ("Kawiarnia Bajka s.c. A. Zielińska, M. Zieliński", "PL", "pl"), ("Hotel Gdańsk Marina S.A.", "PL", "pl"),
    ("Biuro Rachunkowe Wiśniewska", "PL", "pl"), ("Catering Smaki Mazur Sp. z o.o.", "PL", "pl"),
    ("Pensjonat Górski Potok", "PL", "pl"), ("Centrum Konferencyjne Poznań Sp. z o.o.", "PL", "pl"),
    ("The Kings Arms (Oxford) Ltd", "UK", "en"), ("Harbourside Hotel Bristol Ltd", "UK", "en"),
    ("Pennine Office Interiors Ltd", "UK", "en"), ("Bramble & Thyme Catering Ltd", "UK", "en"),
    ("St Aidan's Preparatory School Trust", "UK", "en"), ("The Crescent Guest House", "UK", "en"),
    ("Northgate Coworking Ltd", "UK", "en"), ("Whitfield & Co Solicitors LLP", "UK", "en"),
    ("Copper Kettle Tearooms Ltd", "UK", "en"), ("Lakeside Lodge Hotel Windermere Ltd", "UK", "en"),
]
assert len(CUST_SPEC) == 110

CURRENCY = {"DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "BE": "EUR", "PL": "PLN", "UK": "GBP"}
# customers that also buy in EUR although based in PL / UK (paid by SWIFT, bank charges happen)
EUR_BUYERS = {"Pennine Office Interiors Ltd", "Lakeside Lodge Hotel Windermere Ltd", "Hotel Gdańsk Marina S.A.",
              "Centrum Konferencyjne Poznań Sp. z o.o."}
# small customers that pay by card through Stripe
STRIPE_PAYERS = {"Stadtcafé Feldmann GmbH", "Pension Haus Rheinblick Inh. Jörg Weiß", "Architekturbüro Lindqvist GmbH",
                 "Boulangerie Pâtisserie Lefèvre SARL", "Agence Pixel & Papier SAS", "Bistrot des Quais SARL",
                 "Cafetería El Rincón de Triana SL", "Tapería La Bodeguilla SL", "Caffè Centrale di Rossi Marco",
                 "Bar Pasticceria Milano Srl", "Lunchroom De Zoete Inval", "Flexplek Utrecht Centraal B.V.",
                 "Café des Arts Namur SRL", "Kawiarnia Bajka s.c. A. Zielińska, M. Zieliński",
                 "Copper Kettle Tearooms Ltd", "The Crescent Guest House", "Northgate Coworking Ltd"}
CLASH_GROUPS = [("Hôtel du Parc Lyon SAS", "Hôtel du Parc Annecy SARL", "HOTEL DU PARC"),
                ("Hotel Sol Palma SL", "Hotel Sol Ibiza SL", "HOTEL SOL SL"),
                ("Hotel Vier Jahreszeiten Bamberg GmbH", "Tagungshotel Am Kurpark GmbH & Co. KG", None)]

# third parties that pay on behalf of a customer
THIRD = {
    "Hôtel du Parc Lyon SAS": [("GROUPE PARC HOTELLERIE SAS", "parent group", "fr")],
    "Hôtel du Parc Annecy SARL": [("GROUPE PARC HOTELLERIE SAS", "parent group", "fr")],
    "Hotel Sol Palma SL": [("BANCO MERIDIONAL SA CONFIRMING", "confirming (reverse factoring) bank", "es"),
                           ("GRUPO HOTELERO MEDITERRANEA SA", "parent group", "es")],
    "Hotel Sol Ibiza SL": [("BANCO MERIDIONAL SA CONFIRMING", "confirming (reverse factoring) bank", "es"),
                           ("GRUPO HOTELERO MEDITERRANEA SA", "parent group", "es")],
    "Hotel Miramar Málaga SA": [("CAIXA LEVANTE CONFIRMING PROVEEDORES", "confirming (reverse factoring) bank", "es")],
    "Hotel Seeblick Konstanz GmbH": [("GASTRO-EINKAUF SUED EG ZENTRALREGULIERUNG", "purchasing co-op central settlement", "de")],
    "Landhotel Hubertus GmbH": [("GASTRO-EINKAUF SUED EG ZENTRALREGULIERUNG", "purchasing co-op central settlement", "de")],
    "Hotel garni Alpenrose Reit im Winkl": [("GASTRO-EINKAUF SUED EG ZENTRALREGULIERUNG", "purchasing co-op central settlement", "de")],
    "Klinikum Oberland Service GmbH": [("RHEIN-MAIN SUPPLY CHAIN FINANCE AG", "supply-chain finance provider", "de")],
    "Hotel Lido Rimini SpA": [("CONSORZIO ALBERGATORI RIVIERA SOC. COOP.", "hotel consortium", "it")],
    "Zorghotel Het Baken B.V.": [("STICHTING ZORGGROEP KENNEMERLAND", "parent foundation", "nl")],
    "Hotel Gdańsk Marina S.A.": [("GRUPA HOTELOWA BALTYK S.A.", "parent group", "pl")],
    "Lakeside Lodge Hotel Windermere Ltd": [("LAKESIDE LEISURE HOLDINGS PLC", "parent group", "en")],
    "Harbourside Hotel Bristol Ltd": [("ALBION TRADE FINANCE LTD", "supplier-finance provider", "en")],
    "Résidence Les Tilleuls SA": [("AFFACTURAGE CENTRE EST SA", "customer's payables-finance provider", "fr")],
    "Hôtel Métropole Bruxelles SA": [("METROPOLE HOSPITALITY HOLDING SA", "parent group", "fr")],
}

UNKNOWN_PAYERS = {
    "EUR": ["MUELLER, KLAUS-PETER", "J.P. MARTIN", "GARCIA LOPEZ MARIA DEL CARMEN", "FONTANA ELISA", "DE VRIES J.A.",
            "SCHNEIDER-HAAS, SABINE", "BUCHHALTUNGSSERVICE WEBER", "SARL GESTION PLUS", "FIDUCIAIRE ARDENNE SRL",
            "M. OU MME DUCHEMIN", "ASESORIA CONTABLE PEREZ SL", "STUDIO COMMERCIALISTA BIANCHI",
            "ADMINISTRATIEKANTOOR DE WIT", "HOFMANN TRAVEL GMBH", "P. VERMEULEN-MAES"],
    "GBP": ["MR D PATEL", "J OKAFOR", "MRS S HOLLOWAY", "OAKFIELD ACCOUNTANCY", "R & K HUGHES"],
    "PLN": ["JAN PIOTROWSKI", "ANNA KRAWCZYK-LIS", "BIURO USLUG KSIEGOWYCH ALFA", "TOMASZ WOJCIK"],
}

TERMS = {"DE": 30, "FR": 45, "ES": 60, "IT": 60, "NL": 30, "BE": 30, "PL": 14, "UK": 30}

customers = []
used_no = set()
for idx, (name, country, lang) in enumerate(CUST_SPEC):
    while True:
        no = R.randint(10120, 10990)
        if no not in used_no:
            used_no.add(no)
            break
    digits = "".join(str(R.randint(0, 9)) for _ in range(12))
    vat = {"DE": "DE" + digits[:9], "FR": "FR" + digits[:2] + digits[2:11], "ES": "B" + digits[:8],
           "IT": "IT" + digits[:11], "NL": "NL" + digits[:9] + "B01", "BE": "BE0" + digits[:9],
           "PL": "PL" + digits[:10], "UK": "GB" + digits[:9]}[country]
    cid = f"cus_{R.getrandbits(40):010x}"
    customers.append({"id": cid, "name": name, "country": country, "lang": lang, "no": no, "vat": vat,
                      "currency": CURRENCY[country], "stripe": name in STRIPE_PAYERS,
                      "eur_buyer": name in EUR_BUYERS})
CBYNAME = {c["name"]: c for c in customers}
CBYID = {c["id"]: c for c in customers}

# --------------------------------------------------------------------------
# ledger
# --------------------------------------------------------------------------
LEDGER_START = date(2025, 10, 1)
LEDGER_END = date(2026, 3, 6)
PAY_START = date(2026, 1, 8)
PAY_END = date(2026, 3, 13)


def rand_amount(cur, lo=60, hi=7500):
    v = math.exp(R.uniform(math.log(lo), math.log(hi)))
    c = int(v * 100) + R.randint(0, 99)
    if cur == "PLN":
        c = c * 4
    elif cur == "GBP":
        c = c * 86 // 100
    return c


def rand_issue():
    span = (LEDGER_END - LEDGER_START).days
    # newer invoices more frequent (old ones were mostly paid)
    x = R.random() ** 0.7
    return LEDGER_START + timedelta(days=int(x * span))


invoices = []


def add_inv(c, cur, total, issue, balance=None, kind="inv", **kw):
    terms = TERMS[c["country"]]
    if c["country"] == "PL" and R.random() < 0.5:
        terms = 30
    due = issue if kind == "cn" else issue + timedelta(days=terms)
    inv = {"id": None, "number": None, "customer_id": c["id"], "customer_name": c["name"], "currency": cur,
           "total": total, "balance": total if balance is None else balance, "issue_date": issue, "due_date": due,
           "kind": kind}
    inv.update(kw)
    invoices.append(inv)
    return inv


for c in customers:
    k = R.choice([2, 3, 3, 4, 4, 5, 5, 6, 7, 8])
    if c["eur_buyer"]:
        for _ in range(R.randint(5, 8)):
            add_inv(c, "EUR", rand_amount("EUR", 300, 9000), rand_issue())
        k = R.randint(1, 3)
    for _ in range(k):
        add_inv(c, c["currency"], rand_amount(c["currency"]), rand_issue())

# recurring monthly contracts with identical amounts (coffee service, linen, plants, printer lease)
recurring = R.sample([c for c in customers if not c["eur_buyer"]], 30)
for c in recurring:
    amt_c = rand_amount(c["currency"], 90, 1600)
    months = R.choice([2, 2, 3])
    start = date(2025, R.choice([11, 12]), R.choice([1, 2, 3]))
    for j in range(months):
        y, mo = start.year, start.month + j
        if mo > 12:
            y, mo = y + 1, mo - 12
        add_inv(c, c["currency"], amt_c, date(y, mo, start.day), recurring=True)

# sibling hotels that buy the same standard packages
for a, b, _ in CLASH_GROUPS:
    ca, cb = CBYNAME[a], CBYNAME[b]
    for _ in range(5):
        amt_c = rand_amount("EUR", 400, 3000)
        add_inv(ca, "EUR", amt_c, rand_issue(), package=True)
        add_inv(cb, "EUR", amt_c, rand_issue(), package=True)

# the same price-list package bought by unrelated customers
for _ in range(10):
    cur = R.choice(["EUR", "EUR", "EUR", "GBP", "PLN"])
    pool = [c for c in customers if c["currency"] == cur]
    a, b = R.sample(pool, 2)
    amt_c = rand_amount(cur, 150, 2500)
    add_inv(a, cur, amt_c, rand_issue(), package=True)
    add_inv(b, cur, amt_c, rand_issue(), package=True)

# an invoice part-paid before the batch (balance below total)
for c in R.sample(customers, 14):
    inv = add_inv(c, c["currency"], rand_amount(c["currency"], 800, 9000), rand_issue())
    inv["balance"] = inv["total"] - (inv["total"] * R.choice([30, 40, 50]) // 100) // 100 * 100
    inv["prepaid"] = True

# credit notes: some already allocated to an invoice (balance reduced), some still open (negative item)
cn_seq = {2025: 861, 2026: 9}
cn_numbers = []


def next_cn(d):
    cn_seq[d.year] += R.randint(1, 4)
    return f"CN-{d.year}-{cn_seq[d.year]:04d}"


alloc_cust = R.sample([c for c in customers], 12)
for c in alloc_cust:
    inv = add_inv(c, c["currency"], rand_amount(c["currency"], 600, 8000), rand_issue())
    credit = max(1500, inv["total"] * R.randint(5, 25) // 100)
    inv["balance"] = inv["total"] - credit
    inv["alloc_cn"] = (None, credit)  # number assigned below
open_cn_cust = R.sample([c for c in customers if c not in alloc_cust], 16)
for c in open_cn_cust:
    add_inv(c, c["currency"], rand_amount(c["currency"], 800, 8000), rand_issue())
    cn_total = -rand_amount(c["currency"], 25, 700)
    add_inv(c, c["currency"], cn_total, rand_issue(), kind="cn")

# numbering: invoices by issue date, separate credit-note series
invoices.sort(key=lambda i: (i["issue_date"], R.random()))
seq = {2025: 10380, 2026: 0}
for inv in invoices:
    d = inv["issue_date"]
    if inv["kind"] == "cn":
        inv["number"] = next_cn(d)
    else:
        seq[d.year] += R.randint(1, 5)
        inv["y"], inv["n"] = d.year, seq[d.year]
        inv["number"] = f"{d.year}-{seq[d.year]:05d}"
    if inv.get("alloc_cn"):
        cd = d + timedelta(days=R.randint(3, 20))
        inv["alloc_cn"] = (next_cn(min(cd, LEDGER_END)), inv["alloc_cn"][1])
    inv["id"] = f"inv_{R.getrandbits(36):09x}"

ALL_NUMBERS = {(i["y"], i["n"]) for i in invoices if i["kind"] == "inv"}
ALL_N = {i["n"] for i in invoices if i["kind"] == "inv"}
for inv in invoices:
    inv["bal"] = inv["balance"]  # running balance during the batch
INV_BY_CUST = {}
for inv in invoices:
    INV_BY_CUST.setdefault(inv["customer_id"], []).append(inv)

# --------------------------------------------------------------------------
# reference text helpers
# --------------------------------------------------------------------------
SINGLE_PAT = {
    "de": ["RE {F}", "Rechnung {F}", "Rg. {S}", "Re-Nr. {Y}/{N}", "RG {C}", "Rechnungsnr. {F}", "RE-NR {S}", "Rechn. {F}"],
    "fr": ["Facture {F}", "FACT {S}", "Fact. n° {F}", "FA {Y}/{N}", "FACTURE N {C}", "fact {F}", "FACT. {F}"],
    "es": ["Factura {F}", "FRA {S}", "Fra. nº {Y}/{N}", "FACT {F}", "N/FRA {F}", "factura num. {S}", "FRA. {F}"],
    "it": ["Fattura n. {Y}/{N}", "FT {S}", "ft. {F}", "Fatt. {N}/{Y}", "FATT N {F}", "fattura {F}", "FT. N. {F}"],
    "nl": ["factuur {F}", "fact.nr {S}", "factuurnummer {F}", "FACTUUR {C}", "fa {F}", "Factuur nr. {F}"],
    "pl": ["FV {Y}/{N}", "faktura nr {F}", "FV {N}/{Y}", "fakt. {S}", "FAKTURA VAT {F}", "F-ra {F}", "FV/{N}/{Y}"],
    "en": ["INV {F}", "Invoice {S}", "INV{N}", "inv {Y}/{N}", "Invoice no. {F}", "INV-{F}", "Inv {F}"],
}
PLURAL_WORD = {"de": ["Rechnungen", "RE", "Rg.", "RECHNUNGEN"], "fr": ["Factures", "FACT", "Fact.", "FACTURES"],
               "es": ["Facturas", "FRAS", "Fras.", "FACTURAS"], "it": ["Fatture", "FT", "Fatt.", "FATTURE"],
               "nl": ["facturen", "fact.", "FACTUREN", "factuurnrs"], "pl": ["FV", "faktury", "Faktury nr", "FAKTURY"],
               "en": ["Invoices", "INV", "Invs", "INVOICES"]}
AND_WORD = {"de": " u. ", "fr": " et ", "es": " y ", "it": " e ", "nl": " en ", "pl": " i ", "en": " & "}


def short_no(inv):
    return str(inv["n"]) if inv["y"] == 2025 else f"{inv['y']}/{inv['n']}"


def ref1(inv, lang, pat=None):
    if inv["kind"] == "cn":
        return inv["number"]
    pat = pat or R.choice(SINGLE_PAT[lang])
    return pat.format(F=inv["number"], S=short_no(inv), Y=inv["y"], N=f"{inv['n']:05d}", C=f"{inv['y']}{inv['n']:05d}")


def ref_list(invs, lang):
    word = R.choice(PLURAL_WORD[lang])
    form = R.choice(["full", "short", "mixed", "compact"])
    nums = []
    for k, inv in enumerate(invs):
        if form == "full" or (form == "mixed" and k == 0):
            nums.append(inv["number"])
        elif form == "compact":
            nums.append(f"{inv['y']}{inv['n']:05d}" if R.random() < 0.7 else inv["number"])
        else:
            nums.append(short_no(inv))
    sep = R.choice([", ", " / ", " ", "; ", "+"])
    if len(nums) > 1 and sep == ", " and R.random() < 0.5:
        body = ", ".join(nums[:-1]) + AND_WORD[lang] + nums[-1]
    else:
        body = sep.join(nums)
    return f"{word} {body}"


def eref():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(R.choice([12, 16, 20])))


def po_number(c, lookalike=None):
    if lookalike is not None:
        return str(lookalike)
    return R.choice([f"4500{R.randint(100000, 999999)}", f"PO-{R.randint(2025, 2026)}-{R.randint(100, 999)}",
                     f"{R.randint(7000000, 7999999)}", f"BC{R.randint(10000, 99999)}"])


def bank_name(c, mode=None):
    n = c["name"]
    mode = mode or R.choice(["plain", "upper", "ascii_upper", "trunc", "plain", "upper"])
    if mode == "plain":
        return n
    if mode == "upper":
        return n.upper()
    if mode == "ascii_upper":
        return strip_acc(n).upper()
    if mode == "trunc":
        s = strip_acc(n).upper()
        return s[:R.choice([27, 30, 35])].rstrip()
    return n


def cid_or_null(c, p=0.45):
    return c["id"] if R.random() < p else None


def wrap_bank(text, lang, c, payer):
    """Dress a customer-written reference as it arrives through the bank."""
    r = R.random()
    if lang == "de" and r < 0.35:
        return f"EREF+{eref()} SVWZ+{text}"
    if lang == "de" and r < 0.45:
        return f"SVWZ+{text} ABWA+{strip_acc(payer).upper()[:27]}"
    if lang in ("fr", "es", "it", "nl") and r < 0.15:
        return f"/ROC/{eref()[:12]}/{text.upper()}"
    if r < 0.5 and lang != "en":
        return text.upper()
    return text


def clip140(s):
    assert len(s) <= 140, s
    return s


# --------------------------------------------------------------------------
# batch state helpers
# --------------------------------------------------------------------------

def items(c, cur=None, d=None, pos=False, fresh=True):
    """open items; pos: invoices only; fresh: not already touched by an earlier payment of this batch"""
    out = []
    for inv in INV_BY_CUST.get(c["id"], []):
        if inv["bal"] == 0:
            continue
        if pos and fresh and inv["bal"] != inv["balance"]:
            continue
        if cur and inv["currency"] != cur:
            continue
        if d is not None and inv["issue_date"] > d - timedelta(days=2):
            continue
        if pos and inv["bal"] < 0:
            continue
        out.append(inv)
    return out


def all_items(c, cur):
    """every open item of the customer in that currency, whatever its date (conservative checks)."""
    return [i for i in INV_BY_CUST.get(c["id"], []) if i["bal"] != 0 and i["currency"] == cur]


def subsets_equal(its, amount, maxk=None):
    its = list(its)
    res = []
    n = len(its)
    maxk = maxk or n
    if n > 14:
        maxk = min(maxk, 4)
    for k in range(1, maxk + 1):
        for comb in itertools.combinations(its, k):
            if sum(i["bal"] for i in comb) == amount:
                res.append(list(comb))
    return res


def unique_fit(c, cur, target_set):
    """True if target_set is the only subset of the customer's open items summing to its total."""
    amount = sum(i["bal"] for i in target_set)
    subs = subsets_equal(all_items(c, cur), amount)
    return len(subs) == 1 and {i["id"] for i in subs[0]} == {i["id"] for i in target_set}


def near_any(c, cur, amount):
    """amount close to some open item / small combination (so 'fits no invoice' would be arguable)."""
    its = all_items(c, cur)
    sums = []
    for k in range(1, min(3, len(its)) + 1):
        for comb in itertools.combinations(its, k):
            sums.append(sum(i["bal"] for i in comb))
    for s in sums:
        if s <= 0:
            continue
        if abs(s - amount) <= max(s * 8 // 100, 3000):
            return True
    return False


def pick_due(its, d):
    its = [i for i in its if i is not None]
    its = sorted(its, key=lambda i: abs((i["due_date"] - d).days) + R.randint(0, 40))
    return its[0] if its else None


def near1(a, b):
    """digit strings differing by one substitution, one adjacent transposition, or one deletion/insertion"""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
        return False
    if abs(len(a) - len(b)) == 1:
        s, l = (a, b) if len(a) < len(b) else (b, a)
        return any(l[:k] + l[k + 1:] == s for k in range(len(l)))
    return False


def typo_of(n):
    s = f"{n:05d}"
    while True:
        k = R.choice(["swap", "sub", "drop"])
        if k == "swap":
            p = R.randint(1, 3)
            t = s[:p] + s[p + 1] + s[p] + s[p + 2:]
        elif k == "sub":
            p = R.randint(2, 4)
            t = s[:p] + str((int(s[p]) + R.choice([1, 9, 3])) % 10) + s[p + 1:]
        else:
            p = R.randint(2, 4)
            t = s[:p] + s[p + 1:]
        if t != s:
            return t


# --------------------------------------------------------------------------
# text blocks
# --------------------------------------------------------------------------
REMIT = {
    "de": dict(title=["Zahlungsavis", "ZAHLUNGSAVIS", "Avis über Zahlung"], greet=["Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo zusammen,"],
               intro=["wir haben heute folgende Rechnungen zur Zahlung angewiesen:", "anbei die Aufstellung zu unserer heutigen Überweisung:",
                      "mit Valuta {d} überweisen wir Ihnen den unten genannten Betrag für folgende Belege:"],
               cols=("Ihre Rechnung", "Datum", "Betrag", "Abzug", "Zahlbetrag"), total="Summe", close=["Mit freundlichen Grüßen", "Freundliche Grüße", "MfG"],
               dept=["Kreditorenbuchhaltung", "Buchhaltung", "Finanzbuchhaltung / Kreditoren"], vend="Ihre Lieferantennummer bei uns", doc="Zahlungsbeleg",
               auto="Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig."),
    "fr": dict(title=["Avis de paiement", "AVIS DE VIREMENT", "Avis de règlement"], greet=["Madame, Monsieur,", "Bonjour,", "Bonjour Madame, Monsieur,"],
               intro=["nous vous informons du virement de ce jour en règlement des factures suivantes :", "veuillez trouver ci-dessous le détail de notre règlement :",
                      "nous avons procédé ce {d} au virement suivant :"],
               cols=("Votre facture", "Date", "Montant", "Déduction", "Net réglé"), total="Total", close=["Cordialement", "Bien cordialement", "Salutations distinguées"],
               dept=["Service comptabilité fournisseurs", "Comptabilité", "Service Achats / Comptabilité"], vend="Votre code fournisseur chez nous", doc="Pièce de règlement",
               auto="Document généré automatiquement, merci de ne pas répondre."),
    "es": dict(title=["Aviso de pago", "AVISO DE TRANSFERENCIA", "Comunicación de pago"], greet=["Estimados señores:", "Buenos días,", "Hola,"],
               intro=["les comunicamos que hemos ordenado la transferencia correspondiente a las siguientes facturas:", "adjuntamos detalle del pago realizado hoy:",
                      "con fecha {d} hemos emitido transferencia por el siguiente detalle:"],
               cols=("Su factura", "Fecha", "Importe", "Descuento", "Neto"), total="Total", close=["Atentamente", "Un saludo", "Saludos cordiales"],
               dept=["Dpto. de Administración", "Contabilidad Proveedores", "Administración"], vend="Su código de proveedor", doc="Nº de remesa",
               auto="Este aviso se ha generado automáticamente."),
    "it": dict(title=["Avviso di pagamento", "AVVISO DI BONIFICO", "Comunicazione pagamento"], greet=["Spett.le Orvalis,", "Buongiorno,", "Gentili signori,"],
               intro=["con la presente vi comunichiamo di aver disposto bonifico a saldo delle seguenti fatture:", "di seguito il dettaglio del bonifico odierno:",
                      "in data {d} abbiamo disposto il seguente pagamento:"],
               cols=("Vs. fattura", "Data", "Importo", "Trattenuta", "Netto"), total="Totale", close=["Cordiali saluti", "Distinti saluti", "Saluti"],
               dept=["Ufficio Amministrazione", "Contabilità fornitori", "Amministrazione"], vend="Vs. codice fornitore", doc="Distinta n.",
               auto="Comunicazione generata automaticamente."),
    "nl": dict(title=["Betalingsadvies", "BETAALSPECIFICATIE", "Betaaladvies"], greet=["Geachte heer/mevrouw,", "Goedemiddag,", "Beste,"],
               intro=["hierbij ontvangt u de specificatie van onze betaling van vandaag:", "onderstaand de specificatie van de betaling:",
                      "op {d} hebben wij het volgende bedrag overgemaakt:"],
               cols=("Uw factuur", "Datum", "Bedrag", "Inhouding", "Betaald"), total="Totaal", close=["Met vriendelijke groet", "Groet", "Met vriendelijke groeten"],
               dept=["Crediteurenadministratie", "Financiële administratie", "Administratie"], vend="Uw crediteurnummer bij ons", doc="Betaalrun",
               auto="Dit bericht is automatisch gegenereerd."),
    "pl": dict(title=["Awizo płatności", "AWIZO PRZELEWU", "Potwierdzenie płatności"], greet=["Szanowni Państwo,", "Dzień dobry,", "Witam,"],
               intro=["informujemy, że w dniu dzisiejszym zlecono przelew za następujące faktury:", "poniżej specyfikacja dzisiejszego przelewu:",
                      "w dniu {d} zlecono przelew zgodnie z poniższym zestawieniem:"],
               cols=("Faktura", "Data", "Kwota", "Potrącenie", "Do zapłaty"), total="Razem", close=["Z poważaniem", "Pozdrawiam", "Z wyrazami szacunku"],
               dept=["Dział Księgowości", "Księgowość", "Dział Finansowy"], vend="Państwa numer dostawcy", doc="Nr dyspozycji",
               auto="Wiadomość wygenerowana automatycznie."),
    "en": dict(title=["Remittance Advice", "REMITTANCE ADVICE", "Payment Advice"], greet=["Dear Sir/Madam,", "Hi,", "Hello Orvalis team,"],
               intro=["Please find below details of our payment made today:", "We have today paid the following items:",
                      "A payment has been made on {d} as detailed below:"],
               cols=("Your invoice", "Date", "Amount", "Deduction", "Paid"), total="Total", close=["Kind regards", "Regards", "Many thanks"],
               dept=["Accounts Payable", "Finance Team", "Purchase Ledger"], vend="Your supplier number with us", doc="Payment ref",
               auto="This is an automatically generated remittance. Please do not reply to this email."),
}

PEOPLE = {"de": ["Sabine Krüger", "Thomas Vogel", "Anja Hartmann", "Michael Schulte", "Petra Lang"],
          "fr": ["Nathalie Girard", "Julien Roux", "Céline Marchand", "Franck Morel", "Sophie Lambert"],
          "es": ["Lucía Fernández", "Javier Romero", "Marta Gil", "Carlos Navarro", "Elena Ruiz"],
          "it": ["Giulia Ferri", "Paolo Greco", "Chiara Colombo", "Luca Marino", "Francesca Villa"],
          "nl": ["Sanne de Jong", "Pieter Bakker", "Ilse Visser", "Ruud Mulder", "Femke Bos"],
          "pl": ["Katarzyna Lewandowska", "Piotr Zając", "Agnieszka Wójcik", "Marek Kamiński", "Ewa Szymańska"],
          "en": ["Sarah Bennett", "Tom Griffiths", "Priya Shah", "Gareth Evans", "Emma Clarke"]}

DED_TXT = {
    "skonto": {"de": "{p} % Skonto", "fr": "escompte {p} %", "es": "dto. pronto pago {p}%", "it": "sconto cassa {p}%",
               "nl": "{p}% betalingskorting", "pl": "skonto {p}%", "en": "{p}% early settlement discount"},
    "damaged": {"de": "Transportschaden, {q} Kartons beschädigt", "fr": "marchandise endommagée ({q} cartons)", "es": "mercancía dañada ({q} bultos)",
                "it": "merce danneggiata ({q} colli)", "nl": "beschadigde levering ({q} dozen)", "pl": "uszkodzony towar ({q} kartony)",
                "en": "damaged goods ({q} cases)"},
    "missing": {"de": "Fehlmenge lt. Lieferschein", "fr": "manquant à la livraison", "es": "faltan {q} unidades en la entrega",
                "it": "merce mancante alla consegna", "nl": "ontbrekende artikelen bij levering", "pl": "brak towaru w dostawie",
                "en": "short delivery ({q} units missing)"},
    "price": {"de": "Preisdifferenz zum Angebot", "fr": "écart de prix par rapport au tarif convenu", "es": "diferencia de precio según oferta",
              "it": "differenza prezzo rispetto al listino concordato", "nl": "prijsverschil t.o.v. offerte", "pl": "różnica w cenie wg oferty",
              "en": "price difference vs. agreed quote"},
    "return": {"de": "Retoure vom {r}, Gutschrift fehlt noch", "fr": "retour du {r} non encore crédité", "es": "devolución del {r} pendiente de abono",
               "it": "reso del {r} non ancora accreditato", "nl": "retour van {r} nog niet gecrediteerd", "pl": "zwrot z dnia {r} nieuwzględniony",
               "en": "goods returned {r}, credit note outstanding"},
    "freight": {"de": "Frachtkosten nicht vereinbart", "fr": "frais de port non prévus", "es": "portes no acordados",
                "it": "spese di trasporto non concordate", "nl": "vrachtkosten niet afgesproken", "pl": "koszty transportu nieuzgodnione",
                "en": "delivery charge not agreed"},
}
DED_REASON = {"skonto": "early-payment discount taken", "damaged": "deduction for damaged goods",
              "missing": "deduction for short delivery", "price": "price difference deducted",
              "return": "returned goods deducted before credit note", "freight": "freight charge disputed",
              "bank": "bank charges deducted"}


def remit_text(lang, payer_label, d, lines, total, extra=None, vend_no=None, own_numbers=True, total_override=None):
    """lines: list of (doc_text, doc_date or None, gross, deduction, deduction_text, net)."""
    T = REMIT[lang]
    st = R.choice(LANG_STYLE[lang])
    person = R.choice(PEOPLE[lang])
    layout = R.choice(["table", "csv", "prose", "table"])
    out = []
    date_s = dmy(d, R.choice([".", "/", "-"]))
    if R.random() < 0.5:
        subj = {"de": "Betreff", "fr": "Objet", "es": "Asunto", "it": "Oggetto", "nl": "Onderwerp", "pl": "Temat", "en": "Subject"}[lang]
        out.append(f"{subj}: {R.choice(T['title'])} {payer_label} {date_s}")
        out.append("")
    else:
        out.append(R.choice(T["title"]) + (f" / {date_s}" if R.random() < 0.5 else ""))
        out.append(payer_label)
        out.append("")
    out.append(R.choice(T["greet"]))
    out.append("")
    out.append(R.choice(T["intro"]).format(d=date_s))
    out.append("")
    if vend_no:
        out.append(f"{T['vend']}: {vend_no}")
    if own_numbers and R.random() < 0.6:
        out.append(f"{T['doc']}: {R.choice(['ZL', 'PAY', 'AP', ''])}{R.randint(2026000100, 2026009999)}")
    if layout == "table":
        c = T["cols"]
        w = max([len(c[0])] + [len(x[0]) for x in lines]) + 2
        out.append(f"{c[0]:<{w}}{c[1]:<12}{c[2]:>12}{c[3]:>12}{c[4]:>13}")
        out.append("-" * (w + 49))
        for doc, dd, g, ded, dt, net in lines:
            dds = dmy(dd) if dd else ""
            out.append(f"{doc:<{w}}{dds:<12}{fm(g, st):>12}{(fm(-ded, st) if ded else ''):>12}{fm(net, st):>13}")
            if dt:
                out.append(f"    {dt}")
        out.append("-" * (w + 49))
        out.append(f"{T['total']:<{w + 24}}{fm(total_override if total_override is not None else total, st):>25}")
    elif layout == "csv":
        c = T["cols"]
        out.append(";".join(c))
        for doc, dd, g, ded, dt, net in lines:
            out.append(";".join([doc, dmy(dd) if dd else "", fm(g, st), fm(-ded, st) if ded else "0", fm(net, st)]) + (f";{dt}" if dt else ""))
        out.append(f"{T['total']};;;;{fm(total_override if total_override is not None else total, st)}")
    else:
        for doc, dd, g, ded, dt, net in lines:
            if ded:
                out.append(f"- {doc}: {fm(g, st)} - {fm(ded, st)} ({dt}) = {fm(net, st)}")
            else:
                out.append(f"- {doc}: {fm(net, st)}")
        out.append(f"{T['total']}: {fm(total_override if total_override is not None else total, st)}")
    if extra:
        out.append("")
        out.append(extra)
    out.append("")
    out.append(R.choice(T["close"]))
    out.append(person)
    out.append(R.choice(T["dept"]))
    out.append(payer_label)
    if R.random() < 0.3:
        out.append("")
        out.append(T["auto"])
    return "\n".join(out)


def doc_of(inv, lang):
    """how a customer's AP system lists our document."""
    if inv["kind"] == "cn":
        w = {"de": "Gutschrift", "fr": "Avoir", "es": "Abono", "it": "Nota credito", "nl": "Creditnota", "pl": "Korekta", "en": "Credit note"}[lang]
        return f"{w} {inv['number']}" if R.random() < 0.6 else inv["number"]
    return R.choice([inv["number"], ref1(inv, lang), f"{inv['y']}{inv['n']:05d}", inv["number"]])


GENERIC = {
    "de": ["Zahlung", "Überweisung", "Rechnung", "Begleichung offener Posten", "ZAHLUNG LT. AVIS", "Lieferantenzahlung", "Ausgleich"],
    "fr": ["Paiement", "VIREMENT FOURNISSEUR", "Règlement", "REGLEMENT FACTURE", "Virement", "Paiement Orvalis"],
    "es": ["PAGO PROVEEDOR", "Pago", "TRANSFERENCIA", "Pago factura", "ABONO PROVEEDOR"],
    "it": ["BONIFICO", "Pagamento fornitore", "Saldo fattura", "PAGAMENTO", "Bonifico a vostro favore"],
    "nl": ["betaling", "Betaling factuur", "OVERBOEKING", "betaling Orvalis", "Termijnbetaling"],
    "pl": ["przelew", "Zapłata za fakturę", "PRZELEW ZA TOWAR", "płatność", "Opłata faktury"],
    "en": ["PAYMENT", "ORVALIS", "SUPPLIER PAYMENT", "Invoice payment", "BACS"],
}


def custno_txt(c, lang):
    return {"de": R.choice(["Kd-Nr. {n}", "Kundennr. {n}", "KDNR {n}", "Kunde {n}"]),
            "fr": R.choice(["client {n}", "CLIENT N {n}", "Réf. client {n}", "code client {n}"]),
            "es": R.choice(["cliente {n}", "N/CLIENTE {n}", "cód. cliente {n}"]),
            "it": R.choice(["cod. cliente {n}", "CLIENTE {n}", "cliente n. {n}"]),
            "nl": R.choice(["klantnr {n}", "debiteurnr {n}", "KLANTNUMMER {n}"]),
            "pl": R.choice(["nr klienta {n}", "NR KONTRAHENTA {n}", "klient {n}"]),
            "en": R.choice(["acct {n}", "A/C {n}", "cust {n}", "account {n}"])}[lang].format(n=c["no"])


def po_txt(po, lang):
    return {"de": R.choice(["Bestellung {p}", "Best.-Nr. {p}", "unsere Bestellnr. {p}", "BESTELLUNG {p}"]),
            "fr": R.choice(["BC {p}", "commande {p}", "Bon de commande {p}", "N/CDE {p}"]),
            "es": R.choice(["pedido {p}", "PEDIDO {p}", "N/PEDIDO {p}", "orden de compra {p}"]),
            "it": R.choice(["ordine {p}", "ns. ordine n. {p}", "ORDINE {p}", "rif. ordine {p}"]),
            "nl": R.choice(["bestelling {p}", "inkoopordernr {p}", "ORDER {p}", "ons ordernr {p}"]),
            "pl": R.choice(["zamówienie {p}", "ZAM. {p}", "nr zamówienia {p}"]),
            "en": R.choice(["PO {p}", "our PO {p}", "order {p}", "P/O {p}"])}[lang].format(p=po)


def vat_txt(c, lang):
    w = {"de": "USt-IdNr.", "fr": "TVA", "es": "NIF", "it": "P.IVA", "nl": "btw-nr", "pl": "NIP", "en": "VAT"}[lang]
    v = c["vat"]
    if lang == "pl":
        v = v[2:]
    return f"{w} {v}"


def with_extras(core, c, lang, d, p_extra=0.45, po=None, inv_date=None):
    parts = [core]
    if R.random() < p_extra:
        parts.append(custno_txt(c, lang))
    if R.random() < 0.25 or po:
        parts.append(po_txt(po or po_number(c), lang))
    if R.random() < 0.12:
        parts.append(vat_txt(c, lang))
    if R.random() < 0.2:
        parts.append({"de": "vom ", "fr": "du ", "es": "de ", "it": "del ", "nl": "d.d. ", "pl": "z dnia ", "en": "dated "}[lang]
                     + dmy(inv_date or d - timedelta(days=R.randint(20, 60)), R.choice([".", "/"])))
    head, rest = parts[0], parts[1:]
    R.shuffle(rest)
    return R.choice([" ", " / ", ", ", "  "]).join([head] + rest)


# --------------------------------------------------------------------------
# payments and labels
# --------------------------------------------------------------------------
payments, labels = [], []
used_pids = set()
paid_in_batch = []   # (inv, payment_amount, ref_text, pay_index)
part_paid = []       # invoices left open on purpose by a part payment in the batch


def new_pid():
    while True:
        p = f"pmt_{R.getrandbits(32):08x}"
        if p not in used_pids:
            used_pids.add(p)
            return p


def emit(d, amount, cur, payer, cust_id, ref, remit, status, apps, unapplied, short, cands, key, lang, note):
    pid = new_pid()
    if ref is not None:
        clip140(ref)
    payments.append({"id": pid, "date": d.isoformat(), "amount": m(amount), "currency": cur, "payer_name": payer,
                     "customer_id": cust_id, "reference": ref, "remittance": remit})
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": i["id"], "amount": m(a)} for i, a in apps],
                   "unapplied": m(unapplied),
                   "short_pay": None if short is None else {"invoice_id": short[0]["id"], "amount": m(short[1]), "reason": short[2]},
                   "candidates": [[i["id"] for i in s] for s in cands],
                   "note": f"[{key}, {lang}] {note}"})
    # apply
    for i, a in apps:
        i["bal"] -= a
        assert (i["bal"] >= 0) if i["kind"] == "inv" else (i["bal"] <= 0), (key, i)
        if i["bal"] == 0 and i["kind"] == "inv":
            paid_in_batch.append((i, a, ref, len(payments) - 1))
    return pid


def nums(invs):
    return ", ".join(i["number"] for i in invs)


def choose_cust(pred):
    pool = [c for c in customers if pred(c)]
    return R.choice(pool) if pool else None


def lang_of(c):
    return c["lang"]


# ---- applied ----------------------------------------------------------------

def custno_note(c, ref):
    hits = [i for i in invoices if i["kind"] == "inv" and i["bal"] > 0 and i["y"] == 2025 and i["n"] == c["no"]]
    if ref and str(c["no"]) in ref and hits:
        return (f" The customer number {c['no']} in the text is also the number of open invoice {hits[0]['number']} "
                f"({hits[0]['customer_name']}); it is labelled as a customer number and does not fit the amount.")
    return ""


def s_ref_single(d):
    c = choose_cust(lambda c: items(c, c["currency"], d, pos=True))
    if not c:
        return False
    cur = c["currency"]
    inv = pick_due(items(c, cur, d, pos=True), d)
    lang = c["lang"] if R.random() < 0.9 else "en"
    payer = bank_name(c)
    if c["country"] == "UK":
        ref = R.choice([f"INV {inv['number']}", f"{inv['number']}", f"ORVALIS {inv['n']:05d}", f"INV{inv['n']:05d}",
                        f"{strip_acc(c['name']).upper()[:8].strip()} {inv['n']:05d}"])[:18]
        assert str(f"{inv['n']:05d}") in ref.replace("-", "")[-14:] or inv["number"] in ref
        assert len(ref) <= 18
        chan = "Faster Payments"
    else:
        ref = wrap_bank(with_extras(ref1(inv, lang), c, lang, d, inv_date=inv["issue_date"]), lang, c, payer)
        chan = "Elixir" if c["country"] == "PL" else "SEPA"
    lk = custno_note(c, ref)
    emit(d, inv["bal"], cur, payer, cid_or_null(c), ref, None, "applied", [(inv, inv["bal"])], 0, None, [],
         "REF_SINGLE", lang, f"{chan} reference names {inv['number']}; amount equals its open balance {m(inv['bal'])}.{lk}")
    return True


def s_fps(d):
    c = choose_cust(lambda c: c["country"] == "UK" and items(c, "GBP", d, pos=True))
    if not c:
        return False
    its = items(c, "GBP", d, pos=True)
    k = 1 if len(its) < 2 or R.random() < 0.6 else 2
    chosen = sorted(R.sample(its, k), key=lambda i: i["n"])
    if k == 1:
        i = chosen[0]
        ref = R.choice([f"INV {i['number']}", f"{i['y']}-{i['n']}", f"INV{i['n']:05d} THANKS", f"ORVALIS INV {i['n']:05d}",
                        f"{c['no']} INV{i['n']:05d}"])
    else:
        a, b = chosen
        ref = R.choice([f"INV {a['n']:05d} {b['n']:05d}", f"{a['n']:05d}+{b['n']:05d}", f"INVS {a['n']:05d}/{b['n']:05d}"])
    ref = ref[:18]
    for i in chosen:
        assert f"{i['n']:05d}" in ref or f"{i['y']}-{i['n']}" in ref, ref
    amount = sum(i["bal"] for i in chosen)
    lk = ""
    if str(c["no"]) in ref and c["no"] in ALL_N:
        lk = f" The leading {c['no']} is the customer's account number, not an invoice."
    emit(d, amount, "GBP", bank_name(c, R.choice(["upper", "trunc"]))[:18] if R.random() < 0.5 else bank_name(c),
         cid_or_null(c, 0.5), ref, None, "applied", [(i, i["bal"]) for i in chosen], 0, None, [],
         "FPS_18", "en", f"UK Faster Payments 18-character reference names {nums(chosen)}; amount equals the balance(s).{lk}")
    return True


def s_trunc_ok(d):
    for _ in range(60):
        c = choose_cust(lambda c: c["country"] == "UK" and items(c, "GBP", d, pos=True))
        if not c:
            return False
        inv = R.choice(items(c, "GBP", d, pos=True))
        n5 = f"{inv['n']:05d}"
        letters = "".join(ch for ch in strip_acc(c["name"]).upper() if ch.isalpha())
        tag = letters[:R.choice([8, 9])] if R.random() < 0.6 else R.choice(["INV PAYT", "ORVALIS:", "SUPPLIER"])
        full = f"{tag} {inv['y']}-{n5}"
        ref = full[:18]
        cut = full[len(ref):]
        if not (1 <= len(cut) <= 2):
            continue
        prefix = (f"{inv['y']}-{n5}")[:len(f"{inv['y']}-{n5}") - len(cut)]
        matches = [i for i in all_items(c, "GBP") if i["kind"] == "inv" and i["number"].startswith(prefix)]
        if len(matches) < 1 or not unique_fit(c, "GBP", [inv]):
            continue
        others = [i["number"] for i in matches if i is not inv]
        emit(d, inv["bal"], "GBP", bank_name(c), c["id"], ref, None, "applied", [(inv, inv["bal"])], 0, None, [],
             "FPS_TRUNCATED", "en", f"Reference cut at 18 characters leaves '{prefix}…'; the customer is identified and "
             f"{inv['number']} is the only open item of theirs equal to {m(inv['bal'])}"
             + (f" (other numbers with that prefix: {', '.join(others)} have different balances)." if others else "."))
        return True
    return False


def s_ref_multi(d):
    c = choose_cust(lambda c: len(items(c, c["currency"], d, pos=True)) >= 2 and c["country"] != "UK")
    if not c:
        return False
    cur = c["currency"]
    its = items(c, cur, d, pos=True)
    k = min(len(its), R.choice([2, 2, 3, 3, 4]))
    chosen = sorted(R.sample(its, k), key=lambda i: i["n"])
    lang = c["lang"]
    core = ref_list(chosen, lang)
    if R.random() < 0.3:
        core += " " + {"de": "Gesamt", "fr": "total", "es": "total", "it": "totale", "nl": "totaal", "pl": "razem", "en": "total"}[lang] + " " + amt(sum(i["bal"] for i in chosen), lang)
    payer = bank_name(c)
    ref = wrap_bank(with_extras(core, c, lang, d, 0.3, inv_date=chosen[0]["issue_date"]), lang, c, payer)
    if len(ref) > 140:
        ref = core
    emit(d, sum(i["bal"] for i in chosen), cur, payer, cid_or_null(c), ref, None, "applied", [(i, i["bal"]) for i in chosen], 0, None, [],
         "REF_MULTI", lang, f"Lump sum; reference lists {nums(chosen)} and the amount is exactly the sum of their balances.")
    return True


def s_remit_lump(d):
    c = choose_cust(lambda c: len(items(c, c["currency"], d, pos=True)) >= 3)
    if not c:
        return False
    cur = c["currency"]
    its = sorted(items(c, cur, d, pos=True), key=lambda i: i["due_date"])
    k = min(len(its), R.randint(2, 6))
    chosen = its[:k] if R.random() < 0.6 else sorted(R.sample(its, k), key=lambda i: i["due_date"])
    lang = c["lang"] if R.random() < 0.85 else "en"
    total = sum(i["bal"] for i in chosen)
    lines = [(doc_of(i, lang), i["issue_date"], i["bal"], 0, None, i["bal"]) for i in chosen]
    rem = remit_text(lang, c["name"], d, lines, total, vend_no=R.choice([None, f"70{R.randint(1000, 9999)}", f"{R.randint(10381, 11200)}"]))
    ref = R.choice([{"de": "ZAHLUNGSAVIS PER MAIL", "fr": "AVIS PAR MAIL", "es": "VER AVISO DE PAGO", "it": "VEDI AVVISO",
                     "nl": "ZIE BETAALSPECIFICATIE", "pl": "WG AWIZO", "en": "SEE REMITTANCE"}[lang],
                    f"{R.choice(['PAYRUN', 'ZL', 'LOTE', 'RUN'])} {R.randint(100, 9999)}", None])
    emit(d, total, cur, bank_name(c), cid_or_null(c), ref, rem, "applied", [(i, i["bal"]) for i in chosen], 0, None, [],
         "REMIT_LUMP", lang, f"Emailed remittance advice lists {nums(chosen)}; payment equals the listed total and each line equals the open balance.")
    return True


def rf_ref(inv):
    body = f"{inv['y']}{inv['n']:05d}"
    num = int("".join(str(int(ch, 36)) for ch in body + "RF00"))
    cd = 98 - num % 97
    return f"RF{cd:02d}{body}"


def s_rf(d):
    c = choose_cust(lambda c: c["currency"] == "EUR" and c["country"] in ("DE", "FR", "NL", "ES", "IT", "BE") and items(c, "EUR", d, pos=True))
    if not c:
        return False
    inv = pick_due(items(c, "EUR", d, pos=True), d)
    rf = rf_ref(inv)
    shown = R.choice([rf, " ".join(rf[i:i + 4] for i in range(0, len(rf), 4)), rf])
    ref = R.choice([shown, f"{shown}", f"/RFB/{rf}", f"EREF+{eref()} SVWZ+{shown}" if c["lang"] == "de" else shown])
    emit(d, inv["bal"], "EUR", bank_name(c), cid_or_null(c), ref, None, "applied", [(inv, inv["bal"])], 0, None, [],
         "RF_CREDITOR_REF", c["lang"], f"ISO 11649 creditor reference {rf} (check digits valid) carries {inv['y']}{inv['n']:05d} = {inv['number']}; amount equals its balance.")
    return True


def ogm(inv):
    base = int(f"{inv['y']}{inv['n']:05d}0")
    cd = base % 97 or 97
    s = f"{base:010d}{cd:02d}"
    return s


def s_ogm(d):
    c = choose_cust(lambda c: c["country"] == "BE" and items(c, "EUR", d, pos=True))
    if not c:
        return False
    inv = pick_due(items(c, "EUR", d, pos=True), d)
    s = ogm(inv)
    fmt = R.choice(["+++{a}/{b}/{c}+++", "***{a}/{b}/{c}***", "{all}", "+++ {a}/{b}/{c} +++"])
    ref = fmt.format(a=s[:3], b=s[3:7], c=s[7:], all=s)
    emit(d, inv["bal"], "EUR", bank_name(c), cid_or_null(c, 0.3), ref, None, "applied", [(inv, inv["bal"])], 0, None, [],
         "BE_STRUCTURED", c["lang"], f"Belgian structured communication {s} (mod-97 valid) = {inv['y']}{inv['n']:05d} + 0 + check digits, i.e. {inv['number']}; amount equals its balance.")
    return True


def stripe_id(prefix):
    return prefix + "_3" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(22))


def s_stripe(d):
    c = choose_cust(lambda c: c["stripe"] and items(c, c["currency"], d, pos=True))
    if not c:
        return False
    cur = c["currency"]
    its = items(c, cur, d, pos=True)
    chosen = [pick_due(its, d)]
    if len(its) >= 2 and R.random() < 0.25:
        chosen = sorted(R.sample(its, 2), key=lambda i: i["n"])
    lang = c["lang"]
    desc = R.choice(["Invoice {x}", "Orvalis invoice {x}", "Payment for invoice {x}", "{x}"])
    x = " + ".join(i["number"] for i in chosen)
    ref = f"Stripe {stripe_id(R.choice(['pi', 'ch', 'py']))} · " + desc.format(x=x)
    holder = R.choice([c["name"], c["name"], R.choice(PEOPLE[lang]).upper(), strip_acc(R.choice(PEOPLE[lang]))])
    amount = sum(i["bal"] for i in chosen)
    emit(d, amount, cur, holder, c["id"], ref, None, "applied", [(i, i["bal"]) for i in chosen], 0, None, [],
         "STRIPE_CARD", lang, f"Card payment through Stripe for the identified customer; description names {nums(chosen)} and the gross amount equals the balance(s). Card holder name is irrelevant.")
    return True


def s_credit_net(d):
    c = choose_cust(lambda c: any(i["kind"] == "cn" for i in items(c, c["currency"], d)) and items(c, c["currency"], d, pos=True))
    if not c:
        return False
    cur = c["currency"]
    cn = [i for i in items(c, cur, d) if i["kind"] == "cn"][0]
    its = [i for i in items(c, cur, d, pos=True)]
    big = [i for i in its if i["bal"] > -cn["bal"]]
    if not big:
        return False
    k = 1 if len(its) < 2 or R.random() < 0.5 else 2
    chosen = [pick_due(big, d)]
    if k == 2:
        rest = [i for i in its if i is not chosen[0]]
        chosen.append(R.choice(rest))
    chosen.sort(key=lambda i: i["n"])
    total = sum(i["bal"] for i in chosen) + cn["bal"]
    lang = c["lang"]
    if R.random() < 0.55:
        lines = [(doc_of(i, lang), i["issue_date"], i["bal"], 0, None, i["bal"]) for i in chosen]
        lines.append((doc_of(cn, lang), cn["issue_date"], cn["bal"], 0, None, cn["bal"]))
        rem = remit_text(lang, c["name"], d, lines, total)
        ref = R.choice([None, R.choice(GENERIC[lang]), f"{R.choice(GENERIC[lang])} {cn['number']}"])
    else:
        rem = None
        less = {"de": "abzgl. Gutschrift", "fr": "moins avoir", "es": "menos abono", "it": "meno nota credito",
                "nl": "min creditnota", "pl": "minus korekta", "en": "less credit note"}[lang]
        ref = (ref_list(chosen, lang) if len(chosen) > 1 else ref1(chosen[0], lang)) + f" {less} {cn['number']}"
        if R.random() < 0.5:
            ref += f" = {amt(total, lang)}"
        ref = wrap_bank(ref, lang, c, c["name"])
    emit(d, total, cur, bank_name(c), cid_or_null(c), ref, rem, "applied",
         [(i, i["bal"]) for i in chosen] + [(cn, cn["bal"])], 0, None, [],
         "CREDIT_NOTE_NETTED", lang, f"Pays {nums(chosen)} net of the open credit note {cn['number']} ({m(cn['bal'])}); "
         f"amount = invoice balance(s) minus the credit, so the credit note is applied too (negative application).")
    return True


def s_credit_alloc(d):
    c = choose_cust(lambda c: any(i.get("alloc_cn") and i["bal"] == i["balance"] for i in items(c, c["currency"], d, pos=True)))
    if not c:
        return False
    cur = c["currency"]
    inv = [i for i in items(c, cur, d, pos=True) if i.get("alloc_cn") and i["bal"] == i["balance"]][0]
    cnn, credit = inv["alloc_cn"]
    lang = c["lang"]
    less = {"de": "abzgl. Gutschrift", "fr": "déduction faite de l'avoir", "es": "descontado abono", "it": "dedotta nota di credito",
            "nl": "verrekend met creditnota", "pl": "pomniejszona o korektę", "en": "net of credit"}[lang]
    if R.random() < 0.5:
        lines = [(doc_of(inv, lang), inv["issue_date"], inv["total"], 0, None, inv["total"]),
                 (cnn, None, -credit, 0, None, -credit)]
        rem = remit_text(lang, c["name"], d, lines, inv["bal"])
        ref = R.choice([None, R.choice(GENERIC[lang])])
    else:
        rem = None
        ref = wrap_bank(f"{ref1(inv, lang)} {amt(inv['total'], lang)} {less} {cnn} {amt(credit, lang)}", lang, c, c["name"])
    emit(d, inv["bal"], cur, bank_name(c), cid_or_null(c), ref, rem, "applied", [(inv, inv["bal"])], 0, None, [],
         "CREDIT_ALREADY_ALLOCATED", lang, f"Customer nets {cnn} off {inv['number']} (total {m(inv['total'])}); that credit is already in the ledger balance {m(inv['bal'])}, which the payment equals.")
    return True


def s_lookalike(d):
    for _ in range(80):
        c = choose_cust(lambda c: items(c, c["currency"], d, pos=True) and c["country"] != "UK")
        cur = c["currency"]
        inv = pick_due(items(c, cur, d, pos=True), d)
        lang = c["lang"]
        others = [i for i in invoices if i["kind"] == "inv" and i["bal"] > 0 and i is not inv and i["bal"] != inv["bal"] and i["y"] == 2025]
        mode = R.choice(["po", "custno", "po", "vat", "po_same"])
        if mode == "custno":
            hit = [i for i in others if i["n"] == c["no"]]
            if not hit:
                continue
            decoy = hit[0]
            core = f"{custno_txt(c, lang)} {ref1(inv, lang)}" if R.random() < 0.5 else f"{ref1(inv, lang)} {custno_txt(c, lang)}"
            why = f"{c['no']} is the customer's own account number (labelled), and also the number of open invoice {decoy['number']} of {decoy['customer_name']}"
        elif mode == "vat":
            v = c["vat"]
            hit = [i for i in others if str(i["n"]) in v]
            if not hit:
                continue
            decoy = hit[0]
            core = f"{ref1(inv, lang)} {vat_txt(c, lang)}"
            why = f"the VAT number {v} contains {decoy['n']}, the number of open invoice {decoy['number']}"
        else:
            pool = [i for i in others if (i["customer_id"] == c["id"]) == (mode == "po_same")]
            if not pool:
                continue
            decoy = R.choice(pool)
            po = R.choice([str(decoy["n"]), f"{decoy['y']}-{decoy['n']:05d}" if R.random() < 0.2 else str(decoy["n"])])
            core = f"{po_txt(po, lang)} {ref1(inv, lang)}" if R.random() < 0.5 else f"{ref1(inv, lang)} {po_txt(po, lang)}"
            own = "another open invoice of the same customer" if mode == "po_same" else f"open invoice of {decoy['customer_name']}"
            why = f"the customer's order number {po} looks like {decoy['number']} ({own}, balance {m(decoy['bal'])})"
        if R.random() < 0.4:
            core = core.upper()
        emit(d, inv["bal"], cur, bank_name(c), cid_or_null(c, 0.35), clip140(core), None, "applied", [(inv, inv["bal"])], 0, None, [],
             "LOOKALIKE_NUMBER", lang, f"Reference names {inv['number']} and the amount equals its balance; {why}, which does not fit the amount.")
        return True
    return False


def s_typo_ok(d):
    for _ in range(80):
        c = choose_cust(lambda c: items(c, c["currency"], d, pos=True))
        cur = c["currency"]
        inv = R.choice(items(c, cur, d, pos=True))
        if inv["kind"] != "inv" or inv["y"] != 2025:
            continue
        t = typo_of(inv["n"])
        if int(t) in ALL_N or any(near1(t, f"{i['n']:05d}") for i in all_items(c, cur) if i is not inv and i["kind"] == "inv"):
            continue
        if not unique_fit(c, cur, [inv]):
            continue
        lang = c["lang"]
        word = ref1(inv, lang).replace(str(inv["n"]), "#").replace(f"{inv['n']:05d}", "#")
        if "#" not in word:
            word = "# "
        core = word.replace("#", t)
        if t in core and str(inv["n"]) not in core:
            pass
        else:
            continue
        known = R.random() < 0.7
        emit(d, inv["bal"], cur, bank_name(c) if known else c["name"], c["id"] if known else None, wrap_bank(core, lang, c, c["name"]), None,
             "applied", [(inv, inv["bal"])], 0, None, [], "TYPO_RESOLVED", lang,
             f"Reference '{t}' is a typo of {inv['number']} (no invoice {t} exists, nothing else of this customer is one keystroke away); "
             f"customer {'given by the bank' if known else 'named in full as payer'} and {inv['number']} is their only open item equal to {m(inv['bal'])}.")
        return True
    return False


def s_amount_known(d):
    for _ in range(60):
        c = choose_cust(lambda c: items(c, c["currency"], d, pos=True))
        cur = c["currency"]
        inv = pick_due(items(c, cur, d, pos=True), d)
        if not unique_fit(c, cur, [inv]):
            continue
        lang = c["lang"]
        ref = R.choice([None, R.choice(GENERIC[lang]), custno_txt(c, lang), R.choice(GENERIC[lang]) + " " + custno_txt(c, lang)])
        emit(d, inv["bal"], cur, bank_name(c), c["id"], ref, None, "applied", [(inv, inv["bal"])], 0, None, [],
             "KNOWN_CUSTOMER_UNIQUE_AMOUNT", lang, f"No invoice reference, but the bank identifies the customer and {inv['number']} is the only open item (or combination) of theirs equal to {m(inv['bal'])}.{custno_note(c, ref)}")
        return True
    return False


def s_name_amount(d):
    clash = {n for g in CLASH_GROUPS for n in g[:2]}
    for _ in range(60):
        c = choose_cust(lambda c: items(c, c["currency"], d, pos=True) and c["name"] not in clash)
        cur = c["currency"]
        inv = pick_due(items(c, cur, d, pos=True), d)
        if not unique_fit(c, cur, [inv]):
            continue
        lang = c["lang"]
        payer = bank_name(c, R.choice(["upper", "ascii_upper", "trunc"]))
        emit(d, inv["bal"], cur, payer, None, R.choice([None, R.choice(GENERIC[lang])]), None, "applied", [(inv, inv["bal"])], 0, None, [],
             "PAYER_NAME_UNIQUE_AMOUNT", lang, f"Payer name '{payer}' is {c['name']} (bank-formatted), no other customer resembles it; {inv['number']} is their only open item equal to {m(inv['bal'])}.")
        return True
    return False


def s_third(d):
    c = choose_cust(lambda c: c["name"] in THIRD and items(c, c["currency"], d, pos=True))
    if not c:
        return False
    cur = c["currency"]
    payer, kind, lang = R.choice(THIRD[c["name"]])
    its = items(c, cur, d, pos=True)
    k = min(len(its), R.choice([1, 1, 2, 3]))
    chosen = sorted(R.sample(its, k), key=lambda i: i["n"])
    total = sum(i["bal"] for i in chosen)
    short_c = strip_acc(c["name"]).upper()
    rem = None
    if kind.startswith("confirming"):
        ref = f"CONFIRMING {short_c[:30]} {ref_list(chosen, 'es') if k > 1 else ref1(chosen[0], 'es')} VTO {dmy(d, '/')}"
    elif kind.startswith("purchasing"):
        ref = f"ZR-ABRECHNUNG {d.year}/{d.isocalendar()[1]:02d} MITGL {R.randint(2000, 6999)} {short_c[:24]} " + (ref_list(chosen, "de") if k > 1 else ref1(chosen[0], "de"))
    elif lang == "en":
        ref = f"{ref_list(chosen, 'en') if k > 1 else ref1(chosen[0], 'en')} OBO {short_c[:25]}"
        if R.random() < 0.5:
            lines = [(doc_of(i, "en"), i["issue_date"], i["bal"], 0, None, i["bal"]) for i in chosen]
            rem = remit_text("en", payer.title(), d, lines, total, extra=f"Paid on behalf of {c['name']}.")
            ref = "REMITTANCE EMAILED"
    else:
        pour = {"fr": "pour le compte de", "it": "per conto di", "nl": "namens", "pl": "w imieniu", "de": "i.A.", "es": "por cuenta de"}[lang]
        ref = f"{ref_list(chosen, lang) if k > 1 else ref1(chosen[0], lang)} {pour} {short_c[:30]}"
    if len(ref) > 140:
        ref = ref[:140]
        for i in chosen:
            assert (str(i["n"]) in ref), ref
    emit(d, total, cur, payer, None, ref, rem, "applied", [(i, i["bal"]) for i in chosen], 0, None, [],
         "THIRD_PARTY_PAYER", lang, f"Payer {payer} is the {kind} of {c['name']}; reference names {nums(chosen)} and the amount equals their balances.")
    return True


def s_remainder(d):
    pool = [i for i in part_paid if i["bal"] > 0 and i["issue_date"] <= d]
    if not pool:
        return False
    inv = R.choice(pool)
    part_paid.remove(inv)
    c = CBYID[inv["customer_id"]]
    lang = c["lang"]
    word = {"de": "Restzahlung", "fr": "Solde", "es": "Resto pago", "it": "Saldo residuo", "nl": "Restant", "pl": "Dopłata reszty", "en": "Balance of"}[lang]
    ref = wrap_bank(f"{word} {ref1(inv, lang)}", lang, c, c["name"]) if c["country"] != "UK" else f"BAL INV{inv['n']:05d}"
    emit(d, inv["bal"], inv["currency"], bank_name(c), cid_or_null(c), ref, None, "applied", [(inv, inv["bal"])], 0, None, [],
         "REMAINDER_AFTER_PART", lang, f"Earlier in this batch {inv['number']} was part-paid; this payment names it and equals the remaining balance {m(inv['bal'])}.")
    return True


def s_statement(d):
    for _ in range(60):
        c = choose_cust(lambda c: 2 <= len(all_items(c, c["currency"])) <= 6)
        cur = c["currency"]
        its = all_items(c, cur)
        if any(i["issue_date"] > d - timedelta(days=3) for i in its) or any(i["bal"] != i["balance"] for i in its):
            continue
        last = max(i["issue_date"] for i in its)
        total = sum(i["bal"] for i in its)
        if total <= 0:
            continue
        lang = c["lang"]
        sd = d - timedelta(days=R.randint(2, 8))
        if sd <= last:
            sd = last + timedelta(days=1)
        txt = {"de": f"Ausgleich Saldo lt. Kontoauszug vom {dmy(sd)}", "fr": f"Règlement solde relevé de compte au {dmy(sd, '/')}",
               "es": f"Pago saldo extracto a {dmy(sd, '/')}", "it": f"Saldo estratto conto al {dmy(sd, '/')}",
               "nl": f"Voldoening saldo rekeningoverzicht {dmy(sd, '-')}", "pl": f"Zapłata salda wg wyciągu z dnia {dmy(sd)}",
               "en": f"Statement balance {dmy(sd, '/')}"}[lang]
        if c["country"] == "UK":
            txt = f"STMT {sd.day:02d}{sd.month:02d}{sd.year % 100:02d} BAL"
        emit(d, total, cur, bank_name(c), c["id"] if R.random() < 0.7 else None, txt, None, "applied", [(i, i["bal"]) for i in its], 0, None, [],
             "STATEMENT_BALANCE", lang, f"Customer settles the statement balance; the amount equals the sum of all their open {cur} items ({nums(its)}).")
        return True
    return False


# ---- partial ----------------------------------------------------------------

SKONTO_PCT = {"DE": [20, 20, 30], "FR": [10, 20], "ES": [20, 30], "IT": [20], "NL": [20], "BE": [20]}


def s_skonto(d):
    for _ in range(60):
        c = choose_cust(lambda c: c["country"] in SKONTO_PCT and items(c, "EUR", d, pos=True))
        elig = [i for i in items(c, "EUR", d, pos=True) if i["bal"] == i["total"] and i["kind"] == "inv" and i["total"] >= 20000
                and (d - i["issue_date"]).days <= 45]
        recent = [i for i in elig if (d - i["issue_date"]).days <= 14]
        inv = R.choice(recent) if recent and R.random() < 0.8 else pick_due(elig, d)
        if not inv:
            continue
        p10 = R.choice(SKONTO_PCT[c["country"]])
        disc = pct_of(inv["total"], p10)
        pay = inv["bal"] - disc
        if subsets_equal(all_items(c, "EUR"), pay):
            continue
        lang = c["lang"]
        p = f"{p10 // 10}" if p10 % 10 == 0 else f"{p10 // 10},{p10 % 10}"
        dtxt = DED_TXT["skonto"][lang].format(p=p)
        late = (d - inv["issue_date"]).days > 14
        if R.random() < 0.55:
            ref = wrap_bank(R.choice([f"{ref1(inv, lang)} {amt(inv['total'], lang)} ./. {dtxt} {amt(disc, lang)}",
                                      f"{ref1(inv, lang)} abzgl. {dtxt}" if lang == "de" else f"{ref1(inv, lang)} - {dtxt}",
                                      f"{ref1(inv, lang)} {dtxt} = {amt(pay, lang)}"]), lang, c, c["name"])
            rem = None
        else:
            rem = remit_text(lang, c["name"], d, [(doc_of(inv, lang), inv["issue_date"], inv["total"], disc, dtxt, pay)], pay)
            ref = R.choice([None, R.choice(GENERIC[lang]), ref1(inv, lang)])
        emit(d, pay, "EUR", bank_name(c), cid_or_null(c), ref, rem, "partial", [(inv, pay)], 0,
             (inv, disc, DED_REASON["skonto"]), [],
             "EARLY_PAYMENT_DISCOUNT", lang, f"{inv['number']} ({m(inv['total'])}) paid less {p}% discount {m(disc)}, stated by the customer "
             f"({(d - inv['issue_date']).days} days after issue); the engine cannot write it off, so the discount stays open as a short pay.")
        return True
    return False


def s_bankchg(d):
    for _ in range(60):
        c = choose_cust(lambda c: (c["eur_buyer"] and items(c, "EUR", d, pos=True)) or (c["country"] in ("FR", "IT", "ES", "UK") and items(c, c["currency"], d, pos=True)))
        cur = "EUR" if c["eur_buyer"] else c["currency"]
        its = items(c, cur, d, pos=True)
        if not its:
            continue
        inv = pick_due(its, d)
        fee = R.choice([750, 1000, 1250, 1500, 2000, 2500, 1800, 350, 600])
        if inv["bal"] <= fee * 20:
            continue
        pay = inv["bal"] - fee
        if subsets_equal(all_items(c, cur), pay):
            continue
        lang = c["lang"] if not c["eur_buyer"] else R.choice(["en", c["lang"]])
        fs = fm(fee, "plain" if R.random() < 0.5 else LANG_STYLE[lang][0])
        sym = {"EUR": "EUR", "GBP": "GBP", "PLN": "PLN"}[cur]
        if c["eur_buyer"]:
            ref = R.choice([f"/INV/{inv['number']} /CHGS/{sym}{fs.replace('.', ',')}/",
                            f"{ref1(inv, lang)} CHARGES {sym} {fs} DEDUCTED BY BANK",
                            f"{ref1(inv, lang)} /BENCHG/{sym}{fs}"])
            how = "the bank's charges field"
        else:
            ref = {"fr": f"{ref1(inv, 'fr')} frais bancaires {fs} EUR déduits", "it": f"{ref1(inv, 'it')} al netto commissioni bancarie {fs}",
                   "es": f"{ref1(inv, 'es')} menos comisión bancaria {fs}", "en": f"{ref1(inv, 'en')} less bank fee {fs}"[:18] if c["country"] == "UK" else f"{ref1(inv, 'en')} less bank fee {fs}",
                   "de": f"{ref1(inv, 'de')} abzgl. Bankspesen {fs}", "nl": f"{ref1(inv, 'nl')} min bankkosten {fs}", "pl": f"{ref1(inv, 'pl')} minus prowizja {fs}"}[lang]
            how = "the customer's reference"
            if c["country"] == "UK":
                rem = remit_text("en", c["name"], d, [(doc_of(inv, "en"), inv["issue_date"], inv["bal"], fee, "bank charges", pay)], pay)
                ref = f"INV{inv['n']:05d}"
                emit(d, pay, cur, bank_name(c), cid_or_null(c), ref, rem, "partial", [(inv, pay)], 0, (inv, fee, DED_REASON["bank"]), [],
                     "BANK_CHARGES", "en", f"{inv['number']} paid short by {m(fee)}; the remittance attributes the difference to bank charges, so it stays open as a short pay.")
                return True
        emit(d, pay, cur, bank_name(c), cid_or_null(c), ref, None, "partial", [(inv, pay)], 0, (inv, fee, DED_REASON["bank"]), [],
             "BANK_CHARGES", lang, f"{inv['number']} arrives short by {m(fee)}; {how} states the deducted bank charges, so the difference stays open as a short pay.")
        return True
    return False


PART_WORDS = {"de": ["Teilzahlung", "1. Rate", "Abschlag", "Teilbetrag"], "fr": ["Acompte", "Paiement partiel", "1er versement", "acompte sur"],
              "es": ["Pago parcial", "Pago a cuenta", "1er plazo", "Entrega a cuenta"], "it": ["Acconto", "Pagamento parziale", "1a rata", "acconto su"],
              "nl": ["Deelbetaling", "Eerste termijn", "Gedeeltelijke betaling"], "pl": ["Wpłata częściowa", "I rata", "Częściowa zapłata", "zaliczka na poczet"],
              "en": ["Part payment", "1st instalment", "Part pmt", "Partial payment"]}


def s_part(d):
    for _ in range(60):
        c = choose_cust(lambda c: items(c, c["currency"], d, pos=True))
        cur = c["currency"]
        its = [i for i in items(c, cur, d, pos=True) if i["bal"] >= 60000 * (4 if cur == "PLN" else 1) // (1 if cur != "GBP" else 1)]
        if not its:
            continue
        inv = pick_due(its, d)
        frac = R.choice([25, 30, 40, 50, 50, 60])
        unit = 10000 if inv["bal"] > 300000 else 5000
        pay = (inv["bal"] * frac // 100) // unit * unit
        if pay <= 0 or pay >= inv["bal"]:
            continue
        if subsets_equal(all_items(c, cur), pay):
            continue
        lang = c["lang"]
        w = R.choice(PART_WORDS[lang])
        if c["country"] == "UK":
            ref = f"PART PMT INV{inv['n']:05d}"[:18]
            rem = None
            if R.random() < 0.5:
                rem = (f"Hi,\n\nWe've sent {fm(pay, 'en')} today towards invoice {inv['number']}. Cash is tight this month - the rest will follow "
                       f"{R.choice(['by the end of next month', 'in two further payments', 'once our funding comes through'])}.\n\n"
                       f"{R.choice(PEOPLE['en'])}\n{c['name']}")
        elif R.random() < 0.6:
            ref = wrap_bank(f"{w} {ref1(inv, lang)}" + (f" ({amt(inv['bal'], lang)})" if R.random() < 0.3 else ""), lang, c, c["name"])
            rem = None
        else:
            ref = R.choice([ref1(inv, lang), f"{w} {ref1(inv, lang)}"])
            rest = {"de": "Den Restbetrag überweisen wir bis Monatsende.", "fr": "Le solde suivra d'ici la fin du mois prochain.",
                    "es": "El resto lo abonaremos en dos plazos.", "it": "Il saldo seguirà entro fine mese.",
                    "nl": "Het restant volgt in de komende weken.", "pl": "Pozostałą kwotę ureguluję do końca miesiąca.", "en": "The balance will follow shortly."}[lang]
            rem = remit_text(lang, c["name"], d, [(doc_of(inv, lang), inv["issue_date"], inv["bal"], 0, None, pay)], pay, extra=f"{w}. {rest}")
        emit(d, pay, cur, bank_name(c), cid_or_null(c), ref, rem, "partial", [(inv, pay)], 0, None, [],
             "PART_PAYMENT", lang, f"Explicit part payment ('{w}' / stated instalment) of {m(pay)} on {inv['number']} (balance {m(inv['bal'])}); the invoice stays open on purpose, no deduction.")
        part_paid.append(inv)
        return True
    return False


def s_deduct(d, lump=False):
    for _ in range(60):
        c = choose_cust(lambda c: len(items(c, c["currency"], d, pos=True)) >= (2 if lump else 1))
        cur = c["currency"]
        its = items(c, cur, d, pos=True)
        inv = pick_due([i for i in its if i["bal"] >= 15000] or [None], d)
        if not inv:
            continue
        others = []
        if lump:
            rest = [i for i in its if i is not inv]
            others = R.sample(rest, min(len(rest), R.randint(1, 3)))
        kind = R.choice(["damaged", "missing", "price", "return", "freight", "damaged"])
        ded = max(1000, inv["bal"] * R.randint(3, 22) // 100)
        ded = ded // 10 * 10 + R.choice([0, 5, 0])
        pay_inv = inv["bal"] - ded
        total = pay_inv + sum(i["bal"] for i in others)
        if subsets_equal(all_items(c, cur), total):
            continue
        lang = c["lang"]
        dtxt = DED_TXT[kind][lang].format(q=R.randint(2, 6), r=dmy(d - timedelta(days=R.randint(10, 40))))
        chosen = sorted(others + [inv], key=lambda i: i["n"])
        lines = []
        for i in chosen:
            if i is inv:
                lines.append((doc_of(i, lang), i["issue_date"], i["bal"], ded, dtxt, pay_inv))
            else:
                lines.append((doc_of(i, lang), i["issue_date"], i["bal"], 0, None, i["bal"]))
        rem = remit_text(lang, c["name"], d, lines, total)
        if not lump and R.random() < 0.4 and c["country"] != "UK":
            rem = None
            ref = wrap_bank(f"{ref1(inv, lang)} {amt(inv['bal'], lang)} - {amt(ded, lang)} {dtxt}"[:140], lang, c, c["name"])
            if len(ref) > 140 or str(inv["n"]) not in ref:
                continue
        else:
            ref = R.choice([None, R.choice(GENERIC[lang]), ref1(inv, lang) if not lump else None])
        apps = [(i, pay_inv if i is inv else i["bal"]) for i in chosen]
        emit(d, total, cur, bank_name(c), cid_or_null(c), ref, rem, "partial", apps, 0, (inv, ded, DED_REASON[kind]), [],
             "LUMP_WITH_DEDUCTION" if lump else "DEDUCTION", lang,
             (f"Remittance pays {nums(others)} in full and " if lump else "") + f"{inv['number']} less {m(ded)} ({DED_REASON[kind]}), as the customer states; that amount stays open as a short pay.")
        return True
    return False


# ---- unapplied --------------------------------------------------------------

def s_overpay(d):
    for _ in range(60):
        c = choose_cust(lambda c: items(c, c["currency"], d, pos=True))
        cur = c["currency"]
        its = items(c, cur, d, pos=True)
        lang = c["lang"]
        mode = R.choice(["total", "round", "double", "extra", "total"])
        if mode == "total":
            cand = [i for i in its if i["bal"] < i["total"] and i["kind"] == "inv" and i not in part_paid]
            if not cand:
                continue
            inv = cand[0]
            pay = inv["total"]
            why = f"customer paid the gross total {m(inv['total'])} of {inv['number']} although its open balance is {m(inv['bal'])}" + (
                f" (credit note {inv['alloc_cn'][0]} already allocated)" if inv.get("alloc_cn") else " (part of it was already paid before this batch)")
        elif mode == "round":
            inv = pick_due(its, d)
            step = 10000 if inv["bal"] > 100000 else 1000
            pay = (inv["bal"] // step + 1) * step
            why = f"{inv['number']} ({m(inv['bal'])}) paid with a rounded-up {m(pay)}"
        elif mode == "double":
            inv = pick_due(its, d)
            pay = inv["bal"] * 2
            why = f"{inv['number']} paid twice in one transfer ({m(pay)} = 2 x {m(inv['bal'])}), reference names only that invoice"
        else:
            inv = pick_due(its, d)
            pay = inv["bal"] + R.choice([5000, 10000, 25000, 20000])
            why = f"{inv['number']} paid plus {m(pay - inv['bal'])} the customer says is 'on account'"
        rem_amt = pay - inv["bal"]
        if subsets_equal([i for i in all_items(c, cur) if i is not inv], rem_amt) or subsets_equal(all_items(c, cur), pay):
            continue
        if c["country"] == "UK":
            ref = f"INV{inv['n']:05d} ON ACCT" if mode == "extra" else f"INV {inv['number']}"
        elif mode == "extra":
            acc = {"de": "Rest als Guthaben / Vorauszahlung", "fr": "solde en acompte sur prochaine commande", "es": "resto a cuenta",
                   "it": "differenza in acconto", "nl": "rest als vooruitbetaling", "pl": "nadwyżka na poczet kolejnych zamówień"}[lang]
            ref = wrap_bank(f"{ref1(inv, lang)} + {acc}", lang, c, c["name"])
        else:
            ref = wrap_bank(with_extras(ref1(inv, lang), c, lang, d, 0.3, inv_date=inv["issue_date"]), lang, c, c["name"])
        emit(d, pay, cur, bank_name(c), cid_or_null(c), ref, None, "unapplied", [(inv, inv["bal"])], rem_amt, None, [],
             "OVERPAYMENT", lang, f"{why}; the balance is applied and {m(rem_amt)} is held unapplied on the account (matches no other open item).")
        return True
    return False


def s_duplicate(d):
    pool = [(i, a, ref, k) for (i, a, ref, k) in paid_in_batch if payments[k]["date"] < d.isoformat() and a == i["balance"]
            and labels[k]["status"] == "applied" and payments[k]["amount"] == m(a)]
    R.shuffle(pool)
    for inv, a, ref, k in pool:
        c = CBYID[inv["customer_id"]]
        if any(i["bal"] == a for i in all_items(c, inv["currency"])) or subsets_equal(all_items(c, inv["currency"]), a):
            continue
        if labels[k]["applications"] != [{"invoice_id": inv["id"], "amount": m(a)}]:
            continue
        if ref is None or not (f"{inv['n']:05d}" in ref or str(inv["n"]) in ref or ogm(inv) in ref.replace("/", "").replace("+", "").replace("*", "").replace(" ", "")):
            continue
        lang = c["lang"]
        newref = ref if R.random() < 0.5 else (ref1(inv, lang) if c["country"] != "UK" else f"INV{inv['n']:05d}")
        paid_in_batch.remove((inv, a, ref, k))
        emit(d, a, inv["currency"], payments[k]["payer_name"], payments[k]["customer_id"] if R.random() < 0.6 else None, newref, None,
             "unapplied", [], a, None, [], "DUPLICATE_PAYMENT", lang,
             f"Second payment of {inv['number']}: the same amount for the same invoice was already applied by {payments[k]['id']} on {payments[k]['date']}; invoice is now closed and no other open item fits, so the money is held unapplied.")
        return True
    return False


def s_nofit(d):
    for _ in range(80):
        c = choose_cust(lambda c: True)
        cur = c["currency"]
        lang = c["lang"]
        mode = R.choice(["onaccount", "advance", "ghostref", "onaccount"])
        unit = {"EUR": 5000, "GBP": 5000, "PLN": 20000}[cur]
        pay = R.randint(4, 60) * unit
        if mode == "ghostref":
            pay = rand_amount(cur, 80, 3000)
        if near_any(c, cur, pay):
            continue
        if mode == "onaccount":
            ref = {"de": "Akontozahlung", "fr": "Versement en compte", "es": "Pago a cuenta", "it": "Versamento in conto",
                   "nl": "Betaling op rekening", "pl": "Wpłata na poczet przyszłych faktur", "en": "ON ACCOUNT"}[lang]
            why = "an on-account payment"
        elif mode == "advance":
            order = f"{R.choice(['AB', 'SO', 'OC'])}-{d.year}-{R.randint(1000, 9999)}"
            ref = {"de": f"Vorkasse Auftragsbestätigung {order}", "fr": f"Acompte commande {order}", "es": f"Anticipo pedido {order}",
                   "it": f"Anticipo ordine {order}", "nl": f"Vooruitbetaling order {order}", "pl": f"Przedpłata za zamówienie {order}",
                   "en": f"PREPAY {order}"}[lang]
            why = f"a prepayment for order {order}, which is not an invoice"
        else:
            for _ in range(30):
                g = R.randint(10300, 10380) if R.random() < 0.5 else R.randint(10381, seq[2025])
                if g not in ALL_N and not any(near1(f"{g:05d}", f"{i['n']:05d}") for i in all_items(c, cur) if i["kind"] == "inv"):
                    break
            else:
                continue
            ref = ref1({"kind": "inv", "y": 2025, "n": g, "number": f"2025-{g:05d}"}, lang)
            why = f"a payment quoting 2025-{g:05d}, which is not an open invoice (not in the ledger) and nothing open is a near-miss of that number"
        if c["country"] == "UK":
            ref = ref.upper()[:18]
        emit(d, pay, cur, bank_name(c), c["id"], ref, None, "unapplied", [], pay, None, [], "KNOWN_CUSTOMER_NO_FIT", lang,
             f"Bank identifies {c['name']}; this is {why}. The amount {m(pay)} is not within reach of any open item or small combination, so it is held as unapplied cash.")
        return True
    return False


# ---- review -----------------------------------------------------------------

REVIEW_USED = set()


def reused(cands):
    ids = {i["id"] for sset in cands for i in sset}
    if ids & REVIEW_USED:
        return True
    REVIEW_USED.update(ids)
    return False


def has_dup(c, d):
    seen = {}
    for i in items(c, c["currency"], d, pos=True):
        if i["id"] in REVIEW_USED:
            continue
        seen[i["bal"]] = seen.get(i["bal"], 0) + 1
    return any(v >= 2 for v in seen.values())


def s_same_amount(d):
    for _ in range(30):
        c = choose_cust(lambda c: has_dup(c, d))
        if not c:
            return False
        cur = c["currency"]
        its = items(c, cur, d, pos=True)
        by = {}
        for i in its:
            by.setdefault(i["bal"], []).append(i)
        dup = [v for v in by.values() if len(v) >= 2]
        if not dup:
            continue
        grp = sorted(R.choice(dup), key=lambda i: i["due_date"])
        lang = c["lang"]
        svc = {"de": ["Kaffeeservice Pauschale", "Wäscheservice", "Monatspauschale", "Mietzahlung Geräte"],
               "fr": ["Forfait mensuel", "Location machine café", "Abonnement fournitures"], "es": ["Cuota mensual", "Alquiler máquinas", "Mensualidad"],
               "it": ["Canone mensile", "Noleggio macchine", "Canone"], "nl": ["Maandtermijn", "Huur koffiemachine", "Abonnement"],
               "pl": ["Abonament miesięczny", "Najem ekspresu", "Opłata miesięczna"], "en": ["MONTHLY FEE", "RENTAL", "SERVICE CHG"]}[lang]
        ref = R.choice([None, R.choice(GENERIC[lang]), R.choice(svc)])
        known = R.random() < 0.75
        subs = subsets_equal(all_items(c, cur), grp[0]["bal"])
        cands = [s for s in subs if all(i["issue_date"] <= d for i in s)]
        cands.sort(key=lambda s: (len(s), min(i["due_date"] for i in s)))
        if reused(cands):
            continue
        emit(d, grp[0]["bal"], cur, bank_name(c) if known else c["name"], c["id"] if known else None, ref, None, "review", [], grp[0]["bal"], None,
             cands, "SAME_AMOUNT_TWICE", lang,
             f"Customer is clear but {len(grp)} open invoices ({nums(grp)}) have the same balance {m(grp[0]['bal'])} and nothing in the payment says which; oldest first.")
        return True
    return False


def s_unknown(d):
    for _ in range(60):
        cur = R.choice(["EUR", "EUR", "EUR", "EUR", "GBP", "PLN"])
        payer = R.choice(UNKNOWN_PAYERS[cur])
        lang = {"EUR": R.choice(["de", "fr", "es", "it", "nl"]), "GBP": "en", "PLN": "pl"}[cur]
        if R.random() < 0.7:
            pool = [i for i in invoices if i["currency"] == cur and i["bal"] > 0 and i["issue_date"] <= d - timedelta(days=2)]
            inv = R.choice([i for i in pool if i["bal"] == i["balance"] and i["bal"] >= 3000])
            pay = inv["bal"]
            cands = [[i] for i in pool if i["bal"] == pay]
            cands.sort(key=lambda s: s[0]["due_date"])
            if reused(cands):
                continue
            why = f"amount equals {', '.join(s[0]['number'] + ' (' + s[0]['customer_name'] + ')' for s in cands)}"
        else:
            pay = rand_amount(cur, 40, 2000)
            pool = [i for i in invoices if i["currency"] == cur and i["bal"] != 0]
            if any(abs(i["bal"] - pay) <= max(i["bal"] * 5 // 100, 1000) for i in pool):
                continue
            cands = []
            why = "amount fits no open invoice in the ledger"
        ref = R.choice([None, None, R.choice(GENERIC[lang]), {"de": "Rechnung", "fr": "facture", "es": "factura", "it": "fattura", "nl": "factuur", "pl": "faktura", "en": "INVOICE"}[lang]])
        emit(d, pay, cur, payer, None, ref, None, "review", [], pay, None, cands, "UNKNOWN_PAYER", lang if ref else "none",
             f"Payer '{payer}' is not a customer and no invoice or customer reference is given; {why}. Nothing ties the money to a customer.")
        return True
    return False


def s_ref_vs_amount(d):
    for _ in range(80):
        c = choose_cust(lambda c: len(items(c, c["currency"], d, pos=True)) >= 2)
        cur = c["currency"]
        its = items(c, cur, d, pos=True)
        x, y = R.sample(its, 2)
        if x["bal"] == y["bal"] or x["kind"] != "inv":
            continue
        diff = x["bal"] - y["bal"]
        if 0 < diff <= x["bal"] * 4 // 100 or 0 < -diff <= y["bal"] * 4 // 100:
            continue   # too close: could read as a discount / charge
        subs = subsets_equal(all_items(c, cur), y["bal"])
        if len(subs) != 1:
            continue
        if reused([[y], [x]]):
            continue
        lang = c["lang"]
        if c["country"] == "UK":
            ref = f"INV {x['number']}"
        else:
            ref = wrap_bank(with_extras(ref1(x, lang), c, lang, d, 0.3, inv_date=x["issue_date"]), lang, c, c["name"])
        emit(d, y["bal"], cur, bank_name(c), cid_or_null(c, 0.6), ref, None, "review", [], y["bal"], None, [[y], [x]],
             "REFERENCE_VS_AMOUNT", lang,
             f"Reference names {x['number']} (balance {m(x['bal'])}) but the amount equals exactly {y['number']} of the same customer ({m(y['bal'])}); "
             f"either a wrong reference or an unexplained part payment: not sure which invoice.")
        return True
    return False


def s_subset(d):
    for _ in range(120):
        c = choose_cust(lambda c: len(items(c, c["currency"], d, pos=True)) >= 3)
        cur = c["currency"]
        its = [i for i in items(c, cur, d, pos=True)]
        sums = {}
        for k in (2, 3):
            for comb in itertools.combinations(its, k):
                sums.setdefault(sum(i["bal"] for i in comb), []).append(list(comb))
        multi = [(s, v) for s, v in sums.items() if len(v) >= 2]
        if not multi:
            continue
        s, _ = R.choice(multi)
        subs = subsets_equal(all_items(c, cur), s)
        subs = [x for x in subs if all(i["issue_date"] <= d for i in x)]
        if len(subs) < 2:
            continue
        subs.sort(key=lambda x: (len(x), max(i["due_date"] for i in x)))
        if reused(subs):
            continue
        lang = c["lang"]
        ref = R.choice([None, R.choice(GENERIC[lang]), {"de": "Sammelzahlung", "fr": "Paiement groupé", "es": "Pago agrupado", "it": "Pagamento cumulativo",
                                                        "nl": "Verzamelbetaling", "pl": "Przelew zbiorczy", "en": "MULTIPLE INVOICES"}[lang]])
        emit(d, s, cur, bank_name(c), c["id"] if R.random() < 0.7 else None, ref, None, "review", [], s, None, subs,
             "LUMP_SUM_SEVERAL_FITS", lang,
             f"Lump sum {m(s)} without remittance; {len(subs)} different sets of {c['name']}'s open items add up to it, so which invoices are paid is not certain.")
        return True
    return False


def s_remit_mismatch(d):
    for _ in range(60):
        c = choose_cust(lambda c: len(items(c, c["currency"], d, pos=True)) >= 2)
        cur = c["currency"]
        its = sorted(items(c, cur, d, pos=True), key=lambda i: i["due_date"])
        k = min(len(its), R.randint(2, 4))
        chosen = its[:k]
        lang = c["lang"]
        listed = sum(i["bal"] for i in chosen)
        mode = R.choice(["typo_total", "unexplained"])
        if mode == "typo_total":
            # AP clerk's advice shows the right lines but a mistyped total, and the bank paid the mistyped total
            s = f"{listed:d}"
            if len(s) < 4:
                continue
            p = R.randint(0, len(s) - 3)
            t = s[:p] + s[p + 1] + s[p] + s[p + 2:]
            pay = int(t)
            if pay >= listed:
                continue
            lines = [(doc_of(i, lang), i["issue_date"], i["bal"], 0, None, i["bal"]) for i in chosen]
            rem = remit_text(lang, c["name"], d, lines, listed, total_override=pay)
            why = f"the advice's lines ({nums(chosen)}) add up to {m(listed)} but its total line and the payment say {m(pay)} (digits swapped)"
        else:
            delta = -R.randint(1500, max(1600, listed // 6))
            pay = listed + delta
            if pay <= 0:
                continue
            lines = [(doc_of(i, lang), i["issue_date"], i["bal"], 0, None, i["bal"]) for i in chosen]
            rem = remit_text(lang, c["name"], d, lines, listed)
            why = f"the advice lists {nums(chosen)} totalling {m(listed)} with no deduction, but {m(pay)} arrived"
        if subsets_equal(all_items(c, cur), pay) or abs(pay - listed) < 200 or reused([chosen]):
            continue
        emit(d, pay, cur, bank_name(c), cid_or_null(c), R.choice([None, R.choice(GENERIC[lang])]), rem, "review", [], pay, None, [chosen],
             "REMITTANCE_DOES_NOT_ADD_UP", lang, f"{why[0].upper() + why[1:]}; which invoice is short or over is unknown, so nothing is applied.")
        return True
    return False


def s_typo_cross(d):
    pool = [i for i in invoices if i["kind"] == "inv" and i["bal"] == i["balance"] and i["bal"] >= 5000 and i["y"] == 2025
            and i["issue_date"] <= d - timedelta(days=2) and i["id"] not in USED_X]
    R.shuffle(pool)
    for x in pool:
        for w in pool:
            if w is x or w["customer_id"] == x["customer_id"] or w["currency"] != x["currency"] or w["bal"] == x["bal"]:
                continue
            if not near1(f"{x['n']:05d}", f"{w['n']:05d}"):
                continue
            cur = x["currency"]
            # no other open item anywhere with the payment amount besides x
            same = [i for i in invoices if i["currency"] == cur and i["bal"] == x["bal"] and i is not x]
            if same:
                continue
            lang = CBYID[w["customer_id"]]["lang"] if R.random() < 0.5 else CBYID[x["customer_id"]]["lang"]
            payer = R.choice(UNKNOWN_PAYERS[cur])
            ref = ref1(w, lang) if cur != "GBP" else f"INV {w['number']}"
            if reused([[x], [w]]):
                continue
            USED_X.add(x["id"])
            USED_X.add(w["id"])
            emit(d, x["bal"], cur, payer, None, ref, None, "review", [], x["bal"], None, [[x], [w]], "NUMBER_VS_AMOUNT_CROSS_CUSTOMER", lang,
                 f"Reference names {w['number']} ({w['customer_name']}, balance {m(w['bal'])}) but the amount equals {x['number']} "
                 f"({x['customer_name']}), one keystroke away; payer '{payer}' is neither customer. Plausibly a typo, not certain.")
            return True
    return False


def s_name_clash(d):
    R.shuffle(CLASH_GROUPS)
    for a, b, shown in CLASH_GROUPS:
        ca, cb = CBYNAME[a], CBYNAME[b]
        ia = items(ca, "EUR", d, pos=True)
        ib = items(cb, "EUR", d, pos=True)
        pairs = [(x, y) for x in ia for y in ib if x["bal"] == y["bal"] and x["id"] not in REVIEW_USED and y["id"] not in REVIEW_USED]
        if not pairs:
            continue
        x, y = R.choice(pairs)
        if reused([[x], [y]]):
            continue
        if shown is None:
            # both are hotels of the same owner family: payer is the owner person
            shown = "FAM. HOFBAUER HOTELBETRIEBE"
            rel = "an owner-family account that both hotels use"
        else:
            rel = "a name both sibling hotels share"
        lang = ca["lang"]
        cands = sorted([[x], [y]], key=lambda s: s[0]["due_date"])
        emit(d, x["bal"], "EUR", shown, None, R.choice([None, R.choice(GENERIC[lang])]), None, "review", [], x["bal"], None, cands,
             "PAYER_FITS_TWO_CUSTOMERS", lang,
             f"Payer '{shown}' is {rel}; {x['number']} ({a}) and {y['number']} ({b}) both have balance {m(x['bal'])} and nothing says which.")
        return True
    return False


def s_payout(d):
    c_pool = [c for c in customers if c["stripe"] and c["currency"] == "EUR"]
    chosen_invs = []
    for c in R.sample(c_pool, len(c_pool)):
        its = items(c, "EUR", d, pos=True)
        if its:
            chosen_invs.append(R.choice(its))
        if len(chosen_invs) >= R.randint(2, 4):
            break
    gross = sum(i["bal"] for i in chosen_invs)
    fees = sum(i["bal"] * 15 // 1000 + 25 for i in chosen_invs)
    net = gross - fees
    if any(i["bal"] == net for i in invoices if i["currency"] == "EUR"):
        return False
    ref = f"STRIPE PAYOUT {stripe_id('po')[:27]} {R.randint(3, 9)} CHARGES"
    emit(d, net, "EUR", "STRIPE PAYMENTS EUROPE LTD", None, ref, None, "review", [], net, None, [], "STRIPE_PAYOUT", "none",
         "A Stripe payout: several card charges net of Stripe fees, bundled; no customer or invoice can be derived from it, so it goes to review with no candidate.")
    return True


def s_intermed(d):
    members = [CBYNAME[n] for n, lst in THIRD.items() if lst[0][2] in ("de", "es") and CBYNAME[n]["currency"] == "EUR"]
    groups = {}
    for c in members:
        for payer, kind, lang in THIRD[c["name"]]:
            if kind.startswith("purchasing") or kind.startswith("confirming"):
                groups.setdefault((payer, kind, lang), []).append(c)
    for _ in range(40):
        key = R.choice(list(groups.keys()))
        payer, kind, lang = key
        mem = groups[key]
        pool = [i for c in mem for i in items(c, "EUR", d, pos=True)]
        if len(pool) < 2:
            continue
        a, b = R.sample(pool, 2)
        s = a["bal"] + b["bal"]
        subs = subsets_equal(pool, s, maxk=3)
        if len(subs) >= 2 and not reused(subs):
            break
    else:
        return False
    subs.sort(key=lambda x: (len(x), min(i["due_date"] for i in x)))
    ref = f"ZR-LAUF {d.year}-{d.isocalendar()[1]:02d} SAMMELREGULIERUNG" if kind.startswith("purchasing") else f"CONFIRMING REMESA {R.randint(100000, 999999)} VTO {dmy(d, '/')}"
    emit(d, s, "EUR", payer, None, ref, None, "review", [], s, None, subs, "INTERMEDIARY_NO_DETAIL", lang,
         f"{payer} ({kind}) pays on behalf of its member customer(s) without any invoice detail; amount {m(s)} fits {len(subs)} combination(s) of its members' invoices, best guess first. Needs the settlement list.")
    return True


USED_X = set()


def s_ref_conflict_other_cust(d):
    """customer B's account references customer A's invoice; amount equals both A's invoice and one of B's."""
    for _ in range(120):
        x = R.choice([i for i in invoices if i["kind"] == "inv" and i["bal"] == i["balance"] and i["bal"] >= 5000 and i["issue_date"] <= d - timedelta(days=2)])
        same = [i for i in invoices if i is not x and i["bal"] == x["bal"] and i["bal"] == i["balance"] and i["currency"] == x["currency"] and i["customer_id"] != x["customer_id"] and i["issue_date"] <= d - timedelta(days=2)]
        if not same or (x["id"] in USED_X):
            continue
        y = same[0]
        if y["id"] in USED_X or any(i is not y and i["bal"] == y["bal"] for i in all_items(CBYID[y["customer_id"]], y["currency"])):
            continue
        if reused([[y], [x]]):
            continue
        USED_X.add(x["id"])
        USED_X.add(y["id"])
        cb = CBYID[y["customer_id"]]
        lang = cb["lang"]
        ref = ref1(x, lang) if cb["country"] != "UK" else f"INV {x['number']}"
        emit(d, x["bal"], x["currency"], bank_name(cb), cb["id"], ref, None, "review", [], x["bal"], None, [[y], [x]],
             "REFERENCE_OF_OTHER_CUSTOMER", lang,
             f"Bank identifies {cb['name']}, who owes {y['number']} = {m(y['bal'])}; the reference however names {x['number']} of {x['customer_name']}, "
             f"which has the same balance. Either a wrong reference or a payment on another company's behalf.")
        return True
    return False


# --------------------------------------------------------------------------
# schedule
# --------------------------------------------------------------------------
PLAN = {
    s_ref_single: 60, s_fps: 10, s_trunc_ok: 5, s_ref_multi: 26, s_remit_lump: 15, s_rf: 9, s_ogm: 8, s_stripe: 12,
    s_credit_net: 9, s_credit_alloc: 5, s_lookalike: 14, s_typo_ok: 8, s_amount_known: 10, s_name_amount: 5, s_third: 12,
    s_remainder: 6, s_statement: 4,
    s_skonto: 20, s_bankchg: 10, s_part: 22, (lambda d: s_deduct(d, False)): 10, (lambda d: s_deduct(d, True)): 6,
    s_overpay: 13, s_duplicate: 9, s_nofit: 12,
    s_same_amount: 14, s_unknown: 15, s_ref_vs_amount: 11, s_subset: 9, s_remit_mismatch: 9, s_typo_cross: 6,
    s_name_clash: 5, s_payout: 3, s_intermed: 4, s_ref_conflict_other_cust: 4,
}
LATE = {s_remainder, s_duplicate}

slots = []
for fn, n in PLAN.items():
    slots += [fn] * n
R.shuffle(slots)
N = len(slots)
late = [s for s in slots if s in LATE]
early = [s for s in slots if s not in LATE]
# put dependent scenarios in the second half
order = early[:N // 3]
rest = early[N // 3:] + late
R.shuffle(rest)
order += rest

biz = []
d = PAY_START
while d <= PAY_END:
    if d.weekday() < 5:
        biz.append(d)
    d += timedelta(days=1)
dates = sorted(R.choice(biz) for _ in range(N))

fallback = [s_ref_single, s_ref_multi, s_amount_known, s_part, s_unknown]
fallback_review = [s_unknown, s_ref_vs_amount, s_same_amount, s_subset, s_remit_mismatch, s_ref_conflict_other_cust]
REVIEW_FNS = {s_same_amount, s_unknown, s_ref_vs_amount, s_subset, s_remit_mismatch, s_typo_cross, s_name_clash, s_payout,
              s_intermed, s_ref_conflict_other_cust}
for d, fn in zip(dates, order):
    if not fn(d):
        fbs = fallback_review if fn in REVIEW_FNS else fallback
        for fb in R.sample(fbs, len(fbs)) + fallback:
            if fb(d):
                break
        else:
            raise SystemExit("could not build a payment")

# --------------------------------------------------------------------------
# validation against the contract
# --------------------------------------------------------------------------
bal0 = {i["id"]: i["balance"] for i in invoices}
curof = {i["id"]: i["currency"] for i in invoices}


def cents(s):
    neg = s.startswith("-")
    a, b = s.lstrip("-").split(".")
    v = int(a) * 100 + int(b)
    return -v if neg else v


run = dict(bal0)
for p, l in zip(payments, labels):
    assert p["id"] == l["payment_id"]
    tot = sum(cents(a["amount"]) for a in l["applications"]) + cents(l["unapplied"])
    assert tot == cents(p["amount"]), (p, l)
    for a in l["applications"]:
        assert curof[a["invoice_id"]] == p["currency"]
        v = cents(a["amount"])
        b = run[a["invoice_id"]]
        if b > 0:
            assert 0 < v <= b, (p, l)
        else:
            assert b <= v < 0, (p, l)
        run[a["invoice_id"]] = b - v
    st = l["status"]
    if st == "applied":
        assert l["applications"] and cents(l["unapplied"]) == 0 and l["short_pay"] is None and not l["candidates"]
    elif st == "partial":
        assert l["applications"] and cents(l["unapplied"]) == 0 and not l["candidates"]
        if l["short_pay"]:
            sp = l["short_pay"]
            assert any(a["invoice_id"] == sp["invoice_id"] for a in l["applications"])
            assert run[sp["invoice_id"]] == cents(sp["amount"])
    elif st == "unapplied":
        assert cents(l["unapplied"]) > 0 and l["short_pay"] is None and not l["candidates"]
    elif st == "review":
        assert not l["applications"] and cents(l["unapplied"]) == cents(p["amount"]) and l["short_pay"] is None
    else:
        raise AssertionError(st)

# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
inv_out = []
for inv in sorted(invoices, key=lambda i: (i["customer_name"], i["issue_date"], i["number"])):
    inv_out.append({"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"], "customer_name": inv["customer_name"],
                    "currency": inv["currency"], "total": m(inv["total"]), "balance": m(inv["balance"]),
                    "issue_date": inv["issue_date"].isoformat(), "due_date": inv["due_date"].isoformat()})


def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", inv_out)
dump("payments.json", payments)
dump("labels.json", labels)

if __name__ == "__main__":
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    keys = Counter(l["note"].split("]")[0].split(",")[0][1:] for l in labels)
    langs = Counter(l["note"].split("]")[0].split(", ")[1] for l in labels)
    print(len(inv_out), "invoices;", len(payments), "payments")
    print(dict(st))
    print(dict(langs))
    for k, v in sorted(keys.items()):
        print(f"  {k}: {v}")
