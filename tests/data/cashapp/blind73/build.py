#!/usr/bin/env python3
"""Blind cash-application test set: North American foodservice-equipment / janitorial distributor.
Deterministic (seed 250), stdlib only. Writes na_foodservice/{invoices,payments,labels}.json and README.md."""
import json, os, random, datetime as dt
from decimal import Decimal as D
from itertools import combinations
from collections import Counter, defaultdict

R = random.Random(250)
HERE = os.path.dirname(os.path.abspath(__file__))
LED = os.path.join(HERE, "na_foodservice")
os.makedirs(LED, exist_ok=True)
C2 = D("0.01")

def q(x): return D(x).quantize(C2)
def s(x): return str(q(x))

# ---------------------------------------------------------------- customers
US_NAMES = [
    ("Harborview Unified School District", "HARBORVIEW USD"), ("Saint Anselm Regional Medical Center", "ST ANSELM REG MED"),
    ("Copperline Hotels & Resorts LLC", "COPPERLINE HOTELS"), ("Bayou Smokehouse Grill Inc", "BAYOU SMOKEHOUSE"),
    ("Pinecrest County Public Schools", "PINECREST CTY PUB"), ("Mercy Ridge Health System", "MERCY RIDGE HLTH"),
    ("Lakeshore Suites Hospitality Group", "LAKESHORE SUITES"), ("Tres Hermanos Taqueria LLC", "TRES HERMANOS TAQ"),
    ("Granite Falls Independent School Dist", "GRANITE FALLS ISD"), ("Northgate Memorial Hospital", "NORTHGATE MEM HOSP"),
    ("Bluewater Inn & Conference Center", "BLUEWATER INN CONF"), ("Old Mill Pizza Company", "OLD MILL PIZZA CO"),
    ("Redfern Valley School District 12", "REDFERN VALLEY SD"), ("Cedar Point Children's Hospital", "CEDAR PT CHILDRENS"),
    ("Summit Crest Hotels Inc", "SUMMIT CREST HOTEL"), ("Golden Wok Express Inc", "GOLDEN WOK EXPRESS"),
    ("Willow Bend Charter Academy", "WILLOW BEND CHARTE"), ("Providence Valley Medical Group", "PROVIDENCE VLY MED"),
    ("Marquee Boutique Hotels LLC", "MARQUEE BOUTIQUE H"), ("Second Street Diner", "SECOND STREET DINE"),
    ("Ironwood Consolidated Schools", "IRONWOOD CONS SCH"), ("Good Shepherd Hospital Authority", "GOOD SHEPHERD HOSP"),
    ("Palmetto Coast Resorts Inc", "PALMETTO COAST RES"), ("Smoky Hollow BBQ Holdings", "SMOKY HOLLOW BBQ"),
    ("East Fairmont Area Schools", "EAST FAIRMONT AREA"), ("Riverside Behavioral Health Inc", "RIVERSIDE BEHAV HL"),
    ("Keystone Lodging Partners LP", "KEYSTONE LODGING P"), ("Little Saigon Noodle House", "LITTLE SAIGON NOOD"),
    ("Westbrook Township Board of Education", "WESTBROOK TWP BD O"), ("Highland Park Surgical Hospital", "HIGHLAND PK SURGIC"),
    ("Canyon Star Casino Hotel", "CANYON STAR CASINO"), ("Bella Notte Trattoria Inc", "BELLA NOTTE TRATTO"),
    ("Meadowlark Elementary District", "MEADOWLARK ELEM DI"), ("Sisters of Hope Medical Center", "SISTERS OF HOPE ME"),
    ("Driftwood Extended Stay Inc", "DRIFTWOOD EXT STAY"), ("Brick Oven Collective LLC", "BRICK OVEN COLLECT"),
    ("Clearwater Springs USD 401", "CLEARWATER SPRINGS"), ("Valley Crest Veterans Hospital Foundation", "VALLEY CREST VET H"),
    ("Aurora Grand Hotel Management", "AURORA GRAND HOTEL"), ("Fin & Feather Seafood House", "FIN FEATHER SEAFOO"),
]
CA_NAMES = [
    ("Commission scolaire des Trois-Lacs", "CS DES TROIS-LACS", "fr"), ("Hôpital Sainte-Brigitte", "HOPITAL STE-BRIGIT", "fr"),
    ("Hôtels Boréal inc.", "HOTELS BOREAL INC", "fr"), ("Resto-Bistro Chez Ginette", "RESTO BISTRO CHEZ", "fr"),
    ("Brasserie du Vieux-Port ltée", "BRASSERIE DU VIEUX", "fr"), ("CIUSSS de la Haute-Rivière", "CIUSSS HAUTE-RIVIER", "fr"),
    ("Auberge Mont-Tremblant Nord", "AUBERGE MONT-TREMB", "fr"),
    ("Fraser Lakes District School Board", "FRASER LAKES DSB", "en"), ("Maple Harbour Health Centre", "MAPLE HARBOUR HC", "en"),
    ("Northern Lights Hotels Ltd", "NORTHERN LIGHTS HT", "en"), ("Prairie Rose Bistro Inc", "PRAIRIE ROSE BISTR", "en"),
    ("Rideau Valley Catholic DSB", "RIDEAU VALLEY CDSB", "en"), ("Okanagan Vista Resort Corp", "OKANAGAN VISTA RES", "en"),
    ("Poutine Palace Franchising Inc", "POUTINE PALACE FRA", "fr"),
]
MX_NAMES = [
    ("Hoteles Costa Azul S.A. de C.V.", "HOTELES COSTA AZUL"), ("Hospital San Rafael de Monterrey", "HOSP SAN RAFAEL MT"),
    ("Restaurantes La Güera S.A.P.I. de C.V.", "RESTAURANTES LA GU"), ("Colegio Vista Hermosa A.C.", "COLEGIO VISTA HERM"),
    ("Grupo Hotelero Sierra Madre", "GPO HOTELERO SIERR"), ("Clínica Médica del Bajío S.C.", "CLINICA MEDICA BAJ"),
    ("Taquerías El Fogón S. de R.L.", "TAQUERIAS EL FOGON"), ("Servicios Escolares Querétaro", "SERV ESCOLARES QRO"),
    ("Hotel Boutique Casa Cantera", "HOTEL BOUTIQUE CAS"), ("Cocina Económica Doña Lupe", "COCINA ECONOMICA D"),
]
customers = []
for i, (n, b) in enumerate(US_NAMES):
    customers.append(dict(id=f"C{1001+i}", name=n, bank=b, cur="USD", lang="en"))
for i, (n, b, l) in enumerate(CA_NAMES):
    customers.append(dict(id=f"C{2001+i}", name=n, bank=b, cur="CAD", lang=l))
for i, (n, b) in enumerate(MX_NAMES):
    customers.append(dict(id=f"C{3001+i}", name=n, bank=b, cur="MXN", lang="es"))
CUST = {c["id"]: c for c in customers}
# unknown payers (not customers)
UNKNOWN = ["FIRSTLINE PAYROLL SVCS", "ACME PROPERTY MGMT", "J MORALES", "COASTAL ESCROW TRUST", "MR P NGUYEN",
           "SOLUTIONS GRENIER INC", "DISTRIBUIDORA DEL NORTE", "QUALITY CHILLER REPAIR", "M-C LAVOIE",
           "SUNRISE CATERING CO", "TRANSPORTES RAMIREZ", "HOLLOW OAK PROPERTIES", "K BRENNAN", "NORTHPOINT REALTY",
           "GESTION PLOUFFE"]

# ---------------------------------------------------------------- invoices
invoices = []
INV = {}
used_nums = set()
cust_bal = defaultdict(set)   # customer -> balances used (to keep amount-only matches unique)

def new_num():
    while True:
        n = R.randint(204000, 219999)
        if n not in used_nums:
            used_nums.add(n); return n

def new_amount(cid, lo=85, hi=18000):
    while True:
        a = q(D(R.randint(lo * 100, hi * 100)) / 100)
        if a not in cust_bal[cid]:
            return a

def new_inv(cid, amount=None, num=None, balance=None, dup_ok=False, lo=85, hi=18000):
    c = CUST[cid]
    if amount is None:
        amount = new_amount(cid, lo, hi)
    if num is None:
        num = new_num()
    used_nums.add(num)
    total = q(amount)
    bal = q(balance) if balance is not None else total
    if not dup_ok:
        assert bal not in cust_bal[cid], (cid, bal)
    cust_bal[cid].add(bal)
    issue = dt.date(2026, 6, 1) + dt.timedelta(days=R.randint(0, 110))
    terms = 30 if c["cur"] == "USD" else R.choice([30, 45, 60])
    inv = dict(id=f"i-{len(invoices)+1:05d}", number=f"INV-{num}", customer_id=cid, customer_name=c["name"],
               currency=c["cur"], total=s(total), balance=s(bal), issue_date=issue.isoformat(),
               due_date=(issue + dt.timedelta(days=terms)).isoformat())
    invoices.append(inv); INV[inv["id"]] = inv
    return inv

def dig(inv): return inv["number"].split("-")[1]

# ---------------------------------------------------------------- amount formatting
def fmt_en(a, cur="USD"):
    a = q(a); t = f"{a:,.2f}"
    return {"USD": f"${t}", "CAD": f"CAD {t}", "MXN": f"${t} MXN"}[cur]
def fmt_fr(a):
    t = f"{q(a):,.2f}".replace(",", " ").replace(".", ",")
    return f"{t} $"
def fmt_es(a): return f"${q(a):,.2f}"
def fmt(a, lang, cur):
    return fmt_fr(a) if lang == "fr" else (fmt_es(a) if lang == "es" else fmt_en(a, cur))
def plain(a): return s(a)

def trace(n=15): return "".join(R.choice("0123456789") for _ in range(n))
def alnum(n): return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

# ---------------------------------------------------------------- bank channels
PERSONS_CA = ["GINETTE BOUCHARD", "MARC-ANDRE ROY", "SOPHIE TREMBLAY", "DAVID OKAFOR", "LUC GAGNON", "PRIYA SANDHU"]
CHANNELS = {"USD": ["ach_ccd", "ctx820", "lockbox", "fedwire", "pcard"], "CAD": ["eft_ca", "interac", "lockbox", "eft_ca"],
            "MXN": ["spei", "spei", "transfer_mx"]}

def inv_word(n, lang, style=None):
    opts = {"en": [f"INV {n}", f"Inv# {n}", f"Invoice {n}", f"INV-{n}", f"INV{n}", f"inv no. {n}"],
            "fr": [f"facture {n}", f"fact. {n}", f"no facture {n}", f"FACT {n}", f"INV-{n}"],
            "es": [f"Factura {n}", f"FACT {n}", f"fact. INV-{n}", f"factura no. {n}", f"FAC-{n}"]}[lang]
    return R.choice(opts) if style is None else opts[style % len(opts)]

def make_payment(cust, amount, cur, lang, text, lines=None, channel=None, adx=None, cid_prob=0.6, payer=None):
    """text: human remittance text (may be None). lines: list of (number, paid, total) for EDI/addenda styles.
    adx: (amount, code, note) short-pay adjustment for CTX."""
    ch = channel or R.choice(CHANNELS[cur])
    if ch == "ctx820" and not lines: ch = "ach_ccd"
    c = cust
    cid = c["id"] if (c and R.random() < cid_prob) else None
    pname = payer or (c["bank"] if c else "UNKNOWN")
    ref = rem = None
    if ch == "ach_ccd":
        ref = f"ACH CCD {pname[:16]} TRN {trace(10)}"
        if lines and len(lines) == 1 and not text:
            n, paid, tot = lines[0]; rem = f"RMR*IV*{n}*{plain(paid)}\\"
        else:
            rem = text
    elif ch == "ctx820":
        ref = f"CTX EDI820 TRN*1*{trace(10)}"
        if lines:
            segs = [f"BPR*C*{plain(amount)}*C*ACH*CTX", f"TRN*1*{trace(10)}", f"N1*PR*{pname}", "ENT*1"]
            for n, paid, tot in lines:
                segs.append(f"RMR*IV*{n}*PI*{plain(paid)}*{plain(tot)}")
                if adx and adx[3] == n:
                    segs.append(f"ADX*-{plain(adx[0])}*{adx[1]}")
                    segs.append(f"NTE*ADD*{adx[2]}")
            rem = "~".join(segs) + "~"
            if text: rem += " " + text
        else:
            rem = text
    elif ch == "lockbox":
        chk = R.randint(1000, 99999)
        ref = f"LBX 4471 CHK {chk:06d}" if cur == "USD" else f"LBX TOR-2290 CHQ {chk:06d}"
        rem = ("STUB: " + text) if text else None
    elif ch == "fedwire":
        ref = f"FEDWIRE IMAD 20261{R.randint(10000,99999)}QMGFT0{R.randint(10000,99999)}"
        rem = ("OBI: " + text) if text else None
        cid = c["id"] if (c and (cid_prob >= 1.0 or R.random() < 0.3)) else None
    elif ch == "pcard":
        pname = R.choice(["VISA SETTLEMENT 4431", "MC MERCH SETTLE", "AMEX SETTLEMENT"])
        ref = f"PCARD BATCH {R.randint(100,999)} AUTH {R.randint(100000,999999)}"
        rem = (f"L3 CARDHOLDER {c['bank'][:12]} | " if c else "") + (text or "")
        rem = rem or None
        cid = None
    elif ch == "eft_ca":
        ref = f"EFT/TEF CPA 450 {trace(9)}" if R.random() < 0.6 else f"PAD/DPA {trace(8)}"
        rem = text
    elif ch == "interac":
        pname = R.choice(PERSONS_CA) if c else pname
        ref = f"INTERAC E-TRF CA{alnum(8)}"
        rem = (("Message: " if lang == "en" else "Message : ") + text) if text else None
        cid = None
    elif ch == "spei":
        ref = f"SPEI CLAVE RASTREO {alnum(4)}{trace(12)}"
        rem = ("CONCEPTO: " + text) if text else None
    elif ch == "transfer_mx":
        ref = f"TRANSF BBVA REF {trace(7)}"
        rem = text
    return dict(amount=s(amount) if not isinstance(amount, str) else amount, currency=cur, payer_name=pname,
                customer_id=cid, reference=ref, remittance=rem), ch

def lab(status, apps=(), unapplied="0.00", short=None, cands=(), reason="", scenario="", note=""):
    return dict(status=status, applications=[dict(invoice_id=i, amount=s(a)) for i, a in apps],
                unapplied=s(unapplied) if not isinstance(unapplied, str) else unapplied, short_pay=short,
                candidates=[list(c) for c in cands], reason=reason, scenario=scenario, note=note)

def rc(lst): return R.choice(lst)
def pick_cust(cur=None, lang=None):
    pool = [c for c in customers if (cur is None or c["cur"] == cur) and (lang is None or c["lang"] == lang)]
    return rc(pool)
def pick_any():
    r = R.random()
    return pick_cust("USD") if r < 0.6 else (pick_cust("CAD") if r < 0.85 else pick_cust("MXN"))

# ---------------------------------------------------------------- scenarios
items = []   # dict(pay, lab, lang, group)
def add(pay, label, lang, group=None, order=0):
    items.append(dict(pay=pay, lab=label, lang=lang, group=group, order=order))

THANKS = {"en": ["thank you", "thanks - AP dept", "", "pls apply"], "fr": ["merci", "paiement pour", "règlement", ""],
          "es": ["gracias", "pago de", "liquidación", ""]}

def sc_exact(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"])
        a = D(inv["balance"]); num = dig(inv)
        ch = R.choice(CHANNELS[c["cur"]])
        if ch in ("ach_ccd", "ctx820") and R.random() < 0.6:
            pay, ch = make_payment(c, a, c["cur"], L, None, lines=[(num, a, D(inv["total"]))], channel=ch)
        else:
            w = inv_word(num, L); t = (rc(THANKS[L]) + " " + w).strip()
            if R.random() < 0.3: t += " " + fmt(a, L, c["cur"])
            if R.random() < 0.25:
                t += f" PO {R.randint(4500000, 4599999)}" if L == "en" else f" OC {R.randint(10000, 99999)}"
            pay, ch = make_payment(c, a, c["cur"], L, t, channel=ch)
        add(pay, lab("applied", [(inv["id"], a)], reason=f"reference {inv['number']} and exact balance",
                     scenario="exact_ref", note=f"{ch}: invoice {num} named in bank text; amount = balance"), L)

def sc_second(n):
    for k in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"]); a = D(inv["balance"]); num = dig(inv)
        p1, ch = make_payment(c, a, c["cur"], L, inv_word(num, L))
        add(p1, lab("applied", [(inv["id"], a)], reason=f"reference {inv['number']} and exact balance",
                    scenario="exact_ref", note=f"{ch}: first payment of {num} (a duplicate follows later)"), L, group=f"dup{k}", order=0)
        t = inv_word(num, L) + rc({"en": ["", " (duplicate?)", " resubmitted"], "fr": ["", " (renvoi)"], "es": ["", " reenvío"]}[L])
        ch2 = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac", "ctx820")])
        p2, ch2 = make_payment(c, a, c["cur"], L, t, channel=ch2, cid_prob=1.0)
        add(p2, lab("unapplied", [], unapplied=a, reason=f"{inv['number']} already paid by an earlier payment",
                    scenario="second_payment", note=f"{ch2}: same invoice {num} and amount as an earlier payment; held on account"),
            L, group=f"dup{k}", order=1)

def typo(num):
    d = list(num); r = R.random()
    if r < 0.4:   # transpose two adjacent digits (not equal)
        for _ in range(20):
            i = R.randint(1, len(d) - 2)
            if d[i] != d[i+1]:
                d[i], d[i+1] = d[i+1], d[i]; break
    elif r < 0.7:  # drop a digit
        i = R.randint(1, len(d) - 1); del d[i]
    else:          # wrong digit
        i = R.randint(2, len(d) - 1); d[i] = str((int(d[i]) + R.choice([1, 3, 7])) % 10)
    return "".join(d)

def sc_typo(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"]); a = D(inv["balance"]); num = dig(inv)
        for _ in range(50):
            t = typo(num)
            if t != num and int(t) not in used_nums: break
        used_nums.add(int(t))   # reserve, so no real invoice gets the typo number
        txt = inv_word(t, L) + (" " + fmt(a, L, c["cur"]) if R.random() < 0.5 else "")
        pay, ch = make_payment(c, a, c["cur"], L, txt, cid_prob=0.8)
        add(pay, lab("applied", [(inv["id"], a)], reason=f"reference {t} is a near-miss of {inv['number']}; payer and exact balance agree",
                     scenario="ref_typo", note=f"{ch}: typo {t} for {num}; no invoice {t} exists; amount = balance of {num}"), L)

def sc_multi(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; k = R.randint(2, 6)
        invs = [new_inv(c["id"], hi=6000) for _ in range(k)]
        tot = sum(D(i["balance"]) for i in invs)
        ch = R.choice(CHANNELS[c["cur"]])
        if ch == "ctx820":
            pay, ch = make_payment(c, tot, c["cur"], L, None, lines=[(dig(i), D(i["balance"]), D(i["total"])) for i in invs], channel=ch)
        else:
            if L == "fr": t = "Paiement factures " + ", ".join(dig(i) for i in invs)
            elif L == "es": t = "Pago facturas " + " / ".join(dig(i) for i in invs)
            else:
                t = R.choice(["INV ", "Invoices: ", "PMT FOR "]) + R.choice([", ", " ", ";"]).join(dig(i) for i in invs)
            if R.random() < 0.4:
                t += " total " + fmt(tot, L, c["cur"])
            pay, ch = make_payment(c, tot, c["cur"], L, t, channel=ch)
        add(pay, lab("applied", [(i["id"], D(i["balance"])) for i in invs], reason="listed invoices sum to the payment",
                     scenario="multi_list", note=f"{ch}: {k} invoices listed, balances sum exactly"), L)

def sc_range(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; k = R.randint(3, 6)
        while True:
            st = R.randint(220, 229) * 1000 + R.randint(1, 990)
            if all(x not in used_nums for x in range(st, st + k)): break
        invs = [new_inv(c["id"], num=st + j, hi=3000) for j in range(k)]
        tot = sum(D(i["balance"]) for i in invs)
        a, b = st, st + k - 1
        t = {"en": rc([f"INV {a}-{b}", f"Invoices {a} thru {b}", f"INV {a} - {str(b)[-3:]}"]),
             "fr": rc([f"factures {a} à {b}", f"fact. {a}-{b}"]),
             "es": rc([f"Facturas {a} a la {b}", f"FACT {a} al {b}"])}[L]
        pay, ch = make_payment(c, tot, c["cur"], L, t)
        add(pay, lab("applied", [(i["id"], D(i["balance"])) for i in invs], reason=f"range {a}-{b} covers {k} invoices; sum matches",
                     scenario="range", note=f"{ch}: range '{t}' = {k} consecutive invoice numbers, all this customer's"), L)

SHORT_REASONS = {
    "en": [("3 cs damaged on delivery", "damaged goods"), ("pricing - contract price per bid", "pricing"),
           ("freight chg not on PO", "freight"), ("2% early pay discount", "early payment discount"),
           ("short shipped 2 ea floor scrubber pads", "short shipment"), ("returned chafing dishes RMA", "return")],
    "fr": [("produits endommagés à la livraison", "damaged goods"), ("escompte 2 % paiement rapide", "early payment discount"),
           ("écart de prix vs soumission", "pricing"), ("frais de transport non autorisés", "freight"),
           ("livraison incomplète", "short shipment")],
    "es": [("mercancía dañada", "damaged goods"), ("descuento pronto pago 2%", "early payment discount"),
           ("diferencia de precio vs cotización", "pricing"), ("flete no autorizado", "freight"),
           ("faltante en entrega", "short shipment")],
}
ADX_CODE = {"damaged goods": "CM", "pricing": "01", "freight": "FC", "early payment discount": "04", "short shipment": "CS", "return": "RA"}

def sc_short(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]
        inv = new_inv(c["id"], lo=600)
        bal = D(inv["balance"]); num = dig(inv)
        txt, code = rc(SHORT_REASONS[L])
        if code == "early payment discount":
            ded = q(bal * D("0.02"))
        else:
            ded = q(D(R.randint(1500, int(bal * 100 * D("0.3")))) / 100)
        paid = bal - ded
        extra = []
        if R.random() < 0.3:   # remittance also pays other invoices in full
            extra = [new_inv(c["id"], hi=4000) for _ in range(R.randint(1, 3))]
        tot = paid + sum(D(e["balance"]) for e in extra)
        ch = R.choice(CHANNELS[c["cur"]])
        if ch == "ctx820":
            lines = [(dig(e), D(e["balance"]), D(e["total"])) for e in extra] + [(num, paid, bal)]
            pay, ch = make_payment(c, tot, c["cur"], L, None, lines=lines, channel=ch, adx=(ded, ADX_CODE[code], txt.upper(), num))
        else:
            parts = [inv_word(dig(e), L) + " " + fmt(D(e["balance"]), L, c["cur"]) for e in extra]
            if L == "fr": main = f"{inv_word(num, L)} moins {fmt(ded, L, c['cur'])} ({txt})"
            elif L == "es": main = f"{inv_word(num, L)} menos {fmt(ded, L, c['cur'])} por {txt}"
            else: main = f"{inv_word(num, L)} less {fmt(ded, L, c['cur'])} {txt}"
            pay, ch = make_payment(c, tot, c["cur"], L, "; ".join(parts + [main]), channel=ch)
        apps = [(e["id"], D(e["balance"])) for e in extra] + [(inv["id"], paid)]
        add(pay, lab("partial", apps, short=dict(invoice_id=inv["id"], amount=s(ded), reason=code),
                     reason=f"short pay on {inv['number']}: {code}", scenario="short_pay",
                     note=f"{ch}: deduction {s(ded)} stated ({txt}); {len(extra)} other invoice(s) paid in full"), L)

def sc_partial(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"], lo=2000, hi=40000)
        bal = D(inv["balance"]); num = dig(inv)
        frac = rc([D("0.5"), D("0.25"), D("0.333"), None])
        paid = q(bal * frac) if frac else q(D(R.randint(50, 150)) * 10)
        t = {"en": rc([f"partial pmt {inv_word(num, L)}", f"{inv_word(num, L)} - 1st installment", f"on acct of {inv_word(num, L)} bal to follow"]),
             "fr": rc([f"acompte sur {inv_word(num, L)}", f"paiement partiel {inv_word(num, L)}, solde à suivre"]),
             "es": rc([f"abono parcial {inv_word(num, L)}", f"anticipo a cuenta de {inv_word(num, L)}", f"primer pago parcial {inv_word(num, L)}"])}[L]
        pay, ch = make_payment(c, paid, c["cur"], L, t)
        add(pay, lab("partial", [(inv["id"], paid)], reason=f"part payment of {inv['number']} stated in remittance",
                     scenario="partial", note=f"{ch}: remittance says part payment; {s(bal - paid)} stays open"), L)

def sc_overpay(n):
    for k in range(n):
        c = pick_any(); L = c["lang"]
        if k % 2 == 0:  # invoice already partly credited; customer pays the original total
            tot = new_amount(c["id"], 500, 9000); credit = q(D(R.randint(2000, 30000)) / 100)
            inv = new_inv(c["id"], amount=tot, balance=tot - credit); paid = tot; why = "paid invoice total, balance was lower after a credit"
        else:
            inv = new_inv(c["id"]); extra = rc([D("25.00"), D("100.00"), q(D(R.randint(100, 9000)) / 100)])
            paid = D(inv["balance"]) + extra; why = "paid more than the balance"
        bal = D(inv["balance"]); num = dig(inv)
        t = inv_word(num, L) + " " + fmt(paid, L, c["cur"])
        pay, ch = make_payment(c, paid, c["cur"], L, t, cid_prob=0.7)
        add(pay, lab("unapplied", [(inv["id"], bal)], unapplied=paid - bal, reason=f"{inv['number']} paid in full; remainder held on account",
                     scenario="overpayment", note=f"{ch}: {why}; remainder {s(paid - bal)}"), L)

def sc_amount_only(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"]); a = D(inv["balance"])
        t = rc([None, {"en": "PAYMENT", "fr": "PAIEMENT FOURNISSEUR", "es": "PAGO PROVEEDOR"}[L]])
        ch = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac", "ctx820")])
        pay, ch = make_payment(c, a, c["cur"], L, t, channel=ch, cid_prob=1.0)
        add(pay, lab("applied", [(inv["id"], a)], reason="known customer; amount equals exactly one open balance",
                     scenario="amount_only", note=f"{ch}: no reference; unique exact balance among the customer's open invoices"),
            L, group=("amt", inv["id"]))

def sc_lump_noref(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; a1 = new_inv(c["id"], hi=5000); a2 = new_inv(c["id"], hi=5000)
        tot = D(a1["balance"]) + D(a2["balance"])
        ch = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac", "ctx820")])
        pay, ch = make_payment(c, tot, c["cur"], L, None, channel=ch, cid_prob=1.0)
        add(pay, lab("review", [], unapplied=tot, cands=[[a1["id"], a2["id"]]], reason="no reference; only a combination of two invoices fits",
                     scenario="lump_no_ref", note=f"{ch}: amount = sum of two open balances, nothing in the text; combination guessed -> review"),
            L, group=("amt", a1["id"], a2["id"]))

def sc_nofit(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; a = new_amount(c["id"], 50, 5000)
        t = rc([None, {"en": "deposit new kitchen order", "fr": "dépôt commande", "es": "anticipo pedido"}[L]])
        ch = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac")])
        pay, ch = make_payment(c, a, c["cur"], L, t, channel=ch, cid_prob=1.0)
        add(pay, lab("unapplied", [], unapplied=a, reason="known customer; no open invoice or combination fits",
                     scenario="no_fit", note=f"{ch}: customer identified by bank, amount fits nothing -> on account"),
            L, group=("nofit", c["id"]))

def sc_unknown(n):
    for k in range(n):
        cur = rc(["USD", "USD", "CAD", "MXN"]); L = {"USD": "en", "CAD": rc(["en", "fr"]), "MXN": "es"}[cur]
        a = q(D(R.randint(5000, 900000)) / 100)
        t = rc([None, {"en": "PAYMENT", "fr": "paiement", "es": "pago"}[L], {"en": f"INV {R.randint(500000, 599999)}",
               "fr": f"facture {R.randint(500000, 599999)}", "es": f"factura {R.randint(500000, 599999)}"}[L]])
        ch = rc(CHANNELS[cur])
        if ch == "pcard": ch = "ach_ccd"
        pay, ch = make_payment(None, a, cur, L, t, channel=ch, payer=UNKNOWN[k % len(UNKNOWN)])
        add(pay, lab("review", [], unapplied=a, reason="payer not a known customer and nothing in the text identifies an invoice",
                     scenario="unknown_payer", note=f"{ch}: unknown payer {UNKNOWN[k % len(UNKNOWN)]}"), L, group=("unk",))

def sc_po_lookalike(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"]); a = D(inv["balance"])
        other = pick_cust()
        while other["id"] == c["id"]: other = pick_cust()
        decoy = new_inv(other["id"])   # its number is what the customer quotes as their PO
        pn = dig(decoy)
        t = {"en": rc([f"PO {pn}", f"P.O. #{pn}", f"PO{pn} NET 30"]), "fr": rc([f"BC {pn}", f"bon de commande {pn}"]),
             "es": rc([f"OC {pn}", f"orden de compra {pn}"])}[L]
        ch = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac", "ctx820")])
        pay, ch = make_payment(c, a, c["cur"], L, t, channel=ch, cid_prob=1.0)
        add(pay, lab("applied", [(inv["id"], a)], reason=f"text quotes a purchase order, not an invoice; exact balance of {inv['number']}",
                     scenario="po_lookalike", note=f"{ch}: '{t}' equals invoice {decoy['number']} of another customer ({other['id']}) with a different amount"),
            L, group=("amt", inv["id"]))

def sc_dup_amount(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]
        i1 = new_inv(c["id"], lo=100, hi=3000); i2 = new_inv(c["id"], amount=D(i1["balance"]), dup_ok=True)
        a = D(i1["balance"])
        pair = sorted([i1, i2], key=lambda i: (i["due_date"], i["id"]))
        t = rc([None, {"en": "MONTHLY JANITORIAL", "fr": "entretien mensuel", "es": "suministros mensuales"}[L]])
        ch = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac", "ctx820")])
        pay, ch = make_payment(c, a, c["cur"], L, t, channel=ch, cid_prob=1.0)
        add(pay, lab("review", [], unapplied=a, cands=[[pair[0]["id"]], [pair[1]["id"]]],
                     reason="two open invoices with the same balance and no reference",
                     scenario="ambiguous_same_amount", note=f"{ch}: {i1['number']} and {i2['number']} both {s(a)}; oldest due first"),
            L, group=("amt", i1["id"], i2["id"]))

def sc_conflict(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]; x = new_inv(c["id"], lo=500); y = new_inv(c["id"], lo=500)
        a = D(y["balance"])
        if a >= D(x["balance"]):   # keep it below X so "part payment of X" is a live reading
            x, y = y, x; a = D(y["balance"])
        t = inv_word(dig(x), L)
        ch = rc([x_ for x_ in CHANNELS[c["cur"]] if x_ not in ("ctx820", "pcard", "interac")])
        pay, ch = make_payment(c, a, c["cur"], L, t, channel=ch, cid_prob=1.0)
        add(pay, lab("review", [], unapplied=a, cands=[[x["id"]], [y["id"]]],
                     reason=f"reference {x['number']} but amount equals the balance of {y['number']}",
                     scenario="ref_amount_conflict", note=f"{ch}: part payment of referenced invoice or mis-keyed reference for exact match; referenced first"), L)

def sc_currency(n):
    for _ in range(n):
        c = pick_cust(rc(["CAD", "MXN"])); L = c["lang"]; inv = new_inv(c["id"]); a = D(inv["balance"])
        pcur = "USD"
        t = inv_word(dig(inv), L)
        ch = rc(["fedwire", "ach_ccd", "lockbox"])
        pay, ch = make_payment(c, a, pcur, L, t, channel=ch, cid_prob=0.7)
        add(pay, lab("review", [], unapplied=a, cands=[[inv["id"]]], reason=f"payment in {pcur}; referenced {inv['number']} is in {inv['currency']}",
                     scenario="currency_mismatch", note=f"{ch}: same figure as the {inv['currency']} balance but paid in {pcur}; cannot apply across currencies"), L)

def sc_other_cust(n):
    for _ in range(n):
        c = pick_any(); L = c["lang"]
        o = pick_cust(c["cur"])
        while o["id"] == c["id"]: o = pick_cust(c["cur"])
        inv = new_inv(o["id"]); a = D(inv["balance"])
        ch = rc([x for x in CHANNELS[c["cur"]] if x not in ("pcard", "interac")])
        pay, ch = make_payment(c, a, c["cur"], L, inv_word(dig(inv), L), channel=ch, cid_prob=1.0)
        add(pay, lab("review", [], unapplied=a, cands=[[inv["id"]]], reason=f"payer {c['id']} quotes {inv['number']} which belongs to {o['id']}",
                     scenario="third_party_payer", note=f"{ch}: bank says customer {c['id']}; invoice and exact amount belong to {o['name']}"), L)

def sc_bad(n):
    kinds = [("amount", None, "amount missing"), ("amount", "N/A", "amount not a decimal"), ("amount", "-412.50", "negative amount"),
             ("amount", "0.00", "zero amount"), ("currency", None, "currency missing"), ("currency", "US$", "currency not an ISO code"),
             ("date", "2026-11-31", "impossible date"), ("amount", "1.250,00", "amount not a decimal string")]
    for k in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"]); a = D(inv["balance"])
        pay, ch = make_payment(c, a, c["cur"], L, inv_word(dig(inv), L))
        f, v, why = kinds[k % len(kinds)]
        if f == "date": pay["_baddate"] = v
        else: pay[f] = v
        l = lab("review", [], unapplied="0.00", reason=f"bad row: {why}", scenario="bad_row", note=f"{ch}: {why}; nothing applied, {inv['number']} stays open")
        l["error"] = why
        add(pay, l, L, group=("bad",))

def filler(total):
    while len(invoices) < total:
        c = rc(customers)
        if R.random() < 0.12:
            t = new_amount(c["id"], 200, 12000); paid = q(t * rc([D("0.5"), D("0.3"), D("0.75")]))
            new_inv(c["id"], amount=t, balance=t - paid)
        else:
            new_inv(c["id"])

def sc_followup(n):
    for k in range(n):
        c = pick_any(); L = c["lang"]; inv = new_inv(c["id"], lo=3000, hi=30000)
        bal = D(inv["balance"]); num = dig(inv); first = q(bal * rc([D("0.4"), D("0.5"), D("0.6")]))
        t1 = {"en": f"partial pmt {inv_word(num, L)}", "fr": f"acompte {inv_word(num, L)}", "es": f"abono parcial {inv_word(num, L)}"}[L]
        p1, ch = make_payment(c, first, c["cur"], L, t1)
        add(p1, lab("partial", [(inv["id"], first)], reason=f"part payment of {inv['number']}", scenario="partial",
                    note=f"{ch}: first instalment; the balance follows later in the batch"), L, group=f"fu{k}", order=0)
        rest = bal - first
        t2 = {"en": f"balance due {inv_word(num, L)}", "fr": f"solde {inv_word(num, L)}", "es": f"saldo {inv_word(num, L)}"}[L]
        p2, ch2 = make_payment(c, rest, c["cur"], L, t2)
        add(p2, lab("applied", [(inv["id"], rest)], reason=f"remaining balance of {inv['number']} after an earlier part payment",
                    scenario="balance_after_partial", note=f"{ch2}: amount = what the earlier part payment left open, not the opening balance"),
            L, group=f"fu{k}", order=1)

# ---------------------------------------------------------------- run
sc_exact(104); sc_second(16); sc_typo(25); sc_multi(38); sc_range(10); sc_short(30); sc_partial(16)
sc_overpay(16); sc_amount_only(24); sc_lump_noref(10); sc_nofit(12); sc_unknown(15); sc_po_lookalike(12)
sc_dup_amount(12); sc_conflict(10); sc_currency(8); sc_other_cust(6); sc_bad(8); sc_followup(6)
filler(1500)

R.shuffle(items)
pos = {}
for i, it in enumerate(items):
    if isinstance(it["group"], str): pos.setdefault(it["group"], []).append(i)
for g, (i, j) in pos.items():
    if items[i]["order"] > items[j]["order"]: items[i], items[j] = items[j], items[i]

# renumber invoices by issue date
invoices.sort(key=lambda i: (i["issue_date"], i["number"]))
remap = {}
for k, inv in enumerate(invoices):
    remap[inv["id"]] = f"i-{k+1:05d}"; inv["id"] = remap[inv["id"]]
INV = {i["id"]: i for i in invoices}
def rm(lbl):
    for a in lbl["applications"]: a["invoice_id"] = remap[a["invoice_id"]]
    if lbl["short_pay"]: lbl["short_pay"]["invoice_id"] = remap[lbl["short_pay"]["invoice_id"]]
    lbl["candidates"] = [[remap[x] for x in c] for c in lbl["candidates"]]
for it in items:
    rm(it["lab"])
    if isinstance(it["group"], tuple): it["group"] = (it["group"][0],) + tuple(remap.get(x, x) for x in it["group"][1:])

# dates: business days, sorted
start = dt.date(2026, 10, 1); days = []
d = start
while d <= dt.date(2026, 11, 20):
    if d.weekday() < 5: days.append(d)
    d += dt.timedelta(days=1)
dates = sorted(R.choice(days) for _ in items)

LOC = {"en": "en", "fr": "fr-CA", "es": "es-MX"}
payments, labels = [], []
for k, it in enumerate(items):
    p = it["pay"]; pid = f"p-{k+1:03d}"
    date = p.pop("_baddate", None) or dates[k].isoformat()
    pay = dict(id=pid, date=date, amount=p["amount"], currency=p["currency"], payer_name=p["payer_name"],
               customer_id=p["customer_id"], reference=p["reference"], remittance=p["remittance"])
    l = it["lab"]
    lbl = dict(payment_id=pid, status=l["status"], applications=l["applications"], unapplied=l["unapplied"],
               short_pay=l["short_pay"], candidates=l["candidates"], reason=l["reason"], scenario=l["scenario"],
               note=f"[{LOC[it['lang']]}] " + l["note"])
    if "error" in l: lbl["error"] = l["error"]
    payments.append(pay); labels.append(lbl); it["lang"] = LOC[it["lang"]]

# ---------------------------------------------------------------- self-validation by simulation
bal = {i["id"]: D(i["balance"]) for i in invoices}
by_cust = defaultdict(list)
for i in invoices: by_cust[i["customer_id"]].append(i["id"])
bank2cust = {c["bank"]: c["id"] for c in customers}
for pay, lbl, it in zip(payments, labels, items):
    if lbl["scenario"] == "bad_row": continue
    amt = D(pay["amount"])
    cid = pay["customer_id"] or bank2cust.get(pay["payer_name"])
    g = it["group"]
    if cid and lbl["scenario"] in ("amount_only", "po_lookalike", "lump_no_ref", "ambiguous_same_amount", "no_fit", "ref_amount_conflict", "third_party_payer"):
        open_ = [x for x in by_cust[cid] if bal[x] > 0 and INV[x]["currency"] == pay["currency"]]
        singles = {x for x in open_ if bal[x] == amt}
        pairs = {frozenset(p) for p in combinations(open_, 2) if bal[p[0]] + bal[p[1]] == amt}
        sc = lbl["scenario"]
        if sc in ("amount_only", "po_lookalike"): assert singles == {lbl["applications"][0]["invoice_id"]} and not pairs, pay
        elif sc == "lump_no_ref": assert not singles and pairs == {frozenset(lbl["candidates"][0])}, pay
        elif sc == "ambiguous_same_amount": assert singles == {c[0] for c in lbl["candidates"]} and not pairs, pay
        elif sc == "no_fit": assert not singles and not pairs, pay
        elif sc == "ref_amount_conflict": assert singles == {lbl["candidates"][1][0]} and not pairs, pay
        elif sc == "third_party_payer": assert not singles and not pairs, pay
    if lbl["scenario"] == "unknown_payer":
        assert not any(bal[x] == amt and INV[x]["currency"] == pay["currency"] for x in bal), pay
    tot = D(lbl["unapplied"])
    for a in lbl["applications"]:
        x = a["invoice_id"]; v = D(a["amount"])
        assert INV[x]["currency"] == pay["currency"] and 0 < v <= bal[x], (pay, a, bal[x])
        bal[x] -= v; tot += v
    assert tot == amt or lbl["status"] == "review" and not lbl["applications"], (pay, lbl)
    if lbl["status"] == "review": assert D(lbl["unapplied"]) == amt

json.dump(invoices, open(os.path.join(LED, "invoices.json"), "w"), ensure_ascii=False, indent=1)
json.dump(payments, open(os.path.join(LED, "payments.json"), "w"), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(LED, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(invoices), "invoices", len(payments), "payments")

# ---------------------------------------------------------------- README
def table(counter, h):
    rows = [f"| {h} | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(rows)
sc_status = Counter((l["scenario"], l["status"]) for l in labels)
chan = Counter(l["note"].split("] ", 1)[1].split(":", 1)[0] for l in labels)
readme = f"""# Blind cash-application set: North American foodservice distributor (`na_foodservice`)

Theme: a distributor of commercial kitchen equipment, smallwares and janitorial supplies selling to restaurants,
school districts, hospitals and hotel chains in the US, Canada and Mexico. All company and person names are made up.
Built from `contracts/cash-application.md` only; generated by `build.py` (seed 250, stdlib); verified by `check.py`.

## Files

| file | content |
|---|---|
| `na_foodservice/invoices.json` | {len(invoices)} open invoices (contract schema); {sum(1 for i in invoices if i['balance'] != i['total'])} already partly paid/credited (balance < total) |
| `na_foodservice/payments.json` | {len(payments)} payments, oldest first (`p-001`..) |
| `na_foodservice/labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` (`[locale] channel: ...`); `error` on bad rows only |
| `build.py` / `check.py` | generator / independent re-verification (ledger simulation in payment order, sums, text evidence, uniqueness of amount-only matches) |

Invoice numbers are `INV-` + 6 digits; customers quote them as `INV 204518`, `Inv# …`, `INV204518`, `facture …`,
`fact. …`, `Factura …`, `FAC-…`, bare digits, in EDI `RMR*IV*…` segments, and as ranges (`INV 223267-223270`,
`Invoices 221517 thru 221519`, `INV 220114 - 117`, `factures … à …`, `Facturas … a la …`).

## Bank channels (how the payer and texts look)

- `ach_ccd`: US ACH CCD+, payer name upper-case truncated to 18 chars (`ST ANSELM REG MED`), addenda `RMR*IV*<no>*<amt>\\` or free text.
- `ctx820`: ACH CTX with an EDI 820 in `remittance` (`BPR`, `TRN`, `N1*PR`, `ENT`, `RMR*IV*no*PI*paid*invoice_amt`, short pays as `ADX*-amt*code` + `NTE`).
- `lockbox`: cheques (`LBX 4471 CHK …`, Canadian `LBX TOR-2290 CHQ …`), remittance `STUB: <stub text>`.
- `fedwire`: `FEDWIRE IMAD …`, remittance `OBI: …`; the bank rarely gives a customer id.
- `pcard`: card settlements (`VISA SETTLEMENT 4431`, `AMEX SETTLEMENT`) — payer is the card network, never the customer; the customer is identified only through the invoice number in the level-3 data.
- `eft_ca`: Canadian EFT (CPA 450) and PAD/DPA, English or Canadian French text.
- `interac`: Interac e-Transfer from a person (owner/bookkeeper), `Message : …`; no customer id.
- `spei` / `transfer_mx`: Mexican SPEI (`CLAVE RASTREO`, `CONCEPTO: …`) and bank transfers, Mexican Spanish.

{table(chan, "channel")}

## Label conventions followed

- `applied`: whole payment applied, `unapplied` "0.00". `partial`: applied and an invoice stays open on purpose; `short_pay`
  `{{invoice_id, amount, reason}}` only for stated deductions (reason is a short English category: damaged goods, pricing,
  freight, early payment discount, short shipment, return); plain part payments have `short_pay: null`.
- `unapplied`: overpayment (the invoice is applied at its balance, remainder in `unapplied`), a second payment of an invoice
  already paid earlier in the file (nothing applied), or a known customer whose payment fits no invoice or pair of invoices.
- `review`: nothing applied; **`unapplied` = the whole payment amount** (so applications + unapplied = payment holds for every row);
  `candidates` is a list of invoice-id lists, best first; `[]` for unknown payers.
- Bad rows (missing/non-decimal/negative/zero amount, missing or non-ISO currency, impossible date): `review`, no candidates,
  `unapplied` "0.00" (the amount cannot be trusted), and an extra `error` field describing the defect (informative; the contract defines no error field).
- Amount-only application is labelled `applied` only when the bank identifies the customer (`customer_id` set) and exactly one of
  that customer's open invoices (at that point of the file) has that balance and no pair of invoices sums to it (checked).
  When only a combination of two invoices fits and nothing in the text names them, it is `review` with that set as candidate.
- A clear near-miss reference (transposed/dropped/changed digit) whose number is no invoice at all, with payer and exact balance agreeing, is `applied`.
- `review` where two readings are defensible: two open invoices with the same balance; reference to invoice X with an amount that
  is below X's balance but equals another invoice Y exactly (candidates `[[X],[Y]]`, referenced first); a customer paying another
  customer's invoice (parent/sister entity or mis-posting, candidate that invoice); a USD payment quoting a CAD/MXN invoice (candidate that invoice).
- A PO number quoted by the customer that happens to equal another customer's invoice number is ignored (`po_lookalike`, applied by the payer's unique exact balance).

## Counts

{table(Counter(l['status'] for l in labels), "status")}

{table(Counter(f"{a} → {b}" for a, b in sc_status.elements()), "scenario → status")}

{table(Counter(it['lang'] for it in items), "remittance locale (customer's language)")}

{table(Counter(p['currency'] for p in payments), "payment currency")}

Invoices per currency: {dict(Counter(i['currency'] for i in invoices))}; customers: {len(customers)} (US {len(US_NAMES)}, Canada {len(CA_NAMES)}, Mexico {len(MX_NAMES)}).

## Deliberately hard

- Payer names truncated by the bank, card-network and private-person payers, `customer_id` null on most wires, cards and Interac.
- Amounts written `$1,234.56`, `CAD 1,234.56`, `1 234,56 $` (fr-CA), `$1,234.56 MXN`; PO numbers (`PO 45xxxxx`, `OC …`, `BC …`) next to invoice numbers.
- Overpayments where the customer paid the invoice *total* although a credit had already lowered the *balance*.
- Duplicate payments (second payment of the same invoice later in the file) and balance payments after an earlier part payment: both require applying in file order.
- EDI 820 short pays expressed only through `ADX` segments, and short pays mixed with fully paid invoices in one remittance.
- Ranges written with an abbreviated end (`INV 220114 - 117`).
- Unknown payers that quote invoice numbers that do not exist.
"""
open(os.path.join(HERE, "README.md"), "w").write(readme)
