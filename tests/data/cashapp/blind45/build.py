#!/usr/bin/env python3
"""Blind held-out set for the cash-application (`match`) contract.

Theme: "Frais du Nord Distribution", a French/Belgian fresh-food and dairy
distributor (Lille + Bruxelles).  Stdlib only, deterministic (seeded RNG, no
wall clock).  `python3 build.py` rewrites ledger_factor/*.json and README.md.
"""
import itertools
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_factor")
R = random.Random(141_2026)
C0 = D("0.00")
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT)


def s(x):
    return f"{q(x):.2f}"


def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def fr_amt(x, sep="\u00a0"):
    """1 234,56 (French) ; sep='.' gives Belgian 1.234,56"""
    x = q(x)
    neg = x < 0
    x = abs(x)
    ent, dec = f"{x:.2f}".split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    out = sep.join(groups) + "," + dec
    return ("-" if neg else "") + out


def dfr(d):
    return d.strftime("%d/%m/%Y")


def dshort(d):
    return d.strftime("%d/%m/%y")


def rid(prefix, n=8, alphabet="0123456789abcdef"):
    return prefix + "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- customers
SURNAMES = """Dubois Lefebvre Lambert Mercier Caron Delattre Vandamme Peeters Janssens Maes Claes
Wouters Dupont Lemaire Leroy Roussel Fournier Girard Bonnet Masson Marchal Delcourt Hennion Desmet
Vermeulen Goossens Martens Dumont Renard Collignon Lejeune Deprez Lecomte Brasseur Moreau Carlier
Dhondt Willems Mertens Huet Poulain Lemoine Vasseur Bertin Delmotte Delvaux Piron Hubert Fontaine
Verhaeghe Devos Baert Wauters Coppens Lambrecht Bouchez Dewulf Lhermitte Cordier Thiry""".split()
TOWNS_FR = """Lille Roubaix Tourcoing Arras Douai Valenciennes Lens Béthune Dunkerque Calais Amiens
Cambrai Maubeuge Saint-Omer Armentières Villeneuve-d'Ascq Reims Laon Boulogne-sur-Mer Hazebrouck""".split()
TOWNS_BE = """Bruxelles Namur Liège Mons Charleroi Tournai Gent Brugge Kortrijk Leuven Antwerpen
Mechelen Wavre Louvain-la-Neuve Hasselt Ixelles Uccle Schaerbeek Mouscron Arlon""".split()
WORDS = """Gourmet Terroir Bon Goût Comptoir Halles Marché Cloche Étoile Moulin Fermier Palais
Saveurs Tilleul Beffroi Lys Escaut Meuse Ardennes Verger Table Fourchette Pressoir""".split()


class Cust:
    def __init__(self, cid, name, bank, country, kind, chain=None):
        self.id, self.name, self.bank, self.country, self.kind, self.chain = cid, name, bank, country, kind, chain
        self.invs = []


def bank_name(name, legal, cut=None):
    base = strip_accents(name).upper().replace("'", " ").replace("-", " ")
    full = R.choice([f"{legal} {base}", f"{base} {legal}", base]) if legal else base
    full = " ".join(full.split())
    cut = cut or R.choice([18, 20, 24, 27, 32, 35, 35, 70])
    return full[:cut].rstrip()


used_ids = set()


def new_cid():
    while True:
        c = "CL" + str(R.randint(10000, 99999))
        if c not in used_ids:
            used_ids.add(c)
            return c


used_names = set()


def uniq(name):
    if name in used_names:
        return None
    used_names.add(name)
    return name


CUSTS = []


def add_cust(name, legal, country, kind, chain=None, bank=None):
    disp = f"{legal} {name}" if legal and R.random() < 0.5 else (f"{name} {legal}" if legal else name)
    if uniq(disp) is None:
        return None
    c = Cust(new_cid(), disp, bank or bank_name(name, legal), country, kind, chain)
    CUSTS.append(c)
    return c


def build_customers():
    # chains paid by their centrale d'achat (stores are the customers)
    for i, town in enumerate(R.sample(TOWNS_FR, 16)):
        add_cust(f"Hyperval {town}", "SAS", "FR", "store", chain="HYPERVAL")
    for town in R.sample(TOWNS_FR, 12):
        add_cust(f"Proxi'Frais {town}", "SARL", "FR", "store", chain="PROXIFRAIS")
    for town in R.sample(TOWNS_BE, 14):
        add_cust(f"Marché Vert {town}", "SA", "BE", "store", chain="MARCHEVERT")
    # customers in a reverse-factoring programme (the affactureur pays for them)
    for nm, lg, ct in [("Restauco Nord", "SAS", "FR"), ("Cuisine Centrale de Lens", "SPL", "FR"),
                       ("Groupe Hospitalier Saint-Vincent", "", "FR"), ("Résidences Les Tilleuls", "SAS", "FR"),
                       ("Horeca Partners Benelux", "NV", "BE"), ("Brasseries du Beffroi", "SAS", "FR"),
                       ("Crèches Petit Lys", "SCIC", "FR"), ("Traiteur Delcourt Réceptions", "SARL", "FR"),
                       ("Collectivités Wallonie Restauration", "SRL", "BE")]:
        add_cust(nm, lg, ct, "factored")
    kinds_fr = [("Fromagerie {s}", "SARL"), ("Crèmerie {s}", "EURL"), ("Restaurant Le {w}", "SARL"),
                ("Brasserie du {w}", "SAS"), ("Épicerie Fine {s}", "SARL"), ("Supermarché {s} {t}", "SAS"),
                ("Traiteur {s}", "SARL"), ("EHPAD Les {w}", ""), ("Boulangerie {s}", "SASU"),
                ("Le Comptoir de {t}", "SAS"), ("Hôtel du {w}", "SARL"), ("Cantine Scolaire de {t}", ""),
                ("Boucherie-Crèmerie {s}", "EURL"), ("Pizzeria {s}", "SASU"), ("Les Saveurs de {t}", "SARL")]
    kinds_be = [("Fromagerie {s}", "SRL"), ("Zuivelhandel {s}", "BV"), ("Kaashandel {s}", "BV"),
                ("Restaurant {w}", "SRL"), ("Brasserie {s}", "SPRL"), ("Épicerie {s}", "SRL"),
                ("Traiteur {s}", "SRL"), ("Delhaize-libre {s}", "SA"), ("Taverne du {w}", "SRL"),
                ("Bakkerij {s}", "BV"), ("Crèmerie de {t}", "SRL"), ("Superette {s}", "SPRL")]
    while len(CUSTS) < 300:
        country = "FR" if R.random() < 0.62 else "BE"
        tmpl, legal = R.choice(kinds_fr if country == "FR" else kinds_be)
        if tmpl.startswith("Delhaize"):
            tmpl = "Alimentation {s}"
        t = R.choice(TOWNS_FR if country == "FR" else TOWNS_BE)
        name = tmpl.format(s=R.choice(SURNAMES), w=R.choice(WORDS), t=t)
        kind = "standing" if tmpl.startswith(("EHPAD", "Cantine", "Crèmerie de")) else "indep"
        add_cust(name, legal, country, kind)


# ---------------------------------------------------------------- invoices
INVS = []
BY_ID = {}
BY_NUM = {}
CUST = {}
START = date(2025, 12, 1)
END_ISSUE = date(2026, 3, 31)
RANGES = {"store": (900, 14000), "factored": (400, 9000), "standing": (150, 1200), "indep": (60, 4800)}


def money(lo, hi):
    import math
    v = math.exp(R.uniform(math.log(lo), math.log(hi)))
    return q(v)


def build_invoices():
    plan = []  # (issue_date, cust, total, balance)
    for c in CUSTS:
        n = {"store": R.randint(6, 10), "factored": R.randint(6, 11), "standing": R.randint(4, 7),
             "indep": R.randint(2, 6)}[c.kind]
        lo, hi = RANGES[c.kind]
        fixed = money(lo, hi) if c.kind == "standing" else None
        span = (END_ISSUE - START).days
        days = sorted(R.sample(range(span + 1), n))
        for k, dd in enumerate(days):
            tot = fixed if (fixed is not None and R.random() < 0.55) else money(lo, hi)
            plan.append([START + timedelta(dd), c, tot])
    plan.sort(key=lambda p: (p[0], p[1].id))
    seq = {2025: 41870, 2026: 120}
    used_iid = set()
    for d_, c, tot in plan:
        seq[d_.year] += R.randint(1, 6)
        num = f"FA{d_.year % 100:02d}{seq[d_.year]:06d}"
        while True:
            iid = rid("inv_", 8)
            if iid not in used_iid:
                used_iid.add(iid)
                break
        bal = tot
        r = R.random()
        avoir = None
        if r < 0.06 and tot > 200:  # credit note already allocated by AR
            avoir = q(tot * D(R.choice(["0.05", "0.08", "0.1", "0.12", "0.2"])))
            bal = tot - avoir
        elif r < 0.09 and tot > 300:  # older part payment
            bal = q(tot - q(tot * D(R.choice(["0.25", "0.3", "0.5"]))))
        due = d_ + timedelta(30 if c.kind != "store" else 45)
        inv = {"id": iid, "number": num, "customer_id": c.id, "customer_name": c.name, "currency": "EUR",
               "total": tot, "balance": bal, "issue_date": d_, "due_date": due}
        inv["_avoir"] = avoir
        INVS.append(inv)
        BY_ID[iid] = inv
        BY_NUM[num] = inv
        c.invs.append(inv)


def inv_out(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": i["currency"], "total": s(i["total"]),
            "balance": s(i["balance"]), "issue_date": i["issue_date"].isoformat(),
            "due_date": i["due_date"].isoformat()}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")



# ---------------------------------------------------------------- payments
BAL = {}
PAYS = []
LABS = []
HIST = []  # (payment, label, customer) of clean single-invoice applied payments
US = "FRAIS DU NORD DISTRIBUTION"
FACTORS = [("NORD AFFACTURAGE SA", "NORD AFFACTURAGE SA", "FR"), ("BENEFACT NV", "BENEFACT NV FACTORING", "BE")]
CENTRALES = {"HYPERVAL": ("SCA CENTRALE HYPERVAL", "CENTRALE HYPERVAL SCA"),
             "PROXIFRAIS": ("GIE PROXIFRAIS ACHATS", "GIE PROXIFRAIS ACHATS"),
             "MARCHEVERT": ("MARCHE VERT CENTRALE SA", "MARCHE VERT CENTRAAL NV")}
PERSONS = ["M OU MME LEROY JEAN", "MME DELATTRE SOPHIE", "SCI LES TILLEULS", "M DUPONT PATRICK",
           "ASBL LES AMIS DU BEFFROI", "COMITE DES FETES DE DOUAI", "MR VERMEULEN K", "SAS IMMO LYS GESTION",
           "ASSOCIATION SPORTIVE ARRAS", "M HUBERT LUC"]
used_pids = set()


def new_pid():
    while True:
        p = "pmt_" + "".join(R.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(10))
        if p not in used_pids:
            used_pids.add(p)
            return p


def open_of(c, d=None):
    """all open invoices of c; with d: only untouched ones issued before d (the targets scenarios pick from)"""
    if d is None:
        return [i for i in c.invs if BAL[i["id"]] > 0]
    return [i for i in c.invs if BAL[i["id"]] == i["balance"] and i["issue_date"] < d]


def fits(invs, amt, maxk=4):
    """all subsets (as tuples of invoices, oldest first) of invs whose balances sum to amt"""
    invs = sorted([i for i in invs if BAL[i["id"]] > 0], key=lambda i: (i["due_date"], i["number"]))
    k = len(invs) if len(invs) <= 14 else maxk
    out = []
    for n in range(1, k + 1):
        for comb in itertools.combinations(invs, n):
            if sum(BAL[i["id"]] for i in comb) == amt:
                out.append(comb)
    return out


def singles_ledger(amt):
    return sorted([i for i in INVS if BAL[i["id"]] == amt], key=lambda i: (i["due_date"], i["number"]))


MOIS = ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE"]


def po_num():
    """an 8-digit order number shaped like invoice digits but matching no invoice"""
    while True:
        n = str(R.randint(26000000, 26009999))
        if "FA" + n not in BY_NUM:
            return n


def digits(num):
    return num[2:]


def ref_single(inv, c):
    n, dg = inv["number"], digits(inv["number"])
    opts = [n, f"FACTURE {n}", f"REGLEMENT FACT {dg}", f"FA {dg[:2]} {dg[2:]}", f"RGLT {n} DU {dshort(inv['issue_date'])}",
            f"F{dg}", f"FACT N {dg[:2]}-{dg[2:]}", f"/INV/{n} {inv['issue_date']:%d.%m.%Y}", f"PAIEMENT FACTURE {n} CLIENT {c.id}",
            f"{n} {fr_amt(BAL[inv['id']], '')}", f"VIR SEPA {n}", f"REF CLIENT {c.id} FACT {n}"]
    if c.country == "BE":
        opts += [f"FACTUUR {n}", f"BETALING FACTUUR {dg}"]
    return R.choice(opts)


def ogm(inv):
    base = int("00" + digits(inv["number"]))
    chk = base % 97 or 97
    t = f"{base:010d}{chk:02d}"
    return f"+++{t[:3]}/{t[3:7]}/{t[7:]}+++"


def payer(c, known_p=0.75):
    return c.bank, (c.id if R.random() < known_p else None)


def mkpay(d, amt, payer_name, cid, ref, rem, cur="EUR"):
    return {"id": new_pid(), "date": d.isoformat(), "amount": s(amt), "currency": cur, "payer_name": payer_name,
            "customer_id": cid, "reference": ref, "remittance": rem}


def commit(p, status, apps, unapplied, short_pay, cands, reason, scen, note):
    amt = D(p["amount"])
    tot = sum((a for _, a in apps), C0) + unapplied
    assert tot == amt, (scen, tot, amt)
    for inv, a in apps:
        assert a > 0 and a <= BAL[inv["id"]], (scen, inv["number"], a, BAL[inv["id"]])
    for inv, a in apps:
        BAL[inv["id"]] -= a
    if short_pay:
        assert BAL[short_pay[0]["id"]] == short_pay[1], scen
    lab = {"payment_id": p["id"], "status": status,
           "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
           "unapplied": s(unapplied),
           "short_pay": ({"invoice_id": short_pay[0]["id"], "amount": s(short_pay[1]), "reason": short_pay[2]}
                         if short_pay else None),
           "candidates": [[i["id"] for i in cs] for cs in cands],
           "reason": reason, "scenario": scen, "note": note}
    PAYS.append(p)
    LABS.append(lab)
    return lab


def pick(kinds, d, need=1, pred=None, tries=60):
    pool = [c for c in CUSTS if c.kind in kinds]
    for _ in range(tries):
        c = R.choice(pool)
        op = open_of(c, d)
        if len(op) >= need and (pred is None or pred(c, op)):
            return c, op
    return None, None


def full_apps(invs):
    return [(i, BAL[i["id"]]) for i in invs]


def table(lines, nl=False, head=None):
    hd = head or ("N° facture     Date         Montant" if not nl else "Factuur nr     Datum        Bedrag")
    out = [hd]
    for num, dd, amt in lines:
        out.append(f"{num:<14} {dfr(dd):<12} {fr_amt(amt, ' ' if not nl else '.'):>12}")
    return out


def remise_ref(d):
    return R.choice(["RM", "REM", "RGT", "VIR"]) + f"{d:%y%m}-{R.randint(10, 99999):05d}"


# ---- scenarios: each returns True when a payment was emitted
def sc_exact_ref(d):
    c, op = pick(["indep", "standing", "factored", "store"], d)
    if not c:
        return False
    inv = R.choice(op)
    pn, cid = payer(c)
    ref = ref_single(inv, c)
    p = mkpay(d, BAL[inv["id"]], pn, cid, ref, None)
    lab = commit(p, "applied", full_apps([inv]), C0, None, [], f"reference names {inv['number']} and amount equals its balance",
                 "exact_ref", f"single invoice named in the libellé ({ref!r}); exact balance")
    HIST.append((p, lab, c, inv))
    return True


def sc_be_ogm(d):
    c, op = pick(["indep", "standing"], d, pred=lambda c, op: c.country == "BE")
    if not c:
        return False
    inv = R.choice(op)
    pn, cid = payer(c, 0.8)
    ref = ogm(inv) if R.random() < 0.6 else ogm(inv).replace("+++", "").replace("/", "")
    p = mkpay(d, BAL[inv["id"]], pn, cid, ref, None)
    commit(p, "applied", full_apps([inv]), C0, None, [], f"Belgian structured communication carries {inv['number']}; exact balance",
           "be_structured_comm", "our Belgian invoices carry the OGM/VCS +++00YYNNNNNN+check (mod 97)+++ built from the invoice digits")
    return True


def multi_ref_text(invs, c):
    nums = [i["number"] for i in invs]
    st = R.randint(0, 4)
    if st == 1 and len({digits(n)[:4] for n in nums}) != 1:
        st = 0
    if st == 0:
        return "RGLT " + " ".join(nums)
    if st == 1:  # FACT 26001234/1240/1251: later numbers abbreviated to their last 4 digits
        return "FACT " + digits(nums[0]) + "".join("/" + digits(n)[-4:] for n in nums[1:])
    if st == 2:
        return "FACTURES " + " + ".join(digits(n) for n in nums)
    if st == 3:
        return ", ".join(nums)
    return ("BETALING FACTUREN " if c.country == "BE" else "PAIEMENT FACTURES ") + "-".join(nums)


def sc_multi_ref(d):
    c, op = pick(["indep", "standing", "factored", "store"], d, need=2)
    if not c:
        return False
    k = R.randint(2, min(5, len(op)))
    invs = sorted(R.sample(op, k), key=lambda i: i["number"])
    ref = multi_ref_text(invs, c)
    if len(ref) > 140:
        return False
    pn, cid = payer(c)
    amt = sum(BAL[i["id"]] for i in invs)
    p = mkpay(d, amt, pn, cid, ref, None)
    commit(p, "applied", full_apps(invs), C0, None, [], f"reference lists {k} invoices and the amount equals their balances",
           "multi_ref", f"list of invoice numbers in the libellé: {ref!r}")
    return True


def sc_range_ref(d):
    for _ in range(40):
        c, op = pick(["indep", "standing", "factored", "store"], d, need=3)
        if not c:
            return False
        op = sorted(op, key=lambda i: i["number"])
        a = R.randint(0, len(op) - 3)
        b = R.randint(a + 2, min(len(op) - 1, a + 5))
        invs = op[a:b + 1]
        lo, hi = invs[0]["number"], invs[-1]["number"]
        # the range must not contain an open invoice of this customer issued after the date
        inside = [i for i in c.invs if BAL[i["id"]] > 0 and lo <= i["number"] <= hi]
        if inside != invs:
            continue
        ref = R.choice([f"FACTURES {lo} A {hi}", f"FACT DU {digits(lo)} AU {digits(hi)}", f"{lo} -> {digits(hi)[-5:]}",
                        f"RGLT FACT {lo} A {digits(hi)} RELEVE {d.month - 1 or 12:02d}/26"])
        pn, cid = payer(c)
        amt = sum(BAL[i["id"]] for i in invs)
        p = mkpay(d, amt, pn, cid, ref, None)
        commit(p, "applied", full_apps(invs), C0, None, [], "reference gives a range of invoice numbers; the customer's open invoices in it sum to the amount",
               "range_ref", f"range {ref!r} covers {len(invs)} of this customer's invoices (numbers are shared by all customers)")
        return True
    return False


def sc_remittance(d):
    c, op = pick(["indep", "standing", "factored"], d, need=2)
    if not c:
        return False
    k = R.randint(2, min(7, len(op)))
    invs = sorted(R.sample(op, k), key=lambda i: i["number"])
    nl = c.country == "BE" and any(w in c.name for w in ("BV", "Zuivel", "Kaas", "Bakkerij"))
    amt = sum(BAL[i["id"]] for i in invs)
    rr = remise_ref(d)
    if nl:
        lines = ["BETALINGSADVIES", f"Opdrachtgever: {c.name}", f"Begunstigde: {US}", f"Uitvoeringsdatum: {dfr(d)}  Ref: {rr}", ""]
    else:
        lines = ["AVIS DE VIREMENT", f"Donneur d'ordre : {c.name}", f"Bénéficiaire : {US} SAS",
                 f"Date d'exécution : {dfr(d)}    Référence de remise : {rr}", ""]
    lines += table([(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs], nl)
    lines += ["", ("Totaal: " if nl else "Total réglé : ") + fr_amt(amt, "." if nl else " ") + " EUR"]
    if R.random() < 0.4:
        lines.append(("Ref. bestelling " if nl else "Vos BL / nos commandes : ") + ", ".join(po_num() for _ in range(2)))
    pn, cid = payer(c, 0.7)
    ref = R.choice([f"REF REMISE {rr}", rr, f"AVIS {rr} {k} FACTURES", None])
    p = mkpay(d, amt, pn, cid, ref, "\n".join(lines))
    commit(p, "applied", full_apps(invs), C0, None, [], f"remittance advice lists {k} invoices summing to the amount",
           "remittance_advice", "avis de virement table; the libellé only carries the référence de remise; order numbers look like invoice digits")
    return True


def generic_ref(c):
    return R.choice([None, "VIREMENT FOURNISSEUR", "REGLEMENT", "PAIEMENT FRAIS DU NORD", "VIR SEPA RECU", "REGLEMENT FOURNISSEUR FEV",
                     "/ROC/NOTPROVIDED", "FRAIS DU NORD", "BETALING" if c.country == "BE" else "PAIEMENT"])


def sc_amount_only(d):
    for _ in range(60):
        c, op = pick(["indep", "standing", "factored"], d)
        if not c:
            return False
        inv = R.choice(op)
        amt = BAL[inv["id"]]
        f = fits(open_of(c), amt)
        if len(f) != 1 or len(f[0]) != 1:
            continue
        ref = generic_ref(c)
        p = mkpay(d, amt, c.bank, c.id, ref, None)
        commit(p, "applied", full_apps([inv]), C0, None, [], "known customer, no invoice reference; the amount equals exactly one open invoice and no combination",
               "amount_only_unique", "bank identifies the customer; exact amount is unique among its open invoices (all subsets checked)")
        return True
    return False


def sc_lump_noref(d):
    for _ in range(80):
        c, op = pick(["indep", "standing", "factored", "store"], d, need=3)
        if not c:
            return False
        op = sorted(op, key=lambda i: (i["due_date"], i["number"]))
        k = R.randint(2, min(4, len(op)))
        invs = op[:k]
        amt = sum(BAL[i["id"]] for i in invs)
        f = fits(open_of(c), amt)
        if len(f) != 1:
            continue
        ref = R.choice([f"SOLDE RELEVE AU {dshort(d - timedelta(days=d.day))}", "REGLEMENT RELEVE", f"RELEVE {MOIS[(d.month - 2) % 12]} 2026",
                        "PAIEMENT ECHEANCES", None])
        p = mkpay(d, amt, c.bank, c.id, ref, None)
        commit(p, "applied", full_apps(invs), C0, None, [], f"known customer; the amount equals its {k} oldest open invoices and no other combination",
               "lump_no_ref_unique", "statement payment without invoice numbers; unique subset sum over all open invoices")
        return True
    return False


def sc_after_avoir(d):
    cands = [i for i in INVS if i["_avoir"] and BAL[i["id"]] == i["balance"] and i["issue_date"] < d]
    if not cands:
        return False
    inv = R.choice(cands)
    c = CUST[inv["customer_id"]]
    av = f"AV{inv['issue_date'].year % 100:02d}{R.randint(100, 999):06d}"
    if R.random() < 0.5:
        ref = f"{inv['number']} MOINS AVOIR {av}"[:35]
        rem = None
    else:
        ref = remise_ref(d)
        rem = "\n".join([f"Règlement {c.name}", f"Facture {inv['number']}   {fr_amt(inv['total'])}",
                         f"Avoir   {av}   -{fr_amt(inv['_avoir'])}", f"Net payé       {fr_amt(BAL[inv['id']])}"])
    pn, cid = payer(c)
    p = mkpay(d, BAL[inv["id"]], pn, cid, ref, rem)
    commit(p, "applied", full_apps([inv]), C0, None, [], f"{inv['number']} with credit note {av} already allocated; amount equals the open balance",
           "balance_after_avoir", "total > balance because the avoir is already lettered on the invoice; payment matches balance, not total")
    return True


def sc_lcr(d):
    c, op = pick(["indep", "standing"], d, pred=lambda c, op: c.country == "FR")
    if not c:
        return False
    inv = R.choice(op)
    ref = R.choice([f"LCR ECH {dshort(d)} {inv['number']}", f"REMISE LCR {remise_ref(d)} {digits(inv['number'])}",
                    f"EFFET LCR REF TIRE {c.id} FACT {inv['number']}", f"LCR DOMICILIEE {inv['number']}"])
    p = mkpay(d, BAL[inv["id"]], c.bank, c.id, ref, None)
    commit(p, "applied", full_apps([inv]), C0, None, [], f"LCR for {inv['number']} at its balance", "lcr",
           "lettre de change relevé: the drawee is known and the reference carries the invoice number")
    return True


def sc_cheque(d):
    c, op = pick(["indep", "standing"], d, pred=lambda c, op: c.country == "FR")
    if not c:
        return False
    k = 1 if R.random() < 0.6 or len(op) < 2 else 2
    invs = sorted(R.sample(op, k), key=lambda i: i["number"])
    amt = sum(BAL[i["id"]] for i in invs)
    chq = R.randint(1000000, 9999999)
    nums = " et ".join(i["number"] for i in invs)
    rem = (f"{c.name}\nObjet : règlement\nMadame, Monsieur,\nVeuillez trouver ci-joint notre chèque n° {chq} "
           f"d'un montant de {fr_amt(amt)} € en règlement de {'la facture' if k == 1 else 'vos factures'} {nums}.\n"
           "Cordialement,\nLa comptabilité")
    p = mkpay(d, amt, strip_accents(c.name).upper()[:26], None, f"REMISE CHEQUES N {R.randint(100, 999):06d} CHQ {chq}", rem)
    commit(p, "applied", full_apps(invs), C0, None, [], f"cheque letter names {nums}; amount equals", "cheque",
           "cheque deposit (remise de chèques); the covering letter is the remittance; bank gives no customer id")
    return True


def sc_payer_name_only(d):
    for _ in range(60):
        c, op = pick(["indep", "standing"], d)
        if not c:
            return False
        inv = R.choice(op)
        amt = BAL[inv["id"]]
        f = fits(open_of(c), amt)
        if len(f) != 1 or len(f[0]) != 1 or len(singles_ledger(amt)) != 1:
            continue
        p = mkpay(d, amt, c.bank, None, generic_ref(c), None)
        commit(p, "applied", full_apps([inv]), C0, None, [], "payer name is the customer's bank name; amount equals exactly one invoice in the whole ledger",
               "payer_name_only", "customer_id null; clerk's call: name + unique exact amount (no other invoice anywhere has that balance) is enough")
        return True
    return False


def sc_po_lookalike(d):
    for _ in range(60):
        c, op = pick(["indep", "standing", "factored"], d)
        if not c:
            return False
        inv = R.choice(op)
        amt = BAL[inv["id"]]
        f = fits(open_of(c), amt)
        if len(f) != 1 or len(f[0]) != 1:
            continue
        other = R.choice([i for i in INVS if i["customer_id"] != c.id and BAL[i["id"]] > 0])
        dg = digits(other["number"])
        ref = R.choice([f"VIR CDE N {dg} LIVR {dshort(inv['issue_date'])}", f"BON DE COMMANDE {dg}", f"PO {dg}", f"N/REF CDE {dg} BL {R.randint(40000, 49999)}"])
        p = mkpay(d, amt, c.bank, c.id, ref, None)
        commit(p, "applied", full_apps([inv]), C0, None, [], f"known customer, exact unique amount on {inv['number']}; the number in the libellé is an order number",
               "po_lookalike", f"{dg} is the customer's PO number; it also equals the digits of {other['number']} of another customer ({other['customer_name']}) - do not apply there")
        return True
    return False


def sc_typo_ref(d):
    for _ in range(60):
        c, op = pick(["indep", "standing"], d)
        if not c:
            return False
        inv = R.choice(op)
        amt = BAL[inv["id"]]
        f = fits(open_of(c), amt)
        if len(f) != 1 or len(f[0]) != 1:
            continue
        dg = list(digits(inv["number"]))
        j = R.randint(3, len(dg) - 2)
        if dg[j] == dg[j + 1]:
            continue
        dg[j], dg[j + 1] = dg[j + 1], dg[j]
        bad = "FA" + "".join(dg)
        if bad in BY_NUM:
            continue
        p = mkpay(d, amt, c.bank, c.id, f"FACTURE {bad}", None)
        commit(p, "applied", full_apps([inv]), C0, None, [], f"{bad} does not exist; transposed digits of {inv['number']}, which the known customer owes at exactly this amount",
               "typo_ref", "typo in the reference; customer + unique exact amount + near-identical number")
        return True
    return False


SHORT_REASONS = [
    ("logistics penalty: late delivery", "Pénalité logistique livraison hors créneau {dd}", "PL"),
    ("logistics penalty: service rate", "Pénalité taux de service {pct} % (objectif 98,5 %)", "PL"),
    ("year-end rebate deducted (ristourne)", "Ristourne 2025 déduite", "RI"),
    ("commercial cooperation fee deducted", "Coopération commerciale mise en avant {mm}", "CC"),
    ("credit note claimed: missing goods", "Avoir attendu : manquants BL {bl}", "AV"),
    ("credit note claimed: breakage / short shelf life", "Avoir attendu : casse / DLC courte BL {bl}", "AV"),
    ("price difference (2026 tariff not accepted)", "Écart de prix tarif 2026 non accepté", "PX"),
    ("early-payment discount taken (escompte)", "Escompte 2 % paiement anticipé", "ES"),
]


def reason_text(t):
    return t.format(dd=dshort(date(2026, R.randint(1, 2), R.randint(1, 28))), pct=R.choice(["91,2", "94", "96,7"]),
                    mm=R.choice(["janvier", "février", "T1 2026"]), bl=R.randint(40000, 49999))


def deduction_for(inv, code):
    b = BAL[inv["id"]]
    if code == "ES":
        return q(b * D("0.02"))
    frac = D(R.choice(["0.03", "0.05", "0.08", "0.12", "0.2"]))
    ded = q(b * frac)
    if code in ("PL", "CC", "RI") and b > 600:
        ded = q(D(R.choice([50, 75, 100, 150, 200, 250])))
    return max(min(ded, b - D("1.00")), D("1.00"))


def sc_short_pay(d):
    c, op = pick(["indep", "standing"], d, need=1)
    if not c:
        return False
    k = R.randint(1, min(4, len(op)))
    invs = sorted(R.sample(op, k), key=lambda i: i["number"])
    tgt = R.choice(invs)
    small = c.kind == "standing" or BAL[tgt["id"]] < 600
    en, fr, code = R.choice(SHORT_REASONS[4:] if small else SHORT_REASONS)
    frt = reason_text(fr)
    ded = deduction_for(tgt, code)
    amt = sum(BAL[i["id"]] for i in invs) - ded
    if k == 1 and R.random() < 0.5:
        ref = f"{tgt['number']} {strip_accents(frt).upper()} {fr_amt(ded, '')}"[:140]
        rem = None
    else:
        ref = remise_ref(d)
        lines = ["AVIS DE PAIEMENT", f"{c.name} -> {US}", ""] + table([(i["number"], i["issue_date"], BAL[i["id"]]) for i in invs])
        lines += [f"  Déduction sur {tgt['number']} : {frt}   -{fr_amt(ded)}", f"Net réglé : {fr_amt(amt)} EUR"]
        rem = "\n".join(lines)
    pn, cid = payer(c)
    p = mkpay(d, amt, pn, cid, ref, rem)
    apps = [(i, BAL[i["id"]] - (ded if i is tgt else 0)) for i in invs]
    commit(p, "partial", apps, C0, (tgt, ded, en), [], f"short pay of {s(ded)} on {tgt['number']}: {en}", "short_pay",
           f"deduction stated against one invoice ({frt}); the rest of the invoices paid in full")
    return True


def sc_short_unexplained(d):
    c, op = pick(["indep", "standing"], d)
    if not c:
        return False
    inv = R.choice(op)
    b = BAL[inv["id"]]
    ded = q(D(R.choice(["3.60", "12.40", "18.75", "24.00", "41.10"])))
    if ded >= b / 4:
        return False
    pn, cid = payer(c, 1.0)
    p = mkpay(d, b - ded, pn, cid, ref_single(inv, c).replace(fr_amt(b, ""), "").strip(), None)
    commit(p, "partial", [(inv, b - ded)], C0, (inv, ded, "unexplained shortfall"), [], f"{inv['number']} paid {s(ded)} short with no reason given",
           "short_pay_unexplained", "convention: a shortfall without acompte/partial wording is a short pay (deduction case), reason unknown")
    return True


def sc_part_payment(d):
    c, op = pick(["indep", "standing", "factored"], d, pred=lambda c, op: any(BAL[i["id"]] > 300 for i in op))
    if not c:
        return False
    inv = R.choice([i for i in op if BAL[i["id"]] > 300])
    b = BAL[inv["id"]]
    st = R.randint(0, 3)
    if st == 0:
        a = q(D(int(b / 2 / 50) * 50 or 100))
        ref = f"ACOMPTE {inv['number']}"
    elif st == 1:
        a = q(b / 3)
        ref = f"ECHEANCE 1/3 FACT {digits(inv['number'])}"
    elif st == 2:
        a = q(D(int(b * D("0.6") / 100) * 100 or 100))
        ref = f"REGLEMENT PARTIEL {inv['number']} SOLDE A SUIVRE"
    else:
        a = q(D(int(b / 2 / 100) * 100 or 100))
        ref = f"DEELBETALING FACTUUR {inv['number']}" if c.country == "BE" else f"1ER VERSEMENT {inv['number']} SELON ECHEANCIER"
    if a >= b:
        return False
    pn, cid = payer(c)
    p = mkpay(d, a, pn, cid, ref, None)
    commit(p, "partial", [(inv, a)], C0, None, [], f"stated part payment on {inv['number']}; the rest stays open",
           "part_payment", "acompte / instalment wording: partial, no short_pay")
    return True


def sc_overpay(d):
    st = R.randint(0, 2)
    if st == 0:
        cands = [i for i in INVS if i["_avoir"] and BAL[i["id"]] == i["balance"] and i["issue_date"] < d]
        if not cands:
            return False
        inv = R.choice(cands)
        c = CUST[inv["customer_id"]]
        amt = inv["total"]
        note = "customer paid the invoice total, ignoring the avoir already allocated: the avoir amount is surplus"
    else:
        c, op = pick(["indep", "standing"], d)
        if not c:
            return False
        inv = R.choice(op)
        b = BAL[inv["id"]]
        if st == 1:
            amt = q((int(b / 50) + 1) * 50)
            if amt == b:
                amt += 50
            note = "amount rounded up above the balance"
        else:
            amt = b + q(D(R.choice(["15.00", "25.00", "9.90", "120.00"])))
            note = "paid more than the balance (frais / old price)"
    pn, cid = payer(c)
    p = mkpay(d, amt, pn, cid, ref_single(inv, c).replace(fr_amt(BAL[inv['id']], ""), "").strip(), None)
    b = BAL[inv["id"]]
    commit(p, "unapplied", [(inv, b)], amt - b, None, [], f"{inv['number']} paid in full; the remaining {s(amt - b)} is held as unapplied cash",
           "overpayment", note)
    return True


def sc_duplicate(d):
    pool = [h for h in HIST if h[0]["customer_id"] and BAL[h[3]["id"]] == 0 and h[0]["date"] < d.isoformat()
            and not any(x.get("_dupof") == h[0]["id"] for x in PAYS)]
    if not pool:
        return False
    p0, lab0, c, inv = R.choice(pool)
    p = mkpay(d, D(p0["amount"]), p0["payer_name"], p0["customer_id"], p0["reference"], p0["remittance"])
    p["_dupof"] = p0["id"]
    commit(p, "unapplied", [], D(p0["amount"]), None, [], f"second payment of {inv['number']}, already paid by {p0['id']}; held on the account",
           "duplicate_payment", f"same reference and amount as {p0['id']} of {p0['date']}; the invoice is now at zero")
    return True


def sc_nofit(d):
    for _ in range(60):
        c, op = pick(["indep", "standing"], d)
        if not c:
            return False
        amt = money(80, 3000)
        if fits(open_of(c), amt):
            continue
        st = R.randint(0, 2)
        if st == 0:
            ref = generic_ref(c)
        elif st == 1:
            ref = f"FACTURE FA25{R.randint(30000, 41000):06d}"  # an old, already settled invoice
            if ref[8:] in BY_NUM:
                continue
        else:
            ref = f"REGLEMENT COMMANDE {po_num()}"
        p = mkpay(d, amt, c.bank, c.id, ref, None)
        commit(p, "unapplied", [], amt, None, [], "known customer; the amount fits no open invoice or combination and the reference names no open invoice",
               "known_customer_nofit", "held as unapplied cash on the customer's account")
        return True
    return False


def sc_ambiguous(d):
    for _ in range(200):
        c, op = pick(["standing", "indep"], d, need=2)
        if not c:
            return False
        by = {}
        for i in op:
            by.setdefault(BAL[i["id"]], []).append(i)
        dup = [v for v in by.values() if len(v) >= 2]
        if not dup:
            continue
        amt = BAL[R.choice(dup)[0]["id"]]
        f = fits(open_of(c), amt)
        if any(i["issue_date"] >= d for cs in f for i in cs):
            continue
        p = mkpay(d, amt, c.bank, c.id, generic_ref(c), None)
        commit(p, "review", [], amt, None, f, f"{len(f)} open invoices (or sets) of this customer equal the amount; no reference",
               "ambiguous_amount", "standing order with identical invoice amounts; candidates oldest due first")
        return True
    return False


def sc_unknown_payer(d):
    nm = R.choice(PERSONS)
    if R.random() < 0.7:
        pool = [i for i in INVS if BAL[i["id"]] > 0 and i["issue_date"] < d]
        amt = BAL[R.choice(pool)["id"]]
    else:
        amt = money(50, 2000)
    cands = [(i,) for i in singles_ledger(amt) if i["issue_date"] < d]
    ref = R.choice([None, "VIREMENT", "REGLEMENT FACTURE", "PAIEMENT", "FACT FA26", "REGLT FACTURE DU MOIS"])
    p = mkpay(d, amt, nm, None, ref, None)
    commit(p, "review", [], amt, None, cands, "payer unknown and no usable reference; nothing applied",
           "unknown_payer", f"private person / unrelated entity; {len(cands)} invoice(s) in the ledger have this exact balance")
    return True


def sc_ref_amount_conflict(d):
    for _ in range(100):
        c, op = pick(["indep", "standing"], d, need=2)
        if not c:
            return False
        x, y = R.sample(op, 2)
        amt = BAL[y["id"]]
        if amt <= BAL[x["id"]] or len(fits(open_of(c), amt)) != 1:
            continue
        p = mkpay(d, amt, c.bank, c.id, f"FACTURE {x['number']}", None)
        commit(p, "review", [], amt, None, [(y,), (x,)], f"reference names {x['number']} but the amount equals {y['number']} and exceeds {x['number']}",
               "ref_amount_conflict", "two readings: wrong reference or overpayment; exact-amount invoice ranked first")
        return True
    return False


def sc_cut_ref(d):
    for _ in range(100):
        c, op = pick(["indep", "standing", "factored"], d, need=2)
        if not c:
            return False
        a, b = sorted(R.sample(op, 2), key=lambda i: i["number"])
        amt = BAL[a["id"]] + BAL[b["id"]]
        f = fits(open_of(c), amt)
        if len(f) != 1:
            continue
        full = f"REGLEMENT FACTURES {a['number']} {b['number']}"
        ref = full[:len(full) - R.randint(3, 6)]
        pn, cid = c.bank, c.id
        p = mkpay(d, amt, pn, cid, ref, None)
        commit(p, "applied", full_apps([a, b]), C0, None, [], f"libellé cut after {a['number']}; the amount equals {a['number']} plus {b['number']}, whose number starts with the cut text, and no other set",
               "cut_ref", f"truncated libellé {ref!r}; unique subset sum confirms the second invoice")
        return True
    return False


def factor_rem(fname, lot, d, rows, extra=None):
    lines = [f"{fname} - Avis de règlement fournisseur", "Affacturage inversé : paiement pour compte de nos clients",
             f"Lot : {lot}    Date de valeur : {dfr(d)}", f"Fournisseur : {US}", "",
             f"{'Débiteur':<34} {'Facture':<11} {'Échéance':<10} {'Montant':>12}"]
    for i, a in rows:
        lines.append(f"{strip_accents(i['customer_name']).upper()[:34]:<34} {i['number']:<11} {dfr(i['due_date']):<10} {fr_amt(a):>12}")
    if extra:
        lines += extra
    return lines


def sc_factor(d, mode):
    fname, fbank, _ = R.choice(FACTORS)
    ncust = R.choice([1, 1, 2, 3]) if mode == "detail" else 1
    fc = [c for c in CUSTS if c.kind == "factored" and open_of(c, d)]
    if len(fc) < ncust:
        return False
    cs = R.sample(fc, ncust)
    invs = []
    for c in cs:
        op = open_of(c, d)
        invs += R.sample(op, R.randint(1, min(4, len(op))))
    invs.sort(key=lambda i: (i["customer_name"], i["number"]))
    lot = f"{d.year}-{R.randint(100, 999):04d}"
    total = sum(BAL[i["id"]] for i in invs)
    if mode == "detail":
        lines = factor_rem(fname, lot, d, [(i, BAL[i["id"]]) for i in invs], ["", f"Total du lot : {fr_amt(total)} EUR"])
        p = mkpay(d, total, fbank, None, f"PAIEMENT POUR COMPTE LOT {lot}", "\n".join(lines))
        commit(p, "applied", full_apps(invs), C0, None, [], f"factor's remittance lists {len(invs)} invoices of {ncust} debtor(s); sum equals",
               "factor_detail", "affactureur pays on behalf of programme debtors: apply to the debtors' invoices named in its avis")
    elif mode == "short":
        tgt = R.choice(invs)
        ded = q(BAL[tgt["id"]] * D(R.choice(["0.1", "0.15", "0.25"])))
        rows = [(i, BAL[i["id"]] - (ded if i is tgt else 0)) for i in invs]
        amt = total - ded
        lines = factor_rem(fname, lot, d, rows, ["", f"Facture {tgt['number']} : litige déclaré par le débiteur, montant retenu {fr_amt(ded)}",
                                                  f"Total du lot : {fr_amt(amt)} EUR"])
        p = mkpay(d, amt, fbank, None, f"PAIEMENT POUR COMPTE LOT {lot}", "\n".join(lines))
        commit(p, "partial", rows, C0, (tgt, ded, "disputed by the debtor, withheld by the factor"), [],
               f"factor paid the listed invoices but held back {s(ded)} on {tgt['number']} (debtor's dispute)", "factor_short",
               "factor financed only the undisputed part of one invoice")
    else:
        c = cs[0]
        ff = fits(open_of(c), total)
        if any(i["issue_date"] >= d for x in ff for i in x):
            return False
        p = mkpay(d, total, fbank, None, R.choice([f"{fname[:14]} LOT {lot} DETAIL PAR COURRIER", f"AFFACTURAGE LOT {lot}", f"FACTORING BATCH {lot}"]), None)
        commit(p, "review", [], total, None, ff, "factor payment with no remittance detail; cannot tell which debtor or invoices",
               "factor_no_detail", f"candidate sets are the subsets of {c.name}'s invoices that sum to the amount; detail to be requested from the factor")
    return True


def centrale_rem(cname, chain, d, rows, extra):
    rel = f"RR{d:%y%m}-{R.randint(1000, 9999)}"
    lines = [f"{cname}", f"RELEVE DE REGLEMENT FOURNISSEUR N° {rel}", f"Fournisseur : {US}   Code fournisseur : F{R.randint(10000, 99999)}",
             f"Date de règlement : {dfr(d)}", "", f"{'Magasin':<30} {'Facture':<11} {'Date':<10} {'Montant TTC':>12}"]
    for i, a in rows:
        lines.append(f"{strip_accents(i['customer_name']).upper()[:30]:<30} {i['number']:<11} {dfr(i['issue_date']):<10} {fr_amt(a, '.' if chain == 'MARCHEVERT' else ' '):>12}")
    return rel, lines + extra


def sc_centrale(d, mode):
    chain = R.choice(list(CENTRALES))
    cname, cbank = CENTRALES[chain]
    stores = [c for c in CUSTS if c.chain == chain and open_of(c, d)]
    if len(stores) < 2:
        return False
    sel = R.sample(stores, R.randint(2, min(6, len(stores))))
    invs = []
    for c in sel:
        op = open_of(c, d)
        invs += R.sample(op, R.randint(1, min(3, len(op))))
    invs.sort(key=lambda i: (i["customer_name"], i["number"]))
    total = sum(BAL[i["id"]] for i in invs)
    sep = "." if chain == "MARCHEVERT" else " "
    if mode == "detail":
        rel, lines = centrale_rem(cname, chain, d, [(i, BAL[i["id"]]) for i in invs], ["", f"TOTAL REGLE : {fr_amt(total, sep)} EUR"])
        p = mkpay(d, total, cbank, None, f"REGLEMENT {rel} {len(invs)} FACT", "\n".join(lines))
        commit(p, "applied", full_apps(invs), C0, None, [], f"centrale's statement lists {len(invs)} invoices of {len(sel)} stores; sum equals",
               "centrale_detail", "central purchasing body pays for its stores: apply to each store's invoices named in the relevé")
    elif mode == "short":
        tgt = R.choice(invs)
        en, fr, code = R.choice(SHORT_REASONS[:5])
        frt = reason_text(fr)
        ded = deduction_for(tgt, code)
        rows = [(i, BAL[i["id"]]) for i in invs]
        amt = total - ded
        rel, lines = centrale_rem(cname, chain, d, rows, [f"  dont retenue sur {tgt['number']} : {frt}  -{fr_amt(ded, sep)}", "",
                                                          f"TOTAL REGLE : {fr_amt(amt, sep)} EUR"])
        p = mkpay(d, amt, cbank, None, f"REGLEMENT {rel}", "\n".join(lines))
        apps = [(i, BAL[i["id"]] - (ded if i is tgt else 0)) for i in invs]
        commit(p, "partial", apps, C0, (tgt, ded, en), [], f"centrale withheld {s(ded)} on {tgt['number']}: {en}", "centrale_short",
               f"deduction tied to one store invoice ({frt})")
    elif mode == "global":
        en, fr, code = R.choice(SHORT_REASONS[2:4] + SHORT_REASONS[:1])
        ded = q(D(R.choice([350, 480, 1200, 1750, 2400])))
        if ded >= total / 2:
            return False
        rows = [(i, BAL[i["id"]]) for i in invs]
        cc = f"{'CC' if code == 'CC' else 'RFA' if code == 'RI' else 'PEN'}-26-{R.randint(10, 999):04d}"
        rel, lines = centrale_rem(cname, chain, d, rows, ["", f"A DEDUIRE : {reason_text(fr).upper()} - NOTE DE DEBIT {cc}   -{fr_amt(ded, sep)}",
                                                          f"TOTAL REGLE : {fr_amt(total - ded, sep)} EUR"])
        p = mkpay(d, total - ded, cbank, None, f"REGLEMENT {rel}", "\n".join(lines))
        commit(p, "review", [], total - ded, None, [tuple(invs)], f"centrale deducted {s(ded)} ({en}) as a separate debit note not tied to any invoice; cannot tell which invoice stays open",
               "centrale_global_deduction", "the listed invoices are the candidate set; a clerk must decide where the debit note sits before applying")
    else:
        chain_invs = sorted([i for c in CUSTS if c.chain == chain for i in c.invs if BAL[i["id"]] > 0 and i["issue_date"] < d],
                            key=lambda i: i["due_date"])
        cutoff = R.choice(chain_invs[2:min(len(chain_invs), 14)])["due_date"] if len(chain_invs) > 3 else None
        if cutoff is None:
            return False
        invs = sorted([i for i in chain_invs if i["due_date"] <= cutoff], key=lambda i: (i["customer_name"], i["number"]))
        total = sum(BAL[i["id"]] for i in invs)
        p = mkpay(d, total, cbank, None, f"{cname[:20]} REGLT ECHEANCE {dshort(cutoff)}", None)
        commit(p, "review", [], total, None, [tuple(invs)], "centrale payment without its relevé; the amount equals every store invoice due by the stated échéance, but nothing confirms it",
               "centrale_no_detail", f"candidate: all {len(invs)} open {chain} store invoices due on or before {cutoff}")
    return True


def sc_on_behalf(d):
    c, op = pick(["indep", "standing"], d)
    if not c:
        return False
    sister = R.choice([x for x in CUSTS if x.kind in ("indep", "standing") and x is not c])
    inv = R.choice(op)
    ref = f"PR COMPTE DE {strip_accents(c.name).upper()[:22]} FACT {inv['number']}"
    p = mkpay(d, BAL[inv["id"]], sister.bank, sister.id, ref, None)
    commit(p, "applied", full_apps([inv]), C0, None, [], f"another customer pays {inv['number']} explicitly 'pour compte de' {c.name}; exact balance",
           "paid_on_behalf", f"payer {sister.name} is a different customer; the libellé names the debtor and the invoice")
    return True


def sc_two_named_one_amount(d):
    for _ in range(100):
        c, op = pick(["indep", "standing"], d, need=2)
        if not c:
            return False
        x, y = sorted(R.sample(op, 2), key=lambda i: i["number"])
        amt = BAL[y["id"]]
        if amt == BAL[x["id"]]:
            continue
        pn, cid = payer(c)
        p = mkpay(d, amt, pn, cid, f"FACTURES {x['number']} ET {digits(y['number'])}", None)
        commit(p, "review", [], amt, None, [(y,), (x,)], f"reference names {x['number']} and {y['number']} but the amount equals {y['number']} alone",
               "two_named_one_amount", "could be y in full, or a part payment of both; exact-amount reading first")
        return True
    return False


SCEN = [
    ("exact_ref", sc_exact_ref, 72), ("be_structured_comm", sc_be_ogm, 8), ("multi_ref", sc_multi_ref, 34),
    ("range_ref", sc_range_ref, 8), ("remittance_advice", sc_remittance, 24), ("amount_only_unique", sc_amount_only, 18),
    ("lump_no_ref_unique", sc_lump_noref, 8), ("balance_after_avoir", sc_after_avoir, 8), ("lcr", sc_lcr, 15),
    ("cheque", sc_cheque, 12), ("payer_name_only", sc_payer_name_only, 5), ("po_lookalike", sc_po_lookalike, 6),
    ("typo_ref", sc_typo_ref, 5), ("short_pay", sc_short_pay, 30), ("short_pay_unexplained", sc_short_unexplained, 4),
    ("part_payment", sc_part_payment, 10), ("overpayment", sc_overpay, 10), ("duplicate_payment", sc_duplicate, 8),
    ("known_customer_nofit", sc_nofit, 8), ("ambiguous_amount", sc_ambiguous, 12), ("unknown_payer", sc_unknown_payer, 8),
    ("ref_amount_conflict", sc_ref_amount_conflict, 6), ("cut_ref", sc_cut_ref, 5),
    ("factor_detail", lambda d: sc_factor(d, "detail"), 12), ("factor_short", lambda d: sc_factor(d, "short"), 3),
    ("factor_no_detail", lambda d: sc_factor(d, "none"), 4),
    ("centrale_detail", lambda d: sc_centrale(d, "detail"), 12), ("centrale_short", lambda d: sc_centrale(d, "short"), 6),
    ("centrale_global_deduction", lambda d: sc_centrale(d, "global"), 5), ("centrale_no_detail", lambda d: sc_centrale(d, "none"), 3),
    ("paid_on_behalf", sc_on_behalf, 4), ("two_named_one_amount", sc_two_named_one_amount, 4),
]
FN = {n: f for n, f, _ in SCEN}


def business_days(a, b):
    out = []
    while a <= b:
        if a.weekday() < 5:
            out.append(a)
        a += timedelta(1)
    return out


def make_error(kind, d):
    if kind == "negative_amount":
        c = R.choice([c for c in CUSTS if c.kind == "indep" and c.country == "FR"])
        inv = R.choice(c.invs)
        p = mkpay(d, -inv["total"], c.bank, c.id, f"IMPAYE LCR {inv['number']} MOTIF PROVISION INSUFFISANTE", None)
        err = "negative amount (an LCR returned unpaid is a reversal, not a receipt)"
    elif kind == "negative_amount_2":
        c = R.choice([c for c in CUSTS if c.kind == "indep" and c.country == "BE"])
        p = mkpay(d, -money(40, 400), c.bank, c.id, "RETOUR VIREMENT COMPTE CLOTURE", None)
        err = "negative amount"
    elif kind == "currency_chf":
        c = R.choice([c for c in CUSTS if c.kind == "indep"])
        inv = R.choice(c.invs)
        p = mkpay(d, inv["total"], c.bank, c.id, f"FACTURE {inv['number']}", None, cur="CHF")
        err = "currency CHF: no open invoice is in CHF (never apply across currencies)"
    elif kind == "currency_gbp":
        inv = R.choice(INVS)
        p = mkpay(d, money(200, 3000), "HARTLEY CHEESE IMPORTS LTD", None, f"INV {inv['number']} SAMPLE ORDER", None, cur="GBP")
        err = "currency GBP: no open invoice is in GBP"
    elif kind == "duplicate_id_same":
        same_day = [x for x in PAYS if x["date"] == d.isoformat()]
        p0 = R.choice(same_day or PAYS[-1:])
        p = dict(p0)
        p["date"] = d.isoformat()
        err = f"duplicate payment id {p0['id']} (the same bank line loaded twice)"
    elif kind == "duplicate_id_other":
        p0 = R.choice(PAYS[-60:-10])
        c = R.choice([c for c in CUSTS if c.kind == "indep"])
        inv = R.choice(c.invs)
        p = mkpay(d, inv["total"], c.bank, c.id, f"FACTURE {inv['number']}", None)
        used_pids.discard(p["id"])
        p["id"] = p0["id"]
        err = f"duplicate payment id {p0['id']} reused by a different payment"
    elif kind == "malformed_amount":
        c = R.choice([c for c in CUSTS if c.kind == "indep" and c.country == "BE"])
        inv = R.choice(c.invs)
        p = mkpay(d, inv["total"], c.bank, c.id, f"FACTUUR {inv['number']}", None)
        p["amount"] = fr_amt(inv["total"], ".")
        err = f"malformed amount {p['amount']!r} (not a decimal string)"
    elif kind == "malformed_amount_2":
        c = R.choice([c for c in CUSTS if c.kind == "indep"])
        inv = R.choice(c.invs)
        p = mkpay(d, inv["total"], c.bank, c.id, f"FACT {inv['number']}", None)
        p["amount"] = p["amount"].replace("0", "O", 1) if "0" in p["amount"] else "EUR " + p["amount"]
        err = f"malformed amount {p['amount']!r}"
    elif kind == "missing_date":
        c = R.choice([c for c in CUSTS if c.kind == "standing"])
        inv = R.choice(c.invs)
        p = mkpay(d, inv["total"], c.bank, c.id, f"FACTURE {inv['number']}", None)
        p["date"] = None
        err = "missing date (null)"
    else:  # missing_date_2
        c = R.choice([c for c in CUSTS if c.kind == "indep"])
        inv = R.choice(c.invs)
        p = mkpay(d, inv["total"], c.bank, c.id, f"REGLEMENT {inv['number']}", None)
        p["date"] = ""
        err = "missing date (empty string)"
    PAYS.append(p)
    LABS.append({"payment_id": p["id"], "status": "error", "applications": [], "unapplied": "0.00", "short_pay": None,
                 "candidates": [], "reason": err, "error": err, "scenario": "bad_input:" + kind.rstrip("_2"),
                 "note": "bad input row: reported as an error, nothing applied, balances untouched"})


ERRORS = ["negative_amount", "negative_amount_2", "currency_chf", "currency_gbp", "duplicate_id_same", "duplicate_id_other",
          "malformed_amount", "malformed_amount_2", "missing_date", "missing_date_2"]


def build_payments():
    for i in INVS:
        BAL[i["id"]] = i["balance"]
    queue = []
    for n, _, k in SCEN:
        queue += [n] * k
    R.shuffle(queue)
    nerr = len(ERRORS)
    total = len(queue) + nerr
    days = business_days(date(2026, 3, 2), date(2026, 4, 30))
    dates = sorted(R.choice(days) for _ in range(total))
    err_pos = sorted(R.sample(range(60, total), nerr))
    errs = list(ERRORS)
    R.shuffle(errs)
    for pos in range(total):
        d = dates[pos]
        if pos in err_pos:
            make_error(errs.pop(), d)
            continue
        done = False
        for attempt in range(12):
            if not queue:
                break
            name = queue.pop(0)
            if FN[name](d):
                done = True
                break
            queue.insert(min(len(queue), R.randint(5, 25)), name)
        if not done:
            assert FN["exact_ref"](d)


README_HEAD = """# Blind cash-application set: Frais du Nord Distribution (ledger_factor)

Held-out test set for the `match` contract (`/work/shared/contracts/cash-application.md`), written
blind (without seeing the engine). Generated by `python3 build.py` (stdlib only, seeded, byte-for-byte
reproducible); `python3 check.py` replays every payment in file order and re-verifies every label.

## Theme

Frais du Nord Distribution is a fresh-food and dairy wholesaler (Lille and Bruxelles) selling to
French and Belgian restaurants, fromageries, crèmeries, épiceries, EHPAD / school canteens on standing
orders, independent supermarkets and three retail chains. Everything is in EUR. Bank lines look like
French/Belgian statements: SEPA virements with upper-case payer names cut at 18-35 characters,
cut libellés, a "référence de remise" instead of invoice numbers, Belgian structured communications
(+++…+++), LCR (lettre de change relevé) and cheques with covering letters, avis de virement and
relevés de règlement from central purchasing bodies, and an affactureur's lot advice.

- Invoice numbers are `FAyyNNNNNN` (one numbering series shared by all customers), e.g. `FA26001234`;
  customers write them as `26001234`, `FA 26 001234`, `F26001234`, `FACT N 26-001234`, lists
  `26001234/1240/1251` (later numbers abbreviated to their last 4 digits) and ranges `FA.. A 26001240`.
- Belgian invoices carry a structured communication `+++00Y/YNNN/NNNCC+++` = "00" + the 8 invoice
  digits + the mod-97 check; a careful clerk knows this scheme.
- Chains: HYPERVAL (FR, paid by SCA CENTRALE HYPERVAL), PROXIFRAIS (FR, paid by GIE PROXIFRAIS
  ACHATS), MARCHE VERT (BE, paid by MARCHE VERT CENTRALE). Each store is its own customer.
- Reverse factoring: NORD AFFACTURAGE SA and BENEFACT NV pay, on behalf of nine programme debtors
  (Restauco Nord, Cuisine Centrale de Lens, a hospital group, …), those debtors' invoices.
- Deductions: pénalités logistiques (late delivery slot, service rate), ristourne / RFA,
  coopération commerciale, avoirs claimed for missing goods or breakage, price differences, escompte.

## Files (in `ledger_factor/`)

- `invoices.json`: open invoices in the contract's format. Only debit invoices; a credit note (avoir)
  already lettered by AR shows as `balance < total`. Some invoices carry an older part payment.
- `payments.json`: payments in the contract's format, oldest first.
- `labels.json`: one expected MATCHES entry per payment, same order, in the contract's format plus
  `scenario` and `note` (and `error` for bad rows).
"""


def write_readme():
    from collections import Counter
    st = Counter(l["status"] for l in LABS)
    sc = Counter(l["scenario"] for l in LABS)
    sc_status = {}
    for l in LABS:
        sc_status.setdefault(l["scenario"], l["status"])
    ncur = Counter(p["currency"] for p in PAYS)
    custk = Counter(c.kind for c in CUSTS)
    cc = Counter(c.country for c in CUSTS)
    out = [README_HEAD]
    out.append("## Counts\n")
    out.append(f"- customers: {len(CUSTS)} ({', '.join(f'{k} {v}' for k, v in sorted(cc.items()))}; "
               f"kinds: {', '.join(f'{k} {v}' for k, v in sorted(custk.items()))})")
    out.append(f"- open invoices: {len(INVS)} (all EUR; {sum(1 for i in INVS if i['balance'] < i['total'])} with balance < total)")
    out.append(f"- payments: {len(PAYS)} (currencies: {', '.join(f'{k} {v}' for k, v in sorted(ncur.items()))}); "
               f"with customer_id: {sum(1 for p in PAYS if p['customer_id'])}, with remittance: {sum(1 for p in PAYS if p['remittance'])}")
    def country(l):
        ids = [a["invoice_id"] for a in l["applications"]] + [i for cs in l["candidates"] for i in cs]
        cs = {CUST[BY_ID[i]["customer_id"]].country for i in ids}
        return "/".join(sorted(cs)) or "none"
    pc = Counter(country(l) for l in LABS)
    lang = Counter("nl" if any(w in " ".join(filter(None, (p["reference"], p["remittance"]))) for w in ("FACTUUR", "BETALING", "Bedrag", "Totaal"))
                   else "fr" for p in PAYS)
    out.append(f"- payments by country of the invoices they touch (applications or candidates): "
               f"{', '.join(f'{k} {v}' for k, v in sorted(pc.items()))}")
    out.append(f"- payment text language: {', '.join(f'{k} {v}' for k, v in sorted(lang.items()))} (French libellés, "
               "Dutch for some Flemish customers; one English GBP row)")
    out.append("")
    out.append("| status | count |\n|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        out.append(f"| `{k}` | {st.get(k, 0)} |")
    out.append("")
    out.append("| scenario | status | count |\n|---|---|---|")
    for k in sorted(sc, key=lambda k: (["applied", "partial", "unapplied", "review", "error"].index(sc_status[k]), k)):
        out.append(f"| {k} | {sc_status[k]} | {sc[k]} |")
    out.append(README_TAIL)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


README_TAIL = """
## Conventions chosen where the contract is silent

1. **Factor (affactureur) payments.** The factor is not a customer: its payments come with
   `customer_id: null`. When its lot advice names invoices, a clerk applies the cash to those
   debtors' invoices (several debtors in one payment is fine). When the factor holds back part of one
   invoice because the debtor disputed it, the label is `partial` with a `short_pay` on that invoice.
   A factor payment without its advice is `review` (candidates: the subsets of a programme debtor's
   invoices that add up to the amount).
2. **Central purchasing body (centrale d'achat) payments.** Also `customer_id: null`. A relevé that
   lists store invoices is applied to each store's invoices even though they belong to different
   customers. A deduction written against one invoice is a `short_pay` on that invoice. A deduction
   written as a separate debit note (coopération commerciale, RFA, penalty note) that is not tied to
   any invoice makes the payment `review`: the clerk cannot know which invoice stays open. A centrale
   payment without its relevé is `review` even when the amount fits.
3. **short_pay vs part payment.** A stated deduction (penalty, rebate, cooperation fee, claimed avoir,
   price difference, escompte) is `partial` + `short_pay` (amount = the deducted sum = what stays open
   on that invoice). Wording like acompte, échéance 1/3, règlement partiel, deelbetaling is a part
   payment: `partial` with `short_pay: null`. A small unexplained shortfall on a named invoice is a
   short pay with reason "unexplained shortfall". At most one invoice is short-paid per payment.
4. **Overpayments** are `unapplied` with the invoices paid in full listed and the surplus in
   `unapplied`. A second payment of an invoice already paid earlier in the file is `unapplied` with no
   applications. A known customer's payment that fits no open invoice (or names an invoice that is not
   open) is `unapplied` with no applications.
5. **Amount-only matching.** With no usable reference, a known customer's payment is applied only when
   exactly one subset of its open invoices (all subsets checked) sums to the amount. A payment with
   `customer_id: null` is applied on the payer name alone only when the name is the customer's bank name
   and exactly one invoice in the whole ledger has that balance (`payer_name_only`). Order / PO numbers
   that look like invoice digits are ignored; a reference with transposed digits that names no
   existing invoice does not block a unique exact-amount match of that customer.
6. **Review entries**: `applications: []`, `unapplied` = the whole amount, `short_pay: null`.
   `candidates` is a list of invoice-id lists (each list one candidate set; order inside a set
   carries no meaning), best first; exact-amount readings come before reference-only readings; equal-amount
   invoices are ranked oldest due date first. Candidates may be empty (unknown payer, nothing fits).
   A scorer should compare candidate sets as sets, and probably only the first one strictly.
7. **Error rows** (`status: "error"`): negative amount, a currency no invoice has (CHF, GBP), a
   duplicate payment id (the second occurrence is the error; the first is processed normally),
   a malformed amount (European format with a decimal comma such as `1.274,59`, or stray
   characters: a letter O for a zero or an `EUR ` prefix), a missing date (null or empty).
   They carry `applications: []`, `unapplied: "0.00"`, `short_pay: null`, `candidates: []` and an
   `error` text, and do not change any balance.
8. `reason` and `short_pay.reason` are free English text for humans; compare status, applications
   (invoice id + amount), unapplied, short_pay invoice id + amount, and candidates.
9. A payment only ever pays invoices issued before its date; amount-only uniqueness is checked
   against all open invoices of the customer, whatever their date.
10. For `centrale_global_deduction` the single candidate is the set of invoices the relevé lists (their
   balances exceed the payment by the debit note). For `centrale_no_detail` it is every open store
   invoice of the chain due on or before the échéance in the libellé (it sums to the amount).
"""


def main():
    build_customers()
    for c in CUSTS:
        CUST[c.id] = c
    build_invoices()
    build_payments()
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), [inv_out(i) for i in INVS])
    dump(os.path.join(OUT, "payments.json"), [{k: v for k, v in p.items() if not k.startswith("_")} for p in PAYS])
    dump(os.path.join(OUT, "labels.json"), LABS)
    write_readme()
    print(len(CUSTS), "customers", len(INVS), "invoices", len(PAYS), "payments")


if __name__ == "__main__":
    main()
