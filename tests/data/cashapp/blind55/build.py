#!/usr/bin/env python3
"""Deterministic generator for the blind cash-application set (Iberian wine & olive-oil exporter).

stdlib only.  `python3 build.py` rewrites ledger_iberian_wine/{invoices,payments,labels}.json and README.md.
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_iberian_wine")
RNG = random.Random(18402026)
C = Decimal("0.01")
ZERO = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def hexid(prefix, n=10):
    return prefix + "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ascii_upper(name):
    t = unicodedata.normalize("NFKD", name)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return t.upper()


# ---------------------------------------------------------------- stage 1: customers
ES_PRE = ["Distribuciones", "Vinos y Aceites", "Restaurante", "Taberna", "Gourmet", "Comercial", "Asador",
          "Mesón", "Marisquería", "Hotel", "Bodega Urbana", "Grupo Hostelero", "Cervecería", "Casa"]
ES_CORE = ["Levante", "del Cantábrico", "Sol y Mar", "La Bodeguilla", "Pepe Ruiz", "El Olivar", "Los Arcos",
           "Miramar", "La Giralda", "Txoko Berri", "El Faro", "Santa Cruz", "Montesinos", "La Alhambra",
           "Ibáñez Hermanos", "Peñalver", "Navarro y Gómez", "Triana", "El Retiro", "Los Galayos", "Albaicín",
           "Maestrazgo", "Costa Brava", "La Rioja Alta", "Begoña", "Ortuño", "Castellana", "Puerta del Sol"]
ES_SUF = ["S.L.", "S.A.", "S.L.U.", "S.Coop."]
PT_PRE = ["Restaurante", "Garrafeira", "Distribuidora", "Mercearia", "Tasca", "Churrasqueira", "Hotel",
          "Marisqueira", "Cervejaria", "Vinhos"]
PT_CORE = ["Tejo", "do Porto", "Alfama", "São Bento", "Ribeira", "Dom Afonso", "Gonçalves & Filhos",
           "Conceição", "Bairro Alto", "Douro Vivo", "Belém", "Mouraria", "Estrela", "Foz Velha", "Alentejano",
           "Sá da Bandeira", "Chiado", "Trindade", "Cais do Sodré", "Boavista"]
PT_SUF = ["Lda.", "Unipessoal Lda.", "S.A."]
FR_PRE = ["Cave", "Bistrot", "Épicerie Fine", "Brasserie", "Les Caves", "Restaurant", "Comptoir",
          "Maison", "Cellier"]
FR_CORE = ["du Midi", "Saint-Germain", "des Halles", "Lafayette", "de la Garonne", "Bellecour", "Vieux Port",
           "du Marché", "Montmartre", "des Chartrons", "Le Gévaudan", "Sainte-Cécile", "de l'Olivier"]
FR_SUF = ["SARL", "SAS", "EURL", "SA"]
UK_PRE = ["The", "Iberica", "Tapas", "Olive &", "Bodega", "Casa", "Brindisa Road", "Mercado"]
UK_CORE = ["Iberian Table", "Brothers", "Vine", "Wine Rooms", "Borough Deli", "Harbour Kitchen",
           "Northern Cellars", "Kensington Larder", "Clifton Wines", "Leith Trading", "Soho Provisions",
           "Thames Fine Foods", "Cotswold Cellar", "Mayfair Grill"]
UK_SUF = ["Ltd", "Limited", "LLP", "Ltd."]
US_PRE = ["Iberia", "Coastal", "Tapas", "Mediterranean", "Old World", "Hudson", "Bay Area", "Lone Star",
          "Pacific", "Brooklyn"]
US_CORE = ["Imports", "Wine Distributors", "House", "Provisions", "Fine Foods", "Wine & Spirits",
           "Trading Co", "Kitchen Group", "Gourmet Supply", "Cellars"]
US_SUF = ["LLC", "Inc.", "Corp.", "LLC"]

COUNTRY_SPEC = {
    "ES": (ES_PRE, ES_CORE, ES_SUF, 105),
    "PT": (PT_PRE, PT_CORE, PT_SUF, 70),
    "FR": (FR_PRE, FR_CORE, FR_SUF, 45),
    "UK": (UK_PRE, UK_CORE, UK_SUF, 45),
    "US": (US_PRE, US_CORE, US_SUF, 35),
}


def make_customers():
    customers = []
    seen = set()
    for country, (pre, core, suf, n) in COUNTRY_SPEC.items():
        made = 0
        while made < n:
            name = "%s %s %s" % (RNG.choice(pre), RNG.choice(core), RNG.choice(suf))
            key = name.split()[:-1]
            if name in seen or " ".join(key) in seen:
                continue
            seen.add(name)
            seen.add(" ".join(key))
            if country in ("UK",):
                cur = "GBP"
            elif country == "US":
                cur = "USD"
            else:
                cur = "EUR"
            customers.append({
                "id": "cu_" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7)),
                "name": name,
                "country": country,
                "currency": cur,
                "entity": "PT" if country == "PT" else "ES",
                # a few UK customers also buy in EUR (ex-cellar Rioja priced in EUR)
                "also_eur": country == "UK" and RNG.random() < 0.2,
                "standing": RNG.random() < 0.16,   # standing order: repeated identical totals
            })
            made += 1
    RNG.shuffle(customers)
    return customers


# ---------------------------------------------------------------- stage 1: invoices
WINE_PRICES = [Decimal(x) for x in ("4.20", "5.85", "6.90", "7.40", "8.75", "9.60", "11.30", "12.95", "14.50",
                                     "18.40", "22.00", "27.50", "34.80")]
OIL_PRICES = [Decimal(x) for x in ("6.40", "7.95", "9.10", "11.60", "24.50", "31.90", "38.75")]


def invoice_total(cust):
    lines = RNG.randint(1, 5)
    net = ZERO
    for _ in range(lines):
        if RNG.random() < 0.7:
            qty = RNG.choice([6, 12, 12, 18, 24, 36, 48, 60, 120, 240, 600]) if cust["country"] in ("US", "UK") \
                else RNG.choice([6, 6, 12, 12, 18, 24, 36, 48, 72, 120])
            price = RNG.choice(WINE_PRICES)
        else:
            qty = RNG.choice([4, 6, 10, 12, 20, 40, 80])
            price = RNG.choice(OIL_PRICES)
        net += qty * price
    if RNG.random() < 0.25:
        net += RNG.choice([Decimal("18.00"), Decimal("35.00"), Decimal("62.50"), Decimal("95.00")])  # portes
    vat = {"ES": Decimal("0.21"), "PT": Decimal("0.23")}.get(cust["country"], ZERO)
    return q(net * (1 + vat))


def make_invoices(customers):
    weights = [(1, 14), (2, 16), (3, 15), (4, 12), (5, 10), (6, 9), (7, 7), (8, 6), (9, 4), (10, 3), (12, 4)]
    pool = []
    for k, w in weights:
        pool += [k] * w
    raw = []
    start = date(2025, 9, 8)
    span = (date(2026, 2, 27) - start).days
    for cu in customers:
        k = RNG.choice(pool)
        std_total = invoice_total(cu) if cu["standing"] else None
        made = 0
        while made < k:
            d = start + timedelta(days=RNG.randint(0, span))
            if d.weekday() >= 5:
                d -= timedelta(days=d.weekday() - 4)
            batch = 1 if RNG.random() < 0.8 else RNG.randint(2, 3)
            for _ in range(min(batch, k - made)):
                cur = cu["currency"]
                if cu["also_eur"] and RNG.random() < 0.35:
                    cur = "EUR"
                tot = std_total if (std_total is not None and RNG.random() < 0.6 and cur == cu["currency"]) \
                    else invoice_total(cu)
                raw.append({"cu": cu, "date": d, "currency": cur, "total": tot, "old": False})
                made += 1
    # a handful of long-overdue early-2025 invoices (disputes, slow payers); their low sequence numbers
    # collide with the 2026 series on purpose
    for _ in range(42):
        cu = RNG.choice(customers)
        d = date(2025, 1, 13) + timedelta(days=RNG.randint(0, 70))
        if d.weekday() >= 5:
            d -= timedelta(days=d.weekday() - 4)
        raw.append({"cu": cu, "date": d, "currency": cu["currency"], "total": invoice_total(cu), "old": True})

    # numbering: per entity and year, in date order; batches on one day for one customer are consecutive
    raw.sort(key=lambda r: (r["cu"]["entity"], r["date"], r["cu"]["id"]))
    seqs = {}
    invoices = []
    used_seq = {}
    for r in raw:
        ent, yr = r["cu"]["entity"], r["date"].year
        key = (ent, yr, r["old"])
        if key not in seqs:
            if yr == 2026:
                seqs[key] = 0
            elif r["old"]:
                seqs[key] = 30
            else:
                seqs[key] = 4310 if ent == "ES" else 1180
        prev = invoices[-1] if invoices else None
        if prev and prev["_cu"] is r["cu"] and prev["issue_date"] == r["date"].isoformat() \
                and prev["_key"] == key:
            seqs[key] += 1
        else:
            seqs[key] += RNG.randint(1, 4) if not r["old"] else RNG.randint(8, 30)
        n = seqs[key]
        used_seq.setdefault((ent, yr), set()).add(n)
        if ent == "ES":
            number = "FRA-%d-%05d" % (yr, n)
        else:
            number = "FT %d/%d" % (yr, n)
        terms = 60 if r["cu"]["country"] in ("ES", "FR") else (30 if r["cu"]["country"] == "PT" else 45)
        tot = r["total"]
        bal = tot
        if RNG.random() < 0.07 and tot > 300:   # already part-paid before this batch
            bal = q(tot - q(tot * Decimal(RNG.choice(["0.25", "0.3", "0.4", "0.5"]))))
        invoices.append({
            "id": None,
            "number": number,
            "customer_id": r["cu"]["id"],
            "customer_name": r["cu"]["name"],
            "currency": r["currency"],
            "total": s(tot),
            "balance": s(bal),
            "issue_date": r["date"].isoformat(),
            "due_date": (r["date"] + timedelta(days=terms)).isoformat(),
            "_cu": r["cu"], "_key": key, "_seq": n, "_ent": ent, "_yr": yr,
        })
    RNG.shuffle(invoices)
    for inv in invoices:
        inv["id"] = hexid("in_", 9)
    ids = [i["id"] for i in invoices]
    assert len(set(ids)) == len(ids)
    invoices.sort(key=lambda i: (i["issue_date"], i["number"]))
    return invoices


# ---------------------------------------------------------------- stage 2: text helpers
LOC = {"ES": "es", "PT": "pt", "FR": "fr", "UK": "en", "US": "us"}
SELLER = {"ES": "BODEGAS Y ALMAZARA VALLEJO SOTO SL", "PT": "QUINTA DO VALE SOTO VINHOS E AZEITES LDA"}


def fmt_amt(x, loc):
    x = q(x)
    en = "{:,.2f}".format(x)
    if loc in ("en", "us"):
        return en
    if loc == "fr":
        return en.replace(",", " ").replace(".", ",")
    return en.replace(",", "#").replace(".", ",").replace("#", ".")


def money(x, cur, loc):
    a = fmt_amt(x, loc)
    if loc == "en":
        return {"GBP": "£", "USD": "$"}.get(cur, "EUR ") + a if cur != "EUR" else "EUR " + a
    if loc == "us":
        return ("$" + a) if cur == "USD" else (cur + " " + a)
    return a + " " + ("EUR" if RNG.random() < 0.6 else "€") if cur == "EUR" else a + " " + cur


def inv_ref(inv, full=True, upper=False):
    """One way a customer writes this invoice number. full=True always carries the year."""
    n, yr = inv["_seq"], inv["_yr"]
    yy = yr % 100
    if inv["_ent"] == "ES":
        forms_full = ["FRA-%d-%05d" % (yr, n), "FRA %d/%05d" % (yr, n), "Fra. %d/%d" % (yr, n),
                      "FRA%d%05d" % (yr, n), "Factura %d-%05d" % (yr, n), "FRA %02d/%d" % (yy, n),
                      "FRA-%d-%05d" % (yr, n)]
        forms_short = ["Fra. %d" % n, "FRA %05d" % n, "F-%05d" % n, "fra %d" % n, "S/FRA %d" % n,
                       "Fra. nº %d" % n]
    else:
        forms_full = ["FT %d/%d" % (yr, n), "FT%d/%d" % (yr, n), "FT %d-%d" % (yr, n), "Fatura FT %d/%d" % (yr, n),
                      "FT %02d/%d" % (yy, n), "FT %d/%d" % (yr, n)]
        forms_short = ["FT %d" % n, "FT%d" % n, "fatura %d" % n, "FT n.º %d" % n]
    r = RNG.choice(forms_full if full else forms_short)
    return ascii_upper(r) if upper else r


def bank_name(cu, width=None):
    n = ascii_upper(cu["name"]).replace(".", "").replace(",", "").replace("'", " ")
    if width is None:
        width = {"ES": RNG.choice([28, 30, 35]), "PT": RNG.choice([30, 35]), "FR": 32, "UK": 18,
                 "US": RNG.choice([16, 22])}[cu["country"]]
    return n[:width].rstrip()


def e2e():
    return "".join(RNG.choice("0123456789") for _ in range(RNG.choice([10, 12, 16])))


def wrap_ref(cu, body):
    """bank reference line for a country; body may be None (no reference)"""
    c = cu["country"]
    if body is None:
        return None
    b = ascii_upper(body)
    if c == "ES":
        return RNG.choice(["TRANSFERENCIA %s", "%s", "PAGO %s", "TRANSF. %s", "CONCEPTO: %s"]) % b
    if c == "PT":
        return RNG.choice(["TRF %s", "PAG %s", "%s", "TRANSF SEPA %s"]) % b
    if c == "FR":
        return RNG.choice(["VIR SEPA /MOTIF %s /REF %s" % (b, e2e()), "%s" % b, "REGLEMENT %s" % b])
    if c == "UK":
        return b.replace(" ", "")[:18] if RNG.random() < 0.5 else b[:18]
    return RNG.choice(["/RFB/%s" % b, "INV %s" % b, "CCD PMT %s" % b])


REMIT_HEAD = {
    "es": ["Muy Sres. nuestros:\nLes comunicamos que hemos ordenado transferencia a su favor por importe de {tot} "
           "para el pago de las siguientes facturas:", "AVISO DE PAGO\nFecha: {date}\nImporte: {tot}\nDetalle:",
           "Buenos días,\nOs adjunto el detalle de la transferencia de hoy ({tot}):"],
    "pt": ["Exmos. Senhores,\nInformamos que foi efetuada transferência no valor de {tot} para liquidação de:",
           "AVISO DE PAGAMENTO\nData: {date}\nValor: {tot}\nDocumentos:"],
    "fr": ["Madame, Monsieur,\nNous vous informons du virement de {tot} en règlement de :",
           "AVIS DE PAIEMENT\nDate : {date}\nMontant : {tot}\nPièces réglées :"],
    "en": ["REMITTANCE ADVICE\nPayment date: {date}\nAmount: {tot}\nInvoice / Amount:",
           "Hi,\nPlease find below details of our BACS payment of {tot}:"],
    "us": ["Remittance Advice - ACH CCD\nPayment Date: {date}\nTotal Paid: {tot}\nInvoice # / Amount Paid",
           "REMITTANCE ADVICE (WIRE)\nValue date {date}\nAmount {tot}\nDocuments paid:"],
}
REMIT_FOOT = {
    "es": ["Atentamente,\nDpto. Administración - {name}", "Un saludo,\nContabilidad\n{name}"],
    "pt": ["Com os melhores cumprimentos,\nContabilidade - {name}", "Cumprimentos,\n{name}"],
    "fr": ["Cordialement,\nService comptabilité fournisseurs\n{name}", "Bien à vous,\n{name}"],
    "en": ["Kind regards,\nAccounts Payable\n{name}", "Thanks,\nAP team - {name}"],
    "us": ["Accounts Payable | {name}", "Questions: ap@{dom}.example\n{name}"],
}


def remittance(cu, pdate, cur, total, lines, extra=None):
    loc = LOC[cu["country"]]
    head = RNG.choice(REMIT_HEAD[loc]).format(tot=money(total, cur, loc), date=pdate.isoformat())
    body = []
    for ref, amt in lines:
        if amt is None:
            body.append("  " + ref)
        else:
            body.append("  %-22s %s" % (ref, fmt_amt(amt, loc)))
    if extra:
        body += ["  " + e for e in extra]
    dom = "".join(ch for ch in ascii_upper(cu["name"]).lower().split()[0] if ch.isalnum()) or "ap"
    foot = RNG.choice(REMIT_FOOT[loc]).format(name=cu["name"], dom=dom)
    return head + "\n" + "\n".join(body) + "\n" + foot


NOISE_REF = {
    "ES": ["PAGO PROVEEDORES", "TRANSFERENCIA", "REMESA PAGOS MARZO", "ORDEN PAGO %s" % "{e}", "N/TRANSF"],
    "PT": ["PAGAMENTO FORNECEDOR", "MB ENT 21780 REF {mb}", "PAG SERVICOS MB REF {mb}", "TRF"],
    "FR": ["VIR SEPA FOURNISSEUR", "VIR SEPA /REF {e}", "REGLEMENT FOURNISSEUR"],
    "UK": ["VALLEJO SOTO", "BACS PAYMENT", "SUPPLIER PAYMENT"],
    "US": ["CCD VENDOR PMT", "ACH PAYMENT", "/RFB/VENDOR PAYMENT"],
}


SEQS_BY_CU = {}


def noise_ref(cu):
    r = RNG.choice(NOISE_REF[cu["country"]])
    bad = SEQS_BY_CU.get(cu["id"], set())
    while True:
        g = [RNG.randint(100, 999), RNG.randint(0, 999), RNG.randint(0, 999)]
        if not any(x in bad for x in g):
            break
    mb = "%03d %03d %03d" % tuple(g)
    return r.replace("{e}", e2e()).replace("{mb}", mb)


# ---------------------------------------------------------------- stage 3: ledger state and helpers
class Ledger:
    def __init__(self, customers, invoices):
        self.customers = customers
        self.cu = {c["id"]: c for c in customers}
        self.invoices = invoices
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
        self.used = set()          # invoices a scenario has touched or reserved
        self.paid_log = []         # (payment, invoice) of clean single-invoice full payments, for duplicates
        self.part_log = []         # invoices left open by a part payment, for the remainder scenario
        self.payments = []
        self.labels = []

    def open_of(self, cid, cur=None):
        return [i for i in self.invoices if i["customer_id"] == cid and self.bal[i["id"]] > 0
                and (cur is None or i["currency"] == cur)]

    def free(self, pred=lambda i: True):
        return [i for i in self.invoices if i["id"] not in self.used and self.bal[i["id"]] > 0 and pred(i)]

    def subsets_equal(self, invs, amount, maxk=None):
        out = []
        n = len(invs)
        maxk = n if maxk is None else min(n, maxk)
        for k in range(1, maxk + 1):
            for comb in combinations(invs, k):
                if sum(self.bal[i["id"]] for i in comb) == amount:
                    out.append(list(comb))
        return out

    def same_seq_elsewhere(self, inv):
        """open invoices of the same entity and sequence number but another year"""
        return [j for j in self.invoices if j is not inv and j["_ent"] == inv["_ent"] and j["_seq"] == inv["_seq"]
                and self.bal[j["id"]] > 0]

    def short_ok(self, inv):
        """a year-less reference is unambiguous for a known customer"""
        return not any(j["customer_id"] == inv["customer_id"] for j in self.same_seq_elsewhere(inv))


def label(pid, status, apps, unapplied, short_pay=None, candidates=None, reason="", scenario="", note=""):
    return {"payment_id": pid, "status": status,
            "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short_pay, "candidates": candidates or [],
            "reason": reason, "scenario": scenario, "note": note}


def cands_sorted(L, groups):
    def key(g):
        return (len(g), min(i["due_date"] for i in g), tuple(sorted(i["number"] for i in g)))
    return [[i["id"] for i in sorted(g, key=lambda i: (i["due_date"], i["number"]))] for g in sorted(groups, key=key)]


# ---------------------------------------------------------------- stage 4: scenarios
def mkpay(pid, pdate, amount, cur, cu, known=True, ref=None, rem=None, payer=None):
    return {"id": pid, "date": pdate.isoformat(), "amount": s(amount) if not isinstance(amount, str) else amount,
            "currency": cur, "payer_name": payer if payer is not None else bank_name(cu),
            "customer_id": cu["id"] if known else None, "reference": ref, "remittance": rem}


def pick(L, pred):
    c = L.free(pred)
    return RNG.choice(c) if c else None


def sc_exact_ref(L, pdate, pid, known=None):
    if known is None:
        known = RNG.random() < 0.9
    inv = pick(L, lambda i: True)
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    amt = L.bal[inv["id"]]
    full = (not known) or RNG.random() < 0.55 or not L.short_ok(inv)
    r = inv_ref(inv, full=full)
    loc = LOC[cu["country"]]
    mode = RNG.random()
    if mode < 0.45:
        ref, rem = wrap_ref(cu, r), None
    elif mode < 0.8:
        ref, rem = (noise_ref(cu) if RNG.random() < 0.5 else None), remittance(cu, pdate, inv["currency"], amt, [(r, amt)])
    else:
        ref, rem = wrap_ref(cu, r), remittance(cu, pdate, inv["currency"], amt, [(r, amt)])
    if cu["country"] == "UK" and ref and len(ascii_upper(r).replace(" ", "")) > 18 and rem is None:
        rem = remittance(cu, pdate, inv["currency"], amt, [(r, amt)])
    pay = mkpay(pid, pdate, amt, inv["currency"], cu, known, ref, rem)
    L.used.add(inv["id"])
    lab = label(pid, "applied", [(inv["id"], amt)], ZERO,
                reason="reference %s and exact balance" % inv["number"], scenario="exact_ref" + ("" if known else "_no_customer_id"),
                note="%s names %s (%s form%s); amount equals its open balance" %
                     ("remittance" if rem else "reference", inv["number"], "full" if full else "year-less",
                      "" if known else ", bank gave no customer id, payer name only"))
    if known and ref is not None:
        L.paid_log.append((pay, inv))
    return pay, lab


def sc_exact_ref_nocust(L, pdate, pid):
    return sc_exact_ref(L, pdate, pid, known=False)


def _multi(L, kmin, kmax):
    cands = {}
    for i in L.free():
        cands.setdefault((i["customer_id"], i["currency"]), []).append(i)
    keys = sorted(k for k, v in cands.items() if len(v) >= kmin)
    if not keys:
        return None, None
    k = RNG.choice(keys)
    invs = sorted(RNG.sample(cands[k], min(len(cands[k]), RNG.randint(kmin, kmax))), key=lambda i: i["number"])
    return L.cu[k[0]], invs


def sc_multi_list(L, pdate, pid):
    cu, invs = _multi(L, 2, 5)
    if not cu:
        return None
    cur = invs[0]["currency"]
    tot = sum(L.bal[i["id"]] for i in invs)
    short = all(L.short_ok(i) for i in invs) and RNG.random() < 0.5
    loc = LOC[cu["country"]]
    if RNG.random() < 0.6:
        rem = remittance(cu, pdate, cur, tot, [(inv_ref(i, full=not short), L.bal[i["id"]]) for i in invs])
        ref = noise_ref(cu) if RNG.random() < 0.5 else None
        how = "remittance lines"
    else:
        nums = [i["_seq"] for i in invs]
        if invs[0]["_ent"] == "ES":
            pre = RNG.choice(["FRAS", "FRA", "Fras."]) if loc == "es" else RNG.choice(["FRA", "FACT", "INV"])
            body = pre + " " + RNG.choice([", ", " ", "/"]).join(("%05d" % n) if RNG.random() < 0.5 else str(n) for n in nums)
        else:
            body = " ".join("FT %d" % n for n in nums) if RNG.random() < 0.5 else "FTS " + ", ".join(str(n) for n in nums)
        years = {i["_yr"] for i in invs}
        if not all(L.short_ok(i) for i in invs):
            body = " ".join(inv_ref(i, full=True) for i in invs)
        ref = wrap_ref(cu, body)
        rem = None
        if cu["country"] == "UK" or len(body) > 60:
            rem = remittance(cu, pdate, cur, tot, [(inv_ref(i, full=True), L.bal[i["id"]]) for i in invs])
        how = "reference list" + (" + remittance" if rem else "")
    pay = mkpay(pid, pdate, tot, cur, cu, True, ref, rem)
    for i in invs:
        L.used.add(i["id"])
    lab = label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in invs], ZERO,
                reason="listed invoices %s sum to the payment" % ", ".join(i["number"] for i in invs),
                scenario="multi_list", note="%d invoices named in %s; balances sum exactly" % (len(invs), how))
    return pay, lab


def sc_range(L, pdate, pid):
    runs = []
    by = {}
    for i in L.invoices:
        by[(i["_ent"], i["_yr"], i["_seq"])] = i
    for i in L.free():
        k = (i["_ent"], i["_yr"], i["_seq"])
        if (k[0], k[1], k[2] - 1) in by and by[(k[0], k[1], k[2] - 1)]["customer_id"] == i["customer_id"]:
            continue  # not a run start
        run = [i]
        while True:
            nk = (k[0], k[1], run[-1]["_seq"] + 1)
            j = by.get(nk)
            if j and j["customer_id"] == i["customer_id"] and j["id"] not in L.used and L.bal[j["id"]] > 0 \
                    and j["currency"] == i["currency"]:
                run.append(j)
            else:
                break
        if len(run) >= 2:
            runs.append(run)
    if not runs:
        return None
    run = RNG.choice(runs)
    cu = L.cu[run[0]["customer_id"]]
    cur = run[0]["currency"]
    a, b = run[0], run[-1]
    tot = sum(L.bal[i["id"]] for i in run)
    loc = LOC[cu["country"]]
    if a["_ent"] == "ES":
        body = RNG.choice(["FRAS %d A %d" % (a["_seq"], b["_seq"]), "FRA %05d-%05d" % (a["_seq"], b["_seq"]),
                           "Fras. %d/%05d a %05d" % (a["_yr"], a["_seq"], b["_seq"]),
                           "INV %d TO %d" % (a["_seq"], b["_seq"])] if loc != "es" else
                          ["FRAS %d A %d" % (a["_seq"], b["_seq"]), "Fras. %d/%05d a %05d" % (a["_yr"], a["_seq"], b["_seq"]),
                           "FRAS DEL %d AL %d" % (a["_seq"], b["_seq"])])
    else:
        body = RNG.choice(["FT %d/%d A %d" % (a["_yr"], a["_seq"], b["_seq"]), "FT %d-%d" % (a["_seq"], b["_seq"]),
                           "FATURAS %d A %d" % (a["_seq"], b["_seq"])])
    ok_short = all(L.short_ok(i) for i in run)
    if not ok_short and str(a["_yr"]) not in body:
        body = ("Fras. %d/%05d a %05d" % (a["_yr"], a["_seq"], b["_seq"])) if a["_ent"] == "ES" else \
            "FT %d/%d A %d" % (a["_yr"], a["_seq"], b["_seq"])
    ref = wrap_ref(cu, body)
    rem = None
    if cu["country"] == "UK":
        rem = remittance(cu, pdate, cur, tot, [(body, tot)])
    pay = mkpay(pid, pdate, tot, cur, cu, True, ref, rem)
    for i in run:
        L.used.add(i["id"])
    lab = label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in run], ZERO,
                reason="range %s..%s, all of this customer, sums exactly" % (a["number"], b["number"]),
                scenario="range", note="range of %d consecutive invoice numbers written as '%s'" % (len(run), body))
    return pay, lab


def sc_statement_total(L, pdate, pid):
    opts = []
    for cu in L.customers:
        for cur in sorted({i["currency"] for i in L.open_of(cu["id"])}):
            op = L.open_of(cu["id"], cur)
            if 2 <= len(op) <= 8 and all(i["id"] not in L.used for i in op):
                opts.append((cu, cur, op))
    if not opts:
        return None
    cu, cur, op = RNG.choice(opts)
    tot = sum(L.bal[i["id"]] for i in op)
    body = {"ES": ["LIQUIDACION SALDO PENDIENTE", "PAGO SALDO A 28/02/2026", "SALDO EXTRACTO FEBRERO"],
            "PT": ["PAGAMENTO EXTRATO FEV 2026", "LIQUIDACAO SALDO"], "FR": ["REGLEMENT RELEVE FEVRIER", "SOLDE COMPTE"],
            "UK": ["STATEMENT FEB26", "STATEMENT BALANCE"], "US": ["STMT BALANCE 02/28", "PAY STATEMENT FEB"]}[cu["country"]]
    ref = RNG.choice(body)
    pay = mkpay(pid, pdate, tot, cur, cu, True, ref, None)
    for i in op:
        L.used.add(i["id"])
    lab = label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in op], ZERO,
                reason="pays the whole open %s balance of the account (%d invoices)" % (cur, len(op)),
                scenario="statement_total",
                note="no invoice numbers; amount equals the sum of every open %s invoice of the customer, which only the full set can give" % cur)
    return pay, lab


def sc_amount_only(L, pdate, pid):
    tries = L.free()
    RNG.shuffle(tries)
    for inv in tries[:200]:
        op = L.open_of(inv["customer_id"], inv["currency"])
        if len(op) > 12:
            continue
        m = L.subsets_equal(op, L.bal[inv["id"]])
        if len(m) == 1 and len(m[0]) == 1:
            cu = L.cu[inv["customer_id"]]
            amt = L.bal[inv["id"]]
            ref = noise_ref(cu) if RNG.random() < 0.7 else None
            pay = mkpay(pid, pdate, amt, inv["currency"], cu, True, ref, None)
            L.used.add(inv["id"])
            lab = label(pid, "applied", [(inv["id"], amt)], ZERO,
                        reason="known customer, amount equals exactly one open invoice (%s)" % inv["number"],
                        scenario="amount_only",
                        note="no invoice reference; among the customer's %d open %s invoices only %s (alone) gives %s" %
                             (len(op), inv["currency"], inv["number"], s(amt)))
            return pay, lab
    return None


def sc_name_amount(L, pdate, pid):
    tries = L.free()
    RNG.shuffle(tries)
    norm = {c["id"]: ascii_upper(c["name"]).replace(".", "").replace(",", "").replace("'", " ") for c in L.customers}
    for inv in tries[:300]:
        cu = L.cu[inv["customer_id"]]
        pn = bank_name(cu)
        if sum(1 for v in norm.values() if v.startswith(pn)) != 1 or len(pn) < 14:
            continue
        amt = L.bal[inv["id"]]
        op = L.open_of(cu["id"], inv["currency"])
        if len(op) > 12:
            continue
        m = L.subsets_equal(op, amt)
        if not (len(m) == 1 and len(m[0]) == 1):
            continue
        if any(L.bal[j["id"]] == amt for j in L.invoices if j["customer_id"] != cu["id"] and j["currency"] == inv["currency"]):
            continue
        pay = mkpay(pid, pdate, amt, inv["currency"], cu, False, noise_ref(cu) if RNG.random() < 0.5 else None, None, payer=pn)
        L.used.add(inv["id"])
        lab = label(pid, "applied", [(inv["id"], amt)], ZERO,
                    reason="payer name identifies the customer; amount equals exactly one open invoice",
                    scenario="name_amount",
                    note="customer_id null; truncated payer '%s' is a prefix of one customer name only; no other open %s invoice anywhere has this balance" % (pn, inv["currency"]))
        return pay, lab
    return None


def sc_lump_nolist(L, pdate, pid):
    opts = []
    for cu in L.customers:
        for cur in sorted({i["currency"] for i in L.open_of(cu["id"])}):
            op = L.open_of(cu["id"], cur)
            if 3 <= len(op) <= 6 and all(i["id"] not in L.used for i in op):
                opts.append((cu, cur, op))
    RNG.shuffle(opts)
    for cu, cur, op in opts:
        for k in (2, 3):
            comb = RNG.sample(op, k)
            amt = sum(L.bal[i["id"]] for i in comb)
            m = L.subsets_equal(op, amt)
            if len(m) == 1:
                pay = mkpay(pid, pdate, amt, cur, cu, True, noise_ref(cu), None)
                for i in comb:
                    L.used.add(i["id"])
                lab = label(pid, "applied", [(i["id"], L.bal[i["id"]]) for i in sorted(comb, key=lambda i: i["number"])], ZERO,
                            reason="lump: the only combination of open invoices that gives the amount",
                            scenario="lump_no_list",
                            note="no references; customer has %d open %s invoices and exactly one subset (%s) sums to the payment" %
                                 (len(op), cur, "+".join(i["number"] for i in comb)))
                return pay, lab
    return None


PART_TXT = {
    "es": ["Pago a cuenta fra. {r}", "1er plazo {r} según acuerdo", "Pago parcial {r}, resto a 30 días"],
    "pt": ["Pagamento parcial {r}", "1.ª prestação {r} conforme acordado"],
    "fr": ["Acompte sur facture {r}", "Premier versement {r} (échéancier convenu)"],
    "en": ["Part payment {r} as agreed", "1st instalment {r}"],
    "us": ["Partial payment {r} per payment plan", "Installment 1 of 2 - {r}"],
}
REST_TXT = {
    "es": ["Resto fra. {r}", "Saldo pendiente {r}", "2º plazo y último {r}"],
    "pt": ["Restante {r}", "2.ª prestação {r} (liquidação)"],
    "fr": ["Solde facture {r}", "Second versement {r} - solde"],
    "en": ["Balance of {r}", "Final instalment {r}"],
    "us": ["Remaining balance {r}", "Installment 2 of 2 - {r}"],
}


def sc_part_payment(L, pdate, pid):
    inv = pick(L, lambda i: Decimal(i["balance"]) > 800)
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    amt = q((bal / 2) // 100 * 100) if RNG.random() < 0.6 else q(bal * Decimal("0.5"))
    if amt <= 0 or amt >= bal:
        return None
    loc = LOC[cu["country"]]
    r = inv_ref(inv, full=True)
    txt = RNG.choice(PART_TXT[loc]).format(r=r)
    if RNG.random() < 0.5:
        ref, rem = wrap_ref(cu, txt), None
        if cu["country"] == "UK":
            rem = txt
    else:
        ref, rem = noise_ref(cu), remittance(cu, pdate, inv["currency"], amt, [(r, amt)], extra=[txt])
    pay = mkpay(pid, pdate, amt, inv["currency"], cu, True, ref, rem)
    L.used.add(inv["id"])
    L.part_log.append(inv)
    lab = label(pid, "partial", [(inv["id"], amt)], ZERO,
                reason="part payment of %s; %s stays open" % (inv["number"], s(bal - amt)),
                scenario="part_payment", note="customer says part payment / instalment ('%s'); no deduction, so short_pay null" % txt)
    return pay, lab


def sc_remainder(L, pdate, pid):
    c = [i for i in L.part_log if L.bal[i["id"]] > 0]
    if not c:
        return None
    inv = RNG.choice(c)
    L.part_log.remove(inv)
    cu = L.cu[inv["customer_id"]]
    amt = L.bal[inv["id"]]
    loc = LOC[cu["country"]]
    r = inv_ref(inv, full=True)
    txt = RNG.choice(REST_TXT[loc]).format(r=r)
    ref, rem = wrap_ref(cu, txt), (txt if cu["country"] == "UK" else None)
    pay = mkpay(pid, pdate, amt, inv["currency"], cu, True, ref, rem)
    lab = label(pid, "applied", [(inv["id"], amt)], ZERO,
                reason="remaining balance of %s after the earlier part payment" % inv["number"],
                scenario="remainder_after_part",
                note="invoice was part paid earlier in this file; amount equals the balance left, not the file balance %s" % inv["balance"])
    return pay, lab


DED = {
    "rappel": {"es": "Dto. rappel 2025 ({p}%)", "pt": "Rappel anual 2025 ({p}%)", "fr": "Remise de fin d'année (rappel {p}%)",
               "en": "Less annual volume rebate (rappel) {p}%", "us": "Less volume rebate {p}% (2025 program)",
               "reason": "rappel (annual volume rebate) deducted"},
    "promo": {"es": "Cargo promoción folleto Navidad", "pt": "Comparticipação campanha promocional Natal",
              "fr": "Participation promotion foire aux vins", "en": "Less promotional allowance - spring listing",
              "us": "Less promo/depletion allowance Q1", "reason": "promotional deduction"},
    "breakage": {"es": "Abono roturas: {k} botellas rotas en transporte", "pt": "{k} garrafas partidas no transporte",
                 "fr": "Casse transport : {k} bouteilles", "en": "{k} bottles broken in transit - deducted",
                 "us": "Breakage {k} btl deducted", "reason": "breakage in transit"},
    "price": {"es": "Diferencia de precio s/ tarifa acordada", "pt": "Diferença de preço (tabela acordada)",
              "fr": "Écart de prix sur tarif convenu", "en": "Price difference vs agreed price list",
              "us": "Pricing discrepancy - short paid", "reason": "price difference"},
}


def deduction(kind, inv, bal):
    tot = Decimal(inv["total"])
    if kind == "rappel":
        p = RNG.choice([2, 3, 4, 5])
        return q(tot * p / 100), {"p": p}
    if kind == "promo":
        return RNG.choice([Decimal(x) for x in ("60.00", "90.00", "120.00", "150.00", "180.00", "250.00")]), {}
    if kind == "breakage":
        k = RNG.choice([1, 2, 3, 6])
        return q(k * RNG.choice(WINE_PRICES)), {"k": k}
    return q(tot * Decimal(RNG.choice(["0.04", "0.06", "0.08"]))), {}


def sc_short_reason(L, pdate, pid):
    kind = RNG.choice(["rappel", "rappel", "promo", "breakage", "price"])
    inv = pick(L, lambda i: Decimal(i["balance"]) == Decimal(i["total"]) and Decimal(i["total"]) > 400)
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    ded, kw = deduction(kind, inv, bal)
    if not (ZERO < ded < bal):
        return None
    amt = bal - ded
    loc = LOC[cu["country"]]
    r = inv_ref(inv, full=True)
    dtxt = DED[kind][loc].format(**kw)
    rem = remittance(cu, pdate, inv["currency"], amt, [(r, bal)], extra=["%s  -%s" % (dtxt, fmt_amt(ded, loc))])
    ref = wrap_ref(cu, r) if RNG.random() < 0.5 else noise_ref(cu)
    pay = mkpay(pid, pdate, amt, inv["currency"], cu, True, ref, rem)
    L.used.add(inv["id"])
    lab = label(pid, "partial", [(inv["id"], amt)], ZERO,
                short_pay={"invoice_id": inv["id"], "amount": s(ded), "reason": DED[kind]["reason"]},
                reason="short pay of %s: %s" % (inv["number"], DED[kind]["reason"]),
                scenario="short_pay_" + kind,
                note="remittance shows the invoice at %s less '%s' %s" % (s(bal), dtxt, s(ded)))
    return pay, lab


def sc_multi_short(L, pdate, pid):
    cu, invs = _multi(L, 2, 4)
    if not cu:
        return None
    kind = RNG.choice(["rappel", "promo", "breakage", "price"])
    target = max(invs, key=lambda i: L.bal[i["id"]])
    bal = L.bal[target["id"]]
    ded, kw = deduction(kind, target, bal)
    if not (ZERO < ded < bal):
        return None
    cur = invs[0]["currency"]
    loc = LOC[cu["country"]]
    refs = {i["id"]: inv_ref(i, full=True) for i in invs}
    tot = sum(L.bal[i["id"]] for i in invs) - ded
    dtxt = DED[kind][loc].format(**kw) + " (" + refs[target["id"]] + ")"
    rem = remittance(cu, pdate, cur, tot, [(refs[i["id"]], L.bal[i["id"]]) for i in invs],
                     extra=["%s  -%s" % (dtxt, fmt_amt(ded, loc))])
    pay = mkpay(pid, pdate, tot, cur, cu, True, noise_ref(cu) if RNG.random() < 0.6 else None, rem)
    for i in invs:
        L.used.add(i["id"])
    apps = [(i["id"], L.bal[i["id"]] - (ded if i is target else ZERO)) for i in invs]
    lab = label(pid, "partial", apps, ZERO,
                short_pay={"invoice_id": target["id"], "amount": s(ded), "reason": DED[kind]["reason"]},
                reason="lump of %d invoices with a %s deduction on %s" % (len(invs), kind, target["number"]),
                scenario="multi_short_" + kind,
                note="remittance lists %d invoices and one deduction line against %s" % (len(invs), target["number"]))
    return pay, lab


def sc_bank_charges(L, pdate, pid):
    inv = pick(L, lambda i: i["currency"] in ("USD", "GBP") and Decimal(i["balance"]) > 500)
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    fee = RNG.choice([Decimal("15.00"), Decimal("20.00"), Decimal("25.00"), Decimal("30.00")])
    amt = bal - fee
    r = inv_ref(inv, full=True, upper=True)
    cur = inv["currency"]
    sym = "USD" if cur == "USD" else "GBP"
    ref = RNG.choice(["/RFB/%s /CHGS/%s%s" % (r, sym, s(fee)), "INV %s LESS BANK CHGS %s %s" % (r, sym, s(fee))])
    rem = "Wire transfer for %s %s. Intermediary/beneficiary bank charges of %s %s deducted (charges SHA)." % (
        r, fmt_amt(bal, "en"), sym, s(fee))
    pay = mkpay(pid, pdate, amt, cur, cu, True, ref, rem)
    L.used.add(inv["id"])
    lab = label(pid, "partial", [(inv["id"], amt)], ZERO,
                short_pay={"invoice_id": inv["id"], "amount": s(fee), "reason": "bank charges"},
                reason="wire for %s short by stated bank charges" % inv["number"], scenario="short_pay_bank_charges",
                note="SWIFT wire, %s %s charges deducted and stated in the reference" % (sym, s(fee)))
    return pay, lab


def sc_overpay(L, pdate, pid):
    if RNG.random() < 0.55:
        inv = pick(L, lambda i: Decimal(i["balance"]) < Decimal(i["total"]))
        kind = "paid_total"
    else:
        inv = pick(L, lambda i: True)
        kind = "extra"
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    if kind == "paid_total":
        amt = Decimal(inv["total"])
        why = "customer paid the invoice total %s although %s was already paid" % (inv["total"], s(amt - bal))
    else:
        extra = RNG.choice([Decimal("35.00"), Decimal("62.50"), Decimal("100.00"), q(bal * Decimal("0.21"))])
        amt = bal + extra
        why = "amount exceeds the balance by %s" % s(extra)
    op = L.open_of(cu["id"], inv["currency"])
    others = [j for j in op if j is not inv]
    if len(others) <= 12 and L.subsets_equal(others, amt - bal):
        return None   # remainder would fit another invoice: not a clean overpayment
    r = inv_ref(inv, full=True)
    ref = wrap_ref(cu, r)
    rem = remittance(cu, pdate, inv["currency"], amt, [(r, amt)]) if RNG.random() < 0.5 else None
    pay = mkpay(pid, pdate, amt, inv["currency"], cu, True, ref, rem)
    L.used.add(inv["id"])
    lab = label(pid, "unapplied", [(inv["id"], bal)], amt - bal,
                reason="overpayment of %s; remainder held on account" % inv["number"],
                scenario="overpay_" + kind, note=why + "; remainder fits no other open invoice")
    return pay, lab


def sc_duplicate(L, pdate, pid):
    c = [(p, i) for p, i in L.paid_log if L.bal[i["id"]] == 0]
    RNG.shuffle(c)
    for p0, inv in c:
        cu = L.cu[inv["customer_id"]]
        amt = Decimal(p0["amount"])
        op = L.open_of(cu["id"], inv["currency"])
        if len(op) <= 12 and L.subsets_equal(op, amt):
            continue
        L.paid_log.remove((p0, inv))
        pay = mkpay(pid, pdate, amt, inv["currency"], cu, True, p0["reference"], p0["remittance"], payer=p0["payer_name"])
        lab = label(pid, "unapplied", [], amt,
                    reason="%s was already paid by %s; second payment held on account" % (inv["number"], p0["id"]),
                    scenario="duplicate_payment",
                    note="same reference and amount as %s of %s; the invoice is closed, nothing else fits" % (p0["id"], p0["date"]))
        return pay, lab
    return None


def sc_on_account(L, pdate, pid):
    cus = [c for c in L.customers if L.open_of(c["id"], c["currency"])]
    RNG.shuffle(cus)
    for cu in cus:
        amt = RNG.choice([Decimal(x) for x in ("300.00", "500.00", "750.00", "1000.00", "1500.00", "2000.00", "2500.00")])
        op = L.open_of(cu["id"], cu["currency"])
        if len(op) > 12 or L.subsets_equal(op, amt):
            continue
        body = {"ES": ["ENTREGA A CUENTA", "PAGO A CUENTA"], "PT": ["PAGAMENTO POR CONTA", "ADIANTAMENTO"],
                "FR": ["ACOMPTE", "VERSEMENT SUR COMPTE"], "UK": ["ON ACCOUNT", "PAYMENT ON ACCOUNT"],
                "US": ["ON ACCOUNT", "ADVANCE PAYMENT"]}[cu["country"]]
        ref = RNG.choice(body)
        pay = mkpay(pid, pdate, amt, cu["currency"], cu, True, ref, None)
        lab = label(pid, "unapplied", [], amt, reason="known customer, payment on account, fits no open invoice",
                    scenario="on_account", note="round amount '%s' with no invoice; no subset of the %d open invoices sums to it" % (ref, len(op)))
        return pay, lab
    return None


PO_TXT = {"es": "S/PEDIDO {n}", "pt": "ENCOMENDA N.º {n}", "fr": "BON DE COMMANDE {n}", "en": "PO {n}", "us": "PO# {n}"}


def sc_po_trap(L, pdate, pid):
    inv = pick(L, lambda i: True)
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    same = [j for j in L.open_of(cu["id"]) if j is not inv and j["_ent"] == inv["_ent"] and L.bal[j["id"]] != bal
            and j["_seq"] != inv["_seq"]]
    other = [j for j in L.invoices if j["customer_id"] != cu["id"] and j["_ent"] == inv["_ent"]
             and L.bal[j["id"]] > 0 and L.bal[j["id"]] != bal and j["_seq"] != inv["_seq"]]
    pool = same if (same and RNG.random() < 0.5) else other
    y = RNG.choice(pool)
    if same and y in same and len(L.open_of(cu["id"], inv["currency"])) <= 12 and \
            len(L.subsets_equal(L.open_of(cu["id"], inv["currency"]), bal)) != 1:
        return None
    loc = LOC[cu["country"]]
    po = PO_TXT[loc].format(n=("%05d" % y["_seq"]) if inv["_ent"] == "ES" and RNG.random() < 0.5 else y["_seq"])
    r = inv_ref(inv, full=True)
    amt_txt = {"es": "IMPORTE", "pt": "VALOR", "fr": "MONTANT", "en": "AMT", "us": "AMT"}[loc] + " " + fmt_amt(bal, loc)
    body = RNG.choice(["%s %s" % (po, r), "%s - %s - %s" % (r, po, amt_txt), "%s %s" % (r, po)])
    ref = wrap_ref(cu, body)
    rem = None
    if cu["country"] == "UK":
        rem = remittance(cu, pdate, inv["currency"], bal, [(r + "  (" + po + ")", bal)])
    pay = mkpay(pid, pdate, bal, inv["currency"], cu, True, ref, rem)
    L.used.add(inv["id"])
    lab = label(pid, "applied", [(inv["id"], bal)], ZERO, reason="reference %s and exact balance; %s is a purchase order" % (inv["number"], po),
                scenario="po_number_trap",
                note="the PO number %s equals the sequence of invoice %s (%s, balance %s) which this payment does not pay" %
                     (po, y["number"], "same customer" if y["customer_id"] == cu["id"] else "another customer", s(L.bal[y["id"]])))
    return pay, lab


def sc_year_trap(L, pdate, pid):
    inv = pick(L, lambda i: L.same_seq_elsewhere(i) and L.short_ok(i))
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    bal = L.bal[inv["id"]]
    r = inv_ref(inv, full=False)
    other = L.same_seq_elsewhere(inv)[0]
    rem = remittance(cu, pdate, inv["currency"], bal, [(r, bal)]) if RNG.random() < 0.5 else None
    ref = wrap_ref(cu, r) if rem is None or RNG.random() < 0.5 else noise_ref(cu)
    pay = mkpay(pid, pdate, bal, inv["currency"], cu, True, ref, rem)
    L.used.add(inv["id"])
    lab = label(pid, "applied", [(inv["id"], bal)], ZERO, reason="year-less reference '%s' resolves to %s for this customer" % (r, inv["number"]),
                scenario="year_series_trap",
                note="'%s' also matches %s (other customer %s, balance %s); the customer id and the amount pick %s" %
                     (r, other["number"], other["customer_id"], s(L.bal[other["id"]]), inv["number"]))
    return pay, lab


# ---------- review scenarios (prepared before any payment so that the traps survive)
def prepare(L):
    L.reserved = {"twins": [], "svp": [], "twocust": []}
    # twins: a customer with two or more open invoices of one balance (standing orders)
    groups = {}
    for i in L.invoices:
        groups.setdefault((i["customer_id"], i["currency"], i["balance"]), []).append(i)
    keys = sorted(k for k, v in groups.items() if len(v) >= 2)
    RNG.shuffle(keys)
    for k in keys[:12]:
        L.reserved["twins"].append(groups[k])
        for i in groups[k]:
            L.used.add(i["id"])
    # single invoice vs pair: make C part-paid so that B + C == A
    cus = L.customers[:]
    RNG.shuffle(cus)
    for cu in cus:
        if len(L.reserved["svp"]) >= 6:
            break
        op = [i for i in L.free(lambda i: i["customer_id"] == cu["id"] and i["currency"] == cu["currency"])]
        if len(op) < 3 or len(L.open_of(cu["id"], cu["currency"])) > 10:
            continue
        op.sort(key=lambda i: -Decimal(i["balance"]))
        a = op[0]
        for b in op[1:]:
            need = Decimal(a["balance"]) - Decimal(b["balance"])
            cs = [c for c in op[1:] if c is not b and Decimal(c["total"]) > need > 0]
            if cs:
                c = cs[0]
                c["balance"] = s(need)
                L.bal[c["id"]] = need
                L.reserved["svp"].append((a, b, c))
                for i in (a, b, c):
                    L.used.add(i["id"])
                break
    # two customers, one amount
    for _ in range(8):
        a = pick(L, lambda i: i["currency"] == "EUR" and i["customer_id"] != "")
        if not a:
            break
        bs = L.free(lambda i: i["currency"] == a["currency"] and i["customer_id"] != a["customer_id"]
                    and Decimal(i["total"]) > Decimal(a["balance"]) and i["_ent"] == a["_ent"])
        if not bs:
            continue
        b = RNG.choice(bs)
        b["balance"] = a["balance"]
        L.bal[b["id"]] = Decimal(a["balance"])
        L.reserved["twocust"].append((a, b))
        L.used.add(a["id"])
        L.used.add(b["id"])


def sc_review_twins(L, pdate, pid):
    while L.reserved["twins"]:
        g = L.reserved["twins"].pop()
        if not all(L.bal[i["id"]] == Decimal(i["balance"]) for i in g):
            continue
        cu = L.cu[g[0]["customer_id"]]
        amt = L.bal[g[0]["id"]]
        op = L.open_of(cu["id"], g[0]["currency"])
        m = L.subsets_equal(op, amt, maxk=3)
        cands = cands_sorted(L, m)[:5]
        ref = RNG.choice([None, noise_ref(cu), {"ES": "PEDIDO MENSUAL", "PT": "ENCOMENDA MENSAL", "FR": "COMMANDE MENSUELLE",
                                                 "UK": "MONTHLY ORDER", "US": "STANDING ORDER"}[cu["country"]]])
        pay = mkpay(pid, pdate, amt, g[0]["currency"], cu, True, ref, None)
        lab = label(pid, "review", [], amt, candidates=cands,
                    reason="amount equals %d open invoices of this customer; no reference tells which" % len(g),
                    scenario="review_same_amount",
                    note="standing order: %s all have balance %s; candidates oldest due date first" % (", ".join(i["number"] for i in g), s(amt)))
        return pay, lab
    return None


def sc_review_single_vs_pair(L, pdate, pid):
    while L.reserved["svp"]:
        a, b, c = L.reserved["svp"].pop()
        cu = L.cu[a["customer_id"]]
        amt = L.bal[a["id"]]
        op = L.open_of(cu["id"], a["currency"])
        m = L.subsets_equal(op, amt, maxk=3)
        cands = cands_sorted(L, m)[:5]
        pay = mkpay(pid, pdate, amt, a["currency"], cu, True, RNG.choice([None, noise_ref(cu)]), None)
        lab = label(pid, "review", [], amt, candidates=cands,
                    reason="amount equals %s alone and %s + %s together" % (a["number"], b["number"], c["number"]),
                    scenario="review_single_vs_pair",
                    note="no reference; %d invoice sets fit; single invoice ranked before the pair" % len(m))
        return pay, lab
    return None


CONFIRMING = ["CONFIRMING BBVA ORDEN 000%s", "SANTANDER CONFIRMING %s", "CAIXABANK CONFIRMING PAGO %s",
              "PAGO CONFIRMING SABADELL %s"]


def sc_review_two_customers(L, pdate, pid):
    while L.reserved["twocust"]:
        a, b = L.reserved["twocust"].pop()
        amt = L.bal[a["id"]]
        if L.bal[b["id"]] != amt:
            continue
        same = [i for i in L.invoices if L.bal[i["id"]] == amt and i["currency"] == a["currency"]]
        cands = cands_sorted(L, [[i] for i in same])
        cu = L.cu[a["customer_id"]]
        if a["_ent"] == "ES":
            k = RNG.randrange(len(CONFIRMING))
            payer = ["BANCO BILBAO VIZCAYA ARGENTARIA", "BANCO SANTANDER SA", "CAIXABANK SA", "BANCO DE SABADELL SA"][k]
            ref = CONFIRMING[k] % "".join(RNG.choice("0123456789") for _ in range(6))
        else:
            payer = RNG.choice(["CAIXA GERAL DE DEPOSITOS", "MILLENNIUM BCP", "NOVO BANCO SA"])
            ref = "PAGAMENTO FORNECEDORES LOTE %d" % RNG.randint(20000, 99999)
        pay = mkpay(pid, pdate, amt, a["currency"], cu, False, ref, None, payer=payer)
        lab = label(pid, "review", [], amt, candidates=cands,
                    reason="payer is a bank (confirming); amount equals open invoices of %d different customers" % len({i["customer_id"] for i in same}),
                    scenario="review_two_customers",
                    note="customer_id null, payer is the paying bank, no invoice in the text; %s" % ", ".join("%s (%s)" % (i["number"], i["customer_id"]) for i in same))
        return pay, lab
    return None


def sc_review_conflict(L, pdate, pid):
    cus = L.customers[:]
    RNG.shuffle(cus)
    for cu in cus:
        fr = L.free(lambda i: i["customer_id"] == cu["id"] and i["currency"] == cu["currency"])
        op = L.open_of(cu["id"], cu["currency"])
        if len(fr) < 2 or len(op) > 12:
            continue
        fr.sort(key=lambda i: L.bal[i["id"]])
        x, y = fr[0], fr[-1]
        amt = L.bal[x["id"]]
        if not (amt < L.bal[y["id"]]):
            continue
        if len(L.subsets_equal(op, amt)) != 1:
            continue
        r = inv_ref(y, full=True)
        pay = mkpay(pid, pdate, amt, cu["currency"], cu, True, wrap_ref(cu, r), None)
        L.used.add(x["id"])
        L.used.add(y["id"])
        lab = label(pid, "review", [], amt, candidates=[[x["id"]], [y["id"]]],
                    reason="reference names %s (balance %s) but the amount is exactly %s's balance" % (y["number"], s(L.bal[y["id"]]), x["number"]),
                    scenario="review_ref_amount_conflict",
                    note="either a short/part pay of %s with no explanation or %s with a wrong reference; exact-amount reading ranked first" % (y["number"], x["number"]))
        return pay, lab
    return None


def sc_review_cross_currency(L, pdate, pid):
    inv = pick(L, lambda i: L.cu[i["customer_id"]]["also_eur"] and i["currency"] == "EUR")
    if not inv:
        return None
    cu = L.cu[inv["customer_id"]]
    amt = q(L.bal[inv["id"]] * Decimal("0.8561"))
    op = L.open_of(cu["id"], "GBP")
    if len(op) > 12 or L.subsets_equal(op, amt):
        return None
    r = inv_ref(inv, full=True, upper=True)
    rem = "Payment of %s (invoiced EUR %s) converted at our bank rate." % (r, fmt_amt(L.bal[inv["id"]], "en"))
    pay = mkpay(pid, pdate, amt, "GBP", cu, True, r.replace(" ", "")[:18], rem)
    L.used.add(inv["id"])
    lab = label(pid, "review", [], amt, candidates=[],
                reason="GBP payment quotes EUR invoice %s; cash is never applied across currencies" % inv["number"],
                scenario="review_cross_currency",
                note="customer has EUR and GBP invoices; GBP amount fits no GBP invoice; no same-currency candidate exists")
    return pay, lab


STRANGERS = ["J M GARCIA LOPEZ", "MARIA CARMEN RUIZ", "HOSTELERIA NORTE 2019 SL", "ANTONIO F PEREIRA SILVA",
             "SOC AGRICOLA MONTE VERDE", "M DUPONT JEAN-LUC", "GLOBAL TRADE SERVICES LT", "A R COSTA"]


def sc_review_unknown(L, pdate, pid):
    cur = "EUR"
    amt = q(Decimal(RNG.randint(15000, 260000)) / 100)
    if any(L.bal[i["id"]] == amt for i in L.invoices if i["currency"] == cur):
        return None
    cu = {"id": None, "country": "ES", "name": "?"}
    pay = {"id": pid, "date": pdate.isoformat(), "amount": s(amt), "currency": cur, "payer_name": RNG.choice(STRANGERS),
           "customer_id": None, "reference": RNG.choice(["TRANSFERENCIA", None, "PAGO", "VINOS"]), "remittance": None}
    lab = label(pid, "review", [], amt, candidates=[], reason="unknown payer, no reference, amount fits no open invoice",
                scenario="review_unknown_payer",
                note="payer matches no customer; cannot be held on a customer account, so a person must identify it")
    return pay, lab


# ---------- bad input rows
def error_row(L, pdate, pid, kind):
    cu = RNG.choice(L.customers)
    base = {"id": pid, "date": pdate.isoformat(), "amount": "845.20", "currency": cu["currency"],
            "payer_name": bank_name(cu), "customer_id": cu["id"], "reference": None, "remittance": None}
    if kind == "negative":
        base["amount"] = "-%s" % s(Decimal(RNG.randint(20000, 150000)) / 100)
        base["reference"] = RNG.choice(["DEVOLUCION RECIBO SEPA", "R-TRANSACTION RETURN AC04", "ESTORNO DEBITO DIRETO"])
        err = "negative amount"
    elif kind == "currency":
        base["currency"] = RNG.choice(["CHF", "BRL"])
        base["amount"] = s(Decimal(RNG.randint(20000, 150000)) / 100)
        base["customer_id"] = None
        base["payer_name"] = RNG.choice(["WEINHANDEL ZUERICH AG", "EMPORIO DO VINHO LTDA SAO P"])
        err = "currency %s has no open invoice" % base["currency"]
    elif kind == "dup_id":
        prev = [p for p, lb in zip(L.payments, L.labels) if lb["status"] != "error"][-1]
        base = dict(prev)
        err = "duplicate payment id %s (row repeated in the bank file)" % prev["id"]
    elif kind == "malformed":
        base["amount"] = RNG.choice(["1.234,56", "12O5.00", "", "EUR 410.00", "1,234.5O"])
        err = "malformed amount %r" % base["amount"]
    elif kind == "no_date":
        base["date"] = RNG.choice([None, ""])
        base["amount"] = s(Decimal(RNG.randint(20000, 150000)) / 100)
        err = "missing date"
    lab = {"payment_id": base["id"], "status": "error", "applications": [], "unapplied": "0.00", "short_pay": None,
           "candidates": [], "reason": err, "error": err, "scenario": "error_" + kind, "note": "bad input row: " + err}
    return base, lab


# ---------------------------------------------------------------- stage 5: schedule and replay
SCHEDULE = [
    ("exact_ref", sc_exact_ref, 118), ("exact_ref_nocust", sc_exact_ref_nocust, 22), ("multi_list", sc_multi_list, 38),
    ("range", sc_range, 10), ("statement_total", sc_statement_total, 12), ("amount_only", sc_amount_only, 22),
    ("name_amount", sc_name_amount, 8), ("lump_nolist", sc_lump_nolist, 6), ("part_payment", sc_part_payment, 16),
    ("remainder", sc_remainder, 8), ("short_reason", sc_short_reason, 26), ("multi_short", sc_multi_short, 10),
    ("bank_charges", sc_bank_charges, 6), ("overpay", sc_overpay, 14), ("duplicate", sc_duplicate, 8),
    ("on_account", sc_on_account, 10), ("po_trap", sc_po_trap, 14), ("year_trap", sc_year_trap, 8),
    ("review_twins", sc_review_twins, 12), ("review_svp", sc_review_single_vs_pair, 6),
    ("review_twocust", sc_review_two_customers, 8), ("review_conflict", sc_review_conflict, 7),
    ("review_xcur", sc_review_cross_currency, 4), ("review_unknown", sc_review_unknown, 3),
]
ERRORS = ["negative", "negative", "currency", "currency", "dup_id", "dup_id", "malformed", "malformed", "malformed",
          "no_date", "no_date"]
DEPENDENT = {"remainder", "duplicate"}


def business_days(start, n):
    out, d = [], start
    while len(out) < n:
        if d.weekday() < 5 and d not in (date(2026, 4, 3), date(2026, 4, 6)):   # Good Friday, Easter Monday
            out.append(d)
        d += timedelta(days=1)
    return out


def apply_label(L, lab):
    for a in lab["applications"]:
        nb = L.bal[a["invoice_id"]] - Decimal(a["amount"])
        assert nb >= 0, lab
        L.bal[a["invoice_id"]] = nb


def build():
    customers = make_customers()
    invoices = make_invoices(customers)
    L = Ledger(customers, invoices)
    SEQS_BY_CU.clear()
    for i in invoices:
        SEQS_BY_CU.setdefault(i["customer_id"], set()).add(i["_seq"])
    prepare(L)
    slots = []
    for name, fn, n in SCHEDULE:
        if name not in DEPENDENT:
            slots += [name] * n
    RNG.shuffle(slots)
    for name, fn, n in SCHEDULE:
        if name in DEPENDENT:
            for _ in range(n):
                slots.insert(RNG.randint(len(slots) // 3, len(slots)), name)
    for e in ERRORS:
        slots.insert(RNG.randint(25, len(slots)), "error:" + e)
    fns = {name: fn for name, fn, n in SCHEDULE}
    days = business_days(date(2026, 3, 2), 40)
    per = -(-len(slots) // len(days))
    used_ids = set()
    fallback = 0
    for k, name in enumerate(slots):
        pdate = days[k // per]
        pid = None
        while pid is None or pid in used_ids:
            pid = "PMT-" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
        if name.startswith("error:"):
            kind = name.split(":")[1]
            pay, lab = error_row(L, pdate, pid, kind)
        else:
            res = fns[name](L, pdate, pid)
            if res is None:
                fallback += 1
                res = sc_exact_ref(L, pdate, pid)
            pay, lab = res
            apply_label(L, lab)
        used_ids.add(pay["id"])
        L.payments.append(pay)
        L.labels.append(lab)
    return L, fallback


# ---------------------------------------------------------------- stage 6: verify, write files, README
def verify(invoices, payments, labels):
    """replay labels in file order; raises AssertionError on any inconsistency"""
    inv = {i["id"]: i for i in invoices}
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    assert len(payments) == len(labels)
    seen = set()
    for p, lb in zip(payments, labels):
        assert lb["payment_id"] == p["id"]
        if lb["status"] == "error":
            assert lb["applications"] == [] and lb.get("error") and lb["short_pay"] is None
            continue
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        amt = Decimal(p["amount"])
        assert amt > 0 and amt == q(amt)
        tot = Decimal(lb["unapplied"])
        assert tot >= 0
        for a in lb["applications"]:
            i = inv[a["invoice_id"]]
            x = Decimal(a["amount"])
            assert x > 0 and i["currency"] == p["currency"], (p["id"], a)
            assert bal[i["id"]] >= x, (p["id"], a, bal[i["id"]])
            bal[i["id"]] -= x
            tot += x
        assert tot == amt, (p["id"], tot, amt)
        st = lb["status"]
        if st == "applied":
            assert lb["applications"] and Decimal(lb["unapplied"]) == 0 and lb["short_pay"] is None and not lb["candidates"]
        elif st == "partial":
            assert lb["applications"] and Decimal(lb["unapplied"]) == 0 and not lb["candidates"]
            sp = lb["short_pay"]
            if sp:
                assert sp["invoice_id"] in [a["invoice_id"] for a in lb["applications"]]
                assert bal[sp["invoice_id"]] == Decimal(sp["amount"]) > 0
            else:
                assert any(bal[a["invoice_id"]] > 0 for a in lb["applications"])
        elif st == "unapplied":
            assert Decimal(lb["unapplied"]) > 0 and lb["short_pay"] is None and not lb["candidates"]
            assert p["customer_id"] is not None
        elif st == "review":
            assert not lb["applications"] and Decimal(lb["unapplied"]) == amt and lb["short_pay"] is None
            for g in lb["candidates"]:
                assert g and all(inv[x]["currency"] == p["currency"] and bal[x] > 0 for x in g)
                assert sum(bal[x] for x in g) >= amt or len(lb["candidates"]) > 1
        else:
            raise AssertionError(st)
    return bal


def clean_invoice(i):
    return {k: i[k] for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance",
                              "issue_date", "due_date")}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def count_table(counter, head):
    rows = ["| %s | count |" % head, "|---|---|"]
    for k in sorted(counter):
        rows.append("| %s | %d |" % (k, counter[k]))
    return "\n".join(rows)


def readme(L, invoices, payments, labels, fallback):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    cur_p = Counter(p["currency"] for p in payments)
    cur_i = Counter(i["currency"] for i in invoices)
    ctry = Counter(c["country"] for c in L.customers)
    pc = Counter(L.cu[p["customer_id"]]["country"] if p.get("customer_id") in L.cu else "customer_id null"
                 for p in payments)
    dates = [p["date"] for p in payments if p.get("date")]
    return """# Blind cash-application set: `ledger_iberian_wine`

Held-out test data for the `match` contract (`contracts/cash-application.md`), written blind from the
contract only. Generated by `python3 build.py` (stdlib, fixed seed, byte-for-byte reproducible);
`python3 check.py` re-verifies every label by replaying the payments in file order.

## Theme

An Iberian wine and olive-oil exporter with two invoicing entities:

* **Bodegas y Almazara Vallejo Soto, S.L.** (Spain) invoices Spanish, French, UK and US customers.
  Numbers look like `FRA-2025-04512` (series restarts every year, five digits).
* **Quinta do Vale Soto - Vinhos e Azeites, Lda.** (Portugal) invoices Portuguese customers with
  SAF-T style numbers `FT 2026/123`.

Customers are distributors, restaurants, wine shops and hotels: %(ctry)s.
Spanish, Portuguese and French customers are billed in EUR, UK customers in GBP (a few also have EUR
invoices), US customers in USD. A few dozen long-overdue invoices from early 2025 are still open, so a
year-less reference such as `Fra. 123` can match both `FRA-2025-00123` and `FRA-2026-00123`.

Payment texts imitate what the banks show: SEPA transfers with `CONCEPTO:` / `/MOTIF`, Spanish confirming
payments from the paying bank, Portuguese Multibanco `MB ENT ... REF ...` lines, UK Faster Payments
references cut at 18 characters, US ACH (`CCD`) and SWIFT (`/RFB/`, `/CHGS/`) wires, payer names upper-cased,
accent-stripped and truncated. Remittance advices are in Spanish, Portuguese, French and English with local
number formats (`1.234,56`, `1 234,56`, `1,234.56`), purchase-order numbers and amounts that look like invoice
numbers, invoice lists and ranges (`FRAS 4510 A 4513`, `FT 2026/101 A 103`), rappels (annual volume rebates),
promotional allowances, breakage, price differences and bank charges.

## Files (`ledger_iberian_wine/`)

| file | rows | format |
|---|---|---|
| `invoices.json` | %(ni)d | contract `INVOICES.json`: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date` |
| `payments.json` | %(np)d | contract `PAYMENTS.json`, oldest first (%(d0)s to %(d1)s): `id, date, amount, currency, payer_name, customer_id, reference, remittance` |
| `labels.json` | %(np)d | one expected MATCHES entry per payment row, same order, plus `scenario` and `note` (and `error` on bad rows) |

Open invoices: %(nc)d customers; currencies %(cur_i)s. Payments by currency: %(cur_p)s.
Payments by customer country (or null customer id): %(pc)s.

## Counts

%(st)s

%(sc)s

## Conventions chosen where the contract is silent

* **Match labels to payments by position**, not by `payment_id`: one bad row repeats an earlier id.
* **`candidates`** is a list of invoice-id lists (each list is one invoice set), best first. Ranking: fewer
  invoices first, then oldest due date; for a reference/amount conflict the exact-amount reading comes first.
  Candidates only name open invoices of the payment's currency.
* **`review`**: nothing applied, `applications` empty, `unapplied` = the whole amount (so applications +
  unapplied = amount holds for every non-error row), `short_pay` null.
* **Bad rows** (negative amount, a currency no invoice has, a repeated payment id, a malformed amount, a
  missing/empty date): `status: "error"`, no applications, `unapplied: "0.00"`, `candidates: []`, an `error`
  text; they change no balance. For a repeated id the first row is processed normally and the repeat is the
  error.
* **Applied without an invoice reference** only when a known customer (`customer_id` given) is sure:
  the amount equals exactly one open invoice and no other subset of that customer's open invoices
  (`amount_only`); it equals the customer's whole open balance in that currency (`statement_total`); or it
  equals exactly one subset of a customer with at most six open invoices (`lump_no_list`). With
  `customer_id` null, cash is applied only on a full invoice number (with year) plus the exact balance, or when
  the truncated payer name is a prefix of exactly one customer name and the amount fits exactly one of that
  customer's invoices and no other open invoice anywhere (`name_amount`).
* **Year-less references** (`Fra. 123`, `FT 88`) are resolved through the customer id; they never refer to
  an invoice of another customer.
* **Short pays** are labelled only when the remittance or bank text states the deduction (rappel, promotion,
  breakage, price difference, bank charges). `short_pay.amount` is the deduction, which stays open on that
  invoice; `short_pay.reason` is free text (compare loosely). A lump with one deduction line is `partial` with
  every listed invoice applied (the deducted one for less) and one `short_pay`.
* **Part payments / instalments** the customer calls so are `partial` with `short_pay: null`; the later
  remainder payment is `applied` against the reduced balance.
* **Overpayments** (paid the invoice total although part was already paid, or paid more than the balance):
  `unapplied` with the invoice's balance applied and the rest as `unapplied`.
* **Second payment of an invoice already closed** earlier in the file and **payments on account** from a known
  customer that fit nothing: `unapplied`, no applications.
* **Unknown payer with nothing that fits**: `review` with no candidates (it cannot be held on an account).
* **Cross currency**: a GBP payment quoting a EUR invoice is `review` with no candidates; cash is never applied
  across currencies.
* **Two readings**: same balance on several invoices (standing orders), one invoice vs a pair, a confirming
  payment from a bank whose amount fits invoices of two customers, a reference that names one invoice while the
  amount is exactly another's: all `review`.
* `reason` texts are for humans; only `status`, `applications`, `unapplied`, `short_pay` (invoice and amount)
  and the candidate sets are meant to be scored.

## Things a reviewer may dispute

* `amount_only`, `lump_no_list` and `name_amount` assume a unique exact amount is "sure"; a stricter engine
  might send them to review.
* `review_cross_currency` could also be read as `unapplied` (a known customer's payment that fits no invoice).
* `review_ref_amount_conflict`: the ranking of the two candidates is a choice.

Generator fallbacks (a scenario that found no suitable invoice and became `exact_ref`): %(fb)d.
""" % {
        "ctry": ", ".join("%s %d" % (k, ctry[k]) for k in ("ES", "PT", "FR", "UK", "US")),
        "ni": len(invoices), "np": len(payments), "d0": min(dates), "d1": max(dates),
        "nc": len({i["customer_id"] for i in invoices}),
        "cur_i": ", ".join("%s %d" % (k, v) for k, v in sorted(cur_i.items())),
        "cur_p": ", ".join("%s %d" % (k, v) for k, v in sorted(cur_p.items())),
        "pc": ", ".join("%s %d" % (k, v) for k, v in sorted(pc.items())),
        "st": count_table(st, "status"), "sc": count_table(sc, "scenario"), "fb": fallback,
    }


def main():
    L, fallback = build()
    invoices = [clean_invoice(i) for i in L.invoices]
    verify(invoices, L.payments, L.labels)
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), invoices)
    dump(os.path.join(OUT, "payments.json"), L.payments)
    dump(os.path.join(OUT, "labels.json"), L.labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(L, invoices, L.payments, L.labels, fallback))
    print("invoices %d, payments %d, fallbacks %d" % (len(invoices), len(L.payments), fallback))


if __name__ == "__main__":
    main()
