#!/usr/bin/env python3
"""Blind cash-application ledger: pallet & packaging supplier, BE/NL/LU/FR (+CH, UK).
Deterministic, stdlib only.  Writes invoices.json, payments.json, labels.json, README.md."""
import json, random, unicodedata, os, itertools
from datetime import date, timedelta
from collections import Counter, defaultdict

SEED = 230_4417
rng = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
def money(c):
    s = "-" if c < 0 else ""
    c = abs(c)
    return f"{s}{c // 100}.{c % 100:02d}"

def fmt_loc(c, loc):
    """amount as a person of that locale writes it"""
    e, d = divmod(c, 100)
    grp = f"{e:,}"
    if loc in ("en-GB",):
        return f"{grp}.{d:02d}"
    if loc == "de-CH":
        return f"{grp.replace(',', chr(39))}.{d:02d}"
    if loc == "fr-FR":
        return f"{grp.replace(',', ' ')},{d:02d}"
    return f"{grp.replace(',', '.')},{d:02d}"

def strip_acc(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))

def lang_of(loc):
    return loc.split("-")[0]

# ---------------------------------------------------------------- stage 1: customers
FAM = {
    "nl-BE": (["Verpakkingen", "Houthandel", "Logistiek", "Paletten", "Transport", "Distributie"],
              ["Janssens", "Peeters", "Maes", "Claes", "Wouters", "De Smet", "Vermeulen", "Goossens", "Willems", "Mertens"],
              ["NV", "BV", "BVBA", "CommV"]),
    "fr-BE": (["Emballages", "Logistique", "Transports", "Scierie", "Palettes"],
              ["Dubois", "Lambert", "Dupont", "Leclercq", "Renard", "Lejeune", "Collignon"],
              ["SA", "SRL", "SPRL", "SCRL"]),
    "de-BE": (["Holzbau", "Spedition", "Verpackung"],
              ["Kessel", "Schröder", "Heck", "Margraff"],
              ["AG", "PGmbH", "GmbH"]),
    "nl-NL": (["Verpakking", "Logistiek", "Pallethandel", "Distributie", "Koelvervoer"],
              ["Van Dijk", "De Vries", "Bakker", "Visser", "Smit", "Mulder", "De Boer", "Van den Berg", "Jansen", "Bos"],
              ["B.V.", "B.V.", "V.O.F.", "Holding B.V."]),
    "fr-LU": (["Emballages", "Logistique", "Transports"],
              ["Weber", "Schmit", "Muller", "Hoffmann", "Wagner"],
              ["S.à r.l.", "S.A."]),
    "de-LU": (["Logistik", "Verpackungen"],
              ["Thill", "Kremer", "Reuter"],
              ["S.à r.l.", "S.A."]),
    "fr-FR": (["Emballages", "Logistique", "Transports", "Cartonnages", "Palettes", "Entrepôts"],
              ["Moreau", "Girard", "Fontaine", "Rousseau", "Lefèvre", "Garnier", "Mercier", "Chevalier", "Faure"],
              ["SAS", "SARL", "SA", "EURL"]),
    "de-CH": (["Verpackungen", "Logistik", "Holzwerk", "Transporte"],
              ["Keller", "Brunner", "Meier", "Gerber", "Baumann"],
              ["AG", "GmbH"]),
    "fr-CH": (["Emballages", "Logistique"],
              ["Favre", "Rochat", "Perrin"],
              ["SA", "Sàrl"]),
    "en-GB": (["Packaging", "Logistics", "Pallets", "Distribution", "Freight"],
              ["Hughes", "Patel", "Walsh", "Turner", "Osborne", "Reid"],
              ["Ltd", "Limited", "plc"]),
}
LOC_WEIGHT = {"nl-BE": 46, "fr-BE": 30, "de-BE": 6, "nl-NL": 44, "fr-LU": 12, "de-LU": 5,
              "fr-FR": 42, "de-CH": 10, "fr-CH": 5, "en-GB": 20}
CUR = {"de-CH": "CHF", "fr-CH": "CHF", "en-GB": "GBP"}
CITY = {"nl-BE": ["Antwerpen", "Gent", "Mechelen", "Hasselt", "Brugge"], "fr-BE": ["Liège", "Namur", "Charleroi", "Mons"],
        "de-BE": ["Eupen", "Sankt Vith"], "nl-NL": ["Rotterdam", "Tilburg", "Venlo", "Breda", "Zwolle"],
        "fr-LU": ["Luxembourg", "Esch-sur-Alzette"], "de-LU": ["Ettelbruck", "Wiltz"],
        "fr-FR": ["Lille", "Reims", "Metz", "Roubaix", "Amiens"], "de-CH": ["Basel", "Zürich", "Olten"],
        "fr-CH": ["Genève", "Lausanne"], "en-GB": ["Dover", "Leeds", "Hull"]}

def bank_name(name, loc):
    """how the bank statement shows the ordering party"""
    n = strip_acc(name).upper().replace("'", " ")
    parts = n.split()
    forms = {"NV", "BV", "BVBA", "COMMV", "SA", "SRL", "SPRL", "SCRL", "AG", "PGMBH", "GMBH", "B.V.", "V.O.F.",
             "S.A.", "SAS", "SARL", "EURL", "LTD", "LIMITED", "PLC", "SARL", "S.A R.L.", "HOLDING"}
    if loc == "fr-FR" and parts[-1] in forms:           # French banks put the form first
        parts = [parts[-1]] + parts[:-1]
    n = " ".join(parts).replace("S.A R.L.", "SARL").replace("B.V.", "BV")
    lim = {"nl-BE": 35, "fr-BE": 35, "de-BE": 35, "nl-NL": 32, "fr-FR": 32, "fr-LU": 35, "de-LU": 35,
           "de-CH": 35, "fr-CH": 35, "en-GB": 18}[loc]
    return n[:lim].rstrip()

customers = []
used_names = set()
locs = list(LOC_WEIGHT)
wts = [LOC_WEIGHT[l] for l in locs]
cid_n = 0
while len(customers) < 212:
    loc = rng.choices(locs, wts)[0]
    act, fam, frm = FAM[loc]
    a, f, fo = rng.choice(act), rng.choice(fam), rng.choice(frm)
    if loc in ("fr-BE", "fr-FR", "fr-LU", "fr-CH"):
        name = f"{a} {f} {fo}" if rng.random() < .6 else f"{f} {a} {fo}"
        if loc == "fr-FR" and rng.random() < .3:
            name = f"{a} {f} {rng.choice(['du Nord', 'de l’Est', 'et Fils', 'Frères'])} {fo}"
    elif loc == "en-GB":
        name = f"{f} {a} {fo}"
    else:
        name = f"{f} {a} {fo}" if rng.random() < .6 else f"{a} {f} {fo}"
    if name in used_names:
        continue
    used_names.add(name)
    cid_n += 1
    cc = {"nl-BE": "BE", "fr-BE": "BE", "de-BE": "BE", "nl-NL": "NL", "fr-LU": "LU", "de-LU": "LU",
          "fr-FR": "FR", "de-CH": "CH", "fr-CH": "CH", "en-GB": "GB"}[loc]
    customers.append({"id": f"D{cc}{cid_n * 7 + 1000:05d}", "name": name, "loc": loc,
                      "cur": CUR.get(loc, "EUR"), "bank": bank_name(name, loc),
                      "city": rng.choice(CITY[loc])})
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- stage 1: invoices
invoices = []
START = date(2026, 4, 20)
raw = []
for c in customers:
    k = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12])
    rental = rng.random() < .12            # monthly pallet-box rental: identical amounts
    rent_amt = rng.randrange(180_00, 1600_00, 5)
    for j in range(k):
        d = START + timedelta(days=rng.randrange(0, 190))
        if rental and j % 2 == 0:
            tot = rent_amt
        else:
            qty = rng.choice([20, 24, 40, 48, 60, 80, 100, 120, 150, 200, 240, 300, 400, 480, 600])
            unit = rng.randrange(395, 2890)          # cents per pallet / box
            vat = {"EUR": 121 if c["loc"].endswith("BE") else (121 if c["loc"] == "nl-NL" else (117 if "LU" in c["loc"] else 120)),
                   "CHF": 100, "GBP": 100}[c["cur"]]    # intra-EU B2B often 0 %, but keep domestic-like
            tot = qty * unit * vat // 100 + rng.choice([0, 0, 0, 4500, 7500, 12000])  # + transport
        raw.append((d, c["id"], tot))
raw.sort(key=lambda r: (r[0], r[1]))
seq0 = 10040
for n, (d, cid, tot) in enumerate(raw):
    c = CUST[cid]
    terms = rng.choice([30, 30, 30, 45, 60]) if c["loc"] != "fr-FR" else rng.choice([30, 45, 60])
    bal = tot
    if rng.random() < .06:                     # a credit note already reduced the balance
        bal = tot - rng.choice([round(tot * 0.1), 45_00, 120_00, round(tot * 0.25)])
        if bal <= 0:
            bal = tot
    invoices.append({"id": f"inv-{n + 1:05d}", "number": f"FV26-{seq0 + n * 1 + (n // 7):05d}",
                     "customer_id": cid, "customer_name": c["name"], "currency": c["cur"],
                     "total": tot, "balance": bal,
                     "issue_date": d.isoformat(), "due_date": (d + timedelta(days=terms)).isoformat()})
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
BYCUST = defaultdict(list)
for i in invoices:
    BYCUST[i["customer_id"]].append(i)

# ---------------------------------------------------------------- state
state = {i["id"]: i["balance"] for i in invoices}   # open balance in cents, replayed in payment order
touched = set()          # invoices used by any payment so far (kept away from "fresh" picks)
paid_by = {}             # invoice id -> (payment id, amount, reference) when a payment cleared it
reserved = set()         # invoices reserved for later multi-step scenarios

def digits(num):
    return num.split("-")[1]

def opens(cid, d, cur=None):
    return [i for i in BYCUST[cid] if state[i["id"]] > 0 and i["issue_date"] <= d.isoformat()
            and (cur is None or i["currency"] == cur)]

def fresh(cid, d):
    return [i for i in opens(cid, d) if i["id"] not in touched and i["id"] not in reserved
            and state[i["id"]] == i["balance"]]

def amount_hits(amt, cid, d, cur):
    """open invoices (single) of a customer whose balance equals amt"""
    return [i for i in opens(cid, d, cur) if state[i["id"]] == amt]

def pair_hits(amt, cid, d, cur):
    o = opens(cid, d, cur)
    return [(a, b) for a, b in itertools.combinations(o, 2) if state[a["id"]] + state[b["id"]] == amt]

def global_hits(amt, d, cur):
    return [i for i in invoices if state[i["id"]] == amt and i["currency"] == cur and i["issue_date"] <= d.isoformat()]

def ogm(num):
    base = "26" + f"{int(digits(num)):08d}"
    chk = int(base) % 97 or 97
    s = base + f"{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"

def betalingskenmerk(num):
    body = f"{int(digits(num)):08d}" + "0026" + f"{rng.randrange(100, 999)}"
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10]
    chk = 11 - sum(int(x) * y for x, y in zip(reversed(body), w)) % 11
    chk = {10: 1, 11: 0}.get(chk, chk)
    s = str(chk) + body
    return " ".join(s[k:k + 4] for k in range(0, 16, 4))

FACTORS = [
    ("Lagelanden Factoring B.V.", "LAGELANDEN FACTORING BV", "nl"),
    ("Créances du Nord Affacturage SA", "CREANCES DU NORD AFFACTURAGE", "fr"),
    ("Scheldt Commercial Finance NV", "SCHELDT COMMERCIAL FINANCE NV", "nl"),
    ("Moselle Factor S.A.", "MOSELLE FACTOR SA", "fr"),
    ("Rheinbrücke Factoring GmbH", "RHEINBRUCKE FACTORING GMBH", "de"),
]
SUPPLIER = "PALLETA BENELUX NV"

def vir_sepa(payer, motif, refcli=None):
    s = f"VIR SEPA RECU /DE {payer} /MOTIF {motif}"
    if refcli:
        s += f" /REF {refcli}"
    s += f" /ID {rng.randrange(10**9, 10**10)}{rng.choice('ABCDEFGH')}"
    return s[:140]

def prlv(payer, nums):
    rum = f"PB{rng.randrange(2019, 2025)}{rng.randrange(1000, 9999)}"
    s = f"PRLV SEPA {SUPPLIER} /RUM {rum} /DE {payer} /LIB {' '.join(nums)}"
    return s[:140], rum

# ---------------------------------------------------------------- stage 2: texts
def inv_word(lang, plural=False):
    return {"nl": "facturen" if plural else "factuur", "fr": "factures" if plural else "facture",
            "de": "Rechnungen" if plural else "Rechnung", "en": "invoices" if plural else "invoice"}[lang]

def advice(c_name, loc, cur, lines, total, extra=None, head=None):
    """a remittance advice: lines = [(number, amount_cents, note_or_None)]"""
    lg = lang_of(loc)
    sym = {"EUR": "EUR", "CHF": "CHF", "GBP": "GBP"}[cur]
    H = {"nl": f"Betalingsadvies van {c_name}\nWij hebben vandaag {fmt_loc(total, loc)} {sym} overgemaakt voor:",
         "fr": f"Avis de paiement – {c_name}\nNous avons viré ce jour {fmt_loc(total, loc)} {sym} pour :",
         "de": f"Zahlungsavis {c_name}\nHeute überwiesen: {fmt_loc(total, loc)} {sym} für:",
         "en": f"Remittance advice – {c_name}\nWe have today paid {sym} {fmt_loc(total, loc)} in respect of:"}[lg]
    if head:
        H = head
    W = {"nl": "Factuur", "fr": "Facture", "de": "Rechnung", "en": "Invoice"}[lg]
    out = [H]
    for num, amt, note in lines:
        row = f"  {W} {num}    {fmt_loc(amt, loc)}"
        if note:
            row += f"    {note}"
        out.append(row)
    if extra:
        out.append(extra)
    out.append({"nl": "Met vriendelijke groeten,\nBoekhouding / crediteuren", "fr": "Cordialement,\nService comptabilité fournisseurs",
                "de": "Freundliche Grüsse\nKreditorenbuchhaltung" if loc == "de-CH" else "Mit freundlichen Grüßen\nKreditorenbuchhaltung",
                "en": "Kind regards,\nAccounts Payable"}[lg])
    return "\n".join(out)

def ref_single(c, inv, allow_struct=True):
    """reference line as the customer's bank would carry it for one invoice"""
    loc, num = c["loc"], inv["number"]
    r = rng.random()
    if loc in ("nl-BE", "fr-BE", "de-BE") and allow_struct and r < .5:
        return ogm(num), "ogm"
    if loc == "nl-NL" and allow_struct and r < .45:
        return betalingskenmerk(num), "betalingskenmerk"
    if loc in ("fr-FR", "fr-LU") and r < .8:
        return vir_sepa(c["bank"], rng.choice(["FACTURE ", "FACT ", "REGLEMENT FACT ", "FA "]) + num,
                        rng.choice([None, f"CLI{rng.randrange(1000, 9999)}"])), "vir_sepa"
    if loc == "en-GB":
        return rng.choice(["INV ", "", "PAL "]) + num.replace("-", "")[:18], "uk18"
    lg = lang_of(loc)
    w = {"nl": ["Factuur ", "fact ", "Fact.nr. ", ""], "fr": ["Facture ", "Fact. ", "N/ref fact ", ""],
         "de": ["Rechnung ", "Re-Nr. ", "RG ", ""], "en": ["Invoice ", "INV "]}[lg]
    return rng.choice(w) + num, "free"

def ref_multi(c, nums):
    loc = c["loc"]
    lg = lang_of(loc)
    if loc in ("fr-FR", "fr-LU"):
        return vir_sepa(c["bank"], "FACT " + " ".join(nums))
    if loc == "en-GB":
        return ("INV " + " ".join(n.replace("FV26-", "") for n in nums))[:18]
    j = rng.choice([" ", ", ", "/", " + "])
    pre = {"nl": "Facturen ", "fr": "Factures ", "de": "Rechnungen ", "en": "Invoices "}[lg]
    if rng.random() < .4:   # only the first with prefix
        return pre + nums[0] + j + j.join(digits(n) for n in nums[1:])
    return pre + j.join(nums)

UNKNOWN_PAYERS = ["M. VERBRUGGEN J.", "STICHTING HULP OP WEG", "MARKETPLACE PAYOUTS EU SARL", "DHR P DE GRAAF",
                  "MME CLAIRE LEROY", "ONBEKEND / INCONNU", "ATELIERS REUNIS SCOP", "HAVENBEDRIJF SERVICES",
                  "KRONOS TRADING LTD", "BUREAU D ETUDES ARDENNES", "TEXTIEL NOORD BV", "GARAGE DU MOULIN",
                  "SOC GEN DEPOT 4471", "WIJNHANDEL SLUIS", "FIDUCIAIRE ALZETTE"]

def payer_for(c, force_null=False):
    """(payer_name, customer_id) as the bank file gives them"""
    if force_null or rng.random() < .35:
        nm = c["bank"]
        if rng.random() < .4:
            nm = nm[:rng.randrange(14, 24)].rstrip()
        return nm, None
    return c["bank"], c["id"]

# ---------------------------------------------------------------- stage 3: scenarios
def opens_all(cid, cur=None):
    """every open invoice of a customer regardless of issue date (for collision checks)"""
    return [i for i in BYCUST[cid] if state[i["id"]] > 0 and (cur is None or i["currency"] == cur)]

def unique_amount(inv):
    """inv's balance equals no other open invoice and no pair of open invoices of its customer"""
    amt = state[inv["id"]]
    o = [i for i in opens_all(inv["customer_id"], inv["currency"]) if i["id"] != inv["id"]]
    if any(state[i["id"]] == amt for i in o):
        return False
    if any(state[a["id"]] + state[b["id"]] == amt for a, b in itertools.combinations(o, 2)):
        return False
    return True

def lab(status, apps, unapplied, reason, short=None, cands=None):
    return {"status": status, "applications": [{"invoice_id": i, "amount": money(a)} for i, a in apps],
            "unapplied": money(unapplied), "short_pay": short, "candidates": cands or [], "reason": reason}

def pick_cust(d, need=1, cur=None, locs=None, pred=None):
    cs = [c for c in customers if (cur is None or c["cur"] == cur) and (locs is None or c["loc"] in locs)]
    rng.shuffle(cs)
    for c in cs:
        f = fresh(c["id"], d)
        if len(f) >= need and (pred is None or pred(c, f)):
            return c, f
    return None, None

def apply(apps):
    for iid, a in apps:
        state[iid] -= a
        assert state[iid] >= 0
        touched.add(iid)

def S_exact(d, fx=False):
    c, f = pick_cust(d, cur=rng.choice(["CHF", "GBP"]) if fx else "EUR")
    if not c:
        return None
    inv = rng.choice(f)
    amt = state[inv["id"]]
    ref, style = ref_single(c, inv)
    rem = None
    if rng.random() < .35 or style == "uk18" and rng.random() < .5:
        rem = advice(c["name"], c["loc"], c["cur"], [(inv["number"], amt, None)], amt)
    payer, cid = payer_for(c)
    apps = [(inv["id"], amt)]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem, apps=apps,
                lab=lab("applied", apps, 0, f"reference {inv['number']} ({style}) and exact balance"),
                note=f"{style} reference to {inv['number']}, amount equals its open balance")

def S_factor(d):
    c, f = pick_cust(d, cur="EUR", locs=["nl-BE", "fr-BE", "nl-NL", "fr-FR", "fr-LU", "de-LU", "de-BE"])
    if not c:
        return None
    k = min(len(f), rng.choice([1, 1, 2]))
    invs = rng.sample(f, k)
    amt = sum(state[i["id"]] for i in invs)
    fn, fb, flg = rng.choice(FACTORS)
    nums = [i["number"] for i in invs]
    ref = {"nl": f"Betaling namens {c['bank'][:20]} {' '.join(nums)}",
           "fr": f"Pour compte de {c['bank'][:20]} fact {' '.join(nums)}",
           "de": f"Im Auftrag von {c['bank'][:20]} RG {' '.join(nums)}"}[flg][:140]
    head = {"nl": f"{fn} – betalingsadvies\nIn opdracht van onze klant {c['name']} betalen wij {fmt_loc(amt, 'nl-BE')} EUR:",
            "fr": f"{fn} – avis de règlement\nPour le compte de notre adhérent {c['name']}, nous réglons {fmt_loc(amt, 'fr-FR')} EUR :",
            "de": f"{fn} – Zahlungsavis\nIm Auftrag unseres Kunden {c['name']} zahlen wir {fmt_loc(amt, 'de-LU')} EUR:"}[flg]
    loc = {"nl": "nl-BE", "fr": "fr-FR", "de": "de-LU"}[flg]
    rem = advice(fn, loc, "EUR", [(i["number"], state[i["id"]], None) for i in invs], amt, head=head) if rng.random() < .7 else None
    apps = [(i["id"], state[i["id"]]) for i in invs]
    return dict(c=c, loc=loc, amt=amt, cur="EUR", payer=fb, cid=None, ref=ref, rem=rem, apps=apps,
                lab=lab("applied", apps, 0, f"factoring company pays for {c['name']}: {', '.join(nums)} exact"),
                note=f"factor {fn} pays on behalf of {c['name']}; invoice numbers and exact sum")

def typo_of(num):
    p, dg = num.split("-")
    for _ in range(50):
        t = rng.choice(["swap", "drop", "O", "dup", "yr"])
        if t == "swap":
            k = rng.randrange(0, 4)
            x = dg[:k] + dg[k + 1] + dg[k] + dg[k + 2:]
            cand = f"{p}-{x}"
        elif t == "drop":
            k = rng.randrange(1, 5)
            cand = f"{p}-{dg[:k] + dg[k + 1:]}"
        elif t == "O":
            if "0" not in dg[1:]:
                continue
            cand = f"{p}-{dg[0]}{dg[1:].replace('0', 'O', 1)}"
        elif t == "dup":
            k = rng.randrange(1, 5)
            cand = f"{p}-{dg[:k] + dg[k] + dg[k:]}"
        else:
            cand = f"FV25-{dg}"
        if cand != num and cand not in BYNUM and cand.replace("O", "0") not in BYNUM or t == "O":
            return cand, t
    return None, None

def S_typo(d):
    c, f = pick_cust(d, cur="EUR", pred=lambda c, f: any(unique_amount(i) for i in f))
    if not c:
        return None
    inv = rng.choice([i for i in f if unique_amount(i)])
    tn, t = typo_of(inv["number"])
    if not tn:
        return None
    amt = state[inv["id"]]
    lg = lang_of(c["loc"])
    ref = {"nl": f"Factuur {tn}", "fr": f"Facture {tn}", "de": f"Rechnung {tn}", "en": f"INV {tn}"}[lg]
    if c["loc"] in ("fr-FR", "fr-LU"):
        ref = vir_sepa(c["bank"], f"FACTURE {tn}")
    payer, cid = payer_for(c)
    if cid is None and rng.random() < .5:
        cid = c["id"]
    apps = [(inv["id"], amt)]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=None, apps=apps,
                lab=lab("applied", apps, 0, f"reference {tn} is a typo of {inv['number']} ({t}); amount equals its balance"),
                note=f"typo '{tn}' ({t}) for {inv['number']}; the typo is no invoice number; exact and unique balance")

def S_list(d):
    c, f = pick_cust(d, need=2, cur=None)
    if not c:
        return None
    invs = sorted(rng.sample(f, min(len(f), rng.choice([2, 2, 3, 3, 4]))), key=lambda i: i["number"])
    amt = sum(state[i["id"]] for i in invs)
    nums = [i["number"] for i in invs]
    ref = ref_multi(c, nums)
    rem = advice(c["name"], c["loc"], c["cur"], [(i["number"], state[i["id"]], None) for i in invs], amt)
    if c["loc"] not in ("en-GB",) and rng.random() < .4:
        rem = None
        if c["loc"] in ("fr-FR", "fr-LU") and not all(n in ref for n in nums):
            return None
        if c["loc"] not in ("fr-FR", "fr-LU") and not all(digits(n) in ref for n in nums):
            return None
    payer, cid = payer_for(c)
    apps = [(i["id"], state[i["id"]]) for i in invs]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem, apps=apps,
                lab=lab("applied", apps, 0, f"listed invoices {', '.join(nums)} sum to the payment"),
                note=f"list of {len(nums)} invoices, sum exact" + ("" if rem else " (reference only)"))

def S_trunc(d):
    """French statement line cut at 140 chars in the middle of the last invoice number"""
    c, f = pick_cust(d, need=3, cur="EUR", locs=["fr-FR", "fr-LU"])
    if not c:
        return None
    invs = sorted(rng.sample(f, min(len(f), rng.choice([3, 4, 5]))), key=lambda i: i["number"])
    nums = [i["number"] for i in invs]
    m = rng.choice([7, 8])                       # keeps "FV26-10" / "FV26-104"
    tail = " ".join(nums[:-1]) + " " + nums[-1][:m]
    head0 = f"VIR SEPA RECU /DE {c['bank']} /MOTIF "
    room = 140 - len(tail) - len(head0) - len("FACT ")
    if room < 0:
        return None
    filler = ("REGLEMENT RELEVE " + f"{rng.choice(['SEPT', 'OCT', 'NOV'])} CPT {c['id']} ")
    filler = (filler + "/REF " + "".join(str(rng.randrange(10)) for _ in range(40)) + " ")[:room]
    if room and not filler.endswith(" "):
        filler = filler[:-1] + " "
    line = (head0 + filler + "FACT " + " ".join(nums) + " /ID 88231")[:140]
    visible_last = line.split()[-1]
    if visible_last != nums[-1][:m]:
        return None
    comp = [i for i in opens_all(c["id"]) if i["number"].startswith(visible_last) and i["number"] not in nums[:-1]]
    if len(comp) != 1 or not all(n in line for n in nums[:-1]):
        return None
    amt = sum(state[i["id"]] for i in invs)
    rest = amt - sum(state[i["id"]] for i in invs[:-1])
    if len([i for i in opens_all(c["id"]) if state[i["id"]] == rest and i not in invs[:-1]]) != 1:
        return None
    apps = [(i["id"], state[i["id"]]) for i in invs]
    return dict(c=c, amt=amt, cur="EUR", payer=c["bank"], cid=c["id"], ref=line, rem=None, apps=apps,
                lab=lab("applied", apps, 0, f"statement line cut at 140 chars; '{visible_last}' completes only to {nums[-1]}; sum exact"),
                note=f"140-char cut leaves '{visible_last}'; only {nums[-1]} of this customer's open invoices completes it and the sum of all {len(nums)} is exact")

RANGE_W = {"nl": "t/m", "fr": "à", "de": "bis", "en": "to"}
def S_range(d):
    def ok(c, f):
        return len(f) >= 3
    c, f = pick_cust(d, need=3, cur=None, pred=ok)
    if not c:
        return None
    allo = sorted(opens_all(c["id"]), key=lambda i: i["number"])
    for _ in range(20):
        k = rng.choice([2, 3, 3, 4, 5])
        if len(allo) < k:
            continue
        s = rng.randrange(0, len(allo) - k + 1)
        blk = allo[s:s + k]
        if all(i in f for i in blk):
            break
    else:
        return None
    lo, hi = blk[0]["number"], blk[-1]["number"]
    amt = sum(state[i["id"]] for i in blk)
    lg = lang_of(c["loc"])
    txt = {"nl": f"Facturen {lo} t/m {digits(hi)}", "fr": f"Factures {lo} à {hi}",
           "de": f"Rechnungen {lo} bis {digits(hi)}", "en": f"Invoices {lo} to {hi}"}[lg]
    if c["loc"] in ("fr-FR", "fr-LU"):
        ref = vir_sepa(c["bank"], f"FACT {lo} A {digits(hi)}")
    elif c["loc"] == "en-GB":
        ref = f"{digits(lo)}-{digits(hi)}"
    else:
        ref = txt
    rem = None
    if rng.random() < .4:
        rem = {"nl": f"Hierbij betalen wij onze openstaande {txt}, totaal {fmt_loc(amt, c['loc'])} {c['cur']}.",
               "fr": f"Veuillez trouver notre règlement des f{txt[1:]}, soit {fmt_loc(amt, c['loc'])} {c['cur']}.",
               "de": f"Wir begleichen die {txt}, gesamt {fmt_loc(amt, c['loc'])} {c['cur']}.",
               "en": f"Payment of i{txt[1:]}, total {c['cur']} {fmt_loc(amt, c['loc'])}."}[lg]
    payer, cid = c["bank"], c["id"]          # a range only identifies the customer through the bank
    apps = [(i["id"], state[i["id"]]) for i in blk]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem, apps=apps,
                lab=lab("applied", apps, 0, f"range {lo}..{hi}: this customer's open invoices in it sum to the payment"),
                note=f"range {lo}..{hi}; the range spans other customers' numbers; the customer's {k} open ones in it sum exactly")

def S_lump(d):
    def ok(c, f):
        o = opens_all(c["id"])
        return 2 <= len(o) <= 6 and len(f) == len(o) and len({i['currency'] for i in o}) == 1
    c, f = pick_cust(d, need=2, pred=ok)
    if not c:
        return None
    o = opens_all(c["id"])
    amt = sum(state[i["id"]] for i in o)
    lg = lang_of(c["loc"])
    ref = rng.choice([None, {"nl": "saldo rekening", "fr": "solde de compte", "de": "Kontoausgleich", "en": "ACCOUNT BALANCE"}[lg],
                      {"nl": f"openstaand saldo {c['id']}", "fr": f"solde client {c['id']}", "de": f"Saldo Kd-Nr {c['id']}", "en": f"STMT {c['id']}"}[lg]])
    payer, cid = payer_for(c)
    if ref is None or c["id"] not in (ref or ""):
        cid = c["id"]
    apps = [(i["id"], state[i["id"]]) for i in sorted(o, key=lambda i: i["number"])]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=None, apps=apps,
                lab=lab("applied", apps, 0, f"lump sum equals all {len(o)} open invoices of the customer"),
                note=f"lump sum, no invoice numbers; equals the customer's whole open balance ({len(o)} invoices)")

def S_amount(d):
    c, f = pick_cust(d, pred=lambda c, f: any(unique_amount(i) for i in f) and len(opens_all(c["id"])) >= 2)
    if not c:
        return None
    inv = rng.choice([i for i in f if unique_amount(i)])
    amt = state[inv["id"]]
    lg = lang_of(c["loc"])
    ref = rng.choice([None, {"nl": "betaling leverancier", "fr": "paiement fournisseur", "de": "Zahlung Lieferant", "en": "SUPPLIER PAYMENT"}[lg]])
    apps = [(inv["id"], amt)]
    return dict(c=c, amt=amt, cur=c["cur"], payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=apps,
                lab=lab("applied", apps, 0, f"known customer, no reference; amount equals only {inv['number']}"),
                note=f"no invoice number; the amount equals exactly one open invoice of the identified customer and no pair")

PARTIALS = []    # invoices left open on purpose by a part payment

def S_partial(d):
    c, f = pick_cust(d, pred=lambda c, f: any(state[i["id"]] > 1500_00 for i in f))
    if not c:
        return None
    inv = rng.choice([i for i in f if state[i["id"]] > 1500_00])
    bal = state[inv["id"]]
    amt = rng.choice([bal // 2 // 100 * 100, 1000_00, bal // 3 // 100 * 100, 500_00])
    if not (0 < amt < bal) or any(state[i["id"]] == amt for i in opens_all(c["id"], c["cur"])):
        return None
    lg = lang_of(c["loc"])
    num = inv["number"]
    txt = {"nl": rng.choice([f"Aanbetaling factuur {num}", f"Eerste termijn {num}", f"Gedeeltelijke betaling fact {num}"]),
           "fr": rng.choice([f"Acompte facture {num}", f"Paiement partiel fact {num}", f"1er versement {num}"]),
           "de": rng.choice([f"Teilzahlung Rechnung {num}", f"Anzahlung RG {num}", f"1. Rate {num}"]),
           "en": rng.choice([f"Part payment {num}", f"1st instalment {num}"])}[lg]
    ref = vir_sepa(c["bank"], strip_acc(txt).upper()) if c["loc"] in ("fr-FR", "fr-LU") else txt[:18] if c["loc"] == "en-GB" else txt
    rem = None
    if c["loc"] == "en-GB" or rng.random() < .4:
        rem = {"nl": f"Zoals telefonisch besproken betalen wij {num} in twee delen. Eerste deel: {fmt_loc(amt, c['loc'])} EUR, rest volgende maand.",
               "fr": f"Comme convenu, nous réglons la facture {num} en deux fois. Premier versement : {fmt_loc(amt, c['loc'])} {c['cur']}, le solde le mois prochain.",
               "de": f"Wie besprochen zahlen wir Rechnung {num} in zwei Raten. Erste Rate: {fmt_loc(amt, c['loc'])} {c['cur']}, Rest folgt.",
               "en": f"As agreed we are paying invoice {num} in two instalments. First instalment {c['cur']} {fmt_loc(amt, c['loc'])}, balance to follow."}[lg]
    payer, cid = payer_for(c)
    apps = [(inv["id"], amt)]
    PARTIALS.append(inv["id"])
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem, apps=apps,
                lab=lab("partial", apps, 0, f"declared part payment of {num}; remainder stays open"),
                note=f"part payment of {num} ({fmt_loc(amt, 'en-GB')} of {fmt_loc(bal, 'en-GB')}), no deduction reason")

def S_final(d):
    cand = [iid for iid in PARTIALS if state[iid] > 0 and INV[iid]["issue_date"] <= d.isoformat()]
    if not cand:
        return None
    inv = INV[rng.choice(cand)]
    PARTIALS.remove(inv["id"])
    c = CUST[inv["customer_id"]]
    amt = state[inv["id"]]
    num = inv["number"]
    lg = lang_of(c["loc"])
    txt = {"nl": f"Restbetaling factuur {num}", "fr": f"Solde facture {num}", "de": f"Restzahlung RG {num}", "en": f"BAL {num}"}[lg]
    ref = vir_sepa(c["bank"], strip_acc(txt).upper()) if c["loc"] in ("fr-FR", "fr-LU") else txt
    payer, cid = payer_for(c)
    apps = [(inv["id"], amt)]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=None, apps=apps,
                lab=lab("applied", apps, 0, f"second instalment equals what the earlier part payment left on {num}"),
                note=f"final instalment: equals the remaining balance of {num} after an earlier payment in this file (not its original balance)")

SHORT = {
    "nl": [("korting", "korting {p}% volgens afspraak", "discount taken (korting {p}%)"),
           ("bank", "bankkosten", "bank charges deducted"),
           ("cn", "minus creditnota {cn}", "credit note {cn} deducted"),
           ("damage", "{q} pallets beschadigd geleverd, ingehouden", "damaged pallets withheld")],
    "fr": [("escompte", "escompte {p}% pour paiement anticipé", "early payment discount (escompte {p}%)"),
           ("bank", "frais bancaires déduits", "bank charges deducted (frais bancaires)"),
           ("cn", "déduction avoir {cn}", "credit note {cn} deducted"),
           ("damage", "{q} palettes endommagées, retenue", "damaged pallets withheld")],
    "de": [("skonto", "abzüglich {p}% Skonto", "early payment discount (Skonto {p}%)"),
           ("bank", "abzüglich Bankspesen", "bank charges deducted"),
           ("damage", "{q} Paletten beschädigt, Abzug", "damaged pallets withheld")],
    "en": [("bank", "less bank charges", "bank charges deducted"),
           ("cn", "less credit note {cn}", "credit note {cn} deducted"),
           ("short", "{q} pallets short-delivered, deducted", "short delivery deducted")],
}
SHORT_NL_FACTUUR = {"nl": "creditnota", "fr": "avoir", "de": "Gutschrift", "en": "credit note"}

def S_short(d):
    c, f = pick_cust(d, pred=lambda c, f: any(state[i["id"]] > 400_00 for i in f))
    if not c:
        return None
    inv = rng.choice([i for i in f if state[i["id"]] > 400_00])
    bal = state[inv["id"]]
    lg = lang_of(c["loc"])
    kind, tmpl, rtmpl = rng.choice(SHORT[lg])
    p = rng.choice([2, 3]) if kind in ("korting", "escompte", "skonto") else None
    q = rng.choice([2, 3, 4, 5, 6, 8, 10])
    cn = f"CN26-{rng.randrange(300, 899):04d}"
    if kind in ("korting", "escompte", "skonto"):
        ded = round(bal * p / 100)
    elif kind == "bank":
        ded = rng.choice([750, 1000, 1250, 1500, 2000, 2500])
    elif kind == "cn":
        ded = rng.randrange(40_00, min(600_00, bal // 2))
    else:
        ded = q * rng.randrange(9_00, 26_00)
    amt = bal - ded
    if amt <= 0 or any(state[i["id"]] == amt for i in opens_all(c["id"], c["cur"])):
        return None
    why = tmpl.format(p=p, q=q, cn=cn)
    num = inv["number"]
    rem = advice(c["name"], c["loc"], c["cur"], [(num, bal, None)], amt,
                 extra={"nl": f"  -/- {why}    -{fmt_loc(ded, c['loc'])}", "fr": f"  - {why}    -{fmt_loc(ded, c['loc'])}",
                        "de": f"  ./. {why}    -{fmt_loc(ded, c['loc'])}", "en": f"  {why}    -{fmt_loc(ded, c['loc'])}"}[lg])
    if kind == "bank" and rng.random() < .5:
        rem = None      # only the statement line says it
        ref0 = {"nl": f"Factuur {num} {why}", "fr": f"FACT {num} {strip_acc(why).upper()}", "de": f"RG {num} {why}", "en": f"{num} LESS CHGS"}[lg]
    else:
        ref0 = ref_single(c, inv, allow_struct=True)[0]
    ref = vir_sepa(c["bank"], ref0) if c["loc"] in ("fr-FR", "fr-LU") and not ref0.startswith("VIR") else ref0
    payer, cid = payer_for(c)
    apps = [(inv["id"], amt)]
    reason = rtmpl.format(p=p, cn=cn)
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem, apps=apps,
                lab=lab("partial", apps, 0, f"{num} paid less {fmt_loc(ded, 'en-GB')}: {reason}",
                        short={"invoice_id": inv["id"], "amount": money(ded), "reason": reason}),
                note=f"short pay on {num}: {why!r} = {money(ded)}", ded=ded, why=why)

def S_over(d):
    credited = lambda c, f: any(i["total"] > state[i["id"]] for i in f)
    v = rng.random()
    if v < .55:
        c, f = pick_cust(d, pred=credited)
        if not c:
            return None
        inv = rng.choice([i for i in f if i["total"] > state[i["id"]]])
        amt = inv["total"]
        why = "paid the invoice total although a credit note had already reduced the balance"
    else:
        c, f = pick_cust(d)
        if not c:
            return None
        inv = rng.choice(f)
        bal = state[inv["id"]]
        amt = (bal // 100_00 + 1) * 100_00 if rng.random() < .5 else bal + rng.choice([100_00, 10_00, 250_00])
        why = "paid more than the open balance (rounded up / keyed wrongly)"
    bal = state[inv["id"]]
    rest = amt - bal
    if any(state[i["id"]] in (amt, rest) for i in opens_all(c["id"], c["cur"]) if i["id"] != inv["id"]):
        return None
    ref, style = ref_single(c, inv)
    rem = advice(c["name"], c["loc"], c["cur"], [(inv["number"], amt, None)], amt) if rng.random() < .5 else None
    payer, cid = payer_for(c)
    apps = [(inv["id"], bal)]
    return dict(c=c, amt=amt, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem, apps=apps, unapplied=rest,
                lab=lab("unapplied", apps, rest, f"{inv['number']} cleared; remaining {money(rest)} held on account"),
                note=f"overpayment on {inv['number']}: {why}; remainder {money(rest)} matches no other open invoice")

DONE = []   # (invoice id, payment dict) cleared by one applied payment

def S_second(d):
    cand = [(iid, p) for iid, p in DONE if state[iid] == 0]
    rng.shuffle(cand)
    for iid, p in cand:
        inv = INV[iid]
        c = CUST[inv["customer_id"]]
        if any(state[i["id"]] == p["amt"] for i in opens_all(c["id"], c["cur"])):
            continue
        DONE.remove((iid, p))
        ref = p["ref"] if not (p["ref"] or "").startswith("VIR SEPA") else vir_sepa(c["bank"], f"FACTURE {inv['number']}")
        return dict(c=c, amt=p["amt"], cur=p["cur"], payer=p["payer"], cid=p["cid"], ref=ref, rem=p["rem"], apps=[],
                    unapplied=p["amt"],
                    lab=lab("unapplied", [], p["amt"], f"{inv['number']} was already paid by {p['pid']}; held on account"),
                    note=f"second payment of {inv['number']} (first: {p['pid']} on {p['date']}); same amount and reference; nothing else fits")
    return None

def S_nofit(d):
    c = rng.choice(customers)
    lg = lang_of(c["loc"])
    amt = rng.choice([1000_00, 1500_00, 2000_00, 2500_00, 750_00, 3000_00]) + rng.choice([0, 0, 1234, 4999])
    o = opens_all(c["id"], c["cur"])
    if any(state[i["id"]] == amt for i in o) or any(state[a["id"]] + state[b["id"]] == amt for a, b in itertools.combinations(o, 2)) \
            or sum(state[i["id"]] for i in o) == amt:
        return None
    po = rng.randrange(4400, 4999)
    ref = {"nl": f"Vooruitbetaling bestelling {po}", "fr": f"Paiement d'avance commande {po}", "de": f"Vorauszahlung Bestellung {po}",
           "en": f"PREPAYMENT PO{po}"}[lg]
    if rng.random() < .4:
        ref = {"nl": "betaling", "fr": "paiement", "de": "Zahlung", "en": "PAYMENT"}[lg]
    return dict(c=c, amt=amt, cur=c["cur"], payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=[], unapplied=amt,
                lab=lab("unapplied", [], amt, "known customer; amount fits no open invoice or pair; held on account"),
                note="identified customer (customer_id), prepayment or unexplained amount; no single invoice, pair or total fits")

def S_unknown(d):
    cur = rng.choice(["EUR"] * 8 + ["GBP", "CHF"])
    amt = rng.randrange(50_00, 6000_00)
    if global_hits(amt, date(2027, 1, 1), cur):
        return None
    ref = rng.choice([None, "REMBOURSEMENT", "factuur 2026-118", "Rechnung 7734", "ORDER 55120", "DON / GIFT", "huur oktober",
                      "VIR SEPA RECU /DE PARTICULIER /MOTIF PALETTES EUR OCCASION"])
    payer = rng.choice(UNKNOWN_PAYERS)
    loc = {"GBP": "en-GB", "CHF": "de-CH"}.get(cur, rng.choice(["nl-BE", "fr-FR", "nl-NL", "fr-BE"]))
    return dict(c=None, loc=loc, amt=amt, cur=cur, payer=payer, cid=None, ref=ref, rem=None, apps=[], unapplied=amt,
                lab=lab("review", [], amt, "unknown payer; amount and reference fit no open invoice"),
                note="payer is no customer, no usable reference, no open invoice of that amount")

def S_unknown_match(d):
    cands = [i for i in invoices if i["issue_date"] <= d.isoformat() and state[i["id"]] > 0 and i["id"] not in touched
             and i["id"] not in reserved and i["currency"] == "EUR"]
    rng.shuffle(cands)
    for inv in cands[:200]:
        amt = state[inv["id"]]
        if len([i for i in invoices if state[i["id"]] == amt and i["currency"] == "EUR"]) == 1:
            touched.add(inv["id"])
            return dict(c=None, loc=CUST[inv["customer_id"]]["loc"], amt=amt, cur="EUR", payer=rng.choice(UNKNOWN_PAYERS), cid=None,
                        ref=rng.choice([None, "betaling", "paiement", "Zahlung"]), rem=None, apps=[], unapplied=amt,
                        lab=lab("review", [], amt, f"unknown payer; amount equals {inv['number']} only, but nothing ties the payer to that customer",
                                cands=[[inv["id"]]]),
                        note=f"stranger pays exactly the balance of {inv['number']} ({inv['customer_name']}); name unrelated, no reference -> review")
    return None

def S_po(d):
    c, f = pick_cust(d, cur="EUR", pred=lambda c, f: any(unique_amount(i) for i in f))
    if not c:
        return None
    inv = rng.choice([i for i in f if unique_amount(i)])
    amt = state[inv["id"]]
    others = [x for x in invoices if x["customer_id"] != c["id"] and state[x["id"]] != amt]
    x = rng.choice(others)
    xd = digits(x["number"])
    lg = lang_of(c["loc"])
    v = rng.random()
    if c["loc"] in ("fr-FR", "fr-LU") and v < .5:
        ref = f"PRLV SEPA RECU /DE {c['bank']} /RUM PAL{xd}-{c['id'][-3:]} /LIB ECHEANCE {rng.choice(['SEPT', 'OCT', 'NOV'])}"[:140]
        what = f"SEPA mandate reference (RUM) PAL{xd}"
    else:
        ref = {"nl": f"Bestelbon {xd}", "fr": f"V/CDE {xd}" if c["loc"] in ("fr-FR", "fr-LU") else f"Votre commande n° {xd}",
               "de": f"Bestellung {xd}", "en": f"PO {xd}"}[lg]
        if c["loc"] in ("fr-FR", "fr-LU"):
            ref = vir_sepa(c["bank"], ref)
        what = f"purchase order {xd}"
    apps = [(inv["id"], amt)]
    return dict(c=c, amt=amt, cur="EUR", payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=apps,
                lab=lab("applied", apps, 0, f"{what} is not an invoice number; amount equals only {inv['number']} of this customer"),
                note=f"{what} has the digits of {x['number']} (another customer's invoice); the identified customer's only exact-amount invoice is {inv['number']}")

def S_ambig_equal(d):
    cs = customers[:]
    rng.shuffle(cs)
    for c in cs:
        f = fresh(c["id"], d)
        byamt = defaultdict(list)
        for i in f:
            byamt[state[i["id"]]].append(i)
        for amt, grp in byamt.items():
            allsame = [i for i in opens_all(c["id"], c["cur"]) if state[i["id"]] == amt]
            if len(grp) >= 2 and len(allsame) == len(grp):
                grp = sorted(grp, key=lambda i: i["number"])
                for i in grp:
                    touched.add(i["id"])
                lg = lang_of(c["loc"])
                ref = rng.choice([None, {"nl": "huur palletboxen", "fr": "location box palettes", "de": "Miete Gitterboxen", "en": "BOX HIRE"}[lg]])
                return dict(c=c, amt=amt, cur=c["cur"], payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=[], unapplied=amt,
                            lab=lab("review", [], amt, f"amount equals {len(grp)} open invoices with the same balance",
                                    cands=[[i["id"]] for i in grp]),
                            note=f"recurring rental: {', '.join(i['number'] for i in grp)} all open at {money(amt)}; nothing says which")
    return None

def S_ambig_conflict(d):
    c, f = pick_cust(d, need=2, cur="EUR", pred=lambda c, f: sum(unique_amount(i) for i in f) >= 1)
    if not c:
        return None
    B = rng.choice([i for i in f if unique_amount(i)])
    As = [i for i in f if i["id"] != B["id"] and state[i["id"]] != state[B["id"]]]
    if not As:
        return None
    A = rng.choice(As)
    amt = state[B["id"]]
    lg = lang_of(c["loc"])
    ref = {"nl": f"Factuur {A['number']}", "fr": f"Facture {A['number']}", "de": f"Rechnung {A['number']}", "en": f"INV {A['number']}"}[lg]
    if c["loc"] in ("fr-FR", "fr-LU"):
        ref = vir_sepa(c["bank"], f"FACTURE {A['number']}")
    touched.update([A["id"], B["id"]])
    return dict(c=c, amt=amt, cur="EUR", payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=[], unapplied=amt,
                lab=lab("review", [], amt, f"reference names {A['number']} but the amount is exactly {B['number']}",
                        cands=[[A["id"]], [B["id"]]]),
                note=f"conflict: reference {A['number']} (balance {money(state[A['id']])}) vs amount = {B['number']}; part payment of A or mis-keyed reference for B")

SUBSETS = []
def setup_subsets():
    cs = [c for c in customers if c["cur"] == "EUR" and len(BYCUST[c["id"]]) >= 4]
    rng.shuffle(cs)
    for c in cs[:14]:
        ivs = [i for i in BYCUST[c["id"]] if i["total"] == i["balance"]]
        if len(ivs) < 3:
            continue
        a, b, t = rng.sample(ivs, 3)
        t["total"] = t["balance"] = state[t["id"]] = a["balance"] + b["balance"]
        reserved.update([a["id"], b["id"], t["id"]])
        SUBSETS.append((a, b, t))

def S_ambig_subset(d):
    for k, (a, b, t) in enumerate(SUBSETS):
        if max(a["issue_date"], b["issue_date"], t["issue_date"]) <= d.isoformat() and all(state[i["id"]] == i["balance"] for i in (a, b, t)):
            c = CUST[t["customer_id"]]
            amt = state[t["id"]]
            o = [i for i in opens_all(c["id"], "EUR")]
            if any(state[i["id"]] == amt for i in o if i["id"] != t["id"]):
                continue
            SUBSETS.pop(k)
            lg = lang_of(c["loc"])
            ref = rng.choice([None, {"nl": "betaling openstaande posten", "fr": "règlement factures", "de": "Zahlung offene Posten", "en": "INVOICES"}[lg]])
            touched.update([a["id"], b["id"], t["id"]])
            return dict(c=c, amt=amt, cur="EUR", payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=[], unapplied=amt,
                        lab=lab("review", [], amt, f"amount equals {t['number']} and also {a['number']}+{b['number']}",
                                cands=[[t["id"]], sorted([a["id"], b["id"]])]),
                        note=f"two readings: single {t['number']} or pair {a['number']}+{b['number']} (same sum), no reference")
    return None

def S_fx_mismatch(d):
    c, f = pick_cust(d, cur=rng.choice(["CHF", "GBP"]))
    if not c:
        return None
    inv = rng.choice(f)
    rate = {"CHF": 1.0672, "GBP": 1.1541}[c["cur"]]
    amt = round(state[inv["id"]] * rate)
    ref, _ = ref_single(c, inv)
    touched.add(inv["id"])
    return dict(c=c, amt=amt, cur="EUR", payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=[], unapplied=amt,
                lab=lab("review", [], amt, f"payment in EUR for {c['cur']} invoice {inv['number']}; cannot apply across currencies",
                        cands=[[inv["id"]]]),
                note=f"{c['cur']} customer paid {inv['number']} in EUR (converted); no EUR invoice exists for it")

BAD = ["zero", "negative", "comma_amount", "bad_date", "no_currency", "bad_currency", "no_amount", "comma_amount"]
def S_bad(d):
    c, f = pick_cust(d, cur="EUR")
    if not c:
        return None
    inv = rng.choice(f)
    kind = BAD.pop(0) if BAD else "zero"
    amt = state[inv["id"]]
    ref, _ = ref_single(c, inv)
    rec = dict(c=c, amt=amt, cur="EUR", payer=c["bank"], cid=c["id"], ref=ref, rem=None, apps=[], unapplied=0, bad=kind)
    if kind == "zero":
        rec["amount_raw"] = "0.00"
    elif kind == "negative":
        rec["amount_raw"] = "-" + money(amt)
        rec["ref"] = rng.choice(["RETOUR SEPA AC04 REKENING AFGESLOTEN ", "RETOUR VIR SEPA MOTIF AC04 COMPTE CLOTURE "]) + inv["number"]
    elif kind == "comma_amount":
        rec["amount_raw"] = fmt_loc(amt, "nl-BE")
    elif kind == "bad_date":
        rec["date_raw"] = rng.choice(["2026-11-31", "31/10/2026"])
    elif kind == "no_currency":
        rec["cur"] = None
    elif kind == "bad_currency":
        rec["cur"] = "EURO"
    elif kind == "no_amount":
        rec["amount_raw"] = None
    rec["lab"] = lab("review", [], 0, f"bad row: {kind}")
    rec["note"] = f"malformed bank row ({kind}); nothing applied"
    return rec

# ---------------------------------------------------------------- stage 4: driver
PLAN = {"exact": 102, "exact_fx": 18, "factor": 20, "typo": 20, "list": 25, "truncated_list": 6, "range": 15, "lump_sum": 15,
        "amount_only": 15, "part_payment": 18, "final_instalment": 8, "short_pay": 34, "overpayment": 15,
        "second_payment": 14, "no_fit": 10, "unknown_payer": 10, "unknown_payer_amount_match": 6, "po_lookalike": 12,
        "ambiguous_equal": 8, "ambiguous_conflict": 8, "ambiguous_subset": 8, "fx_mismatch": 5, "bad_row": 8}
FN = {"exact": S_exact, "exact_fx": lambda d: S_exact(d, fx=True), "factor": S_factor, "typo": S_typo, "list": S_list,
      "truncated_list": S_trunc, "range": S_range, "lump_sum": S_lump, "amount_only": S_amount, "part_payment": S_partial,
      "final_instalment": S_final, "short_pay": S_short, "overpayment": S_over, "second_payment": S_second, "no_fit": S_nofit,
      "unknown_payer": S_unknown, "unknown_payer_amount_match": S_unknown_match, "po_lookalike": S_po,
      "ambiguous_equal": S_ambig_equal, "ambiguous_conflict": S_ambig_conflict, "ambiguous_subset": S_ambig_subset,
      "fx_mismatch": S_fx_mismatch, "bad_row": S_bad}

def main():
    setup_subsets()
    N = sum(PLAN.values())
    day0 = date(2026, 9, 1)
    days = [day0 + timedelta(k) for k in range(85) if (day0 + timedelta(k)).weekday() < 5]
    pdates = sorted(rng.choice(days) for _ in range(N))
    queue = [k for k, v in PLAN.items() for _ in range(v)]
    rng.shuffle(queue)
    # dependent scenarios go to the back half so their first step exists
    dep = [q for q in queue if q in ("final_instalment", "second_payment")]
    queue = [q for q in queue if q not in dep]
    for q in dep:
        queue.insert(rng.randrange(len(queue) // 2, len(queue) + 1), q)
    payments, labels = [], []
    for n, d in enumerate(pdates):
        rec = None
        for qi, sc in enumerate(queue):
            for _ in range(3):
                rec = FN[sc](d)
                if rec:
                    break
            if rec:
                queue.pop(qi)
                break
        if not rec:
            raise SystemExit(f"no scenario fits at {d}: {queue[:5]}")
        pid = f"pay-{n + 1:04d}"
        apply(rec["apps"])
        amt_s = rec.get("amount_raw", money(rec["amt"])) if "amount_raw" in rec else money(rec["amt"])
        p = {"id": pid, "date": rec.get("date_raw", d.isoformat()), "amount": amt_s, "currency": rec["cur"],
             "payer_name": rec["payer"], "customer_id": rec["cid"], "reference": rec["ref"], "remittance": rec["rem"]}
        loc = rec.get("loc") or rec["c"]["loc"]
        L = {"payment_id": pid, **rec["lab"], "scenario": sc, "note": f"[{sc}, {loc}] {rec['note']}"}
        if "bad" in rec:
            L["error"] = rec["bad"]
        payments.append(p)
        labels.append(L)
        if L["status"] == "applied" and len(rec["apps"]) == 1 and sc in ("exact", "exact_fx", "factor"):
            DONE.append((rec["apps"][0][0], {"amt": rec["amt"], "cur": rec["cur"], "payer": rec["payer"], "cid": rec["cid"],
                                             "ref": rec["ref"], "rem": rec["rem"], "pid": pid, "date": d.isoformat()}))
    inv_out = [{**i, "total": money(i["total"]), "balance": money(i["balance"])} for i in invoices]
    for fn, obj in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=1)
    write_readme(inv_out, payments, labels)
    print(len(inv_out), "invoices,", len(payments), "payments")
    print(Counter(l["status"] for l in labels))
    print(Counter(l["scenario"] for l in labels))

def write_readme(inv, pays, labs):
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    loc = Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labs)
    lg = Counter(lang_of(k) for k in loc.elements())
    cur = Counter(p["currency"] for p in pays)
    icur = Counter(i["currency"] for i in inv)
    scst = defaultdict(Counter)
    for l in labs:
        scst[l["scenario"]][l["status"]] += 1
    rows = "\n".join(f"| `{k}` | {v} | {', '.join(f'{s} {n}' for s, n in scst[k].items())} |" for k, v in sorted(sc.items(), key=lambda x: -x[1]))
    R = f"""# Blind cash-application ledger: `ledger_benelux_fr_logistics`

Theme: a made-up pallet and packaging supplier ("Palleta Benelux NV") invoicing customers in Belgium
(Dutch, French and German speaking), the Netherlands, Luxembourg and France in EUR, plus a few Swiss
(CHF) and British (GBP) customers. Payments arrive as SEPA credit transfers and collections as the bank
statement shows them: Belgian structured communications (`{ogm('FV26-10452')}`, check digits = mod 97),
Dutch 16-digit betalingskenmerk, French `VIR SEPA RECU /DE … /MOTIF …` lines cut at 140 characters,
`PRLV SEPA … /RUM …` mandate references, UK references cut at 18 characters, payer names in capitals with
accents stripped, legal form moved to the front (French banks) and cut at 18-35 characters.
Factoring companies pay on behalf of customers. Remittance advices are in Dutch, French, German and English
(factuur / facture / Rechnung, korting, escompte, Skonto, creditnota / avoir / credit note, bankkosten /
frais bancaires / Bankspesen, damaged or short-delivered pallets).
All companies, ids and references are invented. `build.py` (seed {SEED}) regenerates everything; `check.py`
re-verifies every label from the data and exits non-zero on a problem.

## Files

| file | content |
|---|---|
| `invoices.json` | {len(inv)} open invoices ({', '.join(f'{k} {v}' for k, v in icur.most_common())}), fields exactly as the contract |
| `payments.json` | {len(pays)} payments, oldest first ({', '.join(f'{k} {v}' for k, v in cur.most_common())}) |
| `labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario`, `note` (`[scenario, locale] …`) and `error` on bad rows |
| `build.py`, `check.py` | generator and verifier (stdlib only) |

## Label conventions

- Replay in file order: each payment only sees balances earlier labels left open. Amounts are decimal strings.
- `applied`: whole payment applied, `unapplied` "0.00", `short_pay` null, `candidates` [].
- `partial`: a declared part payment (acompte / aanbetaling / Teilzahlung / instalment; `short_pay` null) or a
  short pay with a stated reason; then `short_pay` = {{invoice_id, amount = the deduction, reason}}. The reason
  is a short English phrase (`discount taken (korting 2%)`, `bank charges deducted`, `credit note CN26-0412 deducted`,
  `damaged pallets withheld`, `short delivery deducted`); the contract fixes no vocabulary, so compare the
  invoice and amount, not the wording.
- `unapplied`: overpayment (the invoice is cleared and listed, the rest is `unapplied`), a second payment of an
  invoice an earlier payment here already cleared (no applications), or an identified customer's payment that fits
  no open invoice, pair, or whole balance (prepayment).
- `review`: nothing applied, **`unapplied` = the payment amount** (so applications + unapplied still add up),
  `candidates` = a list of invoice-id lists, best first (`[["inv-00609"], ["inv-00348"]]`). Empty when nothing is
  plausible (unknown payer, amount fits nothing).
- Bad rows (zero, negative/returned, comma-formatted or missing amount, impossible date, missing or non-ISO
  currency) are `review` with no candidates, `unapplied` "0.00" and an extra `error` code. The contract defines
  no error field or bad-row status; this is my choice.
- `reason` is free text for humans.

## Counts

Status: {', '.join(f'{k} {v}' for k, v in st.most_common())}.

| scenario | n | status |
|---|---|---|
{rows}

Locale of the text (customer's language; for factoring payers the factor's language; for unknown payers the
bank's): {', '.join(f'{k} {v}' for k, v in loc.most_common())}.
Language: {', '.join(f'{k} {v}' for k, v in lg.most_common())}.

## Deliberately hard

- References in bank formats only: structured communications and betalingskenmerken embed the invoice digits
  (`FV26-10876` -> `+++260/0010/87681+++`, `1000 1018 4002 6500` for FV26-10184); UK references drop the dash
  (`FV2610180`).
- French statement lines cut at 140 characters in the middle of the last invoice number (`… FV26-112`); only one
  open invoice of that customer completes the prefix and the sum (`truncated_list`, labelled applied).
- Ranges (`FV26-10098 t/m 11202`, `à`, `bis`, `to`) that span hundreds of other customers' numbers: only the
  payer's own open invoices inside the range count.
- Typos: swapped/dropped/doubled digits, letter O for zero, wrong year prefix; the amount confirms.
- PO numbers, "V/CDE" order numbers and SEPA mandate references (RUM `PAL11217-…`) that carry another customer's
  invoice digits; the identified customer's unique exact-amount invoice is the answer.
- Factoring companies (`LAGELANDEN FACTORING BV` …) pay with no customer_id; the customer is only in the text.
- Similar customer names (`Paletten De Smet BVBA` vs `Paletten De Smet BV`), truncated payer names, 35% of
  known customers' payments without `customer_id`.
- Overpayments where the customer paid the invoice *total* although a credit note had already lowered the balance.
- Final instalments that equal what an earlier part payment in this file left, not the invoice's original balance.
- Second payments with the same amount and reference as an earlier one (the invoice is already at zero).
- Review cases: recurring rental invoices with identical balances; a reference naming one invoice while the amount
  exactly equals another; an amount that is both one invoice and the sum of two others; a stranger paying an exact
  balance; a CHF/GBP invoice paid in EUR.

## Contract points I had to decide

- Shape of `candidates`: the contract says "likely invoice sets"; I use a list of lists of invoice ids.
  Order: for a reference/amount conflict the referenced invoice first, then the exact-amount one; for equal
  balances oldest number first; for single-vs-pair the single invoice first. Compare as sets if order is not scored.
- `unapplied` on `review`: the contract only says nothing is applied and that applications + unapplied add up
  to the payment, so I put the whole amount there. Bad rows (amount unusable) get "0.00" and an `error` code.
- Declared part payment vs short pay: a part payment ("acompte", "aanbetaling", "Teilzahlung", "instalment") has
  `short_pay` null; any stated deduction (discount, bank charges, credit note, damage) is a short pay.
  A discount or bank charge deducted by the customer is treated as a short pay (a deduction case opens), not
  as a write-off.
- A known customer paying the exact balance of exactly one of its open invoices (and of no pair), with no
  reference, is `applied`. The same amount from an unknown payer is `review`.
- A payment in EUR for a CHF/GBP invoice is `review` with that invoice as the candidate (it cannot be applied).
- The factoring company's payments have `customer_id` null; the customer is named only in the text, and the
  invoice numbers plus exact sum are treated as sure enough to apply.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(R)

if __name__ == "__main__":
    main()
