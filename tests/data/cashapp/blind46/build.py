#!/usr/bin/env python3
"""Deterministic generator for the blind cash-application set `ledger_pubsec`.

Theme: a US lab-supplies and IT-equipment reseller ("Halvorsen Scientific & Technology")
selling to state agencies, universities, school districts, counties and hospitals, plus a
few Canadian institutions billed in CAD.

stdlib only.  `python3 build.py` rewrites ledger_pubsec/*.json and README.md byte for byte.
All money is handled in integer cents.
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_pubsec")
SEED = 142_0611

R = random.Random(SEED)


def money(c):
    """cents -> '1234.50'"""
    s = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (s, c // 100, c % 100)


def money_c(c):
    """cents -> '1,234.50' (as printed on remittances)"""
    return "{:,}.{:02d}".format(c // 100, c % 100)


def rid(prefix, n=10, rng=None):
    rng = rng or R
    alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# Stage 1: customers
# ---------------------------------------------------------------------------

STATES = [
    # (state name, abbr, treasury payer name as the bank shows it)
    ("Ohio", "OH", "STATE OF OHIO OBM"),
    ("Texas", "TX", "TEXAS COMPTROLLER"),
    ("California", "CA", "STATE CONTROLLER CA"),
    ("New York", "NY", "NYS OFFICE OF STATE COMP"),
    ("Pennsylvania", "PA", "COMMONWEALTH OF PA TREAS"),
    ("Illinois", "IL", "STATE OF ILLINOIS COMPTR"),
    ("Michigan", "MI", "STATE OF MICHIGAN DTMB"),
    ("Georgia", "GA", "STATE OF GEORGIA SAO"),
    ("North Carolina", "NC", "NC OFFICE STATE CONTROLLR"),
    ("Virginia", "VA", "COMMONWEALTH OF VIRGINIA"),
    ("Washington", "WA", "STATE OF WASHINGTON OFM"),
    ("Arizona", "AZ", "STATE OF ARIZONA GAO"),
    ("Colorado", "CO", "STATE OF COLORADO OSC"),
    ("Minnesota", "MN", "STATE OF MINNESOTA MMB"),
    ("Wisconsin", "WI", "STATE OF WISCONSIN DOA"),
    ("Missouri", "MO", "STATE OF MISSOURI OA"),
    ("Tennessee", "TN", "STATE OF TENNESSEE F&A"),
    ("Oregon", "OR", "STATE OF OREGON DAS"),
]
AGENCIES = [
    ("Department of Health", "DEPT OF HEALTH"),
    ("Department of Transportation", "DOT"),
    ("Environmental Protection Agency", "EPA"),
    ("State Police Crime Laboratory", "STATE POLICE LAB"),
    ("Department of Agriculture", "DEPT OF AGRICULTURE"),
    ("Department of Natural Resources", "DNR"),
    ("Public Health Laboratory", "PUBLIC HEALTH LAB"),
    ("Department of Corrections", "DEPT OF CORRECTIONS"),
    ("Office of Information Technology", "OFFICE OF INFO TECH"),
]
UNIVS = [
    ("The University of Texas at Austin", "UNIV OF TX AUSTIN", "TX"),
    ("Texas A&M University", "TEXAS A&M UNIV SYS", "TX"),
    ("University of Houston", "UNIV OF HOUSTON", "TX"),
    ("The Ohio State University", "THE OHIO STATE UNIV", "OH"),
    ("University of Cincinnati", "UNIV OF CINCINNATI", "OH"),
    ("University of Michigan", "UNIV OF MICHIGAN AP", "MI"),
    ("Michigan State University", "MICHIGAN STATE UNIV", "MI"),
    ("University of California, Davis", "UC DAVIS ACCTS PAYABLE", "CA"),
    ("University of California, San Diego", "UC SAN DIEGO DISB", "CA"),
    ("California State University, Fresno", "CSU FRESNO FOUNDATION", "CA"),
    ("University of Wisconsin-Madison", "UW MADISON", "WI"),
    ("University of Minnesota", "REGENTS OF THE UNIV OF MN", "MN"),
    ("Arizona State University", "ARIZONA STATE UNIVERSITY", "AZ"),
    ("University of Arizona", "UNIV OF ARIZONA", "AZ"),
    ("Georgia Institute of Technology", "GA INST OF TECHNOLOGY", "GA"),
    ("University of Georgia", "UNIV OF GEORGIA", "GA"),
    ("Purdue University", "PURDUE UNIVERSITY", "IN"),
    ("Indiana University", "TRUSTEES OF INDIANA UNIV", "IN"),
    ("University of Illinois Urbana-Champaign", "UNIV OF IL URBANA", "IL"),
    ("Northern Illinois University", "NORTHERN ILLINOIS UNIV", "IL"),
    ("Pennsylvania State University", "PENN STATE UNIV", "PA"),
    ("University of Pittsburgh", "UNIV OF PITTSBURGH", "PA"),
    ("State University of New York at Buffalo", "SUNY BUFFALO", "NY"),
    ("Stony Brook University", "RESEARCH FDN FOR SUNY", "NY"),
    ("University of North Carolina at Chapel Hill", "UNC CHAPEL HILL", "NC"),
    ("North Carolina State University", "NC STATE UNIVERSITY", "NC"),
    ("University of Virginia", "RECTOR & VISITORS UVA", "VA"),
    ("Virginia Tech", "VIRGINIA POLYTECHNIC INST", "VA"),
    ("University of Washington", "UNIV OF WASHINGTON", "WA"),
    ("Washington State University", "WASHINGTON STATE UNIV", "WA"),
    ("University of Colorado Boulder", "UNIV OF COLORADO BOULDER", "CO"),
    ("Colorado State University", "COLORADO STATE UNIV", "CO"),
    ("University of Missouri", "CURATORS UNIV OF MISSOURI", "MO"),
    ("University of Tennessee, Knoxville", "UNIV OF TENNESSEE", "TN"),
    ("Oregon State University", "OREGON STATE UNIVERSITY", "OR"),
    ("University of Oregon", "UNIV OF OREGON", "OR"),
    ("University of Iowa", "UNIV OF IOWA", "IA"),
    ("Iowa State University", "IOWA STATE UNIVERSITY", "IA"),
    ("University of Kansas Medical Center", "UNIV OF KANSAS MED CTR", "KS"),
    ("University of Utah", "UNIVERSITY OF UTAH", "UT"),
    ("University of Florida", "UNIV OF FLORIDA", "FL"),
    ("Florida State University", "FLORIDA STATE UNIV", "FL"),
    ("University of Kentucky", "UNIV OF KENTUCKY", "KY"),
    ("University of Alabama at Birmingham", "UAB FINANCIAL AFFAIRS", "AL"),
    ("Louisiana State University", "LSU ACCOUNTS PAYABLE", "LA"),
    ("University of Nebraska-Lincoln", "UNIV OF NEBRASKA LINCOLN", "NE"),
    ("Rutgers, The State University of New Jersey", "RUTGERS STATE UNIV NJ", "NJ"),
    ("University of Maryland, College Park", "UNIV OF MD COLLEGE PARK", "MD"),
    ("University of Connecticut", "UCONN ACCOUNTS PAYABLE", "CT"),
    ("University of New Mexico", "UNIV OF NEW MEXICO", "NM"),
]
K12 = [
    ("Houston Independent School District", "HOUSTON ISD", "TX"),
    ("Dallas Independent School District", "DALLAS ISD", "TX"),
    ("Austin Independent School District", "AUSTIN ISD", "TX"),
    ("Northside Independent School District", "NORTHSIDE ISD SAN ANTON", "TX"),
    ("Fort Worth Independent School District", "FORT WORTH ISD", "TX"),
    ("Fairfax County Public Schools", "FAIRFAX CTY PUB SCHOOLS", "VA"),
    ("Loudoun County Public Schools", "LOUDOUN CO PUBLIC SCHLS", "VA"),
    ("Chicago Public Schools", "BD OF ED CITY OF CHICAGO", "IL"),
    ("Columbus City Schools", "COLUMBUS CITY SCHOOLS", "OH"),
    ("Cleveland Metropolitan School District", "CLEVELAND METRO SD", "OH"),
    ("Detroit Public Schools Community District", "DPSCD ACCTS PAYABLE", "MI"),
    ("Los Angeles Unified School District", "LAUSD ACCOUNTS PAYABLE", "CA"),
    ("San Diego Unified School District", "SAN DIEGO UNIFIED SD", "CA"),
    ("Fresno Unified School District", "FRESNO UNIFIED SCH DIST", "CA"),
    ("Gwinnett County Public Schools", "GWINNETT CO BD OF ED", "GA"),
    ("Cobb County School District", "COBB COUNTY SCHOOL DIST", "GA"),
    ("Wake County Public School System", "WAKE CO PUBLIC SCHOOLS", "NC"),
    ("Charlotte-Mecklenburg Schools", "CHARLOTTE MECKLENBURG BD", "NC"),
    ("Seattle Public Schools", "SEATTLE SCHOOL DIST 1", "WA"),
    ("Denver Public Schools", "SCHOOL DIST NO 1 DENVER", "CO"),
    ("Jefferson County Public Schools", "JEFFCO PUBLIC SCHOOLS", "CO"),
    ("Anoka-Hennepin School District", "ANOKA HENNEPIN ISD 11", "MN"),
    ("Milwaukee Public Schools", "MILWAUKEE PUBLIC SCHOOLS", "WI"),
    ("Kansas City Public Schools", "KANSAS CITY PUBLIC SCH", "MO"),
    ("Metro Nashville Public Schools", "METRO NASHVILLE PUB SCH", "TN"),
    ("Portland Public Schools", "PORTLAND PUBLIC SCHOOLS", "OR"),
    ("Mesa Public Schools", "MESA UNIFIED SD 4", "AZ"),
    ("Philadelphia School District", "SCHOOL DIST OF PHILA", "PA"),
    ("Pittsburgh Public Schools", "PITTSBURGH PUBLIC SCHLS", "PA"),
    ("New York City Department of Education", "NYC DEPT OF EDUCATION", "NY"),
    ("Buffalo Public Schools", "BUFFALO CITY SCHOOL DIST", "NY"),
    ("Miami-Dade County Public Schools", "MIAMI-DADE CNTY PUB SCHLS", "FL"),
    ("Broward County Public Schools", "SCHOOL BD BROWARD CNTY", "FL"),
    ("Clark County School District", "CLARK COUNTY SCHOOL DIST", "NV"),
    ("Jefferson County Public Schools (KY)", "JEFFERSON CO BD OF ED KY", "KY"),
    ("Baltimore County Public Schools", "BALTIMORE CO PUBLIC SCHL", "MD"),
    ("Montgomery County Public Schools", "MONTGOMERY CO PUB SCHLS", "MD"),
    ("Albuquerque Public Schools", "ALBUQUERQUE PUBLIC SCHLS", "NM"),
    ("Granite School District", "GRANITE SCHOOL DISTRICT", "UT"),
    ("Omaha Public Schools", "OMAHA PUBLIC SCHOOLS", "NE"),
]
COUNTIES = [
    ("Cook County", "COUNTY OF COOK", "IL"),
    ("Maricopa County", "MARICOPA COUNTY TREAS", "AZ"),
    ("King County", "KING COUNTY FINANCE", "WA"),
    ("Harris County", "HARRIS COUNTY AUDITOR", "TX"),
    ("Travis County", "TRAVIS COUNTY TREASURER", "TX"),
    ("Franklin County", "FRANKLIN COUNTY AUDITOR", "OH"),
    ("Cuyahoga County", "CUYAHOGA COUNTY FISCAL", "OH"),
    ("Wayne County", "CHARTER CO OF WAYNE", "MI"),
    ("Los Angeles County", "COUNTY OF LOS ANGELES", "CA"),
    ("San Diego County", "COUNTY OF SAN DIEGO", "CA"),
    ("Sacramento County", "COUNTY OF SACRAMENTO", "CA"),
    ("Fulton County", "FULTON COUNTY FINANCE", "GA"),
    ("DeKalb County", "DEKALB COUNTY FINANCE", "GA"),
    ("Mecklenburg County", "MECKLENBURG COUNTY", "NC"),
    ("Wake County", "COUNTY OF WAKE", "NC"),
    ("Fairfax County", "COUNTY OF FAIRFAX", "VA"),
    ("Denver County", "CITY AND COUNTY OF DENVER", "CO"),
    ("Hennepin County", "HENNEPIN COUNTY", "MN"),
    ("Dane County", "DANE COUNTY CONTROLLER", "WI"),
    ("St. Louis County", "ST LOUIS COUNTY TREAS", "MO"),
    ("Shelby County", "SHELBY COUNTY TRUSTEE", "TN"),
    ("Multnomah County", "MULTNOMAH COUNTY", "OR"),
    ("Allegheny County", "COUNTY OF ALLEGHENY", "PA"),
    ("Erie County", "ERIE COUNTY COMPTROLLER", "NY"),
    ("Suffolk County", "SUFFOLK COUNTY COMPTRLR", "NY"),
    ("Pima County", "PIMA COUNTY FINANCE", "AZ"),
    ("Miami-Dade County", "MIAMI-DADE COUNTY FIN", "FL"),
    ("Orange County", "ORANGE COUNTY COMPTROLLR", "FL"),
    ("Jefferson County", "JEFFERSON COUNTY COMM", "AL"),
    ("Salt Lake County", "SALT LAKE COUNTY", "UT"),
    ("Bernalillo County", "BERNALILLO COUNTY", "NM"),
    ("Douglas County", "DOUGLAS COUNTY TREAS", "NE"),
    ("Montgomery County", "MONTGOMERY COUNTY MD", "MD"),
    ("Jackson County", "JACKSON COUNTY MO", "MO"),
    ("Pierce County", "PIERCE COUNTY FINANCE", "WA"),
]
HOSPITALS = [
    ("Parkland Health (Dallas County Hospital District)", "DALLAS CO HOSP DIST", "TX"),
    ("Harris Health System", "HARRIS CO HOSPITAL DIST", "TX"),
    ("University Health (Bexar County)", "BEXAR CO HOSPITAL DIST", "TX"),
    ("Grady Memorial Hospital", "FULTON DEKALB HOSP AUTH", "GA"),
    ("Harborview Medical Center", "HARBORVIEW MEDICAL CTR", "WA"),
    ("Cook County Health", "COOK COUNTY HEALTH", "IL"),
    ("MetroHealth Medical Center", "METROHEALTH SYSTEM", "OH"),
    ("UC Davis Medical Center", "UC DAVIS HEALTH AP", "CA"),
    ("Los Angeles General Medical Center", "LA COUNTY DHS", "CA"),
    ("Santa Clara Valley Medical Center", "COUNTY OF SANTA CLARA", "CA"),
    ("Hennepin Healthcare", "HENNEPIN HEALTHCARE SYS", "MN"),
    ("Denver Health", "DENVER HEALTH & HOSP AUTH", "CO"),
    ("Regional One Health", "SHELBY CO HEALTH CARE", "TN"),
    ("UNC Health", "UNC HEALTH CARE SYSTEM", "NC"),
    ("VCU Health System", "VCU HEALTH SYSTEM AUTH", "VA"),
    ("Jackson Health System", "PUBLIC HEALTH TRUST MDC", "FL"),
    ("University Medical Center of Southern Nevada", "UMC SOUTHERN NEVADA", "NV"),
    ("Erie County Medical Center", "ECMC CORPORATION", "NY"),
    ("NYC Health + Hospitals", "NYC HEALTH HOSPITALS", "NY"),
    ("University of Iowa Hospitals & Clinics", "UIHC ACCOUNTS PAYABLE", "IA"),
    ("Truman Medical Centers", "UNIVERSITY HEALTH KC", "MO"),
    ("OHSU Hospital", "OREGON HLTH & SCI UNIV", "OR"),
    ("Wishard / Eskenazi Health", "HEALTH & HOSP CORP MARION", "IN"),
    ("University of New Mexico Hospital", "UNM HOSPITAL", "NM"),
    ("Nebraska Medicine", "NEBRASKA MEDICAL CENTER", "NE"),
    ("UAB Hospital", "UAB HEALTH SYSTEM", "AL"),
    ("University of Kentucky HealthCare", "UK HEALTHCARE", "KY"),
    ("Temple University Hospital", "TEMPLE UNIV HEALTH SYS", "PA"),
    ("Maricopa Integrated Health System", "VALLEYWISE HEALTH", "AZ"),
    ("Ohio State Wexner Medical Center", "OSU WEXNER MED CTR", "OH"),
]
CANADA = [
    ("University of Toronto", "UNIVERSITY OF TORONTO", "ON"),
    ("University of British Columbia", "UBC FINANCIAL SERVICES", "BC"),
    ("McGill University", "UNIVERSITE MCGILL", "QC"),
    ("University of Alberta", "UNIVERSITY OF ALBERTA", "AB"),
    ("Alberta Health Services", "ALBERTA HEALTH SERVICES", "AB"),
    ("Ontario Ministry of the Environment", "MIN OF FINANCE ONTARIO", "ON"),
    ("University of Waterloo", "UNIVERSITY OF WATERLOO", "ON"),
    ("Toronto District School Board", "TORONTO DIST SCHOOL BD", "ON"),
    ("Vancouver Coastal Health", "VANCOUVER COASTAL HLTH", "BC"),
    ("McMaster University", "MCMASTER UNIVERSITY", "ON"),
    ("Dalhousie University", "DALHOUSIE UNIVERSITY", "NS"),
    ("University of Calgary", "UNIVERSITY OF CALGARY", "AB"),
]
# Canadian customers that also buy some US-priced items in USD.
DUAL_CURRENCY = {"University of Toronto", "McGill University", "University of British Columbia"}


def build_customers():
    custs = []
    used_ids = set()

    def add(name, payer, kind, region, currency, treasury=None):
        while True:
            cid = "C%06d" % R.randint(100000, 999999)
            if cid not in used_ids:
                break
        used_ids.add(cid)
        custs.append({
            "id": cid, "name": name, "payer": payer, "kind": kind, "region": region,
            "currency": currency, "treasury": treasury,
            "vendor_no": "%010d" % noise(10000, 9999999),
            "tax_exempt": kind != "canada",
        })

    for st, ab, treas in STATES:
        for ag, short in R.sample(AGENCIES, 6):
            add("%s %s" % (st, ag), "%s %s" % (ab, short), "state", ab, "USD", treas)
    for name, payer, ab in UNIVS:
        add(name, payer, "univ", ab, "USD")
    for name, payer, ab in K12:
        add(name, payer, "k12", ab, "USD")
    for name, payer, ab in COUNTIES:
        add(name, payer, "county", ab, "USD")
    for name, payer, ab in HOSPITALS:
        add(name, payer, "hosp", ab, "USD")
    for name, payer, ab in CANADA:
        add(name, payer, "canada", ab, "CAD")
    # a few second billing accounts (research foundations / departments billed separately)
    extra = [
        ("The University of Texas at Austin - Dept. of Chemistry", "UNIV OF TX AUSTIN", "univ", "TX"),
        ("University of Michigan Medical School", "UNIV OF MICHIGAN AP", "univ", "MI"),
        ("The Ohio State University Research Foundation", "OSU RESEARCH FOUNDATION", "univ", "OH"),
        ("University of Washington Medicine", "UNIV OF WASHINGTON", "univ", "WA"),
        ("Purdue Research Foundation", "PURDUE RESEARCH FDN", "univ", "IN"),
        ("Texas A&M Engineering Experiment Station", "TEXAS A&M UNIV SYS", "univ", "TX"),
    ]
    for name, payer, kind, ab in extra:
        add(name, payer, kind, ab, "USD")
    return custs


# ---------------------------------------------------------------------------
# Stage 1b: invoices
# ---------------------------------------------------------------------------

ISSUE_START = date(2025, 7, 1)
ISSUE_DAYS = 170  # up to mid-December 2025


class Ledger:
    def __init__(self, customers):
        self.customers = customers
        self.cust_by_id = {c["id"]: c for c in customers}
        self.invoices = []
        self.by_id = {}
        self.by_num = {}
        self.used_numbers = set()
        self.used_ids = set()
        self.used_amounts = set()
        self.bal = {}          # live balance in cents while payments are generated
        self.touched = set()   # invoices a payment has used or reserved (not fresh any more)
        self.ghost_numbers = set()  # numbers of invoices paid before the snapshot (not in file)
        self.po = {}

    def new_number(self):
        while True:
            n = R.randint(400100, 459999)
            if n not in self.used_numbers:
                self.used_numbers.add(n)
                return n

    def number_block(self, k):
        while True:
            n = R.randint(400100, 459999 - k)
            if all((n + i) not in self.used_numbers for i in range(k)):
                for i in range(k):
                    self.used_numbers.add(n + i)
                return [n + i for i in range(k)]

    def rand_amount(self, lo=8500, hi=4800000):
        """globally unique amount in cents, roughly log-uniform."""
        import math
        while True:
            a = int(math.exp(R.uniform(math.log(lo), math.log(hi))))
            if R.random() < 0.25:
                a = (a // 100) * 100  # whole dollars
            if a not in self.used_amounts and a > 0:
                self.used_amounts.add(a)
                return a

    def add_invoice(self, cust, total=None, balance=None, number=None, issue=None, currency=None):
        if number is None:
            number = self.new_number()
        if total is None:
            total = self.rand_amount()
        if balance is None:
            balance = total
        while True:
            iid = rid("inv_", 10)
            if iid not in self.used_ids:
                self.used_ids.add(iid)
                break
        if issue is None:
            issue = ISSUE_START + timedelta(days=R.randint(0, ISSUE_DAYS))
        terms = 30 if cust["kind"] in ("k12", "canada") else R.choice([30, 30, 45, 60])
        inv = {
            "id": iid,
            "number": "INV-%d" % number,
            "customer_id": cust["id"],
            "customer_name": cust["name"],
            "currency": currency or cust["currency"],
            "total": money(total),
            "balance": money(balance),
            "issue_date": issue.isoformat(),
            "due_date": (issue + timedelta(days=terms)).isoformat(),
        }
        self.invoices.append(inv)
        self.by_id[iid] = inv
        self.by_num[number] = inv
        self.bal[iid] = balance
        return inv

    # helpers ---------------------------------------------------------------
    def num(self, inv):
        return int(inv["number"].split("-")[1])

    def total_c(self, inv):
        return int(inv["total"].replace(".", ""))

    def cust_of(self, inv):
        return self.cust_by_id[inv["customer_id"]]

    def open_of(self, cust, currency=None):
        cur = currency or cust["currency"]
        return [i for i in self.invoices
                if i["customer_id"] == cust["id"] and i["currency"] == cur and self.bal[i["id"]] > 0]

    def fresh_of(self, cust, currency=None, full=True):
        out = [i for i in self.open_of(cust, currency) if i["id"] not in self.touched]
        if full:
            out = [i for i in out if self.bal[i["id"]] == self.total_c(i)]
        return out


def build_base_invoices(led):
    counts = {"state": (2, 5), "univ": (5, 12), "k12": (2, 5), "county": (3, 6), "hosp": (3, 7),
              "canada": (3, 6)}
    for c in led.customers:
        lo, hi = counts[c["kind"]]
        for _ in range(R.randint(lo, hi)):
            total = led.rand_amount()
            bal = total
            if R.random() < 0.07 and total > 50000:
                while True:
                    bal = total - led_round(total * R.uniform(0.2, 0.6))
                    if bal not in led.used_amounts:
                        led.used_amounts.add(bal)
                        break
            led.add_invoice(c, total=total, balance=bal)
        if c["name"] in DUAL_CURRENCY:
            for _ in range(R.randint(2, 3)):
                led.add_invoice(c, currency="USD")


def led_round(x):
    return int(round(x))


# ---------------------------------------------------------------------------
# Stage 2: remittance and bank text
# ---------------------------------------------------------------------------

def trunc(s, n):
    return s[:n].rstrip()


def noise(lo, hi):
    """a random reference number that can never read as one of our invoice numbers (400100-459999)."""
    while True:
        v = R.randint(lo, hi)
        if not 400000 <= v < 460000:
            return v


def po_for(led, inv):
    """a PO number for an invoice (kept outside the invoice file, as in real ERPs)."""
    po = led.po.get(inv["id"])
    if po is None:
        kind = led.cust_of(inv)["kind"]
        if kind == "state":
            po = "%s-%010d" % (led.cust_of(inv)["region"], R.randint(4500000000 % 10**10, 4599999999))
        elif kind == "univ":
            po = R.choice(["P%07d" % noise(100000, 9999999), "PO%08d" % R.randint(10**7, 10**8 - 1)])
        elif kind == "k12":
            po = "PO-26-%06d" % noise(1000, 999999)
        elif kind == "canada":
            po = "%08d" % R.randint(10**7, 10**8 - 1)
        else:
            po = "%d" % R.randint(2000000, 2999999)
        led.po[inv["id"]] = po
    return po


def tok(led, inv, style):
    n = led.num(inv)
    return {
        "dash": "INV-%d" % n, "space": "INV %d" % n, "hash": "INV#%d" % n, "bare": "%d" % n,
        "glued": "INV%d" % n, "no": "Inv No. %d" % n, "lower": "inv-%d" % n,
    }[style]


def payer_for(cust, channel):
    if channel == "pcard":
        return R.choice(["PAYMENTECH SETTLEMENT", "ELAVON MERCH SETL", "WORLDPAY MERCH DEP",
                         "GLOBAL PAYMENTS DEP", "FISERV MERCH SETTLE"])
    if cust["kind"] == "state" and channel in ("ach", "ctx", "warrant"):
        name = cust["treasury"] if R.random() < 0.75 else cust["payer"]
    else:
        name = cust["payer"]
    if channel in ("ach", "ctx") and R.random() < 0.45:
        return trunc(name, 16)  # NACHA company name field
    return trunc(name, 22)


def voucher():
    return "%010d" % R.randint(10**6, 10**9)


def table_lines(led, lines, style, with_po=True, show_gross=False):
    out = []
    hdr = "Invoice No.      Inv Date     " + ("PO Number         " if with_po else "") + \
          ("Gross        Deduct     " if show_gross else "") + "Amount Paid"
    out.append(hdr)
    out.append("-" * len(hdr))
    for ln in lines:
        inv, paid = ln["inv"], ln["paid"]
        d = date.fromisoformat(inv["issue_date"])
        row = "%-16s %-12s " % (tok(led, inv, style), d.strftime("%m/%d/%Y"))
        if with_po:
            row += "%-17s " % po_for(led, inv)
        if show_gross:
            gross = ln.get("gross", paid)
            row += "%12s %10s " % (money_c(gross), money_c(gross - paid) if gross != paid else "")
        row += "%12s" % money_c(paid)
        out.append(row)
    return out


def render(led, cust, lines, channel, memo=None, payer=None, with_po=None):
    """Returns (payer_name, reference, remittance) for a payment of `lines`.

    lines: [{"inv", "paid", optional "gross", "why"}]
    channel: ach | ctx | check | warrant | email | wire | eft | pcard | none
    """
    style = R.choice(["dash", "space", "hash", "bare", "glued", "no", "dash", "bare"])
    total = sum(ln["paid"] for ln in lines)
    cur = lines[0]["inv"]["currency"]
    payer = payer or payer_for(cust, channel)
    ref, rem = None, None
    nums = [tok(led, ln["inv"], style) for ln in lines]
    if channel == "ach":
        if cust["kind"] == "state":
            ref = "CCD+ VCHR %s %s VEND %s" % (voucher(), " ".join(nums) if len(nums) <= 2 else nums[0] + " ETAL",
                                             cust["vendor_no"])
        else:
            ref = R.choice(["ACH CCD PMT %s", "CCD %s", "ACH PAYMENT %s", "CORP PMT REF %s"]) % ",".join(nums)
        if len(lines) > 2 or memo:
            rem = "\n".join(["ADDENDA RECORDS:"] + ["%s %s" % (n, money_c(ln["paid"])) for n, ln in zip(nums, lines)]
                            + ([memo] if memo else []))
    elif channel == "ctx":
        ref = "ACH CTX %s EDI820 TRN*1*%s" % (trunc(cust["payer"], 16), voucher())
        segs = []
        for ln in lines:
            gross = ln.get("gross", ln["paid"])
            segs.append("RMR*IV*%s*%s*%s%s\\" % (tok(led, ln["inv"], R.choice(["bare", "dash"])), money(ln["paid"]),
                                                money(gross),
                                                ("*%s" % money(gross - ln["paid"])) if gross != ln["paid"] else ""))
            if ln.get("why"):
                segs.append("ADX*%s*%s\\" % (money(gross - ln["paid"]), ln["why"]))
            if R.random() < 0.5:
                segs.append("REF*PO*%s\\" % po_for(led, ln["inv"]))
        rem = "BPR*C*%s*C*ACH*CTX\\TRN*1*%s\\N1*PR*%s\\%s" % (money(total), voucher(), cust["name"].upper(),
                                                           "".join(segs))
        if memo:
            rem += "\nNTE*%s" % memo
    elif channel in ("check", "warrant"):
        if channel == "check":
            ck = "%07d" % noise(10000, 9999999)
            ref = R.choice(["LOCKBOX 4471 CHECK %s", "LBX DEP CHK %s", "CHECK NO %s"]) % ck
            head = "%s\nCheck No. %s   Vendor No. %s\n" % (cust["name"].upper(), ck, cust["vendor_no"])
        else:
            w = "%02d-%07d" % (R.randint(10, 99), R.randint(10**6, 10**7 - 1))
            ref = "WARRANT %s" % w
            head = "%s\nWARRANT %s  CLAIM SCHEDULE %d\nPAYEE: HALVORSEN SCIENTIFIC & TECHNOLOGY\n" % (
                (cust["treasury"] or cust["payer"]), w, R.randint(2600000, 2699999))
        show = any(ln.get("gross", ln["paid"]) != ln["paid"] for ln in lines)
        rem = head + "\n".join(table_lines(led, lines, style, with_po=R.random() < 0.6, show_gross=show))
        rem += "\nTOTAL %s" % money_c(total)
        if memo:
            rem += "\n" + memo
    elif channel == "email":
        contact = R.choice(["Accounts Payable", "AP Disbursements", "Payment Services", "Procure-to-Pay Team",
                            "Business Services Center"])
        show = any(ln.get("gross", ln["paid"]) != ln["paid"] for ln in lines)
        body = ["From: %s <ap@%s.example>" % (contact, cust["payer"].split()[0].lower().replace("&", "")),
                "Subject: Payment Advice - %s - ACH %s" % (cust["name"], voucher()),
                "",
                "Halvorsen Scientific & Technology,",
                "",
                "A payment of $%s has been issued by ACH to your account ending in 0451 on %s." % (
                    money_c(total) if cur == "USD" else money_c(total) + " CAD", "{date}"),
                "Supplier number: %s" % cust["vendor_no"],
                "The payment covers the following invoices:",
                ""]
        body += table_lines(led, lines, style, with_po=(R.random() < 0.7) if with_po is None else with_po, show_gross=show)
        if memo:
            body += ["", memo]
        body += ["", "Please do not reply to this automated message. Questions: %s." % contact]
        rem = "\n".join(body)
        ref = R.choice(["ACH CCD PMT", "CCD PAYMENT", "ACH CORP PMT %s" % voucher(), "PAYMENT ADVICE EMAILED"])
    elif channel == "wire":
        ref = "WIRE IN /ORG/%s /RFB/%s" % (trunc(cust["payer"], 22), " ".join(nums)[:40])
        if memo:
            rem = memo
    elif channel == "eft":
        ref = "EFT %s PAYMENT %s" % (R.randint(10**7, 10**8 - 1), " ".join(nums))
        if len(lines) > 2 or memo:
            rem = "Remittance / Avis de paiement\n" + "\n".join(
                "%s  %s" % (n, money_c(ln["paid"])) for n, ln in zip(nums, lines)) + ("\n" + memo if memo else "")
    elif channel == "pcard":
        ref = "VISA PCARD BATCH %04d %s" % (R.randint(1, 9999), nums[0])
        rem = memo
    elif channel == "none":
        ref = None
    return payer, ref, rem


# ---------------------------------------------------------------------------
# Stage 3: scenarios.  Each returns (payment-without-id/date, label-without-id) or None.
# ---------------------------------------------------------------------------

CHANNELS = {
    "state": ["ach", "ach", "ctx", "warrant"],
    "univ": ["email", "email", "ach", "ctx", "check"],
    "k12": ["check", "check", "ach", "email"],
    "county": ["check", "warrant", "ach", "ach"],
    "hosp": ["ach", "ctx", "check", "email"],
    "canada": ["eft", "eft", "wire", "email", "check"],
}


def lab(status, apps=(), unapplied=0, short_pay=None, candidates=(), reason="", scenario="", note=""):
    return {
        "status": status,
        "applications": [{"invoice_id": i["id"], "amount": money(a)} for i, a in apps],
        "unapplied": money(unapplied),
        "short_pay": short_pay,
        "candidates": [{"invoice_ids": [i["id"] for i in cset]} for cset in candidates],
        "reason": reason,
        "scenario": scenario,
        "note": note,
    }


class Gen:
    def __init__(self, led):
        self.led = led
        self.closed_log = []     # (inv, amount, cust) closed by an applied payment in this file
        self.partial_open = []   # invoices left open on purpose by a part payment in this file
        self.short_paid = set()
        self.frozen = set()      # customers whose whole open balance a statement payment cleared

    # utilities ---------------------------------------------------------------
    def custs(self, kinds=None, cur=None, pred=None):
        out = [c for c in self.led.customers if c["id"] not in self.frozen and
               (kinds is None or c["kind"] in kinds) and (cur is None or c["currency"] == cur)]
        if pred:
            out = [c for c in out if pred(c)]
        return out

    def pick_fresh(self, kinds=None, k=1, cur=None, kmax=None, full=True):
        kmax = kmax or k
        cands = self.custs(kinds, cur, lambda c: len(self.led.fresh_of(c, full=full)) >= k)
        if not cands:
            return None, None
        c = R.choice(cands)
        fr = self.led.fresh_of(c, full=full)
        n = R.randint(k, min(kmax, len(fr)))
        invs = sorted(R.sample(fr, n), key=lambda i: i["due_date"])
        return c, invs

    def apply(self, inv, cents):
        assert 0 < cents <= self.led.bal[inv["id"]], (inv, cents)
        self.led.bal[inv["id"]] -= cents
        self.led.touched.add(inv["id"])

    def pay(self, cust, amount, known, payer, ref, rem, currency=None):
        return {"amount": money(amount), "currency": currency or cust["currency"], "payer_name": payer,
                "customer_id": cust["id"] if known else None, "reference": ref, "remittance": rem}

    def chan(self, cust, multi=False):
        ch = R.choice(CHANNELS[cust["kind"]])
        if multi and ch == "wire":
            ch = "eft"
        return ch

    def close_all(self, cust, invs):
        apps = []
        for i in invs:
            a = self.led.bal[i["id"]]
            self.apply(i, a)
            apps.append((i, a))
            self.closed_log.append((i, a, cust))
        return apps

    # applied -----------------------------------------------------------------
    def s_ref_exact(self, kinds=None, cur=None, scen="ref_exact_single", known_p=0.75):
        c, invs = self.pick_fresh(kinds, 1, cur, full=R.random() < 0.9)
        if not c:
            return None
        inv = invs[0]
        amt = self.led.bal[inv["id"]]
        ch = self.chan(c)
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt}], ch)
        known = R.random() < known_p
        part = self.led.total_c(inv) != amt
        apps = self.close_all(c, [inv])
        why = "%s named in the %s; amount equals its open balance" % (inv["number"], "reference" if ch not in ("email", "check", "warrant", "ctx") else "remittance")
        note = "%s payment by %s%s" % (c["kind"], ch, "; balance already reduced before the snapshot, pays the balance not the total" if part else "")
        if not known:
            note += "; bank gives no customer id, the invoice number identifies the customer"
        return self.pay(c, amt, known, payer, ref, rem), lab("applied", apps, reason=why, scenario=scen, note=note)

    def s_multi_exact(self, kinds=("univ", "hosp", "county", "k12", "state"), cur=None, scen="remit_multi_exact",
                      channel=None):
        c, invs = self.pick_fresh(kinds, 2, cur, kmax=9)
        if not c:
            return None
        amt = sum(self.led.bal[i["id"]] for i in invs)
        ch = channel or self.chan(c, multi=True)
        lines = [{"inv": i, "paid": self.led.bal[i["id"]]} for i in invs]
        payer, ref, rem = render(self.led, c, lines, ch)
        apps = self.close_all(c, invs)
        return (self.pay(c, amt, R.random() < 0.7, payer, ref, rem),
                lab("applied", apps, reason="remittance lists %d invoices whose balances sum to the payment" % len(invs),
                    scenario=scen, note="%s lump by %s, %d invoices" % (c["kind"], ch, len(invs))))

    def s_ctx(self):
        return self.s_multi_exact(kinds=("state", "hosp", "univ"), scen="ctx820_multi", channel="ctx")

    def s_range(self):
        cands = self.custs(("univ", "hosp", "state", "county"))
        c = R.choice(cands)
        k = R.randint(3, 5)
        nums = self.led.number_block(k)
        issue = ISSUE_START + timedelta(days=R.randint(20, ISSUE_DAYS))
        invs = [self.led.add_invoice(c, number=n, issue=issue) for n in nums]
        for i in invs:
            self.led.touched.add(i["id"])
        amt = sum(self.led.bal[i["id"]] for i in invs)
        fmt = R.choice(["INV %d-%d", "INV-%d THRU INV-%d", "INVOICES %d TO %d", "%d-%s"])
        if fmt == "%d-%s":
            rng = "%d-%s" % (nums[0], str(nums[-1])[-2:])
        else:
            rng = fmt % (nums[0], nums[-1])
        payer = payer_for(c, "ach")
        ref = "ACH CCD PMT %s" % rng
        rem = None
        if R.random() < 0.5:
            rem = "Payment for %s, %d invoices, total %s. Vendor %s." % (rng, k, money_c(amt), c["vendor_no"])
        apps = self.close_all(c, invs)
        return (self.pay(c, amt, R.random() < 0.6, payer, ref, rem),
                lab("applied", apps, reason="reference gives the range %s (%d consecutive invoices) and the amount is their sum" % (rng, k),
                    scenario="range_ref", note="range written as %r" % rng))

    def s_amount_only(self):
        c, invs = self.pick_fresh(("univ", "k12", "county", "hosp", "state"), 1)
        if not c:
            return None
        inv = invs[0]
        amt = self.led.bal[inv["id"]]
        payer = payer_for(c, "ach")
        ref = R.choice([None, "ACH CCD PMT", "CORP PAYMENT", "VENDOR PMT %s" % c["vendor_no"], "PPD CREDIT",
                        "PO %s" % po_for(self.led, inv)])
        apps = self.close_all(c, [inv])
        return (self.pay(c, amt, True, payer, ref, None),
                lab("applied", apps, reason="known customer; amount equals exactly one open invoice balance (%s)" % inv["number"],
                    scenario="amount_only_unique", note="no invoice number; bank gives the customer id; the amount fits one open invoice only"))

    def s_name_only(self):
        c, invs = self.pick_fresh(("univ", "k12", "county", "hosp"), 1)
        if not c:
            return None
        inv = invs[0]
        amt = self.led.bal[inv["id"]]
        # the payer name must point at one customer only
        if sum(1 for x in self.led.customers if x["payer"] == c["payer"]) > 1:
            return None
        payer = trunc(c["payer"], 22)
        ref = R.choice(["ACH CREDIT", "CCD PAYMENT", None])
        apps = self.close_all(c, [inv])
        return (self.pay(c, amt, False, payer, ref, None),
                lab("applied", apps, reason="payer name identifies %s; amount equals exactly one open invoice in the ledger (%s)" % (c["name"], inv["number"]),
                    scenario="name_amount_unique", note="no customer id, no invoice number; payer name + an amount that no other open invoice has"))

    def s_unknown_ref(self):
        r = self.s_ref_exact(scen="unknown_payer_ref_exact", known_p=0.0)
        return r

    def s_statement(self):
        cands = self.custs(("k12", "county", "hosp"),
                           pred=lambda c: 2 <= len(self.led.open_of(c)) <= 5 and
                           all(i["id"] not in self.led.touched for i in self.led.open_of(c)))
        if not cands:
            return None
        c = R.choice(cands)
        invs = self.led.open_of(c)
        amt = sum(self.led.bal[i["id"]] for i in invs)
        payer = payer_for(c, "check")
        ref = "CHECK NO %07d" % noise(10000, 9999999)
        rem = R.choice(["PAYMENT IN FULL - STATEMENT DATED 12/31/2025", "PAY ACCOUNT BALANCE PER STATEMENT",
                        "STMT PMT ACCT %s ALL OPEN ITEMS" % c["vendor_no"]])
        apps = self.close_all(c, invs)
        self.frozen.add(c["id"])
        return (self.pay(c, amt, True, payer, ref, rem),
                lab("applied", apps, reason="pays the statement: amount equals the total of all %d open invoices" % len(invs),
                    scenario="statement_all_open", note="no invoice numbers; the whole open balance of the customer"))

    def s_po_lookalike(self):
        c, invs = self.pick_fresh(("univ", "k12", "county", "hosp", "state"), 1)
        if not c:
            return None
        inv = invs[0]
        others = [i for i in self.led.invoices if i["customer_id"] != c["id"] and i["currency"] == c["currency"]
                  and self.led.bal[i["id"]] > 0 and i["id"] not in self.led.touched]
        decoy = R.choice(others)
        dn = self.led.num(decoy)
        self.led.touched.add(decoy["id"])  # keep the decoy open for the whole file
        amt = self.led.bal[inv["id"]]
        self.led.po[inv["id"]] = "%d" % dn
        if R.random() < 0.5:
            payer = payer_for(c, "ach")
            ref = R.choice(["PO %d %s", "PO#%d INV %s", "P.O. %d / %s"]) % (dn, self.led.num(inv))
            rem = None
        else:
            payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt}], "email", with_po=True)
        apps = self.close_all(c, [inv])
        return (self.pay(c, amt, R.random() < 0.5, payer, ref, rem),
                lab("applied", apps, reason="%s named with its exact balance; %d is the customer's PO number" % (inv["number"], dn),
                    scenario="po_lookalike", note="PO number %d equals %s of another customer (different amount); not an invoice reference" % (dn, decoy["number"])))

    def s_voucher_lookalike(self):
        c, invs = self.pick_fresh(("state",), 1)
        if not c:
            return None
        inv = invs[0]
        others = [i for i in self.led.invoices if i["customer_id"] != c["id"] and i["currency"] == "USD"
                  and self.led.bal[i["id"]] > 0 and i["id"] not in self.led.touched]
        decoy = R.choice(others)
        self.led.touched.add(decoy["id"])
        dn = self.led.num(decoy)
        amt = self.led.bal[inv["id"]]
        payer = payer_for(c, "ach")
        ref = "CCD+ VCHR 0000%d INV %d VEND %s" % (dn, self.led.num(inv), c["vendor_no"])
        apps = self.close_all(c, [inv])
        return (self.pay(c, amt, False, payer, ref, None),
                lab("applied", apps, reason="INV %d with its exact balance; VCHR 0000%d is the state's voucher number" % (self.led.num(inv), dn),
                    scenario="voucher_lookalike", note="voucher digits equal %s of another customer; not an invoice reference" % decoy["number"]))

    def s_cad_exact(self):
        return self.s_ref_exact(kinds=("canada",), cur="CAD", scen="cad_ref_exact")

    def s_cad_multi(self):
        return self.s_multi_exact(kinds=("canada",), cur="CAD", scen="cad_multi_exact")

    def s_complete(self):
        pool = [i for i in self.partial_open if self.led.bal[i["id"]] > 0]
        pre = [i for i in self.led.invoices if i["id"] not in self.led.touched and
               0 < self.led.bal[i["id"]] < self.led.total_c(i)]
        if pool and R.random() < 0.6:
            inv = R.choice(pool)
            src = "earlier part payment in this file"
        elif pre:
            inv = R.choice(pre)
            src = "balance already reduced before the snapshot"
        else:
            return None
        if inv in self.partial_open:
            self.partial_open.remove(inv)
        c = self.led.cust_of(inv)
        amt = self.led.bal[inv["id"]]
        ch = R.choice(["ach", "email", "check"]) if c["kind"] != "canada" else "eft"
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt}], ch,
                                 memo=R.choice(["FINAL PAYMENT", "REMAINING BALANCE", "BAL DUE PAID IN FULL", None]))
        apps = self.close_all(c, [inv])
        return (self.pay(c, amt, R.random() < 0.7, payer, ref, rem, currency=inv["currency"]),
                lab("applied", apps, reason="%s named; amount equals its remaining balance" % inv["number"],
                    scenario="pays_remaining_balance", note="amount is below the invoice total; %s" % src))

    # partial -----------------------------------------------------------------
    def s_pcard(self):
        c, invs = self.pick_fresh(("univ", "k12", "hosp", "county"), 1)
        if not c:
            return None
        inv = invs[0]
        b = self.led.bal[inv["id"]]
        if b > 1000000:
            return None
        rate = R.choice([250, 275, 290, 300, 350])  # basis points
        fee = led_round(b * rate / 10000.0)
        amt = b - fee
        payer = payer_for(c, "pcard")
        _, ref, _ = render(self.led, c, [{"inv": inv, "paid": amt}], "pcard")
        rem = ("MERCHANT DEPOSIT DETAIL\nCardholder: %s\nOrder/Invoice: %s\nSale amount: %s\nDiscount fee %.2f%%: -%s\n"
               "Net deposit: %s" % (trunc(c["payer"], 22), self.led.num(inv), money_c(b), rate / 100.0, money_c(fee), money_c(amt)))
        self.apply(inv, amt)
        self.short_paid.add(inv["id"])
        sp = {"invoice_id": inv["id"], "amount": money(fee), "reason": "card processing fee withheld by the card processor"}
        return (self.pay(c, amt, False, payer, ref, rem),
                lab("partial", [(inv, amt)], short_pay=sp,
                    reason="P-card settlement for %s net of a %.2f%% processing fee" % (inv["number"], rate / 100.0),
                    scenario="pcard_net_fee", note="merchant settlement deposit; the fee leaves %s open for write-off" % money_c(fee)))

    def _tax_invoice(self, c):
        sub = self.led.rand_amount(20000, 3000000)
        rate = R.choice([625, 700, 725, 800, 825, 600, 575])
        tax = led_round(sub * rate / 10000.0)
        total = sub + tax
        if total in self.led.used_amounts:
            return None
        self.led.used_amounts.add(total)
        inv = self.led.add_invoice(c, total=total)
        self.led.touched.add(inv["id"])
        return inv, sub, tax, rate

    TAX_MEMOS = [
        "SALES TAX DEDUCTED - TAX EXEMPT ENTITY, EXEMPTION CERT ON FILE",
        "LESS SALES TAX {tax} - WE ARE TAX EXEMPT (FORM ST-5)",
        "Short paid by {tax}: sales tax charged in error, our exemption certificate was sent with the PO",
        "TAX NOT PAID - GOVT ENTITY EXEMPT",
        "Paid net of sales tax ({rate}%). Please correct your customer tax status.",
    ]

    def s_tax_short(self):
        c = R.choice(self.custs(("state", "univ", "k12", "county", "hosp")))
        t = self._tax_invoice(c)
        if not t:
            return None
        inv, sub, tax, rate = t
        memo = R.choice(self.TAX_MEMOS).format(tax=money_c(tax), rate="%.2f" % (rate / 100.0))
        ch = self.chan(c)
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": sub, "gross": sub + tax, "why": "SALES TAX EXEMPT"}], ch, memo=memo)
        self.apply(inv, sub)
        self.short_paid.add(inv["id"])
        sp = {"invoice_id": inv["id"], "amount": money(tax), "reason": "sales tax deducted: customer is tax-exempt"}
        return (self.pay(c, sub, R.random() < 0.7, payer, ref, rem),
                lab("partial", [(inv, sub)], short_pay=sp,
                    reason="%s paid net of %s sales tax; exemption given as the reason" % (inv["number"], money_c(tax)),
                    scenario="tax_exempt_short_pay", note="agency deducts the sales tax it should not have been charged"))

    def s_tax_short_multi(self):
        c, invs = self.pick_fresh(("univ", "hosp", "state", "county"), 1, kmax=4)
        if not c:
            return None
        t = self._tax_invoice(c)
        if not t:
            return None
        tinv, sub, tax, rate = t
        lines = [{"inv": i, "paid": self.led.bal[i["id"]]} for i in invs]
        lines.append({"inv": tinv, "paid": sub, "gross": sub + tax, "why": "SALES TAX EXEMPT"})
        memo = "%s: %s" % (tok(self.led, tinv, "dash"), R.choice(self.TAX_MEMOS).format(tax=money_c(tax), rate="%.2f" % (rate / 100.0)))
        ch = R.choice(["email", "ctx", "check"])
        payer, ref, rem = render(self.led, c, lines, ch, memo=memo)
        amt = sum(ln["paid"] for ln in lines)
        apps = self.close_all(c, invs)
        self.apply(tinv, sub)
        self.short_paid.add(tinv["id"])
        apps.append((tinv, sub))
        sp = {"invoice_id": tinv["id"], "amount": money(tax), "reason": "sales tax deducted: customer is tax-exempt"}
        return (self.pay(c, amt, R.random() < 0.7, payer, ref, rem),
                lab("partial", apps, short_pay=sp,
                    reason="lump of %d invoices; %s short paid by its sales tax" % (len(lines), tinv["number"]),
                    scenario="tax_short_in_lump", note="one line of a multi-invoice remittance deducts tax"))

    OTHER_SHORT = [
        ("LESS FREIGHT {d} - FOB DESTINATION PER PO TERMS", "freight charge deducted (FOB destination)", 0.04),
        ("DEDUCTED {d} - 2 EA RETURNED DAMAGED, RMA {rma}", "returned damaged goods deducted", 0.18),
        ("PRICE ADJ {d} - PRICED PER STATE CONTRACT {k}", "pricing deducted to state contract price", 0.06),
        ("2% PROMPT PAY DISCOUNT TAKEN -{d}", "early payment discount taken", 0.02),
        ("Short {d}: item backordered / not received (line 3)", "item not received deducted", 0.12),
    ]

    def s_other_short(self):
        c, invs = self.pick_fresh(("state", "univ", "k12", "county", "hosp"), 1)
        if not c:
            return None
        inv = invs[0]
        b = self.led.bal[inv["id"]]
        tmpl, reason, frac = R.choice(self.OTHER_SHORT)
        d = led_round(b * frac * (1 if frac == 0.02 else R.uniform(0.6, 1.2)))
        if d <= 0 or d >= b:
            return None
        amt = b - d
        memo = tmpl.format(d=money_c(d), rma=R.randint(50000, 59999), k="%d" % R.randint(4400000000, 4499999999))
        ch = self.chan(c)
        if ch == "wire":
            ch = "eft"
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt, "gross": b, "why": reason.upper()[:30]}], ch, memo=memo)
        self.apply(inv, amt)
        self.short_paid.add(inv["id"])
        sp = {"invoice_id": inv["id"], "amount": money(d), "reason": reason}
        return (self.pay(c, amt, R.random() < 0.7, payer, ref, rem),
                lab("partial", [(inv, amt)], short_pay=sp, reason="%s short paid by %s: %s" % (inv["number"], money_c(d), reason),
                    scenario="deduction_short_pay", note="short pay with a stated reason"))

    def s_grant_partial(self):
        c, invs = self.pick_fresh(("univ", "hosp", "k12", "county"), 1)
        if not c:
            return None
        inv = invs[0]
        b = self.led.bal[inv["id"]]
        if b < 40000:
            return None
        amt = led_round(b * R.choice([0.25, 0.4, 0.5, 0.6, 0.75]))
        grant = R.choice(["NIH R01GM%06d" % noise(1, 999999), "NSF AWARD %07d" % R.randint(2000000, 2499999),
                          "ESSER III FUND 4425", "TITLE IV-A GRANT", "DOE DE-SC00%05d" % R.randint(1, 99999),
                          "CDC ELC COOP AGRMT", "FEMA HMGP DR-4%03d" % R.randint(100, 999)])
        memo = R.choice(["PARTIAL PAYMENT - GRANT FUNDED (%s). BALANCE TO FOLLOW NEXT DRAWDOWN",
                         "Partial payment from %s drawdown; remainder will be paid when funds are released",
                         "GRANT %s PARTIAL PMT - REMAINING BALANCE NEXT QUARTER"]) % grant
        ch = R.choice(["email", "ach", "check"])
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt}], ch, memo=memo)
        self.apply(inv, amt)
        self.partial_open.append(inv)
        return (self.pay(c, amt, R.random() < 0.7, payer, ref, rem),
                lab("partial", [(inv, amt)], reason="%s named; stated part payment (grant drawdown), balance stays open" % inv["number"],
                    scenario="grant_partial", note="part payment, not a deduction: short_pay is null"))

    def s_installment(self):
        c, invs = self.pick_fresh(("k12", "county", "hosp", "canada"), 1)
        if not c:
            return None
        inv = invs[0]
        b = self.led.bal[inv["id"]]
        if b < 60000:
            return None
        n = R.choice([2, 3, 4])
        amt = b // n
        memo = R.choice(["PMT 1 OF %d" % n, "INSTALLMENT 1/%d PER AGREED PLAN" % n, "1st of %d payments" % n])
        ch = self.chan(c)
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt}], ch, memo=memo)
        if ref and memo not in (ref or "") and rem is None:
            ref = ref + " " + memo
        self.apply(inv, amt)
        self.partial_open.append(inv)
        return (self.pay(c, amt, True, payer, ref, rem),
                lab("partial", [(inv, amt)], reason="%s named; first instalment (%s)" % (inv["number"], memo),
                    scenario="instalment_partial", note="part payment on a plan; short_pay null"))

    # unapplied ---------------------------------------------------------------
    def s_overpay(self):
        c, invs = self.pick_fresh(None, 1)
        if not c:
            return None
        inv = invs[0]
        b = self.led.bal[inv["id"]]
        kind = R.choice(["freight", "double", "typo", "round"])
        if kind == "freight":
            x = R.choice([4500, 7850, 12500, 2999])
            memo = "INCL FREIGHT %s" % money_c(x)
        elif kind == "double":
            x = b
            memo = None
        elif kind == "typo":
            x = 900 if b % 1000 < 100 else 9000
            memo = None
        else:
            x = 10000 - b % 10000 if b % 10000 else 10000
            memo = None
        amt = b + x
        ch = self.chan(c)
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": amt}], ch, memo=memo)
        apps = self.close_all(c, [inv])
        return (self.pay(c, amt, True, payer, ref, rem),
                lab("unapplied", apps, unapplied=x,
                    reason="%s named; payment exceeds its balance by %s, held on account" % (inv["number"], money_c(x)),
                    scenario="overpayment", note="overpayment (%s)" % kind))

    def s_overpay_total(self):
        pre = [i for i in self.led.invoices if i["id"] not in self.led.touched and
               0 < self.led.bal[i["id"]] < self.led.total_c(i)]
        if not pre:
            return None
        inv = R.choice(pre)
        c = self.led.cust_of(inv)
        b = self.led.bal[inv["id"]]
        t = self.led.total_c(inv)
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": t}], self.chan(c))
        apps = self.close_all(c, [inv])
        return (self.pay(c, t, True, payer, ref, rem, currency=inv["currency"]),
                lab("unapplied", apps, unapplied=t - b,
                    reason="%s named; pays the original total but only %s was open; remainder on account" % (inv["number"], money_c(b)),
                    scenario="overpay_original_total", note="invoice was partly paid before the snapshot"))

    def s_duplicate(self):
        pool = self.closed_log[:-12]
        if not pool:
            return None
        inv, a, c = R.choice(pool)
        self.closed_log.remove((inv, a, c))
        ch = self.chan(c)
        payer, ref, rem = render(self.led, c, [{"inv": inv, "paid": a}], ch)
        return (self.pay(c, a, True, payer, ref, rem, currency=inv["currency"]),
                lab("unapplied", (), unapplied=a,
                    reason="%s was already paid by an earlier payment in this file; second payment held on account" % inv["number"],
                    scenario="duplicate_payment", note="same invoice, same amount, paid twice"))

    def fits_something(self, c, amt, cur=None):
        bals = [self.led.bal[i["id"]] for i in self.led.open_of(c, cur)]
        if amt in bals:
            return True
        return any(bals[x] + bals[y] == amt for x in range(len(bals)) for y in range(x + 1, len(bals)))

    def s_known_nofit(self):
        c = R.choice(self.custs(("univ", "k12", "county", "hosp", "state", "canada")))
        amt = self.led.rand_amount(5000, 900000)
        if self.fits_something(c, amt):
            return None
        ch = R.choice(["none", "none", "ach"])
        payer = payer_for(c, "ach")
        ref = R.choice([None, "ACH CREDIT", "VENDOR PMT %s" % c["vendor_no"], "CCD PAYMENT"])
        return (self.pay(c, amt, True, payer, ref, None),
                lab("unapplied", (), unapplied=amt, reason="known customer; no reference and no open invoice or pair of invoices fits the amount",
                    scenario="known_customer_no_fit", note="held as unapplied cash on the customer account"))

    def s_ghost_ref(self):
        c = R.choice(self.custs(("univ", "k12", "county", "hosp", "state")))
        n = self.led.new_number()
        self.led.ghost_numbers.add(n)
        amt = self.led.rand_amount(5000, 900000)
        if self.fits_something(c, amt):
            return None
        payer = payer_for(c, "ach")
        ref = R.choice(["ACH CCD PMT INV %d", "CCD+ INV-%d", "PAYMENT INV#%d"]) % n
        return (self.pay(c, amt, True, payer, ref, None),
                lab("unapplied", (), unapplied=amt,
                    reason="references INV-%d, which is not an open invoice; amount fits nothing open" % n,
                    scenario="ref_not_open", note="invoice paid or never in this ledger; known customer, so unapplied cash"))

    def s_cross_currency(self):
        c = R.choice([x for x in self.led.customers if x["name"] in DUAL_CURRENCY])
        cad = [i for i in self.led.open_of(c, "CAD")]
        if not cad:
            return None
        inv = R.choice(cad)
        self.led.touched.add(inv["id"])
        b = self.led.bal[inv["id"]]
        self.xc = getattr(self, "xc", 0) + 1
        if self.xc % 2:
            amt = led_round(b * 0.7312)
            cur = "USD"
            why = "pays CAD invoice %s in USD (converted amount)" % inv["number"]
        else:
            usd = [i for i in self.led.open_of(c, "USD")]
            if not usd:
                return None
            u = R.choice(usd)
            self.led.touched.add(u["id"])
            amt = self.led.bal[u["id"]]
            cur = "CAD"
            inv = u
            why = "CAD payment whose amount equals USD invoice %s" % u["number"]
        if cur == "USD":
            if amt in self.led.used_amounts:
                return None
            self.led.used_amounts.add(amt)
        payer = trunc(c["payer"], 22)
        ref = "EFT PAYMENT %s" % tok(self.led, inv, "dash")
        return (self.pay(c, amt, True, payer, ref, None, currency=cur),
                lab("unapplied", (), unapplied=amt,
                    reason="%s; never applied across currencies, nothing open in %s fits" % (why, cur),
                    scenario="cross_currency", note="known customer, so held as unapplied cash"))

    # review ------------------------------------------------------------------
    def s_twin(self):
        c = R.choice(self.custs(("univ", "hosp", "k12", "county", "state")))
        a = self.led.rand_amount(30000, 2500000)
        i1 = self.led.add_invoice(c, total=a)
        i2 = self.led.add_invoice(c, total=a)
        for i in (i1, i2):
            self.led.touched.add(i["id"])
        pair = sorted([i1, i2], key=lambda i: (i["due_date"], i["number"]))
        ref = R.choice([None, "ACH CCD PMT", "ANNUAL SOFTWARE MAINT", "PO %s" % po_for(self.led, i1), "LAB SUPPLIES"])
        payer = payer_for(c, "ach")
        return (self.pay(c, a, True, payer, ref, None),
                lab("review", unapplied=a, candidates=[[pair[0]], [pair[1]]],
                    reason="two open invoices (%s, %s) have exactly this balance and nothing says which" % (pair[0]["number"], pair[1]["number"]),
                    scenario="twin_amount_review", note="candidates ranked oldest due date first"))

    def s_cross_customer(self):
        states = {}
        for c in self.custs(("state",)):
            states.setdefault(c["treasury"], []).append(c)
        treas = R.choice(sorted(states))
        c1, c2 = R.sample(states[treas], 2)
        a = self.led.rand_amount(30000, 2500000)
        i1 = self.led.add_invoice(c1, total=a)
        i2 = self.led.add_invoice(c2, total=a)
        for i in (i1, i2):
            self.led.touched.add(i["id"])
        pair = sorted([i1, i2], key=lambda i: (i["due_date"], i["number"]))
        ref = "CCD+ VCHR %s VEND %s" % (voucher(), R.choice([c1, c2])["vendor_no"]) if False else "CCD+ VCHR %s" % voucher()
        return (self.pay(c1, a, False, trunc(treas, R.choice([16, 22])), ref, None),
                lab("review", unapplied=a, candidates=[[pair[0]], [pair[1]]],
                    reason="state treasury payment with no invoice number; two agencies of %s have an open invoice of exactly this amount" % treas,
                    scenario="treasury_two_agencies_review", note="shared treasury payer name; candidates ranked oldest due date first"))

    def s_subset(self):
        c = R.choice(self.custs(("univ", "hosp", "county", "k12")))
        a = self.led.rand_amount(20000, 900000)
        b = self.led.rand_amount(20000, 900000)
        if a + b in self.led.used_amounts:
            return None
        self.led.used_amounts.add(a + b)
        ia = self.led.add_invoice(c, total=a)
        ib = self.led.add_invoice(c, total=b)
        ic = self.led.add_invoice(c, total=a + b)
        for i in (ia, ib, ic):
            self.led.touched.add(i["id"])
        payer = payer_for(c, "ach")
        pair = sorted([ia, ib], key=lambda i: (i["due_date"], i["number"]))
        return (self.pay(c, a + b, True, payer, R.choice([None, "ACH PAYMENT", "CCD VENDOR PMT"]), None),
                lab("review", unapplied=a + b, candidates=[[ic], pair],
                    reason="amount equals %s alone and also %s + %s" % (ic["number"], ia["number"], ib["number"]),
                    scenario="subset_ambiguity_review", note="single-invoice reading ranked first"))

    def s_remit_mismatch(self):
        c, invs = self.pick_fresh(("univ", "hosp", "county", "state"), 3, kmax=5)
        if not c:
            return None
        drop = R.choice(invs)
        paid_set = [i for i in invs if i is not drop]
        amt = sum(self.led.bal[i["id"]] for i in paid_set)
        lines = [{"inv": i, "paid": self.led.bal[i["id"]]} for i in invs]
        ch = R.choice(["email", "check"])
        payer, ref, rem = render(self.led, c, lines, ch)
        # the printed TOTAL / payment line shows the real (lower) cash amount
        rem = rem.replace("TOTAL %s" % money_c(sum(l["paid"] for l in lines)), "TOTAL %s" % money_c(amt))
        rem = rem.replace("A payment of $%s" % money_c(sum(l["paid"] for l in lines)), "A payment of $%s" % money_c(amt))
        for i in invs:
            self.led.touched.add(i["id"])
        return (self.pay(c, amt, True, payer, ref, rem),
                lab("review", unapplied=amt, candidates=[sorted(paid_set, key=lambda i: i["due_date"]), invs],
                    reason="remittance lists %d invoices totalling more than the cash; the cash equals the list without %s" % (len(invs), drop["number"]),
                    scenario="remittance_mismatch_review", note="which line was not paid is a guess; ask AP"))

    def s_ref_conflict(self):
        c, invs = self.pick_fresh(("univ", "hosp", "county", "k12", "state"), 2)
        if not c:
            return None
        x, y = invs[0], invs[1]
        amt = self.led.bal[y["id"]]
        payer, ref, rem = render(self.led, c, [{"inv": x, "paid": amt}], R.choice(["ach", "email"]))
        for i in (x, y):
            self.led.touched.add(i["id"])
        return (self.pay(c, amt, True, payer, ref, rem),
                lab("review", unapplied=amt, candidates=[[y], [x]],
                    reason="reference names %s but the amount is exactly the balance of %s" % (x["number"], y["number"]),
                    scenario="ref_amount_conflict_review", note="two readings; exact-amount invoice ranked first"))

    def s_unknown_amount(self):
        c, invs = self.pick_fresh(("univ", "k12", "county", "hosp"), 1)
        if not c:
            return None
        inv = invs[0]
        self.led.touched.add(inv["id"])
        amt = self.led.bal[inv["id"]]
        payer = R.choice(["US BANK CORP PMT SYS", "JPMC COMMERCIAL CARD", "BILL.COM PAYABLES", "PAYMODE-X",
                          "TREAS 310 MISC PAY"])
        return (self.pay(c, amt, False, payer, R.choice([None, "VENDOR PAYMENT", "PMT %s" % voucher()]), None),
                lab("review", unapplied=amt, candidates=[[inv]],
                    reason="payment service names no customer and no invoice; only the amount matches %s" % inv["number"],
                    scenario="unidentified_amount_match_review", note="amount match alone, payer unknown: propose, do not apply"))


# ---------------------------------------------------------------------------
# Stage 4: schedule, bad rows, replay check, output
# ---------------------------------------------------------------------------

PLAN = [
    ("s_ref_exact", 114), ("s_multi_exact", 35), ("s_ctx", 10), ("s_range", 8), ("s_amount_only", 20),
    ("s_name_only", 8), ("s_unknown_ref", 20), ("s_statement", 6), ("s_po_lookalike", 6),
    ("s_voucher_lookalike", 5), ("s_cad_exact", 12), ("s_cad_multi", 4), ("s_complete", 10),
    ("s_pcard", 14), ("s_tax_short", 14), ("s_tax_short_multi", 6), ("s_other_short", 10),
    ("s_grant_partial", 12), ("s_installment", 6), ("s_overpay", 10), ("s_overpay_total", 4),
    ("s_duplicate", 8), ("s_known_nofit", 8), ("s_ghost_ref", 4), ("s_cross_currency", 4),
    ("s_twin", 8), ("s_cross_customer", 5), ("s_subset", 5), ("s_remit_mismatch", 5),
    ("s_ref_conflict", 5), ("s_unknown_amount", 4),
]
DEPENDENT = {"s_duplicate", "s_complete"}


def business_days(start, end):
    d, out = start, []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def make_bad_rows(gen, led):
    """returns a list of (kind, payment-without-id/date, error text)."""
    bad = []
    c = R.choice(gen.custs(("univ",)))
    bad.append(("negative", {"amount": "-1842.16", "currency": "USD", "payer_name": trunc(c["payer"], 16),
                             "customer_id": c["id"], "reference": "ACH RETURN R01 INSUFFICIENT FUNDS",
                             "remittance": None}, "negative amount"))
    c = R.choice(gen.custs(("county",)))
    bad.append(("negative", {"amount": "-350.00", "currency": "USD", "payer_name": trunc(c["payer"], 22),
                             "customer_id": None, "reference": "REVERSAL OF CHECK DEPOSIT", "remittance": None},
                "negative amount"))
    bad.append(("currency", {"amount": "2310.00", "currency": "EUR", "payer_name": "MAX PLANCK GES FOERD",
                             "customer_id": None, "reference": "SEPA CT INV 4%05d" % R.randint(100, 59999),
                             "remittance": None}, "currency EUR: no open invoice is in EUR"))
    bad.append(("currency", {"amount": "48750.00", "currency": "MXN", "payer_name": "UNAM DGF",
                             "customer_id": None, "reference": "SPEI PAGO PROVEEDOR", "remittance": None},
                "currency MXN: no open invoice is in MXN"))
    for kind, amount, date_ in (("malformed", "12O4.50", "ok"), ("malformed", "1.204.50", "ok"),
                                ("missing_date", None, None), ("missing_date", None, "")):
        cc, invs = gen.pick_fresh(("univ", "k12", "hosp"), 1)
        inv = invs[0]
        led.touched.add(inv["id"])
        b = led.bal[inv["id"]]
        payer, ref, rem = render(led, cc, [{"inv": inv, "paid": b}], "ach")
        p = {"amount": amount if amount else money(b), "currency": "USD", "payer_name": payer,
             "customer_id": cc["id"], "reference": ref, "remittance": rem}
        if kind == "missing_date":
            p["_date"] = date_
            err = "missing date"
        else:
            err = "malformed amount %r" % amount
        bad.append((kind, p, err))
    return bad


def replay(invoices, payments, labels):
    """re-applies every label in file order; raises AssertionError on any inconsistency."""
    bal = {i["id"]: int(i["balance"].replace(".", "")) for i in invoices}
    cur = {i["id"]: i["currency"] for i in invoices}
    assert len(payments) == len(labels)
    for p, lb in zip(payments, labels):
        assert p["id"] == lb["payment_id"]
        if lb["status"] == "error":
            assert not lb["applications"] and lb.get("error")
            continue
        amt = int(p["amount"].replace(".", ""))
        s = int(lb["unapplied"].replace(".", ""))
        for a in lb["applications"]:
            c = int(a["amount"].replace(".", ""))
            assert cur[a["invoice_id"]] == p["currency"], (p["id"], "currency")
            assert 0 < c <= bal[a["invoice_id"]], (p["id"], a)
            bal[a["invoice_id"]] -= c
            s += c
        assert s == amt, (p["id"], s, amt)
        st = lb["status"]
        if st == "applied":
            assert lb["unapplied"] == "0.00" and lb["applications"] and lb["short_pay"] is None
            assert all(bal[a["invoice_id"]] == 0 for a in lb["applications"]), p["id"]
        elif st == "partial":
            assert lb["unapplied"] == "0.00" and any(bal[a["invoice_id"]] > 0 for a in lb["applications"])
            if lb["short_pay"]:
                sp = lb["short_pay"]
                assert int(sp["amount"].replace(".", "")) == bal[sp["invoice_id"]], p["id"]
        elif st == "unapplied":
            assert s > 0 and int(lb["unapplied"].replace(".", "")) > 0
        elif st == "review":
            assert not lb["applications"] and lb["candidates"] and lb["unapplied"] == p["amount"]
            for cset in lb["candidates"]:
                assert all(bal[i] > 0 and cur[i] == p["currency"] for i in cset["invoice_ids"]), p["id"]
        else:
            raise AssertionError(st)
    return bal


def main():
    customers = build_customers()
    led = Ledger(customers)
    build_base_invoices(led)
    gen = Gen(led)

    queue = []
    for name, n in PLAN:
        queue += [name] * n
    R.shuffle(queue)
    rows = []  # (payment, label)
    tries = 0
    fails, dropped = {}, []
    while queue:
        name = queue.pop(0)
        r = getattr(gen, name)()
        if r is None:
            tries += 1
            fails[name] = fails.get(name, 0) + 1
            if fails[name] > 60:
                dropped.append(name)
                continue
            queue.insert(min(len(queue), R.randint(3, 30)), name)
            continue
        rows.append(r)
    # bad rows at seeded positions
    assert len(dropped) <= 3, dropped
    bad = make_bad_rows(gen, led)
    for kind, p, err in bad:
        pos = R.randint(5, len(rows) - 5)
        rows.insert(pos, (p, {"status": "error", "applications": [], "unapplied": "0.00", "short_pay": None,
                              "candidates": [], "reason": err, "scenario": "bad_input_" + kind,
                              "note": "bad input row", "error": err}))
    # payment ids and dates
    days = business_days(date(2026, 1, 5), date(2026, 3, 31))
    n_dup = 2
    dates = sorted(R.choice(days) for _ in range(len(rows) + n_dup))
    used = set()
    payments, labels = [], []
    for k, (p, lb) in enumerate(rows):
        while True:
            pid = rid("pmt_", 12)
            if pid not in used:
                used.add(pid)
                break
        d = dates[k]
        q = {"id": pid}
        if "_date" in p:
            q["date"] = p["_date"]
        else:
            q["date"] = d.isoformat()
        for f in ("amount", "currency", "payer_name", "customer_id", "reference", "remittance"):
            q[f] = p[f]
        if q["remittance"] and "{date}" in q["remittance"]:
            q["remittance"] = q["remittance"].replace("{date}", d.strftime("%m/%d/%Y"))
        payments.append(q)
        out = {"payment_id": pid}
        out.update(lb)
        labels.append(out)
    # duplicate payment ids: an identical re-sent row right after its original, and a different
    # payment that reuses an earlier id
    ok_idx = [k for k, lb in enumerate(labels) if lb["status"] == "applied"]
    k1 = R.choice(ok_idx[20:120])
    dup = dict(payments[k1])
    payments.insert(k1 + 1, dup)
    labels.insert(k1 + 1, {"payment_id": dup["id"], "status": "error", "applications": [], "unapplied": "0.00",
                           "short_pay": None, "candidates": [], "reason": "duplicate payment id %s (identical row re-sent)" % dup["id"],
                           "scenario": "bad_input_duplicate_id", "note": "bank file re-sent the same line; the first one counts",
                           "error": "duplicate payment id"})
    c = R.choice(gen.custs(("k12",)))
    amt = led.rand_amount(5000, 400000)
    pos = len(payments) - R.randint(2, 8)
    k2 = R.choice([k for k in range(150, 250) if labels[k]["status"] != "error"])
    late = {"id": payments[k2]["id"], "date": payments[-1]["date"], "amount": money(amt), "currency": "USD",
            "payer_name": trunc(c["payer"], 22), "customer_id": c["id"], "reference": "CHECK NO %07d" % noise(10000, 9999999),
            "remittance": None}
    late["date"] = payments[pos - 1]["date"] if payments[pos - 1]["date"] else payments[pos - 2]["date"]
    payments.insert(pos, late)
    labels.insert(pos, {"payment_id": late["id"], "status": "error", "applications": [], "unapplied": "0.00",
                        "short_pay": None, "candidates": [], "reason": "duplicate payment id %s (already used by an earlier, different payment)" % late["id"],
                        "scenario": "bad_input_duplicate_id", "note": "id collision; the earlier payment keeps its label",
                        "error": "duplicate payment id"})

    invoices = sorted(led.invoices, key=lambda i: i["number"])
    replay(invoices, payments, labels)

    os.makedirs(OUT, exist_ok=True)
    for name, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")
    write_readme(customers, invoices, payments, labels)


def write_readme(customers, invoices, payments, labels):
    from collections import Counter
    st = Counter(lb["status"] for lb in labels)
    sc = Counter((lb["scenario"], lb["status"]) for lb in labels)
    pc = Counter(p["currency"] for p in payments)
    ic = Counter(i["currency"] for i in invoices)
    kinds = Counter(c["kind"] for c in customers)
    known = sum(1 for p in payments if p["customer_id"])
    rem = sum(1 for p in payments if p["remittance"])
    L = []
    w = L.append
    w("# Blind cash-application set `ledger_pubsec`")
    w("")
    w("Held-out test data for the `match` contract (`contracts/cash-application.md`), written only from the")
    w("contract. Generated by `python3 build.py` (stdlib, fixed seed, byte-for-byte reproducible);")
    w("`python3 check.py` re-derives every label from the three files and exits non-zero on a problem.")
    w("")
    w("## Theme")
    w("")
    w("Halvorsen Scientific & Technology, a US lab-supplies and IT-equipment reseller, sells to state agencies,")
    w("universities, school districts, counties and public hospitals, plus a few Canadian institutions billed in")
    w("CAD. Payments arrive as ACH CCD+ with state voucher numbers, CTX/EDI 820 addenda (`RMR*IV*...`), lockbox")
    w("checks and state/county warrants with a remittance stub, university AP payment-advice e-mails covering many")
    w("invoices, P-card merchant settlements net of card fees, Canadian EFT and wires. Payer names are upper-case")
    w("and truncated as banks show them (NACHA 16 characters, or 22), and state agencies often pay under the")
    w("shared treasury name (`STATE OF OHIO OBM`, `TEXAS COMPTROLLER`), so the name alone does not say which agency.")
    w("Vendor numbers, voucher numbers, PO numbers, check and warrant numbers appear everywhere.")
    w("")
    w("All names of companies are used only as realistic-looking payers; every number, id and amount is made up.")
    w("")
    w("## Files (`ledger_pubsec/`)")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | contract INVOICES: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date` |" % len(invoices))
    w("| `payments.json` | %d | contract PAYMENTS, oldest first: `id, date, amount, currency, payer_name, customer_id, reference, remittance` |" % len(payments))
    w("| `labels.json` | %d | expected MATCHES entry per payment, same order, plus `scenario`, `note` (and `error` on bad rows) |" % len(labels))
    w("")
    w("%d customers (%s). Invoices by currency: %s. Invoices are issued 2025-07-01 to 2025-12-18 with" % (
        len(customers), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), ", ".join("%s %d" % kv for kv in sorted(ic.items()))))
    w("net 30/45/60 terms; some were partly paid before the snapshot (`balance` < `total`). Invoice numbers are")
    w("`INV-4xxxxx`; bank and remittance text writes them as `INV-418203`, `INV 418203`, `INV#418203`, `INV418203`,")
    w("`Inv No. 418203` or bare `418203`. Payments are dated 2026-01-05 to 2026-03-31; by currency: %s." % (
        ", ".join("%s %d" % kv for kv in sorted(pc.items()))))
    w("%d of %d payments carry a `customer_id`; %d carry remittance text. Text is English, with a few" % (known, len(payments), rem))
    w("bilingual Canadian remittances (`Remittance / Avis de paiement`).")
    w("")
    w("## Counts by status")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("## Counts by scenario")
    w("")
    w("| scenario | status | n |")
    w("|---|---|---|")
    for (k, s2), n in sorted(sc.items(), key=lambda kv: (["applied", "partial", "unapplied", "review", "error"].index(kv[0][1]), -kv[1], kv[0][0])):
        w("| %s | %s | %d |" % (k, s2, n))
    w("")
    w("## Label conventions (where the contract is silent)")
    w("")
    for line in CONVENTIONS:
        w(line)
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


CONVENTIONS = [
    "- **Replay.** Labels assume every earlier payment was applied exactly as labelled. Error rows and `review`",
    "  rows change no balance.",
    "- **Amounts** in labels are decimal strings with two decimals. `applications` + `unapplied` = payment amount",
    "  on every non-error row; `unapplied` is `\"0.00\"` for `applied` and `partial`.",
    "- **`review`**: `applications` is `[]` and `unapplied` equals the whole payment. `candidates` is a list of",
    "  objects `{\"invoice_ids\": [...]}`, one per invoice set, best first. Ranking used: the set whose balances add",
    "  up to the payment before a set that is only named in the text; among equal readings, the single invoice",
    "  before a combination, then the oldest due date first. Candidates are open invoices in the payment currency.",
    "  Cases: two open invoices of the customer with the same balance and no reference; a state-treasury payment",
    "  (no customer id, no invoice number) whose amount is open at two agencies of that state; an amount equal to",
    "  one invoice and also to two others combined; a remittance listing more invoices than the cash covers; a",
    "  reference naming invoice X while the amount is exactly the balance of invoice Y; a payment service",
    "  (`PAYMODE-X`, `BILL.COM PAYABLES`...) naming no customer and no invoice whose amount matches one invoice.",
    "- **Applied without an invoice number** only when sure: a known `customer_id` and an amount equal to exactly",
    "  one open balance of that customer (no pair adds up to it either); a payer name that identifies exactly one",
    "  customer plus an amount no other open invoice in the ledger has; a statement payment equal to the",
    "  customer's entire open balance.",
    "- **Part payments** (grant drawdowns, `PMT 1 OF 3`) are `partial` with `short_pay: null`. A later payment",
    "  of the exact remaining balance is `applied`.",
    "- **Short pays with a stated reason** are `partial` with `short_pay = {invoice_id, amount, reason}` where",
    "  `amount` is what stays open on that invoice: sales tax deducted by a tax-exempt agency, freight,",
    "  returned goods, contract pricing, a prompt-pay discount, an item not received. In a multi-invoice lump",
    "  the other invoices close and the short pay names the one deducted line.",
    "- **P-card settlements net of the card fee** are treated as short pays: `partial`, the net applied to the",
    "  invoice named in the settlement detail, `short_pay.amount` = the fee, reason \"card processing fee\".",
    "- **`unapplied`**: an overpayment (invoice closed, remainder held; includes paying the original total of an",
    "  invoice that was partly paid before); a second payment of an invoice an earlier payment in this file",
    "  already closed (no applications); a known customer's payment that fits nothing, including one that",
    "  names an invoice number not in the ledger; a known customer paying a CAD invoice in USD, or a USD",
    "  invoice's amount in CAD (never across currencies; known customer, so held on account, not `review`).",
    "- **Numbers that are not invoice references**: a PO number or a zero-padded state voucher number whose",
    "  digits equal another customer's open invoice number (different amount). The label applies the invoice",
    "  the text calls an invoice; the decoy stays open.",
    "- **Error rows** (`status: \"error\"`): negative amount, currency that no invoice has (EUR, MXN), malformed",
    "  amount (`12O4.50`, `1.204.50`), missing date (`null` or `\"\"`), and a payment id already used by an",
    "  earlier row (one identical re-sent row directly after its original, one different payment reusing an",
    "  old id). They carry `applications: []`, `unapplied: \"0.00\"`, `short_pay: null`, `candidates: []` and an",
    "  `error` text. For a duplicated id, the first row is processed normally and only the later one is an error.",
    "  Malformed and missing-date rows otherwise look like a perfect match, so an engine that ignores the defect",
    "  applies cash it should not.",
    "- `reason` and `note` are free text for humans; `scenario` groups the rows. None of them is part of the",
    "  contract output.",
]


if __name__ == "__main__":
    main()
