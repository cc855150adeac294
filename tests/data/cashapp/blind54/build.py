#!/usr/bin/env python3
"""Blind held-out cash-application set: CEE furniture & shop-fitting manufacturer.

Deterministic, stdlib only. `python3 build.py` rewrites ledger_cee_furniture/*.json and README.md.
Stage 1: customers and open invoices.  Stage 2: payments by scenario with a running balance
state.  Stage 3: replay check and README.
"""
import json
import os
import random
import re
import unicodedata
from datetime import date, timedelta
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_cee_furniture")
RNG = random.Random(177_2026)


# ---------------------------------------------------------------- helpers
def money(c):
    """integer cents -> decimal string"""
    s = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (s, c // 100, c % 100)


def ascii_up(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("–", "-").replace("&", "&")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.upper()


def czk_fmt(c):
    """1234567 cents -> '12 345,67' (CZ/SK/HU/SI style)"""
    whole, cents = divmod(c, 100)
    w = "{:,}".format(whole).replace(",", " ")
    return "%s,%02d" % (w, cents)


def dot_fmt(c):
    whole, cents = divmod(c, 100)
    w = "{:,}".format(whole).replace(",", ".")
    return "%s,%02d" % (w, cents)


_used_ids = set()


def rid(prefix, n=8, alphabet="0123456789abcdef"):
    while True:
        s = prefix + "".join(RNG.choice(alphabet) for _ in range(n))
        if s not in _used_ids:
            _used_ids.add(s)
            return s


# ---------------------------------------------------------------- stage 1: customers
CZ_SUR = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
          "Pokorný", "Pospíšil", "Hájek", "Král", "Jelínek", "Růžička", "Beneš", "Fiala", "Sedláček",
          "Doležal", "Zeman", "Kolář", "Navrátil", "Čermák", "Vaněk", "Blažek", "Kříž", "Kovář",
          "Bartoš", "Vlček", "Musil", "Šimek", "Konečný", "Holub", "Štěpánek", "Kadlec", "Dostál",
          "Říha", "Šťastný", "Žák", "Mareš"]
CZ_TOWN = ["Brno", "Plzeň", "Olomouc", "Liberec", "Zlín", "Jihlava", "Pardubice", "Ostrava",
           "Hradec Králové", "České Budějovice", "Třebíč", "Kolín", "Písek", "Tábor", "Ústí nad Labem"]
CZ_HOTEL = ["Zlatá Hvězda", "U Černého orla", "Šumava", "Krkonoše", "Růžový sad", "Třeboň Lázně",
            "Pod Ještědem", "Bílá Labuť", "Morava Park", "Vltava Riverside", "Orlík Resort", "Karlštejn"]
SK_SUR = ["Horváth", "Kováč", "Varga", "Tóth", "Baláž", "Szabó", "Molnár", "Lukáč", "Šimko",
          "Kollár", "Štefánik", "Hudák", "Oravec", "Mišík", "Krajčí", "Ďurica", "Jánošík", "Kráľ",
          "Gašpar", "Čierny"]
SK_TOWN = ["Bratislava", "Košice", "Žilina", "Nitra", "Trnava", "Prešov", "Banská Bystrica", "Poprad"]
SK_HOTEL = ["Tatry", "Štrbské Pleso", "Dunaj", "Zámok Budmerice", "Chopok", "Slovenský Raj",
            "Piešťany Spa", "Orava"]
HU_SUR = ["Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
          "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Rácz", "Fekete",
          "Szűcs", "Bíró", "Gál", "Pintér"]
HU_TOWN = ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr", "Miskolc", "Székesfehérvár", "Eger"]
HU_HOTEL = ["Erzsébet", "Balaton Szépkilátó", "Tisza Part", "Gellért Kert", "Mátyás Király",
            "Hévíz Tó", "Tokaj Szőlőskert", "Dunakanyar"]
SI_SUR = ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos",
          "Vidmar", "Golob", "Turk", "Božič", "Kralj", "Žagar", "Oblak", "Hribar", "Jerič"]
SI_TOWN = ["Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Novo mesto", "Ptuj", "Velenje"]
SI_HOTEL = ["Bled Šumi", "Bohinj Jezero", "Piran Tartini", "Ljubljana Center", "Kranjska Gora",
            "Portorož Vila", "Rogaška Park"]

PATTERNS = {
    "CZ": {"retail": ["Nábytek {S} s.r.o.", "{S} interiéry s.r.o.", "Bytové studio {S} s.r.o.",
                      "Nábytek {S} {T} s.r.o.", "{S} & syn, s.r.o.", "Kuchyně {S} s.r.o."],
           "hotel": ["Hotel {H} a.s.", "Hotel {H} s.r.o.", "Pension {H} s.r.o."],
           "office": ["Kancelářský nábytek {S} s.r.o.", "{S} Office Systems s.r.o.",
                      "Kancelářské systémy {S} s.r.o.", "Obchodní centrum {T} a.s."]},
    "SK": {"retail": ["Nábytok {S} s.r.o.", "{S} interiér s.r.o.", "Bytové štúdio {S} s.r.o.",
                      "Nábytok {S} {T} s.r.o."],
           "hotel": ["Hotel {H} a.s.", "Hotel {H} s.r.o."],
           "office": ["Kancelárske centrum {T} s.r.o.", "{S} Office s.r.o."]},
    "HU": {"retail": ["{S} Bútor Kft.", "Bútorház {S} Kft.", "{S} és Társa Bt.", "{S} Lakberendezés Kft."],
           "hotel": ["Hotel {H} Zrt.", "{H} Szálloda Kft."],
           "office": ["Irodaberendezés {S} Kft.", "{S} Irodabútor Kft.", "{T} Irodaház Zrt."]},
    "SI": {"retail": ["Pohištvo {S} d.o.o.", "{S} interier d.o.o.", "Salon pohištva {S} d.o.o."],
           "hotel": ["Hotel {H} d.d.", "Hotel {H} d.o.o."],
           "office": ["Pisarniška oprema {S} d.o.o.", "{S} Office d.o.o."]},
}
POOLS = {"CZ": (CZ_SUR, CZ_TOWN, CZ_HOTEL), "SK": (SK_SUR, SK_TOWN, SK_HOTEL),
         "HU": (HU_SUR, HU_TOWN, HU_HOTEL), "SI": (SI_SUR, SI_TOWN, SI_HOTEL)}

# retailer groups: one HQ pays for many store accounts
GROUPS = [
    {"key": "DOMOVINA", "country": "CZ", "cur": "CZK", "name": "DOMOVINA Nábytek a.s.",
     "store": "DOMOVINA Nábytek a.s. – prodejna {T}", "payer": "DOMOVINA NABYTEK A.S.", "n": 8},
    {"key": "BUTORPLUSZ", "country": "HU", "cur": "HUF", "name": "Bútor Plusz Áruházak Kft.",
     "store": "Bútor Plusz Áruházak Kft. – {T} áruház", "payer": "BUTOR PLUSZ ARUHAZAK KFT", "n": 6},
    {"key": "MOJAHISA", "country": "SI", "cur": "EUR", "name": "Moja Hiša trgovina d.o.o.",
     "store": "Moja Hiša trgovina d.o.o. – PE {T}", "payer": "MOJA HISA TRGOVINA D.O.O.", "n": 5},
    {"key": "KRALINTERIER", "country": "SK", "cur": "EUR", "name": "Kráľovský Interiér a.s.",
     "store": "Kráľovský Interiér a.s. – OC {T}", "payer": "KRALOVSKY INTERIER A.S.", "n": 5},
]

# deliberate near-twin names that a truncated bank name cannot tell apart
TWINS = [
    ("CZ", "CZK", "Nábytek Novák Brno s.r.o.", "Nábytek Novák Břeclav s.r.o."),
    ("CZ", "CZK", "Interiéry Doležal Plzeň s.r.o.", "Interiéry Doležal Písek s.r.o."),
    ("HU", "HUF", "Kovács Bútor Debrecen Kft.", "Kovács Bútor Dunaújváros Kft."),
    ("SI", "EUR", "Pohištvo Horvat Maribor d.o.o.", "Pohištvo Horvat Murska Sobota d.o.o."),
    ("SK", "EUR", "Nábytok Kováč Košice s.r.o.", "Nábytok Kováč Komárno s.r.o."),
    ("CZ", "CZK", "Hotel Šumava Resort a.s.", "Hotel Šumava Residence s.r.o."),
]

COUNTRY_CUR = {"CZ": "CZK", "SK": "EUR", "HU": "HUF", "SI": "EUR"}


def make_customers():
    custs = []
    names = set()

    def add(name, country, cur, kind, group=None, twin=None):
        assert name not in names, name
        names.add(name)
        c = {"id": rid("C", 6, "0123456789"), "name": name, "country": country, "cur": cur,
             "kind": kind, "group": group, "twin": twin, "alt_cur": None}
        custs.append(c)
        return c

    for g in GROUPS:
        towns = POOLS[g["country"]][1]
        for t in RNG.sample(towns, g["n"]):
            add(g["store"].format(T=t), g["country"], g["cur"], "retail", group=g["key"])
    for i, (ctry, cur, a, b) in enumerate(TWINS):
        kind = "hotel" if "Hotel" in a else "retail"
        add(a, ctry, cur, kind, twin=i)
        add(b, ctry, cur, kind, twin=i)
    quota = [("CZ", 128), ("SK", 48), ("HU", 52), ("SI", 36)]
    for ctry, n in quota:
        sur, town, hotel = POOLS[ctry]
        made = 0
        while made < n:
            kind = RNG.choices(["retail", "hotel", "office"], [5, 2, 2])[0]
            pat = RNG.choice(PATTERNS[ctry][kind])
            name = pat.format(S=RNG.choice(sur), T=RNG.choice(town), H=RNG.choice(hotel))
            if name in names:
                continue
            cur = COUNTRY_CUR[ctry]
            if ctry == "HU" and RNG.random() < 0.15:
                cur = "EUR"
            c = add(name, ctry, cur, kind)
            if ctry == "CZ" and kind == "hotel" and RNG.random() < 0.5:
                c["alt_cur"] = "EUR"     # hotels that also take some work in EUR
            made += 1
    return custs


# ---------------------------------------------------------------- stage 1: invoices
D0 = date(2025, 9, 1)
D1 = date(2026, 2, 27)


def rand_day(a, b):
    return a + timedelta(RNG.randrange((b - a).days + 1))


def rand_amount(cur, kind):
    big = kind in ("hotel", "office")
    if cur == "CZK":
        net = RNG.randint(4000, 380000 if not big else 900000)
        gross = net * 121 // 100
        if RNG.random() < 0.7:
            return gross * 100
        return gross * 100 + RNG.randrange(100)
    if cur == "EUR":
        return RNG.randint(15000, 1500000 if not big else 3800000)
    if cur == "HUF":
        net = RNG.randint(60, 3500 if not big else 9000) * 1000 + RNG.choice([0, 0, 500, 250, 750])
        return net * 100
    raise ValueError(cur)


def make_invoices(custs):
    invs = []
    for c in custs:
        if c["group"]:
            n = RNG.randint(5, 9)
        elif c["twin"] is not None:
            n = RNG.randint(3, 5)
        else:
            n = RNG.choices([1, 2, 3, 4, 5, 6, 7, 8, 9], [4, 8, 12, 15, 15, 12, 8, 5, 3])[0]
        batch_days = [rand_day(D0, D1) for _ in range(max(1, n // 2))]
        for k in range(n):
            kind = "deposit" if (c["kind"] in ("hotel", "office") and RNG.random() < 0.18) else "final"
            cur = c["cur"]
            if c["alt_cur"] and RNG.random() < 0.3:
                cur = c["alt_cur"]
            issue = RNG.choice(batch_days)          # several invoices on one day -> consecutive numbers
            terms = RNG.choice([14, 14, 30, 30, 30, 45, 60]) if kind == "final" else 7
            total = rand_amount(cur, c["kind"])
            if kind == "deposit":
                total = (total * RNG.choice([30, 40, 50]) // 100) // 100 * 100
            invs.append({"cust": c, "kind": kind, "currency": cur, "total": total, "balance": total,
                         "issue": issue, "due": issue + timedelta(terms)})
    # numbering: YY + series (1 invoice, 3 deposit request) + 5-digit sequence, in issue order
    seq = {}
    order = sorted(range(len(invs)), key=lambda i: (invs[i]["issue"], invs[i]["cust"]["id"], i))
    last = {}
    for i in order:
        v = invs[i]
        key = (v["issue"].year % 100, 1 if v["kind"] == "final" else 3)
        same = last.get(key) == (v["issue"], v["cust"]["id"])
        # gaps between customers (paid, cancelled, other ledgers); same-day runs stay consecutive
        seq[key] = seq.get(key, 0) + (1 if same else RNG.choice([1, 2, 2, 3, 4]))
        last[key] = (v["issue"], v["cust"]["id"])
        v["number"] = "%02d%d%05d" % (key[0], key[1], seq[key])
    # identical prices happen: repeated shop-fit packages, standard room sets
    by_c = {}
    for v in invs:
        if v["kind"] == "final":
            by_c.setdefault((v["cust"]["id"], v["currency"]), []).append(v)
    keys = [k for k in sorted(by_c) if len(by_c[k]) >= 3]
    for k in RNG.sample(keys, 22):
        a, b = RNG.sample(by_c[k], 2)
        b["total"] = b["balance"] = a["total"]
        a["same_price"] = b["same_price"] = True
    # twins: one invoice each at the same standard price
    for t in range(len(TWINS)):
        pair = [c for c in {v["cust"]["id"]: v["cust"] for v in invs}.values() if c["twin"] == t]
        va = [v for v in invs if v["cust"] is pair[0] and v["kind"] == "final"][0]
        vb = [v for v in invs if v["cust"] is pair[1] and v["kind"] == "final"][0]
        vb["total"] = vb["balance"] = va["total"]
        va["twin_price"] = vb["twin_price"] = True
    # a few already part-paid before this ledger snapshot
    for v in invs:
        if v["kind"] == "final" and not (v.get("same_price") or v.get("twin_price")) and RNG.random() < 0.05:
            paid = v["total"] * RNG.choice([20, 30, 50]) // 100
            v["balance"] = v["total"] - paid // 100 * 100
    invs.sort(key=lambda v: (v["issue"], v["number"]))
    for v in invs:
        v["id"] = rid("i-", 7, "0123456789abcdefghjkmnpqrstvwxyz")
    return invs


def invoice_rows(invs):
    return [{"id": v["id"], "number": v["number"], "customer_id": v["cust"]["id"],
             "customer_name": v["cust"]["name"], "currency": v["currency"], "total": money(v["total"]),
             "balance": money(v["balance"]), "issue_date": v["issue"].isoformat(),
             "due_date": v["due"].isoformat()} for v in invs]



# ---------------------------------------------------------------- stage 2: payments
class Ledger:
    def __init__(self, custs, invs):
        self.custs = custs
        self.invs = invs
        self.bal = {v["id"]: v["balance"] for v in invs}
        self.by_cust = {}
        for v in invs:
            self.by_cust.setdefault(v["cust"]["id"], []).append(v)
        self.by_number = {v["number"]: v for v in invs}
        # invoices kept for the same-amount and twin-name scenarios are not picked by others
        self.reserved = {v["id"] for v in invs if v.get("same_price") or v.get("twin_price")}
        self.special_used = set()
        self.norm = {c["id"]: ascii_up(c["name"]) for c in custs}

    def open(self, c, cur=None):
        return [v for v in self.by_cust[c["id"]] if self.bal[v["id"]] > 0 and (cur is None or v["currency"] == cur)]

    def free(self, c, cur=None, kind=None):
        return [v for v in self.open(c, cur) if v["id"] not in self.reserved
                and (kind is None or v["kind"] == kind)]

    def subset_count(self, pool, amount, cap=2):
        """how many subsets of the open balances in pool sum exactly to amount (capped)"""
        bals = [self.bal[v["id"]] for v in pool]
        n = 0
        maxk = len(bals) if len(bals) <= 14 else 4
        for k in range(1, maxk + 1):
            for combo in combinations(bals, k):
                if sum(combo) == amount:
                    n += 1
                    if n >= cap:
                        return n
        return n

    def payer(self, c, ambiguous=False):
        """bank-style payer name: upper case, no diacritics, truncated. Unique prefix unless ambiguous."""
        full = self.norm[c["id"]]
        widths = [13, 14, 15, 16, 17] if ambiguous else [18, 20, 24, 35, 70]
        RNG.shuffle(widths)
        for w in widths:
            cut = full[:w].rstrip()
            clash = [k for k, n in self.norm.items() if k != c["id"] and n.startswith(cut)]
            if bool(clash) == ambiguous:
                return cut
        return None


def pick(seq):
    return RNG.choice(seq) if seq else None


KS = ["0308", "0008", "0558", "1178"]


def ref_for(v, style=None):
    n = v["number"]
    ctry = v["cust"]["country"]
    if v["currency"] == "EUR" and ctry == "CZ":
        return RNG.choice(["INV %s" % n, "FA %s" % n, "/ROC/%s" % n])
    if ctry == "CZ":
        return RNG.choice(["VS %s" % n, "VS:%s KS:%s" % (n, RNG.choice(KS)), "/VS/%s/SS//KS/%s" % (n, RNG.choice(KS)),
                           n, "VS%s" % n])
    if ctry == "SK":
        return RNG.choice(["/VS%s/SS/KS%s" % (n, RNG.choice(KS)), "VS%s" % n, n, "VS %s SS KS 0308" % n])
    if ctry == "SI":
        return RNG.choice(["SI00 %s" % n, "SI00%s" % n, "SI99", n])
    return RNG.choice([None, n, "SZLA %s" % n])


def remit_one(v):
    n = v["number"]
    ctry = v["cust"]["country"]
    dep = v["kind"] == "deposit"
    if ctry == "CZ":
        return RNG.choice((["Uhrada zalohove faktury %s" % n, "zaloha dle ZF %s" % n] if dep else
                           ["Uhrada faktury %s" % n, "FA %s" % n, "uhr.fa c.%s" % n, "Platba za fakturu c. %s" % n]))
    if ctry == "SK":
        return RNG.choice((["Zaloha fa %s" % n] if dep else ["Uhrada FA %s" % n, "Platba faktury c. %s" % n, "fa %s" % n]))
    if ctry == "HU":
        return RNG.choice((["Előleg számla %s" % n, "ELOLEG %s" % n] if dep else
                           ["Szamla: %s" % n, "%s sz. szamla kiegyenlitese" % n, "SZLA %s" % n, "%s számla" % n]))
    return RNG.choice((["Avans po racunu %s" % n] if dep else ["Placilo racuna %s" % n, "Racun st. %s" % n, "RN %s" % n]))


def remit_list(vs, ctry):
    nums = [v["number"] for v in vs]
    sep = RNG.choice([", ", ",", " ", "; ", " + "])
    j = sep.join(nums)
    if ctry == "CZ":
        return RNG.choice(["Uhrada FA %s" % j, "faktury %s" % j, "FA: %s" % j])
    if ctry == "SK":
        return RNG.choice(["Uhrada faktur %s" % j, "FA %s" % j])
    if ctry == "HU":
        return RNG.choice(["Szamlak: %s" % j, "%s sz. szamlak" % j])
    return RNG.choice(["Placilo racunov %s" % j, "RN %s" % j])


SHORT_REASONS = {
    "install": {"CZ": "minus montaz {a} Kc - montaz neprovedena, FA {n}",
                "SK": "FA {n} bez montaze {a} EUR - montaz sme si robili sami",
                "HU": "{n} szamla, beszereles levonva {a} Ft (nem tortent meg)",
                "SI": "RN {n} - odbitek montaza {a} EUR, montaza ni bila izvedena"},
    "damage": {"CZ": "FA {n} ponizeno o {a} Kc - poskozena dvirka skrine, reklamace R-{r}",
               "SK": "FA {n} znizene o {a} EUR - poskodena doska stola, reklamacia {r}",
               "HU": "{n} - {a} Ft levonva serult szekrenyajto miatt (rekl. {r})",
               "SI": "RN {n} zmanjsano za {a} EUR - poskodovan pult, reklamacija {r}"},
    "skonto": {"CZ": "FA {n} skonto 2% {a} Kc",
               "SK": "FA {n} - 2% skonto za skoru platbu",
               "HU": "{n} szamla 2% skonto levonva",
               "SI": "RN {n} - 2% popust za predcasno placilo"},
}
SHORT_LABEL = {"install": "installation deducted (not performed)", "damage": "damaged goods deducted",
               "skonto": "2% early-payment discount taken", "fee": "bank charges deducted"}


def fmt_local(c, cur):
    return czk_fmt(c) if cur != "HUF" else "{:,}".format(c // 100).replace(",", " ")


def new_label(status, apps=(), unapplied=0, short=None, cands=(), reason="", scenario="", note=""):
    return {"status": status,
            "applications": [{"invoice_id": v["id"], "amount": money(a)} for v, a in apps],
            "unapplied": money(unapplied), "short_pay": short,
            "candidates": [{"invoice_ids": [v["id"] for v in cs]} for cs in cands],
            "reason": reason, "scenario": scenario, "note": note}


def mkpay(amount, cur, payer, cust_id, reference, remittance):
    return {"amount": amount, "currency": cur, "payer_name": payer.rstrip(" "), "customer_id": cust_id,
            "reference": reference, "remittance": remittance}


def known_id(c, p=0.35):
    return c["id"] if RNG.random() < p else None


# ---------------------------------------------------------------- scenarios
# each returns (payment, label, followups) or None; followups are (delay, fn) run later in file order
def rand_cust(L, pred=lambda c: True):
    return RNG.choice([c for c in L.custs if pred(c)])


def hq_of(c):
    return next(g for g in GROUPS if g["key"] == c["group"])


def payer_and_id(L, c, p_id=0.35):
    if c["group"]:
        return hq_of(c)["payer"], None
    return (L.payer(c) or L.norm[c["id"]][:35]), known_id(c, p_id)


def sc_ref_exact(L, with_remit=None):
    c = rand_cust(L)
    v = pick(L.free(c))
    if not v:
        return None
    amt = L.bal[v["id"]]
    ref = ref_for(v)
    rem = None
    if ref is None or v["number"] not in ref or (with_remit if with_remit is not None else RNG.random() < 0.3):
        rem = remit_one(v)
    payer, cid = payer_and_id(L, c)
    L.reserved.add(v["id"])
    how = "reference" if ref and v["number"] in ref else "remittance"
    lab = new_label("applied", [(v, amt)], reason="%s names invoice %s and amount equals its balance" % (how, v["number"]),
                    scenario="ref_exact", note="[%s/%s] %s %s exact" % (c["country"], v["currency"], how, v["kind"]))
    return mkpay(amt, v["currency"], payer, cid, ref, rem), lab, []


def sc_remit_exact(L):
    c = rand_cust(L, lambda c: c["kind"] in ("hotel", "office") or RNG.random() < 0.4)
    fr = L.free(c)
    deps = [v for v in fr if v["kind"] == "deposit"]
    v = pick(deps) if deps and RNG.random() < 0.7 else pick(fr)
    if not v:
        return None
    amt = L.bal[v["id"]]
    junk = RNG.choice([None, None, "NOTPROVIDED", "E2E%08d" % RNG.randrange(10 ** 8), "PLATBA", "/VS/0000000000/SS//KS/0308"])
    rem = remit_one(v)
    if c["country"] == "HU" and RNG.random() < 0.5:
        rem = "PO 4500%06d / %s" % (RNG.randrange(10 ** 6), rem)
    elif c["kind"] in ("hotel", "office") and RNG.random() < 0.5:
        rem = rem + RNG.choice([" obj. %s" % RNG.randrange(2000, 9999), " OBJ-2025-%04d" % RNG.randrange(10000),
                                " zakazka Z%05d" % RNG.randrange(100000)])
    payer, cid = payer_and_id(L, c)
    L.reserved.add(v["id"])
    lab = new_label("applied", [(v, amt)], reason="remittance names %s %s; exact balance" % (v["kind"], v["number"]),
                    scenario="remit_exact", note="[%s/%s] remittance only, %s invoice%s" % (
                        c["country"], v["currency"], v["kind"], ", reference is junk" if junk else ""))
    return mkpay(amt, v["currency"], payer, cid, junk, rem), lab, []


GENERIC_REF = {"CZ": [None, "PLATBA", "UHRADA", "Uhrada faktury", "dekujeme"],
               "SK": [None, "PLATBA", "Uhrada", "platba za tovar"],
               "HU": [None, "UTALAS", "szamla kiegyenlitese", "BUTOR"],
               "SI": [None, "PLACILO", "SI99", "placilo racuna"]}


def sc_name_amount(L, by_id=False):
    c = rand_cust(L, lambda c: not c["group"])
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    amt = L.bal[v["id"]]
    if L.subset_count(L.open(c, v["currency"]), amt) != 1:
        return None
    g = RNG.choice(GENERIC_REF[c["country"]])
    if by_id:
        first = {"CZ": ["PETR", "JANA", "MARTIN", "TOMAS"], "SK": ["PETER", "ZUZANA", "MARIAN"],
                 "HU": ["LASZLO", "ZSOLT", "ANDREA"], "SI": ["MATEJ", "ANA", "LUKA"]}[c["country"]]
        person = "%s %s" % (ascii_up(RNG.choice(POOLS[c["country"]][0])), RNG.choice(first))
        payer = RNG.choice([L.norm[c["id"]][:RNG.choice([12, 16])], "ING. " + person if c["country"] in ("CZ", "SK") else person])
        cid = c["id"]
    else:
        payer = L.payer(c)
        if not payer:
            return None
        cid = known_id(c, 0.25)
    rem = None
    if amt % 100 == 0 and RNG.random() < 0.35:     # the amount itself written in the text, digits only
        unit = {"CZK": "Kc", "EUR": "EUR", "HUF": "Ft"}[v["currency"]]
        rem = RNG.choice(["UHRADA %d %s", "%d %s", "platba %d %s"]) % (amt // 100, unit)
    L.reserved.add(v["id"])
    lab = new_label("applied", [(v, amt)], reason="%s; amount equals the balance of exactly one open invoice (%s) and no other combination" % (
        "bank account known (customer_id)" if by_id else "payer name identifies the customer", v["number"]),
        scenario="id_amount" if by_id else "name_amount",
        note="[%s/%s] no invoice number; %s" % (c["country"], v["currency"], "customer_id + exact amount" if by_id else "truncated payer name + exact unique amount"))
    return mkpay(amt, v["currency"], payer, cid, g, rem), lab, []


def sc_multi_list(L):
    c = rand_cust(L, lambda c: not c["group"])
    fr = L.free(c, c["cur"])
    if len(fr) < 2:
        return None
    vs = RNG.sample(fr, RNG.randint(2, min(5, len(fr))))
    vs.sort(key=lambda v: v["number"])
    if RNG.random() < 0.4:
        RNG.shuffle(vs)
    amt = sum(L.bal[v["id"]] for v in vs)
    ref = RNG.choice([None, vs[0]["number"], "HROMADNA PLATBA", "VIACERO FA" if c["country"] == "SK" else None])
    rem = remit_list(vs, c["country"])
    payer, cid = payer_and_id(L, c)
    for v in vs:
        L.reserved.add(v["id"])
    lab = new_label("applied", [(v, L.bal[v["id"]]) for v in vs],
                    reason="remittance lists %d invoices; sum of balances equals the payment" % len(vs),
                    scenario="multi_list", note="[%s/%s] list of %d invoice numbers%s" % (
                        c["country"], c["cur"], len(vs), ", reference carries only the first" if ref == vs[0]["number"] else ""))
    return mkpay(amt, c["cur"], payer, cid, ref, rem), lab, []


def runs(L, c):
    """maximal runs of consecutive invoice numbers of one customer (free, same currency, >=3)"""
    fr = sorted(L.free(c, c["cur"]), key=lambda v: int(v["number"]))
    out, cur = [], []
    for v in fr:
        if cur and int(v["number"]) == int(cur[-1]["number"]) + 1:
            cur.append(v)
        else:
            if len(cur) >= 3:
                out.append(cur)
            cur = [v]
    if len(cur) >= 3:
        out.append(cur)
    return out


def sc_range(L):
    cands = [(c, r) for c in L.custs if not c["group"] for r in runs(L, c)]
    if not cands:
        return None
    c, r = RNG.choice(cands)
    # every number inside the range must be this customer's open invoice
    for k in range(int(r[0]["number"]), int(r[-1]["number"]) + 1):
        w = L.by_number.get(str(k))
        if not w or w["cust"] is not c or L.bal[w["id"]] == 0:
            return None
    a, b = r[0]["number"], r[-1]["number"]
    short_b = b[len(a) - 3:] if a[:-3] == b[:-3] else b
    rem = RNG.choice({"CZ": ["FA %s-%s" % (a, b), "faktury %s az %s" % (a, b), "FA %s - %s" % (a, short_b)],
                      "SK": ["FA %s-%s" % (a, b), "faktury %s az %s" % (a, b), "%s-%s" % (a, short_b)],
                      "HU": ["Szamlak %s - %s" % (a, b), "%s-%s" % (a, short_b), "%s-tol %s-ig" % (a, b)],
                      "SI": ["RN %s-%s" % (a, b), "racuni od %s do %s" % (a, b)]}[c["country"]])
    amt = sum(L.bal[v["id"]] for v in r)
    payer, cid = payer_and_id(L, c)
    for v in r:
        L.reserved.add(v["id"])
    lab = new_label("applied", [(v, L.bal[v["id"]]) for v in r],
                    reason="remittance gives the range %s-%s (%d invoices); sum equals the payment" % (a, b, len(r)),
                    scenario="range", note="[%s/%s] invoice range '%s'" % (c["country"], c["cur"], rem))
    return mkpay(amt, c["cur"], payer, cid, None, rem), lab, []


STATEMENT_TXT = {"CZ": ["Vyrovnani salda k 28.02.2026", "uhrada dle vypisu", "SALDO"],
                 "SK": ["Uhrada salda podla vypisu", "SALDO 02/2026"],
                 "HU": ["Egyenleg rendezese", "folyoszamla kiegyenlites"],
                 "SI": ["Poravnava salda", "IOP 28.2.2026"]}


def sc_statement_lump(L):
    c = rand_cust(L, lambda c: not c["group"])
    op = L.open(c)
    if not (3 <= len(op) <= 9) or len({v["currency"] for v in op}) != 1:
        return None
    if any(v["id"] in L.reserved for v in op):
        return None
    amt = sum(L.bal[v["id"]] for v in op)
    if L.subset_count(op, amt) != 1:
        return None
    payer = L.payer(c)
    cid = c["id"] if (not payer or RNG.random() < 0.5) else None
    payer = payer or L.norm[c["id"]][:20]
    for v in op:
        L.reserved.add(v["id"])
    lab = new_label("applied", [(v, L.bal[v["id"]]) for v in sorted(op, key=lambda v: v["due"])],
                    reason="lump equals the customer's whole open balance (%d invoices); no other combination fits" % len(op),
                    scenario="statement_lump", note="[%s/%s] lump without invoice list = full statement balance" % (c["country"], op[0]["currency"]))
    return mkpay(amt, op[0]["currency"], payer, cid, RNG.choice([None] + STATEMENT_TXT[c["country"]]), None), lab, []


def group_pick(L, kmin=3, kmax=7):
    g = RNG.choice(GROUPS)
    fr = [v for c in L.custs if c["group"] == g["key"] for v in L.free(c, g["cur"])]
    if len(fr) < kmin:
        return None, None
    vs = sorted(RNG.sample(fr, RNG.randint(kmin, min(kmax, len(fr)))), key=lambda v: (v["cust"]["name"], v["number"]))
    return g, vs


def group_remit(g, vs, extra=""):
    parts, last = [], None
    for v in vs:
        town = v["cust"]["name"].split("–")[-1].strip()
        town = ascii_up(town).replace("PRODEJNA ", "").replace(" ARUHAZ", "").replace("PE ", "").replace("OC ", "")
        if town != last:
            parts.append("%s: %s" % (town, v["number"]))
        else:
            parts[-1] += "," + v["number"]
        last = town
    return "; ".join(parts) + extra


def sc_group_lump(L):
    g, vs = group_pick(L)
    if not vs:
        return None
    amt = sum(L.bal[v["id"]] for v in vs)
    for v in vs:
        L.reserved.add(v["id"])
    lab = new_label("applied", [(v, L.bal[v["id"]]) for v in vs],
                    reason="group HQ remittance lists %d invoices of %d store accounts; sum equals the payment" % (
                        len(vs), len({v["cust"]["id"] for v in vs})),
                    scenario="group_lump", note="[%s/%s] retailer group pays stores' invoices in one lump" % (g["country"], g["cur"]))
    ref = RNG.choice([None, "AVIZO %s" % RNG.randrange(100000, 999999), "HROMADNA UHRADA"])
    return mkpay(amt, g["cur"], g["payer"], None, ref, group_remit(g, vs)), lab, []


PART_TXT = {"CZ": ["1. splatka FA {n}", "castecna uhrada FA {n}", "FA {n} - cast, zbytek po prevzeti"],
            "SK": ["1. splatka FA {n}", "ciastocna uhrada fa {n}"],
            "HU": ["{n} szamla 1. reszlet", "reszletfizetes {n}"],
            "SI": ["delno placilo RN {n}", "1. obrok RN {n}"]}
REST_TXT = {"CZ": "doplatek FA {n}", "SK": "doplatok FA {n}", "HU": "{n} szamla hatralek", "SI": "dokoncno placilo RN {n}"}


def round_unit(cur):
    return {"CZK": 100000, "EUR": 10000, "HUF": 10000000}[cur]


def sc_part(L):
    c = rand_cust(L)
    v = pick([v for v in L.free(c, kind="final") if L.bal[v["id"]] >= 3 * round_unit(v["currency"])])
    if not v:
        return None
    b = L.bal[v["id"]]
    u = round_unit(v["currency"])
    amt = (b * RNG.choice([30, 40, 50, 60]) // 100) // u * u
    if amt <= 0 or amt >= b:
        return None
    if L.subset_count(L.open(c, v["currency"]), amt, cap=1):
        return None      # part amount must not look like another invoice
    payer, cid = payer_and_id(L, c)
    rem = RNG.choice(PART_TXT[c["country"]]).format(n=v["number"])
    L.reserved.add(v["id"])
    lab = new_label("partial", [(v, amt)],
                    reason="remittance says part payment of %s; invoice stays open for %s" % (v["number"], money(b - amt)),
                    scenario="part_payment", note="[%s/%s] announced instalment, no deduction" % (c["country"], v["currency"]))
    p = mkpay(amt, v["currency"], payer, cid, ref_for(v), rem)

    def rest(L):
        r = L.bal[v["id"]]
        lab2 = new_label("applied", [(v, r)], reason="pays the remaining balance of %s after an earlier part payment" % v["number"],
                         scenario="remainder", note="[%s/%s] remainder after part payment %s; original total would overpay" % (
                             c["country"], v["currency"], p["id"]))
        return mkpay(r, v["currency"], payer, cid, ref_for(v) if c["country"] in ("CZ", "SK") else None,
                     REST_TXT[c["country"]].format(n=v["number"])), lab2, []

    return p, lab, ([(RNG.randint(15, 90), rest)] if RNG.random() < 0.65 else [])


def deduction(cur, kind, b):
    if kind == "skonto":
        d = b * 2 // 100
        return d // 100 * 100 if cur == "HUF" else d
    if cur == "CZK":
        d = RNG.choice([2420, 3630, 4840, 6050, 8470, 12100, 18150]) * 100
    elif cur == "EUR":
        d = RNG.choice([9600, 14400, 18000, 24000, 36000, 52800, 61000, 7850])
    else:
        d = RNG.choice([25400, 38100, 50800, 63500, 95250, 127000]) * 100
    return d if d < b // 3 else 0


def sc_short(L, kind):
    c = rand_cust(L, lambda c: not c["group"] and (kind != "install" or c["kind"] in ("hotel", "office", "retail")))
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    b = L.bal[v["id"]]
    d = deduction(v["currency"], kind, b)
    if d <= 0:
        return None
    amt = b - d
    if L.subset_count(L.open(c, v["currency"]), amt, cap=1):
        return None
    cur = v["currency"]
    rem = SHORT_REASONS[kind][c["country"]].format(n=v["number"], a=fmt_local(d, cur), r=RNG.randrange(100, 999))
    payer, cid = payer_and_id(L, c)
    ref = ref_for(v) if RNG.random() < 0.6 else None
    L.reserved.add(v["id"])
    lab = new_label("partial", [(v, amt)], short={"invoice_id": v["id"], "amount": money(d), "reason": SHORT_LABEL[kind]},
                    reason="pays %s less %s: %s" % (v["number"], money(d), SHORT_LABEL[kind]),
                    scenario="short_" + kind, note="[%s/%s] short pay, reason in remittance" % (c["country"], cur))
    return mkpay(amt, cur, payer, cid, ref, rem), lab, []


def sc_fee(L):
    c = rand_cust(L, lambda c: c["country"] in ("HU", "CZ") and not c["group"])
    v = pick(L.free(c, "EUR", kind="final"))
    if not v:
        return None
    b = L.bal[v["id"]]
    d = RNG.choice([750, 1000, 1250, 1500, 2000, 2500])
    amt = b - d
    if L.subset_count(L.open(c, "EUR"), amt, cap=1):
        return None
    rem = "INV %s /CHGS/EUR%s" % (v["number"], dot_fmt(d)) if RNG.random() < 0.5 else "INV %s" % v["number"]
    L.reserved.add(v["id"])
    lab = new_label("partial", [(v, amt)], short={"invoice_id": v["id"], "amount": money(d), "reason": SHORT_LABEL["fee"]},
                    reason="cross-border transfer for %s arrived %s EUR short (bank charges)" % (v["number"], money(d)),
                    scenario="short_fee", note="[%s/EUR] SHA/OUR charges taken from a referenced payment" % c["country"])
    payer, cid = payer_and_id(L, c)
    return mkpay(amt, "EUR", payer, cid, None, rem), lab, []


def sc_group_short(L):
    g, vs = group_pick(L, 3, 5)
    if not vs:
        return None
    s = RNG.choice(vs)
    d = deduction(g["cur"], "install", L.bal[s["id"]])
    if d <= 0:
        return None
    amt = sum(L.bal[v["id"]] for v in vs) - d
    extra = {"CZ": " | minus montaz {a} Kc u FA {n}", "HU": " | {n}: beszereles levonva {a} Ft",
             "SI": " | RN {n} brez montaze -{a} EUR", "SK": " | FA {n} bez montaze -{a} EUR"}[g["country"]]
    rem = group_remit(g, vs, extra.format(a=fmt_local(d, g["cur"]), n=s["number"]))
    for v in vs:
        L.reserved.add(v["id"])
    apps = [(v, L.bal[v["id"]] - (d if v is s else 0)) for v in vs]
    lab = new_label("partial", apps, short={"invoice_id": s["id"], "amount": money(d), "reason": SHORT_LABEL["install"]},
                    reason="group lump for %d invoices less an installation deduction on %s" % (len(vs), s["number"]),
                    scenario="group_short", note="[%s/%s] group lump with one deduction line" % (g["country"], g["cur"]))
    return mkpay(amt, g["cur"], g["payer"], None, None, rem), lab, []


def extra_is_clean(L, c, cur, extra, skip=()):
    pool = [v for v in L.open(c, cur) if v["id"] not in skip]
    return L.subset_count(pool, extra, cap=1) == 0


def sc_overpay_deposit(L):
    c = rand_cust(L, lambda c: c["kind"] in ("hotel", "office") and not c["group"])
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    b = L.bal[v["id"]]
    x = (b * RNG.choice([30, 40, 50]) // 100) // round_unit(v["currency"]) * round_unit(v["currency"])
    if x <= 0 or not extra_is_clean(L, c, v["currency"], x, {v["id"]}):
        return None
    txt = {"CZ": "FA {n} - cena dle SOD vc. zalohy", "SK": "FA {n} plna cena podla zmluvy",
           "HU": "{n} szamla teljes vetelar", "SI": "RN {n} celotna pogodbena cena"}[c["country"]]
    payer, cid = payer_and_id(L, c, 0.5)
    L.reserved.add(v["id"])
    lab = new_label("unapplied", [(v, b)], unapplied=x,
                    reason="pays %s in full plus %s (deposit already settled, paid again); remainder held on account" % (v["number"], money(x)),
                    scenario="overpay_deposit", note="[%s/%s] final invoice paid at contract price without deducting the deposit" % (c["country"], v["currency"]))
    return mkpay(b + x, v["currency"], payer, cid, ref_for(v), txt.format(n=v["number"])), lab, []


def sc_overpay_round(L):
    c = rand_cust(L, lambda c: not c["group"])
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    b = L.bal[v["id"]]
    u = {"CZK": 100000, "EUR": 10000, "HUF": 1000000}[v["currency"]]
    amt = (b // u + 1) * u
    x = amt - b
    if not extra_is_clean(L, c, v["currency"], x, {v["id"]}):
        return None
    payer, cid = payer_and_id(L, c)
    L.reserved.add(v["id"])
    lab = new_label("unapplied", [(v, b)], unapplied=x, reason="referenced invoice %s paid with a rounded-up amount; %s over" % (v["number"], money(x)),
                    scenario="overpay_round", note="[%s/%s] rounded-up transfer" % (c["country"], v["currency"]))
    return mkpay(amt, v["currency"], payer, cid, ref_for(v), remit_one(v)), lab, []


def sc_dup_pair(L):
    r = sc_ref_exact(L, with_remit=True)
    if not r:
        return None
    p, lab, _ = r
    lab["note"] += "; paid again later"
    inv_id = lab["applications"][0]["invoice_id"]
    v = next(w for w in L.invs if w["id"] == inv_id)
    c = v["cust"]

    def again(L):
        amt = p["amount"]
        if L.bal[v["id"]] != 0 or not extra_is_clean(L, c, v["currency"], amt):
            return None
        lab2 = new_label("unapplied", [], unapplied=amt,
                         reason="invoice %s was already paid by %s; second payment held on account" % (v["number"], p["id"]),
                         scenario="duplicate_payment", note="[%s/%s] same invoice paid twice (earlier %s)" % (c["country"], v["currency"], p["id"]))
        ref2 = ref_for(v)
        return mkpay(amt, v["currency"], p["payer_name"], p["customer_id"], ref2,
                     remit_one(v) if not ref2 or v["number"] not in ref2 else None), lab2, []

    return p, lab, [(RNG.randint(10, 80), again)]


def sc_no_fit(L):
    c = rand_cust(L, lambda c: not c["group"])
    op = L.open(c, c["cur"])
    if not op:
        return None
    u = round_unit(c["cur"])
    amt = RNG.randint(1, 40) * u // 2
    if not extra_is_clean(L, c, c["cur"], amt):
        return None
    txt = RNG.choice({"CZ": [None, "zaloha na objednavku", "PLATBA"], "SK": [None, "preddavok"],
                      "HU": [None, "eloleg rendeleshez"], "SI": [None, "avans"]}[c["country"]])
    for v in op:
        L.reserved.add(v["id"])
    lab = new_label("unapplied", [], unapplied=amt, reason="known customer (customer_id); amount fits no open invoice or combination",
                    scenario="no_fit_known", note="[%s/%s] advance/unexplained payment from a known account" % (c["country"], c["cur"]))
    return mkpay(amt, c["cur"], L.norm[c["id"]][:20], c["id"], None, txt), lab, []


def sc_cross(L):
    c = rand_cust(L, lambda c: c["country"] == "CZ" and not c["group"])
    v = pick(L.free(c, "CZK", kind="final"))
    if not v:
        return None
    eur = (L.bal[v["id"]] * 10 // 252)
    if not extra_is_clean(L, c, "EUR", eur):
        return None
    L.reserved.add(v["id"])
    lab = new_label("unapplied", [], unapplied=eur,
                    reason="payment in EUR quotes CZK invoice %s; never applied across currencies, no EUR invoice fits; held on account" % v["number"],
                    scenario="cross_currency", note="[CZ/EUR->CZK] customer converted a CZK invoice and paid in EUR")
    return mkpay(eur, "EUR", L.norm[c["id"]][:24], c["id"], "INV %s" % v["number"], "Invoice %s (CZK %s) paid in EUR" % (
        v["number"], czk_fmt(L.bal[v["id"]]))), lab, []


def sc_same_price(L):
    pairs = []
    for c in L.custs:
        sp = [v for v in L.open(c) if v.get("same_price") and v["id"] not in L.special_used]
        if len(sp) == 2 and L.bal[sp[0]["id"]] == L.bal[sp[1]["id"]]:
            pairs.append((c, sp))
    if not pairs:
        return None
    c, sp = RNG.choice(pairs)
    amt = L.bal[sp[0]["id"]]
    payer = L.payer(c)
    cid = c["id"] if (not payer or RNG.random() < 0.5) else None
    payer = payer or L.norm[c["id"]][:20]
    sp.sort(key=lambda v: (v["due"], v["number"]))
    L.special_used.update(v["id"] for v in sp)
    lab = new_label("review", unapplied=amt, cands=[[sp[0]], [sp[1]]],
                    reason="amount equals two open invoices of the customer (%s, %s) and nothing says which" % (sp[0]["number"], sp[1]["number"]),
                    scenario="same_amount_two_invoices", note="[%s/%s] two identical balances, no reference; older due first" % (c["country"], sp[0]["currency"]))
    return mkpay(amt, sp[0]["currency"], payer, cid, RNG.choice(GENERIC_REF[c["country"]]), None), lab, []


def sc_twin(L):
    ts = list(range(len(TWINS)))
    RNG.shuffle(ts)
    for t in ts:
        pair = [c for c in L.custs if c["twin"] == t]
        vs = [v for c in pair for v in L.open(c) if v.get("twin_price") and v["id"] not in L.special_used]
        if len(vs) != 2 or L.bal[vs[0]["id"]] != L.bal[vs[1]["id"]]:
            continue
        c = pair[0]
        payer = L.payer(c, ambiguous=True)
        if not payer:
            continue
        amt = L.bal[vs[0]["id"]]
        vs.sort(key=lambda v: (v["due"], v["number"]))
        L.special_used.update(v["id"] for v in vs)
        lab = new_label("review", unapplied=amt, cands=[[vs[0]], [vs[1]]],
                        reason="truncated payer name fits two customers and both have an open invoice of this amount",
                        scenario="ambiguous_payer", note="[%s/%s] '%s' = %s or %s" % (c["country"], vs[0]["currency"], payer, pair[0]["name"], pair[1]["name"]))
        return mkpay(amt, vs[0]["currency"], payer, None, None, None), lab, []
    return None


UNKNOWN_PAYERS = {"CZ": ["FACTORING KB A.S.", "NOVAKOVA JANA", "SVOBODA PETR", "REVOLUT**8841"],
                  "SK": ["SLOVENSKA FACTORINGOVA", "HUDAKOVA MARIA"],
                  "HU": ["KISS PETERNE", "MBH FAKTOR ZRT"],
                  "SI": ["NOVAK MARKO S.P.", "NLB LEASING D.O.O."]}


def sc_unknown(L):
    c = rand_cust(L, lambda c: not c["group"])
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    amt = L.bal[v["id"]]
    same = [w for w in L.invs if w["currency"] == v["currency"] and L.bal[w["id"]] == amt]
    if len(same) > 2:
        return None
    for w in same:
        L.reserved.add(w["id"])
    same.sort(key=lambda w: (w is not v, w["due"]))
    lab = new_label("review", unapplied=amt, cands=[[w] for w in same],
                    reason="payer unknown and no reference; amount matches %d open invoice(s) only by value" % len(same),
                    scenario="unknown_payer", note="[%s/%s] third party (factor/private person) paying without reference" % (c["country"], v["currency"]))
    return mkpay(amt, v["currency"], RNG.choice(UNKNOWN_PAYERS[c["country"]]), None,
                 RNG.choice([None, "PLATBA", "faktura"]), None), lab, []


def sc_ref_conflict(L):
    c = rand_cust(L, lambda c: not c["group"])
    fr = L.free(c, c["cur"], kind="final")
    if len(fr) < 2:
        return None
    a, b = RNG.sample(fr, 2)
    if L.bal[a["id"]] == L.bal[b["id"]]:
        return None
    amt = L.bal[b["id"]]
    payer, cid = payer_and_id(L, c)
    L.reserved.update([a["id"], b["id"]])
    lab = new_label("review", unapplied=amt, cands=[[b], [a]],
                    reason="reference names %s but the amount is exactly the balance of %s" % (a["number"], b["number"]),
                    scenario="ref_amount_conflict", note="[%s/%s] number and amount point to different invoices; amount-exact first" % (c["country"], c["cur"]))
    ref = ref_for(a)
    if not ref or a["number"] not in ref:
        ref = a["number"]
    return mkpay(amt, c["cur"], payer, cid, ref, None), lab, []


def sc_po_lookalike(L):
    c = rand_cust(L, lambda c: not c["group"])
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    amt = L.bal[v["id"]]
    if L.subset_count(L.open(c, v["currency"]), amt) != 1:
        return None
    other = RNG.choice([w for w in L.invs if w["cust"] is not c and w["kind"] == "final"])
    if L.bal[other["id"]] == amt:
        return None
    ref = RNG.choice({"CZ": ["OBJ. {x}", "objednavka {x}", "OBJ{x}"], "SK": ["OBJ {x}", "objednavka c. {x}"],
                      "HU": ["PO {x}", "Megrendeles {x}"], "SI": ["narocilnica {x}", "PO {x}"]}[c["country"]]).format(x=other["number"])
    L.reserved.add(v["id"])
    lab = new_label("applied", [(v, amt)],
                    reason="the number in the text is the customer's order (PO) number; bank account known and amount equals one open invoice (%s)" % v["number"],
                    scenario="po_lookalike", note="[%s/%s] PO %s looks like another customer's invoice" % (c["country"], v["currency"], other["number"]))
    return mkpay(amt, v["currency"], L.norm[c["id"]][:24], c["id"], None, ref), lab, []


def sc_typo(L):
    c = rand_cust(L, lambda c: not c["group"])
    v = pick(L.free(c, kind="final"))
    if not v:
        return None
    amt = L.bal[v["id"]]
    if L.subset_count(L.open(c, v["currency"]), amt) != 1:
        return None
    n = list(v["number"])
    i = RNG.randrange(3, 7)
    if n[i] == n[i + 1]:
        return None
    n[i], n[i + 1] = n[i + 1], n[i]
    t = "".join(n)
    if t in L.by_number:
        return None
    L.reserved.add(v["id"])
    lab = new_label("applied", [(v, amt)], reason="reference %s exists nowhere (transposed digits of %s); known account and exact unique amount" % (t, v["number"]),
                    scenario="typo_reference", note="[%s/%s] mistyped variable symbol" % (c["country"], v["currency"]))
    return mkpay(amt, v["currency"], L.payer(c) or L.norm[c["id"]][:20], c["id"],
                 "VS %s" % t if c["country"] in ("CZ", "SK") else t, None), lab, []


# ---------------------------------------------------------------- bad input rows
def err_row(L, out, kind):
    c = rand_cust(L, lambda c: not c["group"])
    v = pick(L.open(c))
    if not v and kind != "dup_id":
        return None
    if kind == "dup_id":
        prev = [p for p, lab in out if lab["status"] != "error"]
        p = dict(RNG.choice(prev[len(prev) // 3:]))
        return p, {"error": "duplicate payment id %s (same bank transaction imported twice)" % p["id"], "keep_id": True}
    p = mkpay(L.bal[v["id"]], v["currency"], L.payer(c) or L.norm[c["id"]][:20], None, ref_for(v) or v["number"], None)
    if kind == "negative":
        p["amount"] = -p["amount"]
        p["remittance"] = RNG.choice(["VRATKA - chybna platba", "STORNO", "R-TRANSACTION RETURN"])
        return p, {"error": "negative amount (bank return/reversal), not a receipt"}
    if kind == "currency":
        p["currency"] = RNG.choice(["GBP", "USD", "PLN"])
        return p, {"error": "currency %s: no open invoice in that currency" % p["currency"]}
    if kind == "malformed":
        b = L.bal[v["id"]]
        unit = {"CZK": "Kc", "EUR": "EUR", "HUF": "Ft"}[v["currency"]]
        p["amount"] = RNG.choice([czk_fmt(b), dot_fmt(b), "%d %s" % (b // 100, unit), "N/A"])
        return p, {"error": "malformed amount %r" % p["amount"]}
    if kind == "no_date":
        return p, {"error": "missing payment date", "no_date": True}
    raise ValueError(kind)


# ---------------------------------------------------------------- driver
PLAN = [
    ("ref_exact", 95, sc_ref_exact), ("remit_exact", 28, sc_remit_exact),
    ("name_amount", 36, sc_name_amount), ("id_amount", 14, lambda L: sc_name_amount(L, by_id=True)),
    ("multi_list", 34, sc_multi_list), ("range", 9, sc_range), ("statement_lump", 10, sc_statement_lump),
    ("group_lump", 9, sc_group_lump), ("part_payment", 15, sc_part),
    ("short_install", 14, lambda L: sc_short(L, "install")), ("short_damage", 9, lambda L: sc_short(L, "damage")),
    ("short_skonto", 6, lambda L: sc_short(L, "skonto")), ("short_fee", 4, sc_fee), ("group_short", 4, sc_group_short),
    ("overpay_deposit", 8, sc_overpay_deposit), ("overpay_round", 6, sc_overpay_round), ("dup_pair", 9, sc_dup_pair),
    ("no_fit_known", 8, sc_no_fit), ("cross_currency", 4, sc_cross), ("same_amount", 12, sc_same_price),
    ("ambiguous_payer", 6, sc_twin), ("unknown_payer", 7, sc_unknown), ("ref_conflict", 7, sc_ref_conflict),
    ("po_lookalike", 7, sc_po_lookalike), ("typo_reference", 6, sc_typo),
]
ERRORS = ["negative", "negative", "currency", "currency", "dup_id", "dup_id", "malformed", "malformed",
          "no_date", "no_date"]


def build():
    custs = make_customers()
    invs = make_invoices(custs)
    inv_rows = invoice_rows(invs)           # snapshot before any payment
    L = Ledger(custs, invs)
    plan = [(name, fn) for name, n, fn in PLAN for _ in range(n)]
    RNG.shuffle(plan)
    errs = list(ERRORS)
    err_at = sorted(RNG.sample(range(60, len(plan)), len(errs)))
    out, pending, missing = [], [], []
    while plan or pending:
        idx = len(out)
        due = [x for x in pending if x[0] <= idx]
        if err_at and err_at[0] <= idx:
            err_at.pop(0)
            kind = errs.pop(RNG.randrange(len(errs)))
            r = None
            while r is None:
                r = err_row(L, out, kind)
            p, e = r
            if not e.get("keep_id"):
                p["id"] = rid("p-", 9, "0123456789abcdefghjkmnpqrstvwxyz")
            p["_nodate"] = e.get("no_date", False)
            lab = {"status": "error", "applications": [], "unapplied": "0.00", "short_pay": None, "candidates": [],
                   "reason": e["error"], "error": e["error"], "scenario": "bad_input_" + kind, "note": "[ERR] " + e["error"]}
            out.append((p, lab))
            continue
        if due:
            item = min(due, key=lambda x: x[0])
            pending.remove(item)
            r = item[1](L)
            if r is None:
                missing.append("followup")
                continue
        elif plan:
            name, fn = plan.pop()
            r = None
            for _ in range(300):
                r = fn(L)
                if r:
                    break
            if r is None:
                missing.append(name)
                continue
        else:   # only future followups remain: emit them now
            item = min(pending, key=lambda x: x[0])
            pending.remove(item)
            r = item[1](L)
            if r is None:
                missing.append("followup")
                continue
        p, lab, fups = r
        p["id"] = rid("p-", 9, "0123456789abcdefghjkmnpqrstvwxyz")
        for a in lab["applications"]:
            iid = a["invoice_id"]
            cents = int(a["amount"].replace(".", ""))
            assert 0 < cents <= L.bal[iid], (lab, L.bal[iid])
            L.bal[iid] -= cents
        for d, f in fups:
            pending.append((idx + d, f))
        out.append((p, lab))
    # dates: business days, oldest first
    days, d = [], date(2026, 3, 2)
    while d <= date(2026, 4, 24):
        if d.weekday() < 5 and d not in (date(2026, 4, 3), date(2026, 4, 6)):   # Good Friday, Easter Monday
            days.append(d)
        d += timedelta(1)
    pays, labs = [], []
    for i, (p, lab) in enumerate(out):
        dt = days[i * len(days) // len(out)].isoformat()
        amount = money(p["amount"]) if isinstance(p["amount"], int) else p["amount"]
        pays.append({"id": p["id"], "date": None if p.get("_nodate") else dt, "amount": amount, "currency": p["currency"],
                     "payer_name": p["payer_name"], "customer_id": p["customer_id"], "reference": p["reference"],
                     "remittance": p["remittance"]})
        labs.append(dict({"payment_id": p["id"]}, **lab))
    return custs, inv_rows, pays, labs, missing



# ---------------------------------------------------------------- stage 3: replay check, files, README
def cents(s):
    assert isinstance(s, str) and re.fullmatch(r"-?\d+\.\d\d", s), s
    return int(s.replace(".", ""))


def replay(inv_rows, pays, labs):
    """re-apply every label in file order against the invoice snapshot; raise on any inconsistency"""
    inv = {r["id"]: r for r in inv_rows}
    bal = {r["id"]: cents(r["balance"]) for r in inv_rows}
    curs = {r["currency"] for r in inv_rows}
    assert len(pays) == len(labs)
    seen = set()
    last = None
    for p, l in zip(pays, labs):
        assert l["payment_id"] == p["id"]
        if p["date"]:
            assert last is None or p["date"] >= last, (p["id"], p["date"], last)
            last = p["date"]
        if l["status"] == "error":
            assert l["error"] and not l["applications"] and not l["candidates"] and l["short_pay"] is None
            bad = (p["id"] in seen or not p["date"] or p["currency"] not in curs
                   or not re.fullmatch(r"\d+\.\d\d", str(p["amount"])))
            assert bad, p
            seen.add(p["id"])
            continue
        assert p["id"] not in seen and p["date"] and p["currency"] in curs
        seen.add(p["id"])
        amt = cents(p["amount"])
        assert amt > 0
        apps = l["applications"]
        tot = sum(cents(a["amount"]) for a in apps) + cents(l["unapplied"])
        assert tot == amt, (p["id"], tot, amt)
        assert len({a["invoice_id"] for a in apps}) == len(apps)
        for a in apps:
            r = inv[a["invoice_id"]]
            assert r["currency"] == p["currency"], p["id"]
            x = cents(a["amount"])
            assert 0 < x <= bal[r["id"]], (p["id"], r["number"], x, bal[r["id"]])
            bal[r["id"]] -= x
        st = l["status"]
        if st == "applied":
            assert apps and cents(l["unapplied"]) == 0 and l["short_pay"] is None and not l["candidates"]
        elif st == "partial":
            assert apps and cents(l["unapplied"]) == 0 and not l["candidates"]
            assert any(bal[a["invoice_id"]] > 0 for a in apps)
            sp = l["short_pay"]
            if sp:
                assert sp["invoice_id"] in {a["invoice_id"] for a in apps} and sp["reason"]
                assert cents(sp["amount"]) == bal[sp["invoice_id"]], p["id"]
        elif st == "unapplied":
            assert cents(l["unapplied"]) > 0 and l["short_pay"] is None and not l["candidates"]
            assert p["customer_id"] or apps or any(ch.isdigit() for ch in (p["reference"] or "") + (p["remittance"] or ""))
        elif st == "review":
            assert not apps and cents(l["unapplied"]) == amt and l["candidates"] and l["short_pay"] is None
            for cset in l["candidates"]:
                for iid in cset["invoice_ids"]:
                    assert inv[iid]["currency"] == p["currency"] and bal[iid] > 0, (p["id"], iid)
        else:
            raise AssertionError(st)
    return bal


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


SCENARIO_DOC = [
    ("ref_exact", "applied", "variable symbol / SEPA / SI00 reference (or remittance) names one invoice, exact balance"),
    ("remit_exact", "applied", "number only in the remittance (often a deposit request), reference empty or junk, order numbers around it"),
    ("name_amount", "applied", "no number; truncated upper-case payer name matches one customer; amount equals one open balance and no combination"),
    ("id_amount", "applied", "no number; bank account known (customer_id), payer shown as a short or personal name; exact unique amount"),
    ("multi_list", "applied", "remittance lists 2-5 invoice numbers (various separators); sum exact"),
    ("range", "applied", "remittance gives a range, sometimes abbreviated (25100398-401, 'az', '-tol ... -ig')"),
    ("statement_lump", "applied", "lump without list equal to the customer's whole open balance; no other combination fits"),
    ("group_lump", "applied", "retailer-group HQ pays invoices of several store accounts, listed per store"),
    ("remainder", "applied", "pays what an earlier part payment left open (original total would overpay)"),
    ("po_lookalike", "applied", "the only number is the customer's order number, which is also another customer's invoice number"),
    ("typo_reference", "applied", "variable symbol with transposed digits matching no invoice; known account; exact unique amount"),
    ("part_payment", "partial", "announced instalment; invoice stays open, short_pay null"),
    ("short_install", "partial", "installation deducted (not performed); short_pay opened"),
    ("short_damage", "partial", "damaged goods deducted with a complaint number; short_pay opened"),
    ("short_skonto", "partial", "2% early-payment discount taken unasked; short_pay opened"),
    ("short_fee", "partial", "cross-border EUR transfer arrives short by bank charges; short_pay opened"),
    ("group_short", "partial", "group lump with one installation deduction line"),
    ("overpay_deposit", "unapplied", "final invoice paid at the contract price without deducting the deposit; remainder on account"),
    ("overpay_round", "unapplied", "rounded-up transfer; remainder on account"),
    ("duplicate_payment", "unapplied", "invoice already paid by an earlier payment in this file; whole amount on account"),
    ("no_fit_known", "unapplied", "known account, amount fits no invoice or combination (advance)"),
    ("cross_currency", "unapplied", "EUR payment quoting a CZK invoice; never applied across currencies"),
    ("same_amount_two_invoices", "review", "two open invoices of the customer with the same balance, no number"),
    ("ambiguous_payer", "review", "truncated name fits two similarly named customers that both have the amount open"),
    ("unknown_payer", "review", "factor or private person without a reference; amount matches by value only"),
    ("ref_amount_conflict", "review", "reference names one invoice, amount is exactly another's"),
]


def readme(custs, inv_rows, pays, labs):
    from collections import Counter
    st = Counter(l["status"] for l in labs)
    sc = Counter(l["scenario"] for l in labs)
    cur_i = Counter(r["currency"] for r in inv_rows)
    cur_p = Counter(p["currency"] for p in pays)
    ctry = Counter(c["country"] for c in custs)
    ctry_p = Counter(l["note"][1:3] if l["note"][1:3] in ("CZ", "SK", "HU", "SI") else "bad input" for l in labs)
    deps = sum(1 for r in inv_rows if r["number"][2] == "3")
    ln = []
    w = ln.append
    w("# Blind cash-application set: CEE furniture and shop-fitting manufacturer")
    w("")
    w("Held-out test set for the `match` contract (`/work/shared/contracts/cash-application.md`), written")
    w("without seeing the engine. Generated by `python3 build.py` (stdlib only, fixed seed, byte-identical")
    w("reruns); `python3 check.py` re-verifies every label by replaying the payments in file order.")
    w("")
    w("## Theme")
    w("")
    w("A furniture and shop-fitting manufacturer invoicing retailers, hotels and offices in Czechia, Slovakia,")
    w("Hungary and Slovenia in CZK, EUR and HUF. Invoice numbers are 8 digits: year, series (`1` = invoice,")
    w("`3` = deposit request / zálohová faktura) and a sequence, and the number is the Czech/Slovak variable")
    w("symbol (VS). Bank lines carry upper-case payer names with the diacritics lost and truncated at 13-35")
    w("characters, `VS`/`KS`/`SS` and SEPA `/VS.../SS/KS...` references, Slovenian `SI00 <number>` references,")
    w("Hungarian `közlemény` text, order (PO) numbers, retailer-group HQs paying many store accounts in one lump,")
    w("deposits and final invoices, installation and damage deductions, skonto and bank charges.")
    w("")
    w("## Files")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w("| `ledger_cee_furniture/invoices.json` | %d | contract `INVOICES.json` (open invoices before the first payment) |" % len(inv_rows))
    w("| `ledger_cee_furniture/payments.json` | %d | contract `PAYMENTS.json`, oldest first |" % len(pays))
    w("| `ledger_cee_furniture/labels.json` | %d | one expected `MATCHES.json` entry per payment, same order, plus `scenario`, `note` (and `error` on bad rows) |" % len(labs))
    w("")
    w("%d customers (%s), %d open invoices of which %d deposit requests. Invoices per currency: %s." % (
        len(custs), ", ".join("%s %d" % kv for kv in sorted(ctry.items())), len(inv_rows), deps,
        ", ".join("%s %d" % kv for kv in sorted(cur_i.items()))))
    w("Payments per currency: %s. Payment dates 2026-03-02 to 2026-04-24 (business days); invoices issued" % (
        ", ".join("%s %d" % kv for kv in sorted(cur_p.items()))))
    w("2025-09-01 to 2026-02-27.")
    w("")
    w("## Counts")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("Per country of the payer / text language: %s." % ", ".join("%s %d" % kv for kv in sorted(ctry_p.items())))
    w("")
    w("| scenario | status | count | what it is |")
    w("|---|---|---|---|")
    for name, status, what in SCENARIO_DOC:
        w("| `%s` | %s | %d | %s |" % (name, status, sc[name], what))
    for name in sorted(k for k in sc if k.startswith("bad_input_")):
        w("| `%s` | error | %d | %s |" % (name, sc[name], {
            "bad_input_negative": "negative amount (bank return)", "bad_input_currency": "currency no invoice has (GBP/USD/PLN)",
            "bad_input_dup_id": "payment id already used earlier in the file (double import)",
            "bad_input_malformed": "amount not a decimal string (%s)" % ", ".join(
                "`%s`" % p["amount"] for p, l in zip(pays, labs) if l["scenario"] == "bad_input_malformed"),
            "bad_input_no_date": "date is null"}[name]))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for t in [
        "`candidates` is a list of `{\"invoice_ids\": [...]}` sets, best first. Compare sets, not order inside a set.",
        "`review`: `applications` is empty and `unapplied` equals the whole amount, so the contract's sum rule holds.",
        "Order of `applications` follows the remittance (or due date for lumps); compare them as a set of (invoice, amount).",
        "`short_pay.amount` is the shortfall left open on that invoice (its balance after this payment). `short_pay.reason` is free text; compare the invoice and amount only. An announced instalment is `partial` with `short_pay: null`.",
        "Skonto taken without agreement and bank charges on cross-border transfers are short pays (`partial` + `short_pay`), not written off.",
        "Overpayment: `unapplied` with the invoice applications listed and the remainder in `unapplied`. A second payment of an already-paid invoice (and a payment from a known account that fits nothing) is `unapplied` with no applications.",
        "A payment in EUR that quotes a CZK invoice is `unapplied` (held on the known customer's account), not `review`: no same-currency invoice fits and cross-currency application is forbidden.",
        "A customer is identified by `customer_id`, by a quoted invoice number, or by a truncated payer name that is a prefix of exactly one customer's name once diacritics are dropped and letters upper-cased. Amount-only matches are applied only when the amount equals one open balance of that customer and no combination of its open balances gives the same sum.",
        "A payment equal to a customer's whole open balance (a statement payment) is applied to all its open invoices when no other combination fits.",
        "A retailer group's HQ (`customer_id` null) paying invoices it lists for its store accounts is applied across those accounts: the listed numbers identify the invoices.",
        "A number labelled as an order (`OBJ.`, `objednavka`, `PO`, `Megrendeles`, `narocilnica`) is not an invoice reference even when it equals another customer's invoice number.",
        "Reference and amount pointing to different invoices of the same customer: `review`, the amount-exact invoice first. Two identical balances: `review`, earlier due date first. Unknown third-party payer without a reference: `review` even when the amount is unique in the ledger.",
        "Bad input rows: `status: \"error\"`, `applications: []`, `unapplied: \"0.00\"`, `short_pay: null`, `candidates: []`, and an `error` text. For a duplicated payment id the first occurrence is processed normally and the later one is the error.",
        "`reason`, `scenario` and `note` explain the label for humans and are not outputs to compare. Notes start with `[COUNTRY/CURRENCY]` or `[ERR]`.",
        "HUF amounts are whole forints written with `.00`.",
    ]:
        w("- " + t)
    w("")
    return "\n".join(ln)


def main():
    custs, inv_rows, pays, labs, missing = build()
    assert not missing, missing
    replay(inv_rows, pays, labs)
    os.makedirs(OUT, exist_ok=True)
    dump(os.path.join(OUT, "invoices.json"), inv_rows)
    dump(os.path.join(OUT, "payments.json"), pays)
    dump(os.path.join(OUT, "labels.json"), labs)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(custs, inv_rows, pays, labs))
    print("wrote %d invoices, %d payments, %d labels" % (len(inv_rows), len(pays), len(labs)))


if __name__ == "__main__":
    main()
