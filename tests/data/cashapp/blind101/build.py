#!/usr/bin/env python3
"""Blind cash-application set 367: a UK/Ireland builders' merchant with a US branch.

Standard library only, seed 367.  Writes uk_builders_merchant/{invoices,payments,labels}.json.
Labels are built from the scenario's intent; check.py re-derives every label
independently from the decision rules in README.md and compares.
"""
import calendar
import datetime as dt
import itertools
import json
import os
import random
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

SEED = 367
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "uk_builders_merchant")
rng = random.Random(SEED)
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
SYM = {"GBP": "£", "EUR": "€", "USD": "$"}


def q(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def commas(x):
    return f"{q(x):,.2f}"


# --------------------------------------------------------------------------- names
SUFFIXES = {"LTD", "LIMITED", "PLC", "LLC", "INC", "CORP", "CO", "COMPANY", "GMBH",
            "TEORANTA", "TEO", "DAC", "LLP", "THE"}


def norm_name(name):
    t = unicodedata.normalize("NFKD", name)
    t = "".join(c for c in t if not unicodedata.combining(c)).upper().replace("&", " AND ")
    t = re.sub(r"[^A-Z0-9 ]", " ", t)
    return " ".join(w for w in t.split() if w not in SUFFIXES)


UK_SURN = ["Hargreaves", "Whitfield", "Pennington", "Ashworth", "Brogan", "Okafor", "Singh", "Patel",
           "Nowak", "Thornton", "Greenhalgh", "Fairclough", "Pickering", "Oduya", "Rahman", "Kowalczyk",
           "Marsden", "Holroyd", "Bhatt", "Chadwick", "Eccleston", "Fenwick", "Gallagher", "Hussain",
           "Jebson", "Kerrigan", "Lumb", "Mottram", "Naylor", "Ormerod", "Pratt", "Quigley", "Radcliffe",
           "Sutcliffe", "Tattersall", "Underwood", "Varley", "Wainwright", "Yates", "Ahmed", "Bramwell",
           "Crossley", "Dobson", "Entwistle", "Firth", "Goddard", "Haigh", "Illingworth", "Jowett"]
UK_PLACE = ["Pennine", "Calder", "Mersey", "Solent", "Cotswold", "Tamar", "Wessex", "Fenland", "Kennet",
            "Severn", "Trent", "Tyne", "Humber", "Chiltern", "Mendip", "Quantock", "Malvern", "Wolds",
            "Peak", "Dales", "Medway", "Ribble", "Wharfe", "Exe", "Avon", "Cheviot", "Weald"]
NI_PLACE = ["Mourne", "Foyle", "Lagan", "Sperrin", "Erne", "Bann", "Glenarm", "Strangford"]
IE_SURN = ["Kavanagh", "Brennan", "Fitzgerald", "Murphy", "Daly", "Keane", "Byrne", "Doyle", "Lynch",
           "McCarthy", "Walsh", "Gallagher", "Nolan", "Kinsella", "Dunne", "Hegarty", "Cullinane", "Ryan",
           "Moriarty", "Coughlan"]
IE_PLACE = ["Shannon", "Liffey", "Corrib", "Boyne", "Suir", "Barrow", "Slaney", "Galtee", "Wicklow",
            "Burren", "Comeragh", "Nephin"]
US_SURN = ["Kowalski", "Delgado", "O'Rourke", "Schmidt", "Harmon", "Castillo", "Brandt", "Whitaker",
           "Pulaski", "Reyes", "Lindgren", "Abernathy", "Santoro", "McBride", "Vasquez", "Okonkwo"]
US_PLACE = ["Riverside", "Hudson Valley", "Lakeshore", "Bay State", "Granite", "Tri-County", "Blue Ridge",
            "Cedar Creek", "Keystone", "Mohawk", "Seaboard", "Prairie"]
TRADES = ["Building Services", "Roofing", "Plumbing & Heating", "Construction", "Groundworks", "Joinery",
          "Electrical", "Bathrooms", "Landscaping", "Plastering", "Brickwork", "Scaffolding",
          "Property Maintenance", "Drainage", "Loft Conversions", "Builders", "Carpentry", "Renovations"]
US_TRADES = ["Builders", "Roofing", "Plumbing", "Construction", "Remodeling", "Drywall", "Framing",
             "Masonry", "Contractors", "Home Improvement", "Concrete"]
FIRST = ["James", "Sarah", "Dev", "Tomasz", "Aisha", "Gareth", "Niamh", "Chloe", "Marek", "Priya", "Liam",
         "Hannah", "Kwame", "Sean", "Olivia", "Rory", "Imran", "Bethan", "Callum", "Zofia", "Declan",
         "Siobhan", "Carlos", "Maria", "Tyler", "Brianna"]

# special names: (name, region, payer-side spelling, resolvable by the name rule?)
SPECIAL = [
    ("Wójcik Budownictwo Ltd", "UK", "WOJCIK BUDOWNICTWO LTD", True),
    ("Şahin Construction Ltd", "UK", "SAHIN CONSTRUCTION LTD", True),
    ("Ó Súilleabháin Plumbing Ltd", "IE", "O SUILLEABHAIN PLUMBING LTD", True),
    ("Ní Bhriain Roofing Teoranta", "IE", "NI BHRIAIN ROOFING TEO", True),
    ("Nguyễn Remodeling LLC", "US", "NGUYEN REMODELING LLC", True),
    ("Müller Joinery Ltd", "UK", "MUELLER JOINERY LTD", False),
    ("Đorđević Roofing Ltd", "UK", "DJORDJEVIC ROOFING LTD", False),
    ("Großmann Timber Frames Ltd", "UK", "GROSSMANN TIMBER FRAMES", False),
    ("Ñúñez Drywall LLC", "US", "NUNEZ DRYWALL LLC", True),
]


def uid(prefix, n=8, alphabet="0123456789abcdef"):
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


customers = []
_seen_norm = set()


def add_customer(name, region, kind, currencies, translit=None):
    n = norm_name(name)
    if n in _seen_norm or any(n.startswith(o) or o.startswith(n) for o in _seen_norm):
        return None
    _seen_norm.add(n)
    c = {"id": uid("cus_", 10, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "name": name, "region": region,
         "kind": kind, "currencies": currencies, "translit": translit}
    customers.append(c)
    return c


for name, region, spelled, ok in SPECIAL:
    cur = {"UK": ["GBP"], "IE": ["EUR"], "US": ["USD"]}[region]
    add_customer(name, region, "trade", cur, (spelled, ok))

while sum(1 for c in customers if c["region"] == "UK" and c["kind"] == "trade") < 92:
    r = rng.random()
    trade = rng.choice(TRADES)
    if r < 0.35:
        name = f"{rng.choice(UK_SURN)} {trade} {rng.choice(['Ltd', 'Ltd', 'Limited'])}"
    elif r < 0.6:
        name = f"{rng.choice(UK_PLACE)} {trade} Ltd"
    elif r < 0.72:
        a, b = rng.sample(UK_SURN, 2)
        name = f"{a} & {b} {trade} Ltd"
    elif r < 0.82:
        name = f"{rng.choice(UK_SURN)} & Sons (Builders) Ltd"
    elif r < 0.9:
        name = f"{rng.choice(UK_PLACE)} {rng.choice(['Developments plc', 'Homes Ltd', 'Estates Ltd'])}"
    else:
        name = f"{rng.choice(FIRST)[0]}. {rng.choice(UK_SURN)} {trade}"
    kind = "developer" if ("Developments" in name or "Homes" in name or "Estates" in name) else "trade"
    add_customer(name, "UK", kind if kind == "developer" else "trade", ["GBP"])
while sum(1 for c in customers if c["region"] == "UK" and c["kind"] == "cash") < 18:
    add_customer(f"{rng.choice(FIRST)} {rng.choice(UK_SURN)}", "UK", "cash", ["GBP"])
while sum(1 for c in customers if c["region"] == "NI") < 8:
    add_customer(f"{rng.choice(NI_PLACE)} {rng.choice(TRADES)} Ltd", "NI", "trade", ["GBP", "EUR"])
while sum(1 for c in customers if c["region"] == "IE") < 34:
    r = rng.random()
    trade = rng.choice(TRADES)
    if r < 0.45:
        name = f"{rng.choice(IE_SURN)} {trade} {rng.choice(['Ltd', 'Ltd', 'Teoranta', 'DAC'])}"
    elif r < 0.75:
        name = f"{rng.choice(IE_PLACE)} {trade} Ltd"
    elif r < 0.87:
        a, b = rng.sample(IE_SURN, 2)
        name = f"{a} & {b} {trade} Ltd"
    else:
        name = f"{rng.choice(FIRST)} {rng.choice(IE_SURN)}"
    dual = rng.random() < 0.2
    add_customer(name, "IE", "cash" if r >= 0.87 else "trade", ["EUR", "GBP"] if dual else ["EUR"])
while sum(1 for c in customers if c["region"] == "US") < 30:
    r = rng.random()
    if r < 0.5:
        name = f"{rng.choice(US_SURN)} {rng.choice(US_TRADES)} {rng.choice(['LLC', 'Inc.', 'Corp.'])}"
    else:
        name = f"{rng.choice(US_PLACE)} {rng.choice(US_TRADES)} {rng.choice(['LLC', 'Inc.'])}"
    add_customer(name, "US", "trade", ["USD"])

CUST = {c["id"]: c for c in customers}

# --------------------------------------------------------------------------- invoices
START_ISSUE = dt.date(2024, 9, 2)
END_ISSUE = dt.date(2025, 1, 3)


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def eom_next(d):
    y, m = (d.year + (d.month // 12), d.month % 12 + 1)
    return dt.date(y, m, calendar.monthrange(y, m)[1])


raw = []
for c in customers:
    if c["kind"] == "developer":
        n = rng.randint(18, 34)
        mu, sd = 7.4, 1.0
    elif c["kind"] == "cash":
        n = rng.randint(1, 3)
        mu, sd = 4.9, 0.9
    else:
        n = rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 20])
        mu, sd = 6.3, 1.1
    for _ in range(n):
        cur = c["currencies"][0]
        if len(c["currencies"]) > 1 and rng.random() < (0.4 if c["region"] == "NI" else 0.3):
            cur = c["currencies"][1]
        total = q(min(38000, max(14.5, rng.lognormvariate(mu, sd))))
        issue = rand_date(START_ISSUE, END_ISSUE)
        if c["kind"] == "cash":
            due = issue + dt.timedelta(days=7)
        elif c["region"] == "US":
            due = issue + dt.timedelta(days=30)
        else:
            due = eom_next(issue)
        raw.append({"customer": c, "currency": cur, "total": total, "issue": issue, "due": due, "dup": False})

# repeat-amount groups (fixed-price hire / standing orders): same total on 2-3 invoices of one customer
by_cc = {}
for r in raw:
    by_cc.setdefault((r["customer"]["id"], r["currency"]), []).append(r)
groups = [v for v in by_cc.values() if len(v) >= 3]
rng.shuffle(groups)
for g in groups[:46]:
    k = 3 if rng.random() < 0.2 else 2
    pick = rng.sample(g, k)
    amt = q(rng.choice([95, 180, 240, 312, 450, 480, 625, 720, 960, 1150, 1440, 2400]) * Decimal("1.20"))
    for r in pick:
        r["total"] = amt
        r["dup"] = True

raw.sort(key=lambda r: (r["issue"], rng.random()))
num = 51207
used_ids = set()
invoices = []
for r in raw:
    num += 1 + (rng.randint(1, 6) if rng.random() < 0.35 else 0)
    while True:
        iid = "inv_" + "".join(rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(12))
        if iid not in used_ids:
            used_ids.add(iid)
            break
    bal = r["total"]
    if not r["dup"] and r["total"] > 60 and rng.random() < 0.13:
        paid = q(r["total"] * Decimal(str(round(rng.uniform(0.1, 0.7), 2))))
        if rng.random() < 0.5:
            paid = q(int(paid))
        bal = r["total"] - paid
    invoices.append({"id": iid, "number": f"INV-{num:07d}", "customer_id": r["customer"]["id"],
                     "customer_name": r["customer"]["name"], "currency": r["currency"],
                     "total": s(r["total"]), "balance": s(bal), "issue_date": r["issue"].isoformat(),
                     "due_date": r["due"].isoformat()})
rng.shuffle(invoices)  # file order is not number order
INV = {i["id"]: i for i in invoices}
BY_NUM = {int(i["number"][4:]): i for i in invoices}
NUMS = set(BY_NUM)
bal = {i["id"]: Decimal(i["balance"]) for i in invoices}


def ikey(i):
    return (i["due_date"], i["number"])


def open_of(cid, cur):
    return sorted((i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0),
                  key=ikey)


def subsets_equal(S, amount, maxk=3):
    out = []
    for k in range(2, maxk + 1):
        if k >= len(S):
            break
        for combo in itertools.combinations(S, k):
            if sum(bal[i["id"]] for i in combo) == amount:
                out.append(sorted(combo, key=ikey))
    out.sort(key=lambda c: [ikey(i) for i in c])
    return out


def noref_cands(cid, cur, amount):
    S = open_of(cid, cur)
    singles = [[i] for i in S if bal[i["id"]] == amount]
    return (singles + subsets_equal(S, amount))[:5]


def fits_nothing(cid, cur, amount):
    S = open_of(cid, cur)
    if any(bal[i["id"]] == amount for i in S):
        return False
    if len(S) >= 2 and sum(bal[i["id"]] for i in S) == amount:
        return False
    return not subsets_equal(S, amount)


def unique_single(cid, cur, inv):
    amount = bal[inv["id"]]
    S = open_of(cid, cur)
    return [i["id"] for i in S if bal[i["id"]] == amount] == [inv["id"]] and not subsets_equal(S, amount)


def resolve(payer):
    n = norm_name(payer)
    exact = [c for c in customers if norm_name(c["name"]) == n]
    if exact:
        return exact[0] if len(exact) == 1 else None
    if len(n) >= 12:
        pref = [c for c in customers if norm_name(c["name"]).startswith(n)]
        if len(pref) == 1:
            return pref[0]
    return None


# --------------------------------------------------------------------------- text helpers
ALNUM = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def code(n=6):
    return rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") + "".join(rng.choice(ALNUM) for _ in range(n - 1))


def spell(inv, style=None):
    n = int(inv["number"][4:])
    padded = f"{n:07d}"
    styles = {
        "canonical": inv["number"],
        "nodash": "INV" + padded,
        "nozeros": f"INV-{n}",
        "space_nozeros": f"INV {n}",
        "lower": f"inv{n}",
        "bare": str(n),
        "bare_padded": padded,
        "word": f"Invoice {n}",
        "invno": f"Inv No. {padded}",
        "hash": f"INV#{n}",
        "ocr_O": "INV-" + padded.replace("0", "O"),
        "ocr_l": "INV" + padded.replace("1", "l"),
        "ocr_1NV": "1NV" + padded,
        "grouped": f"INV {str(n)[:2]} {str(n)[2:]}",
        "grouped_pad": f"INV {padded[:4]} {padded[4:]}",
    }
    if style is None:
        style = rng.choice(list(styles))
        if style == "ocr_l" and "1" not in padded:
            style = "canonical"
    return styles[style], style


def bank_name(c, trunc=True):
    t = unicodedata.normalize("NFKD", c["name"])
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).upper()
    t = re.sub(r"[^A-Z0-9&/ .-]", "", t)
    return t[:18].strip() if trunc else t


def channel_for(cur):
    if cur == "GBP":
        return rng.choice(["BACS", "BACS", "FPS", "FPS", "FPS", "CHAPS", "CHQ"])
    if cur == "EUR":
        return rng.choice(["SEPA", "SEPA", "SEPA", "SEPAINST"])
    return rng.choice(["ACH", "ACH", "WIRE", "LOCKBOX"])


def wrap_ref(token, cur, payer, channel=None):
    """Bank reference text carrying `token` (an invoice spelling or other text)."""
    ch = channel or channel_for(cur)
    if ch == "BACS":
        return rng.choice([token, f"{token}", f"{payer[:10].strip()} {token}"]), ch
    if ch == "FPS":
        return rng.choice([f"FP {token}", f"{token} {code(5)}", f"FASTER PAYMENT {token}"]), ch
    if ch == "CHAPS":
        return f"CHAPS/{code(8)}/{token}", ch
    if ch == "CHQ":
        return f"CHQ {rng.randint(100000, 199999)} {token}", ch
    if ch == "CARD":
        return f"PDQ TID {rng.randint(20000000, 29999999)} AUTH {code(6)} {token}", ch
    if ch == "SEPA":
        return rng.choice([f"SEPA CT /EREF/{code(10)} /RMT/{token}", f"{token}", f"SCT {token} {code(6)}"]), ch
    if ch == "SEPAINST":
        return f"SEPA INST {token}", ch
    if ch == "ACH":
        return rng.choice([f"ACH CCD {payer[:16].strip()} {token}", f"ACH CREDIT {token}"]), ch
    if ch == "WIRE":
        return f"FEDWIRE IMAD {code(10)} OBI {token}", ch
    if ch == "LOCKBOX":
        return f"LOCKBOX 7734 BATCH {rng.randint(100, 999)} CHK {rng.randint(100000, 199999)} {token}", ch
    raise ValueError(ch)


NOREF_TEXT = {
    "GBP": ["TRADE COUNTER SALE", "PDQ TID {tid} AUTH {code}", "PAYMENT THANK YOU", "BACS CREDIT",
            "FP {code}", "ACCOUNT PAYMENT", "CHQ {chq}"],
    "EUR": ["SEPA CT /EREF/{code}", "PAYMENT", "SEPA INST {code}", "CARD {code}"],
    "USD": ["ACH CREDIT {code}", "LOCKBOX 7734 BATCH {b} CHK {chq}", "CARD SETTLEMENT {code}", "WIRE IN {code}"],
}


def noref_text(cur):
    t = rng.choice(NOREF_TEXT[cur])
    return t.format(tid=rng.randint(20000000, 29999999), code=code(7), chq=rng.randint(100000, 199999),
                    b=rng.randint(100, 999))


# --------------------------------------------------------------------------- payments
payments, labels = [], []
paid_pool = []  # (invoice, amount, customer) fully paid by a clean single payment


def add(pay, lab):
    pay = {"id": f"pay_367_{len(payments) + 1:04d}", **pay}
    for k in ("date",):
        pay.setdefault(k, None)
    payments.append(pay)
    lab = {"payment_id": pay["id"], **lab}
    labels.append(lab)
    for a in lab["applications"]:
        amt = Decimal(a["amount"])
        assert 0 < amt <= bal[a["invoice_id"]], (lab, bal[a["invoice_id"]])
        bal[a["invoice_id"]] -= amt
    return pay


def label(status, amount, apps=(), short=None, cands=(), reason="", scenario="", note="", error=None):
    applied = sum((a for _, a in apps), ZERO)
    lab = {"status": status,
           "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
           "unapplied": s(amount - applied) if amount is not None else "0.00",
           "short_pay": short,
           "candidates": [[i["id"] for i in c] for c in cands],
           "reason": reason, "scenario": scenario, "note": note}
    if error:
        lab["error"] = error
    return lab


def P(amount, cur, payer, cid, ref, rem=None):
    return {"date": None, "amount": amount if isinstance(amount, str) else s(amount), "currency": cur,
            "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}


class Retry(Exception):
    pass


def pick(pred, pool=None):
    pool = pool if pool is not None else invoices
    cands = [i for i in pool if bal[i["id"]] > 0 and pred(i)]
    if not cands:
        raise Retry("no invoice")
    return rng.choice(cands)


def remit_header(c):
    return rng.choice([f"Remittance advice - {c['name']}", f"{c['name']} - payment advice",
                       "REMITTANCE ADVICE", f"From: accounts@{re.sub('[^a-z]', '', c['name'].lower())[:14]}.example"])


def sc_exact_ref(in_remittance=False):
    inv = pick(lambda i: True)
    c = CUST[inv["customer_id"]]
    amt = bal[inv["id"]]
    tok, style = spell(inv)
    payer = bank_name(c)
    if in_remittance:
        ref = noref_text(inv["currency"])
        rem = f"{remit_header(c)}\nWe have paid {tok} {SYM[inv['currency']]}{commas(amt)}"
        ch = "advice"
    else:
        ref, ch = wrap_ref(tok, inv["currency"], payer)
        rem = None
    add(P(amt, inv["currency"], payer, c["id"], ref, rem),
        label("applied", amt, [(inv, amt)], reason=f"reference names {inv['number']} ({style}); amount equals its balance",
              scenario="exact_ref_remittance" if in_remittance else "exact_ref",
              note=f"{ch}; spelling {style}" + ("; part-paid invoice, pays the balance" if inv['balance'] != inv['total'] else "")))
    paid_pool.append((inv, amt, c))


def sc_multi_listed():
    c = rng.choice(customers)
    cur = rng.choice(c["currencies"])
    S = open_of(c["id"], cur)
    if len(S) < 2:
        raise Retry()
    k = min(len(S), rng.choice([2, 2, 3, 3, 4, 5]))
    chosen = sorted(rng.sample(S, k), key=ikey)
    amt = sum(bal[i["id"]] for i in chosen)
    lines = [f"{spell(i, rng.choice(['canonical', 'nodash', 'nozeros', 'bare']))[0]}  {SYM[cur]}{commas(bal[i['id']])}"
             for i in chosen]
    if rng.random() < 0.3:
        ref = "/".join(spell(i, "nodash")[0] for i in chosen)
        if len(ref) > 35:
            raise Retry()
        rem = None
    else:
        ref = wrap_ref(rng.choice(["SEE REMITTANCE", "PAYMENT RUN " + code(4), "SUPPLIER PAYMENT"]), cur, bank_name(c))[0]
        rem = remit_header(c) + "\n" + "\n".join(lines) + f"\nTotal {SYM[cur]}{commas(amt)}"
    add(P(amt, cur, bank_name(c), c["id"], ref, rem),
        label("applied", amt, [(i, bal[i["id"]]) for i in chosen],
              reason=f"{k} invoices listed; amount equals the sum of their balances",
              scenario="multi_listed", note=f"{k} invoices listed in {'reference' if rem is None else 'remittance'}"))


def sc_multi_total():
    c = rng.choice(customers)
    cur = rng.choice(c["currencies"])
    S = open_of(c["id"], cur)
    if not 2 <= len(S) <= 5:
        raise Retry()
    amt = sum(bal[i["id"]] for i in S)
    ref, ch = wrap_ref(rng.choice(["STATEMENT", "ACCOUNT SETTLEMENT", "PAYMENT", "CLEAR ACCOUNT"]), cur, bank_name(c))
    add(P(amt, cur, bank_name(c), c["id"], ref, None),
        label("applied", amt, [(i, bal[i["id"]]) for i in S],
              reason=f"no invoice named; amount equals the total of all {len(S)} open {cur} invoices",
              scenario="multi_unlisted_total", note=f"statement settlement, {len(S)} invoices"))


def sc_unique_amount():
    inv = pick(lambda i: True)
    c = CUST[inv["customer_id"]]
    if not unique_single(c["id"], inv["currency"], inv):
        raise Retry()
    amt = bal[inv["id"]]
    add(P(amt, inv["currency"], bank_name(c), c["id"], noref_text(inv["currency"]), None),
        label("applied", amt, [(inv, amt)], reason="no invoice named; amount equals exactly one open invoice and no combination",
              scenario="unique_amount_noref", note="card/cheque/counter payment without invoice number"))
    paid_pool.append((inv, amt, c))


PART_PHRASES = ["part payment", "payment on account", "instalment 1 of 3", "stage payment, balance to follow",
                "part payment - balance to follow next month"]


def sc_part_payment():
    inv = pick(lambda i: bal[i["id"]] >= 200)
    c = CUST[inv["customer_id"]]
    b = bal[inv["id"]]
    amt = q(int(b * Decimal(str(round(rng.uniform(0.2, 0.8), 2)))))
    if not 0 < amt < b:
        raise Retry()
    tok, style = spell(inv)
    phrase = rng.choice(PART_PHRASES)
    if rng.random() < 0.4:
        ref = wrap_ref(f"{tok} PART PAYMENT", inv["currency"], bank_name(c))[0]
        rem = None
        phrase = "PART PAYMENT in reference"
    else:
        ref = wrap_ref(tok, inv["currency"], bank_name(c))[0]
        rem = f"{remit_header(c)}\n{inv['number']}: {phrase}, {SYM[inv['currency']]}{commas(amt)}"
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, rem),
        label("partial", amt, [(inv, amt)], reason=f"{inv['number']} named, stated as a part payment; balance stays open",
              scenario="part_payment", note=phrase))


DEDUCTIONS = {
    "bank fee": ["less bank charges {sym}{amt}", "bank fee {sym}{amt} deducted by our bank", "{sym}{amt} wire fee deducted"],
    "withholding tax": ["less withholding tax {sym}{amt}", "WHT deducted {sym}{amt}"],
    "early-payment discount": ["less {pct}% prompt payment discount ({sym}{amt})", "early settlement discount taken {sym}{amt}"],
    "damaged goods": ["less {sym}{amt} for damaged goods (delivery note DN{dn})", "deducted {sym}{amt} damaged goods, photos sent"],
}


def sc_short_stated():
    kind = rng.choice(["bank fee", "bank fee", "withholding tax", "early-payment discount", "early-payment discount",
                       "damaged goods", "damaged goods"])
    inv = pick(lambda i: bal[i["id"]] >= 150)
    c = CUST[inv["customer_id"]]
    b = bal[inv["id"]]
    pct = None
    if kind == "bank fee":
        ded = q(rng.choice(["6.00", "8.50", "10.00", "12.50", "15.00", "25.00"]))
    elif kind == "withholding tax":
        pct = rng.choice([5, 10])
        ded = q(b * pct / 100)
    elif kind == "early-payment discount":
        pct = rng.choice(["2", "2.5", "3.75"])
        ded = q(b * Decimal(pct) / 100)
    else:
        ded = q(b * Decimal(str(round(rng.uniform(0.03, 0.25), 3))))
    amt = b - ded
    if not 0 < ded < b:
        raise Retry()
    phrase = rng.choice(DEDUCTIONS[kind]).format(sym=SYM[inv["currency"]], amt=commas(ded), pct=pct, dn=code(5))
    tok, style = spell(inv)
    fee_ch = {"GBP": "CHAPS", "EUR": "SEPA", "USD": "WIRE"}[inv["currency"]] if kind == "bank fee" else None
    ref = wrap_ref(tok, inv["currency"], bank_name(c), fee_ch)[0]
    rem = f"{remit_header(c)}\n{inv['number']} {SYM[inv['currency']]}{commas(b)} {phrase}\nPaid {SYM[inv['currency']]}{commas(amt)}"
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, rem),
        label("partial", amt, [(inv, amt)], short={"invoice_id": inv["id"], "amount": s(ded), "reason": kind},
              reason=f"{inv['number']} named; short by {s(ded)}, stated {kind}",
              scenario="short_pay_stated", note=f"{kind}: {phrase}"))


def sc_short_unexplained():
    inv = pick(lambda i: bal[i["id"]] >= 100)
    c = CUST[inv["customer_id"]]
    b = bal[inv["id"]]
    mode = rng.choice(["round_down", "pct", "pennies"])
    if mode == "round_down":
        amt = q(int(b / 10) * 10)
    elif mode == "pct":
        amt = q(b * Decimal(str(round(rng.uniform(0.85, 0.99), 3))))
    else:
        amt = b - q(rng.choice(["0.01", "0.10", "1.00", "0.50"]))
    if not 0 < amt < b:
        raise Retry()
    tok, style = spell(inv)
    ref = wrap_ref(tok, inv["currency"], bank_name(c))[0]
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, None),
        label("partial", amt, [(inv, amt)], short={"invoice_id": inv["id"], "amount": s(b - amt), "reason": "unexplained"},
              reason=f"{inv['number']} named; short by {s(b - amt)} with no reason given",
              scenario="short_pay_unexplained", note=mode))


def sc_fx_short():
    # customer paying an invoice in a currency other than its own account currency, bank conversion short
    inv = pick(lambda i: bal[i["id"]] >= 200 and (
        (CUST[i["customer_id"]]["region"] == "IE" and i["currency"] == "GBP") or
        (CUST[i["customer_id"]]["region"] == "NI" and i["currency"] == "EUR")))
    c = CUST[inv["customer_id"]]
    b = bal[inv["id"]]
    amt = q(b * Decimal(str(round(rng.uniform(0.975, 0.996), 3))))
    home = "EUR" if inv["currency"] == "GBP" else "GBP"
    rate = Decimal("1.19") if home == "EUR" else Decimal("0.84")
    tok, style = spell(inv)
    ref = wrap_ref(tok, inv["currency"], bank_name(c), "BACS" if inv["currency"] == "GBP" else "SEPA")[0]
    rem = (f"{remit_header(c)}\n{inv['number']} - sent {home} {commas(b * rate)} from our {home} account, "
           f"converted by our bank at their exchange rate")
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, rem),
        label("partial", amt, [(inv, amt)], short={"invoice_id": inv["id"], "amount": s(b - amt), "reason": "fx shortfall"},
              reason=f"{inv['number']} named; short by {s(b - amt)} after the payer's currency conversion",
              scenario="fx_shortfall", note=f"sent from {home} account"))


def sc_overpay():
    mode = rng.choice(["paid_total", "extra", "extra"])
    if mode == "paid_total":
        inv = pick(lambda i: i["balance"] != i["total"] and bal[i["id"]] == Decimal(i["balance"]))
        amt = Decimal(inv["total"])
    else:
        inv = pick(lambda i: True)
        amt = bal[inv["id"]] + q(rng.choice([rng.uniform(1, 40), rng.uniform(50, 400)]))
    c = CUST[inv["customer_id"]]
    b = bal[inv["id"]]
    excess = amt - b
    if any(bal[i["id"]] == excess for i in open_of(c["id"], inv["currency"]) if i is not inv):
        raise Retry()
    tok, style = spell(inv)
    ref = wrap_ref(tok, inv["currency"], bank_name(c))[0]
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, None),
        label("unapplied", amt, [(inv, b)], reason=f"{inv['number']} named; paid {s(amt)} against balance {s(b)}; excess held",
              scenario="overpayment", note="paid original total of part-paid invoice" if mode == "paid_total" else "paid more than balance"))


def sc_duplicate():
    pool = [(i, a, c) for i, a, c in paid_pool if bal[i["id"]] == 0]
    if not pool:
        raise Retry()
    inv, amt, c = rng.choice(pool)
    paid_pool.remove((inv, amt, c))
    tok, style = spell(inv)
    ref = wrap_ref(tok, inv["currency"], bank_name(c))[0]
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, None),
        label("unapplied", amt, [], reason=f"{inv['number']} already paid earlier in this run; held on account",
              scenario="duplicate_payment", note="second payment of an invoice paid earlier"))


def alias_for(c):
    words = [w for w in norm_name(c["name"]).split() if w not in ("AND",)]
    forms = []
    if c["translit"] and not c["translit"][1]:
        forms.append(("transliteration", c["translit"][0]))
    if c["kind"] == "cash":
        first, last = c["name"].split()[0], c["name"].split()[-1]
        forms.append(("person", f"{rng.choice(['MR', 'MRS', 'MS'])} {first[0]} {last.upper()}"))
        forms.append(("person", f"{last.upper()} {first[0]}"))
    else:
        forms.append(("parent company", f"{next(w for w in words if len(w) >= 3)} GROUP HOLDINGS LTD"))
        forms.append(("trading name", f"{rng.choice(UK_PLACE + IE_PLACE).upper()} {rng.choice(['TRADE SUPPLIES', 'HOME IMPROVEMENTS', 'PROPERTY SERVICES'])}"))
        forms.append(("director paying", f"{rng.choice(['MR', 'MRS', 'MS'])} {rng.choice(FIRST)[0]} {rng.choice(UK_SURN + IE_SURN + US_SURN).upper()}"))
        forms.append(("abbreviated", " ".join(w[0] if i else w for i, w in enumerate(words))[:18]))
        if c["region"] == "US":
            forms.append(("management company", f"{words[0]} MGMT SVCS"))
    kind, name = rng.choice(forms)
    if resolve(name) is not None:
        raise Retry()
    return kind, name


def sc_payer_variant_applied():
    inv = pick(lambda i: True)
    c = CUST[inv["customer_id"]]
    kind, payer = alias_for(c)
    amt = bal[inv["id"]]
    tok, style = spell(inv)
    ref = wrap_ref(tok, inv["currency"], payer)[0]
    add(P(amt, inv["currency"], payer, None, ref, None),
        label("applied", amt, [(inv, amt)], reason=f"payer not on file; reference {inv['number']} with exact balance identifies it",
              scenario="payer_variant_applied", note=f"{kind}: '{payer}' for '{c['name']}'"))


def resolvable_variant(c):
    forms = []
    base = bank_name(c, trunc=False)
    if c["translit"] and c["translit"][1]:
        forms.append(("accents dropped", c["translit"][0]))
    forms.append(("upper case, punctuation", re.sub(r"[.&()'-]", " ", base).replace("  ", " ").strip()))
    forms.append(("suffix changed", re.sub(r"\b(LTD|LIMITED|LLC|INC\.?|PLC|TEORANTA|DAC|CORP\.?)$", "", base).strip() +
                  rng.choice([" LIMITED", " LTD", ""])))
    forms.append(("bank-truncated", base[:18]))
    kind, name = rng.choice(forms)
    r = resolve(name)
    if r is not c:
        raise Retry()
    return kind, name


def sc_payer_identified():
    inv = pick(lambda i: True)
    c = CUST[inv["customer_id"]]
    kind, payer = resolvable_variant(c)
    amt = bal[inv["id"]]
    if rng.random() < 0.7:
        tok, style = spell(inv)
        ref = wrap_ref(tok, inv["currency"], payer)[0]
        why = f"payer name matches {c['name']}; reference {inv['number']} with exact balance"
    else:
        if not unique_single(c["id"], inv["currency"], inv):
            raise Retry()
        ref = noref_text(inv["currency"])
        why = f"payer name matches {c['name']}; amount equals exactly one open invoice"
    add(P(amt, inv["currency"], payer, None, ref, None),
        label("applied", amt, [(inv, amt)], reason=why, scenario="payer_name_identified", note=f"{kind}: '{payer}'"))
    paid_pool.append((inv, amt, c))


def sc_payer_variant_review():
    inv = pick(lambda i: bal[i["id"]] >= 100)
    c = CUST[inv["customer_id"]]
    kind, payer = alias_for(c)
    b = bal[inv["id"]]
    if rng.random() < 0.6:
        amt = b
        cands = sorted(([i] for i in invoices if bal[i["id"]] == amt and i["currency"] == inv["currency"]),
                       key=lambda x: ikey(x[0]))[:5]
        add(P(amt, inv["currency"], payer, None, noref_text(inv["currency"]), None),
            label("review", amt, cands=cands, reason="payer not on file and no invoice named; amount matches open invoice(s)",
                  scenario="payer_variant_review", note=f"{kind}: '{payer}' for '{c['name']}', no reference"))
    else:
        amt = q(b * Decimal("0.9"))
        tok, style = spell(inv)
        add(P(amt, inv["currency"], payer, None, wrap_ref(tok, inv["currency"], payer)[0], None),
            label("review", amt, cands=[[inv]], reason=f"payer not on file; {inv['number']} named but amount {s(amt)} is not its balance {s(b)}",
                  scenario="payer_variant_review", note=f"{kind}: '{payer}' for '{c['name']}', short on named invoice"))


def typo_of(inv):
    n = str(int(inv["number"][4:]))
    for _ in range(30):
        d = list(n)
        if rng.random() < 0.5:
            k = rng.randrange(len(d) - 1)
            if d[k] == d[k + 1]:
                continue
            d[k], d[k + 1] = d[k + 1], d[k]
            kind = "transposed digits"
        else:
            k = rng.randrange(2, len(d))
            d[k] = rng.choice([x for x in "0123456789" if x != d[k]])
            kind = "wrong digit"
        t = int("".join(d))
        if t not in NUMS and 10000 <= t:
            return t, kind
    raise Retry()


def sc_typo_resolved():
    inv = pick(lambda i: True)
    c = CUST[inv["customer_id"]]
    if not unique_single(c["id"], inv["currency"], inv):
        raise Retry()
    t, kind = typo_of(inv)
    amt = bal[inv["id"]]
    ref = wrap_ref(rng.choice([f"INV-{t:07d}", f"INV{t}", str(t)]), inv["currency"], bank_name(c))[0]
    add(P(amt, inv["currency"], bank_name(c), c["id"], ref, None),
        label("applied", amt, [(inv, amt)], reason=f"reference {t} is no open invoice; amount equals exactly one open invoice ({inv['number']})",
              scenario="typo_resolved", note=f"{kind}: {t} for {inv['number']}"))


def sc_typo_review():
    if rng.random() < 0.6:
        # known customer, amount shared by several open invoices
        inv = pick(lambda i: sum(1 for j in open_of(i["customer_id"], i["currency"]) if bal[j["id"]] == bal[i["id"]]) >= 2)
        c = CUST[inv["customer_id"]]
        t, kind = typo_of(inv)
        amt = bal[inv["id"]]
        ref = wrap_ref(f"INV{t}", inv["currency"], bank_name(c))[0]
        add(P(amt, inv["currency"], bank_name(c), c["id"], ref, None),
            label("review", amt, cands=noref_cands(c["id"], inv["currency"], amt),
                  reason=f"reference {t} is no open invoice; amount matches several open invoices",
                  scenario="typo_review", note=f"{kind}: {t} for {inv['number']}; amount shared"))
    else:
        inv = pick(lambda i: True)
        c = CUST[inv["customer_id"]]
        kind0, payer = alias_for(c)
        t, kind = typo_of(inv)
        amt = bal[inv["id"]]
        cands = sorted(([i] for i in invoices if bal[i["id"]] == amt and i["currency"] == inv["currency"]),
                       key=lambda x: ikey(x[0]))[:5]
        ref = wrap_ref(f"INV-{t:07d}", inv["currency"], payer)[0]
        add(P(amt, inv["currency"], payer, None, ref, None),
            label("review", amt, cands=cands, reason=f"payer not on file; reference {t} is no open invoice",
                  scenario="typo_review", note=f"{kind}: {t} for {inv['number']}; payer {kind0} '{payer}'"))


def sc_other_customer():
    a = rng.choice(customers)
    cur = a["currencies"][0]
    inv = pick(lambda i: i["currency"] == cur and i["customer_id"] != a["id"])
    amt = bal[inv["id"]]
    cands = [[i] for i in open_of(a["id"], cur) if bal[i["id"]] == amt][:5]
    tok, style = spell(inv)
    ref = wrap_ref(tok, cur, bank_name(a))[0]
    add(P(amt, cur, bank_name(a), a["id"], ref, None),
        label("review", amt, cands=cands, reason=f"{inv['number']} belongs to {inv['customer_name']}, not the paying customer",
              scenario="other_customer_invoice", note=f"{a['name']} paid {inv['customer_name']}'s invoice"))


def sc_same_amount():
    inv = pick(lambda i: sum(1 for j in open_of(i["customer_id"], i["currency"]) if bal[j["id"]] == bal[i["id"]]) >= 2)
    c = CUST[inv["customer_id"]]
    amt = bal[inv["id"]]
    cands = noref_cands(c["id"], inv["currency"], amt)
    add(P(amt, inv["currency"], bank_name(c), c["id"], rng.choice([noref_text(inv["currency"]), "SCAFFOLD HIRE", "MONTHLY HIRE"]), None),
        label("review", amt, cands=cands, reason=f"no invoice named; {s(amt)} is open on {sum(1 for x in cands if len(x) == 1)} invoices",
              scenario="same_amount_ambiguous", note="repeat fixed-price invoices"))


def sc_currency_mismatch():
    inv = pick(lambda i: len(CUST[i["customer_id"]]["currencies"]) == 1 and CUST[i["customer_id"]]["region"] in ("UK", "IE"))
    c = CUST[inv["customer_id"]]
    other = "EUR" if inv["currency"] == "GBP" else "GBP"
    b = bal[inv["id"]]
    rate = {("GBP", "EUR"): "1.19", ("EUR", "GBP"): "0.84", ("USD", "GBP"): "0.79", ("GBP", "USD"): "1.27",
            ("EUR", "USD"): "1.08", ("USD", "EUR"): "0.93"}[(inv["currency"], other)]
    amt = b if rng.random() < 0.4 else q(b * Decimal(rate))
    tok, style = spell(inv)
    ref = wrap_ref(tok, other, bank_name(c))[0]
    add(P(amt, other, bank_name(c), c["id"], ref, None),
        label("review", amt, cands=[], reason=f"{inv['number']} is a {inv['currency']} invoice; payment arrived in {other}",
              scenario="currency_mismatch", note="same figure, other currency" if amt == b else "converted amount, other currency"))


def sc_subset_review():
    c = rng.choice(customers)
    cur = rng.choice(c["currencies"])
    S = open_of(c["id"], cur)
    if len(S) < 3:
        raise Retry()
    pair = rng.sample(S, 2)
    amt = sum(bal[i["id"]] for i in pair)
    if any(bal[i["id"]] == amt for i in S):
        raise Retry()
    cands = noref_cands(c["id"], cur, amt)
    add(P(amt, cur, bank_name(c), c["id"], noref_text(cur), None),
        label("review", amt, cands=cands, reason="no invoice named; amount equals a combination of some open invoices, not all",
              scenario="subset_sum_review", note=f"{len(cands)} combination(s)"))


def sc_known_no_fit():
    c = rng.choice(customers)
    cur = rng.choice(c["currencies"])
    if not open_of(c["id"], cur):
        raise Retry()
    amt = q(rng.choice([rng.uniform(20, 300), rng.uniform(300, 5000)]))
    if not fits_nothing(c["id"], cur, amt):
        raise Retry()
    if rng.random() < 0.4:
        old = rng.randint(48000, 51100)
        ref = wrap_ref(f"INV-{old:07d}", cur, bank_name(c))[0]
        note = f"references {old}, not an open invoice"
    else:
        ref = noref_text(cur)
        note = "no reference"
    add(P(amt, cur, bank_name(c), c["id"], ref, None),
        label("unapplied", amt, [], reason="known customer; amount fits no open invoice or combination; held on account",
              scenario="known_no_fit", note=note))


UNKNOWN_PAYERS = ["ACORN LETTINGS", "MR T BRADY", "SUNNYSIDE HOLIDAY PARKS", "K AND R MAINTENANCE", "HMRC VAT REPAYMENT",
                  "STRIPE PAYMENTS UK", "BLUE SKY FACILITIES", "DUFFY P", "GREENWAY PROPERTY MGMT", "EVERGREEN HOA",
                  "J MCLAUGHLIN", "NORTHSTAR INSURANCE CLAIMS"]


def sc_unknown_no_fit():
    cur = rng.choice(["GBP", "GBP", "EUR", "USD"])
    payer = rng.choice(UNKNOWN_PAYERS)
    if resolve(payer) is not None:
        raise Retry()
    amt = q(rng.uniform(25, 3000))
    if any(bal[i["id"]] == amt and i["currency"] == cur for i in invoices):
        raise Retry()
    add(P(amt, cur, payer, None, noref_text(cur), None),
        label("review", amt, cands=[], reason="payer not on file, no invoice named, amount matches nothing",
              scenario="unknown_no_fit", note=payer))


BAD = [
    ("amount", "1O4.50", "amount is not a number (letter O)"),
    ("amount", "-350.00", "negative amount (returned item)"),
    ("currency", None, "currency missing"),
    ("currency", "STG", "invalid currency code STG"),
    ("date", "2025-02-30", "date does not exist"),
    ("date", "14/03/2025", "date not ISO 8601"),
]
bad_iter = iter(BAD)


def sc_bad():
    field, value, err = next(bad_iter)
    inv = pick(lambda i: True)
    c = CUST[inv["customer_id"]]
    pay = P(bal[inv["id"]], inv["currency"], bank_name(c), c["id"], wrap_ref(spell(inv)[0], inv["currency"], bank_name(c))[0])
    if field == "date":
        pay["_date"] = value
    else:
        pay[field] = value
    lab = label("review", None, reason=f"bad row: {err}", scenario="bad_row", note=f"{field}={value!r}", error=err)
    add(pay, lab)


SCEN = ([("exact_ref", lambda: sc_exact_ref(False))] * 104 + [("exact_ref_remittance", lambda: sc_exact_ref(True))] * 15 +
        [("multi_listed", sc_multi_listed)] * 30 + [("multi_unlisted_total", sc_multi_total)] * 12 +
        [("unique_amount_noref", sc_unique_amount)] * 20 + [("part_payment", sc_part_payment)] * 20 +
        [("short_pay_stated", sc_short_stated)] * 25 + [("short_pay_unexplained", sc_short_unexplained)] * 12 +
        [("fx_shortfall", sc_fx_short)] * 8 + [("overpayment", sc_overpay)] * 15 +
        [("duplicate_payment", sc_duplicate)] * 10 + [("payer_variant_applied", sc_payer_variant_applied)] * 25 +
        [("payer_name_identified", sc_payer_identified)] * 20 + [("payer_variant_review", sc_payer_variant_review)] * 8 +
        [("typo_resolved", sc_typo_resolved)] * 8 + [("typo_review", sc_typo_review)] * 8 +
        [("other_customer_invoice", sc_other_customer)] * 8 + [("same_amount_ambiguous", sc_same_amount)] * 12 +
        [("currency_mismatch", sc_currency_mismatch)] * 8 + [("subset_sum_review", sc_subset_review)] * 6 +
        [("known_no_fit", sc_known_no_fit)] * 12 + [("unknown_no_fit", sc_unknown_no_fit)] * 8 +
        [("bad_row", sc_bad)] * 6)
assert len(SCEN) == 400, len(SCEN)
rng.shuffle(SCEN)
# second payments need an earlier payment to duplicate: keep them out of the first 150 slots
for k in range(150):
    if SCEN[k][0] == "duplicate_payment":
        j = rng.choice([j for j in range(200, 400) if SCEN[j][0] != "duplicate_payment"])
        SCEN[k], SCEN[j] = SCEN[j], SCEN[k]

for name, fn in SCEN:
    for attempt in range(500):
        try:
            fn()
            break
        except Retry:
            continue
    else:
        raise SystemExit(f"could not build scenario {name}")

# dates: oldest first, business days 6 Jan - 28 Mar 2025
days = []
d = dt.date(2025, 1, 6)
while d <= dt.date(2025, 3, 28):
    if d.weekday() < 5 and d not in (dt.date(2025, 1, 1),):
        days.append(d)
    d += dt.timedelta(days=1)
dates = sorted(rng.choice(days) for _ in payments)
for p, d in zip(payments, dates):
    p["date"] = p.pop("_date", None) or d.isoformat()

FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
payments = [{k: p[k] for k in FIELDS} for p in payments]
IFIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"]
invoices_out = [{k: i[k] for k in IFIELDS} for i in invoices]

os.makedirs(OUT, exist_ok=True)
for fname, obj in (("invoices.json", invoices_out), ("payments.json", payments), ("labels.json", labels)):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)
        f.write("\n")
from collections import Counter
print(len(invoices_out), "invoices,", len(customers), "customers,", len(payments), "payments")
for k, v in sorted(Counter(l["scenario"] for l in labels).items()):
    print(f"  {k:24s} {v}")
print(Counter(l["status"] for l in labels))
