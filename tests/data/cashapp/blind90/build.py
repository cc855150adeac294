#!/usr/bin/env python3
"""Blind cash-application test set: iberia_latam_packaging.

Made-up corrugated packaging / labels group "Ondacart" with entities in
Spain (EUR), Portugal (EUR), Mexico (MXN, USD) and Chile (CLP, USD).
Deterministic: fixed seed, stdlib only.  Run: python3 build.py
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

SEED = 324
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "iberia_latam_packaging"
OUT = os.path.join(HERE, LEDGER)

# ----------------------------------------------------------------- helpers
CENT = Decimal("0.01")


def q(cur, x):
    x = Decimal(x)
    if cur == "CLP":
        return x.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def s(cur, x):
    """decimal string as written in the files (CLP without decimals)"""
    return str(q(cur, x))


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def bank_name(name, width):
    """how a bank statement shows the ordering party: upper case, no accents, no dots, truncated"""
    t = strip_acc(name).upper().replace(".", "").replace(",", "").replace("'", " ")
    t = " ".join(t.split())
    return t[:width].rstrip()


def fmt_es(x, cur="EUR"):
    """1.234,56"""
    x = q(cur, x)
    if cur == "CLP":
        return "{:,}".format(int(x)).replace(",", ".")
    ip, fp = "{:.2f}".format(x).split(".")
    return "{:,}".format(int(ip)).replace(",", ".") + "," + fp


def fmt_pt(x):
    """1 234,56 (Portuguese thin grouping with space)"""
    ip, fp = "{:.2f}".format(q("EUR", x)).split(".")
    return "{:,}".format(int(ip)).replace(",", " ") + "," + fp


def fmt_en(x, cur="USD"):
    x = q(cur, x)
    if cur == "CLP":
        return "{:,}".format(int(x))
    return "{:,.2f}".format(x)


def dmy(d):
    return d.strftime("%d/%m/%Y")


# ----------------------------------------------------------------- customers
ES_KINDS = [
    ("Conservas", "food"), ("Bodegas", "wine"), ("Cárnicas", "food"), ("Frutas", "food"),
    ("Aceites", "food"), ("Logística", "ecom"), ("Hortofrutícola", "food"), ("Embutidos", "food"),
    ("Zumos", "food"), ("Cooperativa Agrícola", "food"), ("Distribuciones", "retail"),
    ("Fulfillment", "ecom"), ("Vinos", "wine"), ("Panificadora", "food"), ("Lácteos", "food"),
]
ES_PLACES = [
    "Ribera del Ebro", "Valle del Jalón", "Sierra de Gata", "La Ribera Alta", "Tierra de Barros",
    "Campo de Cariñena", "Henares", "Vega Baja", "El Bierzo", "Montes de Toledo", "Guadalhorce",
    "La Manchuela", "Alto Palancia", "Somontano", "Las Merindades", "Sierra Mágina", "Valdeorras",
    "Campo de Borja", "Tierra de Pinares", "Los Vélez", "La Safor", "Cinco Villas", "El Condado",
]
CA_NAMES = [
    ("Cellers del Montsant S.L.", "wine"), ("Conserves de l'Empordà S.L.", "food"),
    ("Fruites Segrià S.C.C.L.", "food"), ("Embotits de la Garrotxa S.A.", "food"),
    ("Caves Penedès Terrassa S.L.", "wine"), ("Logística Vallès Occidental S.L.", "ecom"),
]
ES_RETAIL = [  # big retailers paying through confirming
    "Hipermercados Castellanos S.A.", "Cadena Alimentaria Mediterránea S.A.",
    "Supermercados Norte Cantábrico S.A.", "Grandes Superficies Atlántico S.A.",
]
PT_NAMES = [
    ("Conservas Atlântico Norte, Lda.", "food"), ("Quinta do Vale Escuro - Vinhos, S.A.", "wine"),
    ("Adega Cooperativa de Borba Nova, CRL", "wine"), ("Frutas Oeste Alcobaça, Lda.", "food"),
    ("Lacticínios Serra da Estrela, S.A.", "food"), ("Azeites do Alentejo Interior, Lda.", "food"),
    ("Logística Expresso Maia, Lda.", "ecom"), ("Armazéns Online Carregado, S.A.", "ecom"),
    ("Supermercados Rio Douro, S.A.", "retail"), ("Vinhos Verdes Cávado, Lda.", "wine"),
    ("Pastelaria Industrial Aveiro, Lda.", "food"), ("Cervejaria Artesanal Minho, Lda.", "food"),
    ("Mercearias Lusas Distribuição, S.A.", "retail"), ("Sumos Naturais Algarve, Lda.", "food"),
    ("Quinta da Ribeira Seca, Lda.", "wine"), ("Enchidos Tradicionais Beira, Lda.", "food"),
    ("Hortícolas do Ribatejo, Lda.", "food"), ("E-Fulfilment Setúbal, Lda.", "ecom"),
    ("Cooperativa Frutícola do Fundão, CRL", "food"), ("Vinícola Douro Superior, S.A.", "wine"),
    ("Padaria Central Braga, Lda.", "food"), ("Hipermercados Tejo Sul, S.A.", "retail"),
]
MX_NAMES = [
    ("Distribuidora Logística del Bajío S.A. de C.V.", "ecom"), ("Empacadora de Aguacate Uruapan S.A. de C.V.", "food"),
    ("Vinícola Valle de Guadalupe S. de R.L. de C.V.", "wine"), ("Alimentos Procesados del Norte S.A. de C.V.", "food"),
    ("Tiendas de Autoservicio La Huasteca S.A. de C.V.", "retail"), ("Cervecería Artesanal Jalisco S.A. de C.V.", "food"),
    ("Botanas y Frituras Monterrey S.A. de C.V.", "food"), ("Centro de Distribución Querétaro S.A. de C.V.", "ecom"),
    ("Comercializadora de Berries Zamora S.A. de C.V.", "food"), ("Lácteos Los Altos S.A. de C.V.", "food"),
    ("Mercados Unidos del Pacífico S.A. de C.V.", "retail"), ("Bodegas Parras de la Fuente S.A. de C.V.", "wine"),
    ("Envíos Express Tlalnepantla S.A. de C.V.", "ecom"), ("Chiles y Conservas Sinaloa S.A. de C.V.", "food"),
    ("Panificadora Industrial Puebla S.A. de C.V.", "food"), ("Fulfillment Center Apodaca S. de R.L. de C.V.", "ecom"),
    ("Hortalizas del Valle de Culiacán S.A. de C.V.", "food"), ("Cafés Finos de Chiapas S.A. de C.V.", "food"),
    ("Supermercados El Sureste S.A. de C.V.", "retail"), ("Jugos Naturales Veracruz S.A. de C.V.", "food"),
    ("Tequilera Los Arcos de Amatitán S.A. de C.V.", "food"), ("Dulces Típicos Celaya S.A. de C.V.", "food"),
]
US_NAMES = [  # Mexican entity's USD customers
    ("Borderline Fulfillment LLC", "ecom"), ("Rio Grande Produce Packers Inc.", "food"),
    ("Sunbelt E-Commerce Warehousing LLC", "ecom"), ("Laredo Crossdock Services Inc.", "ecom"),
]
CL_NAMES = [
    ("Viña Los Quillayes S.A.", "wine"), ("Viña Cerro Alegre Limitada", "wine"), ("Agrícola Valle del Elqui SpA", "food"),
    ("Exportadora Frutícola del Maule S.A.", "food"), ("Salmones Australes del Sur S.A.", "food"),
    ("Supermercados Cordillera S.A.", "retail"), ("Comercial Logística Pudahuel SpA", "ecom"),
    ("Viña Tierra Colchagua SpA", "wine"), ("Conservas Curicó Limitada", "food"), ("Cerezas del Cachapoal SpA", "food"),
    ("Distribuidora Austral Temuco Ltda.", "retail"), ("Olivícola Huasco SpA", "food"),
    ("Lácteos Llanquihue S.A.", "food"), ("Bodega Online Quilicura SpA", "ecom"), ("Viña Piedra Roja Casablanca S.A.", "wine"),
    ("Panadería Industrial Rancagua Ltda.", "food"), ("Berries Ñuble Exportaciones SpA", "food"),
    ("Mayorista Central Antofagasta S.A.", "retail"), ("Pisquera Valle de Limarí Ltda.", "food"),
    ("Cervecera Patagonia Norte SpA", "food"), ("Almacenes Costa Pacífico S.A.", "retail"),
    ("Nueces y Almendras Aconcagua SpA", "food"),
]
CL_USD_NAMES = [("Andean Fruit Exporters Peru S.A.C.", "food"), ("Viñedos del Sur Export SpA", "wine")]


def make_rut(rr):
    n = rr.randint(76000000, 79999999)
    digs = list(map(int, reversed(str(n))))
    sm = sum(d * (2 + i % 6) for i, d in enumerate(digs))
    dv = 11 - sm % 11
    dv = {10: "K", 11: "0"}.get(dv, str(dv))
    t = "{:,}".format(n).replace(",", ".")
    return t + "-" + dv


def build_customers():
    cs = []
    used = set()
    # Spain
    es = []
    while len(es) < 34:
        k, seg = rng.choice(ES_KINDS)
        p = rng.choice(ES_PLACES)
        suf = rng.choice(["S.L.", "S.L.", "S.A.", "S.Coop."])
        name = f"{k} {p} {suf}"
        if (k, p) in used or p in [x[2] for x in es if x[0] == k]:
            continue
        used.add((k, p))
        es.append((k, seg, p, name))
    for i, (_, seg, _, name) in enumerate(es):
        cs.append(dict(country="ES", lang="es-ES", segment=seg, name=name, currency="EUR"))
    for name, seg in CA_NAMES:
        cs.append(dict(country="ES", lang="ca", segment=seg, name=name, currency="EUR"))
    for name in ES_RETAIL:
        cs.append(dict(country="ES", lang="es-ES", segment="retail", name=name, currency="EUR", confirming=True))
    # deliberate near-homonyms (same first 35 characters once the bank truncates)
    cs.append(dict(country="ES", lang="es-ES", segment="food", name="Grupo Alimentario Levante Conservas S.L.", currency="EUR"))
    cs.append(dict(country="ES", lang="es-ES", segment="retail", name="Grupo Alimentario Levante Conservas Distribución S.A.", currency="EUR"))
    for name, seg in PT_NAMES:
        cs.append(dict(country="PT", lang="pt-PT", segment=seg, name=name, currency="EUR"))
    for name, seg in MX_NAMES:
        cs.append(dict(country="MX", lang="es-MX", segment=seg, name=name, currency="MXN"))
    for name, seg in US_NAMES:
        cs.append(dict(country="MX", lang="en", segment=seg, name=name, currency="USD"))
    for name, seg in CL_NAMES:
        cs.append(dict(country="CL", lang="es-CL", segment=seg, name=name, currency="CLP"))
    for name, seg in CL_USD_NAMES:
        cs.append(dict(country="CL", lang="en" if "Peru" in name else "es-CL", segment=seg, name=name, currency="USD"))
    # a few Mexican customers buy in both MXN and USD
    counters = {"ES": 0, "PT": 0, "MX": 0, "CL": 0}
    for c in cs:
        counters[c["country"]] += 1
        c["id"] = "cus-%s-%03d" % (c["country"].lower(), counters[c["country"]])
        if c["country"] == "CL":
            c["rut"] = make_rut(rng)
        if c["country"] == "MX" and c["currency"] == "MXN":
            c["rfc"] = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%02d%02d%02d" % (
                rng.randint(90, 99), rng.randint(1, 12), rng.randint(1, 28)) + "".join(
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
    return cs


# ----------------------------------------------------------------- invoices
VAT = {"ES": Decimal("1.21"), "PT": Decimal("1.23"), "MX": Decimal("1.16"), "CL": Decimal("1.19")}
BASE_RANGE = {"EUR": (250, 18000), "MXN": (4000, 380000), "CLP": (120000, 14000000), "USD": (1500, 48000)}


def inv_number(country, cur, d, seq):
    if country == "ES":
        return "F%02d-%06d" % (d.year % 100, seq)
    if country == "PT":
        return "FT %d/%05d" % (d.year, seq)
    if country == "MX":
        return ("A-%05d" % seq) if cur == "MXN" else ("E-%04d" % seq)
    if country == "CL":
        return ("FE-%05d" % seq) if cur == "CLP" else ("FEX-%04d" % seq)


def build_invoices(cs):
    start = date(2025, 10, 1)
    end = date(2026, 3, 27)
    span = (end - start).days
    raw = []
    for c in cs:
        n = rng.randint(7, 16)
        if c.get("confirming"):
            n = rng.randint(16, 24)
        for _ in range(n):
            d = start + timedelta(rng.randint(0, span))
            lo, hi = BASE_RANGE[c["currency"]]
            if c["segment"] == "retail":
                lo, hi = lo * 2, hi * 2
            base = Decimal(rng.randint(lo * 100, hi * 100)) / 100
            if c["currency"] == "CLP":
                base = Decimal(rng.randint(lo, hi) // 10 * 10)
            vat = VAT[c["country"]] if c["currency"] != "USD" else Decimal("1")
            total = q(c["currency"], base * vat)
            raw.append(dict(c=c, d=d, total=total))
    raw.sort(key=lambda r: (r["d"], r["c"]["id"]))
    # sequence numbers per series, with gaps (paid invoices are not in the open list)
    series_seq = {}
    start_seq = {("ES", "EUR", 2025): 300, ("ES", "EUR", 2026): 40, ("PT", "EUR", 2025): 7800,
                 ("PT", "EUR", 2026): 120, ("MX", "MXN", 0): 17650, ("MX", "USD", 0): 2011,
                 ("CL", "CLP", 0): 47880, ("CL", "USD", 0): 1180}
    invs = []
    for r in raw:
        c = r["c"]
        yk = r["d"].year if c["country"] in ("ES", "PT") else 0
        key = (c["country"], c["currency"], yk)
        series_seq[key] = series_seq.get(key, start_seq[key]) + rng.randint(1, 3)
        num = inv_number(c["country"], c["currency"], r["d"], series_seq[key])
        terms = 60 if c["country"] in ("ES", "PT") else 30
        if c.get("confirming"):
            terms = 90
        if c["country"] == "CL" and c["segment"] == "wine":
            terms = 45
        total = r["total"]
        bal = total
        if rng.random() < 0.07:  # already part-paid before this batch
            bal = q(c["currency"], total * Decimal(rng.choice(["0.5", "0.4", "0.7", "0.25"])))
        invs.append(dict(number=num, customer_id=c["id"], customer_name=c["name"], currency=c["currency"],
                         total=total, balance=bal, issue_date=r["d"], due_date=r["d"] + timedelta(terms)))
    rng.shuffle(invs)
    invs.sort(key=lambda i: (i["issue_date"], i["number"]))
    for k, i in enumerate(invs):
        i["id"] = "i-%05d" % (10001 + k)
    return invs


def inv_json(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": s(i["currency"], i["total"]), "balance": s(i["currency"], i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def craft(cs, invs):
    """deliberate structures: equal balances, ambiguous subsets, homonym customers"""
    by_c = {}
    for i in invs:
        by_c.setdefault(i["customer_id"], []).append(i)
    early = lambda i: i["issue_date"] < date(2026, 2, 20) and i["balance"] == i["total"]
    special = {"dup": [], "subset": [], "levante": None}
    cand = [c for c in cs if not c.get("confirming") and not c["name"].startswith("Grupo Alimentario")]
    rng.shuffle(cand)
    k = 0
    for c in cand:
        e = [i for i in by_c[c["id"]] if early(i)]
        if len(e) < 5:
            continue
        if k < 14:   # recurring identical orders: two open invoices, same amount
            a, b = rng.sample(e, 2)
            b["total"] = b["balance"] = a["total"]
            special["dup"].append((a["id"], b["id"]))
        elif k < 18:  # a+b == c+d
            a, b, x, y = rng.sample(e, 4)
            v = a["total"] + b["total"] - x["total"]
            if v <= 0:
                continue
            y["total"] = y["balance"] = v
            special["subset"].append((a["id"], b["id"], x["id"], y["id"]))
        else:
            break
        k += 1
    la = [c for c in cs if c["name"].startswith("Grupo Alimentario")]
    a = [i for i in by_c[la[0]["id"]] if early(i)][0]
    b = [i for i in by_c[la[1]["id"]] if early(i)][0]
    b["total"] = b["balance"] = a["total"]
    special["levante"] = (a["id"], b["id"])
    return special


# ----------------------------------------------------------------- state
def cents(cur, x):
    return int(q(cur, x) * (1 if cur == "CLP" else 100))


def subset_count(vals, target, cap=2):
    """number of subsets of vals (ints) summing to target, capped"""
    dp = {0: 1}
    for v in vals:
        nd = dict(dp)
        for sm, n in dp.items():
            t = sm + v
            if t <= target:
                nd[t] = min(cap, nd.get(t, 0) + n)
        dp = nd
        if len(dp) > 400000:
            return cap
    return dp.get(target, 0)


class State:
    def __init__(self, cs, invs):
        self.cs = cs
        self.cmap = {c["id"]: c for c in cs}
        self.invs = invs
        self.imap = {i["id"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.reserved = set()
        self.paid_full = []        # (invoice id, payment amount, customer) fully paid by an exact payment
        self.by_c = {}
        for i in invs:
            self.by_c.setdefault(i["customer_id"], []).append(i)

    def open(self, cid, cur=None, before=None, free=True):
        out = []
        for i in self.by_c[cid]:
            if self.bal[i["id"]] <= 0:
                continue
            if cur and i["currency"] != cur:
                continue
            if before and i["issue_date"] > before:
                continue
            if free and i["id"] in self.reserved:
                continue
            out.append(i)
        return out

    def unique_subset(self, cid, cur, amount):
        vals = [cents(cur, self.bal[i["id"]]) for i in self.open(cid, cur, free=False)]
        if len(vals) > 26:
            return False
        return subset_count(vals, cents(cur, amount)) == 1

    def no_subset(self, cid, cur, amount):
        vals = [cents(cur, self.bal[i["id"]]) for i in self.open(cid, cur, free=False)]
        if len(vals) > 26:
            return False
        return subset_count(vals, cents(cur, amount)) == 0

    def apply(self, apps):
        for iid, amt in apps:
            assert amt <= self.bal[iid], (iid, amt, self.bal[iid])
            self.bal[iid] -= amt


# ----------------------------------------------------------------- text
import re


def parts(inv):
    n = inv["number"]
    m = re.match(r"^F(\d\d)-(\d{6})$", n)
    if m:
        return "ES", int(m.group(1)), int(m.group(2))
    m = re.match(r"^FT (\d{4})/(\d{5})$", n)
    if m:
        return "PT", int(m.group(1)), int(m.group(2))
    m = re.match(r"^([AE])-(\d+)$", n)
    if m:
        return "MX" + m.group(1), 0, int(m.group(2))
    m = re.match(r"^(FE|FEX)-(\d+)$", n)
    return "CL" + m.group(1), 0, int(m.group(2))


def variant(inv, rr):
    k, y, n = parts(inv)
    if k == "ES":
        return rr.choice([f"F{y}/{n}", f"{n}/{y}", f"F{y}{n:06d}", f"F{y}-{n}", f"F-{y}-{n}", f"{y}/{n:06d}"])
    if k == "PT":
        return rr.choice([f"FT{y}/{n}", f"{n}/{y}", f"FT {y}-{n}", f"FT {y}/{n}", f"FT{n:05d}/{y % 100}"])
    if k == "MXA":
        return rr.choice([f"A{n}", f"A {n}", f"FOLIO {n}", f"A{n:06d}"])
    if k == "MXE":
        return rr.choice([f"E{n}", f"E {n}", f"INV#{n}"])
    if k == "CLFE":
        return rr.choice([f"N° {n:,}".replace(",", "."), f"F/{n}", f"FE{n}", f"NRO {n}", f"{n:,}".replace(",", ".")])
    return rr.choice([f"FEX{n}", f"FEX N° {n}", f"EXP {n}"])


def retype(inv, n2):
    k, y, _ = parts(inv)
    if k == "ES":
        return "F%02d-%06d" % (y, n2)
    if k == "PT":
        return "FT %d/%05d" % (y, n2)
    if k == "MXA":
        return "A-%05d" % n2
    if k == "MXE":
        return "E-%04d" % n2
    if k == "CLFE":
        return "FE-%05d" % n2
    return "FEX-%04d" % n2


def money(lang, cur, x):
    if cur == "EUR":
        if lang == "pt-PT":
            return fmt_pt(x) + " €"
        if lang == "en":
            return "EUR " + fmt_en(x, cur)
        return fmt_es(x) + " €"
    if cur == "MXN":
        return "$" + fmt_en(x, cur) + " MXN"
    if cur == "CLP":
        return "$" + fmt_es(x, "CLP")
    # USD
    if lang == "es-CL":
        return "US$ " + fmt_es(x)
    if lang == "es-MX":
        return "USD " + fmt_en(x)
    return "USD " + fmt_en(x)


def when(lang, d):
    if lang == "en":
        return d.strftime("%d %b %Y")
    return dmy(d)


REM = {
    "es-ES": ("Buenos días:\n\nLes comunicamos que con fecha {d} hemos ordenado una transferencia a su favor por importe de {A}, con el siguiente detalle:\n\n",
              "\nUn saludo,\nDpto. Administración\n{name}"),
    "ca": ("Bon dia,\n\nUs comuniquem que en data {d} hem emès una transferència a favor vostre per un import de {A}, amb el detall següent:\n\n",
           "\nSalutacions cordials,\nDepartament de Comptabilitat\n{name}"),
    "pt-PT": ("Exmos. Senhores,\n\nInformamos que em {d} efetuámos uma transferência no valor de {A}, referente a:\n\n",
              "\nCom os melhores cumprimentos,\nContabilidade\n{name}"),
    "es-MX": ("Buen día,\n\nLes comparto el comprobante del pago realizado vía SPEI el {d} por {A}. Favor de aplicar a:\n\n",
              "\nSaludos cordiales,\nCuentas por Pagar\n{name}"),
    "es-CL": ("Estimados:\n\nJunto con saludar, informamos que con fecha {d} se realizó transferencia por {A} correspondiente a:\n\n",
              "\nAtte.,\nDepartamento de Finanzas\n{name}"),
    "en": ("Hello,\n\nPlease find below the remittance details for our payment of {A} dated {d}:\n\n",
           "\nKind regards,\nAccounts Payable\n{name}"),
}
LINE = {
    "es-ES": "  Factura {r} ........ {a}", "ca": "  - Factura {r}: {a}", "pt-PT": "  Fatura {r}    {a}",
    "es-MX": "  Factura {r}   {a}", "es-CL": "  Factura {r}  {a}", "en": "  Invoice {r}    {a}",
}
LINE_NOAMT = {"es-ES": "  Factura {r}", "ca": "  - Factura {r}", "pt-PT": "  Fatura {r}", "es-MX": "  Factura {r}",
              "es-CL": "  Factura {r}", "en": "  Invoice {r}"}


def remittance(lang, d, amount, cur, items, name, extra=None):
    head, tail = REM[lang]
    out = head.format(d=when(lang, d), A=money(lang, cur, amount))
    for r, a in items:
        out += (LINE[lang].format(r=r, a=money(lang, cur, a)) if a is not None else LINE_NOAMT[lang].format(r=r)) + "\n"
    if extra:
        out += "\n" + extra + "\n"
    return out + tail.format(name=name)


REF = {
    "es-ES": ["PAGO FRA {r}", "FRA. {r}", "TRANSFERENCIA FACTURA {r}", "{r}", "PAGO FACTURA {r}", "N/PAGO {r}", "LIQ FRA {r}"],
    "ca": ["PAGAMENT FRA {r}", "FACT. {r}", "PAG. FACTURA {r}", "{r}"],
    "pt-PT": ["PAG. {r}", "TRF SEPA {r}", "{r}", "LIQUIDACAO {r}", "PAGAMENTO FATURA {r}"],
    "es-MX": ["SPEI {k} PAGO {r}", "{k} FACT {r}", "PAGO FACTURA {r} REF {k}", "REF {k} CONCEPTO PAGO {r}"],
    "es-CL": ["TRANSF {rut} FACT {r}", "PAGO FACTURA {r}", "TEF {rut} {r}", "FACT {r}", "PAGO {r}"],
    "en": ["WIRE PMT INV {r}", "/RFB/{r}", "PAYMENT INVOICE {r}", "ORG BNF INFO INV {r}", "{r}"],
}
UUIDCH = "0123456789ABCDEF"


def uuid(rr):
    h = "".join(rr.choice(UUIDCH) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rr.choice('89AB')}{h[17:20]}-{h[20:]}"


def payer_of(c, rr):
    w = {"ES": 35, "PT": 30, "MX": 40, "CL": 30}[c["country"]]
    if c["currency"] == "USD":
        w = 35
    return bank_name(c["name"], w)


def lang_of(c, rr):
    if c["country"] == "ES" and c["segment"] == "ecom" and c["lang"] == "es-ES" and rr.random() < 0.4:
        return "en"
    return c["lang"]


def ref_line(lang, r, rr, c):
    t = rr.choice(REF[lang])
    return t.format(r=r, k="%07d" % rr.randint(1000000, 9999999), rut=c.get("rut", ""))


# ----------------------------------------------------------------- scenarios
def app(iid, amt, cur):
    return {"invoice_id": iid, "amount": s(cur, amt)}


def L(status, apps, unapplied, cur, scen, lang, reason, note, short=None, cands=None):
    return {"status": status, "applications": [app(i, a, cur) for i, a in apps], "unapplied": s(cur, unapplied),
            "short_pay": short, "candidates": cands or [], "reason": reason, "scenario": scen,
            "note": f"[{scen}, {lang}] {note}"}


def P(d, amount, cur, payer, cid, ref, rem):
    return {"date": d.isoformat(), "amount": s(cur, amount) if isinstance(amount, Decimal) else amount,
            "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}


class Gen:
    def __init__(self, st, special):
        self.st = st
        self.sp = special
        self.rr = random.Random(SEED + 1)
        self.all_numbers = {i["number"] for i in st.invs}
        self.payments = []   # final list
        self.labels = []

    # -- helpers
    def custs(self, pred=lambda c: True):
        cs = [c for c in self.st.cs if pred(c)]
        self.rr.shuffle(cs)
        return cs

    def cid(self, c, p=0.55):
        r = self.rr.random()
        if c["name"].startswith("Grupo Alimentario Levante"):
            return c["id"]   # the bank name alone would not tell the two apart
        return c["id"] if r < p else None

    def seq_unique(self, inv):
        k, y, n = parts(inv)
        return sum(1 for j in self.st.by_c[inv["customer_id"]] if parts(j)[2] == n) == 1

    def ref_for(self, inv, allow_variant=False):
        if allow_variant and self.seq_unique(inv) and self.rr.random() < 0.5:
            return variant(inv, self.rr)
        return inv["number"]

    def pid(self):
        return "p-%04d" % (len(self.payments) + 1)

    def overdue_open(self, c, d, cur=None, lag=3):
        return self.st.open(c["id"], cur or c["currency"], before=d - timedelta(lag))

    # -- 1 exact reference
    def exact(self, d, scen="exact_ref", usd=None):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming") and (usd is None or (c["currency"] == "USD") == usd)):
            op = self.overdue_open(c, d)
            if not op:
                continue
            inv = rr.choice(op)
            cur, bal = inv["currency"], self.st.bal[inv["id"]]
            lang = lang_of(c, rr)
            r = inv["number"]
            ref = ref_line(lang, r, rr, c)
            if c["country"] == "MX" and cur == "MXN" and rr.random() < 0.4:
                ref += " UUID " + uuid(rr)
            rem = remittance(lang, d, bal, cur, [(r, bal)], c["name"]) if rr.random() < 0.35 else None
            self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
            return (P(d, bal, cur, payer_of(c, rr), self.cid(c), ref, rem),
                    L("applied", [(inv["id"], bal)], 0, cur, scen, lang, f"reference {r} and exact balance",
                      f"{r} quoted as written, amount equals its open balance {s(cur, bal)}."), [(inv["id"], bal)])

    # -- 2 reformatted reference
    def variant_ref(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = [i for i in self.overdue_open(c, d) if self.seq_unique(i)]
            if not op:
                continue
            inv = rr.choice(op)
            cur, bal = inv["currency"], self.st.bal[inv["id"]]
            lang = lang_of(c, rr)
            r = variant(inv, rr)
            ref = ref_line(lang, r, rr, c)
            rem = remittance(lang, d, bal, cur, [(r, None)], c["name"]) if rr.random() < 0.3 else None
            self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
            return (P(d, bal, cur, payer_of(c, rr), self.cid(c), ref, rem),
                    L("applied", [(inv["id"], bal)], 0, cur, "ref_variant", lang, f"reference {r} is {inv['number']}, exact balance",
                      f"'{r}' is {inv['number']} written the customer's way (the only invoice of this customer with that sequence number); amount equals the balance."),
                    [(inv["id"], bal)])

    # -- 3 typo in reference, amount confirms
    def typo(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = self.overdue_open(c, d)
            rr.shuffle(op)
            for inv in op:
                cur, bal = inv["currency"], self.st.bal[inv["id"]]
                k, y, n = parts(inv)
                ds = str(n)
                opts = []
                for j in range(len(ds) - 1):
                    if ds[j] != ds[j + 1]:
                        opts.append(int(ds[:j] + ds[j + 1] + ds[j] + ds[j + 2:]))
                opts.append(n + 1 if ds[-1] != "9" else n - 1)
                opts = [o for o in opts if retype(inv, o) not in self.all_numbers]
                if not opts or not self.st.unique_subset(c["id"], cur, bal):
                    continue
                tn = retype(inv, rr.choice(opts))
                lang = lang_of(c, rr)
                ref = ref_line(lang, tn, rr, c)
                self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
                return (P(d, bal, cur, payer_of(c, rr), c["id"], ref, None),
                        L("applied", [(inv["id"], bal)], 0, cur, "typo_ref", lang,
                          f"reference {tn} does not exist; one digit off {inv['number']} whose balance equals the amount",
                          f"{tn} is not an invoice in the ledger; it is a transposition/one-off of {inv['number']} and the amount equals exactly that invoice's balance and no other combination of the customer's open invoices."),
                        [(inv["id"], bal)])

    # -- 4 amount only
    def amount_only(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = self.overdue_open(c, d)
            rr.shuffle(op)
            for inv in op:
                cur, bal = inv["currency"], self.st.bal[inv["id"]]
                if not self.st.unique_subset(c["id"], cur, bal):
                    continue
                lang = lang_of(c, rr)
                payer = payer_of(c, rr)
                if c["country"] == "PT" and rr.random() < 0.5:
                    payer = "PAGAMENTO MULTIBANCO"
                    ref = "PAG SERV ENT %d REF %03d %03d %03d" % (rr.choice([21870, 11604, 24501]), rr.randint(100, 999), rr.randint(0, 999), rr.randint(0, 999))
                elif c["country"] == "MX" and cur == "MXN":
                    ref = rr.choice(["SPEI %07d PAGO PROVEEDOR" % rr.randint(10 ** 6, 10 ** 7 - 1),
                                     "%07d UUID %s" % (rr.randint(10 ** 6, 10 ** 7 - 1), uuid(rr)),
                                     "CLAVE RASTREO MBAN01002603%08d" % rr.randint(0, 10 ** 8 - 1)])
                elif c["country"] == "CL":
                    ref = rr.choice(["PAGO PROVEEDORES", "TRANSF %s" % c.get("rut", ""), "NOMINA PAGO PROV %s" % d.strftime("%d%m")])
                elif lang == "en":
                    ref = rr.choice(["SUPPLIER PAYMENT", "PAYMENT " + d.strftime("%b%y").upper(), None])
                elif lang == "ca":
                    ref = rr.choice(["PAGAMENT PROVEIDOR", "TRANSFERENCIA " + payer[:20], None])
                elif lang == "pt-PT":
                    ref = rr.choice(["TRF " + payer[:20], "PAGAMENTO FORNECEDOR"])
                else:
                    ref = rr.choice(["TRANSFERENCIA " + payer[:25], "PAGO PROVEEDOR", "N/TRANSF.", None])
                self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
                return (P(d, bal, cur, payer, c["id"], ref, None),
                        L("applied", [(inv["id"], bal)], 0, cur, "amount_only", lang, f"customer known, amount equals balance of {inv['number']} only",
                          f"No invoice reference; customer_id given; {s(cur, bal)} equals {inv['number']} and no other single invoice or combination of the customer's open invoices."),
                        [(inv["id"], bal)])

    # -- 5 list of invoices
    def multi(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = self.overdue_open(c, d)
            if len(op) < 3:
                continue
            k = rr.randint(2, min(6, len(op)))
            sel = sorted(rr.sample(op, k), key=lambda i: i["number"])
            cur = c["currency"]
            lang = lang_of(c, rr)
            amt = sum(self.st.bal[i["id"]] for i in sel)
            refs = [self.ref_for(i, allow_variant=True) for i in sel]
            with_amts = rr.random() < 0.7
            items = [(r, self.st.bal[i["id"]] if with_amts else None) for r, i in zip(refs, sel)]
            if k <= 3 and rr.random() < 0.6:
                sep = {"es-ES": " Y ", "ca": " I ", "pt-PT": " E ", "en": " & "}.get(lang, " ")
                ref = ref_line(lang, (rr.choice([", ", sep, " "])).join(refs), rr, c)
                rem = remittance(lang, d, amt, cur, items, c["name"]) if rr.random() < 0.4 else None
            else:
                ref = {"es-ES": "PAGO VARIAS FACTURAS", "ca": "PAGAMENT DIVERSES FACTURES", "pt-PT": "PAGAMENTO DIVERSAS FATURAS",
                       "es-MX": "SPEI %07d PAGO FACTURAS" % rr.randint(10 ** 6, 10 ** 7 - 1), "es-CL": "PAGO FACTURAS VARIAS",
                       "en": "PAYMENT SEE REMITTANCE"}[lang]
                rem = remittance(lang, d, amt, cur, items, c["name"])
            apps = [(i["id"], self.st.bal[i["id"]]) for i in sel]
            for i in sel:
                self.st.paid_full.append((i["id"], self.st.bal[i["id"]], c["id"], self.pid()))
            return (P(d, amt, cur, payer_of(c, rr), self.cid(c), ref, rem),
                    L("applied", apps, 0, cur, "multi_list", lang, "listed invoices sum exactly to the payment",
                      f"{k} invoices named ({', '.join(refs)}); their balances add up to {s(cur, amt)}."), apps)

    # -- 6 range of invoice numbers
    def rng_range(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            allc = sorted([i for i in self.st.by_c[c["id"]] if i["currency"] == c["currency"]], key=lambda i: i["number"])
            # runs of consecutive (within this customer's list) open, free, overdue invoices of the same series
            runs = []
            for a in range(len(allc)):
                for b in range(a + 2, min(a + 5, len(allc) + 1)):
                    sel = allc[a:b]
                    if len({parts(i)[:2] for i in sel}) != 1:
                        continue
                    if all(self.st.bal[i["id"]] > 0 and i["id"] not in self.st.reserved and i["issue_date"] <= d - timedelta(3) for i in sel):
                        runs.append(sel)
            if not runs:
                continue
            sel = rr.choice(runs)
            cur = c["currency"]
            lang = lang_of(c, rr)
            a, b = sel[0]["number"], sel[-1]["number"]
            bshort = b if rr.random() < 0.5 else str(parts(sel[-1])[2])
            word = {"es-ES": "FRAS {a} A {b}", "ca": "FACTURES {a} A {b}", "pt-PT": "FATURAS {a} A {b}", "es-MX": "FACTURAS {a} AL {b}",
                    "es-CL": "FACTURAS {a} AL {b}", "en": "INVOICES {a} TO {b}"}[lang]
            txt = word.format(a=a, b=bshort)
            amt = sum(self.st.bal[i["id"]] for i in sel)
            ref = ("PAGO " if lang in ("es-ES", "es-MX", "es-CL") else "") + txt
            apps = [(i["id"], self.st.bal[i["id"]]) for i in sel]
            for i in sel:
                self.st.paid_full.append((i["id"], self.st.bal[i["id"]], c["id"], self.pid()))
            return (P(d, amt, cur, payer_of(c, rr), self.cid(c, 0.7), ref, None),
                    L("applied", apps, 0, cur, "range", lang, f"range {a}..{b} of this customer sums exactly",
                      f"'{txt}': this customer's invoices numbered from {a} to {b} are {', '.join(i['number'] for i in sel)} (other numbers in between belong to other customers); together they equal the amount."),
                    apps)

    # -- 7 lump sum without references
    def lump(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            cur = c["currency"]
            allopen = self.st.open(c["id"], cur, free=False)
            if any(i["id"] in self.st.reserved for i in allopen) or len(allopen) > 16:
                continue
            mode = rr.choice(["all", "overdue"])
            if mode == "all":
                sel = allopen
                if not (2 <= len(sel) <= 12) or any(i["issue_date"] > d for i in sel):
                    continue
            else:
                sel = [i for i in allopen if i["due_date"] < d]
                if not (2 <= len(sel) < len(allopen)):
                    continue
            amt = sum(self.st.bal[i["id"]] for i in sel)
            if not self.st.unique_subset(c["id"], cur, amt):
                continue
            lang = lang_of(c, rr)
            if mode == "all":
                ref = {"es-ES": "LIQUIDACION SALDO PENDIENTE", "ca": "LIQUIDACIO SALDO PENDENT", "pt-PT": "LIQUIDACAO SALDO CONTA CORRENTE",
                       "es-MX": "PAGO SALDO ESTADO DE CUENTA", "es-CL": "PAGO SALDO CTA CTE", "en": "PAYMENT OF OPEN BALANCE"}[lang]
            else:
                ref = {"es-ES": "PAGO FRAS. VENCIDAS", "ca": "PAGAMENT FACTURES VENÇUDES", "pt-PT": "PAG FATURAS VENCIDAS",
                       "es-MX": "PAGO FACTURAS VENCIDAS", "es-CL": "PAGO FACTURAS VENCIDAS", "en": "PAYMENT OVERDUE INVOICES"}[lang]
            apps = [(i["id"], self.st.bal[i["id"]]) for i in sel]
            for i in sel:
                self.st.paid_full.append((i["id"], self.st.bal[i["id"]], c["id"], self.pid()))
            return (P(d, amt, cur, payer_of(c, rr), c["id"], ref, None),
                    L("applied", apps, 0, cur, "lump_sum", lang, f"{len(sel)} open invoices sum exactly; unique combination",
                      f"No numbers; the amount equals the sum of {'all open' if mode == 'all' else 'the overdue'} invoices of the customer ({', '.join(i['number'] for i in sel)}), and no other combination of its open invoices gives that sum."),
                    apps)

    # -- 8 part payment
    def partial(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = self.overdue_open(c, d)
            if not op:
                continue
            inv = rr.choice(op)
            cur, bal = inv["currency"], self.st.bal[inv["id"]]
            unit = {"EUR": 100, "USD": 100, "MXN": 1000, "CLP": 100000}[cur]
            amt = Decimal(int(bal * Decimal(rr.choice(["0.3", "0.4", "0.5", "0.6"]))) // unit * unit)
            if amt <= 0 or amt >= bal or not self.st.no_subset(c["id"], cur, amt):
                continue
            lang = lang_of(c, rr)
            r = self.ref_for(inv, True)
            ref = rr.choice({"es-ES": ["PAGO A CUENTA FRA {r}", "1ER PLAZO FRA {r}", "ENTREGA A CUENTA {r}"],
                             "ca": ["PAGAMENT A COMPTE FRA {r}", "1R TERMINI FACT {r}"],
                             "pt-PT": ["PAGAMENTO PARCIAL {r}", "1A PRESTACAO {r}"],
                             "es-MX": ["ABONO PARCIAL FACT {r}", "PAGO PARCIAL {r}", "1ER PAGO FACT {r}"],
                             "es-CL": ["ABONO FACTURA {r}", "PAGO PARCIAL FACT {r}", "CUOTA 1 FACT {r}"],
                             "en": ["PART PAYMENT INV {r}", "INSTALMENT 1 INV {r}"]}[lang]).format(r=r)
            extra = {"es-ES": "El resto lo abonaremos a final de mes, según lo hablado.",
                     "ca": "La resta la pagarem la setmana vinent.",
                     "pt-PT": "O remanescente será liquidado no próximo mês.",
                     "es-MX": "El saldo restante se cubrirá en la siguiente programación de pagos.",
                     "es-CL": "El saldo se pagará en la próxima nómina de proveedores.",
                     "en": "The balance will follow in our next payment run."}[lang]
            rem = remittance(lang, d, amt, cur, [(r, amt)], c["name"], extra) if rr.random() < 0.5 else None
            return (P(d, amt, cur, payer_of(c, rr), self.cid(c), ref, rem),
                    L("partial", [(inv["id"], amt)], 0, cur, "partial", lang, f"part payment of {inv['number']}",
                      f"Stated part payment of {inv['number']} ({s(cur, amt)} of {s(cur, bal)}); invoice stays open, no deduction claimed."),
                    [(inv["id"], amt)])

    # -- 9 short pay with a stated reason
    DED = {
        "es-ES": [("pp", "Dto. pronto pago 2%: -{x}"), ("dmg", "Descuento por cajas dañadas en la entrega (albarán {alb}): -{x}"),
                  ("reb", "Rappel logístico 3% acordado: -{x}"), ("miss", "Faltan 2 palets en la entrega, albarán {alb}: -{x}")],
        "ca": [("pp", "Descompte pronte pagament 2%: -{x}"), ("dmg", "Caixes malmeses a l'entrega (albarà {alb}): -{x}")],
        "pt-PT": [("pp", "Desconto pronto pagamento 2%: -{x}"), ("dmg", "Caixas danificadas na entrega (guia {alb}): -{x}"),
                  ("miss", "Paletes em falta na guia {alb}: -{x}")],
        "es-MX": [("pp", "Descuento por pronto pago 2%: -{x}"), ("dmg", "Producto dañado en recepción (remisión {alb}), nota de crédito pendiente: -{x}"),
                  ("miss", "Cajas faltantes en remisión {alb}: -{x}")],
        "es-CL": [("dmg", "Descuento por cajas con humedad (guía de despacho {alb}): -{x}"), ("price", "Diferencia de precio según OC {alb}: -{x}"),
                  ("pp", "Descuento pronto pago 2%: -{x}")],
        "en": [("dmg", "Deduction for crushed cartons (delivery note {alb}): -{x}"), ("pp", "Early payment discount 2%: -{x}"),
               ("fee", "Less bank charges: -{x}")],
    }
    DED_EN = {"pp": "early payment discount 2%", "dmg": "damaged goods", "reb": "logistics rebate 3%", "miss": "missing goods",
              "price": "price difference", "fee": "bank charges"}

    def short(self, d, multi=False):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = self.overdue_open(c, d)
            if len(op) < (3 if multi else 1):
                continue
            sel = sorted(rr.sample(op, rr.randint(2, 3)) if multi else [rr.choice(op)], key=lambda i: i["number"])
            inv = rr.choice(sel)
            cur, bal = inv["currency"], self.st.bal[inv["id"]]
            lang = lang_of(c, rr)
            kind, tmpl = rr.choice(self.DED[lang])
            if kind == "fee" and cur != "USD":
                continue
            if kind == "pp":
                ded = q(cur, bal * Decimal("0.02"))
            elif kind == "reb":
                ded = q(cur, bal * Decimal("0.03"))
            elif kind == "fee":
                ded = Decimal(rr.choice(["25.00", "35.00", "40.00"]))
            else:
                ded = q(cur, bal * Decimal(rr.randint(4, 15)) / 100)
            if ded <= 0 or ded >= bal:
                continue
            alb = "%s-%05d" % ({"es-ES": "ALB", "ca": "ALB", "pt-PT": "GT", "es-MX": "REM", "es-CL": "GD", "en": "DN"}[lang], rr.randint(10000, 99999))
            refs = [self.ref_for(i, True) for i in sel]
            items, apps = [], []
            for r, i in zip(refs, sel):
                b = self.st.bal[i["id"]]
                a = b - ded if i is inv else b
                items.append((r, a))
                apps.append((i["id"], a))
            amt = sum(a for _, a in apps)
            extra = tmpl.format(x=money(lang, cur, ded), alb=alb)
            rem = remittance(lang, d, amt, cur, items, c["name"], extra)
            ref = ref_line(lang, " ".join(refs), rr, c) if len(" ".join(refs)) < 40 else ref_line(lang, refs[0] + " Y OTRAS" if lang.startswith("es") else refs[0] + " +", rr, c)
            reason = self.DED_EN[kind]
            return (P(d, amt, cur, payer_of(c, rr), self.cid(c), ref, rem),
                    L("partial", apps, 0, cur, "short_pay_multi" if multi else "short_pay", lang,
                      f"{inv['number']} short paid by {s(cur, ded)}: {reason}",
                      f"Remittance deducts {s(cur, ded)} from {inv['number']} ({reason}); the rest is paid in full.",
                      short={"invoice_id": inv["id"], "amount": s(cur, ded), "reason": reason}), apps)

    # -- 10 overpayment
    def overpay(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            op = self.overdue_open(c, d)
            rr.shuffle(op)
            for inv in op:
                cur, bal = inv["currency"], self.st.bal[inv["id"]]
                if bal < inv["total"]:
                    amt, why = inv["total"], "paid the invoice total although part of it was already settled"
                else:
                    unit = {"EUR": 10, "USD": 10, "MXN": 100, "CLP": 10000}[cur]
                    amt = (bal // unit + rr.randint(1, 30)) * unit
                    why = "rounded up / paid more than the balance"
                amt = q(cur, amt)
                extra = amt - bal
                if extra <= 0:
                    continue
                others = [cents(cur, self.st.bal[i["id"]]) for i in self.st.open(c["id"], cur, free=False) if i is not inv]
                if subset_count(others, cents(cur, extra)) or subset_count(others, cents(cur, amt)):
                    continue
                lang = lang_of(c, rr)
                r = self.ref_for(inv, True)
                ref = ref_line(lang, r, rr, c)
                self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
                return (P(d, amt, cur, payer_of(c, rr), self.cid(c), ref, None),
                        L("unapplied", [(inv["id"], bal)], extra, cur, "overpayment", lang,
                          f"{inv['number']} settled, remainder {s(cur, extra)} held on account",
                          f"Reference {r}; amount {s(cur, amt)} exceeds the open balance {s(cur, bal)} ({why}); the excess fits no other open invoice and stays unapplied."),
                        [(inv["id"], bal)])

    # -- 11 second payment of an invoice already paid in this batch
    def second(self, d):
        rr = self.rr
        pool = list(self.st.paid_full)
        rr.shuffle(pool)
        for iid, amt, cidv, prev in pool:
            inv = self.st.imap[iid]
            c = self.st.cmap[cidv]
            cur = inv["currency"]
            if self.st.bal[iid] != 0 or c.get("confirming"):
                continue
            if not self.st.no_subset(c["id"], cur, amt):
                continue
            lang = lang_of(c, rr)
            r = inv["number"]
            ref = ref_line(lang, r, rr, c)
            self.st.paid_full.remove((iid, amt, cidv, prev))
            return (P(d, amt, cur, payer_of(c, rr), self.cid(c, 0.7), ref, None),
                    L("unapplied", [], amt, cur, "second_payment", lang, f"{r} already paid by {prev}; held on account",
                      f"{r} was fully paid by {prev}; this payment quotes it again with the same amount (duplicate transfer). Nothing open fits, so it is held unapplied on the customer's account."),
                    [])

    # -- 12 known customer, nothing fits
    def nofit(self, d):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            cur = c["currency"]
            lo, hi = BASE_RANGE[cur]
            amt = q(cur, Decimal(rr.randint(lo, hi)) * Decimal(rr.choice(["1", "0.3", "0.5"])))
            if cur == "CLP":
                amt = q(cur, amt // 1000 * 1000)
            if amt <= 0 or not self.st.no_subset(c["id"], cur, amt):
                continue
            lang = lang_of(c, rr)
            mode = rr.choice(["advance", "oldnum"])
            if mode == "advance":
                po = rr.choice(["OC-", "PO ", "PED. ", "ENC. "]) + str(rr.randint(4500000000, 4500999999))
                ref = {"es-ES": f"ANTICIPO 30% {po}", "ca": f"AVANÇAMENT COMANDA {po}", "pt-PT": f"ADIANTAMENTO ENCOMENDA {po}",
                       "es-MX": f"ANTICIPO {po}", "es-CL": f"ANTICIPO OC {po}", "en": f"PREPAYMENT {po}"}[lang]
                why = f"an advance on purchase order {po}"
            else:
                dummy = dict(self.st.by_c[c["id"]][0])
                k, y, n = parts(dummy)
                nn = max(n - rr.randint(150, 400), 1)
                num = retype(dummy, nn)
                if num in self.all_numbers:
                    continue
                ref = ref_line(lang, num, rr, c)
                why = f"invoice {num}, which is not open in the ledger"
            return (P(d, amt, cur, payer_of(c, rr), c["id"], ref, None),
                    L("unapplied", [], amt, cur, "no_fit", lang, "known customer, payment fits no open invoice",
                      f"Customer known (customer_id given); the text refers to {why}; the amount matches no open invoice or combination. Held on account."),
                    [])

    # -- 13 unknown payer
    UNKNOWN = [("TRANSPORTES GARRIDO E HIJOS SL", "EUR", "es-ES"), ("MARIA DEL CARMEN RUIZ LOPEZ", "EUR", "es-ES"),
               ("SERVEIS INMOBILIARIS ALBA SL", "EUR", "ca"), ("JOAO PEDRO MARTINS FERREIRA", "EUR", "pt-PT"),
               ("CLINICA DENTARIA SORRISO LDA", "EUR", "pt-PT"), ("COMERCIALIZADORA XOCHITL SA DE CV", "MXN", "es-MX"),
               ("GRUPO CONSTRUCTOR TLALOC SA DE CV", "MXN", "es-MX"), ("INVERSIONES LOS AROMOS LTDA", "CLP", "es-CL"),
               ("SOC AGRICOLA EL PEUMO LTDA", "CLP", "es-CL"), ("NORTHGATE TRADING LTD", "USD", "en"),
               ("FERRETERIA EL CLAVO SA", "EUR", "es-ES"), ("MUDANZAS LA PALOMA SL", "EUR", "es-ES")]

    def unknown(self, d, quote=False):
        rr = self.rr
        payer, cur, lang = rr.choice(self.UNKNOWN)
        if quote:
            pool = [i for i in self.st.invs if i["currency"] == cur and self.st.bal[i["id"]] > 0 and i["id"] not in self.st.reserved
                    and i["issue_date"] < d]
            inv = rr.choice(pool)
            bal = self.st.bal[inv["id"]]
            amt = q(cur, bal * Decimal(rr.choice(["0.37", "0.62", "1.18", "0.5"])))
            ref = ref_line(lang, inv["number"], rr, {"rut": "77.%03d.%03d-%d" % (rr.randint(0, 999), rr.randint(0, 999), rr.randint(0, 9))})
            return (P(d, amt, cur, payer, None, ref, None),
                    L("review", [], amt, cur, "unknown_payer_quote", lang, f"payer unknown; quotes {inv['number']} of {inv['customer_name']} but amount differs",
                      f"Payer is not a customer; the reference names {inv['number']} ({inv['customer_name']}, balance {s(cur, bal)}) but the amount {s(cur, amt)} does not match. Not sure: review with that invoice as candidate.",
                      cands=[[inv["id"]]]), [])
        lo, hi = BASE_RANGE[cur]
        for _ in range(50):
            amt = q(cur, Decimal(rr.randint(lo * 100, hi * 100)) / 100)
            if all(self.st.bal[i["id"]] != amt for i in self.st.invs if i["currency"] == cur):
                break
        ref = rr.choice({"es-ES": ["PAGO FRA 2026-118", "TRANSFERENCIA", "ALQUILER MARZO", "FACTURA 118/2026"],
                         "ca": ["PAGAMENT FRA 2026/77", "TRANSFERENCIA"], "pt-PT": ["PAGAMENTO FATURA 2026/315", "TRF"],
                         "es-MX": ["SPEI %07d PAGO" % rr.randint(10 ** 6, 10 ** 7 - 1), "PAGO FACT 3301"],
                         "es-CL": ["TRANSF 76.220.113-5", "PAGO FACT 9912"], "en": ["INV 5581", "PAYMENT"]}[lang])
        return (P(d, amt, cur, payer, None, ref, None),
                L("review", [], amt, cur, "unknown_payer", lang, "payer is not a customer and nothing identifies an invoice",
                  f"'{payer}' matches no customer, no customer_id; reference '{ref}' is no invoice in the ledger; amount equals no open balance in {cur}."),
                [])

    # -- 14 PO number that looks like an invoice number
    def po(self, d, same=False):
        rr = self.rr
        for c in self.custs(lambda c: not c.get("confirming")):
            cur = c["currency"]
            op = self.overdue_open(c, d)
            rr.shuffle(op)
            for inv in op:
                bal = self.st.bal[inv["id"]]
                if not self.st.unique_subset(c["id"], cur, bal):
                    continue
                k, y, n = parts(inv)
                if same:
                    look = [j for j in self.st.open(c["id"], cur) if j is not inv and parts(j)[0] == k]
                else:
                    look = [j for j in self.st.invs if j["customer_id"] != c["id"] and j["currency"] == cur and parts(j)[0] == k
                            and self.st.bal[j["id"]] > 0 and self.st.bal[j["id"]] != bal]
                if not look:
                    continue
                lk = rr.choice(look)
                lk_k, lk_y, lk_n = parts(lk)
                if k == "ES":
                    pon = f"{lk_y}/{lk_n:06d}"
                elif k == "PT":
                    pon = f"{lk_y}/{lk_n:05d}"
                else:
                    pon = str(lk_n)
                lang = lang_of(c, rr)
                ptxt = {"es-ES": "SU PEDIDO {p}", "ca": "COMANDA {p}", "pt-PT": "N/ENCOMENDA {p}", "es-MX": "OC {p}",
                        "es-CL": "OC N° {p}", "en": "PO {p}"}[lang].format(p=pon)
                ref = ptxt
                if same:
                    lab = L("review", [], bal, cur, "po_lookalike_same", lang,
                            f"PO {pon} reads like {lk['number']} of the same customer; amount fits {inv['number']}",
                            f"The text calls {pon} an order number, but {lk['number']} is an open invoice of the same customer with that number, while the amount {s(cur, bal)} equals {inv['number']}. Two readings: review, amount match first.",
                            cands=[[inv["id"]], [lk["id"]]])
                    apps = []
                else:
                    lab = L("applied", [(inv["id"], bal)], 0, cur, "po_lookalike", lang,
                            f"{pon} is a purchase order (invoice {lk['number']} belongs to another customer); amount equals {inv['number']}",
                            f"'{ptxt}' is the customer's order number; the invoice with those digits, {lk['number']}, belongs to {lk['customer_name']}. Customer known and the amount equals {inv['number']} only.")
                    apps = [(inv["id"], bal)]
                    self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
                return (P(d, bal, cur, payer_of(c, rr), c["id"], ref, None), lab, apps)

    # -- 15 genuinely ambiguous
    def amb_dup(self, d):
        rr = self.rr
        pairs = list(self.sp["dup"])
        rr.shuffle(pairs)
        for a, b in pairs:
            ia, ib = self.st.imap[a], self.st.imap[b]
            if self.st.bal[a] != ia["total"] or self.st.bal[b] != ib["total"] or ia.get("used_amb"):
                continue
            c = self.st.cmap[ia["customer_id"]]
            cur, amt = ia["currency"], ia["total"]
            vals = [cents(cur, self.st.bal[i["id"]]) for i in self.st.open(c["id"], cur, free=False)]
            if subset_count(vals, cents(cur, amt), cap=3) != 2:
                continue
            ia["used_amb"] = True
            lang = lang_of(c, rr)
            ref = {"es-ES": "PAGO PEDIDO CAJAS", "ca": "PAGAMENT CAIXES", "pt-PT": "PAGAMENTO FORNECEDOR", "es-MX": "SPEI PAGO PROVEEDOR",
                   "es-CL": "PAGO PROVEEDORES", "en": "SUPPLIER PAYMENT"}[lang]
            first, second = sorted([ia, ib], key=lambda i: (i["due_date"], i["number"]))
            return (P(d, amt, cur, payer_of(c, rr), c["id"], ref, None),
                    L("review", [], amt, cur, "ambiguous_same_amount", lang,
                      f"{ia['number']} and {ib['number']} both open for exactly this amount",
                      f"No reference; two open invoices of the customer ({first['number']}, {second['number']}) have the same balance {s(cur, amt)}. Oldest due first.",
                      cands=[[first["id"]], [second["id"]]]), [])

    def amb_subset(self, d):
        rr = self.rr
        for a, b, x, y in self.sp["subset"]:
            ids = [a, b, x, y]
            invs = [self.st.imap[i] for i in ids]
            if any(self.st.bal[i["id"]] != i["total"] for i in invs) or invs[0].get("used_amb"):
                continue
            c = self.st.cmap[invs[0]["customer_id"]]
            cur = c["currency"]
            amt = invs[0]["total"] + invs[1]["total"]
            vals = [cents(cur, self.st.bal[i["id"]]) for i in self.st.open(c["id"], cur, free=False)]
            if subset_count(vals, cents(cur, amt), cap=3) != 2:
                continue
            invs[0]["used_amb"] = True
            lang = lang_of(c, rr)
            ref = {"es-ES": "PAGO FACTURAS", "ca": "PAGAMENT FACTURES", "pt-PT": "PAGAMENTO FATURAS", "es-MX": "PAGO FACTURAS",
                   "es-CL": "PAGO FACTURAS", "en": "INVOICE PAYMENT"}[lang]
            s1 = sorted([invs[0], invs[1]], key=lambda i: i["number"])
            s2 = sorted([invs[2], invs[3]], key=lambda i: i["number"])
            pair = sorted([s1, s2], key=lambda p: min(i["due_date"] for i in p))
            return (P(d, amt, cur, payer_of(c, rr), c["id"], ref, None),
                    L("review", [], amt, cur, "ambiguous_subset", lang, "two different invoice pairs add up to the amount",
                      f"No numbers; {' + '.join(i['number'] for i in pair[0])} and {' + '.join(i['number'] for i in pair[1])} both sum to {s(cur, amt)}.",
                      cands=[[i["id"] for i in p] for p in pair]), [])

    def amb_homonym(self, d, with_ref=False):
        rr = self.rr
        a, b = self.sp["levante"]
        ia, ib = self.st.imap[a], self.st.imap[b]
        if self.st.bal[a] != ia["total"] or self.st.bal[b] != ib["total"]:
            return None
        ca, cb = self.st.cmap[ia["customer_id"]], self.st.cmap[ib["customer_id"]]
        payer = bank_name(ca["name"], 35)
        assert payer == bank_name(cb["name"], 35)
        if with_ref:
            tgt = rr.choice([ia, ib])
            ref = ref_line("es-ES", tgt["number"], rr, ca)
            amt = tgt["total"]
            self.sp["levante_done"] = tgt["id"]
            return (P(d, amt, "EUR", payer, None, ref, None),
                    L("applied", [(tgt["id"], amt)], 0, "EUR", "homonym_with_ref", "es-ES",
                      f"truncated payer fits two customers; reference {tgt['number']} decides",
                      f"'{payer}' is the truncated name of both {ca['name']} and {cb['name']}; the reference {tgt['number']} and the exact amount identify {tgt['customer_name']}."),
                    [(tgt["id"], amt)])
        if self.sp.get("levante_done"):
            return None
        amt = ia["total"]
        first, second = sorted([ia, ib], key=lambda i: (i["due_date"], i["number"]))
        self.sp["levante_done"] = "amb"
        return (P(d, amt, "EUR", payer, None, "TRANSFERENCIA " + payer[:20], None),
                L("review", [], amt, "EUR", "ambiguous_payer", "es-ES", "truncated payer name fits two customers with an invoice of this amount each",
                  f"'{payer}' is how the bank truncates both {ca['name']} and {cb['name']}; each has an open invoice of {s('EUR', amt)} ({ia['number']}, {ib['number']}).",
                  cands=[[first["id"]], [second["id"]]]), [])

    def amb_multibanco(self, d):
        rr = self.rr
        pool = [i for i in self.st.invs if i["number"].startswith("FT ") and self.st.bal[i["id"]] > 0 and i["id"] not in self.st.reserved
                and i["issue_date"] < d - timedelta(5)]
        rr.shuffle(pool)
        for inv in pool:
            bal = self.st.bal[inv["id"]]
            if sum(1 for j in self.st.invs if j["currency"] == "EUR" and self.st.bal[j["id"]] == bal) != 1:
                continue
            ref = "PAG SERV ENT %d REF %03d %03d %03d" % (rr.choice([21870, 11604]), rr.randint(100, 999), rr.randint(0, 999), rr.randint(0, 999))
            return (P(d, bal, "EUR", rr.choice(["PAGAMENTO MULTIBANCO", "SIBS PAGAMENTOS MB"]), None, ref, None),
                    L("review", [], bal, "EUR", "multibanco_anonymous", "pt-PT", f"anonymous Multibanco payment; amount equals {inv['number']} only",
                      f"Multibanco reference without payer or invoice number; the amount equals only {inv['number']} ({inv['customer_name']}) across all open EUR invoices, but an amount alone from an unidentified payer is not enough to apply.",
                      cands=[[inv["id"]]]), [])

    # -- 16 other currencies
    def fx_mismatch(self, d):
        rr = self.rr
        for c in self.custs(lambda c: c["currency"] in ("MXN", "CLP")):
            op = self.overdue_open(c, d)
            if not op:
                continue
            inv = rr.choice(op)
            bal = self.st.bal[inv["id"]]
            rate = Decimal("17.35") if c["currency"] == "MXN" else Decimal("948")
            amt = q("USD", bal / rate)
            lang = c["lang"]
            ref = ref_line(lang, inv["number"], rr, c) + " USD"
            return (P(d, amt, "USD", payer_of(c, rr), c["id"], ref, None),
                    L("review", [], amt, "USD", "currency_mismatch", lang, f"USD payment quotes {inv['number']}, which is in {inv['currency']}",
                      f"The customer paid {s('USD', amt)} USD quoting {inv['number']} ({s(inv['currency'], bal)} {inv['currency']}); no open USD invoice, cash cannot be applied across currencies. Review with that invoice as candidate.",
                      cands=[[inv["id"]]]), [])

    # -- 17 third parties: confirming banks, factoring companies, pagarés
    BANKS = ["BANCO MESETA SA", "CAIXA DEL LLEVANT SA", "BANCA CANTABRA SA"]

    def confirming(self, d, anticipated=False):
        rr = self.rr
        for c in self.custs(lambda c: c.get("confirming")):
            op = self.overdue_open(c, d, lag=10)
            if len(op) < 2:
                continue
            sel = sorted(rr.sample(op, rr.randint(2, min(6, len(op)))), key=lambda i: i["number"])
            nominal = sum(self.st.bal[i["id"]] for i in sel)
            bank = rr.choice(self.BANKS)
            orden = "%s%08d" % (d.strftime("%y%m"), rr.randint(0, 10 ** 8 - 1))
            body = (f"{bank.title()} - Servicio de Confirming\nOrdenante: {c['name']}\nBeneficiario: Ondacart Embalajes S.L.\n"
                    f"Orden de pago n.º {orden}  Fecha de vencimiento: {dmy(d)}\n\nDocumentos incluidos:\n")
            for i in sel:
                body += f"  {i['number']}   {fmt_es(self.st.bal[i['id']])} EUR\n"
            body += f"\nImporte nominal: {fmt_es(nominal)} EUR\n"
            if anticipated:
                days = rr.randint(20, 60)
                interest = q("EUR", nominal * Decimal("0.045") * days / 360)
                amt = nominal - interest
                body += f"Anticipo solicitado por el proveedor: {days} días al 4,50%\nIntereses: -{fmt_es(interest)} EUR\nLíquido abonado: {fmt_es(amt)} EUR\n"
            else:
                amt = nominal
                body += f"Importe abonado: {fmt_es(amt)} EUR\n"
            ref = ("ANTICIPO " if anticipated else "") + f"CONFIRMING {orden} {bank_name(c['name'], 30)}"
            if anticipated:
                return (P(d, amt, "EUR", bank, None, ref, body),
                        L("review", [], amt, "EUR", "confirming_discounted", "es-ES",
                          "confirming paid early net of interest; nominal covers the invoices, cash is less",
                          f"The confirming bank paid {len(sel)} invoices of {c['name']} in advance, net of {s('EUR', nominal - amt)} interest. Either the invoices are settled and the interest is our finance cost, or it is a short pay: a person decides.",
                          cands=[[i["id"] for i in sel]]), [])
            apps = [(i["id"], self.st.bal[i["id"]]) for i in sel]
            return (P(d, amt, "EUR", bank, None, ref, body),
                    L("applied", apps, 0, "EUR", "confirming", "es-ES", f"confirming bank pays for {c['name']}; listed invoices sum exactly",
                      f"Payer is the bank ({bank}); the confirming advice names the customer {c['name']} and lists {', '.join(i['number'] for i in sel)} with amounts adding up to the payment."),
                    apps)

    def factoring(self, d):
        rr = self.rr
        for c in self.custs(lambda c: c["country"] in ("MX", "CL") and c["currency"] != "USD"):
            op = self.overdue_open(c, d)
            if not op:
                continue
            inv = rr.choice(op)
            bal = self.st.bal[inv["id"]]
            cur = inv["currency"]
            if c["country"] == "MX":
                payer = rr.choice(["FACTORAJE BAJIO CAPITAL SA DE CV", "ARRENDADORA Y FACTOR DEL NORTE SA"])
                ref = f"SPEI {rr.randint(10 ** 6, 10 ** 7 - 1):07d} PAGO POR CTA DE {bank_name(c['name'], 30)} FACT {inv['number']}"
                rem = (f"Estimado proveedor:\nPor instrucciones de nuestro cliente {c['name']} (RFC {c['rfc']}), dentro del programa de "
                       f"factoraje a proveedores, le informamos el pago de la factura {inv['number']} por {money('es-MX', cur, bal)}.\n"
                       f"UUID CFDI: {uuid(rr)}\nAtentamente,\nMesa de Operaciones\n{payer.title()}")
                lang = "es-MX"
            else:
                payer = rr.choice(["FACTORING ANDINO SA", "SERVICIOS FINANCIEROS PEHUEN SPA"])
                ref = f"PAGO POR CTA {c['rut']} FACT {parts(inv)[2]}"
                rem = (f"Estimados:\nInformamos que por cuenta de nuestro cliente {c['name']}, RUT {c['rut']}, se pagó la factura "
                       f"N° {parts(inv)[2]:,} por {money('es-CL', cur, bal)}.\nSaludos,\nOperaciones - {payer.title()}").replace(",", ".")
                lang = "es-CL"
            self.st.paid_full.append((inv["id"], bal, c["id"], self.pid()))
            return (P(d, bal, cur, payer, None, ref, rem),
                    L("applied", [(inv["id"], bal)], 0, cur, "factoring_third_party", lang,
                      f"factoring company pays {inv['number']} for {c['name']}",
                      f"Payer is a factoring/financing company; its advice names the client {c['name']} and invoice {inv['number']}; amount equals the balance."),
                    [(inv["id"], bal)])

    def pagare(self, d):
        rr = self.rr
        for c in self.custs(lambda c: c["country"] == "ES" and not c.get("confirming") and not c["name"].startswith("Grupo Alim")):
            op = self.overdue_open(c, d, lag=20)
            if not op:
                continue
            sel = sorted(rr.sample(op, rr.randint(1, min(3, len(op)))), key=lambda i: i["number"])
            amt = sum(self.st.bal[i["id"]] for i in sel)
            n = "%d.%03d.%03d" % (rr.randint(1, 9), rr.randint(0, 999), rr.randint(0, 999))
            ref = f"COBRO PAGARE N {n.replace('.', '')} VTO {dmy(d)}"
            lang = c["lang"]
            if lang == "ca":
                rem = f"Benvolguts,\nUs vam lliurar el pagaré núm. {n} amb venciment {dmy(d)} per import de {money(lang, 'EUR', amt)}, en pagament de les factures {', '.join(i['number'] for i in sel)}.\nAtentament,\n{c['name']}"
            else:
                rem = f"Estimados señores:\nLes remitimos pagaré n.º {n} con vencimiento {dmy(d)} por importe de {money('es-ES', 'EUR', amt)}, en pago de las facturas {', '.join(i['number'] for i in sel)}.\nAtentamente,\n{c['name']}"
                lang = "es-ES"
            apps = [(i["id"], self.st.bal[i["id"]]) for i in sel]
            for i in sel:
                self.st.paid_full.append((i["id"], self.st.bal[i["id"]], c["id"], self.pid()))
            return (P(d, amt, "EUR", payer_of(c, rr), None, ref, rem),
                    L("applied", apps, 0, "EUR", "pagare", lang, "pagaré collected at maturity for the listed invoices",
                      f"The bank line only says pagaré {n} is collected; the drawer's letter lists {', '.join(i['number'] for i in sel)}, which sum to the amount."),
                    apps)

    # -- 18 bad rows
    def bad(self, d, k):
        rr = self.rr
        c = self.custs(lambda c: c["currency"] == "EUR" and not c.get("confirming"))[0]
        op = self.st.open(c["id"], "EUR") or self.st.open(c["id"], "EUR", free=False)
        inv = op[0]
        bal = s("EUR", self.st.bal[inv["id"]])
        payer = payer_of(c, rr)
        rows = {
            0: (("-" + bal), "EUR", f"DEVOLUCION TRANSFERENCIA {inv['number']}", "negative amount (a returned transfer), not a receipt"),
            1: ("0.00", "EUR", f"PAGO FRA {inv['number']}", "zero amount"),
            2: (bal, None, f"PAGO FRA {inv['number']}", "currency missing"),
            3: (fmt_es(Decimal(bal)), "EUR", f"PAGO FRA {inv['number']}", "amount is not a decimal string (Spanish formatting)"),
            4: (None, "EUR", f"PAGO FRA {inv['number']}", "amount missing"),
            5: (bal, "EURO", f"PAGO FRA {inv['number']}", "currency is not an ISO 4217 code"),
        }
        amount, cur, ref, why = rows[k]
        p = {"date": d.isoformat(), "amount": amount, "currency": cur, "payer_name": payer, "customer_id": c["id"],
             "reference": ref, "remittance": None}
        lab = {"status": "review", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
               "reason": "bad row: " + why, "scenario": "bad_row", "note": f"[bad_row, es-ES] Bad input row: {why}. Nothing can be applied; a person must look at it."}
        return p, lab, []


# ----------------------------------------------------------------- driver
PLAN = [("exact", 104), ("usd_exact", 7), ("variant", 35), ("typo", 10), ("amount_only", 30), ("multi", 30), ("range", 10),
        ("lump", 12), ("partial", 20), ("short", 21), ("short_multi", 5), ("overpay", 15), ("second", 12), ("nofit", 10),
        ("unknown", 9), ("unknown_quote", 4), ("po", 8), ("po_same", 3), ("amb_dup", 10), ("amb_subset", 4),
        ("amb_homonym", 1), ("homonym_ref", 1), ("multibanco", 3), ("conf_disc", 2), ("fx", 4), ("confirming", 9),
        ("factoring", 6), ("pagare", 4), ("bad", 6)]


def run():
    cs = build_customers()
    invs = build_invoices(cs)
    special = craft(cs, invs)
    st = State(cs, invs)
    for a, b in special["dup"]:
        st.reserved.update([a, b])
    for quad in special["subset"]:
        st.reserved.update(quad)
    st.reserved.update(special["levante"])
    g = Gen(st, special)
    rr = random.Random(SEED + 2)
    slots = [k for k, n in PLAN for _ in range(n)]
    rr.shuffle(slots)
    # second payments need something paid earlier; the homonym review must come before the homonym with a reference
    for k in range(len(slots)):
        if slots[k] == "second" and k < 90:
            j = rr.randint(150, len(slots) - 1)
            slots[k], slots[j] = slots[j], slots[k]
    ia, ib = slots.index("amb_homonym"), slots.index("homonym_ref")
    if ia > ib:
        slots[ia], slots[ib] = slots[ib], slots[ia]
    days = [date(2026, 3, 2) + timedelta(x) for x in range(60)]
    days = [x for x in days if x.weekday() < 5 and x <= date(2026, 4, 30)]
    dates = sorted(rr.choice(days) for _ in slots)
    bad_k = 0
    fallbacks = 0
    for slot, d in zip(slots, dates):
        fn = {
            "exact": lambda: g.exact(d), "usd_exact": lambda: g.exact(d, "usd_exact_ref", usd=True),
            "variant": lambda: g.variant_ref(d), "typo": lambda: g.typo(d), "amount_only": lambda: g.amount_only(d),
            "multi": lambda: g.multi(d), "range": lambda: g.rng_range(d), "lump": lambda: g.lump(d),
            "partial": lambda: g.partial(d), "short": lambda: g.short(d), "short_multi": lambda: g.short(d, True),
            "overpay": lambda: g.overpay(d), "second": lambda: g.second(d), "nofit": lambda: g.nofit(d),
            "unknown": lambda: g.unknown(d), "unknown_quote": lambda: g.unknown(d, True), "po": lambda: g.po(d),
            "po_same": lambda: g.po(d, True), "amb_dup": lambda: g.amb_dup(d), "amb_subset": lambda: g.amb_subset(d),
            "amb_homonym": lambda: g.amb_homonym(d), "homonym_ref": lambda: g.amb_homonym(d, True),
            "multibanco": lambda: g.amb_multibanco(d), "conf_disc": lambda: g.confirming(d, True),
            "fx": lambda: g.fx_mismatch(d), "confirming": lambda: g.confirming(d), "factoring": lambda: g.factoring(d),
            "pagare": lambda: g.pagare(d),
        }.get(slot)
        if slot == "bad":
            res = g.bad(d, bad_k)
            bad_k += 1
        else:
            res = None
            for _ in range(5):
                res = fn()
                if res:
                    break
            if not res:
                fallbacks += 1
                res = g.exact(d)
        pay, lab, apps = res
        pid = g.pid()
        pay = dict(id=pid, **pay)
        lab = dict(payment_id=pid, **lab)
        st.apply(apps)
        g.payments.append(pay)
        g.labels.append(lab)
    # exact invoices export: the balances as they were before the batch
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump([inv_json(i) for i in invs], f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
        json.dump(g.payments, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(g.labels, f, ensure_ascii=False, indent=1)
    return cs, invs, g, fallbacks



def write_readme(cs, invs, g):
    from collections import Counter
    labs, pays = g.labels, g.payments
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    lg = Counter(l["note"].split(", ", 1)[1].split("]", 1)[0] for l in labs)
    cu = Counter(str(p["currency"]) for p in pays)
    ic = Counter(i["currency"] for i in invs)
    cc = Counter(c["country"] for c in cs)
    scen_status = {}
    for l in labs:
        scen_status.setdefault(l["scenario"], Counter())[l["status"]] += 1
    rows = "\n".join(f"| `{k}` | {n} | {', '.join(f'{a} {b}' for a, b in scen_status[k].items())} |" for k, n in sorted(sc.items(), key=lambda x: -x[1]))
    md = f"""# Blind cash-application set `{LEDGER}`

Theme: **Ondacart**, a made-up corrugated-packaging and labels group with entities in Spain
(Ondacart Embalajes S.L., EUR), Portugal (Ondacart Embalagens, Lda., EUR), Mexico (Ondacart México
S.A. de C.V., MXN and USD) and Chile (Ondacart Chile SpA, CLP and USD). Customers are food producers,
wineries, e-commerce warehouses and retailers. All company names, banks, RUT/RFC numbers, UUIDs and
references are invented. Generated by `build.py` (seed {SEED}, stdlib only); `check.py` re-verifies.

Written for the contract `contracts/cash-application.md` without seeing any engine.

## Files

| file | content |
|---|---|
| `{LEDGER}/invoices.json` | {len(invs)} open invoices of {len(cs)} customers (ES {cc['ES']}, PT {cc['PT']}, MX {cc['MX']}, CL {cc['CL']}); currencies {dict(ic)} |
| `{LEDGER}/payments.json` | {len(pays)} payments, oldest first, 2026-03-02 .. 2026-04-30; currencies {dict(cu)} |
| `{LEDGER}/labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |
| `build.py` / `check.py` | generator / verifier |

## Data conventions

- Invoice numbers: Spain `F25-000444` / `F26-000311` (series per year, so the same sequence can exist in
  two years); Portugal `FT 2026/00482`; Mexico CFDI serie-folio `A-17869` (MXN) and `E-2081` (USD exports);
  Chile factura electrónica `FE-48156` (CLP) and factura de exportación `FEX-1204` (USD). Numbering is
  interleaved across customers with gaps (paid invoices are not in the open list).
- Amounts are decimal strings; **CLP has no decimals** and is written as an integer string (`"10113858"`),
  in invoices, payments and labels alike (also `unapplied: "0"` for CLP). Compare amounts numerically.
- `payer_name` is the bank's rendering: upper case, no accents, no dots, truncated (ES 35, PT 30, MX 40,
  CL 30, USD wires 35 characters). `customer_id` is given on about half of the rows; third parties
  (confirming banks, factoring companies, Multibanco, unknown payers) have `null`.
- References look like the banks' concept fields: SEPA concepts (`PAGO FRA`, `N/PAGO`, `LIQ FRA`), Catalan
  (`PAGAMENT FRA`), SPEI concepts with a 7-digit numeric reference, clave de rastreo and CFDI UUIDs (UUIDs
  are not in the ledger: noise), Chilean TEF lines with the payer's RUT, Multibanco `ENT/REF`, pagaré
  collections, confirming orders. Remittance advices are free text in es-ES, ca, pt-PT, es-MX, es-CL, en,
  with local number formats (`1.234,56 €`, `1 234,56 €`, `$12,345.67 MXN`, `$1.250.000`, `US$ 1.234,56`).

## Label conventions

- Payments are processed in order; every label uses only what earlier labels left open (a second payment
  of an invoice paid earlier in this file is `unapplied`).
- `applications` + `unapplied` = payment amount for every valid row. `review` rows apply nothing and carry
  the whole amount in `unapplied`.
- `candidates` is a list of invoice-id lists (each list one candidate set), best first. For equal-weight
  candidates the set with the oldest due date comes first; when one reading is the amount match it is first.
  Unknown payers with nothing to go on have `candidates: []`.
- `short_pay` is `{{invoice_id, amount, reason}}` only when the remittance states a deduction (early-payment
  discount, damaged/missing goods, logistics rebate, price difference, bank charges). `reason` is a short
  English summary (free text; compare loosely). A part payment stated as such (`a cuenta`, `abono parcial`,
  `1ª prestação`) is `partial` with `short_pay: null`.
- An overpayment applies the referenced invoice(s) in full and leaves the excess as `unapplied`
  (status `unapplied`), only when the excess fits no other open invoice of the customer.
- Applying on amount alone is labelled `applied` only when the customer is identified and the amount equals
  exactly one combination of that customer's open invoices in that currency (checked by subset-sum over all
  its open invoices, not only single invoices).
- Bad rows (negative, zero or missing amount, non-decimal amount, missing or non-ISO currency) are labelled
  `review`, nothing applied, `unapplied: "0.00"`, no candidates. The contract defines no `error` field, so
  none is added; the reason is in `reason`/`note`.
- `reason` is a human summary, not meant to be compared.

## Counts

Status: {dict(st)}

| scenario | n | status |
|---|---|---|
{rows}

Language of the text the decision rests on (from `note`): {dict(lg)}

## Deliberately hard

- Reformatted references (`181/26`, `F-25-537`, `F26000268`, `A 17869`, `N° 48.213`, `FT2026/482`) and
  one-digit typos / transpositions that resolve only together with the exact amount.
- Purchase-order numbers (`OC 17923`, `SU PEDIDO 26/000415`, `N/ENCOMENDA 2026/00512`) whose digits are an
  open invoice of another customer (applied to the amount match) or of the same customer (review).
- Ranges (`FRAS F25-000398 A 412`): numbers in between belong to other customers.
- Lump sums without numbers ("pago facturas vencidas", "liquidación saldo") that equal one unique subset;
  and crafted customers where two different invoice pairs add up to the same amount (review).
- Recurring orders with two open invoices of identical amount (review).
- Two customers whose names truncate to the same 35 characters (`GRUPO ALIMENTARIO LEVANTE CONSERVAS`):
  review without a reference, applied when the reference names the invoice.
- Third parties: confirming banks paying lists for big retailers (and one paid early net of interest:
  review), factoring companies paying for Mexican and Chilean clients, pagarés collected at maturity
  whose bank line carries no invoice number.
- Anonymous Multibanco payments whose amount happens to equal exactly one open invoice (review).
- USD payments quoting MXN/CLP invoices (review: no cross-currency application).
- Second payments of invoices settled earlier in the same file (held unapplied).
- Advance payments for orders and payments quoting invoices that are no longer open (known customer, fits
  nothing: unapplied).
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(md)


if __name__ == "__main__":
    cs, invs, g, fb = run()
    from collections import Counter
    print(len(cs), "customers", len(invs), "invoices", len(g.payments), "payments", "fallbacks", fb)
    print(Counter(l["scenario"] for l in g.labels))
    print(Counter(l["status"] for l in g.labels))
    write_readme(cs, invs, g)
