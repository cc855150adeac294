#!/usr/bin/env python3
"""Deterministic generator of a held-out cash-application ledger.

Theme: AgroVale, a Latin American agricultural-inputs distributor (seeds,
fertiliser, crop protection) with BRL, MXN, COP and USD books.

    python3 build.py      # rewrites ledger_agrovale/*.json byte for byte

stdlib only.
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_agrovale")
R = random.Random(74_2026)

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def m(c):
    """cents -> decimal string"""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def fmt_amt(c, cur, style=None):
    """amount as a human would write it in text"""
    whole, cents = c // 100, c % 100
    if style is None:
        style = {"BRL": "br", "COP": "co", "MXN": "mx", "USD": "us"}[cur]
    if style == "br":
        s = f"{whole:,}".replace(",", ".")
        return R.choice(["R$ ", "R$", "R$ "]) + f"{s},{cents:02d}"
    if style == "co":
        s = f"{whole:,}".replace(",", ".")
        if cents:
            return f"$ {s},{cents:02d}"
        return R.choice([f"$ {s}", f"${s}", f"COP {s}", f"$ {s},00"])
    if style == "mx":
        return R.choice([f"${whole:,}.{cents:02d}", f"$ {whole:,}.{cents:02d} MXN", f"{whole:,}.{cents:02d} M.N."])
    if style == "us":
        return R.choice([f"USD {whole:,}.{cents:02d}", f"US$ {whole:,}.{cents:02d}", f"${whole:,}.{cents:02d}"])
    if style == "plain":
        return f"{whole}.{cents:02d}"
    raise ValueError(style)


def dmy(d):
    return d.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------
# stage 1: customers
# --------------------------------------------------------------------------

BR_PRE = ["Agropecuária", "Fazenda", "Cerealista", "Agrícola", "Comercial Agrícola", "Granja",
          "Agroindustrial", "Armazéns Gerais", "Sementes", "Agropastoril", "Cafeicultura", "Algodoeira"]
BR_CORE = ["São João", "Santa Luzia", "Boa Esperança", "Três Irmãos", "Paraná Verde", "Vale do Araguaia",
           "Cerrado Mineiro", "Santa Fé", "Bom Jesus", "Nossa Senhora Aparecida", "Água Limpa", "Rio Verde",
           "Campo Alegre", "Pinhão", "Serra Dourada", "Chapadão", "Itaúna", "Primavera", "Ouro Branco",
           "Guaíra", "Palmeiral", "Sol Nascente", "Cachoeira Alta", "Três Lagoas", "Jataí", "Maracaju",
           "Santo Antônio", "Ipê Amarelo", "Canaã", "Bela Vista", "Vô Brandão", "Irmãos Schünemann",
           "Família Conceição", "Sossego", "Lagoa Seca", "Pontal", "Capão Bonito", "Estrela d'Oeste"]
BR_SUF = ["Ltda.", "Ltda.", "Ltda.", "EIRELI", "S.A.", "Ltda. ME", "Ltda. EPP"]

MX_PRE = ["Agroservicios", "Productores Agrícolas", "Comercializadora Agropecuaria", "Invernaderos",
          "Agrícola", "Granos y Semillas", "Hortalizas", "Agroquímicos", "Empacadora", "Fertilizantes"]
MX_CORE = ["del Bajío", "San Martín", "Los Mochis", "Valle de Culiacán", "El Güero", "Santa Mónica",
           "Tres Ríos", "La Peñita", "Núñez Hermanos", "de Guasave", "El Fuerte", "San Quintín",
           "Ocotlán", "Los Altos de Jalisco", "Tepatitlán", "Cuauhtémoc", "Río Mayo", "Yaqui",
           "La Noria", "San Andrés", "Pénjamo", "Apatzingán", "El Carrizo", "Santa Rosalía", "Ahome"]
MX_SUF = ["S.A. de C.V.", "S.A. de C.V.", "S. de R.L. de C.V.", "S.P.R. de R.L.", "S.C. de R.L. de C.V."]

CO_PRE = ["Agrícola", "Cultivos", "Inversiones Agropecuarias", "Hacienda", "Palmas", "Cafetera",
          "Floricultura", "Arrocera", "Agroindustrias", "Frutales"]
CO_CORE = ["El Cafetal", "La Esperanza", "Río Magdalena", "Santa Bárbara", "Los Andes", "Montebello",
           "La Cabaña", "Peñalisa", "Sabana Grande", "El Porvenir", "Tolima", "San Gil", "Urabá",
           "Villa María", "La Ceiba", "Mariquita", "Casanare", "El Espinal", "Guamo", "Santa Rosa de Cabal"]
CO_SUF = ["S.A.S.", "S.A.S.", "S.A.S.", "S.A.", "Ltda.", "S.A.S. BIC"]

US_NAMES = ["Agroservicios del Chaco S.A.", "Distribuidora Agrícola Centroamericana S.A.",
            "Semillas del Altiplano S.R.L.", "Andes Fresh Exports Corp.", "Campo Verde Paraguay S.A.",
            "Agroinsumos Santa Cruz S.R.L.", "Pacific Produce Growers LLC", "Granos del Norte Guatemala S.A.",
            "Cosecha Dorada Honduras S. de R.L.", "Tropical Fruit Partners Inc.", "Agrícola Oriente Ecuador S.A.",
            "Soja y Maíz del Paraná S.A.", "Hortifruti Costa Rica S.A.", "Banana Coast Holdings Ltd.",
            "Café Altura Nicaragua S.A.", "Rancho Azul Farms LLC", "AgroNorte Bolivia S.R.L.",
            "Cerrado Export Trading Ltd.", "Maya Harvest Cooperative Inc.", "Del Llano Commodities LLC"]

COOPS_BR = ["Cooperativa Agroindustrial Vale do Piquiri", "Cooperativa Mista dos Produtores Rurais de Jataí",
            "Cooperativa Agrícola Três Fronteiras", "Cooperativa dos Cafeicultores do Cerrado"]
COOPS_MX = ["Sociedad Cooperativa de Productores del Valle del Yaqui S.C. de R.L.",
            "Unión de Ejidos Productores de Maíz de Sinaloa S.C."]
COOPS_CO = ["Cooperativa de Caficultores del Tolima", "Cooperativa Arrocera de Casanare"]

COUNTRY_CUR = {"BR": "BRL", "MX": "MXN", "CO": "COP", "US": "USD"}

customers = []
_seen = set()


def _new_cust(name, country, coop=False, base=None):
    key = fold(base or name).lower()
    if key in _seen:
        return None
    _seen.add(key)
    c = {"idx": len(customers), "name": name, "country": country, "cur": COUNTRY_CUR[country],
         "coop": coop, "invoices": [], "used": 0}
    if country == "BR":
        c["taxid"] = f"{R.randint(10,99)}.{R.randint(100,999)}.{R.randint(100,999)}/0001-{R.randint(10,99)}"
    elif country == "MX":
        c["taxid"] = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + \
            f"{R.randint(80,99)}{R.randint(1,12):02d}{R.randint(1,28):02d}" + \
            "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))
    elif country == "CO":
        c["taxid"] = f"{R.choice([800, 830, 860, 890, 900, 901])}.{R.randint(100,999)}.{R.randint(100,999)}-{R.randint(0,9)}"
    else:
        c["taxid"] = None
    customers.append(c)
    return c


def _gen_customers():
    for n in COOPS_BR:
        _new_cust(n, "BR", coop=True)
    for n in COOPS_MX:
        _new_cust(n, "MX", coop=True)
    for n in COOPS_CO:
        _new_cust(n, "CO", coop=True)
    for n in US_NAMES:
        _new_cust(n, "US")
    plan = [("BR", BR_PRE, BR_CORE, BR_SUF, 118), ("MX", MX_PRE, MX_CORE, MX_SUF, 84),
            ("CO", CO_PRE, CO_CORE, CO_SUF, 70)]
    for country, pre, core, suf, n in plan:
        made = 0
        while made < n:
            b = f"{R.choice(pre)} {R.choice(core)}"
            if _new_cust(f"{b} {R.choice(suf)}", country, base=b):
                made += 1


_gen_customers()

# --------------------------------------------------------------------------
# stage 1b: invoices
# --------------------------------------------------------------------------

invoices = []
_numbers = {"BRL": set(), "MXN": set(), "COP": set(), "USD": set()}
ISSUE0 = date(2025, 7, 1)


def rand_amount(cur, lo=None, hi=None):
    if cur == "BRL":
        return R.randint(lo or 85_000, hi or 18_000_000)
    if cur == "MXN":
        return R.randint(lo or 350_000, hi or 65_000_000)
    if cur == "COP":
        return R.randint((lo or 45_000_000) // 10_000, (hi or 9_500_000_000) // 10_000) * 10_000
    return R.randint(lo or 60_000, hi or 6_500_000)


def new_number(cur):
    while True:
        if cur == "BRL":
            n = R.randint(38_000, 61_999)
            s = f"NF-{n:06d}"
        elif cur == "MXN":
            n = R.randint(14_000, 22_999)
            s = f"FA-{n}"
        elif cur == "COP":
            n = R.randint(18_000, 24_999)
            s = f"FE-{n}"
        else:
            n = R.randint(2_100, 4_899)
            s = f"EXP-{n}"
        if s not in _numbers[cur]:
            _numbers[cur].add(s)
            return s


def add_invoice(cust, cur=None, total=None, balance=None, number=None, issue=None, terms=None):
    cur = cur or cust["cur"]
    total = total if total is not None else rand_amount(cur)
    if balance is None:
        balance = total
    if number is None:
        number = new_number(cur)
    else:
        _numbers[cur].add(number)
    issue = issue or ISSUE0 + timedelta(days=R.randint(0, 235))
    terms = terms or R.choice([28, 30, 45, 60, 60, 90, 120, 150, 180])
    inv = {"number": number, "customer": cust, "cur": cur, "total": total, "balance": balance,
           "issue": issue, "due": issue + timedelta(days=terms), "taken": False}
    invoices.append(inv)
    cust["invoices"].append(inv)
    return inv


def _gen_invoices():
    for c in customers:
        if c["coop"]:
            k = R.randint(6, 12)
        else:
            k = R.choice([2, 3, 3, 4, 4, 4, 5, 5, 6, 7])
        for _ in range(k):
            inv = add_invoice(c)
            if R.random() < 0.12:   # an earlier part payment left a lower balance
                inv["balance"] = inv["total"] - R.randint(1, max(1, inv["total"] // 100 // 2)) * 100
    # some local customers also buy in USD (imported hybrids, export contracts)
    for c in R.sample([c for c in customers if c["country"] != "US"], 22):
        for _ in range(R.randint(1, 2)):
            add_invoice(c, cur="USD")


_gen_invoices()

# --------------------------------------------------------------------------
# stage 2: text helpers (bank references, remittance advices, payer names)
# --------------------------------------------------------------------------

LANG = {"BR": "pt", "MX": "es", "CO": "es", "US": "en"}
BANKS_BR = [("001", "BCO DO BRASIL"), ("341", "ITAU UNIBANCO"), ("237", "BRADESCO"), ("104", "CAIXA"),
            ("033", "SANTANDER"), ("756", "SICOOB"), ("748", "SICREDI"), ("260", "NU PAGAMENTOS")]
BANKS_MX = ["BBVA MEXICO", "BANORTE", "SANTANDER", "BANAMEX", "HSBC", "BANBAJIO", "AZTECA", "SCOTIABANK"]
BANKS_CO = ["BANCOLOMBIA", "BANCO DE BOGOTA", "DAVIVIENDA", "BBVA COLOMBIA", "BANCO DE OCCIDENTE",
            "BANCO AGRARIO", "AV VILLAS"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def digits(inv):
    return inv["number"].split("-")[1]


def say_num(inv):
    d = digits(inv)
    cur = inv["cur"]
    if cur == "BRL":
        s = str(int(d))
        return R.choice([inv["number"], f"NF {s}", f"NF{d}", f"NF-e {s}", f"nota {d}",
                         f"NFe nº {s[:-3]}.{s[-3:]}", f"NF {d}", f"nf {s}"])
    if cur == "MXN":
        return R.choice([inv["number"], f"FA{d}", f"FA {d}", f"folio {d}", f"factura FA-{d}",
                         f"Fact. FA-{d}", f"serie FA folio {d}"])
    if cur == "COP":
        return R.choice([inv["number"], f"FE{d}", f"FE {d}", f"factura FE-{d}", f"Fact. electronica FE-{d}",
                         f"fra. FE {d}"])
    return R.choice([inv["number"], f"EXP{d}", f"INV EXP {d}", f"Inv# EXP-{d}", f"invoice EXP-{d}",
                     f"EXP {d}"])


def cfdi_uuid():
    h = "".join(R.choice("0123456789ABCDEF") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89AB')}{h[17:20]}-{h[20:]}"


def e2e(day):
    return "E" + R.choice(["00000000", "60701190", "90400888", "18236120", "00360305", "60746948"]) + \
        f"2026{3:02d}{day:02d}{R.randint(7,20):02d}{R.randint(0,59):02d}" + "".join(R.choice(ALNUM) for _ in range(11))


def clave_rastreo(day):
    return R.choice([f"MBAN01002603{day:02d}{R.randint(10**9, 10**10-1)}",
                     f"2026030{day % 10}40014BMOV000{R.randint(10**8, 10**9-1)}",
                     f"BNET01002603{day:02d}{R.randint(10**7, 10**8-1)}",
                     f"SANT{R.randint(10**13, 10**14-1)}"])


def linha_digitavel(bank, amount, due):
    fator = (due - date(2022, 5, 29)).days + 1000  # post-2025 factor reset is not modelled
    fator = fator % 9000 + 1000
    f = [f"{bank}9{R.randint(0, 9)}", f"{R.randint(0, 9999):04d}{R.randint(0, 9)}",
         f"{R.randint(0, 99999):05d}", f"{R.randint(0, 99999):05d}{R.randint(0, 9)}",
         f"{R.randint(0, 99999):05d}", f"{R.randint(0, 99999):05d}{R.randint(0, 9)}"]
    return f"{f[0][:5]}.{f[1]} {f[2]}.{f[3]} {f[4]}.{f[5]} {R.randint(1, 9)} {fator:04d}{amount:010d}"


def bank_ref(cust, cur, day, amount=None):
    """a bank reference that carries no invoice number"""
    ctry = cust["country"] if cust else R.choice(["BR", "MX", "CO"])
    if cur == "USD":
        return R.choice([
            f"FEDWIRE CREDIT IMAD 202603{day:02d}QMGFT0{R.randint(10000, 99999)} ORG=/{R.randint(10**9, 10**10-1)}",
            f"SWIFT MT103 REF {R.choice(['FT', 'TT', 'OR'])}26{day:02d}{R.randint(100000, 999999)} CHG SHA",
            f"INCOMING WIRE TRN {R.randint(10**11, 10**12-1)}",
            f"TRANSFERENCIA INTERNACIONAL RECIBIDA {R.randint(10**7, 10**8-1)}"])
    if cur == "BRL":
        b = R.choice(BANKS_BR)
        return R.choice([
            f"PIX RECEBIDO {e2e(day)}",
            f"TED RECEBIDA {b[0]} {R.randint(1000, 9999)} {cust['taxid'] if cust else ''}".strip(),
            f"LIQ COBRANCA {b[1]} NN {R.randint(10**10, 10**11-1)}",
            f"PIX {e2e(day)}",
            f"CRED TED {b[1]} AG {R.randint(1000, 9999)}"])
    if cur == "MXN":
        return R.choice([
            f"SPEI RECIBIDO {R.choice(BANKS_MX)} CLAVE DE RASTREO {clave_rastreo(day)} REF NUM {R.randint(5_000_000, 9_999_999)}",
            f"SPEI {clave_rastreo(day)}",
            f"DEP SPEI {R.choice(BANKS_MX)} RASTREO {clave_rastreo(day)} CONCEPTO PAGO PROVEEDOR"])
    return R.choice([
        f"PSE CUS {R.randint(10**9, 10**10-1)} {R.choice(BANKS_CO)}",
        f"ABONO ACH {R.choice(BANKS_CO)} NIT {cust['taxid'] if cust and cust['taxid'] else R.randint(800000000, 901999999)}",
        f"TRANSF {R.choice(BANKS_CO)} {R.randint(10**8, 10**9-1)} PAGO PROVEEDORES"])


def ref_with(inv_list, cust, day, amount):
    """a bank reference that names the invoice(s)"""
    cur = inv_list[0]["cur"]
    nums = " ".join(say_num(i) for i in inv_list)
    if cur == "BRL":
        b = R.choice(BANKS_BR)
        i0 = inv_list[0]
        return R.choice([
            f"PIX RECEBIDO {e2e(day)} TXID AGV{digits(i0)}{''.join(R.choice(ALNUM[:26]) for _ in range(6))}",
            f"LIQUIDACAO COBRANCA {b[1]} NOSSO NUMERO {R.randint(10**10, 10**11-1)} SEU NUMERO {digits(i0)}",
            f"TED {b[0]} {cust['taxid'] if cust else ''} PGTO {nums}".replace("  ", " "),
            f"PIX {e2e(day)} {nums}",
            f"BOLETO {linha_digitavel(b[0], amount, i0['due'])} DOC {digits(i0)}"])
    if cur == "MXN":
        d0 = digits(inv_list[0])
        return R.choice([
            f"SPEI RECIBIDO {R.choice(BANKS_MX)} CLAVE DE RASTREO {clave_rastreo(day)} REF NUM {int(d0):07d} CONCEPTO PAGO {nums}",
            f"SPEI {clave_rastreo(day)} CONCEPTO {nums.upper()}",
            f"TRANSF SPEI REF {d0} PAGO FACTURA {nums}"])
    if cur == "COP":
        return R.choice([
            f"PSE CUS {R.randint(10**9, 10**10-1)} {R.choice(BANKS_CO)} PAGO {nums}",
            f"ABONO ACH {R.choice(BANKS_CO)} NIT {cust['taxid'] if cust and cust['taxid'] else ''} {nums}",
            f"PAGO {nums.upper()}"])
    return R.choice([
        f"FEDWIRE CREDIT IMAD 202603{day:02d}QMGFT0{R.randint(10000, 99999)} OBI={nums}",
        f"SWIFT MT103 /RFB/{nums}",
        f"INCOMING WIRE {R.randint(10**9, 10**10-1)} REF {nums}"])


SUF_ABBR = [("S.A. de C.V.", ["SA DE CV", "S A DE C V", "SA CV", ""]),
            ("S. de R.L. de C.V.", ["S DE RL DE CV", "SRL CV", ""]),
            ("S.P.R. de R.L.", ["SPR DE RL", "SPR RL", ""]),
            ("S.C. de R.L. de C.V.", ["SC DE RL DE CV", ""]),
            ("S.C. de R.L.", ["SC DE RL", ""]), ("S.C.", ["SC", ""]),
            ("S.A.S. BIC", ["SAS BIC", "SAS", ""]), ("S.A.S.", ["SAS", "S A S", ""]),
            ("Ltda. ME", ["LTDA ME", "LTDA", ""]), ("Ltda. EPP", ["LTDA EPP", "LTDA", ""]),
            ("Ltda.", ["LTDA", ""]), ("EIRELI", ["EIRELI", "EIRELI ME", ""]), ("S.A.", ["SA", "S/A", ""]),
            ("S.R.L.", ["SRL", ""]), ("LLC", ["LLC", ""]), ("Inc.", ["INC", ""]), ("Corp.", ["CORP", ""]),
            ("Ltd.", ["LTD", ""])]
WORD_ABBR = {"AGROPECUARIA": "AGROPEC", "COMERCIAL": "COM", "COOPERATIVA": "COOP", "AGROINDUSTRIAL": "AGROIND",
             "PRODUCTORES": "PROD", "COMERCIALIZADORA": "COMERC", "AGRICOLA": "AGRIC", "INVERSIONES": "INV",
             "ARMAZENS": "ARMAZ", "DISTRIBUIDORA": "DISTRIB", "PRODUTORES": "PROD", "SOCIEDAD": "SOC"}


def payer_variant(cust, mode=None):
    """how a bank statement renders the customer's name; always identifies exactly that customer"""
    name = cust["name"]
    mode = mode or R.choice(["exact", "upper", "upper", "abbr", "cut", "cut"])
    if mode == "exact":
        return name
    base, suf = name, ""
    for full, abbrs in SUF_ABBR:
        if name.endswith(" " + full):
            base, suf = name[: -len(full) - 1], R.choice(abbrs)
            break
    up = fold(base).upper().replace("'", " ").replace(".", "").replace(",", "")
    if mode == "abbr":
        up = " ".join(WORD_ABBR.get(w, w) for w in up.split())
    s = (up + " " + suf).strip()
    if mode == "cut":
        s = (fold(base).upper() + " " + suf).strip()[: R.choice([22, 25, 28, 30])].rstrip()
    return s


PERSONS = ["JOSE CARLOS DA SILVA", "MARIA APARECIDA SOUZA", "JUAN MANUEL PEREZ GARCIA", "LUZ MARINA OSPINA",
           "ANTONIO FERREIRA NETO", "GUADALUPE RAMIREZ LOPEZ", "CARLOS ANDRES MEJIA", "PAGAMENTO PIX",
           "TRANSFERENCIA RECIBIDA", "JOAO PEDRO OLIVEIRA", "ROSA ELENA CASTILLO", "FRANCISCO JAVIER RUIZ",
           "WIRE TRANSFER", "ANA LUCIA PEREIRA", "MIGUEL ANGEL SOTO", "OSCAR IVAN RESTREPO",
           "TRADING AGRO SERVICES LLC", "GLOBAL PAYMENTS CLEARING", "LUIS FERNANDO GOMEZ",
           "EDUARDO HENRIQUE KLEIN"]

SIGN_PT = ["Att,\n{p}\nFinanceiro - {c}", "Atenciosamente,\n{p}\nContas a Pagar", "abs\n{p}",
           "--\n{p} | Depto. Financeiro\n{c}", "Obrigado!\n{p}", "{p}\nTesouraria {c}"]
SIGN_ES = ["Saludos,\n{p}\nCuentas por Pagar\n{c}", "Atte.\n{p}", "Cordialmente,\n{p}\nTesorería - {c}",
           "Quedo atento.\n{p}", "Un saludo\n{p} | Contabilidad", "--\n{p}\n{c}"]
SIGN_EN = ["Regards,\n{p}\nAccounts Payable\n{c}", "Thanks,\n{p}", "Best,\n{p} - Treasury", "--\n{p}\n{c}"]
FIRST = {"pt": ["Ana", "Marcos", "Juliana", "Rodrigo", "Cláudia", "Fernanda", "Paulo", "Luciana", "Edson"],
         "es": ["Laura", "Jorge", "Mariana", "Andrés", "Paola", "Ricardo", "Diana", "Héctor", "Lucía"],
         "en": ["Sarah", "Daniel", "Mike", "Patricia", "Kevin", "Andrea"]}


def sign(lang, cust):
    p = R.choice(FIRST[lang]) + " " + R.choice(["Souza", "Lima", "Gómez", "Ramírez", "Pereira", "Ortiz", "Vargas",
                                                 "Moreira", "Castro", "Smith", "Duarte"])
    c = cust["name"] if cust else ""
    pool = {"pt": SIGN_PT, "es": SIGN_ES, "en": SIGN_EN}[lang]
    return R.choice(pool).format(p=p, c=c).rstrip(" -\n")


def lines_table(items, cur, lang, with_amounts=True, style=None):
    """items: list of (inv, cents) -> remittance lines"""
    style = style or R.choice(["dash", "tab", "semi", "free"])
    out = []
    for inv, c in items:
        n = say_num(inv) if style == "free" else inv["number"] if R.random() < 0.7 else say_num(inv)
        a = fmt_amt(c, cur) if with_amounts else ""
        if style == "dash":
            out.append(f"- {n}" + (f"  {a}" if a else ""))
        elif style == "tab":
            out.append(f"{n}\t{dmy(inv['due'])}\t{a}".rstrip())
        elif style == "semi":
            out.append(f"{n};{m(c) if with_amounts else ''}".rstrip(";"))
        else:
            out.append(f"{n}" + (f" = {a}" if a else ""))
    return "\n".join(out)

# --------------------------------------------------------------------------
# stage 3: scenario machinery
# --------------------------------------------------------------------------

DAYS = [d for d in range(2, 32) if date(2026, 3, d).weekday() < 5]
payments = []     # internal payment dicts, label attached under "_label"
CUR_W = ["BRL"] * 8 + ["MXN"] * 5 + ["COP"] * 4 + ["USD"] * 3


def lang_of(cust, cur):
    if cust["country"] == "US":
        return cust.setdefault("_lang", R.choice(["en", "en", "es"]))
    if cur == "USD" and R.random() < 0.3:
        return "en"
    return LANG[cust["country"]]


def open_inv(cust, cur):
    return [i for i in cust["invoices"] if i["cur"] == cur and not i["taken"]]


def pick(cur=None, need=1, maxuse=3, pred=None, country=None, ipred=None):
    cur = cur or R.choice(CUR_W)
    pool = [c for c in customers if c["used"] < maxuse
            and len([i for i in open_inv(c, cur) if ipred is None or ipred(i)]) >= need
            and (country is None or c["country"] == country) and (pred is None or pred(c))]
    if not pool:
        raise RuntimeError(f"no customer for {cur} need={need}")
    lo = min(c["used"] for c in pool)
    c = R.choice([c for c in pool if c["used"] == lo])
    c["used"] += 1
    return c, cur


def take(cust, cur, k=1, pred=None):
    pool = [i for i in open_inv(cust, cur) if pred is None or pred(i)]
    got = R.sample(pool, k)
    for i in got:
        i["taken"] = True
    return got


def new_pay(cust, cur, amount, payer=None, known=True, reference=None, remittance=None, day=None,
            after=None, lang=None, checks=None):
    if day is None:
        lo = after["_day"] + 1 if after else DAYS[0]
        day = R.choice([d for d in DAYS if d >= lo] or [DAYS[-1]])
    p = {"_day": day, "date": f"2026-03-{day:02d}", "amount": amount, "currency": cur,
         "payer_name": payer if payer is not None else payer_variant(cust),
         "customer": cust if known else None, "reference": reference, "remittance": remittance,
         "_lang": lang or (lang_of(cust, cur) if cust else "es"), "_checks": checks or [], "_after": after}
    payments.append(p)
    return p


def label(p, status, apps=(), unapplied=0, short=None, cands=(), reason="", scenario="", note=""):
    if status == "review":
        unapplied = p["amount"]   # nothing applied: the whole payment waits, so apps + unapplied = amount
    p["_label"] = {"status": status, "apps": list(apps), "unapplied": unapplied, "short": short,
                   "cands": [list(c) for c in cands], "reason": reason, "scenario": scenario, "note": note}


def greet(lang):
    return R.choice({"pt": ["Bom dia,", "Prezados,", "Olá,", "Boa tarde, pessoal do financeiro", "Prezados senhores,", ""],
                     "es": ["Buenos días,", "Estimados:", "Hola,", "Buen día equipo de cobranza,", "Estimados señores,", ""],
                     "en": ["Hello,", "Hi team,", "Dear AR team,", "Good morning,", ""]}[lang])


def compose(lang, cust, body):
    body = body.replace("M.N..", "M.N.").replace("la folio", "el folio").replace("a folio", "al folio")
    parts = [greet(lang), body, sign(lang, cust)]
    return "\n\n".join(x for x in parts if x)


def ddmm(day):
    return R.choice([f"{day:02d}/03/2026", f"{day:02d}/03", f"{day}.03.2026", f"2026-03-{day:02d}"])

# --------------------------------------------------------------------------
# name matching (used to make sure a payer name points to exactly one customer)
# --------------------------------------------------------------------------

def canon(s):
    s = fold(s).upper().replace(".", " ").replace(",", " ").replace("'", " ").replace("/", " ").replace("&", " ")
    return " ".join(s.split())


def canon_base(c):
    name = c["name"]
    for full, _ in SUF_ABBR:
        if name.endswith(" " + full):
            name = name[: -len(full) - 1]
            break
    return canon(name)


SUF_TOKENS = {"LTDA", "ME", "EPP", "EIRELI", "SA", "S", "A", "DE", "CV", "C", "V", "RL", "R", "L", "SPR", "P", "SC",
              "SAS", "BIC", "SRL", "LLC", "INC", "CORP", "LTD"}


def name_matches(payer):
    """customers a careful reader could take this payer name for"""
    q = canon(payer).split()
    out = []
    for c in customers:
        b = canon_base(c).split()
        ok = True
        for j, t in enumerate(q):
            if j < len(b):
                if not b[j].startswith(t):
                    ok = False
                    break
            else:
                if not (t in SUF_TOKENS or any(x.startswith(t) for x in SUF_TOKENS)):
                    ok = False
                    break
        if ok and len(" ".join(q)) >= 8:
            out.append(c)
    return out


# --------------------------------------------------------------------------
# stage 4: scenarios -- applied
# --------------------------------------------------------------------------

def sc_ref_single():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    rem = None
    if R.random() < 0.45:
        body = {"pt": [f"Segue comprovante do pagamento da {say_num(inv)} no valor de {fmt_amt(amt, cur)}.",
                       f"Efetuamos hoje o pagto ref. {say_num(inv)}, {fmt_amt(amt, cur)}. Favor dar baixa.",
                       f"pagamento {say_num(inv)} ok"],
                "es": [f"Adjunto comprobante de pago de la {say_num(inv)} por {fmt_amt(amt, cur)}.",
                       f"Complemento de pago\nCFDI relacionado: serie FA folio {digits(inv)}\nUUID: {cfdi_uuid()}\nSaldo anterior: {fmt_amt(amt, cur)}\nImporte pagado: {fmt_amt(amt, cur)}\nSaldo insoluto: $0.00" if cur == "MXN" else f"Pago de la {say_num(inv)}.",
                       f"Les informamos que el día de hoy se liquidó la {say_num(inv)}. Favor de aplicar.",
                       f"Pago {say_num(inv)} - {fmt_amt(amt, cur)}"],
                "en": [f"Please find attached the payment advice for {say_num(inv)}, amount {fmt_amt(amt, cur)}.",
                       f"Paid {say_num(inv)} today. Thanks"]}[lang]
        rem = compose(lang, c, R.choice(body))
        ref = bank_ref(c, cur, day) if R.random() < 0.5 else ref_with([inv], c, day, amt)
    else:
        ref = ref_with([inv], c, day, amt)
    p = new_pay(c, cur, amt, reference=ref, remittance=rem, day=day, lang=lang)
    label(p, "applied", [(inv, amt)], reason=f"reference names {inv['number']}; exact balance",
          scenario="reference names one invoice, exact balance",
          note=f"[APPLIED, {lang}] {inv['number']} named in the {'remittance' if rem else 'bank reference'}; payment equals its open balance.")


def sc_ref_multi():
    c, cur = pick(need=2)
    k = min(len(open_inv(c, cur)), R.randint(2, 5))
    invs = take(c, cur, k)
    amt = sum(i["balance"] for i in invs)
    lang = lang_of(c, cur)
    day = R.choice(DAYS)
    with_amts = R.random() < 0.7
    table = lines_table([(i, i["balance"]) for i in invs], cur, lang, with_amts)
    head = {"pt": [f"Segue relação dos títulos pagos em {ddmm(day)}:", "Pagamento das notas abaixo:",
                   f"Aviso de pagamento - total {fmt_amt(amt, cur)}"],
            "es": [f"Relación de facturas pagadas el {ddmm(day)}:", "Aplicar el pago a las siguientes facturas:",
                   f"Aviso de pago por un total de {fmt_amt(amt, cur)}"],
            "en": ["Remittance advice - invoices paid:", f"This payment of {fmt_amt(amt, cur)} covers:"]}[lang]
    rem = compose(lang, c, R.choice(head) + "\n" + table)
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "applied", [(i, i["balance"]) for i in invs],
          reason="remittance lists the invoices; sum equals payment",
          scenario=f"remittance lists {k} invoices, exact sum",
          note=f"[APPLIED, {lang}] remittance lists {', '.join(i['number'] for i in invs)}; their balances add up to the payment.")


def sc_harvest():
    c, cur = pick(cur=R.choice(["BRL", "BRL", "MXN", "COP"]), need=1, maxuse=1)
    target = R.randint(10, 16)
    while len(open_inv(c, cur)) < target:
        add_invoice(c, cur=cur)
    have = open_inv(c, cur)
    k = R.randint(6, min(14, len(have) - 1))
    invs = take(c, cur, k)
    invs.sort(key=lambda i: i["issue"])
    amt = sum(i["balance"] for i in invs)
    lang = lang_of(c, cur)
    day = R.choice(DAYS)
    crop = R.choice({"pt": ["soja", "milho safrinha", "café", "algodão", "soja 25/26"],
                     "es": ["maíz", "sorgo", "trigo", "arroz", "café", "frijol"]}.get(lang, ["corn"]))
    head = {"pt": [f"Conforme combinado, com a venda da {crop} estamos quitando as notas abaixo (total {fmt_amt(amt, cur)}):",
                   f"PAGAMENTO SAFRA - {crop.upper()}\nNotas liquidadas nesta data:",
                   f"Pessoal, entrou o dinheiro da {crop}. Pagamos tudo isso aqui:"],
            "es": [f"Con la cosecha de {crop} liquidamos las siguientes facturas, total {fmt_amt(amt, cur)}:",
                   f"PAGO COSECHA {crop.upper()} - detalle de facturas:",
                   f"Ya vendimos el {crop}, les pagamos estas:"],
            "en": [f"Harvest payment ({crop}) covering:"]}[lang]
    table = lines_table([(i, i["balance"]) for i in invs], cur, lang, R.random() < 0.8)
    rem = compose(lang, c, R.choice(head) + "\n" + table)
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "applied", [(i, i["balance"]) for i in invs], reason="harvest lump sum; remittance lists every invoice",
          scenario=f"harvest lump sum paying {k} invoices",
          note=f"[APPLIED, {lang}] harvest payment; remittance lists {k} invoices whose balances sum exactly to the payment.")


def sc_amount_only():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    rem = None
    if cur == "MXN" and R.random() < 0.5:
        rem = compose(lang, c, R.choice([f"Pago CFDI {cfdi_uuid()}", f"Se anexa XML del pago. UUID {cfdi_uuid().lower()}"]))
    elif R.random() < 0.2:
        rem = compose(lang, c, {"pt": "Segue comprovante em anexo.", "es": "Se adjunta comprobante de la transferencia.",
                                "en": "Remittance attached (PDF)."}[lang])
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("amount_unique", c, cur, [inv])])
    label(p, "applied", [(inv, amt)], reason="known customer; amount equals exactly one open invoice",
          scenario="no invoice reference; bank identifies customer; amount matches one invoice",
          note=f"[APPLIED, {lang}] customer_id given; {inv['number']} is the only open invoice (or combination) of this customer equal to the amount.")


def sc_known_shared_amount():
    c, cur = pick()
    c2, _ = pick(cur=cur, pred=lambda x: x is not c)
    inv, = take(c, cur)
    twin, = take(c2, cur)
    twin["total"] = twin["balance"] = inv["balance"]
    if inv["balance"] < inv["total"]:
        twin["total"] = inv["total"]
    amt = inv["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), day=day, lang=lang,
                checks=[("amount_unique", c, cur, [inv]), ("global_count", cur, amt, 2)])
    label(p, "applied", [(inv, amt)], reason="known customer; amount equals exactly one of its open invoices",
          scenario="known customer; same amount also open at another customer",
          note=f"[APPLIED, {lang}] customer_id given; {inv['number']} is this customer's only fit. {twin['number']} of {c2['name']} has the same amount but belongs to someone else.")


def sc_all_open():
    c, cur = pick(need=2, maxuse=1, pred=lambda c: all(not i["taken"] for i in c["invoices"]))
    invs = take(c, cur, len(open_inv(c, cur)))
    c["_closed"] = cur
    amt = sum(i["balance"] for i in invs)
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    rem = None
    if R.random() < 0.6:
        rem = compose(lang, c, R.choice({
            "pt": ["Estamos quitando todo o saldo em aberto conforme extrato enviado por vocês.",
                   f"Liquidação total do saldo devedor em {ddmm(day)}."],
            "es": ["Pagamos el saldo total según el estado de cuenta que nos enviaron.",
                   "Liquidación de saldo al corte. Favor de confirmar saldo cero."],
            "en": ["Paying the full balance per your statement."]}[lang]))
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("amount_unique", c, cur, invs), ("all_open", c, cur)])
    label(p, "applied", [(i, i["balance"]) for i in invs], reason="amount equals the customer's whole open balance",
          scenario="pays the whole open balance" + (" (statement)" if rem else " (no remittance)"),
          note=f"[APPLIED, {lang}] known customer; payment equals the sum of all {len(invs)} open {cur} invoices and no other combination.")


def sc_name_only():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    for _ in range(30):
        payer = payer_variant(c, R.choice(["upper", "abbr", "cut", "cut"]))
        if name_matches(payer) == [c]:
            break
    else:
        payer = c["name"].upper()
    rem = None
    if R.random() < 0.4:
        rem = compose(lang, c, {"pt": f"Pagamento da {say_num(inv)}.", "es": f"Pago de {say_num(inv)}.",
                                "en": f"Payment for {say_num(inv)}."}[lang])
        ref = bank_ref(None, cur, day)
    else:
        ref = ref_with([inv], None, day, amt)
    p = new_pay(c, cur, amt, payer=payer, known=False, reference=ref, remittance=rem, day=day, lang=lang,
                checks=[("name_unique", c, payer)])
    label(p, "applied", [(inv, amt)], reason=f"payer name identifies {c['name']}; {inv['number']} named; exact balance",
          scenario="bank gives no customer id; payer name abbreviated/accents dropped; invoice named",
          note=f"[APPLIED, {lang}] '{payer}' can only be {c['name']}; {inv['number']} is that customer's and the amount is its exact balance.")


def sc_coop():
    coop_cur = R.choice(["BRL", "BRL", "MXN", "COP"])
    ctry = {"BRL": "BR", "MXN": "MX", "COP": "CO"}[coop_cur]
    coops = [c for c in customers if c["coop"] and c["country"] == ctry]
    coop = R.choice(coops)
    third = R.random() < 0.35
    nm = 1 if third else R.randint(2, 4)
    items = []
    members = []
    for _ in range(nm):
        mc, _ = pick(cur=coop_cur, country=ctry, pred=lambda x: not x["coop"] and x not in members)
        members.append(mc)
        for inv in take(mc, coop_cur, R.randint(1, min(2, len(open_inv(mc, coop_cur))))):
            items.append((mc, inv))
    amt = sum(i["balance"] for _, i in items)
    day = R.choice(DAYS)
    lang = LANG[ctry]
    known = R.random() < 0.5
    if third:
        payer_c = coop
        mc = members[0]
        body = {"pt": f"Pagamento efetuado pela {coop['name']} por conta e ordem do cooperado {mc['name']} (CNPJ {mc['taxid']}):",
                "es": f"Pago realizado por {coop['name']} por cuenta y orden de nuestro socio {mc['name']} ({'RFC' if ctry == 'MX' else 'NIT'} {mc['taxid']}):"}[lang]
    else:
        payer_c = coop
        body = {"pt": "Repasse aos fornecedores - pagamento por conta e ordem dos cooperados abaixo:",
                "es": "Pago centralizado por cuenta de nuestros asociados, detalle:"}[lang]
    tl = []
    for mc, inv in items:
        tl.append(f"{mc['name'] if R.random() < 0.6 else payer_variant(mc, 'upper')} - {inv['number']} - {fmt_amt(inv['balance'], coop_cur)}")
    rem = compose(lang, coop, body + "\n" + "\n".join(tl) + "\n" +
                  {"pt": f"Total: {fmt_amt(amt, coop_cur)}", "es": f"Total: {fmt_amt(amt, coop_cur)}"}[lang])
    p = new_pay(coop, coop_cur, amt, payer=payer_variant(coop, R.choice(["upper", "cut", "abbr"])), known=known,
                reference=bank_ref(coop, coop_cur, day), remittance=rem, day=day, lang=lang)
    label(p, "applied", [(i, i["balance"]) for _, i in items],
          reason="cooperative pays for named members; remittance lists each invoice and amount",
          scenario="third-party payment (cooperative) with explicit invoice list" + (" for one member" if third else " for several members"),
          note=f"[APPLIED, {lang}] payer is the cooperative, not the debtor, but the remittance names every invoice, its customer and exact balance; all match.")


USED_DECOYS = set()


def sc_order_decoy():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    others = [i for i in invoices if i["cur"] == cur and i["customer"] is not c and i["balance"] != amt
              and i["number"] not in USED_DECOYS]
    dec = R.choice(others)
    USED_DECOYS.add(dec["number"])
    d = digits(dec)
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    word = {"pt": R.choice(["PEDIDO", "PED", "Pedido de compra", "REMESSA", "OC"]),
            "es": R.choice(["PEDIDO", "OC", "Orden de compra", "REMISION", "Entrega"]),
            "en": R.choice(["PO", "Order", "Delivery"])}[lang]
    if R.random() < 0.5:
        ref = bank_ref(c, cur, day) + f" {word.upper()} {d}"
        rem = None
    else:
        ref = bank_ref(c, cur, day)
        rem = compose(lang, c, {"pt": f"Pagamento referente ao {word} {d} (entrega de {R.choice(['sementes', 'fertilizante', 'defensivos'])}).",
                                "es": f"Pago correspondiente a {word} {d}, {R.choice(['fertilizante', 'semilla', 'agroquímicos'])}.",
                                "en": f"Payment for {word} {d}."}[lang])
    p = new_pay(c, cur, amt, reference=ref, remittance=rem, day=day, lang=lang,
                checks=[("amount_unique", c, cur, [inv]), ("decoy", dec, amt)])
    label(p, "applied", [(inv, amt)], reason="known customer; amount equals exactly one open invoice; order number is not an invoice number",
          scenario="order/delivery number that looks like another customer's invoice number",
          note=f"[APPLIED, {lang}] '{word} {d}' is an order/delivery number; {dec['number']} belongs to another customer with a different amount. Customer known and {inv['number']} is its only open invoice equal to the amount.")


def typo_of(d):
    for _ in range(50):
        k = R.choice(["swap", "drop", "sub"])
        s = list(d)
        if k == "swap":
            j = R.randint(0, len(s) - 2)
            s[j], s[j + 1] = s[j + 1], s[j]
        elif k == "drop":
            del s[R.randint(1, len(s) - 1)]
        else:
            j = R.randint(1, len(s) - 1)
            s[j] = str((int(s[j]) + R.choice([1, 9])) % 10)
        t = "".join(s)
        if t != d:
            return t
    raise RuntimeError


def sc_typo():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    d = digits(inv)
    prefix = inv["number"].split("-")[0]
    while True:
        t = typo_of(d)
        if f"{prefix}-{t}" not in _numbers[cur] and f"{prefix}-{t.zfill(len(d))}" not in _numbers[cur]:
            break
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    wrong = R.choice([f"{prefix} {t}", f"{prefix}{t}", f"{prefix}-{t}"])
    ref = bank_ref(c, cur, day) + " " + wrong
    p = new_pay(c, cur, amt, reference=ref, day=day, lang=lang,
                checks=[("amount_unique", c, cur, [inv]), ("not_number", cur, prefix, t)])
    label(p, "applied", [(inv, amt)], reason=f"known customer; exact balance of {inv['number']}; reference is a typo of it",
          scenario="mistyped invoice number, exact amount",
          note=f"[APPLIED, {lang}] '{wrong}' exists nowhere; it is one keystroke from {inv['number']}, whose balance equals the payment and is the only fit for this known customer.")


def sc_prior_partial():
    c, cur = pick(pred=None)
    pool = [i for i in open_inv(c, cur) if i["balance"] < i["total"]]
    if not pool:
        inv, = take(c, cur)
        inv["balance"] = inv["total"] - R.randint(1, inv["total"] // 200) * 100
    else:
        inv = R.choice(pool)
        inv["taken"] = True
    amt = inv["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    rem = compose(lang, c, {"pt": f"Saldo remanescente da {say_num(inv)}: {fmt_amt(amt, cur)} (valor original {fmt_amt(inv['total'], cur)}).",
                            "es": f"Pago del saldo pendiente de la {say_num(inv)}: {fmt_amt(amt, cur)}. El resto se pagó el mes pasado.",
                            "en": f"Balance due on {say_num(inv)}, {fmt_amt(amt, cur)}."}[lang]) if R.random() < 0.6 else None
    ref = ref_with([inv], c, day, amt) if rem is None else bank_ref(c, cur, day)
    p = new_pay(c, cur, amt, reference=ref, remittance=rem, day=day, lang=lang)
    label(p, "applied", [(inv, amt)], reason=f"{inv['number']} named; payment equals its remaining balance",
          scenario="pays the remaining balance of a previously part-paid invoice",
          note=f"[APPLIED, {lang}] {inv['number']} (total {m(inv['total'])}) has balance {m(inv['balance'])}; the payment equals the balance, not the total.")

# --------------------------------------------------------------------------
# stage 5: scenarios -- partial / short pay
# --------------------------------------------------------------------------

def round_part(bal, cur):
    frac = R.choice([0.25, 0.3, 1 / 3, 0.4, 0.5, 0.5, 0.6])
    step = 100_000 if cur == "COP" else R.choice([10_000, 50_000, 100_000])
    a = int(bal * frac) // step * step
    if a <= 0:
        a = bal // 2 // 100 * 100
    return a


def sc_part(pair=False):
    c, cur = pick(ipred=lambda i: i["balance"] >= 500_000)
    inv, = take(c, cur, pred=lambda i: i["balance"] >= 500_000)
    amt = round_part(inv["balance"], cur)
    day = R.choice(DAYS[:-6]) if pair else R.choice(DAYS)
    lang = lang_of(c, cur)
    n = R.choice([2, 3, 4])
    body = {"pt": [f"Segue pagamento da 1ª parcela ({fmt_amt(amt, cur)}) da {say_num(inv)}. As demais {n - 1} parcelas seguem nos próximos meses conforme acordado.",
                   f"Depositamos {fmt_amt(amt, cur)} como pagamento PARCIAL da {say_num(inv)}; o saldo pagaremos após a colheita.",
                   f"pgto parcial {say_num(inv)} - parcela 1/{n}"],
            "es": [f"Les enviamos un abono parcial de {fmt_amt(amt, cur)} a la {say_num(inv)}. El saldo lo cubrimos a fin de mes.",
                   f"Primer pago ({'1' if n else ''}/{n}) de la {say_num(inv)} según convenio de pagos.",
                   f"ABONO A {say_num(inv).upper()} - pago parcial, restante en la siguiente quincena"],
            "en": [f"Partial payment of {fmt_amt(amt, cur)} towards {say_num(inv)}; the balance will follow next month.",
                   f"Instalment 1 of {n} on {say_num(inv)}."]}[lang]
    rem = compose(lang, c, R.choice(body))
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "partial", [(inv, amt)], reason=f"part payment of {inv['number']}",
          scenario="declared part payment / instalment" + (" (first of two in this batch)" if pair else ""),
          note=f"[PARTIAL, {lang}] remittance says part payment of {inv['number']}; {m(amt)} of {m(inv['balance'])} applied, the rest stays open; no deduction, so short_pay null.")
    if pair:
        rest = inv["balance"] - amt
        day2 = R.choice([d for d in DAYS if d > day])
        rem2 = compose(lang, c, {"pt": f"Quitação do saldo da {say_num(inv)} ({fmt_amt(rest, cur)}), conforme combinado.",
                                 "es": f"Liquidamos el saldo restante de la {say_num(inv)}: {fmt_amt(rest, cur)}.",
                                 "en": f"Final payment on {say_num(inv)}: {fmt_amt(rest, cur)}."}[lang])
        p2 = new_pay(c, cur, rest, reference=bank_ref(c, cur, day2), remittance=rem2, day=day2, after=p, lang=lang)
        label(p2, "applied", [(inv, rest)], reason=f"remaining balance of {inv['number']} after the earlier part payment",
              scenario="second payment settles what an earlier part payment in this batch left open",
              note=f"[APPLIED, {lang}] an earlier payment in this file paid {m(amt)} of {inv['number']}; this one pays exactly the {m(rest)} left.")


WH = {"CO": [("retención en la fuente 2,5%", 0.025), ("retefuente 2.5% + reteICA 9,66 x mil", 0.025 + 0.00966),
             ("ReteFuente compras 2,5%", 0.025), ("retención en la fuente servicios 4%", 0.04)],
      "BR": [("retenção IR 1,5%", 0.015), ("retenções IR 1,5% + CSRF 4,65% (PIS/COFINS/CSLL)", 0.0615),
             ("ISS retido 5%", 0.05), ("IRRF 1,5%", 0.015)],
      "MX": [("retención IVA 4% (servicio de flete)", 0.04), ("retención de IVA 4% por el flete facturado", 0.04)]}


def sc_withholding():
    ctry = R.choice(["CO", "CO", "CO", "BR", "BR", "MX"])
    cur = COUNTRY_CUR[ctry]
    c, cur = pick(cur=cur, country=ctry)
    inv, = take(c, cur)
    txt, rate = R.choice(WH[ctry])
    wh = int(round(inv["balance"] * rate / 100.0)) * 100 if cur == "COP" else int(round(inv["balance"] * rate))
    amt = inv["balance"] - wh
    day = R.choice(DAYS)
    lang = LANG[ctry]
    body = {"pt": [f"{say_num(inv)}\nValor bruto: {fmt_amt(inv['balance'], cur)}\n(-) {txt}: {fmt_amt(wh, cur)}\nValor líquido pago: {fmt_amt(amt, cur)}\nO comprovante de retenção segue no fim do mês.",
                   f"Pagamos a {say_num(inv)} descontando a {txt} ({fmt_amt(wh, cur)}), conforme legislação. Líquido {fmt_amt(amt, cur)}."],
            "es": [f"Factura: {say_num(inv)}\nValor factura: {fmt_amt(inv['balance'], cur)}\nMenos {txt}: {fmt_amt(wh, cur)}\nNeto pagado: {fmt_amt(amt, cur)}\nEl certificado de retención se expide en el periodo.",
                   f"Se paga la {say_num(inv)} con {txt} aplicada de {fmt_amt(wh, cur)}. Valor consignado {fmt_amt(amt, cur)}."]}[lang]
    rem = compose(lang, c, R.choice(body))
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "partial", [(inv, amt)], short={"invoice_id": inv, "amount": wh, "reason": "withholding"},
          reason=f"{inv['number']} paid net of tax withheld",
          scenario="tax withholding deducted (retención / IR / ISS)",
          note=f"[PARTIAL, {lang}] {inv['number']} paid net of {txt}; the {m(wh)} withheld stays open as a short pay (deduction case until the withholding certificate clears it).")


def sc_bank_fee():
    c, cur = pick(cur=R.choice(["USD", "USD", "USD", "MXN", "BRL"]))
    inv, = take(c, cur)
    fee = {"USD": R.choice([1500, 2000, 2500, 3500, 4000]), "MXN": R.choice([5800, 12000]),
           "BRL": R.choice([850, 1290, 2100])}[cur]
    amt = inv["balance"] - fee
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    body = {"en": [f"Paid {say_num(inv)} {fmt_amt(inv['balance'], cur)} less intermediary bank charges {fmt_amt(fee, cur)}.",
                   f"Invoice {inv['number']}: {fmt_amt(inv['balance'], cur)}\nBank fees deducted: {fmt_amt(fee, cur)}\nNet remitted: {fmt_amt(amt, cur)}"],
            "es": [f"Pago de {say_num(inv)} por {fmt_amt(inv['balance'], cur)}, menos comisión bancaria de {fmt_amt(fee, cur)} que cobró nuestro banco.",
                   f"{say_num(inv)} - importe {fmt_amt(inv['balance'], cur)} - comisión transferencia {fmt_amt(fee, cur)}"],
            "pt": [f"Pagamento {say_num(inv)} ({fmt_amt(inv['balance'], cur)}) descontada a tarifa bancária de {fmt_amt(fee, cur)}."]}[lang]
    rem = compose(lang, c, R.choice(body))
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "partial", [(inv, amt)], short={"invoice_id": inv, "amount": fee, "reason": "bank_fee"},
          reason=f"{inv['number']} paid less bank charges",
          scenario="bank charges deducted from the transfer",
          note=f"[PARTIAL, {lang}] the payer deducted {m(fee)} of bank charges from {inv['number']}; short pay, no write-off.")


DED = {"pt": ["{q} sacos de semente com germinação abaixo do garantido", "avaria de {q} bags de fertilizante no descarregamento",
              "diferença de preço acordada com o vendedor ({q} embalagens de herbicida)", "frete cobrado indevidamente"],
       "es": ["{q} bultos de fertilizante mojados en la entrega", "diferencia de precio pactada con el vendedor en {q} litros de herbicida",
              "semilla con baja germinación ({q} sacos)", "flete cobrado de más"],
       "en": ["{q} damaged bags on delivery", "price difference agreed with your sales rep"]}


def sc_deduction(discount=False):
    c, cur = pick(ipred=lambda i: i["balance"] >= 300_000)
    inv, = take(c, cur, pred=lambda i: i["balance"] >= 300_000)
    lang = lang_of(c, cur)
    if discount:
        pct = R.choice([2, 3, 5])
        ded = inv["balance"] * pct // 100
        if cur == "COP":
            ded = ded // 100 * 100
        why = {"pt": f"desconto de pontualidade de {pct}%", "es": f"descuento por pronto pago del {pct}%",
               "en": f"{pct}% early payment discount"}[lang]
        code = "discount"
    else:
        ded = R.randint(max(1, inv["balance"] // 60), max(2, inv["balance"] // 8)) // 100 * 100
        why = R.choice(DED[lang]).format(q=R.randint(3, 40))
        code = "deduction"
    amt = inv["balance"] - ded
    day = R.choice(DAYS)
    body = {"pt": [f"Pagamos a {say_num(inv)} com desconto de {fmt_amt(ded, cur)} referente a {why}. Consideramos a nota quitada.",
                   f"{say_num(inv)}: {fmt_amt(inv['balance'], cur)}\n(-) {why}: {fmt_amt(ded, cur)}\nPago: {fmt_amt(amt, cur)}"],
            "es": [f"Se liquida la {say_num(inv)} descontando {fmt_amt(ded, cur)} por {why}. Favor de emitir nota de crédito.",
                   f"{say_num(inv)}\nImporte: {fmt_amt(inv['balance'], cur)}\nDescuento ({why}): -{fmt_amt(ded, cur)}\nPagado: {fmt_amt(amt, cur)}"],
            "en": [f"We paid {say_num(inv)} less {fmt_amt(ded, cur)} for {why}. Please issue a credit note."]}[lang]
    rem = compose(lang, c, R.choice(body))
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "partial", [(inv, amt)], short={"invoice_id": inv, "amount": ded, "reason": code},
          reason=f"{inv['number']} short paid: {code}",
          scenario="customer deducts an early-payment discount" if discount else "customer deducts a claim (damage/quality/price/freight)",
          note=f"[PARTIAL, {lang}] customer paid {inv['number']} minus {m(ded)} for {why}; short pay opens a deduction case.")


def sc_multi_short():
    c, cur = pick(need=3)
    invs = take(c, cur, 3)
    lang = lang_of(c, cur)
    s = R.choice(invs)
    ded = R.randint(max(1, s["balance"] // 50), max(2, s["balance"] // 10)) // 100 * 100
    why = R.choice(DED[lang]).format(q=R.randint(2, 25))
    items = [(i, i["balance"] - (ded if i is s else 0)) for i in invs]
    amt = sum(a for _, a in items)
    day = R.choice(DAYS)
    table = "\n".join(f"{i['number']}  {fmt_amt(a, cur)}" + (f"  ({'desc.' if lang != 'en' else 'less'} {fmt_amt(ded, cur)} - {why})" if i is s else "")
                      for i, a in items)
    rem = compose(lang, c, {"pt": "Relação de pagamento:", "es": "Detalle del pago:", "en": "Payment detail:"}[lang]
                  + "\n" + table + "\n" + f"Total {fmt_amt(amt, cur)}")
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang)
    label(p, "partial", items, short={"invoice_id": s, "amount": ded, "reason": "deduction"},
          reason=f"three invoices; {s['number']} short paid",
          scenario="multi-invoice remittance with one deduction",
          note=f"[PARTIAL, {lang}] remittance pays {', '.join(i['number'] for i in invs)}; {s['number']} is short by {m(ded)} ({why}).")

# --------------------------------------------------------------------------
# stage 6: scenarios -- unapplied
# --------------------------------------------------------------------------

def sc_overpay():
    c, cur = pick()
    pool = [i for i in open_inv(c, cur) if i["balance"] < i["total"]]
    if pool and R.random() < 0.7:
        inv = R.choice(pool)
        inv["taken"] = True
        amt = inv["total"]
        why = {"pt": f"Pagamento integral da {say_num(inv)}.", "es": f"Pago total de la {say_num(inv)}.",
               "en": f"Payment in full of {say_num(inv)}."}
        sc = "pays the original total of an invoice already part-paid"
    else:
        inv, = take(c, cur)
        extra = R.choice([R.randint(1, 99) * 100, R.randint(100, 5000) * 100])
        if cur == "COP":
            extra = R.randint(5, 500) * 10_000
        amt = inv["balance"] + extra
        why = {"pt": f"Pagamento da {say_num(inv)}; o valor a maior pode ficar de crédito para a próxima compra.",
               "es": f"Pago de la {say_num(inv)}. Lo que sobre déjenlo como saldo a favor.",
               "en": f"Paying {say_num(inv)}; keep the excess as credit."}
        sc = "pays more than the invoice balance"
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    rem = compose(lang, c, why[lang])
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("no_other_fit_remainder", c, cur, inv)])
    label(p, "unapplied", [(inv, inv["balance"])], unapplied=amt - inv["balance"],
          reason=f"{inv['number']} paid in full; remainder held on account",
          scenario=sc, note=f"[UNAPPLIED, {lang}] {inv['number']} balance is {m(inv['balance'])}; payment {m(amt)}; the {m(amt - inv['balance'])} excess stays as unapplied cash.")


def sc_duplicate():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    lang = lang_of(c, cur)
    d1 = R.choice(DAYS[:-5])
    ref1 = ref_with([inv], c, d1, amt)
    p1 = new_pay(c, cur, amt, reference=ref1, day=d1, lang=lang)
    label(p1, "applied", [(inv, amt)], reason=f"reference names {inv['number']}; exact balance",
          scenario="first of a duplicated payment", note=f"[APPLIED, {lang}] {inv['number']} named, exact balance (a later payment in this file repeats it).")
    d2 = R.choice([d for d in DAYS if d > d1])
    rem = compose(lang, c, R.choice({"pt": [f"Pagamento {say_num(inv)}.", f"Segue comprovante {say_num(inv)} vencimento {dmy(inv['due'])}."],
                                     "es": [f"Pago {say_num(inv)}.", f"Comprobante de pago {say_num(inv)}, vencimiento {dmy(inv['due'])}."],
                                     "en": [f"Payment for {say_num(inv)}."]}[lang]))
    p2 = new_pay(c, cur, amt, reference=ref_with([inv], c, d2, amt) if R.random() < 0.5 else bank_ref(c, cur, d2),
                 remittance=rem, day=d2, after=p1, lang=lang, checks=[("fits_none", c, cur)])
    label(p2, "unapplied", [], unapplied=amt, reason=f"{inv['number']} already paid by an earlier payment",
          scenario="second payment of an invoice already paid in this batch",
          note=f"[UNAPPLIED, {lang}] {inv['number']} was closed by an earlier payment in this file; same amount again and nothing else fits, so the cash is held on account.")


def sc_advance():
    c, cur = pick()
    lang = lang_of(c, cur)
    amt = rand_amount(cur) // 100_000 * 100_000 or 500_000
    day = R.choice(DAYS)
    ped = R.randint(7000, 9999)
    rem = compose(lang, c, R.choice({
        "pt": [f"Adiantamento para o pedido {ped} (sementes safra 26/27). Favor faturar quando embarcar.",
               f"Segue antecipação de {fmt_amt(amt, cur)} referente à proposta comercial {ped}, pacote de insumos da safra de verão."],
        "es": [f"Anticipo del pedido {ped} de fertilizante para el ciclo primavera-verano. Aún no tenemos factura.",
               f"Depósito en garantía / anticipo {fmt_amt(amt, cur)} por la cotización {ped}."],
        "en": [f"Prepayment for order {ped} (next season seed). Please invoice on shipment."]}[lang]))
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("fits_none", c, cur), ("not_number_any", cur, str(ped))])
    label(p, "unapplied", [], unapplied=amt, reason="advance payment for an order not yet invoiced",
          scenario="prepayment / advance for a future order",
          note=f"[UNAPPLIED, {lang}] remittance says advance for an order not yet invoiced; known customer, fits no open invoice; held on account.")


def sc_closed_ref():
    c, cur = pick()
    lang = lang_of(c, cur)
    prefix = {"BRL": "NF", "MXN": "FA", "COP": "FE", "USD": "EXP"}[cur]
    lo = {"BRL": 20_000, "MXN": 9_000, "COP": 11_000, "USD": 1_000}[cur]
    while True:
        n = R.randint(lo, lo + 4000)
        num = f"{prefix}-{n:06d}" if cur == "BRL" else f"{prefix}-{n}"
        if num not in _numbers[cur]:
            break
    amt = rand_amount(cur)
    day = R.choice(DAYS)
    rem = compose(lang, c, {"pt": f"Pagamento da {num} (emitida em {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2024).",
                            "es": f"Pago de la factura {num} del año pasado, disculpen el atraso.",
                            "en": f"Payment of {num} (2024)."}[lang])
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("fits_none", c, cur), ("not_number", cur, prefix, str(n) if cur != "BRL" else f"{n:06d}")])
    label(p, "unapplied", [], unapplied=amt, reason=f"{num} is not an open invoice; nothing fits",
          scenario="names an old invoice that is not open; amount fits nothing",
          note=f"[UNAPPLIED, {lang}] {num} is not in the open-invoice list (an old, already closed number) and the amount fits no open invoice of this known customer; held on account.")


def sc_multi_over():
    c, cur = pick(need=2)
    invs = take(c, cur, 2)
    lang = lang_of(c, cur)
    s = sum(i["balance"] for i in invs)
    extra = R.randint(50, 3000) * 100 if cur != "COP" else R.randint(10, 300) * 10_000
    amt = s + extra
    day = R.choice(DAYS)
    table = lines_table([(i, i["balance"]) for i in invs], cur, lang)
    tail = {"pt": f"Enviamos {fmt_amt(amt, cur)}; a diferença fica como crédito para o próximo pedido.",
            "es": f"Transferimos {fmt_amt(amt, cur)}; la diferencia queda a cuenta del próximo pedido.",
            "en": f"We sent {fmt_amt(amt, cur)}; keep the difference on account."}[lang]
    rem = compose(lang, c, table + "\n" + tail)
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("no_other_fit_remainder", c, cur, invs[0])])
    label(p, "unapplied", [(i, i["balance"]) for i in invs], unapplied=extra,
          reason="listed invoices paid; excess held on account",
          scenario="multi-invoice payment with an excess kept as credit",
          note=f"[UNAPPLIED, {lang}] remittance lists two invoices totalling {m(s)} and says the {m(extra)} excess is credit.")

# --------------------------------------------------------------------------
# stage 7: scenarios -- review
# --------------------------------------------------------------------------

def by_due(invs):
    return sorted(invs, key=lambda i: (i["due"], i["number"]))


def unknown_payer():
    return R.choice(PERSONS)


def sc_cross_same_amount():
    c1, cur = pick()
    c2, _ = pick(cur=cur, pred=lambda x: x is not c1)
    a, = take(c1, cur)
    b, = take(c2, cur)
    b["total"] = b["balance"] = a["balance"]
    if a["balance"] < a["total"]:
        b["total"] = a["total"]
    amt = a["balance"]
    day = R.choice(DAYS)
    payer = unknown_payer()
    rem = None
    if R.random() < 0.4:
        rem = R.choice(["pagamento fornecedor", "PAGO PROVEEDOR", "pago de insumos", "ref. compra de adubo",
                        "payment", "pgto"])
    p = new_pay(None, cur, amt, payer=payer, known=False, reference=bank_ref(None, cur, day), remittance=rem,
                day=day, lang=R.choice(["pt", "es"]) if cur == "BRL" else "es",
                checks=[("global_count", cur, amt, 2)])
    label(p, "review", cands=[[x] for x in by_due([a, b])], reason="two customers have an open invoice of this amount; payer unknown",
          scenario="unknown payer; same amount open at two customers",
          note=f"[REVIEW, {p['_lang']}] no customer id, '{payer}' is neither customer, no invoice named; {a['number']} ({c1['name']}) and {b['number']} ({c2['name']}) both equal the amount.")


def sc_same_cust_same_amount():
    c, cur = pick(need=2)
    a, b = take(c, cur, 2)
    b["total"] = b["balance"] = a["balance"]
    amt = a["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    rem = None
    if R.random() < 0.4:
        rem = compose(lang, c, {"pt": f"Segue pagamento de {fmt_amt(amt, cur)} referente às sementes.",
                                "es": f"Va pago por {fmt_amt(amt, cur)} del fertilizante.",
                                "en": f"Payment {fmt_amt(amt, cur)} for the seed order."}[lang])
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("amount_count", c, cur, 2)])
    label(p, "review", cands=[[x] for x in by_due([a, b])], reason="two open invoices of this customer have this exact balance",
          scenario="known customer; two invoices with the same amount; none named",
          note=f"[REVIEW, {lang}] {a['number']} and {b['number']} both have balance {m(amt)}; nothing says which one is paid.")


def sc_two_subsets():
    c, cur = pick(need=3)
    a, b, x = take(c, cur, 3)
    x["total"] = x["balance"] = a["balance"] + b["balance"]
    amt = x["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), day=day, lang=lang,
                checks=[("amount_count", c, cur, 2)])
    label(p, "review", cands=[[x], by_due([a, b])], reason="amount equals one invoice and also the sum of two others",
          scenario="known customer; amount fits two different invoice sets",
          note=f"[REVIEW, {lang}] {x['number']} alone and {a['number']}+{b['number']} together both equal the amount; no remittance.")


def sc_unknown_unique():
    c, cur = pick()
    inv, = take(c, cur)
    amt = inv["balance"]
    day = R.choice(DAYS)
    payer = unknown_payer()
    p = new_pay(None, cur, amt, payer=payer, known=False, reference=bank_ref(None, cur, day), day=day,
                lang="es" if cur != "BRL" else "pt", checks=[("global_count", cur, amt, 1)])
    label(p, "review", cands=[[inv]], reason="payer unknown; amount alone points to one invoice",
          scenario="unknown payer, no reference; amount equals one open invoice",
          note=f"[REVIEW, {p['_lang']}] '{payer}' is not a customer and names no invoice; only the amount links it to {inv['number']} ({c['name']}). Not enough to apply.")


def sc_ref_other_customer():
    a_c, cur = pick()
    b_c, _ = pick(cur=cur, pred=lambda x: x is not a_c)
    inv, = take(b_c, cur)
    amt = inv["balance"]
    day = R.choice(DAYS)
    lang = lang_of(a_c, cur)
    rem = compose(lang, a_c, {"pt": f"Pagamento {say_num(inv)}.", "es": f"Pago {say_num(inv)}.",
                              "en": f"Payment {say_num(inv)}."}[lang]) if R.random() < 0.5 else None
    ref = ref_with([inv], a_c, day, amt) if rem is None else bank_ref(a_c, cur, day)
    p = new_pay(a_c, cur, amt, reference=ref, remittance=rem, day=day, lang=lang, checks=[("fits_none", a_c, cur)])
    label(p, "review", cands=[[inv]], reason=f"{inv['number']} belongs to another customer",
          scenario="known customer names another customer's invoice",
          note=f"[REVIEW, {lang}] the bank identifies {a_c['name']}, but {inv['number']} (exact amount) belongs to {b_c['name']}; no on-behalf statement. Could be a wrong reference.")


def sc_remit_mismatch():
    c, cur = pick(need=2)
    k = min(3, len(open_inv(c, cur)))
    invs = take(c, cur, R.randint(2, k))
    s = sum(i["balance"] for i in invs)
    d = R.randint(max(101, s // 40), max(202, s // 7))
    if cur == "COP":
        d = d // 10_000 * 10_000 + 10_000
    amt = s - d
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    table = lines_table([(i, i["balance"]) for i in invs], cur, lang, True, style=R.choice(["dash", "tab"]))
    rem = compose(lang, c, {"pt": "Segue pagamento das notas:", "es": "Adjuntamos pago de las facturas:",
                            "en": "Payment for:"}[lang] + "\n" + table)
    p = new_pay(c, cur, amt, reference=bank_ref(c, cur, day), remittance=rem, day=day, lang=lang,
                checks=[("fits_none", c, cur)])
    label(p, "review", cands=[by_due(invs)], reason="remittance total differs from the payment, unexplained",
          scenario="remittance lists invoices whose total differs from the amount received",
          note=f"[REVIEW, {lang}] listed invoices total {m(s)} but {m(amt)} arrived; the {m(d)} gap is not explained, so which invoice is short is unknown.")


def sc_ref_vs_amount():
    c, cur = pick(need=2)
    x, y = take(c, cur, 2)
    amt = y["balance"]
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    ref = ref_with([x], c, day, x["balance"] if R.random() < 0.01 else amt)
    if ref.startswith("BOLETO"):
        ref = bank_ref(c, cur, day) + " " + say_num(x)
    p = new_pay(c, cur, amt, reference=ref, day=day, lang=lang, checks=[("amount_unique", c, cur, [y])])
    label(p, "review", cands=[[y], [x]], reason=f"reference names {x['number']} but amount equals {y['number']}",
          scenario="reference and amount point to different invoices",
          note=f"[REVIEW, {lang}] the reference names {x['number']} (balance {m(x['balance'])}), but the amount is exactly {y['number']}'s balance; conflicting evidence.")


NEAR = [("BR", "Agropecuária Bom Retiro", "Ltda.", "Agropecuária Bom Retiro do Sul", "Ltda."),
        ("BR", "Fazenda Santa Helena", "Ltda.", "Fazenda Santa Helena II", "EIRELI"),
        ("BR", "Cerealista Ouro Verde", "Ltda.", "Cerealista Ouro Verde Comércio", "Ltda."),
        ("MX", "Agroservicios El Sabino", "S.A. de C.V.", "Agroservicios El Sabino del Norte", "S.A. de C.V."),
        ("MX", "Productores Agrícolas San Isidro", "S.P.R. de R.L.", "Productores Agrícolas San Isidro Labrador", "S.P.R. de R.L."),
        ("CO", "Inversiones Agropecuarias La Palma", "S.A.S.", "Inversiones Agropecuarias La Palmera", "S.A.S.")]


def sc_near_names(spec):
    ctry, b1, s1, b2, s2 = spec
    cur = COUNTRY_CUR[ctry]
    c1, _ = pick(cur=cur, country=ctry, maxuse=1, pred=lambda x: x["used"] == 0 and not x["coop"])
    c2, _ = pick(cur=cur, country=ctry, maxuse=1, pred=lambda x: x["used"] == 0 and not x["coop"] and x is not c1)
    c1["name"], c2["name"] = f"{b1} {s1}", f"{b2} {s2}"
    a, = take(c1, cur)
    b, = take(c2, cur)
    b["total"] = b["balance"] = a["balance"]
    amt = a["balance"]
    common = fold(b1).upper()
    payer = common[: len(common) - R.randint(0, 3)].rstrip()
    day = R.choice(DAYS)
    lang = LANG[ctry]
    p = new_pay(None, cur, amt, payer=payer, known=False, reference=bank_ref(None, cur, day), day=day, lang=lang,
                checks=[("global_count", cur, amt, 2)])
    label(p, "review", cands=[[x] for x in by_due([a, b])], reason="payer name fits two customers, each with an invoice of this amount",
          scenario="cut payer name matches two similar customers",
          note=f"[REVIEW, {lang}] '{payer}' is the start of both '{c1['name']}' and '{c2['name']}'; each has an open invoice equal to the amount ({a['number']}, {b['number']}).")


# --------------------------------------------------------------------------
# stage 8: bad inputs
# --------------------------------------------------------------------------

BAD = [("amount", "-2450.00", "negative amount"), ("amount", "0.00", "zero amount"),
       ("amount", "R$ 3.280,00", "amount is not a decimal string"), ("amount", None, "amount is null"),
       ("amount", "NaN", "amount is not a number"), ("currency", "BRX", "unknown currency code"),
       ("currency", None, "currency is null"), ("date", "2026-02-30", "impossible date"),
       ("date", None, "date is null"), ("amount", "", "amount is empty"), ("amount", "MISSING", "amount field missing")]


def sc_bad(spec):
    field, val, why = spec
    c, cur = pick(cur="BRL" if "R$" in str(val) or val == "BRX" else None)
    inv, = take(c, cur)
    day = R.choice(DAYS)
    lang = lang_of(c, cur)
    p = new_pay(c, cur, inv["balance"], reference=ref_with([inv], c, day, inv["balance"]), day=day, lang=lang)
    p["_bad"] = (field, val)
    label(p, "error", reason=why, scenario=f"bad input: {why}",
          note=f"[ERROR, {lang}] {field} = {json.dumps(val) if val != 'MISSING' else '(key absent)'}: {why}. Must get its own error; nothing applied; {inv['number']} stays open for the rest of the file.")

# --------------------------------------------------------------------------
# stage 9: driver
# --------------------------------------------------------------------------

EARLY = [(sc_harvest, 12), (sc_all_open, 8)]
PLAN = [(sc_ref_single, 40), (sc_ref_multi, 25), (sc_amount_only, 22), (sc_known_shared_amount, 10),
        (sc_name_only, 20), (sc_coop, 8), (sc_order_decoy, 10), (sc_typo, 12), (sc_prior_partial, 10),
        (sc_part, 20), (lambda: sc_part(pair=True), 8), (sc_withholding, 18), (sc_bank_fee, 8),
        (sc_deduction, 10), (lambda: sc_deduction(discount=True), 4), (sc_multi_short, 8),
        (sc_overpay, 12), (sc_duplicate, 10), (sc_advance, 10), (sc_closed_ref, 8), (sc_multi_over, 5),
        (sc_cross_same_amount, 15), (sc_same_cust_same_amount, 12), (sc_two_subsets, 8), (sc_unknown_unique, 8),
        (sc_ref_other_customer, 8), (sc_remit_mismatch, 8), (sc_ref_vs_amount, 8)]

for spec in NEAR:
    sc_near_names(spec)
for f, n in EARLY:
    for _ in range(n):
        f()
calls = [f for f, n in PLAN for _ in range(n)] + [(lambda s=s: sc_bad(s)) for s in BAD]
R.shuffle(calls)
for f in calls:
    f()

# fill up to ~1,500 invoices with untouched noise invoices
while len(invoices) < 1500:
    add_invoice(R.choice([c for c in customers if not c.get("_closed")]))

# order payments (oldest first; same-day order random) and assign shuffled ids
for p in payments:
    p["_tie"] = R.random()
payments.sort(key=lambda p: (p["_day"], p["_tie"]))
for p in payments:
    if p["_after"] is not None:
        assert payments.index(p["_after"]) < payments.index(p)
pids = R.sample(range(1000, 9999), len(payments))
for p, n in zip(payments, pids):
    p["id"] = f"p-{n}"
iids = R.sample(range(10000, 99999), len(invoices))
for inv, n in zip(invoices, iids):
    inv["id"] = f"i-{n}"
cids = R.sample(range(100, 9999), len(customers))
for c, n in zip(customers, cids):
    c["id"] = f"c-{n}"

# --------------------------------------------------------------------------
# stage 10: validation by simulation (every label re-checked in payment order)
# --------------------------------------------------------------------------

def subset_sums(vals):
    """dict sum -> number of non-empty subsets (vals: list of cents)"""
    cnt = {0: 1}
    for v in vals:
        nxt = dict(cnt)
        for s, n in cnt.items():
            nxt[s + v] = nxt.get(s + v, 0) + n
        cnt = nxt
    cnt[0] -= 1
    return cnt


def validate():
    bal = {id(i): i["balance"] for i in invoices}
    problems = []
    num_digits = {}
    for i in invoices:
        num_digits.setdefault(i["cur"], set()).add(int(digits(i)))
    all_digits = set().union(*num_digits.values())
    for p in payments:
        L = p["_label"]
        amt = p["amount"]
        cur = p["currency"]

        def opn(c, cu):
            return [i for i in c["invoices"] if i["cur"] == cu and bal[id(i)] > 0]
        for chk in p["_checks"]:
            k = chk[0]
            ok = True
            if k == "amount_unique":
                _, c, cu, invs = chk
                o = opn(c, cu)
                ss = subset_sums([bal[id(i)] for i in o])
                ok = ss.get(amt, 0) == 1 and sum(bal[id(i)] for i in invs) == amt
            elif k == "all_open":
                _, c, cu = chk
                ok = sum(bal[id(i)] for i in opn(c, cu)) == amt
            elif k == "amount_count":
                _, c, cu, n = chk
                ok = subset_sums([bal[id(i)] for i in opn(c, cu)]).get(amt, 0) == n
            elif k == "fits_none":
                _, c, cu = chk
                ok = subset_sums([bal[id(i)] for i in opn(c, cu)]).get(amt, 0) == 0
            elif k == "global_count":
                _, cu, a, n = chk
                ok = sum(1 for i in invoices if i["cur"] == cu and bal[id(i)] == a) == n
            elif k == "name_unique":
                _, c, payer = chk
                ok = name_matches(payer) == [c]
            elif k == "decoy":
                _, dec, a = chk
                ok = bal[id(dec)] != a
            elif k == "not_number":
                _, cu, prefix, t = chk
                ok = int(t) not in num_digits[cu]
            elif k == "not_number_any":
                _, cu, t = chk
                ok = int(t) not in all_digits
            elif k == "no_other_fit_remainder":
                _, c, cu, inv = chk
                others = [bal[id(i)] for i in opn(c, cu)]
                ok = subset_sums(others).get(amt, 0) == 0 and \
                    subset_sums([b for i, b in ((i, bal[id(i)]) for i in opn(c, cu)) if i is not inv]).get(amt - L["apps"][0][1] if len(L["apps"]) == 1 else -1, 0) == 0
            if not ok:
                problems.append((p["_label"]["scenario"], k, p["id"]))
        if L["status"] == "error":
            continue
        tot = 0
        for inv, a in L["apps"]:
            assert inv["cur"] == cur and a > 0, (p["id"], "cur/amount")
            if a > bal[id(inv)]:
                problems.append((L["scenario"], "over-balance", p["id"]))
            bal[id(inv)] -= a
            tot += a
        assert tot + L["unapplied"] == amt, (p["id"], "sum")
        st = L["status"]
        if st == "applied":
            assert L["unapplied"] == 0 and L["short"] is None and L["apps"]
        if st == "partial":
            assert L["unapplied"] == 0
            left = [i for i, _ in L["apps"] if bal[id(i)] > 0]
            assert left, p["id"]
            if L["short"]:
                assert bal[id(L["short"]["invoice_id"])] == L["short"]["amount"], (p["id"], "short")
        if st == "unapplied":
            assert L["unapplied"] > 0 and L["short"] is None
        if st == "review":
            assert not L["apps"] and L["unapplied"] == amt and L["cands"]
            for cs in L["cands"]:
                for i in cs:
                    if i["cur"] != cur or bal[id(i)] <= 0:
                        problems.append((L["scenario"], "closed candidate", p["id"]))
    return problems


PROBLEMS = validate()
for pr in PROBLEMS:
    print("PROBLEM", pr)

# --------------------------------------------------------------------------
# stage 11: write the ledger
# --------------------------------------------------------------------------

def inv_json(i):
    c = i["customer"]
    return {"id": i["id"], "number": i["number"], "customer_id": c["id"], "customer_name": c["name"],
            "currency": i["cur"], "total": m(i["total"]), "balance": m(i["balance"]),
            "issue_date": i["issue"].isoformat(), "due_date": i["due"].isoformat()}


def pay_json(p):
    d = {"id": p["id"], "date": p["date"], "amount": m(p["amount"]), "currency": p["currency"],
         "payer_name": p["payer_name"], "customer_id": p["customer"]["id"] if p["customer"] else None,
         "reference": p["reference"], "remittance": p["remittance"]}
    if "_bad" in p:
        f, v = p["_bad"]
        if v == "MISSING":
            del d[f]
        else:
            d[f] = v
    return d


def lab_json(p):
    L = p["_label"]
    d = {"payment_id": p["id"], "status": L["status"],
         "applications": [{"invoice_id": i["id"], "amount": m(a)} for i, a in L["apps"]],
         "unapplied": m(L["unapplied"]) if L["status"] != "error" else None,
         "short_pay": ({"invoice_id": L["short"]["invoice_id"]["id"], "amount": m(L["short"]["amount"]),
                        "reason": L["short"]["reason"]} if L["short"] else None),
         "candidates": [[i["id"] for i in s] for s in L["cands"]],
         "reason": L["reason"]}
    if L["status"] == "error":
        d["error"] = L["reason"]
    d["scenario"] = L["scenario"]
    d["note"] = L["note"]
    return d


def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if PROBLEMS:
    raise SystemExit(f"{len(PROBLEMS)} label problems; not writing")
os.makedirs(OUT, exist_ok=True)
dump("invoices.json", [inv_json(i) for i in sorted(invoices, key=lambda i: (i["issue"], i["cur"], i["number"]))])
dump("payments.json", [pay_json(p) for p in payments])
dump("labels.json", [lab_json(p) for p in payments])
print(f"wrote {len(invoices)} invoices, {len(payments)} payments, {len(customers)} customers")
