#!/usr/bin/env python3
"""Build the blind evaluation set for the cash-application contract (`match`).

Written against /work/shared/contracts/cash-application.md only, without reading
the engine. For three ledgers (different seller companies and seeds) it writes

    <ledger>/invoices.json   open invoices, as the contract defines them
    <ledger>/payments.json   received payments, oldest first
    <ledger>/expected.json   one label per payment, same order

Each label is what a careful senior AR clerk would do, under the contract's rule
that a wrong application is far worse than none. Every payment is built from the
ledger state that earlier payments left, and every "sure" label is guarded: the
script checks, on that state, that nothing else could fit (other invoices with
the same balance, other subsets with the same sum, other customers the payer
name could be, other open invoices of the customer named by stray numbers).

Run: python3 build.py   (deterministic; rewrites the three ledgers and README.md)
"""

from __future__ import annotations

import json
import random
import re
import string
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent
D = Decimal
CENT = D("0.01")
ZERO = D("0.00")


def q(x: Decimal | int | str) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s2(x: Decimal) -> str:
    return str(q(x))


def cents(x: Decimal) -> int:
    return int(q(x) * 100)


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

CURRENCY_OF = {
    "US": "USD", "CA": "USD", "AU": "USD", "UK": "GBP", "IE": "EUR", "DE": "EUR", "FR": "EUR",
    "ES": "EUR", "NL": "EUR", "IT": "EUR", "CH": "EUR", "SE": "EUR",
}

NAME_PARTS = {
    "US": (
        ["Summit", "Granite Peak", "Bluewater", "Redwood", "Cascade", "Keystone", "Liberty", "Frontier",
         "Prairie Wind", "Copperline", "Silver Creek", "Ironclad", "Pioneer Valley", "Lakeshore",
         "Evergreen", "Oakmont", "Magnolia", "Mesa Verde", "Sierra", "Ozark", "Chesapeake", "Mohawk",
         "Sonoran", "Blue Ridge", "Great Lakes", "Hudson Valley", "Pacific Crest", "Lone Star",
         "Golden Gate", "Beacon Hill", "Cedar Grove", "Tri-County", "Union Square", "Westfield",
         "Yellowstone", "Zephyr", "Apex", "Brightpath", "Quantum", "Vanguard", "Riverbend", "Sunbelt",
         "Old Town", "Inland Empire", "Coastal", "Canyon", "Bayou", "Piedmont", "Shenandoah",
         "Tidewater", "Timberline", "Northstar", "Red Rock", "Big Sky", "Heartland", "Bristlecone",
         "Wabash", "Cumberland", "Allegheny", "Catalina"],
        ["Logistics", "Foods", "Medical Supply", "Analytics", "Electric", "Construction", "Outfitters",
         "Marine", "Energy", "Coffee Roasters", "Security", "Software", "Packaging", "Printing",
         "Dental Group", "Auto Parts", "Hospitality", "Fabrication", "Farms", "Labs", "Hardware",
         "Plumbing", "Staffing", "Design Studio", "Brewing", "Freight", "Realty", "Pharmacy",
         "Tile & Stone", "Fasteners", "Cold Storage", "Event Rentals", "Solar", "Veterinary Clinic",
         "Orthopedics", "Aerospace", "Data Systems", "Imports", "Landscaping", "Millwork"],
        ["Inc", "Inc.", "LLC", "Corp.", "Corporation", "Co.", "Incorporated", "LLC", "Inc", "L.L.C."],
        "{a} {b}",
    ),
    "UK": (
        ["Harbour Lane", "Kestrel", "Thames Valley", "Pennine", "Crown & Anchor", "Whitby", "Oxford",
         "Caledonian", "Brighton", "Cotswold", "Mersey", "Norfolk", "Wessex", "Yorkshire Dales",
         "Highgate", "Cambridge", "Kingfisher", "Albion", "Cheltenham", "Solent", "Clyde", "Tyneside",
         "Chiltern", "Mendip", "Lakeland", "Penrose", "Ashdown", "Sherwood", "Exmoor", "Dorset",
         "Fenland", "Malvern", "Bramley", "Hartley", "Ravensworth", "Windermere", "Greenwich",
         "Belgravia", "St Albans", "Kentish", "Morecambe", "Grampian", "Snowdonia", "Wolds"],
        ["Foods", "Engineering", "Plastics", "Textiles", "Brewery", "Marine Services",
         "Scientific Instruments", "Whisky Traders", "Digital", "Stone Supplies", "Logistics",
         "Boatyard", "Print Works", "Dairy", "Architects", "Biotech", "Interiors", "Cycles", "Catering",
         "Haulage", "Joinery", "Estates", "Surveyors", "Tea Company", "Garden Centres", "Fabrications",
         "Electrical", "Homes", "Recruitment", "Opticians"],
        ["Ltd", "Limited", "Ltd.", "PLC", "LLP", "Ltd", "Ltd"],
        "{a} {b}",
    ),
    "DE": (
        ["Müller", "Schäfer", "Hoffmann", "Becker", "Krüger", "Fischer", "Weber", "Zimmermann", "Lange",
         "Köhler", "Schröder", "Neumann", "Schwarz", "Wolf", "Braun", "Hartmann", "Schmitt", "Werner",
         "Krause", "Meier", "Lehmann", "Schulze", "Maier", "Köster", "Jäger", "Vogel", "Günther",
         "Friedrich", "Böhm", "Schubert", "Rheinland", "Schwarzwald", "Nordsee", "Allgäu", "Bodensee"],
        ["Maschinenbau", "Logistik", "Stahlhandel", "Elektrotechnik", "Holzbau", "Medizintechnik",
         "Verpackungen", "Werkzeugbau", "Druckerei", "Automotive", "Sanitärtechnik", "Kunststofftechnik",
         "Gebäudetechnik", "Spedition", "Feinmechanik", "Landtechnik", "Messebau", "Fischhandel"],
        ["GmbH", "GmbH", "AG", "GmbH & Co. KG", "KG", "GmbH"],
        "{a} {b}",
    ),
    "FR": (
        ["Transports", "Boulangerie", "Atelier", "Fromagerie", "Bureau d'Études", "Garage", "Imprimerie",
         "Menuiserie", "Électricité", "Vins", "Optique", "Bâtiment", "Charcuterie", "Logistique",
         "Maroquinerie", "Cartonnages"],
        ["Dupont", "Girard", "Moreau", "Lefèvre", "Roux", "Garnier", "Martin", "Bernard", "Faure",
         "Rousseau", "Blanc", "Guérin", "Chevalier", "Fontaine", "Mercier", "Lambert", "Bonnet",
         "François", "Beaulieu", "Lumière"],
        ["SARL", "SAS", "S.A.", "SA", "EURL", "SAS"],
        "{a} {b}",
    ),
    "ES": (
        ["Construcciones", "Distribuciones", "Talleres", "Transportes", "Aceites", "Vinos", "Suministros",
         "Instalaciones", "Conservas", "Hierros"],
        ["Ibéricas", "Levante", "Navarro", "Galicia", "del Sur", "Martínez", "Montes", "Alhambra",
         "Cantábrico", "Ruiz", "Sánchez", "Duero", "Peñalara"],
        ["S.A.", "S.L.", "S.L.U.", "S.L."],
        "{a} {b}",
    ),
    "NL": (
        ["Van der Berg", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder",
         "Bos", "Vos", "Hendriks", "Van Dijk", "Dekker", "Hollandse", "Zeeuwse"],
        ["Techniek", "Bloemen", "Logistiek", "Installatietechniek", "Kaashandel", "Scheepvaart", "Bouw",
         "Transport", "Metaalbewerking", "Automatisering"],
        ["B.V.", "B.V.", "N.V.", "BV"],
        "{a} {b}",
    ),
    "IT": (
        ["Meccanica", "Tessitura", "Arredamenti", "Caseificio", "Trasporti", "Oleificio", "Ceramiche",
         "Costruzioni", "Pastificio", "Tipografia", "Vetreria", "Calzaturificio"],
        ["Ferri", "Bianchi", "Rossi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
         "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Lombardi"],
        ["S.r.l.", "S.p.A.", "S.r.l.", "S.n.c.", "Srl"],
        "{a} {b}",
    ),
    "AU": (
        ["Southern Cross", "Kookaburra", "Bondi", "Outback", "Great Barrier", "Murray River",
         "Coral Coast", "Blue Mountains", "Darling Downs", "Hunter Valley", "Kimberley", "Nullarbor",
         "Gold Coast", "Tasman", "Barossa"],
        ["Mining", "Coffee", "Surf Supplies", "Solar", "Tours", "Wines", "Engineering", "Freight",
         "Pastoral", "Builders", "Medical"],
        ["Pty Ltd", "Pty. Ltd.", "Pty Limited", "Pty Ltd"],
        "{a} {b}",
    ),
    "CA": (
        ["Maple Leaf", "Laurentian", "Rideau", "Okanagan", "Fraser Valley", "Muskoka", "Cabot", "Klondike",
         "Prairie Sky", "Georgian Bay"],
        ["Timber", "Fisheries", "Software", "Orchards", "Logistics", "Outfitters", "Foods", "Geomatics"],
        ["Inc.", "Ltd.", "Corp.", "ULC"],
        "{a} {b}",
    ),
    "IE": (
        ["Shannon", "Liffey", "Connemara", "Wicklow", "Kerry", "Burren", "Boyne"],
        ["Precision", "Distribution", "Foods", "Pharma", "Software", "Engineering"],
        ["Ltd", "Limited", "DAC", "Teoranta"],
        "{a} {b}",
    ),
    "CH": (
        ["Alpen", "Matterhorn", "Bern", "Lugano", "Engadin", "Zürichsee"],
        ["Präzision", "Uhrenteile", "Pharma", "Logistik", "Käserei"],
        ["AG", "GmbH", "SA"],
        "{a} {b}",
    ),
    "SE": (
        ["Nordisk", "Göteborg", "Malmö", "Uppsala", "Dalarna", "Norrland"],
        ["Stål", "Marin", "Trä", "Design", "Logistik", "Elektronik"],
        ["AB"],
        "{a} {b}",
    ),
}

LEGAL_TOKENS = {
    "INC", "INCORPORATED", "LLC", "LTD", "LIMITED", "CORP", "CORPORATION", "CO", "COMPANY", "PLC",
    "LLP", "GMBH", "AG", "KG", "SA", "SARL", "SAS", "EURL", "SL", "SLU", "BV", "NV", "SRL", "SPA", "SNC",
    "PTY", "ULC", "DAC", "TEORANTA", "AB", "THE",
}

PERSONS = ["Jane Cooper", "Miguel Alvarez", "Priya Raman", "Tom Becker", "Sophie Laurent", "Liam O'Brien",
           "Hannah Schmidt", "Kenji Watanabe", "Olivia Martin", "Ahmed Hassan", "Chloe Dubois",
           "Lucas Rossi", "Emma van Dijk", "Noah Fischer", "Isabel Garcia", "Ethan Walker"]

UNKNOWN_PAYERS = [
    "PAYPAL *BLUEHORIZON", "J & M HOLDINGS", "WISE PAYMENTS LTD", "R PATEL", "MR A KOWALSKI",
    "ZELLE FROM K NGUYEN", "TRANSFERWISE EUROPE SA", "GREENFIELD ACADEMY TRUST", "SMITH JOHN",
    "INTL PAYMENT 00381", "ORCHID NAIL SPA", "DR M OKAFOR", "STICHTING DERDENGELDEN", "SQ *FARMERS MKT",
    "HOLLOWAY PARISH COUNCIL", "MARTINEZ FAMILY TRUST", "C/O ESCROW SERVICES", "ANON DEPOSIT",
    "XPRESS REMIT", "MAGPIE VENTURES",
]


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    nk = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in nk if not unicodedata.combining(ch))


def full_norm(name: str) -> str:
    t = ascii_fold(name).upper().replace("&", " AND ")
    t = re.sub(r"[.,'’]", "", t)
    t = re.sub(r"[^A-Z0-9 ]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def core_norm(name: str) -> str:
    toks = [w for w in full_norm(name).split() if w not in LEGAL_TOKENS]
    while toks and toks[-1] == "AND":
        toks.pop()
    return " ".join(toks)


@dataclass
class Cust:
    id: str
    name: str
    core: str
    suffix: str
    country: str
    currencies: list[str]
    recurring: Decimal | None = None
    sister: str | None = None  # "A"/"B" for the deliberately confusable pair

    @property
    def fnorm(self) -> str:
        return full_norm(self.name)

    @property
    def cnorm(self) -> str:
        return core_norm(self.name)


# ---------------------------------------------------------------------------
# Subset sums (the guard behind every "sure" no-reference label)
# ---------------------------------------------------------------------------


def count_subsets(vals: list[int], target: int, cap: int = 2) -> int:
    """Number of non-empty subsets of vals summing to target, capped at cap."""
    if target <= 0:
        return 0
    dp: dict[int, int] = {0: 1}
    for v in vals:
        if v <= 0 or v > target:
            continue
        upd: dict[int, int] = {}
        for sm, c in dp.items():
            t = sm + v
            if t <= target:
                upd[t] = min(cap, upd.get(t, 0) + c)
        for t, c in upd.items():
            dp[t] = min(cap, dp.get(t, 0) + c)
        if len(dp) > 3_000_000:  # pragma: no cover - guard against pathological customers
            raise RuntimeError("subset dp too large")
    return dp.get(target, 0)


# ---------------------------------------------------------------------------
# Ledger
# ---------------------------------------------------------------------------


@dataclass
class Spec:
    name: str
    seed: int
    seller: str
    n_customers: int
    n_payments: int
    asof: date
    numfmt: str  # plain4 | inv5 | pad6
    id_style: str  # qbo | hex | stripe
    countries: dict[str, float]
    sources: dict[str, float]
    per_customer: tuple[int, int]
    sister: tuple[str, str, str]  # core A, core B, suffix


SPECS = [
    Spec("northwind_us_qbo", 11071, "Copperfield Industrial Supply Inc (US, QuickBooks Online)", 72, 178,
         date(2026, 2, 2), "plain4", "qbo",
         {"US": 55, "CA": 8, "UK": 12, "DE": 5, "FR": 4, "NL": 4, "AU": 7, "IT": 2, "ES": 3},
         {"bank": 0.5, "qbo": 0.3, "stripe": 0.2}, (2, 16),
         ("Harborview Marine", "Harborview Marine Services", "US")),
    Spec("rheinland_eu_sepa", 22093, "Rheinwerk Komponenten GmbH (DE, SEPA bank feed + Stripe)", 112, 236,
         date(2026, 1, 12), "inv5", "hex",
         {"DE": 30, "FR": 15, "NL": 12, "IT": 12, "ES": 10, "UK": 8, "US": 8, "CH": 3, "SE": 2},
         {"bank": 0.7, "qbo": 0.05, "stripe": 0.25}, (3, 15),
         ("Becker Logistik", "Becker Logistik Süd", "DE")),
    Spec("kestrel_uk_mixed", 33117, "Kestrel Lane Wholesale Ltd (UK, BACS/Faster Payments + Stripe + QBO)",
         146, 292, date(2026, 3, 2), "pad6", "stripe",
         {"UK": 50, "IE": 8, "US": 15, "DE": 6, "FR": 6, "NL": 5, "AU": 6, "ES": 2, "IT": 2},
         {"bank": 0.55, "qbo": 0.2, "stripe": 0.25}, (3, 16),
         ("Pennine Textiles", "Pennine Textiles Group", "UK")),
]

# Scenario weights (relative). Dependent ones are retried later when their
# precondition (an earlier partial, an earlier full payment) is not there yet.
WEIGHTS = {
    "ref_exact": 13, "payer_name_variant": 4, "ref_multi": 5, "ref_range": 2.5, "ref_with_po": 3,
    "ref_amount_in_text": 2, "collision_po_is_invoice_no": 2, "collision_check_no": 1.5,
    "typo_certain": 3, "typo_ambiguous": 2.5, "remittance_full": 6, "remittance_mismatch": 1.5,
    "noref_unique_amount": 6, "noref_amount_two_invoices": 3, "lump_sum_unique": 4,
    "lump_sum_ambiguous": 2.5, "partial_ref": 5, "balance_after_partial": 2,
    "shortpay_discount": 2.5, "shortpay_bank_fee": 2, "shortpay_damaged": 2, "shortpay_remit_multi": 1.5,
    "overpay": 4, "second_payment_paid_invoice": 3, "known_customer_no_fit": 2, "unknown_payer": 4,
    "sister_payer_ambiguous": 1, "currency_mismatch": 2.5, "two_currency_customer": 2,
    "error_negative_amount": 1, "error_duplicate_id": 1, "error_unknown_currency": 1,
}
DEPENDENT = {"balance_after_partial", "second_payment_paid_invoice", "error_duplicate_id"}


class Skip(Exception):
    """The scenario cannot be built on the current state; try another."""


class Ledger:
    def __init__(self, spec: Spec):
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.customers: list[Cust] = []
        self.cust_by_id: dict[str, Cust] = {}
        self.invoices: list[dict] = []
        self.inv: dict[str, dict] = {}
        self.bal: dict[str, Decimal] = {}
        self.by_cc: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_num: dict[int, str] = {}
        self.closed_by: dict[str, tuple[str, Decimal]] = {}  # inv -> (payment id, amount that closed it)
        self.partial_open: set[str] = set()
        self.payments: list[dict] = []
        self.expected: list[dict] = []
        self.used_ids: set[str] = set()
        self.seq = 0
        self.day = spec.asof
        self.used_typos: set[str] = set()
        self.sister_used: set[str] = set()

    # ---------------- customers and invoices ----------------

    def make_customers(self) -> None:
        rng = self.rng
        countries = list(self.spec.countries)
        weights = [self.spec.countries[c] for c in countries]
        specials: list[tuple[str, str, str]] = []
        if self.spec.name == "northwind_us_qbo":
            specials = [("Northwind Traders International", "Inc", "US")]
        if self.spec.name == "kestrel_uk_mixed":
            specials = [("ACME Corporation", "Ltd", "UK"), ("Northwind Traders International", "Inc", "US")]
        if self.spec.name == "rheinland_eu_sepa":
            specials = [("Müller & Söhne Präzisionstechnik", "GmbH", "DE"), ("Acme", "Corporation", "US")]
        a_core, b_core, sis_country = self.spec.sister
        sis_sfx = {"US": ("Inc", "LLC"), "DE": ("GmbH", "GmbH"), "UK": ("Ltd", "Ltd")}[sis_country]
        planned: list[tuple[str, str, str, str | None]] = [(c, s, k, None) for c, s, k in specials]
        planned += [(a_core, sis_sfx[0], sis_country, "A"), (b_core, sis_sfx[1], sis_country, "B")]
        tries = 0
        while len(planned) < self.spec.n_customers:
            tries += 1
            country = rng.choices(countries, weights)[0]
            a, b, sfx, tmpl = NAME_PARTS[country]
            core = tmpl.format(a=rng.choice(a), b=rng.choice(b))
            planned.append((core, rng.choice(sfx), country, None))
            # names must not be prefixes of each other (except the sister pair, on purpose)
            cn = core_norm(core)
            ok = True
            for c2, _s, _k, sis in planned[:-1]:
                o = core_norm(c2)
                if o == cn or o.startswith(cn) or cn.startswith(o) or o.split()[:2] == cn.split()[:2]:
                    ok = False
                    break
            if not ok:
                planned.pop()
            assert tries < 100000
        rng.shuffle(planned)
        for i, (core, sfx, country, sis) in enumerate(planned):
            cid = self.make_cust_id(i)
            cur = CURRENCY_OF[country]
            c = Cust(cid, f"{core} {sfx}", core, sfx, country, [cur], sister=sis)
            self.customers.append(c)
            self.cust_by_id[cid] = c
        # a few customers billed in two currencies
        others = [c for c in self.customers if c.sister is None]
        for c in rng.sample(others, rng.randint(4, 6)):
            second = rng.choice([x for x in ("USD", "EUR", "GBP") if x != c.currencies[0]])
            c.currencies.append(second)
        # subscription / retainer customers: identical monthly amounts
        fees = [D(x) for x in ("99.00", "249.00", "499.00", "750.00", "1200.00", "1500.00", "2500.00",
                               "3200.00", "4800.00", "1875.50", "640.00")]
        for c in rng.sample(others, int(len(others) * 0.2)):
            c.recurring = rng.choice(fees)
        sis_fee = rng.choice([D("3450.00"), D("2980.00"), D("1760.00")])
        for c in self.customers:
            if c.sister:
                c.recurring = sis_fee

    def make_cust_id(self, i: int) -> str:
        st = self.spec.id_style
        if st == "qbo":
            return f"qbo-cus-{self.rng.randint(100, 999)}{i:02d}"
        if st == "hex":
            return "c-" + "".join(self.rng.choices("0123456789abcdef", k=10))
        return "cus_" + "".join(self.rng.choices(string.ascii_letters + string.digits, k=14))

    def make_inv_id(self) -> str:
        st = self.spec.id_style
        while True:
            if st == "qbo":
                iid = f"qbo-inv-{self.rng.randint(20000, 89999)}"
            elif st == "hex":
                iid = "i-" + "".join(self.rng.choices("0123456789abcdef", k=12))
            else:
                iid = "in_1" + "".join(self.rng.choices(string.ascii_letters + string.digits, k=23))
            if iid not in self.inv:
                return iid

    def inv_number(self, n: int) -> str:
        f = self.spec.numfmt
        if f == "plain4":
            return str(n)
        if f == "inv5":
            return f"INV-{n}"
        return f"INV-{n:06d}"

    def make_invoices(self) -> None:
        rng = self.rng
        asof = self.spec.asof
        lo, hi = self.spec.per_customer
        groups_by_day: dict[date, list[list[tuple[Cust, str, Decimal]]]] = defaultdict(list)
        for c in self.customers:
            size = rng.paretovariate(1.6)
            n_open = max(lo, min(hi * 3, int(lo + (size - 1) * (hi - lo) / 2)))
            if c.sister:
                n_open = max(n_open, 5)
            base = D(str(round(min(60000.0, max(80.0, rng.lognormvariate(7.2, 1.0))), 2)))
            terms = rng.choice([30, 30, 45, 60])
            for ci, cur in enumerate(c.currencies):
                n_here = n_open if ci == 0 else rng.randint(2, 5)
                made = 0
                if c.recurring is not None and ci == 0:
                    months = rng.randint(3, 5)
                    dom = rng.randint(1, 27)
                    for m in range(months):
                        d0 = asof - timedelta(days=30 * m + rng.randint(1, 3))
                        d0 = d0.replace(day=min(dom, 28))
                        if d0 >= asof:
                            d0 -= timedelta(days=30)
                        groups_by_day[d0].append([(c, cur, c.recurring)])
                        made += 1
                while made < n_here:
                    d0 = asof - timedelta(days=rng.randint(1, 150))
                    k = 1
                    if rng.random() < 0.12 and n_here - made >= 3:
                        k = rng.randint(3, min(5, n_here - made))
                    grp = []
                    for _ in range(k):
                        amt = base * D(str(round(rng.lognormvariate(0, 0.55), 4)))
                        amt = q(amt)
                        if rng.random() < 0.15:
                            amt = q(round(amt / 10) * 10) if amt > 100 else q(round(amt))
                        amt = max(amt, D("45.00"))
                        grp.append((c, cur, amt))
                    groups_by_day[d0].append(grp)
                    made += k
        n = 1001 if self.spec.numfmt != "inv5" else 10001
        for d0 in sorted(groups_by_day):
            groups = groups_by_day[d0]
            rng.shuffle(groups)
            for grp in groups:
                for c, cur, amt in grp:
                    iid = self.make_inv_id()
                    total = amt
                    balance = amt
                    if rng.random() < 0.08 and c.recurring is None:
                        paid = q(total * D(str(round(rng.uniform(0.2, 0.6), 2))))
                        if rng.random() < 0.5:
                            paid = q(round(paid, -2)) if paid > 200 else paid
                        if ZERO < paid < total:
                            balance = total - paid
                    terms = 30 if c.recurring else rng.choice([30, 45, 60])
                    rec = {
                        "id": iid, "number": self.inv_number(n), "customer_id": c.id,
                        "customer_name": c.name, "currency": cur, "total": s2(total),
                        "balance": s2(balance), "issue_date": d0.isoformat(),
                        "due_date": (d0 + timedelta(days=terms)).isoformat(),
                    }
                    self.invoices.append(rec)
                    self.inv[iid] = rec
                    self.bal[iid] = balance
                    self.by_cc[(c.id, cur)].append(iid)
                    self.by_num[n] = iid
                    n += 1

    # ---------------- helpers ----------------

    def num_of(self, iid: str) -> int:
        return int(re.sub(r"\D", "", self.inv[iid]["number"]))

    def cust(self, iid: str) -> Cust:
        return self.cust_by_id[self.inv[iid]["customer_id"]]

    def open_of(self, cid: str, cur: str) -> list[str]:
        return [i for i in self.by_cc.get((cid, cur), []) if self.bal[i] > 0]

    def open_cents(self, cid: str, cur: str, exclude: set[str] | frozenset = frozenset()) -> list[int]:
        return [cents(self.bal[i]) for i in self.open_of(cid, cur) if i not in exclude]

    def ncount(self, cid: str, cur: str, amount: Decimal, exclude: set[str] | frozenset = frozenset()) -> int:
        return count_subsets(self.open_cents(cid, cur, exclude), cents(amount))

    def pick_customer(self, need_open: int = 1, pred=None) -> tuple[Cust, str]:
        for _ in range(400):
            c = self.rng.choice(self.customers)
            if c.sister:
                continue
            cur = self.rng.choice(c.currencies)
            if len(self.open_of(c.id, cur)) >= need_open and (pred is None or pred(c, cur)):
                return c, cur
        raise Skip("no customer")

    def identify(self, payer: str) -> list[Cust]:
        """Customers a careful clerk could read the payer name as (conservative)."""
        fn = full_norm(payer)
        exact = [c for c in self.customers if c.fnorm == fn]
        if len(exact) == 1:
            return exact
        pn = core_norm(payer)
        if not pn:
            return []
        if len(pn) < 6:  # short names ("ACME"): only an exact core match counts
            return [c for c in self.customers if c.cnorm == pn]
        hits = []
        for c in self.customers:
            cn = c.cnorm
            if cn == pn or cn.startswith(pn) or pn.startswith(cn + " "):
                hits.append(c)
        return hits

    def payer_variant(self, c: Cust, force_messy: bool = False) -> tuple[str, str]:
        """A bank-feed spelling of the customer's name that still identifies it uniquely."""
        rng = self.rng
        up = ascii_fold(c.name).upper()
        opts: list[tuple[str, str]] = []
        if not force_messy:
            opts += [(c.name, "exact")] * 2 + [(up, "all caps")] * 3
        opts.append((ascii_fold(c.core).upper(), "legal suffix dropped"))
        alt = {"Inc": "INCORPORATED", "Inc.": "INC", "LLC": "L.L.C.", "Corp.": "CORPORATION",
               "Corporation": "CORP", "Co.": "COMPANY", "Incorporated": "INC", "Ltd": "LIMITED",
               "Limited": "LTD", "Ltd.": "LTD", "PLC": "P.L.C.", "GmbH": "GMBH", "Pty Ltd": "PTY. LIMITED",
               "S.A.": "SA", "SA": "S.A.", "SARL": "S.A.R.L.", "B.V.": "BV", "BV": "B.V.", "S.r.l.": "SRL",
               "S.L.": "SL", "S.p.A.": "SPA", "AG": "A.G.", "Ltd.": "LIMITED", "L.L.C.": "LLC",
               "GmbH & Co. KG": "GMBH + CO KG"}
        if c.suffix in alt:
            opts.append((ascii_fold(c.core).upper() + " " + alt[c.suffix], "legal suffix spelled differently"))
        if "Corporation" in c.core:
            opts.append((c.core.replace("Corporation", "Corp"), "Corporation shortened to Corp, suffix dropped"))
        if "&" in c.name:
            opts.append((up.replace("&", "AND"), "& spelled AND"))
        if ascii_fold(c.name) != c.name:
            opts.append((up, "diacritics stripped by the bank"))
        for n in (16, 18, 22, 35):
            if len(up) > n + 2:
                opts.append((up[:n].rstrip(), f"bank truncated the name to {n} characters"))
        rng.shuffle(opts)
        for name, how in opts:
            hits = self.identify(name)
            if len(hits) == 1 and hits[0] is c:
                return name, how
        if force_messy:
            raise Skip("no messy variant")
        return c.name, "exact"

    def ref_token(self, iid: str, style: int | None = None) -> str:
        n = self.num_of(iid)
        f = self.spec.numfmt
        rng = self.rng
        if f == "plain4":
            styles = [f"INV-{n}", f"inv {n}", f"Invoice #{n}", f"INV{n}", f"{n}", f"Inv. No. {n}", f"#{n}",
                      f"INVOICE {n}"]
        elif f == "inv5":
            styles = [f"INV-{n}", f"inv {n}", f"Invoice #{n}", f"INV{n}", f"{n}"]
            local = {"DE": [f"RE {n}", f"Rechnung {n}", f"Rechnungsnr. {n}"], "CH": [f"Rechnung {n}"],
                     "FR": [f"Facture n° {n}", f"FACT {n}"], "NL": [f"Factuur {n}", f"factuurnr {n}"],
                     "IT": [f"Fattura n. {n}", f"Saldo fatt. {n}"], "ES": [f"Factura {n}", f"Fra. {n}"]}
            styles += local.get(self.cust(iid).country, [])
        else:
            styles = [f"INV-{n:06d}", f"INV {n}", f"inv{n}", f"{n:06d}", f"Invoice {n}", f"INV-{n}",
                      f"Inv #{n}", f"{n}"]
        if style is not None:
            return styles[style % len(styles)]
        return rng.choice(styles)

    def bare(self, iid: str) -> str:
        n = self.num_of(iid)
        return f"{n:06d}" if self.spec.numfmt == "pad6" and self.rng.random() < 0.5 else str(n)

    def inv_display(self, iid: str) -> str:
        """How a remittance table lists the invoice."""
        r = self.rng.random()
        num = self.inv[iid]["number"]
        if r < 0.55:
            return num
        n = self.num_of(iid)
        if r < 0.8:
            return str(n)
        return f"INV{n}"

    def money(self, amt: Decimal, style: str = "us") -> str:
        t = f"{q(amt):,.2f}"
        if style == "eu":
            t = t.replace(",", "_").replace(".", ",").replace("_", ".")
        elif style == "plain":
            t = f"{q(amt):.2f}"
        return t

    def ref_numbers_ok(self, text: str | None, cid: str, allowed: set[str]) -> bool:
        """No stray number in the text may name another open invoice of the same customer."""
        if not text:
            return True
        # amounts and dates in a remittance are not invoice numbers to a reader; stray ids are
        if "\n" in text:
            text = re.sub(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b", " ", text)
            text = re.sub(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", " ", text)
        joined = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
        for tok in re.findall(r"\d+", text) + re.findall(r"\d+", joined):
            iid = self.by_num.get(int(tok)) if len(tok) <= 7 else None
            if iid and iid not in allowed and self.inv[iid]["customer_id"] == cid and self.bal[iid] > 0:
                return False
        return True

    def source_for(self, c: Cust, allow: tuple[str, ...] = ("bank", "qbo", "stripe")) -> str:
        src = self.spec.sources
        keys = [k for k in src if k in allow]
        return self.rng.choices(keys, [src[k] for k in keys])[0]

    def payer_fields(self, c: Cust, source: str, messy: bool = False) -> tuple[str | None, str, str]:
        if source == "bank":
            name, how = self.payer_variant(c, force_messy=messy)
            return None, name, how
        if source == "stripe" and self.rng.random() < 0.35:
            return c.id, self.rng.choice(PERSONS), "cardholder name on the Stripe charge, customer id present"
        return c.id, c.name, "customer id present"

    # ---------------- payments ----------------

    def next_date(self) -> date:
        self.day += timedelta(days=self.rng.choice([0, 0, 0, 0, 0, 1]))
        while self.day.weekday() >= 5:
            self.day += timedelta(days=1)
        return self.day

    def new_pid(self, source: str, d: date) -> str:
        while True:
            self.seq += 1
            if source == "bank":
                pid = f"bank-{d:%Y%m%d}-{self.seq:04d}"
            elif source == "stripe":
                pid = "py_3" + "".join(self.rng.choices(string.ascii_letters + string.digits, k=23))
            else:
                pid = f"qbo-pmt-{self.rng.randint(1000, 9999)}{self.seq:03d}"
            if pid not in self.used_ids:
                return pid


# ---------------------------------------------------------------------------
# Scenario builders: each returns (payment-without-id/date, label) or raises Skip
# ---------------------------------------------------------------------------


def P(amount: Decimal | str, currency: str, payer: str, cid: str | None, ref: str | None,
      remit: str | None, source: str) -> dict:
    amt = amount if isinstance(amount, str) else s2(amount)
    return {"amount": amt, "currency": currency, "payer_name": payer, "customer_id": cid,
            "reference": ref, "remittance": remit, "_source": source}


def E(status: str, apps: list[tuple[str, Decimal]], unapplied: Decimal, note: str,
      short_pay: dict | None = None, candidates: list[list[str]] | None = None) -> dict:
    return {"status": status, "applications": apps, "unapplied": unapplied, "short_pay": short_pay,
            "candidates": candidates or [], "note": note}


def who(L: Ledger, c: Cust, how: str, payer: str) -> str:
    if how == "exact":
        return f"payer '{payer}' is customer {c.name}"
    if "customer id" in how:
        return f"customer id {c.id} ({c.name}; {how})"
    return f"payer '{payer}' = {c.name} ({how})"


def nums(L: Ledger, iids: list[str]) -> str:
    return ", ".join(L.inv[i]["number"] for i in iids)


def sc_ref_exact(L: Ledger, messy: bool = False):
    c, cur = L.pick_customer()
    iid = L.rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    src = "bank" if messy else L.source_for(c)
    cid, payer, how = L.payer_fields(c, src, messy=messy)
    tok = L.ref_token(iid)
    rng = L.rng
    if src == "stripe":
        ref = rng.choice([f"Payment for Invoice {L.inv[iid]['number']}", f"Invoice {L.inv[iid]['number']}",
                          f"{tok}"])
    elif src == "bank" and L.spec.numfmt == "plain4" and rng.random() < 0.2:
        ref = f"RMR*IV*{L.num_of(iid)}*{s2(amt)}\\"
    elif src == "bank" and L.spec.numfmt == "inv5" and rng.random() < 0.35:
        ref = rng.choice([f"EREF+NOTPROVIDED SVWZ+{tok}", f"SVWZ+{tok} KD-NR {rng.randint(10, 9999)}",
                          f"{tok} vom {L.inv[iid]['issue_date'][8:10]}.{L.inv[iid]['issue_date'][5:7]}."])
    elif src == "bank" and L.spec.numfmt == "pad6":
        ref = rng.choice([tok.upper(), f"{ascii_fold(c.core).upper()[:8]} {L.bare(iid)}", tok])[:18]
    else:
        ref = rng.choice([tok, f"{tok} thank you", f"Payment {tok}", f"{tok.upper()}"])
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray number")
    if messy and how in ("exact", "all caps"):
        raise Skip("not messy")
    extra = ""
    if L.bal[iid] != D(L.inv[iid]["total"]):
        extra = f" (invoice total {L.inv[iid]['total']} had been part-paid before this file; the payment is the remaining balance)"
    note = f"{who(L, c, how, payer)}; reference names {L.inv[iid]['number']} and the amount equals its balance {s2(amt)}{extra}."
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def sc_payer_name_variant(L: Ledger):
    return sc_ref_exact(L, messy=True)


def sc_ref_multi(L: Ledger):
    c, cur = L.pick_customer(need_open=2)
    op = L.open_of(c.id, cur)
    k = L.rng.randint(2, min(4, len(op)))
    iids = sorted(L.rng.sample(op, k), key=L.num_of)
    amt = sum((L.bal[i] for i in iids), ZERO)
    ns = [L.num_of(i) for i in iids]
    rng = L.rng
    pre = rng.choice(["INV-", "INV ", "Inv ", "Invoices ", "INV"])
    if L.spec.numfmt == "pad6":
        ns_s = [f"{n:06d}" if rng.random() < 0.5 else str(n) for n in ns]
    else:
        ns_s = [str(n) for n in ns]
    form = rng.randrange(5)
    if form == 0 and k == 2:
        a, b = ns_s
        if len(a) == len(b) and a[:-2] == b[:-2] and rng.random() < 0.5:
            ref = f"{pre}{a}/{b[-2:]}"
        else:
            ref = f"{pre}{a}/{b}"
    elif form == 1 and k >= 3:
        ref = f"{pre}{', '.join(ns_s[:-1])} & {ns_s[-1]}"
    elif form == 2:
        ref = f"{pre}{' + '.join(ns_s)}"
    elif form == 3:
        ref = "; ".join(L.ref_token(i, style=0) for i in iids)
    else:
        ref = f"{pre}{', '.join(ns_s)}"
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    if not L.ref_numbers_ok(ref, c.id, set(iids)):
        raise Skip("stray")
    note = f"{who(L, c, how, payer)}; reference lists {nums(L, iids)}; amount = sum of their balances."
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(i, L.bal[i]) for i in iids], ZERO, note)


def sc_ref_range(L: Ledger):
    runs = []
    for c in L.customers:
        if c.sister:
            continue
        for cur in c.currencies:
            op = sorted(L.open_of(c.id, cur), key=L.num_of)
            for i in range(len(op)):
                j = i
                while j + 1 < len(op) and L.num_of(op[j + 1]) == L.num_of(op[j]) + 1:
                    j += 1
                if j - i >= 2:
                    runs.append((c, cur, op[i:j + 1]))
    if not runs:
        raise Skip("no run")
    c, cur, run = L.rng.choice(runs)
    k = L.rng.randint(3, min(4, len(run)))
    st = L.rng.randint(0, len(run) - k)
    iids = run[st:st + k]
    a, b = L.num_of(iids[0]), L.num_of(iids[-1])
    # every number in the range is this customer's open invoice (checked: consecutive run)
    for n in range(a, b + 1):
        assert L.by_num[n] in iids
    rng = L.rng
    if L.spec.numfmt == "plain4":
        forms = [f"inv {a}-{b}", f"INV {a} - {b}", f"Invoices {a} to {b}"]
        if str(a)[:-2] == str(b)[:-2]:
            forms.append(f"INV-{a}-{str(b)[-2:]}")
        ref = rng.choice(forms)
    elif L.spec.numfmt == "inv5":
        ref = rng.choice([f"inv {a}-{b}", f"RE {a} bis {b}", f"Invoices {a} to {b}", f"Factures {a} à {b}"])
    else:
        ref = rng.choice([f"INV {a}-{b}", f"INV-{a:06d} - {b:06d}", f"inv {a} to {b}"])
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    amt = sum((L.bal[i] for i in iids), ZERO)
    note = f"{who(L, c, how, payer)}; reference is the range {a}-{b} = {nums(L, iids)}, all open for this customer; amount = sum of balances."
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(i, L.bal[i]) for i in iids], ZERO, note)


def sc_ref_with_po(L: Ledger, collide: bool = False):
    c, cur = L.pick_customer()
    iid = L.rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    rng = L.rng
    if collide:
        others = [i for i in L.bal if L.bal[i] > 0 and L.inv[i]["customer_id"] != c.id]
        other = rng.choice(others)
        po = str(L.num_of(other))
    else:
        po = rng.choice([str(rng.randint(40000, 99999)), f"4500{rng.randint(100000, 999999)}",
                         f"PO-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}"])
        other = None
    tok = L.ref_token(iid)
    ref = rng.choice([f"PO {po} {tok}", f"PO#{po} / {tok}", f"{tok} (your PO {po})", f"P.O. {po} - {tok}",
                      f"Our PO {po}, your {tok}"])
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray")
    if collide:
        note = (f"{who(L, c, how, payer)}; reference names {L.inv[iid]['number']} (amount = its balance). The PO number {po} "
                f"is also the number of invoice {L.inv[other]['number']} of another customer ({L.cust(other).name}); it is labelled PO and must not be used.")
    else:
        if any(len(t) <= 7 and int(t) in L.by_num for t in re.findall(r"\d+", po)):
            raise Skip("accidental collision")
        note = f"{who(L, c, how, payer)}; reference carries a PO number and names {L.inv[iid]['number']}; amount = its balance."
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def sc_collision_po(L: Ledger):
    return sc_ref_with_po(L, collide=True)


def sc_ref_amount(L: Ledger):
    rng = L.rng
    # prefer invoices whose amount's integer part is itself an invoice number
    cands = [i for i in L.bal if L.bal[i] > 0 and not L.cust(i).sister and int(L.bal[i]) in L.by_num
             and L.by_num[int(L.bal[i])] != i]
    if cands and rng.random() < 0.7:
        iid = rng.choice(cands)
        c, cur = L.cust(iid), L.inv[iid]["currency"]
    else:
        c, cur = L.pick_customer()
        iid = rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    tok = L.ref_token(iid, style=0)
    m = L.money(amt)
    ref = rng.choice([f"{tok} AMT {m}", f"{tok} {cur} {s2(amt)}", f"Pay {tok} {m}", f"{tok} / {m} {cur}"])
    if L.spec.numfmt == "plain4" and rng.random() < 0.3:
        ref = f"RMR*IV*{L.num_of(iid)}*{s2(amt)}*{s2(amt)}\\"
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    # the amount's digits may name another invoice; only a same-customer open one would be ambiguous
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray")
    coll = ""
    ip = int(amt)
    if ip in L.by_num and L.by_num[ip] != iid:
        o = L.by_num[ip]
        whose = "another customer's" if L.inv[o]["customer_id"] != c.id else "this customer's already closed"
        coll = f" The amount's digits {ip} are also {whose} invoice number {L.inv[o]['number']}: a trap."
    note = f"{who(L, c, how, payer)}; reference names {L.inv[iid]['number']} and states the amount {m}, which equals its balance.{coll}"
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def sc_collision_check(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer()
    iid = rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    if L.ncount(c.id, cur, amt) != 1:
        raise Skip("not unique")
    others = [i for i in L.bal if L.bal[i] > 0 and L.inv[i]["customer_id"] != c.id]
    other = rng.choice(others)
    chk = L.bare(other)
    ref = rng.choice([f"Check #{chk}", f"CHK {chk}", f"Cheque no. {chk}", f"CHECK {chk}"])
    cid, payer, how = L.payer_fields(c, "qbo")
    note = (f"{who(L, c, how, payer)}; no invoice reference, the memo is a cheque number {chk} that happens to equal "
            f"invoice {L.inv[other]['number']} of another customer ({L.cust(other).name}). The amount {s2(amt)} equals exactly one open "
            f"invoice of this customer ({L.inv[iid]['number']}) and no combination of its other invoices.")
    return P(amt, cur, payer, cid, ref, None, "qbo"), E("applied", [(iid, amt)], ZERO, note)


def one_edit_typos(digits: str) -> list[tuple[str, str]]:
    out = []
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            out.append((digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:], "transposed digits"))
    for i in range(len(digits) + 1):
        for d in "0123456789":
            out.append((digits[:i] + d + digits[i:], "extra digit"))
    for i in range(len(digits)):
        out.append((digits[:i] + digits[i + 1:], "missing digit"))
    return out


def sc_typo_certain(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer()
    iid = rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    if L.ncount(c.id, cur, amt) != 1:
        raise Skip("amount not unique")
    digits = str(L.num_of(iid))
    typos = [(t, k) for t, k in one_edit_typos(digits)
             if len(t) >= 4 and not t.startswith("0") and int(t) not in L.by_num]
    pref = [x for x in typos if x[1] == "transposed digits"] or typos
    if not pref:
        raise Skip("no typo")
    typo, kind = rng.choice(pref)
    if L.spec.numfmt == "pad6" and len(typo) < 6:
        typo_disp = typo.zfill(6) if rng.random() < 0.5 else typo
    else:
        typo_disp = typo
    if L.spec.numfmt == "inv5":
        pre = rng.choice(["INV-", "RE ", "inv ", "Rechnung "])
    else:
        pre = rng.choice(["INV-", "inv ", "Invoice #", "INV "])
    ref = f"{pre}{typo_disp}"
    src = L.source_for(c)
    cid, payer, how = L.payer_fields(c, src)
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; reference {ref} is not an invoice number in the ledger ({kind} of "
            f"{L.inv[iid]['number']}); the amount {s2(amt)} equals {L.inv[iid]['number']}'s balance and no other "
            f"invoice or combination of this customer: customer + exact amount make it certain.")
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def sc_typo_ambiguous(L: Ledger):
    rng = L.rng
    # type A: reference is a one-edit typo that lands on ANOTHER open invoice of the same customer,
    # while the amount equals the intended one's balance
    pairs = []
    for c in L.customers:
        if c.sister:
            continue
        for cur in c.currencies:
            op = L.open_of(c.id, cur)
            byn = {str(L.num_of(i)): i for i in op}
            for i in op:
                for t, kind in one_edit_typos(str(L.num_of(i))) + [
                        (str(L.num_of(i) + 1), "neighbouring number"), (str(L.num_of(i) - 1), "neighbouring number")]:
                    j = byn.get(t)
                    if j and j != i and L.bal[j] != L.bal[i] and L.bal[i] < L.bal[j]:
                        pairs.append((c, cur, i, j, kind))
    if pairs and rng.random() < 0.7:
        c, cur, i, j, kind = rng.choice(pairs)
        amt = L.bal[i]
        ref = L.ref_token(j)
        src = L.source_for(c, ("bank", "qbo"))
        cid, payer, how = L.payer_fields(c, src)
        note = (f"{who(L, c, how, payer)}; reference names open invoice {L.inv[j]['number']} (balance {s2(L.bal[j])}) but the "
                f"amount {s2(amt)} is exactly the balance of {L.inv[i]['number']} ({kind}). Either a typo for "
                f"{L.inv[i]['number']} or a part payment of {L.inv[j]['number']}: a clerk cannot be sure.")
        return P(amt, cur, payer, cid, ref, None, src), E("review", [], amt, note, candidates=[[i], [j]])
    # type B: typo to a non-existent number, amount matches two invoices of the customer
    dup = []
    for c in L.customers:
        if c.sister:
            continue
        for cur in c.currencies:
            op = L.open_of(c.id, cur)
            seen = defaultdict(list)
            for i in op:
                seen[L.bal[i]].append(i)
            for b, lst in seen.items():
                if len(lst) >= 2:
                    dup.append((c, cur, lst))
    if not dup:
        raise Skip("none")
    c, cur, lst = rng.choice(dup)
    i = rng.choice(lst)
    typos = [t for t, k in one_edit_typos(str(L.num_of(i))) if len(t) >= 4 and not t.startswith("0")
             and int(t) not in L.by_num]
    if not typos:
        raise Skip("no typo")
    ref = f"INV {rng.choice(typos)}"
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    amt = L.bal[i]
    note = (f"{who(L, c, how, payer)}; reference {ref} is no invoice in the ledger; it is one edit away from "
            f"{L.inv[i]['number']}, but the amount {s2(amt)} is the balance of {len(lst)} open invoices of this customer "
            f"({nums(L, lst)}): not certain which one.")
    return P(amt, cur, payer, cid, ref, None, src), E("review", [], amt, note, candidates=[[x] for x in lst])


# ---------------- remittance advice ----------------

def remit_text(L: Ledger, c: Cust, cur: str, _payer: str, lines: list[dict], total: Decimal, pay_ref: str,
               pay_date: date, extra_lines: list[str] | None = None) -> str:
    rng = L.rng
    payer = c.name  # the advice comes from the customer's own AP system, not the bank
    has_ded = any(ln["ded"] > 0 for ln in lines)
    country = c.country
    fmt = rng.random()
    extra_lines = extra_lines or []
    if country in ("DE", "CH") and fmt < 0.6:
        rows = ["Zahlungsavis", f"{ascii_fold(payer) if rng.random() < 0.3 else payer}",
                f"Zahlung vom {pay_date:%d.%m.%Y} über {L.money(total, 'eu')} {cur}, Avis-Nr. {pay_ref}",
                "Beleg-Nr.;Belegdatum;Rechnungsbetrag;Skonto/Abzug;Zahlbetrag;Bemerkung"]
        for ln in lines:
            d0 = date.fromisoformat(L.inv[ln["iid"]]["issue_date"])
            rows.append(f"{ln['disp']};{d0:%d.%m.%Y};{L.money(ln['gross'], 'eu')};{L.money(ln['ded'], 'eu')};"
                        f"{L.money(ln['net'], 'eu')};{ln.get('reason_de', ln.get('reason', ''))}")
        rows.append(f"Summe;;;;{L.money(total, 'eu')};")
        return "\n".join(rows + extra_lines)
    if country == "FR" and fmt < 0.6:
        rows = ["AVIS DE PAIEMENT", f"Émetteur : {payer}", f"Date de règlement : {pay_date:%d/%m/%Y} - Réf. {pay_ref}",
                "Nous vous informons du virement de la somme de "
                f"{L.money(total, 'eu')} {cur} en règlement des factures suivantes :",
                f"{'Facture N°':<14}{'Date':<12}{'Montant TTC':>14}{'Escompte/Déd.':>15}{'Net payé':>14}  Motif"]
        for ln in lines:
            d0 = date.fromisoformat(L.inv[ln["iid"]]["issue_date"])
            rows.append(f"{ln['disp']:<14}{d0:%d/%m/%Y}  {L.money(ln['gross'], 'eu'):>14}{L.money(ln['ded'], 'eu'):>15}"
                        f"{L.money(ln['net'], 'eu'):>14}  {ln.get('reason_fr', ln.get('reason', ''))}")
        rows.append(f"{'Total':<40}{L.money(total, 'eu'):>29}")
        return "\n".join(rows + extra_lines)
    if fmt < 0.3:
        rows = ["invoice_number,invoice_date,gross_amount,discount_deduction,amount_paid,currency,comment"]
        for ln in lines:
            rows.append(f"{ln['disp']},{L.inv[ln['iid']]['issue_date']},{s2(ln['gross'])},{s2(ln['ded'])},"
                        f"{s2(ln['net'])},{cur},{ln.get('reason', '')}")
        rows.append(f"TOTAL,,,,{s2(total)},{cur},")
        return "\n".join(rows + extra_lines)
    if fmt < 0.55 and not has_ded:
        sym = {"USD": "$", "GBP": "£", "EUR": "€"}[cur]
        rows = ["Hello,", "", f"Please note we have today sent a payment of {sym}{L.money(total)} covering the following:", ""]
        for ln in lines:
            rows.append(f"  - Inv {ln['disp']}: {sym}{L.money(ln['net'])}")
        rows += ["", f"Payment reference: {pay_ref}", "", "Kind regards,", f"Accounts Payable | {payer}"]
        return "\n".join(rows + extra_lines)
    w = 16
    rows = ["REMITTANCE ADVICE", f"From: {payer}", f"Payment date: {pay_date.isoformat()}    Payment no.: {pay_ref}",
            f"Currency: {cur}", ""]
    if has_ded:
        rows.append(f"{'Invoice No.':<{w}}{'Inv Date':<12}{'Gross':>12}{'Deduction':>12}{'Net Paid':>12}  Reason")
        for ln in lines:
            rows.append(f"{ln['disp']:<{w}}{L.inv[ln['iid']]['issue_date']:<12}{L.money(ln['gross']):>12}"
                        f"{L.money(ln['ded']):>12}{L.money(ln['net']):>12}  {ln.get('reason', '')}")
    else:
        rows.append(f"{'Invoice No.':<{w}}{'Inv Date':<12}{'Amount Paid':>14}")
        for ln in lines:
            rows.append(f"{ln['disp']:<{w}}{L.inv[ln['iid']]['issue_date']:<12}{L.money(ln['net']):>14}")
    rows.append("-" * 60)
    rows.append(f"{'TOTAL PAID':<{w + 12}}{L.money(total):>{36 if has_ded else 14}}")
    return "\n".join(rows + extra_lines)


def pay_run_ref(L: Ledger) -> str:
    r = L.rng
    return r.choice([f"PAYRUN {r.randint(100, 999999):06d}", f"REMIT {r.randint(1000, 9999)}",
                     f"SUPPLIER PMT {r.randint(10000, 99999)}", f"AP{r.randint(100000, 999999)}"])


def sc_remittance_full(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer(need_open=1)
    op = L.open_of(c.id, cur)
    k = rng.randint(1, min(5, len(op)))
    iids = sorted(rng.sample(op, k), key=L.num_of)
    lines = [{"iid": i, "disp": L.inv_display(i), "gross": L.bal[i], "ded": ZERO, "net": L.bal[i]} for i in iids]
    amt = sum((L.bal[i] for i in iids), ZERO)
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    pr = pay_run_ref(L)
    ref = rng.choice([pr, pr, None, "SUPPLIER PAYMENT"])
    remit = remit_text(L, c, cur, payer, lines, amt, pr.split()[-1], L.day)
    if not (L.ref_numbers_ok(ref, c.id, set(iids)) and L.ref_numbers_ok(remit, c.id, set(iids))):
        raise Skip("stray")
    note = f"{who(L, c, how, payer)}; remittance advice lists {nums(L, iids)} at their full balances; total = payment amount."
    return P(amt, cur, payer, cid, ref, remit, src), E("applied", [(i, L.bal[i]) for i in iids], ZERO, note)


def sc_remittance_mismatch(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer(need_open=2)
    op = L.open_of(c.id, cur)
    k = rng.randint(2, min(4, len(op)))
    iids = sorted(rng.sample(op, k), key=L.num_of)
    lines = [{"iid": i, "disp": L.inv_display(i), "gross": L.bal[i], "ded": ZERO, "net": L.bal[i]} for i in iids]
    listed = sum((L.bal[i] for i in iids), ZERO)
    diff = q(D(str(rng.choice([rng.uniform(-0.35, -0.05), rng.uniform(0.05, 0.3)]))) * listed)
    amt = listed + diff
    if amt <= 0 or L.ncount(c.id, cur, amt) != 0:
        raise Skip("fits something")
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    pr = pay_run_ref(L)
    remit = remit_text(L, c, cur, payer, lines, listed, pr.split()[-1], L.day)
    if not (L.ref_numbers_ok(pr, c.id, set(iids)) and L.ref_numbers_ok(remit, c.id, set(iids))):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; the remittance lists {nums(L, iids)} totalling {s2(listed)} but the payment is "
            f"{s2(amt)}, with no explanation of the {s2(abs(diff))} difference and no subset of the customer's invoices "
            f"summing to it: which invoice is short (or what the extra is for) is unknown.")
    return P(amt, cur, payer, cid, pr, remit, src), E("review", [], amt, note, candidates=[iids])


# ---------------- no reference ----------------

GENERIC_REFS = [None, None, None, "PAYMENT", "ACH CREDIT", "SUPPLIER PAYMENT", "TRANSFER", "BILL PAYMENT",
                "FASTER PAYMENT", "/RFB/NOTPROVIDED"]


def generic_ref(L: Ledger) -> str | None:
    return L.rng.choice(GENERIC_REFS)


def sc_noref_unique(L: Ledger, two_cur: bool = False):
    rng = L.rng
    if two_cur:
        c, cur = L.pick_customer(pred=lambda c, cur: len(c.currencies) > 1 and cur == c.currencies[1])
    else:
        c, cur = L.pick_customer()
    iid = rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    if L.ncount(c.id, cur, amt) != 1:
        raise Skip("not unique")
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    ref = generic_ref(L)
    note = (f"{who(L, c, how, payer)}; no invoice reference; amount {s2(amt)} equals the balance of exactly one open "
            f"{cur} invoice of the customer ({L.inv[iid]['number']}) and no combination of the others.")
    if two_cur:
        note += f" The customer is billed in {' and '.join(c.currencies)}; only its {cur} invoices count."
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def sc_two_currency(L: Ledger):
    if L.rng.random() < 0.5:
        return sc_noref_unique(L, two_cur=True)
    c, cur = L.pick_customer(pred=lambda c, cur: len(c.currencies) > 1 and cur == c.currencies[1])
    iid = L.rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    src = L.source_for(c)
    cid, payer, how = L.payer_fields(c, src)
    ref = L.ref_token(iid)
    note = (f"{who(L, c, how, payer)}; customer billed in {' and '.join(c.currencies)}; {cur} payment names "
            f"{cur} invoice {L.inv[iid]['number']} and equals its balance.")
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def dup_groups(L: Ledger) -> list[tuple[Cust, str, list[str]]]:
    out = []
    for c in L.customers:
        if c.sister:
            continue
        for cur in c.currencies:
            seen = defaultdict(list)
            for i in L.open_of(c.id, cur):
                seen[L.bal[i]].append(i)
            for lst in seen.values():
                if len(lst) >= 2:
                    out.append((c, cur, lst))
    return out


def sc_noref_two(L: Ledger):
    groups = dup_groups(L)
    if not groups:
        raise Skip("none")
    c, cur, lst = L.rng.choice(groups)
    amt = L.bal[lst[0]]
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    ref = generic_ref(L)
    note = (f"{who(L, c, how, payer)}; no invoice reference; amount {s2(amt)} equals the balance of {len(lst)} open "
            f"invoices ({nums(L, lst)}): which one is paid is a guess (oldest-first would be a policy, not a fact).")
    return P(amt, cur, payer, cid, ref, None, src), E("review", [], amt, note, candidates=[[x] for x in lst])


def sc_lump_unique(L: Ledger):
    rng = L.rng
    # with many open invoices some subset matches almost any amount by chance, so an exact
    # subset is only evidence when the customer has few open invoices
    c, cur = L.pick_customer(need_open=3, pred=lambda c, cur: len(L.open_of(c.id, cur)) <= 12)
    op = L.open_of(c.id, cur)
    k = rng.randint(2, min(6, len(op) - 1))
    iids = sorted(rng.sample(op, k), key=L.num_of)
    amt = sum((L.bal[i] for i in iids), ZERO)
    if L.ncount(c.id, cur, amt) != 1:
        raise Skip("not unique")
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    ref = generic_ref(L)
    note = (f"{who(L, c, how, payer)}; no reference; amount {s2(amt)} is the sum of exactly one set of the customer's "
            f"open {cur} invoices: {nums(L, iids)} (checked over all subsets of its {len(op)} open invoices).")
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(i, L.bal[i]) for i in iids], ZERO, note)


def sc_lump_ambiguous(L: Ledger):
    rng = L.rng
    groups = [g for g in dup_groups(L) if len(L.open_of(g[0].id, g[1])) >= 3]
    if groups and rng.random() < 0.7:
        c, cur, lst = rng.choice(groups)
        a, b = lst[0], lst[1]
        op = [i for i in L.open_of(c.id, cur) if i not in (a, b)]
        if not op:
            raise Skip("small")
        others = rng.sample(op, rng.randint(1, min(3, len(op))))
        s1 = sorted([a] + others, key=L.num_of)
        s2_ = sorted([b] + others, key=L.num_of)
        amt = sum((L.bal[i] for i in s1), ZERO)
    else:
        # two different pairs with the same total: find x+y == z+w in the customer's invoices
        c, cur = L.pick_customer(need_open=4)
        op = L.open_of(c.id, cur)
        sums = defaultdict(list)
        for i in range(len(op)):
            for j in range(i + 1, len(op)):
                sums[L.bal[op[i]] + L.bal[op[j]]].append((op[i], op[j]))
        hits = [v for v in sums.values() if len(v) >= 2 and not set(v[0]) & set(v[1])]
        if not hits:
            raise Skip("none")
        v = rng.choice(hits)
        s1, s2_ = sorted(v[0], key=L.num_of), sorted(v[1], key=L.num_of)
        amt = sum((L.bal[i] for i in s1), ZERO)
    if L.ncount(c.id, cur, amt) < 2:
        raise Skip("unique after all")
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    ref = generic_ref(L)
    note = (f"{who(L, c, how, payer)}; no reference; amount {s2(amt)} is the sum of more than one set of open "
            f"invoices (e.g. {nums(L, s1)} or {nums(L, s2_)}).")
    return P(amt, cur, payer, cid, ref, None, src), E("review", [], amt, note, candidates=[s1, s2_])


# ---------------- partials, short pays, overpayments ----------------

def sc_partial(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer(pred=lambda c, cur: any(L.bal[i] >= D("300") for i in L.open_of(c.id, cur)))
    iid = rng.choice([i for i in L.open_of(c.id, cur) if L.bal[i] >= D("300")])
    b = L.bal[iid]
    frac = D(str(round(rng.uniform(0.2, 0.7), 2)))
    amt = q(b * frac)
    if rng.random() < 0.6:
        step = D("100") if b > 2000 else D("10")
        amt = q((amt / step).to_integral_value() * step)
    if not (ZERO < amt < b) or L.ncount(c.id, cur, amt) != 0:
        raise Skip("fits")
    tok = L.ref_token(iid)
    ref = rng.choice([f"{tok} part payment", f"Partial payment {tok}", f"1st instalment {tok}", f"{tok}",
                      f"{tok} - payment 1 of 2", f"On account {tok}"])
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; reference names {L.inv[iid]['number']} (balance {s2(b)}); {s2(amt)} is a part "
            f"payment with no deduction reason; it matches no other invoice or set. Apply it, leave {s2(b - amt)} open.")
    return P(amt, cur, payer, cid, ref, None, src), E("partial", [(iid, amt)], ZERO, note)


def sc_balance_after_partial(L: Ledger):
    opts = [i for i in L.partial_open if L.bal[i] > 0]
    if not opts:
        raise Skip("none yet")
    iid = L.rng.choice(opts)
    c, cur = L.cust(iid), L.inv[iid]["currency"]
    amt = L.bal[iid]
    tok = L.ref_token(iid)
    ref = L.rng.choice([f"{tok} balance", f"Final payment {tok}", f"{tok} remaining", f"2nd instalment {tok}"])
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; {L.inv[iid]['number']} was part-paid by an earlier payment in this file; this pays "
            f"the remaining balance {s2(amt)} exactly.")
    return P(amt, cur, payer, cid, ref, None, src), E("applied", [(iid, amt)], ZERO, note)


def sc_shortpay(L: Ledger, kind: str):
    rng = L.rng
    c, cur = L.pick_customer(pred=lambda c, cur: any(L.bal[i] >= D("400") for i in L.open_of(c.id, cur)))
    cands = [i for i in L.open_of(c.id, cur) if L.bal[i] >= D("400")]
    if kind == "discount":
        cands = [i for i in cands if L.bal[i] == D(L.inv[i]["total"])]
    if not cands:
        raise Skip("none")
    iid = rng.choice(cands)
    b = L.bal[iid]
    if kind == "discount":
        short = q(b * D("0.02"))
        reason, reason_de, reason_fr = "2% early payment discount", "2% Skonto", "Escompte 2% paiement anticipé"
        sp_reason = "early-payment discount 2% taken"
    elif kind == "bank_fee":
        short = rng.choice([D("15.00")] * 4 + [D("20.00"), D("25.00")])
        reason, reason_de, reason_fr = "bank charges deducted", "Bankgebühren abgezogen", "frais bancaires déduits"
        sp_reason = f"bank fee {s2(short)} deducted"
    else:
        short = q(b * D(str(round(rng.uniform(0.04, 0.25), 3))))
        dn = rng.randint(1000, 9999)
        reason = f"damaged goods DN-{dn}"
        reason_de = f"Abzug beschädigte Ware LS {dn}"
        reason_fr = f"marchandise endommagée BL {dn}"
        sp_reason = f"deduction for damaged goods (delivery {dn})"
    amt = b - short
    if L.ncount(c.id, cur, amt) != 0:
        raise Skip("fits")
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    tok = L.ref_token(iid)
    line = {"iid": iid, "disp": L.inv_display(iid), "gross": b, "ded": short, "net": amt, "reason": reason,
            "reason_de": reason_de, "reason_fr": reason_fr}
    extra = []
    if kind == "bank_fee" and rng.random() < 0.5:
        line = {"iid": iid, "disp": L.inv_display(iid), "gross": b, "ded": ZERO, "net": b}
        remit = (f"Payment advice - {c.name}\nInvoice {line['disp']}  amount {L.money(b)} {cur}\n"
                 f"Less bank charges (intermediary bank)  -{L.money(short)}\nNet remitted  {L.money(amt)} {cur}")
    else:
        remit = remit_text(L, c, cur, payer, [line], amt, str(rng.randint(10000, 99999)), L.day, extra)
    ref = rng.choice([tok, f"{tok} less {'disc' if kind == 'discount' else 'ded'}", tok])
    if not (L.ref_numbers_ok(ref, c.id, {iid}) and L.ref_numbers_ok(remit, c.id, {iid})):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; pays {L.inv[iid]['number']} (balance {s2(b)}) short by {s2(short)}; the "
            f"remittance gives the reason ({sp_reason}). Apply {s2(amt)}, open a deduction for {s2(short)}.")
    sp = {"invoice_id": iid, "amount": short, "reason": sp_reason}
    return P(amt, cur, payer, cid, ref, remit, src), E("partial", [(iid, amt)], ZERO, note, short_pay=sp)


def sc_shortpay_remit_multi(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer(need_open=2, pred=lambda c, cur: any(L.bal[i] >= D("400") for i in L.open_of(c.id, cur)))
    op = L.open_of(c.id, cur)
    k = rng.randint(2, min(4, len(op)))
    iids = sorted(rng.sample(op, k), key=L.num_of)
    big = [i for i in iids if L.bal[i] >= D("400")]
    if not big:
        raise Skip("none")
    sh = rng.choice(big)
    kind = rng.choice(["discount", "damaged", "pricing"])
    b = L.bal[sh]
    if kind == "discount":
        short = q(b * D("0.02"))
        reason, sp_reason = "2% prompt payment discount", "early-payment discount 2% taken"
    elif kind == "damaged":
        short = q(b * D(str(round(rng.uniform(0.05, 0.2), 3))))
        reason, sp_reason = "damaged on delivery - claim CLM-%d" % rng.randint(100, 999), "deduction for damaged goods"
    else:
        short = q(b * D(str(round(rng.uniform(0.03, 0.12), 3))))
        reason, sp_reason = "price difference vs PO", "pricing deduction (price differs from PO)"
    lines = []
    for i in iids:
        if i == sh:
            lines.append({"iid": i, "disp": L.inv_display(i), "gross": b, "ded": short, "net": b - short,
                          "reason": reason, "reason_de": reason, "reason_fr": reason})
        else:
            lines.append({"iid": i, "disp": L.inv_display(i), "gross": L.bal[i], "ded": ZERO, "net": L.bal[i]})
    amt = sum((ln["net"] for ln in lines), ZERO)
    if L.ncount(c.id, cur, amt) != 0:
        raise Skip("fits")
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    pr = pay_run_ref(L)
    remit = remit_text(L, c, cur, payer, lines, amt, pr.split()[-1], L.day)
    apps = [(ln["iid"], ln["net"]) for ln in lines]
    if not (L.ref_numbers_ok(pr, c.id, set(iids)) and L.ref_numbers_ok(remit, c.id, set(iids))):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; remittance pays {nums(L, iids)}; {L.inv[sh]['number']} is paid {s2(b - short)} of "
            f"{s2(b)} with a stated deduction ({sp_reason}) of {s2(short)}; the others in full.")
    sp = {"invoice_id": sh, "amount": short, "reason": sp_reason}
    return P(amt, cur, payer, cid, pr, remit, src), E("partial", apps, ZERO, note, short_pay=sp)


def sc_overpay(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer()
    op = L.open_of(c.id, cur)
    partly = [i for i in op if L.bal[i] < D(L.inv[i]["total"])]
    if partly and rng.random() < 0.35:
        iids = [rng.choice(partly)]
        amt = D(L.inv[iids[0]]["total"])
        why = (f"the customer paid the invoice total {s2(amt)} although {s2(amt - L.bal[iids[0]])} had already been "
               f"paid before")
    else:
        k = 1 if rng.random() < 0.75 or len(op) < 2 else 2
        iids = sorted(rng.sample(op, k), key=L.num_of)
        base = sum((L.bal[i] for i in iids), ZERO)
        mode = rng.random()
        if mode < 0.4:
            step = D("100") if base < 5000 else D("1000")
            amt = q(((base / step).to_integral_value(rounding="ROUND_CEILING") + (1 if rng.random() < 0.3 else 0)) * step)
            why = "rounded-up amount"
        elif mode < 0.7:
            amt = base + q(D(str(rng.uniform(5, 600))))
            why = "overpaid by an unexplained amount"
        else:
            amt = base + q(base * D("0.2"))
            why = "paid including 20% VAT already included in the invoice total"
    base = sum((L.bal[i] for i in iids), ZERO)
    rest = amt - base
    if rest <= 0:
        raise Skip("no rest")
    if L.ncount(c.id, cur, amt) != 0 or L.ncount(c.id, cur, rest, exclude=set(iids)) != 0:
        raise Skip("rest fits another invoice")
    ref = " / ".join(L.ref_token(i) for i in iids)
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    if not L.ref_numbers_ok(ref, c.id, set(iids)):
        raise Skip("stray")
    note = (f"{who(L, c, how, payer)}; reference names {nums(L, iids)} (balance {s2(base)}); payment {s2(amt)} "
            f"({why}). Apply the balance, hold {s2(rest)} as unapplied cash on the account (matches no other invoice).")
    return P(amt, cur, payer, cid, ref, None, src), E("unapplied", [(i, L.bal[i]) for i in iids], rest, note)


def sc_second_payment(L: Ledger):
    rng = L.rng
    opts = list(L.closed_by.items())
    rng.shuffle(opts)
    for iid, (pid, paid) in opts:
        c, cur = L.cust(iid), L.inv[iid]["currency"]
        if c.sister:
            continue
        if L.ncount(c.id, cur, paid) != 0:
            continue
        src = L.source_for(c)
        cid, payer, how = L.payer_fields(c, src)
        ref = L.ref_token(iid)
        if src == "stripe":
            ref = f"Payment for Invoice {L.inv[iid]['number']}"
        if not L.ref_numbers_ok(ref, c.id, {iid}):
            continue
        note = (f"{who(L, c, how, payer)}; reference names {L.inv[iid]['number']}, which payment {pid} earlier in this "
                f"file already paid in full ({s2(paid)}). Same amount again, matching no open invoice: a duplicate "
                f"payment, held as unapplied cash on the customer's account (refund or credit is a person's call).")
        return P(paid, cur, payer, cid, ref, None, src), E("unapplied", [], paid, note)
    raise Skip("none")


def sc_known_no_fit(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer()
    mode = rng.random()
    if mode < 0.6:
        amt = q(rng.choice([500, 1000, 2000, 2500, 5000, 7500, 10000, 15000]))
        ref = rng.choice([f"Deposit for order SO-{rng.randint(50000, 59999)}", "Advance payment",
                          f"Prepayment per quote Q-{rng.randint(2026000, 2026999)}", "Retainer top-up",
                          "ON ACCOUNT", None])
    else:
        amt = q(D(str(round(rng.uniform(60, 4000), 2))))
        ref = rng.choice([None, "PAYMENT", "Payment on account"])
    if L.ncount(c.id, cur, amt) != 0:
        raise Skip("fits")
    src = rng.choice(["qbo", "stripe"])
    cid, payer, how = L.payer_fields(c, src)
    if ref and re.search(r"\d", ref) and not L.ref_numbers_ok(ref, c.id, set()):
        raise Skip("stray")
    n_open = len(L.open_of(c.id, cur))
    note = (f"{who(L, c, how, payer)}; reference {ref!r} names no invoice; amount {s2(amt)} matches no open invoice or "
            f"combination of the customer's {n_open} open {cur} invoices. Known customer, fits nothing: hold as unapplied "
            f"cash on the account (contract: 'a known customer's payment that fits no invoice').")
    return P(amt, cur, payer, cid, ref, None, src), E("unapplied", [], amt, note)


def sc_unknown_payer(L: Ledger):
    rng = L.rng
    payer = rng.choice(UNKNOWN_PAYERS)
    if L.identify(payer):
        raise Skip("matches someone")
    first = full_norm(payer).split()[0]
    if any(c.fnorm.split()[0] == first for c in L.customers):
        raise Skip("shares a word")
    cur = rng.choice(sorted({i["currency"] for i in L.invoices}))
    op = [i for i in L.bal if L.bal[i] > 0 and L.inv[i]["currency"] == cur and not L.cust(i).sister]
    if rng.random() < 0.5:
        iid = rng.choice(op)
        amt = L.bal[iid]
        same = [i for i in op if L.bal[i] == amt]
        cand = [[i] for i in same]
        desc = (f"the amount happens to equal the balance of {nums(L, same)} ({', '.join(L.cust(i).name for i in same)}), "
                f"a weak candidate only")
    else:
        amt = q(D(str(round(rng.uniform(25, 3000), 2))))
        same = [i for i in op if L.bal[i] == amt]
        cand = [[i] for i in same]
        desc = "the amount matches no open invoice" if not same else "the amount equals an unrelated invoice"
    ref = rng.choice([None, None, "PAYMENT", "TRANSFER", "THANK YOU"])
    note = f"payer '{payer}' matches no customer, no reference; {desc}. Nobody can be sure whose money this is."
    return P(amt, cur, payer, None, ref, None, "bank"), E("review", [], amt, note, candidates=cand)


def sc_sister(L: Ledger):
    sis = sorted([c for c in L.customers if c.sister], key=lambda c: c.sister)
    a, b = sis
    cur = a.currencies[0]
    shared = []
    for ia in L.open_of(a.id, cur):
        for ib in L.open_of(b.id, cur):
            if L.bal[ia] == L.bal[ib] and (ia, ib) not in L.sister_used:
                shared.append((ia, ib))
    if not shared:
        raise Skip("none")
    ia, ib = L.rng.choice(shared)
    L.sister_used.add((ia, ib))
    payer = ascii_fold(a.core).upper()
    amt = L.bal[ia]
    note = (f"payer '{payer}' fits both {a.name} and {b.name} (related companies, same monthly fee); no reference; the "
            f"amount {s2(amt)} is an open invoice of each ({L.inv[ia]['number']}, {L.inv[ib]['number']}).")
    return (P(amt, cur, payer, None, L.rng.choice([None, "MONTHLY FEE"]), None, "bank"),
            E("review", [], amt, note, candidates=[[ia], [ib]]))


def sc_currency_mismatch(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer(pred=lambda c, cur: len(c.currencies) == 1)
    other = rng.choice([x for x in ("USD", "EUR", "GBP") if x != cur])
    iid = rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    name, how = L.payer_variant(c)
    with_ref = rng.random() < 0.6
    ref = L.ref_token(iid) if with_ref else generic_ref(L)
    if not L.ref_numbers_ok(ref, c.id, {iid}):
        raise Skip("stray")
    note = (f"payer '{name}' looks like {c.name}, which is billed only in {cur}; the payment is {other} "
            f"{s2(amt)}{' with reference ' + L.inv[iid]['number'] if with_ref else ' with no reference'} "
            f"(the {cur} balance of {L.inv[iid]['number']} is numerically the same). Nothing can be applied across currencies, "
            f"and 'unapplied' would park {other} cash on a {cur}-only account: converting it (at what rate, and is the payer "
            f"really this customer?) is a person's decision, so review rather than unapplied.")
    return P(amt, other, name, None, ref, None, "bank"), E("review", [], amt, note, candidates=[[iid]])


# ---------------- bad input ----------------

def sc_err_negative(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer()
    iid = rng.choice(L.open_of(c.id, cur))
    amt = -L.bal[iid]
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    ref = rng.choice([f"RETURN {L.ref_token(iid)}", f"REVERSAL {L.ref_token(iid)}", L.ref_token(iid)])
    note = (f"bad input: negative amount {s2(amt)} (a return/reversal in the feed is not a received payment). "
            f"Expected a per-payment error, nothing applied, the rest of the file processed.")
    return P(amt, cur, payer, cid, ref, None, src), E("error", [], ZERO, note)


def sc_err_currency(L: Ledger):
    rng = L.rng
    c, cur = L.pick_customer()
    iid = rng.choice(L.open_of(c.id, cur))
    amt = L.bal[iid]
    bad = rng.choice({"GBP": ["GPB", "UKP", "XYZ"], "USD": ["US$", "USX", "XYZ"], "EUR": ["EURO", "EUD", "XYZ"]}[cur])
    src = L.source_for(c, ("bank", "qbo"))
    cid, payer, how = L.payer_fields(c, src)
    ref = L.ref_token(iid)
    note = (f"bad input: unknown currency code {bad!r} (not ISO 4217). Even though it looks like {cur} and the reference "
            f"names {L.inv[iid]['number']}, a per-payment error, nothing applied, the rest processed.")
    return P(amt, bad, payer, cid, ref, None, src), E("error", [], ZERO, note)


def sc_err_dup(L: Ledger):
    if len(L.payments) < 5:
        raise Skip("too early")
    prev = L.rng.choice([p for p in L.payments[:-1] if p["id"] not in L.dup_ids])
    p = {k: v for k, v in prev.items()}
    if L.rng.random() < 0.5:
        kind = "a re-delivery (same fields, later date) of"
    else:
        kind = "a different payment reusing the id of"
        p["amount"] = s2(q(D(p["amount"]) * D("1.5"))) if D(p["amount"]) > 0 else p["amount"]
    p["_source"] = "dup"
    note = (f"bad input: payment id {prev['id']} was already used earlier in this file; this entry is {kind} that "
            f"payment. A per-payment error (never applied twice), the rest processed.")
    return p, E("error", [], ZERO, note)


BUILDERS = {
    "ref_exact": sc_ref_exact, "payer_name_variant": sc_payer_name_variant, "ref_multi": sc_ref_multi,
    "ref_range": sc_ref_range, "ref_with_po": sc_ref_with_po, "ref_amount_in_text": sc_ref_amount,
    "collision_po_is_invoice_no": sc_collision_po, "collision_check_no": sc_collision_check,
    "typo_certain": sc_typo_certain, "typo_ambiguous": sc_typo_ambiguous,
    "remittance_full": sc_remittance_full, "remittance_mismatch": sc_remittance_mismatch,
    "noref_unique_amount": sc_noref_unique, "noref_amount_two_invoices": sc_noref_two,
    "lump_sum_unique": sc_lump_unique, "lump_sum_ambiguous": sc_lump_ambiguous, "partial_ref": sc_partial,
    "balance_after_partial": sc_balance_after_partial,
    "shortpay_discount": lambda L: sc_shortpay(L, "discount"),
    "shortpay_bank_fee": lambda L: sc_shortpay(L, "bank_fee"),
    "shortpay_damaged": lambda L: sc_shortpay(L, "damaged"), "shortpay_remit_multi": sc_shortpay_remit_multi,
    "overpay": sc_overpay, "second_payment_paid_invoice": sc_second_payment,
    "known_customer_no_fit": sc_known_no_fit, "unknown_payer": sc_unknown_payer,
    "sister_payer_ambiguous": sc_sister, "currency_mismatch": sc_currency_mismatch,
    "two_currency_customer": sc_two_currency, "error_negative_amount": sc_err_negative,
    "error_duplicate_id": sc_err_dup, "error_unknown_currency": sc_err_currency,
}


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def build_ledger(spec: Spec) -> Ledger:
    L = Ledger(spec)
    L.dup_ids: set[str] = set()
    L.make_customers()
    L.make_invoices()
    rng = L.rng
    total_w = sum(WEIGHTS.values())
    queue: list[str] = []
    for tag, w in WEIGHTS.items():
        queue += [tag] * max(2 if tag != "sister_payer_ambiguous" else 1, round(w / total_w * spec.n_payments))
    rng.shuffle(queue)
    # dependent scenarios go to the second half
    dep = [t for t in queue if t in DEPENDENT]
    queue = [t for t in queue if t not in DEPENDENT]
    for t in dep:
        queue.insert(rng.randint(len(queue) // 3, len(queue)), t)
    queue = queue[: spec.n_payments]
    attempts = Counter()
    i = 0
    while i < len(queue):
        tag = queue[i]
        d = L.next_date()
        try:
            pay, exp = BUILDERS[tag](L)
        except Skip:
            attempts[tag] += 1
            if attempts[tag] > 60:
                queue[i] = "ref_exact"
            else:
                # retry later in the file
                queue.pop(i)
                queue.insert(min(len(queue), i + rng.randint(1, 10)), tag)
            continue
        src = pay.pop("_source")
        if src == "dup":
            pid = pay["id"]
            L.dup_ids.add(pid)
            pay = {k: pay[k] for k in ("id", "date", "amount", "currency", "payer_name", "customer_id", "reference",
                                       "remittance")}
            # keep the file oldest-first: the re-delivered line carries the day it arrived
            pay["date"] = d.isoformat()
        else:
            pid = L.new_pid(src, d)
            pay = {"id": pid, "date": d.isoformat(), **pay}
        L.used_ids.add(pid)
        # apply to state
        for iid, a in exp["applications"]:
            assert a > 0 and a <= L.bal[iid], (tag, iid, a, L.bal[iid])
            L.bal[iid] -= a
            if L.bal[iid] == 0:
                L.closed_by[iid] = (pid, a)
                L.partial_open.discard(iid)
            elif exp["status"] == "partial" and (exp["short_pay"] is None or exp["short_pay"]["invoice_id"] != iid):
                L.partial_open.add(iid)
        L.payments.append(pay)
        exp_out = {
            "payment_id": pid, "status": exp["status"],
            "applications": [{"invoice_id": a, "amount": s2(b)} for a, b in exp["applications"]],
            "unapplied": s2(exp["unapplied"]),
            "short_pay": None if exp["short_pay"] is None else {
                "invoice_id": exp["short_pay"]["invoice_id"], "amount": s2(exp["short_pay"]["amount"]),
                "reason": exp["short_pay"]["reason"]},
            "candidates": exp["candidates"], "scenario": tag, "note": exp["note"],
        }
        L.expected.append(exp_out)
        i += 1
    return L


# ---------------------------------------------------------------------------
# Independent consistency check, from the written files only
# ---------------------------------------------------------------------------


def verify(dirpath: Path) -> list[str]:
    invs = json.loads((dirpath / "invoices.json").read_text())
    pays = json.loads((dirpath / "payments.json").read_text())
    exps = json.loads((dirpath / "expected.json").read_text())
    errs: list[str] = []
    money_re = re.compile(r"^-?\d+\.\d{2}$")
    assert len(pays) == len(exps)
    bal = {}
    cur_of = {}
    seen_num = set()
    for i in invs:
        for k in ("id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"):
            if k not in i:
                errs.append(f"invoice {i.get('id')} lacks {k}")
        if not money_re.match(i["total"]) or not money_re.match(i["balance"]):
            errs.append(f"invoice {i['id']} amount format")
        if not (D(0) < D(i["balance"]) <= D(i["total"])):
            errs.append(f"invoice {i['id']} balance not in (0,total]")
        if i["currency"] not in ("USD", "EUR", "GBP"):
            errs.append(f"invoice {i['id']} currency")
        if i["number"] in seen_num:
            errs.append(f"dup number {i['number']}")
        seen_num.add(i["number"])
        bal[i["id"]] = D(i["balance"])
        cur_of[i["id"]] = i["currency"]
    if len(bal) != len(invs):
        errs.append("duplicate invoice ids")
    seen_pid: set[str] = set()
    last = ""
    for p, e in zip(pays, exps):
        pid = p["id"]
        if e["payment_id"] != pid:
            errs.append(f"order mismatch at {pid}")
        if p["date"] < last:
            errs.append(f"{pid} not oldest-first")
        last = p["date"]
        if not money_re.match(p["amount"]):
            errs.append(f"{pid} amount format {p['amount']}")
        dup = pid in seen_pid
        seen_pid.add(pid)
        bad = dup or D(p["amount"]) <= 0 or p["currency"] not in ("USD", "EUR", "GBP")
        if bad != (e["status"] == "error"):
            errs.append(f"{pid}: bad input {bad} but status {e['status']}")
        if e["status"] == "error":
            if e["applications"]:
                errs.append(f"{pid}: error with applications")
            continue
        amt = D(p["amount"])
        apps = e["applications"]
        total = sum((D(a["amount"]) for a in apps), D(0)) + D(e["unapplied"])
        if total != amt:
            errs.append(f"{pid}: applications+unapplied {total} != amount {amt}")
        left_open = []
        for a in apps:
            iid = a["invoice_id"]
            x = D(a["amount"])
            if iid not in bal:
                errs.append(f"{pid}: unknown invoice {iid}")
                continue
            if cur_of[iid] != p["currency"]:
                errs.append(f"{pid}: currency {p['currency']} vs invoice {cur_of[iid]}")
            if x <= 0 or x > bal[iid]:
                errs.append(f"{pid}: takes {iid} below zero ({x} of {bal[iid]})")
            bal[iid] -= x
            if bal[iid] > 0:
                left_open.append(iid)
        st = e["status"]
        if st == "applied" and (left_open or D(e["unapplied"]) != 0 or e["short_pay"]):
            errs.append(f"{pid}: applied but leaves open/unapplied/short")
        if st == "partial":
            if not left_open or D(e["unapplied"]) != 0:
                errs.append(f"{pid}: partial without an open invoice")
            sp = e["short_pay"]
            if sp is not None and (sp["invoice_id"] not in left_open or D(sp["amount"]) != bal[sp["invoice_id"]]):
                errs.append(f"{pid}: short_pay does not match the remaining balance")
        if st == "unapplied" and (D(e["unapplied"]) <= 0 or left_open):
            errs.append(f"{pid}: unapplied status inconsistent")
        if st == "review" and (apps or D(e["unapplied"]) != amt):
            errs.append(f"{pid}: review with applications")
        if st not in ("applied", "partial", "unapplied", "review"):
            errs.append(f"{pid}: status {st}")
    return errs


def count_subsets_slow(vals: list[int], target: int, cap: int = 2) -> int:
    """Second, independent implementation (depth-first with memo) used to re-check the labels."""
    vals = sorted((v for v in vals if 0 < v <= target), reverse=True)
    suffix = [0] * (len(vals) + 1)
    for i in range(len(vals) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + vals[i]
    memo: dict[tuple[int, int], int] = {}

    def go(i: int, rem: int) -> int:
        if rem == 0:
            return 1
        if i == len(vals) or rem < 0 or suffix[i] < rem:
            return 0
        key = (i, rem)
        if key not in memo:
            memo[key] = min(cap, go(i + 1, rem - vals[i]) + go(i + 1, rem))
        return memo[key]

    import sys
    sys.setrecursionlimit(10000)
    return go(0, target)


def verify_semantics(L: Ledger, dirpath: Path) -> list[str]:
    """Re-check the 'nothing else fits' claims from the written files, with the second implementation."""
    invs = {i["id"]: i for i in json.loads((dirpath / "invoices.json").read_text())}
    pays = json.loads((dirpath / "payments.json").read_text())
    exps = json.loads((dirpath / "expected.json").read_text())
    bal = {k: D(v["balance"]) for k, v in invs.items()}
    errs = []
    unique_tags = {"noref_unique_amount", "lump_sum_unique", "collision_check_no", "typo_certain"}
    for p, e in zip(pays, exps):
        tag = e["scenario"]
        amt = D(p["amount"]) if re.match(r"^-?\d+\.\d{2}$", p["amount"]) else None
        cust = None
        if e["applications"]:
            cust = invs[e["applications"][0]["invoice_id"]]["customer_id"]
        elif e["candidates"]:
            cust = invs[e["candidates"][0][0]]["customer_id"]
        elif p["customer_id"]:
            cust = p["customer_id"]
        if cust and amt is not None and e["status"] != "error":
            vals = [cents(b) for k, b in bal.items() if b > 0 and invs[k]["customer_id"] == cust
                    and invs[k]["currency"] == p["currency"]]
            n = count_subsets_slow(vals, cents(amt))
            if (tag in unique_tags or (tag == "two_currency_customer" and not p["reference"])) and n != 1:
                errs.append(f"{p['id']} {tag}: {n} subsets fit")
            if tag in ("noref_amount_two_invoices", "lump_sum_ambiguous") and n < 2:
                errs.append(f"{p['id']} {tag}: only {n} subsets fit")
            if tag in ("known_customer_no_fit", "second_payment_paid_invoice", "partial_ref", "overpay",
                       "remittance_mismatch") and n != 0:
                errs.append(f"{p['id']} {tag}: amount fits {n} subsets")
            if tag == "overpay":
                applied_ids = {a["invoice_id"] for a in e["applications"]}
                rest = [cents(b) for k, b in bal.items() if b > 0 and invs[k]["customer_id"] == cust
                        and invs[k]["currency"] == p["currency"] and k not in applied_ids]
                if count_subsets_slow(rest, cents(D(e["unapplied"]))) != 0:
                    errs.append(f"{p['id']} overpay remainder fits another invoice")
            # bank lines: the payer name must name exactly this customer (except deliberate review cases)
            if p["customer_id"] is None and e["status"] in ("applied", "partial", "unapplied"):
                hits = L.identify(p["payer_name"])
                if [h.id for h in hits] != [cust]:
                    errs.append(f"{p['id']} payer {p['payer_name']!r} identifies {[h.name for h in hits]}")
        if e["status"] != "error":
            for a in e["applications"]:
                bal[a["invoice_id"]] -= D(a["amount"])
    return errs


def self_test_subsets() -> None:
    r = random.Random(5)
    for _ in range(300):
        vals = [r.choice([r.randint(1, 40), r.randint(1, 9) * 10]) for _ in range(r.randint(1, 11))]
        t = r.randint(1, 120)
        brute = 0
        for m in range(1, 1 << len(vals)):
            if sum(v for i, v in enumerate(vals) if m >> i & 1) == t:
                brute += 1
        assert min(2, brute) == count_subsets(vals, t) == count_subsets_slow(vals, t), (vals, t)


def main() -> None:
    self_test_subsets()
    summary = {}
    for spec in SPECS:
        L = build_ledger(spec)
        d = OUT / spec.name
        d.mkdir(parents=True, exist_ok=True)
        (d / "invoices.json").write_text(json.dumps(L.invoices, indent=1, ensure_ascii=False) + "\n")
        (d / "payments.json").write_text(json.dumps(L.payments, indent=1, ensure_ascii=False) + "\n")
        (d / "expected.json").write_text(json.dumps(L.expected, indent=1, ensure_ascii=False) + "\n")
        errs = verify(d) + verify_semantics(L, d)
        if errs:
            raise SystemExit(f"{spec.name}: {len(errs)} consistency errors:\n" + "\n".join(errs[:30]))
        summary[spec.name] = {
            "seller": spec.seller,
            "customers": len(L.customers),
            "two_currency_customers": sum(1 for c in L.customers if len(c.currencies) > 1),
            "invoices": len(L.invoices),
            "invoice_currencies": dict(Counter(i["currency"] for i in L.invoices)),
            "payments": len(L.payments),
            "scenario": Counter(e["scenario"] for e in L.expected),
            "status": Counter(e["status"] for e in L.expected),
            "numfmt": L.invoices[0]["number"],
        }
        print(f"{spec.name}: customers={len(L.customers)} invoices={len(L.invoices)} payments={len(L.payments)} "
              f"status={dict(summary[spec.name]['status'])}")
    write_readme(summary)


def write_readme(summary: dict) -> None:
    tags = list(WEIGHTS)
    names = list(summary)
    lines = [
        "# Blind evaluation set: cash application (`match`)",
        "",
        "Written from `/work/shared/contracts/cash-application.md` only, without reading the engine.",
        "Regenerate with `python3 build.py` (deterministic; seeds in `SPECS`). The script re-reads the",
        "written files and checks them (see *Consistency checks*) before it writes this README.",
        "",
        "## Files per ledger",
        "",
        "- `invoices.json`, `payments.json`: the contract's inputs. Run",
        "  `python -m chalicelib.cli match --invoices <dir>/invoices.json --payments <dir>/payments.json --out out.json`.",
        "- `expected.json`: one label per payment, same order: `payment_id`, `status`, `applications`",
        "  (`invoice_id`, `amount`), `unapplied`, `short_pay` (`invoice_id`, `amount` = the shortfall, plus a",
        "  descriptive `reason`), `candidates` (review only: the invoice sets a clerk would look at, advisory),",
        "  `scenario` (tag) and `note` (why; not part of any output). Rows align with payments **by position**:",
        "  the `error_duplicate_id` rows repeat an earlier `payment_id` on purpose.",
        "- Invoice ids are opaque (`qbo-inv-…`, `i-…`, `in_1…`) and unrelated to invoice numbers; customers",
        "  are fictitious. Each ledger holds a few deliberate traps in its names: one related pair whose bank",
        "  name is ambiguous, and specials such as \"Northwind Traders International Inc\" (bank-truncated to",
        "  \"NORTHWIND TRADERS INT…\") and \"ACME Corporation Ltd\" / \"Acme Corporation\".",
        "",
        "## Ledgers",
        "",
        "| ledger | seller | customers (2-currency) | open invoices (by currency) | payments | invoice number style |",
        "|---|---|---|---|---|---|",
    ]
    for n in names:
        s = summary[n]
        cur = ", ".join(f"{k} {v}" for k, v in sorted(s["invoice_currencies"].items()))
        lines.append(f"| `{n}` | {s['seller']} | {s['customers']} ({s['two_currency_customers']}) | {s['invoices']} ({cur}) | "
                     f"{s['payments']} | `{s['numfmt']}` |")
    lines += ["", "## Status counts", "", "| status | " + " | ".join(names) + " | total |",
              "|---|" + "---|" * (len(names) + 1)]
    for st in ("applied", "partial", "unapplied", "review", "error"):
        row = [summary[n]["status"].get(st, 0) for n in names]
        lines.append(f"| `{st}` | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [summary[n]["payments"] for n in names]
    lines.append("| all | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    lines += ["", "## Scenarios", "", "| scenario | label | what it is | " + " | ".join(names) + " | total |",
              "|---|---|---|" + "---|" * (len(names) + 1)]
    for t in tags:
        row = [summary[n]["scenario"].get(t, 0) for n in names]
        label, what = SCENARIO_DOC[t]
        lines.append(f"| `{t}` | {label} | {what} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    lines += ["", README_TAIL]
    (OUT / "README.md").write_text("\n".join(lines) + "\n")


SCENARIO_DOC = {
    "ref_exact": ("applied", "reference names one invoice (INV-1042, inv 1042, Invoice #1042, INV1042, bare 1042, "
                  "EDI `RMR*IV*…`, SEPA `SVWZ+RE …`, French/German/Dutch/Italian/Spanish words, BACS 18-char); "
                  "amount = balance (sometimes a balance left by a part payment before the file)"),
    "payer_name_variant": ("applied", "as ref_exact, bank feed, payer name truncated / suffix dropped or changed / "
                           "diacritics stripped; still names exactly one customer"),
    "ref_multi": ("applied", "INV-1042/1043, INV-1042/43, 1042, 1043 & 1045, 1042 + 1043, `;`-separated; amount = sum"),
    "ref_range": ("applied", "inv 1042-1044, `bis`, `to`, `à`; every number in the range is the customer's open invoice"),
    "ref_with_po": ("applied", "PO number (5-digit, SAP 4500…, PO-2026-…) next to the invoice reference"),
    "ref_amount_in_text": ("applied", "reference carries the amount; often the amount's digits are another "
                           "customer's invoice number"),
    "collision_po_is_invoice_no": ("applied", "the PO number equals another customer's open invoice number"),
    "collision_check_no": ("applied", "QBO memo `Check #N` where N is another customer's invoice number; no invoice "
                           "ref; amount unique for the customer"),
    "typo_certain": ("applied", "reference is a one-edit typo (transposed / extra / missing digit) that is no invoice "
                     "in the ledger; customer known; amount = the intended invoice's balance and nothing else's"),
    "typo_ambiguous": ("review", "typo lands on another open invoice of the customer (or neighbouring number) while "
                       "the amount fits the other; or amount fits two invoices"),
    "remittance_full": ("applied", "remittance advice (fixed-width table, CSV, e-mail prose, German `Zahlungsavis` "
                        "with 1.234,56, French `Avis de paiement`) listing 1-5 invoices at full balance"),
    "remittance_mismatch": ("review", "remittance total differs from the payment, unexplained"),
    "noref_unique_amount": ("applied", "no reference; amount = exactly one open invoice of the customer and no "
                            "subset of its invoices (checked over all subsets)"),
    "noref_amount_two_invoices": ("review", "no reference; amount equals 2+ invoices (recurring fees)"),
    "lump_sum_unique": ("applied", "no reference; 2-6 invoices of a customer with at most 12 open invoices in that "
                        "currency; exactly one subset of them fits"),
    "lump_sum_ambiguous": ("review", "no reference; two or more subsets fit"),
    "partial_ref": ("partial", "reference names an invoice; amount below balance, no deduction reason; short_pay null"),
    "balance_after_partial": ("applied", "pays the balance left by an earlier partial in the file"),
    "shortpay_discount": ("partial", "2% early-payment discount taken, stated in the remittance; short_pay = 2%"),
    "shortpay_bank_fee": ("partial", "15.00 (sometimes 20/25) bank charges deducted, stated; short_pay = fee"),
    "shortpay_damaged": ("partial", "deduction for damaged goods, stated; short_pay = deduction"),
    "shortpay_remit_multi": ("partial", "multi-invoice remittance, one line short with a stated reason"),
    "overpay": ("unapplied", "reference names invoice(s); amount above balance (rounded up, paid total after an "
                "earlier part payment, VAT added); remainder fits nothing"),
    "second_payment_paid_invoice": ("unapplied", "pays an invoice an earlier payment in the file already closed; "
                                    "whole amount unapplied"),
    "known_customer_no_fit": ("unapplied", "customer id present, deposit/prepayment/on account; fits no invoice"),
    "unknown_payer": ("review", "payer matches no customer, no reference; sometimes a weak amount candidate"),
    "sister_payer_ambiguous": ("review", "payer name fits two related customers; amount is an invoice of each"),
    "currency_mismatch": ("review", "payment currency differs from every invoice of the named customer"),
    "two_currency_customer": ("applied", "customer billed in two currencies pays its second-currency invoice"),
    "error_negative_amount": ("error", "negative amount (a return/reversal line)"),
    "error_duplicate_id": ("error", "payment id already used earlier in the file (exact re-delivery or a conflict)"),
    "error_unknown_currency": ("error", "currency code not ISO 4217 (GPB, US$, EURO, XYZ…)"),
}

README_TAIL = """## Labelling rules (a careful senior AR clerk; a wrong application is worse than none)

- **Customer identity.** `customer_id` (Stripe, QBO) identifies the customer. For bank lines
  (`customer_id` null) the payer name must point to exactly one customer after case, diacritics, legal
  suffix (Inc/LLC/Ltd/GmbH/S.A./B.V./S.r.l./SARL/Pty Ltd…), `&`/AND and bank truncation are set aside.
  Names are generated so that this holds, except for one deliberately confusable related pair per
  ledger (used only by `sister_payer_ambiguous`).
- **Sure = nothing else fits.** Every `applied` label without a reference was checked against *all*
  subsets of the customer's open invoices in that currency at that point in the file (one exact
  subset only). Every reference-based label was checked so that no other number in the text names
  another open invoice of the same customer. Overpayment remainders, partial amounts and short-paid
  amounts were checked to match no other invoice or combination.
- **Sequential.** Labels follow the file order: a payment only uses what earlier payments left open;
  `review` and `error` change nothing.
- **`partial`**: a part payment with a reference leaves the rest open, `short_pay` null. A short pay
  whose reason is stated (discount, bank fee, damaged goods, pricing) is `partial` with `short_pay`
  `{invoice_id, amount = shortfall, reason}`. The `reason` text is descriptive; compare
  `invoice_id` and `amount`.
- **`unapplied`**: overpayment remainder after its listed applications; a second payment of an invoice
  already paid earlier in the file (whole amount, no applications); a known customer's payment that
  fits no invoice (deposit, on account).
- **Currency mismatch → `review`, not `unapplied`.** Nothing can be applied across currencies; holding
  the cash as `unapplied` would park e.g. GBP on a USD-only customer account, which needs an FX decision
  (rate, which account, refund?) and the mismatch itself casts doubt on the payer. The set only uses
  bank lines (no `customer_id`) for this case, where the contract's "known customer" is least clear.
- **`review` amounts.** Nothing is applied, so `unapplied` is written as the full payment amount to keep
  `applications + unapplied = amount`. A grader should check only the status (and, leniently, that the
  true candidate is among the engine's `candidates`), not `unapplied`, for review rows.
- **Bad input → `error`.** The contract has no `error` status and does not describe invalid input; the
  brief asked for a clear per-payment error with the rest of the file processed. Rows with a negative
  amount, a payment id already used earlier in the file, or a non-ISO currency are labelled
  `{"status": "error"}` with no applications and `unapplied` "0.00" (not meaningful). Grade them as
  "not applied, file still processed"; whatever the engine prints for them, later rows must be
  unaffected. These rows are tagged `error_*` and can be excluded from contract-strict scoring.

## How to score (suggestion)

Per row: status match; for `applied`/`partial`/`unapplied` also the exact multiset of
`(invoice_id, amount)` and `unapplied`; for short pays also `short_pay.invoice_id` and `amount`.
Report separately: **wrong applications** (the engine applied money where the label says review/error,
or to a different invoice/amount) — the costly error — and **missed applications** (the engine sent to
review what the label applies). Because the engine processes sequentially, an early wrong application can
change later rows; score row by row against the label anyway, and count cascades separately if needed.

## Consistency checks (run by build.py on the written files)

applications + unapplied = payment amount; each application is positive, names an existing invoice of the
payment's currency and never takes it below zero given earlier rows; `applied` closes every listed
invoice; `partial` leaves one open and its `short_pay.amount` equals what is left; `unapplied` has a
positive remainder; review/error rows apply nothing; dates are oldest-first; amounts have two decimals;
exactly the bad-input rows are labelled `error`.
"""


if __name__ == "__main__":
    main()
