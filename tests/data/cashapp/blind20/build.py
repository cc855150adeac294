#!/usr/bin/env python3
"""Deterministic generator for the cash-application held-out ledger.

Theme: a DACH machine-tool and spare-parts manufacturer ("Kessler & Straub
Werkzeugmaschinen") with a German book (EUR), an Austrian book (EUR), a Swiss
book (CHF) and a small USD export book.

    python3 build.py      # rewrites ledger/ and bad_input/ byte for byte

stdlib only.  Every label is computed by simulating the payments in order and
is then re-checked by an independent pass (verify()) that re-reads the text
of every payment the way a careful AR clerk would.
"""
import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6717
R = random.Random(SEED)
CENT = Decimal("0.01")


def D(x):
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def s(d):
    return f"{d:.2f}"


def fmt_de(d):  # 12.480,55
    q = f"{d:,.2f}"
    return q.replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_ch(d):  # 12'480.55
    return f"{d:,.2f}".replace(",", "'")


def fmt_en(d):
    return f"{d:,.2f}"


def fmt_fr(d):  # 12 480,55
    return f"{d:,.2f}".replace(",", " ").replace(".", ",")


def fmt_amount(d, lang, cur):
    if cur == "CHF":
        return fmt_ch(d)
    if lang == "en":
        return fmt_en(d)
    if lang == "fr":
        return fmt_fr(d)
    return fmt_de(d)


def dde(dt):
    return dt.strftime("%d.%m.%Y")


def dus(dt):
    return dt.strftime("%m/%d/%Y")


# ---------------------------------------------------------------- customers
SUR_DE = ["Müller", "Schäfer", "Größmann", "Böhm", "Kühne", "Weiß", "Jäger", "Brückner", "Köhler",
          "Schröder", "Krämer", "Lösch", "Hübner", "Wöhrle", "Dürr", "Fröhlich", "Bäuerle", "Götz",
          "Mößner", "Rühl", "Strobel", "Hartmann", "Zimmermann", "Neumann", "Scholz", "Maier",
          "Pfeiffer", "Vogt", "Schütz", "Hölzle", "Bürkle", "Löffler", "Schüle", "Däuble", "Nägele",
          "Häfner", "Kübler", "Wörner", "Münch", "Körber", "Stöckle", "Tränkle", "Schönfeld", "Gärtner",
          "Ruß", "Haußmann", "Rößler", "Bröckel", "Fuß", "Eßlinger"]
SUR_AT = ["Huber", "Gruber", "Hofer", "Lechner", "Moser", "Ebner", "Seidl", "Steiner", "Pöll",
          "Größwang", "Wimmer", "Pichler", "Eder", "Brandstätter", "Höllwarth", "Fürst", "Schwärzler",
          "Mörtl", "Haslinger", "Stöger", "Kröpfl", "Aigner", "Wallner", "Plöchl"]
SUR_CH = ["Brändli", "Zürcher", "Gübeli", "Wüthrich", "Oberhänsli", "Känzig", "Bühler", "Frei",
          "Keller", "Baumgartner", "Rüegg", "Stäubli", "Hürlimann", "Schärer", "Jöhr", "Gächter",
          "Tschümperlin", "Nüesch", "Lüthi", "Sägesser"]
SUR_FR = ["Dubois", "Favre", "Rochat", "Perrin", "Jaquet", "Monnier", "Girardin", "Vuilleumier",
          "Bréguet", "Châtelain"]
SUR_IT = ["Bernasconi", "Fontana", "Galli", "Crivelli", "Lurati", "Bizzozero", "Pedrazzini", "Cattaneo"]
SUR_US = ["Anderson", "Parker", "Reyes", "Kowalski", "Lindqvist", "Brennan", "Okafor", "Harlan",
          "Whitfield", "Nakamura"]
ACT_DE = ["Werkzeugbau", "Maschinenbau", "Präzisionsteile", "Formenbau", "Zerspanungstechnik",
          "Metallbearbeitung", "Feinmechanik", "Antriebstechnik", "Drehteile", "Stanztechnik",
          "Anlagenbau", "Hydraulik", "Schleiftechnik", "Frästechnik", "Getriebebau", "Blechbearbeitung",
          "Lohnfertigung", "Vorrichtungsbau", "Automatisierung", "Gesenkschmiede", "Verzahnungstechnik",
          "Prototypenbau", "Medizintechnik", "Spritzguss"]
ACT_FR = ["Décolletage", "Mécanique de précision", "Usinage", "Microtechnique", "Outillage"]
ACT_IT = ["Meccanica", "Tornitura", "Stampi", "Lavorazioni meccaniche"]
ACT_EN = ["Machining", "Tool & Die", "Precision Components", "Gear Works", "Fabrication", "Mold Co"]
CITY = {
    "DE": ["Stuttgart", "Esslingen", "Tuttlingen", "Schweinfurt", "Göppingen", "Pforzheim", "Chemnitz",
           "Bielefeld", "Remscheid", "Solingen", "Lüdenscheid", "Nürnberg", "Würzburg", "Ulm",
           "Reutlingen", "Aalen", "Villingen-Schwenningen", "Gütersloh", "Siegen", "Zwickau"],
    "AT": ["Linz", "Steyr", "Wels", "Graz", "Wien", "Innsbruck", "Dornbirn", "Kapfenberg", "Wiener Neustadt"],
    "CH": ["Winterthur", "St. Gallen", "Aarau", "Zürich", "Schaffhausen", "Grenchen", "Solothurn", "Baar"],
    "CHF": ["Genève", "Lausanne", "Neuchâtel", "La Chaux-de-Fonds", "Le Locle", "Yverdon"],
    "CHI": ["Lugano", "Mendrisio", "Bellinzona", "Chiasso"],
    "US": ["Rockford", "Cleveland", "Cincinnati", "Milwaukee", "Grand Rapids", "Charlotte"],
    "EU": ["Eindhoven", "Brno", "Poznań", "Brescia", "Ljubljana", "Győr"],
}
FORM = {"DE": ["GmbH", "GmbH & Co. KG", "GmbH & Co. KG", "AG", "KG", "e.K.", "OHG", "GmbH", "GmbH",
               "UG (haftungsbeschränkt)", "SE"],
        "AT": ["GmbH", "Ges.m.b.H.", "GesmbH", "KG", "AG", "e.U.", "GmbH & Co KG"],
        "CH": ["AG", "GmbH", "AG", "AG"], "CHF": ["SA", "Sàrl", "SA"], "CHI": ["SA", "Sagl"],
        "US": ["Inc.", "LLC", "Corp.", "Co."], "EU": ["B.V.", "s.r.o.", "Sp. z o.o.", "S.r.l.", "d.o.o.", "Kft."]}


def translit(t):
    rep = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
    for k, v in rep.items():
        t = t.replace(k, v)
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c))


def norm_name(t):
    t = translit(t).upper()
    t = re.sub(r"[^A-Z0-9 ]", " ", t)
    return " ".join(t.split())


def make_customers():
    regions = (["DE"] * 130 + ["AT"] * 55 + ["CH"] * 50 + ["CHF"] * 18 + ["CHI"] * 9 + ["US"] * 22 + ["EU"] * 16)
    R.shuffle(regions)
    custs, names, nums = [], set(), set()
    for reg in regions:
        for _ in range(200):
            if reg in ("DE", "AT", "CH"):
                sur = R.choice({"DE": SUR_DE, "AT": SUR_AT, "CH": SUR_CH}[reg])
                pat = R.random()
                act = R.choice(ACT_DE)
                city = R.choice(CITY[reg])
                if pat < 0.5:
                    nm = f"{sur} {act}"
                elif pat < 0.7:
                    sur2 = R.choice({"DE": SUR_DE, "AT": SUR_AT, "CH": SUR_CH}[reg])
                    if sur2 == sur:
                        continue
                    nm = f"{sur} & {sur2}"
                elif pat < 0.85:
                    nm = f"{act} {city}"
                else:
                    nm = f"{sur} {act} {city}"
                nm = f"{nm} {R.choice(FORM[reg])}"
            elif reg == "CHF":
                nm = f"{R.choice(ACT_FR)} {R.choice(SUR_FR)} {R.choice(FORM[reg])}"
                city = R.choice(CITY[reg])
            elif reg == "CHI":
                nm = f"{R.choice(ACT_IT)} {R.choice(SUR_IT)} {R.choice(FORM[reg])}"
                city = R.choice(CITY[reg])
            elif reg == "US":
                nm = f"{R.choice(SUR_US)} {R.choice(ACT_EN)} {R.choice(FORM[reg])}"
                city = R.choice(CITY[reg])
            else:
                city = R.choice(CITY[reg])
                nm = f"{R.choice(['Precimet', 'Tecnoforma', 'Metalprofil', 'Strojírna', 'Obróbka', 'Toolnet', 'Prometal', 'Meccanotecnica'])} {city} {R.choice(FORM[reg])}"
            core = norm_name(re.sub(r"\b(GmbH & Co\. KG|GmbH & Co KG|GmbH|AG|KG|e\.K\.|OHG|UG \(haftungsbeschränkt\)|SE|Ges\.m\.b\.H\.|GesmbH|e\.U\.|SA|Sàrl|Sagl|Inc\.|LLC|Corp\.|Co\.|B\.V\.|s\.r\.o\.|Sp\. z o\.o\.|S\.r\.l\.|d\.o\.o\.|Kft\.)$", "", nm))
            if core in names:
                continue
            names.add(core)
            break
        while True:
            no = R.randint(200000, 299999)
            if no not in nums:
                nums.add(no)
                break
        lang = {"DE": "de", "AT": "de", "CH": "de", "CHF": "fr", "CHI": "it", "US": "en", "EU": "en"}[reg]
        if reg == "EU" and city == "Brescia":
            lang = "it"
        cur = {"DE": ["EUR"], "AT": ["EUR"], "CH": ["CHF"], "CHF": ["CHF"], "CHI": ["CHF"], "US": ["USD"],
               "EU": ["EUR"]}[reg]
        if reg in ("CH", "CHF") and R.random() < 0.2:
            cur = ["CHF", "EUR"]
        if reg == "EU" and R.random() < 0.25:
            cur = ["EUR", "USD"]
        custs.append({"id": f"D{no}", "no": no, "name": nm, "core": core, "region": reg, "lang": lang,
                      "city": city, "currencies": cur, "locked": False})
    return custs


# ------------------------------------------------------------------ numbers
USED_NUMBERS = set()
USED_IDS = set()


def new_number(book):
    while True:
        if book == "MA":
            n = f"MA25-{R.randint(100, 999):04d}"
        else:
            n = f"{book}{R.randint(30000, 69999):06d}"
        if n not in USED_NUMBERS:
            USED_NUMBERS.add(n)
            return n


def new_inv_id():
    while True:
        i = f"i-{R.randint(10000, 99999)}"
        if i not in USED_IDS:
            USED_IDS.add(i)
            return i


def book_of(cust, cur):
    if cur == "CHF":
        return "93"
    if cur == "USD":
        return "94"
    if cust["region"] == "AT":
        return "92"
    return "91"


def mod10_qrr(payload):
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in payload:
        carry = table[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def qrr_for(inv, cust):
    payload = f"{cust['no']:06d}" + "0" * 12 + inv["number"]
    assert len(payload) == 26
    return payload + mod10_qrr(payload)


def qrr_spaced(q):
    return q[:2] + " " + " ".join(q[i:i + 5] for i in range(2, 27, 5))


def rf_for(number):
    body = re.sub(r"[^A-Z0-9]", "", number.upper())
    conv = "".join(str(int(c, 36)) for c in body + "RF00")
    chk = 98 - int(conv) % 97
    return f"RF{chk:02d}{body}"


def rf_spaced(rf):
    return " ".join(rf[i:i + 4] for i in range(0, len(rf), 4))


def rf_valid(rf):
    rf = rf.replace(" ", "")
    x = rf[4:] + rf[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


# ------------------------------------------------------------------ ledger state
INVOICES = []
BY_CUST = {}
BAL = {}          # invoice id -> current balance during generation
INV_BY_ID = {}
CUST_BY_ID = {}
PAY_START = date(2025, 11, 3)


def add_invoice(cust, cur, total, issue, terms=30, balance=None, book=None):
    num = new_number(book or book_of(cust, cur))
    inv = {"id": new_inv_id(), "number": num, "customer_id": cust["id"], "customer_name": cust["name"],
           "currency": cur, "total": D(total), "balance": D(balance if balance is not None else total),
           "issue_date": issue, "due_date": issue + timedelta(days=terms)}
    INVOICES.append(inv)
    BY_CUST.setdefault(cust["id"], []).append(inv)
    BAL[inv["id"]] = inv["balance"]
    INV_BY_ID[inv["id"]] = inv
    return inv


def open_of(cust, cur, pay_date=None):
    return [i for i in BY_CUST.get(cust["id"], []) if i["currency"] == cur and BAL[i["id"]] > 0
            and (pay_date is None or i["issue_date"] <= pay_date)]


def rand_amount(lo, hi, round_to=None):
    v = Decimal(R.randint(int(lo * 100), int(hi * 100))) / 100
    if round_to:
        v = (v / round_to).quantize(Decimal(1)) * round_to
    return D(v)


FLAT_RATES = [Decimal(x) for x in ["1450.00", "890.00", "2380.00", "640.00", "1190.00", "3570.00",
                                     "475.00", "2975.00", "1785.00", "714.00", "5950.00", "1249.50",
                                     "312.00", "1666.00", "4165.00", "535.50"]]
RESERVED_AMOUNTS = set(FLAT_RATES)


def fresh_amount(cust, cur, lo, hi, avoid=()):
    """An amount no open invoice of this customer already has, and no flat rate."""
    existing = {BAL[i["id"]] for i in BY_CUST.get(cust["id"], [])} | {i["total"] for i in BY_CUST.get(cust["id"], [])}
    while True:
        a = rand_amount(lo, hi)
        if cur == "CHF":
            a = D((a * 20).quantize(Decimal(1)) / 20)
        if a not in existing and a not in RESERVED_AMOUNTS and a not in avoid:
            return a


def background():
    for c in CUSTS:
        k = R.choices([0, 1, 2, 3, 4, 5, 6, 8, 11], weights=[8, 14, 15, 13, 10, 6, 4, 2, 1])[0]
        for _ in range(k):
            cur = R.choice(c["currencies"]) if R.random() < 0.3 else c["currencies"][0]
            amt = fresh_amount(c, cur, 60, R.choice([900, 3000, 9000, 24000]))
            issue = date(2025, 6, 2) + timedelta(days=R.randint(0, 170))
            bal = None
            if R.random() < 0.08:
                bal = D(amt * Decimal(R.choice(["0.5", "0.6", "0.3"])))
            add_invoice(c, cur, amt, issue, terms=R.choice([14, 30, 30, 30, 45, 60]), balance=bal)


# ------------------------------------------------------------------ text helpers
def bank_name(cust, style=None):
    nm = cust["name"]
    st = style if style is not None else R.random()
    if st < 0.45:
        t = translit(nm).upper().replace("&", "+")
        t = t.replace("GMBH + CO. KG", R.choice(["GMBH + CO. KG", "GMBH U. CO. KG", "GMBH+CO.KG", "GMBH + CO KG"]))
        t = t.replace("GES.M.B.H.", R.choice(["GES.M.B.H.", "GESMBH"]))
        t = t.replace("(HAFTUNGSBESCHRAENKT)", "(HAFTUNGSBESCHR.)")
        return t[:R.choice([27, 35, 35, 70])].rstrip()
    if st < 0.7:
        return translit(nm)[:35].rstrip()
    if st < 0.85:
        t = translit(nm).upper()
        t = re.sub(r"\s+(GMBH & CO\. KG|GMBH & CO KG|GMBH|AG|KG|E\.K\.|OHG|GESMBH|GES\.M\.B\.H\.|SA|SARL|SAGL|INC\.|LLC|CORP\.|CO\.)$", "", t)
        return t
    return nm[:27].rstrip()


def pick(*opts):
    return R.choice(opts)


def po_no(cust):
    return pick(f"4500{R.randint(100000, 999999)}", f"BE-{R.randint(2025000, 2025999)}",
                f"{R.randint(10, 99)}/{R.randint(1000, 9999)}", f"PO{R.randint(100000, 999999)}")


def ls_no():
    return f"80{R.randint(100000, 999999)}"


def ab_no():
    return pick(f"AB {R.randint(710000, 749999)}", f"AB-Nr. 25-{R.randint(10000, 39999)}",
                f"Auftragsbest. {R.randint(710000, 749999)}")


def single_ref(inv, cust, lang, pay_date, bank_upper=None):
    n = inv["number"]
    idt = inv["issue_date"]
    if lang == "de":
        at = cust["region"] == "AT"
        opts = [f"RE {n}", f"Rechnung {n}", f"Rechnung Nr. {n} vom {dde(idt)}", f"RG-NR. {n} KD-NR. {cust['no']}",
                f"Re-Nr {n}", f"EREF+NOTPROVIDED SVWZ+RE {n}", f"SVWZ+Rechnung {n} Ersatzteile",
                f"{n}", f"KUNDE {cust['no']} RECHNUNG {n}", f"Ihre Rg. {n} v. {dde(idt)}",
                f"Beleg {n} / Best. {po_no(cust)}", f"RECHN.{n} LIEFERSCHEIN {ls_no()}",
                f"Re {n} {ab_no()}", f"R.-Nr.:{n}", f"Zahlung zu RE{n}", f"Rg {n} Kd {cust['no']} Danke"]
        if at:
            opts += [f"Zahlungsreferenz {n}", f"Rechnung {n} Kundennr. {cust['no']}", f"RE-NR {n} UID ATU{R.randint(10000000, 99999999)}"]
        t = R.choice(opts)
        if bank_upper or (bank_upper is None and R.random() < 0.25):
            t = translit(t).upper()
        return t
    if lang == "fr":
        return pick(f"Facture {n}", f"Fact. no {n} du {dde(idt)}", f"Paiement facture {n}",
                    f"Reglement de votre facture {n}", f"FACTURE {n} / N/REF {R.randint(1000, 9999)}")
    if lang == "it":
        return pick(f"Fattura {n}", f"Pagamento fattura n. {n} del {dde(idt)}", f"Saldo fatt. {n}",
                    f"FATTURA NR {n}")
    return pick(f"INV {n}", f"Invoice #{n}", f"PMT INV{n} PO {R.randint(10000, 99999)}", f"/RFB/{n}",
                f"Inv. No. {n} - spare parts", f"OBI: INVOICE {n}", f"PAYMENT FOR INVOICE {n}")


def join_numbers(nums, lang):
    if lang == "de":
        sep = pick(", ", " / ", " ", "; ", " + ")
        pre = pick("RE ", "Rechnungen ", "RG ", "Re.-Nr. ", "SVWZ+RE ", "")
        return pre + sep.join(nums)
    if lang == "fr":
        return "Factures " + pick(", ", " / ", " et ").join(nums)
    if lang == "it":
        return "Fatture " + pick(", ", " / ", " e ").join(nums)
    return pick("INV ", "Invoices ", "INVS ", "") + pick(", ", " ", "/").join(nums)


# ------------------------------------------------------------------ scenario machinery
PAYMENTS, LABELS = [], []
USED_PAY_IDS = set()
UNKNOWN_PAYERS = ["Ingenieurbuero Stefan Haag", "HAAG MARTINA", "K. ABERLE", "SAMMELUEBERWEISUNG 00417",
                  "Th. Ruppaner", "DR. ORTWIN KAPPELMEIER", "JOSEF WIMPISSINGER", "Andrea Rigamonti",
                  "CORDULA SPEIDEL", "Pascal Ruchonnet", "ELEKTRO DANNECKER EK", "M. TSCHIRKY",
                  "Lohnbuero Wendelstein", "Heinz Oberpaulinger", "FAM. RIEDMUELLER", "Sabine Quappe",
                  "R. ZELLWEGER-BOSSI", "Kfz Obermaierhofer", "Gregor Plankensteiner", "WILHELMINE SCHADT",
                  "Ruedi Ammeter", "Bertrand Ecoffey", "P. ZWAHLEN", "Gabriele Fankhauser"]


def new_pay_id():
    while True:
        p = f"p-{R.randint(100000, 999999)}"
        if p not in USED_PAY_IDS:
            USED_PAY_IDS.add(p)
            return p


def emit(ev, pay_date, cust, amount, cur, payer, cust_id_known, reference, remittance, status, apps,
         unapplied, short_pay, candidates, lang, scenario, note, checks):
    pid = new_pay_id()
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{2,}", (reference or "") + " " + (remittance or ""))
             if w.upper() not in ("EREF", "SVWZ", "NOTPROVIDED", "QRR", "SCOR", "KREF", "REF", "RF")]
    if not words:
        lang = "none"
    p = {"id": pid, "date": pay_date.isoformat(), "amount": s(amount), "currency": cur, "payer_name": payer,
         "customer_id": (cust["id"] if (cust and cust_id_known) else None), "reference": reference,
         "remittance": remittance}
    lab = {"payment_id": pid, "status": status,
           "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
           "unapplied": s(unapplied), "short_pay": short_pay,
           "candidates": [[i["id"] for i in cs] for cs in candidates],
           "reason": scenario, "scenario": scenario,
           "note": f"[{status.upper()}, {lang}] {note}"}
    for i, a in apps:
        BAL[i["id"]] -= a
        assert BAL[i["id"]] >= 0, (scenario, i)
    PAYMENTS.append(p)
    LABELS.append(lab)
    CHECKS.append(checks)
    ev["out"] = {"payment": p, "apps": apps, "cust": cust}
    return p


CHECKS = []


def pick_cust(regions=None, cur=None, unlocked=True, min_open=0, pay_date=None):
    pool = [c for c in CUSTS if (not regions or c["region"] in regions) and (not cur or cur in c["currencies"])
            and (not unlocked or not c["locked"])]
    R.shuffle(pool)
    for c in pool:
        if min_open == 0 or len(open_of(c, cur or c["currencies"][0], pay_date)) >= min_open:
            return c
    raise RuntimeError("no customer")


def cust_cur(regions=None):
    c = pick_cust(regions)
    return c, c["currencies"][0]


def fmt_for(cust, cur):
    return lambda d: fmt_amount(d, cust["lang"], cur)


# ---- APPLIED ------------------------------------------------------------
def sc_ref_exact(ev, d):
    c, cur = cust_cur(["DE", "AT", "EU", "CH", "CHF", "CHI"])
    amt = fresh_amount(c, cur, 80, 18000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(12, 120)))
    ref = single_ref(inv, c, c["lang"], d)
    rem = None
    if R.random() < 0.15:
        rem = pick(f"Zahlungsavis: Rechnung {inv['number']} Betrag {fmt_amount(amt, c['lang'], cur)} {cur}",
                   f"Guten Tag, die Rechnung {inv['number']} wurde heute angewiesen. Freundliche Gruesse, Kreditorenbuchhaltung") if c["lang"] == "de" else None
    emit(ev, d, c, amt, cur, bank_name(c), R.random() < 0.85, ref, rem, "applied", [(inv, amt)], Decimal(0), None, [],
         c["lang"], "reference names one invoice, exact balance",
         f"reference carries invoice {inv['number']} and the amount equals its open balance {s(amt)}.",
         {"kind": "ref", "refs": {inv["number"]}})
    return inv


def sc_qrr(ev, d):
    c = pick_cust(["CH", "CHF", "CHI"])
    cur = "CHF"
    amt = fresh_amount(c, cur, 90, 15000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(10, 90)))
    q = qrr_for(inv, c)
    ref = pick(q, qrr_spaced(q), f"QRR {q}", f"QRR {qrr_spaced(q)}", f"{q} Rechnung {inv['number']}"
               if c["lang"] == "de" else q)
    emit(ev, d, c, amt, cur, bank_name(c), R.random() < 0.9, ref, None, "applied", [(inv, amt)], Decimal(0), None, [],
         "none" if not re.search("[A-Za-z]{4}", ref) else c["lang"], "Swiss QR-bill QRR reference, exact balance",
         f"27-digit QRR reference {q} (valid mod-10 check digit) ends with invoice number {inv['number']} before the check digit; amount equals its balance {s(amt)}.",
         {"kind": "ref", "refs": {inv["number"]}})
    return inv


def sc_scor(ev, d):
    c = pick_cust(["CH", "CHF", "CHI", "DE", "EU"])
    cur = c["currencies"][0]
    amt = fresh_amount(c, cur, 90, 15000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(10, 90)))
    rf = rf_for(inv["number"])
    assert rf_valid(rf)
    ref = pick(rf, rf_spaced(rf), f"SCOR {rf}", f"Ref. {rf_spaced(rf)}")
    emit(ev, d, c, amt, cur, bank_name(c), R.random() < 0.8, ref, None, "applied", [(inv, amt)], Decimal(0), None, [],
         "none", "ISO 11649 creditor reference (SCOR/RF), exact balance",
         f"structured creditor reference {rf} (valid mod-97) encodes invoice {inv['number']}; amount equals its balance.",
         {"kind": "ref", "refs": {inv["number"]}})
    return inv


def sc_at_zref(ev, d):
    c = pick_cust(["AT"])
    cur = "EUR"
    amt = fresh_amount(c, cur, 80, 16000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(10, 100)))
    n = inv["number"]
    ref = pick(f"{c['no']:06d}{n}", f"Zahlungsreferenz: {n}", f"ZAHLUNGSREFERENZ {c['no']}/{n}", f"{n}",
               f"Zahlungsreferenz {n} Auftraggeberreferenz {R.randint(100000, 999999)}")
    emit(ev, d, c, amt, cur, bank_name(c), R.random() < 0.8, ref, None, "applied", [(inv, amt)], Decimal(0), None, [],
         "de" if "ahlung" in ref.lower() else "none", "Austrian Zahlungsreferenz, exact balance",
         f"Austrian Zahlungsreferenz contains invoice {n} (after the customer number {c['no']} where present); amount equals its balance.",
         {"kind": "ref", "refs": {n}})
    return inv


def sc_amount_only(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US", "EU"])
    amt = fresh_amount(c, cur, 150, 14000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(10, 80)))
    trap = None
    lang = c["lang"]
    if lang == "de":
        ref = pick(f"Bestellung {po_no(c)}", f"LS {ls_no()} vom {dde(inv['issue_date'] - timedelta(days=2))}",
                   f"{ab_no()} Ersatzteile", f"Lieferschein-Nr. {ls_no()}", f"Ihre AB {R.randint(710000, 749999)} / unsere Best. {po_no(c)}",
                   f"BESTELLNR {po_no(c)} KOSTENSTELLE {R.randint(1000, 9999)}", "Ersatzteile Spindel", None)
        if R.random() < 0.3:
            # the customer's own order number happens to look exactly like one of our invoice numbers
            other = R.choice([i for i in INVOICES if i["customer_id"] != c["id"] and i["number"][:2] in ("91", "92")
                              and BAL[i["id"]] != amt])
            ref = pick(f"Bestellnr. {other['number']} Ersatzteile", f"Unsere Bestellung {other['number']}",
                       f"BESTELLUNG NR {other['number']} LS {ls_no()}")
            trap = other["number"]
    elif lang == "en":
        ref = pick(f"PO {R.randint(100000, 999999)}", f"PACKING SLIP {ls_no()}", "SPARE PARTS", f"ORDER {R.randint(5000, 9999)}-B", None)
    elif lang == "fr":
        ref = pick(f"Commande {po_no(c)}", f"Bon de livraison {ls_no()}", "Pieces detachees")
    else:
        ref = pick(f"Ordine {po_no(c)}", f"DDT {ls_no()}", "Ricambi")
    note = (f"no invoice number; the bank names the customer and {s(amt)} equals exactly one of its open invoices "
            f"({inv['number']}) and no combination of its other invoices. ")
    if trap:
        note += f"The number {trap} in the text is labelled as the customer's own order number and is an invoice of another customer with a different amount; it must not be used."
    elif ref and re.search(r"\d{6,}", ref):
        note += "The PO/Lieferschein/AB number in the text is not an invoice number."
    emit(ev, d, c, amt, cur, bank_name(c), True, ref, None, "applied", [(inv, amt)], Decimal(0), None, [],
         lang if ref else "none", "known customer, no invoice number, unique exact amount" + (" (order no. looks like another customer's invoice)" if trap else ""),
         note, {"kind": "amount", "trap": {trap} if trap else set()})
    return inv


def sc_name_only(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "CHF"])
    amt = fresh_amount(c, cur, 100, 12000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(10, 90)))
    payer = bank_name(c, R.choice([0.1, 0.6, 0.9]))
    ref = single_ref(inv, c, c["lang"], d)
    emit(ev, d, c, amt, cur, payer, False, ref, None, "applied", [(inv, amt)], Decimal(0), None, [],
         c["lang"], "bank gives no customer id; payer name as the bank spells it, reference + exact balance",
         f"customer_id is null, but the reference names invoice {inv['number']} of {c['name']} (payer '{payer}') and the amount equals its balance.",
         {"kind": "ref", "refs": {inv["number"]}, "name_of": c["id"]})
    return inv


def multi_invoices(c, cur, d, k, lo=80, hi=9000):
    out = []
    for _ in range(k):
        a = fresh_amount(c, cur, lo, hi, avoid={BAL[i["id"]] for i in out})
        out.append(add_invoice(c, cur, a, d - timedelta(days=R.randint(8, 100))))
    return out


def sc_multi_ref(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "CHF", "CHI", "US", "EU"])
    invs = multi_invoices(c, cur, d, R.choice([2, 2, 3, 3, 4, 5]))
    tot = sum(BAL[i["id"]] for i in invs)
    ref = join_numbers([i["number"] for i in invs], c["lang"])
    if c["lang"] == "de" and R.random() < 0.4:
        ref += pick(" Danke", f" KD {c['no']}", " Sammelzahlung", "")
    assert len(ref) <= 140
    emit(ev, d, c, tot, cur, bank_name(c), R.random() < 0.85, ref, None, "applied",
         [(i, BAL[i["id"]]) for i in invs], Decimal(0), None, [], c["lang"],
         f"one payment for {len(invs)} invoices listed in the reference, no advice",
         f"reference lists {', '.join(i['number'] for i in invs)}; their balances add up exactly to {s(tot)}.",
         {"kind": "ref", "refs": {i["number"] for i in invs}})
    return invs


def advice_text(c, cur, lines, total, d, extra=None):
    """lines: list of (inv, gross, deduction, paid, label)"""
    lang = c["lang"]
    fa = lambda x: fmt_amount(x, lang if cur != "USD" else "en", cur)
    sty = R.random()
    if lang == "de" and sty < 0.55:
        head = pick("Zahlungsavis", "ZAHLUNGSAVIS", "Avis", "Zahlungsavis / Remittance advice")
        rows = [f"{'Beleg':<12}{'Ihre Re.-Nr.':<14}{'Datum':<12}{'Brutto':>12}{'Abzug':>10}{'Zahlbetrag':>12}"]
        for inv, g, ded, paid, lab in lines:
            rows.append(f"{R.randint(5100000000, 5199999999):<12}{inv['number']:<14}{dde(inv['issue_date']):<12}"
                        f"{fa(g):>12}{fa(ded):>10}{fa(paid):>12}" + (f"  {lab}" if lab else ""))
        body = "\n".join(rows)
        t = (f"{head} Nr. {R.randint(2000100000, 2000999999)} vom {dde(d)}\n"
             f"{c['name']}\n\n"
             f"{pick('Sehr geehrte Damen und Herren', 'Guten Tag')},\n"
             f"wir haben zu Ihren Gunsten folgenden Betrag angewiesen: {fa(total)} {cur}\n\n{body}\n"
             f"{'':<38}Summe {fa(total):>28}\n\n"
             + (extra + "\n\n" if extra else "")
             + pick("Mit freundlichen Grüßen\nKreditorenbuchhaltung", "Freundliche Grüsse\nFinanzen / Kreditoren",
                    "Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig."))
        return t, "de"
    if lang == "de":
        items = "\n".join(f"- {inv['number']}: {fa(paid)}" + (f" ({lab})" if lab else "") for inv, g, ded, paid, lab in lines)
        greet = {"AT": ["Servus", "Hallo zusammen", "Sehr geehrte Damen und Herren"], "CH": ["Grüezi", "Guten Tag", "Hallo zusammen"]}.get(
            c["region"], ["Hallo zusammen", "Hallo Frau Straub", "Moin", "Guten Tag"])
        t = (f"{R.choice(greet)},\n\n"
             f"{pick('heute haben wir', 'wir haben heute', 'anbei zur Info:')} {fa(total)} {cur} {pick('überwiesen', 'angewiesen', 'bezahlt')} für:\n{items}\n"
             + (extra + "\n" if extra else "")
             + f"\n{pick('Gruß', 'Viele Grüße', 'LG', 'Freundliche Grüsse')}\n{pick('S. Brenner', 'Kerstin Wolf', 'M. Hutter', 'Buchhaltung')}")
        return t, "de"
    if lang == "fr":
        items = "\n".join(f"  Facture {inv['number']}  {fa(paid)}" + (f"  ({lab})" if lab else "") for inv, g, ded, paid, lab in lines)
        t = (f"Avis de paiement\n\nMadame, Monsieur,\nNous avons viré ce jour CHF {fa(total)} en règlement de :\n{items}\n"
             if cur == "CHF" else f"Avis de paiement\n\nNous avons viré ce jour {fa(total)} {cur} :\n{items}\n")
        t += (extra + "\n" if extra else "") + "\nMeilleures salutations\nComptabilité fournisseurs"
        return t, "fr"
    if lang == "it":
        items = "\n".join(f"  Fattura {inv['number']}  {fa(paid)}" + (f"  ({lab})" if lab else "") for inv, g, ded, paid, lab in lines)
        t = f"Avviso di pagamento\n\nAbbiamo bonificato {cur} {fa(total)} per:\n{items}\n" + (extra + "\n" if extra else "") + "\nCordiali saluti\nContabilità"
        return t, "it"
    rows = "\n".join(f"{inv['number']:<12}{dus(inv['issue_date']):<13}{fa(g):>12}{fa(ded):>11}{fa(paid):>12}" + (f"  {lab}" if lab else "")
                     for inv, g, ded, paid, lab in lines)
    t = (f"REMITTANCE ADVICE\nPayment date: {dus(d)}   Payment no: {R.randint(1000, 99999):06d}\n"
         f"Payee: Kessler & Straub Werkzeugmaschinen GmbH\n\n{'Invoice':<12}{'Inv. date':<13}{'Amount':>12}{'Discount':>11}{'Paid':>12}\n{rows}\n"
         f"Total {cur} {fa(total)}\n" + (extra + "\n" if extra else "") + "\nAccounts Payable")
    return t, "en"


def sc_multi_advice(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "CHF", "CHI", "US", "EU"])
    invs = multi_invoices(c, cur, d, R.choice([2, 3, 4, 5, 6]))
    tot = sum(BAL[i["id"]] for i in invs)
    rem, lang = advice_text(c, cur, [(i, BAL[i["id"]], Decimal(0), BAL[i["id"]], None) for i in invs], tot, d)
    ref = pick(f"AVIS {R.randint(2000100000, 2000999999)}", "LT. AVIS", f"Zahlungslauf {dde(d)}", "Sammelueberweisung",
               "SEE REMITTANCE", None) if lang != "en" else pick("SEE REMITTANCE", f"PMT {R.randint(10000, 99999)}", None)
    emit(ev, d, c, tot, cur, bank_name(c), True, ref, rem, "applied", [(i, BAL[i["id"]]) for i in invs], Decimal(0), None, [],
         lang, f"payment for {len(invs)} invoices with a remittance advice",
         f"the advice lists {', '.join(i['number'] for i in invs)} with amounts equal to their balances; total {s(tot)} equals the payment.",
         {"kind": "ref", "refs": {i["number"] for i in invs}})
    return invs


def sc_all_open(ev, d):
    # a customer whose every open item (in this currency) is paid at once, no advice
    for _ in range(200):
        c = pick_cust(["DE", "AT", "CH", "EU"])
        cur = c["currencies"][0]
        op = open_of(c, cur)
        if 2 <= len(op) <= 6 and all(i["issue_date"] <= d for i in op) and not any(i["id"] in TOUCHED for i in op):
            break
    else:
        raise RuntimeError
    c["locked"] = True
    tot = sum(BAL[i["id"]] for i in op)
    lang = c["lang"]
    ref = {"de": pick(f"Kontoausgleich per {dde(d - timedelta(days=3))}", f"Ausgleich offene Posten KD {c['no']}",
                      "Saldo lt. Kontoauszug", f"OP-Ausgleich {c['no']}", "AUSGLEICH SALDO"),
           "fr": "Solde selon releve de compte", "it": "Saldo estratto conto",
           "en": pick("Statement balance", "PAY IN FULL - STATEMENT")}[lang]
    emit(ev, d, c, tot, cur, bank_name(c), True, ref, None, "applied", [(i, BAL[i["id"]]) for i in op], Decimal(0), None, [],
         lang, "customer settles its whole open balance, no invoice numbers",
         f"the amount {s(tot)} equals the sum of all {len(op)} open {cur} invoices of the customer and the text says it settles the account (Kontoausgleich/Saldo).",
         {"kind": "all_open"})
    return op


def typo_of(n):
    for _ in range(50):
        k = R.random()
        ds = list(n)
        if k < 0.5:
            j = R.randint(3, len(ds) - 2)
            ds[j], ds[j + 1] = ds[j + 1], ds[j]
        elif k < 0.8:
            j = R.randint(3, len(ds) - 1)
            ds[j] = str((int(ds[j]) + R.choice([1, 9])) % 10)
        else:
            j = R.randint(3, len(ds) - 1)
            ds.pop(j)
        t = "".join(ds)
        if t != n and t not in USED_NUMBERS:
            return t
    raise RuntimeError


def sc_typo(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US"])
    amt = fresh_amount(c, cur, 150, 14000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(10, 80)))
    while True:
        t = typo_of(inv["number"])
        if not any(near(i["number"], t) for i in BY_CUST[c["id"]] if i is not inv):
            break
    USED_NUMBERS.add(t)  # nobody else may get this number
    lang = c["lang"]
    ref = {"de": pick(f"RE {t}", f"Rechnung {t}", f"Rg.Nr. {t} Kd {c['no']}", f"RECHNUNG {t}"),
           "en": pick(f"INV {t}", f"Invoice {t}"), "fr": f"Facture {t}", "it": f"Fattura {t}"}[lang]
    emit(ev, d, c, amt, cur, bank_name(c), True, ref, None, "applied", [(inv, amt)], Decimal(0), None, [], lang,
         "invoice number mistyped (no such invoice), customer + exact balance identify it",
         f"'{t}' is no invoice; it is one keystroke from {inv['number']}, the customer's only open invoice with balance {s(amt)}.",
         {"kind": "amount", "typo": t})
    return inv


def sc_cut140(ev, d):
    c = pick_cust(["DE", "AT"])
    cur = "EUR"
    invs = multi_invoices(c, cur, d, R.choice([3, 4, 5, 6]), 200, 6000)
    tot = sum(BAL[i["id"]] for i in invs)
    nums = [i["number"] for i in invs]
    mode = ev.get("mode") or R.choice(["text", "text", "num"])
    import itertools
    erefs = ["", f"EREF+{R.randint(10**9, 10**10 - 1)} ", f"EREF+{R.randint(10**11, 10**12 - 1)} ", "EREF+NOTPROVIDED ",
             f"EREF+ZV{R.randint(10**7, 10**8 - 1)} "]
    kds = ["", f"KD {c['no']} ", f"Kunde {c['no']} ", f"Debitor {c['no']} ", f"Kd.-Nr. {c['no']} "]
    labs = ["SVWZ+RE ", "SVWZ+Rechnungen ", "SVWZ+Zahlung Rechnungen lt. Kontoauszug " + dde(d - timedelta(days=5)) + ": ",
            "SVWZ+Ausgleich RG ", "SVWZ+Sammelzahlung Re.-Nr. ", "SVWZ+RG-NR "]
    seps = [", ", " ", "/", " + "]
    tails = [" Ersatzteile und Service Oktober sowie Reparatur Spindelkopf, vielen Dank fuer die gute Zusammenarbeit",
             " Sammelzahlung lt. Kontoauszug, Skonto nicht abgezogen da Zahlungsziel ueberschritten, bitte Zahlungseingang bestaetigen",
             " Wartung Bearbeitungszentrum und Kuehlmittelpumpe Halle 3 Mit freundlichen Gruessen Kreditorenbuchhaltung"]
    combos = list(itertools.product(erefs, kds, labs, seps, tails))
    R.shuffle(combos)
    ref = None
    for er, kd, lb, sp, tl in combos:
        head = er + lb + kd
        if mode == "text":
            body = head + sp.join(nums) + tl
            if len(head + sp.join(nums)) <= 120 and len(body) > 141 and body[139].isalpha() and body[140].isalpha():
                ref = body[:140]
                break
        else:
            body = head + sp.join(nums)
            vis = 140 - len(head + sp.join(nums[:-1]) + sp)
            if 2 <= vis <= len(nums[-1]) - 2 and len(body) > 140:
                ref = body[:140]
                frag = nums[-1][:vis]
                break
    if ref is None:
        return sc_cut140(dict(ev, mode="text"), d)
    if mode == "text":
        nt = "the 140-character Verwendungszweck is cut mid-word after the invoice numbers; all listed balances add up exactly to the payment."
        refs = set(nums)
    else:
        last = nums[-1]
        assert ref.endswith(frag)
        nt = (f"the 140-character Verwendungszweck is cut inside the last number ('{frag}'); the complete numbers leave "
              f"{s(BAL[invs[-1]['id']])} of the payment, which is exactly the balance of {last}, the only open invoice of the customer starting with '{frag}' with that balance.")
        refs = set(nums[:-1])
    emit(ev, d, c, tot, cur, bank_name(c), True, ref, None, "applied", [(i, BAL[i["id"]]) for i in invs], Decimal(0), None, [],
         "de", "Verwendungszweck cut at 140 characters", nt,
         {"kind": "ref", "refs": refs, "cut": True, "cut_inv": invs[-1]["number"] if mode == "num" else None})
    return invs


def sc_third_party(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH"])
    amt = fresh_amount(c, cur, 500, 30000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(20, 100)))
    core = c["name"].split()[0]
    payer = pick(f"{translit(core).upper()} HOLDING AG", "FACTORINGBANK NORD AG TREUHAND", "ABC FINANZ LEASING GMBH",
                 f"{translit(core)} Beteiligungs GmbH", "DEUTSCHE LEASING AG", "RAIFFEISEN-LEASING GMBH")
    n = inv["number"]
    if "LEASING" in payer.upper():
        ref = pick(f"Leasingvertrag {R.randint(100000, 999999)} Rechnung {n}", f"LV-NR {R.randint(100000, 999999)} RE {n} {translit(c['name']).upper()[:24]}")
    else:
        ref = pick(f"IM AUFTRAG VON {translit(c['name']).upper()[:30]} RE {n}", f"Re {n} fuer {translit(c['name'])[:28]}",
                   f"RE {n} ZAHLUNG FUER KD {c['no']}")
    emit(ev, d, c, amt, cur, payer, False, ref, None, "applied", [(inv, amt)], Decimal(0), None, [], "de",
         "paid by a third party (holding, leasing, factor) with the invoice number",
         f"payer '{payer}' is not the customer, but the reference names invoice {n} and the amount equals its balance exactly.",
         {"kind": "ref", "refs": {n}, "third": True})
    return inv


def sc_usd(ev, d):
    c = pick_cust(["US", "EU"], cur="USD")
    amt = fresh_amount(c, "USD", 300, 40000)
    inv = add_invoice(c, "USD", amt, d - timedelta(days=R.randint(20, 90)), terms=45)
    n = inv["number"]
    ref = pick(f"ORG={translit(c['name']).upper()} OBI=INV {n} BBI=/CHGS/OUR", f"/RFB/{n}/OCMT/USD{s(amt)}/",
               f"FEDWIRE CREDIT OBI: INVOICE {n}", f"ACH CREDIT {translit(c['name']).upper()[:16]} INV {n}", f"Invoice {n}")
    emit(ev, d, c, amt, "USD", bank_name(c, 0.1), True, ref, None, "applied", [(inv, amt)], Decimal(0), None, [], "en",
         "USD wire naming the invoice, exact balance",
         f"wire text names invoice {n}; amount {s(amt)} equals its balance (charges OUR, nothing deducted).",
         {"kind": "ref", "refs": {n}})
    return inv


def sc_same_amount_known(ev, d):
    flat = FLAT_RATES[ev["flat"]]
    cs = []
    for reg in (["DE", "AT", "DE"] if ev["flat"] % 2 == 0 else ["DE", "AT", "DE", "AT"]):
        c = pick_cust([reg], cur="EUR")
        if c in cs or any(BAL[i["id"]] == flat for i in BY_CUST.get(c["id"], [])):
            continue
        cs.append(c)
    invs = [add_invoice(c, "EUR", flat, d - timedelta(days=R.randint(15, 60))) for c in cs]
    c, inv = cs[0], invs[0]
    ref = pick("Wartungspauschale", "Wartung Q3", "Servicevertrag", "Pauschale Inspektion", "Jahreswartung")
    emit(ev, d, c, flat, "EUR", bank_name(c), True, ref, None, "applied", [(inv, flat)], Decimal(0), None, [], "de",
         "flat-rate amount that several customers owe; the bank identifies the customer",
         f"{s(flat)} is a flat maintenance rate open for {len(invs)} customers, but the bank gives customer_id {c['id']}, which has exactly one invoice at that amount ({inv['number']}).",
         {"kind": "amount"})
    ev["flat_others"] = invs[1:]
    return inv


# ---- PARTIAL ----------------------------------------------------------------
def skonto_of(b):
    return (b * Decimal("0.02")).quantize(CENT, rounding=ROUND_HALF_UP)


def sc_skonto(ev, d, late=False):
    c, cur = cust_cur(["DE", "AT", "CH", "CHF", "EU"])
    amt = fresh_amount(c, cur, 400, 25000)
    age = R.randint(14, 30) if late else R.randint(1, 10)
    inv = add_invoice(c, cur, amt, d - timedelta(days=age), terms=30)
    sk = skonto_of(amt)
    pay = amt - sk
    lang = c["lang"]
    fa = fmt_for(c, cur)
    n = inv["number"]
    rem = None
    if lang == "de":
        ref = pick(f"RE {n} ABZGL. 2% SKONTO", f"Rechnung {n} abzgl. 2 % Skonto {fa(sk)}", f"RG {n} SKONTO {fa(sk)}",
                   f"Re.Nr. {n} /Brutto {fa(amt)} /Skonto {fa(sk)}", f"{n} - 2% Sk.", f"RE {n} unter Abzug von 2% Skonto")
    elif lang == "fr":
        ref = pick(f"Facture {n} moins escompte 2%", f"Fact. {n} escompte 2% {fa(sk)}")
    elif lang == "it":
        ref = f"Fattura {n} sconto 2% {fa(sk)}"
    else:
        ref = f"INV {n} LESS 2% CASH DISCOUNT"
    if R.random() < 0.3:
        rem, lang2 = advice_text(c, cur, [(inv, amt, sk, pay, "Skonto 2%" if lang == "de" else "2%")], pay, d)
    emit(ev, d, c, pay, cur, bank_name(c), R.random() < 0.85, ref, rem, "partial", [(inv, pay)], Decimal(0),
         {"invoice_id": inv["id"], "amount": s(sk), "reason": "cash discount (Skonto 2%) deducted" + (" after the discount period" if late else "")},
         [], lang, "Skonto 2% deducted" + (" after the 10-day period" if late else " within 10 days"),
         f"invoice {n} ({s(amt)}), paid {s(pay)} = balance less 2% ({s(sk)}), stated in the text; paid {(d - inv['issue_date']).days} day(s) after the invoice date"
         + (" (past the 10-day window, still a deduction taken by the customer)" if late else "") + ". Whole payment applied; the 2% stays open as a short pay.",
         {"kind": "ref", "refs": {n}})
    return inv


def sc_bank_charges(ev, d):
    c = pick_cust(["US", "EU", "CH", "CHF", "CHI"])
    cur = c["currencies"][-1] if c["region"] in ("US", "EU") else "CHF"
    if c["region"] == "EU" and "USD" not in c["currencies"]:
        cur = "EUR"
    amt = fresh_amount(c, cur, 800, 30000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(20, 70)), terms=45)
    fee = D(R.choice(["15.00", "20.00", "25.00", "30.00", "12.50", "35.00", "18.00"]))
    pay = amt - fee
    n = inv["number"]
    lang = "en" if cur == "USD" or c["lang"] == "en" else c["lang"]
    if lang == "en":
        ref = pick(f"INV {n} /CHGS/{cur}{s(fee)}/ SHA", f"/RFB/{n}/ CHARGES {cur} {s(fee)} DEDUCTED BY INTERMEDIARY",
                   f"Invoice {n} less bank charges {cur} {s(fee)}", f"OBI: INV {n} BBI: /CHGS/{cur}{s(fee)}")
    elif lang == "de":
        ref = pick(f"Rechnung {n} abzgl. Bankspesen CHF {fmt_ch(fee)}", f"RE {n} SPESEN {fmt_ch(fee)} ZU IHREN LASTEN")
    elif lang == "fr":
        ref = f"Facture {n} frais bancaires {fmt_ch(fee)} deduits"
    else:
        ref = f"Fattura {n} spese bancarie {fmt_ch(fee)} dedotte"
    emit(ev, d, c, pay, cur, bank_name(c, 0.1), True, ref, None, "partial", [(inv, pay)], Decimal(0),
         {"invoice_id": inv["id"], "amount": s(fee), "reason": "bank charges deducted"}, [], lang,
         "bank charges deducted from the transfer",
         f"reference names invoice {n} ({s(amt)}) and states {cur} {s(fee)} charges deducted; {s(pay)} applied, the {s(fee)} gap is a short pay.",
         {"kind": "ref", "refs": {n}})
    return inv


def sc_deduction(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH"])
    amt = fresh_amount(c, cur, 1500, 20000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(15, 60)))
    ded = D(R.choice(["150.00", "238.00", "412.50", "95.20", "1190.00", "60.00", "320.00", "749.70"]))
    pay = amt - ded
    n = inv["number"]
    fa = fmt_for(c, cur)
    why, reason = R.choice([
        (f"abzgl. Gutschrift GS {R.randint(550000, 559999)} ({fa(ded)})", "credit note deducted by the customer"),
        (f"abzueglich {fa(ded)} fuer beschaedigte Lieferung LS {ls_no()}", "damaged delivery"),
        (f"Preisdifferenz lt. Angebot {fa(ded)} einbehalten", "price difference"),
        (f"Fracht {fa(ded)} nicht vereinbart, gekuerzt", "freight not agreed"),
        (f"Minderlieferung 2 Stk., {fa(ded)} abgezogen", "short delivery"),
    ])
    ref = f"RE {n} {why}"[:140]
    rem = None
    if R.random() < 0.5:
        rem = (f"Guten Tag,\n\nzur Rechnung {n} ueber {fa(amt)} {cur}: wir haben {fa(pay)} {cur} bezahlt. "
               f"Der Differenzbetrag von {fa(ded)} {cur} wurde einbehalten ({reason if False else why}).\n"
               f"Bitte um Gutschrift bzw. Klärung.\n\nMfG\n{pick('Einkauf', 'Buchhaltung', 'R. Kessel')}")
    emit(ev, d, c, pay, cur, bank_name(c), True, ref, rem, "partial", [(inv, pay)], Decimal(0),
         {"invoice_id": inv["id"], "amount": s(ded), "reason": reason}, [], "de",
         "customer deducts a disputed/credited amount",
         f"invoice {n} {s(amt)}, the customer states a deduction of {s(ded)} ({reason}); {s(pay)} applied and the rest is a short pay that opens a deduction case.",
         {"kind": "ref", "refs": {n}})
    return inv


SERIES = {}


def sc_instalment(ev, d):
    sid = ev.get("series")
    lang_ = None
    if sid is None or sid not in SERIES:
        c = pick_cust(["DE", "AT", "CH"])
        cur = c["currencies"][0]
        total = rand_amount(48000, 420000, Decimal(10))
        pre = D(total * Decimal(R.choice(["0", "0.3", "0.3", "0.2"])))
        inv = add_invoice(c, cur, total, d - timedelta(days=R.randint(30, 120)), terms=R.choice([30, 60, 90]),
                          balance=total - pre, book="MA")
        bal = BAL[inv["id"]]
        nrates = ev.get("nrates", R.choice([3, 4]))
        rate = (bal / nrates / 100).quantize(Decimal(1)) * 100
        if sid is not None:
            SERIES[sid] = {"inv": inv, "cust": c, "rate": D(rate), "k": 0, "nrates": nrates}
        st = {"inv": inv, "cust": c, "rate": D(rate), "k": 0, "nrates": nrates}
        if sid is not None:
            st = SERIES[sid]
    else:
        st = SERIES[sid]
    inv, c = st["inv"], st["cust"]
    cur = inv["currency"]
    st["k"] += 1
    k = st["k"]
    final = ev.get("final", False)
    n = inv["number"]
    fa = fmt_for(c, cur)
    if final:
        pay = BAL[inv["id"]]
    else:
        pay = st["rate"]
        assert pay < BAL[inv["id"]]
    if c["lang"] == "de":
        if final:
            ref = pick(f"Schlussrate Maschine {n}", f"{k}. und letzte Rate RE {n}", f"Restzahlung {n} lt. Ratenvereinbarung",
                       f"RE {n} RESTBETRAG")
        else:
            ref = pick(f"{k}. Rate RE {n} lt. Vereinbarung", f"Teilzahlung {k} zu {n}", f"Akonto {n} Bearbeitungszentrum",
                       f"RATE {k}/{st['nrates']} MASCHINE {n}", f"Teilzahlung Rechnung {n}, Rest folgt")
    else:
        ref = (f"Solde facture {n}" if final else f"Acompte {k} facture {n}") if c["lang"] == "fr" else \
            (f"Saldo fattura {n}" if final else f"Acconto {k} fattura {n}")
    if final:
        emit(ev, d, c, pay, cur, bank_name(c), True, ref, None, "applied", [(inv, pay)], Decimal(0), None, [],
             c["lang"], "final instalment closes a machine invoice",
             f"machine invoice {n}: earlier payments in this file left {s(pay)} open; this payment ({ref!r}) is exactly that remainder.",
             {"kind": "ref", "refs": {n}})
    else:
        emit(ev, d, c, pay, cur, bank_name(c), True, ref, None, "partial", [(inv, pay)], Decimal(0), None, [],
             c["lang"], "instalment / part payment on a machine invoice",
             f"reference names machine invoice {n} and says it is a part payment/instalment ({ref!r}); {s(pay)} applied, the rest stays open on purpose, no short pay.",
             {"kind": "ref", "refs": {n}})
    return inv


def sc_multi_skonto(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH"])
    invs = multi_invoices(c, cur, d, R.choice([2, 3, 4]), 300, 8000)
    sk_inv = invs[0]
    sk_inv["issue_date"] = d - timedelta(days=R.randint(2, 9))
    sk_inv["due_date"] = sk_inv["issue_date"] + timedelta(days=30)
    for i in invs[1:]:
        i["issue_date"] = d - timedelta(days=R.randint(25, 80))
        i["due_date"] = i["issue_date"] + timedelta(days=30)
    sk = skonto_of(BAL[sk_inv["id"]])
    lines = [(sk_inv, BAL[sk_inv["id"]], sk, BAL[sk_inv["id"]] - sk, "Skonto 2%")] + [(i, BAL[i["id"]], Decimal(0), BAL[i["id"]], None) for i in invs[1:]]
    R.shuffle(lines)
    tot = sum(x[3] for x in lines)
    rem, lang = advice_text(c, cur, lines, tot, d)
    apps = [(x[0], x[3]) for x in lines]
    emit(ev, d, c, tot, cur, bank_name(c), True, pick("LT. AVIS", f"Zahlungsavis {R.randint(100000, 999999)}", None), rem,
         "partial", apps, Decimal(0), {"invoice_id": sk_inv["id"], "amount": s(sk), "reason": "cash discount (Skonto 2%) deducted"},
         [], lang, "several invoices with advice, Skonto on one line",
         f"advice pays {len(invs)} invoices; {sk_inv['number']} (issued {(d - sk_inv['issue_date']).days} days before) less 2% Skonto {s(sk)}, the others in full; lines add up to the payment.",
         {"kind": "ref", "refs": {i["number"] for i in invs}})
    return invs


def sc_multi_part(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US"])
    invs = multi_invoices(c, cur, d, R.choice([2, 3]), 500, 9000)
    last = invs[-1]
    part = D((BAL[last["id"]] * Decimal("0.5") / 100).quantize(Decimal(1)) * 100)
    if part <= 0:
        part = D(100)
    lines = [(i, BAL[i["id"]], Decimal(0), BAL[i["id"]], None) for i in invs[:-1]]
    lab = {"de": "Teilzahlung, Rest folgt", "en": "partial, balance to follow", "fr": "acompte", "it": "acconto"}[c["lang"]]
    lines.append((last, BAL[last["id"]], Decimal(0), part, lab))
    tot = sum(x[3] for x in lines)
    rem, lang = advice_text(c, cur, lines, tot, d)
    emit(ev, d, c, tot, cur, bank_name(c), True, None, rem, "partial", [(x[0], x[3]) for x in lines], Decimal(0), None, [],
         lang, "several invoices with advice, one only part-paid (rest to follow)",
         f"advice pays {', '.join(i['number'] for i in invs[:-1])} in full and {s(part)} on {last['number']} marked as a part payment; nothing is deducted, so no short pay.",
         {"kind": "ref", "refs": {i["number"] for i in invs}})
    return invs


# ---- UNAPPLIED --------------------------------------------------------------
def sc_overpay(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US", "EU"])
    lang = c["lang"]
    v = R.random()
    if v < 0.4:
        total = fresh_amount(c, cur, 1000, 20000)
        bal = D(total * Decimal(R.choice(["0.5", "0.4", "0.7"])))
        inv = add_invoice(c, cur, total, d - timedelta(days=R.randint(40, 120)), balance=bal)
        pay = total
        why = f"pays the full invoice total {s(total)} although {s(total - bal)} was already paid before (balance {s(bal)})"
    elif v < 0.7:
        bal = fresh_amount(c, cur, 300, 9000)
        inv = add_invoice(c, cur, bal, d - timedelta(days=R.randint(40, 120)))
        fee = D(R.choice(["5.00", "10.00", "12.50", "15.00", "40.00"]))
        pay = bal + fee
        why = f"pays the balance {s(bal)} plus {s(fee)} dunning fee / interest that is not invoiced"
    else:
        bal = fresh_amount(c, cur, 300, 9000)
        inv = add_invoice(c, cur, bal, d - timedelta(days=R.randint(20, 90)))
        pay = D((bal / 100).quantize(Decimal(1), rounding="ROUND_UP") * 100)
        if pay == bal:
            pay += 100
        why = f"rounds {s(bal)} up to {s(pay)}"
    n = inv["number"]
    ex = pay - BAL[inv["id"]]
    fa = fmt_for(c, cur)
    if lang == "de":
        ref = pick(f"RE {n}", f"Rechnung {n} inkl. Mahngebuehr", f"Rg {n} vollstaendig", f"Re {n} + Verzugszinsen") if v >= 0.4 and v < 0.7 else pick(f"RE {n}", f"Rechnung {n}", f"RG-NR {n}")
    else:
        ref = single_ref(inv, c, lang, d)
    emit(ev, d, c, pay, cur, bank_name(c), True, ref, None, "unapplied", [(inv, BAL[inv["id"]])], ex, None, [], lang,
         "overpayment of a named invoice",
         f"reference names {n}; the customer {why}. Balance applied, remainder {s(ex)} held unapplied (matches no other open invoice).",
         {"kind": "ref", "refs": {n}, "excess": ex})
    return inv


def sc_duplicate(ev, d):
    orig = ev["orig"]["out"]
    op, apps, c = orig["payment"], orig["apps"], orig["cust"]
    inv = apps[0][0]
    amt = Decimal(op["amount"])
    ref = op["reference"]
    how = R.random()
    if how < 0.5:
        note_how = "the same transfer again (same reference and amount)"
    else:
        if c["lang"] == "de":
            ref = pick(f"RE {inv['number']} ", f"Rechnung {inv['number']} (Dauerauftrag)", f"ZAHLUNG RE {inv['number']}")
        note_how = "a second transfer for the same invoice"
    emit(ev, d, c, amt, op["currency"], op["payer_name"], True, ref, None, "unapplied", [], amt, None, [],
         c["lang"] if re.search(r"[A-Za-z]{4}", ref or "") else "none",
         "second payment of an invoice already paid earlier in this file",
         f"{note_how}: invoice {inv['number']} was closed by payment {op['id']} on {op['date']}; nothing of the customer's is open at {s(amt)}, so the whole amount is held unapplied on the customer's account.",
         {"kind": "dup", "refs": {inv["number"]}})


def sc_nofit(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "CHF", "US", "EU"])
    lang = c["lang"]
    op = open_of(c, cur)
    bals = {BAL[i["id"]] for i in op}
    while True:
        amt = rand_amount(300, 40000, Decimal(R.choice([1, 10, 100])) if R.random() < 0.6 else None)
        if amt not in bals and not pair_sums(op, amt) and amt not in RESERVED_AMOUNTS:
            break
    v = R.random()
    if v < 0.55:
        if lang == "de":
            ref = pick(f"Vorauszahlung {ab_no()}", f"Anzahlung lt. AB {R.randint(710000, 749999)} Drehzentrum",
                       f"Vorkasse Bestellung {po_no(c)}", f"Vorauskasse Angebot AN-{R.randint(25000, 25999)}")
        elif lang == "fr":
            ref = f"Acompte commande {po_no(c)}"
        else:
            ref = pick(f"PREPAYMENT PO {R.randint(100000, 999999)}", f"Deposit order confirmation {R.randint(710000, 749999)}")
        why = "a prepayment/deposit for an order that is not invoiced yet"
    else:
        while True:
            fake = new_number(book_of(c, cur))  # an invoice closed before this ledger: not open
            if not any(near(i["number"], fake) for i in BY_CUST.get(c["id"], [])):
                break
        ref = single_ref({"number": fake, "issue_date": d - timedelta(days=R.randint(60, 200))}, c, lang, d)
        why = f"it names invoice {fake}, which is not open (paid or closed before this ledger)"
    emit(ev, d, c, amt, cur, bank_name(c), True, ref, None, "unapplied", [], amt, None, [],
         lang, "known customer, payment fits no open invoice",
         f"the bank identifies the customer; {why}; {s(amt)} equals no open invoice or pair of invoices of the customer, so it is held unapplied on the account.",
         {"kind": "nofit"})


def sc_overpay_multi(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US"])
    invs = multi_invoices(c, cur, d, R.choice([2, 3]), 300, 8000)
    tot = sum(BAL[i["id"]] for i in invs)
    ex = D(R.choice(["100.00", "250.00", "500.00", "1000.00", "37.80"]))
    pay = tot + ex
    extra = {"de": pick("Differenz bitte mit naechster Rechnung verrechnen.", "Restbetrag als Guthaben fuer kommende Lieferung."),
             "en": "Remaining amount as credit on account.", "fr": "Le solde est à porter en crédit de notre compte.",
             "it": "Il residuo a credito."}[c["lang"]]
    rem, lang = advice_text(c, cur, [(i, BAL[i["id"]], Decimal(0), BAL[i["id"]], None) for i in invs], pay, d, extra=extra)
    emit(ev, d, c, pay, cur, bank_name(c), True, None, rem, "unapplied", [(i, BAL[i["id"]]) for i in invs], ex, None, [],
         lang, "advice pays several invoices and sends extra as credit",
         f"advice lists {', '.join(i['number'] for i in invs)} in full and says the surplus is credit; remainder {s(ex)} held unapplied.",
         {"kind": "ref", "refs": {i["number"] for i in invs}, "excess": ex})


# ---- REVIEW ---------------------------------------------------------------
def pair_sums(op, amt):
    res = []
    for a in range(len(op)):
        for b in range(a + 1, len(op)):
            if BAL[op[a]["id"]] + BAL[op[b]["id"]] == amt:
                res.append([op[a], op[b]])
    return res


def all_open_matching(cur, amt, d):
    return sorted([i for i in INVOICES if i["currency"] == cur and BAL[i["id"]] == amt and i["issue_date"] <= d],
                  key=lambda i: i["due_date"])


def sc_unknown(ev, d):
    cur = R.choice(["EUR", "EUR", "EUR", "CHF", "USD"])
    payer = UNKNOWN_PAYERS[ev["k"] % len(UNKNOWN_PAYERS)]
    v = R.random()
    if v < 0.5:
        while True:
            amt = rand_amount(50, 6000)
            if not all_open_matching(cur, amt, d):
                break
        cands = []
    else:
        # a single invoice somewhere happens to have that amount
        tgt = R.choice([i for i in INVOICES if i["currency"] == cur and BAL[i["id"]] > 0 and i["issue_date"] <= d])
        amt = BAL[tgt["id"]]
        cands = [[i] for i in all_open_matching(cur, amt, d)]
    ref = pick(None, "Rechnung", "Zahlung", "Ueberweisung", "Reparatur", "Ersatzteil lt. Telefonat", "Ihre Rechnung vom Oktober",
               "Bezahlung", "Facture", "Danke")
    emit(ev, d, None, amt, cur, payer, False, ref, None, "review", [], amt, None, cands, "de" if ref and ref not in ("Facture",) else ("fr" if ref else "none"),
         "payer unknown, no usable reference",
         f"no customer_id, payer '{payer}' matches no customer name, the text names no invoice"
         + (f"; {s(amt)} happens to equal {len(cands)} open invoice(s), listed as candidates but not safe to apply." if cands else "; the amount matches no open invoice."),
         {"kind": "unknown"})


def sc_same_amount_same_cust(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "CHF", "US"])
    amt = fresh_amount(c, cur, 200, 9000)
    i1 = add_invoice(c, cur, amt, d - timedelta(days=R.randint(40, 80)))
    i2 = add_invoice(c, cur, amt, d - timedelta(days=R.randint(8, 35)))
    lang = c["lang"]
    ref = {"de": pick("Ersatzteile Spindel", "Wartung", f"Lieferung LS {ls_no()}", f"Bestellung {po_no(c)}", "Kugelgewindetrieb", None),
           "en": pick("SPARE PARTS", f"PO {R.randint(10000, 99999)}", None), "fr": "Pieces de rechange", "it": "Ricambi"}[lang]
    cs = sorted([i1, i2], key=lambda i: i["due_date"])
    emit(ev, d, c, amt, cur, bank_name(c), True, ref, None, "review", [], amt, None, [[cs[0]], [cs[1]]],
         lang if ref else "none", "two open invoices of the customer with the same amount, no invoice number",
         f"{s(amt)} matches both {cs[0]['number']} and {cs[1]['number']} of the same customer; the text does not say which (older due date listed first).",
         {"kind": "review_amount"})


def sc_same_amount_cross(ev, d):
    flat = FLAT_RATES[ev["flat"]]
    cs = []
    for reg in ["DE", "AT", "DE", "AT", "DE"][:R.choice([2, 3, 4])]:
        for _ in range(20):
            c = pick_cust([reg], cur="EUR")
            if c not in cs and not any(BAL[i["id"]] == flat for i in BY_CUST.get(c["id"], [])):
                cs.append(c)
                break
    for c in cs:
        add_invoice(c, "EUR", flat, d - timedelta(days=R.randint(15, 70)))
    cands = all_open_matching("EUR", flat, d)
    payer = pick("SAMMLER MASCHINENSERVICE", "Hausverwaltung Feldkirch", "T. GSCHWENDTNER", "Wartungsgemeinschaft Ostalb",
                 "EINZUG SAMMELAUFTRAG", "Konto 4471 Hauptkasse", "Betriebsrat Obermeier", "Ingrid Zoellner")
    ref = pick("Wartungspauschale", "Wartung 2025", "Pauschale Service", "Jahreswartung lt. Vertrag", None)
    emit(ev, d, None, flat, "EUR", payer, False, ref, None, "review", [], flat, None, [[i] for i in cands],
         "de" if ref else "none", "flat-rate amount owed by several customers, payer not identifiable",
         f"{s(flat)} is open for {len(cands)} different customers; no customer_id, the payer name fits none of them, no invoice number.",
         {"kind": "unknown"})


def sc_typo_collision(ev, d):
    c, cur = cust_cur(["DE", "AT"])
    amt = fresh_amount(c, cur, 400, 9000)
    inv = add_invoice(c, cur, amt, d - timedelta(days=R.randint(15, 60)))
    # another open invoice of the same customer whose number is one keystroke away
    for _ in range(100):
        t = typo_of(inv["number"])
        if len(t) == len(inv["number"]):
            break
    USED_NUMBERS.add(t)
    amt2 = fresh_amount(c, cur, 400, 9000, avoid={amt})
    other = add_invoice(c, cur, amt2, d - timedelta(days=R.randint(15, 60)))
    other["number"] = t
    ref = pick(f"RE {t}", f"Rechnung {t}", f"RG-NR. {t}")
    emit(ev, d, c, amt, cur, bank_name(c), True, ref, None, "review", [], amt, None, [[inv], [other]], "de",
         "reference names one open invoice, amount fits another (likely typo)",
         f"the reference names {t} (open, balance {s(amt2)}) but the amount {s(amt)} is exactly {inv['number']}, one keystroke away; conflicting evidence, so review.",
         {"kind": "review_conflict", "refs": {t}})


def sc_advice_mismatch(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US"])
    invs = multi_invoices(c, cur, d, R.choice([2, 3]), 400, 9000)
    tot = sum(BAL[i["id"]] for i in invs)
    diff = D(R.choice(["500.00", "1000.00", "73.40", "250.00", "1200.00"]))
    if diff >= min(BAL[i["id"]] for i in invs):
        diff = D("73.40")
    pay = tot - diff
    rem, lang = advice_text(c, cur, [(i, BAL[i["id"]], Decimal(0), BAL[i["id"]], None) for i in invs], tot, d)
    emit(ev, d, c, pay, cur, bank_name(c), True, None, rem, "review", [], pay, None, [invs], lang,
         "advice total differs from the amount received",
         f"advice lists {', '.join(i['number'] for i in invs)} totalling {s(tot)} but {s(pay)} arrived; no deduction is explained, so it is unclear which invoice is short.",
         {"kind": "review_conflict", "refs": {i["number"] for i in invs}})


def sc_combo(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US", "EU"])
    a = fresh_amount(c, cur, 300, 4000)
    b = fresh_amount(c, cur, 300, 4000, avoid={a})
    i1 = add_invoice(c, cur, a, d - timedelta(days=R.randint(20, 70)))
    i2 = add_invoice(c, cur, b, d - timedelta(days=R.randint(20, 70)))
    if R.random() < 0.5:
        i3 = add_invoice(c, cur, a + b, d - timedelta(days=R.randint(20, 70)))
        sets = [[i3], [i1, i2]]
        why = f"{s(a + b)} equals invoice {i3['number']} alone and also {i1['number']} + {i2['number']}"
    else:
        x = fresh_amount(c, cur, 100, 250, avoid={a, b})
        y = a + b - x
        i3 = add_invoice(c, cur, x, d - timedelta(days=R.randint(20, 70)))
        i4 = add_invoice(c, cur, y, d - timedelta(days=R.randint(20, 70)))
        sets = [[i1, i2], [i3, i4]]
        why = f"{s(a + b)} equals {i1['number']} + {i2['number']} and also {i3['number']} + {i4['number']}"
    lang = c["lang"]
    ref = {"de": pick("Sammelzahlung", "Rechnungen September", None, "Ausgleich"), "en": pick("PAYMENT", None),
           "fr": "Paiement", "it": "Pagamento"}[lang]
    emit(ev, d, c, a + b, cur, bank_name(c), True, ref, None, "review", [], a + b, None, sets, lang if ref else "none",
         "several invoice combinations fit the amount, no advice", why + "; no invoice numbers, so not sure.",
         {"kind": "review_amount"})


def sc_name_ambig(ev, d):
    flat = rand_amount(300, 5000)
    while flat in RESERVED_AMOUNTS:
        flat = rand_amount(300, 5000)
    RESERVED_AMOUNTS.add(flat)
    sur = ["Kappeler", "Wanninger", "Obrecht", "Zeilhofer", "Tröndle", "Häberle", "Pfänder", "Würtele"][ev["k"]]
    act = R.choice(["Formenbau", "Werkzeugbau", "Drehteile", "Maschinenbau"])
    reg = R.choice(["DE", "AT"])
    c1 = {"id": None, "name": f"{sur} {act} GmbH", "region": reg}
    c2 = {"id": None, "name": f"{sur} {act} GmbH & Co. KG", "region": "DE"}
    made = []
    for cc in (c1, c2):
        while True:
            no = R.randint(200000, 299999)
            if f"D{no}" not in CUST_BY_ID:
                break
        cu = {"id": f"D{no}", "no": no, "name": cc["name"], "core": norm_name(cc["name"]), "region": cc["region"], "lang": "de",
              "city": R.choice(CITY["DE"]), "currencies": ["EUR"], "locked": True}
        CUSTS.append(cu)
        CUST_BY_ID[cu["id"]] = cu
        made.append(cu)
        for _ in range(R.randint(1, 3)):
            add_invoice(cu, "EUR", fresh_amount(cu, "EUR", 100, 8000, avoid={flat}), d - timedelta(days=R.randint(20, 150)))
    invs = [add_invoice(cu, "EUR", flat, d - timedelta(days=R.randint(10, 60))) for cu in made]
    payer = translit(f"{sur} {act}").upper()
    ref = pick("Wartung Oktober", "Ersatzteile", "Service", None)
    emit(ev, d, None, flat, "EUR", payer, False, ref, None, "review", [], flat, None, [[i] for i in sorted(invs, key=lambda i: i["due_date"])],
         "de" if ref else "none", "payer name fits two customers, amount fits both",
         f"payer '{payer}' (legal form cut off, no customer_id) fits both {made[0]['name']} and {made[1]['name']}; each has one open invoice of {s(flat)}.",
         {"kind": "review_amount"})


def sc_two_refs_short(ev, d):
    c, cur = cust_cur(["DE", "AT", "CH", "US"])
    invs = multi_invoices(c, cur, d, 2, 600, 9000)
    tot = sum(BAL[i["id"]] for i in invs)
    short = D(R.choice(["210.00", "87.35", "400.00", "149.90", "55.00"]))
    pay = tot - short
    ref = join_numbers([i["number"] for i in invs], c["lang"])
    emit(ev, d, c, pay, cur, bank_name(c), True, ref, None, "review", [], pay, None, [invs], c["lang"],
         "two invoices named, amount short of their sum without explanation",
         f"reference names {invs[0]['number']} and {invs[1]['number']} ({s(tot)} together) but {s(pay)} arrived with no reason given; which invoice is short (and whether it is a deduction) is unknown.",
         {"kind": "review_conflict", "refs": {i["number"] for i in invs}})


# ------------------------------------------------------------------ plan
def plan():
    evs = []

    def add(kind, n, **kw):
        out = []
        for k in range(n):
            e = {"kind": kind, "k": k}
            e.update(kw)
            evs.append(e)
            out.append(e)
        return out

    a1 = add("ref_exact", 43)
    a2 = add("qrr", 14)
    add("scor", 10)
    a4 = add("at_zref", 12)
    add("amount_only", 20)
    add("name_only", 15)
    add("multi_ref", 18)
    add("multi_advice", 18)
    add("all_open", 8)
    add("typo", 10)
    add("cut140", 10)
    add("third_party", 8)
    a14 = add("usd", 8)
    for k in range(6):
        evs.append({"kind": "same_amount_known", "k": k, "flat": k})
    add("skonto", 22)
    add("skonto_late", 4)
    add("bank_charges", 10)
    add("deduction", 8)
    for sid in range(8):
        evs.append({"kind": "instalment", "series": sid, "seq": 0, "nrates": 3})
        evs.append({"kind": "instalment", "series": sid, "seq": 1})
        evs.append({"kind": "instalment", "series": sid, "seq": 2, "final": True})
    add("instalment", 4)
    add("multi_skonto", 6)
    add("multi_part", 5)
    add("overpay", 14)
    origs = (a1[:6] + a2[:3] + a4[:3] + a14[:2])
    for k, o in enumerate(origs):
        evs.append({"kind": "duplicate", "k": k, "orig": o})
    add("nofit", 18)
    add("overpay_multi", 5)
    add("unknown", 12)
    add("same_amount_same_cust", 12)
    for k in range(10):
        evs.append({"kind": "same_amount_cross", "k": k, "flat": 6 + k})
    add("typo_collision", 6)
    add("advice_mismatch", 6)
    add("combo", 8)
    add("name_ambig", 6)
    add("two_refs_short", 6)
    R.shuffle(evs)
    # ordering constraints: a series in seq order, a duplicate after its original,
    # the "known" use of a flat rate before the unknown-payer cross cases of the same rate? (independent)
    pos = {id(e): i for i, e in enumerate(evs)}
    for sid in range(8):
        ser = [e for e in evs if e["kind"] == "instalment" and e.get("series") == sid]
        slots = sorted(pos[id(e)] for e in ser)
        ser.sort(key=lambda e: e["seq"])
        for e, sl in zip(ser, slots):
            evs[sl] = e
    pos = {id(e): i for i, e in enumerate(evs)}
    for e in [x for x in evs if x["kind"] == "duplicate"]:
        pe, po = pos[id(e)], pos[id(e["orig"])]
        if pe < po:
            evs[pe], evs[po] = evs[po], evs[pe]
            pos = {id(x): i for i, x in enumerate(evs)}
    # flat rates: cross-customer review cases use rates 6..11, known-customer cases 0..5: disjoint
    return evs


HANDLERS = {"ref_exact": sc_ref_exact, "qrr": sc_qrr, "scor": sc_scor, "at_zref": sc_at_zref,
            "amount_only": sc_amount_only, "name_only": sc_name_only, "multi_ref": sc_multi_ref,
            "multi_advice": sc_multi_advice, "all_open": sc_all_open, "typo": sc_typo, "cut140": sc_cut140,
            "third_party": sc_third_party, "usd": sc_usd, "same_amount_known": sc_same_amount_known,
            "skonto": sc_skonto, "skonto_late": lambda e, d: sc_skonto(e, d, late=True),
            "bank_charges": sc_bank_charges, "deduction": sc_deduction, "instalment": sc_instalment,
            "multi_skonto": sc_multi_skonto, "multi_part": sc_multi_part, "overpay": sc_overpay,
            "duplicate": sc_duplicate, "nofit": sc_nofit, "overpay_multi": sc_overpay_multi,
            "unknown": sc_unknown, "same_amount_same_cust": sc_same_amount_same_cust,
            "same_amount_cross": sc_same_amount_cross, "typo_collision": sc_typo_collision,
            "advice_mismatch": sc_advice_mismatch, "combo": sc_combo, "name_ambig": sc_name_ambig,
            "two_refs_short": sc_two_refs_short}
TOUCHED = set()


def business_days(start, n):
    out, d = [], start
    while len(out) < n:
        if d.weekday() < 5 and d not in (date(2025, 12, 8),):
            out.append(d)
        d += timedelta(days=1)
    return out


# ------------------------------------------------------------------ verification
NUM_RE = re.compile(r"(?<![0-9])(9[1-4][0-9]{6})(?![0-9])|(MA25-[0-9]{4})")


def text_numbers(p):
    """invoice numbers a careful reader finds in the payment's texts"""
    out = set()
    for t in (p["reference"], p["remittance"]):
        if not t:
            continue
        for m in NUM_RE.finditer(t):
            out.add(m.group(1) or m.group(2))
        for m in re.finditer(r"(?<![0-9])([0-9]{27})(?![0-9])", t.replace(" ", "")):
            out.add(m.group(1)[18:26])
        for m in re.finditer(r"RF[0-9]{2}([A-Z0-9]+)", t.replace(" ", "")):
            body = m.group(1)
            if body.startswith("MA25"):
                out.add("MA25-" + body[4:8])
            else:
                out.add(body[:8])
        for m in re.finditer(r"(?<![0-9])[0-9]{6}(9[1-4][0-9]{6})(?![0-9])", t):
            out.add(m.group(1))
    return out


def verify(invoices, payments, labels, checks):
    inv_by_id = {i["id"]: i for i in invoices}
    num_to_inv = {}
    for i in invoices:
        assert i["number"] not in num_to_inv, i["number"]
        num_to_inv[i["number"]] = i
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    by_c = {}
    for i in invoices:
        by_c.setdefault(i["customer_id"], []).append(i)
    cust_names = {}
    for i in invoices:
        cust_names[i["customer_id"]] = i["customer_name"]
    norm = {cid: norm_name(n) for cid, n in cust_names.items()}
    ids = set()
    prev_date = ""
    stats = {}
    for p, lab, ck in zip(payments, labels, checks):
        assert p["id"] == lab["payment_id"] and p["id"] not in ids
        ids.add(p["id"])
        assert p["date"] >= prev_date
        prev_date = p["date"]
        amt = Decimal(p["amount"])
        assert amt > 0
        cur = p["currency"]
        if p["reference"] and cur == "EUR":
            assert len(p["reference"]) <= 140, p["reference"]
        apps = [(inv_by_id[a["invoice_id"]], Decimal(a["amount"])) for a in lab["applications"]]
        st = lab["status"]
        assert sum((a for _, a in apps), Decimal(0)) + Decimal(lab["unapplied"]) == amt, lab
        for inv, a in apps:
            assert inv["currency"] == cur and a > 0 and a <= bal[inv["id"]], (lab, inv)
            assert inv["issue_date"] <= date.fromisoformat(p["date"]), (lab, inv)
        cid = p["customer_id"] or (apps[0][0]["customer_id"] if apps else None)
        if st == "applied":
            assert lab["short_pay"] is None and Decimal(lab["unapplied"]) == 0 and apps and not lab["candidates"]
            for inv, a in apps:
                assert a == bal[inv["id"]], lab
        elif st == "partial":
            assert Decimal(lab["unapplied"]) == 0 and apps and not lab["candidates"]
            assert any(a < bal[inv["id"]] for inv, a in apps)
            if lab["short_pay"]:
                sp = lab["short_pay"]
                inv = inv_by_id[sp["invoice_id"]]
                a = dict((i["id"], x) for i, x in apps)[inv["id"]]
                assert bal[inv["id"]] - a == Decimal(sp["amount"]), lab
        elif st == "unapplied":
            assert Decimal(lab["unapplied"]) > 0 and lab["short_pay"] is None and not lab["candidates"]
            for inv, a in apps:
                assert a == bal[inv["id"]]
            assert cid, lab
        elif st == "review":
            assert not apps and Decimal(lab["unapplied"]) == amt and lab["short_pay"] is None
            for cs in lab["candidates"]:
                for iid in cs:
                    assert inv_by_id[iid]["currency"] == cur and bal[iid] > 0
        # open invoices of the customer at this point
        op = [i for i in by_c.get(cid, []) if i["currency"] == cur and bal[i["id"]] > 0] if cid else []
        found = text_numbers(p)
        open_found = {n for n in found if n in num_to_inv and bal[num_to_inv[n]["id"]] > 0}
        kind = ck["kind"]
        if kind in ("ref",):
            assert open_found == ck["refs"], (lab["scenario"], open_found, ck["refs"], p)
            if ck.get("cut_inv"):
                frag = re.split(r"[ ,/+]+", p["reference"])[-1]
                rest = amt - sum(bal[num_to_inv[n]["id"]] for n in ck["refs"])
                m = [i for i in op if i["number"].startswith(frag) and bal[i["id"]] == rest]
                assert len(m) == 1 and m[0]["number"] == ck["cut_inv"]
            if "excess" in ck:
                ex = ck["excess"]
                op_after = [i for i in op if i["id"] not in {x.get("invoice_id") for x in lab["applications"]}]
                assert all(bal[i["id"]] != ex for i in op_after), lab
                assert not pair_sums_v(op_after, ex, bal)
            if st == "partial":
                others = [i for i in op if i["id"] not in {x["invoice_id"] for x in lab["applications"]}]
                assert all(bal[i["id"]] != amt for i in others), lab
        elif kind == "amount":
            assert not open_found - ck.get("trap", set()), (lab, open_found)
            for t in ck.get("trap", set()):
                assert num_to_inv[t]["customer_id"] != cid and bal[num_to_inv[t]["id"]] != amt
            m = [i for i in op if bal[i["id"]] == amt]
            assert len(m) == 1 and m[0]["id"] == apps[0][0]["id"], (lab, m)
            assert not pair_sums_v(op, amt, bal), lab
            if ck.get("typo"):
                assert ck["typo"] not in num_to_inv
                near_ones = [i for i in op if near(i["number"], ck["typo"])]
                assert [i["id"] for i in near_ones] == [apps[0][0]["id"]], (lab, near_ones)
        elif kind == "all_open":
            assert not open_found
            assert {i["id"] for i in op} == {i["id"] for i, _ in apps}, lab
            assert all(i["issue_date"] <= date.fromisoformat(p["date"]) for i in op)
        elif kind == "dup":
            assert open_found == set(), (lab, open_found)
            assert all(bal[i["id"]] != amt for i in op)
            assert not pair_sums_v(op, amt, bal)
        elif kind == "nofit":
            assert not open_found
            for m in re.finditer(r"(?<![0-9])9[1-4][0-9]{6}(?![0-9])", p["reference"] or ""):
                assert not any(near(i["number"], m.group(0)) for i in op), (lab, m.group(0))
            assert all(bal[i["id"]] != amt for i in op), lab
            assert not pair_sums_v(op, amt, bal)
        elif kind == "unknown":
            assert not open_found and p["customer_id"] is None
            pn = norm_name(p["payer_name"])
            for cid2, nn in norm.items():
                toks = [t for t in nn.split() if len(t) > 3 and t not in ("GMBH", "SERVICE", "MASCHINENSERVICE")]
                assert not any(t in pn.split() for t in toks), (p["payer_name"], nn)
            exp = sorted([i["id"] for i in invoices if i["currency"] == cur and bal[i["id"]] == amt
                          and i["issue_date"] <= date.fromisoformat(p["date"])])
            assert sorted(x for cs in lab["candidates"] for x in cs) == exp, (lab, exp)
        elif kind == "review_amount":
            assert not open_found
            assert len(lab["candidates"]) >= 2
            for cs in lab["candidates"]:
                assert sum(bal[x] for x in cs) == amt
        elif kind == "review_conflict":
            assert open_found == ck["refs"], (lab, open_found)
        # name check when the bank gives no customer id but something is applied
        if p["customer_id"] is None and apps and kind == "ref" and not ck.get("third"):
            pn = norm_name(p["payer_name"])
            own = norm_name(cust_names[apps[0][0]["customer_id"]])
            assert pn[:12] == own[:12], (pn, own)
        # payer names must not point at another customer by accident when customer_id is null
        for inv, a in apps:
            bal[inv["id"]] -= a
        stats[st] = stats.get(st, 0) + 1
    return stats


def near(a, b):
    """Levenshtein distance <= 2"""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def pair_sums_v(op, amt, bal):
    for a in range(len(op)):
        for b in range(a + 1, len(op)):
            if bal[op[a]["id"]] + bal[op[b]["id"]] == amt:
                return True
    return False


# ------------------------------------------------------------------ output
def inv_json(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": s(i["total"]), "balance": s(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def write(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_bad_input(invoices_json):
    """A small separate ledger: valid payments interleaved with malformed ones."""
    rb = random.Random(SEED + 1)
    # pick 8 untouched invoices of 8 different customers from the main ledger
    pool = [i for i in invoices_json]
    rb.shuffle(pool)
    seen, chosen = set(), []
    for i in pool:
        if i["customer_id"] not in seen and i["currency"] in ("EUR", "CHF") and i["issue_date"] <= "2025-11-07":
            seen.add(i["customer_id"])
            chosen.append(i)
        if len(chosen) == 8:
            break
    invs = []
    for i in chosen:
        invs.extend(x for x in invoices_json if x["customer_id"] == i["customer_id"])
    invs.sort(key=lambda x: x["id"])
    good = []
    for i in chosen:
        others = [x for x in invs if x["customer_id"] == i["customer_id"] and x["currency"] == i["currency"] and x["id"] != i["id"]]
        if any(x["balance"] == i["balance"] for x in others):
            continue
        good.append(i)
    good = good[:7]
    bad_specs = [
        ("negative amount", {"amount": "-1250.00"}),
        ("amount in German notation, not a decimal string", {"amount": "1.250,00"}),
        ("zero amount", {"amount": "0.00"}),
        ("currency missing (null)", {"currency": None}),
        ("currency not an ISO 4217 code", {"currency": "EURO"}),
        ("impossible calendar date", {"date": "2025-11-31"}),
        ("amount key missing", {"amount": "__DROP__"}),
        ("amount is NaN", {"amount": "NaN"}),
        ("amount empty string", {"amount": ""}),
        ("date not ISO (dd.mm.yyyy)", {"date": "14.11.2025"}),
    ]
    days = business_days(date(2025, 11, 10), 20)
    items = [("good", g) for g in good] + [("bad", b) for b in bad_specs]
    rb.shuffle(items)
    pays, labs = [], []
    used = set()
    for k, (t, x) in enumerate(items):
        while True:
            pid = f"p-{rb.randint(100000, 999999)}"
            if pid not in used and pid not in USED_PAY_IDS:
                used.add(pid)
                break
        d = days[k].isoformat()
        if t == "good":
            i = x
            p = {"id": pid, "date": d, "amount": i["balance"], "currency": i["currency"],
                 "payer_name": translit(i["customer_name"]).upper()[:35], "customer_id": i["customer_id"],
                 "reference": f"RE {i['number']}", "remittance": None}
            lab = {"payment_id": pid, "status": "applied", "applications": [{"invoice_id": i["id"], "amount": i["balance"]}],
                   "unapplied": "0.00", "short_pay": None, "candidates": [], "reason": "valid payment between malformed ones",
                   "scenario": "valid payment between malformed ones",
                   "note": f"[APPLIED, de] reference names {i['number']} and the amount equals its balance; must be processed normally even though other payments in the file are malformed."}
        else:
            why, patch = x
            c = rb.choice(chosen)
            p = {"id": pid, "date": d, "amount": "1250.00", "currency": c["currency"],
                 "payer_name": translit(c["customer_name"]).upper()[:35], "customer_id": c["customer_id"],
                 "reference": f"Zahlung {rb.randint(1000, 9999)}", "remittance": None}
            for kk, v in patch.items():
                if v == "__DROP__":
                    del p[kk]
                else:
                    p[kk] = v
            lab = {"payment_id": pid, "status": "error", "applications": [], "unapplied": None, "short_pay": None,
                   "candidates": [], "error": why, "reason": why, "scenario": "malformed payment record",
                   "note": f"[ERROR, none] {why}: the record breaks the input format of the contract (amounts are decimal strings, currency ISO, ISO dates); it must be rejected on its own, nothing applied, and the batch must go on."}
        pays.append(p)
        labs.append(lab)
    return invs, pays, labs


def main():
    global CUSTS
    CUSTS = make_customers()
    for c in CUSTS:
        CUST_BY_ID[c["id"]] = c
    background()
    evs = plan()
    days = business_days(PAY_START, 35)
    per = [days[min(len(days) - 1, k * len(days) // len(evs))] for k in range(len(evs))]
    for ev, d in zip(evs, per):
        r = HANDLERS[ev["kind"]](ev, d)
        if ev["kind"] not in ("duplicate",):
            for x in (r if isinstance(r, list) else [r] if r else []):
                TOUCHED.add(x["id"])
    # background invoices issued after a payment's date are fine; ensure ids in the JSON are in random order
    inv_out = [inv_json(i) for i in INVOICES]
    R.shuffle(inv_out)
    stats = verify(INVOICES, PAYMENTS, LABELS, CHECKS)
    out = os.path.join(HERE, "ledger")
    write(os.path.join(out, "invoices.json"), inv_out)
    write(os.path.join(out, "payments.json"), PAYMENTS)
    write(os.path.join(out, "labels.json"), LABELS)
    binv, bpay, blab = build_bad_input(inv_out)
    out2 = os.path.join(HERE, "bad_input")
    write(os.path.join(out2, "invoices.json"), binv)
    write(os.path.join(out2, "payments.json"), bpay)
    write(os.path.join(out2, "labels.json"), blab)
    scen = {}
    for l in LABELS:
        scen[(l["status"], l["scenario"])] = scen.get((l["status"], l["scenario"]), 0) + 1
    langs = {}
    for l in LABELS:
        lg = l["note"].split(",")[1].split("]")[0].strip()
        langs[lg] = langs.get(lg, 0) + 1
    print("invoices", len(inv_out), "customers", len({i["customer_id"] for i in inv_out}), "payments", len(PAYMENTS))
    print("status", stats)
    print("langs", langs)
    print("currencies", {c: sum(1 for p in PAYMENTS if p["currency"] == c) for c in ("EUR", "CHF", "USD")})
    for k in sorted(scen):
        print(f"  {k[0]:<10} {scen[k]:>3}  {k[1]}")
    print("bad_input", len(bpay), sum(1 for l in blab if l["status"] == "error"), "errors")


if __name__ == "__main__":
    main()
