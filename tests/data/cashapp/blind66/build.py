#!/usr/bin/env python3
"""Blind cash-application ledger: LATAM agricultural inputs supplier.

Deterministic (fixed seed), stdlib only. Writes invoices.json, payments.json,
labels.json and README.md next to this file.
"""
import json
import os
import random
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 225_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
Q = Decimal("0.01")
ZERO = Decimal("0.00")


def d2(x):
    return Decimal(x).quantize(Q, rounding=ROUND_HALF_UP)


def s2(x):
    return str(d2(x))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- customers
COUNTRIES = {
    # cur, prefixes, places, suffixes, count, amount range, integer amounts
    "MX": ("MXN", ["Agrícola", "Agropecuaria", "Invernaderos", "Productora de Hortalizas",
                   "Grupo Agroindustrial", "Rancho", "Empacadora"],
           ["Los Altos", "El Bajío", "Valle de Culiacán", "San José", "La Laguna", "Santa Rosa",
            "Tierra Blanca", "Los Mochis", "Sayula", "Zamora", "Valle de Mexicali", "Apatzingán"],
           ["S.A. de C.V.", "S.P.R. de R.L.", "S. de R.L. de C.V.", "S.C. de R.L. de C.V."],
           52, (8000, 950000), False),
    "BR": ("BRL", ["Cooperativa Agroindustrial", "Fazenda", "Agropecuária", "Sementes",
                   "Comercial Agrícola", "Cerealista", "Irrigação"],
           ["Vale do Taquari", "Santa Helena", "Boa Vista", "Chapadão", "Rio Verde", "Sorriso",
            "Campo Novo", "Três Lagoas", "Cascavel", "Luís Eduardo Magalhães", "Primavera", "Jataí"],
           ["Ltda.", "S.A.", "Ltda. ME", "Cooperativa"],
           52, (2500, 420000), False),
    "CO": ("COP", ["Cultivos", "Agroindustrias", "Flores", "Comercializadora Agrícola", "Palmas",
                   "Cafetera", "Hortifrutícola"],
           ["del Huila", "La Sabana", "El Cerrito", "Santa Marta", "Los Llanos", "Risaralda",
            "del Tolima", "Urabá", "Montelíbano", "Tenjo"],
           ["S.A.S.", "Ltda.", "S.A."],
           34, (2000000, 260000000), True),
    "CL": ("CLP", ["Sociedad Agrícola", "Frutícola", "Viña", "Agrícola", "Exportadora Frutícola",
                   "Semillas", "Viveros"],
           ["Los Robles", "Valle del Maule", "San Fernando", "Curicó", "El Huique", "Santa Cruz",
            "Rapel", "Quillota", "Peumo", "Linares"],
           ["Ltda.", "SpA", "S.A."],
           30, (450000, 95000000), True),
    "AR": ("ARS", ["Cooperativa Agropecuaria", "Establecimiento", "Agroservicios", "Acopio",
                   "Semillera", "Estancia", "Agroinsumos"],
           ["General San Martín", "Pergamino", "Venado Tuerto", "Tres Arroyos", "Marcos Juárez",
            "Rafaela", "Junín", "Balcarce", "Río Cuarto", "Tandil"],
           ["S.A.", "S.R.L.", "Ltda.", "S.A.S."],
           30, (90000, 48000000), False),
}
USD_CUSTOMERS = [
    ("US", "Pacific Fresh Produce Imports LLC"), ("US", "Rio Grande Growers Supply Inc."),
    ("US", "Sunbelt Berry Farms LLC"), ("US", "Great Plains Seed Traders Inc."),
    ("MX", "Exportadora de Aguacate Uruapan S.A. de C.V."), ("MX", "Berries del Pacífico S.A. de C.V."),
    ("BR", "Café Alta Mogiana Exportação Ltda."), ("BR", "Frutas do Vale Exportadora S.A."),
    ("CL", "Exportadora Frutícola Andes Sur S.A."), ("CL", "Cerezas del Maule Export SpA"),
    ("CO", "Flores de la Sabana Export S.A.S."), ("CO", "Bananeras del Urabá C.I. S.A."),
    ("AR", "Limones del Tucumán Export S.A."), ("AR", "Peras y Manzanas del Alto Valle S.A."),
    ("US", "Harvest Bridge Trading Co."), ("US", "Central Valley Agri Importers LLC"),
    ("MX", "Hortalizas Finas de Sinaloa Export S.A. de C.V."), ("BR", "Manga Petrolina Export Ltda."),
]
# near-identical names planted on purpose (bank truncation makes them collide)
TWIN_NAMES = [
    ("MX", "Agrícola San José S.A. de C.V.", "Agrícola San José del Valle S.P.R. de R.L."),
    ("BR", "Cooperativa Agroindustrial Vale do Taquari Ltda.", "Cooperativa Agroindustrial Vale do Taquari Norte"),
    ("CL", "Sociedad Agrícola Los Robles Ltda.", "Sociedad Agrícola Los Robles del Maule SpA"),
    ("AR", "Cooperativa Agropecuaria General San Martín Ltda.", "Cooperativa Agropecuaria General San Martín de Junín"),
    ("CO", "Cultivos del Huila S.A.S.", "Cultivos del Huila Orgánicos S.A.S."),
]

customers = []  # dicts: id, name, country, cur
_used_names = set()
_used_combo = set()


def add_customer(country, cur, name):
    n = sum(1 for c in customers if c["country"] == country and c["cur"] == cur) + 1
    cid = "C-%s%s-%03d" % (country, "X" if cur == "USD" else "", n)
    c = {"id": cid, "name": name, "country": country, "cur": cur, "twin": None}
    customers.append(c)
    _used_names.add(name)
    return c


twins = []
for country, a, b in TWIN_NAMES:
    cur = COUNTRIES[country][0]
    ca = add_customer(country, cur, a)
    cb = add_customer(country, cur, b)
    ca["twin"], cb["twin"] = cb["id"], ca["id"]
    twins.append((ca, cb))

for country, (cur, pre, places, suf, count, _rng, _int) in COUNTRIES.items():
    made = 0
    while made < count:
        p1, p2 = R.choice(pre), R.choice(places)
        name = "%s %s %s" % (p1, p2, R.choice(suf))
        if (country, p1, p2) in _used_combo:
            continue
        if name in _used_names or any(name.split()[0:3] == t.split()[0:3] for _, t, _b in TWIN_NAMES):
            continue
        add_customer(country, cur, name)
        _used_combo.add((country, p1, p2))
        made += 1
for country, name in USD_CUSTOMERS:
    add_customer(country, "USD", name)

CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
SERIES = {"MXN": 10001, "BRL": 4101, "COP": 5201, "CLP": 33001, "ARS": 12001, "USD": 301}


def inv_number(cur, n):
    if cur == "MXN":
        return "FA-%05d" % n
    if cur == "BRL":
        return "NF-%06d" % n
    if cur == "COP":
        return "FEAS-%d" % n
    if cur == "CLP":
        return "FCL-%d" % n
    if cur == "ARS":
        return "A-0003-%08d" % n
    return "EXP-26-%04d" % n


def core_digits(number):
    """the significant serial of an invoice number (no prefix, no leading zeros)"""
    if number.startswith("A-0003-"):
        return str(int(number[7:]))
    if number.startswith("EXP-26-"):
        return str(int(number[7:]))
    return str(int(number.split("-")[-1]))


def rand_amount(cur):
    lo, hi = (COUNTRIES[[k for k, v in COUNTRIES.items() if v[0] == cur][0]][5]
              if cur != "USD" else (4000, 310000))
    x = lo * (hi / lo) ** R.random()
    if cur in ("COP", "CLP"):
        step = 1000 if cur == "COP" else 10
        return Decimal(int(x) // step * step).quantize(Q)
    return d2(Decimal(int(x * 100)) / 100)


PERIOD_START = date(2026, 4, 1)
PERIOD_END = date(2026, 8, 31)
rows = []  # (issue_date, block key, customer, amount)
for c in customers:
    k = R.randint(4, 9) if c["cur"] != "USD" else R.randint(4, 7)
    dates = []
    while len(dates) < k:
        dd = PERIOD_START + timedelta(R.randint(0, (PERIOD_END - PERIOD_START).days))
        if R.random() < 0.3 and len(dates) <= k - 3:
            dates += [dd] * R.randint(3, 4)  # multi-delivery shipment billed the same day
        else:
            dates.append(dd)
    amts = [rand_amount(c["cur"]) for _ in dates]
    if R.random() < 0.3 and len(amts) >= 3:  # same contract price billed twice (planted ambiguity)
        amts[-1] = amts[0]
    for dd, a in zip(dates, amts):
        rows.append([dd, c["id"], c, a])

# planted: twin customers each get one invoice with the same amount
for ca, cb in twins:
    a = rand_amount(ca["cur"])
    dd = PERIOD_START + timedelta(R.randint(30, 120))
    rows.append([dd, ca["id"], ca, a])
    rows.append([dd + timedelta(R.randint(1, 9)), cb["id"], cb, a])

for r in rows[-2 * len(twins):]:
    r.append("reserved")
rows.sort(key=lambda r: (r[0], r[1]))
invoices = []
counters = dict(SERIES)
TERMS = [30, 30, 45, 60, 60, 90, 120, 180]
RESERVED = set()
for i, (dd, _k, c, a, *flag) in enumerate(rows):
    if flag:
        RESERVED.add("inv-%05d" % (20001 + i))
    cur = c["cur"]
    n = counters[cur]
    counters[cur] += 1
    terms = R.choice(TERMS)
    invoices.append({
        "id": "inv-%05d" % (20001 + i), "number": inv_number(cur, n), "customer_id": c["id"],
        "customer_name": c["name"], "currency": cur, "total": s2(a), "balance": s2(a),
        "issue_date": dd.isoformat(), "due_date": (dd + timedelta(terms)).isoformat(),
    })
# a few invoices already part-paid before the snapshot
for inv in R.sample([i for i in invoices if i["id"] not in RESERVED], 60):
    t = Decimal(inv["total"])
    frac = Decimal(R.choice(["0.3", "0.4", "0.5", "0.6"]))
    b = (t * frac).quantize(Decimal("1") if inv["currency"] in ("COP", "CLP") else Q, rounding=ROUND_HALF_UP)
    inv["balance"] = s2(b)

INV = {i["id"]: i for i in invoices}
BY_NUMBER = {i["number"]: i for i in invoices}
ALL_CORES = defaultdict(set)
for i in invoices:
    ALL_CORES[i["currency"]].add(core_digits(i["number"]))
CUST_INVS = defaultdict(list)
for i in invoices:
    CUST_INVS[i["customer_id"]].append(i)

# ---------------------------------------------------------------- bank text helpers
ABBR = [("COOPERATIVA", "COOP"), ("AGROPECUARIA", "AGROP"), ("AGROINDUSTRIAL", "AGROIND"),
        ("SOCIEDAD", "SOC"), ("COMERCIALIZADORA", "COMERC"), ("EXPORTADORA", "EXPORT"),
        ("GENERAL", "GRAL"), ("AGROINDUSTRIAS", "AGROINDS"), ("ESTABLECIMIENTO", "EST"),
        ("PRODUCTORA", "PROD"), ("HORTALIZAS", "HORT"), ("COMERCIAL", "COML"), ("LIMITADA", "LTDA")]
BANK_MAXLEN = {"MXN": 40, "BRL": 30, "COP": 26, "CLP": 30, "ARS": 25, "USD": 35}


def bank_name(c, abbr=None, maxlen=None):
    s = strip_accents(c["name"]).upper().replace(".", "").replace(",", "")
    s = " ".join(s.split())
    if abbr is None:
        abbr = R.random() < 0.45
    if abbr:
        for a, b in ABBR:
            s = s.replace(a, b)
    return s[: maxlen or BANK_MAXLEN[c["cur"]]].rstrip()


def name_matches(payer, cur):
    """customers of that currency whose full or abbreviated bank name starts with payer"""
    out = []
    for c in customers:
        if c["cur"] != cur:
            continue
        if bank_name(c, abbr=False, maxlen=200).startswith(payer) or bank_name(c, abbr=True, maxlen=200).startswith(payer):
            out.append(c["id"])
    return out


def fmt_money(cur, amt):
    amt = d2(amt)
    ip, fp = str(amt).split(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while ip:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    if cur in ("MXN", "USD"):
        s = ",".join(groups) + "." + fp
        return ("$" + s) if cur == "MXN" else ("USD " + s)
    if cur in ("COP", "CLP"):
        return "$" + ".".join(groups)
    if cur == "BRL":
        return "R$ " + ".".join(groups) + "," + fp
    return "$ " + ".".join(groups) + "," + fp  # ARS


def mention(inv, style=None):
    """how a customer writes one of our invoice numbers"""
    n = inv["number"]
    core = core_digits(n)
    cur = inv["currency"]
    opts = {
        "MXN": [n, "FA " + core, "FA" + core, "FACT " + core, "factura " + n, "Fact. FA-" + core],
        "BRL": [n, "NF " + core, "NF-e " + n[3:], "NF" + n[3:], "nota fiscal " + core, "NFe " + core],
        "COP": [n, "FEAS " + core, "FE " + core, "factura " + n, "Fra FEAS" + core],
        "CLP": [n, "Fact " + core, "factura N° " + core, "FCL " + core, "folio " + core],
        "ARS": [n, "FC A 0003-" + n[7:], "Fact A 3-" + core, "FCA 0003-" + n[7:], "factura A " + n[7:]],
        "USD": [n, "INV EXP26-" + n[7:], "invoice EXP-26-" + n[7:], "EXP 26" + n[7:]],
    }[cur]
    return opts[style % len(opts)] if style is not None else R.choice(opts)


def rand_digits(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def rut():
    return "%d.%03d.%03d-%s" % (R.randint(76, 77), R.randint(0, 999), R.randint(0, 999), R.choice("0123456789K"))


def cuit():
    return "30-%08d-%d" % (R.randint(50000000, 71999999), R.randint(0, 9))


def cnpj():
    return "%02d.%03d.%03d/0001-%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99))


def nit():
    return "%d.%03d.%03d-%d" % (R.randint(800, 901), R.randint(0, 999), R.randint(0, 999), R.randint(0, 9))


MX_BANKS = ["BBVA MEXICO", "BANORTE", "SANTANDER", "BANAMEX", "HSBC", "BANREGIO", "BAJIO"]
RASTREO_PFX = {"BBVA MEXICO": "MBAN0100", "BANORTE": "BNET0100", "SANTANDER": "SANT", "BANAMEX": "085900",
               "HSBC": "HSBC", "BANREGIO": "BREG", "BAJIO": "BBAJ"}


def channel_text(c, pay_date, concepto, note_text=None, channel=None, seu_numero=None):
    """returns (payer_name, reference) as a bank statement would show them; concepto is the
    customer's free text (may be cut by the channel)."""
    cur = c["cur"]
    if cur == "MXN":
        bank = R.choice(MX_BANKS)
        clave = RASTREO_PFX[bank] + pay_date.strftime("%Y%m%d") + rand_digits(8)
        refnum = rand_digits(7)
        conc = strip_accents(concepto).upper()[:40]
        return bank_name(c), "SPEI %s | CLAVE RASTREO %s | REF NUM %s | CONCEPTO: %s" % (bank, clave, refnum, conc)
    if cur == "BRL":
        if channel == "boleto":
            nn = "%08d-%d" % (R.randint(10000000, 99999999), R.randint(0, 9))
            seu = seu_numero or rand_digits(6)
            return bank_name(c), "LIQ BOLETO NOSSO NUM 109/%s SEU NUM %s" % (nn, seu)
        e2e = "E%s%s%s" % (rand_digits(8), pay_date.strftime("%Y%m%d"), rand_digits(13))
        msg = (" MSG: " + concepto[:70]) if concepto else ""
        return bank_name(c), "PIX RECEBIDO CNPJ %s %s%s" % (cnpj(), e2e, msg)
    if cur == "COP":
        if R.random() < 0.5:
            return bank_name(c), "PSE CUS %s REF1 %s REF2 NIT %s" % (rand_digits(9), (concepto or "PAGO")[:30], nit())
        return bank_name(c), "ABONO ACH %s NIT %s %s" % (R.choice(["BANCOLOMBIA", "DAVIVIENDA", "BCO BOGOTA", "BBVA COL"]), nit(), (concepto or "")[:34])
    if cur == "CLP":
        nm = c["name"][:30] if R.random() < 0.5 else bank_name(c)
        return nm, "Transf. de %s %s" % (rut(), concepto or "")
    if cur == "ARS":
        return bank_name(c), "TRANSF. CBU %s CUIT %s %s" % ("0" + rand_digits(21), cuit(), (concepto or "VAR")[:40])
    # USD
    if R.random() < 0.5:
        return bank_name(c), "FEDWIRE IMAD %sMMQFMP%s OBI %s" % (pay_date.strftime("%Y%m%d"), rand_digits(6), (concepto or "")[:70])
    return bank_name(c), "SWIFT MT103 UETR %s-%s /RFB/ %s" % (rand_digits(8), rand_digits(4), (concepto or "")[:70])

# ---------------------------------------------------------------- state and scenario engine
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
touched = set()
paid_full = []      # (invoice_id, amount, date) fully paid by a referenced payment in this file
part_paid = []      # invoice ids left open on purpose by a partial payment in this file
payments, labels = [], []
PAY_START = date(2026, 9, 1)
N_PAYMENTS = 404
INTCUR = ("COP", "CLP")


def rnd_cur(cur, x):
    if cur in INTCUR:
        return Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP).quantize(Q)
    return d2(x)


def open_invs(cid, fresh=True):
    return [i for i in CUST_INVS[cid] if bal[i["id"]] > 0 and (not fresh or (i["id"] not in touched and i["id"] not in RESERVED))]


def pick_customer(cur=None, min_open=1, pred=None, usd=None):
    pool = [c for c in customers if (cur is None or c["cur"] == cur)
            and (usd is None or (c["cur"] == "USD") == usd)
            and len(open_invs(c["id"])) >= min_open and (pred is None or pred(c))]
    return R.choice(pool) if pool else None


def amount_unique(cid, amt, exclude=()):
    """amt equals exactly one open balance of the customer and no pair of open balances"""
    ops = [i for i in open_invs(cid, fresh=False) if i["id"] not in exclude]
    eq = [i for i in ops if bal[i["id"]] == amt]
    if len(eq) != 1:
        return None
    for a in range(len(ops)):
        for b in range(a + 1, len(ops)):
            if bal[ops[a]["id"]] + bal[ops[b]["id"]] == amt:
                return None
    return eq[0]


def fits_nothing(cid, amt, cur):
    ops = [i for i in open_invs(cid, fresh=False) if i["currency"] == cur]
    if any(bal[i["id"]] == amt for i in ops):
        return False
    for a in range(len(ops)):
        for b in range(a + 1, len(ops)):
            if bal[ops[a]["id"]] + bal[ops[b]["id"]] == amt:
                return False
    return sum((bal[i["id"]] for i in ops), ZERO) != amt


class Ctx:
    def __init__(self, idx):
        self.idx = idx
        self.pid = "p-%04d" % (1001 + idx)
        self.date = PAY_START + timedelta(days=idx * 80 // N_PAYMENTS)


def emit(ctx, c, amount, cur, payer, cid_given, reference, remittance, status, apps, unapplied,
         short, cands, reason, scenario, note, evidence=(), lang=None, date_str=None, amount_str="__AUTO__"):
    p = {"id": ctx.pid, "date": date_str or ctx.date.isoformat(),
         "amount": s2(amount) if amount_str == "__AUTO__" else amount_str, "currency": cur,
         "payer_name": payer, "customer_id": (c["id"] if (c and cid_given) else None),
         "reference": reference, "remittance": remittance}
    for iid, a in apps:
        bal[iid] -= a
        assert bal[iid] >= 0, (ctx.pid, iid)
        touched.add(iid)
    for cset in cands:
        touched.update(x for x in cset)
    ev = list(evidence)
    for e in ev:
        assert e in " ".join(str(x) for x in (payer, reference, remittance) if x), (ctx.pid, e)
    lab = {"payment_id": ctx.pid, "status": status,
           "applications": [{"invoice_id": iid, "amount": s2(a)} for iid, a in apps],
           "unapplied": s2(unapplied), "short_pay": short, "candidates": [list(x) for x in cands],
           "reason": reason, "scenario": scenario,
           "note": "[%s, %s] %s%s" % (scenario, lang or LANG[cur], note,
                                       (" evidence=" + json.dumps(ev, ensure_ascii=False)) if ev else "")}
    payments.append(p)
    labels.append(lab)
    return True


LANG = {"MXN": "es-MX", "BRL": "pt-BR", "COP": "es-CO", "CLP": "es-CL", "ARS": "es-AR", "USD": "en-US"}
PT = {"BRL"}


def lang_of(c):
    if c["cur"] == "USD":
        return {"BR": "pt-BR", "US": "en-US"}.get(c["country"], "es-" + c["country"]) if R.random() < 0.6 else "en-US"
    return LANG[c["cur"]]


# --- remittance phrasing -------------------------------------------------------------
def t_pay_list(lang, ms, total_s):
    if lang.startswith("pt"):
        return R.choice(["Segue pagamento das notas %s, total %s.", "Pagamento ref. %s - valor %s",
                         "Prezados, efetuamos o pagamento de %s no valor total de %s. Att., Financeiro"]) % (ms, total_s)
    if lang.startswith("en"):
        return R.choice(["Payment of %s, total %s.", "Remittance advice: %s / amount %s",
                         "Please apply to %s. Total remitted %s. Regards, Accounts Payable"]) % (ms, total_s)
    return R.choice(["Pago de %s por un total de %s.", "Aviso de pago: %s. Importe %s",
                     "Estimados, adjuntamos comprobante del pago de %s por %s. Saludos, Cuentas por Pagar",
                     "Cancelamos %s, total transferido %s."]) % (ms, total_s)


def join_list(ms, lang):
    if len(ms) == 1:
        return ms[0]
    y = " e " if lang.startswith("pt") else (" and " if lang.startswith("en") else " y ")
    return ", ".join(ms[:-1]) + y + ms[-1]


# --- scenarios ------------------------------------------------------------------------
def sc_exact(ctx):
    c = pick_customer()
    if not c:
        return False
    inv = R.choice(open_invs(c["id"]))
    amt = bal[inv["id"]]
    lang = lang_of(c)
    m = mention(inv)
    where = R.random()
    cidg = R.random() < 0.5
    if c["cur"] == "BRL" and R.random() < 0.4:
        payer, ref = channel_text(c, ctx.date, None, channel="boleto", seu_numero=inv["number"][3:])
        rem = None
        ev = [inv["number"][3:]]
    elif where < 0.6:
        payer, ref = channel_text(c, ctx.date, ("PAGO " if not lang.startswith("pt") else "PGTO ") + m)
        rem = None
        ev = [strip_accents(m).upper() if c["cur"] == "MXN" else m]
    else:
        payer, ref = channel_text(c, ctx.date, R.choice(["PAGO PROVEEDOR", "PAGO", "PROVEEDORES", ""]) if not lang.startswith("pt") else "PAGAMENTO FORNECEDOR")
        rem = t_pay_list(lang, m, fmt_money(c["cur"], amt))
        ev = [m]
    return emit(ctx, c, amt, c["cur"], payer, cidg, ref, rem, "applied", [(inv["id"], amt)], ZERO, None, [],
                "invoice %s named and amount equals its balance" % inv["number"], "exact_ref",
                "reference names %s; amount = balance %s" % (inv["number"], s2(amt)), ev, lang)


def sc_list(ctx):
    c = pick_customer(min_open=3)
    if not c:
        return False
    ops = open_invs(c["id"])
    k = R.randint(2, min(5, len(ops)))
    chosen = sorted(R.sample(ops, k), key=lambda i: i["number"])
    amt = sum((bal[i["id"]] for i in chosen), ZERO)
    lang = lang_of(c)
    st = R.randint(0, 5)
    ms = [mention(i, st) for i in chosen]
    payer, ref = channel_text(c, ctx.date, R.choice(["PAGO FACTURAS", "PAGO VARIAS FACT", "LIQUIDACION PROVEEDOR"]) if not lang.startswith("pt") else "PAGTO NFS")
    rem = t_pay_list(lang, join_list(ms, lang), fmt_money(c["cur"], amt))
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.6, ref, rem, "applied",
                [(i["id"], bal[i["id"]]) for i in chosen], ZERO, None, [],
                "remittance lists %d invoices whose balances add up to the payment" % k, "list",
                "lists %s; sum of balances = %s" % (", ".join(i["number"] for i in chosen), s2(amt)), ms, lang)


def sc_partial(ctx):
    c = pick_customer()
    if not c:
        return False
    inv = R.choice(open_invs(c["id"]))
    b = bal[inv["id"]]
    frac = Decimal(R.choice(["0.25", "0.3", "0.4", "0.5", "0.5", "0.6"]))
    amt = rnd_cur(c["cur"], b * frac)
    if c["cur"] not in INTCUR and R.random() < 0.5:
        amt = Decimal(int(amt) // 1000 * 1000 or int(amt)).quantize(Q)
    if not (0 < amt < b) or any(bal[i["id"]] == amt for i in open_invs(c["id"], fresh=False)):
        return False
    lang = lang_of(c)
    m = mention(inv)
    if lang.startswith("pt"):
        rem = R.choice(["Pagamento parcial da %s. Saldo será quitado na próxima quinzena.",
                        "1a parcela referente %s conforme negociado com o comercial.",
                        "Adiantamento parcial %s, restante após a colheita."]) % m
    elif lang.startswith("en"):
        rem = R.choice(["Partial payment on %s, balance to follow after harvest.",
                        "First instalment against %s as agreed."]) % m
    else:
        rem = R.choice(["Abono parcial a la %s, el saldo lo liquidamos al cierre de cosecha.",
                        "Pago parcial %s (primera parte de dos).", "Pago a cuenta de la %s según lo acordado.",
                        "Abono a cuenta de %s."]) % m
    payer, ref = channel_text(c, ctx.date, "ABONO " + m if not lang.startswith("pt") else "PARCELA " + m)
    part_paid.append(inv["id"])
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.5, ref, rem, "partial", [(inv["id"], amt)], ZERO, None, [],
                "stated part payment of %s" % inv["number"], "partial",
                "remittance says part payment of %s (balance %s), leaves %s open" % (inv["number"], s2(b), s2(b - amt)), [m], lang)


SHORT_REASONS = {
    # cur: list of (rate, es/pt text template with {m} {d} {p}, reason)
    "MXN": [("0.02", "Pago {m} con descuento por pronto pago 2% ({d}). Neto {p}.", "early-payment discount taken"),
            ("0.04", "Pago {m}. Se descuentan {d} por 6 bultos de semilla dañados en la entrega, nota de crédito pendiente.", "damaged goods"),
            ("fee", "Pago {m}; comisión bancaria {d} descontada por nuestro banco.", "bank fee deducted")],
    "BRL": [("0.0615", "Pagamento NF {m} com retenção de IR/CSLL/PIS/COFINS {d} (serviço de instalação de irrigação). Líquido {p}.", "tax withholding"),
            ("0.03", "Pagamento {m} com desconto de {d} referente avaria em 12 sacos de fertilizante.", "damaged goods"),
            ("fee", "Pagamento {m}. Descontados IOF e tarifa bancária {d}.", "IOF / bank fee deducted")],
    "COP": [("0.025", "Pago {m}. Retención en la fuente 2,5% {d}. Valor neto {p}.", "withholding tax (retención en la fuente)"),
            ("0.035", "Pago {m} menos retención en la fuente y reteICA por {d}.", "withholding tax (retefuente + reteICA)"),
            ("0.01", "Pago {m}; reteIVA {d} descontado según certificado.", "withholding tax (reteIVA)")],
    "CLP": [("0.05", "Pago {m}. Descontamos {d} por diferencia de precio con la orden de compra.", "price difference"),
            ("fee", "Pago {m}, comisión por transferencia {d} a su cargo.", "bank fee deducted")],
    "ARS": [("0.03", "Pago {m}. Retención IIBB {d} (se adjunta certificado). Neto transferido {p}.", "withholding tax (IIBB)"),
            ("0.02", "Pago {m} con retención de Ganancias por {d}.", "withholding tax (Ganancias)"),
            ("0.0105", "Pago {m}; retención IVA {d}, certificado SIRE adjunto.", "withholding tax (IVA)")],
    "USD": [("fee", "Payment {m}. Intermediary bank charges {d} deducted. Comisión bancaria.", "bank charges deducted"),
            ("0.05", "Payment {m} less {d} for 40 drip-line rolls short-shipped.", "quantity shortage")],
}
FEE = {"MXN": ["150.00", "250.00", "348.00"], "BRL": ["12.50", "38.90", "95.00"], "CLP": ["4500.00", "9800.00"],
       "USD": ["25.00", "35.00", "45.00", "60.00"]}


def short_calc(c, inv, rate):
    b = bal[inv["id"]]
    if rate == "fee":
        d = Decimal(R.choice(FEE[c["cur"]]))
    else:
        d = rnd_cur(c["cur"], b * Decimal(rate))
    return d


def sc_short(ctx):
    c = pick_customer()
    if not c:
        return False
    inv = R.choice(open_invs(c["id"]))
    b = bal[inv["id"]]
    rate, tpl, reason = R.choice(SHORT_REASONS[c["cur"]])
    d = short_calc(c, inv, rate)
    if not (0 < d < b):
        return False
    amt = b - d
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    m = mention(inv)
    if c["cur"] == "BRL" and tpl.startswith("Pagamento NF {m}"):
        m = core_digits(inv["number"])
    ds, ps = fmt_money(c["cur"], d), fmt_money(c["cur"], amt)
    rem = tpl.format(m=m, d=ds, p=ps)
    payer, ref = channel_text(c, ctx.date, ("PGTO " if c["cur"] == "BRL" else "PAGO ") + mention(inv, 0))
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.5, ref, rem, "partial", [(inv["id"], amt)], ZERO,
                {"invoice_id": inv["id"], "amount": s2(d), "reason": reason}, [],
                "short pay on %s: %s" % (inv["number"], reason), "short_pay",
                "balance %s - deduction %s = paid %s" % (s2(b), s2(d), s2(amt)), [m, ds], lang)


def sc_overpay(ctx):
    c = pick_customer()
    if not c:
        return False
    inv = R.choice(open_invs(c["id"]))
    b = bal[inv["id"]]
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    m = mention(inv)
    if c["cur"] == "BRL":
        extra = rnd_cur("BRL", b * Decimal(R.choice(["0.021", "0.033", "0.012"])))
        payer, ref = channel_text(c, ctx.date, None, channel="boleto", seu_numero=inv["number"][3:])
        rem = "Boleto %s pago com atraso, valor inclui juros e multa de %s." % (inv["number"][3:], fmt_money("BRL", extra))
        ev = [inv["number"][3:], fmt_money("BRL", extra)]
    else:
        if c["cur"] in INTCUR:
            extra = Decimal(R.choice([10000, 50000, 120000, 250000]) * (1 if c["cur"] == "CLP" else 10)).quantize(Q)
        else:
            extra = d2(R.choice(["100.00", "500.00", "1000.00", "37.50", "2500.00"]))
        total = b + extra
        if lang.startswith("en"):
            rem = R.choice(["Payment for %s. We rounded up; please keep the difference as credit for the next order.",
                            "Remitting %s for %s."])
            rem = rem % (m,) if rem.count("%s") == 1 else rem % (fmt_money(c["cur"], total), m)
        else:
            rem = R.choice(["Pago %s. Redondeamos el importe, el excedente dejarlo a cuenta del próximo pedido.",
                            "Transferimos %s por la %s."])
            rem = rem % (m,) if rem.count("%s") == 1 else rem % (fmt_money(c["cur"], total), m)
        payer, ref = channel_text(c, ctx.date, "PAGO " + mention(inv, 0))
        ev = [m]
    amt = b + extra
    if not fits_nothing(c["id"], amt, c["cur"]):
        return False
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.6, ref, rem, "unapplied", [(inv["id"], b)], extra, None, [],
                "pays %s in full; %s over is held on account" % (inv["number"], s2(extra)), "overpay",
                "balance %s, paid %s, remainder %s unapplied" % (s2(b), s2(amt), s2(extra)), ev, lang)


def sc_second(ctx):
    """a second payment of an invoice that an earlier payment in this file already cleared"""
    cand = [x for x in paid_full if bal[x[0]] == 0 and (ctx.date - x[2]).days >= 2]
    if not cand:
        return False
    iid, amt0, _d = R.choice(cand)
    paid_full.remove((iid, amt0, _d))
    inv = INV[iid]
    if not fits_nothing(inv["customer_id"], amt0, inv["currency"]):
        return False
    c = CUST[inv["customer_id"]]
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    m = mention(inv)
    payer, ref = channel_text(c, ctx.date, ("PAGO " if not lang.startswith("pt") else "PGTO ") + mention(inv, 0))
    rem = {"pt": "Pagamento %s.", "en": "Payment %s as per your reminder.", "es": "Pago %s según su recordatorio."}[lang[:2]] % m
    return emit(ctx, c, amt0, c["cur"], payer, True, ref, rem, "unapplied", [], amt0, None, [],
                "%s was already paid by an earlier payment; duplicate held on account" % inv["number"], "second_payment",
                "same invoice and amount as an earlier payment in this file; balance is now 0", [m], lang)


def sc_remainder(ctx):
    cand = [iid for iid in part_paid if bal[iid] > 0]
    if not cand:
        return False
    iid = R.choice(cand)
    part_paid.remove(iid)
    inv = INV[iid]
    c = CUST[inv["customer_id"]]
    b = bal[iid]
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    m = mention(inv)
    rem = {"pt": "Quitação do saldo da %s.", "en": "Final payment, balance of %s.",
           "es": "Liquidación del saldo pendiente de la %s."}[lang[:2]] % m
    payer, ref = channel_text(c, ctx.date, "SALDO " + mention(inv, 0))
    return emit(ctx, c, b, c["cur"], payer, R.random() < 0.5, ref, rem, "applied", [(iid, b)], ZERO, None, [],
                "pays the remaining balance of %s after an earlier part payment" % inv["number"], "remainder",
                "earlier part payment in this file left %s open; this pays it" % s2(b), [m], lang)


def sc_amount_only(ctx):
    for _ in range(30):
        c = pick_customer(min_open=2)
        inv = R.choice(open_invs(c["id"]))
        amt = bal[inv["id"]]
        if amount_unique(c["id"], amt) is inv:
            break
    else:
        return False
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    conc = R.choice(["PAGO PROVEEDOR", "PAGO", "", "TRANSFERENCIA"]) if not lang.startswith("pt") else R.choice(["PAGAMENTO", ""])
    payer, ref = channel_text(c, ctx.date, conc)
    cidg = len(name_matches(payer, c["cur"])) != 1 or R.random() < 0.75
    return emit(ctx, c, amt, c["cur"], payer, cidg, ref, None, "applied", [(inv["id"], amt)], ZERO, None, [],
                "known customer; amount equals exactly one open balance (%s)" % inv["number"], "amount_only",
                "no invoice number; only %s of this customer has balance %s and no pair adds up to it" % (inv["number"], s2(amt)), [], lang)


def sc_lump_all(ctx):
    c = pick_customer(min_open=2, pred=lambda c: 2 <= len(open_invs(c["id"], fresh=False)) <= 7
                      and len(open_invs(c["id"], fresh=False)) == len(open_invs(c["id"])))
    if not c:
        return False
    ops = open_invs(c["id"], fresh=False)
    amt = sum((bal[i["id"]] for i in ops), ZERO)
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    rem = {"pt": "Pagamento do saldo total em aberto conforme extrato enviado.",
           "en": "Settling the full statement balance.",
           "es": "Pago total del estado de cuenta al día de hoy."}[lang[:2]] if R.random() < 0.6 else None
    payer, ref = channel_text(c, ctx.date, R.choice(["PAGO EDO CTA", "PAGO SALDO", "LIQUIDACION"]) if not lang.startswith("pt") else "QUITACAO")
    return emit(ctx, c, amt, c["cur"], payer, True, ref, rem, "applied",
                [(i["id"], bal[i["id"]]) for i in sorted(ops, key=lambda i: i["due_date"])], ZERO, None, [],
                "amount equals the customer's whole open balance (%d invoices)" % len(ops), "lump_sum",
                "no invoice numbers; sum of all %d open balances = %s" % (len(ops), s2(amt)), [], lang)


def runs_for(c):
    invs = sorted(CUST_INVS[c["id"]], key=lambda i: int(core_digits(i["number"])))
    nums = {int(core_digits(i["number"])): i for i in invoices if i["currency"] == c["cur"]}
    out = []
    for i in invs:
        n = int(core_digits(i["number"]))
        run = []
        while n in nums and nums[n]["customer_id"] == c["id"] and bal[nums[n]["id"]] > 0 and nums[n]["id"] not in touched:
            run.append(nums[n])
            n += 1
        if len(run) >= 3:
            out.append(run)
    return out


def sc_range(ctx):
    pool = [c for c in customers if runs_for(c)]
    if not pool:
        return False
    c = R.choice(pool)
    run = R.choice(runs_for(c))
    amt = sum((bal[i["id"]] for i in run), ZERO)
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    a, b = run[0], run[-1]
    st = R.randint(0, 3)
    ma, mb = mention(a, st), core_digits(b["number"]) if R.random() < 0.5 else mention(b, st)
    if lang.startswith("pt"):
        rng = "%s a %s" % (ma, mb)
        rem = "Pagamento das notas %s (entrega parcelada), total %s." % (rng, fmt_money(c["cur"], amt))
    elif lang.startswith("en"):
        rng = "%s through %s" % (ma, mb)
        rem = "Payment for invoices %s, total %s." % (rng, fmt_money(c["cur"], amt))
    else:
        rng = R.choice(["%s a la %s", "%s al %s", "%s - %s"]) % (ma, mb)
        rem = "Pago facturas %s, total %s." % (rng, fmt_money(c["cur"], amt))
    payer, ref = channel_text(c, ctx.date, "PAGO FACTURAS" if not lang.startswith("pt") else "PAGTO NFS")
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.5, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in run],
                ZERO, None, [], "range %s..%s, all the customer's, sums to the payment" % (a["number"], b["number"]), "range",
                "range covers %d consecutive invoices of this customer; sum %s" % (len(run), s2(amt)), [rng], lang)


def typo_of(inv):
    core = core_digits(inv["number"])
    for _ in range(40):
        s = list(core)
        if R.random() < 0.5 and len(s) > 2:
            k = R.randrange(1, len(s) - 1)
            s[k], s[k + 1] = s[k + 1], s[k]
        else:
            k = R.randrange(1, len(s))
            s[k] = R.choice([x for x in "0123456789" if x != s[k]])
        t = "".join(s)
        if t != core and t not in ALL_CORES[inv["currency"]]:
            return t
    return None


def with_core(inv, core):
    cur = inv["currency"]
    return {"MXN": "FA-" + core, "BRL": "NF " + core, "COP": "FEAS " + core, "CLP": "factura " + core,
            "ARS": "FC A 0003-%08d" % int(core), "USD": "INV EXP-26-%04d" % int(core)}[cur]


def sc_typo(ctx):
    for _ in range(30):
        c = pick_customer(min_open=2)
        inv = R.choice(open_invs(c["id"]))
        if amount_unique(c["id"], bal[inv["id"]]) is inv:
            t = typo_of(inv)
            if t:
                break
    else:
        return False
    amt = bal[inv["id"]]
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    wm = with_core(inv, t)
    rem = {"pt": "Pagamento %s.", "en": "Payment of %s.", "es": "Pago de la %s."}[lang[:2]] % wm
    payer, ref = channel_text(c, ctx.date, "PAGO" if not lang.startswith("pt") else "PAGAMENTO")
    return emit(ctx, c, amt, c["cur"], payer, True, ref, rem, "applied", [(inv["id"], amt)], ZERO, None, [],
                "number %s does not exist; one digit off %s, whose balance equals the amount" % (wm, inv["number"]), "typo",
                "typo %s -> %s; no invoice has that number; amount unique for this customer" % (wm, inv["number"]), [wm], lang)


def sc_po_trap(ctx):
    """remittance carries a PO / pedido number that is also (the serial of) another invoice"""
    c = pick_customer(min_open=1, usd=False)
    if not c:
        return False
    inv = R.choice(open_invs(c["id"]))
    others = [i for i in invoices if i["currency"] == c["cur"] and i["id"] != inv["id"] and bal[i["id"]] > 0
              and bal[i["id"]] != bal[inv["id"]]]
    decoy = R.choice(others)
    dc = core_digits(decoy["number"])
    amt = bal[inv["id"]]
    lang = LANG[c["cur"]]
    m = mention(inv, 0)
    if lang.startswith("pt"):
        po = "Pedido de compra %s" % dc
        rem = "%s / NF %s - pagamento integral." % (po, core_digits(inv["number"]))
        ev = [po, "NF " + core_digits(inv["number"])]
    else:
        po = R.choice(["OC %s", "Orden de compra %s", "Pedido %s", "O.C. N° %s"]) % dc
        rem = R.choice(["%s - Factura %s", "Ref. %s, pago de la factura %s", "%s. Cancelamos %s."]) % (po, m)
        ev = [po, m]
    payer, ref = channel_text(c, ctx.date, po if c["cur"] != "MXN" else ("PAGO " + po))
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.5, ref, rem, "applied", [(inv["id"], amt)], ZERO, None, [],
                "invoice %s named; %s is a purchase-order number (it happens to match %s)" % (inv["number"], po, decoy["number"]),
                "po_trap", "PO digits %s equal the serial of %s (%s, other amount); the invoice named is %s with the exact balance"
                % (dc, decoy["number"], decoy["customer_id"], inv["number"]), ev, lang)


def sc_advance(ctx):
    """known customer pays something that fits no invoice: an advance for the next season"""
    c = pick_customer(min_open=0)
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    for _ in range(20):
        amt = rnd_cur(c["cur"], rand_amount(c["cur"]))
        if c["cur"] not in INTCUR:
            amt = Decimal(int(amt) // 1000 * 1000 + 1000).quantize(Q)
        if fits_nothing(c["id"], amt, c["cur"]):
            break
    else:
        return False
    rem = {"pt": R.choice(["Adiantamento para pedido de sementes safra 2026/27.", "Antecipação pedido de fertilizantes, NF a emitir."]),
           "en": "Advance payment for the spring seed order (proforma to follow).",
           "es": R.choice(["Anticipo para pedido de semilla ciclo PV 2027.", "Anticipo pedido de fertilizante, favor de facturar contra este pago.",
                           "Pago anticipado sistema de riego por goteo, cotización pendiente."])}[lang[:2]]
    payer, ref = channel_text(c, ctx.date, "ANTICIPO" if not lang.startswith("pt") else "ADIANTAMENTO")
    return emit(ctx, c, amt, c["cur"], payer, True, ref, rem, "unapplied", [], amt, None, [],
                "known customer, advance payment, no open invoice or pair fits", "no_fit_known",
                "customer identified by customer_id; remittance says advance; amount %s fits no open invoice" % s2(amt), [], lang)


UNKNOWN_PAYERS = {
    "MXN": ["TRANSPORTES HNOS RUIZ SA DE CV", "JUAN CARLOS MENDOZA LOPEZ", "COMERCIALIZADORA DEL NOROESTE SA"],
    "BRL": ["JOSE APARECIDO DA SILVA", "TRANSPORTADORA RODOSUL LTDA", "M R AGRONEGOCIOS ME"],
    "COP": ["INVERSIONES PEREZ Y CIA", "LUIS FERNANDO GOMEZ", "DISTRIBUIDORA EL LLANO"],
    "CLP": ["Inversiones Santa Amalia Ltda", "Pedro Pablo Fuentes S", "Comercial Agro Sur"],
    "ARS": ["GONZALEZ MARIO ALBERTO", "LOGISTICA PAMPA SRL", "AGRO DON ATILIO"],
    "USD": ["GLOBAL AGRI FINANCE LTD", "M. HERNANDEZ TRADING", "ATLAS COMMODITIES SA"],
}


def sc_unknown(ctx):
    cur = R.choice(list(UNKNOWN_PAYERS))
    lang = LANG[cur]
    match = R.random() < 0.4
    cands = []
    if match:
        pool = [i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0 and i["id"] not in touched]
        inv = R.choice(pool)
        amt = bal[inv["id"]]
        if sum(1 for i in invoices if i["currency"] == cur and bal[i["id"]] == amt) != 1:
            return False
        cands = [[inv["id"]]]
    else:
        amt = rnd_cur(cur, rand_amount(cur))
        if any(i["currency"] == cur and bal[i["id"]] == amt for i in invoices):
            return False
    payer = R.choice(UNKNOWN_PAYERS[cur])
    assert not name_matches(payer, cur), payer
    fake = {"id": None, "name": payer, "cur": cur, "country": "XX"}
    _p, ref = channel_text(fake, ctx.date, R.choice(["PAGO", "DEPOSITO", "", "PAGO MERCANCIA"]) if lang[:2] != "pt" else "PIX")
    return emit(ctx, None, amt, cur, payer, False, ref, None, "review", [], amt, None, cands,
                "payer not a known customer and no invoice reference", "unknown_payer",
                "payer %s matches no customer; %s" % (payer, "amount equals one open balance anywhere (%s), offered as candidate" % cands[0][0] if cands else "amount fits no invoice"),
                [], lang)


def sc_same_amount(ctx):
    """customer has two or more open invoices with the same balance and names none"""
    pool = []
    for c in customers:
        ops = open_invs(c["id"])
        cnt = Counter(bal[i["id"]] for i in ops)
        for a, n in cnt.items():
            if n >= 2 and all(bal[i["id"]] != a for i in open_invs(c["id"], fresh=False) if i["id"] in touched):
                pool.append((c, a))
    if not pool:
        return False
    c, amt = R.choice(pool)
    same = sorted([i for i in open_invs(c["id"]) if bal[i["id"]] == amt], key=lambda i: (i["due_date"], i["number"]))
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    rem = {"pt": "Pagamento referente fornecimento mensal de sementes.", "en": "Monthly contract payment.",
           "es": R.choice(["Pago mensualidad contrato de suministro.", "Pago de factura de fertilizante.", None])}[lang[:2]]
    payer, ref = channel_text(c, ctx.date, "PAGO" if not lang.startswith("pt") else "PAGAMENTO")
    return emit(ctx, c, amt, c["cur"], payer, True, ref, rem, "review", [], amt, None, [[i["id"]] for i in same],
                "%d open invoices with the same balance; nothing says which" % len(same), "ambiguous_amount",
                "invoices %s all have balance %s; candidates ordered by due date" % (", ".join(i["number"] for i in same), s2(amt)), [], lang)


def common_prefix(a, b):
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k].rstrip()


def sc_twin(ctx):
    pool = []
    for ca, cb in twins:
        for ia in [i for i in open_invs(ca["id"], fresh=False) if i["id"] not in touched]:
            for ib in [i for i in open_invs(cb["id"], fresh=False) if i["id"] not in touched]:
                if bal[ia["id"]] == bal[ib["id"]]:
                    pool.append((ca, cb, ia, ib))
    if not pool:
        return False
    ca, cb, ia, ib = R.choice(pool)
    amt = bal[ia["id"]]
    payer = common_prefix(bank_name(ca, abbr=True, maxlen=60), bank_name(cb, abbr=True, maxlen=60))
    assert sorted(name_matches(payer, ca["cur"])) == sorted([ca["id"], cb["id"]]), payer
    lang = LANG[ca["cur"]]
    _p, ref = channel_text(ca, ctx.date, "PAGO PROVEEDOR" if lang[:2] != "pt" else "PAGAMENTO FORNECEDOR")
    cands = sorted([ia, ib], key=lambda i: (i["due_date"], i["number"]))
    return emit(ctx, ca, amt, ca["cur"], payer, False, ref, None, "review", [], amt, None, [[i["id"]] for i in cands],
                "payer name is cut to a prefix shared by two customers, each with an open invoice of this amount", "ambiguous_payer",
                "'%s' fits %s and %s; %s and %s both have balance %s" % (payer, ca["name"], cb["name"], ia["number"], ib["number"], s2(amt)),
                [payer], lang)


def sc_other_currency(ctx):
    c = pick_customer(usd=False, pred=lambda c: c["cur"] in ("MXN", "BRL", "CLP", "COP"))
    inv = R.choice(open_invs(c["id"]))
    b = bal[inv["id"]]
    rate = {"MXN": Decimal("18.45"), "BRL": Decimal("5.32"), "CLP": Decimal("938"), "COP": Decimal("3975")}[c["cur"]]
    pcur = R.choice(["USD", "USD", "EUR"])
    if pcur == "EUR":
        rate = rate * Decimal("1.08")
    amt = d2(b / rate)
    lang = LANG[c["cur"]]
    m = mention(inv)
    rem = {"pt": "Pagamento %s em dólares conforme cotação do dia (%s). Favor converter.",
           "es": "Pago %s en divisa según tipo de cambio del día (%s)."}[lang[:2]] % (m, "%s %s" % (pcur, s2(amt)))
    payer = bank_name(c, maxlen=35)
    ref = "SWIFT MT103 /RFB/ %s" % strip_accents(m).upper()
    return emit(ctx, c, amt, pcur, payer, R.random() < 0.5, ref, rem, "review", [], amt, None, [[inv["id"]]],
                "pays %s (%s) in %s; cannot apply across currencies" % (inv["number"], c["cur"], pcur), "other_currency",
                "invoice %s is %s %s; payment %s %s" % (inv["number"], c["cur"], s2(b), pcur, s2(amt)), [m], lang)


def sc_ref_amount_conflict(ctx):
    for _ in range(30):
        c = pick_customer(min_open=2)
        a, b = R.sample(open_invs(c["id"]), 2)
        if bal[a["id"]] != bal[b["id"]] and amount_unique(c["id"], bal[b["id"]]) is b:
            break
    else:
        return False
    amt = bal[b["id"]]
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    m = mention(a)
    payer, ref = channel_text(c, ctx.date, ("PAGO " if lang[:2] != "pt" else "PGTO ") + mention(a, 0))
    return emit(ctx, c, amt, c["cur"], payer, True, ref, None, "review", [], amt, None, [[a["id"]], [b["id"]]],
                "reference names %s but the amount is exactly the balance of %s" % (a["number"], b["number"]), "ref_amount_conflict",
                "%s balance %s vs paid %s = balance of %s; could be a part payment of the one or the other invoice misquoted" % (a["number"], s2(bal[a["id"]]), s2(amt), b["number"]),
                [strip_accents(mention(a, 0)).upper() if c["cur"] == "MXN" else mention(a, 0)], lang)


def sc_cross_customer(ctx):
    c = pick_customer(min_open=1)
    others = [x for x in customers if x["cur"] == c["cur"] and x["id"] != c["id"] and x["twin"] != c["id"] and open_invs(x["id"])]
    o = R.choice(others)
    inv = R.choice(open_invs(o["id"]))
    amt = bal[inv["id"]]
    if any(bal[i["id"]] == amt for i in open_invs(c["id"], fresh=False)):
        return False
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    m = mention(inv)
    rem = {"pt": "Pagamento %s.", "en": "Payment of %s.", "es": "Pago %s."}[lang[:2]] % m
    payer, ref = channel_text(c, ctx.date, "PAGO" if lang[:2] != "pt" else "PAGAMENTO")
    return emit(ctx, c, amt, c["cur"], payer, True, ref, rem, "review", [], amt, None, [[inv["id"]]],
                "payer is %s but %s belongs to %s" % (c["id"], inv["number"], o["id"]), "cross_customer",
                "invoice and exact amount of another customer (%s); paying on behalf is possible but unconfirmed" % o["name"], [m], lang)


def sc_list_short(ctx):
    c = pick_customer(min_open=3, usd=False, pred=lambda c: c["cur"] in ("COP", "ARS", "BRL", "MXN"))
    ops = open_invs(c["id"])
    chosen = sorted(R.sample(ops, R.randint(2, min(4, len(ops)))), key=lambda i: i["number"])
    target = R.choice(chosen)
    rate, tpl, reason = R.choice([x for x in SHORT_REASONS[c["cur"]] if x[0] != "fee"])
    d = short_calc(c, target, rate)
    if not (0 < d < bal[target["id"]]):
        return False
    amt = sum((bal[i["id"]] for i in chosen), ZERO) - d
    lang = LANG[c["cur"]]
    st = R.randint(0, 4)
    ms = [mention(i, st) for i in chosen]
    ds = fmt_money(c["cur"], d)
    mt = mention(target, st)
    if lang.startswith("pt"):
        rem = "Pagamento %s. Na %s descontamos %s (%s). Total líquido %s." % (join_list(ms, lang), mt, ds,
              "retenção de impostos" if "tax" in reason else "avaria", fmt_money(c["cur"], amt))
    else:
        why = {"withholding tax (retención en la fuente)": "retención en la fuente", "withholding tax (retefuente + reteICA)": "retefuente y reteICA",
               "withholding tax (reteIVA)": "reteIVA", "withholding tax (IIBB)": "retención IIBB", "withholding tax (Ganancias)": "retención Ganancias",
               "withholding tax (IVA)": "retención IVA", "early-payment discount taken": "descuento pronto pago",
               "damaged goods": "producto dañado"}[reason]
        rem = "Pago %s. En la %s se descuenta %s por %s. Neto %s." % (join_list(ms, lang), mt, ds, why, fmt_money(c["cur"], amt))
    payer, ref = channel_text(c, ctx.date, "PAGO FACTURAS" if lang[:2] != "pt" else "PAGTO NFS")
    apps = [(i["id"], bal[i["id"]] - (d if i is target else 0)) for i in chosen]
    return emit(ctx, c, amt, c["cur"], payer, R.random() < 0.5, ref, rem, "partial", apps, ZERO,
                {"invoice_id": target["id"], "amount": s2(d), "reason": reason}, [],
                "list of %d invoices, deduction on %s (%s)" % (len(chosen), target["number"], reason), "list_short_pay",
                "sum of balances minus %s on %s = paid %s" % (s2(d), target["number"], s2(amt)), ms + [ds], lang)


def sc_cut_concepto(ctx):
    """SPEI concepto (40 chars) cuts the invoice list; the emailed remittance has it all"""
    c = pick_customer(cur="MXN", min_open=3)
    if not c:
        return False
    ops = open_invs(c["id"])
    chosen = sorted(R.sample(ops, min(len(ops), R.randint(3, 5))), key=lambda i: i["number"])
    amt = sum((bal[i["id"]] for i in chosen), ZERO)
    conc = "PAGO FACTS " + " ".join(i["number"] for i in chosen)
    payer, ref = channel_text(c, ctx.date, conc)
    ms = [i["number"] for i in chosen]
    rem = "Aviso de pago SPEI: facturas %s. Total %s. Clave de rastreo en el comprobante adjunto." % (", ".join(ms), fmt_money("MXN", amt))
    return emit(ctx, c, amt, "MXN", payer, R.random() < 0.5, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in chosen], ZERO, None, [],
                "SPEI concepto is cut at 40 characters; the remittance lists all %d invoices" % len(chosen), "cut_concepto",
                "concepto in reference truncated; full list %s in remittance, sum %s" % (", ".join(ms), s2(amt)), ms, "es-MX")


def sc_bad_row(ctx, kind):
    c = pick_customer()
    inv = R.choice(open_invs(c["id"]))
    amt = bal[inv["id"]]
    payer, ref = channel_text(c, ctx.date, ("PGTO " if c["cur"] == "BRL" else "PAGO ") + mention(inv, 0))
    lang = LANG[c["cur"]] if c["cur"] != "USD" else "en-US"
    kw = {}
    cur = c["cur"]
    if kind == "negative":
        kw["amount_str"] = "-" + s2(amt)
        ref = ("DEVOLUCAO " if c["cur"] == "BRL" else ("RETURNED " if c["cur"] == "USD" else "DEVOLUCION ")) + ref
        why = "negative amount (a returned transfer), not a receipt"
    elif kind == "zero":
        kw["amount_str"] = "0.00"
        why = "zero amount"
    elif kind == "locale_amount":
        kw["amount_str"] = fmt_money(cur, amt).replace("R$ ", "").replace("$ ", "").replace("$", "").replace("USD ", "")
        if "." not in kw["amount_str"] and "," not in kw["amount_str"]:
            kw["amount_str"] += ",00"
        why = "amount is not a decimal string (local formatting)"
    elif kind == "no_currency":
        cur = None
        why = "currency missing"
    elif kind == "symbol_currency":
        cur = {"BRL": "R$", "USD": "US$"}.get(c["cur"], "$")
        why = "currency is a symbol, not an ISO code"
    elif kind == "bad_date":
        kw["date_str"] = "%s-%02d-31" % (ctx.date.year, R.choice([9, 11]))
        why = "impossible date"
    else:  # null amount
        kw["amount_str"] = None
        why = "amount missing"
    return emit(ctx, c, amt, cur, payer, R.random() < 0.5, ref, None, "review", [], ZERO, None, [],
                "bad row: %s" % why, "bad_row", "bad row (%s); nothing applied, no candidates; unapplied 0.00" % why, [], lang, **kw)


# ---------------------------------------------------------------- schedule
MIX = [("exact", sc_exact, 118), ("list", sc_list, 30), ("partial", sc_partial, 20), ("short", sc_short, 30),
       ("overpay", sc_overpay, 15), ("amount_only", sc_amount_only, 22), ("lump", sc_lump_all, 12),
       ("range", sc_range, 10), ("typo", sc_typo, 14), ("po", sc_po_trap, 12), ("advance", sc_advance, 10),
       ("unknown", sc_unknown, 14), ("same_amount", sc_same_amount, 14), ("twin", sc_twin, 5),
       ("other_cur", sc_other_currency, 9), ("conflict", sc_ref_amount_conflict, 6), ("cross", sc_cross_customer, 5),
       ("list_short", sc_list_short, 7), ("cut", sc_cut_concepto, 6)]
LATE = [("second", sc_second, 12), ("remainder", sc_remainder, 10)]
BAD = ["negative", "zero", "locale_amount", "no_currency", "symbol_currency", "bad_date", "null_amount"]
FN = {k: f for k, f, _n in MIX + LATE}

sched = [k for k, _f, n in MIX for _ in range(n)]
R.shuffle(sched)
for k, _f, n in LATE:
    for _ in range(n):
        sched.insert(R.randint(len(sched) // 3, len(sched)), k)
for b in BAD:
    sched.insert(R.randint(5, len(sched)), "bad:" + b)
sched = sched[:N_PAYMENTS]
while len(sched) < N_PAYMENTS:
    sched.append("exact")

for idx, k in enumerate(sched):
    ctx = Ctx(idx)
    ok = False
    for _attempt in range(8):
        if k.startswith("bad:"):
            ok = sc_bad_row(ctx, k[4:])
        else:
            ok = FN[k](ctx)
        if ok:
            break
    if not ok:
        ok = sc_exact(ctx)
    lab = labels[-1]
    if lab["scenario"] in ("exact_ref", "list", "range", "cut_concepto", "remainder") and lab["status"] == "applied":
        if len(lab["applications"]) == 1:
            iid = lab["applications"][0]["invoice_id"]
            if bal[iid] == 0 and lab["scenario"] in ("exact_ref", "remainder"):
                paid_full.append((iid, Decimal(lab["applications"][0]["amount"]), ctx.date))


def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", invoices)
dump("payments.json", payments)
dump("labels.json", labels)
print("invoices", len(invoices), "payments", len(payments))
print(Counter(l["status"] for l in labels))
print(Counter(l["scenario"] for l in labels))

# ---------------------------------------------------------------- README
SCEN_DOC = [
    ("exact_ref", "applied", "one invoice named in the SPEI concepto / PIX message / boleto *seu número* / ACH detail / wire OBI, or in the remittance; amount = balance. Numbers are written many ways (`FA10201`, `NF-e 004251`, `Fact A 3-12002`, `Fra FEAS5369`, `EXP 260361`). Payer names are bank-cut and sometimes collide (e.g. `COOPERATIVA AGROPECUARIA`), but the number decides."),
    ("list", "applied", "remittance lists 2-5 invoices; balances add up exactly"),
    ("cut_concepto", "applied", "SPEI concepto cut at 40 characters mid-number; the e-mailed *aviso de pago* has the full list"),
    ("range", "applied", "`FCL-33162 a la FCL-33165`, `NF 4218 a 4221`: every number in the range is the customer's and open; sum exact"),
    ("lump_sum", "applied", "known customer, no numbers, amount = the customer's whole open balance"),
    ("amount_only", "applied", "known customer (customer_id, or a bank name that fits exactly one customer), no numbers, amount equals exactly one open balance and no pair of balances"),
    ("typo", "applied", "known customer, number one digit off or two digits swapped; the written number does not exist in that currency; the amount fits exactly one open balance, the intended invoice"),
    ("po_trap", "applied", "remittance carries a PO / *pedido* / O.C. number whose digits equal the serial of another open invoice (other amount, often another customer) and also names the real invoice"),
    ("remainder", "applied", "pays what an earlier part payment in this file left open"),
    ("partial", "partial", "stated part payment (*abono*, *pago a cuenta*, *1a parcela*, partial payment); short_pay null"),
    ("short_pay", "partial", "deduction with a stated reason: *retención en la fuente / reteICA / reteIVA* (CO), *retención IIBB / Ganancias / IVA* (AR), *retenção IR/CSLL/PIS/COFINS* on irrigation installation, *IOF e tarifa bancária* (BR), *comisión bancaria*, early-payment discount taken, damaged or short-shipped goods, price difference. short_pay = balance - paid"),
    ("list_short_pay", "partial", "several invoices, one of them with a deduction; the others are paid in full"),
    ("overpay", "unapplied", "invoice paid in full and the excess held on account (boleto paid late with *juros e multa*, rounded-up transfer)"),
    ("second_payment", "unapplied", "same invoice and amount as an earlier payment in this file; the invoice is already at zero, the amount fits nothing else"),
    ("no_fit_known", "unapplied", "known customer, *anticipo / adiantamento* for the next season, fits no open invoice or pair"),
    ("unknown_payer", "review", "payer is no customer and names nothing; candidates = the single open invoice (any customer) with exactly that balance, else []"),
    ("ambiguous_amount", "review", "known customer has two open invoices with the same balance and the payment names neither (monthly supply contract); candidates = each invoice alone, earliest due first"),
    ("ambiguous_payer", "review", "no customer_id; bank name is a prefix shared by two near-identical customers (e.g. *Sociedad Agrícola Los Robles Ltda.* / *... del Maule SpA*), each with an open invoice of exactly this amount"),
    ("ref_amount_conflict", "review", "reference names invoice A but the amount is exactly the balance of invoice B of the same customer, no explanation; candidates [[A],[B]]"),
    ("cross_customer", "review", "customer_id is X but the named invoice (exact amount) belongs to customer Y; paying on behalf is possible, not confirmed"),
    ("other_currency", "review", "USD or EUR payment for a MXN/BRL/CLP/COP invoice at the day's rate; cannot be applied across currencies; candidate = that invoice"),
    ("bad_row", "review", "negative amount (returned SPEI), zero, locale-formatted or missing amount, missing or symbol currency (`R$`, `$`), impossible date; nothing applied, candidates [] and unapplied `0.00`"),
]


def write_readme():
    sc = Counter(l["scenario"] for l in labels)
    st = Counter(l["status"] for l in labels)
    lg = Counter(l["note"].split("]")[0].split(", ")[1] for l in labels)
    pc = Counter(p["currency"] for p in payments)
    ic = Counter(i["currency"] for i in invoices)
    L = []
    L.append("# Blind cash-application ledger: `ledger_latam_agro`\n")
    L.append("Theme: a made-up agricultural inputs supplier (seeds, fertiliser, drip and pivot irrigation) selling across "
             "Latin America. Customers are growers, cooperatives, fruit exporters and *acopiadores* in Mexico (MXN, SPEI), "
             "Brazil (BRL, PIX and boleto), Colombia (COP, PSE / ACH), Chile (CLP, transferencias), Argentina (ARS, CBU "
             "transfers), plus USD-billed exporters paying by Fedwire / SWIFT MT103. Every company, tax id (RUT, CUIT, CNPJ, NIT), "
             "CBU, clave de rastreo and end-to-end id is made up and random.\n")
    L.append("Built by `build.py` (stdlib, seed %d, deterministic); verified by `check.py` (exit 0 = every label re-derived).\n" % SEED)
    L.append("## Files\n")
    L.append("| file | rows | content |\n|---|---|---|")
    L.append("| `invoices.json` | %d | open invoices `{id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date}`; %s |"
             % (len(invoices), ", ".join("%s %d" % kv for kv in sorted(ic.items()))))
    L.append("| `payments.json` | %d | payments oldest first, %s to %s; %s |" % (len(payments), payments[0]["date"], payments[-1]["date"],
             ", ".join("%s %d" % (k, v) for k, v in sorted(pc.items(), key=lambda kv: str(kv[0])))))
    L.append("| `labels.json` | %d | expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |\n" % len(labels))
    L.append("Invoice numbers: MXN `FA-10234` (CFDI serie/folio), BRL `NF-004512` (NF-e), COP `FEAS-5521` (factura electrónica), "
             "CLP `FCL-33821` (folio), ARS `A-0003-00012345` (Factura A, punto de venta 3), USD `EXP-26-0412`. "
             "%d customers; 60 invoices are already part-paid in the snapshot (balance < total).\n" % len(customers))
    L.append("Bank text: SPEI `reference` carries bank, *clave de rastreo*, 7-digit *referencia numérica* and the 40-character "
             "*concepto* (upper case, accents stripped, cut); PIX carries the payer CNPJ, the end-to-end id and the payer's message; "
             "boleto carries *nosso número* and *seu número* (= our NF number); PSE carries CUS, REF1 (customer text) and NIT; "
             "ACH and CBU transfers carry NIT / CUIT; Chilean transfers carry the RUT; wires carry IMAD/UETR and the OBI / RFB line. "
             "Payer names are upper-cased, accent-stripped, often abbreviated (COOP, AGROP, SOC, GRAL, EST...) and cut at "
             "40 (SPEI), 30 (PIX, CL), 26 (CO), 25 (AR) or 35 (wires) characters. `remittance` is the customer's e-mailed advice "
             "in Spanish, Portuguese or English, or null.\n")
    L.append("## Label conventions\n")
    L.append("- One entry per payment, same order: `payment_id, status, applications[{invoice_id, amount}], unapplied, short_pay, "
             "candidates, reason`, plus `scenario` and `note` (not part of the engine output). `note` starts `[scenario, locale]` "
             "and ends with `evidence=[...]`: the literal strings of the bank text / remittance that the label relies on.")
    L.append("- Payments are replayed in order; every application is to an open invoice of the payment's currency and never "
             "below zero; for applied/partial/unapplied the applications plus `unapplied` equal the amount.")
    L.append("- `review`: nothing applied, `unapplied` = the whole amount (the cash is held, so the contract's sum rule still holds), "
             "`candidates` = list of invoice-id lists, best first (an invoice set per candidate). Bad rows are the exception: "
             "`unapplied` is `0.00` because the amount itself is not usable, and candidates are [].")
    L.append("- `short_pay` is `{invoice_id, amount, reason}` where amount = balance before - amount applied; `reason` is a short "
             "English phrase (free text, compare loosely). A stated *part payment* is `partial` with `short_pay` null.")
    L.append("- Withholding taxes (*retención*, *retenção*), bank fees (*comisión bancaria*, *IOF e tarifa*), early-payment "
             "discounts taken and damage / price / quantity deductions are all short pays: the invoice stays open for the deducted "
             "amount and a deduction case opens.")
    L.append("- Overpayment: the named invoice is paid to zero and the excess is `unapplied` (status `unapplied`). Late-payment "
             "interest on a boleto (*juros e multa*) is treated the same way.")
    L.append("- A second payment of an invoice already cleared earlier in this file: status `unapplied`, no applications.")
    L.append("- No `error` field: the contract defines none, so malformed rows are labelled `review` (scenario `bad_row`).")
    L.append("- `reason` strings are informative only.\n")
    L.append("## Scenarios\n")
    L.append("| scenario | status | count | what it is |\n|---|---|---|---|")
    for k, s_, doc in SCEN_DOC:
        L.append("| `%s` | %s | %d | %s |" % (k, s_, sc.get(k, 0), doc))
    L.append("\nStatus counts: " + ", ".join("%s %d" % kv for kv in sorted(st.items())) + ".\n")
    L.append("Locale of the payment text (remittance language / bank): " + ", ".join("%s %d" % kv for kv in sorted(lg.items())) + ".\n")
    L.append("## Deliberately hard\n")
    L.append("- Numbers that are not invoice numbers: SPEI *referencia numérica*, claves de rastreo, PIX end-to-end ids, "
             "CNPJ / CUIT / NIT / RUT digits, CBU, nosso número, and purchase-order numbers equal to real invoice serials (`po_trap`).")
    L.append("- The same invoice written six ways per country; the SPEI concepto cut in the middle of an invoice number.")
    L.append("- Twin customers whose bank-cut names are identical, and names cut so short (`COOPERATIVA AGROPECUARIA`) that only "
             "the reference identifies the invoice.")
    L.append("- Large integer amounts in COP and CLP (`$23.262.525`) and `.`/`,` swapped between locales (`R$ 24.582,16`, `$ 1.234.567,89`, `$157,722.47`).")
    L.append("- State across payments: part payments later completed (`remainder`), invoices paid twice (`second_payment`), "
             "lump sums and amount matches that must use part-paid balances (snapshot balance < total) rather than totals.")
    L.append("- Review cases that look applicable: a reference to one invoice with the exact amount of another, an invoice of "
             "another customer, a foreign-currency payment of a local invoice.\n")
    L.append("## Ambiguities in the contract and how they were labelled\n")
    L.append("- Shape of `candidates` is not specified: here a list of invoice-id lists, best first.")
    L.append("- `unapplied` for `review` is not specified: here the whole amount (bad rows: `0.00`).")
    L.append("- Bank fees and withholding taxes are labelled as short pays (deduction case), not as part payments.")
    L.append("- A payment in another currency for a named invoice could be held as unapplied cash or reviewed; labelled `review` with that invoice as candidate.")
    L.append("- A typo'd number is applied only when the customer is known, the written number exists nowhere in that currency and the amount fits exactly one open balance (all typo rows here are of that kind).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


write_readme()
