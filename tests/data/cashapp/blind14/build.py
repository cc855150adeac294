#!/usr/bin/env python3
"""Held-out set for the cash-application (`match`) contract.

Healthcare staffing agency (Bluewater Clinical Staffing: a travel-nursing LLC,
a per-diem LLC, and a small Canadian ULC billing in CAD).  Deterministic and
stdlib only:  `python3 build.py` rewrites invoices.json, payments.json and
labels.jsonl byte for byte.
"""
import json
import random
import re
from datetime import date, timedelta
from decimal import Decimal as Dec
from itertools import combinations
from pathlib import Path

OUT = Path(__file__).resolve().parent
R = random.Random(470347)
CENT = Dec("0.01")
ZERO = Dec("0.00")


def q(x):
    return Dec(x).quantize(CENT)


def m2(d):
    return f"{d:.2f}"


def us(d):
    return f"{d:,.2f}"


def usd(d):
    return "$" + us(d)


def edi(d):
    s = f"{d:.2f}"
    if s.endswith(".00"):
        return s[:-3]
    if s.endswith("0"):
        return s[:-1]
    return s


def fr(d, nb=True):
    sep = "\u00a0" if nb else " "
    return f"{d:,.2f}".replace(",", "#").replace(".", ",").replace("#", sep)


def frd(d):
    return fr(d) + " $"


ENTITY = {
    "TN": "Bluewater Travel Nursing LLC",
    "PD": "Bluewater Per Diem Staffing LLC",
    "CA": "Bluewater Clinical Staffing Canada ULC",
}

FIRST = ("Maria James Aisha Wei Carlos Jennifer Kwame Olga Priya Thomas Fatima Daniel Grace Luis Hannah Tuan Rosa "
         "Michael Chloe Andre Keisha Sean Mei Rafael Laura Ahmed Brittany Jorge Nadia Patrick Ifeoma Ryan Sofia "
         "Marcus Leticia Ethan Yolanda Dmitri Ashley Kofi Renee Hector Samantha Jamal Colleen Arjun Tamika Victor "
         "Megan Oluwaseun Cristina Brandon Imani Tyler Esperanza Nicole Desmond Camille Gustavo Heather").split()
LAST = ("Okafor Nguyen Smith Ramirez Kowalski Johnson Patel Brown O'Neill Garcia Haddad Williams Tremblay Chen "
        "Rodriguez Jackson Moreau Kim Hernandez Murphy Adeyemi Lopez Fischer Davis Santos Bergeron Thompson "
        "Mensah Rivera Walsh Gagnon Hughes Castillo Park Anderson Dubois Reyes Campbell Osei Flores Novak "
        "Martinez Lefebvre Robinson Baptiste Torres Sullivan Ito Delgado Mitchell Kaur Ortiz Pelletier Boateng "
        "Wright Vasquez Greenberg Abara Cruz Lindqvist").split()


def person():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


# ---------------------------------------------------------------------------
# customers
# ---------------------------------------------------------------------------
SYSTEMS = {
    "SVH": dict(name="Sacred Valley Health", ap="SACRED VALLEY HEALTH SSC", lang="en"),
    "NHP": dict(name="Northstar Health Partners", ap="NORTHSTAR HLTH PTNRS AP", lang="en"),
    "CBH": dict(name="Coastal Baptist Health", ap="COASTAL BAPTIST HEALTH SYS", lang="en"),
    "HSL": dict(name="Heartland Senior Living Group", ap="HEARTLAND SR LIVING GRP", lang="en"),
    "EPN": dict(name="Evergreen Physician Network", ap="EVERGREEN PHYS NETWORK", lang="en"),
    "RRH": dict(name="Red River Health", ap="RED RIVER HEALTH INC", lang="en"),
    "LHN": dict(name="Lakeshore Health Network", ap="LAKESHORE HEALTH NETWORK", lang="en"),
    "CTR": dict(name="CIUSSS des Trois-Rivages", ap="CIUSSS TROIS-RIVAGES", lang="fr"),
}

# name, kind, system, lang, ccy, invoice count range
CUST_SPEC = [
    ("Mercy Ridge Medical Center", "hosp", "SVH", "en", "USD", (30, 44)),
    ("St. Anselm Hospital", "hosp", "SVH", "en", "USD", (26, 38)),
    ("Sacred Valley Community Hospital - Tulare", "hosp", "SVH", "en", "USD", (14, 22)),
    ("Lakeview General Hospital", "hosp", "NHP", "en", "USD", (34, 48)),
    ("Pine County Regional Medical Center", "hosp", "NHP", "en", "USD", (22, 32)),
    ("Northstar Rehabilitation Institute", "hosp", "NHP", "en", "USD", (10, 16)),
    ("Coastal Baptist Hospital - Gulfport", "hosp", "CBH", "en", "USD", (22, 32)),
    ("Coastal Baptist Hospital - Biloxi", "hosp", "CBH", "en", "USD", (20, 30)),
    ("Coastal Baptist Hospital - Pascagoula", "hosp", "CBH", "en", "USD", (12, 18)),
    ("Heartland Care Center of Ames", "snf", "HSL", "en", "USD", (10, 16)),
    ("Heartland Care Center of Ankeny", "snf", "HSL", "en", "USD", (10, 16)),
    ("Prairie Rose Rehabilitation & Nursing", "snf", "HSL", "en", "USD", (8, 14)),
    ("Evergreen Family Medicine - Tacoma", "clinic", "EPN", "en", "USD", (6, 10)),
    ("Evergreen Urgent Care - Olympia", "clinic", "EPN", "en", "USD", (6, 10)),
    ("Red River Medical Center", "hosp", "RRH", "en", "USD", (26, 36)),
    ("Caddo Lake Community Hospital", "hosp", "RRH", "en", "USD", (12, 18)),
    ("Bayfront Memorial Hospital", "hosp", None, "en", "USD", (30, 42)),
    ("Granite Peaks Regional Medical Center", "hosp", None, "en", "USD", (24, 34)),
    ("Harbor City Children's Hospital", "hosp", None, "en", "USD", (20, 30)),
    ("Lone Oak County Hospital", "hosp", None, "en", "USD", (8, 14)),
    ("Prairie View Medical Center", "hosp", None, "en", "USD", (16, 24)),
    ("Silver Creek Community Hospital", "hosp", None, "en", "USD", (10, 16)),
    ("Tidewater General Hospital", "hosp", None, "en", "USD", (28, 40)),
    ("Oak Hollow Surgical Hospital", "hosp", None, "en", "USD", (8, 12)),
    ("Canyon Ridge Behavioral Health", "hosp", None, "en", "USD", (8, 14)),
    ("Riverbend Regional Hospital", "hosp", None, "en", "USD", (22, 30)),
    ("Summit Valley Hospital", "hosp", None, "en", "USD", (14, 20)),
    ("Willow Springs Medical Center", "hosp", None, "en", "USD", (16, 24)),
    ("Blue Mesa Medical Center", "hosp", None, "en", "USD", (14, 20)),
    ("Cypress Bend Hospital", "hosp", None, "en", "USD", (12, 18)),
    ("Hospital Santa Cecilia de Mayaguez", "hosp", None, "es", "USD", (16, 24)),
    ("Clinica Las Palmas de Caguas", "clinic", None, "es", "USD", (6, 10)),
    ("Centro de Salud San Judas - Ponce", "clinic", None, "es", "USD", (6, 10)),
    ("Brightwater Dialysis Center", "clinic", None, "en", "USD", (6, 10)),
    ("Cedar Lane Family Clinic", "clinic", None, "en", "USD", (4, 8)),
    ("Northgate Orthopedic Associates", "clinic", None, "en", "USD", (4, 8)),
    ("Sunrise Pediatrics", "clinic", None, "en", "USD", (4, 7)),
    ("Midtown Surgery Center", "clinic", None, "en", "USD", (6, 10)),
    ("Harbor Women's Health", "clinic", None, "en", "USD", (4, 7)),
    ("Three Rivers Wound Care Clinic", "clinic", None, "en", "USD", (4, 7)),
    ("Elm Street Urgent Care", "clinic", None, "en", "USD", (5, 9)),
    ("Foothills Cardiology Group", "clinic", None, "en", "USD", (4, 8)),
    ("Lakeside Dialysis LLC", "clinic", None, "en", "USD", (6, 10)),
    ("Pinecrest Imaging Center", "clinic", None, "en", "USD", (4, 8)),
    ("Valley Oncology Partners", "clinic", None, "en", "USD", (5, 9)),
    ("Westfield Endoscopy Center", "clinic", None, "en", "USD", (4, 7)),
    ("Riverside Infusion Clinic", "clinic", None, "en", "USD", (4, 8)),
    ("Greenway Community Health Center", "clinic", None, "en", "USD", (6, 10)),
    ("Copper Hills Ambulatory Surgery", "clinic", None, "en", "USD", (4, 8)),
    ("Maple Grove Care Center", "snf", None, "en", "USD", (12, 18)),
    ("Maple Grove Rehab & Nursing", "snf", None, "en", "USD", (12, 18)),
    ("Sunset Manor Nursing Home", "snf", None, "en", "USD", (10, 16)),
    ("Golden Meadows Skilled Nursing", "snf", None, "en", "USD", (10, 16)),
    ("Willowbrook Senior Care", "snf", None, "en", "USD", (8, 14)),
    ("Autumn Leaves Health & Rehab", "snf", None, "en", "USD", (10, 16)),
    ("Brookside Manor", "snf", None, "en", "USD", (8, 12)),
    ("The Gardens at Fairhaven", "snf", None, "en", "USD", (8, 14)),
    ("Rosewood Terrace", "snf", None, "en", "USD", (8, 12)),
    ("Shady Pines Nursing Center", "snf", None, "en", "USD", (10, 16)),
    ("Cedar Crest Healthcare Center", "snf", None, "en", "USD", (8, 14)),
    ("Hillcrest Rehabilitation Center", "snf", None, "en", "USD", (10, 16)),
    ("Pleasant View Care Home", "snf", None, "en", "USD", (6, 10)),
    ("Riverview Manor", "snf", None, "en", "USD", (8, 12)),
    ("St. Clare Senior Living", "snf", None, "en", "USD", (8, 14)),
    ("Oakmont Transitional Care", "snf", None, "en", "USD", (8, 12)),
    ("Evening Star Nursing & Rehab", "snf", None, "en", "USD", (8, 14)),
    ("Green Valley Living Center", "snf", None, "en", "USD", (6, 10)),
    ("Heritage Oaks Care Center", "snf", None, "en", "USD", (8, 14)),
    ("Lakeshore General Hospital - Oakville", "hosp", "LHN", "en", "CAD", (14, 22)),
    ("Lakeshore Continuing Care - Burlington", "ltc", "LHN", "en", "CAD", (8, 12)),
    ("Hopital Sainte-Croix-des-Rivages", "hosp", "CTR", "fr", "CAD", (12, 18)),
    ("CHSLD Les Jardins du Fleuve", "ltc", "CTR", "fr", "CAD", (8, 12)),
    ("Georgian Bay Long-Term Care Home", "ltc", None, "en", "CAD", (6, 10)),
    ("Fraser Ridge Health Clinic", "clinic", None, "en", "CAD", (4, 8)),
    ("Bow River Continuing Care", "ltc", None, "en", "CAD", (6, 10)),
    ("Residence Les Erables", "ltc", None, "fr", "CAD", (6, 10)),
    ("Clinique medicale du Vieux-Port", "clinic", None, "fr", "CAD", (4, 8)),
    ("Harbourview Community Hospital", "hosp", None, "en", "CAD", (8, 14)),
]
# accented display names (kept ASCII in the spec for readability)
DISPLAY = {
    "Hospital Santa Cecilia de Mayaguez": "Hospital Santa Cecilia de Mayagüez",
    "Clinica Las Palmas de Caguas": "Clínica Las Palmas de Caguas",
    "Hopital Sainte-Croix-des-Rivages": "Hôpital Sainte-Croix-des-Rivages",
    "Residence Les Erables": "Résidence Les Érables",
    "Clinique medicale du Vieux-Port": "Clinique médicale du Vieux-Port",
}

ABBR = [("HOSPITAL", "HOSP"), ("MEDICAL", "MED"), ("CENTER", "CTR"), ("CENTRE", "CTR"), ("REGIONAL", "REGL"),
        ("HEALTH", "HLTH"), ("COMMUNITY", "CMNTY"), ("NURSING", "NRSG"), ("REHABILITATION", "REHAB"),
        ("SYSTEM", "SYS"), ("PARTNERS", "PTNRS"), ("GENERAL", "GEN"), ("CHILDREN'S", "CHILDRENS"),
        ("SKILLED", "SKLD"), ("SENIOR", "SR"), ("ASSOCIATES", "ASSOC"), ("CONTINUING", "CONT"),
        ("HEALTHCARE", "HLTHCARE"), ("SURGICAL", "SURG"), ("FAMILY", "FAM"), ("MEMORIAL", "MEM")]


def bank_name(name, width=None):
    s = name.upper().replace("&", "AND").replace(" - ", " ").replace(".", "")
    s = s.replace("É", "E").replace("Ô", "O").replace("Ü", "U").replace("Í", "I")
    for a, b in ABBR:
        s = re.sub(r"\b" + re.escape(a) + r"\b", b, s)
    s = re.sub(r"\s+", " ", s).strip()
    if width:
        s = s[:width].rstrip()
    return s


CUSTOMERS = []
_cids = R.sample(range(1000, 9999), len(CUST_SPEC))
for (nm, kind, system, lang, ccy, rng), cid in zip(CUST_SPEC, _cids):
    CUSTOMERS.append(dict(id=f"C{cid}", name=DISPLAY.get(nm, nm), kind=kind, system=system, lang=lang, ccy=ccy,
                          rng=rng, terms=R.choice([30, 30, 45, 60]) if ccy == "USD" else 30,
                          po_style=R.choice(["sap", "sap", "assign", "none"]) if kind == "hosp" else
                          R.choice(["none", "none", "short"]),
                          vendor_no=f"V-{R.randint(1000, 9999):06d}",
                          ap_person=person()))
CBYID = {c["id"]: c for c in CUSTOMERS}

# ---------------------------------------------------------------------------
# invoices
# ---------------------------------------------------------------------------
ROLES = {
    "hosp": [("RN Med/Surg", 86, 112), ("RN ICU", 104, 136), ("RN ED", 98, 128), ("RN L&D", 102, 126),
             ("Surgical Tech", 68, 90), ("Respiratory Therapist", 76, 98), ("Cath Lab Tech", 84, 108),
             ("RN PACU", 96, 120), ("RN Tele", 90, 114)],
    "clinic": [("RN", 70, 94), ("LPN", 50, 64), ("Medical Assistant", 31, 41), ("Dialysis RN", 82, 102),
               ("Radiologic Tech", 58, 78), ("Phlebotomist", 28, 36)],
    "snf": [("CNA", 35, 47), ("LPN", 53, 69), ("RN", 66, 86), ("Med Aide", 33, 41)],
    "ltc": [("PSW", 38, 48), ("RPN", 58, 72), ("RN", 78, 98)],
}

WEEK_ENDS = [date(2025, 10, 4) + timedelta(weeks=k) for k in range(21)]  # Saturdays to 2026-02-21
US_TN = R.sample(range(310000, 330000), 3000)
US_PD = R.sample(range(330000, 350000), 3000)
CA_NO = R.sample(range(360000, 370000), 800)
_emp_ids = R.sample(range(10000, 99999), 900)
_ts_ids = R.sample(range(5000000, 6999999), 4000)
_inv_ids = R.sample(range(10000, 99999), 2000)

INVOICES = []


def new_rate(lo, hi):
    r = Dec(R.randint(lo * 4, hi * 4)) / 4
    if R.random() < 0.3:
        r += Dec(R.choice(["0.10", "0.15", "0.35", "0.60", "0.85"]))
    return q(r)


RATE_CARDS = {}


def make_clinicians(c):
    kind = c["kind"]
    n = {"hosp": R.randint(3, 9), "clinic": R.randint(1, 3), "snf": R.randint(2, 5), "ltc": R.randint(2, 4)}[kind]
    out = []
    for _ in range(n):
        role, lo, hi = R.choice(ROLES[kind])
        if c["ccy"] == "CAD":
            lo, hi = int(lo * 1.25), int(hi * 1.25)
        pattern = R.choice([36, 36, 36, 40, 48, 24]) if kind == "hosp" else R.choice([24, 32, 36, 37.5, 40, 16, 12])
        rate = new_rate(lo, hi)
        if c["system"]:
            rate = RATE_CARDS.setdefault((c["system"], role), rate)
        out.append(dict(name=person(), emp=f"E{_emp_ids.pop()}", role=role, rate=rate,
                        pattern=Dec(str(pattern))))
    return out


def hours_for(cl):
    h = cl["pattern"]
    x = R.random()
    if x < 0.55:
        return h, ZERO
    if x < 0.75:
        return h, Dec(R.choice([4, 8, 12]))
    if x < 0.9:
        return h - Dec(R.choice([4, 8, 12])) if h > 12 else h, ZERO
    return Dec(str(R.choice([8, 12, 20, 30.5, 33.5, 44]))), ZERO


def add_invoice(c, cl, we, hours, ot, entity=None):
    total = q(hours * cl["rate"] + ot * cl["rate"] * Dec("1.5"))
    if entity is None:
        if c["ccy"] == "CAD":
            entity = "CA"
        elif c["kind"] == "hosp":
            entity = "TN" if R.random() < 0.85 else "PD"
        else:
            entity = "PD"
    if entity == "CA":
        number = f"CA-{CA_NO.pop()}"
    elif entity == "TN":
        number = str(US_TN.pop())
    else:
        number = str(US_PD.pop())
    issue = we + timedelta(days=R.choice([2, 3, 3, 4, 5]))
    po = None
    if c["po_style"] == "sap":
        po = c.setdefault("_po", f"45008{R.randint(10000, 99999)}")
    elif c["po_style"] == "assign":
        po = cl.setdefault("po", f"45009{R.randint(10000, 99999)}")
    elif c["po_style"] == "short":
        po = c.setdefault("_po", f"PO-{R.randint(1000, 9999)}")
    inv = dict(id=f"i-{_inv_ids.pop()}", number=number, customer_id=c["id"], customer_name=c["name"],
               currency=c["ccy"], total=total, balance=total, issue_date=issue,
               due_date=issue + timedelta(days=c["terms"]), entity=entity, cl=cl, week_end=we, hours=hours,
               ot=ot, po=po, ts=f"TS{_ts_ids.pop()}", cust=c, credit=None)
    INVOICES.append(inv)
    return inv


for c in CUSTOMERS:
    cls = make_clinicians(c)
    c["clinicians"] = cls
    n = int(R.randint(*c["rng"]) * 1.45)
    weeks = sorted(R.sample(WEEK_ENDS[4:], min(len(WEEK_ENDS) - 4, max(3, n // len(cls) + 2))))
    made = 0
    slots = [(w, cl) for w in weeks for cl in cls]
    R.shuffle(slots)
    for we, cl in slots[:n]:
        h, ot = hours_for(cl)
        add_invoice(c, cl, we, h, ot)
        made += 1

# some invoices carry an earlier credit memo (balance below total)
for inv in INVOICES:
    if R.random() < 0.09 and inv["total"] > 600:
        cut = q(inv["cl"]["rate"] * Dec(R.choice([2, 4, 6, 8, 12])))
        if cut < inv["total"] - 100:
            inv["balance"] = inv["total"] - cut
            inv["credit"] = (f"CM-{R.randint(20000, 29999)}", cut)

INV_BY_CUST = {}
for inv in INVOICES:
    INV_BY_CUST.setdefault(inv["customer_id"], []).append(inv)
for lst in INV_BY_CUST.values():
    lst.sort(key=lambda i: (i["issue_date"], i["number"]))

USED = set()      # invoices owned by a scenario

# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
PAY_DAYS = [date(2026, 3, 2) + timedelta(days=k) for k in range(26) if (date(2026, 3, 2) + timedelta(days=k)).weekday() < 5]


def pday(lo=0, hi=None):
    hi = len(PAY_DAYS) - 1 if hi is None else hi
    return PAY_DAYS[R.randint(lo, hi)]


def later(d, lo=2, hi=6):
    i = PAY_DAYS.index(d)
    return PAY_DAYS[min(len(PAY_DAYS) - 1, i + R.randint(lo, hi))]


def mdy(d, style=None):
    style = style or R.choice(["a", "b", "c", "d"])
    return {"a": f"{d:%m/%d/%Y}", "b": f"{d.month}/{d.day}/{d:%y}", "c": f"{d:%Y-%m-%d}", "d": f"{d:%d-%b-%Y}"}[style]


MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def frdate(d):
    return R.choice([f"{d:%Y-%m-%d}", f"{d.day} {MOIS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}"])


def esdate(d):
    return R.choice([f"{d.day} de {MESES[d.month - 1]} de {d.year}", f"{d:%m/%d/%Y}", f"{d:%d/%m/%Y}"])


def shown(inv, style=None):
    n = inv["number"]
    if n.startswith("CA-"):
        b = n[3:]
        opts = [n, n, "CA" + b, b, "CA " + b]
    else:
        opts = [n, n, n, "INV" + n, "INV-" + n, "0000" + n, "BW" + n]
    if style is not None:
        return opts[style % len(opts)]
    return R.choice(opts)


def aba():
    return f"0{R.randint(10000000, 99999999)}"


def trace():
    return f"0{R.randint(10 ** 13, 10 ** 14 - 1)}"


def co_id():
    return f"1{R.randint(100000000, 999999999)}"


def payee_name(entity):
    return ENTITY[entity]


def ach_ref(sec, co, d, desc=None, addenda=None, ind=None):
    desc = desc or R.choice(["VENDOR PMT", "AP PAYMENT", "PAYMENTS", "VEND PYMT", "EDI PYMNTS", "SUPPLIER"])
    style = R.random()
    co16 = co[:16]
    if style < 0.45:
        s = (f"ORIG CO NAME:{co16} ORIG ID:{co_id()} DESC DATE:{d:%y%m%d} CO ENTRY DESCR:{desc} "
             f"SEC:{sec} TRACE#:{trace()} EED:{d:%y%m%d} IND ID:{ind or R.choice(['BLUEWATER', 'V004417', 'NONE'])}")
    elif style < 0.8:
        s = f"ACH CREDIT {sec} {co16} {desc} {trace()}"
    else:
        s = f"{co16} / {desc} / {sec} / TRN {trace()}"
    if addenda:
        s += (" ADDENDA:" if style < 0.45 else " | ") + addenda
    return s


def ccd_addenda(lines):
    parts = []
    for L in lines:
        parts.append(f"RMR*IV*{L['num']}*PI*{edi(L['paid'])}")
    txt = "".join(p + "\\" for p in parts)
    return txt


def wire_ref(payer, obi, d):
    return R.choice([
        f"WIRE IN FED REF {d:%Y%m%d}B1QGC0{R.randint(1, 9)}C00{R.randint(1000, 9999)} ORG={payer} OBI={obi}",
        f"INCOMING WIRE / ORIGINATOR: {payer} / RMT INFO: {obi}",
        f"FEDWIRE CREDIT VIA {R.choice(['FIRST HORIZON', 'KEYSTONE NATL', 'PACIFIC WEST BK'])} B/O {payer} REF {obi}",
    ])


def email_wrap(body_lines, signer, title, org, lang="en"):
    sig = [signer]
    if title:
        sig.append(title)
    sig.append(org)
    if R.random() < 0.4:
        sig.append(f"({R.randint(200, 989)}) 555-{R.randint(100, 199):04d}")
    greet = {"en": ["Hi,", "Hello Bluewater AR,", "Good morning,", "Hi team,", "To whom it may concern,", "Hello,"],
             "es": ["Buenos días,", "Saludos,", "Estimados:", "Hola,"],
             "fr": ["Bonjour,", "Bonjour à l'équipe des comptes clients,", "Madame, Monsieur,"]}[lang]
    close = {"en": ["Thanks,", "Thank you,", "Regards,", "Best,", "Thx,", "Have a great day,"],
             "es": ["Gracias,", "Atentamente,", "Saludos cordiales,"],
             "fr": ["Merci,", "Cordialement,", "Bonne journée,"]}[lang]
    return "\n".join([R.choice(greet), ""] + body_lines + ["", R.choice(close), *sig])


TITLES_EN = ["Accounts Payable Specialist", "AP Clerk", "Business Office Manager", "Accounting Assistant",
             "Staff Accountant", "Office Manager", "AP Supervisor", "Administrator", None]

# ---------------------------------------------------------------------------
# remittance renderers.  A "line" is dict(inv, num, gross, paid, adj, code, memo, extra)
# ---------------------------------------------------------------------------


def mkline(inv, paid=None, num=None, gross=None, code=None, memo=None):
    paid = inv["balance"] if paid is None else paid
    gross = inv["balance"] if gross is None else gross
    return dict(inv=inv, num=num or shown(inv), gross=gross, paid=paid, adj=gross - paid, code=code, memo=memo)


def r_edi820(payer, entity, total, lines, d, ccy, vendor):
    segs = [f"ISA*00*          *00*          *ZZ*{bank_name(payer, 15):<15}*ZZ*BLUEWATERCLIN  *{d:%y%m%d}*0{R.randint(600, 959)}*U*00401*0000{R.randint(10000, 99999)}*0*P*>",
            f"GS*RA*{bank_name(payer, 12).replace(' ', '')}*BLUEWATER*{d:%Y%m%d}*{R.randint(1000, 2359)}*{R.randint(100, 999)}*X*004010",
            f"ST*820*{R.randint(1, 9999):04d}",
            f"BPR*C*{edi(total)}*C*ACH*CTX*01*{aba()}*DA*XXXXXX{R.randint(1000, 9999)}*{co_id()}**01*{aba()}*DA*XXXXX{R.randint(1000, 9999)}*{d:%Y%m%d}",
            f"TRN*1*{trace()}*{co_id()}"]
    if ccy != "USD" or R.random() < 0.3:
        segs.append(f"CUR*PR*{ccy}")
    segs.append(f"DTM*097*{d:%Y%m%d}")
    segs.append(f"N1*PR*{bank_name(payer, 35)}")
    segs.append(f"N1*PE*{payee_name(entity).upper()}*92*{vendor}")
    segs.append("ENT*1")
    for L in lines:
        if L["adj"] != 0 or R.random() < 0.6:
            segs.append(f"RMR*IV*{L['num']}*PI*{edi(L['paid'])}*{edi(L['gross'])}")
        else:
            segs.append(f"RMR*IV*{L['num']}*PI*{edi(L['paid'])}")
        inv = L["inv"]
        if inv["po"] and R.random() < 0.5:
            segs.append(f"REF*PO*{inv['po']}")
        if R.random() < 0.5:
            segs.append(f"DTM*003*{inv['issue_date']:%Y%m%d}")
        if L["adj"] != 0:
            segs.append(f"ADX*-{edi(L['adj'])}*{L['code'] or 'CS'}")
            if L["memo"]:
                segs.append(f"NTE*ADD*{L['memo'][:60]}")
    segs.append(f"SE*{len(segs) - 1}*0001")
    segs.append("GE*1*1")
    segs.append("IEA*1*000000001")
    return ("~\n" if R.random() < 0.5 else "~").join(segs) + "~"


def col(s, w, right=False):
    s = str(s)
    return s.rjust(w) if right else s.ljust(w)


def extra_desc(inv, kind):
    cl = inv["cl"]
    nm = cl["name"].split()
    if kind == "we":
        return f"WE {inv['week_end']:%m/%d} {nm[1].upper()} {nm[0][0]} {cl['role'].upper()}"[:30]
    if kind == "emp":
        return f"{cl['emp']} {nm[1]}, {nm[0]}"[:30]
    return f"{cl['role']} w/e {inv['week_end']:%m/%d/%y}"[:30]


def r_ap_table(style, payer_disp, entity, total, lines, d, ccy, vendor, facility_col=False, method="ACH"):
    out = []
    payref = f"{R.choice(['PAY', 'EFT', 'P'])}-{R.randint(10 ** 7, 10 ** 8 - 1)}"
    if style == "workday":
        out += ["Remittance Advice", payer_disp, R.choice(["Accounts Payable Shared Services", "Supply Chain Finance - AP", "Finance Department"]), "",
                f"Supplier: {payee_name(entity)}    Supplier ID: {vendor}",
                f"Payment Reference: {payref}    Payment Date: {mdy(d, 'a')}    Payment Type: {method}",
                f"Payment Amount: {us(total)} {ccy}", ""]
        hdr = col("Invoice Number", 17) + (col("Facility", 34) if facility_col else "") + col("Invoice Date", 14) + col("PO Number", 13) + col("Invoice Amount", 16, True) + col("Adjustment", 13, True) + col("Amount Paid", 14, True) + "  Remarks"
        out.append(hdr)
        for L in lines:
            inv = L["inv"]
            out.append(col(L["num"], 17) + (col(inv["customer_name"][:32], 34) if facility_col else "") + col(mdy(inv["issue_date"], "a"), 14) + col(inv["po"] or "", 13) +
                       col(us(L["gross"]), 16, True) + col(("-" + us(L["adj"])) if L["adj"] else "0.00", 13, True) + col(us(L["paid"]), 14, True) +
                       ("  " + " ".join(x for x in [L["code"], L["memo"]] if x) if L["adj"] else ""))
        out += ["", f"Total Paid: {us(total)}"]
    elif style == "lawson":
        out += [f"{bank_name(payer_disp)} - VENDOR REMITTANCE", f"VENDOR {vendor.replace('V-', '')}  {payee_name(entity).upper()[:28]}   EFT NO {R.randint(10 ** 7, 10 ** 8 - 1)}   DT {d:%m/%d/%y}", "-" * 96,
                col("INVOICE NUMBER", 16) + (col("FACILITY", 10) if facility_col else "") + col("INV DT", 9) + col("DESCRIPTION", 31) + col("GROSS AMT", 11, True) + col("DED/ADJ", 10, True) + col("NET AMT", 11, True) + "  RC"]
        for L in lines:
            inv = L["inv"]
            fac = ""
            if facility_col:
                fac = col(inv["cust"]["short"], 10)
            out.append(col(L["num"], 16) + fac + col(f"{inv['issue_date']:%m%d%y}", 9) + col(extra_desc(inv, R.choice(["we", "emp"])), 31) +
                       col(edi(L["gross"]) if R.random() < 0.3 else f"{L['gross']:.2f}", 11, True) + col(f"{L['adj']:.2f}" if L["adj"] else ".00", 10, True) + col(f"{L['paid']:.2f}", 11, True) + "  " + (L["code"] or ""))
        out += ["-" * 96, col("TOTAL", 66) + col(f"{total:.2f}", 30, True)]
        codes = sorted({L["code"] for L in lines if L["code"]})
        if codes:
            out.append("RC: " + "; ".join(f"{c_}={REASON_LEGEND.get(c_, 'ADJUSTMENT')}" for c_ in codes))
            for L in lines:
                if L["memo"]:
                    out.append(f"  {L['num']}: {L['memo']}")
    elif style == "psoft":
        out += [f"{payer_disp}", "PAYMENT ADVICE", f"Remit To: {payee_name(entity)}", f"Payment Number: {payref}   Payment Date: {d:%Y-%m-%d}   Currency: {ccy}", ""]
        for L in lines:
            inv = L["inv"]
            row = [f"Invoice ID: {L['num']}", f"Invoice Date: {inv['issue_date']:%Y-%m-%d}"]
            if facility_col:
                row.append(f"Business Unit: {inv['customer_name']}")
            row.append(f"Gross Amount: {us(L['gross'])}")
            if L["adj"]:
                row.append(f"Deduction: {us(L['adj'])} ({L['code']}: {L['memo']})")
            row.append(f"Paid Amount: {us(L['paid'])}")
            out.append(" | ".join(row))
        out += ["", f"Payment Total: {us(total)}"]
    elif style == "csv":
        hdr = ["invoice_no", "invoice_date"] + (["facility"] if facility_col else []) + ["po_number", "employee_id", "timesheet", "gross_amt", "adj_amt", "adj_reason", "net_paid"]
        out.append(",".join(hdr))
        for L in lines:
            inv = L["inv"]
            row = [L["num"], f"{inv['issue_date']:%m/%d/%Y}"] + ([f'"{inv["customer_name"]}"'] if facility_col else []) + [
                inv["po"] or "", inv["cl"]["emp"], inv["ts"], f"{L['gross']:.2f}", f"{-L['adj']:.2f}" if L["adj"] else "0.00",
                f'"{L["code"]} {L["memo"]}"' if L["adj"] else "", f"{L['paid']:.2f}"]
            out.append(",".join(row))
        out.append(f"TOTAL,,{',' if facility_col else ''},,,,,,,{total:.2f}")
    return "\n".join(out)


REASON_LEGEND = {"DH": "DISPUTED HOURS", "RD": "RATE DIFFERENCE", "OT": "OT NOT AUTHORIZED", "OR": "ORIENTATION NON-BILLABLE",
                 "NS": "SHIFT NOT WORKED", "MB": "MEAL BREAK", "06": "QUANTITY CONTESTED", "01": "PRICING ERROR"}


def r_email_en(lines, total, c, d, extra_body=None, quoted=None):
    body = []
    n = len(lines)
    how = R.choice(["ACH", "an ACH", "a check", "EFT", "a payment", "direct deposit"])
    if n == 1:
        L = lines[0]
        body.append(R.choice([
            f"We sent {how} today for invoice {L['num']} in the amount of {usd(L['paid'])}.",
            f"Payment of {usd(L['paid'])} was released {mdy(d)} for inv# {L['num']}.",
            f"Please apply the attached payment ({usd(total)}) to invoice {L['num']}.",
            f"pymt for {L['num']} went out this morning, {us(L['paid'])}",
        ]))
    else:
        body.append(R.choice([f"We released {how} of {usd(total)} on {mdy(d)} covering the invoices below:",
                              f"Please apply our payment ({usd(total)}) as follows:",
                              f"Remittance detail for today's payment - {n} invoices, total {usd(total)}.",
                              "Here is the breakdown for the payment we sent:"]))
        body.append("")
        fmt = R.choice(["dash", "tab", "colon"])
        for L in lines:
            if fmt == "dash":
                body.append(f"- {L['num']} - {usd(L['paid'])}")
            elif fmt == "tab":
                body.append(f"{L['num']}\t{us(L['paid'])}")
            else:
                body.append(f"Invoice {L['num']}: {us(L['paid'])}")
    if extra_body:
        body += [""] + extra_body
    if R.random() < 0.3:
        body.append("")
        body.append(R.choice(["Let me know if you need anything else.", "Please send an updated statement when you can.",
                              "Sorry for the delay on these, we had a system conversion.", "Pls confirm recieved.",
                              "Our new AP portal should send these automatically going forward."]))
    txt = email_wrap(body, c["ap_person"], R.choice(TITLES_EN), c["name"], "en")
    if quoted:
        txt += "\n\n" + quoted
    return txt


def quoted_statement(invs, d):
    lines = ["-----Original Message-----", "From: Bluewater Accounts Receivable <ar@bluewaterclinical.example>",
             f"Sent: {d - timedelta(days=R.randint(5, 12)):%A, %B %d, %Y} 9:14 AM",
             "Subject: Statement of account - past due items", "",
             "Hello, according to our records the following invoices are open:"]
    for i in invs:
        lines.append(f"  {i['number']}   {i['issue_date']:%m/%d/%Y}   {usd(i['balance'])}")
    lines.append("If you have already paid, please send us the remittance detail. Thank you!")
    return "\n".join("> " + x if x else ">" for x in lines)


def r_email_es(lines, total, c, d, extra_body=None):
    body = []
    if len(lines) == 1:
        L = lines[0]
        body.append(R.choice([f"Les informamos que el {esdate(d)} se envió el pago de la factura {L['num']} por {usd(L['paid'])}.",
                              f"Adjunto el detalle del pago por {usd(total)} correspondiente a la factura núm. {L['num']}."]))
    else:
        body.append(R.choice([f"Se realizó transferencia ACH por {usd(total)}. Detalle de facturas:",
                              f"Favor de aplicar el pago de {usd(total)} a las siguientes facturas:"]))
        body.append("")
        for L in lines:
            body.append(f"Factura {L['num']} ........ {usd(L['paid'])}")
    if extra_body:
        body += [""] + extra_body
    return email_wrap(body, c["ap_person"], R.choice(["Cuentas por Pagar", "Oficial de Finanzas", "Contabilidad", None]), c["name"], "es")


def r_email_fr(lines, total, c, d, extra_body=None):
    body = []
    if len(lines) == 1:
        L = lines[0]
        body.append(R.choice([f"Un paiement de {frd(L['paid'])} a été effectué le {frdate(d)} pour la facture {L['num']}.",
                              f"Veuillez appliquer notre virement de {frd(total)} à la facture no {L['num']}."]))
    else:
        body.append(R.choice([f"Voici le détail de notre paiement de {frd(total)} :", f"Paiement par dépôt direct ({frd(total)}) pour les factures suivantes :"]))
        body.append("")
        for L in lines:
            body.append(f"Facture {L['num']} : {frd(L['paid'])}")
    if extra_body:
        body += [""] + extra_body
    return email_wrap(body, c["ap_person"], R.choice(["Technicienne en administration", "Agent(e) de gestion financière", "Comptes fournisseurs", None]), c["name"], "fr")


def r_avis_fr(payer_disp, entity, total, lines, d, vendor):
    out = ["AVIS DE PAIEMENT - DÉPÔT DIRECT", f"Payeur : {payer_disp}", "Direction des ressources financières - Comptes fournisseurs",
           f"Fournisseur : {payee_name(entity)} (no {vendor})", f"Date du paiement : {d:%Y-%m-%d}    Montant : {frd(total)}", "",
           col("No facture", 14) + col("Date", 12) + col("Montant facturé", 18, True) + col("Retenue", 14, True) + col("Montant payé", 16, True) + "  Motif"]
    for L in lines:
        out.append(col(L["num"], 14) + col(f"{L['inv']['issue_date']:%Y-%m-%d}", 12) + col(frd(L["gross"]), 18, True) +
                   col(frd(L["adj"]) if L["adj"] else "0,00 $", 14, True) + col(frd(L["paid"]), 16, True) + ("  " + L["memo"] if L["adj"] else ""))
    out += ["", f"Total : {frd(total)}"]
    return "\n".join(out)


def r_aviso_es(payer_disp, entity, total, lines, d, vendor):
    out = ["AVISO DE PAGO - TRANSFERENCIA ACH", f"{payer_disp} - Finanzas / Cuentas por Pagar",
           f"Suplidor: {payee_name(entity)}   Núm. suplidor: {vendor}", f"Fecha: {esdate(d)}    Monto total: {usd(total)}", "",
           col("Factura", 12) + col("Fecha fact.", 13) + col("Monto factura", 15, True) + col("Ajuste", 12, True) + col("Pagado", 14, True) + "  Razón"]
    for L in lines:
        out.append(col(L["num"], 12) + col(f"{L['inv']['issue_date']:%m/%d/%Y}", 13) + col(us(L["gross"]), 15, True) +
                   col(("-" + us(L["adj"])) if L["adj"] else "0.00", 12, True) + col(us(L["paid"]), 14, True) + ("  " + L["memo"] if L["adj"] else ""))
    out += ["", f"TOTAL PAGADO: {usd(total)}"]
    return "\n".join(out)


OCR_MAP = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def ocr(s, rate=0.25):
    out = []
    for ch in s:
        if ch in OCR_MAP and R.random() < rate:
            out.append(OCR_MAP[ch])
        else:
            out.append(ch)
    return "".join(out)


def lockbox_ref(d):
    box = R.choice(["4471", "8820", "0613"])
    chk = R.randint(1000000, 1999999) if R.random() < 0.5 else R.randint(1000, 99999)
    return (f"LOCKBOX {box} BATCH {R.randint(1, 140):03d} ITEM {R.randint(1, 60):03d} CHECK {chk}", chk)


def r_lockbox(payer_on_check, lines, total, d, chk, rate=0.25, note=None):
    out = [f"*** LOCKBOX IMAGE / OCR CAPTURE ***", f"CHECK NO {chk}   CHECK DATE {d - timedelta(days=R.randint(2, 6)):%m/%d/%Y}   CHECK AMT {us(total)}",
           f"REMITTER: {payer_on_check}", "--- STUB ---"]
    hdr = R.choice(["INVOICE NO    INV DATE     AMOUNT PAID", "INV #       DATE        GROSS      DISC     NET", "Invoice        Amount"])
    out.append(ocr(hdr, 0.1))
    for L in lines:
        inv = L["inv"]
        if hdr.startswith("INVOICE NO"):
            row = f"{L['num']:<13} {inv['issue_date']:%m/%d/%y}     {us(L['paid'])}"
        elif hdr.startswith("INV #"):
            row = f"{L['num']:<11} {inv['issue_date']:%m/%d/%y}   {us(L['gross']):>10}   0.00  {us(L['paid']):>10}"
        else:
            row = f"{L['num']:<14} {us(L['paid'])}"
        out.append(ocr(row, rate))
    out.append(ocr(f"TOTAL {us(total)}", rate / 2))
    if note:
        out.append(note)
    return "\n".join(out)


VCARD_PROVIDERS = ["VPay Network", "ClearCard Payables", "Meridian vPay", "CardRemit Services", "PayBridge Virtual Card"]


def card_fee(gross, pct):
    from decimal import ROUND_HALF_UP
    return (gross * pct / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def r_vcard(provider, payer_disp, entity, L, gross, fee, pct, net, d, lang="en"):
    inv = L["inv"]
    style = R.randint(0, 3)
    if lang == "fr":
        return "\n".join([f"Avis de paiement par carte virtuelle - {provider}", f"Payeur : {payer_disp}", f"Marchand : {payee_name(entity)}",
                          f"Facture : {L['num']}    Montant autorisé : {frd(gross)}",
                          f"Frais de traitement de carte ({str(pct).replace('.', ',')} %) retenus : {frd(fee)}",
                          f"Montant net déposé : {frd(net)}", f"Date de règlement : {d:%Y-%m-%d}"])
    if style == 0:
        return "\n".join([f"{provider} - Virtual Card Payment Notification", f"Buyer: {payer_disp}", f"Merchant: {payee_name(entity)}", "",
                          f"Invoice: {L['num']}", f"Invoice amount: {usd(gross)}", f"Amount authorized to card: {usd(gross)}",
                          f"Merchant processing fee ({pct}%): -{usd(fee)}", f"Net settlement: {usd(net)}", f"Settlement date: {mdy(d, 'a')}"])
    if style == 1:
        return "\n".join([f"VIRTUAL CARD SETTLEMENT - {provider.upper()}", f"PAYER {bank_name(payer_disp)}",
                          "INVOICE        GROSS         CARD FEE      NET",
                          f"{L['num']:<14} {us(gross):>10}    {us(fee):>9}    {us(net):>10}",
                          f"Fee rate {pct}% per merchant agreement"])
    if style == 2:
        return (f"{payer_disp} paid invoice {L['num']} ({usd(gross)}) by virtual card through {provider}. "
                f"Settlement is net of the {pct}% card acceptance fee ({usd(fee)}); deposit {usd(net)}.")
    return "\n".join([f"Card payment receipt #{R.randint(10 ** 6, 10 ** 7 - 1)}", f"From: {payer_disp} AP via {provider}",
                      f"Applied to: Invoice {L['num']}", f"Charged: {usd(gross)}", f"Less interchange/processing: {usd(fee)}",
                      f"Deposited: {usd(net)}"])


def card_ref(provider, payer, d):
    return R.choice([f"MERCHANT DEPOSIT {provider.upper()[:12]} BATCH {R.randint(1000, 9999)} {d:%m%d}",
                     f"CARD SETTLEMENT {bank_name(payer, 18)} VCARD {R.randint(10 ** 5, 10 ** 6 - 1)}",
                     f"{provider.upper()[:14]} VIRTUAL CARD DEP {d:%y%m%d}"])


def eft_ca_ref(payer, d, lang):
    if lang == "fr":
        return R.choice([f"DEPOT DIRECT {bank_name(payer, 20)} AVIS {R.randint(10 ** 6, 10 ** 7 - 1)}", f"PAIEMENT FOURNISSEUR / {bank_name(payer, 20)}"])
    return R.choice([f"EFT CREDIT {bank_name(payer, 20)} PAY ADV {R.randint(10 ** 6, 10 ** 7 - 1)}", f"ELECTRONIC FUNDS TRANSFER - {bank_name(payer, 22)}",
                     f"BUSINESS PAD CREDIT {bank_name(payer, 18)}"])

# ---------------------------------------------------------------------------
# scenario framework
# ---------------------------------------------------------------------------
for c in CUSTOMERS:
    c["short"] = bank_name(c["name"]).replace(" ", "")[:9]
    c["co"] = bank_name(c["name"], 16)

CASES = []


def P(d, amount, ccy, payer, cid, ref, rem):
    return dict(date=d, amount=q(amount), currency=ccy, payer_name=payer, customer_id=cid, reference=ref, remittance=rem)


def add(p, status, key, lang, why, apps=(), unapplied=ZERO, short=None, cands=None, mentions=(), check=None, cust=None):
    lb = dict(status=status, key=key, lang=lang, why=why, apps=[(i, q(a)) for i, a in apps], unapplied=q(unapplied),
              short=short, cands=cands, mentions={i["id"] for i in mentions} | {i["id"] for i, _ in apps},
              check=check, cust=cust)
    CASES.append((p, lb))
    return p, lb


def free(c, full=True):
    return [i for i in INV_BY_CUST[c["id"]] if i["id"] not in USED and (not full or i["balance"] == i["total"])]


FORCE = {"lang": None}


def pick_customer(pred, need=1, full=True):
    cs = [c for c in CUSTOMERS if pred(c) and len(free(c, full)) >= need and (FORCE["lang"] is None or c["lang"] == FORCE["lang"])]
    if not cs:
        raise NoCustomer()
    return R.choice(cs)


class NoCustomer(Exception):
    pass


def take(c, n, full=True, pred=None):
    pool = [i for i in free(c, full) if pred is None or pred(i)]
    ch = sorted(R.sample(pool, n), key=lambda i: (i["issue_date"], i["number"]))
    for i in ch:
        USED.add(i["id"])
    return ch


def reserve(invs):
    for i in invs:
        USED.add(i["id"])


def balances_of(c):
    return [i["balance"] for i in INV_BY_CUST[c["id"]]]


def unique_balance(inv):
    c = inv["cust"]
    bals = balances_of(c)
    if bals.count(inv["balance"]) != 1:
        return False
    others = [b for i, b in zip(INV_BY_CUST[c["id"]], bals) if i is not inv]
    s = set(others)
    for b in others:
        if inv["balance"] - b in s and inv["balance"] - b != b:
            return False
    return True


def combo_hits(c, amt, k=3, exclude=()):
    ex = {i["id"] for i in exclude}
    bals = [i["balance"] for i in INV_BY_CUST[c["id"]] if i["id"] not in ex]
    if sum(bals, ZERO) == amt:
        return True
    for n in range(1, k + 1):
        for combo in combinations(bals, n):
            if sum(combo, ZERO) == amt:
                return True
    return False


def payer_for(c, channel="ach"):
    if channel == "ach":
        return c["co"]
    if channel == "check":
        return R.choice([c["name"].upper(), c["name"], bank_name(c["name"])])
    return c["name"]


def US(c):
    return c["ccy"] == "USD"


def HOSP(c):
    return c["kind"] == "hosp"


def SMALL(c):
    return c["kind"] in ("snf", "clinic", "ltc")


# ---------------------------------------------------------------------------
# pre-pass: duplicate invoice numbers across subsidiaries
# ---------------------------------------------------------------------------
DUP_PAIRS = []


def make_dup_pair(equal_amount=False, same_customer=False):
    a_cust = pick_customer(lambda c: US(c) and HOSP(c), 2)
    a = R.choice([i for i in free(a_cust) if i["entity"] == "TN"])
    if same_customer:
        pool = [i for i in free(a_cust) if i["entity"] == "PD" and i["balance"] != a["balance"]]
        if not pool:
            return None
        b = R.choice(pool)
    else:
        b_cust = pick_customer(lambda c: US(c) and c is not a_cust and c["kind"] in ("snf", "clinic") and
                               (c["system"] is None or c["system"] != a_cust["system"]), 2)
        b = R.choice(free(b_cust))
        if equal_amount:
            b["total"] = a["total"]
            b["balance"] = a["balance"]
            b["hours"], b["ot"] = a["hours"], a["ot"]
            b["cl"] = dict(b["cl"], rate=a["cl"]["rate"])
        elif b["balance"] == a["balance"]:
            return None
    b["number"] = a["number"]
    reserve([a, b])
    DUP_PAIRS.append((a, b))
    return a, b


# ---------------------------------------------------------------------------
# short-pay helpers
# ---------------------------------------------------------------------------
TIMEKEEPING = ["Kronos", "API timekeeping", "unit manager sign-off", "badge swipe report", "ShiftWise", "UKG"]


def short_calc(inv, kind, lang="en"):
    rate, hours, ot = inv["cl"]["rate"], inv["hours"], inv["ot"]
    if kind == "hours":
        opts = [h for h in (Dec("1.5"), Dec(2), Dec(3), Dec(4), Dec(8), Dec(12)) if h < hours]
        dh = R.choice(opts)
        amt = q(dh * rate)
        memo = {"en": f"Approved hrs {hours - dh} vs billed {hours} per {R.choice(TIMEKEEPING)}",
                "es": f"Horas en disputa: ponche indica {hours - dh} vs {hours} facturadas",
                "fr": f"Heures non approuvées : {hours - dh} h c. {hours} h facturées"}[lang]
        return amt, ("DH" if R.random() < 0.7 else "06"), memo, "disputed hours"
    if kind == "rate":
        delta = Dec(R.choice(["1.50", "2.00", "2.75", "4.00", "5.25", "3.10"]))
        amt = q(delta * hours + delta * ot * Dec("1.5"))
        contract = rate - delta
        memo = {"en": f"Bill rate per MSA ${contract}/hr, billed ${rate}/hr",
                "es": f"Diferencia en tarifa: contrato ${contract}/h, facturado ${rate}/h",
                "fr": f"Écart de taux horaire : entente {fr(contract)} $/h, facturé {fr(rate)} $/h"}[lang]
        return amt, ("RD" if R.random() < 0.7 else "01"), memo, "rate difference"
    if kind == "ot":
        amt = q(ot * rate * Dec("0.5"))
        memo = {"en": f"OT {ot} hrs not pre-approved, paid at straight time",
                "es": f"Horas extra ({ot} h) no autorizadas, pagadas a tarifa regular",
                "fr": f"Temps supplémentaire ({ot} h) non autorisé, payé au taux régulier"}[lang]
        return amt, "OT", memo, "overtime not authorized"
    if kind == "orient":
        k = Dec(R.choice([4, 8]))
        amt = q(k * rate)
        memo = {"en": f"{k} orientation hrs non-billable per contract",
                "es": f"{k} horas de orientación no facturables según contrato",
                "fr": f"{k} h d'orientation non facturables selon l'entente"}[lang]
        return amt, "OR", memo, "orientation hours not billable"
    if kind == "ns":
        amt = q(Dec(12) * rate)
        day = inv["week_end"] - timedelta(days=R.randint(1, 6))
        memo = {"en": f"Shift {day:%m/%d} not worked per staffing log - billed in error",
                "es": f"Turno del {day:%d/%m} no trabajado según registro",
                "fr": f"Quart du {day:%d/%m} non travaillé selon le registre"}[lang]
        return amt, "NS", memo, "shift not worked"
    n = int(hours // 12)
    amt = q(Dec("0.5") * n * rate)
    memo = {"en": f"30-min meal break not deducted x {n} shifts",
            "es": f"Periodo de comida no descontado ({n} turnos)",
            "fr": f"Pause repas de 30 min non déduite ({n} quarts)"}[lang]
    return amt, "MB", memo, "meal breaks not deducted"


def short_ok(inv, kind):
    if inv["balance"] != inv["total"]:
        return False
    if kind == "ot":
        return inv["ot"] > 0
    if kind in ("ns", "meal"):
        return inv["hours"] >= 24
    if kind == "hours":
        return inv["hours"] > Dec("1.5")
    if kind in ("orient",):
        return inv["hours"] > 8 and inv["total"] > inv["cl"]["rate"] * 12
    return True


def render_batch(c, lines, total, d, payer_disp=None, facility_col=False, prefer=None, vendor=None):
    """pick a channel that fits the customer; returns (reference, remittance, payer_name)"""
    lang = c["lang"]
    payer_disp = payer_disp or c["name"]
    vendor = vendor or c["vendor_no"]
    entity = lines[0]["inv"]["entity"]
    if c["ccy"] == "CAD":
        ref = eft_ca_ref(payer_disp, d, lang)
        if lang == "fr":
            rem = r_avis_fr(payer_disp, entity, total, lines, d, vendor) if (prefer != "email" and R.random() < 0.6) else r_email_fr(lines, total, c, d)
        else:
            st = prefer or R.choice(["workday", "psoft", "email", "csv"])
            rem = r_email_en(lines, total, c, d) if st == "email" else r_ap_table(st, payer_disp, entity, total, lines, d, "CAD", vendor, facility_col, "EFT")
        return ref, rem, bank_name(payer_disp, 20)
    if lang == "es":
        ref = ach_ref("CCD", bank_name(payer_disp, 16), d)
        rem = r_aviso_es(payer_disp, entity, total, lines, d, vendor) if (prefer != "email" and R.random() < 0.6) else r_email_es(lines, total, c, d)
        return ref, rem, bank_name(payer_disp, 16)
    st = prefer or R.choice(["edi", "edi", "workday", "lawson", "psoft", "csv", "email"] if HOSP(c) else ["workday", "csv", "email", "email", "psoft"])
    if st == "edi":
        ref = ach_ref("CTX", bank_name(payer_disp, 16), d)
        rem = r_edi820(payer_disp, entity, total, lines, d, "USD", vendor)
    elif st == "email":
        ref = ach_ref(R.choice(["CCD", "PPD", "CCD"]), bank_name(payer_disp, 16), d)
        rem = r_email_en(lines, total, c, d)
    else:
        ref = ach_ref(R.choice(["CTX", "CCD"]), bank_name(payer_disp, 16), d)
        rem = r_ap_table(st, payer_disp, entity, total, lines, d, "USD", vendor, facility_col)
    return ref, rem, bank_name(payer_disp, 16)


def lines_total(lines):
    return sum((L["paid"] for L in lines), ZERO)


def nlines(c, lo, hi, full=True):
    return max(1, min(hi, len(free(c, full)) - 1, R.randint(lo, hi)))


# ---------------------------------------------------------------------------
# REVIEW scenarios that need natural structure (run first, they reserve)
# ---------------------------------------------------------------------------
GENERIC_PAYERS = ["MOBILE DEPOSIT", "DEPOSIT BRANCH 044", "ZELLE FROM T OKAFOR", "WIRE IN ORG=FIRSTLINE TRUST FBO CLIENT",
                  "ACH CREDIT HEALTHPAY REMIT SVCS", "CUSTOMER DEPOSIT", "J HARTWELL", "REMOTE DEPOSIT CAPTURE",
                  "PAYMENT CTR 7", "CASH CONCENTRATION CR"]


def sc_same_amount(ccy="USD"):
    cands = []
    for c in CUSTOMERS:
        if c["ccy"] != ccy:
            continue
        by = {}
        for i in free(c, False):
            by.setdefault(i["balance"], []).append(i)
        for b, lst in by.items():
            if len(lst) >= 2 and all(i["balance"] != b or i["id"] not in USED or i in lst for i in INV_BY_CUST[c["id"]]):
                cands.append((c, lst))
    if not cands:
        return
    c, lst = R.choice(cands)
    reserve(lst)
    d = pday()
    amt = lst[0]["balance"]
    same_cl = len({i["cl"]["name"] for i in lst}) == 1
    rem = None
    x = R.random()
    if same_cl and x < 0.4:
        nm = lst[0]["cl"]["name"]
        rem = R.choice([f"Payment - {nm} {lst[0]['cl']['role']}", f"Staffing svcs {nm}", f"{nm.split()[1].upper()} {lst[0]['cl']['role'].upper()} AGENCY HRS"])
    elif x < 0.6:
        rem = R.choice(["Payment for staffing services", "AGENCY STAFFING", "Invoice payment", "Pago de servicios" if c["lang"] == "es" else "Paiement fournisseur" if c["lang"] == "fr" else "Weekly agency invoice"])
    ref = ach_ref("CCD", c["co"], d) if ccy == "USD" else eft_ca_ref(c["name"], d, c["lang"])
    why = (f"known customer {c['name']}, no invoice number; {len(lst)} open invoices carry exactly {m2(amt)}"
           + (" (same clinician, so the memo does not separate them)" if same_cl and rem and "agency" not in (rem or "").lower() else ""))
    tl = c["lang"] if rem in ("Pago de servicios", "Paiement fournisseur") else "en"
    add(P(d, amt, ccy, payer_for(c, "ach"), c["id"], ref, rem), "review", "SAME_AMOUNT", tl, why, cands="AUTO",
        mentions=lst, check="ambig_amount", cust=[c])


def sc_subset_ambig():
    for _ in range(200):
        c = pick_customer(lambda c: US(c), 6, full=False)
        pool = free(c, False)
        sums = {}
        for a, b in combinations(pool, 2):
            sums.setdefault(a["balance"] + b["balance"], []).append((a, b))
        opts = []
        for s_, prs in sums.items():
            for (a, b), (x, y) in combinations(prs, 2):
                if len({a["id"], b["id"], x["id"], y["id"]}) == 4 and s_ not in {i["balance"] for i in INV_BY_CUST[c["id"]]}:
                    opts.append((s_, [a, b], [x, y]))
        if opts:
            s_, p1, p2 = R.choice(opts)
            involved = [i for i in pool if any(i["balance"] == j["balance"] for j in p1 + p2)]
            reserve(involved)
            d = pday()
            rem = R.choice([None, None, "AP RUN " + f"{d:%m%d}", "Agency staffing - 2 invoices"])
            add(P(d, s_, "USD", payer_for(c), c["id"], ach_ref("CCD", c["co"], d), rem), "review", "SUBSET_AMBIG", "en",
                f"known customer, no invoice numbers; {m2(s_)} is the sum of more than one pair of open invoices",
                cands="AUTO", mentions=involved, check="ambig_amount", cust=[c])
            return


def sc_system_noremit():
    for _ in range(50):
        sk = R.choice([k for k in SYSTEMS if k not in ("CTR",)])
        mem = [c for c in CUSTOMERS if c["system"] == sk]
        by = {}
        for c in mem:
            for i in free(c):
                by.setdefault(i["balance"], []).append(i)
        opts = [(b, l) for b, l in by.items() if len({i["customer_id"] for i in l}) >= 2]
        if opts:
            b, lst = R.choice(opts)
            allb = [i for c in mem for i in INV_BY_CUST[c["id"]] if i["balance"] == b]
            if any(i["id"] in USED for i in allb):
                continue
            reserve(allb)
            d = pday()
            s = SYSTEMS[sk]
            ccy = mem[0]["ccy"]
            ref = ach_ref("CCD", s["ap"], d) if ccy == "USD" else eft_ca_ref(s["name"], d, "en")
            rem = R.choice([None, None, f"{s['name']} - vendor payment", "AP SHARED SERVICES PAYMENT"])
            add(P(d, b, ccy, s["ap"], None, ref, rem), "review", "SYSTEM_NO_REMIT", "en",
                f"health-system payer {s['name']} pays for several member facilities; no remittance; {m2(b)} matches open invoices at "
                f"{len({i['customer_id'] for i in lst})} members", cands="AUTO", mentions=allb, check="ambig_system", cust=mem)
            return


def sc_unknown_payer(match=True):
    d = pday()
    payer = R.choice(GENERIC_PAYERS)
    if match:
        by = {}
        for i in INVOICES:
            if i["currency"] == "USD":
                by.setdefault(i["balance"], []).append(i)
        opts = [(b, l) for b, l in by.items() if len({i["customer_id"] for i in l}) >= 2 and not any(i["id"] in USED for i in l)]
        b, lst = R.choice(opts)
        reserve(lst)
        amt = b
        why = f"payer '{payer}' is not a customer and gives no reference; {m2(b)} equals open invoices of {len({i['customer_id'] for i in lst})} different customers"
    else:
        lst = []
        amt = q(Dec(R.randint(40000, 900000)) / 100)
        if any(i["balance"] == amt for i in INVOICES):
            amt += Dec("0.07")
        why = f"payer '{payer}' is not a customer, no reference, and {m2(amt)} fits no open invoice: nothing to apply it to and no account to hold it on"
    ref = R.choice([None, f"DEPOSIT {d:%m%d} SEQ {R.randint(100, 999)}", "CREDIT", f"REF {R.randint(10 ** 8, 10 ** 9)}"])
    add(P(d, amt, "USD", payer, None, ref, None), "review", "UNKNOWN_PAYER", "en", why, cands="AUTO", mentions=lst,
        check="unknown_payer")


def sc_cross_customer():
    for _ in range(100):
        by = {}
        for i in INVOICES:
            if i["currency"] == "USD" and i["id"] not in USED:
                by.setdefault(i["balance"], []).append(i)
        opts = []
        for b, l in by.items():
            for x, y in combinations(l, 2):
                cx, cy = x["cust"], y["cust"]
                if cx is not cy and (cx["system"] is None or cx["system"] != cy["system"]):
                    if sum(1 for i in INV_BY_CUST[cx["id"]] if i["balance"] == b) == 1 and sum(1 for i in INV_BY_CUST[cy["id"]] if i["balance"] == b) == 1:
                        opts.append((x, y))
        if not opts:
            return
        xb, ya = R.choice(opts)   # xb: named invoice (customer B), ya: payer's own invoice (customer A)
        a = ya["cust"]
        reserve([xb, ya])
        d = pday()
        num = shown(xb)
        if R.random() < 0.5:
            ref = ach_ref("CCD", a["co"], d, addenda=ccd_addenda([dict(num=num, paid=xb["balance"])]))
            rem = None
        else:
            ref = ach_ref("CCD", a["co"], d)
            rem = r_email_en([dict(num=num, paid=xb["balance"], inv=xb)], xb["balance"], a, d)
        add(P(d, xb["balance"], "USD", a["co"], a["id"], ref, rem), "review", "CROSS_CUSTOMER", "en",
            f"bank identifies {a['name']}, but the remittance names invoice {xb['number']} of unrelated {xb['customer_name']}; "
            f"{a['name']} has its own open invoice {ya['number']} for the same {m2(xb['balance'])}: third-party payment or wrong number",
            cands=[[xb], [ya]], mentions=[xb, ya])
        return


def sc_conflict():
    for _ in range(100):
        c = pick_customer(lambda c: c["kind"] in ("hosp", "snf", "clinic", "ltc"), 3, full=False)
        pool = free(c, False)
        y = R.choice(pool)
        if not unique_balance(y):
            continue
        xs = [i for i in pool if i is not y and i["balance"] > y["balance"] + 50 and unique_balance(i)]
        if not xs:
            continue
        x = R.choice(xs)
        reserve([x, y])
        d = pday()
        num = shown(x)
        lang = c["lang"]
        ccy = c["ccy"]
        L = dict(num=num, paid=y["balance"], inv=x, gross=y["balance"])
        if ccy == "CAD":
            ref = eft_ca_ref(c["name"], d, lang)
            rem = r_email_fr([L], y["balance"], c, d) if lang == "fr" else r_email_en([L], y["balance"], c, d)
        elif lang == "es":
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_es([L], y["balance"], c, d)
        elif R.random() < 0.5:
            ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda([L]))
            rem = None
        else:
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_en([L], y["balance"], c, d)
        add(P(d, y["balance"], ccy, c["co"], c["id"], ref, rem), "review", "CONFLICT", lang,
            f"reference names {x['number']} (balance {m2(x['balance'])}) but the amount {m2(y['balance'])} is exactly the balance of "
            f"{y['number']} of the same customer; no word of a part payment: wrong number or unexplained short pay",
            cands=[[y], [x]], mentions=[x, y])
        return


def sc_unexplained():
    for _ in range(50):
        c = pick_customer(lambda c: True, 4, full=True)
        n = nlines(c, 2, 6)
        invs = take(c, n)
        lines = [mkline(i) for i in invs]
        listed = lines_total(lines)
        diff = q(Dec(R.randint(2500, 60000)) / 100)
        amt = listed - diff
        if combo_hits(c, amt):
            for i in invs:
                USED.discard(i["id"])
            continue
        d = pday()
        lang = c["lang"]
        if c["ccy"] == "CAD":
            ref = eft_ca_ref(c["name"], d, lang)
            rem = r_email_fr(lines, listed, c, d) if lang == "fr" else r_email_en(lines, listed, c, d)
        elif lang == "es":
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_es(lines, listed, c, d)
        else:
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_en(lines, listed, c, d) if R.random() < 0.6 else r_ap_table(R.choice(["workday", "csv"]), c["name"], invs[0]["entity"], listed, lines, d, "USD", c["vendor_no"])
        add(P(d, amt, c["ccy"], c["co"], c["id"], ref, rem), "review", "UNEXPLAINED_DIFF", lang,
            f"remittance lists {n} invoices totalling {m2(listed)} at full balance, but {m2(amt)} was received ({m2(diff)} less) with no line-level deduction: cannot tell which invoice is short",
            cands=[invs], mentions=invs, check="no_subset", cust=[c])
        return


def sc_dup_ambig():
    pr = make_dup_pair(equal_amount=True)
    if not pr:
        return
    a, b = pr
    d = pday()
    payer = R.choice(["HEALTHPAY REMIT SVCS", "PAYMENT PROCESSING CTR", "MEDPAY CLEARING", "AP PAYMENT SVC"])
    num = R.choice([a["number"], "INV " + a["number"], "INV#" + a["number"]])
    add(P(d, a["balance"], "USD", payer, None, f"ACH CREDIT {payer} {num}", R.choice([None, f"Invoice {a['number']}  {usd(a['balance'])}"])),
        "review", "DUPNUM_AMBIG", "en",
        f"invoice number {a['number']} exists twice (travel and per-diem subsidiaries: {a['customer_name']} and {b['customer_name']}), both open for {m2(a['balance'])}; the payer is a processor that names neither",
        cands=[[a], [b]], mentions=[a, b])


def sc_lockbox_unreadable():
    for _ in range(50):
        c = pick_customer(lambda c: US(c) and SMALL(c), 3, full=False)
        by = {}
        for i in free(c, False):
            by.setdefault(i["balance"], []).append(i)
        opts = [l for l in by.values() if len(l) >= 2]
        if not opts:
            continue
        lst = R.choice(opts)
        reserve(lst)
        d = pday()
        ref, chk = lockbox_ref(d)
        x = R.random()
        if x < 0.5:
            stub = f"*** LOCKBOX IMAGE / OCR CAPTURE ***\nCHECK NO {chk}   CHECK AMT {us(lst[0]['balance'])}\nREMITTER: {c['name'].upper()}\n--- STUB ---\n[NO STUB RETURNED WITH CHECK]"
        else:
            num = lst[0]["number"]
            garb = num[0] + "?????"
            stub = (f"*** LOCKBOX IMAGE / OCR CAPTURE ***\nCHECK NO {chk}   CHECK AMT {us(lst[0]['balance'])}\nREMITTER: {c['name'].upper()}\n--- STUB ---\n"
                    f"INV ## {garb}  [LOW CONFIDENCE]\nAMOUNT {ocr(us(lst[0]['balance']), 0.5)}")
        add(P(d, lst[0]["balance"], "USD", c["name"].upper(), None, ref, stub), "review", "LOCKBOX_UNREADABLE", "en",
            f"cheque from {c['name']} with no readable invoice number; {len(lst)} open invoices of that customer carry exactly {m2(lst[0]['balance'])}",
            cands="AUTO", mentions=lst, check="ambig_amount", cust=[c])
        return


# ---------------------------------------------------------------------------
# APPLIED scenarios
# ---------------------------------------------------------------------------
def sc_ref_single():
    c = pick_customer(lambda c: True, 2, full=False)
    inv = take(c, 1, full=False)[0]
    L = mkline(inv)
    amt = inv["balance"]
    d = pday()
    lang = c["lang"]
    extra = None
    if inv["credit"] and R.random() < 0.7:
        extra = [{"en": f"(Net of your credit memo {inv['credit'][0]} for {usd(inv['credit'][1])}.)",
                  "es": f"(Neto de la nota de crédito {inv['credit'][0]} por {usd(inv['credit'][1])}.)",
                  "fr": f"(Net de la note de crédit {inv['credit'][0]} de {frd(inv['credit'][1])}.)"}[lang]]
    chan = "email"
    payer = c["co"]
    cid = c["id"] if R.random() < 0.85 else None
    if c["ccy"] == "CAD":
        ref = eft_ca_ref(c["name"], d, lang)
        rem = r_email_fr([L], amt, c, d, extra) if lang == "fr" else r_email_en([L], amt, c, d, extra)
        payer = bank_name(c["name"], 20)
    elif lang == "es":
        ref = ach_ref("CCD", c["co"], d)
        rem = r_email_es([L], amt, c, d, extra)
    else:
        chan = R.choice(["ccd", "ccd", "wire", "email", "email", "rdc", "quoted"])
        if chan == "ccd":
            ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda([L]))
            rem = None
        elif chan == "wire":
            ref = wire_ref(bank_name(c["name"], 30), R.choice([f"INV {L['num']}", f"INVOICE {L['num']} {c['short']}", f"PMT {L['num']}"]), d)
            rem = None
            payer = bank_name(c["name"], 30)
        elif chan == "rdc":
            ref = f"REMOTE DEPOSIT CHK {R.randint(1000, 99999)} MEMO: {R.choice(['INV', 'Inv#', 'invoice'])} {L['num']}"
            rem = None
            payer = c["name"]
        elif chan == "quoted":
            others = [i for i in INV_BY_CUST[c["id"]] if i is not inv][:R.randint(2, 5)]
            stmt = sorted(others + [inv], key=lambda i: i["issue_date"])
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_en([L], amt, c, d, extra, quoted=quoted_statement(stmt, d))
            add(P(d, amt, c["ccy"], payer, cid, ref, rem), "applied", "REF_SINGLE", lang,
                f"customer's own text names {inv['number']} and the amount equals its balance; the quoted statement lists other open invoices that are not being paid",
                apps=[(inv, amt)], mentions=stmt)
            return
        else:
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_en([L], amt, c, d, extra)
    why = f"{chan} names {inv['number']} ({L['num']}) and {m2(amt)} equals its balance"
    if inv["credit"]:
        why += f" (balance already net of credit {inv['credit'][0]})"
    if cid is None:
        why += "; bank gave no customer id but the invoice number and amount agree"
    add(P(d, amt, c["ccy"], payer, cid, ref, rem), "applied", "REF_SINGLE", lang, why, apps=[(inv, amt)])


def sc_amount_only():
    for _ in range(200):
        c = pick_customer(lambda c: True, 2, full=False)
        pool = [i for i in free(c, False) if unique_balance(i)]
        if not pool:
            continue
        inv = R.choice(pool)
        reserve([inv])
        d = pday()
        if c["ccy"] == "CAD":
            ref = eft_ca_ref(c["name"], d, c["lang"])
        else:
            ref = ach_ref(R.choice(["CCD", "PPD", "CCD"]), c["co"], d)
        rem = R.choice([None, None, None, "Payment", "AGENCY STAFFING SVCS", "Remittance advice to follow"])
        add(P(d, inv["balance"], c["ccy"], c["co"], c["id"], ref, rem), "applied", "AMOUNT_ONLY", "en",
            f"bank identifies {c['name']}; no invoice number, but {m2(inv['balance'])} equals exactly one open invoice ({inv['number']}) and no combination of others",
            apps=[(inv, inv["balance"])], check="amount_unique", cust=[c])
        return


def sc_ctx():
    c = pick_customer(lambda c: US(c) and HOSP(c) and c["lang"] == "en", 6, full=False)
    invs = take(c, nlines(c, 4, 20, False), full=False)
    lines = []
    for i in invs:
        if i["credit"]:
            lines.append(mkline(i, gross=i["total"], code="CM", memo=f"Credit memo {i['credit'][0]} applied"))
        else:
            lines.append(mkline(i))
    total = lines_total(lines)
    d = pday()
    ref = ach_ref("CTX", c["co"], d)
    rem = r_edi820(c["name"], invs[0]["entity"], total, lines, d, "USD", c["vendor_no"])
    cm = [i["number"] for i in invs if i["credit"]]
    add(P(d, total, "USD", c["co"], c["id"] if R.random() < 0.8 else None, ref, rem), "applied", "CTX_BATCH", "en",
        f"CTX 820 addenda list {len(invs)} invoices, each paid at its open balance; sum equals the payment" +
        (f"; ADX on {', '.join(cm)} is the credit memo already reflected in the balance, not a short pay" if cm else ""),
        apps=[(i, L["paid"]) for i, L in zip(invs, lines)])


def sc_ap():
    c = pick_customer(lambda c: c["kind"] != "ltc" or True, 4, full=True)
    invs = take(c, nlines(c, 2, 14))
    lines = [mkline(i) for i in invs]
    total = lines_total(lines)
    d = pday()
    ref, rem, payer = render_batch(c, lines, total, d, prefer=None if c["lang"] != "en" or c["ccy"] == "CAD" else R.choice(["workday", "lawson", "psoft", "csv", "email"]))
    add(P(d, total, c["ccy"], payer, c["id"] if R.random() < 0.8 else None, ref, rem), "applied", "AP_BATCH", c["lang"],
        f"payment advice lists {len(invs)} invoices at full balance; total equals the payment", apps=[(i, i["balance"]) for i in invs])


def sc_lockbox():
    c = pick_customer(lambda c: SMALL(c) or (HOSP(c) and len(INV_BY_CUST[c["id"]]) < 25), 2, full=True)
    invs = take(c, nlines(c, 1, 5))
    style = R.randint(0, 6)
    lines = [mkline(i, num=shown(i, style)) for i in invs]
    total = lines_total(lines)
    d = pday()
    ref, chk = lockbox_ref(d)
    rate = R.choice([0.1, 0.2, 0.3, 0.35])
    note = R.choice([None, None, "HANDWRITTEN: pd in full thx", "HANDWRITTEN: see attached", "STUB 1 OF 1"])
    rem = r_lockbox(payer_for(c, "check"), lines, total, d, chk, rate, note)
    cid = c["id"] if R.random() < 0.35 else None
    add(P(d, total, c["ccy"], payer_for(c, "check"), cid, ref, rem), "applied", "LOCKBOX", c["lang"],
        f"lockbox cheque, OCR stub lists {len(invs)} invoice(s) ({', '.join(i['number'] for i in invs)}); read through O/0, l/1, S/5, B/8, Z/2 confusions, amounts add to the cheque",
        apps=[(i, i["balance"]) for i in invs])


def sc_system():
    sk = R.choice(list(SYSTEMS))
    mem = [c for c in CUSTOMERS if c["system"] == sk and len(free(c)) >= 2]
    if not mem:
        return
    k = min(len(mem), R.choice([1, 2, 2, 3]))
    chosen = R.sample(mem, k)
    invs = []
    for c in chosen:
        invs += take(c, max(1, nlines(c, 1, 7)))
    lines = [mkline(i) for i in invs]
    total = lines_total(lines)
    d = pday()
    s = SYSTEMS[sk]
    c0 = chosen[0]
    ccy = c0["ccy"]
    facility = R.random() < 0.75
    if ccy == "CAD":
        ref = eft_ca_ref(s["name"], d, s["lang"])
        if s["lang"] == "fr":
            rem = r_avis_fr(s["name"], "CA", total, lines, d, c0["vendor_no"])
        else:
            rem = r_ap_table(R.choice(["workday", "psoft", "csv"]), s["name"], "CA", total, lines, d, "CAD", c0["vendor_no"], facility, "EFT")
    else:
        st = R.choice(["edi", "workday", "lawson", "psoft", "csv"])
        if st == "edi":
            ref = ach_ref("CTX", s["ap"], d)
            rem = r_edi820(s["name"], invs[0]["entity"], total, lines, d, "USD", c0["vendor_no"])
        else:
            ref = ach_ref(R.choice(["CTX", "CCD"]), s["ap"], d)
            rem = r_ap_table(st, s["name"], invs[0]["entity"], total, lines, d, "USD", c0["vendor_no"], facility)
    add(P(d, total, ccy, s["ap"], None, ref, rem), "applied", "SYSTEM_PAYER", s["lang"],
        f"{s['name']} pays for member(s) {', '.join(c['name'] for c in chosen)}; every listed invoice number exists once and is paid at its balance",
        apps=[(i, i["balance"]) for i in invs])


def typo_of(num):
    digits = list(num)
    for _ in range(50):
        k = R.random()
        t = digits[:]
        if k < 0.5:
            j = R.randrange(len(t) - 1)
            if t[j] == t[j + 1]:
                continue
            t[j], t[j + 1] = t[j + 1], t[j]
        elif k < 0.8:
            j = R.randrange(1, len(t))
            t[j] = str((int(t[j]) + R.choice([1, 9, 3])) % 10)
        else:
            j = R.randrange(1, len(t))
            del t[j]
        s = "".join(t)
        if s != num and s not in ALL_BASES:
            return s
    return None


ALL_BASES = set()


def sc_typo():
    for _ in range(200):
        c = pick_customer(lambda c: True, 2, full=False)
        pool = [i for i in free(c, False) if unique_balance(i)]
        if not pool:
            continue
        inv = R.choice(pool)
        base = inv["number"][3:] if inv["number"].startswith("CA-") else inv["number"]
        t = typo_of(base)
        if not t:
            continue
        reserve([inv])
        num = ("CA-" + t if R.random() < 0.5 else t) if inv["currency"] == "CAD" else R.choice([t, "INV" + t, "#" + t])
        L = dict(inv=inv, num=num, paid=inv["balance"], gross=inv["balance"])
        d = pday()
        lang = c["lang"]
        if c["ccy"] == "CAD":
            ref = eft_ca_ref(c["name"], d, lang)
            rem = r_email_fr([L], inv["balance"], c, d) if lang == "fr" else r_email_en([L], inv["balance"], c, d)
        elif lang == "es":
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_es([L], inv["balance"], c, d)
        elif R.random() < 0.5:
            ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda([L]))
            rem = None
        else:
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_en([L], inv["balance"], c, d)
        add(P(d, inv["balance"], c["ccy"], c["co"], c["id"], ref, rem), "applied", "TYPO", lang,
            f"'{num}' is not an invoice number; one keying slip from {inv['number']}, whose balance is exactly {m2(inv['balance'])} and unique for this customer",
            apps=[(inv, inv["balance"])], check="amount_unique", cust=[c])
        return


def sc_po_trap():
    for _ in range(100):
        c = pick_customer(lambda c: US(c) and HOSP(c) and c["po_style"] in ("sap", "assign") and c["lang"] == "en", 5, full=True)
        if c is None:
            return
        invs = take(c, nlines(c, 1, 4))
        decoys = [i for i in free(c, False) if all(i["balance"] != j["balance"] for j in invs)]
        if not decoys:
            continue
        decoy = R.choice(decoys)
        reserve([decoy])
        trap_at = R.randrange(len(invs))
        total = sum((i["balance"] for i in invs), ZERO)
        d = pday()
        st = R.randint(0, 2)
        rows = []
        for k, i in enumerate(invs):
            ts = decoy["number"] if k == trap_at else i["ts"][2:]
            if st == 0:
                rows.append(f"PO {i['po']} | Emp {i['cl']['emp']} {i['cl']['name']} | Timesheet {ts} | Invoice {i['number']} | {usd(i['balance'])}")
            elif st == 1:
                rows.append(f"{i['po']}  {ts}  {i['cl']['emp']}  {i['number']}  {us(i['balance'])}")
            else:
                rows.append(f"Purchase Order: {i['po']}\n  Worker ID: {i['cl']['emp']}  Timesheet #: {ts}  W/E {i['week_end']:%m/%d/%Y}\n  Supplier Invoice #: {i['number']}  Amount: {us(i['balance'])}")
        if st == 1:
            rows.insert(0, "PO NUMBER   TIMESHEET  WORKER  INVOICE  AMOUNT")
        rem = "\n".join([f"{c['name']} - Contingent Labor Payment Summary", f"Supplier: {ENTITY[invs[0]['entity']]}", f"Payment date {mdy(d)}  Total {usd(total)}", ""] + rows)
        add(P(d, total, "USD", c["co"], c["id"], ach_ref("CCD", c["co"], d), rem), "applied", "PO_TS_TRAP", "en",
            f"remittance mixes PO, worker and timesheet numbers with invoice numbers; the timesheet column on one row shows {decoy['number']}, which is also an open invoice number, but the column says timesheet and the amounts fit {', '.join(i['number'] for i in invs)}",
            apps=[(i, i["balance"]) for i in invs], mentions=[decoy])
        return


def sc_dup_resolved(variant):
    pr = make_dup_pair(same_customer=(variant == "same"))
    if not pr:
        return False
    a, b = pr
    target = R.choice([a, b]) if variant != "byname" else a
    other = b if target is a else a
    c = target["cust"]
    d = pday()
    num = R.choice([target["number"], "INV " + target["number"]])
    L = dict(inv=target, num=num, paid=target["balance"], gross=target["balance"])
    if variant == "bycid":
        ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda([L]))
        add(P(d, target["balance"], "USD", c["co"], c["id"], ref, None), "applied", "DUPNUM_RESOLVED", "en",
            f"number {target['number']} exists at two customers (two subsidiaries); the bank identifies {c['name']} and the amount equals its invoice",
            apps=[(target, target["balance"])], mentions=[other])
    elif variant == "byname":
        ref, chk = lockbox_ref(d)
        rem = r_lockbox(c["name"].upper(), [dict(L, num=target["number"])], target["balance"], d, chk, 0.0)
        add(P(d, target["balance"], "USD", c["name"].upper(), None, ref, rem), "applied", "DUPNUM_RESOLVED", "en",
            f"number {target['number']} exists at {a['customer_name']} and {b['customer_name']}; cheque is from {c['name']} and {m2(target['balance'])} equals that invoice only ({other['customer_name']}'s is {m2(other['balance'])})",
            apps=[(target, target["balance"])], mentions=[other])
    else:
        ref = ach_ref("CCD", c["co"], d)
        rem = r_email_en([L], target["balance"], c, d)
        add(P(d, target["balance"], "USD", c["co"], c["id"], ref, rem), "applied", "DUPNUM_RESOLVED", "en",
            f"{c['name']} has two invoices numbered {target['number']} (travel and per-diem subsidiaries) with balances {m2(a['balance'])} and {m2(b['balance'])}; the amount picks one",
            apps=[(target, target["balance"])], mentions=[other])
    return True


# ---------------------------------------------------------------------------
# PARTIAL scenarios
# ---------------------------------------------------------------------------
def sc_short(kind):
    for _ in range(100):
        c = pick_customer(lambda c: True, 2, full=True)
        cand = [i for i in free(c) if short_ok(i, kind)]
        if not cand:
            continue
        s_inv = R.choice(cand)
        lang = c["lang"]
        amt_w, code, memo, reason = short_calc(s_inv, kind, lang)
        if amt_w <= 0 or amt_w >= s_inv["balance"]:
            continue
        reserve([s_inv])
        others = take(c, min(len(free(c)), R.choice([0, 0, 1, 2, 3, 5, 8, 11])))
        invs = sorted(others + [s_inv], key=lambda i: (i["issue_date"], i["number"]))
        lines = []
        for i in invs:
            if i is s_inv:
                lines.append(mkline(i, paid=i["balance"] - amt_w, code=code, memo=memo))
            else:
                lines.append(mkline(i))
        total = lines_total(lines)
        d = pday()
        if lang == "en" and c["ccy"] == "USD":
            prefer = R.choice(["edi", "workday", "lawson", "psoft", "csv"]) if HOSP(c) else R.choice(["workday", "psoft", "csv"])
            if prefer == "edi" and code in ("DH",):
                lines = [dict(L, code="06") if L["code"] else L for L in lines]
            if prefer == "edi" and code in ("RD",):
                lines = [dict(L, code="01") if L["code"] else L for L in lines]
        else:
            prefer = "table"
        ref, rem, payer = render_batch(c, lines, total, d, prefer=None if prefer == "table" else prefer)
        cid = c["id"] if R.random() < 0.85 else None
        add(P(d, total, c["ccy"], payer, cid, ref, rem), "partial", "SHORT_" + kind.upper(), lang,
            f"{len(invs)} invoice(s) paid; {s_inv['number']} short-paid by {m2(amt_w)} with reason '{memo}' ({reason}); the rest stays open as a deduction",
            apps=[(L["inv"], L["paid"]) for L in lines], short=(s_inv, amt_w, reason))
        return


def sc_card():
    for _ in range(50):
        c = pick_customer(lambda c: c["lang"] in ("en", "fr"), 2, full=True)
        inv = take(c, 1)[0]
        pct = Dec(R.choice(["2.5", "2.75", "2.9", "3.0", "3.5", "2.65"]))
        fee = card_fee(inv["balance"], pct)
        net = inv["balance"] - fee
        d = pday()
        prov = R.choice(VCARD_PROVIDERS)
        L = mkline(inv)
        lang = "fr" if c["lang"] == "fr" else "en"
        rem = r_vcard(prov, c["name"], inv["entity"], L, inv["balance"], fee, pct, net, d, lang)
        ref = card_ref(prov, c["name"], d)
        cid = c["id"] if R.random() < 0.3 else None
        add(P(d, net, c["ccy"], prov.upper(), cid, ref, rem), "partial", "CARD_FEE", lang,
            f"virtual card for {inv['number']}: charged {m2(inv['balance'])}, settled net of {pct}% fee; apply the net, the fee {m2(fee)} stays open as a deduction",
            apps=[(inv, net)], short=(inv, fee, "card processing fee"))
        return


PART_EN = ["Partial payment toward invoice {num}. The remaining {rest} will follow on our next check run.",
           "This is payment 1 of 2 on {num} as agreed with your AR team; second half ({rest}) scheduled for later this month.",
           "Paying part of {num} now - our budget release for the rest ({rest}) is pending. No dispute on the invoice.",
           "partial pymt on {num}, balance {rest} to follow"]
PART_ES = ["Abono parcial a la factura {num}. El balance de {rest} se enviará en el próximo ciclo de pagos.",
           "Pago 1 de 2 de la factura {num}; el restante ({rest}) se pagará a finales de mes."]
PART_FR = ["Paiement partiel de la facture {num}. Le solde de {rest} suivra lors du prochain cycle de paiement.",
           "Premier versement sur la facture {num}; le solde ({rest}) sera payé d'ici la fin du mois."]


def sc_part_chain(follow=True):
    c = pick_customer(lambda c: True, 2, full=True)
    cand = [i for i in free(c) if i["balance"] > 1200]
    if not cand:
        return
    inv = R.choice(cand)
    reserve([inv])
    bal = inv["balance"]
    part = R.choice([q(bal / 2), q(Dec(int(bal / 1000) * 500)) if bal >= 2000 else q(bal / 3), q(Dec(1000))])
    if part <= 0 or part >= bal:
        part = q(bal / 2)
    rest = bal - part
    d1 = pday(0, 12)
    lang = c["lang"]
    num = shown(inv)
    if lang == "es":
        txt = R.choice(PART_ES).format(num=num, rest=usd(rest))
        body = email_wrap([txt], c["ap_person"], "Cuentas por Pagar", c["name"], "es")
    elif lang == "fr":
        txt = R.choice(PART_FR).format(num=num, rest=frd(rest))
        body = email_wrap([txt], c["ap_person"], None, c["name"], "fr")
    else:
        txt = R.choice(PART_EN).format(num=num, rest=usd(rest))
        body = email_wrap([txt, "", f"Amount sent today: {usd(part)}"], c["ap_person"], R.choice(TITLES_EN), c["name"], "en")
    ref = ach_ref("CCD", c["co"], d1) if c["ccy"] == "USD" else eft_ca_ref(c["name"], d1, lang)
    add(P(d1, part, c["ccy"], c["co"], c["id"], ref, body), "partial", "PART_PAY", lang,
        f"remittance says part payment of {inv['number']} with the balance to follow (no dispute): apply {m2(part)}, leave {m2(rest)} open, no short pay",
        apps=[(inv, part)], check="part")
    if not follow:
        return
    d2 = later(d1, 3, 7)
    if lang == "fr":
        txt2 = R.choice([f"Solde de la facture {num} : {frd(rest)}. Merci.", f"Deuxième versement, facture {num}, {frd(rest)}."])
        rem2 = email_wrap([txt2], c["ap_person"], None, c["name"], "fr")
    elif lang == "es":
        rem2 = email_wrap([f"Balance restante de la factura {num}: {usd(rest)}."], c["ap_person"], None, c["name"], "es")
    else:
        rem2 = R.choice([None, email_wrap([R.choice([f"Remaining balance on invoice {num}: {usd(rest)}.", f"2nd payment for {num} - this should clear it.", f"Final payment inv {num} {us(rest)}"])], c["ap_person"], None, c["name"], "en")])
    ref2 = (ach_ref("CCD", c["co"], d2, addenda=ccd_addenda([dict(num=num, paid=rest)])) if rem2 is None else ach_ref("CCD", c["co"], d2)) if c["ccy"] == "USD" else eft_ca_ref(c["name"], d2, lang)
    add(P(d2, rest, c["ccy"], c["co"], c["id"], ref2, rem2), "applied", "PART_REST", lang,
        f"pays the {m2(rest)} left open on {inv['number']} by the earlier part payment; closes it",
        apps=[(inv, rest)])


def sc_part_in_batch():
    c = pick_customer(lambda c: c["lang"] == "en" and US(c), 4, full=True)
    invs = take(c, nlines(c, 3, 9))
    p_inv = R.choice([i for i in invs if i["balance"] > 800] or invs)
    part = q(p_inv["balance"] / 2)
    rest = p_inv["balance"] - part
    lines = []
    for i in invs:
        if i is p_inv:
            lines.append(mkline(i, paid=part, code="PP", memo=f"Partial payment - remaining {us(rest)} to be paid next run, not disputed"))
        else:
            lines.append(mkline(i))
    total = lines_total(lines)
    d = pday()
    REASON_LEGEND["PP"] = "PARTIAL PAYMENT - BALANCE TO FOLLOW"
    ref, rem, payer = render_batch(c, lines, total, d, prefer=R.choice(["workday", "psoft", "lawson"]))
    add(P(d, total, "USD", payer, c["id"], ref, rem), "partial", "PART_IN_BATCH", "en",
        f"batch pays {len(invs) - 1} invoice(s) in full and part of {p_inv['number']}, stating the remaining {m2(rest)} will follow and is not disputed: part payment, no short pay",
        apps=[(L["inv"], L["paid"]) for L in lines], check="part")


# ---------------------------------------------------------------------------
# UNAPPLIED scenarios
# ---------------------------------------------------------------------------
def sc_overpay_credit():
    for _ in range(100):
        c = pick_customer(lambda c: any(i["credit"] and i["id"] not in USED for i in INV_BY_CUST[c["id"]]), 1, full=False)
        if c is None:
            return
        x = R.choice([i for i in INV_BY_CUST[c["id"]] if i["credit"] and i["id"] not in USED])
        if combo_hits(c, x["credit"][1], 2, exclude=[x]) or combo_hits(c, x["total"], 2, exclude=[x]):
            continue
        reserve([x])
        others = take(c, min(len(free(c)), R.choice([0, 0, 2, 4])))
        invs = sorted(others + [x], key=lambda i: (i["issue_date"], i["number"]))
        lines = [mkline(i, paid=i["total"] if i is x else i["balance"], gross=i["total"]) for i in invs]
        total = lines_total(lines)
        d = pday()
        if len(invs) == 1 and c["lang"] == "en" and US(c):
            ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda(lines))
            rem = None
        else:
            ref, rem, _ = render_batch(c, lines, total, d)
        cut = x["credit"][1]
        add(P(d, total, c["ccy"], c["co"], c["id"], ref, rem), "unapplied", "OVERPAY_CREDIT", c["lang"],
            f"{x['number']} paid at its original total {m2(x['total'])} although credit {x['credit'][0]} already brought the balance to {m2(x['balance'])}; apply the balance, hold {m2(cut)} on account",
            apps=[(i, i["balance"]) for i in invs], unapplied=cut, check="remainder", cust=[c])
        return


def sc_overpay_dupline():
    for _ in range(100):
        c = pick_customer(lambda c: US(c) and c["lang"] == "en", 4, full=True)
        invs = take(c, nlines(c, 3, 8))
        dup = R.choice(invs)
        if not unique_balance(dup) or combo_hits(c, dup["balance"], 2, exclude=[dup]):
            for i in invs:
                USED.discard(i["id"])
            continue
        lines = [mkline(i) for i in invs]
        k = lines.index(next(L for L in lines if L["inv"] is dup))
        lines.insert(R.randint(k + 1, len(lines)), dict(lines[k]))
        total = lines_total(lines)
        d = pday()
        ref, rem, payer = render_batch(c, lines, total, d, prefer=R.choice(["edi", "workday", "csv", "lawson"]))
        add(P(d, total, "USD", payer, c["id"], ref, rem), "unapplied", "OVERPAY_DUPLINE", "en",
            f"advice lists {dup['number']} twice (AP duplicate); apply each invoice once, hold the extra {m2(dup['balance'])} on account",
            apps=[(i, i["balance"]) for i in invs], unapplied=dup["balance"], check="remainder", cust=[c])
        return


def sc_overpay_deposit():
    c = pick_customer(lambda c: c["lang"] in ("en", "fr"), 2, full=True)
    invs = take(c, nlines(c, 1, 4))
    lines = [mkline(i) for i in invs]
    dep = Dec(R.choice([1500, 2500, 5000, 7500, 10000]))
    while combo_hits(c, dep, 2):
        dep += Dec(250)
    total = lines_total(lines) + dep
    d = pday()
    if c["lang"] == "fr":
        extra = [f"Le montant comprend aussi un dépôt de {frd(dep)} pour le contrat d'avril (à conserver au compte)."]
        rem = r_email_fr(lines, total, c, d, extra)
        ref = eft_ca_ref(c["name"], d, "fr")
    else:
        extra = [R.choice([f"The payment also includes a {usd(dep)} deposit for the April travel contract - please hold it on our account.",
                           f"Total includes {usd(dep)} prepayment toward next month's per diem coverage (keep as credit).",
                           f"+ {us(dep)} advance for the orientation cohort starting 4/6, per our agreement"])]
        rem = r_email_en(lines, total, c, d, extra)
        ref = ach_ref("CCD", c["co"], d) if US(c) else eft_ca_ref(c["name"], d, "en")
    add(P(d, total, c["ccy"], c["co"], c["id"], ref, rem), "unapplied", "OVERPAY_DEPOSIT", c["lang"],
        f"pays {len(invs)} invoice(s) in full plus a stated {m2(dep)} deposit/prepayment that matches no invoice: held on account",
        apps=[(i, i["balance"]) for i in invs], unapplied=dep, check="remainder", cust=[c])


def sc_double_pay():
    for _ in range(100):
        c = pick_customer(lambda c: True, 2, full=True)
        pool = [i for i in free(c) if unique_balance(i)]
        if not pool:
            continue
        x = R.choice(pool)
        if combo_hits(c, x["balance"], 3, exclude=[x]):
            continue
        reserve([x])
        others = take(c, min(len(free(c)), R.choice([0, 0, 1, 3])))
        invs = sorted(others + [x], key=lambda i: (i["issue_date"], i["number"]))
        lines = [mkline(i) for i in invs]
        total = lines_total(lines)
        d1 = pday(0, 13)
        if len(invs) == 1 and US(c) and c["lang"] == "en":
            ref = ach_ref("CCD", c["co"], d1, addenda=ccd_addenda(lines))
            rem = None
        else:
            ref, rem, _ = render_batch(c, lines, total, d1)
        add(P(d1, total, c["ccy"], c["co"], c["id"], ref, rem), "applied", "DOUBLE_PAY_FIRST", c["lang"],
            f"first payment of {x['number']}" + (f" with {len(invs) - 1} other invoice(s)" if len(invs) > 1 else "") + ", all at full balance",
            apps=[(i, i["balance"]) for i in invs])
        d2 = later(d1, 2, 6)
        L = mkline(x, num=shown(x, R.randint(0, 6)))
        if US(c) and R.random() < 0.6:
            ref2, chk = lockbox_ref(d2)
            rem2 = r_lockbox(payer_for(c, "check"), [L], x["balance"], d2, chk, 0.15)
            cid, payer = (c["id"] if R.random() < 0.5 else None), payer_for(c, "check")
            chan = "lockbox cheque"
        else:
            ref2 = ach_ref("CCD", c["co"], d2) if US(c) else eft_ca_ref(c["name"], d2, c["lang"])
            rem2 = {"en": r_email_en, "es": r_email_es, "fr": r_email_fr}[c["lang"]]([L], x["balance"], c, d2)
            cid, payer = c["id"], c["co"]
            chan = "payment"
        add(P(d2, x["balance"], c["ccy"], payer, cid, ref2, rem2), "unapplied", "DOUBLE_PAY", "en" if chan.startswith("lockbox") else c["lang"],
            f"{chan} for {x['number']}, which an earlier payment in this file already paid in full; second payment of a paid invoice is held on account",
            unapplied=x["balance"], check="no_subset", cust=[c], mentions=[x])
        return


def sc_paid_before():
    for _ in range(100):
        c = pick_customer(lambda c: True, 1, full=False)
        cl = R.choice(c["clinicians"])
        amt = q(cl["rate"] * Dec(str(R.choice([36, 24, 12, 40, 33.5, 16]))))
        if combo_hits(c, amt):
            continue
        if c["ccy"] == "CAD":
            num = f"CA-{CA_NO.pop()}"
        else:
            num = str((US_TN if HOSP(c) else US_PD).pop())
        L = dict(num=num if R.random() < 0.6 else ("INV " + num), paid=amt, gross=amt, inv=None)
        d = pday()
        lang = c["lang"]
        if c["ccy"] == "CAD":
            ref = eft_ca_ref(c["name"], d, lang)
            rem = r_email_fr([L], amt, c, d) if lang == "fr" else r_email_en([L], amt, c, d)
        elif lang == "es":
            ref = ach_ref("CCD", c["co"], d)
            rem = r_email_es([L], amt, c, d)
        else:
            ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda([L]))
            rem = None
        add(P(d, amt, c["ccy"], c["co"], c["id"], ref, rem), "unapplied", "PAID_BEFORE", lang,
            f"known customer pays invoice {num}, which is not open (already paid or never billed to them); {m2(amt)} fits no open invoice: held on account",
            unapplied=amt, check="no_subset", cust=[c])
        return


ON_ACCT_EN = [None, None, "ON ACCOUNT", "Advance payment - March", "Per conversation w/ your AR dept",
              "Deposit - new contract", "PREPAYMENT PER AGREEMENT", "Payment"]


def sc_on_account():
    for _ in range(100):
        c = pick_customer(lambda c: True, 1, full=False)
        amt = q(Dec(R.choice([2000, 2500, 3000, 5000, 7500, 10000, 12000, 1250, 4000])) + (Dec(R.randint(0, 99)) / 100 if R.random() < 0.3 else 0))
        if combo_hits(c, amt):
            continue
        d = pday()
        lang = c["lang"]
        if lang == "fr":
            rem = R.choice([None, "Paiement au compte", "Avance - contrat d'avril"])
        elif lang == "es":
            rem = R.choice([None, "Pago a cuenta", "Anticipo"])
        else:
            rem = R.choice(ON_ACCT_EN)
        ref = ach_ref("CCD", c["co"], d) if US(c) else eft_ca_ref(c["name"], d, lang)
        tl = lang if (rem and lang != "en") else "en"
        add(P(d, amt, c["ccy"], c["co"], c["id"], ref, rem), "unapplied", "ON_ACCOUNT", tl,
            f"bank identifies {c['name']}; no invoice named and {m2(amt)} equals no open invoice or combination of up to three: known customer's cash held on account",
            unapplied=amt, check="no_subset", cust=[c])
        return


# ---------------------------------------------------------------------------
# bad rows
# ---------------------------------------------------------------------------
def sc_bad_neg(k):
    c = pick_customer(lambda c: US(c), 1, full=False)
    d = pday(3)
    amt = -q(Dec(R.randint(150000, 900000)) / 100)
    if k == 0:
        ref = f"ACH RETURN R01 INSUFFICIENT FUNDS ORIG CO {c['co']} TRACE {trace()}"
        rem = None
    elif k == 1:
        ref = f"CARD CHARGEBACK {R.choice(VCARD_PROVIDERS).upper()} CASE {R.randint(10 ** 6, 10 ** 7)}"
        rem = "Chargeback - cardholder dispute"
    else:
        ref = f"REVERSAL OF DEPOSIT {d - timedelta(days=3):%m/%d} ITEM {R.randint(10, 99)}"
        rem = None
    add(P(d, amt, "USD", c["co"] if k != 1 else "CARD SERVICES", c["id"] if k == 0 else None, ref, rem), "review", "BAD_NEGATIVE", "en",
        "negative amount (return/chargeback/reversal): not a receipt that can be applied to invoices", cands=[])


CCY_WHY = {"XXX": "'XXX' (ISO code for 'no currency')", "": "is blank", "DLR": "'DLR' is not an ISO 4217 code"}


def sc_bad_ccy(code):
    c = pick_customer(lambda c: US(c) and c["lang"] == "en", 2, full=True)
    inv = take(c, 1)[0]
    d = pday()
    L = mkline(inv)
    ref = ach_ref("CCD", c["co"], d, addenda=ccd_addenda([L]))
    add(P(d, inv["balance"], code, c["co"], c["id"], ref, None), "review", "BAD_CURRENCY", "en",
        f"currency {CCY_WHY[code]}: cannot be matched to a USD or CAD invoice; {inv['number']} is the likely target",
        cands=[[inv]], mentions=[inv])


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def _guard(fn):
    def w(*a, **k):
        try:
            return fn(*a, **k)
        except NoCustomer:
            return None
    return w


for _n in [n for n in list(globals()) if n.startswith("sc_")]:
    globals()[_n] = _guard(globals()[_n])

def run_scenarios():
    for _ in range(12):
        sc_same_amount("USD")
    for _ in range(3):
        sc_same_amount("CAD")
    for _ in range(5):
        sc_subset_ambig()
    for _ in range(7):
        sc_system_noremit()
    for k in range(12):
        sc_unknown_payer(match=k < 8)
    for _ in range(4):
        sc_cross_customer()
    for _ in range(7):
        sc_conflict()
    for _ in range(4):
        sc_dup_ambig()
    for _ in range(3):
        sc_lockbox_unreadable()
    for v in ["bycid", "bycid", "byname", "byname", "same", "same"]:
        for _ in range(10):
            if sc_dup_resolved(v):
                break
    ALL_BASES.update(i["number"][3:] if i["number"].startswith("CA-") else i["number"] for i in INVOICES)
    for _ in range(12):
        sc_amount_only()
    for _ in range(10):
        sc_typo()
    for _ in range(8):
        sc_po_trap()
    for kind, n in [("hours", 14), ("rate", 11), ("ot", 5), ("orient", 4), ("ns", 3), ("meal", 3)]:
        for _ in range(n):
            sc_short(kind)
    for _ in range(18):
        sc_card()
    for k in range(14):
        sc_part_chain(follow=k < 9)
    for _ in range(5):
        sc_part_in_batch()
    for _ in range(8):
        sc_overpay_credit()
    for _ in range(5):
        sc_overpay_dupline()
    for _ in range(4):
        sc_overpay_deposit()
    for _ in range(12):
        sc_double_pay()
    for _ in range(7):
        sc_paid_before()
    for _ in range(12):
        sc_on_account()
    for k in range(3):
        sc_bad_neg(k)
    for code in ["XXX", "", "DLR"]:
        sc_bad_ccy(code)
    for _ in range(8):
        sc_unexplained()
    for lang in ("es", "fr"):
        FORCE["lang"] = lang
        for _ in range(3):
            sc_ref_single()
        for _ in range(2):
            sc_ap()
        for kind in ("hours", "rate", "ot" if lang == "es" else "orient"):
            sc_short(kind)
        for _ in range(2):
            sc_part_chain(follow=True)
        sc_on_account()
        sc_lockbox()
        sc_double_pay()
        sc_unexplained()
        sc_conflict()
        if lang == "fr":
            for _ in range(3):
                sc_card()
        FORCE["lang"] = None
    for _ in range(25):
        sc_ctx()
    for _ in range(18):
        sc_system()
    for _ in range(26):
        sc_lockbox()
    for _ in range(28):
        sc_ap()
    for _ in range(40):
        sc_ref_single()


def subsets(invs, amount, k=3):
    out = []
    invs = [i for i in invs]
    for n in range(1, k + 1):
        if n > len(invs):
            break
        for combo in combinations(invs, n):
            if sum((BAL[i["id"]] for i in combo), ZERO) == amount:
                out.append(list(combo))
    return out


BAL = {}


def open_invs(cs, ccy):
    return [i for c in cs for i in INV_BY_CUST[c["id"]] if BAL[i["id"]] > 0 and i["currency"] == ccy]


def cand_sort(sets):
    return sorted(sets, key=lambda s: (len(s), min(i["due_date"] for i in s), [i["number"] for i in s]))


NUM_INDEX = {}


def hazard_check(p, lb):
    txt = " ".join(x for x in [p["reference"], p["remittance"]] if x)
    for t in re.findall(r"\d+", txt):
        t2 = t.lstrip("0")
        for inv in NUM_INDEX.get(t2, []):
            if inv["id"] not in lb["mentions"]:
                raise AssertionError(f"{lb['key']}: text mentions {t} = invoice {inv['number']} unintentionally\n{txt[:400]}")


def main():
    run_scenarios()
    # duplicate payment ids: exact re-imports of three earlier applied payments
    dup_src = [pl for pl in CASES if pl[1]["key"] in ("REF_SINGLE", "AP_BATCH", "CTX_BATCH") and pl[0]["date"] < PAY_DAYS[-4]]
    dup_src = R.sample(dup_src, 3)
    ids = R.sample(range(10000, 99999), len(CASES) + 10)
    for (p, lb), pid in zip(CASES, ids):
        p["id"] = f"p-{pid}"
        p["_tb"] = R.random()
    for p, lb in dup_src:
        q2 = dict(p)
        q2["date"] = later(p["date"], 1, 3)
        q2["_tb"] = R.random()
        CASES.append((q2, dict(status="review", key="BAD_DUP_ID", lang="en",
                               why=f"payment id {p['id']} already appeared (same amount, payer and text) on {p['date']}: a re-imported bank line, not new cash",
                               apps=[], unapplied=q2["amount"], short=None, cands=[], mentions=lb["mentions"], check=None, cust=None)))
    order = sorted(CASES, key=lambda pl: (pl[0]["date"], pl[0]["_tb"]))
    for inv in INVOICES:
        BAL[inv["id"]] = inv["balance"]
        NUM_INDEX.setdefault(inv["number"][3:] if inv["number"].startswith("CA-") else inv["number"], []).append(inv)
    payments, labels = [], []
    for row, (p, lb) in enumerate(order):
        hazard_check(p, lb)
        amt = p["amount"]
        chk = lb["check"]
        cands = lb["cands"]
        if chk == "amount_unique":
            s = subsets(open_invs(lb["cust"], p["currency"]), amt)
            assert len(s) == 1 and s[0][0] is lb["apps"][0][0], (lb["key"], lb["why"], [[i["number"] for i in x] for x in s])
        elif chk == "ambig_amount":
            s = subsets(open_invs(lb["cust"], p["currency"]), amt)
            assert len(s) >= 2, (lb["key"], lb["why"])
            cands = cand_sort(s)
        elif chk == "ambig_system":
            ol = open_invs(lb["cust"], p["currency"])
            s = [[i] for i in ol if BAL[i["id"]] == amt]
            for c in lb["cust"]:
                s += [x for x in subsets(open_invs([c], p["currency"]), amt, 2) if len(x) == 2]
            assert len({x[0]["customer_id"] for x in s if len(x) == 1}) >= 2, lb["why"]
            cands = cand_sort(s)
        elif chk == "unknown_payer":
            s = [[i] for i in INVOICES if BAL[i["id"]] == amt and i["currency"] == p["currency"]]
            assert (len(s) >= 2) == bool(lb["mentions"]), lb["why"]
            cands = cand_sort(s)
        elif chk == "no_subset":
            ol = open_invs(lb["cust"], p["currency"])
            target = lb["unapplied"] if lb["status"] == "unapplied" else amt
            assert not subsets(ol, target), (lb["key"], lb["why"])
            assert sum((BAL[i["id"]] for i in ol), ZERO) != target
        if chk == "part":
            ol = open_invs([lb["apps"][0][0]["cust"]], p["currency"])
            hits = subsets(ol, amt, 2)
            assert all(any(i is lb["apps"][0][0] for i in h) for h in hits) or len(lb["apps"]) > 1, (lb["key"], lb["why"], [[i["number"] for i in h] for h in hits])
        for i, a in lb["apps"]:
            assert i["currency"] == p["currency"], lb["why"]
            assert 0 < a <= BAL[i["id"]], (lb["key"], lb["why"], a, BAL[i["id"]])
        if lb["status"] != "review":
            assert sum((a for _, a in lb["apps"]), ZERO) + lb["unapplied"] == amt, (lb["key"], lb["why"])
        for i, a in lb["apps"]:
            BAL[i["id"]] -= a
        st = lb["status"]
        left = [i for i, _ in lb["apps"] if BAL[i["id"]] > 0]
        if st == "applied":
            assert lb["unapplied"] == 0 and lb["apps"] and not left and lb["short"] is None, lb["why"]
        elif st == "partial":
            assert lb["unapplied"] == 0 and left, lb["why"]
            if lb["short"]:
                si, sa, _ = lb["short"]
                assert BAL[si["id"]] == sa and len(left) == 1 and left[0] is si, lb["why"]
        elif st == "unapplied":
            assert lb["unapplied"] > 0 and not left, lb["why"]
            if chk == "remainder":
                assert not subsets(open_invs(lb["cust"], p["currency"]), lb["unapplied"], 2), lb["why"]
        else:
            assert not lb["apps"], lb["why"]
            lb["unapplied"] = amt
            if isinstance(cands, list):
                for cs in cands:
                    for i in cs:
                        assert BAL[i["id"]] > 0 and i["currency"] == p["currency"] or p["currency"] not in ("USD", "CAD"), lb["why"]
        payments.append(dict(id=p["id"], date=p["date"].isoformat(), amount=m2(amt), currency=p["currency"], payer_name=p["payer_name"],
                             customer_id=p["customer_id"], reference=p["reference"], remittance=p["remittance"]))
        sp = None
        if lb["short"]:
            si, sa, sr = lb["short"]
            sp = dict(invoice_id=si["id"], amount=m2(sa), reason=sr)
        labels.append(dict(row=row, payment_id=p["id"], status=st,
                           applications=[dict(invoice_id=i["id"], amount=m2(a)) for i, a in lb["apps"]],
                           unapplied=m2(lb["unapplied"]), short_pay=sp,
                           candidates=[[i["id"] for i in cs] for cs in (cands or [])] if st == "review" else [],
                           note=f"[{lb['key']}, {lb['lang']}] {lb['why']}"))
    invs = sorted(INVOICES, key=lambda i: (i["issue_date"], i["number"], i["id"]))
    inv_out = [dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"],
                    currency=i["currency"], total=m2(i["total"]), balance=m2(i["balance"]),
                    issue_date=i["issue_date"].isoformat(), due_date=i["due_date"].isoformat()) for i in invs]
    (OUT / "invoices.json").write_text(json.dumps(inv_out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (OUT / "payments.json").write_text(json.dumps(payments, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    from collections import Counter
    print("invoices", len(inv_out), "payments", len(payments))
    print(Counter(l["status"] for l in labels))
    print(Counter(l["note"].split("]")[0][1:] for l in labels))


if __name__ == "__main__":
    main()
