#!/usr/bin/env python3
"""Blind cash-application test set: DACH machine-tool maker / spare-parts distributor.
Deterministic (seed 20226208), stdlib only. Writes ledger_dach_machinery/{invoices,payments,labels}.json + README.md
"""
import json, os, random, unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter, defaultdict

SEED = 20226208
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_dach_machinery")
D0 = Decimal("0.00")
CENT = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))

# ---------------------------------------------------------------- number formats

def fmt_amt(a, style):
    a = q(a)
    neg = a < 0
    a = abs(a)
    ip, fp = str(a).split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    if style == "ch":
        t = "'".join(groups) + "." + fp
    elif style == "de":
        t = ".".join(groups) + "," + fp
    elif style == "fr":
        t = "\u00a0".join(groups) + "," + fp if R.random() < 0.0 else " ".join(groups) + "," + fp
    elif style == "en":
        t = ",".join(groups) + "." + fp
    else:
        t = "".join(groups) + "." + fp
    return ("-" if neg else "") + t


def amt_style(cust):
    if cust["lang"] == "en":
        return "en"
    if cust["country"] == "CH":
        return "ch" if cust["lang"] != "fr" or R.random() < 0.5 else "fr"
    return "de"

# ---------------------------------------------------------------- Swiss QR reference / ISO 11649 RF

MOD10 = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_check(d26):
    carry = 0
    for ch in d26:
        carry = MOD10[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def qr_ref(custnum, invnum):
    body = f"{custnum:07d}{invnum:019d}"
    return body + qr_check(body)


def qr_display(r):
    return r[:2] + " " + " ".join(r[i:i + 5] for i in range(2, 27, 5))


def rf_ref(payload):
    t = payload + "RF00"
    num = "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(num) % 97
    return f"RF{chk:02d}{payload}"


def rf_display(r):
    return " ".join(r[i:i + 4] for i in range(0, len(r), 4))

# ---------------------------------------------------------------- customers

SUR = {
    ("CH", "de"): ["Keller", "Brunner", "Baumann", "Gerber", "Widmer", "Bühler", "Steiner", "Lüthi", "Aebi",
                   "Hofstetter", "Wyss", "Zürcher", "Ammann", "Stucki", "Kälin", "Imhof", "Frutiger", "Suter"],
    ("CH", "fr"): ["Favre", "Rochat", "Perret", "Jaquet", "Cuendet", "Monnier", "Gaillard", "Chappuis",
                   "Bovet", "Pittet", "Rossier", "Vuilleumier"],
    ("CH", "it"): ["Bernasconi", "Crivelli", "Lepori", "Pedrazzini", "Rusconi", "Gianella", "Cattaneo",
                   "Induni", "Quadri"],
    ("AT", "de"): ["Gruber", "Pichler", "Moser", "Hofer", "Leitner", "Eder", "Wimmer", "Aigner", "Lechner",
                   "Brandstätter", "Haslinger", "Pöll", "Straßer", "Obermüller"],
    ("DE", "de"): ["Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Krüger", "Schäfer",
                   "Richter", "Zimmermann", "Köhler", "Lorenz", "Vogt", "Jäger", "Sauter", "Kübler", "Heß",
                   "Böhm", "Frank", "Thiel"],
}
IND = {
    "de": ["Maschinenbau", "Werkzeugbau", "Feinmechanik", "Präzisionstechnik", "Metallbearbeitung", "CNC-Technik",
           "Drehteile", "Formenbau", "Apparatebau", "Antriebstechnik", "Zerspanungstechnik", "Schleiftechnik"],
    "fr": ["Mécanique", "Décolletage", "Usinage", "Outillage", "Microtechnique"],
    "it": ["Meccanica", "Officine", "Torneria", "Utensileria", "Meccanica di precisione"],
}
CITY = {
    ("CH", "de"): [("8400", "Winterthur"), ("8050", "Zürich"), ("4600", "Olten"), ("3400", "Burgdorf"),
                   ("9015", "St. Gallen"), ("5400", "Baden"), ("2540", "Grenchen"), ("6010", "Kriens")],
    ("CH", "fr"): [("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds"), ("2000", "Neuchâtel"),
                   ("1217", "Meyrin"), ("2800", "Delémont"), ("1700", "Fribourg")],
    ("CH", "it"): [("6900", "Lugano"), ("6500", "Bellinzona"), ("6850", "Mendrisio"), ("6600", "Locarno")],
    ("AT", "de"): [("4020", "Linz"), ("8010", "Graz"), ("6020", "Innsbruck"), ("4600", "Wels"),
                   ("5020", "Salzburg"), ("6850", "Dornbirn"), ("2700", "Wiener Neustadt"), ("9020", "Klagenfurt")],
    ("DE", "de"): [("70565", "Stuttgart"), ("73230", "Kirchheim unter Teck"), ("78532", "Tuttlingen"),
                   ("42103", "Wuppertal"), ("90451", "Nürnberg"), ("33602", "Bielefeld"), ("09116", "Chemnitz"),
                   ("88045", "Friedrichshafen"), ("58507", "Lüdenscheid"), ("72764", "Reutlingen")],
}
EN_NAMES = ["Alpine Precision Components", "Northbridge Tooling", "Crestline Motion Systems", "Harbourview Automation",
            "Silverpeak Machining", "Redwood Fluid Power", "Bluestone Robotics", "Ironvale Manufacturing",
            "Westmark Bearings", "Kestrel Aerospace Parts", "Summit Gear Works", "Oakridge Industrial"]
FORMS = {("CH", "de"): ["AG", "GmbH"], ("CH", "fr"): ["SA", "Sàrl"], ("CH", "it"): ["SA", "Sagl"],
         ("AT", "de"): ["GmbH", "Ges.m.b.H.", "GmbH & Co KG"], ("DE", "de"): ["GmbH", "GmbH & Co. KG", "AG", "e.K."]}


def make_customers():
    custs = []
    used = set()
    fam_bases = ("Schäfer Werkzeugbau", "Hofer Antriebstechnik", "Keller Feinmechanik", "Weber Maschinenbau",
                 "Brunner Metallbearbeitung")
    plan = [("CH", 52), ("DE", 58), ("AT", 32)]
    num = 20100
    en_pool = EN_NAMES[:]
    R.shuffle(en_pool)
    for country, n in plan:
        for _ in range(n):
            if country == "CH":
                lang = R.choices(["de", "fr", "it", "en"], [45, 28, 17, 10])[0]
            else:
                lang = R.choices(["de", "en"], [85, 15])[0]
            cl = (country, lang if lang != "en" else "de")
            pc, city = R.choice(CITY[cl])
            for _t in range(100):
                if lang == "en" and en_pool:
                    base = en_pool.pop()
                    form = {"CH": "AG", "DE": "GmbH", "AT": "GmbH"}[country]
                    name = f"{base} {form}"
                else:
                    sn = R.choice(SUR[cl])
                    ind = R.choice(IND[cl[1]])
                    form = R.choice(FORMS[cl])
                    if cl[1] == "de":
                        name = R.choice([f"{sn} {ind} {form}", f"{ind} {sn} {form}", f"{sn} & Söhne {ind} {form}" if R.random() < 0.2 else f"{sn} {ind} {form}"])
                    else:
                        name = f"{ind} {sn} {form}"
                if name not in used and not any(b in name for b in fam_bases):
                    break
            used.add(name)
            num += R.randint(3, 40)
            cur = "CHF" if country == "CH" else "EUR"
            curs = [cur]
            if country == "CH" and R.random() < 0.3:
                curs.append("EUR")
            custs.append({"id": f"C-{num}", "num": num, "name": name, "country": country, "lang": lang,
                          "city": city, "pc": pc, "currencies": curs, "family": None})
    # name families: look-alike customers (same trading name, different legal entities)
    fams = [("Schäfer Werkzeugbau", [("DE", "GmbH", "72764", "Reutlingen"), ("DE", "GmbH & Co. KG", "42103", "Wuppertal")]),
            ("Hofer Antriebstechnik", [("AT", "GmbH", "4020", "Linz"), ("AT", "Ges.m.b.H.", "8010", "Graz")]),
            ("Keller Feinmechanik", [("CH", "AG", "8400", "Winterthur"), ("CH", "GmbH", "4600", "Olten")]),
            ("Weber Maschinenbau", [("DE", "GmbH", "90451", "Nürnberg"), ("DE", "AG", "33602", "Bielefeld")]),
            ("Brunner Metallbearbeitung", [("CH", "AG", "9015", "St. Gallen"), ("CH", "GmbH", "5400", "Baden")])]
    for fi, (base, members) in enumerate(fams):
        for country, form, pc, city in members:
            num += R.randint(3, 40)
            cur = "CHF" if country == "CH" else "EUR"
            custs.append({"id": f"C-{num}", "num": num, "name": f"{base} {form}", "country": country, "lang": "de",
                          "city": city, "pc": pc, "currencies": [cur], "family": fi})
    return custs


def translit(t):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        t = t.replace(a, b)
    return t


def strip_acc(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def norm_name(t):
    t = strip_acc(translit(t)).lower()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in t).split())


def name_fits(custs, pn):
    """customers whose name is consistent with a (possibly truncated, city-suffixed) bank payer name"""
    core = norm_name(pn.split(",")[0])
    return [c for c in custs if norm_name(c["name"]).startswith(core) or core.startswith(norm_name(c["name"]))]


def bank_payer_name(c):
    return _bank_payer_name(c).rstrip()


def _bank_payer_name(c):
    """How the customer's bank spells the payer."""
    n = c["name"]
    r = R.random()
    if c["country"] == "CH":
        if r < 0.4:
            t = translit(n).upper()
            if R.random() < 0.5:
                t = f"{t}, {c['pc']} {strip_acc(translit(c['city'])).upper()}"
            return t[:35]
        if r < 0.7:
            return f"{n} {c['city']}"[:35]
        return strip_acc(translit(n))[:35]
    if c["country"] == "DE":
        if r < 0.35:
            return translit(n).upper()[:27]
        if r < 0.7:
            return translit(n)[:35]
        return n.replace(" GmbH & Co. KG", " GMBH + CO KG")[:70]
    if r < 0.5:
        return translit(n).upper()[:35]
    return n[:70]

# ---------------------------------------------------------------- invoices

def rand_amount(big=False):
    r = R.random()
    if r < 0.35:
        a = Decimal(R.randint(8000, 95000)) / 100
    elif r < 0.75:
        a = Decimal(R.randint(95000, 900000)) / 100
    elif r < 0.93:
        a = Decimal(R.randint(900000, 4800000)) / 100
    else:
        a = Decimal(R.randint(4800000, 18500000)) / 100
    if R.random() < 0.12:
        a = Decimal(int(a / 10) * 10)
    return q(a)


def make_invoices(custs):
    events = []  # (date, cust, batchsize)
    start = date(2025, 10, 1)
    span = (date(2026, 4, 20) - start).days
    for c in custs:
        k = R.choices([2, 3, 5, 7, 9, 12, 15, 20], [8, 10, 12, 16, 18, 16, 12, 8])[0]
        if c["family"] is not None:
            k = max(k, 6)
        made = 0
        while made < k:
            d = start + timedelta(R.randint(0, span))
            while d.weekday() >= 5:
                d += timedelta(1)
            bs = 1
            if R.random() < 0.14 and k - made >= 3:
                bs = R.randint(3, min(5, k - made))
            events.append((d, c["id"], bs, R.random()))
            made += bs
    events.sort()
    cmap = {c["id"]: c for c in custs}
    invs = []
    num = 310000 + R.randint(100, 400)
    for d, cid, bs, _ in events:
        c = cmap[cid]
        cur = c["currencies"][0] if len(c["currencies"]) == 1 or R.random() < 0.6 else c["currencies"][1]
        terms = 30 if c["country"] != "DE" else R.choice([14, 30, 30, 45])
        recurring = R.random() < 0.05
        rec_amt = rand_amount()
        for j in range(bs):
            num += 1
            tot = rec_amt if recurring else rand_amount()
            bal = tot
            if R.random() < 0.12:
                bal = q(tot * Decimal(R.choice(["0.5", "0.7", "0.3", "0.6"])))
                if R.random() < 0.4:
                    bal = q(tot - Decimal(R.randint(5, 400)))
                if bal <= 0:
                    bal = tot
            invs.append({"id": None, "number": f"RE-{num}", "customer_id": cid, "customer_name": c["name"],
                         "currency": cur, "total": tot, "balance": bal, "issue_date": d,
                         "due_date": d + timedelta(terms), "batch": (cid, d) if bs > 1 else None})
        num += R.choice([0, 0, 0, 1, 2])  # cancelled numbers leave gaps
    for i, inv in enumerate(invs):
        inv["id"] = f"i-{i + 1:04d}"
        inv["n"] = int(inv["number"][3:])
    return invs

# ---------------------------------------------------------------- texts

INVW = {"de": ["Rechnung", "Rechnung Nr.", "RG", "Rg.-Nr.", "Re.-Nr.", "Rechnungsnr."],
        "fr": ["Facture", "facture n°", "Fact.", "notre facture"],
        "it": ["Fattura", "fattura n.", "Fatt. nr.", "vs. fattura"],
        "en": ["Invoice", "invoice no.", "Inv.", "your invoice"]}
INVS = {"de": "Rechnungen", "fr": "factures", "it": "fatture", "en": "invoices"}
AND = {"de": "und", "fr": "et", "it": "e", "en": "and"}
GENERIC = {
    "de": ["Zahlung Ersatzteile", "Zahlung lt. Kontoauszug", "Lieferung Spindelersatzteile", "Kd-Nr. {cnum}",
           "Zahlung offene Posten", "Ersatzteillieferung Februar", "Wartung Bearbeitungszentrum"],
    "fr": ["Paiement pièces de rechange", "Règlement fournisseur", "N° client {cnum}", "Paiement selon relevé",
           "Pièces détachées tour CNC"],
    "it": ["Pagamento ricambi", "Saldo fornitore", "Cliente n. {cnum}", "Pagamento come da estratto",
           "Ricambi fresatrice"],
    "en": ["Supplier payment", "Payment spare parts", "Customer no. {cnum}", "Payment run", "Spindle spare parts"],
}


def num_txt(n):
    return R.choice([f"RE-{n}", f"RE {n}", f"RE{n}", f"{n}", f"{n}", f"RE-{n}"])


def inv_ref_text(lang, n):
    return f"{R.choice(INVW[lang])} {num_txt(n)}"


def e2e_id(pdate):
    return R.choice([f"ZV{pdate:%y%m%d}{R.randint(1, 999):04d}", f"NOTPROVIDED", f"P{R.randint(10 ** 9, 10 ** 10 - 1)}",
                     f"ZAHLL-{pdate:%Y-%m-%d}-{R.randint(1, 80)}", f"E2E{R.randint(10 ** 6, 10 ** 7 - 1)}"])


def sepa(pdate, svwz, kref=True):
    parts = [f"EREF+{e2e_id(pdate)}"]
    if kref and R.random() < 0.4:
        parts.append(f"KREF+{R.choice(['NONREF', 'SAMMLER ' + str(R.randint(100, 999)), 'K' + str(R.randint(10 ** 5, 10 ** 6))])}")
    parts.append(f"SVWZ+{svwz}")
    return " ".join(parts)[:140]


THIRD = ["Alpenländische Leasing GmbH", "MASCHINENLEASING SUED AG", "Helvetia Factoring AG", "DONAU FINANZ LEASING",
         "Rheintal Mietpark GmbH"]
UNKNOWN = ["HERRN PETER MUSTERLI", "Gebr. Kowalski Stahlhandel", "STIFTUNG BERUFSBILDUNG METALL", "Lindqvist Marine AB",
           "M. + R. DE ANGELIS", "AUTOHAUS SEEBLICK GMBH", "Fam. Ruesch-Odermatt", "Tecnoservizi Prealpi Srl",
           "SCHREINEREI HOLZWURM", "ATELIER DU LAC SARL", "Grünwald Immobilien KG", "Verein Modellbau Linz"]

# ---------------------------------------------------------------- generator state


class G:
    def __init__(s_, custs, invs):
        s_.custs = custs
        s_.cmap = {c["id"]: c for c in custs}
        s_.invs = invs
        s_.imap = {i["id"]: i for i in invs}
        s_.bynum = {i["n"]: i for i in invs}
        s_.bycust = defaultdict(list)
        for i in invs:
            s_.bycust[i["customer_id"]].append(i)
        s_.bal = {i["id"]: i["balance"] for i in invs}
        s_.used = set()
        s_.paid_full = []  # (inv, payment, reference, remittance)
        s_.payments, s_.labels = [], []

    def open_of(s_, cid, cur):
        return [i for i in s_.bycust[cid] if i["currency"] == cur and s_.bal[i["id"]] > 0]

    def hits(s_, cid, cur, amt, maxk=2):
        o = s_.open_of(cid, cur)
        res = [[i["id"]] for i in o if s_.bal[i["id"]] == amt]
        if maxk >= 2:
            for a in range(len(o)):
                for b in range(a + 1, len(o)):
                    if s_.bal[o[a]["id"]] + s_.bal[o[b]["id"]] == amt:
                        res.append([o[a]["id"], o[b]["id"]])
        return res

    def fresh(s_, pdate, pred=lambda i: True, full=None):
        res = []
        for i in s_.invs:
            if i["id"] in s_.used or s_.bal[i["id"]] <= 0 or i["issue_date"] > pdate - timedelta(3):
                continue
            if full is True and i["balance"] != i["total"]:
                continue
            if pred(i):
                res.append(i)
        return res

    def payer(s_, c, force_id=False):
        pn = bank_payer_name(c)
        cid = c["id"] if (force_id or c["family"] is not None or R.random() < 0.55) else None
        if cid is None and [x["id"] for x in name_fits(s_.custs, pn)] != [c["id"]]:
            cid = c["id"]
        return pn, cid


def lab(pid, status, apps, unapplied, short, cands, reason, scen, note):
    return {"payment_id": pid, "status": status,
            "applications": [{"invoice_id": a, "amount": s(b)} for a, b in apps],
            "unapplied": unapplied if isinstance(unapplied, str) else s(unapplied),
            "short_pay": short, "candidates": cands, "reason": reason, "scenario": scen, "note": note}

# ---------------------------------------------------------------- scenarios


def mkpay(pid, pdate, amount, cur, payer, cid, ref, rem):
    return {"id": pid, "date": pdate.isoformat() if isinstance(pdate, date) else pdate,
            "amount": amount if isinstance(amount, str) or amount is None else s(amount),
            "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}


def apply(g, apps):
    for iid, a in apps:
        g.bal[iid] -= a
        assert g.bal[iid] >= 0
        g.used.add(iid)


def simple_exact(g, pid, pdate, inv, ref, rem, scen, why, lang, payer=None):
    c = g.cmap[inv["customer_id"]]
    pn, cid = g.payer(c)
    if payer:
        pn, cid = payer, None
    amt = g.bal[inv["id"]]
    p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, rem)
    apply(g, [(inv["id"], amt)])
    g.paid_full.append((inv, p))
    return p, lab(pid, "applied", [(inv["id"], amt)], D0, None, [], why, scen,
                  f"[{scen}, {lang}] {inv['number']} paid in full ({amt} {inv['currency']})"), lang


def sc_qr_exact(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["country"] == "CH", full=True)
    if not cands:
        return None
    inv = R.choice(cands)
    c = g.cmap[inv["customer_id"]]
    r = qr_ref(c["num"], inv["n"])
    ref = R.choice([r, qr_display(r), r])
    rem = None
    if R.random() < 0.3:
        rem = {"de": "Zahlung gemäss QR-Rechnung", "fr": "Paiement selon QR-facture", "it": "Pagamento QR-fattura",
               "en": "Payment as per QR bill"}[c["lang"]]
    return simple_exact(g, pid, pdate, inv, ref, rem, "qr_exact", "Swiss QR reference (check digit valid) encodes "
                        f"{inv['number']}; amount equals its balance", c["lang"])


def sc_scor_exact(g, pid, pdate):
    cands = g.fresh(pdate)
    if not cands:
        return None
    inv = R.choice(cands)
    c = g.cmap[inv["customer_id"]]
    r = rf_ref(f"RE{inv['n']}")
    ref = R.choice([r, rf_display(r)])
    if c["country"] != "CH" and R.random() < 0.5:
        ref = sepa(pdate, r)
    return simple_exact(g, pid, pdate, inv, ref, None, "scor_exact",
                        f"ISO 11649 creditor reference {r} carries {inv['number']}; exact balance", c["lang"])


def sc_sepa_exact(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["country"] in ("DE", "AT") and i["currency"] == "EUR")
    if not cands:
        return None
    inv = R.choice(cands)
    c = g.cmap[inv["customer_id"]]
    lang = c["lang"]
    extra = R.choice(["", f" Kd-Nr. {c['num']}", f" KD {c['num']}", " Ersatzteile", f" Bestellung 4500{R.randint(100000, 999999)}",
                      " Servicetechniker Einsatz", f" vom {inv['issue_date']:%d.%m.%Y}", f" Datum {inv['issue_date']:%d.%m.%y}"])
    if lang == "en":
        extra = R.choice(["", f" cust {c['num']}", f" PO 4500{R.randint(100000, 999999)}", " spare parts"])
    ref = sepa(pdate, inv_ref_text(lang, inv["n"]) + extra)
    return simple_exact(g, pid, pdate, inv, ref, None, "sepa_exact",
                        f"SVWZ names {inv['number']}; exact balance", lang)


def sc_plain_exact(g, pid, pdate):
    cands = g.fresh(pdate)
    if not cands:
        return None
    inv = R.choice(cands)
    c = g.cmap[inv["customer_id"]]
    lang = c["lang"]
    st = amt_style(c)
    a = fmt_amt(g.bal[inv["id"]], st)
    ref, rem = None, None
    t = inv_ref_text(lang, inv["n"])
    if R.random() < 0.5:
        ref = t
    else:
        ref = R.choice([None, R.choice(GENERIC[lang]).format(cnum=c["num"])])
        rem = {"de": f"Sehr geehrte Damen und Herren,\nwir haben heute folgende Zahlung veranlasst:\n{t} vom {inv['issue_date']:%d.%m.%Y}  {inv['currency']} {a}\nFreundliche Grüsse\nKreditorenbuchhaltung",
               "fr": f"Madame, Monsieur,\nnous avons réglé ce jour : {t} du {inv['issue_date']:%d.%m.%Y}, montant {inv['currency']} {a}.\nMeilleures salutations\nComptabilité fournisseurs",
               "it": f"Gentili Signori,\nabbiamo disposto oggi il pagamento della {t.lower() if t.startswith('Fattura') else t} del {inv['issue_date']:%d.%m.%Y} di {inv['currency']} {a}.\nCordiali saluti\nContabilità fornitori",
               "en": f"Remittance advice\nPayment date: {pdate:%d/%m/%Y}\n{t}   {inv['issue_date']:%d/%m/%Y}   {inv['currency']} {a}\nTotal paid: {inv['currency']} {a}\nAccounts Payable"}[lang]
    return simple_exact(g, pid, pdate, inv, ref, rem, "plain_exact",
                        f"text names {inv['number']}; exact balance", lang)


def mutate(n):
    d = list(str(n))
    for _ in range(50):
        e = d[:]
        k = R.random()
        if k < 0.5:
            j = R.randint(2, len(e) - 2)
            e[j], e[j + 1] = e[j + 1], e[j]
        elif k < 0.8:
            j = R.randint(2, len(e) - 1)
            e[j] = str((int(e[j]) + R.choice([1, 9, 3])) % 10)
        else:
            j = R.randint(2, len(e) - 1)
            del e[j]
        m = "".join(e)
        if m != str(n):
            return m
    return None


def sc_typo(g, pid, pdate):
    allnums = {str(i["n"]) for i in g.invs}
    cands = g.fresh(pdate, lambda i: i["customer_id"] and g.cmap[i["customer_id"]]["family"] is None)
    R.shuffle(cands)
    for inv in cands[:60]:
        m = mutate(inv["n"])
        if not m or m in allnums:
            continue
        amt = g.bal[inv["id"]]
        if g.hits(inv["customer_id"], inv["currency"], amt) != [[inv["id"]]]:
            continue
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        word = R.choice(INVW[lang])
        txt = f"{word} {R.choice(['RE-', 'RE ', ''])}{m}"
        ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.6 else txt
        pn, cid = g.payer(c)
        p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, None)
        apply(g, [(inv["id"], amt)])
        g.paid_full.append((inv, p))
        return p, lab(pid, "applied", [(inv["id"], amt)], D0, None, [],
                      f"reference {m} is a one-digit slip of {inv['number']}; exact balance, only open item of that amount",
                      "typo", f"[typo, {lang}] written {m} for {inv['number']}; payer identified, amount unique"), lang
    return None


def sc_amount_only(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None)
    R.shuffle(cands)
    for inv in cands[:80]:
        amt = g.bal[inv["id"]]
        if g.hits(inv["customer_id"], inv["currency"], amt) != [[inv["id"]]]:
            continue
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        txt = R.choice(GENERIC[lang]).format(cnum=c["num"])
        ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.5 else R.choice([txt, None])
        pn, cid = g.payer(c, force_id=R.random() < 0.5)
        p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, None)
        apply(g, [(inv["id"], amt)])
        g.paid_full.append((inv, p))
        return p, lab(pid, "applied", [(inv["id"], amt)], D0, None, [],
                      f"no invoice number; amount equals the balance of exactly one open item ({inv['number']}) of the identified payer",
                      "amount_only", f"[amount_only, {lang}] payer {c['name']}; no other open item or pair sums to {amt}"), lang
    return None


def sc_third_party(g, pid, pdate):
    cands = g.fresh(pdate)
    if not cands:
        return None
    inv = R.choice(cands)
    c = g.cmap[inv["customer_id"]]
    lang = c["lang"]
    ref = {"de": f"{inv_ref_text('de', inv['n'])} Leasingnehmer {c['name']}",
           "fr": f"{inv_ref_text('fr', inv['n'])} pour compte de {c['name']}",
           "it": f"{inv_ref_text('it', inv['n'])} per conto di {c['name']}",
           "en": f"{inv_ref_text('en', inv['n'])} on behalf of {c['name']}"}[lang][:140]
    return simple_exact(g, pid, pdate, inv, ref, None, "third_party",
                        f"paid by a leasing/factoring company for {c['name']}; names {inv['number']}, exact balance",
                        lang, payer=R.choice(THIRD))


def join_nums(lang, ns):
    st = R.random()
    pre = R.choice(["RE-", "RE ", "", ""])
    items = [f"{pre}{n}" for n in ns]
    if st < 0.3:
        body = ", ".join(items)
    elif st < 0.5:
        body = "/".join(items)
    elif st < 0.7:
        body = " ".join(items)
    else:
        body = ", ".join(items[:-1]) + f" {AND[lang]} " + items[-1]
    head = {"de": R.choice(["Sammelzahlung RG", "Rechnungen", "Re.-Nrn.", "Ausgleich RG"]),
            "fr": R.choice(["Factures", "Paiement groupé fact.", "Règlement factures"]),
            "it": R.choice(["Fatture", "Pagamento cumulativo fatt.", "Saldo fatture"]),
            "en": R.choice(["Invoices", "Batch payment inv.", "Inv."])}[lang]
    return f"{head} {body}"


def pick_group(g, pdate, kmin, kmax, pred=lambda i: True):
    by = defaultdict(list)
    for i in g.fresh(pdate, pred):
        by[(i["customer_id"], i["currency"])].append(i)
    keys = [k for k, v in by.items() if len(v) >= kmin and g.cmap[k[0]]["family"] is None]
    if not keys:
        return None
    k = R.choice(keys)
    grp = R.sample(by[k], min(len(by[k]), R.randint(kmin, kmax)))
    grp.sort(key=lambda i: i["n"])
    return grp


def sc_list(g, pid, pdate):
    grp = pick_group(g, pdate, 2, 5)
    if not grp:
        return None
    c = g.cmap[grp[0]["customer_id"]]
    lang = c["lang"]
    amt = sum(g.bal[i["id"]] for i in grp)
    txt = join_nums(lang, [i["n"] for i in grp])
    rem = None
    if c["country"] != "CH" and R.random() < 0.6:
        ref = sepa(pdate, txt)
        if txt not in ref:  # truncated -> keep full list in an advice
            rem = txt
    else:
        ref = txt
    if R.random() < 0.25:
        st = amt_style(c)
        lines = "\n".join(f"{i['number']}  {i['issue_date']:%d.%m.%Y}  {fmt_amt(g.bal[i['id']], st)}" for i in grp)
        rem = f"{ {'de': 'Zahlungsavis', 'fr': 'Avis de paiement', 'it': 'Avviso di pagamento', 'en': 'Remittance advice'}[lang]}\n{lines}\n{ {'de': 'Total', 'fr': 'Total', 'it': 'Totale', 'en': 'Total'}[lang]} {grp[0]['currency']} {fmt_amt(amt, st)}"
        ref = ref if R.random() < 0.5 else {"de": "Zahlungsavis folgt per Mail", "fr": "Voir avis de paiement",
                                            "it": "Vedi avviso di pagamento", "en": "See remittance advice"}[lang]
    pn, cid = g.payer(c)
    p = mkpay(pid, pdate, amt, grp[0]["currency"], pn, cid, ref, rem)
    apps = [(i["id"], g.bal[i["id"]]) for i in grp]
    apply(g, apps)
    for i in grp:
        g.paid_full.append((i, p))
    return p, lab(pid, "applied", apps, D0, None, [],
                  f"collective payment of {len(grp)} listed invoices; amount equals the sum of their balances", "list",
                  f"[list, {lang}] {', '.join(i['number'] for i in grp)}"), lang


def sc_list_truncated(g, pid, pdate):
    grp = pick_group(g, pdate, 4, 6, lambda i: g.cmap[i["customer_id"]]["country"] in ("DE", "AT"))
    if not grp or len(grp) < 4:
        return None
    c = g.cmap[grp[0]["customer_id"]]
    lang = c["lang"]
    items = [f"RE-{i['n']}" for i in grp]
    head = {"de": "Sammelueberweisung Rechnungen", "en": "Batch payment invoices"}.get(lang, "Rechnungen")
    for pad in range(0, 60):
        kref = f" KREF+{'SAMMLER' + str(R.randint(100, 999))}" if pad % 2 else ""
        e2e = f"ZV{pdate:%y%m%d}" + "".join(str(R.randint(0, 9)) for _ in range(pad // 2))
        full = f"EREF+{e2e}{kref} SVWZ+{head} Kd {c['num']} " + ", ".join(items)
        st = full.rfind(items[-1])
        k = 140 - st
        if 4 <= k <= len(items[-1]) - 2 and len(full) > 140:
            break
    else:
        return None
    ref = full[:140]
    amt = sum(g.bal[i["id"]] for i in grp)
    last = grp[-1]
    rest = amt - sum(g.bal[i["id"]] for i in grp[:-1])
    visible = ref[st:]
    o = [i for i in g.open_of(c["id"], grp[0]["currency"]) if i not in grp[:-1]]
    if [i["id"] for i in o if g.bal[i["id"]] == rest] != [last["id"]]:
        return None
    if [i for i in o if f"RE-{i['n']}".startswith(visible) and i is not last]:
        return None
    pn, cid = g.payer(c)
    p = mkpay(pid, pdate, amt, grp[0]["currency"], pn, cid, ref, None)
    apps = [(i["id"], g.bal[i["id"]]) for i in grp]
    apply(g, apps)
    for i in grp:
        g.paid_full.append((i, p))
    return p, lab(pid, "applied", apps, D0, None, [],
                  f"SEPA text cut at 140 chars ('{visible}'); the listed invoices plus the only open item starting "
                  f"{visible} ({last['number']}) sum exactly to the amount", "list_truncated",
                  f"[list_truncated, {lang}] last number cut to '{visible}'; remainder {rest} = {last['number']} balance"), lang


def sc_range(g, pid, pdate):
    batches = defaultdict(list)
    for i in g.invs:
        if i["batch"]:
            batches[i["batch"]].append(i)
    opts = []
    for k, v in batches.items():
        v.sort(key=lambda i: i["n"])
        if g.cmap[k[0]]["family"] is not None:
            continue
        if all(i["id"] not in g.used and g.bal[i["id"]] > 0 and i["issue_date"] <= pdate - timedelta(3) for i in v):
            opts.append(v)
    if not opts:
        return None
    v = R.choice(opts)
    a = R.randint(0, len(v) - 3)
    grp = v[a:]
    ns = [i["n"] for i in grp]
    assert ns == list(range(ns[0], ns[0] + len(ns)))
    c = g.cmap[grp[0]["customer_id"]]
    lang = c["lang"]
    lo, hi = ns[0], ns[-1]
    txt = R.choice({"de": [f"RE {lo}-{hi}", f"Rechnungen {lo} bis {hi}", f"RG-Nr. {lo} - {str(hi)[-3:]}", f"RE-{lo} bis RE-{hi}"],
                    "fr": [f"Factures {lo} à {hi}", f"Fact. {lo}-{hi}", f"factures RE-{lo} à RE-{hi}"],
                    "it": [f"Fatture dal {lo} al {hi}", f"Fatt. {lo}-{hi}"],
                    "en": [f"Invoices {lo} to {hi}", f"Inv. {lo}-{hi}", f"invoices RE-{lo} through RE-{hi}"]}[lang])
    ref = sepa(pdate, txt) if c["country"] != "CH" else txt
    amt = sum(g.bal[i["id"]] for i in grp)
    pn, cid = g.payer(c)
    p = mkpay(pid, pdate, amt, grp[0]["currency"], pn, cid, ref, None)
    apps = [(i["id"], g.bal[i["id"]]) for i in grp]
    apply(g, apps)
    for i in grp:
        g.paid_full.append((i, p))
    return p, lab(pid, "applied", apps, D0, None, [], f"range {lo}-{hi} (all {len(grp)} numbers belong to the payer); "
                  "amount equals the sum", "range", f"[range, {lang}] {txt}"), lang


def sc_lump(g, pid, pdate):
    opts = []
    for c in g.custs:
        if c["family"] is not None:
            continue
        for cur in c["currencies"]:
            o = g.open_of(c["id"], cur)
            if 2 <= len(o) <= 7 and all(i["id"] not in g.used and i["issue_date"] <= pdate - timedelta(3) for i in o):
                opts.append((c, cur, o))
    if not opts:
        return None
    c, cur, o = R.choice(opts)
    lang = c["lang"]
    amt = sum(g.bal[i["id"]] for i in o)
    d = pdate - timedelta(R.randint(2, 9))
    txt = R.choice({"de": [f"Saldo gem. Kontoauszug per {d:%d.%m.%Y}", "Ausgleich aller offenen Posten", f"Kontoausgleich Kd {c['num']}"],
                    "fr": [f"Solde selon relevé du {d:%d.%m.%Y}", "Règlement de tous les postes ouverts"],
                    "it": [f"Saldo estratto conto al {d:%d.%m.%Y}", "Saldo di tutte le partite aperte"],
                    "en": [f"Statement balance as at {d:%d/%m/%Y}", "Settlement of all open items"]}[lang])
    ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.6 else txt
    pn, cid = g.payer(c, force_id=R.random() < 0.6)
    p = mkpay(pid, pdate, amt, cur, pn, cid, ref, None)
    apps = [(i["id"], g.bal[i["id"]]) for i in o]
    apply(g, apps)
    for i in o:
        g.paid_full.append((i, p))
    return p, lab(pid, "applied", apps, D0, None, [], f"statement payment: amount equals the total of all {len(o)} open "
                  f"{cur} items of the payer", "lump_statement", f"[lump_statement, {lang}] {txt}"), lang


def partial_pay(g, pid, pdate, inv, amt, ref, rem, short, scen, why, note, lang, force_id=False):
    c = g.cmap[inv["customer_id"]]
    pn, cid = g.payer(c, force_id)
    p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, rem)
    apply(g, [(inv["id"], amt)])
    sp = None if short is None else {"invoice_id": inv["id"], "amount": s(short[0]), "reason": short[1]}
    return p, lab(pid, "partial", [(inv["id"], amt)], D0, sp, [], why, scen, f"[{scen}, {lang}] {note}"), lang


def sc_skonto(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None and i["total"] > 300, full=True)
    R.shuffle(cands)
    for inv in cands[:40]:
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        pct = R.choice([2, 2, 3]) if c["country"] != "CH" else R.choice([2, 2, 1])
        bal = g.bal[inv["id"]]
        ded = q(bal * pct / 100)
        amt = bal - ded
        if g.hits(c["id"], inv["currency"], amt):
            continue
        st = amt_style(c)
        t = inv_ref_text(lang, inv["n"])
        txt = {"de": R.choice([f"{t} abzgl. {pct}% Skonto", f"{t} ./. {pct} % Skonto", f"{t} Skonto {pct}% {fmt_amt(ded, st)}"]),
               "fr": R.choice([f"{t} moins escompte {pct}%", f"{t} escompte {pct} % déduit"]),
               "it": R.choice([f"{t} meno sconto {pct}%", f"{t} dedotto sconto cassa {pct}%"]),
               "en": R.choice([f"{t} less {pct}% early payment discount", f"{t} {pct}% prompt payment discount taken"])}[lang]
        rem = None
        ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.6 else txt
        if R.random() < 0.3:
            rem = {"de": f"Rechnung {inv['number']}\nBrutto {fmt_amt(bal, st)}\nSkonto {pct}% {fmt_amt(ded, st)}\nZahlbetrag {fmt_amt(amt, st)}",
                   "fr": f"Facture {inv['number']}\nMontant {fmt_amt(bal, st)}\nEscompte {pct}% {fmt_amt(ded, st)}\nMontant payé {fmt_amt(amt, st)}",
                   "it": f"Fattura {inv['number']}\nImporto {fmt_amt(bal, st)}\nSconto {pct}% {fmt_amt(ded, st)}\nPagato {fmt_amt(amt, st)}",
                   "en": f"Invoice {inv['number']}\nGross {fmt_amt(bal, st)}\nDiscount {pct}% {fmt_amt(ded, st)}\nNet paid {fmt_amt(amt, st)}"}[lang]
        return partial_pay(g, pid, pdate, inv, amt, ref, rem, (ded, f"early-payment discount (Skonto {pct}%) deducted"),
                           "skonto", f"{inv['number']} paid less {pct}% Skonto; deduction {ded} left open",
                           f"{inv['number']} {bal} - {pct}% = {amt}", lang)
    return None


SHORT_REASONS = {
    "de": ["abzgl. {a} für beschädigte Lieferung (Transportschaden)", "abzgl. {a} fehlende Position 3 lt. Lieferschein LS-{ls}",
           "./. {a} Preisdifferenz lt. Angebot", "abzüglich {a} Rücksendung Spannfutter"],
    "fr": ["moins {a} pour pièces endommagées", "déduction {a} : position manquante (bulletin de livraison LS-{ls})",
           "moins {a} différence de prix selon offre"],
    "it": ["dedotti {a} per merce danneggiata", "meno {a} per reso mandrino", "trattenuti {a} differenza prezzo da offerta"],
    "en": ["less {a} for damaged goods", "less {a} short delivery per delivery note LS-{ls}", "less {a} price difference vs. quotation"],
}


def sc_short_reason(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None and g.bal[i["id"]] > 400)
    R.shuffle(cands)
    for inv in cands[:40]:
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        bal = g.bal[inv["id"]]
        ded = q(bal * Decimal(R.randint(3, 25)) / 100)
        if R.random() < 0.5:
            ded = q(int(ded))
        amt = bal - ded
        if ded <= 0 or g.hits(c["id"], inv["currency"], amt):
            continue
        st = amt_style(c)
        reason = R.choice(SHORT_REASONS[lang]).format(a=f"{inv['currency']} {fmt_amt(ded, st)}", ls=inv["n"] + R.randint(-90, -5))
        t = inv_ref_text(lang, inv["n"])
        if R.random() < 0.5:
            ref, rem = f"{t} {reason}", None
            if c["country"] != "CH":
                ref = sepa(pdate, ref)
        else:
            ref, rem = t, f"{t}: {reason}"
        if ref.endswith("...") or (rem is None and fmt_amt(ded, st) not in ref):
            continue
        return partial_pay(g, pid, pdate, inv, amt, ref, rem, (ded, reason), "short_pay",
                           f"{inv['number']} short-paid by {ded} with a stated reason; deduction case",
                           f"deduction {ded}: {reason}", lang)
    return None


def sc_bank_charges(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None and g.bal[i["id"]] > 200)
    R.shuffle(cands)
    for inv in cands[:40]:
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        fee = Decimal(R.choice(["7.50", "10.00", "12.50", "15.00", "20.00", "25.00", "35.00"]))
        bal = g.bal[inv["id"]]
        amt = bal - fee
        if g.hits(c["id"], inv["currency"], amt):
            continue
        cur = inv["currency"]
        feetxt = f"{cur}{str(fee).replace('.', ',')}"
        k = R.random()
        if k < 0.4:
            ref = f"/INV/{inv['number']}/CHGS/{feetxt}"
            rem = None
        elif k < 0.7:
            ref = inv_ref_text(lang, inv["n"])
            rem = {"de": f"Spesen {cur} {fee} zu Lasten Empfänger (SHA) abgezogen",
                   "fr": f"Frais bancaires {cur} {fee} à la charge du bénéficiaire déduits",
                   "it": f"Spese bancarie {cur} {fee} a carico del beneficiario dedotte",
                   "en": f"Bank charges {cur} {fee} deducted (SHA)"}[lang]
        else:
            ref = f"{inv_ref_text(lang, inv['n'])} /CHGS/{feetxt}"
            rem = None
        return partial_pay(g, pid, pdate, inv, amt, ref, rem, (fee, "bank charges deducted"), "bank_charges",
                           f"{inv['number']} paid less bank charges {fee} {cur}",
                           f"charges {fee} deducted from {bal}", lang)
    return None


def sc_part(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None and g.bal[i["id"]] > 2000)
    R.shuffle(cands)
    for inv in cands[:40]:
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        bal = g.bal[inv["id"]]
        amt = R.choice([q(bal / 2), q(bal / 3), q(int(bal / 1000) * 500), q(int(bal * Decimal("0.4") / 100) * 100)])
        if amt <= 0 or amt >= bal or g.hits(c["id"], inv["currency"], amt):
            continue
        st = amt_style(c)
        t = inv_ref_text(lang, inv["n"])
        txt = R.choice({"de": [f"Anzahlung {t}", f"1. Rate {t}", f"Teilzahlung {t}", f"{t} Akonto 1/3"],
                        "fr": [f"Acompte {t}", f"1er versement {t}", f"Paiement partiel {t}"],
                        "it": [f"Acconto {t}", f"1a rata {t}", f"Pagamento parziale {t}"],
                        "en": [f"Part payment {t}", f"1st instalment {t}", f"{t} partial"]}[lang])
        ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.5 else txt
        return partial_pay(g, pid, pdate, inv, amt, ref, None, None, "part_payment",
                           f"announced part payment on {inv['number']}; rest stays open",
                           f"{fmt_amt(amt, st)} of {fmt_amt(bal, st)}", lang)
    return None


def sc_over(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None)
    R.shuffle(cands)
    for inv in cands[:60]:
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        bal = g.bal[inv["id"]]
        if inv["total"] > bal and R.random() < 0.8:
            amt, how = inv["total"], "paid the invoice total although a part was already settled"
        else:
            extra = R.choice([q(bal * Decimal("0.1")), Decimal("100.00"), q(Decimal(R.randint(500, 30000)) / 100), bal])
            amt, how = bal + extra, "paid more than the balance"
        if g.hits(c["id"], inv["currency"], amt):
            continue
        t = inv_ref_text(lang, inv["n"])
        if c["country"] == "CH" and R.random() < 0.4:
            r = qr_ref(c["num"], inv["n"])
            ref = R.choice([r, qr_display(r)])
        else:
            ref = sepa(pdate, t) if c["country"] != "CH" else t
        pn, cid = g.payer(c)
        p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, None)
        apply(g, [(inv["id"], bal)])
        g.paid_full.append((inv, p))
        return p, lab(pid, "unapplied", [(inv["id"], bal)], amt - bal, None, [],
                      f"reference {inv['number']}; {how}; remainder {amt - bal} held on account", "overpayment",
                      f"[overpayment, {lang}] balance {bal}, paid {amt}"), lang
    return None


def sc_second(g, pid, pdate):
    opts = [(inv, p) for inv, p in g.paid_full if (pdate - date.fromisoformat(p["date"])).days >= 3
            and p["amount"] == s(inv["balance"]) and len([x for x in g.paid_full if x[1] is p]) == 1]
    R.shuffle(opts)
    for inv, p0 in opts:
        if any(l.get("dup_of") == inv["id"] for l in g.labels):
            continue
        amt = Decimal(p0["amount"])
        if g.hits(inv["customer_id"], inv["currency"], amt):
            continue
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        ref = p0["reference"] if p0["reference"] else inv_ref_text(lang, inv["n"])
        if R.random() < 0.4 and c["country"] != "CH":
            ref = sepa(pdate, inv_ref_text(lang, inv["n"]))
        if inv["number"][3:] not in (ref or "") and qr_ref(c["num"], inv["n"]) not in (ref or "").replace(" ", "") \
                and f"RE{inv['n']}" not in (ref or "").replace(" ", ""):
            continue
        pn, cid = g.payer(c)
        p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, p0["remittance"])
        L = lab(pid, "unapplied", [], amt, None, [], f"{inv['number']} was already paid in full by {p0['id']} on "
                f"{p0['date']}; duplicate payment held on account", "second_payment",
                f"[second_payment, {lang}] duplicate of {p0['id']}")
        L["dup_of"] = inv["id"]
        return p, L, lang
    return None


def sc_known_no_fit(g, pid, pdate):
    c = R.choice([c for c in g.custs if c["family"] is None])
    lang = c["lang"]
    cur = c["currencies"][0]
    own = {i["n"] for i in g.bycust[c["id"]]}
    others = [i["n"] for i in g.invs if i["customer_id"] != c["id"]]
    ab = R.choice(others) if R.random() < 0.6 else max(i["n"] for i in g.invs) + R.randint(50, 400)
    if ab in own:
        return None
    amt = q(Decimal(R.randint(50000, 2500000)) / 100)
    if R.random() < 0.4:
        amt = q(int(amt / 1000) * 1000 + 1000)
    if g.hits(c["id"], cur, amt):
        return None
    txt = R.choice({"de": [f"Vorauszahlung lt. Auftragsbestätigung AB-{ab}", f"Anzahlung Auftrag {ab} Drehmaschine", "Akontozahlung"],
                    "fr": [f"Acompte sur commande, confirmation AB-{ab}", f"Paiement anticipé commande {ab}"],
                    "it": [f"Anticipo su conferma d'ordine AB-{ab}", f"Acconto ordine {ab}"],
                    "en": [f"Prepayment order confirmation AB-{ab}", f"Down payment order {ab}"]}[lang])
    ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.5 else txt
    p = mkpay(pid, pdate, amt, cur, bank_payer_name(c), c["id"], ref, None)
    return p, lab(pid, "unapplied", [], amt, None, [], "known customer, prepayment on an order (AB = order confirmation, "
                  "not an invoice); fits no open invoice", "known_no_fit",
                  f"[known_no_fit, {lang}] {txt}; AB number {'is another customer invoice number' if ab in set(others) else 'unused'}"), lang


def sc_unknown(g, pid, pdate):
    lang = R.choice(["de", "de", "fr", "it", "en"])
    cur = R.choice(["CHF", "EUR", "EUR"])
    allbal = {v for v in g.bal.values()}
    amt = q(Decimal(R.randint(5000, 600000)) / 100)
    if amt in allbal:
        return None
    txt = R.choice({"de": ["Rechnung 2026-0412", "Zahlung", "Ersatzteile Fräse", None, "Kaution Mietmaschine"],
                    "fr": ["Facture 26/118", "Paiement", None, "Pièces"],
                    "it": ["Fattura 77/2026", "Pagamento", None],
                    "en": ["Invoice 2026-58", "Payment", None, "Order Lindqvist"]}[lang])
    p = mkpay(pid, pdate, amt, cur, R.choice(UNKNOWN), None, txt, None)
    return p, lab(pid, "review", [], amt, None, [], "payer is not a customer and the text names no invoice of ours",
                  "unknown_payer", f"[unknown_payer, {lang}] no customer, no matching open balance"), lang


def sc_po(g, pid, pdate):
    allnums = [i["n"] for i in g.invs]
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None)
    R.shuffle(cands)
    for inv in cands[:60]:
        c = g.cmap[inv["customer_id"]]
        lang = c["lang"]
        amt = g.bal[inv["id"]]
        same = [i["n"] for i in g.bycust[c["id"]] if i["n"] != inv["n"]]
        look = R.choice(same) if same and R.random() < 0.5 else R.choice(allnums)
        if look == inv["n"]:
            continue
        kind = R.random()
        if kind < 0.6:
            lab_ = R.choice({"de": [f"Lieferschein LS-{look}", f"LS {look}", f"Auftrag AB-{look}", f"Ihre AB {look}"],
                             "fr": [f"bulletin de livraison LS-{look}", f"confirmation de commande AB-{look}"],
                             "it": [f"bolla di consegna LS-{look}", f"conferma d'ordine AB-{look}"],
                             "en": [f"delivery note LS-{look}", f"order confirmation AB-{look}"]}[lang])
            t = inv_ref_text(lang, inv["n"])
            txt = f"{lab_} / {t}" if R.random() < 0.5 else f"{t} {lab_}"
            if R.random() < 0.4:
                txt += f" Best.-Nr. 4500{R.randint(100000, 999999)}" if lang == "de" else f" PO 4500{R.randint(100000, 999999)}"
            why = f"invoice {inv['number']} named; the other number is a delivery note/order confirmation; exact balance"
            force = False
        else:
            # only a customer PO / order number that happens to equal another customer's invoice number
            other = [n for n in allnums if g.bynum[n]["customer_id"] != c["id"]]
            look = R.choice(other)
            if g.hits(c["id"], inv["currency"], amt) != [[inv["id"]]]:
                continue
            txt = R.choice({"de": [f"Bestellung {look}", f"Unsere Bestellnummer {look}", f"Best.-Nr. {look}"],
                            "fr": [f"Notre commande {look}", f"Bon de commande {look}"],
                            "it": [f"Nostro ordine {look}", f"Ordine d'acquisto {look}"],
                            "en": [f"Our PO {look}", f"Purchase order {look}"]}[lang])
            why = (f"only the payer's own order number {look} (equal to another customer's invoice number); "
                   f"payer identified and amount equals exactly one open item {inv['number']}")
            force = True
        ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.6 else txt
        pn, cid = g.payer(c, force_id=force)
        p = mkpay(pid, pdate, amt, inv["currency"], pn, cid, ref, None)
        apply(g, [(inv["id"], amt)])
        g.paid_full.append((inv, p))
        return p, lab(pid, "applied", [(inv["id"], amt)], D0, None, [], why, "po_lookalike",
                      f"[po_lookalike, {lang}] look-alike {look} ({g.bynum[look]['customer_id'] if look in g.bynum else '-'})"), lang
    return None


def sc_other_cur(g, pid, pdate):
    cands = g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None)
    R.shuffle(cands)
    for inv in cands:
        c = g.cmap[inv["customer_id"]]
        pcur = {"CHF": "EUR", "EUR": "CHF"}[inv["currency"]]
        if R.random() < 0.2:
            pcur = R.choice(["USD", "GBP"])
        if g.open_of(c["id"], pcur):
            continue
        rate = {"EUR": Decimal("1.0640"), "CHF": Decimal("0.9395"), "USD": Decimal("1.1480"), "GBP": Decimal("0.8790")}[pcur]
        if inv["currency"] == "EUR" and pcur != "CHF":
            rate = {"USD": Decimal("1.0790"), "GBP": Decimal("0.8260")}[pcur] if pcur in ("USD", "GBP") else rate
        amt = q(g.bal[inv["id"]] * rate)
        lang = c["lang"]
        ref = inv_ref_text(lang, inv["n"])
        p = mkpay(pid, pdate, amt, pcur, bank_payer_name(c), c["id"] if R.random() < 0.6 else None, ref, None)
        g.used.add(inv["id"])
        return p, lab(pid, "review", [], amt, None, [[inv["id"]]],
                      f"names {inv['number']} ({inv['currency']}) but paid in {pcur}; no open {pcur} invoice, needs FX decision",
                      "other_currency", f"[other_currency, {lang}] {inv['currency']} {g.bal[inv['id']]} paid as {pcur} {amt}"), lang
    return None


def sc_bad(g, pid, pdate):
    inv = R.choice(g.fresh(pdate))
    c = g.cmap[inv["customer_id"]]
    lang = c["lang"]
    k = g.bad_k % 6
    g.bad_k += 1
    ref = inv_ref_text(lang, inv["n"])
    amt, cur, d, why, un = g.bal[inv["id"]], inv["currency"], pdate, "", None
    if k == 0:
        amt, why, un = "0.00", "zero amount", "0.00"
    elif k == 1:
        amt, why, un = "-" + s(g.bal[inv["id"]]), "negative amount (return/recall of a debit)", "0.00"
        ref = "RUECKLASTSCHRIFT " + ref if lang == "de" else "RETOUR " + ref
    elif k == 2:
        amt, why, un = fmt_amt(g.bal[inv["id"]], "de"), "amount is not a decimal string", "0.00"
    elif k == 3:
        cur, why = None, "currency missing"
    elif k == 4:
        amt, why, un = None, "amount missing", "0.00"
    else:
        cur, why = "EURO", "currency is not an ISO 4217 code"
    if un is None:
        un = s(amt)
    p = mkpay(pid, pdate, amt, cur, bank_payer_name(c), c["id"], ref, None)
    return p, lab(pid, "review", [], un, None, [], f"bad row: {why}; nothing applied", "bad_row",
                  f"[bad_row, {lang}] {why}"), lang

# ---------------------------------------------------------------- ambiguous (pre-planned)


def preplan(custs, invs):
    cmap = {c["id"]: c for c in custs}
    by = defaultdict(list)
    for i in invs:
        if i["issue_date"] <= date(2026, 2, 20) and i["balance"] == i["total"]:
            by[(i["customer_id"], i["currency"])].append(i)
    tasks = {"dup": [], "name": [], "subset": []}
    reserved = set()
    keys = sorted(k for k, v in by.items() if len(v) >= 3 and cmap[k[0]]["family"] is None)
    R.shuffle(keys)
    for k in keys[:8]:
        a, b = R.sample(by[k], 2)
        b["total"] = b["balance"] = a["balance"]
        tasks["dup"].append((a, b))
        reserved |= {a["id"], b["id"]}
    for k in keys[8:13]:
        a, b, c = R.sample(by[k], 3)
        c["total"] = c["balance"] = a["balance"] + b["balance"]
        tasks["subset"].append((a, b, c))
        reserved |= {a["id"], b["id"], c["id"]}
    fams = defaultdict(list)
    for c in custs:
        if c["family"] is not None:
            fams[c["family"]].append(c)
    for fi in sorted(fams):
        m0, m1 = fams[fi]
        A = R.choice(by[(m0["id"], m0["currencies"][0])])
        B = R.choice(by[(m1["id"], m1["currencies"][0])])
        B["total"] = B["balance"] = A["balance"]
        tasks["name"].append((A, B, fi))
        reserved |= {A["id"], B["id"]}
    return tasks, reserved


def generic_ref(c, pdate):
    txt = R.choice(GENERIC[c["lang"]]).format(cnum=c["num"])
    return sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.5 else txt


def srt(ids, g):
    return sorted(ids, key=lambda x: (g.imap[x]["due_date"], g.imap[x]["n"]))


def sc_dup(g, pid, pdate):
    while g.tasks["dup"]:
        a, b = g.tasks["dup"].pop()
        c = g.cmap[a["customer_id"]]
        amt = g.bal[a["id"]]
        h = g.hits(c["id"], a["currency"], amt)
        if sorted(map(tuple, h)) != sorted([(a["id"],), (b["id"],)]):
            continue
        pn, cid = g.payer(c, force_id=R.random() < 0.6)
        p = mkpay(pid, pdate, amt, a["currency"], pn, cid, generic_ref(c, pdate), None)
        return p, lab(pid, "review", [], amt, None, [[x] for x in srt([a["id"], b["id"]], g)],
                      f"no invoice number; two open items of the payer ({a['number']}, {b['number']}) have exactly this balance",
                      "ambiguous_same_amount", f"[ambiguous_same_amount, {c['lang']}] older due date listed first"), c["lang"]
    return None


def sc_name(g, pid, pdate):
    while g.tasks["name"]:
        A, B, fi = g.tasks["name"].pop()
        amt = g.bal[A["id"]]
        if g.hits(A["customer_id"], A["currency"], amt) != [[A["id"]]] or g.hits(B["customer_id"], B["currency"], amt) != [[B["id"]]]:
            continue
        base = " ".join(g.cmap[A["customer_id"]]["name"].split()[:2])
        pn = R.choice([translit(base).upper(), base] + ([translit(base).upper() + " GMBH"] if fi == 0 else []))
        c = g.cmap[A["customer_id"]]
        lang = c["lang"]
        ref = R.choice(["Zahlung Ersatzteile", "Lieferung Spindelersatzteile", "Zahlung offene Posten", None])
        p = mkpay(pid, pdate, amt, A["currency"], pn, None, ref, None)
        return p, lab(pid, "review", [], amt, None, [[x] for x in srt([A["id"], B["id"]], g)],
                      f"payer name '{pn}' fits two customers ({g.cmap[A['customer_id']]['name']}, {g.cmap[B['customer_id']]['name']}), "
                      "no customer id, and each has one open item of exactly this amount", "ambiguous_payer",
                      f"[ambiguous_payer, {lang}] {A['number']} vs {B['number']}"), lang
    return None


def sc_subset(g, pid, pdate):
    while g.tasks["subset"]:
        a, b, cc = g.tasks["subset"].pop()
        c = g.cmap[a["customer_id"]]
        amt = g.bal[cc["id"]]
        h = g.hits(c["id"], a["currency"], amt)
        want = sorted([tuple(sorted([cc["id"]])), tuple(sorted([a["id"], b["id"]]))])
        if sorted(tuple(sorted(x)) for x in h) != want:
            continue
        lang = c["lang"]
        txt = {"de": "Zahlung Rechnungen Februar", "fr": "Paiement factures février", "it": "Pagamento fatture febbraio",
               "en": "Payment February invoices"}[lang]
        if R.random() < 0.5:
            txt = {"de": "Ausgleich offene Rechnungen", "fr": "Règlement factures ouvertes", "it": "Saldo fatture aperte",
                   "en": "Open invoices"}[lang]
        pn, cid = g.payer(c, force_id=True)
        p = mkpay(pid, pdate, amt, a["currency"], pn, cid, sepa(pdate, txt) if c["country"] != "CH" else txt, None)
        return p, lab(pid, "review", [], amt, None, [[cc["id"]], srt([a["id"], b["id"]], g)],
                      f"amount equals {cc['number']} alone and also {a['number']} + {b['number']}; text names no number",
                      "ambiguous_subset", f"[ambiguous_subset, {lang}] single exact match listed first"), lang
    return None


def sc_conflict(g, pid, pdate):
    by = defaultdict(list)
    for i in g.fresh(pdate, lambda i: g.cmap[i["customer_id"]]["family"] is None):
        by[(i["customer_id"], i["currency"])].append(i)
    keys = [k for k, v in by.items() if len(v) >= 2]
    R.shuffle(keys)
    for k in keys:
        x, y = R.sample(by[k], 2)
        bx, by_ = g.bal[x["id"]], g.bal[y["id"]]
        if not by_ < bx * Decimal("0.85") or g.hits(k[0], k[1], by_) != [[y["id"]]]:
            continue
        c = g.cmap[k[0]]
        lang = c["lang"]
        t = inv_ref_text(lang, x["n"])
        ref = sepa(pdate, t) if c["country"] != "CH" and R.random() < 0.5 else t
        pn, cid = g.payer(c)
        p = mkpay(pid, pdate, by_, k[1], pn, cid, ref, None)
        g.used |= {x["id"], y["id"]}
        return p, lab(pid, "review", [], by_, None, [[x["id"]], [y["id"]]],
                      f"text names {x['number']} (balance {bx}) but the amount is exactly the balance of {y['number']}: "
                      "part payment of the named invoice or full payment of the other with a wrong number",
                      "ambiguous_ref_vs_amount", f"[ambiguous_ref_vs_amount, {lang}] named invoice first"), lang
    return None


def sc_list_mismatch(g, pid, pdate):
    grp = pick_group(g, pdate, 2, 4)
    if not grp:
        return None
    c = g.cmap[grp[0]["customer_id"]]
    lang = c["lang"]
    tot = sum(g.bal[i["id"]] for i in grp)
    diff = q(Decimal(R.randint(1300, 48000)) / 100)
    amt = tot - diff if diff < tot / 2 else tot + diff
    subs = set()
    for m in range(1, 1 << len(grp)):
        subs.add(sum(g.bal[grp[j]["id"]] for j in range(len(grp)) if m >> j & 1))
    if amt in subs or g.hits(c["id"], grp[0]["currency"], amt):
        return None
    txt = join_nums(lang, [i["n"] for i in grp])
    ref = sepa(pdate, txt) if c["country"] != "CH" and R.random() < 0.6 else txt
    if any(str(i["n"]) not in ref for i in grp):
        return None
    pn, cid = g.payer(c)
    p = mkpay(pid, pdate, amt, grp[0]["currency"], pn, cid, ref, None)
    g.used |= {i["id"] for i in grp}
    return p, lab(pid, "review", [], amt, None, [[i["id"] for i in grp]],
                  f"lists {len(grp)} invoices totalling {tot} but pays {amt}; unexplained difference {amt - tot} "
                  "cannot be assigned to one invoice", "ambiguous_list_difference",
                  f"[ambiguous_list_difference, {lang}] no reason given"), lang

# ---------------------------------------------------------------- main

PLAN = [("qr_exact", sc_qr_exact, 40), ("scor_exact", sc_scor_exact, 20), ("sepa_exact", sc_sepa_exact, 54),
        ("plain_exact", sc_plain_exact, 35), ("typo", sc_typo, 15), ("amount_only", sc_amount_only, 12),
        ("third_party", sc_third_party, 4), ("list", sc_list, 26), ("list_truncated", sc_list_truncated, 5),
        ("range", sc_range, 10), ("lump_statement", sc_lump, 8), ("skonto", sc_skonto, 20),
        ("short_pay", sc_short_reason, 15), ("bank_charges", sc_bank_charges, 10), ("part_payment", sc_part, 15),
        ("overpayment", sc_over, 12), ("second_payment", sc_second, 10), ("known_no_fit", sc_known_no_fit, 10),
        ("unknown_payer", sc_unknown, 12), ("po_lookalike", sc_po, 20), ("ambiguous_same_amount", sc_dup, 8),
        ("ambiguous_ref_vs_amount", sc_conflict, 7), ("ambiguous_payer", sc_name, 5), ("ambiguous_subset", sc_subset, 5),
        ("ambiguous_list_difference", sc_list_mismatch, 5), ("other_currency", sc_other_cur, 10), ("bad_row", sc_bad, 7)]
FALLBACK = [sc_sepa_exact, sc_plain_exact, sc_qr_exact, sc_list]


def main():
    custs = make_customers()
    invs = make_invoices(custs)
    tasks, reserved = preplan(custs, invs)
    g = G(custs, invs)
    g.tasks = tasks
    g.used |= reserved
    g.bad_k = 0
    seq = []
    for name, fn, n in PLAN:
        seq += [(name, fn)] * n
    R.shuffle(seq)
    # duplicates need something to duplicate: none in the first 90
    head = [x for x in seq[:90] if x[0] == "second_payment"]
    seq = [x for x in seq[:90] if x[0] != "second_payment"] + seq[90:]
    for x in head:
        seq.insert(R.randint(120, len(seq)), x)
    days = []
    d = date(2026, 3, 2)
    while d <= date(2026, 4, 30):
        if d.weekday() < 5 and (d.month, d.day) not in ((4, 3), (4, 6)):
            days.append(d)
        d += timedelta(1)
    dates = sorted(R.choice(days) for _ in seq)
    langs = Counter()
    for k, ((name, fn), pdate) in enumerate(zip(seq, dates)):
        pid = f"p-{k + 1:04d}"
        r = fn(g, pid, pdate)
        tries = 0
        while r is None and tries < 20:
            r = R.choice(FALLBACK)(g, pid, pdate)
            tries += 1
        p, L, lang = r
        L["note"] = L["note"]
        L.pop("dup_of", None)
        L["lang"] = lang
        g.payments.append(p)
        g.labels.append(L)
    os.makedirs(OUT, exist_ok=True)
    inv_out = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
                "currency": i["currency"], "total": s(i["total"]), "balance": s(i["balance"]),
                "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()} for i in invs]
    labels = []
    for L in g.labels:
        lang = L.pop("lang")
        L["note"] = L["note"]
        labels.append((L, lang))
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
        json.dump(inv_out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
        json.dump(g.payments, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump([L for L, _ in labels], f, ensure_ascii=False, indent=1)
    write_readme(custs, inv_out, g.payments, labels)


SCEN_DESC = [
    ("qr_exact", "applied", "Swiss QR reference (27 digits, mod-10 recursive check digit), raw or in 2+5x5 blocks"),
    ("scor_exact", "applied", "ISO 11649 creditor reference RFnnRE3xxxxx, alone or inside SEPA SVWZ"),
    ("sepa_exact", "applied", "DE/AT SEPA EREF/KREF/SVWZ text naming one invoice, with Kd-Nr, Bestellnr., dates as noise"),
    ("plain_exact", "applied", "free text or a remittance-advice e-mail naming one invoice (de/fr/it/en)"),
    ("typo", "applied", "invoice number mistyped (transposition, wrong or missing digit; the typo is no real number), exact unique balance"),
    ("amount_only", "applied", "no number; identified payer; the amount equals exactly one open item (no other item or pair)"),
    ("third_party", "applied", "leasing/factoring company pays for a customer, names the invoice, exact balance"),
    ("list", "applied", "Sammelueberweisung listing 2-5 invoices; amount = sum of balances"),
    ("list_truncated", "applied", "SEPA text cut at 140 chars inside the last number; the only open item with that prefix completes the sum"),
    ("range", "applied", "'RE 311683 - 685', 'factures 310600 a 310603': consecutive numbers all of the payer"),
    ("lump_statement", "applied", "'Saldo gem. Kontoauszug': amount = all open items of the payer in that currency"),
    ("po_lookalike", "applied", "Lieferschein LS-/Auftragsbestaetigung AB-/Bestellnummer equal to real invoice numbers; "
                                "either an RE number is also given, or only the PO (another customer's invoice number) and a unique amount"),
    ("skonto", "partial", "paid less 1-3 % Skonto/escompte/sconto; short_pay = the discount"),
    ("short_pay", "partial", "deduction with a stated reason (damage, missing position, price difference, return)"),
    ("bank_charges", "partial", "paid less Spesen (/CHGS/ field or advice text); short_pay = the charges"),
    ("part_payment", "partial", "announced Anzahlung/acompte/acconto/instalment; short_pay null"),
    ("overpayment", "unapplied", "balance applied, remainder unapplied (often: paid the QR-bill total after an earlier part payment)"),
    ("second_payment", "unapplied", "same invoice paid again after an earlier payment in this file cleared it"),
    ("known_no_fit", "unapplied", "known customer (customer_id given), prepayment on an order (AB number), fits no open item"),
    ("unknown_payer", "review", "payer is no customer, text names no invoice of ours; candidates []"),
    ("ambiguous_same_amount", "review", "no number; two open items of the payer have exactly the amount"),
    ("ambiguous_ref_vs_amount", "review", "names invoice X but the amount is exactly another item's balance (and less than X's)"),
    ("ambiguous_payer", "review", "customer_id null; payer name fits two look-alike legal entities, each with an item of that amount"),
    ("ambiguous_subset", "review", "amount equals one item and also the sum of two others"),
    ("ambiguous_list_difference", "review", "list of invoices paid with an unexplained difference"),
    ("other_currency", "review", "names a CHF/EUR invoice but pays in another currency; the customer has nothing open in it"),
    ("bad_row", "review", "zero/negative amount, '1.234,56' amount, missing amount, missing or non-ISO currency"),
]


def write_readme(custs, invs, pays, labels):
    sc = Counter(L["scenario"] for L, _ in labels)
    stc = Counter(L["status"] for L, _ in labels)
    lc = Counter(lang for _, lang in labels)
    cc = Counter(p["currency"] for p in pays)
    ctry = Counter(c["country"] for c in custs)
    icur = Counter(i["currency"] for i in invs)
    nid = sum(1 for p in pays if p["customer_id"] is None)
    lines = []
    w = lines.append
    w("# Blind cash-application set: DACH machine tools and spare parts (seed %d)" % SEED)
    w("")
    w("Creditor: a made-up Swiss machine-tool maker and spare-parts distributor (invoice numbers `RE-3xxxxx`) selling to")
    w(f"{len(custs)} made-up customers in Switzerland ({ctry['CH']}), Germany ({ctry['DE']}) and Austria ({ctry['AT']}), invoicing in CHF and EUR.")
    w("All companies, payers and numbers are invented. Generated by `build.py` (stdlib, fixed seed); `check.py` re-verifies every label.")
    w("")
    w("## Files (`ledger_dach_machinery/`)")
    w("")
    w("| file | rows | content |")
    w("|---|---|---|")
    w(f"| `invoices.json` | {len(invs)} | open invoices, contract fields; CHF {icur['CHF']}, EUR {icur['EUR']}; some already part-paid (balance < total) |")
    w(f"| `payments.json` | {len(pays)} | payments oldest first, 2026-03-02 .. 2026-04-30; customer_id null on {nid} |")
    w(f"| `labels.json` | {len(labels)} | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |")
    w("")
    w("## Label conventions")
    w("")
    w("- Fields: `payment_id, status, applications, unapplied, short_pay, candidates, reason` (contract) + `scenario`, `note`.")
    w("  `note` starts `[scenario, lang]`. `reason` and `short_pay.reason` are free text for humans, not meant to be compared verbatim.")
    w("- Payments are replayed in order; every label uses the balances earlier payments left open.")
    w("- `applied`: every application clears its invoice; `unapplied` \"0.00\".")
    w("- `partial`: `short_pay` is set for Skonto, stated deductions and bank charges (amount = what stays open), null for announced part payments.")
    w("- `unapplied`: overpayment (applications listed, remainder unapplied), duplicate payment, or a known customer's cash fitting no invoice.")
    w("- `review`: no applications, `unapplied` = the whole payment amount (so the contract's sum rule holds); ")
    w("  `candidates` is a list of invoice-id lists, best first (named invoice first; otherwise older due date first; a single exact item before a pair).")
    w("  Compare candidate sets order-insensitively if your scorer prefers.")
    w("- Bad rows (the contract defines no `error` field, so none is labelled): `review`, no candidates, `unapplied` \"0.00\" when the amount is not a")
    w("  positive decimal string, else the amount.")
    w("- Payer identification: when `customer_id` is null, the bank payer name (upper-cased, umlauts transliterated, truncated to 27/35 chars, city")
    w("  appended) fits exactly one customer, except in `ambiguous_payer`/`unknown_payer`/`third_party`.")
    w("- QR reference layout used by the creditor: 7-digit customer number + 19-digit zero-padded invoice number + check digit.")
    w("  SCOR: `RF` + ISO 11649 check + `RE` + invoice digits.")
    w("")
    w("## Counts")
    w("")
    w("| scenario | expected status | count | what it is |")
    w("|---|---|---|---|")
    for k, stt, d in SCEN_DESC:
        w(f"| `{k}` | {stt} | {sc.get(k, 0)} | {d} |")
    w("")
    w("Status: " + ", ".join(f"{k} {v}" for k, v in sorted(stc.items())) + ".")
    w("")
    w("Remittance language (payer's language): " + ", ".join(f"{k} {v}" for k, v in sorted(lc.items())) + ".")
    w("Payment currency: " + ", ".join(f"{k} {v}" for k, v in sorted(cc.items(), key=lambda x: str(x[0]))) + ".")
    w("")
    w("## Deliberately hard")
    w("")
    w("- Lieferschein (LS-), Auftragsbestaetigung (AB-) and Bestell numbers in the same 3xxxxx range as invoice numbers, some equal to")
    w("  open invoices of the same or another customer; prepayments quoting an AB number that is another customer's invoice number.")
    w("- SEPA Verwendungszweck cut at 140 characters in the middle of a number; EREF/KREF noise (payment-run ids, 'SAMMLER').")
    w("- Payer names as banks print them: `KAELIN` for Kaelin/Kälin, `GMBH + CO KG`, truncated mid-word, with postcode and city.")
    w("- Look-alike legal entities (same trading name, GmbH vs GmbH & Co. KG / AG vs GmbH) whose bank names cannot be told apart.")
    w("- Invoices part-paid before the snapshot, then paid at the printed QR-bill total (overpayment).")
    w("- Amounts written as 1'250.50 (CH), 1.250,50 (DE/AT), 1 250,50 (fr) and 1,250.50 (en) in advices; SWIFT `/CHGS/EUR15,00`.")
    w("- Duplicates appear only after the first payment of the same invoice has been applied earlier in the file.")
    w("")
    w("## Contract points read one way")
    w("")
    w("- Skonto and bank charges are labelled as short pays (`partial` + `short_pay`), since the contract offers no write-off.")
    w("- A payment in a currency no open invoice of the customer uses is `review` with the named invoice as candidate (not unapplied).")
    w("- An unknown payer with no usable text is `review` with no candidates; a known customer's unmatched cash is `unapplied`.")
    w("- A unique exact amount of an identified payer is enough to apply (`amount_only`, PO-only `po_lookalike`), and so is a")
    w("  one-digit typo of an invoice number when the amount is that invoice's exact and unique balance.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
