#!/usr/bin/env python3
"""Deterministic generator for the ledger_iberia cash-application held-out set.

Stdlib only. `python3 build.py` rewrites ledger_iberia/*.json and README.md byte for byte.
Theme: hotel and catering equipment supplier in Spain and Portugal (EUR, a few GBP hotel groups).
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta

SEED = 122_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_iberia")

rng = random.Random(SEED)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def fmt(c):
    """cents -> '1234.56'"""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (sign, c // 100, c % 100)


def es_amt(c):
    """cents -> '1.234,56' (Spanish / Portuguese style)"""
    s = "%d" % (c // 100)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ".".join(parts) + ",%02d" % (c % 100)


def pt_amt(c):
    """cents -> '1 234,56' (Portuguese with space thousands)"""
    return es_amt(c).replace(".", " ")


def uk_amt(c):
    s = "{:,}".format(c // 100)
    return "%s.%02d" % (s, c % 100)


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def bank_name(name, maxlen=None):
    """Truncated upper-case payer name as a bank statement shows it."""
    s = strip_accents(name).upper()
    s = s.replace("S.L.U.", "SLU").replace("S.L.", "SL").replace("S.A.", "SA").replace("LDA.", "LDA")
    s = s.replace(",", "").replace(".", "").replace("&", "Y" if "HOTELES" in s else "AND")
    s = " ".join(s.split())
    if maxlen is None:
        maxlen = rng.choice([18, 20, 24, 27, 30, 35, 35, 35])
    return s[:maxlen].rstrip()


_used_ids = set()


def rid(prefix, alphabet, n):
    while True:
        s = prefix + "".join(rng.choice(alphabet) for _ in range(n))
        if s not in _used_ids:
            _used_ids.add(s)
            return s


HEX = "0123456789abcdef"
B32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DIG = "0123456789"


# ----------------------------------------------------------------------------------------------
# stage 1: customers
# ----------------------------------------------------------------------------------------------
ES_PLACES = ["Playa Dorada", "Sol de Levante", "Mirador del Puerto", "Alcazaba", "Las Dunas", "La Caleta",
             "Costa Brava Mar", "Puerta de Toledo", "Sierra Nevada", "Cala Blanca", "Los Olivos", "El Faro",
             "Bahía Azul", "Plaza Mayor", "San Telmo", "Monte Alto", "Río Segura", "La Concha", "Torre del Mar",
             "Vista Hermosa", "Los Arcos", "Galicia Atlántica", "Ribera del Duero", "Puerto Banús",
             "Marina Real", "Santa Cruz", "Jardines del Turia", "Palacio de Aranda", "Mar Menor", "Cabo de Gata",
             "Casa Lola", "El Rincón de Pepe", "La Barraca", "Asturias Verde", "Peñíscola Park", "Isla Bonita",
             "Nuevo Reino", "Tres Carabelas", "Los Almendros", "La Alhambra", "Zurbarán", "Goya Centro",
             "Montseny", "Gran Vía", "Valle del Jerte", "Camino Real", "Doña Elvira", "Las Arenas", "Cibeles",
             "Triana", "Albaicín", "Benidorm Sun", "Salou Beach", "Lanzarote Park", "Formentor",
             "La Rioja Alta", "Rías Baixas", "Cuatro Vientos", "Mirasierra", "Guadalquivir"]
PT_PLACES = ["Atlântico Sul", "Ribeira", "Alfama", "Douro Vinhas", "Cascais Praia", "Sintra Serra", "Algarve Mar",
             "Baixa Pombalina", "Foz do Arelho", "Nazaré Onda", "Aveiro Ria", "Coimbra Velha", "Évora Muralha",
             "Madeira Jardim", "Açores Verde", "Vilamoura Golfe", "Tavira Sol", "Lagos Marina", "Chiado",
             "Belém Torre", "Braga Minho", "Guimarães Castelo", "Viseu Dão", "Óbidos Vila", "Peniche Cabo",
             "Setúbal Arrábida", "Estoril Costa", "Póvoa Mar", "Figueira Foz", "Albufeira Rocha",
             "Portimão Praia", "Fátima Paz", "Tomar Templo", "Mértola Rio", "Sagres Farol", "Alentejo Planície"]
ES_TOWNS = ["Marbella", "Benidorm", "Salou", "Lloret de Mar", "Torremolinos", "Calvià", "Adeje", "Sanxenxo",
            "Peñíscola", "Nerja", "Cambrils", "Jávea", "Tarifa", "Comillas", "Ronda", "Cuenca", "Segovia",
            "Toledo", "Úbeda", "Laredo", "Zarautz", "Ribadeo", "Altea", "Conil de la Frontera"]
PT_TOWNS = ["Albufeira", "Loulé", "Cascais", "Sintra", "Óbidos", "Tavira", "Lagos", "Nazaré", "Vila Nova de Gaia",
            "Matosinhos", "Funchal", "Ponta Delgada", "Évora", "Viana do Castelo", "Portimão", "Peniche"]
GBP_GROUPS = ["Sunmark Hotels Group Ltd", "Brightwater Resorts plc", "Harbourline Hospitality Ltd",
              "Calder & Finch Hotels Ltd", "Albion Coast Hotels Ltd", "Pennant Leisure Holdings Ltd"]

customers = []  # dicts: id, name, country, kind, currency, size, payer variants
_names = set()


def add_customer(name, country, kind, currency="EUR", size=None):
    assert name not in _names, name
    _names.add(name)
    if size is None:
        size = {"hotel": rng.choice([2, 3, 4, 5, 6, 8]), "group": rng.choice([12, 16, 20, 25, 30]),
                "restaurant": rng.choice([1, 1, 2, 2, 3, 4]), "caterer": rng.choice([3, 4, 6, 8, 10]),
                "hospital": rng.choice([4, 6, 8, 10]), "council": rng.choice([3, 4, 5, 6, 8]),
                "gbp": rng.choice([8, 10, 12])}[kind]
    c = {"id": rid("CLI-", DIG, 6), "name": name, "country": country, "kind": kind, "currency": currency,
         "size": size}
    customers.append(c)
    return c


def build_customers():
    es_pl = ES_PLACES[:]
    pt_pl = PT_PLACES[:]
    rng.shuffle(es_pl)
    rng.shuffle(pt_pl)
    # deliberate near-namesakes (truncated bank names cannot tell them apart)
    add_customer("Hoteles Mediterráneo S.A.", "ES", "group")
    add_customer("Hoteles Mediterráneo Baleares S.L.", "ES", "hotel", size=6)
    add_customer("Restaurante Casa Pepe S.L.", "ES", "restaurant", size=4)
    add_customer("Restaurante Casa Pepe Madrid S.L.", "ES", "restaurant", size=4)
    add_customer("Hotel Atlântico, Lda.", "PT", "hotel", size=5)
    add_customer("Hotel Atlântico Mar, Unipessoal Lda.", "PT", "hotel", size=5)
    add_customer("Catering Levante S.L.", "ES", "caterer", size=6)
    add_customer("Catering Levante Sur S.L.", "ES", "caterer", size=6)
    for g in GBP_GROUPS:
        add_customer(g, "GB", "gbp", currency="GBP")
    # Spain
    es_hotel_fmt = ["Hotel {p} S.L.", "Hotel {p} S.A.", "Hostal {p} S.L.", "Apartahotel {p} S.L.",
                    "Gran Hotel {p} S.A.", "Hotel Spa {p} S.L.U."]
    es_rest_fmt = ["Restaurante {p} S.L.", "Asador {p} S.L.", "Marisquería {p} S.L.", "Arrocería {p} S.L.",
                   "Cafetería {p} S.L.U.", "Taberna {p} S.L."]
    es_cat_fmt = ["Catering {p} S.L.", "Cocinas Colectivas {p} S.A.", "Eventos y Banquetes {p} S.L."]
    es_hosp_fmt = ["Hospital {p} S.A.", "Clínica {p} S.L.", "Residencia de Mayores {p} S.L."]
    es_group_fmt = ["Grupo Hotelero {p} S.A.", "Hoteles {p} S.A."]
    i = 0

    def nxt_es():
        nonlocal i
        p = es_pl[i % len(es_pl)]
        i += 1
        return p
    j = 0

    def nxt_pt():
        nonlocal j
        p = pt_pl[j % len(pt_pl)]
        j += 1
        return p

    def add_unique(fmts, nxt, country, kind):
        for _ in range(50):
            n = rng.choice(fmts).format(p=nxt())
            if n not in _names:
                return add_customer(n, country, kind)
        raise RuntimeError("names exhausted")

    for _ in range(75):
        add_unique(es_hotel_fmt, nxt_es, "ES", "hotel")
    for _ in range(60):
        add_unique(es_rest_fmt, nxt_es, "ES", "restaurant")
    for _ in range(14):
        add_unique(es_cat_fmt, nxt_es, "ES", "caterer")
    for _ in range(12):
        add_unique(es_hosp_fmt, nxt_es, "ES", "hospital")
    for _ in range(6):
        add_unique(es_group_fmt, nxt_es, "ES", "group")
    for t in ES_TOWNS[:18]:
        add_customer("Ayuntamiento de " + t, "ES", "council")
    for n in ["Servicio Andaluz de Salud - Hospital Costa del Sol", "Servizo Galego de Saúde - CHU Vigo",
              "Consorci Sanitari de Tarragona", "Servicio Murciano de Salud - H. Santa Lucía"]:
        add_customer(n, "ES", "hospital")
    # Portugal
    pt_hotel_fmt = ["Hotel {p}, Lda.", "Hotel {p}, S.A.", "Pousada {p}, Lda.", "Aparthotel {p}, Unipessoal Lda."]
    pt_rest_fmt = ["Restaurante {p}, Lda.", "Restaurante {p}, Unipessoal Lda.", "Marisqueira {p}, Lda.",
                   "Tasca {p}, Unipessoal Lda."]
    pt_cat_fmt = ["{p} Catering, S.A.", "{p} Eventos e Catering, Lda."]
    pt_hosp_fmt = ["Hospital Privado {p}, S.A.", "Clínica {p}, Lda.", "Lar {p}, IPSS"]
    for _ in range(35):
        add_unique(pt_hotel_fmt, nxt_pt, "PT", "hotel")
    for _ in range(30):
        add_unique(pt_rest_fmt, nxt_pt, "PT", "restaurant")
    for _ in range(7):
        add_unique(pt_cat_fmt, nxt_pt, "PT", "caterer")
    for _ in range(6):
        add_unique(pt_hosp_fmt, nxt_pt, "PT", "hospital")
    add_unique(["Hotéis {p}, S.A.", "Grupo {p} Hotelaria, S.A."], nxt_pt, "PT", "group")
    add_unique(["Hotéis {p}, S.A.", "Grupo {p} Hotelaria, S.A."], nxt_pt, "PT", "group")
    for t in PT_TOWNS[:12]:
        add_customer("Câmara Municipal de " + t, "PT", "council")
    for n in ["Centro Hospitalar Universitário do Algarve, E.P.E.", "Unidade Local de Saúde de Matosinhos, E.P.E."]:
        add_customer(n, "PT", "hospital")


build_customers()
CUST = {c["id"]: c for c in customers}


# ----------------------------------------------------------------------------------------------
# stage 2: invoices
# ----------------------------------------------------------------------------------------------
invoices = []  # internal dicts; exported fields chosen at the end
ISSUE_START = date(2025, 10, 1)
ISSUE_END = date(2026, 2, 27)


def rand_day(a, b):
    return a + timedelta(days=rng.randrange((b - a).days + 1))


BASE_RANGE = {"restaurant": (90, 4500), "hotel": (250, 14000), "group": (400, 26000), "caterer": (200, 12000),
              "hospital": (300, 22000), "council": (250, 16000), "gbp": (800, 18000)}


def rand_base(kind, service=False):
    lo, hi = (60, 1400) if service else BASE_RANGE[kind]
    # log-uniform-ish
    x = lo * (hi / lo) ** rng.random()
    cents = int(x * 100)
    if rng.random() < 0.3:
        cents = cents // 100 * 100  # round euros for list prices
    return max(cents, 1000)


def vat_rate(c):
    return {"ES": 21, "PT": 23, "GB": 0}[c["country"]]


def add_invoice(c, base, service, issue, reserve=None, tag=None, total=None):
    rate = vat_rate(c)
    if total is None:
        total = base + (base * rate + 50) // 100
    if c["country"] == "PT":
        series = "FTB" if service else "FTA"
    else:
        series = "FAC" if service else "FV"
    terms = 30 if c["kind"] in ("council",) else rng.choice([30, 60, 60, 90]) if c["country"] == "ES" else \
        rng.choice([30, 30, 60]) if c["country"] == "PT" else 45
    inv = {"id": rid("in_", "abcdefghjkmnpqrstuvwxyz23456789", 8), "customer": c, "series": series,
           "issue": issue, "due": issue + timedelta(days=terms), "total": total, "balance": total,
           "base": base, "service": service, "reserve": reserve, "tag": tag, "number": None}
    invoices.append(inv)
    return inv


def build_invoices():
    for c in customers:
        start = date(2025, 6, 2) if c["kind"] in ("council", "hospital") and rng.random() < 0.5 else ISSUE_START
        for _ in range(c["size"]):
            service = c["kind"] != "gbp" and rng.random() < 0.2
            add_invoice(c, rand_base(c["kind"], service), service, rand_day(start, ISSUE_END))
    # maintenance contracts: identical monthly instalments (natural amount ambiguity)
    maint = [c for c in customers if c["kind"] in ("hotel", "hospital", "caterer", "group")]
    rng.shuffle(maint)
    for c in maint[:42]:
        base = rng.choice([18000, 21500, 24000, 29000, 32500, 41000, 45000, 52000, 60000])
        months = [date(2025, 12, 1), date(2026, 1, 2), date(2026, 2, 2)]
        for d in months[3 - rng.choice([2, 3]):]:
            add_invoice(c, base, True, d, tag="maintenance")
    # one invoice equal to the sum of two others (single vs pair ambiguity)
    cands = [c for c in customers if c["kind"] in ("hotel", "restaurant", "caterer") and c["currency"] == "EUR"
             and not c["name"].startswith(("Hoteles Medit", "Restaurante Casa Pepe", "Hotel Atl", "Catering Lev"))]
    rng.shuffle(cands)
    for c in cands[:6]:
        b = add_invoice(c, rand_base(c["kind"]), False, rand_day(ISSUE_START, date(2026, 1, 10)),
                        reserve="single_vs_pair")
        cc = add_invoice(c, rand_base(c["kind"]), False, rand_day(ISSUE_START, date(2026, 1, 10)),
                         reserve="single_vs_pair")
        a = add_invoice(c, 0, False, rand_day(date(2026, 1, 12), ISSUE_END), reserve="single_vs_pair",
                        total=b["total"] + cc["total"])
        a["base"] = a["total"] * 100 // (100 + vat_rate(c))
    # councils: two different pairs with the same sum
    councils = [c for c in customers if c["kind"] == "council" and c["country"] == "ES"]
    rng.shuffle(councils)
    for c in councils[:4]:
        while True:
            A, B, C = (rand_base("council") * 121 // 100 for _ in range(3))
            D = A + B - C
            if D > 20000 and len({A, B, C, D}) == 4:
                break
        for t in (A, B, C, D):
            add_invoice(c, t * 100 // 121, False, rand_day(date(2025, 9, 1), ISSUE_END), reserve="pair_pair",
                        total=t)
    # truncated-name twins: give each twin one invoice of the same amount
    twins = [("Hoteles Mediterráneo S.A.", "Hoteles Mediterráneo Baleares S.L."),
             ("Restaurante Casa Pepe S.L.", "Restaurante Casa Pepe Madrid S.L."),
             ("Hotel Atlântico, Lda.", "Hotel Atlântico Mar, Unipessoal Lda."),
             ("Catering Levante S.L.", "Catering Levante Sur S.L.")]
    byname = {c["name"]: c for c in customers}
    for n1, n2 in twins:
        c1, c2 = byname[n1], byname[n2]
        base = rand_base("restaurant")
        for c in (c1, c2):
            add_invoice(c, base, False, rand_day(ISSUE_START, ISSUE_END), reserve="twin")
    # some invoices were already part-paid before this period
    for inv in invoices:
        if inv["reserve"] is None and inv["tag"] is None and rng.random() < 0.08 and inv["total"] > 20000:
            paid = inv["total"] * rng.choice([25, 30, 40, 50]) // 100
            inv["balance"] = inv["total"] - paid


def number_invoices():
    start = {("FV", 2025): 3104, ("FV", 2026): 1, ("FAC", 2025): 812, ("FAC", 2026): 1,
             ("FTA", 2025): 1457, ("FTA", 2026): 1, ("FTB", 2025): 296, ("FTB", 2026): 1}
    order = sorted(invoices, key=lambda v: (v["series"], v["issue"].year, v["issue"], v["id"]))
    counters = dict(start)
    for v in order:
        key = (v["series"], v["issue"].year)
        n = counters[key] + rng.choice([0, 0, 1, 1, 2, 3])
        counters[key] = n + 1
        v["n"] = n
        y = v["issue"].year
        if v["series"] == "FV":
            v["number"] = "FV %d/%05d" % (y, n)
        elif v["series"] == "FAC":
            v["number"] = "FAC-%02d-%04d" % (y % 100, n)
        elif v["series"] == "FTA":
            v["number"] = "FT %dA/%d" % (y, n)
        else:
            v["number"] = "FT %dB/%d" % (y, n)


build_invoices()
number_invoices()
INV = {v["id"]: v for v in invoices}
BYNUM = {v["number"]: v for v in invoices}
assert len(BYNUM) == len(invoices)
for c in customers:
    c["invoices"] = sorted([v for v in invoices if v["customer"] is c], key=lambda v: (v["issue"], v["number"]))


# ----------------------------------------------------------------------------------------------
# stage 3: text helpers
# ----------------------------------------------------------------------------------------------
for v in invoices:
    v["bal"] = v["balance"]      # running balance while payments are generated in file order
    v["touched"] = v["reserve"] is not None


def lang_of(c):
    return {"ES": "es", "PT": "pt", "GB": "en"}[c["country"]]


def num_variant(v, plain=False):
    """How a payer writes an invoice number (always unambiguous for a human)."""
    y, n = v["issue"].year, v["n"]
    if plain:
        return v["number"]
    s = v["series"]
    if s == "FV":
        opts = ["FV %d/%05d" % (y, n), "FV%d/%05d" % (y, n), "FV %d-%05d" % (y, n), "FV-%d-%05d" % (y, n),
                "FV %d/%d" % (y, n), "FV%d%05d" % (y, n)]
    elif s == "FAC":
        opts = ["FAC-%02d-%04d" % (y % 100, n), "FAC %02d %04d" % (y % 100, n), "FAC%02d-%04d" % (y % 100, n),
                "FAC-%02d-%d" % (y % 100, n), "FAC/%02d/%04d" % (y % 100, n)]
    else:
        L = s[-1]
        opts = ["FT %d%s/%d" % (y, L, n), "FT%d%s/%d" % (y, L, n), "FT %d%s %d" % (y, L, n),
                "FT %d%s-%d" % (y, L, n), "FT %d%s/%d" % (y, L, n)]
    return v["number"] if rng.random() < 0.45 else rng.choice(opts)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def amt_txt(c, cents):
    if c["country"] == "GB":
        return uk_amt(cents)
    if c["country"] == "PT" and rng.random() < 0.5:
        return pt_amt(cents)
    return es_amt(cents)


def remittance(c, rows, total, paydate, head=None, extra_lines=()):
    """rows: list of (invoice, amount_cents, optional comment)."""
    lg = lang_of(c)
    if lg == "es":
        title = head or rng.choice(["AVISO DE PAGO", "Aviso de transferencia", "COMUNICACION DE PAGO",
                                     "Detalle de facturas pagadas"])
        h = ["%s" % title, "Ordenante: %s" % c["name"], "Fecha valor: %s" % dmy(paydate), "",
             "Factura              Fecha        Importe"]
        tot = "Total transferido: %s EUR" % es_amt(total)
    elif lg == "pt":
        title = head or rng.choice(["AVISO DE PAGAMENTO", "Aviso de pagamento", "COMUNICAÇÃO DE PAGAMENTO",
                                     "Nota de pagamento"])
        h = [title, "Cliente: %s" % c["name"], "Data: %s" % dmy(paydate), "",
             "Documento            Data         Valor"]
        tot = "Total pago: %s EUR" % amt_txt(c, total)
    else:
        title = head or rng.choice(["REMITTANCE ADVICE", "Payment advice", "Remittance Advice - BACS"])
        h = [title, "From: %s" % c["name"], "Payment date: %s" % paydate.strftime("%d %b %Y"), "",
             "Invoice              Date         Amount"]
        tot = "Total paid: GBP %s" % uk_amt(total)
    lines = list(h)
    for v, a, com in rows:
        ln = "%-20s %-12s %10s" % (num_variant(v), dmy(v["issue"]), amt_txt(c, a))
        if com:
            ln += "  " + com
        lines.append(ln)
    lines.extend(extra_lines)
    lines.append(tot)
    return "\n".join(lines)


def list_numbers(vs):
    """'FV 2026/00123, 00145 Y 00187' style compact list (same series-year share a prefix)."""
    vs = sorted(vs, key=lambda v: v["number"])
    out = []
    prev = None
    for v in vs:
        key = (v["series"], v["issue"].year)
        if key == prev and v["series"] in ("FV", "FTA", "FTB") and rng.random() < 0.6:
            out.append(("%05d" % v["n"]) if v["series"] == "FV" else str(v["n"]))
        else:
            out.append(num_variant(v))
        prev = key
    return out


def join_list(items, lang):
    if len(items) == 1:
        return items[0]
    conj = {"es": " Y ", "pt": " E ", "en": " AND "}[lang]
    sep = rng.choice([", ", " ", "/ "]) if lang != "en" else ", "
    if rng.random() < 0.5:
        return sep.join(items)
    return sep.join(items[:-1]) + conj + items[-1]


# ----------------------------------------------------------------------------------------------
# stage 4: payment scenarios (generated and labelled in file order)
# ----------------------------------------------------------------------------------------------
payments = []
labels = []
paid_in_file = []     # (invoice, payment) fully paid by a payment of this file
part_paid = []        # invoices left open on purpose by a part payment
returned = []         # invoices whose direct debit came back (negative row)
CUR_DATE = [date(2026, 3, 2)]


def D():
    return CUR_DATE[0]


def weighted_customer(pred):
    cs = [c for c in customers if pred(c)]
    if not cs:
        return None
    return rng.choices(cs, weights=[c["size"] for c in cs])[0]


def free(c, reserve=None, tag_ok=True):
    return [v for v in c["invoices"] if v["bal"] > 0 and not v["touched"] and v["reserve"] == reserve
            and (tag_ok or v["tag"] is None)]


def opens(c, currency=None):
    return [v for v in c["invoices"] if v["bal"] > 0 and (currency is None or c["currency"] == currency)]


def unique_amount(c, v):
    """v's balance matches no other open invoice of c, and no pair of c's open invoices."""
    others = [w for w in opens(c) if w is not v]
    if any(w["bal"] == v["bal"] for w in others):
        return False
    bals = [w["bal"] for w in opens(c)]
    for i in range(len(bals)):
        for j in range(i + 1, len(bals)):
            if bals[i] + bals[j] == v["bal"]:
                return False
    return True


def fits_nothing(c, amount):
    bals = [w["bal"] for w in opens(c)]
    if amount in bals:
        return False
    for i in range(len(bals)):
        for j in range(i + 1, len(bals)):
            if bals[i] + bals[j] == amount:
                return False
    return sum(bals) != amount


def emit(scn, c, amount, payer, cust_known, reference, remittance_txt, status, apps=(), unapplied=0,
         short=None, cands=(), reason="", note="", currency=None, lang=None):
    currency = currency or (c["currency"] if c else "EUR")
    p = {"id": rid("PMT-", B32, 10), "date": D().isoformat(), "amount": fmt(amount), "currency": currency,
         "payer_name": payer, "customer_id": c["id"] if (c and cust_known) else None,
         "reference": reference, "remittance": remittance_txt}
    lab = {"payment_id": p["id"], "status": status,
           "applications": [{"invoice_id": v["id"], "amount": fmt(a)} for v, a in apps],
           "unapplied": fmt(unapplied),
           "short_pay": None if short is None else {"invoice_id": short[0]["id"], "amount": fmt(short[1]),
                                                     "reason": short[2]},
           "candidates": [[v["id"] for v in s] for s in cands],
           "reason": reason, "scenario": scn, "note": note}
    assert sum(a for _, a in apps) + unapplied == amount, (scn, amount)
    for v, a in apps:
        assert 0 < a <= v["bal"], (scn, v["number"], a, v["bal"])
        assert v["customer"]["currency"] == currency
        v["bal"] -= a
        v["touched"] = True
        if v["bal"] == 0:
            paid_in_file.append((v, p))
    for s in cands:
        for v in s:
            v["touched"] = True
    payments.append(p)
    labels.append(lab)
    p["_lang"] = lang or (lang_of(c) if c else "es")
    return p


def maybe_known(c, pk=0.75):
    return rng.random() < pk


# --- reference scenarios ------------------------------------------------------------------------
ES_REF_SINGLE = ["PAGO FRA {n}", "FRA. {n} {name}", "N/PAGO FACT {n}", "LIQ FACTURA {n}", "FACTURA {n}",
                 "TRANSF {name} FRA {n}", "{n}", "PAGO {n} IMP {amt}", "CONCEPTO: FRA {n}"]
PT_REF_SINGLE = ["TRF {n}", "PAG {n} {name}", "TRF.SEPA FATURA {n}", "FATURA {n}", "PAGAMENTO FT {n2}",
                 "{n}", "LIQ. {n} VALOR {amt}"]
EN_REF_SINGLE = ["INV {n}", "PAYMENT {n} {name}", "{n}", "REF {n} GBP {amt}"]


def ref_single_text(c, v):
    lg = lang_of(c)
    tpl = rng.choice({"es": ES_REF_SINGLE, "pt": PT_REF_SINGLE, "en": EN_REF_SINGLE}[lg])
    n = num_variant(v)
    n2 = "%d%s/%d" % (v["issue"].year, v["series"][-1], v["n"]) if v["series"].startswith("FT") else n
    return tpl.format(n=n, n2=n2, name=bank_name(c["name"], 16), amt=amt_txt(c, v["bal"]))


def s_ref_single():
    c = weighted_customer(lambda c: free(c))
    v = rng.choice(free(c))
    known = maybe_known(c)
    if rng.random() < 0.8:
        ref, rem = ref_single_text(c, v), None
        how = "reference"
    else:
        ref = rng.choice({"es": ["PAGO PROVEEDOR", "TRANSFERENCIA", None], "pt": ["TRF", "PAGAMENTO", None],
                          "en": ["SUPPLIER PAYMENT", None]}[lang_of(c)])
        rem = remittance(c, [(v, v["bal"], None)], v["bal"], D())
        how = "remittance advice"
    twin = [w for w in opens(c) if w is not v and w["bal"] == v["bal"]]
    note = "%s names %s and pays its exact balance" % (how, v["number"])
    if twin:
        note += "; another open invoice (%s) has the same amount, the number decides" % twin[0]["number"]
    if not known:
        note += "; bank gives no customer id"
    emit("ref_single", c, v["bal"], bank_name(c["name"]), known, ref, rem, "applied", [(v, v["bal"])],
         reason="%s %s and exact balance" % (how, v["number"]), note=note)
    return True


def s_ref_multi():
    c = weighted_customer(lambda c: len(free(c)) >= 2)
    fs = free(c)
    vs = rng.sample(fs, min(len(fs), rng.choice([2, 2, 3, 3, 4])))
    amount = sum(v["bal"] for v in vs)
    lg = lang_of(c)
    lst = join_list(list_numbers(vs), lg)
    pre = {"es": rng.choice(["FRAS ", "PAGO FRAS ", "FACTURAS ", "LIQ. "]),
           "pt": rng.choice(["FTS ", "FATURAS ", "PAG ", "TRF "]), "en": rng.choice(["INVS ", "INVOICES "])}[lg]
    ref = pre + lst
    rem = None
    if len(ref) > 140 or rng.random() < 0.25:
        ref = {"es": "VER AVISO DE PAGO", "pt": "VER AVISO", "en": "SEE REMITTANCE"}[lg]
        rem = remittance(c, [(v, v["bal"], None) for v in vs], amount, D())
    emit("ref_multi", c, amount, bank_name(c["name"]), maybe_known(c), ref, rem, "applied",
         [(v, v["bal"]) for v in vs], reason="all %d listed invoices, sum matches" % len(vs),
         note="lists %s; amount is the sum of their balances" % ", ".join(v["number"] for v in vs))
    return True


def s_ref_range():
    opts = []
    for c in customers:
        by = {}
        for v in c["invoices"]:
            by.setdefault((v["series"], v["issue"].year), []).append(v)
        for key, vs in by.items():
            vs = sorted(vs, key=lambda v: v["n"])
            for k in (3, 4, 5):
                for i in range(len(vs) - k + 1):
                    run = vs[i:i + k]
                    if all(v["bal"] > 0 and not v["touched"] and v["reserve"] is None for v in run) \
                            and run[-1]["n"] - run[0]["n"] <= 60:
                        opts.append((c, run))
    if not opts:
        return False
    c, run = rng.choice(opts)
    lg = lang_of(c)
    a, b = run[0], run[-1]
    if a["series"] == "FV":
        tail = "%05d" % b["n"]
    elif a["series"] == "FAC":
        tail = "%04d" % b["n"]
    else:
        tail = str(b["n"])
    ref = {"es": rng.choice(["FRAS %s A %s", "FACTURAS %s AL %s", "PAGO FRAS DE LA %s A LA %s"]),
           "pt": rng.choice(["FTS %s A %s", "FATURAS %s ATE %s"]), "en": "INVS %s TO %s"}[lg] % (a["number"], tail)
    amount = sum(v["bal"] for v in run)
    emit("ref_range", c, amount, bank_name(c["name"]), maybe_known(c, 0.8), ref, None, "applied",
         [(v, v["bal"]) for v in run], reason="invoice range %s-%s, sum matches" % (a["number"], b["number"]),
         note="range covers exactly this customer's open %s..%s (%d invoices); other numbers in between belong "
              "to other customers or are already paid" % (a["number"], b["number"], len(run)))
    return True


def s_remit_lump():
    c = weighted_customer(lambda c: len(free(c)) >= 4)
    fs = free(c)
    vs = rng.sample(fs, min(len(fs), rng.randint(4, 9)))
    amount = sum(v["bal"] for v in vs)
    lg = lang_of(c)
    ref = {"es": rng.choice(["REMESA PAGO PROVEEDORES %02d%02d" % (D().month, D().day % 28 + 1),
                              "PAGO PROVEEDORES", "LIQUIDACION FACTURAS"]),
           "pt": rng.choice(["PAGAMENTO FORNECEDORES", "LOTE PAG FORN %04d" % rng.randint(100, 9999)]),
           "en": rng.choice(["BACS SUPPLIER RUN", "SUPPLIER PAYMENT RUN %d" % rng.randint(100, 999)])}[lg]
    rows = []
    for v in vs:
        po = None
        if rng.random() < 0.35:
            po = {"es": "S/PEDIDO %d", "pt": "N/ENC %d", "en": "PO %d"}[lg] % rng.randint(4500000000, 4509999999)
        rows.append((v, v["bal"], po))
    rem = remittance(c, rows, amount, D())
    emit("remit_lump", c, amount, bank_name(c["name"]), maybe_known(c, 0.85), ref, rem, "applied",
         [(v, v["bal"]) for v in vs], reason="remittance lists %d invoices, total matches" % len(vs),
         note="lump with a remittance advice; PO numbers in the advice are not invoice numbers")
    return True


def s_amount_unique(by_name=False):
    def ok(c):
        if by_name:
            bn = bank_name(c["name"], 35)
            if any(o is not c and bank_name(o["name"], 35).startswith(bn[:22]) for o in customers):
                return False
        return any(unique_amount(c, v) for v in free(c, tag_ok=False))
    c = weighted_customer(ok)
    v = rng.choice([v for v in free(c, tag_ok=False) if unique_amount(c, v)])
    lg = lang_of(c)
    ref = rng.choice({"es": ["TRANSFERENCIA", "PAGO PROVEEDOR", None, "PAGO " + bank_name(c["name"], 14),
                              "PAGO MATERIAL HOSTELERIA"],
                      "pt": ["TRF", "PAGAMENTO", None, "TRF " + bank_name(c["name"], 14)],
                      "en": ["PAYMENT", None, "SUPPLIER PAYMENT"]}[lg])
    if by_name:
        emit("name_amount", c, v["bal"], bank_name(c["name"], 35), False, ref, None, "applied", [(v, v["bal"])],
             reason="payer name identifies customer; amount matches one open invoice",
             note="no customer id; full payer name is unique; exact balance of %s and no other invoice or pair "
                  "of invoices of that customer fits" % v["number"])
    else:
        emit("amount_unique", c, v["bal"], bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"])],
             reason="known customer; amount matches exactly one open invoice",
             note="no invoice number; exact balance of %s, no other open invoice or pair fits" % v["number"])
    return True


def s_name_amount():
    return s_amount_unique(by_name=True)


def s_multibanco():
    c = weighted_customer(lambda c: c["country"] == "PT" and free(c, tag_ok=True))
    ent = rng.choice(["21459", "11249", "20638", "10120"])
    mbref = "%03d %03d %03d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999))
    ref = rng.choice(["MULTIBANCO ENT. %s REF. %s", "PAG SERV MB ENT %s REF %s", "MB ENT:%s REF:%s"]) % (ent, mbref)
    payer = rng.choice([bank_name(c["name"]), "SIBS PAGAMENTOS MB", "PAG.SERVICOS " + bank_name(c["name"], 18)])
    # ambiguous: two maintenance instalments of the same value
    dup = {}
    for v in free(c):
        dup.setdefault(v["bal"], []).append(v)
    pairs = [vs for vs in dup.values() if len(vs) >= 2 and all(w["tag"] == "maintenance" for w in vs)]
    if pairs and rng.random() < 0.5:
        vs = sorted(rng.choice(pairs), key=lambda v: (v["due"], v["number"]))
        if all(w["bal"] == vs[0]["bal"] for w in vs):
            emit("multibanco_ambiguous", c, vs[0]["bal"], payer, True, ref, None, "review",
                 unapplied=vs[0]["bal"], cands=[[w] for w in vs],
                 reason="Multibanco payment equal to %d open instalments" % len(vs),
                 note="entity/reference do not name an invoice and %s have the same value; oldest due first"
                      % ", ".join(w["number"] for w in vs))
            return True
    cand = [v for v in free(c) if unique_amount(c, v)]
    if not cand:
        return False
    v = rng.choice(cand)
    if rng.random() < 0.3:
        ref = ref + " " + num_variant(v)
        note = "Multibanco reference plus the invoice number %s" % v["number"]
    else:
        note = "Multibanco entity/reference is not an invoice number; known customer and exact unique balance " \
               "of %s" % v["number"]
    emit("multibanco", c, v["bal"], payer, True, ref, None, "applied", [(v, v["bal"])],
         reason="Multibanco, known customer, unique amount", note=note)
    return True


CONF_BANKS = ["BANCO SANTANDER SA CONFIRMING", "CAIXABANK CONFIRMING", "BBVA CONFIRMING PROVEEDORES",
              "BANKINTER SA CONFIRMING", "BANCO SABADELL CONFIRMING", "UNICAJA BANCO CONFIRMING"]


def s_confirming():
    c = weighted_customer(lambda c: c["country"] == "ES" and c["kind"] in ("hotel", "group", "caterer", "hospital")
                          and free(c))
    fs = free(c)
    vs = rng.sample(fs, min(len(fs), rng.choice([1, 1, 2, 3, 4])))
    amount = sum(v["bal"] for v in vs)
    bank = rng.choice(CONF_BANKS)
    opn = "%010d" % rng.randint(10 ** 8, 10 ** 10 - 1)
    ref = rng.choice(["CONFIRMING N %s ORD: %s", "PAGO CONFIRMING %s %s", "CONF %s CLIENTE %s"]) % (
        opn, bank_name(c["name"], 22))
    rows = "\n".join("%-20s %-12s %10s" % (num_variant(v), dmy(v["due"]), es_amt(v["bal"])) for v in vs)
    rem = ("COMUNICACION DE PAGO CONFIRMING\nEntidad: %s\nCliente ordenante: %s\nN. operacion: %s\n"
           "Fecha de pago: %s\n\nFactura              Vencimiento  Importe\n%s\nImporte abonado: %s EUR"
           % (bank, c["name"].upper(), opn, dmy(D()), rows, es_amt(amount)))
    emit("confirming", c, amount, bank, False, ref, rem, "applied", [(v, v["bal"]) for v in vs],
         reason="confirming advice names the invoices",
         note="the bank pays for %s (payer is the bank, no customer id); advice lists %s"
              % (c["name"], ", ".join(v["number"] for v in vs)))
    return True


def s_pagare():
    c = weighted_customer(lambda c: c["country"] == "ES" and c["kind"] != "council" and free(c))
    fs = free(c)
    vs = rng.sample(fs, min(len(fs), rng.choice([1, 2, 2, 3])))
    amount = sum(v["bal"] for v in vs)
    num = "%d.%03d.%03d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 999))
    ref = rng.choice(["INGRESO PAGARE N %s VTO %s", "COMPENSACION PAGARE %s VTO %s", "PAGARE %s VENC %s"]) % (
        num, dmy(D()))
    rem = remittance(c, [(v, v["bal"], None) for v in vs], amount, D(),
                     head="PAGARE N. %s - vencimiento %s" % (num, dmy(D())))
    emit("pagare", c, amount, bank_name(c["name"]), maybe_known(c, 0.6), ref, rem, "applied",
         [(v, v["bal"]) for v in vs], reason="pagare covering the listed invoices",
         note="promissory note number %s is not an invoice number; covers %s"
              % (num, ", ".join(v["number"] for v in vs)))
    return True


def s_recibo():
    c = weighted_customer(lambda c: c["country"] == "ES" and c["kind"] in ("restaurant", "hotel", "caterer")
                          and free(c))
    v = rng.choice(free(c))
    ref = rng.choice(["COBRO RECIBO DOMICILIADO %s", "ADEUDO SEPA CORE REC %s", "RECIBO %s VTO " + dmy(D())]) % (
        num_variant(v))
    emit("recibo", c, v["bal"], bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"])],
         reason="direct debit for %s" % v["number"], note="direct debit collected for exactly %s" % v["number"])
    return True


def s_recibo_repaid():
    if returned and rng.random() < 0.8:
        v = returned.pop(0)
        c = v["customer"]
    else:
        c = weighted_customer(lambda c: c["country"] == "ES" and c["kind"] in ("restaurant", "hotel") and free(c))
        v = rng.choice(free(c))
    if v["bal"] <= 0:
        return False
    fee = rng.choice([0, 0, 350, 450, 605])
    n = num_variant(v)
    if fee:
        ref = rng.choice(["PAGO RECIBO DEVUELTO %s + GASTOS", "REC DEVUELTO %s MAS GASTOS DEVOL",
                          "%s IMPAGADO + COMISION"]) % n
        emit("recibo_repaid_fee", c, v["bal"] + fee, bank_name(c["name"]), True, ref, None, "unapplied",
             [(v, v["bal"])], unapplied=fee, reason="pays returned direct debit plus return charges",
             note="re-pays the returned recibo for %s and adds %s EUR of return charges; no invoice for the "
                  "charges, so the rest stays unapplied on account" % (v["number"], es_amt(fee)))
    else:
        ref = rng.choice(["PAGO RECIBO DEVUELTO %s", "REGULARIZACION RECIBO IMPAGADO %s"]) % n
        emit("recibo_repaid", c, v["bal"], bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"])],
             reason="re-payment of returned direct debit", note="transfer re-paying the returned recibo %s"
                                                                   % v["number"])
    return True


def s_orden_pago():
    c = weighted_customer(lambda c: (c["kind"] == "council" or c["name"].startswith(
        ("Servicio", "Servizo", "Consorci", "Centro Hosp", "Unidade Local"))) and len(free(c)) >= 1)
    fs = free(c)
    vs = rng.sample(fs, min(len(fs), rng.choice([1, 2, 3, 4, 5])))
    amount = sum(v["bal"] for v in vs)
    lg = lang_of(c)
    # the order number often looks like an invoice number of someone else
    fv26 = [w for w in invoices if w["series"] == "FV" and w["issue"].year == 2026 and w["customer"] is not c]
    look = rng.choice(fv26)["n"] if rng.random() < 0.6 else rng.randint(100, 2999)
    if lg == "es":
        ref = rng.choice(["ORDEN DE PAGO 2026/%05d", "ORDEN PAGO N %d/2026", "O.P. 2026/%05d TESORERIA"])
        ref = ref % look
        rem = remittance(c, [(v, v["bal"], None) for v in vs], amount, D(),
                         head="RELACION DE FACTURAS - %s\nIntervención / Tesorería municipal" % ref)
    else:
        ref = rng.choice(["ORDEM PAGAMENTO N %d/2026", "OP 2026/%d", "ORD PAG %d/2026 TESOURARIA"]) % look
        rem = remittance(c, [(v, v["bal"], None) for v in vs], amount, D(),
                         head="%s\nRelação de faturas pagas" % ref)
    emit("orden_pago", c, amount, bank_name(c["name"]), maybe_known(c, 0.7), ref, rem, "applied",
         [(v, v["bal"]) for v in vs], reason="public body payment order listing the invoices",
         note="payment-order number in the reference looks like an invoice number but is not ours; the "
              "attached list names %s" % ", ".join(v["number"] for v in vs))
    return True


def s_withholding():
    c = weighted_customer(lambda c: c["country"] in ("ES", "PT") and any(
        v["service"] and v["bal"] == v["total"] and v["tag"] is None for v in free(c)))
    v = rng.choice([v for v in free(c) if v["service"] and v["bal"] == v["total"] and v["tag"] is None])
    if c["country"] == "ES":
        pct = rng.choice([15, 15, 7])
        wh = (v["base"] * pct + 50) // 100
        why = "IRPF withholding %d%%" % pct
        ref = rng.choice(["FRA %s RET IRPF %d%%", "%s RETENCION %d%%"]) % (num_variant(v), pct)
        extra = ["Base imponible %s  IVA 21%% %s" % (es_amt(v["base"]), es_amt(v["total"] - v["base"])),
                 "Retención IRPF %d%%: -%s" % (pct, es_amt(wh))]
    else:
        pct = 25
        wh = (v["base"] * pct + 50) // 100
        why = "retenção na fonte %d%%" % pct
        ref = rng.choice(["%s RET FONTE {p}%%", "%s RETENCAO NA FONTE"]) % num_variant(v)
        ref = ref.replace("{p}", str(pct))
        extra = ["Retenção na fonte %d%%: -%s" % (pct, pt_amt(wh))]
    paid = v["bal"] - wh
    rem = remittance(c, [(v, paid, None)], paid, D(), extra_lines=extra)
    emit("withholding", c, paid, bank_name(c["name"]), maybe_known(c), ref, rem, "partial", [(v, paid)],
         short=(v, wh, why), reason="short pay: %s" % why,
         note="service invoice %s paid net of %s on the base %s; the withheld %s stays open as a deduction"
              % (v["number"], why, fmt(v["base"]), fmt(wh)))
    return True


def s_pronto_pago():
    c = weighted_customer(lambda c: c["country"] in ("ES", "PT") and free(c, tag_ok=False))
    v = rng.choice(free(c, tag_ok=False))
    pct = rng.choice([2, 2, 3, 1.5])
    disc = int(round(v["bal"] * pct / 100.0))
    paid = v["bal"] - disc
    p = ("%g" % pct).replace(".", ",")
    if c["country"] == "ES":
        ref = rng.choice(["FRA %s DTO PRONTO PAGO %s%%", "%s DTO P.P. %s%%", "PAGO %s -%s%% PRONTO PAGO"]) % (
            num_variant(v), p)
        why = "early-payment discount (pronto pago %s%%)" % p
    else:
        ref = rng.choice(["%s DESC PRONTO PAGAMENTO %s%%", "FT %s DESCONTO P.P. %s%%"]) % (num_variant(v), p)
        ref = ref.replace("FT FT", "FT")
        why = "early-payment discount (pronto pagamento %s%%)" % p
    emit("pronto_pago", c, paid, bank_name(c["name"]), maybe_known(c), ref, None, "partial", [(v, paid)],
         short=(v, disc, why), reason="short pay: " + why,
         note="pays %s less a %s%% discount the payer took; the discount stays open as a deduction"
              % (v["number"], p))
    return True


DISPUTES_ES = [("DESCONTAMOS %d UDS ROTAS S/ALBARAN %d", "damaged goods"), ("FALTA %d CAJAS ALBARAN %d", "short delivery"),
               ("DIF PRECIO TARIFA %d%% PEDIDO %d", "price difference"), ("ABONO PENDIENTE %d UDS DEVUELTAS ALB %d", "returned goods")]
DISPUTES_PT = [("DEDUCAO %d UN DANIFICADAS GUIA %d", "damaged goods"), ("FALTAM %d CAIXAS GUIA %d", "short delivery"),
               ("DIF PRECO %d%% ENC %d", "price difference")]


def s_dispute_short():
    c = weighted_customer(lambda c: c["country"] in ("ES", "PT") and
                          any(v["bal"] > 30000 for v in free(c, tag_ok=False)))
    v = rng.choice([v for v in free(c, tag_ok=False) if v["bal"] > 30000])
    tpl, why = rng.choice(DISPUTES_ES if c["country"] == "ES" else DISPUTES_PT)
    ded = rng.randint(2000, min(v["bal"] // 3, 60000))
    paid = v["bal"] - ded
    txt = tpl % (rng.randint(2, 12), rng.randint(10000, 99999))
    ref = "%s %s" % (num_variant(v), txt[:60])
    rem = remittance(c, [(v, paid, "-" + amt_txt(c, ded) + " " + txt)], paid, D())
    emit("dispute_short", c, paid, bank_name(c["name"]), maybe_known(c), ref, rem, "partial", [(v, paid)],
         short=(v, ded, why), reason="short pay: " + why,
         note="pays %s less %s deducted for %s" % (v["number"], fmt(ded), why))
    return True


def s_part_payment():
    c = weighted_customer(lambda c: any(v["bal"] > 100000 for v in free(c, tag_ok=False)))
    v = rng.choice([v for v in free(c, tag_ok=False) if v["bal"] > 100000])
    frac = rng.choice([25, 30, 40, 50, 50])
    paid = (v["bal"] * frac // 100) // 100 * 100
    lg = lang_of(c)
    ref = {"es": rng.choice(["PAGO A CUENTA FRA %s", "1ER PLAZO %s", "ENTREGA A CUENTA %s"]),
           "pt": rng.choice(["PAGAMENTO PARCIAL %s", "1A PRESTACAO %s", "ADIANTAMENTO %s"]),
           "en": rng.choice(["PART PAYMENT %s", "1ST INSTALMENT %s"])}[lg] % num_variant(v)
    emit("part_payment", c, paid, bank_name(c["name"]), maybe_known(c), ref, None, "partial", [(v, paid)],
         reason="part payment of %s" % v["number"],
         note="declared part payment/instalment: invoice %s stays open with %s, no deduction" % (
             v["number"], fmt(v["bal"] - paid)))
    part_paid.append(v)
    return True


def s_rest_payment():
    if not part_paid:
        return False
    v = part_paid.pop(0)
    c = v["customer"]
    lg = lang_of(c)
    ref = {"es": rng.choice(["RESTO FRA %s", "2O PLAZO Y ULTIMO %s", "LIQUIDACION PENDIENTE %s"]),
           "pt": rng.choice(["RESTANTE %s", "2A PRESTACAO %s"]), "en": "BALANCE OF %s"}[lg] % num_variant(v)
    emit("rest_payment", c, v["bal"], bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"])],
         reason="remaining balance of %s" % v["number"],
         note="pays what an earlier part payment in this file left open on %s" % v["number"])
    return True


def s_statement():
    def ok(c):
        os_ = opens(c)
        return 3 <= len(os_) <= 9 and all(not v["touched"] and v["reserve"] is None for v in os_)
    c = weighted_customer(ok)
    if c is None:
        return False
    vs = opens(c)
    amount = sum(v["bal"] for v in vs)
    lg = lang_of(c)
    ref = {"es": rng.choice(["SALDO A %s" % dmy(D() - timedelta(days=D().day)), "LIQUIDACION SALDO EXTRACTO",
                              "PAGO SALDO PENDIENTE"]),
           "pt": rng.choice(["PAGAMENTO EXTRATO", "SALDO EM DIVIDA %s" % dmy(D())]),
           "en": "STATEMENT BALANCE"}[lg]
    emit("statement", c, amount, bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"]) for v in vs],
         reason="pays the whole open statement balance",
         note="'%s': amount equals the sum of all %d open invoices of the customer" % (ref, len(vs)))
    return True


def s_overpay():
    c = weighted_customer(lambda c: free(c, tag_ok=False))
    partly = [v for v in free(c, tag_ok=False) if v["bal"] < v["total"]]
    if partly and rng.random() < 0.7:
        v = rng.choice(partly)
        amount = v["total"]
        why = "pays the full invoice total %s although %s was already paid earlier" % (fmt(v["total"]),
                                                                                          fmt(v["total"] - v["bal"]))
    else:
        v = rng.choice(free(c, tag_ok=False))
        extra = rng.choice([900, 1000, 2000, 5000, 10000, 9000])
        amount = v["bal"] + extra
        why = "pays %s more than the balance" % fmt(extra)
    ref = ref_single_text(c, v)
    if "{" in ref:
        ref = num_variant(v)
    emit("overpay", c, amount, bank_name(c["name"]), maybe_known(c, 0.85), ref, None, "unapplied",
         [(v, v["bal"])], unapplied=amount - v["bal"], reason="overpayment: remainder held on account",
         note="reference %s; %s; remainder unapplied on the customer's account" % (v["number"], why))
    return True


def s_duplicate():
    labs = {lab["payment_id"]: lab for lab in labels}
    cands = [(v, p) for v, p in paid_in_file if labs[p["id"]]["status"] == "applied"
             and labs[p["id"]]["scenario"] in ("ref_single", "recibo", "recibo_repaid", "rest_payment")
             and len(labs[p["id"]]["applications"]) == 1 and not v.get("dup_done")
             and p["date"] < D().isoformat()]
    if not cands:
        return False
    v, p = rng.choice(cands)
    v["dup_done"] = True
    c = v["customer"]
    amount = int(round(float(p["amount"]) * 100))
    emit("duplicate", c, amount, p["payer_name"], p["customer_id"] is not None, p["reference"],
         p["remittance"], "unapplied", [], unapplied=amount, reason="invoice already paid; second payment",
         note="same invoice and amount as payment %s of %s earlier in this file (%s is now fully paid); a "
              "second real payment with its own id and date, held unapplied" % (p["id"], p["date"], v["number"]))
    return True


def s_on_account():
    c = weighted_customer(lambda c: c["kind"] in ("hotel", "restaurant", "caterer", "group", "gbp"))
    lg = lang_of(c)
    for _ in range(20):
        amount = rng.choice([30000, 50000, 100000, 150000, 250000, 120000]) + rng.choice([0, 0, 5000, 7250])
        if fits_nothing(c, amount):
            break
    else:
        return False
    ref = {"es": rng.choice(["ANTICIPO PEDIDO %d", "PROVISION FONDOS PRESUPUESTO %d", "SEÑAL PEDIDO %d"]),
           "pt": rng.choice(["SINAL ENCOMENDA %d", "ADIANTAMENTO ORCAMENTO %d"]),
           "en": rng.choice(["DEPOSIT ORDER %d", "PREPAYMENT QUOTE %d"])}[lg] % rng.randint(2026100, 2026999)
    emit("on_account", c, amount, bank_name(c["name"]), True, ref, None, "unapplied", [], unapplied=amount,
         reason="known customer, advance payment fitting no invoice",
         note="deposit/advance for a new order; no open invoice or pair matches; hold on account")
    return True


# --- review scenarios ---------------------------------------------------------------------------
def s_review_equal():
    def groups(c):
        g = {}
        for v in free(c):
            g.setdefault(v["bal"], []).append(v)
        return [vs for vs in g.values() if len(vs) >= 2]
    c = weighted_customer(lambda c: c["country"] != "PT" and groups(c))
    if c is None:
        return False
    g0 = rng.choice(groups(c))
    vs = sorted([w for w in opens(c) if w["bal"] == g0[0]["bal"]], key=lambda v: (v["due"], v["number"]))
    lg = lang_of(c)
    ref = {"es": rng.choice(["CUOTA MANTENIMIENTO", "PAGO MANTENIMIENTO CAMARAS", "CUOTA SAT", None]),
           "pt": "MANUTENCAO", "en": rng.choice(["MAINTENANCE FEE", None])}[lg]
    if vs[0]["tag"] is None:
        ref = {"es": "TRANSFERENCIA", "pt": "TRF", "en": "PAYMENT"}[lg]
    emit("review_equal", c, vs[0]["bal"], bank_name(c["name"]), True, ref, None, "review", [],
         unapplied=vs[0]["bal"], cands=[[v] for v in vs],
         reason="amount equals %d open invoices; no number" % len(vs),
         note="%s all have this balance and nothing says which; candidates oldest due first"
              % ", ".join(v["number"] for v in vs))
    return True


def s_review_single_vs_pair():
    opts = [c for c in customers if len([v for v in c["invoices"] if v["reserve"] == "single_vs_pair"
                                         and v["bal"] > 0]) == 3 and not c.get("svp_done")]
    if not opts:
        return False
    c = rng.choice(opts)
    c["svp_done"] = True
    trio = [v for v in c["invoices"] if v["reserve"] == "single_vs_pair"]
    a = max(trio, key=lambda v: v["bal"])
    pair = sorted([v for v in trio if v is not a], key=lambda v: (v["due"], v["number"]))
    assert pair[0]["bal"] + pair[1]["bal"] == a["bal"]
    emit("review_single_vs_pair", c, a["bal"], bank_name(c["name"]), True,
         rng.choice(["TRANSFERENCIA", "PAGO FACTURAS", None]), None, "review", [], unapplied=a["bal"],
         cands=[[a], pair], reason="amount fits one invoice and also a pair",
         note="amount equals %s alone and also %s + %s; single exact invoice ranked first"
              % (a["number"], pair[0]["number"], pair[1]["number"]))
    return True


def s_review_pair_pair():
    opts = [c for c in customers if len([v for v in c["invoices"] if v["reserve"] == "pair_pair" and v["bal"] > 0]) == 4
            and not c.get("pp_done")]
    if not opts:
        return False
    c = rng.choice(opts)
    c["pp_done"] = True
    q = [v for v in c["invoices"] if v["reserve"] == "pair_pair"]
    # find the two pairs with the same sum
    best = None
    for i in range(4):
        for j in range(i + 1, 4):
            rest = [k for k in range(4) if k not in (i, j)]
            if q[i]["bal"] + q[j]["bal"] == q[rest[0]]["bal"] + q[rest[1]]["bal"]:
                best = ([q[i], q[j]], [q[rest[0]], q[rest[1]]])
                break
        if best:
            break
    s1, s2 = (sorted(s, key=lambda v: (v["due"], v["number"])) for s in best)
    sets = sorted([s1, s2], key=lambda s: (min(v["due"] for v in s), s[0]["number"]))
    amount = sum(v["bal"] for v in s1)
    ref = rng.choice(["ORDEN DE PAGO 2026/%05d", "MANDAMIENTO DE PAGO %d/2026"]) % rng.randint(300, 2999)
    emit("review_pair_pair", c, amount, bank_name(c["name"]), True, ref, None, "review", [], unapplied=amount,
         cands=sets, reason="payment order without invoice list; two invoice pairs fit",
         note="no list attached; %s + %s and %s + %s both equal the amount; set with the oldest due date first"
              % (sets[0][0]["number"], sets[0][1]["number"], sets[1][0]["number"], sets[1][1]["number"]))
    return True


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n].rstrip()


def s_review_twin():
    twins = {}
    for v in invoices:
        if v["reserve"] == "twin" and v["bal"] > 0:
            twins.setdefault(v["total"], []).append(v)
    opts = [vs for vs in twins.values() if len(vs) == 2 and not vs[0].get("twin_done")]
    if not opts:
        return False
    vs = sorted(rng.choice(opts), key=lambda v: (v["due"], v["number"]))
    vs[0]["twin_done"] = True
    c1, c2 = vs[0]["customer"], vs[1]["customer"]
    payer = common_prefix(bank_name(c1["name"], 40), bank_name(c2["name"], 40))
    lg = lang_of(c1)
    ref = {"es": "TRANSFERENCIA", "pt": "TRF", "en": "PAYMENT"}[lg]
    emit("review_twin", c1, vs[0]["bal"], payer, False, ref, None, "review", [], unapplied=vs[0]["bal"],
         cands=[[vs[0]], [vs[1]]], reason="truncated payer name fits two customers, each with an invoice of this amount",
         note="'%s' is both %s and %s; each has an open invoice of exactly this amount (%s, %s)"
              % (payer, c1["name"], c2["name"], vs[0]["number"], vs[1]["number"]))
    return True


def near_numbers(a, b):
    if a == b:
        return False
    sa, sb = "%05d" % a, "%05d" % b
    diff = [i for i in range(5) if sa[i] != sb[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]]


def s_review_typo():
    opts = []
    for c in customers:
        fs = [v for v in free(c) if v["tag"] is None]
        for x in fs:
            for y in fs:
                if x is not y and x["series"] == y["series"] and x["issue"].year == y["issue"].year \
                        and near_numbers(x["n"], y["n"]) and x["bal"] != y["bal"] and unique_amount(c, x):
                    opts.append((c, x, y))
    if not opts:
        return False
    c, x, y = rng.choice(opts)
    lg = lang_of(c)
    ref = {"es": "PAGO FRA %s", "pt": "TRF FATURA %s", "en": "INV %s"}[lg] % y["number"]
    how = "less than" if x["bal"] < y["bal"] else "more than"
    emit("review_typo", c, x["bal"], bank_name(c["name"]), True, ref, None, "review", [], unapplied=x["bal"],
         cands=[[x], [y]], reason="reference names one invoice, amount matches a near-numbered other",
         note="reference says %s (balance %s) but the amount is exactly %s's balance and %s %s; a typo or a "
              "part/over payment: exact-amount invoice first" % (y["number"], fmt(y["bal"]), x["number"],
                                                                  how, y["number"]))
    return True


def s_review_currency():
    if rng.random() < 0.5:
        c = weighted_customer(lambda c: c["currency"] == "GBP" and free(c))
        v = rng.choice(free(c))
        rate = rng.choice([1.1642, 1.1718, 1.1589, 1.1803])
        amount = int(round(v["bal"] * rate))
        cur = "EUR"
        note = "GBP invoice %s (GBP %s) paid in EUR %s by a converting bank; never apply across currencies" % (
            v["number"], uk_amt(v["bal"]), fmt(amount))
    else:
        c = weighted_customer(lambda c: c["country"] == "ES" and c["kind"] == "hotel" and free(c))
        v = rng.choice(free(c))
        rate = rng.choice([0.8541, 0.8617, 0.8472])
        amount = int(round(v["bal"] * rate))
        cur = "GBP"
        note = "EUR invoice %s paid in GBP %s (guest/UK account of the hotel); never apply across currencies" % (
            v["number"], fmt(amount))
    ref = "INV %s" % num_variant(v) if cur == "EUR" and c["currency"] == "GBP" else "FRA %s" % num_variant(v)
    emit("review_currency", c, amount, bank_name(c["name"]), True, ref, None, "review", [], unapplied=amount,
         cands=[[v]], currency=cur, reason="referenced invoice is in another currency",
         note=note + "; the candidate names the referenced invoice for the FX decision")
    return True


UNKNOWN_PAYERS = ["MARIA DEL CARMEN RUIZ LOPEZ", "JOSE A FERNANDEZ GARCIA", "TRF DE TERCEIROS", "ANA PAULA SOUSA S",
                  "GESTORIA LOPEZ Y ASOCIADOS SL", "EVENTOS BODA 14 MARZO", "J M PEREIRA", "INVERSIONES TXORI SL"]


def s_review_unknown():
    payer = rng.choice(UNKNOWN_PAYERS)
    allopen = [v for v in invoices if v["bal"] > 0 and v["customer"]["currency"] == "EUR"]
    if rng.random() < 0.4:
        v = rng.choice([v for v in allopen if not v["touched"] and v["tag"] is None and
                        sum(1 for w in allopen if w["bal"] == v["bal"]) == 1])
        amount = v["bal"]
        cands = [[v]]
        note = "payer unknown, no customer id, no reference; the amount happens to equal %s of %s, which is " \
               "not enough to apply" % (v["number"], v["customer"]["name"])
    else:
        while True:
            amount = rng.randint(5000, 300000)
            if all(w["bal"] != amount for w in allopen):
                break
        cands = []
        note = "payer unknown, no customer id, amount matches no open invoice: review with no candidates"
    emit("review_unknown", None, amount, payer, False, rng.choice(["TRANSFERENCIA", "TRF", None, "PAGO"]), None,
         "review", [], unapplied=amount, cands=cands, reason="unknown payer", note=note,
         lang="pt" if payer in ("TRF DE TERCEIROS", "ANA PAULA SOUSA S", "J M PEREIRA") else "es")
    return True


def s_po_lookalike():
    c = weighted_customer(lambda c: c["country"] == "ES" and any(unique_amount(c, v) for v in free(c, tag_ok=False)))
    v = rng.choice([v for v in free(c, tag_ok=False) if unique_amount(c, v)])
    other = rng.choice([w for w in invoices if w["series"] == "FV" and w["issue"].year == 2026 and
                        w["customer"] is not c and w["bal"] != v["bal"]])
    ref = rng.choice(["S/PEDIDO 2026/%05d", "N/PEDIDO 2026-%05d", "PEDIDO N %d/2026 ALB 8%04d"])
    ref = ref % ((other["n"],) if ref.count("%") == 1 else (other["n"], rng.randint(0, 9999)))
    emit("po_lookalike", c, v["bal"], bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"])],
         reason="known customer, unique amount; order number is not an invoice",
         note="'%s' is the customer's order number; it collides with %s of another customer (different amount); "
              "amount matches only %s of this customer" % (ref, other["number"], v["number"]))
    return True


def s_short_number():
    def pick(c):
        out = []
        for v in free(c, tag_ok=False):
            if v["series"] != "FV" or v["issue"].year != 2026 or not unique_amount(c, v):
                continue
            clash = [w for w in invoices if w is not v and w["n"] == v["n"] and w["issue"].year == 2026]
            if clash and all(w["customer"] is not c for w in clash):
                out.append((v, clash))
        return out
    c = weighted_customer(lambda c: c["country"] == "ES" and pick(c))
    v, clash = rng.choice(pick(c))
    ref = rng.choice(["FRA %d", "FACTURA N %d", "N/FRA %04d"]) % v["n"]
    emit("short_number", c, v["bal"], bank_name(c["name"]), True, ref, None, "applied", [(v, v["bal"])],
         reason="short number plus known customer and exact amount",
         note="'%s' could be %s or %s, but only %s belongs to this customer and it has exactly this balance"
              % (ref, v["number"], clash[0]["number"], v["number"]))
    return True


def s_lump_short():
    c = weighted_customer(lambda c: len([v for v in free(c, tag_ok=False) if v["bal"] > 20000]) >= 3)
    fs = [v for v in free(c, tag_ok=False) if v["bal"] > 20000]
    vs = rng.sample(fs, rng.randint(3, min(5, len(fs))))
    sv = rng.choice(vs)
    ded = rng.randint(1500, sv["bal"] // 4)
    lg = lang_of(c)
    why = {"es": ("ABONO PENDIENTE POR MERMA", "damaged goods"), "pt": ("NOTA CREDITO EM FALTA", "credit note pending"),
           "en": ("AWAITING CREDIT NOTE - BROKEN GLASSWARE", "damaged goods")}[lg]
    rows = [(v, v["bal"] - (ded if v is sv else 0), ("-%s %s" % (amt_txt(c, ded), why[0])) if v is sv else None)
            for v in vs]
    amount = sum(a for _, a, _ in rows)
    rem = remittance(c, rows, amount, D())
    emit("lump_short", c, amount, bank_name(c["name"]), maybe_known(c, 0.8),
         {"es": "PAGO FACTURAS", "pt": "PAG FATURAS", "en": "BACS PAYMENT"}[lg], rem, "partial",
         [(v, a) for v, a, _ in rows], short=(sv, ded, why[1]), reason="lump with one deduction",
         note="advice lists %d invoices; %s is paid short by %s (%s)" % (len(vs), sv["number"], fmt(ded), why[1]))
    return True


# --- bad input rows -----------------------------------------------------------------------------
def emit_error(scn, p, err, note):
    p.setdefault("date", D().isoformat())
    payments.append(p)
    labels.append({"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None,
                   "short_pay": None, "candidates": [], "reason": err, "scenario": scn, "note": note, "error": err})
    return True


def s_err_negative():
    c = weighted_customer(lambda c: c["country"] == "ES" and c["kind"] in ("restaurant", "hotel") and free(c, tag_ok=False))
    v = rng.choice(free(c, tag_ok=False))
    v["touched"] = True
    returned.append(v)
    p = {"id": rid("PMT-", B32, 10), "date": D().isoformat(), "amount": fmt(-v["bal"]), "currency": "EUR",
         "payer_name": bank_name(c["name"]), "customer_id": c["id"],
         "reference": "DEVOLUCION RECIBO %s MOTIVO %s" % (v["number"], rng.choice(["AM04", "MD06", "MS03"])),
         "remittance": None, "_lang": "es"}
    return emit_error("err_negative", p, "negative amount",
                      "returned direct debit booked as a negative receipt; not a payment to apply")


def s_err_currency():
    c = weighted_customer(lambda c: free(c))
    v = rng.choice(free(c))
    cur = rng.choice(["USD", "CHF"]) if not any(p["currency"] == "USD" for p in payments) else "CHF"
    p = {"id": rid("PMT-", B32, 10), "date": D().isoformat(), "amount": fmt(v["bal"]), "currency": cur,
         "payer_name": bank_name(c["name"]), "customer_id": c["id"], "reference": "INV %s" % v["number"],
         "remittance": None, "_lang": lang_of(c)}
    return emit_error("err_currency", p, "currency %s matches no invoice" % cur,
                      "no invoice in the ledger is in %s" % cur)


def s_err_dup_id():
    if not payments or payments[-1]["date"] in (None, "") or labels[-1]["status"] == "error":
        return False
    prev = payments[-1]
    p = dict(prev)
    payments.append(p)
    labels.append({"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None,
                   "short_pay": None, "candidates": [], "reason": "duplicate payment id",
                   "scenario": "err_dup_id",
                   "note": "exact repeat of the previous row (same id %s); the bank line was imported twice"
                           % p["id"], "error": "duplicate payment id"})
    return True


def s_err_malformed():
    c = weighted_customer(lambda c: c["country"] == "ES" and free(c))
    v = rng.choice(free(c))
    bad = es_amt(v["bal"]) if not any(lab["scenario"] == "err_malformed" for lab in labels) else \
        fmt(v["bal"]).replace("0", "O", 1) if "0" in fmt(v["bal"]) else fmt(v["bal"]) + "EUR"
    p = {"id": rid("PMT-", B32, 10), "date": D().isoformat(), "amount": bad, "currency": "EUR",
         "payer_name": bank_name(c["name"]), "customer_id": c["id"], "reference": "FRA %s" % v["number"],
         "remittance": None, "_lang": "es"}
    return emit_error("err_malformed", p, "malformed amount %r" % bad, "amount is not a decimal string")


def s_err_missing_date():
    c = weighted_customer(lambda c: free(c))
    v = rng.choice(free(c))
    first = not any(lab["scenario"] == "err_missing_date" for lab in labels)
    p = {"id": rid("PMT-", B32, 10), "date": None if first else "", "amount": fmt(v["bal"]),
         "currency": c["currency"], "payer_name": bank_name(c["name"]), "customer_id": c["id"],
         "reference": ref_single_text(c, v), "remittance": None, "_lang": lang_of(c)}
    return emit_error("err_missing_date", p, "missing date", "date is %s" % ("null" if first else "an empty string"))


# ----------------------------------------------------------------------------------------------
# stage 5: plan and run
# ----------------------------------------------------------------------------------------------
PLAN = {"ref_single": (s_ref_single, 95), "ref_multi": (s_ref_multi, 30), "ref_range": (s_ref_range, 8),
        "remit_lump": (s_remit_lump, 20), "amount_unique": (s_amount_unique, 25), "name_amount": (s_name_amount, 8),
        "multibanco": (s_multibanco, 20), "confirming": (s_confirming, 15), "pagare": (s_pagare, 10),
        "recibo": (s_recibo, 10), "recibo_repaid": (s_recibo_repaid, 8), "orden_pago": (s_orden_pago, 15),
        "withholding": (s_withholding, 10), "pronto_pago": (s_pronto_pago, 10),
        "dispute_short": (s_dispute_short, 8), "lump_short": (s_lump_short, 4), "part_payment": (s_part_payment, 12),
        "rest_payment": (s_rest_payment, 6), "statement": (s_statement, 6), "overpay": (s_overpay, 10),
        "duplicate": (s_duplicate, 8), "on_account": (s_on_account, 8), "review_equal": (s_review_equal, 12),
        "review_single_vs_pair": (s_review_single_vs_pair, 6), "review_pair_pair": (s_review_pair_pair, 4),
        "review_twin": (s_review_twin, 4), "review_typo": (s_review_typo, 5),
        "review_currency": (s_review_currency, 4), "review_unknown": (s_review_unknown, 5),
        "po_lookalike": (s_po_lookalike, 6), "short_number": (s_short_number, 4),
        "err_negative": (s_err_negative, 2), "err_currency": (s_err_currency, 2), "err_dup_id": (s_err_dup_id, 2),
        "err_malformed": (s_err_malformed, 2), "err_missing_date": (s_err_missing_date, 2)}
DEPENDENT = {"duplicate", "rest_payment", "recibo_repaid", "err_dup_id"}


def business_days():
    d, out = date(2026, 3, 2), []
    while d <= date(2026, 4, 30):
        if d.weekday() < 5 and d != date(2026, 4, 3):
            out.append(d)
        d += timedelta(days=1)
    return out


def run_plan():
    plan = []
    for name, (_, k) in PLAN.items():
        plan += [name] * k
    rng.shuffle(plan)
    # dependent scenarios are moved out of the first fifth so they have something to depend on
    head = [s for s in plan[: len(plan) // 5] if s not in DEPENDENT]
    moved = [s for s in plan[: len(plan) // 5] if s in DEPENDENT]
    plan = head + plan[len(plan) // 5:]
    for s in moved:
        plan.insert(rng.randrange(len(plan) // 4, len(plan)), s)
    days = business_days()
    N = len(plan)
    i = 0
    tries = {}
    while i < len(plan):
        name = plan[i]
        CUR_DATE[0] = days[min(len(payments) * len(days) // N, len(days) - 1)]
        ok = PLAN[name][0]()
        if not ok:
            tries[name] = tries.get(name, 0) + 1
            if tries[name] > 6:
                raise RuntimeError("scenario %s cannot be placed" % name)
            plan.insert(min(i + rng.randint(5, 40), len(plan)), name)
        i += 1
    return plan


run_plan()


# ----------------------------------------------------------------------------------------------
# stage 6: export, replay check, README
# ----------------------------------------------------------------------------------------------
def export_invoices():
    out = []
    for v in sorted(invoices, key=lambda v: (v["issue"], v["number"])):
        c = v["customer"]
        out.append({"id": v["id"], "number": v["number"], "customer_id": c["id"], "customer_name": c["name"],
                    "currency": c["currency"], "total": fmt(v["total"]), "balance": fmt(v["balance"]),
                    "issue_date": v["issue"].isoformat(), "due_date": v["due"].isoformat()})
    return out


def cents(s):
    whole, _, frac = s.partition(".")
    assert len(frac) == 2 and whole.lstrip("-").isdigit() and frac.isdigit(), s
    v = int(whole.lstrip("-")) * 100 + int(frac)
    return -v if s.startswith("-") else v


def replay(inv_list, pay_list, lab_list):
    """Replays the labels in file order; returns a list of problems."""
    probs = []
    bal = {v["id"]: cents(v["balance"]) for v in inv_list}
    cur = {v["id"]: v["currency"] for v in inv_list}
    currencies = set(cur.values())
    seen = set()
    if len(pay_list) != len(lab_list):
        return ["length mismatch"]
    for p, lab in zip(pay_list, lab_list):
        pid = p["id"]
        if lab["payment_id"] != pid:
            probs.append("%s: label order" % pid)
        bad = None
        try:
            amt = cents(p["amount"])
        except (AssertionError, ValueError, AttributeError):
            amt, bad = None, "malformed amount"
        if bad is None and amt <= 0:
            bad = "negative amount"
        if bad is None and p["currency"] not in currencies:
            bad = "currency"
        if bad is None and pid in seen:
            bad = "duplicate id"
        if bad is None and not p.get("date"):
            bad = "missing date"
        seen.add(pid)
        if bad:
            if lab["status"] != "error" or lab["applications"] or not lab.get("error"):
                probs.append("%s: bad row (%s) not labelled error" % (pid, bad))
            continue
        if lab["status"] == "error":
            probs.append("%s: good row labelled error" % pid)
            continue
        tot = 0
        for a in lab["applications"]:
            x = cents(a["amount"])
            iid = a["invoice_id"]
            if iid not in bal:
                probs.append("%s: unknown invoice %s" % (pid, iid))
                continue
            if cur[iid] != p["currency"]:
                probs.append("%s: cross-currency application" % pid)
            if x <= 0 or x > bal[iid]:
                probs.append("%s: application %s exceeds balance %s of %s" % (pid, x, bal[iid], iid))
            bal[iid] -= x
            tot += x
        una = cents(lab["unapplied"])
        if tot + una != amt:
            probs.append("%s: applications + unapplied != amount" % pid)
        st = lab["status"]
        apps = lab["applications"]
        if st == "applied" and (not apps or una != 0 or lab["short_pay"] or lab["candidates"]):
            probs.append("%s: applied shape" % pid)
        if st == "partial":
            if not apps or una != 0 or lab["candidates"]:
                probs.append("%s: partial shape" % pid)
            sp = lab["short_pay"]
            left = [a["invoice_id"] for a in apps if bal[a["invoice_id"]] > 0]
            if not left:
                probs.append("%s: partial leaves nothing open" % pid)
            if sp and (sp["invoice_id"] not in left or cents(sp["amount"]) != bal[sp["invoice_id"]]):
                probs.append("%s: short pay does not match what is left open" % pid)
        if st == "unapplied" and (una <= 0 or lab["short_pay"] or lab["candidates"]):
            probs.append("%s: unapplied shape" % pid)
        if st == "review" and (apps or una != amt or lab["short_pay"]):
            probs.append("%s: review shape" % pid)
        for s in lab["candidates"]:
            for iid in s:
                if iid not in bal or bal[iid] <= 0:
                    probs.append("%s: candidate %s not open" % (pid, iid))
    return probs


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


inv_out = export_invoices()
pay_out = [{k: p[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference",
                              "remittance")} for p in payments]
problems = replay(inv_out, pay_out, labels)
if problems:
    raise SystemExit("label problems:\n" + "\n".join(problems[:40]))
os.makedirs(OUT, exist_ok=True)
write_json(os.path.join(OUT, "invoices.json"), inv_out)
write_json(os.path.join(OUT, "payments.json"), pay_out)
write_json(os.path.join(OUT, "labels.json"), labels)


def counter(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))


def table(rows, head):
    out = ["| %s |" % " | ".join(head), "|%s|" % "|".join("---" for _ in head)]
    out += ["| %s |" % " | ".join(str(x) for x in r) for r in rows]
    return "\n".join(out)


SCEN_DESC = {
    "ref_single": "one invoice named in the concepto/descritivo (or a one-line advice), exact balance; number written many ways",
    "ref_multi": "several invoices listed (compact lists like `FV 2026/00123, 00145 Y 00187`), exact sum",
    "ref_range": "a range `FRAS FV 2025/04070 A 04102`: this customer's open invoices in the range",
    "remit_lump": "lump with a remittance advice of 4-9 invoices; PO numbers in the advice",
    "amount_unique": "known customer, no invoice number, amount fits exactly one open invoice and no pair",
    "name_amount": "no customer id, full unique payer name, amount fits exactly one of its invoices",
    "multibanco": "Portuguese Multibanco (entity + reference), known customer, unique amount (some add the FT number)",
    "multibanco_ambiguous": "Multibanco payment equal to two maintenance instalments -> review",
    "confirming": "Spanish confirming: the bank pays for the customer (no customer id); bank advice lists invoices",
    "pagare": "pagaré collected at maturity; note number looks like an amount; advice lists invoices",
    "recibo": "recibo domiciliado collected for one invoice",
    "recibo_repaid": "returned direct debit re-paid by transfer",
    "recibo_repaid_fee": "returned direct debit re-paid plus return charges -> remainder unapplied",
    "orden_pago": "town council / public health body pays with an orden de pago / ordem de pagamento number "
                  "that often collides with an invoice number of someone else; list attached",
    "withholding": "service invoice paid net of IRPF (ES 15%/7%) or retenção na fonte (PT 25%) on the base -> short pay",
    "pronto_pago": "early-payment discount taken (pronto pago) -> short pay",
    "dispute_short": "deduction for broken/missing goods or price difference -> short pay",
    "lump_short": "lump advice where one invoice is paid short -> partial with short_pay",
    "part_payment": "declared part payment / instalment -> partial, short_pay null",
    "rest_payment": "the rest of an invoice part-paid earlier in this file",
    "statement": "pays the statement balance: sum of all the customer's open invoices",
    "overpay": "invoice named, more than its balance (often the full total of an already part-paid invoice)",
    "duplicate": "second payment (new id, later date) of an invoice already paid earlier in this file",
    "on_account": "deposit / advance from a known customer that fits no invoice",
    "review_equal": "no number; two or three open invoices (maintenance instalments) have that balance",
    "review_single_vs_pair": "amount equals one invoice and also the sum of two others",
    "review_pair_pair": "council payment order without a list; two different invoice pairs sum to the amount",
    "review_twin": "truncated payer name fits two customers that each have an invoice of that amount",
    "review_typo": "reference names one invoice, amount is exactly a near-numbered other invoice's balance",
    "review_currency": "referenced invoice is in the other currency (GBP invoice paid in EUR or vice versa)",
    "review_unknown": "unknown payer, no customer id, no useful reference",
    "po_lookalike": "order number in the reference collides with another customer's invoice number; amount decides",
    "short_number": "`FRA 248`: the short number exists in several series, only one belongs to the customer",
    "err_negative": "bad row: negative amount (a returned recibo)",
    "err_currency": "bad row: currency that no invoice has (USD, CHF)",
    "err_dup_id": "bad row: the same payment id repeated (line imported twice)",
    "err_malformed": "bad row: amount not a decimal string (`2.166,25`, letter O for zero)",
    "err_missing_date": "bad row: date null or empty",
}


def write_readme():
    st = counter(lab["status"] for lab in labels)
    sc = counter(lab["scenario"] for lab in labels)
    lg = counter(p["_lang"] for p in payments)
    cu = counter(p["currency"] for p in payments)
    icu = counter(v["currency"] for v in inv_out)
    ico = counter(c["country"] for c in customers)
    known = sum(1 for p in pay_out if p["customer_id"])
    sc_status = {}
    for lab in labels:
        sc_status.setdefault(lab["scenario"], lab["status"])
    txt = """# ledger_iberia: blind cash-application set (hotel and catering equipment, Spain and Portugal)

Held-out test data for the `match` command of `contracts/cash-application.md`, written from the
contract alone. Generated by `python3 build.py` (stdlib only, fixed seed %d); `python3 check.py`
re-verifies every label by replaying the payments in file order.

## Theme

A supplier of hotel and catering equipment (kitchens, cold rooms, dishwashers, glassware, coffee
machines, technical service and maintenance contracts) selling from Spain and Portugal to hotels,
hotel groups, restaurants, caterers, private and public hospitals and town councils. Most business
is in EUR; six UK hotel groups are invoiced in GBP.

Invoice series:

| series | example | used for |
|---|---|---|
| `FV YYYY/NNNNN` | `FV 2026/00123` | Spanish equipment sales (and the GBP groups) |
| `FAC-YY-NNNN` | `FAC-26-0123` | Spanish technical service / maintenance |
| `FT YYYYA/N` | `FT 2026A/45` | Portuguese sales |
| `FT YYYYB/N` | `FT 2026B/17` | Portuguese service / maintenance |

Numbers are sequential per series with gaps (paid invoices are not in the open list), so the same
short number (`248`) exists in several series and customers. Payers write numbers many ways
(`FV2026/00123`, `FV-2026-00123`, `FV 2026/123`, `FV202600123`, `FAC 26 0123`, `FAC/26/0123`,
`FT2026A/45`, `FT 2026A 45`, `FT 2026A-45`).

## Files (`ledger_iberia/`)

| file | content |
|---|---|
| `invoices.json` | %d open invoices of %d customers: `{id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date}` |
| `payments.json` | %d payments, oldest first (2026-03-02 .. 2026-04-30): `{id, date, amount, currency, payer_name, customer_id, reference, remittance}` |
| `labels.json` | one expected MATCHES entry per payment, same order, plus `scenario`, `note` (and `error` on bad rows) |

Invoice currencies: %s. Customers by country: %s. Payments with a customer id: %d of %d.

## Counts

Status:

%s

Payment currency:

%s

Language of the bank/remittance text:

%s

Scenarios:

%s

## Conventions where the contract is silent

- **Candidates** are a list of invoice-id lists (`[["in_a"], ["in_b", "in_c"]]`), one list per
  possible invoice set, best first. Ranking: an exact single invoice before a set; the invoice the
  amount matches before the one the reference names (`review_typo`); otherwise the set with the
  oldest due date first. Graders may prefer to compare candidates as a set of sets.
- **review**: `applications` is empty and `unapplied` equals the whole amount (so the contract's
  sum rule holds); `short_pay` is null. Unknown payer that fits nothing: `review` with `[]`
  candidates (the contract reserves `unapplied` for a *known* customer).
- **Cross-currency**: never applied; `review` with the referenced invoice (in the other currency) as
  the only candidate.
- **Short pays** (`partial` + `short_pay`): withholding (IRPF / retenção), early-payment discount,
  goods deductions. `short_pay.amount` is what the deduction leaves open on that invoice. A declared
  part payment / instalment is `partial` with `short_pay: null`.
- **Overpayment**: `unapplied`, with the applications listed and the remainder in `unapplied`. A
  re-paid returned recibo plus bank return charges is the same shape (no invoice for the charges).
- **Second payment of a paid invoice** (a new payment id): `unapplied`, no applications.
- **Statement payment** ("SALDO", "PAGAMENTO EXTRATO") equal to the sum of all the customer's open
  invoices: `applied` to all of them.
- **Confirming**: the payer is the bank, `customer_id` is null; the bank's advice names the customer
  and the invoices, so it is `applied`.
- **Amount-only matches** are `applied` only when the customer is known (id, or a full payer name
  that no other customer shares), exactly one of its open invoices has that balance and no pair of
  its open invoices sums to it. Otherwise `review`.
- **Bad rows** (`status: "error"`): `applications: []`, `unapplied: null`, `short_pay: null`,
  `candidates: []`, and an `error` text. They change no balance. For a repeated payment id the
  first row is processed normally and the repeat (an exact copy, the next row) is the error; both
  label entries carry the same `payment_id`, so match labels by position.
- `reason` is free text; `scenario` and `note` are for humans and are not engine output.

## Scenario descriptions

%s
""" % (SEED, len(inv_out), len(customers), len(pay_out), ", ".join("%s %d" % kv for kv in icu),
       ", ".join("%s %d" % kv for kv in ico), known, len(pay_out),
       table(st, ["status", "payments"]), table(cu, ["currency", "payments"]), table(lg, ["lang", "payments"]),
       table([(k, sc_status[k], n) for k, n in sc], ["scenario", "status", "payments"]),
       "\n".join("- `%s`: %s" % (k, SCEN_DESC[k]) for k, _ in sc))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


write_readme()
print("ok: %d invoices, %d customers, %d payments" % (len(inv_out), len(customers), len(pay_out)))
