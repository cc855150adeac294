#!/usr/bin/env python3
"""Blind held-out test set for the cash-application (`match`) contract.

Theme: Liman-Aigaion Home Textiles, a made-up Turkish (Liman Tekstil A.S., Izmir)
and Greek (Aigaion Lina A.E., Thessaloniki) textile and home-linen exporter with
TRY, EUR, USD and GBP books.

`python3 build.py` rewrites ledger_limanaigaion/{invoices,payments,labels}.json and
README.md byte for byte (fixed seed, no wall clock, stdlib only).
"""
import itertools
import json
import os
import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 81_2026
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = "ledger_limanaigaion"
N_PAYMENTS_PLAN = 400

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def D(x):
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(d):
    return f"{d:.2f}"


def fmt_eu(d):
    """1.234,56 (Turkish, Greek, German, Dutch)"""
    s = f"{d:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_en(d):
    return f"{d:,.2f}"


def dmy(d, sep="."):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# ---------------------------------------------------------------- name folding
TR_FOLD = str.maketrans({"Ş": "S", "İ": "I", "Ğ": "G", "Ü": "U", "Ö": "O", "Ç": "C",
                         "Â": "A", "Î": "I", "Û": "U"})


def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


def tr_bank(s):
    """Turkish bank statement payer name: upper case, Turkish letters folded."""
    return tr_upper(s).translate(TR_FOLD)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def gr_upper(s):
    """Greek capitals without tonos, as Greek banks print them."""
    return strip_accents(s).upper()


GR_DI = [("ΟΥ", "OU"), ("ΑΥ", "AV"), ("ΕΥ", "EV"), ("ΓΓ", "NG"), ("ΜΠ", "MP"), ("ΝΤ", "NT")]
GR_MAP = {"Α": "A", "Β": "V", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "TH",
          "Ι": "I", "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P",
          "Ρ": "R", "Σ": "S", "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "CH", "Ψ": "PS", "Ω": "O"}


def gr_latin(s):
    """Bank transliteration of Greek (ELOT-743 like), upper case."""
    s = gr_upper(s)
    for a, b in GR_DI:
        s = s.replace(a, b)
    return "".join(GR_MAP.get(c, c) for c in s)


DE_FOLD = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "ä": "ae", "ö": "oe", "ü": "ue"}


def de_fold(s):
    return "".join(DE_FOLD.get(c, c) for c in s)


def squash(s):
    return " ".join(s.replace(".", " ").replace(",", " ").split())


# ---------------------------------------------------------------- random ids
ID_ALPHA = "abcdefghjkmnpqrstuvwxyz23456789"


class Ids:
    def __init__(self, rng):
        self.rng = rng
        self.seen = set()

    def new(self, prefix, n=8):
        while True:
            x = prefix + "".join(self.rng.choice(ID_ALPHA) for _ in range(n))
            if x not in self.seen:
                self.seen.add(x)
                return x


# ---------------------------------------------------------------- names
TR_WORDS = ["Şahinler", "Güneşli", "Yıldız", "Özdemir", "Çağlar", "Doğanay", "Ergün", "Karaca",
            "İpekyolu", "Bursalı", "Uşaklı", "Akdeniz", "Marmara", "Kartal", "Öztürk", "Aydınlı",
            "Çınar", "Kılıçarslan", "Başak", "Gökçe", "Ilgaz", "Yeşilyurt", "Erdoğdu", "Tunalı",
            "Sönmez", "Kuzey", "Altıntaş", "Bayraktar", "Efeler", "Koçak", "Çelikler", "Uluçay",
            "Gündoğdu", "İnci", "Ayyıldız", "Pamukkale", "Lale", "Nilüfer", "Ören", "Söğütlü",
            "Kayalar", "Şimşek", "Türkmen", "Polat", "Sarıkaya", "Yazıcıoğlu", "Oğuz", "Ağaoğlu",
            "Düzgün", "Işıklar", "Çamlıca", "Gürsoy", "Erciyes", "Kaçar", "Selçuklu", "Şenocak",
            "Yılmazlar", "Aksoy", "Buldan", "Babadağ", "Kocabaş", "Eğrikavuk", "Tosunoğlu",
            "Özgüven", "Karadeniz", "Boğaziçi", "Sakarya", "Ünal", "Çiftçi", "Güler", "Demirağ",
            "Kalkan", "Aslan", "Ekinci", "Toprak", "Şen", "Bilgiç", "Akçay", "İlhan", "Tekin",
            "Ceylan", "Duman", "Güzel", "Önder", "Metin", "Acar", "Uysal", "Bozkurt", "Kurtuluş",
            "Çetin", "Savaş", "Arıkan", "Esen", "Turan", "Yücel", "Özer", "Coşkun", "Keskin"]
TR_PRODUCTS = ["Ev Tekstili", "Havlu", "Nevresim", "Mefruşat", "Perde", "Otel Tekstili",
               "Tekstil", "Çeyiz ve Ev Tekstili", "Bornoz ve Havlu", "Yatak Örtüsü"]
TR_SUFFIX = ["San. ve Tic. Ltd. Şti.", "Tic. Ltd. Şti.", "San. ve Tic. A.Ş.", "Pazarlama A.Ş.",
             "İth. İhr. Ltd. Şti.", "Tekstil San. Tic. Ltd. Şti."]

GR_SURNAMES = ["Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Καραγιάννης", "Οικονόμου", "Δημητρίου",
               "Αθανασίου", "Βασιλείου", "Χατζηδάκης", "Μαυρίδης", "Σταματίου", "Ζαχαρίου",
               "Κωνσταντίνου", "Λαμπράκης", "Πετρίδης", "Αλεξίου", "Τσιρίγος", "Ρήγας",
               "Φραγκιαδάκης", "Μπαλτάς", "Ντόκος", "Ψαρράς", "Θεοδωρίδης", "Ξανθόπουλος",
               "Ηλιόπουλος", "Κουτσούκος", "Σαββίδης", "Αναγνώστου", "Μιχαηλίδης", "Τζαννετάκης",
               "Βλάχος", "Γιαννακόπουλος", "Δούκας", "Ευαγγέλου", "Ζερβός", "Καλογεράκης",
               "Λιάπης", "Μανωλάκης", "Νταλάρας", "Πολυχρόνης", "Ρουσσάκης", "Σπανός",
               "Τριανταφύλλου", "Φωτίου", "Χριστοδούλου", "Αργυρίου", "Κυριακίδης", "Μελετίου",
               "Παναγιωτόπουλος", "Στεφανίδης"]
GR_RETAIL_FORMS = ["Λευκά Είδη {s} Α.Ε.", "{s} Λευκά Είδη Ο.Ε.", "Οικιακός Ιματισμός {s} Ε.Π.Ε.",
                   "{s} & ΣΙΑ Ε.Ε.", "ΛΕΥΚΑ ΕΙΔΗ {S} Μ.Ι.Κ.Ε.", "{s} Home Ι.Κ.Ε."]
GR_HOTEL_GROUPS = [
    ("Όμιλος Μινωικά Θέρετρα Α.Ε.", ["Μινωικά Θέρετρα Ελούντα Α.Ε.", "Μινωικά Θέρετρα Χερσονήσου Α.Ε."]),
    ("Aegean Blue Resorts Α.Ε.", ["Aegean Blue Mykonos Α.Ε.", "Aegean Blue Paros Α.Ε.", "Aegean Blue Naxos Α.Ε."]),
    ("Ξενοδοχεία Κυκλάδων Α.Ε.", ["Ξενοδοχεία Κυκλάδων Σαντορίνη Α.Ε.", "Ξενοδοχεία Κυκλάδων Σύρος Α.Ε."]),
]
GR_HOTELS = ["Χαλκιδική Resorts Α.Ε.", "Ρόδος Παλάς Ξενοδοχειακή Α.Ε.", "Santorini Caldera Suites Ι.Κ.Ε.",
             "Ionian Sands Hotels Α.Ε.", "Ολυμπία Ξενοδοχειακές Επιχειρήσεις Α.Ε.",
             "Κέρκυρα Bay Hotels Α.Ε.", "Πήλιο Lodge Ε.Π.Ε.", "Ζάκυνθος Beach Resorts Α.Ε.",
             "Ναύπλιον Palace Ξενοδοχειακή Α.Ε.", "Μεσσηνία Grand Hotels Α.Ε.",
             "Thassos Pine Hotels Α.Ε.", "Κως Marine Resorts Α.Ε.", "Αθηναϊκά Ξενοδοχεία Α.Ε.",
             "Μετέωρα Hospitality Ι.Κ.Ε.", "Λευκάδα Sunset Α.Ε."]

DE_SURNAMES = ["Brenner", "Weber", "Müller", "Kühne", "Schäfer", "Großmann", "Lindner", "Hausmann",
               "Körner", "Vogel", "Becker", "Hoffmann", "Schröder", "Zimmermann", "Krüger",
               "Hartmann", "Lange", "Wolff", "Jäger", "Böhm", "Seidel", "Fuchs", "Günther",
               "Winkler", "Lorenz", "Baumann", "Franke", "Albrecht", "Pohl", "Wendt", "Dreßler",
               "Engel", "Kraus", "Roth", "Voß", "Heinrich", "Brandt", "Haas", "Schulte",
               "Dietrich", "Nowak", "Thiele", "Ziegler", "Ebert", "Sauer"]
DE_FORMS = ["Heimtextil {s} GmbH", "{s} & Söhne Wäsche GmbH", "{s} Hotelwäsche GmbH",
            "Textilhandel {s} e.K.", "{s} Heimdeko GmbH", "Frottierwelt {s} GmbH",
            "{s} Bettwaren KG", "{s} Textilimport GmbH", "{s} Wohntextilien GmbH & Co. KG"]
DE_CHAINS = ["Bettwarenhaus Nord GmbH & Co. KG", "Schlafgut Filialen GmbH", "Wäschewelt Handels GmbH",
             "Rhein-Ruhr Wäschehandel GmbH", "Heimstatt Warenhaus AG", "Traumland Betten GmbH",
             "Kaufhof-Süd Textil GmbH", "DeKo Markt Filialbetriebe GmbH"]
NL_SURNAMES = ["van der Berg", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer",
               "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
               "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer"]
NL_FORMS = ["{S} Textiel B.V.", "{S} Woontextiel B.V.", "{S} Hotelservice B.V.",
            "{S} Badtextiel B.V.", "Textielhandel {s} B.V.", "{S} Linnengoed V.O.F."]
NL_CHAINS = ["Linnenkast Retail B.V.", "Huis & Linnen B.V.", "Slaapwereld Winkels B.V.",
             "Badhuys Retail B.V.", "Woonstad Warenhuizen N.V."]
UK_SURNAMES = ["Hartley", "Pennine", "Ashdown", "Greaves", "Whitby", "Calder", "Thornton",
               "Marlow", "Fenwick", "Barrow", "Kendal", "Hollins", "Ainsworth", "Bradshaw",
               "Cartwright", "Dunmore", "Ellwood", "Fairbairn", "Gilmour", "Hebden", "Ingram",
               "Jepson", "Kirkby", "Lowther", "Mottram", "Netherby", "Oakley", "Pickering",
               "Quarmby", "Radcliffe", "Sowerby", "Tattersall", "Underwood", "Wainwright",
               "Yeadon", "Atherton", "Bingley", "Colne", "Denby", "Eccles"]
UK_FORMS = ["{s} Home Textiles Ltd", "{s} Linen Co Ltd", "{s} Hospitality Supplies Ltd",
            "{s} Bedding Ltd", "{s} Towels & Linen Ltd", "{s} Interiors Ltd", "{s} Textiles (UK) Ltd"]
UK_CHAINS = ["Marlow & Finch Stores plc", "Homestead Retail Group Ltd", "The Linen Cupboard Ltd",
             "Bed & Bath Warehouse Ltd", "Northern Home Stores plc", "Albion Department Stores plc",
             "Kingsway Hotels Group Ltd"]
US_NAMES = ["Blue Harbor Linens Inc", "Gulf Hospitality Supplies LLC", "Negev Home Ltd",
            "Lone Star Bath & Bed LLC", "Al Noor Textiles FZE", "Hudson Towel Co Inc",
            "Pacific Crest Hospitality Inc", "Desert Rose Trading LLC", "Maple Leaf Linen Corp",
            "Carolina Home Goods Inc", "Emirates Hotel Linen Trading LLC", "Jaffa Bay Imports Ltd",
            "Great Lakes Bedding Co", "Sunbelt Resort Supply Inc", "Doha Hospitality Trading WLL",
            "Atlantic Terry Inc", "Riyadh Home Textiles Co", "Golden Gate Linens Inc",
            "Boston Bath Co", "Kuwait Hotel Supplies Co"]


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.ids = Ids(random.Random(SEED + 1))
        self.customers = []
        self.cust = {}
        self.invoices = []
        self.inv = {}
        self.by_number = {}

    # ------------------------------------------------------------ customers
    def add_customer(self, name, kind, style, currencies, **kw):
        c = dict(id=self.ids.new("cu_", 6), name=name, kind=kind, style=style,
                 currencies=currencies, group=kw.get("group"), parent=kw.get("parent"))
        r = self.rng
        if style == "tr":
            c["tax"] = "".join(r.choice("0123456789") for _ in range(10))
        elif style == "gr":
            c["tax"] = "0" + "".join(r.choice("0123456789") for _ in range(8))
        elif style == "de":
            c["tax"] = "DE" + "".join(r.choice("0123456789") for _ in range(9))
            c["kdnr"] = str(r.randint(10000, 49999))
        elif style == "nl":
            c["tax"] = "".join(r.choice("0123456789") for _ in range(8))
            c["kdnr"] = str(r.randint(100000, 999999))
        elif style == "uk":
            c["tax"] = "GB" + "".join(r.choice("0123456789") for _ in range(9))
            c["acc"] = (squash(name).replace(" ", "")[:3].upper() + str(r.randint(100, 999)))
        else:
            c["tax"] = f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}"
        self.customers.append(c)
        self.cust[c["id"]] = c
        return c

    def make_customers(self):
        r = self.rng
        names = set()

        def uniq(n):
            assert n not in names, n
            names.add(n)
            return n

        tr_words = TR_WORDS[:]
        r.shuffle(tr_words)
        # sibling pairs with near-identical truncated names (Karaca ...)
        for w in tr_words[:4]:
            p = r.choice(TR_PRODUCTS[:4])
            a = self.add_customer(uniq(f"{w} {p} San. ve Tic. Ltd. Şti."), "tr_wholesale", "tr", ["TRY"])
            b = self.add_customer(uniq(f"{w} {p} Pazarlama A.Ş."), "tr_wholesale", "tr", ["TRY"])
            a["sibling"] = b["id"]
            b["sibling"] = a["id"]
        for i, w in enumerate(tr_words[4:91]):
            p, x = r.choice(TR_PRODUCTS), r.choice(TR_SUFFIX)
            if p == "Tekstil" and x.startswith("Tekstil"):
                x = TR_SUFFIX[0]
            n = f"{w} {p} {x}"
            cur = ["TRY", "USD"] if i % 4 == 0 else ["TRY"]
            if i % 29 == 5:
                cur = ["USD"]
            self.add_customer(uniq(n), "tr_wholesale", "tr", cur)
        grs = GR_SURNAMES[:]
        r.shuffle(grs)
        for i, s in enumerate(grs[:45]):
            f = GR_RETAIL_FORMS[i % len(GR_RETAIL_FORMS)]
            self.add_customer(uniq(f.format(s=s, S=gr_upper(s))), "gr_retail", "gr", ["EUR"])
        for parent, subs in GR_HOTEL_GROUPS:
            p = self.add_customer(uniq(parent), "gr_hotel", "gr", ["EUR"], group=parent)
            for s in subs:
                self.add_customer(uniq(s), "gr_hotel", "gr", ["EUR"], group=parent, parent=p["id"])
        for h in GR_HOTELS:
            self.add_customer(uniq(h), "gr_hotel", "gr", ["EUR"])
        des = DE_SURNAMES[:]
        r.shuffle(des)
        for i, s in enumerate(des[:38]):
            cur = ["EUR", "USD"] if i % 9 == 0 else ["EUR"]
            self.add_customer(uniq(DE_FORMS[i % len(DE_FORMS)].format(s=s)), "de_import", "de", cur)
        for n in DE_CHAINS:
            self.add_customer(uniq(n), "de_chain", "de", ["EUR"])
        nls = NL_SURNAMES[:]
        r.shuffle(nls)
        for i, s in enumerate(nls[:20]):
            n = NL_FORMS[i % len(NL_FORMS)].format(s=s, S=s[0].upper() + s[1:])
            self.add_customer(uniq(n), "nl_import", "nl", ["EUR"])
        for n in NL_CHAINS:
            self.add_customer(uniq(n), "nl_chain", "nl", ["EUR"])
        uks = UK_SURNAMES[:]
        r.shuffle(uks)
        for i, s in enumerate(uks[:38]):
            cur = ["GBP", "EUR"] if i % 5 == 0 else ["GBP"]
            self.add_customer(uniq(UK_FORMS[i % len(UK_FORMS)].format(s=s)), "uk_import", "uk", cur)
        for n in UK_CHAINS:
            self.add_customer(uniq(n), "uk_chain", "uk", ["GBP"])
        for n in US_NAMES:
            self.add_customer(uniq(n), "us_import", "us", ["USD"])

    # ------------------------------------------------------------ invoices
    def amount_for(self, c, cur, service=False):
        r = self.rng
        k = c["kind"]
        if service:
            lo, hi = 280, 4200
        elif cur == "TRY":
            lo, hi = 12000, 780000
        elif cur == "USD":
            lo, hi = (2500, 48000) if c["style"] == "tr" else (3500, 82000)
        elif cur == "GBP":
            lo, hi = (900, 26000) if k == "uk_chain" else (1500, 44000)
        else:
            lo, hi = {"gr_retail": (380, 9200), "gr_hotel": (1400, 36000), "de_chain": (1100, 24000),
                      "nl_chain": (900, 21000)}.get(k, (2800, 61000))
        import math
        v = math.exp(r.uniform(math.log(lo), math.log(hi)))
        if r.random() < 0.08:
            return D(round(v, -1))
        return D(v)

    def add_invoice(self, c, cur, issue, series, total, batch=None, tag=None):
        terms = {"tr": [60, 90, 120], "gr": [30, 60, 90], "de": [30, 45, 60], "nl": [30, 60],
                 "uk": [30, 60], "us": [60, 90]}[c["style"]]
        inv = dict(id=self.ids.new("in_"), number=None, customer_id=c["id"], customer_name=c["name"],
                   currency=cur, total=total, balance=total, issue_date=issue,
                   due_date=issue + timedelta(days=self.rng.choice(terms)),
                   series=series, batch=batch, tag=tag)
        self.invoices.append(inv)
        return inv

    def rand_issue(self):
        r = self.rng
        start = date(2025, 10, 1)
        span = (date(2026, 3, 27) - start).days
        d = start + timedelta(days=int(span * (r.random() ** 0.6)))
        while d.weekday() >= 5:
            d -= timedelta(days=1)
        return d

    def series_for(self, c, cur, service=False):
        if c["style"] == "tr":
            return "TKS"
        if c["style"] == "gr":
            return "ΤΠΥ-Β" if service else "ΤΔΑ-Α"
        return "IHR"

    def make_invoices(self):
        r = self.rng
        counts = {"tr_wholesale": (2, 7), "gr_retail": (2, 5), "gr_hotel": (2, 8), "de_import": (2, 7),
                  "de_chain": (5, 11), "nl_import": (2, 6), "nl_chain": (5, 10), "uk_import": (2, 6),
                  "uk_chain": (5, 11), "us_import": (2, 6)}
        batch_no = 0
        for c in self.customers:
            lo, hi = counts[c["kind"]]
            n = r.randint(lo, hi)
            for j in range(n):
                cur = c["currencies"][0] if (j % 3 or len(c["currencies"]) == 1) else c["currencies"][1]
                service = c["kind"] == "gr_hotel" and r.random() < 0.3
                ser = self.series_for(c, cur, service)
                self.add_invoice(c, cur, self.rand_issue(), ser, self.amount_for(c, cur, service))
            # store-by-store delivery batches with consecutive numbers (chains)
            if c["kind"] in ("de_chain", "nl_chain", "uk_chain") or (c["kind"] == "tr_wholesale" and r.random() < 0.12) \
                    or (c["kind"] == "gr_hotel" and c["parent"] and r.random() < 0.5):
                batch_no += 1
                d = self.rand_issue()
                cur = c["currencies"][0]
                for _ in range(r.randint(3, 5)):
                    self.add_invoice(c, cur, d, self.series_for(c, cur), self.amount_for(c, cur), batch=batch_no)
            # vade farki (late-payment interest) invoices for some Turkish wholesalers
            if c["style"] == "tr" and "TRY" in c["currencies"] and r.random() < 0.22:
                base = [i for i in self.invoices if i["customer_id"] == c["id"] and i["currency"] == "TRY"]
                if base:
                    b = r.choice(base)
                    vf = D(b["total"] * Decimal(r.choice(["0.025", "0.03", "0.035", "0.04"])))
                    d = min(b["issue_date"] + timedelta(days=r.randint(20, 50)), date(2026, 3, 25))
                    while d.weekday() >= 5:
                        d -= timedelta(days=1)
                    v = self.add_invoice(c, "TRY", d, "TKS", vf, tag="vf")
                    v["vf_of"] = b["id"]
        self.plant()
        self.number_invoices()
        # earlier part payments: some older invoices are open with a reduced balance
        for inv in self.invoices:
            if inv["tag"] is None and inv["batch"] is None and inv["issue_date"] < date(2026, 2, 1) \
                    and r.random() < 0.09:
                paid = D(inv["total"] * Decimal(r.choice(["0.2", "0.25", "0.3", "0.4", "0.5", "0.6"])))
                if r.random() < 0.5:
                    paid = D(round(paid, -2)) if inv["currency"] != "TRY" else D(round(paid, -3))
                if ZERO < paid < inv["total"]:
                    inv["balance"] = inv["total"] - paid
                    inv["tag"] = "prepaid"
        for inv in self.invoices:
            self.inv[inv["id"]] = inv
            self.by_number[inv["number"]] = inv
        # Greek tax numbers (ΑΦΜ, 9 digits) that contain one of the customer's own invoice numbers
        self.afm_decoys = []
        grc = [c for c in self.customers if c["style"] == "gr"]
        r.shuffle(grc)
        for c in grc:
            own = [i for i in self.invoices if i["customer_id"] == c["id"] and i["series"] == "ΤΔΑ-Α"
                   and i["tag"] is None and i["batch"] is None]
            if len(own) >= 3 and len(self.afm_decoys) < 6:
                d = r.choice(own)
                c["tax"] = f"0{r.randint(10, 99)}{d['seq']}{r.randint(0, 9)}"
                assert len(c["tax"]) == 9
                self.afm_decoys.append((c["id"], d))

    def plant(self):
        """Deliberate amount coincidences for the review scenarios."""
        r = self.rng
        # twins: one customer, two invoices with the same amount (standing orders)
        pool = [c for c in self.customers if c["kind"] in ("tr_wholesale", "gr_retail", "gr_hotel",
                                                           "de_import", "nl_import", "uk_import", "uk_chain")]
        r.shuffle(pool)
        uk = [c for c in pool if c["style"] == "uk"][:4]
        pool = uk + [c for c in pool if c not in uk]
        self.twin_customers = []
        for c in pool[:18]:
            cur = c["currencies"][0]
            amt = self.amount_for(c, cur)
            d1 = self.rand_issue()
            d2 = self.rand_issue()
            if c["style"] == "uk":
                d1 = date(2026, 1, 5) + timedelta(days=r.randint(0, 30))
                d2 = date(2026, 1, 5) + timedelta(days=r.randint(0, 30))
                d1 -= timedelta(days=max(0, d1.weekday() - 4))
                d2 -= timedelta(days=max(0, d2.weekday() - 4))
            a = self.add_invoice(c, cur, min(d1, d2), self.series_for(c, cur), amt, tag="twin")
            b = self.add_invoice(c, cur, max(d1, d2) if d1 != d2 else d1 + timedelta(days=7),
                                 self.series_for(c, cur), amt, tag="twin")
            self.twin_customers.append((c["id"], a, b))
        # pair = single: one invoice equals the sum of two others
        self.pairsum_customers = []
        for c in pool[18:28]:
            cur = c["currencies"][0]
            x = self.amount_for(c, cur)
            y = self.amount_for(c, cur)
            a = self.add_invoice(c, cur, self.rand_issue(), self.series_for(c, cur), x, tag="pairsum")
            b = self.add_invoice(c, cur, self.rand_issue(), self.series_for(c, cur), y, tag="pairsum")
            s = self.add_invoice(c, cur, self.rand_issue(), self.series_for(c, cur), x + y, tag="pairsum")
            self.pairsum_customers.append((c["id"], a, b, s))
        # cross twins: Turkish siblings with an invoice of the same amount each
        self.cross_twins = []
        seen = set()
        for c in self.customers:
            if c.get("sibling") and c["id"] not in seen:
                o = self.cust[c["sibling"]]
                seen.update([c["id"], o["id"]])
                amt = self.amount_for(c, "TRY")
                a = self.add_invoice(c, "TRY", self.rand_issue(), "TKS", amt, tag="xtwin")
                b = self.add_invoice(o, "TRY", self.rand_issue(), "TKS", amt, tag="xtwin")
                self.cross_twins.append((a, b))

    def number_invoices(self):
        r = self.rng
        start = {("TKS", 2025): 4112, ("TKS", 2026): 1, ("IHR", 2025): 603, ("IHR", 2026): 1,
                 ("ΤΔΑ-Α", 0): 10021, ("ΤΠΥ-Β", 0): 2183}
        gaps = {"TKS": 9, "IHR": 4, "ΤΔΑ-Α": 6, "ΤΠΥ-Β": 3}
        key = lambda i: (i["issue_date"], i["batch"] or 0, i["id"])
        nxt = dict(start)
        last_batch = {}
        for inv in sorted(self.invoices, key=key):
            ser = inv["series"]
            k = (ser, inv["issue_date"].year if ser in ("TKS", "IHR") else 0)
            if inv["batch"] and last_batch.get(k) == inv["batch"]:
                seq = nxt[k]
                nxt[k] = seq + 1
            else:
                seq = nxt[k] + r.randint(0, gaps[ser] - 1)
                nxt[k] = seq + 1
            last_batch[k] = inv["batch"]
            if ser in ("TKS", "IHR"):
                inv["number"] = f"{ser}{k[1]}{seq:09d}"
                assert len(inv["number"]) == 16
            else:
                inv["number"] = f"{ser}-{seq}"
            inv["seq"] = seq

    # ------------------------------------------------------------ output
    def invoice_rows(self):
        out = []
        for inv in sorted(self.invoices, key=lambda i: (i["customer_name"], i["issue_date"], i["number"])):
            out.append({"id": inv["id"], "number": inv["number"], "customer_id": inv["customer_id"],
                        "customer_name": inv["customer_name"], "currency": inv["currency"],
                        "total": s2(inv["total"]), "balance": s2(inv["balance"]),
                        "issue_date": inv["issue_date"].isoformat(), "due_date": inv["due_date"].isoformat()})
        return out


# ==================================================================== payments
BANKS_LC = ["EMIRATES NBD BANK PJSC", "QATAR NATIONAL BANK QPSC", "BANK LEUMI LE-ISRAEL BM",
            "CITIBANK NA NEW YORK", "NATIONAL BANK OF KUWAIT SAK", "AL RAJHI BANKING AND INV CORP",
            "JPMORGAN CHASE BANK NA"]
BANKS_DC = ["HSBC UK BANK PLC", "BARCLAYS BANK UK PLC", "LLOYDS BANK CORPORATE MARKETS",
            "NATWEST MARKETS PLC"]
UNKNOWN_PAYERS = [("PAYPAL EUROPE S.A.R.L. ET CIE", "PP*7K2Q9 PAYMENT"), ("WISE PAYMENTS LIMITED", "TRANSFER 81123-REF"),
                  ("WESTERN UNION INTERNATIONAL", "WU MTCN 4410286695"), ("MEHMET YILMAZ", "ODEME"),
                  ("ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΑΚΗΣ", "ΚΑΤΑΘΕΣΗ"), ("KLAUS MEIER", "Zahlung"),
                  ("REVOLUT BANK UAB", "Payment to Liman Tekstil"), ("MR J A THORNBURY", "INVOICE PAYMENT"),
                  ("STICHTING DERDENGELDEN BUCKAROO", "Uitbetaling 2026-03 ref 77120")]
FACTORS = ["ANADOLU FAKTORING A.S.", "DENIZ FAKTORING A.S.", "EGE TEDARIKCI FINANSMANI A.S."]


class Gen(Builder):
    def setup_state(self):
        self.bal = {i["id"]: i["balance"] for i in self.invoices}
        self.invs_by_cust = {}
        for i in sorted(self.invoices, key=lambda i: (i["due_date"], i["number"])):
            self.invs_by_cust.setdefault(i["customer_id"], []).append(i)
        self.used = set()
        for _, d in self.afm_decoys:
            self.used.add(d["id"])
        self.payments = []
        self.labels = []
        self.pending = []
        self.paid_by = {}
        self.failures = {}
        d = date(2026, 3, 2)
        self.days = []
        while d <= date(2026, 4, 17):
            if d.weekday() < 5:
                self.days.append(d)
            d += timedelta(days=1)

    # ------------------------------------------------------------ queries
    def cust_invs(self, cid, cur=None):
        return [i for i in self.invs_by_cust.get(cid, []) if cur is None or i["currency"] == cur]

    def open_invs(self, cid, cur):
        return [i for i in self.cust_invs(cid, cur) if self.bal[i["id"]] > 0]

    def fresh(self, cid, cur, tags=(None,), full=True):
        lim = self.pdate - timedelta(days=3)
        return [i for i in self.cust_invs(cid, cur)
                if i["id"] not in self.used and i["tag"] in tags and i["issue_date"] <= lim
                and self.bal[i["id"]] > 0 and (not full or self.bal[i["id"]] == i["total"])]

    def subset_hits(self, cid, cur, amt, maxk=3):
        op = self.open_invs(cid, cur)
        hits = []
        for k in range(1, maxk + 1):
            for comb in itertools.combinations(op, k):
                if sum(self.bal[i["id"]] for i in comb) == amt:
                    hits.append(frozenset(i["id"] for i in comb))
        return hits

    def global_hits(self, cur, amt):
        return [i["id"] for i in self.invoices if i["currency"] == cur and self.bal[i["id"]] == amt]

    def clean(self, cid, cur, amt, expect=()):
        """True when the only invoice sets of the customer (up to 3 invoices) and the only
        single invoices anywhere in the currency whose open balance equals amt are `expect`."""
        exp = {frozenset(x) for x in expect}
        if amt <= 0:
            return False
        if cid:
            for h in self.subset_hits(cid, cur, amt):
                if h not in exp:
                    return False
        singles = {next(iter(e)) for e in exp if len(e) == 1}
        return all(g in singles for g in self.global_hits(cur, amt))

    def pick_cust(self, styles=None, kinds=None, cur=None, need=1, tags=(None,), full=True, pred=None):
        r = self.rng
        cands = []
        for c in self.customers:
            if styles and c["style"] not in styles:
                continue
            if kinds and c["kind"] not in kinds:
                continue
            for cu in c["currencies"]:
                if cur and cu != cur:
                    continue
                f = self.fresh(c["id"], cu, tags, full)
                if len(f) >= need and (pred is None or pred(c, cu, f)):
                    cands.append((c, cu, f))
        if not cands:
            return None
        return cands[r.randrange(len(cands))]

    # ------------------------------------------------------------ text helpers
    def payer_of(self, c):
        r = self.rng
        st, n = c["style"], c["name"]
        if st == "tr":
            x = tr_bank(n)
            if r.random() < 0.5:
                x = squash(x)
            return x[:r.choice([30, 32, 35, 40])].rstrip()
        if st == "gr":
            x = gr_upper(n) if r.random() < 0.45 else gr_latin(n)
            if r.random() < 0.5:
                x = squash(x)
            return x[:35].rstrip()
        if st == "de":
            x = de_fold(n)
            if r.random() < 0.5:
                x = x.upper()
            return x[:27].rstrip() if r.random() < 0.4 else x
        if st == "nl":
            return n.upper().replace("B.V.", "BV").replace("N.V.", "NV").replace("V.O.F.", "VOF")
        if st == "uk":
            return squash(n).upper()[:18].rstrip()
        return n.upper()

    def known(self, p=0.72):
        return self.rng.random() < p

    def wn(self, inv, short=False):
        """An invoice number as a customer writes it."""
        r = self.rng
        n = inv["number"]
        if inv["series"] in ("ΤΔΑ-Α", "ΤΠΥ-Β"):
            ser, seq = n.rsplit("-", 1)
            if short:
                return r.choice([f"ΤΙΜ. {seq}", f"ΤΙΜ {seq}", f"Τ.Δ.Α. {seq}" if ser == "ΤΔΑ-Α" else f"Τ.Π.Υ. {seq}",
                                 f"ΑΡ. {seq}", f"ΤΙΜΟΛΟΓΙΟ {seq}"])
            return r.choice([n, n, ser.replace("-", " ") + " " + seq, ser + " " + seq, ser.replace("-", "") + seq])
        if short:
            seq = inv["seq"]
            y = inv["issue_date"].year
            if inv["series"] == "TKS":
                return r.choice([f"FT NO {seq}", f"{seq} NOLU FT", f"{y}/{seq}", f"{y}{seq:09d}", f"TKS{y}-{seq}"])
            return r.choice([f"INV {seq}", f"IHR-{y % 100}-{seq:04d}", f"{y}{seq:09d}", f"IHR {y}/{seq}"])
        if r.random() < 0.07 and inv["series"] in ("TKS", "IHR"):
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        return n

    def joinn(self, c, nums):
        r = self.rng
        st = c["style"]
        if len(nums) == 1:
            return nums[0]
        seps = {"tr": [", ", " VE ", " - ", " "], "gr": [", ", " ΚΑΙ ", " - ", " "],
                "de": [", ", " u. ", " / ", " "], "nl": [", ", " en ", " / ", " "],
                "uk": [", ", " & ", " "], "us": [", ", " / ", " "]}[st]
        sep = r.choice(seps)
        if sep.strip() in ("VE", "ΚΑΙ", "u.", "en", "&"):
            return ", ".join(nums[:-1]) + sep + nums[-1]
        return sep.join(nums)

    def dekont(self):
        return "".join(self.rng.choice("0123456789") for _ in range(self.rng.choice([11, 12, 13])))

    def po(self, c):
        r = self.rng
        return {"tr": f"SIP-{r.randint(2026001, 2026499)}", "gr": f"ΠΑΡ {r.randint(1200, 4800)}",
                "de": f"4500{r.randint(100000, 999999)}", "nl": f"PO{r.randint(700000, 799999)}",
                "uk": f"PO{r.randint(10000, 99999)}", "us": f"PO {r.randint(100000, 999999)}"}[c["style"]]

    def ref_text(self, c, nums, kind="pay", extra=""):
        """Bank reference line for a payment naming invoices `nums` (already written forms)."""
        r = self.rng
        st = c["style"]
        n = self.joinn(c, nums) if nums else ""
        payer = self.payer_of(c)
        if st == "tr":
            t = {"pay": ["{n} nolu fatura ödemesi", "FATURA NO: {n}", "FT.NO {n} DEKONT NO {dek}",
                         "{p} {n} FATURA BEDELİ", "Cari hesap ödemesi - fatura no {n}",
                         "Açıklama: {n} numaralı fatura bedeli", "{n} FAT. KARŞ. VKN:{vkn}", "HAVALE/{n}/{p}",
                         "FAST {n} ÖDEMESİ"],
                 "part": ["{n} KISMİ ÖDEME", "{n} nolu faturaya istinaden kısmi ödeme", "FT NO {n} 1. TAKSİT",
                          "{n} FATURA BEDELİNİN BİR KISMI", "Cari hesaba mahsuben kısmi ödeme FT {n}"]}[kind]
            s = r.choice(t).format(n=n, dek=self.dekont(), p=payer[:20].rstrip(), vkn=c["tax"])
            s = (s + " " + extra).strip()
            return tr_bank(s) if r.random() < 0.65 else s
        if st == "gr":
            t = {"pay": ["ΕΞΟΦΛΗΣΗ ΤΙΜ. {n}", "ΕΞΟΦΛΗΣΗ ΤΙΜΟΛΟΓΙΟΥ {n}", "ΠΛΗΡΩΜΗ ΤΙΜΟΛΟΓΙΩΝ {n}",
                         "ΠΛΗΡΩΜΗ {n} ΑΦΜ {afm}", "{p} ΤΙΜ {n}", "ΤΙΜΟΛΟΓΙΟ {n}", "ΕΞΟΦΛΗΣΗ {n} ΑΦΜ {afm}"],
                 "part": ["ΕΝΑΝΤΙ ΤΙΜ. {n}", "ΕΝΑΝΤΙ ΤΙΜΟΛΟΓΙΟΥ {n}", "ΜΕΡΙΚΗ ΕΞΟΦΛΗΣΗ {n}",
                          "ΕΝΑΝΤΙ {n} ΑΦΜ {afm}"]}[kind]
            s = r.choice(t).format(n=n, afm=c["tax"], p=gr_upper(payer)[:20].rstrip())
            s = (s + " " + extra).strip()
            return gr_latin(s) if r.random() < 0.5 else gr_upper(s)
        if st == "de":
            t = {"pay": ["EREF+{eref} SVWZ+RE {n} KD-NR {kd}", "Rechnung {n}", "RG-NR. {n} KD {kd}",
                         "Re.-Nr. {n} Kunden-Nr. {kd}", "SVWZ+Rechnung {n} ABWA+{p}", "Ausgleich Rechnung {n}"],
                 "part": ["Teilzahlung RE {n}", "Abschlagszahlung zu Rechnung {n}", "Akonto RE {n} KD-NR {kd}",
                          "1. Rate Rechnung {n}"]}[kind]
            s = r.choice(t).format(n=n, eref=f"E2E{r.randint(10 ** 9, 10 ** 10 - 1)}", kd=c["kdnr"], p=payer)
        elif st == "nl":
            t = {"pay": ["factuur {n}", "Betaling fact. {n} klantnr {kd}", "/TRTP/SEPA OVERBOEKING/REMI/{n}/EREF/{eref}",
                         "fact {n} ons kenmerk {po}", "Factuurnr {n}"],
                 "part": ["deelbetaling factuur {n}", "gedeeltelijke betaling fact. {n}", "1e termijn factuur {n}"]}[kind]
            s = r.choice(t).format(n=n, kd=c["kdnr"], eref=f"NOTPROVIDED" if r.random() < 0.5 else f"{r.randint(10 ** 9, 10 ** 10 - 1)}",
                                   po=self.po(c))
        elif st == "uk":
            t = {"pay": ["{n}"], "part": ["PART PAY {n}", "PT PMT {n}"]}[kind]
            s = r.choice(t).format(n=n)
            s = s.upper()[:18]
            return s
        else:
            t = {"pay": ["/INV/{n}", "INVOICE {n} {po}", "PAYMENT OF INV {n}", "INV {n} /ROC/{po}", "{n}"],
                 "part": ["PARTIAL PAYMENT INV {n}", "1ST INSTALLMENT INV {n}", "PART PMT {n}"]}[kind]
            s = r.choice(t).format(n=n, po=self.po(c))
        return (s + " " + extra).strip()

    def money(self, c, amt, cur):
        st = c["style"] if c else "us"
        sym = {"TRY": "TL", "EUR": "€", "USD": "USD", "GBP": "£"}[cur]
        if st in ("tr", "gr", "de", "nl"):
            if cur == "EUR" and st in ("de", "nl"):
                return f"{fmt_eu(amt)} EUR" if st == "de" else f"€ {fmt_eu(amt)}"
            if cur == "GBP":
                return f"{fmt_eu(amt)} GBP"
            return f"{fmt_eu(amt)} {sym}"
        if cur == "GBP":
            return f"£{fmt_en(amt)}"
        if cur == "EUR":
            return f"EUR {fmt_en(amt)}"
        return f"{cur} {fmt_en(amt)}"

    def remit(self, c, cur, lines, total, extras=(), intro=None, outro=None):
        """Remittance advice text. lines: [(number as written, issue date or None, amount)].
        extras: [(label, amount)] deduction lines, shown negative."""
        r = self.rng
        st = c["style"]
        name = c["name"]
        d = self.pdate
        L = []
        if st == "tr":
            L.append(r.choice(["Ödeme Bildirimi", "ÖDEME BİLDİRİMİ", "Konu: Ödeme bilgisi"]))
            L.append("Sayın Liman Tekstil Muhasebe,")
            L.append(intro or f"{dmy(d)} tarihinde {self.money(c, total, cur)} tutarında ödeme yapılmıştır. Ödeme detayı aşağıdadır:")
            L.append("Fatura No            Tarih        Tutar")
            for n, idt, a in lines:
                L.append(f"{n:<20} {dmy(idt) if idt else '':<12} {self.money(c, a, cur)}")
            for lab, a in extras:
                L.append(f"{lab}: -{self.money(c, a, cur)}")
            L.append(f"Toplam ödenen: {self.money(c, total, cur)}")
            if outro:
                L.append(outro)
            L.append(r.choice(["Dekont ektedir.", "Bilgilerinize sunarız.", "Cari hesabımıza işlenmesini rica ederiz."]))
            L.append(f"Saygılarımızla,\n{name}\nMuhasebe Departmanı")
        elif st == "gr":
            L.append("Αξιότιμοι κύριοι,")
            L.append(intro or f"Σας γνωστοποιούμε ότι σήμερα {dmy(d, '/')} έγινε κατάθεση ποσού {self.money(c, total, cur)} "
                              "για την εξόφληση των παρακάτω παραστατικών:")
            for n, idt, a in lines:
                L.append(f"{n} / {dmy(idt, '/') if idt else '-'} — {self.money(c, a, cur)}")
            for lab, a in extras:
                L.append(f"{lab}: -{self.money(c, a, cur)}")
            L.append(f"Σύνολο κατάθεσης: {self.money(c, total, cur)}")
            if outro:
                L.append(outro)
            L.append(f"Με εκτίμηση,\nΛογιστήριο {name}")
        elif st == "de":
            L.append("Zahlungsavis")
            L.append("Sehr geehrte Damen und Herren,")
            L.append(intro or f"wir haben am {dmy(d)} folgende Rechnungen zur Zahlung angewiesen:")
            L.append(f"Rechnungsnr.          Datum        Betrag {cur}")
            for n, idt, a in lines:
                L.append(f"{n:<21} {dmy(idt) if idt else '':<12} {fmt_eu(a)}")
            for lab, a in extras:
                L.append(f"{lab:<34} -{fmt_eu(a)}")
            L.append(f"Zahlbetrag: {fmt_eu(total)} {cur}")
            if outro:
                L.append(outro)
            L.append(f"Mit freundlichen Grüßen\nKreditorenbuchhaltung\n{name}")
        elif st == "nl":
            L.append("Betalingsadvies")
            L.append("Geachte heer/mevrouw,")
            L.append(intro or f"Hierbij ontvangt u de specificatie van onze betaling van {self.money(c, total, cur)} d.d. {dmy(d, '-')}:")
            for n, idt, a in lines:
                L.append(f"Factuurnr. {n}  {dmy(idt, '-') if idt else ''}  {self.money(c, a, cur)}")
            for lab, a in extras:
                L.append(f"{lab}  -{self.money(c, a, cur)}")
            L.append(f"Totaal: {self.money(c, total, cur)}")
            if outro:
                L.append(outro)
            L.append(f"Met vriendelijke groet,\nCrediteurenadministratie {name}")
        elif st == "uk":
            L.append("REMITTANCE ADVICE")
            L.append(name.upper())
            L.append(f"Payment date: {dmy(d, '/')}   Method: BACS")
            if intro:
                L.append(intro)
            L.append("Your ref            Date        Amount")
            for n, idt, a in lines:
                L.append(f"{n:<19} {dmy(idt, '/') if idt else '':<11} {self.money(c, a, cur)}")
            for lab, a in extras:
                L.append(f"{lab:<31} -{self.money(c, a, cur)}")
            L.append(f"Total paid: {self.money(c, total, cur)}")
            if outro:
                L.append(outro)
            L.append("Please contact accounts.payable if you have any queries.")
        else:
            L.append(f"Payment advice - {name}")
            L.append(f"Value date: {d.month:02d}/{d.day:02d}/{d.year}")
            if intro:
                L.append(intro)
            L.append("Invoice              Amount")
            for n, idt, a in lines:
                L.append(f"{n:<20} {self.money(c, a, cur)}")
            for lab, a in extras:
                L.append(f"{lab}  -{self.money(c, a, cur)}")
            L.append(f"Wire amount: {self.money(c, total, cur)}")
            if outro:
                L.append(outro)
        return "\n".join(L)

    def generic_ref(self, c):
        r = self.rng
        st = c["style"]
        m = {3: "MART", 4: "NİSAN"}[self.pdate.month]
        if st == "tr":
            s = r.choice([f"{m} AYI CARİ HESAP ÖDEMESİ", "CARİ HESAP", "ÖDEME", f"VKN {c['tax']} ÖDEME",
                          "Mal bedeli", f"DEKONT NO {self.dekont()}", "HAVALE"])
            return tr_bank(s) if r.random() < 0.6 else s
        if st == "gr":
            s = r.choice(["ΠΛΗΡΩΜΗ", "ΚΑΤΑΘΕΣΗ", f"ΑΦΜ {c['tax']}", "ΕΞΟΦΛΗΣΗ ΛΟΓΑΡΙΑΣΜΟΥ", "IRIS ΠΛΗΡΩΜΗ"])
            return gr_latin(s) if r.random() < 0.5 else s
        if st == "de":
            return r.choice([f"Kd-Nr. {c['kdnr']}", "Zahlung", f"Lieferantenzahlung {dmy(self.pdate)}",
                             f"EREF+NOTPROVIDED SVWZ+KD {c['kdnr']}"])
        if st == "nl":
            return r.choice([f"klantnr {c['kdnr']}", "betaling", f"betalingskenmerk {r.randint(10 ** 15, 10 ** 16 - 1)}"])
        if st == "uk":
            return r.choice([c["acc"], "SUPPLIER PAYMENT", f"{c['acc']} REMIT", "BACS PAYMENT"])[:18]
        return r.choice(["PAYMENT", f"/ROC/{self.po(c)}", "TRADE PAYMENT"])

    # ------------------------------------------------------------ emission
    def emit(self, amount, cur, payer, cid, ref, remit, status, apps, unapplied=ZERO, short=None,
             cands=(), reason="", scen="", note="", pid=None):
        amount = D(amount)
        unapplied = D(unapplied)
        assert sum((a for _, a in apps), ZERO) + unapplied == amount, (scen, amount, apps, unapplied)
        seen = set()
        for inv, a in apps:
            assert inv["currency"] == cur, scen
            assert ZERO < a <= self.bal[inv["id"]], (scen, inv["number"], a, self.bal[inv["id"]])
            assert inv["id"] not in seen
            seen.add(inv["id"])
            assert inv["issue_date"] <= self.pdate, scen
        after = {inv["id"]: self.bal[inv["id"]] - a for inv, a in apps}
        if status == "applied":
            assert apps and unapplied == 0 and short is None and all(v == 0 for v in after.values()), scen
        elif status == "partial":
            assert apps and unapplied == 0 and any(v > 0 for v in after.values()), scen
        elif status == "unapplied":
            assert unapplied > 0 and short is None, scen
        elif status == "review":
            assert not apps and unapplied == amount and short is None, scen
        else:
            raise AssertionError(status)
        if short:
            sinv, samt, sreason = short
            assert sinv["id"] in after and after[sinv["id"]] == samt and samt > 0, scen
        for cand in cands:
            for inv in cand:
                assert inv["currency"] == cur and self.bal[inv["id"]] > 0
        pid = pid or self.ids.new("py_", 10)
        pay = {"id": pid, "date": self.pdate.isoformat(), "amount": s2(amount), "currency": cur,
               "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": remit}
        lab = {"payment_id": pid, "status": status,
               "applications": [{"invoice_id": inv["id"], "amount": s2(a)} for inv, a in apps],
               "unapplied": s2(unapplied),
               "short_pay": ({"invoice_id": short[0]["id"], "amount": s2(short[1]), "reason": short[2]}
                             if short else None),
               "candidates": [[inv["id"] for inv in cand] for cand in cands],
               "reason": reason, "scenario": scen, "note": note}
        for inv, a in apps:
            self.bal[inv["id"]] -= a
            self.used.add(inv["id"])
            self.paid_by.setdefault(inv["id"], []).append(pid)
        for cand in cands:
            for inv in cand:
                self.used.add(inv["id"])
        self.payments.append(pay)
        self.labels.append(lab)
        return pay

    def emit_error(self, pay, error, scen, note):
        self.payments.append(pay)
        self.labels.append({"payment_id": pay["id"], "status": "error", "applications": [], "unapplied": None,
                            "short_pay": None, "candidates": [], "reason": error,
                            "scenario": scen, "note": note, "error": error})
        return True

    def later(self, lo, hi, fn):
        self.pending.append((len(self.payments) + self.rng.randint(lo, hi), fn))

    def nums(self, invs):
        return ", ".join(i["number"] for i in invs)

    # ============================================================ name matching
    @staticmethod
    def name_keys(s):
        keys = set()
        for v in (tr_bank(s), de_fold(s).upper(), strip_accents(s).upper()):
            v = gr_latin(v)
            keys.add("".join(ch for ch in v if ch.isalnum()))
        return keys

    def name_matches(self, payer):
        pk = self.name_keys(payer)
        out = []
        for c in self.customers:
            ck = self.name_keys(c["name"])
            if any(a.startswith(b) for a in ck for b in pk if b):
                out.append(c["id"])
        return out

    # ============================================================ applied scenarios
    def sc_exact(self):
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = self.rng.choice(f)
        amt = self.bal[inv["id"]]
        ref = self.ref_text(c, [self.wn(inv)])
        remit = None
        if self.rng.random() < 0.22:
            remit = self.remit(c, cur, [(inv["number"], inv["issue_date"], amt)], amt)
        cid = c["id"] if self.known() else None
        p = self.emit(amt, cur, self.payer_of(c), cid, ref, remit, "applied", [(inv, amt)],
                      reason=f"reference {inv['number']} and exact balance", scen="exact_ref",
                      note=f"{c['style']}: the reference names {inv['number']}; the amount equals its open balance")
        if self.rng.random() < 0.075:
            first = p["id"]

            def dup():
                if self.bal[inv["id"]] != 0 or not self.clean(c["id"], cur, amt):
                    return False
                ref2 = self.ref_text(c, [self.wn(inv)])
                self.emit(amt, cur, self.payer_of(c), c["id"], ref2, None, "unapplied", [], unapplied=amt,
                          reason=f"{inv['number']} was already paid by {first}; held on account",
                          scen="duplicate_payment",
                          note=f"the customer paid {inv['number']} a second time (first payment {first}); "
                               "nothing is open for it and no other invoice fits")
                return True
            self.later(8, 70, dup)
        return True

    def sc_exact_twin(self):
        r = self.rng
        opts = [(cid, a, b) for cid, a, b in self.twin_customers
                if a["id"] not in self.used and b["id"] not in self.used
                and b["issue_date"] <= self.pdate - timedelta(days=3)]
        if not opts:
            return False
        cid, a, b = r.choice(opts)
        c = self.cust[cid]
        inv = r.choice([a, b])
        amt = self.bal[inv["id"]]
        self.emit(amt, inv["currency"], self.payer_of(c), cid if self.known() else None,
                  self.ref_text(c, [self.wn(inv)]), None, "applied", [(inv, amt)],
                  reason=f"reference {inv['number']}; amount alone would also fit the twin invoice",
                  scen="exact_ref_twin_amount",
                  note="the customer has two open invoices with the same amount; the reference picks one")
        self.used.add(a["id"])
        self.used.add(b["id"])
        return True

    def sc_ref_in_remit(self):
        r = self.rng
        k = r.choice([1, 1, 2, 3])
        x = self.pick_cust(need=k)
        if not x:
            return False
        c, cur, f = x
        invs = sorted(r.sample(f, k), key=lambda i: i["number"])
        amt = sum(self.bal[i["id"]] for i in invs)
        lines = [(self.wn(i), i["issue_date"], self.bal[i["id"]]) for i in invs]
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known() else None, self.generic_ref(c),
                  self.remit(c, cur, lines, amt), "applied", [(i, self.bal[i["id"]]) for i in invs],
                  reason="remittance advice lists the invoices; amounts agree",
                  scen="remittance_only",
                  note=f"bank reference is generic; the remittance advice lists {self.nums(invs)}")
        return True

    def sc_multi(self):
        r = self.rng
        k = r.choice([2, 2, 3, 3, 4, 5])
        x = self.pick_cust(need=k)
        if not x:
            return False
        c, cur, f = x
        invs = sorted(r.sample(f, k), key=lambda i: i["number"])
        amt = sum(self.bal[i["id"]] for i in invs)
        apps = [(i, self.bal[i["id"]]) for i in invs]
        written = [self.wn(i) for i in invs]
        if c["style"] == "uk":
            ref = self.generic_ref(c)
            remit = self.remit(c, cur, [(w, i["issue_date"], a) for w, (i, a) in zip(written, apps)], amt)
            how = "remittance advice"
        else:
            ref = self.ref_text(c, written)
            remit = None
            how = "reference"
            if len(ref) > 140 or r.random() < 0.3:
                if len(ref) > 140:
                    ref = ref[:140]
                remit = self.remit(c, cur, [(w, i["issue_date"], a) for w, (i, a) in zip(written, apps)], amt)
                how = "reference (cut at 140 characters) and remittance advice" if len(ref) == 140 else "reference and remittance"
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known() else None, ref, remit, "applied", apps,
                  reason=f"{k} invoices listed; the sum equals the payment", scen="multi_invoice",
                  note=f"{how} lists {self.nums(invs)}; their balances add up to the amount")
        return True

    def sc_range(self):
        r = self.rng
        opts = []
        for c in self.customers:
            for cur in c["currencies"]:
                f = self.fresh(c["id"], cur)
                by = {}
                for i in f:
                    if i["batch"]:
                        by.setdefault(i["batch"], []).append(i)
                for bno, invs in by.items():
                    allb = [i for i in self.invoices if i["batch"] == bno]
                    if len(invs) == len(allb) and len(invs) >= 3:
                        opts.append((c, cur, sorted(invs, key=lambda i: i["seq"])))
        if not opts:
            return False
        c, cur, invs = r.choice(opts)
        if len(invs) > 3 and r.random() < 0.5:
            invs = invs[:r.randint(3, len(invs) - 1)] if r.random() < 0.5 else invs[1:]
        seqs = [i["seq"] for i in invs]
        assert seqs == list(range(seqs[0], seqs[-1] + 1))
        lo, hi = invs[0], invs[-1]
        st = c["style"]
        amt = sum(self.bal[i["id"]] for i in invs)
        remit = None
        if st == "tr":
            ref = r.choice([f"{lo['number']}-{hi['seq']} ARASI FATURALAR", f"{lo['number']} İLA {hi['number']} FATURALARI",
                            f"FT NO {lo['number']} - {hi['number'][-3:]}"])
            ref = tr_bank(ref) if r.random() < 0.6 else ref
        elif st == "gr":
            ser = lo["series"]
            ref = r.choice([f"ΕΞΟΦΛΗΣΗ ΤΙΜ. {ser} {lo['seq']} ΕΩΣ {hi['seq']}", f"ΤΙΜ {lo['seq']}-{hi['seq']}",
                            f"ΤΙΜΟΛΟΓΙΑ {ser} {lo['seq']} - {hi['seq']}"])
            ref = gr_latin(ref) if r.random() < 0.5 else ref
        elif st == "de":
            ref = r.choice([f"RE {lo['number']} BIS {hi['seq']}", f"Rechnungen {lo['number']}-{hi['seq']:04d}",
                            f"SVWZ+RG {lo['number']} - {hi['number']} KD {c['kdnr']}"])
        elif st == "nl":
            ref = r.choice([f"facturen {lo['number']} t/m {hi['seq']}", f"fact. {lo['number']} tm {hi['number']}"])
        elif st == "uk":
            ref = f"INVS {lo['seq']:06d}-{hi['seq']:06d}"[:18]
            remit = self.remit(c, cur, [(f"{lo['number']} to {hi['number']}", lo["issue_date"], amt)], amt,
                               intro=f"Store deliveries, {len(invs)} invoices")
        else:
            ref = f"INV {lo['number']} THRU {hi['seq']}"
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known(0.8) else None, ref, remit, "applied",
                  [(i, self.bal[i["id"]]) for i in invs],
                  reason=f"range {lo['number']}..{hi['number']} ({len(invs)} invoices); sum equals payment",
                  scen="invoice_range",
                  note=f"the reference gives a range of consecutive numbers {lo['number']} to {hi['number']}, "
                       "all of them this customer's; their balances add up to the amount")
        return True

    def sc_amount_only(self):
        r = self.rng
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        amt = self.bal[inv["id"]]
        if not self.clean(c["id"], cur, amt, [{inv["id"]}]):
            return False
        self.emit(amt, cur, self.payer_of(c), c["id"], self.generic_ref(c), None, "applied", [(inv, amt)],
                  reason=f"known customer; amount equals exactly one open invoice ({inv['number']})",
                  scen="amount_only",
                  note="no invoice number anywhere; the customer id is given and the amount matches one open "
                       "invoice of that customer, no combination of its invoices, and no other invoice in the currency")
        return True

    def sc_name_only(self):
        r = self.rng
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        amt = self.bal[inv["id"]]
        payer = self.payer_of(c)
        if self.name_matches(payer) != [c["id"]] or len(payer) < 12:
            return False
        if not self.clean(c["id"], cur, amt, [{inv["id"]}]):
            return False
        ref = self.generic_ref(c)
        self.emit(amt, cur, payer, None, ref, None, "applied", [(inv, amt)],
                  reason=f"payer name identifies {c['name']}; amount equals exactly one open invoice",
                  scen="payer_name_amount",
                  note=f"customer_id is null; the truncated/folded payer name matches only {c['name']}; "
                       "the amount matches one invoice and nothing else in the currency")
        return True

    def sc_shortnum(self):
        r = self.rng
        x = self.pick_cust(tags=(None,))
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        amt = self.bal[inv["id"]]
        w = self.wn(inv, short=True)
        if str(inv["issue_date"].year) not in w and \
                any(i["seq"] == inv["seq"] and i["id"] != inv["id"] for i in self.invs_by_cust[c["id"]]):
            return False
        st = c["style"]
        if st == "tr":
            ref = r.choice([f"{w} ÖDEMESİ", f"Açıklama: {w}", f"CARİ HESAP {w}"])
            ref = tr_bank(ref) if r.random() < 0.6 else ref
        elif st == "gr":
            ref = r.choice([f"ΕΞΟΦΛΗΣΗ {w}", f"ΠΛΗΡΩΜΗ {w}", f"{w}"])
            ref = gr_latin(ref) if r.random() < 0.6 else ref
        elif st == "uk":
            ref = w[:18]
        else:
            ref = r.choice([f"Rechnung {w}" if st == "de" else f"factuur {w}" if st == "nl" else f"INVOICE {w}", w])
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known(0.85) else None, ref, None, "applied",
                  [(inv, amt)], reason=f"abbreviated number '{w}' is {inv['number']}; amount agrees",
                  scen="short_number",
                  note=f"the reference writes {inv['number']} as '{w}' (abbreviated or transliterated); "
                       "the amount equals its balance")
        return True

    def sc_lump_all(self):
        r = self.rng
        opts = []
        lim = self.pdate - timedelta(days=3)
        for c in self.customers:
            for cur in c["currencies"]:
                op = self.open_invs(c["id"], cur)
                if 2 <= len(op) <= 5 and all(i["issue_date"] <= lim and i["tag"] in (None, "prepaid") for i in op) \
                        and all(i["issue_date"] <= lim for i in self.cust_invs(c["id"], cur)):
                    opts.append((c, cur, op))
        if not opts:
            return False
        c, cur, op = r.choice(opts)
        amt = sum(self.bal[i["id"]] for i in op)
        st = c["style"]
        ref = {"tr": r.choice(["CARİ HESAP BAKİYESİ KAPATMA", "MART 2026 EKSTRE BAKİYESİ", "CARİ HESAP KAPANIŞ ÖDEMESİ"]),
               "gr": r.choice(["ΕΞΟΦΛΗΣΗ ΥΠΟΛΟΙΠΟΥ ΚΑΡΤΕΛΑΣ", "ΥΠΟΛΟΙΠΟ ΛΟΓΑΡΙΑΣΜΟΥ"]),
               "de": r.choice(["Ausgleich Kontoauszug per 28.02.2026", "Saldoausgleich lt. Kontoauszug"]),
               "nl": r.choice(["saldo rekeningoverzicht", "voldoening openstaand saldo"]),
               "uk": r.choice(["STATEMENT BALANCE", "STMT FEB 2026"]),
               "us": r.choice(["BALANCE PER STATEMENT", "PAYMENT OF STATEMENT BALANCE"])}[st]
        if st == "tr":
            ref = tr_bank(ref)
        self.emit(amt, cur, self.payer_of(c), c["id"], ref, None, "applied", [(i, self.bal[i["id"]]) for i in op],
                  reason="lump equals the customer's whole open balance in this currency",
                  scen="lump_statement",
                  note=f"no invoice numbers; the amount equals the sum of all {len(op)} open invoices of the customer "
                       f"({self.nums(op)})")
        return True

    def pay_remainder(self, c, inv, scen, note):
        r = self.rng
        amt = self.bal[inv["id"]]
        w = self.wn(inv)
        st = c["style"]
        if st == "uk":
            ref = w[:18]
            remit = self.remit(c, inv["currency"], [(w, inv["issue_date"], amt)], amt, intro="Balance of invoice")
        else:
            ref = {"tr": f"{w} KALAN BAKİYE", "gr": f"ΥΠΟΛΟΙΠΟ ΤΙΜ. {w}", "de": f"Restzahlung RE {w}",
                   "nl": f"restant factuur {w}", "us": f"BALANCE INV {w}"}[st]
            if st == "tr" and r.random() < 0.6:
                ref = tr_bank(ref)
            if st == "gr" and r.random() < 0.5:
                ref = gr_latin(ref)
            remit = None
        self.emit(amt, inv["currency"], self.payer_of(c), c["id"] if self.known() else None, ref, remit, "applied",
                  [(inv, amt)], reason=f"pays the remaining balance of {inv['number']}", scen=scen, note=note)
        return True

    def sc_remainder_prepaid(self):
        x = self.pick_cust(tags=("prepaid",), full=False)
        if not x:
            return False
        c, cur, f = x
        inv = self.rng.choice(f)
        return self.pay_remainder(c, inv, "remaining_balance",
                                  f"{inv['number']} was part paid before this file (total {s2(inv['total'])}, "
                                  f"open {s2(self.bal[inv['id']])}); the payment equals the open balance")

    def sc_third_party(self):
        r = self.rng
        if r.random() < 0.6:
            opts = []
            for c in self.customers:
                if c.get("parent"):
                    f = self.fresh(c["id"], "EUR")
                    if f:
                        opts.append((c, f))
            if not opts:
                return False
            sub, f = r.choice(opts)
            par = self.cust[sub["parent"]]
            invs = sorted(r.sample(f, min(len(f), r.choice([1, 2]))), key=lambda i: i["number"])
            amt = sum(self.bal[i["id"]] for i in invs)
            ref = f"ΕΞΟΦΛΗΣΗ ΤΙΜ. {self.joinn(sub, [self.wn(i) for i in invs])} ΓΙΑ ΛΟΓ/ΣΜΟ {gr_upper(sub['name'])}"[:140]
            ref = gr_latin(ref) if r.random() < 0.5 else ref
            remit = self.remit(par, "EUR", [(i["number"], i["issue_date"], self.bal[i["id"]]) for i in invs], amt,
                               outro=f"Η πληρωμή αφορά τη θυγατρική μας {sub['name'].rstrip('.')}.")
            self.emit(amt, "EUR", self.payer_of(par), par["id"], ref, remit, "applied",
                      [(i, self.bal[i["id"]]) for i in invs],
                      reason=f"group head office pays for {sub['name']}; references and amount agree",
                      scen="third_party_payer",
                      note=f"payer is the hotel group {par['name']} (its own customer id) paying invoices of its "
                           f"subsidiary {sub['name']}")
            return True
        x = self.pick_cust(styles=("tr",), cur="TRY")
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        amt = self.bal[inv["id"]]
        fac = r.choice(FACTORS)
        ref = tr_bank(f"TEDARİKÇİ FİNANSMANI - {self.payer_of(c)[:25]} - FT NO {inv['number']}")
        self.emit(amt, cur, fac, None, ref, None, "applied", [(inv, amt)],
                  reason=f"supplier-finance payment on behalf of {c['name']}; reference and amount agree",
                  scen="third_party_payer",
                  note=f"a factoring company pays {inv['number']} for the buyer; customer_id is null")
        return True

    def sc_numtrap(self):
        r = self.rng
        x = self.pick_cust(need=2)
        if not x:
            return False
        c, cur, f = x
        real, decoy = r.sample(f, 2)
        amt = self.bal[real["id"]]
        if self.bal[decoy["id"]] == amt or not self.clean(c["id"], cur, amt, [{real["id"]}]):
            return False
        st = c["style"]
        dn = decoy["number"]
        remit = None
        if st == "tr":
            ref = r.choice([f"FATURA NO {real['number']} DEKONT NO {dn[3:]}",
                            f"SİPARİŞ NO {dn[3:7]}/{decoy['seq']} FT {real['number']}",
                            f"{real['number']} ÖDEMESİ REF {dn[3:]}"])
            ref = tr_bank(ref) if r.random() < 0.6 else ref
            what = "a dekont/order number made of another open invoice's digits"
        elif st == "gr":
            ref = r.choice([f"ΑΡ. ΠΑΡΑΓΓΕΛΙΑΣ {decoy['seq']} ΕΞΟΦΛΗΣΗ ΤΙΜ. {real['number']}",
                            f"ΕΞΟΦΛΗΣΗ {real['number']} ΔΕΛΤΙΟ {decoy['seq']}"])
            ref = gr_latin(ref) if r.random() < 0.5 else ref
            what = "an order/delivery-note number equal to another open invoice's sequence"
        elif st == "de":
            ref = r.choice([f"RE {real['number']} Auftrag {dn[3:]}", f"Rechnung {real['number']} Lieferschein {decoy['seq']}"])
            what = "an order/delivery-note number equal to another open invoice's digits"
        elif st == "nl":
            ref = f"factuur {real['number']} inkoopordernr {dn[3:]}"
            what = "a purchase-order number equal to another open invoice's digits"
        elif st == "uk":
            ref = f"PO {dn[3:]}"[:18]
            remit = self.remit(c, cur, [(real["number"], real["issue_date"], amt)], amt,
                               intro=f"Our order ref: PO {dn[3:]}")
            what = "a PO number equal to another open invoice's digits, with the invoice only in the remittance"
        else:
            ref = f"/INV/{real['number']} /PO/{dn[3:]}"
            what = "a PO number equal to another open invoice's digits"
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known() else None, ref, remit, "applied", [(real, amt)],
                  reason=f"{real['number']} named and amount equals its balance; the other number is not an invoice reference",
                  scen="lookalike_number",
                  note=f"the text also carries {what} ({dn}, balance {s2(self.bal[decoy['id']])}); the amount fits "
                       f"only {real['number']}")
        return True

    def sc_afm_trap(self):
        r = self.rng
        opts = []
        for cid, d in self.afm_decoys:
            f = [i for i in self.fresh(cid, "EUR") if i["id"] != d["id"]]
            if f and self.bal[d["id"]] > 0:
                opts.append((self.cust[cid], d, f))
        if not opts:
            return False
        c, d, f = r.choice(opts)
        real = r.choice(f)
        amt = self.bal[real["id"]]
        if amt == self.bal[d["id"]] or not self.clean(c["id"], "EUR", amt, [{real["id"]}]):
            return False
        ref = r.choice([f"ΠΛΗΡΩΜΗ ΤΙΜ. {self.wn(real)} ΑΦΜ {c['tax']}", f"ΑΦΜ {c['tax']} ΕΞΟΦΛΗΣΗ {self.wn(real)}",
                        f"{c['tax']} ΤΙΜ {real['seq']}"])
        ref = gr_latin(ref) if r.random() < 0.5 else ref
        self.emit(amt, "EUR", self.payer_of(c), c["id"] if self.known() else None, ref, None, "applied", [(real, amt)],
                  reason=f"{real['number']} named and amount agrees; the 9-digit number is the customer's ΑΦΜ",
                  scen="lookalike_number",
                  note=f"the customer's ΑΦΜ {c['tax']} contains the digits of its other open invoice {d['number']} "
                       f"(balance {s2(self.bal[d['id']])}); the amount fits only {real['number']}")
        return True

    def sc_vf_both(self):
        r = self.rng
        opts = [i for i in self.invoices if i["tag"] == "vf" and i["id"] not in self.used
                and i["issue_date"] <= self.pdate - timedelta(days=3)
                and self.inv[i["vf_of"]]["id"] not in self.used and self.inv[i["vf_of"]]["tag"] is None
                and self.bal[i["vf_of"]] == self.inv[i["vf_of"]]["total"]]
        if not opts:
            return False
        vf = r.choice(opts)
        base = self.inv[vf["vf_of"]]
        c = self.cust[vf["customer_id"]]
        amt = self.bal[vf["id"]] + self.bal[base["id"]]
        ref = r.choice([f"{base['number']} FATURA VE {vf['number']} VADE FARKI FATURASI ÖDEMESİ",
                        f"FT {base['number']} + VADE FARKI FT {vf['number']}"])
        ref = tr_bank(ref) if r.random() < 0.6 else ref
        self.emit(amt, "TRY", self.payer_of(c), c["id"] if self.known() else None, ref, None, "applied",
                  [(base, self.bal[base["id"]]), (vf, self.bal[vf["id"]])],
                  reason="invoice plus its late-payment interest (vade farki) invoice", scen="vade_farki_paid",
                  note=f"{vf['number']} is the vade farkı (late-interest) invoice for {base['number']}; both paid")
        return True

    def sc_vf_main(self):
        r = self.rng
        opts = [i for i in self.invoices if i["tag"] == "vf" and i["id"] not in self.used
                and self.inv[i["vf_of"]]["id"] not in self.used and self.inv[i["vf_of"]]["tag"] is None
                and self.inv[i["vf_of"]]["issue_date"] <= self.pdate - timedelta(days=3)
                and self.bal[i["vf_of"]] == self.inv[i["vf_of"]]["total"]]
        if not opts:
            return False
        vf = r.choice(opts)
        base = self.inv[vf["vf_of"]]
        c = self.cust[vf["customer_id"]]
        amt = self.bal[base["id"]]
        ref = tr_bank(f"{base['number']} FATURA ÖDEMESİ")
        remit = self.remit(c, "TRY", [(base["number"], base["issue_date"], amt)], amt,
                           outro=f"Not: {vf['number']} numaralı vade farkı faturanız tarafımızca kabul edilmemiştir, "
                                 "iade faturası kesilecektir.")
        self.emit(amt, "TRY", self.payer_of(c), c["id"], ref, remit, "applied", [(base, amt)],
                  reason=f"pays {base['number']} in full; the disputed vade farki invoice stays open (not a short pay)",
                  scen="vade_farki_rejected",
                  note=f"the customer rejects the vade farkı invoice {vf['number']} but pays {base['number']} in full; "
                       "nothing is deducted from the paid invoice, so the status is applied")
        self.used.add(vf["id"])
        return True

    def sc_bacs_trunc(self):
        r = self.rng
        x = self.pick_cust(styles=("uk",))
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        amt = self.bal[inv["id"]]
        ref = f"{c['acc']} {inv['number']}"[:18]
        if inv["number"] in ref or not self.clean(c["id"], cur, amt, [{inv["id"]}]):
            return False
        self.emit(amt, cur, self.payer_of(c), c["id"], ref, None, "applied", [(inv, amt)],
                  reason=f"BACS reference cut at 18 characters; known customer and amount equals only {inv['number']}",
                  scen="bacs_truncated",
                  note=f"'{ref}' is {inv['number']} cut by the 18-character BACS limit; the amount decides")
        return True

    # ============================================================ partial scenarios
    def round_part(self, cur, bal):
        r = self.rng
        frac = Decimal(r.choice(["0.3", "0.4", "0.5", "0.5", "0.6", "0.7"]))
        step = Decimal(1000 if cur == "TRY" and bal > 20000 else 100 if bal > 1500 else 50)
        v = (bal * frac / step).quantize(Decimal(1)) * step
        return D(v)

    def sc_partial(self):
        r = self.rng
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        part = self.round_part(cur, bal)
        if not (ZERO < part < bal) or not self.clean(c["id"], cur, part):
            return False
        st = c["style"]
        remit = None
        if st == "uk":
            ref = inv["number"]
            remit = self.remit(c, cur, [(inv["number"], inv["issue_date"], part)], part,
                               intro="Part payment - balance to follow")
        else:
            ref = self.ref_text(c, [self.wn(inv)], kind="part")
        self.emit(part, cur, self.payer_of(c), c["id"] if self.known() else None, ref, remit, "partial",
                  [(inv, part)], reason=f"part payment on {inv['number']}; {s2(bal - part)} stays open",
                  scen="part_payment",
                  note="the payer says it is a part/instalment/on-account payment (kısmi, έναντι, Teilzahlung, "
                       "deelbetaling, part pay); no deduction case")
        if r.random() < 0.4:
            self.later(10, 80, lambda: self.bal[inv["id"]] > 0 and self.pay_remainder(
                c, inv, "remaining_balance",
                f"an earlier payment in this file part paid {inv['number']}; this one pays what is left"))
        return True

    def do_short(self, c, cur, inv, ded, ref, remit, reason, scen, note, payer=None, cid="auto"):
        bal = self.bal[inv["id"]]
        paid = bal - ded
        if not (ZERO < ded < bal) or not self.clean(c["id"], cur, paid):
            return False
        if cid == "auto":
            cid = c["id"] if self.known() else None
        self.emit(paid, cur, payer or self.payer_of(c), cid, ref, remit, "partial", [(inv, paid)],
                  short=(inv, ded, reason), reason=f"{inv['number']} short paid by {s2(ded)}: {reason}",
                  scen=scen, note=note)
        return True

    def sc_short_bank(self):
        r = self.rng
        x = self.pick_cust(cur="USD")
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        ded = D(r.choice([15, 18, 20, 25, 30, 35, 40, 45, 50]))
        w = inv["number"]
        self.short_bank_n = getattr(self, "short_bank_n", 0) + 1
        if self.short_bank_n % 3 == 0:
            ref = r.choice([f"/INV/{w}", f"INVOICE {w}"])
            note = ("SWIFT payment of one invoice arrives short by a typical correspondent-bank fee with no "
                    "explanation; not flagged as a part payment, so it is a short pay (bank charges)")
        else:
            ref = r.choice([f"/INV/{w} LESS BANK CHARGES USD {ded}", f"INV {w} /CHGS DEDUCTED USD {ded}",
                            f"{w} NET OF INTERMEDIARY CHARGES"])
            note = ("SWIFT payment net of bank charges; the reference says so" +
                    (" and gives the amount" if str(ded) in ref else " without the amount"))
        return self.do_short(c, cur, inv, ded, ref, None, "bank charges deducted", "short_bank_charges", note)

    def sc_lc(self):
        r = self.rng
        k = r.choice([1, 2, 2, 3])
        x = self.pick_cust(styles=("us",), cur="USD", need=k)
        if not x:
            return False
        c, cur, f = x
        invs = sorted(r.sample(f, k), key=lambda i: i["number"])
        gross = sum(self.bal[i["id"]] for i in invs)
        ded = D(r.randint(120, 480)) + D(r.choice(["0", "0.5", "0.75"]))
        last = invs[-1]
        if ded >= self.bal[last["id"]]:
            return False
        net = gross - ded
        if not self.clean(c["id"], cur, net):
            return False
        lc = f"{r.randint(1000, 9999)}ILC26{r.randint(10000, 99999)}"
        bank = r.choice(BANKS_LC)
        ref = f"LC {lc} DOCS PAID INV {' '.join(i['number'] for i in invs)} LESS CHGS USD {ded}"
        remit = "\n".join([
            f"SETTLEMENT ADVICE - DOCUMENTARY CREDIT {lc}",
            f"Applicant: {c['name'].upper()}",
            "Beneficiary: LIMAN TEKSTIL A.S., IZMIR",
            f"Drawing under invoices: {', '.join(i['number'] for i in invs)}",
            f"Bill amount: USD {fmt_en(gross)}",
            f"Less: negotiation and reimbursement charges USD {fmt_en(ded)}",
            f"Net proceeds remitted: USD {fmt_en(net)}"])
        apps = [(i, self.bal[i["id"]]) for i in invs[:-1]] + [(last, self.bal[last["id"]] - ded)]
        self.emit(net, cur, bank, None, ref, remit, "partial", apps,
                  short=(last, ded, "L/C bank charges deducted"),
                  reason=f"L/C drawing for {k} invoice(s) less bank charges {s2(ded)}",
                  scen="letter_of_credit",
                  note=f"issuing bank pays under the L/C of {c['name']}; charges are booked as a short pay on the "
                       f"last listed invoice {last['number']} (our convention)")
        return True

    def sc_dc(self):
        r = self.rng
        k = r.choice([1, 2])
        x = self.pick_cust(styles=("uk",), cur="GBP", need=k)
        if not x:
            return False
        c, cur, f = x
        invs = sorted(r.sample(f, k), key=lambda i: i["number"])
        last = invs[-1]
        ded = D(r.choice([45, 60, 75, 85, 95, 120]))
        if ded >= self.bal[last["id"]]:
            return False
        gross = sum(self.bal[i["id"]] for i in invs)
        net = gross - ded
        if not self.clean(c["id"], cur, net):
            return False
        dref = f"DC{r.randint(100000, 999999)}"
        bank = r.choice(BANKS_DC)
        ref = f"D/P COLLECTION {dref} INV {' '.join(i['number'] for i in invs)} PROCEEDS LESS CHGS GBP {ded}"
        apps = [(i, self.bal[i["id"]]) for i in invs[:-1]] + [(last, self.bal[last["id"]] - ded)]
        self.emit(net, cur, bank, None, ref, None, "partial", apps,
                  short=(last, ded, "collection charges deducted"),
                  reason=f"documentary collection for {k} invoice(s) less charges {s2(ded)}",
                  scen="documentary_collection",
                  note=f"documentary collection (D/P) for {c['name']} paid by {bank} net of charges; charges booked "
                       f"on the last listed invoice {last['number']} (our convention)")
        return True

    def sc_short_defect(self):
        r = self.rng
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        ded = D(bal * Decimal(r.choice(["0.03", "0.05", "0.08", "0.11", "0.14"])))
        st = c["style"]
        w = self.wn(inv)
        m = self.money(c, ded, cur)
        rk = r.randint(1000, 9999)
        if st == "tr":
            lab = r.choice([f"Ayıplı mal bedeli (tutanak {rk})", "Defolu ürün kesintisi", "Hatalı dikim - ayıplı mal"])
            ref = tr_bank(f"{w} FATURA ÖDEMESİ AYIPLI MAL KESİNTİLİ")
        elif st == "gr":
            lab = r.choice(["Ελαττωματικά τεμάχια (λεκέδες)", "Αφαίρεση για ελαττωματικά σεντόνια", "Ζημιά κατά τη μεταφορά"])
            ref = r.choice([f"ΕΞΟΦΛΗΣΗ ΤΙΜ. {w} ΜΕΙΟΝ ΕΛΑΤΤΩΜΑΤΙΚΑ", f"EXOFLISI {gr_latin(w)} MEION ELATTOMATIKA"])
        elif st == "de":
            lab = r.choice([f"abzgl. Mängelrüge Nr. {rk}", "abzgl. Reklamation Farbabweichung", "Belastung Qualitätsmangel"])
            ref = f"RE {w} abzgl. Maengelruege {fmt_eu(ded)}"
        elif st == "nl":
            lab = r.choice(["minus reclamatie beschadigde goederen", "creditering klacht kwaliteit"])
            ref = f"factuur {w} minus reclamatie"
        elif st == "uk":
            lab = r.choice([f"LESS DEBIT NOTE DN{rk} FAULTY GOODS", "QUALITY CHARGEBACK", "DAMAGED IN TRANSIT"])
            ref = w[:18]
        else:
            lab = r.choice([f"Less chargeback claim {rk} defective towels", "Less quality claim"])
            ref = f"/INV/{w} LESS CLAIM {rk}"
        remit = self.remit(c, cur, [(w, inv["issue_date"], bal)], bal - ded, extras=[(lab, ded)])
        return self.do_short(c, cur, inv, ded, ref, remit, "defective goods deducted (chargeback)",
                             "short_defective", f"customer deducts {m} for defective goods: '{lab}'")

    def sc_short_return(self):
        r = self.rng
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        ded = D(bal * Decimal(r.choice(["0.06", "0.1", "0.12", "0.18", "0.22"])))
        st = c["style"]
        w = self.wn(inv)
        rk = r.randint(100, 999)
        if st == "tr":
            own = (squash(tr_bank(c["name"])).replace(" ", "") + "XXX")[:3]
            iade = f"{own}2026{r.randint(1, 400):09d}"
            lab = f"İade faturası {iade}"
            ref = tr_bank(f"{w} ÖDEMESİ - İADE FATURASI {iade} MAHSUP")
            extra = f" (the customer's own return e-invoice {iade} looks like one of our numbers)"
        elif st == "gr":
            lab = "Επιστροφή εμπορευμάτων (ΔΑ-ΕΠ " + str(rk) + ")"
            ref = f"ΕΞΟΦΛΗΣΗ {w} ΜΕΙΟΝ ΕΠΙΣΤΡΟΦΗ"
            ref = gr_latin(ref) if r.random() < 0.5 else ref
            extra = ""
        elif st == "de":
            lab = f"abzgl. Retoure lt. Rücksendeschein {rk}"
            ref = f"Rechnung {w} abzgl. Retoure"
            extra = ""
        elif st == "nl":
            lab = f"minus retourzending RMA{rk}"
            ref = f"factuur {w} minus retour"
            extra = ""
        elif st == "uk":
            lab = f"LESS RETURNS RTN{rk}"
            ref = w[:18]
            extra = ""
        else:
            lab = f"Less returned goods RA-{rk}"
            ref = f"/INV/{w} LESS RETURNS"
            extra = ""
        remit = self.remit(c, cur, [(w, inv["issue_date"], bal)], bal - ded, extras=[(lab, ded)])
        return self.do_short(c, cur, inv, ded, ref, remit, "returned goods deducted", "short_return",
                             f"customer deducts the value of returned goods: '{lab}'{extra}")

    def sc_skonto(self):
        r = self.rng
        x = self.pick_cust(styles=("de", "nl", "uk"))
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        pct = r.choice(["2", "2", "3", "2.5"]) if c["style"] != "uk" else "2.5"
        ded = D(bal * Decimal(pct) / 100)
        w = self.wn(inv)
        st = c["style"]
        pde = pct.replace(".", ",")
        if st == "de":
            lab = f"abzgl. {pde} % Skonto"
            ref = f"RE {w} abzgl. {pde}% Skonto"
        elif st == "nl":
            lab = f"minus {pde}% kredietbeperking"
            ref = f"factuur {w} -{pde}% kb"
        else:
            lab = f"LESS {pct}% SETTLEMENT DISCOUNT"
            ref = w[:18]
        remit = self.remit(c, cur, [(w, inv["issue_date"], bal)], bal - ded, extras=[(lab, ded)])
        return self.do_short(c, cur, inv, ded, ref, remit, f"{pct}% early-payment discount taken", "short_discount",
                             f"customer takes {pct}% cash discount ({'Skonto' if st == 'de' else 'kredietbeperking' if st == 'nl' else 'settlement discount'}) "
                             "that the invoice terms do not grant; a deduction case opens")

    def sc_stopaj(self):
        r = self.rng
        x = self.pick_cust(styles=("tr",), cur="TRY")
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        w = self.wn(inv)
        if r.random() < 0.5:
            ded = D(bal / Decimal("1.2") * Decimal("0.02"))
            lab = "%2 stopaj kesintisi"
            ref = tr_bank(f"{w} FATURA BEDELİ STOPAJ KESİNTİSİ SONRASI")
        else:
            ded = D(bal / Decimal("12"))
            lab = "KDV tevkifatı (5/10)"
            ref = tr_bank(f"{w} KDV TEVKİFATLI ÖDEME")
        remit = self.remit(c, cur, [(w, inv["issue_date"], bal)], bal - ded, extras=[(lab, ded)])
        return self.do_short(c, cur, inv, ded, ref, remit, "withholding tax deducted (stopaj / KDV tevkifati)",
                             "short_withholding", f"customer withholds tax: '{lab}'; deduction case for the tax certificate")

    def sc_settle(self):
        r = self.rng
        x = self.pick_cust(styles=("gr", "uk", "tr"))
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        ded = D(bal * Decimal(r.choice(["0.007", "0.013", "0.021", "0.034"])))
        w = self.wn(inv)
        st = c["style"]
        remit = None
        if st == "gr":
            ref = f"ΕΞΟΦΛΗΣΗ ΤΙΜΟΛΟΓΙΟΥ {w}"
            ref = gr_latin(ref) if r.random() < 0.5 else ref
        elif st == "tr":
            ref = tr_bank(f"{w} FATURA KAPANIŞ ÖDEMESİ")
        else:
            ref = w[:18]
            remit = self.remit(c, cur, [(w, inv["issue_date"], bal - ded)], bal - ded,
                               outro="Full and final settlement of the above invoice.")
        return self.do_short(c, cur, inv, ded, ref, remit, "short paid as settlement in full; difference unexplained",
                             "short_unexplained",
                             "the payer calls it settlement in full (εξόφληση / kapanış / full and final) but pays less "
                             "with no reason; treated as a short pay, not a part payment")

    def sc_multi_short(self):
        r = self.rng
        k = r.choice([2, 3])
        x = self.pick_cust(need=k)
        if not x:
            return False
        c, cur, f = x
        invs = sorted(r.sample(f, k), key=lambda i: i["number"])
        tgt = r.choice(invs)
        tb = self.bal[tgt["id"]]
        ded = D(tb * Decimal(r.choice(["0.04", "0.07", "0.1"])))
        amt = sum(self.bal[i["id"]] for i in invs) - ded
        st = c["style"]
        w = {i["id"]: self.wn(i) for i in invs}
        lab = {"tr": f"{w[tgt['id']]} için ayıplı mal kesintisi", "gr": f"Ελαττωματικά είδη τιμ. {w[tgt['id']]}",
               "de": f"Mängelrüge zu RE {w[tgt['id']]}", "nl": f"reclamatie factuur {w[tgt['id']]}",
               "uk": f"DEBIT NOTE vs {w[tgt['id']]}", "us": f"Damage claim on {w[tgt['id']]}"}[st]
        remit = self.remit(c, cur, [(w[i["id"]], i["issue_date"], self.bal[i["id"]]) for i in invs], amt,
                           extras=[(lab, ded)])
        ref = self.generic_ref(c) if st == "uk" else self.ref_text(c, [w[i["id"]] for i in invs])[:140]
        if not self.clean(c["id"], cur, amt):
            return False
        apps = [(i, self.bal[i["id"]] - (ded if i is tgt else ZERO)) for i in invs]
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known() else None, ref, remit, "partial", apps,
                  short=(tgt, ded, "defective goods deducted"),
                  reason=f"{k} invoices paid; {tgt['number']} short by {s2(ded)} (defective goods)",
                  scen="multi_with_deduction",
                  note=f"remittance pays {self.nums(invs)} and deducts {s2(ded)} against {tgt['number']} by name")
        return True

    # ============================================================ unapplied scenarios
    def sc_overpay(self):
        r = self.rng
        x = self.pick_cust()
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        st = c["style"]
        w = self.wn(inv)
        remit = None
        if st == "tr":
            if r.random() < 0.5:
                extra = D(bal * Decimal(r.choice(["0.02", "0.03", "0.04"])))
                ref = tr_bank(f"{w} FATURA BEDELİ + VADE FARKI")
                why = "the customer added its own vade farkı (late interest) although no such invoice exists"
            else:
                extra = D(r.choice({"TRY": [20000, 25000, 50000], "USD": [1000, 2500, 5000]}[cur]))
                ref = tr_bank(f"{w} FATURA ÖDEMESİ, FAZLASI AVANS")
                why = "the excess is declared an advance (fazlası avans)"
        elif st == "gr":
            extra = D(r.choice([120, 250, 300, 500]))
            ref = f"ΕΞΟΦΛΗΣΗ ΤΙΜ. {w} ΚΑΙ ΠΡΟΚΑΤΑΒΟΛΗ"
            ref = gr_latin(ref) if r.random() < 0.5 else ref
            why = "the excess is an advance (προκαταβολή)"
        elif st in ("de", "nl"):
            extra = D(r.choice(["185.00", "240.00", "312.50", "96.40"]))
            ref = f"RE {w} inkl. Fracht" if st == "de" else f"factuur {w} incl. vracht"
            why = "the customer added freight that was not invoiced"
        elif st == "uk":
            rounded = (bal / 100).quantize(Decimal(1), rounding="ROUND_CEILING") * 100
            extra = D(rounded - bal) or D(100)
            ref = w[:18]
            why = "paid a rounded-up figure"
        else:
            rounded = (bal / 1000).quantize(Decimal(1), rounding="ROUND_CEILING") * 1000
            extra = D(rounded - bal) or D(1000)
            ref = f"/INV/{w}"
            why = "paid a rounded-up figure"
        amt = bal + extra
        if extra <= 0 or not self.clean(c["id"], cur, amt) or not self.clean(c["id"], cur, extra):
            return False
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known() else None, ref, remit, "unapplied",
                  [(inv, bal)], unapplied=extra,
                  reason=f"{inv['number']} paid in full; {s2(extra)} over, held on account",
                  scen="overpayment", note=f"overpayment: {why}; the remainder fits no other invoice")
        return True

    def sc_paid_total(self):
        r = self.rng
        x = self.pick_cust(tags=("prepaid",), full=False)
        if not x:
            return False
        c, cur, f = x
        inv = r.choice(f)
        bal = self.bal[inv["id"]]
        amt = inv["total"]
        extra = amt - bal
        if not self.clean(c["id"], cur, amt) or not self.clean(c["id"], cur, extra):
            return False
        w = self.wn(inv)
        ref = w[:18] if c["style"] == "uk" else self.ref_text(c, [w])
        self.emit(amt, cur, self.payer_of(c), c["id"] if self.known() else None, ref, None, "unapplied",
                  [(inv, bal)], unapplied=extra,
                  reason=f"paid the invoice total; {s2(extra)} had already been paid, held on account",
                  scen="overpayment_total",
                  note=f"{inv['number']} was part paid before (total {s2(amt)}, open {s2(bal)}); the customer "
                       "paid the full total again")
        return True

    def sc_advance(self):
        r = self.rng
        x = self.pick_cust(tags=(None, "prepaid", "twin", "pairsum", "vf", "xtwin"), full=False)
        if not x:
            return False
        c, cur, f = x
        st = c["style"]
        amt = D(r.choice({"TRY": [50000, 75000, 100000, 150000, 250000], "EUR": [2000, 5000, 7500, 10000, 15000],
                          "GBP": [3000, 5000, 10000], "USD": [10000, 15000, 20000, 30000]}[cur]))
        pf = f"PRF2026{r.randint(20, 180):09d}"
        if st == "tr":
            ref = tr_bank(r.choice([f"AVANS - SİPARİŞ NO {self.po(c)}", f"PROFORMA {pf} AVANS ÖDEMESİ",
                                    "SİPARİŞ AVANSI"]))
        elif st == "gr":
            ref = r.choice([f"ΠΡΟΚΑΤΑΒΟΛΗ ΠΑΡΑΓΓΕΛΙΑΣ {self.po(c)}", "ΕΝΑΝΤΙ ΛΟΓΑΡΙΑΣΜΟΥ", f"ΠΡΟΚΑΤΑΒΟΛΗ PROFORMA {pf}"])
            ref = gr_latin(ref) if r.random() < 0.5 else ref
        elif st == "de":
            ref = r.choice([f"Anzahlung AB {self.po(c)}", f"Vorkasse Proforma {pf}"])
        elif st == "nl":
            ref = r.choice([f"aanbetaling order {self.po(c)}", f"vooruitbetaling proforma {pf}"])
        elif st == "uk":
            ref = r.choice([f"DEPOSIT {self.po(c)}", f"PROFORMA {pf[-6:]}"])[:18]
        else:
            ref = r.choice([f"ADVANCE PAYMENT PI {pf}", f"DEPOSIT {self.po(c)} 30PCT"])
        if pf in self.by_number or not self.clean(c["id"], cur, amt):
            return False
        self.emit(amt, cur, self.payer_of(c), c["id"], ref, None, "unapplied", [], unapplied=amt,
                  reason="advance payment for a new order; no invoice yet", scen="advance_payment",
                  note="advance / deposit / on-account money (avans, προκαταβολή, έναντι λογαριασμού, Anzahlung, "
                       "aanbetaling); a proforma number in PRF2026... form is not an invoice")
        return True

    def sc_oldref(self):
        r = self.rng
        x = self.pick_cust(tags=(None, "prepaid", "twin", "pairsum", "vf", "xtwin"), full=False)
        if not x:
            return False
        c, cur, f = x
        st = c["style"]
        if st == "tr":
            num = f"TKS2025{r.randint(3000, 4100):09d}"
        elif st == "gr":
            num = f"ΤΔΑ-Α-{r.randint(9200, 10020)}"
        else:
            num = f"IHR2025{r.randint(300, 600):09d}"
        if num in self.by_number:
            return False
        lo = {"TRY": 8000, "EUR": 400, "GBP": 800, "USD": 1500}[cur]
        amt = D(Decimal(r.randint(lo * 100, lo * 1500)) / 100)
        if not self.clean(c["id"], cur, amt):
            return False
        ref = num[:18] if st == "uk" else self.ref_text(c, [num])
        self.emit(amt, cur, self.payer_of(c), c["id"], ref, None, "unapplied", [], unapplied=amt,
                  reason=f"{num} is not an open invoice and the amount fits none; held on account",
                  scen="closed_invoice_reference",
                  note=f"the reference names {num}, which is not in the open-invoice file (paid or never ours); "
                       "known customer, nothing fits")
        return True

    def sc_xcur(self):
        r = self.rng
        opts = []
        for c in self.customers:
            if len(c["currencies"]) == 2:
                for cur2 in c["currencies"]:
                    f = self.fresh(c["id"], cur2)
                    if f:
                        opts.append((c, cur2, f))
        if not opts:
            return False
        c, cur2, f = r.choice(opts)
        cur1 = [x for x in c["currencies"] if x != cur2][0]
        inv = r.choice(f)
        rate = {("TRY", "USD"): Decimal("38.4615"), ("USD", "TRY"): 1 / Decimal("38.4615"),
                ("EUR", "USD"): Decimal("0.9217"), ("USD", "EUR"): Decimal("1.0850"),
                ("GBP", "EUR"): Decimal("0.8412"), ("EUR", "GBP"): Decimal("1.1888")}[(cur1, cur2)]
        amt = D(self.bal[inv["id"]] * rate)
        w = self.wn(inv)
        st = c["style"]
        if st == "tr":
            ref = tr_bank(f"{w} USD FATURA KARŞILIĞI TL ÖDEME KUR {fmt_eu(rate.quantize(Decimal('0.0001')))}")
        elif st == "uk":
            ref = w[:18]
        else:
            ref = f"RE {w} Gegenwert in {cur1}"
        if not self.clean(c["id"], cur1, amt):
            return False
        self.emit(amt, cur1, self.payer_of(c), c["id"], ref, None, "unapplied", [], unapplied=amt,
                  reason=f"{inv['number']} is a {cur2} invoice; never applied across currencies; held on account",
                  scen="cross_currency",
                  note=f"pays the {cur2} invoice {inv['number']} in {cur1} at the customer's own rate; no {cur1} "
                       "invoice fits, and cash is never applied across currencies")
        self.used.add(inv["id"])
        return True

    # ============================================================ review scenarios
    def twin_opts(self, uk=None):
        out = []
        for cid, a, b in self.twin_customers:
            if a["id"] in self.used or b["id"] in self.used:
                continue
            if self.bal[a["id"]] != self.bal[b["id"]] or b["issue_date"] > self.pdate - timedelta(days=3):
                continue
            if uk is not None and (self.cust[cid]["style"] == "uk") != uk:
                continue
            out.append((cid, a, b))
        return out

    def sc_review_twin(self):
        r = self.rng
        opts = self.twin_opts(uk=False)
        if not opts:
            return False
        cid, a, b = r.choice(opts)
        c = self.cust[cid]
        cur = a["currency"]
        amt = self.bal[a["id"]]
        if set(self.subset_hits(cid, cur, amt)) != {frozenset([a["id"]]), frozenset([b["id"]])} \
                or not self.clean(cid, cur, amt, [{a["id"]}, {b["id"]}]):
            return False
        ref = self.generic_ref(c)
        cands = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
        self.emit(amt, cur, self.payer_of(c), cid, ref, None, "review", [], unapplied=amt, cands=[[cands[0]], [cands[1]]],
                  reason="two open invoices of the customer have exactly this amount; no reference",
                  scen="ambiguous_same_amount",
                  note=f"standing order: {a['number']} and {b['number']} have the same balance; candidates ranked "
                       "oldest due date first")
        return True

    def sc_review_bacs(self):
        r = self.rng
        opts = self.twin_opts(uk=True)
        if not opts:
            return False
        cid, a, b = r.choice(opts)
        c = self.cust[cid]
        cur = a["currency"]
        amt = self.bal[a["id"]]
        if not self.clean(cid, cur, amt, [{a["id"]}, {b["id"]}]):
            return False
        ref = f"{c['acc']} {a['number']}"[:18]
        if a["number"] in ref or b["number"] in ref or b["number"][:len(ref) - len(c["acc"]) - 1] != ref[len(c["acc"]) + 1:]:
            return False
        cands = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
        self.emit(amt, cur, self.payer_of(c), cid, ref, None, "review", [], unapplied=amt, cands=[[cands[0]], [cands[1]]],
                  reason="BACS reference cut before the invoice number; two invoices have this amount",
                  scen="bacs_truncated_ambiguous",
                  note=f"'{ref}' is cut by the 18-character BACS limit; {a['number']} and {b['number']} both fit")
        return True

    def sc_review_xtwin(self):
        r = self.rng
        opts = [(a, b) for a, b in self.cross_twins if a["id"] not in self.used and b["id"] not in self.used
                and max(a["issue_date"], b["issue_date"]) <= self.pdate - timedelta(days=3)]
        if not opts:
            return False
        a, b = r.choice(opts)
        ca, cb = self.cust[a["customer_id"]], self.cust[b["customer_id"]]
        na, nb = tr_bank(ca["name"]), tr_bank(cb["name"])
        k = 0
        while na[k] == nb[k]:
            k += 1
        payer = na[:k].strip()
        if sorted(self.name_matches(payer)) != sorted([ca["id"], cb["id"]]):
            return False
        amt = self.bal[a["id"]]
        if not self.clean(None, "TRY", amt, [{a["id"]}, {b["id"]}]) \
                or self.subset_hits(ca["id"], "TRY", amt) != [frozenset([a["id"]])] \
                or self.subset_hits(cb["id"], "TRY", amt) != [frozenset([b["id"]])]:
            return False
        ref = r.choice(["CARI HESAP ODEMESI", "FATURA ODEMESI", "MAL BEDELI"])
        cands = sorted([a, b], key=lambda i: (i["due_date"], i["number"]))
        self.emit(amt, "TRY", payer, None, ref, None, "review", [], unapplied=amt, cands=[[cands[0]], [cands[1]]],
                  reason="truncated payer name fits two related companies, each with an invoice of this amount",
                  scen="ambiguous_payer_name",
                  note=f"'{payer}' is the start of both '{ca['name']}' and '{cb['name']}'; each has one open invoice "
                       "with exactly this amount")
        return True

    def sc_review_conflict(self):
        r = self.rng
        x = self.pick_cust(need=2)
        if not x:
            return False
        c, cur, f = x
        A, B = r.sample(f, 2)
        if self.bal[B["id"]] >= self.bal[A["id"]]:
            A, B = B, A
        amt = self.bal[B["id"]]
        if amt == self.bal[A["id"]] or amt % 10 == 0 or not self.clean(c["id"], cur, amt, [{B["id"]}]):
            return False
        w = self.wn(A)
        ref = w[:18] if c["style"] == "uk" else self.ref_text(c, [w])
        self.emit(amt, cur, self.payer_of(c), c["id"], ref, None, "review", [], unapplied=amt, cands=[[B], [A]],
                  reason=f"reference names {A['number']} but the amount is exactly {B['number']}'s balance",
                  scen="reference_amount_conflict",
                  note=f"either a part payment of {A['number']} (balance {s2(self.bal[A['id']])}) or {B['number']} "
                       "paid with the wrong reference; ranked exact-amount reading first")
        return True

    def sc_review_pairsum(self):
        r = self.rng
        opts = [(cid, a, b, s) for cid, a, b, s in self.pairsum_customers
                if not {a["id"], b["id"], s["id"]} & self.used
                and max(a["issue_date"], b["issue_date"], s["issue_date"]) <= self.pdate - timedelta(days=3)]
        if not opts:
            return False
        cid, a, b, s = r.choice(opts)
        c = self.cust[cid]
        cur = s["currency"]
        amt = self.bal[s["id"]]
        want = {frozenset([s["id"]]), frozenset([a["id"], b["id"]])}
        if set(self.subset_hits(cid, cur, amt)) != want or not self.clean(cid, cur, amt, want):
            return False
        pa = sorted([a, b], key=lambda i: i["number"])
        self.emit(amt, cur, self.payer_of(c), cid, self.generic_ref(c), None, "review", [], unapplied=amt,
                  cands=[[s], pa],
                  reason="amount equals one invoice and also the sum of two others; no reference",
                  scen="ambiguous_combination",
                  note=f"{s['number']} alone or {a['number']} + {b['number']} both add up to the amount; single "
                       "invoice ranked first")
        return True

    def sc_review_unknown(self):
        r = self.rng
        payer, ref = r.choice(UNKNOWN_PAYERS)
        if self.rng.random() < 0.5:
            x = self.pick_cust()
            if not x:
                return False
            c, cur, f = x
            inv = r.choice(f)
            amt = self.bal[inv["id"]]
            if not self.clean(c["id"], cur, amt, [{inv["id"]}]) or self.name_matches(payer):
                return False
            self.emit(amt, cur, payer, None, ref, None, "review", [], unapplied=amt, cands=[[inv]],
                      reason="payer unknown; the amount matches one open invoice but nothing else links them",
                      scen="unknown_payer",
                      note=f"payment service / private person with no customer id and no invoice number; the amount "
                           f"equals {inv['number']} of {c['name']} only, which is not enough to apply")
            return True
        cur = r.choice(["EUR", "USD", "GBP", "TRY"])
        amt = D(Decimal(r.randint(30000, 900000)) / 100)
        if not self.clean(None, cur, amt) or self.name_matches(payer):
            return False
        self.emit(amt, cur, payer, None, ref, None, "review", [], unapplied=amt, cands=[],
                  reason="payer unknown and the amount fits no open invoice",
                  scen="unknown_payer",
                  note="no customer id, no usable reference, no amount match: nobody's account to hold it on, so "
                       "review with no candidates (our convention)")
        return True

    # ============================================================ bad input
    def some_payment_fields(self):
        x = self.pick_cust()
        c, cur, f = x
        inv = self.rng.choice(f)
        return c, cur, inv

    def err(self, kind):
        r = self.rng
        pid = self.ids.new("py_", 10)
        c, cur, inv = self.some_payment_fields()
        amt = self.bal[inv["id"]]
        base = {"id": pid, "date": self.pdate.isoformat(), "amount": s2(amt), "currency": cur,
                "payer_name": self.payer_of(c), "customer_id": c["id"],
                "reference": inv["number"][:18] if c["style"] == "uk" else self.ref_text(c, [inv["number"]]),
                "remittance": None}
        if kind == "err_neg":
            base["amount"] = "-" + s2(amt)
            base["reference"] = "RETURN OF FUNDS / IADE " + inv["number"]
            return self.emit_error(base, "negative amount", "bad_negative_amount",
                                   "a reversal/return booked as a negative receipt; not a payment")
        if kind == "err_cur":
            base["currency"] = "CHF"
            return self.emit_error(base, "currency CHF: no invoice in this currency", "bad_currency",
                                   "Swiss-franc receipt; the ledger has no CHF book")
        if kind == "err_cur2":
            base["currency"] = "AED"
            base["amount"] = s2(D(amt * Decimal("3.6725"))) if cur == "USD" else base["amount"]
            return self.emit_error(base, "currency AED: no invoice in this currency", "bad_currency",
                                   "dirham receipt; the ledger has no AED book")
        if kind == "err_dup_exact":
            prev = [p for p, l in zip(self.payments, self.labels) if l["status"] != "error"]
            p = dict(r.choice([q for q in prev[-8:] if q["date"] == prev[-1]["date"]]))
            return self.emit_error(p, f"duplicate payment id {p['id']} (row delivered twice)", "bad_duplicate_id",
                                   "the bank file repeats an earlier row byte for byte; must not be applied again")
        if kind == "err_dup_other":
            prev = [p for p, l in zip(self.payments, self.labels) if l["status"] != "error"]
            base["id"] = r.choice(prev[-60:])["id"]
            return self.emit_error(base, f"duplicate payment id {base['id']}", "bad_duplicate_id",
                                   "a different receipt reuses an earlier payment id; rejected, the invoice stays open")
        if kind == "err_amt_eu":
            base["amount"] = fmt_eu(amt)
            self.used.add(inv["id"])
            e = self.emit_error(base, f"malformed amount '{base['amount']}'", "bad_amount",
                                "amount in continental format with a thousands dot; not a decimal string")

            def fix():
                if self.bal[inv["id"]] != amt:
                    return False
                self.emit(amt, cur, self.payer_of(c), c["id"], base["reference"], None, "applied", [(inv, amt)],
                          reason=f"reference {inv['number']} and exact balance", scen="exact_ref",
                          note=f"the bank re-sends the rejected row {pid} with a valid amount; {inv['number']} "
                               "is still open because the bad row applied nothing")
                return True
            self.later(3, 12, fix)
            return e
        if kind == "err_amt_o":
            base["amount"] = s2(amt).replace("0", "O", 1) if "0" in s2(amt) else "1O" + s2(amt)
            return self.emit_error(base, f"malformed amount '{base['amount']}'", "bad_amount",
                                   "OCR put a letter O for a zero")
        if kind == "err_amt_empty":
            base["amount"] = ""
            return self.emit_error(base, "missing amount", "bad_amount", "empty amount string")
        if kind == "err_date_null":
            base["date"] = None
            return self.emit_error(base, "missing date", "bad_missing_date", "value date is null")
        if kind == "err_date_empty":
            base["date"] = ""
            return self.emit_error(base, "missing date", "bad_missing_date", "value date is an empty string")
        raise AssertionError(kind)

    # ============================================================ run
    PLAN = [("exact", 104), ("exact_twin", 4), ("ref_in_remit", 14), ("multi", 32), ("range", 8),
            ("amount_only", 20), ("name_only", 8), ("shortnum", 14), ("lump_all", 6), ("remainder_prepaid", 6),
            ("third_party", 5), ("numtrap", 8), ("afm_trap", 4), ("vf_both", 3), ("vf_main", 3), ("bacs_trunc", 4),
            ("partial", 16), ("short_bank", 7), ("lc", 4), ("dc", 3), ("short_defect", 10), ("short_return", 6),
            ("skonto", 5), ("stopaj", 3), ("settle", 3), ("multi_short", 5),
            ("overpay", 10), ("paid_total", 4), ("advance", 8), ("oldref", 5), ("xcur", 3),
            ("review_twin", 8), ("review_xtwin", 4), ("review_conflict", 7), ("review_pairsum", 7),
            ("review_bacs", 3), ("review_unknown", 5)]
    ERRORS = ["err_neg", "err_cur", "err_cur2", "err_dup_exact", "err_dup_other", "err_amt_eu", "err_amt_o",
              "err_amt_empty", "err_date_null", "err_date_empty"]

    def day_for(self, idx):
        return self.days[min(idx * len(self.days) // N_PAYMENTS_PLAN, len(self.days) - 1)]

    def run(self):
        r = self.rng
        self.setup_state()
        seq = [k for k, n in self.PLAN for _ in range(n)]
        r.shuffle(seq)
        for e in self.ERRORS:
            seq.insert(r.randint(25, len(seq) - 10), e)
        while seq or self.pending:
            idx = len(self.payments)
            self.pdate = self.day_for(idx)
            due = sorted([p for p in self.pending if p[0] <= idx or not seq], key=lambda p: p[0])
            if due:
                self.pending.remove(due[0])
                due[0][1]()
                continue
            kind = seq.pop(0)
            if kind.startswith("err_"):
                self.err(kind)
                continue
            for _ in range(40):
                if getattr(self, "sc_" + kind)():
                    break
            else:
                self.failures[kind] = self.failures.get(kind, 0) + 1


# ==================================================================== replay check
def replay(invoices, payments, labels):
    """Replay the labels in file order against the invoice file; raise on any inconsistency."""
    inv = {i["id"]: i for i in invoices}
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    currencies = {i["currency"] for i in invoices}
    assert len(payments) == len(labels)
    seen_ids = set()
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"], (p["id"], l["payment_id"])
        dup = p["id"] in seen_ids
        seen_ids.add(p["id"])
        bad = None
        try:
            amt = Decimal(p["amount"]) if isinstance(p["amount"], str) and p["amount"] else None
            if amt is not None and amt.as_tuple().exponent != -2:
                amt = None
        except Exception:
            amt = None
        if dup:
            bad = "dup"
        elif amt is None:
            bad = "amount"
        elif amt <= 0:
            bad = "negative"
        elif p["currency"] not in currencies:
            bad = "currency"
        elif not p["date"]:
            bad = "date"
        if bad:
            assert l["status"] == "error" and not l["applications"] and l["error"], (p["id"], bad)
            continue
        assert l["status"] != "error", p["id"]
        cur = p["currency"]
        apps = [(a["invoice_id"], Decimal(a["amount"])) for a in l["applications"]]
        un = Decimal(l["unapplied"])
        assert sum((a for _, a in apps), ZERO) + un == amt, p["id"]
        assert un >= 0
        for iid, a in apps:
            assert inv[iid]["currency"] == cur, p["id"]
            assert ZERO < a <= bal[iid], (p["id"], iid, a, bal[iid])
            assert inv[iid]["issue_date"] <= p["date"]
        assert len({iid for iid, _ in apps}) == len(apps)
        after = {iid: bal[iid] - a for iid, a in apps}
        st = l["status"]
        sp = l["short_pay"]
        if st == "applied":
            assert apps and un == 0 and sp is None and all(v == 0 for v in after.values()), p["id"]
        elif st == "partial":
            assert apps and un == 0 and any(v > 0 for v in after.values()), p["id"]
        elif st == "unapplied":
            assert un > 0 and sp is None, p["id"]
        elif st == "review":
            assert not apps and un == amt and sp is None, p["id"]
            for cand in l["candidates"]:
                assert sum(bal[i] for i in cand) > 0 and all(inv[i]["currency"] == cur and bal[i] > 0 for i in cand)
        else:
            raise AssertionError(st)
        if st != "review":
            assert l["candidates"] == [], p["id"]
        if sp:
            assert sp["invoice_id"] in after and after[sp["invoice_id"]] == Decimal(sp["amount"]) > 0, p["id"]
        for iid, a in apps:
            bal[iid] -= a
    return bal


# ==================================================================== README
def readme(g, invoices, payments, labels):
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter((l["scenario"], l["status"]) for l in labels)
    cur = Counter((p["currency"], l["status"]) for p, l in zip(payments, labels))
    icur = Counter(i["currency"] for i in invoices)
    cust_style = {c["id"]: c["style"] for c in g.customers}
    inv_by_id = {i["id"]: i for i in invoices}

    def style_of(p, l):
        ids = [a["invoice_id"] for a in l["applications"]] + [x for cnd in l["candidates"] for x in cnd]
        if p["customer_id"] in cust_style:
            return cust_style[p["customer_id"]]
        if ids:
            return cust_style[inv_by_id[ids[0]]["customer_id"]]
        return "unknown"
    sty = Counter(style_of(p, l) for p, l in zip(payments, labels))
    kinds = Counter(c["kind"] for c in g.customers)
    L = []
    L.append("# Blind cash-application set: Liman-Aigaion Home Textiles (TRY / EUR / USD / GBP)\n")
    L.append("Held-out test set for `contracts/cash-application.md` (`match`), written only from the contract "
             "and the blind-author rules. Generated by `build.py` (stdlib only, fixed seed; rerunning it rewrites "
             "every file byte for byte). `check.py` re-verifies the labels.\n")
    L.append("## Theme\n")
    L.append("A made-up exporter of towels, bed linen, curtains and hotel textiles with two entities: "
             "**Liman Tekstil A.Ş.** (Izmir) issues Turkish e-invoices (domestic series `TKS`, export series `IHR`, "
             "16 characters: 3-letter prefix, 4-digit year, 9-digit sequence, e.g. `TKS2026000000123`, "
             "`IHR2025000000871`) in TRY, USD, EUR and GBP; **Aigaion Lina A.E.** (Thessaloniki) issues Greek invoices "
             "in EUR in the series `ΤΔΑ-Α` (goods, e.g. `ΤΔΑ-Α-10234`) and `ΤΠΥ-Β` (services for hotels, "
             "e.g. `ΤΠΥ-Β-2210`), written with Greek capital letters.\n")
    L.append("Customers: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
             f" ({len(g.customers)} in all): Turkish wholesalers, Greek retailers and hotel groups, German and Dutch "
             "importers and chain stores, UK importers and chains, and US / Gulf / Israeli importers.\n")
    L.append("## Files\n")
    L.append(f"`{LEDGER}/invoices.json`: {len(invoices)} open invoices (" +
             ", ".join(f"{k} {v}" for k, v in sorted(icur.items())) +
             "), the contract's invoice format. `balance` is below `total` where an earlier part payment was "
             "received before this file.\n")
    L.append(f"`{LEDGER}/payments.json`: {len(payments)} payments, oldest first (2026-03-02 to 2026-04-17), the "
             "contract's payment format. `customer_id` is null when the bank statement does not identify the customer.\n")
    L.append(f"`{LEDGER}/labels.json`: one expected MATCHES entry per payment, same order, in the contract's format "
             "(`payment_id`, `status`, `applications`, `unapplied`, `short_pay`, `candidates`, `reason`) plus "
             "`scenario` and `note` (for humans) and, on bad-input rows, `error`.\n")
    L.append("## Counts\n")
    L.append("| status | payments |\n|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        L.append(f"| `{k}` | {st.get(k, 0)} |")
    L.append("")
    L.append("| scenario | status | payments |\n|---|---|---|")
    for (s, t), n in sorted(sc.items(), key=lambda x: (["applied", "partial", "unapplied", "review", "error"].index(x[0][1]), x[0][0])):
        L.append(f"| {s} | {t} | {n} |")
    L.append("")
    L.append("| payment currency | " + " | ".join(["applied", "partial", "unapplied", "review", "error"]) + " |")
    L.append("|---|---|---|---|---|---|")
    for c in sorted({k[0] for k in cur}):
        L.append(f"| {c} | " + " | ".join(str(cur.get((c, s), 0)) for s in ("applied", "partial", "unapplied", "review", "error")) + " |")
    L.append("")
    names = {"tr": "Turkish EFT/FAST/havale", "gr": "Greek transfers (Greek script or bank Latin)",
             "de": "German SEPA", "nl": "Dutch SEPA", "uk": "UK BACS", "us": "USD SWIFT / L/C", "unknown": "unidentified payer"}
    L.append("| payer country / payment text style | payments |\n|---|---|")
    for k, v in sorted(sty.items(), key=lambda x: -x[1]):
        L.append(f"| {names[k]} | {v} |")
    L.append("")
    L.append("## What the payment text looks like\n")
    L.append("- Turkish: `FATURA NO`, `FT.NO`, `Açıklama:`, `cari hesap`, dekont numbers, `vade farkı`, `stopaj`, "
             "`KDV tevkifatı`, `kısmi ödeme`, `avans`; payer names upper case, truncated at 30-40 characters, "
             "Turkish letters folded (Ş→S, İ→I, Ğ→G, Ü→U, Ö→O, Ç→C), sometimes mixed case with Turkish letters kept.")
    L.append("- Greek: `ΕΞΟΦΛΗΣΗ ΤΙΜ.`, `ΤΙΜΟΛΟΓΙΟ`, `ΕΝΑΝΤΙ` (on account / part), `ΠΡΟΚΑΤΑΒΟΛΗ`, ΑΦΜ tax numbers; "
             "half of the bank texts are transliterated by the bank (ELOT-743 style, so `ΤΠΥ-Β` becomes `TPY-V`, "
             "`ΤΔΑ-Α` becomes `TDA-A`, `ΕΞΟΦΛΗΣΗ` becomes `EXOFLISI`).")
    L.append("- German/Dutch SEPA: `EREF+ ... SVWZ+`, Verwendungszweck with Kunden-Nr., Skonto, Mängelrüge, Retoure; "
             "`/TRTP/.../REMI/`, betalingskenmerk, kredietbeperking, reclamatie.")
    L.append("- UK BACS: references of at most 18 upper-case characters, so longer texts are cut, often inside the "
             "invoice number; details in an e-mailed remittance advice.")
    L.append("- USD: SWIFT `/INV/`, `/ROC/`, letters of credit and documentary collections paid by banks, less charges.")
    L.append("- Look-alike numbers: VKN (10 digits) and ΑΦΜ (9 digits) tax numbers, dekont numbers, PO / order / "
             "delivery-note numbers made of another open invoice's digits, customers' own return e-invoices in the same "
             "16-character format, proforma numbers `PRF2026...`.\n")
    L.append("## Labelling conventions (where the contract is silent)\n")
    L.append("- **Sure means**: an invoice number (full, abbreviated, or transliterated) plus an amount that agrees; or "
             "a known customer (customer_id, or a payer name that fits exactly one customer) plus an amount that equals "
             "exactly one open invoice of that customer, no combination of up to three of its invoices, and no other "
             "open invoice in the currency; or a lump equal to the customer's whole open balance in the currency.")
    L.append("- **Part payment vs short pay**: `partial` with `short_pay: null` only when the payer says it is a part "
             "payment (kısmi, taksit, έναντι, Teilzahlung, Akonto, deelbetaling, part pay, instalment). Any other "
             "shortfall against a named invoice is a short pay, also an unexplained one (`short_unexplained`) and a "
             "silent SWIFT shortfall of a typical correspondent fee (a third of `short_bank_charges`).")
    L.append("- **Deductions across several invoices**: the remittance names the invoice the deduction belongs to "
             "(`multi_with_deduction`); for letters of credit and documentary collections paying several invoices less bank "
             "charges the charges are booked on the **last listed** invoice, all others are paid in full.")
    L.append("- **short_pay.amount** is the amount left open on that invoice after the application (the deduction). "
             "`short_pay.reason` is free text; compare `invoice_id` and `amount`.")
    L.append("- **review**: nothing applied, `unapplied` equals the whole payment (so applications plus unapplied "
             "still add up). `candidates` is a list of invoice-id lists, best first. Ranking used here: exact amount "
             "before reference-only; a single invoice before a combination; otherwise oldest due date first. "
             "Compare candidate sets as a set of sets if the ranking is not being scored.")
    L.append("- **Unknown payer** (no customer_id, no usable reference, payer name fits no customer): `review`, with "
             "the single amount match as candidate when there is one, else no candidates. There is no customer "
             "account to hold it on, so it is not `unapplied`.")
    L.append("- **unapplied**: overpayments (applications listed, remainder unapplied), a second payment of an "
             "invoice already paid earlier in the file, advances / deposits / on-account money, references to "
             "invoices not in the open file, and a payment made in another currency than the invoice it names "
             "(cash is never applied across currencies).")
    L.append("- **Third parties**: a hotel group's head office (its own customer id) paying its subsidiary's invoices, "
             "a factoring / supplier-finance company, or a bank paying under an L/C or a collection: the invoices are "
             "matched on reference and amount whoever pays (customer_id null or another customer's id).")
    L.append("- **vade farkı**: a rejected late-interest invoice that stays open while the main invoice is paid in "
             "full is `applied` (nothing was deducted from the paid invoice).")
    L.append("- **Bad input** (`status: \"error\"`, no applications, `unapplied: null`, `error` text): negative "
             "amount, a currency no invoice has (CHF, AED), a repeated payment id (the later row is the error, the "
             "first is processed normally), an amount that is not a plain decimal string (`18.450,00`, a letter O, "
             "empty), a missing date (null or empty). Error rows change no balance; one rejected row is re-sent later "
             "with a valid amount and applies normally.")
    L.append("- Balances: payments are replayed in file order; each label sees what earlier labels left open. "
             "Applications never take an invoice below zero and never pay an invoice issued after the payment date.")
    L.append("- The brief's example `TKS2026000123` has 13 characters; real Turkish e-invoice numbers have 16 "
             "(`TKS2026000000123`), which is what the ledger uses. Customers sometimes shorten them (`FT NO 123`, "
             "`2026/123`, `TKS2026-123`, `2026000000123`).")
    L.append("")
    if g.failures:
        L.append("Scenarios that could not be placed (generator log): " +
                 ", ".join(f"{k} x{v}" for k, v in sorted(g.failures.items())) + "\n")
    return "\n".join(L) + "\n"


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1))
        f.write("\n")


def main():
    g = Gen()
    g.make_customers()
    g.make_invoices()
    inv_rows = g.invoice_rows()
    g.run()
    inv_json = json.loads(json.dumps(inv_rows))
    replay(inv_json, g.payments, g.labels)
    os.makedirs(os.path.join(HERE, LEDGER), exist_ok=True)
    dump(os.path.join(HERE, LEDGER, "invoices.json"), inv_rows)
    dump(os.path.join(HERE, LEDGER, "payments.json"), g.payments)
    dump(os.path.join(HERE, LEDGER, "labels.json"), g.labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(g, inv_rows, g.payments, g.labels))
    from collections import Counter
    print(len(g.customers), "customers", len(inv_rows), "invoices", len(g.payments), "payments")
    print(Counter(l["status"] for l in g.labels))
    if g.failures:
        print("failures:", g.failures)


if __name__ == "__main__":
    main()
