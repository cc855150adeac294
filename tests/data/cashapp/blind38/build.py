#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: a Baltic timber / sawn-wood / wood-pellet exporter (entities in Estonia,
Latvia and Lithuania) selling to the Baltics, Finland, Sweden, Poland and Germany.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_baltic/*.json and
README.md byte for byte.
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_baltic")
SEED = 120_2026
rng = random.Random(SEED)
C = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


# ---------------------------------------------------------------------------
# Stage 1: customers and invoices
# ---------------------------------------------------------------------------

ENTITIES = {
    "EE": {"seq": 10412, "name": "Läänemere Puit AS"},
    "LV": {"seq": 20188, "name": "SIA Baltijas Koks"},
    "LT": {"seq": 30577, "name": "UAB Pabaltijo Mediena"},
}

NAMES = {
    "EE": (["Tartu", "Pärnu", "Viljandi", "Rakvere", "Võru", "Haapsalu", "Kuressaare", "Jõhvi",
            "Paide", "Rapla", "Valga", "Põlva", "Jõgeva", "Türi"],
           ["Puit", "Saeveski", "Ehitus", "Palk", "Graanul", "Puidukaubandus", "Mööbel",
            "Ehitusmaterjal", "Küte", "Aknad"],
           lambda p, t, r: "%s %s %s" % (p, t, r.choice(["OÜ", "OÜ", "OÜ", "AS"]))),
    "LV": (["Rīga", "Jelgava", "Liepāja", "Cēsis", "Valmiera", "Daugavpils", "Ventspils", "Ogre",
            "Tukums", "Sigulda", "Jēkabpils", "Talsi", "Kuldīga", "Bauska"],
           ["Koks", "Kokmateriāli", "Būvmateriāli", "Zāģētava", "Granulas", "Mēbeles", "Būve",
            "Meži", "Siltums", "Logi"],
           lambda p, t, r: r.choice(['SIA "%s %s"' % (t, p), "SIA %s %s" % (t, p)])),
    "LT": (["Vilniaus", "Kauno", "Klaipėdos", "Šiaulių", "Panevėžio", "Alytaus", "Marijampolės",
            "Utenos", "Telšių", "Tauragės", "Kėdainių", "Plungės", "Biržų", "Rokiškio"],
           ["mediena", "lentpjūvė", "statyba", "granulės", "baldai", "miškai", "prekyba",
            "šiluma", "langai", "statybinė mediena"],
           lambda p, t, r: "UAB „%s %s“" % (p, t)),
    "FI": (["Kuopion", "Jyväskylän", "Hämeenlinnan", "Lahden", "Porin", "Seinäjoen", "Kokkolan",
            "Mikkelin", "Joensuun", "Rovaniemen", "Vaasan", "Kouvolan", "Hyvinkään", "Äänekosken"],
           ["Puutavara", "Saha", "Rakennus", "Lämpö", "Pelletti", "Kuljetus", "Puutuote",
            "Rautakauppa", "Höylä", "Energia"],
           lambda p, t, r: "%s %s Oy" % (p, t)),
    "SE": (["Smålands", "Värmlands", "Dalarnas", "Hälsinglands", "Jämtlands", "Skånes",
            "Gästriklands", "Norrlands", "Västgöta", "Östgöta", "Upplands", "Blekinge",
            "Ångermanlands", "Närkes"],
           ["Trä", "Trävaror", "Bygg", "Virke", "Pellets", "Snickeri", "Bygghandel", "Sågverk",
            "Värme", "Hustillverkning"],
           lambda p, t, r: "%s %s AB" % (p, t)),
    "PL": (["Łódź", "Poznań", "Gdańsk", "Kraków", "Wrocław", "Białystok", "Szczecin", "Lublin",
            "Olsztyn", "Bydgoszcz", "Toruń", "Kielce", "Żywiec", "Włocławek"],
           ["Drewno", "Tartak", "Budmat", "Pellet", "Więźba", "Stolarka", "Deski", "Opał",
            "Drewbud", "Ekogrzew"],
           lambda p, t, r: r.choice(["%s %s Sp. z o.o." % (t, p), "PHU %s %s" % (t, p),
                                     "%s-%s S.A." % (t, p)])),
    "DE": (["Müller", "Schröder", "Weißmann", "Bäcker", "Köhler", "Jäger", "Hößl", "Krüger",
            "Schäfer", "Günther", "Vogt", "Brandt", "Böhm", "Frühauf"],
           ["Holzhandel", "Sägewerk", "Holzbau", "Pelletshandel", "Baustoffe", "Zimmerei",
            "Holzwerk", "Brennstoffe", "Holzfachmarkt", "Dachbau"],
           lambda p, t, r: r.choice(["%s %s GmbH" % (t, p), "%s %s GmbH & Co. KG" % (t, p)])),
}
COUNTRY_COUNT = {"EE": 48, "LV": 44, "LT": 44, "FI": 44, "SE": 40, "PL": 42, "DE": 38}
LANG = {"EE": "et", "LV": "lv", "LT": "lt", "FI": "fi", "SE": "sv", "PL": "pl", "DE": "de"}
SELLER = {"EE": ["EE"], "FI": ["EE"], "SE": ["EE", "LV"], "LV": ["LV"], "PL": ["LV", "LT"],
          "LT": ["LT"], "DE": ["EE", "LV", "LT"]}
FX = {"EUR": Decimal(1), "SEK": Decimal("11.23"), "PLN": Decimal("4.27")}

TRANSLIT = {"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "„": "", "“": "", '"': ""}


def deaccent(t, german_ue=False):
    if german_ue:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            t = t.replace(a, b)
    t = "".join(TRANSLIT.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    return "".join(ch for ch in t if not unicodedata.combining(ch))


def norm_name(t):
    return " ".join(deaccent(t, False).upper().replace(".", " ").replace(",", " ").split())


def rid(prefix, n, alphabet="0123456789abcdefghjkmnpqrstvwxyz"):
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


used_ids = set()


def uid(prefix, n, alphabet="0123456789abcdefghjkmnpqrstvwxyz"):
    while True:
        x = rid(prefix, n, alphabet)
        if x not in used_ids:
            used_ids.add(x)
            return x


def make_customers():
    custs = []
    seen = set()
    for cc in ["EE", "LV", "LT", "FI", "SE", "PL", "DE"]:
        places, trades, fmt = NAMES[cc]
        combos = [(p, t) for p in places for t in trades]
        rng.shuffle(combos)
        n = 0
        for p, t in combos:
            if n == COUNTRY_COUNT[cc]:
                break
            name = fmt(p, t, rng)
            key = norm_name(name)
            # avoid two customers sharing the same place or the same normalised name
            if key in seen:
                continue
            seen.add(key)
            if cc == "SE":
                curs = ["SEK"] if rng.random() < 0.7 else ["SEK", "EUR"]
            elif cc == "PL":
                curs = ["PLN"] if rng.random() < 0.6 else (["PLN", "EUR"] if rng.random() < 0.6 else ["EUR"])
            else:
                curs = ["EUR"]
            custs.append({
                "id": uid("C", 6, "0123456789"),
                "name": name, "country": cc, "lang": LANG[cc],
                "entity": rng.choice(SELLER[cc]), "currencies": curs,
                "terms": rng.choice([14, 21, 30, 30, 45, 60]),
                "contract": "%s-%d/%03d" % (rng.choice(["K", "L", "MP"]), rng.choice([2024, 2025]),
                                            rng.randint(1, 240)),
                "size": rng.choice([1, 1, 2, 2, 2, 3]),
                "pellet": 0,
            })
            n += 1
    # ~26 customers buy pellets on a monthly contract: identical monthly invoices
    for cu in rng.sample(custs, 26):
        cu["pellet"] = rng.choice([2, 2, 3])
    return custs


def invoice_amount(cur, size):
    base = {1: (450, 6000), 2: (2500, 18000), 3: (9000, 48000)}[size]
    eur = Decimal(rng.randint(base[0] * 100, base[1] * 100)) / 100
    return q(eur * FX[cur])


START = date(2025, 8, 1)
END = date(2026, 1, 9)


def make_invoices(custs):
    events = []  # (date, cust, currency, [amounts])
    for cu in custs:
        n_events = rng.choice([1, 1, 2, 2, 3, 3, 4, 4])
        for _ in range(n_events):
            d = START + timedelta(days=int((END - START).days * (rng.random() ** 0.6)))
            cur = cu["currencies"][0] if rng.random() < 0.75 else rng.choice(cu["currencies"])
            k = rng.choice([1, 1, 1, 1, 2, 2, 3, 4])
            events.append((d, cu, cur, [invoice_amount(cur, cu["size"]) for _ in range(k)]))
        # pellet contract customers: monthly deliveries with identical totals
        if cu.get("pellet"):
            cur = cu["currencies"][0]
            amt = invoice_amount(cur, cu["size"])
            for d in (date(2025, 10, 31), date(2025, 11, 28), date(2025, 12, 31))[:cu["pellet"]]:
                events.append((d, cu, cur, [amt]))
    events.sort(key=lambda e: (e[0], e[1]["id"]))
    invs = []
    for d, cu, cur, amts in events:
        ent = cu["entity"]
        for a in amts:
            seq = ENTITIES[ent]["seq"]
            ENTITIES[ent]["seq"] += 1
            bal = a
            if rng.random() < 0.12 and not (cu["pellet"] and len(amts) == 1 and d.day >= 28):  # partly paid before the snapshot
                bal = q(a * Decimal(rng.randint(25, 70)) / 100)
            invs.append({
                "id": uid("inv_", 8),
                "number": "%s-%s-%d" % (ent, d.strftime("%y"), seq),
                "customer_id": cu["id"], "customer_name": cu["name"], "currency": cur,
                "total": a, "balance": bal,
                "issue_date": d, "due_date": d + timedelta(days=cu["terms"]),
                "_seq": seq, "_yy": d.strftime("%y"), "_ent": ent,
            })
        # occasionally skip a number (cancelled invoice) so ranges have gaps elsewhere
        if rng.random() < 0.03:
            ENTITIES[ent]["seq"] += 1
    return invs


def inv_public(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": i["currency"],
            "total": s(i["total"]), "balance": s(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


# ---------------------------------------------------------------------------
# structured references
# ---------------------------------------------------------------------------

def ref731(core):
    """Estonian viitenumber / Finnish viitenumero check digit (weights 7-3-1 from the right)."""
    w = [7, 3, 1]
    tot = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(core)))
    return core + str((10 - tot % 10) % 10)


def rf_ref(body):
    """ISO 11649 creditor reference RFcc + body."""
    t = body + "RF00"
    num = "".join(str(int(ch, 36)) for ch in t)
    cc = 98 - int(num) % 97
    return "RF%02d%s" % (cc, body)


def viite(inv):
    return ref731(inv["_yy"] + str(inv["_seq"]))


def group(t, n, from_right=False):
    if from_right:
        parts = []
        while t:
            parts.insert(0, t[-n:])
            t = t[:-n]
        return " ".join(parts)
    return " ".join(t[i:i + n] for i in range(0, len(t), n))



# ---------------------------------------------------------------------------
# Stage 2: bank and remittance text
# ---------------------------------------------------------------------------

def money(a, lang, thousands=True):
    a = q(a)
    neg = a < 0
    a = abs(a)
    whole, frac = str(a).split(".")
    if lang == "en":
        sep, dec = ",", "."
    elif lang == "de":
        sep, dec = ".", ","
    else:
        sep, dec = " ", ","
    if thousands and len(whole) > 3:
        parts = []
        while whole:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = sep.join(parts)
    return ("-" if neg else "") + whole + dec + frac


TXT = {
    "et": {"one": ["Arve {n}", "arve nr {n} tasumine", "ARVE {n}", "Arve {n} tasumine"],
           "many": ["Arved {l}", "arvete {l} tasumine", "ARVED {l}"],
           "range": ["{a}-{b}", "{a} kuni {b}"],
           "part": "osamakse", "ded": "maha arvatud {r} {x} {c}",
           "claim": {"moisture": "niiskuse pretensioon nr {k}", "volume": "mahu pretensioon nr {k}",
                     "quality": "kvaliteedi pretensioon nr {k} (sinitõmme)", "discount": "2% soodustus",
                     "charges": "pangakulud"},
           "stmt": ["Saldo tasumine", "Tasumine vastavalt saldokinnitusele", "Võlgnevuse tasumine"],
           "prepay": "Ettemaks lepingu {k} alusel", "ctr": "Leping {k}, saateleht {d}",
           "po": "tellimus", "sum": "summa",
           "advice": "Täna tasusime {w}, kokku {a} {c}.", "hello": "Tere!", "bye": "Lugupidamisega\n{name} raamatupidamine"},
    "lv": {"one": ["Rēķins Nr. {n}", "Apmaksa par rēķinu {n}", "REKINS {n}", "rēķ. {n}"],
           "many": ["Rēķini {l}", "Apmaksa par rēķiniem {l}", "REKINI {l}"],
           "range": ["{a}–{b}", "no {a} līdz {b}"],
           "part": "daļējs maksājums", "ded": "ieturēta {r} {x} {c}",
           "claim": {"moisture": "mitruma pretenzija Nr. {k}", "volume": "apjoma pretenzija Nr. {k}",
                     "quality": "kvalitātes pretenzija Nr. {k} (zilējums)", "discount": "2% atlaide",
                     "charges": "bankas komisija"},
           "stmt": ["Apmaksa saskaņā ar salīdzināšanas aktu", "Parāda dzēšana", "Saldo apmaksa"],
           "prepay": "Priekšapmaksa pēc līguma {k}", "ctr": "Līgums {k}, pavadzīme {d}",
           "po": "pasūtījums", "sum": "summa",
           "advice": "Šodien samaksājām {w}, kopā {a} {c}.", "hello": "Labdien!", "bye": "Ar cieņu,\n{name} grāmatvedība"},
    "lt": {"one": ["Sąskaita faktūra {n}", "Apmokėjimas pagal SF {n}", "SF {n}", "SASK. {n}"],
           "many": ["Sąskaitos {l}", "Apmokėjimas pagal SF {l}", "SF {l}"],
           "range": ["nuo {a} iki {b}", "{a}-{b}"],
           "part": "dalinis mokėjimas", "ded": "išskaičiuota {r} {x} {c}",
           "claim": {"moisture": "drėgmės pretenzija Nr. {k}", "volume": "tūrio pretenzija Nr. {k}",
                     "quality": "kokybės pretenzija Nr. {k} (mėlynavimas)", "discount": "2 % nuolaida",
                     "charges": "banko mokesčiai"},
           "stmt": ["Skolos padengimas pagal suderinimo aktą", "Apmokėjimas pagal saldo aktą"],
           "prepay": "Išankstinis mokėjimas pagal sutartį {k}", "ctr": "Sutartis {k}, važtaraštis {d}",
           "po": "užsakymas", "sum": "suma",
           "advice": "Šiandien apmokėjome {w}, iš viso {a} {c}.", "hello": "Laba diena,", "bye": "Pagarbiai\n{name} buhalterija"},
    "fi": {"one": ["Lasku {n}", "LASKU {n}", "Laskun {n} maksu", "Lasku nro {n}"],
           "many": ["Laskut {l}", "LASKUT {l}", "Laskujen {l} maksu"],
           "range": ["{a}-{b}", "{a}–{b}"],
           "part": "osamaksu", "ded": "vähennetty {r} {x} {c}",
           "claim": {"moisture": "kosteusreklamaatio {k}", "volume": "tilavuusreklamaatio {k}",
                     "quality": "laatureklamaatio {k} (sinistymä)", "discount": "kassa-alennus 2 %",
                     "charges": "pankkikulut"},
           "stmt": ["Saldon maksu", "Maksu tiliotteen mukaan", "Avoimet laskut"],
           "prepay": "Ennakkomaksu sopimus {k}", "ctr": "Sopimus {k}, lähete {d}",
           "po": "tilaus", "sum": "summa",
           "advice": "Maksoimme tänään {w}, yhteensä {a} {c}.", "hello": "Hei,", "bye": "Ystävällisin terveisin\n{name}, ostoreskontra"},
    "sv": {"one": ["Faktura {n}", "Fakt nr {n}", "FAKTURA {n}", "Betalning faktura {n}"],
           "many": ["Fakturor {l}", "Fakt {l}", "Betalning fakturor {l}"],
           "range": ["{a}–{b}", "{a} t.o.m. {b}"],
           "part": "delbetalning", "ded": "avdrag {r} {x} {c}",
           "claim": {"moisture": "fuktreklamation {k}", "volume": "volymreklamation {k}",
                     "quality": "kvalitetsreklamation {k} (blånad)", "discount": "kassarabatt 2%",
                     "charges": "bankavgift"},
           "stmt": ["Betalning enligt kontoutdrag", "Betalning saldo", "Reskontra"],
           "prepay": "Förskottsbetalning avtal {k}", "ctr": "Avtal {k}, följesedel {d}",
           "po": "order", "sum": "belopp",
           "advice": "Vi har idag betalat {w}, totalt {a} {c}.", "hello": "Hej,", "bye": "Med vänliga hälsningar\n{name}, ekonomiavdelningen"},
    "pl": {"one": ["Faktura {n}", "Zapłata za FV {n}", "FV {n}", "Zapłata za fakturę {n}"],
           "many": ["Faktury {l}", "Zapłata za FV {l}", "FV {l}"],
           "range": ["od {a} do {b}", "{a}-{b}"],
           "part": "częściowa płatność", "ded": "potrącono {r} {x} {c}",
           "claim": {"moisture": "reklamacja wilgotności nr {k}", "volume": "reklamacja ilościowa nr {k}",
                     "quality": "reklamacja jakościowa nr {k} (sinizna)", "discount": "skonto 2%",
                     "charges": "opłaty bankowe"},
           "stmt": ["Spłata salda wg potwierdzenia sald", "Zapłata zaległości", "Saldo"],
           "prepay": "Przedpłata wg umowy {k}", "ctr": "Umowa {k}, WZ {d}",
           "po": "zamówienie", "sum": "kwota",
           "advice": "Dziś zapłaciliśmy {w}, razem {a} {c}.", "hello": "Dzień dobry,", "bye": "Z poważaniem\nDział księgowości {name}"},
    "de": {"one": ["Rechnung {n}", "RE {n}", "Rechnungsnr. {n}", "Zahlung Rechnung {n}"],
           "many": ["Rechnungen {l}", "RE {l}", "Ausgleich Rechnungen {l}"],
           "range": ["{a} bis {b}", "{a}-{b}"],
           "part": "Teilzahlung", "ded": "abzgl. {r} {x} {c}",
           "claim": {"moisture": "Reklamation Restfeuchte Nr. {k}", "volume": "Mengendifferenz lt. Reklamation {k}",
                     "quality": "Qualitätsmangel (Bläue) Rekl. {k}", "discount": "2% Skonto",
                     "charges": "Bankspesen"},
           "stmt": ["Ausgleich gemäß Kontoauszug", "Saldenausgleich", "Ausgleich offene Posten"],
           "prepay": "Vorauszahlung lt. Vertrag {k}", "ctr": "Vertrag {k}, Lieferschein {d}",
           "po": "Bestellung", "sum": "Betrag",
           "advice": "heute haben wir {w} überwiesen, insgesamt {a} {c}.", "hello": "Sehr geehrte Damen und Herren,",
           "bye": "Mit freundlichen Grüßen\nBuchhaltung {name}"},
    "en": {"one": ["Invoice {n}", "INV {n}", "Payment of invoice {n}", "Inv. no. {n}"],
           "many": ["Invoices {l}", "INV {l}", "Payment of invoices {l}"],
           "range": ["{a} to {b}", "{a}-{b}"],
           "part": "part payment", "ded": "less {r} {x} {c}",
           "claim": {"moisture": "moisture claim {k}", "volume": "volume claim {k}",
                     "quality": "quality claim {k} (blue stain)", "discount": "2% early payment discount",
                     "charges": "bank charges"},
           "stmt": ["Payment as per statement", "Balance settlement", "Open items"],
           "prepay": "Advance payment contract {k}", "ctr": "Contract {k}, delivery note {d}",
           "po": "PO", "sum": "amount",
           "advice": "Today we paid {w}, total {a} {c}.", "hello": "Hello,", "bye": "Kind regards\nAccounts payable, {name}"},
}
REASON_EN = {"moisture": "moisture claim", "volume": "volume claim", "quality": "quality claim (blue stain)",
             "discount": "early payment discount taken", "charges": "bank charges deducted"}


def lang_of(cu):
    return "en" if rng.random() < 0.12 else cu["lang"]


def num_form(inv, style=None):
    style = style or rng.choice(["full", "full", "full", "short", "compact"])
    if style == "full":
        return inv["number"]
    if style == "short":
        return str(inv["_seq"])
    return inv["number"].replace("-", "")


def bankify(t, p=0.45):
    """Banks often upper-case and strip diacritics in the unstructured reference."""
    if t is not None and rng.random() < p:
        t = deaccent(t).upper()
    return t[:140] if t else t


def advice(cu, lang, what, amount, cur, extra=None):
    T = TXT[lang]
    if lang != "de" and what[:2] != what[:2].upper():
        what = what[0].lower() + what[1:]
    body = T["advice"].format(w=what, a=money(amount, lang), c=cur)
    if extra:
        body += "\n" + extra
    return "%s\n%s\n%s" % (T["hello"], body, T["bye"].format(name=cu["name"]))


LEGAL_LONG = {"Sp. z o.o.": "SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA", "S.A.": "SPOLKA AKCYJNA",
              "GmbH & Co. KG": "GMBH + CO KG"}


def payer_name(cu, clear=False):
    n = cu["name"]
    r = rng.random()
    if r < 0.2:
        return n
    up = deaccent(n, german_ue=(cu["country"] == "DE" and rng.random() < 0.6)).upper()
    up = " ".join(up.split())
    if cu["country"] == "PL":
        for k, v in LEGAL_LONG.items():
            if up.endswith(k.upper()) and rng.random() < 0.6:
                up = up[: -len(k)] + v
    if cu["country"] == "LV" and up.startswith("SIA ") and rng.random() < 0.5:
        up = up[4:] + " SIA"
    if cu["country"] == "LT" and up.startswith("UAB ") and rng.random() < 0.3:
        up = up[4:] + " UAB"
    if r < 0.75 or clear:
        return up[:35].rstrip()
    return up[: rng.choice([18, 20, 22, 24])].rstrip()


OTHER_PAYERS = ["JANIS BERZINS", "MART TAMM", "Jonas Petraitis", "MATTI VIRTANEN", "ANNA KOWALSKA",
                "ERIK LINDQVIST", "SEB PANK AS KLIENDIMAKSE", "NORDEA FINANCE FINLAND OY",
                "KLAUS HOFFMANN", "OY METSAKONE AB", "SWEDBANK AS", "PKO BP SA PRZELEW ZBIORCZY"]


# ---------------------------------------------------------------------------
# Stage 3: scenarios, replayed in file order against running balances
# ---------------------------------------------------------------------------

class Skip(Exception):
    pass


class Sim:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.by_cust = {}
        for i in invs:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.reserved = set()
        self.seqs = {i["_seq"] for i in invs}
        self.numbers = {i["number"] for i in invs}
        self.rows = []          # (payment, label)
        self.paid_hist = []     # (payment, label, invoice) single invoice fully paid by reference
        self.pairs = []         # indexes of split-payment second halves (same date as previous)

    # -- helpers ---------------------------------------------------------
    def open(self, cid, cur=None):
        return [i for i in self.by_cust[cid] if self.bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

    def free(self, i):
        return self.bal[i["id"]] > 0 and i["id"] not in self.reserved

    def free_invs(self, pred=lambda i: True):
        return [i for i in self.invs if self.free(i) and pred(i)]

    def matches(self, invs, amount, maxk=4):
        out = []
        invs = sorted(invs, key=lambda i: (i["due_date"], i["number"]))
        for k in range(1, min(maxk, len(invs)) + 1):
            for comb in combinations(invs, k):
                if sum(self.bal[i["id"]] for i in comb) == amount:
                    out.append(list(comb))
        if len(invs) > maxk and sum(self.bal[i["id"]] for i in invs) == amount:
            out.append(invs)
        return out

    def unique_fit(self, cid, cur, amount, target):
        m = self.matches(self.open(cid, cur), amount)
        return len(m) == 1 and {i["id"] for i in m[0]} == {i["id"] for i in target}

    def fits_nothing(self, cid, cur, amount):
        return not self.matches(self.open(cid, cur), amount)

    def global_single(self, cur, amount):
        return [i for i in self.invs if i["currency"] == cur and self.bal[i["id"]] == amount]

    def payer(self, cu, p_null=0.4, clear=False):
        cid = None if rng.random() < p_null else cu["id"]
        return payer_name(cu, clear=clear or cid is None), cid

    def emit(self, scen, lang, cu, amount, cur, payer, cid, ref, rem, status, apps=(), unapplied="0.00",
             short=None, cands=(), reason="", note=""):
        pid = uid("pay_", 10)
        pay = {"id": pid, "date": None, "amount": s(amount), "currency": cur, "payer_name": payer,
               "customer_id": cid, "reference": ref, "remittance": rem}
        lab = {"payment_id": pid, "status": status,
               "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
               "unapplied": s(unapplied), "short_pay": short,
               "candidates": [[i["id"] for i in c] for c in cands],
               "reason": reason, "scenario": scen, "note": "[%s, %s] %s" % (scen, lang, note)}
        for i, a in apps:
            assert i["currency"] == cur and 0 < a <= self.bal[i["id"]], (scen, i["number"])
            self.bal[i["id"]] -= a
        self.rows.append((pay, lab))
        return pay, lab

    def pick_cust(self, pred):
        cs = [c for c in self.custs if pred(c)]
        if not cs:
            raise Skip()
        return rng.choice(cs)

    def pick_inv(self, pred=lambda i: True):
        xs = self.free_invs(pred)
        if not xs:
            raise Skip()
        return rng.choice(xs)

    # -- single invoice by reference ---------------------------------------
    def ref_text(self):
        i = self.pick_inv()
        cu = self.cust[i["customer_id"]]
        lang = lang_of(cu)
        amt = self.bal[i["id"]]
        payer, cid = self.payer(cu)
        n = num_form(i)
        what = rng.choice(TXT[lang]["one"]).format(n=n)
        if rng.random() < 0.7:
            ref, rem = bankify(what), None
        else:
            ref = None if rng.random() < 0.5 else bankify(TXT[lang]["ctr"].format(k=cu["contract"], d="SL-%d" % rng.randint(40000, 69999)))
            rem = advice(cu, lang, what, amt, i["currency"])
        self.reserved.add(i["id"])
        r = self.emit("ref_exact", lang, cu, amt, i["currency"], payer, cid, ref, rem, "applied",
                      [(i, amt)], reason="reference %s and exact balance" % i["number"],
                      note="%s names %s as %r; amount equals its balance%s" % (
                          "bank reference" if rem is None else "remittance advice", i["number"], n,
                          "" if cid else "; bank gives no customer id"))
        self.paid_hist.append((r[0], r[1], i))

    def ref_struct(self):
        i = self.pick_inv()
        cu = self.cust[i["customer_id"]]
        lang = cu["lang"]
        amt = self.bal[i["id"]]
        payer, cid = self.payer(cu)
        v = viite(i)
        if i["_ent"] == "EE":
            if cu["country"] == "FI":
                form = rng.choice(["fi", "fi", "rf"])
            else:
                form = rng.choice(["ee", "ee", "rf"])
        else:
            form = "rf"
        if form == "ee":
            ref, kind = v, "Estonian viitenumber"
        elif form == "fi":
            ref, kind = group(v, 5, from_right=True), "Finnish viitenumero"
        else:
            r = rf_ref(v)
            ref, kind = (group(r, 4) if rng.random() < 0.5 else r), "RF creditor reference"
        rem = None
        if rng.random() < 0.25:
            rem = advice(cu, lang, TXT[lang]["ctr"].format(k=cu["contract"], d="SL-%d" % rng.randint(40000, 69999)),
                         amt, i["currency"])
        self.reserved.add(i["id"])
        r = self.emit("ref_structured", lang, cu, amt, i["currency"], payer, cid, ref, rem, "applied",
                      [(i, amt)], reason="%s %s is invoice %s; exact balance" % (kind, ref, i["number"]),
                      note="%s built from %s (yy+sequence+check digit); amount equals balance" % (kind, i["number"]))
        self.paid_hist.append((r[0], r[1], i))

    # -- several invoices ----------------------------------------------------
    def _cust_free_group(self, kmin, kmax):
        cands = []
        for c in self.custs:
            for cur in c["currencies"]:
                fr = [i for i in self.open(c["id"], cur) if i["id"] not in self.reserved]
                if len(fr) >= kmin:
                    cands.append((c, cur, fr))
        if not cands:
            raise Skip()
        c, cur, fr = rng.choice(cands)
        k = rng.randint(kmin, min(kmax, len(fr)))
        chosen = sorted(rng.sample(fr, k), key=lambda i: i["_seq"])
        return c, cur, chosen

    def list_exact(self):
        cu, cur, ch = self._cust_free_group(2, 5)
        lang = lang_of(cu)
        amt = sum(self.bal[i["id"]] for i in ch)
        style = rng.choice(["full", "short", "mixed"])
        nums = [num_form(i, "full" if style == "full" or (style == "mixed" and k == 0) else "short") for k, i in enumerate(ch)]
        sep = rng.choice([", ", "; ", " / ", " ", ","])
        what = rng.choice(TXT[lang]["many"]).format(l=sep.join(nums))
        payer, cid = self.payer(cu)
        if len(what) <= 140 and rng.random() < 0.6:
            ref, rem = bankify(what), None
        else:
            ref = None
            lines = "\n".join("%s  %s %s" % (i["number"], money(self.bal[i["id"]], lang), cur) for i in ch)
            rem = advice(cu, lang, what, amt, cur, lines if rng.random() < 0.6 else None)
        self.reserved.update(i["id"] for i in ch)
        self.emit("list_exact", lang, cu, amt, cur, payer, cid, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in ch],
                  reason="listed invoices %s; amount equals their balances" % ", ".join(i["number"] for i in ch),
                  note="%d invoices listed, sum of balances paid" % len(ch))

    def range_exact(self):
        runs = []
        for c in self.custs:
            mine = sorted(self.by_cust[c["id"]], key=lambda i: i["_seq"])
            run = []
            for i in mine:
                if run and i["_seq"] == run[-1]["_seq"] + 1 and i["currency"] == run[-1]["currency"] and i["_ent"] == run[-1]["_ent"]:
                    run.append(i)
                else:
                    if len(run) >= 3:
                        runs.append(run)
                    run = [i]
            if len(run) >= 3:
                runs.append(run)
        runs = [r for r in runs if all(self.free(i) for i in r)]
        if not runs:
            raise Skip()
        ch = rng.choice(runs)
        cu = self.cust[ch[0]["customer_id"]]
        cur = ch[0]["currency"]
        lang = lang_of(cu)
        amt = sum(self.bal[i["id"]] for i in ch)
        a, b = ch[0], ch[-1]
        if rng.random() < 0.5:
            rg = rng.choice(TXT[lang]["range"]).format(a=a["number"], b=str(b["_seq"]))
        else:
            rg = rng.choice(TXT[lang]["range"]).format(a=str(a["_seq"]), b=str(b["_seq"]))
        what = rng.choice(TXT[lang]["many"]).format(l=rg)
        payer, cid = self.payer(cu)
        ref, rem = (bankify(what), None) if rng.random() < 0.6 else (None, advice(cu, lang, what, amt, cur))
        self.reserved.update(i["id"] for i in ch)
        self.emit("range_exact", lang, cu, amt, cur, payer, cid, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in ch],
                  reason="range %s..%s covers %d invoices; amount equals their balances" % (a["number"], b["number"], len(ch)),
                  note="range of consecutive numbers, all this customer's, all open")

    def lump_all(self):
        cands = []
        for c in self.custs:
            for cur in c["currencies"]:
                op = self.open(c["id"], cur)
                if 2 <= len(op) <= 6 and all(i["id"] not in self.reserved for i in op):
                    tot = sum(self.bal[i["id"]] for i in op)
                    m = self.matches(op, tot, maxk=6)
                    if len(m) == 1:
                        cands.append((c, cur, op, tot))
        if not cands:
            raise Skip()
        cu, cur, op, amt = rng.choice(cands)
        lang = lang_of(cu)
        payer, cid = self.payer(cu, p_null=0.25)
        stmt = rng.choice(TXT[lang]["stmt"])
        r = rng.random()
        if r < 0.4:
            ref, rem = bankify(stmt), None
        elif r < 0.7:
            ref, rem = None, advice(cu, lang, stmt.lower(), amt, cur)
        else:
            ref, rem = None, None
        self.reserved.update(i["id"] for i in op)
        self.emit("lump_all_open", lang, cu, amt, cur, payer, cid, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in op],
                  reason="amount equals the sum of all %d open %s invoices of the customer and no other combination" % (len(op), cur),
                  note="lump without invoice numbers; only the full set of open items fits")

    # -- amount only -----------------------------------------------------------
    def _noref(self, scen, p_null):
        for _ in range(200):
            i = self.pick_inv()
            cu = self.cust[i["customer_id"]]
            amt = self.bal[i["id"]]
            if not self.unique_fit(cu["id"], i["currency"], amt, [i]):
                continue
            if p_null == 1.0 and len(self.global_single(i["currency"], amt)) != 1:
                continue
            break
        else:
            raise Skip()
        lang = lang_of(cu)
        payer, cid = self.payer(cu, p_null=p_null)
        r = rng.random()
        if r < 0.35:
            ref = bankify(TXT[lang]["ctr"].format(k=cu["contract"], d="SL-%d" % rng.randint(40000, 69999)))
        elif r < 0.55:
            ref = bankify("%s %s" % (TXT[lang]["po"], rng.choice(["PO-", "", "TL"]) + str(rng.randint(4100, 9899))))
        else:
            ref = None
        self.reserved.add(i["id"])
        who = "customer id" if cid else "payer name %r" % payer
        self.emit(scen, lang, cu, amt, i["currency"], payer, cid, ref, None, "applied", [(i, amt)],
                  reason="%s identifies the customer; amount equals the balance of %s and of no other open item or combination" % (who, i["number"]),
                  note="no invoice number; contract/PO/delivery-note text is not an invoice number")

    def noref_unique(self):
        self._noref("amount_only_unique", 0.0)

    def name_only(self):
        self._noref("payer_name_amount", 1.0)

    # -- short pays, part pays ------------------------------------------------
    def short_claim(self):
        i = self.pick_inv(lambda i: i["balance"] == i["total"] and i["total"] > 800)
        cu = self.cust[i["customer_id"]]
        cur = i["currency"]
        lang = lang_of(cu)
        bal = self.bal[i["id"]]
        kind = rng.choice(["moisture", "moisture", "volume", "volume", "quality", "discount", "charges"])
        if kind == "discount":
            ded = q(bal * Decimal("0.02"))
        elif kind == "charges":
            ded = {"EUR": Decimal("15.00"), "SEK": Decimal("150.00"), "PLN": Decimal("60.00")}[cur] + rng.choice([0, 0, 10])
        else:
            ded = q(bal * Decimal(rng.randint(3, 14)) / 100) if rng.random() < 0.5 else \
                q(Decimal(rng.randint(8, 60)) * 10 * FX[cur])
        amt = bal - ded
        if ded <= 0 or amt <= 0:
            raise Skip()
        T = TXT[lang]
        claimno = "%s-%02d" % (rng.choice(["PR", "R", "RK", "CL"]), rng.randint(1, 99))
        dtext = T["ded"].format(r=T["claim"][kind].format(k=claimno), x=money(ded, lang), c=cur)
        what = rng.choice(T["one"]).format(n=num_form(i))
        payer, cid = self.payer(cu)
        if rng.random() < 0.5 and len(what) + len(dtext) < 138:
            ref, rem = bankify("%s, %s" % (what, dtext)), None
        else:
            ref = bankify(what) if rng.random() < 0.5 else None
            rem = advice(cu, lang, what, amt, cur, dtext[0].upper() + dtext[1:] + ".")
        self.reserved.add(i["id"])
        self.emit("short_pay_" + kind, lang, cu, amt, cur, payer, cid, ref, rem, "partial", [(i, amt)],
                  short={"invoice_id": i["id"], "amount": s(ded), "reason": REASON_EN[kind]},
                  reason="%s paid less %s %s (%s)" % (i["number"], s(ded), cur, REASON_EN[kind]),
                  note="stated deduction leaves %s %s open as a deduction case" % (s(ded), cur))

    def part_payment(self):
        i = self.pick_inv(lambda i: i["balance"] > 2000 * FX[i["currency"]])
        cu = self.cust[i["customer_id"]]
        cur = i["currency"]
        lang = lang_of(cu)
        bal = self.bal[i["id"]]
        frac = rng.choice(["1/2", "1/3", "round"])
        if frac == "1/2":
            amt = q(bal / 2)
        elif frac == "1/3":
            amt = q(bal / 3)
        else:
            step = 1000 * FX[cur] if cur != "EUR" else Decimal(1000)
            amt = q((bal * Decimal("0.6") // step) * step)
        if amt <= 0 or amt >= bal or not self.fits_nothing(cu["id"], cur, amt):
            raise Skip()
        T = TXT[lang]
        what = rng.choice(T["one"]).format(n=num_form(i))
        tag = T["part"] + ("" if frac == "round" else " " + frac)
        payer, cid = self.payer(cu)
        if rng.random() < 0.6:
            ref, rem = bankify("%s, %s" % (what, tag)), None
        else:
            ref, rem = None, advice(cu, lang, what, amt, cur, tag[0].upper() + tag[1:] + ".")
        self.reserved.add(i["id"])
        self.emit("part_payment", lang, cu, amt, cur, payer, cid, ref, rem, "partial", [(i, amt)],
                  reason="part payment of %s as stated; %s %s stays open" % (i["number"], s(bal - amt), cur),
                  note="stated instalment (%s); no deduction, so short_pay is null" % frac)

    def _mpp(self, i, vat, lang):
        nip = "5272968814"  # the seller's Polish VAT number (NIP)
        return "/VAT/%s/IDC/%s/INV/%s/TXT/%s" % (money(vat, "pl", thousands=False), nip, i["number"],
                                                 rng.choice(["ZAPLATA ZA FAKTURE", "Platnosc", "FV %s" % i["_seq"]]))

    def split_pl(self):
        i = self.pick_inv(lambda i: i["currency"] == "PLN" and i["balance"] == i["total"])
        cu = self.cust[i["customer_id"]]
        bal = self.bal[i["id"]]
        net = q(bal / Decimal("1.23"))
        vat = bal - net
        if not self.fits_nothing(cu["id"], "PLN", net) or not self.fits_nothing(cu["id"], "PLN", vat):
            raise Skip()
        ref = self._mpp(i, vat, "pl")
        payer, cid = self.payer(cu, p_null=0.3)
        self.reserved.add(i["id"])
        self.emit("split_payment_net", "pl", cu, net, "PLN", payer, cid, ref, None, "partial", [(i, net)],
                  reason="Polish split payment (MPP) for %s: net part received, VAT part %s PLN goes to the VAT account" % (i["number"], s(vat)),
                  note="MPP /VAT/ field; first leg leaves the VAT part open")
        self.emit("split_payment_vat", "pl", cu, vat, "PLN", payer, cid, ref, None, "applied", [(i, vat)],
                  reason="VAT leg of the split payment for %s closes the invoice" % i["number"],
                  note="second leg of the MPP pair, same reference")
        self.pairs.append(len(self.rows) - 1)

    def split_gross(self):
        i = self.pick_inv(lambda i: i["currency"] == "PLN")
        cu = self.cust[i["customer_id"]]
        bal = self.bal[i["id"]]
        vat = q(bal - bal / Decimal("1.23"))
        ref = self._mpp(i, vat, "pl")
        payer, cid = self.payer(cu, p_null=0.3)
        self.reserved.add(i["id"])
        self.emit("split_payment_gross", "pl", cu, bal, "PLN", payer, cid, ref, None, "applied", [(i, bal)],
                  reason="MPP reference names %s; gross amount equals the balance" % i["number"],
                  note="split-payment format but credited in one sum (the /VAT/ figure is not the amount)")

    # -- overpayment, duplicates, prepayments -----------------------------------
    def overpay(self):
        for _ in range(100):
            i = self.pick_inv()
            cu = self.cust[i["customer_id"]]
            cur = i["currency"]
            bal = self.bal[i["id"]]
            if i["total"] > bal and rng.random() < 0.6:
                amt, why = i["total"], "paid the invoice total although part was already paid"
            else:
                extra = q(Decimal(rng.randint(1, 40)) * 25 * FX[cur]) if rng.random() < 0.5 else q(Decimal(rng.randint(100, 90000)) / 100)
                amt, why = bal + extra, "paid more than the balance"
            extra = amt - bal
            if self.fits_nothing(cu["id"], cur, extra) and self.fits_nothing(cu["id"], cur, amt):
                break
        else:
            raise Skip()
        lang = lang_of(cu)
        what = rng.choice(TXT[lang]["one"]).format(n=num_form(i))
        payer, cid = self.payer(cu)
        if rng.random() < 0.7:
            ref, rem = bankify(what), None
        else:
            ref, rem = None, advice(cu, lang, what, amt, cur)
        self.reserved.add(i["id"])
        self.emit("overpayment", lang, cu, amt, cur, payer, cid, ref, rem, "unapplied", [(i, bal)], unapplied=extra,
                  reason="%s closed with %s; %s %s held on account" % (i["number"], s(bal), s(extra), cur),
                  note=why + "; the remainder fits no other open item")

    def duplicate(self):
        opts = []
        for pay, lab, i in self.paid_hist:
            cu = self.cust[i["customer_id"]]
            amt = Decimal(pay["amount"])
            if self.bal[i["id"]] == 0 and self.fits_nothing(cu["id"], pay["currency"], amt) and not lab.get("_dup"):
                opts.append((pay, lab, i))
        if not opts:
            raise Skip()
        pay, lab, i = rng.choice(opts)
        lab["_dup"] = True
        cu = self.cust[i["customer_id"]]
        payer, cid = self.payer(cu, p_null=0.3)
        amt = Decimal(pay["amount"])
        self.emit("duplicate_payment", lab["note"][1:].split("]")[0].split(", ")[1], cu, amt, pay["currency"], payer, cid, pay["reference"], pay["remittance"],
                  "unapplied", [], unapplied=amt,
                  reason="%s was already paid by %s; second payment held on account" % (i["number"], pay["id"]),
                  note="same reference and amount as earlier payment %s (new bank id)" % pay["id"])

    def prepayment(self):
        cu = self.pick_cust(lambda c: True)
        cur = cu["currencies"][0]
        amt = q(Decimal(rng.choice([5, 8, 10, 12, 15, 20, 25, 30])) * 1000 * (FX[cur] if cur != "EUR" else 1))
        if not self.fits_nothing(cu["id"], cur, amt):
            raise Skip()
        lang = lang_of(cu)
        t = TXT[lang]["prepay"].format(k="%s-2026/%03d" % (rng.choice(["K", "L"]), rng.randint(1, 60)))
        payer, cid = cu["name"] if rng.random() < 0.3 else payer_name(cu, clear=True), cu["id"]
        ref, rem = (bankify(t), None) if rng.random() < 0.7 else (None, advice(cu, lang, t.lower(), amt, cur))
        self.emit("prepayment_on_account", lang, cu, amt, cur, payer, cid, ref, rem, "unapplied", [], unapplied=amt,
                  reason="known customer; advance payment for a new contract fits no open invoice",
                  note="prepayment: held as unapplied cash on the account")

    # -- review -----------------------------------------------------------------
    def review_equal(self, n=1):
        opts = []
        for c in self.custs:
            for cur in c["currencies"]:
                fr = [i for i in self.open(c["id"], cur) if i["id"] not in self.reserved]
                by = {}
                for i in fr:
                    by.setdefault(self.bal[i["id"]], []).append(i)
                for b, xs in by.items():
                    if len(xs) >= n + 1:
                        opts.append((c, cur, b))
        if not opts:
            raise Skip()
        cu, cur, b = rng.choice(opts)
        amt = b * n
        m = self.matches(self.open(cu["id"], cur), amt)
        lang = lang_of(cu)
        payer, cid = self.payer(cu, p_null=0.3)
        r = rng.random()
        ref = bankify(TXT[lang]["ctr"].format(k=cu["contract"], d="SL-%d" % rng.randint(40000, 69999))) if r < 0.5 else \
            (bankify(rng.choice(TXT[lang]["stmt"])) if r < 0.7 else None)
        for c in m:
            self.reserved.update(i["id"] for i in c)
        self.emit("review_equal_amounts" if n == 1 else "review_equal_lump", lang, cu, amt, cur, payer, cid, ref, None,
                  "review", [], unapplied=amt, cands=m,
                  reason="amount fits %d different invoice sets (identical monthly pellet invoices); no invoice number" % len(m),
                  note="%d candidate sets, oldest due date first" % len(m))

    def review_lump_equal(self):
        self.review_equal(2)

    def unknown_payer(self, with_cand):
        cur = rng.choice(["EUR", "EUR", "EUR", "SEK", "PLN"])
        if with_cand:
            for _ in range(200):
                i = self.pick_inv(lambda i: i["currency"] == cur)
                amt = self.bal[i["id"]]
                if len(self.global_single(cur, amt)) == 1:
                    break
            else:
                raise Skip()
            cands = [[i]]
            self.reserved.add(i["id"])
        else:
            amt = q(Decimal(rng.randint(20000, 900000)) / 100 * (FX[cur] if cur != "EUR" else 1))
            if self.global_single(cur, amt):
                raise Skip()
            cands = []
        payer = rng.choice(OTHER_PAYERS)
        lang = "xx"
        ref = rng.choice([None, "MAKSE", "PAYMENT", "ZAPLATA", "maksu", "Kaup", "Lasku", "PREKES"])
        self.emit("unknown_payer_" + ("one_fit" if with_cand else "no_fit"), lang, None, amt, cur, payer, None, ref, None,
                  "review", [], unapplied=amt, cands=cands,
                  reason="payer %r is not a customer and no invoice is named%s" % (payer, "; amount equals one open invoice elsewhere" if with_cand else ""),
                  note="unidentified payer; not enough to apply")

    def unknown_one(self):
        self.unknown_payer(True)

    def unknown_none(self):
        self.unknown_payer(False)

    def cross_currency(self):
        i = self.pick_inv(lambda i: i["currency"] == "EUR" and len(self.cust[i["customer_id"]]["currencies"]) == 2)
        cu = self.cust[i["customer_id"]]
        cur = [c for c in cu["currencies"] if c != "EUR"][0]
        amt = q(self.bal[i["id"]] * FX[cur] * Decimal(rng.randint(985, 1015)) / 1000)
        if not self.fits_nothing(cu["id"], cur, amt):
            raise Skip()
        lang = lang_of(cu)
        what = rng.choice(TXT[lang]["one"]).format(n=num_form(i, "full"))
        payer, cid = self.payer(cu, p_null=0.3)
        self.reserved.add(i["id"])
        self.emit("cross_currency", lang, cu, amt, cur, payer, cid, bankify(what), None, "review", [], unapplied=amt,
                  reason="reference %s is a EUR invoice but the payment is in %s; never applied across currencies" % (i["number"], cur),
                  note="customer converted the EUR invoice to %s; no %s invoice fits, so no candidates" % (cur, cur))

    def ref_amount_conflict(self):
        opts = []
        for c in rng.sample(self.custs, 60):
            for cur in c["currencies"]:
                fr = [i for i in self.open(c["id"], cur) if i["id"] not in self.reserved]
                for a in fr:
                    if not self.unique_fit(c["id"], cur, self.bal[a["id"]], [a]):
                        continue
                    for b in fr:
                        if a is not b and self.bal[a["id"]] < self.bal[b["id"]]:
                            opts.append((c, cur, a, b))
        if not opts:
            raise Skip()
        cu, cur, a, b = rng.choice(opts)
        amt = self.bal[a["id"]]
        lang = lang_of(cu)
        what = rng.choice(TXT[lang]["one"]).format(n=num_form(b))
        payer, cid = self.payer(cu, p_null=0.2)
        self.reserved.update([a["id"], b["id"]])
        self.emit("ref_amount_conflict", lang, cu, amt, cur, payer, cid, bankify(what), None, "review", [], unapplied=amt,
                  cands=[[a], [b]],
                  reason="reference names %s (balance %s) but the amount equals %s exactly" % (b["number"], s(self.bal[b["id"]]), a["number"]),
                  note="two readings: wrong number quoted, or a part payment of the named invoice; exact-amount reading first")

    def ref_typo(self):
        for _ in range(200):
            i = self.pick_inv()
            sq = str(i["_seq"])
            if sq[-1] == sq[-2]:
                continue
            bad = sq[:-2] + sq[-1] + sq[-2]
            if int(bad) in self.seqs:
                continue
            cu = self.cust[i["customer_id"]]
            if self.unique_fit(cu["id"], i["currency"], self.bal[i["id"]], [i]):
                break
        else:
            raise Skip()
        amt = self.bal[i["id"]]
        lang = lang_of(cu)
        badnum = "%s-%s-%s" % (i["_ent"], i["_yy"], bad) if rng.random() < 0.6 else bad
        what = rng.choice(TXT[lang]["one"]).format(n=badnum)
        payer, cid = self.payer(cu, p_null=0.0)
        self.reserved.add(i["id"])
        self.emit("ref_typo_unique_amount", lang, cu, amt, i["currency"], payer, cid, bankify(what), None, "applied", [(i, amt)],
                  reason="quoted %s does not exist (transposed digits of %s); customer known and amount equals that balance only" % (badnum, i["number"]),
                  note="non-existent number one transposition away; amount and customer confirm")

    def po_lookalike(self):
        i = self.pick_inv()
        cu = self.cust[i["customer_id"]]
        amt = self.bal[i["id"]]
        others = [j for j in self.invs if j["customer_id"] != cu["id"] and self.bal[j["id"]] != amt and j["_ent"] == i["_ent"]]
        j = rng.choice(others)
        lang = lang_of(cu)
        T = TXT[lang]
        inv_txt = rng.choice(T["one"]).format(n=num_form(i, rng.choice(["full", "short"])))
        po_txt = "%s %s" % (T["po"], j["_seq"])
        t = "%s, %s" % (po_txt, inv_txt) if rng.random() < 0.5 else "%s / %s" % (inv_txt, po_txt)
        payer, cid = self.payer(cu)
        ref, rem = (bankify(t), None) if rng.random() < 0.6 else (None, advice(cu, lang, t, amt, i["currency"]))
        self.reserved.add(i["id"])
        self.emit("po_number_lookalike", lang, cu, amt, i["currency"], payer, cid, ref, rem, "applied", [(i, amt)],
                  reason="invoice %s named and exact balance; the order number %s is not an invoice reference" % (i["number"], j["_seq"]),
                  note="PO number equals the sequence of another customer's invoice %s" % j["number"])

    def amount_lookalike(self):
        byseq = {j["_seq"]: j for j in self.invs}
        xs = self.free_invs(lambda i: int(self.bal[i["id"]]) in byseq and byseq[int(self.bal[i["id"]])] is not i)
        if not xs:
            raise Skip()
        i = rng.choice(xs)
        j = byseq[int(self.bal[i["id"]])]
        cu = self.cust[i["customer_id"]]
        amt = self.bal[i["id"]]
        lang = lang_of(cu)
        T = TXT[lang]
        t = "%s %s %s %s" % (rng.choice(T["one"]).format(n=num_form(i, "full")), T["sum"], money(amt, lang, thousands=False), i["currency"])
        payer, cid = self.payer(cu)
        self.reserved.add(i["id"])
        self.emit("amount_lookalike", lang, cu, amt, i["currency"], payer, cid, bankify(t), None, "applied", [(i, amt)],
                  reason="invoice %s named and exact balance; %s in the text is the amount" % (i["number"], money(amt, lang, thousands=False)),
                  note="the amount's integer part %d is also the sequence of invoice %s" % (int(amt), j["number"]))

    def list_paid_one(self):
        opts = []
        for pay, lab, p in self.paid_hist:
            if self.bal[p["id"]] != 0:
                continue
            fr = [i for i in self.open(p["customer_id"], p["currency"]) if i["id"] not in self.reserved]
            if fr:
                opts.append((p, fr))
        if not opts:
            raise Skip()
        p, fr = rng.choice(opts)
        cu = self.cust[p["customer_id"]]
        cur = p["currency"]
        ch = rng.sample(fr, min(len(fr), rng.choice([1, 2])))
        amt = sum(self.bal[i["id"]] for i in ch)
        if not self.unique_fit(cu["id"], cur, amt, ch):
            raise Skip()
        listed = sorted(ch + [p], key=lambda i: i["_seq"])
        lang = lang_of(cu)
        what = rng.choice(TXT[lang]["many"]).format(l=", ".join(num_form(i, "full") for i in listed))
        payer, cid = self.payer(cu)
        ref, rem = (bankify(what), None) if rng.random() < 0.5 else (None, advice(cu, lang, what, amt, cur))
        self.reserved.update(i["id"] for i in ch)
        self.emit("list_includes_paid", lang, cu, amt, cur, payer, cid, ref, rem, "applied",
                  [(i, self.bal[i["id"]]) for i in ch],
                  reason="%s in the list is already paid; amount equals the other listed balances" % p["number"],
                  note="list repeats an invoice settled by an earlier payment in this file")

    def list_short_claim(self):
        cu, cur, ch = self._cust_free_group(2, 4)
        k = rng.randrange(len(ch))
        tgt = ch[k]
        kind = rng.choice(["moisture", "volume", "quality"])
        ded = q(self.bal[tgt["id"]] * Decimal(rng.randint(4, 15)) / 100)
        amt = sum(self.bal[i["id"]] for i in ch) - ded
        lang = lang_of(cu)
        T = TXT[lang]
        claimno = "%s-%02d" % (rng.choice(["PR", "R", "RK"]), rng.randint(1, 99))
        lines = []
        for i in ch:
            line = "%s  %s %s" % (i["number"], money(self.bal[i["id"]] - (ded if i is tgt else 0), lang), cur)
            if i is tgt:
                line += "  (" + T["ded"].format(r=T["claim"][kind].format(k=claimno), x=money(ded, lang), c=cur) + ")"
            lines.append(line)
        what = rng.choice(T["many"]).format(l=", ".join(num_form(i, "full") for i in ch))
        payer, cid = self.payer(cu)
        rem = advice(cu, lang, what, amt, cur, "\n".join(lines))
        ref = bankify(what) if len(what) <= 140 and rng.random() < 0.5 else None
        self.reserved.update(i["id"] for i in ch)
        apps = [(i, self.bal[i["id"]] - (ded if i is tgt else 0)) for i in ch]
        self.emit("list_short_pay", lang, cu, amt, cur, payer, cid, ref, rem, "partial", apps,
                  short={"invoice_id": tgt["id"], "amount": s(ded), "reason": REASON_EN[kind]},
                  reason="advice lists %d invoices; %s short by %s %s (%s)" % (len(ch), tgt["number"], s(ded), cur, REASON_EN[kind]),
                  note="per-line remittance advice with a claim deduction on one line")

    def list_short_unexplained(self):
        cu, cur, ch = self._cust_free_group(2, 3)
        diff = q(Decimal(rng.randint(500, 40000)) / 100)
        amt = sum(self.bal[i["id"]] for i in ch) - diff
        if amt <= 0 or not self.fits_nothing(cu["id"], cur, amt):
            raise Skip()
        lang = lang_of(cu)
        what = rng.choice(TXT[lang]["many"]).format(l=", ".join(num_form(i, "full") for i in ch))
        payer, cid = self.payer(cu)
        self.reserved.update(i["id"] for i in ch)
        self.emit("list_short_unexplained", lang, cu, amt, cur, payer, cid, bankify(what), None, "review", [], unapplied=amt,
                  cands=[ch],
                  reason="listed invoices total %s but %s %s was paid with no reason; which line is short is unknown" % (s(amt + diff), s(amt), cur),
                  note="unexplained shortfall of %s %s across a list" % (s(diff), cur))


# ---------------------------------------------------------------------------
# Stage 4: plan, bad rows, dates, output
# ---------------------------------------------------------------------------

PLAN = [("ref_text", 62), ("ref_struct", 70), ("list_exact", 28), ("range_exact", 10), ("noref_unique", 22),
        ("name_only", 14), ("lump_all", 14), ("short_claim", 25), ("part_payment", 14), ("split_pl", 7),
        ("split_gross", 5), ("overpay", 14), ("review_equal", 12), ("review_lump_equal", 3),
        ("unknown_one", 5), ("unknown_none", 5), ("cross_currency", 6), ("ref_amount_conflict", 7),
        ("ref_typo", 6), ("prepayment", 9), ("po_lookalike", 8), ("amount_lookalike", 5),
        ("list_short_claim", 8), ("list_short_unexplained", 4)]
LATE = [("duplicate", 10), ("list_paid_one", 5)]


def build_rows(sim):
    plan = [n for n, k in PLAN for _ in range(k)]
    rng.shuffle(plan)
    half = len(plan) // 3
    for n, k in LATE:
        for _ in range(k):
            plan.insert(rng.randint(half, len(plan)), n)
    queue = list(plan)
    tries = 0
    while queue:
        n = queue.pop(0)
        before = len(sim.rows)
        try:
            getattr(sim, n)()
        except Skip:
            del sim.rows[before:]
            tries += 1
            if tries > 5000:
                raise SystemExit("cannot place scenario " + n)
            queue.insert(min(len(queue), rng.randint(1, 8)), n)


def add_bad_rows(sim):
    rows = sim.rows
    bad = []
    good_cu = lambda: rng.choice(sim.custs)

    def base(cu, amount, cur, ref):
        return {"id": uid("pay_", 10), "date": None, "amount": amount, "currency": cur,
                "payer_name": payer_name(cu), "customer_id": cu["id"] if rng.random() < 0.5 else None,
                "reference": ref, "remittance": None}

    def some_ref(cu):
        i = rng.choice(sim.by_cust[cu["id"]])
        return i, bankify(rng.choice(TXT[cu["lang"]]["one"]).format(n=i["number"]))

    specs = [
        ("negative_amount", "amount is negative", lambda cu, i, r: base(cu, "-" + s(i["balance"]), i["currency"], r)),
        ("negative_amount", "amount is negative", lambda cu, i, r: base(cu, "-86.40", "EUR", "RETURN / TAGASTUS SEPA R-TRANSACTION")),
        ("unknown_currency", "currency USD: no invoice is in USD", lambda cu, i, r: base(cu, s(i["balance"]), "USD", r)),
        ("unknown_currency", "currency NOK: no invoice is in NOK", lambda cu, i, r: base(cu, "48250.00", "NOK", r)),
        ("malformed_amount", "amount '1.234,56' is not a decimal string", lambda cu, i, r: base(cu, "1.234,56", "EUR", r)),
        ("malformed_amount", "amount '12O0.00' is not a number", lambda cu, i, r: base(cu, "12O0.00", i["currency"], r)),
        ("malformed_amount", "amount is empty", lambda cu, i, r: base(cu, "", i["currency"], r)),
        ("missing_date", "date is missing", lambda cu, i, r: base(cu, s(i["balance"]), i["currency"], r)),
        ("missing_date", "date is missing", lambda cu, i, r: base(cu, s(i["balance"]), i["currency"], r)),
    ]
    for scen, err, f in specs:
        cu = good_cu()
        i, r = some_ref(cu)
        p = f(cu, i, r)
        if scen == "missing_date":
            p["_nodate"] = True
        bad.append((scen, err, p))
    out = list(rows)

    def lab_for(scen, err, p):
        return {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": "0.00",
                "short_pay": None, "candidates": [], "reason": "rejected: " + err, "error": err,
                "scenario": "bad_" + scen, "note": "[bad_%s, xx] bad input row: %s" % (scen, err)}

    for scen, err, p in bad:
        out.insert(rng.randint(5, len(out) - 2), (p, lab_for(scen, err, p)))
    # duplicate payment ids: the bank file repeats a line verbatim, right after the original
    done = set()
    for _ in range(2):
        while True:
            k = rng.randrange(20, len(out) - 20)
            orig, olab = out[k]
            if olab["status"] != "error" and k not in done and not orig.get("_nodate"):
                break
        done.add(k)
        p = dict(orig)
        p["_dupof"] = True
        err = "payment id %s appears earlier in the file" % p["id"]
        out.insert(k + 1, (p, lab_for("duplicate_payment_id", err, p)))
    return out


def assign_dates(rows, pairs_second):
    days = []
    d = date(2026, 1, 12)
    while d <= date(2026, 3, 20):
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    n = len(rows)
    prev = days[0]
    for k, (p, lab) in enumerate(rows):
        dd = days[k * len(days) // n]
        if id(p) in pairs_second or p.pop("_dupof", False):
            dd = prev          # same bank day as the line before
        prev = dd
        if p.pop("_nodate", False):
            p["date"] = None if k % 2 else ""
        else:
            p["date"] = dd.isoformat()


def main():
    custs = make_customers()
    invs = make_invoices(custs)
    sim = Sim(custs, invs)
    build_rows(sim)
    pairs_second = {id(sim.rows[k][0]) for k in sim.pairs}
    rows = add_bad_rows(sim)
    assign_dates(rows, pairs_second)
    for p, lab in rows:
        lab.pop("_dup", None)
    os.makedirs(LEDGER, exist_ok=True)
    inv_out = [inv_public(i) for i in sorted(invs, key=lambda i: i["number"])]
    pays = [p for p, _ in rows]
    labs = [lab for _, lab in rows]
    dump(os.path.join(LEDGER, "invoices.json"), inv_out)
    dump(os.path.join(LEDGER, "payments.json"), pays)
    dump(os.path.join(LEDGER, "labels.json"), labs)
    verify(inv_out, pays, labs)
    write_readme(custs, inv_out, pays, labs)
    print("invoices %d customers %d payments %d" % (len(inv_out), len(custs), len(pays)))


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------------------
# Stage 5: replay check and README
# ---------------------------------------------------------------------------

STATUSES = {"applied", "partial", "unapplied", "review", "error"}


def verify(invs, pays, labs):
    inv = {i["id"]: i for i in invs}
    bal = {i["id"]: Decimal(i["balance"]) for i in invs}
    curs = {i["currency"] for i in invs}
    assert len(pays) == len(labs)
    seen = set()
    last = ""
    for p, lab in zip(pays, labs):
        st = lab["status"]
        assert lab["payment_id"] == p["id"] and st in STATUSES, lab
        if st == "error":
            assert lab["applications"] == [] and lab["error"] and lab["candidates"] == []
            seen.add(p["id"])
            continue
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        assert p["date"] and p["date"] >= last, (p["id"], p["date"], last)
        last = p["date"]
        amt = Decimal(p["amount"])
        assert amt > 0 and str(q(amt)) == p["amount"] and p["currency"] in curs
        tot = Decimal(lab["unapplied"])
        assert tot >= 0
        for a in lab["applications"]:
            i = inv[a["invoice_id"]]
            x = Decimal(a["amount"])
            assert i["currency"] == p["currency"], (p["id"], "currency")
            assert 0 < x <= bal[i["id"]], (p["id"], "past zero", i["number"])
            bal[i["id"]] -= x
            tot += x
        assert tot == amt, (p["id"], tot, amt)
        apps = lab["applications"]
        if st == "applied":
            assert apps and Decimal(lab["unapplied"]) == 0 and lab["short_pay"] is None and not lab["candidates"]
        elif st == "partial":
            assert apps and Decimal(lab["unapplied"]) == 0
            assert any(bal[a["invoice_id"]] > 0 for a in apps)
            sp = lab["short_pay"]
            if sp:
                assert sp["invoice_id"] in {a["invoice_id"] for a in apps}
                assert bal[sp["invoice_id"]] == Decimal(sp["amount"]), p["id"]
        elif st == "unapplied":
            assert Decimal(lab["unapplied"]) > 0 and lab["short_pay"] is None
        elif st == "review":
            assert not apps and Decimal(lab["unapplied"]) == amt and lab["short_pay"] is None
            for c in lab["candidates"]:
                assert all(inv[x]["currency"] == p["currency"] and bal[x] > 0 for x in c)
        if p["reference"]:
            r = p["reference"].replace(" ", "")
            if r.startswith("RF") and r[2:].isdigit():
                num = "".join(str(int(ch, 36)) for ch in r[4:] + r[:4])
                assert int(num) % 97 == 1, r
                assert ref731(r[4:-1]) == r[4:], r
            elif r.isdigit():
                assert ref731(r[:-1]) == r, r


def write_readme(custs, invs, pays, labs):
    from collections import Counter
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    lg = Counter(l["note"][1:].split("]")[0].split(", ")[1] for l in labs)
    pc = Counter(p["currency"] for p in pays)
    ic = Counter(i["currency"] for i in invs)
    cc = Counter(c["country"] for c in custs)
    nocid = sum(1 for p in pays if p["customer_id"] is None)
    L = []
    w = L.append
    w("# Blind cash-application set: Baltic timber exporter (`ledger_baltic`)")
    w("")
    w("Held-out test data for `contracts/cash-application.md` (`match`). Written only from the contract;")
    w("the engine was never seen. `python3 build.py` regenerates every file byte for byte (seeded, stdlib")
    w("only) and replays all labels; `python3 check.py` re-verifies them from the JSON files alone.")
    w("")
    w("## Theme")
    w("")
    w("A sawn-timber, planed-wood and wood-pellet group with three selling entities, each with its own")
    w("invoice series: Läänemere Puit AS (Estonia, `EE-yy-1xxxx`), SIA Baltijas Koks (Latvia, `LV-yy-2xxxx`)")
    w("and UAB Pabaltijo Mediena (Lithuania, `LT-yy-3xxxx`). Customers are sawmills, builders' merchants,")
    w("pellet dealers and joineries in %s." % ", ".join("%s %d" % kv for kv in sorted(cc.items())))
    w("Payments arrive by SEPA / SWIFT credit transfer between 2026-01-12 and 2026-03-20.")
    w("")
    w("## Files (`ledger_baltic/`)")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | contract INVOICES list, sorted by number; %d customers |" % (len(invs), len(custs)))
    w("| `payments.json` | %d | contract PAYMENTS list, oldest first (bad rows included) |" % len(pays))
    w("| `labels.json` | %d | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |" % len(labs))
    w("")
    w("Label entries: `payment_id`, `status`, `applications` [{`invoice_id`, `amount`}], `unapplied`,")
    w("`short_pay` ({`invoice_id`, `amount`, `reason`} or null), `candidates` (list of invoice-id lists),")
    w("`reason` (free English), `scenario` (machine key), `note` (`[scenario, lang] explanation`), and `error`")
    w("on bad rows. The scorer-relevant fields are the contract's; `scenario`/`note`/`error` are extras.")
    w("")
    w("Invoice currencies: %s. Payment currencies: %s. Payments without `customer_id`: %d." % (
        ", ".join("%s %d" % kv for kv in sorted(ic.items())), ", ".join("%s %d" % kv for kv in sorted(pc.items())), nocid))
    w("")
    w("## Counts")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("| scenario | payments |")
    w("|---|---|")
    for k, v in sorted(sc.items()):
        w("| `%s` | %d |" % (k, v))
    w("")
    w("Language of the reference / remittance text (`xx` = none: bad rows, unknown payers):")
    w("")
    w("| lang | payments |")
    w("|---|---|")
    for k, v in sorted(lg.items()):
        w("| %s | %d |" % (k, v))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for line in CONVENTIONS:
        w("- " + line)
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


CONVENTIONS = [
    "**Structured references.** Estonian-entity invoices carry an Estonian viitenumber: the digits of the "
    "invoice number's year and sequence plus a 7-3-1 check digit (`EE-25-10423` -> `25104231`-style). Finnish "
    "customers quote the same number as a viitenumero in groups of five from the right. Latvian and "
    "Lithuanian invoices (and some Estonian ones) use an ISO 11649 RF creditor reference `RFcc` + that "
    "viitenumber, sometimes printed in groups of four. A careful clerk at this company knows this scheme.",
    "**Invoice sequences** never reset and are unique across the three entities (EE 1xxxx, LV 2xxxx, "
    "LT 3xxxx), so a bare sequence (`10423`) or a compact form (`EE2510423`) identifies one invoice.",
    "Bank `reference` fields are often upper-cased and stripped of diacritics; payer names are upper-cased, "
    "transliterated (German ü -> UE or U, Polish ł -> L), legal forms moved or spelled out, and truncated "
    "to 18-35 characters. Amounts inside free text use the local format (`3 712,50`, `3.712,50`).",
    "**applied** needs an invoice identified by reference/remittance and an exact balance, or (no number) a "
    "known customer (by id or a clear payer name) where exactly one open invoice or invoice set of that "
    "currency, among subsets of up to four invoices plus the full set, sums to the amount.",
    "A lump equal to the sum of all of a customer's open items (and to no other combination) is `applied`.",
    "A list that repeats an invoice already settled earlier in the file, with the amount equal to the other "
    "listed balances, is `applied` to those.",
    "**Short pays** with a stated reason (moisture, volume, quality claim, early-payment discount, bank "
    "charges) are `partial` with `short_pay` = {invoice, deducted amount, English reason}; the invoice keeps "
    "exactly the deducted amount open. Stated part payments / instalments are `partial` with `short_pay: null`.",
    "**Polish split payment (MPP)**: the `/VAT/x/IDC/../INV/../TXT/..` reference. When the net and VAT legs "
    "arrive as two credits, the net leg is `partial` (VAT part left open on purpose) and the VAT leg is "
    "`applied`. A gross credit carrying the MPP text is `applied`.",
    "**unapplied**: overpayment (applications listed, remainder unapplied), a second payment of an invoice "
    "already paid earlier in this file (nothing applied), and a known customer's advance payment that fits "
    "no invoice. The remainder never matches another open item of that customer.",
    "**review** has no applications and `unapplied` equal to the full amount. `candidates` is a list of "
    "invoice-id lists (invoice sets), best first. Ties between identical invoices are ordered by due date, "
    "oldest first; when a quoted number disagrees with an exact amount of another invoice of the same "
    "customer, the exact-amount invoice is listed first.",
    "Cross-currency (a SEK/PLN payment quoting a EUR invoice) is `review` with **no candidates**, because no "
    "invoice of the payment's currency can take it; the quoted invoice is named in `reason`.",
    "Unknown payers (no customer id, name matches no customer, no invoice number) are `review`: with the one "
    "invoice whose balance equals the amount as the candidate if there is exactly one in the whole ledger, "
    "otherwise with none. `unapplied` is reserved for known customers.",
    "An unexplained shortfall against a list of invoices is `review` with the listed set as the candidate.",
    "**Bad rows** (`status: error`, no applications, `unapplied: \"0.00\"`, `candidates: []`, an `error` "
    "text): negative amount, a currency no invoice has (USD, NOK), a malformed amount (`1.234,56`, `12O0.00`, "
    "empty), a missing date (null or empty string), and a repeated payment id (the bank file repeats the "
    "previous line verbatim; the first occurrence is processed normally, the repeat is the error). Bad rows "
    "change no balance.",
    "`reason` texts are free English; `scenario` and `note` are for humans. Compare `applications` as sets "
    "of (invoice_id, amount) and `candidates` as sets of sets if order is not scored.",
]


if __name__ == "__main__":
    main()
