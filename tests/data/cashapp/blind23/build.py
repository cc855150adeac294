#!/usr/bin/env python3
"""Blind cash-application set: Kondensa Components CE (made-up distributor).

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_kondensa/*.json
and README.md byte for byte.
"""
import json
import os
import random
import unicodedata
from collections import OrderedDict, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_kondensa"
OUT = os.path.join(HERE, LEDGER)
SEED = 80_2026_0413
R = random.Random(SEED)

C = Decimal("0.01")
ZERO = Decimal("0.00")


def D(x):
    return Decimal(str(x)).quantize(C, rounding=ROUND_HALF_UP)


def s(x):
    return str(D(x))


OUR_NIP = "5252817340"      # our own Polish NIP (appears as IDC in split payments)
OUR_ICO = "08461273"

# ---------------------------------------------------------------------------
# ids
# ---------------------------------------------------------------------------
_ALPH = "0123456789abcdefghjkmnpqrstvwxyz"
_seen_ids = set()


def rid(prefix, n=7):
    while True:
        v = prefix + "".join(R.choice(_ALPH) for _ in range(n))
        if v not in _seen_ids:
            _seen_ids.add(v)
            return v


# ---------------------------------------------------------------------------
# transliteration as banks do it
# ---------------------------------------------------------------------------
_TR = {"Ł": "L", "ł": "l", "ß": "SS", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d"}


def strip_dia(t):
    t = "".join(_TR.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    return "".join(ch for ch in t if not unicodedata.combining(ch))


def bank_name(name, width, punct=True):
    t = strip_dia(name).upper()
    if not punct:
        t = t.replace(".", " ").replace(",", " ").replace("&", " ")
        t = " ".join(t.split())
    return t[:width].rstrip()


# ---------------------------------------------------------------------------
# customers
# ---------------------------------------------------------------------------
PL_CITIES = ["Łódź", "Wrocław", "Kraków", "Gdańsk", "Poznań", "Bielsko-Biała", "Rzeszów", "Białystok",
             "Toruń", "Gliwice", "Częstochowa", "Zielona Góra", "Kielce", "Olsztyn", "Opole", "Świdnica",
             "Tychy", "Płock", "Żory", "Mielec", "Włocławek", "Dębica", "Łomża", "Gorzów Wlkp."]
PL_STEMS = ["Elektromontaż", "Mikrosystemy", "Zakłady Elektroniczne", "Technika Sterowania",
            "Płytki Drukowane", "Automatyka Przemysłowa", "Elektronika Pojazdowa", "Montaż Kontraktowy",
            "Przetwornice i Zasilacze", "Aparatura Pomiarowa", "Systemy Oświetleniowe", "Układy Mocy",
            "Wytwórnia Podzespołów", "Elektrotechnika Przemysłowa"]
PL_BRANDS = ["ELMAX", "MIKROTEL", "ZETPOL", "ELTRONIK", "POLSTER", "WAMEL", "ŁUKPOL", "ENERGOMIX",
             "TELKOM-SERWIS", "ROBOTRONIK", "SZCZĘSNY-ELEKTRO", "BIMEX", "AMPERPOL", "OPTOMIR", "DIODA",
             "PRZEKAŹNIK", "KABELTECH", "ŚWIATŁOWÓD", "NOWEL", "PIKSEL"]
PL_FORMS = ["Sp. z o.o.", "Sp. z o.o.", "Sp. z o.o.", "S.A.", "sp.j.", "Sp. z o.o. sp.k."]
PL_FIRST = ["Łukasz", "Mirosław", "Grzegorz", "Paweł", "Józef", "Krzysztof", "Małgorzata", "Agnieszka",
            "Wojciech", "Bożena", "Zbigniew", "Jarosław", "Dorota", "Tomasz", "Michał", "Halina"]
PL_LAST = ["Wróbel", "Wójcik", "Kowalczyk", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
           "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piątek", "Grabowski", "Pawłowski", "Michalak",
           "Król", "Wieczorek", "Jabłoński", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski",
           "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pietrzak", "Wróblewski", "Zając", "Ściana", "Żak"]

CZ_CITIES = ["Brno", "Ostrava", "Plzeň", "Hradec Králové", "Pardubice", "Olomouc", "Zlín", "Liberec",
             "České Budějovice", "Jihlava", "Přerov", "Kroměříž", "Třebíč", "Žďár nad Sázavou", "Kolín",
             "Mladá Boleslav", "Uherské Hradiště", "Frýdek-Místek"]
CZ_STEMS = ["Elektro", "Plošné spoje", "Řídicí systémy", "Měřicí technika", "Výroba elektroniky",
            "Osazování DPS", "Elektronické součástky", "Průmyslová automatizace", "Napájecí zdroje",
            "Kabelové svazky"]
CZ_FORMS = ["s.r.o.", "s.r.o.", "s.r.o.", "a.s.", "spol. s r.o."]
CZ_FIRST = ["Jiří", "Petr", "Tomáš", "Zdeněk", "Václav", "Luboš", "Radek", "Jana", "Věra", "Miroslav",
            "Ondřej", "Lenka"]
CZ_LAST = ["Dvořák", "Novotný", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný",
           "Růžička", "Beneš", "Fiala", "Sedláček", "Doležal", "Zeman", "Kolář", "Šťastný", "Řezníček"]

SK_CITIES = ["Žilina", "Košice", "Banská Bystrica", "Prešov", "Trenčín", "Nitra", "Trnava", "Martin",
             "Poprad", "Púchov", "Liptovský Mikuláš", "Nové Zámky"]
SK_STEMS = ["Elektrotechnika", "Výroba plošných spojov", "Servis elektroniky", "Riadiace systémy",
            "Meracia technika", "Elektronické komponenty"]
SK_FORMS = ["s.r.o.", "s.r.o.", "a.s.", "spol. s r.o."]

HU_CITY_ADJ = ["Győri", "Pécsi", "Debreceni", "Székesfehérvári", "Kecskeméti", "Szegedi", "Miskolci",
               "Veszprémi", "Nyíregyházi", "Soproni", "Tatabányai", "Zalaegerszegi", "Kőszegi", "Egri",
               "Szombathelyi"]
HU_STEMS = ["Elektronika", "Áramkör", "Nyomtatott Áramkör Gyártó", "Műszer", "Szerviz",
            "Vezérléstechnika", "Elektronikai Bérgyártó", "Kábelkonfekció", "Tápegység"]
HU_FORMS = ["Kft.", "Kft.", "Kft.", "Zrt.", "Bt."]
HU_LAST = ["Szőke", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
           "Balogh", "Papp", "Takács", "Juhász", "Lőrincz", "Fehér", "Gál", "Bíró", "Fülöp", "Ördög"]

RO_CITIES = ["Brașov", "Timișoara", "Cluj-Napoca", "Iași", "Sibiu", "Oradea", "Arad", "Pitești",
             "Ploiești", "Târgu Mureș", "Constanța", "Craiova", "Bistrița", "Suceava"]
RO_STEMS = ["Electronica", "Circuite Imprimate", "Tehnoservice", "Automatizări Industriale",
            "Componente Electronice", "Service Electronic", "Echipamente de Măsură"]
RO_FORMS = ["SRL", "SRL", "SRL", "S.A."]

DE_LAST = ["Müller", "Schäfer", "Weiß", "Größner", "Köhler", "Bräuer", "Jäger", "Krüger", "Schröder",
           "Hoffmann", "Wagner", "Becker", "Fuß", "Löffler", "Mößner", "Kühn"]
DE_STEMS = ["Elektronikfertigung", "Leiterplattenbestückung", "EMS", "Gerätebau", "Reparaturservice",
            "Steuerungstechnik", "Messtechnik", "Baugruppenfertigung"]
DE_FORMS = ["GmbH", "GmbH", "GmbH & Co. KG", "e.K.", "AG"]
DE_CITIES = ["Dresden", "Chemnitz", "Görlitz", "Cottbus", "Nürnberg", "Regensburg", "Fürth", "Zwickau",
             "Bautzen", "Passau"]


def nip():
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(w, d)) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pl_name(kind):
    if kind == "shop":
        f, l = R.choice(PL_FIRST), R.choice(PL_LAST)
        pat = R.choice(["Serwis Elektroniki {f} {l}", "P.H.U. {b} {f} {l}", "Usługi Elektroniczne {f} {l}",
                        "Naprawa Sprzętu RTV {f} {l}", "F.H.U. {b} {l}"])
        return pat.format(f=f, l=l, b=R.choice(PL_BRANDS))
    if kind == "ems":
        return "{} {} {}".format(R.choice(PL_BRANDS), R.choice(["EMS", "Montaż Kontraktowy", "Electronics"]),
                                 R.choice(PL_FORMS))
    pat = R.choice(["{stem} {city} {form}", "{brand} {form}", "{stem} {brand} {form}",
                    "Przedsiębiorstwo Produkcyjno-Usługowe {brand} {form}"])
    return pat.format(stem=R.choice(PL_STEMS), city=R.choice(PL_CITIES), form=R.choice(PL_FORMS),
                      brand=R.choice(PL_BRANDS))


def cz_name(kind):
    if kind == "shop":
        return "{} {} - {}".format(R.choice(CZ_FIRST), R.choice(CZ_LAST),
                                   R.choice(["opravy elektroniky", "servis", "elektroservis"]))
    return "{} {} {}".format(R.choice(CZ_STEMS), R.choice(CZ_CITIES), R.choice(CZ_FORMS))


def sk_name(kind):
    if kind == "shop":
        return "{} {} - {}".format(R.choice(["Ján", "Peter", "Marek", "Ľubomír", "Štefan"]),
                                   R.choice(["Kováč", "Horváth", "Baláž", "Šimko", "Lukáč", "Ďurica"]),
                                   R.choice(["servis elektroniky", "opravy"]))
    return "{} {} {}".format(R.choice(SK_STEMS), R.choice(SK_CITIES), R.choice(SK_FORMS))


def hu_name(kind):
    if kind == "shop":
        return "{} és Társa {}".format(R.choice(HU_LAST), R.choice(["Bt.", "Kft."]))
    pat = R.choice(["{adj} {stem} {form}", "{last} {stem} {form}", "{adj} {stem} {form}"])
    return pat.format(adj=R.choice(HU_CITY_ADJ), stem=R.choice(HU_STEMS), form=R.choice(HU_FORMS),
                      last=R.choice(HU_LAST))


def ro_name(kind):
    if kind == "shop":
        return "Service {} {} SRL".format(R.choice(["Electro", "Tehno", "Digital", "Pro"]),
                                           R.choice(["Ștefănescu", "Popescu", "Răducanu", "Țiriac", "Mureșan"]))
    return "{} {} {}".format(R.choice(RO_STEMS), R.choice(RO_CITIES), R.choice(RO_FORMS))


def de_name(kind):
    if kind == "shop":
        return "{} {} e.K.".format(R.choice(DE_LAST), R.choice(["Reparaturservice", "Elektronikservice"]))
    pat = R.choice(["{last} {stem} {form}", "{stem} {city} {form}", "{last} & {last2} {stem} {form}"])
    return pat.format(last=R.choice(DE_LAST), last2=R.choice(DE_LAST), stem=R.choice(DE_STEMS),
                      form=R.choice(DE_FORMS), city=R.choice(DE_CITIES))


COUNTRY_PLAN = [  # country, count, home currency, namer, extra currencies (probability)
    ("PL", 110, "PLN", pl_name, [("EUR", 0.15), ("USD", 0.04)]),
    ("CZ", 60, "CZK", cz_name, [("EUR", 0.2), ("USD", 0.05)]),
    ("SK", 30, "EUR", sk_name, []),
    ("HU", 45, "HUF", hu_name, [("EUR", 0.2)]),
    ("RO", 30, "EUR", ro_name, [("USD", 0.12)]),
    ("DE", 25, "EUR", de_name, [("USD", 0.15)]),
]


def tax_id(country):
    if country == "PL":
        return nip()
    if country == "CZ":
        return "%08d" % R.randint(10000000, 99999999)
    if country == "SK":
        return "%08d" % R.randint(30000000, 59999999)
    if country == "HU":
        return "%08d-%d-%02d" % (R.randint(10000000, 29999999), R.choice([2, 2, 2, 1]), R.randint(2, 20))
    if country == "RO":
        return "RO%d" % R.randint(1000000, 49999999)
    return "DE%09d" % R.randint(100000000, 399999999)


def build_customers():
    customers = []
    names = set()
    for country, count, home, namer, extras in COUNTRY_PLAN:
        for _ in range(count):
            kind = R.choices(["mfg", "ems", "shop"], [5, 2, 3])[0]
            for _try in range(100):
                nm = namer(kind)
                if nm not in names:
                    break
            names.add(nm)
            curs = [home] + [c for c, p in extras if R.random() < p]
            customers.append({
                "id": rid("CU-", 6).upper().replace("CU-", "cu-"),
                "name": nm, "country": country, "kind": kind, "home": home, "currencies": curs,
                "tax_id": tax_id(country), "terms": R.choice([14, 21, 30, 30, 45, 60]),
                "lang": "en" if kind == "ems" and R.random() < 0.3 else country.lower(),
            })
    return customers


# ---------------------------------------------------------------------------
# invoices
# ---------------------------------------------------------------------------
ISSUE_START = date(2025, 11, 3)
ISSUE_END = date(2026, 4, 10)
RANGES = {  # log-uniform-ish ranges of invoice totals
    "PLN": (180, 65000), "CZK": (1500, 850000), "HUF": (18000, 14000000),
    "EUR": (45, 38000), "USD": (120, 52000),
}


def rand_amount(cur, kind):
    lo, hi = RANGES[cur]
    if kind == "shop":
        hi = lo * 12
    x = lo * (hi / lo) ** R.random()
    if cur == "HUF":
        return D(int(x))
    if cur == "CZK" and R.random() < 0.5:
        return D(int(x))
    if cur == "PLN" and R.random() < 0.6:
        net = D(x / 1.23)
        return D(net * Decimal("1.23"))
    return D(x)


def rand_issue():
    span = (ISSUE_END - ISSUE_START).days
    # more recent invoices are more likely to be open
    d = ISSUE_START + timedelta(days=int(span * (R.random() ** 0.6)))
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def book_of(cur):
    return {"PLN": "PL", "CZK": "CZ", "HUF": "HU", "EUR": "EU", "USD": "US"}[cur]


def assign_numbers(invoices):
    """Numbers per book; PL and CZ restart every month; HU, EUR, USD restart every year."""
    groups = defaultdict(list)
    for inv in invoices:
        d = inv["_issue"]
        b = book_of(inv["currency"])
        key = (b, d.year, d.month) if b in ("PL", "CZ") else (b, d.year)
        groups[key].append(inv)
    for key, lst in sorted(groups.items()):
        lst.sort(key=lambda i: (i["_issue"], i["customer_id"], i["id"]))
        n = R.randint(1, 3)
        b = key[0]
        prev = None
        for inv in lst:
            d = inv["_issue"]
            if prev is not None:
                same = prev["customer_id"] == inv["customer_id"] and prev["_issue"] == d
                n += 1 if same else R.choice([1, 1, 1, 2, 2, 3, 4])
            prev = inv
            if b == "PL":
                inv["number"] = "FV %d/%02d/%d" % (n, d.month, d.year)
            elif b == "CZ":
                inv["number"] = "%02d%02d%04d" % (d.year % 100, d.month, n)
            elif b == "HU":
                inv["number"] = "KCH-%d-%05d" % (d.year, n + (40 if d.year == 2026 else 2100))
            elif b == "EU":
                inv["number"] = "KCE%02d-%04d" % (d.year % 100, n + (0 if d.year == 2026 else 1400))
            else:
                inv["number"] = "KCU%02d-%04d" % (d.year % 100, n + (0 if d.year == 2026 else 160))
            inv["_seq"] = n


def build_invoices(customers):
    invoices = []
    for cu in customers:
        base = {"shop": 3, "mfg": 6, "ems": 7}[cu["kind"]]
        n_home = max(1, int(R.gauss(base, 2)))
        plan = [cu["home"]] * n_home
        for extra in cu["currencies"][1:]:
            plan += [extra] * R.randint(1, 3)
        for cur in plan:
            total = rand_amount(cur, cu["kind"])
            inv = {"id": rid("in-", 7), "currency": cur, "customer_id": cu["id"],
                   "customer_name": cu["name"], "_issue": rand_issue(), "_total": total}
            inv["_balance"] = total
            if R.random() < 0.07 and total > 200:
                # an earlier part payment already reduced it
                part = D(int(total * Decimal(R.choice(["0.3", "0.5", "0.25", "0.4"]))))
                if cur == "HUF":
                    part = D(int(part / 1000) * 1000)
                if ZERO < part < total:
                    inv["_balance"] = total - part
            inv["_due"] = inv["_issue"] + timedelta(days=cu["terms"])
            invoices.append(inv)
        mine = [i for i in invoices if i["customer_id"] == cu["id"] and i["currency"] == cu["home"]]
        if cu["kind"] != "shop" and len(mine) >= 4 and R.random() < 0.35:
            # batch invoicing: several invoices issued the same day get consecutive numbers
            batch = R.sample(mine, R.randint(3, min(5, len(mine))))
            day = batch[0]["_issue"]
            for b in batch:
                b["_issue"] = day
                b["_due"] = day + timedelta(days=cu["terms"])
    assign_numbers(invoices)
    return invoices


def invoice_json(inv):
    return OrderedDict([
        ("id", inv["id"]), ("number", inv["number"]), ("customer_id", inv["customer_id"]),
        ("customer_name", inv["customer_name"]), ("currency", inv["currency"]),
        ("total", s(inv["_total"])), ("balance", s(inv["_balance"])),
        ("issue_date", inv["_issue"].isoformat()), ("due_date", inv["_due"].isoformat()),
    ])


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")



# ---------------------------------------------------------------------------
# how customers write amounts and invoice numbers
# ---------------------------------------------------------------------------
def group3(ip, sep):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def fmt(amount, lang, cur=None):
    ip, fp = str(D(amount)).split(".")
    if lang in ("pl", "cz", "sk"):
        return group3(ip, " ") + "," + fp
    if lang == "hu":
        return group3(ip, " ") + ("" if cur == "HUF" else "," + fp)
    if lang in ("de", "ro"):
        return group3(ip, ".") + "," + fp
    if lang == "plain":
        return ip + "," + fp
    return group3(ip, ",") + "." + fp


CURSYM = {"pl": {"PLN": "zł"}, "cz": {"CZK": "Kč"}, "hu": {"HUF": "Ft"}}


def money(amount, lang, cur):
    return "%s %s" % (fmt(amount, lang, cur), CURSYM.get(lang, {}).get(cur, cur))


def parts(inv):
    """Pieces of an invoice number."""
    n = inv["number"]
    if n.startswith("FV "):
        seq, mm, yy = n[3:].split("/")
        return {"seq": seq, "mm": mm, "y": yy, "yy": yy[2:]}
    if n.startswith("KCH-"):
        _, y, seq = n.split("-")
        return {"y": y, "seq": seq, "seqi": str(int(seq))}
    if n.startswith("KCE") or n.startswith("KCU"):
        pre = n[:3]
        yy, seq = n[3:].split("-")
        return {"pre": pre, "yy": yy, "seq": seq, "vs": yy + seq}
    return {"num": n}


def vs_of(inv):
    p = parts(inv)
    return p.get("vs") or p.get("num")


def ddmmyyyy(d):
    return d.strftime("%d.%m.%Y")


def mention(inv, lang, plain=False):
    """One invoice as it appears inside a list."""
    n = inv["number"]
    p = parts(inv)
    if n.startswith("FV "):
        if plain:
            return "%s/%s/%s" % (p["seq"], p["mm"], p["y"])
        return R.choice(["FV %s/%s/%s" % (p["seq"], p["mm"], p["y"]), "%s/%s/%s" % (p["seq"], p["mm"], p["y"])])
    if "vs" in p and lang == "sk" and not plain and inv["currency"] == "EUR":
        return R.choice([n, "VS " + p["vs"]])
    return n


def single_ref(inv, cu):
    lang = cu["lang"]
    n = inv["number"]
    p = parts(inv)
    cur = inv["currency"]
    iss = ddmmyyyy(inv["_issue"])
    if cur == "PLN":
        full = "%s/%s/%s" % (p["seq"], p["mm"], p["y"])
        if lang == "pl":
            return R.choice([
                "FV " + full, "Faktura VAT nr " + full, "tytułem: FV " + full, "ZAPLATA ZA FAKTURE FV " + full,
                "Zapłata za fakturę nr FV " + full, "FV %s NIP %s" % (full, cu["tax_id"]),
                "fv %s/%s/%s" % (p["seq"], p["mm"], p["yy"]), full, "Faktura VAT %s - płatność" % full,
                "FAKTURA VAT NR %s Z DNIA %s" % (full, iss)])
        return R.choice(["INV FV " + full, "Invoice FV " + full, "FV " + full])
    if cur == "CZK":
        return R.choice([
            "VS " + n, "/VS/%s/SS//KS/0308" % n, "VS:%s KS:0308" % n, "faktura č. " + n, "úhrada fa " + n,
            "variabilní symbol %s, konstantní symbol 0308" % n, "UHRADA FAKTURY " + n, "VS%s" % n])
    if cur == "HUF":
        return R.choice([
            n, "Közlemény: %s számla" % n, "számlaszám: " + n, "%s SZ. SZAMLA KIEGYENLITESE" % n,
            "%s számla kiegyenlítése" % n, "Számla: " + n, "KOZLEMENY: " + n])
    # EUR / USD (the VS digits are used for the EUR book only)
    if cur == "USD":
        return R.choice(["INV " + n, "/INV/" + n, "PAYMENT INVOICE " + n, "Invoice " + n,
                         "INV %s PO 45%08d" % (n, R.randint(0, 99999999))])
    if lang == "sk":
        return R.choice(["VS " + p["vs"], "/VS%s/SS/KS0308" % p["vs"], "úhrada faktúry " + n,
                         "fa č. " + n, "VS:%s KS:0308 uhrada FA" % p["vs"]])
    if lang == "cz":
        return R.choice(["VS " + p["vs"], "faktura č. " + n, "úhrada fa " + n])
    if lang == "ro":
        return R.choice([
            "c/v factura seria %s%s nr %s" % (p["pre"], p["yy"], p["seq"]), "PLATA FACT " + n,
            "contravaloare factura seria %s%s nr. %s din %s" % (p["pre"], p["yy"], p["seq"], iss),
            "CV FACT " + n, "plata factura " + n])
    if lang == "de":
        return R.choice(["Rechnung " + n, "RE-NR. " + n, "Rg. %s v. %s" % (n, iss), "Zahlung RE " + n,
                         "RECHNUNG %s KD-NR %s" % (n, cu["id"][3:])])
    if lang == "hu":
        return R.choice(["%s számla" % n, "szla " + n, "Közlemény: " + n])
    if lang == "pl":
        return R.choice(["FAKTURA " + n, "Zapłata za fakturę " + n, "FV " + n])
    return R.choice(["INV " + n, "/INV/" + n, "PAYMENT INVOICE " + n, "Invoice " + n])


def list_ref(invs, cu):
    lang = cu["lang"]
    invs = sorted(invs, key=lambda i: i["number"])
    if invs[0]["currency"] == "PLN" and lang == "pl":
        ps = [parts(i) for i in invs]
        if len({(p["mm"], p["y"]) for p in ps}) == 1 and R.random() < 0.5:
            return "FV %s/%s/%s" % (", ".join(p["seq"] for p in ps), ps[0]["mm"], ps[0]["y"])
        return R.choice(["FV ", "Faktury: ", "ZAPLATA ZA FV "]) + ", ".join(mention(i, lang, True) for i in invs)
    ms = ", ".join(mention(i, lang) for i in invs)
    return {
        "pl": "Faktury " + ms, "cz": "úhrada faktur " + ms, "sk": "úhrada faktúr " + ms,
        "hu": ms + " számlák", "ro": "c/v facturile " + ms, "de": "RE " + ms,
    }.get(lang, "INV " + ms)


def advice(rows, cu, cur, docno):
    """rows: (inv, gross, deduction, reason). A remittance advice as text."""
    lang = cu["lang"]
    head = {
        "pl": ("AWIZO PŁATNOŚCI nr %s" % docno, "Faktura | Kwota | Potrącenie | Do zapłaty", "Razem"),
        "cz": ("Avízo o platbě č. %s" % docno, "Faktura | Částka | Srážka | K úhradě", "Celkem"),
        "sk": ("Avízo o platbe č. %s" % docno, "Faktúra | Suma | Zrážka | Uhradené", "Spolu"),
        "hu": ("Fizetési értesítő %s" % docno, "Számlaszám | Összeg | Levonás | Fizetve", "Összesen"),
        "ro": ("Aviz de plata nr. %s" % docno, "Factura | Suma | Retinere | Platit", "Total"),
        "de": ("Zahlungsavis Nr. %s" % docno, "Beleg | Rechnungsbetrag | Abzug | Zahlbetrag", "Summe"),
    }.get(lang, ("REMITTANCE ADVICE %s" % docno, "Invoice | Gross | Deduction | Paid", "Total paid"))
    fl = lang if lang in ("pl", "cz", "sk", "hu", "ro", "de") else "en"
    lines = [head[0], head[1]]
    total = ZERO
    for inv, gross, ded, reason in rows:
        paid = gross - ded
        total += paid
        line = "%s | %s | %s | %s" % (mention(inv, lang, True), fmt(gross, fl, cur), fmt(ded, fl, cur),
                                      fmt(paid, fl, cur))
        if reason:
            line += " (%s)" % reason
        lines.append(line)
    lines.append("%s: %s %s" % (head[2], fmt(total, fl, cur), cur))
    return "\n".join(lines), total


GENERIC = {
    "pl": ["PRZELEW", "ZAPLATA", "płatność za towar", "Przelew środków", "ZAPLATA ZA FAKTURE", None],
    "cz": ["UHRADA", "platba", "úhrada faktury", None],
    "sk": ["UHRADA", "platba za tovar", None],
    "hu": ["ÁTUTALÁS", "számla kiegyenlítés", "áru ellenértéke", None],
    "ro": ["PLATA", "contravaloare marfa", "PLATA FACTURA", None],
    "de": ["ZAHLUNG", "Rechnungsausgleich", "Warenlieferung", None],
    "en": ["PAYMENT", "SUPPLIER PAYMENT", None],
}

STATEMENT = {
    "pl": ["wyrównanie salda wg potwierdzenia sald na 31.03.2026", "SPLATA SALDA", "rozliczenie salda na dzień 31.03.2026"],
    "cz": ["úhrada salda dle výpisu ke 31.03.2026", "VYROVNANI SALDA"],
    "sk": ["vyrovnanie salda k 31.03.2026"],
    "hu": ["egyenleg rendezése 2026.03.31-i folyószámla-kivonat alapján", "EGYENLEG KIEGYENLITES"],
    "ro": ["achitare sold conform fisa partener 31.03.2026", "PLATA SOLD"],
    "de": ["Ausgleich Kontoauszug per 31.03.2026", "SALDOAUSGLEICH"],
    "en": ["PAYMENT OF STATEMENT BALANCE 31.03.2026", "ACCOUNT SETTLEMENT"],
}

WIDTH = {"PL": 35, "CZ": 20, "SK": 35, "HU": 32, "RO": 35, "DE": 27}


def payer_of(cu):
    w = WIDTH[cu["country"]]
    nm = cu["name"]
    if cu["country"] == "PL" and "Sp. z o.o." in nm and R.random() < 0.3:
        nm = nm.replace("Sp. z o.o.", "SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ")
    if cu["country"] == "PL" and R.random() < 0.2:
        nm += " UL. " + R.choice(["ŁĄKOWA", "PRZEMYSŁOWA", "FABRYCZNA", "ŚWIĘTOKRZYSKA"]) + " %d" % R.randint(1, 80)
        w = 60
    return bank_name(nm, w, punct=R.random() < 0.6)


def num_of(inv, cu):
    """The invoice number in the short form used inside sentences."""
    p = parts(inv)
    if inv["currency"] == "PLN":
        return "%s/%s/%s" % (p["seq"], p["mm"], p["y"])
    if cu["lang"] == "sk" and "vs" in p and inv["currency"] == "EUR":
        return p["vs"]
    return inv["number"]


def pick_lang(lang, table):
    return R.choice(table.get(lang) or table["en"])


PART_T = {
    "pl": ["I rata FV %s", "wpłata częściowa FV %s", "częściowa zapłata za fakturę %s", "CZESCIOWA WPLATA FV %s"],
    "cz": ["1. splátka fa %s", "částečná úhrada VS %s", "CASTECNA PLATBA FA %s"],
    "sk": ["čiastková úhrada fa %s", "1. splátka VS %s"],
    "hu": ["%s részletfizetés 1. részlet", "%s számla részösszeg"],
    "ro": ["plata partiala fact %s", "transa 1 fact %s"],
    "de": ["Teilzahlung RE %s", "1. Rate Rg. %s", "Abschlag auf RE %s"],
    "en": ["PART PAYMENT INV %s", "1ST INSTALMENT INV %s"],
}
REST_T = {
    "pl": ["dopłata FV %s", "II rata - reszta FV %s", "DOPLATA DO FAKTURY %s"],
    "cz": ["doplatek fa %s", "2. splátka - doplatek VS %s"],
    "sk": ["doplatok fa %s"],
    "hu": ["%s fennmaradó összeg", "%s 2. részlet (utolsó)"],
    "ro": ["rest de plata fact %s", "diferenta fact %s"],
    "de": ["Restzahlung RE %s", "2. Rate (Rest) Rg. %s"],
    "en": ["BALANCE PAYMENT INV %s"],
}
UNKNOWN_PAYERS = {
    "PLN": ["ANNA NOWAK", "ELEKTRO-HANDEL S.C.", "P.P.H.U. MAREK", "KRZYSZTOF BARAN", "TECHNOLAND"],
    "CZK": ["PETR SVOBODA", "EUROTRADE SRO", "MARTINA KRALOVA"],
    "HUF": ["NAGY ISTVAN", "TECHNO-KER BT", "ELEKTRO PONT KFT"],
    "EUR": ["ION POPESCU PFA", "TRADECOM SRL", "HANS BAUER", "TECHNIK HANDEL GMBH", "MARIAN HUDAK"],
    "USD": ["GLOBAL PARTS TRADING LTD", "ASIA SOURCING HK"],
}
UNKNOWN_REFS = {
    "PLN": [None, "FAKTURA", "ZAPLATA ZA TOWAR", "PRZELEW"],
    "CZK": [None, "UHRADA", "platba za zbozi"],
    "HUF": [None, "ATUTALAS", "szamla"],
    "EUR": [None, "PAYMENT", "ZAHLUNG", "PLATA", "UHRADA"],
    "USD": [None, "PAYMENT", "GOODS"],
}
FACTORS = {"PL": "PKO FAKTORING SA", "CZ": "CSOB FACTORING A.S.", "SK": "TATRA BANKA FAKTORING",
           "HU": "MKB FAKTOR ZRT", "RO": "BRD FACTORING SA", "DE": "COFACE FINANZ GMBH"}
OWNERS = {"PL": (PL_FIRST, PL_LAST), "CZ": (CZ_FIRST, CZ_LAST), "SK": (["Ján", "Marek"], ["Šimko", "Lukáč"]),
          "HU": (["István", "Gábor", "Éva"], HU_LAST), "RO": (["Ion", "Mihai", "Ioana"], ["Popescu", "Mureșan"]),
          "DE": (["Jürgen", "Uwe", "Sören"], DE_LAST)}


def min_for(cur):
    return {"PLN": 1000, "CZK": 10000, "HUF": 150000, "EUR": 300, "USD": 400}[cur]


def round_down(x, cur):
    step = {"PLN": 100, "CZK": 1000, "HUF": 10000, "EUR": 100, "USD": 100}[cur]
    return D(int(x / step) * step)


def cents(x, cur):
    if cur == "HUF":
        return D(int(D(x)))
    return D(x)


class Gen:
    def __init__(self, customers, invoices):
        self.customers = customers
        self.cu = {c["id"]: c for c in customers}
        self.invoices = invoices
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: i["_balance"] for i in invoices}
        self.by_cust = defaultdict(list)
        for i in invoices:
            self.by_cust[i["customer_id"]].append(i)
        self.used, self.touched, self.reserved = set(), set(), {}
        self.pools = defaultdict(list)
        self.payments, self.labels, self.queue = [], [], []
        self.qn = 0
        self.dup_budget = 9
        self.rest_budget = 8
        self.failed = defaultdict(int)

    # ---- helpers ------------------------------------------------------------
    def open_of(self, cid, cur):
        return [i for i in self.by_cust[cid] if i["currency"] == cur and self.bal[i["id"]] > 0]

    def all_open(self, cur):
        return [i for i in self.invoices if i["currency"] == cur and self.bal[i["id"]] > 0]

    def free(self, pred=lambda i: True):
        return [i for i in self.invoices if i["id"] not in self.used and i["customer_id"] not in self.reserved
                and self.bal[i["id"]] > 0 and pred(i)]

    def take(self, inv):
        self.used.add(inv["id"])
        self.touched.add(inv["customer_id"])

    def pick(self, pred=lambda i: True):
        c = self.free(pred)
        if not c:
            return None
        inv = R.choice(c)
        self.take(inv)
        return inv

    def pristine(self, pred):
        c = [cu for cu in self.customers if cu["id"] not in self.touched and cu["id"] not in self.reserved
             and pred(cu)]
        if not c:
            return None
        cu = R.choice(c)
        self.touched.add(cu["id"])
        for i in self.by_cust[cu["id"]]:
            self.used.add(i["id"])
        return cu

    def reserve(self, cu, scen):
        self.reserved[cu["id"]] = scen
        self.touched.add(cu["id"])
        for i in self.by_cust[cu["id"]]:
            self.used.add(i["id"])

    def set_amount(self, inv, amount):
        assert inv["_balance"] == inv["_total"]
        inv["_total"] = inv["_balance"] = amount
        self.bal[inv["id"]] = amount

    def later(self, fn, lo=12, hi=70):
        self.qn += 1
        self.queue.append((len(self.payments) + R.randint(lo, hi), self.qn, fn))

    def cu_of(self, inv):
        return self.cu[inv["customer_id"]]

    def payment(self, cu, amount, cur, ref, rem=None, known=True, payer=None):
        return OrderedDict([
            ("id", rid("pm-", 8)), ("date", None),
            ("amount", s(amount) if isinstance(amount, Decimal) else amount), ("currency", cur),
            ("payer_name", payer if payer is not None else payer_of(cu)),
            ("customer_id", cu["id"] if (known and cu is not None) else None),
            ("reference", ref), ("remittance", rem), ("_lang", cu["lang"] if cu is not None else "none")])

    def emit(self, pay, status, apps=(), short=None, cands=(), reason="", scen="", note="", error=None):
        apps = [(i["id"], D(a)) for i, a in apps]
        unapplied = None
        if error is None:
            amt = Decimal(pay["amount"])
            unapplied = amt - sum((a for _, a in apps), ZERO)
            for iid, a in apps:
                assert self.inv[iid]["currency"] == pay["currency"], scen
                assert a > 0, scen
                self.bal[iid] -= a
                assert self.bal[iid] >= 0, (scen, iid)
            assert unapplied >= 0, scen
            if status == "applied":
                assert unapplied == 0 and apps, scen
            if status == "review":
                assert not apps, scen
        lab = OrderedDict([
            ("payment_id", pay["id"]), ("status", status),
            ("applications", [OrderedDict([("invoice_id", iid), ("amount", s(a))]) for iid, a in apps]),
            ("unapplied", s(unapplied) if unapplied is not None else None),
            ("short_pay", OrderedDict([("invoice_id", short[0]["id"]), ("amount", s(short[1])),
                                       ("reason", short[2])]) if short else None),
            ("candidates", [[i["id"] for i in cs] for cs in cands]),
            ("reason", reason), ("scenario", scen), ("note", note)])
        if error:
            lab["error"] = error
        self.payments.append(pay)
        self.labels.append(lab)
        return True

    @staticmethod
    def fifo(sets):
        return sorted(sets, key=lambda st: (len(st), min(i["_due"] for i in st), min(i["number"] for i in st)))


def in_countries(g, countries, curs=None):
    def p(i):
        return g.cu_of(i)["country"] in countries and (curs is None or i["currency"] in curs)
    return p


class Scen(Gen):
    # ======================= applied =========================================
    def _ref_exact(self, countries, curs, scen, what):
        inv = self.pick(in_countries(self, countries, curs))
        if not inv:
            return False
        cu = self.cu_of(inv)
        amt = self.bal[inv["id"]]
        ref = single_ref(inv, cu)
        rem = None
        if cu["lang"] in ("de", "en") and R.random() < 0.3:
            rem, _ = advice([(inv, amt, ZERO, None)], cu, inv["currency"], R.randint(10000, 99999))
        known = R.random() < 0.85
        pay = self.payment(cu, amt, inv["currency"], ref, rem, known)
        self.emit(pay, "applied", [(inv, amt)], scen=scen,
                  reason="reference names %s and the amount is its open balance" % inv["number"],
                  note="%s; exact open balance%s." % (what, "" if known else "; bank gives no customer id"))
        if self.dup_budget > 0 and R.random() < 0.1:
            self.dup_budget -= 1
            self.later(lambda: self._duplicate(inv, cu, amt, ref))
        return True

    def _duplicate(self, inv, cu, amt, ref):
        if self.bal[inv["id"]] != 0:
            return
        if any(self.bal[i["id"]] == amt for i in self.open_of(cu["id"], inv["currency"])):
            return
        pay = self.payment(cu, amt, inv["currency"], ref, None, True)
        self.emit(pay, "unapplied", [], scen="duplicate_payment",
                  reason="%s was already paid in full by an earlier payment; hold as unapplied cash" % inv["number"],
                  note="The customer paid %s a second time (same reference and amount); nothing left open on it." %
                       inv["number"])

    def sc_ref_pl(self):
        return self._ref_exact(["PL"], ["PLN"], "ref_exact_pl", "Polish transfer title with the invoice number")

    def sc_ref_cz(self):
        return self._ref_exact(["CZ"], ["CZK"], "ref_exact_cz", "Czech payment with VS / faktura č.")

    def sc_ref_sk(self):
        return self._ref_exact(["SK"], ["EUR"], "ref_exact_sk", "Slovak payment; VS is the digits of the EUR invoice number")

    def sc_ref_hu(self):
        return self._ref_exact(["HU"], ["HUF"], "ref_exact_hu", "Hungarian közlemény with the számlaszám")

    def sc_ref_ro(self):
        return self._ref_exact(["RO"], ["EUR", "USD"], "ref_exact_ro", "Romanian 'factura seria ... nr ...' reference")

    def sc_ref_de(self):
        return self._ref_exact(["DE"], ["EUR", "USD"], "ref_exact_de", "German Rechnung reference")

    def sc_ref_usd(self):
        return self._ref_exact(["PL", "CZ", "SK", "HU", "RO", "DE"], ["USD"], "ref_exact_usd", "USD wire with the invoice number")

    def sc_ref_eur_other(self):
        return self._ref_exact(["PL", "CZ", "HU"], ["EUR"], "ref_exact_eur_book",
                               "EUR-book invoice paid by a customer whose home book is PLN/CZK/HUF")

    def sc_mpp(self):
        inv = self.pick(lambda i: i["currency"] == "PLN" and self.cu_of(i)["country"] == "PL"
                        and i["_balance"] == i["_total"])
        if not inv:
            return False
        cu = self.cu_of(inv)
        amt = self.bal[inv["id"]]
        vat = D(amt * 23 / 123)
        full = num_of(inv, cu)
        invtxt = R.choice(["FV " + full, full, "FV" + full])
        txt = R.choice(["ZAPLATA", "FV", "PLATNOSC ZA FAKTURE", cu["tax_id"], "przelew"])
        ref = "/VAT/%s/IDC/%s/INV/%s/TXT/%s" % (fmt(vat, "plain"), OUR_NIP, invtxt, txt)
        pay = self.payment(cu, amt, "PLN", ref, None, R.random() < 0.85)
        return self.emit(pay, "applied", [(inv, amt)], scen="split_payment_mpp",
                         reason="split payment INV field names %s; gross amount equals its balance" % inv["number"],
                         note="MPP split-payment message; IDC is our own NIP and VAT is only the VAT part of the "
                              "gross amount, neither is an invoice or an amount to apply.")

    def sc_stripped(self):
        inv = self.pick()
        if not inv:
            return False
        cu = self.cu_of(inv)
        p = parts(inv)
        cur = inv["currency"]
        n = inv["number"]
        if cur == "PLN":
            opts = ["FV %s %s %s" % (p["seq"], p["mm"], p["y"]), "FV%s-%s-%s" % (p["seq"], p["mm"], p["y"]),
                    "FAKT %s/%s/%s" % (p["seq"], p["mm"], p["yy"])]
            if p["mm"].startswith("0"):
                opts.append("FV %s/%d/%s" % (p["seq"], int(p["mm"]), p["y"]))
        elif cur == "CZK":
            opts = ["VS 00" + n, "/VS/00%s/SS//KS/0308" % n, "VS: 00%s" % n]
        elif cur == "HUF":
            opts = ["KCH%s%s" % (p["y"], p["seq"]), "KCH %s %s" % (p["y"], p["seqi"]), "KCH-%s-%s" % (p["y"], p["seqi"])]
        else:
            opts = ["%s%s%s" % (p["pre"], p["yy"], p["seq"]), "%s %s-%s" % (p["pre"], p["yy"], p["seq"]),
                    "%s%s/%s" % (p["pre"], p["yy"], p["seq"]), "%s-%s-%s" % (p["pre"], p["yy"], p["seq"])]
        m = R.choice(opts)
        wrap = {"pl": "ZAPLATA %s", "cz": "%s", "sk": "UHRADA %s", "hu": "%s szamla", "ro": "PLATA FACT %s",
                "de": "RE %s", "en": "INV %s"}[cu["lang"]]
        ref = wrap % m
        amt = self.bal[inv["id"]]
        pay = self.payment(cu, amt, cur, ref, None, R.random() < 0.8)
        return self.emit(pay, "applied", [(inv, amt)], scen="ref_reformatted",
                         reason="reference is %s written as '%s'; exact balance" % (n, m),
                         note="Invoice number reformatted by the payer or the bank (spaces, dashes, zero padding, "
                              "no leading zero in the month); still one invoice and the exact balance.")

    def free_groups(self, min_n):
        g = defaultdict(list)
        for i in self.free():
            g[(i["customer_id"], i["currency"])].append(i)
        return [(k, v) for k, v in sorted(g.items()) if len(v) >= min_n]

    def sc_lump_listed(self):
        groups = self.free_groups(3)
        if not groups:
            return False
        (cid, cur), invs = R.choice(groups)
        cu = self.cu[cid]
        chosen = R.sample(invs, R.randint(2, min(5, len(invs))))
        for i in chosen:
            self.take(i)
        amt = sum(self.bal[i["id"]] for i in chosen)
        ref = list_ref(chosen, cu)
        rem = None
        if len(ref) > 140:
            rem = ref
            ref = pick_lang(cu["lang"], {"pl": ["ZAPLATA ZA FAKTURY WG OPISU"], "cz": ["UHRADA FAKTUR"],
                                          "de": ["SAMMELZAHLUNG"], "en": ["SEE REMITTANCE"]})
        pay = self.payment(cu, amt, cur, ref, rem, R.random() < 0.85)
        return self.emit(pay, "applied", [(i, self.bal[i["id"]]) for i in chosen], scen="lump_listed",
                         reason="reference lists %d invoices; amount is the sum of their balances" % len(chosen),
                         note="Lump payment listing %s; sum matches exactly." % ", ".join(i["number"] for i in chosen))

    def runs(self):
        g = defaultdict(list)
        for i in self.invoices:
            g[(i["customer_id"], i["currency"], i["_issue"])].append(i)
        out = []
        for k, v in sorted(g.items()):
            if len(v) < 3 or k[0] in self.reserved:
                continue
            v = sorted(v, key=lambda i: i["_seq"])
            if [i["_seq"] for i in v] != list(range(v[0]["_seq"], v[0]["_seq"] + len(v))):
                continue
            if any(i["id"] in self.used or self.bal[i["id"]] <= 0 for i in v):
                continue
            out.append(v)
        return out

    def sc_lump_range(self):
        rs = self.runs()
        if not rs:
            return False
        run = R.choice(rs)
        for i in run:
            self.take(i)
        a, b = run[0], run[-1]
        cu = self.cu_of(a)
        pa, pb = parts(a), parts(b)
        cur = a["currency"]
        lang = cu["lang"]
        if cur == "PLN":
            ref = R.choice(["FV %s-%s/%s/%s" % (pa["seq"], pb["seq"], pa["mm"], pa["y"]),
                            "faktury VAT od %s/%s/%s do %s/%s/%s" % (pa["seq"], pa["mm"], pa["y"], pb["seq"], pb["mm"], pb["y"]),
                            "FV %s/%s/%s - FV %s/%s/%s" % (pa["seq"], pa["mm"], pa["y"], pb["seq"], pb["mm"], pb["y"])])
        elif cur == "CZK":
            ref = R.choice(["fa %s-%s" % (a["number"], b["number"]), "faktury %s až %s" % (a["number"], b["number"])])
        elif cur == "HUF":
            ref = R.choice(["%s - %s számlák" % (a["number"], b["number"]), "%s...%s" % (a["number"], pb["seq"])])
        else:
            ref = {"de": "RE %s bis %s" % (a["number"], b["number"]),
                   "ro": "c/v facturi seria %s%s nr %s-%s" % (pa["pre"], pa["yy"], pa["seq"], pb["seq"]),
                   "sk": "fa %s až %s" % (a["number"], b["number"]),
                   }.get(lang, "INV %s TO %s" % (a["number"], b["number"]))
        amt = sum(self.bal[i["id"]] for i in run)
        pay = self.payment(cu, amt, cur, ref, None, True)
        return self.emit(pay, "applied", [(i, self.bal[i["id"]]) for i in run], scen="lump_range",
                         reason="reference gives the range %s..%s (%d invoices, all this customer's); sum matches" %
                                (a["number"], b["number"], len(run)),
                         note="Range of consecutive invoice numbers issued the same day; every number in the range is "
                              "an open invoice of this customer.")

    def sc_lump_advice(self):
        groups = self.free_groups(2)
        if not groups:
            return False
        (cid, cur), invs = R.choice(groups)
        cu = self.cu[cid]
        chosen = R.sample(invs, R.randint(2, min(6, len(invs))))
        for i in chosen:
            self.take(i)
        docno = R.choice(["2026/04/%03d" % R.randint(100, 400), "51000%05d" % R.randint(10000, 99999),
                          "AV-%d" % R.randint(1000, 9999)])
        rem, total = advice([(i, self.bal[i["id"]], ZERO, None) for i in chosen], cu, cur, docno)
        ref = pick_lang(cu["lang"], {"pl": ["AWIZO %s", "PLATNOSC WG AWIZA %s"], "cz": ["DLE AVIZA %s"],
                                     "sk": ["PODLA AVIZA %s"], "hu": ["FIZETESI ERTESITO %s"],
                                     "ro": ["CONFORM AVIZ %s"], "de": ["ZAHLUNGSAVIS %s", "SAMMELZAHLUNG AVIS %s"],
                                     "en": ["REMITTANCE %s", "PAYMENT ADVICE %s"]}) % docno
        pay = self.payment(cu, total, cur, ref, rem, R.random() < 0.9)
        return self.emit(pay, "applied", [(i, self.bal[i["id"]]) for i in chosen], scen="lump_advice",
                         reason="remittance advice lists %d invoices with their full balances" % len(chosen),
                         note="Reference only names the advice (%s); the advice lines carry the invoices." % docno)

    def _unique_single(self, inv, opens):
        amt = self.bal[inv["id"]]
        others = [self.bal[i["id"]] for i in opens if i["id"] != inv["id"]]
        if amt in others:
            return False
        for x in range(len(others)):
            for y in range(x + 1, len(others)):
                if others[x] + others[y] == amt:
                    return False
        return True

    def sc_amount_only(self):
        def ok(cu):
            return len(self.open_of(cu["id"], cu["home"])) >= 2
        cu = self.pristine(ok)
        if not cu:
            return False
        opens = self.open_of(cu["id"], cu["home"])
        c = [i for i in opens if self._unique_single(i, opens)]
        if not c:
            return False
        inv = R.choice(c)
        amt = self.bal[inv["id"]]
        pay = self.payment(cu, amt, inv["currency"], R.choice(GENERIC[cu["lang"]]), None, True)
        return self.emit(pay, "applied", [(inv, amt)], scen="amount_only_known_customer",
                         reason="known customer; %s is its only open invoice with exactly this balance" % inv["number"],
                         note="No invoice number. The bank identifies the customer and exactly one of its %d open "
                              "invoices (and no pair) equals the amount." % len(opens))

    def name_matches(self, payer):
        out = []
        for c in self.customers:
            full = strip_dia(c["name"]).upper()
            flat = " ".join(full.replace(".", " ").replace(",", " ").replace("&", " ").split())
            if full.startswith(payer) or flat.startswith(payer):
                out.append(c)
        return out

    def sc_name_only(self):
        cu = self.pristine(lambda c: len(self.open_of(c["id"], c["home"])) >= 1 and c["country"] != "PL")
        if not cu:
            return False
        payer = bank_name(cu["name"], WIDTH[cu["country"]], punct=R.random() < 0.5)
        if [c["id"] for c in self.name_matches(payer)] != [cu["id"]]:
            return False
        opens = self.open_of(cu["id"], cu["home"])
        allb = [self.bal[i["id"]] for i in self.all_open(cu["home"])]
        c = [i for i in opens if allb.count(self.bal[i["id"]]) == 1 and self._unique_single(i, opens)]
        if not c:
            return False
        inv = R.choice(c)
        amt = self.bal[inv["id"]]
        pay = self.payment(cu, amt, inv["currency"], R.choice(GENERIC[cu["lang"]]), None, False, payer)
        return self.emit(pay, "applied", [(inv, amt)], scen="name_and_amount",
                         reason="payer name '%s' identifies %s; %s is the only open invoice anywhere with this "
                                "amount" % (payer, cu["name"], inv["number"]),
                         note="No customer id and no invoice number; the truncated upper-case payer name matches one "
                              "customer and the amount matches one invoice in the whole ledger.")

    def sc_statement(self):
        def ok(c):
            return 2 <= len(self.open_of(c["id"], c["home"])) <= 6
        cu = self.pristine(ok)
        if not cu:
            return False
        opens = self.open_of(cu["id"], cu["home"])
        amt = sum(self.bal[i["id"]] for i in opens)
        ref = pick_lang(cu["lang"], STATEMENT)
        pay = self.payment(cu, amt, cu["home"], ref, None, True)
        return self.emit(pay, "applied", [(i, self.bal[i["id"]]) for i in opens], scen="statement_balance",
                         reason="amount is the customer's whole open %s balance (%d invoices)" % (cu["home"], len(opens)),
                         note="Customer settles its statement balance; every open %s invoice closes." % cu["home"])

    def sc_month_disamb(self):
        pl = self.all_open("PLN")
        byseq = defaultdict(list)
        for i in pl:
            byseq[parts(i)["seq"]].append(i)

        def ok(i):
            if i["currency"] != "PLN":
                return False
            same = byseq[parts(i)["seq"]]
            return (len(same) >= 2 and self.cu_of(i)["lang"] == "pl"
                    and [x["id"] for x in same if self.bal[x["id"]] == self.bal[i["id"]]] == [i["id"]])
        inv = self.pick(ok)
        if not inv:
            return False
        cu = self.cu_of(inv)
        p = parts(inv)
        same = byseq[p["seq"]]
        ref = R.choice(["FV %s/%s" % (p["seq"], p["y"]), "FAKTURA NR %s" % p["seq"], "FV nr %s" % p["seq"]])
        amt = self.bal[inv["id"]]
        pay = self.payment(cu, amt, "PLN", ref, None, True)
        return self.emit(pay, "applied", [(inv, amt)], scen="month_missing_resolved",
                         reason="'%s' fits %d open invoices numbered %s/..; only %s has this amount (and is this "
                                "customer's)" % (ref, len(same), p["seq"], inv["number"]),
                         note="Month left out of a monthly-restarting number (%s); customer id and exact amount "
                              "single out one." % ", ".join(sorted(x["number"] for x in same)))

    def sc_lookalike(self):
        inv = self.pick(lambda i: self.bal[i["id"]] == i["_total"])
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        amt = self.bal[inv["id"]]
        lang = cu["lang"]
        decoys = [i for i in self.all_open(cur) if i["customer_id"] != cu["id"] and self.bal[i["id"]] != amt]
        d = R.choice(decoys)
        pd, p = parts(d), parts(inv)
        real = num_of(inv, cu)
        if cur == "PLN":
            dn = "%s/%s/%s" % (pd["seq"], pd["mm"], pd["y"])
            ref = R.choice(["ZAM %s FV %s" % (dn, real), "wg zamówienia nr %s, faktura VAT %s" % (dn, real),
                            "WZ %s FV %s" % (dn, real)])
            what = "order/delivery-note number %s has the shape of invoice %s" % (dn, d["number"])
        elif cur == "CZK":
            cu["tax_id"] = d["number"]
            ref = R.choice(["VS %s SS %s" % (real, d["number"]), "IČO %s, faktura č. %s" % (d["number"], real),
                            "obj. č. %s, VS %s" % (d["number"], real)])
            what = "%s is the payer's IČO / order number, also the number of another customer's invoice" % d["number"]
        elif cur == "HUF":
            ref = "Közlemény: %s, megrendelés: %s-%s, adószám: %s" % (real, pd["y"], pd["seq"], cu["tax_id"])
            what = "order number %s-%s repeats the digits of invoice %s" % (pd["y"], pd["seq"], d["number"])
        elif lang == "ro":
            ref = "OP %d c/v fact %s" % (int(pd["seq"]), real)
            what = "payment order number OP %d looks like the sequence of %s" % (int(pd["seq"]), d["number"])
        elif lang in ("de", "sk", "cz"):
            if lang == "de":
                ref = R.choice(["Kd-Nr. %s RE %s" % (pd["vs"], real), "Ihre Kundennummer %s, Rechnung %s" % (pd["vs"], real)])
            else:
                ref = "VS %s SS %s" % (p["vs"], pd["vs"])
            what = "customer / specific symbol %s equals the VS form of %s" % (pd["vs"], d["number"])
        else:
            ref = "PO %s%s INV %s" % (pd["yy"], pd["seq"], real)
            what = "PO %s%s looks like the digits of %s" % (pd["yy"], pd["seq"], d["number"])
        pay = self.payment(cu, amt, cur, ref, None, R.random() < 0.85)
        return self.emit(pay, "applied", [(inv, amt)], scen="lookalike_number",
                         reason="reference names %s with its exact balance; the other number is not an invoice "
                                "reference" % inv["number"], note="Trap: %s." % what)

    def sc_prior_partial_exact(self):
        inv = self.pick(lambda i: self.bal[i["id"]] < i["_total"])
        if not inv:
            return False
        cu = self.cu_of(inv)
        ref = pick_lang(cu["lang"], REST_T) % num_of(inv, cu)
        amt = self.bal[inv["id"]]
        pay = self.payment(cu, amt, inv["currency"], ref, None, R.random() < 0.85)
        return self.emit(pay, "applied", [(inv, amt)], scen="balance_after_earlier_part",
                         reason="pays the remaining balance of %s (total %s, already part-paid)" %
                                (inv["number"], s(inv["_total"])),
                         note="Invoice was part-paid before this file; the amount is the open balance, not the total.")

    def sc_third_party_payer(self):
        inv = self.pick()
        if not inv:
            return False
        cu = self.cu_of(inv)
        shop = cu["kind"] == "shop"
        if shop:
            fs, ls = OWNERS[cu["country"]]
            payer = bank_name("%s %s" % (R.choice(fs), R.choice(ls)), 35)
            who = "the owner's private account"
        else:
            payer = FACTORS[cu["country"]]
            who = "a factoring company"
        if self.name_matches(payer):
            return False
        ref = single_ref(inv, cu)
        if not shop and R.random() < 0.6:
            ref += " / " + bank_name(cu["name"], 20)
        amt = self.bal[inv["id"]]
        pay = self.payment(cu, amt, inv["currency"], ref, None, False, payer)
        return self.emit(pay, "applied", [(inv, amt)], scen="unknown_payer_with_reference",
                         reason="payer unknown (%s) but reference names %s and the amount is its balance" %
                                (who, inv["number"]),
                         note="Paid from %s; no customer id; invoice number plus exact amount is enough." % who)

    # ======================= partial =========================================
    def sc_part_payment(self):
        inv = self.pick(lambda i: self.bal[i["id"]] >= min_for(i["currency"]) * 2)
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        b = self.bal[inv["id"]]
        amt = round_down(b * Decimal(R.choice(["0.3", "0.4", "0.5", "0.5", "0.6"])), cur)
        if not ZERO < amt < b:
            return False
        ref = pick_lang(cu["lang"], PART_T) % num_of(inv, cu)
        pay = self.payment(cu, amt, cur, ref, None, R.random() < 0.9)
        self.emit(pay, "partial", [(inv, amt)], scen="part_payment",
                  reason="payer calls it a part payment of %s; %s stays open" % (inv["number"], s(b - amt)),
                  note="Instalment / part payment with the invoice number; invoice left open on purpose, no "
                       "deduction.")
        if self.rest_budget > 0 and R.random() < 0.55:
            self.rest_budget -= 1
            self.later(lambda: self._rest(inv, cu))
        return True

    def _rest(self, inv, cu):
        b = self.bal[inv["id"]]
        if b <= 0:
            return
        ref = pick_lang(cu["lang"], REST_T) % num_of(inv, cu)
        pay = self.payment(cu, b, inv["currency"], ref, None, True)
        self.emit(pay, "applied", [(inv, b)], scen="remainder_after_part_payment",
                  reason="second instalment equals what the earlier part payment left open on %s" % inv["number"],
                  note="Only correct if the earlier part payment in this file was applied first.")

    def sc_skonto(self):
        if R.random() < 0.6:
            pred = in_countries(self, ["DE"], ["EUR"])
        else:
            pred = in_countries(self, ["PL", "CZ", "SK", "HU"])
        inv = self.pick(lambda i: pred(i) and self.bal[i["id"]] == i["_total"] and i["_total"] >= 100)
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        pct = R.choice([2, 3]) if cu["country"] == "DE" else 2
        b = self.bal[inv["id"]]
        ded = cents(b * pct / 100, cur)
        amt = b - ded
        n = num_of(inv, cu)
        lang = cu["lang"]
        rem = None
        if lang == "de" and R.random() < 0.5:
            docno = R.randint(20000, 29999)
            rem, _ = advice([(inv, b, ded, "Skonto %d%%" % pct)], cu, cur, docno)
            ref = "ZAHLUNGSAVIS %d" % docno
        else:
            ref = {
                "de": "RE %s abzgl. %d%% Skonto" % (n, pct),
                "pl": "FV %s skonto %d%% %s" % (n, pct, money(ded, "pl", cur)),
                "cz": "fa %s - uplatněno skonto %d %%" % (n, pct),
                "sk": "fa %s - skonto %d %%" % (n, pct),
                "hu": "%s - %d%% skontó levonva" % (n, pct),
                "ro": "fact %s minus discount plata anticipata %d%%" % (n, pct),
            }.get(lang, "INV %s LESS %d%% EARLY PAYMENT DISCOUNT" % (n, pct))
        pay = self.payment(cu, amt, cur, ref, rem, R.random() < 0.9)
        return self.emit(pay, "partial", [(inv, amt)], (inv, ded, "Skonto %d%% deducted" % pct),
                         scen="skonto_short_pay",
                         reason="%s paid less %d%% Skonto (%s); deduction left open as a short pay" %
                                (inv["number"], pct, s(ded)),
                         note="Cash discount taken by the customer; %s = %s - %d%%." % (s(amt), s(b), pct))

    def sc_bank_fee(self):
        inv = self.pick(lambda i: (i["currency"] == "USD" or (i["currency"] == "EUR" and self.cu_of(i)["country"]
                                   in ("PL", "CZ", "HU", "RO"))) and self.bal[i["id"]] >= 200)
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        fee = D(R.choice([10, 15, 20, 25]) if cur == "EUR" else R.choice([20, 25, 30, 35]))
        b = self.bal[inv["id"]]
        amt = b - fee
        n = inv["number"]
        lang = cu["lang"]
        fl = lang if lang in ("de", "ro", "pl", "cz", "hu") else "en"
        rem = None
        if lang == "en" or R.random() < 0.3:
            rem = "Invoice %s %s %s\nLess bank charges %s %s\nNet paid %s %s" % (
                n, cur, fmt(b, "en"), cur, fmt(fee, "en"), cur, fmt(amt, "en"))
            ref = "INV %s" % n
        else:
            ref = {
                "de": "RE %s abzgl. Bankspesen %s %s" % (n, fmt(fee, fl), cur),
                "ro": "c/v fact %s - comision bancar %s %s retinut" % (n, fmt(fee, fl), cur),
                "hu": "%s számla, bankköltség %s %s levonva" % (n, fmt(fee, fl, cur), cur),
                "pl": "FV %s POMNIEJSZONE O PROWIZJE BANKOWA %s %s" % (n, fmt(fee, fl), cur),
                "cz": "fa %s - bankovní poplatek %s %s" % (n, fmt(fee, fl), cur),
                "sk": "fa %s - bankový poplatok %s %s" % (n, fmt(fee, "sk"), cur),
            }[lang]
        pay = self.payment(cu, amt, cur, ref, rem, R.random() < 0.85)
        return self.emit(pay, "partial", [(inv, amt)], (inv, fee, "bank charges deducted"), scen="bank_fee_short_pay",
                         reason="%s paid net of %s %s bank charges stated by the payer" % (n, s(fee), cur),
                         note="International transfer; the payer says the fee was deducted.")

    SHORT_REASONS = ["damaged", "penalty", "shortage", "price"]

    def _short_text(self, inv, cu, ded):
        lang = cu["lang"]
        n = num_of(inv, cu)
        cur = inv["currency"]
        kind = R.choice(self.SHORT_REASONS)
        k = R.randint(11, 480)
        q = R.randint(3, 28) if kind == "penalty" else R.randint(5, 400)
        fl = lang if lang in ("pl", "cz", "sk", "hu", "de", "ro") else "en"
        m = money(ded, fl, cur)
        T = {
            "damaged": ("complaint: damaged goods", {
                "pl": "FV %s potrącenie reklamacji R/%d/2026 - %d szt. uszkodzone, %s",
                "cz": "fa %s - reklamace č. %d, %d ks poškozeno, sraženo %s",
                "sk": "fa %s - reklamácia č. %d, %d ks poškodených, zrážka %s",
                "hu": "%s - %d. sz. reklamáció, %d db sérült, levonva %s",
                "ro": "fact %s - reclamatia %d, %d buc deteriorate, retinut %s",
                "de": "RE %s abzgl. Reklamation RMA-%d (%d Stk. defekt) %s",
                "en": "INV %s LESS CLAIM %d (%d PCS DAMAGED) %s"}),
            "penalty": ("contractual penalty for late delivery", {
                "pl": "FV %s - potrącono karę umowną za opóźnienie, nota obciążeniowa NO %d/04/2026 (%d dni) %s",
                "cz": "fa %s - smluvní pokuta za zpoždění dodávky, vrubopis %d (%d dní) %s",
                "sk": "fa %s - zmluvná pokuta za omeškanie, ťarchopis %d (%d dní) %s",
                "hu": "%s - késedelmi kötbér, terhelési értesítő %d (%d nap) %s",
                "ro": "fact %s - retinere penalitati intarziere nota %d (%d zile) %s",
                "de": "RE %s abzgl. Vertragsstrafe Lieferverzug Belastungsanzeige %d (%d Tage) %s",
                "en": "INV %s LESS LATE DELIVERY PENALTY DN%d (%d DAYS) %s"}),
            "shortage": ("short delivery", {
                "pl": "FV %s - brak towaru wg protokołu %d, brakuje %d szt., potrącono %s",
                "cz": "fa %s - chybějící zboží dle protokolu %d, chybí %d ks, sraženo %s",
                "sk": "fa %s - chýbajúci tovar podľa protokolu %d, %d ks, zrážka %s",
                "hu": "%s - hiány %d. sz. jegyzőkönyv szerint, hiányzó %d db, levonva %s",
                "ro": "fact %s - lipsa marfa PV %d, lipsa %d buc, retinut %s",
                "de": "RE %s abzgl. Fehlmenge lt. Protokoll %d (%d Stk.) %s",
                "en": "INV %s SHORT SHIPMENT REPORT %d, %d PCS MISSING, DEDUCTED %s"}),
            "price": ("price difference against the order", {
                "pl": "FV %s - różnica cen wg zamówienia ZAM/%d, %d szt., potrącono %s",
                "cz": "fa %s - cenový rozdíl dle objednávky %d, %d ks, sraženo %s",
                "sk": "fa %s - cenový rozdiel podľa objednávky %d, %d ks, zrážka %s",
                "hu": "%s - árkülönbözet a %d. sz. megrendelés szerint, %d db, levonva %s",
                "ro": "fact %s - diferenta de pret cf. comanda %d, %d buc, retinut %s",
                "de": "RE %s abzgl. Preisdifferenz lt. Bestellung %d (%d Stk.) %s",
                "en": "INV %s LESS PRICE DIFFERENCE PO %d (%d PCS) %s"}),
        }
        reason, tab = T[kind]
        return tab[fl] % (n, k, q, m), reason

    def sc_short_reason(self):
        inv = self.pick(lambda i: self.bal[i["id"]] >= min_for(i["currency"]))
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        b = self.bal[inv["id"]]
        ded = cents(b * Decimal(str(round(R.uniform(0.03, 0.3), 3))), cur)
        amt = b - ded
        text, reason = self._short_text(inv, cu, ded)
        ref, rem = text, None
        if len(text) > 140 or R.random() < 0.3:
            ref, rem = single_ref(inv, cu), text
        pay = self.payment(cu, amt, cur, ref, rem, R.random() < 0.9)
        return self.emit(pay, "partial", [(inv, amt)], (inv, ded, reason), scen="short_pay_with_reason",
                         reason="%s paid less %s %s: %s" % (inv["number"], s(ded), cur, reason),
                         note="Customer deducts a stated amount with a reason; a deduction case opens for the rest.")

    def sc_lump_deduction(self):
        groups = self.free_groups(2)
        if not groups:
            return False
        (cid, cur), invs = R.choice(groups)
        cu = self.cu[cid]
        chosen = R.sample(invs, R.randint(2, min(4, len(invs))))
        for i in chosen:
            self.take(i)
        victim = R.choice(chosen)
        ded = cents(self.bal[victim["id"]] * Decimal(str(round(R.uniform(0.05, 0.25), 3))), cur)
        _, reason = self._short_text(victim, cu, ded)
        local = {"complaint: damaged goods": {"pl": "reklamacja", "cz": "reklamace", "sk": "reklamácia",
                                              "hu": "reklamáció", "ro": "reclamatie", "de": "Reklamation"},
                 "contractual penalty for late delivery": {"pl": "kara umowna", "cz": "smluvní pokuta",
                                                           "sk": "zmluvná pokuta", "hu": "kötbér", "ro": "penalitati",
                                                           "de": "Vertragsstrafe"},
                 "short delivery": {"pl": "brak towaru", "cz": "chybějící zboží", "sk": "chýbajúci tovar",
                                    "hu": "hiány", "ro": "lipsa marfa", "de": "Fehlmenge"},
                 "price difference against the order": {"pl": "różnica cen", "cz": "cenový rozdíl",
                                                        "sk": "cenový rozdiel", "hu": "árkülönbözet",
                                                        "ro": "diferenta pret", "de": "Preisdifferenz"}}
        lr = local[reason].get(cu["lang"], reason)
        rows = [(i, self.bal[i["id"]], ded if i is victim else ZERO, lr if i is victim else None) for i in chosen]
        docno = "%d" % R.randint(300000, 399999)
        rem, total = advice(rows, cu, cur, docno)
        ref = pick_lang(cu["lang"], {"pl": ["AWIZO %s"], "cz": ["AVIZO %s"], "de": ["ZAHLUNGSAVIS %s"],
                                     "hu": ["ERTESITO %s"], "ro": ["AVIZ %s"], "sk": ["AVIZO %s"],
                                     "en": ["REMITTANCE %s"]}) % docno
        pay = self.payment(cu, total, cur, ref, rem, True)
        apps = [(i, self.bal[i["id"]] - (ded if i is victim else ZERO)) for i in chosen]
        return self.emit(pay, "partial", apps, (victim, ded, reason), scen="lump_with_deduction",
                         reason="advice pays %d invoices; %s short by %s (%s)" % (len(chosen), victim["number"],
                                                                                 s(ded), reason),
                         note="Lump with one deducted line on the remittance advice.")

    # ======================= unapplied =======================================
    def sc_overpay(self):
        mode = R.choice(["total_after_partial", "interest", "interest", "round_up"])
        if mode == "total_after_partial":
            inv = self.pick(lambda i: self.bal[i["id"]] < i["_total"])
        elif mode == "round_up":
            inv = self.pick(lambda i: i["currency"] in ("HUF", "CZK") and self.bal[i["id"]] % 1000 != 0)
        else:
            inv = self.pick(lambda i: self.bal[i["id"]] >= min_for(i["currency"]))
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        b = self.bal[inv["id"]]
        n = num_of(inv, cu)
        lang = cu["lang"]
        fl = lang if lang in ("pl", "cz", "sk", "hu", "de", "ro") else "en"
        if mode == "total_after_partial":
            amt = inv["_total"]
            ref = single_ref(inv, cu)
            why = "paid the invoice total %s although %s was already paid on it" % (s(amt), s(amt - b))
        elif mode == "round_up":
            amt = D((int(b) // 1000 + 1) * 1000)
            ref = single_ref(inv, cu)
            why = "amount rounded up to %s" % s(amt)
        else:
            extra = cents(b * Decimal(str(round(R.uniform(0.004, 0.03), 4))), cur)
            amt = b + extra
            ref = {
                "pl": "FV %s + odsetki ustawowe %s", "cz": "fa %s vč. úroku z prodlení %s",
                "sk": "fa %s vrátane úroku z omeškania %s", "hu": "%s + késedelmi kamat %s",
                "ro": "fact %s + dobanzi intarziere %s", "de": "RE %s zzgl. Verzugszinsen %s",
            }.get(lang, "INV %s PLUS LATE INTEREST %s") % (n, money(extra, fl, cur))
            why = "balance plus %s late interest nobody invoiced" % s(extra)
        rest = amt - b
        if any(self.bal[i["id"]] == rest for i in self.open_of(cu["id"], cur)):
            return False
        pay = self.payment(cu, amt, cur, ref, None, True)
        return self.emit(pay, "unapplied", [(inv, b)], scen="overpayment_" + mode,
                         reason="%s closed; %s %s over, held on account" % (inv["number"], s(rest), cur),
                         note="Overpayment: %s. The remainder matches no open invoice of this customer." % why)

    def sc_cross_currency(self):
        def ok(i):
            cu = self.cu_of(i)
            return (i["currency"] in ("PLN", "CZK", "HUF") and "EUR" not in cu["currencies"]
                    and not any(x["currency"] == "EUR" for x in self.by_cust[cu["id"]]))
        inv = self.pick(ok)
        if not inv:
            return False
        cu = self.cu_of(inv)
        rate = {"PLN": Decimal("4.27"), "CZK": Decimal("25.05"), "HUF": Decimal("397.4")}[inv["currency"]]
        amt = D(self.bal[inv["id"]] / rate)
        ref = single_ref(inv, cu)
        pay = self.payment(cu, amt, "EUR", ref, None, True)
        return self.emit(pay, "unapplied", [], scen="cross_currency",
                         reason="EUR payment names %s invoice %s; never apply across currencies and the customer has no "
                                "EUR invoice" % (inv["currency"], inv["number"]),
                         note="Customer paid in EUR (about %s %s converted) from a EUR account; hold as unapplied "
                              "EUR cash on the account for a person to sort out." % (s(self.bal[inv["id"]]), inv["currency"]))

    def _subset_sums(self, vals, amt, maxk=3):
        n = len(vals)
        for a in range(n):
            if vals[a] == amt:
                return True
            for b in range(a + 1, n):
                if vals[a] + vals[b] == amt:
                    return True
                if maxk >= 3:
                    for c in range(b + 1, n):
                        if vals[a] + vals[b] + vals[c] == amt:
                            return True
        return False

    def sc_known_nofit(self):
        inv = self.pick(lambda i: i["currency"] == self.cu_of(i)["home"])
        if not inv:
            return False
        cu = self.cu_of(inv)
        cur = inv["currency"]
        lang = cu["lang"]
        amt = round_down(min_for(cur) * Decimal(R.choice([1, 2, 3, 5, 8, 12])), cur) or D(min_for(cur))
        vals = [self.bal[i["id"]] for i in self.open_of(cu["id"], cur)]
        if self._subset_sums(vals, amt) or sum(vals, ZERO) == amt:
            return False
        k = R.randint(12, 90)
        ref = {
            "pl": R.choice(["ZALICZKA NA ZAMOWIENIE ZK/2026/%04d" % (k * 7), "przedpłata wg faktury proforma PRO %d/04/2026" % k]),
            "cz": "záloha dle zálohové faktury ZF2604%04d" % k,
            "sk": "záloha podľa zálohovej faktúry ZF2604%04d" % k,
            "hu": "előleg a %d. sz. díjbekérő alapján" % k,
            "ro": "avans cf. factura proforma %d" % k,
            "de": "Vorauskasse lt. Auftragsbestätigung AB-%d" % (k + 4400),
        }.get(lang, "PREPAYMENT PROFORMA PI-%d" % k)
        pay = self.payment(cu, amt, cur, ref, None, True)
        return self.emit(pay, "unapplied", [], scen="known_customer_prepayment",
                         reason="advance payment for an order; fits no open invoice (or sum of up to three); hold on "
                                "account",
                         note="Prepayment against a proforma / order confirmation; the proforma number is not one of "
                              "our invoices even when it looks like one.")

    # ======================= review ==========================================
    def prep_same_amount(self, k):
        for _ in range(k):
            def ok(c):
                o = self.open_of(c["id"], c["home"])
                return len(o) >= 2 and any(i["_balance"] == i["_total"] for i in o)
            cu = self.pristine(ok)
            if not cu:
                return
            o = self.open_of(cu["id"], cu["home"])
            b = R.choice([i for i in o if i["_balance"] == i["_total"]])
            a = R.choice([i for i in o if i is not b])
            self.set_amount(b, self.bal[a["id"]])
            self.reserve(cu, "same_amount")
            self.pools["same_amount"].append((cu, a, b))

    def sc_same_amount(self):
        if not self.pools["same_amount"]:
            return False
        cu, a, b = self.pools["same_amount"].pop()
        amt = self.bal[a["id"]]
        pay = self.payment(cu, amt, a["currency"], R.choice(GENERIC[cu["lang"]]), None, True)
        return self.emit(pay, "review", [], cands=self.fifo([[a], [b]]), scen="two_invoices_same_amount",
                         reason="no invoice number; %s and %s both have exactly this balance" % (a["number"], b["number"]),
                         note="Known customer, two open invoices with the same balance; either could be meant. "
                              "Candidates oldest due date first.")

    def prep_unknown_multi(self, k):
        for _ in range(k):
            cur = R.choice(["PLN", "PLN", "CZK", "EUR", "EUR", "HUF"])
            fr = self.free(lambda i: i["currency"] == cur and i["_balance"] == i["_total"]
                           and i["customer_id"] not in self.touched)
            byc = {}
            for i in fr:
                byc.setdefault(i["customer_id"], i)
            if len(byc) < 3:
                continue
            group = R.sample(sorted(byc.values(), key=lambda i: i["id"]), R.choice([2, 2, 3]))
            amt = rand_amount(cur, "shop")
            for i in group:
                self.set_amount(i, amt)
                self.take(i)
            self.pools["unknown_multi"].append((cur, group))

    def unknown_payer(self, cur):
        for _ in range(20):
            p = R.choice(UNKNOWN_PAYERS[cur])
            if not self.name_matches(p):
                return p
        return "UNKNOWN PAYER"

    def sc_unknown_multi(self):
        if not self.pools["unknown_multi"]:
            return False
        cur, group = self.pools["unknown_multi"].pop()
        amt = self.bal[group[0]["id"]]
        assert all(self.bal[i["id"]] == amt for i in group)
        payer = self.unknown_payer(cur)
        ref = R.choice(UNKNOWN_REFS[cur])
        pay = self.payment(None, amt, cur, ref, None, False, payer)
        return self.emit(pay, "review", [], cands=self.fifo([[i] for i in group]), scen="unknown_payer_amount_fits_many",
                         reason="payer '%s' is not a customer; %d invoices of different customers have exactly this "
                                "balance" % (payer, len(group)),
                         note="No customer id, no usable reference, amount fits several customers' invoices.")

    def sc_unknown_nomatch(self):
        cur = R.choice(["PLN", "CZK", "EUR", "HUF", "USD"])
        amt = rand_amount(cur, R.choice(["shop", "mfg"]))
        allb = set(self.bal[i["id"]] for i in self.all_open(cur))
        if amt in allb:
            return False
        for c in self.customers:
            if self._subset_sums([self.bal[i["id"]] for i in self.open_of(c["id"], cur)], amt, 2):
                return False
        payer = self.unknown_payer(cur)
        ref = R.choice(UNKNOWN_REFS[cur] + ["payment ref %d" % R.randint(10000, 99999)])
        pay = self.payment(None, amt, cur, ref, None, False, payer)
        return self.emit(pay, "review", [], cands=[], scen="unknown_payer_no_match",
                         reason="payer not a customer, no usable reference, amount matches no open invoice",
                         note="Nothing to suggest; a person has to find out who paid.")

    def prep_subset(self, k):
        for _ in range(k):
            def ok(c):
                o = [i for i in self.open_of(c["id"], c["home"]) if i["_balance"] == i["_total"]]
                return len(o) >= 4
            cu = self.pristine(ok)
            if not cu:
                return
            o = [i for i in self.open_of(cu["id"], cu["home"]) if i["_balance"] == i["_total"]]
            a, b, c, d = R.sample(o, 4)
            A, B, Cc = self.bal[a["id"]], self.bal[b["id"]], self.bal[c["id"]]
            if R.random() < 0.5 and A + B - Cc > min_for(cu["home"]) / 10:
                self.set_amount(d, A + B - Cc)
                sets = [[a, b], [c, d]]
            else:
                self.set_amount(c, A + B)
                sets = [[c], [a, b]]
            self.reserve(cu, "subset")
            self.pools["subset"].append((cu, A + B, sets))

    def sc_subset(self):
        if not self.pools["subset"]:
            return False
        cu, amt, sets = self.pools["subset"].pop()
        pay = self.payment(cu, amt, cu["home"], R.choice(GENERIC[cu["lang"]]), None, True)
        return self.emit(pay, "review", [], cands=self.fifo(sets), scen="two_invoice_sets_fit",
                         reason="no invoice number; %s and %s both add up to the amount" %
                                (" + ".join(i["number"] for i in sets[0]), " + ".join(i["number"] for i in sets[1])),
                         note="Known customer; two different sets of open invoices sum exactly to the payment. "
                              "Candidates: fewer invoices first, then oldest due date.")

    NAME_PAIRS = [
        ("CZ", "Elektrotechnické závody Moravia %s s.r.o.", ["Brno", "Břeclav", "Blansko", "Bruntál"]),
        ("PL", "Zakład Elektroniki Profesjonalnej i Automatyki %s Sp. z o.o.", ["Łódź", "Lublin", "Legnica"]),
        ("HU", "Székesfehérvári Nyomtatott Áramkör %s Kft.", ["Gyártó", "Szerviz", "Kereskedő"]),
        ("DE", "Müller Leiterplattenbestückung %s GmbH", ["Dresden", "Chemnitz", "Görlitz"]),
        ("SK", "Elektronické komponenty a výroba plošných spojov %s s.r.o.", ["Žilina", "Zvolen", "Skalica"]),
    ]

    def prep_name_ambig(self, k):
        pairs = self.NAME_PAIRS[:]
        R.shuffle(pairs)
        for country, pat, places in pairs[:k]:
            def ok(c):
                return c["country"] == country and any(i["_balance"] == i["_total"] for i in self.open_of(c["id"], c["home"]))
            A = self.pristine(ok)
            B = self.pristine(ok)
            if not A or not B or A["home"] != B["home"]:
                continue
            pa, pb = R.sample(places, 2)
            if self.name_matches(bank_name(pat % pa, WIDTH[country])):
                continue
            for cu, pl in ((A, pa), (B, pb)):
                cu["name"] = pat % pl
                for i in self.by_cust[cu["id"]]:
                    i["customer_name"] = cu["name"]
            payer = bank_name(A["name"], WIDTH[country])
            assert payer == bank_name(B["name"], WIDTH[country]), payer
            a = R.choice(self.open_of(A["id"], A["home"]))
            b = R.choice([i for i in self.open_of(B["id"], B["home"]) if i["_balance"] == i["_total"]])
            self.set_amount(b, self.bal[a["id"]])
            self.reserve(A, "name_ambig")
            self.reserve(B, "name_ambig")
            self.pools["name_ambig"].append((payer, a, b))

    def sc_name_ambig(self):
        if not self.pools["name_ambig"]:
            return False
        payer, a, b = self.pools["name_ambig"].pop()
        matches = self.name_matches(payer)
        assert sorted(c["id"] for c in matches) == sorted([a["customer_id"], b["customer_id"]]), payer
        amt = self.bal[a["id"]]
        cu = self.cu_of(a)
        pay = self.payment(cu, amt, a["currency"], R.choice(GENERIC[cu["lang"]]), None, False, payer)
        return self.emit(pay, "review", [], cands=self.fifo([[a], [b]]), scen="truncated_name_two_customers",
                         reason="truncated payer name '%s' fits two customers, each with an open invoice of exactly "
                                "this amount" % payer,
                         note="Bank cut the name before the part that tells the two customers apart.")

    def prep_month_ambig(self, k):
        for _ in range(k):
            def ok(c):
                o = [i for i in self.open_of(c["id"], "PLN") if i["_issue"].year == 2026]
                return c["country"] == "PL" and len({i["_issue"].month for i in o}) >= 2
            cu = self.pristine(ok)
            if not cu:
                return
            o = [i for i in self.open_of(cu["id"], "PLN") if i["_issue"].year == 2026]
            a = R.choice(o)
            bs = [i for i in o if i["_issue"].month != a["_issue"].month and i["_balance"] == i["_total"]]
            if not bs:
                continue
            b = R.choice(bs)
            pa, pb = parts(a), parts(b)
            target = "FV %s/%s/%s" % (pa["seq"], pb["mm"], pb["y"])
            other = [i for i in self.invoices if i["number"] == target]
            if other:
                o2 = other[0]
                if o2["id"] in self.used or o2["customer_id"] in self.reserved:
                    continue
                o2["number"], b["number"] = b["number"], o2["number"]
                o2["_seq"], b["_seq"] = b["_seq"], o2["_seq"]
            else:
                b["number"] = target
            mine = [i for i in self.by_cust[cu["id"]] if i["currency"] == "PLN" and parts(i)["seq"] == pa["seq"]]
            if len(mine) != 2:
                continue
            mode = R.choice(["same", "part"])
            if mode == "same":
                self.set_amount(b, self.bal[a["id"]])
            self.reserve(cu, "month_ambig")
            self.pools["month_ambig"].append((cu, a, b, mode))

    def sc_month_ambig(self):
        if not self.pools["month_ambig"]:
            return False
        cu, a, b, mode = self.pools["month_ambig"].pop()
        p = parts(a)
        if mode == "same":
            amt = self.bal[a["id"]]
            ref = R.choice(["FV %s/%s" % (p["seq"], p["y"]), "faktura %s" % p["seq"], "FV NR %s" % p["seq"]])
            why = "both have the same balance"
        else:
            amt = round_down(min(self.bal[a["id"]], self.bal[b["id"]]) * Decimal("0.5"), "PLN")
            if amt <= 0:
                amt = D(50)
            ref = R.choice(["wpłata częściowa FV nr %s" % p["seq"], "I rata faktura %s/%s" % (p["seq"], p["y"])])
            why = "a part payment fits either"
        pay = self.payment(cu, amt, "PLN", ref, None, True)
        return self.emit(pay, "review", [], cands=self.fifo([[a], [b]]), scen="month_missing_ambiguous",
                         reason="'%s' fits %s and %s, both this customer's; %s" % (ref, a["number"], b["number"], why),
                         note="Monthly-restarting numbering: the same sequence number is open in two months for "
                              "one customer and the payer left the month out.")

    def prep_truncated(self, k):
        for _ in range(k * 40):
            if len(self.pools["truncated"]) >= k:
                return
            def ok(c):
                return c["country"] == "PL" and len([i for i in self.open_of(c["id"], "PLN")
                                                     if i["_balance"] == i["_total"]]) >= 4
            cands = [c for c in self.customers if c["id"] not in self.touched and c["id"] not in self.reserved and ok(c)]
            if not cands:
                return
            cu = R.choice(cands)
            o = [i for i in self.open_of(cu["id"], "PLN") if i["_balance"] == i["_total"]]
            a, b, c1 = R.sample(o, 3)
            pre = R.choice(["ZAPLATA ZA FV ", "PRZELEW FV ", "FV ", "FAKTURY FV "])
            full = pre + " FV ".join(num_of(x, cu) for x in (a, b, c1))
            ref = None
            for width in (35, 40, 50, 70):
                cut = full[:width].rstrip()
                if num_of(b, cu) in cut and num_of(c1, cu) not in cut and cut.count("FV") >= 3 \
                        and len(cut.rsplit("FV", 1)[1].strip()) <= 2:
                    ref = cut
                    break
            if ref is None:
                continue
            frag = ref.rsplit("FV", 1)[1].strip() if ref.count("FV") >= 3 else None
            if frag is None:
                continue
            c2s = [i for i in o if i not in (a, b, c1) and num_of(i, cu).startswith(frag)]
            if not c2s:
                continue
            c2 = R.choice(c2s)
            self.touched.add(cu["id"])
            self.set_amount(c2, self.bal[c1["id"]])
            self.reserve(cu, "truncated")
            self.pools["truncated"].append((cu, a, b, c1, c2, ref))

    def sc_truncated(self):
        if not self.pools["truncated"]:
            return False
        cu, a, b, c1, c2, ref = self.pools["truncated"].pop()
        amt = self.bal[a["id"]] + self.bal[b["id"]] + self.bal[c1["id"]]
        pay = self.payment(cu, amt, "PLN", ref, None, True)
        return self.emit(pay, "review", [], cands=self.fifo([[a, b, c1], [a, b, c2]]), scen="truncated_reference",
                         reason="title cut off at %d characters after %s and %s; the third invoice could be %s or %s "
                                "(same balance)" % (len(ref), a["number"], b["number"], c1["number"], c2["number"]),
                         note="Elixir title field truncated mid-number; two invoices complete the sum.")

    def sc_third_party(self):
        inv = self.pick(lambda i: self.bal[i["id"]] == i["_total"])
        if not inv:
            return False
        owner = self.cu_of(inv)
        others = [c for c in self.customers if c["country"] == owner["country"] and c["id"] != owner["id"]
                  and c["id"] not in self.reserved and inv["currency"] in c["currencies"]]
        if not others:
            return False
        payer = R.choice(others)
        amt = self.bal[inv["id"]]
        if any(self.bal[i["id"]] == amt for i in self.open_of(payer["id"], inv["currency"])):
            return False
        self.touched.add(payer["id"])
        ref = single_ref(inv, payer)
        pay = self.payment(payer, amt, inv["currency"], ref, None, True)
        return self.emit(pay, "review", [], cands=[[inv]], scen="pays_other_customers_invoice",
                         reason="%s pays %s, an invoice of %s; confirm before applying across customers" %
                                (payer["name"], inv["number"], owner["name"]),
                         note="Reference and amount fit another customer's invoice exactly; could be a group "
                              "company paying, or a wrong reference.")

    def sc_ref_conflict(self):
        if R.random() < 0.5:
            def ok(i):
                if i["currency"] != "PLN":
                    return False
                p = parts(i)
                for dm in (-1, 1):
                    m = int(p["mm"]) + dm
                    if 1 <= m <= 12 and ("FV %s/%02d/%s" % (p["seq"], m, p["y"])) in self.numidx:
                        return True
                return False
        else:
            def ok(i):
                n = i["number"]
                return i["currency"] == "CZK" and n[-1] != n[-2] and (n[:-2] + n[-1] + n[-2]) in self.numidx
        c = self.free(ok)
        R.shuffle(c)
        for q in c:
            cu = self.cu_of(q)
            amt = self.bal[q["id"]]
            if q["currency"] == "PLN":
                p = parts(q)
                alts = []
                for dm in (-1, 1):
                    m = int(p["mm"]) + dm
                    t = "FV %s/%02d/%s" % (p["seq"], m, p["y"])
                    if 1 <= m <= 12 and t in self.numidx:
                        alts.append(self.numidx[t])
                pinv = R.choice(alts)
            else:
                pinv = self.numidx[q["number"][:-2] + q["number"][-1] + q["number"][-2]]
            if (pinv["customer_id"] == cu["id"] or self.bal[pinv["id"]] == amt or self.bal[pinv["id"]] <= 0
                    or pinv["customer_id"] in self.reserved):
                continue
            if any(self.bal[i["id"]] == amt for i in self.open_of(cu["id"], q["currency"]) if i is not q):
                continue
            self.take(q)
            self.take(pinv)
            ref = single_ref(pinv, cu)
            pay = self.payment(cu, amt, q["currency"], ref, None, True)
            return self.emit(pay, "review", [], cands=[[q], [pinv]], scen="reference_conflicts_with_amount",
                             reason="reference names %s (another customer's, different balance) but the amount is "
                                    "exactly %s of this customer" % (pinv["number"], q["number"]),
                             note="Probable typo (%s) in the reference; likely %s, but reference and amount disagree "
                                  "so a person confirms." % ("wrong month" if q["currency"] == "PLN" else
                                                             "swapped digits", q["number"]))
        return False

    # ======================= bad input =======================================
    def _err_base(self):
        inv = self.pick()
        cu = self.cu_of(inv)
        return inv, cu

    def sc_err_negative(self):
        inv, cu = self._err_base()
        amt = -self.bal[inv["id"]]
        ref = R.choice(["ZWROT " + single_ref(inv, cu), "STORNO " + single_ref(inv, cu), "RETURN " + inv["number"]])
        pay = self.payment(cu, amt, inv["currency"], ref, None, True)
        return self.emit(pay, "error", scen="bad_negative_amount", error="negative amount",
                         reason="amount is negative (a return or reversal, not a receipt)",
                         note="Bad input: negative amount; nothing applied.")

    def sc_err_currency(self):
        inv = self.pick(lambda i: self.cu_of(i)["country"] in ("RO", "DE"))
        cu = self.cu_of(inv)
        cur, rate = ("RON", Decimal("4.977")) if cu["country"] == "RO" else ("GBP", Decimal("0.853"))
        amt = D(self.bal[inv["id"]] * rate)
        pay = self.payment(cu, amt, cur, single_ref(inv, cu), None, True)
        return self.emit(pay, "error", scen="bad_currency", error="currency %s: no open invoice in %s" % (cur, cur),
                         reason="payment currency %s is not used by any invoice in the ledger" % cur,
                         note="Bad input: currency no invoice has (%s)." % cur)

    def sc_err_malformed(self):
        inv, cu = self._err_base()
        b = self.bal[inv["id"]]
        amt = R.choice([fmt(b, "de"), fmt(b, "pl"), fmt(b, "en") if b >= 1000 else fmt(b, "de") + " EUR"])
        if amt == s(b):
            amt = amt.replace(".", ",")
        pay = self.payment(cu, amt, inv["currency"], single_ref(inv, cu), None, True)
        return self.emit(pay, "error", scen="bad_malformed_amount", error="malformed amount %r" % amt,
                         reason="amount is not a decimal string", note="Bad input: amount '%s' is not a plain "
                                                                       "decimal string." % amt)

    def sc_err_nodate(self):
        inv, cu = self._err_base()
        pay = self.payment(cu, self.bal[inv["id"]], inv["currency"], single_ref(inv, cu), None, True)
        pay["_nodate"] = R.choice([None, ""])
        return self.emit(pay, "error", scen="bad_missing_date", error="missing date",
                         reason="payment has no date", note="Bad input: date is %s." %
                                                          ("null" if pay["_nodate"] is None else "an empty string"))

    def sc_err_dupid(self):
        prev = [k for k, l in enumerate(self.labels) if l["status"] in ("applied", "partial") and
                "_dup" not in self.payments[k]]
        if not prev:
            return False
        k = R.choice(prev[-60:])
        orig = self.payments[k]
        pay = OrderedDict((key, v) for key, v in orig.items())
        pay["_dup"] = True
        variant = R.random() < 0.5
        if variant:
            pay["amount"] = s(Decimal(orig["amount"]) + D(R.choice([1, 10, 100])))
        self.payments[k]["_dup"] = True
        return self.emit(pay, "error", scen="bad_duplicate_id", error="duplicate payment id %s" % pay["id"],
                         reason="payment id already used earlier in the file",
                         note="Bad input: id repeats an earlier payment%s; the first one stands." %
                              (" with a different amount" if variant else " (the same transaction loaded twice)"))

    # ======================= driver ==========================================
    def run(self, plan):
        jobs = []
        for name, n in plan:
            jobs += [name] * n
        R.shuffle(jobs)
        while jobs or self.queue:
            self.queue.sort(key=lambda q: (q[0], q[1]))
            if self.queue and (self.queue[0][0] <= len(self.payments) or not jobs):
                self.queue.pop(0)[2]()
                continue
            name = jobs.pop()
            if not getattr(self, "sc_" + name)():
                self.failed[name] += 1


PLAN = [
    ("ref_pl", 38), ("ref_cz", 24), ("ref_sk", 10), ("ref_hu", 18), ("ref_ro", 11), ("ref_de", 11),
    ("ref_usd", 6), ("ref_eur_other", 8), ("mpp", 14), ("stripped", 10), ("lump_listed", 18),
    ("lump_range", 6), ("lump_advice", 9), ("amount_only", 11), ("name_only", 6), ("statement", 5),
    ("month_disamb", 8), ("lookalike", 12), ("prior_partial_exact", 7), ("third_party_payer", 8),
    ("part_payment", 16), ("skonto", 11), ("bank_fee", 7), ("short_reason", 14), ("lump_deduction", 6),
    ("overpay", 11), ("cross_currency", 5), ("known_nofit", 7),
    ("same_amount", 9), ("unknown_multi", 9), ("unknown_nomatch", 6), ("subset", 7), ("name_ambig", 4),
    ("month_ambig", 6), ("truncated", 3), ("third_party", 7), ("ref_conflict", 6),
    ("err_negative", 2), ("err_currency", 2), ("err_malformed", 2), ("err_nodate", 2), ("err_dupid", 2),
]

PAY_START = date(2026, 4, 13)
PAY_END = date(2026, 5, 15)
HOLIDAYS = {date(2026, 5, 1)}


def business_days():
    d, out = PAY_START, []
    while d <= PAY_END:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


def build():
    customers = build_customers()
    invoices = build_invoices(customers)
    g = Scen(customers, invoices)
    g.prep_same_amount(9)
    g.prep_subset(7)
    g.prep_name_ambig(4)
    g.prep_month_ambig(6)
    g.prep_truncated(3)
    g.prep_unknown_multi(9)
    g.numidx = {i["number"]: i for i in invoices}
    assert len(g.numidx) == len(invoices)
    g.run(PLAN)
    days = business_days()
    n = len(g.payments)
    for k, p in enumerate(g.payments):
        p["date"] = days[k * len(days) // n].isoformat()
        if "_nodate" in p:
            p["date"] = p.pop("_nodate")
        p.pop("_dup", None)
    g.langs = [p.pop("_lang") for p in g.payments]
    return customers, invoices, g


def replay_check(invoices, payments, labels):
    """Replay the labels in file order against the invoices; raise on any inconsistency."""
    inv = {i["id"]: i for i in invoices}
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    assert len(payments) == len(labels)
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            assert l["applications"] == [] and l.get("error")
            continue
        amt = Decimal(p["amount"])
        tot = Decimal(l["unapplied"])
        for a in l["applications"]:
            i = inv[a["invoice_id"]]
            x = Decimal(a["amount"])
            assert i["currency"] == p["currency"] and x > 0
            assert bal[i["id"]] >= x, (p["id"], i["id"])
            bal[i["id"]] -= x
            tot += x
        assert tot == amt, p["id"]
    return bal


def write_all():
    customers, invoices, g = build()
    os.makedirs(OUT, exist_ok=True)
    inv_sorted = sorted(invoices, key=lambda i: (i["_issue"], i["currency"], i["id"]))
    inv_json = [invoice_json(i) for i in inv_sorted]
    replay_check(inv_json, g.payments, g.labels)
    dump(os.path.join(OUT, "invoices.json"), inv_json)
    dump(os.path.join(OUT, "payments.json"), g.payments)
    dump(os.path.join(OUT, "labels.json"), g.labels)
    write_readme(customers, inv_json, g)
    return g


def write_readme(customers, inv_json, g):
    from collections import Counter
    st = Counter(l["status"] for l in g.labels)
    sc = Counter(l["scenario"] for l in g.labels)
    cur_inv = Counter(i["currency"] for i in inv_json)
    cur_pay = Counter(p["currency"] for p in g.payments)
    cty = Counter(c["country"] for c in customers)
    cmap = {c["id"]: c for c in customers}
    pay_cty = Counter((cmap[p["customer_id"]]["country"] if p["customer_id"] else "unknown (no customer id)")
                      for p in g.payments)
    known = sum(1 for p in g.payments if p["customer_id"])
    LN = {"pl": "Polish", "cz": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "de": "German",
          "en": "English (EMS groups)", "none": "no language (unknown payer, generic or no text)"}
    langs = Counter(LN[x] for x in g.langs)
    odd = sorted(set(p["currency"] for p in g.payments) - set(i["currency"] for i in inv_json))

    def table(counter, h1, h2="count"):
        rows = ["| %s | %s |" % (h1, h2), "|---|---|"]
        rows += ["| %s | %d |" % (k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
        return "\n".join(rows)

    txt = """# Blind cash-application set: Kondensa Components CE

Held-out test set for the `match` contract (`contracts/cash-application.md`), written blind
(from the contract only). Generated by `python3 build.py` (stdlib, fixed seed, byte-for-byte
reproducible); `python3 check.py` re-verifies every label.

## Theme

Kondensa Components CE is a made-up distributor of electronic components (capacitors, connectors,
power modules) with five invoice books:

| book | currency | number format | restarts |
|---|---|---|---|
| Poland | PLN | `FV 123/03/2026` | every month (so `FV 57/03/2026` and `FV 57/04/2026` are both open) |
| Czechia | CZK | `26030123` (yy mm nnnn; the Czech VS is the number itself) | every month |
| Hungary | HUF | `KCH-2026-00123` | every year |
| export | EUR | `KCE26-0457` (the Slovak/Czech VS is the digits `260457`) | every year |
| export | USD | `KCU26-0031` | every year |

Customers are Polish, Czech, Slovak, Hungarian, Romanian and German manufacturers, EMS contract
manufacturers and repair shops. All names, tax ids and numbers are invented.

## Files (`%s/`)

* `invoices.json`: %d open invoices of %d customers, in the contract's invoice format. Some were
  part-paid before this file (`balance` < `total`).
* `payments.json`: %d payments, oldest first (%s .. %s), in the contract's payment format. %d carry a
  `customer_id`, the rest have `null` (unknown account, factor, owner's private account).
* `labels.json`: one expected MATCHES entry per payment, same order, with two extra fields:
  `scenario` (what the row tests) and `note` (why the label is what it is). Error rows also have `error`.

Invoices by currency: %s. Payments by currency: %s.

### Customers by country

%s

### Payments by payer country

%s

### Payments by language of the reference / remittance text

%s

## Labels by status

%s

## Labels by scenario

%s

## Conventions where the contract is silent

* **Candidates** are a list of invoice-id lists, one list per candidate set, best first, e.g.
  `[["in-a"], ["in-b"]]` or `[["in-a", "in-b"], ["in-c", "in-d"]]`. When the evidence for the sets is
  equal, the order is: fewer invoices first, then the oldest due date. Scoring should treat the first
  candidate as the expected best only where the note says one is more likely; otherwise compare the
  candidate sets as a set of sets. The order carries meaning only in `reference_conflicts_with_amount`
  (the payer's own invoice with the exact amount comes first, the other customer's invoice the reference
  names second) and `pays_other_customers_invoice` (one candidate). `candidates` is `[]` for every status except `review`; a `review`
  with nothing to suggest (unknown payer, no fit) has `[]`.
* **`unapplied` on `review`** is the whole payment (nothing is applied, and applications plus unapplied
  must add up to the amount). On `applied` and `partial` it is `"0.00"`.
* **`partial` without `short_pay`** is a part payment the payer calls a part payment (instalment,
  "I rata", "1. splátka", "Teilzahlung", "részlet"). **`partial` with `short_pay`** is a deduction the
  payer states: Skonto / cash discount, bank charges the payer says were deducted, complaint, penalty,
  short delivery, price difference. `short_pay.amount` is what the deduction leaves open on that invoice;
  `short_pay.reason` is free English text (compare invoice and amount, not the wording).
* **Overpayment**: the invoice is closed and the rest is `unapplied` with status `unapplied` (the
  applications are listed). A second payment of an already-paid invoice and a known customer's payment
  that fits nothing (prepayment against a proforma) are `unapplied` with no applications.
* **Another currency**: a EUR payment naming a PLN/CZK/HUF invoice of a customer with no EUR invoice is
  held as `unapplied` on that customer (never converted). A payment in a currency that *no* invoice has
  (here %s) is a bad-input `error`.
* **Sure enough to apply**: the invoice number (in any of the customer's spellings: spaces, dashes,
  zero-padded VS, VS digits of an EUR number, "seria ... nr ...") plus the exact open balance; or a known
  customer whose open invoices contain exactly one with that balance (and no pair adding up to it); or a
  truncated payer name that fits exactly one customer plus an amount that exists exactly once in the
  ledger; or the customer's whole open balance in that currency; or a range/list whose sum is exact.
  Another customer's invoice, a reference that disagrees with the amount, two equal balances, two
  fitting sets, a month left out of a monthly number with two fits, or a cut-off reference go to
  `review`.
* **Numbers that are not invoice numbers**: our own NIP in the split-payment `IDC` field, the VAT
  amount in `/VAT/`, the payer's NIP / IČO / adószám, order (ZAM, obj. č., megrendelés, Bestellung),
  delivery-note (WZ), proforma (PRO, ZF, díjbekérő), payment-order (OP), customer numbers (Kd-Nr.), the
  konstantní symbol 0308, debit-note (NO) and complaint numbers.
* **Bad input** rows (`status: "error"`): negative amount, currency no invoice has, malformed amount
  (`"1.234,56"`, `"1 234,56"`, `"1,234.56"`), missing date (`null` or `""`), and a repeated payment id
  (the second occurrence is the error; the first is labelled normally). They have no applications,
  `unapplied: null`, `short_pay: null`, `candidates: []` and an `error` text. They change no balance.
* Payments are applied in file order; labels of later payments assume the earlier labels were applied
  (part payment then remainder, payment then duplicate payment).
""" % (LEDGER, len(inv_json), len(customers), len(g.payments), g.payments[0]["date"],
       max(p["date"] for p in g.payments if p["date"]), known,
       ", ".join("%s %d" % kv for kv in sorted(cur_inv.items())),
       ", ".join("%s %d" % kv for kv in sorted(cur_pay.items())),
       table(cty, "country"), table(pay_cty, "payer country"), table(langs, "language"), table(st, "status"),
       table(sc, "scenario"), ", ".join(odd))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


if __name__ == "__main__":
    g = write_all()
    from collections import Counter
    print(len(g.payments), "payments", dict(Counter(l["status"] for l in g.labels)))
    if g.failed:
        print("failed attempts:", dict(g.failed))
