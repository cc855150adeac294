#!/usr/bin/env python3
"""Blind cash-application set 364: LatAm pharmaceutical / medical-supplies distributor.

Standard library only, deterministic (seed 364). Writes
latam_pharma_distribution/{invoices,payments,labels}.json next to this file.
"""
import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta

SEED = 364
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "latam_pharma_distribution")

MINOR = {"MXN": 2, "BRL": 2, "COP": 2, "CLP": 0, "ARS": 2, "PEN": 2, "USD": 2}
RATE = {"MXN": 17.1, "BRL": 5.05, "COP": 4050.0, "CLP": 940.0, "ARS": 1050.0, "PEN": 3.75, "USD": 1.0}
SYMBOL = {"MXN": "$", "BRL": "R$", "COP": "$", "CLP": "$", "ARS": "$", "PEN": "S/", "USD": "US$"}
# thousands / decimal separator used in free text
STYLE = {"MXN": (",", "."), "PEN": (",", "."), "USD": (",", "."),
         "BRL": (".", ","), "ARS": (".", ","), "COP": (".", ","), "CLP": (".", ",")}
LOCAL = {"MX": "MXN", "BR": "BRL", "CO": "COP", "CL": "CLP", "AR": "ARS", "PE": "PEN"}


# ----------------------------------------------------------------- helpers
def fmt(minor, cur):
    """Contract decimal string in the currency's own minor units."""
    m = MINOR[cur]
    if m == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    return "%s%d.%0*d" % (sign, minor // 10 ** m, m, minor % 10 ** m)


def fmt_text(minor, cur, symbol=True):
    """Amount as it appears in bank / remittance free text (local style)."""
    th, dec = STYLE[cur]
    m = MINOR[cur]
    ip, fp = divmod(minor, 10 ** m) if m else (minor, None)
    s = "{:,}".format(ip).replace(",", th)
    if m:
        s += dec + "%0*d" % (m, fp)
    return (SYMBOL[cur] + " " + s) if symbol else s


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm_name(s):
    s = strip_accents(s or "").upper()
    s = re.sub(r"[^A-Z0-9 ]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def extract_numbers(text):
    """Invoice-number-shaped tokens (5-digit values) in free text.

    Runs of [0-9OIL] with >=2 real digits; O->0, I/L->1 inside runs with >=3 digits;
    a run is also joined with the next run when exactly one space separates them;
    leading zeros dropped; a token counts when its value has 5 digits."""
    if not text:
        return set()
    t = strip_accents(text).upper()
    runs = []
    for m in re.finditer(r"[0-9OIL]+", t):
        g = m.group()
        nd = sum(c.isdigit() for c in g)
        if nd < 2:
            continue
        if nd >= 3:
            g = g.replace("O", "0").replace("I", "1").replace("L", "1")
        elif not g.isdigit():
            continue
        runs.append((m.start(), m.end(), g))
    toks = [g for _, _, g in runs]
    for (s1, e1, g1), (s2, e2, g2) in zip(runs, runs[1:]):
        if t[e1:s2] == " ":
            toks.append(g1 + g2)
    out = set()
    for g in toks:
        if not g.isdigit():
            continue
        v = g.lstrip("0")
        if len(v) == 5:
            out.add(int(v))
    return out


def rdigits(n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def rletters(n):
    return "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(n))


# ----------------------------------------------------------------- customers
NAMES = {
    "MX": {
        "chain": ["Farmacias Del Golfo", "Farmacias Santa Mónica", "Boticas Del Bajío"],
        "hospital": ["Hospital San Ángel Inn Sur", "Hospital Regional Sagrado Corazón", "Sanatorio Guadalupe de Puebla",
                     "Hospital Chapultepec Norte", "Centro Médico Tlaquepaque"],
        "clinic": ["Clínica Coyoacán del Valle", "Clínica La Joya", "Centro de Diálisis Monterrey Norte",
                   "Clínica Oftalmológica Cuauhtémoc", "Clínica Materno Infantil El Carmen", "Unidad Médica Los Reyes"],
        "pharmacy": ["Farmacia San Nicolás", "Farmacia Santa Fe de Toluca", "Farmacia La Paz de Mérida",
                     "Farmacia Guadalupana", "Farmacia El Roble", "Farmacia Jardines del Pedregal",
                     "Farmacia Hidalgo Centro", "Farmacia Los Pinos de Querétaro"],
        "usd": ["Importadora Hospitalaria del Norte"],
        "sfx": {"chain": "S.A. de C.V.", "hospital": "S.A. de C.V.", "clinic": "S.C.", "pharmacy": "S. de R.L. de C.V.",
                "usd": "S.A. de C.V."},
    },
    "BR": {
        "chain": ["Rede Drogaria São Benedito", "Drogarias Boa Vista", "Farmácias Vila Mariana"],
        "hospital": ["Hospital Santa Cecília de Campinas", "Hospital Nossa Senhora da Conceição do Sul",
                     "Casa de Saúde Santo Amaro", "Hospital Moinhos do Vale", "Hospital São Judas Tadeu de Recife"],
        "clinic": ["Clínica Jardim Paulista", "Clínica de Olhos Pinheiros", "Clínica Itaquera Saúde",
                   "Centro de Hemodiálise Ipanema", "Clínica Ortopédica Boa Viagem", "Policlínica Santa Luzia"],
        "pharmacy": ["Drogaria Bela Vista", "Farmácia São Cristóvão", "Drogaria Popular do Méier",
                     "Farmácia Santa Rita de Cássia", "Drogaria Ponte Rasa", "Farmácia Vitória Régia",
                     "Drogaria Tatuapé", "Farmácia Nova Esperança"],
        "usd": ["Importadora Médica Atlântica"],
        "sfx": {"chain": "S.A.", "hospital": "S.A.", "clinic": "Ltda.", "pharmacy": "Ltda.", "usd": "Ltda."},
    },
    "CO": {
        "chain": ["Cadena de Droguerías La Esperanza", "Droguerías Del Caribe", "Droguerías Cañaveral"],
        "hospital": ["Hospital San Rafael de Itagüí", "Clínica El Prado Medellín", "Hospital Universitario Los Almendros",
                     "Fundación Clínica La Sabana", "Hospital Santa Fe de Antioquia"],
        "clinic": ["IPS Chapinero Salud", "Clínica Odontológica El Poblado", "IPS Palermo Bogotá",
                   "Centro de Especialistas Cedritos", "IPS Renal del Valle", "Clínica Visual Laureles"],
        "pharmacy": ["Droguería San José", "Droguería La Economía de Bello", "Droguería Alemana de Cali",
                     "Droguería Santa Bárbara", "Droguería El Nogal", "Droguería Provenza",
                     "Droguería Villa del Río", "Droguería Normandía"],
        "usd": ["Importadora Biomédica Andina"],
        "sfx": {"chain": "S.A.S.", "hospital": "S.A.", "clinic": "S.A.S.", "pharmacy": "S.A.S.", "usd": "S.A.S."},
    },
    "CL": {
        "chain": ["Farmacias Los Andes", "Farmacias Del Pacífico Sur", "Farmacias Cordillera"],
        "hospital": ["Clínica San Borja Poniente", "Hospital Clínico Biobío", "Clínica Providencia Oriente",
                     "Clínica Las Condes Alto", "Hospital Clínico Temuco Centro"],
        "clinic": ["Centro Médico Ñuñoa", "Centro Médico La Florida", "Clínica Dental Maipú",
                   "Centro de Diálisis Valparaíso Puerto", "Centro Médico Antofagasta Norte", "Clínica Oftalmológica Vitacura"],
        "pharmacy": ["Farmacia Independencia", "Farmacia Recoleta", "Farmacia Puente Alto Centro",
                     "Farmacia Viña del Mar", "Farmacia Quilpué", "Farmacia Rancagua Sur",
                     "Farmacia Chillán Viejo", "Farmacia Talca Oriente"],
        "usd": ["Importadora Clínica Austral"],
        "sfx": {"chain": "S.A.", "hospital": "S.A.", "clinic": "SpA", "pharmacy": "SpA", "usd": "SpA"},
    },
    "AR": {
        "chain": ["Farmacias Del Plata", "Farmacias Río de la Plata Norte", "Farmacias Patagónicas"],
        "hospital": ["Sanatorio Belgrano Oeste", "Clínica San Telmo", "Sanatorio Córdoba Centro",
                     "Hospital Privado Rosario Sur", "Sanatorio Mendoza Cuyo"],
        "clinic": ["Policlínico Caballito", "Clínica Villa Urquiza", "Centro Médico La Plata",
                   "Instituto de Diálisis Tucumán", "Clínica Oftalmológica Palermo Chico", "Centro de Diagnóstico Quilmes"],
        "pharmacy": ["Farmacia Cabildo", "Farmacia Boedo", "Farmacia Almagro Sur", "Farmacia Flores Centro",
                     "Farmacia Martínez", "Farmacia Adrogué", "Farmacia Lanús Este", "Farmacia San Isidro Labrador"],
        "usd": ["Importadora Médica Rioplatense"],
        "sfx": {"chain": "S.A.", "hospital": "S.A.", "clinic": "S.R.L.", "pharmacy": "S.R.L.", "usd": "S.A."},
    },
    "PE": {
        "chain": ["Cadena de Boticas Santa Rosa", "Boticas Del Sur Andino", "Boticas Norte Chico"],
        "hospital": ["Clínica Miraflores Centro", "Clínica San Isidro Golf", "Hospital Privado Arequipa Misti",
                     "Clínica Trujillo Norte", "Clínica Cusco Imperial"],
        "clinic": ["Policlínico Surco", "Centro Médico Los Olivos", "Policlínico Chiclayo Centro",
                   "Centro Oftalmológico La Molina", "Clínica Dental Jesús María", "Centro de Diálisis San Borja"],
        "pharmacy": ["Botica San Martín de Porres", "Botica Virgen de Chapi", "Botica Señor de Sipán",
                     "Botica Magdalena", "Botica Callao Puerto", "Botica Huancayo Centro",
                     "Botica Piura Norte", "Botica Comas Collique"],
        "usd": ["Importadora Hospitalaria del Pacífico"],
        "sfx": {"chain": "S.A.C.", "hospital": "S.A.C.", "clinic": "S.A.C.", "pharmacy": "E.I.R.L.", "usd": "S.A.C."},
    },
}
TRADE = {
    "MX": ["FARMA GOLFO", "FARMACIAS SM", "BOTICAS BAJIO EXPRESS", "HOSP SAGRADO CORAZON", "CMT TLAQUEPAQUE"],
    "BR": ["DROGARIA SAO BENEDITO", "DROGA BOA VISTA", "FARMA VM", "HSC CAMPINAS", "HOSPITAL MOINHOS"],
    "CO": ["DROGUERIAS LA ESPERANZA", "DROCARIBE", "DROGAS CANAVERAL", "CLINICA EL PRADO", "FUNDACION LA SABANA"],
    "CL": ["FARMANDES", "FARMA PACIFICO", "FARMACIAS CORDILLERA SPA", "CLINICA SAN BORJA", "BIOBIO SALUD"],
    "AR": ["FARMAPLATA", "FARMACIAS RDLP", "FARMAPATAGONIA", "SANATORIO BELGRANO", "SANATORIO CUYO"],
    "PE": ["BOTICAS SANTA ROSA", "BOTISUR", "FARMA NORTE CHICO", "CLINICA MIRAFLORES", "CLINICA MISTI"],
}
PARENT = {
    "MX": ["GRUPO FARMACEUTICO PENINSULAR SA DE CV", "CORPORATIVO HOSPITALARIO ANGELOPOLIS SA DE CV"],
    "BR": ["HOLDING SAUDE PAULISTA PARTICIPACOES S.A.", "GRUPO FARMA SUDESTE PARTICIPACOES LTDA"],
    "CO": ["INVERSIONES SALUD ANTIOQUIA S.A.S.", "GRUPO EMPRESARIAL DROGAS DE LA COSTA S.A."],
    "CL": ["INVERSIONES SALUD ANDINA S.A.", "SOCIEDAD DE INVERSIONES FARMACEUTICAS SUR SPA"],
    "AR": ["GRUPO SANATORIAL PAMPEANO S.A.", "HOLDING FARMACEUTICO BONAERENSE S.A."],
    "PE": ["CORPORACION DE SALUD DEL SUR S.A.C.", "INVERSIONES FARMACEUTICAS PERUANAS S.A."],
}
PERSONS = {
    "MX": ["MARIA GUADALUPE HERNANDEZ RUIZ", "JOSE LUIS MARTINEZ OCHOA", "ANA SOFIA RAMIREZ TELLEZ"],
    "BR": ["JOAO PAULO FERREIRA DA SILVA", "MARIA APARECIDA SOUZA LIMA", "CARLOS EDUARDO PEREIRA"],
    "CO": ["LUZ MARINA GOMEZ RESTREPO", "JUAN CAMILO OSORIO VELEZ", "DIANA PATRICIA MONTOYA"],
    "CL": ["FRANCISCA ANDREA MUNOZ SOTO", "RODRIGO IGNACIO ROJAS DIAZ", "CAROLINA PAZ FUENTES"],
    "AR": ["MARIA LAURA GONZALEZ", "PABLO EZEQUIEL FERNANDEZ", "GRACIELA BEATRIZ LOPEZ"],
    "PE": ["ROSA ELENA QUISPE MAMANI", "LUIS ALBERTO HUAMAN TORRES", "CARMEN ROSA FLORES CCAHUANA"],
}
ACQUIRER = {
    "MX": ["MERCADO PAGO MEXICO", "GETNET MEXICO SERVICIOS"],
    "BR": ["CIELO S.A.", "STONE INSTITUICAO DE PAGAMENTO S.A."],
    "CO": ["CREDIBANCO S.A.", "REDEBAN S.A."],
    "CL": ["TRANSBANK S.A.", "MERCADO PAGO CHILE"],
    "AR": ["PRISMA MEDIOS DE PAGO S.A.", "MERCADO PAGO ARGENTINA"],
    "PE": ["NIUBIZ S.A.", "IZIPAY S.A.C."],
}
UNKNOWN_PAYERS = {
    "MX": ["COMERCIALIZADORA OMEGA DEL CENTRO SA", "DEPOSITO EN EFECTIVO SUC 0418", "SERVICIOS INTEGRALES ROSALES"],
    "BR": ["MEDICAL SUPPLY COMERCIO LTDA", "ANTONIO CARLOS RIBEIRO ME", "DEPOSITO EM DINHEIRO AG 1234"],
    "CO": ["COMERCIALIZADORA MEDISALUD LTDA", "PEDRO PABLO CARDENAS", "CONSIGNACION EFECTIVO"],
    "CL": ["INVERSIONES LOS ALERCES LTDA", "DEPOSITO EN EFECTIVO", "SERVICIOS MEDICOS ARAUCO"],
    "AR": ["DISTRIBUIDORA EL TREBOL SRL", "RAUL ALBERTO SOSA", "DEPOSITO EN EFECTIVO"],
    "PE": ["NEGOCIACIONES MEDIKA 2020 SAC", "CORPORACION JHM EIRL", "DEPOSITO EN EFECTIVO"],
    "USD": ["GLOBAL MED TRADING LLC", "INTERMED SUPPLY CORP", "PANAMERICAN HEALTH PARTNERS"],
}
BANKS = {
    "MX": ["BBVA MEXICO", "BANORTE", "SANTANDER", "BANAMEX", "HSBC", "SCOTIABANK"],
    "BR": ["341 ITAU", "237 BRADESCO", "001 BANCO DO BRASIL", "104 CAIXA", "033 SANTANDER"],
    "CO": ["BANCOLOMBIA", "DAVIVIENDA", "BANCO DE BOGOTA", "BBVA COLOMBIA", "BANCO DE OCCIDENTE"],
    "CL": ["BANCO DE CHILE", "BANCOESTADO", "SANTANDER CHILE", "BCI", "SCOTIABANK CHILE"],
    "AR": ["BANCO NACION", "BANCO GALICIA", "BBVA ARGENTINA", "BANCO MACRO", "SANTANDER ARGENTINA"],
    "PE": ["BCP", "BBVA PERU", "INTERBANK", "SCOTIABANK PERU", "BANBIF"],
}

KIND_N = {"chain": (20, 32), "hospital": (8, 14), "clinic": (6, 10), "pharmacy": (3, 7), "usd": (5, 8)}
KIND_USD = {"chain": (2500, 45000), "hospital": (3000, 60000), "clinic": (800, 15000), "pharmacy": (250, 5000),
            "usd": (4000, 90000)}
TERMS = {"MX": [30, 60], "BR": [28, 56], "CO": [60, 90], "CL": [30, 60], "AR": [30, 45], "PE": [30, 60]}

customers = []
for cc in ["MX", "BR", "CO", "CL", "AR", "PE"]:
    spec = NAMES[cc]
    k = 0
    trade_i = 0
    for kind in ["chain", "hospital", "clinic", "pharmacy", "usd"]:
        for base in spec[kind]:
            k += 1
            cur = ["USD"] if kind == "usd" else [LOCAL[cc]]
            c = {"id": "CUST-%s-%03d" % (cc, k * 7 + 3), "name": base + " " + spec["sfx"][kind], "country": cc,
                 "kind": kind, "currencies": cur, "trading": None, "parent": None}
            if kind in ("chain",) or (kind == "hospital" and trade_i < 5 and base in spec["hospital"][:3]):
                if trade_i < len(TRADE[cc]):
                    c["trading"] = TRADE[cc][trade_i]
                    trade_i += 1
            customers.append(c)
    # two customers per country are also billed in USD (imported equipment)
    hosp = [c for c in customers if c["country"] == cc and c["kind"] in ("hospital", "chain")]
    for c in rng.sample(hosp, 2):
        c["currencies"].append("USD")
    # parents for chains / hospitals
    big = [c for c in customers if c["country"] == cc and c["kind"] in ("chain", "hospital")]
    for p, c in zip(PARENT[cc], rng.sample(big, 2)):
        c["parent"] = p

CUST = {c["id"]: c for c in customers}
assert len({norm_name(c["name"]) for c in customers}) == len(customers)


def rand_amount(cust, cur, kind=None):
    lo, hi = KIND_USD[kind or cust["kind"]]
    usd = rng.uniform(lo, hi)
    major = usd * RATE[cur]
    if cur == "CLP":
        return int(round(major / 10)) * 10 + rng.choice([0, 0, 0, 5, 7, 3])
    if cur == "COP":
        return int(round(major / 100)) * 100 * 100 + rng.choice([0, 0, 0, 50]) * 100
    return int(round(major * 100)) + rng.randint(0, 99) - 50


# ----------------------------------------------------------------- invoices
START = date(2024, 9, 2)
END = date(2025, 3, 31)
raw = []
recurring_groups = []
for c in customers:
    n = rng.randint(*KIND_N[c["kind"]])
    for _ in range(n):
        cur = c["currencies"][0]
        if len(c["currencies"]) > 1 and rng.random() < 0.3:
            cur = "USD"
        issue = START + timedelta(days=rng.randint(0, (END - START).days))
        raw.append({"cust": c, "currency": cur, "total": rand_amount(c, cur), "issue": issue, "recurring": False})
# recurring monthly supply contracts: identical totals on several invoices
rec_custs = [c for c in customers if c["kind"] in ("clinic", "hospital")]
for c in rng.sample(rec_custs, 24):
    cur = c["currencies"][0]
    amt = rand_amount(c, cur, "clinic")
    k = rng.choice([2, 2, 3])
    first = date(2024, 12, 1) + timedelta(days=rng.randint(0, 20))
    grp = []
    for j in range(k):
        issue = first + timedelta(days=30 * j)
        r = {"cust": c, "currency": cur, "total": amt, "issue": issue, "recurring": True}
        raw.append(r)
        grp.append(r)
    recurring_groups.append(grp)

raw.sort(key=lambda r: (r["issue"], rng.random()))
num = 48217
invoices = []
used_ids = set()
for r in raw:
    num += 1
    if rng.random() < 0.13:
        num += rng.randint(1, 3)  # gaps: voided / already paid / credit notes
    while True:
        iid = "inv_%010x" % rng.getrandbits(40)
        if iid not in used_ids:
            used_ids.add(iid)
            break
    c = r["cust"]
    total = r["total"]
    bal = total
    if not r["recurring"] and rng.random() < 0.12:
        paid = int(total * rng.uniform(0.2, 0.7))
        if r["currency"] == "CLP":
            paid = paid // 100 * 100
        elif r["currency"] == "COP":
            paid = paid // 10000 * 10000
        bal = total - paid
    due = r["issue"] + timedelta(days=rng.choice(TERMS[c["country"]]))
    inv = {"id": iid, "number": "FV-%07d" % num, "customer_id": c["id"], "customer_name": c["name"],
           "currency": r["currency"], "total": total, "balance": bal, "issue_date": r["issue"].isoformat(),
           "due_date": due.isoformat(), "_num": num, "_recurring": r["recurring"], "_cust": c}
    r["inv"] = inv
    invoices.append(inv)
for grp in recurring_groups:
    ids = {g["inv"]["id"] for g in grp}
    for g in grp:
        g["inv"]["_group"] = ids

INV = {i["id"]: i for i in invoices}
BYNUM = {i["_num"]: i for i in invoices}
NUMSTR = [str(n) for n in BYNUM]
bal = {i["id"]: i["balance"] for i in invoices}
reserved = set()  # invoices kept for later scenarios
for grp in recurring_groups:
    for g in grp:
        reserved.add(g["inv"]["id"])


def near_file(v):
    """True if 5-digit value v is within one substitution/adjacent transposition of a file number."""
    s = str(v)
    for t in NUMSTR:
        if t == s:
            continue
        diff = [k for k in range(5) if s[k] != t[k]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and s[diff[0]] == t[diff[1]] and s[diff[1]] == t[diff[0]]:
            return True
    return False


def open_of(cid, cur):
    return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def subsets_summing(items, target, limit=6):
    items = sorted(items, key=lambda i: -bal[i["id"]])
    vals = [bal[i["id"]] for i in items]
    suffix = [0] * (len(vals) + 1)
    for k in range(len(vals) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + vals[k]
    found = []

    def rec(k, rem, chosen):
        if len(found) >= limit:
            return
        if rem == 0 and chosen:
            found.append(list(chosen))
            return
        if k >= len(vals) or rem < 0 or suffix[k] < rem:
            return
        if vals[k] <= rem:
            chosen.append(items[k])
            rec(k + 1, rem - vals[k], chosen)
            chosen.pop()
        rec(k + 1, rem, chosen)

    rec(0, target, [])
    return found


# ----------------------------------------------------------------- text
def spell(n):
    p = "%07d" % n
    s = str(n)
    opts = [
        "FV-" + p, "FV" + p, "FV " + p, "fv-" + s, "FV" + s, s, p, "FV-" + s, "FV " + s[:2] + " " + s[2:],
        "FACTURA " + s, "FACT. FV-" + p, "FV N° " + s, "Fact " + p, "FV/" + s, "# " + s, "FV-00 " + s,
        "OCR",
    ]
    o = rng.choice(opts)
    if o == "OCR":
        chars = list(p)
        idx = [k for k, ch in enumerate(chars) if ch in "01"]
        for k in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
            chars[k] = "O" if chars[k] == "0" else rng.choice("Il")
        o = "FV-" + "".join(chars)
    return o


def bank_text(cust, cur, core, payer):
    cc = cust["country"] if cust else None
    if cur == "USD" and (cc is None or rng.random() < 0.7):
        return rng.choice([
            "WIRE IN /ORG/%s /OBI/%s /REF/FT%s%s" % (payer[:30], core, rletters(3), rdigits(7)),
            "INCOMING SWIFT MT103 %s BNF DISTRIBUIDORA FARMACEUTICA LATAM /RFB/%s" % (rletters(4) + "US33", core),
            "TRANSFERENCIA DEL EXTERIOR USD %s DETALLE: %s" % (rdigits(9), core),
        ])
    cc = cc or {"MXN": "MX", "BRL": "BR", "COP": "CO", "CLP": "CL", "ARS": "AR", "PEN": "PE"}[cur]
    bank = rng.choice(BANKS[cc])
    if cc == "MX":
        return rng.choice([
            "SPEI RECIBIDO %s CLABE 0%s REF %s CONCEPTO %s" % (bank, rdigits(17), rdigits(7), core),
            "SPEI %s RASTREO MBAN%s%s CONCEPTO: %s" % (bank, rdigits(12), rletters(2), core),
            "DEPOSITO CHEQUE %s %s %s" % (rdigits(7), bank, core),
            "%s" % core,
        ])
    if cc == "BR":
        return rng.choice([
            "PIX RECEBIDO E%s2025%s%s %s" % (rdigits(8), rdigits(8), rletters(11), core),
            "TED RECEBIDA %s AG %s CC %s-%d %s" % (bank, rdigits(4), rdigits(6), rng.randint(0, 9), core),
            "LIQUIDACAO BOLETO NOSSO NUM %s %s" % (rdigits(11), core),
            "PIX %s" % core,
        ])
    if cc == "CO":
        return rng.choice([
            "PAGO PSE CUS %s %s %s" % (rdigits(10), bank, core),
            "TRANSFERENCIA ACH %s NIT %s-%d %s" % (bank, rdigits(9), rng.randint(0, 9), core),
            "CONSIGNACION CHEQUE %s %s %s" % (rdigits(7), bank, core),
            core,
        ])
    if cc == "CL":
        return rng.choice([
            "TRANSF. DE %d.%03d.%03d-%d %s %s" % (rng.randint(76, 99), rng.randint(100, 999), rng.randint(100, 999),
                                                 rng.randint(0, 9), bank, core),
            "DEPOSITO DOCUMENTO SERIE %s %s %s" % (rdigits(7), bank, core),
            "TEF %s %s" % (bank, core),
        ])
    if cc == "AR":
        return rng.choice([
            "TRANSF. INMEDIATA CBU %s CUIT 30-%s-%d %s" % (rdigits(22), rdigits(8), rng.randint(0, 9), core),
            "ECHEQ N %s %s %s" % (rdigits(8), bank, core),
            "CREDITO TRANSFERENCIA %s %s" % (bank, core),
        ])
    if cc == "PE":
        return rng.choice([
            "TRANSF. INTERBANCARIA %s CCI %s %s" % (bank, rdigits(20), core),
            "ABONO TRANSF %s %s-%s-%d-%02d %s" % (bank, rdigits(3), rdigits(7), rng.randint(0, 9),
                                                 rng.randint(10, 99), core),
            "DEPOSITO CHEQUE %s %s %s" % (rdigits(8), bank, core),
        ])
    raise ValueError(cc)


def remit_header(payer):
    return rng.choice(["Aviso de pago - %s" % payer, "Comprobante de pago %s" % payer, "Remittance advice %s" % payer,
                       "Detalle de pago / %s" % payer])


# ----------------------------------------------------------------- payments
N_PAY = 400
pay_dates = sorted(date(2025, 4, 1) + timedelta(days=rng.randint(0, 90)) for _ in range(N_PAY))

PLAN = {
    "clean_exact": 129, "payer_name_variant": 46, "multi_listed": 30, "short_pay_stated": 28,
    "part_payment": 20, "multi_unlisted_sum": 14, "overpayment": 14, "no_fit_known": 14,
    "typo_number": 14, "same_amount_multiple": 12, "unknown_payer": 12, "amount_only_unique": 10,
    "short_pay_unexplained": 10, "duplicate_payment": 10, "other_customer_invoice": 10,
    "currency_mismatch": 10, "fx_shortfall": 10, "bad_row": 7,
}
assert sum(PLAN.values()) == N_PAY
order = [s for s, k in PLAN.items() for _ in range(k)]
rng.shuffle(order)
# duplicates need an earlier full payment; push them out of the first 60 slots
for k in range(60):
    if order[k] == "duplicate_payment":
        j = rng.randint(120, N_PAY - 1)
        while order[j] == "duplicate_payment":
            j = rng.randint(120, N_PAY - 1)
        order[k], order[j] = order[j], order[k]

PENDING = {}
TYPO_USED = set()
paid_full = []  # (invoice, amount, payment) fully paid by a referenced payment in this batch
payments, labels = [], []


class Retry(Exception):
    pass


def pick(filt, allow_reserved=False):
    pool = [i for i in invoices if bal[i["id"]] > 0 and (allow_reserved or i["id"] not in reserved) and filt(i)]
    if not pool:
        raise Retry("empty pool")
    return rng.choice(pool)


def payer_of(c, trunc=True):
    n = strip_accents(c["name"]).upper()
    if trunc and rng.random() < 0.3:
        n = n[:rng.choice([30, 35, 40])].rstrip()
    return n


def app(i, amt):
    return {"invoice_id": i["id"], "amount": fmt(amt, i["currency"])}


def label(status, apps, unapplied, cur, reason, scenario, note, short=None, cands=None):
    return {"status": status, "applications": apps, "unapplied": fmt(unapplied, cur), "short_pay": short,
            "candidates": cands or [], "reason": reason, "scenario": scenario, "note": note}


def small_cust(i, limit=16):
    return len(open_of(i["customer_id"], i["currency"])) <= limit


def gen(scn, pid, d):
    pay = {"id": pid, "date": d.isoformat(), "amount": None, "currency": None, "payer_name": None,
           "customer_id": None, "reference": None, "remittance": None}
    intended = set()

    if scn == "clean_exact":
        i = pick(lambda i: True)
        c = i["_cust"]
        amt = bal[i["id"]]
        sp = spell(i["_num"])
        pay.update(amount=fmt(amt, i["currency"]), currency=i["currency"], payer_name=payer_of(c))
        if rng.random() < 0.8:
            pay["customer_id"] = c["id"]
        else:
            pay["payer_name"] = strip_accents(c["name"]).upper()
        style = rng.random()
        if style < 0.7:
            pay["reference"] = bank_text(c, i["currency"], rng.choice(["PAGO ", "PAGO FACT ", "", "LIQ "]) + sp,
                                         pay["payer_name"])
        elif style < 0.85:
            pay["reference"] = sp
        else:
            pay["reference"] = bank_text(c, i["currency"], "PAGO PROVEEDOR", pay["payer_name"])
            pay["remittance"] = "%s\nFactura %s\nImporte pagado %s" % (remit_header(pay["payer_name"]), sp,
                                                                      fmt_text(amt, i["currency"]))
        intended = {i["_num"]}
        lab = label("applied", [app(i, amt)], 0, i["currency"], "reference %s names %s; amount equals its balance"
                    % (sp, i["number"]), scn, "spelling '%s'" % sp)
        return pay, lab, intended, [(i, amt)]

    if scn == "payer_name_variant":
        kinds = ["trading", "parent", "person", "translit", "truncated", "acquirer"]
        kind = rng.choice(kinds)
        if kind == "trading":
            i = pick(lambda i: i["_cust"]["trading"] is not None)
            payer = i["_cust"]["trading"]
        elif kind == "parent":
            i = pick(lambda i: i["_cust"]["parent"] is not None)
            payer = i["_cust"]["parent"]
        elif kind == "person":
            i = pick(lambda i: i["_cust"]["kind"] in ("pharmacy", "clinic"))
            payer = rng.choice(PERSONS[i["_cust"]["country"]])
        elif kind == "translit":
            i = pick(lambda i: strip_accents(i["customer_name"]) != i["customer_name"])
            payer = strip_accents(i["customer_name"]).upper().replace(".", " ").replace("Ñ", "N")
            payer = re.sub(r"\s+", " ", payer).strip()
            if rng.random() < 0.5:
                payer = payer.replace("S A S", "SAS").replace("S A C", "SAC").replace(" DE C V", "")
        elif kind == "truncated":
            i = pick(lambda i: len(i["customer_name"]) > 26)
            payer = strip_accents(i["customer_name"]).upper()[:rng.choice([20, 22, 24])].rstrip()
        else:
            i = pick(lambda i: True)
            payer = rng.choice(ACQUIRER[i["_cust"]["country"]])
        c = i["_cust"]
        amt = bal[i["id"]]
        sp = spell(i["_num"])
        pay.update(amount=fmt(amt, i["currency"]), currency=i["currency"], payer_name=payer, customer_id=None)
        if kind == "acquirer":
            pay["reference"] = "LIQUIDACION LINK DE PAGO ORDEN %s %s" % (sp, rletters(6))
        else:
            pay["reference"] = bank_text(c, i["currency"], "PAGO " + sp, payer)
        if kind == "person" and rng.random() < 0.6:
            pay["remittance"] = "Buenas tardes, adjunto pago de la factura %s de %s.\nSaludos, %s" % (
                sp, c["name"], payer.title())
        intended = {i["_num"]}
        lab = label("applied", [app(i, amt)], 0, i["currency"],
                    "no customer id; payer '%s' (%s); reference %s names %s of %s with exactly its balance"
                    % (payer, kind, sp, i["number"], c["name"]), scn, "payer variant: %s" % kind)
        return pay, lab, intended, [(i, amt)]

    if scn == "multi_listed":
        i0 = pick(lambda i: len(open_of(i["customer_id"], i["currency"])) >= 3)
        c = i0["_cust"]
        pool = [i for i in open_of(c["id"], i0["currency"]) if i["id"] not in reserved]
        k = rng.randint(2, min(5, len(pool)))
        if len(pool) < 2:
            raise Retry("pool")
        sel = rng.sample(pool, k)
        sel.sort(key=lambda i: i["_num"])
        cur = i0["currency"]
        amt = sum(bal[i["id"]] for i in sel)
        lines = []
        for i in sel:
            lines.append("%s  %s" % (spell(i["_num"]), fmt_text(bal[i["id"]], cur)))
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c),
                   customer_id=c["id"] if rng.random() < 0.75 else None)
        if pay["customer_id"] is None:
            pay["payer_name"] = strip_accents(c["name"]).upper()
        pay["reference"] = bank_text(c, cur, rng.choice(["PAGO FACTURAS", "PAGO PROVEEDORES", "PAGO VARIAS FACT",
                                                         "PAGTO FORNECEDOR"]), pay["payer_name"])
        pay["remittance"] = "%s\n%s\nTotal: %s" % (remit_header(pay["payer_name"]), "\n".join(lines),
                                                 fmt_text(amt, cur))
        intended = {i["_num"] for i in sel}
        lab = label("applied", [app(i, bal[i["id"]]) for i in sel], 0, cur,
                    "remittance lists %d invoices whose balances sum to the amount" % k, scn,
                    "%d invoices listed" % k)
        return pay, lab, intended, [(i, bal[i["id"]]) for i in sel]

    if scn in ("multi_unlisted_sum", "amount_only_unique"):
        i0 = pick(lambda i: small_cust(i) and len(open_of(i["customer_id"], i["currency"])) >= 3)
        c = i0["_cust"]
        cur = i0["currency"]
        op = sorted(open_of(c["id"], cur), key=lambda i: (i["due_date"], i["_num"]))
        if scn == "multi_unlisted_sum":
            k = rng.choice([len(op)] + list(range(2, min(4, len(op)) + 1)))
            sel = op[:k]
        else:
            sel = [rng.choice([i for i in op if i["id"] not in reserved] or op)]
        amt = sum(bal[i["id"]] for i in sel)
        subs = subsets_summing(op, amt)
        if len(subs) != 1:
            raise Retry("not unique")
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c), customer_id=c["id"])
        pay["reference"] = bank_text(c, cur, rng.choice(["PAGO PROVEEDOR", "PAGO A PROVEEDORES", "PAGO SALDO",
                                                         "TRANSFERENCIA", "PAGO MEDICAMENTOS"]), pay["payer_name"])
        if scn == "multi_unlisted_sum" and rng.random() < 0.4:
            pay["remittance"] = "%s\nPago de saldo vencido a la fecha. Total %s" % (remit_header(pay["payer_name"]),
                                                                                 fmt_text(amt, cur))
        what = "all %d open invoices" % len(sel) if len(sel) == len(op) else "the %d oldest open invoices" % len(sel)
        if scn == "amount_only_unique":
            what = "exactly one open invoice (%s)" % sel[0]["number"]
        lab = label("applied", [app(i, bal[i["id"]]) for i in sel], 0, cur,
                    "no invoice reference; amount equals %s of the customer and no other combination" % what,
                    scn, what)
        return pay, lab, intended, [(i, bal[i["id"]]) for i in sel]

    if scn in ("part_payment", "short_pay_stated", "short_pay_unexplained", "fx_shortfall"):
        if scn == "fx_shortfall":
            i = pick(lambda i: i["currency"] == "USD")
        else:
            i = pick(lambda i: True)
        c = i["_cust"]
        cur = i["currency"]
        b = bal[i["id"]]
        sp = spell(i["_num"])
        short = None
        if scn == "part_payment":
            amt = int(b * rng.choice([0.25, 0.3, 1 / 3, 0.4, 0.5, 0.5, 0.6]))
            if cur == "CLP":
                amt = amt // 1000 * 1000
            elif cur == "COP":
                amt = amt // 100000 * 100000
            else:
                amt = amt // 100 * 100
            if not 0 < amt < b:
                raise Retry("part")
            txt = rng.choice(["Pagamento parcial NF %s", "Parcela 1/2 ref. %s"] if c["country"] == "BR" else
                             ["Pago parcial factura %s", "Abono parcial a %s, saldo en 30 días", "Anticipo %s 1/2",
                              "Cuota 1 de 3 - %s", "Pago a cuenta de la %s"]) % sp
            status, reason = "partial", "part payment stated in remittance ('%s')" % txt
        elif scn == "short_pay_stated":
            kind = rng.choice(["bank_fee", "withholding", "discount", "damaged"])
            if kind == "bank_fee":
                d = {"CLP": rng.choice([3500, 4200, 5950]), "COP": rng.choice([850000, 1200000, 1495000]),
                     "ARS": rng.choice([150000, 212050]), "USD": rng.choice([1500, 2500, 3500])}.get(cur, rng.choice([1500, 2500, 3480, 4500]))
                txt = rng.choice(["tarifa bancária %s"] if c["country"] == "BR" else
                                 ["comisión bancaria %s", "menos gastos bancarios %s", "tarifa bancaria %s"]) \
                    % fmt_text(d, cur)
            elif kind == "withholding":
                pct = {"MX": 0.0125, "BR": 0.015, "CO": 0.025, "CL": 0.1, "AR": 0.02, "PE": 0.03}[c["country"]]
                d = int(round(b * pct))
                if cur == "COP":
                    d = d // 100 * 100
                tax = {"MX": "Retención ISR", "BR": "Retenção IRRF", "CO": "Retefuente", "CL": "Retención impuesto",
                       "AR": "Retención IIBB", "PE": "Retención IGV"}[c["country"]]
                txt = "%s %s" % (tax, fmt_text(d, cur))
            elif kind == "discount":
                d = int(round(b * rng.choice([0.02, 0.03])))
                if cur == "COP":
                    d = d // 100 * 100
                txt = rng.choice(["Desconto pontualidade %s", "Desconto por pagamento antecipado %s"]
                                 if c["country"] == "BR" else ["Descuento pronto pago %s", "dto. pronto pago %s"]) \
                    % fmt_text(d, cur)
            else:
                d = int(b * rng.uniform(0.04, 0.15))
                if cur == "COP":
                    d = d // 100 * 100
                txt = rng.choice(["Avaria na entrega, desconto %s (aguardamos NC)"] if c["country"] == "BR" else
                                 ["Descontamos %s por mercancía dañada (lote vencido/roto), NC pendiente",
                                  "Producto dañado en entrega, se descuenta %s"]) \
                    % fmt_text(d, cur)
            if d <= 0 or d >= b:
                raise Retry("deduction")
            amt = b - d
            short = {"invoice_id": i["id"], "amount": fmt(d, cur), "reason": kind.replace("_", " ")}
            status, reason = "partial", "short pay on %s: %s" % (i["number"], txt)
        elif scn == "short_pay_unexplained":
            d = int(b * rng.uniform(0.01, 0.08))
            if cur == "COP":
                d = d // 100 * 100
            if d <= 0:
                raise Retry("d")
            amt = b - d
            txt = None
            short = {"invoice_id": i["id"], "amount": fmt(d, cur), "reason": "unexplained shortfall"}
            status, reason = "partial", "reference names %s; paid %s short without explanation" % (
                i["number"], fmt(d, cur))
        else:
            d = int(b * rng.uniform(0.003, 0.025))
            if d <= 0:
                raise Retry("d")
            amt = b - d
            txt = rng.choice(["variação cambial na liquidação"] if c["country"] == "BR" else
                             ["neto de diferencia cambiaria", "dif. por tipo de cambio", "ajuste diferencia en cambio"])
            short = {"invoice_id": i["id"], "amount": fmt(d, cur), "reason": "fx difference"}
            status, reason = "partial", "USD payment on %s short by %s, remittance cites exchange difference" % (
                i["number"], fmt(d, cur))
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c),
                   customer_id=c["id"] if rng.random() < 0.85 else None)
        if pay["customer_id"] is None:
            pay["payer_name"] = strip_accents(c["name"]).upper()
        pay["reference"] = bank_text(c, cur, "PAGO " + sp, pay["payer_name"])
        if txt:
            pay["remittance"] = "%s\nFactura %s  %s\n%s\nPagado: %s" % (
                remit_header(pay["payer_name"]), sp, fmt_text(b, cur), txt, fmt_text(amt, cur))
        intended = {i["_num"]}
        lab = label(status, [app(i, amt)], 0, cur, reason, scn, txt or "no explanation", short=short)
        return pay, lab, intended, [(i, amt)]

    if scn == "overpayment":
        i = pick(lambda i: small_cust(i, 20))
        c = i["_cust"]
        cur = i["currency"]
        b = bal[i["id"]]
        if i["total"] != b and rng.random() < 0.6:
            amt = i["total"]  # paid the original total of a part-paid invoice
            note = "paid the invoice total though it was part-paid"
        else:
            extra = int(b * rng.uniform(0.02, 0.3)) + 1
            amt = b + extra
            note = "paid more than the balance"
        if subsets_summing(open_of(c["id"], cur), amt):
            raise Retry("overpay amount fits a set")
        sp = spell(i["_num"])
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c), customer_id=c["id"])
        pay["reference"] = bank_text(c, cur, "PAGO " + sp, pay["payer_name"])
        intended = {i["_num"]}
        lab = label("unapplied", [app(i, b)], amt - b, cur,
                    "reference names %s; balance %s applied, excess held on account" % (i["number"], fmt(b, cur)),
                    scn, note)
        return pay, lab, intended, [(i, b)]

    if scn == "duplicate_payment":
        cand = [(i, a, p) for (i, a, p) in paid_full if p["customer_id"] and bal[i["id"]] == 0
                and not subsets_summing(open_of(i["customer_id"], i["currency"]), a)]
        if not cand:
            raise Retry("no dup")
        i, amt, p0 = rng.choice(cand)
        PENDING["dup"] = (i, amt, p0)
        c = i["_cust"]
        cur = i["currency"]
        sp = spell(i["_num"])
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=p0["payer_name"], customer_id=c["id"])
        pay["reference"] = bank_text(c, cur, "PAGO " + sp, pay["payer_name"])
        intended = {i["_num"]}
        lab = label("unapplied", [], amt, cur, "%s was already paid in full by %s; second payment held on account"
                    % (i["number"], p0["id"]), scn, "duplicate of %s" % p0["id"])
        return pay, lab, intended, []

    if scn == "no_fit_known":
        i0 = pick(lambda i: small_cust(i), allow_reserved=True)
        c = i0["_cust"]
        cur = i0["currency"]
        amt = rand_amount(c, cur)
        if subsets_summing(open_of(c["id"], cur), amt):
            raise Retry("fits")
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c), customer_id=c["id"])
        pay["reference"] = bank_text(c, cur, rng.choice(["PAGO PROVEEDOR", "TRANSFERENCIA", "PAGO PEDIDO",
                                                         "PAGO MAYO", "DEPOSITO"]), pay["payer_name"])
        lab = label("unapplied", [], amt, cur, "known customer, no invoice reference, amount fits no open invoice "
                    "or combination; held on account", scn, "fits nothing")
        return pay, lab, intended, []

    if scn == "unknown_payer":
        cur = rng.choice(list(LOCAL.values()) + ["USD"])
        cc = [k for k, v in LOCAL.items() if v == cur]
        payer = rng.choice(UNKNOWN_PAYERS[cc[0] if cc else "USD"])
        fake = {"country": cc[0] if cc else "MX", "kind": "clinic"}
        amt = rand_amount(fake, cur)
        if any(bal[i["id"]] == amt for i in invoices if i["currency"] == cur):
            raise Retry("amount matches")
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer, customer_id=None)
        pay["reference"] = bank_text(None, cur, rng.choice(["PAGO", "DEPOSITO", "PAGO PEDIDO MEDICAMENTOS",
                                                            "TRANSFERENCIA"]), payer)
        lab = label("review", [], amt, cur, "payer not a known customer, no invoice reference, amount matches no "
                    "open invoice", scn, "unknown payer")
        return pay, lab, intended, []

    if scn == "same_amount_multiple":
        grps = [g for g in recurring_groups
                if sum(1 for r in g if bal[r["inv"]["id"]] == r["inv"]["total"]) >= 2
                and len(open_of(g[0]["inv"]["customer_id"], g[0]["inv"]["currency"])) <= 16]
        if not grps:
            raise Retry("no groups")
        g = rng.choice(grps)
        PENDING["grp"] = g
        i0 = g[0]["inv"]
        c = i0["_cust"]
        cur = i0["currency"]
        amt = i0["total"]
        subs = subsets_summing(open_of(c["id"], cur), amt, limit=20)
        if any(len(s) > 1 for s in subs):
            raise Retry("multi subset")
        subs.sort(key=lambda s: (s[0]["due_date"], s[0]["_num"]))
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c), customer_id=c["id"])
        pay["reference"] = bank_text(c, cur, rng.choice(["PAGO SUMINISTRO MENSUAL", "PAGO CONTRATO SUMINISTRO",
                                                         "PAGO MENSUALIDAD"]), pay["payer_name"])
        lab = label("review", [], amt, cur, "amount equals %d open invoices of the customer; no reference to choose"
                    % len(subs), scn, "same amount open on %d invoices" % len(subs),
                    cands=[[s[0]["id"]] for s in subs])
        return pay, lab, intended, []

    if scn == "typo_number":
        mode = rng.choice(["applied", "applied", "known_ambiguous", "unknown_payer"])
        if mode == "known_ambiguous":
            grps = [g for g in recurring_groups
                    if sum(1 for r in g if bal[r["inv"]["id"]] == r["inv"]["total"]) >= 2
                    and len(open_of(g[0]["inv"]["customer_id"], g[0]["inv"]["currency"])) <= 16]
            if not grps:
                raise Retry("no groups")
            g = rng.choice(grps)
            PENDING["grp"] = g
            i = rng.choice([r["inv"] for r in g if bal[r["inv"]["id"]] > 0])
        elif mode == "applied":
            i = pick(lambda i: small_cust(i))
        else:
            i = pick(lambda i: True)
        if i["id"] in TYPO_USED:
            raise Retry("typo reuse")
        PENDING["typo"] = i["id"]
        c = i["_cust"]
        cur = i["currency"]
        amt = bal[i["id"]]
        s = str(i["_num"])
        for _ in range(50):
            k = rng.randint(1, 3)
            if rng.random() < 0.5:
                t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
            else:
                k = rng.randint(2, 4)
                t = s[:k] + str(rng.randint(0, 9)) + s[k + 1:]
            if t != s and int(t) not in BYNUM and t[0] != "0":
                break
        else:
            raise Retry("typo")
        tv = int(t)
        near = [BYNUM[n] for n in BYNUM if _near(str(n), t)]
        if near != [i]:
            raise Retry("typo near several")
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(c))
        pay["reference"] = bank_text(c, cur, "PAGO FV-%07d" % tv, pay["payer_name"])
        intended = {tv}
        if mode == "unknown_payer":
            pay.update(payer_name=rng.choice(PERSONS[c["country"]]), customer_id=None)
            lab = label("review", [], amt, cur, "reference %s is not an open invoice; nearest is %s with the same "
                        "amount but payer is not identified" % (t, i["number"]), scn, "typo %s for %s, unknown payer"
                        % (t, i["number"]), cands=[[i["id"]]])
            return pay, lab, intended, []
        pay.update(payer_name=payer_of(c), customer_id=c["id"])
        subs = subsets_summing(open_of(c["id"], cur), amt, limit=20)
        if mode == "applied":
            if len(subs) != 1 or subs[0] != [i]:
                raise Retry("typo not unique")
            lab = label("applied", [app(i, amt)], 0, cur, "reference %s is one keystroke from %s and the amount "
                        "equals its balance, the only open invoice/combination of this customer with that amount"
                        % (t, i["number"]), scn, "typo %s for %s, unique amount" % (t, i["number"]))
            return pay, lab, intended, [(i, amt)]
        if any(len(x) > 1 for x in subs) or len(subs) < 2:
            raise Retry("typo amb")
        others = sorted([x[0] for x in subs if x[0] is not i], key=lambda j: (j["due_date"], j["_num"]))
        lab = label("review", [], amt, cur, "reference %s is not an open invoice; it is one keystroke from %s but "
                    "%d open invoices carry this amount" % (t, i["number"], len(subs)), scn,
                    "typo %s for %s, amount ambiguous" % (t, i["number"]), cands=[[i["id"]]] + [[j["id"]] for j in others])
        return pay, lab, intended, []

    if scn == "other_customer_invoice":
        i = pick(lambda i: True)
        b_c = i["_cust"]
        cur = i["currency"]
        amt = bal[i["id"]]
        same_country = [c for c in customers if c["country"] == b_c["country"] and c["id"] != b_c["id"]
                        and cur in c["currencies"]]
        a_c = rng.choice(same_country)
        if any(bal[j["id"]] == amt for j in open_of(a_c["id"], cur)):
            raise Retry("A has same amount")
        sp = spell(i["_num"])
        pay.update(amount=fmt(amt, cur), currency=cur, payer_name=payer_of(a_c), customer_id=a_c["id"])
        pay["reference"] = bank_text(a_c, cur, "PAGO " + sp, pay["payer_name"])
        intended = {i["_num"]}
        lab = label("review", [], amt, cur, "payer is %s but reference %s names %s of %s" % (
            a_c["name"], sp, i["number"], b_c["name"]), scn, "reference names another customer's invoice",
            cands=[[i["id"]]])
        return pay, lab, intended, []

    if scn == "currency_mismatch":
        i = pick(lambda i: len(i["_cust"]["currencies"]) > 1 or i["currency"] == "USD" or rng.random() < 0.1)
        c = i["_cust"]
        icur = i["currency"]
        pcur = LOCAL[c["country"]] if icur == "USD" else "USD"
        b = bal[i["id"]]
        conv = b / 10 ** MINOR[icur] / RATE[icur] * RATE[pcur] * rng.uniform(0.97, 1.03)
        amt = int(round(conv * 10 ** MINOR[pcur]))
        sp = spell(i["_num"])
        pay.update(amount=fmt(amt, pcur), currency=pcur, payer_name=payer_of(c), customer_id=c["id"])
        pay["reference"] = bank_text(c, pcur, "PAGO " + sp, pay["payer_name"])
        intended = {i["_num"]}
        lab = label("review", [], amt, pcur, "reference names %s (%s %s) but payment is in %s; needs a rate decision"
                    % (i["number"], icur, fmt(b, icur), pcur), scn, "%s invoice paid in %s" % (icur, pcur),
                    cands=[[i["id"]]])
        return pay, lab, intended, []

    if scn == "bad_row":
        i = pick(lambda i: True)
        c = i["_cust"]
        cur = i["currency"]
        amt = fmt(bal[i["id"]], cur)
        sp = spell(i["_num"])
        pay.update(amount=amt, currency=cur, payer_name=payer_of(c), customer_id=c["id"])
        pay["reference"] = bank_text(c, cur, "PAGO " + sp, pay["payer_name"])
        intended = {i["_num"]}
        kind = BAD_KINDS[-1]
        if kind == "nd":
            pay["amount"], err = "N/D", "non-numeric amount"
        elif kind == "ocr":
            pay["amount"], err = amt.replace("0", "O", 1) if "0" in amt else "l" + amt, "non-numeric amount"
        elif kind == "neg":
            pay["amount"], err = "-" + amt, "negative amount"
        elif kind == "nocur":
            pay["currency"], err = None, "missing currency"
        elif kind == "badcur":
            pay["currency"], err = {"MXN": "MXP", "BRL": "R$", "ARS": "ARP", "PEN": "SOL", "USD": "US$",
                                    "CLP": "CLF$", "COP": "COL"}[cur], "invalid currency"
        elif kind == "baddate":
            pay["date"], err = "%04d-%02d-31" % (d.year, rng.choice([4, 6])), "malformed date"
        else:
            pay["date"], err = d.strftime("%d/%m/%Y"), "malformed date"
        lab = label("review", [], 0, "USD", "invalid row: %s" % err, scn, "bad row (%s); reference would have "
                    "matched %s" % (kind, i["number"]))
        lab["unapplied"] = pay["amount"]
        lab["error"] = err
        return pay, lab, intended, []
    raise ValueError(scn)


def _near(a, b):
    diff = [k for k in range(5) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


BAD_KINDS = ["nd", "ocr", "neg", "nocur", "badcur", "baddate", "dmy"]
rng.shuffle(BAD_KINDS)

for n, (scn, d) in enumerate(zip(order, pay_dates), 1):
    pid = "p-%04d" % n
    for attempt in range(400):
        PENDING.clear()
        try:
            pay, lab, intended, applies = gen(scn, pid, d)
        except Retry:
            continue
        found = extract_numbers(pay["reference"]) | extract_numbers(pay["remittance"])
        if found != intended:
            continue
        if scn != "typo_number" and any(near_file(v) for v in found - set(BYNUM)):
            continue
        break
    else:
        raise SystemExit("could not build %s for %s" % (scn, pid))
    if "dup" in PENDING:
        paid_full.remove(PENDING["dup"])
    if "grp" in PENDING:
        recurring_groups.remove(PENDING["grp"])
    if scn == "bad_row":
        BAD_KINDS.pop()
    if "typo" in PENDING:
        TYPO_USED.add(PENDING["typo"])
    for i, a in applies:
        bal[i["id"]] -= a
        assert bal[i["id"]] >= 0
        if bal[i["id"]] == 0 and pay["customer_id"] and scn in ("clean_exact", "payer_name_variant"):
            paid_full.append((i, a, pay))
    lab = dict([("payment_id", pid)] + list(lab.items()))
    payments.append(pay)
    labels.append(lab)

os.makedirs(OUT, exist_ok=True)
inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": fmt(i["total"], i["currency"]),
            "balance": fmt(i["balance"], i["currency"]), "issue_date": i["issue_date"], "due_date": i["due_date"]}
           for i in invoices]
rng.shuffle(inv_out)
key_order = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "scenario",
             "note", "error"]
labels = [{k: l[k] for k in key_order if k in l} for l in labels]
for name, obj in [("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)]:
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
from collections import Counter
print("invoices", len(inv_out), "payments", len(payments))
print(Counter(l["scenario"] for l in labels))
print(Counter(l["status"] for l in labels))
print(Counter(i["currency"] for i in inv_out))
