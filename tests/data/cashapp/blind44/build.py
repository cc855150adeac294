#!/usr/bin/env python3
"""Deterministic generator for the blind cash-application set `ledger_benelux`.

Theme: an electrical + HVAC installation subcontractor (fictional "Voltaklima
Installatietechniek B.V.") working in NL, BE and LU.  Stdlib only, fixed seed,
no wall clock.  `python3 build.py` rewrites every data file and README.md.
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_benelux")
SEED = 140_2026
rng = random.Random(SEED)

# ---------------------------------------------------------------- helpers

def money(c):
    """cents -> decimal string"""
    s = "-" if c < 0 else ""
    c = abs(c)
    return f"{s}{c // 100}.{c % 100:02d}"


def nl_amt(c):
    """12.450,00"""
    s = "-" if c < 0 else ""
    c = abs(c)
    euros = f"{c // 100:,}".replace(",", ".")
    return f"{s}{euros},{c % 100:02d}"


def fr_amt(c):
    """12 450,00"""
    return nl_amt(c).replace(".", " ")


def de_amt(c):
    return nl_amt(c)


def d(s):
    return date.fromisoformat(s)


def rid(prefix, n=8):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


_used_ids = set()


def uid(prefix, n=8):
    while True:
        x = rid(prefix, n)
        if x not in _used_ids:
            _used_ids.add(x)
            return x


def pct(c, p_num, p_den=100):
    """round-half-up of c * p_num / p_den (cents)"""
    return (c * p_num * 2 + p_den) // (2 * p_den)


# ---------------------------------------------------------------- customers

NL_SUR = ["Van der Meer", "De Groot", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer",
          "Mulder", "De Vries", "Van Dijk", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen",
          "Dekker", "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Linden", "Kok",
          "Van den Berg", "Vermeulen", "Kuipers", "Schouten", "Hoekstra", "Van Beek", "Koster",
          "Prins", "Huisman", "Post", "Veenstra", "Van Wijk", "Timmermans", "Van Rijn", "Blom",
          "Verbeek", "Van Vliet", "Groen", "Wolters", "Scholten", "Boersma", "Hofman", "Evers",
          "Van Dam", "Kramer", "Sanders", "Lammers", "Koopman", "Zwart", "Bosman", "Ter Horst"]
NL_PLACE = ["Almere", "Utrecht", "Amersfoort", "Zwolle", "Apeldoorn", "Eindhoven", "Breda",
            "Tilburg", "Leiden", "Haarlem", "Delft", "Nijmegen", "Arnhem", "Deventer", "Ede",
            "Gouda", "Zoetermeer", "Hilversum", "Den Bosch", "Groningen", "Leeuwarden", "Venlo",
            "Maastricht", "Rotterdam", "Amsterdam", "Dordrecht", "Alkmaar", "Hengelo"]
BE_SUR = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
          "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Leclercq", "Van Damme",
          "Desmet", "Verhaeghe", "Michiels", "Hermans", "Aerts", "Vandenberghe", "Lemmens",
          "Stevens", "Pauwels", "Simons", "Renard", "Wuyts", "De Clercq", "Cools", "Baert"]
BE_PLACE = ["Gent", "Antwerpen", "Leuven", "Mechelen", "Hasselt", "Brugge", "Kortrijk",
            "Aalst", "Genk", "Namur", "Liège", "Charleroi", "Mons", "Wavre", "Brussel", "Turnhout"]
LU_SUR = ["Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Reuter", "Kieffer", "Thill",
          "Schroeder", "Kremer", "Becker", "Hansen", "Lentz", "Majerus", "Welter", "Feller",
          "Steffen", "Gengler", "Schiltz", "Kayser"]
LU_PLACE = ["Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck",
            "Diekirch", "Strassen", "Bertrange", "Mamer", "Belval", "Kirchberg", "Wiltz"]

PROJ_NL = ["Nieuwbouw {n} woningen {p}", "Renovatie kantoor {p}", "Zorgcentrum {p}",
           "Basisschool {p}", "Appartementen {p} Centrum", "Sporthal {p}", "Distributiecentrum {p}",
           "Transformatie kantoor naar wonen {p}", "Gemeentehuis {p}", "Verduurzaming {n} woningen {p}"]
PROJ_BE = ["Nieuwbouw {n} appartementen {p}", "Renovatie school {p}", "Woonzorgcentrum {p}",
           "Kantoorgebouw {p}", "Rénovation école {p}", "Résidence {p}", "Sporthal {p}"]
PROJ_LU = ["Résidence {p}", "Bureaux {p}", "Lycée {p}", "Wohnanlage {p}", "Maison relais {p}",
           "Centre commercial {p}"]


def make_customers():
    custs = []
    names = set()

    def add(name, country, kind, **kw):
        if name in names:
            return None
        names.add(name)
        c = dict(id=None, name=name, country=country, kind=kind, **kw)
        custs.append(c)
        return c

    # main contractors
    while sum(1 for c in custs if c["kind"] == "main" and c["country"] == "NL") < 62:
        s = rng.choice(NL_SUR)
        pref = rng.choice(["Bouwbedrijf", "Aannemersbedrijf", "Bouwcombinatie", "Bouwgroep",
                           "Bouwonderneming", "Aannemingsmaatschappij"])
        tail = rng.choice(["B.V.", "B.V.", "B.V.", f"{rng.choice(NL_PLACE)} B.V.", "& Zn. B.V."])
        add(f"{pref} {s} {tail}", "NL", "main")
    while sum(1 for c in custs if c["kind"] == "main" and c["country"] == "BE") < 36:
        s = rng.choice(BE_SUR)
        pref = rng.choice(["Bouwonderneming", "Algemene Bouw", "Aannemingen", "Bouwbedrijf",
                           "Entreprises", "Constructions"])
        tail = rng.choice(["NV", "BV", "SA", "SRL", "NV"])
        if pref in ("Entreprises", "Constructions") and tail in ("NV", "BV"):
            tail = "SA"
        add(f"{pref} {s} {tail}", "BE", "main")
    while sum(1 for c in custs if c["kind"] == "main" and c["country"] == "LU") < 16:
        s = rng.choice(LU_SUR)
        add(rng.choice([f"Entreprise de Construction {s} S.A.", f"Bauunternehmen {s} S.à r.l.",
                        f"Constructions {s} et Fils S.à r.l.", f"{s} Construction S.A."]), "LU", "main")
    # holdings that sometimes pay for their subsidiaries (separate debtors)
    for s, p in [("Kuipers", "Zwolle"), ("Van Rijn", "Utrecht"), ("Peeters", "Gent"),
                 ("Reuter", "Luxembourg"), ("Hofman", "Breda")]:
        country = "BE" if s == "Peeters" else ("LU" if s == "Reuter" else "NL")
        hold = add(f"{s} Bouwgroep Holding" + (" NV" if country == "BE" else (" S.A." if country == "LU" else " B.V.")),
                   country, "holding")
        sub = add(f"{s} Bouw {p}" + (" NV" if country == "BE" else (" S.à r.l." if country == "LU" else " B.V.")),
                  country, "main")
        sub["holding"] = hold["name"]
    # housing corporations / facility managers with fixed monthly maintenance contracts
    for i in range(32):
        if i < 17:
            nm = rng.choice(["Woonstichting {p}", "Woningcorporatie {p}", "Stichting Wonen {p}",
                             "{p} Facility Services B.V.", "VvE {p} Centrum"]).format(p=rng.choice(NL_PLACE))
            ctry = "NL"
        elif i < 27:
            nm = rng.choice(["Sociale Huisvestingsmaatschappij {p}", "Woonhaven {p}",
                             "Syndic {p} SRL", "Facility {p} BV"]).format(p=rng.choice(BE_PLACE))
            ctry = "BE"
        else:
            nm = rng.choice(["Syndic de copropriété {p}", "Gestion Immobilière {p} S.A."]).format(p=rng.choice(LU_PLACE))
            ctry = "LU"
        add(nm, ctry, "housing", monthly=rng.choice([84700, 121000, 145200, 189750, 242000, 302500, 96800, 163350, 217800]))
    # businesses / public bodies
    biz_nl = ["Gemeente {p}", "Basisschool De Regenboog {p}", "Tandartspraktijk {s}", "Hotel {p} Centraal",
              "Restaurant De Gouden Leeuw {p}", "Autobedrijf {s} {p}", "Sportschool FitPlus {p}",
              "Huisartsenpraktijk {s}", "Bakkerij {s}", "Kinderopvang Het Speelhuis {p}",
              "Notariskantoor {s} {p}", "Camping De Vennen {p}"]
    biz_be = ["Gemeentebestuur {p}", "Stad {p}", "Brasserie {s}", "Garage {s}", "Tandartsenpraktijk {s}",
              "Hôtel de la Gare {p}", "Boulangerie {s}", "Kinderdagverblijf {s}", "Apotheek {s}"]
    biz_lu = ["Administration communale de {p}", "Restaurant {s} {p}", "Garage {s} S.à r.l.",
              "Cabinet médical {s}", "Boulangerie {s}"]
    while sum(1 for c in custs if c["kind"] == "biz") < 46:
        r = rng.random()
        if r < 0.55:
            nm, ctry = rng.choice(biz_nl).format(p=rng.choice(NL_PLACE), s=rng.choice(NL_SUR)), "NL"
        elif r < 0.85:
            nm, ctry = rng.choice(biz_be).format(p=rng.choice(BE_PLACE), s=rng.choice(BE_SUR)), "BE"
        else:
            nm, ctry = rng.choice(biz_lu).format(p=rng.choice(LU_PLACE), s=rng.choice(LU_SUR)), "LU"
        add(nm, ctry, "biz")
    # private persons
    inits = ["J.", "M.", "A.", "P.", "H.", "R.", "W.", "K.", "L.", "E.", "J.P.", "A.M.", "C.", "T.", "G.H."]
    while sum(1 for c in custs if c["kind"] == "private") < 118:
        r = rng.random()
        if r < 0.55:
            s = rng.choice(NL_SUR)
            nm, ctry = f"{rng.choice(inits)} {s[0].lower() + s[1:] if s.startswith(('Van', 'De', 'Ter')) else s}", "NL"
        elif r < 0.85:
            nm, ctry = f"{rng.choice(inits)} {rng.choice(BE_SUR)}", "BE"
            if rng.random() < 0.3:
                nm += "-" + rng.choice(BE_SUR)
        else:
            nm, ctry = f"{rng.choice(['Famille', 'M. et Mme', 'Herr'])} {rng.choice(LU_SUR)}", "LU"
        add(nm, ctry, "private")
    # ids
    for c in custs:
        c["id"] = f"DEB{rng.randrange(10000, 99999)}"
        while c["id"] in _used_ids:
            c["id"] = f"DEB{rng.randrange(10000, 99999)}"
        _used_ids.add(c["id"])
    by_name = {c["name"]: c for c in custs}
    for c in custs:
        if "holding" in c:
            c["holding_id"] = by_name[c["holding"]]["id"]
    # projects for main contractors
    for c in custs:
        if c["kind"] == "main":
            tpl, places = {"NL": (PROJ_NL, NL_PLACE), "BE": (PROJ_BE, BE_PLACE), "LU": (PROJ_LU, LU_PLACE)}[c["country"]]
            c["projects"] = []
            for _ in range(rng.randint(1, 4)):
                c["projects"].append((str(rng.randint(2101, 2599)),
                                      rng.choice(tpl).format(n=rng.choice([8, 12, 16, 24, 36, 48, 64]), p=rng.choice(places))))
    return custs


def bank_name(c):
    """How a bank statement shows the payer: upper case, punctuation lost, truncated."""
    n = c["name"].upper()
    for a, b in [("À", "A"), ("É", "E"), ("È", "E"), ("Ê", "E"), ("Ç", "C"), ("Ô", "O"), ("È", "E"), ("Ë", "E")]:
        n = n.replace(a, b)
    if rng.random() < 0.5:
        n = n.replace("B.V.", "BV").replace("S.A.", "SA").replace("S.À R.L.", "SARL").replace("S.A R.L.", "SARL")
    lim = rng.choice([18, 22, 24, 27, 32, 35, 70, 70])
    return n[:lim].rstrip()


# ---------------------------------------------------------------- invoices

STD_PRIVATE = [11495, 14520, 18900, 24200, 9680, 145200, 239580, 326700, 484000, 689700, 13915, 21780,
               16940, 30250, 42350, 54450, 72600, 84700, 99825, 108900, 127050, 193600, 278300, 399300,
               8470, 12100, 36300, 60500, 157300, 211750]


def make_invoices(custs):
    inv = []

    def add(c, issue, total, kind, balance=None, project=None, po=None):
        if "terms" not in c:
            c["terms"] = 30 if c["country"] != "BE" or rng.random() < 0.6 else 60
        terms = c["terms"]
        if c["kind"] == "private":
            terms = 14
        x = dict(id=uid("inv_"), number=None, customer_id=c["id"], customer_name=c["name"],
                 currency="EUR", total=total, balance=total if balance is None else balance,
                 issue_date=issue, due_date=issue + timedelta(days=terms),
                 _kind=kind, _country=c["country"], _project=project, _po=po, _cust=c)
        inv.append(x)
        return x

    def rday(a, b):
        a, b = d(a), d(b)
        return a + timedelta(days=rng.randrange((b - a).days + 1))

    for c in custs:
        k = c["kind"]
        if k == "main":
            n = rng.randint(4, 12)
            for _ in range(n):
                pj = rng.choice(c["projects"])
                if rng.random() < 0.75:
                    amt = rng.randrange(250000, 8500000)
                    if rng.random() < 0.4:
                        amt = amt // 10000 * 10000
                    kind = "termijn"
                else:
                    amt = rng.randrange(35000, 600000)
                    kind = "meerwerk"
                po = rng.choice([f"4500{rng.randrange(100000, 999999)}", f"PO-{rng.randrange(10000, 99999)}",
                                 f"{rng.randrange(2400000, 2609999)}", None])
                x = add(c, rday("2025-10-01", "2026-03-20"), amt, kind, project=pj, po=po)
                if rng.random() < 0.06:
                    # earlier part payment received (e.g. G-account part): balance below total
                    x["balance"] = amt - pct(amt, rng.choice([25, 30, 35, 40, 50]))
                    x["_kind"] += "+partpaid"
            # older invoices still open only for their 5% retention
            for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
                pj = rng.choice(c["projects"])
                amt = rng.randrange(800000, 9000000)
                add(c, rday("2025-03-01", "2025-09-15"), amt, "retention_held",
                    balance=pct(amt, 5), project=pj)
        elif k == "holding":
            for _ in range(rng.randint(1, 2)):
                add(c, rday("2025-11-01", "2026-03-10"), rng.randrange(40000, 400000), "service")
        elif k == "housing":
            months = rng.randint(3, 6)
            for m in range(months):
                mm = 3 - m  # 2026-03, 02, 01, 2025-12 ...
                y = 2026 if mm >= 1 else 2025
                mm = mm if mm >= 1 else mm + 12
                add(c, date(y, mm, 1), c["monthly"], "monthly")
            for _ in range(rng.randint(0, 3)):
                add(c, rday("2025-10-15", "2026-03-15"), rng.randrange(20000, 1500000), "repair")
        elif k == "biz":
            for _ in range(rng.randint(1, 5)):
                amt = rng.choice(STD_PRIVATE) if rng.random() < 0.3 else rng.randrange(25000, 2500000)
                add(c, rday("2025-10-01", "2026-03-20"), amt, "service")
        elif k == "private":
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                amt = rng.choice(STD_PRIVATE) if rng.random() < 0.6 else rng.randrange(9000, 1200000)
                add(c, rday("2025-11-01", "2026-03-20"), amt, "service")
    # credit notes (open, negative)
    cn = []
    mains = [c for c in custs if c["kind"] in ("main", "biz", "housing")]
    for _ in range(42):
        c = rng.choice(mains)
        amt = -rng.randrange(9500, 480000)
        x = add(c, rday("2025-11-01", "2026-03-10"), amt, "creditnote")
        cn.append(x)
    # numbering in issue-date order, with gaps for paid invoices that are not in the open list
    inv.sort(key=lambda x: (x["issue_date"], x["id"]))
    seq = {2025: 0, 2026: 0}
    cseq = {2025: 0, 2026: 0}
    for x in inv:
        y = x["issue_date"].year
        if x["_kind"] == "creditnote":
            cseq[y] += rng.randint(1, 3)
            x["number"] = f"CN{y % 100}-{cseq[y]:05d}"
        else:
            seq[y] += rng.randint(1, 4) if y == 2025 else rng.randint(1, 3)
            x["number"] = f"VF{y % 100}-{seq[y]:05d}"
    return inv


def inv_public(x):
    return {"id": x["id"], "number": x["number"], "customer_id": x["customer_id"],
            "customer_name": x["customer_name"], "currency": x["currency"], "total": money(x["total"]),
            "balance": money(x["balance"]), "issue_date": x["issue_date"].isoformat(),
            "due_date": x["due_date"].isoformat()}


# ---------------------------------------------------------------- references

def digits(num):
    """VF25-04312 -> 2504312"""
    return "".join(ch for ch in num if ch.isdigit())


def betalingskenmerk(num):
    """16-digit Dutch payment reference: check digit + zero padding + invoice digits."""
    body = digits(num).rjust(15, "0")
    weights = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]
    s = sum(int(ch) * weights[i % 10] for i, ch in enumerate(reversed(body)))
    chk = 11 - s % 11
    chk = {10: 1, 11: 0}.get(chk, chk)
    return f"{chk}{body}"


def ogm(num):
    """Belgian structured communication +++DDD/DDDD/DDDDD+++ (10 digits + mod-97 check)."""
    base = digits(num).rjust(10, "0")
    chk = int(base) % 97 or 97
    s = f"{base}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"



# ---------------------------------------------------------------- text bits

BANKS = {"NL": [("INGB", "INGBNL2A"), ("RABO", "RABONL2U"), ("ABNA", "ABNANL2A"), ("TRIO", "TRIONL2U"), ("KNAB", "KNABNL2H")],
         "BE": [("", "GEBABEBB"), ("", "BBRUBEBB"), ("", "KREDBEBB"), ("", "GKCCBEBB")],
         "LU": [("", "BCEELULL"), ("", "BGLLLULL"), ("", "CCRALULL"), ("", "BILLLULL")]}


def fake_iban(country):
    code, bic = rng.choice(BANKS[country])
    if country == "NL":
        return f"NL{rng.randrange(10, 99)}{code}0{rng.randrange(100000000, 999999999)}", bic
    if country == "BE":
        return f"BE{rng.randrange(10, 99)}{rng.randrange(100, 999)}{rng.randrange(1000000, 9999999)}{rng.randrange(10, 99)}", bic
    return f"LU{rng.randrange(10, 99)}{rng.randrange(100, 999)}0{rng.randrange(100000000000, 999999999999)}", bic


def fmt_num(num, style=None):
    """Ways customers write our invoice number VF25-04312."""
    pre, rest = num[:2], num[2:]          # VF / CN
    yy, seq = rest.split("-")
    style = style or rng.choice(["full", "full", "full", "nodash", "noprefix", "digits", "slash", "space", "lower"])
    return {"full": num, "nodash": f"{pre}{yy}{seq}", "noprefix": f"{yy}-{seq}", "digits": f"{yy}{seq}",
            "slash": f"{pre}{yy}/{seq}", "space": f"{pre} {yy}-{seq}", "lower": num.lower()}[style]


def free_ref(x, country=None, with_proj=True):
    country = country or x["_country"]
    n = fmt_num(x["number"])
    pj = x["_project"]
    pjs = ""
    if pj and with_proj and rng.random() < 0.5:
        pjs = rng.choice([f" PROJ {pj[0]}", f" {pj[1]}", f" WERK {pj[0]}", f" proj.nr. {pj[0]}"])
    if country == "NL":
        t = rng.choice(["FACTUUR {n}{p}", "fact. {n}{p}", "factuurnr {n}{p}", "{n}{p}", "/REMI/USTD//FACT {n}{p}/",
                        "Betaling factuur {n}", "FACTUURNUMMER {n} UW DEB.NR {c}"])
    elif country == "BE":
        pjs = pjs.replace("PROJ", "WERF").replace("WERK", "WERF")
        t = rng.choice(["FACTUUR {n}{p}", "FACT {n}{p}", "Facture {n}{p}", "betaling fact {n}", "{n}{p}",
                        "FACTURE N° {n}"])
    else:
        pjs = pjs.replace("PROJ", "chantier").replace("WERK", "Baustelle")
        t = rng.choice(["Facture {n}{p}", "Rechnung Nr. {n}", "Fact. n° {n}", "REF {n}{p}", "Paiement facture {n}",
                        "Rechnung {n} Baustelle {pc}"])
    return t.format(n=n, p=pjs, c=x["customer_id"], pc=pj[0] if pj else "")


def struct_ref(x):
    """Country-typical structured reference of one invoice."""
    c = x["_country"]
    if c == "NL":
        bk = betalingskenmerk(x["number"])
        style = rng.choice(["plain", "plain", "grouped", "mt940", "label"])
        if style == "plain":
            return bk
        if style == "grouped":
            return " ".join(bk[i:i + 4] for i in range(0, 16, 4))
        if style == "label":
            return f"BETALINGSKENM. {bk}"
        iban, bic = fake_iban("NL")
        return (f"/TRTP/SEPA OVERBOEKING/IBAN/{iban}/BIC/{bic}/NAME/{bank_name(x['_cust'])}"
                f"/REMI/STRD/CUR/{bk}/EREF/NOTPROVIDED")
    if c == "BE":
        o = ogm(x["number"])
        style = rng.choice(["plus", "plus", "plus", "star", "digits", "label"])
        if style == "plus":
            return o
        if style == "star":
            return o.replace("+", "*")
        if style == "digits":
            return o.strip("+").replace("/", "")
        return f"GESTRUCTUREERDE MEDEDELING {o}"
    return free_ref(x)


GENERIC_NOREF = {"NL": [None, None, "BETALING", "TERMIJNBETALING", "Zie specificatie", "ONDERHOUD INSTALLATIES",
                        "betaling openstaande post", "NOTPROVIDED"],
                 "BE": [None, None, "BETALING FACTUUR", "paiement", "Betaling", "VIREMENT EUROPEEN"],
                 "LU": [None, None, "Virement", "Paiement facture", "Zahlung", "VIR SEPA"]}

UNKNOWN_PAYERS = ["STICHTING DERDENGELDEN NOTARIAAT", "ONLINE BETAALPLATFORM BV INZAKE", "HR R VAN ASSCHE",
                  "MEVR L DE KONING EO", "WORLDLINE SA/NV CLEARING", "SCI LES JARDINS DE", "BELFIUS CREDIT BEHEER",
                  "STICHTING BEHEER DERDENGELDEN"]


def d_str(dt, country):
    return dt.strftime("%d-%m-%Y") if country != "LU" else dt.strftime("%d/%m/%Y")


def amt_txt(c, country):
    return fr_amt(c) if country == "LU" else nl_amt(c)


# ---------------------------------------------------------------- scenario engine

_NO = object()


class Ledger:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust_by_id = {c["id"]: c for c in custs}
        self.invs = invs
        self.by_id = {x["id"]: x for x in invs}
        self.bal = {x["id"]: x["balance"] for x in invs}
        self.used = set()
        self.payments = []
        self.labels = []
        self.followups = []     # (date, seq, fn, ctx)
        self.fseq = 0
        self.stats = {}

    # ---- pools
    def fresh(self, dt, pred=lambda x: True, kinds=None, allow_partpaid=False):
        out = []
        for x in self.invs:
            if x["id"] in self.used or x["_kind"] in ("creditnote", "retention_held"):
                continue
            if x["issue_date"] > dt - timedelta(days=3):
                continue
            if not allow_partpaid and self.bal[x["id"]] != x["total"]:
                continue
            if self.bal[x["id"]] <= 0:
                continue
            if kinds and x["_cust"]["kind"] not in kinds:
                continue
            if pred(x):
                out.append(x)
        return out

    def open_of(self, cid):
        return [x for x in self.invs if x["customer_id"] == cid and self.bal[x["id"]] != 0]

    def amount_hits(self, amt, cid=None):
        return [x for x in self.invs if self.bal[x["id"]] == amt and (cid is None or x["customer_id"] == cid)]

    # ---- output
    def emit(self, dt, amt, cust, ref, rem, scenario, status, apps=(), unapplied=None, short=None,
             cands=(), reason="", note="", cid_known=True, currency="EUR", payer=None, amount_str=None,
             pid=None, date_str=_NO, error=None):
        pid = pid or uid("pay_", 10)
        p = {"id": pid, "date": dt.isoformat() if date_str is _NO else date_str,
             "amount": amount_str if amount_str is not None else money(amt), "currency": currency,
             "payer_name": payer if payer is not None else bank_name(cust),
             "customer_id": cust["id"] if (cust and cid_known) else None,
             "reference": ref, "remittance": rem}
        if error:
            lab = {"payment_id": pid, "status": "error", "applications": [], "unapplied": None,
                   "short_pay": None, "candidates": [], "reason": None, "error": error,
                   "scenario": scenario, "note": note}
        else:
            s = sum(a for _, a in apps)
            if unapplied is None:
                unapplied = amt - s
            assert s + unapplied == amt, (scenario, s, unapplied, amt)
            for x, a in apps:
                b = self.bal[x["id"]]
                assert x["currency"] == currency
                assert (b > 0 and 0 < a <= b) or (b < 0 and b <= a < 0), (scenario, x["number"], a, b)
                self.bal[x["id"]] = b - a
                self.used.add(x["id"])
            lab = {"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": x["id"], "amount": money(a)} for x, a in apps],
                   "unapplied": money(unapplied),
                   "short_pay": ({"invoice_id": short[0]["id"], "amount": money(short[1]), "reason": short[2]}
                                 if short else None),
                   "candidates": [{"invoice_ids": [x["id"] for x in cs]} for cs in cands],
                   "reason": reason, "scenario": scenario, "note": note}
        for cs in cands:                 # keep review candidates out of later scenarios
            for x in cs:
                self.used.add(x["id"])
        self.payments.append(p)
        self.labels.append(lab)
        self.stats[scenario] = self.stats.get(scenario, 0) + 1
        return p

    def later(self, dt, days, fn, ctx):
        nd = dt + timedelta(days=days)
        while nd.weekday() >= 5:
            nd += timedelta(days=1)
        if nd > date(2026, 3, 31):
            nd = date(2026, 3, 31)
        self.fseq += 1
        self.followups.append((nd, self.fseq, fn, ctx))


def cid_flag(p=0.75):
    return rng.random() < p


# ---------------------------------------------------------------- scenarios
# each returns True when it emitted a payment

def sc_exact_bk(L, dt):
    pool = L.fresh(dt, lambda x: x["_country"] == "NL", allow_partpaid=True)
    if not pool:
        return False
    x = rng.choice(pool)
    amt = L.bal[x["id"]]
    ref = struct_ref(x)
    rem = None
    if rng.random() < 0.15:
        rem = f"Betaling {x['number']} d.d. {d_str(x['issue_date'], 'NL')} EUR {nl_amt(amt)}"
    part = " (balance after an earlier part payment, not the total)" if amt != x["total"] else ""
    L.emit(dt, amt, x["_cust"], ref, rem, "exact_betalingskenmerk", "applied", [(x, amt)],
           reason=f"betalingskenmerk {betalingskenmerk(x['number'])} = {x['number']}, amount equals balance",
           note=f"NL 16-digit betalingskenmerk embeds the invoice digits{part}", cid_known=cid_flag())
    L.last_exact = (x, amt)
    return True


def sc_exact_ogm(L, dt):
    pool = L.fresh(dt, lambda x: x["_country"] == "BE", allow_partpaid=True)
    if not pool:
        return False
    x = rng.choice(pool)
    amt = L.bal[x["id"]]
    ref = struct_ref(x)
    part = " (balance after an earlier part payment)" if amt != x["total"] else ""
    L.emit(dt, amt, x["_cust"], ref, None, "exact_structured_comm", "applied", [(x, amt)],
           reason=f"structured communication {ogm(x['number'])} = {x['number']}, exact balance",
           note=f"Belgian OGM/VCS carries the invoice digits + mod-97 check{part}", cid_known=cid_flag())
    L.last_exact = (x, amt)
    return True


def sc_exact_number(L, dt):
    pool = L.fresh(dt, allow_partpaid=True)
    x = rng.choice(pool)
    amt = L.bal[x["id"]]
    ref, rem = free_ref(x), None
    if rng.random() < 0.3:
        # the number only in the remittance advice, a noisy reference in the bank line
        rem = ref
        ref = rng.choice(["BETALING", "ZIE AVIS", f"BETAALRUN {rng.randrange(100, 999)}", None, "VIREMENT"])
        if x["_po"] and rng.random() < 0.5:
            rem += f" / uw order {x['_po']}"
    L.emit(dt, amt, x["_cust"], ref, rem, "exact_invoice_number", "applied", [(x, amt)],
           reason=f"invoice number {x['number']} in the text, exact balance",
           note="invoice number written free-form (with/without prefix, dash, slash)", cid_known=cid_flag())
    L.last_exact = (x, amt)
    return True


def sc_duplicate_followup(L, dt, ctx):
    x, amt, p0 = ctx
    if L.bal[x["id"]] != 0:
        return False
    if L.amount_hits(amt, x["customer_id"]):
        return False
    L.emit(dt, amt, x["_cust"], p0["reference"], p0["remittance"], "duplicate_payment", "unapplied", [],
           unapplied=amt,
           reason=f"{x['number']} was already paid in full by {p0['id']}; held as unapplied cash on the account",
           note="customer paid the same invoice twice (new bank transaction, same reference and amount)",
           cid_known=p0["customer_id"] is not None)
    return True


def sc_exact_then_duplicate(L, dt):
    fn = rng.choice([sc_exact_bk, sc_exact_ogm, sc_exact_number])
    if not fn(L, dt):
        return False
    x, amt = L.last_exact
    L.later(dt, rng.randint(4, 20), sc_duplicate_followup, (x, amt, L.payments[-1]))
    return True


def customer_with_fresh(L, dt, kmin, kinds=("main",), country=None, kmax=99):
    cands = {}
    for x in L.fresh(dt, kinds=kinds):
        if country and x["_country"] != country:
            continue
        cands.setdefault(x["customer_id"], []).append(x)
    ok = [(cid, xs) for cid, xs in cands.items() if kmin <= len(xs)]
    if not ok:
        return None, None
    cid, xs = rng.choice(sorted(ok, key=lambda t: t[0]))
    xs.sort(key=lambda x: x["number"])
    return L.cust_by_id[cid], xs[:kmax]


def sc_multi_list(L, dt):
    c, xs = customer_with_fresh(L, dt, 2, kinds=("main", "biz", "housing"))
    if not c:
        return False
    k = min(len(xs), rng.randint(2, 5))
    sel = sorted(rng.sample(xs, k), key=lambda x: x["number"])
    amt = sum(L.bal[x["id"]] for x in sel)
    style = rng.choice(["full", "noprefix", "digits", "nodash"])
    nums = [fmt_num(x["number"], style) for x in sel]
    sep = rng.choice([" ", ", ", "/", " + ", ";"])
    joined = sep.join(nums)
    if c["country"] == "NL":
        ref = rng.choice(["FACT {j}", "facturen {j}", "{j}", "BETALING FACTUREN {j}"]).format(j=joined)
    elif c["country"] == "BE":
        ref = rng.choice(["FACTUREN {j}", "Factures {j}", "{j}"]).format(j=joined)
    else:
        ref = rng.choice(["Factures {j}", "Rechnungen {j}", "{j}"]).format(j=joined)
    rem = None
    if len(ref) > 70 or rng.random() < 0.3:
        rem = "\n".join(f"{fmt_num(x['number'], 'full')}  {amt_txt(L.bal[x['id']], c['country'])}" for x in sel)
        rem += f"\nTotaal/Total  {amt_txt(amt, c['country'])}"
        ref = rng.choice(["ZIE BETALINGSSPECIFICATIE", f"BETAALBATCH {rng.randrange(1000, 9999)}", ref[:60]])
    L.emit(dt, amt, c, ref, rem, "multi_invoice_list", "applied", [(x, L.bal[x["id"]]) for x in sel],
           reason=f"{k} invoices listed, amounts sum exactly to the payment",
           note=f"list of {k} invoice numbers (style {style}); sum of balances = amount", cid_known=cid_flag(0.85))
    return True


def sc_range(L, dt):
    c, xs = customer_with_fresh(L, dt, 3, kinds=("main", "housing", "biz"))
    if not c:
        return False
    allopen = sorted(L.open_of(c["id"]), key=lambda x: x["number"])
    allopen = [x for x in allopen if x["_kind"] != "creditnote"]
    # a run of this customer's own invoices, consecutive in its own numbering, all fresh
    fresh_ids = {x["id"] for x in xs}
    runs = []
    for i in range(len(allopen)):
        for j in range(i + 2, min(i + 5, len(allopen))):
            seg = allopen[i:j + 1]
            if all(s["id"] in fresh_ids for s in seg) and seg[0]["number"][:4] == seg[-1]["number"][:4]:
                runs.append(seg)
    if not runs:
        return False
    seg = rng.choice(runs)
    amt = sum(L.bal[x["id"]] for x in seg)
    a, b = seg[0]["number"], seg[-1]["number"]
    t = rng.choice(["FACT {a} T/M {b}", "facturen {a} tot en met {b}", "{a} - {b}", "Factures {a} à {b}",
                    "{a} t/m {bs}"])
    ref = t.format(a=a, b=b, bs=b.split("-")[1])
    L.emit(dt, amt, c, ref, None, "invoice_range", "applied", [(x, L.bal[x["id"]]) for x in seg],
           reason=f"range {a}..{b}: this customer's {len(seg)} open invoices in that range sum exactly",
           note="range of numbers; other customers' invoices fall inside the numeric range and must be ignored",
           cid_known=cid_flag(0.85))
    return True


DEDUCTIONS = [  # (reason label, NL text, FR text, pct or None)
    ("site costs (bouwplaatskosten) 1.5%", "af: bouwplaatskosten 1,5%", "déduction frais de chantier 1,5%", 15),
    ("CAR insurance contribution 0.3%", "inhouding CAR-verzekering 0,3%", "retenue assurance TRC 0,3%", 3),
    ("waste container charge", "verrekening afvalcontainer", "frais conteneur déchets", None),
    ("penalty for late completion", "korting boete vertraging oplevering", "pénalité de retard", None),
    ("damage to window frame", "min schade kozijn blok C", "déduction dégâts châssis", None),
    ("unagreed 2% payment discount", "2% betalingskorting", "escompte 2%", 20),
    ("extra work not accepted", "meerwerk niet akkoord", "travaux supplémentaires non acceptés", None),
    ("site electricity consumption", "verrekening bouwstroom", "consommation électricité chantier", None),
    ("2 thermostats not delivered", "2 st. thermostaat niet geleverd", "2 thermostats non livrés", None),
]


def deduction(total):
    lab, nl, fr, p = rng.choice(DEDUCTIONS)
    if p:
        ded = pct(total, p, 1000)
    else:
        ded = rng.choice([15000, 25000, 35000, 48500, 62000, 12575, 89000, 27830])
        ded = min(ded, total // 4)
    return lab, nl, fr, ded


def sc_lump_spec(L, dt):
    c, xs = customer_with_fresh(L, dt, 3, kinds=("main",))
    if not c:
        return False
    k = min(len(xs), rng.randint(3, 7))
    sel = sorted(rng.sample(xs, k), key=lambda x: (x["_project"][0], x["number"]))
    apps, lines, notes = [], [], []
    ret_n = 0
    short = None
    for x in sel:
        b = L.bal[x["id"]]
        r = rng.random()
        if r < 0.25:
            ret = pct(x["total"], 5)
            apps.append((x, b - ret))
            lines.append((x, b, f"retentie 5% -{nl_amt(ret)}" if c["country"] != "LU" else f"retenue 5% -{fr_amt(ret)}", b - ret))
            ret_n += 1
        elif r < 0.4 and short is None:
            lab, nl, fr, ded = deduction(x["total"])
            apps.append((x, b - ded))
            lines.append((x, b, f"{nl if c['country'] != 'LU' else fr} -{amt_txt(ded, c['country'])}", b - ded))
            short = (x, ded, lab)
        else:
            apps.append((x, b))
            lines.append((x, b, "", b))
    cn = None
    cns = [y for y in L.open_of(c["id"]) if y["_kind"] == "creditnote" and y["id"] not in L.used
           and y["issue_date"] <= dt - timedelta(days=3)]
    if cns and rng.random() < 0.5:
        cn = rng.choice(cns)
        apps.append((cn, L.bal[cn["id"]]))
    amt = sum(a for _, a in apps)
    if amt <= 0:
        return False
    hdr = {"NL": f"BETAALSPECIFICATIE {c['name']}\nBetaaldatum {d_str(dt, 'NL')}   Crediteur: Voltaklima Installatietechniek B.V.\n"
                 f"{'Project':<10}{'Factuur':<13}{'Bruto':>12}  {'Inhouding':<34}{'Netto':>12}",
           "BE": f"BETALINGSADVIES / AVIS DE PAIEMENT\n{c['name']} - datum {d_str(dt, 'BE')}\n"
                 f"{'Werf':<10}{'Factuur':<13}{'Bedrag':>12}  {'Inhouding':<34}{'Betaald':>12}",
           "LU": f"AVIS DE PAIEMENT {c['name']}\nDate valeur {d_str(dt, 'LU')}\n"
                 f"{'Chantier':<10}{'Facture':<13}{'Montant':>12}  {'Retenue':<34}{'Payé':>12}"}[c["country"]]
    rows = [hdr]
    for x, b, ded_txt, net in lines:
        rows.append(f"{x['_project'][0]:<10}{x['number']:<13}{amt_txt(b, c['country']):>12}  {ded_txt:<34}{amt_txt(net, c['country']):>12}")
    if cn:
        rows.append(f"{'':<10}{cn['number']:<13}{amt_txt(L.bal[cn['id']], c['country']):>12}  {'creditnota / note de crédit':<34}{amt_txt(L.bal[cn['id']], c['country']):>12}")
    rows.append(f"{'TOTAAL' if c['country'] != 'LU' else 'TOTAL':<10}{'':<13}{'':>12}  {'':<34}{amt_txt(amt, c['country']):>12}")
    rem = "\n".join(rows)
    ref = rng.choice([f"BETAALRUN {dt.strftime('%Y%m%d')}-{rng.randrange(10, 99)}", "ZIE SPECIFICATIE PER MAIL",
                      f"PAYMENT RUN {rng.randrange(10000, 99999)}", f"{len(sel)} FACTUREN", None])
    status = "partial" if (ret_n or short) else "applied"
    bits = [f"{len(sel)} invoices across projects"]
    if ret_n:
        bits.append(f"{ret_n} with 5% retention kept open (no short_pay)")
    if short:
        bits.append(f"deduction on {short[0]['number']} -> short_pay")
    if cn:
        bits.append(f"credit note {cn['number']} netted")
    L.emit(dt, amt, c, ref, rem, "lump_with_specification", status, apps,
           short=short, reason="remittance specification lists each invoice and the amount paid; " + "; ".join(bits[1:] or ["all paid in full"]),
           note="main contractor pays several projects in one lump: " + "; ".join(bits), cid_known=cid_flag(0.85))
    return True


RET_TXT = {"NL": ["{n} minus 5% retentie", "fact {n} -/- 5% garantie tot oplevering", "{n} inh. retentie 5% {r}",
                  "Factuur {n}, ingehouden 5% retentie conform contract"],
           "BE": ["{n} min 5% waarborg", "FACT {n} RETENTIE 5%", "Facture {n} retenue de garantie 5 %",
                  "{n} inhouding 5% tot voorlopige oplevering"],
           "LU": ["Facture {n} - retenue de garantie 5%", "Rechnung {n} abzgl. 5% Gewährleistungseinbehalt",
                  "{n} retenue 5% jusqu'à réception définitive"]}


def sc_retention(L, dt):
    pool = L.fresh(dt, kinds=("main",))
    if not pool:
        return False
    x = rng.choice(pool)
    ret = pct(x["total"], 5)
    amt = L.bal[x["id"]] - ret
    txt = rng.choice(RET_TXT[x["_country"]]).format(n=fmt_num(x["number"]), r=nl_amt(ret))
    if rng.random() < 0.5:
        ref, rem = txt, None
    else:
        ref = struct_ref(x) if x["_country"] != "LU" else fmt_num(x["number"])
        rem = txt + f"\nFactuurbedrag {amt_txt(x['total'], x['_country'])} / ingehouden {amt_txt(ret, x['_country'])} / betaald {amt_txt(amt, x['_country'])}"
    L.emit(dt, amt, x["_cust"], ref, rem, "retention_5pct", "partial", [(x, amt)],
           reason=f"{x['number']} paid less the 5% retention ({money(ret)}), which stays open until release",
           note="contractual retentie/garantie 5%: partial, short_pay null (not a dispute)", cid_known=cid_flag())
    return True


def sc_g_second(L, dt, ctx):
    x, part, kind, p0 = ctx
    if L.bal[x["id"]] != part:
        return False
    if kind == "g":
        ref = rng.choice([f"G-REKENING FACT {fmt_num(x['number'])}", f"storting G-rek. {x['number']} loonheffing/btw",
                          f"WKA G-REKENING {fmt_num(x['number'], 'digits')}", f"G-deel factuur {x['number']}"])
        note = "G-account (geblokkeerde rekening) part of a split invoice; closes the invoice"
        reason = f"G-account part of {x['number']}; remaining balance {money(part)} paid exactly"
    else:
        ref = rng.choice([f"FACT {fmt_num(x['number'])} RESTANT NA G-DEEL", f"{x['number']} vrij deel",
                          struct_ref(x)])
        note = "regular-account part of an invoice whose G-account part arrived first; closes the invoice"
        reason = f"{x['number']} remaining balance {money(part)} paid exactly (G-part received earlier)"
    L.emit(dt, part, x["_cust"], ref, None, "g_account_split_2nd", "applied", [(x, part)],
           reason=reason, note=note, cid_known=cid_flag(0.8))
    return True


def sc_g_split(L, dt):
    pool = L.fresh(dt, lambda x: x["_country"] == "NL", kinds=("main",))
    if not pool:
        return False
    x = rng.choice(pool)
    p = rng.choice([20, 25, 30, 35, 40])
    g = pct(x["total"], p)
    reg = x["total"] - g
    g_first = rng.random() < 0.3
    n = fmt_num(x["number"])
    if not g_first:
        ref = rng.choice([f"FACT {n} EXCL G-DEEL", struct_ref(x), f"{n} deel vrije rekening"])
        rem = (f"Factuur {x['number']} totaal EUR {nl_amt(x['total'])}\n"
               f"Hiervan EUR {nl_amt(reg)} op uw bankrekening en EUR {nl_amt(g)} ({p}%) op uw G-rekening (Wet ketenaansprakelijkheid)")
        amt, rest, kind = reg, g, "g"
        note = f"regular-account part; remittance says {p}% goes to the G-account separately -> partial, short_pay null"
    else:
        ref = rng.choice([f"G-REKENING {n}", f"STORTING G-REK FACT {n}", f"G-deel {p}% factuur {n}"])
        rem = None if rng.random() < 0.5 else f"WKA: {p}% van factuur {x['number']} op G-rekening, restant volgt op vrije rekening"
        amt, rest, kind = g, reg, "regular"
        note = f"G-account part ({p}%) arrives first; the regular part follows -> partial, short_pay null"
    L.emit(dt, amt, x["_cust"], ref, rem, "g_account_split_1st", "partial", [(x, amt)],
           reason=f"{x['number']} part payment ({'regular' if kind == 'g' else 'G-account'} part), remainder {money(rest)} expected on the {'G-account' if kind == 'g' else 'regular account'}",
           note=note, cid_known=cid_flag(0.8))
    L.later(dt, rng.randint(0, 12), sc_g_second, (x, rest, kind, L.payments[-1]))
    return True


def sc_credit_net(L, dt):
    for _ in range(40):
        cn = rng.choice([y for y in L.invs if y["_kind"] == "creditnote"])
        if cn["id"] in L.used or cn["issue_date"] > dt - timedelta(days=2):
            continue
        xs = [x for x in L.fresh(dt, lambda x: x["customer_id"] == cn["customer_id"])
              if L.bal[x["id"]] > -L.bal[cn["id"]] + 5000]
        if xs:
            break
    else:
        return False
    x = rng.choice(xs)
    amt = L.bal[x["id"]] + L.bal[cn["id"]]
    co = x["_country"]
    t = rng.choice(["{n} {a} -/- {cn} {ca}", "FACT {n} MINUS CREDITNOTA {cn}", "Facture {n} moins note de crédit {cn}",
                    "{n} verrekend met {cn}"])
    txt = t.format(n=fmt_num(x["number"]), a=amt_txt(L.bal[x["id"]], co), cn=cn["number"], ca=amt_txt(-L.bal[cn["id"]], co))
    ref, rem = (txt, None) if rng.random() < 0.6 else ("ZIE SPECIFICATIE", txt + f"\nPer saldo {amt_txt(amt, co)}")
    L.emit(dt, amt, x["_cust"], ref, rem, "credit_note_netted", "applied",
           [(x, L.bal[x["id"]]), (cn, L.bal[cn["id"]])],
           reason=f"{x['number']} less open credit note {cn['number']} equals the payment",
           note="invoice net of an open credit note: the credit note takes a negative application", cid_known=cid_flag())
    return True


def unique_amount_pick(L, dt, kinds=None, country=None):
    pool = L.fresh(dt, kinds=kinds)
    rng.shuffle(pool)
    for x in pool:
        if country and x["_country"] != country:
            continue
        amt = L.bal[x["id"]]
        if len(L.amount_hits(amt, x["customer_id"])) == 1:
            return x, amt
    return None, None


def sc_amount_only_known(L, dt):
    x, amt = unique_amount_pick(L, dt)
    if not x:
        return False
    ref = rng.choice(GENERIC_NOREF[x["_country"]])
    L.emit(dt, amt, x["_cust"], ref, None, "amount_only_known_customer", "applied", [(x, amt)],
           reason=f"known customer, no reference; amount matches exactly one open invoice ({x['number']})",
           note="no invoice reference; bank identified the customer (IBAN mapping); single exact amount match",
           cid_known=True)
    return True


def name_unique(L, c, shown):
    s = shown.replace(".", "").replace(" ", "")
    hits = [k for k in L.custs if k["name"].upper().replace(".", "").replace(" ", "").startswith(s)
            or k["name"].upper().replace(".", "").replace(" ", "").replace("BV", "").startswith(s)]
    return len(hits) == 1 and hits[0] is c


def sc_amount_only_name(L, dt):
    pool = L.fresh(dt)
    rng.shuffle(pool)
    for x in pool:
        amt = L.bal[x["id"]]
        if len(L.amount_hits(amt)) != 1:
            continue
        shown = bank_name(x["_cust"])
        if len(shown) < 12 or not name_unique(L, x["_cust"], shown):
            continue
        ref = rng.choice(GENERIC_NOREF[x["_country"]])
        L.emit(dt, amt, x["_cust"], ref, None, "amount_only_payer_name", "applied", [(x, amt)],
               reason=f"payer name identifies {x['customer_name']}; amount matches exactly one open invoice in the ledger",
               note="customer_id null; truncated upper-case bank name is unambiguous; amount unique ledger-wide",
               cid_known=False, payer=shown)
        return True
    return False


def sc_amount_ambiguous(L, dt):
    groups = {}
    for x in L.fresh(dt, kinds=("housing", "private", "biz")):
        groups.setdefault((x["customer_id"], L.bal[x["id"]]), []).append(x)
    ok = [(k, v) for k, v in sorted(groups.items(), key=lambda t: t[0]) if len(v) >= 2
          and len(L.amount_hits(k[1], k[0])) == len(v)]
    if not ok:
        return False
    (cid, a), xs = rng.choice(ok)
    xs.sort(key=lambda x: (x["issue_date"], x["number"]))
    c = L.cust_by_id[cid]
    two = len(xs) >= 3 and rng.random() < 0.35
    if two:
        import itertools
        # the amount must not equal any other pair sum / single of this customer's open items
        amt = 2 * a
        if L.amount_hits(amt, cid):
            return False
        cands = [list(p) for p in itertools.combinations(xs, 2)]
        desc = "twice the monthly amount; any two of the equal invoices fit"
    else:
        amt = a
        cands = [[x] for x in xs]
        desc = f"{len(xs)} open invoices of this customer have exactly this amount"
    ref = rng.choice([None, "ONDERHOUDSCONTRACT", "servicecontract", "Betaling", "maandtermijn onderhoud",
                      "paiement contrat d'entretien"])
    L.emit(dt, amt, c, ref, None, "amount_ambiguous_same_customer", "review", [], unapplied=amt,
           cands=cands, reason=f"no reference; {desc}; cannot tell which",
           note="equal recurring (maintenance-contract) invoices, no month named; candidates oldest first",
           cid_known=True)
    return True


def fits_nothing(L, amt, cid):
    import itertools
    if L.amount_hits(amt):
        return False
    op = [L.bal[x["id"]] for x in L.open_of(cid)]
    for r in (2, 3):
        for comb in itertools.combinations(op, r):
            if sum(comb) == amt:
                return False
    # nor the balance minus 5% retention / common deductions
    for b in op:
        if b > 0 and amt in (b - pct(b, 5), b - pct(b, 2), b + pct(b, 21)):
            return False
    return True


def sc_fits_nothing(L, dt):
    for _ in range(50):
        c = rng.choice([k for k in L.custs if k["kind"] in ("main", "biz", "housing", "private")])
        amt = rng.choice([100000, 250000, 500000, 150000, 75000, 1000000, rng.randrange(5000, 900000)])
        if fits_nothing(L, amt, c["id"]):
            break
    else:
        return False
    co = c["country"]
    ref = rng.choice({"NL": ["AANBETALING OPDRACHT {o}", "voorschot nieuwe installatie", "BETALING", None, "vooruitbetaling offerte {o}"],
                      "BE": ["VOORSCHOT OFFERTE {o}", "acompte devis {o}", None, "BETALING"],
                      "LU": ["Acompte devis {o}", "Anzahlung Angebot {o}", None]}[co]).__str__()
    ref = None if ref == "None" else ref.format(o=f"OF26-{rng.randrange(100, 999)}")
    L.emit(dt, amt, c, ref, None, "known_customer_no_fit", "unapplied", [], unapplied=amt,
           reason="known customer; amount fits no open invoice or combination; held on account",
           note="down payment / unexplained amount from a known debtor -> unapplied cash on account", cid_known=True)
    return True


def sc_overpay(L, dt):
    kind = rng.choice(["vat", "vat", "round", "total_again"])
    if kind == "total_again":
        pool = [x for x in L.fresh(dt, allow_partpaid=True) if L.bal[x["id"]] != x["total"]]
    else:
        pool = L.fresh(dt, kinds=("main",) if kind == "vat" else None)
    if not pool:
        return False
    x = rng.choice(pool)
    b = L.bal[x["id"]]
    if kind == "vat":
        amt = pct(b, 121)
        extra_txt = rng.choice([" incl. 21% btw", " incl btw", " TVAC"])
        why = "paid 21% VAT on a reverse-charge (btw verlegd) invoice"
    elif kind == "round":
        amt = (b // 10000 + 1) * 10000
        extra_txt = ""
        why = "rounded up to a whole hundred"
    else:
        amt = x["total"]
        extra_txt = ""
        why = "paid the invoice total although part was already paid"
    ref = free_ref(x) + extra_txt if rng.random() < 0.6 else struct_ref(x)
    L.emit(dt, amt, x["_cust"], ref, None, "overpayment", "unapplied", [(x, b)],
           reason=f"{x['number']} paid in full; {money(amt - b)} over the balance held as unapplied",
           note=f"overpayment: {why}", cid_known=cid_flag())
    return True


def sc_short_reason(L, dt):
    pool = L.fresh(dt, kinds=("main", "biz", "housing"))
    x = rng.choice(pool)
    lab, nl, fr, ded = deduction(x["total"])
    b = L.bal[x["id"]]
    amt = b - ded
    co = x["_country"]
    dtxt = nl if co == "NL" or (co == "BE" and rng.random() < 0.6) else fr
    n = fmt_num(x["number"])
    if rng.random() < 0.5:
        ref, rem = f"{n} {dtxt}", None
    else:
        ref = struct_ref(x)
        rem = (f"Factuur {x['number']}: {amt_txt(b, co)}\n{dtxt}: -{amt_txt(ded, co)}\nBetaald: {amt_txt(amt, co)}")
    L.emit(dt, amt, x["_cust"], ref, rem, "short_pay_with_reason", "partial", [(x, amt)],
           short=(x, ded, lab), reason=f"{x['number']} paid short by {money(ded)}: {lab}",
           note=f"short pay with a stated deduction ({lab}) -> deduction case", cid_known=cid_flag())
    return True


def sc_bis30(L, dt):
    pool = L.fresh(dt, lambda x: x["_country"] == "BE", kinds=("main",))
    if not pool:
        return False
    x = rng.choice(pool)
    p = rng.choice([35, 15])
    ded = pct(x["total"], p)
    amt = x["total"] - ded
    txt = {35: f"inhouding {p}% art. 30bis RSZ-wet, gestort aan RSZ", 15: f"inhouding {p}% art. 403 WIB92, gestort aan FOD Financiën"}[p]
    L.emit(dt, amt, x["_cust"], ogm(x["number"]), f"Factuur {x['number']} {nl_amt(x['total'])}\n{txt}: -{nl_amt(ded)}",
           "be_withholding_30bis", "partial", [(x, amt)],
           short=(x, ded, f"{p}% statutory withholding paid to {'RSZ' if p == 35 else 'FOD Financien'}"),
           reason=f"{x['number']} paid less {p}% statutory withholding; needs proof of transfer before clearing",
           note="Belgian inhoudingsplicht: withheld part paid to the authority, not to us -> short_pay to clear against the certificate",
           cid_known=cid_flag())
    return True


def sc_part_payment(L, dt):
    pool = L.fresh(dt, kinds=("main", "biz", "private", "housing"))
    x = rng.choice(pool)
    p = rng.choice([50, 50, 40, 30, 25])
    amt = pct(L.bal[x["id"]], p)
    co = x["_country"]
    t = rng.choice({"NL": ["1e termijn {p}% factuur {n}", "deelbetaling {n}, restant volgt eind maart", "{n} eerste deel ({p}%)"],
                    "BE": ["{n} eerste schijf {p}%", "acompte {p}% facture {n}", "deelbetaling fact {n}"],
                    "LU": ["Acompte {p}% facture {n}", "Teilzahlung Rechnung {n}", "{n} premier versement"]}[co])
    ref = t.format(p=p, n=fmt_num(x["number"]))
    L.emit(dt, amt, x["_cust"], ref, None, "part_payment", "partial", [(x, amt)],
           reason=f"stated part payment ({p}%) of {x['number']}; rest stays open",
           note="announced instalment / part payment, no deduction -> partial, short_pay null", cid_known=cid_flag())
    return True


def sc_po_lookalike(L, dt):
    pool = L.fresh(dt, kinds=("main",))
    rng.shuffle(pool)
    for x in pool:
        amt = L.bal[x["id"]]
        if len(L.amount_hits(amt, x["customer_id"])) != 1:
            continue
        others = [y for y in L.invs if y["customer_id"] != x["customer_id"] and y["_kind"] != "creditnote"
                  and L.bal[y["id"]] not in (0, amt) and y["number"].startswith("VF")]
        y = rng.choice(others)
        po = digits(y["number"])
        x["_po"] = po
        ref = rng.choice([f"INKOOPORDER {po}", f"UW BESTELNR {po} / ORDER {po}", f"PO {po} PROJ {x['_project'][0]}",
                          f"BESTELBON {po}", f"BON DE COMMANDE {po}"])
        L.emit(dt, amt, x["_cust"], ref, None, "po_number_lookalike", "applied", [(x, amt)],
               reason=f"reference is the customer's PO, not our invoice; known customer and the amount matches only {x['number']}",
               note=f"PO {po} has the digits of another customer's invoice {y['number']} (different amount); ignore it",
               cid_known=True)
        return True
    return False


def sc_ref_amount_conflict(L, dt):
    c, xs = customer_with_fresh(L, dt, 2, kinds=("main", "biz", "housing"))
    if not c:
        return False
    rng.shuffle(xs)
    for a in xs:
        for b in xs:
            if a is b or L.bal[a["id"]] == L.bal[b["id"]]:
                continue
            amt = L.bal[b["id"]]
            if len(L.amount_hits(amt, c["id"])) != 1 or amt > L.bal[a["id"]]:
                continue
            ref = free_ref(a)
            L.emit(dt, amt, c, ref, None, "reference_amount_conflict", "review", [], unapplied=amt,
                   cands=[[b], [a]],
                   reason=f"reference names {a['number']} but the amount equals {b['number']}'s balance exactly",
                   note="two readings: wrong number typed (exact amount) or a part payment of the named invoice; exact-amount candidate first",
                   cid_known=True)
            return True
    return False


def sc_typo_ref(L, dt):
    pool = L.fresh(dt, lambda x: x["number"].startswith("VF"))
    rng.shuffle(pool)
    nums = {y["number"] for y in L.invs}
    for x in pool:
        amt = L.bal[x["id"]]
        if len(L.amount_hits(amt, x["customer_id"])) != 1:
            continue
        seq = x["number"].split("-")[1]
        i = rng.randrange(1, 4)
        if seq[i] == seq[i + 1]:
            continue
        bad = seq[:i] + seq[i + 1] + seq[i] + seq[i + 2:]
        badnum = x["number"].split("-")[0] + "-" + bad
        if badnum in nums:
            continue
        ref = free_ref(dict(x, number=badnum), with_proj=False)
        L.emit(dt, amt, x["_cust"], ref, None, "typo_reference", "applied", [(x, amt)],
               reason=f"referenced {badnum} does not exist; known customer, amount matches only {x['number']} (digits transposed)",
               note="transposed digits in the invoice number; customer + unique exact amount settle it", cid_known=True)
        return True
    return False


def sc_holding_pays(L, dt):
    subs = [c for c in L.custs if c.get("holding_id")]
    rng.shuffle(subs)
    for s in subs:
        xs = L.fresh(dt, lambda x: x["customer_id"] == s["id"])
        if not xs:
            continue
        x = rng.choice(xs)
        hold = L.cust_by_id[s["holding_id"]]
        amt = L.bal[x["id"]]
        ref = struct_ref(x) if rng.random() < 0.5 else free_ref(x) + " NAMENS " + s["name"].upper()[:20]
        L.emit(dt, amt, hold, ref, None, "group_company_pays", "applied", [(x, amt)],
               reason=f"exact reference and amount for {x['number']} of {s['name']}; paid by its holding",
               note="third-party payer (holding) settles a subsidiary's invoice; the invoice is unambiguous", cid_known=True)
        return True
    return False


def sc_unknown_multi(L, dt):
    groups = {}
    for x in L.fresh(dt, kinds=("private", "biz")):
        groups.setdefault(L.bal[x["id"]], []).append(x)
    ok = []
    for a, xs in sorted(groups.items()):
        hits = L.amount_hits(a)
        custs = {h["customer_id"] for h in hits}
        if 2 <= len(hits) <= 5 and len(custs) == len(hits) and len(hits) == len(xs):
            ok.append((a, xs))
    if not ok:
        return False
    a, xs = rng.choice(ok)
    xs.sort(key=lambda x: (x["issue_date"], x["number"]))
    payer = rng.choice(UNKNOWN_PAYERS)
    L.emit(dt, a, None, rng.choice([None, "BETALING", "NOTPROVIDED", "paiement"]), None, "unknown_payer_amount_multi",
           "review", [], unapplied=a, cands=[[x] for x in xs], payer=payer,
           reason=f"payer unknown, no reference; {len(xs)} invoices of different customers have this amount",
           note="standard-priced service invoices share the amount; nothing ties the payer to one", cid_known=False)
    return True


def sc_retention_like_noref(L, dt):
    pool = L.fresh(dt, kinds=("main",))
    rng.shuffle(pool)
    for x in pool:
        amt = x["total"] - pct(x["total"], 5)
        if L.amount_hits(amt) or not fits_nothing_except(L, amt, x):
            continue
        ref = rng.choice(GENERIC_NOREF[x["_country"]] + ["TERMIJN", "betaling project " + x["_project"][0]])
        L.emit(dt, amt, x["_cust"], ref, None, "retention_lookalike_no_reference", "review", [], unapplied=amt,
               cands=[[x]], reason=f"no reference and no stated reason; amount is 95% of {x['number']}, which looks like a retention but is not said",
               note="near-miss of the retention case: without a reference or a stated retention the clerk checks first",
               cid_known=True)
        return True
    return False


def fits_nothing_except(L, amt, x):
    """amount equals 95% of x only: no single balance, pair or triple of the customer's open items fits"""
    import itertools
    op = [L.bal[y["id"]] for y in L.open_of(x["customer_id"])]
    for r in (1, 2, 3):
        for comb in itertools.combinations(op, r):
            if sum(comb) == amt:
                return False
    for y in L.open_of(x["customer_id"]):
        if y is not x and L.bal[y["id"]] > 0 and amt == L.bal[y["id"]] - pct(y["total"], 5):
            return False
    return True


def sc_unknown_nothing(L, dt):
    for _ in range(50):
        amt = rng.randrange(5000, 600000)
        if not L.amount_hits(amt):
            break
    payer = rng.choice(UNKNOWN_PAYERS)
    L.emit(dt, amt, None, rng.choice([None, "BETALING", "REF 88213", "terugstorting"]), None, "unknown_payer_no_fit",
           "review", [], unapplied=amt, cands=[], payer=payer,
           reason="payer unknown and no open invoice fits; needs investigation",
           note="no customer and no candidate: review with empty candidates (not unapplied, since no known customer)",
           cid_known=False)
    return True


def sc_retention_release(L, dt):
    pool = [x for x in L.invs if x["_kind"] == "retention_held" and x["id"] not in L.used]
    if not pool:
        return False
    x = rng.choice(pool)
    sel = [x]
    sibs = [y for y in pool if y["customer_id"] == x["customer_id"] and y is not x]
    if sibs and rng.random() < 0.5:
        sel.append(sibs[0])
    amt = sum(L.bal[y["id"]] for y in sel)
    co = x["_country"]
    nums = " + ".join(fmt_num(y["number"]) for y in sel)
    t = rng.choice({"NL": ["VRIJGAVE RETENTIE {n}", "uitbetaling 5% retentie {n} project {p}", "retentie {n} na oplevering"],
                    "BE": ["VRIJGAVE WAARBORG {n}", "libération retenue {n}", "retentie {n} definitieve oplevering"],
                    "LU": ["Libération retenue de garantie {n}", "Freigabe Einbehalt {n}"]}[co])
    ref = t.format(n=nums, p=x["_project"][0] if x["_project"] else "")
    L.emit(dt, amt, x["_cust"], ref, None, "retention_release", "applied", [(y, L.bal[y["id"]]) for y in sel],
           reason="retention release: the 5% balances left on " + ", ".join(y["number"] for y in sel) + " paid exactly",
           note="old invoice open only for its 5% retention; release pays the balance, not the total", cid_known=cid_flag(0.8))
    return True


def sc_statement_settle(L, dt):
    import itertools
    cand = []
    for c in L.custs:
        op = L.open_of(c["id"])
        if 2 <= len(op) <= 4 and all(x["id"] not in L.used and x["issue_date"] <= dt - timedelta(days=3) for x in op) \
                and any(x["_kind"] != "creditnote" for x in op):
            cand.append((c, op))
    rng.shuffle(cand)
    for c, op in cand:
        amt = sum(L.bal[x["id"]] for x in op)
        if amt <= 0:
            continue
        clash = any(sum(L.bal[x["id"]] for x in comb) == amt
                    for r in range(1, len(op)) for comb in itertools.combinations(op, r))
        if clash or len(L.amount_hits(amt)) > 0:
            continue
        co = c["country"]
        ref = rng.choice({"NL": ["SALDO REKENINGOVERZICHT", "saldo per {d}", "openstaand saldo cf. aanmaning"],
                          "BE": ["SALDO REKENINGUITTREKSEL {d}", "solde relevé {d}"],
                          "LU": ["Solde relevé de compte {d}", "Saldo Kontoauszug {d}"]}[co]).format(d=d_str(dt - timedelta(days=rng.randint(3, 15)), co))
        op.sort(key=lambda x: x["number"])
        L.emit(dt, amt, c, ref, None, "statement_balance", "applied", [(x, L.bal[x["id"]]) for x in op],
               reason=f"pays the whole open balance of the account ({len(op)} items) exactly",
               note="'saldo' payment without numbers: sum of all open items, no other subset fits", cid_known=True)
        return True
    return False


def sc_errors(L, dt, which):
    co = rng.choice(["NL", "BE"])
    pool = L.fresh(dt)
    x = rng.choice(pool)
    amt = L.bal[x["id"]]
    c = x["_cust"]
    if which == "negative":
        L.emit(dt, -amt, c, "STORNO " + fmt_num(x["number"]), None, "error_negative_amount", "error",
               error="negative amount (reversal/storno) is not a received payment",
               note="bank reversal line with a negative amount")
    elif which in ("gbp", "usd"):
        cur = which.upper()
        L.emit(dt, amt, c, free_ref(x), None, f"error_currency_{which}", "error", currency=cur,
               error=f"currency {cur}: no open invoice is in {cur}; never apply across currencies",
               note=f"{cur} payment quoting an EUR invoice with the same figure")
    elif which == "malformed":
        bad = rng.choice([nl_amt(amt), f"EUR {money(amt)}", f"{amt // 100:,}.{amt % 100:02d}".replace(",", " ") + " EUR"])
        if bad == money(amt):
            bad = nl_amt(amt) + ","
        L.emit(dt, amt, c, free_ref(x), None, "error_malformed_amount", "error", amount_str=bad,
               error=f"amount {bad!r} is not a decimal string", note="locale-formatted amount in the feed")
    elif which == "nodate":
        L.emit(dt, amt, c, free_ref(x), None, "error_missing_date", "error", date_str=rng.choice([None, ""]),
               error="payment has no date", note="date missing in the feed")
    elif which == "dupid_same":
        p0 = L.payments[-1]
        if L.labels[-1]["status"] == "error":
            return False
        L.payments.append(dict(p0))
        L.labels.append({"payment_id": p0["id"], "status": "error", "applications": [], "unapplied": None,
                         "short_pay": None, "candidates": [], "reason": None,
                         "error": f"duplicate payment id {p0['id']} (same bank line imported twice)",
                         "scenario": "error_duplicate_id", "note": "identical row repeated in the feed"})
        L.stats["error_duplicate_id"] = L.stats.get("error_duplicate_id", 0) + 1
    elif which == "dupid_diff":
        p0 = rng.choice(L.payments[-60:])
        if L.labels[L.payments.index(p0)]["status"] == "error":
            return False
        L.emit(dt, amt, c, free_ref(x), None, "error_duplicate_id", "error", pid=p0["id"],
               error=f"duplicate payment id {p0['id']} (id already used by an earlier payment)",
               note="new content under an id already seen; rejected, nothing applied")
    return True


# ---------------------------------------------------------------- driver

PLAN = [(sc_exact_bk, 40), (sc_exact_ogm, 32), (sc_exact_number, 50), (sc_exact_then_duplicate, 8),
        (sc_multi_list, 22), (sc_range, 6), (sc_lump_spec, 20), (sc_retention, 18), (sc_g_split, 14),
        (sc_credit_net, 10), (sc_amount_only_known, 15), (sc_amount_only_name, 10), (sc_amount_ambiguous, 14),
        (sc_fits_nothing, 10), (sc_overpay, 10), (sc_short_reason, 24), (sc_bis30, 3), (sc_part_payment, 10),
        (sc_po_lookalike, 6), (sc_ref_amount_conflict, 10), (sc_typo_ref, 6), (sc_holding_pays, 5),
        (sc_unknown_multi, 8), (sc_retention_like_noref, 5), (sc_unknown_nothing, 3), (sc_retention_release, 8), (sc_statement_settle, 4)]
ERRORS = ["negative", "negative", "gbp", "gbp", "usd", "usd", "malformed", "malformed", "nodate", "dupid_same", "dupid_diff"]


def business_days(a, b):
    out, x = [], a
    while x <= b:
        if x.weekday() < 5:
            out.append(x)
        x += timedelta(days=1)
    return out


def run():
    custs = make_customers()
    invs = make_invoices(custs)
    L = Ledger(custs, invs)
    days = business_days(date(2026, 1, 5), date(2026, 3, 27))
    jobs = []
    for fn, n in PLAN:
        jobs += [("s", fn)] * n
    jobs += [("e", w) for w in ERRORS]
    rng.shuffle(jobs)
    dated = sorted(((rng.choice(days), i, j) for i, j in enumerate(jobs)), key=lambda t: (t[0], t[1]))
    L.fallbacks = 0
    qi = 0
    while qi < len(dated) or L.followups:
        L.followups.sort(key=lambda t: (t[0], t[1]))
        if L.followups and (qi >= len(dated) or L.followups[0][0] < dated[qi][0]):
            fdt, _, fn, ctx = L.followups.pop(0)
            fn(L, fdt, ctx)
            continue
        dt, _, (kind, what) = dated[qi]
        qi += 1
        if kind == "e":
            if not sc_errors(L, dt, what):
                sc_errors(L, dt, "negative")
            continue
        if not what(L, dt):
            L.later(dt, 3, retry, (what, 1))
    return custs, invs, L


def retry(L, dt, ctx):
    what, n = ctx
    if what(L, dt):
        return
    if n < 8 and dt < date(2026, 3, 24):
        L.later(dt, 3, retry, (what, n + 1))
    else:
        L.fallbacks += 1
        sc_exact_number(L, dt)


# ---------------------------------------------------------------- verification (replay)

def verify(inv_pub, pays, labels):
    from decimal import Decimal
    bal = {x["id"]: Decimal(x["balance"]) for x in inv_pub}
    cur = {x["id"]: x["currency"] for x in inv_pub}
    assert len(pays) == len(labels)
    for p, lab in zip(pays, labels):
        assert p["id"] == lab["payment_id"]
        if lab["status"] == "error":
            assert lab["applications"] == [] and lab.get("error")
            continue
        amt = Decimal(p["amount"])
        s = sum((Decimal(a["amount"]) for a in lab["applications"]), Decimal(0))
        assert s + Decimal(lab["unapplied"]) == amt, p["id"]
        for a in lab["applications"]:
            iid, v = a["invoice_id"], Decimal(a["amount"])
            assert cur[iid] == p["currency"]
            b = bal[iid]
            assert (b > 0 and 0 < v <= b) or (b < 0 and b <= v < 0), (p["id"], iid, v, b)
            bal[iid] = b - v
        st = lab["status"]
        if st == "review":
            assert not lab["applications"] and Decimal(lab["unapplied"]) == amt
        if st == "applied":
            assert lab["applications"] and Decimal(lab["unapplied"]) == 0 and lab["short_pay"] is None
        if st == "partial":
            assert Decimal(lab["unapplied"]) == 0
            assert any(bal[a["invoice_id"]] != 0 for a in lab["applications"])
        if st == "unapplied":
            assert Decimal(lab["unapplied"]) > 0
        if lab["short_pay"]:
            assert st == "partial"
            assert bal[lab["short_pay"]["invoice_id"]] == Decimal(lab["short_pay"]["amount"])
    return bal


# ---------------------------------------------------------------- output

def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    custs, invs, L = run()
    inv_pub = [inv_public(x) for x in sorted(invs, key=lambda x: x["id"])]
    os.makedirs(OUT, exist_ok=True)
    verify(inv_pub, L.payments, L.labels)
    dump(os.path.join(OUT, "invoices.json"), inv_pub)
    dump(os.path.join(OUT, "payments.json"), L.payments)
    dump(os.path.join(OUT, "labels.json"), L.labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(custs, invs, L))
    print(f"{len(custs)} customers, {len(inv_pub)} invoices, {len(L.payments)} payments, fallbacks {L.fallbacks}")


def readme(custs, invs, L):
    from collections import Counter
    st = Counter(l["status"] for l in L.labels)
    sc = Counter((l["scenario"], l["status"]) for l in L.labels)
    cty = Counter()
    cust_by_id = {c["id"]: c for c in custs}
    inv_by_id = {x["id"]: x for x in invs}
    for p, l in zip(L.payments, L.labels):
        c = None
        if p["customer_id"]:
            c = cust_by_id.get(p["customer_id"])
        elif l["applications"]:
            c = inv_by_id[l["applications"][0]["invoice_id"]]["_cust"]
        elif l["candidates"] and len({inv_by_id[i]["customer_id"] for cs in l["candidates"] for i in cs["invoice_ids"]}) == 1:
            c = inv_by_id[l["candidates"][0]["invoice_ids"][0]]["_cust"]
        cty[c["country"] if c else "unknown payer"] += 1
    kinds = Counter(c["kind"] for c in custs)
    icty = Counter(x["_country"] for x in invs)
    ikind = Counter("credit note" if x["_kind"] == "creditnote" else
                    ("open only for retention" if x["_kind"] == "retention_held" else
                     ("part-paid before the period" if "partpaid" in x["_kind"] else "invoice")) for x in invs)
    cid_null = sum(1 for p in L.payments if p["customer_id"] is None)
    lines = []
    w = lines.append
    w("# Blind cash-application set `ledger_benelux`")
    w("")
    w("Held-out test set for the `match` command of `contracts/cash-application.md`, written blind from the")
    w("contract only. Generated by `build.py` (stdlib, fixed seed, byte-for-byte reproducible); `check.py`")
    w("replays the payments in file order and re-verifies every label.")
    w("")
    w("## Theme")
    w("")
    w("The creditor is a fictional electrical + HVAC installation subcontractor (Voltaklima Installatietechniek")
    w("B.V.) working in the Netherlands, Belgium and Luxembourg. Its debtors are main contractors (hoofdaannemers /")
    w("entrepreneurs generaux) paying progress invoices (termijnen) and extra work (meerwerk) per project, housing")
    w("corporations and facility managers with fixed monthly maintenance contracts, small businesses and public")
    w("bodies, private households with standard-priced service visits, and a few group holdings that pay for their")
    w("subsidiaries. All names, ids, IBANs and references are made up.")
    w("")
    w("Bank text is what NL/BE/LU banks and AP departments produce: MT940-style `/TRTP/.../REMI/STRD/CUR/<kenmerk>`")
    w("lines, 16-digit Dutch betalingskenmerken (plain, grouped by four, or labelled), Belgian structured")
    w(f"communications `{ogm('VF25-01840')}` (also `***...***` and bare 12 digits), free-form invoice numbers")
    w("(`VF25-00761`, `VF2500761`, `25-00761`, `2500761`, `VF25/00761`, lower case), lists and ranges (`t/m`, `à`),")
    w("customer PO numbers that look like invoice numbers, payment-run references, truncated upper-case payer names,")
    w("and multi-line remittance specifications in Dutch, French and German with NL/FR amount formats")
    w("(`12.450,00`, `12 450,00`).")
    w("")
    w("## Files (`ledger_benelux/`)")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w(f"| `invoices.json` | {len(invs)} | contract INVOICES: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date` |")
    w(f"| `payments.json` | {len(L.payments)} | contract PAYMENTS, oldest first: `id, date, amount, currency, payer_name, customer_id, reference, remittance` |")
    w(f"| `labels.json` | {len(L.labels)} | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |")
    w("")
    w(f"Customers: {len(custs)} (" + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())) + "). ")
    w("Invoices by customer country: " + ", ".join(f"{k} {v}" for k, v in sorted(icty.items())) + ". ")
    w("Invoice kinds: " + ", ".join(f"{v} {k}" for k, v in sorted(ikind.items())) + ".")
    w("All invoices are EUR. Invoice numbers are `VFyy-nnnnn`, credit notes `CNyy-nnnnn` (negative total and balance).")
    w(f"Payments run from {L.payments[0]['date']} to {max(p['date'] or '' for p in L.payments)}; "
      f"{cid_null} of them have `customer_id: null`.")
    w("")
    w("## Counts")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w(f"| `{k}` | {st[k]} |")
    w("")
    w("Payments by the payer's country (customer of the applied/candidate invoice when the bank gives no id):")
    w("")
    w("| country / text language | payments |")
    w("|---|---|")
    names = {"NL": "NL (Dutch)", "BE": "BE (Dutch and French)", "LU": "LU (French and German)"}
    for k, v in sorted(cty.items()):
        w(f"| {names.get(k, k)} | {v} |")
    w("")
    w("| scenario | status | n |")
    w("|---|---|---|")
    for (a, b), v in sorted(sc.items()):
        w(f"| `{a}` | `{b}` | {v} |")
    w("")
    w("## Label format")
    w("")
    w("```json")
    w(json.dumps(next(l for l in L.labels if l["short_pay"]), ensure_ascii=False))
    w("```")
    w("")
    w("- `applications[].amount`, `unapplied` and `short_pay.amount` are decimal strings with two decimals.")
    w("- `candidates` (review only) is a list of `{\"invoice_ids\": [...]}` objects, one per candidate invoice set,")
    w("  best first. Compare each set as a set; the order between sets is a preference, not a strict requirement.")
    w("- `reason`, `short_pay.reason`, `note` and `scenario` are free English text for people; do not compare them.")
    w("- Bad-input rows: `status: \"error\"`, `applications: []`, `unapplied: null`, `short_pay: null`,")
    w("  `candidates: []`, `reason: null`, and an `error` text. They never change any balance.")
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    w("1. **G-rekening splits (NL Wet ketenaansprakelijkheid).** A main contractor pays an invoice in two transfers:")
    w("   the labour-tax part (20-40%) to our blocked G-account and the rest to the normal account. The G-account is")
    w("   our own account, so both transfers are cash for that invoice. Whichever part arrives first is `partial` with")
    w("   `short_pay: null` (a part payment: the remittance announces the other part); the second part closes the")
    w("   invoice and is `applied`. The G-part is recognisable from `G-REKENING`, `G-REK`, `G-deel`, `WKA` in the text.")
    w("2. **Retention (retentie / garantie / waarborg / retenue de garantie / Einbehalt 5%).** Contractual, not a")
    w("   dispute: the invoice is applied with 95% (5% of the invoice total kept), status `partial`, `short_pay: null`.")
    w("   The 5% stays open until release. Old invoices open only for their 5% are in the ledger; a release payment")
    w("   pays that balance and is `applied`. A payment of exactly 95% of an invoice with no reference and no stated")
    w("   retention is `review` with that invoice as the single candidate (the clerk checks first).")
    w("3. **Deductions** (site costs/bouwplaatskosten 1.5%, CAR insurance 0.3%, waste container, late-completion")
    w("   penalty, damage, an unagreed 2% discount, disputed extra work, site electricity, undelivered items, and the")
    w("   Belgian 30bis/403 statutory withholdings paid to RSZ / FOD Financien) are short pays: `partial` with")
    w("   `short_pay = {invoice_id, amount: the deducted amount (= what is left open), reason}`. A payment has at most")
    w("   one short pay; a lump may also contain retention lines (which do not count as short pays).")
    w("4. **Credit notes** are open items with negative `total`/`balance`. When the remittance nets one against an")
    w("   invoice, the credit note gets a negative application for its full balance. \"Never past zero\" then means:")
    w("   an application has the sign of the balance and is not larger in size.")
    w("5. **Lumps with a specification** are applied line by line as the specification says (all invoices belong")
    w("   to the payer). Status `applied` when every line is paid in full, else `partial`.")
    w("6. **Overpayment** (VAT paid on a reverse-charge invoice, rounding up, paying the total of a part-paid")
    w("   invoice): the invoice balance is applied and the rest is `unapplied`; status `unapplied`.")
    w("7. **Second payment of an invoice already paid** in this file: `unapplied`, no applications.")
    w("8. **Known customer, no fit** (down payment on a quotation, unexplained amount): `unapplied`, no applications.")
    w("   **Unknown payer, no fit:** `review` with empty candidates (the contract's unapplied is for a known customer).")
    w("9. **Amount-only matches** are applied when the bank gives `customer_id` and exactly one of that customer's")
    w("   open invoices has that balance, or, with `customer_id: null`, when the truncated payer name fits exactly one")
    w("   customer and the amount matches exactly one open invoice in the whole ledger. Equal recurring invoices")
    w("   (maintenance contracts, standard service prices) without a month or number are `review`, candidates")
    w("   oldest invoice (issue date) first; an unknown payer whose amount several customers' invoices share is `review` with")
    w("   all of them.")
    w("10. **Reference vs amount conflict** (reference names invoice A, amount equals invoice B of the same customer):")
    w("    `review`, candidates `[B]` then `[A]`.")
    w("11. **Typo in the reference** (two digits transposed, the typed number does not exist) with a known customer")
    w("    and a unique exact amount: `applied`. **Customer PO numbers** that equal another customer's invoice digits")
    w("    are ignored; known customer + unique exact amount: `applied`.")
    w("12. **Third-party payer** (group holding paying a subsidiary's invoice with its exact reference and amount):")
    w("    `applied` to the subsidiary's invoice; the invoice is unambiguous.")
    w("13. **Ranges** (`VF26-00508 t/m 00973`, `FACT a T/M b`, `Factures a à b`) mean the payer's own open invoices in that numeric range; other")
    w("    customers' invoices inside the range are ignored.")
    w("14. **Statement payments** (\"saldo rekeningoverzicht\", \"solde relevé\") equal to the sum of all the")
    w("    customer's open items, where no smaller subset fits: `applied` to all of them (credit notes included).")
    w("15. **Bad input** (11 rows): negative amount (storno), GBP and USD payments (no invoice is in those")
    w("    currencies; never apply across currencies even when the figure equals an EUR invoice), locale-formatted")
    w("    amounts (NL-style `1.234,56`, `EUR 1234.56`, `1 234.56 EUR`), missing date (`null` or `\"\"`), and duplicate payment ids (an identical")
    w("    row imported twice, and a new row reusing an id). Only the later duplicate is the error.")
    w("16. **Reference encodings** (theme convention): betalingskenmerk = 1 check digit (Dutch weighted mod-11) +")
    w(f"    zero padding + the invoice digits (`VF25-00376` -> `{betalingskenmerk('VF25-00376')}`); Belgian OGM = the invoice digits")
    w(f"    zero-padded to 10 + mod-97 check (`VF25-01840` -> `{ogm('VF25-01840')}`).")
    w("")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
