#!/usr/bin/env python3
"""Blind held-out set for the cash-application contract (`match`).

Theme: Grupo Alimentos Cordillera, a food and beverage distributor selling to
supermarkets, restaurants and wholesalers in Mexico, Colombia, Chile, Peru,
Argentina and Brazil.

stdlib only, deterministic: `python3 build.py` rewrites every data file and
README.md byte for byte.
"""
import calendar
import heapq
import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_cordillera"
SEED = 91_2026
R = random.Random(SEED)
D = Decimal
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def norm(t):
    """letters and digits only, upper case, no accents (used to test payer-name prefixes)"""
    return re.sub(r"[^A-Z0-9]", "", strip_accents(t).upper())


# ---------------------------------------------------------------------------
# Stage 1: countries, customers, invoices
# ---------------------------------------------------------------------------

COUNTRY = {
    "MX": dict(cur="MXN", n=75, usd_share=0.22),
    "CO": dict(cur="COP", n=60, usd_share=0.08),
    "CL": dict(cur="CLP", n=40, usd_share=0.0),
    "PE": dict(cur="PEN", n=40, usd_share=0.30),
    "AR": dict(cur="ARS", n=30, usd_share=0.0),
    "BR": dict(cur="BRL", n=55, usd_share=0.0),
}
COUNTRIES = list(COUNTRY)
CUR_COUNTRY = {v["cur"]: k for k, v in COUNTRY.items()}
WHOLE = {"COP", "CLP"}          # currencies invoiced in whole units (still written with .00)

PREFIX = {
    "MX": {"super": ["Supermercados", "Tiendas", "Autoservicio"],
           "whole": ["Comercializadora", "Distribuidora", "Abarrotes y Mayoreo", "Grupo Comercial"],
           "rest": ["Restaurante", "Grupo Gastronómico", "Taquería", "Operadora de Restaurantes"]},
    "CO": {"super": ["Supermercados", "Autoservicio", "Almacenes"],
           "whole": ["Distribuidora", "Comercializadora", "Inversiones", "Mayorista"],
           "rest": ["Restaurante", "Asadero", "Alimentos", "Grupo Gastronómico"]},
    "CL": {"super": ["Supermercado", "Supermercados"],
           "whole": ["Comercial", "Distribuidora", "Sociedad Comercial", "Inversiones"],
           "rest": ["Restaurante", "Gastronomía", "Sanguchería"]},
    "PE": {"super": ["Supermercados", "Minimarket", "Autoservicios"],
           "whole": ["Distribuidora", "Corporación", "Inversiones", "Comercial"],
           "rest": ["Restaurante", "Cevichería", "Pollería", "Grupo Gastronómico"]},
    "AR": {"super": ["Supermercados", "Autoservicio"],
           "whole": ["Distribuidora", "Mayorista", "Almacén Mayorista"],
           "rest": ["Gastronómica", "Parrilla", "Restó"]},
    "BR": {"super": ["Supermercado", "Supermercados", "Mercadinho"],
           "whole": ["Atacadista", "Comercial", "Distribuidora"],
           "rest": ["Restaurante", "Padaria e Confeitaria", "Churrascaria", "Lanchonete", "Empório"]},
}
CORES = {
    "MX": ["La Esperanza", "El Sol de Jalisco", "Hermanos Ruiz", "Del Bajío", "San Ángel", "La Huasteca",
           "Los Volcanes", "El Mirador", "Santa Fe del Norte", "Las Palmas", "La Perla de Occidente",
           "Monte Albán", "Río Bravo", "El Nopal", "La Providencia", "Tres Caminos", "Del Pacífico",
           "Villa Rica", "La Central de Puebla", "El Faro", "Cinco Estrellas", "Plaza Jardín", "El Roble",
           "Sierra Madre", "La Tapatía", "Los Portales", "Valle de Anáhuac", "El Buen Sabor", "Don Chuy"],
    "CO": ["El Dorado", "La Sabana", "Del Caribe", "Los Andes", "La Candelaria", "Santa Marta", "El Poblado",
           "Antioquia Verde", "La Montaña", "Tres Ríos", "El Cafetal", "La Novena", "Villa de Leyva",
           "Río Magdalena", "La Floresta", "Chapinero", "Los Cerezos", "La Colina", "Paisa Express", "San Gil",
           "El Llano", "Buenavista", "La Pradera", "Guadalupe"],
    "CL": ["Los Andes", "Pacífico Sur", "El Roble", "Valle Central", "Maipo", "La Araucanía", "Puerto Varas",
           "Los Lagos", "Atacama", "Providencia", "Ñuble", "Bío Bío", "El Quisco", "Quillota", "Chiloé",
           "Tierra del Fuego", "La Serena", "Rapel", "Colchagua", "Los Boldos"],
    "PE": ["Los Incas", "El Misti", "Señor de Luren", "San Isidro", "Miraflores", "Rímac", "Santa Rosa",
           "Chavín", "El Sol Andino", "Paracas", "Huancayo", "Pachacámac", "Norte Chico", "Los Olivos",
           "Surquillo", "La Victoria", "Tumbes", "Arequipeña", "Cusco Real", "Chiclayo Norte"],
    "AR": ["Del Plata", "Rioplatense", "Los Pinos", "San Telmo", "Patagonia Sur", "Mendocina", "Cuyo",
           "Río Cuarto", "La Pampa", "Belgrano", "Palermo Chico", "Del Litoral", "Tucumana", "Las Heras",
           "Don Ernesto", "El Ombú"],
    "BR": ["São João", "Boa Vista", "Santa Luzia", "Nova Esperança", "Bom Preço", "Estrela do Sul",
           "Vila Nova", "Serra Gaúcha", "Paulistano", "Recôncavo", "Rio Doce", "Canaã", "Primavera",
           "Três Irmãos", "Ouro Verde", "Pampulha", "Itapuã", "Cidade Alta", "Mangueira", "Jardim Europa",
           "Do Vale"],
}
SUFFIX = {
    "MX": ["S.A. de C.V."] * 5 + ["S. de R.L. de C.V."] * 2 + ["S.A.P.I. de C.V."],
    "CO": ["S.A.S."] * 6 + ["Ltda."] * 2 + ["S.A."],
    "CL": ["SpA"] * 4 + ["Ltda."] * 2 + ["S.A.", "E.I.R.L."],
    "PE": ["S.A.C."] * 4 + ["E.I.R.L.", "S.R.L.", "S.A."],
    "AR": ["S.A."] * 3 + ["S.R.L."] * 2 + ["S.A.S."],
    "BR": ["Ltda."] * 4 + ["Ltda-ME"] * 2 + ["EIRELI", "S.A.", "ME"],
}
# pairs of customers whose bank-truncated names cannot be told apart (review cases)
TWIN_NAMES = [
    ("CO", "whole", "Distribuidora San Jorge S.A.S.", "Distribuidora San José Ltda.", 20),
    ("MX", "whole", "Comercializadora Los Álamos S.A. de C.V.", "Comercializadora Los Altos S.A. de C.V.", 23),
    ("CL", "whole", "Comercial Santa Elena SpA", "Comercial Santa Elisa Ltda.", 18),
    ("PE", "whole", "Inversiones Mar Azul S.A.C.", "Inversiones Mar Austral E.I.R.L.", 17),
    ("BR", "super", "Supermercado Bom Jesus Ltda.", "Supermercado Bom Jardim Ltda-ME", 18),
    ("AR", "super", "Autoservicio La Estrella S.R.L.", "Autoservicio La Estancia S.A.", 19),
]
SEG_W = [("super", 25), ("whole", 35), ("rest", 40)]

ID_ALPHA = "abcdefghjkmnpqrstuvwxyz23456789"
_ids = set()


def rid(prefix, n=8):
    while True:
        x = prefix + "".join(R.choice(ID_ALPHA) for _ in range(n))
        if x not in _ids:
            _ids.add(x)
            return x


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def rut_dv(body):
    s_, m = 0, 2
    for ch in reversed(str(body)):
        s_ += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s_ % 11
    return {11: "0", 10: "K"}.get(r, str(r))


def tax_id(country):
    if country == "MX":
        return "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3)) + \
            "%02d%02d%02d" % (R.randint(90, 99) if R.random() < .5 else R.randint(0, 19), R.randint(1, 12), R.randint(1, 28)) + \
            "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
    if country == "CO":
        b = R.randint(800_000_000, 901_999_999)
        return "%s-%d" % (b, R.randint(0, 9))
    if country == "CL":
        b = R.randint(76_000_000, 77_999_999)
        return "%s.%s.%s-%s" % (str(b)[:2], str(b)[2:5], str(b)[5:], rut_dv(b))
    if country == "PE":
        return "20%09d" % R.randint(100_000_000, 999_999_999)
    if country == "AR":
        return "30-%08d-%d" % (R.randint(70_000_000, 71_999_999), R.randint(0, 9))
    if country == "BR":
        return "%02d.%03d.%03d/0001-%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99))


def make_customers():
    custs = []
    keys = []

    def clash(key):
        return any(k.startswith(key) or key.startswith(k) for k in keys)

    for country, seg, a, b, _ in TWIN_NAMES:
        for nm in (a, b):
            keys.append(norm(nm))
            custs.append(dict(id=rid("cu_", 6), name=nm, country=country, segment=seg, tax_id=tax_id(country),
                              usd=False, twin=True))
    for country, cfg in COUNTRY.items():
        have = sum(1 for c in custs if c["country"] == country)
        while have < cfg["n"]:
            seg = wchoice(SEG_W)
            head = "%s %s" % (R.choice(PREFIX[country][seg]), R.choice(CORES[country]))
            key = norm(head)
            if clash(key):
                continue
            keys.append(key)
            nm = "%s %s" % (head, R.choice(SUFFIX[country]))
            usd = seg != "rest" and R.random() < cfg["usd_share"] * 1.6
            custs.append(dict(id=rid("cu_", 6), name=nm, country=country, segment=seg, tax_id=tax_id(country),
                              usd=usd, twin=False))
            have += 1
    R.shuffle(custs)
    return custs


AMT = {  # (low, high) totals by currency and segment
    "MXN": {"rest": (2_800, 46_000), "whole": (18_000, 360_000), "super": (40_000, 880_000)},
    "COP": {"rest": (380_000, 6_200_000), "whole": (2_900_000, 58_000_000), "super": (7_500_000, 148_000_000)},
    "CLP": {"rest": (140_000, 2_600_000), "whole": (950_000, 21_000_000), "super": (2_800_000, 61_000_000)},
    "PEN": {"rest": (560, 9_400), "whole": (3_800, 82_000), "super": (9_500, 198_000)},
    "ARS": {"rest": (280_000, 4_100_000), "whole": (1_900_000, 41_000_000), "super": (4_800_000, 119_000_000)},
    "BRL": {"rest": (780, 12_500), "whole": (4_800, 91_000), "super": (14_500, 298_000)},
    "USD": {"rest": (900, 9_000), "whole": (2_400, 58_000), "super": (6_000, 96_000)},
}
TERMS = {"super": [45, 60, 60, 90], "whole": [30, 30, 45], "rest": [15, 15, 30]}


def rand_amount(cur, seg):
    lo, hi = AMT[cur][seg]
    # log-uniform so small invoices are common
    import math
    x = math.exp(R.uniform(math.log(lo), math.log(hi)))
    if cur in WHOLE:
        return D(int(x))
    return q(D(int(x * 100)) / 100)


def series_of(cust, cur):
    c = cust["country"]
    if c == "MX":
        return "MX-A"
    if c == "CO":
        return "CO-FEV"
    if c == "CL":
        return "CL-FE"
    if c == "PE":
        return "PE-F002" if cust.get("branch") == "AQP" else "PE-F001"
    if c == "AR":
        return "AR-A3"
    return "BR-NF"


SERIES_START = {"MX-A": 12301, "CO-FEV": 52001, "CL-FE": 7101, "PE-F001": 4501, "PE-F002": 4560,
                "AR-A3": 12401, "BR-NF": 104001}


def fmt_number(series, n):
    return {"MX-A": "A-%d", "CO-FEV": "FEV%d", "CL-FE": "FE-%d", "PE-F001": "F001-%08d",
            "PE-F002": "F002-%08d", "AR-A3": "A-0003-%08d", "BR-NF": "NF-%d"}[series] % n


class Ledger:
    def __init__(self):
        self.customers = make_customers()
        self.cust = {c["id"]: c for c in self.customers}
        for c in self.customers:
            if c["country"] == "PE" and R.random() < 0.28:
                c["branch"] = "AQP"
        self.counter = dict(SERIES_START)
        self.taken_numbers = set()      # (series, n) used by an invoice
        self.skipped = {k: [] for k in SERIES_START}    # numbers never issued (gaps)
        self.invoices = []
        self.inv = {}
        self.by_cust = {}
        self.last_special_issue = {}
        self._background()
        self.reserved = set()       # invoices a planted scenario owns: nobody else may pay them
        self.planted = set()        # customers that already carry a planted review case

    def next_number(self, series, gap=True):
        n = self.counter[series]
        if gap and R.random() < 0.22:       # cancelled / paid-before-snapshot numbers
            k = R.randint(1, 3)
            self.skipped[series] += list(range(n, n + k))
            n += k
        self.counter[series] = n + 1
        self.taken_numbers.add((series, n))
        return n

    def add_invoice(self, cust, cur, total, issue, balance=None, terms=None, gap=True):
        series = series_of(cust, cur)
        n = self.next_number(series, gap=gap)
        terms = terms or R.choice(TERMS[cust["segment"]])
        inv = dict(id=rid("in_", 8), number=fmt_number(series, n), customer_id=cust["id"],
                   customer_name=cust["name"], currency=cur, total=q(total),
                   balance=q(total if balance is None else balance), issue_date=issue,
                   due_date=issue + timedelta(days=28 if cust["country"] == "BR" and terms < 45 else terms),
                   series=series, n=n)
        self.invoices.append(inv)
        self.inv[inv["id"]] = inv
        self.by_cust.setdefault(cust["id"], []).append(inv)
        return inv

    def _background(self):
        specs = []
        start, end = date(2025, 11, 20), date(2026, 2, 27)
        span = (end - start).days
        for c in self.customers:
            k = {"super": R.randint(5, 10), "whole": R.randint(3, 7), "rest": R.randint(2, 4)}[c["segment"]]
            if c.get("twin"):
                k = max(k, 4)
            local = COUNTRY[c["country"]]["cur"]
            for j in range(k):
                cur = "USD" if c["usd"] and R.random() < 0.3 else local
                specs.append((start + timedelta(days=R.randint(0, span)), c["id"], cur))
        specs.sort(key=lambda x: (x[0], x[1], x[2]))
        for issue, cid, cur in specs:
            c = self.cust[cid]
            total = rand_amount(cur, c["segment"])
            bal = None
            if R.random() < 0.11:      # an earlier part payment or credit note left a lower balance
                frac = D(R.randint(25, 80)) / 100
                bal = total * frac
                bal = D(int(bal / 1000) * 1000) if cur in WHOLE else q(bal)
                if bal <= 0:
                    bal = None
            self.add_invoice(c, cur, total, issue, balance=bal)

    def special_invoice(self, cust, cur, total, pay_date, balance=None, gap=True):
        """an invoice issued during the payment period (numbers stay in issue-date order per series)"""
        series = series_of(cust, cur)
        cand = max(pay_date - timedelta(days=R.randint(1, 6)), date(2026, 3, 1))
        issue = max(cand, self.last_special_issue.get(series, date(2026, 3, 1)))
        self.last_special_issue[series] = issue
        return self.add_invoice(cust, cur, total, issue, balance=balance, gap=gap)



# ---------------------------------------------------------------------------
# Stage 2: how banks and customers write things
# ---------------------------------------------------------------------------

OUR = {"MX": "GRUPO ALIMENTOS CORDILLERA SA DE CV", "CO": "ALIMENTOS CORDILLERA COLOMBIA S.A.S.",
       "CL": "ALIMENTOS CORDILLERA CHILE SPA", "PE": "ALIMENTOS CORDILLERA PERU S.A.C.",
       "AR": "ALIMENTOS CORDILLERA ARGENTINA S.A.", "BR": "ALIMENTOS CORDILLERA DO BRASIL LTDA"}
OUR_TAX = {"MX": "GAC0411189T3", "CO": "901.555.212-3", "CL": "76.555.212-3", "PE": "20555212301",
           "AR": "30-71555212-3", "BR": "12.555.212/0001-33"}
SYM = {"MXN": "$", "COP": "$", "CLP": "$", "PEN": "S/", "ARS": "$", "BRL": "R$", "USD": "USD"}
STYLE = {"MXN": "en", "USD": "en", "PEN": "en", "COP": "dot0", "CLP": "dot0", "ARS": "dot", "BRL": "dot"}


def money(x, cur, style=None, sym=False):
    x = q(x)
    style = style or STYLE[cur]
    neg = x < 0
    ip, fp = ("%.2f" % abs(x)).split(".")
    g = "{:,}".format(int(ip))
    if style == "en":
        r = g + "." + fp
    elif style == "dot":
        r = g.replace(",", ".") + "," + fp
    elif style == "dot0":
        r = g.replace(",", ".") + ("" if fp == "00" else "," + fp)
    else:
        r = ip + "." + fp
    r = ("-" if neg else "") + r
    if sym:
        r = SYM[cur] + (" " if cur in ("PEN", "BRL", "USD", "ARS") else "") + r
    return r


SUFFIX_VARIANTS = [
    ("S.A.P.I. de C.V.", ["SAPI DE CV", "S.A.P.I. DE C.V."]),
    ("S. de R.L. de C.V.", ["S. DE R.L. DE C.V.", "S DE RL DE CV"]),
    ("S.A. de C.V.", ["S.A. DE C.V.", "SA DE CV", "S A DE C V", "SA DE CV"]),
    ("S.A.S.", ["S.A.S.", "SAS", "S A S", "SAS"]),
    ("Ltda-ME", ["LTDA ME", "LTDA-ME", "LTDA - ME"]),
    ("Ltda.", ["LTDA", "LTDA.", "LTDA"]),
    ("E.I.R.L.", ["EIRL", "E.I.R.L."]),
    ("EIRELI", ["EIRELI"]),
    ("S.A.C.", ["S.A.C.", "SAC"]),
    ("S.R.L.", ["S.R.L.", "SRL"]),
    ("SpA", ["SPA", "SPA", "S.P.A."]),
    ("S.A.", ["S.A.", "SA", "S A"]),
    ("ME", ["ME"]),
]
ABBR = [("OPERADORA DE RESTAURANTES", "OPERADORA DE REST"), ("GRUPO GASTRONOMICO", "GPO GASTRONOMICO"),
        ("SOCIEDAD COMERCIAL", "SOC COMERCIAL"), ("ABARROTES Y MAYOREO", "ABTS Y MAYOREO"),
        ("SUPERMERCADOS", "SUPERM"), ("SUPERMERCADO", "SUPERM"), ("COMERCIALIZADORA", "COMERC"),
        ("DISTRIBUIDORA", "DISTRIB"), ("RESTAURANTE", "REST"), ("INVERSIONES", "INV"), ("CORPORACION", "CORP"),
        ("AUTOSERVICIOS", "AUTOSERV"), ("AUTOSERVICIO", "AUTOSERV"), ("ATACADISTA", "ATACAD"),
        ("PADARIA E CONFEITARIA", "PAD E CONF")]
TRUNC = {"MX": [40, 40, 35, 30], "CO": [22, 26, 30, 35], "CL": [25, 30, 35], "PE": [24, 30, 35],
         "AR": [22, 28, 30], "BR": [25, 30, 35, 40]}


def split_suffix(name):
    for suf, vs in SUFFIX_VARIANTS:
        if name.endswith(" " + suf):
            return name[: -len(suf) - 1], suf, vs
    return name, "", [""]


def bank_payer(cust, pure=False, length=None):
    """the ordering customer's name as the bank statement shows it"""
    head, suf, vs = split_suffix(cust["name"])
    head = strip_accents(head).upper()
    if pure:
        vs = [v for v in vs if norm(v) == norm(suf)] or [suf.upper()]
    v = R.choice(vs)
    if not pure and R.random() < 0.3:
        for a, b in ABBR:
            if head.startswith(a):
                head = b + head[len(a):]
                break
    name = (head + " " + v).strip()
    if not pure and R.random() < 0.25:
        name = name.replace(".", "").replace(",", "")
    L = length or R.choice(TRUNC[cust["country"]])
    return name[:L].rstrip(" .-")


BANKS = {"MX": ["BCO DEL NORTE", "BANCA AZTLAN", "BCO MERCANTIL GOLFO", "BANCO PLATA", "BCO ANAHUAC"],
         "CO": ["BCO ANDINO", "BANCO CAFETERO", "BCO DE LA SABANA", "BANCO PACIFICO CO"],
         "CL": ["BCO AUSTRAL", "BANCO CORDILLERANO", "BCO DEL ESTADO SUR", "BANCO VALLE"],
         "PE": ["BCO INCA", "BANCO DEL SUR PERU", "INTERBANC LIMA", "CAJA AREQUIPA SUR"],
         "AR": ["BCO RIOPLATENSE", "BANCO PAMPA", "BCO LITORAL", "BANCO CUYANO"],
         "BR": ["BCO PAULISTA", "BANCO GUANABARA", "BCO CERRADO", "BANCO SUL MINAS"]}


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def tok(inv, variant=False):
    """an invoice number as a customer writes it"""
    if not variant:
        return inv["number"]
    se, n = inv["series"], inv["n"]
    if se == "MX-A":
        f = R.choice(["A%d", "FOLIO %d", "FACT %d", "SERIE A FOLIO %d", "A %d", "FAC A-%d", "A-0%d"])
        return f % n
    if se == "CO-FEV":
        return R.choice(["FEV-%d", "FEV %d", "FV %d", "FACT %d", "FACTURA ELECTRONICA FEV %d", "FEV.%d"]) % n
    if se == "CL-FE":
        return R.choice(["FACT %d", "FOLIO %d", "F%d", "FAC.%d", "FE %d", "NRO %d", "FACTURA %d"]) % n
    if se in ("PE-F001", "PE-F002"):
        s3 = se[-3:]
        return R.choice(["F%s-%d" % (s3, n), "F%d-%d" % (int(s3), n), "F%s %d" % (s3, n),
                         "F%s-%06d" % (s3, n), "FT F%s-%d" % (s3, n), "F%s/%d" % (s3, n)])
    if se == "AR-A3":
        return R.choice(["FC A 0003-%08d" % n, "FCA 3-%d" % n, "FC 0003-%d" % n, "A 00003-%08d" % n,
                         "FAC A 3-%d" % n, "FC-A-0003-%d" % n])
    if se == "BR-NF":
        dotted = "{:,}".format(n).replace(",", ".")
        return R.choice(["NF %d" % n, "NFE %d" % n, "NF-E %s" % dotted, "NF %09d" % n, "NOTA %d" % n,
                         "NF.%d" % n, "NF %s" % dotted])
    raise ValueError(se)


VERBS = {"MX": ["PAGO FACT", "PAGO FACTURA", "PAGO", "", "LIQ", "PAGO DE FACTURA"],
         "CO": ["PAGO FACTURA", "PAGO", "CANCELACION", "PAGO PROVEEDOR"],
         "CL": ["PAGO", "PAGO FACTURA", "CANCELA"],
         "PE": ["PAGO", "CANC.", "PAGO FACT", "CANCELACION"],
         "AR": ["PAGO", "CANC", "VAR:FAC", "PAGO FC"],
         "BR": ["PAGTO", "REF", "", "PAGAMENTO"],
         "USD": ["INV", "INVOICE", "PAYMENT", "PMT INV"]}
GENERIC = {"MX": ["PAGO PROVEEDOR", "PAGO", "TRANSFERENCIA", "PAGO FACTURAS", "PAGO A PROVEEDORES", "PAGO MERCANCIA"],
           "CO": ["PAGO PROVEEDORES", "PAGO", "ABONO CUENTA", "TRANSFERENCIA"],
           "CL": ["PAGO PROVEEDORES", "TRASPASO DE FONDOS", "PAGO", "TRANSFERENCIA"],
           "PE": ["PAGO PROVEEDORES", "PAGO", "PAGO MERCADERIA", "TRANSFERENCIA"],
           "AR": ["VARIOS", "PAGO PROVEEDORES", "FACTURAS", "HONORARIOS Y VARIOS"],
           "BR": ["PAGAMENTO FORNECEDOR", "PAGTO", "TRANSFERENCIA", "PAGAMENTO"],
           "USD": ["PAYMENT", "SUPPLIER PAYMENT", "TRADE PAYMENT", "PAYMENT OF GOODS"]}


WORDY = ("FACT", "FOLIO", "SERIE", "FAC", "NOTA", "NRO", "FC", "FT ", "FE ", "FV ", "NF", "INV")


def concept(country, cur, text):
    key = "USD" if cur == "USD" else country
    v = R.choice(VERBS[key])
    if text.startswith(WORDY):
        v = R.choice(["PAGTO", "", "REF"] if country == "BR" else ["PAGO", "", "PAGO"]) if cur != "USD" else \
            R.choice(["", "PAYMENT"])
    return (v + " " + text).strip() if v else text


def generic(country, cur):
    return R.choice(GENERIC["USD" if cur == "USD" else country])


def rail(cust, cur, text, payer=None, boleto=None):
    """the bank's reference field around what the customer typed (text may be None)"""
    c = cust["country"] if cust else CUR_COUNTRY.get(cur, "MX")
    t = text if text is not None else generic(c, cur)
    if cur == "USD":
        return R.choice(["INCOMING WIRE REF FT26%s ORG %s OBI %s" % (digits(8), payer or "", t),
                         "SWIFT MT103 /RFB/%s" % t, "TRF RECIBIDA USD %s" % t,
                         "WIRE IN %s /BNF/%s" % (digits(9), t)]).replace("  ", " ")
    if c == "MX":
        t = t[:40]
        return R.choice(["SPEI RECIBIDO %s CVE RAST %s%s REF %s CONCEPTO %s" % (
                             R.choice(BANKS["MX"]), R.choice(["BNET", "MBAN", "SPEI"]), digits(18, "0"),
                             digits(7, "23456789"), t),
                         "DEP SPEI REF %s %s" % (digits(7, "23456789"), t), t,
                         "SPEI %s %s" % (R.choice(BANKS["MX"]), t)])
    if c == "CO":
        return R.choice(["ABONO ACH %s NIT %s %s" % (R.choice(BANKS["CO"]), cust["tax_id"].replace("-", "") if cust else digits(10), t),
                         "PAGO PSE %s" % t, "TRANSF %s" % t, "ABONO POR TRANSFERENCIA %s" % t])
    if c == "CL":
        return R.choice(["TRANSFERENCIA DE %s %s" % (cust["tax_id"] if cust else "%s-%s" % (digits(8, "1"), R.choice("0123456789K")), t),
                         "TEF %s %s" % (R.choice(BANKS["CL"]), t), "ABONO TRANSF. %s" % t])
    if c == "PE":
        return R.choice(["ABONO INTERBANCARIO %s" % t, "TRAN.CTAS.TERC. %s" % t, "DEP.CTA %s" % t,
                         "TRANSF CCI %s" % t])
    if c == "AR":
        return R.choice(["TRANSF. RECIBIDA CUIT %s CONCEPTO: %s" % (cust["tax_id"] if cust else "20-%08d-%d" % (R.randint(20_000_000, 39_999_999), R.randint(0, 9)), t),
                         "CRED TRANSF %s" % t, "TRANSFERENCIA INMEDIATA %s" % t])
    if c == "BR":
        if boleto:
            return "LIQUIDACAO BOLETO NOSSO NUM %s SEU NUM %s" % (digits(11, "0"), boleto)
        return R.choice(["PIX RECEBIDO %s" % t, "TED RECEBIDA %s %s" % (R.choice(BANKS["BR"]), t),
                         "PIX RECEBIDO - %s - %s" % (payer or "", t)]).replace("-  -", "-")
    raise ValueError(c)


def uuid():
    h = "".join(R.choice("0123456789ABCDEF") for _ in range(32))
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89AB") + h[17:20], h[20:])


def remit_doc(cust, cur, d, rows, paid, po_col=False, extra=None, title=None):
    """text of a remittance advice.  rows: dicts with tok, gross, ded (list of (label, amount)), net, po, note"""
    c = cust["country"] if cust else CUR_COUNTRY.get(cur, "MX")
    m = lambda x: money(x, cur)
    L = []
    if cur == "USD":
        L.append(title or "REMITTANCE ADVICE")
        L.append("Payer: %s" % (strip_accents(cust["name"]).upper() if cust else ""))
        L.append("Beneficiary: %s" % OUR[c])
        L.append("Value date: %s" % d.strftime("%d-%b-%Y"))
        for r in rows:
            L.append("Invoice %-16s USD %12s%s" % (r["tok"], m(r["gross"]), ("  PO " + r["po"]) if r.get("po") else ""))
            for lab, a in r.get("ded", []):
                L.append("  less %s  USD -%s" % (lab, m(a)))
        L.append("Total paid USD %s" % m(paid))
    elif c == "MX":
        L.append(title or R.choice(["AVISO DE PAGO A PROVEEDORES", "AVISO DE PAGO", "RELACION DE PAGO"]))
        L.append("Proveedor: %s %s" % (digits(6), OUR["MX"]))
        L.append("Fecha de pago: %s   Forma de pago: 03 Transferencia (SPEI)" % d.strftime("%d/%m/%Y"))
        if po_col:
            L.append("Orden compra  Factura       Contrarecibo   Importe")
        else:
            L.append("Serie-Folio   Folio fiscal (UUID)                    Importe")
        for r in rows:
            if po_col:
                L.append("%-13s %-13s %-14s %s" % (r.get("po") or digits(10, "4"), r["tok"], r.get("cr") or digits(6, "3"), m(r["gross"])))
            else:
                L.append("%-13s %s   %s" % (r["tok"], uuid(), m(r["gross"])))
            for lab, a in r.get("ded", []):
                L.append("   (-) %s  %s" % (lab, m(a)))
        L.append("Total pagado: $%s MXN" % m(paid))
    elif c == "CO":
        L.append(title or "COMPROBANTE DE EGRESO CE-0%s" % digits(5, "1234"))
        L.append("Beneficiario: %s  NIT %s" % (OUR["CO"], OUR_TAX["CO"]))
        L.append("Fecha: %s" % d.strftime("%Y-%m-%d"))
        L.append("Documento        Valor bruto     Deducciones     Neto")
        for r in rows:
            dsum = sum((a for _, a in r.get("ded", [])), D(0))
            L.append("%-16s %-15s %-15s %s" % (r["tok"], m(r["gross"]), m(dsum), m(r["gross"] - dsum)))
            for lab, a in r.get("ded", []):
                L.append("   %s: %s" % (lab, m(a)))
        L.append("Total pagado: $ %s" % m(paid))
    elif c == "CL":
        L.append(title or "DETALLE DE PAGO PROVEEDORES")
        L.append("Proveedor: %s %s" % (OUR_TAX["CL"], OUR["CL"]))
        L.append("Fecha pago: %s" % d.strftime("%d-%m-%Y"))
        for r in rows:
            L.append("Factura Electronica %-12s $%s" % (r["tok"], m(r["gross"])))
            for lab, a in r.get("ded", []):
                L.append("   %s  -$%s" % (lab, m(a)))
        L.append("Total transferido: $%s" % m(paid))
    elif c == "PE":
        L.append(title or "AVISO DE ABONO")
        L.append("Proveedor: RUC %s %s" % (OUR_TAX["PE"], OUR["PE"]))
        L.append("Fecha: %s" % d.strftime("%d/%m/%Y"))
        L.append("Documento           Importe       Descuentos    Neto pagado")
        for r in rows:
            dsum = sum((a for _, a in r.get("ded", [])), D(0))
            L.append("%-19s %-13s %-13s %s" % (r["tok"], m(r["gross"]), m(dsum), m(r["gross"] - dsum)))
            for lab, a in r.get("ded", []):
                L.append("   %s: %s" % (lab, m(a)))
        L.append("Total abonado: %s %s" % (SYM[cur], m(paid)))
    elif c == "AR":
        L.append(title or "ORDEN DE PAGO N %s-%s" % ("0001", digits(8, "0")))
        L.append("Proveedor: %s CUIT %s" % (OUR["AR"], OUR_TAX["AR"]))
        L.append("Fecha: %s" % d.strftime("%d/%m/%Y"))
        L.append("Comprobantes cancelados:")
        for r in rows:
            L.append("  %-22s $ %s" % (r["tok"], m(r["gross"])))
        deds = [(lab + (" s/ %s" % r["tok"] if len(rows) > 1 else ""), x) for r in rows for lab, x in r.get("ded", [])]
        if deds:
            L.append("Retenciones / deducciones:")
            for lab, a in deds:
                L.append("  %s  $ %s" % (lab, m(a)))
        L.append("Importe neto transferido: $ %s" % m(paid))
    elif c == "BR":
        L.append(title or R.choice(["Comprovante de pagamento", "AVISO DE PAGAMENTO", "Demonstrativo de pagamento"]))
        L.append("Favorecido: %s  CNPJ %s" % (OUR["BR"], OUR_TAX["BR"]))
        L.append("Data: %s" % d.strftime("%d/%m/%Y"))
        for r in rows:
            L.append("Documento: %-18s Valor: R$ %s" % (r["tok"], m(r["gross"])))
            for lab, a in r.get("ded", []):
                L.append("   (-) %s: R$ %s" % (lab, m(a)))
        L.append("Valor pago: R$ %s" % m(paid))
    if extra:
        L.extend(extra)
    return "\n".join(L)



# ---------------------------------------------------------------------------
# Stage 3: the payments, replayed in file order
# ---------------------------------------------------------------------------

SPECIAL_ISSUE = date(2026, 2, 28)     # invoices planted for a scenario come from the month-end billing run
DUE_KEY = lambda i: (i["due_date"], i["n"], i["number"])
ROUND_STEP = {"MXN": D(1000), "COP": D(100000), "CLP": D(100000), "PEN": D(500), "ARS": D(100000),
              "BRL": D(500), "USD": D(1000)}


def local(c):
    return COUNTRY[c["country"]]["cur"]


def wh(cur, x):
    """round to the currency's unit"""
    return D(int(x.to_integral_value(rounding=ROUND_HALF_UP))) if cur in WHOLE else q(x)


def fits(invs, bal, amount, kmax=3):
    from itertools import combinations
    out = []
    for k in range(1, min(kmax, len(invs)) + 1):
        for combo in combinations(invs, k):
            if sum(bal[i["id"]] for i in combo) == amount:
                out.append(combo)
    return out


class Sim:
    def __init__(self, led):
        self.led = led
        self.bal = {i["id"]: i["balance"] for i in led.invoices}
        self.used = set(led.reserved)
        self.pays, self.labels = [], []
        self.heap, self.seq = [], 0

    def later(self, d, fn, st):
        heapq.heappush(self.heap, (d, self.seq, fn, st))
        self.seq += 1

    def run(self):
        while self.heap:
            d, _, fn, st = heapq.heappop(self.heap)
            fn(self, d, st)

    # --- looking at the ledger as it stands -------------------------------
    def open_of(self, cid, cur):
        return [i for i in self.led.by_cust.get(cid, []) if i["currency"] == cur and self.bal[i["id"]] > 0]

    def open_cur(self, cur):
        return [i for i in self.led.invoices if i["currency"] == cur and self.bal[i["id"]] > 0]

    def free(self, i, d, full=None):
        b = self.bal[i["id"]]
        return (i["id"] not in self.used and b > 0 and i["issue_date"] <= d
                and (full is None or (b == i["total"]) == full))

    def find(self, d, n=1, countries=None, segs=None, usd=False, full=True, test=None, cpred=None, tries=400):
        custs = R.sample(self.led.customers, len(self.led.customers))
        for c in custs:
            if countries and c["country"] not in countries:
                continue
            if segs and c["segment"] not in segs:
                continue
            if cpred and not cpred(c):
                continue
            cur = "USD" if usd else local(c)
            el = [i for i in self.led.by_cust.get(c["id"], []) if i["currency"] == cur and self.free(i, d, full)]
            if len(el) < n:
                continue
            for _ in range(6):
                ch = sorted(R.sample(el, n), key=DUE_KEY)
                if test is None or test(c, ch):
                    self.used.update(i["id"] for i in ch)
                    return c, ch
        raise RuntimeError("no customer fits (%s, n=%d)" % (countries, n))

    # --- writing one payment and its label --------------------------------
    def emit(self, d, cur, amount, payer, cid, ref, remit, status, apps=(), short=None, cands=(),
             reason="", scenario="", note="", pid=None):
        amount = q(amount)
        apps = [(inv, q(a)) for inv, a in apps]
        un = amount - sum((a for _, a in apps), D(0))
        assert un >= 0, (scenario, amount, apps)
        for inv, a in apps:
            assert inv["currency"] == cur and a > 0 and a <= self.bal[inv["id"]], (scenario, inv["number"], a)
            self.bal[inv["id"]] -= a
        if status == "applied":
            assert un == 0 and apps and short is None
        elif status == "partial":
            assert un == 0 and apps and any(self.bal[i["id"]] > 0 for i, _ in apps)
            if short:
                assert self.bal[short[0]["id"]] == q(short[1]), (scenario, short)
        elif status == "unapplied":
            assert un > 0 and short is None
        elif status == "review":
            assert not apps and short is None
        for cset in cands:
            assert all(i["currency"] == cur and self.bal[i["id"]] > 0 for i in cset)
        pid = pid or rid("pm_", 9)
        self.pays.append({"id": pid, "date": d.isoformat(), "amount": s(amount), "currency": cur,
                          "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": remit})
        self.labels.append({"payment_id": pid, "status": status,
                            "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
                            "unapplied": s(un),
                            "short_pay": None if not short else {"invoice_id": short[0]["id"], "amount": s(short[1]),
                                                                 "reason": short[2]},
                            "candidates": [[i["id"] for i in cset] for cset in cands],
                            "reason": reason, "scenario": scenario, "note": note})
        return pid

    def emit_error(self, payment, error, scenario, note):
        self.pays.append(payment)
        self.labels.append({"payment_id": payment["id"], "status": "error", "applications": [], "unapplied": None,
                            "short_pay": None, "candidates": [], "reason": error, "error": error,
                            "scenario": scenario, "note": note})


def who(cust, known_p=0.5, pure=False):
    return bank_payer(cust, pure=pure), (cust["id"] if R.random() < known_p else None)


def nums(invs):
    return ", ".join(i["number"] for i in invs)


# ---- applied ------------------------------------------------------------------

def sc_ref(sim, d, st):
    variant = st.get("variant", False)
    usd = R.random() < 0.1
    cust, (inv,) = sim.find(d, usd=usd, full=None, cpred=(lambda c: c["usd"]) if usd else None)
    cur, amt = inv["currency"], sim.bal[inv["id"]]
    country = cust["country"]
    t = tok(inv, variant)
    payer, cid = who(cust)
    where = R.choice(["ref", "ref", "ref", "remit", "both"])
    boleto = None
    if country == "BR" and cur == "BRL" and R.random() < 0.4:
        boleto = R.choice(["%d", "%d/1", "%d-01", "NF%d"]) % inv["n"] if variant else inv["number"]
        where, cid = "ref", cust["id"]
    ref = rail(cust, cur, concept(country, cur, t) if where != "remit" else None, payer, boleto)
    remit = remit_doc(cust, cur, d, [{"tok": t, "gross": amt}], amt) if where != "ref" else None
    part = "" if amt == inv["total"] else " (the open balance after an earlier part payment)"
    pid = sim.emit(d, cur, amt, payer, cid, ref, remit, "applied", [(inv, amt)],
                   reason="%s '%s' names %s; amount equals its balance%s" % (
                       "boleto" if boleto else ("remittance" if where == "remit" else "reference"),
                       boleto or t, inv["number"], part),
                   scenario=st.get("scenario", "ref_variant" if variant else "ref_exact"),
                   note="%s invoice number written %s%s." % (
                       country, "differently from the ledger" if variant or boleto else "exactly", part))
    if st.get("dup"):
        sim.later(d + timedelta(days=R.randint(2, 12)), sc_dup_second,
                  dict(inv=inv, cust=cust, amt=amt, t=t, cid=cid, payer=payer, first=pid, first_date=d))


def sc_dup_second(sim, d, st):
    inv, cust, cur = st["inv"], st["cust"], st["inv"]["currency"]
    ref = rail(cust, cur, concept(cust["country"], cur, st["t"]), st["payer"])
    cid = st["cid"] if R.random() < 0.7 else cust["id"]
    sim.emit(d, cur, st["amt"], st["payer"], cid, ref, None, "unapplied",
             reason="%s was already paid in full by %s on %s; second payment held on account" % (
                 inv["number"], st["first"], st["first_date"].isoformat()),
             scenario="duplicate_payment",
             note="Same amount and reference as an earlier payment in this file; the invoice has no balance left.")


def sc_list(sim, d, st):
    k = R.choice([2, 2, 3, 3, 3, 4, 5, 6])
    cust, invs = sim.find(d, n=k, segs=("super", "whole") if k > 3 else None, full=None)
    cur, country = invs[0]["currency"], cust["country"]
    amt = sum(sim.bal[i["id"]] for i in invs)
    variant = R.random() < 0.35
    po_col = country == "MX" and R.random() < 0.5
    rows = [{"tok": tok(i, variant), "gross": sim.bal[i["id"]]} for i in invs]
    remit = remit_doc(cust, cur, d, rows, amt, po_col=po_col)
    if R.random() < 0.4:
        ref = rail(cust, cur, concept(country, cur, " ".join(r["tok"] for r in rows[:3])))
    else:
        ref = rail(cust, cur, None) if R.random() < 0.8 else None
    payer, cid = who(cust)
    sim.emit(d, cur, amt, payer, cid, ref, remit, "applied", [(i, sim.bal[i["id"]]) for i in invs],
             reason="remittance lists %d invoices (%s) whose balances add up to the payment" % (k, nums(invs)),
             scenario="remittance_list",
             note="Lump payment with a remittance advice%s%s." % (
                 " (order / contrarecibo numbers in extra columns)" if po_col else "",
                 "; the bank reference is cut short" if ref and len(invs) > 3 else ""))


def prep_range(led, st):
    c = R.choice([c for c in led.customers if c["segment"] in ("super", "whole") and c["country"] != "PE"] +
                 [c for c in led.customers if c["country"] == "PE" and c["segment"] != "rest"])
    k = R.randint(3, 5)
    st["cust"] = c
    st["invs"] = [led.add_invoice(c, local(c), rand_amount(local(c), "whole"), SPECIAL_ISSUE, gap=False)
                  for _ in range(k)]
    led.reserved.update(i["id"] for i in st["invs"])


def sc_range(sim, d, st):
    c, invs = st["cust"], st["invs"]
    sim.used.update(i["id"] for i in invs)
    a, b = invs[0], invs[-1]
    cur, country = a["currency"], c["country"]
    se = a["series"]
    if se == "MX-A":
        text = R.choice(["PAGO FACTS A-%d A A-%d" % (a["n"], b["n"]), "FOLIOS %d AL %d" % (a["n"], b["n"])])
    elif se == "CO-FEV":
        text = R.choice(["FEV%d AL FEV%d" % (a["n"], b["n"]), "FACTURAS FEV%d-%d" % (a["n"], b["n"])])
    elif se == "CL-FE":
        text = R.choice(["FACTURAS %d A %d" % (a["n"], b["n"]), "FOLIOS %d-%d" % (a["n"], b["n"])])
    elif se.startswith("PE"):
        text = "%s-%d AL %d" % (se[3:], a["n"], b["n"])
    elif se == "AR-A3":
        text = R.choice(["FC A 0003-%08d A 0003-%08d" % (a["n"], b["n"]), "FACTS A 3-%d AL %d" % (a["n"], b["n"])])
    else:
        text = R.choice(["NF %d A %d" % (a["n"], b["n"]), "NFS %d-%d" % (a["n"], b["n"])])
    amt = sum(sim.bal[i["id"]] for i in invs)
    payer, cid = who(c)
    sim.emit(d, cur, amt, payer, cid, rail(c, cur, concept(country, cur, text)), None, "applied",
             [(i, sim.bal[i["id"]]) for i in invs],
             reason="reference gives the range %s..%s; the %d invoices in it add up to the payment" % (
                 a["number"], b["number"], len(invs)),
             scenario="reference_range",
             note="A range of consecutive numbers, all of them this customer's open invoices.")


def sc_amount_only(sim, d, st):
    def test(c, ch):
        inv = ch[0]
        op = sim.open_of(c["id"], inv["currency"])
        f = fits(op, sim.bal, sim.bal[inv["id"]])
        return f == [(inv,)] and (len(op) == 1 or sum(sim.bal[i["id"]] for i in op) != sim.bal[inv["id"]])
    cust, (inv,) = sim.find(d, full=None, test=test)
    cur, amt = inv["currency"], sim.bal[inv["id"]]
    payer = bank_payer(cust)
    ref = rail(cust, cur, None) if R.random() < 0.85 else None
    sim.emit(d, cur, amt, payer, cust["id"], ref, None, "applied", [(inv, amt)],
             reason="known customer; amount equals exactly one of its open invoices (%s)" % inv["number"],
             scenario="amount_only_known_customer",
             note="No invoice reference. The bank identifies the customer and only one open invoice (or sum of up "
                  "to three) has this balance.")


def name_hits(payer):
    p = norm(payer)
    return [c for c in LED.customers if norm(c["name"]).startswith(p)]


def sc_name_only(sim, d, st):
    box = {}

    def test(c, ch):
        inv = ch[0]
        amt = sim.bal[inv["id"]]
        if [i for i in sim.open_cur(inv["currency"]) if sim.bal[i["id"]] == amt] != [inv]:
            return False
        if fits(sim.open_of(c["id"], inv["currency"]), sim.bal, amt) != [(inv,)]:
            return False
        payer = bank_payer(c, pure=True)
        if len(norm(payer)) < 12 or [x["id"] for x in name_hits(payer)] != [c["id"]]:
            return False
        box["payer"] = payer
        return True
    cust, (inv,) = sim.find(d, full=None, test=test, cpred=lambda c: not c.get("twin"))
    cur, amt = inv["currency"], sim.bal[inv["id"]]
    ref = rail(cust, cur, None) if R.random() < 0.7 else None
    sim.emit(d, cur, amt, box["payer"], None, ref, None, "applied", [(inv, amt)],
             reason="payer name '%s' identifies one customer; amount equals its invoice %s, the only open "
                    "invoice with this balance" % (box["payer"], inv["number"]),
             scenario="payer_name_and_amount",
             note="No customer id and no reference: the truncated bank name matches a single customer.")


THIRD = {"MX": ["ARRENDADORA Y FACTORAJE DEL CENTRO SA DE CV", "JUAN CARLOS HERNANDEZ LOPEZ"],
         "CO": ["FACTOR CAPITAL ANDINO S.A.S.", "CONFIRMING BCO ANDINO"],
         "CL": ["FACTORING DEL SUR SPA", "MARIA JOSE CONTRERAS P"],
         "PE": ["CORPORACION HOLDING ROSA S.A.", "QUISPE HUAMAN ROSA ELENA"],
         "AR": ["FIDEICOMISO PAGOS PYME", "GOMEZ MARTIN ALEJANDRO"],
         "BR": ["MARIA APARECIDA DOS SANTOS", "JOSE CARLOS DA SILVA", "FIDC RECEBIVEIS SUL"]}


def sc_third_party(sim, d, st):
    country = st["country"]
    cust, (inv,) = sim.find(d, countries=[country], full=None)
    cur, amt = inv["currency"], sim.bal[inv["id"]]
    payer = R.choice(THIRD[country])
    assert not name_hits(payer)
    t = tok(inv, R.random() < 0.5)
    sim.emit(d, cur, amt, payer[:R.choice(TRUNC[country])].rstrip(), None,
             rail(None, cur, concept(country, cur, t), payer), None, "applied", [(inv, amt)],
             reason="reference names %s and the amount equals its balance; the payer is a third party "
                    "(factor, owner or parent)" % inv["number"],
             scenario="third_party_payer",
             note="The payer is not the customer, but reference and exact amount leave no doubt.")


def sc_lump(sim, d, st):
    def test(c, ch):
        op = sim.open_of(c["id"], local(c))
        return 2 <= len(op) <= 7 and all(i["id"] not in sim.used for i in op) and all(
            i["issue_date"] <= d for i in op)
    custs = R.sample(LED.customers, len(LED.customers))
    for c in custs:
        if test(c, None):
            break
    op = sorted(sim.open_of(c["id"], local(c)), key=DUE_KEY)
    sim.used.update(i["id"] for i in op)
    cur = local(c)
    amt = sum(sim.bal[i["id"]] for i in op)
    text = R.choice({"MX": ["PAGO ESTADO DE CUENTA", "PAGO SALDO TOTAL", None],
                     "CO": ["PAGO TOTAL CARTERA", "PAGO SALDO", None],
                     "CL": ["PAGO SALDO CTA CTE", "PAGO TOTAL", None],
                     "PE": ["CANCELACION SALDO", "PAGO TOTAL DEUDA", None],
                     "AR": ["CANCELACION SALDO CTA CTE", "PAGO TOTAL", None],
                     "BR": ["QUITACAO SALDO", "PAGTO TOTAL EM ABERTO", None]}[c["country"]])
    sim.emit(d, cur, amt, bank_payer(c), c["id"], rail(c, cur, text), None, "applied",
             [(i, sim.bal[i["id"]]) for i in op],
             reason="known customer pays exactly the total of all %d of its open %s invoices" % (len(op), cur),
             scenario="statement_balance_lump",
             note="Whole-statement payment without a remittance; every open invoice of the customer is settled.")


def sc_currency_collision(sim, d, st):
    mx = {i["n"]: i for i in LED.invoices if i["series"] == "MX-A" and i["currency"] == "MXN"}
    ar = {i["n"]: i for i in LED.invoices if i["series"] == "AR-A3"}
    common = sorted(n for n in mx if n in ar and sim.free(mx[n], d) and sim.free(ar[n], d))
    n = R.choice(common)
    a, b = (ar[n], mx[n]) if st["target"] == "ARS" else (mx[n], ar[n])
    sim.used.update([a["id"], b["id"]])
    cust = LED.cust[a["customer_id"]]
    cur, amt = a["currency"], sim.bal[a["id"]]
    text = R.choice(["FACT A-%d", "FC A %d", "FACTURA A %d"]) % n if cur == "ARS" else \
        R.choice(["FOLIO %d", "FACT %d", "FACTURA A-%d"]) % n
    payer, cid = who(cust)
    sim.emit(d, cur, amt, payer, cid, rail(cust, cur, concept(cust["country"], cur, text)), None, "applied",
             [(a, amt)],
             reason="'%s' fits %s (%s) and %s (%s); only the %s one is in the payment's currency and its balance "
                    "equals the amount" % (text, a["number"], a["currency"], b["number"], b["currency"], cur),
             scenario="number_in_two_currencies",
             note="Invoice number %d exists in Mexico (MXN) and Argentina (ARS); currency decides." % n)


def sc_po_trap(sim, d, st):
    country = st["country"]
    cust, (inv,) = sim.find(d, countries=[country], segs=("super", "whole"), full=None)
    cur, amt = inv["currency"], sim.bal[inv["id"]]
    others = [i for i in sim.open_cur(cur) if i["series"] == inv["series"] and i["id"] != inv["id"]
              and sim.bal[i["id"]] != amt]
    x = R.choice(others)
    word = {"MX": ["OC", "CONTRARECIBO", "PEDIDO"], "CO": ["PEDIDO", "OC", "ORDEN"], "CL": ["OC", "NOTA PEDIDO"],
            "BR": ["PEDIDO", "PED"], "PE": ["OC", "O/C"], "AR": ["OC", "REMITO"]}[country]
    w = R.choice(word)
    if country == "MX" and R.random() < 0.6:
        rows = [{"tok": tok(inv), "gross": amt, "po": str(x["n"]) if w == "OC" else digits(10, "4"),
                 "cr": str(x["n"]) if w != "OC" else digits(6, "3")}]
        remit = remit_doc(cust, cur, d, rows, amt, po_col=True)
        ref = rail(cust, cur, None)
    else:
        remit = None
        text = R.choice(["%s %d %s" % (w, x["n"], tok(inv, True)), "%s %s %d" % (tok(inv, True), w, x["n"])])
        ref = rail(cust, cur, text)
    payer, cid = who(cust)
    sim.emit(d, cur, amt, payer, cid, ref, remit, "applied", [(inv, amt)],
             reason="pays %s; the %s number %d is not an invoice number even though %s exists" % (
                 inv["number"], w, x["n"], x["number"]),
             scenario="po_number_looks_like_invoice",
             note="A purchase-order / counter-receipt number that collides with another open invoice's number.")


def prep_amount_folio(led, st):
    x = R.choice([i for i in led.invoices if i["series"] == "MX-A" and i["currency"] == "MXN" and i["total"] != i["n"]])
    c = R.choice([c for c in led.customers if c["country"] == "MX" and c["id"] != x["customer_id"]
                  and c["segment"] != "super" and c["id"] not in led.planted])
    led.planted.add(c["id"])
    st.update(x=x, cust=c, inv=led.add_invoice(c, "MXN", D(x["n"]), SPECIAL_ISSUE))
    led.reserved.add(st["inv"]["id"])


def sc_amount_folio(sim, d, st):
    c, inv, x = st["cust"], st["inv"], st["x"]
    sim.used.add(inv["id"])
    amt = sim.bal[inv["id"]]
    assert fits(sim.open_of(c["id"], "MXN"), sim.bal, amt) == [(inv,)]
    text = R.choice(["PAGO %d", "DEPOSITO %d", "PAGO $%d"]) % x["n"]
    sim.emit(d, "MXN", amt, bank_payer(c), c["id"], rail(c, "MXN", text), None, "applied", [(inv, amt)],
             reason="known customer; '%s' is the amount (%s), not folio %s of another customer" % (
                 text, money(amt, "MXN"), x["number"]),
             scenario="amount_looks_like_invoice_number",
             note="The concept repeats the amount, which happens to equal an open folio of a different customer.")


def serie_pairs(sim, d):
    f1 = {i["n"]: i for i in LED.invoices if i["series"] == "PE-F001" and i["currency"] == "PEN"}
    f2 = {i["n"]: i for i in LED.invoices if i["series"] == "PE-F002" and i["currency"] == "PEN"}
    return [(f1[n], f2[n]) for n in sorted(f1) if n in f2 and sim.free(f1[n], d) and sim.free(f2[n], d)
            and f1[n]["customer_id"] != f2[n]["customer_id"]]


def sc_serie(sim, d, st):
    a, b = R.choice(serie_pairs(sim, d))
    sim.used.update([a["id"], b["id"]])
    n = a["n"]
    text = R.choice(["PAGO FACT %d", "FACTURA %d", "CANC. %d"]) % n
    if st["apply"]:
        tgt, oth = (a, b) if R.random() < 0.5 else (b, a)
        c = LED.cust[tgt["customer_id"]]
        amt = sim.bal[tgt["id"]]
        sim.emit(d, "PEN", amt, bank_payer(c), c["id"], rail(c, "PEN", text), None, "applied", [(tgt, amt)],
                 reason="'%s' fits %s and %s; the known customer owns %s and the amount equals its balance" % (
                     text, tgt["number"], oth["number"], tgt["number"]),
                 scenario="serie_collision_resolved",
                 note="Bare correlativo without the serie; customer and amount resolve it.")
    else:
        lo = min(sim.bal[a["id"]], sim.bal[b["id"]])
        amt = q(D(int(lo / 2 / 100) * 100)) if lo > 400 else q(lo / 2)
        cands = sorted([a, b], key=DUE_KEY)
        sim.emit(d, "PEN", amt, R.choice(["DEPOSITO EN EFECTIVO", "TRANSFERENCIA INTERBANCARIA", "DEP. AGENTE 0452"]),
                 None, rail(None, "PEN", text), None, "review", cands=[[x] for x in cands],
                 reason="'%s' fits %s and %s of two different customers; unknown payer and the amount is a part of "
                        "either" % (text, a["number"], b["number"]),
                 scenario="serie_collision_ambiguous",
                 note="Bare correlativo without the serie, no payer identity, no exact amount.")


# ---- partial ------------------------------------------------------------------

def sc_withholding(sim, d, st):
    country = st["country"]
    cust, (inv,) = sim.find(d, countries=[country], segs=("super", "whole"), full=True)
    cur, tot = inv["currency"], sim.bal[inv["id"]]
    t = tok(inv, R.random() < 0.4)
    if country == "CO":
        base = wh(cur, tot / D("1.19"))
        iva = tot - base
        ica = R.choice([(D("0.00414"), "4,14 x mil"), (D("0.00966"), "9,66 x mil"), (D("0.0069"), "6,9 x mil")])
        ded = [("ReteFuente 2,5%", wh(cur, base * D("0.025"))), ("ReteICA %s" % ica[1], wh(cur, base * ica[0]))]
        if R.random() < 0.5:
            ded.append(("ReteIVA 15%", wh(cur, iva * D("0.15"))))
        why = "withholding: " + " + ".join(x[0].split()[0] for x in ded) + " (certificate to follow)"
    elif country == "PE":
        ded = [("Retencion IGV 3%% (CRE R001-%08d)" % R.randint(100, 990), q(tot * D("0.03")))]
        why = "withholding: IGV retention 3% (comprobante de retención)"
    else:
        net = q(tot / D("1.21"))
        ded = [("Ret. IIBB %s Cert. 0001-%08d" % (R.choice(["CABA", "PBA", "Cordoba", "Santa Fe"]), R.randint(1000, 9999)),
                q(net * R.choice([D("0.025"), D("0.03"), D("0.0175")]))),
               ("Ret. Ganancias Cert. 0001-%08d" % R.randint(1000, 9999), q(net * D("0.02")))]
        why = "withholding: IIBB + Ganancias retentions (certificates attached)"
    dsum = sum(a for _, a in ded)
    amt = tot - dsum
    remit = remit_doc(cust, cur, d, [{"tok": t, "gross": tot, "ded": ded}], amt)
    ref = rail(cust, cur, concept(country, cur, t) if R.random() < 0.5 else None)
    payer, cid = who(cust)
    sim.emit(d, cur, amt, payer, cid, ref, remit, "partial", [(inv, amt)], short=(inv, dsum, why),
             reason="pays %s net of withholding taxes stated in the remittance" % inv["number"],
             scenario="withholding_tax",
             note="%s withholding deducted; the withheld %s stays open until the certificate is booked." % (
                 country, money(dsum, cur)))


SHORT_REASONS = {
    "MX": [("DESC PRONTO PAGO 2%", "pct2", "prompt-payment discount 2%"),
           ("MERMA / PRODUCTO DANADO", "dmg", "damaged goods (merma)"),
           ("APORTACION PROMOCIONAL ANIVERSARIO", "fee", "promotional fee deducted by the chain"),
           ("PENALIZACION ENTREGA TARDIA", "pct", "late-delivery penalty"),
           ("FALTANTE EN ENTREGA", "dmg", "shortage on delivery")],
    "CO": [("DESCUENTO COMERCIAL", "pct", "commercial discount"),
           ("DEVOLUCION MERCANCIA VENCIDA", "dmg", "returned expired goods"),
           ("AVERIAS", "dmg", "damaged goods (averías)")],
    "CL": [("NC PENDIENTE POR DEVOLUCION", "dmg", "return, credit note pending"),
           ("DESCUENTO RAPPEL", "pct", "rebate (rappel)"),
           ("MERMA", "dmg", "damaged goods (merma)")],
    "PE": [("FALTANTE", "dmg", "shortage on delivery"), ("PRODUCTO VENCIDO", "dmg", "expired goods"),
           ("DSCTO PRONTO PAGO 2%", "pct2", "prompt-payment discount 2%")],
    "AR": [("DIFERENCIA DE PRECIO", "pct", "price difference"), ("BONIFICACION ACORDADA", "pct", "agreed allowance"),
           ("FALTANTE MERCADERIA", "dmg", "shortage on delivery")],
    "BR": [("ABATIMENTO AVARIA", "dmg", "damaged goods (avaria)"), ("DEVOLUCAO PARCIAL", "dmg", "partial return"),
           ("DESCONTO CONTRATUAL", "pct", "contractual discount"), ("VERBA ENXOVAL", "fee", "new-store listing fee")],
}
FEE = {"MXN": D("3500.00"), "COP": D("850000"), "CLP": D("450000"), "PEN": D("1200.00"), "ARS": D("380000.00"),
       "BRL": D("2400.00")}


def deduction(cur, bal, kind):
    if kind == "pct2":
        return wh(cur, bal * D("0.02"))
    if kind == "pct":
        return wh(cur, bal * D(R.choice(["0.03", "0.05", "0.04", "0.015"])))
    if kind == "fee":
        return FEE[cur]
    return wh(cur, bal * D(R.randint(2, 12)) / 100)


def sc_short(sim, d, st):
    country = st["country"]
    lab, kind, why = R.choice(SHORT_REASONS[country])
    big = lambda c, ch: all(sim.bal[i["id"]] > FEE[local(c)] * 5 for i in ch)
    two = R.random() < 0.35
    cust, invs = sim.find(d, n=2 if two else 1, countries=[country], full=True,
                          segs=("super", "whole") if kind == "fee" else None, test=big)
    cur = local(cust)
    tgt = invs[-1]
    b = sim.bal[tgt["id"]]
    ded = deduction(cur, b, kind)
    rows = [{"tok": tok(i, R.random() < 0.3), "gross": sim.bal[i["id"]]} for i in invs]
    rows[-1]["ded"] = [(lab, ded)]
    apps = [(i, sim.bal[i["id"]]) for i in invs[:-1]] + [(tgt, b - ded)]
    amt = sum(a for _, a in apps)
    remit = remit_doc(cust, cur, d, rows, amt)
    payer, cid = who(cust)
    ref = rail(cust, cur, concept(country, cur, rows[-1]["tok"]) if R.random() < 0.4 else None)
    sim.emit(d, cur, amt, payer, cid, ref, remit, "partial", apps, short=(tgt, ded, why),
             reason="remittance pays %s and deducts %s from %s (%s)" % (nums(invs), money(ded, cur), tgt["number"], lab),
             scenario="short_pay_with_reason",
             note="Deduction stated in the remittance%s." % (" on the second of two invoices" if two else ""))


def sc_bank_charges(sim, d, st):
    cust, (inv,) = sim.find(d, usd=True, full=None, cpred=lambda c: c["usd"])
    b = sim.bal[inv["id"]]
    fee = D(R.choice([15, 20, 25, 30, 35, 40]))
    amt = b - fee
    t = tok(inv, R.random() < 0.4)
    payer = bank_payer(cust)
    sim.emit(d, "USD", amt, payer, cust["id"] if R.random() < 0.5 else None,
             rail(cust, "USD", concept(cust["country"], "USD", t) + R.choice(["", " /CHG SHA", " CHARGES BEN"]), payer),
             None, "partial", [(inv, amt)], short=(inv, fee, "bank charges deducted in transit"),
             reason="wire names %s; USD %s short, the usual intermediary bank fee" % (inv["number"], money(fee, "USD")),
             scenario="bank_charges_short",
             note="International wire arrives short by a flat bank fee.")


PART_WORDS = {"MX": ["ABONO A FACT", "PAGO PARCIAL", "ABONO"], "CO": ["ABONO", "ABONO A FACTURA", "PAGO PARCIAL"],
              "CL": ["ABONO FACT", "PAGO PARCIAL"], "PE": ["PAGO A CUENTA", "ADELANTO"],
              "AR": ["PAGO A CUENTA", "PAGO PARCIAL"], "BR": ["PAGTO PARCIAL", "ADIANTAMENTO PARCIAL"]}
FINAL_WORDS = {"MX": ["SALDO FACT", "LIQUIDACION"], "CO": ["SALDO", "CANCELACION SALDO"], "CL": ["SALDO FACT"],
               "PE": ["CANCELACION SALDO", "SALDO"], "AR": ["SALDO", "CANCELACION"], "BR": ["QUITACAO SALDO", "SALDO"]}


def part_amount(cur, b):
    step = ROUND_STEP[cur]
    x = D(int(b * D(R.randint(30, 70)) / 100 / step)) * step
    if x <= 0 or x >= b:
        x = q(b / 2) if cur not in WHOLE else D(int(b / 2))
    return q(x)


def sc_part(sim, d, st):
    country = st["country"]
    cust, (inv,) = sim.find(d, countries=[country], full=True)
    cur, b = inv["currency"], sim.bal[inv["id"]]
    boleto = country == "BR" and R.random() < 0.5
    x = q(b / 2) if boleto else part_amount(cur, b)
    t = tok(inv, R.random() < 0.4)
    payer, cid = who(cust)
    if boleto:
        ref, cid = rail(cust, cur, None, payer, boleto="%d/1" % inv["n"]), cust["id"]
    else:
        w = R.choice(PART_WORDS[country])
        if t.startswith(WORDY) and w.endswith(" FACT"):
            w = w[:-5]
        ref = rail(cust, cur, "%s %s" % (w, t))
    sim.emit(d, cur, x, payer, cid, ref, None, "partial", [(inv, x)],
             reason="%s of %s; the rest stays open" % ("boleto parcela 1 of 2" if boleto else "stated part payment",
                                                     inv["number"]),
             scenario="part_payment",
             note="The customer says it pays only part of the invoice; no deduction is claimed.")
    if st.get("final"):
        sim.later(d + timedelta(days=R.randint(7, 25)), sc_part_final,
                  dict(inv=inv, cust=cust, payer=payer, t=t, boleto=boleto))


def sc_part_final(sim, d, st):
    inv, cust = st["inv"], st["cust"]
    cur, b = inv["currency"], sim.bal[inv["id"]]
    if st["boleto"]:
        ref = rail(cust, cur, None, st["payer"], boleto="%d/2" % inv["n"])
    else:
        w = R.choice(FINAL_WORDS[cust["country"]])
        if st["t"].startswith(WORDY) and w.endswith(" FACT"):
            w = w[:-5]
        ref = rail(cust, cur, "%s %s" % (w, st["t"]))
    sim.emit(d, cur, b, st["payer"], cust["id"] if st["boleto"] or R.random() < 0.6 else None, ref, None, "applied",
             [(inv, b)],
             reason="pays the rest of %s left open by an earlier part payment in this file" % inv["number"],
             scenario="part_payment_final",
             note="Second instalment; equals the balance left after the first one.")


def sc_list_part(sim, d, st):
    country = st["country"]
    cust, invs = sim.find(d, n=2, countries=[country], full=True)
    cur = local(cust)
    a, b = invs
    x = part_amount(cur, sim.bal[b["id"]])
    pw = {"MX": "ABONO", "CO": "ABONO", "CL": "ABONO", "PE": "A CUENTA", "AR": "PAGO A CUENTA", "BR": "PARCIAL"}[country]
    rows = [{"tok": tok(a), "gross": sim.bal[a["id"]]}, {"tok": "%s (%s)" % (tok(b), pw), "gross": x}]
    amt = sim.bal[a["id"]] + x
    payer, cid = who(cust)
    sim.emit(d, cur, amt, payer, cid, rail(cust, cur, None), remit_doc(cust, cur, d, rows, amt), "partial",
             [(a, sim.bal[a["id"]]), (b, x)],
             reason="remittance pays %s in full and %s on account of %s" % (a["number"], money(x, cur), b["number"]),
             scenario="list_with_part_payment",
             note="One invoice settled, another partly paid on purpose.")


# ---- unapplied ----------------------------------------------------------------

def sc_overpay(sim, d, st):
    cust, (inv,) = sim.find(d, full=None)
    cur, b = inv["currency"], sim.bal[inv["id"]]
    kind = R.choice(["round", "freight", "round", "double"])
    if kind == "round":
        step = ROUND_STEP[cur] / (10 if cur not in WHOLE else 1)
        amt = (b / step).to_integral_value(rounding="ROUND_CEILING") * step
        if amt == b:
            amt += step
    elif kind == "freight":
        amt = b + wh(cur, b * D("0.03"))
    else:
        amt = b * 2
    amt = q(amt)
    t = tok(inv, R.random() < 0.4)
    payer, cid = who(cust, known_p=0.6)
    sim.emit(d, cur, amt, payer, cid, rail(cust, cur, concept(cust["country"], cur, t)), None, "unapplied",
             [(inv, b)],
             reason="reference names %s; payment exceeds its balance by %s, held on account" % (
                 inv["number"], money(amt - b, cur)),
             scenario="overpayment",
             note={"round": "Customer rounded the amount up.", "freight": "Customer added a freight charge that was "
                   "never invoiced.", "double": "The same invoice paid twice in one transfer."}[kind])


def sc_total_not_balance(sim, d, st):
    cust, (inv,) = sim.find(d, full=False)
    cur, b, tot = inv["currency"], sim.bal[inv["id"]], inv["total"]
    t = tok(inv, R.random() < 0.3)
    payer, cid = who(cust, known_p=0.6)
    remit = remit_doc(cust, cur, d, [{"tok": t, "gross": tot}], tot) if R.random() < 0.5 else None
    sim.emit(d, cur, tot, payer, cid, rail(cust, cur, concept(cust["country"], cur, t)), remit, "unapplied",
             [(inv, b)],
             reason="pays the full total of %s but only %s was still open; the rest is held on account" % (
                 inv["number"], money(b, cur)),
             scenario="paid_total_not_balance",
             note="An earlier part payment or credit note had already reduced the invoice.")


def near(a, b):
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def odd_amount(cur, seg):
    x = rand_amount(cur, seg)
    if cur not in WHOLE and x == x.to_integral_value():
        x += D("0.37")
    return q(x)


def no_fit(sim, cid, cur, amt):
    op = sim.open_of(cid, cur)
    return not fits(op, sim.bal, amt) and sum((sim.bal[i["id"]] for i in op), D(0)) != amt and \
        not [i for i in sim.open_cur(cur) if sim.bal[i["id"]] == amt]


def sc_closed_ref(sim, d, st):
    for _ in range(500):
        cust = R.choice(LED.customers)
        cur = local(cust)
        se = series_of(cust, cur)
        op = sim.open_of(cust["id"], cur)
        gaps = [n for n in LED.skipped[se] if (se, n) not in LED.taken_numbers
                and not any(near(str(n), str(i["n"])) for i in op if i["series"] == se)]
        if not gaps or not op:
            continue
        n = R.choice(gaps)
        amt = odd_amount(cur, cust["segment"])
        if no_fit(sim, cust["id"], cur, amt):
            break
    number = fmt_number(se, n)
    sim.emit(d, cur, amt, bank_payer(cust), cust["id"],
             rail(cust, cur, concept(cust["country"], cur, number)), None, "unapplied",
             reason="known customer; %s is not an open invoice (already settled or cancelled) and the amount fits "
                    "none of its open invoices" % number,
             scenario="reference_to_closed_invoice",
             note="The referenced number is missing from the open-item list; hold the cash on the account.")


def sc_no_fit(sim, d, st):
    for _ in range(500):
        cust = R.choice(LED.customers)
        cur = local(cust)
        if not sim.open_of(cust["id"], cur):
            continue
        amt = odd_amount(cur, cust["segment"])
        if no_fit(sim, cust["id"], cur, amt):
            break
    sim.emit(d, cur, amt, bank_payer(cust), cust["id"], rail(cust, cur, None) if R.random() < 0.8 else None, None,
             "unapplied",
             reason="known customer; the amount matches no open invoice or combination of them",
             scenario="known_customer_no_fit",
             note="Cash on account: maybe an advance or a payment of something not yet invoiced.")


FX = {"MXN": (D("17.90"), D("18.60")), "COP": (D("3950"), D("4150")), "PEN": (D("3.70"), D("3.80"))}


def sc_cross_currency(sim, d, st):
    cust, (inv,) = sim.find(d, countries=["MX", "CO", "PE"], full=None,
                            cpred=lambda c: not any(i["currency"] == "USD" for i in LED.by_cust[c["id"]]))
    cur, b = inv["currency"], sim.bal[inv["id"]]
    lo, hi = FX[cur]
    rate = lo + (hi - lo) * D(R.randint(0, 100)) / 100
    amt = q(b / rate)
    text = concept(cust["country"], cur, tok(inv)) + R.choice([" USD", " EQUIV USD", ""])
    sim.emit(d, "USD", amt, bank_payer(cust), cust["id"], rail(cust, "USD", text), None, "unapplied",
             reason="USD payment names %s, which is a %s invoice; never applied across currencies and the customer "
                    "has no USD invoice" % (inv["number"], cur),
             scenario="cross_currency_reference",
             note="Customer paid the %s invoice in dollars at about %s per USD." % (cur, rate))


# ---- review -------------------------------------------------------------------

def prep_twin(led, st):
    segs = R.choice([("rest",), ("whole",), ("super", "whole")])
    c = R.choice([c for c in led.customers if c["segment"] in segs and not c.get("twin") and c["id"] not in led.planted
                  and any(i["currency"] == local(c) and i["balance"] == i["total"] for i in led.by_cust[c["id"]])])
    led.planted.add(c["id"])
    x = R.choice([i for i in led.by_cust[c["id"]] if i["currency"] == local(c) and i["balance"] == i["total"]])
    st.update(cust=c, x=x, y=led.add_invoice(c, local(c), x["total"], SPECIAL_ISSUE))
    led.reserved.update([x["id"], st["y"]["id"]])


def sc_twin(sim, d, st):
    c, x, y = st["cust"], st["x"], st["y"]
    cur = x["currency"]
    sim.used.update([x["id"], y["id"]])
    amt = sim.bal[x["id"]]
    assert fits(sim.open_of(c["id"], cur), sim.bal, amt) in ([(x,), (y,)], [(y,), (x,)])
    text = R.choice({"MX": ["PAGO PEDIDO SEMANAL", "PAGO ENTREGA", None], "CO": ["PAGO PEDIDO", None],
                     "CL": ["PAGO PEDIDO", None], "PE": ["PAGO PEDIDO", None], "AR": ["PAGO ENTREGA", None],
                     "BR": ["PAGTO PEDIDO", None]}[c["country"]])
    cands = sorted([x, y], key=DUE_KEY)
    sim.emit(d, cur, amt, bank_payer(c), c["id"], rail(c, cur, text), None, "review", cands=[[i] for i in cands],
             reason="two open invoices of this customer (%s) have exactly this balance and nothing says which" % (
                 nums(cands)),
             scenario="two_invoices_same_amount",
             note="Standing order billed twice at the same amount; oldest due date ranked first.")


def sc_ref_conflict(sim, d, st):
    def test(c, ch):
        x, y = ch
        bx, by = sim.bal[x["id"]], sim.bal[y["id"]]
        if bx >= by:
            return False
        f = fits(sim.open_of(c["id"], x["currency"]), sim.bal, bx)
        return f == [(x,)]
    cust, (a, b) = sim.find(d, n=2, full=True, test=test)
    x, y = (a, b) if sim.bal[a["id"]] < sim.bal[b["id"]] else (b, a)
    cur, amt = x["currency"], sim.bal[x["id"]]
    payer, cid = who(cust, known_p=0.7)
    sim.emit(d, cur, amt, payer, cid, rail(cust, cur, concept(cust["country"], cur, tok(y, R.random() < 0.3))), None,
             "review", cands=[[x], [y]],
             reason="reference names %s but the amount equals %s exactly (and is less than %s's balance): wrong "
                    "number or a part payment" % (y["number"], x["number"], y["number"]),
             scenario="reference_vs_amount_conflict",
             note="Two readings; the exact-amount invoice ranked first, the referenced one second.")


def prep_twin_payer(led, st):
    country, seg, a, b, L = TWIN_NAMES[st["k"]]
    ca = next(c for c in led.customers if c["name"] == a)
    cb = next(c for c in led.customers if c["name"] == b)
    cur = local(ca)
    step = ROUND_STEP[cur] / (100 if cur not in WHOLE else 10)
    amt = q(D(int(rand_amount(cur, "whole") / step)) * step)
    st.update(ca=ca, cb=cb, L=L, ia=led.add_invoice(ca, cur, amt, SPECIAL_ISSUE),
              ib=led.add_invoice(cb, cur, amt, SPECIAL_ISSUE))
    led.reserved.update([st["ia"]["id"], st["ib"]["id"]])


def sc_twin_payer(sim, d, st):
    ia, ib, ca = st["ia"], st["ib"], st["ca"]
    sim.used.update([ia["id"], ib["id"]])
    cur, amt = ia["currency"], sim.bal[ia["id"]]
    payer = strip_accents(ca["name"]).upper()[:st["L"]].rstrip()
    hits = name_hits(payer)
    assert sorted(c["id"] for c in hits) == sorted([ia["customer_id"], ib["customer_id"]]), payer
    assert sorted(i["id"] for i in sim.open_cur(cur) if sim.bal[i["id"]] == amt) == sorted([ia["id"], ib["id"]])
    cands = sorted([ia, ib], key=DUE_KEY)
    sim.emit(d, cur, amt, payer, None, rail(None, cur, None), None, "review", cands=[[i] for i in cands],
             reason="truncated payer '%s' fits two customers (%s / %s), each with an open invoice of exactly this "
                    "amount" % (payer, LED.cust[cands[0]["customer_id"]]["name"],
                                LED.cust[cands[1]["customer_id"]]["name"]),
             scenario="ambiguous_truncated_payer",
             note="Bank cut the name before the words that tell the two customers apart.")


def prep_round_one(led, st):
    c = R.choice([c for c in led.customers if c["segment"] == "rest" and not c.get("twin") and c["id"] not in led.planted])
    led.planted.add(c["id"])
    cur = local(c)
    step = ROUND_STEP[cur] / (10 if cur not in WHOLE else 1)
    while True:
        amt = q(D(int(rand_amount(cur, "rest") / step)) * step)
        if amt > 0 and not any(i["balance"] == amt or i["total"] == amt for i in led.invoices if i["currency"] == cur):
            break
    st.update(cust=c, inv=led.add_invoice(c, cur, amt, SPECIAL_ISSUE))
    led.reserved.add(st["inv"]["id"])


UNKNOWN_PAYERS = {"MX": ["DEPOSITO EN EFECTIVO", "DEP EFECTIVO SUC 0452", "PAGO DE TERCEROS", "ROBERTO SALAZAR M"],
                  "CO": ["CONSIGNACION EFECTIVO", "CONSIGNACION NACIONAL", "LUZ MARINA OSPINA"],
                  "CL": ["DEPOSITO EFECTIVO", "TRANSFERENCIA DE TERCEROS", "PATRICIO NAVARRETE"],
                  "PE": ["DEPOSITO EN EFECTIVO", "DEP. AGENTE 0452", "CARLOS MAMANI T"],
                  "AR": ["DEPOSITO EFECTIVO", "TRANSFERENCIA DE TERCEROS", "SILVINA ACOSTA"],
                  "BR": ["DEPOSITO EM DINHEIRO", "PIX - PESSOA FISICA", "ANTONIO FERREIRA LIMA"]}


def sc_round_one(sim, d, st):
    c, inv = st["cust"], st["inv"]
    sim.used.add(inv["id"])
    cur, amt = inv["currency"], sim.bal[inv["id"]]
    assert [i for i in sim.open_cur(cur) if sim.bal[i["id"]] == amt] == [inv]
    payer = R.choice(UNKNOWN_PAYERS[c["country"]])
    assert not name_hits(payer)
    sim.emit(d, cur, amt, payer, None, rail(None, cur, None), None, "review", cands=[[inv]],
             reason="unidentified payer and no reference; the round amount equals one open invoice (%s) but nothing "
                    "ties the payer to that customer" % inv["number"],
             scenario="unknown_payer_amount_only",
             note="A single candidate, but a round amount from an unknown payer is not enough to apply.")


def prep_two_custs(led, st):
    country = st["country"]
    cur = COUNTRY[country]["cur"]
    pool = [c for c in led.customers if c["country"] == country and c["segment"] == "rest" and not c.get("twin")
            and c["id"] not in led.planted]
    ca, cb = R.sample(pool, 2)
    led.planted.update([ca["id"], cb["id"]])
    step = ROUND_STEP[cur] / (10 if cur not in WHOLE else 1)
    while True:
        amt = q(D(int(rand_amount(cur, "rest") / step)) * step)
        if amt > 0 and not any(i["balance"] == amt or i["total"] == amt for i in led.invoices if i["currency"] == cur):
            break
    st.update(ia=led.add_invoice(ca, cur, amt, SPECIAL_ISSUE), ib=led.add_invoice(cb, cur, amt, SPECIAL_ISSUE))
    led.reserved.update([st["ia"]["id"], st["ib"]["id"]])


def sc_two_custs(sim, d, st):
    ia, ib = st["ia"], st["ib"]
    sim.used.update([ia["id"], ib["id"]])
    cur, amt = ia["currency"], sim.bal[ia["id"]]
    assert sorted(i["id"] for i in sim.open_cur(cur) if sim.bal[i["id"]] == amt) == sorted([ia["id"], ib["id"]])
    payer = R.choice(UNKNOWN_PAYERS[st["country"]])
    cands = sorted([ia, ib], key=DUE_KEY)
    sim.emit(d, cur, amt, payer, None, rail(None, cur, None) if R.random() < 0.7 else None, None, "review",
             cands=[[i] for i in cands],
             reason="unidentified payer; the amount equals open invoices of two different customers (%s)" % nums(cands),
             scenario="unknown_payer_two_customers",
             note="Two equally good single-invoice readings.")


def sc_unknown_nothing(sim, d, st):
    country = st["country"]
    cur = COUNTRY[country]["cur"]
    while True:
        amt = odd_amount(cur, R.choice(["rest", "whole"]))
        if not [i for i in sim.open_cur(cur) if sim.bal[i["id"]] == amt] and not any(
                fits(sim.open_of(c["id"], cur), sim.bal, amt, 2) for c in LED.customers if c["country"] == country):
            break
    payer = R.choice(UNKNOWN_PAYERS[country] + ["INVERSIONES %s" % R.choice(["TORRES", "BELTRAN", "OCHOA"])])
    assert not name_hits(payer)
    sim.emit(d, cur, amt, payer, None, rail(None, cur, None) if R.random() < 0.6 else None, None, "review",
             reason="unidentified payer, no reference, and the amount fits no open invoice",
             scenario="unknown_payer_no_match",
             note="Nothing to go on: needs a person to find the payer; no candidates.")


def prep_subset(led, st):
    while True:
        c = R.choice([c for c in led.customers if c["segment"] in ("super", "whole") and not c.get("twin")
                      and c["id"] not in led.planted])
        el = [i for i in led.by_cust[c["id"]] if i["currency"] == local(c) and i["balance"] == i["total"]]
        if len(el) >= 2:
            led.planted.add(c["id"])
            break
    a, b = sorted(R.sample(el, 2), key=DUE_KEY)
    st.update(cust=c, a=a, b=b, c=led.add_invoice(c, local(c), a["total"] + b["total"], SPECIAL_ISSUE))
    led.reserved.update([a["id"], b["id"], st["c"]["id"]])


def sc_subset(sim, d, st):
    c, a, b, cc = st["cust"], st["a"], st["b"], st["c"]
    sim.used.update([a["id"], b["id"], cc["id"]])
    cur, amt = cc["currency"], sim.bal[cc["id"]]
    f = fits(sim.open_of(c["id"], cur), sim.bal, amt)
    assert sorted(tuple(sorted(i["id"] for i in x)) for x in f) == sorted([(cc["id"],), tuple(sorted([a["id"], b["id"]]))]), f
    sim.emit(d, cur, amt, bank_payer(c), c["id"], rail(c, cur, None) if R.random() < 0.7 else None, None, "review",
             cands=[[cc], [a, b]],
             reason="amount equals %s alone and also %s + %s" % (cc["number"], a["number"], b["number"]),
             scenario="amount_fits_two_sets",
             note="One invoice or two others: the single invoice ranked first.")


# ---- bad input ----------------------------------------------------------------

def sc_error(sim, d, st):
    kind = st["kind"]
    c = R.choice([c for c in LED.customers if c["country"] in ("MX", "CO", "BR")])
    cur = local(c)
    base = {"id": rid("pm_", 9), "date": d.isoformat(), "amount": s(rand_amount(cur, c["segment"])), "currency": cur,
            "payer_name": bank_payer(c), "customer_id": c["id"] if R.random() < 0.5 else None,
            "reference": rail(c, cur, None), "remittance": None}
    if kind == "negative":
        inv = R.choice(LED.by_cust[c["id"]])
        base["amount"] = "-" + s(inv["total"])
        base["reference"] = {"MX": "DEVOLUCION SPEI", "CO": "REVERSION ABONO ACH", "BR": "ESTORNO PIX"}[c["country"]] + \
            " " + inv["number"]
        err, note = "negative amount", "A reversal line in the bank file; not a receipt."
    elif kind == "eur":
        base.update(currency="EUR", amount="4820.00", payer_name="ALIMENTOS IBERICOS DEL MEDITERR",
                    customer_id=None, reference="SEPA SCT PAGO PEDIDO 2026-114")
        err, note = "currency EUR has no open invoice", "Euro transfer: no invoice is in EUR."
    elif kind == "uyu":
        base.update(currency="UYU", amount="185400.00", payer_name="SUPERMERCADO EL CERRO SA",
                    customer_id=None, reference="TRANSFERENCIA EXTERIOR")
        err, note = "currency UYU has no open invoice", "Uruguayan pesos: no invoice is in UYU."
    elif kind == "dup_same":
        src = dict(sim.pays[-1])
        base = src
        err, note = "duplicate payment id %s" % src["id"], "The bank file repeats the previous row word for word."
    elif kind == "dup_other":
        errs = {l["payment_id"] for l in sim.labels if l["status"] == "error"}
        src = R.choice([p for p in sim.pays if p["date"] and p["currency"] == cur and p["id"] not in errs])
        base["id"] = src["id"]
        err, note = "duplicate payment id %s" % src["id"], "A different payment reusing an id seen earlier in the file."
    elif kind == "malformed_o":
        base["amount"] = base["amount"].replace("0", "O", 1) if "0" in base["amount"] else "1O" + base["amount"]
        err, note = "malformed amount %r" % base["amount"], "Letter O instead of a zero."
    elif kind == "malformed_excel":
        base["amount"] = "#¡VALOR!"
        err, note = "malformed amount %r" % base["amount"], "Spreadsheet error text in the amount column."
    elif kind == "no_date_null":
        base["date"] = None
        err, note = "missing date", "Date is null."
    else:
        base["date"] = ""
        err, note = "missing date", "Date is an empty string."
    sim.emit_error(base, err, "bad_input_" + kind, note)


# ---- the plan -----------------------------------------------------------------

def plan():
    P = []
    add = lambda n, fn, prep=None, **kw: P.extend((fn, prep, dict(kw)) for _ in range(n))
    add(64, sc_ref)
    add(40, sc_ref, variant=True)
    add(8, sc_ref, dup=True, scenario="duplicate_original")
    add(28, sc_list)
    add(8, sc_range, prep_range)
    add(26, sc_amount_only)
    add(12, sc_name_only)
    for c in COUNTRIES:
        add(1, sc_third_party, country=c)
    add(8, sc_lump)
    add(3, sc_currency_collision, target="ARS")
    add(3, sc_currency_collision, target="MXN")
    for c in ["MX", "MX", "MX", "CO", "CO", "BR", "BR", "CL"]:
        add(1, sc_po_trap, country=c)
    add(3, sc_amount_folio, prep_amount_folio)
    add(2, sc_serie, apply=True)
    add(2, sc_serie, apply=False)
    for c, n in [("CO", 10), ("PE", 8), ("AR", 6)]:
        add(n, sc_withholding, country=c)
    for c, n in [("MX", 6), ("CO", 4), ("CL", 3), ("PE", 3), ("AR", 2), ("BR", 4)]:
        add(n, sc_short, country=c)
    add(5, sc_bank_charges)
    for i, c in enumerate(["MX", "MX", "MX", "CO", "CO", "CO", "CL", "CL", "PE", "PE", "AR", "AR", "BR", "BR", "BR", "BR"]):
        add(1, sc_part, country=c, final=i % 2 == 0)
    for c in COUNTRIES:
        add(1, sc_list_part, country=c)
    add(8, sc_overpay)
    add(4, sc_total_not_balance)
    add(5, sc_closed_ref)
    add(8, sc_no_fit)
    add(4, sc_cross_currency)
    add(12, sc_twin, prep_twin)
    add(10, sc_ref_conflict)
    for k in range(len(TWIN_NAMES)):
        add(1, sc_twin_payer, prep_twin_payer, k=k)
    add(4, sc_round_one, prep_round_one)
    for c in ["MX", "CO", "BR", "PE", "CL"]:
        add(1, sc_two_custs, prep_two_custs, country=c)
    for c in ["MX", "CO", "AR", "BR", "CL"]:
        add(1, sc_unknown_nothing, country=c)
    add(5, sc_subset, prep_subset)
    for k in ["negative", "negative", "eur", "uyu", "dup_same", "dup_other", "malformed_o", "malformed_excel",
              "no_date_null", "no_date_empty"]:
        add(1, sc_error, kind=k)
    return P


def business_days(a, b):
    out, x = [], a
    while x <= b:
        if x.weekday() < 5:
            out.append(x)
        x += timedelta(days=1)
    return out


LED = None


def simulate():
    global LED
    LED = Ledger()
    P = plan()
    R.shuffle(P)
    for fn, prep, st in P:                  # planted invoices exist before the first payment
        if prep:
            prep(LED, st)
    days = business_days(date(2026, 3, 2), date(2026, 4, 30))
    dates = sorted(R.choice(days) for _ in P)
    sim = Sim(LED)
    for d, (fn, prep, st) in zip(dates, P):
        if fn is sc_error and st["kind"] in ("dup_same", "dup_other") and d < date(2026, 3, 10):
            d = date(2026, 3, 10)
        sim.later(d, fn, st)
    sim.run()
    return sim


def inv_public(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": i["currency"], "total": s(i["total"]),
            "balance": s(i["balance"]), "issue_date": i["issue_date"].isoformat(),
            "due_date": i["due_date"].isoformat()}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------------------
# Stage 4: replay the written files and check every label, then the README
# ---------------------------------------------------------------------------

AMOUNT_RE = re.compile(r"^-?\d+\.\d{2}$")


def verify(invoices, payments, labels):
    assert len(payments) == len(labels)
    inv = {i["id"]: i for i in invoices}
    assert len(inv) == len(invoices)
    bal = {k: D(v["balance"]) for k, v in inv.items()}
    curs = {i["currency"] for i in invoices}
    seen, last = set(), ""
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        bad = None
        if p["id"] in seen:
            bad = "dup"
        elif not p["date"]:
            bad = "date"
        elif not isinstance(p["amount"], str) or not AMOUNT_RE.match(p["amount"]):
            bad = "amount"
        elif D(p["amount"]) <= 0:
            bad = "negative"
        elif p["currency"] not in curs:
            bad = "currency"
        seen.add(p["id"])
        if p["date"]:
            assert p["date"] >= last, (p["id"], p["date"], last)
            last = p["date"]
        if bad:
            assert l["status"] == "error" and not l["applications"] and l["error"], (p["id"], bad)
            continue
        assert l["status"] in ("applied", "partial", "unapplied", "review"), p["id"]
        amt = D(p["amount"])
        apps = [(a["invoice_id"], D(a["amount"])) for a in l["applications"]]
        assert sum((a for _, a in apps), D(0)) + D(l["unapplied"]) == amt, p["id"]
        for iid, a in apps:
            assert inv[iid]["currency"] == p["currency"] and D(0) < a <= bal[iid], (p["id"], iid)
            bal[iid] -= a
        st = l["status"]
        if st == "applied":
            assert apps and D(l["unapplied"]) == 0 and l["short_pay"] is None and not l["candidates"]
        elif st == "partial":
            assert apps and D(l["unapplied"]) == 0 and any(bal[i] > 0 for i, _ in apps) and not l["candidates"]
            if l["short_pay"]:
                sp = l["short_pay"]
                assert sp["invoice_id"] in dict(apps) and bal[sp["invoice_id"]] == D(sp["amount"]) and sp["reason"]
        elif st == "unapplied":
            assert D(l["unapplied"]) > 0 and l["short_pay"] is None and not l["candidates"]
        else:
            assert not apps and D(l["unapplied"]) == amt and l["short_pay"] is None
            for cset in l["candidates"]:
                assert cset and all(inv[x]["currency"] == p["currency"] and bal[x] > 0 for x in cset)
    return bal


def readme(invoices, payments, labels, customers):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter((l["scenario"], l["status"]) for l in labels)
    cur_p = Counter(p["currency"] for p in payments)
    cur_i = Counter(i["currency"] for i in invoices)
    ctry = Counter(c["country"] for c in customers)
    known = sum(1 for p in payments if p["customer_id"])
    with_remit = sum(1 for p in payments if p["remittance"])
    no_ref = sum(1 for p in payments if p["reference"] is None)
    L = []
    w = L.append
    w("# Blind cash-application set: Grupo Alimentos Cordillera (LatAm food and beverage)")
    w("")
    w("A held-out test set for the `match` command of `contracts/cash-application.md`, written only from that")
    w("contract. The business is a food and beverage distributor with one company per country, selling to")
    w("supermarket chains, restaurants and wholesalers in Mexico, Colombia, Chile, Peru, Argentina and Brazil.")
    w("Everything is made up: companies, people, banks, tax ids (RFC, NIT, RUT, RUC, CUIT, CNPJ), CFDI UUIDs.")
    w("`build.py` (stdlib only, fixed seed) writes every file below byte for byte; `check.py` re-verifies the labels.")
    w("")
    w("## Files")
    w("")
    w("| file | content |")
    w("|---|---|")
    w("| `%s/invoices.json` | %d open invoices of %d customers, the `INVOICES.json` input |" % (LEDGER, len(invoices), len(customers)))
    w("| `%s/payments.json` | %d received payments, oldest first, the `PAYMENTS.json` input |" % (LEDGER, len(payments)))
    w("| `%s/labels.json` | one expected MATCHES entry per payment, same order, plus `scenario` and `note` |" % LEDGER)
    w("")
    w("Run: `python -m chalicelib.cli match --invoices %s/invoices.json --payments %s/payments.json --out MATCHES.json`"
      % (LEDGER, LEDGER))
    w("")
    w("## Counts")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w("| `%s` | %d |" % (k, st[k]))
    w("| total | %d |" % len(labels))
    w("")
    w("| currency | invoices | payments |")
    w("|---|---|---|")
    for c in sorted(set(cur_i) | set(cur_p)):
        w("| %s | %d | %d |" % (c, cur_i[c], cur_p[c]))
    w("")
    pc = Counter(CUR_COUNTRY.get(p["currency"], "other") if p["currency"] != "USD" else "USD" for p in payments)
    w("Customers per country: " + ", ".join("%s %d" % (k, ctry[k]) for k in COUNTRIES) + ". Payments per country "
      "(local currency): " + ", ".join("%s %d" % (k, pc[k]) for k in COUNTRIES) + ", USD %d, other %d."
      % (pc["USD"], pc["other"]))
    w("%d payments carry a `customer_id` (the bank or a virtual account identifies the customer), %d do not;"
      % (known, len(payments) - known))
    w("%d carry a remittance advice; %d have a null `reference`." % (with_remit, no_ref))
    w("")
    w("| scenario | status | n | what it tests |")
    w("|---|---|---|---|")
    for (name, status), n in sorted(sc.items(), key=lambda x: (["applied", "partial", "unapplied", "review", "error"].index(x[0][1]), x[0][0])):
        doc = SCEN_DOC.get(name) or ("bad row: " + "; ".join(sorted({l["error"].split(" pm_")[0] for l in labels
                                                                     if l["scenario"] == name})))
        w("| `%s` | %s | %d | %s |" % (name, status, n, doc))
    w("")
    w("## What the data looks like")
    w("")
    w("- Invoice numbers per country: Mexico CFDI serie-folio `A-12874` (remittances add the CFDI UUID, which is")
    w("  not in the ledger); Colombia factura electrónica prefix `FEV52013`; Chile `FE-7101` (written `FOLIO 7101`,")
    w("  `FACT 7101`); Peru serie-correlativo `F001-00004521` and a second serie `F002` whose correlativos overlap")
    w("  F001's; Argentina punto de venta `A-0003-00012874` (written `FC A 0003-12874`, `A 00003-...`); Brazil")
    w("  NF-e `NF-104233` (written `NF 104.233`, `NFE 000104233`, boleto `SEU NUM 104233/1`).")
    w("- Mexican folios and Argentine numbers overlap on purpose (`A-12503` MXN and `A-0003-00012503` ARS).")
    w("- Some Mexican, Peruvian and Colombian customers also have USD invoices, numbered in the local series.")
    w("- Bank references: SPEI with clave de rastreo, referencia numérica and the 40-character concepto de pago;")
    w("  Colombian ACH/PSE with NIT; Chilean TEF with RUT; Peruvian interbank/CCI; Argentine transfers with CUIT;")
    w("  Brazilian Pix, TED and boleto liquidations; SWIFT/wire text for USD. Payer names are upper case,")
    w("  accents removed, legal forms rewritten (`SA DE CV`, `S A S`, `LTDA ME`, `EIRL`) and cut at 18-40 characters.")
    w("- Remittance advices: aviso de pago (with UUID or with orden de compra / contrarecibo columns), comprobante")
    w("  de egreso with ReteFuente / ReteICA / ReteIVA, Peruvian IGV retention 3%, Argentine orden de pago with IIBB")
    w("  and Ganancias certificates, Brazilian comprovante. Amounts in local formats (`4.850.000`, `$ 2.450.000,00`,")
    w("  `R$ 12.340,55`, `18,450.32`).")
    w("- Numbers that are not invoice numbers: purchase orders, contrarecibos, pedido numbers and amounts that")
    w("  equal another open invoice's number; retention certificate numbers; tax ids.")
    w("- COP and CLP amounts are whole pesos but are still written with two decimals (`4850000.00`).")
    w("")
    w("## Conventions where the contract is silent")
    w("")
    for c in CONVENTIONS:
        w("- " + c)
    w("")
    w("## How to score")
    w("")
    w("Compare per payment: `status`; `applications` as a set of (invoice_id, amount); `unapplied`; for `partial`,")
    w("`short_pay` invoice_id and amount (the reason is free text); for `review`, `candidates` as a set of invoice")
    w("sets (the order in the labels follows the ranking rules above, but a reasonable engine may rank two readings")
    w("the other way). For `error` rows only the status matters. `reason`, `scenario` and `note` are for people.")
    w("The cost of mistakes is not symmetric: an application where the label says `review`, or to the wrong invoice,")
    w("is the serious failure; `review` where the label applies is a missed automation.")
    w("")
    return "\n".join(L)


SCEN_DOC = {
    "ref_exact": "reference or remittance names the invoice exactly; amount = balance",
    "ref_variant": "the invoice number written another way (folio only, no zeros, dots, boleto seu número)",
    "duplicate_original": "first of two identical payments (see duplicate_payment)",
    "remittance_list": "remittance lists 2-6 invoices; the bank reference may be cut short",
    "reference_range": "`FEV52013 AL FEV52016`-style range of the customer's consecutive invoices",
    "amount_only_known_customer": "no reference; known customer; one invoice (and no sum of up to 3) equals the amount",
    "payer_name_and_amount": "no customer id; the truncated name fits one customer and the amount one invoice",
    "third_party_payer": "a factor, owner or parent pays; reference and exact amount decide",
    "statement_balance_lump": "known customer pays the total of all its open invoices, no remittance",
    "number_in_two_currencies": "the number exists as a MXN folio and an ARS invoice; currency decides",
    "po_number_looks_like_invoice": "an order / contrarecibo / pedido number equals another open invoice's number",
    "amount_looks_like_invoice_number": "a concept like `PAGO 12825` is the amount, and also another customer's folio",
    "serie_collision_resolved": "bare Peruvian correlativo fits F001 and F002; customer and amount decide",
    "part_payment_final": "second instalment pays the balance left by an earlier part payment in the file",
    "withholding_tax": "CO ReteFuente/ReteICA/ReteIVA, PE IGV retention, AR IIBB/Ganancias deducted",
    "short_pay_with_reason": "deduction with a stated reason (merma, promo fee, prompt-pay discount...)",
    "bank_charges_short": "USD wire short by an intermediary bank fee",
    "part_payment": "stated part payment (abono, pago a cuenta, boleto parcela 1/2)",
    "list_with_part_payment": "one invoice in full, another on account",
    "overpayment": "more than the named invoice's balance (rounded up, freight added, paid twice)",
    "paid_total_not_balance": "pays the invoice total although an earlier payment reduced the balance",
    "duplicate_payment": "second payment of an invoice already paid earlier in the file",
    "reference_to_closed_invoice": "names a number that is not open; known customer; fits nothing",
    "known_customer_no_fit": "known customer, amount fits no invoice or combination",
    "cross_currency_reference": "USD payment naming a MXN/COP/PEN invoice; customer has no USD invoice",
    "two_invoices_same_amount": "two open invoices of the customer with the same balance",
    "reference_vs_amount_conflict": "reference names one invoice, amount equals another of the same customer",
    "ambiguous_truncated_payer": "truncated name fits two customers, each with an invoice of that amount",
    "unknown_payer_amount_only": "unidentified payer, round amount equal to a single open invoice",
    "unknown_payer_two_customers": "unidentified payer, amount equals invoices of two customers",
    "unknown_payer_no_match": "unidentified payer, nothing fits",
    "amount_fits_two_sets": "amount equals one invoice and also the sum of two others",
    "serie_collision_ambiguous": "bare correlativo fits F001 and F002 of two customers; unknown payer; part amount",
    "bad_input": "bad row: negative amount, currency no invoice has, duplicate id, malformed amount, missing date",
}

CONVENTIONS = [
    "**Candidates** are a list of invoice-id lists (`[[\"in_a\"], [\"in_b\", \"in_c\"]]`), best first. Ranking: "
    "a single invoice before a set of several; among equal readings, the earlier due date first; when a reference "
    "and an exact amount disagree, the exact-amount invoice first and the referenced one second. A `review` with "
    "nothing plausible has `candidates: []`.",
    "**Review rows** have `applications: []` and `unapplied` equal to the whole payment (so the contract's sum rule "
    "still holds). Candidates are same-currency invoices that are open at that point in the file.",
    "**Withholding taxes** (Colombian ReteFuente/ReteICA/ReteIVA, Peruvian IGV retention, Argentine IIBB/Ganancias) "
    "are treated as a short pay: status `partial`, the net cash applied to the invoice, `short_pay` = the withheld "
    "total, because the invoice stays open until the retention certificate is booked. The same for a USD wire that "
    "arrives short by a flat bank fee.",
    "**A part payment** the customer announces (abono, pago a cuenta, boleto parcela 1/2) is `partial` with "
    "`short_pay: null`; only a deduction with a reason (or a withholding) fills `short_pay`. When a short-paying "
    "remittance covers two invoices, the first is paid in full and the deduction sits on the second.",
    "**Overpayments** apply the named invoices in full and hold the rest (`unapplied`, applications listed). "
    "Paying an invoice's total after an earlier part payment reduced its balance is the same case.",
    "**Unapplied without applications**: a second payment of an invoice already paid in the file; a known customer "
    "whose payment fits nothing or names an invoice that is not open; a USD payment from a known customer naming a "
    "local-currency invoice when the customer has no USD invoice (never applied across currencies).",
    "**Unknown payer** (no `customer_id`, name fits no single customer): applied only when a reference names the "
    "invoice, or when the name fits exactly one customer and the amount exactly one of its invoices. A round amount "
    "that happens to equal one open invoice, from a payer nobody can identify, is `review` with that one candidate.",
    "**A known customer with no reference** is applied when exactly one open invoice of that customer has that "
    "balance and no sum of two or three of its invoices does, or when the payment equals the total of all its "
    "open invoices in that currency. A sum of some but not all of them that also fits another reading is `review`.",
    "**Bad input** rows get `status: \"error\"`, `applications: []`, `unapplied: null`, `short_pay: null`, "
    "`candidates: []` and an `error` text, and change no balance. The bad rows: negative amount, a currency no "
    "invoice has (EUR, UYU), a malformed amount (a letter O for a zero, `#¡VALOR!`), a missing date (null or empty), and a "
    "payment id already used earlier in the file (the first row with that id is processed normally, the later "
    "one is the error; one is an exact repeat of the previous row, one is a different payment).",
    "**Order**: payments are sorted by date (oldest first) and processed in file order; a later payment only sees "
    "what earlier ones left open. `invoices.json` is the open-item list at the start (balances before any payment "
    "in the file); some invoices already have `balance` < `total`. Invoices were issued 2025-11-20 to 2026-02-28; "
    "payments are dated from 2026-03-02.",
    "**Amounts** everywhere are decimal strings with two decimals, also for COP and CLP.",
]


def main():
    sim = simulate()
    led = sim.led
    out = os.path.join(HERE, LEDGER)
    os.makedirs(out, exist_ok=True)
    invs = [inv_public(i) for i in sorted(led.invoices, key=lambda i: (i["issue_date"], i["number"]))]
    verify(invs, sim.pays, sim.labels)
    dump(os.path.join(out, "invoices.json"), invs)
    dump(os.path.join(out, "payments.json"), sim.pays)
    dump(os.path.join(out, "labels.json"), sim.labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(invs, sim.pays, sim.labels, led.customers))
    print("%d customers, %d invoices, %d payments" % (len(led.customers), len(invs), len(sim.pays)))


if __name__ == "__main__":
    main()
