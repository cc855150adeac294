#!/usr/bin/env python3
"""Blind test set for the cash-application (`match`) contract.
Theme: industrial-supplies distributor (US + Canada), USD and CAD.
Deterministic: seed 20226216. Standard library only."""
import json, os, random, re, unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

SEED = 20226216
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_us_ca_distribution")
D = Decimal
C2 = D("0.01")


def q(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def bankname(name, n):
    t = strip_acc(name).upper()
    t = re.sub(r"[^A-Z0-9& ]", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t[:n].rstrip()

# ---------------------------------------------------------------- customers
US_PRE = ["Great Lakes", "Northern", "Midwest", "Keystone", "Summit", "Ironclad", "Pioneer", "Liberty",
          "Cascade", "Gulf Coast", "Tri-State", "Allegheny", "Ozark", "Red River", "Bluegrass", "Granite",
          "Patriot", "Heartland", "Sierra", "Atlas", "Buckeye", "Lone Star", "Piedmont", "Blue Ridge",
          "Chesapeake", "Mohawk", "Badger", "Hoosier", "Delta", "Frontier", "Copperhead", "Tidewater"]
MID = ["Fastener", "Industrial", "Bearing", "Hydraulics", "Safety", "Pipe & Valve", "Fluid Power", "Welding",
       "MRO", "Abrasives", "Power Transmission", "Electrical", "Tool", "Packaging", "Conveyor", "Rigging"]
US_SUF = ["Supply Inc", "Supply Co", "Distributors LLC", "Corp", "Industries Inc", "Sales LLC", "Group Inc",
          "Services LLC", "Mfg Co", "Contractors Inc"]
CA_PRE = ["Prairie", "Maritime", "Fraser Valley", "Okanagan", "Lakehead", "Niagara", "Georgian Bay", "Algoma",
          "Kootenay", "Muskoka", "Cariboo", "Rideau", "Peace River", "Annapolis", "Saskatoon", "Red Deer"]
CA_SUF = ["Ltd", "Ltd.", "Inc.", "Supply Ltd", "Industrial Corp.", "Mechanical Ltd"]
FR_NAMES = ["Entreprises Beaulieu", "Groupe Lavoie", "Quincaillerie Industrielle Gagné", "Distributions Côté",
            "Équipements Tremblay", "Fournitures Bélanger", "Usinage Pelletier", "Hydraulique Gauthier",
            "Roulements Bouchard", "Soudure Lapointe", "Outillage Morin", "Acier Fortin",
            "Pièces Industrielles Roy", "Matériaux Dubé", "Services Mécaniques Nadeau", "Transmissions Girard",
            "Robinetterie Caron", "Boulonnerie Lévesque", "Levage Ouellet", "Emballages Paquette",
            "Métallurgie Savard", "Convoyeurs Béland"]
FR_SUF = [" inc.", " ltée", " Inc.", " s.e.n.c."]
DBAS = ["BoltMaster", "ValveWorks Direct", "Shop Rag Depot", "TorqueTown", "GripRite Safety", "Quick Coupler",
        "Pro Weld Outlet", "Belt & Pulley Barn"]
PARENTS = [("Trident Industrial Holdings LLC", "TRIDENT INDUSTRI"), ("Consolidated Mill Services Corp", "CONSOLIDATED MIL"),
           ("Groupe Montcalm inc.", "GROUPE MONTCALM INC"), ("Aurora Resource Partners Ltd", "AURORA RESOURCE PART")]
PERSONS = ["Jean-François Tremblay", "Marie-Ève Gagnon", "Kevin MacDonald", "Nathalie Bergeron",
           "Darren Kowalchuk", "Sylvie Pelletier", "Ravi Deshpande", "Lucie Fortier"]

customers = []
used = set()


def add_customer(name, country, lang, currs, dba=None, parent=None, person=None):
    cid = "C-%04d" % (1001 + len(customers))
    c = {"id": cid, "name": name, "country": country, "lang": lang, "currs": currs, "dba": dba,
         "parent": parent, "person": person}
    customers.append(c)
    used.add(name)
    return c


def uniq(gen):
    for _ in range(1000):
        n = gen()
        if n not in used:
            return n
    raise RuntimeError


for i in range(120):
    add_customer(uniq(lambda: "%s %s %s" % (R.choice(US_PRE), R.choice(MID), R.choice(US_SUF))), "US", "en", ["USD"])
for i in range(36):
    cur = ["CAD"] if R.random() < 0.7 else ["CAD", "USD"]
    add_customer(uniq(lambda: "%s %s %s" % (R.choice(CA_PRE), R.choice(MID), R.choice(CA_SUF))), "CA", "en", cur)
for n in FR_NAMES:
    cur = ["CAD"] if R.random() < 0.75 else ["CAD", "USD"]
    add_customer(n + R.choice(FR_SUF), "CA", "fr-CA", cur)
# planted name collisions on the 16-character ACH name
for a, b in [("Northern Industrial Supply Inc", "Northern Industrial Services LLC"),
             ("Great Lakes Bearing & Drive Inc", "Great Lakes Bearing Company"),
             ("Keystone Fluid Power Inc", "Keystone Fluid Power Systems LLC"),
             ("Summit Safety Products Co", "Summit Safety Products of Texas LLC")]:
    if a in used or b in used:
        continue
    add_customer(a, "US", "en", ["USD"])
    add_customer(b, "US", "en", ["USD"])
# DBA customers (legal name differs from trading name)
for d in DBAS:
    add_customer(uniq(lambda: "%s %s %s" % (R.choice(["Hendricks", "Okafor", "Brandt", "Villanueva", "Sorensen",
                                                       "Castellano", "Whitfield", "Nakamura"]),
                                            R.choice(["Holdings", "Enterprises", "Family", "Partners"]),
                                            R.choice(["Inc", "LLC"]))), "US", "en", ["USD"], dba=d)
# subsidiaries paid by a parent company
for pn, pbank in PARENTS:
    fr = "Montcalm" in pn
    ca = fr or "Aurora" in pn
    for k in range(3):
        if fr:
            nm = uniq(lambda: R.choice(FR_NAMES[:10]).split()[0] + " " + R.choice(["Abitibi", "Mauricie", "Beauce", "Outaouais", "Saguenay"]) + " inc.")
            add_customer(nm, "CA", "fr-CA", ["CAD"], parent=pn)
        elif ca:
            nm = uniq(lambda: R.choice(["Fort McMurray", "Sudbury", "Thompson", "Timmins", "Kitimat"]) + " " + R.choice(MID) + " Ltd.")
            add_customer(nm, "CA", "en", ["CAD"], parent=pn)
        else:
            nm = uniq(lambda: R.choice(US_PRE) + " " + R.choice(MID) + " " + R.choice(["Plant Services LLC", "Site Supply Inc", "Operations Co"]))
            add_customer(nm, "US", "en", ["USD"], parent=pn)
# sole proprietors paying by Interac from a personal account
for p in PERSONS[:6]:
    lang = "fr-CA" if any(ch in p for ch in "éçÉ") or p.split()[0] in ("Jean-François", "Marie-Ève", "Nathalie", "Sylvie", "Lucie") else "en"
    trade = {"fr-CA": ["Mécanique", "Atelier", "Soudure", "Entretien"], "en": ["Mobile Welding", "Millwright Services", "Fleet Repair"]}[lang]
    nm = (R.choice(trade) + " " + p.split()[-1] + (" enr." if lang == "fr-CA" else "")) if lang == "fr-CA" else (p.split()[-1] + " " + R.choice(trade))
    add_customer(nm, "CA", lang, ["CAD"], person=p)

CUST = {c["id"]: c for c in customers}
ACH16 = defaultdict(list)
for c in customers:
    ACH16[bankname(c["name"], 16)].append(c["id"])

# ---------------------------------------------------------------- invoices
invoices = []
bal = {}
START_ISSUE = date(2025, 11, 10)
SNAP = date(2026, 3, 2)


def rand_amount(cur):
    r = R.random()
    if r < 0.35:
        a = R.uniform(85, 900)
    elif r < 0.75:
        a = R.uniform(900, 6000)
    elif r < 0.95:
        a = R.uniform(6000, 25000)
    else:
        a = R.uniform(25000, 62000)
    a = q(a)
    if R.random() < 0.15:
        a = q(int(a))
    return a


weights = []
for c in customers:
    w = R.choice([2, 3, 4, 5, 6, 8, 10, 14, 20, 30])
    if c["person"]:
        w = 7
    weights.append(w)
tw = sum(weights)
N_INV = 1560
num = 471200
plan = []
for c, w in zip(customers, weights):
    k = max(2, round(N_INV * w / tw))
    for _ in range(k):
        plan.append(c)
R.shuffle(plan)
# twin invoices: same customer, same amount (recurring billing)
twin_same = R.sample([c for c in customers if c["country"] == "US" and not c["dba"] and not c["parent"]], 12)
for c in twin_same:
    plan.append(("TWIN", c))
issue_days = (date(2026, 3, 31) - START_ISSUE).days


def make_invoice(c, cur, amount, issue):
    global num
    num += R.choice([1, 1, 1, 2, 3])
    terms = R.choice([30, 30, 30, 30, 45, 60])
    iid = "i-%05d" % (10001 + len(invoices))
    inv = {"id": iid, "number": "INV-%d" % num, "customer_id": c["id"], "customer_name": c["name"],
           "currency": cur, "total": s(amount), "balance": s(amount), "issue_date": issue.isoformat(),
           "due_date": (issue + timedelta(terms)).isoformat()}
    if R.random() < 0.07 and amount > 300:
        inv["balance"] = s(q(amount * D(R.choice(["0.5", "0.4", "0.75", "0.6"]))))
    invoices.append(inv)
    bal[iid] = D(inv["balance"])
    return inv


twin_pairs = []
dated = sorted(((START_ISSUE + timedelta(R.randrange(issue_days)), k, item) for k, item in enumerate(plan)), key=lambda x: (x[0], x[1]))
for issue, _k, item in dated:
    if isinstance(item, tuple):
        c = item[1]
        a = q(R.choice([1450, 1875, 2240, 3120, 985, 4400, 760, 1299]) + R.choice([0, 0, D("0.50"), D("12.75")]))
        i1 = make_invoice(c, "USD", a, issue)
        i2 = make_invoice(c, "USD", a, issue + timedelta(R.choice([28, 30, 31])))
        i1["balance"] = i1["total"]; i2["balance"] = i2["total"]
        bal[i1["id"]] = a; bal[i2["id"]] = a
        twin_pairs.append((c["id"], i1["id"], i2["id"]))
        continue
    c = item
    cur = R.choice(c["currs"]) if len(c["currs"]) > 1 else c["currs"][0]
    make_invoice(c, cur, q(R.uniform(60, 2400)) if c["person"] else rand_amount(cur), issue)
# twin amounts across colliding ACH names
cross_twins = []
for key, ids in ACH16.items():
    if len(ids) == 2 and CUST[ids[0]]["currs"][0] in CUST[ids[1]]["currs"]:
        a = q(R.uniform(700, 9000))
        issue = date(2026, 2, R.randrange(1, 27))
        cu = CUST[ids[0]]["currs"][0]
        ia = make_invoice(CUST[ids[0]], cu, a, issue)
        ib = make_invoice(CUST[ids[1]], cu, a, issue + timedelta(3))
        for x in (ia, ib):
            x["balance"] = x["total"]; bal[x["id"]] = a
        cross_twins.append((ids[0], ia["id"], ids[1], ib["id"]))
# sort invoices by number for a realistic export (ids stay as issued)
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
BYCUST = defaultdict(list)
for i in invoices:
    BYCUST[i["customer_id"]].append(i)

# ---------------------------------------------------------------- text helpers
def digits(n):
    return n.split("-")[1]


def fmt(a, lang):
    a = q(a)
    if lang == "fr-CA":
        return "{:,.2f}".format(a).replace(",", "\u00a0" if R.random() < 0.3 else " ").replace(".", ",") + " $"
    return "{:,.2f}".format(a)


def numtxt(inv, lang, style=None):
    d = digits(inv["number"])
    if lang == "fr-CA":
        style = style or R.choice(["fact", "facture", "bare", "F", "INV"])
        return {"fact": "fact. " + d, "facture": "facture " + d, "bare": d, "F": "F-" + d, "INV": inv["number"]}[style]
    style = style or R.choice(["INV-", "INV", "Inv ", "bare", "#", "IN"])
    return {"INV-": inv["number"], "INV": "INV" + d, "Inv ": "Inv " + d, "bare": d, "#": "#" + d, "IN": "IN" + d}[style]


def payer_for(c, channel):
    if channel in ("ach_ccd", "ach_ctx"):
        return bankname(c["name"], 16)
    if channel == "eft":
        return bankname(c["name"], R.choice([20, 22]))
    if channel in ("wire", "swift"):
        return bankname(c["name"], 35)
    if channel == "interac":
        return bankname(c["person"] or c["name"], 30)
    return c["name"]  # lockbox cheque: drawer name as printed


def pick_channel(c, cur):
    if c["person"]:
        return R.choice(["interac", "interac", "eft"])
    if c["country"] == "US":
        return R.choice(["ach_ctx", "ach_ctx", "ach_ccd", "ach_ccd", "wire", "lockbox", "lockbox"])
    if cur == "USD":
        return R.choice(["swift", "wire", "lockbox"])
    return R.choice(["eft", "eft", "lockbox", "swift"])


def rnd_id(n, alpha=False):
    ch = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if alpha else "0123456789"
    return "".join(R.choice(ch) for _ in range(n))


DED = {"freight": {"en": ["FRT", "FREIGHT", "FRGT CHG"], "fr-CA": ["transport", "frais de transport"], "edi": "FR"},
       "damaged": {"en": ["DMG", "DAMAGED", "DMGD GOODS"], "fr-CA": ["marchandise endommagée", "bris"], "edi": "DM"},
       "pricing": {"en": ["PRC", "PRICE DIFF", "PRICING"], "fr-CA": ["écart de prix", "différence de prix"], "edi": "PR"},
       "shortage": {"en": ["SHT", "SHORT SHIP", "SHORTAGE"], "fr-CA": ["manquant", "quantité manquante"], "edi": "SH"},
       "early_pay_discount": {"en": ["2% DISC", "DISC 2/10", "TERMS DISC"], "fr-CA": ["escompte 2 %", "escompte 2/10"], "edi": "DS"},
       "bank_fee": {"en": ["less bank charges", "net of wire fee"], "fr-CA": ["frais bancaires déduits"], "edi": "BF"}}


def render(c, cur, channel, lines, lang, pay_date, extra=None, generic=None):
    """lines: list of dicts {inv, paid, ded, why}. Returns (reference, remittance)."""
    extra = extra or {}
    total = sum((l["paid"] for l in lines), D(0))
    ref = rem = None
    style = R.choice(["INV-", "INV", "bare", "IN"]) if lang == "en" else R.choice(["fact", "bare", "facture"])
    nts = [l.get("txt") or numtxt(l["inv"], lang, style) for l in lines]
    if channel == "ach_ctx":
        ref = "CTX TRN*1*%s" % rnd_id(10)
        segs = ["BPR*C*%s*C*ACH*CTX*01*%s*DA*%s" % (s(total), rnd_id(9), rnd_id(8)), "TRN*1*%s*1%s" % (rnd_id(10), rnd_id(9)),
                "N1*PR*%s" % bankname(extra.get("legal", c["name"]) if c else extra.get("legal"), 35)]
        for l, nt in zip(lines, nts):
            n = l.get("txt") or (l["inv"]["number"] if R.random() < 0.5 else digits(l["inv"]["number"]))
            if l.get("ded"):
                segs.append("RMR*IV*%s*PI*%s*%s*%s" % (n, s(l["paid"]), s(l["paid"] + l["ded"]), s(l["ded"]) if l["why"] == "early_pay_discount" else ""))
                segs[-1] = segs[-1].rstrip("*")
                if l["why"] != "early_pay_discount":
                    segs.append("ADX*-%s*%s" % (s(l["ded"]), DED[l["why"]]["edi"]))
            else:
                segs.append("RMR*IV*%s*PI*%s" % (n, s(l["paid"])))
        if generic:
            segs.append("NTE*%s" % generic)
        rem = "~".join(segs) + "~"
    elif channel == "ach_ccd":
        parts = []
        for l, nt in zip(lines, nts):
            if l.get("ded"):
                parts.append("%s %s %s %s" % (nt, R.choice(DED[l["why"]]["en"]), "-", s(l["ded"])))
            else:
                parts.append(nt)
        txt = "PMT " + " ".join(parts) if parts else (generic or "")
        ref = txt[:80] if txt else None
        if len(txt) > 80 or (lines and R.random() < 0.3):
            ref = "CCD %s ENTRY %s" % (R.choice(["VENDOR PMT", "AP PAYMENT", "PAYABLES"]), rnd_id(7))
            rem = "Remittance advice\n" + "\n".join("%s  %s" % (nt, fmt(l["paid"], "en")) + ("  (%s %s)" % (R.choice(DED[l["why"]]["en"]), fmt(l["ded"], "en")) if l.get("ded") else "") for l, nt in zip(lines, nts))
            if generic:
                rem += "\n" + generic
    elif channel in ("wire", "swift"):
        body = " ".join(nts)
        fee = [l for l in lines if l.get("why") == "bank_fee"]
        if channel == "wire":
            ref = "FED IMAD %s%sQMGFT0%s" % (pay_date.strftime("%Y%m%d"), rnd_id(4, True), rnd_id(5))
            rem = "ORIG: %s\nOBI: %s" % (bankname(extra.get("legal", c["name"] if c else ""), 35), (body or generic or "").upper())
        else:
            ref = ":20:%s" % rnd_id(12, True)
            rem = ":50K:/%s\n1/%s\n:70:/RFB/%s\n:71A:%s" % (rnd_id(9), bankname(extra.get("legal", c["name"] if c else ""), 33), (body or generic or "").upper()[:140], R.choice(["SHA", "OUR", "SHA"]))
        if fee and R.random() < 0.5:
            rem += "\n" + R.choice(DED["bank_fee"][lang])
        for l, nt in zip(lines, nts):
            if l.get("ded") and l["why"] != "bank_fee":
                rem += "\n%s %s %s" % (nt, R.choice(DED[l["why"]][lang]), fmt(l["ded"], lang))
    elif channel == "lockbox":
        ref = R.choice(["CHK %s", "CHECK NO %s", "CHQ %s"]) % rnd_id(R.choice([4, 5, 6]))
        if lines:
            if lang == "fr-CA":
                rem = "Talon de chèque\n" + "\n".join("%s   %s" % (nt, fmt(l["paid"], lang)) + ("   %s -%s" % (R.choice(DED[l["why"]][lang]), fmt(l["ded"], lang)) if l.get("ded") else "") for l, nt in zip(lines, nts))
            else:
                rem = "STUB\n" + "\n".join("%-14s %12s" % (nt, fmt(l["paid"], "en")) + ("  %s %s" % (R.choice(DED[l["why"]]["en"]), fmt(l["ded"], "en")) if l.get("ded") else "") for l, nt in zip(lines, nts))
            if generic:
                rem += "\n" + generic
        else:
            rem = generic
    elif channel == "eft":
        ref = R.choice(["EFT %s", "PAYMENT %s", "DEPOT DIRECT %s", "AFT %s"]) % rnd_id(10)
        if lang == "fr-CA":
            head = R.choice(["Avis de paiement", "Avis de virement", "Paiement fournisseur"])
            rem = head + " — " + "; ".join("%s : %s" % (nt, fmt(l["paid"], lang)) + (" (%s %s)" % (R.choice(DED[l["why"]][lang]), fmt(l["ded"], lang)) if l.get("ded") else "") for l, nt in zip(lines, nts))
        else:
            head = R.choice(["Payment advice", "EFT remittance", "Supplier payment"])
            rem = head + ": " + "; ".join("%s %s" % (nt, fmt(l["paid"], lang)) + (" (%s %s)" % (R.choice(DED[l["why"]][lang]), fmt(l["ded"], lang)) if l.get("ded") else "") for l, nt in zip(lines, nts))
        if not lines:
            rem = generic
        elif generic:
            rem += " " + generic
    elif channel == "interac":
        ref = "INTERAC E-TRF %s" % ("CA" + rnd_id(6, True) + rnd_id(2, True).lower())
        if lines:
            if lang == "fr-CA":
                rem = "Message: " + R.choice(["paiement ", "pour ", "", "merci - "]) + ", ".join(nts)
            else:
                rem = "Message: " + R.choice(["payment for ", "for ", "", "thanks - "]) + ", ".join(nts)
            if generic:
                rem += " " + generic
        else:
            rem = ("Message: " + generic) if generic else None
    return ref, rem

# ---------------------------------------------------------------- state helpers
def open_of(cid, cur=None):
    return [i for i in BYCUST[cid] if bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]


def subsets_equal(cid, cur, amt, maxk=3, exclude=()):
    res = []
    op = [i for i in open_of(cid, cur) if i["id"] not in exclude]
    for k in range(1, maxk + 1):
        if k == 3 and len(op) > 45:
            break
        for comb in combinations(op, k):
            if sum((bal[i["id"]] for i in comb), D(0)) == amt:
                res.append(tuple(i["id"] for i in comb))
    if len(op) > 1 and sum((bal[i["id"]] for i in op), D(0)) == amt and tuple(i["id"] for i in op) not in res:
        res.append(tuple(i["id"] for i in op))
    return res


def global_single(cur, amt):
    return [i for i in invoices if i["currency"] == cur and bal[i["id"]] == amt]


def payer_unique(pn):
    hits = [c for c in customers if bankname(c["name"], 35).startswith(pn) or (c["dba"] and bankname(c["dba"], 35).startswith(pn))
            or (c["person"] and bankname(c["person"], 35).startswith(pn))]
    return len(hits) == 1


def mutate(d):
    d = list(d)
    if R.random() < 0.5:
        k = R.randrange(len(d) - 1)
        while d[k] == d[k + 1]:
            k = R.randrange(len(d) - 1)
        d[k], d[k + 1] = d[k + 1], d[k]
    else:
        k = R.randrange(1, len(d))
        d[k] = R.choice([x for x in "0123456789" if x != d[k]])
    return "".join(d)


# ---------------------------------------------------------------- scenarios
PLAN = {"exact_ref": 80, "typo_ref": 18, "list_ref": 35, "range_ref": 10, "lump_all_open": 10,
        "amount_only": 25, "partial_payment": 15, "remaining_balance": 6, "deduction": 30,
        "early_pay_discount": 15, "bank_fee": 12, "overpayment": 12, "second_payment": 10,
        "ref_not_open": 6, "no_fit_known": 8, "unknown_payer": 14, "unknown_payer_one_match": 5,
        "po_lookalike": 10, "cheque_lookalike": 10, "parent_pays": 10, "dba_payer": 8,
        "ambiguous_twin": 10, "ambiguous_payer_name": 8, "list_short_unexplained": 8,
        "ref_amount_conflict": 8, "currency_mismatch": 9, "bad_row": 8}
N_PAY = sum(PLAN.values())
DEPENDENT = ["remaining_balance", "second_payment"]
base = [k for k, v in PLAN.items() if k not in DEPENDENT for _ in range(v)]
R.shuffle(base)
seq = base[:]
for k in DEPENDENT:
    for _ in range(PLAN[k]):
        seq.insert(R.randrange(int(len(seq) * 0.45), len(seq) + 1), k)
bdays = [date(2026, 3, 2) + timedelta(d) for d in range(50) if (date(2026, 3, 2) + timedelta(d)).weekday() < 5]
pdates = sorted(R.choice(bdays) for _ in range(N_PAY))

payments, labels = [], []
history_full = []      # (inv_id, pay_idx, amount, channel, cust)
partial_in_run = []    # inv ids left open on purpose by a part payment
twin_left = list(twin_pairs)
cross_left = list(cross_twins)


class Retry(Exception):
    pass


def appl(pairs):
    return [{"invoice_id": i, "amount": s(a)} for i, a in pairs]


def cust_weight(c):
    return 4 if c["person"] else 3 if c["lang"] == "fr-CA" else 1.6 if c["country"] == "CA" else 1


def pick_cust(pred=lambda c: True, cur=None):
    pool = [c for c in customers if pred(c)]
    cs = []
    while pool and len(cs) < 40:
        c = R.choices(pool, [cust_weight(x) for x in pool])[0]
        pool.remove(c)
        cs.append(c)
    for c in cs:
        cu = cur or R.choice(c["currs"])
        if cu in c["currs"]:
            return c, cu
    raise Retry


def eligible(cid, cur, pd, n=1, fresh=True):
    op = [i for i in open_of(cid, cur) if date.fromisoformat(i["issue_date"]) <= pd]
    if fresh:
        op = [i for i in op if i["id"] not in partial_in_run]
    if len(op) < n:
        raise Retry
    return op


def cid_field(c, channel, force=None):
    if force is not None:
        return c["id"] if force else None
    p = {"lockbox": 0.75, "ach_ccd": 0.3, "ach_ctx": 0.35, "wire": 0.2, "swift": 0.2, "eft": 0.4, "interac": 0.0}[channel]
    return c["id"] if R.random() < p else None


def others_clear(c, cur, amt, exclude=()):
    """no single open invoice of c (other than exclude) has balance amt"""
    return not [i for i in open_of(c["id"], cur) if bal[i["id"]] == amt and i["id"] not in exclude]


def out(pd, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short=None, cands=None, reason="", note="", lang="en", channel=""):
    if rem and rem.startswith("BPR*C*") and amount is not None:
        rem = re.sub(r"^BPR\*C\*[0-9.]+\*", "BPR*C*%s*" % (amount if isinstance(amount, str) else s(amount)), rem)
    return {"pay": {"date": pd.isoformat(), "amount": amount if isinstance(amount, (str, type(None))) else s(amount),
                    "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem},
            "lab": {"status": status, "applications": appl(apps), "unapplied": s(unapplied) if not isinstance(unapplied, str) else unapplied,
                    "short_pay": short, "candidates": [{"invoice_ids": list(cn)} for cn in (cands or [])], "reason": reason},
            "note": note, "lang": lang, "channel": channel, "apply": apps}


def sc_exact_ref(pd):
    c, cur = pick_cust((lambda c: c["person"]) if R.random() < 0.15 else (lambda c: True))
    op = eligible(c["id"], cur, pd)
    inv = R.choice(op)
    ch = pick_channel(c, cur)
    amt = bal[inv["id"]]
    if ch == "interac" and amt > 3000:
        ch = "eft"
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt}], c["lang"], pd)
    pre = " (balance below total after an earlier credit)" if amt != D(inv["total"]) else ""
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "applied", [(inv["id"], amt)], 0,
               reason="reference %s and exact balance" % inv["number"], note="exact reference via %s%s" % (ch, pre), lang=c["lang"], channel=ch)


def sc_typo_ref(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd)
    inv = R.choice(op)
    amt = bal[inv["id"]]
    if not others_clear(c, cur, amt, (inv["id"],)):
        raise Retry
    d = digits(inv["number"])
    m = mutate(d)
    other = BYNUM.get("INV-" + m)
    if other and (other["customer_id"] == c["id"] or bal[other["id"]] == amt):
        raise Retry
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    force = True if ch in ("ach_ccd", "ach_ctx", "eft") else None
    cid = cid_field(c, ch, force)
    payer = payer_for(c, ch)
    if cid is None and not payer_unique(payer):
        cid = c["id"]
    txt = numtxt(inv, c["lang"]).replace(d, m)
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt, "txt": txt}], c["lang"], pd)
    where = "exists for another customer (%s)" % other["number"] if other else "does not exist"
    return out(pd, amt, cur, payer, cid, ref, rem, "applied", [(inv["id"], amt)], 0,
               reason="reference %s is a typo of %s; payer and exact balance agree" % (m, inv["number"]),
               note="typo %s for %s (%s); amount equals its balance" % (m, digits(inv["number"]), where), lang=c["lang"], channel=ch)


def sc_list_ref(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd, 2)
    k = R.randint(2, min(6, len(op)))
    invs = sorted(R.sample(op, k), key=lambda i: i["number"])
    lines = [{"inv": i, "paid": bal[i["id"]]} for i in invs]
    amt = sum((l["paid"] for l in lines), D(0))
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    ref, rem = render(c, cur, ch, lines, c["lang"], pd)
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs], 0,
               reason="%d invoices listed, sum equals payment" % k, note="list of %d invoices via %s" % (k, ch), lang=c["lang"], channel=ch)


def sc_range_ref(pd):
    c, cur = pick_cust(lambda c: not c["person"] and len(open_of(c["id"])) >= 4)
    op = sorted(eligible(c["id"], cur, pd, 3), key=lambda i: i["number"])
    allop = sorted(open_of(c["id"], cur), key=lambda i: i["number"])
    k = R.randint(3, min(5, len(op)))
    st = R.randrange(len(op) - k + 1)
    invs = op[st:st + k]
    lo, hi = digits(invs[0]["number"]), digits(invs[-1]["number"])
    if int(hi) - int(lo) > 200:
        raise Retry
    inside = [i for i in allop if lo <= digits(i["number"]) <= hi]
    if inside != invs:
        raise Retry
    amt = sum((bal[i["id"]] for i in invs), D(0))
    if c["lang"] == "fr-CA":
        txt = R.choice(["factures %s à %s", "fact. %s au %s", "%s-%s"]) % (lo, hi)
    else:
        txt = R.choice(["INV %s-%s", "%s THRU %s", "invoices %s to %s", "INV%s - INV%s"]) % (lo, hi)
    ch = R.choice(["ach_ccd", "wire", "eft", "lockbox"]) if c["country"] == "US" or cur == "USD" else R.choice(["eft", "lockbox"])
    if c["country"] == "US" and ch == "eft":
        ch = "ach_ccd"
    ref, rem = render(c, cur, ch, [{"inv": invs[0], "paid": amt, "txt": txt}], c["lang"], pd)
    between = int(hi) - int(lo) + 1 - k
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch, True), ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs], 0,
               reason="range %s-%s covers %d open invoices of the payer, sum equals payment" % (lo, hi, k),
               note="range of %d invoices; %d numbers inside the range are not this customer's open invoices" % (k, between), lang=c["lang"], channel=ch)


def sc_lump_all_open(pd):
    c, cur = pick_cust(lambda c: 2 <= len(open_of(c["id"])) <= 9 and not c["person"])
    op = open_of(c["id"], cur)
    if len(op) < 2 or any(date.fromisoformat(i["issue_date"]) > pd for i in op) or any(i["id"] in partial_in_run for i in op):
        raise Retry
    amt = sum((bal[i["id"]] for i in op), D(0))
    if subsets_equal(c["id"], cur, amt, maxk=min(3, len(op) - 1)) != [tuple(i["id"] for i in op)]:
        raise Retry
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    gen = R.choice(["Payment per statement dated %s" % (pd - timedelta(R.randint(3, 12))).strftime("%m/%d/%Y"), "ALL OPEN ITEMS", "STMT PMT %s" % pd.strftime("%b%y").upper()]) \
        if c["lang"] == "en" else R.choice(["Paiement selon état de compte du %s" % (pd - timedelta(R.randint(3, 12))).strftime("%d/%m/%Y"), "Solde complet du compte"])
    ref, rem = render(c, cur, ch, [], c["lang"], pd, generic=gen)
    if ch == "ach_ccd":
        ref = gen[:80]
    return out(pd, amt, cur, payer_for(c, ch), c["id"], ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in op], 0,
               reason="payment equals the sum of all %d open %s invoices" % (len(op), cur), note="statement lump sum, no invoice numbers", lang=c["lang"], channel=ch)


def sc_amount_only(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd)
    inv = R.choice(op)
    amt = bal[inv["id"]]
    if subsets_equal(c["id"], cur, amt) != [(inv["id"],)]:
        raise Retry
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    gen = R.choice(["VENDOR PAYMENT", "PAYMENT", None, "AP RUN %s" % pd.strftime("%m%d")]) if c["lang"] == "en" else R.choice(["PAIEMENT", None, "Paiement fournisseur"])
    ref, rem = render(c, cur, ch, [], c["lang"], pd, generic=gen)
    if ch == "ach_ccd":
        ref = gen
    return out(pd, amt, cur, payer_for(c, ch), c["id"], ref, rem, "applied", [(inv["id"], amt)], 0,
               reason="known customer, amount equals exactly one open invoice %s" % inv["number"], note="no reference; unique amount within the customer's open items", lang=c["lang"], channel=ch)


def sc_partial_payment(pd):
    c, cur = pick_cust((lambda c: c["person"]) if R.random() < 0.2 else (lambda c: True))
    op = eligible(c["id"], cur, pd)
    inv = R.choice([i for i in op if bal[i["id"]] >= 400] or [None])
    if inv is None:
        raise Retry
    b = bal[inv["id"]]
    k = R.choice([2, 3, 4])
    amt = q(b / k) if R.random() < 0.6 else q(int(b * D(R.choice(["0.3", "0.5", "0.6"])) / 50) * 50)
    if amt <= 0 or amt >= b or not others_clear(c, cur, amt) or subsets_equal(c["id"], cur, amt):
        raise Retry
    if c["lang"] == "fr-CA":
        gen = R.choice(["paiement partiel", "acompte", "versement 1 de %d" % k, "premier versement, solde à suivre"])
    else:
        gen = R.choice(["partial payment", "PARTIAL PMT", "installment 1 of %d" % k, "payment on account, balance to follow"])
    ch = pick_channel(c, cur)
    if ch == "interac" and amt > 3000:
        ch = "eft"
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt}], c["lang"], pd, generic=gen)
    if ch == "ach_ccd" and (ref or "").startswith("PMT"):
        ref = (ref + " " + gen.upper())[:80]
    if ch == "wire" or ch == "swift":
        rem += "\n" + gen
    partial_in_run.append(inv["id"])
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "partial", [(inv["id"], amt)], 0,
               reason="part payment of %s, %s left open" % (inv["number"], s(b - amt)), note="part payment stated in text ('%s')" % gen, lang=c["lang"], channel=ch)


def sc_remaining_balance(pd):
    cand = [i for i in partial_in_run if bal[i] > 0 and date.fromisoformat(INV[i]["issue_date"]) <= pd]
    if not cand:
        raise Retry
    inv = INV[R.choice(cand)]
    c, cur = CUST[inv["customer_id"]], inv["currency"]
    amt = bal[inv["id"]]
    if not others_clear(c, cur, amt, (inv["id"],)):
        raise Retry
    gen = "solde" if c["lang"] == "fr-CA" else R.choice(["balance", "final payment", "remaining balance"])
    ch = pick_channel(c, cur)
    if ch == "interac" and amt > 3000:
        ch = "eft"
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt}], c["lang"], pd, generic=gen)
    partial_in_run.remove(inv["id"])
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "applied", [(inv["id"], amt)], 0,
               reason="pays the balance left by an earlier part payment on %s" % inv["number"],
               note="second instalment equals the balance left open by an earlier payment in this file", lang=c["lang"], channel=ch)


def _short(pd, why, ded_fn, chans=None, date_ok=None):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd)
    if date_ok:
        op = [i for i in op if date_ok(i)]
    op = [i for i in op if bal[i["id"]] >= 150]
    if not op:
        raise Retry
    inv = R.choice(op)
    b = bal[inv["id"]]
    ded = ded_fn(inv, b)
    amt = b - ded
    if ded <= 0 or amt <= 0 or not others_clear(c, cur, amt) or subsets_equal(c["id"], cur, amt):
        raise Retry
    ch = R.choice(chans) if chans else pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    if c["country"] == "US" and ch in ("eft", "swift"):
        ch = "wire"
    if c["country"] == "CA" and ch in ("ach_ctx", "ach_ccd"):
        ch = "eft"
    lines = [{"inv": inv, "paid": amt, "ded": ded, "why": why}]
    extra_inv = []
    if why not in ("bank_fee",) and R.random() < 0.35:
        others = [i for i in eligible(c["id"], cur, pd) if i["id"] != inv["id"]]
        if others:
            extra_inv = R.sample(others, min(len(others), R.randint(1, 2)))
            lines += [{"inv": i, "paid": bal[i["id"]]} for i in extra_inv]
            R.shuffle(lines)
    tot = sum((l["paid"] for l in lines), D(0))
    if extra_inv and (subsets_equal(c["id"], cur, tot) or others_clear(c, cur, tot) is False):
        raise Retry
    ref, rem = render(c, cur, ch, lines, c["lang"], pd)
    apps = [(l["inv"]["id"], l["paid"]) for l in lines]
    return c, cur, inv, ded, tot, ch, ref, rem, apps


def sc_deduction(pd):
    why = R.choice(["freight", "freight", "damaged", "pricing", "shortage"])
    def dfn(inv, b):
        if why == "freight":
            return q(R.choice([45, 65, 85, 112.5, 135, 187.25, 240]))
        return q(b * D(R.choice(["0.03", "0.05", "0.08", "0.1", "0.15"])))
    c, cur, inv, ded, tot, ch, ref, rem, apps = _short(pd, why, dfn, ["ach_ctx", "ach_ctx", "ach_ccd", "lockbox", "eft", "wire"])
    return out(pd, tot, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "partial", apps, 0,
               short={"invoice_id": inv["id"], "amount": s(ded), "reason": why},
               reason="short pay on %s: %s deduction %s" % (inv["number"], why, s(ded)),
               note="deduction %s %s stated in remittance%s" % (why, s(ded), "; other listed invoices paid in full" if len(apps) > 1 else ""), lang=c["lang"], channel=ch)


def sc_early_pay_discount(pd):
    late = R.random() < 0.25
    ok = (lambda i: 11 <= (pd - date.fromisoformat(i["issue_date"])).days <= 40) if late else (lambda i: (pd - date.fromisoformat(i["issue_date"])).days <= 10)
    def dfn(inv, b):
        if b != D(inv["total"]):
            return D(0)
        return q(D(inv["total"]) * D("0.02"))
    c, cur, inv, ded, tot, ch, ref, rem, apps = _short(pd, "early_pay_discount", dfn, ["ach_ctx", "ach_ctx", "lockbox", "eft", "ach_ccd"], ok)
    days = (pd - date.fromisoformat(inv["issue_date"])).days
    return out(pd, tot, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "partial", apps, 0,
               short={"invoice_id": inv["id"], "amount": s(ded), "reason": "early_pay_discount"},
               reason="2%% early-pay discount %s taken on %s" % (s(ded), inv["number"]),
               note="2/10 net 30 discount taken %d days after issue%s" % (days, " (unearned: outside 10 days)" if late else ""), lang=c["lang"], channel=ch)


def sc_bank_fee(pd):
    c, cur, inv, ded, tot, ch, ref, rem, apps = _short(pd, "bank_fee", lambda i, b: q(R.choice([10, 12, 15, 18, 20, 25, 30, 35, 40])) if b > 1500 else D(0), ["wire", "swift"])
    return out(pd, tot, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "partial", apps, 0,
               short={"invoice_id": inv["id"], "amount": s(ded), "reason": "bank_fee"},
               reason="wire for %s arrived %s short (bank charges)" % (inv["number"], s(ded)),
               note="exact reference, shortfall %s is a wire fee%s" % (s(ded), " (stated)" if ("charges" in (rem or "") or "fee" in (rem or "") or "frais" in (rem or "")) else " (not stated)"), lang=c["lang"], channel=ch)


def sc_overpayment(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd)
    pre = [i for i in op if bal[i["id"]] != D(i["total"])]
    if pre and R.random() < 0.5:
        inv = R.choice(pre)
        amt = D(inv["total"])
        why = "paid the invoice total although an earlier credit had reduced the balance"
    else:
        inv = R.choice(op)
        amt = bal[inv["id"]] + q(R.choice([100, 250, 0.5, 10, 1000, 37.8, 500])) if R.random() < 0.5 else bal[inv["id"]] * 2
        why = "paid more than the balance" if amt != bal[inv["id"]] * 2 else "paid the invoice twice in one payment"
    b = bal[inv["id"]]
    extra = amt - b
    if extra <= 0 or subsets_equal(c["id"], cur, extra, 2, exclude=(inv["id"],)) or subsets_equal(c["id"], cur, amt, 3):
        raise Retry
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt}], c["lang"], pd)
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch), ref, rem, "unapplied", [(inv["id"], b)], extra,
               reason="%s paid in full, %s over held on account" % (inv["number"], s(extra)), note="overpayment: " + why, lang=c["lang"], channel=ch)


def sc_second_payment(pd):
    cand = [h for h in history_full if bal[h[0]] == 0]
    if not cand:
        raise Retry
    iid, pidx, amt, ch, cid = R.choice(cand)
    inv = INV[iid]
    c, cur = CUST[cid], inv["currency"]
    if subsets_equal(c["id"], cur, amt, 3):
        raise Retry
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt}], c["lang"], pd)
    return out(pd, amt, cur, payer_for(c, ch), c["id"] if R.random() < 0.6 else cid_field(c, ch), ref, rem, "unapplied", [], amt,
               reason="%s was already paid by %s; held as unapplied cash" % (inv["number"], payments[pidx]["id"]),
               note="duplicate payment of an invoice paid earlier in this file", lang=c["lang"], channel=ch)


def sc_ref_not_open(pd):
    c, cur = pick_cust(lambda c: not c["person"] and c["country"] == "US")
    n = str(R.randint(455000, 470900))
    if "INV-" + n in BYNUM:
        raise Retry
    amt = rand_amount(cur)
    if subsets_equal(c["id"], cur, amt, 3) or global_single(cur, amt):
        raise Retry
    fake = {"number": "INV-" + n}
    ch = R.choice(["ach_ctx", "ach_ccd", "lockbox"])
    ref, rem = render(c, cur, ch, [{"inv": fake, "paid": amt}], c["lang"], pd)
    return out(pd, amt, cur, payer_for(c, ch), c["id"], ref, rem, "unapplied", [], amt,
               reason="known customer; %s is not an open invoice and the amount fits none" % n,
               note="reference to an invoice not in the open list (already closed)", lang=c["lang"], channel=ch)


def sc_no_fit_known(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    amt = rand_amount(cur)
    if subsets_equal(c["id"], cur, amt, 3):
        raise Retry
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    gen = R.choice(["PAYMENT", "VENDOR PMT", "deposit for upcoming order", "prepayment PO 7781%s" % rnd_id(2)]) if c["lang"] == "en" else R.choice(["dépôt commande à venir", "paiement anticipé"])
    ref, rem = render(c, cur, ch, [], c["lang"], pd, generic=gen)
    if ch == "ach_ccd":
        ref = gen.upper()
    return out(pd, amt, cur, payer_for(c, ch), c["id"], ref, rem, "unapplied", [], amt,
               reason="known customer, amount fits no open invoice; held on account", note="known customer, no invoice fits ('%s')" % gen, lang=c["lang"], channel=ch)


STRANGERS = [("HARBORVIEW PROPERTY MGMT", "en"), ("J SMITH", "en"), ("PAYPAL *QUICKPARTS", "en"), ("WESTFIELD UNIFIED SCHOOL D", "en"),
             ("STRIPE TRANSFER ST-%s" % rnd_id(6, True), "en"), ("GESTION IMMOBILIERE LAFLECHE", "fr-CA"), ("MUNICIPALITE DE ST-", "fr-CA"),
             ("9087-4412 QUEBEC INC", "fr-CA"), ("ONTARIO 2219087", "en"), ("COASTAL MARINE CHAN", "en"), ("DEPT OF TREASURY", "en"),
             ("BLUE HERON LANDSCAP", "en"), ("SOC. DE TRANSPORT DE", "fr-CA"), ("MR R PATEL", "en"), ("ACME HOLDINGS 4471", "en")]


def sc_unknown_payer(pd, one=False):
    pn, lang = R.choice(STRANGERS)
    cur = "CAD" if lang == "fr-CA" or R.random() < 0.3 else "USD"
    if one:
        inv = R.choice([i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0 and date.fromisoformat(i["issue_date"]) <= pd])
        amt = bal[inv["id"]]
        if len(global_single(cur, amt)) != 1:
            raise Retry
    else:
        amt = rand_amount(cur)
        if global_single(cur, amt):
            raise Retry
    if any(bankname(c["name"], 35).startswith(pn[:10]) for c in customers):
        raise Retry
    ref = R.choice([None, "PAYMENT", "REF %s" % rnd_id(8), "INTERAC E-TRF CA%s" % rnd_id(7, True)]) if cur == "CAD" else R.choice([None, "PAYMENT", "WEB PMT %s" % rnd_id(9), "ORDER %s" % rnd_id(5)])
    rem = None if R.random() < 0.6 else (R.choice(["Paiement", "Merci", "pour votre facture"]) if lang == "fr-CA" else R.choice(["thanks", "payment as discussed", "see attached"]))
    if one:
        return out(pd, amt, cur, pn, None, ref, rem, "review", [], amt, cands=[(inv["id"],)],
                   reason="payer unknown; amount equals one open invoice %s of %s" % (inv["number"], inv["customer_name"]),
                   note="unknown payer whose amount matches exactly one open invoice in the whole ledger", lang=lang, channel="unknown")
    return out(pd, amt, cur, pn, None, ref, rem, "review", [], amt, cands=[],
               reason="payer unknown and no reference or amount match", note="unknown payer, nothing fits", lang=lang, channel="unknown")


def sc_unknown_payer_one_match(pd):
    return sc_unknown_payer(pd, True)


def sc_po_lookalike(pd, cheque=False):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd)
    inv = R.choice(op)
    amt = bal[inv["id"]]
    if subsets_equal(c["id"], cur, amt) != [(inv["id"],)]:
        raise Retry
    same = [i for i in open_of(c["id"]) if i["id"] != inv["id"]]
    pool = same if (same and R.random() < 0.4) else [i for i in invoices if i["customer_id"] != c["id"] and bal[i["id"]] > 0]
    decoy = R.choice(pool)
    if bal[decoy["id"]] == amt:
        raise Retry
    dd = digits(decoy["number"])
    if cheque:
        ch = "lockbox"
        ref = R.choice(["CHK %s", "CHECK NO %s", "CHQ #%s", "CHEQUE %s"]) % dd
        rem = None if R.random() < 0.7 else ("Talon illisible" if c["lang"] == "fr-CA" else "STUB NOT RETURNED")
        what = "cheque number"
    else:
        ch = pick_channel(c, cur)
        if ch in ("interac", "lockbox"):
            ch = "eft" if c["country"] == "CA" else "ach_ccd"
        po = (R.choice(["BC %s", "bon de commande %s", "PO %s"]) if c["lang"] == "fr-CA" else R.choice(["PO %s", "P.O. #%s", "PO#%s", "PURCHASE ORDER %s", "OUR PO %s"])) % dd
        ref, rem = render(c, cur, ch, [], c["lang"], pd, generic=po)
        if ch == "ach_ccd":
            ref = po
        what = "PO number"
    rel = "an open invoice of the same customer" if decoy["customer_id"] == c["id"] else "an open invoice of another customer"
    return out(pd, amt, cur, payer_for(c, ch), c["id"], ref, rem, "applied", [(inv["id"], amt)], 0,
               reason="%s %s is not an invoice reference; amount equals %s" % (what, dd, inv["number"]),
               note="%s %s looks like %s (%s); known customer and unique amount decide" % (what, dd, decoy["number"], rel), lang=c["lang"], channel=ch)


def sc_cheque_lookalike(pd):
    return sc_po_lookalike(pd, True)


PARENT_OF = defaultdict(list)
for c in customers:
    if c["parent"]:
        PARENT_OF[c["parent"]].append(c)


def sc_parent_pays(pd):
    pn, pbank = R.choice(PARENTS)
    subs = PARENT_OF[pn]
    cur = subs[0]["currs"][0]
    invs = []
    for c in R.sample(subs, R.randint(2, 3)):
        try:
            op = eligible(c["id"], cur, pd)
        except Retry:
            continue
        invs += R.sample(op, min(len(op), R.randint(1, 2)))
    if len({i["customer_id"] for i in invs}) < 2:
        raise Retry
    lang = subs[0]["lang"]
    lines = [{"inv": i, "paid": bal[i["id"]]} for i in invs]
    amt = sum((l["paid"] for l in lines), D(0))
    ch = R.choice(["ach_ctx", "wire"]) if subs[0]["country"] == "US" else R.choice(["eft", "swift"])
    ref, rem = render(None, cur, ch, lines, lang, pd, extra={"legal": pn})
    payer = pbank if ch in ("ach_ctx", "eft") else bankname(pn, 35)
    return out(pd, amt, cur, payer, None, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs], 0,
               reason="parent %s pays listed invoices of %d subsidiaries" % (pn, len({i["customer_id"] for i in invs})),
               note="parent company pays for subsidiaries; payer name matches no customer", lang=lang, channel=ch)


def sc_dba_payer(pd):
    c, cur = pick_cust(lambda c: c["dba"])
    op = eligible(c["id"], cur, pd)
    invs = R.sample(op, min(len(op), R.randint(1, 3)))
    lines = [{"inv": i, "paid": bal[i["id"]]} for i in invs]
    amt = sum((l["paid"] for l in lines), D(0))
    ch = R.choice(["ach_ccd", "ach_ctx", "lockbox", "wire"])
    ref, rem = render(c, cur, ch, lines, "en", pd, extra={"legal": c["dba"]})
    payer = bankname(c["dba"], 16) if ch.startswith("ach") else (c["dba"] if ch == "lockbox" else bankname(c["dba"] + " " + c["name"].split()[0], 35))
    return out(pd, amt, cur, payer, None, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs], 0,
               reason="trading name %s of %s; invoice references match" % (c["dba"], c["name"]),
               note="payer is the DBA, not the legal name on the invoices", lang="en", channel=ch)


def sc_ambiguous_twin(pd):
    ok = [t for t in twin_left if bal[t[1]] > 0 and bal[t[2]] > 0 and bal[t[1]] == bal[t[2]]]
    if not ok:
        raise Retry
    t = R.choice(ok)
    cid, a, b = t
    c = CUST[cid]
    amt = bal[a]
    if len(subsets_equal(cid, "USD", amt)) != 2:
        raise Retry
    twin_left.remove(t)
    ch = R.choice(["ach_ccd", "lockbox", "ach_ctx"])
    gen = R.choice(["MONTHLY SERVICE", "PAYMENT", "VENDING REPLEN", None])
    if ch == "ach_ctx":
        ref = "CTX TRN*1*%s" % rnd_id(10)
        rem = "BPR*C*%s*C*ACH*CTX~TRN*1*%s~N1*PR*%s~" % (s(amt), rnd_id(10), bankname(c["name"], 35))
    else:
        ref, rem = render(c, "USD", ch, [], "en", pd, generic=gen)
        if ch == "ach_ccd":
            ref = gen
    return out(pd, amt, "USD", payer_for(c, ch), cid, ref, rem, "review", [], amt, cands=[(a,), (b,)],
               reason="two open invoices %s and %s have the same balance; no reference" % (INV[a]["number"], INV[b]["number"]),
               note="recurring billing: equal amounts, nothing tells which one", lang="en", channel=ch)


def sc_ambiguous_payer_name(pd):
    ok = [t for t in cross_left if bal[t[1]] > 0 and bal[t[3]] > 0]
    if not ok:
        raise Retry
    t = R.choice(ok)
    ca, ia, cb, ib = t
    cur = INV[ia]["currency"]
    amt = bal[ia]
    if bal[ib] != amt or len(subsets_equal(ca, cur, amt)) != 1 or len(subsets_equal(cb, cur, amt)) != 1:
        raise Retry
    cross_left.remove(t)
    c = CUST[ca]
    ch = "ach_ccd" if c["country"] == "US" else "eft"
    payer = bankname(c["name"], 16)
    if bankname(CUST[cb]["name"], 16) != payer:
        raise Retry
    ref = R.choice([None, "PAYMENT", "AP PMT %s" % rnd_id(6)])
    return out(pd, amt, cur, payer, None, ref, None, "review", [], amt, cands=[(ia,), (ib,)],
               reason="truncated payer name fits %s and %s, each with an open invoice of this amount" % (c["name"], CUST[cb]["name"]),
               note="16-character payer name shared by two customers; both have an invoice for exactly this amount", lang=c["lang"], channel=ch)


def sc_list_short_unexplained(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd, 2)
    invs = sorted(R.sample(op, R.randint(2, min(4, len(op)))), key=lambda i: i["number"])
    full = sum((bal[i["id"]] for i in invs), D(0))
    gap = q(R.uniform(15, float(min(full / 4, 900))))
    amt = full - gap
    if subsets_equal(c["id"], cur, amt, 3) or any(bal[i["id"]] == gap for i in open_of(c["id"], cur)):
        raise Retry
    ch = R.choice(["ach_ccd", "lockbox", "eft", "wire"])
    if c["country"] == "US" and ch == "eft":
        ch = "ach_ccd"
    if c["country"] == "CA" and ch == "ach_ccd":
        ch = "eft"
    nts = [numtxt(i, c["lang"]) for i in invs]
    if ch == "lockbox":
        ref = "CHK %s" % rnd_id(5)
        rem = ("Factures: " if c["lang"] == "fr-CA" else "Invoices: ") + ", ".join(nts)
    else:
        ref, rem = render(c, cur, ch, [{"inv": i, "paid": bal[i["id"]], "txt": n} for i, n in zip(invs, nts)], c["lang"], pd)
        if rem and ch == "eft":
            rem = ("Avis de paiement — factures " if c["lang"] == "fr-CA" else "Payment advice: invoices ") + ", ".join(nts)
        if ch == "ach_ccd":
            ref, rem = "PMT " + " ".join(nts), None
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch, True), ref, rem, "review", [], amt, cands=[tuple(i["id"] for i in invs)],
               reason="lists %d invoices totalling %s but pays %s with no reason given" % (len(invs), s(full), s(amt)),
               note="unexplained shortfall %s across a list: which invoice is short is unknown" % s(gap), lang=c["lang"], channel=ch)


def sc_ref_amount_conflict(pd):
    c, cur = pick_cust(lambda c: not c["person"])
    op = eligible(c["id"], cur, pd, 2)
    x, y = R.sample(op, 2)
    amt = bal[y["id"]]
    if amt >= bal[x["id"]] or subsets_equal(c["id"], cur, amt) != [(y["id"],)]:
        raise Retry
    ch = pick_channel(c, cur)
    if ch == "interac":
        ch = "eft"
    ref, rem = render(c, cur, ch, [{"inv": x, "paid": amt}], c["lang"], pd)
    return out(pd, amt, cur, payer_for(c, ch), cid_field(c, ch, True), ref, rem, "review", [], amt, cands=[(x["id"],), (y["id"],)],
               reason="reference %s but amount equals the balance of %s" % (x["number"], y["number"]),
               note="part payment of the named invoice or wrong reference for the exact-amount invoice: both defensible", lang=c["lang"], channel=ch)


def sc_currency_mismatch(pd):
    kind = R.choice(["cad_for_usd", "usd_for_cad", "eur"])
    if kind == "cad_for_usd":
        c, cur = pick_cust(lambda c: c["country"] == "CA" and "USD" in c["currs"], "USD")
        inv = R.choice(eligible(c["id"], "USD", pd))
        amt = q(bal[inv["id"]] * D(R.choice(["1.3612", "1.3587", "1.3744", "1.3490"])))
        pcur = "CAD"
        why = "CAD payment for a USD invoice (converted at the payer's rate)"
    elif kind == "usd_for_cad":
        c, cur = pick_cust(lambda c: c["country"] == "CA", "CAD")
        inv = R.choice(eligible(c["id"], "CAD", pd))
        amt = bal[inv["id"]]
        pcur = "USD"
        why = "USD payment with the same figure as a CAD invoice"
    else:
        c, cur = pick_cust(lambda c: c["country"] == "US", "USD")
        inv = R.choice(eligible(c["id"], "USD", pd))
        pcur = R.choice(["EUR", "GBP"])
        amt = q(bal[inv["id"]] * D("0.92" if pcur == "EUR" else "0.79"))
        why = "%s payment from a US customer's foreign affiliate for a USD invoice" % pcur
    if [i for i in open_of(c["id"], pcur) if bal[i["id"]] == amt] or subsets_equal(c["id"], pcur, amt, 3):
        raise Retry
    ch = "swift"
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": amt}], c["lang"], pd)
    return out(pd, amt, pcur, payer_for(c, ch), cid_field(c, ch), ref, rem, "review", [], amt, cands=[(inv["id"],)],
               reason="payment in %s references %s invoice %s; no same-currency invoice to apply to" % (pcur, inv["currency"], inv["number"]),
               note=why, lang=c["lang"], channel=ch)


BAD_KINDS = ["negative", "negative", "zero", "zero", "null_amount", "text_amount", "no_currency", "bad_currency"]


def sc_bad_row(pd):
    kind = BAD_KINDS.pop(0) if BAD_KINDS else "zero"
    c, cur = pick_cust(lambda c: c["country"] == "US")
    inv = R.choice(eligible(c["id"], cur, pd))
    ch = R.choice(["ach_ccd", "ach_ctx", "lockbox"])
    ref, rem = render(c, cur, ch, [{"inv": inv, "paid": bal[inv["id"]]}], "en", pd)
    amount, pcur, un = s(bal[inv["id"]]), cur, s(bal[inv["id"]])
    if kind == "negative":
        amount = "-" + amount
        un = amount
        ref = R.choice(["RETURN R01 ", "REVERSAL ", "ACH RETURN NSF "]) + (ref or "")
        what = "negative amount (ACH return/reversal)"
    elif kind == "zero":
        amount, un = "0.00", "0.00"
        ref = R.choice(["PRENOTE ", "ZERO DOLLAR REMIT ", ""]) + (ref or "")
        what = "zero amount (prenote/remittance-only entry)"
    elif kind == "null_amount":
        amount, un = None, "0.00"
        what = "amount missing"
    elif kind == "text_amount":
        amount, un = "see remit", "0.00"
        what = "amount not a number"
    elif kind == "no_currency":
        pcur = None
        what = "currency missing"
    else:
        pcur = "US$"
        what = "currency not an ISO 4217 code"
    return out(pd, amount, pcur, payer_for(c, ch), cid_field(c, ch), ref, rem, "review", [], un, cands=[],
               reason="bad row: %s" % what, note="bad row, %s; nothing may be applied" % what, lang="en", channel=ch)


# ---------------------------------------------------------------- run
FUN = {k: globals()["sc_" + k] for k in PLAN}
scenario_count = Counter()
for idx, (sc, pd) in enumerate(zip(seq, pdates)):
    got = None
    for attempt in range(400):
        try:
            got = FUN[sc](pd)
            break
        except Retry:
            continue
    if got is None:
        sc = "exact_ref"
        for attempt in range(400):
            try:
                got = sc_exact_ref(pd)
                break
            except Retry:
                continue
    pid = "p-%04d" % (idx + 1)
    pay = {"id": pid}
    pay.update(got["pay"])
    lab = {"payment_id": pid}
    lab.update(got["lab"])
    lab["scenario"] = sc
    lab["note"] = "[%s, %s, %s] %s" % (sc, got["lang"], got["channel"], got["note"])
    for iid, a in got["apply"]:
        assert a <= bal[iid], (sc, iid)
        bal[iid] -= a
        if bal[iid] == 0 and sc in ("exact_ref", "list_ref", "amount_only"):
            history_full.append((iid, idx, a, got["channel"], INV[iid]["customer_id"]))
    payments.append(pay)
    labels.append(lab)
    scenario_count[sc] += 1
    LANGS = globals().setdefault("LANGS", Counter())
    LANGS[got["lang"]] += 1
    CHANS = globals().setdefault("CHANS", Counter())
    CHANS[got["channel"]] += 1

# ---------------------------------------------------------------- write
os.makedirs(OUT, exist_ok=True)
inv_out = sorted(invoices, key=lambda i: (i["issue_date"], i["number"]))
with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
    json.dump(inv_out, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
    json.dump(payments, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)

STATUS = Counter(l["status"] for l in labels)
SC_STATUS = defaultdict(Counter)
for l in labels:
    SC_STATUS[l["scenario"]][l["status"]] += 1
CURS = Counter(str(p["currency"]) for p in payments)
SHORT = Counter(l["short_pay"]["reason"] for l in labels if l["short_pay"])
ninv_cur = Counter(i["currency"] for i in invoices)

DESC = {
    "exact_ref": ("applied", "one invoice named (RMR, OBI, cheque stub, EFT advice, Interac message), amount = open balance; some balances already below total"),
    "typo_ref": ("applied", "invoice number with a transposition or one wrong digit (non-existent, or another customer's invoice with a different balance); identified payer, amount = balance of the near number"),
    "list_ref": ("applied", "2-6 invoices listed, sum = payment"),
    "range_ref": ("applied", "a range 'INV 471697-471827', 'factures X à Y'; only the payer's own open invoices in the range, sum = payment"),
    "lump_all_open": ("applied", "statement payment without numbers; customer_id given; amount = all open items of that currency and no smaller subset fits"),
    "amount_only": ("applied", "customer_id given, no reference, amount equals exactly one open invoice and no 2- or 3-invoice combination"),
    "partial_payment": ("partial", "named invoice, less than the balance, text says partial/acompte/instalment; short_pay null"),
    "remaining_balance": ("applied", "pays what an earlier part payment in this file left open"),
    "deduction": ("partial", "short pay with freight/damage/pricing/shortage deduction (EDI ADX code, stub or advice text); short_pay names the invoice and the deducted amount"),
    "early_pay_discount": ("partial", "2/10 net 30: 2% of the total deducted (some outside the 10 days = unearned); short_pay reason early_pay_discount"),
    "bank_fee": ("partial", "wire arrives 10-40 short of an exactly referenced invoice; short_pay reason bank_fee"),
    "overpayment": ("unapplied", "referenced invoice paid in full and the rest held: invoice paid twice in one payment, total paid although balance was already reduced, or a round extra"),
    "second_payment": ("unapplied", "same invoice, same amount as an earlier payment in this file that closed it: nothing applied, whole amount unapplied"),
    "ref_not_open": ("unapplied", "known customer (customer_id), reference to an invoice number not in the open list, amount fits nothing"),
    "no_fit_known": ("unapplied", "known customer (customer_id), amount fits no invoice or combination (deposits, prepayments)"),
    "unknown_payer": ("review", "payer matches no customer, no usable reference, amount matches nothing; candidates []"),
    "unknown_payer_one_match": ("review", "payer matches no customer but the amount equals exactly one open invoice in the ledger; candidate listed"),
    "po_lookalike": ("applied", "reference is a PO / bon de commande number equal to another open invoice number; amount equals one invoice of the known payer"),
    "cheque_lookalike": ("applied", "lockbox cheque number equals another open invoice number; no stub; amount equals one invoice of the known payer"),
    "parent_pays": ("applied", "parent company (name matches no customer, customer_id null) pays listed invoices of several subsidiaries"),
    "dba_payer": ("applied", "payer is the trading (DBA) name, invoices are under the legal name; references exact"),
    "ambiguous_twin": ("review", "known customer, no reference, two open invoices with the same balance (recurring billing); both candidates"),
    "ambiguous_payer_name": ("review", "16-character ACH/EFT name shared by two customers, customer_id null, each has an open invoice of exactly this amount"),
    "list_short_unexplained": ("review", "lists invoices but pays less than their sum with no reason; candidate = the listed set"),
    "ref_amount_conflict": ("review", "names invoice X but the amount equals the balance of another invoice Y of the same customer (and is less than X's balance); candidates X then Y"),
    "currency_mismatch": ("review", "payment currency differs from the referenced invoice (CAD for a USD invoice, USD with the CAD figure, EUR/GBP); candidate = the referenced invoice"),
    "bad_row": ("review", "negative or zero amount, amount missing or not a number, currency missing or not ISO 4217; nothing applied, candidates []"),
}
lines = []
A = lines.append
A("# Blind cash-application set: US/Canada industrial-supplies distributor\n")
A("Built by `build.py` (seed %d, standard library only); verified by `check.py`. All companies, people and ids are made up.\n" % SEED)
A("## Theme\n")
A("A distributor of fasteners, bearings, hydraulics, safety and MRO supplies invoices customers in the US (USD) and Canada (CAD; some Canadian customers also buy in USD). "
  "Payments arrive by ACH CCD (addenda text, 16-character company name) and CTX (EDI 820: `BPR`, `TRN`, `N1*PR`, `RMR*IV*<invoice>*PI*<paid>*<gross>*<discount>`, `ADX*-<amount>*<code>` with FR freight, DM damaged, PR pricing, SH shortage), "
  "Fedwire (`ORIG:` / `OBI:`) and SWIFT MT103 (`:50K:`, `:70:/RFB/`, `:71A:`) wires, US and Canadian lockbox cheques (drawer name as printed, `CHK`/`CHQ` numbers, stub text), Canadian EFT/AFT with 20-22 character names and en/fr-CA advices, "
  "and Interac e-Transfers from sole proprietors' personal accounts. Invoice numbers are `INV-4712xx..4735xx` and appear as `INV-471402`, `INV471402`, `IN471402`, `#471402`, `471402`, `fact. 471402`, `F-471402`, `facture 471402`. "
  "French amounts are written `1 250,00 $`.\n")
A("## Files (`ledger_us_ca_distribution/`)\n")
A("| file | rows | content |\n|---|---|---|")
A("| `invoices.json` | %d | open invoices as the contract specifies (%s) |" % (len(invoices), ", ".join("%s %d" % kv for kv in sorted(ninv_cur.items()))))
A("| `payments.json` | %d | payments, oldest first, 2026-03-02..%s |" % (len(payments), payments[-1]["date"]))
A("| `labels.json` | %d | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |\n" % len(labels))
A("## Label conventions\n")
A("- Fields exactly as the contract: `payment_id, status, applications[{invoice_id, amount}], unapplied, short_pay, candidates, reason`, plus `scenario` and `note` (`[scenario, language, channel] explanation`). `reason` is free text and not meant to be compared literally.")
A("- Payments are replayed in order: every label was computed against the balances left by the earlier payments (part payments, short pays and second payments depend on this).")
A("- `applied`: applications add up to the payment, `unapplied` \"0.00\". `partial`: applications add up to the payment and at least one applied invoice stays open; `short_pay` = `{invoice_id, amount = amount deducted, reason}` with reason one of `freight, damaged, pricing, shortage, early_pay_discount, bank_fee`; a stated part payment has `short_pay` null.")
A("- `unapplied`: `applications` lists what was applied (overpayment: the referenced invoice's balance), `unapplied` the rest; second payments and no-fit payments of known customers apply nothing and hold the whole amount.")
A("- `review`: `applications` empty, `unapplied` = the payment amount (nothing applied, so that applications + unapplied still add up), `candidates` = list of `{\"invoice_ids\": [...]}` sets, best first (the order between equally good candidates is not meaningful; compare as a set of sets).")
A("- Bad rows (contract gives no error status): `review`, no applications, no candidates, `unapplied` = the amount when it is a number, else \"0.00\"; no `error` field because the contract defines none.")
A("- A payer counts as known when `customer_id` is given or the payer name/reference identifies the customer; amount-only decisions were made only with `customer_id` given.")
A("- Amount-only applications were checked: no other single invoice and no 2- or 3-invoice combination of that customer's open items in that currency has the same total.\n")
A("## Counts\n")
A("| scenario | n | expected status | what it is |\n|---|---|---|---|")
for k in PLAN:
    st = ", ".join("%s %d" % kv for kv in sorted(SC_STATUS[k].items()))
    A("| `%s` | %d | %s | %s |" % (k, scenario_count[k], st, DESC[k][1]))
A("")
A("Status: " + ", ".join("%s %d" % kv for kv in sorted(STATUS.items())) + ".  ")
A("Short-pay reasons: " + ", ".join("%s %d" % kv for kv in sorted(SHORT.items())) + ".  ")
A("Language of the remittance/customer: " + ", ".join("%s %d" % kv for kv in sorted(LANGS.items())) + ".  ")
A("Channel: " + ", ".join("%s %d" % kv for kv in sorted(CHANS.items())) + ".  ")
A("Payment currency: " + ", ".join("%s %d" % kv for kv in sorted(CURS.items())) + ".\n")
A("## Deliberately hard\n")
A("- Truncated payer names: 16-character ACH names collide naturally (e.g. several `GREAT LAKES BEAR...` customers); the reference must decide, and when it cannot, the label is review (`ambiguous_payer_name`).")
A("- Cheque numbers and PO numbers that equal real open invoice numbers, sometimes of the same customer.")
A("- Typos that land on another customer's existing invoice number.")
A("- Ranges whose numeric span includes many other customers' invoices.")
A("- EDI 820 with the deduction only in an `ADX` segment coded `FR/DM/PR/SH`; discounts only as RMR06.")
A("- Wires short by a bank fee with no text at all; CAD payments for USD invoices; a USD payment whose figure equals a CAD invoice.")
A("- Invoices whose balance is already below their total; overpayments that pay the total instead of the balance.")
A("- Parent companies and DBA names that match no customer name; sole proprietors paying by Interac under their personal name.")
A("- Two defensible readings are labelled review: equal-balance twins, name collisions, a named invoice vs an exact amount on another invoice, an unexplained shortfall across a list.")
A("\n## Contract gaps and the choices made here\n")
A("- Candidate format is not specified: used `[{\"invoice_ids\": [...]}]`; score candidates as a set of invoice sets.")
A("- `unapplied` on review is not specified: set to the whole amount so the contract's sum rule holds.")
A("- No error status for malformed rows: labelled `review`, nothing applied, no candidates.")
A("- Bank fees and unearned early-pay discounts are labelled as short pays (`partial`), not review; the reference is exact and the gap is explained or typical.")
A("- A typo that lands on another customer's open invoice (with a different balance) is still applied to the payer's own invoice whose number is one edit away and whose balance equals the payment (%d such rows)." % sum("exists for another" in l["note"] for l in labels))
A("- Candidate order: the named invoice first for `ref_amount_conflict`, older invoice first for twins; equal candidates have no meaningful order.")
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("invoices", len(invoices), "payments", len(payments), dict(STATUS))
