#!/usr/bin/env python3
"""Blind cash-application test set: DACH machine-tool maker / spare-parts supplier.
Deterministic (fixed seed), stdlib only. Writes dach_machinery/{invoices,payments,labels}.json and README.md."""
import json, os, random, calendar
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter, defaultdict

SEED = 258
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dach_machinery")
os.makedirs(OUT, exist_ok=True)
C = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


# ---------------------------------------------------------------- formatting
def fmt(amount, lang):
    a = q(amount)
    neg = a < 0
    a = abs(a)
    whole, frac = f"{a:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang == "de-CH" or lang in ("fr-CH", "it-CH"):
        r = "'".join(groups) + "." + frac
    elif lang in ("de-DE", "de-AT", "it"):
        r = ".".join(groups) + "," + frac
    elif lang in ("fr", "cs"):
        r = " ".join(groups) + "," + frac
    else:
        r = ",".join(groups) + "." + frac
    return ("-" if neg else "") + r


ATMON = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
         "Dezember"]


def dfmt(d, lang):
    if lang == "de-AT" and d.month in (1, 2, 3) and d.day % 3 == 0:
        return f"{d.day}. {ATMON[d.month - 1]} {d.year}"
    if lang.startswith("de") or lang == "cs":
        return d.strftime("%d.%m.%Y")
    if lang in ("it", "fr", "fr-CH", "it-CH"):
        return d.strftime("%d/%m/%Y")
    return d.strftime("%m/%d/%Y")


TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "ss",
                       "é": "e", "è": "e", "ê": "e", "à": "a", "ç": "c", "ô": "o", "í": "i", "á": "a",
                       "č": "c", "ř": "r", "š": "s", "ž": "z", "ý": "y", "ě": "e", "ů": "u", "ú": "u",
                       "É": "E", "Č": "C", "Ř": "R", "Š": "S", "Ž": "Z", "ò": "o", "ù": "u", "ň": "n",
                       "Ň": "N", "ť": "t", "ď": "d"})


def bank_name(name, style):
    """How a bank statement spells the payer."""
    t = name.translate(TRANS)
    if style == 0:
        t = t.upper().replace("&", "+")
        return t[:27].rstrip()
    if style == 1:
        return t.upper().replace("&", "U.")[:35].rstrip()
    if style == 2:
        return name[:70]
    if style == 3:
        return t.replace("&", "+")[:22].rstrip()
    return name


# ---------------------------------------------------------------- check digits
QRR_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qrr_check(payload):
    carry = 0
    for ch in payload:
        carry = QRR_TABLE[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


def qrr(custno, invdigits):
    payload = f"{custno:010d}{int(invdigits):016d}"
    full = payload + qrr_check(payload)
    grouped = full[:2] + " " + " ".join(full[2 + 5 * i:7 + 5 * i] for i in range(5))
    return full, grouped


def scor(ref):
    def num(t):
        return "".join(str(int(ch, 36)) for ch in t)
    chk = 98 - int(num(ref + "RF00")) % 97
    full = f"RF{chk:02d}{ref}"
    return full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))


# ---------------------------------------------------------------- customers
DE_FAM = ["Huber", "Maier", "Schmid", "Keller", "Brunner", "Wagner", "Fischer", "Becker", "Hofmann", "Lehmann",
          "Zimmermann", "Krause", "Graf", "Vogel", "Baumann", "Steiner", "Gruber", "Moser", "Lang", "Frey",
          "Müller", "Schäfer", "Köhler", "Weißenberger", "Dörfler", "Pfeiffer", "Ströbel", "Kuhn", "Winkler",
          "Sauter", "Ebner", "Haas", "Leitner", "Wyss", "Bühler", "Meili", "Gisler", "Zürcher", "Auer", "Eder",
          "Rauscher", "Thaler", "Kienzle", "Hägele", "Riedl", "Obermayr"]
DE_ACT = ["Werkzeugbau", "Präzisionstechnik", "Maschinenbau", "Antriebstechnik", "Zerspanungstechnik",
          "Blechbearbeitung", "Formenbau", "Metallwaren", "CNC-Fertigung", "Hydraulik", "Werkzeughandel",
          "Industriebedarf", "Feinmechanik", "Automation", "Schleiftechnik", "Drehteile"]
LEGAL = {"DE": ["GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."], "AT": ["GmbH", "Ges.m.b.H.", "KG", "GmbH & Co KG"],
         "CH": ["AG", "GmbH", "AG"]}
IT_NAMES = ["Officine Meccaniche Bellini S.r.l.", "Rossi Utensili S.p.A.", "Meccanica Fabbri S.r.l.",
            "Torneria Colombo & Figli S.n.c.", "Ferramenta Industriale Galli S.r.l.", "Stampi Moretti S.r.l.",
            "Lavorazioni Meccaniche Ricci S.p.A.", "Utensileria Conti S.r.l."]
FR_NAMES = ["Usinage Dubois SAS", "Mécanique Lefèvre SARL", "Outillage Girard et Fils SA", "Décolletage Morel SAS",
            "Tôlerie Fournier SARL", "Ateliers Mercier SAS"]
CH_FR = ["Mécanique de Précision Rochat SA", "Décolletage Vuilleumier SA", "Ateliers Jaquet Sàrl"]
CH_IT = ["Officina Meccanica Bernasconi SA", "Utensili Cattaneo SA"]
CZ_NAMES = ["Strojírny Novák s.r.o.", "Kovo Dvořák a.s.", "Nástrojárna Černý s.r.o.", "Obrábění Procházka s.r.o.",
            "Technika Kučera a.s.", "Přesné díly Veselý s.r.o."]
US_NAMES = ["Midwest Tooling Inc.", "Great Lakes Machine Supply LLC", "Carolina Precision Parts Corp.",
            "Keystone CNC Service Inc."]
CITY = {"DE": ["Stuttgart", "Esslingen", "Reutlingen", "Augsburg", "Bielefeld", "Chemnitz", "Schweinfurt", "Ulm",
               "Tuttlingen", "Remscheid"],
        "AT": ["Linz", "Steyr", "Wels", "Graz", "Dornbirn", "Wiener Neustadt"],
        "CH": ["Winterthur", "Biel/Bienne", "Aarau", "St. Gallen", "Grenchen", "Lugano", "Le Locle"]}

customers = []
used_names = set()


def add_customer(name, country, lang, currency):
    assert name not in used_names, name
    used_names.add(name)
    cid = f"c-{len(customers) + 1:03d}"
    customers.append({"id": cid, "name": name, "country": country, "lang": lang, "currency": currency,
                      "custno": 10100 + 7 * len(customers), "alt_currency": None})
    return customers[-1]


fams = DE_FAM[:]
rng.shuffle(fams)
fi = 0
for country, n, lang, cur in [("DE", 44, "de-DE", "EUR"), ("AT", 16, "de-AT", "EUR"), ("CH", 13, "de-CH", "CHF")]:
    for k in range(n):
        fam = fams[fi % len(fams)]
        fi += 1
        act = rng.choice(DE_ACT)
        leg = rng.choice(LEGAL[country])
        name = f"{fam} {act} {leg}"
        if name in used_names:
            name = f"{fam} {act} {rng.choice(CITY[country])} {leg}"
        if name in used_names:
            continue
        c = add_customer(name, country, lang, cur)
        if k % 8 == 3:
            c["lang"] = "en"  # some DACH firms write remittances in English
for nm in CH_FR:
    add_customer(nm, "CH", "fr-CH", "CHF")
for nm in CH_IT:
    add_customer(nm, "CH", "it-CH", "CHF")
for nm in IT_NAMES:
    add_customer(nm, "IT", "it", "EUR")
for nm in FR_NAMES:
    add_customer(nm, "FR", "fr", "EUR")
for i, nm in enumerate(CZ_NAMES):
    add_customer(nm, "CZ", "cs", "CZK" if i != 5 else "EUR")
for nm in US_NAMES:
    add_customer(nm, "US", "en", "USD")
# look-alike name pairs (bank truncation makes them indistinguishable)
PAIRS = []
for base, a, b, cty, lang, cur in [
        ("Brunner Präzisionstechnik", "GmbH", "Service GmbH", "DE", "de-DE", "EUR"),
        ("Leitner Werkzeugmaschinen", "GmbH", "Handels GmbH", "AT", "de-AT", "EUR"),
        ("Gisler Zerspanungstechnik", "AG", "Vertriebs AG", "CH", "de-CH", "CHF"),
        ("Kienzle Maschinenhandel", "GmbH & Co. KG", "Ersatzteile GmbH", "DE", "de-DE", "EUR")]:
    c1 = add_customer(f"{base} {a}", cty, lang, cur)
    c2 = add_customer(f"{base} {b}", cty, lang, cur)
    PAIRS.append((c1, c2, base))
# some Swiss customers also get EUR invoices
for c in customers:
    if c["country"] == "CH" and rng.random() < 0.35:
        c["alt_currency"] = "EUR"
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
FX = {"EUR": 1, "CHF": 1, "USD": 1.1, "CZK": 25}
invoices = []
D0 = date(2025, 9, 1)


def rand_total(cur):
    r = rng.random()
    if r < 0.45:
        base = rng.uniform(85, 1500)
    elif r < 0.85:
        base = rng.uniform(1500, 18000)
    elif r < 0.97:
        base = rng.uniform(18000, 90000)
    else:
        base = rng.uniform(90000, 260000)
    return q(base * FX[cur])


raw = []
for c in customers:
    n = rng.randint(9, 19)
    if c["country"] in ("DE", "AT", "IT") and rng.random() < 0.2 and c["currency"] == "EUR":
        n = rng.randint(2, 4)
        c["small"] = True
    for _ in range(n):
        cur = c["currency"]
        if c["alt_currency"] and rng.random() < 0.3:
            cur = c["alt_currency"]
        issue = D0 + timedelta(rng.randint(0, 172))
        raw.append((issue, c, cur))
raw.sort(key=lambda t: (t[0], t[1]["id"]))
ids = list(range(1, len(raw) + 1))
rng.shuffle(ids)
for k, (issue, c, cur) in enumerate(raw):
    tot = rand_total(cur)
    term = rng.choice([14, 30, 30, 30, 45, 60]) if c["country"] != "US" else 30
    bal = tot
    if rng.random() < 0.08:
        bal = q(tot * Decimal(rng.choice(["0.5", "0.4", "0.7", "0.25"])))
    invoices.append({"id": f"i-{ids[k]:05d}", "number": f"RE-{40001 + k}", "customer_id": c["id"],
                     "customer_name": c["name"], "currency": cur, "total": s(tot), "balance": s(bal),
                     "issue_date": issue.isoformat(), "due_date": (issue + timedelta(term)).isoformat()})
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
BYCUST = defaultdict(list)
for i in invoices:
    BYCUST[i["customer_id"]].append(i)

# deliberately duplicated amounts (service flat fees, spare-part kits) for ambiguity scenarios
DUP_CUST = []
for c in rng.sample([c for c in customers if c["country"] in ("DE", "AT", "CH") and c not in
                     [p[0] for p in PAIRS] + [p[1] for p in PAIRS]], 10):
    lst = [i for i in BYCUST[c["id"]] if i["currency"] == c["currency"] and i["balance"] == i["total"]]
    if len(lst) >= 3:
        a, b = lst[0], lst[2]
        b["total"] = b["balance"] = a["balance"]
        DUP_CUST.append((c, a, b))
# paired customers: one invoice each with the same amount
PAIR_DUP = []
for c1, c2, base in PAIRS:
    a = [i for i in BYCUST[c1["id"]] if i["currency"] == c1["currency"] and i["balance"] == i["total"]][1]
    b = [i for i in BYCUST[c2["id"]] if i["currency"] == c2["currency"] and i["balance"] == i["total"]][1]
    b["total"] = b["balance"] = a["balance"]
    PAIR_DUP.append((c1, c2, base, a, b))

bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
used = set()
for c, a, b in DUP_CUST:
    used.update([a["id"], b["id"]])
for c1, c2, base, a, b in PAIR_DUP:
    used.update([a["id"], b["id"]])
# three-way ambiguity: C's balance equals A + B
SUBSET = []
for c in rng.sample([c for c in customers if not c.get("small") and c["country"] in ("DE", "AT", "CH", "FR", "IT")
                     and all(c is not d[0] for d in DUP_CUST)], 8):
    lst = [i for i in BYCUST[c["id"]] if i["currency"] == c["currency"] and i["balance"] == i["total"]
           and i["id"] not in used and Decimal(i["total"]) < 20000 * FX[i["currency"]]]
    if len(lst) >= 3:
        A, B, Cc = lst[-3], lst[-2], lst[-1]
        Cc["total"] = Cc["balance"] = s(Decimal(A["balance"]) + Decimal(B["balance"]))
        bal[Cc["id"]] = Decimal(Cc["balance"])
        used.update([A["id"], B["id"], Cc["id"]])
        SUBSET.append((c, A, B, Cc))

# ---------------------------------------------------------------- language bits
def L(lang):
    if lang.startswith("de"):
        return "de"
    if lang.startswith("fr"):
        return "fr"
    if lang.startswith("it"):
        return "it"
    return lang


INVW = {"de-DE": ["Rechnung", "Rg.", "Re.-Nr.", "RG-NR"], "de-AT": ["Rechnung", "RNr.", "Rechnungsnr."],
        "de-CH": ["Rechnung Nr.", "Rg. Nr.", "Rechnung"], "fr-CH": ["facture", "fact."], "it-CH": ["fattura", "ft."],
        "it": ["fattura n.", "ft.", "fatt. nr."], "fr": ["facture n°", "fact.", "facture"],
        "cs": ["faktura č.", "fa", "faktury"], "en": ["Invoice", "INV", "inv no"]}
INVS = {"de": "Rechnungen", "fr": "factures", "it": "fatture", "cs": "faktury", "en": "invoices"}
PART = {"de-DE": "Teilzahlung", "de-AT": "Teilzahlung", "de-CH": "Akontozahlung", "fr": "acompte", "it": "acconto",
        "cs": "částečná úhrada", "en": "part payment"}
REST = {"de": "Restzahlung", "fr": "solde", "it": "saldo", "cs": "doplatek", "en": "balance payment"}
SKONTO = {"de-DE": "abzgl. {p}% Skonto", "de-AT": "abzüglich {p}% Skonto", "de-CH": "abzüglich {p}% Skonto",
          "fr": "escompte {p} % déduit", "it": "sconto {p}% dedotto", "cs": "po odečtení skonta {p} %",
          "en": "less {p}% prompt payment discount"}
AVIS = {"de": "Zahlungsavis", "fr": "Avis de paiement", "it": "Avviso di pagamento", "cs": "Platební avízo",
        "en": "Remittance advice"}
REASONS = {
    "transport damage": {"de": "Transportschaden", "fr": "dommage de transport", "it": "danno da trasporto",
                         "cs": "poškození při přepravě", "en": "transport damage"},
    "short delivery": {"de": "Minderlieferung, {n} Stk. fehlen", "fr": "livraison incomplète, {n} pièces manquantes",
                       "it": "consegna incompleta, mancano {n} pz.", "cs": "neúplná dodávka, chybí {n} ks",
                       "en": "short delivery, {n} pcs missing"},
    "price difference": {"de": "Preisdifferenz lt. Angebot", "fr": "écart de prix selon devis",
                         "it": "differenza prezzo come da offerta", "cs": "cenový rozdíl dle nabídky",
                         "en": "price difference vs. quotation"},
    "bank charges": {"de": "Bankspesen", "fr": "frais bancaires", "it": "spese bancarie", "cs": "bankovní poplatky",
                     "en": "bank charges"},
    "freight not agreed": {"de": "Frachtkosten nicht vereinbart", "fr": "frais de port non convenus",
                           "it": "spese di trasporto non concordate", "cs": "dopravné nebylo sjednáno",
                           "en": "freight not agreed"},
    "defective part": {"de": "Mängelrüge, Spindel defekt", "fr": "réclamation, broche défectueuse",
                       "it": "reclamo, mandrino difettoso", "cs": "reklamace, vadné vřeteno",
                       "en": "defective spindle, claim filed"},
}
LESS = {"de": "abzgl.", "fr": "moins", "it": "meno", "cs": "minus", "en": "less"}


def num_variant(inv, lang):
    d = inv["number"][3:]
    v = rng.random()
    if v < 0.35:
        return inv["number"]
    if v < 0.55:
        return "RE" + d
    if v < 0.7:
        return "RE " + d
    return d


def wrap(text, mode):
    if mode == 0:
        return text
    chunks = [text[i:i + 27] for i in range(0, len(text), 27)]
    return ("\n" if mode == 1 else " ").join(chunks) if mode in (1, 2) else "".join(chunks)


def sepa(svwz, eref=None, kref=None):
    t = ""
    if eref:
        t += "EREF+" + eref + " "
    if kref:
        t += "KREF+" + kref + " "
    t += "SVWZ+" + svwz
    t = t[:140]
    return wrap(t, rng.choice([0, 1, 1, 2, 3]))


def eref():
    return rng.choice(["NOTPROVIDED", f"ZV{rng.randint(20260101, 20260330)}{rng.randint(1, 999):05d}",
                       f"E2E-{rng.randint(100000000, 999999999)}", f"PAYRUN {rng.randint(1000, 9999)}-{rng.randint(1, 99)}"])


def inv_phrase(invs, lang):
    w = rng.choice(INVW[lang])
    nums = [num_variant(i, lang) for i in invs]
    if len(invs) == 1:
        return f"{w} {nums[0]}"
    sep = rng.choice([", ", " / ", " ", ";", " + "])
    lead = INVS[L(lang)].capitalize() if L(lang) != "en" else "Invoices"
    return f"{lead} {sep.join(nums)}"


def single_ref(inv, c, lang, extra=""):
    """Reference field and remittance for one invoice, in the customer's banking style."""
    cty = c["country"]
    r = rng.random()
    d = inv["number"][3:]
    issue = date.fromisoformat(inv["issue_date"])
    if cty == "CH" and r < 0.45:
        full, grouped = qrr(c["custno"], d)
        return (grouped if rng.random() < 0.5 else full), (extra or None)
    if cty == "CH" and r < 0.65:
        full, grouped = scor(rng.choice([d, "RE" + d]))
        return (grouped if rng.random() < 0.5 else full), (extra or None)
    if cty == "AT" and r < 0.45:
        return f"Zahlungsreferenz {int(d):012d}" if rng.random() < 0.5 else f"{int(d):012d}", (extra or None)
    if cty == "CZ" and r < 0.6:
        return f"VS:{d} /{rng.choice(['Uhrada faktury', 'platba', 'FA'])} {extra}".strip(), None
    if cty in ("DE", "AT") and r < 0.8:
        txt = f"{inv_phrase([inv], lang)} v. {dfmt(issue, 'de-DE')} Kd-Nr {c['custno']} {extra}".strip()
        return sepa(txt, eref(), rng.choice([None, None, f"{rng.randint(4500000000, 4509999999)}"])), None
    txt = f"{inv_phrase([inv], lang)} {extra}".strip()
    if rng.random() < 0.5:
        return txt, None
    return (rng.choice([w for w in NOREF[L(lang)] if w]) if rng.random() < 0.3 else None), txt


# ---------------------------------------------------------------- simulation helpers
payments, labels, LANGS = [], [], []
paid_full = []      # (invoice, payer cust, pid) paid completely by an exact payment
part_paid = []      # invoices left open on purpose by a part payment
PAYER_STYLE_W = [0, 0, 0, 1, 1, 2, 3]


def norm(t):
    return "".join(ch for ch in t.translate(TRANS).lower() if ch.isalnum())


def resolves(payer):
    n = norm(payer)
    return [o["id"] for o in customers if norm(o["name"]).startswith(n)]


def payer_for(c, force_id=None):
    st = rng.choice(PAYER_STYLE_W)
    if c["country"] in ("IT", "FR", "CZ", "US"):
        st = rng.choice([0, 1, 2])
    p = bank_name(c["name"], st)
    cid = c["id"] if (force_id or rng.random() < 0.45) else None
    if cid is None and resolves(p) != [c["id"]]:
        cid = c["id"]  # an unnamed payer must still resolve to exactly one customer
    return p, cid


def pool(c, pdate, cur=None, min_age=4, full_only=False):
    cur = cur or c["currency"]
    out = [i for i in BYCUST[c["id"]] if i["id"] not in used and bal[i["id"]] > 0 and i["currency"] == cur
           and date.fromisoformat(i["issue_date"]) <= pdate - timedelta(min_age)]
    if full_only:
        out = [i for i in out if Decimal(i["balance"]) == Decimal(i["total"])]
    return out


def open_all(cid, cur):
    return [i for i in BYCUST[cid] if bal[i["id"]] > 0 and i["currency"] == cur]


def amount_unique(cid, cur, amount, target_ids):
    ops = open_all(cid, cur)
    vals = [(i["id"], bal[i["id"]]) for i in ops]
    for iid, b in vals:
        if b == amount and iid not in target_ids:
            return False
    for x in range(len(vals)):
        for y in range(x + 1, len(vals)):
            if vals[x][1] + vals[y][1] == amount and {vals[x][0], vals[y][0]} != set(target_ids):
                return False
    return True


def pick_cust(pdate, need=1, filt=None, cur=None):
    cands = [c for c in customers if not c.get("small") and (filt is None or filt(c))
             and len(pool(c, pdate, cur)) >= need]
    return rng.choice(cands) if cands else None


def emit(pdate, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short_pay, cands, reason, scen, lang,
         note, date_override=None, amount_override=None, cur_override="__"):
    pid = f"p-{len(payments) + 1:04d}"
    payments.append({"id": pid, "date": date_override or pdate.isoformat(),
                     "amount": amount_override if amount_override is not None else s(amount),
                     "currency": cur if cur_override == "__" else cur_override, "payer_name": payer,
                     "customer_id": cid, "reference": ref, "remittance": rem})
    for iid, a in apps:
        bal[iid] -= a
        assert bal[iid] >= 0, (scen, iid)
        used.add(iid)
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": iid, "amount": s(a)} for iid, a in apps],
                   "unapplied": unapplied if isinstance(unapplied, str) else s(unapplied),
                   "short_pay": short_pay, "candidates": cands, "reason": reason, "scenario": scen,
                   "note": f"[{scen}, {lang}] {note}"})
    LANGS.append(lang)
    return pid


# ---------------------------------------------------------------- scenarios
def sc_exact(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    inv = rng.choice(pool(c, pdate))
    lang = c["lang"]
    ref, rem = single_ref(inv, c, lang)
    payer, cid = payer_for(c)
    a = bal[inv["id"]]
    pid = emit(pdate, a, inv["currency"], payer, cid, ref, rem, "applied", [(inv["id"], a)], "0.00", None, [],
               f"reference {inv['number']} and exact balance", "exact_ref", lang,
               f"reference names {inv['number']}, amount equals its balance")
    paid_full.append((inv, c, pid))
    return True


def sc_alt_currency(pdate):
    c = pick_cust(pdate, filt=lambda c: c["alt_currency"], cur="EUR")
    if not c:
        return False
    inv = rng.choice(pool(c, pdate, "EUR"))
    ref, rem = single_ref(inv, c, c["lang"])
    payer, cid = payer_for(c)
    a = bal[inv["id"]]
    emit(pdate, a, "EUR", payer, cid, ref, rem, "applied", [(inv["id"], a)], "0.00", None, [],
         f"reference {inv['number']} (EUR invoice of a CHF customer) and exact balance", "exact_ref_eur_of_chf",
         c["lang"], f"Swiss customer pays its EUR invoice {inv['number']} in EUR")
    return True


def typo_of(number, cid):
    d = number[3:]
    for _ in range(30):
        k = rng.random()
        if k < 0.35:
            j = rng.randint(1, len(d) - 2)
            shown = "RE-" + d[:j] + d[j + 1] + d[j] + d[j + 2:]
        elif k < 0.55:
            shown = "RE-" + (d.replace("1", "l", 1) if "1" in d else d.replace("0", "O", 1))
        elif k < 0.75:
            shown = "RE-" + d[:2] + d[3:] if rng.random() < 0.5 else "RE " + d[:-1]
        else:
            j = rng.randint(2, len(d) - 1)
            shown = "RE-" + d[:j] + str((int(d[j]) + rng.choice([1, 9])) % 10) + d[j + 1:]
        key = "RE-" + "".join(ch for ch in shown if ch.isdigit())
        if shown == number or key == number and shown.replace(" ", "-") == number:
            continue
        if key in BYNUM and key != number and BYNUM[key]["customer_id"] == cid:
            continue
        return shown
    return None


def sc_typo(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    inv = rng.choice(pool(c, pdate))
    a = bal[inv["id"]]
    shown = typo_of(inv["number"], c["id"])
    if not shown or not amount_unique(c["id"], inv["currency"], a, [inv["id"]]):
        return False
    lang = c["lang"]
    w = rng.choice(INVW[lang])
    txt = f"{w} {shown}"
    if c["country"] in ("DE", "AT"):
        ref, rem = sepa(txt + f" Kd {c['custno']}", eref()), None
    else:
        ref, rem = (txt, None) if rng.random() < 0.6 else (None, txt)
    payer, cid = payer_for(c, force_id=True if rng.random() < 0.5 else None)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "applied", [(inv["id"], a)], "0.00", None, [],
         f"reference {shown} is a typo of {inv['number']}; exact balance, same customer", "typo_ref", lang,
         f"typo {shown} for {inv['number']}; no other open item of the customer has this amount")
    return True


NOREF = {"de": ["Zahlung", "Rechnungsausgleich", "Ausgleich offene Posten", None, "Überweisung"],
         "fr": ["Paiement", "Règlement", None], "it": ["Pagamento", "Bonifico", None],
         "cs": ["Platba", "Úhrada", None], "en": ["Payment", "Supplier payment", None]}


def sc_name_only(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    inv = rng.choice(pool(c, pdate))
    a = bal[inv["id"]]
    if not amount_unique(c["id"], inv["currency"], a, [inv["id"]]):
        return False
    lang = c["lang"]
    payer, cid = payer_for(c)
    ref = rng.choice(NOREF[L(lang)])
    if ref and c["country"] in ("DE", "AT") and rng.random() < 0.5:
        ref = sepa(ref, eref())
    emit(pdate, a, inv["currency"], payer, cid, ref, None, "applied", [(inv["id"], a)], "0.00", None, [],
         f"no reference; payer resolves to {c['name']} and only {inv['number']} has this amount",
         "amount_only", lang, f"no invoice reference; unique open amount {inv['number']}")
    return True


def sc_list(pdate):
    c = pick_cust(pdate, need=3)
    if not c:
        return False
    k = rng.randint(2, min(5, len(pool(c, pdate))))
    invs = sorted(rng.sample(pool(c, pdate), k), key=lambda i: i["number"])
    lang = c["lang"]
    tot = sum(bal[i["id"]] for i in invs)
    txt = inv_phrase(invs, lang)
    if c["country"] in ("DE", "AT") and rng.random() < 0.6 and len(txt) < 110:
        ref, rem = sepa(txt, eref()), None
    else:
        ref, rem = (txt, None) if rng.random() < 0.5 else (rng.choice(NOREF[L(lang)]), txt)
    payer, cid = payer_for(c)
    emit(pdate, tot, c["currency"], payer, cid, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs],
         "0.00", None, [], "listed invoices " + ", ".join(i["number"] for i in invs) + " sum to the payment",
         "list", lang, f"{k} invoices listed, amount = sum of balances")
    return True


def sc_range(pdate):
    c = pick_cust(pdate, need=4)
    if not c:
        return False
    p = sorted(pool(c, pdate), key=lambda i: i["number"])
    j = rng.randint(0, len(p) - 3)
    k = rng.randint(2, min(4, len(p) - j))
    invs = p[j:j + k]
    lo, hi = invs[0]["number"], invs[-1]["number"]
    # every open invoice of this customer inside the range must be in the set
    inside = [i for i in open_all(c["id"], c["currency"]) if lo <= i["number"] <= hi]
    if {i["id"] for i in inside} != {i["id"] for i in invs}:
        return False
    lang = c["lang"]
    tot = sum(bal[i["id"]] for i in invs)
    word = {"de": "bis", "fr": "à", "it": "a", "cs": "až", "en": "to"}[L(lang)]
    form = rng.choice([f"{lo} {word} {hi[3:]}", f"{lo}-{hi[3:]}", f"{lo[3:]} - {hi[3:]}", f"{lo} {word} {hi}"])
    txt = f"{INVS[L(lang)].capitalize()} {form}"
    ref, rem = (txt, None) if rng.random() < 0.6 else (None, txt)
    payer, cid = payer_for(c)
    emit(pdate, tot, c["currency"], payer, cid, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs],
         "0.00", None, [], f"range {form}: the customer's open invoices in it sum to the payment", "range", lang,
         f"range {lo}..{hi} covers {k} of this customer's invoices (other numbers in between belong to others)")
    return True


def avis_text(c, lang, rows, pdate, total):
    """rows: (invoice, gross, deduction, net, note)"""
    ln = L(lang)
    head = {"de": "Rechnung   Datum        Betrag      Abzug     Zahlbetrag",
            "fr": "Facture    Date         Montant     Déduction Net payé",
            "it": "Fattura    Data         Importo     Detrazione Netto",
            "cs": "Faktura    Datum        Částka      Srážka    K úhradě",
            "en": "Invoice    Date         Amount      Deduction Paid"}[ln]
    no = f"{rng.randint(2026000, 2026999)}"
    out = [f"{AVIS[ln]} {no} – {c['name']}", dfmt(pdate, lang), "", head]
    for inv, g, dd, n, nt in rows:
        num = inv["number"] if rng.random() < 0.7 else inv["number"][3:]
        out.append(f"{num:<10} {dfmt(date.fromisoformat(inv['issue_date']), lang):<12} {fmt(g, lang):>11} "
                   f"{fmt(dd, lang):>9} {fmt(n, lang):>12}" + (f"  {nt}" if nt else ""))
    out.append({"de": "Summe", "fr": "Total", "it": "Totale", "cs": "Celkem", "en": "Total"}[ln] +
               f" {c['currency']} {fmt(total, lang)}")
    return "\n".join(out), no


def sc_lump_avis(pdate):
    c = pick_cust(pdate, need=4)
    if not c:
        return False
    p = pool(c, pdate)
    k = rng.randint(3, min(8, len(p)))
    invs = sorted(rng.sample(p, k), key=lambda i: i["number"])
    lang = c["lang"]
    rows = [(i, bal[i["id"]], Decimal(0), bal[i["id"]], "") for i in invs]
    tot = sum(r[3] for r in rows)
    rem, no = avis_text(c, lang, rows, pdate, tot)
    ln = L(lang)
    reftxt = {"de": f"SAMMELUEBERWEISUNG LT. AVIS {no}", "fr": f"PAIEMENT GROUPE AVIS {no}",
              "it": f"PAGAMENTO CUMULATIVO AVVISO {no}", "cs": f"HROMADNA PLATBA AVIZO {no}",
              "en": f"BULK PAYMENT ADVICE {no}"}[ln]
    ref = sepa(reftxt, eref()) if c["country"] in ("DE", "AT") else reftxt
    payer, cid = payer_for(c)
    emit(pdate, tot, c["currency"], payer, cid, ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in invs],
         "0.00", None, [], f"remittance advice {no} lists {k} invoices that sum to the payment", "lump_avis", lang,
         f"Sammelüberweisung, avis with {k} lines")
    return True


def sc_lump_cut(pdate):
    c = pick_cust(pdate, need=7, filt=lambda c: c["country"] in ("DE", "AT"))
    if not c:
        return False
    p = sorted(pool(c, pdate), key=lambda i: i["number"])
    invs = sorted(rng.sample(p, rng.randint(6, min(9, len(p)))), key=lambda i: i["number"])
    body = "SVWZ+" + ", ".join(f"{rng.choice(['Rg.', 'Rechnung', 'RE'])} {i['number'][3:]} v. "
                               f"{dfmt(date.fromisoformat(i['issue_date']), 'de-DE')}" for i in invs)
    full = "EREF+" + eref() + " " + body
    cut = full[:140]
    visible = [i for i in invs if i["number"][3:] in cut]
    if len(visible) == len(invs):
        return False
    lang = c["lang"]
    tot = sum(bal[i["id"]] for i in invs)
    payer, cid = payer_for(c)
    rem = None
    rest = invs[len(visible):]
    # the cut-off invoices are recovered from the remittance advice
    rows = [(i, bal[i["id"]], Decimal(0), bal[i["id"]], "") for i in invs]
    rem, no = avis_text(c, lang, rows, pdate, tot)
    emit(pdate, tot, c["currency"], payer, cid, wrap(cut, rng.choice([1, 3])), rem, "applied",
         [(i["id"], bal[i["id"]]) for i in invs], "0.00", None, [],
         "Verwendungszweck cut at 140 chars; the avis lists all invoices and they sum to the payment",
         "lump_cut_avis", lang, f"{len(rest)} invoice numbers lost in the cut reference, present in the avis")
    return True


def sc_lump_all(pdate):
    cands = []
    for c in customers:
        if not c.get("small"):
            continue
        ops = open_all(c["id"], c["currency"])
        if 2 <= len(ops) <= 5 and all(i["id"] not in used for i in ops) and \
                all(date.fromisoformat(i["issue_date"]) <= pdate - timedelta(4) for i in ops):
            cands.append((c, ops))
    if not cands:
        return False
    c, ops = rng.choice(cands)
    tot = sum(bal[i["id"]] for i in ops)
    lang = c["lang"]
    txt = {"de": rng.choice(["Ausgleich Saldo lt. Kontoauszug", "Kontoausgleich per " + dfmt(pdate, lang),
                             "Ausgleich aller offenen Posten"]),
           "fr": "Solde de compte selon relevé", "it": "Saldo estratto conto", "cs": "Vyrovnání salda dle výpisu",
           "en": "Settlement of statement balance"}[L(lang)]
    payer, cid = payer_for(c)
    emit(pdate, tot, c["currency"], payer, cid, txt, None, "applied", [(i["id"], bal[i["id"]]) for i in ops],
         "0.00", None, [], "statement settlement: payment equals the sum of all open invoices", "lump_all", lang,
         f"pays the whole open balance ({len(ops)} invoices)")
    return True


def sc_partial(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    p = [i for i in pool(c, pdate) if bal[i["id"]] > 400 * FX[i["currency"]]]
    if not p:
        return False
    inv = rng.choice(p)
    b = bal[inv["id"]]
    a = q(b * Decimal(rng.choice(["0.5", "0.3", "0.25", "0.4", "0.6"])))
    if rng.random() < 0.5:
        a = Decimal(int(a / 100) * 100) or q(b / 2)
    lang = c["lang"]
    ln = L(lang)
    word = PART.get(lang, PART.get(ln))
    extra = rng.choice([f"{word}", f"1. {word}" if ln == "de" else word,
                        f"{word} {fmt(a, lang)} {inv['currency']}"])
    ref, rem = single_ref(inv, c, lang, extra)
    if rem is None and word.split()[0] not in (ref or ""):
        rem = f"{word} {inv['number']}"
    payer, cid = payer_for(c)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "partial", [(inv["id"], a)], "0.00", None, [],
         f"part payment on {inv['number']}; {s(b - a)} stays open", "partial", lang,
         f"explicit {word} on {inv['number']}")
    part_paid.append((inv, c))
    return True


def sc_rest(pdate):
    p = [(i, c) for i, c in part_paid if bal[i["id"]] > 0]
    if not p:
        return False
    inv, c = rng.choice(p)
    part_paid.remove((inv, c))
    a = bal[inv["id"]]
    lang = c["lang"]
    extra = REST[L(lang)]
    ref, rem = single_ref(inv, c, lang, extra)
    if rem is None and extra not in (ref or ""):
        rem = f"{extra} {inv['number']}"
    payer, cid = payer_for(c)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "applied", [(inv["id"], a)], "0.00", None, [],
         f"remaining balance of {inv['number']} after an earlier part payment", "rest_after_partial", lang,
         "second half of a part-paid invoice; amount equals what the earlier payment left")
    return True


def sc_skonto(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    p = pool(c, pdate, full_only=True)
    if not p:
        return False
    inv = rng.choice(p)
    b = bal[inv["id"]]
    pct = rng.choice([2, 2, 3]) if c["country"] != "CH" else 2
    ded = q(b * pct / 100)
    a = b - ded
    lang = c["lang"]
    tmpl = SKONTO.get(lang, SKONTO.get(L(lang)))
    extra = tmpl.format(p=pct)
    if rng.random() < 0.5:
        extra += f" {fmt(ded, lang)}"
    if rng.random() < 0.3:
        rows = [(inv, b, ded, a, f"Skonto {pct}%" if L(lang) == "de" else f"{pct}%")]
        rem, no = avis_text(c, lang, rows, pdate, a)
        ref = f"{AVIS[L(lang)].upper()} {no}"
    else:
        ref, rem = single_ref(inv, c, lang, extra)
        if rem is None and f"{pct}" not in (ref or "").replace("\n", ""):
            rem = f"{inv['number']} {extra}"
        if ref and "Skonto" not in ref and "%" not in ref and rem is None:
            rem = extra
    payer, cid = payer_for(c)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "partial", [(inv["id"], a)], "0.00",
         {"invoice_id": inv["id"], "amount": s(ded), "reason": f"early payment discount (Skonto) {pct}%"}, [],
         f"{inv['number']} paid less {pct}% cash discount", "short_skonto", lang,
         f"Skonto {pct}% = {s(ded)} deducted from {s(b)}")
    return True


def sc_short_reason(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    p = [i for i in pool(c, pdate) if bal[i["id"]] > 600 * FX[i["currency"]]]
    if not p:
        return False
    inv = rng.choice(p)
    b = bal[inv["id"]]
    key = rng.choice(list(REASONS))
    lang = c["lang"]
    ln = L(lang)
    if key == "bank charges":
        ded = q(rng.choice([7.5, 12, 15, 18.5, 25]) * FX[inv["currency"]])
    else:
        ded = q(b * Decimal(rng.choice(["0.04", "0.08", "0.12", "0.15", "0.2"])))
    a = b - ded
    rtxt = REASONS[key][ln].format(n=rng.randint(1, 6))
    extra = f"{LESS[ln]} {fmt(ded, lang)} {rtxt}"
    ref, rem = single_ref(inv, c, lang)
    rem = (rem + "\n" if rem else "") + f"{inv['number']}: {extra}"
    payer, cid = payer_for(c)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "partial", [(inv["id"], a)], "0.00",
         {"invoice_id": inv["id"], "amount": s(ded), "reason": key}, [],
         f"{inv['number']} short paid by {s(ded)}: {key}", "short_reason", lang,
         f"deduction {s(ded)} with stated reason ({key})")
    return True


def sc_overpay(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    p = pool(c, pdate)
    part = [i for i in p if Decimal(i["balance"]) < Decimal(i["total"])]
    lang = c["lang"]
    if part and rng.random() < 0.6:
        inv = rng.choice(part)
        a = Decimal(inv["total"])
        why = "customer paid the invoice total although part of it was already settled"
    else:
        inv = rng.choice(p)
        a = bal[inv["id"]] + q(rng.choice([10, 50, 100, 250, 1000]) * FX[inv["currency"]])
        why = "payment exceeds the balance"
    b = bal[inv["id"]]
    if not amount_unique(c["id"], inv["currency"], a, [inv["id"]]):
        return False
    ref, rem = single_ref(inv, c, lang)
    payer, cid = payer_for(c)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "unapplied", [(inv["id"], b)], a - b, None, [],
         f"{inv['number']} paid in full, {s(a - b)} left as unapplied cash", "overpayment", lang, why)
    return True


def sc_second(pdate):
    p = [(i, c, pid) for i, c, pid in paid_full if bal[i["id"]] == 0]
    if not p:
        return False
    inv, c, first = rng.choice(p)
    paid_full.remove((inv, c, first))
    a = Decimal(inv["balance"])
    lang = c["lang"]
    ref, rem = single_ref(inv, c, lang)
    payer, cid = payer_for(c, force_id=True if rng.random() < 0.6 else None)
    emit(pdate, a, inv["currency"], payer, cid, ref, rem, "unapplied", [], a, None, [],
         f"{inv['number']} was already paid by {first}; held as unapplied cash", "second_payment", lang,
         f"duplicate payment of {inv['number']} (first: {first})")
    return True


def sc_prepay(pdate):
    c = pick_cust(pdate, filt=lambda c: c["country"] != "US")
    if not c:
        return False
    lang = c["lang"]
    cur = c["currency"]
    a = q(rng.uniform(2000, 60000) * FX[cur])
    a = Decimal(int(a / 10) * 10)
    if not amount_unique(c["id"], cur, a, []):
        return False
    ab = f"{rng.randint(7000, 7999)}"
    ln = L(lang)
    txt = {"de": f"Anzahlung lt. Auftragsbestaetigung AB-{ab}", "fr": f"Acompte sur commande confirmée AB-{ab}",
           "it": f"Anticipo conferma d'ordine AB-{ab}", "cs": f"Záloha dle potvrzení objednávky AB-{ab}",
           "en": f"Down payment order confirmation AB-{ab}"}[ln]
    ref = sepa(txt, eref()) if c["country"] in ("DE", "AT") else txt
    payer, _ = payer_for(c)
    emit(pdate, a, cur, payer, c["id"], ref, None, "unapplied", [], a, None, [],
         f"advance payment for order AB-{ab}; no invoice yet, held on account", "prepayment", lang,
         "known customer (customer_id given), down payment for an order, fits no open invoice")
    return True


FACTORS = [("Nordkontor Factoring GmbH", "de-DE"), ("Alpenländische Finanz-Factoring AG", "de-AT"),
           ("Helvetia Debitoren Service AG", "de-CH"), ("Credito Ponte Factoring S.p.A.", "it"),
           ("Factorix Financement SA", "fr"), ("Rhein-Main Einkaufsfinanz GmbH", "de-DE")]


def sc_factoring(pdate):
    c = pick_cust(pdate, filt=lambda c: c["country"] not in ("US", "CZ"))
    if not c:
        return False
    k = 1 if rng.random() < 0.6 else 2
    p = pool(c, pdate)
    if len(p) < k:
        return False
    invs = rng.sample(p, k)
    fac, flang = rng.choice(FACTORS)
    ln = L(flang)
    nums = " ".join(i["number"] for i in invs)
    txt = {"de": f"Zahlung im Auftrag von {c['name']}, {INVS['de']} {nums}",
           "fr": f"Paiement pour le compte de {c['name']}, factures {nums}",
           "it": f"Pagamento per conto di {c['name']}, fatture {nums}",
           "en": f"Payment on behalf of {c['name']}, invoices {nums}"}[ln]
    tot = sum(bal[i["id"]] for i in invs)
    if rng.random() < 0.5:
        ref, rem = f"FAKT {rng.randint(100000, 999999)} {nums}", txt
    else:
        ref, rem = sepa(txt[:120], eref()) if ln == "de" else txt, None
        if c["name"][:20] not in ref.replace("\n", ""):
            rem = txt
    emit(pdate, tot, c["currency"], bank_name(fac, rng.choice([0, 1, 2])), None, ref, rem, "applied",
         [(i["id"], bal[i["id"]]) for i in invs], "0.00", None, [],
         f"factoring company pays {nums} for {c['name']}; exact balance", "factoring", flang,
         f"third-party payer {fac}, customer named in remittance")
    return True


def sc_po_lookalike(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    inv = rng.choice(pool(c, pdate))
    a = bal[inv["id"]]
    if not amount_unique(c["id"], inv["currency"], a, [inv["id"]]):
        return False
    others = [i for i in invoices if i["customer_id"] != c["id"] and bal[i["id"]] != a]
    po = rng.choice(others)["number"][3:]
    lang = c["lang"]
    txt = {"de": rng.choice([f"Bestellung {po}", f"Best.-Nr. {po}", f"Unsere Bestellnr. {po}"]),
           "fr": f"Notre commande {po}", "it": f"Ns. ordine n. {po}", "cs": f"Objednávka č. {po}",
           "en": f"PO {po}"}[L(lang)]
    ref = sepa(txt, eref()) if c["country"] in ("DE", "AT") else txt
    payer, cid = payer_for(c, force_id=True if rng.random() < 0.5 else None)
    emit(pdate, a, inv["currency"], payer, cid, ref, None, "applied", [(inv["id"], a)], "0.00", None, [],
         f"{po} is the customer's order number (RE-{po} belongs to another customer); amount matches only "
         f"{inv['number']}", "po_lookalike", lang, f"PO {po} looks like invoice RE-{po} of another customer")
    return True


def sc_amb_same(pdate):
    p = [d for d in DUP_CUST if bal[d[1]["id"]] > 0 and bal[d[2]["id"]] > 0 and d[2]["issue_date"] <= pdate.isoformat()]
    if not p:
        return False
    c, a, b = rng.choice(p)
    DUP_CUST.remove((c, a, b))
    amt = bal[a["id"]]
    lang = c["lang"]
    payer, cid = payer_for(c)
    ref = rng.choice(NOREF[L(lang)])
    first, second = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
    emit(pdate, amt, c["currency"], payer, cid, ref, None, "review", [], amt, None,
         [[first["id"]], [second["id"]]],
         f"no reference; {a['number']} and {b['number']} both have this balance", "ambiguous_same_amount", lang,
         "two open invoices of the customer with the identical amount, nothing to tell them apart; older due first")
    return True


def sc_amb_conflict(pdate):
    c = pick_cust(pdate, need=3)
    if not c:
        return False
    p = pool(c, pdate)
    x, y = rng.sample(p, 2)
    amt = bal[y["id"]]
    if bal[x["id"]] == amt or not amount_unique(c["id"], c["currency"], amt, [y["id"]]) or bal[x["id"]] < amt:
        return False
    lang = c["lang"]
    ref, rem = single_ref(x, c, lang)
    payer, cid = payer_for(c)
    emit(pdate, amt, c["currency"], payer, cid, ref, rem, "review", [], amt, None, [[x["id"]], [y["id"]]],
         f"reference names {x['number']} but the amount is exactly {y['number']}'s balance",
         "ambiguous_ref_vs_amount", lang,
         "part payment of the referenced invoice or wrong reference for the exact-amount one; referenced first")
    used.update([x["id"], y["id"]])
    return True


def sc_amb_subset(pdate):
    p = [d for d in SUBSET if d[3]["issue_date"] <= pdate.isoformat() and d[2]["issue_date"] <= pdate.isoformat()
         and d[1]["issue_date"] <= pdate.isoformat()]
    if not p:
        return False
    c, A, B, Cc = rng.choice(p)
    SUBSET.remove((c, A, B, Cc))
    amt = bal[Cc["id"]]
    lang = c["lang"]
    payer, cid = payer_for(c)
    ref = rng.choice(NOREF[L(lang)])
    emit(pdate, amt, c["currency"], payer, cid, ref, None, "review", [], amt, None,
         [[Cc["id"]], sorted([A["id"], B["id"]])],
         f"no reference; {Cc['number']} alone or {A['number']} + {B['number']} fit the amount",
         "ambiguous_subset", lang, "one invoice or a pair of invoices both sum to the payment")
    return True


def sc_amb_name(pdate):
    p = [d for d in PAIR_DUP if d[3]["issue_date"] <= pdate.isoformat() and d[4]["issue_date"] <= pdate.isoformat()]
    if not p:
        return False
    c1, c2, base, a, b = rng.choice(p)
    PAIR_DUP.remove((c1, c2, base, a, b))
    amt = bal[a["id"]]
    payer = bank_name(base + " XX", 0)[:len(base)].strip() if rng.random() < 0.5 else bank_name(c1["name"], 0)
    if resolves(payer) != sorted([c1["id"], c2["id"]]) and len(resolves(payer)) < 2:
        payer = base.translate(TRANS).upper()
    emit(pdate, amt, c1["currency"], payer, None, rng.choice(NOREF[L(c1["lang"])]), None, "review", [], amt, None,
         [[a["id"]], [b["id"]]],
         f"payer name fits {c1['name']} and {c2['name']}; both have an open invoice of this amount",
         "ambiguous_payer", c1["lang"], "truncated payer name matches two related companies")
    return True


def sc_amb_other(pdate):
    y = pick_cust(pdate, filt=lambda c: c["country"] in ("DE", "AT", "CH"))
    x = pick_cust(pdate, filt=lambda c: c["currency"] == (y or {}).get("currency") and c is not y)
    if not x or not y:
        return False
    inv = rng.choice(pool(x, pdate))
    amt = bal[inv["id"]]
    if not amount_unique(y["id"], inv["currency"], amt, []):
        return False
    lang = y["lang"]
    ref, rem = single_ref(inv, x, lang)
    payer, _ = payer_for(y)
    emit(pdate, amt, inv["currency"], payer, y["id"], ref, rem, "review", [], amt, None, [[inv["id"]]],
         f"known customer {y['name']} pays {inv['number']} of {x['name']}", "ambiguous_other_customer", lang,
         "customer_id says one customer, reference and amount point to another customer's invoice")
    used.add(inv["id"])
    return True


STRANGERS = [("HANS-PETER LUTZ", "de-DE"), ("SCHNEIDER WERKZEUGE OHG", "de-DE"), ("Ing. Walter Pichler", "de-AT"),
             ("STADTWERKE NORDHAUSEN", "de-DE"), ("Garage Zbinden GmbH", "de-CH"), ("MARTINA FERRARI", "it"),
             ("SARL BATI-EST", "fr"), ("JAN SVOBODA", "cs"), ("TECHNOPARK VERWALTUNGS GMBH", "de-DE"),
             ("Lakeside Fabrication LLC", "en"), ("ERBENGEMEINSCHAFT ROTH", "de-DE"), ("Alpin Metall Ges.m.b.H.", "de-AT")]


def sc_unknown(pdate):
    payer, lang = rng.choice(STRANGERS)
    cur = {"cs": "CZK", "en": "USD", "de-CH": "CHF"}.get(lang, "EUR")
    amt = q(rng.uniform(50, 9000) * FX[cur])
    if any(bal[i["id"]] == amt for i in invoices if i["currency"] == cur):
        return False
    ref = rng.choice([f"Rechnung {rng.randint(1, 999)}/2026", "Kaution Halle 3", f"Auftrag {rng.randint(100, 999)}",
                      None, f"Ref {rng.randint(10000000, 99999999)}", "Erstattung", "Gutschrift"])
    emit(pdate, amt, cur, payer, None, ref, None, "review", [], amt, None, [],
         "payer not a customer and nothing matches an open invoice", "unknown_payer", lang,
         "unknown payer, reference matches nothing")
    return True


def sc_unknown_match(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    inv = rng.choice(pool(c, pdate))
    amt = bal[inv["id"]]
    if sum(1 for i in invoices if bal[i["id"]] == amt and i["currency"] == inv["currency"]) != 1:
        return False
    payer, lang = rng.choice([s_ for s_ in STRANGERS if s_[1][:2] == c["lang"][:2]] or STRANGERS)
    emit(pdate, amt, inv["currency"], payer, None, None, None, "review", [], amt, None, [[inv["id"]]],
         f"unknown payer without reference; amount equals only {inv['number']} of {c['name']}",
         "unknown_payer_amount_match", lang, "amount alone is not enough to apply cash from a stranger")
    used.add(inv["id"])
    return True


def sc_fx(pdate):
    c = pick_cust(pdate, filt=lambda c: c["currency"] in ("CHF", "CZK", "USD") and not c["alt_currency"])
    if not c:
        return False
    inv = rng.choice(pool(c, pdate))
    b = bal[inv["id"]]
    rate = {"CHF": Decimal("1.06"), "CZK": Decimal("0.0398"), "USD": Decimal("0.92")}[inv["currency"]]
    amt = q(b * rate)
    lang = c["lang"]
    ref, rem = single_ref(inv, c, lang)
    payer, cid = payer_for(c)
    emit(pdate, amt, "EUR", payer, cid, ref, rem, "review", [], amt, None, [[inv["id"]]],
         f"EUR payment for {inv['currency']} invoice {inv['number']}; cash cannot be applied across currencies",
         "currency_mismatch", lang, f"invoice in {inv['currency']}, paid in EUR")
    used.add(inv["id"])
    return True


BAD = ["zero", "negative", "no_currency", "bad_date", "bad_currency"]


def sc_bad(pdate, kind=None):
    kind = kind or rng.choice(BAD)
    c = pick_cust(pdate)
    inv = rng.choice(pool(c, pdate))
    lang = c["lang"]
    ref, rem = single_ref(inv, c, lang)
    payer, cid = payer_for(c)
    b = bal[inv["id"]]
    extra = {}
    cands = [[inv["id"]]]
    if kind == "zero":
        amt, why = Decimal(0), "zero amount"
        cands = []
    elif kind == "negative":
        amt, why = -b, "negative amount (returned transfer / R-transaction)"
        ref = "RUECKUEBERWEISUNG " + (ref or "").replace("\n", " ")[:80]
        cands = []
    elif kind == "no_currency":
        amt, why = b, "currency missing"
        extra["cur_override"] = None
    elif kind == "bad_currency":
        amt, why = b, "currency code not ISO 4217"
        extra["cur_override"] = {"EUR": "EURO", "CHF": "SFR", "CZK": "KC", "USD": "US$"}[inv["currency"]]
    else:
        amt, why = b, "impossible booking date"
        extra["date_override"] = rng.choice(["2026-02-30", "31.01.2026", "2026-13-02"])
    emit(pdate, amt, inv["currency"], payer, cid, ref, rem, "review", [], amt, None, cands,
         f"bad row: {why}", "bad_row", lang, f"bad row ({kind}); nothing applied", **extra)
    return True


def sc_lump_skonto(pdate):
    c = pick_cust(pdate, need=4, filt=lambda c: c["country"] in ("DE", "AT", "CH", "IT", "CZ"))
    if not c:
        return False
    p = pool(c, pdate)
    invs = sorted(rng.sample(p, rng.randint(3, min(5, len(p)))), key=lambda i: i["number"])
    full = [i for i in invs if Decimal(i["balance"]) == Decimal(i["total"])]
    if not full:
        return False
    sk = rng.choice(full)
    lang = c["lang"]
    pct = 2 if c["country"] == "CH" else rng.choice([2, 3])
    rows, apps = [], []
    for i in invs:
        b = bal[i["id"]]
        if i is sk:
            d = q(b * pct / 100)
            rows.append((i, b, d, b - d, f"Skonto {pct}%" if L(lang) == "de" else f"{pct}%"))
            apps.append((i["id"], b - d))
        else:
            rows.append((i, b, Decimal(0), b, ""))
            apps.append((i["id"], b))
    tot = sum(a for _, a in apps)
    rem, no = avis_text(c, lang, rows, pdate, tot)
    ref = f"{AVIS[L(lang)].upper()} {no}"
    if c["country"] in ("DE", "AT"):
        ref = sepa(ref, eref())
    payer, cid = payer_for(c)
    ded = rows[invs.index(sk)][2]
    emit(pdate, tot, c["currency"], payer, cid, ref, rem, "partial", apps, "0.00",
         {"invoice_id": sk["id"], "amount": s(ded), "reason": f"early payment discount (Skonto) {pct}%"}, [],
         f"avis {no}: {len(invs)} invoices, {sk['number']} less {pct}% Skonto", "lump_avis_skonto", lang,
         f"Sammelüberweisung where one line takes {pct}% Skonto ({s(ded)})")
    return True


def sc_known_no_fit(pdate):
    c = pick_cust(pdate)
    if not c:
        return False
    cur = c["currency"]
    a = q(rng.uniform(300, 12000) * FX[cur])
    if not amount_unique(c["id"], cur, a, []):
        return False
    lang = c["lang"]
    payer, _ = payer_for(c)
    ref = rng.choice([w for w in NOREF[L(lang)] if w])
    emit(pdate, a, cur, payer, c["id"], ref, None, "unapplied", [], a, None, [],
         f"known customer {c['name']}; the amount fits no open invoice or pair; held on account",
         "known_customer_no_fit", lang, "customer_id given, no reference, no invoice or pair of invoices fits")
    return True


# ---------------------------------------------------------------- run
PLAN = {sc_exact: 82, sc_alt_currency: 8, sc_typo: 15, sc_name_only: 25, sc_list: 28, sc_range: 10,
        sc_lump_avis: 22, sc_lump_cut: 6, sc_lump_all: 8, sc_partial: 20, sc_skonto: 28, sc_short_reason: 16,
        sc_overpay: 12, sc_prepay: 8, sc_factoring: 12, sc_po_lookalike: 10, sc_amb_same: 9, sc_amb_conflict: 8,
        sc_amb_subset: 6, sc_amb_name: 4, sc_amb_other: 5, sc_unknown: 10, sc_unknown_match: 3, sc_fx: 6,
        sc_lump_skonto: 7, sc_known_no_fit: 5}
LATE = {sc_rest: 8, sc_second: 10}
seq = [f for f, n in PLAN.items() for _ in range(n)]
rng.shuffle(seq)
for f, n in LATE.items():
    for _ in range(n):
        seq.insert(rng.randint(len(seq) // 2, len(seq)), f)
bad_kinds = BAD + ["negative", "no_currency", "bad_date"]
for kind in bad_kinds:
    seq.insert(rng.randint(20, len(seq)), ("bad", kind))
NPAY = len(seq)
start = date(2026, 1, 7)
days = [start + timedelta(d) for d in range(0, 73) if (start + timedelta(d)).weekday() < 5]
pdates = sorted(rng.choice(days) for _ in range(NPAY))
for k, f in enumerate(seq):
    pdate = pdates[k]
    ok = False
    for attempt in range(8):
        if isinstance(f, tuple):
            ok = sc_bad(pdate, f[1])
        else:
            ok = f(pdate)
        if ok:
            break
    if not ok:
        sc_exact(pdate)

json.dump(invoices, open(os.path.join(OUT, "invoices.json"), "w"), ensure_ascii=False, indent=1)
json.dump(payments, open(os.path.join(OUT, "payments.json"), "w"), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(invoices), "invoices", len(payments), "payments")
print(Counter(l["status"] for l in labels))
print(Counter(l["scenario"] for l in labels))

# ---------------------------------------------------------------- README
st_c = Counter(l["status"] for l in labels)
sc_c = Counter(l["scenario"] for l in labels)
lang_c = Counter(LANGS)
cur_c = Counter(str(p["currency"]) for p in payments)
inv_cur = Counter(i["currency"] for i in invoices)
sc_status = {}
for l in labels:
    sc_status.setdefault(l["scenario"], l["status"])


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


README = f"""# Blind cash-application set `dach_machinery` (blind258)

Theme: a made-up machine-tool maker and spare-parts supplier in the DACH region billing manufacturers and
dealers in Germany, Austria, Switzerland, Italy, France, Czechia and the US. Every company, person, reference
and amount is invented. Built blind from `contracts/cash-application.md` only, by `build.py` (seed {SEED},
stdlib only). `check.py` replays the ledger and re-verifies every label; it exits non-zero on a problem.

## Files

| file | content |
|---|---|
| `dach_machinery/invoices.json` | {len(invoices)} open invoices of {len(customers)} customers (`RE-40001`... numbered by issue date; ids `i-NNNNN` shuffled so ids and numbers never coincide) |
| `dach_machinery/payments.json` | {len(payments)} bank credits, oldest first (2026-01-07 .. 2026-03-20) |
| `dach_machinery/labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` (`[scenario, locale] ...`) |
| `build.py` / `check.py` | generator / verifier |

Invoice currencies: {dict(inv_cur)}. Payment currencies: {dict(cur_c)} (`None`/odd codes are bad rows).

## Label conventions

- `applications` amounts are what this payment takes from each invoice; `unapplied` is the rest; they add up to
  the payment. Balances are replayed in order (a later payment only sees what earlier ones left).
- `applied`: the whole payment is applied, `unapplied` = `0.00`, `short_pay` null.
- `partial`: applied, an invoice stays open on purpose. Explicit part payments (Teilzahlung, Akontozahlung, acconto,
  acompte, částečná úhrada, part payment) have `short_pay: null`. Deductions with a reason (Skonto, transport
  damage, short delivery, price difference, bank charges, freight, defect) have
  `short_pay = {{invoice_id, amount = what stays open on that invoice, reason}}`. `reason` is free text
  (Skonto is labelled `early payment discount (Skonto) N%`; others with an English key such as `short delivery`).
  Skonto is treated as a short pay even when the Skonto period looks expired: whether to grant it is the
  deduction case's job, not cash application's.
- `unapplied`: overpayment (the invoice is listed in `applications`, the excess in `unapplied`), a second payment
  of an invoice an earlier payment in this file already cleared (nothing applied), a down payment on an order
  confirmation (`AB-7xxx`, not an invoice), or a known customer (`customer_id` given) whose amount fits no open
  invoice and no pair of invoices.
- `review`: nothing applied, `unapplied` = the payment amount (so the sum rule still holds), `candidates` = a list
  of invoice-id lists, best first, e.g. `[["i-00751"], ["i-00716"]]`. `[]` when nothing is a likely candidate.
- `reason` is a human explanation, not meant for exact comparison.
- Bad rows (the contract defines no `error` field, so none is added): zero amount, negative amount (returned
  transfer), missing currency, non-ISO currency (`EURO`, `SFR`, `KC`, `US$`), impossible or non-ISO booking date.
  Labelled `review`, nothing applied, `unapplied` = the amount as given; candidates name the referenced invoice
  where the row is otherwise clear (missing/odd currency, bad date) and are empty for zero/negative amounts.
- A payer without `customer_id` counts as identified only if its normalised name (umlauts transliterated, case,
  punctuation and `&`/`+` removed) is a prefix of exactly one customer's name; the generator sets `customer_id`
  whenever the bank spelling would not resolve.

## Counts

Per status:

{table(sorted(st_c.items()), ["status", "payments"])}

Per scenario:

{table([(k, sc_status[k], v) for k, v in sorted(sc_c.items(), key=lambda t: -t[1])], ["scenario", "status", "payments"])}

Per locale of the remittance / customer (`note` prefix):

{table(sorted(lang_c.items(), key=lambda t: -t[1]), ["locale", "payments"])}

## Bank data and what is deliberately hard

- SEPA Verwendungszweck with `EREF+` / `KREF+` / `SVWZ+` tags, cut at 140 characters and re-wrapped the way
  statement exports do it: 27-character chunks joined by newlines, by spaces (so `RE-410 02` or `Rechnu ngen`
  happens) or glued together. EREFs and KREFs (`ZV2026...`, `4500...` SAP order numbers) are digit noise.
- `lump_cut_avis`: a Sammelüberweisung whose invoice list is cut off inside the 140 characters (`Rechnu`);
  the full list is only in the separate Zahlungsavis in `remittance`.
- Swiss QR-bill references: 27-digit QRR (customer number + invoice digits + mod-10 recursive check digit), raw or
  in blocks of 5, and ISO 11649 SCOR creditor references (`RF.. ` with the invoice digits, with or without `RE`).
  Austrian `Zahlungsreferenz` as 12-digit zero-padded numbers; Czech `VS:` variable symbols.
- Invoice numbers written `RE-40123`, `RE40123`, `RE 40123`, `40123`, `Rg.`, `Re.-Nr.`, `fattura n.`,
  `facture n°`, `faktura č.`; typos (transposed or changed digits, `l` for 1, `O` for 0, dropped digit).
- Ranges (`RE-40673 à RE-40744`, `40211 - 40290`) span numbers of other customers; only the payer's open invoices
  inside the range count.
- Amount formats per locale in avis and texts: `1.234,56`, `1'234.56`, `1 234,56`, `1,234.56`; Austrian
  `Jänner`; Swiss `Akontozahlung`, Italian `acconto`/`saldo`, French `acompte`/`escompte`, Czech `záloha`/`doplatek`.
- Payer names as banks print them: upper case, umlauts transliterated (`SCHAEFER`), `&` → `+` or `U.`, cut at
  22/27/35 characters mid-word; four pairs of related companies whose cut names are identical.
- Factoring / purchase-finance companies pay for customers (`customer_id` null, customer named in the text).
- PO numbers (`Bestellung 40420`, `Ns. ordine n. ...`, `PO ...`) that are real invoice numbers of *another*
  customer; the amount fits exactly one open invoice of the payer.
- Genuinely ambiguous → `review`: two open invoices with the same amount; a reference to one invoice with the exact
  amount of another (candidates: referenced first); one invoice vs. a pair summing to the same amount; a payer name
  that fits two related companies; a known customer paying another customer's invoice; an unknown payer whose
  amount happens to match one open invoice; EUR paid against CHF/CZK/USD invoices.
- Swiss customers have both CHF and EUR invoices; EUR payments of their EUR invoices are normal applications.

## Ambiguities in the contract and how they were labelled

- No `error` field or bad-row status exists, so bad rows are `review` with nothing applied.
- The candidate format is not specified: a list of invoice-id lists is used.
- `review` rows set `unapplied` to the full amount, so the rule "applications and `unapplied` add up to the
  payment" holds for every row.
- Reference vs. amount conflict: candidates list the referenced invoice first.
- Part payment vs. short pay: `short_pay` is set only when the text states a deduction with a reason.
"""
open(os.path.join(HERE, "README.md"), "w").write(README)
