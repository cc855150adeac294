#!/usr/bin/env python3
"""Blind cash-application test set: Andes mining-equipment supplier (CL/PE/BO/AR + USD)."""
import json, os, random, datetime as dt
from decimal import Decimal as D
from collections import Counter, defaultdict

SEED = 270
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "andes_mining")
os.makedirs(OUT, exist_ok=True)

def q(x, cur):
    return D(x).quantize(D("1")) if cur == "CLP" else D(x).quantize(D("0.01"))

def fmt(x, cur):
    return str(q(x, cur))

def local(x, cur):
    x = q(x, cur)
    if cur == "CLP":
        return "$" + f"{int(x):,}".replace(",", ".")
    s = f"{x:,.2f}"
    if cur in ("ARS", "BOB"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return ("$ " if cur == "ARS" else "Bs ") + s
    return ("S/ " if cur == "PEN" else "USD ") + s

# ---------------- customers ----------------
CL = ["Minera Cerro Alto SCM", "Compania Minera Quebrada Blanca Sur", "Sociedad Contractual Minera Atacama Norte",
      "Montajes Industriales Calama Ltda", "Fundicion Punta Chungara SA", "Transportes Mineros Antay SpA",
      "Minera Salar del Inca SA", "Servicios Geotecnicos Loa Ltda", "Constructora Vertientes del Norte SA",
      "Minera Sierra Gorda Oriente SCM", "Perforaciones Tarapaca SpA", "Refinera Coquimbo Cobre SA",
      "Minera Los Pelambres Altos SCM", "Ingenieria y Mantencion Copiapo Ltda", "Sociedad Minera El Toqui Sur SA",
      "Chancado Andino SpA", "Minera Cordillera Azul SCM", "Movimiento de Tierras Huasco Ltda"]
PE = ["Compania Minera Puna Dorada SAA", "Minera Huaylas Norte SAC", "Sociedad Minera Cerro Rojo SAA",
      "Fundicion Ilo del Sur SA", "Contratistas Mineros Yauli SAC", "Minera Apurimac Cobre SA",
      "Servicios de Perforacion Ancash EIRL", "Minera Condorcocha SAC", "Metalurgica Callao Andina SA",
      "Empresa Minera Pasco Central SA", "Minera Tintaya Altiplano SAC", "Ingenieria Minera Arequipa SAC",
      "Transportes y Montajes Cajamarca SAC", "Minera Santa Rosa de Huancavelica SA",
      "Refineria Pampa de Ilo SAC", "Minera Chinchaycocha SAA"]
BO = ["Empresa Minera Potosi Plata SA", "Cooperativa Minera Huanuni Nueva Ltda", "Minera San Cristobal del Sur SA",
      "Fundicion Vinto Andina SRL", "Servicios Mineros Oruro SRL", "Minera Colquiri Alto SA",
      "Contratistas Uyuni SRL", "Minera Porco Central SA"]
AR = ["Minera Andina del Famatina SA", "Compania Minera Veladero Sur SA", "Contratistas Cuyo Mineria SRL",
      "Litio Salar de Olaroz Norte SA", "Minera Aguilar Jujuy SA", "Servicios Mineros San Juan SRL",
      "Fundicion Catamarca Metales SA", "Minera Cerro Negro Patagonia SA", "Perforaciones Neuquen SRL",
      "Minera Hombre Muerto Litio SA", "Montajes Mineros Mendoza SA", "Minera Pirquitas Puna SA",
      "Transporte Pesado Calingasta SRL", "Minera Santa Cruz Austral SA", "Mantenimiento Minero Salta SRL",
      "Minera Gualcamayo Oeste SA"]
US = [("Minera Cerro Alto SCM (USD)", "ANDES COPPER HOLDINGS INC", "CL"),
      ("Compania Minera Puna Dorada SAA (USD)", "PUNA GOLD RESOURCES CORP", "PE"),
      ("Minera San Cristobal del Sur SA (USD)", "ALTIPLANO SILVER LLC", "BO"),
      ("Litio Salar de Olaroz Norte SA (USD)", "OLAROZ LITHIUM PARENT CO LTD", "AR"),
      ("Fundicion Ilo del Sur SA (USD)", "SOUTHERN SMELTING GROUP INC", "PE"),
      ("Minera Cerro Negro Patagonia SA (USD)", "PATAGONIA PRECIOUS METALS CORP", "AR"),
      ("Sociedad Contractual Minera Atacama Norte (USD)", "ATACAMA RESOURCES PLC", "CL"),
      ("Empresa Minera Potosi Plata SA (USD)", "POTOSI MINING INTERNATIONAL SA", "BO")]

customers = []
def add_cust(name, country, cur, parent=None):
    cid = f"c-{len(customers)+1:03d}"
    customers.append({"id": cid, "name": name, "country": country, "currency": cur, "parent": parent})
for n in CL: add_cust(n, "CL", "CLP")
for n in PE: add_cust(n, "PE", rnd.choice(["PEN", "PEN", "PEN", "USD"]) if False else "PEN")
for n in BO: add_cust(n, "BO", "BOB")
for n in AR: add_cust(n, "AR", "ARS")
for n, parent, c in US: add_cust(n, c, "USD", parent)
CBY = {c["id"]: c for c in customers}

def bank_name(name, width):
    """How banks spell payer names: upper case, no accents, abbreviated, truncated."""
    s = name.upper().replace(" (USD)", "")
    for a, b in [("COMPANIA", "CIA"), ("SOCIEDAD CONTRACTUAL", "SOC CONTR"), ("SOCIEDAD", "SOC"),
                 ("INGENIERIA", "ING"), ("EMPRESA", "EMP"), ("SERVICIOS", "SERV"), ("TRANSPORTES", "TRANSP"),
                 ("CONSTRUCTORA", "CONSTR"), ("COOPERATIVA", "COOP")]:
        if rnd.random() < 0.7:
            s = s.replace(a, b)
    return s[:width].rstrip()

# ---------------- invoices ----------------
SERIES = {"CL": 45200, "PE": 12300, "BO": 3100, "AR": 1180, "USD": 410}
def inv_number(country, cur, n):
    if cur == "USD":
        return f"USI-2026-{n:05d}"
    if country == "CL":
        return f"{n}"
    if country == "PE":
        return f"F001-{n:08d}"
    if country == "BO":
        return f"FB-{n:06d}"
    return f"FC A 0001-{n:08d}"

def rand_total(cur):
    base = rnd.choice([1, 1, 2, 3, 5, 8, 13, 21, 40]) * rnd.uniform(0.4, 1.6)
    if cur == "CLP": return q(D(int(base * 1_900_000 / 10) * 10), cur)
    if cur == "PEN": return q(D(base * 7600 + rnd.random()), cur)
    if cur == "BOB": return q(D(base * 14000 + rnd.random()), cur)
    if cur == "ARS": return q(D(base * 1_850_000 + rnd.random()), cur)
    return q(D(base * 2100 + rnd.random()), cur)

invoices = []
BASE = dt.date(2026, 3, 1)
def new_inv(c, num, total=None, balance_part=True):
    cur = c["currency"]
    total = total if total is not None else rand_total(cur)
    issue = BASE + dt.timedelta(days=rnd.randint(0, 200))
    due = issue + dt.timedelta(days=rnd.choice([30, 30, 45, 60, 90]))
    bal = total
    if balance_part and rnd.random() < 0.08:
        bal = q(total * D(rnd.choice(["0.5", "0.4", "0.7", "0.25"])), cur)
    inv = {"id": None, "number": inv_number(c["country"], cur, num), "customer_id": c["id"],
           "customer_name": c["name"], "currency": cur, "total": fmt(total, cur), "balance": fmt(bal, cur),
           "issue_date": issue.isoformat(), "due_date": due.isoformat()}
    invoices.append(inv)
    return inv

BLOCKS = []  # (customer_id, [inv...]) consecutive numbers of one customer
for key in ["CL", "PE", "BO", "AR", "USD"]:
    if key == "USD":
        cs = [c for c in customers if c["currency"] == "USD"]
        per = 16
    else:
        cs = [c for c in customers if c["country"] == key and c["currency"] != "USD"]
        per = {"CL": 24, "PE": 24, "BO": 20, "AR": 24}[key]
    need = {c["id"]: per + rnd.randint(-4, 4) for c in cs}
    while any(v > 0 for v in need.values()):
        c = CBY[rnd.choice([k for k, v in need.items() if v > 0])]
        size = min(need[c["id"]], rnd.choice([1, 1, 2, 3, 4, 5]))
        blk = []
        for _ in range(size):
            SERIES[key] += 1
            blk.append(new_inv(c, SERIES[key]))
        need[c["id"]] -= size
        if size >= 3:
            BLOCKS.append((c["id"], blk))
        SERIES[key] += rnd.choice([0, 0, 1, 2, 3])  # gaps: numbers used by other customers / voided
# duplicate-amount pairs (monthly rental of equipment): same customer, same total
DUP_PAIRS = []
for c in rnd.sample([c for c in customers if c["currency"] != "USD"], 20):
    key = c["country"]
    tot = rand_total(c["currency"])
    pair = []
    for _ in range(2):
        SERIES[key] += rnd.randint(1, 4)
        pair.append(new_inv(c, SERIES[key], total=tot, balance_part=False))
    DUP_PAIRS.append(pair)
rnd.shuffle(invoices)
invoices.sort(key=lambda i: (i["issue_date"], i["number"]))
for k, inv in enumerate(invoices, 1):
    inv["id"] = f"i-{k:05d}"
IBY = {i["id"]: i for i in invoices}
NUMS = {i["number"] for i in invoices}

# ---------------- payments ----------------
bal = {i["id"]: D(i["balance"]) for i in invoices}
used = set()           # invoices already touched by a scenario
paid_full = []         # invoices fully paid by a payment in this file
by_cust = defaultdict(list)
for i in invoices:
    by_cust[i["customer_id"]].append(i)

def open_invs(cid, cur=None):
    return [i for i in by_cust[cid] if bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

def fresh(cid=None, pred=None):
    pool = [i for i in invoices if bal[i["id"]] > 0 and i["id"] not in used
            and (cid is None or i["customer_id"] == cid) and (pred is None or pred(i))]
    return rnd.choice(pool) if pool else None

def unique_amount(inv):
    b = bal[inv["id"]]
    return sum(1 for j in open_invs(inv["customer_id"], inv["currency"]) if bal[j["id"]] == b) == 1

def any_match(amount, cur, cid=None):
    """amount equals one open balance or a pair of balances (same currency, optional customer)"""
    pool = [bal[i["id"]] for i in invoices if i["currency"] == cur and bal[i["id"]] > 0
            and (cid is None or i["customer_id"] == cid)]
    if amount in pool: return True
    if cid is not None:
        s = set()
        for a in pool:
            if amount - a in s: return True
            s.add(a)
    return False

def opnum(): return str(rnd.randint(10**8, 10**9 - 1))
def rut(): return f"{rnd.randint(76, 99)}.{rnd.randint(100,999)}.{rnd.randint(100,999)}-{rnd.choice('0123456789K')}"
def cci(): return f"00{rnd.randint(2,9)}-{rnd.randint(100,999)}-{rnd.randint(10**11,10**12-1)}-{rnd.randint(10,99)}"
def cbu(): return "".join(str(rnd.randint(0, 9)) for _ in range(22))

def short(inv):
    """display form of an invoice number as a customer would write it"""
    n, c = inv["number"], CBY[inv["customer_id"]]
    if inv["currency"] == "USD": return n
    if c["country"] == "CL": return rnd.choice(["folio ", "FACT ", "FOLIO N ", "Fact. "]) + n
    if c["country"] == "BO": return rnd.choice(["Factura ", "Fact. N ", ""]) + n
    return n

def bank_text(c, cur, numtext, lang):
    """reference (bank) and remittance for a payment mentioning numtext (may be '')"""
    country = c["country"]
    if cur == "USD":
        ref = f"WIRE {opnum()} ORG {(c['parent'] or c['name']).upper()[:28]} /RFB/{numtext[:30]}" if numtext else f"WIRE {opnum()} /BNF/ANDES MINING SUPPLY"
        return ref, None
    if country == "CL":
        glosa = f"PAGO {numtext}".upper()[:40] if numtext else "PAGO PROVEEDORES"
        return f"TEF {opnum()} RUT {rut()} GLOSA: {glosa}", None
    if country == "PE":
        return f"TRANSF CCI {cci()} OP {opnum()[:6]}" + (f" REF {numtext}"[:40] if numtext else ""), None
    if country == "BO":
        return f"TRANSF BNB {opnum()[:7]} " + (f"CANC {numtext}"[:40] if numtext else "PAGO PROVEEDOR"), None
    return f"TRANSF CBU {cbu()} " + (f"OP {numtext}"[:40] if numtext else "VARIOS"), None

REASONS = {
    "es": [("material dañado en despacho (3 rodillos de correa)", "damage"),
           ("diferencia de precio según OC", "pricing"),
           ("descuento por flete no acordado", "freight"),
           ("multa por atraso en entrega de repuestos", "late_delivery"),
           ("faltante: 2 unidades de bomba no recibidas", "shortage")],
    "en": [("bank charges deducted by intermediary bank", "bank_fees"),
           ("price difference vs PO", "pricing"),
           ("damaged liner plates, credit requested", "damage")],
}

payments, labels = [], []
EXPLICIT = {"exact_ref", "remaining_balance", "cheque_diferido", "parent_usd", "list", "lump_list", "name_only"}
LOCALE = {"CL": "es-CL", "PE": "es-PE", "BO": "es-BO", "AR": "es-AR"}

def emit(c, cur, amount, ref, rem, status, apps, unapplied, short_pay, cands, scen, note, payer=None,
         cid_known=True, lang=None, amount_str=None, cur_str=None):
    pid = f"p-{len(payments)+1:04d}"
    payer = payer if payer is not None else bank_name(c["name"], rnd.choice([22, 26, 30, 35]))
    payments.append({"id": pid, "date": None, "amount": amount_str if amount_str is not None else fmt(amount, cur),
                     "currency": cur_str if cur_str is not None else cur, "payer_name": payer,
                     "customer_id": c["id"] if (c and cid_known) else None, "reference": ref, "remittance": rem})
    for iid, a in apps:
        bal[iid] -= a
        assert bal[iid] >= 0, (iid, scen)
        used.add(iid)
        if bal[iid] == 0 and scen in EXPLICIT: paid_full.append(iid)
    for cs in cands:
        for iid in cs: used.add(iid)
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": i, "amount": fmt(a, cur)} for i, a in apps],
                   "unapplied": unapplied, "short_pay": short_pay, "candidates": cands,
                   "reason": note, "scenario": scen, "note": f"[{scen}, {lang or (LOCALE.get(c['country'], 'en') if c else 'en')}] {note}"})

def nonusd(i): return i["currency"] != "USD"
def is_usd(i): return i["currency"] == "USD"

def s_exact_ref(scen="exact_ref", pred=nonusd, cheque=False):
    inv = fresh(pred=lambda i: pred(i) and D(i["balance"]) == D(i["total"]))
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    ref, rem = bank_text(c, cur, short(inv), "es")
    if cheque:
        d = dt.date(2026, 12, rnd.randint(1, 28))
        ref = f"ECHEQ {rnd.randint(10**7, 10**8-1)} DIFERIDO {d.strftime('%d/%m/%Y')} BCO GALICIA"
        rem = f"Entregamos e-cheq de pago diferido por {local(b, cur)} cancelando {inv['number']}."
    elif rnd.random() < 0.4:
        rem = rnd.choice([f"Pago total {inv['number']} por {local(b, cur)}",
                          f"Cancelamos su factura {inv['number']}. Saludos, Tesoreria",
                          f"Payment of invoice {inv['number']}, amount {local(b, cur)}"])
    emit(c, cur, b, ref, rem, "applied", [(inv["id"], b)], fmt(0, cur), None, [], scen,
         f"{'deferred e-cheque ' if cheque else ''}reference {inv['number']} and exact balance")
    return True

def s_remaining_balance():
    inv = fresh(pred=lambda i: nonusd(i) and D(i["balance"]) < D(i["total"]))
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    ref, _ = bank_text(c, cur, short(inv), "es")
    rem = rnd.choice([f"Saldo pendiente factura {inv['number']}: {local(b, cur)}",
                      f"Cancelacion saldo {inv['number']}"])
    emit(c, cur, b, ref, rem, "applied", [(inv["id"], b)], fmt(0, cur), None, [], "remaining_balance",
         f"pays the remaining balance (not the total) of {inv['number']}")
    return True

def typo_of(inv):
    n = inv["number"]
    digits = [k for k, ch in enumerate(n) if ch.isdigit()]
    tail = digits[-5:]
    for _ in range(20):
        k = rnd.choice(tail[:-1])
        k2 = k + 1
        if not n[k2].isdigit() or n[k] == n[k2]: continue
        t = n[:k] + n[k2] + n[k] + n[k2+1:]
        return t
    # drop a character instead (missing digit)
    k = rnd.choice(tail)
    return n[:k] + n[k+1:]

def s_typo(ambiguous=False):
    for _ in range(200):
        inv = fresh(pred=nonusd)
        if not inv: return False
        t = typo_of(inv)
        other = [i for i in invoices if i["number"] == t]
        if ambiguous:
            if len(other) == 1 and other[0]["customer_id"] == inv["customer_id"] and bal[other[0]["id"]] > 0 \
                    and other[0]["id"] not in used and other[0]["id"] != inv["id"]:
                break
        elif not other and unique_amount(inv):
            break
    else:
        return False
    c, cur = CBY[inv["customer_id"]], inv["currency"]
    if ambiguous:
        # amount matches neither; the typed number exists too
        o = other[0]
        amt = q(min(bal[inv["id"]], bal[o["id"]]) * D("0.83"), cur)
        if any_match(amt, cur, c["id"]): return False
        ref, _ = bank_text(c, cur, t if c["country"] != "CL" else "FACT " + t, "es")
        emit(c, cur, amt, ref, None, "review", [], fmt(amt, cur), None, [[o["id"]], [inv["id"]]], "typo_ambiguous",
             f"reference {t} is an open invoice of this customer but the amount fits neither it nor {inv['number']} (one transposition away)")
        return True
    b = bal[inv["id"]]
    ref, _ = bank_text(c, cur, t if c["country"] != "CL" else "FACT " + t, "es")
    emit(c, cur, b, ref, None, "applied", [(inv["id"], b)], fmt(0, cur), None, [], "typo",
         f"reference {t} is a mistyped {inv['number']} (no such invoice); exact unique balance of the customer")
    return True

def s_name_only():
    inv = fresh(pred=nonusd)
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    ref, _ = bank_text(c, cur, short(inv), "es")
    emit(c, cur, b, ref, None, "applied", [(inv["id"], b)], fmt(0, cur), None, [], "name_only",
         f"bank gives no customer id; truncated payer name and reference {inv['number']} with exact balance", cid_known=False)
    return True

def s_amount_only():
    for _ in range(100):
        inv = fresh(pred=nonusd)
        if inv and unique_amount(inv): break
    else: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    ref, _ = bank_text(c, cur, "", "es")
    emit(c, cur, b, ref, None, "applied", [(inv["id"], b)], fmt(0, cur), None, [], "amount_only",
         f"no reference; amount equals exactly one open balance of the customer ({inv['number']})")
    return True

def s_po_lookalike():
    for _ in range(200):
        inv = fresh(pred=lambda i: CBY[i["customer_id"]]["country"] == "CL" and nonusd(i))
        if not inv or not unique_amount(inv): continue
        decoy = rnd.choice([i for i in invoices if CBY[i["customer_id"]]["country"] == "CL" and nonusd(i)
                            and i["customer_id"] != inv["customer_id"]])
        if bal[decoy["id"]] != bal[inv["id"]]: break
    else: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    ref = f"TEF {opnum()} RUT {rut()} GLOSA: PAGO OC {decoy['number']}"
    rem = f"Pago segun orden de compra N° {decoy['number']}. Monto {local(b, cur)}."
    emit(c, cur, b, ref, rem, "applied", [(inv["id"], b)], fmt(0, cur), None, [], "po_lookalike",
         f"OC (purchase order) {decoy['number']} equals another customer's folio; customer's only open balance of this amount is {inv['number']}")
    return True

def pick_set(n, pred=nonusd):
    for _ in range(100):
        inv = fresh(pred=pred)
        if not inv: return None
        pool = [i for i in open_invs(inv["customer_id"], inv["currency"]) if i["id"] not in used and i["id"] != inv["id"]]
        if len(pool) >= n - 1:
            return [inv] + rnd.sample(pool, n - 1)
    return None

def s_list(lump=False):
    n = rnd.choice([2, 2, 3, 3, 4, 5])
    st = pick_set(n)
    if not st: return False
    c, cur = CBY[st[0]["customer_id"]], st[0]["currency"]
    tot = sum(bal[i["id"]] for i in st)
    lang = "en" if rnd.random() < 0.25 else "es"
    if lump:
        nums = ", ".join(i["number"] for i in st)
        rem = (f"Remittance advice: invoices {nums}. Total paid {local(tot, cur)}" if lang == "en"
               else f"Aviso de pago: facturas {nums}. Total transferido {local(tot, cur)}")
    else:
        lines = "\n".join(f"{i['number']}  {local(bal[i['id']], cur)}" for i in st)
        rem = (f"Payment advice\nInvoice  Amount\n{lines}\nTotal {local(tot, cur)}" if lang == "en"
               else f"Detalle de pago\nDocumento  Importe\n{lines}\nTotal {local(tot, cur)}")
    ref, _ = bank_text(c, cur, "VARIAS FACTURAS", "es")
    emit(c, cur, tot, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in st], fmt(0, cur), None, [],
         "lump_list" if lump else "list", f"remittance lists {len(st)} invoices whose balances sum to the payment",
         lang=(LOCALE[c["country"]] if lang == "es" else "en"))
    return True

def s_range():
    cand = [(cid, blk) for cid, blk in BLOCKS
            if all(bal[i["id"]] > 0 and i["id"] not in used for i in blk)]
    if not cand: return False
    cid, blk = rnd.choice(cand)
    c, cur = CBY[cid], blk[0]["currency"]
    tot = sum(bal[i["id"]] for i in blk)
    a, z = blk[0]["number"], blk[-1]["number"]
    if c["country"] == "CL" and cur != "USD": rng = f"folios {a} al {z}"
    elif cur == "USD": rng = f"invoices {a} to {z}"
    elif c["country"] == "PE": rng = f"facturas {a} a la {z[-5:]}"
    elif c["country"] == "AR": rng = f"FC A 0001-{a[-8:]} a {z[-4:]}"
    else: rng = f"facturas {a} al {z}"
    ref, _ = bank_text(c, cur, "", "es")
    rem = f"Pago {rng}, total {local(tot, cur)}"
    emit(c, cur, tot, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in blk], fmt(0, cur), None, [], "range",
         f"range {a}..{z} covers {len(blk)} consecutive invoices of the customer; sum equals payment",
         lang=("en" if cur == "USD" else None))
    return True

def s_lump_noref():
    for _ in range(200):
        st = pick_set(2)
        if not st: return False
        c, cur = CBY[st[0]["customer_id"]], st[0]["currency"]
        tot = bal[st[0]["id"]] + bal[st[1]["id"]]
        pool = open_invs(c["id"], cur)
        singles = [i for i in pool if bal[i["id"]] == tot]
        pairs = [(x, y) for k, x in enumerate(pool) for y in pool[k+1:] if bal[x["id"]] + bal[y["id"]] == tot]
        if not singles and len(pairs) == 1 and len(pool) >= 4: break
    else: return False
    ref, _ = bank_text(c, cur, "", "es")
    ids = sorted([st[0]["id"], st[1]["id"]])
    emit(c, cur, tot, ref, None, "review", [], fmt(tot, cur), None, [ids], "lump_noref",
         "no reference; amount equals the sum of exactly two open invoices (of several) - plausible but not sure")
    return True

def s_partial():
    inv = fresh(pred=nonusd)
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    amt = q(b * D(rnd.choice(["0.5", "0.3", "0.6", "0.25", "0.4"])), cur)
    ref, _ = bank_text(c, cur, short(inv), "es")
    rem = rnd.choice([f"Abono parcial a factura {inv['number']} por {local(amt, cur)}; saldo en proxima quincena",
                      f"Pago a cuenta {inv['number']} (cuota 1 de 2)",
                      f"Primer pago parcial de la factura {inv['number']}",
                      f"Part payment against {inv['number']}, balance to follow"])
    emit(c, cur, amt, ref, rem, "partial", [(inv["id"], amt)], fmt(0, cur), None, [], "partial",
         f"announced part payment of {inv['number']}; invoice stays open, no deduction")
    return True

def s_short_pay():
    lang = "en" if rnd.random() < 0.3 else "es"
    inv = fresh(pred=(is_usd if lang == "en" and rnd.random() < 0.7 else nonusd))
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    why, code = rnd.choice(REASONS[lang])
    if code == "bank_fees":
        ded = q(D(rnd.choice(["25", "35", "40", "45.50"])), cur) if cur != "CLP" else q(D("18000"), cur)
    else:
        ded = q(b * D(rnd.choice(["0.05", "0.08", "0.1", "0.12", "0.15"])), cur)
    amt = b - ded
    ref, _ = bank_text(c, cur, short(inv), lang)
    rem = (f"Invoice {inv['number']} {local(b, cur)} less {local(ded, cur)} ({why}). Net paid {local(amt, cur)}"
           if lang == "en" else
           f"Factura {inv['number']} {local(b, cur)}. Descontamos {local(ded, cur)} por {why}. Neto {local(amt, cur)}")
    emit(c, cur, amt, ref, rem, "partial", [(inv["id"], amt)], fmt(0, cur),
         {"invoice_id": inv["id"], "amount": fmt(ded, cur), "reason": code}, [], "short_pay",
         f"short pay of {fmt(ded, cur)} on {inv['number']}: {why}",
         lang=("en" if lang == "en" else None))
    return True

def s_withholding():
    country = rnd.choice(["PE", "PE", "AR", "AR", "AR"])
    inv = fresh(pred=lambda i: CBY[i["customer_id"]]["country"] == country and nonusd(i) and D(i["balance"]) == D(i["total"]))
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    if country == "PE":
        ded = q(D(int((b * D("0.12")).to_integral_value())), cur)
        code = "detraccion"
        rem = (f"Pago {inv['number']} importe {local(b, cur)} menos detraccion SPOT 12% {local(ded, cur)} "
               f"depositada en Banco de la Nacion, constancia {rnd.randint(10**7, 10**8-1)}")
    else:
        iibb = q(b * D("0.025"), cur); gan = q(b * D("0.02"), cur)
        kind = rnd.choice(["iibb", "gan", "both"])
        ded = iibb if kind == "iibb" else gan if kind == "gan" else iibb + gan
        code = "retencion"
        parts = []
        if kind in ("iibb", "both"): parts.append(f"Ret. IIBB {local(iibb, cur)}")
        if kind in ("gan", "both"): parts.append(f"Ret. Ganancias {local(gan, cur)}")
        rem = f"Orden de pago {rnd.randint(1000, 9999)}: {inv['number']} {local(b, cur)}; " + "; ".join(parts) + \
              f"; neto transferido {local(b - ded, cur)}. Se adjuntan certificados de retencion."
    amt = b - ded
    ref, _ = bank_text(c, cur, short(inv), "es")
    emit(c, cur, amt, ref, rem, "partial", [(inv["id"], amt)], fmt(0, cur),
         {"invoice_id": inv["id"], "amount": fmt(ded, cur), "reason": code}, [], "withholding",
         f"{code} of {fmt(ded, cur)} withheld on {inv['number']}; net applied, withheld part left open as a deduction")
    return True

def s_overpay():
    inv = fresh()
    if not inv: return False
    c, cur, b = CBY[inv["customer_id"]], inv["currency"], bal[inv["id"]]
    extra = q(b * D(rnd.choice(["0.01", "0.1", "0.2", "1"])), cur) if rnd.random() < 0.7 else q(D("1000"), cur)
    amt = b + extra
    ref, _ = bank_text(c, cur, short(inv), "es")
    rem = rnd.choice([None, f"Pago factura {inv['number']}", f"Invoice {inv['number']}"])
    emit(c, cur, amt, ref, rem, "unapplied", [(inv["id"], b)], fmt(extra, cur), None, [], "overpayment",
         f"pays {inv['number']} and {fmt(extra, cur)} more; remainder held on account")
    return True

def s_second():
    pool = [i for i in paid_full if bal[i] == 0]
    if not pool: return False
    inv = IBY[rnd.choice(pool)]
    paid_full.remove(inv["id"])
    c, cur = CBY[inv["customer_id"]], inv["currency"]
    amt = D(inv["balance"]) if D(inv["balance"]) == D(inv["total"]) else D(inv["total"])
    amt = q(amt, cur)
    ref, _ = bank_text(c, cur, short(inv), "es")
    emit(c, cur, amt, ref, rnd.choice([None, f"Pago factura {inv['number']}"]), "unapplied", [], fmt(amt, cur), None, [],
         "second_payment", f"{inv['number']} was already paid by an earlier payment in this file; duplicate held on account")
    return True

def s_known_nofit():
    for _ in range(100):
        c = rnd.choice(customers)
        cur = c["currency"]
        amt = q(rand_total(cur) * D("0.37"), cur)
        if not any_match(amt, cur, c["id"]): break
    else: return False
    ref, _ = bank_text(c, cur, "", "es")
    rem = rnd.choice([None, "Anticipo para pedido de repuestos (OC en tramite)", "Advance payment - new order"])
    emit(c, cur, amt, ref, rem, "unapplied", [], fmt(amt, cur), None, [], "known_nofit",
         "known customer; amount fits no open invoice or pair and no invoice is referenced; held on account")
    return True

UNKNOWN = ["INVERSIONES RIO SECO SPA", "COMERCIAL PIEDRA AZUL LTDA", "AGROPECUARIA LOS QUEÑUALES SAC",
           "GARCIA QUISPE JUAN CARLOS", "FLETES EL CONDOR SRL", "CONSULTORA PAMPA NORTE SRL",
           "J. MAMANI CHOQUE", "IMPORTADORA TACNA SUR EIRL", "FERRETERIA EL MINERO", "HERRERA SOTO, M."]

def s_unknown():
    cur = rnd.choice(["CLP", "PEN", "BOB", "ARS", "USD"])
    country = {"CLP": "CL", "PEN": "PE", "BOB": "BO", "ARS": "AR", "USD": "CL"}[cur]
    for _ in range(100):
        amt = q(rand_total(cur) * D("0.61"), cur)
        if not any_match(amt, cur): break
    fake = {"id": None, "name": "", "country": country, "parent": None}
    ref, _ = bank_text(fake, cur, rnd.choice(["", "DEPOSITO", "PAGO"]), "es")
    emit(None, cur, amt, ref, None, "review", [], fmt(amt, cur), None, [], "unknown_payer",
         "payer not a customer, no customer id, no invoice reference, amount fits nothing",
         payer=rnd.choice(UNKNOWN), cid_known=False, lang=LOCALE[country] if cur != "USD" else "en")
    return True

def s_ambiguous_dup():
    pairs = [p for p in DUP_PAIRS if all(bal[i["id"]] > 0 and i["id"] not in used for i in p)
             and sum(1 for j in open_invs(p[0]["customer_id"], p[0]["currency"]) if bal[j["id"]] == bal[p[0]["id"]]) == 2]
    if not pairs: return False
    p = rnd.choice(pairs)
    DUP_PAIRS.remove(p)
    c, cur, b = CBY[p[0]["customer_id"]], p[0]["currency"], bal[p[0]["id"]]
    ref, _ = bank_text(c, cur, "", "es")
    rem = rnd.choice([None, "Pago arriendo equipos", "Pago arriendo mensual de chancador movil"])
    a, z = sorted(p, key=lambda i: (i["due_date"], i["id"]))
    emit(c, cur, b, ref, rem, "review", [], fmt(b, cur), None, [[a["id"]], [z["id"]]], "ambiguous_duplicate_amount",
         f"two open invoices of the customer ({a['number']}, {z['number']}) have this exact balance; no reference")
    return True

def s_other_currency():
    inv = fresh(pred=lambda i: i["currency"] in ("CLP", "PEN", "ARS"))
    if not inv: return False
    c, cur = CBY[inv["customer_id"]], inv["currency"]
    rate = {"CLP": D("940"), "PEN": D("3.75"), "ARS": D("1050")}[cur]
    amt = q(bal[inv["id"]] / rate, "USD")
    ref = f"WIRE {opnum()} ORG {c['name'].upper()[:30]} /RFB/{inv['number']}"
    emit(c, "USD", amt, ref, f"USD payment for invoice {inv['number']} ({cur} {inv['balance']}) at today's rate",
         "review", [], fmt(amt, "USD"), None, [[inv["id"]]], "other_currency",
         f"USD payment references {cur} invoice {inv['number']}; no same-currency invoice to apply to", lang="en")
    return True

def s_parent_usd():
    inv = fresh(pred=lambda i: is_usd(i) and D(i["balance"]) == D(i["total"]))
    if not inv: return False
    c, b = CBY[inv["customer_id"]], bal[inv["id"]]
    ref = f"WIRE {opnum()} ORG {c['parent'][:30]} /RFB/INV {inv['number']}"
    rem = f"Payment on behalf of our subsidiary {c['name'].replace(' (USD)', '')}: invoice {inv['number']}, USD {b}"
    emit(c, "USD", b, ref, rem, "applied", [(inv["id"], b)], "0.00", None, [], "parent_usd",
         f"parent company pays subsidiary's USD invoice {inv['number']} exactly", payer=c["parent"][:35],
         cid_known=False, lang="en")
    return True

def s_bad():
    c = rnd.choice(customers)
    cur = c["currency"]
    kind = rnd.choice(["empty", "negative", "zero", "thousands", "nocur"])
    bad_amt = {"empty": "", "negative": "-" + fmt(rand_total(cur), cur), "zero": fmt(0, cur),
               "thousands": "1.250.000" if cur == "CLP" else "12.345,67", "nocur": fmt(rand_total(cur), cur)}[kind]
    ref, _ = bank_text(c, cur, "", "es")
    emit(c, cur, D(0), ref, None, "review", [], fmt(0, cur) if kind != "nocur" else bad_amt, None, [], "bad_row",
         f"bad row ({kind}): amount/currency not usable; nothing applied", amount_str=bad_amt,
         cur_str=("" if kind == "nocur" else cur))
    labels[-1]["error"] = {"empty": "missing amount", "negative": "negative amount", "zero": "zero amount",
                           "thousands": "amount is not a decimal string", "nocur": "missing currency"}[kind]
    return True

# ---------------- plan ----------------
PLAN = {"exact_ref": 58, "remaining_balance": 15, "typo": 20, "name_only": 15, "amount_only": 30,
        "po_lookalike": 12, "list": 30, "range": 15, "lump_list": 15, "lump_noref": 10, "partial": 20,
        "short_pay": 25, "withholding": 25, "overpayment": 15, "second_payment": 12, "known_nofit": 12,
        "unknown_payer": 12, "ambiguous_duplicate_amount": 12, "typo_ambiguous": 6, "other_currency": 8,
        "parent_usd": 15, "cheque_diferido": 10, "bad_row": 6}
FUN = {"exact_ref": s_exact_ref, "remaining_balance": s_remaining_balance, "typo": s_typo,
       "name_only": s_name_only, "amount_only": s_amount_only, "po_lookalike": s_po_lookalike,
       "list": s_list, "range": s_range, "lump_list": lambda: s_list(lump=True), "lump_noref": s_lump_noref,
       "partial": s_partial, "short_pay": s_short_pay, "withholding": s_withholding, "overpayment": s_overpay,
       "second_payment": s_second, "known_nofit": s_known_nofit, "unknown_payer": s_unknown,
       "ambiguous_duplicate_amount": s_ambiguous_dup, "typo_ambiguous": lambda: s_typo(ambiguous=True),
       "other_currency": s_other_currency, "parent_usd": s_parent_usd,
       "cheque_diferido": lambda: s_exact_ref("cheque_diferido", pred=lambda i: CBY[i["customer_id"]]["country"] == "AR" and nonusd(i), cheque=True),
       "bad_row": s_bad}
seq = [k for k, v in PLAN.items() for _ in range(v)]
rnd.shuffle(seq)
# second payments only make sense later in the file
seq = [s for s in seq if s != "second_payment"]
for k in range(PLAN["second_payment"]):
    seq.insert(rnd.randint(len(seq) // 3, len(seq)), "second_payment")
for s in seq:
    if not FUN[s]():
        s_exact_ref()
n = len(payments)
start = dt.date(2026, 10, 1)
days = sorted(rnd.randint(0, 54) for _ in range(n))
for p, d in zip(payments, days):
    p["date"] = (start + dt.timedelta(days=d)).isoformat()

def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
dump("invoices.json", invoices)
dump("payments.json", payments)
dump("labels.json", labels)

# ---------------- README ----------------
def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)
loc = Counter(l["note"].split(", ")[1].split("]")[0] for l in labels)
readme = f"""# Blind cash-application set: andes_mining

Theme: a made-up mining-equipment and spare-parts supplier (crushers, conveyor idlers, liner plates, pumps,
drill consumables) selling in Chile, Peru, Bolivia and Argentina to mines, contractors and smelters, plus
USD billing paid by foreign parent companies. All company names, RUTs, CBUs, CCIs and operation numbers are
invented. Generated by `build.py` (seed {SEED}, stdlib only); verified by `check.py`.

## Files

| file | content |
|---|---|
| `andes_mining/invoices.json` | {len(invoices)} open invoices (contract fields) |
| `andes_mining/payments.json` | {len(payments)} payments, oldest first (2026-10-01 .. 2026-11-24) |
| `andes_mining/labels.json` | one expected MATCHES entry per payment, same order, plus `scenario`, `note` (`[scenario, locale] ...`) and `error` on bad rows |
| `build.py` / `check.py` | generator / verifier |

Invoice numbers: Chile = bare SII folio (`45821`), Peru `F001-00012345`, Bolivia `FB-003249`,
Argentina `FC A 0001-00001234`, USD invoices `USI-2026-00456`. CLP amounts have no decimals (`"918100"`);
all other currencies use two decimals. Some invoices (about 8%) are already partly paid (balance < total).

Bank data: Chilean TEF with RUT and `GLOSA:` (names upper-case, abbreviated `CIA`/`SOC CONTR`, truncated
at 22-35 chars); Peruvian CCI transfers; Bolivian BNB transfers; Argentine CBU transfers and e-cheques
diferidos; USD wires `ORG ... /RFB/...` from parent companies (customer_id null). Remittances in Spanish
and English, amounts written in local style (`$1.250.000`, `$ 1.234,56`, `S/ 1,234.56`, `Bs 1.234,56`).

## Label conventions

- Payments are processed in order against a running balance; `check.py` replays all applications.
- `applied`: whole payment applied, `unapplied` = 0. Basis: explicit invoice number(s) with exact balance(s),
  a list/range whose balances sum to the payment, or (no reference) an amount equal to exactly one open balance
  of the known customer.
- `partial` without `short_pay`: announced part payment ("abono parcial", "pago a cuenta", "part payment").
- `partial` with `short_pay` `{{invoice_id, amount = balance left open, reason}}`: stated deductions. Reason codes:
  `damage`, `pricing`, `freight`, `late_delivery`, `shortage`, `bank_fees`, and for tax withholdings
  `detraccion` (Peru SPOT 12%, rounded to whole soles, deposited at Banco de la Nacion) and `retencion`
  (Argentina IIBB / Ganancias with certificates).
- `unapplied`: overpayment (invoice paid, remainder held), a second payment of an invoice an earlier payment in
  this file paid by explicit reference, or a known customer's payment fitting no invoice or pair of invoices.
- `review` (nothing applied, `unapplied` = payment amount): unknown payer (no candidates); two open invoices of the
  same customer with the identical balance and no reference; no reference and the amount equals the sum of
  exactly one pair out of several open invoices (candidate = that pair); a reference that is an open invoice
  but is one transposition away from another open invoice of the customer while the amount fits neither; a USD
  payment referencing a CLP/PEN/ARS invoice (candidate = that invoice; no same-currency application possible).
- `candidates`: a list of invoice-id lists, best first (equal candidates ordered by due date).
- Bad rows (empty, negative, zero, `1.250.000`-style amount, empty currency): `review`, no applications,
  no candidates, `unapplied` = "0"/"0.00" (or the amount string when only the currency is missing), plus `error`.
- `reason` is a human explanation, not a scoring target.

## Counts

{table(Counter(l['status'] for l in labels), 'status')}

{table(Counter(l['scenario'] for l in labels), 'scenario')}

{table(loc, 'locale (remittance / bank style)')}

{table(Counter(p['currency'] or '(empty)' for p in payments), 'payment currency')}

## Deliberately hard

- Chilean folios are bare 5-digit numbers; `po_lookalike` payments quote a purchase order (`OC 45217`) equal to
  another customer's folio; the right invoice is the payer's only open invoice with that exact amount.
- Typos (transposed digits, a dropped zero) that hit no existing invoice, resolved by customer + exact amount;
  and `typo_ambiguous` where the typed number exists and the amount fits nothing (review).
- Ranges written in abbreviated form (`F001-00012340 a la 12343`, `FC A 0001-00001234 a 1237`).
- Withholdings/detracciones make the bank amount differ from every balance; the remittance explains it.
- Parent companies pay subsidiaries' USD invoices under a different name and no customer id; bank names are
  truncated and abbreviated, some payments carry no customer id at all (`name_only`).
- Invoices already partly paid: the exact match is the balance, not the total.
- Second payments arrive later in the file than the first; the engine must track balances in order.

## Ambiguities in the contract and how they were labelled

- The contract does not define bad rows or an `error` field: labelled `review` with empty candidates and an
  `error` string; engines may reasonably reject such rows instead.
- Tax withholdings (detraccion / retenciones) are treated as short pays with a reason (the invoice stays open
  for the withheld part until the certificate clears it); an engine could also treat them as fully settled.
- A payment in another currency that names an invoice: labelled `review` (not `unapplied`), since the clerk
  knows which invoice it is meant for but cannot apply across currencies.
- The shape of `candidates` is not specified; lists of invoice-id lists are used.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
