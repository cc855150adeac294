"""Part 1 of build.py: customers and the open-invoice ledger (as of 2025-01-03)."""
import datetime

# (name, currency, kind, aliases)  aliases: list of (alias_kind, payer_name) that the
# bank may show; none of them is resolvable from the customer name alone.
CUSTOMERS = [
    # UK main contractors
    ("Castlegate Construction plc", "GBP", "main", [("parent", "CASTLEGATE GROUP HOLDINGS PLC"), ("trading", "CASTLEGATE REGIONS NORTH"), ("pba", "CASTLEGATE PBA ELM STREET")]),
    ("Harrowgate Build Ltd", "GBP", "main", [("trading", "HARROWGATE INTERIORS"), ("parent", "HGB HOLDINGS LTD")]),
    ("Morrow & Vance Contractors Ltd", "GBP", "main", [("person", "J P MORROW"), ("trading", "M AND V CONTRACTORS")]),
    ("Brenton Main Contracting Ltd", "GBP", "main", [("pba", "BRENTON PBA TRUST A/C"), ("parent", "BRENTON INVESTMENTS LTD")]),
    ("Pennine Structures Ltd", "GBP", "main", [("trading", "PENNINE FIT OUT")]),
    ("Thameside Build Group Ltd", "GBP", "main", [("trading", "THAMESIDE SPECIAL PROJECTS"), ("pba", "TBG PROJECT BANK AC")]),
    ("Galloway Kerr Construction Ltd", "GBP", "main", [("trading", "GK CONSTRUCTION"), ("parent", "KERR GROUP SCOTLAND")]),
    ("Hallam Walsh Construction Ltd", "GBP", "main", [("trading", "HW BUILD")]),
    ("Stourport Civils & Building Ltd", "GBP", "main", [("parent", "STOURPORT HOLDINGS")]),
    ("Ravensworth Contracting Ltd", "GBP", "main", [("trading", "RAVENSWORTH HEALTHCARE BUILD")]),
    ("Aldwych Interiors Ltd", "GBP", "main", [("trading", "ALDWYCH FITOUT LONDON")]),
    ("Tyne Quay Builders Ltd", "GBP", "main", [("person", "MR G ARMSTRONG")]),
    ("Caerleon Construction Cyf", "GBP", "main", [("trading", "ADEILADU CAERLEON")]),
    ("Lagan Bridge Contracts Ltd", "GBP", "main", [("parent", "LAGAN BRIDGE GROUP NI")]),
    # UK developers
    ("Northbank Living Developments Ltd", "GBP", "developer", [("trading", "NBL SALES AND LETTINGS"), ("pba", "NBL ESCROW CLIENT AC")]),
    ("Albion Quay Developments Ltd", "GBP", "developer", [("parent", "ALBION PROPERTY GROUP")]),
    ("Redbrick Urban Ltd", "GBP", "developer", [("person", "S KHAN")]),
    ("Kestrel Homes (Midlands) Ltd", "GBP", "developer", [("parent", "KESTREL HOMES GROUP PLC")]),
    ("Weaver's Yard LLP", "GBP", "developer", [("person", "MRS A OKAFOR")]),
    ("Greystone Student Living Ltd", "GBP", "developer", [("trading", "GREYSTONE SL OPCO")]),
    # UK housing associations
    ("Hollybank Housing Association", "GBP", "ha", [("trading", "HOLLYBANK HOMES"), ("pba", "HOLLYBANK HA PBA")]),
    ("Severn Vale Homes", "GBP", "ha", [("trading", "SVH REPAIRS")]),
    ("Moorland Community Housing Ltd", "GBP", "ha", [("trading", "MCH ASSET MGMT")]),
    ("Clyde Gateway Housing Co-operative", "GBP", "ha", [("trading", "CGHC FINANCE")]),
    ("Riverside Lea Housing Trust", "GBP", "ha", [("trading", "RLHT PURCHASE LEDGER")]),
    ("Wrekin Valley Homes", "GBP", "ha", [("trading", "WV HOMES MAINTENANCE")]),
    ("Tamar Estuary Housing", "GBP", "ha", []),
    # UK councils and public bodies
    ("Wyrebridge Borough Council", "GBP", "council", [("trading", "WBC CREDITOR PAYMENTS")]),
    ("Stockfield Metropolitan Borough Council", "GBP", "council", [("trading", "STOCKFIELD MBC")]),
    ("Ashcombe District Council", "GBP", "council", [("trading", "ADC SHARED SERVICES")]),
    ("Lanark Vale Council", "GBP", "council", []),
    ("Carrickmore District Council", "GBP", "council", [("trading", "CDC FINANCE NI")]),
    ("St Aidan's Academy Trust", "GBP", "council", [("trading", "SAAT ACADEMIES")]),
    ("Mercia NHS Facilities Ltd", "GBP", "council", [("parent", "MERCIA HEALTH NHS TRUST")]),
    # UK small / private
    ("Pearl Street Dental Ltd", "GBP", "small", [("person", "DR R MEHTA")]),
    ("Daniel Price", "GBP", "small", [("person", "D PRICE")]),
    ("Sentinel FM Services Ltd", "GBP", "small", [("parent", "SENTINEL GROUP")]),
    ("Copperfield Hotels Ltd", "GBP", "small", [("trading", "THE COPPERFIELD ARMS")]),
    ("Oakridge Veterinary Practice", "GBP", "small", [("person", "K JONES VETS")]),
    ("Zielinski Bakery Ltd", "GBP", "small", [("person", "T ZIELINSKI")]),
    # Ireland (EUR)
    ("\u00d3 Cath\u00e1in Construction Ltd", "EUR", "main", [("translit", "O'KANE CONSTRUCTION"), ("pba", "OCATHAIN CLIENT AC")]),
    ("D\u00fanmore Developments DAC", "EUR", "developer", [("translit", "DOONMORE DEVELOPMENTS"), ("parent", "DUNMORE PROPERTY HOLDINGS")]),
    ("Shannonside Build Ltd", "EUR", "main", [("trading", "SHANNONSIDE M AND E")]),
    ("Liffey Quay Contractors Ltd", "EUR", "main", [("parent", "LQC GROUP")]),
    ("Fingal Vale Homes CLG", "EUR", "ha", [("trading", "FINGAL VALE AHB")]),
    ("Cork Harbour Construction Ltd", "EUR", "main", [("trading", "CHC BUILD")]),
    ("Mac Giolla Ph\u00e1draig Contracting Ltd", "EUR", "main", [("translit", "FITZPATRICK CONTRACTING"), ("person", "S FITZPATRICK")]),
    ("Ballinmore County Council", "EUR", "council", [("trading", "BALLINMORE CO CO")]),
    ("Tuath na Mara Housing CLG", "EUR", "ha", [("translit", "TUATH NA MARA HSG")]),
    ("Galway Bay Hotels Ltd", "EUR", "small", [("trading", "THE BAYVIEW GALWAY")]),
    ("Ard Mhacha Builders Ltd", "EUR", "main", [("translit", "ARMAGH BUILDERS")]),
    ("Slaney Vale Developments Ltd", "EUR", "developer", [("person", "P MURPHY")]),
    ("Suir Valley Healthcare DAC", "EUR", "council", [("parent", "SUIR CARE GROUP")]),
    ("Clontarf Medical Centre", "EUR", "small", [("person", "DR N O BRIEN")]),
    # UK customers with nothing open (paid up) -> used only for "fits nothing" payments
]
PAID_UP = [("Fenwick Roofing Ltd", "GBP"), ("Lough Erne Leisure Ltd", "GBP")]

KIND_AMOUNTS = {  # (min, max) invoice totals in major units
    "main": (1800, 185000), "developer": (2500, 140000), "ha": (240, 38000),
    "council": (350, 52000), "small": (120, 6800),
}
KIND_WEIGHT = {"main": 34, "developer": 26, "ha": 30, "council": 26, "small": 8}
FIXED_FEES = {"ha": [2450.00, 1185.50, 3720.00], "council": [1960.00, 4380.00, 865.25]}


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def make_customers(rng):
    out = []
    used = set()
    for name, ccy, kind, aliases in CUSTOMERS:
        while True:
            cid = "CUST-%04d" % rng.randint(1000, 9999)
            if cid not in used:
                used.add(cid)
                break
        out.append({"id": cid, "name": name, "currency": ccy, "kind": kind, "aliases": aliases})
    paid = []
    for name, ccy in PAID_UP:
        while True:
            cid = "CUST-%04d" % rng.randint(1000, 9999)
            if cid not in used:
                used.add(cid)
                break
        paid.append({"id": cid, "name": name, "currency": ccy, "kind": "small", "aliases": []})
    return out, paid


def log_amount(rng, lo, hi):
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if rng.random() < 0.25:
        v = round(v / 50) * 50
    return int(round(v * 100))


def make_invoices(rng, customers):
    start = datetime.date(2024, 3, 1)
    end = datetime.date(2025, 1, 3)
    span = (end - start).days
    rows = []
    for c in customers:
        n = max(3, int(rng.gauss(KIND_WEIGHT[c["kind"]], 5)))
        lo, hi = KIND_AMOUNTS[c["kind"]]
        fees = FIXED_FEES.get(c["kind"]) if rng.random() < 0.6 else None
        fee = int(round(rng.choice(fees) * 100)) if fees else None
        for _ in range(n):
            # recent invoices are more likely still open
            d = start + datetime.timedelta(days=int(span * (1 - rng.random() ** 2.2)))
            if fee and rng.random() < 0.22:
                total = fee
            else:
                total = log_amount(rng, lo, hi)
            rows.append({"cust": c, "issue": d, "total": total})
    rows.sort(key=lambda r: (r["issue"], rng.random()))
    num = 18400
    ids = set()
    invoices = []
    for r in rows:
        num += rng.choice([1, 1, 1, 1, 2, 2, 3, 4, 7])
        while True:
            iid = "inv_" + hexid(rng, 12)
            if iid not in ids and str(num) not in iid:
                ids.add(iid)
                break
        c = r["cust"]
        terms = 30 if c["currency"] == "EUR" else rng.choice([30, 30, 30, 45, 60])
        total = r["total"]
        bal = total
        age = (end - r["issue"]).days
        u = rng.random()
        if age > 120 and u < 0.35:
            bal = int(round(total * rng.choice([0.03, 0.05, 0.025])))  # retention still held
        elif u < 0.12:
            bal = int(round(total * rng.uniform(0.25, 0.75)))  # earlier part payment
        bal = max(bal, 1)
        invoices.append({
            "id": iid, "number": "INV-%06d" % num, "customer_id": c["id"], "customer_name": c["name"],
            "currency": c["currency"], "total": "%d.%02d" % divmod(total, 100), "balance": "%d.%02d" % divmod(bal, 100),
            "issue_date": r["issue"].isoformat(), "due_date": (r["issue"] + datetime.timedelta(days=terms)).isoformat(),
        })
    return invoices
