"""Shared helpers and the customer master for blind set 403 (standard library only)."""
import itertools
import random
import re
import unicodedata
from datetime import date, timedelta

SEED = 403
rng = random.Random(SEED)

CURRENCIES = ("USD", "CAD")


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


def fmt_comma(cents):
    return "{:,}.{:02d}".format(cents // 100, cents % 100)


def norm_name(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", " ", s).upper()
    return " ".join(s.split())


def number_pattern(value):
    """Regex that finds invoice number `value` (int) in free text, OCR-tolerant."""
    cls = {"0": "[0O]", "1": "[1Il]"}
    digits = str(value)
    body = "[ ]?".join(cls.get(d, d) for d in digits)
    return re.compile(r"(?<![0-9])[0O]*" + body + r"(?![0-9])")


def rand_id(prefix, n=8):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


def d2s(d):
    return d.isoformat()


# (name, country, kind, billing currencies, aliases {kind: payer text})
CUSTOMERS = [
    ("Bayview Family Dental PC", "US", "clinic", ["USD"], {"person": "ELENA MARQUEZ DDS", "parent": "SMILEWORKS DENTAL PARTNERS"}),
    ("Harborview Legal Group LLP", "US", "law", ["USD"], {"trading": "HARBORVIEW LAW"}),
    ("Cedar Ridge Unified School District", "US", "school", ["USD"], {"trading": "CRUSD ACCOUNTS PAYABLE"}),
    ("Pinecrest Pediatric Clinic", "US", "clinic", ["USD"], {"parent": "MERIDIAN HEALTH SERVICES LLC"}),
    ("Lakeshore Orthopedic Associates", "US", "clinic", ["USD"], {}),
    ("Morrison & Pratt Attorneys at Law", "US", "law", ["USD"], {"person": "JAMES T MORRISON"}),
    ("Sunvalley Elementary School District", "US", "school", ["USD"], {}),
    ("Greenfield Veterinary Hospital", "US", "clinic", ["USD"], {"parent": "PETWELL HOLDINGS INC"}),
    ("Riverside Community Health Clinic", "US", "clinic", ["USD"], {}),
    ("Blackstone Title & Escrow LLC", "US", "smb", ["USD"], {}),
    ("Westbrook Physical Therapy Inc", "US", "clinic", ["USD"], {}),
    ("Oakmont Charter Academy", "US", "school", ["USD"], {}),
    ("Delgado Immigration Law Office", "US", "law", ["USD"], {"person": "MARISOL DELGADO ESQ"}),
    ("Summit Eye Care Partners", "US", "clinic", ["USD"], {"trading": "SUMMIT VISION"}),
    ("Northgate Public Schools", "US", "school", ["USD"], {}),
    ("Fairhaven Dermatology PLLC", "US", "clinic", ["USD"], {}),
    ("Kessler & Wong LLP", "US", "law", ["USD"], {"person": "DAVID WONG"}),
    ("Maple Grove Montessori School", "US", "school", ["USD"], {}),
    ("Tri-County Urgent Care LLC", "US", "clinic", ["USD"], {"trading": "TCUC MEDICAL"}),
    ("Sterling Accounting Group Inc", "US", "smb", ["USD"], {}),
    ("Ironwood Chiropractic Center", "US", "clinic", ["USD"], {}),
    ("Hollis Creek Independent School District", "US", "school", ["USD"], {"trading": "HCISD TREASURY"}),
    ("Prairie View Medical Associates", "US", "clinic", ["USD"], {}),
    ("Abernathy Estate Planning PLLC", "US", "law", ["USD"], {}),
    ("Copperline Dental Studio", "US", "clinic", ["USD"], {"person": "DR PRIYA NAIR"}),
    ("St. Brendan Parish School", "US", "school", ["USD"], {"parent": "ARCHDIOCESE SCHOOLS OFFICE"}),
    ("Redwood Behavioral Health Inc", "US", "clinic", ["USD"], {}),
    ("Vance, Okafor & Lindqvist LLP", "US", "law", ["USD"], {}),
    ("Clearwater Sleep Diagnostics", "US", "clinic", ["USD"], {}),
    ("Brookside Learning Center", "US", "school", ["USD"], {}),
    ("Nguyen Family Medicine PC", "US", "clinic", ["USD"], {"person": "THANH NGUYEN MD"}),
    ("Gateway Real Estate Law Group", "US", "law", ["USD"], {}),
    ("Meadowlark Animal Clinic", "US", "clinic", ["USD"], {}),
    ("Coastal Women's Health Associates", "US", "clinic", ["USD"], {}),
    ("Union Ridge School District", "US", "school", ["USD"], {}),
    ("Patel & Rosen Accounting LLP", "US", "smb", ["USD"], {"trading": "PATEL ROSEN CPA"}),
    ("Clinique Médicale Saint-Jérôme", "CA", "clinic", ["CAD"], {"parent": "GROUPE SANTE LAURENTIDES"}),
    ("École Montessori de Laval", "CA", "school", ["CAD"], {}),
    ("Bélanger Côté Avocats s.e.n.c.r.l.", "CA", "law", ["CAD", "USD"], {}),
    ("Fraser Valley Physiotherapy Ltd", "CA", "clinic", ["CAD"], {"person": "MEGAN O'BRIEN"}),
    ("Rideau Family Dental Centre", "CA", "clinic", ["CAD"], {"parent": "NORTHSTAR DENTAL GROUP"}),
    ("Okanagan Skills Academy", "CA", "school", ["CAD"], {}),
    ("Lachance & Tremblay Notaires Inc", "CA", "law", ["CAD"], {}),
    ("Prairie North School Division", "CA", "school", ["CAD"], {}),
    ("Harbourfront Legal Professional Corporation", "CA", "law", ["CAD", "USD"], {"trading": "HARBOURFRONT LAW"}),
    ("Muskoka Veterinary Clinic", "CA", "clinic", ["CAD"], {"person": "DR ALAN CHOW"}),
    ("Société de Gestion Dentaire Québec", "CA", "clinic", ["CAD", "USD"], {}),
    ("Kootenay Lake Community Clinic", "CA", "clinic", ["CAD"], {}),
    ("Maritime Immigration Law LLP", "CA", "law", ["CAD"], {}),
    ("Assiniboine Learning Centre", "CA", "school", ["CAD"], {}),
    ("Pharmacie Généreux Sainte-Anne", "CA", "clinic", ["CAD"], {}),
    ("Bow River Orthodontics Ltd", "CA", "clinic", ["CAD", "USD"], {}),
    ("Nordström Eriksen Law Corporation", "CA", "law", ["CAD", "USD"], {"translit": "NORDSTROEM ERIKSEN LAW CORP"}),
    ("Gatineau Santé Familiale", "CA", "clinic", ["CAD"], {}),
]


def name_matches(payer, customers):
    """Decision rule N: customer ids whose name the payer name identifies."""
    p = norm_name(payer)
    if not p:
        return []
    exact = [c["id"] for c in customers if norm_name(c["name"]) == p]
    if exact:
        return exact
    if len(p) >= 12:
        return [c["id"] for c in customers if norm_name(c["name"]).startswith(p)]
    return []


def subsets_summing(invs, amount, max_size=4):
    """All sets (size <= max_size, or all of them) of invoices whose balances sum to amount."""
    out = []
    n = len(invs)
    for k in range(1, min(max_size, n) + 1):
        for combo in itertools.combinations(invs, k):
            if sum(i["bal"] for i in combo) == amount:
                out.append(list(combo))
    if n > max_size and sum(i["bal"] for i in invs) == amount:
        out.append(list(invs))
    return out
