#!/usr/bin/env python3
"""Blind test set for the cash-application contract (theme: NL/DE horticulture exporter).
Deterministic, stdlib only. Writes invoices.json, payments.json, labels.json, README.md."""
import json, random, os, itertools, unicodedata
from decimal import Decimal as D
from datetime import date, timedelta
from collections import Counter, defaultdict

R = random.Random(308)
HERE = os.path.dirname(os.path.abspath(__file__))
Q = D("0.01")
def m(x): return D(x).quantize(Q)
def s(x): return str(m(x))

# ---------------------------------------------------------------- customers
CUR = {"NL": "EUR", "DE": "EUR", "BE": "EUR", "FR": "EUR", "UK": "GBP", "PL": "PLN",
       "CH": "CHF", "SE": "SEK", "US": "USD"}
NAMES = {
 "NL": ["Bloemengroothandel Van der Kraan B.V.", "Tuincentrum De Linde Zeist B.V.", "Tuincentrum De Linde Houten B.V.",
        "Hoveniersbedrijf Groenrijk Oost V.O.F.", "Florabrug Aalsmeer Handelsonderneming B.V.", "Supermarkt Vershoek Inkoop B.V.",
        "Plantenhuis Moerkapelle B.V.", "Kwekerij 't Hofland", "Bloemenveiling Clearing Westland B.V.", "Groenvoorziening Kempenaar B.V.",
        "Tuinwereld Drenthe B.V.", "Bloemsierkunst Lelieveld", "Vershoek Filiaal Distributie B.V.", "Hortus Retail Nederland B.V."],
 "DE": ["Blumengroßhandel Krämer & Söhne GmbH", "Gartencenter Grünwerk Süd GmbH & Co. KG", "Gartencenter Grünwerk Nord GmbH & Co. KG",
        "Landschaftsbau Eichhorn GmbH", "Frischmarkt Zentraleinkauf AG", "Floristik Bedarf Rheinland GmbH", "Pflanzenhof Düsseldorfer Straße GmbH",
        "Baumschule Wegener KG", "Blumen-Clearing Niederrhein eG", "Gärtnerei Mühlbauer GmbH", "Garten- und Landschaftsbau Fröhlich GmbH",
        "Frischmarkt Regionalgesellschaft West GmbH", "Blütenwerk Handels GmbH", "Zierpflanzen Großmarkt Hamburg GmbH"],
 "BE": ["Bloemen Vandecasteele BV", "Tuincentrum Groene Vallei NV", "Fleurop Grossiste Wallonie SRL", "Aménagement Jardins Dufour SRL",
        "Supermarché Carrefleur Belgique SA", "Plantencentrum Maes BV", "Bloemenhal Gent BV", "Horticulture Lambert SRL"],
 "FR": ["Fleurs de France Grossiste SAS", "Jardinerie Les Quatre Saisons SARL", "Paysages Martin et Fils SARL", "Hypermarchés Verdelys SA",
        "Grossiste Floral Rungis SAS", "Jardinerie du Val de Loire SAS", "Pépinières Bonnefoy SARL", "Centrale d'Achats Verdelys SNC"],
 "UK": ["Hartley Flowers Wholesale Ltd", "Greenacre Garden Centres Ltd", "Thornbury Landscapes Ltd", "Fresh Basket Stores plc",
        "Covent Bloom Distributors Ltd", "Marlow Nurseries Ltd", "Pennine Garden World Ltd", "Fresh Basket Property & Floral Ltd"],
 "PL": ["Kwiaty Hurt Nowak Sp. z o.o.", "Centrum Ogrodnicze Zielony Zakątek Sp. z o.o.", "Ogrody Wiśniewski Sp.j.", "Sieć Handlowa Dobry Koszyk S.A.",
        "Hurtownia Florystyczna Łódź Sp. z o.o.", "Szkółka Roślin Kowalczyk"],
 "CH": ["Blumen Grosshandel Zürisee AG", "Gartencenter Alpenrose AG", "Gartenbau Huber & Partner GmbH", "Detailhandel Frischpunkt Genossenschaft",
        "Fleurs Léman SA"],
 "SE": ["Blomstergrossisten Norden AB", "Trädgårdscenter Grönt & Skönt AB", "Anläggning Lindqvist AB", "Livs Matkedjan Inköp AB",
        "Växthuset Skåne AB"],
 "US": ["Bloomfield Floral Wholesale Inc.", "Garden Depot Stores LLC", "Evergreen Landscape Group Inc.", "FreshCart Markets Inc.",
        "Liberty Floral Clearing Corp.", "Prairie Nursery Supply LLC"],
}
LANG = {"NL": "nl", "DE": "de", "BE": R.choice, "FR": "fr", "UK": "en", "PL": "pl", "CH": "de", "SE": "sv", "US": "en"}
customers = []
for cc, names in NAMES.items():
    for n in names:
        cid = "c-%03d" % (len(customers) + 1)
        kind = ("clearing" if "Clearing" in n else
                "supermarket" if any(k in n for k in ["Supermar", "Vershoek", "Frischmarkt", "Carrefleur", "Verdelys", "Fresh Basket",
                                                       "Dobry Koszyk", "Frischpunkt", "Matkedjan", "FreshCart"]) else "trade")
        customers.append({"id": cid, "name": n, "cc": cc, "cur": CUR[cc], "kind": kind})
CUST = {c["id"]: c for c in customers}
def cust_lang(c):
    if c["cc"] == "BE":
        return "fr" if any(k in c["name"] for k in ["SRL", "SA", "Fleurop", "Aménagement"]) else "nl"
    if c["cc"] == "CH":
        return "fr" if "Léman" in c["name"] else "de"
    return LANG[c["cc"]]

# ---------------------------------------------------------------- invoices
FX = {"EUR": 1, "GBP": D("0.85"), "PLN": D("4.3"), "CHF": D("0.95"), "SEK": D("11.2"), "USD": D("1.08")}
batches = []
d0 = date(2025, 9, 15)
for c in customers:
    nb = R.randint(8, 15) if c["kind"] != "clearing" else 8
    for _ in range(nb):
        k = 1 if R.random() < 0.75 else R.randint(2, 5)
        if c["kind"] == "clearing": k = R.randint(3, 6)
        batches.append((d0 + timedelta(R.randint(0, 138)), c["id"], k))
batches.sort()
invoices, seq = [], Counter()
for dt, cid, k in batches:
    c = CUST[cid]
    for _ in range(k):
        yy = dt.year % 100
        seq[yy] += 1
        num = "FV%02d%04d" % (yy, seq[yy] + (800 if yy == 25 else 0))
        base = {"supermarket": (800, 24000), "clearing": (300, 6000), "trade": (120, 9000)}[c["kind"]]
        tot = m(D(R.randint(base[0] * 100, base[1] * 100)) / 100 * FX[c["cur"]])
        if R.random() < 0.15:   # round-ish amounts create natural amount collisions
            tot = m(D(R.choice([250, 400, 500, 750, 1000, 1200, 1500, 2000])) * FX[c["cur"]]).quantize(D("1"))
            tot = m(tot)
        bal = tot
        if R.random() < 0.05:
            bal = m(tot * D(R.choice(["0.5", "0.3", "0.6"])))
        iid = "i-%04d" % (len(invoices) + 1)
        invoices.append({"id": iid, "number": num, "customer_id": cid, "customer_name": c["name"], "currency": c["cur"],
                         "total": s(tot), "balance": s(bal), "issue_date": dt.isoformat(),
                         "due_date": (dt + timedelta(days=30 if c["cc"] != "US" else 45)).isoformat()})
# standing orders: some repeat the previous invoice amount (natural duplicates)
last = {}
for i in invoices:
    if i["customer_id"] in last and R.random() < 0.12 and i["balance"] == i["total"]:
        p = last[i["customer_id"]]
        if p["balance"] == p["total"]:
            i["total"] = i["balance"] = p["total"]
    last[i["customer_id"]] = i
# twin customers (names that banks truncate alike) share some identical invoice amounts
TWINS = [("Tuincentrum De Linde Zeist B.V.", "Tuincentrum De Linde Houten B.V.", "TUINCENTRUM DE LINDE"),
         ("Gartencenter Grünwerk Süd GmbH & Co. KG", "Gartencenter Grünwerk Nord GmbH & Co. KG", "Gartencenter Gruenwerk"),
         ("Supermarkt Vershoek Inkoop B.V.", "Vershoek Filiaal Distributie B.V.", "VERSHOEK"),
         ("Fresh Basket Stores plc", "Fresh Basket Property & Floral Ltd", "FRESH BASKET"),
         ("Hypermarchés Verdelys SA", "Centrale d'Achats Verdelys SNC", "VERDELYS")]
NAME2C = {c["name"]: c for c in customers}
TWIN_PAIRS = []
for a, b, short in TWINS:
    ca, cb = NAME2C[a], NAME2C[b]
    ia = [i for i in invoices if i["customer_id"] == ca["id"] and i["balance"] == i["total"]][-2:]
    ib = [i for i in invoices if i["customer_id"] == cb["id"] and i["balance"] == i["total"]][-2:]
    for x, y in zip(ia, ib):
        y["total"] = y["balance"] = x["total"]
    TWIN_PAIRS.append((ca["id"], cb["id"], short, ia[0]["id"], ib[0]["id"]))
TWIN_IDS = {x for a, b, *_ in TWIN_PAIRS for x in (a, b)}
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
BYCUST = defaultdict(list)
for i in invoices: BYCUST[i["customer_id"]].append(i)
bal = {i["id"]: D(i["balance"]) for i in invoices}
used = set()           # invoices already reserved by a scenario
paid_full = []         # invoices fully paid by an earlier payment in the file
for _a, _b, _s, _ia, _ib in TWIN_PAIRS: used.update([_ia, _ib])

# ---------------------------------------------------------------- text helpers
def strip_acc(x):
    x = x.replace("ß", "ss").replace("Ł", "L").replace("ł", "l")
    return "".join(ch for ch in unicodedata.normalize("NFKD", x) if not unicodedata.combining(ch))
def fmt(x, lang):
    x = m(x); ip, fp = str(x).split(".")
    g = "{:,}".format(int(ip))
    if lang in ("de", "nl"): return g.replace(",", ".") + "," + fp
    if lang in ("fr", "pl", "sv"): return g.replace(",", " ") + "," + fp
    if lang == "ch": return g.replace(",", "'") + "." + fp
    return g + "." + fp
def digits(n): return n[2:]
def rf(n):
    body = n.replace("-", "")
    num = "".join(str(int(ch, 36)) for ch in body + "RF00")
    return "RF%02d%s" % (98 - int(num) % 97, body)
def ogm(n):
    base = "1000" + digits(n)
    chk = int(base) % 97 or 97
    dd = base + "%02d" % chk
    return "+++%s/%s/%s+++" % (dd[:3], dd[3:7], dd[7:])
def bank_name(c, twin_short=None):
    n, cc = c["name"], c["cc"]
    if twin_short: return twin_short
    r = R.random()
    if cc == "UK": return n.upper()[:18]
    if cc == "US": return n.upper().replace(".", "")[:16] if r < 0.6 else n.upper()
    if cc in ("NL", "BE"): return (strip_acc(n).upper().replace("B.V.", "BV").replace(".", ""))[:35] if r < 0.6 else n
    if cc in ("FR", "PL"): return strip_acc(n).upper()[:35] if r < 0.7 else n
    if cc == "DE": return n[:27] if r < 0.5 else strip_acc(n).upper().replace("SS", "SS")[:35]
    return n if r < 0.5 else n.upper()
def ref_one(n, c, amt=None):
    """single-invoice reference in the customer's bank style"""
    cc, lang, d = c["cc"], cust_lang(c), digits(n)
    opts = {
     "NL": ["Factuur %s" % n, n, "fact %s" % d, "betaling factuur %s" % n, "FACTUURNR %s" % n],
     "DE": ["EREF+NOTPROVIDED SVWZ+RE %s" % n, "Rechnung %s" % n, "Rg.-Nr. %s" % d, "RG %s" % n, "SVWZ+Rechnungsnr. %s" % n],
     "BE": ["Factuur %s" % n, "Facture %s" % n, n],
     "FR": ["VIR SEPA FACT %s" % n, "REGLEMENT FACTURE %s" % n, "/INV/%s" % n, "FACT. N %s" % d],
     "UK": [("%s %s" % (n, c["name"].upper()))[:18], "INV %s" % n, n],
     "PL": ["Faktura nr %s" % n, "Zaplata za FV %s" % d, "FAKTURA %s" % n],
     "CH": ["Rechnung %s" % n, "Facture %s" % n if lang == "fr" else "Rechnung Nr. %s" % n],
     "SE": ["Faktura %s" % n, "Fakt.nr %s" % d, n],
     "US": ["RMR*IV*%s**%s\\" % (n, s(amt or 0)), "OBI/INV %s" % n, "PMT FOR INV %s" % n],
    }[cc]
    return R.choice(opts)
def ref_list(nums, c):
    lang = cust_lang(c)
    sep = R.choice([", ", " ", "/", "; "])
    short = R.random() < 0.3
    lst = sep.join(digits(x) if short and i else x for i, x in enumerate(nums))
    head = {"nl": "Facturen ", "de": "Rechnungen ", "fr": "Factures ", "pl": "Faktury ", "sv": "Fakturor ", "en": "Invoices "}[lang]
    return head + lst

# ---------------------------------------------------------------- state helpers
def open_of(cid): return [i for i in BYCUST[cid] if bal[i["id"]] > 0]
def free(cid, untouched=True):
    return [i for i in BYCUST[cid] if i["id"] not in used and bal[i["id"]] > 0
            and (not untouched or bal[i["id"]] == D(i["balance"]))]
def count_subsets(values, target, cap=3):
    vals = [int(v * 100) for v in values]; t = int(target * 100)
    if len(vals) > 24: return None
    h = len(vals) // 2
    def sums(xs):
        out = Counter()
        for r in range(len(xs) + 1):
            for comb in itertools.combinations(xs, r): out[sum(comb)] += 1
        return out
    a, b = sums(vals[:h]), sums(vals[h:])
    return sum(cnt * b.get(t - v, 0) for v, cnt in a.items())
def n_fits(cid, amount):
    return count_subsets([bal[i["id"]] for i in open_of(cid)], amount)
def cust_pool(pred=lambda c: True, exclude_twins=False):
    cs = [c for c in customers if pred(c) and not (exclude_twins and c["id"] in TWIN_IDS)]
    R.shuffle(cs); return cs
def payer(c, give=None):
    if give is None: give = R.random() < 0.55
    if c["id"] in TWIN_IDS: give = True
    return {"payer_name": bank_name(c), "customer_id": c["id"] if give else None}
def P(c, amount, ref=None, rem=None, cur=None, **kw):
    d = {"amount": s(amount), "currency": cur or c["cur"]}
    d.update(payer(c) if c else {}); d.update({"reference": ref, "remittance": rem}); d.update(kw)
    return d
def L(status, apps=(), unapplied="0.00", short_pay=None, cands=(), reason="", scen="", note="", lang=""):
    for iid, a in apps:
        bal[iid] -= m(a)
        assert bal[iid] >= 0, iid
        if bal[iid] == 0: paid_full.append(iid)
    return {"status": status, "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short_pay, "candidates": [list(x) for x in cands],
            "reason": reason, "scenario": scen, "note": "[%s, %s] %s" % (scen, lang, note), "lang": lang}
def take(i): used.add(i["id"]); return i

# ---------------------------------------------------------------- scenarios
def one_free(pred=lambda c: True, untouched=True, exclude_twins=False, inv_pred=lambda i: True):
    for c in cust_pool(pred, exclude_twins):
        f = [i for i in free(c["id"], untouched) if inv_pred(i)]
        if f: return c, take(R.choice(f))
    return None, None

def sc_exact():
    c, i = one_free(inv_pred=lambda i: True)
    b = bal[i["id"]]; lang = cust_lang(c)
    ref = ref_one(i["number"], c, b); rem = None
    if c["cc"] in ("UK", "US") and R.random() < 0.3:
        rem = {"UK": "Remittance advice - %s paid %s GBP. Thank you" % (i["number"], fmt(b, "en")),
               "US": "ACH CCD payment, invoice %s, net amount %s" % (i["number"], fmt(b, "en"))}[c["cc"]]
    return P(c, b, ref, rem), L("applied", [(i["id"], b)], reason="reference %s and exact balance" % i["number"],
                                 scen="exact_ref", note="reference names the invoice, amount = balance", lang=lang)

def sc_rf():
    c, i = one_free(lambda c: c["cc"] in ("NL", "DE", "FR", "CH", "BE"))
    b = bal[i["id"]]; r = rf(i["number"])
    ref = R.choice([r, "SCOR " + r, " ".join(r[k:k + 4] for k in range(0, len(r), 4))])
    return P(c, b, ref, None), L("applied", [(i["id"], b)], reason="ISO 11649 creditor reference %s" % r, scen="rf_ref",
                                 note="structured RF creditor reference wraps the invoice number (check digits valid)", lang=cust_lang(c))

def sc_ogm():
    c, i = one_free(lambda c: c["cc"] == "BE")
    b = bal[i["id"]]; o = ogm(i["number"])
    if R.random() < 0.3: o = o.replace("+++", "***")
    return P(c, b, o, None), L("applied", [(i["id"], b)], reason="Belgian structured communication %s" % o, scen="be_ogm",
                               note="OGM/VCS 1000+invoice digits, mod-97 check", lang=cust_lang(c))

def typo(n):
    d = list(digits(n))
    k = R.choice(["swap", "drop", "change"])
    j = R.randint(2, len(d) - 2)
    if k == "swap": d[j], d[j + 1] = d[j + 1], d[j]
    elif k == "drop": del d[j]
    else: d[j] = str((int(d[j]) + R.choice([1, 3, 5])) % 10)
    return n[:2] + "".join(d), k

def sc_typo():
    for _ in range(60):
        c, i = one_free(exclude_twins=True)
        b = bal[i["id"]]
        t, k = typo(i["number"])
        if t == i["number"] or t in BYNUM or n_fits(c["id"], b) != 1:
            used.discard(i["id"]); continue
        ref = ref_one(t, c, b)
        pay = P(c, b, ref, None); pay["customer_id"] = c["id"]
        return pay, L("applied", [(i["id"], b)], reason="reference %s is a typo of %s; exact balance" % (t, i["number"]), scen="typo_ref",
                      note="%s typo (%s), typo number does not exist, amount unique for customer" % (k, t), lang=cust_lang(c))

def sc_typo_collide():
    # reference names an existing open invoice A of the same customer, amount = balance of neighbour B (one digit apart)
    for c in cust_pool(exclude_twins=True):
        f = free(c["id"])
        for a in f:
            for b_ in f:
                if a is b_ or bal[a["id"]] == bal[b_["id"]]: continue
                if sum(x != y for x, y in zip(a["number"], b_["number"])) == 1 and n_fits(c["id"], bal[b_["id"]]) == 1:
                    take(a); take(b_); amt = bal[b_["id"]]
                    pay = P(c, amt, ref_one(a["number"], c, amt), None); pay["customer_id"] = c["id"]
                    return pay, L("review", [], amt, cands=[[b_["id"]], [a["id"]]], reason="reference and amount point to different invoices",
                                  scen="typo_collide", note="ref %s (balance %s) vs amount = %s balance; one digit apart" % (a["number"], bal[a["id"]], b_["number"]),
                                  lang=cust_lang(c))

def sc_list():
    for c in cust_pool():
        f = free(c["id"])
        if len(f) >= 2:
            sel = sorted(R.sample(f, min(len(f), R.randint(2, 5))), key=lambda i: i["number"])
            for i in sel: take(i)
            amt = sum(bal[i["id"]] for i in sel); nums = [i["number"] for i in sel]
            lang = cust_lang(c); txt = ref_list(nums, c)
            if c["cc"] in ("UK", "US") or len(txt) > 140:
                ref = {"UK": "REMITTANCE TO FOLLOW"[:18], "US": "CCD PMT %s" % c["name"].upper()[:10]}.get(c["cc"], "Sammelzahlung")
                rem = txt + "\n" + "\n".join("%s  %s" % (i["number"], fmt(bal[i["id"]], "en")) for i in sel)
            else:
                ref, rem = txt, None
            return P(c, amt, ref, rem), L("applied", [(i["id"], bal[i["id"]]) for i in sel], reason="listed invoices, sum of balances",
                                          scen="list", note="%d invoices listed; amount = sum" % len(sel), lang=lang)

def runs(cid):
    f = sorted(free(c_id := cid), key=lambda i: i["number"])
    out, cur = [], []
    for i in f:
        if cur and int(digits(i["number"])) == int(digits(cur[-1]["number"])) + 1 and i["number"][:4] == cur[-1]["number"][:4]:
            cur.append(i)
        else:
            if len(cur) >= 3: out.append(cur)
            cur = [i]
    if len(cur) >= 3: out.append(cur)
    return out

def sc_range():
    for c in cust_pool(lambda c: c["cc"] not in ("UK", "US")):
        rs = runs(c["id"])
        if rs:
            run = rs[0]
            for i in run: take(i)
            a, z = run[0]["number"], run[-1]["number"]; lang = cust_lang(c)
            ref = R.choice({"nl": ["%s t/m %s" % (a, z), "facturen %s-%s" % (a, digits(z))],
                            "de": ["RE %s bis %s" % (a, z), "Rechnungen %s-%s" % (a, digits(z))],
                            "fr": ["Factures %s a %s" % (a, z), "FACT %s-%s" % (a, z)],
                            "pl": ["FV %s-%s" % (digits(a), digits(z)), "Faktury od %s do %s" % (a, z)],
                            "sv": ["Fakturor %s-%s" % (a, z)], "en": ["%s-%s" % (a, z)]}[lang])
            amt = sum(bal[i["id"]] for i in run)
            return P(c, amt, ref, None), L("applied", [(i["id"], bal[i["id"]]) for i in run], reason="invoice range %s..%s" % (a, z),
                                           scen="range", note="range of %d consecutive invoices of this customer" % len(run), lang=lang)

VAGUE = {"nl": ["betaling", "Betaling openstaande posten", None, "diverse facturen"],
         "de": ["Zahlung", "Sammelueberweisung", None, "Ausgleich offene Posten"],
         "fr": ["PAIEMENT", "VIR SEPA REGLEMENT", None], "pl": ["Przelew", "Zaplata", None],
         "sv": ["Betalning", None], "en": ["PAYMENT", None, "SUPPLIER PAYMENT"]}

def sc_lump():
    for c in cust_pool(lambda c: c["kind"] != "clearing", exclude_twins=True):
        f = sorted(free(c["id"]), key=lambda i: i["issue_date"])
        if len(f) >= 3 and len(open_of(c["id"])) <= 22:
            sel = f[:R.randint(2, min(5, len(f)))]
            amt = sum(bal[i["id"]] for i in sel)
            if n_fits(c["id"], amt) != 1: continue
            for i in sel: take(i)
            lang = cust_lang(c)
            pay = P(c, amt, R.choice(VAGUE[lang]), None); pay["customer_id"] = c["id"]
            return pay, L("applied", [(i["id"], bal[i["id"]]) for i in sel], reason="amount equals exactly one set of open invoices",
                          scen="lump_sum", note="no numbers; %d oldest open invoices, the only subset with this sum" % len(sel), lang=lang)

def sc_amount_only():
    for c in cust_pool(lambda c: c["kind"] != "clearing", exclude_twins=True):
        if len(open_of(c["id"])) > 22: continue
        f = free(c["id"]); R.shuffle(f)
        for i in f:
            amt = bal[i["id"]]
            if n_fits(c["id"], amt) == 1:
                take(i); lang = cust_lang(c)
                pay = P(c, amt, R.choice(VAGUE[lang]), None)
                return pay, L("applied", [(i["id"], amt)], reason="known payer, amount matches one open invoice",
                              scen="amount_only", note="no reference; unique amount among the customer's open items", lang=lang)

PART = {"nl": "Deelbetaling %d van %d factuur %s", "de": "Teilzahlung %d/%d zu Rechnung %s", "fr": "Acompte %d/%d facture %s",
        "pl": "Rata %d z %d faktura %s", "sv": "Delbetalning %d av %d faktura %s", "en": "Part payment %d of %d inv %s"}
def sc_partial():
    c, i = one_free()
    lang = cust_lang(c); k = R.choice([2, 3, 4]); b = bal[i["id"]]
    amt = m(b / k)
    txt = PART[lang] % (1, k, i["number"])
    ref, rem = (txt, None) if c["cc"] not in ("UK", "US") else (("PART %s" % i["number"])[:18], txt)
    return P(c, amt, ref, rem), L("partial", [(i["id"], amt)], reason="announced instalment on %s" % i["number"], scen="partial",
                                  note="1st of %d instalments; invoice stays open, no deduction" % k, lang=lang)

DED = {  # reason code -> texts per language
 "waste/shrink": {"nl": "derving", "de": "Schwund/Verderb", "fr": "demarque", "pl": "ubytki", "sv": "svinn", "en": "waste/shrink"},
 "promotion": {"nl": "promotiebijdrage", "de": "Aktions-WKZ", "fr": "remise promotionnelle", "pl": "rabat promocyjny", "sv": "kampanjbidrag", "en": "promo funding"},
 "late delivery": {"nl": "boete te late levering", "de": "Verspaetungspauschale", "fr": "penalite de retard livraison", "pl": "kara za opoznienie dostawy", "sv": "forseningsavgift", "en": "late delivery penalty"},
 "quality claim": {"nl": "kwaliteitsclaim (botrytis)", "de": "Qualitaetsmangel Reklamation", "fr": "reclamation qualite", "pl": "reklamacja jakosci", "sv": "kvalitetsreklamation", "en": "quality claim - wilted stock"},
}
def sc_short():
    c, i = one_free(lambda c: c["kind"] in ("supermarket", "trade") and c["cc"] != "US" or c["kind"] == "supermarket")
    lang = cust_lang(c); b = bal[i["id"]]
    code = R.choice(list(DED)) if c["kind"] == "supermarket" else R.choice(["quality claim", "late delivery"])
    ded = m(b * D(R.choice(["0.02", "0.035", "0.05", "0.08", "0.12"])))
    others = []
    f = free(c["id"])
    if R.random() < 0.35 and f:
        others = [take(x) for x in R.sample(f, min(len(f), R.randint(1, 2)))]
    amt = b - ded + sum(bal[x["id"]] for x in others)
    fl = lang if lang != "en" else "en"
    lines = []
    hdr = {"nl": "Betaaladvies zelffacturering", "de": "Zahlungsavis Gutschriftsverfahren", "fr": "Avis de paiement autofacturation",
           "pl": "Awizo platnosci", "sv": "Betalningsavi", "en": "Remittance advice (self-billing)"}[lang]
    lines.append(hdr + " %s" % R.randint(4500000, 4599999))
    for x in others + [i]:
        lines.append("%s  %s" % (x["number"], fmt(bal[x["id"]], fl)))
    lines.append("%s %s  -%s" % (i["number"], DED[code][lang], fmt(ded, fl)))
    lines.append({"nl": "Totaal", "de": "Zahlbetrag", "fr": "Total regle", "pl": "Razem", "sv": "Summa", "en": "Total paid"}[lang] + "  " + fmt(amt, fl))
    rem = "\n".join(lines)
    ref = (i["number"] if not others else {"UK": "FRESHPAY REMIT", "US": "ACH REMIT"}.get(c["cc"], "Zahlungsavis siehe Avis"))
    apps = [(x["id"], bal[x["id"]]) for x in others] + [(i["id"], b - ded)]
    return P(c, amt, ref[:18] if c["cc"] == "UK" else ref, rem), L("partial", apps,
        short_pay={"invoice_id": i["id"], "amount": s(ded), "reason": code}, reason="short pay: %s" % code, scen="short_pay",
        note="deduction %s (%s) on %s%s" % (s(ded), code, i["number"], " plus %d full invoices" % len(others) if others else ""), lang=lang)

def sc_wire_fee():
    c, i = one_free(lambda c: c["cc"] in ("US", "UK", "CH", "SE", "PL"), exclude_twins=True)
    fee = m(R.choice(["15", "20", "25", "12.50"])); b = bal[i["id"]]
    if b <= fee * 4: used.discard(i["id"]); return None
    amt = b - fee
    ref = R.choice(["/INV/%s" % i["number"], "OBI %s" % i["number"], i["number"]])
    return P(c, amt, ref, None), L("partial", [(i["id"], amt)], reason="reference %s, %s short (likely bank charges)" % (i["number"], s(fee)),
                                   scen="wire_fee", note="international wire short by %s; no reason stated so no deduction case; invoice stays open" % s(fee),
                                   lang=cust_lang(c))

def clearing_sel(k):
    for c in cust_pool(lambda c: c["kind"] == "clearing"):
        f = sorted(free(c["id"]), key=lambda i: i["number"])
        if len(f) >= k:
            st = R.randint(0, len(f) - k); sel = f[st:st + k]
            for i in sel: take(i)
            return c, sel
    return None, None
def clr_lines(sel, lang, net=None):
    rows = []
    for i in sel:
        b = bal[i["id"]]
        rows.append("%s %s" % (i["number"], fmt(b, lang)) + ("" if net is None else " -%s" % fmt(m(b * net), lang)))
    return rows
def sc_clearing_gross():
    c, sel = clearing_sel(R.randint(4, 8))
    if not c: return None
    lang = cust_lang(c); amt = sum(bal[i["id"]] for i in sel)
    rem = {"nl": "Afrekening week %d, commissie separaat gefactureerd\n", "de": "Abrechnung KW %d, Provision separat berechnet\n",
           "en": "Settlement week %d (commission invoiced separately)\n"}.get(lang, "Settlement %d\n") % R.randint(5, 13)
    rem += "\n".join(clr_lines(sel, lang))
    return P(c, amt, "AFREKENING %s" % R.randint(10000, 99999), rem), L("applied", [(i["id"], bal[i["id"]]) for i in sel],
        reason="clearing settlement, listed invoices, gross", scen="clearing_gross", note="%d invoices, amount = gross sum" % len(sel), lang=lang)
def sc_clearing_net():
    c, sel = clearing_sel(R.randint(4, 8))
    if not c: return None
    lang = cust_lang(c); rate = D(R.choice(["0.03", "0.035", "0.045"]))
    com = sum(m(bal[i["id"]] * rate) for i in sel); gross = sum(bal[i["id"]] for i in sel); amt = gross - com
    word = {"nl": "commissie", "de": "Provision", "en": "commission"}.get(lang, "commission")
    rem = "Settlement / %s %s%%\n" % (word, str(rate * 100).rstrip("0").rstrip(".")) + "\n".join(clr_lines(sel, lang, rate)) + \
          "\n%s %s  %s -%s  = %s" % ("Bruto" if lang == "nl" else "Brutto" if lang == "de" else "Gross", fmt(gross, lang), word, fmt(com, lang), fmt(amt, lang))
    return P(c, amt, "SETTLEMENT %s" % R.randint(10000, 99999), rem), L("review", [], amt, cands=[[i["id"] for i in sel]],
        reason="clearing pays %d invoices net of commission; deduction spread over invoices" % len(sel), scen="clearing_net",
        note="commission %s deducted across %d invoices: cannot be one short_pay; review with the listed set" % (s(com), len(sel)), lang=lang)
def sc_clearing_single():
    c, sel = clearing_sel(1)
    if not c: return None
    i = sel[0]; lang = cust_lang(c); b = bal[i["id"]]; com = m(b * D("0.04")); amt = b - com
    word = {"nl": "commissie", "de": "Provision", "en": "commission"}.get(lang, "commission")
    rem = "%s %s  %s 4%% -%s  = %s" % (i["number"], fmt(b, lang), word, fmt(com, lang), fmt(amt, lang))
    return P(c, amt, i["number"], rem), L("partial", [(i["id"], amt)], short_pay={"invoice_id": i["id"], "amount": s(com), "reason": "commission"},
        reason="short pay: clearing commission", scen="clearing_single", note="single invoice net of 4%% commission %s" % s(com), lang=lang)

def sc_overpay():
    c, i = one_free(untouched=True)
    b = bal[i["id"]]; lang = cust_lang(c); tot = D(i["total"])
    if tot > b: amt, why = tot, "paid the invoice total although part was already settled"
    else: amt, why = b + m(R.choice(["0.50", "10.00", "100.00", "45.30"])), "paid more than the balance"
    pay = P(c, amt, ref_one(i["number"], c, amt), None)
    return pay, L("unapplied", [(i["id"], b)], amt - b, reason="overpayment on %s" % i["number"], scen="overpayment",
                  note=why + "; remainder %s held on account" % s(amt - b), lang=lang)

PAYREF = {}   # invoice id -> (payer customer, amount, ref) of the payment that settled it
def sc_second():
    cands = [iid for iid in paid_full if iid in PAYREF and iid not in used2]
    R.shuffle(cands)
    for iid in cands:
        i = INV[iid]; c = CUST[i["customer_id"]]; amt, ref = PAYREF[iid]
        if n_fits(c["id"], amt) if len(open_of(c["id"])) <= 22 else 1: continue
        used2.add(iid)
        pay = P(c, amt, ref, None); pay["customer_id"] = c["id"]
        return pay, L("unapplied", [], amt, reason="%s already paid by an earlier payment" % i["number"], scen="second_payment",
                      note="duplicate of an earlier payment in this file; hold as unapplied cash", lang=cust_lang(c))
used2 = set()
def sc_not_in_ledger():
    for c in cust_pool(exclude_twins=True):
        if len(open_of(c["id"])) > 22: continue
        n = "FV25%04d" % R.randint(100, 700); amt = m(D(R.randint(20000, 300000)) / 100)
        if n_fits(c["id"], amt): continue
        pay = P(c, amt, ref_one(n, c, amt), None); pay["customer_id"] = c["id"]
        return pay, L("unapplied", [], amt, reason="%s is not open; no open invoice fits" % n, scen="not_open",
                      note="invoice number predates the ledger (already settled); known customer", lang=cust_lang(c))
PRE = {"nl": "Vooruitbetaling voorjaarsorder bloembollen", "de": "Vorauskasse Auftrag %d Jungpflanzen", "fr": "Acompte commande %d plantes",
       "pl": "Przedplata zamowienie %d", "sv": "Forskott order %d", "en": "Prepayment order %d"}
def sc_prepay():
    for c in cust_pool(exclude_twins=True):
        if len(open_of(c["id"])) > 22: continue
        amt = m(D(R.choice([1000, 2500, 5000, 1500, 3000])) * FX[c["cur"]])
        if n_fits(c["id"], amt): continue
        t = PRE[cust_lang(c)]; t = t % R.randint(7000, 7999) if "%d" in t else t
        pay = P(c, amt, t[:18] if c["cc"] == "UK" else t, None); pay["customer_id"] = c["id"]
        return pay, L("unapplied", [], amt, reason="prepayment, no invoice yet", scen="prepayment", note="advance for a future order", lang=cust_lang(c))

STRANGERS = [("Stichting Buurtgroen Lelystad", "EUR", "nl"), ("M. JANSSEN-DE VRIES", "EUR", "nl"), ("Kleingartenverein Sonnenhang e.V.", "EUR", "de"),
             ("HR. K. WEBER", "EUR", "de"), ("MAIRIE DE SAINT-ANDRE", "EUR", "fr"), ("J SMITH", "GBP", "en"), ("PAYPAL EUROPE SARL", "EUR", "en"),
             ("STRIPE PAYMENTS UK", "GBP", "en"), ("Ogrody Miejskie Gdansk", "PLN", "pl"), ("ACME EVENTS LLC", "USD", "en"),
             ("Hochzeitsplanung Blütenzauber", "CHF", "de"), ("Bröllopsbyrån Syd", "SEK", "sv")]
def sc_unknown():
    name, cur, lang = R.choice(STRANGERS)
    amt = m(D(R.randint(3000, 90000)) / 100)
    if any(bal[i["id"]] == amt and i["currency"] == cur for i in invoices): return None
    ref = R.choice({"nl": [None, "Bestelling webshop 4471"], "de": [None, "Rechnung Blumenschmuck"], "fr": [None, "Commande mariage"],
                    "en": [None, "ORDER 88213"], "pl": [None, "Kwiaty wesele"], "sv": [None, "Blommor brollop"]}[lang])
    pay = {"amount": s(amt), "currency": cur, "payer_name": name, "customer_id": None, "reference": ref, "remittance": None}
    return pay, L("review", [], amt, reason="unknown payer, no usable reference", scen="unknown_payer", note="payer not a customer; nothing fits", lang=lang)
THIRD = {"NL": "RABO FACTORING BV", "DE": "Konzernzahlstelle Holding GmbH", "FR": "CENTRALE DE PAIEMENT GROUPE", "UK": "HOLDCO TREASURY",
         "BE": "KBC COMMERCIAL FINANCE", "US": "PARENT CO AP SERVICES", "PL": "FAKTORING POLSKA SA", "CH": "Konzern Treasury AG", "SE": "Koncernbetalningar AB"}
def sc_third_party():
    c, i = one_free(exclude_twins=True)
    b = bal[i["id"]]; ref = "%s %s" % (i["number"], c["name"][:20])
    pay = {"amount": s(b), "currency": c["cur"], "payer_name": THIRD[c["cc"]], "customer_id": None, "reference": ref, "remittance": None}
    return pay, L("applied", [(i["id"], b)], reason="reference %s and exact balance; payer is a paying agent" % i["number"],
                  scen="third_party", note="factor/parent pays on behalf; invoice number + customer name + exact amount", lang=cust_lang(c))
def sc_unknown_ref_mismatch():
    c, i = one_free(exclude_twins=True)
    b = bal[i["id"]]; amt = m(b * D("0.7"))
    pay = {"amount": s(amt), "currency": c["cur"], "payer_name": R.choice(STRANGERS)[0], "customer_id": None,
           "reference": i["number"], "remittance": None}
    return pay, L("review", [], amt, cands=[[i["id"]]], reason="unknown payer quotes %s but amount differs" % i["number"],
                  scen="unknown_ref_mismatch", note="stranger, invoice number of another customer, 70% of balance", lang=cust_lang(c))

POW = {"nl": "Inkooporder %s", "de": "Bestellnr. %s", "fr": "Bon de commande %s", "pl": "Zamowienie %s", "sv": "Inkopsorder %s", "en": "PO %s"}
def sc_po():
    for c in cust_pool(lambda c: c["kind"] != "clearing", exclude_twins=True):
        if len(open_of(c["id"])) > 22: continue
        f = free(c["id"]); R.shuffle(f)
        for i in f:
            amt = bal[i["id"]]
            if n_fits(c["id"], amt) != 1: continue
            other = R.choice([x for x in invoices if x["customer_id"] != c["id"] and x["currency"] == c["cur"] and bal[x["id"]] != amt])
            take(i); lang = cust_lang(c)
            ref = (POW[lang] % digits(other["number"]))
            pay = P(c, amt, ref, None); pay["customer_id"] = c["id"]
            return pay, L("applied", [(i["id"], amt)], reason="PO number is not an invoice; amount matches %s" % i["number"], scen="po_lookalike",
                          note="PO %s collides with %s of another customer; amount unique for payer" % (digits(other["number"]), other["number"]), lang=lang)
def sc_currency_mismatch():
    c, i = one_free(lambda c: c["cur"] != "EUR", exclude_twins=True)
    amt = m(bal[i["id"]] / FX[c["cur"]])
    pay = P(c, amt, ref_one(i["number"], c, amt), None, cur="EUR"); pay["customer_id"] = c["id"]
    return pay, L("review", [], amt, cands=[[i["id"]]], reason="payment in EUR for a %s invoice" % c["cur"], scen="currency_mismatch",
                  note="reference exact but currency differs; cannot apply across currencies", lang=cust_lang(c))
def dup_pairs(c):
    f = free(c["id"]); out = []
    for a, b in itertools.combinations(f, 2):
        if bal[a["id"]] == bal[b["id"]]: out.append((a, b))
    return out
def sc_same_amount():
    for c in cust_pool(lambda c: c["kind"] != "clearing", exclude_twins=True):
        if len(open_of(c["id"])) > 22: continue
        for a, b in dup_pairs(c):
            amt = bal[a["id"]]
            if n_fits(c["id"], amt) != 2: continue
            take(a); take(b); lang = cust_lang(c)
            pay = P(c, amt, R.choice(VAGUE[lang]), None); pay["customer_id"] = c["id"]
            return pay, L("review", [], amt, cands=[[a["id"]], [b["id"]]], reason="two open invoices with this exact amount",
                          scen="same_amount", note="standing order: %s and %s both %s" % (a["number"], b["number"], s(amt)), lang=lang)
def sc_subset_amb():
    for c in cust_pool(lambda c: c["kind"] != "clearing", exclude_twins=True):
        if len(open_of(c["id"])) > 22: continue
        for a, b in dup_pairs(c):
            rest = [x for x in free(c["id"]) if x is not a and x is not b and bal[x["id"]] != bal[a["id"]]]
            for x in rest:
                amt = bal[a["id"]] + bal[x["id"]]
                if n_fits(c["id"], amt) != 2: continue
                take(a); take(b); take(x); lang = cust_lang(c)
                pay = P(c, amt, R.choice(VAGUE[lang]), None); pay["customer_id"] = c["id"]
                return pay, L("review", [], amt, cands=[[a["id"], x["id"]], [b["id"], x["id"]]], reason="two invoice sets sum to the amount",
                              scen="subset_ambiguous", note="%s+%s = %s+%s" % (a["number"], x["number"], b["number"], x["number"]), lang=lang)
twin_done = set()
def sc_twin():
    for ca, cb, short, ia, ib in TWIN_PAIRS:
        if (ca, cb) in twin_done: continue
        twin_done.add((ca, cb))
        amt = bal[ia]; c = CUST[ca]; lang = cust_lang(c)
        cs = [[i["id"]] for i in open_of(ca) + open_of(cb) if bal[i["id"]] == amt]
        for x in cs: used.add(x[0])
        pay = {"amount": s(amt), "currency": c["cur"], "payer_name": short, "customer_id": None, "reference": R.choice(VAGUE[lang]), "remittance": None}
        return pay, L("review", [], amt, cands=cs, reason="payer name fits two customers, each with an invoice of this amount",
                      scen="twin_payer", note="truncated name '%s' matches %s and %s" % (short, c["name"], CUST[cb]["name"]), lang=lang)
def sc_list_mismatch():
    for c in cust_pool(lambda c: c["kind"] != "clearing", exclude_twins=True):
        f = free(c["id"])
        if len(f) < 3 or len(open_of(c["id"])) > 22: continue
        sel = sorted(R.sample(f, 3), key=lambda i: i["number"])
        gross = sum(bal[i["id"]] for i in sel); amt = gross - m(R.choice(["87.40", "312.15", "19.99", "1040.00"]))
        if amt <= 0 or n_fits(c["id"], amt): continue
        for i in sel: take(i)
        txt = ref_list([i["number"] for i in sel], c)
        pay = P(c, amt, txt if c["cc"] not in ("UK", "US") else "SEE REMITTANCE", txt if c["cc"] in ("UK", "US") else None)
        return pay, L("review", [], amt, cands=[[i["id"] for i in sel]], reason="listed invoices total %s, paid %s, difference unexplained" % (s(gross), s(amt)),
                      scen="list_mismatch", note="shortfall %s with no reason; which invoice is short is unknown" % s(gross - amt), lang=cust_lang(c))

BAD = [("amount", "", "empty amount"), ("amount", "1.234,50", "amount in European notation, not a decimal string"), ("amount", "-420.00", "negative amount (return/chargeback)"),
       ("amount", "0.00", "zero amount"), ("amount", "abc", "non-numeric amount"), ("amount", "120.005", "three decimals"),
       ("currency", None, "missing currency"), ("currency", "EURO", "non-ISO currency"), ("currency", "XYZ", "unknown currency code"),
       ("date", "2026-02-30", "impossible date"), ("date", "15/03/2026", "date not ISO"), ("amount", None, "null amount")]
bad_i = [0]
def sc_bad():
    k = bad_i[0] % len(BAD); bad_i[0] += 1
    fld, val, why = BAD[k]
    c = R.choice(customers); f = free(c["id"])
    i = R.choice(f) if f else None
    amt = bal[i["id"]] if i else D("100.00")
    pay = P(c, amt, ref_one(i["number"], c, amt) if i else None, None); pay[fld] = val
    import re
    ok = isinstance(pay["amount"], str) and re.fullmatch(r"\d+\.\d\d", pay["amount"]) and D(pay["amount"]) > 0
    lab = L("review", [], pay["amount"] if ok else "0.00", reason="bad row: " + why, scen="bad_row", note=why + "; nothing applied", lang=cust_lang(c))
    return pay, lab

# ---------------------------------------------------------------- main
PLAN = {sc_exact: 70, sc_rf: 18, sc_ogm: 10, sc_typo: 14, sc_typo_collide: 5, sc_list: 28, sc_range: 10, sc_lump: 20,
        sc_amount_only: 25, sc_partial: 20, sc_short: 33, sc_wire_fee: 6, sc_clearing_gross: 6, sc_clearing_net: 6,
        sc_clearing_single: 4, sc_overpay: 14, sc_second: 10, sc_not_in_ledger: 6, sc_prepay: 8, sc_unknown: 15,
        sc_third_party: 5, sc_unknown_ref_mismatch: 3, sc_po: 14, sc_currency_mismatch: 5, sc_same_amount: 8,
        sc_subset_amb: 5, sc_twin: 5, sc_list_mismatch: 5, sc_bad: 12}
order = [f for f, n in PLAN.items() for _ in range(n)]
R.shuffle(order)
# second payments must come after some first payments: move them out of the first 60 slots
head = [f for f in order[:60] if f is not sc_second]; tail = [f for f in order[:60] if f is sc_second] + order[60:]
R.shuffle(tail); order = head + tail
days = sorted(date(2026, 2, 2) + timedelta(R.randint(0, 57)) for _ in order)
days = [d if d.weekday() < 5 else d + timedelta(7 - d.weekday()) for d in days]
payments, labels, missed = [], [], Counter()
for f, dt in zip(order, days):
    r = None
    for _ in range(3):
        r = f()
        if r: break
    if not r:
        missed[f.__name__] += 1; r = sc_exact()
    pay, lab = r
    pid = "p-%03d" % (len(payments) + 1)
    rec = {"id": pid, "date": pay.pop("date", dt.isoformat())}
    for k in ("amount", "currency", "payer_name", "customer_id", "reference", "remittance"):
        rec[k] = pay.get(k)
    if lab["scenario"] in ("exact_ref", "rf_ref", "be_ogm", "typo_ref") and lab["unapplied"] == "0.00":
        PAYREF[lab["applications"][0]["invoice_id"]] = (D(rec["amount"]), rec["reference"])
    payments.append(rec); labels.append(dict(payment_id=pid, **lab))
if missed: print("fallbacks:", dict(missed))
def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh: json.dump(obj, fh, ensure_ascii=False, indent=1)
dump("invoices.json", invoices); dump("payments.json", payments); dump("labels.json", labels)
print(len(invoices), "invoices", len(payments), "payments")
print(Counter(l["status"] for l in labels)); print(Counter(l["scenario"] for l in labels)); print(Counter(l["lang"] for l in labels))

# ---------------------------------------------------------------- README
cnt_s = Counter(l["status"] for l in labels); cnt_c = Counter(l["scenario"] for l in labels); cnt_l = Counter(l["lang"] for l in labels)
cnt_cur = Counter(p["currency"] for p in payments)
rd = ["# blind308 - cash application test set (horticulture exporter)", "",
 "Theme: a made-up Dutch/German exporter of cut flowers, potted plants, bulbs and young plants (invoice numbers `FVyyNNNN`) selling to florist",
 "wholesalers, garden centres, supermarket chains, clearing houses and landscapers in NL, DE, BE, FR, UK, PL, CH, SE, US. All names are invented.", "",
 "| file | content |", "|---|---|",
 "| invoices.json | %d open invoices (contract INVOICES format) |" % len(invoices),
 "| payments.json | %d payments, oldest first (contract PAYMENTS format) |" % len(payments),
 "| labels.json | one expected MATCHES entry per payment, same order, plus `scenario`, `note`, `lang` |",
 "| build.py / check.py | generator (seed 308) / label verifier |", "",
 "## Label conventions", "",
 "- `review`: `applications` empty, `unapplied` = payment amount, `candidates` = list of invoice-id lists (each list one candidate set), best first; compare as sets.",
 "- `unapplied`: overpayment remainder (applications listed), second payment of an already-settled invoice, invoice number not open, prepayment (known customer, nothing fits).",
 "- `partial`: announced instalments (`short_pay` null); stated deductions (`short_pay` = invoice, deducted amount, English reason code: waste/shrink, promotion, late delivery, quality claim, commission).",
 "- International wires short by a small unexplained amount with an exact reference: `partial`, `short_pay` null (no reason stated -> no deduction case).",
 "- Clearing-house settlements net of a commission spread over several invoices: `review` with the listed set (a single `short_pay` cannot express it). Single invoice net of commission: `partial` with short_pay reason `commission`.",
 "- A stranger (factor / group treasury) quoting invoice number + customer name + exact balance: `applied`.",
 "- Payment in a different currency from the referenced invoice: `review`, candidate = that invoice.",
 "- Bad rows (empty/null/non-decimal/negative/zero amount, missing or non-ISO currency, invalid date): `review`, no applications, no candidates, `unapplied` = amount when it is a valid positive decimal, else `0.00`. The contract defines no `error` field, so none is labelled; `scenario` = bad_row.",
 "- `reason` is free text and not meant to be compared.", "",
 "## Counts", "", "| status | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(cnt_s.items())] + \
 ["", "| scenario | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(cnt_c.items())] + \
 ["", "| language of remittance/customer | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(cnt_l.items())] + \
 ["", "| payment currency | n |", "|---|---|"] + ["| %s | %d |" % (k or "null", v) for k, v in sorted(cnt_cur.items(), key=lambda kv: str(kv[0]))] + \
 ["", "## Deliberately hard", "",
  "- RF creditor references (ISO 11649, valid check digits, sometimes grouped in fours or prefixed SCOR) and Belgian OGM/VCS (`+++100/0260/45197+++`, sometimes `***`) that wrap the invoice digits.",
  "- Invoice numbers written as digits only (`Rg.-Nr. 260451`, Polish `FV 260451`), typos (swap/drop/change), ranges (`t/m`, `bis`, `a`, `od..do`).",
  "- PO numbers (`Bestellnr. 251916`) equal to other customers' invoice digits; the amount identifies the payer's real invoice.",
  "- Payer names truncated/uppercased/de-accented the way banks do (18 chars UK FPS, 16 US ACH, 27/35 SEPA); twin customers whose truncated name is the same.",
  "- Standing orders produce identical invoice amounts (same_amount, subset_ambiguous -> review).",
  "- Reference naming one invoice while the amount equals a neighbouring invoice one digit away (typo_collide -> review).",
  "- Self-billing remittances with deductions in NL/DE/FR/PL/SV/EN and local number formats (1.234,50 / 1 234,50 / 1,234.50).",
  "- Payments are applied in order: second payments reuse the reference and amount of an earlier payment in the file.",
 ]
open(os.path.join(HERE, "README.md"), "w").write("\n".join(rd) + "\n")
