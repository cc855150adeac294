#!/usr/bin/env python3
"""Build blind cash-application set 350 (eu_auto_dealers).

Rhenus Parts Distribution (made up): German-based distributor of car parts and
workshop equipment. Writes eu_auto_dealers/{invoices,payments,labels}.json.
Standard library only, seed 350. See README.md for the decision rules.
"""
import json
import os
import random
import re
import unicodedata
import datetime as dt
from collections import Counter, defaultdict

SEED = 350
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eu_auto_dealers")

CURRENCIES = ("EUR", "CHF", "PLN", "CZK")
FX_TO_EUR = {"EUR": 1.0, "CHF": 1.065, "PLN": 0.2345, "CZK": 0.0399}  # 1 unit = x EUR (spring 2025)
CUR_WORD = {"EUR": "EUR", "CHF": "CHF", "PLN": "zł", "CZK": "Kč"}


# ----------------------------------------------------------------------------
# money and text helpers
# ----------------------------------------------------------------------------
def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def fmt_local(c, style):
    units, cents = divmod(c, 100)
    s = f"{units:,}"
    if style in ("de", "nl"):
        return s.replace(",", ".") + f",{cents:02d}"
    if style in ("fr", "pl", "cs"):
        return s.replace(",", " ") + f",{cents:02d}"
    if style == "ch":
        return s.replace(",", "'") + f".{cents:02d}"
    return s + f".{cents:02d}"


def pct_of(c, pct):
    """round half up of c * pct / 100 (c in cents, pct may be float like 2 or 2.5)"""
    num = c * int(round(pct * 10))
    return (num + 500) // 1000


def fold(s):
    s = s.upper().replace("ß", "SS").replace("Ł", "L").replace("ł", "L")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("AE", "A").replace("OE", "O").replace("UE", "U")
    s = re.sub(r"[^A-Z0-9]+", " ", s)
    legal = {"GMBH", "CO", "KG", "AG", "SA", "SARL", "SAS", "SRL", "BV", "NV", "EK", "OG", "GESMBH",
             "SP", "OO", "SRO", "AS", "EG", "LTD", "GGMBH", "ET"}
    toks = [t for t in s.split() if t not in legal and len(t) > 1]
    return " ".join(toks)


def bank_upper(name):
    """how a bank prints a name: upper case, transliterated (ae/oe/ue), no diacritics"""
    s = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "AE").replace(
        "Ö", "OE").replace("Ü", "UE").replace("ß", "ss").replace("Ł", "L").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.upper()


def rid(prefix, n=10):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return prefix + "".join(R.choice(alphabet) for _ in range(n))


def qr_check(digits):
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for d in digits:
        carry = table[(carry + int(d)) % 10]
    return str((10 - carry) % 10)


def qr_ref(num):
    payload = f"{num:026d}"
    d = payload + qr_check(payload)
    return d[:2] + " " + " ".join(d[i:i + 5] for i in range(2, 27, 5))


def rf_ref(num):
    payload = f"{num:010d}"
    rearr = payload + "RF00"
    val = int("".join(str(int(ch, 36)) for ch in rearr))
    cc = 98 - val % 97
    s = f"RF{cc:02d}{payload}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ogm(num):
    base = f"{num:010d}"
    chk = int(base) % 97 or 97
    d = base + f"{chk:02d}"
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"


def subset_count(vals, target, cap=3):
    """number of non-empty subsets of vals (positive ints) summing to target, capped"""
    vals = [v for v in vals if 0 < v <= target]
    h = len(vals) // 2

    def sums(part):
        c = Counter({0: 1})
        for v in part:
            new = Counter(c)
            for s, k in c.items():
                if s + v <= target:
                    new[s + v] += k
            c = new
        return c
    a, b = sums(vals[:h]), sums(vals[h:])
    n = sum(k * b.get(target - s, 0) for s, k in a.items())
    return min(n, cap)


# ----------------------------------------------------------------------------
# customers
# ----------------------------------------------------------------------------
SURN = {
    "DE": ["Müller", "Schreiber", "Weiß", "Groß", "Köhler", "Brandt", "Hoffmann", "Schäfer", "Krüger", "Becker",
           "Wagner", "Lange", "Vogel", "Günther", "Zimmermann", "Böhm", "Fuchs", "Hartmann", "Scholz", "Jäger",
           "Möller", "Pohl", "Kühn", "Schröder", "Seidel", "Wendt", "Ebert", "Franke", "Lorenz", "Haas", "Roth",
           "Dietrich", "Engel", "Sommer", "Kraus", "Winkler", "Albrecht", "Ziegler", "Thiele", "Heinrich"],
    "AT": ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Wimmer", "Leitner", "Egger", "Hofer", "Berger",
           "Fischer", "Reiter"],
    "CH": ["Baumann", "Keller", "Meier", "Frei", "Brunner", "Gerber", "Bühler", "Zürcher", "Graf", "Zbinden",
           "Favre", "Rochat", "Bonvin", "Perrin"],
    "FR": ["Lefèvre", "Girard", "Rousseau", "Moreau", "Faure", "Mercier", "Bérenger", "Chevalier", "Lemaître",
           "Gauthier", "Perrot", "Fontaine", "Brunet", "Roussel", "Dufour", "Lacroix"],
    "BE": ["Janssens", "Peeters", "Maes", "Claes", "Wouters", "Dubois", "Lambert", "Dupont", "Goossens", "Willems"],
    "NL": ["de Vries", "van Dijk", "Visser", "Bakker", "Jansen", "Smit", "Mulder", "de Boer", "Meijer",
           "van den Berg", "Bos", "Vos"],
    "LU": ["Weber", "Schmit", "Kieffer", "Thill", "Reuter", "Wagner"],
    "PL": ["Łęcki", "Wójcik", "Kowalczyk", "Zieliński", "Dąbrowski", "Woźniak", "Kamiński", "Lewandowski",
           "Szymański", "Żak", "Grabowski", "Mazur", "Krawczyk", "Sikora", "Pawłowski", "Michalski", "Król",
           "Wieczorek", "Jabłoński", "Nowicki"],
    "CZ": ["Dvořák", "Novák", "Svoboda", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Růžička",
           "Šťastný", "Pokorný", "Král", "Beneš", "Fiala", "Kopecký"],
}
FIRST = {
    "DE": ["Thomas", "Michael", "Andreas", "Stefan", "Jürgen", "Frank", "Markus", "Sabine", "Petra", "Uwe",
           "Klaus", "Jörg", "Dirk", "Carsten", "Heike"],
    "AT": ["Johann", "Franz", "Wolfgang", "Gerhard", "Christian", "Martin"],
    "CH": ["Beat", "Urs", "Reto", "Daniel", "Lukas", "Jean-Marc", "Olivier"],
    "FR": ["Pierre", "Jean-Luc", "Philippe", "Nicolas", "Sébastien", "Éric", "Laurent", "Christophe"],
    "BE": ["Luc", "Koen", "Jan", "Marc", "Didier", "Geert"],
    "NL": ["Henk", "Pieter", "Bram", "Joost", "Sander", "Ruud"],
    "LU": ["Jean", "Marc", "Paul", "Luc"],
    "PL": ["Łukasz", "Piotr", "Tomasz", "Paweł", "Krzysztof", "Marek", "Grzegorz", "Michał", "Jarosław"],
    "CZ": ["Jan", "Petr", "Jiří", "Tomáš", "Martin", "Pavel", "Zdeněk", "Miroslav"],
}
CITY = {
    "DE": ["Leipzig", "Dresden", "Kassel", "Hannover", "Bielefeld", "Würzburg", "Regensburg", "Augsburg",
           "Freiburg", "Koblenz", "Mannheim", "Osnabrück", "Erfurt", "Göttingen", "Saarbrücken", "Ulm",
           "Paderborn", "Trier", "Siegen", "Bamberg", "Mainz", "Heilbronn"],
    "AT": ["Linz", "Graz", "Salzburg", "Wels", "St. Pölten", "Villach", "Innsbruck", "Dornbirn"],
    "CH": ["Winterthur", "Luzern", "St. Gallen", "Aarau", "Thun", "Biel", "Fribourg", "Sion", "Chur", "Zug",
           "Olten"],
    "FR": ["Metz", "Nancy", "Strasbourg", "Mulhouse", "Reims", "Dijon", "Besançon", "Lyon", "Lille", "Colmar",
           "Troyes", "Amiens"],
    "BE": ["Antwerpen", "Gent", "Hasselt", "Leuven", "Liège", "Namur", "Charleroi", "Brugge"],
    "NL": ["Eindhoven", "Venlo", "Tilburg", "Arnhem", "Nijmegen", "Utrecht", "Zwolle", "Breda", "Maastricht",
           "Enschede"],
    "LU": ["Esch-sur-Alzette", "Differdange", "Ettelbruck", "Diekirch", "Wiltz"],
    "PL": ["Wrocław", "Poznań", "Łódź", "Katowice", "Gdańsk", "Szczecin", "Opole", "Bydgoszcz", "Kraków",
           "Rzeszów", "Legnica"],
    "CZ": ["Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "Hradec Králové", "Pardubice", "Zlín", "Jihlava",
           "Opava"],
}
TEMPL = {
    "DE": {"garage": ["Kfz-Meisterbetrieb {S}", "Autowerkstatt {S} e.K.", "{S} Kfz-Technik GmbH",
                      "Kfz-Service {S} GmbH", "Reifen & Service {S} GmbH",
                      "Karosserie- und Lackierbetrieb {S} GmbH"],
           "fleet": ["{S} Logistik GmbH", "Stadtwerke {C} GmbH", "{S} Transporte GmbH & Co. KG",
                     "Autovermietung {S} GmbH", "Taxi-Zentrale {C} eG"],
           "retailer": ["{S} Autoteile GmbH", "Autoteile {C} GmbH", "Teile-Center {S} KG",
                        "{C}er Autoteile-Handel GmbH"]},
    "AT": {"garage": ["Kfz {S} GesmbH", "Autohaus {S} GmbH", "Kfz-Werkstätte {S} OG"],
           "fleet": ["{S} Transporte GmbH"], "retailer": ["Autoteile {S} GmbH"]},
    "CH": {"garage": ["Garage {S} AG", "Carrosserie {S} GmbH", "Auto {S} AG", "Garage {S} SA"],
           "fleet": ["{S} Transport AG"], "retailer": ["Autoteile {S} AG", "Pièces Auto {S} SA"]},
    "FR": {"garage": ["Garage {S} SARL", "Garage {S} et Fils", "Auto Services {S} SARL", "Carrosserie {S} SAS"],
           "fleet": ["Transports {S} SAS"], "retailer": ["{S} Pièces Auto SARL", "Pièces Auto {C} SAS"]},
    "BE": {"garage": ["Garage {S} BV", "Garage {S} SRL"], "fleet": ["Transport {S} NV"],
           "retailer": ["Autoonderdelen {S} BV", "Pièces Auto {S} SRL"]},
    "NL": {"garage": ["Autobedrijf {S} B.V.", "Garagebedrijf {S}"], "fleet": ["Transportbedrijf {S} B.V."],
           "retailer": ["Autoonderdelen {S} B.V."]},
    "LU": {"garage": ["Garage {S} S.à r.l."], "fleet": ["Transports {S} S.à r.l."],
           "retailer": ["Autopièces {S} S.à r.l."]},
    "PL": {"garage": ["Warsztat Samochodowy {F} {S}", "Auto-Serwis {S} Sp. z o.o.", "Mechanika Pojazdowa {F} {S}",
                      "{S} Motors Sp. z o.o."],
           "fleet": ["Trans-{S} Sp. z o.o.", "Przedsiębiorstwo Transportowe {S} Sp. z o.o."],
           "retailer": ["{S} Części Samochodowe Sp. z o.o.", "Hurtownia Motoryzacyjna {S}"]},
    "CZ": {"garage": ["Autoservis {S} s.r.o.", "Pneuservis {F} {S}", "Autodílna {S} s.r.o."],
           "fleet": ["Doprava {S} s.r.o."], "retailer": ["{S} Autodíly s.r.o.", "Autodíly {S} s.r.o."]},
}
GROUPS = [  # dealer groups: parent (not a customer) and subsidiaries
    ("DE", "Mobilforum Holding AG", "Autohaus Mobilforum {C} GmbH", 3),
    ("DE", "Rheintal Automobil-Gruppe GmbH", "Rheintal Automobile {C} GmbH & Co. KG", 2),
    ("DE", "Nordstern Beteiligungs-GmbH", "Autohaus Nordstern {C} GmbH", 2),
    ("AT", "Donau Kfz Holding GmbH", "Autohaus Donau {C} GmbH", 2),
    ("CH", "Seeland Auto Holding AG", "Seeland Automobile {C} AG", 2),
    ("FR", "Groupe Vosges Automobiles SAS", "Vosges Automobiles {C} SAS", 2),
    ("NL", "Autogroep Brabant Holding B.V.", "Autogroep Brabant {C} B.V.", 2),
    ("PL", "Grupa Odra S.A.", "Odra Auto {C} Sp. z o.o.", 2),
    ("CZ", "Morava Holding a.s.", "Morava Auto {C} s.r.o.", 2),
]
LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "nl", "NL": "nl", "LU": "fr", "PL": "pl", "CZ": "cs"}
COUNTRY_N = {"DE": 40, "AT": 11, "CH": 13, "FR": 15, "BE": 6, "NL": 8, "LU": 3, "PL": 16, "CZ": 13}
TRADING = {"DE": ["{S} Automobile", "Meisterwerkstatt {S}", "Autopflege {C}"],
           "AT": ["{S} Automobile"], "CH": ["Garage du Centre {C}", "{S} Pneu-Express"],
           "FR": ["Garage du Centre {C}", "Point Pneus {C}"], "BE": ["Bandencentrale {C}"],
           "NL": ["Bandenservice {C}"], "LU": ["Pneus Express {C}"],
           "PL": ["Opony {C} 24h", "AutoMax {C}"], "CZ": ["Pneu Centrum {C}", "Auto Expres {C}"]}


class Cust:
    pass


def make_customers():
    custs = []
    used_ids, used_fold = set(), set()

    def new_id():
        while True:
            n = R.randint(10000, 99999)
            if n not in used_ids:
                used_ids.add(n)
                return n

    def add(country, name, segment, parent=None, owner=None):
        f = fold(name)
        if f in used_fold:
            return None
        for g in used_fold:  # keep names well apart for prefix identification
            if g.startswith(f) or f.startswith(g):
                return None
        used_fold.add(f)
        c = Cust()
        c.kd = new_id()
        c.id = f"K-{c.kd}"
        c.name, c.country, c.segment, c.parent, c.owner = name, country, segment, parent, owner
        c.lang = LANG[country]
        if country == "CH" and (" SA" in name or "Pièces" in name or "Carrosserie" in name):
            c.lang = "fr"
        if country == "BE" and ("SRL" in name or "Pièces" in name):
            c.lang = "fr"
        if country == "LU" and R.random() < 0.4:
            c.lang = "de"
        c.primary = {"CH": "CHF", "PL": "PLN", "CZ": "CZK"}.get(country, "EUR")
        c.second = None
        if c.primary != "EUR" and R.random() < 0.3:
            c.second = "EUR"
        c.trading = None
        custs.append(c)
        return c

    for country, n in COUNTRY_N.items():
        made = 0
        tries = 0
        while made < n and tries < 2000:
            tries += 1
            seg = R.choices(["garage", "fleet", "retailer"], [60, 17, 23])[0]
            tpl = R.choice(TEMPL[country][seg])
            S = R.choice(SURN[country])
            F = R.choice(FIRST[country])
            C = R.choice(CITY[country])
            name = tpl.format(S=S, F=F, C=C)
            owner = None
            if seg == "garage" and ("{S}" in tpl):
                owner = f"{F} {S}"
            c = add(country, name, seg, owner=owner)
            if c:
                made += 1
                c.surname, c.city = S, C
    for country, parent, tpl, k in GROUPS:
        cities = R.sample(CITY[country], k)
        for C in cities:
            c = add(country, tpl.format(C=C), "dealer_group", parent=parent)
            if c:
                c.surname, c.city = "", C
                if c.primary != "EUR":
                    c.second = None
    # trading names for some
    used = set(fold(c.name) for c in custs)
    for c in custs:
        if c.segment in ("garage", "retailer") and R.random() < 0.3:
            t = R.choice(TRADING[c.country]).format(S=c.surname, C=c.city)
            if fold(t) not in used and not any(u.startswith(fold(t)) or fold(t).startswith(u) for u in used):
                c.trading = t
                used.add(fold(t))
    return custs


# ----------------------------------------------------------------------------
# invoices
# ----------------------------------------------------------------------------
class Inv:
    pass


def make_invoices(custs):
    weights = {"garage": (4, 11), "fleet": (6, 13), "retailer": (8, 16), "dealer_group": (14, 26)}
    slots = []
    for c in custs:
        lo, hi = weights[c.segment]
        slots += [c] * R.randint(lo, hi)
    R.shuffle(slots)
    n = len(slots)
    num = 203100
    start = dt.date(2024, 11, 4)
    span = (dt.date(2025, 3, 31) - start).days
    invs = []
    for k, c in enumerate(slots):
        num += R.choice([1, 1, 1, 2, 2, 3, 4, 6])
        inv = Inv()
        inv.id = rid("inv_", 12)
        inv.num = num
        inv.number = f"RE-{num:08d}"
        inv.cust = c
        inv.cur = c.second if (c.second and R.random() < 0.3) else c.primary
        inv.issue = start + dt.timedelta(days=int(span * k / n))
        terms = {"FR": 45, "CZ": 14, "PL": 30}.get(c.country, 30)
        if c.segment == "dealer_group":
            terms = 45 if c.country == "FR" else 30
        inv.due = inv.issue + dt.timedelta(days=R.choice([terms, terms, 60 if c.country != "CZ" else 30]))
        eur = R.lognormvariate(5.9, 0.95) if R.random() > 0.1 else R.uniform(2500, 38000)
        eur = max(35.0, min(eur, 9000.0)) if eur < 2500 else eur
        raw = int(round(eur / FX_TO_EUR[inv.cur] * 100))
        if inv.cur == "CZK":
            raw = raw // 100 * 100
        inv.total = raw
        inv.balance = raw
        inv.equipment = eur >= 2500
        inv.recurring = False
        invs.append(inv)
    # recurring equal-amount invoices (software licence, lift leasing, maintenance contracts)
    rec_cands = [c for c in custs if c.segment in ("garage", "fleet", "retailer")]
    R.shuffle(rec_cands)
    nrec = 0
    for c in rec_cands:
        mine = [i for i in invs if i.cust is c and i.cur == c.primary]
        if len(mine) < 4:
            continue
        k = R.choice([2, 2, 3, 3, 4])
        chosen = R.sample(mine, k)
        eur = R.choice([149.00, 189.00, 238.00, 312.40, 429.00, 612.40, 96.90, 274.55])
        amt = int(round(eur / FX_TO_EUR[c.primary] * 100))
        if c.primary == "CZK":
            amt = amt // 100 * 100
        for i in chosen:
            i.total = i.balance = amt
            i.recurring = True
            i.equipment = False
        nrec += 1
        if nrec >= 24:
            break
    # some invoices already part-paid or reduced by a credit note
    for i in invs:
        if not i.recurring and R.random() < 0.11:
            frac = R.choice([0.2, 0.25, 0.3, 0.4, 0.5, 0.6])
            paid = int(i.total * frac)
            if i.cur == "CZK":
                paid = paid // 100 * 100
            if 0 < paid < i.total:
                i.balance = i.total - paid
    return invs


# ----------------------------------------------------------------------------
# state
# ----------------------------------------------------------------------------
CUSTS = make_customers()
INVS = make_invoices(CUSTS)
BAL = {i.id: i.balance for i in INVS}
BY_NUM = {i.num: i for i in INVS}
BY_CUST = defaultdict(list)
for _i in INVS:
    BY_CUST[_i.cust.id].append(_i)
FOLD2CUST = {fold(c.name): c for c in CUSTS}
PAID_HISTORY = {}  # inv id -> (amount, customer_id given)
USED_IN_REVIEW = set()  # invoices kept as review candidates, avoid reusing them as clean examples too often


def identify(payer):
    f = fold(payer or "")
    if not f:
        return None
    if f in FOLD2CUST:
        return FOLD2CUST[f]
    if len(f) >= 15:
        hits = [c for g, c in FOLD2CUST.items() if g.startswith(f)]
        if len(hits) == 1:
            return hits[0]
    return None


def open_invs(c=None, cur=None, allow_rec=False):
    src = BY_CUST[c.id] if c else INVS
    return [i for i in src if BAL[i.id] > 0 and (cur is None or i.cur == cur)
            and (allow_rec or not i.recurring)]


def all_open(c, cur):
    return [i for i in BY_CUST[c.id] if BAL[i.id] > 0 and i.cur == cur]


def near_number(a, b):
    sa, sb = str(a), str(b)
    if len(sa) != len(sb) or sa == sb:
        return sa == sb
    diff = [k for k in range(len(sa)) if sa[k] != sb[k]]
    if len(diff) == 1:
        return True
    if len(diff) == 2 and diff[1] == diff[0] + 1 and sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]]:
        return True
    return False


def style_of(c, cur=None):
    if c.country == "CH":
        return "ch"
    return {"de": "de", "fr": "fr", "nl": "nl", "pl": "pl", "cs": "cs"}.get(c.lang, "en")


def dstr(d, lang):
    if lang in ("de", "pl", "cs"):
        return d.strftime("%d.%m.%Y")
    if lang == "fr":
        return d.strftime("%d/%m/%Y")
    if lang == "nl":
        return d.strftime("%d-%m-%Y")
    return d.isoformat()


def eref():
    return R.choice(["NOTPROVIDED", "EREF+" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
                     + f"{R.randint(1000000, 9999999)}", "E2E" + rid("", 9).upper()])


def payer_default(c):
    r = R.random()
    if r < 0.45:
        return bank_upper(c.name)
    if r < 0.8:
        return c.name
    return bank_upper(c.name)[:35].rstrip()


# ---------------------------------------------------------------------------- references
def ref_text(inv, lang, channel="sepa"):
    n6 = str(inv.num)
    full = inv.number
    c = inv.cust
    kd = c.kd
    iss = dstr(inv.issue, "de")
    if channel == "rf":
        return rf_ref(inv.num)
    if channel == "qr":
        return qr_ref(inv.num)
    if channel == "ogm":
        return ogm(inv.num)
    if channel == "vs":
        return R.choice([f"VS {n6}", f"VS:{inv.num:010d} KS:0308", f"{n6}", f"VS{n6} SS{kd}",
                         f"/VS/{n6}/SS/{kd}/KS/0308"])
    if channel == "elixir":
        return R.choice([f"FV {full}", f"Zapłata za fakturę {full}", f"Faktura nr {n6}", f"FAKTURA {n6} ZAPLATA",
                         f"Płatność za FV {n6} z dnia {iss}"])
    if channel == "mpp":
        vat = (BAL[inv.id] * 23 + 61) // 123
        nip = "".join(str(R.randint(0, 9)) for _ in range(10))
        return f"/VAT/{vat // 100},{vat % 100:02d}/IDC/{nip}/INV/{full}/TXT/zaplata za fakture"
    if channel == "dd":
        return (f"SEPA-LASTSCHRIFT MREF RPD-M-{kd}-01 CRED DE98ZZZ09999999999 {R.choice([full, 'RE ' + n6])}"
                f" {R.choice(['Rechnung', 'Ihre Rechnung', 'Abbuchung'])}")
    if channel == "lcr":
        ech = dstr(inv.due, "fr")
        return f"LCR DOMICILIEE ECH {ech} REF FACT {R.choice([n6, full])}"
    if lang == "de":
        return R.choice([
            full, f"RE {n6}", f"Rechnung {n6}", f"Rechnung Nr. {full}", f"Re.-Nr. {n6} Kd.-Nr. {kd}",
            f"RG {n6} vom {iss}", f"RE{inv.num:08d}", n6, f"{inv.num:08d}", f"Rechnung {n6[:3]} {n6[3:]}",
            f"RECHNUNG {full} KUNDE {kd}", f"SVWZ+RE {n6} {eref()}",
            f"SEPA-GUTSCHRIFT {eref()} SVWZ: RE {n6} KD {kd}",
            f"Rg.Nr.{n6} Kunden-Nr.{kd} Danke", f"ZAHLUNG RECHNUNG {full} LIEFERUNG LS {R.randint(8000000, 8999999)}",
            f"Begleichung Ihrer Rechnung {full} v. {iss}"])
    if lang == "fr":
        return R.choice([
            f"FACTURE {full}", f"Fact. {n6}", f"REGLEMENT FACT {n6}", f"Facture n° {n6[:3]} {n6[3:]}",
            f"VIR SEPA RECU /DE {bank_upper(c.name)[:30]} /MOTIF FACTURE {n6} /REF. {eref()}",
            f"Règlement facture {full} client {kd}", f"FA {n6}", f"PAIEMENT FACTURE {inv.num:08d}"])
    if lang == "nl":
        return R.choice([
            f"Factuur {n6}", f"factuurnummer {full}", f"Fact.nr. {n6} klantnr {kd}", f"FACTUUR {full}",
            f"Betaling factuur {n6} d.d. {dstr(inv.issue, 'nl')}", f"{n6}", f"Fact {full} /klant {kd}"])
    if lang == "pl":
        return ref_text(inv, lang, "elixir")
    if lang == "cs":
        return R.choice([f"Úhrada faktury č. {n6}", f"fa {n6}", f"Faktura {full}", f"UHRADA FA {n6}"])
    return R.choice([f"Invoice {full}", f"INV {n6}", f"Payment for invoice no. {n6}", f"Inv. {full} cust {kd}"])


def ref_lang(c, cur):
    """language of a customer's bank text: local language, English for cross-border EUR from PL/CZ/CH"""
    if cur == "EUR" and c.country in ("PL", "CZ") and R.random() < 0.5:
        return "en"
    return c.lang


def single_ref(inv, cur=None):
    c = inv.cust
    cur = cur or inv.cur
    if c.country == "CH" and inv.cur == "CHF" and R.random() < 0.6:
        return qr_ref(inv.num), None
    if c.country == "BE" and R.random() < 0.4:
        return ogm(inv.num), None
    if c.country == "CZ" and inv.cur == "CZK":
        return ref_text(inv, "cs", "vs"), None
    if c.country == "PL" and inv.cur == "PLN" and R.random() < 0.3:
        return ref_text(inv, "pl", "mpp"), None
    if c.country in ("DE", "AT", "NL", "FR", "LU") and R.random() < 0.1:
        return rf_ref(inv.num), None
    return ref_text(inv, ref_lang(c, cur)), None


# ---------------------------------------------------------------------------- remittance advice
ADV_HEAD = {"de": "Zahlungsavis", "fr": "Avis de paiement", "nl": "Betalingsspecificatie",
            "pl": "Awizo płatności", "cs": "Avízo platby", "en": "Remittance advice"}
ADV_LINE = {"de": "Rechnung {no} vom {d}  {a} {cur}", "fr": "Facture {no} du {d} : {a} {cur}",
            "nl": "Factuur {no} d.d. {d}  {cur} {a}", "pl": "FV {no} z dnia {d} – {a} {cur}",
            "cs": "Faktura {no} ze dne {d} – {a} {cur}", "en": "Invoice {no} dated {d}  {cur} {a}"}
ADV_SUM = {"de": "Summe: {a} {cur}", "fr": "Total : {a} {cur}", "nl": "Totaal {cur} {a}",
           "pl": "Razem: {a} {cur}", "cs": "Celkem: {a} {cur}", "en": "Total {cur} {a}"}


def advice(invs, lang, cur, amounts=None, extra_lines=(), total=None, style=None, line_suffix=None):
    style = style or {"de": "de", "fr": "fr", "nl": "nl", "pl": "pl", "cs": "cs"}.get(lang, "en")
    cw = CUR_WORD[cur] if lang in ("pl", "cs") else cur
    lines = [f"{ADV_HEAD[lang]} {R.randint(100, 999)}/2025"]
    for k, i in enumerate(invs):
        a = amounts[k] if amounts else BAL[i.id]
        no = R.choice([i.number, str(i.num)]) if R.random() < 0.3 else i.number
        ln = ADV_LINE[lang].format(no=no, d=dstr(i.issue, lang), a=fmt_local(a, style), cur=cw)
        if line_suffix and i.id in line_suffix:
            ln += line_suffix[i.id]
        lines.append(ln)
    lines += list(extra_lines)
    if total is not None:
        lines.append(ADV_SUM[lang].format(a=fmt_local(total, style), cur=cw))
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# payment construction
# ----------------------------------------------------------------------------
class Skip(Exception):
    pass


def mk(amount, cur, payer, cid, ref, rem, status, apps=(), unapplied=None, short=None, cands=(), reason="",
       scen="", note=""):
    apps = [(i.id if isinstance(i, Inv) else i, a) for i, a in apps]
    if unapplied is None:
        unapplied = amount - sum(a for _, a in apps)
    pay = {"amount": money(amount), "currency": cur, "payer_name": payer, "customer_id": cid,
           "reference": ref, "remittance": rem}
    lab = {"status": status, "applications": [{"invoice_id": i, "amount": money(a)} for i, a in apps],
           "unapplied": money(unapplied), "short_pay": short, "candidates": [list(s) for s in cands],
           "reason": reason, "scenario": scen, "note": note}
    if ref is not None:
        assert len(ref) <= 140, ref
    return pay, lab, apps


def due_key(i):
    return (i.due, i.num)


def pick(pool):
    if not pool:
        raise Skip()
    return R.choice(pool)


def cust_pool(countries=None, cur=None, min_open=1, max_open=99, seg=None, pred=None):
    out = []
    for c in CUSTS:
        if countries and c.country not in countries:
            continue
        if seg and c.segment not in seg:
            continue
        curs = [cur] if cur else [c.primary] + ([c.second] if c.second else [])
        for cu in curs:
            if cu not in (c.primary, c.second):
                continue
            n = len(open_invs(c, cu))
            if min_open <= n <= max_open and (pred is None or pred(c, cu)):
                out.append((c, cu))
    return out


def no_extra_subset(c, cur, amount, chosen):
    """the chosen set is the only subset of the customer's open invoices summing to amount"""
    vals = [BAL[i.id] for i in all_open(c, cur)]
    return subset_count(vals, amount) == 1


def singles_equal(c, cur, amount, exclude=()):
    return [i for i in all_open(c, cur) if BAL[i.id] == amount and i.id not in exclude]


# ---------------------------------------------------------------------------- scenario generators
def g_exact_ref(date, channel):
    if channel == "sepa":
        c, cur = pick(cust_pool(["DE", "AT", "NL", "LU", "FR", "BE"], "EUR"))
    elif channel == "rf":
        c, cur = pick(cust_pool(["DE", "AT", "NL", "LU", "FR"], "EUR"))
    elif channel == "qr":
        c, cur = pick(cust_pool(["CH"], "CHF"))
    elif channel == "ogm":
        c, cur = pick(cust_pool(["BE"], "EUR"))
    elif channel == "elixir":
        c, cur = pick(cust_pool(["PL"], "PLN"))
    elif channel == "vs":
        c, cur = pick(cust_pool(["CZ"], "CZK"))
    elif channel == "dd":
        c, cur = pick(cust_pool(["DE", "AT", "NL", "LU", "BE"], "EUR"))
    elif channel == "lcr":
        c, cur = pick(cust_pool(["FR"], "EUR"))
    elif channel == "eur_foreign":
        c, cur = pick(cust_pool(["PL", "CZ", "CH"], "EUR"))
    inv = pick(open_invs(c, cur))
    amt = BAL[inv.id]
    cid = c.id if R.random() < 0.75 or channel == "dd" else None
    payer = payer_default(c)
    rem = None
    if channel == "sepa":
        ref = ref_text(inv, c.lang)
    elif channel == "qr":
        ref = qr_ref(inv.num)
        if R.random() < 0.3:
            rem = R.choice([f"Rechnung {inv.num}", f"Facture {inv.number}", "Danke"])
            if rem == "Danke":
                rem = None
    elif channel == "elixir":
        ref = ref_text(inv, "pl", R.choice(["elixir", "elixir", "mpp"]))
    elif channel == "lcr":
        if R.random() < 0.5:
            ref = ref_text(inv, "fr", "lcr")
        else:
            ref = f"REMISE CHEQUE N {R.randint(1000000, 9999999)}"
            rem = R.choice([f"Règlement de la facture {inv.number}", f"Chèque pour facture n° {inv.num}"])
            cid = c.id
    elif channel == "eur_foreign":
        ref = ref_text(inv, ref_lang(c, cur))
    else:
        ref = ref_text(inv, c.lang, channel)
    spelled = {"sepa": "bank text", "rf": "RF creditor reference", "qr": "Swiss QR reference",
               "ogm": "Belgian structured communication", "elixir": "Elixir/MPP transfer text",
               "vs": "variabilní symbol", "dd": "SEPA direct-debit collection", "lcr": "LCR / cheque",
               "eur_foreign": "EUR transfer from abroad"}[channel]
    return mk(amt, cur, payer, cid, ref, rem, "applied", [(inv, amt)],
              reason=f"reference names {inv.number}, amount equals its balance",
              scen=f"exact_ref_{channel}", note=f"{spelled}; exact balance")


def g_exact_partpaid(date):
    pool = [(c, cu) for c, cu in cust_pool() if any(i.balance < i.total and BAL[i.id] == i.balance
                                                    for i in open_invs(c, cu))]
    c, cur = pick(pool)
    inv = pick([i for i in open_invs(c, cur) if i.balance < i.total and BAL[i.id] == i.balance])
    amt = BAL[inv.id]
    ref, rem = single_ref(inv, cur)
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "applied", [(inv, amt)],
              reason=f"reference names {inv.number}, amount equals its remaining balance",
              scen="exact_ref_part_paid_invoice",
              note=f"invoice was already part-paid (total {money(inv.total)}); payment clears the rest")


def g_cod_full(date):
    c, cur = pick(cust_pool(["DE", "AT"], "EUR", seg=("garage", "retailer")))
    inv = pick([i for i in open_invs(c, cur) if BAL[i.id] < 150000])
    amt = BAL[inv.id]
    track = "".join(str(R.randint(0, 9)) for _ in range(14))
    ref = f"NN-AUSZAHLUNG SENDUNG {track} {R.choice([inv.number, 'RE ' + str(inv.num)])}"
    rem = f"Nachnahme {fmt_local(amt, 'de')} EUR, Nachnahmeentgelt wird separat berechnet"
    return mk(amt, cur, "TRANS-KURIER PAKETDIENST GMBH", None, ref, rem, "applied", [(inv, amt)],
              reason=f"carrier pays the cash-on-delivery amount of {inv.number} in full",
              scen="cod_collection_full", note="carrier payout, customer_id null; reference and exact amount")


def g_same_amount_ref(date):
    pool = []
    for c in CUSTS:
        for cu in (c.primary,):
            cnt = Counter(BAL[i.id] for i in all_open(c, cu))
            groups = [a for a, k in cnt.items() if k >= 3]
            if groups:
                pool.append((c, cu, groups))
    c, cur, groups = pick(pool)
    amt = R.choice(groups)
    inv = pick(singles_equal(c, cur, amt))
    ref = ref_text(inv, c.lang if c.country not in ("CZ",) else "cs",
                   "vs" if c.country == "CZ" else ("elixir" if c.country == "PL" else "sepa"))
    if c.country == "CH":
        ref = R.choice([qr_ref(inv.num), f"Rechnung {inv.num}"])
    return mk(amt, cur, payer_default(c), c.id, ref, None, "applied", [(inv, amt)],
              reason=f"several open invoices share this amount; the reference names {inv.number}",
              scen="same_amount_reference_disambiguates",
              note="recurring contract invoices with equal amounts; reference decides")


def g_multi_listed(date):
    c, cur = pick(cust_pool(min_open=3))
    k = R.choice([2, 2, 3, 3, 4, 5])
    opens = open_invs(c, cur)
    if len(opens) < k:
        raise Skip()
    chosen = sorted(R.sample(opens, k), key=lambda i: i.num)
    amt = sum(BAL[i.id] for i in chosen)
    lang = ref_lang(c, cur)
    cid = c.id if R.random() < 0.8 else None
    if R.random() < 0.35:
        # numbers in the bank text only
        if lang == "de":
            ref = "RE " + ", ".join(str(i.num) for i in chosen)
        elif lang == "fr":
            ref = "FACTURES " + " ".join(i.number for i in chosen)
        elif lang == "cs":
            ref = "fa " + ", ".join(str(i.num) for i in chosen)
        elif lang == "pl":
            ref = "FV " + " ".join(str(i.num) for i in chosen)
        else:
            ref = "Inv " + " ".join(str(i.num) for i in chosen)
        if len(ref) > 140:
            raise Skip()
        rem = None
    else:
        ref = {"de": "Sammelzahlung lt. Avis", "fr": "Règlement groupé, voir avis", "nl": "Zie specificatie",
               "pl": "Zapłata zbiorcza wg awizo", "cs": "Hromadná úhrada dle avíza",
               "en": "Payment as per advice"}[lang]
        rem = advice(chosen, lang, cur, total=amt, style="ch" if c.country == "CH" else None)
    return mk(amt, cur, payer_default(c), cid, ref, rem, "applied", [(i, BAL[i.id]) for i in chosen],
              reason=f"{k} invoices listed, amount equals their sum", scen="multi_invoice_listed",
              note=f"{k} invoices named in {'bank text' if rem is None else 'remittance advice'}")


SETTLERS = [("KFZ-TEILE EINKAUFSRING EG ZENTRALREGULIERUNG", "de", ("DE",)),
            ("AUTOPARTNER VERBUND GMBH", "de", ("DE", "AT")),
            ("Meridian Factoring GmbH", "de", ("DE", "AT")),
            ("Alpenländische Factor AG", "de", ("AT",))]


def g_central(date):
    name, lang, countries = R.choice(SETTLERS)
    pool = [i for i in open_invs(cur="EUR") if i.cust.country in countries and i.cust.segment != "dealer_group"]
    k = R.choice([3, 4, 5, 6])
    chosen = []
    seen = set()
    R.shuffle(pool)
    for i in pool:
        if i.cust.id not in seen:
            chosen.append(i)
            seen.add(i.cust.id)
        if len(chosen) == k:
            break
    if len(chosen) < 3:
        raise Skip()
    chosen.sort(key=lambda i: i.num)
    amt = sum(BAL[i.id] for i in chosen)
    lines = [f"Regulierungsliste {R.randint(10, 52)}/2025"]
    for i in chosen:
        lines.append(f"Mitglied {i.cust.kd} {i.cust.name}  {i.number}  {fmt_local(BAL[i.id], 'de')} EUR")
    lines.append(f"Auszahlungsbetrag {fmt_local(amt, 'de')} EUR")
    ref = f"ZR-ABRECHNUNG {R.randint(10, 52)}/2025 LT. AVIS"
    return mk(amt, "EUR", name, None, ref, "\n".join(lines), "applied", [(i, BAL[i.id]) for i in chosen],
              reason="central settlement / factor pays listed invoices of several members; sum exact",
              scen="central_settlement_multi_customer",
              note=f"{len(chosen)} invoices of {len(chosen)} different customers in one payment")


def g_multi_unlisted(date):
    c, cur = pick(cust_pool(min_open=3, max_open=22))
    opens = open_invs(c, cur)
    k = R.choice([2, 2, 3])
    chosen = sorted(R.sample(opens, k), key=lambda i: i.num)
    amt = sum(BAL[i.id] for i in chosen)
    if not no_extra_subset(c, cur, amt, chosen):
        raise Skip()
    ref = R.choice([None, {"de": "Ausgleich offene Posten", "fr": "Règlement relevé", "nl": "Betaling openstaande posten",
                           "pl": "Zapłata za faktury", "cs": "Úhrada faktur", "en": "Payment open items"}[c.lang]])
    return mk(amt, cur, payer_default(c), c.id, ref, None, "applied", [(i, BAL[i.id]) for i in chosen],
              reason=f"no invoice named; amount is the sum of exactly one set of the customer's open invoices ({k})",
              scen="multi_invoice_unlisted_exact_sum", note="known customer, unique subset sum")


def g_single_amount_only(date):
    c, cur = pick(cust_pool(min_open=1, max_open=22))
    inv = pick(open_invs(c, cur))
    amt = BAL[inv.id]
    if not no_extra_subset(c, cur, amt, [inv]):
        raise Skip()
    ref = R.choice([None, {"de": "Zahlung", "fr": "Virement", "nl": "Betaling", "pl": "Przelew",
                           "cs": "Platba", "en": "Payment"}[c.lang], "Kunde " + str(c.kd)])
    return mk(amt, cur, payer_default(c), c.id, ref, None, "applied", [(inv, amt)],
              reason=f"no invoice named; amount matches only {inv.number} among the customer's open items",
              scen="single_invoice_amount_only", note="known customer, unique exact amount")


def truncate_ref(c, cur, chosen_pool, need_match=True):
    """build a 140-char reference that cuts the last invoice number"""
    for _ in range(300):
        k = R.randint(3, 8)
        if len(chosen_pool) < k:
            continue
        chosen = sorted(R.sample(chosen_pool, k), key=lambda i: i.num)
        style = R.choice(["RE {n}", "RG {n}", "RE-{n}", "Re.{n}", "RE {n} v. {d}"])
        head = R.choice([f"SAMMELZAHLUNG KD {c.kd} ", f"SVWZ+Kunde {c.kd} Zahlung ", f"Ueberweisung {c.kd} ",
                         f"KUNDENNR {c.kd} ZAHLUNG FUER ", ""])
        toks = [style.format(n=i.num, d=i.issue.strftime("%d.%m.%y")) for i in chosen]
        s = head + " ".join(toks) + " DANKE"
        if len(s) <= 141:
            continue
        # find token covering index 140
        pos = len(head)
        for t_idx, t in enumerate(toks):
            start, end = pos, pos + len(t)
            if start <= 139 < end:
                break
            pos = end + 1
        else:
            continue
        numpos = toks[t_idx].find(str(chosen[t_idx].num))
        digits_kept = 140 - (start + numpos)
        if not (3 <= digits_kept <= 5):
            continue
        if t_idx == 0:
            continue
        return s[:140], chosen[:t_idx], chosen[t_idx], str(chosen[t_idx].num)[:digits_kept]
    raise Skip()


def g_truncated(date, review=False):
    c, cur = pick(cust_pool(["DE", "AT"], "EUR", min_open=6))
    opens = open_invs(c, cur)
    ref, listed, cut, partial = truncate_ref(c, cur, opens)
    comps = [i for i in all_open(c, cur) if str(i.num).startswith(partial) and i not in listed]
    lsum = sum(BAL[i.id] for i in listed)
    if not review:
        amt = lsum + BAL[cut.id]
        if [i for i in comps if lsum + BAL[i.id] == amt] != [cut]:
            raise Skip()
        apps = [(i, BAL[i.id]) for i in listed + [cut]]
        return mk(amt, cur, payer_default(c), c.id, ref, None, "applied", apps,
                  reason=f"bank text cut at 140 characters after '{partial}'; only {cut.number} completes the sum",
                  scen="truncated_reference_140", note=f"{len(listed)} full numbers + cut number {partial}…")
    short = R.choice([3500, 5000, 12000, 2490, 7520])
    amt = lsum + BAL[cut.id] - short
    if any(lsum + BAL[i.id] == amt for i in comps) or amt <= lsum:
        raise Skip()
    comps.sort(key=lambda i: (abs(amt - lsum - BAL[i.id]), i.due, i.num))
    cands = [sorted([x.id for x in listed + [i]], key=lambda x: due_key(INV_BY_ID[x])) for i in comps]
    return mk(amt, cur, payer_default(c), c.id, ref, None, "review", [], unapplied=amt, cands=cands,
              reason="bank text cut at 140 characters and the amount does not reconcile with any completion",
              scen="truncated_reference_140_unreconciled",
              note=f"listed {len(listed)} + cut '{partial}'; short by {money(short)} without explanation")


PART_KW = {"de": ["Teilzahlung zu {r}", "1. Rate {r}", "Ratenzahlung {r} lt. Vereinbarung", "Anzahlung auf {r}"],
           "fr": ["Acompte facture {r}", "Paiement partiel {r}", "1er versement facture {r}"],
           "nl": ["Deelbetaling factuur {r}", "Gedeeltelijke betaling {r}"],
           "pl": ["Wpłata częściowa FV {r}", "Rata 1 FV {r}"],
           "cs": ["Částečná úhrada fa {r}", "Splátka fa {r}"],
           "en": ["Part payment invoice {r}", "Instalment 1 of 3 inv {r}"]}


def g_part_payment(date):
    c, cur = pick(cust_pool())
    inv = pick([i for i in open_invs(c, cur) if BAL[i.id] >= 40000])
    b = BAL[inv.id]
    frac = R.choice([0.25, 0.3, 1 / 3, 0.4, 0.5, 0.5, 0.6])
    amt = int(b * frac)
    if R.random() < 0.5:
        unit = 10000 if cur != "CZK" else 100000
        amt = max(unit, (amt // unit) * unit)
    if cur == "CZK":
        amt = amt // 100 * 100
    if not (0 < amt < b) or singles_equal(c, cur, amt) or subset_count([BAL[i.id] for i in all_open(c, cur)], amt):
        raise Skip()
    lang = ref_lang(c, cur)
    ref = R.choice(PART_KW[lang]).format(r=R.choice([inv.number, str(inv.num)]))
    return mk(amt, cur, payer_default(c), c.id, ref, None, "partial", [(inv, amt)],
              reason=f"stated part payment of {inv.number}; balance stays open",
              scen="part_payment_stated", note=f"pays {money(amt)} of {money(b)}")


DED = {
    "skonto": {"de": "abzgl. {p} % Skonto{a}", "fr": "moins escompte {p} %{a}", "nl": "minus {p}% korting voor snelle betaling{a}",
               "pl": "potrącono {p}% skonta{a}", "cs": "odečteno skonto {p} %{a}", "en": "less {p}% early payment discount{a}"},
    "bank fee": {"de": "abzgl. Bankspesen {a}", "fr": "moins frais bancaires {a}", "nl": "minus bankkosten {a}",
                 "pl": "minus opłaty bankowe {a}", "cs": "minus bankovní poplatky {a}", "en": "less bank charges {a}"},
    "retention": {"de": "Sicherheitseinbehalt {p} % bis Abnahme{a}", "fr": "retenue de garantie {p} %{a}",
                  "nl": "inhouding {p}% tot oplevering{a}", "pl": "zatrzymanie {p}% kaucji gwarancyjnej{a}",
                  "cs": "zádržné {p} % do převzetí{a}", "en": "retention {p}% until acceptance{a}"},
    "damaged goods": {"de": "abzgl. {a} für beschädigte Ware (Transportschaden LS {ls})",
                      "fr": "moins {a} marchandise endommagée (BL {ls})",
                      "nl": "minus {a} beschadigde goederen (pakbon {ls})",
                      "pl": "potrącenie {a} za uszkodzony towar (WZ {ls})",
                      "cs": "sraženo {a} za poškozené zboží (DL {ls})",
                      "en": "less {a} for damaged goods (delivery note {ls})"},
}


def g_short_stated(date, kind):
    if kind == "bank fee":
        c, cur = pick(cust_pool(["CH", "PL", "CZ"], "EUR") + cust_pool(["LU", "BE", "NL"], "EUR"))
    elif kind == "retention":
        c, cur = pick([(c, cu) for c, cu in cust_pool() if any(i.equipment for i in open_invs(c, cu))])
    else:
        c, cur = pick(cust_pool())
    pool = [i for i in open_invs(c, cur) if BAL[i.id] >= 15000]
    if kind == "retention":
        pool = [i for i in pool if i.equipment]
    if kind == "skonto":
        pool = [i for i in pool if BAL[i.id] == i.total]
    inv = pick(pool)
    b = BAL[inv.id]
    lang = ref_lang(c, cur)
    st = "ch" if c.country == "CH" else {"de": "de", "fr": "fr", "nl": "nl", "pl": "pl", "cs": "cs"}.get(lang, "en")
    cw = CUR_WORD[cur] if lang in ("pl", "cs") else cur
    p = None
    if kind == "skonto":
        p = R.choice([2, 2, 3])
        d = pct_of(b, p)
    elif kind == "retention":
        p = R.choice([5, 5, 10])
        d = pct_of(b, p)
    elif kind == "bank fee":
        d = R.choice([750, 1000, 1250, 1500, 2000, 2500])
    else:
        d = R.randint(1500, min(30000, b // 3))
        if cur == "CZK":
            d = R.randint(400, 8000) * 100
        elif cur == "PLN":
            d = d * 4
    if cur == "CZK" and kind in ("skonto", "retention"):
        if d % 100:
            raise Skip()
    amt = b - d
    if amt <= 0 or singles_equal(c, cur, amt):
        raise Skip()
    a_txt = f"{fmt_local(d, st)} {cw}"
    show_amount = kind in ("bank fee", "damaged goods") or R.random() < 0.7
    a_part = f" ({a_txt})" if show_amount and kind in ("skonto", "retention") else ""
    tmpl = DED[kind][lang]
    ded = tmpl.format(p=p, a=a_part if kind in ("skonto", "retention") else a_txt, ls=R.randint(8000000, 8999999))
    refn = R.choice([inv.number, str(inv.num)])
    if R.random() < 0.5:
        if refn == inv.number:
            ref = f"{refn} {ded}"
        else:
            ref = {"de": f"RE {refn} {ded}", "fr": f"Facture {refn} {ded}", "nl": f"Factuur {refn} {ded}",
                   "pl": f"FV {refn} {ded}", "cs": f"fa {refn} {ded}", "en": f"Inv {refn} {ded}"}[lang]
        rem = None
        if len(ref) > 140:
            raise Skip()
    else:
        ref = ref_text(inv, lang) if c.country not in ("CH", "CZ") else (
            qr_ref(inv.num) if cur == "CHF" else (ref_text(inv, "cs", "vs") if cur == "CZK" else ref_text(inv, lang)))
        rem = advice([inv], lang, cur, amounts=[b], extra_lines=[ded[0].upper() + ded[1:]], total=amt, style=st)
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "partial", [(inv, amt)],
              short={"invoice_id": inv.id, "amount": money(d), "reason": kind},
              reason=f"{inv.number} paid less a stated deduction ({kind})",
              scen=f"short_pay_{kind.replace(' ', '_')}", note=f"deduction {money(d)} stated")


CARRIERS = {"DE": ("TRANS-KURIER PAKETDIENST GMBH", "de", 690), "AT": ("TRANS-KURIER PAKETDIENST GMBH", "de", 590),
            "PL": ("KURIER EXPRES POLSKA SP. Z O.O.", "pl", 1200), "CZ": ("BALIKOVA SLUZBA MORAVA S.R.O.", "cs", 4500),
            "FR": ("COLIS RAPIDE SAS", "fr", 650)}


def g_cod_fee(date):
    c, cur = pick([(c, cu) for c, cu in cust_pool(list(CARRIERS)) if cu == c.primary and c.segment != "dealer_group"])
    inv = pick([i for i in open_invs(c, cur) if 3000 <= BAL[i.id] <= (150000 if cur != "CZK" else 4000000)
                and BAL[i.id] == i.total])
    name, lang, fee = CARRIERS[c.country]
    b = BAL[inv.id]
    amt = b - fee
    st = {"de": "de", "pl": "pl", "cs": "cs", "fr": "fr"}[lang]
    cw = CUR_WORD[cur] if lang in ("pl", "cs") else cur
    track = "".join(str(R.randint(0, 9)) for _ in range(14))
    if lang == "de":
        ref = f"NN-AUSZAHLUNG SENDUNG {track} {inv.number}"
        rem = f"Nachnahmebetrag {fmt_local(b, st)} {cw} abzgl. NN-Gebühr {fmt_local(fee, st)} {cw} = {fmt_local(amt, st)} {cw}"
    elif lang == "pl":
        ref = f"POBRANIE PRZESYLKA {track} {inv.number}"
        rem = f"Kwota pobrania {fmt_local(b, st)} {cw}, potrącona opłata za pobranie {fmt_local(fee, st)} {cw}"
    elif lang == "cs":
        ref = f"DOBIRKA ZASILKA {track} VS {inv.num}"
        rem = f"Dobírková částka {fmt_local(b, st)} {cw}, poplatek za dobírku {fmt_local(fee, st)} {cw}"
    else:
        ref = f"CONTRE-REMBOURSEMENT COLIS {track} FACT {inv.num}"
        rem = f"Montant contre-remboursement {fmt_local(b, st)} {cw}, frais CRBT {fmt_local(fee, st)} {cw} déduits"
    return mk(amt, cur, name, None, ref, rem, "partial", [(inv, amt)],
              short={"invoice_id": inv.id, "amount": money(fee), "reason": "carrier COD fee"},
              reason=f"carrier pays cash-on-delivery for {inv.number} net of its fee",
              scen="cod_collection_net_of_fee", note="gross amount and fee stated by the carrier")


FX_TXT = {"de": ["Überweisung aus CHF-Konto, Kursdifferenz", "Kursdifferenz bitte ausbuchen"],
          "pl": ["przelew z rachunku PLN, różnica kursowa", "różnica kursowa przy przewalutowaniu"],
          "cs": ["platba z účtu v CZK, kurzový rozdíl", "kurzový rozdíl banky"],
          "fr": ["virement depuis compte CHF, différence de change"],
          "en": ["paid from local currency account, exchange difference", "FX conversion difference"]}


def g_fx_short(date):
    c, cur = pick(cust_pool(["CH", "PL", "CZ"], "EUR"))
    inv = pick([i for i in open_invs(c, cur) if BAL[i.id] >= 20000])
    b = BAL[inv.id]
    d = max(37, int(b * R.uniform(0.002, 0.015)))
    amt = b - d
    lang = c.lang if R.random() < 0.6 else "en"
    txt = R.choice(FX_TXT[lang])
    ref = ref_text(inv, lang if lang != "cs" else "cs")
    if c.country == "CZ":
        ref = R.choice([f"Faktura {inv.number}", f"INV {inv.num}"])
    rem = f"{txt}" if R.random() < 0.5 else None
    if rem is None:
        ref = (ref + " " + txt)
        if len(ref) > 140:
            raise Skip()
    if singles_equal(c, cur, amt):
        raise Skip()
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "partial", [(inv, amt)],
              short={"invoice_id": inv.id, "amount": money(d), "reason": "fx difference"},
              reason=f"{inv.number} paid in EUR from a local-currency account; stated exchange difference",
              scen="fx_shortfall", note=f"short by {money(d)} ({d * 100 / b:.2f}%)")


def g_unexplained_ref(date):
    c, cur = pick(cust_pool())
    inv = pick([i for i in open_invs(c, cur) if BAL[i.id] >= 10000])
    b = BAL[inv.id]
    d = R.choice([int(b * R.uniform(0.003, 0.02)), int(b * R.uniform(0.05, 0.3)), R.choice([1000, 2000, 5000])])
    if cur == "CZK":
        d = max(100, d // 100 * 100)
    amt = b - d
    if amt <= 0 or d <= 0:
        raise Skip()
    vals = [BAL[i.id] for i in all_open(c, cur)]
    if singles_equal(c, cur, amt) or subset_count(vals, amt):
        raise Skip()
    ref, rem = single_ref(inv, cur)
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "partial", [(inv, amt)],
              short={"invoice_id": inv.id, "amount": money(d), "reason": "unexplained shortfall"},
              reason=f"reference names {inv.number}; amount short without explanation",
              scen="short_pay_unexplained", note=f"short by {money(d)}, nothing stated")


def g_near_miss(date):
    c, cur = pick(cust_pool(min_open=1, max_open=22))
    inv = pick([i for i in open_invs(c, cur) if BAL[i.id] >= 10000])
    b = BAL[inv.id]
    d = max(1, int(b * R.uniform(0.002, 0.018)))
    if cur == "CZK":
        d = max(100, d // 100 * 100)
    amt = b - d
    vals = [BAL[i.id] for i in all_open(c, cur)]
    if subset_count(vals, amt):
        raise Skip()
    near = [i for i in all_open(c, cur) if abs(BAL[i.id] - amt) * 100 <= 2 * BAL[i.id]]
    near.sort(key=lambda i: (abs(BAL[i.id] - amt), i.due, i.num))
    ref = R.choice([None, {"de": "Zahlung", "fr": "Virement", "nl": "Betaling", "pl": "Przelew", "cs": "Platba",
                           "en": "Payment"}[c.lang]])
    return mk(amt, cur, payer_default(c), c.id, ref, None, "review", [], unapplied=amt,
              cands=[[i.id] for i in near],
              reason="no invoice named; amount is close to but not equal to an open invoice",
              scen="near_amount_no_reference", note=f"within 2% of {inv.number} (short {money(d)})")


def g_overpay(date, kind):
    if kind == "part_paid_total":
        pool = [(c, cu) for c, cu in cust_pool() if any(i.balance < i.total and BAL[i.id] == i.balance
                                                        for i in open_invs(c, cu))]
        c, cur = pick(pool)
        inv = pick([i for i in open_invs(c, cur) if i.balance < i.total and BAL[i.id] == i.balance])
        chosen = [inv]
        amt = inv.total
        note = f"customer paid the original total {money(inv.total)}; invoice was already part-paid"
    elif kind == "multi":
        c, cur = pick(cust_pool(min_open=3))
        chosen = sorted(R.sample(open_invs(c, cur), 2), key=lambda i: i.num)
        extra = R.choice([5000, 10000, 2550, 1999, 30000])
        amt = sum(BAL[i.id] for i in chosen) + extra
        note = f"two listed invoices, paid {money(extra)} too much"
    else:
        c, cur = pick(cust_pool())
        inv = pick(open_invs(c, cur))
        chosen = [inv]
        b = BAL[inv.id]
        unit = 10000 if cur != "CZK" else 100000
        amt = ((b // unit) + 1) * unit if R.random() < 0.5 else b + R.choice([1000, 4500, 12000, 100])
        if cur == "CZK":
            amt = (amt + 99) // 100 * 100
        note = f"overpaid by {money(amt - b)}"
    s = sum(BAL[i.id] for i in chosen)
    rest = [BAL[i.id] for i in all_open(c, cur) if i not in chosen]
    if amt <= s or subset_count(rest, amt - s):
        raise Skip()
    lang = ref_lang(c, cur)
    if len(chosen) == 1:
        ref, rem = single_ref(chosen[0], cur)
    else:
        ref = {"de": "Sammelzahlung lt. Avis", "fr": "Règlement groupé", "nl": "Zie specificatie",
               "pl": "Zapłata zbiorcza", "cs": "Hromadná úhrada", "en": "Payment as per advice"}[lang]
        rem = advice(chosen, lang, cur, total=amt, amounts=[BAL[chosen[0].id], BAL[chosen[1].id] + amt - s])
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "unapplied", [(i, BAL[i.id]) for i in chosen],
              reason="named invoices cleared; the excess is held as unapplied cash on the account",
              scen=f"overpayment_{kind}", note=note)


def g_duplicate(date):
    pool = [iid for iid, (amt, cidg) in PAID_HISTORY.items() if cidg]
    iid = pick(pool)
    inv = INV_BY_ID[iid]
    amt, _ = PAID_HISTORY[iid]
    c, cur = inv.cust, inv.cur
    if singles_equal(c, cur, amt) or subset_count([BAL[i.id] for i in all_open(c, cur)], amt):
        raise Skip()
    ref, rem = single_ref(inv, cur)
    del PAID_HISTORY[iid]
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "unapplied", [], unapplied=amt,
              reason=f"{inv.number} was already paid by an earlier payment in this batch; held on account",
              scen="duplicate_payment", note="second payment of an already-paid invoice")


def alias(c, kind):
    if kind == "trading":
        return c.trading
    if kind == "parent":
        return c.parent
    if kind == "person":
        if not c.owner:
            return None
        f, s = c.owner.split(" ", 1)
        return R.choice([c.owner, bank_upper(c.owner), f"{f[0]}. {s}", bank_upper(f"{s} {f}")])
    if kind == "translit":
        b = bank_upper(c.name)
        if b == c.name.upper():
            return None
        return b.replace(".", "").replace("&", "+") if R.random() < 0.5 else b
    if kind == "truncated":
        b = bank_upper(c.name)
        cuts = [k for k in (22, 24, 27) if k < len(b) - 2]
        if not cuts:
            return None
        return b[:R.choice(cuts)].rstrip()
    return None


def g_payer_alias(date, kind):
    if kind == "factoring":
        c, cur = pick(cust_pool(seg=("dealer_group", "fleet", "retailer")))
        payer = R.choice({"PL": ["Faktoring Wisła S.A."], "CZ": ["Factorem CZ a.s."]}.get(
            c.country, ["Meridian Factoring GmbH", "Rheinland Forderungsmanagement AG"]))
    else:
        pool = [(c, cu) for c, cu in cust_pool() if alias(c, kind)]
        c, cur = pick(pool)
        payer = alias(c, kind)
    who = identify(payer)
    if who is not None and who is not c:
        raise Skip()
    inv = pick(open_invs(c, cur))
    amt = BAL[inv.id]
    ref, rem = single_ref(inv, cur)
    if kind == "factoring":
        rem = {"de": f"Zahlung im Auftrag unseres Kunden {c.name}", "pl": f"Płatność w imieniu klienta {c.name}",
               "cs": f"Platba za klienta {c.name}", "fr": f"Paiement pour le compte de {c.name}",
               "nl": f"Betaling namens {c.name}", "en": f"Payment on behalf of {c.name}"}[c.lang]
    return mk(amt, cur, payer, None, ref, rem, "applied", [(inv, amt)],
              reason=f"payer differs from the customer but the reference names {inv.number} and the amount is exact",
              scen=f"payer_{kind}_with_reference", note=f"payer '{payer}' for customer '{c.name}'")


def g_name_only(date, kind):
    pool = [(c, cu) for c, cu in cust_pool(max_open=22) if alias(c, kind)]
    c, cur = pick(pool)
    payer = alias(c, kind)
    who = identify(payer)
    inv = pick(open_invs(c, cur))
    amt = BAL[inv.id]
    ref = R.choice([None, {"de": "Zahlung", "fr": "Virement", "nl": "Betaling", "pl": "Przelew", "cs": "Platba",
                           "en": "Payment"}[c.lang]])
    if kind in ("translit", "truncated"):
        if who is not c or not no_extra_subset(c, cur, amt, [inv]):
            raise Skip()
        if [i for i in open_invs(cur=cur, allow_rec=True) if BAL[i.id] == amt] != [inv]:
            raise Skip()
        return mk(amt, cur, payer, None, ref, None, "applied", [(inv, amt)],
                  reason=f"bank name '{payer}' is the customer's name ({kind}); amount matches only {inv.number}",
                  scen=f"payer_{kind}_no_reference", note="customer_id null; identified by name")
    if who is not None:
        raise Skip()
    cands = sorted([i for i in open_invs(cur=cur, allow_rec=True) if BAL[i.id] == amt], key=due_key)
    return mk(amt, cur, payer, None, ref, None, "review", [], unapplied=amt, cands=[[i.id] for i in cands],
              reason=f"payer '{payer}' is not a known customer name and nothing is referenced",
              scen=f"payer_{kind}_no_reference", note=f"probably {c.name} ({inv.number}), not certain")


def typo_of(n):
    s = str(n)
    for _ in range(50):
        if R.random() < 0.5:
            k = R.randint(1, len(s) - 2)
            t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        else:
            k = R.randint(2, len(s) - 1)
            t = s[:k] + str(R.randint(0, 9)) + s[k + 1:]
        if t != s:
            return int(t)
    return None


def g_typo(date, review=False, variant="a"):
    if not review:
        c, cur = pick(cust_pool())
        inv = pick(open_invs(c, cur))
        t = typo_of(inv.num)
        if t is None or t in BY_NUM:
            raise Skip()
        near = [i for i in all_open(c, cur) if near_number(t, i.num) and BAL[i.id] == BAL[inv.id]]
        if near != [inv] or not no_extra_subset(c, cur, BAL[inv.id], [inv]):
            raise Skip()
        fake = Inv()
        fake.num, fake.number, fake.cust, fake.issue, fake.due, fake.id = t, f"RE-{t:08d}", c, inv.issue, inv.due, inv.id
        ref = ref_text(fake, ref_lang(c, cur),
                       "vs" if cur == "CZK" else ("elixir" if cur == "PLN" else "sepa"))
        amt = BAL[inv.id]
        return mk(amt, cur, payer_default(c), c.id, ref, None, "applied", [(inv, amt)],
                  reason=f"reference {t} is no invoice; {inv.number} is one digit away and matches the amount exactly",
                  scen="typo_in_invoice_number", note=f"{inv.num} written as {t}")
    if variant == "a":
        pairs = []
        for c in CUSTS:
            for cu in (c.primary, c.second):
                if not cu:
                    continue
                op = open_invs(c, cu)
                for x in op:
                    for y in op:
                        if x is not y and near_number(x.num, y.num) and BAL[x.id] != BAL[y.id]:
                            pairs.append((c, cu, x, y))
        c, cur, x, y = pick(pairs)
        amt = BAL[x.id]
        t = y.num
        fake = y
        note = f"reference names {y.number} (balance {money(BAL[y.id])}) but amount equals {x.number}, one digit away"
    else:
        c, cur = pick(cust_pool())
        x = pick([i for i in open_invs(c, cur) if BAL[i.id] > 20000])
        t = typo_of(x.num)
        if t is None or t in BY_NUM:
            raise Skip()
        d = R.choice([1500, 2500, 10000, int(BAL[x.id] * 0.1)])
        amt = BAL[x.id] - d
        if subset_count([BAL[i.id] for i in all_open(c, cur)], amt):
            raise Skip()
        fake = Inv()
        fake.num, fake.number, fake.cust, fake.issue, fake.due, fake.id = t, f"RE-{t:08d}", c, x.issue, x.due, x.id
        note = f"reference {t} is no invoice; nearest {x.number} but amount short by {money(d)}"
    ref = ref_text(fake, ref_lang(c, cur), "vs" if cur == "CZK" else ("elixir" if cur == "PLN" else "sepa"))
    near = [i for i in all_open(c, cur) if near_number(t, i.num)]
    near.sort(key=lambda i: (BAL[i.id] != amt, i.due, i.num))
    return mk(amt, cur, payer_default(c), c.id, ref, None, "review", [], unapplied=amt,
              cands=[[i.id] for i in near],
              reason="reference and amount point to different invoices or to none",
              scen="typo_in_invoice_number_ambiguous", note=note)


def g_wrong_customer(date):
    a, cur = pick(cust_pool())
    others = [i for i in open_invs(cur=cur) if i.cust is not a and i.cust.country == a.country]
    b_inv = pick(others)
    amt = BAL[b_inv.id]
    via_name = R.random() < 0.35
    cid = None if via_name else a.id
    payer = a.name if via_name else payer_default(a)
    if identify(payer) is not a and via_name:
        raise Skip()
    ref, rem = single_ref(b_inv, cur)
    own = sorted(singles_equal(a, cur, amt), key=due_key)
    cands = [[b_inv.id]] + [[i.id] for i in own]
    return mk(amt, cur, payer, cid, ref, rem, "review", [], unapplied=amt, cands=cands,
              reason=f"reference names {b_inv.number} of another customer ({b_inv.cust.name})",
              scen="reference_to_other_customers_invoice",
              note=f"payer is {a.name}; invoice belongs to {b_inv.cust.name}")


def g_same_amount(date):
    pool = []
    for c in CUSTS:
        cu = c.primary
        cnt = Counter(BAL[i.id] for i in all_open(c, cu))
        for amt, k in cnt.items():
            if k >= 2 and subset_count([BAL[i.id] for i in all_open(c, cu)], amt, cap=9) == k:
                pool.append((c, cu, amt))
    c, cur, amt = pick(pool)
    cands = sorted(singles_equal(c, cur, amt), key=due_key)
    ref = R.choice([None, {"de": "Leasingrate Hebebühne", "fr": "Contrat maintenance", "nl": "Licentie diagnose",
                           "pl": "Abonament oprogramowanie", "cs": "Licence diagnostika", "en": "Subscription"}[c.lang],
                    "Kd " + str(c.kd)])
    return mk(amt, cur, payer_default(c), c.id, ref, None, "review", [], unapplied=amt,
              cands=[[i.id] for i in cands],
              reason=f"{len(cands)} open invoices have exactly this amount; nothing says which",
              scen="same_amount_several_invoices", note="recurring contract invoices, no reference")


def g_currency_mismatch(date):
    pool = [(c, cu) for c, cu in cust_pool(["CH", "PL", "CZ"]) if cu == c.primary and not c.second
            and not all_open(c, "EUR")]
    c, cur = pick(pool)
    inv = pick(open_invs(c, cur))
    eur = int(round(BAL[inv.id] * FX_TO_EUR[cur] * R.uniform(0.995, 1.0)))
    ref = R.choice([f"Invoice {inv.number}", f"RE {inv.num}", f"FV {inv.num}", f"Faktura {inv.num}",
                    f"Rechnung {inv.number} in EUR", f"Facture {inv.num}"])
    return mk(eur, "EUR", payer_default(c), c.id, ref, None, "review", [], unapplied=eur, cands=[],
              reason=f"paid in EUR; {inv.number} is in {cur}; cannot apply across currencies",
              scen="payment_currency_differs", note=f"{money(BAL[inv.id])} {cur} paid as {money(eur)} EUR")


def g_no_fit(date):
    c, cur = pick(cust_pool(min_open=1, max_open=22))
    opens = all_open(c, cur)
    unit = 100 if cur != "CZK" else 10000
    amt = R.choice([R.randint(50, 2000) * unit, R.randint(3000, 250000)])
    if cur == "CZK":
        amt = amt // 100 * 100
    if cur == "PLN":
        amt *= 4
    if subset_count([BAL[i.id] for i in opens], amt) or any(abs(BAL[i.id] - amt) * 100 <= 2 * BAL[i.id] for i in opens):
        raise Skip()
    ref = R.choice([None, {"de": "Vorauszahlung Bestellung 4500" + str(R.randint(100000, 999999)),
                           "fr": "Acompte sur commande CDE-" + str(R.randint(10000, 99999)),
                           "nl": "Vooruitbetaling order " + str(R.randint(10000, 99999)),
                           "pl": "Przedpłata zamówienie ZAM/" + str(R.randint(100, 999)) + "/2025",
                           "cs": "Záloha objednávka OBJ-" + str(R.randint(1000, 9999)),
                           "en": "Prepayment order PO-" + str(R.randint(10000, 99999))}[c.lang],
                    "Akonto", "Anzahlung Angebot AN-25-" + str(R.randint(1000, 9999))])
    return mk(amt, cur, payer_default(c), c.id, ref, None, "unapplied", [], unapplied=amt,
              reason="known customer; amount fits no open invoice or set of invoices; held on account",
              scen="known_customer_no_fit", note="prepayment / unexplained amount")


UNKNOWN = ["REGULIERUNGSBUERO WESER GMBH", "MAX HOLZNER", "J. KOWALSKA", "PETR HOLUB", "SARL DISTRIPNEU",
           "VERSICHERUNGSSERVICE NORD AG", "M. OU MME DURAND", "STICHTING AUTOHULP", "KARIN SEEBACHER",
           "HANDELSAGENTUR ORTMANN"]


def g_unknown(date):
    payer = R.choice(UNKNOWN)
    if identify(payer):
        raise Skip()
    cur = R.choice(["EUR", "EUR", "EUR", "CHF", "PLN", "CZK"])
    if R.random() < 0.25:
        inv = pick(open_invs(cur=cur))
        amt = BAL[inv.id]
    else:
        amt = R.randint(2000, 300000)
        if cur == "CZK":
            amt = amt * 25 // 100 * 100
    cands = sorted([i for i in open_invs(cur=cur, allow_rec=True) if BAL[i.id] == amt], key=due_key)
    ref = R.choice([None, "Zahlung", "Rechnung", "Überweisung", "Paiement", "Platba", "Zapłata"])
    return mk(amt, cur, payer, None, ref, None, "review", [], unapplied=amt, cands=[[i.id] for i in cands],
              reason="unknown payer, no customer id, nothing referenced",
              scen="unknown_payer", note="cannot tell which customer" + (" (amount matches an open invoice)" if cands else ""))


def g_multi_deduction(date):
    c, cur = pick(cust_pool(min_open=3))
    chosen = sorted(R.sample(open_invs(c, cur), R.choice([2, 3, 3])), key=lambda i: i.num)
    tgt = pick([i for i in chosen if BAL[i.id] >= 15000])
    lang = ref_lang(c, cur)
    st = "ch" if c.country == "CH" else {"de": "de", "fr": "fr", "nl": "nl", "pl": "pl", "cs": "cs"}.get(lang, "en")
    cw = CUR_WORD[cur] if lang in ("pl", "cs") else cur
    d = R.randint(1500, min(25000, BAL[tgt.id] // 3))
    if cur == "CZK":
        d = d // 100 * 100 + 1000
    kind = "damaged goods"
    ded = DED[kind][lang].format(a=f"{fmt_local(d, st)} {cw}", ls=R.randint(8000000, 8999999))
    amt = sum(BAL[i.id] for i in chosen) - d
    rem = advice(chosen, lang, cur, total=amt, style=st, line_suffix={tgt.id: "  " + ded})
    ref = {"de": "Zahlung lt. Avis", "fr": "Règlement selon avis", "nl": "Zie specificatie", "pl": "Zapłata wg awizo",
           "cs": "Úhrada dle avíza", "en": "Payment as per advice"}[lang]
    apps = [(i, BAL[i.id] - (d if i is tgt else 0)) for i in chosen]
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "partial", apps,
              short={"invoice_id": tgt.id, "amount": money(d), "reason": kind},
              reason=f"listed invoices paid; {tgt.number} reduced by a stated deduction",
              scen="multi_invoice_with_line_deduction", note=f"deduction {money(d)} on {tgt.number}")


def g_multi_unalloc(date):
    c, cur = pick(cust_pool(min_open=3))
    chosen = sorted(R.sample(open_invs(c, cur), R.choice([2, 3, 4])), key=lambda i: i.num)
    lang = ref_lang(c, cur)
    st = "ch" if c.country == "CH" else {"de": "de", "fr": "fr", "nl": "nl", "pl": "pl", "cs": "cs"}.get(lang, "en")
    cw = CUR_WORD[cur] if lang in ("pl", "cs") else cur
    s = sum(BAL[i.id] for i in chosen)
    d = R.randint(2000, max(2001, min(40000, s // 4)))
    if cur == "CZK":
        d = d // 100 * 100 + 1000
    gs = f"GS-2025-{R.randint(100, 999)}"
    line = {"de": f"abzgl. Gutschrift {gs}: -{fmt_local(d, st)} {cw}",
            "fr": f"moins avoir {gs} : -{fmt_local(d, st)} {cw}",
            "nl": f"minus creditnota {gs}: -{fmt_local(d, st)} {cw}",
            "pl": f"minus korekta {gs}: -{fmt_local(d, st)} {cw}",
            "cs": f"minus dobropis {gs}: -{fmt_local(d, st)} {cw}",
            "en": f"less credit note {gs}: -{fmt_local(d, st)} {cw}"}[lang]
    amt = s - d
    rem = advice(chosen, lang, cur, extra_lines=[line], total=amt, style=st)
    ref = {"de": "Zahlung lt. Avis", "fr": "Règlement selon avis", "nl": "Zie specificatie", "pl": "Zapłata wg awizo",
           "cs": "Úhrada dle avíza", "en": "Payment as per advice"}[lang]
    cand = sorted([i.id for i in chosen], key=lambda x: due_key(INV_BY_ID[x]))
    return mk(amt, cur, payer_default(c), c.id, ref, rem, "review", [], unapplied=amt, cands=[cand],
              reason="listed invoices less a credit note not in the open items and not allocated to a line",
              scen="multi_invoice_unallocated_deduction", note=f"credit note {gs} {money(d)} not allocated")


BAD = [("negative_dd_return", "negative amount"), ("negative_dd_return2", "negative amount"),
       ("german_amount_format", "non-numeric amount"), ("missing_currency", "missing currency"),
       ("invalid_currency", "invalid currency"), ("bad_date", "malformed date"), ("bad_date2", "malformed date")]


def g_bad(date, which):
    c, cur = pick(cust_pool(["DE", "AT"], "EUR"))
    inv = pick(open_invs(c, cur))
    b = BAL[inv.id]
    pay = {"amount": money(b), "currency": "EUR", "payer_name": payer_default(c), "customer_id": c.id,
           "reference": ref_text(inv, "de"), "remittance": None}
    err = dict(BAD)[which]
    if which.startswith("negative"):
        pay["amount"] = money(-b)
        pay["reference"] = R.choice([f"RUECKLASTSCHRIFT MD06 MREF RPD-M-{c.kd}-01 {inv.number}",
                                     f"R-TRANSAKTION AC04 KONTO ERLOSCHEN MREF RPD-M-{c.kd}-01 RE {inv.num}"])
    elif which == "german_amount_format":
        pay["amount"] = fmt_local(b, "de")
    elif which == "missing_currency":
        pay["currency"] = None
    elif which == "invalid_currency":
        pay["currency"] = "EURO"
    pay_date = date.isoformat()
    if which == "bad_date":
        pay_date = f"{date.year}-{date.month:02d}-31" if date.month in (4, 6) else f"{date.year}-02-30"
    elif which == "bad_date2":
        pay_date = date.strftime("%d.%m.%Y")
    lab = {"status": "review", "applications": [], "unapplied": None, "short_pay": None, "candidates": [],
           "reason": f"bad row: {err}", "scenario": f"bad_row_{which}", "note": "row cannot be processed",
           "error": err}
    return pay, lab, [], pay_date


# ----------------------------------------------------------------------------
INV_BY_ID = {i.id: i for i in INVS}

PLAN = [
    ("exact_sepa", 60), ("exact_rf", 10), ("exact_qr", 16), ("exact_ogm", 5), ("exact_elixir", 14),
    ("exact_vs", 14), ("exact_dd", 8), ("exact_lcr", 7), ("exact_eur_foreign", 6), ("cod_full", 4),
    ("partpaid", 6), ("same_amount_ref", 5),
    ("multi_listed", 22), ("central", 6), ("multi_unlisted", 10), ("truncated", 5), ("truncated_review", 2),
    ("multi_deduction", 5), ("multi_unalloc", 4),
    ("single_amount_only", 10), ("part_payment", 14),
    ("short_skonto", 10), ("short_bank", 6), ("short_retention", 4), ("short_damaged", 6), ("cod_fee", 6),
    ("unexplained_ref", 8), ("near_miss", 4), ("fx_short", 6),
    ("over_single", 7), ("over_partpaid", 3), ("over_multi", 2), ("duplicate", 8),
    ("alias_trading", 5), ("alias_parent", 5), ("alias_person", 4), ("alias_translit", 5), ("alias_truncated", 5),
    ("alias_factoring", 4),
    ("name_translit", 2), ("name_truncated", 2), ("name_trading", 2), ("name_person", 2), ("name_parent", 2),
    ("typo", 7), ("typo_review_a", 3), ("typo_review_b", 2), ("wrong_customer", 6), ("same_amount", 8),
    ("currency_mismatch", 8), ("no_fit", 10), ("unknown", 8), ("bad", 7),
]

GEN = {
    "exact_sepa": lambda d: g_exact_ref(d, "sepa"), "exact_rf": lambda d: g_exact_ref(d, "rf"),
    "exact_qr": lambda d: g_exact_ref(d, "qr"), "exact_ogm": lambda d: g_exact_ref(d, "ogm"),
    "exact_elixir": lambda d: g_exact_ref(d, "elixir"), "exact_vs": lambda d: g_exact_ref(d, "vs"),
    "exact_dd": lambda d: g_exact_ref(d, "dd"), "exact_lcr": lambda d: g_exact_ref(d, "lcr"),
    "exact_eur_foreign": lambda d: g_exact_ref(d, "eur_foreign"), "cod_full": g_cod_full,
    "partpaid": g_exact_partpaid, "same_amount_ref": g_same_amount_ref, "multi_listed": g_multi_listed,
    "central": g_central, "multi_unlisted": g_multi_unlisted, "truncated": g_truncated,
    "truncated_review": lambda d: g_truncated(d, True), "multi_deduction": g_multi_deduction,
    "multi_unalloc": g_multi_unalloc, "single_amount_only": g_single_amount_only, "part_payment": g_part_payment,
    "short_skonto": lambda d: g_short_stated(d, "skonto"), "short_bank": lambda d: g_short_stated(d, "bank fee"),
    "short_retention": lambda d: g_short_stated(d, "retention"),
    "short_damaged": lambda d: g_short_stated(d, "damaged goods"), "cod_fee": g_cod_fee,
    "unexplained_ref": g_unexplained_ref, "near_miss": g_near_miss, "fx_short": g_fx_short,
    "over_single": lambda d: g_overpay(d, "single"), "over_partpaid": lambda d: g_overpay(d, "part_paid_total"),
    "over_multi": lambda d: g_overpay(d, "multi"), "duplicate": g_duplicate,
    "alias_trading": lambda d: g_payer_alias(d, "trading"), "alias_parent": lambda d: g_payer_alias(d, "parent"),
    "alias_person": lambda d: g_payer_alias(d, "person"), "alias_translit": lambda d: g_payer_alias(d, "translit"),
    "alias_truncated": lambda d: g_payer_alias(d, "truncated"),
    "alias_factoring": lambda d: g_payer_alias(d, "factoring"),
    "name_translit": lambda d: g_name_only(d, "translit"), "name_truncated": lambda d: g_name_only(d, "truncated"),
    "name_trading": lambda d: g_name_only(d, "trading"), "name_person": lambda d: g_name_only(d, "person"),
    "name_parent": lambda d: g_name_only(d, "parent"),
    "typo": g_typo, "typo_review_a": lambda d: g_typo(d, True, "a"), "typo_review_b": lambda d: g_typo(d, True, "b"),
    "wrong_customer": g_wrong_customer, "same_amount": g_same_amount, "currency_mismatch": g_currency_mismatch,
    "no_fit": g_no_fit, "unknown": g_unknown,
}


def business_days(a, b):
    d = a
    out = []
    while d <= b:
        if d.weekday() < 5 and d not in (dt.date(2025, 4, 18), dt.date(2025, 4, 21), dt.date(2025, 5, 1),
                                         dt.date(2025, 5, 29)):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    plan = []
    for name, k in PLAN:
        plan += [name] * k
    assert len(plan) == 400, len(plan)
    late = [p for p in plan if p == "duplicate"]
    rest = [p for p in plan if p != "duplicate"]
    R.shuffle(rest)
    for p in late:
        rest.insert(R.randint(120, len(rest)), p)
    plan = rest
    days = business_days(dt.date(2025, 4, 1), dt.date(2025, 5, 30))
    dates = sorted(R.choice(days) for _ in range(400))
    bad_kinds = [k for k, _ in BAD]
    R.shuffle(bad_kinds)
    payments, labels = [], []
    for idx, (scen, date) in enumerate(zip(plan, dates)):
        for attempt in range(400):
            try:
                if scen == "bad":
                    pay, lab, apps, pdate = g_bad(date, bad_kinds.pop())
                else:
                    pay, lab, apps = GEN[scen](date)
                    pdate = date.isoformat()
                break
            except Skip:
                continue
        else:
            raise SystemExit(f"could not build scenario {scen} at {idx}")
        pid = rid("pay_", 10)
        payment = {"id": pid, "date": pdate}
        payment.update(pay)
        payments.append(payment)
        entry = {"payment_id": pid}
        entry.update(lab)
        labels.append(entry)
        for iid, a in apps:
            assert 0 < a <= BAL[iid], (scen, iid, a, BAL[iid])
            BAL[iid] -= a
            if BAL[iid] == 0 and lab["status"] == "applied" and len(apps) == 1 and pay["customer_id"]:
                PAID_HISTORY[iid] = (a, True)
    invoices = []
    for i in sorted(INVS, key=lambda i: i.id):
        invoices.append({"id": i.id, "number": i.number, "customer_id": i.cust.id, "customer_name": i.cust.name,
                         "currency": i.cur, "total": money(i.total), "balance": money(i.balance),
                         "issue_date": i.issue.isoformat(), "due_date": i.due.isoformat()})
    os.makedirs(OUT, exist_ok=True)
    for fn, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(invoices)} invoices, {len(payments)} payments, {len(CUSTS)} customers")
    print(Counter(l["status"] for l in labels))


if __name__ == "__main__":
    main()
