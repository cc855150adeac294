#!/usr/bin/env python3
"""Deterministic generator of a held-out set for the cash-application (`match`) contract.

python3 build.py  -> writes invoices.json, payments.json, expected.json, README.md
stdlib only; output is byte-for-byte reproducible.
"""
import datetime as dt
import itertools
import json
import random
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

SEED = "blind27-cash-v1"
C2 = D("0.01")
ZERO = D("0.00")


def q(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def s2(x):
    return f"{q(x):.2f}"


# ---------------------------------------------------------------------------
# check digits (all computed, so structured references are valid)
# ---------------------------------------------------------------------------
def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def fi_viite(digits):
    w = [7, 3, 1]
    tot = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(digits)))
    return digits + str((10 - tot % 10) % 10)


def rf_ref(body):
    body = body.upper().replace("-", "").replace(" ", "")
    s = body + "RF00"
    num = "".join(str(int(c, 36)) for c in s)
    cc = 98 - int(num) % 97
    ref = f"RF{cc:02d}{body}"
    return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))


def nl_kenmerk(digits15):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    tot = sum(int(c) * w[i] for i, c in enumerate(reversed(digits15)))
    c = 11 - tot % 11
    c = 1 if c == 10 else (0 if c == 11 else c)
    s = str(c) + digits15
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def ch_qrr(digits26):
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for c in digits26:
        carry = t[(carry + int(c)) % 10]
    s = digits26 + str((10 - carry) % 10)
    return s[:2] + " " + " ".join(s[i:i + 5] for i in range(2, 27, 5))


# ---------------------------------------------------------------------------
# formatting
# ---------------------------------------------------------------------------
def fmt_amt(x, style):
    x = q(x)
    neg = x < 0
    x = abs(x)
    ip, fp = f"{x:.2f}".split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style == "de":
        r = ".".join(groups) + "," + fp
    elif style == "fr":
        r = " ".join(groups) + "," + fp
    elif style == "ch":
        r = "'".join(groups) + "." + fp
    elif style == "en":
        r = ",".join(groups) + "." + fp
    elif style == "comma":
        r = "".join(groups) + "," + fp
    else:
        r = "".join(groups) + "." + fp
    return ("-" if neg else "") + r


AMT_STYLE = {"de": "de", "nl": "de", "fr": "fr", "en": "en", "sv": "fr", "no": "fr",
             "da": "de", "fi": "fr", "ch-de": "ch", "ch-fr": "ch"}


def fmt_date(d, style):
    if style in ("de", "ch-de", "da", "fi", "no"):
        return d.strftime("%d.%m.%Y")
    if style in ("fr", "ch-fr"):
        return d.strftime("%d/%m/%Y")
    if style == "nl":
        return d.strftime("%d-%m-%Y")
    if style == "sv":
        return d.isoformat()
    if style == "en":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return d.isoformat()


def deaccent(s):
    s = s.replace("ß", "ss").replace("ü", "ue").replace("Ü", "UE").replace("ö", "oe").replace("Ö", "OE")
    s = s.replace("ä", "ae").replace("Ä", "AE").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("Æ", "AE").replace("å", "a").replace("Å", "A")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def deaccent_nordic(s):
    # Nordic banks keep å/ä/ö but some files arrive transliterated the simple way
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace(
        "ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")


# ---------------------------------------------------------------------------
# customers
# ---------------------------------------------------------------------------
CUST_DEFS = [
    # (name, country, lang, currency, parent, trading name)
    ("Elektro Brandt GmbH", "DE", "de", "EUR", None, None),
    ("Müller Elektronik GmbH & Co. KG", "DE", "de", "EUR", "Müller Holding GmbH", None),
    ("Schneider Steuerungstechnik GmbH", "DE", "de", "EUR", None, None),
    ("Kessler Automation AG", "DE", "de", "EUR", None, None),
    ("Hoffmann Industrieelektronik GmbH", "DE", "de", "EUR", None, None),
    ("Weber & Söhne Messtechnik GmbH", "DE", "de", "EUR", None, None),
    ("Lorenz Kabelsysteme GmbH & Co. KG", "DE", "de", "EUR", None, None),
    ("Brückner Antriebstechnik GmbH", "DE", "de", "EUR", "Brückner Gruppe SE", None),
    ("Rheinland Sensorik GmbH", "DE", "de", "EUR", None, None),
    ("Fischer Gerätebau KG", "DE", "de", "EUR", None, None),
    ("Zimmermann Lichttechnik e.K.", "DE", "de", "EUR", None, None),
    ("Krause Elektromontage GmbH", "DE", "de", "EUR", None, None),
    ("Vogel Prüfsysteme GmbH", "DE", "de", "EUR", None, None),
    ("Seidel Leiterplatten GmbH", "DE", "de", "EUR", None, None),
    ("Nordwest Schaltanlagen GmbH", "DE", "de", "EUR", None, None),
    ("Baumann Robotics GmbH", "DE", "de", "EUR", None, None),
    ("Hartmann Medizinelektronik GmbH", "DE", "de", "EUR", None, None),
    ("Engel Solartechnik GmbH & Co. KG", "DE", "de", "EUR", None, None),
    ("Wolff Energiesysteme AG", "DE", "de", "EUR", None, None),
    ("Pfeiffer Embedded Solutions GmbH", "DE", "de", "EUR", None, None),
    ("Schmidt Elektrotechnik GmbH", "DE", "de", "EUR", None, None),
    ("Schmidt Kabeltechnik GmbH & Co. KG", "DE", "de", "EUR", None, None),
    ("Kraus Gebäudetechnik GmbH", "DE", "de", "EUR", None, None),
    ("Albrecht Funktechnik GmbH", "DE", "de", "EUR", None, None),
    ("Steiner Elektronik GmbH", "AT", "de", "EUR", None, None),
    ("Gruber Automatisierung GmbH", "AT", "de", "EUR", None, None),
    ("Alpen-Sensorik KG", "AT", "de", "EUR", None, None),
    ("Van der Berg Techniek B.V.", "NL", "nl", "EUR", "Van der Berg Groep B.V.", None),
    ("De Vries Elektronica B.V.", "NL", "nl", "EUR", None, None),
    ("Jansen Installatietechniek B.V.", "NL", "nl", "EUR", None, None),
    ("Bakker Componenten B.V.", "NL", "nl", "EUR", None, None),
    ("Visser Automatisering B.V.", "NL", "nl", "EUR", None, None),
    ("Smit Meettechniek B.V.", "NL", "nl", "EUR", None, None),
    ("Mulder Industrial Controls B.V.", "NL", "nl", "EUR", None, None),
    ("Brabant Elektro Groothandel B.V.", "NL", "nl", "EUR", None, "BEG Eindhoven"),
    ("Hoekstra Kabel & Connectoren B.V.", "NL", "nl", "EUR", None, None),
    ("Dijkstra LED Solutions B.V.", "NL", "nl", "EUR", None, None),
    ("Van Leeuwen Embedded B.V.", "NL", "nl", "EUR", None, None),
    ("Kuipers Beveiligingstechniek B.V.", "NL", "nl", "EUR", None, None),
    ("Twentse Printplaat Fabriek B.V.", "NL", "nl", "EUR", None, "TPF Hengelo"),
    ("Peters & Zn. Elektrotechniek V.O.F.", "NL", "nl", "EUR", None, None),
    ("Groot Audio Visueel B.V.", "NL", "nl", "EUR", None, None),
    ("Meijer Zonne-energie B.V.", "NL", "nl", "EUR", None, None),
    ("Elektro Peeters BV", "BE", "nl", "EUR", None, None),
    ("Janssens Automation NV", "BE", "nl", "EUR", None, None),
    ("Claes Technics BV", "BE", "nl", "EUR", None, None),
    ("Maes Electronics SRL", "BE", "fr", "EUR", None, None),
    ("Dubois Électricité SA", "BE", "fr", "EUR", None, None),
    ("Lambert Domotique SRL", "BE", "fr", "EUR", None, None),
    ("Électronique Dupont S.A.S.", "FR", "fr", "EUR", "Groupe Dupont S.A.", None),
    ("Martin Composants SARL", "FR", "fr", "EUR", None, None),
    ("Bernard Automatismes S.A.S.", "FR", "fr", "EUR", None, None),
    ("Société Lyonnaise de Câblage S.A.", "FR", "fr", "EUR", None, "SLC Lyon"),
    ("Moreau Systèmes Embarqués SAS", "FR", "fr", "EUR", None, None),
    ("Girard Éclairage SARL", "FR", "fr", "EUR", None, None),
    ("Rousseau Instruments S.A.S.", "FR", "fr", "EUR", None, None),
    ("Fontaine Électrotechnique SA", "FR", "fr", "EUR", None, None),
    ("Lefèvre Domotique SARL", "FR", "fr", "EUR", None, None),
    ("Mercier Télécom S.A.S.", "FR", "fr", "EUR", None, None),
    ("Bonnet Énergie SAS", "FR", "fr", "EUR", None, None),
    ("Atelier Chevalier SARL", "FR", "fr", "EUR", None, None),
    ("Luxtronic S.à r.l.", "LU", "fr", "EUR", None, None),
    ("Ashford Electronics Ltd", "GB", "en", "GBP", None, None),
    ("Pennine Controls Limited", "GB", "en", "GBP", None, None),
    ("Thames Valley Components Ltd", "GB", "en", "GBP", None, "TVC"),
    ("Northgate Automation Ltd", "GB", "en", "GBP", None, None),
    ("Harrow Sound & Vision Ltd", "GB", "en", "GBP", None, None),
    ("Clyde Instruments Ltd", "GB", "en", "GBP", None, None),
    ("Kestrel Power Systems plc", "GB", "en", "GBP", "Kestrel Group Holdings plc", None),
    ("Bramley Lighting Ltd", "GB", "en", "GBP", None, None),
    ("Severn Test Equipment Ltd", "GB", "en", "GBP", None, None),
    ("Whitcombe & Daughters Ltd", "GB", "en", "GBP", None, None),
    ("Brunner Elektronik AG", "CH", "ch-de", "CHF", "Brunner Holding AG", None),
    ("Keller Steuerungen GmbH", "CH", "ch-de", "CHF", None, None),
    ("Gerber Präzisionstechnik AG", "CH", "ch-de", "CHF", None, None),
    ("Meier Automation AG", "CH", "ch-de", "CHF", None, None),
    ("Huber Medizintechnik AG", "CH", "ch-de", "CHF", None, None),
    ("Électricité Favre SA", "CH", "ch-fr", "CHF", None, None),
    ("Rochat Technologies Sàrl", "CH", "ch-fr", "CHF", None, None),
    ("Ticino Elettronica SA", "CH", "ch-de", "CHF", None, None),
    # Nordic subscription book
    ("Salong Lockigt AB", "SE", "sv", "SEK", "Norrland Salonger Holding AB", None),
    ("Kaffebaren i Lund AB", "SE", "sv", "SEK", None, None),
    ("Gymmet Norrmalm AB", "SE", "sv", "SEK", None, None),
    ("Tandvårdshuset Eriksson AB", "SE", "sv", "SEK", None, None),
    ("Bilverkstad Nilsson & Son AB", "SE", "sv", "SEK", None, None),
    ("Fotvårdskliniken Väst AB", "SE", "sv", "SEK", None, None),
    ("Blomsterhandeln Rosen HB", "SE", "sv", "SEK", None, None),
    ("Sjöbergs Redovisning AB", "SE", "sv", "SEK", None, None),
    ("Klinik Hudvård Malmö AB", "SE", "sv", "SEK", None, None),
    ("Yogastudion Solsidan AB", "SE", "sv", "SEK", None, None),
    ("Pizzeria Bella Napoli i Umeå AB", "SE", "sv", "SEK", None, None),
    ("Hundtrim Lindqvist", "SE", "sv", "SEK", None, None),
    ("Karlssons Cykel & Service AB", "SE", "sv", "SEK", None, None),
    ("Holmqvist Digital Media AB", "SE", "sv", "SEK", None, "Holmqvist Digital"),
    ("Friskvård Norr AB", "SE", "sv", "SEK", None, None),
    ("Lindahl Fastighetsservice AB", "SE", "sv", "SEK", None, None),
    ("Bageri Kanelknuten AB", "SE", "sv", "SEK", None, None),
    ("Öresunds Fysioterapi AB", "SE", "sv", "SEK", None, None),
    ("Tatueringsstudion Svart Bläck HB", "SE", "sv", "SEK", None, None),
    ("Åkerlunds Måleri AB", "SE", "sv", "SEK", None, None),
    ("Kafé Bønna AS", "NO", "no", "NOK", None, None),
    ("Frisør Hårfin AS", "NO", "no", "NOK", None, None),
    ("Treningssenteret Fjell AS", "NO", "no", "NOK", None, None),
    ("Tannlege Berg AS", "NO", "no", "NOK", None, None),
    ("Bilservice Hansen AS", "NO", "no", "NOK", None, None),
    ("Bergen Fysioterapi AS", "NO", "no", "NOK", None, None),
    ("Nordisk Fiskeri Teknikk AS", "NO", "no", "NOK", None, "NFT"),
    ("Blomster-Kari ENK", "NO", "no", "NOK", None, None),
    ("Solheim Regnskap AS", "NO", "no", "NOK", None, None),
    ("Hudpleie Stavanger AS", "NO", "no", "NOK", None, None),
    ("Oslo Sykkelverksted AS", "NO", "no", "NOK", None, None),
    ("Lie & Dahl Eiendom AS", "NO", "no", "NOK", None, None),
    ("Fjordutsikten Hotell AS", "NO", "no", "NOK", None, None),
    ("Bakeriet i Tromsø AS", "NO", "no", "NOK", None, None),
    ("Tandlæge Holm ApS", "DK", "da", "DKK", None, None),
    ("Frisør Saksen ApS", "DK", "da", "DKK", None, None),
    ("Café Kringlen I/S", "DK", "da", "DKK", None, None),
    ("Fitness Vesterbro ApS", "DK", "da", "DKK", None, None),
    ("Fysioterapi Aarhus ApS", "DK", "da", "DKK", None, None),
    ("Autoværksted Jensen A/S", "DK", "da", "DKK", None, None),
    ("Blomsterbutikken Liljen ApS", "DK", "da", "DKK", None, None),
    ("Revisionsfirma Madsen ApS", "DK", "da", "DKK", None, None),
    ("Klinik for Fodterapi Odense ApS", "DK", "da", "DKK", None, None),
    ("Parturi-Kampaamo Kiharat Oy", "FI", "fi", "EUR", None, None),
    ("Kahvila Mokka Oy", "FI", "fi", "EUR", None, None),
    ("Kuntosali Voima Oy", "FI", "fi", "EUR", None, None),
    ("Hammaslääkäri Virtanen Oy", "FI", "fi", "EUR", None, None),
    ("Autokorjaamo Mäkinen Oy", "FI", "fi", "EUR", None, None),
    ("Fysioterapia Koivu Oy", "FI", "fi", "EUR", None, None),
    ("Kukkakauppa Orvokki Ky", "FI", "fi", "EUR", None, None),
]

TWINS = {"Schmidt Elektrotechnik GmbH", "Schmidt Kabeltechnik GmbH & Co. KG"}

PLAN_NET = {"SEK": [495, 795, 1195, 1995, 2995, 4495], "NOK": [590, 990, 1490, 2490, 3990],
            "DKK": [450, 750, 1250, 1950], "EUR": [49, 89, 149, 249, 399]}
VAT = {"SE": D("1.25"), "NO": D("1.25"), "DK": D("1.25"), "FI": D("1.255")}

LEGAL = ["GmbH & Co. KG", "GmbH", "AG", "KG", "e.K.", "B.V.", "BV", "NV", "V.O.F.", "SRL", "SA", "S.A.S.", "SAS",
         "SARL", "S.A.", "S.à r.l.", "Ltd", "Limited", "plc", "Sàrl", "AB", "HB", "AS", "ENK", "ApS", "A/S", "I/S",
         "Oy", "Ky", "SE"]


def strip_legal(name):
    n = name
    for lf in sorted(LEGAL, key=len, reverse=True):
        if n.endswith(" " + lf):
            return n[: -len(lf) - 1]
    return n


class Cust:
    pass


class Inv:
    pass


def make_customers(rng):
    nums = rng.sample(range(10100, 29999), len(CUST_DEFS))
    custs = []
    for (name, country, lang, cur, parent, trade), num in zip(CUST_DEFS, nums):
        c = Cust()
        c.name, c.country, c.lang, c.cur, c.parent, c.trade = name, country, lang, cur, parent, trade
        c.num = str(num)
        c.cid = f"c-{num}"
        c.book = "nordic" if country in ("SE", "NO", "DK", "FI") else "dist"
        c.twin = name in TWINS
        c.invs = []
        c.tags = set()
        if c.book == "nordic":
            c.profile = "fixed" if rng.random() < 0.6 else "usage"
            c.plan = q(D(rng.choice(PLAN_NET[cur])) * VAT[country])
            c.free_months = [dt.date(2025, m, 1) for m in (9, 10, 11, 12)] + [dt.date(2026, m, 1) for m in (1, 2, 3, 4)]
        custs.append(c)
    return custs


def payer_variant(c, rng, allow_trade=True):
    """A bank-side spelling of the customer's own name (always clearly the same customer)."""
    n = c.name
    opts = []
    up = deaccent(n).upper() if c.book == "dist" else n.upper()
    opts.append(up)
    opts.append(n)
    base = strip_legal(n)
    lf = n[len(base):].strip()
    lf2 = lf.replace(".", "").replace(" & Co ", " + CO ").replace("GmbH & Co. KG", "GMBH + CO. KG")
    opts.append((deaccent(base) + " " + lf2).upper() if c.book == "dist" else (base + " " + lf2).upper())
    if len(up) > 27:
        opts.append(up[:27].rstrip())
    if len(up) > 35:
        opts.append(up[:35].rstrip())
    if c.book == "nordic":
        opts.append(deaccent_nordic(n).upper())
    if allow_trade and c.trade:
        opts.append(c.trade.upper())
        opts.append(c.trade)
    return rng.choice(opts)


# ---------------------------------------------------------------------------
# ledger construction helpers
# ---------------------------------------------------------------------------
class Ledger:
    def __init__(self, rng):
        self.rng = rng
        self.invs = []

    def add(self, c, total, issue, due_days=None, balance=None, kind="inv", tag=""):
        i = Inv()
        i.cust = c
        i.cur = c.cur
        i.total = q(total)
        i.balance = q(balance if balance is not None else total)
        i.issue = issue
        if due_days is None:
            if c.book == "nordic":
                due_days = {"SE": 30, "NO": 14, "DK": 8, "FI": 14}[c.country]
            else:
                due_days = self.rng.choice([14, 30, 30, 30, 45, 60])
        i.due = issue + dt.timedelta(days=(0 if kind == "cn" else due_days))
        i.kind = kind
        i.tag = tag
        i.number = None
        i.id = None
        self.invs.append(i)
        c.invs.append(i)
        return i


def dist_amount(rng, cur="EUR", lo=90, hi=48000):
    import math
    x = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if cur == "GBP":
        x *= 0.85
    if cur == "CHF":
        x *= 0.95
    return q(D(str(round(x, 2))))


def weekday_on_or_before(d):
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


PAY_START = dt.date(2026, 3, 2)
PAY_END = dt.date(2026, 4, 17)


def pay_date(rng, lo=PAY_START, hi=PAY_END):
    span = (hi - lo).days
    d = lo + dt.timedelta(days=rng.randint(0, span))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    if d > PAY_END:
        d = weekday_on_or_before(PAY_END)
    return d


def issue_before(rng, pdate, lo=12, hi=95):
    d = pdate - dt.timedelta(days=rng.randint(lo, hi))
    return weekday_on_or_before(d)


# ---------------------------------------------------------------------------
# text: invoice number spellings, bank references, remittance advices
# ---------------------------------------------------------------------------
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
}


def base_lang(lang):
    return {"ch-de": "de", "ch-fr": "fr"}.get(lang, lang)


def nv(inv, rng, fuzzy=True):
    """One way a customer writes our invoice number."""
    n = inv.number
    if inv.cust.book == "nordic" or not fuzzy:
        return n
    pre, rest = n.split("-", 1) if n.count("-") == 1 else (n, "")
    opts = [n, n, n, f"{pre} {rest}", n.replace("-", ""), n.replace("-", "/"), n.lower(), f"{pre}-{rest}"]
    if inv.cur == "EUR" and inv.kind == "inv" and pre.startswith("VK"):
        opts.append(pre[2:] + rest)  # digits only, e.g. 2604233
        opts.append(f"{pre[:2]}-{pre[2:]}-{rest}")
    return rng.choice(opts)


def eref(rng, d):
    k = rng.randint(0, 6)
    if k == 0:
        return "NOTPROVIDED"
    if k == 1:
        return f"E2E{d:%Y%m%d}{rng.randint(10000, 99999)}"
    if k == 2:
        return f"ZV{d:%y%m%d}{rng.randint(100, 9999):04d}"
    if k == 3:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    if k == 4:
        return f"{rng.randint(1000000000, 9999999999)}"
    if k == 5:
        return f"PAY-{rng.randint(100000, 999999)}"
    return f"BK{d:%Y%m%d}-{rng.randint(1, 999):03d}"


def mask_iban(rng, country):
    banks = {"DE": ["3704", "5001", "7002", "2004", "6005"], "NL": ["INGB", "RABO", "ABNA", "TRIO", "SNSB"],
             "BE": ["0682", "7350", "3630"], "FR": ["3000", "1010", "2004"], "AT": ["2011", "3200"],
             "LU": ["0019"], "GB": ["BARC", "NWBK", "LOYD", "HBUK"], "CH": ["0070", "0900"],
             "SE": ["5000", "8000"], "NO": ["1503", "9710"], "DK": ["3000", "2000"], "FI": ["1234", "5000"]}
    b = rng.choice(banks.get(country, ["0000"]))
    tail = f"{rng.randint(0, 9999):04d}"
    return f"{country}**{b}********{tail}"


def mt940_split(text, start=20):
    parts = [text[i:i + 27] for i in range(0, len(text), 27)] or [""]
    return "".join(f"?{start + j}{p}" for j, p in enumerate(parts[:10]))


def wrap_bank(c, rng, text, payer, pdate):
    """Wrap the customer's remittance text the way the bank statement shows it."""
    if text is None:
        return None
    lang = c.lang
    if c.book == "dist" and c.cur == "EUR" and rng.random() < 0.08:
        return f"SEPA CT Ustrd: {text} | EndToEndId: {eref(rng, pdate)} | Dbtr: {payer}"
    r = rng.random()
    if lang in ("de", "ch-de") and c.country in ("DE", "AT"):
        if r < 0.30:
            return f"EREF+{eref(rng, pdate)} SVWZ+{text}"
        if r < 0.42:
            return f"EREF+{eref(rng, pdate)} KREF+{eref(rng, pdate)} SVWZ+{text} ABWA+{payer[:27].rstrip()}"
        if r < 0.52:
            return "166?00SEPA-UEBERWEISUNG?109310" + mt940_split("SVWZ+" + text) + f"?32{payer[:27].rstrip()}"
        if r < 0.60:
            return f"SEPA-GUTSCHRIFT {text.upper()}"
        return text
    if lang == "nl":
        if r < 0.30:
            return (f"/TRTP/SEPA OVERBOEKING/IBAN/{mask_iban(rng, c.country)}/BIC/XXXXNL2A/NAME/{payer}"
                    f"/REMI/{text}/EREF/{eref(rng, pdate)}")
        if r < 0.40:
            return f"SEPA Overboeking Naam: {payer} Omschrijving: {text} Kenmerk: {eref(rng, pdate)}"
        return text
    if lang in ("fr", "ch-fr") and c.country in ("FR", "BE", "LU"):
        if r < 0.35:
            return f"VIR SEPA RECU /DE {deaccent(payer).upper()} /MOTIF {deaccent(text).upper()} /REF {eref(rng, pdate)}"
        if r < 0.45:
            return f"VIREMENT DE {deaccent(payer).upper()} {deaccent(text).upper()}"
        return text
    if lang == "en":
        if r < 0.2:
            return f"{payer[:18].rstrip()} {text}".strip()
        if r < 0.3:
            return f"/RFB/{text}"
        return text
    if c.country == "CH":
        if r < 0.3:
            return f"Gutschrift {payer[:30]} Mitteilung: {text}"
        return text
    return text


def rem_render(c, rng, lines, total, pdate, avis=None, intro=None, fmt=None):
    """A remittance advice as a customer's AP system or clerk would send it.
    lines: list of dicts with num, date, gross, ded, paid, note."""
    lang = base_lang(c.lang)
    st = AMT_STYLE.get(c.lang, "en")
    cur = c.cur
    fmt = fmt or rng.choice(["table", "table", "csv", "mail", "plain"])
    dstyle = c.lang if c.lang in ("de", "nl", "fr", "en", "sv", "da", "fi", "no", "ch-de", "ch-fr") else "iso"
    has_ded = any(l.get("ded") for l in lines)
    avis = avis or f"{rng.choice(['ZA', 'AV', 'PA', 'REM', ''])}{pdate:%y}{rng.randint(1000, 99999)}"
    H = {
        "de": ("Zahlungsavis", "Beleg-Nr.", "Belegdatum", "Betrag", "Abzug", "Zahlbetrag", "Summe", "Bemerkung"),
        "nl": ("Betalingsspecificatie", "Factuurnr.", "Datum", "Bedrag", "Aftrek", "Betaald", "Totaal", "Opmerking"),
        "fr": ("Avis de paiement", "N° facture", "Date", "Montant", "Déduction", "Net payé", "Total", "Commentaire"),
        "en": ("Remittance advice", "Invoice", "Date", "Amount", "Deduction", "Paid", "Total", "Comment"),
        "sv": ("Betalningsavisering", "Fakturanr", "Datum", "Belopp", "Avdrag", "Betalt", "Summa", "Kommentar"),
        "no": ("Betalingsavis", "Fakturanr", "Dato", "Beløp", "Fradrag", "Betalt", "Sum", "Merknad"),
        "da": ("Betalingsadvis", "Fakturanr.", "Dato", "Beløb", "Fradrag", "Betalt", "I alt", "Bemærkning"),
        "fi": ("Maksuilmoitus", "Laskunro", "Pvm", "Summa", "Vähennys", "Maksettu", "Yhteensä", "Huom"),
    }[lang]
    out = []
    if fmt == "csv":
        sep = ";" if st in ("de", "fr") else ","
        cst = "comma" if sep == ";" else "plain"
        cols = [H[1], H[2], H[3]] + ([H[4]] if has_ded else []) + [H[5], H[7]]
        out.append(sep.join(cols))
        for l in lines:
            row = [l["num"], fmt_date(l["date"], dstyle) if l.get("date") else "", fmt_amt(l["gross"], cst)]
            if has_ded:
                row.append(fmt_amt(l.get("ded") or 0, cst))
            row += [fmt_amt(l["paid"], cst), l.get("note", "")]
            out.append(sep.join(row))
        if rng.random() < 0.6:
            out.append(sep.join([H[6], "", ""] + ([""] if has_ded else []) + [fmt_amt(total, cst), ""]))
        return "\n".join(out)
    if fmt == "table":
        out.append(f"{H[0]} {avis}".strip())
        out.append({"de": "Datum", "nl": "Datum", "fr": "Date", "en": "Date", "sv": "Datum", "no": "Dato",
                    "da": "Dato", "fi": "Pvm"}[lang] + ": " + fmt_date(pdate, dstyle))
        if rng.random() < 0.5:
            out.append({"de": "Ihre Kundennummer bei uns / unsere Lieferantennr.: ",
                        "nl": "Leveranciersnr.: ", "fr": "Notre code fournisseur : ", "en": "Supplier no.: ",
                        "sv": "Leverantörsnr: ", "no": "Leverandørnr: ", "da": "Kreditornr.: ", "fi": "Toimittajanro: "}[lang]
                       + str(rng.randint(70000, 79999)))
        out.append("")
        w = max(12, max(len(l["num"]) for l in lines) + 2)
        hdr = f"{H[1]:<{w}}{H[2]:<12}{H[3]:>14}" + (f"{H[4]:>12}" if has_ded else "") + f"{H[5]:>14}  {cur}"
        out.append(hdr)
        out.append("-" * len(hdr))
        for l in lines:
            row = f"{l['num']:<{w}}{(fmt_date(l['date'], dstyle) if l.get('date') else ''):<12}{fmt_amt(l['gross'], st):>14}"
            if has_ded:
                row += f"{fmt_amt(l.get('ded') or 0, st):>12}"
            row += f"{fmt_amt(l['paid'], st):>14}"
            if l.get("note"):
                row += "  " + l["note"]
            out.append(row)
        out.append("-" * len(hdr))
        out.append(f"{H[6]:<{w + 12}}" + " " * (26 if has_ded else 14) + f"{fmt_amt(total, st):>0}")
        return "\n".join(out)
    if fmt == "mail":
        greet = {"de": ["Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Guten Tag,"],
                 "nl": ["Geachte heer/mevrouw,", "Beste debiteurenadministratie,", "Goedemiddag,"],
                 "fr": ["Madame, Monsieur,", "Bonjour,", "Bonjour à l'équipe comptabilité,"],
                 "en": ["Dear Sir/Madam,", "Hi team,", "Hello,"],
                 "sv": ["Hej!", "Hej,"], "no": ["Hei,", "Hei!"], "da": ["Hej,", "Kære bogholderi,"],
                 "fi": ["Hei,", "Hyvä vastaanottaja,"]}[lang]
        body = {"de": "wir haben heute folgende Rechnungen zur Zahlung angewiesen:",
                "nl": "Vandaag hebben wij onderstaande facturen aan u overgemaakt:",
                "fr": "nous vous informons du règlement ce jour des factures suivantes :",
                "en": "please find below details of our payment made today:",
                "sv": "vi har idag betalat följande fakturor:", "no": "vi har i dag betalt følgende fakturaer:",
                "da": "vi har i dag betalt nedenstående fakturaer:", "fi": "olemme tänään maksaneet seuraavat laskut:"}[lang]
        sign = {"de": ["Mit freundlichen Grüßen\nBuchhaltung", "MfG\nKreditorenbuchhaltung", "Viele Grüße"],
                "nl": ["Met vriendelijke groet,\nCrediteurenadministratie", "Mvg,\nFinance"],
                "fr": ["Cordialement,\nService comptabilité fournisseurs", "Bien à vous,\nLa comptabilité"],
                "en": ["Kind regards,\nAccounts Payable", "Regards,\nFinance Dept.", "Many thanks"],
                "sv": ["Med vänlig hälsning\nEkonomi", "Mvh"], "no": ["Med vennlig hilsen\nRegnskap", "Mvh"],
                "da": ["Med venlig hilsen\nBogholderiet", "Mvh"], "fi": ["Ystävällisin terveisin\nTaloushallinto", "Terv."]}[lang]
        out.append(rng.choice(greet))
        out.append("")
        out.append(intro or body)
        out.append("")
        for l in lines:
            s = f"  {l['num']}   {fmt_amt(l['gross'], st)} {cur}"
            if l.get("ded"):
                s += f"  ./. {fmt_amt(l['ded'], st)}" if lang == "de" else f"  - {fmt_amt(l['ded'], st)}"
                s += f"  = {fmt_amt(l['paid'], st)}"
            elif l["paid"] != l["gross"]:
                s += {"de": "  davon gezahlt ", "nl": "  waarvan betaald ", "fr": "  dont payé ", "en": "  of which paid ",
                      "sv": "  varav betalt ", "no": "  herav betalt ", "da": "  heraf betalt ", "fi": "  josta maksettu "}[lang]
                s += fmt_amt(l["paid"], st)
            if l.get("note"):
                s += f"  ({l['note']})"
            out.append(s)
        out.append("")
        out.append({"de": "Gesamtbetrag", "nl": "Totaalbedrag", "fr": "Montant total", "en": "Total amount",
                    "sv": "Totalt belopp", "no": "Totalbeløp", "da": "Samlet beløb", "fi": "Yhteensä"}[lang]
                   + f": {fmt_amt(total, st)} {cur}")
        out.append("")
        out.append(rng.choice(sign))
        return "\n".join(out)
    # plain one-liner list
    parts = []
    for l in lines:
        s = f"{l['num']} {fmt_amt(l['paid'], st)}"
        if l.get("note"):
            s += f" ({l['note']})"
        parts.append(s)
    return f"{H[0]} {avis}: " + "; ".join(parts) + f" = {fmt_amt(total, st)} {cur}"


def nordic_ref(inv, rng, kind=None):
    """Structured reference printed on a Nordic subscription invoice."""
    c = inv.cust
    n = inv.number
    if c.country == "SE":
        ocr = n + luhn(n)
        k = kind or rng.choice(["ocr", "ocr", "ocr", "ocrlbl", "bg"])
        if k == "ocr":
            return ocr
        if k == "ocrlbl":
            return f"OCR {ocr}"
        return f"BG 5521-7490 OCR {ocr}"
    if c.country == "NO":
        body = c.num + n
        kid = body + luhn(body)
        k = kind or rng.choice(["kid", "kid", "kidlbl", "kidsp"])
        if k == "kid":
            return kid
        if k == "kidlbl":
            return f"KID: {kid}"
        return f"Betaling med KID {kid}"
    if c.country == "DK":
        body = ("0" * (14 - len(c.num + n))) + c.num + n
        fik = body + luhn(body)
        k = kind or rng.choice(["fik", "fik", "fiklbl"])
        if k == "fik":
            return f"+71<{fik}+84217765<"
        return f"FIK 71 {fik}"
    # FI
    k = kind or rng.choice(["viite", "viite", "rf"])
    if k == "viite":
        v = fi_viite(n)
        return rng.choice([v, f"Viite {v}", " ".join([v[:-5], v[-5:]])])
    return rf_ref(n)


# ---------------------------------------------------------------------------
# payment specs
# ---------------------------------------------------------------------------
class Spec:
    def __init__(self, **kw):
        self.ref = None
        self.remit = None
        self.apps = []
        self.short = None
        self.cands = None          # explicit list of invoice lists, or None
        self.cands_fn = None       # computed in the simulation
        self.checks = []
        self.named = []            # invoices the reference / remittance names
        self.dup_of = None
        self.same_id_as = None
        self.sub = 0
        self.unapplied_override = None
        self.__dict__.update(kw)


GENERIC_REF = {
    "de": ["Zahlung", "Überweisung", "Rechnung", "Rechnungsausgleich", "Ausgleich offener Posten", "Lieferung Elektronik",
           "ZAHLUNG LT. VEREINBARUNG"],
    "nl": ["Betaling", "Betaling facturen", "Overboeking", "factuur", "Betaling openstaande post"],
    "fr": ["Paiement", "VIREMENT", "Règlement", "Règlement fournisseur", "Reglement facture"],
    "en": ["Payment", "SUPPLIER PAYMENT", "Invoice payment", "BACS", "PAYMENT RUN 14"],
    "sv": ["Betalning", "Faktura", "Abonnemang", "Månadsavgift", "Avgift"],
    "no": ["Betaling", "Faktura", "Abonnement", "Månedsavgift"],
    "da": ["Betaling", "Faktura", "Abonnement", "Månedligt abonnement"],
    "fi": ["Maksu", "Lasku", "Kuukausimaksu", "Tilausmaksu"],
}


def L(c):
    return base_lang(c.lang)


def single_ref(c, inv, rng, pdate, payer, fuzzy=True):
    """A reference that names one invoice (bank-wrapped)."""
    lang = c.lang
    if c.book == "nordic":
        r = rng.random()
        if r < 0.78:
            return nordic_ref(inv, rng)
        word = {"sv": "Faktura", "no": "Faktura", "da": "Faktura", "fi": "Lasku"}[lang]
        word2 = {"sv": "Fakturanr", "no": "Fakturanr.", "da": "Fakt.nr.", "fi": "Laskun nro"}[lang]
        return rng.choice([f"{word} {inv.number}", f"{word2} {inv.number}", f"{word.upper()} {inv.number}",
                           f"{inv.number}"])
    n = nv(inv, rng, fuzzy)
    d = fmt_date(inv.issue, lang)
    k = c.num
    T = {
        "de": [f"Rechnung {n}", f"RE {n} KD-NR {k}", f"Rg.-Nr. {n} vom {d}", f"{n}", f"Zahlung Rechnung {n}",
               f"ReNr. {n} Kunde {k}", f"Rechnungsnr {n} Kundennr {k}", f"RG {n}", f"Re. {n} v. {d}"],
        "nl": [f"factuur {n}", f"Fact. {n} klantnr. {k}", f"betaling factuur {n} d.d. {d}", f"{n}",
               f"Factuurnummer {n}", f"fact {n} debiteurnr {k}", f"FACTUUR {n}"],
        "fr": [f"FACTURE {n}", f"Règlement facture n° {n} du {d}", f"FACT {n} CLIENT {k}", f"{n}",
               f"Paiement fact. {n}", f"REGLT FACT {n}", f"Facture {n} - code client {k}"],
        "en": [f"INV {n}", f"Invoice {n}", f"{n}", f"Payment for invoice {n}", f"ACC {k} INV {n}", f"/INV/{n} {d}",
               f"INV-{n.replace('-', '')}"],
        "ch-de": [f"Rechnung {n}", f"Zahlung {n}", f"{n}", f"Rechnung Nr. {n} / Kd {k}"],
        "ch-fr": [f"Facture {n}", f"Paiement {n}", f"{n}", f"Facture n° {n}"],
    }[lang]
    r = rng.random()
    digits = "".join(ch for ch in inv.number if ch.isdigit())
    if lang == "nl" and r < 0.15 and inv.cur == "EUR":
        return f"Betalingskenmerk {nl_kenmerk((k + '000' + digits)[-15:].rjust(15, '0'))}"
    if lang in ("fr", "de", "nl") and r > 0.92:
        return rf_ref(inv.number.replace("-", ""))
    if c.country == "CH" and r < 0.3:
        return ch_qrr(("0" * 26 + k + "0000" + digits)[-26:])
    return wrap_bank(c, rng, rng.choice(T), payer, pdate)


def multi_ref(c, invs, rng, pdate, payer):
    lang = L(c)
    ns = [nv(i, rng) for i in invs]
    if c.book == "nordic":
        w = {"sv": "Fakt", "no": "Faktura", "da": "Fakt.", "fi": "Laskut"}[lang]
        return f"{w} " + rng.choice([", ", " + ", " "]).join(ns)
    j = rng.choice([", ", " ", "/", " + ", "; "])
    T = {"de": ["RE {x}", "Rechnungen {x}", "Rg. {x}", "{x}"], "nl": ["facturen {x}", "fact. {x}", "{x}"],
         "fr": ["FACTURES {x}", "Fact. {x}", "{x}"], "en": ["INV {x}", "Invoices {x}", "{x}"]}[lang]
    return wrap_bank(c, rng, rng.choice(T).format(x=j.join(ns)), payer, pdate)


def avis_ref(c, rng, pdate, payer):
    lang = L(c)
    a = f"{rng.randint(100000, 999999)}"
    T = {"de": [f"Zahlungsavis {a}", f"Sammelzahlung lt. Avis {a}", "siehe Avis", f"AVIS {a} KD {c.num}", f"ZAHLLAUF {pdate:%d%m%y}"],
         "nl": [f"Betaalspecificatie {a}", "zie specificatie per e-mail", f"betaalrun {pdate:%Y%m%d}", "diverse facturen"],
         "fr": [f"AVIS DE PAIEMENT {a}", "Voir avis de règlement", "Règlement relevé", f"REGLEMENT FOURNISSEUR {a}"],
         "en": [f"REMITTANCE {a}", "See remittance advice", f"PAYMENT RUN {pdate:%d%m}", f"BACS {a}"],
         "sv": ["Se specifikation", f"Betalning enl avi {a}"], "no": ["Se betalingsavis", f"Avis {a}"],
         "da": ["Se advis", f"Betalingsadvis {a}"], "fi": ["Katso maksuilmoitus", f"Maksuilmoitus {a}"]}[lang]
    return wrap_bank(c, rng, rng.choice(T), payer, pdate)


STRANGERS = {
    "EUR": ["M. JANSSEN", "PAYPAL EUROPE S.A R.L. ET CIE S.C.A", "STICHTING DERDENGELDEN ONLINE BETALINGEN",
            "Hr. Thomas Becker", "ACCOUNTS PAYABLE SHARED SERVICES SP. Z O.O.", "Marie Lefebvre",
            "HOLDING 2000 SARL", "Konto 4471 Privat", "T. de Graaf", "ZAHLUNGSDIENST GMBH TREUHANDKONTO",
            "SCI LES TILLEULS", "Beheer BV 2019"],
    "GBP": ["J SMITH", "OAKWOOD PROPERTY MGMT LTD", "MR P O'NEILL", "WISE PAYMENTS LTD"],
    "CHF": ["POSTFINANCE AG", "H. Zürcher", "Treuhand Seeland GmbH"],
    "SEK": ["ANNA KARLSSON", "SWISH FÖRETAG", "PER-OLOF HÄGGLUND", "Ekonomitjänst i Norr AB"],
    "NOK": ["OLA NORDMANN", "VIPPS AS", "K. HAUGEN", "Regnskapsbyrå Vest ANS"],
    "DKK": ["METTE LARSEN", "MOBILEPAY A/S", "J. Sørensen"],
}

STRANGER_LANG = {"M. JANSSEN": "nl", "PAYPAL EUROPE S.A R.L. ET CIE S.C.A": "fr",
                 "STICHTING DERDENGELDEN ONLINE BETALINGEN": "nl", "Hr. Thomas Becker": "de",
                 "ACCOUNTS PAYABLE SHARED SERVICES SP. Z O.O.": "en", "Marie Lefebvre": "fr", "HOLDING 2000 SARL": "fr",
                 "Konto 4471 Privat": "de", "T. de Graaf": "nl", "ZAHLUNGSDIENST GMBH TREUHANDKONTO": "de",
                 "SCI LES TILLEULS": "fr", "Beheer BV 2019": "nl"}

TWIN_PAYERS = ["SCHMIDT GMBH", "Schmidt GmbH", "SCHMIDT", "SCHMIDT ELEKTRO", "Schmidt Elektr."]


class Plan:
    def __init__(self, attempts):
        self.attempts = attempts
        self.custs = make_customers(random.Random(SEED + "|cust"))
        self.ledger = Ledger(random.Random(SEED + "|ledger"))
        self.specs = []

    # ---- helpers -------------------------------------------------------
    def pick(self, rng, pred, excl=False):
        pool = [c for c in self.custs if pred(c) and "excl" not in c.tags and not c.twin]
        if excl:
            pool = [c for c in pool if not c.invs and "used" not in c.tags]
        c = rng.choice(pool)
        c.tags.add("used")
        if excl:
            c.tags.add("excl")
        return c

    def add(self, rng, c, total, issue, **kw):
        self.ledger.rng = rng
        return self.ledger.add(c, total, issue, **kw)

    def nmonth(self, rng, c, before, amount=None):
        months = [m for m in c.free_months if m <= before - dt.timedelta(days=6)]
        if not months:
            return None
        m = rng.choice(months[-4:])
        c.free_months.remove(m)
        if amount is None:
            amount = c.plan if c.profile == "fixed" else q(c.plan + D(str(round(rng.uniform(0.03, 0.45) * float(c.plan), 2))))
        return self.add(rng, c, amount, m)

    def nordic_pick(self, rng, pdate, n=1, profile=None):
        for _ in range(200):
            c = self.pick(rng, lambda c: c.book == "nordic" and (profile is None or c.profile == profile))
            if len([m for m in c.free_months if m <= pdate - dt.timedelta(days=6)]) >= n:
                return c
        raise RuntimeError("no nordic customer")

    def line(self, inv, paid=None, ded=None, note="", gross=None):
        return {"inv": inv, "paid": inv.balance if paid is None else paid, "ded": ded, "note": note,
                "gross": inv.balance if gross is None else gross}

    def remit(self, c, lines, total, pdate, fmt=None, intro=None):
        def f(r):
            ls = [dict(num=nv(l["inv"], r), date=l["inv"].issue, gross=l["gross"], ded=l["ded"], paid=l["paid"],
                       note=l["note"]) for l in lines]
            return rem_render(c, r, ls, total, pdate, fmt=fmt, intro=intro)
        return f

    def mk(self, **kw):
        sp = Spec(**kw)
        self.specs.append(sp)
        return sp

    def dist_cust(self, rng, cur=None, pred=lambda c: True):
        if cur is None:
            cur = rng.choice(["EUR"] * 8 + ["GBP", "CHF"])
        return self.pick(rng, lambda c: c.book == "dist" and c.cur == cur and pred(c))

    def cid(self, c, rng, p):
        return c.cid if rng.random() < p else None

    # =====================================================================
    # APPLIED
    # =====================================================================
    def g_ref_exact(self, rng, cur=None, first_of=None, pdate=None, c=None):
        c = c or self.dist_cust(rng, cur)
        pdate = pdate or pay_date(rng)
        inv = self.add(rng, c, dist_amount(rng, c.cur), issue_before(rng, pdate))
        payer = payer_variant(c, rng)
        cid = self.cid(c, rng, 0.65)
        sp = self.mk(scen="ref_exact", status="applied", date=pdate, amount=inv.balance, cur=c.cur, payer=payer,
                     cust_id=cid, c=c, lang=L(c), apps=[(inv, inv.balance)], named=[inv],
                     ref=lambda r: single_ref(c, inv, r, pdate, payer),
                     reason=lambda: f"reference names {inv.number}; amount equals its open balance",
                     why=lambda: f"reference names {inv.number} ({c.name}); amount {s2(inv.balance)} = open balance")
        if rng.random() < 0.15:
            sp.remit = self.remit(c, [self.line(inv)], inv.balance, pdate, fmt=rng.choice(["plain", "mail", "csv"]))
        return sp

    def g_ocr(self, rng, pdate=None, c=None, profile=None):
        pdate = pdate or pay_date(rng)
        c = c or self.nordic_pick(rng, pdate, profile=profile)
        inv = self.nmonth(rng, c, pdate)
        payer = payer_variant(c, rng)
        sp = self.mk(scen="structured_ref", status="applied", date=pdate, amount=inv.balance, cur=c.cur, payer=payer,
                     cust_id=self.cid(c, rng, 0.5), c=c, lang=L(c), apps=[(inv, inv.balance)], named=[inv],
                     ref=lambda r: single_ref(c, inv, r, pdate, payer),
                     reason=lambda: f"structured reference points to {inv.number}; exact amount",
                     why=lambda: f"OCR/KID/FIK/viite/RF or number of {inv.number} ({c.name}); amount = balance")
        return sp

    def g_lump(self, rng):
        pdate = pay_date(rng)
        if rng.random() < 0.8:
            c = self.dist_cust(rng)
            k = rng.choice([2, 2, 3, 3, 4, 5, 6])
            invs = [self.add(rng, c, dist_amount(rng, c.cur, 60, 9000), issue_before(rng, pdate, 10, 80)) for _ in range(k)]
        else:
            c = self.nordic_pick(rng, pdate, n=2)
            invs = [self.nmonth(rng, c, pdate), self.nmonth(rng, c, pdate)]
        invs.sort(key=lambda i: i.issue)
        total = sum(i.balance for i in invs)
        payer = payer_variant(c, rng)
        lines = [self.line(i) for i in invs]
        if c.book == "nordic" or (len(invs) <= 3 and rng.random() < 0.35):
            ref = lambda r: multi_ref(c, invs, r, pdate, payer)
            remit = None if rng.random() < 0.6 else self.remit(c, lines, total, pdate)
        else:
            ref = (lambda r: avis_ref(c, r, pdate, payer)) if rng.random() < 0.8 else None
            remit = self.remit(c, lines, total, pdate)
        return self.mk(scen="lump_listed", status="applied", date=pdate, amount=total, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), apps=[(i, i.balance) for i in invs], named=invs,
                       ref=ref, remit=remit,
                       reason=lambda: f"remittance lists {len(invs)} invoices summing exactly to the payment",
                       why=lambda: "listed: " + ", ".join(i.number for i in invs) + f" = {s2(total)}")

    def g_noref(self, rng):
        pdate = pay_date(rng)
        if rng.random() < 0.7:
            c = self.dist_cust(rng)
            inv = self.add(rng, c, dist_amount(rng, c.cur), issue_before(rng, pdate))
        else:
            c = self.nordic_pick(rng, pdate, profile="usage")
            inv = self.nmonth(rng, c, pdate)
        payer = payer_variant(c, rng, allow_trade=False)
        cid = self.cid(c, rng, 0.7)
        gen = GENERIC_REF[L(c)]
        refsel = rng.random()
        if refsel < 0.35:
            ref = None
        elif refsel < 0.55 and c.book == "dist":
            kw = {"de": "Kd.-Nr.", "nl": "klantnr.", "fr": "code client", "en": "Account"}[L(c)]
            ref = lambda r: f"{r.choice(gen)} {kw} {c.num}"
        else:
            ref = lambda r: r.choice(gen)
        checks = [("unique_fit",)]
        if cid is None:
            checks.append(("ledger_unique",))
        return self.mk(scen="amount_only_known_customer", status="applied", date=pdate, amount=inv.balance, cur=c.cur,
                       payer=payer, cust_id=cid, c=c, lang=L(c), apps=[(inv, inv.balance)], checks=checks, ref=ref,
                       reason=lambda: f"payer identified as {c.name}; amount equals only {inv.number}",
                       why=lambda: (f"customer {'by id' if cid else 'by name'}; {s2(inv.balance)} fits only {inv.number} "
                                    "among the customer's open items (no other subset)"))

    def g_balance(self, rng):
        pdate = pay_date(rng)
        cur = rng.choice(["EUR", "EUR", "GBP", "SEK"])
        if cur == "SEK":
            c = self.pick(rng, lambda c: c.book == "nordic" and c.cur == "SEK", excl=True)
            invs = [x for x in (self.nmonth(rng, c, pdate) for _ in range(rng.randint(2, 3))) if x]
        else:
            c = self.pick(rng, lambda c: c.book == "dist" and c.cur == cur, excl=True)
            invs = [self.add(rng, c, dist_amount(rng, cur, 80, 7000), issue_before(rng, pdate, 10, 110))
                    for _ in range(rng.randint(2, 4))]
        invs.sort(key=lambda i: i.issue)
        total = sum(i.balance for i in invs)
        payer = payer_variant(c, rng)
        lg = L(c)
        sd = fmt_date(pdate - dt.timedelta(days=rng.randint(3, 12)), c.lang)
        T = {"de": [f"Saldo lt. Kontoauszug per {sd}", f"Kontoausgleich Kd.-Nr. {c.num}", f"Ausgleich Saldo {sd}"],
             "nl": [f"saldo rekeningoverzicht {sd}", f"voldoening openstaand saldo klantnr {c.num}"],
             "fr": [f"Solde de votre relevé au {sd}", f"Règlement solde compte {c.num}"],
             "en": [f"Statement balance {sd}", f"Full settlement of account {c.num}", "Payment of statement"],
             "sv": [f"Saldo enl. kontoutdrag {sd}", "Betalning av samtliga öppna fakturor"]}[lg]
        return self.mk(scen="statement_balance", status="applied", date=pdate, amount=total, cur=c.cur, payer=payer,
                       cust_id=c.cid, c=c, lang=lg, apps=[(i, i.balance) for i in invs], checks=[("unique_fit",), ("all_open",)],
                       ref=lambda r: wrap_bank(c, r, r.choice(T), payer, pdate),
                       reason=lambda: "statement balance: amount equals all the customer's open invoices",
                       why=lambda: f"customer has exactly {len(invs)} open items summing to {s2(total)}; text says statement/saldo")

    def g_credit(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng, "EUR")
        k = rng.choice([1, 2, 2, 3])
        invs = [self.add(rng, c, dist_amount(rng, "EUR", 400, 12000), issue_before(rng, pdate, 10, 70)) for _ in range(k)]
        invs.sort(key=lambda i: i.issue)
        cnamt = -q(min(i.balance for i in invs) * D(str(round(rng.uniform(0.05, 0.6), 2))))
        cn = self.add(rng, c, cnamt, issue_before(rng, pdate, 5, 40), kind="cn")
        total = sum(i.balance for i in invs) + cn.balance
        payer = payer_variant(c, rng)
        lines = [self.line(i) for i in invs] + [self.line(cn)]
        fmt = rng.choice(["table", "csv", "mail"])
        return self.mk(scen="credit_note_netted", status="applied", date=pdate, amount=total, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), named=invs + [cn],
                       apps=[(i, i.balance) for i in invs] + [(cn, cn.balance)],
                       ref=lambda r: avis_ref(c, r, pdate, payer), remit=self.remit(c, lines, total, pdate, fmt=fmt),
                       reason=lambda: f"remittance pays {', '.join(i.number for i in invs)} net of credit note {cn.number}",
                       why=lambda: (", ".join(f"{i.number} {s2(i.balance)}" for i in invs)
                                    + f" minus credit note {cn.number} {s2(-cn.balance)} = {s2(total)}; the credit note "
                                      "is applied with a negative amount"))

    def g_parent(self, rng, c):
        pdate = pay_date(rng)
        if c.book == "nordic":
            inv = self.nmonth(rng, c, pdate)
        else:
            inv = self.add(rng, c, dist_amount(rng, c.cur, 500, 30000), issue_before(rng, pdate))
        payer = rng.choice([c.parent, c.parent.upper(), deaccent(c.parent).upper()])
        lg = L(c)
        sub = strip_legal(c.name)
        def ref(r):
            if c.book == "nordic":
                return nordic_ref(inv, r)
            n = nv(inv, r)
            T = {"de": [f"RE {n} fuer {sub}", f"Rechnung {n} / {c.name}", f"{n} i.A. {sub}"],
                 "nl": [f"fact. {n} inz. {sub}", f"factuur {n} t.b.v. {c.name}"],
                 "fr": [f"FACT {n} POUR LE COMPTE DE {deaccent(sub).upper()}", f"Facture {n} filiale {sub}"],
                 "en": [f"INV {n} on behalf of {sub}", f"{n} {sub[:12].upper()}"]}[lg]
            return wrap_bank(c, r, r.choice(T), payer, pdate)
        return self.mk(scen="parent_pays", status="applied", date=pdate, amount=inv.balance, cur=c.cur, payer=payer,
                       cust_id=None, c=c, lang=lg, apps=[(inv, inv.balance)], named=[inv], ref=ref,
                       reason=lambda: f"parent company pays {inv.number} of {c.name}; exact amount",
                       why=lambda: f"payer {payer} is the parent of {c.name}; reference {inv.number}, exact balance")

    def g_rest(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        total = dist_amount(rng, c.cur, 1500, 40000)
        paid_before = q(total * D(str(round(rng.uniform(0.2, 0.7), 2))))
        if rng.random() < 0.5:
            paid_before = q(round(paid_before, -2))
        inv = self.add(rng, c, total, issue_before(rng, pdate, 30, 100), balance=total - paid_before)
        payer = payer_variant(c, rng)
        lg = L(c)
        def ref(r):
            n = nv(inv, r)
            T = {"de": [f"Restzahlung RE {n}", f"Rest Rechnung {n}", f"Restbetrag {n} Kd {c.num}"],
                 "nl": [f"restant factuur {n}", f"restbetaling fact. {n}"],
                 "fr": [f"SOLDE FACTURE {n}", f"Solde fact. {n}", f"reliquat facture {n}"],
                 "en": [f"Balance of invoice {n}", f"INV {n} FINAL PAYMENT", f"Remaining balance {n}"]}[lg]
            return wrap_bank(c, r, r.choice(T), payer, pdate)
        return self.mk(scen="remaining_balance", status="applied", date=pdate, amount=inv.balance, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, apps=[(inv, inv.balance)], named=[inv], ref=ref,
                       reason=lambda: f"final payment of {inv.number}; equals remaining balance",
                       why=lambda: f"{inv.number} total {s2(inv.total)}, balance {s2(inv.balance)} (earlier part payment); pays balance")

    # =====================================================================
    # PARTIAL
    # =====================================================================
    def g_part(self, rng):
        pdate = pay_date(rng)
        if rng.random() < 0.8:
            c = self.dist_cust(rng)
            inv = self.add(rng, c, dist_amount(rng, c.cur, 3000, 48000), issue_before(rng, pdate, 20, 100))
        else:
            c = self.pick(rng, lambda c: c.book == "nordic")
            # annual subscription invoice paid in instalments
            inv = self.add(rng, c, q(c.plan * 12 * D("0.9")), issue_before(rng, pdate, 20, 80), due_days=30)
        frac = D(str(round(rng.uniform(0.2, 0.6), 2)))
        amt = q(inv.balance * frac)
        unit = rng.choice([D(100), D(500), D(1000)]) if inv.balance > 5000 else D(50)
        amt = q((amt / unit).to_integral_value() * unit) or unit
        if rng.random() < 0.25:
            parts = rng.choice([2, 3, 4])
            amt = q(inv.balance / parts)
            inst = f"1/{parts}"
        else:
            inst = None
        payer = payer_variant(c, rng)
        lg = L(c)
        st = AMT_STYLE[c.lang]
        def ref(r):
            n = nv(inv, r)
            i1 = inst or "1"
            T = {"de": [f"Teilzahlung RE {n}", f"{i1}. Rate zu Rechnung {n}" if not inst else f"Rate {inst} Rechnung {n}",
                        f"Abschlag auf {n}, Rest folgt", f"Anzahlung auf Rg. {n} lt. Tel. mit Fr. Kramer"],
                 "nl": [f"deelbetaling factuur {n}", f"termijn {inst or '1'} fact. {n}", f"gedeeltelijke betaling {n}, rest volgt"],
                 "fr": [f"ACOMPTE FACTURE {n}", f"Paiement partiel fact. {n}", f"échéance {inst or '1'} facture {n}"],
                 "en": [f"Part payment INV {n}", f"Instalment {inst or '1'} - {n}", f"On account {n}, balance to follow"],
                 "sv": [f"Delbetalning faktura {n}", f"Delbet. {n} rest betalas april"],
                 "no": [f"Delbetaling faktura {n}", f"Avdrag {inst or '1'} faktura {n}"],
                 "da": [f"Afdrag faktura {n}", f"Delbetaling fakt. {n}"],
                 "fi": [f"Osamaksu lasku {n}", f"Lasku {n} osamaksu {inst or '1'}"]}[lg]
            return wrap_bank(c, r, r.choice(T), payer, pdate)
        return self.mk(scen="part_payment", status="partial", date=pdate, amount=amt, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, apps=[(inv, amt)], named=[inv], ref=ref,
                       reason=lambda: f"stated part payment of {inv.number}; balance stays open",
                       why=lambda: f"text says part payment/instalment of {inv.number}; pays {s2(amt)} of {s2(inv.balance)}")

    def g_skonto(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng, rng.choice(["EUR"] * 6 + ["GBP", "CHF"]))
        inv = self.add(rng, c, dist_amount(rng, c.cur, 500, 40000), issue_before(rng, pdate, 6, 20), due_days=30)
        pct = rng.choice([D(2), D(2), D(3), D("1.5"), D("2.5")])
        ded = q(inv.balance * pct / 100)
        amt = inv.balance - ded
        payer = payer_variant(c, rng)
        lg = L(c)
        st = AMT_STYLE[c.lang]
        ps = (f"{pct}".rstrip("0").rstrip(".") if "." in f"{pct}" else f"{pct}")
        psl = ps.replace(".", ",") if lg != "en" else ps
        word = {"de": "Skonto", "nl": "betalingskorting", "fr": "escompte", "en": "prompt payment discount"}[lg]
        def ref(r):
            n = nv(inv, r)
            T = {"de": [f"RE {n} abzgl. {psl}% Skonto", f"Rg {n} ./. {psl} % Skonto {fmt_amt(ded, st)}",
                        f"{n} {fmt_amt(inv.balance, st)} - {psl}% Sk.", f"Rechnung {n} unter Abzug {psl}% Skonto"],
                 "nl": [f"factuur {n} -/- {psl}% korting", f"fact {n} minus {psl}% betalingskorting",
                        f"{n} {psl}% kredietbeperking"],
                 "fr": [f"FACT {n} ESCOMPTE {psl}%", f"Règlement facture {n} escompte {psl} % déduit",
                        f"{n} moins escompte {fmt_amt(ded, st)}"],
                 "en": [f"INV {n} less {ps}% prompt payment discount", f"{n} LESS {ps}PCT DISC",
                        f"Invoice {n} net of {ps}% settlement discount"]}[lg]
            return wrap_bank(c, r, r.choice(T), payer, pdate)
        sp = self.mk(scen="short_discount", status="partial", date=pdate, amount=amt, cur=c.cur, payer=payer,
                     cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, apps=[(inv, amt)], named=[inv], ref=ref,
                     short=(inv, ded, f"early-payment discount {ps}% ({word})"),
                     reason=lambda: f"{inv.number} paid less {ps}% discount",
                     why=lambda: f"{s2(inv.balance)} - {ps}% ({s2(ded)}) = {s2(amt)}; deduction stated in the text")
        if rng.random() < 0.35:
            note = {"de": f"{psl}% Skonto", "nl": f"{psl}% korting", "fr": f"escompte {psl}%", "en": f"{ps}% disc."}[lg]
            sp.remit = self.remit(c, [self.line(inv, paid=amt, ded=ded, note=note)], amt, pdate,
                                  fmt=rng.choice(["table", "csv", "mail"]))
            if rng.random() < 0.5:
                sp.ref = lambda r: avis_ref(c, r, pdate, payer)
        return sp

    def g_charges(self, rng):
        pdate = pay_date(rng)
        cur = rng.choice(["GBP", "CHF"])
        if cur == "EUR":
            c = self.pick(rng, lambda c: c.book == "dist" and c.cur == "EUR" and c.lang == "en") if False else \
                self.pick(rng, lambda c: c.book == "dist" and c.cur == "EUR")
        else:
            c = self.dist_cust(rng, cur)
        inv = self.add(rng, c, dist_amount(rng, cur, 300, 20000), issue_before(rng, pdate))
        fee = rng.choice({"GBP": [D("8.00"), D("12.50"), D("15.00"), D("20.00")], "CHF": [D("10.00"), D("15.00"), D("25.00")],
                          "EUR": [D("7.50"), D("12.00"), D("15.00")]}[cur])
        amt = inv.balance - fee
        payer = payer_variant(c, rng)
        lg = L(c)
        def ref(r):
            n = nv(inv, r)
            f_en = fmt_amt(fee, "plain")
            if cur == "GBP":
                T = [f"INV {n} /CHGS/ GBP{f_en} DEDUCTED", f"{n} LESS BANK CHARGES GBP {f_en}",
                     f"Invoice {n} - intermediary bank fee GBP {f_en} deducted by bank"]
            elif cur == "CHF":
                T = ([f"Rechnung {n} Spesen CHF {f_en} zu Ihren Lasten", f"Zahlung {n} abzgl. Bankspesen CHF {f_en}"]
                     if lg == "de" else [f"Facture {n}, frais bancaires CHF {f_en} déduits", f"Paiement {n} moins frais CHF {f_en}"])
            else:
                T = {"de": [f"RE {n} Auslandsüberweisung, Gebühren EUR {fmt_amt(fee, 'de')} abgezogen"],
                     "nl": [f"factuur {n} bankkosten EUR {fmt_amt(fee, 'de')} ingehouden"],
                     "fr": [f"FACT {n} FRAIS BANCAIRES EUR {fmt_amt(fee, 'fr')} DEDUITS"],
                     "en": [f"INV {n} bank charges EUR {f_en} deducted"]}[lg]
            return r.choice(T)
        return self.mk(scen="short_bank_charges", status="partial", date=pdate, amount=amt, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, apps=[(inv, amt)], named=[inv], ref=ref,
                       short=(inv, fee, "bank charges deducted"),
                       reason=lambda: f"{inv.number} paid net of {cur} {s2(fee)} bank charges",
                       why=lambda: f"balance {s2(inv.balance)} - charges {s2(fee)} = {s2(amt)}; charges stated in reference")

    def g_return(self, rng, price=False):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        inv = self.add(rng, c, dist_amount(rng, c.cur, 1200, 30000), issue_before(rng, pdate))
        ded = q(inv.balance * D(str(round(rng.uniform(0.03, 0.25), 3))))
        amt = inv.balance - ded
        payer = payer_variant(c, rng)
        lg = L(c)
        st = AMT_STYLE[c.lang]
        rma = f"RMA-{rng.randint(1000, 9999)}"
        qte = f"{rng.choice(['AN', 'Q', 'OFF', 'DEV'])}-{rng.randint(2100, 2999)}"
        qty = rng.randint(1, 12)
        if price:
            T = {"de": f"Preisdifferenz lt. Angebot {qte}", "nl": f"prijsverschil volgens offerte {qte}",
                 "fr": f"écart de prix selon devis {qte}", "en": f"price difference per quote {qte}"}[lg]
            sreason = f"price difference (quote {qte})"
            scen = "short_price_dispute"
        else:
            T = {"de": f"Retoure {rma}, {qty} Stk. defekt", "nl": f"retour {rma}, {qty} st. defect",
                 "fr": f"retour marchandise {rma} ({qty} pcs défectueuses)", "en": f"returned goods {rma} ({qty} pcs faulty)"}[lg]
            sreason = f"goods returned {rma}, no credit note yet"
            scen = "short_return"
        line = self.line(inv, paid=amt, ded=ded, note=T)
        intro = {"de": "anbei unser Zahlungsavis. Den Abzug bitten wir per Gutschrift zu bestätigen.",
                 "nl": "Bijgaand onze betaalspecificatie. Graag een creditnota voor het ingehouden bedrag.",
                 "fr": "veuillez trouver ci-dessous le détail de notre règlement. Merci de nous adresser l'avoir correspondant.",
                 "en": "please see our payment below. We have deducted the amount shown and await your credit note."}[lg]
        return self.mk(scen=scen, status="partial", date=pdate, amount=amt, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.7), c=c, lang=lg, apps=[(inv, amt)], named=[inv],
                       ref=lambda r: (avis_ref(c, r, pdate, payer) if r.random() < 0.5 else
                                      wrap_bank(c, r, f"{nv(inv, r)} ./. {fmt_amt(ded, st)}" if lg == "de" else
                                                f"{nv(inv, r)} - {fmt_amt(ded, st)}", payer, pdate)),
                       remit=self.remit(c, [line], amt, pdate, fmt=rng.choice(["table", "mail", "csv"]), intro=intro),
                       short=(inv, ded, sreason),
                       reason=lambda: f"{inv.number} short-paid by {s2(ded)}: {sreason}",
                       why=lambda: f"remittance deducts {s2(ded)} ({sreason}) from {inv.number}")

    def g_lump_short(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng, "EUR")
        k = rng.choice([2, 3, 3, 4])
        invs = [self.add(rng, c, dist_amount(rng, c.cur, 300, 12000), issue_before(rng, pdate, 8, 70)) for _ in range(k)]
        invs.sort(key=lambda i: i.issue)
        tgt = rng.choice(invs)
        lg = L(c)
        kind = rng.choice(["skonto", "damage", "freight"])
        if kind == "skonto":
            ded = q(tgt.balance * D("0.02"))
            note = {"de": "2% Skonto", "nl": "2% korting", "fr": "escompte 2%", "en": "2% discount"}[lg]
            sreason = "early-payment discount 2%"
        elif kind == "damage":
            ded = q(tgt.balance * D(str(round(rng.uniform(0.05, 0.3), 2))))
            note = {"de": "Transportschaden, Abzug", "nl": "transportschade, ingehouden", "fr": "avarie transport, déduit",
                    "en": "damaged in transit, deducted"}[lg]
            sreason = "goods damaged in transit"
        else:
            ded = rng.choice([D("45.00"), D("65.00"), D("89.50"), D("120.00")])
            note = {"de": "Fracht nicht vereinbart", "nl": "vrachtkosten niet akkoord", "fr": "frais de port contestés",
                    "en": "freight not agreed"}[lg]
            sreason = "freight charge disputed"
        lines = [self.line(i, paid=(i.balance - ded if i is tgt else None), ded=(ded if i is tgt else None),
                           note=(note if i is tgt else "")) for i in invs]
        total = sum(i.balance for i in invs) - ded
        payer = payer_variant(c, rng)
        return self.mk(scen="lump_with_short", status="partial", date=pdate, amount=total, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, named=invs,
                       apps=[(i, i.balance - ded if i is tgt else i.balance) for i in invs],
                       ref=lambda r: avis_ref(c, r, pdate, payer), remit=self.remit(c, lines, total, pdate, fmt=rng.choice(["table", "csv"])),
                       short=(tgt, ded, sreason),
                       reason=lambda: f"{len(invs)} invoices per remittance; {tgt.number} short by {s2(ded)} ({sreason})",
                       why=lambda: f"remittance lists {', '.join(i.number for i in invs)}; deduction {s2(ded)} on {tgt.number}")

    def g_lump_part(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        k = rng.choice([2, 3, 3])
        invs = [self.add(rng, c, dist_amount(rng, c.cur, 800, 15000), issue_before(rng, pdate, 8, 70)) for _ in range(k)]
        invs.sort(key=lambda i: i.issue)
        tgt = invs[-1]
        part = q(round(tgt.balance * D(str(round(rng.uniform(0.3, 0.7), 2))), -2)) or D("100.00")
        lg = L(c)
        note = {"de": "Teilbetrag, Rest folgt", "nl": "deelbetaling, restant volgt", "fr": "acompte, solde à suivre",
                "en": "part payment, balance to follow"}[lg]
        lines = [self.line(i, paid=(part if i is tgt else None), note=(note if i is tgt else "")) for i in invs]
        total = sum(i.balance for i in invs[:-1]) + part
        payer = payer_variant(c, rng)
        return self.mk(scen="lump_with_part", status="partial", date=pdate, amount=total, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, named=invs,
                       apps=[(i, part if i is tgt else i.balance) for i in invs],
                       ref=lambda r: avis_ref(c, r, pdate, payer), remit=self.remit(c, lines, total, pdate, fmt=rng.choice(["table", "mail", "plain"])),
                       reason=lambda: f"remittance pays {len(invs) - 1} invoice(s) in full and part of {tgt.number}",
                       why=lambda: f"{tgt.number} marked as part payment {s2(part)} of {s2(tgt.balance)}; no deduction claimed")

    # =====================================================================
    # UNAPPLIED
    # =====================================================================
    def g_over(self, rng):
        pdate = pay_date(rng)
        kind = rng.choice(["balance_lt_total", "balance_lt_total", "fee", "round"])
        if kind == "round":
            c = self.nordic_pick(rng, pdate)
            inv = self.nmonth(rng, c, pdate)
            amt = q((inv.balance / 10).to_integral_value(rounding="ROUND_CEILING") * 10)
            if amt == inv.balance:
                amt += D(10)
            payer = payer_variant(c, rng)
            ref = lambda r: single_ref(c, inv, r, pdate, payer)
            expl = "rounded up"
        else:
            c = self.dist_cust(rng)
            lg = L(c)
            if kind == "fee":
                inv = self.add(rng, c, dist_amount(rng, c.cur, 200, 20000), issue_before(rng, pdate, 40, 110))
                fee = rng.choice([D("5.00"), D("10.00"), D("15.00"), D("25.00"), D("40.00")])
                amt = inv.balance + fee
                st = AMT_STYLE[c.lang]
                payer = payer_variant(c, rng)
                T = {"de": "RE {n} inkl. Mahngebühr {f}", "nl": "factuur {n} incl. aanmaningskosten {f}",
                     "fr": "FACT {n} + frais de relance {f}", "en": "INV {n} incl late payment fee {f}"}[lg]
                ref = lambda r: wrap_bank(c, r, T.format(n=nv(inv, r), f=fmt_amt(fee, st)), payer, pdate)
                expl = "includes a reminder fee never invoiced"
            else:
                total = dist_amount(rng, c.cur, 800, 25000)
                cred = q(total * D(str(round(rng.uniform(0.04, 0.3), 2))))
                inv = self.add(rng, c, total, issue_before(rng, pdate, 20, 90), balance=total - cred)
                amt = inv.total
                payer = payer_variant(c, rng)
                ref = lambda r: single_ref(c, inv, r, pdate, payer)
                expl = "customer paid the invoice total although part of it was already credited/paid"
        sp = self.mk(scen="overpayment", status="unapplied", date=pdate, amount=amt, cur=c.cur, payer=payer,
                     cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), apps=[(inv, inv.balance)], named=[inv], ref=ref,
                     checks=[("remainder_nofit",)],
                     reason=lambda: f"{inv.number} settled; remainder {s2(amt - inv.balance)} held on account",
                     why=lambda: f"reference {inv.number}, balance {s2(inv.balance)}, paid {s2(amt)} ({expl})")
        return sp

    def g_second(self, rng):
        d1 = pay_date(rng, PAY_START, PAY_END - dt.timedelta(days=12))
        if rng.random() < 0.6:
            first = self.g_ref_exact(rng, pdate=d1)
        else:
            first = self.g_ocr(rng, pdate=d1, profile="usage")
        c = first.c
        inv = first.apps[0][0]
        d2 = pay_date(rng, d1 + dt.timedelta(days=3), min(PAY_END, d1 + dt.timedelta(days=30)))
        payer = payer_variant(c, rng)
        lg = L(c)
        extra = rng.random()
        def ref(r):
            base = single_ref(c, inv, r, d2, payer)
            if extra < 0.3 and c.book == "dist":
                tail = {"de": " 2. Mahnung", "nl": " herinnering", "fr": " RELANCE", "en": " REMINDER"}[lg]
                return base + tail
            return base
        return self.mk(scen="second_payment", status="unapplied", date=d2, amount=inv.total if inv.total == first.amount else first.amount,
                       cur=c.cur, payer=payer, cust_id=c.cid, c=c, lang=lg, apps=[], named=[inv], ref=ref,
                       checks=[("paid_already", inv), ("nofit",)],
                       reason=lambda: f"{inv.number} already paid by {first.pid}; amount held as unapplied cash",
                       why=lambda: f"same reference and amount as {first.pid} of {first.date}; no other open item fits")

    def g_lump_paid(self, rng):
        d1 = pay_date(rng, PAY_START, PAY_END - dt.timedelta(days=12))
        first = self.g_ref_exact(rng, cur="EUR", pdate=d1)
        c = first.c
        A = first.apps[0][0]
        d2 = pay_date(rng, d1 + dt.timedelta(days=4), min(PAY_END, d1 + dt.timedelta(days=30)))
        others = [self.add(rng, c, dist_amount(rng, c.cur, 200, 9000), issue_before(rng, d2, 5, 60))
                  for _ in range(rng.choice([1, 2, 2, 3]))]
        invs = sorted([A] + others, key=lambda i: i.issue)
        total = sum(i.total for i in invs)
        payer = payer_variant(c, rng)
        lines = [self.line(i, paid=i.total, gross=i.total) for i in invs]
        return self.mk(scen="lump_includes_paid_invoice", status="unapplied", date=d2, amount=total, cur=c.cur,
                       payer=payer, cust_id=self.cid(c, rng, 0.7), c=c, lang=L(c), named=invs,
                       apps=[(i, i.balance) for i in sorted(others, key=lambda i: i.issue)],
                       ref=lambda r: avis_ref(c, r, d2, payer), remit=self.remit(c, lines, total, d2),
                       checks=[("paid_already", A), ("remainder_nofit",)],
                       reason=lambda: f"open invoices applied; {A.number} was already paid by {first.pid}, {s2(A.total)} held",
                       why=lambda: f"remittance lists {', '.join(i.number for i in invs)}; {A.number} paid earlier by {first.pid}")

    def g_nofit(self, rng):
        pdate = pay_date(rng)
        kind = rng.random()
        if kind < 0.3:
            # a customer with nothing open at all
            if rng.random() < 0.5:
                c = self.pick(rng, lambda c: c.book == "dist", excl=True)
            else:
                c = self.pick(rng, lambda c: c.book == "nordic", excl=True)
            lg = L(c)
            amt = dist_amount(rng, c.cur, 150, 6000) if c.book == "dist" else q(c.plan * rng.choice([3, 6, 12]))
            gen = GENERIC_REF[lg]
            ref = (lambda r: r.choice(gen)) if rng.random() < 0.6 else None
            expl = "customer has no open invoices"
        else:
            if rng.random() < 0.75:
                c = self.dist_cust(rng)
                amt = q(round(dist_amount(rng, c.cur, 500, 30000), -1))
                o = f"{rng.choice(['AB', 'AU', 'SO', 'ORD', 'PO'])}-{rng.randint(26000, 26999)}"
                lg = L(c)
                st = AMT_STYLE[c.lang]
                T = {"de": [f"Vorkasse Auftrag {o}", f"Anzahlung 30% Bestellung {o}", f"Vorauszahlung lt. AB {o}"],
                     "nl": [f"vooruitbetaling order {o}", f"aanbetaling bestelling {o}", f"proforma {o}"],
                     "fr": [f"ACOMPTE COMMANDE {o}", f"Paiement d'avance commande n° {o}", f"proforma {o}"],
                     "en": [f"Prepayment PO {o}", f"Proforma {o} deposit", f"Advance payment order {o}"]}[lg]
            else:
                c = self.pick(rng, lambda c: c.book == "nordic")
                amt = q(c.plan * 12 * D(rng.choice(["0.85", "0.9", "1"])))
                lg = L(c)
                T = {"sv": ["Förskottsbetalning årsavgift 2026/27", "Årsabonnemang förskott"],
                     "no": ["Forskuddsbetaling årsabonnement", "Forskudd årsavgift"],
                     "da": ["Forudbetaling årsabonnement", "Forudbetaling helår"],
                     "fi": ["Ennakkomaksu vuositilaus", "Vuosimaksu ennakkoon"]}[lg]
            payer = payer_variant(c, rng)
            ref = lambda r: wrap_bank(c, r, r.choice(T), payer, pdate)
            expl = "prepayment for an order/period not yet invoiced"
        return self.mk(scen="known_customer_no_invoice", status="unapplied", date=pdate, amount=amt, cur=c.cur,
                       payer=payer_variant(c, rng) if kind < 0.3 else payer, cust_id=c.cid, c=c, lang=lg, apps=[],
                       ref=ref, checks=[("nofit",)],
                       reason=lambda: f"known customer {c.name}; no open invoice fits ({expl})",
                       why=lambda: f"customer_id {c.cid}; {expl}; no open item or combination equals {s2(amt)}")

    # =====================================================================
    # REVIEW
    # =====================================================================
    def g_same(self, rng):
        pdate = pay_date(rng)
        if rng.random() < 0.7:
            c = self.nordic_pick(rng, pdate, n=2, profile="fixed")
            invs = [self.nmonth(rng, c, pdate), self.nmonth(rng, c, pdate)]
            amt = c.plan
        else:
            c = self.dist_cust(rng)
            amt = dist_amount(rng, c.cur, 150, 4000)
            d0 = issue_before(rng, pdate, 40, 75)
            invs = [self.add(rng, c, amt, d0, due_days=30),
                    self.add(rng, c, amt, weekday_on_or_before(d0 + dt.timedelta(days=rng.randint(25, 33))), due_days=30)]
        lg = L(c)
        payer = payer_variant(c, rng, allow_trade=False)
        gen = GENERIC_REF[lg]
        mon = MONTHS[lg]
        def ref(r):
            x = r.random()
            if x < 0.3:
                return None
            if x < 0.5 and c.book == "nordic":
                return f"{r.choice(gen)} {strip_legal(c.name)}"
            if x < 0.65 and c.book == "dist":
                return {"de": "Wartungsvertrag", "nl": "servicecontract", "fr": "contrat de maintenance",
                        "en": "maintenance contract"}[lg]
            return r.choice(gen)
        cid = self.cid(c, rng, 0.7)
        return self.mk(scen="identical_open_invoices", status="review", date=pdate, amount=amt, cur=c.cur, payer=payer,
                       cust_id=cid, c=c, lang=lg, ref=ref, cands_fn="cust_fits", min_c=2,
                       reason=lambda: f"{c.name} has several open invoices of exactly {s2(amt)}; no reference says which",
                       why=lambda: "two or more open items of the same amount, nothing in the text picks one")

    def g_sets(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        b = dist_amount(rng, c.cur, 200, 5000)
        cc = dist_amount(rng, c.cur, 200, 5000)
        B = self.add(rng, c, b, issue_before(rng, pdate, 30, 80))
        C = self.add(rng, c, cc, issue_before(rng, pdate, 15, 60))
        A = self.add(rng, c, b + cc, issue_before(rng, pdate, 15, 80))
        payer = payer_variant(c, rng, allow_trade=False)
        lg = L(c)
        gen = GENERIC_REF[lg]
        return self.mk(scen="two_invoice_sets_fit", status="review", date=pdate, amount=A.balance, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.75), c=c, lang=lg, ref=(lambda r: r.choice(gen)) if rng.random() < 0.7 else None,
                       cands_fn="cust_fits", min_c=2,
                       reason=lambda: f"amount fits {A.number} alone and {B.number}+{C.number} together",
                       why=lambda: f"{s2(A.balance)} = {A.number} = {B.number} {s2(B.balance)} + {C.number} {s2(C.balance)}")

    def g_stranger(self, rng):
        pdate = pay_date(rng)
        if rng.random() < 0.75:
            c = self.dist_cust(rng)
            inv = self.add(rng, c, dist_amount(rng, c.cur), issue_before(rng, pdate))
        else:
            c = self.nordic_pick(rng, pdate, profile="usage")
            inv = self.nmonth(rng, c, pdate)
        payer = rng.choice(STRANGERS[c.cur] if c.cur in STRANGERS else STRANGERS["EUR"])
        lg = L(c)
        r0 = rng.random()
        if r0 < 0.4:
            ref = None
        elif r0 < 0.7:
            ref = lambda r: r.choice(["Order 55123", "Bestellung 2026-118", "Ref 88412", "Auftrag 7781", "Commande 2291",
                                       "Ordre 1187", "Tilaus 5521", "Best.nr 661"])
        else:
            gen = GENERIC_REF[lg]
            ref = lambda r: r.choice(gen)
        return self.mk(scen="unknown_payer_amount_match", status="review", date=pdate, amount=inv.balance, cur=c.cur,
                       payer=payer, cust_id=None, c=None, lang=lg, ref=ref, cands_fn="ledger_fits", min_c=1,
                       reason=lambda: f"payer not identified; amount equals open invoice {inv.number} of {c.name} only by amount",
                       why=lambda: f"payer '{payer}' is not a customer name; {s2(inv.balance)} = {inv.number} ({c.name})")

    def g_conflict(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        X = self.add(rng, c, dist_amount(rng, c.cur, 300, 15000), issue_before(rng, pdate, 10, 80))
        Y = self.add(rng, c, dist_amount(rng, c.cur, 300, 15000), issue_before(rng, pdate, 10, 80))
        payer = payer_variant(c, rng)
        return self.mk(scen="reference_amount_conflict", status="review", date=pdate, amount=Y.balance, cur=c.cur,
                       payer=payer, cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), named=[X],
                       ref=lambda r: single_ref(c, X, r, pdate, payer), cands_fn="cust_fits+named", min_c=2,
                       reason=lambda: f"reference names {X.number} ({s2(X.balance)}) but the amount equals {Y.number}",
                       why=lambda: f"ref {X.number} balance {s2(X.balance)}; paid {s2(Y.balance)} = {Y.number}; which is it?")

    def g_fx(self, rng):
        pdate = pay_date(rng)
        opt = rng.choice(["gbp_eur", "chf_eur", "eur_chf", "nok_sek", "sek_eur", "dkk_eur", "eur_usd"])
        if opt in ("gbp_eur", "chf_eur"):
            c = self.dist_cust(rng, "GBP" if opt == "gbp_eur" else "CHF")
            pcur, rate = "EUR", (D("1.1680") if opt == "gbp_eur" else D("1.0630"))
        elif opt == "eur_chf":
            c = self.pick(rng, lambda c: c.book == "dist" and c.cur == "EUR" and c.country in ("DE", "FR"))
            pcur, rate = "CHF", D("0.9390")
        elif opt == "eur_usd":
            c = self.pick(rng, lambda c: c.book == "dist" and c.cur == "EUR")
            pcur, rate = "USD", D("1.0840")
        else:
            cc = {"nok_sek": "NOK", "sek_eur": "SEK", "dkk_eur": "DKK"}[opt]
            c = self.pick(rng, lambda c: c.book == "nordic" and c.cur == cc)
            pcur, rate = {"nok_sek": ("SEK", D("0.9720")), "sek_eur": ("EUR", D("0.0871")), "dkk_eur": ("EUR", D("0.1341"))}[opt]
        if c.book == "nordic":
            inv = self.nmonth(rng, c, pdate)
            if inv is None:
                inv = self.add(rng, c, c.plan, issue_before(rng, pdate, 10, 40))
        else:
            inv = self.add(rng, c, dist_amount(rng, c.cur, 300, 20000), issue_before(rng, pdate))
        amt = q(inv.balance * rate)
        payer = payer_variant(c, rng)
        lg = L(c)
        def ref(r):
            base = single_ref(c, inv, r, pdate, payer)
            if r.random() < 0.4:
                return f"{base} ORIG {c.cur} {s2(inv.balance)} FX {rate}" if c.book == "dist" else base
            return base
        return self.mk(scen="foreign_currency_payment", status="review", date=pdate, amount=amt, cur=pcur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=lg, named=[inv], ref=ref, cands=[[inv]],
                       reason=lambda: f"paid in {pcur} for {c.cur} invoice {inv.number}; cannot apply across currencies",
                       why=lambda: f"{inv.number} is {c.cur} {s2(inv.balance)}; payment {pcur} {s2(amt)}")

    def g_nothing(self, rng):
        pdate = pay_date(rng)
        cur = rng.choice(["EUR", "EUR", "EUR", "GBP", "SEK", "NOK", "DKK", "CHF"])
        payer = rng.choice(STRANGERS[cur])
        amt = dist_amount(rng, cur, 40, 9000)
        lg = {"EUR": STRANGER_LANG.get(payer, "de"), "GBP": "en", "SEK": "sv", "NOK": "no", "DKK": "da", "CHF": "de"}[cur]
        gen = GENERIC_REF["en" if lg == "en" else lg]
        return self.mk(scen="unknown_payer_no_match", status="review", date=pdate, amount=amt, cur=cur, payer=payer,
                       cust_id=None, c=None, lang=lg, ref=(lambda r: r.choice(gen)) if rng.random() < 0.6 else None,
                       cands=[], checks=[("ledger_nofit",)],
                       reason=lambda: "payer not identified and no open invoice matches the amount",
                       why=lambda: f"'{payer}' unknown; {cur} {s2(amt)} fits nothing")

    def g_second_alt(self, rng):
        d1 = pay_date(rng, PAY_START, PAY_END - dt.timedelta(days=14))
        c = self.nordic_pick(rng, d1, n=2, profile="fixed")
        first = self.g_ocr(rng, pdate=d1, c=c)
        inv = first.apps[0][0]
        d2 = pay_date(rng, d1 + dt.timedelta(days=5), min(PAY_END, d1 + dt.timedelta(days=30)))
        other = self.nmonth(rng, c, d2)
        payer = payer_variant(c, rng)
        return self.mk(scen="repeat_reference_other_open", status="review", date=d2, amount=first.amount, cur=c.cur,
                       payer=payer, cust_id=self.cid(c, rng, 0.7), c=c, lang=L(c), named=[inv],
                       ref=lambda r: nordic_ref(inv, r), checks=[("paid_already", inv)], cands_fn="cust_fits", min_c=1,
                       reason=lambda: (f"reference {inv.number} already paid by {first.pid}, but {c.name} has another open "
                                       f"invoice of the same amount"),
                       why=lambda: f"reused structured ref of {inv.number} (paid by {first.pid}); {c.name} still has open items of the same amount, e.g. {other.number}: duplicate or meant for one of those?")

    def g_part_noinv(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        invs = [self.add(rng, c, dist_amount(rng, c.cur, 2500, 30000), issue_before(rng, pdate, 15, 100))
                for _ in range(rng.choice([2, 2, 3]))]
        lo = min(i.balance for i in invs)
        amt = q(round(lo * D(str(round(rng.uniform(0.2, 0.6), 2))), -2)) or D("500.00")
        payer = payer_variant(c, rng)
        lg = L(c)
        T = {"de": ["Teilzahlung", "Abschlagszahlung", "a conto Zahlung", "Teilzahlung wie besprochen"],
             "nl": ["deelbetaling", "betaling op rekening", "gedeeltelijke betaling zoals afgesproken"],
             "fr": ["ACOMPTE", "Paiement partiel", "Versement à valoir"],
             "en": ["Part payment", "Payment on account", "PART PAYMENT AS AGREED"]}[lg]
        return self.mk(scen="part_payment_no_invoice_named", status="review", date=pdate, amount=amt, cur=c.cur,
                       payer=payer, cust_id=c.cid, c=c, lang=lg, ref=lambda r: wrap_bank(c, r, r.choice(T), payer, pdate),
                       cands_fn="part_singles", checks=[("nofit",)], min_c=2,
                       reason=lambda: "part payment without an invoice number; several open invoices could be meant",
                       why=lambda: f"{s2(amt)} 'part payment', customer has several larger open invoices")

    def g_lump_mismatch(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng, "EUR")
        invs = sorted([self.add(rng, c, dist_amount(rng, c.cur, 300, 9000), issue_before(rng, pdate, 8, 70))
                       for _ in range(rng.choice([2, 3, 3, 4]))], key=lambda i: i.issue)
        total = sum(i.balance for i in invs)
        s = f"{total:.2f}"
        ip = s.split(".")[0]
        kind = rng.choice(["transpose", "cents", "drop"])
        if kind == "transpose" and len(ip) >= 3 and ip[-2] != ip[-3]:
            ip2 = ip[:-3] + ip[-2] + ip[-3] + ip[-1]
            amt = q(D(ip2 + "." + s.split(".")[1]))
        elif kind == "drop":
            amt = total - q(D(rng.choice(["100", "1000", "10"])))
        else:
            amt = total - q(D(rng.randint(1, 99)) / 100)
        payer = payer_variant(c, rng)
        lines = [self.line(i) for i in invs]
        return self.mk(scen="remittance_total_mismatch", status="review", date=pdate, amount=amt, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), named=invs,
                       ref=lambda r: avis_ref(c, r, pdate, payer), remit=self.remit(c, lines, total, pdate),
                       cands=[invs], checks=[("nofit",)],
                       reason=lambda: f"remittance lists {len(invs)} invoices totalling {s2(total)} but {s2(amt)} was paid, no deduction stated",
                       why=lambda: f"advice total {s2(total)} vs bank {s2(amt)}; no reason given")

    def g_partial_two(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng)
        A = self.add(rng, c, dist_amount(rng, c.cur, 800, 12000), issue_before(rng, pdate, 15, 80))
        B = self.add(rng, c, dist_amount(rng, c.cur, 800, 12000), issue_before(rng, pdate, 15, 80))
        hi = max(A.balance, B.balance)
        amt = q(hi + (A.balance + B.balance - hi) * D(str(round(rng.uniform(0.2, 0.8), 2))))
        payer = payer_variant(c, rng)
        return self.mk(scen="two_invoices_named_underpaid", status="review", date=pdate, amount=amt, cur=c.cur,
                       payer=payer, cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), named=[A, B],
                       ref=lambda r: multi_ref(c, [A, B], r, pdate, payer), cands=[[A, B]], checks=[("nofit",)],
                       reason=lambda: f"names {A.number} and {B.number} but pays less than both, without saying which is short",
                       why=lambda: f"{s2(A.balance)} + {s2(B.balance)} = {s2(A.balance + B.balance)} > {s2(amt)}")

    def g_twin(self, rng, both):
        pdate = pay_date(rng)
        t1, t2 = [c for c in self.custs if c.twin]
        amt = dist_amount(rng, "EUR", 300, 6000)
        X = self.add(rng, t1 if rng.random() < 0.5 else t2, amt, issue_before(rng, pdate))
        if both:
            other = t2 if X.cust is t1 else t1
            self.add(rng, other, amt, issue_before(rng, pdate))
        payer = rng.choice(TWIN_PAYERS)
        return self.mk(scen="payer_name_two_customers", status="review", date=pdate, amount=amt, cur="EUR", payer=payer,
                       cust_id=None, c=None, lang="de", ref=(lambda r: r.choice(GENERIC_REF["de"])) if rng.random() < 0.6 else None,
                       cands_fn="twin_fits", min_c=1,
                       reason=lambda: "payer name fits two customers (Schmidt Elektrotechnik / Schmidt Kabeltechnik)",
                       why=lambda: f"'{payer}' could be either Schmidt company; amount {s2(amt)} matches {'both' if both else 'one'}")

    def g_other_cust(self, rng):
        pdate = pay_date(rng)
        a = self.dist_cust(rng, "EUR")
        b = self.dist_cust(rng, "EUR", pred=lambda c: c is not a)
        amt = dist_amount(rng, "EUR", 200, 8000)
        X = self.add(rng, a, amt, issue_before(rng, pdate))
        Z = self.add(rng, b, amt, issue_before(rng, pdate))
        payer = payer_variant(b, rng)
        return self.mk(scen="reference_of_other_customer", status="review", date=pdate, amount=amt, cur="EUR", payer=payer,
                       cust_id=b.cid, c=b, lang=L(b), named=[X], ref=lambda r: single_ref(b, X, r, pdate, payer),
                       cands=[[X], [Z]],
                       reason=lambda: f"reference is {a.name}'s invoice {X.number} but payer is {b.name}, whose {Z.number} has the same amount",
                       why=lambda: f"{b.cid} pays quoting {X.number} of {a.cid}; {Z.number} of {b.cid} also equals {s2(amt)}")

    def g_negative(self, rng):
        pdate = pay_date(rng)
        c = self.dist_cust(rng, "EUR", pred=lambda c: c.country in ("DE", "NL", "AT", "FR"))
        amt = -dist_amount(rng, "EUR", 200, 5000)
        lg = L(c)
        oldnum = f"VK25-0{rng.randint(1000, 3700)}"
        code = rng.choice(["AC04", "MD06", "AM04", "MS03"])
        T = {"de": f"RUECKLASTSCHRIFT {oldnum} {code} Konto erloschen/Widerspruch EREF+{oldnum}",
             "nl": f"Storno incasso {oldnum} reden {code}",
             "fr": f"REJET PRLV SEPA {oldnum} MOTIF {code}"}[lg]
        return self.mk(scen="malformed_negative_amount", status="review", date=pdate, amount=amt, cur="EUR",
                       payer=payer_variant(c, rng), cust_id=c.cid, c=c, lang=lg, ref=lambda r: T, cands=[],
                       reason=lambda: "negative amount (returned debit); not a receipt that can be applied",
                       why=lambda: f"amount {s2(amt)}; SEPA return {code} of an invoice not in the open list")

    def g_badcur(self, rng, code):
        pdate = pay_date(rng)
        c = self.dist_cust(rng, "EUR")
        inv = self.add(rng, c, dist_amount(rng, "EUR"), issue_before(rng, pdate))
        payer = payer_variant(c, rng)
        return self.mk(scen="malformed_unknown_currency", status="review", date=pdate, amount=inv.balance, cur=code,
                       payer=payer, cust_id=self.cid(c, rng, 0.5), c=c, lang=L(c), named=[inv],
                       ref=lambda r: single_ref(c, inv, r, pdate, payer), cands=[[inv]],
                       reason=lambda: f"currency '{code}' is not a known ISO code; cannot apply",
                       why=lambda: f"otherwise matches {inv.number} exactly")

    def g_dup(self, rng, exact):
        d1 = pay_date(rng)
        first = self.g_ref_exact(rng, pdate=d1) if rng.random() < 0.6 or not exact else self.g_ocr(rng, pdate=d1)
        if exact:
            return self.mk(scen="malformed_duplicate_id", status="review", date=d1, amount=first.amount, cur=first.cur,
                           payer=first.payer, cust_id=first.cust_id, c=first.c, lang=first.lang, dup_of=first, cands=[],
                           reason=lambda: f"duplicate payment id {first.pid}: identical to an earlier line (double import?)",
                           why=lambda: "exact copy of the earlier payment with the same id; invoice already settled by it")
        c = self.dist_cust(rng, pred=lambda x: x is not first.c)
        inv = self.add(rng, c, dist_amount(rng, c.cur), issue_before(rng, d1))
        payer = payer_variant(c, rng)
        d2 = pay_date(rng, d1, min(PAY_END, d1 + dt.timedelta(days=6)))
        return self.mk(scen="malformed_duplicate_id", status="review", date=d2, amount=inv.balance, cur=c.cur, payer=payer,
                       cust_id=self.cid(c, rng, 0.6), c=c, lang=L(c), same_id_as=first, named=[inv],
                       ref=lambda r: single_ref(c, inv, r, d2, payer), cands=[[inv]],
                       reason=lambda: f"payment id {first.pid} already used by another payment; not applied",
                       why=lambda: f"different payment reusing id {first.pid}; would otherwise match {inv.number}")

    # =====================================================================
    def schedule(self):
        S = []
        S += [("g_balance", ())] * 6
        S += [("g_nofit", ())] * 14
        S += [("g_ref_exact", ("EUR",))] * 37 + [("g_ref_exact", ("GBP",))] * 9 + [("g_ref_exact", ("CHF",))] * 8
        S += [("g_ocr", ())] * 44
        S += [("g_lump", ())] * 24
        S += [("g_noref", ())] * 18
        S += [("g_credit", ())] * 7
        S += [("g_parent", (c,)) for c in self.custs if c.parent]
        S += [("g_rest", ())] * 5
        S += [("g_part", ())] * 20 + [("g_skonto", ())] * 22 + [("g_charges", ())] * 8
        S += [("g_return", ())] * 7 + [("g_return", (True,))] * 4
        S += [("g_lump_short", ())] * 8 + [("g_lump_part", ())] * 6
        S += [("g_over", ())] * 14 + [("g_second", ())] * 12 + [("g_lump_paid", ())] * 5
        S += [("g_same", ())] * 14 + [("g_sets", ())] * 8 + [("g_stranger", ())] * 10 + [("g_conflict", ())] * 7
        S += [("g_fx", ())] * 8 + [("g_nothing", ())] * 5 + [("g_second_alt", ())] * 5 + [("g_part_noinv", ())] * 6
        S += [("g_lump_mismatch", ())] * 6 + [("g_partial_two", ())] * 4
        S += [("g_twin", (True,))] * 4 + [("g_other_cust", ())] * 4
        S += [("g_negative", ())] * 3 + [("g_badcur", ("XXX",)), ("g_badcur", ("ZZZ",)), ("g_badcur", ("",))]
        S += [("g_dup", (True,))] * 2 + [("g_dup", (False,))]
        return S

    def build(self):
        for gi, (name, args) in enumerate(self.schedule()):
            rng = random.Random(f"{SEED}|{gi}|{self.attempts.get(gi, 0)}")
            n0 = len(self.specs)
            getattr(self, name)(rng, *args)
            for sp in self.specs[n0:]:
                sp.gi = gi
        self.background()
        self.number()

    def background(self):
        rng = random.Random(SEED + "|bg")
        target = 605
        pool = [c for c in self.custs if "excl" not in c.tags]
        guard = 0
        while len(self.ledger.invs) < target and guard < 5000:
            guard += 1
            c = rng.choice(pool)
            self.ledger.rng = rng
            if c.book == "nordic":
                inv = self.nmonth(rng, c, dt.date(2026, 4, 12))
                if inv:
                    inv.tag = "bg"
            else:
                d = dt.date(2025, 10, 1) + dt.timedelta(days=rng.randint(0, 190))
                inv = self.ledger.add(c, dist_amount(rng, c.cur), weekday_on_or_before(d), tag="bg")
                if rng.random() < 0.08:
                    inv.balance = q(inv.total * D(str(round(rng.uniform(0.3, 0.8), 2))))

    def number(self):
        rng = random.Random(SEED + "|num")
        series = {}
        for i in self.ledger.invs:
            c = i.cust
            if c.book == "nordic":
                key = ("N", 0)
            elif i.kind == "cn":
                key = ("CN", i.issue.year)
            else:
                key = ({"EUR": "VK", "GBP": "UK", "CHF": "CH"}[i.cur], i.issue.year)
            series.setdefault(key, []).append(i)
        for key, lst in sorted(series.items()):
            lst.sort(key=lambda i: i.issue)
            pre, yr = key
            if pre == "N":
                n = 6104211
                for i in lst:
                    n += rng.randint(1, 23)
                    i.number = str(n)
                continue
            start = {"VK": {2025: 3871, 2026: 11}, "UK": {2025: 611, 2026: 4}, "CH": {2025: 288, 2026: 2},
                     "CN": {2025: 318, 2026: 3}}[pre][yr]
            n = start
            width = 5 if pre == "VK" else 4
            for i in lst:
                n += rng.randint(1, 9 if pre == "VK" else 4)
                i.number = f"{pre}{yr % 100:02d}-{n:0{width}d}"
        ids = random.Random(SEED + "|iid").sample(range(10000, 99999), len(self.ledger.invs))
        for i, x in zip(self.ledger.invs, ids):
            i.id = f"i-{x}"


# ---------------------------------------------------------------------------
# simulation: apply in order, check every label against the running balances
# ---------------------------------------------------------------------------
class Fail(Exception):
    def __init__(self, gi, msg):
        super().__init__(msg)
        self.gi = gi


def fits(invs, bal, amount, maxk=6):
    invs = [i for i in invs if bal[id(i)] != 0]
    out = []
    for k in range(1, min(maxk, len(invs)) + 1):
        for combo in itertools.combinations(invs, k):
            if sum(bal[id(i)] for i in combo) == amount:
                out.append(list(combo))
    return out


def rank(sets, amount, named, bal):
    named_ids = {id(i) for i in named}

    def key(s):
        fit = sum(bal[id(i)] for i in s) == amount
        nm = all(id(i) in named_ids for i in s)
        return (0 if fit else 1, 0 if nm else 1, len(s), min(i.due for i in s), sorted(i.number for i in s))
    return [sorted(s, key=lambda i: i.number) for s in sorted(sets, key=key)]


def simulate(plan, order):
    bal = {id(i): i.balance for i in plan.ledger.invs}
    allinv = plan.ledger.invs
    twins = [c for c in plan.custs if c.twin]
    for sp in order:
        F = lambda m: Fail(sp.gi, f"{sp.scen}: {m}")
        c = sp.c
        amt = sp.amount
        copen = [i for i in c.invs if i.cur == sp.cur and bal[id(i)] != 0] if c else []
        # generic shape checks
        tot = ZERO
        for inv, a in sp.apps:
            b = bal[id(inv)]
            if inv.cur != sp.cur:
                raise F("currency")
            if b == 0:
                raise F(f"apply to closed invoice")
            if inv.kind == "cn":
                if a != b:
                    raise F("credit note not fully netted")
            elif not (ZERO < a <= b):
                raise F(f"bad app amount {a} vs {b}")
            tot += a
        sp.unapplied = amt - tot
        if sp.status == "applied":
            if sp.unapplied != 0 or any(a != bal[id(i)] for i, a in sp.apps):
                raise F("applied but not full")
        elif sp.status == "partial":
            if sp.unapplied != 0 or not any(a != bal[id(i)] for i, a in sp.apps):
                raise F("partial but nothing left open")
            if sp.short:
                si, sa, _ = sp.short
                if bal[id(si)] - dict((id(i), a) for i, a in sp.apps)[id(si)] != sa:
                    raise F("short amount mismatch")
        elif sp.status == "unapplied":
            if sp.unapplied <= 0:
                raise F("unapplied <= 0")
        elif sp.status == "review":
            if sp.apps:
                raise F("review with apps")
        for ch in sp.checks:
            if ch[0] == "unique_fit":
                f = fits(copen, bal, amt)
                if len(f) != 1 or {id(i) for i in f[0]} != {id(i) for i, _ in sp.apps}:
                    raise F(f"unique_fit {len(f)}")
            elif ch[0] == "ledger_unique":
                m = [i for i in allinv if i.cur == sp.cur and bal[id(i)] == amt]
                if len(m) != 1:
                    raise F("ledger_unique")
            elif ch[0] == "all_open":
                if {id(i) for i in copen} != {id(i) for i, _ in sp.apps}:
                    raise F("all_open")
            elif ch[0] == "remainder_nofit":
                used = {id(i) for i, _ in sp.apps}
                rest = [i for i in copen if id(i) not in used]
                if fits(rest, bal, sp.unapplied, 4):
                    raise F("remainder fits")
            elif ch[0] == "paid_already":
                if bal[id(ch[1])] != 0:
                    raise F("not yet paid")
            elif ch[0] == "nofit":
                if fits(copen, bal, amt, 5):
                    raise F("nofit: fits")
                if sp.status == "unapplied" and any(abs(bal[id(i)] - amt) <= amt * D("0.03") for i in copen):
                    raise F("nofit: near single")
            elif ch[0] == "ledger_nofit":
                if any(i.cur == sp.cur and bal[id(i)] == amt for i in allinv):
                    raise F("ledger_nofit")
        # candidates
        if sp.status == "review":
            fn = sp.cands_fn
            dated = [i for i in copen if i.issue <= sp.date]
            if fn is None:
                sets = sp.cands or []
            elif fn == "cust_fits":
                sets = fits(dated, bal, amt, 5)
            elif fn == "cust_fits+named":
                sets = fits(dated, bal, amt, 5)
                if not any({id(i) for i in s} == {id(i) for i in sp.named} for s in sets):
                    sets.append(list(sp.named))
            elif fn == "ledger_fits":
                sets = [[i] for i in allinv if i.cur == sp.cur and bal[id(i)] == amt and i.issue <= sp.date]
            elif fn == "part_singles":
                sets = [[i] for i in dated if bal[id(i)] > amt]
            elif fn == "twin_fits":
                sets = [[i] for t in twins for i in t.invs if bal[id(i)] == amt and i.issue <= sp.date]
            else:
                raise F("fn")
            if fn and not (getattr(sp, "min_c", 1) <= len(sets) <= 4):
                raise F(f"cands count {len(sets)}")
            for s in sets:
                for i in s:
                    if bal[id(i)] == 0:
                        raise F("candidate closed")
            sp.cand_sets = rank(sets, amt, sp.named, bal)
            sp.unapplied = amt
        else:
            sp.cand_sets = []
        if sp.status != "review":
            for inv, a in sp.apps:
                bal[id(inv)] -= a
    return bal


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def make(attempts):
    plan = Plan(attempts)
    plan.build()
    specs = plan.specs
    trng = random.Random(SEED + "|order")
    for sp in specs:
        sp.tb = trng.random()
    for sp in specs:
        if sp.dup_of is not None:
            sp.date, sp.tb, sp.sub = sp.dup_of.date, sp.dup_of.tb, 1
        if sp.same_id_as is not None and sp.date == sp.same_id_as.date:
            sp.tb, sp.sub = sp.same_id_as.tb, 1
    order = sorted(specs, key=lambda s: (s.date, s.tb, s.sub))
    pids = random.Random(SEED + "|pid").sample(range(10000, 99999), len(order))
    for sp, x in zip(order, pids):
        sp.pid = f"p-{x}"
    for sp in order:
        if sp.dup_of is not None:
            sp.pid = sp.dup_of.pid
        if sp.same_id_as is not None:
            sp.pid = sp.same_id_as.pid
    simulate(plan, order)
    return plan, order


def render(plan, order):
    for k, sp in enumerate(order):
        r = random.Random(f"{SEED}|txt|{sp.gi}|{sp.scen}|{sp.sub}")
        if sp.dup_of is not None:
            continue
        sp.ref_text = sp.ref(r) if callable(sp.ref) else sp.ref
        sp.rem_text = sp.remit(r) if callable(sp.remit) else sp.remit
    for sp in order:
        if sp.dup_of is not None:
            sp.ref_text, sp.rem_text = sp.dup_of.ref_text, sp.dup_of.rem_text
    invs = list(plan.ledger.invs)
    random.Random(SEED + "|ishuf").shuffle(invs)
    inv_json = [{"id": i.id, "number": i.number, "customer_id": i.cust.cid, "customer_name": i.cust.name,
                 "currency": i.cur, "total": s2(i.total), "balance": s2(i.balance),
                 "issue_date": i.issue.isoformat(), "due_date": i.due.isoformat()} for i in invs]
    pay_json, exp_json = [], []
    for sp in order:
        pay_json.append({"id": sp.pid, "date": sp.date.isoformat(), "amount": s2(sp.amount), "currency": sp.cur,
                         "payer_name": sp.payer, "customer_id": sp.cust_id, "reference": sp.ref_text,
                         "remittance": sp.rem_text})
        exp_json.append({
            "payment_id": sp.pid, "status": sp.status,
            "applications": [{"invoice_id": i.id, "amount": s2(a)} for i, a in sp.apps] if sp.status != "review" else [],
            "unapplied": s2(sp.unapplied),
            "short_pay": ({"invoice_id": sp.short[0].id, "amount": s2(sp.short[1]), "reason": sp.short[2]}
                          if sp.short else None),
            "candidates": [[i.id for i in s] for s in sp.cand_sets],
            "reason": sp.reason(),
            "note": f"[{sp.status}:{sp.scen}, {sp.lang}] {sp.why()}",
        })
    return inv_json, pay_json, exp_json


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    attempts = {}
    for it in range(400):
        try:
            plan, order = make(attempts)
            break
        except Fail as e:
            attempts[e.gi] = attempts.get(e.gi, 0) + 1
    else:
        raise SystemExit("could not build a consistent set")
    inv_json, pay_json, exp_json = render(plan, order)
    dump("invoices.json", inv_json)
    dump("payments.json", pay_json)
    dump("expected.json", exp_json)
    write_readme(inv_json, pay_json, exp_json, plan, order, it)


def write_readme(inv_json, pay_json, exp_json, plan, order, iters):
    from collections import Counter, OrderedDict
    st = Counter(e["status"] for e in exp_json)
    sc = OrderedDict()
    for e in exp_json:
        k = (e["status"], e["note"].split("]")[0].split(":")[1].split(",")[0])
        sc[k] = sc.get(k, 0) + 1
    langs = Counter(sp.lang for sp in order)
    curs = Counter(p["currency"] for p in pay_json)
    icurs = Counter(i["currency"] for i in inv_json)
    ncust = len({i["customer_id"] for i in inv_json})
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        f.write("\n## Counts (generated)\n\n")
        f.write(f"invoices: {len(inv_json)} open items ({sum(1 for i in inv_json if i['total'].startswith('-'))} credit notes), "
                f"{ncust} customers with open items, {len(plan.custs)} customers in all\n")
        f.write(f"invoice currencies: {dict(sorted(icurs.items()))}\n")
        f.write(f"payments: {len(pay_json)}; payment currencies: {dict(sorted(curs.items()))}\n")
        f.write(f"customer_id given: {sum(1 for p in pay_json if p['customer_id'])}, null: {sum(1 for p in pay_json if not p['customer_id'])}\n")
        f.write(f"with remittance text: {sum(1 for p in pay_json if p['remittance'])}; reference null: {sum(1 for p in pay_json if p['reference'] is None)}\n\n")
        f.write("| status | count |\n|---|---|\n")
        for s in ("applied", "partial", "unapplied", "review"):
            f.write(f"| {s} | {st[s]} |\n")
        f.write("\n| status | scenario | count |\n|---|---|---|\n")
        for (s, k), n in sorted(sc.items(), key=lambda x: (["applied", "partial", "unapplied", "review"].index(x[0][0]), x[0][1])):
            f.write(f"| {s} | {k} | {n} |\n")
        f.write("\n| language of the payment text | count |\n|---|---|\n")
        for k, n in sorted(langs.items(), key=lambda x: -x[1]):
            f.write(f"| {k} | {n} |\n")
        f.write(f"\n(build converged after {iters} re-plans of single scenarios)\n")
        f.write(README_TAIL)


README_HEAD = open(__file__.replace("build.py", "readme_text.md"), encoding="utf-8").read().split("<!-- COUNTS -->")[0]
README_TAIL = open(__file__.replace("build.py", "readme_text.md"), encoding="utf-8").read().split("<!-- COUNTS -->")[1]

if __name__ == "__main__":
    main()
