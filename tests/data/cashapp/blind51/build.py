#!/usr/bin/env python3
"""Blind held-out cash-application set: AlpineMed Medizintechnik AG (CH / LI / AT).

Deterministic, stdlib only.  `python3 build.py` rewrites
ledger_alpinemed/{invoices,payments,labels}.json and README.md byte for byte.
"""
import json
import os
import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_alpinemed")
SEED = 168_2026
rnd = random.Random(SEED)

D0 = Decimal("0.00")
CENT = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q05(x):
    """Swiss Rappen rounding to 0.05."""
    return (Decimal(x) * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20


def qcur(x, cur):
    return q2(q05(x)) if cur == "CHF" else q2(x)


def s(x):
    return str(q2(x))


# --------------------------------------------------------------------------- amount formats
def _group(intpart, sep):
    out = ""
    while len(intpart) > 3:
        out = sep + intpart[-3:] + out
        intpart = intpart[:-3]
    return intpart + out


def fmt_ch(d):       # 1'234.50
    a, b = s(d).split(".")
    return _group(a, "'") + "." + b


def fmt_de(d):       # 1.234,50
    a, b = s(d).split(".")
    return _group(a, ".") + "," + b


def fmt_fr(d):       # 1 234,50
    a, b = s(d).split(".")
    return _group(a, " ") + "," + b


def fmt_plain(d):
    return s(d)


def dmy(d):
    return d.strftime("%d.%m.%Y")


# --------------------------------------------------------------------------- references
_MOD10 = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def mod10r(digits):
    carry = 0
    for ch in digits:
        carry = _MOD10[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def qr_ref(custno, invdigits):
    """QR reference (27 digits): customer number + invoice number digits + check digit."""
    base = f"{custno:010d}{int(invdigits):016d}"
    return base + mod10r(base)


def esr_ref(custno, invdigits):
    """Old ESR/BVR reference (27 digits) with our former BESR-ID 210000 in front."""
    base = "210000" + f"{custno:08d}" + f"{int(invdigits):012d}"
    return base + mod10r(base)


def group_qr(ref):
    # 2 + 5x5 as printed on the payment part
    return ref[:2] + " " + " ".join(ref[i:i + 5] for i in range(2, 27, 5))


def rf_ref(body):
    body = body.upper()
    num = "".join(str(int(c, 36)) for c in body + "RF00")
    chk = 98 - int(num) % 97
    return f"RF{chk:02d}{body}"


def rf_valid(ref):
    r = ref[4:] + ref[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def group4(ref):
    return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))


# --------------------------------------------------------------------------- ids
_used_ids = set()


def rid(prefix, n, alphabet="0123456789abcdef"):
    while True:
        v = prefix + "".join(rnd.choice(alphabet) for _ in range(n))
        if v not in _used_ids:
            _used_ids.add(v)
            return v


# --------------------------------------------------------------------------- customers
TOWNS_CH_DE = ["Aarau", "Baden", "Wil", "Frauenfeld", "Chur", "Davos", "Thun", "Burgdorf", "Langenthal",
               "Olten", "Solothurn", "Zug", "Baar", "Horgen", "Uster", "Winterthur", "Schaffhausen",
               "Kreuzlingen", "Rapperswil", "Glarus", "Liestal", "Rheinfelden", "Wohlen", "Lenzburg",
               "Einsiedeln", "Schwyz", "Altdorf", "Sarnen", "Stans", "Herisau", "Appenzell", "Brugg",
               "Wetzikon", "Dietikon", "Bülach", "Gossau", "Arbon", "Weinfelden", "Sursee", "Muri"]
TOWNS_CH_FR = ["Sion", "Sierre", "Martigny", "Yverdon-les-Bains", "Nyon", "Morges", "Fribourg", "Bulle",
               "Delémont", "Porrentruy", "Neuchâtel", "La Chaux-de-Fonds", "Vevey", "Monthey", "Payerne"]
TOWNS_CH_IT = ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Biasca", "Ascona"]
TOWNS_LI = ["Vaduz", "Schaan", "Balzers", "Triesen", "Eschen", "Mauren", "Ruggell"]
TOWNS_AT = ["Innsbruck", "Salzburg", "Linz", "Wels", "Steyr", "Graz", "Leoben", "Klagenfurt", "Villach",
            "Bregenz", "Dornbirn", "Feldkirch", "St. Pölten", "Krems", "Wiener Neustadt", "Kufstein",
            "Lienz", "Zell am See", "Bad Ischl", "Gmunden", "Ried im Innkreis", "Spittal an der Drau",
            "Wolfsberg", "Schwaz", "Hall in Tirol", "Braunau", "Amstetten", "Mödling", "Baden bei Wien"]
FIRST = ["Anna", "Beat", "Claudia", "Daniel", "Elisabeth", "Fabian", "Gabriela", "Hans", "Irene", "Jürg",
         "Katharina", "Lukas", "Monika", "Niklaus", "Ursula", "Peter", "Regula", "Stefan", "Thomas",
         "Verena", "Martin", "Sabine", "Reto", "Andrea", "Marco", "Chiara", "Sophie", "Luc", "Nathalie",
         "Florian", "Johanna", "Wolfgang", "Barbara", "Georg", "Theresa"]
LAST = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Steiner", "Brunner",
        "Baumann", "Gerber", "Frei", "Moser", "Graf", "Wyss", "Zimmermann", "Fischer", "Bühler",
        "Favre", "Rochat", "Bernasconi", "Rossi", "Pichler", "Gruber", "Wagner", "Hofer", "Egger",
        "Lehner", "Aigner", "Berger", "Hasler", "Kaufmann", "Marxer", "Ospelt", "Frommelt", "Vogt"]

HOSPITALS_CH = [
    ("Kantonsspital Unterrhein-Seeland AG, Zentraleinkauf und Logistik", "de"),
    ("Spitalverbund Obertoggenau, Spital Wilau", "de"),
    ("Spitalverbund Obertoggenau, Spital Lindenbach", "de"),
    ("Kantonsspital Hochjura-Birstal, Departement Chirurgie", "de"),
    ("Kantonsspital Hochjura-Birstal, Departement Medizin", "de"),
    ("Regionalspital Emmental-Napfland AG", "de"),
    ("Spital Thunersee-Frutigtal AG", "de"),
    ("Universitätsspital Limmatstadt, Zentraleinkauf Medizinprodukte", "de"),
    ("Kantonales Spital Surselva-Albula", "de"),
    ("Spitalregion Fürstenwald-Linth AG", "de"),
    ("Kantonsspital Innerschwyz-Mythen AG", "de"),
    ("Spital Zürcher Unterland-Glatt AG", "de"),
    ("Kinderspital Ostschweiz-Bodensee", "de"),
    ("Spital Oberengadin-Bergell", "de"),
    ("Kantonsspital Obwalden-Melchtal", "de"),
    ("Spitalzentrum Biel-Seeland Nord AG", "de"),
    ("Kantonsspital Zentralschweiz-Reusstal", "de"),
    ("Psychiatrische Dienste Aargau-Reuss AG", "de"),
    ("Hôpital intercantonal de la Haute-Broye", "fr"),
    ("Centre hospitalier régional du Val-de-Sorne", "fr"),
    ("Ensemble hospitalier du Léman-Nord, Service des achats", "fr"),
    ("Réseau hospitalier des Montagnes neuchâteloises-jurassiennes", "fr"),
    ("Ente Ospedaliero Regionale del Sopraceneri, Ospedale di Valmaggia", "it"),
    ("Ente Ospedaliero Regionale del Sopraceneri, Ospedale di Brissago", "it"),
]
HOSPITALS_AT = [
    "Landeskrankenhaus Hohe Tauern-Pinzgau",
    "Landesklinikum Waldviertel-Kamptal",
    "Klinikum Innviertel-Hausruck, Standort Ried",
    "Klinikum Innviertel-Hausruck, Standort Schärding",
    "Krankenhaus der Barmherzigen Schwestern Salzkammergut",
    "Allgemeines öffentliches Krankenhaus Mühlviertel-Nord",
    "LKH-Universitätsklinikum Murtal-Obersteiermark",
    "Tauernklinikum Zell-Kaprun",
    "Landeskrankenhaus Oberkärnten-Lesachtal",
    "Krankenhaus St. Vinzenz Außerfern-Lech",
    "Landesklinikum Thermenregion-Triesting",
    "Bezirkskrankenhaus Unterinntal-Wörgl",
]
HOSPITAL_LI = "Landesspital Rheintal-Liechtenstein AG, Vaduz"

GROUPS = [
    {"key": "helvemed", "name": "Helvemed Kliniken Holding AG", "payer": "HELVEMED KLINIKEN HOLDING AG, TREASURY",
     "currency": "CHF", "country": "CH",
     "members": [("Helvemed Klinik Seeblick AG", "de"), ("Helvemed Klinik Sonnenhalde AG", "de"),
                 ("Helvemed Clinique du Lac SA", "fr"), ("Helvemed Clinica Collina SA", "it")]},
    {"key": "alpenland", "name": "Alpenland Gesundheitsholding GmbH",
     "payer": "ALPENLAND GESUNDHEITSHOLDING GMBH KONZERNTREASURY", "currency": "EUR", "country": "AT",
     "members": [("Privatklinik Alpenland Bad Ischl GmbH", "de"), ("Privatklinik Alpenland Seewalchen GmbH", "de"),
                 ("Reha-Zentrum Alpenland Gmunden GmbH", "de")]},
    {"key": "apomittel", "name": "Apotheken-Verbund Mittelland AG",
     "payer": "APOTHEKEN-VERBUND MITTELLAND AG ZENTRALE KREDITOREN", "currency": "CHF", "country": "CH",
     "members": [("Apotheke am Bahnhofplatz Olten AG", "de"), ("Apotheke zur Linde Langenthal AG", "de"),
                 ("Apotheke Rosengarten Solothurn AG", "de"), ("Apotheke Aareck Aarau AG", "de")]},
]

customers = []
_names = set()
_custnos = set()


def add_customer(name, country, lang, kind, currency, group=None, dual=False):
    if name in _names:
        return None
    _names.add(name)
    while True:
        no = rnd.randint(10000, 49999)
        if no not in _custnos:
            _custnos.add(no)
            break
    c = {"id": f"CUST-{no}", "no": no, "name": name, "country": country, "lang": lang, "kind": kind,
         "currency": currency, "group": group, "dual": dual}
    customers.append(c)
    return c


def build_customers():
    for n, lang in HOSPITALS_CH:
        add_customer(n, "CH", lang, "hospital", "CHF")
    for n in HOSPITALS_AT:
        add_customer(n, "AT", "de", "hospital", "EUR")
    add_customer(HOSPITAL_LI, "LI", "de", "hospital", "CHF")
    for g in GROUPS:
        for n, lang in g["members"]:
            add_customer(n, g["country"], lang, "clinic" if "Apotheke" not in n else "pharmacy", g["currency"],
                         group=g["key"])
    # private clinics
    clinic_ch = ["Privatklinik {t}", "Klinik am See {t}", "Rehaklinik {t}", "Augenklinik {t} AG",
                 "Clinique de {t} SA", "Clinica {t} SA", "Tagesklinik {t} AG"]
    while sum(1 for c in customers if c["kind"] == "clinic") < 36:
        tpl = rnd.choice(clinic_ch)
        if "Clinique" in tpl:
            t, lang = rnd.choice(TOWNS_CH_FR), "fr"
        elif "Clinica" in tpl:
            t, lang = rnd.choice(TOWNS_CH_IT), "it"
        else:
            t, lang = rnd.choice(TOWNS_CH_DE), "de"
        add_customer(tpl.format(t=t), "CH", lang, "clinic", "CHF", dual=rnd.random() < 0.25)
    clinic_at = ["Privatklinik {t}", "Sanatorium {t}", "Ambulatorium {t} GmbH", "Rehabilitationszentrum {t}"]
    while sum(1 for c in customers if c["kind"] == "clinic" and c["country"] == "AT") < 14:
        add_customer(rnd.choice(clinic_at).format(t=rnd.choice(TOWNS_AT)), "AT", "de", "clinic", "EUR")
    # practices
    while sum(1 for c in customers if c["kind"] == "practice") < 118:
        r = rnd.random()
        f, l = rnd.choice(FIRST), rnd.choice(LAST)
        if r < 0.35:
            n, country, lang = f"Praxis Dr. med. {f} {l}, {rnd.choice(TOWNS_CH_DE)}", "CH", "de"
        elif r < 0.45:
            n, country, lang = f"Gruppenpraxis {rnd.choice(['am Bahnhof', 'Zentrum', 'im Dorf', 'Seefeld'])} {rnd.choice(TOWNS_CH_DE)} AG", "CH", "de"
        elif r < 0.52:
            n, country, lang = f"Zahnarztpraxis Dr. med. dent. {l}, {rnd.choice(TOWNS_CH_DE)}", "CH", "de"
        elif r < 0.62:
            n, country, lang = f"Cabinet médical Dr {f} {l}, {rnd.choice(TOWNS_CH_FR)}", "CH", "fr"
        elif r < 0.67:
            n, country, lang = f"Studio medico Dr. med. {l}, {rnd.choice(TOWNS_CH_IT)}", "CH", "it"
        elif r < 0.72:
            n, country, lang = f"Arztpraxis Dr. med. {f} {l}, {rnd.choice(TOWNS_LI)}", "LI", "de"
        elif r < 0.90:
            n, country, lang = f"Ordination Dr. {f} {l}, {rnd.choice(TOWNS_AT)}", "AT", "de"
        else:
            n, country, lang = (f"Dr. med. univ. {f} {l}, FA für {rnd.choice(['Innere Medizin', 'Orthopädie', 'Urologie', 'Dermatologie'])}",
                                "AT", "de")
        add_customer(n, country, lang, "practice", "CHF" if country in ("CH", "LI") else "EUR")
    # pharmacies
    while sum(1 for c in customers if c["kind"] == "pharmacy") < 90:
        r = rnd.random()
        if r < 0.30:
            n, country, lang = f"{rnd.choice(['Apotheke', 'Dorfapotheke', 'Stadtapotheke', 'Bahnhof-Apotheke'])} {rnd.choice(TOWNS_CH_DE)}", "CH", "de"
        elif r < 0.45:
            n, country, lang = f"Pharmacie du {rnd.choice(['Lac', 'Marché', 'Centre', 'Château', 'Midi'])} {rnd.choice(TOWNS_CH_FR)} SA", "CH", "fr"
        elif r < 0.52:
            n, country, lang = f"Farmacia {rnd.choice(['Centrale', 'San Rocco', 'della Posta', 'Nuova'])} {rnd.choice(TOWNS_CH_IT)} SA", "CH", "it"
        elif r < 0.58:
            n, country, lang = f"Apotheke {rnd.choice(['am Rheinpark', 'im Zentrum', 'Oberland'])} {rnd.choice(TOWNS_LI)} Anstalt", "LI", "de"
        else:
            n, country, lang = (f"{rnd.choice(['Apotheke zum Goldenen Löwen', 'Apotheke zum Mohren', 'Apotheke Zum Heiligen Geist', 'Stadtapotheke', 'Marien-Apotheke', 'Landschafts-Apotheke'])} {rnd.choice(TOWNS_AT)}",
                                "AT", "de")
        add_customer(n, country, lang, "pharmacy", "CHF" if country in ("CH", "LI") else "EUR")


# --------------------------------------------------------------------------- invoices
invoices = []          # dicts with public fields + private "_" fields
INV_BY_ID = {}
INV_BY_NUMBER = {}
ISSUE_FIRST = date(2025, 9, 1)
ISSUE_LAST = date(2026, 2, 27)
PAY_FIRST = date(2026, 1, 12)
PAY_LAST = date(2026, 3, 6)


def weekday_between(a, b):
    while True:
        d = a + timedelta(rnd.randint(0, (b - a).days))
        if d.weekday() < 5:
            return d


def amount_for(kind, cur):
    r = rnd.random()
    if kind == "hospital":
        lo, hi = (180, 4000) if r < 0.6 else (4000, 26000) if r < 0.92 else (26000, 92000)
    elif kind == "clinic":
        lo, hi = (120, 3500) if r < 0.7 else (3500, 18000)
    elif kind == "practice":
        lo, hi = (65, 1800) if r < 0.85 else (1800, 9500)
    else:
        lo, hi = (48, 2600)
    return qcur(Decimal(str(round(rnd.uniform(lo, hi), 2))), cur)


def build_invoices():
    raw = []
    for c in customers:
        n = {"hospital": rnd.randint(8, 18), "clinic": rnd.randint(4, 9),
             "practice": rnd.randint(2, 4), "pharmacy": rnd.randint(2, 6)}[c["kind"]]
        k = 0
        while k < n:
            issue = weekday_between(ISSUE_FIRST, ISSUE_LAST)
            batch = rnd.randint(2, 4) if c["kind"] == "hospital" and rnd.random() < 0.25 else 1
            for j in range(batch):
                cur = c["currency"]
                if c["dual"] and rnd.random() < 0.3:
                    cur = "EUR"
                raw.append((issue, c["id"], k, c, cur))
                k += 1
    raw.sort(key=lambda t: (t[0], t[1], t[2]))
    seq = {2025: 250000 + rnd.randint(100, 400), 2026: 260000 + rnd.randint(5, 30)}
    prev = None
    for issue, cid, _k, c, cur in raw:
        # same-day invoices of one customer get consecutive numbers (batch billing)
        seq[issue.year] += 1 if prev == (issue, cid) else rnd.choice([1, 1, 1, 2, 3])
        prev = (issue, cid)
        inv = add_invoice(c, cur, issue, f"RE-{seq[issue.year]}", amount_for(c["kind"], cur))
        if rnd.random() < 0.05 and inv["total"] > 300:
            # an earlier part payment (before this file) already reduced the balance
            paid = qcur(inv["total"] * Decimal(rnd.choice(["0.25", "0.3", "0.5", "0.4"])), cur)
            inv["balance"] = inv["total"] - paid


def add_invoice(c, cur, issue, number, total, balance=None, fee=False):
    terms = 30 if not fee else 10
    inv = {"id": rid("in_", 10), "number": number, "customer_id": c["id"], "customer_name": c["name"],
           "currency": cur, "total": total, "balance": total if balance is None else balance,
           "issue_date": issue, "due_date": issue + timedelta(terms), "_fee": fee}
    invoices.append(inv)
    INV_BY_ID[inv["id"]] = inv
    assert number not in INV_BY_NUMBER, number
    INV_BY_NUMBER[number] = inv
    return inv



def build_fee_invoices():
    """Dunning-fee invoices (Mahngebühr / Mahnspesen) for a few overdue invoices."""
    n = 269001
    cands = [i for i in invoices if i["due_date"] < date(2025, 12, 15) and i["balance"] == i["total"]]
    rnd.shuffle(cands)
    made = 0
    for inv in cands:
        c = CUST[inv["customer_id"]]
        if c["group"] or any(x.get("_dunned") == inv["id"] for x in invoices):
            continue
        if any(x["_fee"] and x["customer_id"] == c["id"] for x in invoices):
            continue
        fee = Decimal("40.00") if inv["currency"] == "EUR" else Decimal(rnd.choice(["20.00", "30.00"]))
        issue = weekday_between(max(inv["due_date"] + timedelta(20), date(2025, 11, 3)), date(2026, 1, 9))
        f = add_invoice(c, inv["currency"], issue, f"MG-{n}", fee, fee=True)
        f["_dunned"] = inv["id"]
        n += 1 + rnd.randint(0, 2)
        made += 1
        if made == 16:
            break


CUST = {}

# --------------------------------------------------------------------------- payment machinery
bal = {}
touched = set()
payments = []
labels = []
reserved_fee_main = set()


def tr(text):
    return (text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "AE")
            .replace("Ö", "OE").replace("Ü", "UE").replace("é", "e").replace("è", "e").replace("â", "a")
            .replace("ß", "ss"))


def trunc35(text):
    return text[:35].rstrip()


def payer_name(c, style=None):
    n = c["name"]
    style = style or rnd.choice(["upper", "upper", "upper_tr", "upper_tr", "person", "addr", "mixed"])
    if style == "person" and c["kind"] == "practice" and ("Dr." in n):
        core = n.split(",")[0]
        for pre in ("Praxis ", "Arztpraxis ", "Cabinet médical ", "Studio medico ", "Ordination ", "Zahnarztpraxis "):
            core = core.replace(pre, "")
        return trunc35(tr(core).upper())
    if style == "addr":
        street = rnd.choice({"fr": ["RUE DU CENTRE", "AVENUE DE LA GARE", "RTE DE L HOPITAL"],
                             "it": ["VIA CANTONALE", "VIA SAN GOTTARDO", "VIA OSPEDALE"]}.get(
            c["lang"], ["HAUPTPLATZ", "BAHNHOFSTRASSE", "SPITALSTRASSE"] if c["country"] == "AT"
            else ["SPITALSTRASSE", "BAHNHOFSTRASSE", "HAUPTSTRASSE"]))
        return trunc35(tr(n).upper() + f", {street} {rnd.randint(1, 90)}")
    if style == "mixed" and c["country"] == "AT":
        return n[:70]
    if style == "upper_tr" or style == "mixed" or style == "person":
        return trunc35(tr(n).upper())
    return trunc35(n.upper())


def digits(number):
    return number.split("-")[1]


def inv_token(inv, lang=None):
    n = inv["number"]
    d = digits(n)
    return rnd.choice([n, n, n.replace("-", " "), n.replace("-", ""), d])


def inv_phrase(inv, lang):
    tok = inv_token(inv)
    pre = {"de": ["Rechnung ", "Rg. ", "Rg.-Nr. ", "Re.Nr. ", "Faktura ", "RECHNUNG NR ", ""],
           "fr": ["Facture ", "Fact. ", "N° facture ", "FACTURE ", ""],
           "it": ["Fattura ", "Fatt. n. ", "FATTURA ", ""],
           "en": ["Invoice ", "INV ", ""]}[lang]
    return rnd.choice(pre) + tok


def open_list(cid, cur=None, upto=None):
    out = [i for i in invoices if i["customer_id"] == cid and bal[i["id"]] > 0
           and (cur is None or i["currency"] == cur) and (upto is None or i["issue_date"] <= upto)]
    return sorted(out, key=lambda i: (i["due_date"], i["number"]))


def fresh_list(c, cur, d, min_age=3, fees=False):
    return [i for i in open_list(c["id"], cur, d - timedelta(min_age))
            if i["id"] not in touched and (fees or not i["_fee"]) and i["id"] not in reserved_fee_main]


def pick_customer(pred, d, need=1, cur=None, tries=400, min_age=3):
    pool = [c for c in customers if pred(c)]
    rnd.shuffle(pool)
    for c in pool[:tries]:
        cu = cur or c["currency"]
        fl = fresh_list(c, cu, d, min_age)
        if len(fl) >= need:
            return c, cu, fl
    return None


def mk(d, amount, cur, payer, cid, ref, rem):
    return {"id": rid("pm_", 12, "0123456789abcdefghjkmnpqrstvwxyz"), "date": d.isoformat(), "amount": s(amount),
            "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}


def lab(status, apps, unapplied, reason, scenario, note, short_pay=None, candidates=None):
    for cs in (candidates or []):
        for i in cs:
            touched.add(i["id"])
    return {"status": status,
            "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short_pay,
            "candidates": [[i["id"] for i in cs] for cs in (candidates or [])],
            "reason": reason, "scenario": scenario, "note": note}


def amt_fmt(c, cur):
    if c["country"] == "AT" or cur == "EUR" and c["lang"] == "de" and c["country"] != "CH":
        return fmt_de
    if c["lang"] == "fr":
        return rnd.choice([fmt_fr, fmt_ch])
    if c["lang"] == "it":
        return rnd.choice([fmt_ch, fmt_de])
    return rnd.choice([fmt_ch, fmt_ch, fmt_plain])


def is_ch(c):
    return c["country"] in ("CH", "LI")


def maybe_cid(c, p=0.75):
    return c["id"] if rnd.random() < p else None


# --------------------------------------------------------------------------- scenarios: clean applications
def sc_qr_exact(d):
    r = pick_customer(lambda c: is_ch(c) and not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    inv = rnd.choice(fl)
    ref = qr_ref(c["no"], digits(inv["number"]))
    rem = rnd.choice([None, None, None, f"{inv_phrase(inv, c['lang'])}", f"Kd-Nr {c['no']}",
                      f"Zahlung {inv['number']} vom {dmy(inv['issue_date'])}"])
    p = mk(d, bal[inv["id"]], cur, payer_name(c),
           maybe_cid(c), ref if rnd.random() < 0.85 else group_qr(ref), rem)
    return p, lab("applied", [(inv, bal[inv["id"]])], D0, f"QR reference {inv['number']}, exact open balance",
                  "qr_reference", "QR reference (customer number + invoice digits + check digit), amount = balance")


def sc_rf_exact(d):
    r = pick_customer(lambda c: not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    inv = rnd.choice(fl)
    rf = rf_ref(inv["number"].replace("-", ""))
    assert rf_valid(rf)
    p = mk(d, bal[inv["id"]], cur, payer_name(c), maybe_cid(c), rnd.choice([rf, rf, group4(rf)]),
           rnd.choice([None, None, f"Kundennr. {c['no']}", "SEPA CT"]))
    return p, lab("applied", [(inv, bal[inv["id"]])], D0, f"creditor reference {rf} = {inv['number']}",
                  "rf_creditor_reference", "ISO 11649 RF reference built from the invoice number")


def sc_esr_old(d):
    r = pick_customer(lambda c: is_ch(c) and c["currency"] == "CHF" and not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    inv = rnd.choice(fl)
    e = esr_ref(c["no"], digits(inv["number"]))
    ref = rnd.choice([f"ESR {group_qr(e)}", f"ESR-REF {e}", f"BVR {e}", f"REF.NR. {group_qr(e)}"])
    p = mk(d, bal[inv["id"]], cur, payer_name(c), maybe_cid(c, 0.6), ref, None)
    return p, lab("applied", [(inv, bal[inv["id"]])], D0, f"old ESR reference of {inv['number']}, exact balance",
                  "esr_old_reference", "old ESR/BVR layout: BESR-ID 210000 + customer no + invoice digits + check digit, sent in the free-text message")


def sc_sepa_number(d):
    r = pick_customer(lambda c: c["country"] == "AT" and not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    inv = rnd.choice(fl)
    tok = inv_token(inv)
    ref = rnd.choice([f"{tok}", f"Rechnung {tok}", f"RE-NR {digits(inv['number'])} KD-NR {c['no']}",
                      f"Re {tok} vom {dmy(inv['issue_date'])}", f"Rg {tok} Kundennr {c['no']}",
                      f"Verwendungszweck: {tok}", f"{tok} / EREF NOTPROVIDED"])
    p = mk(d, bal[inv["id"]], cur, payer_name(c), maybe_cid(c, 0.8), ref, None)
    return p, lab("applied", [(inv, bal[inv["id"]])], D0, f"Verwendungszweck names {inv['number']}, exact balance",
                  "sepa_invoice_number", "SEPA credit transfer, invoice number in the Verwendungszweck")


def sc_text_multi(d):
    r = pick_customer(lambda c: not c["group"], d, need=2)
    if not r:
        return None
    c, cur, fl = r
    k = rnd.randint(2, min(4, len(fl)))
    sel = sorted(rnd.sample(fl, k), key=lambda i: i["number"])
    tot = sum(bal[i["id"]] for i in sel)
    toks = [inv_token(i) for i in sel]
    sep = rnd.choice([", ", " / ", " + ", " ", "; "])
    lead = {"de": "Rechnungen ", "fr": "Factures ", "it": "Fatture ", "en": "Invoices "}[c["lang"]]
    ref = rnd.choice([lead, "", "RG "]) + sep.join(toks)
    rem = None
    if rnd.random() < 0.3:
        f = amt_fmt(c, cur)
        rem = "\n".join(f"{i['number']}  {f(bal[i['id']])}" for i in sel)
        ref = rnd.choice(["Sammelzahlung", "siehe Avis", ref])
    p = mk(d, tot, cur, payer_name(c), maybe_cid(c, 0.8), ref, rem)
    return p, lab("applied", [(i, bal[i["id"]]) for i in sel], D0,
                  f"{len(sel)} invoice numbers named, sum of balances", "multi_invoice_text",
                  "several invoice numbers in one message, amount is their exact sum")


def sc_range(d):
    pool = [c for c in customers if c["kind"] == "hospital"]
    rnd.shuffle(pool)
    for c in pool:
        fl = fresh_list(c, c["currency"], d)
        nums = {int(digits(i["number"])): i for i in fl if i["number"].startswith("RE-")}
        for start in sorted(nums):
            run = [nums[start]]
            while start + len(run) in nums and nums[start + len(run)]["issue_date"] == run[0]["issue_date"]:
                run.append(nums[start + len(run)])
            if len(run) >= 3:
                # the range must not contain other customers' numbers
                first, last = run[0]["number"], run[-1]["number"]
                tot = sum(bal[i["id"]] for i in run)
                ref = rnd.choice([f"{first}-{digits(last)[-2:]}", f"RG {digits(first)} - {digits(last)}",
                                  {"fr": f"Factures {first} à {last}", "it": f"Fatture da {first} a {last}"}.get(
                                      c["lang"], f"Rechnungen {first} bis {last}")])
                p = mk(d, tot, c["currency"], payer_name(c), maybe_cid(c, 0.8), ref, None)
                return p, lab("applied", [(i, bal[i["id"]]) for i in run], D0,
                              f"range {first}..{last}, sum of balances", "invoice_range",
                              "range of consecutive invoice numbers (batch billing on one day)")
    return None


def sc_amount_only(d):
    pool = [c for c in customers if not c["group"]]
    rnd.shuffle(pool)
    for c in pool:
        fl = fresh_list(c, c["currency"], d)
        ol = open_list(c["id"], c["currency"])
        if not fl:
            continue
        inv = rnd.choice(fl)
        a = bal[inv["id"]]
        if sum(1 for i in ol if bal[i["id"]] == a) != 1:
            continue
        ref = rnd.choice([None, None] + {"fr": ["FACTURE", "Paiement", "Livraison janvier"],
                                         "it": ["Pagamento fattura", "FATTURA", "Fornitura gennaio"]}.get(
            c["lang"], ["Zahlung", "Rechnung", "Begleichung offener Posten", "Lieferung Januar"]))
        p = mk(d, a, c["currency"], payer_name(c), c["id"], ref, None)
        return p, lab("applied", [(inv, a)], D0, "known customer, amount equals exactly one open balance",
                      "amount_only", "no invoice number; customer known from the bank account; one open invoice has exactly this balance")
    return None


def sc_settle_all(d):
    pool = [c for c in customers if not c["group"] and c["kind"] in ("practice", "pharmacy", "clinic")]
    rnd.shuffle(pool)
    for c in pool:
        ol = open_list(c["id"])
        if not (2 <= len(ol) <= 5):
            continue
        if any(i["id"] in touched or i["issue_date"] > d - timedelta(3) or i["currency"] != c["currency"] or i["_fee"]
               for i in ol):
            continue
        tot = sum(bal[i["id"]] for i in ol)
        ref = rnd.choice({"fr": ["Solde selon relevé de compte", f"Solde relevé au {dmy(d - timedelta(d.day))}"],
                          "it": ["Saldo estratto conto", "Saldo come da estratto"]}.get(
            c["lang"], [f"Saldo Kontoauszug per {dmy(d - timedelta(d.day))}", "Ausgleich Kontoauszug",
                        "Saldo gemäss Mahnung"]))
        p = mk(d, tot, c["currency"], payer_name(c), c["id"], ref, None)
        return p, lab("applied", [(i, bal[i["id"]]) for i in ol], D0,
                      "statement balance: amount equals the sum of all open invoices", "statement_balance",
                      "customer pays the whole statement; every open invoice of the account is settled")
    return None


def remit_table(c, cur, rows, avis, d, skonto=False, ihre_ref=False):
    """rows: list of (inv, gross, skonto, net)."""
    f = amt_fmt(c, cur)
    lang = c["lang"]
    if lang == "fr":
        head = f"AVIS DE PAIEMENT  No {avis}\nDate de paiement: {dmy(d)}\nFournisseur: AlpineMed Medizintechnik AG\n"
        cols = ["N° facture", "Date", "Brut", "Escompte", "Net"] if skonto else ["N° facture", "Date", f"Montant {cur}"]
        tot = "Total"
    elif lang == "it":
        head = f"AVVISO DI PAGAMENTO  N. {avis}\nData pagamento: {dmy(d)}\nFornitore: AlpineMed Medizintechnik AG\n"
        cols = ["N. fattura", "Data", "Lordo", "Sconto", "Netto"] if skonto else ["N. fattura", "Data", f"Importo {cur}"]
        tot = "Totale"
    else:
        head = f"ZAHLUNGSAVIS  Nr. {avis}\nZahlungsdatum: {dmy(d)}\nKreditor: AlpineMed Medizintechnik AG\n"
        cols = ["Beleg-Nr.", "Belegdatum", "Brutto", "Skonto", "Netto"] if skonto else ["Beleg-Nr.", "Belegdatum", f"Betrag {cur}"]
        tot = "Total"
    if ihre_ref:
        cols = ["Unser Beleg", "Ihre Referenz"] + cols[1:]
    lines = [head, "  ".join(cols)]
    for inv, g, sk, net in rows:
        first = [f"51{rnd.randint(10000000, 99999999)}", inv["number"]] if ihre_ref else [inv_token(inv)]
        vals = [f(g), f(sk), f(net)] if skonto else [f(net)]
        lines.append("  ".join(first + [dmy(inv["issue_date"])] + vals))
    net_total = sum(r[3] for r in rows)
    lines.append(f"{tot}  {f(net_total)}")
    return "\n".join(lines)


def sc_run(d, skonto=False):
    pool = [c for c in customers if c["kind"] in ("hospital", "clinic") and not c["group"]]
    rnd.shuffle(pool)
    for c in pool:
        fl = fresh_list(c, c["currency"], d)
        if len(fl) < 3:
            continue
        young = [i for i in fl if (d - i["issue_date"]).days <= 10]
        if skonto and not young:
            continue
        k = rnd.randint(3, min(10, len(fl)))
        sel = rnd.sample(fl, k)
        sk_inv = None
        if skonto:
            sk_inv = max(young, key=lambda i: i["issue_date"])
            if sk_inv not in sel:
                sel[0] = sk_inv
        sel = sorted({i["id"]: i for i in sel}.values(), key=lambda i: i["number"])
        rows = []
        for inv in sel:
            g = bal[inv["id"]]
            sk = qcur(g * Decimal("0.02"), inv["currency"]) if inv is sk_inv else D0
            rows.append((inv, g, sk, g - sk))
        avis = f"{d.year}-{rnd.randint(100, 9999):04d}"
        rem = remit_table(c, c["currency"], rows, avis, d, skonto=skonto or rnd.random() < 0.2,
                          ihre_ref=rnd.random() < 0.3)
        tot = sum(r[3] for r in rows)
        ref = rnd.choice([f"ZAHLUNGSAVIS {avis}", f"AVIS {avis} SIEHE SEPARATE ANZEIGE", f"ZAHLUNGSLAUF {dmy(d)}",
                          f"KREDITOR {rnd.randint(700000, 799999)} AVIS {avis}", None])
        p = mk(d, tot, c["currency"], payer_name(c), maybe_cid(c, 0.7), ref, rem)
        if skonto:
            skv = rows[[r[0] for r in rows].index(sk_inv)][2]
            return p, lab("partial", [(r[0], r[3]) for r in rows], D0,
                          f"payment run of {len(rows)} invoices, 2% Skonto taken on {sk_inv['number']}",
                          "payment_run_skonto",
                          "hospital payment run; one invoice paid within the 10-day Skonto period with 2% deducted: "
                          "net applied, the Skonto left open as a short pay",
                          short_pay={"invoice_id": sk_inv["id"], "amount": s(skv), "reason": "Skonto 2%"})
        return p, lab("applied", [(r[0], r[3]) for r in rows], D0, f"payment run advice lists {len(rows)} invoices",
                      "payment_run", "hospital payment run with a remittance advice listing each invoice and amount")
    return None


def sc_run_skonto(d):
    return sc_run(d, skonto=True)


def sc_skonto_single(d):
    pool = [c for c in customers if not c["group"]]
    rnd.shuffle(pool)
    for c in pool:
        fl = [i for i in fresh_list(c, c["currency"], d) if (d - i["issue_date"]).days <= 10 and bal[i["id"]] > 200]
        if not fl:
            continue
        inv = fl[0]
        g = bal[inv["id"]]
        sk = qcur(g * Decimal("0.02"), inv["currency"])
        f = amt_fmt(c, inv["currency"])
        ref = rnd.choice({"fr": [f"Fact. {inv['number']} moins escompte 2%", f"{inv_phrase(inv, 'fr')} escompte 2% {f(sk)}"],
                          "it": [f"Fattura {inv['number']} meno sconto 2%", f"{inv_token(inv)} sconto 2% {f(sk)}"]}.get(
            c["lang"], [f"{inv_phrase(inv, c['lang'])} abzgl. 2% Skonto {f(sk)}",
                        f"{inv['number']} ./. 2% Skonto", f"{inv_token(inv)} Skonto 2 % = {f(sk)}"]))
        p = mk(d, g - sk, inv["currency"], payer_name(c), maybe_cid(c, 0.8), ref, None)
        return p, lab("partial", [(inv, g - sk)], D0, f"{inv['number']} paid less 2% Skonto", "skonto_single",
                      "Skonto deducted within the 10-day period; the 2% stays open as a short pay",
                      short_pay={"invoice_id": inv["id"], "amount": s(sk), "reason": "Skonto 2%"})
    return None


SHORT_REASONS = {
    "de": [("abzgl. Retoure LS {ls} {amt}", "return of goods"), ("Abzug Preisdifferenz gem. Offerte {amt}", "price difference"),
           ("./. {amt} 2 Stk. beschädigt geliefert", "damaged goods"),
           ("abzgl. Frachtkosten {amt} (frei Haus vereinbart)", "freight charged against agreement"),
           ("Kürzung {amt} Gutschrift für Retoure ausstehend", "credit note for return outstanding")],
    "fr": [("moins {amt} retour selon BL {ls}", "return of goods"), ("déduction {amt} différence de prix", "price difference")],
    "it": [("dedotto {amt} reso merce DDT {ls}", "return of goods"), ("meno {amt} differenza di prezzo", "price difference")],
    "en": [("less {amt} returned goods", "return of goods")],
}


def sc_short_pay(d):
    r = pick_customer(lambda c: not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    fl = [i for i in fl if bal[i["id"]] > 300]
    if not fl:
        return None
    inv = rnd.choice(fl)
    g = bal[inv["id"]]
    ded = qcur(g * Decimal(str(rnd.choice([0.05, 0.08, 0.1, 0.15, 0.2, 0.33]))), cur)
    tpl, why = rnd.choice(SHORT_REASONS[c["lang"]])
    f = amt_fmt(c, cur)
    txt = tpl.format(ls=rnd.randint(800000, 899999), amt=f(ded))
    ref = f"{inv_phrase(inv, c['lang'])} {txt}"
    rem = None
    if rnd.random() < 0.3:
        rem, ref = ref, (qr_ref(c["no"], digits(inv["number"])) if is_ch(c) and cur == "CHF" else inv["number"])
    p = mk(d, g - ded, cur, payer_name(c), maybe_cid(c, 0.8), ref, rem)
    return p, lab("partial", [(inv, g - ded)], D0, f"{inv['number']} short paid by {s(ded)}: {why}", "short_pay",
                  f"deduction with a stated reason ({why}); rest applied, deduction case opens",
                  short_pay={"invoice_id": inv["id"], "amount": s(ded), "reason": why})


def sc_part_payment(d):
    r = pick_customer(lambda c: not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    fl = [i for i in fl if bal[i["id"]] > 600]
    if not fl:
        return None
    inv = rnd.choice(fl)
    g = bal[inv["id"]]
    frac = rnd.choice(["0.5", "0.25", "0.2"])
    a = qcur(g * Decimal(frac), cur)
    if rnd.random() < 0.4:
        a = Decimal(rnd.choice([500, 1000, 1500, 2000])).quantize(CENT)
        if a >= g:
            a = qcur(g / 3, cur)
    words = {"de": ["Teilzahlung {n}", "1. Rate {n} gem. Vereinbarung", "Akonto {n}", "Anzahlung Rg {n}"],
             "fr": ["Acompte facture {n}", "Paiement partiel {n}", "1ère tranche {n}"],
             "it": ["Acconto fattura {n}", "Pagamento parziale {n}", "1a rata {n}"],
             "en": ["part payment {n}"]}[c["lang"]]
    ref = rnd.choice(words).format(n=inv_token(inv))
    p = mk(d, a, cur, payer_name(c), maybe_cid(c, 0.8), ref, None)
    return p, lab("partial", [(inv, a)], D0, f"part payment of {inv['number']}", "part_payment",
                  "explicit part payment / instalment; invoice stays open on purpose, no short pay")


# --------------------------------------------------------------------------- scenarios: overpayments, fees, duplicates
def sc_overpayment(d):
    r = pick_customer(lambda c: not c["group"], d)
    if not r:
        return None
    c, cur, fl = r
    inv = rnd.choice(fl)
    g = bal[inv["id"]]
    kind = rnd.choice(["roundup", "digits", "double_fee"])
    if kind == "roundup":
        a = (g / 100).to_integral_value(rounding="ROUND_CEILING") * 100
        if a == g:
            a += 100
        why = "amount rounded up"
    elif kind == "digits":
        a = g + Decimal(rnd.choice(["90.00", "900.00", "9.00", "100.00", "1000.00"]))
        why = "typing error in the amount"
    else:
        a = g + Decimal("5.00")
        why = "bank charge of 5.00 added by the payer"
    extra = q2(a - g)
    if any(bal[i["id"]] == extra for i in open_list(c["id"], cur)):
        return None
    ref = qr_ref(c["no"], digits(inv["number"])) if is_ch(c) and cur == "CHF" and rnd.random() < 0.6 else inv_phrase(inv, c["lang"])
    p = mk(d, a, cur, payer_name(c), c["id"] if rnd.random() < 0.8 else None, ref, None)
    return p, lab("unapplied", [(inv, g)], extra, f"{inv['number']} paid in full, {s(extra)} over",
                  "overpayment", f"overpayment ({why}); the invoice is settled and the remainder held as unapplied cash")


def overdue_main(c, cur, d):
    return [i for i in fresh_list(c, cur, d) if i["due_date"] < d - timedelta(10)]


def sc_fee_added(d):
    """Payer adds a dunning fee that was never booked as an invoice."""
    pool = [c for c in customers if not c["group"] and not any(i["_fee"] for i in open_list(c["id"]))]
    rnd.shuffle(pool)
    for c in pool:
        fl = overdue_main(c, c["currency"], d)
        if not fl:
            continue
        inv = rnd.choice(fl)
        g = bal[inv["id"]]
        fee = Decimal("40.00") if inv["currency"] == "EUR" else Decimal(rnd.choice(["20.00", "30.00"]))
        if any(bal[i["id"]] == fee for i in open_list(c["id"], inv["currency"])):
            continue
        f = amt_fmt(c, inv["currency"])
        ref = rnd.choice({"fr": [f"{inv_token(inv)} plus frais de rappel {f(fee)}", f"Facture {inv['number']} + rappel {f(fee)}"],
                          "it": [f"Fattura {inv['number']} + spese sollecito {f(fee)}"]}.get(
            c["lang"], [f"{inv_phrase(inv, c['lang'])} inkl. Mahngebühr {f(fee)}",
                        f"{inv['number']} + Mahnspesen {f(fee)}" if c["country"] == "AT" else f"{inv['number']} + Mahngebühr",
                        f"{inv['number']} und Mahnung {f(fee)}"]))
        p = mk(d, g + fee, inv["currency"], payer_name(c), c["id"], ref, None)
        return p, lab("unapplied", [(inv, g)], fee, f"{inv['number']} paid with a {s(fee)} dunning fee we never invoiced",
                      "fee_added_not_invoiced",
                      "payer added the Mahngebühr from the reminder; no fee invoice is open, so the fee amount is held as unapplied cash")
    return None


def fee_pairs(d):
    out = []
    for f in invoices:
        if f["_fee"] and bal[f["id"]] > 0 and f["id"] not in touched and f["issue_date"] <= d - timedelta(3):
            m = INV_BY_ID[f["_dunned"]]
            if bal[m["id"]] > 0 and m["id"] not in touched:
                out.append((m, f))
    rnd.shuffle(out)
    return out


def sc_fee_invoice(d):
    for m, f in fee_pairs(d):
        c = CUST[m["customer_id"]]
        fa = amt_fmt(c, m["currency"])
        ref = rnd.choice([f"{m['number']} + {f['number']}"] + {
            "fr": [f"{inv_token(m)} incl. frais de rappel {fa(f['total'])}", f"Facture {m['number']} et rappel {f['number']}"],
            "it": [f"{inv_token(m)} incl. spese di sollecito {fa(f['total'])}"]}.get(
            c["lang"], [f"{inv_phrase(m, c['lang'])} inkl. Mahngebühr {f['number']}",
                        f"{m['number']} und {'Mahnspesen' if c['country'] == 'AT' else 'Mahngebühr'} {fa(f['total'])}"]))
        p = mk(d, bal[m["id"]] + bal[f["id"]], m["currency"], payer_name(c), maybe_cid(c, 0.8), ref, None)
        return p, lab("applied", [(m, bal[m["id"]]), (f, bal[f["id"]])], D0,
                      f"{m['number']} plus fee invoice {f['number']}", "fee_invoice_paid",
                      "payer pays the invoice and the booked dunning-fee invoice (MG-number) together")
    return None


def sc_fee_refused(d):
    use_pair = rnd.random() < 0.5
    if use_pair:
        for m, f in fee_pairs(d):
            c = CUST[m["customer_id"]]
            reserved_fee_main.discard(m["id"])
            ref = rnd.choice({"fr": [f"{m['number']} frais de rappel {f['number']} contestés"],
                              "it": [f"{m['number']} spese di sollecito {f['number']} non riconosciute"]}.get(
                c["lang"], [f"{inv_phrase(m, c['lang'])} - Mahngebühr {f['number']} wird nicht akzeptiert",
                            f"{m['number']} ohne Mahnspesen (Zahlungsziel eingehalten)"]))
            touched.add(f["id"])
            p = mk(d, bal[m["id"]], m["currency"], payer_name(c), maybe_cid(c, 0.8), ref, None)
            return p, lab("applied", [(m, bal[m["id"]])], D0,
                          f"{m['number']} paid in full; fee invoice {f['number']} refused and left open",
                          "fee_refused",
                          "the whole payment pays the main invoice; the refused fee invoice is not part of this payment and stays open (no short pay on an invoice that was not paid)")
    pool = [c for c in customers if not c["group"] and not any(i["_fee"] for i in open_list(c["id"]))]
    rnd.shuffle(pool)
    for c in pool:
        fl = overdue_main(c, c["currency"], d)
        if not fl:
            continue
        inv = rnd.choice(fl)
        ref = rnd.choice({"fr": [f"{inv_token(inv)} sans frais de rappel", f"Facture {inv['number']} - frais de rappel refusés"],
                          "it": [f"{inv['number']} senza spese di sollecito"]}.get(
            c["lang"], [f"{inv_phrase(inv, c['lang'])} ohne Mahngebühr", f"{inv['number']} - Mahngebühr nicht anerkannt",
                        f"{inv['number']} ohne Mahnspesen, Lieferung war verspätet"]))
        p = mk(d, bal[inv["id"]], inv["currency"], payer_name(c), maybe_cid(c, 0.8), ref, None)
        return p, lab("applied", [(inv, bal[inv["id"]])], D0, f"{inv['number']} paid in full, reminder fee refused",
                      "fee_refused", "payer refuses the reminder fee in the text; the fee was never invoiced, the invoice is paid exactly")
    return None


def sc_already_paid(d):
    prior = [(p, l) for p, l in zip(payments, labels) if l["status"] == "applied" and len(l["applications"]) == 1
             and l["scenario"] in ("qr_reference", "sepa_invoice_number", "rf_creditor_reference")
             and p["date"] < (d - timedelta(4)).isoformat() and not p.get("_dupe_used")]
    if not prior:
        return None
    p0, l0 = rnd.choice(prior)
    p0["_dupe_used"] = True
    inv = INV_BY_ID[l0["applications"][0]["invoice_id"]]
    if bal[inv["id"]] != 0:
        return None
    c = CUST[inv["customer_id"]]
    p = mk(d, Decimal(p0["amount"]), p0["currency"], p0["payer_name"], c["id"], p0["reference"], p0["remittance"])
    return p, lab("unapplied", [], Decimal(p0["amount"]),
                  f"{inv['number']} already paid by {p0['id']} on {p0['date']}", "duplicate_payment",
                  f"second payment of an invoice already settled earlier in this file ({p0['id']}); held as unapplied cash")


def sc_no_fit_known(d):
    pool = [c for c in customers if not c["group"]]
    rnd.shuffle(pool)
    for c in pool:
        ol = open_list(c["id"], c["currency"])
        if len(ol) < 2:
            continue
        a = qcur(Decimal(rnd.choice([500, 1000, 2500, 750, 1200, 3000])) + Decimal(rnd.choice(["0", "0", "50"])), c["currency"])
        bals = [bal[i["id"]] for i in ol]
        sums = set(bals) | {x + y for k, x in enumerate(bals) for y in bals[k + 1:]}
        if a in sums:
            continue
        ref = rnd.choice([None] + {"fr": [f"Acompte commande {rnd.randint(20000, 99999)}", "Paiement anticipé offre"],
                                   "it": ["Pagamento anticipato ordine", "Acconto ordine ecografo"]}.get(
            c["lang"], [f"Vorauszahlung Bestellung 4500{rnd.randint(100000, 999999)}", "Akontozahlung",
                        "Anzahlung Ultraschallgerät gem. Offerte"]))
        p = mk(d, a, c["currency"], payer_name(c), c["id"], ref, None)
        return p, lab("unapplied", [], a, "known customer, fits no open invoice", "no_fit_known_customer",
                      "prepayment / on-account payment of a known customer that equals no open invoice or pair; held on account")
    return None


# --------------------------------------------------------------------------- scenarios: group treasury
def group_members(key):
    return [c for c in customers if c["group"] == key]


def sc_group_applied(d):
    gs = GROUPS[:]
    rnd.shuffle(gs)
    for g in gs:
        mem = [c for c in group_members(g["key"]) if fresh_list(c, g["currency"], d)]
        if len(mem) < 2:
            continue
        mem = rnd.sample(mem, rnd.randint(2, min(3, len(mem))))
        rows = []
        for c in mem:
            fl = fresh_list(c, g["currency"], d)
            rows += [(c, i) for i in rnd.sample(fl, rnd.randint(1, min(3, len(fl))))]
        f = fmt_de if g["country"] == "AT" else fmt_ch
        lines = [f"{g['name']} - Konzern-Treasury", f"Zahlung im Auftrag der Gesellschaften, Valuta {dmy(d)}", ""]
        for c in mem:
            lines.append(c["name"])
            for cc, i in rows:
                if cc is c:
                    lines.append(f"  {inv_token(i)}  {dmy(i['issue_date'])}  {g['currency']} {f(bal[i['id']])}")
        tot = sum(bal[i["id"]] for _, i in rows)
        lines.append(f"Total {g['currency']} {f(tot)}")
        p = mk(d, tot, g["currency"], trunc35(g["payer"]), None,
               rnd.choice(["SAMMELZAHLUNG GEM. AVIS", "KONZERNZAHLUNG", f"TREASURY RUN {d.strftime('%Y%m%d')}"]),
               "\n".join(lines))
        return p, lab("applied", [(i, bal[i["id"]]) for _, i in rows], D0,
                      f"group treasury pays {len(rows)} invoices of {len(mem)} group companies",
                      "group_treasury", "paid by the group's treasury, not by the invoiced companies; advice lists every invoice")
    return None


def sc_group_review(d):
    g = rnd.choice(GROUPS)
    allb = {bal[i["id"]] for c in group_members(g["key"]) for i in open_list(c["id"], g["currency"])}
    a = qcur(Decimal(rnd.randint(8000, 40000)) + Decimal(rnd.choice(["0.00", "0.50", "0.35"])), g["currency"])
    if a in allb:
        return None
    p = mk(d, a, g["currency"], trunc35(g["payer"]), None,
           rnd.choice(["SAMMELZAHLUNG AVIS FOLGT", "KONZERNZAHLUNG LIEFERANTEN", "ZAHLUNG GEM. SEPARATEM AVIS"]), None)
    return p, lab("review", [], a, "group treasury lump sum without advice; no invoice set identified", "group_treasury_no_advice",
                  "treasury lump sum, advice 'follows'; the amount equals no open invoice of the group companies; candidates left empty (subset search over dozens of invoices is not a reading a clerk would apply)",
                  candidates=[])


# --------------------------------------------------------------------------- scenarios: review
def set_amount(inv, a):
    inv["total"] = a
    inv["balance"] = a
    bal[inv["id"]] = a


def sc_twins(d):
    pool = [c for c in customers if not c["group"]]
    rnd.shuffle(pool)
    for c in pool:
        fl = [i for i in fresh_list(c, c["currency"], d) if i["balance"] == i["total"]]
        if len(fl) < 2:
            continue
        a_inv, b_inv = rnd.sample(fl, 2)
        a = bal[a_inv["id"]]
        if any(bal[i["id"]] == a for i in open_list(c["id"], c["currency"]) if i not in (a_inv, b_inv)):
            continue
        set_amount(b_inv, a)
        pair = sorted([a_inv, b_inv], key=lambda i: (i["due_date"], i["number"]))
        ref = rnd.choice([None, {"fr": "Paiement facture", "it": "Pagamento"}.get(c["lang"], "Rechnung"),
                          {"fr": "Commande mensuelle", "it": "Ordine mensile"}.get(c["lang"], "Monatsbestellung")])
        p = mk(d, a, c["currency"], payer_name(c), c["id"], ref, None)
        return p, lab("review", [], a, "two open invoices with exactly this balance, no reference",
                      "review_twin_amounts", "recurring order billed twice at the same amount; either invoice fits; oldest due first",
                      candidates=[[pair[0]], [pair[1]]])
    return None


TRUNC_PAIRS = [("Spitalverbund Obertoggenau, Spital Wilau", "Spitalverbund Obertoggenau, Spital Lindenbach"),
               ("Kantonsspital Hochjura-Birstal, Departement Chirurgie", "Kantonsspital Hochjura-Birstal, Departement Medizin"),
               ("Ente Ospedaliero Regionale del Sopraceneri, Ospedale di Valmaggia",
                "Ente Ospedaliero Regionale del Sopraceneri, Ospedale di Brissago"),
               ("Klinikum Innviertel-Hausruck, Standort Ried", "Klinikum Innviertel-Hausruck, Standort Schärding")]


def sc_two_customers(d):
    prs = TRUNC_PAIRS[:]
    rnd.shuffle(prs)
    for n1, n2 in prs:
        c1 = next(c for c in customers if c["name"] == n1)
        c2 = next(c for c in customers if c["name"] == n2)
        p1 = trunc35(tr(n1).upper())
        assert p1 == trunc35(tr(n2).upper())
        f1 = [i for i in fresh_list(c1, c1["currency"], d)]
        f2 = [i for i in fresh_list(c2, c2["currency"], d) if i["balance"] == i["total"]]
        if not f1 or not f2:
            continue
        a_inv, b_inv = rnd.choice(f1), rnd.choice(f2)
        a = bal[a_inv["id"]]
        others = [i for c in (c1, c2) for i in open_list(c["id"], c["currency"]) if i not in (a_inv, b_inv)]
        if any(bal[i["id"]] == a for i in others):
            continue
        set_amount(b_inv, a)
        pair = sorted([a_inv, b_inv], key=lambda i: (i["due_date"], i["number"]))
        p = mk(d, a, c1["currency"], p1, None, rnd.choice([None, "ZAHLUNG LIEFERANTEN", "PAGAMENTO FORNITORI"]), None)
        return p, lab("review", [], a,
                      "truncated payer name fits two hospital customers, each has an invoice of this amount",
                      "review_truncated_name_two_customers",
                      f"bank cut the name to 35 characters ('{p1}'); both '{n1}' and '{n2}' fit and both have an open invoice of exactly this amount",
                      candidates=[[pair[0]], [pair[1]]])
    return None


def subsets_equal(invs, a, maxk=3):
    from itertools import combinations
    out = []
    for k in range(1, maxk + 1):
        for comb in combinations(invs, k):
            if sum(bal[i["id"]] for i in comb) == a:
                out.append(list(comb))
    return out


def sc_combo(d):
    pool = [c for c in customers if not c["group"] and c["kind"] in ("hospital", "clinic", "pharmacy")]
    rnd.shuffle(pool)
    for c in pool:
        fl = [i for i in fresh_list(c, c["currency"], d) if i["balance"] == i["total"]]
        if len(fl) < 4:
            continue
        a1, b1, a2, b2 = rnd.sample(fl, 4)
        new = bal[a1["id"]] + bal[b1["id"]] - bal[a2["id"]]
        if new < 50:
            continue
        old = bal[b2["id"]]
        set_amount(b2, new)
        amt = bal[a1["id"]] + bal[b1["id"]]
        ol = open_list(c["id"], c["currency"])
        if len(ol) > 20:
            set_amount(b2, old)
            continue
        subs = subsets_equal(ol, amt)
        want = [sorted([a1, b1], key=lambda i: i["id"]), sorted([a2, b2], key=lambda i: i["id"])]
        got = [sorted(x, key=lambda i: i["id"]) for x in subs]
        if sorted(map(lambda x: [i["id"] for i in x], got)) != sorted(map(lambda x: [i["id"] for i in x], want)):
            set_amount(b2, old)
            continue
        s1 = sorted([a1, b1], key=lambda i: (i["due_date"], i["number"]))
        s2 = sorted([a2, b2], key=lambda i: (i["due_date"], i["number"]))
        cands = sorted([s1, s2], key=lambda x: (x[0]["due_date"], x[0]["number"]))
        p = mk(d, amt, c["currency"], payer_name(c), c["id"], rnd.choice([None, "Zahlung", "2 Rechnungen", "Sammelzahlung"]), None)
        return p, lab("review", [], amt, "two different pairs of open invoices sum to this amount",
                      "review_two_combinations", "no reference; the amount is the sum of two invoices, and two different pairs fit",
                      candidates=cands)
    return None


def sc_conflict(d):
    pool = [c for c in customers if not c["group"]]
    rnd.shuffle(pool)
    for c in pool:
        fl = fresh_list(c, c["currency"], d)
        if len(fl) < 2:
            continue
        x, y = rnd.sample(fl, 2)
        a = bal[y["id"]]
        if a == bal[x["id"]] or sum(1 for i in open_list(c["id"], c["currency"]) if bal[i["id"]] == a) != 1:
            continue
        ref = inv_phrase(x, c["lang"])
        p = mk(d, a, c["currency"], payer_name(c), c["id"], ref, None)
        return p, lab("review", [], a,
                      f"reference names {x['number']} but the amount is exactly {y['number']}'s balance",
                      "review_reference_vs_amount",
                      f"reference says {x['number']} (balance {s(bal[x['id']])}), amount equals {y['number']}; either a wrong number or a part payment; exact-amount reading first",
                      candidates=[[y], [x]])
    return None


def sc_po_trap(d):
    pool = [c for c in customers if not c["group"] and c["kind"] in ("hospital", "clinic")]
    rnd.shuffle(pool)
    for c in pool:
        fl = fresh_list(c, c["currency"], d)
        if not fl:
            continue
        inv = rnd.choice(fl)
        a = bal[inv["id"]]
        if rnd.random() < 0.5:
            if sum(1 for i in open_list(c["id"], c["currency"]) if bal[i["id"]] == a) != 1:
                continue
            other = rnd.choice([i for i in invoices if i["customer_id"] != c["id"] and i["number"].startswith("RE-")
                                and bal[i["id"]] != a])
            ref = rnd.choice([f"Bestellung {digits(other['number'])} / Lieferschein {rnd.randint(800000, 899999)}",
                              f"PO {digits(other['number'])}", f"Ihre AB {digits(other['number'])} unsere Bestellung",
                              f"Commande {digits(other['number'])}" if c["lang"] == "fr" else f"Best.Nr. {digits(other['number'])}"])
            p = mk(d, a, c["currency"], payer_name(c), c["id"], ref, None)
            return p, lab("applied", [(inv, a)], D0,
                          f"amount equals {inv['number']}; the number in the text is a purchase order",
                          "po_number_trap",
                          f"the PO number {digits(other['number'])} equals another customer's invoice {other['number']} (different amount); customer known and exactly one own invoice has this balance")
        po = f"4500{rnd.randint(100000, 999999)}"
        ref = rnd.choice([f"PO {po} / {inv['number']}", f"Best.-Nr. {po} Rg. {digits(inv['number'])}",
                          f"{inv_token(inv)} Bestellung {po} Betrag {fmt_plain(a)}", f"Commande {po} facture {inv['number']}"])
        p = mk(d, a, c["currency"], payer_name(c), maybe_cid(c, 0.6), ref, None)
        return p, lab("applied", [(inv, a)], D0, f"{inv['number']} named next to an SAP PO number", "po_number_noise",
                      "10-digit SAP purchase-order number (4500...) in the reference is noise; the invoice number decides")
    return None


def sc_currency(d):
    r = pick_customer(lambda c: not c["group"] and not c["dual"] and c["currency"] == "CHF" and c["country"] == "CH", d)
    if not r:
        return None
    c, cur, fl = r
    inv = rnd.choice(fl)
    if any(i["currency"] == "EUR" for i in open_list(c["id"])):
        return None
    a = q2(bal[inv["id"]] * Decimal("1.0650"))
    p = mk(d, a, "EUR", payer_name(c), c["id"], f"{inv_phrase(inv, c['lang'])} (EUR-Konto)", None)
    return p, lab("review", [], a, f"EUR payment for CHF invoice {inv['number']}; never applied across currencies",
                  "review_currency_mismatch",
                  "customer paid a CHF invoice from its EUR account; the only named invoice is in another currency, so nothing is applied and a person must settle the FX difference; no same-currency candidate",
                  candidates=[])


def sc_unknown(d):
    cur = rnd.choice(["CHF", "CHF", "EUR"])
    a = qcur(Decimal(rnd.randint(120, 4200)) + Decimal(rnd.choice(["0.00", "0.40", "0.85"])), cur)
    if any(i["currency"] == cur and bal[i["id"]] == a for i in invoices):
        return None
    name = rnd.choice(["MUSTER TREUHAND AG", "PRIVAT HUBER ROSA", "SOZIALDIENST REGION NORD",
                       "KRANKENVERSICHERUNG ALPINA KVG", "GEMEINDE OBERDORF", "STIFTUNG PFLEGEHEIM ABENDROT",
                       "ASSOCIATION SOINS A DOMICILE", "VERSICHERUNGSANSTALT SOZIALBEREICH"])
    p = mk(d, a, cur, name, None, rnd.choice([None, "ZAHLUNG", "Rechnung Januar", "Rückerstattung"]), None)
    return p, lab("review", [], a, "payer is not a customer, no reference, amount fits no open invoice", "review_unknown_payer",
                  "unknown payer and no usable reference; nothing to apply and no candidate", candidates=[])


# --------------------------------------------------------------------------- bad input rows
def sc_error(d, kind):
    c = rnd.choice([c for c in customers if not c["group"]])
    ol = open_list(c["id"])
    inv = ol[0] if ol else None
    ref = inv["number"] if inv else None
    a = bal[inv["id"]] if inv else Decimal("250.00")
    base = mk(d, a, c["currency"], payer_name(c), c["id"], ref, None)
    if kind == "negative":
        base["amount"] = "-" + s(a)
        base["reference"] = f"RUECKBUCHUNG {ref}"
        err = "negative amount"
    elif kind == "currency":
        base["currency"] = rnd.choice(["USD", "GBP"])
        err = f"currency {base['currency']} matches no invoice"
    elif kind == "malformed":
        base["amount"] = rnd.choice([fmt_ch(a), fmt_de(a), base["currency"] + " " + s(a), s(a).replace(".", ",")])
        if base["amount"] == s(a):
            base["amount"] = fmt_de(a)
        err = "malformed amount"
    elif kind == "missing_date":
        base["date"] = rnd.choice([None, ""])
        err = "missing date"
    elif kind == "zero":
        base["amount"] = "0.00"
        err = "zero amount"
    elif kind == "dup":
        prior = [p for p, l in zip(payments, labels) if l["status"] != "error"]
        same_day = [p for p in prior[-4:] if p["date"] == prior[-1]["date"]]
        p0 = dict(rnd.choice(same_day))
        p0.pop("_dupe_used", None)
        base = p0
        err = f"duplicate payment id {p0['id']} (same bank entry delivered twice)"
    else:
        raise ValueError(kind)
    return base, {"status": "error", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
                  "reason": err, "error": err, "scenario": f"bad_input_{kind}", "note": "bad input row; nothing applied"}


# --------------------------------------------------------------------------- driver
PLAN = [("qr_exact", sc_qr_exact, 88), ("rf_exact", sc_rf_exact, 25), ("esr_old", sc_esr_old, 12),
        ("sepa_number", sc_sepa_number, 45), ("text_multi", sc_text_multi, 18), ("range", sc_range, 6),
        ("amount_only", sc_amount_only, 22), ("settle_all", sc_settle_all, 6), ("run", sc_run, 22),
        ("run_skonto", sc_run_skonto, 12), ("skonto_single", sc_skonto_single, 5), ("short_pay", sc_short_pay, 12),
        ("part_payment", sc_part_payment, 10), ("overpayment", sc_overpayment, 10), ("fee_added", sc_fee_added, 7),
        ("fee_invoice", sc_fee_invoice, 6), ("fee_refused", sc_fee_refused, 6), ("no_fit", sc_no_fit_known, 8),
        ("group_applied", sc_group_applied, 12), ("group_review", sc_group_review, 3), ("twins", sc_twins, 10),
        ("two_customers", sc_two_customers, 5), ("combo", sc_combo, 6), ("conflict", sc_conflict, 6),
        ("po_trap", sc_po_trap, 10), ("currency", sc_currency, 2), ("unknown", sc_unknown, 4)]
LATE = [("already_paid", sc_already_paid, 8)]
ERRORS = ["negative", "negative", "currency", "currency", "malformed", "malformed", "missing_date", "zero",
          "dup", "dup"]


def pay_dates(n):
    days = []
    d = PAY_FIRST
    while d <= PAY_LAST:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(1)
    return sorted(rnd.choice(days) for _ in range(n))


def apply_label(p, l):
    for a in l["applications"]:
        bal[a["invoice_id"]] -= Decimal(a["amount"])
        touched.add(a["invoice_id"])
        assert bal[a["invoice_id"]] >= 0


def run():
    build_customers()
    for c in customers:
        CUST[c["id"]] = c
    build_invoices()
    build_fee_invoices()
    for i in invoices:
        bal[i["id"]] = i["balance"]
        if i["_fee"]:
            reserved_fee_main.add(i["_dunned"])
    slots = [(n, f) for n, f, k in PLAN for _ in range(k)]
    rnd.shuffle(slots)
    for n, f, k in LATE:
        for _ in range(k):
            slots.insert(rnd.randint(len(slots) // 3, len(slots)), (n, f))
    for e in ERRORS:
        slots.insert(rnd.randint(60 if e == "dup" else 0, len(slots)), ("error_" + e, e))
    dates = pay_dates(len(slots))
    for (name, fn), d in zip(slots, dates):
        if name.startswith("error_"):
            p, l = sc_error(d, fn)
        else:
            res = None
            for _ in range(6):
                res = fn(d)
                if res:
                    break
            if not res:
                print("fallback", name, d)
                res = sc_qr_exact(d)
            p, l = res
            apply_label(p, l)
        l = dict({"payment_id": p["id"]}, **l)
        payments.append(p)
        labels.append(l)


def public_invoice(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": s(i["total"]), "balance": s(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def public_payment(p):
    return {k: p[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance")}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def verify(inv_out, pay_out, lab_out):
    """Replay the payments in order and check every label (build-time guard; check.py does more)."""
    by_id = {i["id"]: i for i in inv_out}
    b = {i["id"]: Decimal(i["balance"]) for i in inv_out}
    assert len(pay_out) == len(lab_out)
    for p, l in zip(pay_out, lab_out):
        assert l["payment_id"] == p["id"]
        if l["status"] == "error":
            assert not l["applications"] and l["error"]
            continue
        amt = Decimal(p["amount"])
        tot = Decimal(l["unapplied"])
        for a in l["applications"]:
            i = by_id[a["invoice_id"]]
            assert i["currency"] == p["currency"], p["id"]
            b[i["id"]] -= Decimal(a["amount"])
            assert b[i["id"]] >= 0, p["id"]
            tot += Decimal(a["amount"])
        assert tot == amt, (p["id"], tot, amt)
        assert l["status"] in ("applied", "partial", "unapplied", "review")


def lang_of(p, l):
    cid = p["customer_id"]
    if cid is None:
        ids = [a["invoice_id"] for a in l["applications"]] + [c for cs in l["candidates"] for c in cs]
        if ids:
            cid = INV_BY_ID[ids[0]]["customer_id"]
    if cid is None:
        return "no customer identified (unknown payer / treasury lump)"
    c = CUST[cid]
    return f"{c['lang']}-{c['country']}"


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    return "\n".join(rows)


def readme(inv_out, pay_out, lab_out):
    from collections import Counter
    st = Counter(l["status"] for l in lab_out)
    sc = Counter(f"{l['scenario']} ({l['status']})" for l in lab_out)
    cur = Counter(p["currency"] for p in pay_out)
    icur = Counter(i["currency"] for i in inv_out)
    lg = Counter(lang_of(p, l) for p, l in zip(payments, lab_out))
    kinds = Counter(c["kind"] for c in customers)
    ctry = Counter(c["country"] for c in customers)
    nocid = sum(1 for p in pay_out if p["customer_id"] is None)
    return README_TEMPLATE.format(
        n_inv=len(inv_out), n_cust=len(customers), n_pay=len(pay_out), n_fee=sum(1 for i in invoices if i["_fee"]),
        kinds=", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        ctry=", ".join(f"{k} {v}" for k, v in sorted(ctry.items())),
        icur=", ".join(f"{k} {v}" for k, v in sorted(icur.items())),
        pcur=", ".join(f"{k} {v}" for k, v in sorted(cur.items())), nocid=nocid,
        status=table(st, "status"), scen=table(sc, "scenario (status)"), lang=table(lg, "language-country of the payer"),
        pay_first=PAY_FIRST.isoformat(), pay_last=PAY_LAST.isoformat(), iss_first=ISSUE_FIRST.isoformat(),
        iss_last=ISSUE_LAST.isoformat())


README_TEMPLATE = """# Blind cash-application set: AlpineMed Medizintechnik AG (`ledger_alpinemed`)

Held-out test set for the `match` contract (`contracts/cash-application.md`), written blind from the
contract and the public samples README only. Generated by `python3 build.py` (stdlib, fixed seed,
byte-for-byte reproducible); `python3 check.py` replays the payments and re-verifies every label.

## Theme

AlpineMed Medizintechnik AG is a medical-technology distributor in Switzerland, Liechtenstein and Austria
selling consumables and equipment to hospitals, clinics, practices and pharmacies. It invoices in CHF
(Swiss and Liechtenstein customers, amounts rounded to 0.05) and EUR (Austrian customers and a few Swiss
clinics with EUR price lists). Payments arrive as QR-bill payments with 27-digit QR references, ISO 11649
creditor references (RF...), transfers quoting our old ESR/BVR reference, SEPA transfers with a
Verwendungszweck, hospital payment runs with a Zahlungsavis (Skonto 2% within 10 days, 30 days net),
payments by group treasuries for their clinics or pharmacies, and payments that add or refuse a dunning
fee (Mahngebühr / Mahnspesen). Payer names come as the bank delivers them: upper case, umlauts
transliterated or not, cut at 35 characters (long cantonal hospital names lose their tails, and in a few
cases two hospitals become indistinguishable).

## Files (`ledger_alpinemed/`)

| file | content |
|---|---|
| `invoices.json` | {n_inv} open invoices of {n_cust} customers, contract format (`id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date`), sorted by issue date |
| `payments.json` | {n_pay} payments, oldest first, contract format (`id, date, amount, currency, payer_name, customer_id, reference, remittance`) |
| `labels.json` | one expected MATCHES entry per payment, same order: `payment_id, status, applications, unapplied, short_pay, candidates, reason` plus `scenario` and `note` (and `error` on bad-input rows) |

- Customers: {kinds}; by country {ctry}. Invoices by currency: {icur}; {n_fee} of them are dunning-fee
  invoices numbered `MG-269...` (CHF 20/30, EUR 40 Mahnspesen).
- Invoices issued {iss_first} to {iss_last}; payments dated {pay_first} to {pay_last}. Payments by
  currency: {pcur}. {nocid} payments have `customer_id: null` (bank could not map the account).
- Invoice numbers are `RE-YYNNNN` (e.g. `RE-250481`); same-day invoices of one hospital are consecutive.
- Some invoices already had a part payment before this file (`balance` < `total`); the balance is what is due.

## Counts

{status}

{scen}

{lang}

## Reference formats (how an invoice can be found from a payment)

- **QR reference** (27 digits): customer number (10 digits, zero padded) + invoice number digits (16 digits,
  zero padded) + mod-10-recursive check digit. `000002159300000000002507005` = customer 21593, `RE-250700`.
  Sometimes printed in groups `00 00021 59300 00000 00025 07005`.
- **Old ESR/BVR reference** (27 digits): former BESR-ID `210000` + customer number (8) + invoice digits (12) +
  check digit; customers still send it in the free-text message (`ESR ...`, `BVR ...`, `REF.NR. ...`).
- **Creditor reference**: `RF` + ISO 7064 check digits + invoice number without the hyphen
  (`RF75RE250394`, sometimes printed `RF75 RE25 0394`).
- Free text: `RE-250481`, `RE 250481`, `RE250481`, bare `250481`, `Rg.-Nr.`, `Re.Nr.`, `Faktura`, `Facture`,
  `Fattura`, ranges (`RE-251313 bis RE-251315`, `RE-250808-11`), payment-advice tables (with the hospital's own
  10-digit document numbers `51...` next to our number), SAP purchase orders `4500xxxxxx`, and purchase-order
  numbers that happen to equal another customer's invoice digits.

## Labelling conventions (where the contract is silent)

- Labels are what a careful AR clerk would do: apply only when sure; otherwise `review`. Never across
  currencies. Payments are replayed in file order; later payments see reduced balances.
- `review`: nothing applied, `unapplied` equals the payment amount, `candidates` is a **list of invoice-id
  lists** (each inner list is one candidate invoice set), best first. Where two readings are equally good
  the order is oldest due date first; an exact-amount reading is ranked above a reference-only reading.
  Scorers should compare candidates as sets of sets (the ranking inside ties is not meaningful).
  `candidates: []` when nothing plausible exists (unknown payer, treasury lump sum without advice,
  payment in a currency the named invoice does not have).
- `unapplied` is always a decimal string (`"0.00"` when nothing is left). `short_pay` is null unless a
  deduction case opens.
- **Skonto**: a deduction of 2% within the Skonto period is a short pay: the net amount is applied and
  `short_pay` names the invoice, the deducted amount and the reason `Skonto 2%`. Payment runs contain at most
  one Skonto line, so one `short_pay` object is enough.
- **Short pays with a reason** (return, price difference, damaged goods, freight): `partial`, net applied,
  `short_pay.amount` = the deduction, so the invoice keeps exactly that amount open. `short_pay.reason`
  is a short English paraphrase of the payer's reason; compare it loosely.
- **Part payments** ("Teilzahlung", "1. Rate", "Akonto Rg ...", "Acompte", "Acconto"): `partial`,
  `short_pay` null.
- **Overpayment** (rounded up, typing error, bank charge added): the invoice is settled and the rest is
  `unapplied` with status `unapplied`.
- **Mahngebühr added** when no fee invoice is open: the invoice is settled, the fee amount stays `unapplied`.
  **Fee invoice open** (`MG-...`) and the payer pays invoice + fee: both applied (`applied`). **Fee refused**:
  the payer pays exactly the invoice and says the fee is not accepted; the whole payment goes to the
  invoice (`applied`); an open `MG-` fee invoice simply stays open (it is not short paid by this payment).
- **Duplicate payment** of an invoice already settled earlier in the file: `unapplied`, no applications.
- **Known customer, fits nothing** (prepayments, Akonto without invoice): `unapplied`, no applications.
- **Amount only**: when the bank gives `customer_id` and exactly one open invoice of that customer (same
  currency) has exactly the paid balance, it is applied. When the amount equals the sum of *all* open
  invoices of a small account ("Saldo Kontoauszug"), all are applied.
- **Group treasury**: a treasury (not itself a customer, `customer_id` null) paying invoices of several
  group companies is applied across those customers when its advice lists every invoice.
- **Bad-input rows** (negative amount, zero amount, currency no invoice has, malformed amount such as
  `1'250.00` or `1.250,00`, missing date, a bank entry delivered twice with the same payment id): `status:
  error`, no applications, `unapplied "0.00"`, an `error` text. For the duplicate id the **second** row is the
  error; the first one is labelled normally. Error rows do not change any balance.

## Unsure / boundary choices

- `fee_refused` with an open `MG-` invoice could be argued as `partial` with a short pay on the fee
  invoice; we chose `applied` because the fee invoice receives nothing from this payment.
- `review_reference_vs_amount`: the text names one invoice and the amount is exactly another invoice's
  balance of the same customer. Some clerks would apply to the exact-amount invoice; we send it to review.
- `review_currency_mismatch`: a known customer's EUR payment quoting a CHF invoice; labelled `review` with no
  candidates (not `unapplied`), because the named invoice exists and someone must settle it with FX.
"""


if __name__ == "__main__":
    run()
    os.makedirs(LEDGER, exist_ok=True)
    inv_out = [public_invoice(i) for i in sorted(invoices, key=lambda i: (i["issue_date"], i["number"]))]
    dump(os.path.join(LEDGER, "invoices.json"), inv_out)
    dump(os.path.join(LEDGER, "payments.json"), [public_payment(p) for p in payments])
    dump(os.path.join(LEDGER, "labels.json"), labels)
    verify(inv_out, [public_payment(p) for p in payments], labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(inv_out, [public_payment(p) for p in payments], labels))
    from collections import Counter
    print(len(customers), len(invoices), len(payments))
    print(Counter(l["status"] for l in labels))
