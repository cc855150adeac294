#!/usr/bin/env python3
"""Blind cash-application test set: ledger `nordic_swiss_medtech`.

Made-up medical-devices distributor "Nordalp Medtech" with entities in
Switzerland (AG), Sweden (AB), Denmark (A/S) and Norway (AS).
Deterministic (seed 321), stdlib only.  Writes nordic_swiss_medtech/*.json
and README.md next to this file.
"""
import json, os, random, calendar, itertools, unicodedata
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

SEED = 321
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "nordic_swiss_medtech"
OUT = os.path.join(HERE, LEDGER)
D0 = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


# ---------------------------------------------------------------- checksums
def mod10_recursive(digits):
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in digits:
        carry = table[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def mod11_digit(payload):
    total, w = 0, 2
    for ch in reversed(payload):
        total += int(ch) * w
        w = 2 if w == 7 else w + 1
    r = 11 - total % 11
    return "0" if r == 11 else ("-" if r == 10 else str(r))


def rf_ref(body):
    conv = "".join(str(int(c, 36)) for c in (body + "RF00"))
    return "RF%02d%s" % (98 - int(conv) % 97, body)


def qrr(cust5, inv6):
    base = ("%s0%s" % (cust5, inv6)).zfill(26)
    return base + mod10_recursive(base)


def qrr_fmt(ref):
    return ref[:2] + " " + " ".join(ref[i:i + 5] for i in range(2, 27, 5))


def ocr(cust5, inv6, with_len):
    if with_len:
        payload = cust5 + inv6
        ln = str((len(payload) + 2) % 10)
        return payload + ln + luhn_digit(payload + ln)
    return inv6 + luhn_digit(inv6)


def fik71(cust5, inv6):
    payload = ("%s000%s" % (cust5, inv6)).zfill(14)
    return payload + luhn_digit(payload)


def kid(cust5, inv6, m11=False):
    payload = cust5 + inv6
    if m11:
        d = mod11_digit(payload)
        if d != "-":
            return payload + d
    return payload + luhn_digit(payload)


# ---------------------------------------------------------------- number formats
def fmt_amount(x, lang, cur=None):
    x = q(x)
    neg = x < 0
    whole, frac = str(abs(x)).split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    if lang in ("de-CH", "it-CH"):
        t = "'".join(groups) + "." + frac
    elif lang == "fr-CH":
        t = "\u202f".join(groups) + "." + frac if R.random() < 0.5 else " ".join(groups) + "." + frac
    elif lang in ("sv", "nb"):
        t = " ".join(groups) + "," + frac
    elif lang == "da":
        t = ".".join(groups) + "," + frac
    else:
        t = ",".join(groups) + "." + frac
    return ("-" if neg else "") + t


def fmt_cur_amount(x, lang, cur):
    a = fmt_amount(x, lang)
    if cur in ("SEK", "NOK", "DKK") and lang in ("sv", "nb", "da"):
        return R.choice(["%s kr" % a, "%s %s" % (a, cur), "kr %s" % a if lang != "sv" else "%s SEK" % a])
    return "%s %s" % (cur, a)


def fmt_date(d, lang):
    if lang in ("de-CH", "fr-CH", "it-CH"):
        return d.strftime("%d.%m.%Y")
    if lang == "da":
        return d.strftime("%d-%m-%Y")
    if lang == "nb":
        return d.strftime("%d.%m.%Y")
    if lang == "sv":
        return d.isoformat()
    return d.strftime("%d %b %Y")


def ascii_fold(t):
    t = t.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


# ---------------------------------------------------------------- customers
# (country, lang, type, currency, official name)
CUSTOMER_SPECS = [
    # Switzerland, CHF
    ("CH", "de-CH", "hospital", "CHF", "Kantonsspital Limmatfeld AG, Finanzen und Betriebswirtschaft, Kreditorenbuchhaltung"),
    ("CH", "de-CH", "hospital", "CHF", "Spital Tannegg AG"),
    ("CH", "de-CH", "hospital", "CHF", "Spitalverbund Rheinhalden-Wolfsmatt, Zentraler Einkauf und Logistik"),
    ("CH", "de-CH", "hospital", "CHF", "Psychiatrische Dienste Seewinkel, Finanz- und Rechnungswesen"),
    ("CH", "fr-CH", "hospital", "CHF", "Hôpital régional du Val-de-Brume, Service des achats et de la comptabilité fournisseurs"),
    ("CH", "fr-CH", "hospital", "CHF", "Établissements hospitaliers de Montsalève"),
    ("CH", "it-CH", "hospital", "CHF", "Ente Ospedaliero Regionale di Valmaggiore, Servizio contabilità fornitori"),
    ("CH", "it-CH", "hospital", "CHF", "Ospedale distrettuale di Pradonico"),
    ("CH", "de-CH", "clinic", "CHF", "Klinik Sonnenterrasse Bergau AG"),
    ("CH", "de-CH", "clinic", "CHF", "Praxisgemeinschaft Orthopädie am Stadtgraben"),
    ("CH", "de-CH", "clinic", "CHF", "Augenklinik Lindenhof-Wiesental AG"),
    ("CH", "de-CH", "clinic", "CHF", "Rehaklinik Hohe Fluh AG"),
    ("CH", "fr-CH", "clinic", "CHF", "Clinique des Chênaies SA"),
    ("CH", "fr-CH", "clinic", "CHF", "Centre médical du Grand-Pré Sàrl"),
    ("CH", "it-CH", "clinic", "CHF", "Clinica San Vittore di Sassobello SA"),
    ("CH", "it-CH", "clinic", "CHF", "Centro medico Ceresio Nord SA"),
    ("CH", "de-CH", "pharmacy", "CHF", "Apotheke zum Goldenen Mörser AG"),
    ("CH", "de-CH", "pharmacy", "CHF", "Bahnhof-Apotheke Wolfsmatt GmbH"),
    ("CH", "de-CH", "pharmacy", "CHF", "Rosen-Apotheke Dr. Keller-Brunner"),
    ("CH", "de-CH", "pharmacy", "CHF", "Apotheke Drogerie Seewinkel AG"),
    ("CH", "fr-CH", "pharmacy", "CHF", "Pharmacie du Vieux-Pont SA"),
    ("CH", "fr-CH", "pharmacy", "CHF", "Pharmacie de la Gare de Montsalève"),
    ("CH", "fr-CH", "pharmacy", "CHF", "Pharmacie Beauregard Sàrl"),
    ("CH", "it-CH", "pharmacy", "CHF", "Farmacia della Collegiata SA"),
    ("CH", "it-CH", "pharmacy", "CHF", "Farmacia Lago Verde Sagl"),
    ("CH", "de-CH", "pharmacy", "CHF", "Spitalapotheke Verbund Ostschweiz-Mitte"),
    ("CH", "de-CH", "dentist", "CHF", "Zahnarztpraxis Dr. med. dent. Andrea Huber-Gisler"),
    ("CH", "de-CH", "dentist", "CHF", "Zahnmedizin am Rütliweg AG"),
    ("CH", "de-CH", "dentist", "CHF", "Dr. med. dent. Reto Zwyssig"),
    ("CH", "de-CH", "dentist", "CHF", "Dentalzentrum Bergau GmbH"),
    ("CH", "de-CH", "dentist", "CHF", "Zahnarztpraxis Dres. Meier & Oberholzer"),
    ("CH", "fr-CH", "dentist", "CHF", "Cabinet dentaire Dr Sylvie Rochat-Pittet"),
    ("CH", "fr-CH", "dentist", "CHF", "Centre dentaire du Lac Sàrl"),
    ("CH", "fr-CH", "dentist", "CHF", "Dr méd. dent. Olivier Jaquier"),
    ("CH", "it-CH", "dentist", "CHF", "Studio dentistico Dr. Lorenza Bernasconi-Pedrini"),
    ("CH", "it-CH", "dentist", "CHF", "Studio odontoiatrico Vedeggio SA"),
    ("CH", "it-CH", "dentist", "CHF", "Dr. med. dent. Fabio Cattaneo"),
    ("CH", "de-CH", "dentist", "CHF", "Kieferorthopädie Stadtgraben GmbH"),
    # Sweden, SEK
    ("SE", "sv", "hospital", "SEK", "Region Mälarkust, Hälso- och sjukvårdsförvaltningen, Ekonomiservice leverantörsreskontra"),
    ("SE", "sv", "hospital", "SEK", "Region Fjällmark, Regionservice Ekonomi"),
    ("SE", "sv", "hospital", "SEK", "Universitetssjukhuset i Älvdalsholm"),
    ("SE", "sv", "hospital", "SEK", "Region Sjöland, Sjukhusen i Västra Sjöland, Inköp och logistik"),
    ("SE", "sv", "hospital", "SEK", "Kommunalförbundet Norrbrunns Medicinska Service"),
    ("SE", "sv", "clinic", "SEK", "Vårdcentralen Ekbacken AB"),
    ("SE", "sv", "clinic", "SEK", "Ortopedkliniken Stensund AB"),
    ("SE", "sv", "clinic", "SEK", "Ögonkliniken Lillvik AB"),
    ("SE", "sv", "clinic", "SEK", "Läkarhuset Granbacka AB"),
    ("SE", "sv", "clinic", "SEK", "Hudkliniken Björkviken AB"),
    ("SE", "sv", "pharmacy", "SEK", "Apoteket Lindblomman AB"),
    ("SE", "sv", "pharmacy", "SEK", "Apotek Kronhjorten AB"),
    ("SE", "sv", "pharmacy", "SEK", "Sjukhusapoteket Mälarkust"),
    ("SE", "sv", "pharmacy", "SEK", "Apoteksgruppen Tallåsen"),
    ("SE", "sv", "pharmacy", "SEK", "Hjärtats Apotek Sjöstaden AB"),
    ("SE", "sv", "pharmacy", "SEK", "Apoteket Näckrosen HB"),
    ("SE", "sv", "pharmacy", "SEK", "Apotek Fyrbåken AB"),
    ("SE", "sv", "dentist", "SEK", "Tandläkarna i Lillvik AB"),
    ("SE", "sv", "dentist", "SEK", "Folktandvården Region Fjällmark"),
    ("SE", "sv", "dentist", "SEK", "Tandvårdshuset Ekbacken AB"),
    ("SE", "sv", "dentist", "SEK", "Tandläkare Karin Söderqvist"),
    ("SE", "sv", "dentist", "SEK", "Specialisttandvården Älvdalsholm"),
    ("SE", "sv", "dentist", "SEK", "Tandkliniken Granbacka AB"),
    ("SE", "sv", "dentist", "SEK", "Leende Tandvård Stensund AB"),
    ("SE", "sv", "dentist", "SEK", "Tandläkare Björn Hägglund"),
    # Denmark, DKK
    ("DK", "da", "hospital", "DKK", "Region Midtkyst, Koncernøkonomi, Kreditorbogholderiet"),
    ("DK", "da", "hospital", "DKK", "Region Sydfjord, Hospitalsenheden Klitmark"),
    ("DK", "da", "hospital", "DKK", "Bøgelunden Universitetshospital"),
    ("DK", "da", "hospital", "DKK", "Region Østersøen, Fælles Indkøb og Logistik"),
    ("DK", "da", "clinic", "DKK", "Privathospitalet Strandvejen A/S"),
    ("DK", "da", "clinic", "DKK", "Øjenklinikken Havnegade ApS"),
    ("DK", "da", "clinic", "DKK", "Lægehuset Kildebakken I/S"),
    ("DK", "da", "clinic", "DKK", "Fertilitetsklinik Lyngdal ApS"),
    ("DK", "da", "pharmacy", "DKK", "Bøgelunden Apotek"),
    ("DK", "da", "pharmacy", "DKK", "Svane Apoteket Klitmark"),
    ("DK", "da", "pharmacy", "DKK", "Hospitalsapoteket Region Midtkyst"),
    ("DK", "da", "pharmacy", "DKK", "Løve Apotek Strandby"),
    ("DK", "da", "pharmacy", "DKK", "Apoteket Kronborgvej"),
    ("DK", "da", "pharmacy", "DKK", "Hjorte Apotek Lyngdal"),
    ("DK", "da", "dentist", "DKK", "Tandlægerne på Torvet ApS"),
    ("DK", "da", "dentist", "DKK", "Tandlæge Mette Holmgaard"),
    ("DK", "da", "dentist", "DKK", "Kommunal Tandpleje Klitmark Kommune"),
    ("DK", "da", "dentist", "DKK", "Tandklinikken Kildebakken ApS"),
    ("DK", "da", "dentist", "DKK", "Tandlægeselskabet Strandby ApS"),
    ("DK", "da", "dentist", "DKK", "Tandlæge Jens Vestergaard Nørskov"),
    # Norway, NOK
    ("NO", "nb", "hospital", "NOK", "Helse Fjordvik HF, Økonomiavdelingen, Regnskap leverandører"),
    ("NO", "nb", "hospital", "NOK", "Helse Nordkam HF"),
    ("NO", "nb", "hospital", "NOK", "Sykehuset Vestvika HF"),
    ("NO", "nb", "hospital", "NOK", "Sykehusinnkjøp Midt-Fjordvik, Divisjon Regnskap"),
    ("NO", "nb", "clinic", "NOK", "Kirurgisk Klinikk Sjøgata AS"),
    ("NO", "nb", "clinic", "NOK", "Legesenteret Moltebærveien DA"),
    ("NO", "nb", "clinic", "NOK", "Øyelegene på Brygga AS"),
    ("NO", "nb", "clinic", "NOK", "Fysioterapi og Idrettsmedisin Vestvika AS"),
    ("NO", "nb", "pharmacy", "NOK", "Apotek Moltebær Vestvika"),
    ("NO", "nb", "pharmacy", "NOK", "Sjukehusapoteka Fjordvik HF"),
    ("NO", "nb", "pharmacy", "NOK", "Vitus Apotek Nordkam"),
    ("NO", "nb", "pharmacy", "NOK", "Apotek 1 Havnelageret"),
    ("NO", "nb", "pharmacy", "NOK", "Boots Apotek Sjøgata"),
    ("NO", "nb", "pharmacy", "NOK", "Ditt Apotek Granlia"),
    ("NO", "nb", "dentist", "NOK", "Tannlegesenteret Sjøgata AS"),
    ("NO", "nb", "dentist", "NOK", "Tannlege Ingrid Løvaas"),
    ("NO", "nb", "dentist", "NOK", "Den offentlige tannhelsetjenesten Fjordvik fylkeskommune"),
    ("NO", "nb", "dentist", "NOK", "Tannhuset Granlia AS"),
    ("NO", "nb", "dentist", "NOK", "Tannlegene Brygga DA"),
    ("NO", "nb", "dentist", "NOK", "Kjeveortoped Håkon Strømsnes"),
    # EUR and USD customers
    ("CH", "de-CH", "clinic", "EUR", "Privatklinik Alpenblick Liechtensteiner Strasse AG"),
    ("CH", "fr-CH", "clinic", "EUR", "Institut de chirurgie ambulatoire Léman-Est SA"),
    ("FI", "en", "hospital", "EUR", "Sairaanhoitopiiri Koillismaa-Pohjanranta (Northern Shore Hospital District)"),
    ("FI", "en", "pharmacy", "EUR", "Apteekki Revontuli Oy"),
    ("DE", "en", "hospital", "EUR", "Klinikum Waldhagen gGmbH, Zentraleinkauf"),
    ("NL", "en", "clinic", "EUR", "Kliniek Duinzicht B.V."),
    ("DK", "en", "clinic", "EUR", "Nordisk Klinisk Forskningscenter Aps (EUR account)"),
    ("US", "en", "clinic", "USD", "Harbor Point Medical Supply LLC"),
    ("GB", "en", "clinic", "USD", "Meridian Clinical Trials Ltd"),
    ("CH", "de-CH", "clinic", "USD", "Forschungsinstitut für Biomaterialien Seewinkel"),
]

FACTOR = {"CHF": 1, "EUR": 1.05, "SEK": 11.8, "NOK": 11.9, "DKK": 7.9, "USD": 1.15}
ENTITY = {"CHF": "CH", "SEK": "SE", "DKK": "DK", "NOK": "NO", "USD": "CH"}
SERIES_START = {"CH": 417000, "SE": 520000, "DK": 630000, "NO": 740000}
NAME_CUT = {"CH": 35, "SE": 35, "DK": 35, "NO": 35}


def make_customers():
    used = set()
    out = []
    for i, (country, lang, ctype, cur, name) in enumerate(CUSTOMER_SPECS):
        while True:
            num = R.choice("123") + "".join(R.choice("12389") for _ in range(4))
            if num not in used:
                used.add(num)
                break
        ent = ENTITY.get(cur) if cur != "EUR" else ("DK" if country in ("DK", "NL", "FI") else "CH")
        out.append({"id": "cus-%s" % num, "num": num, "country": country, "lang": lang, "type": ctype,
                    "currency": cur, "name": name, "entity": ent})
    return out


def bank_names(c):
    """Ways a bank statement shows this payer."""
    n = c["name"]
    up = n.upper()
    cut = 35
    v = [up[:cut].rstrip(" ,"), ascii_fold(up)[:cut].rstrip(" ,")]
    if len(n) > 40:
        v.append(ascii_fold(n)[:70].rstrip(" ,"))
    v.append(n.split(",")[0])
    return v


# ---------------------------------------------------------------- invoices
ISSUE_FROM, ISSUE_TO = date(2025, 11, 10), date(2026, 2, 27)


def base_amount(ctype):
    if ctype == "hospital":
        x = R.choice([R.uniform(400, 4000), R.uniform(1500, 18000), R.uniform(8000, 90000)])
    elif ctype == "clinic":
        x = R.choice([R.uniform(300, 3000), R.uniform(1000, 12000)])
    elif ctype == "pharmacy":
        x = R.uniform(180, 6500)
    else:
        x = R.uniform(90, 2800)
    return x


def money(cur, chf):
    x = chf * FACTOR[cur]
    if cur == "CHF":
        return (Decimal(round(x * 20)) / 20).quantize(Decimal("0.01"))
    if cur in ("SEK", "NOK") and R.random() < 0.55:
        return Decimal(int(round(x))).quantize(Decimal("0.01"))
    return q(Decimal("%.2f" % x))


def make_invoices(customers):
    events = {e: [] for e in SERIES_START}
    for c in customers:
        t = c["type"]
        n = {"hospital": R.randint(20, 42), "clinic": R.randint(8, 18), "pharmacy": R.randint(5, 12),
             "dentist": R.randint(2, 6)}[t]
        if c["currency"] in ("EUR", "USD"):
            n = R.randint(4, 12)
        days = (ISSUE_TO - ISSUE_FROM).days
        k = 0
        recurring = None
        if t in ("clinic", "hospital") and R.random() < 0.35:
            recurring = money(c["currency"], R.choice([450, 980, 1450, 2200]))
        while k < n:
            d = ISSUE_FROM + timedelta(R.randint(0, days))
            run = R.randint(2, 6) if t == "hospital" and R.random() < 0.5 else 1
            for j in range(min(run, n - k)):
                events[c["entity"]].append((d, c["id"], k, j))
                k += 1
        c["_recurring"] = recurring
        c["_rec_left"] = R.choice([2, 3, 3])
    invoices = []
    byid = {c["id"]: c for c in customers}
    for ent, evs in events.items():
        evs.sort()
        nr = SERIES_START[ent] + R.randint(1, 40)
        last = None
        for (d, cid, k, j) in evs:
            c = byid[cid]
            if last is not None and (d, cid) == last:
                nr += 1
            else:
                nr += R.choice([1, 1, 1, 2, 3, 5])
            last = (d, cid)
            cur = c["currency"]
            if c["_recurring"] is not None and c["_rec_left"] > 0 and j == 0:
                total = c["_recurring"]
                c["_rec_left"] -= 1
            else:
                total = money(cur, base_amount(c["type"]))
            terms = {"CH": 30, "SE": 30, "DK": 30, "NO": 20}[ent]
            if c["type"] == "hospital" and ent in ("SE", "NO"):
                terms = 30
            if ent == "DK":
                last_day = date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
                due = last_day + timedelta(30)  # lobende maaned + 30
            else:
                due = d + timedelta(terms)
            balance = total
            if R.random() < 0.08 and total > 200:
                paid = q(total * Decimal(R.choice(["0.25", "0.4", "0.5", "0.3333"])))
                if cur == "CHF":
                    paid = (paid * 20).quantize(Decimal("1")) / 20
                balance = q(total - paid)
            invoices.append({"id": None, "number": "%s-%d" % (ent, nr), "customer_id": cid,
                             "customer_name": c["name"], "currency": cur, "total": total,
                             "balance": balance, "issue_date": d, "due_date": due})
    invoices.sort(key=lambda i: (i["issue_date"], i["number"]))
    for k, inv in enumerate(invoices, 1):
        inv["id"] = "nsm-i-%05d" % k
    return invoices


def digits(number):
    return number.split("-")[1]


# ---------------------------------------------------------------- phrase banks
T_SINGLE = {
    "de-CH": ["Rechnung {n}", "Rg. Nr. {n} vom {d}", "Zahlung Rechnung {n}", "RE {n} / Kd-Nr. {c}",
              "Ihre Rechnung {n} - besten Dank", "Begleichung Rechnung Nr. {n}"],
    "fr-CH": ["Facture {n}", "Fact. no {n} du {d}", "Paiement facture {n}", "Règlement de votre facture {n}",
              "Facture n° {n} / client {c}"],
    "it-CH": ["Fattura {n}", "Pagamento fattura n. {n}", "Ft. {n} del {d}", "Saldo fattura {n}",
              "Vs. fattura nr. {n} cliente {c}"],
    "sv": ["Faktura {n}", "Fakt.nr {n}", "Betalning faktura {n}", "Avser faktura {n} kundnr {c}",
           "Er faktura {n} daterad {d}"],
    "da": ["Faktura {n}", "Fakturanr. {n}", "Betaling af faktura {n}", "Vedr. faktura {n}",
           "Jeres fakt. {n} af {d}"],
    "nb": ["Faktura {n}", "Fakturanr {n}", "Betaling faktura {n}", "Gjelder faktura {n}",
           "Deres faktura {n} datert {d}"],
    "en": ["Invoice {n}", "INV {n}", "Payment of invoice {n}", "Settlement inv. {n} cust {c}",
           "Your invoice no. {n} dated {d}"],
}
T_BATCH_REF = {
    "de-CH": ["Sammelzahlung gemäss Avis {v}", "Zahlungsavis {v}", "Kreditoren-Zahllauf {v}"],
    "fr-CH": ["Paiement groupé selon avis {v}", "Avis de paiement {v}"],
    "it-CH": ["Pagamento cumulativo avviso {v}", "Avviso di pagamento {v}"],
    "sv": ["Betalningsavi {v}", "Samlad betalning enl. avi {v}", "Utbetalning lev.reskontra {v}"],
    "da": ["Samlet betaling jf. advis {v}", "Betalingsadvis {v}"],
    "nb": ["Samlebetaling iht. avis {v}", "Betalingsavis {v}"],
    "en": ["Payment advice {v}", "Batch payment run {v}"],
}
T_BATCH_HEAD = {
    "de-CH": ("Zahlungsavis {v} vom {d}\nFolgende Rechnungen werden beglichen:\nRechnung      Datum        Betrag",
              "Total {t}\nFreundliche Grüsse, Kreditorenbuchhaltung"),
    "fr-CH": ("Avis de paiement {v} du {d}\nNous réglons les factures suivantes :\nFacture       Date         Montant",
              "Total {t}\nMeilleures salutations, comptabilité fournisseurs"),
    "it-CH": ("Avviso di pagamento {v} del {d}\nSaldiamo le seguenti fatture:\nFattura       Data         Importo",
              "Totale {t}\nCordiali saluti, contabilità fornitori"),
    "sv": ("Betalningsavi {v} {d}\nVi har idag betalat följande fakturor:\nFakturanr     Fakt.datum   Belopp",
           "Summa {t}\nMed vänlig hälsning\nEkonomiservice, leverantörsreskontra"),
    "da": ("Betalingsadvis {v} af {d}\nFølgende fakturaer er betalt:\nFakturanr.    Dato         Beløb",
           "I alt {t}\nMed venlig hilsen\nKreditorbogholderiet"),
    "nb": ("Betalingsavis {v} {d}\nFølgende fakturaer er betalt:\nFakturanr     Dato         Beløp",
           "Sum {t}\nMed vennlig hilsen\nRegnskap leverandører"),
    "en": ("Payment advice {v} of {d}\nThe following invoices are paid:\nInvoice       Date         Amount",
           "Total {t}\nKind regards, Accounts Payable"),
}
T_RANGE = {
    "de-CH": "Rechnungen {a} bis {b}", "fr-CH": "Factures {a} à {b}", "it-CH": "Fatture da {a} a {b}",
    "sv": "Fakturor {a}-{b}", "da": "Fakturaerne {a} til {b}", "nb": "Fakturaene {a} t.o.m. {b}",
    "en": "Invoices {a} through {b}",
}
T_GENERIC = {
    "de-CH": ["Zahlung", "Lieferung Februar", "Medizinalbedarf", "Zahlung offene Posten", None],
    "fr-CH": ["Paiement", "Matériel médical", "Livraison février", None],
    "it-CH": ["Pagamento", "Materiale sanitario", "Fornitura febbraio", None],
    "sv": ["Betalning", "Leverans februari", "Förbrukningsmaterial", None],
    "da": ["Betaling", "Levering februar", "Forbrugsvarer", None],
    "nb": ["Betaling", "Levering februar", "Forbruksmateriell", None],
    "en": ["Payment", "Medical supplies", "February delivery", None],
}
T_LUMP = {
    "de-CH": ["Saldo Kontokorrent per {d}", "Ausgleich aller offenen Posten", "Kontoausgleich"],
    "fr-CH": ["Solde de compte au {d}", "Règlement de tous les postes ouverts"],
    "it-CH": ["Saldo conto al {d}", "Saldo di tutte le partite aperte"],
    "sv": ["Saldo enl. kontoutdrag {d}", "Reglering av öppna poster"],
    "da": ["Udligning af saldo pr. {d}", "Betaling af alle åbne poster"],
    "nb": ["Oppgjør saldo pr {d}", "Betaling av alle åpne poster"],
    "en": ["Account balance as of {d}", "Settling all open items"],
}
T_PART = {
    "de-CH": ["Teilzahlung Rechnung {n}", "1. Rate gemäss Ratenvereinbarung, Rechnung {n}", "Akontozahlung an Rg. {n}"],
    "fr-CH": ["Acompte sur facture {n}", "Paiement partiel facture {n}", "1re mensualité facture {n}"],
    "it-CH": ["Acconto fattura {n}", "Pagamento parziale fattura {n}", "Prima rata fattura {n}"],
    "sv": ["Delbetalning faktura {n}", "Delbetalning 1 av 3 enl. avbetalningsplan, faktura {n}"],
    "da": ["Delbetaling faktura {n}", "Afdrag 1 af 2 på faktura {n}", "Acontobetaling fakt. {n}"],
    "nb": ["Delbetaling faktura {n}", "Avdrag 1 av 3 faktura {n}", "A konto faktura {n}"],
    "en": ["Part payment invoice {n}", "Instalment 1 of 3, invoice {n}"],
}
T_REST = {
    "de-CH": "Restzahlung Rechnung {n}", "fr-CH": "Solde facture {n}", "it-CH": "Saldo residuo fattura {n}",
    "sv": "Restbetalning faktura {n}", "da": "Restbetaling faktura {n}", "nb": "Restbetaling faktura {n}",
    "en": "Remaining balance invoice {n}",
}
# short-pay reasons: key -> (english reason, {lang: phrase with {x}=deducted amount})
SHORT = {
    "skonto": ("2% cash discount deducted", {
        "de-CH": "abzgl. 2% Skonto {x}", "fr-CH": "moins escompte 2 % {x}", "it-CH": "dedotto sconto 2% {x}",
        "sv": "avdrag 2 % kassarabatt {x}", "da": "fradrag 2 % kontantrabat {x}",
        "nb": "fratrukket 2 % kontantrabatt {x}", "en": "less 2% early payment discount {x}"}),
    "return": ("returned goods deducted", {
        "de-CH": "abzüglich Retoure gem. Retourenschein RT-{r} {x}", "fr-CH": "déduction retour marchandise bon RT-{r} {x}",
        "it-CH": "dedotto reso merce bolla RT-{r} {x}", "sv": "avdrag returnerade varor retur RT-{r} {x}",
        "da": "fradrag for returvarer retur RT-{r} {x}", "nb": "trekk for returvarer retur RT-{r} {x}",
        "en": "less returned goods RMA RT-{r} {x}"}),
    "damaged": ("damaged goods deducted", {
        "de-CH": "Sterilverpackung beschädigt, 1 Karton abgezogen {x}", "fr-CH": "emballage stérile endommagé, déduit {x}",
        "it-CH": "confezione sterile danneggiata, dedotto {x}", "sv": "avdrag skadat gods (steril förpackning trasig) {x}",
        "da": "fradrag for beskadiget vare (steril emballage) {x}", "nb": "trekk for skadet vare, steril pakning ødelagt {x}",
        "en": "damaged sterile packaging, deducted {x}"}),
    "price": ("price difference per framework agreement", {
        "de-CH": "Preisdifferenz gem. Rahmenvertrag {x} abgezogen", "fr-CH": "différence de prix selon contrat-cadre {x}",
        "it-CH": "differenza di prezzo secondo contratto quadro {x}", "sv": "prisdifferens enl. upphandlat avtal {x}",
        "da": "prisdifference iht. udbudsaftale {x}", "nb": "prisdifferanse iht. rammeavtale {x}",
        "en": "price difference per framework agreement {x}"}),
    "freight": ("freight charge not agreed", {
        "de-CH": "Frachtkosten nicht vereinbart, abgezogen {x}", "fr-CH": "frais de port non convenus, déduits {x}",
        "it-CH": "spese di trasporto non concordate, dedotte {x}", "sv": "frakt ej avtalad, avdragen {x}",
        "da": "fragt ikke aftalt, fratrukket {x}", "nb": "frakt ikke avtalt, trukket {x}",
        "en": "freight not agreed, deducted {x}"}),
    "short": ("short delivery deducted", {
        "de-CH": "Minderlieferung 2 Stk. abgezogen {x}", "fr-CH": "livraison incomplète, 2 pièces manquantes {x}",
        "it-CH": "consegna incompleta, mancano 2 pezzi {x}", "sv": "2 st saknades i leveransen, avdrag {x}",
        "da": "manglende levering 2 stk., fratrukket {x}", "nb": "manglende levering 2 stk, trukket {x}",
        "en": "short delivery of 2 units deducted {x}"}),
    "charges": ("bank charges deducted", {
        "de-CH": "abzgl. Bankspesen {x}", "fr-CH": "frais bancaires déduits {x}", "it-CH": "dedotte spese bancarie {x}",
        "sv": "bankavgift avdragen {x}", "da": "bankgebyr fratrukket {x}", "nb": "bankgebyr trukket {x}",
        "en": "less intermediary bank charges {x}"}),
}
FEE = {"CHF": "20.00", "EUR": "20.00", "SEK": "60.00", "DKK": "100.00", "NOK": "70.00", "USD": "25.00"}
T_FEE = {
    "de-CH": "Rechnung {n} inkl. Mahngebühr {x}", "fr-CH": "Facture {n} y c. frais de rappel {x}",
    "it-CH": "Fattura {n} incl. spese di sollecito {x}", "sv": "Faktura {n} inkl. påminnelseavgift {x}",
    "da": "Faktura {n} inkl. rykkergebyr {x}", "nb": "Faktura {n} inkl. purregebyr {x}",
    "en": "Invoice {n} incl. reminder fee {x}",
}
T_PREPAY = {
    "de-CH": ["Vorauszahlung gemäss Offerte OF-{r}", "Anzahlung Bestellung Behandlungseinheit, Offerte {r}"],
    "fr-CH": ["Paiement anticipé selon offre OF-{r}", "Acompte commande fauteuil, offre {r}"],
    "it-CH": ["Pagamento anticipato secondo offerta OF-{r}"],
    "sv": ["Förskottsbetalning enl. offert OF-{r}"],
    "da": ["Forudbetaling iht. tilbud OF-{r}"],
    "nb": ["Forskuddsbetaling iht. tilbud OF-{r}"],
    "en": ["Prepayment per quotation OF-{r}"],
}
T_PO = {
    "de-CH": "Unsere Bestellung Nr. {p}", "fr-CH": "Notre commande n° {p}", "it-CH": "Ns. ordine n. {p}",
    "sv": "Vår beställning {p}", "da": "Vores ordre nr. {p}", "nb": "Vår bestilling {p}", "en": "Our PO {p}",
}
PARENTS = {  # public bodies that pay for a customer (shared services, canton finance offices)
    "Spital Tannegg AG": "KANTON TANNEGG FINANZVERWALTUNG",
    "Ospedale distrettuale di Pradonico": "CANTONE PRADONICO SERVIZIO FINANZE",
    "Universitetssjukhuset i Älvdalsholm": "REGION ALVDALSHOLM EKONOMISERVICE",
    "Folktandvården Region Fjällmark": "REGION FJALLMARK REGIONSERVICE EKON",
    "Kommunal Tandpleje Klitmark Kommune": "KLITMARK KOMMUNE, OKONOMI OG LON",
    "Sykehuset Vestvika HF": "SYKEHUSPARTNER VESTVIKA REGNSKAP",
    "Den offentlige tannhelsetjenesten Fjordvik fylkeskommune": "FJORDVIK FYLKESKOMMUNE REGNSKAP",
    "Psychiatrische Dienste Seewinkel, Finanz- und Rechnungswesen": "GESUNDHEITSDIREKTION KT. SEEWINKEL",
}
UNKNOWN_PAYERS = [
    ("ARNOLD BRAENDLI-STUTZ, 8xxx WOLFSMATT", "de-CH", "CHF", "Rückzahlung"),
    ("MME CHANTAL DUBOIS-REYMOND", "fr-CH", "CHF", "remboursement avance"),
    ("SANITAETSHAUS GLOOR & PARTNER GMBH", "de-CH", "CHF", "Zahlung Lieferung"),
    ("OKAND INBETALARE BG 5555-0199", "sv", "SEK", None),
    ("LARSSONS HEMTJANST EKONOMISK FOREN", "sv", "SEK", "betalning"),
    ("K. NIELSEN HOLDING APS", "da", "DKK", "indbetaling"),
    ("OLA NORDMANN ENK", "nb", "NOK", "innbetaling"),
    ("STUDIO MEDICO ROSSI-GHIRINGHELLI", "it-CH", "CHF", "pagamento"),
    ("WESTMARK TRADING GMBH", "en", "EUR", "PAYMENT"),
]


# ---------------------------------------------------------------- planner
class Plan:
    def __init__(self, customers, invoices):
        self.cust = {c["id"]: c for c in customers}
        self.customers = customers
        self.inv = {i["id"]: i for i in invoices}
        self.invoices = invoices
        self.by_digits = {digits(i["number"]): i for i in invoices}
        self.by_cust = {}
        for i in invoices:
            self.by_cust.setdefault(i["customer_id"], []).append(i)
        self.reserved = set()
        self.items = []
        self.p_from, self.p_to = date(2026, 3, 2), date(2026, 4, 30)

    # ---- helpers
    def pdate(self, lo=None, hi=None):
        lo = lo or self.p_from
        hi = hi or self.p_to
        while True:
            d = lo + timedelta(R.randint(0, (hi - lo).days))
            if d.weekday() < 5:
                return d

    def free(self, cid, pred=None):
        return [i for i in self.by_cust[cid] if i["id"] not in self.reserved and i["balance"] > 0
                and (pred is None or pred(i))]

    def pick_cust(self, pred=None, need=1, ipred=None):
        cands = [c for c in self.customers if (pred is None or pred(c)) and len(self.free(c["id"], ipred)) >= need]
        if not cands:
            raise LookupError("no customer")
        return R.choice(cands)

    def reserve(self, invs):
        for i in invs:
            assert i["id"] not in self.reserved
            self.reserved.add(i["id"])

    def payer(self, c, p_known=0.6):
        names = bank_names(c)
        name = R.choice(names)
        cid = c["id"] if R.random() < p_known else None
        return name, cid

    def amount_unique(self, c, amt, exclude=()):
        """amt equals no other open invoice balance of c and no sum of two of them"""
        others = [i["balance"] for i in self.by_cust[c["id"]] if i["id"] not in exclude and i["balance"] > 0]
        if amt in others:
            return False
        seen = set()
        for b in others:
            if amt - b in seen:
                return False
            seen.add(b)
        return True

    def amount_global_unique(self, amt, cur, exclude=()):
        return not any(i["balance"] == amt and i["currency"] == cur and i["id"] not in exclude for i in self.invoices)

    def numtxt(self, inv, style=None):
        n = inv["number"]
        style = style if style is not None else R.random()
        if style < 0.4:
            return digits(n)
        if style < 0.75:
            return n
        if style < 0.9:
            return n.replace("-", " ")
        return n.replace("-", "")

    def single_text(self, inv, lang, c):
        t = R.choice(T_SINGLE[lang])
        return t.format(n=self.numtxt(inv), d=fmt_date(inv["issue_date"], lang), c=c["num"])

    def add(self, d, c, lang, amount, cur, payer_name, cust_id, reference, remittance, label, scenario, note):
        self.items.append({"date": d, "amount": amount, "currency": cur, "payer_name": payer_name,
                           "customer_id": cust_id, "reference": reference, "remittance": remittance,
                           "label": label, "scenario": scenario, "lang": lang, "note": note})

    # ---- label constructors
    @staticmethod
    def L(status, apps=(), unapplied=D0, short=None, cands=(), reason=""):
        return {"status": status, "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
                "unapplied": s(unapplied), "short_pay": short, "candidates": [list(x) for x in cands],
                "reason": reason}

    # ---- structured reference for one invoice
    def struct_ref(self, inv, c, kind):
        d6 = digits(inv["number"])
        if kind == "qrr":
            r = qrr(c["num"], d6)
            return R.choice([r, qrr_fmt(r), "QRR " + r, "Referenz " + qrr_fmt(r)])
        if kind == "scor":
            body = R.choice([d6, inv["number"].replace("-", "")])
            r = rf_ref(body)
            grp = " ".join(r[i:i + 4] for i in range(0, len(r), 4))
            return R.choice([r, grp, "/RF/" + r if False else "SCOR " + r])
        if kind == "ocr":
            r = ocr(c["num"], d6, R.random() < 0.5)
            return R.choice([r, "OCR " + r, "BG OCR-nr " + r])
        if kind == "fik":
            r = fik71(c["num"], d6)
            cred = "88457712"
            return R.choice(["+71<%s+%s<" % (r, cred), "FIK 71 %s" % r, "Betalings-ID %s" % r, "+71 %s" % r])
        if kind == "kid":
            r = kid(c["num"], d6, m11=R.random() < 0.3)
            return R.choice([r, "KID " + r, "KID: " + r])
        raise ValueError(kind)

    def struct_kind(self, c):
        if c["currency"] == "CHF":
            return R.choice(["qrr", "qrr", "qrr", "scor"])
        if c["currency"] == "EUR":
            return "scor"
        return {"SEK": "ocr", "DKK": "fik", "NOK": "kid"}.get(c["currency"])

    def ref_safe(self, ref, inv):
        """no other invoice number hides in the digit string of a structured reference"""
        ds = "".join(ch for ch in ref if ch.isdigit())
        hits = {ds[k:k + 6] for k in range(len(ds) - 5)} & set(self.by_digits)
        return hits == {digits(inv["number"])}

    # ================================================================ scenarios
    def sc_struct_exact(self, third_party=False):
        c = self.pick_cust(lambda c: self.struct_kind(c) is not None and (not third_party or c["name"] in PARENTS))
        inv = R.choice(self.free(c["id"]))
        kind = self.struct_kind(c)
        ref = self.struct_ref(inv, c, kind)
        if not self.ref_safe(ref, inv):
            return False
        self.reserve([inv])
        lang = c["lang"]
        name, cid = self.payer(c)
        rem = None
        if R.random() < 0.25:
            rem = self.single_text(inv, lang, c)
        scen = "struct_ref_exact"
        note = "%s reference decodes to %s; amount equals balance" % (kind.upper(), inv["number"])
        if third_party:
            if c["name"] not in PARENTS:
                return False
            name = PARENTS[c["name"]]
            cid = None
            scen = "third_party_struct"
            note = ("paid by a different body (%s) but the %s reference decodes uniquely to %s and the amount is exact"
                    % (name, kind.upper(), inv["number"]))
        lab = self.L("applied", [(inv["id"], inv["balance"])],
                     reason="%s reference %s and exact balance" % (kind.upper(), inv["number"]))
        self.add(self.pdate(), c, lang, inv["balance"], c["currency"], name, cid, ref, rem, lab, scen, note)
        return True

    def sc_text_exact(self):
        c = self.pick_cust()
        inv = R.choice(self.free(c["id"]))
        self.reserve([inv])
        lang = c["lang"]
        name, cid = self.payer(c, 0.55)
        txt = self.single_text(inv, lang, c)
        if R.random() < 0.5:
            ref, rem = txt, None
        else:
            ref, rem = R.choice(T_GENERIC[lang]), txt + "\n" + fmt_cur_amount(inv["balance"], lang, c["currency"])
        lab = self.L("applied", [(inv["id"], inv["balance"])], reason="invoice %s named, exact balance" % inv["number"])
        self.add(self.pdate(), c, lang, inv["balance"], c["currency"], name, cid, ref, rem, lab,
                 "text_ref_exact", "free-text %s reference to %s, amount equals balance" % (lang, inv["number"]))
        return True

    def batch_lines(self, invs, lang, cur, amounts=None, overrides=None):
        lines = []
        for k, i in enumerate(invs):
            a = amounts[k] if amounts else i["balance"]
            numtxt = (overrides or {}).get(i["id"], self.numtxt(i, 0.1 if R.random() < 0.5 else 0.5))
            lines.append("%-13s %-12s %s" % (numtxt, fmt_date(i["issue_date"], lang), fmt_cur_amount(a, lang, cur)))
        return lines

    def voucher(self):
        return "19" + "".join(R.choice("0123") for _ in range(6))

    def batch_text(self, lang, cur, lines, total, d, extra=()):
        v = self.voucher()
        head, foot = T_BATCH_HEAD[lang]
        body = [head.format(v=v, d=fmt_date(d, lang))] + lines + list(extra) + \
               [foot.format(t=fmt_cur_amount(total, lang, cur))]
        ref = R.choice(T_BATCH_REF[lang]).format(v=v)
        return ref, "\n".join(body)

    def sc_batch(self, variant="plain"):
        k = R.randint(3, 8) if R.random() < 0.5 else R.randint(9, 22)
        c = self.pick_cust(lambda c: c["type"] == "hospital" or (c["type"] in ("pharmacy", "clinic") and k <= 8), k)
        invs = sorted(R.sample(self.free(c["id"]), k), key=lambda i: i["number"])
        lang, cur = c["lang"], c["currency"]
        d = self.pdate(date(2026, 3, 9))
        name, cid = self.payer(c, 0.5)
        overrides = {}
        if variant == "typo":
            t = invs[R.randrange(len(invs))]
            dg = digits(t["number"])
            for pos in range(4, -1, -1):
                typo = dg[:pos] + dg[pos + 1] + dg[pos] + dg[pos + 2:]
                if typo != dg and typo not in self.by_digits:
                    overrides[t["id"]] = typo
                    break
            if not overrides:
                return False
        self.reserve(invs)
        total = sum(i["balance"] for i in invs)
        if variant == "short":
            t = R.choice(invs)
            key = R.choice(["return", "damaged", "price", "short"])
            ded = q(t["balance"] * Decimal(R.choice(["0.1", "0.15", "0.2", "0.35"])))
            if cur == "CHF":
                ded = (ded * 20).quantize(Decimal("1")) / 20
            amts = [i["balance"] for i in invs]
            lines = self.batch_lines(invs, lang, cur)
            extra = ["%-13s %-12s %s" % (self.numtxt(t, 0.1), SHORT[key][1][lang].format(
                x="", r=R.randint(1000, 9999)).strip(), fmt_cur_amount(-ded, lang, cur))]
            paid = q(total - ded)
            ref, rem = self.batch_text(lang, cur, lines, paid, d, extra)
            apps = [(i["id"], i["balance"] - (ded if i is t else 0)) for i in invs]
            lab = self.L("partial", apps, short={"invoice_id": t["id"], "amount": s(ded), "reason": SHORT[key][0]},
                         reason="advice lists %d invoices, deduction on %s" % (len(invs), t["number"]))
            self.add(d, c, lang, paid, cur, name, cid, ref, rem, lab, "batch_short_pay",
                     "procurement advice with %d lines and a deduction line against %s (%s)" % (len(invs), t["number"], key))
            return True
        if variant == "overpaid_line":
            # one listed invoice is paid earlier in this file by a separate payment
            x = invs[0]
            d1 = self.pdate(self.p_from, d - timedelta(3))
            r1 = self.single_text(x, lang, c)
            lab1 = self.L("applied", [(x["id"], x["balance"])], reason="invoice %s named, exact balance" % x["number"])
            self.add(d1, c, lang, x["balance"], cur, name, c["id"], r1, None, lab1, "text_ref_exact",
                     "pays %s, which a later procurement advice lists again" % x["number"])
            lines = self.batch_lines(invs, lang, cur)
            ref, rem = self.batch_text(lang, cur, lines, total, d)
            apps = [(i["id"], i["balance"]) for i in invs[1:]]
            lab = self.L("unapplied", apps, unapplied=x["balance"],
                         reason="advice lists %s which was already paid on %s; its share held as unapplied" % (x["number"], d1))
            self.add(d, c, lang, total, cur, name, c["id"], ref, rem, lab, "batch_with_paid_line",
                     "advice lists %d invoices; %s was settled by an earlier payment, so its amount stays unapplied" % (len(invs), x["number"]))
            return True
        lines = self.batch_lines(invs, lang, cur, overrides=overrides)
        ref, rem = self.batch_text(lang, cur, lines, total, d)
        lab = self.L("applied", [(i["id"], i["balance"]) for i in invs],
                     reason="advice lists %d invoices, sum equals payment" % len(invs))
        note = "procurement advice listing %d invoices, line amounts sum to the payment" % len(invs)
        scen = "batch_list"
        if variant == "typo":
            scen = "batch_list_typo"
            (tid, typo), = overrides.items()
            note += "; line for %s is written %s (transposed digits, no such invoice, line amount matches)" % (self.inv[tid]["number"], typo)
        self.add(d, c, lang, total, cur, name, cid, ref, rem, lab, scen, note)
        return True

    def sc_range(self):
        # consecutive numbers, all belonging to one customer
        for _ in range(200):
            c = self.pick_cust(lambda c: c["type"] == "hospital", 3)
            fr = sorted(self.free(c["id"]), key=lambda i: int(digits(i["number"])))
            runs, cur_run = [], [fr[0]]
            for a in fr[1:]:
                if int(digits(a["number"])) == int(digits(cur_run[-1]["number"])) + 1:
                    cur_run.append(a)
                else:
                    runs.append(cur_run)
                    cur_run = [a]
            runs.append(cur_run)
            runs = [r for r in runs if len(r) >= 3]
            if runs:
                break
        else:
            return False
        run = R.choice(runs)
        lo, hi = int(digits(run[0]["number"])), int(digits(run[-1]["number"]))
        if any(lo <= int(d) <= hi and i["customer_id"] != c["id"] for d, i in self.by_digits.items()):
            return False
        self.reserve(run)
        lang = c["lang"]
        total = sum(i["balance"] for i in run)
        name, cid = self.payer(c, 0.5)
        a, b = self.numtxt(run[0], 0.1), digits(run[-1]["number"])
        ref = T_RANGE[lang].format(a=a, b=b)
        lab = self.L("applied", [(i["id"], i["balance"]) for i in run],
                     reason="range %s-%s, sum of balances equals payment" % (run[0]["number"], run[-1]["number"]))
        self.add(self.pdate(), c, lang, total, c["currency"], name, cid, ref, None, lab, "range",
                 "range of %d consecutive invoice numbers, all this customer's, sum exact" % len(run))
        return True

    def sc_amount_only(self):
        c = self.pick_cust()
        cands = [i for i in self.free(c["id"]) if self.amount_unique(c, i["balance"], (i["id"],))]
        if not cands:
            return False
        inv = R.choice(cands)
        name_only = R.random() < 0.3
        if name_only and not self.amount_global_unique(inv["balance"], inv["currency"], (inv["id"],)):
            name_only = False
        self.reserve([inv])
        lang = c["lang"]
        name = R.choice(bank_names(c))
        cid = None if name_only else c["id"]
        ref = R.choice(T_GENERIC[lang])
        lab = self.L("applied", [(inv["id"], inv["balance"])],
                     reason="no reference; amount equals the balance of exactly one open invoice (%s)" % inv["number"])
        self.add(self.pdate(), c, lang, inv["balance"], c["currency"], name, cid, ref, None, lab, "amount_only_unique",
                 "no invoice number; only %s of this customer has this balance%s" % (
                     inv["number"], " (payer known by bank name only; amount unique in the ledger)" if name_only else ""))
        return True

    def subset_sums(self, invs, maxn=12):
        out = {}
        invs = invs[:maxn]
        for r in range(1, len(invs) + 1):
            for comb in itertools.combinations(invs, r):
                out.setdefault(sum(i["balance"] for i in comb), []).append(comb)
        return out

    def sc_lump_all(self):
        c = self.pick_cust(lambda c: c["type"] in ("dentist", "pharmacy") and
                           2 <= len([i for i in self.by_cust[c["id"]] if i["balance"] > 0]) <= 7 and
                           all(i["id"] not in self.reserved for i in self.by_cust[c["id"]]))
        invs = [i for i in self.by_cust[c["id"]] if i["balance"] > 0]
        self.reserve(invs)
        total = sum(i["balance"] for i in invs)
        lang = c["lang"]
        d = self.pdate()
        ref = R.choice(T_LUMP[lang]).format(d=fmt_date(d - timedelta(R.randint(3, 12)), lang))
        lab = self.L("applied", [(i["id"], i["balance"]) for i in invs],
                     reason="lump sum equals all %d open invoices of the customer" % len(invs))
        self.add(d, c, lang, total, c["currency"], R.choice(bank_names(c)), c["id"], ref, None, lab, "lump_sum_all_open",
                 "no numbers; amount equals the customer's whole open balance (%d invoices)" % len(invs))
        return True

    def sc_typo_applied(self):
        c = self.pick_cust()
        cands = [i for i in self.free(c["id"]) if self.amount_unique(c, i["balance"], (i["id"],))]
        if not cands:
            return False
        inv = R.choice(cands)
        dg = digits(inv["number"])
        opts = []
        for p in range(1, 5):
            opts.append(dg[:p] + dg[p + 1] + dg[p] + dg[p + 2:])      # transposition
        for p in range(2, 6):
            for nd in "0123456789":
                opts.append(dg[:p] + nd + dg[p + 1:])                 # one wrong digit
        opts = [o for o in opts if o != dg and o not in self.by_digits]
        if not opts:
            return False
        typo = R.choice(opts[:4] if R.random() < 0.6 else opts)
        self.reserve([inv])
        lang = c["lang"]
        t = R.choice(T_SINGLE[lang]).format(n=typo, d=fmt_date(inv["issue_date"], lang), c=c["num"])
        lab = self.L("applied", [(inv["id"], inv["balance"])],
                     reason="reference %s is no invoice; one digit off %s, whose balance equals the payment" % (typo, inv["number"]))
        self.add(self.pdate(), c, lang, inv["balance"], c["currency"], R.choice(bank_names(c)), c["id"], t, None, lab,
                 "typo_ref_applied", "typed %s for %s (no invoice %s exists anywhere); exact and unique amount confirms" % (typo, dg, typo))
        return True

    def sc_typo_review(self):
        # a number one digit away from two open invoices of the same customer; amount fits neither
        for _ in range(300):
            c = self.pick_cust(lambda c: c["type"] == "hospital", 4)
            fr = self.free(c["id"])
            pairs = [(a, b) for a in fr for b in fr if a["number"] < b["number"]
                     and digits(a["number"])[:5] == digits(b["number"])[:5]]
            R.shuffle(pairs)
            for a, b in pairs:
                stem = digits(a["number"])[:5]
                for nd in "0123456789":
                    typo = stem + nd
                    if typo in self.by_digits:
                        continue
                    amt = q(min(a["balance"], b["balance"]) * Decimal("0.6")).quantize(Decimal("1"))
                    amt = q(amt)
                    if not self.amount_unique(c, amt) or amt <= 0:
                        continue
                    self.reserve([a, b])
                    lang = c["lang"]
                    t = R.choice(T_SINGLE[lang]).format(n=typo, d=fmt_date(a["issue_date"], lang), c=c["num"])
                    lab = self.L("review", unapplied=amt, cands=[[a["id"]], [b["id"]]],
                                 reason="reference %s matches no invoice; one digit from %s and %s, amount fits neither" % (typo, a["number"], b["number"]))
                    self.add(self.pdate(), c, lang, amt, c["currency"], R.choice(bank_names(c)), c["id"], t, None, lab,
                             "typo_ref_review", "typo %s is one digit from two open invoices and the amount fits neither" % typo)
                    return True
        return False

    def _deduct(self, inv, frac_choices):
        ded = q(inv["balance"] * Decimal(R.choice(frac_choices)))
        if inv["currency"] == "CHF":
            ded = (ded * 20).quantize(Decimal("1")) / 20
            ded = q(ded)
        return ded

    def sc_partial(self, then_rest=False):
        c = self.pick_cust(ipred=lambda i: i["balance"] > 300)
        inv = R.choice(self.free(c["id"], lambda i: i["balance"] > 300))
        self.reserve([inv])
        lang, cur = c["lang"], c["currency"]
        part = q((inv["balance"] * Decimal(R.choice(["0.5", "0.3333", "0.25", "0.4"]))).quantize(Decimal("1")))
        if R.random() < 0.4:
            part = q(Decimal(max(100, int(inv["balance"] / 3 / 100) * 100)))
        if part >= inv["balance"] or part <= 0:
            return False
        nt = self.numtxt(inv)
        ref = R.choice(T_PART[lang]).format(n=nt)
        name, cid = self.payer(c, 0.6)
        d1 = self.pdate(self.p_from, date(2026, 4, 10))
        lab = self.L("partial", [(inv["id"], part)], reason="part payment of %s stated; invoice stays open" % inv["number"])
        self.add(d1, c, lang, part, cur, name, cid, ref, None, lab, "part_payment",
                 "%s text says part payment / instalment on %s" % (lang, inv["number"]))
        if then_rest:
            rest = inv["balance"] - part
            d2 = self.pdate(d1 + timedelta(5), self.p_to)
            lab2 = self.L("applied", [(inv["id"], rest)],
                          reason="remainder of %s after the earlier part payment" % inv["number"])
            self.add(d2, c, lang, rest, cur, name, cid, T_REST[lang].format(n=nt), None, lab2, "part_payment_rest",
                     "pays exactly what the part payment of %s left open" % inv["number"])
        return True

    def sc_short(self, key=None):
        key = key or R.choice(["skonto", "skonto", "return", "damaged", "price", "freight", "short"])
        pred = (lambda c: c["currency"] in ("USD", "EUR")) if key == "charges" else None
        c = self.pick_cust(pred, ipred=lambda i: i["balance"] > 200)
        inv = R.choice(self.free(c["id"], lambda i: i["balance"] > 200))
        if key == "skonto":
            ded = q(inv["balance"] * Decimal("0.02"))
        elif key == "charges":
            ded = q(Decimal(R.choice(["15.00", "20.00", "25.00", "12.50"])))
        else:
            ded = self._deduct(inv, ["0.05", "0.1", "0.12", "0.25", "0.3"])
        if ded <= 0 or ded >= inv["balance"]:
            return False
        self.reserve([inv])
        lang, cur = c["lang"], c["currency"]
        paid = inv["balance"] - ded
        phrase = SHORT[key][1][lang].format(x=fmt_cur_amount(ded, lang, cur), r=R.randint(1000, 9999))
        nt = self.numtxt(inv)
        if R.random() < 0.5:
            ref, rem = R.choice(T_SINGLE[lang]).format(n=nt, d=fmt_date(inv["issue_date"], lang), c=c["num"]) + " " + phrase, None
        else:
            ref = R.choice(T_SINGLE[lang]).format(n=nt, d=fmt_date(inv["issue_date"], lang), c=c["num"])
            rem = "%s\n%s\n%s" % (fmt_cur_amount(inv["balance"], lang, cur), phrase, fmt_cur_amount(paid, lang, cur))
        name, cid = self.payer(c, 0.6)
        lab = self.L("partial", [(inv["id"], paid)],
                     short={"invoice_id": inv["id"], "amount": s(ded), "reason": SHORT[key][0]},
                     reason="short pay on %s: %s" % (inv["number"], SHORT[key][0]))
        self.add(self.pdate(), c, lang, paid, cur, name, cid, ref, rem, lab, "short_pay_" + key,
                 "%s deduction %s stated on %s" % (key, s(ded), inv["number"]))
        return True

    def sc_overpay(self, kind=None):
        kind = kind or R.choice(["fee", "fee", "total", "mistake"])
        if kind == "total":
            c = self.pick_cust(ipred=lambda i: i["balance"] < i["total"])
            inv = R.choice(self.free(c["id"], lambda i: i["balance"] < i["total"]))
            amt = inv["total"]
        else:
            c = self.pick_cust()
            inv = R.choice(self.free(c["id"]))
            if kind == "fee":
                amt = inv["balance"] + Decimal(FEE[c["currency"]])
            else:
                b = s(inv["balance"])
                w, f = b.split(".")
                if len(w) < 3 or w[-1] == w[-2]:
                    return False
                w2 = w[:-2] + w[-1] + w[-2]
                if int(w2) <= int(w):
                    return False
                amt = Decimal(w2 + "." + f)
        self.reserve([inv])
        lang, cur = c["lang"], c["currency"]
        extra = amt - inv["balance"]
        nt = self.numtxt(inv)
        if kind == "fee":
            ref = T_FEE[lang].format(n=nt, x=fmt_cur_amount(Decimal(FEE[cur]), lang, cur))
        elif kind == "total" and R.random() < 0.5:
            ref = self.struct_ref(inv, c, self.struct_kind(c)) if self.struct_kind(c) else self.single_text(inv, lang, c)
            if not self.ref_safe(ref, inv):
                ref = self.single_text(inv, lang, c)
        else:
            ref = self.single_text(inv, lang, c)
        name, cid = self.payer(c, 0.6)
        why = {"fee": "includes a reminder fee that is not an invoice",
               "total": "customer paid the invoice total although part was already paid (balance %s)" % s(inv["balance"]),
               "mistake": "amount digits transposed, more than the balance"}[kind]
        lab = self.L("unapplied", [(inv["id"], inv["balance"])], unapplied=extra,
                     reason="overpayment of %s: %s" % (inv["number"], why))
        self.add(self.pdate(), c, lang, amt, cur, name, cid, ref, None, lab, "overpay_" + kind,
                 "pays %s with %s extra; %s" % (inv["number"], s(extra), why))
        return True

    def sc_duplicate(self):
        c = self.pick_cust()
        inv = R.choice(self.free(c["id"]))
        kind = self.struct_kind(c)
        ref = self.struct_ref(inv, c, kind) if kind and R.random() < 0.6 else self.single_text(inv, c["lang"], c)
        if not self.ref_safe(ref, inv) and kind:
            ref = self.single_text(inv, c["lang"], c)
        self.reserve([inv])
        lang, cur = c["lang"], c["currency"]
        name, cid = self.payer(c, 1.0)
        d1 = self.pdate(self.p_from, date(2026, 4, 20))
        d2 = self.pdate(d1 + timedelta(1), min(self.p_to, d1 + timedelta(14)))
        lab1 = self.L("applied", [(inv["id"], inv["balance"])], reason="reference %s and exact balance" % inv["number"])
        self.add(d1, c, lang, inv["balance"], cur, name, cid, ref, None, lab1, "first_of_duplicate",
                 "pays %s; the same transfer is repeated later" % inv["number"])
        lab2 = self.L("unapplied", unapplied=inv["balance"],
                      reason="second payment of %s, already paid on %s; held on account" % (inv["number"], d1))
        self.add(d2, c, lang, inv["balance"], cur, name, cid, ref, None, lab2, "duplicate_payment",
                 "repeat of the %s payment for %s; nothing left open on it" % (d1, inv["number"]))
        return True

    def sc_no_fit(self):
        c = self.pick_cust(lambda c: c["type"] in ("dentist", "pharmacy", "clinic") and c["currency"] != "USD")
        opens = [i for i in self.by_cust[c["id"]] if i["balance"] > 0]
        if len(opens) > 14:
            return False
        sums = self.subset_sums(opens, 14)
        base = {"CHF": 1, "EUR": 1, "USD": 1, "SEK": 10, "NOK": 10, "DKK": 8}[c["currency"]]
        amt = q(Decimal(R.choice([500, 1000, 1500, 2000, 2500, 3000, 5000]) * base))
        if amt in sums:
            return False
        lang = c["lang"]
        ref = R.choice(T_PREPAY[lang]).format(r="2026-%03d" % R.randint(10, 240))
        lab = self.L("unapplied", unapplied=amt, reason="known customer, prepayment for a quotation; fits no open invoice")
        self.add(self.pdate(), c, lang, amt, c["currency"], R.choice(bank_names(c)), c["id"], ref, None, lab,
                 "known_no_fit", "prepayment against a quotation; no invoice or set of invoices has this amount")
        return True

    def sc_unknown(self, k):
        name, lang, cur, ref = UNKNOWN_PAYERS[k % len(UNKNOWN_PAYERS)]
        if k % 3 == 2:
            # amount happens to equal exactly one open invoice of some customer, nothing else links them
            pool = [i for i in self.invoices if i["currency"] == cur and i["id"] not in self.reserved
                    and self.amount_global_unique(i["balance"], cur, (i["id"],))]
            inv = R.choice(pool)
            self.reserve([inv])
            amt = inv["balance"]
            lab = self.L("review", unapplied=amt, cands=[[inv["id"]]],
                         reason="unknown payer; amount equals %s of %s but nothing else links them" % (inv["number"], inv["customer_name"][:40]))
            note = "payer is no customer; the amount alone equals one open invoice (%s) of an unrelated customer" % inv["number"]
        else:
            base = {"CHF": 1, "EUR": 1, "SEK": 11, "NOK": 11, "DKK": 7}[cur]
            amt = q(Decimal(R.randint(40, 900) * base) + Decimal(R.choice(["0.00", "0.50", "0.35"])))
            if not self.amount_global_unique(amt, cur):
                return False
            lab = self.L("review", unapplied=amt, reason="payer not a known customer and no reference; no candidate")
            note = "unknown payer, no usable reference, amount fits nothing"
        self.add(self.pdate(), None, lang, amt, cur, name, None, ref, None, lab, "unknown_payer", note)
        return True

    def sc_other_payer_known(self):
        c = self.pick_cust(lambda c: self.struct_kind(c) is not None)
        inv = R.choice(self.free(c["id"]))
        other = R.choice([o for o in self.customers if o["country"] != c["country"] and o["currency"] == c["currency"]]
                         or [o for o in self.customers if o["id"] != c["id"] and o["currency"] == c["currency"]])
        ref = self.single_text(inv, other["lang"], c) if R.random() < 0.5 else self.struct_ref(inv, c, self.struct_kind(c))
        if not self.ref_safe(ref, inv) and any(ch.isdigit() for ch in ref[:3]):
            return False
        self.reserve([inv])
        lab = self.L("review", unapplied=inv["balance"], cands=[[inv["id"]]],
                     reason="reference names %s of %s but the bank maps the payer to %s" % (inv["number"], c["id"], other["id"]))
        self.add(self.pdate(), c, other["lang"], inv["balance"], c["currency"], R.choice(bank_names(other)), other["id"], ref,
                 None, lab, "other_customer_pays", "payer is customer %s (unrelated), reference and amount fit %s's invoice %s: two readings"
                 % (other["id"], c["id"], inv["number"]))
        return True

    def sc_currency_mismatch(self):
        c = self.pick_cust(lambda c: c["currency"] in ("CHF", "SEK", "NOK", "DKK"))
        inv = R.choice(self.free(c["id"]))
        self.reserve([inv])
        lang = c["lang"]
        pcur = "USD" if R.random() < 0.25 else "EUR"
        amt = q(inv["balance"] / Decimal(str(FACTOR[c["currency"]])) * Decimal(str(FACTOR[pcur]))
                * Decimal(R.choice(["0.98", "1.00", "1.01"])))
        if not self.amount_global_unique(amt, pcur):
            return False
        ref = self.single_text(inv, lang, c)
        lab = self.L("review", unapplied=amt, cands=[[inv["id"]]],
                     reason="names %s (%s) but paid in %s; cannot apply across currencies" % (inv["number"], c["currency"], pcur))
        self.add(self.pdate(), c, lang, amt, pcur, R.choice(bank_names(c)), c["id"] if R.random() < 0.6 else None, ref, None, lab,
                 "currency_mismatch", "%s invoice %s paid in %s" % (c["currency"], inv["number"], pcur))
        return True

    def same_amount_groups(self, c):
        g = {}
        for i in self.free(c["id"]):
            g.setdefault(i["balance"], []).append(i)
        return [v for v in g.values() if len(v) >= 2]

    def sc_ambiguous_same(self):
        cs = [c for c in self.customers if self.same_amount_groups(c)]
        if not cs:
            return False
        c = R.choice(cs)
        grp = R.choice(self.same_amount_groups(c))
        allsame = [i for i in self.by_cust[c["id"]] if i["balance"] == grp[0]["balance"]]
        if len(allsame) != len(grp):
            return False
        grp = sorted(grp, key=lambda i: i["due_date"])
        self.reserve(grp)
        lang = c["lang"]
        ref = R.choice({"de-CH": ["Servicevertrag", "Wartung"], "fr-CH": ["Contrat de maintenance"],
                        "it-CH": ["Contratto di manutenzione"], "sv": ["Serviceavtal"], "da": ["Serviceaftale"],
                        "nb": ["Serviceavtale"], "en": ["Service contract"]}[lang] + [None])
        lab = self.L("review", unapplied=grp[0]["balance"], cands=[[i["id"]] for i in grp],
                     reason="%d open invoices with this same balance and no reference" % len(grp))
        self.add(self.pdate(), c, lang, grp[0]["balance"], c["currency"], R.choice(bank_names(c)), c["id"], ref, None, lab,
                 "ambiguous_same_amount", "recurring invoices %s share the balance %s; nothing says which"
                 % (", ".join(i["number"] for i in grp), s(grp[0]["balance"])))
        return True

    def sc_ref_amount_conflict(self):
        c = self.pick_cust(need=3)
        fr = self.free(c["id"])
        b = R.choice([i for i in fr if self.amount_unique(c, i["balance"], (i["id"],))] or [None])
        if b is None:
            return False
        a = R.choice([i for i in fr if i is not b and i["balance"] != b["balance"]])
        self.reserve([a, b])
        lang = c["lang"]
        ref = self.single_text(a, lang, c)
        lab = self.L("review", unapplied=b["balance"], cands=[[a["id"]], [b["id"]]],
                     reason="reference names %s but the amount equals %s exactly" % (a["number"], b["number"]))
        self.add(self.pdate(), c, lang, b["balance"], c["currency"], R.choice(bank_names(c)), c["id"], ref, None, lab,
                 "ref_amount_conflict", "text names %s (balance %s) while the amount is exactly %s's balance: partial on one or full on the other"
                 % (a["number"], s(a["balance"]), b["number"]))
        return True

    def sc_lump_ambiguous(self):
        cs = []
        for c in self.customers:
            for grp in self.same_amount_groups(c):
                others = [i for i in self.free(c["id"]) if i["balance"] != grp[0]["balance"]]
                if others:
                    cs.append((c, grp, others))
        if not cs:
            return False
        c, grp, others = R.choice(cs)
        a1, a2 = grp[0], grp[1]
        allsame = [i for i in self.by_cust[c["id"]] if i["balance"] == a1["balance"]]
        if len(allsame) != len(grp):
            return False
        x = R.choice(others)
        amt = a1["balance"] + x["balance"]
        opens = [i for i in self.by_cust[c["id"]] if i["balance"] > 0]
        if amt in [i["balance"] for i in opens]:
            return False
        pairs = {tuple(sorted((u["id"], v["id"]))) for u in opens for v in opens
                 if u["id"] < v["id"] and u["balance"] + v["balance"] == amt}
        if pairs != {tuple(sorted((g["id"], x["id"]))) for g in grp}:
            return False
        self.reserve(grp + [x])
        lang = c["lang"]
        cands = [sorted([g["id"], x["id"]]) for g in grp]
        lab = self.L("review", unapplied=amt, cands=cands,
                     reason="amount equals %s plus any one of %d same-amount invoices" % (x["number"], len(grp)))
        self.add(self.pdate(), c, lang, amt, c["currency"], R.choice(bank_names(c)), c["id"], R.choice(T_GENERIC[lang]), None,
                 lab, "lump_sum_ambiguous", "sum fits %s plus one of %s (same balance): several equally good sets"
                 % (x["number"], ", ".join(g["number"] for g in grp)))
        return True

    def sc_po_lookalike(self, review=False):
        c = self.pick_cust(need=2)
        fr = self.free(c["id"])
        cands = [i for i in fr if self.amount_unique(c, i["balance"], (i["id"],))]
        if not cands:
            return False
        inv = R.choice(cands)
        lang = c["lang"]
        if review:
            other = R.choice([i for i in fr if i is not inv and i["balance"] != inv["balance"]])
            po = digits(other["number"])
            self.reserve([inv, other])
            lab = self.L("review", unapplied=inv["balance"], cands=[[inv["id"]], [other["id"]]],
                         reason="order number %s is also open invoice %s of this customer; amount equals %s" % (po, other["number"], inv["number"]))
            note = "'order' %s equals the digits of this customer's open invoice %s, amount equals a different invoice %s" % (po, other["number"], inv["number"])
            scen = "po_equals_own_invoice"
        else:
            pool = [i for i in self.invoices if i["currency"] != c["currency"] and i["customer_id"] != c["id"]]
            other = R.choice(pool)
            po = digits(other["number"])
            self.reserve([inv])
            lab = self.L("applied", [(inv["id"], inv["balance"])],
                         reason="%s is the customer's order number (an invoice of another customer in %s); amount equals %s uniquely"
                         % (po, other["currency"], inv["number"]))
            note = "order number %s looks like invoice %s of another customer in %s; the amount fits only %s" % (po, other["number"], other["currency"], inv["number"])
            scen = "po_lookalike"
        ref = T_PO[lang].format(p=po)
        self.add(self.pdate(), c, lang, inv["balance"], c["currency"], R.choice(bank_names(c)), c["id"], ref, None, lab, scen, note)
        return True

    def sc_bad_rows(self):
        rows = [
            ("", "amount empty", "de-CH", "CHF"),
            ("-1480.00", "negative amount (return of a payment)", "de-CH", "CHF"),
            ("0.00", "zero amount", "sv", "SEK"),
            (None, "currency missing", "da", "DKK"),
            ("SFR", "currency code not ISO 4217", "de-CH", "CHF"),
            ("2026-04-31", "date does not exist", "nb", "NOK"),
            ("1'480.50", "amount with thousands apostrophe, not a decimal string", "de-CH", "CHF"),
            ("12 400,00", "amount in local notation, not a decimal string", "sv", "SEK"),
        ]
        for val, why, lang, cur in rows:
            c = self.pick_cust(lambda c: c["lang"] == lang and c["currency"] == cur)
            inv = R.choice(self.free(c["id"]))
            self.reserve([inv])
            amt = inv["balance"]
            d = self.pdate()
            it = {"amount": s(amt), "currency": cur, "date": d}
            if why.startswith("amount empty"):
                it["amount"] = ""
            elif why.startswith("negative"):
                it["amount"] = "-" + s(amt)
            elif why.startswith("zero"):
                it["amount"] = "0.00"
            elif why == "currency missing":
                it["currency"] = None
            elif why.startswith("currency code"):
                it["currency"] = "SFR"
            elif why.startswith("date"):
                it["date"] = "2026-04-31"
            elif "apostrophe" in why:
                it["amount"] = fmt_amount(amt, "de-CH")
            else:
                it["amount"] = fmt_amount(amt, "sv").replace("\u202f", " ")
            ref = self.single_text(inv, lang, c)
            if why.startswith("negative"):
                ref = "RUECKBUCHUNG / RETOURE " + ref
            ok_amt = it["amount"] in (s(amt), "0.00")
            lab = self.L("review", unapplied=Decimal(it["amount"]) if ok_amt else D0, cands=[[inv["id"]]],
                         reason="bad row: " + why)
            self.add(d, c, lang, None, None, R.choice(bank_names(c)), c["id"], ref, None, lab, "bad_row",
                     "bad row (%s); reference points at %s but nothing may be applied" % (why, inv["number"]))
            self.items[-1]["raw"] = it
        return True


# ---------------------------------------------------------------- main
COUNTS = [
    ("struct", 88), ("third_party", 5), ("text", 63), ("batch", 24), ("batch_typo", 3), ("batch_short", 5),
    ("batch_overpaid", 4), ("range", 6), ("amount_only", 20), ("lump_all", 8), ("typo_applied", 14),
    ("typo_review", 5), ("partial", 14), ("partial_rest", 8), ("short", 22), ("short_charges", 3),
    ("overpay", 8), ("overpay_total", 4), ("duplicate", 10), ("no_fit", 8), ("unknown", 8),
    ("other_payer", 4), ("currency", 8), ("ambiguous", 8), ("conflict", 8), ("lump_amb", 4),
    ("po", 6), ("po_review", 2),
]


def run_scenario(p, name, k):
    f = {
        "struct": lambda: p.sc_struct_exact(), "third_party": lambda: p.sc_struct_exact(True),
        "text": p.sc_text_exact, "batch": lambda: p.sc_batch(), "batch_typo": lambda: p.sc_batch("typo"),
        "batch_short": lambda: p.sc_batch("short"), "batch_overpaid": lambda: p.sc_batch("overpaid_line"),
        "range": p.sc_range, "amount_only": p.sc_amount_only, "lump_all": p.sc_lump_all,
        "typo_applied": p.sc_typo_applied, "typo_review": p.sc_typo_review, "partial": lambda: p.sc_partial(),
        "partial_rest": lambda: p.sc_partial(True), "short": lambda: p.sc_short(),
        "short_charges": lambda: p.sc_short("charges"), "overpay": lambda: p.sc_overpay(),
        "overpay_total": lambda: p.sc_overpay("total"), "duplicate": p.sc_duplicate, "no_fit": p.sc_no_fit,
        "unknown": lambda: p.sc_unknown(k), "other_payer": p.sc_other_payer_known, "currency": p.sc_currency_mismatch,
        "ambiguous": p.sc_ambiguous_same, "conflict": p.sc_ref_amount_conflict, "lump_amb": p.sc_lump_ambiguous,
        "po": lambda: p.sc_po_lookalike(), "po_review": lambda: p.sc_po_lookalike(True),
    }[name]
    for _ in range(60):
        try:
            if f():
                return True
        except (LookupError, IndexError):
            pass
    raise SystemExit("could not build scenario %s" % name)


def main():
    customers = make_customers()
    invoices = make_invoices(customers)
    p = Plan(customers, invoices)
    # scarce scenarios first so they find their shapes
    order = ["lump_all", "lump_amb", "ambiguous", "range", "typo_review", "batch_overpaid", "batch_short", "batch_typo",
             "batch"]
    names = sorted(COUNTS, key=lambda x: order.index(x[0]) if x[0] in order else len(order))
    for name, n in names:
        for k in range(n):
            run_scenario(p, name, k)
    p.sc_bad_rows()
    items = p.items
    items.sort(key=lambda it: (it["date"], it.get("raw", {}).get("date", "") if False else ""))
    # stable by date; pairs were given strictly later dates
    payments, labels = [], []
    for n, it in enumerate(items, 1):
        pid = "nsm-p-%04d" % n
        raw = it.get("raw")
        pay = {"id": pid, "date": raw["date"] if raw and isinstance(raw["date"], str) else it["date"].isoformat(),
               "amount": raw["amount"] if raw else s(it["amount"]),
               "currency": raw["currency"] if raw else it["currency"],
               "payer_name": it["payer_name"], "customer_id": it["customer_id"],
               "reference": it["reference"], "remittance": it["remittance"]}
        payments.append(pay)
        lab = {"payment_id": pid}
        lab.update(it["label"])
        lab["scenario"] = it["scenario"]
        lab["note"] = "[%s, %s] %s" % (it["scenario"], it["lang"], it["note"])
        labels.append(lab)
    inv_out = []
    for i in invoices:
        inv_out.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                        "customer_name": i["customer_name"], "currency": i["currency"], "total": s(i["total"]),
                        "balance": s(i["balance"]), "issue_date": i["issue_date"].isoformat(),
                        "due_date": i["due_date"].isoformat()})
    os.makedirs(OUT, exist_ok=True)
    for fn, obj in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    write_readme(customers, inv_out, payments, labels, items)
    print("invoices", len(inv_out), "payments", len(payments))


def write_readme(customers, invoices, payments, labels, items):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    sc_st = {l["scenario"]: l["status"] for l in labels}
    lg = Counter(it["lang"] for it in items)
    cu = Counter(p["currency"] for p in payments)
    icu = Counter(i["currency"] for i in invoices)
    known = sum(1 for p in payments if p["customer_id"])
    L = []
    w = L.append
    w("# Blind cash-application set: `%s`" % LEDGER)
    w("")
    w("Made-up medical-devices distributor **Nordalp Medtech** (Nordalp Medtech AG, Baar CH; Nordalp Medtech AB, "
      "Göteborg SE; Nordalp Medtech A/S, Aarhus DK; Nordalp Medtech AS, Bergen NO) selling to hospitals, clinics, "
      "pharmacies and dentists. Every customer, place, person and reference is invented. Built by `build.py` "
      "(seed %d, stdlib only) from `contracts/cash-application.md` alone; `check.py` re-verifies every label." % SEED)
    w("")
    w("## Files")
    w("")
    w("| file | rows | content |")
    w("|---|---|---|")
    w("| `%s/invoices.json` | %d | open invoices (contract fields) of %d customers |" % (LEDGER, len(invoices), len(customers)))
    w("| `%s/payments.json` | %d | payments, oldest first (contract fields) |" % (LEDGER, len(payments)))
    w("| `%s/labels.json` | %d | expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |" % (LEDGER, len(labels)))
    w("| `build.py` / `check.py` | | generator / verifier (`python3 check.py` exits 1 on any problem) |")
    w("")
    w("Invoice numbers: one series per entity, `CH-417xxx`, `SE-520xxx`, `DK-630xxx`, `NO-740xxx` (EUR invoices "
      "come from the CH or DK entity, USD from CH). Invoice currencies: %s. Payment currencies: %s. "
      "CHF amounts are rounded to 5 Rappen; %d invoices carry a balance below their total (earlier part payment). "
      "%d payments carry a `customer_id`, the rest only the bank's payer name." % (
          ", ".join("%s %d" % kv for kv in sorted(icu.items())), ", ".join("%s %d" % (k or "null", v) for k, v in sorted(cu.items(), key=lambda kv: str(kv[0]))),
          sum(1 for i in invoices if i["balance"] != i["total"]), known))
    w("")
    w("## Bank data")
    w("")
    w("- Swiss QR-bill **QRR**: 27 digits (customer no., `0`, invoice digits, zero-padded to 26, + mod-10 recursive check digit), "
      "raw or in the printed `NN NNNNN NNNNN ...` grouping. **SCOR** `RF` creditor references (ISO 11649 mod 97) on the invoice "
      "number, raw or in groups of four (CHF and EUR).")
    w("- Swedish Bankgiro **OCR**: invoice digits + Luhn, or customer no. + invoice digits + length digit + Luhn.")
    w("- Danish **FIK +71**: 15-digit payment id (customer no., `000`, invoice digits, Luhn) as `+71<...+88457712<`, `FIK 71 ...`, `+71 ...`.")
    w("- Norwegian **KID**: customer no. + invoice digits + MOD10 (some MOD11).")
    w("- Customer numbers use only the digits 1,2,3,8,9, so no 6-digit window of a reference other than the intended one "
      "is an invoice number (the generator rejects any reference where one would be).")
    w("- Payer names as banks print them: upper-cased, cut at 35 characters, diacritics folded (`BJORKVIKEN`), or 70-character "
      "cuts of long official public-sector names (`Ente Ospedaliero Regionale di Valmaggiore, Servizio contabilita fornit`).")
    w("- Procurement payment advices (multi-line remittance) with 3-22 invoices, local number and date formats "
      "(`CHF 1\'234.50`, `1 234,50 kr`, `kr 1.234,50`, `USD 1,234.50`).")
    w("")
    w("## Label conventions")
    w("")
    w("- One entry per payment with exactly `payment_id, status, applications, unapplied, short_pay, candidates, reason`, "
      "plus `scenario` and `note`; `note` starts `[scenario, lang]`. Amounts are decimal strings with two decimals.")
    w("- `applications` + `unapplied` = payment amount. `review` applies nothing, so its `unapplied` is the whole amount.")
    w("- `candidates` (review only) is a list of invoice-id lists, one list per candidate set, best first; otherwise `[]`.")
    w("- `partial`: a stated part payment (`short_pay` null) or a short pay with a stated reason; `short_pay.amount` is what "
      "the deduction leaves open on that invoice, `short_pay.reason` a short English paraphrase of the customer\'s reason.")
    w("- `unapplied`: overpayment remainder (the invoice is closed and listed), a repeat payment of an already-paid invoice "
      "(no applications), a listed invoice that an earlier payment in this file already settled, or a known customer\'s "
      "prepayment that fits no invoice.")
    w("- Applied only when sure: a reference that names exactly one open invoice and the exact balance, an advice/range/list "
      "whose balances sum exactly, a whole-account lump sum of a small customer, or (no reference) an amount equal to exactly one "
      "open balance of the identified customer and to no sum of two of its others.")
    w("- Balances are the open balance at the payment\'s turn: earlier payments in the file reduce them (part payment then "
      "remainder, duplicate transfers, an advice that lists an invoice already paid).")
    w("- Bad rows (`scenario: bad_row`): `review`, no applications, the referenced invoice as the only candidate; "
      "`unapplied` is the amount if it is a valid decimal string, else `0.00`. No `error` field: the contract defines none.")
    w("")
    w("## Counts")
    w("")
    w("By status: " + ", ".join("%s %d" % kv for kv in sorted(st.items())) + ".")
    w("")
    w("| scenario | status | n |")
    w("|---|---|---|")
    for k, v in sorted(sc.items(), key=lambda kv: (sc_st[kv[0]], kv[0])):
        w("| %s | %s | %d |" % (k, sc_st[k], v))
    w("")
    w("By language of the payer\'s texts: " + ", ".join("%s %d" % kv for kv in sorted(lg.items())) + ".")
    w("")
    w("## Deliberately hard")
    w("")
    w("- Structured references where the invoice number is buried in a long digit string (QRR, OCR with length digit, FIK, KID), "
      "and RF references whose body is `CH417305` or bare digits.")
    w("- Invoice numbers written as `417305`, `CH-417305`, `CH 417305`, `CH417305`; typos (transposed or wrong digit) that "
      "resolve through a unique exact amount (applied) or that sit one digit from two open invoices (review).")
    w("- Order numbers that equal another customer\'s invoice number in another currency (applied by the unique amount), or "
      "this customer\'s own other open invoice (review).")
    w("- Reference names invoice A while the amount is exactly invoice B (review); recurring service invoices with equal "
      "balances (review, all as candidates); lump sums that fit several equal sets (review).")
    w("- Overpayments that include a reminder fee, pay the invoice total ignoring an earlier part payment, or transpose digits of "
      "the amount; 2% Skonto/kassarabatt/kontantrabat short pays; deduction lines inside procurement advices.")
    w("- Third parties (canton finance offices, regional shared services) paying a hospital\'s invoice with its exact "
      "structured reference (applied); an unrelated known customer paying another customer\'s invoice (review).")
    w("- A payment in EUR/USD naming a CHF/SEK/NOK/DKK invoice (review: no cross-currency application).")
    w("- Unknown payers whose amount happens to equal one open invoice of an unrelated customer (review with that candidate).")
    w("")
    w("## Ambiguities in the contract and how they were labelled")
    w("")
    w("- Candidate format is unspecified: a list of invoice-id lists. Review `unapplied` is not specified: the full amount.")
    w("- A known customer paying another customer\'s invoice with an exact reference: two defensible readings, so review. "
      "With no `customer_id` and an obviously related public body as payer: applied.")
    w("- Stated reminder fees are not invoices: the fee is unapplied cash (status `unapplied`).")
    w("- Bad rows: the contract has no error status; labelled review as above.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
