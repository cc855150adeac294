#!/usr/bin/env python3
"""Blind cash-application test set: IT services / software licensing, UAE-KSA-Qatar-India.

Deterministic (fixed seed), stdlib only.  Writes ledger_gulf_india_it/{invoices,payments,labels}.json
and README.md.  Stage 1: customers + invoices.  Stage 2: payment scenarios.  Stage 3: README.
"""
import json, os, random, calendar, itertools
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 20260214
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_gulf_india_it")
C2 = D("0.01")


def q(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))

# --------------------------------------------------------------------------------------------
# Stage 1: customers and invoices
# --------------------------------------------------------------------------------------------

COUNTRY_CUR = {"AE": "AED", "SA": "SAR", "QA": "QAR", "IN": "INR"}
VAT = {"AE": D("0.05"), "SA": D("0.15"), "QA": D("0"), "IN": D("0.18")}   # GST for India
PREFIX = {"AE": "DXB-INV-", "SA": "RUH-INV-", "QA": "DOH-INV-"}

HEADS = {
    "AE": ["Al Noor", "Falcon Crest", "Desert Rose", "Emirates Meridian", "Jumeirah Bay", "Al Wasl",
           "Creekside", "Palm Arc", "Saadiyat", "Al Qudra", "Marina Vista", "Hatta Ridge", "Al Barsha",
           "Oasis Gate", "Liwa Sands", "Corniche", "Al Reem", "Mushrif"],
    "SA": ["Najd", "Al Haramain", "Red Sea Crescent", "Al Yamamah", "Tuwaiq", "Hijaz Gateway",
           "Al Khobar Pearl", "Asir Highlands", "Al Qassim", "Diriyah Gate", "Al Ahsa Palm", "Tabuk North",
           "Al Ula Heritage", "Jazan Coast"],
    "QA": ["Al Rayyan", "Doha Pearl", "Lusail Crest", "Al Wakra", "Msheireb", "Al Khor", "Dukhan Bay",
           "West Bay", "Al Sadd", "Simaisma"],
    "IN": ["Sahyadri", "Indus Valley", "Ganga Yamuna", "Deccan Plateau", "Kaveri", "Nilgiri", "Aravali",
           "Konkan Coast", "Narmada", "Vindhya", "Brahmaputra", "Malabar", "Chola", "Hampi", "Thar Desert",
           "Godavari", "Satpura", "Kutch"],
}
BODIES = ["Digital Solutions", "Technologies", "General Trading", "Systems Integration", "Financial Services",
          "Logistics and Freight", "Healthcare Group", "Retail Holdings", "Engineering Contracting",
          "Telecom Services", "Insurance Brokers", "Facilities Management", "Hospitality Group",
          "Enterprise Software Solutions", "Infrastructure Finance and Leasing", "Data Centre Services",
          "Petrochemical Industries", "Real Estate Development"]
SUFFIX = {"AE": ["LLC", "FZ-LLC", "FZE", "PJSC", "L.L.C."], "SA": ["Co. Ltd", "LLC", "Trading Co.", "JSC"],
          "QA": ["W.L.L.", "Q.P.S.C.", "LLC", "W.L.L."], "IN": ["Pvt Ltd", "Private Limited", "Limited", "Pvt Ltd"]}

BANKS = {
    "AE": ["Al Safwa Commercial Bank PJSC", "Emirates Horizon Bank P.J.S.C.", "Union Dhow Bank PJSC"],
    "SA": ["Arabian Oasis Bank", "Najd National Bank", "Saudi Peninsula Investment Bank"],
    "QA": ["Doha Lantern Bank Q.P.S.C.", "Qatar Pearl Islamic Bank Q.P.S.C."],
    "IN": ["Deccan Cooperative Urban Bank Limited", "Bharat Sagar Bank Limited", "Malabar Federal Bank Ltd"],
}
GOVS = {
    "AE": ["Dubai Department of Smart Services", "Abu Dhabi Municipal Digital Authority",
           "Sharjah Harbour Digital Authority"],
    "SA": ["Ministry of Desert Agriculture - IT Directorate", "Riyadh Region Transport Authority",
           "General Authority for Digital Records"],
    "QA": ["Ministry of Coastal Works - ICT Department", "Doha Civic Archives Authority"],
    "IN": ["Konkan Region e-Governance Society", "Deccan Urban Water Utilities Board",
           "Tamil Nadu Smart Records Directorate"],
}

customers = []
used_names = set()


def add_customer(name, country, kind, usd=False, terms=None):
    cid = "C-%04d" % (1001 + len(customers))
    curs = [COUNTRY_CUR[country]] + (["USD"] if usd else [])
    if terms is None:
        terms = 90 if kind == "gov" else R.choice([30, 30, 45, 60])
    c = {"cid": cid, "name": name, "country": country, "kind": kind, "curs": curs, "terms": terms}
    customers.append(c)
    used_names.add(name)
    return c


# deliberate look-alikes: identical in the first 35 characters once upper-cased
TWIN_AE = add_customer("Arabian Gulf Enterprise Software Solutions LLC", "AE", "ent", usd=True)
TWIN_QA = add_customer("Arabian Gulf Enterprise Software Solutions W.L.L.", "QA", "ent", usd=True)
TWIN_IN1 = add_customer("Sahyadri Infrastructure Finance and Leasing Pvt Ltd", "IN", "ent")
TWIN_IN2 = add_customer("Sahyadri Infrastructure Finance and Leasing Services Ltd", "IN", "ent")
# a group whose parent pays for subsidiaries
PARENT = add_customer("Emirates Meridian Holding Group PJSC", "AE", "ent", usd=True)
SUBSID = add_customer("Emirates Meridian Cloud Technologies FZ-LLC", "AE", "ent")
# same amount contracts (monthly AMC) customers are picked later

for ctry, n in (("AE", 26), ("SA", 20), ("QA", 14), ("IN", 28)):
    k = 0
    while k < n:
        name = "%s %s %s" % (R.choice(HEADS[ctry]), R.choice(BODIES), R.choice(SUFFIX[ctry]))
        if name in used_names or name.upper()[:28] in {x.upper()[:28] for x in used_names}:
            continue
        add_customer(name, ctry, "ent", usd=(ctry != "IN" and R.random() < 0.3))
        k += 1
for ctry in ("AE", "SA", "QA", "IN"):
    for b in BANKS[ctry]:
        add_customer(b, ctry, "bank", usd=(ctry != "IN" and R.random() < 0.5))
    for g in GOVS[ctry]:
        add_customer(g, ctry, "gov")

CUST = {c["cid"]: c for c in customers}

ISSUE_START = date(2025, 4, 1)
ISSUE_END = date(2026, 1, 5)


def rand_date(a, b):
    return a + timedelta(days=R.randrange((b - a).days + 1))


def net_amount(cur, kind):
    if cur == "INR":
        base = R.choice([45000, 75000, 120000, 250000, 380000, 560000, 840000, 1250000, 2200000, 3600000])
        v = D(base) * D(R.choice([1, 1, 1, R.uniform(0.6, 1.4)]))
        return q(round(v / 50) * 50) if R.random() < 0.7 else q(v)
    if cur == "USD":
        base = R.choice([1800, 2400, 4500, 7200, 9600, 12000, 18500, 24000, 36000, 60000, 98000])
    else:
        base = R.choice([3500, 6000, 8400, 12000, 18000, 26500, 42000, 65000, 98000, 145000, 260000, 410000])
    v = D(base) * D(R.choice([1, 1, R.uniform(0.5, 1.6)]))
    return q(round(v / 10) * 10) if R.random() < 0.75 else q(v)


events = []  # (issue_date, tiebreak, cid, cur, [net amounts])
for c in customers:
    nev = R.randint(6, 12)
    for _ in range(nev):
        cur = c["curs"][0] if (len(c["curs"]) == 1 or R.random() < 0.7) else c["curs"][1]
        d = rand_date(ISSUE_START, ISSUE_END)
        if R.random() < 0.18:   # milestone / multi-site batch billing: consecutive numbers, same day
            k = R.randint(2, 5)
            nets = [net_amount(cur, c["kind"]) for _ in range(k)]
        else:
            nets = [net_amount(cur, c["kind"])]
        events.append((d, R.random(), c["cid"], cur, nets))
events.sort()

invoices = []
INV = {}
serial = 10001 + R.randint(0, 400)


def fy(d):
    y = d.year if d.month >= 4 else d.year - 1
    return "%02d-%02d" % (y % 100, (y + 1) % 100)


for d, _, cid, cur, nets in events:
    c = CUST[cid]
    for net in nets:
        serial += 1
        if R.random() < 0.06:   # skipped numbers (credit notes, cancelled)
            serial += R.randint(1, 3)
        ctry = c["country"]
        if ctry == "IN":
            number = "IN/%s/%d" % (fy(d), serial)
        else:
            number = PREFIX[ctry] + str(serial)
        vat = VAT[ctry] if cur != "USD" else D("0")
        total = q(net * (1 + vat))
        inv = {"id": "i-%05d" % serial, "number": number, "customer_id": cid, "customer_name": c["name"],
               "currency": cur, "total": total, "balance": total, "issue_date": d,
               "due_date": d + timedelta(days=c["terms"]), "_net": net, "_serial": serial, "_batch": len(nets) > 1}
        invoices.append(inv)
        INV[inv["id"]] = inv

# some invoices were already part-paid before this ledger was cut
for inv in invoices:
    if R.random() < 0.08:
        paid = q(inv["total"] * D(R.choice(["0.25", "0.4", "0.5", "0.6"])))
        inv["balance"] = inv["total"] - paid

# same-amount recurring invoices (monthly AMC / licence subscription) for a few customers
amc_customers = R.sample([c for c in customers if c["kind"] == "ent" and c not in (TWIN_AE, TWIN_QA)], 14)
for c in amc_customers:
    invs = [i for i in invoices if i["customer_id"] == c["cid"] and i["currency"] == c["curs"][0]
            and i["balance"] == i["total"]]
    if len(invs) >= 3:
        for i in R.sample(invs, 2):
            i["total"] = i["balance"] = invs[0]["total"]
            i["_net"] = invs[0]["_net"]
# the twins share one USD licence price
for c in (TWIN_AE, TWIN_QA):
    usd = [i for i in invoices if i["customer_id"] == c["cid"] and i["currency"] == "USD"]
    if not usd:
        d = rand_date(ISSUE_START, ISSUE_END)
        serial += 1
        pre = PREFIX[c["country"]]
        inv = {"id": "i-%05d" % serial, "number": pre + str(serial), "customer_id": c["cid"],
               "customer_name": c["name"], "currency": "USD", "total": q(0), "balance": q(0), "issue_date": d,
               "due_date": d + timedelta(days=c["terms"]), "_net": q(0), "_serial": serial, "_batch": False}
        invoices.append(inv)
        INV[inv["id"]] = inv
        usd = [inv]
    for i in usd[:1]:
        i["total"] = i["balance"] = i["_net"] = q("24000.00")

BY_SERIAL = {i["_serial"]: i for i in invoices}
BY_CUST = defaultdict(list)
for i in invoices:
    BY_CUST[i["customer_id"]].append(i)

# a few customers bill in two currencies with numerically equal open amounts (USD vs local)
MULTI_SAME = []
for c in customers:
    if len(c["curs"]) == 2 and c not in (TWIN_AE, TWIN_QA) and len(MULTI_SAME) < 6:
        loc = [i for i in invoices if i["customer_id"] == c["cid"] and i["currency"] == c["curs"][0]
               and i["balance"] == i["total"]]
        usd = [i for i in invoices if i["customer_id"] == c["cid"] and i["currency"] == "USD"
               and i["balance"] == i["total"]]
        if loc and usd:
            u = usd[0]
            u["total"] = u["balance"] = u["_net"] = loc[0]["total"]
            MULTI_SAME.append((c["cid"], u["id"], loc[0]["id"]))

BY_SERIAL = {i["_serial"]: i for i in invoices}
BY_CUST = defaultdict(list)
for i in invoices:
    BY_CUST[i["customer_id"]].append(i)

# --------------------------------------------------------------------------------------------
# Stage 2: text helpers (bank formats, names, money, languages)
# --------------------------------------------------------------------------------------------

def money_plain(x):
    return "{:,.2f}".format(q(x))


def money_lakh(x):
    x = q(x)
    neg = x < 0
    whole, frac = ("%.2f" % abs(x)).split(".")
    if len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        whole = ",".join(parts) + "," + tail
    return ("-" if neg else "") + whole + "." + frac


def fmt_money(x, cur, lang):
    if cur == "INR":
        return R.choice(["Rs. ", "INR ", "\u20b9", "Rs "]) + money_lakh(x)
    if lang == "ar" and R.random() < 0.6:
        word = {"AED": "درهم", "SAR": "ريال", "QAR": "ريال قطري", "USD": "دولار أمريكي"}[cur]
        return "%s %s" % (money_plain(x), word)
    return R.choice(["%s %s" % (cur, money_plain(x)), "%s %s" % (money_plain(x), cur), "%s%s" % (cur, money_plain(x))])


SUFFIX_BANK = [("FZ-LLC", ["FZ-LLC", "FZ LLC", "FZLLC", "FZ L.L.C"]), ("L.L.C.", ["L.L.C", "LLC", "L L C"]),
               ("LLC", ["LLC", "L.L.C", "L L C"]), ("W.L.L.", ["WLL", "W.L.L", "W L L"]),
               ("Q.P.S.C.", ["QPSC", "Q.P.S.C"]), ("PJSC", ["PJSC", "P.J.S.C"]), ("P.J.S.C.", ["PJSC"]),
               ("Pvt Ltd", ["PVT LTD", "PRIVATE LIMITED", "PVT. LTD.", "P LTD"]),
               ("Private Limited", ["PVT LTD", "PRIVATE LIMITED", "PRIVATE LTD"]),
               ("Limited", ["LIMITED", "LTD"]), ("Co. Ltd", ["CO LTD", "CO. LTD.", "COMPANY LIMITED"]),
               ("Trading Co.", ["TRADING CO", "TRADING COMPANY"]), ("FZE", ["FZE", "F.Z.E"])]


def bank_name(c):
    n = c["name"]
    for suf, alts in SUFFIX_BANK:
        if n.endswith(" " + suf):
            n = n[: -len(suf)] + R.choice(alts)
            break
    n = n.upper().replace(" AND ", R.choice([" AND ", " & "]))
    if c["country"] == "IN" and R.random() < 0.25:
        n = "M/S " + n
    if R.random() < 0.3:
        n = n.replace(",", "").replace(" - ", " ")
    return n[:35].rstrip()


BANK4 = {"IN": ["DCUB", "BHSG", "MLFB", "KVRB", "NRMD"], "AE": ["ASCB", "EHBK", "UDBK"],
         "SA": ["AOBK", "NJNB", "SPIB"], "QA": ["DLBQ", "QPIB"]}


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def jul(d):
    return "%03d" % d.timetuple().tm_yday


def ref20(d, ctry):
    b = R.choice(BANK4.get(ctry, BANK4["AE"]))
    return R.choice(["FT%s%s%s" % (d.strftime("%y"), jul(d), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))),
                     "%s%s%s" % (b, d.strftime("%y%m%d"), digits(6)),
                     "TT%s%s" % (d.strftime("%y%m%d"), digits(7))])


def wrap35(text, maxlines=4):
    lines = []
    for para in text.split("\n"):
        while para:
            lines.append(para[:35])
            para = para[35:]
    return lines[:maxlines], lines[maxlines:]


def render(c, cur, d, ref_short, advice, lang, payer=None, ctry=None, gov_order=False, mt103_extra=None):
    """Builds (payer_name, reference, remittance) the way the receiving bank would show them."""
    ctry = ctry or c["country"]
    payer = payer or bank_name(c)
    kind = c["kind"] if c else "ent"
    swift = cur in ("USD", "EUR") or (ctry != "IN" and R.random() < 0.15) or mt103_extra is not None
    remittance = advice
    if swift:
        f70 = ref_short or R.choice(["/RFB/PAYMENT", "INVOICE PAYMENT", "IT SERVICES", "SETTLEMENT"])
        if not f70.startswith("/") and R.random() < 0.5:
            f70 = "/RFB/" + f70
        lines, rest = wrap35(f70)
        ref = ":20:%s :70:%s" % (ref20(d, ctry), " ".join(lines))
        if rest:
            extra = "\n".join(rest)
            remittance = extra + ("\n" + advice if advice else "")
        if mt103_extra:
            ref += " " + mt103_extra
        return payer, ref, remittance
    text = ref_short
    if ctry == "IN":
        b = R.choice(BANK4["IN"])
        ch = R.choices(["NEFT", "RTGS", "IMPS"], [5, 3, 1])[0]
        short_name = payer[:R.choice([16, 20, 24])].rstrip()
        if ch == "NEFT":
            utr = "%sN%s%s%s" % (b, d.strftime("%y"), jul(d), digits(6))
            ref = "NEFT CR-%s0%s-%s-%s" % (b, digits(6), short_name, utr)
        elif ch == "RTGS":
            utr = "%sR5%s%s" % (b, d.strftime("%Y%m%d"), digits(8))
            ref = "RTGS CR-%s-%s-%s" % (utr, b + "0" + digits(6), short_name)
        else:
            rrn = d.strftime("%y")[1] + jul(d) + digits(8)
            ref = "IMPS/P2A/%s/%s" % (rrn, short_name)
        if text:
            ref += R.choice(["-", "/", " "]) + text
        return payer, ref, remittance
    if gov_order and ctry == "SA":
        ref = "MOF PAYMENT ORDER %s-%s" % (d.year, digits(7))
    elif gov_order and ctry == "AE":
        ref = "GOVT PMT VOUCHER PV/%s/%s" % (d.year, digits(6))
    elif gov_order and ctry == "QA":
        ref = "MOF QA PAYMENT REF %s%s" % (d.strftime("%y"), digits(8))
    else:
        rail = {"AE": "UAEFTS", "SA": "SARIE", "QA": "QATCH"}[ctry]
        ref = "%s %s %s" % (rail, R.choice(["INWARD", "CR", "TRF"]), d.strftime("%y%m%d") + digits(6))
    if text:
        ref += " " + text
    return payer, ref, remittance


def inv_forms(inv, variant):
    n = inv["number"]
    sr = str(inv["_serial"])
    if not variant:
        return n
    if n.startswith("IN/"):
        y = n.split("/")[1]
        return R.choice(["IN%s/%s" % (y.replace("-", ""), sr), "IN-%s-%s" % (y, sr), "INV %s" % sr,
                         "BILL NO %s" % sr, "in/%s/%s" % (y, sr), "INV NO.%s" % sr])
    pre = n.split("-")[0]
    return R.choice(["%sINV%s" % (pre, sr), "INV %s" % sr, "INV#%s" % sr, "%s %s" % (pre, sr),
                     "inv-%s" % sr, "INV NO.%s" % sr, "%s-INV %s" % (pre, sr), sr])


PO_WORDS = ["PO", "P.O.", "PO NO", "Purchase Order"]


def noise_po(c):
    ctry = c["country"] if c else "AE"
    return R.choice(["PO 45000%s" % digits(5), "PO %s-PO-%s" % (ctry, digits(5)), "Contract CTR/%s/2025/%s" % (ctry, digits(4)),
                     "LPO %s" % digits(7), "SO %s" % digits(6), ""])


def advice_text(lang, c, amount_txt, refs_txt, extra=""):
    nz = noise_po(c) if R.random() < 0.5 else ""
    if lang == "ar":
        body = R.choice(["تم تحويل مبلغ %s سداداً لـ %s." % (amount_txt, refs_txt),
                         "إشعار دفع: %s مقابل %s." % (amount_txt, refs_txt),
                         "Payment advice / إشعار سداد: %s against %s." % (amount_txt, refs_txt)])
        tail = R.choice(["مع التحية، قسم الحسابات", "Regards, Accounts Payable / الحسابات الدائنة", "شكراً"])
    elif lang == "hi":
        body = R.choice(["भुगतान सूचना: %s के लिए %s का भुगतान किया गया है।" % (refs_txt, amount_txt),
                         "Payment advice - %s ka bhugtan %s kiya gaya." % (refs_txt, amount_txt),
                         "कृपया ध्यान दें: %s towards %s credited to your account." % (amount_txt, refs_txt)])
        tail = R.choice(["धन्यवाद, लेखा विभाग", "Regards, Accounts Payable", "Dhanyavaad, Finance Team"])
    else:
        body = R.choice(["Payment advice: we have released %s towards %s." % (amount_txt, refs_txt),
                         "Please note the transfer of %s in settlement of %s." % (amount_txt, refs_txt),
                         "Remittance advice - %s paid against %s." % (amount_txt, refs_txt),
                         "Dear Sir/Madam, %s has been remitted for %s." % (amount_txt, refs_txt)])
        tail = R.choice(["Regards, Accounts Payable", "AP Team", "Finance Department", "Thanks & regards, Treasury Ops"])
    parts = [body]
    if nz:
        parts.append("(%s)" % nz)
    if extra:
        parts.append(extra)
    parts.append(tail)
    return " ".join(parts)


def inv_word(lang):
    if lang == "ar":
        return R.choice(["فاتورة رقم ", "الفاتورة ", "invoice "])
    if lang == "hi":
        return R.choice(["बीजक सं. ", "bill no. ", "invoice "])
    return R.choice(["invoice ", "inv ", "Invoice No. ", "our invoice "])


def join_refs(forms, lang):
    sep = R.choice([", ", " / ", " & ", "; ", " + "]) if lang == "en" else R.choice([", ", " / ", " و " if lang == "ar" else " aur "])
    return sep.join(forms)

# --------------------------------------------------------------------------------------------
# Stage 2b: payment scenarios, applied in date order against a running balance
# --------------------------------------------------------------------------------------------

BAL = {i["id"]: i["balance"] for i in invoices}
HIST_FULL = []      # (payment_id, invoice_id, amount, ref_short) of single-invoice full payments
HIST_PART = []      # invoice ids part-paid inside this file
NONCUST = ["GLOBAL REMIT EXCHANGE HOUSE LLC", "MOHAMMED ABDUL RAHMAN AL", "SUNRISE TOURS AND TRAVELS PVT LTD",
           "PRIYA RAMESH IYER", "FALAK GENERAL MAINTENANCE L.L.C", "NORTHSTAR RECRUITMENT W.L.L",
           "AL MANARA CATERING SERVICES CO", "R K ENTERPRISES", "ZENITH MARINE SUPPLIES FZE",
           "VASUDHA AGRO EXPORTS PVT LTD", "CITY TRANSPORT CORPORATION", "KHALID S AL OTAIBI",
           "BLUE LAGOON LAUNDRY W.L.L", "HORIZON EXCHANGE CO.", "SHREE BALAJI TRADERS"]


class Skip(Exception):
    pass


def opens(cid, cur, exclude=()):
    return sorted([i for i in BY_CUST[cid] if i["currency"] == cur and BAL[i["id"]] > 0 and i["id"] not in exclude],
                  key=lambda i: i["_serial"])


def subset_hits(cid, cur, amount, limit=2):
    """Sets of the customer's open invoices that sum to amount: any 1-4 invoices, or all of them."""
    items = [(BAL[i["id"]], i["id"]) for i in opens(cid, cur)]
    hits = []
    for k in range(1, 5):
        for combo in itertools.combinations(items, k):
            if sum(x[0] for x in combo) == amount:
                hits.append(sorted(x[1] for x in combo))
                if len(hits) >= limit:
                    return hits
    if len(items) > 4 and sum(x[0] for x in items) == amount:
        hits.append(sorted(x[1] for x in items))
    return hits


def ledger_hits(cur, amount):
    return [i for i in invoices if i["currency"] == cur and BAL[i["id"]] == amount]


def pick(pred=lambda c, cur: True, min_open=1, kinds=None, countries=None, twins=False):
    pool = []
    for c in customers:
        if not twins and c in (TWIN_AE, TWIN_QA, TWIN_IN1, TWIN_IN2):
            continue
        if kinds and c["kind"] not in kinds:
            continue
        if countries and c["country"] not in countries:
            continue
        for cur in c["curs"]:
            if len(opens(c["cid"], cur)) >= min_open and pred(c, cur):
                pool.append((c, cur))
    if not pool:
        raise Skip()
    return R.choice(pool)


def lang_for(c):
    if c and c["country"] == "IN":
        return R.choices(["en", "hi"], [50, 50])[0]
    return R.choices(["en", "ar"], [65, 35])[0]


def cid_or_null(c, p_known=0.6):
    return c["cid"] if R.random() < p_known else None


def A(inv, amt):
    return {"invoice_id": inv["id"], "amount": s(amt)}


def mk(c, cur, amount, status, apps, unapplied, reason, note, short=None, cands=None, ref_short=None, advice=None,
       lang="en", cid="auto", payer=None, gov_order=None, mt103_extra=None, ctry=None):
    if cid == "auto":
        cid = cid_or_null(c)
    if gov_order is None:
        gov_order = bool(c) and c["kind"] == "gov" and R.random() < 0.6
    payer_name, reference, remittance = render(c, cur, D_, ref_short, advice, lang, payer=payer, ctry=ctry,
                                               gov_order=gov_order, mt103_extra=mt103_extra)
    if reference is not None and R.random() < 0.04 and remittance:
        reference = None   # some banks deliver no reference at all
    pay = {"date": D_.isoformat(), "amount": s(amount), "currency": cur, "payer_name": payer_name,
           "customer_id": cid, "reference": reference, "remittance": remittance}
    lab = {"status": status, "applications": apps, "unapplied": s(unapplied), "short_pay": short,
           "candidates": cands or [], "reason": reason, "note": note, "lang": lang}
    return pay, lab


def refs_of(invs, lang, variant):
    forms = [inv_forms(i, variant) for i in invs]
    return forms


# ---- scenarios -------------------------------------------------------------------------------

def sc_exact_ref(variant=False):
    c, cur = pick()
    inv = R.choice(opens(c["cid"], cur))
    amt = BAL[inv["id"]]
    lang = lang_for(c)
    form = inv_forms(inv, variant)
    if R.random() < 0.6:
        ref_short, advice = form, (advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form)
                                   if R.random() < 0.4 else None)
    else:
        ref_short = R.choice([None, "PAYMENT", "VENDOR PAYMENT", "IT SERVICES"])
        advice = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form)
    kind = "ref_variant" if variant else "exact_ref"
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0, "reference %s%s and exact balance" % (
        "written as " if variant else "", form), "%s: %s written as '%s', amount = balance" % (kind, inv["number"], form),
        ref_short=ref_short, advice=advice, lang=lang), [inv]


def typo_serial(sr):
    t = str(sr)
    for _ in range(50):
        k = R.randrange(len(t) - 1)
        if R.random() < 0.5:
            u = t[:k] + t[k + 1] + t[k] + t[k + 2:]
        else:
            u = t[:k + 1] + R.choice([x for x in "0123456789" if x != t[k + 1]]) + t[k + 2:]
        if u != t and int(u) not in BY_SERIAL and u[0] != "0":
            return u
    raise Skip()


def sc_typo():
    c, cur = pick()
    inv = R.choice(opens(c["cid"], cur))
    amt = BAL[inv["id"]]
    if len(subset_hits(c["cid"], cur, amt)) != 1:
        raise Skip()
    bad = typo_serial(inv["_serial"])
    form = inv["number"].replace(str(inv["_serial"]), bad)
    if R.random() < 0.4:
        form = "INV " + bad
    lang = lang_for(c)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form) if R.random() < 0.5 else None
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0,
              "reference %s is a typo of %s (no such invoice) and the amount is that invoice's exact balance" % (form, inv["number"]),
              "typo: '%s' does not exist; nearest number %s has exactly this balance and is the only fit" % (form, inv["number"]),
              ref_short=form, advice=adv, lang=lang, cid=c["cid"] if R.random() < 0.7 else cid_or_null(c)), [inv]


GENERIC = {"en": ["IT SERVICES", "PAYMENT", "AMC CHARGES", "SOFTWARE LICENCE", "VENDOR PMT", "SUPPLIER PAYMENT",
                  "PROFESSIONAL FEES", "CLOUD HOSTING", None],
           "ar": ["سداد مستحقات", "دفعة", "IT SERVICES", None],
           "hi": ["bhugtan", "VENDOR PAYMENT", "भुगतान", None]}


def sc_amount_only():
    def ok(c, cur):
        return any(sum(1 for j in opens(c["cid"], cur) if BAL[j["id"]] == BAL[i["id"]]) == 1 for i in opens(c["cid"], cur))
    c, cur = pick(ok)
    cands = [i for i in opens(c["cid"], cur) if sum(1 for j in opens(c["cid"], cur) if BAL[j["id"]] == BAL[i["id"]]) == 1]
    inv = R.choice(cands)
    amt = BAL[inv["id"]]
    if len(subset_hits(c["cid"], cur, amt)) != 1:
        raise Skip()
    lang = lang_for(c)
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0, "no invoice reference; amount equals exactly one open invoice",
              "amount_only: customer identified by %s; %s is the only open item (or combination) with this amount" % (
                  "customer_id", inv["number"]),
              ref_short=R.choice(GENERIC[lang]), lang=lang, cid=c["cid"]), [inv]


def sc_amount_ambiguous():
    def ok(c, cur):
        b = Counter(BAL[i["id"]] for i in opens(c["cid"], cur))
        return any(v >= 2 for v in b.values())
    c, cur = pick(ok)
    b = Counter(BAL[i["id"]] for i in opens(c["cid"], cur))
    amt = R.choice([k for k, v in b.items() if v >= 2])
    same = [i for i in opens(c["cid"], cur) if BAL[i["id"]] == amt]
    same.sort(key=lambda i: (i["due_date"], i["_serial"]))
    if len(subset_hits(c["cid"], cur, amt, limit=10)) != len(same):
        raise Skip()
    lang = lang_for(c)
    txt = R.choice(["MONTHLY AMC", "SUBSCRIPTION FEE", "LICENCE RENEWAL", "SUPPORT CHARGES", None])
    return mk(c, cur, amt, "review", [], amt, "amount equals %d open invoices and nothing says which" % len(same),
              "amount_ambiguous: %s all have balance %s; no reference; candidates oldest due first" % (
                  ", ".join(i["number"] for i in same), s(amt)),
              cands=[[i["id"]] for i in same], ref_short=txt, lang=lang, cid=c["cid"]), []


def sc_list():
    c, cur = pick(min_open=3)
    op = opens(c["cid"], cur)
    k = R.randint(2, min(4, len(op)))
    invs = R.sample(op, k)
    amt = sum(BAL[i["id"]] for i in invs)
    lang = lang_for(c)
    variant = R.random() < 0.5
    forms = [inv_forms(i, variant) for i in invs]
    if R.random() < 0.5 and not variant:
        # short style: first number in full, the rest as serials
        forms = [forms[0]] + [str(i["_serial"]) for i in invs[1:]]
    refs = join_refs(forms, lang)
    if len(refs) <= 40 and R.random() < 0.5:
        ref_short, advice = refs, None
    else:
        ref_short = R.choice(GENERIC[lang])
        advice = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + refs)
    return mk(c, cur, amt, "applied", [A(i, BAL[i["id"]]) for i in invs], 0,
              "%d invoices listed and their balances add up to the payment" % k,
              "list: %s" % ", ".join(i["number"] for i in invs), ref_short=ref_short, advice=advice, lang=lang), invs


def sc_batch_list():
    c, cur = pick(min_open=4)
    op = opens(c["cid"], cur)
    k = R.randint(3, min(6, len(op)))
    invs = sorted(R.sample(op, k), key=lambda i: i["_serial"])
    lines = []
    apps = []
    part = R.random() < 0.35
    lang = lang_for(c)
    for n, i in enumerate(invs):
        a = BAL[i["id"]]
        if part and n == len(invs) - 1:
            a = q(a * D(R.choice(["0.5", "0.3", "0.6"])))
        apps.append(A(i, a))
        lines.append("%d) %s %s" % (n + 1, inv_forms(i, R.random() < 0.3), money_plain(a)))
    amt = sum(D(x["amount"]) for x in apps)
    batch = "SIF/%s/%04d" % (D_.strftime("%Y%m%d"), R.randint(1, 40))
    head = {"en": "BULK CREDIT ADVICE %s - %d lines" % (batch, k),
            "ar": "إشعار دفعة مجمعة %s - %d بنود" % (batch, k),
            "hi": "Bulk bhugtan suchna %s - %d lines" % (batch, k)}[lang]
    advice = head + "\n" + "\n".join(lines) + "\nTOTAL %s %s" % (cur, money_plain(amt))
    if part:
        advice = advice.replace(lines[-1], lines[-1] + R.choice({"en": [" (part)", " (on account)"], "ar": [" (partial / جزئي)", " (دفعة جزئية)"],
                                                                 "hi": [" (aanshik)", " (आंशिक)"]}[lang]))
        return mk(c, cur, amt, "partial", apps, 0,
                  "bulk advice lists %d invoices with amounts; the last one is paid in part" % k,
                  "batch_list: WPS-style bulk credit, last line part-paid (%s of %s on %s)" % (
                      apps[-1]["amount"], s(BAL[invs[-1]["id"]]), invs[-1]["number"]),
                  ref_short="BULK CR %s" % batch, advice=advice, lang=lang, gov_order=False), invs
    return mk(c, cur, amt, "applied", apps, 0, "bulk advice lists %d invoices whose balances make up the credit" % k,
              "batch_list: WPS-style bulk credit %s" % batch, ref_short="BULK CR %s" % batch, advice=advice,
              lang=lang, gov_order=False), invs


def batches():
    out = []
    byc = defaultdict(list)
    for i in invoices:
        if i["_batch"]:
            byc[(i["customer_id"], i["issue_date"], i["currency"])].append(i)
    for key, invs in byc.items():
        invs.sort(key=lambda i: i["_serial"])
        if len(invs) >= 2 and all(BAL[i["id"]] == i["total"] and BAL[i["id"]] > 0 for i in invs):
            lo, hi = invs[0]["_serial"], invs[-1]["_serial"]
            inside = [BY_SERIAL[x] for x in range(lo, hi + 1) if x in BY_SERIAL]
            if len(inside) == len(invs):
                out.append(invs)
    return out


def sc_range():
    bs = [b for b in batches() if CUST[b[0]["customer_id"]] not in (TWIN_AE, TWIN_QA, TWIN_IN1, TWIN_IN2)]
    if not bs:
        raise Skip()
    invs = R.choice(bs)
    c = CUST[invs[0]["customer_id"]]
    cur = invs[0]["currency"]
    amt = sum(BAL[i["id"]] for i in invs)
    lo, hi = invs[0], invs[-1]
    lang = lang_for(c)
    form = R.choice(["%s TO %s" % (lo["number"], hi["_serial"]), "INV %s-%s" % (lo["_serial"], hi["_serial"]),
                     "%s - %s" % (lo["number"], hi["number"]), "INV %s TILL %s" % (lo["_serial"], hi["_serial"]),
                     "INVOICES %s THRU %s" % (lo["_serial"], str(hi["_serial"])[-2:])])
    if lang == "ar" and R.random() < 0.5:
        form = "الفواتير من %s إلى %s" % (lo["_serial"], hi["_serial"])
    if lang == "hi" and R.random() < 0.5:
        form = "बीजक %s se %s tak" % (lo["_serial"], hi["_serial"])
    short = form if len(form) <= 34 else R.choice(GENERIC[lang])
    adv = None if short == form and R.random() < 0.5 else advice_text(lang, c, fmt_money(amt, cur, lang), form)
    return mk(c, cur, amt, "applied", [A(i, BAL[i["id"]]) for i in invs], 0,
              "range %s..%s covers %d invoices whose balances add up" % (lo["_serial"], hi["_serial"], len(invs)),
              "range: '%s' = %s" % (form, ", ".join(i["number"] for i in invs)), ref_short=short, advice=adv,
              lang=lang), invs


def sc_lump_all():
    c, cur = pick(lambda c, cur: 2 <= len(opens(c["cid"], cur)) <= 7, min_open=2)
    invs = opens(c["cid"], cur)
    amt = sum(BAL[i["id"]] for i in invs)
    lang = lang_for(c)
    txt = {"en": ["STATEMENT SETTLEMENT", "FULL AND FINAL", "CLEARING ALL O/S", "SOA SETTLEMENT"],
           "ar": ["تسوية كشف الحساب", "سداد كامل الرصيد", "STATEMENT SETTLEMENT"],
           "hi": ["poora bakaya", "SOA SETTLEMENT", "खाता निपटान"]}[lang]
    adv = None
    if R.random() < 0.5:
        adv = advice_text(lang, c, fmt_money(amt, cur, lang), {"en": "all open items on your statement",
                                                               "ar": "جميع الفواتير المستحقة في كشف الحساب",
                                                               "hi": "statement ke sabhi bakaya bills"}[lang])
    return mk(c, cur, amt, "applied", [A(i, BAL[i["id"]]) for i in invs], 0,
              "lump sum equals the total of all %d open %s invoices" % (len(invs), cur),
              "lump_all: no references; amount = sum of every open %s item of the customer" % cur,
              ref_short=R.choice(txt), advice=adv, lang=lang, cid=c["cid"]), invs


def sc_lump_ambiguous():
    def ok(c, cur):
        op = opens(c["cid"], cur)
        b = Counter(BAL[i["id"]] for i in op)
        return len(op) >= 3 and any(v == 2 for v in b.values())
    c, cur = pick(ok)
    op = opens(c["cid"], cur)
    b = Counter(BAL[i["id"]] for i in op)
    x = R.choice([k for k, v in b.items() if v == 2])
    a1, a2 = sorted([i for i in op if BAL[i["id"]] == x], key=lambda i: (i["due_date"], i["_serial"]))
    others = [i for i in op if BAL[i["id"]] != x]
    o = R.choice(others)
    amt = x + BAL[o["id"]]
    hits = subset_hits(c["cid"], cur, amt, limit=5)
    if len(hits) != 2:
        raise Skip()
    lang = lang_for(c)
    return mk(c, cur, amt, "review", [], amt, "amount fits two different pairs of invoices; nothing says which",
              "lump_ambiguous: %s + %s or %s + %s (both %s)" % (a1["number"], o["number"], a2["number"], o["number"], s(amt)),
              cands=[sorted([a1["id"], o["id"]]), sorted([a2["id"], o["id"]])],
              ref_short=R.choice(["2 INVOICES", "PAYMENT", "SETTLEMENT"]), lang=lang, cid=c["cid"]), []


PART_WORDS = {"en": ["part payment", "1st instalment", "on account", "partial settlement", "advance part payment"],
              "ar": ["دفعة جزئية", "الدفعة الأولى", "part payment / دفعة جزئية"],
              "hi": ["आंशिक भुगतान", "pehli kisht", "part payment"]}


def sc_partial():
    c, cur = pick(lambda c, cur: any(BAL[i["id"]] >= 2000 for i in opens(c["cid"], cur)))
    inv = R.choice([i for i in opens(c["cid"], cur) if BAL[i["id"]] >= 2000])
    bal = BAL[inv["id"]]
    amt = q(bal * D(R.choice(["0.5", "0.25", "0.4", "0.3333", "0.6"])))
    if R.random() < 0.6:
        amt = q(int(amt / 1000) * 1000) if amt > 5000 else q(int(amt / 100) * 100)
    if amt <= 0 or amt >= bal or subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    word = R.choice(PART_WORDS[lang])
    form = inv_forms(inv, R.random() < 0.4)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), "%s%s (%s)" % (inv_word(lang), form, word))
    HIST_PART.append(inv["id"])
    return mk(c, cur, amt, "partial", [A(inv, amt)], 0, "part payment of %s; balance stays open" % inv["number"],
              "partial: '%s', %s of %s paid" % (word, s(amt), s(bal)), ref_short=form if R.random() < 0.5 else word,
              advice=adv, lang=lang), [inv]


def sc_remainder():
    pool = [iid for iid in HIST_PART if BAL[iid] > 0]
    pool += [i["id"] for i in invoices if i["balance"] < i["total"] and BAL[i["id"]] == i["balance"] > 0]
    pool = [p for p in pool if CUST[INV[p]["customer_id"]] not in (TWIN_AE, TWIN_QA, TWIN_IN1, TWIN_IN2)]
    if not pool:
        raise Skip()
    inv = INV[R.choice(pool)]
    c = CUST[inv["customer_id"]]
    cur = inv["currency"]
    amt = BAL[inv["id"]]
    lang = lang_for(c)
    form = inv_forms(inv, R.random() < 0.4)
    word = {"en": "balance payment", "ar": "سداد الرصيد المتبقي", "hi": "baki bhugtan"}[lang]
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), "%s%s (%s)" % (inv_word(lang), form, word))
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0, "pays the remaining balance of %s" % inv["number"],
              "remainder: earlier part payment left %s open on %s (total %s)" % (s(amt), inv["number"], s(inv["total"])),
              ref_short=form, advice=adv, lang=lang), [inv]


def tan():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def sc_tds():
    c, cur = pick(lambda c, cur: cur == "INR" and any(BAL[i["id"]] == i["total"] for i in opens(c["cid"], cur)),
                  countries=["IN"])
    inv = R.choice([i for i in opens(c["cid"], cur) if BAL[i["id"]] == i["total"]])
    sec, rate = R.choice([("194J", D("0.10")), ("194J", D("0.02")), ("194C", D("0.02")), ("194J(b)", D("0.10"))])
    tds = q(inv["_net"] * rate)
    bal = BAL[inv["id"]]
    amt = bal - tds
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    cert = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))
    form = inv_forms(inv, R.random() < 0.4)
    pct = "%d%%" % int(rate * 100)
    taxable = money_lakh(inv["_net"])
    if lang == "hi":
        extra = R.choice(["टीडीएस u/s %s @%s taxable value Rs.%s par Rs.%s kaata gaya. TDS certificate (Form 16A) सं. %s, TAN %s." ,
                          "TDS काटा गया u/s %s @%s on Rs.%s = Rs.%s; Form 16A cert no. %s, deductor TAN %s."]) % (
            sec, pct, taxable, money_lakh(tds), cert, tan())
    else:
        extra = "Gross %s less TDS u/s %s @%s on taxable value Rs.%s = Rs.%s. Net paid %s. TDS certificate no. %s (TAN %s) will be issued in Form 16A." % (
            money_lakh(bal), sec, pct, taxable, money_lakh(tds), money_lakh(amt), cert, tan())
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form, extra)
    short = {"invoice_id": inv["id"], "amount": s(tds), "reason": "TDS withheld u/s %s @%s (cert %s)" % (sec, pct, cert)}
    return mk(c, cur, amt, "partial", [A(inv, amt)], 0, "net of TDS %s; deduction opened for the TDS amount" % s(tds),
              "tds: %s @%s on net %s = %s; paid %s of %s" % (sec, pct, s(inv["_net"]), s(tds), s(amt), s(bal)),
              short=short, ref_short=form if R.random() < 0.5 else None, advice=adv, lang=lang), [inv]


def sc_wht():
    c, cur = pick(lambda c, cur: any(BAL[i["id"]] == i["total"] for i in opens(c["cid"], cur)), countries=["SA", "QA"])
    inv = R.choice([i for i in opens(c["cid"], cur) if BAL[i["id"]] == i["total"]])
    lic = R.random() < 0.35 and c["country"] == "SA"
    rate = D("0.15") if lic else D("0.05")
    wht = q(inv["_net"] * rate)
    bal = BAL[inv["id"]]
    amt = bal - wht
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    what = "software licence royalty" if lic else "technical services"
    pct = "%d%%" % int(rate * 100)
    if lang == "ar":
        extra = "خصم ضريبة الاستقطاع %s (%s) بمبلغ %s من قيمة الفاتورة قبل الضريبة %s." % (
            pct, what, fmt_money(wht, cur, "en"), money_plain(inv["_net"]))
    else:
        extra = "Less withholding tax %s on %s (base %s): %s. WHT certificate to follow." % (
            pct, what, money_plain(inv["_net"]), fmt_money(wht, cur, "en"))
    form = inv_forms(inv, R.random() < 0.4)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form, extra)
    short = {"invoice_id": inv["id"], "amount": s(wht), "reason": "withholding tax %s (%s)" % (pct, what)}
    return mk(c, cur, amt, "partial", [A(inv, amt)], 0, "net of %s withholding tax; deduction opened" % pct,
              "wht: %s of net %s = %s; paid %s of %s" % (pct, s(inv["_net"]), s(wht), s(amt), s(bal)),
              short=short, ref_short=form if R.random() < 0.5 else None, advice=adv, lang=lang), [inv]


def sc_vat_short():
    c, cur = pick(lambda c, cur: cur in ("AED", "SAR") and any(BAL[i["id"]] == i["total"] for i in opens(c["cid"], cur)),
                  countries=["AE", "SA"])
    inv = R.choice([i for i in opens(c["cid"], cur) if BAL[i["id"]] == i["total"]])
    bal = BAL[inv["id"]]
    vat = bal - inv["_net"]
    amt = inv["_net"]
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    why = R.choice(["your TRN is missing on the invoice", "tax invoice not in the required format",
                    "VAT to be paid on receipt of a corrected tax invoice"])
    if lang == "ar":
        extra = "تم حجز ضريبة القيمة المضافة %s (%s) لحين استلام فاتورة ضريبية معدلة." % (fmt_money(vat, cur, "en"), why)
    else:
        extra = "VAT amount %s withheld - %s." % (fmt_money(vat, cur, "en"), why)
    form = inv_forms(inv, False)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form, extra)
    short = {"invoice_id": inv["id"], "amount": s(vat), "reason": "VAT withheld pending corrected tax invoice"}
    return mk(c, cur, amt, "partial", [A(inv, amt)], 0, "paid net of VAT; VAT portion short-paid with a stated reason",
              "vat_short: VAT %s withheld (%s)" % (s(vat), why), short=short, ref_short=form, advice=adv, lang=lang), [inv]


def sc_bank_charges():
    c, cur = pick(lambda c, cur: cur == "USD" and any(BAL[i["id"]] >= 1000 for i in opens(c["cid"], cur)))
    inv = R.choice([i for i in opens(c["cid"], cur) if BAL[i["id"]] >= 1000])
    bal = BAL[inv["id"]]
    fee = q(R.choice(["15.00", "20.00", "25.00", "35.00", "18.50"]))
    amt = bal - fee
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    form = inv_forms(inv, R.random() < 0.3)
    extra = ":33B:USD%s :71A:SHA :71F:USD%s" % (str(bal).replace(".", ","), str(fee).replace(".", ","))
    short = {"invoice_id": inv["id"], "amount": s(fee), "reason": "bank charges deducted in transit (71F)"}
    return mk(c, cur, amt, "partial", [A(inv, amt)], 0,
              "MT103 instructed %s (33B) for %s, USD %s taken as correspondent charges (71F)" % (s(bal), inv["number"], s(fee)),
              "bank_charges: SHA transfer; received amount short by the 71F charge", short=short, ref_short=form,
              advice=None, lang="en", mt103_extra=extra), [inv]


def sc_retention():
    c, cur = pick(lambda c, cur: cur != "USD" and cur != "INR" and any(BAL[i["id"]] == i["total"] and i["total"] > 5000 for i in opens(c["cid"], cur)),
                  kinds=["gov", "bank"])
    inv = R.choice([i for i in opens(c["cid"], cur) if BAL[i["id"]] == i["total"] and i["total"] > 5000])
    bal = BAL[inv["id"]]
    if R.random() < 0.5:
        ded = q(bal * D("0.10"))
        why = "10%% retention money held until final acceptance (contract CTR/%s/2025/%s)" % (c["country"], digits(4))
        reason = "retention 10% held until final acceptance"
    else:
        ded = q(bal * D(R.choice(["0.02", "0.03", "0.05"])))
        why = "liquidated damages for SLA breach (%s)" % R.choice(["late go-live", "P1 ticket resolution", "uptime below 99.5%"])
        reason = "liquidated damages / SLA penalty"
    amt = bal - ded
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    form = inv_forms(inv, R.random() < 0.4)
    extra = ("خصم: %s %s" if lang == "ar" else "Less %s: %s") % (why, fmt_money(ded, cur, "en"))
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form, extra)
    short = {"invoice_id": inv["id"], "amount": s(ded), "reason": reason}
    return mk(c, cur, amt, "partial", [A(inv, amt)], 0, "short pay: %s" % reason,
              "retention_ld: %s deducted %s" % (reason, s(ded)), short=short, ref_short=form if R.random() < 0.5 else None,
              advice=adv, lang=lang), [inv]


def sc_overpay():
    c, cur = pick()
    op = opens(c["cid"], cur)
    pre = [i for i in op if i["balance"] < i["total"] and BAL[i["id"]] == i["balance"]]
    if pre and R.random() < 0.6:
        inv = R.choice(pre)
        amt = inv["total"]
        why = "paid the invoice total although %s had already been received" % s(inv["total"] - inv["balance"])
    else:
        inv = R.choice(op)
        extra = q(R.choice([inv["total"] * D("0.05"), D(R.choice([100, 250, 500, 1000, 5000])), D("0.50")]))
        amt = BAL[inv["id"]] + extra
        why = R.choice(["VAT added twice", "rounded up", "paid on old quotation amount", "no reason given"])
    bal = BAL[inv["id"]]
    over = amt - bal
    if over <= 0 or subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    form = inv_forms(inv, R.random() < 0.3)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form) if R.random() < 0.6 else None
    return mk(c, cur, amt, "unapplied", [A(inv, bal)], over,
              "pays %s in full and leaves %s over as unapplied cash" % (inv["number"], s(over)),
              "overpay: %s; balance %s, paid %s" % (why, s(bal), s(amt)), ref_short=form, advice=adv, lang=lang), [inv]


def sc_duplicate():
    pool = [h for h in HIST_FULL if BAL[h[1]] == 0 and CUST[INV[h[1]]["customer_id"]] not in (TWIN_AE, TWIN_QA, TWIN_IN1, TWIN_IN2)]
    if not pool:
        raise Skip()
    pid, iid, amt, ref_short = R.choice(pool)
    inv = INV[iid]
    c = CUST[inv["customer_id"]]
    cur = inv["currency"]
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    form = inv_forms(inv, R.random() < 0.3)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form) if R.random() < 0.5 else None
    return mk(c, cur, amt, "unapplied", [], amt, "%s was already paid in full by %s; held on account" % (inv["number"], pid),
              "duplicate: second payment of %s (first paid by %s)" % (inv["number"], pid), ref_short=form, advice=adv,
              lang=lang, cid=c["cid"]), []


def sc_closed_ref():
    c, cur = pick(lambda c, cur: cur != "USD")
    old = R.randint(8100, 9900)
    form = ("IN/24-25/%d" % old) if c["country"] == "IN" else PREFIX[c["country"]] + str(old)
    amt = net_amount(cur, c["kind"]) * (1 + VAT[c["country"]])
    amt = q(amt)
    if subset_hits(c["cid"], cur, amt) or ledger_hits(cur, amt):
        raise Skip()
    lang = lang_for(c)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form)
    return mk(c, cur, amt, "unapplied", [], amt,
              "references %s, which is not open (already settled/closed); fits no open invoice" % form,
              "closed_ref: old number %s not in the open list; no open item or combination equals %s" % (form, s(amt)),
              ref_short=form, advice=adv, lang=lang, cid=c["cid"]), []


def sc_on_account():
    c, cur = pick()
    amt = q(D(R.choice([5000, 10000, 25000, 50000, 75000, 100000, 150000])) * D(R.choice([1, 2, 3])))
    if cur == "INR":
        amt *= 10
    if subset_hits(c["cid"], cur, amt):
        raise Skip()
    lang = lang_for(c)
    po = "45000%s" % digits(5)
    txt = {"en": R.choice(["ADVANCE AGAINST PO %s" % po, "MOBILISATION ADVANCE 20%% PO %s" % po, "ADVANCE PAYMENT - NEW LICENCES"]),
           "ar": R.choice(["دفعة مقدمة أمر شراء %s" % po, "ADVANCE PAYMENT دفعة مقدمة"]),
           "hi": R.choice(["agrim bhugtan PO %s" % po, "ADVANCE PAYMENT अग्रिम"])}[lang]
    return mk(c, cur, amt, "unapplied", [], amt, "advance / on-account payment from a known customer; fits no invoice",
              "on_account: advance, no open item or combination equals %s" % s(amt), ref_short=txt[:34], advice=None,
              lang=lang, cid=c["cid"]), []


def sc_unknown():
    cur = R.choice(["AED", "SAR", "QAR", "INR", "USD", "AED", "INR"])
    ctry = {"AED": "AE", "SAR": "SA", "QAR": "QA", "INR": "IN", "USD": R.choice(["AE", "SA", "QA"])}[cur]
    payer = R.choice(NONCUST)
    pool = [i for i in invoices if i["currency"] == cur and BAL[i["id"]] > 0]
    if R.random() < 0.35:
        inv = R.choice(pool)
        amt = BAL[inv["id"]]
        if len(ledger_hits(cur, amt)) != 1:
            raise Skip()
        cands = [[inv["id"]]]
        note = "unknown payer; amount happens to equal %s (%s) only - listed as candidate, not applied" % (inv["number"], inv["customer_name"])
    else:
        amt = q(D(R.randint(500, 90000)) + D(R.choice(["0", "0.5", "0.75", "0"])))
        if cur == "INR":
            amt *= 7
        if ledger_hits(cur, amt):
            raise Skip()
        cands = []
        note = "unknown payer; name matches no customer, no reference, amount matches no open item"
    lang = "en" if R.random() < 0.7 else ("hi" if ctry == "IN" else "ar")
    txt = R.choice(["TRANSFER", "PAYMENT", None, "FAMILY MAINT" if ctry == "IN" else "TRF", "SERVICES"])
    return mk(None, cur, amt, "review", [], amt, "payer not identified", "unknown_payer: " + note, cands=cands,
              ref_short=txt, lang=lang, cid=None, payer=payer, ctry=ctry, gov_order=False), []


def sc_twin():
    a, b = R.choice([(TWIN_AE, TWIN_QA), (TWIN_IN1, TWIN_IN2)])
    cur = "USD" if a is TWIN_AE else "INR"
    payer = bank_name(a)[:35]
    payer = a["name"].upper()[:35]
    if R.random() < 0.55:
        # ambiguous: same amount open for both twins
        if a is TWIN_AE:
            ia = [i for i in opens(a["cid"], cur) if BAL[i["id"]] == q("24000.00")]
            ib = [i for i in opens(b["cid"], cur) if BAL[i["id"]] == q("24000.00")]
            if not ia or not ib:
                raise Skip()
            ia, ib = ia[0], ib[0]
        else:
            bl = {BAL[i["id"]]: i for i in opens(b["cid"], cur)}
            both = [i for i in opens(a["cid"], cur) if BAL[i["id"]] in bl]
            if not both:
                # create the coincidence by choosing an amount open for each
                raise Skip()
            ia = R.choice(both)
            ib = bl[BAL[ia["id"]]]
        amt = BAL[ia["id"]]
        if len(subset_hits(a["cid"], cur, amt)) != 1 or len(subset_hits(b["cid"], cur, amt)) != 1:
            raise Skip()
        cands = sorted([[ia["id"]], [ib["id"]]], key=lambda x: (INV[x[0]]["due_date"], x[0]))
        return mk(a, cur, amt, "review", [], amt,
                  "payer name cut at 35 chars fits two customers, each with an open item of this amount",
                  "twin_name: '%s' = %s or %s; no reference" % (payer, a["name"], b["name"]), cands=cands,
                  ref_short=R.choice(["PAYMENT", "LICENCE FEE", None]), lang="en", cid=None, payer=payer), []
    c = R.choice([a, b])
    op = opens(c["cid"], cur)
    if not op:
        raise Skip()
    inv = R.choice(op)
    amt = BAL[inv["id"]]
    form = inv_forms(inv, False)
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0,
              "payer name fits two customers but the reference %s and its exact balance settle it" % form,
              "twin_name_resolved: '%s' truncated; invoice number identifies %s" % (payer, c["name"]),
              ref_short=form, lang="en", cid=None, payer=payer), [inv]


def sc_conflict():
    c, cur = pick(min_open=2)
    op = opens(c["cid"], cur)
    a, b = R.sample(op, 2)
    if BAL[a["id"]] == BAL[b["id"]]:
        raise Skip()
    amt = BAL[b["id"]]
    if len(subset_hits(c["cid"], cur, amt)) != 1:
        raise Skip()
    lang = lang_for(c)
    form = inv_forms(a, R.random() < 0.3)
    adv = advice_text(lang, c, fmt_money(amt, cur, lang), inv_word(lang) + form) if R.random() < 0.5 else None
    if amt < BAL[a["id"]]:
        note = "conflict: reference %s (balance %s) but amount equals %s exactly; could be a part payment of the first or a mis-quoted reference for the second" % (
            a["number"], s(BAL[a["id"]]), b["number"])
    else:
        note = "conflict: reference %s (balance %s) but amount equals %s exactly; overpayment of the first or wrong reference for the second" % (
            a["number"], s(BAL[a["id"]]), b["number"])
    return mk(c, cur, amt, "review", [], amt, "reference and amount point at different invoices", note,
              cands=[[a["id"]], [b["id"]]], ref_short=form, advice=adv, lang=lang, cid=c["cid"]), []


def sc_po_lookalike():
    def ok(c, cur):
        return any(sum(1 for j in opens(c["cid"], cur) if BAL[j["id"]] == BAL[i["id"]]) == 1 for i in opens(c["cid"], cur))
    c, cur = pick(ok)
    cands = [i for i in opens(c["cid"], cur) if sum(1 for j in opens(c["cid"], cur) if BAL[j["id"]] == BAL[i["id"]]) == 1]
    inv = R.choice(cands)
    amt = BAL[inv["id"]]
    if len(subset_hits(c["cid"], cur, amt)) != 1:
        raise Skip()
    other = R.choice([i for i in invoices if i["customer_id"] != c["cid"] and BAL[i["id"]] != amt])
    po = str(other["_serial"])
    lang = lang_for(c)
    poword = R.choice(PO_WORDS) if lang == "en" else ("أمر شراء" if lang == "ar" else "PO / क्रय आदेश")
    txt = "%s %s" % (R.choice(["PO", "P.O.", "PO NO"]), po)
    adv = None
    if R.random() < 0.5:
        adv = {"en": "Payment against our %s %s. Regards, Procurement" % (poword, po),
               "ar": "دفعة مقابل %s رقم %s" % (poword, po),
               "hi": "%s %s ke against bhugtan" % (poword, po)}[lang]
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0,
              "%s is the customer's PO number, not an invoice; amount equals exactly one open invoice" % po,
              "po_lookalike: PO %s looks like the serial of %s (another customer, other amount); %s is the only fit" % (
                  po, other["number"], inv["number"]), ref_short=txt, advice=adv, lang=lang, cid=c["cid"]), [inv]


PEG = {"AED": D("3.6725"), "SAR": D("3.75"), "QAR": D("3.64")}


def sc_other_currency():
    c, cur = pick(lambda c, cur: cur in PEG and "USD" not in c["curs"])
    inv = R.choice(opens(c["cid"], cur))
    bal = BAL[inv["id"]]
    pcur = R.choice(["USD", "USD", "EUR"])
    amt = q(bal / PEG[cur]) if pcur == "USD" else q(bal / PEG[cur] * D("0.92"))
    form = inv_forms(inv, False)
    lang = lang_for(c)
    adv = advice_text(lang, c, fmt_money(amt, pcur, "en"), inv_word(lang) + form) if R.random() < 0.6 else None
    return mk(c, pcur, amt, "review", [], amt,
              "paid in %s for a %s invoice; cannot apply across currencies" % (pcur, cur),
              "other_currency: %s %s against %s (%s %s); no %s invoices open for this customer" % (
                  pcur, s(amt), inv["number"], cur, s(bal), pcur), cands=[[inv["id"]]], ref_short=form, advice=adv,
              lang=lang, cid=c["cid"]), []


def sc_multicur():
    pool = [(cid, u, l) for cid, u, l in MULTI_SAME if BAL[u] > 0 and BAL[l] > 0 and BAL[u] == BAL[l]]
    if not pool:
        raise Skip()
    cid, u, l = R.choice(pool)
    c = CUST[cid]
    inv = INV[u]
    amt = BAL[u]
    if len(subset_hits(cid, "USD", amt)) != 1:
        raise Skip()
    return mk(c, "USD", amt, "applied", [A(inv, amt)], 0,
              "USD payment equals exactly one open USD invoice (a %s invoice has the same figure)" % INV[l]["currency"],
              "multicurrency: %s (USD) and %s (%s) both show %s; the payment is USD" % (
                  inv["number"], INV[l]["number"], INV[l]["currency"], s(amt)),
              ref_short=R.choice(["LICENCE FEE", "PAYMENT", None]), lang="en", cid=cid), [inv]


def sc_third_party():
    if R.random() < 0.5:
        c = SUBSID
        payer = bank_name(PARENT)
        who = "parent company"
    else:
        c = R.choice([x for x in customers if x["country"] in ("AE", "QA") and x["kind"] == "ent"
                      and x not in (TWIN_AE, TWIN_QA)])
        payer = R.choice(["HORIZON EXCHANGE CO.", "GLOBAL REMIT EXCHANGE HOUSE LLC"])
        who = "exchange house"
    cur = c["curs"][0]
    op = opens(c["cid"], cur)
    if not op:
        raise Skip()
    inv = R.choice(op)
    amt = BAL[inv["id"]]
    form = inv["number"]
    lang = "en"
    adv = "On behalf of %s: %s for %s" % (c["name"], fmt_money(amt, cur, "en"), form)
    return mk(c, cur, amt, "applied", [A(inv, amt)], 0,
              "paid by a third party (%s) but the invoice number and exact balance identify it" % who,
              "third_party: %s pays %s of %s" % (payer, form, c["name"]), ref_short=form, advice=adv, lang=lang,
              cid=None, payer=payer), [inv]


def sc_bad_row():
    kind = BAD_KINDS.pop(0) if BAD_KINDS else "zero"
    c, cur = pick()
    inv = R.choice(opens(c["cid"], cur))
    form = inv["number"]
    pay, lab = mk(c, cur, BAL[inv["id"]], "review", [], 0, "", "", ref_short=form, lang="en", cid=c["cid"])
    if kind == "zero":
        pay["amount"] = "0.00"
        why = "amount is zero (zero-value advice line)"
    elif kind == "negative":
        pay["amount"] = "-" + s(BAL[inv["id"]])
        pay["reference"] = "RETURN/RECALL " + (pay["reference"] or "")
        why = "negative amount (returned / recalled transfer), not a receipt"
    elif kind == "no_currency":
        pay["currency"] = None
        why = "currency missing"
    elif kind == "bad_amount":
        pay["amount"] = money_plain(BAL[inv["id"]]).replace(",", " ") + " " + cur
        why = "amount is not a decimal string"
    elif kind == "bad_currency":
        pay["currency"] = "DHS"
        why = "currency is not an ISO 4217 code"
    else:
        pay["amount"] = None
        why = "amount missing"
    lab["unapplied"] = "0.00"
    lab["reason"] = "bad row: " + why
    lab["note"] = "bad_row: %s; nothing applied, no candidates" % why
    return (pay, lab), []


BAD_KINDS = ["zero", "negative", "no_currency", "bad_amount", "negative", "null_amount", "bad_currency"]

PLAN = [("exact_ref", 67, lambda: sc_exact_ref(False)), ("ref_variant", 40, lambda: sc_exact_ref(True)),
        ("typo", 12, sc_typo), ("amount_only", 28, sc_amount_only), ("amount_ambiguous", 12, sc_amount_ambiguous),
        ("list", 28, sc_list), ("batch_list", 10, sc_batch_list), ("range", 10, sc_range),
        ("lump_all", 12, sc_lump_all), ("lump_ambiguous", 5, sc_lump_ambiguous), ("partial", 18, sc_partial),
        ("remainder", 10, sc_remainder), ("tds", 18, sc_tds), ("wht", 10, sc_wht), ("vat_short", 5, sc_vat_short),
        ("bank_charges", 7, sc_bank_charges), ("retention_ld", 6, sc_retention), ("overpay", 12, sc_overpay),
        ("duplicate", 10, sc_duplicate), ("closed_ref", 5, sc_closed_ref), ("on_account", 12, sc_on_account),
        ("unknown_payer", 14, sc_unknown), ("twin_name", 8, sc_twin), ("conflict", 8, sc_conflict),
        ("po_lookalike", 8, sc_po_lookalike), ("other_currency", 8, sc_other_currency),
        ("multicurrency", 5, sc_multicur), ("third_party", 5, sc_third_party), ("bad_row", 7, sc_bad_row)]
FN = {k: f for k, n, f in PLAN}
DEPENDENT = {"remainder", "duplicate"}

seq = [k for k, n, f in PLAN for _ in range(n) if k not in DEPENDENT]
R.shuffle(seq)
dep = [k for k, n, f in PLAN for _ in range(n) if k in DEPENDENT]
for k in dep:   # dependent scenarios go into the later part of the stream
    seq.insert(R.randint(len(seq) // 3, len(seq)), k)

PAY_START, PAY_END = date(2026, 1, 6), date(2026, 3, 31)
days = [PAY_START + timedelta(d) for d in range((PAY_END - PAY_START).days + 1)]
days = [d for d in days if d.weekday() < 5]
dates = sorted(R.choice(days) for _ in seq)

HI_WORDS = ("bhugtan", "kisht", "aanshik", "baki", "dhanyavaad", "kaata", "agrim", "bakaya", " tak", " ka ")


def detect_lang(pay):
    txt = " ".join(x for x in (pay["reference"], pay["remittance"]) if x)
    if any("\u0600" <= ch <= "\u06ff" for ch in txt):
        return "ar"
    if any("\u0900" <= ch <= "\u097f" for ch in txt) or any(w in txt.lower() for w in HI_WORDS):
        return "hi"
    return "en"


LANGS = {}
payments, labels = [], []
for n, (kind, D_) in enumerate(zip(seq, dates)):
    for attempt in range(60):
        try:
            k = kind if attempt < 40 else "exact_ref"
            (pay, lab), touched = FN[k]()
            break
        except Skip:
            continue
    pid = "p-%04d" % (n + 1)
    pay = dict({"id": pid}, **pay)
    for a in lab["applications"]:
        BAL[a["invoice_id"]] -= D(a["amount"])
        assert BAL[a["invoice_id"]] >= 0, (pid, k)
    if k in ("exact_ref", "ref_variant", "amount_only", "remainder") and len(lab["applications"]) == 1:
        a = lab["applications"][0]
        HIST_FULL.append((pid, a["invoice_id"], D(a["amount"]), None))
    lab = dict({"payment_id": pid}, **lab)
    lab["scenario"] = k
    lang = detect_lang(pay)
    lab["note"] = "[%s, %s] %s" % (k, lang, lab["note"])
    del lab["lang"]
    LANGS[pid] = lang
    payments.append(pay)
    labels.append(lab)

# --------------------------------------------------------------------------------------------
# Stage 3: README
# --------------------------------------------------------------------------------------------
SCEN_DOC = {
    "exact_ref": "reference/remittance carries the invoice number exactly as issued; amount = balance",
    "ref_variant": "number written another way (bare serial, INV#, no dashes, IN2526/…, lower case)",
    "typo": "number with a transposed/wrong digit that matches no invoice; amount = the near invoice's balance and fits nothing else",
    "amount_only": "no invoice reference; known customer; amount equals exactly one open item and no combination",
    "amount_ambiguous": "no reference; two or three open items of the same amount (AMC / subscription) -> review",
    "list": "several invoice numbers in one payment (mixed full number and bare serials, Arabic/Hindi connectors)",
    "batch_list": "WPS-style bulk credit (SIF batch) with a line per invoice; some batches part-pay the last line",
    "range": "'X TO Y', 'INV a-b', 'a TILL b', 'INVOICES a THRU bb' (abbreviated end), Arabic/Hindi ranges",
    "lump_all": "statement settlement: amount = all open items of that currency",
    "lump_ambiguous": "amount fits two different invoice pairs -> review with both sets",
    "partial": "instalment / on-account part payment of a referenced invoice -> partial, no short_pay",
    "remainder": "pays what an earlier payment in this file (or before the cut-off) left open",
    "tds": "Indian payer withholds TDS (194J/194C, 2% or 10% of the taxable value) with certificate no. and TAN",
    "wht": "Saudi/Qatari withholding tax 5% (services) or 15% (licence royalty) on the pre-VAT base",
    "vat_short": "UAE/KSA payer pays net and holds back the VAT pending a corrected tax invoice",
    "bank_charges": "MT103 SHA transfer: 33B instructed = balance, 71F correspondent charge deducted",
    "retention_ld": "government/bank payer deducts 10% retention or SLA liquidated damages",
    "overpay": "pays more than the balance (e.g. the invoice total after an earlier part payment)",
    "duplicate": "second payment of an invoice an earlier payment in this file already cleared",
    "closed_ref": "known customer quotes an old number not in the open list; amount fits nothing",
    "on_account": "advance / mobilisation payment from a known customer; fits no invoice",
    "unknown_payer": "payer is no customer, no customer_id, no usable reference",
    "twin_name": "payer name cut at 35 characters fits two customers; resolved only when an invoice number is given",
    "conflict": "reference names one invoice, amount equals another invoice exactly -> review",
    "po_lookalike": "customer's PO number equals another customer's invoice serial; the amount identifies the real invoice",
    "other_currency": "USD/EUR payment for an AED/SAR/QAR invoice of a customer with no invoices in that currency -> review",
    "multicurrency": "USD payment; the customer has a USD and a local-currency invoice with the same figure",
    "third_party": "parent company or exchange house pays a customer's invoice with its exact number",
    "bad_row": "zero / negative / missing or malformed amount or currency",
}


def write_readme():
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    sc_st = defaultdict(Counter)
    for l in labels:
        sc_st[l["scenario"]][l["status"]] += 1
    lg = Counter(LANGS.values())
    cur = Counter(p["currency"] for p in payments)
    icur = Counter(i["currency"] for i in invoices)
    nocid = sum(1 for p in payments if p["customer_id"] is None)
    out = []
    w = out.append
    w("# Blind cash-application set: `ledger_gulf_india_it`\n")
    w("Theme: an IT services and software-licensing company (made up) invoicing enterprises, banks and government")
    w("bodies in the UAE (AED), Saudi Arabia (SAR), Qatar (QAR) and India (INR), plus USD contracts in the Gulf.")
    w("Every company, bank, person, PO, UTR, TAN and certificate number is invented. Built by `build.py`")
    w("(seed %d, stdlib only); `check.py` re-verifies every label.\n" % SEED)
    w("## Files\n")
    w("| file | rows | content |\n|---|---|---|")
    w("| `ledger_gulf_india_it/invoices.json` | %d | open invoices (contract fields; file order shuffled) |" % len(invoices))
    w("| `ledger_gulf_india_it/payments.json` | %d | bank credits, oldest first, %s to %s |" % (
        len(payments), payments[0]["date"], payments[-1]["date"]))
    w("| `ledger_gulf_india_it/labels.json` | %d | expected MATCHES.json entry per payment + `scenario` + `note` |\n" % len(labels))
    w("Invoices per currency: " + ", ".join("%s %d" % kv for kv in sorted(icur.items())) + ".")
    w("Invoice numbers: `DXB-INV-nnnnn` (UAE), `RUH-INV-nnnnn` (KSA), `DOH-INV-nnnnn` (Qatar), `IN/25-26/nnnnn`")
    w("(India, Indian fiscal year). The 5-digit serial is unique across all entities, so a bare serial identifies an invoice.\n")
    w("## Bank data\n")
    w("- India: `NEFT CR-<IFSC>-<payer cut to 16-24 chars>-<16-char UTR>`, `RTGS CR-<22-char UTR>-…`, `IMPS/P2A/<12-digit RRN>/…`;")
    w("  UTRs, RRNs, IFSCs, TANs and PO numbers are digits that can contain invoice-like 5-digit runs by chance.")
    w("- Gulf: `UAEFTS`/`SARIE`/`QATCH` inward credits; government vouchers (`MOF PAYMENT ORDER`, `GOVT PMT VOUCHER`,")
    w("  `MOF QA PAYMENT REF`); SWIFT MT103 as `:20:<ref> :70:<field 70>` (35-char lines flattened with a space), plus `:33B:`/`:71A:`/`:71F:` for charges (comma decimals).")
    w("- Payer names upper-cased, suffixes respelled (LLC/L.L.C/L L C, FZ-LLC/FZLLC, W.L.L./WLL, Pvt Ltd/PRIVATE")
    w("  LIMITED, PJSC/P.J.S.C, `M/S ` prefix) and cut at 35 characters. `customer_id` is null on %d of %d payments." % (nocid, len(payments)))
    w("- Remittance advices in English with Arabic or Hindi (Devanagari and romanised) words; INR amounts in lakh")
    w("  grouping (`Rs.1,23,456.00`, `\u20b9`); AED/SAR amounts as `AED 12,600.00`, `12,600.00 AED`, `SAR12,600.00`, `درهم`/`ريال`.\n")
    w("## Label conventions\n")
    w("- One entry per payment, same order: `payment_id, status, applications, unapplied, short_pay, candidates, reason`")
    w("  (the MATCHES.json fields) plus `scenario` and `note` (note starts `[scenario, lang]`). `reason` is free text.")
    w("- `applied`: whole amount applied, `unapplied` = `0.00`. `partial`: part payment (`short_pay` null) or short")
    w("  pay with a stated deduction (`short_pay` = {invoice_id, amount = balance − paid, reason}). `unapplied`:")
    w("  overpayment remainder (applications listed), second payment of a cleared invoice, a quoted number that is")
    w("  no longer open, or an advance; applications + unapplied = amount.")
    w("- `review`: nothing applied, `applications` = [], `unapplied` = the full amount (so the sum rule still holds),")
    w("  `candidates` = list of invoice-id lists, best first (reference before amount; otherwise oldest due date first).")
    w("  `candidates` is [] when nothing is a plausible target (unknown payer with a non-matching amount, bad rows).")
    w("- Bad rows (zero, negative, missing/malformed amount, missing/non-ISO currency): `review`, no candidates,")
    w("  `unapplied` = `0.00`. The contract defines no `error` field, so none is given; the note says what is wrong.")
    w("- Payments are applied in order: balances used by a label are what earlier payments left open.")
    w("- \"Fits\" (used for amount-only matches, ambiguity and no-fit claims) means: one open invoice, any 2-4 open")
    w("  invoices of the customer in the payment currency, or all of its open invoices in that currency.")
    w("- Short-pay `reason` strings are descriptive (TDS/WHT/VAT/bank charges/retention/LD); compare `invoice_id` and `amount`.")
    w("- Compare `applications` as a set of (invoice_id, amount); candidate sets as sets of ids.\n")
    w("## Counts\n")
    w("Per status: " + ", ".join("%s %d" % kv for kv in sorted(st.items())) + ".\n")
    w("Per payment currency: " + ", ".join("%s %d" % (k, v) for k, v in sorted(cur.items(), key=lambda kv: str(kv[0]))) + ".\n")
    w("Per language of the bank text (detected from script / romanised Hindi words): " +
      ", ".join("%s %d" % kv for kv in sorted(lg.items())) + ".\n")
    w("| scenario | n | statuses | what it is |\n|---|---|---|---|")
    for k, n in sc.most_common():
        w("| %s | %d | %s | %s |" % (k, n, ", ".join("%s %d" % kv for kv in sorted(sc_st[k].items())), SCEN_DOC.get(k, "")))
    w("\n## Deliberately hard\n")
    w("- PO numbers that are another customer's invoice serial (`PO NO 1xxxx`); UTR/RRN digit runs that look like serials.")
    w("- Typos that point at no invoice; ranges with an abbreviated end (`INVOICES 1xx75 THRU 77`).")
    w("- Two customers whose names agree in the first 35 characters (AED/QAR pair both billing USD 24,000; two INR")
    w("  Sahyadri entities): without an invoice number they go to review.")
    w("- Net-of-tax payments where the paid figure matches nothing: TDS on the pre-GST value, WHT on the pre-VAT base,")
    w("  VAT held back, 71F charges, retention and LD on government contracts.")
    w("- Recurring same-amount AMC invoices (amount alone cannot choose), same figure in USD and AED, USD/EUR paid for")
    w("  AED/SAR/QAR invoices (review, never converted), parent companies and exchange houses paying for a customer.")
    w("- Invoices already part-paid before the cut-off (balance < total): paying the total is an overpayment.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# --------------------------------------------------------------------------------------------
# Stage 2c: write files
# --------------------------------------------------------------------------------------------
os.makedirs(OUT, exist_ok=True)
inv_out = []
for i in invoices:
    inv_out.append({"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
                    "customer_name": i["customer_name"], "currency": i["currency"], "total": s(i["total"]),
                    "balance": s(i["balance"]), "issue_date": i["issue_date"].isoformat(),
                    "due_date": i["due_date"].isoformat()})
order = list(range(len(inv_out)))
R.shuffle(order)   # the file is not sorted by number
inv_out = [inv_out[k] for k in order]
with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as f:
    json.dump(inv_out, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as f:
    json.dump(payments, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print("invoices", len(inv_out), "payments", len(payments))
write_readme()
print(Counter(l["status"] for l in labels))
print(Counter(l["scenario"] for l in labels))
