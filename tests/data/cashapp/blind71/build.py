#!/usr/bin/env python3
"""Blind cash-application ledger: engineering-equipment supplier (pumps, generators),
Gulf + Africa customers. Deterministic, stdlib only. Writes invoices.json, payments.json,
labels.json, README.md next to this file."""
import json, os, random, datetime as dt
from collections import Counter

R = random.Random(24202611)
HERE = os.path.dirname(os.path.abspath(__file__))
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

def money(c):
    return "%d.%02d" % (c // 100, c % 100)

def fmt_th(c):  # 1,234,567.89
    return "{:,}".format(c // 100) + ".%02d" % (c % 100)

# ---------------------------------------------------------------- customers
# (country, currencies, legal name, bank spellings)
CUST = [
 ("AE", ["AED", "USD"], "Al Fahim Contracting LLC", ["AL FAHIM CONTRACTING L.L.C", "ALFAHEEM CONTG LLC", "AL FAHIM CONTRACTING"]),
 ("AE", ["AED"], "Bin Rashid Marine Works LLC", ["BIN RASHID MARINE WORKS L.L.C", "BIN RASHED MARINE WRKS"]),
 ("AE", ["AED", "USD"], "Desert Falcon Power Solutions FZE", ["DESERT FALCON POWER SOLUTIONS FZE", "DESERT FALCON POWER SOL"]),
 ("AE", ["AED"], "Al Noor Building Contracting LLC", ["AL NOOR BLDG CONTG LLC", "AL NOOR BUILDING CONTRACTING"]),
 ("AE", ["AED"], "Al Noor Electromechanical Works LLC", ["AL NOOR ELECTROMECH WORKS", "AL NOOR E M WORKS LLC"]),
 ("AE", ["AED"], "Khor Dubai Pipeline Services LLC", ["KHOR DUBAI PIPELINE SVCS", "KHOR DUBAI PIPELINE SERVICES L"]),
 ("AE", ["AED"], "Emirates Cooling Towers Trading", ["EMIRATES COOLING TOWERS TRDG", "EMIRATES COOLING TOWERS"]),
 ("AE", ["AED", "USD"], "Saif Al Qassimi General Contracting", ["SAIF ALQASIMI GEN CONTG", "SAIF AL QASSIMI GENERAL CONTRACT"]),
 ("AE", ["AED"], "Sharjah Dewatering Company", ["SHARJAH DEWATERING CO", "SHJ DEWATERING COMPANY"]),
 ("AE", ["AED"], "Hatta Hydro Engineering LLC", ["HATTA HYDRO ENGG LLC", "HATTA HYDRO ENGINEERING"]),
 ("SA", ["SAR"], "Abdulrahman Al-Otaibi Contracting Est.", ["ABDULRAHMAN ALOTAIBI CONT EST", "ABDUL RAHMAN AL OTAIBY CONTRACTING"]),
 ("SA", ["SAR"], "Al-Qahtani Pumps & Irrigation Co.", ["ALQAHTANI PUMPS AND IRRIGATION", "AL QAHTANI PUMPS IRRIG CO"]),
 ("SA", ["SAR", "USD"], "Najd Mechanical Industries Co.", ["NAJD MECHANICAL INDUSTRIES CO", "NAJD MECH IND CO"]),
 ("SA", ["SAR"], "Eastern Province Utilities Contracting", ["EASTERN PROVINCE UTIL CONTG", "E.P. UTILITIES CONTRACTING"]),
 ("SA", ["SAR"], "Al-Shehri Water Works Est.", ["AL SHEHRI WATER WORKS EST", "ALSHAHRI WATERWORKS"]),
 ("SA", ["SAR"], "Jeddah Coastal Contractors Co.", ["JEDDAH COASTAL CONTRACTORS", "JEDDAH COASTAL CONTR CO"]),
 ("SA", ["SAR"], "Mohammed Al-Harbi Sons Trading", ["MOHAMMED ALHARBI SONS TRDG", "MOHAMMAD AL HARBY AND SONS"]),
 ("SA", ["SAR"], "Tabuk Power Rental Co.", ["TABUK POWER RENTAL CO", "TABOUK POWER RENTAL"]),
 ("SA", ["SAR"], "Riyadh Fluid Systems Est.", ["RIYADH FLUID SYSTEMS EST", "RIYAD FLUID SYS"]),
 ("QA", ["QAR"], "Al Khor Infrastructure WLL", ["AL KHOR INFRASTRUCTURE W.L.L", "ALKHOR INFRA WLL"]),
 ("QA", ["QAR", "USD"], "Doha Pearl Mechanical WLL", ["DOHA PEARL MECHANICAL W L L", "DOHA PEARL MECH"]),
 ("QA", ["QAR"], "Lusail Utility Contractors WLL", ["LUSAIL UTILITY CONTRACTORS", "LUSAIL UTIL CONTR WLL"]),
 ("QA", ["QAR"], "Al Mannai Site Services WLL", ["AL MANNAI SITE SERVICES", "ALMANAI SITE SVCS WLL"]),
 ("QA", ["QAR"], "Al Thani Pump Stations Trading", ["AL THANI PUMP STATIONS TRDG", "ALTHANI PUMP STN"]),
 ("EG", ["EGP", "USD"], "El Sewedy Site Engineering SAE", ["EL SEWEDY SITE ENGINEERING", "ELSWEDY SITE ENG S.A.E"]),
 ("EG", ["EGP"], "Nile Delta Irrigation Contractors", ["NILE DELTA IRRIGATION CONTR", "NILE DELTA IRRIG CONTRACTORS"]),
 ("EG", ["EGP"], "Abdel Fattah Hassan & Partners", ["ABDELFATTAH HASSAN AND PARTNERS", "ABD EL FATAH HASAN PARTNERS"]),
 ("EG", ["EGP"], "Suez Canal Dredging Services", ["SUEZ CANAL DREDGING SVCS", "SUEZ CANAL DREDGING SERVICES"]),
 ("EG", ["EGP", "USD"], "Cairo Heliopolis Power Systems", ["CAIRO HELIOPOLIS POWER SYS", "HELIOPOLIS POWER SYSTEMS"]),
 ("EG", ["EGP"], "Aswan Water Engineering Co.", ["ASWAN WATER ENGINEERING", "ASWAN WATER ENG CO"]),
 ("KE", ["KES"], "Kamau & Otieno Builders Ltd", ["KAMAU AND OTIENO BUILDERS LTD", "KAMAU OTIENO BLDRS"]),
 ("KE", ["KES", "USD"], "Rift Valley Boreholes Ltd", ["RIFT VALLEY BOREHOLES LTD", "RIFT VALLEY BOREHOLE"]),
 ("KE", ["KES"], "Mombasa Port Engineering Ltd", ["MOMBASA PORT ENGINEERING", "MSA PORT ENG LTD"]),
 ("KE", ["KES"], "Nakuru Agro Pumps Ltd", ["NAKURU AGRO PUMPS LTD", "NAKURU AGROPUMPS"]),
 ("KE", ["KES"], "Wanjiru Civil Works Ltd", ["WANJIRU CIVIL WORKS LTD", "WANJIRU CIVIL"]),
 ("KE", ["KES"], "Kisumu Lakeside Contractors", ["KISUMU LAKESIDE CONTRACTORS", "KSM LAKESIDE CONTR"]),
 ("NG", ["NGN"], "Adebayo Okonkwo Construction Ltd", ["ADEBAYO OKONKWO CONSTRUCTION LTD", "ADEBAYO OKONKWO CONST"]),
 ("NG", ["NGN", "USD"], "Lekki Power Systems Ltd", ["LEKKI POWER SYSTEMS LTD", "LEKKI PWR SYS"]),
 ("NG", ["NGN"], "Chukwuemeka Engineering Nig. Ltd", ["CHUKWUEMEKA ENGINEERING NIG LTD", "CHUKWUEMEKA ENGR"]),
 ("NG", ["NGN"], "Kano Waterworks Contractors Ltd", ["KANO WATERWORKS CONTRACTORS", "KANO WATERWORKS CONT"]),
 ("NG", ["NGN"], "Port Harcourt Marine Pumps Ltd", ["PORT HARCOURT MARINE PUMPS", "PH MARINE PUMPS LTD"]),
 ("NG", ["NGN"], "Oluwaseun Facilities Ltd", ["OLUWASEUN FACILITIES LTD", "OLUWASEUN FACILITIES"]),
 ("ZA", ["ZAR"], "Mabena Civils (Pty) Ltd", ["MABENA CIVILS PTY LTD", "MABENA CIV"]),
 ("ZA", ["ZAR"], "Van der Merwe Boorgate (Pty) Ltd", ["VAN DER MERWE BOORGATE", "VDM BOORGATE PTY"]),
 ("ZA", ["ZAR", "USD"], "Nkosi Mining Services (Pty) Ltd", ["NKOSI MINING SERVICES PTY LTD", "NKOSI MINING"]),
 ("ZA", ["ZAR"], "Karoo Standby Power CC", ["KAROO STANDBY POWER CC", "KAROO STANDBY"]),
 ("ZA", ["ZAR"], "Durban Harbour Pumping (Pty) Ltd", ["DURBAN HARBOUR PUMPING", "DBN HARBOUR PUMP"]),
 ("ZA", ["ZAR"], "Dlamini Plant Hire (Pty) Ltd", ["DLAMINI PLANT HIRE PTY LTD", "DLAMINI PLANT HIRE"]),
]
RATE = {"AED": 3.67, "SAR": 3.75, "QAR": 3.64, "EGP": 48.5, "KES": 129.0, "NGN": 1550.0, "ZAR": 18.2, "USD": 1.0}
ITEMS = ["centrifugal pump", "submersible pump", "diesel generator 250 kVA", "generator 500 kVA", "dewatering pump",
         "booster set", "ATS panel", "spare parts kit", "service visit", "pump rental", "genset rental", "commissioning"]

customers = []
for k, (cc, curs, name, variants) in enumerate(CUST):
    customers.append({"id": "c-%03d" % (101 + k), "country": cc, "curs": curs, "name": name, "variants": variants})

# ---------------------------------------------------------------- invoices
invoices = []
start = dt.date(2025, 8, 1)
num = 261000
for cu in customers:
    n = R.randint(24, 36)
    for j in range(n):
        num += R.choice([1, 1, 1, 2, 3])
        cur = cu["curs"][0] if (len(cu["curs"]) == 1 or R.random() < 0.75) else cu["curs"][1]
        usd = R.choice([R.uniform(600, 5000), R.uniform(2000, 25000), R.uniform(8000, 90000)])
        if cur == "KES" and R.random() < 0.45:
            usd = R.uniform(120, 1900)  # spare parts / service visits, payable by M-Pesa
        tot = int(round(usd * RATE[cur] * 100))
        if R.random() < 0.25:
            tot = (tot // 10000) * 10000 + R.choice([0, 5000])
        tot = max(tot, 10000)
        bal = tot
        if R.random() < 0.12:
            bal = tot - int(tot * R.choice([0.3, 0.5, 0.25]))
        iss = start + dt.timedelta(days=R.randint(0, 183))
        invoices.append({"id": None, "number": "INV-%d" % num, "customer_id": cu["id"], "customer_name": cu["name"],
                         "currency": cur, "total": tot, "balance": bal, "issue_date": iss,
                         "due_date": iss + dt.timedelta(days=R.choice([30, 45, 60, 90]))})
# recurring rental invoices with identical amounts (genuine ambiguity material)
for cu in R.sample(customers, 14):
    cur = cu["curs"][0]
    tot = int(round(R.uniform(3000, 9000) * RATE[cur])) * 100
    for m in (10, 11, 12):
        num += 1
        iss = dt.date(2025, m, 1)
        invoices.append({"id": None, "number": "INV-%d" % num, "customer_id": cu["id"], "customer_name": cu["name"],
                         "currency": cur, "total": tot, "balance": tot, "issue_date": iss,
                         "due_date": iss + dt.timedelta(days=30), "rental": True})
R.shuffle(invoices)
for k, inv in enumerate(invoices):
    inv["id"] = "i-%04d" % (1001 + k)
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
CU = {c["id"]: c for c in customers}
open_bal = {i["id"]: i["balance"] for i in invoices}
fully_paid = []  # invoices fully paid by a payment in this file

# ---------------------------------------------------------------- helpers
reserved = set(i["id"] for i in invoices if i.get("rental"))
alnoor = [c["id"] for c in customers if c["name"].startswith("Al Noor")]
pairs_alnoor = []
a_inv = [i for i in invoices if i["customer_id"] == alnoor[0] and i["balance"] == i["total"] and not i.get("rental")][:6]
b_inv = [i for i in invoices if i["customer_id"] == alnoor[1] and i["balance"] == i["total"] and not i.get("rental")][:6]
for x, y in zip(a_inv, b_inv):
    y["total"] = y["balance"] = x["total"]; open_bal[y["id"]] = x["total"]
    reserved.update([x["id"], y["id"]]); pairs_alnoor.append((x["id"], y["id"]))

def opens(cid, cur=None, day=None, allow_res=False):
    out = []
    for i in invoices:
        if i["customer_id"] != cid or open_bal[i["id"]] <= 0: continue
        if cur and i["currency"] != cur: continue
        if day and i["issue_date"] > day - dt.timedelta(days=3): continue
        if not allow_res and i["id"] in reserved: continue
        out.append(i)
    return out

def amount_unique(cid, cur, amt, exclude=()):
    """True when no open invoice (or pair) of the customer other than `exclude` makes this amount."""
    ob = [open_bal[i["id"]] for i in invoices if i["customer_id"] == cid and i["currency"] == cur
          and open_bal[i["id"]] > 0 and i["id"] not in exclude]
    if amt in ob: return False
    s = set()
    for k, a in enumerate(ob):
        for b in ob[k + 1:]:
            s.add(a + b)
    return amt not in s

def amount_unique_all(cur, amt, exclude=()):
    return not any(open_bal[i["id"]] == amt for i in invoices if i["currency"] == cur and i["id"] not in exclude)

def tok(number, style=None):
    d = number[4:]
    style = style if style is not None else R.choice(["INV-", "INV", "INV ", "", "INV NO ", "INV.", "INVOICE "])
    return style + d

def wrap70(text):
    """MT103 field 70: 4 lines x 35 chars, the rest is lost."""
    lines, cur = [], ""
    for w in text.split(" "):
        while len(w) > 35:
            w = w[35:] if False else w
            break
        if len(cur) + len(w) + (1 if cur else 0) <= 35:
            cur = (cur + " " + w) if cur else w
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    full = "\n".join(lines)
    cut = "\n".join(lines[:4])
    return cut, full != cut

def trn(day):
    return "FT%s%s" % (day.strftime("%y%j"), "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))

def mpesa_code():
    return R.choice("QRST") + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))

KE_PEOPLE = ["JOHN KAMAU MWANGI", "GRACE WANJIKU", "PETER OTIENO ODHIAMBO", "MARY AKINYI", "SAMUEL KIPROTICH",
             "FAITH NJERI KARANJA", "DAVID MUTUA", "JOSEPH KIMANI NJOROGE"]
NG_BANKS = ["000013", "000014", "000015", "000016", "000004", "000011"]
SWIFT_PFX = ["/RFB/", "/INV/", "", "", "PAYMENT ", "PYMT OF ", "SETTLEMENT "]

MP_OK = False  # M-Pesa paybill only up to KES 250,000 per transaction

def channel(cu, cur, day, body_en, body_ar=None, lang="en", cid_p=0.5, charges="OUR", force=None):
    """Return payer_name, customer_id, reference, remittance, meta for a known customer."""
    cc = cu["country"]
    ch = force or {"AE": "SWIFT", "SA": "SWIFT", "QA": "SWIFT", "EG": "SWIFT", "KE": "MPESA", "NG": "NIP", "ZA": "EFT"}[cc]
    if cur == "USD" and not force: ch = "SWIFT"
    global MP_OK
    if ch == "MPESA" and ((R.random() < 0.3 and not force) or not MP_OK): ch = "PESALINK"
    MP_OK = False
    payer = R.choice(cu["variants"])
    cid = cu["id"] if R.random() < cid_p else None
    rem = None; meta = {"channel": ch, "truncated": False}
    if ch == "SWIFT":
        t70, cut = wrap70(R.choice(SWIFT_PFX) + body_en.upper())
        meta["truncated"] = cut
        ref = ":20:%s\n:70:%s\n:71A:%s" % (trn(day), t70, charges)
        payer = payer[:35]
        if body_ar is not None:
            rem = body_ar
    elif ch == "MPESA":
        payer = R.choice(KE_PEOPLE); cid = None
        ref = mpesa_code()
        rem = "M-PESA Paybill 555207 Account %s from 2547%s***%02d" % (body_en, R.randint(10, 99), R.randint(0, 99))
    elif ch == "PESALINK":
        ref = "PSL%s" % R.randint(10**9, 10**10 - 1)
        rem = body_en
    elif ch == "NIP":
        sess = R.choice(NG_BANKS) + day.strftime("%y%m%d") + "%02d%02d%02d" % (R.randint(8, 17), R.randint(0, 59), R.randint(0, 59)) + "%012d" % R.randint(0, 10**12 - 1)
        ref = sess
        rem = ("NIP FRM %s/%s" % (payer, body_en.upper()))[:100]
    else:  # EFT
        ref = body_en.upper()[:20]
        rem = None if (len(body_en) <= 20 and R.random() < 0.6) else "Proof of payment / remittance: " + body_en
    if body_ar is not None and ch != "SWIFT":
        rem = body_ar
    return payer, cid, ref, rem, meta

# ---------------------------------------------------------------- scenarios
GULF = ("AE", "SA", "QA", "EG")
WHT = {"NG": (5, "WHT 5%"), "EG": (1, "WHT 1% advance tax"), "KE": (2, "withholding VAT 2%"), "SA": (5, "WHT 5% on services")}
AR_PAY = "سداد فاتورة رقم {n}"

def L(status, apps=(), unap=0, sp=None, cands=(), reason=""):
    return {"status": status, "applications": [{"invoice_id": a, "amount": money(b)} for a, b in apps],
            "unapplied": money(unap), "short_pay": sp, "candidates": [list(c) for c in cands], "reason": reason}

def pick_cust(day, pred=lambda c: True, minopen=1, cur=None):
    cs = [c for c in customers if pred(c)]
    R.shuffle(cs)
    for c in cs:
        for cu_ in ([cur] if cur else c["curs"]):
            o = opens(c["id"], cu_, day)
            if len(o) >= minopen: return c, cu_, o
    return None, None, None

def ar_or_en(cu, n_tok, en):
    if cu["country"] in GULF and R.random() < 0.45:
        d = n_tok[4:]
        if R.random() < 0.4: d = d.translate(AR_DIG)
        return AR_PAY.format(n=d), "ar"
    return None, "en"

def sc_exact(day):
    cu, cur, o = pick_cust(day)
    inv = R.choice(o); amt = open_bal[inv["id"]]
    t = tok(inv["number"], "" if cu["country"] == "KE" else None)
    global MP_OK
    MP_OK = amt <= 25000000
    ar, lang = ar_or_en(cu, inv["number"], t)
    p, cid, ref, rem, m = channel(cu, cur, day, t, ar, cid_p=0.5, charges=R.choice(["OUR", "OUR", "SHA"]))
    return cu, cur, amt, p, cid, ref, rem, lang, L("applied", [(inv["id"], amt)], reason="reference %s and exact balance" % inv["number"]), "exact_ref_" + m["channel"].lower(), "exact reference, amount = open balance"

def sc_list(day):
    cu, cur, o = pick_cust(day, minopen=3)
    k = R.randint(2, 4); sel = sorted(R.sample(o, k), key=lambda i: i["number"])
    amt = sum(open_bal[i["id"]] for i in sel)
    if cu["country"] == "ZA":
        body = "INV" + sel[0]["number"][4:] + "".join("/" + i["number"][-2:] for i in sel[1:])
        note = "EFT 20-char reference with abbreviated suffixes"
    else:
        body = " ".join(tok(i["number"], "INV ") for i in sel); note = "list of invoices"
    ar = None; lang = "en"
    if cu["country"] in GULF and R.random() < 0.4:
        ar = "سداد الفواتير أرقام " + " و ".join(i["number"] for i in sel); lang = "ar"
    p, cid, ref, rem, m = channel(cu, cur, day, body, ar, force="EFT" if cu["country"] == "ZA" else None)
    if cu["country"] == "KE" and m["channel"] == "MPESA":
        return None
    return cu, cur, amt, p, cid, ref, rem, lang, L("applied", [(i["id"], open_bal[i["id"]]) for i in sel], reason="invoice list, sum matches"), "list", note

def sc_range(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] not in ("KE", "ZA"), minopen=4)
    os_ = sorted(o, key=lambda i: i["number"])
    allc = sorted([i for i in invoices if i["customer_id"] == cu["id"]], key=lambda i: i["number"])
    for s in range(len(allc) - 3):
        blk = allc[s:s + R.randint(3, 4)]
        if all(i in o for i in blk):
            a, b = blk[0]["number"], blk[-1]["number"]
            lo, hi = int(a[4:]), int(b[4:])
            if any(lo <= int(i["number"][4:]) <= hi and i not in blk for i in invoices): continue
            amt = sum(open_bal[i["id"]] for i in blk)
            body = R.choice(["INV %s TO %s", "INV-%s - %s", "INVOICES %s-%s"]) % (a[4:], b[4:])
            ar = None; lang = "en"
            if cu["country"] in GULF and R.random() < 0.4:
                ar = "سداد الفواتير من رقم %s إلى رقم %s" % (a[4:], b[4:]); lang = "ar"
            p, cid, ref, rem, m = channel(cu, cur, day, body, ar)
            return cu, cur, amt, p, cid, ref, rem, lang, L("applied", [(i["id"], open_bal[i["id"]]) for i in blk], reason="invoice range %s..%s, sum matches" % (a, b)), "range", "range of numbers; every number in range is this customer's"
    return None

def sc_typo(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] != "ZA")
    inv = R.choice(o); amt = open_bal[inv["id"]]; d = inv["number"][4:]
    if not amount_unique(cu["id"], cur, amt, exclude=[inv["id"]]): return None
    if not amount_unique_all(cur, amt, exclude=[inv["id"]]): return None
    global MP_OK
    MP_OK = amt <= 25000000
    for _ in range(20):
        k = R.randint(2, 4); t = d[:k] + d[k + 1] + d[k] + d[k + 2:]
        if t != d and "INV-" + t not in BYNUM: break
    else:
        return None
    p, cid, ref, rem, m = channel(cu, cur, day, tok("INV-" + t, "" if cu["country"] == "KE" else None), cid_p=0.7)
    return cu, cur, amt, p, cid, ref, rem, "en", L("applied", [(inv["id"], amt)], reason="typo %s -> %s, unique exact amount for customer" % (t, inv["number"])), "typo", "transposed digits %s (no such invoice); amount unique to %s" % (t, inv["number"])

def sc_po(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] in GULF + ("NG",))
    inv = R.choice(o); amt = open_bal[inv["id"]]
    if not amount_unique(cu["id"], cur, amt, exclude=[inv["id"]]): return None
    other = R.choice([i for i in invoices if i["customer_id"] != cu["id"] and open_bal[i["id"]] != amt])
    po = other["number"][4:]
    p, cid, ref, rem, m = channel(cu, cur, day, "OUR PO %s" % po, cid_p=1.0)
    return cu, cur, amt, p, cid, ref, rem, "en", L("applied", [(inv["id"], amt)], reason="PO number is not an invoice; exact unique amount"), "po_lookalike", "PO %s equals %s of another customer; amount matches %s" % (po, other["number"], inv["number"])

def sc_amount_only(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] != "KE")
    inv = R.choice(o); amt = open_bal[inv["id"]]
    if not amount_unique(cu["id"], cur, amt, exclude=[inv["id"]]): return None
    p, cid, ref, rem, m = channel(cu, cur, day, R.choice(["PAYMENT", "SUPPLIER PAYMENT", "TRANSFER"]), cid_p=1.0)
    return cu, cur, amt, p, cid, ref, rem, "en", L("applied", [(inv["id"], amt)], reason="known customer, amount matches one open invoice only"), "amount_only", "no invoice reference; customer id given; unique amount"

def sc_deduct(day, kind):
    if kind == "wht":
        cu, cur, o = pick_cust(day, lambda c: c["country"] in WHT)
        if cu is None or cur == "USD": return None
        inv = R.choice(o); bal = open_bal[inv["id"]]
        pct, txt = WHT[cu["country"]]; ded = int(round(bal * pct / 100.0))
        amt = bal - ded
        body = "%s LESS %s" % (tok(inv["number"], "INV "), txt)
        ar = None; lang = "en"
        if cu["country"] in GULF and R.random() < 0.5:
            ar = "سداد فاتورة رقم %s بعد خصم ضريبة الاستقطاع %d%% بمبلغ %s %s" % (inv["number"][4:], pct, fmt_th(ded), cur); lang = "ar"
        else:
            body += " %s %s" % (cur, fmt_th(ded))
        reason = "withholding_tax"
    elif kind == "charges":
        cu, cur, o = pick_cust(day, lambda c: c["country"] in GULF or "USD" in c["curs"])
        inv = R.choice(o); bal = open_bal[inv["id"]]
        ded = int(round(R.uniform(10, 45) * RATE[cur])) * 100 // 100 * 1
        ded = int(round(R.uniform(10, 45) * RATE[cur] * 100))
        amt = bal - ded; body = tok(inv["number"]); ar = None; lang = "en"; reason = "bank_charges"
    else:
        cu, cur, o = pick_cust(day)
        inv = R.choice(o); bal = open_bal[inv["id"]]
        why, reason, pct = R.choice([("2 DAMAGED IMPELLERS", "damaged_goods", 0.06), ("PRICE DIFF AS PER QUOTE", "pricing", 0.04),
                                      ("LATE DELIVERY PENALTY 2PCT", "penalty", 0.02), ("SHORT DELIVERY 1 CABLE SET", "shortage", 0.03)])
        ded = int(round(bal * pct)); amt = bal - ded
        body = "%s LESS %s %s" % (tok(inv["number"], "INV "), why, fmt_th(ded)); ar = None; lang = "en"
        if cu["country"] in GULF and R.random() < 0.4:
            ar = "سداد فاتورة رقم %s مع خصم %s %s (%s)" % (inv["number"][4:], fmt_th(ded), cur, {"damaged_goods": "قطع تالفة", "pricing": "فرق سعر", "penalty": "غرامة تأخير", "shortage": "نقص في التوريد"}[reason]); lang = "en+ar"
    if ded <= 0 or amt <= 0: return None
    p, cid, ref, rem, m = channel(cu, cur, day, body, ar, charges="SHA" if kind == "charges" else "OUR", force="SWIFT" if kind == "charges" else ("PESALINK" if cu["country"] == "KE" else None))
    sp = {"invoice_id": inv["id"], "amount": money(ded), "reason": reason}
    return cu, cur, amt, p, cid, ref, rem, lang, L("partial", [(inv["id"], amt)], sp=sp, reason="%s short by %s (%s)" % (inv["number"], money(ded), reason)), "short_" + reason, "deduction %s stated/explained" % reason

def sc_partial(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] != "KE")
    inv = R.choice(o); bal = open_bal[inv["id"]]
    amt = int(bal * R.choice([0.5, 0.3, 0.4])) // 100 * 100
    if amt <= 0 or not amount_unique(cu["id"], cur, amt): return None
    body = "PART PAYMENT %s" % tok(inv["number"], "INV "); ar = None; lang = "en"
    if cu["country"] in GULF and R.random() < 0.5:
        ar = "دفعة جزئية من فاتورة رقم %s" % inv["number"]; lang = "ar"
    p, cid, ref, rem, m = channel(cu, cur, day, body, ar)
    return cu, cur, amt, p, cid, ref, rem, lang, L("partial", [(inv["id"], amt)], reason="stated part payment of %s" % inv["number"]), "partial", "part payment, no deduction claimed"

def sc_overpay(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] != "KE")
    inv = R.choice(o); bal = open_bal[inv["id"]]
    extra = int(round(R.uniform(50, 900) * RATE[cur])) * 100 + R.randint(0, 99)
    if not amount_unique(cu["id"], cur, extra): return None
    p, cid, ref, rem, m = channel(cu, cur, day, tok(inv["number"], "INV "))
    return cu, cur, bal + extra, p, cid, ref, rem, "en", L("unapplied", [(inv["id"], bal)], unap=extra, reason="overpayment of %s" % inv["number"]), "overpayment", "remainder held on account"

def sc_second(day):
    c = [i for i in fully_paid if CU[i["customer_id"]]["country"] != "KE"]
    if not c: return None
    inv = R.choice(c); cu = CU[inv["customer_id"]]; cur = inv["currency"]; amt = inv["_paidamt"]
    if not amount_unique(cu["id"], cur, amt): return None
    p, cid, ref, rem, m = channel(cu, cur, day, tok(inv["number"], "INV "), cid_p=0.8)
    return cu, cur, amt, p, cid, ref, rem, "en", L("unapplied", [], unap=amt, reason="%s already paid by %s" % (inv["number"], inv["_paidby"])), "second_payment", "duplicate payment of an invoice settled earlier in this file"

def sc_nofit(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] != "KE")
    amt = int(round(R.uniform(500, 20000) * RATE[cur])) * 100
    if not amount_unique(cu["id"], cur, amt): return None
    p, cid, ref, rem, m = channel(cu, cur, day, R.choice(["ADVANCE AGAINST PROFORMA PF-%d" % R.randint(3000, 3999), "ON ACCOUNT", "DEPOSIT NEW GENSET ORDER"]), cid_p=1.0)
    return cu, cur, amt, p, cid, ref, rem, "en", L("unapplied", [], unap=amt, reason="known customer, no matching invoice (advance/on account)"), "known_no_fit", "advance or on-account payment"

UNKNOWN = ["AL BARAKA HOLDING", "ZENITH AGRIC SERVICES", "MOHAMED ABDELAZIZ SAYED", "PRETORIA AUTO BODY", "KHALED BIN SAEED",
           "NAIROBI HARDWARE DEPOT", "SUNRISE GENERAL TRADING FZC", "OLAWALE ADEYEMI"]

def sc_unknown(day, match):
    if match:
        c = [i for i in invoices if open_bal[i["id"]] > 0 and i["id"] not in reserved and i["issue_date"] < day]
        inv = R.choice(c); cur = inv["currency"]; amt = open_bal[inv["id"]]
        if not amount_unique_all(cur, amt, exclude=[inv["id"]]): return None
        cands = [[inv["id"]]]; st_reason = "unknown payer; amount equals one open invoice"
    else:
        cur = R.choice(list(RATE)); amt = int(round(R.uniform(300, 9000) * RATE[cur])) * 100 + 37
        if not amount_unique_all(cur, amt): return None
        cands = []; st_reason = "unknown payer, nothing fits"
    d = {"date": day.isoformat(), "amount": money(amt), "currency": cur, "payer_name": R.choice(UNKNOWN), "customer_id": None,
         "reference": R.choice([None, "TRANSFER", ":20:%s\n:70:PAYMENT\n:71A:SHA" % trn(day)]), "remittance": None}
    return d, "en", L("review", cands=cands, reason=st_reason), "unknown_payer" + ("_amount_match" if match else ""), st_reason

def sc_amb_dup(day):
    grp = {}
    for i in invoices:
        if i.get("rental") and open_bal[i["id"]] == i["total"] and i["issue_date"] < day:
            grp.setdefault(i["customer_id"], []).append(i)
    grp = [v for v in grp.values() if len(v) >= 2]
    if not grp: return None
    g = R.choice(grp); cu = CU[g[0]["customer_id"]]; cur = g[0]["currency"]; amt = g[0]["total"]
    p, cid, ref, rem, m = channel(cu, cur, day, R.choice(["GENSET RENTAL", "PUMP RENTAL CHARGES", "RENTAL"]), cid_p=1.0, force="PESALINK" if cu["country"] == "KE" else None)
    cands = [[i["id"]] for i in sorted(g, key=lambda i: i["due_date"])]
    return cu, cur, amt, p, cid, ref, rem, "en", L("review", cands=cands, reason="several open rental invoices with the same amount"), "ambiguous_same_amount", "identical monthly rental invoices, no reference"

def sc_amb_refamt(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] != "KE", minopen=2)
    a, b = R.sample(o, 2)
    if open_bal[a["id"]] == open_bal[b["id"]]: return None
    amt = open_bal[b["id"]]
    if not amount_unique(cu["id"], cur, amt, exclude=[b["id"]]): return None
    p, cid, ref, rem, m = channel(cu, cur, day, tok(a["number"], "INV "))
    return cu, cur, amt, p, cid, ref, rem, "en", L("review", cands=[[a["id"]], [b["id"]]], reason="reference %s but amount equals %s" % (a["number"], b["number"])), "ambiguous_ref_vs_amount", "reference and amount point at different invoices"

def sc_amb_name(day):
    pr = [(x, y) for x, y in pairs_alnoor if open_bal[x] > 0 and open_bal[y] > 0]
    if not pr: return None
    x, y = pr.pop(0); pairs_alnoor.remove((x, y))
    amt = open_bal[x]; cu = CU[INV[x]["customer_id"]]
    d = {"date": day.isoformat(), "amount": money(amt), "currency": "AED", "payer_name": R.choice(["AL NOOR CONTG", "AL NOOR LLC", "ALNOOR"]),
         "customer_id": None, "reference": ":20:%s\n:70:PAYMENT AGAINST YOUR INVOICE\n:71A:OUR" % trn(day), "remittance": None}
    return d, "en", L("review", cands=[[x], [y]], reason="payer name fits two Al Noor customers with equal open amounts"), "ambiguous_payer", "two customers, same amount, no number"

def sc_othercur(day):
    cu, cur, o = pick_cust(day, lambda c: len(c["curs"]) == 1)
    inv = R.choice(o); bal = open_bal[inv["id"]]
    amt = int(round(bal / RATE[cur]))
    ar, lang = ar_or_en(cu, inv["number"], "")
    p, cid, ref, rem, m = channel(cu, "USD", day, tok(inv["number"], "INV "), ar, force="SWIFT")
    return cu, "USD", amt, p, cid, ref, rem, lang, L("review", cands=[[inv["id"]]], reason="paid in USD, invoice %s is in %s" % (inv["number"], cur)), "other_currency", "currency differs from invoice"

BAD = [("amount", "-2500.00", "invalid_amount"), ("amount", "0.00", "invalid_amount"), ("amount", None, "missing_amount"),
       ("currency", "DHS", "invalid_currency"), ("currency", None, "missing_currency"), ("date", "2026-02-30", "invalid_date"),
       ("amount", "12.500,00", "invalid_amount")]

def sc_bad(day):
    r = sc_exact(day)
    cu, cur, amt, p, cid, ref, rem, lang, lab, scn, note = r
    f, v, err = R.choice(BAD)
    d = {"date": day.isoformat(), "amount": money(amt), "currency": cur, "payer_name": p, "customer_id": cid, "reference": ref, "remittance": rem}
    d[f] = v
    lab = L("review", reason="bad row: %s" % err); lab["error"] = err
    return d, lang, lab, "bad_row", "malformed %s; nothing applied" % f

def sc_trunc(day):
    cu, cur, o = pick_cust(day, lambda c: c["country"] in GULF, minopen=6)
    sel = sorted(R.sample(o, 5), key=lambda i: i["number"])
    lost = sel[-1]
    rest = open_bal[lost["id"]]
    if not amount_unique(cu["id"], cur, rest, exclude=[i["id"] for i in sel]): return None
    amt = sum(open_bal[i["id"]] for i in sel)
    body = " ".join("%s DTD %s" % (i["number"], i["issue_date"].strftime("%d.%m.%Y")) for i in sel)
    p, cid, ref, rem, m = channel(cu, cur, day, body, force="SWIFT", cid_p=0.7)
    if not m["truncated"] or lost["number"][4:] in ref: return None
    return cu, cur, amt, p, cid, ref, rem, "en", L("applied", [(i["id"], open_bal[i["id"]]) for i in sel], reason="field 70 cut after 4 lines; remainder equals exactly one more open invoice (%s)" % lost["number"]), "mt103_truncated", "5th invoice lost to the 4x35 cut; remainder matches it uniquely"

PLAN = ([sc_trunc] * 12 + [sc_exact] * 111 + [sc_list] * 30 + [sc_range] * 15 + [sc_typo] * 15 + [sc_po] * 12 + [sc_amount_only] * 20 +
        [lambda d: sc_deduct(d, "wht")] * 22 + [lambda d: sc_deduct(d, "charges")] * 20 + [lambda d: sc_deduct(d, "reason")] * 18 +
        [sc_partial] * 18 + [sc_overpay] * 16 + [sc_second] * 12 + [sc_nofit] * 12 + [lambda d: sc_unknown(d, False)] * 10 +
        [lambda d: sc_unknown(d, True)] * 6 + [sc_amb_dup] * 14 + [sc_amb_refamt] * 10 + [sc_amb_name] * 5 + [sc_othercur] * 12 + [sc_bad] * 10)
R.shuffle(PLAN)
# second payments late in the file
days = sorted(dt.date(2026, 2, 2) + dt.timedelta(days=R.randint(0, 57)) for _ in PLAN)
payments, labels = [], []
for k, (fn, day) in enumerate(zip(PLAN, days)):
    r = None
    for _ in range(30):
        r = fn(day)
        if r: break
    if not r:
        r = sc_exact(day)
    if len(r) == 11:
        cu, cur, amt, p, cid, ref, rem, lang, lab, scn, note = r
        d = {"date": day.isoformat(), "amount": money(amt), "currency": cur, "payer_name": p, "customer_id": cid, "reference": ref, "remittance": rem}
    else:
        d, lang, lab, scn, note = r
    pid = "p-%03d" % (k + 1)
    pay = {"id": pid}; pay.update(d)
    for a in lab["applications"]:
        iid = a["invoice_id"]; c = int(a["amount"].replace(".", ""))
        open_bal[iid] -= c
        assert open_bal[iid] >= 0
        if open_bal[iid] == 0 and lab["status"] == "applied":
            INV[iid]["_paidby"] = pid; INV[iid]["_paidamt"] = c; fully_paid.append(INV[iid])
    if lab["status"] == "review" and "error" not in lab:
        lab["unapplied"] = d["amount"]
    lab = dict({"payment_id": pid}, **lab); lab["scenario"] = scn; lab["note"] = "[%s, %s] %s" % (scn, lang, note); lab["lang"] = lang
    payments.append(pay); labels.append(lab)

out_inv = [{"id": i["id"], "number": i["number"], "customer_id": i["customer_id"], "customer_name": i["customer_name"],
            "currency": i["currency"], "total": money(i["total"]), "balance": money(i["balance"]),
            "issue_date": i["issue_date"].isoformat(), "due_date": i["due_date"].isoformat()} for i in invoices]
def dump(name, obj):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
dump("invoices.json", out_inv); dump("payments.json", payments); dump("labels.json", [{k: v for k, v in l.items() if k != "lang"} for l in labels])
print(len(out_inv), len(payments), Counter(l["status"] for l in labels))

# ---------------------------------------------------------------- README
sc = Counter(l["scenario"] for l in labels); st = Counter(l["status"] for l in labels); lg = Counter(l["lang"] for l in labels)
cur_c = Counter(str(p["currency"]) for p in payments)
md = ["# Blind ledger: gulf_africa_projects", "",
      "Theme: engineering-equipment supplier (pumps, generators, rentals) selling to contractors in the UAE, Saudi Arabia, Qatar,",
      "Egypt, Kenya, Nigeria and South Africa. All names made up. Generated by `build.py` (seed 24202611); verify with `check.py`.", "",
      "| file | content |", "|---|---|",
      "| invoices.json | %d open invoices (contract format) |" % len(out_inv),
      "| payments.json | %d payments, oldest first |" % len(payments),
      "| labels.json | one expected MATCHES entry per payment + `scenario`, `note` (starts `[scenario, lang]`), `error` on bad rows |", "",
      "## Bank data", "- SWIFT MT103 (AE/SA/QA/EG and all USD): `reference` = `:20:` TRN, `:70:` remittance wrapped at 35 chars, max 4 lines, `:71A:` OUR/SHA. SHA transfers may arrive short by intermediary charges.",
      "- Arabic remittance advices (`remittance`), sometimes with Arabic-Indic digits (فاتورة رقم ٢٦١٠٤٥).",
      "- Kenya: M-Pesa paybill (payer = a person, customer_id null, M-Pesa code in reference, account number = invoice number in remittance) or PesaLink.",
      "- Nigeria: NIP, 30-digit session id as reference, narration in remittance.", "- South Africa: EFT reference cut at 20 chars (lists abbreviated like INV261077/78/79).", "",
      "## Label conventions", "- Amounts decimal strings. `candidates` = list of invoice-id lists, best first (reference reading first).",
      "- Deductions (WHT, bank charges, damaged goods, pricing, penalty, shortage) -> `partial` with `short_pay` {invoice_id, amount = shortfall, reason code}.",
      "- Stated part payment -> `partial`, short_pay null. Overpayment -> `unapplied` with the application listed and the rest unapplied.",
      "- Second payment of an invoice paid earlier in this file, and known customers' advances/on-account -> `unapplied`, no applications.",
      "- Unknown payer, reference vs amount conflict, identical rental invoices, payer name fitting two customers, payment currency != invoice currency -> `review` (nothing applied; `unapplied` = whole amount so the contract's sum rule holds).",
      "- Bad rows (negative/zero/missing/`12.500,00` amount, bad currency, 2026-02-30) -> `review`, no candidates, unapplied 0.00, `error` code (our choice; the contract defines no error field).",
      "- PO numbers equal to another customer's invoice number are ignored; the payment is applied by customer + unique amount.", "",
      "## Counts", "| status | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(st.items())] + \
     ["", "| scenario | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(sc.items())] + \
     ["", "| remittance language | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(lg.items())] + \
     ["", "| payment currency | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(cur_c.items())] + \
     ["", "## Deliberately hard", "- typos (transposed digits, no such invoice) resolved only by unique amount; PO numbers that are real invoice numbers of other customers;",
      "- truncated/abbreviated references; Arabic-Indic digits; M-Pesa payer names unrelated to the customer; NIP session ids full of digits;",
      "- WHT percentages differ by country; SHA charges with no remittance explanation; same-amount rental invoices; two 'Al Noor' customers with equal open amounts."]
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(md) + "\n")
