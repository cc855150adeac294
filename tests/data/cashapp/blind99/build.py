#!/usr/bin/env python3
"""Build blind cash-application set 361: a Nordic/Baltic fishing-gear wholesaler.

Standard library only, seed 361.  Writes nordic_fishing_gear/{invoices,payments,labels}.json.
Every generated payment is run through check.decide() (the written decision
rules) and kept only when the rules give the outcome the scenario intends;
the label is that rule outcome plus scenario and note.
"""
import copy
import datetime
import json
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check as C  # noqa: E402

R = random.Random(361)
OUT = os.path.join(HERE, "nordic_fishing_gear")

# ------------------------------------------------------------------ customers
COUNTRIES = {
    # country: (home currency, language, places, kinds)
    "NO": ("NOK", "no",
           ["Lofoten", "Vesterålen", "Senja", "Hitra", "Frøya", "Austevoll", "Bømlo", "Ålesund", "Måløy",
            "Båtsfjord", "Vardø", "Hammerfest", "Sortland", "Rørvik", "Kristiansund", "Egersund", "Øksnes",
            "Hasvik", "Herøy", "Træna", "Værøy", "Nordkapp"],
           ["Fiskeriselskap AS", "Havbruk AS", "Sjømat AS", "Båtservice AS", "Fiskebåtrederi AS",
            "Skipshandel AS", "Notbøteri AS", "Fiskarlag SA", "Laks AS", "Kystfiske AS"]),
    "SE": ("SEK", "se",
           ["Smögen", "Donsö", "Öckerö", "Hönö", "Fisketången", "Grebbestad", "Simrishamn", "Karlskrona",
            "Luleå", "Hälsö", "Rörö", "Träslövsläge"],
           ["Fiske AB", "Båttillbehör AB", "Marin AB", "Fiskeförening ek. för.", "Skeppshandel AB", "Rökeri AB"]),
    "DK": ("DKK", "dk",
           ["Hvide Sande", "Thyborøn", "Hirtshals", "Skagen", "Esbjerg", "Hanstholm", "Strandby", "Bornholms",
            "Gilleleje", "Østerby"],
           ["Fiskeriforening", "Skibsproviant ApS", "Bådudstyr ApS", "Fiskeeksport A/S", "Trawlbinderi ApS"]),
    "FO": ("DKK", "dk",
           ["Klaksvíkar", "Fuglafjarðar", "Vága", "Tvøroyrar", "Runavíkar"],
           ["Trolbinding P/F", "Fiskavirki P/F", "Skipareiðarí P/F"]),
    "IS": ("ISK", "is",
           ["Vestmannaeyja", "Grindavíkur", "Ísafjarðar", "Húsavíkur", "Þórshafnar", "Sauðárkróks",
            "Hafnarfjarðar", "Neskaupstaðar", "Ólafsvíkur", "Djúpavogs"],
           ["Útgerð hf.", "Fiskvinnsla ehf.", "Netagerð ehf.", "Veiðarfæri ehf."]),
    "FI": ("EUR", "fi",
           ["Kotkan", "Porin", "Vaasan", "Uudenkaupungin", "Kokkolan", "Raahen"],
           ["Kalastusosuuskunta", "Kala Oy", "Venetarvike Oy", "Kalanjalostus Oy"]),
    "AX": ("EUR", "se",
           ["Ålands", "Eckerö", "Föglö"],
           ["Fiskodlare Ab", "Sjöfart Ab"]),
    "EE": ("EUR", "ee",
           ["Saaremaa", "Hiiumaa", "Pärnu", "Virtsu", "Kuressaare"],
           ["Kalur OÜ", "Kalatööstus AS", "Kalapüük OÜ"]),
    "LV": ("EUR", "lv",
           ["Liepājas", "Ventspils", "Rojas", "Salacgrīvas"],
           ["Zvejnieks SIA", "Zivju Apstrāde SIA", "Zvejas Kolhozs"]),
    "LT": ("EUR", "lt",
           ["Klaipėdos", "Nidos", "Šventosios", "Juodkrantės"],
           ["Žvejys UAB", "Jūrų Reikmenys UAB", "Žuvininkystė UAB"]),
    "PL": ("PLN", "pl",
           ["Władysławowo", "Ustka", "Kołobrzeg", "Hel", "Łeba", "Darłowo", "Gdynia", "Jastarnia"],
           ["Przedsiębiorstwo Połowowe Sp. z o.o.", "Rybołówstwo Sp. z o.o.",
            "Zakład Przetwórstwa Rybnego S.A.", "Spółdzielnia Rybacka"]),
}
N_CUST = {"NO": 30, "SE": 14, "DK": 12, "FO": 4, "IS": 12, "FI": 8, "AX": 3, "EE": 6, "LV": 5, "LT": 5, "PL": 13}
PERSONS = {  # (first names, family names)
    "no": (["Ola", "Kari", "Per Arne", "Åse", "Jørgen", "Trond", "Bjørn", "Ingrid", "Odd Inge"],
           ["Nordmann", "Johansen", "Hansen", "Berntsen", "Pedersen", "Nilsen", "Sørensen", "Eliassen", "Ødegård"]),
    "se": (["Lars", "Anna", "Göran", "Britt", "Håkan"], ["Karlsson", "Svensson", "Johansson", "Andersson", "Öberg"]),
    "dk": (["Jens Peter", "Søren", "Mette", "Bjarne"], ["Madsen", "Nielsen", "Kristensen", "Sørensen", "Bøgh"]),
    "is": (["Guðmundur", "Sigríður", "Þórður", "Kristján"], ["Jónsson", "Ólafsdóttir", "Einarsson", "Þórðarson"]),
    "fi": (["Matti", "Jari", "Päivi"], ["Virtanen", "Mäkinen", "Hämäläinen"]),
    "ee": (["Tõnu", "Margus", "Külli"], ["Tamm", "Saar", "Mägi"]),
    "lv": (["Jānis", "Andris"], ["Bērziņš", "Kalniņš", "Ozoliņš"]),
    "lt": (["Vytautas", "Jonas"], ["Kazlauskas", "Petrauskas", "Jankauskas"]),
    "pl": (["Krzysztof", "Małgorzata", "Zbigniew", "Grażyna"], ["Wiśniewski", "Kowalska", "Dąbrowski", "Łukasiewicz"]),
}
PARENTS = {"no": ["Nordhav Holding AS", "Arctic Catch Group ASA", "Vestfjord Invest AS", "Havlandet Eiendom AS"],
           "se": ["Östersjö Fiskegrupp AB", "Västkustens Fiskeinvest AB"],
           "dk": ["Kattegat Holding ApS", "Vesterhavets Fiskeriholding A/S"],
           "is": ["Norðurljós Fjárfesting ehf.", "Sjávarsýn Eignarhald hf."],
           "fi": ["Polar Seafood Partners Oy"], "ee": ["Baltic Harvest Group UAB"], "lv": ["Baltic Harvest Group UAB"],
           "lt": ["Baltic Harvest Group UAB"], "pl": ["Pomorska Grupa Rybna S.A."]}
BRANDS = {"no": ["Kystnett", "Torskebuen", "Havørn Marine", "Sjøbua", "Nordlys Fiskeutstyr", "Marinbua", "Snurpenot",
                 "Sild & Skrei", "Sjøsprøyt"],
          "se": ["Trålmästarn", "Havsfrun", "Västkustfiske"], "dk": ["Bryggekrogen", "Kutterbutikken", "Garnbinderiet"],
          "is": ["Netagerðin Vík", "Bryggjubúðin"], "fi": ["Kalamies", "Satamapuoti"], "ee": ["Kalameeste Pood"],
          "lv": ["Zvejnieku Bode"], "lt": ["Žvejų Krautuvė"], "pl": ["Sklep Rybacki Bosman", "Kuter-Serwis"]}
UNKNOWN_PAYERS = ["Kystverket Region Nord", "Hamburg Netz GmbH", "Shetland Marine Supplies Ltd",
                  "Stripe Technology Europe", "Fiskeridirektoratet", "Aberdeen Trawl Services",
                  "Nils Olav Strand", "Baltijas Jūras Tīkli", "Marine Harvest Services BV", "Hansen & Co",
                  "Westfjord Charter", "Eystein Mikkelsen", "NORDEA FINANS NORGE AS", "Ringkøbing Havn"]
FX = {"NOK": 1160, "SEK": 1130, "DKK": 746, "ISK": 14600, "PLN": 425, "EUR": 100}  # per 100 EUR

used_ids = set()


def rid(prefix, n=10):
    while True:
        s = prefix + "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(n))
        if s not in used_ids:
            used_ids.add(s)
            return s


_picked = set()


def unique_pick(fn):
    for _ in range(200):
        v = fn()
        if v not in _picked:
            _picked.add(v)
            return v
    raise SystemExit("ran out of names")


def make_customers():
    custs, names, kids = [], set(), set()
    for country, n in N_CUST.items():
        cur, lang, places, kinds = COUNTRIES[country]
        tries = 0
        while sum(1 for c in custs if c["country"] == country) < n:
            tries += 1
            kind = R.choice(kinds)
            name = R.choice(places) + " " + kind
            if kind.endswith(" Sp. z o.o.") and R.random() < 0.5:
                name = kind[:-11] + " " + R.choice(places) + " Sp. z o.o."
            f = C.fold(name)
            if name in names or any(C.fold(x).startswith(f[:14]) or f.startswith(C.fold(x)[:14]) for x in names):
                if tries < 5000:
                    continue
            names.add(name)
            while True:
                kid = str(R.randint(21000, 39999))
                if "00" not in kid and kid not in kids and not kid.endswith("0"):
                    kids.add(kid)
                    break
            second = None
            if cur != "EUR" and R.random() < 0.22:
                second = "EUR"
            custs.append({"id": rid("cus_", 8), "name": name, "country": country, "cur": cur, "lang": lang,
                          "second": second, "kid": kid, "terms": R.choice([14, 20, 30, 30, 30, 45, 60]),
                          "weight": R.choice([1, 1, 2, 2, 3, 4, 6]),
                          "person": unique_pick(lambda: R.choice(PERSONS[lang][0]) + " " + R.choice(PERSONS[lang][1])),
                          "parent": R.choice(PARENTS[lang]),
                          "brand": unique_pick(lambda: R.choice(BRANDS[lang]) + R.choice(["", " " + name.split()[0]])
                                               + R.choice(["", "", " Service", " Shop"]))})
    return custs


# ------------------------------------------------------------------ invoices
def rand_total(cur):
    med = {"NOK": 16000, "SEK": 15000, "DKK": 11000, "EUR": 1500, "PLN": 6500, "ISK": 230000}[cur]
    v = med * R.lognormvariate(0, 1.0)
    v = max(v, med / 30)
    if cur == "ISK":
        return int(round(v))
    return int(round(v * 100))


def make_invoices(custs):
    start = datetime.date(2024, 8, 1)
    days = (datetime.date(2025, 1, 31) - start).days
    n_issued = 1720
    dates = sorted(start + datetime.timedelta(days=R.randint(0, days)) for _ in range(n_issued))
    number = 48117
    invs = []
    weights = [c["weight"] for c in custs]
    for d in dates:
        number += 1 if R.random() < 0.85 else R.randint(2, 6)
        c = R.choices(custs, weights)[0]
        if R.random() < 0.13:         # issued and already settled before the export: a gap
            continue
        cur = c["second"] if c["second"] and R.random() < 0.3 else c["cur"]
        total = rand_total(cur)
        invs.append({"id": rid("inv_", 12), "number": "NFG-%07d" % number, "customer_id": c["id"],
                     "customer_name": c["name"], "currency": cur, "total": total, "balance": total,
                     "issue_date": d.isoformat(),
                     "due_date": (d + datetime.timedelta(days=c["terms"])).isoformat(), "_c": c})
    # recurring contracts: the same amount open on several invoices of one customer
    by_cc = {}
    for i in invs:
        by_cc.setdefault((i["customer_id"], i["currency"]), []).append(i)
    groups = [g for g in by_cc.values() if len(g) >= 6]
    R.shuffle(groups)
    for g in groups[:16]:
        cur = g[0]["currency"]
        price = {"NOK": 1875000, "SEK": 1290000, "DKK": 985000, "EUR": 149000, "PLN": 540000,
                 "ISK": 189000}[cur]
        price = int(price * R.choice([0.6, 0.8, 1, 1.2, 1.5, 2]))
        if cur != "ISK":
            price = price // 100 * 100
        for i in R.sample(g, R.choice([2, 3, 3, 4])):
            i["total"] = i["balance"] = price
            i["_recurring"] = True
    # part-paid before the export
    for i in invs:
        if not i.get("_recurring") and R.random() < 0.09:
            paid = int(i["total"] * R.uniform(0.2, 0.7))
            paid = paid // 10000 * 10000 if i["currency"] != "ISK" else paid // 1000 * 1000
            if 0 < paid < i["total"]:
                i["balance"] = i["total"] - paid
    # no accidental equal balances within a customer/currency (outside recurring groups)
    for g in by_cc.values():
        seen = set()
        for i in g:
            if i.get("_recurring"):
                continue
            while i["balance"] in seen or i["balance"] in {x["balance"] for x in g if x.get("_recurring")}:
                i["total"] += 1 if i["currency"] == "ISK" else 7
                i["balance"] += 1 if i["currency"] == "ISK" else 7
            seen.add(i["balance"])
    return invs


def public_invoice(i):
    cur = i["currency"]
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": cur, "total": C.fmt(i["total"], cur),
            "balance": C.fmt(i["balance"], cur), "issue_date": i["issue_date"], "due_date": i["due_date"]}


# ------------------------------------------------------------------ texts
INV_WORD = {
    "no": ["Faktura", "Fakturanr.", "Faktura nr", "Fakt."], "se": ["Faktura", "Fakturanr", "Fakt nr"],
    "dk": ["Faktura", "Fakturanr.", "Fak."], "is": ["Reikningur", "Reikn. nr."], "fi": ["Lasku", "Laskun nro"],
    "ee": ["Arve", "Arve nr"], "lv": ["Rēķins Nr.", "Rēķ."], "lt": ["Sąskaita Nr.", "Sąsk. faktūra"],
    "pl": ["Faktura VAT", "FV", "Zapłata za fakturę"], "en": ["Invoice", "Inv", "INV no."],
}
PART_TXT = {"no": "Delbetaling", "se": "Delbetalning", "dk": "Afdrag", "is": "Innborgun", "fi": "Osamaksu",
            "ee": "Osamakse", "lv": "Daļējs maksājums", "lt": "Dalinis mokėjimas", "pl": "Częściowa wpłata",
            "en": "Part payment"}
DED_TXT = {
    "bank fee": {"no": "bankgebyr trukket", "se": "bankavgift dragen", "dk": "gebyr fratrukket",
                 "is": "bankakostnaður dreginn frá", "fi": "pankkikulut vähennetty", "ee": "teenustasu maha arvatud",
                 "pl": "opłata bankowa potrącona", "en": "bank charges deducted"},
    "withholding tax": {"no": "kildeskatt trukket", "se": "källskatt innehållen", "pl": "podatek u źródła potrącony",
                        "fi": "lähdevero pidätetty", "en": "withholding tax deducted"},
    "early-payment discount": {"no": "2% kontantrabatt", "se": "2% kassarabatt", "dk": "2% kontantrabat",
                               "fi": "käteisalennus 2%", "pl": "rabat za wcześniejszą zapłatę 2%",
                               "is": "staðgreiðsluafsláttur 2%", "en": "2% early-payment discount taken"},
    "damaged goods": {"no": "trekk for skadet vare", "se": "skadad vara avräknad", "dk": "fradrag beskadiget vare",
                      "is": "frádráttur vegna skemmdrar vöru", "fi": "vaurioitunut tuote vähennetty",
                      "pl": "potrącenie za uszkodzony towar", "en": "less damaged goods, credit note requested"},
    "fx shortfall": {"no": "differanse pga valutakurs", "se": "kursdifferens", "is": "gengismunur",
                     "pl": "różnica kursowa", "en": "exchange rate difference"},
}
FEES = {"NOK": [2500, 5000, 7500], "SEK": [3000, 5000, 7500], "DKK": [2500, 5000], "EUR": [500, 1000, 1500, 2500],
        "PLN": [1500, 3000, 5000], "ISK": [950, 1500, 2500]}
GOODS = ["monofilament gillnet", "trawl doors", "longline hooks", "cod pot", "survival suits", "net floats",
         "Dyneema rope", "fish boxes", "salmon cage netting", "hydraulic net hauler", "ice slurry pump"]


def spell(inv, spaced=True):
    n = int(inv["number"].split("-")[1])
    s = str(n)
    opts = ["NFG-%07d" % n, "NFG%07d" % n, "NFG-%d" % n, "NFG %d" % n, s, s, s, "%07d" % n,
            "nfg-%07d" % n, "NFG%d" % n, "NFG/%07d" % n]
    if spaced:
        opts += [s[:2] + " " + s[2:], "NFG 00" + s[:2] + " " + s[2:]]
    return R.choice(opts)


def luhn(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return str((10 - tot % 10) % 10)


def kid(inv):
    base = inv["_c"]["kid"] + "%07d" % int(inv["number"].split("-")[1])
    return base + luhn(base)


def e2e():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + "".join(
        R.choice("123456789") for _ in range(3)) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))


def ref_single(inv, lang=None):
    """(reference, remittance, channel) naming one invoice."""
    c = inv["_c"]
    lang = lang or (c["lang"] if R.random() < 0.8 else "en")
    w = R.choice(INV_WORD[lang])
    sp = spell(inv)
    k = R.random()
    ctry = c["country"]
    if ctry == "NO" and k < 0.35:
        return ("KID " + kid(inv) if R.random() < 0.5 else kid(inv)), None, "KID giro"
    if ctry in ("SE", "AX") and k < 0.35:
        return ("OCR " + kid(inv) if R.random() < 0.5 else kid(inv)), None, "Bankgiro OCR"
    if ctry in ("DK", "FO") and k < 0.3:
        return "+71<00" + kid(inv) + "+85748291<", None, "FI-kort 71"
    if ctry == "FI" and k < 0.35:
        r = kid(inv)
        return "RF%02d %s" % (R.randint(10, 98), " ".join(r[i:i + 4] for i in range(0, len(r), 4))), None, "RF creditor reference"
    if k < 0.45:
        return "%s %s" % (w, sp), None, "bank transfer"
    if k < 0.55:
        return sp, None, "bank transfer"
    if k < 0.65:
        return None, "Payment of %s %s. Thank you." % (w.lower(), sp), "remittance advice"
    if k < 0.72:
        ch = {"no": ("Vipps", "Vipps"), "se": ("Swish", "Swish"), "dk": ("MobilePay", "MobilePay")}.get(lang)
        if ch and ctry in ("NO", "SE", "DK"):
            return "%s betaling %s %s" % (ch[0], w, sp), None, ch[1]
        return "CARD PAYMENT %s" % sp, None, "card"
    if k < 0.85:
        return "SEPA CT %s /RI/%s/ %s" % (e2e(), sp, c["name"][:20].upper()), None, "SEPA credit transfer"
    if k < 0.92:
        return "/INV/%s /BNF/NORDIC FISHING GEAR AS /CHG/SHA" % sp, None, "international wire"
    bank = {"NO": "OVERFØRSEL %s %s TAKK", "DK": "OVERFØRSEL %s %s", "FO": "FLYTING %s %s",
            "SE": "ÖVERFÖRING %s %s", "AX": "ÖVERFÖRING %s %s", "IS": "MILLIFÆRSLA %s %s",
            "PL": "PRZELEW %s %s", "FI": "TILISIIRTO %s %s"}.get(ctry, "TRANSFER %s %s")
    return bank % (w.upper(), sp), None, "online banking"


def payer_for(c, mode="name"):
    if mode == "upper":
        return c["name"].upper()
    return c["name"]


def translit(name):
    s = "".join(C.SPECIAL.get(ch, ch) for ch in name)
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.upper() if R.random() < 0.5 else s.replace("TH", "Th")


def truncated(name):
    t = translit(name).upper()
    n = R.choice([18, 20, 22, 24])
    return t[:n] if len(t) > n else t[: max(12, len(t) - 3)]


# ------------------------------------------------------------------ scenario machinery
class Builder:
    def __init__(self, invs, custs):
        self.invs = invs
        self.custs = custs
        self.pub = [public_invoice(i) for i in invs]
        self.L = C.Ledger(self.pub)
        self.priv = {i["id"]: i for i in invs}
        self.cust_by_id = {c["id"]: c for c in custs}
        self.paid_single = []      # invoices closed by an earlier single-invoice payment
        self.part_paid = []        # invoices left open on purpose by an earlier part payment

    def bal(self, i):
        return self.L.bal[i["id"]]

    def open_invs(self, pred=lambda i: True):
        return [self.priv[p["id"]] for p in self.pub if self.L.bal[p["id"]] > 0 and pred(self.priv[p["id"]])]

    def own_open(self, cid, cur):
        return [i for i in self.open_invs(lambda i: i["customer_id"] == cid and i["currency"] == cur)]

    def amount_clash(self, cid, cur, amt, exclude=()):
        """True if amt equals another open balance of the customer in cur."""
        return any(self.bal(i) == amt for i in self.own_open(cid, cur) if i["id"] not in exclude)

    def pay(self, c, cur, amt, ref, rem, cid=True, payer=None):
        return {"id": None, "date": None, "amount": C.fmt(amt, cur), "currency": cur,
                "payer_name": payer or (c["name"] if R.random() < 0.6 else c["name"].upper()),
                "customer_id": c["id"] if cid else None, "reference": ref, "remittance": rem}

    def refs_of(self, p):
        text = (p.get("reference") or "") + "\n" + (p.get("remittance") or "")
        return [r["id"] for r in C.extract_refs(text, self.L.by_core)]


def pick(lst):
    return R.choice(lst) if lst else None


def build():
    custs = make_customers()
    invs = make_invoices(custs)
    B = Builder(invs, custs)
    plan = {
        "clean_exact": 116, "final_instalment": 8, "amount_only_unique": 14, "multi_listed": 26,
        "multi_listed_deduction": 5, "multi_listed_mismatch": 4, "multi_unlisted": 14, "part_payment": 20,
        "short_pay_stated": 32, "short_pay_unexplained": 12, "fx_shortfall": 9, "overpayment": 15,
        "duplicate_payment": 10, "payer_name_variant": 30, "payer_name_unresolved": 8, "typo_number": 12,
        "other_customer_reference": 10, "same_amount_ambiguous": 12, "currency_mismatch": 8,
        "no_match_known": 15, "unknown_payer": 13, "bad_row": 7,
    }
    assert sum(plan.values()) == 400
    slots = [k for k, v in plan.items() for _ in range(v)]
    R.shuffle(slots)
    # chained scenarios want predecessors: keep them out of the first fifth
    for k in range(80):
        if slots[k] in ("duplicate_payment", "final_instalment"):
            j = R.randrange(150, 400)
            slots[k], slots[j] = slots[j], slots[k]
    day0 = datetime.date(2025, 2, 3)
    days = sorted(day0 + datetime.timedelta(days=R.randint(0, 86)) for _ in range(400))
    days = [d if d.weekday() < 5 else d - datetime.timedelta(days=d.weekday() - 4) for d in days]
    days.sort()

    payments, labels = [], []
    pending = list(slots)
    idx = 0
    while pending:
        for qi, scen in enumerate(pending):
            placed = False
            for attempt in range(300):
                res = make(B, scen)
                if res is None:
                    continue
                p, want, note = res
                p["id"] = "pay_%03d%s" % (idx + 1, "".join(R.choice(string.ascii_lowercase) for _ in range(5)))
                if p["date"] is None:
                    p["date"] = days[idx].isoformat()
                e = C.decide(p, B.L)
                if not want(e):
                    continue
                e["scenario"] = scen
                e["note"] = note
                payments.append(p)
                labels.append(e)
                B.L.apply(e["applications"])
                if e["status"] == "applied" and len(e["applications"]) == 1 and scen in (
                        "clean_exact", "final_instalment", "payer_name_variant", "amount_only_unique"):
                    B.paid_single.append((B.priv[e["applications"][0]["invoice_id"]], p))
                if e["status"] == "partial" and scen == "part_payment":
                    B.part_paid.append(B.priv[e["applications"][0]["invoice_id"]])
                placed = True
                break
            if placed:
                pending.pop(qi)
                idx += 1
                break
        else:
            raise SystemExit("could not place any of: %s" % sorted(set(pending)))
    return B, payments, labels


def status_is(st, n_apps=None):
    return lambda e: e["status"] == st and (n_apps is None or len(e["applications"]) == n_apps)


def make(B, scen):
    return SCEN[scen](B)


# ------------------------------------------------------------------ scenarios
def s_clean(B):
    inv = pick(B.open_invs())
    c = inv["_c"]
    cur = inv["currency"]
    amt = B.bal(inv)
    ref, rem, ch = ref_single(inv)
    cid = R.random() < 0.8
    p = B.pay(c, cur, amt, ref, rem, cid=cid)
    if B.refs_of(p) != [inv["id"]]:
        return None
    extra = " (invoice was part-paid before; pays the open balance)" if inv["balance"] < inv["total"] else ""
    if inv.get("_recurring"):
        extra += " (same amount open on other invoices; reference decides)"
    return p, lambda e: e["status"] == "applied" and [a["invoice_id"] for a in e["applications"]] == [inv["id"]], \
        "%s, reference %r names %s, exact balance%s" % (ch, ref or rem, inv["number"], extra)


def s_final(B):
    cands = [i for i in B.part_paid if B.bal(i) > 0] + [i for i in B.open_invs(lambda i: i["balance"] < i["total"])]
    inv = pick(cands)
    if not inv:
        return None
    c = inv["_c"]
    ref, rem, ch = ref_single(inv)
    rem = (rem + " " if rem else "") + R.choice(["Restbeløp.", "Final instalment.", "Rest.", "Saldo."])
    p = B.pay(c, inv["currency"], B.bal(inv), ref, rem)
    if B.refs_of(p) != [inv["id"]]:
        return None
    return p, status_is("applied", 1), "remaining balance of %s after an earlier part payment, with reference" % inv["number"]


def s_amount_only(B):
    inv = pick(B.open_invs(lambda i: not i.get("_recurring")))
    c = inv["_c"]
    ref = R.choice([None, None, "Betaling", "Payment", "Innbetaling %s" % c["name"][:15], "Bestilling garn",
                    "Overføring fra %s" % c["name"].split()[0]])
    p = B.pay(c, inv["currency"], B.bal(inv), ref, None)
    if B.refs_of(p):
        return None
    return p, lambda e: e["status"] == "applied" and [a["invoice_id"] for a in e["applications"]] == [inv["id"]], \
        "known customer, no invoice number; %s is the only open invoice (or set) with this exact balance" % inv["number"]


def listing(invs, lang, sep=None, amounts=False):
    sep = sep or R.choice([", ", "\n", "; ", " + ", " og " if lang == "no" else " & "])
    parts = []
    for i in invs:
        s = spell(i, spaced=not amounts)
        if amounts:
            s += " " + C.fmt(i["_b"], i["currency"])
        parts.append(s)
    return sep.join(parts)


def s_multi(B):
    c = pick(B.custs)
    cur = R.choice([c["cur"], c["second"] or c["cur"]])
    opn = B.own_open(c["id"], cur)
    if len(opn) < 3:
        return None
    k = R.choice([2, 2, 3, 3, 4, 5])
    chosen = sorted(R.sample(opn, min(k, len(opn) - 1)), key=lambda i: i["number"])
    for i in chosen:
        i["_b"] = B.bal(i)
    amt = sum(B.bal(i) for i in chosen)
    w = R.choice(INV_WORD[c["lang"]] + INV_WORD["en"])
    lst = listing(chosen, c["lang"], amounts=R.random() < 0.3)
    if R.random() < 0.5:
        ref, rem = "Samlebetaling" if c["lang"] == "no" else "Remittance advice sent", "%s: %s" % (w, lst)
    else:
        ref, rem = "%s %s" % (w, lst.replace("\n", ", ")), None
    p = B.pay(c, cur, amt, ref, rem, cid=R.random() < 0.85)
    if sorted(B.refs_of(p)) != sorted(i["id"] for i in chosen):
        return None
    return p, status_is("applied", len(chosen)), "one payment for %d invoices listed in the remittance, exact sum" % len(chosen)


def s_multi_deduction(B):
    c = pick(B.custs)
    cur = c["cur"]
    opn = B.own_open(c["id"], cur)
    if len(opn) < 3:
        return None
    chosen = sorted(R.sample(opn, R.choice([2, 3])), key=lambda i: i["number"])
    kind = R.choice(["damaged goods", "early-payment discount", "bank fee"])
    txt = DED_TXT[kind].get(c["lang"]) or DED_TXT[kind]["en"]
    d = R.choice(chosen)
    b = B.bal(d)
    if kind == "damaged goods":
        ded = int(b * R.uniform(0.04, 0.2))
    elif kind == "early-payment discount":
        ded = b * 2 // 100
    else:
        ded = R.choice(FEES[cur])
    if not 0 < ded < b:
        return None
    lines = []
    for i in chosen:
        if i is d:
            lines.append("%s %s (%s %s)" % (spell(i, False), C.fmt(b - ded, cur), txt, C.fmt(ded, cur)))
        else:
            lines.append("%s %s" % (spell(i, False), C.fmt(B.bal(i), cur)))
    amt = sum(B.bal(i) for i in chosen) - ded
    p = B.pay(c, cur, amt, "Se spesifikasjon" if c["lang"] == "no" else "See remittance", "\n".join(lines))
    if sorted(B.refs_of(p)) != sorted(i["id"] for i in chosen):
        return None
    return p, lambda e: e["status"] == "partial" and e["short_pay"] and e["short_pay"]["invoice_id"] == d["id"], \
        "%d invoices listed; %s short by %s (%s) on its own remittance line" % (len(chosen), d["number"], C.fmt(ded, cur), kind)


def s_multi_mismatch(B):
    c = pick(B.custs)
    cur = c["cur"]
    opn = B.own_open(c["id"], cur)
    if len(opn) < 3:
        return None
    chosen = sorted(R.sample(opn, R.choice([2, 3])), key=lambda i: i["number"])
    S = sum(B.bal(i) for i in chosen)
    amt = int(S * R.uniform(0.55, 0.93))
    p = B.pay(c, cur, amt, R.choice(INV_WORD[c["lang"]]) + " " + listing(chosen, c["lang"], sep=", "), None)
    if sorted(B.refs_of(p)) != sorted(i["id"] for i in chosen) or B.amount_clash(c["id"], cur, amt):
        return None
    return p, status_is("review"), "lists %d invoices but pays less than their sum, no reason given" % len(chosen)


def s_multi_unlisted(B):
    c = pick(B.custs)
    cur = c["cur"]
    opn = B.own_open(c["id"], cur)
    if len(opn) < 3:
        return None
    chosen = sorted(R.sample(opn, R.choice([2, 2, 3, len(opn)])), key=lambda i: i["number"])
    amt = sum(B.bal(i) for i in chosen)
    ref = R.choice([None, "Betaling utestående", "Payment of statement", "Saldo kontoutdrag", "Kontoutdrag januar",
                    "Innbetaling"])
    p = B.pay(c, cur, amt, ref, None)
    if B.refs_of(p):
        return None
    everything = " (all its open invoices in %s)" % cur if len(chosen) == len(opn) else ""
    return p, lambda e: e["status"] == "applied" and sorted(a["invoice_id"] for a in e["applications"]) == sorted(i["id"] for i in chosen), \
        "no invoice listed; amount is the exact sum of %d open invoices%s and no other set matches" % (len(chosen), everything)


def s_part(B):
    inv = pick(B.open_invs(lambda i: not i.get("_recurring")))
    c = inv["_c"]
    cur = inv["currency"]
    b = B.bal(inv)
    step = 100000 if cur != "ISK" else 10000
    amt = int(b * R.uniform(0.2, 0.7)) // step * step
    if amt <= 0:
        amt = int(b * 0.5) // 100 * 100 if cur != "ISK" else int(b * 0.5)
    if amt <= 0 or B.amount_clash(c["id"], cur, amt):
        return None
    lang = c["lang"] if R.random() < 0.8 else "en"
    w = R.choice(INV_WORD[lang])
    ref = "%s %s %s" % (PART_TXT[lang], w.lower(), spell(inv))
    if R.random() < 0.3:
        ref += " (1/%d)" % R.choice([2, 3, 4])
    p = B.pay(c, cur, amt, ref, None)
    if B.refs_of(p) != [inv["id"]]:
        return None
    return p, status_is("partial", 1), "stated part payment of %s, invoice stays open" % inv["number"]


def s_short_stated(B):
    kind = R.choice(["bank fee"] * 10 + ["withholding tax"] * 6 + ["early-payment discount"] * 9 + ["damaged goods"] * 7)
    pred = (lambda i: i["_c"]["country"] == "PL" or i["currency"] == "EUR") if kind == "withholding tax" else (lambda i: True)
    inv = pick(B.open_invs(lambda i: pred(i) and not i.get("_recurring")))
    c = inv["_c"]
    cur = inv["currency"]
    b = B.bal(inv)
    if kind == "bank fee":
        ded = R.choice(FEES[cur])
    elif kind == "withholding tax":
        ded = b * R.choice([10, 20]) // 100
    elif kind == "early-payment discount":
        ded = b * R.choice([2, 2, 3]) // 100
        if ded > b * 3 // 100:
            return None
    else:
        ded = int(b * R.uniform(0.03, 0.25))
    if not 0 < ded < b // 2:
        return None
    amt = b - ded
    lang = c["lang"] if c["lang"] in DED_TXT[kind] and R.random() < 0.75 else "en"
    txt = DED_TXT[kind][lang]
    if kind == "early-payment discount":
        txt = txt.replace("2%", "%d%%" % round(ded * 100 / b))
    if kind == "withholding tax":
        txt += " %d%%" % round(ded * 100 / b)
    if kind in ("bank fee", "damaged goods"):
        txt += " %s %s" % (cur, C.fmt(ded, cur))
    if kind == "damaged goods":
        txt += " (%s)" % R.choice(GOODS)
    ref, rem, ch = ref_single(inv, lang)
    if R.random() < 0.5 or rem:
        rem = (rem + " " if rem else "") + txt
    else:
        ref = (ref or "") + " " + txt
    p = B.pay(c, cur, amt, ref, rem)
    if B.refs_of(p) != [inv["id"]] or B.amount_clash(c["id"], cur, amt, [inv["id"]]):
        return None
    return p, lambda e: e["status"] == "partial" and (e["short_pay"] or {}).get("reason") == kind, \
        "short pay of %s: %s %s stated" % (inv["number"], kind, C.fmt(ded, cur))


def s_short_unexplained(B):
    inv = pick(B.open_invs(lambda i: not i.get("_recurring")))
    c = inv["_c"]
    cur = inv["currency"]
    b = B.bal(inv)
    ded = int(b * R.uniform(0.005, 0.09))
    if ded <= 0:
        return None
    amt = b - ded
    ref, rem, ch = ref_single(inv)
    p = B.pay(c, cur, amt, ref, rem)
    if B.refs_of(p) != [inv["id"]] or B.amount_clash(c["id"], cur, amt, [inv["id"]]):
        return None
    return p, lambda e: e["status"] == "partial" and (e["short_pay"] or {}).get("reason") == "unexplained shortfall", \
        "reference names %s, pays %s less (%.1f%%) with no reason" % (inv["number"], C.fmt(ded, cur), ded * 100 / b)


def s_fx_short(B):
    inv = pick(B.open_invs(lambda i: i["currency"] == "EUR" and i["_c"]["cur"] != "EUR"))
    if not inv:
        return None
    c = inv["_c"]
    b = B.bal(inv)
    ded = max(1, int(b * R.uniform(0.002, 0.025)))
    amt = b - ded
    lang = c["lang"] if c["lang"] in DED_TXT["fx shortfall"] else "en"
    ref, rem, ch = ref_single(inv, lang)
    rem = (rem + " " if rem else "") + "Paid from %s account; %s" % (c["cur"], DED_TXT["fx shortfall"][lang])
    p = B.pay(c, "EUR", amt, ref, rem)
    if B.refs_of(p) != [inv["id"]] or B.amount_clash(c["id"], "EUR", amt, [inv["id"]]):
        return None
    return p, lambda e: e["status"] == "partial" and (e["short_pay"] or {}).get("reason") == "fx shortfall", \
        "EUR invoice %s paid from a %s account, %s short, exchange difference stated" % (inv["number"], c["cur"], C.fmt(ded, "EUR"))


def s_overpay(B):
    inv = pick(B.open_invs(lambda i: not i.get("_recurring")))
    c = inv["_c"]
    cur = inv["currency"]
    b = B.bal(inv)
    if inv["balance"] < inv["total"] and B.bal(inv) == inv["balance"] and R.random() < 0.7:
        amt = inv["total"]
        why = "pays the invoice total although it was already part-paid"
    else:
        extra = R.choice([int(b * R.uniform(0.01, 0.3)), R.choice(FEES[cur]) * 2, b // 10 * 10 if cur == "ISK" else b // 1000 * 1000])
        if extra <= 0:
            return None
        amt = b + extra
        why = "pays more than the open balance"
    ref, rem, ch = ref_single(inv)
    p = B.pay(c, cur, amt, ref, rem)
    if B.refs_of(p) != [inv["id"]] or B.amount_clash(c["id"], cur, amt - b, [inv["id"]]) or B.amount_clash(c["id"], cur, amt, [inv["id"]]):
        return None
    return p, status_is("unapplied", 1), "%s (%s): balance applied, %s held" % (inv["number"], why, C.fmt(amt - b, cur))


def s_duplicate(B):
    opts = [(i, p) for i, p in B.paid_single if B.bal(i) == 0]
    if not opts:
        return None
    inv, p0 = R.choice(opts)
    c = inv["_c"]
    amt = C.to_minor(p0["amount"], p0["currency"])
    if B.amount_clash(c["id"], inv["currency"], amt):
        return None
    ref = p0["reference"] or p0["remittance"]
    if not B.refs_of(p0):
        ref = "%s %s" % (R.choice(INV_WORD[c["lang"]]), spell(inv))
    p = B.pay(c, inv["currency"], amt, ref, None)
    if B.refs_of(p) != [inv["id"]]:
        return None
    return p, lambda e: e["status"] == "unapplied" and not e["applications"], \
        "second payment of %s, already paid in full by %s" % (inv["number"], p0["id"])


def s_name_variant(B):
    inv = pick(B.open_invs())
    c = inv["_c"]
    kind = R.choice(["truncated", "truncated", "transliterated", "transliterated", "trading name", "parent company",
                     "person"])
    kind_txt = {"truncated": "bank-truncated name", "transliterated": "ASCII-transliterated name"}.get(kind, kind)
    if kind == "truncated":
        payer = truncated(c["name"])
    elif kind == "transliterated":
        if c["name"].isascii():
            return None
        payer = translit(c["name"])
    elif kind == "trading name":
        payer = c["brand"] + R.choice(["", " v/" + c["person"].split()[-1]])
    elif kind == "parent company":
        payer = c["parent"]
    else:
        payer = c["person"]
    ref, rem, ch = ref_single(inv)
    p = B.pay(c, inv["currency"], B.bal(inv), ref, rem, cid=False, payer=payer)
    if B.refs_of(p) != [inv["id"]]:
        return None
    res = B.L.resolve(p)
    if kind in ("truncated", "transliterated") and res != c["id"]:
        return None
    if kind not in ("truncated", "transliterated") and res is not None:
        return None
    return p, status_is("applied", 1), "payer %r is the %s of %s, customer_id null; reference + exact balance" % (payer, kind_txt, c["name"])


def s_name_unresolved(B):
    inv = pick(B.open_invs())
    c = inv["_c"]
    kind = R.choice(["trading name", "parent company", "person"])
    payer = {"trading name": c["brand"], "parent company": c["parent"], "person": c["person"]}[kind]
    ref = R.choice([None, "Betaling", "Payment", "Varer levert januar", "Nøter og tauverk"])
    p = B.pay(c, inv["currency"], B.bal(inv), ref, None, cid=False, payer=payer)
    if B.refs_of(p) or B.L.resolve(p) is not None:
        return None
    return p, lambda e: e["status"] == "review" and e["candidates"] and inv["id"] in e["candidates"][0]["invoice_ids"], \
        "payer %r (%s of %s) cannot be tied to a customer and no reference; amount equals %s" % (payer, kind, c["name"], inv["number"])


def typo(s):
    k = R.random()
    if k < 0.4:
        j = R.randrange(len(s) - 1)
        t = s[:j] + s[j + 1] + s[j] + s[j + 2:]
    elif k < 0.75:
        j = R.randrange(1, len(s))
        t = s[:j] + R.choice([d for d in "0123456789" if d != s[j]]) + s[j + 1:]
    else:
        j = R.randrange(len(s))
        t = s[:j] + s[j + 1:]
    return t


def s_typo(B):
    inv = pick(B.open_invs(lambda i: not i.get("_recurring")))
    c = inv["_c"]
    n = str(int(inv["number"].split("-")[1]))
    t = typo(n)
    if t == n or t.lstrip("0") in B.L.by_core or t.startswith("0"):
        return None
    ref = "%s %s" % (R.choice(INV_WORD[c["lang"]] + ["NFG-"]), t)
    ref = ref.replace("NFG- ", "NFG-")
    p = B.pay(c, inv["currency"], B.bal(inv), ref, None)
    if B.refs_of(p):
        return None
    return p, lambda e: e["status"] == "applied" and [a["invoice_id"] for a in e["applications"]] == [inv["id"]], \
        "reference %r is a typo of %s (no such invoice); known customer, amount equals only that invoice" % (ref, inv["number"])


def s_other_customer(B):
    if R.random() < 0.5:
        # neighbouring number: customer meant its own invoice, typed the next one (another customer's)
        a = pick(B.open_invs(lambda i: not i.get("_recurring")))
        n = int(a["number"].split("-")[1])
        nb = [B.L.by_core.get(str(n + d)) for d in (-1, 1)]
        nb = [x for x in nb if x and x["customer_id"] != a["customer_id"] and B.L.bal[x["id"]] > 0]
        if not nb:
            return None
        b = B.priv[nb[0]["id"]]
        c = a["_c"]
        p = B.pay(c, a["currency"], B.bal(a), "%s %s" % (R.choice(INV_WORD[c["lang"]]), spell(b)), None)
        note = "reference names %s of %s, but payer %s has %s with exactly this balance (neighbouring number)" % (
            b["number"], b["customer_name"], c["name"], a["number"])
    else:
        b = pick(B.open_invs())
        others = [x for x in B.custs if x["id"] != b["customer_id"] and b["currency"] in (x["cur"], x["second"])]
        c = pick(others)
        if not c:
            return None
        ref, rem, ch = ref_single(b, c["lang"])
        p = B.pay(c, b["currency"], B.bal(b), ref, rem, cid=True)
        note = "customer %s pays exactly invoice %s of another customer (%s)" % (c["name"], b["number"], b["customer_name"])
    if B.refs_of(p) != [b["id"]]:
        return None
    return p, status_is("review"), note


def s_same_amount(B):
    groups = {}
    for i in B.open_invs(lambda i: i.get("_recurring")):
        groups.setdefault((i["customer_id"], i["currency"], B.bal(i)), []).append(i)
    groups = [g for g in groups.values() if len(g) >= 2]
    g = pick(groups)
    if not g:
        return None
    c = g[0]["_c"]
    ref = R.choice([None, "Serviceavtale not", "Leie av merdnot", "Månedlig service", "Monthly net service",
                    "Kontrakt vedlikehold"])
    p = B.pay(c, g[0]["currency"], B.bal(g[0]), ref, None, cid=R.random() < 0.85)
    if B.refs_of(p):
        return None
    return p, lambda e: e["status"] == "review" and all(len(x["invoice_ids"]) == 1 for x in e["candidates"][:len(g)]) \
        and len(e["candidates"]) >= 2, "recurring contract amount open on %d invoices, no number given" % len(g)


def s_currency_mismatch(B):
    inv = pick(B.open_invs(lambda i: i["currency"] != i["_c"]["cur"] and not i.get("_mismatch")))
    if not inv:
        return None
    c = inv["_c"]
    home = c["cur"]
    amt = B.bal(inv) * FX[home] // 100
    if home != "ISK":
        amt = amt  # minor units already (both two-decimal)
    else:
        amt = B.bal(inv) * FX[home] // 100 // 100
    if amt <= 0 or B.amount_clash(c["id"], home, amt):
        return None
    ref, rem, ch = ref_single(inv)
    rem = (rem + " " if rem else "") + "EUR %s" % C.fmt(B.bal(inv), "EUR")
    p = B.pay(c, home, amt, ref, rem)
    if B.refs_of(p) != [inv["id"]]:
        return None
    inv["_mismatch"] = True
    return p, status_is("review"), "EUR invoice %s paid in %s (%s), no same-currency application possible" % (
        inv["number"], home, C.fmt(amt, home))


def s_no_match(B):
    c = pick(B.custs)
    cur = c["cur"]
    opn = B.own_open(c["id"], cur)
    if len(opn) < 2:
        return None
    amt = rand_total(cur)
    if cur != "ISK" and R.random() < 0.6:
        amt = amt // 10000 * 10000 or 50000
    bals = [B.bal(i) for i in opn]
    if any(abs(amt - b) <= b * 0.1 for b in bals) or abs(amt - sum(bals)) <= sum(bals) * 0.1:
        return None
    ref = R.choice([None, "Forskudd ordre SO-%d" % R.randint(7000, 7999), "Prepayment order SO-%d" % R.randint(7000, 7999),
                    "A konto", "Innbetaling", "Depositum garnbestilling"])
    p = B.pay(c, cur, amt, ref, None)
    if B.refs_of(p):
        return None
    return p, lambda e: e["status"] == "unapplied" and not e["applications"], \
        "known customer, amount %s matches no open invoice or set; held on account" % C.fmt(amt, cur)


def s_unknown(B):
    cur = R.choice(list(C.CURRENCIES))
    payer = R.choice(UNKNOWN_PAYERS)
    if R.random() < 0.4:
        inv = pick(B.open_invs(lambda i: i["currency"] == cur))
        amt = B.bal(inv)
        note = "unknown payer %r, no reference; amount equals open %s" % (payer, inv["number"])
    else:
        amt = rand_total(cur)
        note = "unknown payer %r, amount fits nothing" % payer
    ref = R.choice([None, "Betaling", "Payment", "Ref 2025-%02d" % R.randint(1, 4), "Charter fee", "Refund"])
    p = {"id": None, "date": None, "amount": C.fmt(amt, cur), "currency": cur, "payer_name": payer,
         "customer_id": None, "reference": ref, "remittance": None}
    if B.refs_of(p) or B.L.resolve(p) is not None:
        return None
    return p, status_is("review"), note


BAD_KINDS = ["non-numeric", "negative", "missing currency", "invalid currency", "impossible date", "date dd/mm/yyyy",
             "empty amount"]
bad_used = []


def s_bad(B):
    kind = BAD_KINDS[len(bad_used) % len(BAD_KINDS)]
    inv = pick(B.open_invs())
    c = inv["_c"]
    cur = inv["currency"]
    ref, rem, ch = ref_single(inv)
    p = B.pay(c, cur, B.bal(inv), ref, rem)
    if kind == "non-numeric":
        p["amount"] = R.choice(["12.500,00 NOK", "abc", "N/A"])
    elif kind == "empty amount":
        p["amount"] = ""
    elif kind == "negative":
        p["amount"] = "-" + p["amount"]
    elif kind == "missing currency":
        p["currency"] = None
    elif kind == "invalid currency":
        p["currency"] = R.choice(["NKR", "SKR", "EURO"])
    elif kind == "impossible date":
        p["date"] = "2025-02-30"
    else:
        p["date"] = "14/03/2025"
    bad_used.append(kind)
    return p, lambda e: e["status"] == "review" and e.get("error"), "bad row (%s); otherwise would pay %s" % (kind, inv["number"])


SCEN = {"clean_exact": s_clean, "final_instalment": s_final, "amount_only_unique": s_amount_only,
        "multi_listed": s_multi, "multi_listed_deduction": s_multi_deduction, "multi_listed_mismatch": s_multi_mismatch,
        "multi_unlisted": s_multi_unlisted, "part_payment": s_part, "short_pay_stated": s_short_stated,
        "short_pay_unexplained": s_short_unexplained, "fx_shortfall": s_fx_short, "overpayment": s_overpay,
        "duplicate_payment": s_duplicate, "payer_name_variant": s_name_variant,
        "payer_name_unresolved": s_name_unresolved, "typo_number": s_typo,
        "other_customer_reference": s_other_customer, "same_amount_ambiguous": s_same_amount,
        "currency_mismatch": s_currency_mismatch, "no_match_known": s_no_match, "unknown_payer": s_unknown,
        "bad_row": s_bad}


def main():
    B, payments, labels = build()
    os.makedirs(OUT, exist_ok=True)
    inv_out = copy.deepcopy(B.pub)
    R.shuffle(inv_out)
    order = ["payment_id", "status", "applications", "unapplied", "short_pay", "candidates", "reason",
             "scenario", "note", "error"]
    labels = [{k: e[k] for k in order if k in e} for e in labels]
    for name, data in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("invoices %d, payments %d" % (len(inv_out), len(payments)))


if __name__ == "__main__":
    main()
