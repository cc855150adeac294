#!/usr/bin/env python3
"""Blind held-out cash-application set: pharmaceutical wholesaler (BE/NL/LU).

Deterministic, stdlib only. `python3 build.py` rewrites ledger_pharmabenelux/*.json
and README.md byte for byte.
"""
import json
import os
import random
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_pharmabenelux")
SEED = 176_2026
R = random.Random(SEED)
C2 = Decimal("0.01")
ZERO = Decimal("0.00")


def q(x):
    return Decimal(x).quantize(C2, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def hexid(prefix, n=10):
    return prefix + "".join(R.choice("0123456789abcdef") for _ in range(n))


def bdays(start, end):
    d, out = start, []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(1)
    return out


# ---------------------------------------------------------------- stage 1: customers
TOWNS = {
    "be-fr": ["Namur", "Liège", "Charleroi", "Mons", "Wavre", "Arlon", "Tournai", "Nivelles", "Huy", "Verviers",
              "Dinant", "Ottignies", "Braine-l'Alleud", "Waterloo", "Gembloux", "Marche-en-Famenne"],
    "be-nl": ["Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Aalst", "Kortrijk", "Genk", "Roeselare", "Lier",
              "Turnhout", "Sint-Niklaas", "Dendermonde", "Geel", "Tienen", "Ieper"],
    "nl": ["Utrecht", "Zwolle", "Amersfoort", "Deventer", "Breda", "Tilburg", "Haarlem", "Leiden", "Groningen",
           "Nijmegen", "Arnhem", "Apeldoorn", "Delft", "Gouda", "Venlo", "Hoorn", "Assen", "Emmen", "Zeist", "Ede"],
    "lu": ["Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch", "Wiltz", "Mersch",
           "Bettembourg", "Strassen", "Mamer", "Luxembourg"],
    "en": ["Leeds", "Bristol", "Norwich", "Exeter", "York", "Reading", "Boston", "Raleigh", "Denver", "Columbus"],
}
PH_FR = ["du Parc", "de la Gare", "Centrale", "Saint-Michel", "des Tilleuls", "du Marché", "de l'Eglise", "Delvaux",
         "Lambert", "Dubois", "du Château", "des Écoles", "de la Place", "Moderne", "Sainte-Anne", "du Centre",
         "Renard", "Collard", "Hennuyère", "du Pont", "de la Citadelle", "Leclercq", "Mathieu", "des Prés"]
PH_NL = ["De Linde", "Sint-Jan", "Het Anker", "De Eik", "Van Damme", "Peeters", "Claes", "De Zwaan", "Het Kruispunt",
         "De Markt", "Centrum", "De Kroon", "Maes", "Wouters", "De Ster", "Het Park", "De Molen", "Vermeulen",
         "De Vaart", "Noord", "Zuid", "De Beuk", "Sint-Pieter", "De Poort"]
PH_NLNL = ["De Linde", "Het Anker", "De Eik", "De Vecht", "Jansen", "De Brink", "Kloosterhof", "De Hoven", "Bakker",
           "De Wielewaal", "Oosterpoort", "De Lelie", "Mulder", "Het Hof", "Westwijk", "De Dijk", "Visser",
           "Zonnehof", "De Kamp", "Noorderpark", "De Akker", "Smit", "De Esch", "Stadhuisplein"]
SAINTS = ["Elooi", "Jozef", "Maria", "Vincentius", "Lucas", "Jan", "Augustinus", "Blasius", "Rembert", "Dimpna"]
CARE_NL = ["De Notelaar", "Ter Linden", "Hof ter Beuken", "De Wingerd", "Zonnewende", "Ter Meersen", "De Bremhof",
           "Avondrust", "Sint-Anna", "Ter Walle", "De Vlinder", "Huize Eikenhof", "De Hazelaar", "Het Lindehof"]
CARE_FR = ["Les Tilleuls", "Le Grand Chêne", "Les Glycines", "Le Clos Fleuri", "Saint-Joseph", "Les Charmilles",
           "La Roseraie", "Les Peupliers", "Le Bois Joli", "Val des Sources", "Les Hirondelles", "Le Verger"]
GROUPS = [("Apotheekgroep Lindenhof NV", "be-nl"), ("Pharmavie Réseau SC", "be-fr"),
          ("FarmaNet Vlaanderen CV", "be-nl"), ("Pharmacies Solidaires Wallonie SC", "be-fr"),
          ("CoopPharma Brabant CV", "be-nl"), ("Apotheken Collectief Noord B.V.", "nl"),
          ("ZorgApotheken Groep Oost B.V.", "nl"), ("Apotheekcoöperatie Delta U.A.", "nl"),
          ("Stichting Zorggroep Veluwezoom", "nl"), ("Randstad Apotheken Holding B.V.", "nl"),
          ("Stichting Woonzorg Rivierenland", "nl"), ("Pharma-Lux Groupement S.A.", "lu")]
GBP_NAMES = ["Kestrel Care Homes Ltd", "Harbourside Hospital Pharmacy Ltd", "Ashdown Community Pharmacy Ltd",
             "Wenlock Care Group plc", "Moorfield Dispensing Services Ltd", "Cotswold Nursing Homes Ltd",
             "Tynebridge Pharmacy Ltd", "Elmstead Hospice Trust", "Brackley Healthcare Supplies Ltd",
             "Pennine Care Homes Ltd"]
USD_NAMES = ["Bluepine Clinical Research Inc", "Northgate Trials LLC", "Harbor Point Compounding LLC",
             "Cedar Ridge Specialty Pharmacy Inc", "Lakeshore Research Supplies Inc", "Summit BioTrials LLC",
             "Granite State Infusion LLC", "Westbrook Veterans Home Inc"]

customers = []
_names = set()
_nums = set()


def new_cust(make, kind, loc, cur="EUR"):
    if isinstance(make, str):
        name = make
    else:
        for _ in range(200):
            name = make()
            if name not in _names:
                break
    assert name not in _names, name
    _names.add(name)
    while True:
        num = R.randint(40000, 69999)
        if num not in _nums:
            _nums.add(num)
            break
    c = {"id": f"C{num}", "num": num, "name": name, "kind": kind, "loc": loc, "cur": cur}
    customers.append(c)
    return c


def gen_customers():
    for i in range(90):
        loc = "be-fr" if i % 2 == 0 else "be-nl"
        town = R.choice(TOWNS[loc])
        if loc == "be-fr":
            new_cust(lambda: f"Pharmacie {R.choice(PH_FR)} {town} {R.choice(['SRL', 'SRL', 'SPRL', 'SC'])}", "pharmacy", loc)
        else:
            new_cust(lambda: f"Apotheek {R.choice(PH_NL)} {town} {R.choice(['BV', 'BV', 'CommV'])}", "pharmacy", loc)
    for i in range(70):
        town = R.choice(TOWNS["nl"])
        pre = R.choice(["Apotheek", "Apotheek", "Service Apotheek", "Apotheek"])
        new_cust(lambda: f"{pre} {R.choice(PH_NLNL)} {town} B.V.", "pharmacy", "nl")
    for i in range(20):
        town = R.choice(TOWNS["lu"])
        new_cust(lambda: f"Pharmacie {R.choice(PH_FR)} {town} {R.choice(['SARL', 'S.à r.l.', 'S.A.'])}", "pharmacy", "lu")
    for i in range(30):
        if i < 7:
            new_cust(lambda: f"AZ Sint-{R.choice(SAINTS)} {R.choice(TOWNS['be-nl'])} - Ziekenhuisapotheek", "hospital", "be-nl")
        elif i < 14:
            new_cust(lambda: f"CHR {R.choice(TOWNS['be-fr'])} - Pharmacie hospitalière", "hospital", "be-fr")
        elif i < 26:
            new_cust(lambda: R.choice(["Ziekenhuisapotheek {t}", "Medisch Centrum {t} - Apotheek",
                                       "Stichting Ziekenhuis {t}"]).format(t=R.choice(TOWNS["nl"])), "hospital", "nl")
        else:
            new_cust(lambda: f"Centre Hospitalier {R.choice(TOWNS['lu'])} - Pharmacie", "hospital", "lu")
    for i in range(60):
        if i < 15:
            new_cust(lambda: f"WZC {R.choice(CARE_NL)} {R.choice(TOWNS['be-nl'])} vzw", "carehome", "be-nl")
        elif i < 30:
            new_cust(lambda: f"{R.choice(['Résidence', 'Maison de repos'])} {R.choice(CARE_FR)} {R.choice(TOWNS['be-fr'])} ASBL",
                     "carehome", "be-fr")
        elif i < 55:
            new_cust(lambda: f"{R.choice(['Zorgcentrum', 'Woonzorgcentrum', 'Verpleeghuis'])} {R.choice(CARE_NL)} {R.choice(TOWNS['nl'])}",
                     "carehome", "nl")
        else:
            new_cust(lambda: f"Maison de soins {R.choice(CARE_FR)} {R.choice(TOWNS['lu'])} a.s.b.l.", "carehome", "lu")
    for name, loc in GROUPS:
        new_cust(name, "group", loc)
    for n in GBP_NAMES:
        new_cust(n, "intl", "en", "GBP")
    for n in USD_NAMES:
        new_cust(n, "intl", "en", "USD")


# ---------------------------------------------------------------- stage 1: invoices
ISSUE_DAYS = bdays(date(2025, 10, 1), date(2026, 1, 30))
PAY_DAYS = bdays(date(2026, 2, 2), date(2026, 3, 6))
invoices = []        # final list (dicts, amounts as Decimal until written)
INV = {}             # id -> invoice
BYNUM = {}           # number -> invoice
BYCUST = defaultdict(list)


def amount_for(kind, cur):
    lo, hi = {"pharmacy": (120, 9000), "hospital": (800, 42000), "carehome": (280, 3800),
              "group": (900, 28000), "intl": (450, 16000)}[kind]
    # log-uniform
    import math
    v = math.exp(R.uniform(math.log(lo), math.log(hi)))
    return q(Decimal(str(round(v, 2))))


def terms(c):
    if c["kind"] == "hospital":
        return R.choice([60, 90])
    if c["loc"].startswith("be") or c["loc"] == "lu":
        return R.choice([30, 30, 60])
    return 30


def gen_invoices():
    raw = []   # (issue_date, groupkey, idx, cust, total, balance)
    for c in customers:
        k = c["kind"]
        if k == "pharmacy":
            n = R.randint(2, 5)
        elif k == "hospital":
            n = R.randint(4, 8)
        elif k == "carehome":
            n = R.randint(0, 2)
        elif k == "group":
            n = R.randint(12, 24)
        else:
            n = R.randint(2, 5)
        days = [R.choice(ISSUE_DAYS) for _ in range(n)]
        for d in days:
            # groups and hospitals are sometimes invoiced in blocks (consecutive numbers, same day)
            blk = 1
            if k in ("group", "hospital") and R.random() < 0.2:
                blk = R.randint(3, 5)
            gk = R.random()
            for j in range(blk):
                raw.append([d, gk, j, c, amount_for(k, c["cur"]), None])
        if k == "carehome":
            # monthly supply plan ("forfait"), often the same amount every month
            same = R.random() < 0.55
            base = amount_for(k, c["cur"])
            for m in (date(2025, 11, 3), date(2025, 12, 1), date(2026, 1, 2)):
                amt = base if same else amount_for(k, c["cur"])
                raw.append([m, R.random(), 0, c, amt, m.strftime("%Y-%m")])
            c["forfait_same"] = same
    raw.sort(key=lambda r: (r[0], r[1], r[2]))
    num = 318000 + R.randint(0, 400)
    for d, _, _, c, total, fmonth in raw:
        num += 1
        bal = total
        if R.random() < 0.09 and total > 300 and not fmonth:
            # an earlier part payment / credit note already reduced the balance
            bal = q(total * Decimal(R.choice(["0.5", "0.4", "0.6", "0.75", "0.3"])))
        due = d + timedelta(terms(c))
        inv = {"id": hexid("inv_"), "number": f"FV{num}", "customer_id": c["id"], "customer_name": c["name"],
               "currency": c["cur"], "total": total, "balance": bal, "issue_date": d, "due_date": due,
               "live": bal, "cust": c, "forfait": fmonth}
        invoices.append(inv)
        INV[inv["id"]] = inv
        BYNUM[inv["number"]] = inv
        BYCUST[c["id"]].append(inv)


gen_customers()
gen_invoices()


# ---------------------------------------------------------------- stage 2: text helpers
def strip_acc(t):
    return "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))


def bank_name(c, trunc=True):
    n = strip_acc(c["name"]).upper().replace("'", " ")
    n = n.replace(" - ", " ")
    if R.random() < 0.5:
        n = n.replace("B.V.", "BV").replace("S.A R.L.", "SARL").replace("A.S.B.L.", "ASBL").replace("S.A.", "SA")
    if trunc and R.random() < 0.55:
        L = R.choice([18, 20, 22, 24, 26, 30])
        n = n[:L].rstrip()
    return n


def eu(d):
    """1.234,56"""
    whole, frac = s(d).split(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    g = []
    while len(whole) > 3:
        g.insert(0, whole[-3:])
        whole = whole[:-3]
    g.insert(0, whole)
    return ("-" if neg else "") + ".".join(g) + "," + frac


def en(d):
    return f"{q(d):,.2f}"


def money(c, d):
    return en(d) if c["loc"] == "en" else (eu(d) if R.random() < 0.8 else eu(d).replace(".", " "))


def digits(inv):
    return inv["number"][2:]


def ogm(inv):
    base = "0000" + digits(inv)
    chk = int(base) % 97 or 97
    d = base + f"{chk:02d}"
    return f"{d[0:3]}/{d[3:7]}/{d[7:12]}", d


def ogm_text(inv):
    f, d = ogm(inv)
    return R.choice([f"+++{f}+++", f"***{f}***", d, f"+++{f}+++"])


def kenmerk(inv):
    body = "0000" + digits(inv) + str(inv["cust"]["num"])  # 15 digits
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    tot = sum(int(ch) * w[i % 10] for i, ch in enumerate(reversed(body)))
    chk = 11 - tot % 11
    chk = {10: 1, 11: 0}.get(chk, chk)
    k = str(chk) + body
    return k if R.random() < 0.5 else " ".join(k[i:i + 4] for i in range(0, 16, 4))


def ddmm(d):
    return d.strftime("%d/%m/%Y") if R.random() < 0.6 else d.strftime("%d-%m-%Y")


def inv_word(c):
    return {"be-fr": R.choice(["FACT", "FACTURE", "FACT.", "FACTURE N"]),
            "be-nl": R.choice(["FACTUUR", "FACT", "FACT.", "FACTUURNR"]),
            "nl": R.choice(["FACTUUR", "FACTUURNR", "FNR", "FACT"]),
            "lu": R.choice(["FACTURE", "RECHNUNG", "FACT"]),
            "en": R.choice(["INV", "INVOICE", "INV NO"])}[c["loc"]]


def numref(inv):
    n = inv["number"]
    return R.choice([n, n, n, digits(inv), "FV " + digits(inv), "FV-" + digits(inv), n.lower()])


def cust_tag(c):
    return {"be-fr": f"CLIENT {c['num']}", "be-nl": f"KLANT {c['num']}", "nl": f"DEBITEUR {c['num']}",
            "lu": f"CLIENT {c['num']}", "en": f"ACCOUNT {c['num']}"}[c["loc"]]


def generic_ref(c):
    return R.choice({"be-fr": [None, "PAIEMENT", "VIREMENT EUROPEEN", "PAIEMENT FOURNISSEUR", "REGLEMENT"],
                     "be-nl": [None, "BETALING", "EUROPESE OVERSCHRIJVING", "BETALING LEVERANCIER"],
                     "nl": [None, "BETALING", "OVERBOEKING", "BETALING CREDITEUR"],
                     "lu": [None, "VIREMENT", "PAIEMENT", "ZAHLUNG"],
                     "en": [None, "PAYMENT", "SUPPLIER PAYMENT", "BACS PAYMENT"]}[c["loc"]])


# ---------------------------------------------------------------- stage 2: ledger state
touched = set()


def open_of(cid, cur=None):
    return [i for i in BYCUST[cid] if i["live"] > 0 and (cur is None or i["currency"] == cur)]


def avail_c(pay_date, cid, pred=lambda i: True):
    return [i for i in BYCUST[cid] if i["id"] not in touched and i["live"] > 0
            and i["issue_date"] <= pay_date - timedelta(3) and pred(i)]


def avail(pay_date, pred=lambda i: True):
    return [i for i in invoices if i["id"] not in touched and i["live"] > 0
            and i["issue_date"] <= pay_date - timedelta(3) and pred(i)]


def subset_hits(cid, amt, cur, limit=12):
    """All sets of the customer's open invoices (same currency) whose balances add up to amt.
    None when the customer has too many open invoices to say (amount-only matching is then never 'sure')."""
    op = sorted(open_of(cid, cur), key=lambda i: i["number"])
    if len(op) > limit:
        return None
    hits = []
    for mask in range(1, 1 << len(op)):
        sel = [op[k] for k in range(len(op)) if mask >> k & 1]
        if sum(i["live"] for i in sel) == amt:
            hits.append(sorted(i["id"] for i in sel))
    return hits


def unique_amount(cid, amt, cur):
    h = subset_hits(cid, amt, cur)
    return h is not None and len(h) == 1 and len(h[0]) == 1


def ledger_unique(amt, cur):
    return sum(1 for i in invoices if i["live"] == amt and i["currency"] == cur) == 1


def fits_nothing(cid, amt, cur):
    if cid:
        return subset_hits(cid, amt, cur) == []
    return not any(i["live"] == amt for i in invoices if i["currency"] == cur)


def apply(inv, amt):
    amt = q(amt)
    assert ZERO < amt <= inv["live"], (inv["number"], amt, inv["live"])
    inv["live"] -= amt
    touched.add(inv["id"])
    return {"invoice_id": inv["id"], "amount": s(amt)}


# ---------------------------------------------------------------- stage 2: scenarios
def P(c, amt, ref, rem, known=None, cur=None, payer=None):
    if known is None:
        known = R.random() < 0.65
    return {"amount": s(amt), "currency": cur or c["cur"], "payer_name": payer or bank_name(c),
            "customer_id": c["id"] if known else None, "reference": ref, "remittance": rem, "_loc": c["loc"]}


def L(status, apps, amt, reason, note, short=None, cands=None):
    used = sum((Decimal(a["amount"]) for a in apps), ZERO)
    return {"status": status, "applications": apps, "unapplied": s(q(amt) - used), "short_pay": short,
            "candidates": cands or [], "reason": reason, "note": note}


def pick(lst):
    return R.choice(lst) if lst else None


def first_ok(lst, pred):
    lst = list(lst)
    R.shuffle(lst)
    return next((x for x in lst if pred(x)), None)


def sc_ref_exact(d, slot):
    inv = pick(avail(d, lambda i: R.random() < (1 if i["currency"] == "EUR" else 0.6)))
    c, amt = inv["cust"], inv["live"]
    ref, rem = None, None
    style = R.random()
    if style < 0.55:
        ref = R.choice([f"{inv_word(c)} {numref(inv)}", f"{numref(inv)}", f"{inv_word(c)} {numref(inv)} {cust_tag(c)}",
                        f"{cust_tag(c)} {inv_word(c)} {numref(inv)}"])
    elif style < 0.8:
        ref = generic_ref(c)
        rem = (f"{inv_word(c).title()} {inv['number']} du {ddmm(inv['issue_date'])} : {money(c, amt)} {c['cur']}"
               if c["loc"] in ("be-fr", "lu") else
               f"{inv_word(c).title()} {inv['number']} d.d. {ddmm(inv['issue_date'])} bedrag {money(c, amt)}"
               if c["loc"] in ("nl", "be-nl") else
               f"Remittance advice\nInvoice {inv['number']}  {ddmm(inv['issue_date'])}  {money(c, amt)} {c['cur']}")
    else:
        # amounts that look like numbers, customer number and invoice in one line
        ref = f"{cust_tag(c)} {numref(inv)} {money(c, amt)}"
    if inv["live"] < inv["total"]:
        bl = {"be-fr": "solde apres note de credit", "lu": "solde apres note de credit", "be-nl": "saldo na creditnota",
              "nl": "restant na creditnota", "en": "balance after credit note"}[c["loc"]]
        rem = (rem + "\n" if rem else "") + bl
    slot["src_inv"] = inv
    slot["src_ref"] = ref
    return P(c, amt, ref, rem), L("applied", [apply(inv, amt)], amt, f"reference {inv['number']} and exact balance",
                                  "invoice named in reference/remittance, amount equals its open balance")


def sc_ogm(d, slot):
    inv = pick(avail(d, lambda i: i["cust"]["loc"].startswith("be")))
    c, amt = inv["cust"], inv["live"]
    ref = ogm_text(inv)
    return P(c, amt, ref, None), L("applied", [apply(inv, amt)], amt,
                                   f"Belgian structured communication {ogm(inv)[0]} for {inv['number']}, exact balance",
                                   "OGM/VCS built from the invoice number (digits 5-10) + mod-97; amount equals balance")


def sc_kenmerk(d, slot):
    inv = pick(avail(d, lambda i: i["cust"]["loc"] == "nl"))
    c, amt = inv["cust"], inv["live"]
    k = kenmerk(inv)
    ref = R.choice([k, f"BETALINGSKENMERK {k}", f"/KENM/{k}"])
    return P(c, amt, ref, None), L("applied", [apply(inv, amt)], amt,
                                   f"Dutch payment reference carries {inv['number']}, exact balance",
                                   "betalingskenmerk = check digit + 0000 + invoice digits + customer number; amount equals balance")


def sc_multi(d, slot):
    cs = [c for c in customers if len(avail_c(d, c["id"])) >= 3]
    c = pick(cs)
    op = avail_c(d, c["id"])
    R.shuffle(op)
    sel = sorted(op[:R.randint(2, min(6, len(op)))], key=lambda i: i["number"])
    amt = sum(i["live"] for i in sel)
    st = R.random()
    if st < 0.35:
        ref = f"{inv_word(c)} " + " ".join(i["number"] for i in sel)
        ref = ref[:140]
        rem = None
    elif st < 0.6:
        # abbreviated suffix list: FV318452/460/501
        first = sel[0]["number"]
        parts = [first] + [i["number"][-3:] for i in sel[1:]]
        ref = f"{inv_word(c)} " + "/".join(parts)
        rem = None
        if any(i["number"][:-3] != first[:-3] for i in sel):
            parts = [first] + [digits(i) for i in sel[1:]]
            ref = f"{inv_word(c)} " + "/".join(parts)
    else:
        ref = generic_ref(c)
        lines = [f"{i['number']}   {ddmm(i['issue_date'])}   {money(c, i['live'])}" for i in sel]
        head = {"be-fr": "Avis de paiement", "be-nl": "Betalingsadvies", "nl": "Betaalspecificatie",
                "lu": "Avis de paiement / Zahlungsavis", "en": "Remittance advice"}[c["loc"]]
        rem = head + "\n" + "\n".join(lines) + f"\nTotal {money(c, amt)} {c['cur']}"
    apps = [apply(i, i["live"]) for i in sel]
    return P(c, amt, ref, rem), L("applied", apps, amt, f"{len(sel)} invoices listed, sum equals payment",
                                  f"list of {len(sel)} invoices of one customer, exact sum")


def blocks(d):
    out = []
    for cid, invs in BYCUST.items():
        invs = sorted(invs, key=lambda i: i["number"])
        run = []
        for i in invs:
            ok = i["id"] not in touched and i["live"] > 0 and i["issue_date"] <= d - timedelta(3)
            if ok and run and int(digits(i)) == int(digits(run[-1])) + 1:
                run.append(i)
            else:
                if len(run) >= 3:
                    out.append(run)
                run = [i] if ok else []
        if len(run) >= 3:
            out.append(run)
    return out


def sc_range(d, slot):
    run = pick(blocks(d))
    if not run:
        return None
    c = run[0]["cust"]
    amt = sum(i["live"] for i in run)
    a, b = run[0]["number"], run[-1]["number"]
    word = {"be-fr": "A", "be-nl": "T/M", "nl": "T/M", "lu": "A", "en": "TO"}[c["loc"]]
    ref = R.choice([f"{inv_word(c)} {a}-{b[2:]}", f"{inv_word(c)} {a} {word} {b}", f"{a}-{b}"])
    apps = [apply(i, i["live"]) for i in run]
    return P(c, amt, ref, None), L("applied", apps, amt, f"range {a}..{b} (all consecutive, same customer), sum equals payment",
                                   f"range of {len(run)} consecutive invoice numbers billed the same day")


def sc_sepa(d, slot, rebate=False):
    cs = [c for c in customers if c["kind"] == "group" and len(avail_c(d, c["id"])) >= 4]
    c = pick(cs)
    if not c:
        return None
    op = avail_c(d, c["id"])
    R.shuffle(op)
    sel = sorted(op[:R.randint(4, min(12, len(op)))], key=lambda i: i["number"])
    lines, apps, short = [], [], None
    amt = ZERO
    e2e = "".join(R.choice("0123456789ABCDEF") for _ in range(12))
    for k, i in enumerate(sel):
        pay = i["live"]
        extra = ""
        if rebate and k == 1:
            ded = q(i["live"] * Decimal("0.025"))
            pay = i["live"] - ded
            extra = {"be-fr": f"  ristourne 2,5% -{money(c, ded)}", "lu": f"  ristourne 2,5% -{money(c, ded)}",
                     "en": f"  rebate 2.5% -{money(c, ded)}"}.get(c["loc"], f"  bonus/ristorno 2,5% -{money(c, ded)}")
            short = {"invoice_id": i["id"], "amount": s(ded), "reason": "volume rebate 2.5% deducted by the group"}
        lines.append(f"{k + 1:02d} {i['number']} {ddmm(i['issue_date'])} {money(c, pay)}{extra}")
        apps.append(apply(i, pay))
        amt += pay
    head = f"SEPA CREDIT TRANSFER BATCH {d.isoformat()} MSGID {e2e}\n{c['name']} - {len(sel)} lines"
    rem = head + "\n" + "\n".join(lines) + f"\nTOTAL {money(c, amt)} EUR"
    ref = R.choice([f"BATCH {e2e} {len(sel)} FACT", f"SEPA BATCH {d.strftime('%Y%m%d')}", f"/BATCH/{e2e}"])
    if rebate:
        return P(c, amt, ref, rem, known=True), L("partial", apps, amt, "group batch, one line short by a rebate",
                                                  "SEPA batch from a pharmacy group; one line deducts a volume rebate", short)
    return P(c, amt, ref, rem), L("applied", apps, amt, f"group SEPA batch of {len(sel)} invoices, each line exact",
                                  "SEPA batch remittance from a pharmacy group, every line equals the open balance")


def sc_amount_unique(d, slot):
    known = R.random() < 0.7
    cnt = Counter((i["live"], i["currency"]) for i in invoices)
    inv = first_ok(avail(d, lambda i: not i["forfait"] and i["cust"]["kind"] != "group" and (known or cnt[(i["live"], i["currency"])] == 1)),
                   lambda i: unique_amount(i["customer_id"], i["live"], i["currency"]))
    c, amt = inv["cust"], inv["live"]
    payer = bank_name(c, trunc=known)
    return P(c, amt, generic_ref(c), None, known=known, payer=payer), L(
        "applied", [apply(inv, amt)], amt, f"no reference; only open invoice of the customer with this amount ({inv['number']})",
        "no invoice reference; " + ("customer_id given" if known else "customer_id null but payer name is the customer's full name and the amount is unique in the ledger")
        + "; exactly one open invoice of that customer equals the amount")


def forfait_sets(d, minimum=2):
    out = []
    for c in customers:
        if c["kind"] != "carehome" or not c.get("forfait_same"):
            continue
        ff = [i for i in BYCUST[c["id"]] if i["forfait"]]
        if any(i["id"] in touched or i["live"] != i["total"] for i in ff) or len(ff) < minimum:
            continue
        others = [i for i in open_of(c["id"]) if not i["forfait"]]
        x = ff[0]["live"]
        if any(i["live"] in (x, 2 * x) for i in others):
            continue
        out.append((c, sorted(ff, key=lambda i: i["due_date"])))
    return out


FF_WORD = {"be-fr": "FORFAIT MENSUEL MEDICAMENTS", "be-nl": "MAANDFORFAIT GENEESMIDDELEN",
           "nl": "MAANDFACTUUR MEDICATIE", "lu": "FORFAIT MENSUEL"}
MONTHS = {"be-fr": {"2025-11": "NOVEMBRE 2025", "2025-12": "DECEMBRE 2025", "2026-01": "JANVIER 2026"},
          "lu": {"2025-11": "NOVEMBRE 2025", "2025-12": "DECEMBRE 2025", "2026-01": "JANVIER 2026"},
          "be-nl": {"2025-11": "NOVEMBER 2025", "2025-12": "DECEMBER 2025", "2026-01": "JANUARI 2026"},
          "nl": {"2025-11": "NOVEMBER 2025", "2025-12": "DECEMBER 2025", "2026-01": "JANUARI 2026"}}


def sc_amount_ambiguous(d, slot):
    fs = [x for x in forfait_sets(d) if len(open_of(x[0]["id"])) >= 2]
    if not fs:
        return None
    c, op = pick(fs)
    amt = op[0]["live"]
    for i in op:
        touched.add(i["id"])
    ref = R.choice([FF_WORD[c["loc"]], None, generic_ref(c)])
    return P(c, amt, ref, None, known=True), L(
        "review", [], amt, f"{len(op)} open monthly invoices of exactly this amount, none named",
        "care home's monthly supply invoices all carry the same amount; which month is paid is unknown",
        cands=[[i["id"]] for i in op])


def sc_forfait_month(d, slot):
    fs = forfait_sets(d)
    if not fs:
        return None
    c, op = pick(fs)
    inv = R.choice(op)
    amt = inv["live"]
    ref = f"{FF_WORD[c['loc']]} {MONTHS[c['loc']][inv['forfait']]}"
    for i in op:
        touched.add(i["id"])
    return P(c, amt, ref, None, known=True), L(
        "applied", [apply(inv, amt)], amt, f"monthly supply invoice for the month named in the reference ({inv['number']})",
        "several monthly invoices share the amount but the reference names the month; only one invoice is that month's")


def short_text(c, kind, inv, ded, pct=None):
    loc = c["loc"]
    if kind == "disc":
        return {"be-fr": f"escompte {pct}% paiement comptant -{money(c, ded)}",
                "lu": f"escompte {pct}% -{money(c, ded)}",
                "be-nl": f"{pct}% korting contante betaling -{money(c, ded)}",
                "nl": f"{pct}% betalingskorting -{money(c, ded)}",
                "en": f"less {pct}% prompt payment discount {money(c, ded)}"}[loc]
    if kind == "rebate":
        return {"be-fr": f"ristourne annuelle 2025 deduite -{money(c, ded)}",
                "lu": f"ristourne 2025 -{money(c, ded)}",
                "be-nl": f"jaarbonus 2025 in mindering -{money(c, ded)}",
                "nl": f"bonus/rebate Q4 2025 verrekend -{money(c, ded)}",
                "en": f"less Q4 volume rebate {money(c, ded)}"}[loc]
    rma = f"R{R.randint(20400, 20999)}"
    return {"be-fr": f"retour marchandise {rma} (perimes) deduit -{money(c, ded)}",
            "lu": f"retour {rma} deduit -{money(c, ded)}",
            "be-nl": f"retour {rma} vervallen geneesmiddelen -{money(c, ded)}",
            "nl": f"retourzending {rma} (breuk) verrekend -{money(c, ded)}",
            "en": f"less return {rma} damaged in transit {money(c, ded)}"}[loc]


def sc_short(d, slot, kind):
    if kind == "disc":
        pool = avail(d, lambda i: i["live"] == i["total"] and (d - i["issue_date"]).days <= 24 and i["total"] > 150)
    else:
        pool = avail(d, lambda i: i["live"] == i["total"] and i["total"] > 250)
    inv = pick(pool)
    if not inv:
        return None
    c = inv["cust"]
    if kind == "disc":
        pct = R.choice(["2", "2", "1,5", "3"]) if c["loc"] != "en" else R.choice(["2", "1.5"])
        ded = q(inv["live"] * Decimal(pct.replace(",", ".")) / 100)
        why = f"early-payment discount {pct.replace(',', '.')}% taken"
        note = "paid within the discount window, discount deducted; invoice stays open for the discount amount"
    elif kind == "rebate":
        ded = q(inv["live"] * Decimal(R.choice(["0.03", "0.05", "0.08", "0.1"])))
        why = "rebate deducted"
        note = "customer deducts an annual/quarterly rebate from this invoice; deduction case"
    elif kind == "return":
        ded = q(inv["live"] * Decimal(R.choice(["0.12", "0.2", "0.07", "0.33"])))
        why = "returned goods deducted"
        note = "customer deducts goods it returned; no credit note exists in the ledger yet"
    else:
        ded = q(inv["live"] * Decimal(R.choice(["0.1", "0.15", "0.25"])))
        why = "short payment without explanation"
        note = "reference names the invoice but the amount is lower and no reason is given"
    amt = inv["live"] - ded
    if kind == "unexplained":
        ref = f"{inv_word(c)} {numref(inv)}"
        rem = None
    else:
        st = short_text(c, kind, inv, ded, pct if kind == "disc" else None)
        if R.random() < 0.5:
            ref = f"{inv_word(c)} {numref(inv)} {st}"[:140]
            rem = None
        else:
            ref = generic_ref(c) or inv["number"]
            rem = f"{inv['number']}  {money(c, inv['live'])}\n{st}\n= {money(c, amt)}"
    short = {"invoice_id": inv["id"], "amount": s(ded), "reason": why}
    if kind == "unexplained":
        slot["src_inv"] = inv
    return P(c, amt, ref, rem), L("partial", [apply(inv, amt)], amt, f"{inv['number']} paid short by {s(ded)}: {why}",
                                  note, short)


def sc_part(d, slot):
    inv = pick(avail(d, lambda i: i["live"] > 1500))
    c = inv["cust"]
    n = R.choice([2, 3, 4])
    amt = q(inv["live"] / n)
    word = {"be-fr": f"ACOMPTE 1/{n}", "lu": f"ACOMPTE 1/{n}", "be-nl": f"VOORSCHOT 1/{n}",
            "nl": f"DEELBETALING 1 VAN {n}", "en": f"INSTALMENT 1 OF {n}"}[c["loc"]]
    ref = f"{word} {inv_word(c)} {numref(inv)}"
    slot["src_inv"] = inv
    return P(c, amt, ref, None), L("partial", [apply(inv, amt)], amt, f"declared instalment 1/{n} of {inv['number']}",
                                   "customer states it is a part payment (agreed plan), not a deduction")


def sc_rest(d, slot):
    src = slot["src"]
    inv = src.get("src_inv")
    if not inv or inv["live"] <= 0:
        return None
    c, amt = inv["cust"], inv["live"]
    word = {"be-fr": "SOLDE", "lu": "SOLDE", "be-nl": "SALDO", "nl": "RESTANT", "en": "BALANCE"}[c["loc"]]
    ref = f"{word} {inv_word(c)} {numref(inv)}"
    return P(c, amt, ref, None), L("applied", [apply(inv, amt)], amt,
                                   f"remaining balance of {inv['number']} after an earlier payment in this file",
                                   f"pays what the earlier payment {src['pid']} left open; invoices.json still shows the old balance {s(inv['balance'])}")


def sc_over(d, slot):
    inv = pick(avail(d, lambda i: i["live"] < i["total"] and not i["forfait"]))
    if not inv:
        return None
    c, amt = inv["cust"], inv["total"]
    ref = f"{inv_word(c)} {numref(inv)}"
    bal = inv["live"]
    return P(c, amt, ref, None), L("unapplied", [apply(inv, bal)], amt,
                                   f"{inv['number']} open for {s(bal)} only; remainder held on account",
                                   "customer paid the invoice total although part was already settled; excess is unapplied cash")


def sc_dup(d, slot):
    src = slot["src"]
    inv = src.get("src_inv")
    if not inv or inv["live"] != 0:
        return None
    c = inv["cust"]
    amt = Decimal(src["pay"]["amount"])
    ref = src["pay"]["reference"] or f"{inv_word(c)} {inv['number']}"
    if inv["number"] not in ref.upper() and digits(inv) not in ref:
        ref = f"{inv_word(c)} {inv['number']}"
    return P(c, amt, ref, src["pay"]["remittance"], known=True), L(
        "unapplied", [], amt, f"{inv['number']} already paid by {src['pid']}; second payment held on account",
        f"same invoice, same amount as earlier payment {src['pid']}: duplicate payment by the customer")


def odd_amount(c, base):
    for _ in range(50):
        amt = q(base * Decimal(str(R.uniform(0.3, 1.7))))
        if fits_nothing(c["id"], amt, c["cur"]) and fits_nothing(None, amt, c["cur"]):
            return amt
    raise RuntimeError("no odd amount")


def sc_known_nofit(d, slot):
    c = pick([c for c in customers if c["cur"] == "EUR" and 0 < len(open_of(c["id"])) <= 12])
    amt = odd_amount(c, R.choice(open_of(c["id"]))["live"])
    ref = R.choice([generic_ref(c) or "BETALING", {"be-fr": "AVANCE COMMANDE", "be-nl": "VOORUITBETALING BESTELLING",
                                                   "nl": "VOORUITBETALING", "lu": "AVANCE", "en": "PREPAYMENT"}[c["loc"]]])
    return P(c, amt, ref, None, known=True), L("unapplied", [], amt, "known customer, amount fits no open invoice or pair",
                                               "customer identified by the bank; no invoice, pair or statement total matches; hold on account")


PRIVATE = ["DHR P JANSSENS", "MME C LEROY", "M. ET MME DUPONT-MARTIN", "J.H. DE VRIES", "MEVR A BOS", "HR K. SCHMIT",
           "VAN DEN BROECK-PEETERS", "FAM. MERTENS", "S. AKKERMANS EO", "MR L. HOFFMANN"]


def sc_unknown_nofit(d, slot):
    amt = None
    while amt is None or not fits_nothing(None, amt, "EUR"):
        amt = q(Decimal(str(round(R.uniform(40, 900), 2))))
    payer = PRIVATE[slot["k"] % len(PRIVATE)]
    ref = R.choice([None, "BETALING", "PAIEMENT", "ZIE FACTUUR", "REMBOURSEMENT", "GIFT"])
    return ({"amount": s(amt), "currency": "EUR", "payer_name": payer, "customer_id": None, "reference": ref,
             "remittance": None},
            L("review", [], amt, "payer unknown and amount fits no open invoice", "private person, no usable reference, nothing fits"))


def sc_conflict(d, slot):
    cs = [c for c in customers if c["kind"] != "group" and len(avail_c(d, c["id"], lambda i: not i["forfait"])) >= 2]
    R.shuffle(cs)
    found = None
    for c in cs:
        op = avail_c(d, c["id"], lambda i: not i["forfait"])
        R.shuffle(op)
        a, b = op[0], op[1]
        if a["live"] != b["live"] and unique_amount(c["id"], b["live"], c["cur"]):
            found = (c, a, b)
            break
    if not found:
        return None
    c, a, b = found
    amt = b["live"]
    ref = f"{inv_word(c)} {numref(a)}"
    touched.update([a["id"], b["id"]])
    return P(c, amt, ref, None, known=True), L(
        "review", [], amt, f"reference names {a['number']} but the amount is exactly {b['number']}",
        "either a short pay of the named invoice or the other invoice with a wrong reference; ranked: named invoice first",
        cands=[[a["id"]], [b["id"]]])


def sc_po(d, slot):
    inv = first_ok(avail(d, lambda i: not i["forfait"] and i["cust"]["kind"] != "group"),
                   lambda i: unique_amount(i["customer_id"], i["live"], i["currency"]))
    c, amt = inv["cust"], inv["live"]
    decoy = pick([i for i in invoices if i["customer_id"] != c["id"] and i["live"] > 0 and i["live"] != amt
                  and i["currency"] == c["cur"]])
    po = digits(decoy)
    pw = {"be-fr": "BON DE COMMANDE", "be-nl": "BESTELBON", "nl": "INKOOPORDER", "lu": "BC", "en": "PO"}[c["loc"]]
    if R.random() < 0.5:
        ref = f"{pw} {po}"
        why = "only a PO number (which collides with another customer's invoice number); amount unique for this customer"
    else:
        ref = f"{pw} {po} / {inv_word(c)} {numref(inv)}"
        why = "PO number that looks like another customer's invoice number, plus the real invoice number"
    return P(c, amt, ref, None, known=True), L("applied", [apply(inv, amt)], amt,
                                               f"{inv['number']} exact amount; {po} is the customer's purchase order",
                                               why + f" (decoy {decoy['number']} of {decoy['customer_id']})")


def sc_typo(d, slot):
    inv = first_ok(avail(d, lambda i: not i["forfait"] and i["cust"]["kind"] != "group"),
                   lambda i: unique_amount(i["customer_id"], i["live"], i["currency"]))
    c, amt = inv["cust"], inv["live"]
    dg = digits(inv)
    for _ in range(20):
        k = R.randrange(len(dg))
        bad = dg[:k] + dg[k + 1:] if R.random() < 0.5 else dg[:k] + dg[k] + dg[k:]
        if "FV" + bad not in BYNUM:
            break
    ref = f"{inv_word(c)} FV{bad}" if R.random() < 0.6 else f"{inv_word(c)} {bad}"
    return P(c, amt, ref, None, known=True), L("applied", [apply(inv, amt)], amt,
                                               f"reference {bad} is a mistyped {inv['number']}; exact unique amount",
                                               "invoice number with a dropped/doubled digit that exists nowhere; customer given and amount unique")


def sc_lump(d, slot):
    cs = []
    for c in customers:
        op = open_of(c["id"])
        if 2 <= len(op) <= 5 and all(i["id"] not in touched and i["issue_date"] <= d - timedelta(3) for i in op) \
                and not any(i["forfait"] for i in op) and c["kind"] != "group":
            cs.append(c)
    c = pick(cs)
    op = sorted(open_of(c["id"]), key=lambda i: i["number"])
    amt = sum(i["live"] for i in op)
    ref = R.choice({"be-fr": ["SOLDE RELEVE DE COMPTE", "SOLDE AU " + d.strftime("%d/%m"), "RELEVE " + d.strftime("%m/%Y")],
                    "be-nl": ["SALDO REKENINGUITTREKSEL", "SALDO OPENSTAANDE FACTUREN"],
                    "nl": ["SALDO DEBITEURENOVERZICHT", "OPENSTAAND SALDO " + cust_tag(c)],
                    "lu": ["SOLDE EXTRAIT DE COMPTE", "KONTOAUSZUG SALDO"],
                    "en": ["STATEMENT BALANCE", "AS PER STATEMENT"]}[c["loc"]])
    apps = [apply(i, i["live"]) for i in op]
    return P(c, amt, ref, None, known=True), L("applied", apps, amt, f"statement total: all {len(op)} open invoices",
                                               "lump sum equal to every open invoice of the customer (statement balance)")


def sc_lump_ambiguous(d, slot):
    fs = [x for x in forfait_sets(d, 3)]
    if not fs:
        return None
    c, op = pick(fs)
    amt = op[0]["live"] * 2
    for i in op:
        touched.add(i["id"])
    ref = R.choice([FF_WORD[c["loc"]] + " X2", FF_WORD[c["loc"]], generic_ref(c)])
    cands = [[op[0]["id"], op[1]["id"]], [op[0]["id"], op[2]["id"]], [op[1]["id"], op[2]["id"]]]
    return P(c, amt, ref, None, known=True), L(
        "review", [], amt, "two of three equal monthly invoices; which two is unknown",
        "amount is twice the monthly amount; oldest pair ranked first", cands=cands)


def sc_cross(d, slot):
    inv = pick(avail(d, lambda i: i["currency"] != "EUR"))
    c = inv["cust"]
    rate = Decimal("1.17") if c["cur"] == "GBP" else Decimal("0.93")
    amt = q(inv["live"] * rate)
    if not fits_nothing(None, amt, "EUR"):
        return None
    touched.add(inv["id"])
    ref = f"INV {inv['number']} {c['cur']} {en(inv['live'])}"
    return P(c, amt, ref, None, known=False, cur="EUR", payer=bank_name(c, trunc=False)), L(
        "review", [], amt, f"names {c['cur']} invoice {inv['number']} but paid in EUR; never apply across currencies",
        f"{c['cur']} invoice paid in EUR at the customer's own rate; needs FX decision, no same-currency candidate")


def sc_third(d, slot):
    inv = pick(avail(d, lambda i: i["cust"]["kind"] == "pharmacy" and i["currency"] == "EUR"))
    c = inv["cust"]
    g = pick([x for x in customers if x["kind"] == "group" and x["loc"][:2] == c["loc"][:2]] or
             [x for x in customers if x["kind"] == "group"])
    amt = inv["live"]
    if any(i["live"] == amt for i in open_of(g["id"], "EUR")):
        return None
    touched.add(inv["id"])
    ref = f"{inv_word(c)} {inv['number']} {c['name'][:20].upper()}"
    return P(g, amt, ref, None, known=True), L(
        "review", [], amt, f"{inv['number']} belongs to {c['id']}, payer is {g['id']}",
        "a pharmacy group pays a non-member/other customer's invoice: third-party payment needs confirmation",
        cands=[[inv["id"]]])


# ---------------------------------------------------------------- stage 3: sequence, errors, output
COUNTS = {"ref_exact": 95, "ogm_structured": 30, "nl_payment_reference": 18, "invoice_list": 30, "invoice_range": 8,
          "sepa_group_batch": 10, "sepa_batch_rebate": 4, "amount_only_unique": 30, "amount_only_ambiguous": 9,
          "monthly_named": 3, "early_payment_discount": 15, "rebate_deducted": 10, "return_deducted": 12,
          "short_pay_unexplained": 8, "part_payment": 14, "overpayment": 10, "known_customer_no_fit": 8,
          "unknown_payer_no_fit": 6, "reference_amount_conflict": 7, "po_number_lookalike": 10, "reference_typo": 6,
          "statement_lump": 10, "lump_ambiguous": 4, "cross_currency": 5, "third_party_payment": 4}
DEPENDENT = {"rest_after_earlier_payment": (10, ("part_payment", "short_pay_unexplained")),
             "duplicate_payment": (8, ("ref_exact",))}
ERRORS = ["negative_amount", "negative_amount", "unknown_currency", "unknown_currency", "duplicate_payment_id",
          "duplicate_payment_id", "malformed_amount", "malformed_amount", "missing_date", "missing_date"]

FUNCS = {"ref_exact": sc_ref_exact, "ogm_structured": sc_ogm, "nl_payment_reference": sc_kenmerk,
         "invoice_list": sc_multi, "invoice_range": sc_range, "sepa_group_batch": sc_sepa,
         "sepa_batch_rebate": lambda d, sl: sc_sepa(d, sl, rebate=True), "amount_only_unique": sc_amount_unique,
         "amount_only_ambiguous": sc_amount_ambiguous, "monthly_named": sc_forfait_month,
         "early_payment_discount": lambda d, sl: sc_short(d, sl, "disc"),
         "rebate_deducted": lambda d, sl: sc_short(d, sl, "rebate"),
         "return_deducted": lambda d, sl: sc_short(d, sl, "return"),
         "short_pay_unexplained": lambda d, sl: sc_short(d, sl, "unexplained"), "part_payment": sc_part,
         "overpayment": sc_over, "known_customer_no_fit": sc_known_nofit, "unknown_payer_no_fit": sc_unknown_nofit,
         "reference_amount_conflict": sc_conflict, "po_number_lookalike": sc_po, "reference_typo": sc_typo,
         "statement_lump": sc_lump, "lump_ambiguous": sc_lump_ambiguous, "cross_currency": sc_cross,
         "third_party_payment": sc_third, "rest_after_earlier_payment": sc_rest, "duplicate_payment": sc_dup}


def build_sequence():
    slots = []
    for k, n in COUNTS.items():
        if k != "early_payment_discount":
            slots += [{"type": k} for _ in range(n)]
    R.shuffle(slots)
    for _ in range(COUNTS["early_payment_discount"]):
        slots.insert(R.randint(0, int(len(slots) * 0.35)), {"type": "early_payment_discount"})
    for dk, (n, srcs) in DEPENDENT.items():
        cand = [sl for sl in slots[:int(len(slots) * 0.7)] if sl["type"] in srcs and "dep" not in sl]
        for src in R.sample(cand, n):
            src["dep"] = True
            pos = next(j for j, x in enumerate(slots) if x is src)
            slots.insert(R.randint(pos + 8, len(slots)), {"type": dk, "src": src})
    for e in ERRORS:
        lo = 60 if e == "duplicate_payment_id" else 5
        slots.insert(R.randint(lo, len(slots)), {"type": "error", "err": e})
    for k, sl in enumerate(slots):
        sl["k"] = k
    return slots


def make_error(sl, d, slots, pos):
    e = sl["err"]
    c = R.choice([c for c in customers if c["cur"] == "EUR"])
    base = {"id": hexid("pay_"), "date": d.isoformat(), "amount": s(q(R.uniform(100, 3000))), "currency": "EUR",
            "payer_name": bank_name(c), "customer_id": c["id"] if R.random() < 0.5 else None,
            "reference": generic_ref(c), "remittance": None}
    if e == "negative_amount":
        inv = R.choice(BYCUST[c["id"]]) if BYCUST[c["id"]] else None
        base["amount"] = "-" + base["amount"]
        base["reference"] = "TERUGBOEKING / STORNO " + (inv["number"] if inv else "")
        why = "negative amount (a reversal is not a receipt)"
    elif e == "unknown_currency":
        base["currency"] = "CHF" if sl["k"] % 2 else "SEK"
        why = f"currency {base['currency']} matches no invoice"
    elif e == "duplicate_payment_id":
        earlier = R.choice([x for x in slots[:pos] if x.get("pay") and x["type"] != "error"])
        base = dict(earlier["pay"])
        if sl["k"] % 2:
            base["date"] = d.isoformat()
            base["amount"] = s(Decimal(base["amount"]) + 10)
            why = f"payment id {base['id']} already used by an earlier row (different content)"
        else:
            why = f"payment id {base['id']} repeats an earlier row exactly (bank file loaded twice)"
    elif e == "malformed_amount":
        base["amount"] = R.choice(["1.234,56", "12O5.00"]) if sl["k"] % 2 else "EUR 310,00"
        why = f"amount {base['amount']!r} is not a decimal string"
    else:
        base["date"] = None if sl["k"] % 2 else ""
        why = "payment date missing"
    lab = {"status": "error", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
           "reason": why, "error": why, "note": "bad input row; must not change any balance"}
    return base, lab


LOCS = []


def run():
    slots = build_sequence()
    dates = sorted(R.choice(PAY_DAYS) for _ in slots)
    payments, labels = [], []
    fallbacks = Counter()
    for pos, sl in enumerate(slots):
        d = dates[pos]
        if sl["type"] == "error":
            pay, lab = make_error(sl, d, slots, pos)
            scen = sl["err"]
            loc = "error row"
        else:
            scen = sl["type"]
            res = FUNCS[scen](d, sl)
            if res is None:
                fallbacks[scen] += 1
                scen = "ref_exact"
                res = sc_ref_exact(d, sl)
            pay, lab = res
            loc = pay.pop("_loc", "private")
            pay = {"id": hexid("pay_"), "date": d.isoformat(), **pay}
            sl["pay"] = pay
            sl["pid"] = pay["id"]
        payments.append(pay)
        LOCS.append(loc)
        labels.append({"payment_id": pay["id"], **{k: lab[k] for k in
                       ("status", "applications", "unapplied", "short_pay", "candidates", "reason")},
                       **({"error": lab["error"]} if "error" in lab else {}), "scenario": scen, "note": lab["note"]})
    return payments, labels, fallbacks


def inv_out(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": s(i["total"]), "balance": s(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def replay(invs, pays, labs):
    """Replay payments in file order and check every label. Returns a list of problems."""
    import re
    bad = []
    bal = {i["id"]: Decimal(i["balance"]) for i in invs}
    cur = {i["id"]: i["currency"] for i in invs}
    curset = set(cur.values())
    seen = set()
    for p, lab in zip(pays, labs):
        pid = p["id"]
        if lab["payment_id"] != pid:
            bad.append(f"order mismatch {pid}")
        ok_amt = isinstance(p["amount"], str) and re.fullmatch(r"-?\d+\.\d{2}", p["amount"]) is not None
        if lab["status"] == "error":
            why = []
            if not ok_amt:
                why.append("malformed")
            elif Decimal(p["amount"]) <= 0:
                why.append("negative")
            if p["currency"] not in curset:
                why.append("currency")
            if pid in seen:
                why.append("dup id")
            if not p["date"]:
                why.append("date")
            if not why or lab["applications"]:
                bad.append(f"{pid}: error label without a bad input or with applications")
            continue
        if not ok_amt or Decimal(p["amount"]) <= 0 or p["currency"] not in curset or pid in seen or not p["date"]:
            bad.append(f"{pid}: bad input not labelled error")
            continue
        seen.add(pid)
        amt = Decimal(p["amount"])
        tot = Decimal(lab["unapplied"])
        for a in lab["applications"]:
            x = Decimal(a["amount"])
            iid = a["invoice_id"]
            if iid not in bal or cur[iid] != p["currency"] or x <= 0 or x > bal[iid]:
                bad.append(f"{pid}: bad application {a}")
                continue
            bal[iid] -= x
            tot += x
        if tot != amt:
            bad.append(f"{pid}: applications + unapplied {tot} != {amt}")
        st, un = lab["status"], Decimal(lab["unapplied"])
        if st == "applied" and (un != 0 or not lab["applications"] or lab["short_pay"] or lab["candidates"]):
            bad.append(f"{pid}: applied inconsistent")
        if st == "partial":
            if un != 0 or not lab["applications"] or not any(bal[a["invoice_id"]] > 0 for a in lab["applications"]):
                bad.append(f"{pid}: partial inconsistent")
            sp = lab["short_pay"]
            if sp and (sp["invoice_id"] not in [a["invoice_id"] for a in lab["applications"]]
                       or Decimal(sp["amount"]) != bal[sp["invoice_id"]]):
                bad.append(f"{pid}: short_pay inconsistent")
        if st == "unapplied" and (un <= 0 or lab["short_pay"] or lab["candidates"]):
            bad.append(f"{pid}: unapplied inconsistent")
        if st == "review":
            if lab["applications"] or un != amt:
                bad.append(f"{pid}: review with applications")
            for cs in lab["candidates"]:
                if not cs or any(c not in bal or bal[c] <= 0 or cur[c] != p["currency"] for c in cs):
                    bad.append(f"{pid}: bad candidate {cs}")
    return bad


def main():
    payments, labels, fallbacks = run()
    assert not fallbacks, fallbacks
    invs = sorted((inv_out(i) for i in invoices), key=lambda x: x["number"])
    probs = replay(invs, payments, labels)
    if probs:
        raise SystemExit("\n".join(probs))
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), invs)
    dump(os.path.join(OUT, "payments.json"), payments)
    dump(os.path.join(OUT, "labels.json"), labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(invs, payments, labels))
    print(f"{len(invs)} invoices, {len(customers)} customers, {len(payments)} payments")


SCEN_DOC = {
    "ref_exact": "reference or remittance names one invoice (FV number, bare digits, lower case, with customer number or amount); amount = open balance",
    "ogm_structured": "Belgian structured communication (+++/***, or bare 12 digits) built from the invoice number",
    "nl_payment_reference": "Dutch 16-digit betalingskenmerk carrying the invoice digits and customer number",
    "invoice_list": "several invoices of one customer listed (full numbers, abbreviated FV318452/460/501, or a remittance table)",
    "invoice_range": "a range of consecutive invoice numbers billed the same day (FV319716-319720, T/M, A, TO)",
    "sepa_group_batch": "SEPA batch from a pharmacy group with one line per invoice",
    "sepa_batch_rebate": "SEPA batch where one line deducts a volume rebate",
    "amount_only_unique": "no invoice reference; the identified customer has exactly one open invoice set with this amount, a single invoice",
    "amount_only_ambiguous": "care home's monthly invoices all have the same amount; no month named",
    "monthly_named": "same equal monthly invoices, but the reference names the month",
    "early_payment_discount": "invoice paid less an early-payment (cash) discount",
    "rebate_deducted": "invoice paid less a rebate/bonus",
    "return_deducted": "invoice paid less returned goods (RMA), no credit note in the ledger",
    "short_pay_unexplained": "invoice named, amount lower, no reason",
    "part_payment": "declared instalment (ACOMPTE 1/3, DEELBETALING 1 VAN 2...)",
    "rest_after_earlier_payment": "pays what an earlier payment in the same file left open (invoices.json shows the old balance)",
    "overpayment": "customer pays the invoice total although the open balance is lower",
    "duplicate_payment": "second payment of an invoice an earlier payment in this file settled",
    "known_customer_no_fit": "identified customer, amount fits no open invoice or combination (prepayment, unknown)",
    "unknown_payer_no_fit": "private payer, no usable reference, amount equals no open balance",
    "reference_amount_conflict": "reference names invoice A, amount is exactly invoice B of the same customer",
    "po_number_lookalike": "purchase-order number that equals another customer's invoice digits; amount unique for the payer",
    "reference_typo": "invoice number with a dropped/doubled digit that matches no invoice; customer given, amount unique",
    "statement_lump": "lump sum equal to every open invoice of the customer (statement balance)",
    "lump_ambiguous": "twice the equal monthly amount with three such invoices open",
    "cross_currency": "GBP/USD invoice named but paid in EUR",
    "third_party_payment": "a pharmacy group pays another customer's invoice",
    "negative_amount": "bad input: negative amount (reversal)",
    "unknown_currency": "bad input: currency no invoice has (CHF, SEK)",
    "duplicate_payment_id": "bad input: payment id already used by an earlier row",
    "malformed_amount": "bad input: amount is not a decimal string",
    "missing_date": "bad input: date null or empty",
}


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def readme(invs, pays, labs):
    st = Counter(l["status"] for l in labs)
    sc = Counter((l["scenario"], l["status"]) for l in labs)
    order = list(SCEN_DOC)
    scen_rows = sorted(sc.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1]))
    cur_i = Counter(i["currency"] for i in invs)
    cur_p = Counter(p["currency"] for p in pays)
    locname = {"be-fr": "Belgium (French)", "be-nl": "Belgium (Dutch)", "nl": "Netherlands", "lu": "Luxembourg",
               "en": "UK / US (English)", "private": "private payer", "error row": "bad-input row"}
    locs = Counter(LOCS)
    kinds = Counter(c["kind"] for c in customers)
    nullc = sum(1 for p in pays if p["customer_id"] is None)
    return f"""# Blind cash-application set: `ledger_pharmabenelux`

A held-out test set for the `match` command of `contracts/cash-application.md`, written blind (from the
contract only). Generated by `build.py` (stdlib only, seed {SEED}); `python3 build.py` rewrites every file byte
for byte and replays all payments to check the labels; `python3 check.py` re-verifies them independently.

## Theme

A pharmaceutical and para-pharmacy wholesaler in the Benelux. Customers: retail pharmacies (BE/NL/LU),
hospital pharmacies, care homes (with a monthly medication supply invoice, often the same amount every month),
pharmacy groups/co-operatives that pay by SEPA batch, and a few UK (GBP) and US (USD) customers.
Bank text is what Benelux bank statements show: upper-case payer names without accents, often truncated,
Belgian structured communications (OGM/VCS `+++000/0318/45249+++`), Dutch betalingskenmerken, free-text
references in French, Dutch, German and English, European amounts (`1.234,56`, `1 234,56`) in remittances.

All names, customer numbers and references are made up.

## Files

| file | content |
|---|---|
| `ledger_pharmabenelux/invoices.json` | {len(invs)} open invoices of {len({i['customer_id'] for i in invs})} customers, contract format, sorted by number |
| `ledger_pharmabenelux/payments.json` | {len(pays)} payments, oldest first, contract format |
| `ledger_pharmabenelux/labels.json` | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |

Customers by kind: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}.
Invoices by currency: {", ".join(f"{k} {v}" for k, v in sorted(cur_i.items()))}.
Payments by currency: {", ".join(f"{k} {v}" for k, v in sorted(cur_p.items()))}.
Payments with `customer_id` null: {nullc}.
Invoices are issued 2025-10-01 .. 2026-01-30 (all before the first payment); payments are dated 2026-02-02 .. 2026-03-06.
Invoice numbers are `FV` + 6 digits, assigned in issue-date order; invoice ids (`inv_…`) and payment ids (`pay_…`)
are random hex; customer ids are `C` + the 5-digit customer number that customers quote (`KLANT 40123`).

## Counts

By status:

{table(sorted(st.items()), ["status", "payments"])}

By scenario:

{table([(k[0], k[1], v, SCEN_DOC[k[0]]) for k, v in scen_rows], ["scenario", "status", "n", "what it is"])}

By payer country / language of the bank text:

{table(sorted(locs.items(), key=lambda kv: -kv[1]), ["payer", "payments"])}

({", ".join(f"{k} = {v}" for k, v in locname.items())})

## Conventions chosen where the contract is silent

- **Replay.** Labels assume payments are applied in file order against the `balance` of `invoices.json`;
  error rows change nothing. `rest_after_earlier_payment` and `duplicate_payment` only make sense after the replay.
- **`candidates`** is a list of invoice-id lists (each list is one candidate set), best first. Ranking used:
  equal monthly invoices oldest due date first; in `reference_amount_conflict` the named invoice first, then
  the invoice whose balance equals the amount. Comparing candidates as sets of sets is fairer than by order.
  `cross_currency` and `unknown_payer_no_fit` have `candidates: []` (no same-currency candidate).
- **`review` rows** have no applications and `unapplied` equal to the whole amount, so the sum rule holds for
  every non-error row.
- **Short pays.** A payment that names an invoice and pays less with a deduction (early-payment discount, rebate,
  returned goods, or no reason) is `partial` with `short_pay = {{invoice_id, amount, reason}}`, where `amount` is the
  shortfall left open on that invoice and `reason` is free text. A declared instalment is `partial` with
  `short_pay: null`. No credit notes exist in the ledger, so deductions are never netted against one.
- **Overpayment**: the invoice is closed and the remainder is `unapplied` (status `unapplied`, the application is listed).
  **Duplicate payment** of a settled invoice: status `unapplied`, no applications, whole amount unapplied.
  **Known customer, nothing fits**: `unapplied`, whole amount.
- **Amount-only matching is "sure"** only when the customer is identified (`customer_id`, or a null `customer_id`
  with the full payer name and an amount no other open invoice in the ledger has) and exactly one set of that
  customer's open invoices adds up to the amount, and it is a single invoice (checked by enumerating every
  subset for customers with at most 12 open invoices; pharmacy groups never get amount-only payments).
  A statement lump is applied when the only subset that fits is "all open invoices".
- **Never across currencies**: an EUR payment naming a GBP/USD invoice is `review`.
- **Third-party payment** (a group pays an invoice of another customer, exact amount): `review` with that invoice as
  the only candidate; the clerk confirms before applying.
- **Reference typo / PO look-alike**: applied to the customer's unique exact-amount invoice; the PO number equals
  the digits of another customer's open invoice with a different amount (the decoy is named in `note`).
- **Month named** (`MAANDFACTUUR MEDICATIE DECEMBER 2025`): applied to that month's supply invoice (issued at the
  start of that month: 2025-11-03, 2025-12-01, 2026-01-02) even though other months have the same amount.
- **Bad input rows** (`status: "error"`): `applications: []`, `unapplied: "0.00"`, `short_pay: null`,
  `candidates: []`, and an `error` text. For a repeated payment id the first row is processed normally and the
  later row is the error; one repeat is an exact copy of the earlier row (same date, so it can be older than
  its neighbours), the other reuses the id with different content.
- **Structured references.** OGM = `0000` + invoice digits (10 digits) + mod-97 check (97 when 0).
  Betalingskenmerk = check digit (11-test weights 2,4,8,5,10,9,7,3,6,1) + `0000` + invoice digits + customer number.
- `reason` and `note` are free text for humans; they are not meant to be compared.
"""


if __name__ == "__main__":
    main()
