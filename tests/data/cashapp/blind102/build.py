#!/usr/bin/env python3
"""Build blind cash-application set 374: india_industrial_components.

An Indian maker of industrial fasteners and engineered components billing
OEMs, dealers and export buyers in INR, USD, AED and EUR. Standard library
only, seed 374. Every scenario builds its payment and its intended label; the
label is then cross-checked against the written decision rules (check.decide)
and a draw that came out ambiguous by coincidence is redrawn.
"""
import json
import os
import random
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402  (decision rules + state, standard library only)

OUT = os.path.join(HERE, "india_industrial_components")
R = random.Random(374)
fmt = check.fmt

# ----------------------------------------------------------------- customers
# (id, legal name, segment, currencies with weights, invoice weight, name variants)
# variants: trading / parent / person / translit names never equal or prefix a legal name;
# "trunc" is how the bank cuts the legal name (checked to resolve to exactly one customer).
CUSTOMERS = [
    # --- Indian OEMs, INR, large
    ("C-1001", "Pratap Auto Components Pvt Ltd", "oem", {"INR": 1}, 9,
     {"trading": "PAC Pune Chakan Plant", "parent": "Pratap Group Holdings Ltd", "person": "Rakesh P Singh", "trunc": 20}),
    ("C-1002", "Shreeji Tractors & Implements Ltd", "oem", {"INR": 1}, 8,
     {"trading": "Shreeji Farm Equipment Divn", "translit": "Shriji Tractors and Implements", "trunc": 21}),
    ("C-1003", "Kaveri Earthmovers Ltd", "oem", {"INR": 1}, 7,
     {"parent": "KEL Infra Holdings Pvt Ltd", "translit": "Cauvery Earthmovers", "trunc": 18}),
    ("C-1004", "Deccan Rail Coach Components Pvt Ltd", "oem", {"INR": 1}, 6,
     {"trading": "DRCC Hosur Unit II", "trunc": 24}),
    ("C-1005", "Vardhman Pumps & Motors Pvt Ltd", "oem", {"INR": 1}, 6,
     {"trading": "Vardhaman Pumps Coimbatore", "person": "S Vardhan Jain", "trunc": 22}),
    ("C-1006", "Sahyadri Two Wheelers Ltd", "oem", {"INR": 1}, 8,
     {"parent": "Sahyadri Mobility Group Ltd", "trading": "SAHYADRI 2W AURANGABAD", "trunc": 20}),
    ("C-1007", "Narmada Wind Energy Systems Pvt Ltd", "oem", {"INR": 1}, 5,
     {"trading": "NWES Bharuch Works", "parent": "Narmada Renewables Ltd", "trunc": 24}),
    ("C-1008", "Ganga Switchgear Ltd", "oem", {"INR": 1}, 5,
     {"translit": "Gangaa Switch Gear", "trunc": 16}),
    ("C-1009", "Himalaya Agro Machines Pvt Ltd", "oem", {"INR": 1}, 4,
     {"trading": "HAM Baddi Plant", "trunc": 20}),
    ("C-1010", "Coromandel Heavy Engineering Ltd", "oem", {"INR": 1}, 6,
     {"parent": "Coromandel Industries Holdings", "trading": "CHE Ennore Yard", "trunc": 22}),
    ("C-1011", "Rajputana Cement Machinery Pvt Ltd", "oem", {"INR": 1}, 4,
     {"person": "Mahendra Singh Rathore", "trunc": 21}),
    ("C-1012", "Malabar Marine Engines Pvt Ltd", "oem", {"INR": 1}, 4,
     {"trading": "MME Kochi", "trunc": 20}),
    ("C-1013", "Vindhya Steel Structures Pvt Ltd", "oem", {"INR": 1}, 4,
     {"translit": "Vindhyachal Steel Structure", "trunc": 20}),
    ("C-1014", "Konkan Solar Mounting Systems Pvt Ltd", "oem", {"INR": 1}, 4,
     {"trading": "KSMS Ratnagiri", "trunc": 24}),
    ("C-1015", "Tirupati Agri Implements Pvt Ltd", "oem", {"INR": 1}, 3,
     {"translit": "Tirupathi Agri Implement", "trunc": 21}),
    ("C-1016", "Nilgiri Bus Body Builders Pvt Ltd", "oem", {"INR": 1}, 3,
     {"person": "K Ramasamy", "trunc": 20}),
    ("C-1017", "Aravali Electricals Pvt Ltd", "oem", {"INR": 1}, 3,
     {"translit": "Aravalli Electrical", "trunc": 18}),
    ("C-1018", "Chambal Process Equipment Works", "oem", {"INR": 1}, 3,
     {"trading": "CPEW Kota", "trunc": 22}),
    # --- Indian dealers and distributors, INR, smaller tickets
    ("C-2001", "Balaji Hardware Stores", "dealer", {"INR": 1}, 3,
     {"person": "Venkatesh Balaji", "translit": "Sri Balaaji Hardwares", "trunc": 16}),
    ("C-2002", "Om Sai Fasteners & Tools", "dealer", {"INR": 1}, 3,
     {"person": "Sainath Kulkarni", "trunc": 18}),
    ("C-2003", "New Bharat Bolt House", "dealer", {"INR": 1}, 3,
     {"person": "Harpreet Singh Bedi", "trading": "NBBH Ludhiana", "trunc": 16}),
    ("C-2004", "Jai Mata Di Hardware Mart", "dealer", {"INR": 1}, 2,
     {"person": "Sunil Kumar Gupta", "trunc": 18}),
    ("C-2005", "Patel Nut Bolt Centre", "dealer", {"INR": 1}, 3,
     {"person": "Jignesh R Patel", "trunc": 16}),
    ("C-2006", "Laxmi Engineering Stores", "dealer", {"INR": 1}, 2,
     {"translit": "Lakshmi Engg Stores", "trunc": 17}),
    ("C-2007", "Sri Venkateswara Fasteners", "dealer", {"INR": 1}, 3,
     {"translit": "Shri Venkateshwara Fastners", "person": "P Srinivasa Rao", "trunc": 20}),
    ("C-2008", "Gurukripa Machine Tools & Fasteners", "dealer", {"INR": 1}, 2,
     {"person": "Ashok Gurnani", "trunc": 20}),
    ("C-2009", "Al-Ameen Hardware", "dealer", {"INR": 1}, 2,
     {"person": "Mohd Ameenuddin", "trunc": 15}),
    ("C-2010", "Mahavir Steel & Fasteners", "dealer", {"INR": 1}, 3,
     {"person": "Pankaj Mahavir Shah", "translit": "Mahaveer Steels and Fastners", "trunc": 18}),
    ("C-2011", "Kamdhenu Industrial Supply Co", "dealer", {"INR": 1}, 2,
     {"trading": "KISCO Indore", "trunc": 20}),
    ("C-2012", "Punjab Bolt Emporium", "dealer", {"INR": 1}, 2,
     {"person": "Gurdeep Kaur", "trunc": 16}),
    ("C-2013", "Modern Fastener Agencies", "dealer", {"INR": 1}, 2,
     {"trading": "MFA Kolkata", "trunc": 18}),
    ("C-2014", "Annapurna Trading Company", "dealer", {"INR": 1}, 2,
     {"person": "Ramesh Annapurna Reddy", "trunc": 18}),
    # --- Indian SEZ unit billed in USD and INR
    ("C-3001", "Sterling Offshore Fabrication Pvt Ltd", "sez", {"USD": 2, "INR": 1}, 4,
     {"trading": "SOF Kakinada SEZ", "trunc": 24}),
    # --- US buyers, USD
    ("C-4001", "Midwest Fastener Supply Inc", "export", {"USD": 1}, 5,
     {"parent": "MFS Holdings Corp", "trading": "Midwest Fastener Co", "trunc": 22}),
    ("C-4002", "Keystone Equipment Parts LLC", "export", {"USD": 1}, 4,
     {"parent": "Keystone Industrial Group", "trunc": 20}),
    ("C-4003", "Pacific Rim Industrial Distributors Inc", "export", {"USD": 1}, 3,
     {"trading": "PRID Long Beach", "trunc": 24}),
    ("C-4004", "Lone Star Oilfield Hardware LLC", "export", {"USD": 1}, 3,
     {"trading": "LSOH Houston", "trunc": 22}),
    ("C-4005", "Great Lakes Tractor Parts Inc", "export", {"USD": 1}, 3,
     {"parent": "GLTP Acquisition Co", "trunc": 20}),
    # --- Gulf buyers, AED / USD
    ("C-5001", "Al Noor Industrial Supplies LLC", "gulf", {"AED": 3, "USD": 1}, 5,
     {"translit": "Al Nur Ind Supplies", "person": "Abdul Rahman Al Noori", "trunc": 20}),
    ("C-5002", "Gulf Fixings Trading FZE", "gulf", {"AED": 1}, 4,
     {"trading": "GFT Jebel Ali", "trunc": 17}),
    ("C-5003", "Al Mansoori Building Materials Trading LLC", "gulf", {"AED": 1}, 4,
     {"translit": "Almansouri Bldg Mat Trdg", "trunc": 24}),
    ("C-5004", "Emirates Steel Fabricators LLC", "gulf", {"AED": 1}, 3,
     {"parent": "ESF Group Holding", "trunc": 20}),
    ("C-5005", "Bin Rashid General Trading LLC", "gulf", {"AED": 2, "USD": 1}, 3,
     {"translit": "Ben Rasheed Gen Trading", "person": "Saeed Bin Rashid", "trunc": 20}),
    ("C-5006", "Hamdan Trading Establishment", "gulf", {"USD": 1}, 3,
     {"translit": "Hamdaan Trdg Est", "trunc": 18}),
    ("C-5007", "Qatar Marine Engineering WLL", "gulf", {"USD": 1}, 3,
     {"trading": "QME Doha", "trunc": 20}),
    ("C-5008", "Muscat Oilfield Supplies LLC", "gulf", {"USD": 1}, 2,
     {"translit": "Masqat Oil Field Supply", "trunc": 20}),
    # --- European buyers, EUR
    ("C-6001", "Bauer Verbindungstechnik GmbH", "eu", {"EUR": 1}, 5,
     {"parent": "Bauer Holding AG", "translit": "Bauer Verbindungs-Technik", "trunc": 20}),
    ("C-6002", "Lindqvist Maskin AB", "eu", {"EUR": 1}, 3,
     {"translit": "Lindkvist Maskin", "trunc": 15}),
    ("C-6003", "Officine Meccaniche Ferraris S.r.l.", "eu", {"EUR": 1}, 3,
     {"trading": "OMF Torino", "trunc": 22}),
    ("C-6004", "Van der Berg Bevestigingsmiddelen B.V.", "eu", {"EUR": 1}, 3,
     {"translit": "V.d. Berg Bevestiging", "trunc": 24}),
    ("C-6005", "Societe Lyonnaise de Fixation SAS", "eu", {"EUR": 1}, 3,
     {"trading": "SLF Lyon", "trunc": 22}),
    ("C-6006", "Kowalski Maszyny Sp. z o.o.", "eu", {"EUR": 1}, 2,
     {"person": "Tomasz Kowalski", "trunc": 16}),
    ("C-6007", "Industrias Navarro S.L.", "eu", {"EUR": 1}, 2,
     {"translit": "Ind. Navarro SL", "trunc": 17}),
]

# People and firms that are nobody's customer (unknown payers).
UNKNOWN_PAYERS = {
    "INR": ["Shree Ganesh Engg Works", "Arvind Kumar", "Sai Krupa Enterprises", "M/S R K Traders",
            "Vijaya Lakshmi Textiles", "Priya Sharma", "Orbit Logistics Pvt Ltd", "Kumar Brothers"],
    "USD": ["Global Trade Finance Ltd", "J Smith", "Atlas Procurement Services", "Delta Sourcing LLC"],
    "AED": ["Al Fajr Exchange", "Mohammed Saleh", "Desert Rose Trading"],
    "EUR": ["Hansa Factoring GmbH", "M. Dubois", "Nordic Supply Partners"],
}

RATES_PER_USD = {"USD": 1.0, "INR": 86.45, "AED": 3.6725, "EUR": 0.962}
BANKS_IN = ["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "YESB", "IDFB"]
SAFE_LETTERS = "ACDEFGHJKMNPQRTUVWXY"   # letters the reference parser never reads as digits

CUST = {c[0]: {"id": c[0], "name": c[1], "seg": c[2], "curs": c[3], "weight": c[4], "var": c[5]}
        for c in CUSTOMERS}

# ------------------------------------------------------------------ helpers


def minor(amount_major, cur):
    return int(round(amount_major * 10 ** check.CURRENCIES[cur]))


def group3(n):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    return ",".join([s] + parts)


def group_inr(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head] + parts + [tail])


def money_text(m, cur):
    """Amount as people write it in narration: always grouped, so it never reads as an invoice number."""
    whole, frac = divmod(m, 100)
    g = group_inr(whole) if cur == "INR" else group3(whole)
    return "%s.%02d" % (g, frac)


def cur_word(cur):
    return {"INR": R.choice(["Rs", "Rs.", "INR"]), "USD": "USD", "AED": "AED", "EUR": "EUR"}[cur]


def safe_alnum(n):
    chars = SAFE_LETTERS + "0123456789"
    s = [R.choice(chars) for _ in range(n)]
    s[R.randrange(n)] = R.choice(SAFE_LETTERS)
    return "".join(s)


def d_text(iso):
    y, m, d = iso.split("-")
    return R.choice(["%s.%s.%s" % (d, m, y), "%s/%s/%s" % (d, m, y[2:]), "%s-%s-%s" % (d, m, y)])


def num_of(iid):
    return check.number_value(ST.inv[iid]["number"])


STYLES = ["full", "nodash", "bare", "zero", "si_space", "si_slash", "inv", "invno", "hash", "bill",
          "lower", "si_dash_short"]


def spell(n, style=None):
    style = style or R.choice(STYLES)
    return {"full": "SI-%07d" % n, "nodash": "SI%07d" % n, "bare": "%d" % n, "zero": "%07d" % n,
            "si_space": "SI %d" % n, "si_slash": "SI/%d" % n, "inv": "INV %d" % n,
            "invno": "INV NO. %07d" % n, "hash": "Inv#%d" % n, "bill": "BILL NO %d" % n,
            "lower": "si-%07d" % n, "si_dash_short": "SI-%d" % n}[style]


def spell_ocr(n):
    digits = list("%07d" % n)
    swaps = {"0": "O", "1": R.choice(["I", "l"]), "8": "B", "5": "S", "2": "Z"}
    idx = [i for i, c in enumerate(digits) if c in swaps]
    R.shuffle(idx)
    for i in idx[:R.choice([1, 2, 2, 3])]:
        digits[i] = swaps[digits[i]]
    if sum(c.isdigit() for c in digits) < 3:
        return "SI-%07d" % n
    return R.choice(["SI-", "SI ", "INV NO: SI-", "S I-"]).replace("S I-", "SI -") + "".join(digits)


def typo_of(n):
    """A keying mistake: one digit changed, two adjacent digits swapped, or a digit dropped."""
    s = "%d" % n
    k = R.random()
    if k < 0.45:
        i = R.randrange(len(s))
        return int(s[:i] + R.choice([c for c in "0123456789" if c != s[i]]) + s[i + 1:])
    if k < 0.85:
        i = R.randrange(len(s) - 1)
        if s[i] == s[i + 1]:
            return typo_of(n)
        return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    i = R.randrange(1, len(s))
    return int(s[:i] + s[i + 1:])


def utr_neft():
    return "%sN25%03d%06d" % (R.choice(BANKS_IN), R.randint(60, 120), R.randint(0, 999999))


def utr_rtgs():
    return "%sR520250%d%02d%08d" % (R.choice(BANKS_IN), R.randint(3, 4), R.randint(1, 28), R.randint(0, 99999999))


def ifsc():
    return "%s0%06d" % (R.choice(BANKS_IN), R.randint(1, 999999))


def rrn():
    return "5%011d" % R.randint(0, 10 ** 11 - 1)


def ft_ref():
    return "FT25%03d%s" % (R.randint(60, 120), safe_alnum(6))


def vpa(name):
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:10]
    return base + R.choice(["@okhdfcbank", "@ybl", "@oksbi", "@okicici", "@paytm"])


def bank_reference(cid_or_seg, payer, ref, amount, cur, longtext=False):
    """Narration the bank shows for the credit. ref is the invoice text or None."""
    seg = CUST[cid_or_seg]["seg"] if cid_or_seg in CUST else cid_or_seg
    P = payer.upper()
    filler = R.choice(["PAYMENT", "VENDOR PMT", "SUPPLIER PAYMENT", "PMT", "BILL PAYMENT"])
    r = ref if ref else filler
    if cur != "INR":
        form = R.choice(["swift", "inward", "tt"])
        if form == "swift":
            return "SWIFT MT103 %s /ORD/%s /RFB/%s" % (ft_ref(), P[:35], r)
        if form == "inward":
            return "INWARD REMITTANCE %s %s %s" % (ft_ref(), P[:30], r)
        return "TT %s B/O %s DETAILS: %s" % (ft_ref(), P[:30], r)
    if seg == "dealer":
        ch = R.choice(["neft", "neft", "imps", "upi", "upi"] if amount <= 10000000 else ["neft", "rtgs"])
    else:
        ch = R.choice(["neft", "rtgs"] if amount >= 20000000 else ["neft", "neft", "imps"])
    if longtext:
        return R.choice([
            "NEFT CR-%s-%s-%s %s-%s" % (ifsc(), P, r, R.choice(["FEB BILL", "MAR PAYMT", "AGAINST SUPPLY", ""]), utr_neft()),
            "BY TRANSFER-NEFT*%s*%s*%s*%s" % (ifsc(), utr_neft(), P[:24], r),
            "RTGS CR %s %s %s TOWARDS %s" % (utr_rtgs(), ifsc(), P, r),
            "INF/NEFT/%s/%s/%s/PAYMENT OF %s" % (utr_neft(), ifsc(), P[:20], r),
        ])
    if ch == "neft":
        return "NEFT/%s/%s/%s" % (utr_neft(), P[:20], r)
    if ch == "rtgs":
        return "RTGS/%s/%s/%s" % (utr_rtgs(), P[:24], r)
    if ch == "imps":
        return "IMPS/P2A/%s/%s/%s" % (rrn(), P[:16], r)
    return "UPI/%s/%s/%s" % (rrn(), r, vpa(payer))


def cheque_reference(payer):
    return "CLG CHQ NO %d %s %s" % (R.randint(100000, 999999), R.choice(
        ["SBI", "HDFC BANK", "ICICI BANK", "CANARA BANK", "BANK OF BARODA"]), payer.upper()[:20])

# ------------------------------------------------------------------ invoices

RANGES = {  # (segment, currency): (low, high) in major units
    ("oem", "INR"): (18000, 2400000), ("dealer", "INR"): (3500, 320000),
    ("sez", "INR"): (20000, 850000), ("sez", "USD"): (1800, 42000),
    ("export", "USD"): (1500, 85000), ("gulf", "AED"): (4000, 260000), ("gulf", "USD"): (1000, 60000),
    ("eu", "EUR"): (1200, 70000),
}
TERMS = {"oem": [45, 60, 90], "dealer": [30, 45], "sez": [60, 90], "export": [60, 90],
         "gulf": [90, 120], "eu": [60, 90]}


def draw_total(seg, cur):
    lo, hi = RANGES[(seg, cur)]
    x = lo * (hi / lo) ** R.random()
    if cur == "INR":
        # GST invoices are rounded off to whole rupees most of the time
        return minor(round(x), cur) if R.random() < 0.85 else minor(round(x, 2), cur)
    return minor(round(x), cur) if R.random() < 0.25 else minor(round(x, 2), cur)


def make_invoices(n=1460):
    start, end = date(2024, 9, 2), date(2025, 2, 28)
    span = (end - start).days
    days = sorted(R.randrange(span + 1) for _ in range(n))
    ids = list(CUST)
    weights = [CUST[c]["weight"] for c in ids]
    number = 38214
    invs = []
    last_total = {}
    used_ids = set()
    for k in range(n):
        number += R.choices([1, 2, 3, 4, 5], [45, 28, 14, 8, 5])[0]
        cid = R.choices(ids, weights)[0]
        c = CUST[cid]
        cur = R.choices(list(c["curs"]), list(c["curs"].values()))[0]
        issue = start + timedelta(days=days[k])
        due = issue + timedelta(days=R.choice(TERMS[c["seg"]]))
        key = (cid, cur)
        if key in last_total and c["seg"] in ("dealer", "oem", "gulf") and R.random() < 0.03:
            total = R.choice(last_total[key])          # repeat order of the same kit / lot
        else:
            total = draw_total(c["seg"], cur)
        last_total.setdefault(key, []).append(total)
        bal = total
        if R.random() < 0.09 and total > minor(2000, cur):
            step = minor(1000 if cur == "INR" else 100, cur)
            paid = max(step, (int(total * R.uniform(0.2, 0.6)) // step) * step)
            if paid < total:
                bal = total - paid
        while True:
            iid = "inv_%012x" % R.getrandbits(48)
            if iid not in used_ids:
                used_ids.add(iid)
                break
        invs.append({"id": iid, "number": "SI-%07d" % number, "customer_id": cid, "customer_name": c["name"],
                     "currency": cur, "total": fmt(total, cur), "balance": fmt(bal, cur),
                     "issue_date": issue.isoformat(), "due_date": due.isoformat()})
    return invs


def payment_dates(n=400):
    start = date(2025, 3, 3)
    days = []
    d = start
    while d <= date(2025, 4, 30):
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return sorted(R.choice(days).isoformat() for _ in range(n))

# ----------------------------------------------------------------- scenarios
ST = None          # check.State, the balances as earlier payments left them
PAID_POOL = []     # (invoice_id, amount, customer_id) fully paid earlier in this batch
TOUCHED = set()    # invoices an earlier payment of this batch already applied to


def opens(cust=None, cur=None, minbal=1, segs=None, curs=None, fresh=True):
    """Open invoices; by default only those no earlier payment of the batch has touched."""
    out = []
    for i in ST.order:
        inv = ST.inv[i]
        if ST.bal[i] < minbal or (fresh and i in TOUCHED):
            continue
        if cust and inv["customer_id"] != cust:
            continue
        if cur and inv["currency"] != cur:
            continue
        if curs and inv["currency"] not in curs:
            continue
        if segs and CUST[inv["customer_id"]]["seg"] not in segs:
            continue
        out.append(i)
    return out


def pay(amount, cur, payer, cid, reference, remittance=None):
    return {"amount": fmt(amount, cur) if isinstance(amount, int) else amount, "currency": cur,
            "payer_name": payer, "customer_id": cid, "reference": reference, "remittance": remittance}


def legal(cid):
    return CUST[cid]["name"].upper() if R.random() < 0.7 else CUST[cid]["name"]


def applied(apps, cur):
    return check.out("applied", apps=apps, cur=cur)


def review(cands, amt, cur):
    return check.out("review", unapplied=fmt(amt, cur), candidates=cands)


def inv_line(iid, amt=None):
    inv = ST.inv[iid]
    cur = inv["currency"]
    amt = ST.bal[iid] if amt is None else amt
    return "%s dt %s %s %s" % (spell(num_of(iid), R.choice(["full", "full", "nodash", "bare", "si_dash_short"])),
                                d_text(inv["issue_date"]), cur_word(cur), money_text(amt, cur))


def sc_exact(mode):
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[iid]
    n = num_of(iid)
    payer, pcid = legal(cid), cid
    note = "reference names the invoice, amount is its open balance"
    rem = None
    if mode == "plain":
        ref = spell(n)
        refx = bank_reference(cid, payer, ref, amt, cur)
        if R.random() < 0.3:
            rem = "Payment advice: " + inv_line(iid)
        note += " (spelling %r)" % ref
    elif mode == "ocr":
        ref = spell_ocr(n)
        refx = cheque_reference(payer) if cur == "INR" else "LOCKBOX ITEM %s SCAN" % safe_alnum(8)
        rem = "REMITTANCE ADVICE (SCANNED) %s AMT %s" % (ref, money_text(amt, cur))
        note += " (OCR-read scan %r)" % ref
    elif mode == "bank_text":
        ref = spell(n, R.choice(["nodash", "bare", "si_dash_short", "full"]))
        refx = bank_reference(cid, payer, ref, amt, cur, longtext=True) if cur == "INR" else \
            "/INV/%s/%s/ORD/%s/BNF/ACME FASTENERS INDIA %s" % (ref, ft_ref(), payer.upper()[:30], safe_alnum(5))
        note += " inside longer bank text (%r)" % ref
    else:  # name_exact: bank gives no customer id, payer is the exact legal name
        ref = spell(n)
        payer, pcid = CUST[cid]["name"].upper(), None
        refx = bank_reference(cid, payer, ref, amt, cur)
        note = "no customer_id; payer is the exact legal name; reference and exact balance"
    if ST.bal[iid] != check.to_minor(inv["total"], cur):
        note += "; invoice was already part-paid, payment is the open balance"
    return pay(amt, cur, payer, pcid, refx, rem), applied([(iid, amt)], cur), note


def pick_customer_with(k, cur=None, segs=None):
    groups = {}
    for i in opens(cur=cur, segs=segs):
        inv = ST.inv[i]
        groups.setdefault((inv["customer_id"], inv["currency"]), []).append(i)
    keys = [g for g, v in groups.items() if len(v) >= k]
    if not keys:
        return None, None
    g = R.choice(sorted(keys))
    return g, groups[g]


def sc_multi_listed():
    g, ids = pick_customer_with(2)
    if not g:
        return None
    cid, cur = g
    chosen = R.sample(ids, R.choice([2, 2, 2, 3, 3, 4]) if len(ids) >= 4 else 2)
    chosen.sort(key=ST.key)
    amt = sum(ST.bal[i] for i in chosen)
    lines = [inv_line(i) for i in chosen]
    rem = R.choice(["Payment details:\n", "Remittance advice - invoices paid:\n", "We have paid the following bills: "]) + \
        ("\n" if R.random() < 0.5 else "; ").join(lines) + "\nTotal %s %s" % (cur_word(cur), money_text(amt, cur))
    payer = legal(cid)
    refx = bank_reference(cid, payer, None, amt, cur)
    return pay(amt, cur, payer, cid, refx, rem), applied([(i, ST.bal[i]) for i in chosen], cur), \
        "%d invoices listed in the remittance, amount is their sum" % len(chosen)


def sc_multi_unlisted():
    g, ids = pick_customer_with(2)
    if not g:
        return None
    cid, cur = g
    if 4 <= len(ids) <= 6 and R.random() < 0.4:
        chosen = list(ids)
        note = "no invoice named; amount clears the customer's whole open balance in %s (%d invoices)" % (cur, len(ids))
    else:
        chosen = R.sample(ids, R.choice([2, 2, 3]) if len(ids) >= 3 else 2)
        note = "no invoice named; amount is the exact sum of %d open invoices, and no other set of up to 3 fits" % len(chosen)
    amt = sum(ST.bal[i] for i in chosen)
    payer = legal(cid)
    refx = bank_reference(cid, payer, R.choice([None, "OUTSTANDING BILLS", "AGAINST SUPPLIES", "FEB MAR BILLS"]), amt, cur)
    rem = R.choice([None, None, "Being payment towards your outstanding as per our ledger."])
    return pay(amt, cur, payer, cid, refx, rem), applied([(i, ST.bal[i]) for i in sorted(chosen, key=ST.key)], cur), note


def sc_amount_only():
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[iid]
    payer = legal(cid)
    refx = bank_reference(cid, payer, None, amt, cur) if R.random() < 0.8 else cheque_reference(payer)
    return pay(amt, cur, payer, cid, refx, None), applied([(iid, amt)], cur), \
        "no reference; known customer; amount equals exactly one open invoice and no other set"


def sc_part():
    iid = R.choice(opens(minbal=1))
    inv = ST.inv[iid]
    cid, cur, bal = inv["customer_id"], inv["currency"], ST.bal[iid]
    step = minor(1000 if cur == "INR" else 100, cur)
    amt = (int(bal * R.choice([0.25, 0.3, 0.4, 0.5, 0.5, 0.6, 0.75])) // step) * step
    if amt <= 0 or amt >= bal:
        return None
    ref = spell(num_of(iid))
    rem = R.choice(["Part payment against %s. Balance to follow.",
                    "1st instalment towards %s as discussed",
                    "Partial payment for invoice %s - balance will follow next month",
                    "%s part pmt"]) % ref
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref if R.random() < 0.5 else None, amt, cur)
    return pay(amt, cur, payer, cid, refx, rem), check.out("partial", apps=[(iid, amt)], cur=cur), \
        "stated part payment; invoice stays open for %s" % fmt(bal - amt, cur)


def sc_short(kind):
    if kind == "withholding_tax":
        pool = opens(curs=["INR"], segs=["oem", "sez"], minbal=minor(50000, "INR"))
    elif kind in ("bank_fee", "fx_difference"):
        pool = opens(curs=["USD", "EUR", "AED"])
    else:
        pool = opens()
    iid = R.choice(pool)
    inv = ST.inv[iid]
    cid, cur, bal = inv["customer_id"], inv["currency"], ST.bal[iid]
    ref = spell(num_of(iid))
    if kind == "withholding_tax":
        sec, rate, label = R.choice([("194Q", 0.001, "0.1%"), ("194Q", 0.001, "0.1%"), ("194C", 0.02, "2%"), ("194C", 0.01, "1%")])
        ded = minor(round(bal / 100 * rate), cur)
        rem = R.choice(["%s gross %s %s less TDS u/s %s @%s %s %s net paid %s",
                        "Inv %s Amt %s %s TDS %s @ %s deducted %s %s Net %s"]) % (
            ref, cur_word(cur), money_text(bal, cur), sec, label, cur_word(cur), money_text(ded, cur), money_text(bal - ded, cur))
    elif kind == "bank_fee":
        ded = minor(R.choice([15, 18, 20, 25, 30, 35, 40, 45]) * (3 if cur == "AED" else 1), cur)
        rem = R.choice(["%s - %s %s deducted towards bank charges",
                        "Invoice %s, intermediary bank deducted %s %s",
                        "%s less correspondent bank charges %s %s"]) % (ref, cur, money_text(ded, cur))
    elif kind == "early_payment_discount":
        pct = R.choice([1, 1.5, 2, 2])
        ded = int(round(bal * pct / 100))
        rem = R.choice(["%s less %s%% cash discount for payment within 10 days",
                        "Paid %s early, %s%% early payment discount taken",
                        "%s - prompt payment discount %s%% deducted"]) % (ref, pct)
    elif kind == "damaged_goods":
        ded = int(bal * R.uniform(0.01, 0.08))
        if cur == "INR":
            ded = (ded // 100) * 100
        pcs = R.choice([40, 60, 120, 250, 500])
        part = R.choice(["M12 hex bolts", "M16 studs", "spring washers", "M10 flange nuts", "U-bolts"])
        rem = R.choice(["%s less debit note DN/24-25/%04d for %d pcs damaged %s",
                        "%s: %d pcs %s rejected at incoming QC (debit note %04d), value deducted",
                        "%s less value of damaged goods DN-%04d %d pcs %s"])
        if rem.startswith("%s:"):
            rem = rem % (ref, pcs, part, R.randint(100, 999))
        elif "DN-" in rem:
            rem = rem % (ref, R.randint(100, 999), pcs, part)
        else:
            rem = rem % (ref, R.randint(100, 999), pcs, part)
    else:  # fx_difference
        ded = int(bal * R.uniform(0.003, 0.015))
        rem = R.choice(["%s - short received due to exchange rate difference",
                        "Invoice %s; rate difference at remitting bank",
                        "%s paid in full in local currency, conversion shortfall %s %s"])
        rem = rem % ((ref, cur, money_text(ded, cur)) if rem.count("%s") == 3 else ref)
    if ded <= 0 or ded >= bal:
        return None
    amt = bal - ded
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref if R.random() < 0.6 else None, amt, cur)
    sp = {"invoice_id": iid, "amount": fmt(ded, cur), "reason": kind}
    return pay(amt, cur, payer, cid, refx, rem), check.out("partial", apps=[(iid, amt)], cur=cur, short_pay=sp), \
        "short pay, stated %s of %s %s" % (kind.replace("_", " "), cur, fmt(ded, cur))


def sc_unexplained():
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, bal = inv["customer_id"], inv["currency"], ST.bal[iid]
    ded = int(bal * R.uniform(0.004, 0.06))
    if R.random() < 0.3:
        ded = (ded // 100) * 100 + R.choice([0, 50, 99])
    if ded <= 0 or ded >= bal:
        return None
    amt = bal - ded
    ref = spell(num_of(iid))
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref, amt, cur)
    return pay(amt, cur, payer, cid, refx, None), \
        check.out("partial", apps=[(iid, amt)], cur=cur,
                  short_pay={"invoice_id": iid, "amount": fmt(ded, cur), "reason": "unexplained"}), \
        "reference names the invoice, payment %s %s short with no reason given: short pay, deduction case" % (cur, fmt(ded, cur))


def sc_overpay():
    partpaid = [i for i in opens() if ST.bal[i] < check.to_minor(ST.inv[i]["total"], ST.inv[i]["currency"])]
    if partpaid and R.random() < 0.45:
        iid = R.choice(partpaid)
        inv = ST.inv[iid]
        amt = check.to_minor(inv["total"], inv["currency"])
        note = "paid the invoice total although it was already part-paid; excess held on account"
    else:
        iid = R.choice(opens())
        inv = ST.inv[iid]
        bal = ST.bal[iid]
        cur = inv["currency"]
        if cur == "INR" and R.random() < 0.5:
            amt = ((bal // 100000) + 1) * 100000
            note = "paid rounded up to the next thousand; excess held on account"
        else:
            amt = bal + int(bal * R.uniform(0.01, 0.15))
            note = "paid more than the open balance (freight added by the buyer); excess held on account"
    cid, cur, bal = inv["customer_id"], inv["currency"], ST.bal[iid]
    if amt <= bal:
        return None
    ref = spell(num_of(iid))
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref, amt, cur)
    return pay(amt, cur, payer, cid, refx, None), \
        check.out("unapplied", apps=[(iid, bal)], cur=cur, unapplied=fmt(amt - bal, cur)), note


def sc_duplicate():
    if not PAID_POOL:
        return None
    iid, amt, cid = R.choice(PAID_POOL)
    inv = ST.inv[iid]
    cur = inv["currency"]
    ref = spell(num_of(iid))
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref, amt, cur)
    rem = R.choice([None, "Payment for %s" % ref])
    return pay(amt, cur, payer, cid, refx, rem), check.out("unapplied", unapplied=fmt(amt, cur)), \
        "second payment of %s, already paid earlier in this batch; held on account" % inv["number"]


def variant_names(cid):
    return [CUST[cid]["var"][k] for k in ("trading", "parent", "person", "translit") if k in CUST[cid]["var"]]


def variant_payer(cid):
    kinds = [k for k in ("trading", "parent", "person", "translit") if k in CUST[cid]["var"]]
    k = R.choice(kinds)
    return CUST[cid]["var"][k].upper(), k


def sc_name_variant(with_ref):
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[iid]
    payer, kind = variant_payer(cid)
    what = {"trading": "a trading/plant name", "parent": "the parent company", "person": "a person paying for the business",
            "translit": "a different transliteration"}[kind]
    if with_ref:
        ref = spell(num_of(iid))
        refx = bank_reference(cid, payer, ref, amt, cur)
        return pay(amt, cur, payer, None, refx, None), applied([(iid, amt)], cur), \
            "no customer_id; payer is %s (%r); reference and exact balance identify the invoice" % (what, payer)
    refx = bank_reference(cid, payer, None, amt, cur)
    return pay(amt, cur, payer, None, refx, None), review([[iid]], amt, cur), \
        "no customer_id, no reference; payer is %s (%r) the data cannot tie to a customer; one invoice has exactly this balance" % (what, payer)


def sc_truncated():
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[iid]
    payer = check.norm_name(CUST[cid]["name"])[:CUST[cid]["var"]["trunc"]]
    refx = bank_reference(cid, payer, None, amt, cur)
    return pay(amt, cur, payer, None, refx, None), applied([(iid, amt)], cur), \
        "no customer_id; payer is the bank-truncated legal name %r (prefix of one customer only); amount fits exactly one open invoice" % payer


def typo_missing(n):
    for _ in range(50):
        t = typo_of(n)
        if t not in ST.by_num and t >= 1000:
            return t
    return None


def sc_typo_missing(known):
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[iid]
    t = typo_missing(num_of(iid))
    if t is None:
        return None
    ref = spell(t)
    if known:
        payer = legal(cid)
        refx = bank_reference(cid, payer, ref, amt, cur)
        return pay(amt, cur, payer, cid, refx, None), applied([(iid, amt)], cur), \
            "reference %r is a mistyped %s (no such invoice); known customer, amount fits only that invoice" % (ref, inv["number"])
    payer, kind = variant_payer(cid)
    refx = bank_reference(cid, payer, ref, amt, cur)
    return pay(amt, cur, payer, None, refx, None), review([[iid]], amt, cur), \
        "reference %r is a mistyped %s (no such invoice); payer %r not tied to a customer; candidate only" % (ref, inv["number"], payer)


def near(a, b):
    sa, sb = "%d" % a, "%d" % b
    if len(sa) != len(sb):
        return False
    diff = [i for i in range(len(sa)) if sa[i] != sb[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and sa[diff[0]] == sb[diff[1]] and sa[diff[1]] == sb[diff[0]]


def sc_typo_conflict():
    pairs = []
    for y in opens():
        inv = ST.inv[y]
        for x in opens(cust=inv["customer_id"], cur=inv["currency"]):
            if x != y and ST.bal[x] != ST.bal[y] and near(num_of(x), num_of(y)):
                pairs.append((y, x))
    if not pairs:
        return None
    y, x = R.choice(pairs)
    inv = ST.inv[y]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[y]
    ref = spell(num_of(x))
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref, amt, cur)
    return pay(amt, cur, payer, cid, refx, None), review([[y], [x]], amt, cur), \
        "reference %r names %s but the amount is exactly the balance of %s (one digit apart): likely typo, not certain" % (
            ref, ST.inv[x]["number"], inv["number"])


def sc_other_customer():
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur = inv["customer_id"], inv["currency"]
    others = [o for o in opens(cur=cur) if ST.inv[o]["customer_id"] != cid]
    z = R.choice(others)
    if R.random() < 0.6:
        amt = ST.bal[iid]
        lab = review([[iid]], amt, cur)
        note = "reference names %s of %s; the payer's own %s has exactly this balance" % (
            ST.inv[z]["number"], ST.inv[z]["customer_name"], inv["number"])
    else:
        amt = ST.bal[z]
        lab = review([], amt, cur)
        note = "reference and amount fit %s of another customer (%s); nothing of the payer's fits" % (
            ST.inv[z]["number"], ST.inv[z]["customer_name"])
    ref = spell(num_of(z))
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref, amt, cur)
    return pay(amt, cur, payer, cid, refx, None), lab, note


def sc_same_amount():
    groups = {}
    for i in opens():
        inv = ST.inv[i]
        groups.setdefault((inv["customer_id"], inv["currency"], ST.bal[i]), []).append(i)
    keys = sorted(k for k, v in groups.items() if len(v) >= 2)
    if not keys:
        return None
    k = R.choice(keys)
    cid, cur, amt = k
    ids = sorted(groups[k], key=ST.key)
    payer = legal(cid)
    refx = bank_reference(cid, payer, R.choice([None, "REPEAT ORDER", "HEX BOLT SUPPLY"]), amt, cur)
    return pay(amt, cur, payer, cid, refx, None), review([[i] for i in ids], amt, cur), \
        "no invoice named; %d open invoices of this customer have exactly this balance" % len(ids)


def sc_currency_mismatch():
    pool = [i for i in opens() if len(CUST[ST.inv[i]["customer_id"]]["curs"]) > 1 or CUST[ST.inv[i]["customer_id"]]["seg"] == "eu"]
    iid = R.choice(pool)
    inv = ST.inv[iid]
    cid, cur, bal = inv["customer_id"], inv["currency"], ST.bal[iid]
    options = [c for c in CUST[cid]["curs"] if c != cur] or ["USD"]
    pcur = R.choice(options)
    amt = int(round(bal * RATES_PER_USD[pcur] / RATES_PER_USD[cur] * R.uniform(0.985, 1.01)))
    ref = spell(num_of(iid))
    payer = legal(cid)
    refx = bank_reference(cid, payer, ref, amt, pcur)
    return pay(amt, pcur, payer, cid, refx, None), review([[iid]], amt, pcur), \
        "pays %s in %s for a %s invoice: cannot apply across currencies" % (inv["number"], pcur, cur)


def sc_unapplied_known():
    cid = R.choice(sorted(CUST))
    cur = R.choice(sorted(CUST[cid]["curs"]))
    lo, hi = RANGES[(CUST[cid]["seg"], cur)]
    amt = minor(round(lo * (hi / lo) ** R.random(), -2 if R.random() < 0.6 else 0), cur)
    payer = legal(cid)
    txt = R.choice([None, "ADVANCE AGAINST PO %d" % R.randint(4500000000, 4509999999), "ON ACCOUNT", "ADV FOR APRIL SCHEDULE"])
    refx = bank_reference(cid, payer, txt, amt, cur)
    return pay(amt, cur, payer, cid, refx, None), check.out("unapplied", unapplied=fmt(amt, cur)), \
        "known customer, no invoice named and no open invoice set fits: held on account"


def sc_unknown(match):
    if match:
        iid = R.choice(opens())
        cur, amt = ST.inv[iid]["currency"], ST.bal[iid]
        lab = review([[iid]], amt, cur)
        note = "payer unknown, no reference; one open invoice (%s) has exactly this balance" % ST.inv[iid]["number"]
    else:
        cur = R.choice(["INR", "INR", "INR", "USD", "AED", "EUR"])
        amt = minor(round(R.uniform(2000, 400000) / (RATES_PER_USD["INR"] / RATES_PER_USD[cur]), 2), cur)
        lab = review([], amt, cur)
        note = "payer unknown, no reference, no open invoice fits"
    payer = R.choice(UNKNOWN_PAYERS[cur])
    refx = bank_reference("dealer" if cur == "INR" else "export", payer, None, amt, cur)
    return pay(amt, cur, payer, None, refx, None), lab, note


def sc_multi_ref_short():
    g, ids = pick_customer_with(2, cur="INR", segs=["oem"])
    if not g:
        return None
    cid, cur = g
    chosen = sorted(R.sample(ids, 2 if len(ids) < 3 else R.choice([2, 3])), key=ST.key)
    gross = sum(ST.bal[i] for i in chosen)
    tds = minor(round(gross / 100 * 0.001), cur) or minor(1, cur)
    amt = gross - tds
    rem = "Bills paid: " + "; ".join(inv_line(i) for i in chosen) + \
        " less TDS u/s 194Q %s %s net %s" % (cur_word(cur), money_text(tds, cur), money_text(amt, cur))
    payer = legal(cid)
    refx = bank_reference(cid, payer, None, amt, cur)
    return pay(amt, cur, payer, cid, refx, rem), review([chosen], amt, cur), \
        "%d invoices listed with one TDS figure for all: which invoice carries the short is not stated" % len(chosen)


BAD_KINDS = ["non_numeric_amount", "non_numeric_amount", "negative_amount", "missing_currency",
             "invalid_currency", "malformed_date", "malformed_date"]


def sc_bad(kind, day):
    iid = R.choice(opens())
    inv = ST.inv[iid]
    cid, cur, amt = inv["customer_id"], inv["currency"], ST.bal[iid]
    ref = spell(num_of(iid))
    p = pay(amt, cur, legal(cid), cid, bank_reference(cid, legal(cid), ref, amt, cur), None)
    if kind == "non_numeric_amount":
        p["amount"] = R.choice(["NIL", "4S,000.OO", "see advice", ""])
        note = "amount %r is not a number" % p["amount"]
    elif kind == "negative_amount":
        p["amount"] = "-" + fmt(amt, cur)
        p["reference"] = "RETURN " + p["reference"]
        note = "negative amount (a returned credit)"
    elif kind == "missing_currency":
        p["currency"] = None
        note = "currency missing"
    elif kind == "invalid_currency":
        p["currency"] = R.choice(["RS", "US$", "INRR", "DHS"])
        note = "currency %r is not a valid code" % p["currency"]
    else:
        y, m, d = day.split("-")
        p["date"] = R.choice(["%s/%s/%s" % (d, m, y), "%s-02-30" % y, "%s-%s-%s" % (y, m, "00")])
        note = "date %r is not a valid ISO date" % p["date"]
    return p, check.out("review", unapplied="0.00", error=kind), note + "; the row references %s with its exact balance" % inv["number"]

# ---------------------------------------------------------------------- main

PLAN = [
    ("exact_ref", lambda d: sc_exact("plain"), 64),
    ("exact_ref_ocr", lambda d: sc_exact("ocr"), 14),
    ("exact_ref_in_bank_text", lambda d: sc_exact("bank_text"), 30),
    ("exact_ref_no_customer_id", lambda d: sc_exact("name_exact"), 6),
    ("multi_invoice_listed", lambda d: sc_multi_listed(), 28),
    ("multi_invoice_unlisted_sum", lambda d: sc_multi_unlisted(), 14),
    ("amount_only_unique", lambda d: sc_amount_only(), 20),
    ("part_payment", lambda d: sc_part(), 18),
    ("short_pay_withholding_tax", lambda d: sc_short("withholding_tax"), 12),
    ("short_pay_bank_fee", lambda d: sc_short("bank_fee"), 8),
    ("short_pay_discount", lambda d: sc_short("early_payment_discount"), 7),
    ("short_pay_damaged_goods", lambda d: sc_short("damaged_goods"), 6),
    ("fx_shortfall", lambda d: sc_short("fx_difference"), 8),
    ("unexplained_short", lambda d: sc_unexplained(), 12),
    ("overpayment", lambda d: sc_overpay(), 14),
    ("duplicate_payment", lambda d: sc_duplicate(), 10),
    ("payer_name_variant_ref", lambda d: sc_name_variant(True), 28),
    ("payer_name_variant_no_ref", lambda d: sc_name_variant(False), 10),
    ("bank_truncated_name", lambda d: sc_truncated(), 7),
    ("typo_ref_known_customer", lambda d: sc_typo_missing(True), 8),
    ("typo_ref_hits_other_invoice", lambda d: sc_typo_conflict(), 7),
    ("typo_ref_unknown_payer", lambda d: sc_typo_missing(False), 5),
    ("reference_other_customer", lambda d: sc_other_customer(), 8),
    ("same_amount_several_invoices", lambda d: sc_same_amount(), 12),
    ("currency_mismatch", lambda d: sc_currency_mismatch(), 8),
    ("unapplied_known_customer", lambda d: sc_unapplied_known(), 12),
    ("unknown_payer_no_match", lambda d: sc_unknown(False), 8),
    ("unknown_payer_amount_match", lambda d: sc_unknown(True), 5),
    ("multi_invoice_short_unallocated", lambda d: sc_multi_ref_short(), 4),
]


def same(lab, want):
    def apps(x):
        return sorted((a["invoice_id"], a["amount"]) for a in x)
    return (lab["status"] == want["status"] and apps(lab["applications"]) == apps(want["applications"])
            and lab["unapplied"] == want["unapplied"] and lab["short_pay"] == want["short_pay"]
            and [sorted(c) for c in lab["candidates"]] == [sorted(c) for c in want["candidates"]]
            and lab.get("error") == want.get("error"))


def sanity(st):
    for cid, c in CUST.items():
        for v in variant_names(cid):
            assert st.resolve_name(v) is None, (cid, v)
        t = check.norm_name(c["name"])[:c["var"]["trunc"]]
        assert st.resolve_name(t) == cid, (cid, t)
        assert len(t) < len(check.norm_name(c["name"])), (cid, t)
    for cur, names in UNKNOWN_PAYERS.items():
        for v in names:
            assert st.resolve_name(v) is None, v


def main():
    global ST
    invoices = make_invoices()
    ST = check.State(invoices)
    sanity(ST)
    plan = []
    for name, fn, k in PLAN:
        plan += [(name, fn)] * k
    plan += [("bad_row", kind) for kind in BAD_KINDS]
    assert len(plan) == 400, len(plan)
    R.shuffle(plan)
    # duplicates need earlier payments of the same invoice: keep them in the later part of the batch
    for i in range(len(plan)):
        if plan[i][0] == "duplicate_payment" and i < 140:
            j = R.randrange(140, len(plan))
            while plan[j][0] == "duplicate_payment":
                j = R.randrange(140, len(plan))
            plan[i], plan[j] = plan[j], plan[i]
    days = payment_dates(len(plan))
    payments, labels = [], []
    redraws = {}
    for k, (name, fn) in enumerate(plan):
        pid = "p-%04d" % (k + 1)
        for attempt in range(400):
            if name == "bad_row":
                got = sc_bad(fn, days[k])
            else:
                got = fn(days[k])
            if got is None:
                continue
            core, lab, note = got
            p = {"id": pid, "date": core.pop("date", days[k])}
            p.update(core)
            p = {f: p[f] for f in check.PAYMENT_FIELDS}
            want = check.decide(p, ST)
            if same(lab, want):
                break
            redraws[name] = redraws.get(name, 0) + 1
        else:
            raise SystemExit("could not draw an unambiguous %s at %s" % (name, pid))
        label = {"payment_id": pid, "status": want["status"], "applications": want["applications"],
                 "unapplied": want["unapplied"], "short_pay": want["short_pay"], "candidates": lab["candidates"],
                 "reason": want["reason"], "scenario": name, "note": note}
        if "error" in want:
            label["error"] = want["error"]
        ST.apply(label)
        TOUCHED.update(a["invoice_id"] for a in label["applications"])
        if name.startswith("exact_ref") and len(label["applications"]) == 1 and p["customer_id"]:
            iid = label["applications"][0]["invoice_id"]
            if ST.bal[iid] == 0:
                PAID_POOL.append((iid, check.to_minor(p["amount"], p["currency"]), p["customer_id"]))
        payments.append(p)
        labels.append(label)
    os.makedirs(OUT, exist_ok=True)
    for fname, obj in (("invoices.json", invoices), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, fname), "w") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")
    counts = {}
    for lab in labels:
        counts[lab["scenario"]] = counts.get(lab["scenario"], 0) + 1
    print("invoices", len(invoices), "payments", len(payments))
    print("redraws (ambiguous by coincidence)", redraws)
    for s, n in sorted(counts.items()):
        print("  %-36s %d" % (s, n))


if __name__ == "__main__":
    main()
