#!/usr/bin/env python3
"""Blind held-out cash-application set: Italy, San Marino, Ticino.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_italia/*.json and README.md.
Stage 1: customers and invoices.  Stage 2: payments + labels (replayed).  Stage 3: README.
"""
import calendar
import itertools
import json
import os
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_italia")
R = random.Random(139_2026)
C2 = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(C2, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def it_amt(x):
    """1234.5 -> '1.234,50' (Italian bank text)."""
    x = q(x)
    neg = x < 0
    whole, frac = str(abs(x)).split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ("-" if neg else "") + ".".join(parts) + "," + frac


def ch_amt(x):
    """Swiss style 1'234.50"""
    x = q(x)
    whole, frac = str(x).split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return "'".join(parts) + "." + frac


def eom(d, add_months=0):
    y, m = d.year, d.month + add_months
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


def dmy(d, short=False):
    return d.strftime("%d/%m/%y" if short else "%d/%m/%Y")


_used_ids = set()


def rid(prefix, n=8, alphabet="0123456789abcdefghjkmnpqrstuvwxyz"):
    while True:
        v = prefix + "".join(R.choice(alphabet) for _ in range(n))
        if v not in _used_ids:
            _used_ids.add(v)
            return v


# --------------------------------------------------------------------------------------------
# Stage 1: customers
# --------------------------------------------------------------------------------------------
SURN = ("Rossi Bianchi Colombo Ferrari Esposito Ricci Marino Greco Bruno Gallo Conti Mancini Costa "
        "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli "
        "Martini Leone Longo Gentile Martinelli Vitale Serra Coppola Marchetti Parisi Villa Ferraro Fabbri "
        "Marini Grasso Valentini Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli "
        "Amato Silvestri Mazza Testa Carbone Giuliani Benedetti Barone Caputo Montanari Guerra Palmieri "
        "Bernardi Fiore Ferretti Bellini Basile Riva Donati Piras Vitali Sartori Neri Milani Pagano "
        "Sorrentino Orlando Zanetti Brambilla Crippa Bonfanti Locatelli Pozzi Tagliabue Radaelli Mauri "
        "Panzeri Corti Frigerio Zappa Redaelli Sironi Molteni Arosio Ronchi").split()
ACT = ["Impianti", "Logistica", "Costruzioni", "Immobiliare", "Ottica", "Ceramiche", "Meccanica",
       "Trasporti", "Arredamenti", "Alimentari", "Informatica", "Edilizia", "Elettronica", "Tessile",
       "Calzature", "Vini", "Serramenti", "Termoidraulica", "Carpenteria", "Packaging", "Grafica",
       "Autoricambi", "Plastica", "Assicurazioni", "Consulting", "Servizi", "Verniciatura", "Stampi"]
FORMS = ["S.r.l.", "S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s."]
STUDIO = ["Studio Legale", "Studio Notarile", "Studio Commercialista", "Studio Associato", "Studio Tecnico",
          "Farmacia", "Poliambulatorio", "Agenzia Immobiliare", "Hotel", "Autoscuola"]
CITIES = ["Milano", "Bergamo", "Brescia", "Como", "Lecco", "Monza", "Varese", "Cremona", "Lodi", "Pavia",
          "Torino", "Novara", "Verona", "Padova", "Bologna", "Modena", "Parma", "Piacenza", "Genova", "Firenze"]
PA_NAMES = [("Comune di Bergamo", "TESORERIA COMUNE DI BERGAMO"), ("Comune di Lecco", "COMUNE DI LECCO SERV. TESOR"),
            ("Comune di Seriate", "COMUNE DI SERIATE"), ("Comune di Treviglio", "TESORERIA COMUNALE TREVIGLIO"),
            ("Comune di Cantu'", "COMUNE DI CANTU"), ("Comune di Sondrio", "COMUNE DI SONDRIO TESORERIA"),
            ("Comune di Crema", "TESORERIA COMUNE DI CREMA"), ("Comune di Vigevano", "COMUNE DI VIGEVANO"),
            ("Provincia di Varese", "PROVINCIA DI VARESE"), ("Provincia di Lodi", "PROVINCIA DI LODI TESORERIA"),
            ("ASST Papa Giovanni XXIII", "ASST PAPA GIOVANNI XXIII"), ("ASST Lariana", "ASST LARIANA"),
            ("ATS della Montagna", "ATS DELLA MONTAGNA"), ("ASST Rhodense", "ASST RHODENSE"),
            ("Universita' degli Studi di Pavia", "UNIVERSITA DEGLI STUDI DI PAVIA"),
            ("Universita' degli Studi di Bergamo", "UNIV. DEGLI STUDI DI BERGAMO"),
            ("Politecnico di Milano - Dip. DABC", "POLITECNICO DI MILANO"),
            ("Istituto Comprensivo Statale \"G. Pascoli\" Monza", "IST. COMPRENSIVO G. PASCOLI"),
            ("Liceo Scientifico Statale \"A. Volta\" Como", "LICEO SCIENTIFICO A. VOLTA"),
            ("I.I.S. \"G. Natta\" Bergamo", "IIS G NATTA BERGAMO"),
            ("Istituto Comprensivo \"Don Milani\" Lodi", "IC DON MILANI LODI"),
            ("Camera di Commercio di Como-Lecco", "CCIAA COMO LECCO"),
            ("Tribunale di Monza - Ministero della Giustizia", "BANCA D'ITALIA TESORERIA STATO"),
            ("Prefettura - UTG di Varese", "BANCA D'ITALIA TESORERIA STATO"),
            ("Azienda USL di Piacenza", "AZIENDA USL DI PIACENZA"), ("ARPA Lombardia", "ARPA LOMBARDIA"),
            ("Consorzio di Bonifica Est Ticino Villoresi", "CONS. BONIFICA EST TICINO VILLORESI"),
            ("Unione dei Comuni Lombarda Adda Martesana", "UNIONE COMUNI ADDA MARTESANA"),
            ("Comune di Desio", "COMUNE DI DESIO"), ("Comune di Saronno", "TESORERIA COMUNE DI SARONNO")]
CONDO_STREETS = ["Via Manzoni 12", "Viale Papa Giovanni XXIII 48", "Via Tasso 7", "Via Borgo Palazzo 131",
                 "Via dei Mille 22", "Corso Garibaldi 65", "Via Pignolo 40", "Via Moroni 210", "Piazza Pontida 3",
                 "Via Broseta 88", "Via San Bernardino 15", "Via Carducci 9", "Residenza Le Betulle, Via Roma 4"]
SM_NAMES = ["Titanservice", "Montale Forniture", "Serravalle Logistica", "Borgo Maggiore Immobiliare",
            "Dogana Trasporti", "Faetano Arredi", "Fiorentino Elettronica", "Acquaviva Ceramiche",
            "Domagnano Servizi", "Chiesanuova Consulting", "Galavotti Ottica", "Tre Penne Grafica",
            "Rovereta Packaging", "Cailungo Meccanica", "Murata Vini", "Ventoso Informatica",
            "Guaita Costruzioni", "Cesta Assicurazioni"]
SM_BANKS = ["BANCA DI SAN MARINO", "CASSA DI RISPARMIO RSM", "BANCA AGRICOLA COMM. RSM", "BANCA SAMMARINESE INV."]
TI_NAMES = ["Fiduciaria Bernasconi SA", "Studio d'avvocatura Pedrazzini", "Ticino Logistica Sagl", "Farmacia Centrale Bellinzona SA",
            "Garage Ceresio SA", "Fondazione Casa Anziani Mendrisio", "Tipografia Leventinese SA", "Gianola Costruzioni SA",
            "Albergo Lago Maggiore Sagl", "Studio Medico Dr. Lurati", "Mendrisiotto Trasporti SA", "Ferrari & Soci Fiduciari Sagl",
            "Ottica Verbano SA", "Ristorante Grotto Ticinese Sagl", "Immobiliare Collina d'Oro SA", "Elettro Riva San Vitale SA",
            "Falegnameria Vallemaggia Sagl", "Consulenze Quadri SA", "Scuola Moderna Lugano SA", "Dentalcare Chiasso SA",
            "Autotrasporti Pagani SA", "Cantina Sociale Mendrisio", "Lugano Servizi Informatici Sagl", "Locarno Stampa SA",
            "Agenzia Viaggi Gottardo Sagl", "Studio Notarile Bianchi-Rusca", "Clinica Veterinaria Tre Valli SA",
            "Poncini Impianti Sanitari SA", "Edilcentro Biasca SA", "Ambrosetti Consulenze Sagl", "Hotel Brè Paradiso SA",
            "Fiduciaria Soldati & Partner SA", "Meccanica di Precisione Stabio SA", "Ticinocasa Sagl", "Assicurazioni Rezzonico SA",
            "Galli Arredamenti SA", "Caffè Chicco d'Oro Distribuzione Sagl", "Orologeria Pestalozzi SA", "Balerna Plastica SA",
            "Carrozzeria Nessi Sagl", "Studio Architettura Botta-Lepori Sagl", "Cooperativa Agricola Capriasca", "Verzasca Outdoor Sagl"]
TI_TOWNS = ["LUGANO", "BELLINZONA", "LOCARNO", "MENDRISIO", "CHIASSO", "BIASCA", "STABIO", "PARADISO"]
NON_CUSTOMER_PAYERS = ["STUDIO ASSOCIATO BERTI E MAGNI", "SERVIZI CONTABILI LOMBARDI SRL", "CENTRO ELABORAZIONE DATI ORIO",
                       "MARIO BRAMBILLA", "F.LLI ARRIGONI SNC", "ELABORA PAGHE SRL", "GIUSEPPINA CORTI",
                       "CONSULENZE TRIBUTARIE VALSERIANA", "AMMINISTRAZIONI IMMOBILIARI PEREGO", "ANDREA MOTTA"]

CUSTOMERS = []
_cust_ids = set()


def cust_id():
    while True:
        v = "CL%06d" % R.randrange(1000, 999999)
        if v not in _cust_ids:
            _cust_ids.add(v)
            return v


def bankify(name, maxlen=None):
    t = name.upper().replace("'", " ").replace('"', "").replace(" & ", " E ")
    t = t.replace("S.R.L.S.", "SRLS").replace("S.R.L.", "SRL").replace("S.P.A.", "SPA").replace("S.N.C.", "SNC")
    t = t.replace("S.A.S.", "SAS").replace("À", "A").replace("È", "E").replace("  ", " ").strip()
    if maxlen:
        t = t[:maxlen].rstrip()
    return t


def add_customer(name, kind, bank_name, currency="EUR", extra=None):
    c = {"id": cust_id(), "name": name, "kind": kind, "bank_name": bank_name, "currency": currency,
         "similar": None, "tags": set()}
    if extra:
        c.update(extra)
    CUSTOMERS.append(c)
    return c


def build_customers():
    used = set()
    # similar-name pairs first (truncated bank names collide)
    pairs = [("Rossi Impianti S.r.l.", "Rossi Impianti Elettrici S.n.c."),
             ("Colombo Trasporti S.p.A.", "Colombo Trasporti e Logistica S.r.l."),
             ("Ferrari Arredamenti S.r.l.", "Ferrari Arredamenti Contract S.r.l."),
             ("Brambilla Grafica S.n.c.", "Brambilla Grafica & Stampa S.r.l."),
             ("Locatelli Costruzioni S.r.l.", "Locatelli Costruzioni Generali S.p.A."),
             ("Studio Associato Mauri", "Studio Associato Mauri & Crippa"),
             ("Farmacia Bonfanti", "Farmacia Bonfanti Dr. Luca")]
    for a, b in pairs:
        ca = add_customer(a, "it", bankify(a))
        cb = add_customer(b, "it", bankify(b))
        ca["similar"], cb["similar"] = cb["id"], ca["id"]
        common = os.path.commonprefix([bankify(a), bankify(b)]).strip()
        ca["common"] = cb["common"] = common
        used.add(a)
        used.add(b)
        used.add(" ".join(bankify(a).split()[:2]))
    while len([c for c in CUSTOMERS if c["kind"] == "it"]) < 196:
        r = R.random()
        if r < 0.7:
            nm = "%s %s %s" % (R.choice(SURN), R.choice(ACT), R.choice(FORMS))
        elif r < 0.85:
            nm = "%s %s" % (R.choice(STUDIO), R.choice(SURN))
        else:
            nm = "%s %s di %s %s & C. S.a.s." % (R.choice(ACT), R.choice(CITIES), R.choice(SURN), R.choice(SURN)[0] + ".")
        key2 = " ".join(w for w in bankify(nm).split() if w not in ("SRL", "SPA", "SNC", "SAS", "SRLS"))
        if nm in used or key2 in used:
            continue
        used.add(nm)
        used.add(key2)
        add_customer(nm, "it", bankify(nm, 35 if R.random() < 0.5 else None))
    for nm, bn in PA_NAMES:
        add_customer(nm, "pa", bn)
    for st in CONDO_STREETS:
        city = R.choice(["Bergamo", "Milano", "Monza"])
        add_customer("Condominio %s - %s" % (st, city), "condo",
                     bankify("COND %s %s" % (st, city), 35))
    for nm in SM_NAMES:
        form = R.choice(["S.r.l.", "S.p.A.", "S.r.l."])
        full = "%s %s" % (nm, form)
        add_customer(full, "sm", bankify(full), extra={"sm_bank": R.choice(SM_BANKS)})
    for i, nm in enumerate(TI_NAMES):
        town = R.choice(TI_TOWNS)
        c = add_customer(nm, "ti", bankify(nm) + " " + town, currency="CHF")
        if i % 4 == 1:
            c["tags"].add("also_eur")


# --------------------------------------------------------------------------------------------
# Stage 1b: invoices
# --------------------------------------------------------------------------------------------
INVOICES = []          # list of dicts (with private keys starting with "_")
INV = {}               # id -> invoice
LEDGER_DATE = date(2026, 3, 20)
START = date(2025, 10, 1)


def rand_day(a=START, b=LEDGER_DATE):
    return a + timedelta(R.randrange((b - a).days + 1))


def money(lo, hi):
    # office-tech pricing: mostly round-ish imponibili with cents
    v = Decimal(R.randrange(int(lo * 100), int(hi * 100))) / 100
    if R.random() < 0.45:
        v = q(round(v / 5) * 5)
    return q(v)


def product_amount():
    r = R.random()
    if r < 0.35:
        return money(45, 480)            # toner, cartucce, carta
    if r < 0.65:
        return money(120, 1400)          # assistenza / interventi
    if r < 0.9:
        return money(900, 6500)          # stampanti, multifunzione
    return money(6000, 24000)            # installazioni, rinnovo parco


def new_invoice(c, series, issue, imponibile, vat_rate, method, currency="EUR", desc=""):
    tax = q(imponibile * vat_rate)
    total = q(imponibile + tax)
    inv = {"id": rid("i-"), "number": None, "customer_id": c["id"], "customer_name": c["name"],
           "currency": currency, "total": total, "balance": total, "issue_date": issue, "due_date": None,
           "_series": series, "_imp": imponibile, "_vat": tax, "_method": method, "_desc": desc,
           "_kind": c["kind"]}
    if method == "riba":
        inv["due_date"] = issue + timedelta(R.choice([30, 60, 60, 90]))
    elif c["kind"] == "pa":
        inv["due_date"] = issue + timedelta(30)
    else:
        inv["due_date"] = eom(issue, R.choice([0, 1, 1, 2]))
    if c["kind"] == "pa":
        # split payment: the state gets the VAT; the receivable carried on the customer is the net
        inv["balance"] = imponibile
    INVOICES.append(inv)
    INV[inv["id"]] = inv
    return inv


def build_invoices():
    for c in CUSTOMERS:
        k = c["kind"]
        if k == "it":
            n = R.choice([1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 11, 14])
            method = R.choice(["bonifico", "bonifico", "bonifico", "riba", "riba"])
            c["method"] = method
            has_contract = R.random() < 0.35
            if has_contract:
                c["tags"].add("contract")
                canone = money(60, 650)
                c["canone"] = canone
                c["sdd"] = R.random() < 0.6
                months = R.sample(range(6), R.choice([1, 2, 2, 3]))
                for mth in sorted(months):
                    issue = date(2025, 10, 1) + timedelta(days=31 * mth)
                    issue = issue.replace(day=R.choice([1, 1, 2, 5]))
                    if issue > LEDGER_DATE:
                        continue
                    new_invoice(c, "SRV", issue, canone, Decimal("0.22"), "sdd" if c["sdd"] else "bonifico",
                                desc="canone noleggio")
            batch = R.random() < 0.12 and n >= 3
            if batch:
                c["tags"].add("batch")
                bd = rand_day(date(2025, 12, 1))
                for _ in range(R.choice([3, 4])):
                    new_invoice(c, "FT", bd, product_amount(), Decimal("0.22"), method, desc="sede")
                n -= 3
            for _ in range(n):
                new_invoice(c, "FT", rand_day(), product_amount(), Decimal("0.22"), method)
        elif k == "pa":
            for _ in range(R.choice([1, 2, 2, 3, 4])):
                new_invoice(c, "PA", rand_day(), product_amount(), Decimal("0.22"), "bonifico")
        elif k == "condo":
            for _ in range(R.choice([1, 2, 3])):
                new_invoice(c, "FT", rand_day(), money(150, 2200), Decimal("0.22"), "bonifico",
                            desc="manutenzione impianto TVCC/accessi")
        elif k == "sm":
            for _ in range(R.choice([1, 2, 3, 4, 5])):
                new_invoice(c, "FT", rand_day(), product_amount(), Decimal("0"), "bonifico",
                            desc="non imponibile art. 71 DPR 633/72")
        elif k == "ti":
            for _ in range(R.choice([1, 2, 3, 4, 5, 6])):
                new_invoice(c, "TI", rand_day(), product_amount(), Decimal("0.081"), "qr", currency="CHF")
            if "also_eur" in c["tags"]:
                for _ in range(R.choice([1, 2])):
                    new_invoice(c, "FT", rand_day(), product_amount(), Decimal("0"), "bonifico",
                                desc="esportazione art. 8")
    # engineered: similar-name pairs share one amount (ambiguous payer), subset customers (x, y, x+y)
    for c in CUSTOMERS:
        if c["similar"] and c["id"] < c["similar"]:
            other = next(o for o in CUSTOMERS if o["id"] == c["similar"])
            imp = money(300, 2500)
            a = new_invoice(c, "FT", rand_day(date(2026, 1, 5)), imp, Decimal("0.22"), "bonifico")
            b = new_invoice(other, "FT", rand_day(date(2026, 1, 5)), imp, Decimal("0.22"), "bonifico")
            a["_twin"], b["_twin"] = b["id"], a["id"]
    subset_pool = [c for c in CUSTOMERS if c["kind"] == "it" and not c["similar"] and "contract" not in c["tags"]]
    for c in R.sample(subset_pool, 8):
        x, y = money(200, 900), money(200, 900)
        d = rand_day(date(2025, 12, 1))
        a = new_invoice(c, "FT", d, x, Decimal("0.22"), c["method"])
        b = new_invoice(c, "FT", d + timedelta(3), y, Decimal("0.22"), c["method"])
        # third invoice whose total equals a.total + b.total exactly
        tgt = a["total"] + b["total"]
        imp = q(tgt / Decimal("1.22"))
        for delta in (Decimal("0"), Decimal("0.01"), Decimal("-0.01"), Decimal("0.02"), Decimal("-0.02")):
            if q((imp + delta) * Decimal("1.22")) == tgt:
                imp = imp + delta
                break
        cc = new_invoice(c, "FT", d + timedelta(R.randrange(5, 30)), imp, Decimal("0.22"), c["method"])
        if cc["total"] != tgt:
            # force: adjust vat
            cc["_vat"] = tgt - imp
            cc["total"] = cc["balance"] = tgt
        c["tags"].add("subset")
        c["subset"] = (a["id"], b["id"], cc["id"])
    # some invoices carry an earlier part payment (balance < total)
    for inv in INVOICES:
        if inv["_kind"] in ("it", "sm", "ti") and inv["_series"] != "SRV" and "_twin" not in inv and R.random() < 0.05 and inv["total"] > 300:
            paid = q(inv["total"] * Decimal(R.choice(["0.3", "0.5", "0.4"])))
            paid = q(round(paid / 10) * 10)
            inv["balance"] = inv["total"] - paid
            inv["_prepaid"] = paid
    number_invoices()


def number_invoices():
    by_series = defaultdict(list)
    for inv in INVOICES:
        by_series[(inv["_series"], inv["issue_date"].year)].append(inv)
    ALLNUM.clear()
    for (series, year), lst in sorted(by_series.items()):
        lst.sort(key=lambda i: (i["issue_date"], i["customer_id"], i["id"]))
        n = {"FT": 1 if year == 2026 else 1620, "SRV": 1 if year == 2026 else 310,
             "PA": 1 if year == 2026 else 212, "TI": 1 if year == 2026 else 402}[series]
        prev = None
        for inv in lst:
            key = (inv["issue_date"], inv["customer_id"])
            if prev is not None and key != prev:
                n += 1 + (R.choice([0, 0, 0, 1, 1, 2, 3]) if series == "FT" else R.choice([0, 1, 1, 2]))
            elif prev is not None:
                n += 1
            prev = key
            inv["_n"] = n
            inv["_year"] = year
            if series == "FT":
                inv["number"] = "FT %d/%d" % (n, year)
            elif series == "SRV":
                inv["number"] = "%d/%06d" % (year, n)
            elif series == "PA":
                inv["number"] = "%d/PA" % n if year == 2026 else "%d/PA/%d" % (n, year)
            else:
                inv["number"] = "TI-%d/%d" % (n, year)
            ALLNUM[inv["number"]] = inv["id"]


ALLNUM = {}


# --------------------------------------------------------------------------------------------
# Stage 2: payments.  Scenarios run in file order against live balances.
# --------------------------------------------------------------------------------------------
class Skip(Exception):
    pass


BAL = {}
RES = set()          # invoices a scenario has claimed; independent scenarios never share invoices
CUST = {}
ABI = ["0306", "0200", "0503", "0569", "0623", "0538", "0311", "0344", "0876", "0542", "0890"]


def trn():
    return R.choice(ABI) + "".join(R.choice("0123456789") for _ in range(22)) + R.choice(["IT", "IT", "CT"])


def cro():
    return "".join(R.choice("0123456789") for _ in range(11))


def cig():
    return R.choice("ZY") + "".join(R.choice("0123456789ABCDEF") for _ in range(9))


def open_inv(cid, cur=None):
    return [INV[i] for i in CUST_INV[cid] if BAL[i] > 0 and (cur is None or INV[i]["currency"] == cur)]


def free(i):
    return i["id"] not in RES and BAL[i["id"]] > 0


GENERIC_OK = lambda i: (i["_kind"] in ("it", "sm") or (i["_kind"] == "ti" and i["currency"] == "EUR")) \
    and "_twin" not in i and i["_desc"] != "sede" and "subset" not in CUST[i["customer_id"]]["tags"]


def pick(pred, tries=None):
    pool = [i for i in INVOICES if free(i) and pred(i)]
    if not pool:
        raise Skip("empty pool")
    return R.choice(pool)


def fits(cid, amount, cur, maxk=3):
    """All sets (size 1..maxk) of the customer's open invoices in `cur` whose live balances sum to amount."""
    inv = open_inv(cid, cur)
    out = []
    for k in range(1, maxk + 1):
        if k > 1 and len(inv) > 18:
            break
        for combo in itertools.combinations(inv, k):
            if sum(BAL[i["id"]] for i in combo) == amount:
                out.append(sorted(i["id"] for i in combo))
    return out


def global_singles(amount, cur):
    return [i["id"] for i in INVOICES if BAL[i["id"]] == amount and i["currency"] == cur]


def reserve(*ids):
    for i in ids:
        RES.add(i)


def payer(c, id_prob=0.6, allow_null_for_similar=False):
    """(payer_name, customer_id) as the bank shows them."""
    name = c["bank_name"]
    if c["kind"] == "sm" and R.random() < 0.3:
        name = name + " - " + c["sm_bank"]
    if R.random() < 0.25 and len(name) > 24:
        name = name[:R.choice([24, 28, 30])].rstrip()
        if c["similar"]:
            name = c["bank_name"]
    cid = c["id"] if R.random() < id_prob else None
    if cid is None and (c["similar"] or not name_unique(name)):
        cid = c["id"]
    return name, cid


def name_unique(name):
    hits = [c for c in CUSTOMERS if c["bank_name"].startswith(name) or name.startswith(c["bank_name"])]
    return len(hits) == 1


def fmt_num(inv, style=None):
    s_ = inv["_series"]
    n, y, d = inv["_n"], inv["_year"], inv["issue_date"]
    if s_ == "FT":
        opts = ["FT %d/%d" % (n, y), "FATT. N. %d DEL %s" % (n, dmy(d)), "FATTURA %d/%s" % (n, str(y)[2:]),
                "FT.N.%d-%d" % (n, y), "FATT %d %d" % (n, y), "FATTURA NR %d DEL %s" % (n, dmy(d, True)),
                "VS FT %d/%d" % (n, y), "FT %d DEL %s" % (n, dmy(d))]
    elif s_ == "SRV":
        opts = ["%d/%06d" % (y, n), "FATT. %d-%06d" % (y, n), "FATTURA N.%d/%06d" % (y, n),
                "DOC. %d/%06d DEL %s" % (y, n, dmy(d))]
    elif s_ == "PA":
        opts = ["FATT. N. %s DEL %s" % (inv["number"].replace("/%d" % y, "") if y != 2026 else inv["number"], dmy(d)),
                "FATTURA ELETTRONICA N. %s" % inv["number"], "FT %s" % inv["number"]]
    else:
        opts = [inv["number"], "FATTURA %s" % inv["number"], "FATT. TI %d/%d" % (n, y)]
    return opts[style % len(opts)] if style is not None else R.choice(opts)


def wrap_bank(c_name, causale, kind="sct"):
    r = R.random()
    if kind == "inst":
        return "BONIFICO ISTANTANEO DA %s - %s - CRO %s" % (c_name, causale, cro())
    if r < 0.35:
        return causale
    if r < 0.6:
        return "BONIFICO SEPA DA %s CAUS: %s TRN %s" % (c_name, causale, trn())
    if r < 0.8:
        return "BON.DA %s /%s/ TRN %s" % (c_name, causale, trn())
    return "%s - CRO %s" % (causale, cro())


def qrr(c, inv):
    payload = ("%s%04d%06d" % (c["id"][2:], inv["_year"], inv["_n"])).zfill(26)
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in payload:
        carry = table[(carry + int(ch)) % 10]
    full = payload + str((10 - carry) % 10)
    return full[:2] + " " + " ".join(full[i:i + 5] for i in range(2, 27, 5))


PAYMENTS = []
LABELS = []


def emit(date_, amount, cur, pname, cid, ref, remit, status, apps, unapplied, short=None, cands=None,
         reason="", scen="", note="", raw_amount=None, pid=None, error=None):
    pid = pid or rid("pay-", 7, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    p = {"id": pid, "date": date_.isoformat() if isinstance(date_, date) else date_,
         "amount": raw_amount if raw_amount is not None else s(amount), "currency": cur,
         "payer_name": pname, "customer_id": cid, "reference": ref, "remittance": remit}
    lab = {"payment_id": pid, "status": status,
           "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
           "unapplied": None if status == "error" else s(unapplied),
           "short_pay": short, "candidates": cands or [], "reason": reason, "scenario": scen, "note": note}
    if error:
        lab["error"] = error
    for i, a in apps:
        assert INV[i]["currency"] == cur and 0 < a <= BAL[i], (scen, i, a, BAL[i])
        BAL[i] -= a
    if status != "error":
        assert sum((a for _, a in apps), Decimal(0)) + q(unapplied) == q(amount), scen
    PAYMENTS.append(p)
    LABELS.append(lab)
    return p


# ---- applied scenarios ---------------------------------------------------------------------
def sc_ref_single(d, share=None, scen="ref_single"):
    inv = pick(lambda i: GENERIC_OK(i) and i["_method"] != "sdd")
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    pname, cid = payer(c)
    lead = R.choice(["SALDO ", "PAG. ", "PAGAMENTO ", "", "RIF. ", "SALDO VS ", "SALDO ", "PAYMENT OF INVOICE "])
    extra = R.choice(["", "", "", " NS. ORDINE 4500%06d" % R.randrange(10 ** 6), " DDT %d DEL %s" % (
        R.randrange(40, 900), dmy(inv["issue_date"] - timedelta(2), True)), " CLIENTE %s" % c["id"]])
    ref = wrap_bank(pname, lead + fmt_num(inv) + extra, "inst" if R.random() < 0.1 else "sct")
    remit = None
    if share is not None:
        share["inv"] = inv["id"]
        share["ref"] = ref
        share["amt"] = amt
        share["payer"] = (pname, cid)
    note = "Bank transfer quoting %s; amount equals its open balance %s %s." % (inv["number"], it_amt(amt), inv["currency"])
    if extra.strip():
        note += " The extra number (%s) is the customer's order/DDT/customer code, not an invoice." % extra.strip()
    if cid is None:
        note += " No customer id from the bank; payer name identifies %s." % c["name"]
    emit(d, amt, inv["currency"], pname, cid, ref, remit, "applied", [(inv["id"], amt)], 0,
         reason="reference %s and exact balance" % inv["number"], scen=scen, note=note)


def sc_riba(d, share=None):
    try:
        inv = pick(lambda i: GENERIC_OK(i) and i["_method"] == "riba" and d - timedelta(8) <= i["due_date"] <= d)
    except Skip:
        inv = pick(lambda i: GENERIC_OK(i) and i["_method"] == "riba" and i["due_date"] <= d + timedelta(3))
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    eff = R.randrange(100, 99999)
    form = R.randrange(3)
    if form == 0:
        ref = "ACCREDITO RIBA SBF EFF. N. %06d SCAD. %s DEB. %s FT %d/%d" % (
            eff, dmy(inv["due_date"], True), c["bank_name"][:22], inv["_n"], inv["_year"])
    elif form == 1:
        ref = "INCASSO RI.BA. DIST. %d/%d - EFFETTO %d - %s - RIF. FATT. %d DEL %s" % (
            R.randrange(1, 60), d.year, eff, c["bank_name"][:28], inv["_n"], dmy(inv["issue_date"], True))
    else:
        ref = "RIBA %s SCAD %s IMP %s DOC %s" % (c["bank_name"][:20], dmy(inv["due_date"]), it_amt(amt), inv["number"])
    pname, cid = c["bank_name"][:30], (c["id"] if R.random() < 0.7 else None)
    if cid is None and not name_unique(pname):
        cid = c["id"]
    emit(d, amt, "EUR", pname, cid, ref, None, "applied", [(inv["id"], amt)], 0,
         reason="RiBa collection for %s, amount equals balance" % inv["number"], scen="riba",
         note="Ricevuta bancaria credited at maturity %s; the effect number %d is the bank's, not an invoice number."
              % (inv["due_date"].isoformat(), eff))


def sc_sdd(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_method"] == "sdd")
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    mnd = "MND-%s-%02d" % (c["id"][2:], R.randrange(1, 4))
    mth = ["GENNAIO", "FEBBRAIO", "MARZO", "APRILE", "MAGGIO", "GIUGNO", "LUGLIO", "AGOSTO", "SETTEMBRE",
           "OTTOBRE", "NOVEMBRE", "DICEMBRE"][inv["issue_date"].month - 1]
    ref = R.choice([
        "INCASSO SDD CORE - MANDATO %s - E2E %d%06d - CANONE NOLEGGIO %s %d - FATT. %s" % (mnd, inv["_year"], inv["_n"], mth, inv["_year"], inv["number"]),
        "SEPA DD B2B ACCR. ID MANDATO %s DEBITORE %s RIF %s" % (mnd, c["bank_name"][:25], inv["number"]),
        "ADDEBITO DIRETTO SDD %s CANONE %s/%d DOC %d/%06d" % (c["bank_name"][:20], mth[:3], inv["_year"], inv["_year"], inv["_n"])])
    emit(d, amt, "EUR", c["bank_name"][:35], c["id"], ref, None, "applied", [(inv["id"], amt)], 0,
         reason="SEPA direct debit collection for %s" % inv["number"], scen="sdd",
         note="SDD collection of the monthly rental fee; the end-to-end id carries the invoice number %s." % inv["number"])


def sc_qr(d, share=None):
    def ok(i):
        if not (i["_kind"] == "ti" and i["currency"] == "CHF" and free(i)):
            return False
        return fits(i["customer_id"], BAL[i["id"]], "CHF") == [[i["id"]]]
    inv = pick(ok)
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    pname, cid = payer(c, 0.5)
    remit = R.choice([None, "Fattura %s" % inv["number"], "Pagamento fattura %s del %s" % (inv["number"], dmy(inv["issue_date"])),
                      "Rechnung %s" % inv["number"]])
    ref = "QRR " + qrr(c, inv)
    note = "Swiss QR-bill payment in CHF; the 27-digit QR reference is opaque without our billing system"
    note += ", the additional information names %s." % inv["number"] if remit else \
        ", but the payer is known and %s is the only open CHF invoice (or combination) of that amount." % inv["number"]
    emit(d, amt, "CHF", pname, cid, ref, remit, "applied", [(inv["id"], amt)], 0,
         reason="QR-bill %s, exact balance" % ("naming " + inv["number"] if remit else "and unique amount"),
         scen="qr_chf", note=note)


def pa_causale(inv, d, bare=False):
    man = R.randrange(120, 9800)
    num = ("%d" % inv["_n"]) if bare else fmt_num(inv)
    base = R.choice(["MANDATO N. %d DEL %s - " % (man, dmy(d - timedelta(R.randrange(1, 6)))),
                     "ORDINATIVO %d/%d " % (man, 2026), "REVERSALE/MANDATO %06d " % man])
    txt = base + ("PAGAMENTO FATT. N. %s DEL %s" % (num, dmy(inv["issue_date"])) if bare else "PAGAMENTO " + num)
    txt += " CIG %s" % cig()
    r = R.random()
    if r < 0.4:
        txt += " IMPONIBILE %s IVA %s SPLIT PAYMENT" % (it_amt(inv["_imp"]), it_amt(inv["_vat"]))
    elif r < 0.7:
        txt += " SCISSIONE PAGAMENTI ART. 17-TER DPR 633/72"
    elif r < 0.85:
        txt += " TOT. DOC. %s" % it_amt(inv["total"])
    return txt


def sc_pa_split(d, share=None):
    inv = pick(lambda i: i["_kind"] == "pa")
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    ref = pa_causale(inv, d)
    emit(d, amt, "EUR", c["bank_name"], c["id"] if R.random() < 0.5 else None, ref, None, "applied",
         [(inv["id"], amt)], 0, reason="split payment: PA paid the net %s on %s; VAT went to the state" % (it_amt(amt), inv["number"]),
         scen="pa_split",
         note="Scissione dei pagamenti: document total %s, the ledger balance is the net (imponibile) %s, which is what the PA paid."
              % (it_amt(inv["total"]), it_amt(amt)))


def sc_cross_series(d, share=None):
    inv = pick(lambda i: i["_kind"] == "pa" and i["_year"] == 2026 and ("FT %d/2026" % i["_n"]) in ALLNUM)
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    ref = pa_causale(inv, d, bare=True)
    other = INV[ALLNUM["FT %d/2026" % inv["_n"]]]
    emit(d, amt, "EUR", c["bank_name"], c["id"] if R.random() < 0.6 else None, ref, None, "applied",
         [(inv["id"], amt)], 0, reason="PA payment of invoice no. %d = %s (the payer's only series), net balance" % (inv["_n"], inv["number"]),
         scen="pa_bare_number",
         note="The causale says 'FATT. N. %d' without the /PA suffix; %s (%s) shares the digits but belongs to %s. "
              "The PA payer and the net amount fix %s." % (inv["_n"], other["number"], "other series", other["customer_name"], inv["number"]))


def cust_pool(pred):
    return [c for c in CUSTOMERS if pred(c)]


def sc_multi_list(d, share=None):
    cs = [c for c in CUSTOMERS if c["kind"] in ("it", "sm") and len([i for i in open_inv(c["id"], "EUR") if free(i) and GENERIC_OK(i)]) >= 2]
    if not cs:
        raise Skip("no multi")
    c = R.choice(cs)
    inv = [i for i in open_inv(c["id"], "EUR") if free(i) and GENERIC_OK(i)]
    k = min(len(inv), R.choice([2, 2, 3, 3, 4]))
    sel = sorted(R.sample(inv, k), key=lambda i: (i["_series"], i["_year"], i["_n"]))
    amt = sum(BAL[i["id"]] for i in sel)
    reserve(*[i["id"] for i in sel])
    ft = [i for i in sel if i["_series"] == "FT"]
    style = R.randrange(3)
    if style == 0 or len(ft) != len(sel) or len({i["_year"] for i in sel}) > 1:
        body = " - ".join(i["number"] for i in sel)
    elif style == 1:
        nums = [str(i["_n"]) for i in sel]
        body = "FATT. %s E %s/%d" % (", ".join(nums[:-1]), nums[-1], sel[0]["_year"])
    else:
        body = "FT " + " ".join("%d/%d" % (i["_n"], i["_year"] % 100) for i in sel)
    pname, cid = payer(c)
    ref = wrap_bank(pname, R.choice(["SALDO ", "PAG. ", ""]) + body)
    emit(d, amt, "EUR", pname, cid, ref, None, "applied", [(i["id"], BAL[i["id"]]) for i in sel], 0,
         reason="reference lists %d invoices, sum equals payment" % len(sel), scen="multi_list",
         note="Causale lists %s; their balances add up to %s." % (", ".join(i["number"] for i in sel), it_amt(amt)))


def sc_multi_range(d, share=None):
    blocks = []
    for c in CUSTOMERS:
        if "batch" not in c["tags"]:
            continue
        b = [i for i in INVOICES if i["customer_id"] == c["id"] and i["_desc"] == "sede"]
        if b and all(free(i) for i in b):
            blocks.append((c, sorted(b, key=lambda i: i["_n"])))
    if not blocks:
        raise Skip("no blocks")
    c, b = R.choice(blocks)
    lo, hi, y = b[0]["_n"], b[-1]["_n"], b[0]["_year"]
    assert hi - lo + 1 == len(b)
    amt = sum(BAL[i["id"]] for i in b)
    reserve(*[i["id"] for i in b])
    body = R.choice(["SALDO FATTURE DAL N. %d AL N. %d DEL %s" % (lo, hi, dmy(b[0]["issue_date"])),
                     "FT %d-%d/%d" % (lo, hi, y), "FATT. DA %d A %d/%d SEDI OPERATIVE" % (lo, hi, y % 100)])
    pname, cid = payer(c)
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, body), None, "applied", [(i["id"], BAL[i["id"]]) for i in b], 0,
         reason="range %d-%d/%d covers %d open invoices, sum equals payment" % (lo, hi, y, len(b)), scen="multi_range",
         note="A range of consecutive invoice numbers (one per site, same date); every number in the range is open for this customer.")


REMIT_HEAD = ["AVVISO DI PAGAMENTO", "Avviso di pagamento / Payment advice", "DISTINTA DI PAGAMENTO FORNITORI",
              "Comunicazione pagamento"]


def remit_text(c, lines, total, d, deduction=None):
    out = [R.choice(REMIT_HEAD), "Spett.le Printek Office Solutions S.r.l.",
           "Vi comunichiamo di aver disposto in data %s bonifico a Vostro favore a saldo dei seguenti documenti:" % dmy(d), "",
           "Documento            Data        Importo EUR"]
    for inv, amt, txt in lines:
        out.append("%-20s %s %12s%s" % (inv["number"], dmy(inv["issue_date"]), it_amt(amt), ("   " + txt) if txt else ""))
    out += ["", "Totale bonifico EUR %s" % it_amt(total), "", "Distinti saluti", "Ufficio Amministrazione - " + c["name"]]
    return "\n".join(out)


def sc_remit(d, share=None, short=False):
    cs = [c for c in CUSTOMERS if c["kind"] in ("it", "sm") and len([i for i in open_inv(c["id"], "EUR") if free(i) and GENERIC_OK(i)]) >= (2 if not short else 2)]
    c = R.choice(cs)
    inv = [i for i in open_inv(c["id"], "EUR") if free(i) and GENERIC_OK(i)]
    sel = sorted(R.sample(inv, min(len(inv), R.choice([2, 3, 3, 4, 5]))), key=lambda i: i["issue_date"])
    reserve(*[i["id"] for i in sel])
    lines = [(i, BAL[i["id"]], "") for i in sel]
    apps = [(i["id"], BAL[i["id"]]) for i in sel]
    shortp = None
    if short:
        j = R.randrange(len(sel))
        i = sel[j]
        ded = q(min(BAL[i["id"]] * Decimal("0.3"), money(25, 240)))
        why_it, why_en = R.choice([("trattenuta reso toner non conforme", "withheld for a returned non-conforming toner"),
                                   ("dedotta NC da ricevere per intervento non eseguito", "deducted a credit note they expect for a service call not carried out"),
                                   ("differenza prezzo listino vs offerta", "price difference between list price and quote"),
                                   ("penale ritardo consegna come da contratto", "late-delivery penalty under the contract")])
        lines[j] = (i, BAL[i["id"]] - ded, "(-%s %s)" % (it_amt(ded), why_it))
        apps[j] = (i["id"], BAL[i["id"]] - ded)
        shortp = {"invoice_id": i["id"], "amount": s(ded), "reason": why_en}
    amt = sum(a for _, a in apps)
    pname, cid = payer(c)
    ref = wrap_bank(pname, R.choice(["PAGAMENTO FATTURE COME DA AVVISO", "DISTINTA %d/%d" % (R.randrange(10, 400), d.year),
                                      "PAG. FORNITORI %s" % dmy(d, True), "SALDO DOCUMENTI VS AVVISO"]))
    emit(d, amt, "EUR", pname, cid, ref, remit_text(c, lines, amt, d), "partial" if short else "applied", apps, 0,
         short=shortp, reason=("remittance advice lists %d invoices" % len(sel)) + ("; one line short with a reason" if short else ""),
         scen="remittance_short" if short else "remittance",
         note=("Remittance advice itemises %s." % ", ".join(i["number"] for i in sel)) +
              (" One line is paid net of a stated deduction (%s); the rest of that invoice stays open as a deduction." % shortp["reason"] if short else "")
              + " The bank reference carries only a batch/advice number.")


def sc_amount_only(d, share=None):
    def ok(i):
        c = CUST[i["customer_id"]]
        return GENERIC_OK(i) and not c["similar"] and fits(c["id"], BAL[i["id"]], i["currency"]) == [[i["id"]]]
    inv = pick(ok)
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    pname, cid = payer(c, 0.6)
    ref = R.choice([None, None, "BONIFICO A VS FAVORE", "PAGAMENTO FORNITURA", "SALDO VS SPETTANZE", "PAGAMENTO",
                    "ASSISTENZA STAMPANTI", "TONER", "ACQUISTO MULTIFUNZIONE"])
    if ref and R.random() < 0.5:
        ref = wrap_bank(pname, ref)
    emit(d, amt, inv["currency"], pname, cid, ref, None, "applied", [(inv["id"], amt)], 0,
         reason="known customer, single open invoice with that exact balance", scen="amount_only",
         note="No invoice number; the payer is %s (%s) and %s is the only open invoice or combination of its invoices equal to %s."
              % (c["name"], "customer id given" if cid else "by name", inv["number"], it_amt(amt)))


def sc_saldo_ec(d, share=None):
    cs = []
    for c in CUSTOMERS:
        if c["kind"] not in ("it", "sm") or c["similar"] or "subset" in c["tags"]:
            continue
        o = open_inv(c["id"])
        if 2 <= len(o) <= 6 and all(free(i) and i["currency"] == "EUR" for i in o):
            cs.append(c)
    c = R.choice(cs)
    o = open_inv(c["id"])
    amt = sum(BAL[i["id"]] for i in o)
    reserve(*[i["id"] for i in o])
    pname, cid = payer(c, 0.7)
    ref = wrap_bank(pname, R.choice(["SALDO ESTRATTO CONTO AL %s" % dmy(date(2026, 2, 28)), "SALDO PARTITE APERTE",
                                      "SALDO E/C %s" % dmy(d, True), "SALDO TOTALE DARE"]))
    emit(d, amt, "EUR", pname, cid, ref, None, "applied", [(i["id"], BAL[i["id"]]) for i in o], 0,
         reason="statement settlement: payment equals all %d open invoices" % len(o), scen="statement_settlement",
         note="'Saldo estratto conto': the amount equals the sum of every open invoice of %s." % c["name"])


def sc_trap_po(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_series"] == "FT" and i["_method"] != "sdd")
    c = CUST[inv["customer_id"]]
    srv = [i for i in INVOICES if i["_series"] == "SRV" and i["customer_id"] != c["id"]]
    decoy = R.choice(srv)
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    pname, cid = payer(c)
    causale = R.choice(["NS. ORDINE N. %s - SALDO %s" % (decoy["number"], fmt_num(inv, 0)),
                        "VS FT %d/%d RIF ORD. %s" % (inv["_n"], inv["_year"], decoy["number"]),
                        "ORD %s FATT %d/%d" % (decoy["number"], inv["_n"], inv["_year"] % 100)])
    emit(d, amt, inv["currency"], pname, cid, wrap_bank(pname, causale), None, "applied", [(inv["id"], amt)], 0,
         reason="reference %s and exact balance; %s is the customer's order number" % (inv["number"], decoy["number"]),
         scen="po_lookalike",
         note="The customer's own order number %s has the shape of our service-series invoice numbers and matches %s's invoice; "
              "the causale labels it as an order, and the amount equals %s." % (decoy["number"], decoy["customer_name"], inv["number"]))


def sc_truncated(d, share=None):
    for _ in range(200):
        c = R.choice([c for c in CUSTOMERS if c["kind"] == "it" and not c["similar"]])
        inv = sorted([i for i in open_inv(c["id"], "EUR") if free(i) and GENERIC_OK(i) and i["_series"] == "FT"], key=lambda i: i["_n"])
        if len(inv) < 2:
            continue
        a, b = R.sample(inv, 2)
        if len(str(b["_n"])) < 2:
            continue
        amt = BAL[a["id"]] + BAL[b["id"]]
        cut = str(b["_n"])[:2 if len(str(b["_n"])) > 2 else 1]
        rest = amt - BAL[a["id"]]
        cands = [i for i in open_inv(c["id"], "EUR") if i["id"] != a["id"] and BAL[i["id"]] == rest]
        if len(cands) != 1 or fits(c["id"], amt, "EUR") != [sorted([a["id"], b["id"]])]:
            continue
        pname, cid = payer(c)
        head = "BONIFICO SEPA DA %s TRN %s CAUS: SALDO FATTURE N. %d/%d DEL %s E N. " % (
            pname, trn(), a["_n"], a["_year"], dmy(a["issue_date"]))
        ref = head + cut
        reserve(a["id"], b["id"])
        emit(d, amt, "EUR", pname, cid, ref, None, "applied", [(a["id"], BAL[a["id"]]), (b["id"], BAL[b["id"]])], 0,
             reason="causale cut after '%s'; %s plus %s equal the payment" % (cut, a["number"], b["number"]), scen="truncated_causale",
             note="The bank cut the causale inside the second number ('N. %s'); %s is the only open invoice of %s starting with those "
                  "digits whose balance fills the rest exactly." % (cut, b["number"], c["name"]))
        return
    raise Skip("truncated")


def sc_group_payer(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_kind"] == "it" and i["_method"] == "bonifico")
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    parent = "GRUPPO %s HOLDING SPA" % c["bank_name"].split()[0] if R.random() < 0.6 else R.choice(["TESORERIA CENTRALE GRUPPO BCM SPA", "FIN.PART SERVIZI AMMINISTRATIVI SRL"])
    causale = "PAGAMENTO PER CONTO DI %s - %s" % (bankify(c["name"]), fmt_num(inv))
    emit(d, amt, "EUR", parent, None, wrap_bank(parent, causale), None, "applied", [(inv["id"], amt)], 0,
         reason="third party pays on behalf of the customer, naming %s, exact balance" % inv["number"], scen="third_party_payer",
         note="The payer (%s) is not a customer; the causale names the customer and its invoice, and the amount matches." % parent)


# ---- pairs (order-dependent) ---------------------------------------------------------------
def sc_acconto(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_method"] != "sdd" and BAL[i["id"]] >= 600 and i["_series"] == "FT")
    c = CUST[inv["customer_id"]]
    bal = BAL[inv["id"]]
    acc = q(round(bal * Decimal(R.choice(["0.3", "0.4", "0.5", "0.5", "0.6"])) / 50) * 50)
    if acc <= 0 or acc >= bal:
        raise Skip("acconto")
    reserve(inv["id"])
    pname, cid = payer(c)
    causale = R.choice(["ACCONTO %s", "1A RATA %s COME DA ACCORDI", "ACCONTO SU %s", "PAGAMENTO PARZIALE %s",
                        "RATA 1/2 %s"]) % fmt_num(inv)
    if share is not None:
        share.update(inv=inv["id"], payer=(pname, cid), first_date=d)
    emit(d, acc, inv["currency"], pname, cid, wrap_bank(pname, causale), None, "partial", [(inv["id"], acc)], 0,
         reason="part payment (acconto) on %s; %s stays open" % (inv["number"], it_amt(bal - acc)),
         scen="part_payment" if share is None else "part_payment_then_balance",
         note="Customer says it is an instalment/acconto, so the rest of %s stays open on purpose; no deduction case." % inv["number"])


def sc_saldo_after(d, share):
    if not share.get("inv"):
        raise Skip("no first leg")
    inv = INV[share["inv"]]
    amt = BAL[inv["id"]]
    pname, cid = share["payer"]
    causale = R.choice(["SALDO %s", "SALDO RESIDUO %s", "2A RATA A SALDO %s", "RATA 2/2 %s"]) % fmt_num(inv)
    emit(d, amt, inv["currency"], pname, cid, wrap_bank(pname, causale), None, "applied", [(inv["id"], amt)], 0,
         reason="balance of %s after the earlier acconto" % inv["number"], scen="balance_after_part_payment",
         note="Second leg: an earlier payment in this file paid part of %s; this one equals the remaining %s, not the invoice total %s."
              % (inv["number"], it_amt(amt), it_amt(inv["total"])))


def sc_dup_first(d, share):
    def ok(i):
        return GENERIC_OK(i) and i["_method"] != "sdd" and not CUST[i["customer_id"]]["similar"] and \
            fits(i["customer_id"], BAL[i["id"]], i["currency"]) == [[i["id"]]]
    inv = pick(ok)
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    reserve(*[i["id"] for i in open_inv(c["id"])])       # keep the customer's account still for the repeat
    pname, cid = payer(c)
    ref = wrap_bank(pname, "SALDO " + fmt_num(inv))
    share.update(inv=inv["id"], amt=amt, payer=(pname, cid), ref=ref, first_date=d)
    emit(d, amt, inv["currency"], pname, cid, ref, None, "applied", [(inv["id"], amt)], 0,
         reason="reference %s and exact balance" % inv["number"], scen="ref_single_later_repeated",
         note="First of two identical payments for %s; this one closes it." % inv["number"])


def sc_dup_second(d, share):
    if not share.get("inv"):
        raise Skip("no first")
    inv = INV[share["inv"]]
    amt = share["amt"]
    pname, cid = share["payer"]
    assert BAL[inv["id"]] == 0 and not fits(inv["customer_id"], amt, inv["currency"])
    ref = share["ref"]
    if R.random() < 0.5:
        ref = wrap_bank(pname, R.choice(["SALDO ", "PAG. "]) + fmt_num(inv))
    first = PAYMENTS[share["first_idx"]]["id"]
    emit(d, amt, inv["currency"], pname, cid, ref, None, "unapplied", [], amt,
         reason="%s was already paid by %s; duplicate payment held on account" % (inv["number"], first), scen="duplicate_payment",
         note="Customer paid %s twice (first on %s). The invoice has no balance left and nothing else fits, so the whole amount is "
              "unapplied cash on the account (refund or offset later)." % (inv["number"], share["first_date"].isoformat()))


def sc_reduce_first(d, share):
    cs = []
    for c in CUSTOMERS:
        if c["kind"] != "it" or c["similar"] or "subset" in c["tags"]:
            continue
        o = open_inv(c["id"], "EUR")
        if not o or not all(free(i) for i in o):
            continue
        cnt = Counter(BAL[i["id"]] for i in o)
        for amt, n in cnt.items():
            if n == 2 and len(fits(c["id"], amt, "EUR")) == 2:
                cs.append((c, amt))
    if not cs:
        raise Skip("reduce")
    c, amt = R.choice(cs)
    a, b = sorted([i for i in open_inv(c["id"], "EUR") if BAL[i["id"]] == amt], key=lambda i: i["issue_date"])
    if R.random() < 0.5:
        a, b = b, a
    reserve(*[i["id"] for i in open_inv(c["id"])])
    pname, cid = payer(c, 0.8)
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, "PAGAMENTO " + fmt_num(a)), None, "applied", [(a["id"], amt)], 0,
         reason="reference %s and exact balance" % a["number"], scen="ref_single_twin_amount",
         note="%s and %s have the same balance %s; the reference names %s." % (a["number"], b["number"], it_amt(amt), a["number"]))
    share.update(inv=b["id"], amt=amt, payer=(pname, cid), other=a["id"])


def sc_reduce_second(d, share):
    if not share.get("inv"):
        raise Skip("no first")
    b = INV[share["inv"]]
    amt = share["amt"]
    pname, cid = share["payer"]
    c = CUST[b["customer_id"]]
    if cid is None:
        cid = c["id"]
    assert fits(c["id"], amt, "EUR") == [[b["id"]]]
    emit(d, amt, "EUR", pname, cid, R.choice([None, "CANONE", "PAGAMENTO FATTURA", "BONIFICO"]), None, "applied",
         [(b["id"], amt)], 0, reason="known customer, only open invoice with that balance now", scen="amount_only_after_earlier_payment",
         note="Before the earlier payment %s this amount fitted two invoices; that payment closed %s, so %s is now the only fit."
              % (PAYMENTS[share["first_idx"]]["id"], INV[share["other"]]["number"], b["number"]))


# ---- partial -------------------------------------------------------------------------------
SHORT_REASONS = [
    ("TRATTENUTO SCONTO 2% PAG. A VISTA", "2% prompt-payment discount taken (not on the invoice terms)", "pct2"),
    ("DEDOTTA PENALE SLA INTERVENTO OLTRE 8 ORE", "SLA penalty for a late service call deducted", "fix"),
    ("MENO NC ATTESA TONER DIFETTOSI", "deducted an expected credit note for defective toner", "fix"),
    ("NON RICONOSCIUTO INTERVENTO TECNICO DEL 12/02", "a technician call-out they do not accept", "fix"),
    ("RESO 2 CARTUCCE NON CONFORMI", "2 returned cartridges deducted", "fix"),
    ("DIFFERENZA PREZZO COME DA OFFERTA", "price difference against the quote", "fix"),
    ("TRATTENUTE SPESE INCASSO NON DOVUTE", "collection charges they say are not due", "small"),
]


def sc_short(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_method"] != "sdd" and BAL[i["id"]] >= 200)
    c = CUST[inv["customer_id"]]
    bal = BAL[inv["id"]]
    it_txt, en, kind = R.choice(SHORT_REASONS)
    if inv["_kind"] == "ti" and R.random() < 0.7:
        it_txt, en, kind = "SPESE BANCARIE SHA A VS CARICO", "bank charges deducted by the payer's bank (SHA)", "bank"
    if kind == "pct2":
        ded = q(bal * Decimal("0.02"))
    elif kind == "small":
        ded = q(R.choice(["3.50", "4.00", "5.16", "6.00"]))
    elif kind == "bank":
        ded = q(R.choice(["12.50", "15.00", "18.00", "20.00"]))
    else:
        ded = q(min(bal * Decimal("0.35"), money(30, 260)))
    amt = bal - ded
    reserve(inv["id"])
    pname, cid = payer(c)
    causale = "%s %s" % (fmt_num(inv), it_txt)
    emit(d, amt, inv["currency"], pname, cid, wrap_bank(pname, causale), None, "partial", [(inv["id"], amt)], 0,
         short={"invoice_id": inv["id"], "amount": s(ded), "reason": en},
         reason="short pay on %s: %s" % (inv["number"], en), scen="short_pay",
         note="Paid %s of %s on %s; the causale explains the %s difference, which stays open as a deduction."
              % (it_amt(amt), it_amt(bal), inv["number"], it_amt(ded)))


def sc_ritenuta(d, share=None):
    inv = pick(lambda i: i["_kind"] == "condo" and BAL[i["id"]] == i["total"])
    c = CUST[inv["customer_id"]]
    rit = q(inv["_imp"] * Decimal("0.04"))
    amt = inv["total"] - rit
    reserve(inv["id"])
    pname, cid = c["bank_name"], (c["id"] if R.random() < 0.5 else None)
    causale = R.choice(["PAG. %s MANUTENZIONE TVCC NETTO RIT. ACC. 4%% EURO %s" % (fmt_num(inv), it_amt(rit)),
                        "%s AL NETTO RITENUTA 4%% ART. 25-TER DPR 600/73" % fmt_num(inv),
                        "SALDO %s - RIT. D'ACCONTO 4%% SU IMPONIBILE %s" % (fmt_num(inv), it_amt(inv["_imp"]))])
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, causale), None, "partial", [(inv["id"], amt)], 0,
         short={"invoice_id": inv["id"], "amount": s(rit), "reason": "ritenuta d'acconto 4% withheld by the condominium (art. 25-ter DPR 600/73)"},
         reason="condominium paid net of 4%% ritenuta d'acconto (%s) on %s" % (it_amt(rit), inv["number"]), scen="ritenuta_acconto",
         note="Condominium as withholding agent: 4%% of the imponibile %s = %s goes to the state; the clerk applies the cash and leaves "
              "the withholding open for the tax-credit/certification follow-up." % (it_amt(inv["_imp"]), it_amt(rit)))


# ---- unapplied -----------------------------------------------------------------------------
def sc_overpay(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_method"] != "sdd" and "_prepaid" in i and BAL[i["id"]] == i["balance"])
    c = CUST[inv["customer_id"]]
    bal = BAL[inv["id"]]
    amt = inv["total"]
    if fits(c["id"], amt, inv["currency"]):
        raise Skip("overpay fits")
    reserve(inv["id"])
    pname, cid = payer(c)
    emit(d, amt, inv["currency"], pname, cid, wrap_bank(pname, "SALDO " + fmt_num(inv)), None, "unapplied",
         [(inv["id"], bal)], amt - bal, reason="paid the invoice total %s although %s was already paid on it; remainder %s unapplied"
         % (it_amt(amt), it_amt(inv["_prepaid"]), it_amt(amt - bal)), scen="overpayment",
         note="%s has total %s but balance %s after an earlier part payment; the customer paid the full total. Apply the balance and "
              "hold the excess on account." % (inv["number"], it_amt(inv["total"]), it_amt(bal)))


def sc_pa_gross(d, share=None):
    inv = pick(lambda i: i["_kind"] == "pa")
    c = CUST[inv["customer_id"]]
    bal = BAL[inv["id"]]
    amt = inv["total"]
    if fits(c["id"], amt, "EUR"):
        raise Skip("pa gross fits")
    reserve(inv["id"])
    man = R.randrange(100, 9000)
    ref = "MANDATO N. %d - PAGAMENTO %s CIG %s TOTALE FATTURA %s" % (man, fmt_num(inv), cig(), it_amt(amt))
    emit(d, amt, "EUR", c["bank_name"], c["id"] if R.random() < 0.5 else None, ref, None, "unapplied",
         [(inv["id"], bal)], amt - bal, reason="PA paid gross %s on a split-payment invoice; net %s applied, VAT %s unapplied"
         % (it_amt(amt), it_amt(bal), it_amt(amt - bal)), scen="pa_paid_vat_too",
         note="Under scissione dei pagamenti the PA should pay only the net and remit the VAT to the state. It paid the full document "
              "total, so the VAT part is excess cash to hold (refund or recheck), not a payment of another invoice.")


def sc_paid_before(d, share=None):
    c = R.choice([c for c in CUSTOMERS if c["kind"] == "it" and not c["similar"] and open_inv(c["id"])])
    for _ in range(100):
        n = R.randrange(1620, 1990)
        num = "FT %d/2025" % n
        if num not in ALLNUM:
            break
    amt = money(80, 1900) * Decimal("1.22")
    amt = q(amt)
    if fits(c["id"], amt, "EUR") or global_singles(amt, "EUR"):
        raise Skip("paid_before")
    pname, cid = payer(c, 0.8)
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, "SALDO FATTURA %d/2025" % n), None, "unapplied", [], amt,
         reason="quotes %s, which is not open; no open invoice fits" % num, scen="invoice_not_open",
         note="%s is not in the open-item list (already settled or never ours) and the amount fits none of %s's open invoices. "
              "Known customer, so the cash is held on account." % (num, c["name"]))


def sc_nofit_known(d, share=None):
    c = R.choice([c for c in CUSTOMERS if c["kind"] in ("it", "sm") and not c["similar"] and open_inv(c["id"])])
    amt = q(money(50, 3000))
    if fits(c["id"], amt, "EUR") or global_singles(amt, "EUR"):
        raise Skip("nofit")
    pname, cid = payer(c, 0.85)
    emit(d, amt, "EUR", pname, cid, R.choice([None, "BONIFICO", "PAGAMENTO", "VS. FAVORE"]), None, "unapplied", [], amt,
         reason="known customer, amount fits no open invoice or combination", scen="no_fit_known_customer",
         note="Payer is %s but %s matches no open invoice, no pair or triple of its invoices, and no invoice anywhere." % (c["name"], it_amt(amt)))


def sc_cross_currency(d, share=None):
    inv = pick(lambda i: i["_kind"] == "ti" and i["currency"] == "EUR")
    c = CUST[inv["customer_id"]]
    amt = BAL[inv["id"]]
    if fits(c["id"], amt, "CHF") or global_singles(amt, "CHF"):
        raise Skip("xcur")
    reserve(inv["id"])
    pname, cid = c["bank_name"], (c["id"] if R.random() < 0.6 else None)
    emit(d, amt, "CHF", pname, cid, "Pagamento " + inv["number"], "Fattura %s importo %s" % (inv["number"], it_amt(amt)),
         "unapplied", [], amt, reason="CHF payment quoting EUR invoice %s; never applied across currencies" % inv["number"],
         scen="cross_currency",
         note="The Ticino customer sent CHF %s for a EUR invoice of the same face amount. CHF cannot be applied to a EUR invoice; "
              "hold on account and settle the FX question with the customer." % ch_amt(amt))


def sc_advance(d, share=None):
    c = R.choice([c for c in CUSTOMERS if c["kind"] == "it" and not c["similar"] and open_inv(c["id"])])
    decoy = R.choice([i for i in INVOICES if i["_series"] == "SRV" and i["customer_id"] != c["id"]])
    amt = q(money(500, 6000))
    if fits(c["id"], amt, "EUR") or global_singles(amt, "EUR") or amt == BAL[decoy["id"]]:
        raise Skip("adv")
    pname, cid = payer(c, 0.8)
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, "ANTICIPO 30%% ORDINE N. %s CONFERMA D'ORDINE MFP A3" % decoy["number"]), None,
         "unapplied", [], amt, reason="advance payment on an order, no invoice yet", scen="advance_on_order",
         note="Prepayment for a new order. The order number %s looks like our invoice %s of %s, but that is another customer and "
              "another amount." % (decoy["number"], decoy["number"], decoy["customer_name"]))


# ---- review --------------------------------------------------------------------------------
def fifo(ids):
    return sorted(ids, key=lambda i: (INV[i]["due_date"], INV[i]["issue_date"], INV[i]["number"]))


def sc_same_amount(d, share=None):
    cs = []
    for c in CUSTOMERS:
        if c["kind"] not in ("it", "ti") or c["similar"]:
            continue
        o = [i for i in open_inv(c["id"]) if free(i)]
        cnt = Counter((BAL[i["id"]], i["currency"]) for i in o)
        for (amt, cur), n in cnt.items():
            if n >= 2:
                cs.append((c, amt, cur))
    c, amt, cur = R.choice(cs)
    ids = [s_ for s_ in fits(c["id"], amt, cur)]
    reserve(*[x for s_ in ids for x in s_])
    singles = fifo([s_[0] for s_ in ids if len(s_) == 1])
    cands = [[x] for x in singles] + [s_ for s_ in ids if len(s_) > 1]
    pname, cid = payer(c, 0.7)
    ref = R.choice([None, "CANONE NOLEGGIO MFP", "PAGAMENTO FATTURA", "CANONE", "Pagamento fattura"])
    emit(d, amt, cur, pname, cid, ref, None, "review", [], amt, cands=cands,
         reason="%d open invoices of this customer have the same balance and nothing says which" % len(singles), scen="same_amount_ambiguous",
         note="%s has %s open at %s each (typically equal monthly rental fees); the payment names none. Candidates oldest due first."
              % (c["name"], ", ".join(INV[x]["number"] for x in singles), it_amt(amt)))


def sc_similar_payer(d, share=None):
    twins = [i for i in INVOICES if "_twin" in i and free(i) and free(INV[i["_twin"]]) and i["customer_id"] < INV[i["_twin"]]["customer_id"]
             and BAL[i["id"]] == BAL[i["_twin"]] and CUST[i["customer_id"]]["common"] not in
             (CUST[i["customer_id"]]["bank_name"], CUST[INV[i["_twin"]]["customer_id"]]["bank_name"])]
    a = R.choice(twins)
    b = INV[a["_twin"]]
    amt = BAL[a["id"]]
    reserve(a["id"], b["id"])
    c = CUST[a["customer_id"]]
    name = c["common"]
    emit(d, amt, "EUR", name, None, wrap_bank(name, R.choice(["PAGAMENTO FATTURA", "SALDO FATTURA", "VS FATTURA"])), None, "review", [],
         amt, cands=[[x] for x in fifo([a["id"], b["id"]])],
         reason="payer name fits two customers, each with an open invoice of this amount", scen="ambiguous_payer",
         note="The bank shows only '%s', which is the start of both %s and %s; each has an open invoice of %s."
              % (name, a["customer_name"], b["customer_name"], it_amt(amt)))


def sc_ref_conflict(d, share=None):
    for _ in range(300):
        c = R.choice([c for c in CUSTOMERS if c["kind"] == "it" and not c["similar"]])
        o = [i for i in open_inv(c["id"], "EUR") if free(i) and GENERIC_OK(i) and i["_series"] == "FT"]
        if len(o) < 2:
            continue
        x, y = R.sample(o, 2)
        amt = BAL[y["id"]]
        if BAL[x["id"]] == amt or fits(c["id"], amt, "EUR") != [[y["id"]]]:
            continue
        if not (Decimal("0.5") * BAL[x["id"]] <= amt <= Decimal("1.6") * BAL[x["id"]]):
            continue
        break
    else:
        raise Skip("conflict")
    reserve(x["id"], y["id"])
    pname, cid = payer(c, 0.7)
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, "SALDO " + fmt_num(x)), None, "review", [], amt,
         cands=[[y["id"]], [x["id"]]],
         reason="reference names %s but the amount equals %s" % (x["number"], y["number"]), scen="reference_vs_amount",
         note="Causale quotes %s (balance %s) while the amount %s is exactly the balance of %s. Either a wrong number or a %s of %s; "
              "exact-amount invoice listed first." % (x["number"], it_amt(BAL[x["id"]]), it_amt(amt), y["number"],
                                                     "part payment" if amt < BAL[x["id"]] else "overpayment", x["number"]))


def sc_subset(d, share=None):
    cs = [c for c in CUSTOMERS if "subset" in c["tags"] and all(free(INV[i]) and BAL[i] == INV[i]["total"] for i in c["subset"])]
    c = R.choice(cs)
    a, b, cc = c["subset"]
    amt = BAL[cc]
    f = fits(c["id"], amt, "EUR")
    reserve(*[x for s_ in f for x in s_])
    pname, cid = payer(c, 0.7)
    cands = sorted(f, key=lambda s_: (min(INV[x]["due_date"] for x in s_), len(s_)))
    emit(d, amt, "EUR", pname, cid, R.choice([None, "SALDO FATTURE", "PAGAMENTO"]), None, "review", [], amt, cands=cands,
         reason="amount equals %d different sets of open invoices" % len(f), scen="combination_ambiguous",
         note="%s alone and %s + %s both equal %s; no reference. Candidates by oldest due date."
              % (INV[cc]["number"], INV[a]["number"], INV[b]["number"], it_amt(amt)))


def sc_bare_number(d, share=None):
    ks = [k for k in range(1, 400) if "FT %d/2026" % k in ALLNUM and "2026/%06d" % k in ALLNUM
          and free(INV[ALLNUM["FT %d/2026" % k]]) and free(INV[ALLNUM["2026/%06d" % k]])]
    k = R.choice(ks)
    a, b = INV[ALLNUM["FT %d/2026" % k]], INV[ALLNUM["2026/%06d" % k]]
    amt = q(min(BAL[a["id"]], BAL[b["id"]]) * Decimal(R.choice(["0.5", "0.8", "0.9"])))
    if global_singles(amt, "EUR"):
        raise Skip("bare")
    reserve(a["id"], b["id"])
    pname = R.choice(NON_CUSTOMER_PAYERS)
    emit(d, amt, "EUR", pname, None, wrap_bank(pname, "PAG. VS FATTURA N. %d" % k), None, "review", [], amt,
         cands=[[a["id"]], [b["id"]]],
         reason="bare number %d matches %s and %s; unknown payer; amount matches neither" % (k, a["number"], b["number"]),
         scen="bare_number_two_series",
         note="'Fattura n. %d' fits %s (%s) and %s (%s); the payer is not a customer and the amount is a part of either. "
              "The FT series is listed first as the usual reading of a bare number." % (k, a["number"], a["customer_name"], b["number"], b["customer_name"]))


def sc_unknown_nofit(d, share=None):
    amt = q(money(40, 4000))
    cur = "EUR" if R.random() < 0.8 else "CHF"
    if global_singles(amt, cur):
        raise Skip("unk")
    pname = R.choice(NON_CUSTOMER_PAYERS)
    emit(d, amt, cur, pname, None, R.choice([None, "PAGAMENTO", "BONIFICO", "RIMBORSO SPESE"]), None, "review", [], amt,
         reason="unknown payer, no reference, no invoice fits", scen="unknown_payer_no_fit",
         note="Payer is not a customer and %s %s matches no open invoice: nothing to propose." % (cur, it_amt(amt)))


def sc_unknown_single(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and len(global_singles(BAL[i["id"]], i["currency"])) == 1)
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    pname = R.choice(NON_CUSTOMER_PAYERS)
    emit(d, amt, inv["currency"], pname, None, R.choice([None, "PAGAMENTO", "SALDO", "FATTURA"]), None, "review", [], amt,
         cands=[[inv["id"]]], reason="amount equals one open invoice but nothing links the payer to that customer",
         scen="unknown_payer_amount_match",
         note="Only %s (%s) has balance %s in the whole ledger, but the payer %s is not that customer and gives no number: "
              "likely, not sure." % (inv["number"], inv["customer_name"], it_amt(amt), pname))


def sc_typo_ref(d, share=None):
    def ok(i):
        if not (GENERIC_OK(i) and i["_series"] == "FT" and i["_n"] >= 10 and len(global_singles(BAL[i["id"]], i["currency"])) == 1):
            return False
        sn = str(i["_n"])
        t_ = sn[:-2] + sn[-1] + sn[-2]
        return t_ != sn and ("FT %s/%d" % (t_, i["_year"])) not in ALLNUM
    inv = pick(ok)
    sn = str(inv["_n"])
    typo = sn[:-2] + sn[-1] + sn[-2]
    amt = BAL[inv["id"]]
    reserve(inv["id"])
    pname = R.choice(NON_CUSTOMER_PAYERS)
    emit(d, amt, inv["currency"], pname, None, wrap_bank(pname, "SALDO FT %s/%d" % (typo, inv["_year"])), None, "review", [], amt,
         cands=[[inv["id"]]], reason="FT %s/%d is not open; amount matches %s, digits transposed" % (typo, inv["_year"], inv["number"]),
         scen="typo_reference",
         note="Unknown payer (an accountant or relative) quoting a number that is not open; %s has the transposed digits and the exact "
              "amount, so it is the only candidate, but nothing confirms it." % inv["number"])


def sc_other_cust_ref(d, share=None):
    inv = pick(lambda i: GENERIC_OK(i) and i["_kind"] == "it" and not CUST[i["customer_id"]]["similar"])
    amt = BAL[inv["id"]]
    pc = R.choice([c for c in CUSTOMERS if c["kind"] == "it" and c["id"] != inv["customer_id"] and not c["similar"]])
    if fits(pc["id"], amt, "EUR"):
        raise Skip("ocr")
    reserve(inv["id"])
    pname, cid = pc["bank_name"], pc["id"]
    emit(d, amt, "EUR", pname, cid, wrap_bank(pname, "SALDO " + fmt_num(inv)), None, "review", [], amt,
         cands=[[inv["id"]]], reason="payer is %s but the reference and amount fit %s of %s" % (pc["name"], inv["number"], inv["customer_name"]),
         scen="other_customers_invoice",
         note="%s pays and quotes %s, which belongs to %s, with its exact balance. Paying for another company without saying so: "
              "confirm before applying." % (pc["name"], inv["number"], inv["customer_name"]))


# ---- bad input rows ------------------------------------------------------------------------
def err_row(d, kind):
    if kind == "negative":
        inv = R.choice([i for i in INVOICES if i["_method"] == "riba"])
        amt = -inv["total"]
        ref = "INSOLUTO RIBA EFF. N. %06d SCAD. %s %s FT %d/%d" % (R.randrange(100, 99999), dmy(inv["due_date"], True),
                                                                 CUST[inv["customer_id"]]["bank_name"][:22], inv["_n"], inv["_year"])
        emit(d, amt, "EUR", CUST[inv["customer_id"]]["bank_name"][:30], inv["customer_id"], ref, None, "error", [], 0,
             reason="negative amount", scen="bad_negative_amount", error="amount is negative (%s): a returned RiBa debit, not a receipt" % s(amt),
             note="Unpaid RiBa charged back by the bank. Not a payment to apply; the engine must reject the row.")
    elif kind == "negative2":
        amt = -q(money(100, 900))
        emit(d, amt, "EUR", "STORNO BONIFICO", None, "STORNO BONIFICO ERRATO ACCREDITO DEL %s" % dmy(d - timedelta(3)), None, "error",
             [], 0, reason="negative amount", scen="bad_negative_amount", error="amount is negative (%s)" % s(amt),
             note="Bank reversal line exported as a negative amount.")
    elif kind in ("USD", "GBP"):
        c = R.choice([c for c in CUSTOMERS if c["kind"] == "it"])
        amt = q(money(200, 3000))
        emit(d, amt, kind, c["bank_name"], c["id"], "PAYMENT INVOICE", None, "error", [], 0, reason="currency",
             scen="bad_currency", error="currency %s: no invoice in the ledger is in %s" % (kind, kind),
             note="Foreign-currency receipt from a customer; the ledger only has EUR and CHF invoices.")
    elif kind in ("malformed1", "malformed2"):
        inv = R.choice([i for i in INVOICES if i["_kind"] == "it"])
        raw = it_amt(BAL[inv["id"]] or inv["total"]) if kind == "malformed1" else "EUR " + s(inv["total"])
        c = CUST[inv["customer_id"]]
        emit(d, 0, "EUR", c["bank_name"], c["id"], "SALDO " + inv["number"], None, "error", [], 0, reason="amount not a decimal string",
             scen="bad_amount_format", raw_amount=raw, error="amount %r is not a decimal string" % raw,
             note="Amount exported in Italian/labelled format; a careful engine rejects it rather than guessing.")
    elif kind in ("nodate1", "nodate2"):
        inv = R.choice([i for i in INVOICES if i["_kind"] == "it"])
        c = CUST[inv["customer_id"]]
        emit(None if kind == "nodate1" else "", inv["total"], "EUR", c["bank_name"], c["id"], "PAG. " + inv["number"], None, "error",
             [], 0, reason="missing date", scen="bad_missing_date", error="payment date is missing",
             note="Row without a value date.")


def dup_id_row(kind):
    src_idx = max(k for k, l in enumerate(LABELS) if l["status"] == "applied")
    p = dict(PAYMENTS[src_idx])
    if kind == "dupid_changed":
        p["amount"] = s(q(money(100, 2000)))
        p["date"] = [x["date"] for x in PAYMENTS if x["date"]][-1]
        p["reference"] = "BONIFICO"
        note = "Re-uses the id of an earlier payment with different content."
    else:
        note = "The same bank line delivered twice (identical row, same id) - applying it again would double-count."
    PAYMENTS.append(p)
    LABELS.append({"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None, "short_pay": None,
                   "candidates": [], "reason": "duplicate payment id", "scenario": "bad_duplicate_id", "note": note,
                   "error": "payment id %s already used by an earlier row" % p["id"]})


# ---- driver --------------------------------------------------------------------------------
SINGLE = [(sc_ref_single, 74), (sc_riba, 22), (sc_sdd, 14), (sc_qr, 14), (sc_pa_split, 14), (sc_cross_series, 7),
          (sc_multi_list, 18), (sc_multi_range, 7), (sc_remit, 14), (sc_amount_only, 24), (sc_saldo_ec, 6),
          (sc_trap_po, 7), (sc_truncated, 5), (sc_group_payer, 4),
          (sc_acconto, 5), (sc_short, 14), (sc_ritenuta, 7), (lambda d, share=None: sc_remit(d, share, short=True), 5),
          (sc_overpay, 8), (sc_pa_gross, 4), (sc_paid_before, 5), (sc_nofit_known, 5), (sc_cross_currency, 4), (sc_advance, 3),
          (sc_same_amount, 10), (sc_similar_payer, 5), (sc_ref_conflict, 7), (sc_subset, 6), (sc_bare_number, 5),
          (sc_unknown_nofit, 5), (sc_unknown_single, 6), (sc_typo_ref, 4), (sc_other_cust_ref, 4)]
PAIRS = [(sc_acconto, sc_saldo_after, 10), (sc_dup_first, sc_dup_second, 8), (sc_reduce_first, sc_reduce_second, 6)]
ERRORS = ["negative", "negative", "negative2", "USD", "GBP", "malformed1", "malformed2", "nodate1", "nodate2",
          "dupid_same", "dupid_changed"]


def business_days(a, b):
    out = []
    while a <= b:
        if a.weekday() < 5 and a not in (date(2026, 4, 6), date(2026, 4, 25)):   # Pasquetta, Liberazione
            out.append(a)
        a += timedelta(1)
    return out


def build_payments():
    for inv in INVOICES:
        BAL[inv["id"]] = inv["balance"]
    tasks = []
    for fn, n in SINGLE:
        tasks += [("s", fn, None)] * n
    R.shuffle(tasks)
    for f1, f2, n in PAIRS:
        for _ in range(n):
            share = {}
            i = R.randrange(0, int(len(tasks) * 0.6))
            tasks.insert(i, ("p1", f1, share))
            j = R.randrange(i + 8, len(tasks) + 1)
            tasks.insert(j, ("p2", f2, share))
    errs = list(ERRORS)
    for e in errs:
        tasks.insert(R.randrange(20, len(tasks)), ("e", e, None))
    days = business_days(date(2026, 3, 23), date(2026, 4, 30))
    n = len(tasks)
    skipped = Counter()
    for k, (kind, fn, share) in enumerate(tasks):
        d = days[min(len(days) - 1, k * len(days) // n)]
        if kind == "e":
            if fn.startswith("dupid"):
                dup_id_row(fn)
            else:
                err_row(d, fn)
            continue
        for attempt in range(30):
            try:
                fn(d, share) if share is not None else fn(d)
                break
            except (Skip, IndexError, ValueError):
                skipped[getattr(fn, "__name__", "lambda")] += 1
                if kind == "p2":
                    sc_ref_single(d)
                    break
        else:
            sc_ref_single(d)
            skipped["FALLBACK:" + getattr(fn, "__name__", "x")] += 1
        if kind == "p1" and share:
            share["first_idx"] = len(PAYMENTS) - 1
    return skipped


def invoice_rows():
    rows = []
    for inv in sorted(INVOICES, key=lambda i: (i["customer_id"], i["issue_date"], i["id"])):
        rows.append({"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
                     "customer_name": inv["customer_name"], "currency": inv["currency"], "total": s(inv["total"]),
                     "balance": s(inv["balance"]), "issue_date": inv["issue_date"].isoformat(),
                     "due_date": inv["due_date"].isoformat()})
    return rows


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    build_customers()
    for c in CUSTOMERS:
        CUST[c["id"]] = c
    build_invoices()
    for inv in INVOICES:
        CUST_INV[inv["customer_id"]].append(inv["id"])
    skipped = build_payments()
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), invoice_rows())
    dump(os.path.join(OUT, "payments.json"), PAYMENTS)
    dump(os.path.join(OUT, "labels.json"), LABELS)
    write_readme()
    print("customers", len(CUSTOMERS), "invoices", len(INVOICES), "payments", len(PAYMENTS))
    print("status", Counter(l["status"] for l in LABELS))
    if skipped:
        print("skips", dict(skipped))


CUST_INV = defaultdict(list)


def write_readme():
    st = Counter(l["status"] for l in LABELS)
    sc = Counter((l["status"], l["scenario"]) for l in LABELS)
    cur = Counter(p["currency"] for p in PAYMENTS)
    kinds = Counter(c["kind"] for c in CUSTOMERS)
    ikinds = Counter((i["_kind"], i["currency"]) for i in INVOICES)
    nulls = sum(1 for p in PAYMENTS if p["customer_id"] is None)
    remits = sum(1 for p in PAYMENTS if p["remittance"])

    def lang(p):
        txt = (p["reference"] or "") + " " + (p["remittance"] or "")
        if "Rechnung" in txt:
            return "de"
        if "PAYMENT" in txt:
            return "en"
        if not txt.strip():
            return "none (no text)"
        return "it"
    langs = Counter(lang(p) for p in PAYMENTS)
    L = []
    w = L.append
    w("# Blind cash-application set: `ledger_italia`")
    w("")
    w("Held-out test set for the `match` contract (`contracts/cash-application.md`), written blind from the contract only.")
    w("Generated by `build.py` (stdlib, fixed seed; rerunning rewrites every file byte for byte). `check.py` replays the labels.")
    w("")
    w("## Theme")
    w("")
    w("Printek Office Solutions S.r.l. (fictional), an office-technology and printer-services company: toner and consumables,")
    w("multifunction printers, service calls, monthly rental contracts (*canoni di noleggio*), CCTV/access-control maintenance")
    w("for condominiums. Customers in Italy (companies, professional studios, public administration, condominiums), San Marino")
    w("(EUR, VAT-exempt art. 71) and Canton Ticino (CHF invoices; a few also buy in EUR). Everything is made up.")
    w("")
    w("## Files (`ledger_italia/`)")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | contract INVOICES (open items as of %s), %d customers |" % (len(INVOICES), LEDGER_DATE.isoformat(), len(CUSTOMERS)))
    w("| `payments.json` | %d | contract PAYMENTS, oldest first (%s to %s) |" % (len(PAYMENTS), PAYMENTS[0]["date"], max(p["date"] for p in PAYMENTS if p["date"])))
    w("| `labels.json` | %d | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |" % len(LABELS))
    w("")
    w("Labels align with payments **by position** (two rows share a payment id on purpose). Amounts are decimal strings.")
    w("")
    w("Customers by kind: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())) +
      " (it = Italian private, pa = public administration, condo = condominium, sm = San Marino, ti = Ticino).")
    w("")
    w("Invoices by customer kind and currency: " + ", ".join("%s/%s %d" % (k[0], k[1], v) for k, v in sorted(ikinds.items())) + ".")
    w("")
    w("Invoice number series: `FT 123/2026` (goods and services; 2025 numbers run 1620 and up), `2026/000123` (rental/contract")
    w("series, often collected by SEPA direct debit), `45/PA` (public administration, 2025 ones `212/PA/2025`), `TI-123/2026`")
    w("(Ticino, CHF). The numeric parts overlap across series on purpose.")
    w("")
    w("Payments: currency " + ", ".join("%s %d" % kv for kv in sorted(cur.items())) +
      "; %d without `customer_id`; %d with a remittance advice." % (nulls, remits))
    w("Text language of reference + remittance: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())) + ".")
    w("")
    w("## Counts")
    w("")
    w("| status | count |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("| status | scenario | count |")
    w("|---|---|---|")
    for (a, b), v in sorted(sc.items(), key=lambda kv: (["applied", "partial", "unapplied", "review", "error"].index(kv[0][0]), -kv[1], kv[0][1])):
        w("| %s | %s | %d |" % (a, b, v))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for line in CONVENTIONS:
        w("- " + line)
    w("")
    w("## Checking")
    w("")
    w("`python3 check.py` re-reads the three files, re-detects the bad rows, replays every label in order against live balances")
    w("(same currency, never below zero, applications + unapplied = amount, `short_pay` = what stays open) and re-verifies the")
    w("scenario claims: amount-only matches are the only fitting set (up to 3 invoices), ambiguities are real, unknown payers")
    w("match no customer name, references name the invoices they pay, ritenuta = 4% of the net, PA balances = net of 22% VAT.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


CONVENTIONS = [
    "**Split payment (scissione dei pagamenti).** For PA invoices `total` is the document total (net + 22% VAT) and `balance` "
    "is the net only: the ERP closes the VAT part against the VAT-split account when the invoice is issued, so the PA's receivable "
    "is the net. A PA paying the net is a normal full payment (`applied`). A PA that pays the gross total gets the net applied and "
    "the VAT part left `unapplied` (status `unapplied`).",
    "**Ritenuta d'acconto.** Condominiums withhold 4% of the net (art. 25-ter DPR 600/73) on our service invoices. The ledger "
    "carries the full total. The payment is applied and the withheld amount is reported as `short_pay` (status `partial`), "
    "reason naming the ritenuta: it stays open until the withholding certificate closes it. Every such payment says so in the causale.",
    "**Part payment vs short pay.** An `acconto` / `rata` is `partial` with `short_pay: null`. A payment below the balance with a "
    "stated deduction (discount taken, SLA penalty, returned cartridges, bank charges SHA, price difference) is `partial` with "
    "`short_pay = {invoice_id, amount = what stays open, reason}`. There are no unexplained short payments in the set.",
    "**Review rows** apply nothing and carry `unapplied` = the whole amount (so applications + unapplied = amount still holds). "
    "`candidates` is a list of invoice-id lists, best first; when two readings are equally good they are ordered oldest due "
    "date first. An unknown payer whose amount fits nothing is `review` with `candidates: []`.",
    "**Known customer, nothing fits** (no reference, or a reference to an invoice that is not open, an advance on an order, "
    "a second payment of an already-paid invoice, a CHF payment for a EUR invoice) is `unapplied` with the whole amount.",
    "**Unknown payer + amount equal to exactly one open invoice** (no number, payer is not the customer) is `review` with that "
    "invoice as the only candidate, not `applied`: the amount alone is not proof. Likewise a customer paying another customer's "
    "invoice without saying so. A third party that states *per conto di <customer>* and the invoice number is `applied`.",
    "**Amount-only application** is `applied` only when the payer is identified (customer id, or a payer name that matches one "
    "customer) and exactly one set of that customer's open invoices (size 1-3, same currency) equals the amount. A payment equal "
    "to *all* the customer's open items ('saldo estratto conto') is applied to all of them.",
    "**Payer names** are bank-style: upper case, legal forms shortened (SRL, SPA), often cut at 24-35 characters. A name that is "
    "the common start of two customers (e.g. `ROSSI IMPIANTI`) identifies neither.",
    "**Order dependence.** Payments are replayed in file order: a balance after an acconto, a second payment of an invoice "
    "closed earlier in the file (duplicate -> `unapplied`), and an amount that fitted two rental invoices until an earlier payment "
    "closed one of them (then `applied`).",
    "**Bad rows** (`status: error`, no applications, `unapplied: null`, `error` text): negative amounts (returned RiBa, bank "
    "reversal), currencies no invoice has (USD, GBP), amounts that are not decimal strings (`1.234,56`, `EUR 123.45`), a missing "
    "date (`null` or empty), and a payment id already used by an earlier row (one identical re-delivery, one different row). "
    "The first occurrence of a duplicated id is processed normally.",
    "**Numbers that are not invoices**: RiBa effect numbers, mandate/ordinative numbers, CIG codes, customer order numbers shaped "
    "like `2026/000123`, DDT numbers, SAP PO numbers `4500xxxxxx`, Swiss QR references (27 digits, opaque without our billing system).",
    "**Bare invoice numbers**: 'FATT. N. 45' from a PA is 45/PA (a PA only has that series); from an unknown payer, when both "
    "`FT 45/2026` and `2026/000045` are open and the amount fits neither, it is `review` with both.",
    "Reason and note texts are English; bank and remittance texts are Italian (some English, some German from Ticino).",
]


if __name__ == "__main__":
    main()
