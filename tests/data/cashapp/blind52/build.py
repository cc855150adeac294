#!/usr/bin/env python3
"""Blind held-out cash-application set: Nordbygg (FI/SE/NO building supplies).

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_nordbygg/*.json and README.md.
Stage 1: customers and open invoices.  Stage 2: payments + labels (scenario plans replayed in
date order against running balances).  Stage 3: README.
"""
import json
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

SEED = 169
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "ledger_nordbygg"
D0 = Decimal("0.00")
CENT = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(d):
    return str(q(d))


def human(d, cc, cur=True):
    """Nordic amount text: space thousands, comma decimals."""
    d = q(d)
    neg = d < 0
    s = f"{abs(d):,.2f}".replace(",", " ").replace(".", ",")
    if neg:
        s = "-" + s
    if not cur:
        return s
    if cc == "FI":
        return s + " EUR"
    if cc == "SE":
        return s + " kr"
    return "kr " + s


# ---------------------------------------------------------------- check digits
def viite_check(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return str((10 - s % 10) % 10)


def viite(num):
    return num + viite_check(num)


def rf(ref):
    conv = "".join(str(int(c, 36)) for c in ref + "RF00")
    chk = 98 - int(conv) % 97
    return f"RF{chk:02d}{ref}"


def luhn_check(payload):
    s = 0
    for i, c in enumerate(reversed(payload)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def ocr(num):  # Swedish OCR with length digit + Luhn check digit
    p = num + str((len(num) + 2) % 10)
    return p + luhn_check(p)


def kid(num):  # Norwegian KID, MOD10
    return num + luhn_check(num)


def group(s, n, from_right=True):
    if from_right:
        parts = []
        while s:
            parts.insert(0, s[-n:])
            s = s[:-n]
        return " ".join(parts)
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


FOLD = str.maketrans({"Ä": "A", "Ö": "O", "Å": "A", "Ø": "O", "Æ": "AE", "É": "E", "Ü": "U",
                      "ä": "a", "ö": "o", "å": "a", "ø": "o", "æ": "ae", "é": "e", "ü": "u"})


def bank_name(name, width=None, fold=None):
    s = name.upper()
    if fold is None:
        fold = R.random() < 0.55
    if fold:
        s = s.translate(FOLD)
    if width is None:
        width = R.choice([20, 24, 25, 30, 35, 35, 35])
    return s[:width].rstrip()


# ---------------------------------------------------------------- customers
FI_CITIES = ["Helsingin", "Espoon", "Vantaan", "Tampereen", "Turun", "Oulun", "Jyväskylän", "Lahden",
             "Kuopion", "Porin", "Joensuun", "Lappeenrannan", "Hämeenlinnan", "Vaasan", "Seinäjoen",
             "Rovaniemen", "Kotkan", "Mikkelin"]
FI_MUNI = ["Helsingin kaupunki", "Espoon kaupunki", "Tampereen kaupunki", "Vantaan kaupunki",
           "Oulun kaupunki", "Kuopion kaupunki", "Kirkkonummen kunta", "Siilinjärven kunta",
           "Nurmijärven kunta", "Tuusulan kunta"]
FI_SUR = [("Virtanen", "Virtasen"), ("Korhonen", "Korhosen"), ("Mäkinen", "Mäkisen"),
          ("Nieminen", "Niemisen"), ("Mäkelä", "Mäkelän"), ("Hämäläinen", "Hämäläisen"),
          ("Laine", "Laineen"), ("Heikkinen", "Heikkisen"), ("Koskinen", "Koskisen"),
          ("Järvinen", "Järvisen"), ("Lehtonen", "Lehtosen"), ("Saarinen", "Saarisen"),
          ("Salminen", "Salmisen"), ("Heinonen", "Heinosen"), ("Niemi", "Niemen"),
          ("Kinnunen", "Kinnusen"), ("Turunen", "Turusen"), ("Salo", "Salon"),
          ("Tuominen", "Tuomisen"), ("Rantanen", "Rantasen")]
FI_BUILD = ["Rakennus {S} Oy", "Rakennusliike {S} Oy", "{C} Rakennus Oy", "{SG} Remontti Oy",
            "{C} Kattotyö Oy", "Putkiliike {S} Ky", "{C} Laatoitus ja Saneeraus Oy",
            "Kiinteistöhuolto {S} Oy", "{C} Talotekniikka Oy", "Maanrakennus {S} Oy",
            "Rakennuspalvelu {S} Oy", "{C} Julkisivu ja Pelti Oy"]
FI_STREET = ["Koivukuja 12", "Puistokatu 4", "Rantakallio", "Mäntyrinne", "Kalevankatu 31", "Näsinkallio",
             "Tapiolan Kuusikko", "Aurinkorinne", "Kirkkopuisto", "Satamaranta", "Pihlajatie 7",
             "Vuorikatu 18", "Kuusitie 3", "Haukilahdenranta", "Linnanpelto", "Tervaskanto"]

SE_MUNI = ["Stockholms stad", "Göteborgs Stad", "Malmö stad", "Uppsala kommun", "Linköpings kommun",
           "Västerås stad", "Örebro kommun", "Umeå kommun", "Norrköpings kommun", "Nacka kommun"]
SE_CITY = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Västerås", "Örebro", "Umeå",
           "Norrköping", "Lund", "Solna", "Nacka", "Sundsvall", "Gävle"]
SE_SUR = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
          "Svensson", "Gustafsson", "Pettersson", "Lindberg", "Lindqvist", "Lundgren", "Holm",
          "Sandberg", "Forsberg", "Berglund"]
SE_BUILD = ["{S}s Bygg AB", "Byggnadsfirman {S} AB", "{C} Takläggeri AB", "{S} Bygg & Fasad AB",
            "{C} Rör och VVS AB", "Mark & Anläggning {S} AB", "{S} Snickeri AB", "{C} Byggservice AB",
            "{S} & Söner Byggnads AB", "{C} Plåtslageri AB"]
SE_BRF_N = ["Ekbacken", "Solgläntan", "Björkhagen", "Sjöutsikten", "Tallkotten", "Lärkan", "Granen",
            "Humlegården", "Kvarnen", "Vårdkasen", "Sparven", "Blåklinten", "Rönnen", "Stenhuggaren",
            "Fyrtornet", "Ängsbacken", "Hästhagen", "Kronobergs Slott"]
SE_BRF = ["Bostadsrättsföreningen {N} i {C}", "Brf {N}", "HSB Bostadsrättsförening {N} i {C}",
          "Riksbyggen Bostadsrättsförening {N}", "Bostadsrättsföreningen {N}"]

NO_MUNI = ["Oslo kommune", "Bergen kommune", "Trondheim kommune", "Stavanger kommune", "Bærum kommune",
           "Drammen kommune", "Kristiansand kommune", "Tromsø kommune", "Fredrikstad kommune",
           "Lillestrøm kommune"]
NO_CITY = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Kristiansand", "Tromsø", "Bodø",
           "Hamar", "Skien", "Ålesund", "Moss"]
NO_SUR = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
          "Jensen", "Karlsen", "Haugen", "Dahl", "Solberg", "Bakken", "Lie", "Moen", "Strand", "Berge"]
NO_BUILD = ["{S} Bygg AS", "Tømrermester {S} AS", "{C} Byggtjenester AS", "{S} & {S2} Entreprenør AS",
            "Rørlegger {S} AS", "{C} Tak og Fasade AS", "Malermester {S} AS",
            "{S} Graving og Transport AS", "{C} Betong og Mur AS", "Snekker {S} AS"]
NO_BRL_N = ["Tveita", "Lambertseter", "Romsås", "Ammerud", "Haugerud", "Furuset", "Kringsjå", "Holmlia",
            "Sandaker", "Løren", "Nordstrand Terrasse", "Tåsen", "Grorud", "Rommen", "Årvoll", "Vestli",
            "Solhaug", "Fjellstua"]
NO_BRL = ["{N} Borettslag", "Borettslaget {N}", "{N} Borettslag Nord", "Boligbyggelaget {N} Borettslag"]

# pairs of cooperatives whose bank-truncated names collide (name_ambiguous / name_pair_unique)
COOP_PAIRS = [
    ("FI", "Asunto Oy Helsingin Koivukuja 12", "Asunto Oy Helsingin Koivukuja 14", 28),
    ("FI", "Asunto Oy Tampereen Näsinkallio A", "Asunto Oy Tampereen Näsinkallio B", 30),
    ("FI", "Asunto-osakeyhtiö Espoon Tapiolan Kuusikko", "Asunto-osakeyhtiö Espoon Tapiolan Kuusitie", 35),
    ("SE", "Bostadsrättsföreningen Ekbacken i Solna", "Bostadsrättsföreningen Ekbacken i Sundbyberg", 30),
    ("SE", "Bostadsrättsföreningen Stenhuggaren 3", "Bostadsrättsföreningen Stenhuggaren 4", 35),
    ("SE", "HSB Bostadsrättsförening Kvarnen i Uppsala", "HSB Bostadsrättsförening Kvarnen i Umeå", 30),
    ("NO", "Boligbyggelaget Lambertseter Borettslag Nord", "Boligbyggelaget Lambertseter Borettslag Syd", 35),
    ("NO", "Nordstrand Terrasse Borettslag 1", "Nordstrand Terrasse Borettslag 2", 25),
]

CUR = {"FI": "EUR", "SE": "SEK", "NO": "NOK"}


def make_customers():
    custs, names, ids = [], set(), set()

    def new_id():
        while True:
            i = "CU%06d" % R.randrange(100000, 999999)
            if i not in ids:
                ids.add(i)
                return i

    def add(name, cc, kind, pair=False):
        if name in names:
            return None
        if not pair and any(bank_name(name, width=w, fold=True) == bank_name(a, width=w, fold=True)
                            for _, a, _, w in COOP_PAIRS):
            return None
        names.add(name)
        c = {"id": new_id(), "name": name, "cc": cc, "kind": kind, "currencies": [CUR[cc]], "pair": None}
        custs.append(c)
        return c

    for cc, a, b, w in COOP_PAIRS:
        ca, cb = add(a, cc, "coop", True), add(b, cc, "coop", True)
        ca["pair"], cb["pair"] = (cb["id"], w), (ca["id"], w)
    for n in FI_MUNI:
        add(n, "FI", "muni")
    for n in SE_MUNI:
        add(n, "SE", "muni")
    for n in NO_MUNI:
        add(n, "NO", "muni")
    targets = {"FI": (25, 68), "SE": (25, 60), "NO": (24, 52)}  # coops, builders
    for cc, (ncoop, nbuild) in targets.items():
        k = 0
        while k < ncoop:
            if cc == "FI":
                pre = R.choice(["Asunto Oy", "Asunto Oy", "As Oy", "Asunto-osakeyhtiö"])
                n = f"{pre} {R.choice(FI_CITIES)} {R.choice(FI_STREET)}"
            elif cc == "SE":
                n = R.choice(SE_BRF).format(N=R.choice(SE_BRF_N), C=R.choice(SE_CITY))
            else:
                n = R.choice(NO_BRL).format(N=R.choice(NO_BRL_N))
            if add(n, cc, "coop"):
                k += 1
        k = 0
        while k < nbuild:
            if cc == "FI":
                s, sg = R.choice(FI_SUR)
                n = R.choice(FI_BUILD).format(S=s, SG=sg, C=R.choice(FI_CITIES))
            elif cc == "SE":
                n = R.choice(SE_BUILD).format(S=R.choice(SE_SUR), C=R.choice(SE_CITY))
            else:
                s, s2 = R.sample(NO_SUR, 2)
                n = R.choice(NO_BUILD).format(S=s, S2=s2, C=R.choice(NO_CITY))
            if add(n, cc, "builder"):
                k += 1
    # a few Swedish / Norwegian builders with projects in Finland also get EUR invoices
    for c in R.sample([c for c in custs if c["kind"] == "builder" and c["cc"] != "FI"], 8):
        c["currencies"].append("EUR")
    return custs


# ---------------------------------------------------------------- invoices
START = date(2025, 9, 1)
END = date(2026, 3, 20)


def rand_day(a=START, b=END):
    return a + timedelta(R.randrange((b - a).days + 1))


def rand_total(kind, cur):
    base = {"muni": 2600, "builder": 2300, "coop": 1400}[kind]
    x = R.lognormvariate(0, 0.9) * base
    x = max(60.0, min(x, 48000.0))
    if cur == "EUR":
        return q(x)
    f = 11.2 if cur == "SEK" else 11.6
    v = x * f
    if cur == "SEK" or R.random() < 0.5:
        return q(round(v))
    return q(v)


def due_for(kind, cc, issue):
    if kind == "muni":
        n = 30
    elif kind == "coop":
        n = R.choice([14, 14, 21, 30])
    else:
        n = R.choice({"FI": [14, 21, 30], "SE": [30, 30, 20], "NO": [14, 30, 30]}[cc])
    return issue + timedelta(n)


def row(issue, c, cur, total, credit=False, tag=None, balance=None):
    return {"issue": issue, "cust": c, "cur": cur, "total": total, "credit": credit, "tag": tag,
            "balance": balance, "inv": None}


def make_invoices(custs):
    raw = []
    for c in custs:
        n = {"muni": R.randint(8, 15), "builder": R.randint(2, 6), "coop": R.randint(1, 4)}[c["kind"]]
        if c["pair"]:
            n = max(n, 2)
        for _ in range(n):
            raw.append(row(rand_day(), c, c["currencies"][0], rand_total(c["kind"], c["currencies"][0])))
        if c["kind"] == "muni":  # monthly batches: several invoices the same day -> consecutive numbers
            for _ in range(R.randint(1, 2)):
                d = rand_day(date(2025, 10, 1), date(2026, 2, 27))
                for _ in range(R.randint(3, 5)):
                    raw.append(row(d, c, c["currencies"][0], rand_total("muni", c["currencies"][0])))
        if len(c["currencies"]) > 1:
            for _ in range(R.randint(1, 3)):
                raw.append(row(rand_day(), c, "EUR", rand_total("builder", "EUR")))
    # credit notes (open, negative)
    for c in R.sample([c for c in custs if c["kind"] != "coop"], 22):
        cur = c["currencies"][0]
        raw.append(row(rand_day(date(2025, 11, 1)), c, cur, -q(rand_total("builder", cur) * Decimal("0.15")), credit=True))
    return raw


def finalize_invoices(raw):
    """Assign per-entity invoice numbers (FI 1xxxxx, SE 2xxxxx, NO 3xxxxx) and random ids."""
    start = {"EUR": 104180, "SEK": 204870, "NOK": 301540}
    invs, ids = [], set()
    for cur in ["EUR", "SEK", "NOK"]:
        rows = sorted([r for r in raw if r["cur"] == cur], key=lambda r: (r["issue"], r["cust"]["id"], r["total"]))
        num, prev = start[cur], None
        for r in rows:
            key = (r["issue"], r["cust"]["id"])
            num += 1 if key == prev else R.randint(2, 9)
            prev = key
            bal = r["balance"] if r["balance"] is not None else (r["total"] if r["tag"] else None)
            r["inv"] = new_invoice(r["cust"], cur, r["total"], r["issue"], str(num), ids, credit=r["credit"], balance=bal)
            invs.append(r["inv"])
    invs.sort(key=lambda i: (i["issue_date"], i["number"]))
    return invs


def new_invoice(c, cur, total, issue, number, ids, credit=False, balance=None):
    while True:
        iid = "inv_" + "".join(R.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(10))
        if iid not in ids:
            ids.add(iid)
            break
    due = issue if credit else due_for(c["kind"], c["cc"], issue)
    bal = total
    if balance is not None:
        bal = balance
    elif not credit and R.random() < 0.06 and total > 300:  # already part paid before the period
        bal = q(total * Decimal(R.choice(["0.5", "0.4", "0.7", "0.25"])))
    return {"id": iid, "number": number, "customer_id": c["id"], "customer_name": c["name"],
            "currency": cur, "total": total, "balance": bal,
            "issue_date": issue.isoformat(), "due_date": due.isoformat(), "_credit": credit}



# ---------------------------------------------------------------- crafted invoices (before numbering)
def craft(custs, raw):
    """Invoices needed by amount-sensitive scenarios, added before numbering so every label is
    computed against the final ledger."""
    cr = defaultdict(list)
    by_kind = lambda k: [c for c in custs if c["kind"] in k and not c["pair"]]
    used = set()

    def pick_c(pool):
        c = R.choice([c for c in pool if c["id"] not in used])
        used.add(c["id"])
        return c

    for _ in range(12):  # twin_amount: two open invoices with the same amount
        c = pick_c(by_kind(("builder", "muni", "coop")))
        cur = c["currencies"][0]
        t = rand_total(c["kind"], cur)
        d1 = rand_day(date(2025, 10, 1), date(2025, 12, 15))
        d2 = d1 + timedelta(R.randint(7, 40))
        cr["twin"].append([row(d1, c, cur, t, tag="twin"), row(d2, c, cur, t, tag="twin")])
    for _ in range(6):  # lump_two_readings: a, b and c = a + b
        c = pick_c(by_kind(("builder", "muni")))
        cur = c["currencies"][0]
        a, b = rand_total("builder", cur), rand_total("builder", cur)
        ds = sorted(rand_day(date(2025, 10, 1), date(2025, 12, 31)) for _ in range(3))
        cr["lump2"].append([row(ds[0], c, cur, a, tag="lump2"), row(ds[1], c, cur, b, tag="lump2"),
                            row(ds[2], c, cur, a + b, tag="lump2")])
    multi = [c for c in custs if len(c["currencies"]) > 1]
    for k in range(5):  # currency_twin: same figure in EUR and in the home currency
        c = multi[k]
        t = rand_total("builder", "EUR")
        if c["cc"] == "SE":
            t = q(round(t))
        d = rand_day(date(2025, 10, 1), date(2025, 12, 31))
        cr["curtwin"].append([row(d, c, "EUR", t, tag="curtwin"),
                              row(d + timedelta(R.randint(1, 20)), c, CUR[c["cc"]], t, tag="curtwin")])
        used.add(c["id"])
    pairs = []
    for c in custs:
        if c["pair"] and c["id"] < c["pair"][0]:
            pairs.append((c, next(x for x in custs if x["id"] == c["pair"][0]), c["pair"][1]))
    for a, b, w in pairs[:5]:  # name_ambiguous: same figure open at both cooperatives
        cur = CUR[a["cc"]]
        t = rand_total("coop", cur)
        cr["nameamb"].append(([row(rand_day(date(2025, 10, 1), date(2025, 12, 31)), a, cur, t, tag="nameamb"),
                               row(rand_day(date(2025, 10, 1), date(2025, 12, 31)), b, cur, t, tag="nameamb")], w))
    for a, b, w in pairs[5:]:
        cr["pairuniq"].append((a, b, w))
    for _ in range(12):  # retention: large construction invoices
        c = pick_c(by_kind(("builder", "muni")))
        cur = c["currencies"][0]
        t = rand_total("builder", cur)
        t = q(t * Decimal(R.choice([5, 6, 8, 10, 12])))
        if cur != "EUR":
            t = q(round(t))
        cr["retention"].append([row(rand_day(date(2025, 10, 1), date(2026, 1, 20)), c, cur, t, tag="retention")])
    for grp in list(cr.values()):
        for g in grp:
            rows = g[0] if isinstance(g, tuple) else g
            if isinstance(rows, list):
                raw.extend(x for x in rows if isinstance(x, dict))
    return cr


# ---------------------------------------------------------------- payments
PAY_START, PAY_END = date(2026, 1, 5), date(2026, 3, 27)
BUSDAYS = [PAY_START + timedelta(i) for i in range((PAY_END - PAY_START).days + 1)
           if (PAY_START + timedelta(i)).weekday() < 5]

PROPERTY_MANAGERS = {"EUR": ["ISANNOINTI KOTIPALVELU OY", "REALIA ISANNOINTI OY", "ISANNOINTITOIMISTO LAHTINEN",
                             "COLLIERS ISANNOINTI OY KLIENTTITIL"],
                     "SEK": ["HSB EKONOMISK FORV KLIENTMEDEL", "RIKSBYGGEN EKONOMISK FORVALTNING",
                             "SBC SVERIGES BOSTADSRATTSCENTRUM", "NABO GROUP KLIENTMEDELSKONTO"],
                     "NOK": ["OBOS EIENDOMSFORVALTNING AS", "USBL FORRETNINGSFORELSE", "BORI BBL KLIENTKONTO",
                             "TOBB FORRETNINGSFORSEL"]}


class World:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.inv = {i["id"]: i for i in invs}
        self.bal = {i["id"]: i["balance"] for i in invs}
        self.touched = set()
        self.plans = []
        self.pay_ids = set()

    # -- selection helpers (plan time)
    def pick(self, before, cur=None, cc=None, kinds=None, minbal=Decimal("50"), cust=None, pred=None, mark=True):
        lim = (before - timedelta(5)).isoformat()
        pool = [i for i in self.invs if i["id"] not in self.touched and not i["_credit"] and i["issue_date"] <= lim
                and i["balance"] >= minbal and (cur is None or i["currency"] == cur)
                and (cc is None or self.cust[i["customer_id"]]["cc"] == cc)
                and (kinds is None or self.cust[i["customer_id"]]["kind"] in kinds)
                and (cust is None or i["customer_id"] == cust)
                and not self.cust[i["customer_id"]]["pair"]
                and (pred is None or pred(i))]
        if not pool:
            return None
        i = R.choice(pool)
        if mark:
            self.touched.add(i["id"])
        return i

    def open_of(self, cid, cur):  # replay-time: open items of a customer in one currency
        return [i for i in self.invs if i["customer_id"] == cid and i["currency"] == cur and self.bal[i["id"]] != 0]

    def plan(self, d, scen, make):
        self.plans.append({"date": d, "seq": len(self.plans), "scenario": scen, "make": make})

    def pid(self):
        while True:
            p = "pay_" + "".join(R.choice("0123456789abcdef") for _ in range(12))
            if p not in self.pay_ids:
                self.pay_ids.add(p)
                return p


def pay(w, d, amount, cur, payer, cid, ref, rem, pid=None):
    return {"id": pid or w.pid(), "date": d.isoformat() if isinstance(d, date) else d,
            "amount": fmt(amount) if isinstance(amount, Decimal) else amount, "currency": cur,
            "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}


def label(w, p, status, apps=(), unapplied=D0, short=None, cands=(), reason="", note=""):
    apps = [(i["id"], q(a)) for i, a in apps]
    for iid, a in apps:
        w.bal[iid] -= a
    return {"payment_id": p["id"], "status": status,
            "applications": [{"invoice_id": iid, "amount": fmt(a)} for iid, a in apps],
            "unapplied": fmt(unapplied), "short_pay": short,
            "candidates": [{"invoice_ids": [i["id"] for i in grp], "total": fmt(sum(w.bal[i["id"]] for i in grp))}
                           for grp in cands],
            "reason": reason, "note": note}


def cc_of(w, i):
    return w.cust[i["customer_id"]]["cc"]


def struct_ref(i, style=None):
    """Bank reference for an invoice: FI viitenumero / RF, SE OCR, NO KID, all built on the invoice number."""
    n = i["number"]
    if i["currency"] == "EUR":
        v = viite(n)
        style = style or R.choice(["plain", "plain", "group", "zeros", "label", "rf"])
        if style == "rf":
            return R.choice([group(rf(v), 4, False), rf(v)])
        return {"plain": v, "group": group(v, 5), "zeros": v.zfill(20), "label": "VIITE " + v}[style]
    if i["currency"] == "SEK":
        o = ocr(n)
        return R.choice([o, o, "OCR " + o, "OCR: " + o])
    k = kid(n)
    return R.choice([k, k, "KID " + k, "KID: " + k, kid(n.zfill(9))])


def text_ref(i, cc=None):
    n = i["number"]
    cc = cc or ("FI" if i["currency"] == "EUR" else "SE" if i["currency"] == "SEK" else "NO")
    opts = {"FI": ["LASKU " + n, "Lasku nro " + n, "LASKUN NRO " + n, "Lasku " + n + " maksu", n, "INV " + n],
            "SE": ["FAKTURA " + n, "Fakt nr " + n, "Avser faktura " + n, "FAKTURANR " + n, "Fakturanummer: " + n, n],
            "NO": ["FAKTURA " + n, "Faktura nr. " + n, "Gjelder faktura " + n, "FAKTNR " + n, "Fakt. " + n, n]}
    return R.choice(opts[cc])


def dmy(s, cc):
    y, m, d = s.split("-")
    return f"{y}-{m}-{d}" if cc == "SE" else f"{d}.{m}.{y}"


def remit(w, cc, lines, payer, d, total, muni=False):
    """lines: list of (number, amount, extra) -> a remittance advice in the payer's language."""
    if cc == "FI":
        head = [f"{payer.upper()} / OSTORESKONTRA", f"Maksuerittely {dmy(d.isoformat(), cc)}",
                "Laskun nro   Summa"] if muni else ["Maksamme seuraavat laskut:"]
        body = [f"{'Hyvityslasku' if a < 0 else 'Lasku'} {n}  {human(a, cc, False)}{('  ' + x) if x else ''}"
                for n, a, x in lines]
        tail = [f"Yhteensä {human(total, cc)}"]
    elif cc == "SE":
        head = [f"{payer} - Leverantörsreskontra", f"Betalningsspecifikation {d.isoformat()}",
                "Fakturanr    Belopp"] if muni else ["Betalningsspecifikation", "Fakturanr    Belopp"]
        body = [f"{n}{' (kredit)' if a < 0 else ''}    {human(a, cc, False)}{('  ' + x) if x else ''}"
                for n, a, x in lines]
        tail = [f"Summa {human(total, cc)}"]
    else:
        head = [f"{payer} - Regnskapstjenester", f"Betalingsspesifikasjon {dmy(d.isoformat(), cc)}",
                "Fakturanr.   Beløp"] if muni else ["Betalingsspesifikasjon", "Fakturanr.   Beløp"]
        body = [f"{'Kreditnota' if a < 0 else 'Faktura'} {n}    {human(a, cc, False)}{('  ' + x) if x else ''}"
                for n, a, x in lines]
        tail = [f"Sum {human(total, cc)}"]
    return "\n".join(head + body + tail)


def pday(lo=0, hi=None):
    hi = len(BUSDAYS) - 1 if hi is None else hi
    return BUSDAYS[R.randint(lo, hi)]


def cid_or_null(c, p=0.65):
    return c["id"] if R.random() < p else None



# ---------------------------------------------------------------- scenario planners
def payer_of(c, width=None):
    if c["kind"] == "muni" and R.random() < 0.4:
        sfx = {"FI": " OSTOLASKUT", "SE": " EKONOMI", "NO": " FAKTURAMOTTAK"}[c["cc"]]
        return bank_name(c["name"] + sfx, width=width or 35)
    return bank_name(c["name"], width=width)


def sc_structured(w, n, cur, scen, rfonly=False, chain=None):
    for _ in range(n):
        d = pday()
        i = w.pick(d, cur=cur)
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            amt = w.bal[i["id"]]
            ref = struct_ref(i, "rf" if rfonly else None)
            rem = None
            if i["currency"] == "SEK" and R.random() < 0.35:
                rem = R.choice(["Bankgiroinbetalning till BG 5050-1055", "Inbetalning Plusgiro 487721-3",
                                "BG 5050-1055 Nordbygg AB"])
            p = pay(w, d, amt, i["currency"], payer_of(c), cid_or_null(c), ref, rem)
            kind = "RF creditor reference" if ref.startswith("RF") else {"EUR": "viitenumero", "SEK": "OCR", "NOK": "KID"}[i["currency"]]
            return p, label(w, p, "applied", [(i, amt)], reason=f"{kind} {ref} = invoice {i['number']} + check digit; exact balance",
                            note=f"structured {kind}; customer_id {'given' if p['customer_id'] else 'null'}")
        w.plan(d, scen, mk)


def sc_text(w, n):
    for _ in range(n):
        d = pday()
        i = w.pick(d)
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            amt = w.bal[i["id"]]
            ref = text_ref(i, c["cc"])
            rem = None
            if R.random() < 0.3:
                rem, ref = ref, R.choice([None, "BETALNING" if c["cc"] == "SE" else "MAKSU" if c["cc"] == "FI" else "BETALING"])
            p = pay(w, d, amt, i["currency"], payer_of(c), cid_or_null(c), ref, rem)
            return p, label(w, p, "applied", [(i, amt)], reason=f"invoice number {i['number']} in the payment text; exact balance",
                            note="free-text invoice number")
        w.plan(d, "invoice_number_text", mk)


def sc_trunc_ref(w, n):
    for _ in range(n):
        d = pday()
        i = w.pick(d, kinds=("coop", "muni"), pred=lambda i: len(i["customer_name"]) > 24)
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            amt = w.bal[i["id"]]
            payer = bank_name(c["name"], width=R.choice([18, 20, 22, 24]))
            ref = struct_ref(i) if R.random() < 0.7 else text_ref(i)
            p = pay(w, d, amt, i["currency"], payer, None, ref, None)
            return p, label(w, p, "applied", [(i, amt)], reason=f"reference names invoice {i['number']}; exact balance; payer name is the truncated '{c['name']}'",
                            note="truncated upper-case cooperative/municipality name, no customer id")
        w.plan(d, "truncated_name_reference", mk)


GENERIC = {"FI": [None, None, "MAKSU", "LASKUJEN MAKSU", "RAKENNUSTARVIKKEET"],
           "SE": [None, None, "BETALNING", "BYGGMATERIAL", "LEVERANTORSBETALNING"],
           "NO": [None, None, "BETALING", "BYGGEVARER", "OVERFORING"]}


def unique_amount_ok(w, c, cur, amt, inv):
    same = [x for x in w.open_of(c["id"], cur) if w.bal[x["id"]] == amt]
    return same == [inv]


def sc_amount_unique(w, n, by_name=False):
    for _ in range(n):
        d = pday()
        if by_name:
            okc = {c["id"] for c in w.custs if len(c["name"]) <= 30 and c["kind"] == "builder"}
            i = w.pick(d, pred=lambda i: i["customer_id"] in okc)
        else:
            i = w.pick(d)
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            amt = w.bal[i["id"]]
            assert unique_amount_ok(w, c, i["currency"], amt, i), i
            if by_name:
                p = pay(w, d, amt, i["currency"], bank_name(c["name"], width=35), None, R.choice(GENERIC[c["cc"]][2:]), None)
                why = f"payer name is '{c['name']}' in full; no reference; amount equals only invoice {i['number']}"
            else:
                p = pay(w, d, amt, i["currency"], payer_of(c), c["id"], R.choice(GENERIC[c["cc"]]), None)
                why = f"known customer; no invoice reference; amount equals the balance of exactly one open invoice ({i['number']})"
            return p, label(w, p, "applied", [(i, amt)], reason=why,
                            note="amount-only match" + (" by full payer name" if by_name else ""))
        w.plan(d, "name_amount" if by_name else "amount_unique", mk)


def sc_multi(w, n):
    for k in range(n):
        d = pday(10)
        kinds = ("muni",) if k % 3 else ("builder", "muni")
        first = w.pick(d, kinds=kinds, mark=False)
        c = w.cust[first["customer_id"]]
        items = []
        for _ in range(R.randint(2, 6)):
            x = w.pick(d, cust=c["id"], cur=c["currencies"][0])
            if x:
                items.append(x)
        if len(items) < 2:
            continue

        def mk(d=d, items=items, c=c):
            amts = [w.bal[i["id"]] for i in items]
            tot = sum(amts)
            muni = c["kind"] == "muni"
            rem = remit(w, c["cc"], [(i["number"], a, "") for i, a in zip(items, amts)], c["name"], d, tot, muni)
            ref = R.choice({"FI": ["MAKSUERITTELY", "KS. ERITTELY", None], "SE": ["SAMLINGSBETALNING", "SE SPEC", None],
                            "NO": ["SAMLEBETALING", "SE SPESIFIKASJON", None]}[c["cc"]])
            p = pay(w, d, tot, items[0]["currency"], payer_of(c), cid_or_null(c, 0.8), ref, rem)
            return p, label(w, p, "applied", [(i, a) for i, a in zip(items, amts)],
                            reason=f"remittance lists {len(items)} invoices; amounts and total agree",
                            note="list of invoices in a remittance advice")
        w.plan(d, "remittance_list", mk)


def sc_range(w, n):
    groups = defaultdict(list)
    for i in w.invs:
        if w.cust[i["customer_id"]]["kind"] == "muni" and not i["_credit"]:
            groups[(i["customer_id"], i["issue_date"])].append(i)
    runs = []
    for g in groups.values():
        g.sort(key=lambda i: int(i["number"]))
        if len(g) >= 3 and all(int(b["number"]) - int(a["number"]) == 1 for a, b in zip(g, g[1:])):
            runs.append(g)
    R.shuffle(runs)
    k = 0
    for g in runs:
        if k == n:
            break
        if any(i["id"] in w.touched or i["balance"] != i["total"] for i in g):
            continue
        d = max(date.fromisoformat(g[0]["issue_date"]) + timedelta(20), PAY_START)
        d = next(x for x in BUSDAYS if x >= d) if d <= PAY_END else pday()
        for i in g:
            w.touched.add(i["id"])
        c = w.cust[g[0]["customer_id"]]
        k += 1

        def mk(d=d, g=g, c=c):
            amts = [w.bal[i["id"]] for i in g]
            a, b = g[0]["number"], g[-1]["number"]
            txt = R.choice({"FI": [f"LASKUT {a}-{b}", f"Laskut {a} - {b[-2:]}", f"Laskut {a}–{b}"],
                            "SE": [f"FAKTUROR {a}-{b}", f"Fakt {a}-{b[-2:]}", f"Fakturor {a} t.o.m. {b}"],
                            "NO": [f"FAKTURA {a}-{b}", f"Fakt. {a}-{b[-2:]}", f"Fakturaer {a} til {b}"]}[c["cc"]])
            rem = None
            if R.random() < 0.5:
                rem, txt = txt + f" ({len(g)} st.) " + human(sum(amts), c["cc"]), None
            p = pay(w, d, sum(amts), g[0]["currency"], payer_of(c), cid_or_null(c, 0.7), txt, rem)
            return p, label(w, p, "applied", list(zip(g, amts)),
                            reason=f"range {a}-{b} covers {len(g)} consecutive invoices of this customer; total agrees",
                            note="range of invoice numbers (sometimes abbreviated end)")
        w.plan(d, "invoice_range", mk)


def sc_credit(w, n):
    creds = [i for i in w.invs if i["_credit"] and i["id"] not in w.touched]
    R.shuffle(creds)
    k = 0
    for cn in creds:
        if k == n:
            break
        d = pday(15)
        if cn["issue_date"] > (d - timedelta(5)).isoformat():
            continue
        c = w.cust[cn["customer_id"]]
        items = []
        for _ in range(R.randint(1, 2)):
            x = w.pick(d, cust=c["id"], cur=cn["currency"], minbal=-cn["balance"] + 1 if not items else Decimal("50"))
            if x:
                items.append(x)
        if not items:
            continue
        w.touched.add(cn["id"])
        k += 1

        def mk(d=d, items=items, cn=cn, c=c):
            lines = [(i, w.bal[i["id"]]) for i in items] + [(cn, w.bal[cn["id"]])]
            tot = sum(a for _, a in lines)
            assert tot > 0
            rem = remit(w, c["cc"], [(i["number"], a, "") for i, a in lines], c["name"], d, tot, c["kind"] == "muni")
            p = pay(w, d, tot, cn["currency"], payer_of(c), cid_or_null(c, 0.8), None if R.random() < 0.6 else text_ref(items[0]), rem)
            return p, label(w, p, "applied", lines,
                            reason=f"remittance nets credit note {cn['number']} against {', '.join(i['number'] for i in items)}; net total agrees",
                            note="credit note netted by the payer: negative application closes the credit note")
        w.plan(d, "credit_note_netted", mk)


PART_TXT = {"FI": ["Osamaksu lasku {n}", "LASKU {n} 1. ERA", "osamaksu {n} sovitusti"],
            "SE": ["Delbetalning faktura {n}", "DELBET FAKT {n}", "Faktura {n} delbetalning 1 av 2"],
            "NO": ["Avdrag 1 av 3 faktura {n}", "Delbetaling faktura {n}", "AVDRAG FAKT {n}"]}
REST_TXT = {"FI": ["Loppusuoritus lasku {n}", "LASKU {n} LOPPUERA"], "SE": ["Restbetalning faktura {n}", "REST FAKT {n}"],
            "NO": ["Restbeløp faktura {n}", "SISTE AVDRAG FAKT {n}"]}


def sc_part(w, n, n_rest):
    for k in range(n):
        d = pday(0, 40)
        i = w.pick(d, minbal=Decimal("900"))
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            b = w.bal[i["id"]]
            part = q(b * Decimal(R.choice(["0.5", "0.3333", "0.25"])))
            if i["currency"] != "EUR" or R.random() < 0.5:
                part = q(round(part, -2) or 100)
            ref = R.choice(PART_TXT[c["cc"]]).format(n=i["number"])
            p = pay(w, d, part, i["currency"], payer_of(c), cid_or_null(c, 0.8), ref, None)
            return p, label(w, p, "partial", [(i, part)], reason=f"part payment of invoice {i['number']} as the text says; balance stays open",
                            note="part payment (Norwegian 'avdrag' = instalment, not a deduction)" if c["cc"] == "NO" else "part payment")
        w.plan(d, "part_payment", mk)
        if k < n_rest:
            d2 = BUSDAYS[min(BUSDAYS.index(d) + R.randint(8, 20), len(BUSDAYS) - 1)]

            def mk2(d=d2, i=i, c=c):
                b = w.bal[i["id"]]
                assert 0 < b < i["balance"]
                p = pay(w, d, b, i["currency"], payer_of(c), cid_or_null(c, 0.5),
                        R.choice(REST_TXT[c["cc"]]).format(n=i["number"]) if R.random() < 0.6 else struct_ref(i), None)
                return p, label(w, p, "applied", [(i, b)], reason=f"pays the remaining balance of {i['number']} after the earlier part payment",
                                note="later payment sees the balance reduced by an earlier one in this file")
            w.plan(d2, "rest_after_part_payment", mk2)


def sc_curtwin(w, cr):
    for k, (ra, rb) in enumerate(cr["curtwin"]):
        a, b = ra["inv"], rb["inv"]
        tgt = a if k % 2 == 0 else b
        other = b if tgt is a else a
        w.touched.update([a["id"], b["id"]])
        c = w.cust[a["customer_id"]]
        d = pday()

        def mk(d=d, tgt=tgt, other=other, c=c):
            amt = w.bal[tgt["id"]]
            assert unique_amount_ok(w, c, tgt["currency"], amt, tgt)
            p = pay(w, d, amt, tgt["currency"], payer_of(c), c["id"], R.choice(GENERIC[c["cc"]]), None)
            return p, label(w, p, "applied", [(tgt, amt)],
                            reason=f"only {tgt['currency']} invoice with this balance is {tgt['number']}; {other['number']} has the same figure in {other['currency']}",
                            note="same figure open in two currencies: never across currencies")
        w.plan(d, "currency_twin", mk)


def sc_all_open(w, n):
    k = 0
    cands = [c for c in w.custs if c["kind"] in ("coop", "builder") and not c["pair"] and len(c["currencies"]) == 1]
    R.shuffle(cands)
    for c in cands:
        if k == n:
            break
        its = [i for i in w.invs if i["customer_id"] == c["id"]]
        if not 2 <= len(its) <= 4 or any(i["id"] in w.touched or i["_credit"] for i in its):
            continue
        d = pday(20)
        if max(i["issue_date"] for i in its) > (d - timedelta(5)).isoformat():
            continue
        w.touched.update(i["id"] for i in its)
        k += 1

        def mk(d=d, its=its, c=c):
            amts = [w.bal[i["id"]] for i in its]
            ref = R.choice({"FI": [None, "AVOIMET LASKUT", "TILIOTTEEN MUKAAN"], "SE": [None, "ENL KONTOUTDRAG", "SALDO"],
                            "NO": [None, "IHT KONTOUTSKRIFT", "UTESTAENDE"]}[c["cc"]])
            p = pay(w, d, sum(amts), its[0]["currency"], payer_of(c), c["id"], ref, None)
            return p, label(w, p, "applied", list(zip(its, amts)),
                            reason=f"amount equals the sum of all {len(its)} open items of the customer",
                            note="lump equal to the whole open balance")
        w.plan(d, "lump_all_open", mk)


def sc_po_like(w, n):
    for k in range(n):
        d = pday()
        i = w.pick(d, pred=lambda i: len([x for x in w.invs if x["customer_id"] == i["customer_id"]]) >= 2)
        c = w.cust[i["customer_id"]]
        if k % 2 == 0:  # the PO / order number is another customer's invoice number
            o = w.pick(d, cur=i["currency"], pred=lambda x: x["customer_id"] != c["id"], mark=False)
        else:  # the order number is this customer's other open invoice (different amount)
            o = w.pick(d, cust=c["id"], cur=i["currency"], mark=False)
        if o is None:
            continue

        def mk(d=d, i=i, o=o, c=c, k=k):
            amt = w.bal[i["id"]]
            assert w.bal[o["id"]] != amt
            if k % 2 == 0:
                assert unique_amount_ok(w, c, i["currency"], amt, i)
                ref = R.choice({"FI": ["TILAUS {o}", "Tilausnro {o}", "PO {o}"], "SE": ["BESTALLNING {o}", "Order nr {o}", "PO {o}"],
                                "NO": ["BESTILLING {o}", "Ordrenr {o}", "PO {o}"]}[c["cc"]]).format(o=o["number"])
                why = f"'{o['number']}' is labelled as an order number (and is another customer's invoice); known customer, amount equals only {i['number']}"
            else:
                ref = R.choice({"FI": ["LASKU {n} TILAUS {o}", "Lasku {n} / tilausnro {o}"], "SE": ["FAKTURA {n} ORDER {o}", "Fakt {n} best nr {o}"],
                                "NO": ["FAKTURA {n} ORDRE {o}", "Faktura {n}, bestillingsnr {o}"]}[c["cc"]]).format(n=i["number"], o=o["number"])
                why = f"text names invoice {i['number']} and an order number {o['number']}; amount equals {i['number']}"
            p = pay(w, d, amt, i["currency"], payer_of(c), c["id"], ref, None)
            return p, label(w, p, "applied", [(i, amt)], reason=why, note="order/PO number that looks like an invoice number")
        w.plan(d, "po_number_lookalike", mk)


def sc_pairs(w, cr):
    for rows, wd in cr["nameamb"]:
        a, b = rows[0]["inv"], rows[1]["inv"]
        w.touched.update([a["id"], b["id"]])
        d = pday(10)

        def mk(d=d, a=a, b=b, wd=wd):
            amt = w.bal[a["id"]]
            assert w.bal[b["id"]] == amt
            ca, cb = w.cust[a["customer_id"]], w.cust[b["customer_id"]]
            pa = bank_name(ca["name"], width=wd, fold=True)
            assert pa == bank_name(cb["name"], width=wd, fold=True)
            assert sum(bank_name(x["name"], width=wd, fold=True) == pa for x in w.custs) == 2
            p = pay(w, d, amt, a["currency"], pa, None, R.choice(GENERIC[ca["cc"]]), None)
            cands = sorted([[a], [b]], key=lambda g: g[0]["due_date"])
            return p, label(w, p, "review", [], unapplied=amt, cands=cands,
                            reason=f"truncated name fits '{ca['name']}' and '{cb['name']}', each with an open invoice of this amount",
                            note="bank truncation makes two cooperatives indistinguishable")
        w.plan(d, "name_ambiguous", mk)
    for a, b, wd in cr["pairuniq"]:
        d = pday()
        i = None
        for _ in range(30):
            cand = R.choice([x for x in w.invs if x["customer_id"] in (a["id"], b["id"]) and not x["_credit"]])
            if cand["id"] not in w.touched and cand["issue_date"] <= (d - timedelta(5)).isoformat():
                i = cand
                break
        if i is None:
            continue
        w.touched.add(i["id"])

        def mk(d=d, i=i, a=a, b=b, wd=wd):
            amt = w.bal[i["id"]]
            both = w.open_of(a["id"], i["currency"]) + w.open_of(b["id"], i["currency"])
            assert [x for x in both if w.bal[x["id"]] == amt] == [i]
            assert sum(bank_name(x["name"], width=wd, fold=True) == bank_name(a["name"], width=wd, fold=True) for x in w.custs) == 2
            c = w.cust[i["customer_id"]]
            p = pay(w, d, amt, i["currency"], bank_name(a["name"], width=wd, fold=True), None, R.choice(GENERIC[c["cc"]][2:]), None)
            return p, label(w, p, "applied", [(i, amt)],
                            reason=f"truncated name fits '{a['name']}' and '{b['name']}' but only invoice {i['number']} of '{c['name']}' has this amount",
                            note="truncated name shared by two cooperatives; the exact amount settles it")
        w.plan(d, "name_pair_amount", mk)



RET_TXT = {"FI": ["Lasku {n} {t}, pidätys {p} % takuuaikaa varten -{r}, maksetaan {a}",
                  "LASKU {n} PIDATYS {p}% {r}", "Urakkasopimuksen mukainen pidätys {p} % laskusta {n} ({r})"],
           "SE": ["Faktura {n} {t}, innehållet {p} % enl. AB 04 kap 6: -{r}, utbetalt {a}",
                  "FAKT {n} INNEHALLEN {p}% GARANTI", "Faktura {n} - {p} % innehålls till slutbesiktning ({r})"],
           "NO": ["Faktura {n} {t}, tilbakeholdt {p} % iht. NS 8405 pkt 9: -{r}, utbetalt {a}",
                  "FAKT {n} TILBAKEHOLD {p}% SIKKERHET", "Faktura {n} – {p} % holdes tilbake til overtakelse ({r})"]}
SHORT_TXT = {"FI": [("vähennetty {r} vaurioituneet tuotteet (lähete {x})", "damaged goods"),
                    ("hinta-ero sopimushintaan -{r}", "price difference"),
                    ("puuttuva toimitus, vähennys {r}", "missing delivery")],
             "SE": [("avdrag {r} skadat gods fs {x}", "damaged goods"),
                    ("prisskillnad enl. avtal, avdrag {r}", "price difference"),
                    ("avdrag för ej levererat material {r}", "missing delivery")],
             "NO": [("trukket {r} for skadet vare (pakkseddel {x})", "damaged goods"),
                    ("prisdifferanse iht. avtale, trukket {r}", "price difference"),
                    ("manglende levering, trekk {r}", "missing delivery")]}


def sc_retention(w, cr):
    for (r,) in cr["retention"]:
        i = r["inv"]
        w.touched.add(i["id"])
        d0 = max(date.fromisoformat(i["issue_date"]) + timedelta(25), PAY_START)
        d = next((x for x in BUSDAYS if x >= d0), BUSDAYS[-1])
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            b = w.bal[i["id"]]
            pct = R.choice([5, 10, 10])
            ret = q(i["total"] * pct / 100)
            amt = b - ret
            txt = R.choice(RET_TXT[c["cc"]]).format(n=i["number"], t=human(i["total"], c["cc"], False), p=pct,
                                                     r=human(ret, c["cc"], False), a=human(amt, c["cc"], False))
            ref, rem = (struct_ref(i), txt) if R.random() < 0.5 else (txt[:60], None)
            p = pay(w, d, amt, i["currency"], payer_of(c), cid_or_null(c, 0.8), ref, rem)
            return p, label(w, p, "partial", [(i, amt)],
                            reason=f"{pct} % retention held back on construction invoice {i['number']}; retained {fmt(ret)} stays open",
                            note="retention (holdback) is an agreed part payment, not a deduction: short_pay null")
        w.plan(d, "retention", mk)


def sc_short(w, n):
    for _ in range(n):
        d = pday()
        i = w.pick(d, minbal=Decimal("700"))
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            b = w.bal[i["id"]]
            ded = q(b * Decimal(R.choice(["0.04", "0.08", "0.12", "0.2"])))
            if i["currency"] != "EUR":
                ded = q(round(ded))
            txt, why = R.choice(SHORT_TXT[c["cc"]])
            txt = txt.format(r=human(ded, c["cc"]), x=R.randint(880000, 899999))
            amt = b - ded
            head = R.choice({"FI": ["Lasku {n}: ", "LASKU {n} "], "SE": ["Faktura {n}: ", "FAKT {n} "], "NO": ["Faktura {n}: ", "FAKT {n} "]}[c["cc"]]).format(n=i["number"])
            if R.random() < 0.5:
                ref, rem = struct_ref(i), head + txt
            else:
                ref, rem = head + txt, None
            p = pay(w, d, amt, i["currency"], payer_of(c), cid_or_null(c, 0.7), ref, rem)
            return p, label(w, p, "partial", [(i, amt)],
                            short={"invoice_id": i["id"], "amount": fmt(ded), "reason": why},
                            reason=f"pays invoice {i['number']} less {fmt(ded)} ({why})",
                            note="short pay with a stated reason" + (" (Swedish 'avdrag' = deduction)" if c["cc"] == "SE" and "avdrag" in txt else ""))
        w.plan(d, "short_pay", mk)


def sc_list_short(w, n):
    for _ in range(n):
        d = pday(10)
        first = w.pick(d, kinds=("muni",), mark=False)
        c = w.cust[first["customer_id"]]
        items = [x for x in (w.pick(d, cust=c["id"], minbal=Decimal("500")) for _ in range(R.randint(3, 5))) if x]
        if len(items) < 2:
            continue

        def mk(d=d, items=items, c=c):
            amts = [w.bal[i["id"]] for i in items]
            j = R.randrange(len(items))
            ded = q(amts[j] * Decimal(R.choice(["0.05", "0.1", "0.15"])))
            if items[0]["currency"] != "EUR":
                ded = q(round(ded))
            txt, why = R.choice(SHORT_TXT[c["cc"]])
            txt = txt.format(r=human(ded, c["cc"], False), x=R.randint(880000, 899999))
            paid = list(amts)
            paid[j] = amts[j] - ded
            lines = [(i["number"], a, txt if k == j else "") for k, (i, a) in enumerate(zip(items, paid))]
            tot = sum(paid)
            rem = remit(w, c["cc"], lines, c["name"], d, tot, True)
            p = pay(w, d, tot, items[0]["currency"], payer_of(c), cid_or_null(c, 0.8), None, rem)
            return p, label(w, p, "partial", list(zip(items, paid)),
                            short={"invoice_id": items[j]["id"], "amount": fmt(ded), "reason": why},
                            reason=f"list of {len(items)} invoices; {items[j]['number']} paid {fmt(ded)} short ({why})",
                            note="municipality list with one short-paid line")
        w.plan(d, "list_with_short_pay", mk)


def sc_overpay(w, n):
    for k in range(n):
        d = pday()
        if k % 3 == 0:
            i = w.pick(d, pred=lambda i: i["balance"] < i["total"])
        else:
            i = w.pick(d, minbal=Decimal("300"))
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c, k=k):
            b = w.bal[i["id"]]
            if b < i["total"]:
                amt, why = i["total"], f"paid the invoice total {fmt(i['total'])} although {fmt(i['total'] - b)} was paid before"
            elif k % 3 == 1:
                amt = q((b / 100).to_integral_value(rounding="ROUND_CEILING") * 100)
                if amt == b:
                    amt += 100
                why = "rounded the payment up"
            else:
                amt = b + q(R.choice([b, Decimal(R.choice(["25.00", "45.00", "120.00"]))]))
                why = "paid more than the balance (double amount or a reminder fee that was not charged)"
            extra = amt - b
            ref = struct_ref(i) if R.random() < 0.6 else text_ref(i)
            p = pay(w, d, amt, i["currency"], payer_of(c), cid_or_null(c, 0.7), ref, None)
            return p, label(w, p, "unapplied", [(i, b)], unapplied=extra,
                            reason=f"reference {i['number']}; balance {fmt(b)} applied, {fmt(extra)} held on account: {why}",
                            note="overpayment")
        w.plan(d, "overpayment", mk)


def sc_duplicate(w, n):
    for _ in range(n):
        d = pday(0, 45)
        i = w.pick(d)
        c = w.cust[i["customer_id"]]
        d2 = BUSDAYS[min(BUSDAYS.index(d) + R.randint(1, 15), len(BUSDAYS) - 1)]
        box = {}

        def mk(d=d, i=i, c=c, box=box):
            amt = w.bal[i["id"]]
            box["ref"] = struct_ref(i)
            box["payer"] = payer_of(c)
            p = pay(w, d, amt, i["currency"], box["payer"], c["id"], box["ref"], None)
            return p, label(w, p, "applied", [(i, amt)], reason=f"reference {i['number']}; exact balance",
                            note="first payment of an invoice that is paid again later in the file")

        def mk2(d=d2, i=i, c=c, box=box):
            amt = i["balance"]
            assert w.bal[i["id"]] == 0
            assert not [x for x in w.open_of(c["id"], i["currency"]) if w.bal[x["id"]] == amt]
            p = pay(w, d, amt, i["currency"], box["payer"], c["id"], box["ref"], None)
            return p, label(w, p, "unapplied", [], unapplied=amt,
                            reason=f"invoice {i['number']} was already paid earlier in this file; second payment held on account",
                            note="duplicate payment of a paid invoice (different payment id)")
        w.plan(d, "reference_exact", mk)
        w.plan(d2, "duplicate_payment", mk2)


def sc_list_paid_line(w, n):
    for _ in range(n):
        d = pday(0, 30)
        first = w.pick(d, kinds=("muni",), mark=False)
        c = w.cust[first["customer_id"]]
        items = [x for x in (w.pick(d, cust=c["id"]) for _ in range(3)) if x]
        if len(items) < 3:
            continue
        x0 = items[0]
        d2 = BUSDAYS[min(BUSDAYS.index(d) + R.randint(5, 20), len(BUSDAYS) - 1)]

        def mk(d=d, i=x0, c=c):
            amt = w.bal[i["id"]]
            p = pay(w, d, amt, i["currency"], payer_of(c), c["id"], struct_ref(i), None)
            return p, label(w, p, "applied", [(i, amt)], reason=f"reference {i['number']}; exact balance",
                            note="this invoice is listed again in a later remittance")

        def mk2(d=d2, items=items, c=c):
            x0 = items[0]
            assert w.bal[x0["id"]] == 0
            lines = [(x0, x0["balance"])] + [(i, w.bal[i["id"]]) for i in items[1:]]
            R.shuffle(lines)
            tot = sum(a for _, a in lines)
            rem = remit(w, c["cc"], [(i["number"], a, "") for i, a in lines], c["name"], d, tot, True)
            p = pay(w, d, tot, x0["currency"], payer_of(c), c["id"], None, rem)
            apps = [(i, a) for i, a in lines if i is not x0]
            return p, label(w, p, "unapplied", apps, unapplied=x0["balance"],
                            reason=f"list of 3; {x0['number']} was already paid earlier in this file, its {fmt(x0['balance'])} is held on account",
                            note="municipality list that includes an already-paid invoice")
        w.plan(d, "reference_exact", mk)
        w.plan(d2, "list_with_paid_invoice", mk2)



ADV_TXT = {"FI": ["ENNAKKOMAKSU TILAUS {o}", "Ennakko tilaukselle {o}", "A CONTO TYOMAA {s}"],
           "SE": ["FORSKOTT ORDER {o}", "Förskottsbetalning order {o}", "A CONTO PROJEKT {s}"],
           "NO": ["FORSKUDD ORDRE {o}", "Forskuddsbetaling ordre {o}", "A KONTO PROSJEKT {s}"]}


def sc_no_fit(w, n):
    for _ in range(n):
        d = pday()
        c = R.choice([c for c in w.custs if not c["pair"] and c["kind"] != "coop"])
        cur = c["currencies"][0]

        def mk(d=d, c=c, cur=cur):
            base = {"EUR": 1000, "SEK": 10000, "NOK": 10000}[cur]
            amt = q(base * R.choice([2, 3, 5, 8, 10, 15]))
            opn = [w.bal[x["id"]] for x in w.open_of(c["id"], cur)]
            assert amt not in opn and amt != sum(opn)
            ref = R.choice(ADV_TXT[c["cc"]]).format(o=R.randint(50000, 59999), s=R.choice(["KOIVIKKO", "HAGA", "BJØRVIKA", "NORRA 7"]))
            p = pay(w, d, amt, cur, payer_of(c), c["id"], ref, None)
            return p, label(w, p, "unapplied", [], unapplied=amt,
                            reason="known customer; advance / on-account payment that fits no open invoice",
                            note="advance payment held on account")
        w.plan(d, "no_fit_known_customer", mk)


def sc_wrong_currency(w, n):
    for _ in range(n):
        d = pday()
        i = w.pick(d, cur=R.choice(["SEK", "NOK"]), kinds=("builder",), pred=lambda i: len(w.cust[i["customer_id"]]["currencies"]) == 1)
        c = w.cust[i["customer_id"]]

        def mk(d=d, i=i, c=c):
            amt = q(w.bal[i["id"]] / Decimal("11.4"))
            p = pay(w, d, amt, "EUR", payer_of(c), c["id"], text_ref(i), None)
            return p, label(w, p, "unapplied", [], unapplied=amt,
                            reason=f"invoice {i['number']} is in {i['currency']}; the customer has no EUR invoice, never apply across currencies",
                            note="EUR payment for a krona/krone invoice")
        w.plan(d, "wrong_currency", mk)


def sc_twin(w, cr):
    for ra, rb in cr["twin"]:
        a, b = ra["inv"], rb["inv"]
        w.touched.update([a["id"], b["id"]])
        d0 = max(date.fromisoformat(b["issue_date"]) + timedelta(10), PAY_START)
        d = next((x for x in BUSDAYS if x >= d0 and R.random() < 0.3), BUSDAYS[-1])
        c = w.cust[a["customer_id"]]

        def mk(d=d, a=a, b=b, c=c):
            amt = w.bal[a["id"]]
            same = [x for x in w.open_of(c["id"], a["currency"]) if w.bal[x["id"]] == amt]
            assert same == [a, b] or same == [b, a], same
            p = pay(w, d, amt, a["currency"], payer_of(c), c["id"], R.choice(GENERIC[c["cc"]]), None)
            return p, label(w, p, "review", [], unapplied=amt, cands=[[a], [b]],
                            reason=f"two open invoices ({a['number']}, {b['number']}) have exactly this balance and nothing says which",
                            note="twin amounts; older invoice ranked first")
        w.plan(d, "twin_amount", mk)


def sc_typo(w, n):
    k = 0
    while k < n:
        d = pday()
        a = w.pick(d, minbal=Decimal("800"), pred=lambda i: w.cust[i["customer_id"]]["kind"] != "coop", mark=False)
        c = w.cust[a["customer_id"]]
        b = w.pick(d, cust=c["id"], cur=a["currency"], pred=lambda i: i["balance"] < a["balance"] and i["id"] != a["id"], mark=False)
        if b is None:
            continue
        w.touched.update([a["id"], b["id"]])
        k += 1

        def mk(d=d, a=a, b=b, c=c):
            amt = w.bal[b["id"]]
            assert unique_amount_ok(w, c, b["currency"], amt, b) and w.bal[a["id"]] > amt
            p = pay(w, d, amt, a["currency"], payer_of(c), c["id"], text_ref(a) if R.random() < 0.5 else struct_ref(a), None)
            return p, label(w, p, "review", [], unapplied=amt, cands=[[b], [a]],
                            reason=f"reference names {a['number']} (balance {fmt(w.bal[a['id']])}) but the amount is exactly the balance of {b['number']}: wrong number or a part payment",
                            note="reference and amount point at different invoices; exact-amount reading ranked first")
        w.plan(d, "reference_amount_conflict", mk)


def sc_unknown(w, n_match, n_none):
    for k in range(n_match + n_none):
        d = pday()
        cur = ["EUR", "SEK", "NOK"][k % 3]
        if k < n_match:
            i = w.pick(d, cur=cur, kinds=("coop",))
        else:
            i = None

        def mk(d=d, i=i, cur=cur):
            payer = R.choice(PROPERTY_MANAGERS[cur])
            if i is not None:
                amt = w.bal[i["id"]]
                hits = [x for x in w.invs if x["currency"] == cur and w.bal[x["id"]] == amt]
                assert hits == [i], hits
                p = pay(w, d, amt, cur, payer, None, None if R.random() < 0.5 else {"EUR": "TILITYS", "SEK": "KLIENTMEDEL", "NOK": "FELLESKOST"}[cur], None)
                return p, label(w, p, "review", [], unapplied=amt, cands=[[i]],
                                reason=f"unknown payer (property manager?) and no reference; amount equals only {i['number']} of '{i['customer_name']}'",
                                note="third-party payer: amount fits one invoice but the payer is not the customer")
            while True:
                amt = q(Decimal(R.randint(20000, 900000)) / 100) if cur == "EUR" else q(R.randint(300, 60000))
                if not [x for x in w.invs if x["currency"] == cur and w.bal[x["id"]] == amt]:
                    break
            p = pay(w, d, amt, cur, payer, None, R.choice([None, {"EUR": "TILITYS 01/2026", "SEK": "KLIENTMEDEL JAN", "NOK": "INNBETALING"}[cur]]), None)
            return p, label(w, p, "review", [], unapplied=amt, cands=[],
                            reason="unknown payer, no reference, no open invoice has this amount",
                            note="unidentified receipt")
        w.plan(d, "unknown_payer_amount_match" if i is not None else "unknown_payer_no_match", mk)


def sc_lump2(w, cr):
    for ra, rb, rc in cr["lump2"]:
        a, b, c3 = ra["inv"], rb["inv"], rc["inv"]
        w.touched.update([a["id"], b["id"], c3["id"]])
        d0 = max(date.fromisoformat(c3["issue_date"]) + timedelta(10), PAY_START)
        d = next((x for x in BUSDAYS if x >= d0 and R.random() < 0.3), BUSDAYS[-1])
        c = w.cust[a["customer_id"]]

        def mk(d=d, a=a, b=b, c3=c3, c=c):
            amt = w.bal[c3["id"]]
            assert w.bal[a["id"]] + w.bal[b["id"]] == amt
            assert unique_amount_ok(w, c, a["currency"], amt, c3)
            p = pay(w, d, amt, a["currency"], payer_of(c), c["id"], R.choice(GENERIC[c["cc"]]), None)
            return p, label(w, p, "review", [], unapplied=amt, cands=[[c3], [a, b]],
                            reason=f"amount equals invoice {c3['number']} and also {a['number']} + {b['number']}",
                            note="two readings of a lump: one invoice or two; single exact invoice ranked first")
        w.plan(d, "lump_two_readings", mk)


def sc_errors(w):
    specs = ["negative", "negative", "currency_usd", "currency_dkk", "dup_exact", "dup_other",
             "malformed_comma", "malformed_dots", "missing_null", "missing_empty"]
    for kind in specs:
        d = pday(5)

        def mk(d=d, kind=kind):
            c = R.choice([c for c in w.custs if not c["pair"]])
            cur = c["currencies"][0]
            amt = q(Decimal(R.randint(10000, 500000)) / 100)
            p = pay(w, d, amt, cur, payer_of(c), c["id"], R.choice(GENERIC[c["cc"]][2:]), None)
            err = ""
            if kind == "negative":
                p["amount"] = "-" + p["amount"]
                p["reference"] = {"FI": "PALAUTUS", "SE": "RETUR", "NO": "TILBAKEFORING"}[c["cc"]]
                err = "negative amount"
            elif kind.startswith("currency"):
                p["currency"] = "USD" if kind.endswith("usd") else "DKK"
                err = f"currency {p['currency']} matches no invoice in the ledger"
            elif kind == "dup_exact":
                p = dict(w.done[-1])
                err = f"duplicate payment id {p['id']} (the bank file repeats the previous row)"
            elif kind == "dup_other":
                prev = w.done[R.randrange(len(w.done) - 40, len(w.done))]
                p["id"] = prev["id"]
                err = f"duplicate payment id {p['id']}"
            elif kind == "malformed_comma":
                p["amount"] = human(amt, c["cc"], False)
                err = "malformed amount"
            elif kind == "malformed_dots":
                p["amount"] = f"{int(amt):,}".replace(",", ".") + ".00"
                err = "malformed amount"
            elif kind == "missing_null":
                p["date"] = None
                err = "missing date"
            else:
                p["date"] = ""
                err = "missing date"
            return p, {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": "0.00",
                       "short_pay": None, "candidates": [], "reason": err, "error": err, "note": "bad input row"}
        w.plan(d, "bad_input", mk)


def run(custs, invs, cr):
    w = World(custs, invs)
    sc_retention(w, cr)
    sc_twin(w, cr)
    sc_lump2(w, cr)
    sc_curtwin(w, cr)
    sc_pairs(w, cr)
    sc_range(w, 6)
    sc_credit(w, 10)
    sc_all_open(w, 6)
    sc_multi(w, 26)
    sc_list_short(w, 5)
    sc_list_paid_line(w, 4)
    sc_typo(w, 8)
    sc_part(w, 14, 8)
    sc_duplicate(w, 10)
    sc_short(w, 16)
    sc_overpay(w, 12)
    sc_po_like(w, 8)
    sc_amount_unique(w, 22)
    sc_amount_unique(w, 4, by_name=True)
    sc_no_fit(w, 10)
    sc_wrong_currency(w, 4)
    sc_unknown(w, 6, 5)
    sc_structured(w, 30, "EUR", "reference_exact")
    sc_structured(w, 12, "EUR", "reference_exact", rfonly=True)
    sc_structured(w, 30, "SEK", "reference_exact")
    sc_structured(w, 28, "NOK", "reference_exact")
    sc_text(w, 32)
    sc_trunc_ref(w, 16)
    sc_errors(w)
    w.plans.sort(key=lambda p: (p["date"], p["seq"]))
    # errors must come after enough payments for the duplicate ids
    errs = [p for p in w.plans if p["scenario"] == "bad_input"]
    rest = [p for p in w.plans if p["scenario"] != "bad_input"]
    for e in errs:
        pos = next((k for k, p in enumerate(rest) if p["date"] > e["date"]), len(rest))
        rest.insert(max(pos, 45), e)
    pays, labels = [], []
    w.done = pays
    for pl in rest:
        p, lab = pl["make"]()
        lab["scenario"] = pl["scenario"]
        if pl["scenario"] == "bad_input" and p.get("date"):
            p["date"] = pays[-1]["date"]  # keep the file oldest first
        pays.append(p)
        labels.append(lab)
    return w, pays, labels


def public_invoice(i):
    return {k: (fmt(v) if isinstance(v, Decimal) else v) for k, v in i.items() if not k.startswith("_")}


def dump(path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")



SCEN_DOC = [
    ("reference_exact", "structured bank reference built on the invoice number (FI viitenumero / RF, SE OCR, NO KID), exact balance"),
    ("invoice_number_text", "invoice number in free text (LASKU / FAKTURA / Fakt nr / bare number), exact balance"),
    ("truncated_name_reference", "no customer_id, payer name upper-cased and cut by the bank, reference names the invoice"),
    ("amount_unique", "known customer, no usable reference, amount equals exactly one open invoice of that customer"),
    ("name_amount", "no customer_id but the full payer name, amount equals exactly one open invoice of that customer"),
    ("name_pair_amount", "truncated name fits two cooperatives, the amount fits exactly one open invoice of the two"),
    ("remittance_list", "remittance advice listing 2-6 invoices (municipalities and builders), total agrees"),
    ("invoice_range", "range of consecutive invoice numbers, sometimes with an abbreviated end (105560 - 62)"),
    ("credit_note_netted", "payer nets an open credit note against invoices; negative application closes the credit note"),
    ("lump_all_open", "amount equals the sum of every open item of the customer"),
    ("po_number_lookalike", "an order/PO number that is another invoice's number; the amount settles it"),
    ("currency_twin", "the same figure is open in EUR and in SEK/NOK; only the payment's currency counts"),
    ("rest_after_part_payment", "pays what an earlier payment in this file left open"),
    ("part_payment", "part payment / instalment (NO 'avdrag' = instalment); partial, short_pay null"),
    ("retention", "5 or 10 % retention held back on a construction invoice; partial, short_pay null"),
    ("short_pay", "deduction with a reason (damaged goods, price difference, missing delivery); partial with short_pay"),
    ("list_with_short_pay", "municipality list with one short-paid line; partial with short_pay on that line"),
    ("overpayment", "reference names the invoice but more is paid; remainder unapplied"),
    ("duplicate_payment", "second payment of an invoice paid earlier in the file; all unapplied"),
    ("list_with_paid_invoice", "list that repeats an invoice paid earlier in the file; that line unapplied"),
    ("no_fit_known_customer", "advance / a-conto payment from a known customer that fits nothing; unapplied"),
    ("wrong_currency", "EUR payment for a SEK/NOK invoice of a customer with no EUR invoice; unapplied, never across currencies"),
    ("twin_amount", "two open invoices of the customer with the same balance, nothing says which; review"),
    ("lump_two_readings", "amount equals one invoice and also the sum of two others; review"),
    ("reference_amount_conflict", "reference names invoice A, amount is exactly invoice B's balance; review"),
    ("name_ambiguous", "truncated name fits two cooperatives and each has an invoice of that amount; review"),
    ("unknown_payer_amount_match", "unknown third party (property manager), amount fits exactly one invoice ledger-wide; review"),
    ("unknown_payer_no_match", "unknown payer, nothing fits; review with no candidates"),
    ("bad_input", "negative amount, currency no invoice has, duplicate payment id, malformed amount, missing date; error"),
]


def write_readme(custs, invs, pays, labels):
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    cur_p = Counter(p["currency"] for p in pays)
    cur_i = Counter(i["currency"] for i in invs)
    kinds = Counter((c["cc"], c["kind"]) for c in custs)
    nocid = sum(1 for p in pays if p["customer_id"] is None)
    ncred = sum(1 for i in invs if i["_credit"])
    L = []
    L.append("# Blind cash-application set: Nordbygg (building supplies, FI / SE / NO)\n")
    L.append("Held-out test set for the `match` command of `contracts/cash-application.md`, written blind "
             "(from the contract only). Generated by `python3 build.py` (deterministic, stdlib only); "
             "`python3 check.py` replays the payments and re-verifies every label.\n")
    L.append("## Theme\n")
    L.append("Nordbygg is a building-supplies wholesaler with three selling entities: Nordbygg Oy (Finland, EUR, "
             "invoice numbers 1xxxxx), Nordbygg AB (Sweden, SEK, 2xxxxx, paid through Bankgiro/Plusgiro) and "
             "Nordbygg AS (Norway, NOK, 3xxxxx). Customers are builders, municipalities (kaupunki/kunta, "
             "kommun/stad, kommune) and housing cooperatives (Asunto Oy, Bostadsrättsförening/Brf, Borettslag). "
             "A few Swedish and Norwegian builders with projects in Finland also have EUR invoices.\n")
    L.append("## Files (`ledger_nordbygg/`)\n")
    L.append(f"- `invoices.json`: {len(invs)} open items of {len(custs)} customers, in the contract's format "
             f"({', '.join(f'{k} {v}' for k, v in sorted(cur_i.items()))}); {ncred} of them are open credit notes "
             "with a negative `total` and `balance`. Some invoices were part paid before the period (`balance` < `total`).")
    L.append(f"- `payments.json`: {len(pays)} payments, oldest first, 2026-01-05 .. 2026-03-27 "
             f"({', '.join(f'{k} {v}' for k, v in sorted(cur_p.items()))}); `customer_id` is null in {nocid}.")
    L.append("- `labels.json`: one expected MATCHES entry per payment, same order, in the contract's format plus "
             "`scenario`, `note` (and `error` on bad rows). `reason`, `note` and `scenario` are for humans.\n")
    L.append("Customers: " + ", ".join(f"{cc} {k} {v}" for (cc, k), v in sorted(kinds.items())) + "\n")
    L.append("## Counts\n")
    L.append("| status | payments |\n|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        L.append(f"| `{k}` | {st[k]} |")
    L.append("\n| scenario | n | what it is |\n|---|---|---|")
    for k, doc in SCEN_DOC:
        L.append(f"| `{k}` | {sc[k]} | {doc} |")
    L.append("")
    L.append("Payer languages follow the entity: Finnish for EUR (plus a few Swedish/Norwegian payers of EUR "
             "invoices), Swedish for SEK, Norwegian for NOK.\n")
    L.append("## Bank references (how they are built)\n")
    L.append("Every structured reference is built on the invoice number, so it can be checked without extra fields:\n")
    L.append("- **FI viitenumero**: invoice number + check digit (weights 7-3-1 from the right), shown plain, in "
             "groups of five from the right (`10 55122`), zero-padded to 20 digits, or as `VIITE …`.")
    L.append("- **RF creditor reference** (ISO 11649): `RF` + two check digits + the viitenumero, plain or in groups of four.")
    L.append("- **SE OCR**: invoice number + length digit + Luhn check digit (`20488153` style), sometimes `OCR …`.")
    L.append("- **NO KID**: invoice number + MOD10 (Luhn) check digit, sometimes zero-padded to 10 digits or `KID …`.\n")
    L.append("Payer names are upper-cased, often folded to ASCII (Ä→A, Ø→O, Å→A) and cut at 18-35 characters, "
             "as bank statements show them. Municipalities sometimes carry a department suffix (`OSTOLASKUT`, `EKONOMI`, "
             "`FAKTURAMOTTAK`). Amounts in remittance texts use Nordic formatting (`12 450,00`).\n")
    L.append("## Conventions chosen where the contract is silent\n")
    L.append("- **Credit notes** are open items with a negative balance. When a payer nets one, the label applies a "
             "negative amount to the credit note (bringing it to zero) and the positive amounts to the invoices; the "
             "applications still add up to the payment.")
    L.append("- **Retention (holdback)** on construction invoices is an agreed part payment: `partial`, `short_pay` null "
             "(no deduction case). The retained amount stays open on the invoice.")
    L.append("- **Short pay with a reason**: `partial`, `short_pay` = `{invoice_id, amount, reason}` where `amount` is "
             "the deducted (still open) amount and `reason` is a short English label: `damaged goods`, "
             "`price difference`, `missing delivery`.")
    L.append("- **Part payment** announced as such (osamaksu, delbetalning, Norwegian avdrag): `partial`, `short_pay` null.")
    L.append("- **Overpayment**: `unapplied` with the invoice's balance in `applications` and the rest in `unapplied`. "
             "A list that repeats an already-paid invoice: the other lines applied, that line's amount unapplied, status `unapplied`.")
    L.append("- **Second payment of a paid invoice**, **advance/a-conto payments**, and **a known customer paying in a "
             "currency none of its invoices has** (when the ledger does have that currency): `unapplied`, no applications.")
    L.append("- **Unknown payer** (no customer_id, name matching no customer, e.g. a property manager paying for a "
             "cooperative): `review`, with the single invoice that has that amount as candidate, or no candidates.")
    L.append("- **Known customer, no reference, exactly one open invoice with that balance**: applied. The same with no "
             "customer_id but the customer's full name. Two open invoices with that balance: `review`.")
    L.append("- **review** labels apply nothing and put the whole payment in `unapplied`, so the sum rule holds. "
             "`candidates` is a list of `{\"invoice_ids\": [...], \"total\": \"...\"}` (total = open balance of the set "
             "at that point), best first. Ranking chosen: older invoice first for twins; the single exact invoice before "
             "a two-invoice sum; for a reference/amount conflict the invoice matching the amount before the referenced one. "
             "Compare candidate sets if you do not want to depend on the order.")
    L.append("- **Bad rows** get `status: \"error\"`, `applications: []`, `unapplied: \"0.00\"`, `short_pay: null`, "
             "`candidates: []` and an `error` text. They change no balance. A duplicate payment id: the first row with the id "
             "is processed normally and the later row is the error (one repeats the previous row exactly, one is a different "
             "payment reusing an id), so two labels share a `payment_id`: align labels with payments by position. Rows with "
             "a missing date (null or empty) sit where the bank file had them.")
    L.append("- Payments are replayed in file order: part payments, duplicates and lists see what earlier payments left open.\n")
    L.append("## Things a reviewer may disagree with\n")
    L.append("- Retention as `partial` without `short_pay` (one could argue for a deduction case).")
    L.append("- Applying on a unique amount from a known customer (or a full name) without any reference.")
    L.append("- `name_pair_amount`: applying when a truncated name fits two cooperatives but the amount fits only one.")
    L.append("- `wrong_currency` as `unapplied` rather than `review`.")
    (HERE / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    CUSTS = make_customers()
    RAW = make_invoices(CUSTS)
    CR = craft(CUSTS, RAW)
    INVS = finalize_invoices(RAW)
    W, PAYS, LABELS = run(CUSTS, INVS, CR)
    print(len(CUSTS), "customers", len(INVS), "invoices", len(PAYS), "payments")
    print(Counter(l["status"] for l in LABELS))
    write_readme(CUSTS, INVS, PAYS, LABELS)
    dump(OUT / "invoices.json", [public_invoice(i) for i in INVS])
    dump(OUT / "payments.json", PAYS)
    dump(OUT / "labels.json", LABELS)
