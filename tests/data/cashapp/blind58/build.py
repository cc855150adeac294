#!/usr/bin/env python3
"""Blind cash-application test set: LatAm pharma / medical-supplies distributor.
Deterministic, stdlib only.  Writes ledger_latam_pharma/{invoices,payments,labels}.json + README.md
"""
import json, os, random, unicodedata, itertools
from decimal import Decimal as D
from datetime import date, timedelta

SEED = 193
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_latam_pharma")
Z = D("0.00")

def q2(x):
    return D(x).quantize(D("0.01"))

def s2(x):
    return str(q2(x))

# ---------------------------------------------------------------- countries
CTRY = {
    "MX": dict(cur="MXN", lang="es", lo=2500, hi=650000, whole=False, limit=30, start=10001),
    "BR": dict(cur="BRL", lang="pt", lo=900, hi=240000, whole=False, limit=35, start=45001),
    "CO": dict(cur="COP", lang="es", lo=600000, hi=160000000, whole=True, limit=22, start=30001),
    "CL": dict(cur="CLP", lang="es", lo=180000, hi=42000000, whole=True, limit=25, start=60001),
    "PE": dict(cur="PEN", lang="es", lo=600, hi=140000, whole=False, limit=20, start=12001),
}

def inv_number(cc, n):
    return {"MX": f"FMX-{n}", "BR": f"NF-{n}", "CO": f"FEDC-{n}", "CL": f"FCL-{n}",
            "PE": f"F001-{n:08d}"}[cc]

WORDS = {
    "MX": ["San Cayetano", "La Esperanza del Bajío", "Valle de Tlacolula", "Santa Brígida", "Herrán",
           "Ocampo Salud", "Los Fresnos", "Chapultepec Norte", "Jacarandas", "Sierra Gorda", "El Roble Azul",
           "Mixteca", "Puerta del Sol", "Tres Ríos", "Altamira Médica", "Huasteca", "Bugambilias",
           "San Lázaro de Oaxaca", "Cumbres", "Del Pacífico Sur", "La Pastora", "Zacatenco", "Nopalera",
           "Loma Dorada", "Santa Anita", "Cerro Verde"],
    "BR": ["São Bento", "Vila Aurora", "Boa Saúde", "Ipê Amarelo", "Santa Clara do Sul", "Rio Claro",
           "Pinheirinho", "Nova Esperança", "Serra Azul", "Jatobá", "Bom Pastor", "Vale do Itajubá",
           "Cambuí", "Três Marias", "Paraíso Verde", "Santo Amaro da Serra", "Primavera", "Canaã",
           "Jardim das Acácias", "Morro Alto", "Lagoa Funda", "Aroeira", "Bela Vista do Norte"],
    "CO": ["San Rafael", "La Candelaria", "Santa Fe de Antioquia", "El Poblado", "Los Almendros",
           "Guayacanes", "Chicamocha", "La Sabana", "Vida Plena", "Cafetera", "Llanos Orientales",
           "Santa Helena", "El Retiro", "Buen Pastor", "Girardota", "Los Ceibos", "Occidente Salud",
           "Quindío Verde", "La Ermita", "Monserrate", "Caribe Sano"],
    "CL": ["Los Aromos", "Cordillera", "Valle del Elqui", "Araucanía Sur", "Las Araucarias", "Puerto Claro",
           "Los Boldos", "Atacama Norte", "Maipo", "Bío Bío", "Chiloé", "Lago Ranco", "Los Canelos",
           "San Bernardo Centro", "Quillota", "Alerce", "Pudahuel Sur", "Copihue"],
    "PE": ["Santa Rosa de Lima", "Miraflores Salud", "El Misti", "Chachani", "Los Olivos", "Huancayo Centro",
           "Inti Raymi", "Señor de Sipán", "Virgen de Chapi", "San Martín de Porres", "Cajamarca Norte",
           "Pachacámac", "La Molina Sana", "Amazonas", "Sol de Piura", "Nazca", "Rímac"],
}
TYPES = {
    "MX": [("Farmacias {w}", "S.A. de C.V."), ("Hospital {w}", "S.A. de C.V."), ("Clínica {w}", "S. de R.L. de C.V."),
           ("Distribuidora Médica {w}", "S.A.P.I. de C.V."), ("Servicios de Salud {w}", "")],
    "BR": [("Drogaria {w}", "Ltda."), ("Hospital {w}", "S.A."), ("Clínica {w}", "Ltda."),
           ("Farmácia {w}", "Eireli"), ("Fundo Municipal de Saúde {w}", "")],
    "CO": [("Droguería {w}", "S.A.S."), ("Clínica {w}", "S.A."), ("IPS {w}", "S.A.S."),
           ("E.S.E. Hospital {w}", ""), ("Cooperativa de Salud {w}", "")],
    "CL": [("Farmacia {w}", "SpA"), ("Clínica {w}", "S.A."), ("Centro Médico {w}", "Ltda."),
           ("Servicio de Salud {w}", ""), ("Laboratorio Clínico {w}", "SpA")],
    "PE": [("Botica {w}", "S.A.C."), ("Clínica {w}", "S.A.C."), ("Farmacia {w}", "E.I.R.L."),
           ("Hospital Regional {w}", ""), ("Policlínico {w}", "S.A.C.")],
}
# pairs of customers whose bank-truncated names are identical (same country)
TWIN_NAMES = [
    ("MX", "Distribuidora Farmacéutica Hidalguense del Norte", "Distribuidora Farmacéutica Hidalguense del Sur", "S.A. de C.V."),
    ("MX", "Farmacias Populares de la Comarca Lagunera Torreón", "Farmacias Populares de la Comarca Lagunera Gómez Palacio", "S.A. de C.V."),
    ("CO", "Droguería Sanitas del Magdalena Medio", "Droguería Sanitas del Magdalena Centro", "S.A.S."),
    ("PE", "Botica Farmavida Arequipa", "Botica Farmavida Arequipa Cercado", "S.A.C."),
    ("BR", "Drogaria Popular Bom Jesus dos Perdões Centro", "Drogaria Popular Bom Jesus dos Perdões Vila Nova", "Ltda."),
]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bank_name(name, cc, rng=R):
    """Upper case, no accents, no dots, cut to the bank's field length (suffix often cut)."""
    s = strip_acc(name).upper().replace(".", "").replace(",", "")
    s = " ".join(s.split())
    return s[:CTRY[cc]["limit"]].rstrip()


# ---------------------------------------------------------------- money formats
def grp(x, th, dec, nd=2):
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return ("-" if x < 0 else "") + s


def fmt_local(a, cur):
    a = q2(a)
    if cur == "MXN":
        return "$" + grp(a, ",", ".")
    if cur == "PEN":
        return "S/ " + grp(a, ",", ".")
    if cur == "USD":
        return "USD " + grp(a, ",", ".")
    if cur == "BRL":
        return "R$ " + grp(a, ".", ",")
    if cur in ("COP", "CLP"):
        return "$ " + grp(a, ".", ",", 0) if a == a.to_integral() else "$ " + grp(a, ".", ",")
    raise ValueError(cur)


def amt_str(a, cur):
    """payment amount as the bank file gives it: decimal string; CLP/COP often without decimals."""
    a = q2(a)
    if cur in ("CLP", "COP") and a == a.to_integral() and R.random() < 0.6:
        return str(int(a))
    return str(a)


# ---------------------------------------------------------------- customers & invoices
customers = []   # dict id,name,cc,cur,gov,usd
invoices = []    # contract fields
INV = {}         # id -> invoice
NUM = {}         # number -> invoice
bal = {}         # id -> Decimal (running balance while payments are simulated)
seq = {cc: CTRY[cc]["start"] for cc in CTRY}
inv_seq = [0]


def rand_amount(cc, cur=None):
    c = CTRY[cc]
    if cur == "USD":
        v = R.uniform(1200, 95000)
        return q2(round(v, 2))
    # log-uniform-ish
    lo, hi = c["lo"], c["hi"]
    v = lo * (hi / lo) ** (R.random() ** 1.4)
    if c["whole"]:
        v = int(v)
        if cc == "CO" and R.random() < 0.5:
            v = v // 100 * 100
        return q2(v)
    return q2(round(v, 2))


def new_invoice(cust, cur, total, issue, number=None, balance=None):
    cc = cust["cc"]
    if number is None:
        number = inv_number(cc, seq[cc]); seq[cc] += R.choice([1, 1, 1, 2, 3, 5, 7])
    inv_seq[0] += 1
    terms = 90 if cust["gov"] else R.choice([30, 30, 45, 60])
    inv = {"id": f"inv-{inv_seq[0]:05d}", "number": number, "customer_id": cust["id"],
           "customer_name": cust["name"], "currency": cur, "total": s2(total),
           "balance": s2(total if balance is None else balance),
           "issue_date": issue.isoformat(), "due_date": (issue + timedelta(days=terms)).isoformat()}
    invoices.append(inv); INV[inv["id"]] = inv; NUM[number] = inv
    return inv


def rand_issue():
    return date(2025, 9, 15) + timedelta(days=R.randrange(0, 175))


def build_customers():
    n = 0
    used = set()
    for cc in CTRY:
        for k in range(30):
            while True:
                pat, suf = R.choice(TYPES[cc])
                w = R.choice(WORDS[cc])
                base = pat.format(w=w)
                if base not in used:
                    break
            used.add(base)
            gov = suf == ""
            name = base + (", " + suf if suf and R.random() < 0.5 else (" " + suf if suf else ""))
            n += 1
            customers.append(dict(id=f"C{cc}{n:04d}", name=name, cc=cc, cur=CTRY[cc]["cur"], gov=gov,
                                  usd=(not gov and R.random() < 0.12), twin=None))
    for i, (cc, a, b, suf) in enumerate(TWIN_NAMES):
        pair = []
        for nm in (a, b):
            n += 1
            c = dict(id=f"C{cc}{n:04d}", name=f"{nm} {suf}", cc=cc, cur=CTRY[cc]["cur"], gov=False, usd=False,
                     twin=i)
            customers.append(c); pair.append(c)
        assert bank_name(pair[0]["name"], cc) == bank_name(pair[1]["name"], cc), (pair, bank_name(pair[0]["name"], cc))


def build_invoices():
    # interleave: several rounds over customers so numbers of one customer are scattered
    for rnd in range(11):
        order = customers[:]
        R.shuffle(order)
        for c in order:
            if R.random() < 0.82:
                new_invoice(c, c["cur"], rand_amount(c["cc"]), rand_issue())
            if c["usd"] and R.random() < 0.45:
                new_invoice(c, "USD", rand_amount(c["cc"], "USD"), rand_issue())
            # monthly supply contracts: identical totals
            if c["gov"] and rnd in (3, 7) and R.random() < 0.5:
                t = rand_amount(c["cc"])
                d0 = rand_issue()
                for k in range(R.choice([2, 2, 3])):
                    new_invoice(c, c["cur"], t, d0 + timedelta(days=30 * k))
            # consecutive blocks (one delivery split in several invoices)
            if rnd == 5 and R.random() < 0.25:
                d0 = rand_issue()
                for k in range(R.randint(3, 5)):
                    cc = c["cc"]
                    num = inv_number(cc, seq[cc]); seq[cc] += 1
                    new_invoice(c, c["cur"], rand_amount(cc), d0, number=num).update(block=1)
            # twin-name pairs: one invoice each with an identical total
        if rnd == 2:
            for i in range(len(TWIN_NAMES)):
                a, b = [c for c in customers if c["twin"] == i]
                t = rand_amount(a["cc"])
                for c in (a, b):
                    new_invoice(c, c["cur"], t, rand_issue())
    # some invoices already part-paid before this batch
    for inv in invoices:
        if R.random() < 0.09 and "block" not in inv:
            t = D(inv["total"])
            paid = q2(t * D(R.choice(["0.25", "0.3", "0.4", "0.5", "0.6"])))
            if CTRY[cust_of(inv)["cc"]]["whole"]:
                paid = q2(int(paid))
            inv["balance"] = s2(t - paid)
    for inv in invoices:
        bal[inv["id"]] = D(inv["balance"])


CUST = {}


def cust_of(inv):
    return CUST[inv["customer_id"]]


# ---------------------------------------------------------------- text helpers
def numpart(inv):
    n = inv["number"].split("-", 1)[1]
    return str(int(n))


def var(inv, style=None):
    """invoice number as a payer writes it."""
    num = inv["number"]; n = numpart(inv)
    cc = cust_of(inv)["cc"]
    forms = {
        "MX": [num, f"FMX{n}", f"FACT {n}", f"FOLIO {n}", f"FMX {n}", f"Fact. FMX-{n}"],
        "BR": [num, f"NF {n}", f"NFe {n}", f"NF-e {int(n):09d}", f"NF{n}", f"nota {n}"],
        "CO": [num, f"FEDC{n}", f"FE {n}", f"FACT FEDC {n}", f"fra. FEDC-{n}", f"FEDC {n}"],
        "CL": [num, f"FACT {n}", f"F{n}", f"FOLIO {n}", f"DTE {n}", f"FCL{n}"],
        "PE": [num, f"F001-{n}", f"F1-{n}", f"F001{int(n):08d}", f"F001 {n}", f"FT F001-{n}"],
    }[cc]
    if style == "exact":
        return num
    if style == "variant":
        return R.choice(forms[1:])
    return R.choice(forms)


def ascii_up(s):
    return " ".join(strip_acc(s).upper().split())


def rnd_alnum(n):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def bank_ref(cc, cur, pd, info):
    """reference field as the bank statement carries it."""
    info = ascii_up(info) if info else ""
    if cur == "USD":
        return R.choice([f"INCOMING WIRE FED REF {R.randint(10**9, 10**10-1)} OBI {info}",
                         f"SWIFT MT103 {rnd_alnum(16)} /RFB/{info}",
                         f"TRANSF INTERNACIONAL USD {rnd_alnum(10)} {info}"]).strip()
    if cc == "MX":
        rastreo = f"{R.choice(['BKCX', 'BMTZ', 'BPAL', 'BORO', 'MBAN'])}{R.randint(1, 99):02d}{pd:%y%m%d}{R.randint(0, 10**10-1):010d}"
        return f"SPEI CR {rastreo} REF {R.randint(1, 9999999):07d} {info[:40]}".strip()
    if cc == "BR":
        k = R.random()
        if k < 0.5:
            return f"PIX RECEBIDO E{R.randint(10**7, 10**8-1)}{pd:%Y%m%d}{R.randint(8, 18):02d}{R.randint(0, 59):02d}{rnd_alnum(11).lower()} {info}".strip()
        if k < 0.75:
            return f"TED RECEBIDA {R.randint(1, 999):03d} AG {R.randint(1, 9999):04d} {info}".strip()
        return f"LIQ BOLETO NOSSO NUM {R.randint(10**11, 10**12-1)} {info}".strip()
    if cc == "CO":
        return R.choice([f"ABONO ACH NIT {R.randint(800000000, 901999999)} {info}",
                         f"PAGO PSE CUS {R.randint(10**8, 10**9-1)} {info}",
                         f"TRANSF ACH {info}"]).strip()
    if cc == "CL":
        return f"TEF RECIBIDA RUT {R.randint(60, 99)}.{R.randint(100, 999)}.{R.randint(100, 999)}-{R.choice('0123456789K')} {info}".strip()
    if cc == "PE":
        return R.choice([f"TRANSF INTERBANC CCI {R.randint(1, 999):03d}-XXXX-{R.randint(1000, 9999)} {info}",
                         f"ABONO CTA CTE OP {R.randint(10**6, 10**7-1)} {info}",
                         f"DEP EN CTA {info}"]).strip()


SELLER = "Distribuidora Farmacéutica Continental"


def fmt_date(d, lang):
    return d.strftime("%d/%m/%Y") if lang != "en" else d.strftime("%Y-%m-%d")


# ---------------------------------------------------------------- simulation state
payments, labels = [], []
used = set()           # invoices already given a role by a scenario
paid_pool = []         # (inv, amount paid, cid) invoices fully paid by an earlier payment
partial_pool = []      # invoices left open on purpose by an earlier partial payment
BYC = {}               # (cid, cur) -> [inv]


def index():
    for inv in invoices:
        BYC.setdefault((inv["customer_id"], inv["currency"]), []).append(inv)


def open_of(cid, cur, pd, fresh=True):
    return [i for i in BYC.get((cid, cur), []) if bal[i["id"]] > 0 and i["issue_date"] <= pd.isoformat()
            and (not fresh or i["id"] not in used)]


def all_open(cid, cur):
    return [i for i in BYC.get((cid, cur), []) if bal[i["id"]] > 0]


def bal_count(cid, cur, amt):
    return sum(1 for i in all_open(cid, cur) if bal[i["id"]] == amt)


def fits_any(cid, cur, amt, k=2):
    """amount equals one open balance or a sum of up to k open balances of the customer"""
    bs = [bal[i["id"]] for i in all_open(cid, cur)]
    for r in range(1, k + 1):
        for comb in itertools.combinations(bs, r):
            if sum(comb) == amt:
                return True
    return False


def any_customer_has(cur, amt):
    return any(bal[i["id"]] == amt for i in invoices if i["currency"] == cur)


def lang_for(c, cur):
    if cur == "USD":
        return "en"
    if R.random() < 0.1:
        return "en"
    return CTRY[c["cc"]]["lang"]


PAYN = [0]


def emit(sc, lang, pd, cur, amount, payer, cid, ref, rem, status, apps, unapplied, short=None, cands=None,
         reason="", note="", amount_raw=None, cur_raw="__same__", date_raw="__same__"):
    PAYN[0] += 1
    pid = f"pay-{PAYN[0]:04d}"
    payments.append({"id": pid, "date": pd.isoformat() if date_raw == "__same__" else date_raw,
                     "amount": amount_raw if amount_raw is not None else amt_str(amount, cur),
                     "currency": cur if cur_raw == "__same__" else cur_raw,
                     "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem})
    for inv, a in apps:
        assert a > 0 and bal[inv["id"]] >= a and inv["currency"] == cur, (sc, inv, a)
        bal[inv["id"]] -= a
        used.add(inv["id"])
    if status != "review" and amount is not None:
        assert sum((a for _, a in apps), Z) + unapplied == amount, (sc, amount, apps, unapplied)
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": inv["id"], "amount": s2(a)} for inv, a in apps],
                   "unapplied": s2(unapplied),
                   "short_pay": short, "candidates": cands or [], "reason": reason,
                   "scenario": sc, "note": f"[{sc}, {lang}] {note}".strip()})
    return pid


def payer_of(c, known=True):
    return bank_name(c["name"], c["cc"])
# ---------------------------------------------------------------- remittance texts
def rem_table(lang, cur, rows, pd, total, extra=()):
    """rows: [(label text, amount)]"""
    if lang == "es":
        head = R.choice(["AVISO DE PAGO", "Comprobante de pago a proveedores", "NOTIFICACIÓN DE PAGO - Cuentas por Pagar"])
        out = [head, f"Beneficiario: {SELLER}", f"Fecha de pago: {fmt_date(pd, lang)}", ""]
        if cur == "MXN" and R.random() < 0.6:
            out.insert(3, f"Folio fiscal (UUID) CFDI de pago: {cfdi_uuid()}")
        out += [f"{'' if t.upper().startswith(('FACT', 'FRA', 'FT', 'FOLIO', 'DTE')) else 'Factura '}{t}    {fmt_local(a, cur)}" for t, a in rows]
        out += list(extra)
        out.append(f"Total pagado: {fmt_local(total, cur)}")
    elif lang == "pt":
        head = R.choice(["AVISO DE PAGAMENTO", "Comunicado de pagamento - Contas a Pagar", "Demonstrativo de pagamento"])
        out = [head, f"Favorecido: {SELLER} Ltda.", f"Data do crédito: {fmt_date(pd, lang)}", ""]
        out += [f"{t}    {fmt_local(a, cur)}" for t, a in rows]
        out += list(extra)
        out.append(f"Valor total pago: {fmt_local(total, cur)}")
    else:
        head = R.choice(["REMITTANCE ADVICE", "Payment advice - Accounts Payable Shared Services", "Vendor payment notification"])
        out = [head, f"Payee: {SELLER}", f"Value date: {fmt_date(pd, lang)}", ""]
        out += [f"Invoice {t}    {fmt_local(a, cur)}" for t, a in rows]
        out += list(extra)
        out.append(f"Total paid: {fmt_local(total, cur)}")
    return "\n".join(out)


def cfdi_uuid():
    import re
    while True:
        h = "".join(R.choice("0123456789ABCDEF") for _ in range(32))
        if not re.search(r"\d{4}", h):
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rem_line(lang, txt_es, txt_pt, txt_en):
    return {"es": txt_es, "pt": txt_pt, "en": txt_en}[lang]


GENERIC_REF = {"es": ["PAGO PROVEEDORES", "PAGO A PROVEEDOR", "PAGO", "TRANSFERENCIA", "PAGO FACTURAS"],
               "pt": ["PAGAMENTO FORNECEDOR", "PAGTO FORNEC", "PAGAMENTO", "CREDITO"],
               "en": ["SUPPLIER PAYMENT", "VENDOR PMT", "PAYMENT", "AP RUN"]}


def pick_cust(pred=lambda c: True, cur_local=True):
    cs = [c for c in customers if pred(c)]
    R.shuffle(cs)
    return cs


# ---------------------------------------------------------------- scenarios
def sc_exact(pd, sc="exact", known=True, style="exact"):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        if not op:
            continue
        inv = R.choice(op); a = bal[inv["id"]]
        lang = lang_for(c, cur)
        t = var(inv, style)
        k = R.random()
        if k < 0.45:
            ref = bank_ref(c["cc"], cur, pd, rem_line(lang, f"PAGO {t}", f"PAGTO {t}", f"PMT {t}")); rem = None
        elif k < 0.75:
            ref = bank_ref(c["cc"], cur, pd, t)
            po = f"{R.choice(['45', '47'])}{R.randint(10**7, 10**8 - 1)}"
            rem = R.choice([rem_line(lang, f"Pago de la factura {t}. Saludos.", f"Segue pagamento referente à {t}.",
                                     f"Payment of invoice {t}."),
                            rem_line(lang, f"OC {po} / factura {t}", f"Pedido {po} - {t}", f"PO {po} / invoice {t}")])
        else:
            ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
            rem = rem_table(lang, cur, [(t, a)], pd, a)
        pid = emit(sc, lang, pd, cur, a, payer_of(c), c["id"] if known else None, ref, rem, "applied", [(inv, a)], Z,
                   reason=f"reference {inv['number']} and exact balance",
                   note=f"{'payer id given' if known else 'no customer id; bank-cut payer name'}; ref written '{t}'")
        paid_pool.append((inv, a, c))
        return True
    return False


def sc_exact_nocid(pd):
    return sc_exact(pd, "exact_no_customer_id", known=False, style=None)


def sc_ref_variant(pd):
    return sc_exact(pd, "reference_variant", known=R.random() < 0.6, style="variant")


def typo_of(n):
    s = list(n)
    for _ in range(50):
        t = s[:]
        if R.random() < 0.5 and len(t) > 1:
            j = R.randrange(len(t) - 1)
            if t[j] == t[j + 1]:
                continue
            t[j], t[j + 1] = t[j + 1], t[j]
        else:
            j = R.randrange(1, len(t))
            t[j] = R.choice([d for d in "0123456789" if d != t[j]])
        return "".join(t)
    return None


def sc_typo(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = [i for i in open_of(c["id"], cur, pd) if bal_count(c["id"], cur, bal[i["id"]]) == 1]
        if not op:
            continue
        inv = R.choice(op); a = bal[inv["id"]]
        n = numpart(inv); tn = typo_of(n)
        bad = inv["number"].replace(n, tn) if c["cc"] != "PE" else f"F001-{int(tn):08d}"
        if bad in NUM or not tn or int(tn) < 1000:
            continue
        t = {"MX": f"FMX{tn}", "BR": f"NF {tn}", "CO": f"FEDC {tn}", "CL": f"FACT {tn}", "PE": f"F001-{tn}"}[c["cc"]]
        lang = lang_for(c, cur)
        ref = bank_ref(c["cc"], cur, pd, rem_line(lang, f"PAGO {t}", f"PAGTO {t}", f"INV {t}"))
        emit("typo_reference", lang, pd, cur, a, payer_of(c), c["id"], ref, None, "applied", [(inv, a)], Z,
             reason=f"reference {t} is a typo of {inv['number']}; exact and unique balance for this customer",
             note=f"'{t}' does not exist; one digit off {inv['number']}; amount equals only that invoice's balance")
        paid_pool.append((inv, a, c))
        return True
    return False


def sc_amount_only(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = [i for i in open_of(c["id"], cur, pd) if bal_count(c["id"], cur, bal[i["id"]]) == 1]
        if not op:
            continue
        inv = R.choice(op); a = bal[inv["id"]]
        lang = lang_for(c, cur)
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang])) if R.random() < 0.7 else None
        emit("amount_only", lang, pd, cur, a, payer_of(c), c["id"], ref, None, "applied", [(inv, a)], Z,
             reason=f"known customer; amount equals the balance of {inv['number']} only",
             note="no invoice reference; customer id given; one open invoice with this exact balance")
        paid_pool.append((inv, a, c))
        return True
    return False


def sc_list(pd, cur_filter=None, sc="invoice_list"):
    for c in pick_cust(lambda c: c["twin"] is None and (cur_filter is None or c["usd"])):
        cur = cur_filter or c["cur"]
        op = open_of(c["id"], cur, pd)
        if len(op) < 2:
            continue
        k = R.randint(2, min(5, len(op)))
        invs = sorted(R.sample(op, k), key=lambda i: i["number"])
        tot = sum(bal[i["id"]] for i in invs)
        lang = lang_for(c, cur)
        texts = [var(i) for i in invs]
        if R.random() < 0.5:
            rem = rem_table(lang, cur, list(zip(texts, [bal[i["id"]] for i in invs])), pd, tot)
            ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
        else:
            joined = ", ".join(texts[:-1]) + rem_line(lang, " y ", " e ", " and ") + texts[-1]
            rem = rem_line(lang, f"Pagamos las facturas {joined}.", f"Pagamento das notas {joined}.",
                           f"Paying invoices {joined}.")
            ref = bank_ref(c["cc"], cur, pd, "/".join(numpart(i) for i in invs)[:30])
        emit(sc, lang, pd, cur, tot, payer_of(c), c["id"] if R.random() < 0.8 else None, ref, rem, "applied",
             [(i, bal[i["id"]]) for i in invs], Z,
             reason="remittance lists " + ", ".join(i["number"] for i in invs) + "; sum equals payment",
             note=f"{k} invoices listed in the payer's own spelling")
        for i in invs:
            paid_pool.append((i, None, c))
        return True
    return False


def sc_usd(pd):
    if R.random() < 0.6:
        for c in pick_cust(lambda c: c["usd"]):
            op = open_of(c["id"], "USD", pd)
            if not op:
                continue
            inv = R.choice(op); a = bal[inv["id"]]
            t = var(inv)
            ref = bank_ref(c["cc"], "USD", pd, f"INV {t}")
            rem = rem_table("en", "USD", [(t, a)], pd, a) if R.random() < 0.5 else None
            emit("usd_invoice", "en", pd, "USD", a, payer_of(c), c["id"], ref, rem, "applied", [(inv, a)], Z,
                 reason=f"USD payment; reference {inv['number']} (USD invoice) and exact balance",
                 note="customer also has local-currency invoices; only the USD one can take this")
            return True
        return False
    return sc_list(pd, "USD", "usd_invoice_list")
def subsets_summing(cid, cur, amt, kmax=3):
    op = sorted(all_open(cid, cur), key=lambda i: (i["due_date"], i["id"]))
    out = []
    for r in range(1, kmax + 1):
        for comb in itertools.combinations(op, r):
            if sum((bal[i["id"]] for i in comb), Z) == amt:
                out.append(list(comb))
    return out


def nice_round(x, cur):
    step = {"COP": D(100000), "CLP": D(10000)}.get(cur, D(100))
    return q2((x / step).to_integral_value() * step)


def sc_range(pd):
    groups = {}
    for inv in invoices:
        if inv.get("block"):
            groups.setdefault(inv["customer_id"] + inv["issue_date"], []).append(inv)
    keys = sorted(groups)
    R.shuffle(keys)
    for k in keys:
        g = sorted(groups[k], key=lambda i: int(numpart(i)))
        if any(i["id"] in used or bal[i["id"]] <= 0 or i["issue_date"] > pd.isoformat() for i in g):
            continue
        c = cust_of(g[0]); cur = c["cur"]
        if c["twin"] is not None:
            continue
        tot = sum(bal[i["id"]] for i in g)
        lang = lang_for(c, cur)
        a, b = g[0]["number"], g[-1]["number"]
        nb = numpart(g[-1])
        txt = R.choice([
            rem_line(lang, f"Pago facturas {a} a {b}", f"Pagamento NFs {numpart(g[0])} a {nb}", f"Invoices {a} through {b}"),
            rem_line(lang, f"Liquidamos del folio {numpart(g[0])} al {nb} ({len(g)} facturas, misma remisión)",
                     f"Quitação das notas {a} até {nb} (mesmo pedido)", f"Payment for invoices {a}-{nb}"),
        ])
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
        emit("invoice_range", lang, pd, cur, tot, payer_of(c), c["id"], ref, txt, "applied",
             [(i, bal[i["id"]]) for i in g], Z,
             reason=f"range {a}..{b} = {len(g)} open invoices of this customer; sum equals payment",
             note="range written with first and last number only; every number in between is this customer's")
        for i in g:
            paid_pool.append((i, None, c))
        return True
    return False


def sc_statement(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = all_open(c["id"], cur)
        if not (2 <= len(op) <= 6) or any(i["id"] in used or i["issue_date"] > pd.isoformat() for i in op):
            continue
        tot = sum(bal[i["id"]] for i in op)
        lang = lang_for(c, cur)
        rem = R.choice([
            rem_line(lang, f"Pago total del saldo según estado de cuenta al {fmt_date(pd - timedelta(days=R.randint(3, 9)), lang)}",
                     f"Quitação total do saldo em aberto conforme extrato de {fmt_date(pd - timedelta(days=R.randint(3, 9)), lang)}",
                     f"Full settlement of open balance per statement dated {fmt_date(pd - timedelta(days=R.randint(3, 9)), lang)}"),
            rem_line(lang, "Liquidación de todas las facturas pendientes", "Pagamento de todos os títulos em aberto",
                     "Clearing all open items on our account"),
            None])
        ref = bank_ref(c["cc"], cur, pd, rem_line(lang, "PAGO SALDO TOTAL", "PAGTO SALDO", "ACCOUNT BALANCE"))
        emit("statement_lump_sum", lang, pd, cur, tot, payer_of(c), c["id"], ref, rem, "applied",
             [(i, bal[i["id"]]) for i in op], Z,
             reason=f"lump sum equals the customer's whole open {cur} balance ({len(op)} invoices)",
             note="no invoice numbers; amount = sum of every open invoice of the customer in this currency")
        for i in op:
            paid_pool.append((i, None, c))
        return True
    return False


def sc_partial(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = [i for i in open_of(c["id"], cur, pd) if bal[i["id"]] > D(CTRY[c["cc"]]["lo"]) * 3]
        if not op:
            continue
        inv = R.choice(op); b = bal[inv["id"]]
        a = nice_round(b * D(R.choice(["0.25", "0.3", "0.4", "0.5", "0.5", "0.6"])), cur)
        if not (Z < a < b) or fits_any(c["id"], cur, a, 2):
            continue
        lang = lang_for(c, cur)
        t = var(inv)
        rem = R.choice([
            rem_line(lang, f"Abono parcial a la factura {t}. El saldo se cubrirá en la siguiente programación de pagos.",
                     f"Pagamento parcial da {t}; o saldo será pago na próxima semana.",
                     f"Part payment against invoice {t}; balance to follow."),
            rem_line(lang, f"Primer pago (1 de 2) de la factura {t}", f"1ª parcela (de 3) referente à {t}",
                     f"First instalment on {t}"),
            None])
        ref = bank_ref(c["cc"], cur, pd, rem_line(lang, f"ABONO {t}", f"PARCELA {t}", f"PART PMT {t}") if rem is None
                       else R.choice(GENERIC_REF[lang]) + " " + t)
        emit("part_payment", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "partial", [(inv, a)], Z,
             reason=f"part payment of {inv['number']}; balance stays open",
             note="amount below the balance, no deduction claimed" + ("" if rem else "; only the bank reference says so"))
        partial_pool.append(inv)
        return True
    return False


def sc_completion(pd):
    R.shuffle(partial_pool)
    for inv in partial_pool:
        c = cust_of(inv); cur = inv["currency"]; b = bal[inv["id"]]
        if b <= 0 or bal_count(c["id"], cur, b) != 1:
            continue
        partial_pool.remove(inv)
        lang = lang_for(c, cur)
        t = var(inv)
        rem = rem_line(lang, f"Liquidación del saldo de la factura {t}", f"Saldo remanescente da {t}",
                       f"Final payment, remaining balance of invoice {t}")
        ref = bank_ref(c["cc"], cur, pd, t)
        emit("balance_after_partial", lang, pd, cur, b, payer_of(c), c["id"], ref, rem, "applied", [(inv, b)], Z,
             reason=f"pays what the earlier part payment left open on {inv['number']}",
             note="only correct if the earlier part payment in this file was applied first")
        paid_pool.append((inv, b, c))
        return True
    return False


def wh_lines(c, inv, lang):
    """withholding deduction lines [(text, amount)] for CO / PE / BR invoices."""
    cur = inv["currency"]; tot = D(inv["total"])
    if c["cc"] == "CO":
        base = tot / D("1.19")
        rf = q2((base * D("0.025")).to_integral_value())
        lines = [(rem_line(lang, "ReteFuente 2,5% compras", "", "Withholding tax (ReteFuente 2.5%)"), rf)]
        if R.random() < 0.5:
            ica = q2((base * D("0.00966")).to_integral_value())
            lines.append((rem_line(lang, "ReteICA 9,66 x mil", "", "Municipal withholding (ReteICA 9.66/1000)"), ica))
        return lines, "withholding tax (ReteFuente/ReteICA)"
    if c["cc"] == "PE":
        r = q2(tot * D("0.03"))
        return [(rem_line(lang, f"Retención IGV 3% - Comprobante de retención R001-{R.randint(1000, 99999)}", "",
                          f"IGV withholding 3% (retention voucher R001-{R.randint(1000, 99999)})"), r)], "withholding tax (retención IGV 3%)"
    parts = [("IR 1,20%", "0.012"), ("CSLL 1,00%", "0.01"), ("COFINS 3,00%", "0.03"), ("PIS/PASEP 0,65%", "0.0065")]
    return [(rem_line(lang, "", f"Retenção {n}", f"Federal withholding {n}"), q2(tot * D(p))) for n, p in parts], \
        "withholding tax (federal retentions 5.85%)"


def sc_short_wh(pd):
    for c in pick_cust(lambda c: c["twin"] is None and c["cc"] in ("CO", "PE", "BR") and (c["cc"] != "BR" or c["gov"])):
        cur = c["cur"]
        op = [i for i in open_of(c["id"], cur, pd) if bal[i["id"]] == D(i["total"])]
        if not op:
            continue
        inv = R.choice(op); b = bal[inv["id"]]
        lang = CTRY[c["cc"]]["lang"] if R.random() < 0.85 else "en"
        lines, why = wh_lines(c, inv, lang)
        ded = sum((a for _, a in lines), Z)
        a = b - ded
        if bal_count(c["id"], cur, a) or ded <= 0:
            continue
        t = var(inv)
        rows = [(t, b)] + [(n, -x) for n, x in lines]
        rem = rem_table(lang, cur, [(t, b)], pd, a, extra=[f"  (-) {n}    {fmt_local(x, cur)}" for n, x in lines])
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
        emit("short_pay_withholding", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "partial", [(inv, a)], Z,
             short={"invoice_id": inv["id"], "amount": s2(ded), "reason": why},
             reason=f"{inv['number']} paid net of withholding; deduction case for {s2(ded)}",
             note="withholding lines listed in the advice; invoice gross minus withholdings = payment")
        return True
    return False


SHORT_REASONS = [
    ("damaged goods", "Descuento por producto dañado en el transporte (cajas de jeringas rotas)",
     "Abatimento por avaria no transporte (caixas de seringas danificadas)", "Deduction for damaged goods (crushed syringe cartons)"),
    ("returned goods", "Menos devolución de mercancía (lote con caducidad corta)",
     "Desconto por devolução parcial de mercadoria (lote com validade curta)", "Less returned goods (short-dated lot)"),
    ("price difference", "Diferencia de precio vs. precio de licitación",
     "Diferença de preço conforme tabela acordada", "Price difference vs. agreed contract price"),
    ("short delivery", "Faltante en la entrega según acta de recepción",
     "Falta de mercadoria na entrega conforme canhoto", "Short delivery per receiving report"),
    ("late delivery penalty", "Pena convencional por entrega extemporánea",
     "Multa contratual por atraso na entrega", "Contractual late-delivery penalty"),
]


def sc_short_other(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        if not op:
            continue
        inv = R.choice(op); b = bal[inv["id"]]
        pct = D(R.choice(["0.015", "0.02", "0.04", "0.05", "0.08", "0.1", "0.12"]))
        ded = q2((b * pct).to_integral_value()) if CTRY[c["cc"]]["whole"] else q2(b * pct)
        a = b - ded
        if ded <= 0 or bal_count(c["id"], cur, a) or fits_any(c["id"], cur, ded, 1):
            continue
        lang = lang_for(c, cur)
        key, es, pt, en = R.choice(SHORT_REASONS if c["gov"] else SHORT_REASONS[:4])
        why = rem_line(lang, es, pt, en)
        t = var(inv)
        if R.random() < 0.7:
            rem = rem_table(lang, cur, [(t, b)], pd, a, extra=[f"  (-) {why}    {fmt_local(ded, cur)}"])
            stated = "deduction amount stated"
        else:
            rem = rem_line(lang, f"Pagamos la factura {t} descontando lo siguiente: {why}.",
                           f"Pagamos a {t} com o seguinte desconto: {why}.", f"Invoice {t} paid less: {why}.")
            stated = "deduction amount not stated; it is balance minus payment"
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]) + " " + t)
        emit("short_pay_reason", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "partial", [(inv, a)], Z,
             short={"invoice_id": inv["id"], "amount": s2(ded), "reason": key},
             reason=f"short pay on {inv['number']}: {key}", note=stated)
        return True
    return False


def sc_overpay(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        if not op:
            continue
        inv = R.choice(op); b = bal[inv["id"]]; tot = D(inv["total"])
        if tot > b and R.random() < 0.6:
            a = tot; how = "paid the invoice total although an earlier part payment had reduced the balance"
        else:
            a = nice_round(b * D("1.004"), cur)
            if a <= b:
                a = b + nice_round(D(CTRY[c["cc"]]["lo"]), cur) / 10
            a = q2(a); how = "amount rounded up above the balance"
        extra = a - b
        if extra <= 0 or bal_count(c["id"], cur, extra) or bal_count(c["id"], cur, a) or fits_any(c["id"], cur, a, 2):
            continue
        lang = lang_for(c, cur)
        t = var(inv)
        rem = rem_line(lang, f"Pago factura {t} por {fmt_local(a, cur)}", f"Pagamento da {t} no valor de {fmt_local(a, cur)}",
                       f"Payment of invoice {t}, {fmt_local(a, cur)}") if R.random() < 0.6 else None
        ref = bank_ref(c["cc"], cur, pd, t)
        emit("overpayment", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "unapplied", [(inv, b)], extra,
             reason=f"{inv['number']} paid in full; remainder {s2(extra)} held on account", note=how)
        paid_pool.append((inv, None, c))
        return True
    return False


def sc_duplicate(pd):
    pool = [p for p in paid_pool if p[1] is not None]
    R.shuffle(pool)
    for inv, a, c in pool:
        cur = inv["currency"]
        if bal_count(c["id"], cur, a) or fits_any(c["id"], cur, a, 2):
            continue
        paid_pool.remove((inv, a, c))
        lang = lang_for(c, cur)
        t = var(inv)
        rem = rem_line(lang, f"Pago de la factura {t}", f"Pagamento referente à {t}", f"Payment for invoice {t}") \
            if R.random() < 0.5 else None
        ref = bank_ref(c["cc"], cur, pd, t)
        emit("second_payment", lang, pd, cur, a, payer_of(c), c["id"] if R.random() < 0.7 else None, ref, rem,
             "unapplied", [], a,
             reason=f"{inv['number']} was already paid by an earlier payment in this file; held on account",
             note="same invoice, same amount, paid again (duplicate run)")
        return True
    return False


def sc_list_with_paid(pd):
    pool = [p for p in paid_pool if p[1] is not None]
    R.shuffle(pool)
    for inv0, a0, c in pool:
        cur = inv0["currency"]
        op = open_of(c["id"], cur, pd)
        if not op or bal_count(c["id"], cur, a0):
            continue
        others = R.sample(op, min(len(op), R.randint(1, 3)))
        tot = a0 + sum(bal[i["id"]] for i in others)
        if fits_any(c["id"], cur, a0, 2) or fits_any(c["id"], cur, tot, 1):
            continue
        paid_pool.remove((inv0, a0, c))
        lang = lang_for(c, cur)
        rows = [(var(inv0), a0)] + [(var(i), bal[i["id"]]) for i in others]
        R.shuffle(rows)
        rem = rem_table(lang, cur, rows, pd, tot)
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
        emit("list_incl_paid_invoice", lang, pd, cur, tot, payer_of(c), c["id"], ref, rem, "unapplied",
             [(i, bal[i["id"]]) for i in others], a0,
             reason=f"{inv0['number']} in the list was already paid earlier; its {s2(a0)} held on account",
             note="list repeats an invoice paid earlier in this file")
        return True
    return False


UNKNOWN = {
    "MX": ["OPERADORA DE SERVICIOS INTEGRA", "MA GUADALUPE RAMIREZ TORRES", "COMERCIALIZADORA XOCHITL SA D", "GRUPO LOGISTICO TRES MARES"],
    "BR": ["JOSE APARECIDO DOS SANTOS", "MEDSUPRI COMERCIO DE PRODUTOS HOSP", "ASSOC BENEF NOSSA SENHORA DAS DO"],
    "CO": ["INVERSIONES LA PALMA SA", "CARLOS A MEJIA RESTREP", "FUNDACION AMIGOS DEL C"],
    "CL": ["SOC COMERCIAL ANDES NOR", "M ANGELICA SOTO VALDEBE", "INVERSIONES PEHUEN LTD"],
    "PE": ["CORP MEDICA DEL SUR S", "JUAN P QUISPE HUAMAN", "INVERSIONES KALLPA SA"],
}


def rand_free_amount(cc, cur):
    for _ in range(100):
        a = rand_amount(cc, cur)
        if not any_customer_has(cur, a):
            return a


def sc_unknown(pd):
    cc = R.choice(list(CTRY)); cur = CTRY[cc]["cur"]
    a = rand_free_amount(cc, cur)
    lang = CTRY[cc]["lang"] if R.random() < 0.85 else "en"
    payer = R.choice(UNKNOWN[cc])
    k = R.random()
    if k < 0.5:
        ref = bank_ref(cc, cur, pd, R.choice(GENERIC_REF[lang])); rem = None; how = "generic reference"
    else:
        while True:
            n = R.randint(CTRY[cc]["start"] - 3000, CTRY[cc]["start"] - 100)
            if inv_number(cc, n) not in NUM:
                break
        t = inv_number(cc, n)
        ref = bank_ref(cc, cur, pd, f"PAGO {t}" if lang == "es" else f"PAGTO {t}" if lang == "pt" else f"INV {t}")
        rem = None; how = f"cites {t}, which is not an open invoice"
    emit("unknown_payer", lang, pd, cur, a, payer, None, ref, rem, "review", [], a, cands=[],
         reason="payer not a known customer and nothing in the data points to an invoice",
         note=f"no customer id, unrecognised payer; {how}; amount matches no open invoice")
    return True


def sc_known_nofit(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        a = nice_round(rand_amount(c["cc"]), cur)
        if a <= 0 or fits_any(c["id"], cur, a, 3):
            continue
        lang = lang_for(c, cur)
        po = R.randint(4500000000, 4500999999)
        rem = R.choice([rem_line(lang, f"Anticipo para la orden de compra {po}", f"Adiantamento referente ao pedido {po}",
                                 f"Advance payment for purchase order {po}"), None])
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]) if rem is None else
                       rem_line(lang, "ANTICIPO", "ADIANTAMENTO", "ADVANCE"))
        emit("known_customer_no_fit", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "unapplied", [], a,
             reason="known customer; no open invoice or combination fits; held on account",
             note=("advance for a new order" if rem else "no text at all") + "; no single invoice or sum of up to 3 fits")
        return True
    return False


def sc_po_lookalike(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]; cc = c["cc"]
        op = [i for i in open_of(c["id"], cur, pd) if bal_count(c["id"], cur, bal[i["id"]]) == 1]
        if not op:
            continue
        inv = R.choice(op); a = bal[inv["id"]]
        others = [i for i in invoices if cust_of(i)["cc"] == cc and i["customer_id"] != c["id"] and bal[i["id"]] != a]
        look = R.choice(others)
        n = numpart(look)
        lang = lang_for(c, cur)
        po = {"MX": f"OC-{n}", "BR": f"Pedido {n}", "CO": f"OC No. {n}", "CL": f"OC {n}", "PE": f"O/C {n}"}[cc]
        rem = rem_line(lang, f"Pago correspondiente a nuestra orden de compra {po}.",
                       f"Pagamento ref. ao nosso pedido de compra nº {n}.", f"Payment for our purchase order PO {n}.")
        ref = bank_ref(cc, cur, pd, rem_line(lang, f"OC {n}", f"PEDIDO {n}", f"PO {n}"))
        emit("po_number_lookalike", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "applied", [(inv, a)], Z,
             reason=f"{po} is the customer's purchase order, not our invoice; amount equals {inv['number']} only",
             note=f"PO number {n} equals the numeric part of {look['number']} (another customer's invoice)")
        paid_pool.append((inv, a, c))
        return True
    return False


def cand_ids(sets):
    return [[i["id"] for i in s] for s in sets]


def sc_ambig_twin(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        bs = {}
        for i in op:
            bs.setdefault(bal[i["id"]], []).append(i)
        dup = [v for v in bs.values() if len(v) >= 2]
        if not dup:
            continue
        g = dup[0]; a = bal[g[0]["id"]]
        sets = subsets_summing(c["id"], cur, a)
        lang = lang_for(c, cur)
        ref = bank_ref(c["cc"], cur, pd, R.choice([R.choice(GENERIC_REF[lang]),
                                                   rem_line(lang, "PAGO SUMINISTRO MENSUAL", "PAGTO FORNECIMENTO MENSAL", "MONTHLY SUPPLY")]))
        emit("ambiguous_same_amount", lang, pd, cur, a, payer_of(c), c["id"], ref, None, "review", [], a,
             cands=cand_ids(sets), reason=f"{len(sets)} open invoices/sets with exactly this amount; no reference",
             note="monthly supply contract: several invoices with the same total; candidates oldest due first")
        for s in sets:
            used.update(i["id"] for i in s)
        return True
    return False


def sc_ambig_lump(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        bs = {}
        for i in op:
            bs.setdefault(bal[i["id"]], []).append(i)
        dup = [v for v in bs.values() if len(v) >= 2]
        single = [i for i in op if len(bs[bal[i["id"]]]) == 1]
        if not dup or not single:
            continue
        b = R.choice(single)
        a = bal[dup[0][0]["id"]] + bal[b["id"]]
        sets = subsets_summing(c["id"], cur, a)
        if len(sets) < 2 or any(len(s) == 1 for s in sets):
            continue
        lang = lang_for(c, cur)
        ref = bank_ref(c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
        rem = rem_line(lang, "Pago de dos facturas pendientes", "Pagamento de duas notas em aberto",
                       "Payment of two open invoices") if R.random() < 0.5 else None
        emit("ambiguous_lump_sum", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "review", [], a,
             cands=cand_ids(sets), reason=f"{len(sets)} different invoice sets add up to the payment",
             note="lump sum without numbers; one of the pair has a twin with the same total")
        for s in sets:
            used.update(i["id"] for i in s)
        return True
    return False


def sc_ambig_ref_amount(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        R.shuffle(op)
        for x in op:
            ys = [y for y in op if y is not x and bal[y["id"]] < bal[x["id"]] and bal_count(c["id"], cur, bal[y["id"]]) == 1]
            if ys:
                break
        else:
            continue
        y = R.choice(ys); a = bal[y["id"]]
        lang = lang_for(c, cur)
        t = var(x)
        ref = bank_ref(c["cc"], cur, pd, rem_line(lang, f"PAGO {t}", f"PAGTO {t}", f"INV {t}"))
        emit("ambiguous_ref_vs_amount", lang, pd, cur, a, payer_of(c), c["id"], ref, None, "review", [], a,
             cands=[[x["id"]], [y["id"]]],
             reason=f"reference says {x['number']} (would be a part payment) but the amount is exactly {y['number']}",
             note="two defensible readings; reference reading listed first")
        used.update({x["id"], y["id"]})
        return True
    return False


def sc_ambig_name(pd):
    pairs = list(range(len(TWIN_NAMES)))
    R.shuffle(pairs)
    for p in pairs:
        a_c, b_c = [c for c in customers if c["twin"] == p]
        cur = a_c["cur"]
        ia = [i for i in open_of(a_c["id"], cur, pd)]
        ib = [i for i in open_of(b_c["id"], cur, pd)]
        common = [(x, y) for x in ia for y in ib if bal[x["id"]] == bal[y["id"]]]
        if not common:
            continue
        x, y = common[0]; a = bal[x["id"]]
        if bal_count(a_c["id"], cur, a) != 1 or bal_count(b_c["id"], cur, a) != 1:
            continue
        lang = CTRY[a_c["cc"]]["lang"]
        ref = bank_ref(a_c["cc"], cur, pd, R.choice(GENERIC_REF[lang]))
        cands = sorted([[x["id"]], [y["id"]]], key=lambda s: INV[s[0]]["due_date"])
        emit("ambiguous_payer_name", lang, pd, cur, a, payer_of(a_c), None, ref, None, "review", [], a, cands=cands,
             reason="bank-cut payer name fits two customers, each with an open invoice of this amount",
             note=f"'{payer_of(a_c)}' is the truncation of both {a_c['id']} and {b_c['id']}")
        used.update({x["id"], y["id"]})
        return True
    return False


def sc_ambig_cross(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        cur = c["cur"]
        others = [i for i in invoices if i["currency"] == cur and i["customer_id"] != c["id"] and bal[i["id"]] > 0
                  and i["id"] not in used and cust_of(i)["twin"] is None and i["issue_date"] <= pd.isoformat()]
        if not others:
            continue
        inv = R.choice(others); a = bal[inv["id"]]
        if bal_count(c["id"], cur, a):
            continue
        lang = lang_for(c, cur)
        t = var(inv)
        rem = rem_line(lang, f"Pago factura {t}", f"Pagamento {t}", f"Invoice {t}")
        ref = bank_ref(c["cc"], cur, pd, t)
        emit("ambiguous_other_customer_invoice", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "review", [], a,
             cands=[[inv["id"]]],
             reason=f"payer {c['id']} cites {inv['number']} of {inv['customer_id']} with its exact balance; third-party payment not confirmed",
             note="reference and amount fit another customer's invoice; payer's own account has nothing that fits")
        used.add(inv["id"])
        return True
    return False


FX = {"MXN": D("17.35"), "BRL": D("5.62"), "COP": D("4080"), "CLP": D("948"), "PEN": D("3.74")}


def sc_fx(pd):
    for c in pick_cust(lambda c: c["twin"] is None):
        if c["usd"] and R.random() < 0.4:
            op = open_of(c["id"], "USD", pd)
            if not op:
                continue
            inv = R.choice(op); cur = c["cur"]
            a = q2(bal[inv["id"]] * FX[cur]); how = f"local-currency payment citing a USD invoice"
            if CTRY[c["cc"]]["whole"]:
                a = q2(a.to_integral_value())
        else:
            cur = "USD"
            op = open_of(c["id"], c["cur"], pd)
            if not op:
                continue
            inv = R.choice(op)
            a = q2(bal[inv["id"]] / FX[c["cur"]]); how = f"USD payment citing a {c['cur']} invoice"
        if bal_count(c["id"], cur, a):
            continue
        lang = "en" if cur == "USD" else CTRY[c["cc"]]["lang"]
        t = var(inv)
        rem = rem_line(lang, f"Pago factura {t} (equivalente al tipo de cambio del día)",
                       f"Pagamento da {t} convertido pela taxa do dia", f"Payment of invoice {t} converted at today's rate")
        ref = bank_ref(c["cc"], cur, pd, t)
        emit("currency_mismatch", lang, pd, cur, a, payer_of(c), c["id"], ref, rem, "review", [], a,
             cands=[[inv["id"]]],
             reason=f"cites {inv['number']} ({inv['currency']}) but paid in {cur}; cannot apply across currencies",
             note=how + "; amount is the converted balance")
        used.add(inv["id"])
        return True
    return False


BAD = ["zero", "negative", "negative", "no_currency", "symbol_currency", "comma_amount", "empty_amount",
       "bad_date", "thousands_amount"]
BADN = [0]


def sc_bad(pd):
    kind = BAD[BADN[0] % len(BAD)]; BADN[0] += 1
    for c in pick_cust(lambda c: c["twin"] is None and (kind != "symbol_currency" or c["cc"] == "BR")):
        cur = c["cur"]
        op = open_of(c["id"], cur, pd)
        if not op:
            continue
        inv = R.choice(op); b = bal[inv["id"]]
        lang = CTRY[c["cc"]]["lang"]
        t = var(inv)
        ref = bank_ref(c["cc"], cur, pd, t); rem = None
        kw = {}
        amount = b
        if kind == "zero":
            kw["amount_raw"] = "0.00"; amount = Z
            ref = bank_ref(c["cc"], cur, pd, rem_line(lang, "VALIDACION CUENTA", "TESTE PIX", "ACCOUNT VALIDATION"))
            what = "zero amount (account-validation line)"
        elif kind == "negative":
            amount = -b; kw["amount_raw"] = s2(-b)
            ref = bank_ref(c["cc"], cur, pd, rem_line(lang, f"DEVOLUCION TRANSFERENCIA {t}", f"ESTORNO {t}", f"RETURN {t}"))
            what = "negative amount (returned transfer)"
        elif kind == "no_currency":
            kw["cur_raw"] = None; what = "currency missing"
        elif kind == "symbol_currency":
            kw["cur_raw"] = "R$"; what = "currency given as a symbol, not ISO 4217"
        elif kind == "comma_amount":
            kw["amount_raw"] = grp(b, ".", ","); amount = None; what = "amount in local notation, not a decimal string"
        elif kind == "thousands_amount":
            kw["amount_raw"] = grp(b, ",", "."); amount = None; what = "amount with thousands separators"
        elif kind == "empty_amount":
            kw["amount_raw"] = ""; amount = None; what = "amount empty"
        else:
            kw["date_raw"] = f"{pd.year}-02-30"; what = "impossible date"
        emit("bad_row", lang, pd, cur, amount, payer_of(c), c["id"], ref, rem, "review", [],
             amount if amount is not None else Z, cands=[],
             reason=f"bad row: {what}", note=f"{what}; nothing applied, no candidates", **kw)
        used.add(inv["id"])
        return True
    return False


# ---------------------------------------------------------------- plan & output
def business_days(d0, d1):
    d = d0
    while d <= d1:
        if d.weekday() < 5:
            yield d
        d += timedelta(days=1)


def run(plan, dependents):
    order = plan[:]
    R.shuffle(order)
    n = len(order) + len(dependents)
    for sc in dependents:   # dependents go into the second half
        order.insert(R.randint(len(order) // 2, len(order)), sc)
    days = list(business_days(date(2026, 3, 2), date(2026, 4, 17)))
    dates = sorted(R.choice(days) for _ in range(n))
    for sc, pd in zip(order, dates):
        ok = SCEN[sc](pd)
        if not ok:
            assert SCEN["exact"](pd)


def write():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump([{k: i[k] for k in ("id", "number", "customer_id", "customer_name", "currency", "total",
                                      "balance", "issue_date", "due_date")} for i in invoices], f,
                  ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
        json.dump(payments, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)


def main():
    build_customers()
    CUST.update({c["id"]: c for c in customers})
    build_invoices()
    index()
    plan = []
    for sc, n in PLAN.items():
        plan += [sc] * n
    deps = []
    for sc, n in DEPS.items():
        deps += [sc] * n
    run(plan, deps)
    write()
    if "write_readme" in globals():
        write_readme()
    print(len(customers), "customers", len(invoices), "invoices", len(payments), "payments")
    from collections import Counter
    print(Counter(l["scenario"] for l in labels))
    print(Counter(l["status"] for l in labels))



DESCR = {
    "exact": "reference names the invoice (our spelling), amount = balance",
    "exact_no_customer_id": "same, but the bank gives no customer id; payer name cut by the bank",
    "reference_variant": "invoice number in the payer's spelling (FACT 10234, NFe 45123, F1-12001, FEDC30001...)",
    "typo_reference": "cited number does not exist (one digit off / transposed); amount equals exactly one open balance",
    "amount_only": "no invoice in the text; known customer; exactly one open invoice with that balance",
    "po_number_lookalike": "customer's PO number equals the numeric part of ANOTHER customer's invoice; amount decides",
    "invoice_list": "remittance lists 2-5 invoices, sum = payment",
    "usd_invoice": "USD payment on a USD invoice of a customer that also has local-currency invoices",
    "usd_invoice_list": "USD list payment",
    "invoice_range": "'FMX-10230 a FMX-10234' / 'del folio 60483 al 60487': every number in between is the customer's",
    "statement_lump_sum": "no numbers; amount = the customer's whole open balance in that currency",
    "part_payment": "amount below balance, no deduction claimed -> partial, short_pay null",
    "balance_after_partial": "later payment of what an earlier part payment in this file left open",
    "short_pay_withholding": "paid net of ReteFuente/ReteICA (CO), retencion IGV 3% (PE), federal retentions 5.85% (BR public bodies)",
    "short_pay_reason": "deduction with a stated reason (damage, returns, price, shortage, late-delivery penalty)",
    "overpayment": "invoice paid in full, remainder held (rounded up, or invoice TOTAL paid although part-paid before)",
    "second_payment": "invoice already paid earlier in this file is paid again",
    "list_incl_paid_invoice": "list repeats an invoice already paid earlier in this file; the rest applied, that part held",
    "known_customer_no_fit": "known customer, no invoice or sum of up to 3 fits (often an advance on a PO)",
    "unknown_payer": "no customer id, unrecognised payer, nothing fits",
    "ambiguous_same_amount": "monthly-supply invoices with identical totals, no reference",
    "ambiguous_lump_sum": "two different invoice sets add up to the payment",
    "ambiguous_ref_vs_amount": "reference says invoice X (would be a part payment) but amount is exactly invoice Y",
    "ambiguous_payer_name": "bank-cut payer name is the cut of two customers, each with an open invoice of that amount",
    "ambiguous_other_customer_invoice": "payer cites another customer's invoice with its exact balance",
    "currency_mismatch": "payment in USD citing a local-currency invoice (or the reverse), converted amount",
    "bad_row": "zero / negative / empty or locale-formatted amount, missing or symbol currency, impossible date",
}


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| `{k}` | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(rows)


def write_readme():
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    lang = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels)
    cur = Counter(str(p["currency"]) for p in payments)
    icur = Counter(i["currency"] for i in invoices)
    scrows = ["| scenario | expected status | count | what it is |", "|---|---|---|---|"]
    for k, v in sorted(sc.items(), key=lambda kv: -kv[1]):
        sts = sorted({l["status"] for l in labels if l["scenario"] == k})
        scrows.append(f"| `{k}` | {'/'.join(sts)} | {v} | {DESCR.get(k, '')} |")
    txt = f"""# Blind cash-application set: `ledger_latam_pharma`

Theme: *{SELLER}* (made up), a pharmaceutical and medical-supplies distributor, invoicing pharmacies
(farmacias, drogarias, droguerias, boticas), clinics, hospitals and public health services (Servicios de Salud,
Fundo Municipal de Saude, E.S.E., Servicio de Salud, Hospital Regional) in Mexico, Brazil, Colombia, Chile and Peru.
All company names, tax ids, account numbers and references are invented. Generated by `build.py`
(seed {SEED}, stdlib only); `check.py` re-verifies every label from the data and exits non-zero on a problem.

## Files

| file | rows | content |
|---|---|---|
| `ledger_latam_pharma/invoices.json` | {len(invoices)} | open invoices, contract fields only |
| `ledger_latam_pharma/payments.json` | {len(payments)} | bank lines, oldest first |
| `ledger_latam_pharma/labels.json` | {len(labels)} | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |

Invoice numbering per country (one seller, five subsidiaries): MX CFDI serie/folio `FMX-10234`, BR NF-e `NF-45123`,
CO factura electronica `FEDC-30456`, CL DTE folio `FCL-60123`, PE `F001-00012345`. Invoice currencies: {dict(icur)}.
About 9% of invoices are already part-paid (balance < total). Some public bodies have 2-3 monthly-supply invoices
with identical totals; some customers have blocks of consecutive numbers (one delivery, several invoices).

Bank data: SPEI lines with clave de rastreo and referencia numerica (MX), PIX end-to-end ids, TED and boleto
"nosso numero" (BR), ACH/PSE with NIT (CO), TEF with RUT (CL), interbank CCI transfers (PE), SWIFT/Fed wires (USD).
Payer names are upper-cased, accents and dots removed, cut at the bank's field length (MX 30, BR 35, CO 22,
CL 25, PE 20), so suffixes come out as `SA DE`, `SAS`, `S`, `EI`... Remittance advices in Spanish, Portuguese and
English, amounts in local notation (`$12,345.67`, `R$ 12.345,67`, `$ 1.234.567`, `S/ 1,234.56`); Mexican advices
often carry a CFDI UUID, some texts carry 10-digit SAP purchase orders. CLP/COP payment amounts are sometimes given
without decimals (`"8911657"`), still valid decimal strings.

## Label conventions

- Fields: `payment_id, status, applications, unapplied, short_pay, candidates, reason` as in the contract, plus
  `scenario` and `note` (`[scenario, lang] ...`). The contract defines no `error` field, so bad rows carry none.
- Amounts are strings with two decimals. `applications` + `unapplied` = payment amount for every valid row.
- Payments are simulated in file order: a payment only uses what earlier payments left open. Several labels are
  right only if earlier ones were applied (balance after a part payment, second payments, lists repeating a paid invoice).
- `applied`: every cent applied, `short_pay` null, no candidates.
- `partial`: a part payment without any deduction claim -> `short_pay` null. A deduction with a stated reason
  (withholding, damage, returns, price, shortage, penalty) -> `short_pay` = {{invoice_id, amount left open, reason}};
  `reason` is a short English keyword (`withholding tax (...)`, `damaged goods`, `returned goods`, `price difference`,
  `short delivery`, `late delivery penalty`). When the advice states the deduction, it equals balance - payment.
- `unapplied`: overpayment (the invoice is listed, the excess is `unapplied`), second payment of an already-paid
  invoice (no applications), a list that repeats a paid invoice (others applied, that part held), and a known
  customer's payment that fits no invoice or sum of up to three invoices (held on account).
- `review`: nothing applied, `unapplied` = the whole payment amount (so the sum rule still holds); `candidates` is a
  list of invoice-id lists. Same-amount and lump-sum ambiguities list every open set of up to 3 invoices that adds
  up exactly, oldest due date first; ref-vs-amount lists the cited invoice first, then the amount match. Candidate
  order is a judgment call; compare as sets if the scorer allows.
- Unknown payer with nothing that fits -> `review` with no candidates (not `unapplied`: there is no known account).
- Bad rows -> `review`, no candidates, `unapplied` = the amount when it is a decimal string, else `"0.00"`.
- `reason` is free text for humans, not for exact comparison.

## Counts

{table(st, "status")}

{table(lang, "remittance/note language")}

{table(cur, "payment currency")}

{chr(10).join(scrows)}

## Deliberately hard

- Payer-name cuts: `HOSPITAL REGIONAL IN`, `CLINICA SANTA HELENA S`, `FARMACIAS ... SA DE`; ~{sc['exact_no_customer_id']} exact
  payments have no customer id; five pairs of customers share an identical bank-cut name.
- Typos that do not exist as invoices, invoice numbers in 5-6 spellings per country (`F001-00012345`, `F1-12345`,
  `F00100012345`), PO numbers that equal another customer's invoice number, SAP POs and CFDI UUIDs next to real numbers.
- Ranges given by endpoints only, statement payments with no numbers at all.
- Withholdings itemised in several lines (CO ReteFuente + ReteICA; BR IR/CSLL/COFINS/PIS) whose sum is the short pay.
- Overpayments where the customer paid the invoice total although the invoice was already part-paid.
- Order dependence: completions, duplicates and lists that repeat an already-paid invoice.
- USD invoices next to local-currency invoices for the same customer; converted payments that must not be applied.

## Ambiguities in the contract and how they were labelled

- `unapplied` for `review` rows is not specified; labelled as the whole amount (nothing applied).
- Bad rows have no status of their own; labelled `review` with no candidates.
- A payment citing another customer's invoice with the exact amount (possible third-party payment) -> `review`.
- Currency mismatch -> `review` with the cited invoice as the only candidate (the contract forbids cross-currency
  applications; holding it as `unapplied` would also be defensible).
- Part payment vs short pay: only a stated deduction reason makes it a short pay.
- A known customer's advance that fits nothing -> `unapplied` (contract wording), not `review`.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


SCEN = {"exact": sc_exact, "exact_no_customer_id": sc_exact_nocid, "reference_variant": sc_ref_variant,
        "typo_reference": sc_typo, "amount_only": sc_amount_only, "invoice_list": sc_list, "usd": sc_usd,
        "range": sc_range, "statement": sc_statement, "partial": sc_partial, "completion": sc_completion,
        "short_wh": sc_short_wh, "short_other": sc_short_other, "overpay": sc_overpay, "duplicate": sc_duplicate,
        "list_with_paid": sc_list_with_paid, "unknown": sc_unknown, "known_nofit": sc_known_nofit,
        "po": sc_po_lookalike, "ambig_twin": sc_ambig_twin, "ambig_lump": sc_ambig_lump,
        "ambig_ref_amount": sc_ambig_ref_amount, "ambig_name": sc_ambig_name, "ambig_cross": sc_ambig_cross,
        "fx": sc_fx, "bad": sc_bad}
PLAN = {"exact": 50, "exact_no_customer_id": 22, "reference_variant": 28, "typo_reference": 14,
        "amount_only": 26, "invoice_list": 28, "usd": 16, "range": 10, "statement": 10, "partial": 24,
        "short_wh": 20, "short_other": 18, "overpay": 18, "unknown": 14, "known_nofit": 10, "po": 14,
        "ambig_twin": 10, "ambig_lump": 5, "ambig_ref_amount": 8, "ambig_name": 5, "ambig_cross": 5, "fx": 6,
        "bad": 9}
DEPS = {"completion": 10, "duplicate": 12, "list_with_paid": 5}

if __name__ == "__main__":
    main()
