#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: an agro-food and packaging distributor selling in Morocco, Cote d'Ivoire,
Senegal, Cameroon, Gabon and France. Deterministic, stdlib only:
`python3 build.py` rewrites ledger_afrique/*.json and README.md byte for byte.

Stages: 1 customers + invoices, 2 payments + labels (with replay), 3 bad rows,
4 self-check + README.
"""
import json
import os
import random
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_afrique")
SEED = 121_2026
rng = random.Random(SEED)

CFA = ("XOF", "XAF")


def fmt(v, cur):
    """v is an int in minor units (CFA: francs, others: cents)."""
    if cur in CFA:
        return str(v)
    s = "-" if v < 0 else ""
    v = abs(v)
    return "%s%d.%02d" % (s, v // 100, v % 100)


def human(v, cur, style=0):
    """Amount as a person/bank writes it (French style)."""
    if cur in CFA:
        s = "{:,}".format(v).replace(",", " " if style == 0 else ".")
        return s + (" FCFA" if style != 2 else " F")
    units, cents = divmod(v, 100)
    s = "{:,}".format(units).replace(",", " " if style == 0 else ".")
    return "%s,%02d %s" % (s, cents, "DH" if cur == "MAD" else "EUR")


def hexid(prefix, n=10):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("&", " ET ").replace("'", " ").replace("-", " ").replace(".", "")
    s = s.replace("(", "").replace(")", "").replace(",", "")
    return " ".join(s.upper().split())


# ---------------------------------------------------------------- stage 1
COUNTRIES = [  # code, count, currency, cities
    ("MA", 70, "MAD", ["Casablanca", "Agadir", "Tanger", "Fes", "Marrakech", "Oujda"]),
    ("CI", 65, "XOF", ["Abidjan", "Bouake", "San-Pedro", "Yamoussoukro", "Korhogo"]),
    ("SN", 55, "XOF", ["Dakar", "Thies", "Kaolack", "Saint-Louis", "Touba", "Ziguinchor"]),
    ("CM", 50, "XAF", ["Douala", "Yaounde", "Bafoussam", "Garoua", "Kribi"]),
    ("GA", 20, "XAF", ["Libreville", "Port-Gentil", "Franceville", "Oyem"]),
    ("FR", 40, "EUR", ["Marseille", "Lyon", "Bordeaux", "Rungis", "Lille", "Nantes"]),
]

FAMILY = {
    "MA": ["Benjelloun", "El Amrani", "Tazi", "Bennani", "Alaoui", "Chraibi", "Berrada", "Idrissi",
           "El Fassi", "Lahlou", "Sebti", "Ouazzani", "Zniber", "Kettani", "Belkhayat", "Naciri"],
    "CI": ["Kouassi", "Kone", "Yao", "Coulibaly", "Ouattara", "Bamba", "Traore", "Kouame", "Aka",
           "Diabate", "Gbagbo", "Konan", "N'Guessan", "Soro", "Toure", "Adjoumani"],
    "SN": ["Diop", "Ndiaye", "Fall", "Sarr", "Sow", "Ba", "Gueye", "Mbaye", "Faye", "Seck",
           "Cisse", "Diallo", "Thiam", "Niang", "Kane", "Sy"],
    "CM": ["Fotso", "Kamga", "Ngono", "Mbarga", "Tchoupo", "Nkwenti", "Essomba", "Atangana",
           "Kenfack", "Tagne", "Biyong", "Eto'o", "Mvondo", "Njoya", "Talla", "Ewane"],
    "GA": ["Ondo", "Mba", "Nze", "Obame", "Ndong", "Moussavou", "Boussougou", "Mabika",
           "Nguema", "Ella"],
    "FR": ["Dupont", "Martin", "Lefevre", "Moreau", "Garnier", "Rousseau", "Fabre", "Bonnet",
           "Mercier", "Giraud", "Blanc", "Chevalier", "Perrin", "Robin"],
}
TRADE = ["Distribution", "Alimentation", "Negoce", "Agro", "Emballages", "Commerce General",
         "Import Export", "Boulangerie", "Superette", "Cash & Carry", "Minoterie",
         "Conserverie", "Laiterie", "Huilerie", "Provisions", "Grossiste"]
FORMS = {
    "MA": ["SARL", "SARL AU", "SA", "SNC"],
    "CI": ["SARL", "SA", "SAS", "Ets"],
    "SN": ["SARL", "SA", "SUARL", "Ets"],
    "CM": ["SARL", "SA", "Ets"],
    "GA": ["SARL", "SA", "Ets"],
    "FR": ["SAS", "SARL", "SA", "EURL"],
}
FANCY = {
    "MA": ["Al Baraka", "Atlas", "Souss Agro", "Al Amal", "Nour", "Maghreb Food", "Rif Pack",
           "Oasis", "Dar Essalam", "Anfa", "Al Mansour", "Zitouna"],
    "CI": ["Eburnie", "Lagune", "Akwaba", "Plateau", "Yopougon Market", "Cacao d'Or",
           "Savane", "Baoule", "Ivoire Pack", "Treichville"],
    "SN": ["Teranga", "Sahel", "Baobab", "Cap-Vert", "Sine Saloum", "Touba Khadim",
           "Keur Massar", "Dakar Pack", "Serigne", "Ndar"],
    "CM": ["Wouri", "Sanaga", "Mungo", "Littoral", "Grassfield", "Mfoundi", "Bonaberi",
           "Akwa", "Menoua"],
    "GA": ["Ogooue", "Estuaire", "Komo", "Okoume", "Nkembo", "Owendo"],
    "FR": ["Provence", "Atlantique", "Saveurs du Sud", "Epices du Monde", "Terroirs",
           "Comptoir du Port", "Halles", "Bastide"],
}


def make_name(cc, used):
    for _ in range(200):
        k = rng.random()
        fam = rng.choice(FAMILY[cc])
        trade = rng.choice(TRADE)
        form = rng.choice(FORMS[cc])
        fancy = rng.choice(FANCY[cc])
        if k < 0.3:
            name = "Ets %s %s" % (fam, trade) if form == "Ets" else "%s %s %s" % (fam, trade, form)
        elif k < 0.55:
            name = "%s %s %s" % (fancy, trade, form if form != "Ets" else "SARL")
        elif k < 0.7:
            name = "Societe %s de %s" % (fancy, trade)
        elif k < 0.85:
            name = "%s & Fils %s" % (fam, trade)
        else:
            name = "Comptoir %s %s" % (fancy, fam)
        if cc == "FR":
            name = name.replace("Societe", "Société").replace("Negoce", "Négoce")
        elif cc in ("CI", "SN", "CM", "GA"):
            name = name.replace("Societe", "Société")
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("names")


customers = []
used_names = set()
for cc, n, cur, cities in COUNTRIES:
    for i in range(n):
        ccur = cur
        if cc in ("SN", "CI", "CM", "MA") and rng.random() < 0.08:
            ccur = "EUR"  # export / import contract billed in euros
        customers.append({
            "id": "CL-%s-%s" % (cc, "".join(rng.choice("0123456789") for _ in range(5))),
            "name": make_name(cc, used_names),
            "country": cc,
            "currency": ccur,
            "city": rng.choice(cities),
            "size": rng.choice(["small", "small", "mid", "mid", "mid", "large"]),
            "mobile": cc in ("CI", "SN", "CM") and rng.random() < 0.35,
        })

# Two deliberate near-homonym pairs (used for a name-ambiguity review case).
customers[150]["name"] = "Ets Diop Distribution"
customers[151]["name"] = "Ets Diop & Fils Distribution"
customers[151]["country"] = customers[150]["country"] = "SN"
customers[151]["currency"] = customers[150]["currency"] = "XOF"
customers[100]["name"] = "Ets Kone Alimentation"
customers[101]["name"] = "Ets Kone Alimentation Yopougon"
customers[100]["currency"] = customers[101]["currency"] = "XOF"
customers[100]["country"] = customers[101]["country"] = "CI"
assert len({c["id"] for c in customers}) == len(customers)
assert len({c["name"] for c in customers}) == len(customers)
CUST = {c["id"]: c for c in customers}


def invoice_amount(cur, size, small=False):
    if cur in CFA:
        lo, hi = {"small": (45_000, 900_000), "mid": (350_000, 6_500_000),
                  "large": (2_000_000, 38_000_000)}[size]
        if small:
            lo, hi = 15_000, 280_000
        v = rng.randint(lo, hi)
        return v - v % 25
    if cur == "MAD":
        lo, hi = {"small": (900, 18_000), "mid": (8_000, 120_000), "large": (60_000, 650_000)}[size]
    else:
        lo, hi = {"small": (300, 4_000), "mid": (2_500, 28_000), "large": (15_000, 140_000)}[size]
    return rng.randint(lo * 100, hi * 100)


# invoice counts: skewed, total ~1500
weights = {"small": 3, "mid": 5, "large": 9}
counts = {}
for c in customers:
    counts[c["id"]] = max(1, int(rng.gauss(weights[c["size"]], weights[c["size"]] / 2.5)))
# make the total ~1500 by trimming / topping up largest customers
total = sum(counts.values())
order = sorted(customers, key=lambda c: -weights[c["size"]])
i = 0
while total < 1500:
    counts[order[i % len(order)]["id"]] += 1
    total += 1
    i += 1
while total > 1500:
    cid = order[i % len(order)]["id"]
    if counts[cid] > 2:
        counts[cid] -= 1
        total -= 1
    i += 1

# build slots: (issue_date, customer) then number sequentially by date;
# some customers get batches of 3-4 invoices on the same day (consecutive numbers)
START, END = date(2025, 9, 1), date(2026, 1, 30)
span = (END - START).days
slots = []
for c in customers:
    k = counts[c["id"]]
    while k > 0:
        d = START + timedelta(rng.randint(0, span))
        while d.weekday() >= 5:
            d -= timedelta(1)
        if k >= 3 and rng.random() < 0.12:
            b = min(k, rng.choice([3, 4]))
            for j in range(b):
                slots.append((d, j, c["id"]))
            k -= b
        else:
            slots.append((d, 0, c["id"]))
            k -= 1
# sort by date then keep batches contiguous
slots.sort(key=lambda s: (s[0], s[2] if s[1] >= 0 else "", s[1]))
invoices = []
seq = 10_041
used_iids = set()
for d, j, cid in slots:
    c = CUST[cid]
    cur = c["currency"]
    small = c["mobile"] and rng.random() < 0.6
    tot = invoice_amount(cur, c["size"], small)
    iid = hexid("inv_")
    while iid in used_iids:
        iid = hexid("inv_")
    used_iids.add(iid)
    terms = 30 if c["country"] == "FR" else rng.choice([30, 45, 60, 60, 90])
    invoices.append({
        "id": iid,
        "number": "FA-%02d-%05d" % (d.year % 100, seq),
        "customer_id": cid,
        "customer_name": c["name"],
        "currency": cur,
        "total": tot,
        "balance": tot,
        "issue_date": d.isoformat(),
        "due_date": (d + timedelta(terms)).isoformat(),
        "seq": seq,
    })
    seq += 1

# Some invoices were already partly paid before this file (acompte at order).
for inv in invoices:
    if rng.random() < 0.07:
        part = inv["total"] * rng.choice([20, 25, 30, 40, 50]) // 100
        if inv["currency"] in CFA:
            part -= part % 5000
        else:
            part -= part % 10000
        if part > 0:
            inv["balance"] = inv["total"] - part

INV = {i["id"]: i for i in invoices}
BY_SEQ = {i["seq"]: i for i in invoices}

# Planted coincidences: same-customer twins (repeat orders of the same amount)
# and cross-customer twins (same balance at two customers in one currency).
PLANT_SAME, PLANT_CROSS, PLANT_HOMONYM = [], [], []


def plant_twins():
    multi = [c for c in customers if counts[c["id"]] >= 3 and c["id"] not in
             (customers[150]["id"], customers[151]["id"])]
    rng.shuffle(multi)
    for c in multi[:14]:
        invs = [i for i in invoices if i["customer_id"] == c["id"] and i["balance"] == i["total"]]
        if len(invs) >= 2:
            a, b = rng.sample(invs, 2)
            b["total"] = b["balance"] = a["total"]
            PLANT_SAME.append((a["id"], b["id"]))
    taken = {x for p in PLANT_SAME for x in p}
    for cur in ("XOF", "XOF", "XAF", "MAD", "MAD", "EUR", "XOF", "XAF"):
        pool = [i for i in invoices if i["currency"] == cur and i["balance"] == i["total"]
                and i["id"] not in taken and i["customer_id"] not in (customers[150]["id"], customers[151]["id"])]
        a = rng.choice(pool)
        b = rng.choice([i for i in pool if i["customer_id"] != a["customer_id"]])
        b["total"] = b["balance"] = a["total"]
        PLANT_CROSS.append((a["id"], b["id"]))
        taken |= {a["id"], b["id"]}
    # homonyms: one twin across the two "Ets Diop" customers
    a = [i for i in invoices if i["customer_id"] == customers[150]["id"]][0]
    b = [i for i in invoices if i["customer_id"] == customers[151]["id"]][0]
    a["balance"] = a["total"]
    b["total"] = b["balance"] = a["total"]
    PLANT_HOMONYM.append((a["id"], b["id"]))


plant_twins()


# ---------------------------------------------------------------- stage 2
bal = {i["id"]: i["balance"] for i in invoices}
reserved = {x for grp in (PLANT_SAME, PLANT_CROSS, PLANT_HOMONYM) for p in grp for x in p}
paid_in_file = {}        # iid -> amount paid by one applied payment in this file
payments, labels = [], []
used_pids = set()


def pid():
    p = "pmt_" + "".join(rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(9))
    while p in used_pids:
        p = "pmt_" + "".join(rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(9))
    used_pids.add(p)
    return p


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def free(pred=lambda i: True):
    return [i for i in invoices if bal[i["id"]] > 0 and i["id"] not in reserved and pred(i)]


def open_of(cid, cur):
    return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def yy(inv):
    return inv["number"][3:5]


def num(inv, style=None):
    s = "%05d" % inv["seq"]
    if style is None:
        style = rng.choice([0, 0, 1, 1, 2, 3, 4, 5])
    return ["FA-%s-%s" % (yy(inv), s), "FA%s%s" % (yy(inv), s), s, "FA %s %s" % (yy(inv), s),
            "FA%s/%s" % (yy(inv), s), "%s-%s" % (yy(inv), s)][style]


def numlist(invs):
    st = rng.choice([0, 1, 2, 2])
    sep = rng.choice(["/", " ", " + ", ", ", "-"]) if st != 2 else rng.choice(["/", " ", " + ", ", "])
    if st == 2 and sep == "-":
        sep = "/"
    parts = [num(invs[0], st)] + [num(x, st if rng.random() < 0.5 else 2) for x in invs[1:]]
    if st == 0 and sep == "-":
        sep = " "
    if rng.random() < 0.3 and len(parts) > 1:
        return sep.join(parts[:-1]) + " ET " + parts[-1]
    return sep.join(parts)


def payer(c, cut=None):
    n = ascii_upper(c["name"])
    if n.startswith("SOCIETE ") and rng.random() < 0.6:
        n = "STE " + n[8:]
    if cut is None:
        cut = rng.choice([16, 20, 22, 24, 28, 32, 35])
    return n[:cut].strip()


SINGLE_PREFIX = ["REF FACT ", "REGLT FACTURE ", "FACT ", "FACTURE N ", "PAIEMENT FACT ",
                 "REGLEMENT FACT ", "FACTURE "]
MULTI_PREFIX = ["REGLT FACTURES ", "FACT ", "REF FACT ", "PAIEMENT FACTURES ", "FACTURES "]


def bank_reference(c, refpart, channel):
    """Upper-case bank statement text for one payment."""
    p = payer(c)
    if channel == "cheque":
        return "REMISE CHQ N %s %s %s" % (digits(7), p[:20], refpart)
    if channel == "lcn":
        return "REMISE LCN N %s ECH @@E@@ TIRE %s %s" % (digits(7), p[:18], refpart)
    if channel == "effet":
        return "REMISE EFFETS ENCAISST BORD %s %s %s" % (digits(6), p[:18], refpart)
    if c["country"] == "FR":
        return "VIR SEPA RECU /DE %s /MOTIF %s /REF %s" % (p, refpart, digits(12))
    if c["currency"] == "EUR":
        return "VIR INTL RECU /ORD/%s /REM/%s /CHGS SHA" % (p, refpart)
    k = rng.random()
    if k < 0.45:
        return "VIR RECU DE %s %s" % (p, refpart)
    if k < 0.75:
        return "VIREMENT %s %s" % (p, refpart)
    return "VIR %s DE %s" % (refpart, p)


def channel_for(c):
    if c["country"] == "MA":
        return rng.choice(["virement", "virement", "virement", "lcn", "lcn", "cheque", "effet"])
    if c["country"] == "FR":
        return rng.choice(["virement", "virement", "virement", "cheque"])
    return rng.choice(["virement", "virement", "virement", "cheque", "effet"])


SIGN = ["Service comptabilité", "La comptabilité fournisseurs", "Direction financière",
        "Service trésorerie", "Le gérant", "Comptabilité"]


def remit_single(inv, amount, cur, extra=""):
    c = CUST[inv["customer_id"]]
    a = human(amount, cur, rng.choice([0, 1]))
    n = rng.choice([inv["number"], "n° " + inv["number"], inv["number"].replace("-", "")])
    t = rng.choice([
        "Bonjour,\nNous vous informons avoir procédé au règlement de la facture %s pour un montant de %s.%s\nCordialement,\n%s - %s" % (n, a, extra, rng.choice(SIGN), c["name"]),
        "Avis de paiement\nFournisseur : SAHEL AGRO EMBALLAGES\nFacture %s   Montant %s%s\n%s" % (n, a, extra, c["name"]),
        "Règlement facture %s : %s.%s" % (n, a, extra),
    ])
    return t


def remit_multi(invs, cur, extra=""):
    c = CUST[invs[0]["customer_id"]]
    lines = ["Facture %s   %s" % (i["number"], human(bal[i["id"]], cur)) for i in invs]
    tot = sum(bal[i["id"]] for i in invs)
    return "AVIS DE REGLEMENT\nBénéficiaire : SAHEL AGRO EMBALLAGES\n%s\nTotal réglé : %s%s\n%s - %s" % (
        "\n".join(lines), human(tot, cur), extra, rng.choice(SIGN), c["name"])


def emit(p, label):
    """Replay the label against the balances, then store both."""
    cur = p["currency"]
    tot = 0
    for a in label["applications"]:
        v = a.pop("_v")
        assert INV[a["invoice_id"]]["currency"] == cur
        assert 0 < v <= bal[a["invoice_id"]], (label, v, bal[a["invoice_id"]])
        bal[a["invoice_id"]] -= v
        a["amount"] = fmt(v, cur)
        tot += v
    un = label.pop("_un")
    assert tot + un == p["_v"], (label, tot, un, p["_v"])
    label["unapplied"] = fmt(un, cur)
    for cand in label["candidates"]:
        for iid in cand["invoice_ids"]:
            reserved.add(iid)
            assert bal[iid] > 0 and INV[iid]["currency"] == cur
    if label["short_pay"]:
        sp = label["short_pay"]
        assert bal[sp["invoice_id"]] == sp.pop("_v")
        sp["amount"] = fmt(bal[sp["invoice_id"]], cur)
    p["amount"] = fmt(p.pop("_v"), cur)
    payments.append(p)
    labels.append(label)
    return p, label


def mkpay(v, cur, payer_name, cid, ref, rem):
    return {"id": pid(), "date": None, "amount": None, "_v": v, "currency": cur,
            "payer_name": payer_name, "customer_id": cid, "reference": ref, "remittance": rem}


def mklabel(p, status, apps, un, scenario, reason, note, short=None, cands=()):
    return {"payment_id": p["id"], "status": status,
            "applications": [{"invoice_id": i, "_v": v} for i, v in apps],
            "_un": un, "short_pay": short,
            "candidates": [{"invoice_ids": list(c)} for c in cands],
            "reason": reason, "scenario": scenario, "note": note}


def known(c):
    return c["id"] if rng.random() < 0.6 else None


# ---------------------------------------------------------------- scenarios
followups = []   # [due_index, kind, data]
IDX = [0]


def later(kind, data, lo=15, hi=120):
    followups.append([IDX[0] + rng.randint(lo, hi), kind, data])


def take(pool):
    if not pool:
        return None
    return rng.choice(pool)


def sc_exact_ref(channel=None):
    inv = take(free(lambda i: not (channel == "lcn" and CUST[i["customer_id"]]["country"] != "MA")))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    ch = channel or channel_for(c)
    v = bal[inv["id"]]
    ref = bank_reference(c, rng.choice(SINGLE_PREFIX) + num(inv), ch)
    rem = remit_single(inv, v, inv["currency"]) if rng.random() < 0.35 else None
    p = mkpay(v, inv["currency"], payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "applied", [(inv["id"], v)], 0, "exact_ref_" + ch,
                    "reference %s and exact balance" % inv["number"],
                    "%s by %s, invoice number written as in the reference, amount = open balance" % (c["country"], ch)))
    paid_in_file[inv["id"]] = (v, p)
    if rng.random() < 0.1:
        later("duplicate", inv["id"])
    return True


def sc_arabic():
    inv = take(free(lambda i: CUST[i["customer_id"]]["country"] == "MA" and i["currency"] == "MAD"))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    others = [i for i in free(lambda i: i["customer_id"] == c["id"] and i["id"] != inv["id"])]
    if others and rng.random() < 0.5:
        invs = [inv] + rng.sample(others, min(len(others), rng.choice([1, 2])))
        tot = sum(bal[i["id"]] for i in invs)
        rem = "السلام عليكم،\nنخبركم أنه تم تحويل مبلغ %s درهم لتسديد الفواتير التالية: %s\nمع التحية، %s" % (
            human(tot, "MAD")[:-3], "، ".join(i["number"] for i in invs), c["name"])
        ref = bank_reference(c, "REGLT FACTURES", "virement")
        p = mkpay(tot, "MAD", payer(c), known(c), ref, rem)
        for i in invs:
            reserved.add(i["id"])
        emit(p, mklabel(p, "applied", [(i["id"], bal[i["id"]]) for i in invs], 0, "arabic_lump",
                        "remittance (Arabic) lists %s; amount = sum of balances" % ", ".join(i["number"] for i in invs),
                        "Moroccan customer, remittance advice in Arabic, invoice numbers in Latin script"))
        return True
    rem = "أداء الفاتورة رقم %s بمبلغ %s درهم\n%s" % (inv["number"], human(v, "MAD")[:-3], c["name"])
    ref = bank_reference(c, "VIR", rng.choice(["virement", "lcn"]))
    p = mkpay(v, "MAD", payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "applied", [(inv["id"], v)], 0, "arabic_single",
                    "remittance (Arabic) names %s; exact balance" % inv["number"],
                    "Moroccan customer, Arabic remittance, bank text has no invoice number"))
    return True


def customers_with_free(minn, extra=lambda c: True):
    out = []
    for c in customers:
        if not extra(c):
            continue
        fr = free(lambda i, c=c: i["customer_id"] == c["id"])
        if len(fr) >= minn:
            out.append((c, fr))
    return out


def sc_lump_list():
    cands = customers_with_free(3)
    if not cands:
        return False
    c, fr = take(cands)
    invs = sorted(rng.sample(fr, rng.randint(2, min(5, len(fr)))), key=lambda i: i["seq"])
    tot = sum(bal[i["id"]] for i in invs)
    ch = channel_for(c)
    if rng.random() < 0.5:
        ref = bank_reference(c, rng.choice(MULTI_PREFIX) + numlist(invs), ch)
        rem = remit_multi(invs, c["currency"]) if rng.random() < 0.3 else None
    else:
        ref = bank_reference(c, rng.choice(["REGLT FACTURES", "PAIEMENT FOURNISSEUR", "REGLEMENT"]), ch)
        rem = remit_multi(invs, c["currency"])
    p = mkpay(tot, c["currency"], payer(c), known(c), ref, rem)
    paid = {i["id"]: bal[i["id"]] for i in invs}
    for i in invs:
        reserved.add(i["id"])
    emit(p, mklabel(p, "applied", [(i["id"], bal[i["id"]]) for i in invs], 0, "lump_list",
                    "%d invoices listed, amount = sum of their balances" % len(invs),
                    "one %s payment for a list of invoices (%s)" % (ch, "in the bank text" if rem is None or "FACT" in ref else "in the remittance advice")))
    for i in invs:
        paid_in_file[i["id"]] = (paid[i["id"]], p)
    return True


def sc_lump_range():
    best = []
    for c in customers:
        fr = sorted(free(lambda i, c=c: i["customer_id"] == c["id"]), key=lambda i: i["seq"])
        for k in range(len(fr) - 2):
            if fr[k + 1]["seq"] == fr[k]["seq"] + 1 and fr[k + 2]["seq"] == fr[k]["seq"] + 2:
                run = [fr[k], fr[k + 1], fr[k + 2]]
                if k + 3 < len(fr) and fr[k + 3]["seq"] == fr[k]["seq"] + 3:
                    run.append(fr[k + 3])
                # the range must not include anybody else's invoice
                best.append((c, run))
                break
    if not best:
        return False
    c, run = take(best)
    tot = sum(bal[i["id"]] for i in run)
    a, b = run[0], run[-1]
    txt = rng.choice(["FACT %05d A %05d" % (a["seq"], b["seq"]), "FACTURES %s A %s" % (num(a, 1), num(b, 1)),
                      "FACT DU %05d AU %05d" % (a["seq"], b["seq"]), "FA %05d-%05d" % (a["seq"], b["seq"])])
    rem = None
    if rng.random() < 0.4:
        rem = "Règlement des factures %s à %s (livraisons du %s), total %s." % (
            a["number"], b["number"], date.fromisoformat(a["issue_date"]).strftime("%d/%m/%Y"), human(tot, c["currency"]))
    p = mkpay(tot, c["currency"], payer(c), known(c), bank_reference(c, txt, channel_for(c)), rem)
    for i in run:
        reserved.add(i["id"])
    emit(p, mklabel(p, "applied", [(i["id"], bal[i["id"]]) for i in run], 0, "lump_range",
                    "range %s to %s, amount = sum of the %d balances" % (a["number"], b["number"], len(run)),
                    "a range of consecutive invoice numbers, all of this customer"))
    return True


def sc_statement_all():
    cands = []
    for c in customers:
        op = open_of(c["id"], c["currency"])
        if 2 <= len(op) <= 6 and all(i["id"] not in reserved for i in op):
            cands.append((c, op))
    if not cands:
        return False
    c, op = take(cands)
    tot = sum(bal[i["id"]] for i in op)
    mon = rng.choice(["JANVIER", "FEVRIER", "AU 31/01/2026", "AU 15/02/2026"])
    ref = bank_reference(c, rng.choice(["SOLDE RELEVE %s" % mon, "REGLT RELEVE DE COMPTE %s" % mon,
                                        "SOLDE DE TOUT COMPTE"]), channel_for(c))
    rem = None
    if rng.random() < 0.5:
        rem = "Suite à votre relevé de compte, nous réglons l'intégralité du solde dû, soit %s.\n%s" % (
            human(tot, c["currency"]), c["name"])
    p = mkpay(tot, c["currency"], payer(c), c["id"], ref, rem)
    for i in op:
        reserved.add(i["id"])
    emit(p, mklabel(p, "applied", [(i["id"], bal[i["id"]]) for i in op], 0, "statement_all",
                    "statement settlement: amount = total open balance of the customer (%d invoices)" % len(op),
                    "no invoice numbers, but 'solde relevé' and the amount equals every open invoice together"))
    return True


def amount_fits(cid, cur, v, exclude=()):
    """How many single invoices / pairs of this customer's open invoices equal v."""
    op = [i for i in open_of(cid, cur) if i["id"] not in exclude]
    singles = [i for i in op if bal[i["id"]] == v]
    pairs = 0
    for x in range(len(op)):
        for y in range(x + 1, len(op)):
            if bal[op[x]["id"]] + bal[op[y]["id"]] == v:
                pairs += 1
    return singles, pairs


VAGUE = ["REGLEMENT FOURNISSEUR", "PAIEMENT MARCHANDISES", "REGLT SAHEL AGRO", "PAIEMENT",
         "REGLEMENT CLIENT", "VERSEMENT", "ACHAT EMBALLAGES", "ORDRE DE PAIEMENT %s" % "{op}"]


def vague():
    return rng.choice(VAGUE).replace("{op}", digits(6))


def sc_amount_unique():
    pool = free(lambda i: amount_fits(i["customer_id"], i["currency"], bal[i["id"]])[0] == [i]
                and amount_fits(i["customer_id"], i["currency"], bal[i["id"]])[1] == 0)
    inv = take(pool)
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    p = mkpay(v, inv["currency"], payer(c), c["id"], bank_reference(c, vague(), channel_for(c)), None)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "applied", [(inv["id"], v)], 0, "amount_unique",
                    "known customer; amount equals exactly one open invoice (%s)" % inv["number"],
                    "no invoice reference; customer_id given by the bank; the amount is unique among the customer's open items and no two items add up to it"))
    paid_in_file[inv["id"]] = (v, p)
    return True


def unique_prefix(c):
    full = ascii_upper(c["name"])
    words = full.split()
    for k in range(2, len(words) + 1):
        pre = " ".join(words[:k])
        if len(pre) < 12:
            continue
        clash = [d for d in customers if d is not c and ascii_upper(d["name"]).startswith(pre[:len(pre)])]
        if not clash:
            return pre
    return None


def sc_name_only():
    def ok(i):
        c = CUST[i["customer_id"]]
        s, pr = amount_fits(c["id"], i["currency"], bal[i["id"]])
        return s == [i] and pr == 0 and unique_prefix(c) is not None
    inv = take(free(ok))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    pn = unique_prefix(c)
    ref = "VIR RECU DE %s %s" % (pn, vague()) if c["country"] != "FR" else "VIR SEPA RECU /DE %s /MOTIF %s" % (pn, vague())
    p = mkpay(v, inv["currency"], pn, None, ref, None)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "applied", [(inv["id"], v)], 0, "name_only_unique",
                    "payer name identifies %s; amount equals exactly one of its open invoices" % c["name"],
                    "customer_id null; the upper-case payer name is a prefix of one customer's name only"))
    paid_in_file[inv["id"]] = (v, p)
    return True


def sc_po_distractor():
    def ok(i):
        s, pr = amount_fits(i["customer_id"], i["currency"], bal[i["id"]])
        return s == [i] and pr == 0
    inv = take(free(ok))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    other = take([j for j in invoices if j["customer_id"] != c["id"] and bal[j["id"]] != bal[inv["id"]]])
    v = bal[inv["id"]]
    po = "%05d" % other["seq"]
    kind = rng.random()
    if kind < 0.5:
        ref = bank_reference(c, rng.choice(["BC %s" % po, "CDE N %s" % po, "BON DE CDE %s" % po]), channel_for(c))
        rem = "Règlement de notre bon de commande n° %s (livraison reçue le %s)." % (
            po, date.fromisoformat(inv["issue_date"]).strftime("%d/%m")) if rng.random() < 0.5 else None
        note = "the number %s in the text is the customer's PO; it is also the sequence of another customer's invoice %s" % (po, other["number"])
    else:
        ref = bank_reference(c, "BL %s" % po, channel_for(c))
        rem = "Paiement suivant bon de livraison BL %s." % po
        note = "the number %s is a delivery note (BL); it matches invoice %s of another customer" % (po, other["number"])
    p = mkpay(v, inv["currency"], payer(c), c["id"], ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "applied", [(inv["id"], v)], 0, "po_distractor",
                    "known customer; amount equals exactly one open invoice (%s); %s is a PO/BL number" % (inv["number"], po),
                    note))
    return True


def rnd_part(v, cur, lo=25, hi=70):
    x = v * rng.randint(lo, hi) // 100
    step = 5000 if cur in CFA else 10000
    x -= x % step
    return x


def sc_acompte(mobile=False):
    if mobile:
        inv = take(free(lambda i: CUST[i["customer_id"]]["mobile"] and bal[i["id"]] >= 40000 and i["currency"] in CFA and bal[i["id"]] <= 900_000))
    else:
        inv = take(free(lambda i: bal[i["id"]] >= (200_000 if i["currency"] in CFA else 200_000)))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    part = rnd_part(v, inv["currency"])
    if part <= 0 or part >= v:
        return False
    if mobile:
        p = mobile_payment(c, inv, part, "acompte")
    else:
        word = rng.choice(["ACOMPTE", "ACPTE", "1ER VERST", "AVANCE", "PAIEMENT PARTIEL"])
        ref = bank_reference(c, "%s FACT %s" % (word, num(inv)), channel_for(c))
        rem = None
        if rng.random() < 0.4:
            rem = "Bonjour,\nCi-joint un acompte de %s sur la facture %s. Le solde suivra dès que possible.\n%s" % (
                human(part, inv["currency"]), inv["number"], c["name"])
        p = mkpay(part, inv["currency"], payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "partial", [(inv["id"], part)], 0, "acompte" + ("_mobile" if mobile else ""),
                    "part payment (acompte) on %s; invoice stays open" % inv["number"],
                    "announced part payment, no deduction: partial with short_pay null"))
    if rng.random() < 0.65:
        later("solde", inv["id"])
    return True


def fu_solde(iid):
    inv = INV[iid]
    c = CUST[inv["customer_id"]]
    v = bal[iid]
    word = rng.choice(["SOLDE FACT", "SOLDE FACTURE", "RELIQUAT FACT", "SOLDE"])
    if c["mobile"] and inv["currency"] in CFA and v <= 900_000 and rng.random() < 0.5:
        p = mobile_payment(c, inv, v, "solde")
    else:
        p = mkpay(v, inv["currency"], payer(c), known(c),
                  bank_reference(c, "%s %s" % (word, num(inv)), channel_for(c)),
                  ("Solde de la facture %s après acompte : %s." % (inv["number"], human(v, inv["currency"])))
                  if rng.random() < 0.4 else None)
    emit(p, mklabel(p, "applied", [(iid, v)], 0, "solde_after_acompte",
                    "balance of %s after the earlier acompte in this file" % inv["number"],
                    "only correct if earlier payments are replayed: the amount equals the balance left by the acompte, not the invoice total"))
    paid_in_file[iid] = (v, p)


MM = {"CI": [("ORANGE MONEY CI", "OM"), ("WAVE CI", "WAVE"), ("MTN MOMO CI", "MOMO")],
      "SN": [("ORANGE MONEY SN", "OM"), ("WAVE SENEGAL", "WAVE")],
      "CM": [("ORANGE MONEY CM", "OM"), ("MTN MOMO CM", "MOMO")]}
FIRST = ["KOFFI", "AMINATA", "MAMADOU", "FATOU", "JEAN", "IBRAHIMA", "AWA", "PAUL", "MARIAM",
         "SERGE", "ABDOULAYE", "CHRISTELLE", "MOUSSA", "BRICE"]


def mobile_payment(c, inv, v, kind):
    op, short = rng.choice(MM[c["country"]])
    fam = ascii_upper(rng.choice(FAMILY[c["country"]]))
    person = "%s %s" % (fam, rng.choice(FIRST)) if rng.random() < 0.5 else "%s %s" % (rng.choice(FIRST), fam)
    if short == "OM":
        tx = "%s@@D@@.%s.%s%s" % (c["country"], digits(4), rng.choice("ABCDE"), digits(6))
    elif short == "WAVE":
        tx = "T_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    else:
        tx = digits(10)
    phone = {"CI": "225 07", "SN": "221 77", "CM": "237 6"}[c["country"]] + digits(7 if c["country"] != "CM" else 8)
    ref = "%s TRX %s MARCHAND SAHELAGRO %s" % (short, tx, phone.replace(" ", ""))
    word = {"acompte": "avance", "solde": "reste", "full": "paiement"}[kind]
    rem = rng.choice([
        "%s facture %s %s" % (word, inv["number"], c["name"]),
        "%s fact %05d" % (word, inv["seq"]),
        "Pour %s - %s FA %05d" % (c["name"], word, inv["seq"]),
    ])
    return mkpay(v, inv["currency"], person, None, ref, rem)


def sc_mobile():
    inv = take(free(lambda i: CUST[i["customer_id"]]["mobile"] and i["currency"] in CFA and bal[i["id"]] <= 700_000))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    p = mobile_payment(c, inv, v, "full")
    reserved.add(inv["id"])
    emit(p, mklabel(p, "applied", [(inv["id"], v)], 0, "mobile_money",
                    "mobile money; message names %s; exact balance" % inv["number"],
                    "payer is the shop owner's wallet, customer_id null, invoice number only in the transfer message"))
    paid_in_file[inv["id"]] = (v, p)
    return True


WHT = {"CI": (5, "RETENUE A LA SOURCE 5%"), "SN": (5, "RETENUE A LA SOURCE 5%"),
       "CM": (22, "PRECOMPTE 2,2%"), "GA": (5, "RETENUE 5% IMPOT")}   # CM in per mille below


def sc_withholding():
    inv = take(free(lambda i: i["currency"] in CFA and CUST[i["customer_id"]]["country"] in WHT
                    and bal[i["id"]] >= 300_000))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    rate, label_txt = WHT[c["country"]]
    w = v * rate // (1000 if c["country"] == "CM" else 100)
    net = v - w
    ref = bank_reference(c, "REF FACT %s %s" % (num(inv), rng.choice(["NET RETENUE", "RAS", "NET"])), "virement")
    rem = ("Règlement facture %s\nMontant facture : %s\n%s : -%s\nNet payé : %s\nL'attestation de retenue vous sera transmise."
           % (inv["number"], human(v, inv["currency"]), label_txt.title(), human(w, inv["currency"]),
              human(net, inv["currency"])))
    p = mkpay(net, inv["currency"], payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "partial", [(inv["id"], net)], 0, "withholding_short_pay",
                    "%s paid net of %s" % (inv["number"], label_txt.lower()),
                    "withholding tax deducted at source; deduction case for the certificate",
                    short={"invoice_id": inv["id"], "_v": w, "reason": "withholding tax (%s)" % label_txt.lower()}))
    return True


def sc_bank_charges(cfa=False):
    if cfa:
        inv = take(free(lambda i: i["currency"] in CFA and CUST[i["customer_id"]]["country"] in ("GA", "SN")
                        and bal[i["id"]] >= 500_000))
    else:
        inv = take(free(lambda i: i["currency"] == "EUR" and CUST[i["customer_id"]]["country"] != "FR"))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    fee = rng.choice([2500, 5000, 7500, 10000, 15000]) if cfa else rng.choice([1500, 2000, 2500, 3000, 3500, 4500])
    net = v - fee
    if cfa:
        ref = "VIR INTERBANCAIRE %s RECU DE %s FACT %s FRAIS %d" % (
            rng.choice(["CEMAC", "UEMOA", "SICA", "STAR"]), payer(c), num(inv), fee)
    else:
        ref = "VIR INTL RECU /ORD/%s /REM/FACT %s /CHGS %s" % (payer(c), num(inv), rng.choice(["SHA", "SHA", "BEN"]))
    rem = None
    mention = rng.random() < 0.7
    if mention:
        rem = "Paiement facture %s. Montant facture %s, frais bancaires de transfert %s déduits par la banque." % (
            inv["number"], human(v, inv["currency"]), human(fee, inv["currency"]))
    p = mkpay(net, inv["currency"], payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "partial", [(inv["id"], net)], 0, "bank_charges_short_pay",
                    "%s short by %s of cross-border bank charges" % (inv["number"], human(fee, inv["currency"])),
                    "cross-border transfer, charges deducted (%s)" % ("stated in the remittance" if mention else "only the CHGS/FRAIS field and the small round difference show it"),
                    short={"invoice_id": inv["id"], "_v": fee, "reason": "bank charges deducted"}))
    return True


DEDUCT = [("cartons endommagés à la livraison", "avaries"), ("écart de prix sur le tarif convenu", "ecart de prix"),
          ("ristourne promotionnelle non déduite", "ristourne"), ("palettes manquantes (BL incomplet)", "manquant"),
          ("emballages consignés retournés", "consignes")]


def sc_deduction():
    inv = take(free(lambda i: bal[i["id"]] >= (300_000 if i["currency"] in CFA else 300_000)))
    if not inv:
        return False
    c = CUST[inv["customer_id"]]
    v = bal[inv["id"]]
    d = v * rng.randint(3, 12) // 100
    d -= d % (500 if inv["currency"] in CFA else 100)
    net = v - d
    why, short_word = rng.choice(DEDUCT)
    ref = bank_reference(c, "FACT %s %s" % (num(inv), rng.choice(["DEDUCT", "MOINS " + short_word.upper(), "NET"])), channel_for(c))
    rem = "Règlement de la facture %s : %s.\nNous avons déduit %s au titre de : %s.\nMerci de nous adresser un avoir." % (
        inv["number"], human(net, inv["currency"]), human(d, inv["currency"]), why)
    p = mkpay(net, inv["currency"], payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "partial", [(inv["id"], net)], 0, "deduction_short_pay",
                    "%s short paid: %s" % (inv["number"], why),
                    "customer deduction with a stated reason; opens a deduction case",
                    short={"invoice_id": inv["id"], "_v": d, "reason": why}))
    return True


def sc_overpay():
    pre = free(lambda i: bal[i["id"]] < i["total"])
    if pre and rng.random() < 0.6:
        inv = take(pre)
        v = bal[inv["id"]]
        amt = inv["total"]
        why = "customer paid the invoice total %s; the balance was %s after an earlier acompte" % (
            human(amt, inv["currency"]), human(v, inv["currency"]))
        sc = "overpay_total_not_balance"
    else:
        inv = take(free())
        v = bal[inv["id"]]
        if inv["currency"] in CFA:
            amt = (v // 5000 + 1) * 5000
            if amt - v < 100:
                amt += 5000
        else:
            amt = (v // 10000 + 1) * 10000
        why = "customer rounded up the payment"
        sc = "overpay_rounded"
    c = CUST[inv["customer_id"]]
    ref = bank_reference(c, rng.choice(SINGLE_PREFIX) + num(inv), channel_for(c))
    rem = remit_single(inv, amt, inv["currency"]) if rng.random() < 0.5 else None
    p = mkpay(amt, inv["currency"], payer(c), known(c), ref, rem)
    reserved.add(inv["id"])
    emit(p, mklabel(p, "unapplied", [(inv["id"], v)], amt - v, sc,
                    "%s paid in full; %s held unapplied on the account" % (inv["number"], human(amt - v, inv["currency"])),
                    why))
    return True


def fu_duplicate(iid):
    if iid not in paid_in_file:
        return
    inv = INV[iid]
    v, first = paid_in_file[iid]
    c = CUST[inv["customer_id"]]
    ref = bank_reference(c, rng.choice(SINGLE_PREFIX) + num(inv), channel_for(c))
    p = mkpay(v, inv["currency"], payer(c), c["id"] if rng.random() < 0.7 else None, ref,
              remit_single(inv, v, inv["currency"]) if rng.random() < 0.4 else None)
    emit(p, mklabel(p, "unapplied", [], v, "duplicate_payment",
                    "%s was already paid by %s earlier in this file" % (inv["number"], first["id"]),
                    "second payment of an already settled invoice: held as unapplied cash, nothing applied"))


def sc_lump_with_paid():
    opts = []
    for iid, (v, first) in sorted(paid_in_file.items()):
        inv = INV[iid]
        if bal[iid] != 0 or v is None:
            continue
        fr = free(lambda i, inv=inv: i["customer_id"] == inv["customer_id"] and i["currency"] == inv["currency"])
        if len(fr) >= 2:
            opts.append((inv, v, first, fr))
    if not opts:
        return False
    z, zv, first, fr = take(opts)
    c = CUST[z["customer_id"]]
    invs = rng.sample(fr, min(len(fr), rng.choice([1, 2, 2, 3])))
    allinv = sorted(invs + [z], key=lambda i: i["seq"])
    tot = zv + sum(bal[i["id"]] for i in invs)
    lines = ["Facture %s   %s" % (i["number"], human(zv if i is z else bal[i["id"]], c["currency"])) for i in allinv]
    rem = "AVIS DE REGLEMENT\n%s\nTotal : %s\n%s" % ("\n".join(lines), human(tot, c["currency"]), c["name"])
    p = mkpay(tot, c["currency"], payer(c), known(c),
              bank_reference(c, "REGLT FACTURES " + numlist(allinv), channel_for(c)), rem)
    for i in invs:
        reserved.add(i["id"])
    paid_in_file.pop(z["id"])
    emit(p, mklabel(p, "unapplied", [(i["id"], bal[i["id"]]) for i in invs], zv, "lump_includes_paid_invoice",
                    "listed %s already paid by %s; its share held unapplied" % (z["number"], first["id"]),
                    "remittance lists an invoice settled earlier in this file; apply the others, hold the rest"))
    return True


def sc_no_fit_known():
    c = take([c for c in customers if open_of(c["id"], c["currency"])])
    cur = c["currency"]
    for _ in range(50):
        v = invoice_amount(cur, c["size"])
        if cur in CFA:
            v -= v % 5000
        else:
            v -= v % 10000
        s, pr = amount_fits(c["id"], cur, v)
        if not s and not pr and not subsets(c["id"], cur, v, 3) and v != sum(bal[i["id"]] for i in open_of(c["id"], cur)) and v > 0:
            break
    else:
        return False
    if rng.random() < 0.6:
        txt = rng.choice(["AVANCE SUR CDE BC %s" % digits(8), "ACOMPTE COMMANDE %s" % digits(6),
                          "PREPAIEMENT PROFORMA PF%s" % digits(6)])
        note = "advance payment on a new order/pro forma: no invoice exists yet"
    else:
        txt = vague()
        note = "known customer, amount fits no open invoice, no pair and not the total"
    p = mkpay(v, cur, payer(c), c["id"], bank_reference(c, txt, channel_for(c)), None)
    emit(p, mklabel(p, "unapplied", [], v, "no_fit_known_customer",
                    "known customer; amount fits no open invoice; held on account", note))
    return True


def subsets(cid, cur, v, k):
    from itertools import combinations
    op = open_of(cid, cur)
    out = []
    for n in range(1, k + 1):
        for comb in combinations(op, n):
            if sum(bal[i["id"]] for i in comb) == v:
                out.append(comb)
    return out


def by_due(invs):
    return sorted(invs, key=lambda i: (i["due_date"], i["seq"]))


def sc_review_twins():
    opts = []
    for pa in PLANT_SAME:
        grp = [INV[x] for x in pa]
        c = CUST[grp[0]["customer_id"]]
        v = bal[pa[0]]
        if v == bal[pa[1]] and len(subsets(c["id"], c["currency"], v, 2)) == 2:
            opts.append((c, grp))
    if not opts:
        return False
    c, grp = take(opts)
    PLANT_SAME.remove(tuple(x["id"] for x in grp))
    v = bal[grp[0]["id"]]
    a, b = by_due(grp)
    p = mkpay(v, c["currency"], payer(c), c["id"], bank_reference(c, vague(), channel_for(c)), None)
    emit(p, mklabel(p, "review", [], v, "review_same_amount_twins",
                    "two open invoices of the customer have exactly this balance (%s, %s); no reference" % (a["number"], b["number"]),
                    "repeat order of the same amount; candidates ordered by due date (oldest first), either is equally likely",
                    cands=[[a["id"]], [b["id"]]]))
    return True


def sc_review_ref_vs_amount():
    opts = []
    for c in customers:
        fr = free(lambda i, c=c: i["customer_id"] == c["id"])
        for y in fr:
            sub = subsets(c["id"], c["currency"], bal[y["id"]], 2)
            if len(sub) != 1:
                continue
            xs = [x for x in fr if bal[x["id"]] > bal[y["id"]]]
            if xs:
                opts.append((c, y, xs))
    if not opts:
        return False
    c, y, xs = take(opts)
    x = take(xs)
    v = bal[y["id"]]
    ref = bank_reference(c, rng.choice(SINGLE_PREFIX) + num(x), channel_for(c))
    p = mkpay(v, c["currency"], payer(c), known(c), ref, None)
    emit(p, mklabel(p, "review", [], v, "review_ref_vs_amount",
                    "reference names %s (balance %s) but the amount equals the balance of %s" % (
                        x["number"], human(bal[x["id"]], c["currency"]), y["number"]),
                    "two readings: wrong reference for %s, or an unannounced part payment of %s; exact-amount match ranked first" % (y["number"], x["number"]),
                    cands=[[y["id"]], [x["id"]]]))
    return True


def sc_review_cross_customer(homonym=False):
    opts = []
    for pa in (PLANT_HOMONYM if homonym else PLANT_CROSS):
        g = [INV[x] for x in pa]
        cur = g[0]["currency"]
        v = bal[pa[0]]
        if v == bal[pa[1]] and [i["id"] for i in invoices if i["currency"] == cur and bal[i["id"]] == v] == sorted(pa, key=lambda x: [i["id"] for i in invoices].index(x)):
            opts.append(g)
    if not opts:
        return False
    g = take(opts)
    (PLANT_HOMONYM if homonym else PLANT_CROSS).remove(tuple(x["id"] for x in g))
    g = by_due(g)
    v = bal[g[0]["id"]]
    cur = g[0]["currency"]
    if homonym:
        pn = "ETS DIOP"
        ref = "VIR RECU DE ETS DIOP %s" % vague()
        note = "payer 'ETS DIOP' fits two customers (Ets Diop Distribution / Ets Diop & Fils Distribution), each with an open invoice of this amount"
    else:
        if cur in CFA and rng.random() < 0.5:
            pn = "VERSEMENT ESPECES"
            ref = "VERSEMENT ESPECES AGENCE %s DEPOSANT %s" % (
                rng.choice(["PLATEAU", "ADJAME", "MEDINA", "AKWA", "BONAPRISO", "LOUIS"]), rng.choice(FIRST))
        else:
            pn = rng.choice(FIRST) + " " + ascii_upper(rng.choice(FAMILY["SN"] + FAMILY["MA"]))
            ref = "VIR RECU DE %s %s" % (pn, vague())
        note = "payer unknown; two invoices of different customers have exactly this balance"
    p = mkpay(v, cur, pn, None, ref, None)
    emit(p, mklabel(p, "review", [], v, "review_homonym" if homonym else "review_cross_customer_amount",
                    "amount matches %s and %s of two different customers; payer not identified" % (g[0]["number"], g[1]["number"]),
                    note + "; candidates ordered by due date", cands=[[g[0]["id"]], [g[1]["id"]]]))
    return True


def sc_review_subset():
    from itertools import combinations
    opts = []
    for c in customers:
        fr = free(lambda i, c=c: i["customer_id"] == c["id"])
        op = open_of(c["id"], c["currency"])
        if len(fr) < 3 or len(op) < 4:
            continue
        comb = tuple(sorted(rng.sample(fr, rng.choice([2, 2, 3])), key=lambda i: i["seq"]))
        v = sum(bal[i["id"]] for i in comb)
        if len(subsets(c["id"], c["currency"], v, 4)) == 1 and v != sum(bal[i["id"]] for i in op):
            opts.append((c, comb, v))
    if not opts:
        return False
    c, comb, v = take(opts)
    p = mkpay(v, c["currency"], payer(c), c["id"], bank_reference(c, vague(), channel_for(c)), None)
    emit(p, mklabel(p, "review", [], v, "review_subset_no_reference",
                    "no reference; amount equals the sum of %s only" % ", ".join(i["number"] for i in comb),
                    "a unique combination of %d of the customer's %d open invoices; not the whole account and no remittance, so a clerk confirms before applying" % (len(comb), len(open_of(c["id"], c["currency"]))),
                    cands=[[i["id"] for i in comb]]))
    return True


def sc_review_other_customer_ref():
    opts = []
    for c in customers:
        others = free(lambda i, c=c: i["customer_id"] != c["id"] and i["currency"] == c["currency"]
                      and CUST[i["customer_id"]]["country"] == c["country"])
        if others and open_of(c["id"], c["currency"]):
            opts.append((c, others))
    c, others = take(opts)
    x = take(others)
    v = bal[x["id"]]
    if subsets(c["id"], c["currency"], v, 1):
        return False
    ref = bank_reference(c, rng.choice(SINGLE_PREFIX) + num(x), channel_for(c))
    p = mkpay(v, c["currency"], payer(c), c["id"], ref, None)
    emit(p, mklabel(p, "review", [], v, "review_other_customer_reference",
                    "bank says customer %s but %s belongs to %s; exact balance" % (c["id"], x["number"], x["customer_name"]),
                    "maybe a group company or a third party paying; the referenced invoice is the only candidate",
                    cands=[[x["id"]]]))
    return True


def sc_review_unknown():
    cur = rng.choice(["XOF", "XOF", "XAF", "MAD", "EUR"])
    for _ in range(100):
        v = invoice_amount(cur, "mid")
        v -= v % (5000 if cur in CFA else 10000)
        if not any(bal[i["id"]] == v for i in invoices if i["currency"] == cur):
            break
    pn = rng.choice(["M. " + rng.choice(FIRST) + " " + ascii_upper(rng.choice(FAMILY["CI"] + FAMILY["CM"])),
                     "ENTREPRISE %s %s" % (ascii_upper(rng.choice(FAMILY["SN"])), digits(3)),
                     "GIE %s" % ascii_upper(rng.choice(FANCY["SN"] + FANCY["CI"]))])
    ref = "VIR RECU DE %s %s" % (pn, rng.choice(["PAIEMENT", "REGLEMENT", "FACTURE", "REF " + digits(6)]))
    p = mkpay(v, cur, pn, None, ref, None)
    emit(p, mklabel(p, "review", [], v, "review_unknown_payer",
                    "payer not a known customer, no usable reference, amount matches no open invoice",
                    "nothing to propose: candidates empty, whole amount held for research"))
    return True


# ---------------------------------------------------------------- driver
PLAN = (
    [("exact_ref", None)] * 80 + [("exact_ref", "cheque")] * 12 + [("exact_ref", "lcn")] * 10 +
    [("exact_ref", "effet")] * 5 + [("mobile", None)] * 22 + [("arabic", None)] * 9 +
    [("lump_list", None)] * 34 + [("lump_range", None)] * 9 + [("statement_all", None)] * 8 +
    [("amount_unique", None)] * 22 + [("name_only", None)] * 8 + [("po_distractor", None)] * 8 +
    [("acompte", None)] * 20 + [("acompte_mobile", None)] * 6 + [("withholding", None)] * 18 +
    [("bank_charges", None)] * 10 + [("bank_charges_cfa", None)] * 5 + [("deduction", None)] * 9 +
    [("overpay", None)] * 14 + [("lump_with_paid", None)] * 5 + [("no_fit_known", None)] * 9 +
    [("review_twins", None)] * 9 + [("review_ref_vs_amount", None)] * 8 +
    [("review_cross", None)] * 6 + [("review_homonym", None)] * 1 + [("review_subset", None)] * 8 +
    [("review_other_ref", None)] * 5 + [("review_unknown", None)] * 6
)
FN = {
    "exact_ref": lambda a: sc_exact_ref(a), "mobile": lambda a: sc_mobile(), "arabic": lambda a: sc_arabic(),
    "lump_list": lambda a: sc_lump_list(), "lump_range": lambda a: sc_lump_range(),
    "statement_all": lambda a: sc_statement_all(), "amount_unique": lambda a: sc_amount_unique(),
    "name_only": lambda a: sc_name_only(), "po_distractor": lambda a: sc_po_distractor(),
    "acompte": lambda a: sc_acompte(), "acompte_mobile": lambda a: sc_acompte(mobile=True),
    "withholding": lambda a: sc_withholding(), "bank_charges": lambda a: sc_bank_charges(),
    "bank_charges_cfa": lambda a: sc_bank_charges(cfa=True), "deduction": lambda a: sc_deduction(),
    "overpay": lambda a: sc_overpay(), "lump_with_paid": lambda a: sc_lump_with_paid(),
    "no_fit_known": lambda a: sc_no_fit_known(), "review_twins": lambda a: sc_review_twins(),
    "review_ref_vs_amount": lambda a: sc_review_ref_vs_amount(),
    "review_cross": lambda a: sc_review_cross_customer(), "review_homonym": lambda a: sc_review_cross_customer(True),
    "review_subset": lambda a: sc_review_subset(), "review_other_ref": lambda a: sc_review_other_customer_ref(),
    "review_unknown": lambda a: sc_review_unknown(),
}
rng.shuffle(PLAN)
# the homonym case and lumps-with-paid need history: push them to the second half
late = [x for x in PLAN if x[0] in ("lump_with_paid", "review_homonym")]
PLAN = [x for x in PLAN if x not in late]
PLAN = PLAN[:len(PLAN) // 2] + sorted(late + PLAN[len(PLAN) // 2:], key=lambda x: rng.random())
failed = []
for kind, arg in PLAN:
    IDX[0] = len(payments)
    due = sorted([f for f in followups if f[0] <= IDX[0]], key=lambda f: f[0])
    for f in due:
        followups.remove(f)
        if f[1] == "solde":
            fu_solde(f[2])
        else:
            fu_duplicate(f[2])
        IDX[0] = len(payments)
    if not FN[kind](arg):
        failed.append(kind)
for f in sorted(followups, key=lambda f: f[0]):
    (fu_solde if f[1] == "solde" else fu_duplicate)(f[2])
if failed:
    print("scenarios without a target:", failed)


# ---------------------------------------------------------------- stage 3: dates and bad rows
bdays = []
d = date(2026, 2, 2)
while d <= date(2026, 3, 31):
    if d.weekday() < 5:
        bdays.append(d)
    d += timedelta(1)
N = len(payments)
for k, p in enumerate(payments):
    dd = bdays[k * len(bdays) // N]
    p["date"] = dd.isoformat()
    if p["reference"]:
        p["reference"] = p["reference"].replace("@@D@@", dd.strftime("%y%m%d")).replace(
            "@@E@@", (dd - timedelta(rng.choice([0, 0, 1, 2, 3]))).strftime("%d/%m/%y"))

rows = [(p, l) for p, l in zip(payments, labels)]


def bad_label(p, err, note, scenario):
    return {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None,
            "short_pay": None, "candidates": [], "reason": err, "error": err,
            "scenario": scenario, "note": note}


def at(pos):
    return rows[pos][0]["date"]


def some_open(cur):
    return rng.choice([i for i in invoices if i["currency"] == cur and bal[i["id"]] == i["balance"]
                       and i["id"] not in reserved])


bad = []
# negative amounts: bank reversals
i1 = some_open("XOF")
c1 = CUST[i1["customer_id"]]
bad.append(({"id": pid(), "date": "?", "amount": "-" + fmt(bal[i1["id"]], "XOF"), "currency": "XOF",
             "payer_name": payer(c1), "customer_id": c1["id"],
             "reference": "RETOUR VIR REJETE %s FACT %s" % (payer(c1), num(i1, 2)), "remittance": None},
            "negative amount", "bank reversal posted as a negative receipt; not a payment to apply", "bad_negative_amount"))
i2 = some_open("MAD")
c2 = CUST[i2["customer_id"]]
bad.append(({"id": pid(), "date": "?", "amount": "-" + fmt(bal[i2["id"]], "MAD"), "currency": "MAD",
             "payer_name": payer(c2), "customer_id": None,
             "reference": "IMPAYE LCN N %s TIRE %s" % (digits(7), payer(c2)[:18]), "remittance": None},
            "negative amount", "unpaid LCN returned by the bank (impayé) as a negative line", "bad_negative_amount"))
# currencies no invoice has
i3 = some_open("EUR")
c3 = CUST[i3["customer_id"]]
bad.append(({"id": pid(), "date": "?", "amount": fmt(bal[i3["id"]], "EUR"), "currency": "USD",
             "payer_name": payer(c3), "customer_id": c3["id"],
             "reference": "VIR INTL RECU /ORD/%s /REM/FACT %s /CHGS SHA" % (payer(c3), num(i3, 1)), "remittance": None},
            "currency USD: no open invoice in this currency", "same digits as an open EUR invoice balance, but the payment is in USD; never cross currencies", "bad_unknown_currency"))
bad.append(({"id": pid(), "date": "?", "amount": "18250.00", "currency": "GBP",
             "payer_name": "LONDON FOOD IMPORTS LTD", "customer_id": None,
             "reference": "FASTER PAYMENT LONDON FOOD IMPORTS INV 2026-118", "remittance": None},
            "currency GBP: no open invoice in this currency", "unknown payer in a currency the ledger does not use", "bad_unknown_currency"))
# malformed amounts
i5 = rng.choice([i for i in invoices if i["currency"] == "XOF" and bal[i["id"]] == i["balance"] >= 1_000_000
                  and i["id"] not in reserved])
c5 = CUST[i5["customer_id"]]
bad.append(({"id": pid(), "date": "?", "amount": "{:,}".format(bal[i5["id"]]).replace(",", "."), "currency": "XOF",
             "payer_name": payer(c5), "customer_id": c5["id"],
             "reference": "VIR RECU DE %s REF FACT %s" % (payer(c5), num(i5, 1)), "remittance": None},
            "malformed amount", "amount written with dot thousands separators (French style), not a decimal string", "bad_malformed_amount"))
i6 = rng.choice([i for i in invoices if i["currency"] == "MAD" and bal[i["id"]] == i["balance"] >= 100_000
                  and i["id"] not in reserved])
c6 = CUST[i6["customer_id"]]
v6 = bal[i6["id"]]
bad.append(({"id": pid(), "date": "?", "amount": "%s,%02d" % ("{:,}".format(v6 // 100).replace(",", " "), v6 % 100),
             "currency": "MAD", "payer_name": payer(c6), "customer_id": c6["id"],
             "reference": "VIREMENT %s REGLT FACTURE %s" % (payer(c6), num(i6, 0)), "remittance": None},
            "malformed amount", "amount with a space thousands separator and a decimal comma", "bad_malformed_amount"))
# missing dates
for cur, dv in (("XAF", None), ("XOF", "")):
    i7 = some_open(cur)
    c7 = CUST[i7["customer_id"]]
    bad.append(({"id": pid(), "date": dv, "amount": fmt(bal[i7["id"]], cur), "currency": cur,
                 "payer_name": payer(c7), "customer_id": None,
                 "reference": "VIR RECU DE %s REF FACT %s" % (payer(c7), num(i7, 0)), "remittance": None},
                "missing date", "value date %s; otherwise looks like an exact payment of %s, which must stay open" % (
                    "null" if dv is None else "empty", i7["number"]), "bad_missing_date"))

positions = sorted(rng.sample(range(25, len(rows) - 5), len(bad)))
for (pos, (p, err, note, sc)) in sorted(zip(positions, bad), key=lambda x: -x[0]):
    if p["date"] == "?":
        p["date"] = at(pos)
    rows.insert(pos, (p, bad_label(p, err, note, sc)))
# duplicate ids: the same bank line delivered twice (same day, later in the file)
for _ in range(2):
    cands = [k for k, (p, l) in enumerate(rows) if l["status"] == "applied" and 30 < k < len(rows) - 30]
    k = rng.choice(cands)
    p = dict(rows[k][0])
    last = max(j for j, (q, _) in enumerate(rows) if q["date"] == p["date"])
    rows.insert(last + 1, (p, bad_label(p, "duplicate payment id %s" % p["id"],
                                        "exact copy of an earlier bank line (same id); the first one was applied, this one must not be", "bad_duplicate_id")))

payments = [p for p, _ in rows]
labels = [l for _, l in rows]


# ---------------------------------------------------------------- stage 4: write, replay, README
from decimal import Decimal

inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": i["currency"],
            "total": fmt(i["total"], i["currency"]), "balance": fmt(i["balance"], i["currency"]),
            "issue_date": i["issue_date"], "due_date": i["due_date"]} for i in invoices]
KEYS = ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]
pay_out = [{k: p[k] for k in KEYS} for p in payments]
LKEYS = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason", "error",
         "scenario", "note"]
lab_out = [{k: l[k] for k in LKEYS if k in l} for l in labels]


def replay(inv_out, pay_out, lab_out):
    """Replays every label in file order; raises on a problem."""
    b = {i["id"]: Decimal(i["balance"]) for i in inv_out}
    cur_of = {i["id"]: i["currency"] for i in inv_out}
    curs = set(cur_of.values())
    assert len(pay_out) == len(lab_out)
    seen = set()
    for p, l in zip(pay_out, lab_out):
        assert p["id"] == l["payment_id"]
        dup = p["id"] in seen
        seen.add(p["id"])
        if l["status"] == "error":
            assert not l["applications"] and l["error"]
            amt = p["amount"]
            ok = (not dup and p["date"] and p["currency"] in curs and isinstance(amt, str)
                  and amt.replace(".", "", 1).isdigit())
            assert not ok, ("error row looks valid", p, l)
            continue
        assert not dup and p["date"] and p["currency"] in curs
        amt = Decimal(p["amount"])
        assert amt > 0
        tot = Decimal(0)
        for a in l["applications"]:
            iid = a["invoice_id"]
            assert cur_of[iid] == p["currency"], "cross currency"
            v = Decimal(a["amount"])
            assert 0 < v <= b[iid], ("past zero", p["id"], iid)
            b[iid] -= v
            tot += v
        un = Decimal(l["unapplied"])
        assert tot + un == amt, ("sum", p["id"])
        st = l["status"]
        if st == "applied":
            assert l["applications"] and un == 0 and not l["short_pay"] and not l["candidates"]
        elif st == "partial":
            assert l["applications"] and un == 0 and not l["candidates"]
            assert any(b[a["invoice_id"]] > 0 for a in l["applications"])
            if l["short_pay"]:
                sp = l["short_pay"]
                assert sp["invoice_id"] in {a["invoice_id"] for a in l["applications"]}
                assert Decimal(sp["amount"]) == b[sp["invoice_id"]] > 0 and sp["reason"]
        elif st == "unapplied":
            assert un > 0 and not l["short_pay"] and not l["candidates"]
        elif st == "review":
            assert not l["applications"] and un == amt and not l["short_pay"]
            for c in l["candidates"]:
                for iid in c["invoice_ids"]:
                    assert cur_of[iid] == p["currency"] and b[iid] > 0
        else:
            raise AssertionError(st)
    return b


replay(inv_out, pay_out, lab_out)

os.makedirs(LEDGER, exist_ok=True)


def dump(name, obj):
    with open(os.path.join(LEDGER, name), "w", encoding="utf-8") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


dump("invoices.json", inv_out)
dump("payments.json", pay_out)
dump("labels.json", lab_out)


# ---------------------------------------------------------------- README
from collections import Counter


def table(counter, head):
    out = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |" % (k, v))
    return "\n".join(out)


def text_lang(p):
    t = p["remittance"] or ""
    if any("\u0600" <= ch <= "\u06ff" for ch in t):
        return "ar (Arabic remittance)"
    if t:
        return "fr (French remittance)"
    return "bank text only (upper-case French)"


def channel(p):
    r = (p["reference"] or "")
    for k, v in (("REMISE LCN", "LCN (Morocco)"), ("REMISE CHQ", "cheque"), ("REMISE EFFETS", "effets / traites"),
                 ("OM TRX", "Orange Money"), ("WAVE TRX", "Wave"), ("MOMO TRX", "MTN MoMo"),
                 ("VERSEMENT ESPECES", "cash deposit"), ("VIR SEPA", "SEPA transfer"),
                 ("VIR INTL", "international transfer"), ("VIR INTERBANCAIRE", "regional transfer (UEMOA/CEMAC)")):
        if r.startswith(k) or k in r[:20]:
            return v
    return "domestic transfer" if r.startswith("VIR") else "other"


cust_ids = {i["customer_id"] for i in inv_out}
readme = """# Blind cash-application set: ledger_afrique

Held-out test set for the `match` contract (`/work/shared/contracts/cash-application.md`),
written blind (from the contract only). Generated by `python3 build.py` (deterministic,
stdlib only, seed %d); `python3 check.py` re-verifies every label.

## Theme

Sahel Agro Emballages, an agro-food and packaging distributor selling flour, oil, dairy, canned
goods and cartons/films to wholesalers, supermarkets, bakeries and small shops in Morocco (MAD),
Côte d'Ivoire and Senegal (XOF), Cameroon and Gabon (XAF) and France (EUR). Some African
importers are billed in EUR. Payments arrive by domestic and cross-border transfer
(truncated upper-case payer names, "VIR RECU DE", "REF FACT", "REGLT FACTURE", SEPA /MOTIF,
SWIFT /ORD/ /REM/ /CHGS), cheques, effets and Moroccan LCN remitted to the bank, cash
deposits, and mobile money (Orange Money, Wave, MTN MoMo) with transaction ids and a short
free-text message. Remittance advices are in French, a few in Arabic (Morocco).

## Files (`ledger_afrique/`)

| file | rows | format |
|---|---|---|
| `invoices.json` | %d | contract `INVOICES.json`: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date`; %d customers |
| `payments.json` | %d | contract `PAYMENTS.json`, oldest first: `id, date, amount, currency, payer_name, customer_id, reference, remittance` |
| `labels.json` | %d | one expected `MATCHES.json` entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |

Invoice numbers look like `FA-25-10234` (year of issue, then a sequence that is unique across
years). Bank texts write them many ways: `FA-25-10234`, `FA2510234`, `FA 25 10234`, `FA25/10234`,
`25-10234`, or the bare sequence `10234`; lists (`FA-25-10234/10240`, `FACT 10234 10240 ET 10251`)
and ranges (`FACT 10230 A 10233`, `FA 10230-10233`).

## Counts

%s

%s

Invoices per currency:

%s

Payments per currency (valid rows):

%s

Payments per channel:

%s

Payments per remittance language:

%s

## Conventions chosen where the contract is silent

- **Amounts.** Decimal strings. XOF and XAF have no minor unit, so their amounts are whole
  numbers without a decimal point (`"1250000"`); MAD and EUR have two decimals (`"12500.00"`).
  This holds for invoices, payments and labels (applications, `unapplied`, `short_pay.amount`).
  Compare amounts numerically.
- **Replay.** Labels assume payments are applied strictly in file order; a `solde` payment
  equals what an earlier `acompte` in the file left open, and a second payment of an invoice
  settled earlier in the file is unapplied.
- **`review`:** nothing applied, `unapplied` equals the whole payment (so applications +
  unapplied still add up), `short_pay` null. `candidates` is a list of objects
  `{"invoice_ids": [...]}`, best first. When two candidates are equally likely (same amount
  twice) they are ordered by due date, oldest first; when the reference and the amount disagree
  the exact-amount invoice is ranked first and the referenced one second. An unknown payer whose
  amount fits nothing has `candidates: []`.
- **`partial` without `short_pay`:** an announced part payment (acompte, avance, paiement
  partiel) on a named invoice.
- **`partial` with `short_pay`:** the customer pays a named invoice less a stated or evident
  deduction: withholding tax (retenue à la source 5%%, précompte 2.2%% in Cameroon), bank charges
  on cross-border transfers (also when only `/CHGS SHA` or `FRAIS` and a small round shortfall
  show it), or a deduction with a reason (damage, price difference, missing pallets...). The
  application is the amount received; `short_pay.amount` is the balance left open, which equals
  the deduction.
- **`unapplied`:** (a) overpayment: the named invoice is paid in full and the remainder is held
  (applications listed); typical case: the customer pays the invoice total although an acompte
  had already reduced the balance; (b) a second payment of an invoice paid earlier in the file
  (no applications); (c) a lump that lists an invoice already paid earlier in the file: the other
  invoices are applied and that invoice's share is held; (d) a known customer (`customer_id`
  given) whose payment fits no open invoice, no pair and not the account total (often an advance
  on a new order).
- **Applied without an invoice number** only when the payer is identified (bank `customer_id`, or
  an upper-case payer name that is a prefix of exactly one customer name) **and** either the
  amount equals exactly one open invoice of that customer with no two invoices adding up to it,
  or the text says it settles the statement and the amount equals all the customer's open
  invoices together. A PO (`BC`), order (`CDE`) or delivery-note (`BL`) number that happens to
  equal another customer's invoice sequence is ignored.
- **`review` cases:** two open invoices with the same amount and no reference; reference and amount
  pointing at different invoices; an unknown payer whose amount matches invoices of two customers
  (including two near-homonym customers, "ETS DIOP"); a combination of several invoices found only
  by the amount, with no reference; a reference to another customer's invoice; an unknown payer
  with nothing matching.
- **Bad rows** (`status: "error"`): `applications: []`, `unapplied: null`, `short_pay: null`,
  `candidates: []`, and an `error` text. They are: negative amounts (bank reversal, unpaid LCN),
  a currency no invoice has (USD, GBP), a malformed amount (`"4.668.350"`, `"56 795,70"`), a
  missing date (`null` and `""`), and a repeated payment id (the same bank line delivered twice:
  the first occurrence is a normal payment, the later copy is the error). Bad rows never change
  balances.
- `reason`, `scenario` and `note` are for humans; they are not part of the engine's output.

## What to compare

Per payment: `status`; for applied/partial/unapplied the set of `(invoice_id, amount)`
applications and `unapplied`; `short_pay.invoice_id` and `short_pay.amount`; for review the
candidate sets (top-1 and whether every labelled set appears).
""" % (SEED, len(inv_out), len(cust_ids), len(pay_out), len(lab_out),
       table(Counter(l["status"] for l in lab_out), "status"),
       table(Counter(l["scenario"] for l in lab_out), "scenario"),
       table(Counter(i["currency"] for i in inv_out), "currency"),
       table(Counter(p["currency"] for p, l in zip(pay_out, lab_out) if l["status"] != "error"), "currency"),
       table(Counter(channel(p) for p in pay_out), "channel"),
       table(Counter(text_lang(p) for p in pay_out), "language"))
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
