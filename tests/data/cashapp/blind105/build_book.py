"""Customers and the open-invoice book for the US healthcare staffing set."""
import datetime as dt

from build_common import canon, norm_name

SYSTEMS = [
    ("Trinity Valley Health System", "TRINITY VALLEY HLTH SYS AP", [
        "Trinity Valley Medical Center", "Trinity Valley North Hospital",
        "Trinity Valley Rehabilitation Hospital", "Trinity Valley Behavioral Health"]),
    ("Mercy Heights Health", "MERCY HEIGHTS HEALTH SHARED SVCS", [
        "St. Agnes Hospital", "Good Shepherd Medical Center", "Mercy Heights Children's Hospital"]),
    ("Lakeshore Regional Health Partners", "LAKESHORE REGIONAL HEALTH PTNRS", [
        "Lakeshore General Hospital", "Lakeshore Orthopedic & Spine Hospital",
        "Harbor Point Community Hospital", "Lakeshore Cancer Institute"]),
    ("Sierra Pines Healthcare", "SIERRA PINES HEALTHCARE CORP AP DEPT", [
        "Sierra Pines Medical Center", "Foothill Regional Hospital", "Sierra Pines Surgical Hospital"]),
    ("Bluegrass Health Alliance", "BLUEGRASS HEALTH ALLIANCE PAYABLES", [
        "Bluegrass Baptist Hospital", "Kentucky River Medical Center", "Bluegrass Women's Hospital"]),
    ("Gulf Coast Senior Care Holdings", "GULF COAST SENIOR CARE HOLDINGS LLC", [
        "Pelican Bay Nursing & Rehabilitation", "Seabreeze Skilled Nursing Center",
        "Magnolia Gardens Care Center", "Bayou Oaks Health & Rehab"]),
    ("Prairie Star Health", "PRAIRIE STAR HEALTH SYSTEM TREAS", [
        "Prairie Star Medical Center", "Cottonwood Critical Access Hospital", "Prairie Star Heart Hospital"]),
]

INDEPENDENT_USD = [
    # (name, kind, alias kind, alias)
    ("Riverside Community Hospital", "hospital", None, None),
    ("St. Luke's Regional Medical Center", "hospital", None, None),
    ("Northgate Memorial Hospital", "hospital", None, None),
    ("Cedar Ridge Hospital", "hospital", None, None),
    ("Valley View Medical Center", "hospital", None, None),
    ("Brookhaven Psychiatric Hospital", "hospital", None, None),
    ("Grand Mesa Regional Hospital", "hospital", None, None),
    ("Eastside Surgical Center", "clinic", None, None),
    ("Hillcrest Medical Center", "hospital", None, None),
    ("Desert Springs Hospital Medical Center", "hospital", None, None),
    ("Kettering Falls Hospital", "hospital", None, None),
    ("Three Rivers Community Hospital", "hospital", None, None),
    ("Saint Francis Memorial Hospital", "hospital", None, None),
    ("Westbrook Children's Hospital", "hospital", None, None),
    ("Coastal Carolina Medical Center", "hospital", None, None),
    ("Highland Park Hospital", "hospital", None, None),
    ("Piedmont Heart Institute", "clinic", None, None),
    ("Red Rock Behavioral Hospital", "hospital", None, None),
    ("Summit Pointe Rehabilitation Hospital", "hospital", None, None),
    ("Mountain View Regional Medical Center", "hospital", None, None),
    ("Oak Hollow Family Medicine PLLC", "clinic", None, None),
    ("Mehta Family Clinic PC", "clinic", "person", "ANIL MEHTA MD"),
    ("Dr. Rosa Delgado Pediatrics PA", "clinic", "person", "ROSA M DELGADO"),
    ("Hanmaum Community Clinic", "clinic", "translit", "HANMAEUM COMMUNITY CLINIC"),
    ("Zhivago Home Care Services LLC", "homehealth", "translit", "JIVAGO HOME CARE SVCS"),
    ("Nguyễn Family Home Health LLC", "homehealth", "translit", "NGUYEN FAMILY HOME HLTH"),
    ("Sunrise Senior Living Operations LLC", "nursing", "trading", "OAKMONT CARE CENTER"),
    ("Evergreen Post-Acute Holdings Inc", "nursing", "trading", "EVERGREEN TERRACE REHAB"),
    ("Heartland Hospice & Home Health LLC", "homehealth", "trading", "HEARTLAND AT HOME"),
    ("Willow Creek Skilled Nursing Facility", "nursing", "truncated", None),
    ("Cornerstone Occupational Health Clinics", "clinic", "truncated", None),
    ("Beacon Hill Urgent Care Associates", "clinic", "truncated", None),
    ("Shady Grove Assisted Living & Memory Care", "nursing", "truncated", None),
    ("Golden Years Nursing Home", "nursing", None, None),
    ("Maple Grove Skilled Nursing & Rehab", "nursing", None, None),
    ("Silver Lake Care Center", "nursing", None, None),
    ("Bright Horizons Home Health LLC", "homehealth", None, None),
    ("Compassionate Care Home Health Inc", "homehealth", None, None),
    ("Pinecrest Rehabilitation & Nursing", "nursing", None, None),
    ("Amber Fields Senior Living", "nursing", None, None),
    ("Harmony Home Health Agency", "homehealth", None, None),
    ("Twin Oaks Dialysis Center", "clinic", None, None),
    ("Lincoln Park Community Health Center", "clinic", None, None),
    ("Gateway Ambulatory Surgery Center", "clinic", None, None),
    ("Bayside Wound Care Clinic", "clinic", None, None),
    ("Meadowlark Home Infusion LLC", "homehealth", None, None),
    ("Crestview Manor", "nursing", None, None),
    ("Fairhaven Rehabilitation Center", "nursing", None, None),
]

# Small customers with 2-4 invoices: used for "pays the whole statement without listing it".
SMALL_USD = [
    "Pathway Physical Therapy LLC", "Lone Star Sleep Clinic", "Copper Canyon Family Practice",
    "Seaside Dermatology Associates", "Magnolia Home Health Partners", "Blue Heron Hospice",
    "Tri-County Occupational Medicine", "Riverbend Pediatric Dental", "Clearwater Imaging Center",
    "Hopewell Home Care LLC", "Arbor Lane Assisted Living", "Summit Urgent Care of Denver",
    "Granite State Sports Medicine", "Old Mill Family Clinic",
]

# Flat weekly contract invoices with identical totals (same amount open on several invoices).
FLAT_USD = [
    ("Northwoods County Hospital", 1248000),
    ("Lakeview Nursing & Rehabilitation Center", 864000),
    ("Prestige Home Health Services", 392000),
    ("Canyon Ridge Correctional Health Unit", 1555200),
    ("Rolling Hills Senior Care", 604800),
]

CAD_CUSTOMERS = [
    ("Lakehead Regional Health Sciences Centre", "hospital", None, None),
    ("Fraser Valley Community Hospital", "hospital", None, None),
    ("Centre hospitalier Saint-Jérôme", "hospital", "translit", "CENTRE HOSPITALIER ST-JEROME"),
    ("Bow River Long Term Care Home", "nursing", None, None),
    ("Niagara Shores Health Centre", "hospital", None, None),
    ("Okanagan Seniors Village Ltd", "nursing", None, None),
    ("Algonquin Highlands Nursing Home", "nursing", None, None),
    ("Prairie Sky Home Care Ltd", "homehealth", None, None),
]

ROLES = {
    "hospital": [("RN ICU", 6800, 9800), ("RN Med-Surg", 5800, 8200), ("RN ER", 6600, 9600),
                 ("CRNA locum", 14500, 19500), ("Surgical Tech", 4200, 6100), ("Resp Therapist", 4800, 6900)],
    "clinic": [("Medical Assistant", 2600, 3600), ("LPN", 3400, 4600), ("NP locum", 8200, 11500),
               ("Radiology Tech", 4400, 6200)],
    "nursing": [("CNA", 2400, 3400), ("LPN", 3600, 4900), ("RN Charge", 5200, 7200), ("Med Aide", 2500, 3300)],
    "homehealth": [("HHA", 2300, 3100), ("RN Case Manager", 5400, 7400), ("PT visit", 9000, 13500)],
}


def make_customers(rng):
    customers = []
    used_ids = set()

    def cid():
        while True:
            c = "cus_" + "".join(rng.choice("0123456789abcdef") for _ in range(8))
            if c not in used_ids:
                used_ids.add(c)
                return c

    for parent, parent_payer, facs in SYSTEMS:
        for f in facs:
            kind = "nursing" if "Nursing" in f or "Care" in f or "Rehab" in f and "Hospital" not in f else "hospital"
            customers.append({"id": cid(), "name": f, "currency": "USD", "kind": kind,
                              "system": parent, "parent_payer": parent_payer, "alias_kind": None,
                              "alias": None, "group": "system"})
    for name, kind, ak, alias in INDEPENDENT_USD:
        customers.append({"id": cid(), "name": name, "currency": "USD", "kind": kind, "system": None,
                          "parent_payer": None, "alias_kind": ak, "alias": alias, "group": "independent"})
    for name in SMALL_USD:
        kind = "homehealth" if "Home" in name or "Hospice" in name else "clinic"
        customers.append({"id": cid(), "name": name, "currency": "USD", "kind": kind, "system": None,
                          "parent_payer": None, "alias_kind": None, "alias": None, "group": "small"})
    for name, flat in FLAT_USD:
        kind = "hospital" if "Hospital" in name or "Unit" in name else ("homehealth" if "Home" in name else "nursing")
        customers.append({"id": cid(), "name": name, "currency": "USD", "kind": kind, "system": None,
                          "parent_payer": None, "alias_kind": None, "alias": None, "group": "flat", "flat": flat})
    for name, kind, ak, alias in CAD_CUSTOMERS:
        customers.append({"id": cid(), "name": name, "currency": "CAD", "kind": kind, "system": None,
                          "parent_payer": None, "alias_kind": ak, "alias": alias, "group": "cad"})
    for c in customers:
        if c["alias_kind"] == "truncated":
            c["alias"] = c["name"].upper()[:22].rstrip()
    norms = [norm_name(c["name"]) for c in customers]
    assert len(set(norms)) == len(norms)
    for c in customers:
        if c["alias"]:
            assert norm_name(c["alias"]) not in norms, c
        if c["parent_payer"]:
            assert norm_name(c["parent_payer"]) not in norms, c
    return customers


def make_invoices(rng, customers):
    start = dt.date(2025, 10, 1)
    span = (dt.date(2026, 1, 30) - start).days
    plan = []
    for c in customers:
        g = c["group"]
        if g == "small":
            n = rng.randint(2, 4)
        elif g == "flat":
            n = rng.randint(8, 12)
        elif g == "system":
            n = rng.randint(14, 26)
        elif g == "cad":
            n = rng.randint(7, 12)
        elif c["kind"] == "hospital":
            n = rng.randint(14, 24)
        else:
            n = rng.randint(8, 16)
        for _ in range(n):
            plan.append((start + dt.timedelta(days=rng.randint(0, span)), c))
    plan.sort(key=lambda t: (t[0], t[1]["id"]))
    invoices = []
    seq = 30000 + rng.randint(1, 40)
    used_ids = set()
    for issue, c in plan:
        seq += rng.choice([1, 1, 1, 1, 2, 3, 5])
        while True:
            iid = "in_" + "".join(rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(12))
            if iid not in used_ids:
                used_ids.add(iid)
                break
        if c["group"] == "flat" and rng.random() < 0.85:
            total = c["flat"]
        else:
            lo_role = ROLES[c["kind"]]
            total = 0
            for _ in range(rng.randint(1, 6)):
                role, lo, hi = rng.choice(lo_role)
                rate = rng.randint(lo, hi)
                hours = rng.choice([8, 12, 24, 36, 36, 40, 48, 60, 72])
                total += rate * hours
            total += rng.randint(0, 99)  # shift differentials / per diem cents
            if c["group"] == "small":
                total = total // 3 + rng.randint(0, 99)
        terms = rng.choice([30, 30, 45, 60]) if c["kind"] == "hospital" else rng.choice([15, 30, 30, 45])
        balance = total
        if rng.random() < 0.08 and c["group"] != "flat":
            balance = total - rng.randint(total // 10, total * 7 // 10)
        invoices.append({
            "id": iid, "number": canon(seq), "customer_id": c["id"], "customer_name": c["name"],
            "currency": c["currency"], "total": total, "balance": balance,
            "issue_date": issue.isoformat(), "due_date": (issue + dt.timedelta(days=terms)).isoformat(),
            "_seq": seq,
        })
    assert seq < 40000
    return invoices
