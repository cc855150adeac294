#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: Skjaergaard Seafood Export AS (made up), a Norwegian exporter of salmon,
cod and shellfish with NOK, SEK, DKK, EUR and USD books.

Stdlib only, deterministic: `python3 build.py` rewrites ledger_skjaergard/*.json
and README.md byte for byte.
"""
import calendar
import itertools
import json
import os
import random
import sys
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 790113
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_skjaergard"
OUT = os.path.join(HERE, LEDGER)
R = random.Random(SEED)
C2 = Decimal("0.01")
ZERO = Decimal("0.00")


def D(x):
    return Decimal(str(x)).quantize(C2, ROUND_HALF_UP)


def S(x):
    return str(D(x))


# ---------------------------------------------------------------- formatting
def grp(d, th, dec):
    d = D(d)
    neg = d < 0
    whole, frac = f"{abs(d):.2f}".split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ("-" if neg else "") + th.join(parts) + dec + frac


def f_space(d):
    return grp(d, " ", ",")


def f_dot(d):
    return grp(d, ".", ",")


def f_en(d):
    return grp(d, ",", ".")


def f_plain(d):
    return S(d)


# -------------------------------------------------------------- check digits
def luhn(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def kid(num):  # Norwegian KID: invoice digits + MOD10 (Luhn)
    b = num.replace("-", "")
    return b + luhn(b)


def ocr(num):  # Swedish OCR with length digit + Luhn
    b = num.replace("-", "")
    b = b + str((len(b) + 2) % 10)
    return b + luhn(b)


FIK_CREDITOR = "85041297"


def fik(num):  # Danish FI-kort type 71: 15-digit payment id (14 + Luhn)
    b = num.replace("-", "").rjust(14, "0")
    return b + luhn(b)


def viite(num):  # Finnish national reference, weights 7,3,1 from the right
    b = num.replace("-", "")
    w = [7, 3, 1]
    tot = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(b)))
    return b + str((10 - tot % 10) % 10)


def group_right(s, n=5):
    out = []
    while s:
        out.insert(0, s[-n:])
        s = s[:-n]
    return " ".join(out)


def rf(num):  # ISO 11649 creditor reference
    b = num.replace("-", "")
    conv = b + "2715" + "00"
    chk = 98 - int(conv) % 97
    return "RF%02d%s" % (chk, b)


def rf_valid(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    conv = "".join(str(int(c, 36)) for c in t)
    return int(conv) % 97 == 1


# ------------------------------------------------------------------- folding
FOLD = {
    "oe": {"Ø": "OE", "Æ": "AE", "Å": "AA", "Ä": "AE", "Ö": "OE", "Ü": "UE", "Ō": "OU", "Õ": "O"},
    "plain": {"Ø": "O", "Æ": "AE", "Å": "A", "Ä": "A", "Ö": "O", "Ü": "U", "Ō": "O", "Õ": "O"},
    "keep": {"Ō": "O"},  # Nordic banks that keep ÆØÅÄÖ but strip other marks
}
EXTRA = {"Ł": "L", "Đ": "D", "ß": "SS"}


def fold(name, style):
    up = name.upper()
    m = FOLD[style]
    out = []
    for ch in up:
        if ch in m:
            out.append(m[ch])
        elif style == "keep" and ch in "ÆØÅÄÖ":
            out.append(ch)
        elif ch in EXTRA:
            out.append(EXTRA[ch])
        else:
            dec = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in dec if not unicodedata.combining(c)))
    return "".join(out)


def compact(s):
    return "".join(c for c in s.upper() if c.isalnum())


def name_variants(name):
    return {compact(fold(name, st)) for st in FOLD}


# ----------------------------------------------------------------- customers
COUNTRY_PLAN = [("NO", 70, "NOK"), ("SE", 50, "SEK"), ("DK", 35, "DKK"), ("FI", 30, "EUR"),
                ("EE", 8, "EUR"), ("LV", 8, "EUR"), ("LT", 9, "EUR"), ("PL", 30, "EUR"),
                ("ES", 25, "EUR"), ("FR", 20, "EUR"), ("JP", 15, "USD")]

NAMEPARTS = {
    "NO": (["Fjordlys", "Kystfangst", "Nordvær", "Sjøbris", "Skjærhav", "Tareskog", "Bølgetopp",
            "Lofotfangst", "Senjahav", "Varangerfisk", "Måkeskjær", "Øyvær", "Åsvær", "Strandkanten",
            "Vesterhav", "Fiskebrygga", "Trollfjord", "Helgelandsfisk", "Ishavsfangst", "Saltstraum",
            "Torskehuset", "Sildelaget", "Sjømathuset", "Krabbekilen", "Rekehuset", "Kveitehavet",
            "Skreikompaniet", "Havgapet", "Fjæra", "Ørnevika", "Kråkeberget", "Båtstøa"],
           ["", " Sjømat", " Engros", " Handel", " Import", " Fiskehandel", " Grossist", " Dagligvare",
            " Distribusjon", " Bergen", " Tromsø", " Ålesund", " Bodø", " Kristiansund", " Stavanger"],
           [" AS"]),
    "SE": (["Skärgårds", "Västkust", "Östersjö", "Sjöbris", "Strömmings", "Kustfångst", "Båtholmens",
            "Hälleviks", "Fiskargårdens", "Ålands", "Torskholmens", "Laxfjärdens", "Räkhusets",
            "Kräftans", "Havsörns", "Bryggans", "Saltsjö", "Sillhusets", "Ängholmens", "Öckerö Hav"],
           [" Fisk", " Fiskhandel", " Livs", " Partihandel", " Grossist", " Delikatesser", " Sjömat",
            " Import"],
           [" AB"]),
    "DK": (["Limfjords", "Vestkyst", "Østersø", "Nørrestrand", "Kattegat", "Fiskerihavn", "Strandvejens",
            "Ålekroens", "Bølgens", "Havnens", "Sønderhav", "Jyllands", "Klitgårds", "Øresunds",
            "Fjordens", "Skærbæk"],
           [" Fisk", " Fiskeeksport", " Import", " Engros", " Fiskehus", " Handel"],
           [" A/S", " ApS"]),
    "FI": (["Meri", "Kala", "Järvi", "Saaristo", "Pohjois", "Lohi", "Silakka", "Aalto", "Satama",
            "Kuha", "Siika", "Merituuli", "Läntinen", "Ahven", "Särki", "Ulappa"],
           ["kala", "tukku", "herkku", "kauppa", "kalatukku", "kalajaloste", "kalakauppa"],
           [" Oy", " Oy Ab"]),
    "EE": (["Merekala", "Läänekala", "Saarekala", "Hiiu Kala", "Pärnu Kalatööstus", "Kalamaja Kaubandus",
            "Rannakala", "Tallinna Kalaturg", "Virumaa Kala", "Kärdla Kala"],
           [""], [" OÜ", " AS"]),
    "LV": (["Jūras Zivis", "Baltijas Zivju Nams", "Kurzemes Produkti", "Rīgas Zivju Tirdzniecība",
            "Liepājas Jūrnieks", "Ventspils Zivis", "Daugavas Loms", "Jūrmalas Garšas", "Vidzemes Zivis",
            "Kolkas Rags"],
           [""], [""]),
    "LT": (["Jūrų Gėrybės", "Baltijos Žuvis", "Klaipėdos Prekyba", "Šiaurės Skonis", "Nidos Žuvėdra",
            "Kuršių Marios", "Neringos Žuvys", "Palangos Jūra", "Šventosios Uostas", "Žuvėdrų Krantas"],
           [""], [""]),
    "PL": (["Przetwórnia Ryb", "Hurtownia Ryb", "Owoce Morza", "Ryby", "Handel Rybny", "Wędzarnia"],
           [" Łeba", " Kaszuby", " Ustka", " Kołobrzeg", " Darłowo", " Żuławy", " Wolin", " Rewa",
            " Jastarnia", " Świbno", " Dębki", " Mielno", " Łazy", " Sopot Mar"],
           [" Sp. z o.o."]),
    "ES": (["Pescados", "Mariscos", "Congelados", "Distribuciones", "Frigoríficos", "Conservas",
            "Pescaderías"],
           [" Ibáñez", " Castaño", " del Cantábrico", " Atlántico", " Galaica", " Núñez", " Peñalver",
            " del Norte", " Cádiz Mar", " Vigo Mar", " Peña Azul", " Begoña"],
           [" S.L.", " S.A."]),
    "FR": (["Marée", "Pêcheries", "Poissonnerie", "Comptoir de la Mer", "Halles", "Océane",
            "Saveurs Marines", "Criée"],
           [" de Bretagne", " Normande", " de l'Ouest", " Côtière", " Lefèvre", " Bérard", " Dupré",
            " de la Côte d'Opale", " Atlantique", " Méditerranée", " Vendéenne"],
           [" SAS", " SARL", " SA"]),
    "JP": (["Hokuyō", "Kaiyō", "Tōyō", "Shinsei", "Minato", "Daiichi", "Sanriku", "Kitanihon",
            "Asahi Kaisan", "Hamanaka", "Ōshima", "Kōyō"],
           [" Suisan", " Shōji", " Foods", " Trading", " Gyogyō"],
           [" Co., Ltd.", " K.K."]),
}
PREFIX = {"LV": "SIA ", "LT": "UAB "}

# similar-name pairs (same country and book): the bank's payer name fits both
SIMILAR = [("NO", "Havbris AS", "Havbris Sjømat AS", "HAVBRIS"),
           ("SE", "Norrhav Fisk AB", "Norrhav Fiskhandel AB", "NORRHAV FISK"),
           ("ES", "Pescados Muñoz S.L.", "Pescados Muñoz e Hijos S.A.", "PESCADOS MUNOZ"),
           ("FR", "Marée du Nord SAS", "Marée du Nord Distribution SARL", "MAREE DU NORD"),
           ("PL", "Bałtyk Ryba Sp. z o.o.", "Bałtyk Ryba Handel Sp. z o.o.", "BALTYK RYBA")]

TERMS = {"NO": [14, 20, 30], "SE": [20, 30], "DK": [14, 30], "FI": [14, 21, 30], "EE": [30],
         "LV": [30], "LT": [30, 45], "PL": [30, 45], "ES": [45, 60], "FR": [45, 30], "JP": [60, 45]}


def make_customers():
    custs = []
    used_ids = set()
    names_used = set()
    for cc, n, cur in COUNTRY_PLAN:
        a, b, c = NAMEPARTS[cc]
        sim = [s for s in SIMILAR if s[0] == cc]
        fixed = []
        for s in sim:
            fixed += [s[1], s[2]]
        for i in range(n):
            if i < len(fixed):
                name = fixed[i]
            else:
                for _ in range(500):
                    if cc in ("FI",):
                        name = R.choice(a) + R.choice(b) + R.choice(c)
                    elif cc in ("EE", "LV", "LT"):
                        base = R.choice(a)
                        name = PREFIX.get(cc, "") + base + R.choice(c)
                        if name in names_used:
                            name = PREFIX.get(cc, "") + base + R.choice([" Grupa", " Eksports", " Trade",
                                                                          " Baltic", " Nord"]) + R.choice(c)
                    else:
                        name = R.choice(a) + R.choice(b) + R.choice(c)
                    if name not in names_used:
                        break
                else:
                    raise SystemExit("name pool exhausted " + cc)
            names_used.add(name)
            while True:
                cid = "K%05d" % R.randrange(10000, 99999)
                if cid not in used_ids:
                    used_ids.add(cid)
                    break
            custs.append({"id": cid, "name": name, "cc": cc, "cur": cur, "curs": [cur],
                          "terms": R.choice(TERMS[cc]), "sim": any(name in (s[1], s[2]) for s in sim)})
    # second books
    extra = {"DK": ("EUR", 5), "SE": ("EUR", 4), "PL": ("USD", 3), "JP": ("EUR", 3)}
    for cc, (cur, k) in extra.items():
        pool = [c for c in custs if c["cc"] == cc and not c["sim"]]
        for c in R.sample(pool, k):
            c["curs"].append(cur)
    return custs


# ------------------------------------------------------------------ invoices
PRICE = {"NOK": (62, 148), "SEK": (68, 165), "DKK": (48, 118), "EUR": (5.6, 13.9), "USD": (6.2, 15.5)}
FREIGHT = {"NOK": [1450, 2900, 3750, 5200], "SEK": [1600, 2450, 3900], "DKK": [1100, 1950, 2800],
           "EUR": [145, 260, 380, 520], "USD": [310, 480, 650]}


def invoice_amount(cur):
    kg = R.choice([R.randrange(100, 2000, 10), R.randrange(500, 9000, 20), R.randrange(60, 700, 5),
                   R.randrange(1000, 4000, 20)])
    lo, hi = PRICE[cur]
    price = D(R.uniform(lo, hi))
    amt = D(Decimal(kg) * price)
    if R.random() < 0.35:
        amt += D(R.choice(FREIGHT[cur]))
    return amt


def rand_issue():
    start = date(2025, 11, 3)
    span = (date(2026, 2, 27) - start).days
    # skew towards recent invoices
    x = R.random() ** 0.6
    d = start + timedelta(days=int(x * span))
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def make_invoices(custs):
    total_items = 1500
    n_credit = 30
    n_inv = total_items - n_credit
    # invoice counts per customer
    weights = []
    for c in custs:
        w = R.choice([1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 9, 12])
        if c["sim"]:
            w = max(w, 4)
        weights.append(w)
    scale = n_inv / sum(weights)
    counts = [max(1, int(round(w * scale))) for w in weights]
    while sum(counts) > n_inv:
        i = R.randrange(len(counts))
        if counts[i] > 2:
            counts[i] -= 1
    while sum(counts) < n_inv:
        counts[R.randrange(len(counts))] += 1
    items = []
    for c, k in zip(custs, counts):
        for j in range(k):
            cur = c["cur"]
            if len(c["curs"]) > 1 and j % 3 == 2:
                cur = c["curs"][1]
            items.append({"cust": c, "cur": cur, "total": invoice_amount(cur), "issue": rand_issue(),
                          "pool": "normal"})
    # batch invoicing: several deliveries of one customer invoiced the same day get consecutive numbers
    bycust0 = {}
    for it in items:
        if it["cur"] == it["cust"]["cur"]:
            bycust0.setdefault(it["cust"]["id"], []).append(it)
    bkeys = sorted(k for k, v in bycust0.items() if len(v) >= 4)
    for k in R.sample(bkeys, 40):
        batch = R.sample(bycust0[k], min(len(bycust0[k]), R.choice([3, 3, 4, 4, 5])))
        day = max(it["issue"] for it in batch)
        rk = R.random()
        for it in batch:
            it["issue"] = day
            it["batch"] = k
            it["rk"] = rk
    # credit notes
    rich = [c for c, k in zip(custs, counts) if k >= 4 and not c["sim"]]
    for c in R.sample(rich, n_credit):
        mine = [it for it in items if it["cust"] is c and it["cur"] == c["cur"]]
        base = R.choice(mine)["total"]
        amt = D(base * Decimal(R.choice(["0.04", "0.06", "0.08", "0.1", "0.12", "0.15"])))
        amt = D(int(amt))  # credit notes are usually round-ish
        items.append({"cust": c, "cur": c["cur"], "total": -amt, "issue": rand_issue(), "pool": "credit"})
    # numbering: one series per year, gaps are invoices already paid
    for it in items:
        if "rk" not in it:
            it["rk"] = R.random()
    items.sort(key=lambda it: (it["issue"], it["rk"]))
    seq = {2025: 4711, 2026: 1}
    prev = None
    for it in items:
        y = it["issue"].year
        if prev is not None and it.get("batch") and prev.get("batch") == it["batch"] and prev["issue"] == it["issue"]:
            seq[y] += 1 - prev["step"]
        it["number"] = "%d-%04d" % (y, seq[y])
        it["step"] = R.choice([1, 1, 2, 2, 2, 3, 4])
        seq[y] += it["step"]
        prev = it
    # ids
    ids = set()
    for it in items:
        while True:
            iid = "inv-%08x" % R.getrandbits(32)
            if iid not in ids:
                ids.add(iid)
                it["id"] = iid
                break
        c = it["cust"]
        it["due"] = it["issue"] if it["total"] < 0 else it["issue"] + timedelta(days=c["terms"])
        it["bal"] = it["total"]
    # partially paid before the file (for overpayments and part-pay history)
    normals = [it for it in items if it["pool"] == "normal" and not it["cust"]["sim"]]
    for it in R.sample(normals, 40):
        paid = D(int(it["total"] * Decimal(R.choice(["0.25", "0.3", "0.4", "0.5"]))))
        it["bal"] = it["total"] - paid
        it["pool"] = "prepaid"
    # twins: standing orders with the same amount on two invoices of one customer
    bycust = {}
    for it in items:
        if it["pool"] == "normal":
            bycust.setdefault((it["cust"]["id"], it["cur"]), []).append(it)
    keys = sorted(k for k, v in bycust.items() if len(v) >= 4)
    tw_keys = R.sample(keys, 18)
    for k in tw_keys:
        a, b = R.sample(bycust[k], 2)
        b["total"] = b["bal"] = a["total"]
        a["pool"] = b["pool"] = "twin"
        a["twin"], b["twin"] = b, a
    # cross collisions: one invoice each of two customers in the same book with the same amount
    for cur, k in [("NOK", 3), ("SEK", 2), ("EUR", 4), ("DKK", 1), ("USD", 1)]:
        cands = [it for it in items if it["pool"] == "normal" and it["cur"] == cur and not it["cust"]["sim"]]
        for _ in range(k):
            a = R.choice(cands)
            b = R.choice([x for x in cands if x["cust"] is not a["cust"] and x is not a])
            b["total"] = b["bal"] = a["total"]
            a["pool"] = b["pool"] = "cross"
            a["pair"], b["pair"] = b, a
            cands = [x for x in cands if x["pool"] == "normal"]
    # similar-name pairs: plant one same-amount invoice in each customer of the pair
    for s in SIMILAR:
        c1 = next(c for c in custs if c["name"] == s[1])
        c2 = next(c for c in custs if c["name"] == s[2])
        a = R.choice([it for it in items if it["cust"] is c1 and it["pool"] == "normal"])
        b = R.choice([it for it in items if it["cust"] is c2 and it["pool"] == "normal"])
        b["total"] = b["bal"] = a["total"]
        a["pool"] = b["pool"] = "simpair"
        a["pair"], b["pair"] = b, a
    items.sort(key=lambda it: it["number"])
    return items


def invoice_json(it):
    return {"id": it["id"], "number": it["number"], "customer_id": it["cust"]["id"],
            "customer_name": it["cust"]["name"], "currency": it["cur"], "total": S(it["total"]),
            "balance": S(it["bal"]), "issue_date": it["issue"].isoformat(),
            "due_date": it["due"].isoformat()}


# ------------------------------------------------------------- localisation
# Words per payer country. {n} = 2026-0412, {d} = 20260412, {pl} = 2026/0412
LOC = {
    "NO": dict(fmt=f_space, dfmt="%d.%m.%Y",
               inv=["Faktura nr {n}", "Fakturanr. {n}", "FAKT {n}", "Betaling faktura {n}", "faktura {n}",
                    "Fakt.nr {d}", "FAKTURA {n}"],
               lst=["Faktura {L}", "Fakturaer {L}", "FAKT {L}", "Betaling fakt. {L}"], and_=" og ",
               rng=["Fakturaer {a} til {b}", "Fakt. {a} - {b}", "faktura {a}--{b}", "Fakturaer {a} t.o.m. {b}"],
               adv="Betalingsavis", frm="fra", pd="Betalingsdato", ci="Fakturanr", ca="Beløp", tot="Totalt",
               cn="Kreditnota", see=["Se betalingsavis", "Se vedlagt avis", "SE AVIS"],
               part=["Delbetaling faktura {n}", "A konto fakt. {n}", "1. avdrag faktura {n}"],
               rest=["Restbeløp faktura {n}", "Rest fakt. {n} (resterende)"],
               claim="Trekk reklamasjon", why=["laks lev. {dd} nedgradert", "torsk med for høy kjernetemperatur",
                                                "reker kassert ved mottak", "kongekrabbe død ved ankomst"],
               frt="Fraktavdrag", fee="Gebyr utenlandsbetaling",
               stmt=["Saldo iht. kontoutskrift", "Betaling iht. kontoutdrag", "Oppgjør utestående saldo"],
               asof=" pr. {cut}",
               pre=["Forskudd ordre {po}", "A konto bestilling {po}", "Forskuddsbetaling uke {wk}"],
               gen=["BETALING", "Oppgjør", "Leverandørbetaling", "Lev. uke {wk}"],
               po="Vår ordre", round_="avrundet", cnv=None),
    "SE": dict(fmt=f_space, dfmt="%Y-%m-%d",
               inv=["Fakturanr {n}", "Faktura {n}", "Avser faktura {n}", "FAKTNR {d}", "Betalning faktura {n}",
                    "Fakturanr. {n}", "Plusgiro 48 12 33-5 faktura {n}"],
               lst=["Fakturor {L}", "Avser fakt {L}", "FAKTURA {L}"], and_=" och ",
               rng=["Fakturor {a} t.o.m. {b}", "Fakt {a} - {b}", "Faktura {a}--{b}"],
               adv="Betalningsavisering", frm="från", pd="Betalningsdag", ci="Fakturanr", ca="Belopp",
               tot="Summa", cn="Kreditfaktura", see=["Se avisering", "Enl. avi", "SE BETALNINGSAVI"],
               part=["Delbetalning faktura {n}", "Avbetalning 1 faktura {n}", "Del av faktura {n}"],
               rest=["Restbelopp faktura {n}", "Slutbetalning faktura {n}"],
               claim="Avdrag reklamation", why=["dålig kvalitet lax lev. {dd}", "torsk för varm vid ankomst",
                                                 "räkor kasserade vid mottagning"],
               frt="Avdrag frakt", fee="Bankavgift",
               stmt=["Enligt kontoutdrag", "Avräkning kontoutdrag", "Betalning saldo"], asof=" per {cut}",
               pre=["Förskott order {po}", "Förskottsbetalning v. {wk}"],
               gen=["BETALNING", "Leverantörsbetalning", "Lev v {wk}"],
               po="Vår order", round_="avrundat", cnv=None),
    "DK": dict(fmt=f_dot, dfmt="%d.%m.%Y",
               inv=["Faktura nr. {n}", "Fakturanr. {n}", "Fakt. {n}", "FAKTURA {d}", "Betaling af faktura {n}"],
               lst=["Fakturaer {L}", "Fakt. {L}", "Betaling fakturaer {L}"], and_=" og ",
               rng=["Fakturaer {a} til {b}", "Fakt. {a} - {b}"],
               adv="Betalingsadvisering", frm="fra", pd="Betalingsdato", ci="Fakturanr.", ca="Beløb", tot="I alt",
               cn="Kreditnota", see=["Se advis", "Jf. advisering"],
               part=["Delbetaling faktura {n}", "Acontobetaling fakt. {n}"],
               rest=["Restbeløb faktura {n}"],
               claim="Fradrag reklamation", why=["laks leveret {dd} i dårlig stand", "fordærvede rejer",
                                                  "torsk for høj temperatur"],
               frt="Fradrag fragt", fee="Bankgebyr",
               stmt=["Iflg. kontoudtog", "Saldo jf. kontoudtog"], asof=" pr. {cut}",
               pre=["Forudbetaling ordre {po}", "Aconto ordre {po}"],
               gen=["BETALING", "Overførsel", "Lev. uge {wk}"],
               po="Vores ordre", round_="afrundet", cnv=None),
    "FI": dict(fmt=f_space, dfmt="%d.%m.%Y",
               inv=["Lasku {n}", "lasku {n}", "Laskunro {n}", "LASKU NRO {d}", "Maksu lasku {n}"],
               lst=["Laskut {L}", "LASKUT {L}", "Maksu laskut {L}"], and_=" ja ",
               rng=["Laskut {a} - {b}", "laskut {a}...{b}"],
               adv="Maksuilmoitus", frm="/", pd="Maksupäivä", ci="Lasku", ca="Summa", tot="Yhteensä",
               cn="Hyvityslasku", see=["Katso maksuilmoitus", "Ks. erittely"],
               part=["Osamaksu lasku {n}", "1. erä lasku {n}"], rest=["Loppuosa lasku {n}", "Loput lasku {n}"],
               claim="Reklamaatiovähennys", why=["pilaantunut lohi, toimitus {dd}", "turska liian lämmin"],
               frt="Rahtivähennys", fee="Pankkikulut",
               stmt=["Tiliotteen mukaan", "Avoin saldo"], asof=" {cut}",
               pre=["Ennakkomaksu tilaus {po}"], gen=["MAKSU", "Tilisiirto", "Toimitus vko {wk}"],
               po="Tilauksemme", round_="pyöristetty", cnv=None),
    "EE": dict(fmt=f_space, dfmt="%d.%m.%Y",
               inv=["Arve nr {n}", "ARVE {n}", "Invoice {n}", "arve {d}"],
               lst=["Arved {L}", "Invoices {L}"], and_=" ja ",
               rng=["Arved {a} - {b}"],
               adv="Maksekorraldus / Payment advice", frm="/", pd="Kuupäev", ci="Arve", ca="Summa", tot="Kokku",
               cn="Kreeditarve", see=["Vt maksekorraldust", "See payment advice"],
               part=["Osamakse arve {n}"], rest=["Arve {n} jääk"],
               claim="Quality claim deduction", why=["spoiled salmon delivery {dd}", "cod arrived above 4 C"],
               frt="Freight deduction", fee="Bank charges",
               stmt=["Saldo vastavalt väljavõttele"], asof=" {cut}",
               pre=["Ettemaks tellimus {po}"], gen=["Makse", "Payment", "Tarne nädal {wk}"],
               po="Tellimus", round_="ümardatud", cnv=None),
    "LV": dict(fmt=f_space, dfmt="%d.%m.%Y",
               inv=["Rēķins Nr. {n}", "REKINS NR {n}", "Invoice {n}", "rēķ. {n}"],
               lst=["Rēķini {L}", "Invoices {L}"], and_=" un ",
               rng=["Rēķini {a} - {b}"],
               adv="Maksājuma paziņojums", frm="/", pd="Datums", ci="Rēķins", ca="Summa", tot="Kopā",
               cn="Kredītrēķins", see=["Skat. paziņojumu", "See payment advice"],
               part=["Daļējs maksājums rēķins {n}"], rest=["Atlikums rēķins {n}"],
               claim="Quality claim deduction", why=["spoiled salmon delivery {dd}", "shrimp rejected on arrival"],
               frt="Freight deduction", fee="Bank charges",
               stmt=["Saskaņā ar izrakstu"], asof=" {cut}",
               pre=["Priekšapmaksa pasūtījums {po}"], gen=["Maksājums", "Payment"],
               po="Pasūtījums", round_="noapaļots", cnv=None),
    "LT": dict(fmt=f_space, dfmt="%Y-%m-%d",
               inv=["SF Nr. {n}", "Sąskaita faktūra {n}", "SASKAITA {n}", "Invoice No {n}"],
               lst=["SF {L}", "Sąskaitos {L}"], and_=" ir ",
               rng=["SF {a} - {b}"],
               adv="Mokėjimo pranešimas", frm="/", pd="Data", ci="Sąskaita", ca="Suma", tot="Iš viso",
               cn="Kreditinė sąskaita", see=["Žr. pranešimą", "See payment advice"],
               part=["Dalinis mokėjimas SF {n}"], rest=["Likutis SF {n}"],
               claim="Quality claim deduction", why=["spoiled salmon delivery {dd}", "cod above temperature"],
               frt="Freight deduction", fee="Banko mokestis",
               stmt=["Pagal sąskaitų išrašą"], asof=" {cut}",
               pre=["Išankstinis mokėjimas užs. {po}"], gen=["Mokėjimas", "Payment"],
               po="Užsakymas", round_="suapvalinta", cnv=None),
    "PL": dict(fmt=f_space, dfmt="%d.%m.%Y",
               inv=["FV {pl}", "FAKTURA NR {n}", "Zapłata za FV {pl}", "ZAPLATA FAKTURY {n}", "FAKTURA VAT {pl}"],
               lst=["FV {L}", "Faktury {L}", "ZAPLATA FV {L}"], and_=" i ",
               rng=["FV {a} - {b}", "Faktury od {a} do {b}"],
               adv="Awizo płatności", frm="/", pd="Data płatności", ci="Faktura", ca="Kwota", tot="Razem",
               cn="Faktura korygująca", see=["Wg awizo", "Patrz awizo"],
               part=["Częściowa płatność FV {pl}", "I rata FV {pl}"], rest=["Dopłata FV {pl}", "Reszta FV {pl}"],
               claim="Potrącenie - reklamacja jakościowa", why=["zepsuty łosoś dostawa {dd}",
                                                                  "dorsz - przekroczona temperatura"],
               frt="Potrącenie transport", fee="Opłata bankowa",
               stmt=["Wg zestawienia sald", "Saldo wg potwierdzenia"], asof=" na {cut}",
               pre=["Przedpłata zam. {po}"], gen=["PRZELEW", "Płatność", "Dostawa tydz. {wk}"],
               po="Zamówienie", round_="zaokrąglone", cnv=None),
    "ES": dict(fmt=f_dot, dfmt="%d/%m/%Y",
               inv=["FRA {n}", "FACTURA {n}", "PAGO FRA. {n}", "S/FRA Nº {n}", "N/PAGO FACTURA {n}"],
               lst=["FRAS {L}", "PAGO FACTURAS {L}", "S/FRAS {L}"], and_=" y ",
               rng=["FRAS {a} A {b}", "Facturas {a} a {b}"],
               adv="Aviso de pago", frm="de", pd="Fecha de pago", ci="Factura", ca="Importe", tot="Total",
               cn="Abono", see=["Ver aviso de pago", "S/ AVISO"],
               part=["Pago parcial fra {n}", "Pago a cuenta fra. {n}"], rest=["Resto fra {n}", "Liquidación fra {n}"],
               claim="Descuento reclamación calidad", why=["salmón en mal estado entrega {dd}", "bacalao descongelado",
                                                            "gambas rechazadas"],
               frt="Portes descontados", fee="Gastos bancarios",
               stmt=["Pago según extracto", "Liquidación saldo"], asof=" a {cut}",
               pre=["Anticipo pedido {po}"], gen=["TRANSFERENCIA", "PAGO PROVEEDOR", "Semana {wk}"],
               po="N/Pedido", round_="redondeo", cnv=None),
    "FR": dict(fmt=f_space, dfmt="%d/%m/%Y",
               inv=["FACT {n}", "FACTURE {n}", "REGLEMENT FACTURE N° {n}", "VIR FACT {n}", "Facture n°{n}"],
               lst=["FACTURES {L}", "REGLEMENT FACT {L}", "Fact. {L}"], and_=" et ",
               rng=["FACTURES {a} A {b}", "Fact. {a} à {b}"],
               adv="Avis de paiement", frm="de", pd="Date de règlement", ci="Facture", ca="Montant", tot="Total",
               cn="Avoir", see=["Voir avis de paiement", "CF AVIS"],
               part=["Acompte facture {n}", "Paiement partiel fact {n}"], rest=["Solde facture {n}"],
               claim="Déduction litige qualité", why=["saumon avarié livraison du {dd}", "cabillaud hors température",
                                                      "crevettes refusées"],
               frt="Déduction frais de transport", fee="Frais bancaires",
               stmt=["Règlement relevé", "Solde selon relevé"], asof=" au {cut}",
               pre=["Acompte commande {po}"], gen=["VIREMENT", "VIR SEPA", "Livraisons sem. {wk}"],
               po="Notre commande", round_="arrondi", cnv=None),
    "JP": dict(fmt=f_en, dfmt="%Y/%m/%d",
               inv=["INV NO {n}", "INVOICE {n}", "PAYMENT FOR INV.{n}", "INV {d} FROZEN SALMON", "/INV/{n}"],
               lst=["INV {L}", "INVOICES {L}", "PAYMENT FOR INV {L}"], and_=" AND ",
               rng=["INV {a} TO {b}", "INVOICES {a}-{b}"],
               adv="PAYMENT ADVICE", frm="FROM", pd="VALUE DATE", ci="INVOICE NO.", ca="AMOUNT", tot="TOTAL",
               cn="CREDIT NOTE", see=["SEE ADVICE", "AS PER ADVICE"],
               part=["PARTIAL PAYMENT INV {n}", "1ST INSTALMENT INV {n}"], rest=["BALANCE PAYMENT INV {n}"],
               claim="LESS QUALITY CLAIM", why=["SPOILED SALMON ON ARRIVAL", "THAWED COD CARTONS",
                                               "DAMAGED CARGO REPORT {dd}"],
               frt="LESS FREIGHT", fee="LESS BANK CHARGES",
               stmt=["PAYMENT AS PER STATEMENT", "STATEMENT BALANCE"], asof=" AS OF {cut}",
               pre=["ADVANCE PAYMENT PO {po}"], gen=["PAYMENT", "REMITTANCE", "T/T REMITTANCE"],
               po="OUR P/O", round_="ROUNDED", cnv=None),
}
SEPA_CC = {"FI", "EE", "LV", "LT", "PL", "ES", "FR"}
UNKNOWN_PAYERS = ["SEAFOOD CONNECT LTD", "M KOWALSKI", "HANSEATIC FISCHHANDEL GMBH", "ATLANTIC BLUE TRADING",
                  "OSAKA MARINE PRODUCTS", "J HANSEN", "AMBERSEA LOGISTICS", "NORDIC TRADE FINANCE AB",
                  "GREEN CAPE IMPORTS", "PAYMENT SERVICES EU SA", "TRANSFERENCIA RECIBIDA",
                  "KRAKOW FOOD SERVICE", "OVERSEAS REMITTANCE", "K. LINDQVIST", "MAREVITA SRL"]
THIRD_PARTY = {"NO": "VESTKAPITAL FACTORING AS", "SE": "NORDFINANS FAKTURASERVICE AB",
               "DK": "KYSTFINANS FACTORING A/S", "ES": "BANCO COSTERO CONFIRMING", "FR": "AFFACTURAGE OCEANIS SA",
               "JP": "TOKAI TRADE FINANCE CO", "PL": "FAKTORING POMORSKI SA", "FI": "SAARISTO RAHOITUS OY"}
OUR_BG = "5437-1190"
OUR_PG = "48 12 33-5"


class Retry(Exception):
    pass


def wk(d):
    return d.isocalendar()[1]


class Builder:
    def __init__(self, custs, items):
        self.custs = custs
        self.items = items
        self.by_id = {it["id"]: it for it in items}
        self.by_num = {it["number"]: it for it in items}
        self.bal = {it["id"]: it["bal"] for it in items}
        self.used = set()
        self.reserved = set()       # customer ids kept for one scenario
        self.payments = []
        self.labels = []
        self.pids = set()
        self.ccs = sorted({c["cc"] for c in custs})

    # ------------------------------------------------------------- helpers
    def new_pid(self):
        alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
        while True:
            pid = "pmt-" + "".join(R.choice(alphabet) for _ in range(10))
            if pid not in self.pids:
                self.pids.add(pid)
                return pid

    def invs(self, c, cur=None):
        return [it for it in self.items if it["cust"] is c and (cur is None or it["cur"] == cur)]

    def open_(self, c, cur):
        return [it for it in self.invs(c, cur) if self.bal[it["id"]] != 0]

    def free(self, c, cur=None, pools=("normal",)):
        return [it for it in self.invs(c, cur) if it["pool"] in pools and it["id"] not in self.used
                and self.bal[it["id"]] != 0]

    def hits(self, c, cur, amt):
        return [it for it in self.open_(c, cur) if self.bal[it["id"]] == amt]

    def pair_hits(self, c, cur, amt):
        op = self.open_(c, cur)
        return [(a, b) for a, b in itertools.combinations(op, 2) if self.bal[a["id"]] + self.bal[b["id"]] == amt]

    def global_hits(self, cur, amt):
        return [it for it in self.items if it["cur"] == cur and self.bal[it["id"]] == amt]

    def amount_unique(self, c, cur, it):
        amt = self.bal[it["id"]]
        return self.hits(c, cur, amt) == [it] and not self.pair_hits(c, cur, amt)

    def customers(self, pred, ccs=None):
        out = [c for c in self.custs if c["id"] not in self.reserved and (ccs is None or c["cc"] in ccs)
               and pred(c)]
        if not out:
            raise Retry("no customer")
        return out

    def pick_cust(self, pred, ccs=None):
        return R.choice(self.customers(pred, ccs))

    def payer(self, c, full=False):
        cc = c["cc"]
        style = R.choices(["oe", "plain", "keep"],
                          {"NO": [4, 3, 3], "SE": [2, 5, 3], "DK": [4, 2, 4], "FI": [0, 7, 3],
                           "JP": [4, 6, 0]}.get(cc, [0, 1, 0]))[0]
        s = fold(c["name"], style)
        if R.random() < 0.5:
            s = s.replace(".", "").replace(",", "")
        s = " ".join(s.split())
        if not full:
            s = s[:R.choice([18, 20, 22, 24, 28, 35, 35, 70])].rstrip()
        return s

    def name_matches(self, payer):
        p = compact(payer)
        return [c for c in self.custs if any(v.startswith(p) for v in name_variants(c["name"]))]

    def unique_payer(self, c):
        for _ in range(20):
            p = self.payer(c)
            if len(compact(p)) >= 8 and self.name_matches(p) == [c]:
                return p
        p = self.payer(c, full=True)
        if self.name_matches(p) != [c]:
            raise Retry("payer name not unique")
        return p

    def numtxt(self, it, cc, form=None):
        n = it["number"]
        form = form or R.choices(["n", "d"], [9, 1])[0]
        if form == "d":
            return n.replace("-", "")
        if cc == "PL" and R.random() < 0.5:
            return n.replace("-", "/")
        return n

    def fill(self, tpl, it, cc):
        n = it["number"]
        return tpl.format(n=n, d=n.replace("-", ""), pl=n.replace("-", "/") if R.random() < 0.6 else n)

    def one_ref(self, c, it):
        return self.fill(R.choice(LOC[c["cc"]]["inv"]), it, c["cc"])

    def list_txt(self, c, its):
        cc = c["cc"]
        L = LOC[cc]
        nums = [it["number"] for it in its]
        years = {n[:4] for n in nums}
        mode = R.choice(["comma", "comma", "and", "short", "slash"]) if len(years) == 1 else R.choice(["comma", "and"])
        if cc == "PL":
            nums = [n.replace("-", "/") for n in nums] if R.random() < 0.5 else nums
        if mode == "comma":
            return ", ".join(nums)
        if mode == "and":
            return ", ".join(nums[:-1]) + L["and_"] + nums[-1]
        tails = [n[5:] for n in nums[1:]]
        if mode == "short":
            return nums[0] + ", " + ", ".join(tails)
        return nums[0] + "/" + "/".join(tails)

    def sepa(self, c, d, ref):
        if c["cc"] not in SEPA_CC or ref is None:
            return ref
        r = R.random()
        if r < 0.18:
            e2e = d.strftime("%Y%m%d") + "%06d" % R.randrange(10 ** 6)
            return "/E2E/%s/ %s" % (e2e, ref)
        if r < 0.28:
            return "E2E NOTPROVIDED " + ref
        if r < 0.36 and c["cc"] == "FR":
            return "VIR SEPA RECU /DE %s /MOTIF %s" % (fold(c["name"], "plain")[:24], ref)
        return ref

    def advice(self, c, cur, d, rows, total, extra=None):
        """rows: list of (label, number, amount Decimal); extra lines appended after the table."""
        L = LOC[c["cc"]]
        f = L["fmt"]
        lines = ["%s %s %s" % (L["adv"], L["frm"], c["name"]) if L["frm"] != "/" else "%s / %s" % (L["adv"], c["name"]),
                 "%s: %s" % (L["pd"], d.strftime(L["dfmt"])), ""]
        lines.append("%-28s %16s" % (L["ci"], "%s %s" % (L["ca"], cur)))
        for lab, num, amt in rows:
            lines.append("%-28s %16s" % ((lab + " " + num).strip(), f(amt)))
        for e in extra or []:
            lines.append(e)
        lines.append("%-28s %16s" % (L["tot"], f(total)))
        return "\n".join(lines)

    def po(self):
        return R.choice(["%d" % R.randrange(40000, 99999), "4500%06d" % R.randrange(10 ** 6),
                         "PO-%d" % R.randrange(1000, 9999)])

    def emit(self, ctx, c, cur, amount, payer, known, ref, rem, status, apps, unapplied, short=None,
             cands=(), reason="", note=""):
        pid = self.new_pid()
        pay = {"id": pid, "date": ctx["date"].isoformat(), "amount": S(amount), "currency": cur,
               "payer_name": payer, "customer_id": c["id"] if (known and c is not None) else None,
               "reference": ref, "remittance": rem}
        total_apps = sum((a for _, a in apps), ZERO)
        assert D(total_apps) + D(unapplied) == D(amount), (ctx["kind"], total_apps, unapplied, amount)
        for it, a in apps:
            assert it["cur"] == cur
            b = self.bal[it["id"]]
            assert (b > 0 and ZERO < a <= b) or (b < 0 and b <= a < ZERO), (ctx["kind"], it["number"], b, a)
            self.bal[it["id"]] = b - a
            self.used.add(it["id"])
        for cs in cands:
            for it in cs:
                self.used.add(it["id"])
        lab = {"payment_id": pid, "status": status,
               "applications": [{"invoice_id": it["id"], "amount": S(a)} for it, a in apps],
               "unapplied": S(unapplied),
               "short_pay": ({"invoice_id": short[0]["id"], "amount": S(short[1]), "reason": short[2]}
                             if short else None),
               "candidates": [{"invoice_ids": [it["id"] for it in cs]} for cs in cands],
               "reason": reason, "scenario": ctx["kind"], "note": note, "_cid": c["id"] if c else None}
        self.payments.append(pay)
        self.labels.append(lab)
        ctx["pay"] = pay
        return pay

    # ============================================================ scenarios
    def note(self, ctx, c, text):
        return "[%s, %s] %s" % (ctx["kind"], c["cc"] if c else "--", text)

    def cur_with(self, c, k=1, pools=("normal",)):
        curs = [cur for cur in c["curs"] if len(self.free(c, cur, pools)) >= k]
        if not curs:
            raise Retry("no currency")
        return R.choice(curs)

    # ---- reference on one invoice
    def s_ref_exact(self, ctx, c=None, it=None, known=None):
        pools = ("normal", "prepaid")
        if c is None:
            c = self.pick_cust(lambda c: self.free(c, None, pools))
            it = R.choice(self.free(c, None, pools))
        cur, amt, d, L = it["cur"], self.bal[it["id"]], ctx["date"], LOC[c["cc"]]
        form = R.random()
        how = "bank reference"
        if form < 0.68:
            ref, rem = self.sepa(c, d, self.one_ref(c, it)), None
        elif form < 0.84:
            ref, rem = R.choice(L["see"] + [None]), self.advice(c, cur, d, [("", it["number"], amt)], amt)
            how = "remittance advice"
        else:
            ref = self.sepa(c, d, self.one_ref(c, it))
            rem = self.advice(c, cur, d, [("", it["number"], amt)], amt)
            how = "reference and advice"
        known = R.random() < 0.5 if known is None else known
        self.emit(ctx, c, cur, amt, self.payer(c), known, ref, rem, "applied", [(it, amt)], ZERO,
                  reason="%s names invoice %s and the amount equals its open balance" % (how, it["number"]),
                  note=self.note(ctx, c, "invoice %s named in the %s, exact balance%s" % (
                      it["number"], how, " (invoice was already part-paid before the file)"
                      if it["pool"] == "prepaid" else "")))
        return c, it, amt

    def _structured(self, ctx, cc, cur, maker, what):
        c = self.pick_cust(lambda c: self.free(c, cur), ccs={cc} if isinstance(cc, str) else cc)
        it = R.choice(self.free(c, cur))
        amt = self.bal[it["id"]]
        ref = maker(it)
        if c["cc"] in SEPA_CC and R.random() < 0.3:
            ref = self.sepa(c, ctx["date"], ref)
        self.emit(ctx, c, cur, amt, self.payer(c), R.random() < 0.35, ref, None, "applied", [(it, amt)], ZERO,
                  reason="%s %s encodes invoice %s; amount equals its open balance" % (what, ref, it["number"]),
                  note=self.note(ctx, c, "%s for invoice %s (digits of the invoice number + check digit), exact"
                                 % (what, it["number"])))

    def s_kid(self, ctx):
        self._structured(ctx, "NO", "NOK", lambda it: R.choice(
            ["KID {k}", "{k}", "KID: {k}", "Nettgiro KID {k}", "{k}"]).format(k=kid(it["number"])), "KID")

    def s_ocr(self, ctx):
        self._structured(ctx, "SE", "SEK", lambda it: R.choice(
            ["OCR {o}", "{o}", "BG {bg} OCR {o}", "Ref {o}", "{o}", "PG {pg} OCR {o}"]).format(
            o=ocr(it["number"]), bg=OUR_BG, pg=OUR_PG), "OCR")

    def s_fik(self, ctx):
        self._structured(ctx, "DK", "DKK", lambda it: R.choice(
            ["+71<{f}+{c}<", "FIK +71<{f}+{c}<", "Indbetalingskort 71 {f}", "71 {f} {c}"]).format(
            f=fik(it["number"]), c=FIK_CREDITOR), "FI-kort 71")

    def s_viite(self, ctx):
        def mk(it):
            v = viite(it["number"])
            return R.choice(["Viite {g}", "VIITE {v}", "Viitenumero {g}", "viitenro {v}"]).format(
                v=v, g=group_right(v))
        self._structured(ctx, "FI", "EUR", mk, "viitenumero")

    def s_rf(self, ctx):
        def mk(it):
            r = rf(it["number"])
            g = " ".join(r[i:i + 4] for i in range(0, len(r), 4))
            return R.choice(["{g}", "{r}", "/RF/ {r}", "Viite {g}", "Ref. {g}"]).format(r=r, g=g)
        self._structured(ctx, {"FI", "EE", "LV", "LT"}, "EUR", mk, "RF creditor reference")

    # ---- several invoices
    def s_multi_list(self, ctx):
        k = R.choice([2, 2, 2, 3, 3, 3, 4, 5])
        c = self.pick_cust(lambda c: any(len(self.free(c, cur)) >= k for cur in c["curs"]))
        cur = self.cur_with(c, k)
        its = sorted(R.sample(self.free(c, cur), k), key=lambda it: it["number"])
        tot = sum(self.bal[it["id"]] for it in its)
        d, L = ctx["date"], LOC[c["cc"]]
        if R.random() < 0.5:
            ref = R.choice(L["lst"]).format(L=self.list_txt(c, its))
            rem = None
            how = "reference lists"
        else:
            ref = R.choice(L["see"] + [None])
            rem = self.advice(c, cur, d, [("", it["number"], self.bal[it["id"]]) for it in its], tot)
            how = "advice lists"
        if len(ref or "") > 140:
            ref = ref[:140]
            raise Retry("too long")
        ref = self.sepa(c, d, ref)
        self.emit(ctx, c, cur, tot, self.payer(c), R.random() < 0.5, ref, rem, "applied",
                  [(it, self.bal[it["id"]]) for it in its], ZERO,
                  reason="%s %d invoices whose balances add up to the amount" % (how, k),
                  note=self.note(ctx, c, "%s %s; sum exact" % (how, ", ".join(it["number"] for it in its))))

    def s_range(self, ctx):
        for _ in range(400):
            c = self.pick_cust(lambda c: any(len(self.free(c, cur)) >= 3 for cur in c["curs"]))
            cur = self.cur_with(c, 3)
            op = sorted(self.open_(c, cur), key=lambda it: it["number"])
            wins = []
            for i in range(len(op)):
                for j in range(i + 2, min(len(op), i + 5)):
                    w = op[i:j + 1]
                    if all(it["pool"] == "normal" and it["id"] not in self.used for it in w) \
                            and w[0]["number"][:4] == w[-1]["number"][:4] \
                            and int(w[-1]["number"][5:]) - int(w[0]["number"][5:]) <= 30:
                        wins.append(w)
            if wins:
                break
        else:
            raise Retry("no window")
        its = R.choice(wins)
        a, b = its[0]["number"], its[-1]["number"]
        others = [x["number"] for x in self.items if a < x["number"] < b and x["cust"] is not c]
        tot = sum(self.bal[it["id"]] for it in its)
        L = LOC[c["cc"]]
        bt = b if R.random() < 0.7 else b[5:]
        ref = self.sepa(c, ctx["date"], R.choice(L["rng"]).format(a=a, b=bt))
        self.emit(ctx, c, cur, tot, self.payer(c), True, ref, None, "applied",
                  [(it, self.bal[it["id"]]) for it in its], ZERO,
                  reason="range %s..%s covers this customer's %d open invoices in it; sum exact" % (a, b, len(its)),
                  note=self.note(ctx, c, "range %s-%s: the customer's open items in the range are %s (%d other "
                                 "customers' invoices fall inside the range); sum exact"
                                 % (a, b, ", ".join(it["number"] for it in its), len(others))))

    def s_statement(self, ctx):
        if not self.stmt_pool:
            raise Retry("no statement customer")
        c = self.stmt_pool.pop()
        cur = c["cur"]
        op = sorted(self.open_(c, cur), key=lambda it: it["number"])
        L = LOC[c["cc"]]
        asof = None
        if R.random() < 0.5:
            for cut in (date(2026, 1, 31), date(2025, 12, 31)):
                sub = [it for it in op if it["issue"] <= cut]
                if len(sub) >= 2 and len(sub) < len(op):
                    asof = cut
                    break
        its = [it for it in op if asof is None or it["issue"] <= asof]
        tot = sum(self.bal[it["id"]] for it in its)
        assert tot > 0
        phrase = R.choice(L["stmt"])
        if asof:
            phrase += L["asof"].format(cut=asof.strftime(L["dfmt"]))
        rem = None
        if R.random() < 0.3:
            rem = "%s\n%s: %s\n\n%s %s %s" % (c["name"], L["pd"], ctx["date"].strftime(L["dfmt"]), phrase,
                                             cur, L["fmt"](tot))
        ncn = sum(1 for it in its if it["total"] < 0)
        self.emit(ctx, c, cur, tot, self.payer(c), True, phrase, rem, "applied",
                  [(it, self.bal[it["id"]]) for it in its], ZERO,
                  reason="lump equals the customer's open %s%s (%d items%s)" % (
                      "statement balance", " as of %s" % asof if asof else "", len(its),
                      ", incl. %d credit note" % ncn if ncn else ""),
                  note=self.note(ctx, c, "statement lump, no invoice numbers; amount = sum of all %d open items%s%s"
                                 % (len(its), " issued on or before %s (later ones stay open)" % asof if asof else "",
                                    " including a credit note" if ncn else "")))

    def s_credit_netting(self, ctx):
        c = self.pick_cust(lambda c: self.free(c, c["cur"], ("credit",)) and self.free(c, c["cur"]))
        cur = c["cur"]
        cn = R.choice(self.free(c, cur, ("credit",)))
        fr = self.free(c, cur)
        k = min(len(fr), R.choice([1, 1, 2, 2, 3]))
        its = sorted(R.sample(fr, k), key=lambda it: it["number"])
        s = sum(self.bal[it["id"]] for it in its)
        if s <= -self.bal[cn["id"]]:
            raise Retry("credit too big")
        tot = s + self.bal[cn["id"]]
        L, d = LOC[c["cc"]], ctx["date"]
        if R.random() < 0.65:
            rows = [("", it["number"], self.bal[it["id"]]) for it in its] + \
                   [(L["cn"], cn["number"], self.bal[cn["id"]])]
            ref = R.choice(L["see"] + [None])
            rem = self.advice(c, cur, d, rows, tot)
        else:
            minus = {"NO": " ./. kreditnota ", "SE": " minus kreditfaktura ", "DK": " fratrukket kreditnota ",
                     "FI": " - hyvityslasku ", "PL": " minus korekta ", "ES": " - ABONO ", "FR": " DEDUCTION AVOIR ",
                     "JP": " LESS CN "}.get(c["cc"], " less credit note ")
            ref = R.choice(L["lst"]).format(L=self.list_txt(c, its) if k > 1 else its[0]["number"]) + minus + \
                cn["number"]
            rem = None
        self.emit(ctx, c, cur, tot, self.payer(c), R.random() < 0.6, ref, rem, "applied",
                  [(it, self.bal[it["id"]]) for it in its] + [(cn, self.bal[cn["id"]])], ZERO,
                  reason="invoices %s netted with credit note %s; net sum exact" % (
                      ", ".join(it["number"] for it in its), cn["number"]),
                  note=self.note(ctx, c, "credit-note netting: %d invoice(s) minus open credit note %s (negative "
                                 "balance %s); the credit note is applied with a negative amount"
                                 % (k, cn["number"], S(self.bal[cn["id"]]))))

    # ---- short pays
    def _short(self, ctx, kind, c, cur, its, target, ded, extra_label, why, reason_word, ref_override=None):
        L, d = LOC[c["cc"]], ctx["date"]
        f = L["fmt"]
        tot = sum(self.bal[it["id"]] for it in its) - ded
        if ref_override is not None or (len(its) == 1 and R.random() < 0.45):
            ref = ref_override or "%s %s %s %s" % (self.one_ref(c, target), "-", extra_label,
                                                  f(ded) + (" (%s)" % why if why else ""))
            rem = None
        else:
            rows = [("", it["number"], self.bal[it["id"]]) for it in its]
            extra = ["%-28s %16s" % (("%s %s" % (extra_label, target["number"]))[:28], f(-ded))]
            if why:
                extra.append("  (%s)" % why)
            rem = self.advice(c, cur, d, rows, tot, extra)
            ref = R.choice(L["see"] + [self.one_ref(c, target)])
        apps = [(it, self.bal[it["id"]] - (ded if it is target else ZERO)) for it in its]
        self.emit(ctx, c, cur, tot, self.payer(c), R.random() < 0.6, ref, rem, "partial", apps, ZERO,
                  short=(target, ded, reason_word),
                  reason="%s; %s %s deducted from invoice %s" % (
                      "invoices " + ", ".join(it["number"] for it in its) if len(its) > 1 else
                      "invoice " + its[0]["number"], reason_word, S(ded), target["number"]),
                  note=self.note(ctx, c, "%s: %s deducted on %s, which stays open for the deduction" % (
                      reason_word, S(ded), target["number"])))

    def s_quality_claim(self, ctx):
        k = R.choice([1, 1, 1, 2, 3])
        c = self.pick_cust(lambda c: any(len(self.free(c, cur)) >= k for cur in c["curs"]))
        cur = self.cur_with(c, k)
        its = sorted(R.sample(self.free(c, cur), k), key=lambda it: it["number"])
        target = R.choice(its)
        b = self.bal[target["id"]]
        ded = D(b * Decimal(R.choice(["0.03", "0.05", "0.07", "0.1", "0.12", "0.18"])))
        if R.random() < 0.6:
            ded = D(int(ded))
        L = LOC[c["cc"]]
        why = R.choice(L["why"]).format(dd=(target["issue"] + timedelta(days=2)).strftime(L["dfmt"]))
        self._short(ctx, "quality_claim", c, cur, its, target, ded, L["claim"], why, "quality claim")

    def s_freight(self, ctx):
        c = self.pick_cust(lambda c: self.free(c))
        cur = self.cur_with(c, 1)
        it = R.choice(self.free(c, cur))
        ded = D(R.choice(FREIGHT[cur]))
        if ded >= self.bal[it["id"]] / 3:
            raise Retry("freight too large")
        L = LOC[c["cc"]]
        self._short(ctx, "freight", c, cur, [it], it, ded, L["frt"], None, "freight deduction")

    def s_bank_fee(self, ctx):
        if R.random() < 0.6:
            c = self.pick_cust(lambda c: self.free(c, "USD"), ccs={"JP"})
            cur = "USD"
            fee = D(R.choice([15, 20, 25, 30, 35, 40]))
        else:
            c = self.pick_cust(lambda c: self.free(c, "EUR"), ccs={"ES", "FR", "PL", "LT"})
            cur = "EUR"
            fee = D(R.choice(["7.50", "10.00", "12.50", "15.00", "20.00"]))
        it = R.choice(self.free(c, cur))
        L = LOC[c["cc"]]
        n = it["number"]
        ref = None
        r = R.random()
        if c["cc"] == "JP" and r < 0.35:
            ref = "/INV/%s/CHGS/USD%s" % (n, S(fee).replace(".", ","))
        elif c["cc"] == "JP" and r < 0.6:
            ref = "INV NO %s LESS LIFTING CHARGE USD %s" % (n, f_en(fee))
        elif c["cc"] == "ES" and r < 0.6:
            ref = "FRA %s gastos bancarios %s EUR deducidos" % (n, f_dot(fee))
        elif c["cc"] == "FR" and r < 0.6:
            ref = "FACT %s FRAIS BANCAIRES %s EUR DEDUITS" % (n, f_space(fee))
        self._short(ctx, "bank_fee", c, cur, [it], it, fee, L["fee"], None, "bank charges", ref_override=ref)

    # ---- part payments, overpayments, duplicates
    def s_part_pay(self, ctx):
        c = self.pick_cust(lambda c: self.free(c))
        cur = self.cur_with(c, 1)
        it = R.choice(self.free(c, cur))
        b = self.bal[it["id"]]
        unit = Decimal(100) if cur in ("NOK", "SEK", "DKK") else Decimal(10)
        amt = D((b * Decimal(R.choice(["0.5", "0.33", "0.4", "0.25"])) / unit).to_integral_value() * unit)
        if not ZERO < amt < b:
            raise Retry("bad part")
        L = LOC[c["cc"]]
        ref = self.sepa(c, ctx["date"], self.fill(R.choice(L["part"]), it, c["cc"]))
        self.emit(ctx, c, cur, amt, self.payer(c), True, ref, None, "partial", [(it, amt)], ZERO,
                  reason="reference says part payment of invoice %s; %s stays open" % (it["number"], S(b - amt)),
                  note=self.note(ctx, c, "explicit part payment (%s of %s) on %s, no deduction case"
                                 % (S(amt), S(b), it["number"])))
        ctx["data"] = (c, it)

    def s_part_rest(self, ctx):
        c, it = ctx["link"]["data"]
        b = self.bal[it["id"]]
        L = LOC[c["cc"]]
        ref = self.sepa(c, ctx["date"], self.fill(R.choice(L["rest"]), it, c["cc"]))
        self.emit(ctx, c, it["cur"], b, self.payer(c), R.random() < 0.5, ref, None, "applied", [(it, b)], ZERO,
                  reason="rest of invoice %s after the earlier part payment %s" % (it["number"],
                                                                                  ctx["link"]["pay"]["id"]),
                  note=self.note(ctx, c, "second instalment closes %s: only the remaining %s was open"
                                 % (it["number"], S(b))))

    def s_overpay(self, ctx):
        if R.random() < 0.6:
            c = self.pick_cust(lambda c: self.free(c, None, ("prepaid",)))
            it = R.choice(self.free(c, None, ("prepaid",)))
            amt = it["total"]
            why = "customer paid the invoice total %s; only %s was still open" % (S(it["total"]), S(self.bal[it["id"]]))
            L = LOC[c["cc"]]
            ref = self.sepa(c, ctx["date"], self.one_ref(c, it))
        else:
            c = self.pick_cust(lambda c: self.free(c))
            it = R.choice(self.free(c))
            b = self.bal[it["id"]]
            unit = Decimal(1000) if it["cur"] in ("NOK", "SEK", "DKK") else Decimal(100)
            amt = D(((b / unit).to_integral_value(rounding="ROUND_CEILING")) * unit)
            if amt == b:
                amt += unit
            L = LOC[c["cc"]]
            ref = self.sepa(c, ctx["date"], self.one_ref(c, it) + " (%s)" % L["round_"])
            why = "customer rounded up %s to %s" % (S(b), S(amt))
        b = self.bal[it["id"]]
        self.emit(ctx, c, it["cur"], amt, self.payer(c), R.random() < 0.6, ref, None, "unapplied", [(it, b)],
                  amt - b, reason="invoice %s closed; %s overpaid and held on account" % (it["number"], S(amt - b)),
                  note=self.note(ctx, c, "overpayment: %s" % why))

    def s_dup_original(self, ctx):
        c, it, amt = self.s_ref_exact(ctx, known=True)
        ctx["data"] = (c, it, amt)

    def s_dup_second(self, ctx):
        c, it, amt = ctx["link"]["data"]
        assert self.bal[it["id"]] == 0
        L = LOC[c["cc"]]
        ref = self.sepa(c, ctx["date"], self.one_ref(c, it))
        first = ctx["link"]["pay"]["id"]
        self.emit(ctx, c, it["cur"], amt, self.payer(c), True, ref, None, "unapplied", [], amt,
                  reason="invoice %s was already paid by %s; second payment held on account" % (it["number"], first),
                  note=self.note(ctx, c, "duplicate payment: same invoice and amount as %s earlier in this file"
                                 % first))

    # ---- known customer, nothing fits
    def subset_hit(self, c, cur, amt):
        op = self.open_(c, cur)
        bals = [self.bal[it["id"]] for it in op]
        if len(bals) > 16:
            return True
        for r in range(1, len(bals) + 1):
            for comb in itertools.combinations(bals, r):
                if sum(comb) == amt:
                    return True
        return False

    def s_no_fit_known(self, ctx):
        c = self.pick_cust(lambda c: len(c["curs"]) == 1 and 0 < len(self.open_(c, c["cur"])) <= 12)
        cur = c["cur"]
        unit = {"NOK": 5000, "SEK": 5000, "DKK": 2500, "EUR": 500, "USD": 500}[cur]
        amt = D(unit * R.randrange(2, 40))
        if self.subset_hit(c, cur, amt):
            raise Retry("fits")
        L = LOC[c["cc"]]
        ref = R.choice(L["pre"]).format(po=self.po(), wk=wk(ctx["date"]) + 1) if R.random() < 0.75 else None
        self.emit(ctx, c, cur, amt, self.payer(c), True, ref, None, "unapplied", [], amt,
                  reason="known customer; the amount fits no open invoice or combination; held on account",
                  note=self.note(ctx, c, "prepayment / unmatched cash from a known customer (%d open items, no "
                                 "subset sums to %s)" % (len(self.open_(c, cur)), S(amt))))

    def s_cross_currency(self, ctx):
        RATE = {"NOK": Decimal("11.62"), "SEK": Decimal("11.18"), "DKK": Decimal("7.46")}
        self.n_cross = getattr(self, "n_cross", 0) + 1
        if self.n_cross % 3 != 0:
            c = self.pick_cust(lambda c: c["curs"] in (["NOK"], ["SEK"], ["DKK"]) and self.free(c),
                               ccs={"NO", "SE", "DK"})
            it = R.choice(self.free(c))
            amt = D(self.bal[it["id"]] / RATE[it["cur"]])
            cur = "EUR"
            why = "EUR payment (about %s at an assumed rate) for %s invoice %s; customer has no EUR invoices" % (
                S(self.bal[it["id"]]), it["cur"], it["number"])
        else:
            c = self.pick_cust(lambda c: c["curs"] == ["EUR", "USD"] and self.free(c, "EUR"))
            it = R.choice(self.free(c, "EUR"))
            amt = self.bal[it["id"]]
            cur = "USD"
            if self.subset_hit(c, "USD", amt):
                raise Retry("fits usd")
            why = "USD payment with the same figure as EUR invoice %s; none of the customer's USD invoices fit" % (
                it["number"])
        self.used.add(it["id"])
        ref = self.sepa(c, ctx["date"], self.one_ref(c, it))
        self.emit(ctx, c, cur, amt, self.payer(c), True, ref, None, "unapplied", [], amt,
                  reason="referenced invoice %s is in %s, payment is in %s: never applied across currencies; "
                         "held on account" % (it["number"], it["cur"], cur),
                  note=self.note(ctx, c, "cross-currency: " + why))

    # ---- amount-only / name-only
    def _unique_pick(self, pred_c=lambda c: True, pools=("normal",)):
        cs = self.customers(lambda c: self.free(c, None, pools) and pred_c(c))
        R.shuffle(cs)
        for c in cs:
            its = [it for it in self.free(c, None, pools) if self.amount_unique(c, it["cur"], it)]
            if its:
                return c, R.choice(its)
        raise Retry("no unique amount")

    def gen_ref(self, c, d):
        L = LOC[c["cc"]]
        r = R.random()
        if r < 0.35:
            return None
        if r < 0.8:
            return R.choice(L["gen"]).format(wk=wk(d) - R.choice([2, 3, 4]))
        return "%s %s" % (L["po"], self.po())

    def s_amount_unique(self, ctx):
        c, it = self._unique_pick()
        amt = self.bal[it["id"]]
        self.emit(ctx, c, it["cur"], amt, self.payer(c), True, self.gen_ref(c, ctx["date"]), None, "applied",
                  [(it, amt)], ZERO,
                  reason="no invoice reference; customer id given and the amount equals exactly one open invoice",
                  note=self.note(ctx, c, "amount-only match on %s: unique among the customer's %d open items "
                                 "(no pair sums to it either)" % (it["number"], len(self.open_(c, it["cur"])))))

    def s_amount_twin(self, ctx):
        c = self.pick_cust(lambda c: any(it["pool"] == "twin" and it["id"] not in self.used
                                         and it["twin"]["id"] not in self.used for it in self.invs(c)))
        a = next(it for it in self.invs(c) if it["pool"] == "twin" and it["id"] not in self.used)
        b = a["twin"]
        amt = self.bal[a["id"]]
        assert amt == self.bal[b["id"]]
        if sorted(self.hits(c, a["cur"], amt), key=lambda x: x["number"]) != sorted([a, b], key=lambda x: x["number"]):
            raise Retry("twin not clean")
        pair = sorted([a, b], key=lambda x: (x["due"], x["number"]))
        self.emit(ctx, c, a["cur"], amt, self.payer(c), True, self.gen_ref(c, ctx["date"]), None, "review", [],
                  amt, cands=[[pair[0]], [pair[1]]],
                  reason="amount equals two open invoices (%s, %s) of the customer; no reference to choose"
                         % (pair[0]["number"], pair[1]["number"]),
                  note=self.note(ctx, c, "standing order: two invoices with the same amount; ranked oldest due first"))

    def s_order_first(self, ctx):
        c = self.pick_cust(lambda c: any(it["pool"] == "twin" and it["id"] not in self.used
                                         and it["twin"]["id"] not in self.used for it in self.invs(c)))
        a = next(it for it in self.invs(c) if it["pool"] == "twin" and it["id"] not in self.used)
        b = a["twin"]
        if R.random() < 0.5:
            a, b = b, a
        self.used.add(b["id"])
        self.s_ref_exact(ctx, c, a, known=True)
        ctx["data"] = (c, b)

    def s_order_second(self, ctx):
        c, b = ctx["link"]["data"]
        amt = self.bal[b["id"]]
        if self.hits(c, b["cur"], amt) != [b] or self.pair_hits(c, b["cur"], amt):
            raise AssertionError("order_second not unique")
        a = b["twin"]
        self.emit(ctx, c, b["cur"], amt, self.payer(c), True, self.gen_ref(c, ctx["date"]), None, "applied",
                  [(b, amt)], ZERO,
                  reason="amount equals invoice %s; its twin %s was already paid by %s" % (
                      b["number"], a["number"], ctx["link"]["pay"]["id"]),
                  note=self.note(ctx, c, "order matters: two invoices had this amount, the earlier payment %s "
                                 "closed %s, so only %s is left" % (ctx["link"]["pay"]["id"], a["number"],
                                                                    b["number"])))

    def s_name_unique(self, ctx):
        for _ in range(50):
            c, it = self._unique_pick(lambda c: not c["sim"])
            try:
                payer = self.unique_payer(c)
                break
            except Retry:
                continue
        else:
            raise Retry("no unique payer")
        amt = self.bal[it["id"]]
        self.emit(ctx, c, it["cur"], amt, payer, False, self.gen_ref(c, ctx["date"]), None, "applied",
                  [(it, amt)], ZERO,
                  reason="no customer id and no invoice reference; payer name '%s' identifies one customer and the "
                         "amount equals exactly one of its open invoices" % payer,
                  note=self.note(ctx, c, "name-only: bank payer name is a folded/truncated form of '%s' and fits no "
                                 "other customer; amount unique (%s)" % (c["name"], it["number"])))

    def s_name_ambiguous(self, ctx):
        if not self.sim_pool:
            raise Retry("no sim")
        s = self.sim_pool.pop()
        c1 = next(c for c in self.custs if c["name"] == s[1])
        a = next(it for it in self.invs(c1) if it["pool"] == "simpair")
        b = a["pair"]
        payer = s[3]
        assert sorted(x["id"] for x in self.name_matches(payer)) == sorted([c1["id"], b["cust"]["id"]]), payer
        amt = self.bal[a["id"]]
        hits = self.hits(a["cust"], a["cur"], amt) + self.hits(b["cust"], b["cur"], amt)
        assert sorted(x["id"] for x in hits) == sorted([a["id"], b["id"]])
        pair = sorted([a, b], key=lambda x: (x["due"], x["number"]))
        self.emit(ctx, c1, a["cur"], amt, payer, False, self.gen_ref(c1, ctx["date"]), None, "review", [], amt,
                  cands=[[pair[0]], [pair[1]]],
                  reason="payer '%s' fits two customers (%s / %s) and each has an open invoice of this amount"
                         % (payer, s[1], s[2]),
                  note=self.note(ctx, c1, "similar names: '%s' and '%s'; one same-amount invoice each; ranked "
                                 "oldest due first" % (s[1], s[2])))

    # ---- unknown payers
    def unknown_payer(self):
        for _ in range(50):
            p = R.choice(UNKNOWN_PAYERS)
            if not self.name_matches(p):
                return p
        raise Retry("payer")

    def s_unknown_no_match(self, ctx):
        cur = R.choice(["NOK", "SEK", "EUR", "EUR", "USD", "DKK"])
        unit = {"NOK": 100, "SEK": 100, "DKK": 100, "EUR": 10, "USD": 10}[cur]
        amt = D(Decimal(R.randrange(30, 3000) * unit) + D(R.choice(["0", "0.50", "0.75", "0.20"])))
        if self.global_hits(cur, amt):
            raise Retry("hit")
        for c in self.custs:
            if cur in c["curs"] and self.pair_hits(c, cur, amt):
                raise Retry("pair hit")
        ref = R.choice([None, "PAYMENT", "INVOICE", "Faktura", "FISH ORDER", "TRANSFER"])
        self.emit(ctx, None, cur, amt, self.unknown_payer(), False, ref, None, "review", [], amt,
                  reason="unknown payer, no usable reference, and the amount fits no open invoice",
                  note="[%s, --] nothing to go on: no customer, no invoice number, no amount match" % ctx["kind"])

    def s_unknown_multi(self, ctx):
        pairs = [it for it in self.items if it["pool"] == "cross" and it["id"] not in self.used
                 and it["pair"]["id"] not in self.used]
        if not pairs:
            raise Retry("no cross")
        a = R.choice(pairs)
        b = a["pair"]
        amt = self.bal[a["id"]]
        if sorted(x["id"] for x in self.global_hits(a["cur"], amt)) != sorted([a["id"], b["id"]]):
            raise Retry("cross not clean")
        pair = sorted([a, b], key=lambda x: (x["due"], x["number"]))
        self.emit(ctx, None, a["cur"], amt, self.unknown_payer(), False,
                  R.choice([None, "PAYMENT", "Betaling", "INVOICE PAYMENT"]), None, "review", [], amt,
                  cands=[[pair[0]], [pair[1]]],
                  reason="unknown payer; amount equals open invoices of two different customers (%s, %s)"
                         % (pair[0]["number"], pair[1]["number"]),
                  note="[%s, --] amount fits %s (%s) and %s (%s); ranked oldest due first" % (
                      ctx["kind"], pair[0]["number"], pair[0]["cust"]["name"], pair[1]["number"],
                      pair[1]["cust"]["name"]))

    def s_unknown_single(self, ctx):
        cs = self.customers(lambda c: self.free(c))
        R.shuffle(cs)
        for c in cs:
            its = [it for it in self.free(c) if self.global_hits(it["cur"], self.bal[it["id"]]) == [it]]
            if its:
                it = R.choice(its)
                break
        else:
            raise Retry("none")
        amt = self.bal[it["id"]]
        self.emit(ctx, c, it["cur"], amt, self.unknown_payer(), False, R.choice([None, "PAYMENT", "TRANSFER"]),
                  None, "review", [], amt, cands=[[it]],
                  reason="payer unknown and no reference; the amount equals one open invoice (%s) but nothing ties "
                         "the payer to that customer" % it["number"],
                  note="[%s, --] amount-only, unknown payer: a careful clerk proposes %s (%s) but does not apply"
                       % (ctx["kind"], it["number"], c["name"]))

    # ---- conflicting or misleading references
    def s_ref_conflict(self, ctx):
        cs = self.customers(lambda c: any(len(self.free(c, cur)) >= 2 for cur in c["curs"]))
        R.shuffle(cs)
        for c in cs:
            for cur in c["curs"]:
                fr = self.free(c, cur)
                opts = [(a, b) for a in fr for b in fr if a is not b and self.bal[b["id"]] < self.bal[a["id"]]
                        and self.amount_unique(c, cur, b)]
                if opts:
                    a, b = R.choice(opts)
                    break
            else:
                continue
            break
        else:
            raise Retry("none")
        amt = self.bal[b["id"]]
        ref = self.sepa(c, ctx["date"], self.one_ref(c, a))
        self.emit(ctx, c, cur, amt, self.payer(c), True, ref, None, "review", [], amt, cands=[[b], [a]],
                  reason="reference names %s (balance %s) but the amount equals invoice %s exactly" % (
                      a["number"], S(self.bal[a["id"]]), b["number"]),
                  note=self.note(ctx, c, "two readings: wrong invoice number quoted (pays %s) or a part payment of "
                                 "%s; exact-amount reading ranked first" % (b["number"], a["number"])))

    def typo(self, num):
        y, s4 = num[:4], num[5:]
        opts = []
        for i in range(3):
            t = s4[:i] + s4[i + 1] + s4[i] + s4[i + 2:]
            opts.append(y + "-" + t)
        for i in range(4):
            for dgt in "0123456789":
                opts.append(y + "-" + s4[:i] + dgt + s4[i + 1:])
        opts = [o for o in opts if o != num and o not in self.by_num]
        if not opts:
            raise Retry("no typo")
        return R.choice(opts)

    def s_ref_nonexistent(self, ctx):
        c, it = self._unique_pick()
        bad = self.typo(it["number"])
        fake = dict(it, number=bad)
        ref = self.sepa(c, ctx["date"], self.one_ref(c, fake))
        amt = self.bal[it["id"]]
        self.emit(ctx, c, it["cur"], amt, self.payer(c), True, ref, None, "applied", [(it, amt)], ZERO,
                  reason="quoted number %s does not exist; customer id given and the amount equals only invoice %s"
                         % (bad, it["number"]),
                  note=self.note(ctx, c, "typo in the invoice number (%s for %s); no invoice %s exists in any book"
                                 % (bad, it["number"], bad)))

    def s_po_lookalike(self, ctx):
        c, it = self._unique_pick()
        amt = self.bal[it["id"]]
        others = [x for x in self.items if x["cust"] is not c and x["total"] > 0 and self.bal[x["id"]] != amt]
        o = R.choice(others)
        L = LOC[c["cc"]]
        with_own = R.random() < 0.4
        po = "%s %s" % (L["po"], o["number"])
        ref = "%s, %s" % (po, self.one_ref(c, it)) if with_own else po
        self.emit(ctx, c, it["cur"], amt, self.payer(c), True, self.sepa(c, ctx["date"], ref), None, "applied",
                  [(it, amt)], ZERO,
                  reason="%s is the customer's order number (invoice %s is another customer's); amount equals "
                         "invoice %s%s" % (o["number"], o["number"], it["number"],
                                          " which is also named" if with_own else ""),
                  note=self.note(ctx, c, "PO number %s looks like an invoice number and equals %s of %s (%s %s)"
                                 % (o["number"], o["number"], o["cust"]["name"], o["cur"], S(self.bal[o["id"]]))))

    def s_amount_lookalike(self, ctx):
        cands = []
        for it in self.items:
            if it["pool"] != "normal" or it["id"] in self.used or it["cur"] not in ("EUR", "USD"):
                continue
            whole = int(self.bal[it["id"]])
            o = self.by_num.get("2025-%04d" % whole)
            if o is not None and o["cust"] is not it["cust"] and it["cust"]["id"] not in self.reserved:
                cands.append((it, o))
        if not cands:
            raise Retry("none")
        it, o = R.choice(cands)
        c = it["cust"]
        amt = self.bal[it["id"]]
        ref = "%s %s %s" % (self.one_ref(c, it), it["cur"], R.choice([S(amt), S(amt).replace(".", ",")]))
        self.emit(ctx, c, it["cur"], amt, self.payer(c), R.random() < 0.5, self.sepa(c, ctx["date"], ref), None,
                  "applied", [(it, amt)], ZERO,
                  reason="reference names invoice %s and repeats the amount; exact balance" % it["number"],
                  note=self.note(ctx, c, "the amount %s written in the reference reads like the tail of invoice %s "
                                 "(%s, another customer)" % (S(amt), o["number"], o["cust"]["name"])))

    def s_third_party(self, ctx):
        c = self.pick_cust(lambda c: self.free(c), ccs=set(THIRD_PARTY))
        it = R.choice(self.free(c))
        amt = self.bal[it["id"]]
        cname = fold(c["name"], "plain")[:26].rstrip()
        tp = THIRD_PARTY[c["cc"]]
        if c["cc"] == "ES":
            ref = "CONFIRMING %s FRA %s" % (cname, it["number"])
        elif c["cc"] == "JP":
            ref = "ON BEHALF OF %s INV %s" % (cname, it["number"])
        else:
            ref = "%s / %s" % (self.one_ref(c, it), cname)
        self.emit(ctx, c, it["cur"], amt, tp, False, ref, None, "applied", [(it, amt)], ZERO,
                  reason="paid by %s on behalf of the customer; reference names %s, exact balance" % (
                      tp, it["number"]),
                  note=self.note(ctx, c, "third-party payer (factoring/confirming bank), payer name is not a "
                                 "customer; invoice %s named" % it["number"]))

    # ---- bad input rows
    def err_row(self, ctx, kind):
        c = self.pick_cust(lambda c: self.free(c))
        it = R.choice(self.free(c))
        amt = self.bal[it["id"]]
        ref = self.one_ref(c, it)
        pay = {"id": self.new_pid(), "date": ctx["date"].isoformat(), "amount": S(amt), "currency": it["cur"],
               "payer_name": self.payer(c), "customer_id": c["id"] if R.random() < 0.5 else None,
               "reference": ref, "remittance": None}
        if kind == "err_negative":
            pay["amount"] = S(-amt)
            pay["reference"] = R.choice(["RETUR ", "TILBAKEFØRING ", "REVERSAL "]) + ref
            err = "negative amount %s" % pay["amount"]
        elif kind == "err_currency":
            pay["currency"] = ctx["n"] % 2 and "CHF" or "GBP"
            err = "currency %s: no invoice is in %s" % (pay["currency"], pay["currency"])
        elif kind == "err_amount":
            pay["amount"] = f_dot(amt) if ctx["n"] % 2 else S(amt).replace("0", "O", 1)
            err = "malformed amount %r" % pay["amount"]
        elif kind == "err_date":
            if ctx["n"] % 2:
                pay["date"] = None
            else:
                del pay["date"]
            err = "missing date"
        elif kind == "err_dup_id":
            prev = [p for p, l in zip(self.payments, self.labels) if l["status"] != "error"]
            if ctx["n"] % 2:
                pay = dict(prev[-1])  # the bank file delivered the same row twice
                c = next(x for x in self.custs if x["id"] == self.labels[self.payments.index(prev[-1])]["_cid"])
                err = "duplicate payment id %s (identical re-delivery of the previous row)" % pay["id"]
            else:
                pay["id"] = R.choice(prev[:-1])["id"]
                err = "duplicate payment id %s (already used by an earlier payment)" % pay["id"]
        else:
            raise ValueError(kind)
        lab = {"payment_id": pay["id"], "status": "error", "applications": [], "unapplied": None,
               "short_pay": None, "candidates": [], "reason": err, "error": err, "scenario": kind,
               "note": "[%s, %s] bad input row: %s" % (kind, c["cc"], err)}
        self.payments.append(pay)
        self.labels.append(lab)
        ctx["pay"] = pay


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1))
        f.write("\n")


PLAN = [("ref_exact", 90), ("kid", 30), ("ocr", 18), ("fik", 12), ("viite", 8), ("rf", 10),
        ("multi_list", 35), ("range", 8), ("statement", 14), ("credit_netting", 10),
        ("quality_claim", 14), ("freight", 7), ("bank_fee", 10), ("part_pay", 8), ("overpay", 8),
        ("dup_original", 6), ("no_fit_known", 6), ("cross_currency", 3), ("amount_unique", 20),
        ("amount_twin", 8), ("order_first", 3), ("name_unique", 14), ("name_ambiguous", 4),
        ("unknown_no_match", 5), ("unknown_multi", 4), ("unknown_single", 4), ("ref_conflict", 5),
        ("ref_nonexistent", 4), ("po_lookalike", 5), ("third_party", 5),
        ("amount_lookalike", 3)]
FOLLOW = {"part_pay": ("part_rest", 4), "dup_original": ("dup_second", 6), "order_first": ("order_second", 3)}
ERRORS = [("err_negative", 2), ("err_currency", 2), ("err_dup_id", 2), ("err_amount", 2), ("err_date", 2)]
HOLIDAYS = {date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1)}


def make_plan():
    entries = []
    for kind, n in PLAN:
        entries += [{"kind": kind} for _ in range(n)]
    R.shuffle(entries)
    for first, (second, k) in FOLLOW.items():
        for f in [e for e in entries if e["kind"] == first][:k]:
            pos = next(i for i, x in enumerate(entries) if x is f)
            entries.insert(R.randrange(pos + 1, len(entries) + 1), {"kind": second, "link": f})
    for kind, n in ERRORS:
        for i in range(n):
            entries.insert(R.randrange(20, len(entries)), {"kind": kind, "n": i})
    d = date(2026, 3, 2)
    left = R.randrange(5, 13)
    for e in entries:
        while left == 0:
            d += timedelta(days=1)
            if d.weekday() < 5 and d not in HOLIDAYS:
                left = R.randrange(5, 13)
        e["date"] = d
        left -= 1
    return entries


def replay(invoices, payments, labels):
    """Generic replay: every label is consistent with the ledger state in file order."""
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    inv = {i["id"]: i for i in invoices}
    curs = {i["currency"] for i in invoices}
    assert len(payments) == len(labels)
    seen = set()
    for p, l in zip(payments, labels):
        assert l["payment_id"] == p["id"]
        if l["status"] == "error":
            assert l["applications"] == [] and l["error"]
            amt = p.get("amount")
            bad = (p.get("date") in (None, "") or p["id"] in seen or p["currency"] not in curs
                   or not isinstance(amt, str) or not all(ch.isdigit() or ch in ".-" for ch in amt)
                   or amt.count(".") != 1 or amt.startswith("-"))
            assert bad, p
            seen.add(p["id"])
            continue
        assert p["id"] not in seen
        seen.add(p["id"])
        amt = Decimal(p["amount"])
        assert amt > 0 and p["currency"] in curs and p.get("date")
        tot = Decimal(0)
        for a in l["applications"]:
            i = inv[a["invoice_id"]]
            assert i["currency"] == p["currency"]
            x = Decimal(a["amount"])
            b = bal[i["id"]]
            assert (b > 0 and 0 < x <= b) or (b < 0 and b <= x < 0), (p["id"], a)
            bal[i["id"]] = b - x
            tot += x
        assert tot + Decimal(l["unapplied"]) == amt, p["id"]
        st = l["status"]
        if st == "applied":
            assert l["applications"] and Decimal(l["unapplied"]) == 0 and not l["short_pay"] and not l["candidates"]
        elif st == "partial":
            assert l["applications"] and Decimal(l["unapplied"]) == 0 and not l["candidates"]
            assert any(bal[a["invoice_id"]] != 0 for a in l["applications"])
            if l["short_pay"]:
                sp = l["short_pay"]
                assert sp["invoice_id"] in [a["invoice_id"] for a in l["applications"]]
                assert Decimal(sp["amount"]) == bal[sp["invoice_id"]] > 0
        elif st == "unapplied":
            assert Decimal(l["unapplied"]) > 0 and not l["short_pay"] and not l["candidates"]
            assert all(bal[a["invoice_id"]] == 0 for a in l["applications"])
        elif st == "review":
            assert not l["applications"] and Decimal(l["unapplied"]) == amt and not l["short_pay"]
            for cset in l["candidates"]:
                for iid in cset["invoice_ids"]:
                    assert inv[iid]["currency"] == p["currency"] and bal[iid] != 0
        else:
            raise AssertionError(st)
    return bal


def count(seq):
    out = {}
    for x in seq:
        out[x] = out.get(x, 0) + 1
    return out


def table(d, head):
    rows = ["| %s | count |" % head, "|---|---|"]
    for k in sorted(d, key=lambda k: (-d[k], k)):
        rows.append("| %s | %d |" % (k, d[k]))
    return "\n".join(rows)


SCEN_DOC = {
    "ref_exact": "invoice number in the bank reference and/or a remittance advice, exact balance",
    "kid": "Norwegian KID (invoice digits + MOD10), NOK",
    "ocr": "Swedish OCR (invoice digits + length digit + MOD10), sometimes with our Bankgiro, SEK",
    "fik": "Danish FI-kort type 71 `+71<...+creditor<`, DKK",
    "viite": "Finnish viitenumero (7-3-1 check digit), EUR",
    "rf": "ISO 11649 RF creditor reference, EUR",
    "multi_list": "2-5 invoices listed (full numbers, `2026-0412, 0415`, `2026-0412/0415`, advice table), exact sum",
    "range": "an invoice-number range; only this customer's open items inside it are paid",
    "statement": "a lump paying the whole statement (or the statement as of a month end), credit notes included",
    "credit_netting": "invoices minus an open credit note (kreditnota, kreditfaktura, avoir, abono...)",
    "quality_claim": "short pay: quality claim for spoiled fish deducted on one invoice",
    "freight": "short pay: freight deducted",
    "bank_fee": "short pay: bank / lifting charges deducted from an international wire",
    "part_pay": "explicit part payment (delbetaling, a conto, acompte, osamaksu...)",
    "part_rest": "the rest of an invoice part-paid earlier in the file",
    "overpay": "invoice total paid after an earlier part payment, or rounded up: remainder unapplied",
    "dup_original": "a normal referenced payment that is later paid again",
    "dup_second": "second payment of an invoice already paid earlier in the file",
    "no_fit_known": "known customer, prepayment or an amount no open item (or combination) fits",
    "cross_currency": "payment in another currency than the referenced invoice",
    "amount_unique": "customer id given, no reference, amount equals exactly one open invoice",
    "amount_twin": "customer id given, no reference, amount equals two invoices (standing order)",
    "order_first": "referenced payment of one of two same-amount invoices",
    "order_second": "amount-only payment that is unique only because order_first closed the twin",
    "name_unique": "no customer id, no reference; folded/truncated payer name identifies one customer",
    "name_ambiguous": "payer name fits two similarly named customers, one same-amount invoice each",
    "unknown_no_match": "unknown payer, nothing fits",
    "unknown_multi": "unknown payer, amount equals invoices of two different customers",
    "unknown_single": "unknown payer, amount equals one invoice but nothing ties the payer to it",
    "ref_conflict": "reference names one invoice, the amount equals another invoice of the customer",
    "ref_nonexistent": "typo in the invoice number (no such invoice anywhere), amount unique for the customer",
    "po_lookalike": "the customer's PO number has invoice-number shape and equals another customer's invoice",
    "third_party": "factoring company / confirming bank pays on the customer's behalf",
    "amount_lookalike": "the amount repeated in the reference reads like another invoice's number tail (5412.00 / 2025-5412)",
    "err_negative": "bad input: negative amount",
    "err_currency": "bad input: currency no invoice has (GBP, CHF)",
    "err_dup_id": "bad input: duplicate payment id",
    "err_amount": "bad input: malformed amount string",
    "err_date": "bad input: date null or missing",
}


def readme(custs, items, payments, labels):
    cust_by_id = {c["id"]: c for c in custs}
    st = count(l["status"] for l in labels)
    sc = count(l["scenario"] for l in labels)
    cur = count(p["currency"] for p in payments)
    icur = count(it["cur"] for it in items)
    cc = count(l["note"][1:].split("]")[0].split(", ")[1] for l in labels)
    ccust = count(c["cc"] for c in custs)
    known = sum(1 for p in payments if p.get("customer_id"))
    withrem = sum(1 for p in payments if p.get("remittance"))
    ncn = sum(1 for it in items if it["total"] < 0)
    npre = sum(1 for it in items if it["bal"] != it["total"])
    sdoc = "\n".join("| %s | %d | %s |" % (k, sc.get(k, 0), SCEN_DOC[k]) for k in SCEN_DOC)
    return f"""# Blind cash-application set: Skjærgård Seafood Export AS (made up)

Held-out test data for the `match` contract (`contracts/cash-application.md`), written
without seeing the engine. Generated by `build.py` (stdlib only, seed {SEED});
`python3 build.py` rewrites every file byte for byte, and `python3 check.py` re-verifies
the labels.

## Theme

Skjærgård Seafood Export AS is a made-up Norwegian exporter of fresh and frozen salmon,
cod (skrei, klippfisk) and shellfish (reker, kongekrabbe). It keeps NOK, SEK, DKK, EUR and
USD books. Its customers are importers, wholesalers and retail chains in Norway, Sweden,
Denmark, Finland, Estonia, Latvia, Lithuania, Poland, Spain, France and Japan. All
company names, ids, references and bank details are invented.

## Files (`{LEDGER}/`)

| file | content |
|---|---|
| `invoices.json` | {len(items)} open items of {len(custs)} customers, the contract's `INVOICES.json` format |
| `payments.json` | {len(payments)} payments, oldest first, the contract's `PAYMENTS.json` format |
| `labels.json` | one expected `MATCHES.json` entry per payment, same order, plus `scenario` and `note` |

Run: `python -m chalicelib.cli match --invoices {LEDGER}/invoices.json --payments {LEDGER}/payments.json --out MATCHES.json`
and compare entry by entry with `labels.json`.

Open items per currency: {", ".join("%s %d" % (k, icur[k]) for k in sorted(icur))}.
{ncn} of them are open credit notes (negative `total` and `balance`), {npre} invoices were
already part-paid before the file (`balance` < `total`).
Customers per country: {", ".join("%s %d" % (k, ccust[k]) for k in sorted(ccust))}; 15 of them
have a second book (DK/SE customers with EUR invoices, PL with USD, JP with EUR).

Invoice numbers are one series per year: `2025-4711` ... and `2026-0001` ...; gaps are invoices
already paid. Credit notes share the series. Amounts are kg x price (+ freight), so many end in
`.00`, `.50` and the like.

## Counts

Payments per currency: {", ".join("%s %d" % (k, cur[k]) for k in sorted(cur))}.
{known} payments carry a `customer_id`, {len(payments) - known} have null; {withrem} have a remittance advice.

{table(st, "status")}

Payer country / language of the payment text (`--` = unknown payer):

{table(cc, "country")}

| scenario | count | what it tests |
|---|---|---|
{sdoc}

## Payment text

Bank references and advices are written the way the payer's bank and ERP would write them:
Norwegian KID numbers, Swedish OCR with our Bankgiro {OUR_BG} or Plusgiro {OUR_PG}, Danish FI-kort
`+71<...+{FIK_CREDITOR}<`, Finnish viitenumero and RF references, SEPA `/E2E/` ids that start with
the payment date (so `20260312...` can look like invoice `2026-0312`), "Faktura nr", "Fakturanr.",
"lasku", "FV 2026/0412", "FRA", "FACT", "INV NO", advices with localised number formats
(`45 200,00`, `45.200,00`, `45,200.00`), deductions ("Trekk reklamasjon", "Avdrag frakt",
"Descuento reclamación calidad", "LESS BANK CHARGES"...), credit notes ("kreditnota",
"kreditfaktura", "hyvityslasku", "avoir", "abono"). Payer names are upper case, truncated at
18-70 characters, with Ø/Å/Æ/Ä/Ö folded three ways (OE/AA/AE, O/A/A, or kept) and other marks
stripped (Ł->L, Ñ->N, ō->O or OU).

Structured references encode the invoice number's digits (`2026-0412` -> `20260412`):
KID = digits + MOD10 (Luhn); OCR = digits + length digit + MOD10; FI-kort 71 = digits
left-padded to 14 + MOD10; viitenumero = digits + 7-3-1 check digit; RF = ISO 11649 over the
digits. `check.py` verifies every check digit.

## Labelling conventions (where the contract is silent)

- A careful AR clerk: apply only when sure. Sure means a reference that names or encodes the
  invoice(s) and an amount that fits, or a customer identified by `customer_id` or by an
  unambiguous payer name plus an amount equal to exactly one open item of that customer (no
  other item and no pair of items gives the same sum).
- `applications` are listed in the order the clerk would post them: invoices, then credit notes.
  Compare them as a set of (invoice_id, amount).
- Open credit notes are open items with a negative `balance`. Netting applies them with a
  negative amount; that takes them to zero, never past it.
- `partial` + `short_pay`: the deduction is stated (quality claim, freight, bank charges). The
  `short_pay.amount` is the part left open on that invoice; `short_pay.reason` is one of
  `quality claim`, `freight deduction`, `bank charges`. An explicit part payment is `partial` with
  `short_pay: null`.
- `unapplied`: the remainder of an overpayment (the invoice closes), a second payment of an invoice
  already paid earlier in this file, a known customer's prepayment that fits nothing, and a known
  customer paying in a currency other than the referenced invoice's (never applied across
  currencies; the customer has no invoice in the payment currency that fits).
- `review`: nothing applied, `unapplied` equals the payment amount. `candidates` is a list of
  `{{"invoice_ids": [...]}}` sets, best first. Equal candidates are ranked by oldest due date. An
  unknown payer with no reference is `review` even when its amount equals exactly one invoice
  (nothing ties the payer to that customer); with no fitting invoice `candidates` is `[]`.
  A reference naming invoice A with an amount equal to invoice B of the same customer is
  `review` with B first (wrong number quoted), then A (part payment).
- Bad input rows (`status: "error"`): negative amount, a currency no invoice has (GBP, CHF), a
  payment id already used (the second row is the error; the first is processed normally),
  a malformed amount string (`45.200,00`, a letter O for a zero), a null or missing date. They get
  `applications: []`, `unapplied: null`, `short_pay: null`, `candidates: []` and an `error` text,
  and do not change any balance.
- `reason` is free text for humans. `note` starts with `[scenario, payer country]`.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    custs = make_customers()
    items = make_invoices(custs)
    inv_json = [invoice_json(it) for it in items]
    b = Builder(custs, items)
    # customers kept for statement lumps
    cand = [c for c in custs if not c["sim"] and len(c["curs"]) == 1
            and 2 <= len(b.invs(c)) <= 7 and all(it["pool"] in ("normal", "credit", "prepaid") for it in b.invs(c))]
    withcn = [c for c in cand if any(it["pool"] == "credit" for it in b.invs(c))]
    pool = R.sample(withcn, 5)
    pool += R.sample([c for c in cand if c not in pool], 11)
    R.shuffle(pool)
    b.stmt_pool = pool
    b.reserved.update(c["id"] for c in pool)
    b.sim_pool = list(SIMILAR)
    R.shuffle(b.sim_pool)
    entries = make_plan()
    for e in entries:
        ctx = {"kind": e["kind"], "date": e["date"], "link": e.get("link"), "n": e.get("n", 0)}
        for attempt in range(60):
            try:
                if e["kind"].startswith("err_"):
                    b.err_row(ctx, e["kind"])
                else:
                    getattr(b, "s_" + e["kind"])(ctx)
                break
            except Retry:
                continue
        else:
            raise SystemExit("could not build " + e["kind"])
        e["pay"] = ctx["pay"]
        e["data"] = ctx.get("data")
    for l in b.labels:
        l.pop("_cid", None)
    replay(inv_json, b.payments, b.labels)
    dump(os.path.join(OUT, "invoices.json"), inv_json)
    dump(os.path.join(OUT, "payments.json"), b.payments)
    dump(os.path.join(OUT, "labels.json"), b.labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(custs, items, b.payments, b.labels))
    print("%d customers, %d open items, %d payments" % (len(custs), len(items), len(b.payments)))
    print(count(l["status"] for l in b.labels))


if __name__ == "__main__":
    main()
