#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: LatamPay -- an auto-parts and lubricants distributor selling in Brazil,
Mexico, Chile and Colombia (BRL, MXN, CLP, COP) plus USD export accounts.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_latampay/*.json
and README.md byte for byte.
"""
import json
import os
import re
import random
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_latampay")
R = random.Random(161_2026)
C2 = Decimal("0.01")


def D(x):
    return Decimal(str(x)).quantize(C2, rounding=ROUND_HALF_UP)


def money(x, cur):
    """Round to what the currency bills in: whole pesos for CLP and COP."""
    if cur in ("CLP", "COP"):
        return D(Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return D(x)


def s(x):
    return str(D(x))


# ---------------------------------------------------------------- ids
_used_ids = set()


def rid(prefix, n=8, alphabet="0123456789abcdef"):
    while True:
        v = prefix + "".join(R.choice(alphabet) for _ in range(n))
        if v not in _used_ids:
            _used_ids.add(v)
            return v


def alnum(n, upper=True):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- money formatting
def fmt_local(amount, cur):
    """Amount as a person in that country writes it in remittance text."""
    a = D(amount)
    ip, fp = f"{a:.2f}".split(".")
    grp = f"{int(ip):,}"
    if cur == "BRL":
        return "R$ " + grp.replace(",", ".") + "," + fp
    if cur == "MXN":
        return "$" + grp + "." + fp
    if cur == "CLP":
        return "$" + grp.replace(",", ".")
    if cur == "COP":
        return "$ " + grp.replace(",", ".")
    return "USD " + grp + "." + fp


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def bank_cut(name, width):
    """Payer name as a bank statement prints it: upper case, no accents, no dots, truncated."""
    t = strip_acc(name).upper()
    for a, b in (("S.A. DE C.V.", "SA DE CV"), ("S.A.S.", "SAS"), ("S.A.", "SA"), ("LTDA.", "LTDA"),
                 ("&", "E"), (",", ""), (".", "")):
        t = t.replace(a, b)
    t = " ".join(t.split())
    return t[:width].rstrip()


# ---------------------------------------------------------------- customers
COUNTRY = {
    "BR": dict(cur="BRL", n=88, cut=40),
    "MX": dict(cur="MXN", n=80, cut=40),
    "CL": dict(cur="CLP", n=50, cut=30),
    "CO": dict(cur="COP", n=62, cut=35),
}

BR_A = ["Autopeças", "Auto Peças", "Comércio de Peças", "Distribuidora de Lubrificantes", "Retífica",
        "Centro Automotivo", "Mecânica", "Lubrificantes", "Comercial de Autopeças", "Pneus e Peças",
        "Transportadora", "Frota e Logística"]
BR_B = ["São João", "Paulista", "Minas Gerais", "Irmãos Pereira", "Bandeirantes", "Rio Grande", "Serra Azul",
        "Nordeste", "Boa Vista", "Santa Cruz", "Guarulhos", "Campinas", "Três Rios", "Ipiranga", "Vale do Aço",
        "Goiânia", "Oliveira & Filhos", "Cardoso", "Ribeirão", "Paraná Sul", "Capixaba", "Itaquera"]
BR_SUF = ["Ltda", "Ltda", "Ltda", "Ltda.", "S.A.", "Eireli", "Ltda ME"]
MX_A = ["Refaccionaria", "Refacciones", "Lubricantes", "Autopartes", "Distribuidora de Autopartes",
        "Servicio Automotriz", "Transportes", "Comercializadora de Refacciones", "Grupo Automotriz",
        "Lubricentro"]
MX_B = ["El Güero", "del Bajío", "Monterrey", "Rivera", "Hermanos Treviño", "La Piedad", "de Occidente",
        "Sonora", "Tlaquepaque", "Azteca", "del Golfo", "Querétaro", "Santa Fe", "Chihuahua", "López",
        "Peninsular", "Puebla", "San Nicolás", "Toluca", "La Paz"]
MX_SUF = ["S.A. de C.V.", "S.A. de C.V.", "S.A. de C.V.", "S. de R.L. de C.V.", "SAPI de C.V."]
CL_A = ["Comercial Repuestos", "Lubricantes", "Repuestos", "Distribuidora", "Transportes", "Automotriz",
        "Sociedad Comercial", "Frenos y Embragues", "Servicios Mineros"]
CL_B = ["Los Andes", "del Pacífico", "Maipú", "Antofagasta", "Bío Bío", "Austral", "Temuco", "Valparaíso",
        "San Bernardo", "Norte Grande", "La Serena", "Rancagua", "Calama"]
CL_SUF = ["SpA", "SpA", "Ltda.", "S.A.", "Limitada"]
CO_A = ["Lubricantes y Repuestos", "Autopartes", "Distribuidora de Repuestos", "Comercializadora",
        "Servitecas", "Lubricentro", "Transportes", "Inversiones Automotrices", "Importadora de Repuestos"]
CO_B = ["del Valle", "Antioquia", "Bogotá", "la Sabana", "del Caribe", "Santander", "Cafetera",
        "Pereira", "Cali Norte", "Medellín", "Boyacá", "del Huila", "Barranquilla"]
CO_SUF = ["S.A.S.", "S.A.S.", "S.A.S.", "S.A.", "Ltda."]
PARTS = {"BR": (BR_A, BR_B, BR_SUF), "MX": (MX_A, MX_B, MX_SUF), "CL": (CL_A, CL_B, CL_SUF),
         "CO": (CO_A, CO_B, CO_SUF)}

# pairs of customers whose bank-cut names collide (payer_name matches both)
SIMILAR = {
    "BR": [("Distribuidora de Lubrificantes Paulista Ltda", "Distribuidora de Lubrificantes Paulista Norte Ltda"),
           ("Autopeças Irmãos Pereira Ltda", "Autopeças Irmãos Pereira Comércio Ltda")],
    "MX": [("Refaccionaria Rivera S.A. de C.V.", "Refaccionaria Rivera del Norte S.A. de C.V."),
           ("Lubricantes del Bajío S.A. de C.V.", "Lubricantes del Bajío Industrial S.A. de C.V.")],
    "CL": [("Comercial Repuestos Los Andes SpA", "Comercial Repuestos Los Andes Sur SpA")],
    "CO": [("Lubricantes y Repuestos del Valle S.A.S.", "Lubricantes y Repuestos del Valle del Cauca S.A.S."),
           ("Servitecas Antioquia S.A.S.", "Servitecas Antioquia y Cía S.A.S.")],
}


def tax_id(cc):
    if cc == "BR":
        return f"{digits(2)}.{digits(3)}.{digits(3)}/0001-{digits(2)}"
    if cc == "MX":
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(6) + alnum(3)
    if cc == "CL":
        return f"{R.randint(76, 78)}.{digits(3)}.{digits(3)}-{R.choice('0123456789K')}"
    return f"900.{digits(3)}.{digits(3)}-{R.randint(0, 9)}"


customers = []
cust_by_id = {}
def clash(cut, name, other):
    """True when a payer name could be either customer: one's bank cut is a prefix of the other's full name."""
    return bank_cut(other["name"], 200).startswith(cut) or bank_cut(name, 200).startswith(other["cut"])


def add_customer(cc, name, usd=False, similar_of=None):
    c = dict(id=rid("cu_", 6), cc=cc, name=name, cur=COUNTRY[cc]["cur"], usd=usd, tax=tax_id(cc),
             cut=bank_cut(name, COUNTRY[cc]["cut"]), similar=similar_of, exclusive=False)
    customers.append(c)
    cust_by_id[c["id"]] = c
    return c


def build_customers():
    names = set()
    for cc, pairs in SIMILAR.items():
        for a, b in pairs:
            ca = add_customer(cc, a)
            cb = add_customer(cc, b)
            ca["similar"], cb["similar"] = cb["id"], ca["id"]
            names.update([a, b])
    for cc, cfg in COUNTRY.items():
        A, B, SUF = PARTS[cc]
        have = sum(1 for c in customers if c["cc"] == cc)
        while have < cfg["n"]:
            nm = f"{R.choice(A)} {R.choice(B)} {R.choice(SUF)}"
            if nm in names or any(clash(bank_cut(nm, cfg["cut"]), nm, c) for c in customers):
                continue
            names.add(nm)
            add_customer(cc, nm, usd=(cc in ("CL", "MX", "BR") and R.random() < 0.12))
            have += 1
    # pure USD export accounts billed only in USD (shipping agents, fleets)
    usd_names = ["Andes Mining Fleet Services SpA", "Pacific Freight Forwarders S.A.", "Minera Cordillera Norte S.A.",
                 "Transportes Internacionales Frontera S.A. de C.V.", "Petroservicios del Llano S.A.S.",
                 "Navegação Atlântica Sul Ltda", "Logistica Portuaria Callao S.A.C.", "Fleet Parts Export LLC",
                 "Caribbean Lube Traders Ltd", "Maquinaria Pesada del Norte S.A. de C.V.",
                 "Agroindustrial Santa Rosa S.A.", "Constructora Vial Andina S.A.S.",
                 "Offshore Supply Macaé Ltda", "Cobre Atacama Servicios SpA", "Gulf Coast Auto Supply Inc",
                 "Panamerican Truck Parts Corp", "Mineração Carajás Serviços S.A.", "Barranca Oil Services S.A.S.",
                 "Tractocamiones del Pacífico S.A. de C.V.", "Transandina Carga Ltda."]
    ccs = ["CL", "CL", "CL", "MX", "CO", "BR", "CL", "BR", "CO", "MX", "CL", "CO", "BR", "CL", "MX", "MX", "BR",
           "CO", "MX", "CL"]
    for nm, cc in zip(usd_names, ccs):
        if any(clash(bank_cut(nm, 35), nm, c) for c in customers):
            continue
        c = add_customer(cc, nm)
        c["cur"] = "USD"
        c["usd"] = True
        c["cut"] = bank_cut(nm, 35)


# ---------------------------------------------------------------- invoices
SERIES = {"BRL": (20000, 29999), "MXN": (10000, 29999), "CLP": (10000, 49999), "COP": (5000, 9999),
          "USD": (3000, 3999)}
used_nums = defaultdict(set)


def num_label(cur, n):
    if cur == "BRL":
        return f"NF-{n:09d}"
    if cur == "MXN":
        return f"A-{n}"
    if cur == "CLP":
        return f"FAC-{n}"
    if cur == "COP":
        return f"FEV-{n:05d}"
    return f"EXP-{n:05d}"


def alloc_num(cur, n=None):
    lo, hi = SERIES[cur]
    if n is None:
        while True:
            n = R.randint(lo, hi)
            if n not in used_nums[cur]:
                break
    assert n not in used_nums[cur], (cur, n)
    used_nums[cur].add(n)
    return n


def alloc_block(cur, k):
    lo, hi = SERIES[cur]
    while True:
        st = R.randint(lo, hi - k)
        if all(x not in used_nums[cur] for x in range(st, st + k)):
            return [alloc_num(cur, x) for x in range(st, st + k)]


def rand_amount(cur):
    if cur == "BRL":
        return D(R.randint(18000, 4_800_000)) / 100
    if cur == "MXN":
        return D(R.randint(150000, 38_000_000)) / 100
    if cur == "CLP":
        return D(R.randint(45, 14000) * 1000 + R.randint(0, 999))
    if cur == "COP":
        return D(R.randint(18_000, 6_000_000) * 10)
    return D(R.randint(40000, 6_500_000)) / 100


invoices = []
inv_by_id = {}
inv_by_cust = defaultdict(list)
BASE = date(2026, 3, 1)


def new_invoice(cust, cur=None, amount=None, n=None, balance=None, issue=None):
    cur = cur or cust["cur"]
    n = alloc_num(cur, n)
    amount = D(amount) if amount is not None else rand_amount(cur)
    issue = issue or (BASE - timedelta(days=R.randint(3, 170)))
    terms = R.choice([28, 30, 30, 45, 60, 60, 90]) if cur != "CLP" else R.choice([30, 30, 60, 90])
    inv = dict(id=rid("inv_", 10), number=num_label(cur, n), customer_id=cust["id"], customer_name=cust["name"],
               currency=cur, total=D(amount), balance=D(balance if balance is not None else amount),
               issue_date=issue.isoformat(), due_date=(issue + timedelta(days=terms)).isoformat(), _n=n)
    invoices.append(inv)
    inv_by_id[inv["id"]] = inv
    inv_by_cust[(cust["id"], cur)].append(inv)
    return inv



# ---------------------------------------------------------------- how customers write our numbers
def fmt_num(inv, style=None):
    cur, n = inv["currency"], inv["_n"]
    if cur == "BRL":
        opts = [f"NF {n}", f"NF-e 000.{n // 1000:03d}.{n % 1000:03d}", f"NFE{n}", f"NF {n:06d}",
                f"NF-{n:09d}", f"NOTA FISCAL {n}", f"NF{n}"]
    elif cur == "MXN":
        opts = [f"A{n}", f"A-{n}", f"FOLIO {n}", f"A {n}", f"FACT A{n}", f"SERIE A FOLIO {n}"]
    elif cur == "CLP":
        opts = [f"FACT {n}", f"N° {n}", f"FOLIO {n}", f"F-{n}", f"FAC {n}", f"FACTURA {n}"]
    elif cur == "COP":
        opts = [f"FEV-{n:05d}", f"FEV {n}", f"FEV{n}", f"FE-{n}", f"FACT FEV {n}"]
    else:
        opts = [f"EXP-{n:05d}", f"EXP{n}", f"EXP {n}", f"EXP-{n}"]
    return opts[style % len(opts)] if style is not None else R.choice(opts)


def bare(inv):
    """Number without the series letters, as people write it in lists."""
    return str(inv["_n"])


def join_list(items, lang):
    if len(items) == 1:
        return items[0]
    sep = R.choice([", ", "/", " ; ", " "])
    last = {"pt": " e ", "es": " y ", "en": " and "}[lang]
    if R.random() < 0.5:
        return sep.join(items)
    return ", ".join(items[:-1]) + last + items[-1]


def lang_of(cur, cust):
    if cur == "BRL" or (cur == "USD" and cust["cc"] == "BR"):
        return "pt" if cur == "BRL" or R.random() < 0.5 else "en"
    if cur == "USD":
        return R.choice(["en", "es"])
    return "es"


# ---------------------------------------------------------------- bank statement text per channel
BR_BANKS = [("00000000", "BCO DO BRASIL"), ("60746948", "BRADESCO"), ("60701190", "ITAU UNIBANCO"),
            ("90400888", "SANTANDER"), ("00360305", "CAIXA"), ("18236120", "NU PAGAMENTOS"),
            ("30306294", "BTG PACTUAL"), ("31872495", "C6 BANK"), ("00416968", "INTER")]
MX_BANKS = [("BNET", "BBVA MEXICO"), ("MBAN", "BANORTE"), ("SANT", "SANTANDER"), ("BNMX", "BANAMEX"),
            ("HSBC", "HSBC"), ("SCOT", "SCOTIABANK"), ("BAJI", "BANBAJIO"), ("AZTE", "BANCO AZTECA")]
CL_BANKS = ["BANCO DE CHILE", "BANCOESTADO", "BCI", "SANTANDER CHILE", "SCOTIABANK CHILE", "ITAU CHILE",
            "BANCO SECURITY"]
CO_BANKS = ["BANCOLOMBIA", "BANCO DE BOGOTA", "DAVIVIENDA", "BBVA COLOMBIA", "BANCO DE OCCIDENTE",
            "BANCO POPULAR", "BANCO AV VILLAS"]


def e2e_id():
    isp = R.choice(BR_BANKS)[0]
    return f"E{isp}2026{R.randint(3, 4):02d}{R.randint(1, 28):02d}{R.randint(8, 19):02d}{R.randint(0, 59):02d}" + alnum(11, upper=False)


def linha_digitavel(amount):
    cents = int((D(amount) * 100).to_integral_value())
    fator = R.randint(1000, 1300)  # fator de vencimento (after the 2025 reset)
    bank = R.choice(["341", "237", "001", "033", "104"])
    return (f"{bank}9{digits(1)}.{digits(5)} {digits(5)}.{digits(6)} {digits(5)}.{digits(6)} {digits(1)} "
            f"{fator:04d}{cents:010d}")


def clave_rastreo():
    code, _ = R.choice(MX_BANKS)
    return f"{code}{R.choice(['01', '02', '90'])}{digits(18)}"


def bank_reference(cust, cur, concept, channel=None, payer=None):
    """Build (reference, channel) as the bank prints it. `concept` is what the payer typed."""
    payer = payer or cust["cut"]
    if cur == "BRL":
        channel = channel or R.choice(["pix", "pix", "pix", "ted"])
        if channel == "pix":
            ref = f"PIX RECEBIDO E2E {e2e_id()}"
            if R.random() < 0.5:
                ref += f" TXID {alnum(R.randint(26, 32))}"
            if concept:
                ref += f" INF {concept}"
            return ref, channel
        if channel == "ted":
            b = R.choice(BR_BANKS)[1]
            return f"TED RECEBIDA {b} AG {digits(4)} DOC {digits(6)}" + (f" {concept}" if concept else ""), channel
        return None, channel  # boleto handled by caller
    if cur == "MXN":
        code, bname = R.choice(MX_BANKS)
        ref = f"SPEI RECIBIDO {bname} CLAVE RASTREO {clave_rastreo()} REF {digits(7)}"
        ref += f" CONCEPTO {concept if concept else R.choice(['PAGO', 'PAGO PROVEEDOR', 'TRANSFERENCIA'])}"
        return ref, "spei"
    if cur == "CLP":
        ref = f"TRANSF DE {payer} RUT {cust['tax'] if payer == cust['cut'] else tax_id('CL')}"
        if concept:
            ref += f" {concept}"
        return ref, "transf"
    if cur == "COP":
        ref = f"ABONO ACH {R.choice(CO_BANKS)} {payer} NIT {(cust['tax'] if payer == cust['cut'] else tax_id('CO')).replace('.', '')}"
        if concept:
            ref += f" REF {concept}"
        return ref, "ach"
    ref = f"INCOMING WIRE {alnum(4)}{digits(10)} ORG {payer}"
    if concept:
        ref += f" OBI {concept}"
    return ref, "wire"


# ---------------------------------------------------------------- events
events = []          # each: dict(pay=..., lab=..., parent=event or None)
_pay_ids = set()


def pay_id():
    return rid("PMT-", 9, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def make_payment(cust, cur, amount, concept=None, remit=None, known=None, payer=None, channel=None,
                 reference=None):
    if known is None:
        known = R.random() < (0.35 if cur == "USD" else 0.6)
    if reference is None:
        reference, channel = bank_reference(cust, cur, concept, channel, payer)
    return dict(id=pay_id(), date=None, amount=s(amount), currency=cur,
                payer_name=payer or cust["cut"], customer_id=cust["id"] if known else None,
                reference=reference, remittance=remit)


def label(status, apps=(), unapplied="0.00", short_pay=None, candidates=(), reason="", scenario="", note=""):
    return dict(status=status, applications=[(i["id"], D(a)) for i, a in apps], unapplied=D(unapplied),
                short_pay=short_pay, candidates=[[i["id"] for i in cs] for cs in candidates], reason=reason,
                scenario=scenario, note=note)


def add(pay, lab, parent=None):
    ev = dict(pay=pay, lab=lab, parent=parent)
    events.append(ev)
    return ev


def pick(cur, exclusive=False, usd_local=False, cc=None, avoid_similar=True):
    pool = []
    for c in customers:
        if c["exclusive"]:
            continue
        if cc and c["cc"] != cc:
            continue
        if avoid_similar and c["similar"]:
            continue
        if exclusive and (inv_by_cust.get((c["id"], c["cur"])) or inv_by_cust.get((c["id"], "USD"))):
            continue
        if cur == "USD":
            if not c["usd"]:
                continue
            if usd_local and c["cur"] == "USD":
                continue
        elif c["cur"] != cur:
            continue
        pool.append(c)
    c = R.choice(pool)
    if exclusive:
        c["exclusive"] = True
    return c


def cur_mix(weights=(("BRL", 30), ("MXN", 27), ("CLP", 15), ("COP", 18), ("USD", 10))):
    t = R.randint(1, sum(w for _, w in weights))
    for c, w in weights:
        t -= w
        if t <= 0:
            return c


# ---------------------------------------------------------------- scenarios
def concept_one(inv, lang):
    v = fmt_num(inv)
    if lang == "pt":
        return R.choice([f"PAGTO {v}", f"PGTO {v}", f"REF {v}", v, f"QUITACAO {v}"])
    if lang == "en":
        return R.choice([f"INV {v}", f"PAYMENT {v}", v, f"RE {v}"])
    return R.choice([f"PAGO {v}", f"PAGO FACT {bare(inv)}", f"FACTURA {bare(inv)}", v, f"CANCELA {v}"])


def sc_exact_ref(cur=None, partially_paid=False):
    cur = cur or cur_mix()
    cust = pick(cur)
    amt = rand_amount(cur)
    bal = amt
    if partially_paid:
        bal = money(amt * Decimal(R.choice(["0.5", "0.4", "0.25", "0.6"])), cur)
    inv = new_invoice(cust, cur, amt, balance=bal)
    lang = lang_of(cur, cust)
    remit = None
    if cur == "BRL" and R.random() < 0.25:
        seu = R.choice([f"NF{inv['_n']:06d}", f"{inv['_n']}/1", f"NF-{inv['_n']:09d}"])
        ref = f"LIQUIDACAO BOLETO {linha_digitavel(bal)} SEU NUMERO {seu} NOSSO NUMERO {digits(3)}/{digits(8)}-{digits(1)}"
        pay = make_payment(cust, cur, bal, reference=ref)
        how = "boleto seu numero"
    elif R.random() < 0.7:
        pay = make_payment(cust, cur, bal, concept=concept_one(inv, lang))
        how = "number in the bank reference"
    else:
        remit = remit_one(inv, bal, lang)
        pay = make_payment(cust, cur, bal, concept=None, remit=remit)
        how = "number in the remittance advice"
    note = f"{how}; amount equals the open balance" + (" (invoice already part paid before the ledger)" if partially_paid else "")
    return add(pay, label("applied", [(inv, bal)], reason=f"{inv['number']} cited and exact balance",
                          scenario="exact_ref" + ("_partly_paid" if partially_paid else ""), note=note))


def remit_one(inv, amount, lang):
    v, a = fmt_num(inv), fmt_local(amount, inv["currency"])
    if lang == "pt":
        return R.choice([f"Segue comprovante de pagamento da {v} no valor de {a}.",
                         f"Pagamento ref. {v} - {a}. Favor dar baixa.",
                         f"PAGAMENTO FORNECEDOR LATAMPAY\n{v}  {a}\nTotal pago: {a}"])
    if lang == "en":
        return R.choice([f"Remittance advice: {v} {a}", f"Payment of invoice {v}, amount {a}. Regards, AP dept."])
    if inv["currency"] == "MXN":
        uuid = "-".join([hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)])
        return R.choice([f"Complemento de pago\nUUID relacionado: {uuid}\nSerie A Folio {bare(inv)}\nImporte pagado: {a}\nParcialidad: 1",
                         f"Se realizó pago a la factura {v} por {a}. Saludos, Cuentas por Pagar."])
    return R.choice([f"Estimados, adjuntamos comprobante de pago de la factura {v} por {a}.",
                     f"Detalle de pago:\n{v}    {a}\nTotal transferido {a}",
                     f"Pago proveedor LatamPay - {v} - {a}"])


def sc_multi_ref(cur=None, k=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    k = k or R.choice([2, 2, 3, 3, 4, 5])
    invs = [new_invoice(cust, cur) for _ in range(k)]
    tot = sum(i["balance"] for i in invs)
    lang = lang_of(cur, cust)
    if R.random() < 0.45:
        # compact list of bare numbers in the bank reference
        nums = join_list([bare(i) for i in invs], lang)
        pre = {"BRL": "NFS ", "MXN": "FACTS A", "CLP": "FACTS ", "COP": "FEV ", "USD": "INV "}[cur]
        pay = make_payment(cust, cur, tot, concept=f"{pre}{nums}"[:120])
        how = "list of bare numbers in the bank reference"
    else:
        lines = [f"{fmt_num(i)}   {fmt_local(i['balance'], cur)}" for i in invs]
        head = {"pt": "Relação de títulos pagos:", "en": "Invoices paid:", "es": "Detalle de documentos pagados:"}[lang]
        foot = {"pt": "Total", "en": "Total", "es": "Total"}[lang]
        remit = head + "\n" + "\n".join(lines) + f"\n{foot}: {fmt_local(tot, cur)}"
        pay = make_payment(cust, cur, tot, concept=None, remit=remit)
        how = "itemised remittance advice"
    return add(pay, label("applied", [(i, i["balance"]) for i in invs], reason="all cited invoices, exact sum",
                          scenario="multi_ref", note=f"{k} invoices; {how}; amount equals the sum"))


def sc_range_ref(cur=None, gap=False):
    cur = cur or R.choice(["MXN", "CLP", "COP", "BRL"])
    cust = pick(cur)
    k = R.choice([3, 4, 5])
    nums = alloc_block(cur, k)
    for x in nums:
        used_nums[cur].discard(x)
    invs, other = [], None
    gi = R.randint(1, k - 2) if gap else -1
    for j, x in enumerate(nums):
        if j == gi:
            other = new_invoice(pick(cur), cur, n=x)
        else:
            invs.append(new_invoice(cust, cur, n=x))
    tot = sum(i["balance"] for i in invs)
    a, b = nums[0], nums[-1]
    lang = lang_of(cur, cust)
    txt = {"BRL": f"NFS {a} A {b}", "MXN": R.choice([f"FACTS A{a} A A{b}", f"FOLIOS {a}-{b}"]),
           "CLP": R.choice([f"FACTURAS {a} AL {b}", f"FOLIOS {a}-{b}"]), "COP": R.choice([f"FEV {a} A {b}", f"FEV-{a:05d}/{b:05d}"])}[cur]
    pay = make_payment(cust, cur, tot, concept=txt)
    note = f"range {a}..{b}"
    if gap:
        note += f"; {other['number']} inside the range belongs to another customer ({other['customer_name']}) and the sum excludes it"
    return add(pay, label("applied", [(i, i["balance"]) for i in invs], reason="invoice range, exact sum",
                          scenario="range_ref" + ("_gap" if gap else ""), note=note))


def sc_amount_only(cur=None, known=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    for _ in range(R.randint(1, 3)):
        new_invoice(cust, cur)
    generic = {"BRL": [None, "PAGAMENTO", "PGTO FORNECEDOR"], "MXN": [None], "CLP": [None, "PAGO PROVEEDOR", "PAGO"],
               "COP": [None, "PAGO PROVEEDORES"], "USD": [None, "PAYMENT", "SUPPLIER PAYMENT"]}[cur]
    pay = make_payment(cust, cur, inv["balance"], concept=R.choice(generic), known=known)
    return add(pay, label("applied", [(inv, inv["balance"])], reason="known payer, amount equals exactly one open balance",
                          scenario="amount_only", note="no invoice cited; " + ("customer id from the bank" if pay["customer_id"] else "payer name identifies the customer") + "; exactly one open invoice has this balance"),
               )


def sc_lump_all(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur, exclusive=True)
    invs = [new_invoice(cust, cur) for _ in range(R.randint(2, 5))]
    tot = sum(i["balance"] for i in invs)
    lang = lang_of(cur, cust)
    remit = R.choice([None, {"pt": "Pagamento do saldo em aberto conforme extrato.", "en": "Payment of full statement balance.",
                             "es": "Pago total del estado de cuenta."}[lang]])
    pay = make_payment(cust, cur, tot, concept=None, remit=remit, known=True)
    return add(pay, label("applied", [(i, i["balance"]) for i in invs], reason="amount equals the customer's whole open balance",
                          scenario="lump_all_open", note=f"no numbers; amount equals the sum of all {len(invs)} open invoices of the customer"))


def sc_withholding(cur=None):
    cur = cur or R.choice(["BRL", "BRL", "COP", "COP", "COP", "MXN"])
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    tot = inv["balance"]
    if cur == "BRL":
        if R.random() < 0.6:
            wh = D(tot * Decimal("0.015"))
            txt = f"Retenção IRRF 1,5% s/ serviços {fmt_local(wh, cur)}"
            why = "IRRF 1.5% withheld"
        else:
            irrf, csrf = D(tot * Decimal("0.015")), D(tot * Decimal("0.0465"))
            wh = irrf + csrf
            txt = f"Retenções: IRRF 1,5% {fmt_local(irrf, cur)} + PIS/COFINS/CSLL 4,65% {fmt_local(csrf, cur)}"
            why = "IRRF 1.5% + PIS/COFINS/CSLL 4.65% withheld"
        net = tot - wh
        remit = (f"{fmt_num(inv)} valor bruto {fmt_local(tot, cur)}\n{txt}\nValor líquido pago {fmt_local(net, cur)}")
    elif cur == "COP":
        base = D(tot / Decimal("1.19"))
        iva = tot - base
        rf = D(base * Decimal("0.025")).quantize(Decimal("1"))
        ica = D(base * Decimal("0.00966")).quantize(Decimal("1"))
        parts = [("ReteFuente 2,5%", rf), ("ReteICA 9,66 x mil", ica)]
        if R.random() < 0.4:
            parts.append(("ReteIVA 15%", D(iva * Decimal("0.15")).quantize(Decimal("1"))))
        wh = D(sum(p for _, p in parts))
        net = tot - wh
        remit = (f"Pago {fmt_num(inv)}\nBase {fmt_local(base, cur)} IVA {fmt_local(iva, cur)} Total {fmt_local(tot, cur)}\n"
                 + "\n".join(f"{n} {fmt_local(v, cur)}" for n, v in parts) + f"\nNeto pagado {fmt_local(net, cur)}")
        why = " + ".join(n for n, _ in parts) + " withheld"
    else:
        base = D(tot / Decimal("1.16"))
        wh = money(base * Decimal("0.04"), cur)
        net = tot - wh
        remit = (f"Pago factura {fmt_num(inv)} (servicio de flete y entrega)\nTotal factura {fmt_local(tot, cur)}\n"
                 f"Retención IVA 4% autotransporte {fmt_local(wh, cur)}\nImporte pagado {fmt_local(net, cur)}")
        why = "IVA 4% retention on freight withheld"
    pay = make_payment(cust, cur, net, concept=R.choice([None, concept_one(inv, lang_of(cur, cust))]), remit=remit)
    return add(pay, label("partial", [(inv, net)], short_pay=dict(invoice_id=inv["id"], amount=s(wh), reason=why),
                          reason="withholding short pay", scenario="short_pay_withholding", note=why))


SHORT_REASONS = {
    "pt": [("avaria no transporte", "damaged in transit", "Desconto {a} referente avaria de 2 baldes de óleo 20L"),
           ("diferença de preço", "price difference", "Abatido {a} diferença de preço conforme tabela negociada"),
           ("falta de mercadoria", "shortage", "Faltaram 6 filtros de óleo, descontado {a}")],
    "es": [("producto dañado", "damaged goods", "Se descuenta {a} por 3 cubetas de aceite dañadas"),
           ("faltante", "shortage", "Faltante de 12 pastillas de freno, descontamos {a}"),
           ("diferencia de precio", "price difference", "Diferencia de precio vs orden de compra: {a}"),
           ("descuento pronto pago", "early-payment discount taken", "Aplicamos descuento pronto pago 2%: {a}")],
    "en": [("damaged goods", "damaged goods", "Deducted {a} for damaged drums (claim photos sent)"),
           ("pricing", "price difference", "Short paid {a}: price on PO lower than invoice")],
}


def sc_short_reason(cur=None, devolucao=False):
    cur = cur or ("BRL" if devolucao else cur_mix())
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    lang = lang_of(cur, cust)
    tot = inv["balance"]
    if devolucao:
        ret = new_invoice(cust, cur)          # one of OUR open invoices whose number the customer's return NF reuses
        ded = money(tot * Decimal(R.choice(["0.08", "0.12", "0.15", "0.21"])), cur)
        txt = f"Desconto {fmt_local(ded, cur)} ref. NF de devolução nº {ret['_n']} (mercadoria devolvida)"
        why = "customer return (NF de devolução)"
        note = (f"the customer's own return note nº {ret['_n']} has the same digits as our open {ret['number']}, "
                f"which is NOT being paid")
    else:
        code, why, tmpl = R.choice(SHORT_REASONS[lang if lang in SHORT_REASONS else "es"])
        frac = "0.02" if "pronto" in code else R.choice(["0.03", "0.05", "0.07", "0.1"])
        ded = D(tot * Decimal(frac))
        if cur in ("CLP", "COP"):
            ded = ded.quantize(Decimal("1"))
            ded = D(ded)
        txt = tmpl.format(a=fmt_local(ded, cur))
        note = why
    net = tot - ded
    v = fmt_num(inv)
    remit = {"pt": f"Pagamento {v}\n{txt}\nValor pago {fmt_local(net, cur)}",
             "en": f"Payment {v}\n{txt}\nNet paid {fmt_local(net, cur)}",
             "es": f"Pago {v}\n{txt}\nTotal pagado {fmt_local(net, cur)}"}[lang]
    pay = make_payment(cust, cur, net, concept=R.choice([None, concept_one(inv, lang)]), remit=remit)
    return add(pay, label("partial", [(inv, net)], short_pay=dict(invoice_id=inv["id"], amount=s(ded), reason=why),
                          reason="short pay with a stated reason", scenario="short_pay_reason" + ("_devolucao" if devolucao else ""),
                          note=note))


def sc_bank_charges():
    cust = pick("USD")
    inv = new_invoice(cust, "USD")
    fee = D(R.choice([15, 20, 25, 30, 35, 45]))
    net = inv["balance"] - fee
    v = fmt_num(inv)
    if R.random() < 0.5:
        ref = f"INCOMING WIRE {alnum(4)}{digits(10)} ORG {cust['cut']} OBI {v} /CHGS/USD{fee:.2f}".replace(".", ",")
        pay = make_payment(cust, "USD", net, reference=ref, remit=None)
        where = "/CHGS/ field of the wire"
    else:
        pay = make_payment(cust, "USD", net, concept=v,
                           remit=f"Payment of {v} USD {inv['balance']:,.2f} less intermediary bank charges USD {fee:.2f}")
        where = "remittance says less bank charges"
    return add(pay, label("partial", [(inv, net)], short_pay=dict(invoice_id=inv["id"], amount=s(fee), reason="bank charges"),
                          reason="wire short by bank charges", scenario="short_pay_bank_charges",
                          note=f"USD {fee} deducted by banks ({where})"))


def sc_part_payment(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    lang = lang_of(cur, cust)
    k = R.choice([2, 2, 3])
    part = D(inv["balance"] / k)
    if cur in ("CLP", "COP"):
        part = D(part.quantize(Decimal("1")))
    v = fmt_num(inv)
    concept = {"pt": R.choice([f"PARCELA 1/{k} {v}", f"PGTO PARCIAL {v}"]),
               "es": R.choice([f"ABONO {v}", f"PAGO PARCIAL {v}", f"PARCIALIDAD 1 DE {k} {v}"]),
               "en": R.choice([f"PART PAYMENT {v}", f"INSTALMENT 1/{k} {v}"])}[lang]
    pay = make_payment(cust, cur, part, concept=concept)
    ev = add(pay, label("partial", [(inv, part)], reason="announced part payment", scenario="part_payment",
                        note=f"first of {k} instalments; invoice stays open, no deduction"))
    ev["_inv"], ev["_k"], ev["_lang"], ev["_cust"] = inv, k, lang, cust
    return ev


def sc_remaining(parent):
    inv, k, lang, cust = parent["_inv"], parent["_k"], parent["_lang"], parent["_cust"]
    cur = inv["currency"]
    paid = parent["lab"]["applications"][0][1]
    rest = inv["balance"] - paid        # the second payment settles everything left
    v = fmt_num(inv)
    concept = {"pt": f"SALDO {v}", "es": R.choice([f"SALDO {v}", f"LIQUIDA {v}"]), "en": f"BALANCE {v}"}[lang]
    pay = make_payment(cust, cur, rest, concept=concept)
    return add(pay, label("applied", [(inv, rest)], reason="pays the balance left by an earlier part payment",
                          scenario="remaining_balance",
                          note="only correct if the earlier part payment in this file was applied first"), parent=parent)


def sc_overpayment(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    lang = lang_of(cur, cust)
    kind = R.choice(["round_up", "total_not_balance", "boleto_juros"] if cur == "BRL" else ["round_up", "total_not_balance"])
    if kind == "total_not_balance":
        amt = rand_amount(cur)
        bal = money(amt * Decimal(R.choice(["0.7", "0.55", "0.85"])), cur)
        inv = new_invoice(cust, cur, amt, balance=bal)
        pay = make_payment(cust, cur, amt, concept=concept_one(inv, lang))
        note = "customer paid the original total; an earlier receipt had already reduced the balance"
    elif kind == "boleto_juros":
        inv = new_invoice(cust, cur)
        bal = inv["balance"]
        juros = D(bal * Decimal(R.choice(["0.0033", "0.01", "0.021"])))
        amt = bal + juros
        ref = (f"LIQUIDACAO BOLETO {linha_digitavel(bal)} SEU NUMERO NF{inv['_n']:06d} VLR TITULO {fmt_local(bal, cur)} "
               f"JUROS/MORA {fmt_local(juros, cur)} VLR PAGO {fmt_local(amt, cur)}")
        pay = make_payment(cust, cur, amt, reference=ref)
        note = "late boleto paid with interest; the interest stays unapplied"
    else:
        inv = new_invoice(cust, cur)
        bal = inv["balance"]
        step = {"BRL": 100, "MXN": 1000, "CLP": 100000, "COP": 1000000, "USD": 100}[cur]
        amt = D((bal / step).to_integral_value(rounding="ROUND_CEILING") * step)
        if amt == bal:
            amt += step
        pay = make_payment(cust, cur, amt, concept=concept_one(inv, lang))
        note = "rounded-up amount for one cited invoice"
    return add(pay, label("unapplied", [(inv, bal)], unapplied=D(pay["amount"]) - bal,
                          reason="cited invoice paid in full, remainder held on account", scenario="overpayment", note=note))


def sc_duplicate(parent):
    p = parent["pay"]
    cust = cust_by_id[inv_by_id[parent["lab"]["applications"][0][0]]["customer_id"]]
    pay = dict(p)
    pay["id"] = pay_id()
    pay["customer_id"] = cust["id"] if R.random() < 0.7 else None
    if p["reference"] and "E2E" in p["reference"]:
        pay["reference"] = p["reference"].split(" E2E ")[0] + f" E2E {e2e_id()}" + (
            " INF " + p["reference"].split(" INF ", 1)[1] if " INF " in p["reference"] else "")
    elif p["reference"] and "CLAVE RASTREO" in p["reference"]:
        pay["reference"] = p["reference"].replace(p["reference"].split("CLAVE RASTREO ")[1].split()[0], clave_rastreo())
    return add(pay, label("unapplied", [], unapplied=D(pay["amount"]),
                          reason="second payment of an invoice already paid earlier in this file",
                          scenario="duplicate_payment", note="same invoice and amount as an earlier payment in the file; hold as unapplied"),
               parent=parent)


def sc_no_fit(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    for _ in range(R.randint(1, 3)):
        new_invoice(cust, cur)
    amt = rand_amount(cur)
    lang = lang_of(cur, cust)
    remit = R.choice([None, None, {"pt": f"Antecipação pedido {digits(6)}", "en": f"Advance payment PO {digits(7)}",
                                   "es": f"Anticipo pedido OC 4500{digits(6)}"}[lang]])
    pay = make_payment(cust, cur, amt, concept=None, remit=remit, known=True)
    return add(pay, label("unapplied", [], unapplied=amt, reason="known customer, fits no open invoice",
                          scenario="no_fit_known_customer",
                          note="advance / unexplained amount; no invoice, sum or cited number fits"))


def sc_ambiguous(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    amt = rand_amount(cur)
    a = new_invoice(cust, cur, amt)
    b = new_invoice(cust, cur, amt)
    for _ in range(R.randint(0, 2)):
        new_invoice(cust, cur)
    first, second = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
    pay = make_payment(cust, cur, amt, concept=None, known=R.random() < 0.7)
    return add(pay, label("review", candidates=[[first], [second]],
                          reason="two open invoices with exactly this balance, nothing cited",
                          scenario="ambiguous_same_amount", note="repeat order billed twice at the same amount; older due date first"))


def sc_order_resolves(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    amt = rand_amount(cur)
    a = new_invoice(cust, cur, amt)
    b = new_invoice(cust, cur, amt)
    lang = lang_of(cur, cust)
    p1 = make_payment(cust, cur, amt, concept=concept_one(a, lang))
    parent = add(p1, label("applied", [(a, amt)], reason="cited and exact", scenario="exact_ref_twin",
                           note=f"{b['number']} has the same balance but is not cited"))
    p2 = make_payment(cust, cur, amt, concept=None, known=True)
    add(p2, label("applied", [(b, amt)], reason="only one invoice left with this balance",
                  scenario="order_resolves_ambiguity",
                  note=f"two equal invoices at the start; {a['number']} was paid earlier in the file"), parent=parent)
    return parent


def transpose(n):
    t = str(n)
    for _ in range(20):
        i = R.randint(0, len(t) - 2)
        if t[i] != t[i + 1]:
            return int(t[:i] + t[i + 1] + t[i] + t[i + 2:])
    return None


def sc_ref_typo(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    while True:
        inv = new_invoice(cust, cur)
        tn = transpose(inv["_n"])
        lo, hi = SERIES[cur]
        if tn and lo <= tn <= hi and tn not in used_nums[cur]:
            break
    big = rand_amount(cur)
    while big <= inv["balance"]:
        big = rand_amount(cur) + inv["balance"]
    cited = new_invoice(cust, cur, big, n=tn)
    lang = lang_of(cur, cust)
    pay = make_payment(cust, cur, inv["balance"], concept=concept_one(cited, lang), known=True)
    return add(pay, label("review", candidates=[[inv], [cited]],
                          reason="cited number has another balance; amount fits a near-identical number",
                          scenario="ref_typo_two_readings",
                          note=f"cites {cited['number']} (balance {cited['balance']}) but the amount equals {inv['number']} "
                               f"exactly (transposed digits?) -- typo reading first, part payment reading second"))


def sc_similar_names(cc):
    pairs = [c for c in customers if c["cc"] == cc and c["similar"] and c["cur"] != "USD"]
    ca = R.choice(pairs)
    cb = cust_by_id[ca["similar"]]
    cur = ca["cur"]
    amt = rand_amount(cur)
    ia = new_invoice(ca, cur, amt)
    ib = new_invoice(cb, cur, amt)
    common = os.path.commonprefix([ca["cut"], cb["cut"]]).strip()
    payer = common
    pay = make_payment(ca, cur, amt, concept=None, known=False, payer=payer)
    first, second = sorted([ia, ib], key=lambda i: (i["due_date"], i["number"]))
    return add(pay, label("review", candidates=[[first], [second]],
                          reason="truncated payer name fits two customers, each with an invoice of this amount",
                          scenario="similar_payer_names",
                          note=f"'{payer}' is cut from both '{ca['name']}' and '{cb['name']}'"))


PERSONS = {"BRL": ["JOAO CARLOS DA SILVA", "MARIA APARECIDA SOUZA", "RODRIGO ALVES ME", "PIX RECEBIDO"],
           "MXN": ["JOSE LUIS HERNANDEZ GARCIA", "TRANSFERENCIA TERCEROS", "PAGO INTERBANCARIO"],
           "CLP": ["JUAN PABLO ROJAS", "CONSORCIO LOGISTICO DEL SUR", "TRANSFERENCIA TERCEROS"],
           "COP": ["CARLOS ANDRES MUNOZ", "DEPOSITO EN EFECTIVO", "PAGO INTERBANCARIO"],
           "USD": ["WIRE TRANSFER", "INTL REMITTANCE SVCS", "J R MARTINEZ"]}


def sc_unknown_payer(cur=None, with_match=True):
    cur = cur or cur_mix()
    payer = R.choice(PERSONS[cur])
    if with_match:
        cust = pick(cur)
        inv = new_invoice(cust, cur)
        amt = inv["balance"]
        cands = [[inv]]
        note = f"payer unknown; amount equals only {inv['number']} ({cust['name']}) in {cur}; a lone amount match is not enough"
    else:
        cust = pick(cur)
        amt = rand_amount(cur)
        cands = []
        note = "payer unknown and amount fits nothing"
    pay = make_payment(cust, cur, amt, concept=None, known=False, payer=payer)
    if cur == "CLP":
        pay["reference"] = f"TRANSF DE {payer} RUT {tax_id('CL').replace('76', '12', 1)}"
    elif cur == "COP":
        pay["reference"] = f"CONSIGNACION {R.choice(CO_BANKS)} OFICINA {digits(4)} {payer}"
    return add(pay, label("review", candidates=cands, reason="payer not identified",
                          scenario="unknown_payer" + ("" if with_match else "_no_match"), note=note))


def sc_cross_currency():
    cur = R.choice(["BRL", "MXN", "CLP", "COP"])
    cust = pick(cur)
    while cust["usd"]:
        cust = pick(cur)
    inv = new_invoice(cust, cur)
    rate = {"BRL": Decimal("5.42"), "MXN": Decimal("17.9"), "CLP": Decimal("945"), "COP": Decimal("4120")}[cur]
    usd = money(inv["balance"] / rate, "USD")
    v = fmt_num(inv)
    ref = f"INCOMING WIRE {alnum(4)}{digits(10)} ORG {cust['cut']} OBI {v}"
    pay = make_payment(cust, "USD", usd, reference=ref, known=R.random() < 0.5,
                       remit=R.choice([None, f"Payment of {v} converted to USD at {rate}"]))
    return add(pay, label("review", candidates=[], reason="payment currency differs from the cited invoice",
                          scenario="cross_currency",
                          note=f"USD payment cites {inv['number']} billed in {cur}; customer has no USD invoices; never apply across currencies"))


def sc_po_trap(cur=None):
    cur = cur or R.choice(["MXN", "CLP", "COP", "BRL"])
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    for _ in range(R.randint(1, 2)):
        new_invoice(cust, cur)
    other = new_invoice(pick(cur), cur)        # another customer's invoice whose digits equal the PO
    po = other["_n"]
    txt = {"BRL": f"PEDIDO DE COMPRA {po}", "MXN": f"PAGO OC {po}", "CLP": f"OC {po}", "COP": f"ORDEN DE COMPRA {po}"}[cur]
    pay = make_payment(cust, cur, inv["balance"], concept=txt, known=True)
    return add(pay, label("applied", [(inv, inv["balance"])], reason="known customer, exact unique amount; the number is a PO",
                          scenario="po_number_trap",
                          note=f"PO {po} has the digits of {other['number']} of {other['customer_name']}; amount fits the payer's {inv['number']}"))


def sc_amount_like_number(cur=None):
    cur = cur or R.choice(["MXN", "BRL", "USD"])
    cust = pick(cur)
    lo, hi = SERIES[cur]
    while True:
        n = R.randint(lo, hi)
        if n not in used_nums[cur]:
            break
    decoy = new_invoice(cust, cur, n=n)
    inv = new_invoice(cust, cur, D(n))           # its total reads like the decoy's number
    lang = lang_of(cur, cust)
    v = fmt_num(inv)
    a = fmt_local(inv["balance"], cur)
    remit = {"pt": f"Pagamento {v} valor {a}", "es": f"Pago de {v} importe {a}", "en": f"Paid {v} amount {a}"}[lang]
    concept = {"BRL": f"VLR {n},00 {v}", "MXN": f"IMP {n}.00 {v}", "USD": f"USD {n}.00 {v}"}[cur]
    pay = make_payment(cust, cur, inv["balance"], concept=concept, remit=remit)
    return add(pay, label("applied", [(inv, inv["balance"])], reason="cited invoice, exact balance",
                          scenario="amount_looks_like_number",
                          note=f"the amount {n} has the digits of the same customer's open {decoy['number']}"))


def sc_uuid_trap():
    cur = "MXN"
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    decoy = new_invoice(cust, cur)
    dn = str(decoy["_n"])
    uuid = f"{hexs(3)}{dn}-{hexs(4)}-4{hexs(3)}-{R.choice('89AB')}{hexs(3)}-{hexs(12)}"
    a = fmt_local(inv["balance"], cur)
    remit = (f"COMPLEMENTO DE PAGO (REP) FOLIO P-{digits(4)}\nDocumento relacionado UUID {uuid}\n"
             f"Serie A Folio {inv['_n']}  ImpSaldoAnt {a}  ImpPagado {a}  ImpSaldoInsoluto $0.00\nMetodo de pago PPD, forma 03")
    pay = make_payment(cust, cur, inv["balance"], concept=R.choice(["PAGO FACTURAS", "PROVEEDORES", None]), remit=remit)
    return add(pay, label("applied", [(inv, inv["balance"])], reason="payment complement names folio, exact balance",
                          scenario="cfdi_uuid_trap",
                          note=f"the CFDI UUID contains {dn}, the folio of the customer's other open {decoy['number']}"))


THIRD = {"BRL": ["BANCO SAFRA FACTORING", "GRUPO PEREIRA HOLDING LTDA", "FIDC RECEBIVEIS AUTO"],
         "MXN": ["GRUPO INDUSTRIAL NORTE SA DE CV", "ARRENDADORA Y FACTOR BANORTE", "CORPORATIVO TREVINO SC"],
         "CLP": ["INVERSIONES LOS ANDES SPA", "FACTORING SECURITY SA"],
         "COP": ["HOLDING AUTOMOTRIZ SAS", "BANCOLOMBIA FACTORING"],
         "USD": ["PARENT CO TREASURY LLC", "INTL PAYMENTS CLEARING"]}


def sc_third_party(cur=None):
    cur = cur or cur_mix()
    cust = pick(cur)
    inv = new_invoice(cust, cur)
    lang = lang_of(cur, cust)
    payer = R.choice(THIRD[cur])
    pay = make_payment(cust, cur, inv["balance"], concept=concept_one(inv, lang), known=False, payer=payer,
                       remit=R.choice([None, f"Pago por cuenta de {cust['name']}" if lang == "es" else
                                       (f"Pagamento por conta de {cust['name']}" if lang == "pt" else f"On behalf of {cust['name']}")]))
    return add(pay, label("applied", [(inv, inv["balance"])], reason="cited invoice and exact balance, paid by a third party",
                          scenario="third_party_payer", note=f"{payer} pays for {cust['name']}"))


def sc_cross_num(cur=None):
    cur = cur or R.choice(["CLP", "MXN"])
    other_cur = "MXN" if cur == "CLP" else "CLP"
    lo, hi = 10000, 29999
    while True:
        n = R.randint(lo, hi)
        if n not in used_nums[cur] and n not in used_nums[other_cur]:
            break
    cust = pick(cur)
    inv = new_invoice(cust, cur, n=n)
    twin = new_invoice(pick(other_cur), other_cur, n=n)
    pay = make_payment(cust, cur, inv["balance"], concept=f"PAGO FACTURA {n}")
    return add(pay, label("applied", [(inv, inv["balance"])], reason="cited number in the payment's currency, exact balance",
                          scenario="same_number_other_currency",
                          note=f"{twin['number']} ({other_cur}, {twin['customer_name']}) has the same digits"))


# ---------------------------------------------------------------- bad input rows
def sc_errors():
    out = []
    # negative amounts: reversals that the bank file lists as receipts
    for cur in ("BRL", "MXN"):
        cust = pick(cur)
        inv = new_invoice(cust, cur)
        ref = (f"ESTORNO PIX E2E {e2e_id()} DEVOLUCAO" if cur == "BRL"
               else f"DEVOLUCION SPEI CLAVE RASTREO {clave_rastreo()} CONCEPTO PAGO {fmt_num(inv)}")
        pay = make_payment(cust, cur, -inv["balance"], reference=ref, known=True)
        out.append(add(pay, dict(status="error", error="negative amount", scenario="error_negative_amount",
                                 note=f"reversal posted as a negative receipt; cites {inv['number']}")))
    # currencies no invoice has
    for cur, real in (("ARS", "CLP"), ("EUR", "USD")):
        cust = pick(real)
        inv = new_invoice(cust, real)
        pay = make_payment(cust, real, inv["balance"], concept=concept_one(inv, "es" if real != "USD" else "en"), known=True)
        pay["currency"] = cur
        out.append(add(pay, dict(status="error", error=f"currency {cur} matches no invoice", scenario="error_unknown_currency",
                                 note=f"cites {inv['number']} with its exact balance, but in {cur}")))
    # malformed amounts
    for cur, txt in (("BRL", None), ("CLP", None)):
        cust = pick(cur)
        inv = new_invoice(cust, cur)
        pay = make_payment(cust, cur, inv["balance"], concept=concept_one(inv, "pt" if cur == "BRL" else "es"), known=True)
        if cur == "BRL":
            ip, fp = pay["amount"].split(".")
            pay["amount"] = f"{int(ip):,}".replace(",", ".") + "," + fp
        else:
            pay["amount"] = f"{int(D(pay['amount'])):,}".replace(",", ".")
        out.append(add(pay, dict(status="error", error="malformed amount", scenario="error_malformed_amount",
                                 note=f"amount written with local separators ({pay['amount']}); cites {inv['number']}")))
    # missing dates
    for cur, val in (("COP", None), ("MXN", "")):
        cust = pick(cur)
        inv = new_invoice(cust, cur)
        pay = make_payment(cust, cur, inv["balance"], concept=concept_one(inv, "es"), known=True)
        pay["_date"] = val
        out.append(add(pay, dict(status="error", error="missing date", scenario="error_missing_date",
                                 note=f"date is {'null' if val is None else 'an empty string'}; cites {inv['number']}")))
    return out


def sc_dup_id(parent):
    pay = dict(parent["pay"])
    return add(pay, dict(status="error", error=f"duplicate payment id {pay['id']}", scenario="error_duplicate_id",
                         note="the same bank line imported twice under the same id; the first one is the real payment"),
               parent=parent)


# ---------------------------------------------------------------- the plan
def plan():
    build_customers()
    dup_parents, part_parents = [], []
    for j in range(90):
        ev = sc_exact_ref(partially_paid=(j % 11 == 5))
        if j % 9 == 0:
            dup_parents.append(ev)
    for _ in range(32):
        sc_multi_ref()
    for j in range(10):
        sc_range_ref(gap=(j % 3 == 1))
    for _ in range(32):
        sc_amount_only()
    for _ in range(12):
        sc_lump_all()
    for _ in range(30):
        sc_withholding()
    for j in range(21):
        sc_short_reason(devolucao=(j % 4 == 0))
    for _ in range(6):
        sc_bank_charges()
    for j in range(18):
        ev = sc_part_payment()
        if j < 12:
            part_parents.append(ev)
    for ev in part_parents:
        sc_remaining(ev)
    for _ in range(16):
        sc_overpayment()
    for ev in dup_parents[:10]:
        sc_duplicate(ev)
    for _ in range(10):
        sc_no_fit()
    for _ in range(14):
        sc_ambiguous()
    for _ in range(5):
        sc_order_resolves()
    for _ in range(10):
        sc_ref_typo()
    for cc in ["BR", "MX", "CL", "CO", "BR", "MX", "CO", "MX"]:
        sc_similar_names(cc)
    for j in range(9):
        sc_unknown_payer(with_match=(j % 3 != 2))
    for _ in range(5):
        sc_cross_currency()
    for _ in range(8):
        sc_po_trap()
    for _ in range(6):
        sc_amount_like_number()
    for _ in range(6):
        sc_uuid_trap()
    for _ in range(6):
        sc_third_party()
    for _ in range(5):
        sc_cross_num()
    sc_errors()
    plain = [ev for ev in events if ev["parent"] is None and ev["lab"]["status"] == "applied"
             and ev["lab"]["scenario"] == "multi_ref"]
    for ev in plain[:2]:
        sc_dup_id(ev)
    # filler invoices: open items nobody pays in this file
    pool = [c for c in customers if not c["exclusive"]]
    for c in customers:
        if not c["exclusive"] and not inv_by_cust.get((c["id"], c["cur"])):
            new_invoice(c)
    while len(invoices) < 1500:
        c = R.choice(pool)
        cur = c["cur"] if not (c["usd"] and R.random() < 0.35) else "USD"
        new_invoice(c, cur)


def order_events():
    base = [ev for ev in events if ev["parent"] is None]
    R.shuffle(base)
    for ev in events:
        if ev["parent"] is not None:
            pi = base.index(ev["parent"])
            base.insert(R.randint(pi + 1, len(base)), ev)
    days = []
    d = date(2026, 3, 2)
    while d <= date(2026, 4, 30):
        if d.weekday() < 5 and d not in (date(2026, 4, 2), date(2026, 4, 3)):
            days.append(d)
        d += timedelta(1)
    dates = sorted(R.choice(days) for _ in base)
    for ev, dt in zip(base, dates):
        p = ev["pay"]
        p["date"] = p.pop("_date") if "_date" in p else dt.isoformat()
        if p["reference"] and p["date"]:
            ymd = p["date"].replace("-", "")
            p["reference"] = re.sub(r"\b(E\d{8})2026\d{4}(\d{4})", lambda m: m.group(1) + ymd + m.group(2), p["reference"])
    return base


# ---------------------------------------------------------------- replay and verify
def verify(seq):
    bal = {i["id"]: i["balance"] for i in invoices}
    problems = []

    def bad(ev, msg):
        problems.append(f"{ev['pay']['id']} {ev['lab']['scenario']}: {msg}")

    def open_of(cid, cur):
        return [i for i in inv_by_cust[(cid, cur)] if bal[i["id"]] > 0]

    seen = set()
    for ev in seq:
        p, lab = ev["pay"], ev["lab"]
        sc = lab["scenario"]
        if lab["status"] == "error":
            continue
        if p["id"] in seen:
            bad(ev, "duplicate id on a non-error row")
        seen.add(p["id"])
        amt = Decimal(p["amount"])
        cur = p["currency"]
        apps = lab["applications"]
        if sum((a for _, a in apps), Decimal(0)) + lab["unapplied"] != amt:
            bad(ev, "applications + unapplied != amount")
        # scenario checks against the state before this payment
        if sc in ("amount_only", "order_resolves_ambiguity", "po_number_trap"):
            inv = inv_by_id[apps[0][0]]
            hits = [i for i in open_of(inv["customer_id"], cur) if bal[i["id"]] == amt]
            if len(hits) != 1:
                bad(ev, f"amount fits {len(hits)} open invoices of the customer")
        if sc == "lump_all_open":
            cid = inv_by_id[apps[0][0]]["customer_id"]
            if sum(bal[i["id"]] for i in open_of(cid, cur)) != amt or len(apps) != len(open_of(cid, cur)):
                bad(ev, "lump is not the whole open balance")
        if sc == "ambiguous_same_amount":
            cid = inv_by_id[lab["candidates"][0][0]]["customer_id"]
            hits = sorted(i["id"] for i in open_of(cid, cur) if bal[i["id"]] == amt)
            if hits != sorted(c[0] for c in lab["candidates"]):
                bad(ev, "candidates are not exactly the equal-balance invoices")
        if sc == "similar_payer_names":
            for c in lab["candidates"]:
                if bal[c[0]] != amt:
                    bad(ev, "candidate balance differs")
        if sc == "ref_typo_two_readings":
            a, b = lab["candidates"][0][0], lab["candidates"][1][0]
            if bal[a] != amt or bal[b] <= amt:
                bad(ev, "typo readings broken")
            cid = inv_by_id[a]["customer_id"]
            if sum(1 for i in open_of(cid, cur) if bal[i["id"]] == amt) != 1:
                bad(ev, "typo amount not unique")
        if sc.startswith("unknown_payer"):
            hits = [i["id"] for i in invoices if i["currency"] == cur and bal[i["id"]] == amt]
            if hits != [c[0] for c in lab["candidates"]]:
                bad(ev, f"unknown payer amount hits {hits}")
        if sc == "no_fit_known_customer":
            op = open_of(p["customer_id"], cur)
            if any(bal[i["id"]] == amt for i in op) or sum(bal[i["id"]] for i in op) == amt:
                bad(ev, "no_fit amount fits something")
        if sc == "duplicate_payment":
            pi = ev["parent"]["lab"]["applications"][0][0]
            if bal[pi] != 0:
                bad(ev, "duplicate of an invoice that is still open")
        if sc == "remaining_balance" and bal[apps[0][0]] != amt:
            bad(ev, "remaining amount differs from balance")
        if sc == "cross_currency" and inv_by_cust.get((p["customer_id"] or "", "USD")):
            bad(ev, "cross-currency customer has USD invoices")
        # status rules
        st = lab["status"]
        for iid, a in apps:
            inv = inv_by_id[iid]
            if inv["currency"] != cur:
                bad(ev, "cross-currency application")
            if a <= 0 or bal[iid] - a < 0:
                bad(ev, f"application past zero on {inv['number']}")
            bal[iid] -= a
        if st == "applied":
            if not apps or lab["unapplied"] != 0 or lab["short_pay"] or any(bal[i] != 0 for i, _ in apps):
                bad(ev, "applied must close its invoices with nothing unapplied")
        elif st == "partial":
            if not apps or lab["unapplied"] != 0 or all(bal[i] == 0 for i, _ in apps):
                bad(ev, "partial must leave an invoice open")
            sp = lab["short_pay"]
            if sp and bal[sp["invoice_id"]] != Decimal(sp["amount"]):
                bad(ev, "short pay amount != what is left open")
        elif st == "unapplied":
            if lab["unapplied"] <= 0 or lab["candidates"]:
                bad(ev, "unapplied needs a positive remainder")
        elif st == "review":
            if apps or lab["unapplied"] != amt:
                bad(ev, "review applies nothing")
            for cs in lab["candidates"]:
                for c in cs:
                    if inv_by_id[c]["currency"] != cur:
                        bad(ev, "candidate in another currency")
        else:
            bad(ev, "bad status")
    # a customer's bank-cut name must not fit another customer unless designed
    for c in customers:
        for o in customers:
            if o is c or o["id"] == c["similar"]:
                continue
            if clash(c["cut"], c["name"], o):
                problems.append(f"payer-name collision {c['cut']} / {o['cut']}")
    return problems


# ---------------------------------------------------------------- output
def out_label(ev):
    p, lab = ev["pay"], ev["lab"]
    if lab["status"] == "error":
        return dict(payment_id=p["id"], status="error", applications=[], unapplied=None, short_pay=None,
                    candidates=[], reason=lab["error"], error=lab["error"], scenario=lab["scenario"], note=lab["note"])
    return dict(payment_id=p["id"], status=lab["status"],
                applications=[dict(invoice_id=i, amount=s(a)) for i, a in lab["applications"]],
                unapplied=s(lab["unapplied"]), short_pay=lab["short_pay"], candidates=lab["candidates"],
                reason=lab["reason"], scenario=lab["scenario"], note=lab["note"])


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    plan()
    seq = order_events()
    for ev in seq:
        if ev["lab"]["status"] == "review":
            ev["lab"]["unapplied"] = D(ev["pay"]["amount"])
    problems = verify(seq)
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} label problems")
    os.makedirs(OUT, exist_ok=True)
    inv_out = [dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"],
                    currency=i["currency"], total=s(i["total"]), balance=s(i["balance"]), issue_date=i["issue_date"],
                    due_date=i["due_date"]) for i in sorted(invoices, key=lambda i: (i["issue_date"], i["id"]))]
    pay_out = [dict(id=p["id"], date=p["date"], amount=p["amount"], currency=p["currency"], payer_name=p["payer_name"],
                    customer_id=p["customer_id"], reference=p["reference"], remittance=p["remittance"])
               for p in (ev["pay"] for ev in seq)]
    lab_out = [out_label(ev) for ev in seq]
    dump(os.path.join(OUT, "invoices.json"), inv_out)
    dump(os.path.join(OUT, "payments.json"), pay_out)
    dump(os.path.join(OUT, "labels.json"), lab_out)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(inv_out, pay_out, lab_out))
    print(f"{len(inv_out)} invoices, {len({i['customer_id'] for i in inv_out})} customers, {len(pay_out)} payments")


def channel_of(p):
    r = p["reference"] or ""
    for key, name in (("ESTORNO PIX", "PIX reversal"), ("PIX", "PIX"), ("BOLETO", "boleto"), ("TED", "TED"),
                      ("DEVOLUCION SPEI", "SPEI return"), ("SPEI", "SPEI"), ("TRANSF", "CL transfer"),
                      ("ACH", "ACH (CO)"), ("CONSIGNACION", "CO cash deposit"), ("WIRE", "wire")):
        if key in r:
            return name
    return "no bank text"


SCEN_DOC = [
    ("exact_ref", "applied", "one invoice cited (bank reference, boleto seu número or remittance) and the exact balance"),
    ("exact_ref_partly_paid", "applied", "same, but the invoice was part paid before the ledger: balance < total"),
    ("exact_ref_twin", "applied", "cited invoice paid; a twin invoice with the same balance stays open"),
    ("multi_ref", "applied", "list of invoices (bare numbers or an itemised advice), exact sum"),
    ("range_ref", "applied", "a range of numbers (\"FEV 8102 A 8105\", \"FOLIOS 27628-27630\")"),
    ("range_ref_gap", "applied", "a range with another customer's invoice inside it; only the payer's invoices, exact sum"),
    ("amount_only", "applied", "no number; known payer (id or unambiguous name); exactly one open invoice has the amount"),
    ("lump_all_open", "applied", "no number; amount equals the customer's whole open balance"),
    ("order_resolves_ambiguity", "applied", "two equal invoices at the start, one paid earlier in the file, so the amount now fits one"),
    ("remaining_balance", "applied", "pays what an earlier part payment in the file left open"),
    ("po_number_trap", "applied", "a purchase-order number with the digits of another customer's invoice; amount fits the payer's invoice"),
    ("amount_looks_like_number", "applied", "the amount (e.g. 27001,00) has the digits of another open invoice of the same customer"),
    ("cfdi_uuid_trap", "applied", "CFDI payment complement; the UUID contains the folio digits of another open invoice"),
    ("same_number_other_currency", "applied", "the cited digits exist in another currency's series; only the payment's currency counts"),
    ("third_party_payer", "applied", "factoring company / parent pays; cited number and exact balance"),
    ("short_pay_withholding", "partial", "IRRF / PIS-COFINS-CSLL (BR), ReteFuente / ReteICA / ReteIVA (CO), retención IVA (MX)"),
    ("short_pay_reason", "partial", "deduction with a stated reason: damage, shortage, price, prompt-pay discount"),
    ("short_pay_reason_devolucao", "partial", "deduction for a customer's return NF whose number equals one of our open invoices"),
    ("short_pay_bank_charges", "partial", "USD wire short by intermediary bank charges that the wire or advice states"),
    ("part_payment", "partial", "announced instalment / abono / parcela; short_pay null"),
    ("overpayment", "unapplied", "cited invoice closed, remainder unapplied (rounded up, paid the original total, boleto with interest)"),
    ("duplicate_payment", "unapplied", "second payment of an invoice already paid earlier in this file"),
    ("no_fit_known_customer", "unapplied", "known customer, nothing fits (advance payment or unexplained)"),
    ("ambiguous_same_amount", "review", "two open invoices of the customer with this exact balance, nothing cited"),
    ("ref_typo_two_readings", "review", "cited number has a larger balance; amount equals a near-identical number (transposed digits)"),
    ("similar_payer_names", "review", "truncated payer name fits two customers, each with an invoice of the amount"),
    ("unknown_payer", "review", "payer not identified; the amount equals one invoice in the whole ledger"),
    ("unknown_payer_no_match", "review", "payer not identified, nothing fits (no candidates)"),
    ("cross_currency", "review", "USD wire citing a BRL/MXN/CLP/COP invoice of a customer with no USD invoices (no candidates)"),
    ("error_negative_amount", "error", "reversal listed as a negative receipt"),
    ("error_unknown_currency", "error", "ARS / EUR: no invoice has that currency"),
    ("error_malformed_amount", "error", "amount written with local separators (\"18.497,72\", \"4.202.175\")"),
    ("error_missing_date", "error", "date null or empty"),
    ("error_duplicate_id", "error", "a second row with an id already used (the first row is the real payment)"),
]


def remit_lang(t):
    if re.search(r"Pagamento|Relação|Retenç|valor|Segue|Desconto|PAGAMENTO", t):
        return "pt"
    if re.search(r"Payment|Paid|Remittance|Invoices|On behalf", t):
        return "en"
    return "es"


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def readme(inv_out, pay_out, lab_out):
    st = Counter(l["status"] for l in lab_out)
    sc = Counter(l["scenario"] for l in lab_out)
    cur = Counter(p["currency"] for p in pay_out)
    ch = Counter(channel_of(p) for p in pay_out)
    icur = Counter(i["currency"] for i in inv_out)
    nocid = sum(1 for p in pay_out if p["customer_id"] is None)
    withrem = sum(1 for p in pay_out if p["remittance"])
    partly = sum(1 for i in inv_out if i["balance"] != i["total"])
    rl = Counter(remit_lang(p["remittance"]) for p in pay_out if p["remittance"])
    sc_rows = "\n".join(f"| `{k}` | {s_} | {sc.get(k, 0)} | {d} |" for k, s_, d in SCEN_DOC)
    assert sum(sc.get(k, 0) for k, _, _ in SCEN_DOC) == len(lab_out)
    return f"""# Blind cash-application set: LatamPay (auto parts and lubricants, BR / MX / CL / CO)

Held-out test set for `contracts/cash-application.md` (`match`), written blind from the contract only.
Generated by `build.py` (stdlib, seeded, deterministic); `check.py` re-verifies every label by replaying
the payments in file order.

**Theme.** LatamPay distributes auto parts and lubricants in Brazil (BRL), Mexico (MXN), Chile (CLP) and
Colombia (COP), and bills some fleet, mining and export accounts in USD. Money arrives as PIX (end-to-end ids,
txids), boleto settlements (linha digitável, seu número / nosso número), TED, SPEI (clave de rastreo,
referencia numérica, concepto de pago, CFDI payment complements with UUIDs), Chilean transfers with RUT,
Colombian ACH credits with NIT, and USD wires (ORG / OBI / CHGS fields). Payer names are cut the way banks
print them: upper case, no accents or dots, truncated (`LTDA`, `SA DE CV`, `SPA`, `SAS`).
Remittance text is in Portuguese, Spanish or English.

## Files (`ledger_latampay/`)

| file | rows | format |
|---|---|---|
| `invoices.json` | {len(inv_out)} | contract `INVOICES.json`: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date` |
| `payments.json` | {len(pay_out)} | contract `PAYMENTS.json`, oldest first: `id, date, amount, currency, payer_name, customer_id, reference, remittance` |
| `labels.json` | {len(lab_out)} | one expected `MATCHES.json` entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |

{len({i["customer_id"] for i in inv_out})} customers. Invoice numbers by series: `NF-000023145` (BRL, NF-e number),
`A-18234` (MXN, CFDI serie A folio), `FAC-45123` (CLP, factura folio), `FEV-08812` (COP, factura electrónica),
`EXP-03012` (USD export). Customers write them many ways (`NF 23145`, `NF-e 000.023.145`, `NFE23145`,
`FOLIO 18234`, `A18234`, `N° 45123`, `FEV8812`, `FE-8812`, `EXP3012`...). The numeric ranges of the series
overlap on purpose. {partly} invoices start with `balance` below `total` (part paid before this ledger).

Invoices by currency: {", ".join(f"{k} {v}" for k, v in sorted(icur.items()))}.
Payments by currency: {", ".join(f"{k} {v}" for k, v in sorted(cur.items()))}.
{nocid} payments have `customer_id: null`; {withrem} carry a remittance text (by language:
{", ".join(f"{k} {v}" for k, v in sorted(rl.items()))}). Bank references are in the bank's own style (Portuguese for
Brazilian banks, Spanish for Mexican, Chilean and Colombian banks, English for USD wires).

## Counts

{table(st, "status")}

{table(ch, "channel (from the bank reference)")}

| scenario | status | count | what it tests |
|---|---|---|---|
{sc_rows}

## Conventions where the contract is silent

- **Label entry.** `{{"payment_id", "status", "applications": [{{"invoice_id", "amount"}}], "unapplied", "short_pay",
  "candidates", "reason", "scenario", "note"}}`. `reason` is free text and should not be scored; `scenario`
  and `note` are for humans.
- **Amounts** are strings with two decimals for every currency (CLP and COP invoices are whole pesos but are
  written `"4202175.00"`).
- **`candidates`** is a list of invoice-id lists (each list is one candidate invoice set), best first. When two
  candidates are equally good (same amount, similar names) they are listed oldest due date first, and that
  order carries no meaning: compare them as a set. For a typo (`ref_typo_two_readings`) the exact-amount
  reading is first and the "part payment of the cited invoice" reading second. `candidates` is `[]` whenever
  the status is not `review`, and may be `[]` in review when nothing fits.
- **`review`** applies nothing, and `unapplied` equals the full payment amount (so applications + unapplied
  still add up to the payment).
- **`unapplied` status** lists the applications it made (overpayment) and the remainder in `unapplied`;
  a second payment of an already paid invoice and a known customer's payment that fits nothing have no
  applications and the whole amount unapplied. Boleto interest (juros/mora) is treated as an overpayment
  remainder.
- **Short pay vs part payment.** A shortfall with a stated reason (withholding taxes, bank charges, damage,
  shortage, price difference, prompt-pay discount, return) is `partial` with `short_pay = {{invoice_id, amount,
  reason}}`, where `amount` is exactly what stays open. An announced instalment (`PARCELA 1/3`, `ABONO`,
  `PAGO PARCIAL`) is `partial` with `short_pay: null`. Score `short_pay` on `invoice_id` and `amount`; the
  `reason` text is free.
- **Known customer** means `customer_id` is given, or `payer_name` is the bank cut of exactly one customer's
  name. Except in `similar_payer_names`, no payer name is a prefix of another customer's name.
- **Amount-only matches** are applied only for a known customer whose open invoices (in the payment's currency,
  after the earlier payments) contain exactly one with that balance, or whose whole open balance equals the
  payment (`lump_all_open`). No other subset sums are expected.
- **Unknown payer**: even a unique amount match is `review` with that invoice as the only candidate.
- **Third party** (factoring company, parent company) with a cited invoice and its exact balance is `applied`.
- **Cross currency**: a USD payment citing a local-currency invoice is `review` with no candidates (the
  contract forbids applying across currencies, and there is no USD invoice to suggest).
- **Bad rows** (`status: "error"`): negative amount, currency that no invoice has (ARS, EUR), amount not a
  plain decimal string, missing (null or empty) date, and a repeated payment id (the second row is the error;
  the first is processed normally). They get `applications: []`, `unapplied: null`, `short_pay: null`,
  `candidates: []` and an `error` text; every bad row cites a real open invoice, which must stay open. Error
  rows keep their place in the file and change no balance.
- **Order.** Payments are replayed in file order; `remaining_balance`, `duplicate_payment`,
  `order_resolves_ambiguity` and the second `error_duplicate_id` row depend on an earlier row.
- Ids (`inv_…`, `PMT-…`, `cu_…`) are random-looking and carry no meaning. All companies, tax ids, bank
  references, e2e ids, claves de rastreo and UUIDs are made up.
"""


if __name__ == "__main__":
    main()
