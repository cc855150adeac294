#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of a held-out cash-application set.

Ledger of a French / Spanish / Italian wine and spirits exporter ("Vignobles
Mediterranee Export"), EUR books plus USD and GBP invoices to US and UK
importers.  Writes invoices.json, payments.json and labels.json.

    python3 build.py        # rewrites the three files byte for byte
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(510051)
TODAY = date(2026, 3, 20)
PAY_START = date(2026, 2, 2)
INV_START = date(2025, 10, 1)
ZERO = D("0.00")


def q(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def s(x):
    return str(q(x))


# ---------------------------------------------------------------- formatting
def fmt(x, style="en"):
    x = q(x)
    neg = x < 0
    x = abs(x)
    ip, fp = ("%.2f" % x).split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style == "en":
        r = ",".join(groups) + "." + fp
    elif style == "fr":
        r = " ".join(groups) + "," + fp
    elif style == "frn":  # narrow no-break space, as Word/Excel exports do
        r = "\u202f".join(groups) + "," + fp
    elif style == "de":
        r = ".".join(groups) + "," + fp
    elif style == "plain":
        r = "".join(groups) + "." + fp
    elif style == "plainc":
        r = "".join(groups) + "," + fp
    elif style == "ch":
        r = "'".join(groups) + "." + fp
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


def fd(d, style):
    if style == "fr":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "it":
        return d.strftime("%d.%m.%Y")
    if style == "es":
        return d.strftime("%d-%m-%Y")
    if style == "short":
        return d.strftime("%d%m%y")
    if style == "ymd":
        return d.strftime("%y%m%d")
    if style == "fr2":
        return d.strftime("%d/%m/%y")
    raise ValueError(style)


def ascii_upper(t):
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.upper()


def norm(t):
    return "".join(c for c in t.upper() if c.isalnum())


def rf_ref(number):
    body = norm(number)
    num = "".join(str(int(ch, 36)) for ch in body + "RF00")
    chk = 98 - int(num) % 97
    return "RF%02d%s" % (chk, body)


def rf_print(ref):
    return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))


def dlev(a, b):
    """Damerau-Levenshtein (optimal string alignment) distance."""
    la, lb = len(a), len(b)
    dp = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        dp[i][0] = i
    for j in range(lb + 1):
        dp[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                dp[i][j] = min(dp[i][j], dp[i - 2][j - 2] + 1)
    return dp[la][lb]


# ---------------------------------------------------------------- customers
# (name, country, lang, kind)
US = [
    ("Hudson Valley Wine Imports LLC", "importer"), ("Pacific Crest Beverage Co.", "importer"),
    ("Lone Star Fine Wines Inc.", "importer"), ("Great Lakes Vintners Supply LLC", "distributor"),
    ("Bayou Cellars Import Co.", "importer"), ("Blue Ridge Spirits Distributors Inc.", "distributor"),
    ("Golden Gate Wine Merchants Inc.", "importer"), ("Harborview Imports LLC", "importer"),
    ("Mesa Verde Wine & Spirits LLC", "shop"), ("Old Dominion Beverage Imports Inc.", "importer"),
    ("Cascade Cork & Barrel LLC", "shop"), ("Prairie Wind Distributors Inc.", "distributor"),
    ("Keystone Fine Wine Imports LLC", "importer"), ("Magnolia Wine Group LLC", "importer"),
    ("Sonoran Cellars Import Co.", "importer"), ("Evergreen Vintage Imports Inc.", "importer"),
    ("Tidewater Wine Co.", "distributor"), ("Copper Canyon Spirits LLC", "importer"),
    ("Northshore Wine Traders Inc.", "importer"), ("Liberty Bell Imports Inc.", "importer"),
    ("Atlantic Gourmet Beverage LLC", "distributor"), ("Windy City Wine Imports LLC", "importer"),
    ("Silver State Beverage Co.", "distributor"), ("Brazos River Imports LLC", "importer"),
    ("Cape Cod Cellars LLC", "shop"), ("Caribbean Port Duty Free Ltd", "dutyfree"),
    ("Gulf Coast Cruise Retail Inc.", "dutyfree"),
]
UK = [
    ("Thames Cellars Ltd", "importer"), ("Pennine Wine Merchants Ltd", "distributor"),
    ("Harrowgate Fine Wines Ltd", "shop"), ("Cotswold Vintners Ltd", "importer"),
    ("Clyde Spirits Importers Ltd", "importer"), ("Severn & Wye Wine Co Ltd", "distributor"),
    ("Mersey Drinks Distribution Ltd", "distributor"), ("Bramble & Oak Restaurants plc", "restaurant"),
    ("Lambeth Wine Rooms Ltd", "restaurant"), ("Fenland Cellars Ltd", "shop"),
    ("Cairngorm Whisky & Wine Ltd", "shop"), ("Solent Trade Wines Ltd", "importer"),
    ("Albion Bottle Shop Ltd", "shop"), ("Wessex Wine Importers Ltd", "importer"),
    ("Ironbridge Beverage Ltd", "distributor"), ("Northumbria Cellars Ltd", "importer"),
    ("Heathside Travel Retail Ltd", "dutyfree"), ("Chiltern Vine Ltd", "shop"),
    ("Tyne Fine Wines Ltd", "importer"),
]
FR = [
    ("Caves du Marais SARL", "shop"), ("La Cave de l'Abbaye SAS", "shop"),
    ("Bistrots de la Presqu'île SAS", "restaurant"), ("Distribution Vins du Sud-Ouest SAS", "distributor"),
    ("Comptoir des Vignerons SARL", "distributor"), ("Cave Saint-Vincent EURL", "shop"),
    ("Les Halles Gourmandes SAS", "shop"), ("Vinothèque Bordelaise SARL", "shop"),
    ("Sommeliers Associés SAS", "distributor"), ("Épicerie Fine Martel SARL", "shop"),
    ("Brasserie du Vieux Port SAS", "restaurant"), ("Le Cellier Lyonnais SARL", "shop"),
    ("Hôtels & Tables de Provence SA", "restaurant"), ("Cash Vins Nord Distribution SAS", "distributor"),
    ("Caviste des Chartrons SARL", "shop"), ("Maison Deveaux Distribution SAS", "distributor"),
    ("Le Gourmet Parisien SAS", "restaurant"), ("Cave à Manger Le Bouchon SARL", "restaurant"),
    ("Grands Chais de l'Atlantique SA", "distributor"), ("Vins & Terroirs d'Alsace SARL", "shop"),
    ("La Route des Vins SAS", "distributor"), ("Cave des Remparts SARL", "shop"),
    ("Restaurant L'Ardoise SARL", "restaurant"), ("Comptoir Méditerranéen des Boissons SAS", "distributor"),
    ("Skyport Travel Retail SAS", "dutyfree"),
]
ES = [
    ("Vinoteca El Sarmiento SL", "shop"), ("Distribuciones Vinícolas del Cantábrico SA", "distributor"),
    ("Bodegas y Destilados Levante SL", "distributor"), ("Grupo Restauración Alameda SL", "restaurant"),
    ("Tapería Los Arcos SL", "restaurant"), ("Comercial Gourmet Andaluza SA", "distributor"),
    ("Licores Hermanos Pardo SL", "distributor"), ("Vinos y Licores Galaicos SL", "distributor"),
    ("La Bodeguilla de Chamberí SL", "shop"), ("Hostelería Mediterránea SA", "restaurant"),
    ("Distribuidora Balear de Bebidas SL", "distributor"), ("Duty Free Canarias SA", "dutyfree"),
    ("Aerorias Duty Free SA", "dutyfree"), ("Mantequerías Ruiz SL", "shop"),
    ("Vinos Selectos Castellanos SL", "shop"), ("Restaurante El Faro de Cádiz SL", "restaurant"),
    ("Distribuciones Hostelería Aragón SL", "distributor"), ("Bebidas Premium del Norte SL", "importer"),
]
IT = [
    ("Enoteca Il Grappolo Srl", "shop"), ("Distribuzione Vini Adriatica SpA", "distributor"),
    ("Ristoranti Da Luigi Srl", "restaurant"), ("Bottega del Vino Trevigiana Snc", "shop"),
    ("Enoteca Ponte Vecchio Snc", "shop"), ("Liquori e Distillati Marchetti Srl", "distributor"),
    ("Vini & Sapori di Napoli Srl", "shop"), ("Ristorazione Alpina SpA", "restaurant"),
    ("Drogheria Bertolini Sas", "shop"), ("Commerciale Bevande Tirrenica Srl", "distributor"),
    ("Mare Nostrum Ferries Retail SpA", "dutyfree"), ("Importazioni Vinicole Liguri Srl", "importer"),
    ("Trattoria Al Cantinone Srl", "restaurant"), ("Enoteca Regionale Sabauda Srl", "shop"),
    ("Horeca Service Salento Srl", "distributor"), ("Bar Pasticceria Centrale Snc", "restaurant"),
]
OTHER = [
    ("Wijnhandel De Gouden Druif BV", "NL", "nl", "importer"),
    ("Brouwer & Zonen Dranken BV", "NL", "nl", "distributor"),
    ("Polderport Travel Retail BV", "NL", "en", "dutyfree"),
    ("Cave Bruxelloise SRL", "BE", "fr", "shop"),
    ("Weinkontor Hanseatic GmbH", "DE", "de", "importer"),
    ("Rheinische Weinimport GmbH", "DE", "de", "importer"),
    ("Weinhaus Alpenblick GmbH", "AT", "de", "shop"),
    ("Alpine Airport Shops AG", "CH", "de", "dutyfree"),
    ("Vinoteket Stockholm AB", "SE", "en", "importer"),
    ("Vinhuset Nordlys AS", "NO", "en", "importer"),
    ("Baltic Sea Travel Retail Oy", "FI", "en", "dutyfree"),
    ("Adega Lusitana Lda", "PT", "pt", "distributor"),
    ("Vinothek Donau GmbH", "AT", "de", "shop"),
    ("Caves Moselle Luxembourg SARL", "LU", "fr", "shop"),
    ("Liffey Wine Importers Ltd", "IE", "en", "importer"),
]
GROUPS = [
    # parent, members, country, lang, ccy
    ("Groupe Brasseries Lumière SAS", ["Brasserie Lumière Lyon SAS", "Brasserie Lumière Bordeaux SAS",
                                       "Brasserie Lumière Lille SAS"], "FR", "fr", "EUR"),
    ("Grupo Enoteca Ibérica SA", ["Enoteca Ibérica Madrid SL", "Enoteca Ibérica Valencia SL",
                                  "Enoteca Ibérica Bilbao SL"], "ES", "es", "EUR"),
    ("Gruppo Horeca Lombardia SpA", ["Horeca Lombardia Milano Srl", "Horeca Lombardia Bergamo Srl"],
     "IT", "it", "EUR"),
    ("Kestrel Hospitality Group Ltd", ["Kestrel Inns London Ltd", "Kestrel Inns Bath Ltd",
                                       "Kestrel Inns York Ltd"], "GB", "en", "GBP"),
    ("Marlowe Hospitality Group LLC", ["Marlowe Steakhouse NYC LLC", "Marlowe Oyster Bar Boston LLC",
                                       "Marlowe Grill Chicago LLC"], "US", "en", "USD"),
]

customers = []
_used_cids = set()


def new_cid():
    while True:
        c = "C%05d" % R.randint(10000, 99999)
        if c not in _used_cids:
            _used_cids.add(c)
            return c


def add_customer(name, country, lang, kind, ccy, group=None, role=None):
    c = {"id": new_cid(), "name": name, "country": country, "lang": lang, "kind": kind,
         "ccy": ccy, "group": group, "role": role, "terms": R.choice([30, 45, 60, 60, 90]),
         "uses": 0}
    customers.append(c)
    return c


for n, k in US:
    add_customer(n, "US", "en", k, "USD")
for n, k in UK:
    add_customer(n, "GB", "en", k, "GBP")
for n, k in FR:
    add_customer(n, "FR", "fr", k, "EUR")
for n, k in ES:
    add_customer(n, "ES", "es", k, "EUR")
for n, k in IT:
    add_customer(n, "IT", "it", k, "EUR")
for n, c, l, k in OTHER:
    add_customer(n, c, l, k, "EUR")
for gi, (p, mem, c, l, ccy) in enumerate(GROUPS):
    add_customer(p, c, l, "restaurant", ccy, group=gi, role="parent")
    for m in mem:
        add_customer(m, c, l, "restaurant", ccy, group=gi, role="member")
R.shuffle(customers)
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
VAT = {"FR": D("0.20"), "ES": D("0.21"), "IT": D("0.22")}


def gen_total(c):
    kind = c["kind"]
    lo, hi = {"importer": (40, 650), "distributor": (12, 260), "restaurant": (2, 30),
              "shop": (2, 36), "dutyfree": (20, 420)}[kind]
    cases = R.randint(lo, hi)
    bpc = R.choice([6, 6, 12])
    r = R.random()
    if r < 0.55:
        price = q(R.uniform(3.6, 14.5))      # everyday wine
    elif r < 0.85:
        price = q(R.uniform(12, 38))         # premium wine, brandy, liqueurs
    else:
        price = q(R.uniform(30, 95))         # cognac, armagnac, grand cru
    net = cases * bpc * price
    while net > 150000:
        cases = max(lo, cases // 2)
        net = cases * bpc * price
        if cases == lo:
            break
    if R.random() < 0.35:
        net += q(R.choice([85, 120, 185, 240.5, 310, 420, 95.9]))
    vat = VAT.get(c["country"], ZERO) if c["ccy"] == "EUR" else ZERO
    return q(net * (1 + vat))


def series_for(c):
    if c["ccy"] == "USD":
        return "US"
    if c["ccy"] == "GBP":
        return "UK"
    home = {"FR": "FA", "ES": "ES", "IT": "IT", "BE": "FA", "LU": "FA"}.get(c["country"])
    if home and R.random() < 0.8:
        return home
    return R.choice(["FA", "ES", "IT"])


counts = {}
for c in customers:
    if c["role"] == "parent":
        counts[c["id"]] = R.randint(1, 2)
    else:
        counts[c["id"]] = R.randint(7, 13)
total_n = sum(counts.values())
ids_cycle = [c["id"] for c in customers if c["role"] != "parent"]
i = 0
while total_n != 1500:
    cid = ids_cycle[i % len(ids_cycle)]
    if total_n < 1500 and counts[cid] < 14:
        counts[cid] += 1
        total_n += 1
    elif total_n > 1500 and counts[cid] > 6:
        counts[cid] -= 1
        total_n -= 1
    i += 1

invoices = []
_used_iids = set()


def new_iid():
    while True:
        v = "inv-%06d" % R.randint(100000, 999999)
        if v not in _used_iids:
            _used_iids.add(v)
            return v


for c in customers:
    for _ in range(counts[c["id"]]):
        back = min(int(R.expovariate(1 / 48.0)), 170)
        issue = date(2026, 3, 13) - timedelta(days=back)
        if issue < INV_START:
            issue = INV_START + timedelta(days=R.randint(0, 20))
        total = gen_total(c)
        inv = {"id": new_iid(), "number": None, "customer_id": c["id"], "customer_name": c["name"],
               "currency": c["ccy"], "total": total, "balance": total, "issue_date": issue,
               "due_date": issue + timedelta(days=c["terms"]), "_series": series_for(c), "_used": False}
        invoices.append(inv)

START = {("FA", 2025): 4112, ("ES", 2025): 2731, ("IT", 2025): 3308, ("US", 2025): 688, ("UK", 2025): 377,
         ("FA", 2026): 1, ("ES", 2026): 1, ("IT", 2026): 1, ("US", 2026): 1, ("UK", 2026): 1}
for key in sorted(set((v["_series"], v["issue_date"].year) for v in invoices)):
    ser, yr = key
    group = sorted([v for v in invoices if v["_series"] == ser and v["issue_date"].year == yr],
                   key=lambda v: (v["issue_date"], v["id"]))
    n = START[key]
    yy = yr % 100
    for v in group:
        n += R.choice([1, 1, 1, 2, 2, 3, 4])
        if ser == "FA":
            v["number"] = "FA%02d-%05d" % (yy, n)
        elif ser == "ES":
            v["number"] = "ES%02d/%05d" % (yy, n)
        elif ser == "IT":
            v["number"] = "%d/IT/%05d" % (yr, n)
        elif ser == "US":
            v["number"] = "EXUS-%02d-%04d" % (yy, n)
        else:
            v["number"] = "EXUK-%02d-%04d" % (yy, n)
        v["_seq"] = n

# some invoices already partly settled (earlier part payment or a credit note)
for v in invoices:
    if R.random() < 0.07:
        v["balance"] = q(v["total"] * D(R.choice(["0.5", "0.4", "0.75", "0.9"])))

INV = {v["id"]: v for v in invoices}
BY_NUM = {v["number"]: v for v in invoices}
NORM_NUM = {norm(v["number"]): v for v in invoices}
assert len(BY_NUM) == len(invoices)


def cust_invs(cid):
    return [v for v in invoices if v["customer_id"] == cid]


# ---------------------------------------------------------------- payer names
LEGAL = ["LLC", "INC", "CO", "LTD", "PLC", "SARL", "SAS", "SA", "EURL", "SL", "SRL", "SPA", "SNC", "SAS",
         "BV", "GMBH", "AG", "AB", "AS", "OY", "LDA"]


def payer_name(c, mode=None):
    base = ascii_upper(c["name"]).replace(".", "").replace(",", "")
    mode = mode or R.choice(["upper", "upper", "upper", "asis", "short", "trunc", "typo"])
    if mode == "typo":
        letters = [i for i in range(1, min(len(base), 30) - 1) if base[i].isalpha() and base[i + 1].isalpha()
                   and base[i] != base[i + 1]]
        i = R.choice(letters)
        return (base[:i] + base[i + 1] + base[i] + base[i + 2:])[:35].rstrip()
    if mode == "asis":
        return c["name"]
    if mode == "short":
        parts = base.split()
        if parts[-1] in LEGAL:
            parts = parts[:-1]
        return " ".join(parts)
    if mode == "trunc":
        return base[:22].rstrip()
    return base[:35].rstrip()


SIG = {
    "fr": ["Service comptabilité fournisseurs", "Cordialement,\nNathalie Roussel\nComptabilité",
           "Bien à vous,\nJ.-P. Lemaire - Service Achats", "La comptabilité", "Cdlt,\nSandrine (compta)"],
    "es": ["Atentamente,\nDepartamento de Administración", "Un saludo,\nMarta Ibáñez\nContabilidad",
           "Saludos cordiales,\nJavier Ortega - Administración", "Dpto. Financiero"],
    "it": ["Distinti saluti,\nUfficio Amministrazione", "Cordiali saluti\nGiulia Ferraro - Contabilità",
           "Ufficio contabilità fornitori", "Saluti,\nMarco Bellini"],
    "en": ["Accounts Payable", "Regards,\nSarah Whitfield | AP Specialist", "Thanks,\nDerek\nAP team",
           "Kind regards,\nFinance Department", "Best,\nMaria Gonzalez, Accounts Payable"],
    "de": ["Mit freundlichen Grüßen\nBuchhaltung", "Freundliche Grüße\nK. Hoffmann, Kreditorenbuchhaltung"],
    "nl": ["Met vriendelijke groet,\nCrediteurenadministratie", "Groet,\nEls de Vries - Administratie"],
    "pt": ["Com os melhores cumprimentos,\nDepartamento Financeiro"],
}


# ---------------------------------------------------------------- builder
payments = []  # each: dict with public fields + "_label" + "_checks" + "_tb"


def ccy_style(lang):
    return {"fr": R.choice(["fr", "fr", "frn", "plainc"]), "es": R.choice(["de", "de", "plainc"]),
            "it": R.choice(["de", "de", "plainc"]), "de": R.choice(["de", "plainc"]),
            "nl": R.choice(["de", "plainc"]), "pt": R.choice(["fr", "de"]),
            "en": R.choice(["en", "en", "plain"])}[lang]


def date_style(lang, c=None):
    if lang == "en":
        if c and c["country"] == "US":
            return "us"
        return R.choice(["fr", "iso"])
    return {"fr": "fr", "es": R.choice(["fr", "es"]), "it": R.choice(["fr", "it"]),
            "de": "it", "nl": "es", "pt": "fr"}[lang]


def pick_customer(pred=lambda c: True, need=1, max_uses=3, inv_pred=None):
    pool = [c for c in customers if pred(c) and c["uses"] < max_uses
            and len(free_invs(c, inv_pred)) >= need]
    if not pool:
        raise RuntimeError("no customer for predicate")
    c = R.choice(pool)
    c["uses"] += 1
    return c


def free_invs(c, inv_pred=None):
    out = [v for v in invoices if v["customer_id"] == c["id"] and not v["_used"]
           and v["issue_date"] <= date(2026, 3, 6)]
    if inv_pred:
        out = [v for v in out if inv_pred(v)]
    return out


def take(c, k, inv_pred=None):
    pool = free_invs(c, inv_pred)
    pick = R.sample(pool, k)
    pick.sort(key=lambda v: (v["issue_date"], v["number"]))
    for v in pick:
        v["_used"] = True
    return pick


def pay_date(invs, lo=None):
    start = max([v["issue_date"] + timedelta(days=7) for v in invs] + [PAY_START] + ([lo] if lo else []))
    if start > TODAY:
        start = TODAY
    return start + timedelta(days=R.randint(0, (TODAY - start).days))


def bal(v):
    return v["balance"]


def app(v, amount=None):
    return {"invoice_id": v["id"], "amount": s(v["balance"] if amount is None else amount)}


_seq = [0]
SID = [0]


def add_payment(c, d, amount, ccy, payer, cust_known, ref, remit, key, lang, status, apps=(),
                unapplied=ZERO, short_pay=None, cands=(), note="", checks=(), tb=None, raw_amount=None):
    _seq[0] += 1
    p = {"id": None, "date": d.isoformat(), "amount": raw_amount if raw_amount is not None else s(amount),
         "currency": ccy, "payer_name": payer,
         "customer_id": (c["id"] if (c is not None and cust_known) else None),
         "reference": ref, "remittance": remit,
         "_label": {"status": status, "applications": list(apps), "unapplied": s(unapplied),
                    "short_pay": short_pay, "candidates": [list(x) for x in cands],
                    "note": "[%s, %s] %s" % (key, lang, note)},
         "_checks": list(checks), "_tb": tb if tb is not None else R.random(), "_seq": _seq[0],
         "_cust": c["id"] if c else None, "_key": key, "_sid": SID[0]}
    payments.append(p)
    return p


def known(prob=0.7):
    return R.random() < prob


def nums(invs):
    return ", ".join(v["number"] for v in invs)


def subsets_summing(pool, amount, limit=50):
    out = []
    for k in range(1, len(pool) + 1):
        for comb in combinations(pool, k):
            if sum(b for _, b in comb) == amount:
                out.append(sorted(i for i, _ in comb))
                if len(out) >= limit:
                    return out
    return out



# ================================================================ scenarios
EUR_C = lambda c: c["ccy"] == "EUR" and c["role"] != "parent"
USD_C = lambda c: c["ccy"] == "USD" and c["role"] != "parent"
GBP_C = lambda c: c["ccy"] == "GBP" and c["role"] != "parent"
ANY_C = lambda c: c["role"] != "parent"
LANG = lambda *ls: (lambda c: c["role"] != "parent" and c["lang"] in ls)


def sepa_single_text(lang, v, c, d):
    n = v["number"]
    ds = fd(v["issue_date"], "fr")
    t = {
        "fr": ["FACTURE %s" % n, "Règlement facture n° %s" % n, "REGLT FACT %s %s" % (n, ascii_upper(c["name"].split()[0])),
               "VIR %s" % n, "Paiement fact. %s du %s" % (n, ds), "/INV/%s" % n, "solde facture %s merci" % n],
        "es": ["PAGO FRA %s" % n, "Factura %s" % n, "TRANSF. FACTURA N %s" % n, "Pago factura %s - %s" % (n, c["name"]),
               "FRA. %s DE %s" % (n, ds)],
        "it": ["SALDO FT %s" % n, "Pagamento fattura n. %s del %s" % (n, fd(v["issue_date"], "it")),
               "BONIFICO FATT %s" % n, "Saldo fattura %s" % n, "/RFB/FT %s" % n],
        "de": ["SVWZ+RE %s EREF+NOTPROVIDED" % n, "Rechnung %s" % n, "RG-NR %s vom %s" % (n, fd(v["issue_date"], "it"))],
        "nl": ["Factuur %s" % n, "Betaling factuur %s" % n, "/TRTP/SEPA OVERBOEKING/REMI/%s" % n],
        "pt": ["Pagamento fatura %s" % n, "FT %s" % n],
        "en": ["INV %s" % n, "Invoice %s payment" % n, "Payment for invoice %s" % n, "%s" % n],
    }[lang]
    return R.choice(t)


def sc_sepa_rf():
    c = pick_customer(EUR_C)
    v = take(c, 1)[0]
    ref = rf_ref(v["number"])
    if R.random() < 0.4:
        ref = rf_print(ref)
    d = pay_date([v])
    k = known(0.6)
    add_payment(c, d, bal(v), "EUR", payer_name(c), k, ref, None, "SEPA_RF", "none", "applied",
                [app(v)], note="ISO 11649 creditor reference whose body is invoice %s; amount equals its balance."
                % v["number"])


def sc_sepa_single():
    c = pick_customer(EUR_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    lang = c["lang"]
    ref = sepa_single_text(lang, v, c, d)
    add_payment(c, d, bal(v), "EUR", payer_name(c), known(0.55), ref, None, "SEPA_FREE", lang, "applied",
                [app(v)], note="Free-text reference names %s and the amount is its exact balance." % v["number"])


def sc_sepa_multi():
    c = pick_customer(EUR_C, need=3)
    vs = take(c, R.randint(2, 3))
    d = pay_date(vs)
    lang = c["lang"]
    ns = [v["number"] for v in vs]
    t = {
        "fr": ["FACT %s" % " ".join(ns), "Règlement factures %s" % " + ".join(ns), "FACTURES %s ET %s" % (", ".join(ns[:-1]), ns[-1])],
        "es": ["FRAS %s" % " ".join(ns), "Pago facturas %s y %s" % (", ".join(ns[:-1]), ns[-1])],
        "it": ["FT %s" % " - ".join(ns), "Saldo fatture %s" % ", ".join(ns)],
        "de": ["SVWZ+RE %s" % " ".join(ns), "Rechnungen %s" % ", ".join(ns)],
        "nl": ["Facturen %s" % ", ".join(ns)],
        "pt": ["Faturas %s" % " e ".join(ns)],
        "en": ["INV %s" % " / ".join(ns), "Invoices %s" % ", ".join(ns)],
    }[lang]
    total = sum(bal(v) for v in vs)
    add_payment(c, d, total, "EUR", payer_name(c), known(0.55), R.choice(t)[:140], None, "SEPA_MULTI", lang,
                "applied", [app(v) for v in vs], note="Reference lists %s; amount equals the sum of their balances." % nums(vs))


def remit_table(lang, c, vs, d, paid=None, deduction_lines=None, total=None, hdr_ref=None):
    """A remittance advice listing invoices; paid: dict inv_id -> amount shown as paid."""
    st = ccy_style(lang)
    dst = date_style(lang, c)
    paid = paid or {v["id"]: bal(v) for v in vs}
    total = total if total is not None else sum(paid.values())
    ccy = vs[0]["currency"]
    sig = R.choice(SIG[lang])
    hdr_ref = hdr_ref or "%d" % R.randint(100000, 999999)
    lines = []
    if lang == "fr":
        lines.append(R.choice(["AVIS DE PAIEMENT", "Avis de virement", "Objet : règlement de vos factures"]))
        lines.append("Donneur d'ordre : %s" % c["name"])
        lines.append("Date d'exécution : %s   Réf. : VIR-%s" % (fd(d, dst), hdr_ref))
        lines.append("")
        lines.append("%-16s %-12s %14s" % ("N° facture", "Date", "Montant"))
        for v in vs:
            lines.append("%-16s %-12s %14s" % (v["number"], fd(v["issue_date"], dst), fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
        lines.append("%-29s %14s %s" % ("Total réglé", fmt(total, st), ccy))
    elif lang == "es":
        lines.append(R.choice(["Estimados señores:", "Muy señores nuestros:", "Hola,"]))
        lines.append("Les comunicamos que con fecha %s hemos ordenado transferencia por importe de %s %s "
                     "para el pago de las siguientes facturas:" % (fd(d, dst), fmt(total, st), "€" if ccy == "EUR" else ccy))
        for v in vs:
            lines.append("  - %s de %s .......... %s" % (v["number"], fd(v["issue_date"], dst), fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
    elif lang == "it":
        lines.append("Spett.le Vignobles Méditerranée Export,")
        lines.append("Vi comunichiamo di aver disposto bonifico in data %s (distinta n. %s) a saldo di:"
                     % (fd(d, dst), hdr_ref[-3:]))
        for v in vs:
            lines.append("Fattura n. %s del %s   € %s" % (v["number"], fd(v["issue_date"], dst), fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
        lines.append("Totale bonifico: € %s" % fmt(total, st))
    elif lang == "de":
        lines.append("Zahlungsavis Nr. %s vom %s" % (hdr_ref, fd(d, dst)))
        lines.append("Sehr geehrte Damen und Herren, wir haben folgende Rechnungen zur Zahlung angewiesen:")
        lines.append("%-16s %-12s %14s" % ("Beleg", "Datum", "Betrag"))
        for v in vs:
            lines.append("%-16s %-12s %14s" % (v["number"], fd(v["issue_date"], dst), fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
        lines.append("Summe: %s EUR" % fmt(total, st))
    elif lang == "nl":
        lines.append("Betalingsspecificatie %s" % hdr_ref)
        lines.append("Geachte heer/mevrouw, hierbij de specificatie van onze betaling d.d. %s:" % fd(d, dst))
        for v in vs:
            lines.append("  factuur %s  %s" % (v["number"], fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
        lines.append("Totaal: EUR %s" % fmt(total, st))
    elif lang == "pt":
        lines.append("Aviso de pagamento n.º %s" % hdr_ref)
        lines.append("Informamos que foi efetuada transferência em %s para liquidação de:" % fd(d, dst))
        for v in vs:
            lines.append("  Fatura %s .... %s EUR" % (v["number"], fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
        lines.append("Total: %s EUR" % fmt(total, st))
    else:
        lines.append(R.choice(["REMITTANCE ADVICE", "Remittance Advice", "Payment notification"]))
        lines.append("From: %s" % c["name"])
        lines.append("Payment date: %s    Payment #: %s" % (fd(d, dst), hdr_ref))
        lines.append("")
        lines.append("%-16s %-12s %14s" % ("Invoice", "Inv date", "Amount paid"))
        for v in vs:
            lines.append("%-16s %-12s %14s" % (v["number"], fd(v["issue_date"], dst), fmt(paid[v["id"]], st)))
        for dl in deduction_lines or []:
            lines.append(dl)
        lines.append("%-29s %14s %s" % ("Total", fmt(total, st), ccy))
    lines.append("")
    lines.append(sig)
    return "\n".join(lines)


def remit_ref(lang, d):
    return R.choice({
        "fr": ["AVIS %s" % R.randint(1000, 9999), "REGLEMENT FOURNISSEUR", "VIR FOURNISSEURS %s" % fd(d, "fr2"), None],
        "es": ["PAGO PROVEEDORES %s" % fd(d, "fr2"), "TRANSFERENCIA", "REMESA PAGOS %d" % R.randint(10, 99), None],
        "it": ["BONIFICO FORNITORI", "DISTINTA %d" % R.randint(100, 999), "PAGAMENTO FATTURE VARIE", None],
        "de": ["SAMMELZAHLUNG LT AVIS", "ZAHLUNG LT AVIS %d" % R.randint(1000, 9999)],
        "nl": ["BETALING CONFORM SPECIFICATIE", "Betaling %d" % R.randint(1000, 9999)],
        "pt": ["PAGAMENTO FORNECEDOR", None],
        "en": ["PAYMENT %07d" % R.randint(1, 999999), "AP RUN %s" % fd(d, "ymd"), "SEE REMITTANCE", None],
    }[lang])


def sc_remit_multi():
    c = pick_customer(ANY_C, need=4)
    vs = take(c, R.randint(2, 4))
    d = pay_date(vs)
    lang = c["lang"]
    total = sum(bal(v) for v in vs)
    add_payment(c, d, total, c["ccy"], payer_name(c), known(0.6), remit_ref(lang, d),
                remit_table(lang, c, vs, d), "REMIT_MULTI", lang, "applied", [app(v) for v in vs],
                note="Remittance advice lists %s at their balances; they add up to the payment." % nums(vs))


def sc_edi820():
    c = pick_customer(USD_C, need=3)
    vs = take(c, R.randint(1, 3))
    d = pay_date(vs)
    total = sum(bal(v) for v in vs)
    trn = R.randint(10 ** 9, 10 ** 10 - 1)
    segs = ["ISA*00*          *00*          *ZZ*%s*ZZ*VMEXPORT~" % norm(c["name"])[:10],
            "BPR*C*%s*C*ACH*CCP*01*021000021*DA*%d*%s~" % (fmt(total, "plain"), R.randint(10 ** 8, 10 ** 9),
                                                         d.strftime("%Y%m%d")),
            "TRN*1*%d~" % trn, "N1*PR*%s~" % ascii_upper(c["name"])]
    for v in vs:
        segs.append("RMR*IV*%s*PI*%s*%s~" % (v["number"], fmt(bal(v), "plain"), fmt(v["total"], "plain")))
        segs.append("DTM*003*%s~" % v["issue_date"].strftime("%Y%m%d"))
    segs.append("SE*%d*0001~" % (len(segs) + 1))
    add_payment(c, d, total, "USD", payer_name(c), known(0.5), "ACH CCD+ TRN %d" % trn, "\n".join(segs),
                "ACH_EDI820", "en", "applied", [app(v) for v in vs],
                note="EDI 820 RMR segments name %s with paid amounts equal to balances; sum equals the ACH amount." % nums(vs))


def sc_lcr():
    ser = lambda v: v["_series"] == "FA"
    c = pick_customer(lambda c: c["role"] != "parent" and c["country"] == "FR", inv_pred=ser)
    v = take(c, 1, ser)[0]
    d = pay_date([v])
    n = v["number"]
    ref = R.choice(["LCR ECH %s REF TIREUR %s" % (fd(d, "short"), n),
                    "REMISE LCR N°%d ECH.%s %s" % (R.randint(100, 999), fd(d, "fr2"), n),
                    "LCR DOMICILIEE %s %s" % (n, ascii_upper(c["name"])[:18]),
                    "EFFET LCR-BOR ECH %s FACT %s" % (fd(d, "fr"), n)])
    add_payment(c, d, bal(v), "EUR", payer_name(c), known(0.85), ref, None, "LCR", "fr", "applied", [app(v)],
                note="LCR bill drawn on %s for its exact balance." % n)


def sc_riba_full():
    ser = lambda v: v["_series"] == "IT"
    c = pick_customer(lambda c: c["role"] != "parent" and c["country"] == "IT", inv_pred=ser)
    v = take(c, 1, ser)[0]
    last = R.random() < 0.45
    n = v["number"]
    if last:
        third = q(v["total"] / 3)
        v["balance"] = v["total"] - 2 * third
        rate = "3/3"
    else:
        v["balance"] = v["total"]
        rate = None
    d = pay_date([v])
    dd = fd(d, R.choice(["fr", "it"]))
    if rate:
        ref = R.choice(["RIBA %s FT %s SCAD %s" % (rate, n, dd), "INCASSO RI.BA. RATA %s FATT. %s" % (rate, n)])
        note = "Third and last RiBa instalment of %s; the invoice already carries two instalments, so the amount equals the remaining balance." % n
    else:
        ref = R.choice(["RIBA N.%d SCAD. %s FT %s DEL %s" % (R.randint(1, 400), dd, n, fd(v["issue_date"], "it")),
                        "INCASSO RI.BA. %s FATT. %s" % (ascii_upper(c["name"])[:20], n),
                        "EFFETTI SBF RIBA %s %s" % (dd, n)])
        note = "RiBa collection for %s at its exact balance." % n
    add_payment(c, d, bal(v), "EUR", payer_name(c), known(0.85), ref, None, "RIBA_FULL", "it", "applied", [app(v)],
                note=note)


def sc_pagare():
    ser = lambda v: v["_series"] == "ES"
    c = pick_customer(lambda c: c["role"] != "parent" and c["country"] == "ES", need=2, inv_pred=ser)
    vs = take(c, R.randint(1, 2), ser)
    d = pay_date(vs)
    num = "%d.%03d.%03d-%d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 999), R.randint(0, 9))
    total = sum(bal(v) for v in vs)
    ns = [v["number"] for v in vs]
    ref = R.choice(["PAGARE %s VTO %s FRAS %s" % (num, fd(d, "fr2"), " ".join(ns)),
                    "COBRO PAGARE Nº %s" % num,
                    "Pagaré nº %s vencimiento %s" % (num, fd(d, "fr"))])
    remit = None
    if "FRAS" not in ref:
        remit = ("Adjuntamos pagaré nº %s con vencimiento %s por importe de %s €, en pago de las facturas:\n%s\n\n%s"
                 % (num, fd(d, "fr"), fmt(total, "de"),
                    "\n".join("   %s   %s" % (v["number"], fmt(bal(v), "de")) for v in vs), R.choice(SIG["es"])))
    add_payment(c, d, total, "EUR", payer_name(c), known(0.8), ref, remit, "PAGARE", "es", "applied",
                [app(v) for v in vs], note="Pagaré covering %s; amount equals their balances." % nums(vs))


def fps_ref(v, c):
    n = v["number"]
    opts = [norm(n), "INV %s" % n[-4:], n, ("%s %s" % (ascii_upper(c["name"]).split()[0], norm(n)))[:18],
            "EXUK%s" % n[-4:]]
    return R.choice(opts)[:18]


def sc_fps():
    c = pick_customer(GBP_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    ref = fps_ref(v, c)
    short = not norm(ref).endswith(norm(v["number"]))
    k = True if short else known(0.6)
    chk = []
    if short:
        chk.append(("unique_subset", [c["id"]], "GBP", bal(v), [v["id"]]))
    add_payment(c, d, bal(v), "GBP", payer_name(c), k, ref, None, "UK_FPS", "en", "applied", [app(v)],
                note="Faster Payment (18-char reference) naming %s; exact balance." % v["number"], checks=chk)


def obi_lines(text):
    return "\n".join(text[i:i + 35] for i in range(0, len(text), 35))


def sc_wire_us():
    c = pick_customer(USD_C, need=3)
    vs = take(c, R.randint(1, 3))
    d = pay_date(vs)
    total = sum(bal(v) for v in vs)
    ns = [v["number"] for v in vs]
    if len(ns) > 1 and R.random() < 0.5:
        obi = "INV %s %s" % (ns[0], " ".join("/" + x[-4:] for x in ns[1:]))
        how = "shorthand suffixes"
    else:
        obi = "INV " + " ".join(ns)
        how = "full numbers"
    ref = R.choice([obi, "OBI=" + obi, "/RFB/" + obi, obi_lines(obi)])
    add_payment(c, d, total, "USD", payer_name(c, "upper"), True if how == "shorthand suffixes" else known(0.35), ref[:140],
                R.choice([None, "FED WIRE IMAD %s%s" % (d.strftime("%Y%m%d"), "QMGFT0%06d" % R.randint(0, 999999))]),
                "US_WIRE", "en", "applied", [app(v) for v in vs],
                note="Fedwire with OUR charges; OBI names %s (%s); exact sum of balances." % (nums(vs), how))


def sc_wire_trunc_ok():
    c = pick_customer(USD_C, need=4)
    vs = take(c, 2)
    d = pay_date(vs)
    total = sum(bal(v) for v in vs)
    obi = "PAYMENT OF INVOICES %s %s" % (vs[0]["number"], vs[1]["number"])
    cut = obi[:35]
    assert vs[1]["number"] not in cut
    add_payment(c, d, total, "USD", payer_name(c, "upper"), True, cut, None, "US_WIRE_TRUNC_OK", "en", "applied",
                [app(v) for v in vs],
                note="OBI cut at 35 chars after %s; the amount is that balance plus exactly one other open invoice of the "
                     "customer (%s), the only combination that fits." % (vs[0]["number"], vs[1]["number"]),
                checks=[("unique_subset_with", [c["id"]], "USD", total, [v["id"] for v in vs], vs[0]["id"])])


def sc_amount_only():
    c = pick_customer(ANY_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    lang = c["lang"]
    ref = R.choice({
        "fr": [None, "VIREMENT %s" % ascii_upper(c["name"])[:25], "REGLEMENT", "PAIEMENT FOURNISSEUR"],
        "es": [None, "TRANSFERENCIA %s" % ascii_upper(c["name"])[:25], "PAGO PROVEEDOR"],
        "it": [None, "BONIFICO A VOSTRO FAVORE", "PAGAMENTO"],
        "de": [None, "ZAHLUNG", "UEBERWEISUNG"], "nl": [None, "BETALING"], "pt": [None, "PAGAMENTO"],
        "en": [None, "PAYMENT", "SUPPLIER PAYMENT", {"GBP": "BACS", "USD": "ACH PAYMENT"}.get(c["ccy"], "TRANSFER")],
    }[lang])
    add_payment(c, d, bal(v), c["ccy"], payer_name(c), True, ref, None, "AMOUNT_ONLY", "none" if ref is None else lang,
                "applied", [app(v)],
                note="Known customer, no invoice reference; the amount equals the balance of %s and no other "
                     "combination of the customer's open invoices." % v["number"],
                checks=[("unique_subset", [c["id"]], c["ccy"], bal(v), [v["id"]])])


def make_typo(n):
    ops = ["transpose", "drop", "swapdigit", "O0", "nodash", "prefix"]
    digits = [i for i, ch in enumerate(n) if ch.isdigit()]
    for _ in range(50):
        op = R.choice(ops)
        if op == "transpose":
            i = R.choice(digits[-4:-1])
            if n[i + 1].isdigit() and n[i] != n[i + 1]:
                return n[:i] + n[i + 1] + n[i] + n[i + 2:], "transposed digits"
        elif op == "drop":
            i = R.choice(digits[-3:])
            t = n[:i] + n[i + 1:]
            if t.lstrip() != n:
                return t, "dropped digit"
        elif op == "swapdigit":
            i = R.choice(digits[-2:])
            nd = str((int(n[i]) + R.choice([1, 2, 8, 9])) % 10)
            return n[:i] + nd + n[i + 1:], "mistyped digit"
        elif op == "O0":
            i = R.choice([j for j in digits if n[j] == "0"] or [None])
            if i is not None:
                return n[:i] + "O" + n[i + 1:], "letter O for zero"
        elif op == "nodash":
            pass
        elif op == "prefix":
            pass
    i = digits[-1]
    return n[:i] + str((int(n[i]) + 5) % 10) + n[i + 1:], "mistyped digit"


def numkey(n):
    """Number with separators dropped and leading zeros stripped per digit run ("FA26-00317" -> "FA|26|317")."""
    out, run = [], ""
    for ch in n.upper() + "#":
        if ch.isdigit():
            run += ch
            continue
        if run:
            out.append(str(int(run)))
            run = ""
        if ch.isalpha():
            out.append(ch)
        elif out and out[-1] != "|":
            out.append("|")
    return "".join(out).strip("|")


NUMKEYS = {numkey(v["number"]) for v in invoices}


def good_typo(c, v):
    for _ in range(40):
        typo, kind = make_typo(v["number"])
        if norm(typo) in NORM_NUM or numkey(typo) in NUMKEYS:
            continue
        close = [w["id"] for w in cust_invs(c["id"]) if dlev(norm(typo), norm(w["number"])) <= 2]
        if close == [v["id"]]:
            return typo, kind
    return None, None


def sc_typo():
    for _ in range(30):
        c = pick_customer(ANY_C)
        cands = [w for w in free_invs(c) if good_typo(c, w)[0]]
        if cands:
            break
        c["uses"] -= 1
    v = R.choice(cands)
    v["_used"] = True
    d = pay_date([v])
    typo, kind = good_typo(c, v)
    lang = c["lang"]
    ref = {"fr": "Fact %s", "es": "Fra %s", "it": "Ft. %s", "de": "Rechnung %s", "nl": "Factuur %s",
           "pt": "Fatura %s", "en": R.choice(["Inv %s", "Invoice #%s", "%s"])}[lang] % typo
    if c["ccy"] == "GBP":
        ref = ref[:18]
    add_payment(c, d, bal(v), c["ccy"], payer_name(c), True, ref, None, "TYPO_REF", lang, "applied", [app(v)],
                note="Reference '%s' is %s of %s (not an existing number); the known customer's amount equals "
                     "exactly that invoice's balance." % (typo, kind, v["number"]),
                checks=[("typo", c["id"], typo, v["id"]), ("unique_subset", [c["id"]], c["ccy"], bal(v), [v["id"]])])


CONTAINER_PFX = ["MSKU", "MEDU", "TGHU", "CMAU", "HLXU", "SEGU", "TCNU", "MSCU"]


def container():
    return "%s%07d" % (R.choice(CONTAINER_PFX), R.randint(0, 9999999))


def sc_order_ref():
    c = pick_customer(ANY_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    lang = c["lang"]
    # lookalike: digits of an invoice of ANOTHER customer (same series), different amount
    others = [o for o in invoices if o["customer_id"] != c["id"] and o["_series"] == v["_series"]
              and o["balance"] != v["balance"] and (o["customer_id"] not in [x["id"] for x in customers if x["group"] is not None and x["group"] == c["group"]])]
    mine = {int(x["number"][-4:]) for x in cust_invs(c["id"])}
    others = [o for o in others if int(o["number"][-4:]) not in mine]
    o = R.choice(others)
    core = o["number"][-5:] if o["_series"] in ("FA", "ES", "IT") else o["number"][-4:]
    yy = "26" if o["issue_date"].year == 2026 else "25"
    ordno = "%s-%s" % (yy, core)
    cont = container()
    ref = {
        "fr": "CDE %s / CONT %s" % (ordno, cont),
        "es": "PEDIDO %s CONTENEDOR %s" % (ordno, cont),
        "it": "ORDINE %s DDT %d CONTAINER %s" % (ordno, R.randint(100, 999), cont),
        "de": "BESTELLUNG %s CONTAINER %s" % (ordno, cont),
        "nl": "ORDER %s CONTAINER %s" % (ordno, cont),
        "pt": "ENCOMENDA %s CONTENTOR %s" % (ordno, cont),
        "en": R.choice(["PO %s SHIPMENT %s" % (ordno, cont), "Order %s / B/L %s" % (ordno, cont)]),
    }[lang]
    if c["ccy"] == "GBP":
        ref = ("PO %s" % ordno)[:18]
    add_payment(c, d, bal(v), c["ccy"], payer_name(c), True, ref, None, "ORDER_REF", lang, "applied", [app(v)],
                note="Reference carries an order/container number (%s) that resembles %s of another customer "
                     "(different amount); the known customer's amount matches only %s." % (ordno, o["number"], v["number"]),
                checks=[("unique_subset", [c["id"]], c["ccy"], bal(v), [v["id"]])])


def group_members(gi):
    return [c for c in customers if c["group"] == gi and c["role"] == "member"]


def group_parent(gi):
    return [c for c in customers if c["group"] == gi and c["role"] == "parent"][0]


def sc_group(gi):
    par = group_parent(gi)
    mem = [m for m in group_members(gi) if free_invs(m)]
    R.shuffle(mem)
    mem = mem[:R.randint(2, len(mem))]
    vs = []
    for m in mem:
        vs += take(m, R.randint(1, 2))
    vs.sort(key=lambda v: v["number"])
    d = pay_date(vs)
    lang = par["lang"]
    total = sum(bal(v) for v in vs)
    st = ccy_style(lang)
    head = {"fr": "Règlement groupé pour le compte de nos filiales :", "es": "Pago centralizado por cuenta de nuestras sociedades:",
            "it": "Pagamento accentrato per conto delle società del gruppo:", "en": "Consolidated payment on behalf of group companies:"}[lang]
    body = "\n".join("%-26s %-16s %12s" % (v["customer_name"], v["number"], fmt(bal(v), st)) for v in vs)
    remit = "%s\n\n%s\n%s\n\n%s" % (head, body, "%-43s %12s" % ("TOTAL", fmt(total, st)), R.choice(SIG[lang]))
    add_payment(par, d, total, par["ccy"], payer_name(par), known(0.6), remit_ref(lang, d), remit, "GROUP_PAYS_MEMBERS",
                lang, "applied", [app(v) for v in vs],
                note="Group parent pays member companies' invoices %s, listed one by one at their balances; sum is exact."
                     % nums(vs))


def sc_statement():
    c = pick_customer(lambda c: c["role"] != "parent" and c["ccy"] == "EUR", need=4)
    vs_all = sorted(free_invs(c), key=lambda v: v["issue_date"])
    # statement at end of a month: every free invoice of the customer issued up to then
    cut = R.choice([date(2026, 1, 31), date(2026, 2, 28), date(2025, 12, 31)])
    vs = [v for v in vs_all if v["issue_date"] <= cut]
    if len(vs) < 2:
        c["uses"] -= 1
        return False
    # all the customer's open invoices issued up to the statement date must be on the statement
    allv = [v for v in cust_invs(c["id"]) if v["issue_date"] <= cut]
    if any(v["_used"] for v in allv):
        c["uses"] -= 1
        return False
    for v in vs:
        v["_used"] = True
    d = pay_date(vs, lo=cut + timedelta(days=5))
    lang = c["lang"]
    ref = {"fr": "REGLEMENT RELEVE AU %s" % fd(cut, "fr"), "es": "PAGO EXTRACTO A %s" % fd(cut, "fr"),
           "it": "SALDO ESTRATTO CONTO AL %s" % fd(cut, "fr"), "de": "KONTOAUSZUG PER %s" % fd(cut, "it"),
           "nl": "BETALING REKENINGOVERZICHT %s" % fd(cut, "es"), "pt": "EXTRATO %s" % fd(cut, "fr"),
           "en": "STATEMENT %s" % fd(cut, "fr")}[lang]
    total = sum(bal(v) for v in vs)
    add_payment(c, d, total, c["ccy"], payer_name(c), True, ref, None, "STATEMENT", lang, "applied",
                [app(v) for v in vs],
                note="Pays the statement at %s: exactly the sum of the %d open invoices issued up to that date (%s), "
                     "the only fitting combination." % (cut.isoformat(), len(vs), nums(vs)),
                checks=[("unique_subset", [c["id"]], c["ccy"], total, [v["id"] for v in vs])])
    return True


def sap_advice(c, vs, d, deducts=None, lang="en"):
    deducts = deducts or {}
    vend = "%010d" % R.randint(100000, 999999)
    lines = ["Payment advice note from %s" % fd(d, "it"), "Our vendor number with you: %s" % vend,
             "Payment document %d" % R.randint(1500000000, 1599999999), "",
             "%-16s %-10s %14s %12s %14s" % ("Your document", "Doc. date", "Gross amount", "Deduction", "Net amount")]
    tot = ZERO
    for v in vs:
        dd = deducts.get(v["id"], ZERO)
        net = bal(v) - dd
        tot += net
        lines.append("%-16s %-10s %14s %12s %14s" % (v["number"], fd(v["issue_date"], "it"), fmt(bal(v), "en"),
                                                   fmt(dd, "en"), fmt(net, "en")))
    lines.append("%-16s %-10s %14s %12s %14s" % ("Total", "", "", "", fmt(tot, "en")))
    return "\n".join(lines), tot


def sc_dutyfree():
    c = pick_customer(lambda c: c["kind"] == "dutyfree", need=3)
    vs = take(c, R.randint(1, 3))
    d = pay_date(vs)
    remit, tot = sap_advice(c, vs, d)
    add_payment(c, d, tot, c["ccy"], payer_name(c), known(0.6), "PAYMENT ADVICE %s" % fd(d, "ymd"), remit,
                "DUTYFREE_SAP", "en", "applied", [app(v) for v in vs],
                note="SAP payment advice from a duty-free operator; %s with no deductions; net equals the payment." % nums(vs))


# ---------------------------------------------------------------- partial
BREAKAGE = {
    "fr": ["moins casse {b} btl (réclamation du {d}, photos envoyées au transporteur) : -{x}",
           "déduction casse constatée à réception, {b} bouteilles : {x} €"],
    "es": ["menos roturas {b} botellas según albarán de entrega firmado con reserva: -{x}",
           "descontamos {b} botellas rotas en la recepción ({x} €)"],
    "it": ["meno rotture {b} bottiglie (verbale di consegna con riserva): -{x}",
           "trattenuta per merce rotta, {b} bt: € {x}"],
    "de": ["abzgl. Bruch {b} Flaschen lt. Lieferschein mit Vorbehalt: -{x}"],
    "nl": ["min breuk {b} flessen (schaderapport vervoerder): -{x}"],
    "pt": ["menos quebras {b} garrafas: -{x}"],
    "en": ["less breakage {b} btls per carrier damage report DR-{r}: ({x})",
           "Deduction: {b} broken bottles on delivery, claim {r}, {x}"],
}
PROMO = {
    "fr": ["déduction participation promotionnelle selon accord {y} : -{x}", "moins remise promo catalogue mars : {x}"],
    "es": ["descuento promocional acordado (campaña {y}): -{x}", "menos aportación promocional folleto: {x}"],
    "it": ["contributo promozionale volantino come da accordo {y}: -{x}", "trattenuta promo listino: {x}"],
    "de": ["abzgl. Werbekostenzuschuss {y}: -{x}"],
    "nl": ["min promotiebijdrage {y}: -{x}"],
    "pt": ["menos contribuição promocional {y}: -{x}"],
    "en": ["less promotional allowance (Q1 feature, agreement {y}): ({x})", "Promo allowance deducted: {x}",
           "Less listing / promo fee per {y} trade terms: {x}"],
}
EXCISE = {
    "fr": ["ajustement droits d'accises (taux {y}) : -{x}", "régul. cotisation sécu sociale alcools : -{x}"],
    "es": ["regularización impuesto especial sobre el alcohol: -{x}"],
    "it": ["rettifica accise su alcolici (aliquota {y}): -{x}"],
    "de": ["Korrektur Alkoholsteuer: -{x}"],
    "nl": ["correctie accijns {y}: -{x}"],
    "pt": ["acerto IABA (imposto sobre o álcool): -{x}"],
    "en": [],
}
EXCISE_UK = ["less duty adjustment (UK alcohol duty rate change {y}): ({x})",
             "Duty overcharge - strength band corrected, adj: {x}"]
EXCISE_US = ["less federal excise tax difference per our calc: {x}", "FET adjustment (wine tax class corrected): ({x})"]
EXCISE_EN = ["Excise overcharge adjustment: {x}", "less excise duty difference (rate {y}): {x}"]


def sc_short_pay(kind):
    c = pick_customer(ANY_C, need=1)
    v = take(c, 1)[0]
    d = pay_date([v])
    lang = c["lang"]
    if kind == "breakage":
        b = R.randint(2, 12)
        ded = q(b * q(R.uniform(4.5, 38)))
        tmpl = BREAKAGE
        reason = "breakage"
    elif kind == "promo":
        ded = q(v["balance"] * D(R.choice(["0.02", "0.03", "0.05", "0.04"])))
        b = 0
        tmpl = PROMO
        reason = "promotional allowance"
    else:
        ded = q(v["balance"] * D(R.choice(["0.011", "0.017", "0.025", "0.032"])))
        b = 0
        tmpl = dict(EXCISE)
        tmpl["en"] = {"USD": EXCISE_US, "GBP": EXCISE_UK}.get(c["ccy"], EXCISE_EN)
        reason = "excise/duty adjustment"
    if ded <= 0 or ded >= v["balance"]:
        ded = q(v["balance"] * D("0.03"))
    st = ccy_style(lang)
    line = R.choice(tmpl[lang]).format(b=b, d=fd(d - timedelta(days=R.randint(5, 20)), "fr"), x=fmt(ded, st),
                                       r=R.randint(1000, 9999), y=R.choice(["2026", "2025/26", "Q1-2026"]))
    amount = v["balance"] - ded
    if R.random() < 0.5:
        remit = remit_table(lang, c, [v], d, paid={v["id"]: v["balance"]}, deduction_lines=[line], total=amount)
        ref = remit_ref(lang, d) or v["number"]
    else:
        remit = None
        pre = {"fr": "FACT %s", "es": "FRA %s", "it": "FT %s", "de": "RE %s", "nl": "FACT %s", "pt": "FT %s",
               "en": "INV %s"}[lang] % v["number"]
        ref = pre + " " + line
        if len(ref) > 140 or c["ccy"] == "GBP":
            ref = pre if c["ccy"] != "GBP" else norm(v["number"])
            remit = "%s\n%s\n\n%s" % (pre, line, R.choice(SIG[lang]))
    add_payment(c, d, amount, c["ccy"], payer_name(c), known(0.6), ref, remit, "SHORT_" + kind.upper(), lang, "partial",
                [app(v, amount)], short_pay={"invoice_id": v["id"], "amount": s(ded), "reason": reason},
                note="Pays %s less a stated %s deduction of %s; the deduction stays open as a short pay." %
                     (v["number"], reason, s(ded)),
                checks=[("no_other_fit", [c["id"]], c["ccy"], amount)])


def sc_bank_fee():
    c = pick_customer(USD_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    fee = q(R.choice([15, 20, 25, 25, 30, 35, 40, 45]))
    amount = v["balance"] - fee
    n = v["number"]
    style = R.randint(0, 3)
    if style == 0:
        ref = "INV %s /CHGS/USD%s/" % (n, fmt(fee, "plainc"))
        remit = None
    elif style == 1:
        ref = "OBI: PMT INV %s BBI: SHA INTERMEDIARY FEE USD %s" % (n, fmt(fee, "plain"))
        remit = None
    elif style == 2:
        ref = "INVOICE %s" % n
        remit = ("MT103 :71A:SHA\n:71F:USD%s\n:70:/INV/%s\n:33B:USD%s" %
                 (fmt(fee, "plainc"), n, fmt(v["balance"], "plainc")))
    else:
        ref = "%s" % n
        remit = ("Hi, we wired the full %s today for %s. Our bank says the correspondent took its fee "
                 "(%s) on the way; please don't chase us for it.\n\n%s" %
                 (fmt(v["balance"], "en"), n, "$" + fmt(fee, "en"), R.choice(SIG["en"])))
    add_payment(c, d, amount, "USD", payer_name(c, "upper"), known(0.4), ref, remit, "US_WIRE_BANK_FEE", "en" if style != 0 else "none",
                "partial", [app(v, amount)], short_pay={"invoice_id": v["id"], "amount": s(fee),
                                                         "reason": "intermediary bank fees"},
                note="Wire for %s arrives %s short; the text states the correspondent/intermediary charge, so it is a "
                     "short pay of the fee." % (n, s(fee)),
                checks=[("no_other_fit", [c["id"]], "USD", amount)])


def sc_instalment():
    c = pick_customer(ANY_C)
    v = take(c, 1)[0]
    lang = c["lang"]
    n = v["number"]
    if c["country"] == "IT" and R.random() < 0.7:
        third = q(v["total"] / 3)
        if R.random() < 0.5:
            v["balance"] = v["total"]
            rate = "1/3"
        else:
            v["balance"] = v["total"] - third
            rate = "2/3"
        amount = third
        d = pay_date([v])
        ref = R.choice(["RIBA %s FT %s SCAD %s" % (rate, n, fd(d, "it")),
                        "INCASSO RI.BA. RATA %s FATT. %s" % (rate, n)])
        remit = None
        lang = "it"
        why = "RiBa instalment %s of %s" % (rate, n)
    else:
        frac = D(R.choice(["0.5", "0.3", "0.25", "0.4"]))
        amount = q(v["balance"] * frac)
        d = pay_date([v])
        remit = None
        t = {
            "fr": ["Acompte %d%% facture %s, solde fin de mois" % (int(frac * 100), n),
                   "1er versement sur facture %s (échéancier convenu avec M. Aubert)" % n],
            "es": ["Pago parcial fra %s, resto a fin de mes" % n, "Primer plazo factura %s según acuerdo" % n],
            "it": ["Acconto su fattura %s, saldo a 30 gg" % n, "Pagamento parziale ft. %s" % n],
            "de": ["Teilzahlung Rechnung %s, Rest folgt" % n, "Abschlag auf RE %s" % n],
            "nl": ["Deelbetaling factuur %s, rest volgt" % n],
            "pt": ["Pagamento parcial fatura %s" % n],
            "en": ["Part payment inv %s per agreed payment plan" % n, "INV %s PARTIAL - balance to follow" % n,
                   "First instalment %s" % n],
        }[lang]
        ref = R.choice(t)
        if c["ccy"] == "GBP":
            ref = R.choice(["PART PMT %s" % norm(n)[-8:], "INSTAL1 %s" % norm(n)[-8:]])[:18]
            remit = "Paying %s towards %s as agreed on the phone with your credit team; the rest follows in two more payments." % (
                "£" + fmt(amount, "en"), n)
        why = "stated part payment of %s" % n
    add_payment(c, d, amount, c["ccy"], payer_name(c), known(0.75), ref, remit, "PART_PAYMENT", lang, "partial",
                [app(v, amount)], note="%s; applied and the rest of the invoice stays open (no deduction claimed)." % why,
                checks=[("no_other_fit", [c["id"]], c["ccy"], amount)])


def sc_multi_deduct():
    c = pick_customer(ANY_C, need=3)
    vs = take(c, R.randint(2, 3))
    d = pay_date(vs)
    lang = c["lang"]
    tgt = R.choice(vs)
    kind = R.choice(["breakage", "promo"])
    if kind == "breakage":
        b = R.randint(2, 6)
        ded = q(b * q(R.uniform(4.5, 38)))
        tmpl, reason = BREAKAGE, "breakage"
    else:
        ded = q(tgt["balance"] * D(R.choice(["0.03", "0.05"])))
        tmpl, reason = PROMO, "promotional allowance"
    if ded <= 0 or ded >= tgt["balance"]:
        ded = q(tgt["balance"] * D("0.02"))
    st = ccy_style(lang)
    line = R.choice(tmpl[lang]).format(b=b if kind == "breakage" else 0, d=fd(d - timedelta(days=9), "fr"),
                                       x=fmt(ded, st), r=R.randint(1000, 9999), y="2026")
    line = "%s : %s" % (tgt["number"], line)
    paid = {v["id"]: bal(v) for v in vs}
    total = sum(paid.values()) - ded
    if c["kind"] == "dutyfree" and lang == "en":
        remit, total2 = sap_advice(c, vs, d, {tgt["id"]: ded})
        assert total2 == total
    else:
        remit = remit_table(lang, c, vs, d, paid=paid, deduction_lines=[line], total=total)
    apps_ = [app(v) if v is not tgt else app(v, v["balance"] - ded) for v in vs]
    add_payment(c, d, total, c["ccy"], payer_name(c), known(0.6), remit_ref(lang, d), remit, "MULTI_WITH_DEDUCTION",
                lang, "partial", apps_, short_pay={"invoice_id": tgt["id"], "amount": s(ded), "reason": reason},
                note="Remittance pays %s in full and %s less a stated %s deduction of %s." %
                     (", ".join(v["number"] for v in vs if v is not tgt), tgt["number"], reason, s(ded)),
                checks=[("no_other_fit", [c["id"]], c["ccy"], total)])


# ---------------------------------------------------------------- unapplied
def sc_overpay():
    c = pick_customer(ANY_C)
    v = take(c, 1)[0]
    lang = c["lang"]
    n = v["number"]
    mode = R.choice(["gross", "round", "double_freight"])
    if mode == "gross" or v["balance"] != v["total"]:
        if v["balance"] == v["total"]:
            v["balance"] = q(v["total"] * D(R.choice(["0.9", "0.85", "0.95"])))
        amount = v["total"]
        why = "customer paid the invoice total although the balance is lower (earlier credit/part payment)"
    elif mode == "round":
        step = D(500) if v["balance"] > 2000 else D(100)
        amount = (v["balance"] / step).to_integral_value(rounding="ROUND_CEILING") * step
        if amount == v["balance"]:
            amount += step
        why = "customer rounded the payment up"
    else:
        amount = v["balance"] + q(R.choice([185, 240.5, 310, 420]))
        why = "customer added a freight charge that is already on the invoice"
    d = pay_date([v])
    extra = amount - v["balance"]
    ref = sepa_single_text(lang, v, c, d) if c["ccy"] == "EUR" else (
        fps_ref(v, c) if c["ccy"] == "GBP" else "INV %s" % n)
    if c["ccy"] == "GBP" and not norm(ref).endswith(norm(n)):
        ref = norm(n)
    add_payment(c, d, amount, c["ccy"], payer_name(c), True, ref, None, "OVERPAYMENT", lang, "unapplied",
                [app(v)], unapplied=extra,
                note="Reference names %s; payment exceeds its balance by %s (%s) and the excess fits no other "
                     "open invoice, so it is held unapplied." % (n, s(extra), why),
                checks=[("no_subset", [c["id"]], c["ccy"], extra, [v["id"]]), ("no_other_fit", [c["id"]], c["ccy"], amount)])


def sc_overpay_multi():
    c = pick_customer(ANY_C, need=3)
    vs = take(c, 2)
    d = pay_date(vs)
    lang = c["lang"]
    extra = q(R.choice([500, 1000, 1500, 2000, 750]))
    total = sum(bal(v) for v in vs) + extra
    st = ccy_style(lang)
    line = {"fr": "+ acompte sur prochaine commande : %s", "es": "+ anticipo próximo pedido: %s",
            "it": "+ acconto prossimo ordine: %s", "de": "+ Anzahlung nächste Bestellung: %s",
            "nl": "+ vooruitbetaling volgende order: %s", "pt": "+ adiantamento próxima encomenda: %s",
            "en": "+ deposit towards next order: %s"}[lang] % fmt(extra, st)
    paid = {v["id"]: bal(v) for v in vs}
    remit = remit_table(lang, c, vs, d, paid=paid, deduction_lines=[line], total=total)
    add_payment(c, d, total, c["ccy"], payer_name(c), True, remit_ref(lang, d), remit, "OVERPAYMENT_DEPOSIT", lang,
                "unapplied", [app(v) for v in vs], unapplied=extra,
                note="Remittance pays %s in full plus a stated deposit of %s for a future order; the deposit is held "
                     "unapplied." % (nums(vs), s(extra)),
                checks=[("no_subset", [c["id"]], c["ccy"], extra, [v["id"] for v in vs])])


def sc_duplicate_pair():
    c = pick_customer(ANY_C)
    v = take(c, 1)[0]
    lang = c["lang"]
    d1 = pay_date([v], lo=date(2026, 2, 2))
    if d1 > TODAY - timedelta(days=3):
        d1 = TODAY - timedelta(days=R.randint(3, 20))
        if d1 < v["issue_date"] + timedelta(days=1):
            d1 = v["issue_date"] + timedelta(days=1)
    d2 = d1 + timedelta(days=R.randint(1, min(12, (TODAY - d1).days)))
    if c["ccy"] == "GBP":
        ref1 = norm(v["number"])[:18]
    elif c["ccy"] == "USD":
        ref1 = "INV %s" % v["number"]
    else:
        ref1 = sepa_single_text(lang, v, c, d1)
    ref2 = ref1 if R.random() < 0.6 else ref1 + R.choice([" ", " RAPPEL", " 2", " - REEMISION", " RESEND"])
    ref2 = ref2[:18] if c["ccy"] == "GBP" else ref2
    add_payment(c, d1, bal(v), c["ccy"], payer_name(c), True, ref1, None, "DUPLICATE_FIRST", lang, "applied",
                [app(v)], note="First payment of %s, exact balance." % v["number"])
    add_payment(c, d2, bal(v), c["ccy"], payer_name(c), True, ref2, None, "DUPLICATE_SECOND", lang, "unapplied",
                [], unapplied=bal(v),
                note="Same customer pays %s again %d day(s) later; the invoice is already paid by the earlier payment "
                     "and the amount fits no other open invoice, so the whole payment is unapplied cash."
                     % (v["number"], (d2 - d1).days),
                checks=[("no_subset", [c["id"]], c["ccy"], bal(v), [])])


def sc_on_account():
    c = pick_customer(ANY_C, max_uses=3, need=0)
    lang = c["lang"]
    d = PAY_START + timedelta(days=R.randint(0, (TODAY - PAY_START).days))
    mine = [v["balance"] for v in cust_invs(c["id"])]
    for _ in range(300):
        mode = R.choice(["round", "proforma"])
        if mode == "round":
            amount = q(R.choice([1000, 2500, 3000, 5000, 7500, 10000, 12000, 15000, 20000, 4000, 6000, 8000]))
        else:
            amount = q(R.uniform(800, 30000))
        if all(abs(b - amount) > b * D("0.12") for b in mine) and \
                not subsets_summing([(i, b) for i, b in enumerate(mine)], amount, 1):
            break
    pf = "PF%s-%04d" % (d.strftime("%y"), R.randint(1, 900))
    ordn = "%d" % R.randint(2000, 9999)
    ref = {
        "fr": ["Acompte sur commande n° %s (proforma %s)" % (ordn, pf), "ACOMPTE CDE %s" % ordn,
               "Paiement d'avance proforma %s" % pf],
        "es": ["Anticipo pedido %s" % ordn, "PAGO ANTICIPADO PROFORMA %s" % pf],
        "it": ["Acconto ordine n. %s" % ordn, "ANTICIPO PROFORMA %s" % pf],
        "de": ["Vorauszahlung Auftrag %s" % ordn, "Anzahlung Proforma %s" % pf],
        "nl": ["Vooruitbetaling order %s" % ordn], "pt": ["Adiantamento encomenda %s" % ordn],
        "en": ["Prepayment proforma %s" % pf, "Deposit for order %s (spring allocation)" % ordn,
               "ON ACCOUNT", "Payment on account"],
    }[lang]
    r = R.choice(ref)
    if c["ccy"] == "GBP":
        r = R.choice(["ON ACCOUNT", "DEPOSIT %s" % pf, "PREPAY %s" % ordn])[:18]
    add_payment(c, d, amount, c["ccy"], payer_name(c), True, r, None, "ON_ACCOUNT", lang, "unapplied", [],
                unapplied=amount,
                note="Known customer's prepayment / payment on account (order or proforma, no invoice yet); the amount "
                     "fits no open invoice or combination, so it is held unapplied.",
                checks=[("no_subset", [c["id"]], c["ccy"], amount, []), ("not_near", [c["id"]], c["ccy"], amount)])


# ---------------------------------------------------------------- review
def sc_fx():
    c = pick_customer(lambda c: c["role"] != "parent" and c["ccy"] in ("USD", "GBP"), need=3)
    vs = take(c, R.randint(2, 3))
    d = pay_date(vs)
    tot = sum(bal(v) for v in vs)
    rate = D(R.choice(["1.0842", "1.0791", "1.0917", "0.8563", "0.8471"])) if c["ccy"] == "USD" else D(R.choice(["1.1702", "1.1655"]))
    if c["ccy"] == "USD":
        eur = q(tot / rate) if rate > 1 else q(tot * rate)
    else:
        eur = q(tot * rate)
    sym = "$" if c["ccy"] == "USD" else "£"
    lines = "\n".join("  %s   %s%s" % (v["number"], sym, fmt(bal(v), "en")) for v in vs)
    remit = R.choice([
        "Statement settlement - we have paid in EUR from our euro account this month.\n%s\nTotal %s%s converted at %s = EUR %s\n\n%s",
        "Please apply our EUR transfer to the statement below (%s invoices):\n%s\nTotal %s%s, FX %s, EUR %s sent.\n\n%s",
    ]).replace("%s invoices", c["ccy"] + " invoices") % (lines, sym, fmt(tot, "en"), rate, fmt(eur, "en"), R.choice(SIG["en"]))
    add_payment(c, d, eur, "EUR", payer_name(c), known(0.7), "STATEMENT %s" % d.strftime("%b %Y").upper(), remit,
                "FX_MISMATCH", "en", "review", [], unapplied=eur, cands=[[v["id"] for v in vs]],
                note="EUR payment for the customer's %s invoices %s; an application must be in the invoice currency, so a "
                     "person has to decide the FX treatment." % (c["ccy"], nums(vs)))


def sc_dup_amount():
    c = pick_customer(ANY_C, need=2)
    a, b = take(c, 2)
    b["total"] = a["total"]
    b["balance"] = a["balance"] = a["total"]
    d = pay_date([a, b])
    lang = c["lang"]
    ref = R.choice({
        "fr": [None, "VIREMENT", "commande habituelle"], "es": [None, "PAGO PEDIDO MENSUAL"],
        "it": [None, "ORDINE RICORRENTE"], "de": [None, "ZAHLUNG"], "nl": [None], "pt": [None],
        "en": [None, "STANDING ORDER", "PAYMENT"]}[lang])
    add_payment(c, d, bal(a), c["ccy"], payer_name(c), True, ref, None, "AMBIG_SAME_AMOUNT",
                "none" if ref is None else lang, "review", [], unapplied=bal(a), cands=[[a["id"]], [b["id"]]],
                note="Known customer, no invoice reference; two open invoices %s and %s have the same balance %s."
                     % (a["number"], b["number"], s(bal(a))),
                checks=[("multi_subset", [c["id"]], c["ccy"], bal(a))])


UNKNOWN_PAYERS = ["SUMUP PAYMENTS LTD", "VIREMENT DE M OU MME P DURAND", "HOLDING FINANCIERE SB", "TRANSFERWISE EUROPE SA",
                  "BANCA SELLA CONTO TRANSITORIO", "CAIXABANK OPERACIONES PEND", "J MARTINEZ", "WORLDPAY AP LTD",
                  "NOTAIRE ME BERTRAND", "PAYONEER INC", "CAPITAL FACTORING SRL", "ACCT 4471 COMMERCE"]


def sc_unknown_multi():
    pairs = []
    for _ in range(200):
        c1 = pick_customer(EUR_C, max_uses=3)
        c2 = pick_customer(lambda c: c["ccy"] == "EUR" and c["role"] != "parent" and c["id"] != c1["id"] and c["group"] is None, max_uses=3)
        break
    a = take(c1, 1)[0]
    b = take(c2, 1)[0]
    b["total"] = b["balance"] = a["balance"]
    d = pay_date([a, b])
    add_payment(None, d, bal(a), "EUR", R.choice(UNKNOWN_PAYERS), False, R.choice([None, "PAIEMENT", "FACTURA", "PAYMENT"]),
                None, "UNKNOWN_PAYER_AMBIG", "none", "review", [], unapplied=bal(a), cands=[[a["id"]], [b["id"]]],
                note="Payer unknown, no customer id and no invoice number; the amount equals open invoices of two "
                     "different customers (%s, %s)." % (a["number"], b["number"]))


def sc_unknown_nofit():
    ccy = R.choice(["EUR", "EUR", "EUR", "USD", "GBP"])
    d = PAY_START + timedelta(days=R.randint(0, (TODAY - PAY_START).days))
    for _ in range(200):
        amount = q(R.uniform(150, 9000))
        if all(abs(v["balance"] - amount) > 80 and abs(v["total"] - amount) > 80
               for v in invoices if v["currency"] == ccy):
            break
    ref = R.choice([None, "VIR INST %d" % R.randint(10 ** 7, 10 ** 8), "PAYMENT", "REF %s" % fd(d, "ymd"),
                    "SEPA CT %d" % R.randint(10 ** 5, 10 ** 6)])
    add_payment(None, d, amount, ccy, R.choice(UNKNOWN_PAYERS), False, ref, None, "UNKNOWN_PAYER_NOFIT", "none", "review",
                [], unapplied=amount, cands=[],
                note="No customer id, payer not a customer, no invoice reference, and the amount matches no open "
                     "invoice: it cannot be held on a customer's account, so a person must identify it.",
                checks=[("global_nofit", ccy, amount)])


def sc_ref_amount_conflict(typo=False):
    if typo:
        for _ in range(30):
            c = pick_customer(ANY_C, need=2)
            cands = [w for w in free_invs(c) if good_typo(c, w)[0]]
            if cands:
                break
            c["uses"] -= 1
        a = R.choice(cands)
        a["_used"] = True
        b = take(c, 1)[0]
    else:
        c = pick_customer(ANY_C, need=2)
        a, b = take(c, 2)
    d = pay_date([a, b])
    lang = c["lang"]
    if typo:
        t, kind = good_typo(c, a)
        ref = {"fr": "Fact %s", "es": "Fra %s", "it": "Ft %s", "de": "RE %s", "nl": "Factuur %s", "pt": "Fatura %s",
               "en": "Inv %s"}[lang] % t
        if c["ccy"] == "GBP":
            ref = ref[:18]
        key = "TYPO_CONFLICT"
        note = ("Reference '%s' is one edit from %s, but the amount equals the balance of %s instead; reference and "
                "amount point to different invoices." % (t, a["number"], b["number"]))
        chk = [("typo", c["id"], t, a["id"])]
    else:
        ref = sepa_single_text(lang, a, c, d) if c["ccy"] == "EUR" else (
            norm(a["number"])[:18] if c["ccy"] == "GBP" else "INV %s" % a["number"])
        key = "REF_AMOUNT_CONFLICT"
        note = ("Reference names %s (balance %s) but the amount equals the balance of another invoice of the same "
                "customer, %s." % (a["number"], s(bal(a)), b["number"]))
        chk = []
    add_payment(c, d, bal(b), c["ccy"], payer_name(c), True, ref, None, key, lang, "review", [], unapplied=bal(b),
                cands=[[b["id"]], [a["id"]]], note=note,
                checks=chk + [("no_subset_with", [c["id"]], c["ccy"], bal(b), a["id"]),
                              ("unique_subset", [c["id"]], c["ccy"], bal(b), [b["id"]])])


def sc_order_lookalike_same():
    c = pick_customer(lambda c: c["role"] != "parent" and c["ccy"] == "EUR", need=2)
    a, b = take(c, 2)
    d = pay_date([a, b])
    lang = c["lang"]
    core = a["number"][-5:]
    ref = {"fr": "CDE %s", "es": "PEDIDO %s", "it": "ORDINE %s", "de": "BESTELLUNG %s", "nl": "ORDER %s",
           "pt": "ENCOMENDA %s", "en": "PO %s"}[lang] % core
    add_payment(c, d, bal(b), c["ccy"], payer_name(c), True, ref, None, "ORDER_LOOKALIKE_SAME", lang, "review", [],
                unapplied=bal(b), cands=[[b["id"]], [a["id"]]],
                note="Reference '%s' matches the digits of the customer's own invoice %s, but the amount equals the "
                     "balance of %s; order number or invoice number cannot be told apart." % (ref, a["number"], b["number"]),
                checks=[("unique_subset", [c["id"]], c["ccy"], bal(b), [b["id"]])])


def sc_remit_mismatch():
    c = pick_customer(ANY_C, need=3)
    vs = take(c, R.randint(2, 3))
    d = pay_date(vs)
    lang = c["lang"]
    listed = sum(bal(v) for v in vs)
    gap = q(R.uniform(60, 900))
    amount = listed - gap
    remit = remit_table(lang, c, vs, d, total=listed)
    add_payment(c, d, amount, c["ccy"], payer_name(c), True, remit_ref(lang, d), remit, "REMIT_TOTAL_MISMATCH", lang,
                "review", [], unapplied=amount, cands=[[v["id"] for v in vs]],
                note="Remittance lists %s totalling %s, but %s arrived; the %s gap is unexplained and cannot be placed on "
                     "one invoice." % (nums(vs), s(listed), s(amount), s(gap)),
                checks=[("no_subset", [c["id"]], c["ccy"], amount, [])])


def sc_subset_ambig():
    c = pick_customer(ANY_C, need=3)
    a, b, x = take(c, 3)
    a["balance"] = a["total"]
    b["balance"] = b["total"]
    x["total"] = x["balance"] = a["balance"] + b["balance"]
    d = pay_date([a, b, x])
    lang = c["lang"]
    ref = R.choice([None, {"fr": "REGLEMENT", "es": "PAGO", "it": "PAGAMENTO", "de": "ZAHLUNG", "nl": "BETALING",
                           "pt": "PAGAMENTO", "en": "PAYMENT"}[lang]])
    add_payment(c, d, bal(x), c["ccy"], payer_name(c), True, ref, None, "AMBIG_COMBINATION", "none" if ref is None else lang,
                "review", [], unapplied=bal(x), cands=[[x["id"]], [a["id"], b["id"]]],
                note="No invoice reference; the amount equals %s alone and also %s + %s." % (x["number"], a["number"], b["number"]),
                checks=[("multi_subset", [c["id"]], c["ccy"], bal(x))])


def sc_trunc_ambig():
    c = pick_customer(USD_C, need=3)
    a, b, x = take(c, 3)
    x["total"] = x["balance"] = b["balance"]
    d = pay_date([a, b, x])
    total = bal(a) + bal(b)
    obi = "PAYMENT OF INVOICES %s %s" % (a["number"], b["number"])
    cut = obi[:35]
    add_payment(c, d, total, "USD", payer_name(c, "upper"), True, cut, None, "US_WIRE_TRUNC_AMBIG", "en", "review", [],
                unapplied=total, cands=[[a["id"], b["id"]], [a["id"], x["id"]]],
                note="OBI cut after %s; the rest of the amount equals two different open invoices (%s, %s) with the same "
                     "balance." % (a["number"], b["number"], x["number"]),
                checks=[("multi_subset", [c["id"]], "USD", total)])


def sc_group_lump(gi):
    par = group_parent(gi)
    mem = [m for m in group_members(gi) if free_invs(m)]
    vs = []
    for m in mem[:2]:
        vs += take(m, 1)
    d = pay_date(vs)
    total = sum(bal(v) for v in vs)
    lang = par["lang"]
    ref = {"fr": "REGLEMENT FILIALES %s" % d.strftime("%m/%Y"), "es": "PAGO FILIALES %s" % d.strftime("%m/%Y"),
           "it": "PAGAMENTO CONSOCIATE %s" % d.strftime("%m/%Y"), "en": "GROUP PAYMENT %s" % d.strftime("%b %Y").upper()}[lang]
    add_payment(par, d, total, par["ccy"], payer_name(par), known(0.5), ref, None, "GROUP_LUMP_NO_ADVICE", lang, "review",
                [], unapplied=total, cands=[[v["id"] for v in vs]],
                checks=[("no_subset", [par["id"]], par["ccy"], total, [])],
                note="Group parent pays a lump sum for its subsidiaries with no invoice list; the amount happens to equal "
                     "%s of two member companies, but without an advice this cross-company split is a guess." % nums(vs))


def sc_near_noref():
    c = pick_customer(ANY_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    diff = q(R.choice([R.uniform(20, 60), v["balance"] * D("0.02")]))
    amount = v["balance"] - diff
    add_payment(c, d, amount, c["ccy"], payer_name(c), True, None, None, "NEAR_AMOUNT_NO_REF", "none", "review", [],
                unapplied=amount, cands=[[v["id"]]],
                note="No reference; the amount is %s below the balance of %s with no explanation: short pay, part "
                     "payment or payment on account cannot be told apart." % (s(diff), v["number"]),
                checks=[("no_subset", [c["id"]], c["ccy"], amount, [])])


# ---------------------------------------------------------------- bad rows
def sc_bad_negative():
    c = pick_customer(lambda c: c["role"] != "parent" and c["country"] in ("FR", "IT", "US", "GB"), need=1)
    v = take(c, 1)[0]
    d = pay_date([v])
    ref = {"FR": "RETOUR LCR IMPAYEE %s MOTIF: PROVISION INSUFFISANTE" % v["number"],
           "IT": "RIBA INSOLUTA FT %s" % v["number"], "US": "RETURN ACH R01 INV %s" % v["number"],
           "GB": "RETURNED PMT %s" % norm(v["number"])[:8]}[c["country"]]
    amt = -bal(v)
    add_payment(c, d, amt, c["ccy"], payer_name(c), True, ref, None, "BAD_NEGATIVE_AMOUNT",
                {"FR": "fr", "IT": "it", "US": "en", "GB": "en"}[c["country"]], "review", [], unapplied=amt, cands=[],
                note="Bad row: negative amount (a returned bill/debit), not cash received; nothing can be applied.")


def sc_bad_currency():
    c = pick_customer(EUR_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    ccy = R.choice(["ZZZ", "XXX", "QQQ", "ABC"])
    add_payment(c, d, bal(v), ccy, payer_name(c), True, sepa_single_text(c["lang"], v, c, d), None,
                "BAD_UNKNOWN_CURRENCY", c["lang"], "review", [], unapplied=bal(v), cands=[[v["id"]]],
                note="Bad row: currency code '%s' is not a currency of any invoice (not a real ISO currency); an "
                     "application must be in the invoice's currency." % ccy)


def sc_bad_dup_id(conflicting=False):
    c = pick_customer(EUR_C)
    v = take(c, 1)[0]
    d = pay_date([v])
    ref = sepa_single_text(c["lang"], v, c, d)
    tb = R.random() * 0.5
    orig = add_payment(c, d, bal(v), "EUR", payer_name(c), True, ref, None, "DUPID_ORIGINAL", c["lang"], "applied",
                       [app(v)], note="Exact balance of %s, named in the reference (its id is later repeated by a bad row)."
                       % v["number"], tb=tb)
    if conflicting:
        c2 = pick_customer(EUR_C)
        w = take(c2, 1)[0]
        dup = add_payment(c2, d, bal(w), "EUR", payer_name(c2), True, sepa_single_text(c2["lang"], w, c2, d), None,
                          "BAD_DUPLICATE_ID", c2["lang"], "review", [], unapplied=bal(w), cands=[[w["id"]]],
                          note="Bad row: payment id already used by an earlier row with different content; the row "
                               "cannot be trusted until the bank feed is checked.", tb=tb + 0.01)
    else:
        dup = add_payment(c, d, bal(v), "EUR", orig["payer_name"], True, ref, None, "BAD_DUPLICATE_ID", c["lang"],
                          "review", [], unapplied=bal(v), cands=[],
                          note="Bad row: exact re-import of an earlier row (same payment id, same content); it is not a "
                               "second payment, so it is neither applied nor held as cash.", tb=tb + 0.01)
    dup["_dup_of"] = orig


# ================================================================ run
PLAN = []


def plan(fn, n, *a):
    for _ in range(n):
        PLAN.append((fn, a))


plan(sc_sepa_rf, 14)
plan(sc_sepa_single, 22)
plan(sc_sepa_multi, 12)
plan(sc_remit_multi, 22)
plan(sc_edi820, 5)
plan(sc_lcr, 9)
plan(sc_riba_full, 9)
plan(sc_pagare, 7)
plan(sc_fps, 16)
plan(sc_wire_us, 12)
plan(sc_wire_trunc_ok, 4)
plan(sc_amount_only, 13)
plan(sc_typo, 10)
plan(sc_order_ref, 9)
plan(sc_dutyfree, 5)
plan(sc_short_pay, 11, "breakage")
plan(sc_short_pay, 9, "promo")
plan(sc_short_pay, 7, "excise")
plan(sc_bank_fee, 13)
plan(sc_instalment, 20)
plan(sc_multi_deduct, 8)
plan(sc_overpay, 15)
plan(sc_overpay_multi, 5)
plan(sc_duplicate_pair, 10)
plan(sc_on_account, 16)
plan(sc_fx, 10)
plan(sc_dup_amount, 12)
plan(sc_unknown_multi, 7)
plan(sc_unknown_nofit, 7)
plan(sc_ref_amount_conflict, 7)
plan(sc_ref_amount_conflict, 5, True)
plan(sc_order_lookalike_same, 5)
plan(sc_remit_mismatch, 7)
plan(sc_subset_ambig, 8)
plan(sc_trunc_ambig, 4)
plan(sc_near_noref, 8)
plan(sc_bad_negative, 4)
plan(sc_bad_currency, 4)
plan(sc_bad_dup_id, 3)
plan(sc_bad_dup_id, 1, True)
R.shuffle(PLAN)
FIRST = (sc_lcr, sc_riba_full, sc_pagare, sc_bad_negative, sc_dutyfree, sc_edi820, sc_fps, sc_wire_us,
         sc_wire_trunc_ok, sc_bank_fee, sc_trunc_ambig, sc_fx)
PLAN = [x for x in PLAN if x[0] in FIRST] + [x for x in PLAN if x[0] not in FIRST]
# groups first (need their member invoices), then statements, then the rest
for gi in range(len(GROUPS)):
    SID[0] += 1
    sc_group(gi)
    if gi in (0, 1, 3, 4):
        SID[0] += 1
        sc_group(gi)
for gi in (0, 1, 2, 4):
    SID[0] += 1
    sc_group_lump(gi)
st_done = 0
tries = 0
while st_done < 4 and tries < 200:
    tries += 1
    SID[0] += 1
    if sc_statement():
        st_done += 1
for fn, a in PLAN:
    SID[0] += 1
    fn(*a)

# ---------------------------------------------------------------- order, ids
payments.sort(key=lambda p: (p["date"], p["_tb"], p["_seq"]))
_used_pids = set()
for p in payments:
    if p.get("_dup_of"):
        continue
    while True:
        pid = "PMT-%06d" % R.randint(100000, 999999)
        if pid not in _used_pids:
            _used_pids.add(pid)
            p["id"] = pid
            break
for p in payments:
    if p.get("_dup_of"):
        p["id"] = p["_dup_of"]["id"]
for i, p in enumerate(payments):
    if p.get("_dup_of"):
        assert payments.index(p["_dup_of"]) < i


# ---------------------------------------------------------------- validation
FAILS = []


def pool_of(balance, cids, ccy, excl=()):
    return [(v["id"], balance[v["id"]]) for v in invoices
            if v["customer_id"] in cids and v["currency"] == ccy and balance[v["id"]] > 0 and v["id"] not in excl]


def run_checks(p, balance):
    for chk in p["_checks"]:
        kind = chk[0]
        pool = lambda cids, ccy, excl=(): pool_of(balance, cids, ccy, excl)
        if kind == "unique_subset":
            _, cids, ccy, a, exp = chk
            found = subsets_summing(pool(cids, ccy), a)
            assert found == [sorted(exp)], (p["_key"], found, exp)
        elif kind == "unique_subset_with":
            _, cids, ccy, a, exp, must = chk
            found = [f for f in subsets_summing(pool(cids, ccy), a) if must in f]
            assert found == [sorted(exp)], (p["_key"], found, exp)
        elif kind == "no_subset":
            _, cids, ccy, a, excl = chk
            found = subsets_summing(pool(cids, ccy, excl), a, 1)
            assert not found, (p["_key"], found)
        elif kind == "no_subset_with":
            _, cids, ccy, a, must = chk
            found = [f for f in subsets_summing(pool(cids, ccy), a) if must in f]
            assert not found, (p["_key"], found)
        elif kind == "no_other_fit":
            _, cids, ccy, a = chk
            found = subsets_summing(pool(cids, ccy), a, 1)
            assert not found, (p["_key"], found)
        elif kind == "multi_subset":
            _, cids, ccy, a = chk
            found = subsets_summing(pool(cids, ccy), a)
            assert len(found) >= 2, (p["_key"], found)
        elif kind == "not_near":
            _, cids, ccy, a = chk
            for _, b in pool(cids, ccy):
                assert abs(b - a) > b * D("0.08"), (p["_key"], a, b)
        elif kind == "typo":
            _, cid, t, iid = chk
            assert norm(t) not in NORM_NUM, (p["_key"], t)
            close = [v["id"] for v in cust_invs(cid) if dlev(norm(t), norm(v["number"])) <= 2]
            assert close == [iid], (p["_key"], t, close)
        elif kind == "global_nofit":
            _, ccy, a = chk
            for v in invoices:
                if v["currency"] == ccy and balance[v["id"]] > 0:
                    assert abs(balance[v["id"]] - a) > D("50"), (p["_key"], a)
        else:
            raise ValueError(kind)
    # invoice numbers written in the text must be applied or candidate invoices
    lab = p["_label"]
    text = " ".join(x for x in (p["reference"] or "", p["remittance"] or ""))
    ntext = norm(text)
    allowed = {a["invoice_id"] for a in lab["applications"]} | {i for cs in lab["candidates"] for i in cs}
    if p["_key"] in ("DUPLICATE_SECOND", "BAD_NEGATIVE_AMOUNT", "BAD_DUPLICATE_ID"):
        return
    for v in invoices:
        if norm(v["number"]) in ntext and v["id"] not in allowed:
            raise AssertionError((p["_key"], "stray number", v["number"], text[:80]))


def validate():
    """Simulate in order; return the scenario ids whose ambiguity checks fail."""
    balance = {v["id"]: v["balance"] for v in invoices}
    seen_ids = set()
    failed = set()
    for p in payments:
        try:
            run_checks(p, balance)
        except AssertionError as e:
            failed.add(p["_sid"])
            FAILS.append(repr(e)[:220])
        lab = p["_label"]
        amt = D(p["amount"])
        st = lab["status"]
        apps_ = lab["applications"]
        tot_app = sum(D(a["amount"]) for a in apps_)
        assert tot_app + D(lab["unapplied"]) == amt, (p["_key"], tot_app, lab["unapplied"], amt)
        if st in ("applied", "partial", "unapplied"):
            assert p["currency"] in ("EUR", "USD", "GBP") and amt > 0
            for a in apps_:
                v = INV[a["invoice_id"]]
                assert v["currency"] == p["currency"]
                assert D(a["amount"]) > 0 and D(a["amount"]) <= balance[v["id"]], (p["_key"], a, balance[v["id"]])
                assert p["date"] >= v["issue_date"].isoformat()
        if st == "applied":
            assert D(lab["unapplied"]) == 0 and lab["short_pay"] is None and apps_
        if st == "partial":
            assert D(lab["unapplied"]) == 0 and apps_
            left = [a for a in apps_ if balance[a["invoice_id"]] - D(a["amount"]) > 0]
            assert left, p["_key"]
            if lab["short_pay"]:
                sp = lab["short_pay"]
                a = [x for x in apps_ if x["invoice_id"] == sp["invoice_id"]][0]
                assert balance[sp["invoice_id"]] - D(a["amount"]) == D(sp["amount"]), p["_key"]
        if st == "unapplied":
            assert D(lab["unapplied"]) > 0 and lab["short_pay"] is None
            for a in apps_:
                assert D(a["amount"]) == balance[a["invoice_id"]]
        if st == "review":
            assert not apps_ and lab["short_pay"] is None
        if st in ("applied", "partial", "unapplied"):
            for a in apps_:
                balance[a["invoice_id"]] -= D(a["amount"])
        if p["id"] in seen_ids:
            assert p["_key"] == "BAD_DUPLICATE_ID"
        seen_ids.add(p["id"])
    return failed


DROPPED = []
while True:
    bad = validate()
    if not bad:
        break
    DROPPED += [p["_key"] for p in payments if p["_sid"] in bad]
    payments[:] = [p for p in payments if p["_sid"] not in bad]
    # a dropped original of a duplicated id leaves its bad twin alone: drop it as well
    ids = {id(p) for p in payments}
    payments[:] = [p for p in payments if not p.get("_dup_of") or id(p["_dup_of"]) in ids]

# ---------------------------------------------------------------- write
inv_out = []
for v in sorted(invoices, key=lambda v: v["id"]):
    inv_out.append({"id": v["id"], "number": v["number"], "customer_id": v["customer_id"],
                    "customer_name": v["customer_name"], "currency": v["currency"], "total": s(v["total"]),
                    "balance": s(v["balance"]), "issue_date": v["issue_date"].isoformat(),
                    "due_date": v["due_date"].isoformat()})
pay_out, lab_out = [], []
for p in payments:
    pay_out.append({k: p[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference",
                                      "remittance")})
    lab = p["_label"]
    lab_out.append({"payment_id": p["id"], "status": lab["status"], "applications": lab["applications"],
                    "unapplied": lab["unapplied"], "short_pay": lab["short_pay"], "candidates": lab["candidates"],
                    "note": lab["note"]})


def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", inv_out)
dump("payments.json", pay_out)
dump("labels.json", lab_out)

if __name__ == "__main__":
    from collections import Counter
    print("invoices", len(inv_out), "payments", len(pay_out))
    print(Counter(l["status"] for l in lab_out))
    print(Counter(p["_key"] for p in payments))
    print("dropped", Counter(DROPPED))
    for f in FAILS:
        print("  ", f)
    print(Counter(l["note"].split(",")[1].split("]")[0].strip() for l in lab_out))
