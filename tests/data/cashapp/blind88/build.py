#!/usr/bin/env python3
"""Blind test set for the cash-application contract (match).
Theme: Harbourview Accountancy & Payroll Ltd (made up), UK & Ireland practice.
Deterministic (seed 314), stdlib only. Writes invoices.json, payments.json, labels.json, README.md."""
import json, random, calendar
from decimal import Decimal as D
from datetime import date, timedelta
from collections import Counter

R = random.Random(314)
C2 = D("0.01")
def m(x): return D(x).quantize(C2)
def s(x): return str(m(x))
def fmt(x):  # 1,234.50
    return "{:,.2f}".format(m(x))

# ---------------------------------------------------------------- customers
GB_A = ["Brightwater","Kestrel","Thornbury","Ashgrove","Millbank","Redcliffe","Fernhill","Oakmere","Saltmarsh","Highfield",
        "Larkspur","Copperbeech","Wrenfield","Hollins","Marlow","Bramley","Foxglove","Stonebridge","Pennine","Ravensworth",
        "Northgate","Elmstead","Westbury","Calder","Tamar","Severnside","Quayside","Hawthorn","Juniper","Alder"]
GB_B = ["Dental Practice","Joinery","Logistics","Veterinary Surgery","Property Services","Plumbing & Heating","Design Studio",
        "Physiotherapy","Building Contractors","Hair & Beauty","Catering","Electrical","Engineering","Garden Centre",
        "Print & Signs","Motors","IT Solutions","Recruitment","Care Services","Brewing Co"]
IE_A = ["O'Sullivan","Fitzgerald","Ballyhoura","Shannonside","Liffey","Corrib","Kilbride","Moylan","Clonmel","Ardmore",
        "Brennan","Carrick","Dunmore","Inishfree","Slaney","Barrow","McGrath","Kenmare","Lough Derg","Tullamore"]
IE_B = ["Haulage","Pharmacy","Construction","Dairy Supplies","Architects","Veterinary","Engineering","Hospitality","Bakery",
        "Software","Agri Services","Motors"]
US_A = ["Blue Ridge","Lakeshore","Copper Canyon","Harborlight","Prairie Wind","Granite State","Redwood","Bayside"]
US_B = ["Analytics Inc","Software LLC","Medical Devices Inc","Consulting LLC","Outdoor Gear Inc"]
FIRST = ["Mark","Sarah","Declan","Aoife","Gareth","Priya","Tom","Niamh","Rhys","Fiona","Owen","Siobhan","Callum","Helen","Liam","Bethany"]
LAST = ["Ellison","Pritchard","Doherty","Quinlan","Baxter","Hughes","Kavanagh","Morgan","Lloyd","Nolan","Patel","Sheridan","Walsh","Carver"]
CHAR = ["Community Trust","Food Bank","Hospice Shop","Youth Football Club","Heritage Society","Wildlife Rescue","Arts Centre","Men's Shed"]

customers = []
used = set()
def add_cust(name, country, kind):
    if name in used: return None
    used.add(name)
    cid = "C%04d" % (len(customers) + 1)
    cur = {"GB": "GBP", "IE": "EUR", "US": "USD"}[country]
    c = {"id": cid, "name": name, "country": country, "currency": cur, "kind": kind}
    customers.append(c); return c

while len(customers) < 300:
    r = R.random()
    if r < 0.55:
        add_cust("%s %s Ltd" % (R.choice(GB_A), R.choice(GB_B)), "GB", "ltd")
    elif r < 0.68:
        f, l = R.choice(FIRST), R.choice(LAST)
        add_cust("%s %s t/a %s %s" % (f, l, l, R.choice(["Joinery","Plumbing","Photography","Tiling","Bookkeeping","Gardening","Electrics"])), "GB", "sole")
    elif r < 0.75:
        add_cust("%s %s" % (R.choice(GB_A + ["St Aidan's","St Brigid's","Riverside"]), R.choice(CHAR)), "GB" if R.random() < .7 else "IE", "charity")
    elif r < 0.93:
        add_cust("%s %s Limited" % (R.choice(IE_A), R.choice(IE_B)), "IE", "ltd")
    else:
        add_cust("%s %s" % (R.choice(US_A), R.choice(US_B)), "US", "ltd")
# deliberately similar pairs (name_ambiguous) + a parent company group
PAIRS = [("Murphy & Co Accountancy Services Ltd", "Murphy & Co Accountancy Solutions Ltd", "GB"),
         ("Kelly Brothers Engineering Ltd", "Kelly Brothers Engineering (NI) Ltd", "GB"),
         ("Doyle Family Pharmacy Limited", "Doyle Family Pharmacies Limited", "IE"),
         ("Greenway Nurseries Holdings Ltd", "Greenway Nurseries Holding Ltd", "GB"),
         ("Atlantic Seafoods Trading Limited", "Atlantic Seafoods Trading Co Limited", "IE")]
pair_ids = []
for a, b, ctry in PAIRS:
    pair_ids.append((add_cust(a, ctry, "ltd")["id"], add_cust(b, ctry, "ltd")["id"]))
PARENTS = []
for pname, subs, ctry in [("Castlegate Dental Group Ltd", ["Castlegate Dental (Leeds) Ltd", "Castlegate Dental (York) Ltd", "Castlegate Dental (Hull) Ltd"], "GB"),
                          ("Shannon Leisure Holdings Limited", ["Shannon Leisure Hotels Limited", "Shannon Leisure Spa Limited"], "IE"),
                          ("Pemberton Care Group Ltd", ["Pemberton Care Homes Ltd", "Pemberton Domiciliary Care Ltd", "Pemberton Training Ltd"], "GB")]:
    p = add_cust(pname, ctry, "parent")
    PARENTS.append((p["id"], [add_cust(sn, ctry, "sub")["id"] for sn in subs]))
SO_CUST = []
for nm in ["Wexcombe Signs Ltd", "Harrowdene Lettings Ltd", "Penrose Tutoring Ltd", "Glasshouse Florists Ltd",
           "Mournview Farm Shop Ltd", "Tidewell Marine Ltd", "Bellcote Interiors Ltd", "Sandgate Mobility Ltd",
           "Upperby Cycles Ltd", "Crowthorne Kennels Ltd", "Lantern Lane Nursery Ltd", "Hobson & Vale Surveyors Ltd"]:
    SO_CUST.append(add_cust(nm, "GB", "so"))
CUST = {c["id"]: c for c in customers}

def bank_name(name):
    if isinstance(name, dict): name = name["name"]
    n = name.upper().replace("'", "").replace(".", "").replace(",", "").replace("(", "").replace(")", "")
    n = n.replace(" LIMITED", " LTD")
    return n[:18].rstrip()

# ---------------------------------------------------------------- invoices
START = date(2025, 9, 1)
items = []  # (issue_date, groupkey, seq, cust, net, desc)
VAT = {"GBP": D("1.20"), "EUR": D("1.23"), "USD": D("1.00")}
MONTHLY = {}  # cust -> fixed monthly fee (gross) for standing-order / duplicate-amount customers
for c in customers:
    n = R.choice([2, 3, 3, 4, 4, 5, 5, 6, 7, 8]) if c["kind"] not in ("parent",) else 2
    if c["kind"] == "so": n = 1 if SO_CUST.index(c) < 8 else 3
    mode = R.random()
    if mode < 0.25 and c["kind"] != "so":      # retainer client: identical monthly fee
        fee = m(R.choice([150, 175, 200, 225, 250, 295, 320, 350, 395, 450]))
        MONTHLY[c["id"]] = fee
    for k in range(n):
        d = START + timedelta(days=R.randint(0, 190))
        if c["id"] in MONTHLY and R.random() < 0.7:
            items.append((d, c["id"] + "m%d" % k, 0, c, MONTHLY[c["id"]] / VAT[c["currency"]], "Monthly bookkeeping & payroll retainer", True))
            continue
        desc, lo, hi = R.choice([("Year-end accounts and corporation tax return", 650, 3200),
                                 ("Payroll bureau services", 45, 420), ("VAT return preparation", 120, 480),
                                 ("Self-assessment tax return", 180, 650), ("Tax advisory: R&D claim", 900, 5200),
                                 ("Management accounts", 250, 1400), ("Company secretarial", 60, 240),
                                 ("Charity independent examination", 300, 1200), ("Bookkeeping", 90, 900)])
        net = m(D(R.randint(lo * 100, hi * 100)) / 100)
        if R.random() < 0.5: net = m(round(net / 5) * 5)
        items.append((d, c["id"] + "x%d" % k, 0, c, net, desc, False))
# range customers: batches of 3-4 consecutive invoices issued together
RANGE_CUST = [c for c in customers if c["kind"] in ("ltd", "charity")][5:29:2]
for c in RANGE_CUST:
    d = START + timedelta(days=R.randint(60, 170))
    for k in range(R.choice([3, 4])):
        items.append((d, c["id"] + "R", k, c, m(R.choice([85, 92.5, 110, 137.5, 160, 210])) + k * 5, "Payroll run (month %d)" % (k + 1), False))
items.sort(key=lambda t: (t[0], t[1], t[2]))
invoices = []
num = 30001
for d, g, k, c, net, desc, fixed in items:
    total = m(net * VAT[c["currency"]]) if not fixed else m(net * VAT[c["currency"]])
    if fixed: total = MONTHLY[c["id"]]
    bal = total
    if R.random() < 0.06 and total > 300:   # already part-paid before this export
        bal = m(total - m(total * D(R.choice(["0.25", "0.4", "0.5"]))))
    terms = 14 if c["country"] != "US" else 30
    invoices.append({"id": "i-%d" % num, "number": "INV-%d" % num, "customer_id": c["id"], "customer_name": c["name"],
                     "currency": c["currency"], "total": s(total), "balance": s(bal),
                     "issue_date": d.isoformat(), "due_date": (d + timedelta(days=terms)).isoformat(), "_desc": desc, "_g": g})
    num += 1
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
BAL = {i["id"]: D(i["balance"]) for i in invoices}      # live state
NUMS = set(int(i["number"][4:]) for i in invoices)

# name-ambiguous pairs: one invoice of b carries exactly the amount of one of a's invoices
PAIR_AMT = []
for a, b in pair_ids:
    ia = [i for i in invoices if i["customer_id"] == a][0]
    ib = [i for i in invoices if i["customer_id"] == b][0]
    ib["total"] = ib["balance"] = ia["total"] = ia["balance"] = s(m(D(R.randint(30000, 90000)) / 100) + D("0.40"))
    PAIR_AMT.append((ia["id"], ib["id"]))
INV = {i["id"]: i for i in invoices}
BAL = {i["id"]: D(i["balance"]) for i in invoices}

# ================================================================ stage 2: helpers
from itertools import combinations
TOUCHED = set()
FIRM = "Harbourview Accountancy & Payroll Ltd"
def open_inv(cid, cur=None):
    r = [i for i in invoices if i["customer_id"] == cid and BAL[i["id"]] > 0 and (cur is None or i["currency"] == cur)]
    return sorted(r, key=lambda i: (i["issue_date"], i["number"]))
def fresh(cid, cur=None):
    return [i for i in open_inv(cid, cur) if i["id"] not in TOUCHED and BAL[i["id"]] == D(i["total"])]
def subsets(invs, amt, maxk=4):
    invs = invs[:12]; out = []
    for k in range(1, min(maxk, len(invs)) + 1):
        for comb in combinations(invs, k):
            if sum(BAL[i["id"]] for i in comb) == amt: out.append([i["id"] for i in comb])
    return out
def unique_fit(cid, cur, amt, want):
    return subsets(open_inv(cid, cur), amt) == [want]
def global_hits(amt, cur):
    return [i["id"] for i in invoices if BAL[i["id"]] == amt and i["currency"] == cur]
def digits(inv): return inv["number"][4:]
def pick_cust(pred, tries=400):
    for _ in range(tries):
        c = R.choice(customers)
        if pred(c): return c
    return None
def person_name(c=None):
    if c and c["kind"] == "sole":
        f, l = c["name"].split()[:2]
    else:
        f, l = R.choice(FIRST), R.choice(LAST)
    return R.choice(["MR %s %s" % (f[0], l.upper()), "%s %s" % (f.upper(), l.upper()), "%s %s & %s" % (l.upper(), f[0], R.choice("AJKMS")),
                     "MRS %s %s" % (f[0], l.upper()) if f in ("Sarah","Aoife","Priya","Niamh","Fiona","Siobhan","Helen","Bethany") else "DR %s %s" % (f[0], l.upper())])[:18]
SYM = {"GBP": "£", "EUR": "€", "USD": "$"}
LOC = {"GB": "en-GB", "IE": "en-IE", "US": "en-US"}

def remit_xero(c, lines, dt, note=None):
    cur = INV[lines[0][0]]["currency"]
    out = ["REMITTANCE ADVICE", "To: " + FIRM, "From: " + c["name"], "Payment date: " + dt.strftime("%d %b %Y"), "",
           "Invoice Number    Invoice Date    Reference         Amount Paid"]
    for iid, amt in lines:
        i = INV[iid]
        out.append("%-17s %-15s %-17s %s" % (i["number"], date.fromisoformat(i["issue_date"]).strftime("%d %b %Y"), i["_desc"][:17], fmt(amt)))
    if note: out += ["", note]
    out += ["", "TOTAL %s %s" % (cur, fmt(sum(a for _, a in lines))), "", "Sent from Xero on behalf of " + c["name"]]
    return "\n".join(out)
def remit_sage(c, lines, dt, note=None):
    cur = INV[lines[0][0]]["currency"]
    out = [c["name"].upper(), "PAYMENT ADVICE", "Supplier: HARBOURVIEW ACCOUNTANCY   A/C HARB%03d" % R.randint(1, 99), "Date: " + dt.strftime("%d/%m/%Y"), "",
           "Date       Ref          Details                 Value"]
    for iid, amt in lines:
        i = INV[iid]
        out.append("%s %-12s %-23s %s" % (date.fromisoformat(i["issue_date"]).strftime("%d/%m/%Y"), i["number"], "Purchase Invoice", fmt(amt)))
    if note: out += [note]
    out += ["", "Payment by BACS        Total: %s%s" % (SYM[cur], fmt(sum(a for _, a in lines)))]
    return "\n".join(out)
def remit_qbo(c, lines, dt, note=None):
    cur = INV[lines[0][0]]["currency"]
    out = ["Bill Payment from " + c["name"], "Payee: Harbourview Accountancy", "Payment date " + dt.strftime("%m/%d/%Y" if c["country"] == "US" else "%d/%m/%Y"),
           "Bill No.          Due date      Original amount   Payment"]
    for iid, amt in lines:
        i = INV[iid]
        out.append("%-17s %-13s %-17s %s" % (i["number"], i["due_date"], fmt(i["total"]), fmt(amt)))
    if note: out += ["Memo: " + note]
    out += ["Total payment %s %s" % (cur, fmt(sum(a for _, a in lines)))]
    return "\n".join(out)
REMITS = [remit_xero, remit_sage, remit_qbo]

def P(amount, cur, payer, cid, ref, rem=None):
    return {"amount": amount if isinstance(amount, str) else s(amount), "currency": cur, "payer_name": payer,
            "customer_id": cid, "reference": ref, "remittance": rem}
def L(status, apps, unapplied, reason, scen, note, loc, short=None, cands=None, error=None):
    d = {"status": status, "applications": [{"invoice_id": a, "amount": s(x)} for a, x in apps],
         "unapplied": s(unapplied), "short_pay": short, "candidates": cands or [], "reason": reason,
         "scenario": scen, "note": "[%s] %s" % (loc, note)}
    if error: d["error"] = error
    return d
def apply(apps):
    for a, x in apps:
        assert BAL[a] >= x > 0, (a, x, BAL[a]); BAL[a] -= x; TOUCHED.add(a)
def bankref(c, cid_known):
    return cid_known

# ================================================================ stage 3: scenarios
PAID_BY_REF = []   # (invoice id, amount, ref, payer, cid) fully settled by a referenced payment
PARTED = []        # invoices part-paid on purpose in this file
def cid_or_none(c, p=0.3): return None if R.random() < p else c["id"]
def ref_variant(inv, c):
    d = digits(inv)
    opts = ["INV-" + d, "INV" + d, d, "INV " + d, "inv-" + d, "HARBOURVIEW " + d, (bank_name(c)[:8].strip() + " INV" + d)]
    return R.choice(opts)[:18]

def sc_exact(dt, cur=None):
    c = pick_cust(lambda c: (cur is None or c["currency"] == cur) and c["kind"] != "parent" and fresh(c["id"]))
    inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]
    if c["currency"] == "EUR":
        ref = R.choice(["INV-%s", "Inv %s " + c["name"].split()[0], "/INV/%s", "Harbourview inv %s", "IOCAIOCHT INV%s"]) % digits(inv)
        scen = "sepa_exact"
    elif c["currency"] == "USD":
        ref = "INV %s /RFB/%s" % (digits(inv), c["name"].split()[0].upper()); scen = "usd_exact"
    else:
        ref = ref_variant(inv, c); scen = "exact_ref"
    payer = bank_name(c) if c["currency"] != "USD" else c["name"].upper()[:35]
    rem, loc = None, LOC[c["country"]]
    if c["currency"] == "EUR" and R.random() < 0.3:
        rem = R.choice(["Íocaíocht le haghaidh sonrasc %s, €%s. Go raibh maith agat.\n%s",
                        "Payment / Íocaíocht: %s EUR %s\n%s - Accounts"]) % (inv["number"], fmt(amt), c["name"])
        loc = "ga-IE"
    p = P(amt, inv["currency"], payer, cid_or_none(c), ref, rem)
    apply([(inv["id"], amt)]); PAID_BY_REF.append((inv["id"], amt, ref, payer, p["customer_id"]))
    return p, L("applied", [(inv["id"], amt)], 0, "reference %s and exact balance" % inv["number"], scen,
                "reference names %s, amount equals its balance" % inv["number"], loc)

def sc_amount_only(dt):
    for _ in range(200):
        c = pick_cust(lambda c: c["kind"] not in ("parent", "so") and fresh(c["id"]))
        inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]
        if unique_fit(c["id"], inv["currency"], amt, [inv["id"]]): break
    else: return None
    ref = R.choice(["MONTHLY FEES", "ACCOUNTANCY FEES", "HARBOURVIEW", "PAYROLL FEES", "FEES", bank_name(c)[:18], None, "TAX RETURN FEE"])
    p = P(amt, inv["currency"], bank_name(c), c["id"], ref)
    apply([(inv["id"], amt)])
    return p, L("applied", [(inv["id"], amt)], 0, "known customer, amount equals the balance of exactly one open invoice", "amount_only",
                "no invoice number; %s is the only open invoice (or combination) of %s with this amount" % (inv["number"], c["id"]), LOC[c["country"]])

def typo_of(d):
    for _ in range(50):
        k = R.randint(0, 3); l = list(d)
        if R.random() < 0.6 and l[k] != l[k + 1]:
            l[k], l[k + 1] = l[k + 1], l[k]
        else:
            l[k + 1] = str((int(l[k + 1]) + R.choice([1, 9])) % 10)
        t = "".join(l)
        if t != d and int(t) not in NUMS: return t
    return None
def sc_typo(dt):
    for _ in range(200):
        c = pick_cust(lambda c: c["kind"] not in ("parent",) and c["currency"] != "USD" and fresh(c["id"]))
        inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]; t = typo_of(digits(inv))
        if t and unique_fit(c["id"], inv["currency"], amt, [inv["id"]]): break
    else: return None
    ref = R.choice(["INV-%s", "INV%s", "%s", "INV %s FEES"]) % t
    p = P(amt, inv["currency"], bank_name(c), c["id"], ref)
    apply([(inv["id"], amt)])
    return p, L("applied", [(inv["id"], amt)], 0, "reference %s is a mistyped %s (no such invoice); exact unique balance" % (ref, inv["number"]),
                "typo", "INV-%s does not exist; the customer's only invoice with this exact amount is %s" % (t, inv["number"]), LOC[c["country"]])

def sc_list(dt):
    c = pick_cust(lambda c: c["kind"] not in ("parent",) and len(fresh(c["id"])) >= 3)
    if not c: return None
    invs = sorted(R.sample(fresh(c["id"]), R.choice([2, 2, 3])), key=lambda i: i["number"])
    ds = [digits(i) for i in invs]
    if c["currency"] == "GBP":
        ref = R.choice([" ".join(ds), "INV" + "/".join(ds), "/".join(ds), "INVS " + " ".join(ds)])
        if len(ref) > 18: ref = " ".join(ds)
        if len(ref) > 18: ref = "".join(d + "," for d in ds)[:-1]
    else:
        ref = R.choice(["Invoices ", "INV "]) + ", ".join(i["number"] for i in invs)
    ref = ref[:140]
    apps = [(i["id"], BAL[i["id"]]) for i in invs]; amt = sum(a for _, a in apps)
    p = P(amt, c["currency"], bank_name(c), cid_or_none(c), ref)
    apply(apps)
    return p, L("applied", apps, 0, "reference lists %s; amounts sum exactly" % ", ".join(i["number"] for i in invs), "list",
                "reference lists %d invoice numbers, payment equals the sum of their balances" % len(invs), LOC[c["country"]])

def sc_range(dt):
    for c in R.sample(RANGE_CUST, len(RANGE_CUST)):
        g = [i for i in invoices if i["customer_id"] == c["id"] and i["_g"].endswith("R")]
        if all(i["id"] not in TOUCHED and BAL[i["id"]] == D(i["total"]) for i in g): break
    else: return None
    g.sort(key=lambda i: i["number"])
    a, b = digits(g[0]), digits(g[-1])
    ref = R.choice(["INV %s-%s" % (a, b[-2:]), "%s TO %s" % (a, b), "INV%s-%s" % (a, b), "%s-%s PAYROLL" % (a, b[-3:])])[:18]
    apps = [(i["id"], BAL[i["id"]]) for i in g]; amt = sum(x for _, x in apps)
    p = P(amt, c["currency"], bank_name(c), cid_or_none(c), ref)
    apply(apps)
    return p, L("applied", apps, 0, "range %s covers %d consecutive invoices of this customer; sum exact" % (ref, len(g)), "range",
                "range of invoice numbers %s..%s, all the customer's, sum equals payment" % (g[0]["number"], g[-1]["number"]), LOC[c["country"]])

def sc_remit(dt):
    c = pick_cust(lambda c: c["kind"] not in ("parent",) and len(fresh(c["id"])) >= 2)
    invs = sorted(R.sample(fresh(c["id"]), min(len(fresh(c["id"])), R.choice([2, 3, 4]))), key=lambda i: i["number"])
    apps = [(i["id"], BAL[i["id"]]) for i in invs]; amt = sum(x for _, x in apps)
    f = R.choice(REMITS)
    ref = R.choice(["REMITTANCE EMAILED", "BACS PAYMENT", "SUPPLIER PAYMENT", "HARB001", "PAYMENT RUN %02d%02d" % (dt.day, dt.month), None])
    p = P(amt, c["currency"], bank_name(c), cid_or_none(c, 0.2), ref, f(c, apps, dt))
    apply(apps)
    return p, L("applied", apps, 0, "remittance advice lists %s" % ", ".join(i["number"] for i in invs), "remittance_" + f.__name__[6:],
                "%s-style remittance lists the invoices and amounts; total equals payment" % f.__name__[6:], LOC[c["country"]])

def sc_lump(dt):
    for _ in range(300):
        c = pick_cust(lambda c: c["kind"] not in ("parent",) and 2 <= len(open_inv(c["id"], c["currency"])) <= 4)
        op = open_inv(c["id"], c["currency"])
        if not all(i["id"] not in TOUCHED for i in op): continue
        amt = sum(BAL[i["id"]] for i in op)
        if subsets(op, amt) == [[i["id"] for i in op]]: break
    else: return None
    apps = [(i["id"], BAL[i["id"]]) for i in op]
    ref = R.choice(["CLEAR BALANCE", "BALANCE OF ACCOUNT", "ALL OUTSTANDING", "STATEMENT BALANCE", "PER STATEMENT", "ACCOUNTANCY"])
    p = P(amt, c["currency"], bank_name(c), c["id"], ref)
    apply(apps)
    return p, L("applied", apps, 0, "amount equals the customer's whole open balance (%d invoices), no other combination fits" % len(op), "lump_sum",
                "no invoice numbers; payment equals the sum of all %d open invoices of %s" % (len(op), c["id"]), LOC[c["country"]])

def sc_partial(dt):
    c = pick_cust(lambda c: c["kind"] not in ("parent",) and any(BAL[i["id"]] >= 400 for i in fresh(c["id"])))
    if not c: return None
    inv = R.choice([i for i in fresh(c["id"]) if BAL[i["id"]] >= 400]); bal = BAL[inv["id"]]
    amt = R.choice([m(bal / 2), m(bal / 3), m(D(int(bal / 200) * 100)), m(D(250))])
    if amt >= bal or amt <= 0: amt = m(bal / 2)
    sym = SYM[c["currency"]]
    rem = R.choice(["Hi, this is the first instalment towards %s as agreed on the phone. The rest will follow next month. Thanks, %s",
                    "Part payment of %s - cash flow is tight this month, we will clear the balance shortly. Regards, %s",
                    "Payment 1 of 3 for %s. Kind regards %s"]) % (inv["number"], R.choice(FIRST))
    ref = (R.choice(["INV%s PART", "%s PART PAYMENT", "INV%s INSTAL 1", "%s 1ST PAYMENT"]) % digits(inv))[:18]
    p = P(amt, c["currency"], bank_name(c), cid_or_none(c), ref, rem if R.random() < 0.7 else None)
    apply([(inv["id"], amt)]); PARTED.append(inv["id"])
    return p, L("partial", [(inv["id"], amt)], 0, "part payment of %s, balance %s%s left open" % (inv["number"], sym, fmt(BAL[inv["id"]])), "partial",
                "reference/remittance says part payment; no deduction reason, so short_pay is null", LOC[c["country"]])

def sc_remainder(dt):
    cand = [x for x in PARTED if BAL[x] > 0]
    if not cand: return None
    inv = INV[R.choice(cand)]; c = CUST[inv["customer_id"]]; amt = BAL[inv["id"]]
    ref = (R.choice(["INV%s BALANCE", "%s FINAL", "BAL INV %s"]) % digits(inv))[:18]
    p = P(amt, c["currency"], bank_name(c), c["id"], ref)
    apply([(inv["id"], amt)]); PARTED.remove(inv["id"])
    return p, L("applied", [(inv["id"], amt)], 0, "remaining balance of %s after the earlier part payment" % inv["number"], "remainder",
                "second payment settles exactly what the earlier part payment left open on %s" % inv["number"], LOC[c["country"]])

SHORT_REASONS = [("we have deducted %s for the 2 hours billed for the payroll query, which we were told would be free of charge", "disputed hours"),
                 ("less %s: HMRC late filing penalty we believe arose from your late submission", "penalty charged back"),
                 ("less %s agreed loyalty discount not shown on the invoice", "discount not applied"),
                 ("deducted %s - the bookkeeping fee was quoted at a lower rate in the engagement letter", "price per engagement letter"),
                 ("short by %s for the duplicated P11D line", "duplicate line"),
                 ("%s withheld until the corrected VAT return is filed", "withheld pending correction")]
def sc_short(dt):
    c = pick_cust(lambda c: c["kind"] not in ("parent",) and c["currency"] != "USD" and any(BAL[i["id"]] >= 150 for i in fresh(c["id"])))
    inv = R.choice([i for i in fresh(c["id"]) if BAL[i["id"]] >= 150]); bal = BAL[inv["id"]]
    ded = m(R.choice([D(45), D(60), D(90), D(120), bal * D("0.1"), D(75)]))
    if ded >= bal: ded = m(bal / 4)
    amt = bal - ded
    txt, why = R.choice(SHORT_REASONS); sym = SYM[c["currency"]]
    note = txt % (sym + fmt(ded)); note = note[0].upper() + note[1:] + "."
    f = R.choice(REMITS + [None])
    if f: rem = f(c, [(inv["id"], amt)], dt, note)
    else: rem = "Re %s: paid %s%s today. %s" % (inv["number"], sym, fmt(amt), note)
    p = P(amt, c["currency"], bank_name(c), cid_or_none(c, .2), ref_variant(inv, c) if R.random() < .6 else "REMITTANCE SENT", rem)
    apply([(inv["id"], amt)])
    return p, L("partial", [(inv["id"], amt)], 0, "short pay of %s on %s: %s" % (fmt(ded), inv["number"], why), "short_pay",
                "remittance states a deduction of %s%s with a reason" % (sym, fmt(ded)), LOC[c["country"]],
                short={"invoice_id": inv["id"], "amount": s(ded), "reason": why})

def sc_usd_bankfee(dt):
    c = pick_cust(lambda c: c["currency"] == "USD" and fresh(c["id"]))
    if not c: return None
    inv = R.choice(fresh(c["id"])); bal = BAL[inv["id"]]; ded = m(R.choice([15, 20, 25, 35]))
    if ded >= bal: return None
    amt = bal - ded
    rem = "Wire transfer for invoice %s. Amount %s less our bank's outgoing wire fee USD %s.\n%s, Accounts Payable" % (inv["number"], fmt(bal), fmt(ded), c["name"])
    p = P(amt, "USD", c["name"].upper()[:35], c["id"], "INV %s" % digits(inv), rem)
    apply([(inv["id"], amt)])
    return p, L("partial", [(inv["id"], amt)], 0, "short pay: wire fee USD %s deducted by the payer" % fmt(ded), "short_pay",
                "USD wire, remittance says the payer's bank fee was deducted", "en-US",
                short={"invoice_id": inv["id"], "amount": s(ded), "reason": "bank charges"})

def sc_overpay(dt):
    for _ in range(300):
        c = pick_cust(lambda c: c["kind"] not in ("parent",) and fresh(c["id"]) + [i for i in open_inv(c["id"]) if D(i["total"]) > BAL[i["id"]] and i["id"] not in TOUCHED])
        pool = [i for i in open_inv(c["id"]) if i["id"] not in TOUCHED]
        partly = [i for i in pool if D(i["total"]) > BAL[i["id"]]]
        inv = R.choice(partly or pool); bal = BAL[inv["id"]]
        if partly:
            amt = D(inv["total"]); why = "paid the invoice total although %s was already part-paid" % inv["number"]
        else:
            amt = m(D(int(bal / 50) + 1) * 50) if R.random() < .5 else bal * 2
            why = "paid more than the balance of %s" % inv["number"]
        ex = amt - bal
        if ex > 0 and not subsets(open_inv(c["id"], inv["currency"]), ex, 2) and not subsets(open_inv(c["id"], inv["currency"]), amt, 3): break
    else: return None
    p = P(amt, inv["currency"], bank_name(c), cid_or_none(c, .15), ref_variant(inv, c))
    apply([(inv["id"], bal)])
    return p, L("unapplied", [(inv["id"], bal)], ex, why + "; remainder held on account", "overpayment",
                "reference %s; balance %s applied, excess %s held as unapplied cash" % (inv["number"], fmt(bal), fmt(ex)), LOC[c["country"]])

def sc_second(dt):
    for _ in range(50):
        if not PAID_BY_REF: return None
        iid, amt, ref, payer, cid = R.choice(PAID_BY_REF); inv = INV[iid]
        if not global_hits(amt, inv["currency"]) or not [h for h in global_hits(amt, inv["currency"]) if INV[h]["customer_id"] == inv["customer_id"]]: break
    else: return None
    PAID_BY_REF.remove((iid, amt, ref, payer, cid))
    c = CUST[inv["customer_id"]]
    p = P(amt, inv["currency"], payer, cid, ref)
    return p, L("unapplied", [], amt, "%s was already paid by an earlier payment in this file; duplicate held on account" % inv["number"], "second_payment",
                "same reference and amount as an earlier payment that settled %s" % inv["number"], LOC[c["country"]])

def sc_on_account(dt):
    c = pick_cust(lambda c: c["kind"] not in ("parent", "so") and c["currency"] == "GBP")
    op = open_inv(c["id"], "GBP")
    for _ in range(50):
        amt = m(R.choice([500, 750, 1000, 1500, 2000, 300, 600]))
        if not subsets(op, amt): break
    else: return None
    noopen = not op
    ref = R.choice(["ON ACCOUNT", "PAYMENT ON ACCOUNT", "DEPOSIT YE ACCTS", "RETAINER ADVANCE", "ADVANCE FEES"])
    p = P(amt, "GBP", bank_name(c), c["id"], ref)
    return p, L("unapplied", [], amt, "known customer paying on account; fits no open invoice", "known_no_fit",
                "reference says on account / advance; no invoice or combination equals %s" % fmt(amt), "en-GB")

UNKNOWN = ["SMITHSON WELLBEING", "MR K ABERNETHY", "NORTHERN LIGHTS FC", "J & R OKONKWO", "PLATFORM 9 EVENTS", "WREN & FINCH LLP",
           "TALLIS MUSIC SCHOO", "MS F ADEYEMI", "BLACKTHORN VENTURE", "BYRNE P", "CORNERSTONE YOGA", "HALLORAN M"]
def sc_unknown(dt):
    for _ in range(100):
        cur = R.choice(["GBP", "GBP", "GBP", "EUR"]); amt = m(D(R.randint(4000, 250000)) / 100)
        if not global_hits(amt, cur): break
    payer = R.choice(UNKNOWN)
    ref = R.choice(["PAYMENT", "INVOICE", "ACCOUNTS 2025", "FEES", None, "TAX RETURN", "THANK YOU"])
    p = P(amt, cur, payer, None, ref)
    return p, L("review", [], amt, "payer not a known customer and no reference or amount to go on", "unknown_payer",
                "unknown payer %s; amount matches no open invoice" % payer, "en-GB" if cur == "GBP" else "en-IE", cands=[])

def sc_po_trap(dt):
    for _ in range(300):
        c = pick_cust(lambda c: c["kind"] not in ("parent",) and c["currency"] == "GBP" and fresh(c["id"]))
        inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]
        other = R.choice(invoices)
        if other["customer_id"] != c["id"] and BAL[other["id"]] != amt and unique_fit(c["id"], "GBP", amt, [inv["id"]]): break
    else: return None
    po = digits(other)
    if R.random() < .5:
        ref, rem = R.choice(["PO %s", "PO%s", "OUR PO %s", "PO NO %s"]) % po, None
        why = "reference is the customer's purchase order %s (INV-%s belongs to another customer); exact unique balance" % (po, po)
    else:
        ref = po
        rem = "Payment advice\nOur purchase order: %s\nYour invoice: %s\nAmount: £%s\n%s Purchase Ledger" % (po, inv["number"], fmt(amt), c["name"])
        why = "bank reference %s is the customer's PO; remittance names %s" % (po, inv["number"])
    p = P(amt, "GBP", bank_name(c), c["id"], ref, rem)
    apply([(inv["id"], amt)])
    return p, L("applied", [(inv["id"], amt)], 0, why, "po_number",
                "PO number looks like invoice %s of %s; do not apply there" % (other["number"], other["customer_id"]), "en-GB")

def sc_quote(dt):
    for _ in range(300):
        c = pick_cust(lambda c: c["kind"] not in ("parent", "so") and c["currency"] != "USD" and fresh(c["id"]))
        inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]
        if unique_fit(c["id"], c["currency"], amt, [inv["id"]]): break
    else: return None
    q = R.choice(["EL-%d" % R.randint(1100, 2999), "Q%d" % R.randint(1000, 1999), "QUOTE %d" % R.randint(400, 899), "ENG LTR %d" % R.randint(100, 999)])
    ref = (q + R.choice([" TAX ADVICE", " YE ACCTS", "", " PAYROLL"]))[:18]
    p = P(amt, c["currency"], bank_name(c), c["id"], ref)
    apply([(inv["id"], amt)])
    return p, L("applied", [(inv["id"], amt)], 0, "reference is a quote/engagement-letter number; exact unique balance %s" % inv["number"], "quote_reference",
                "%s is not an invoice number; amount fits only %s" % (q, inv["number"]), LOC[c["country"]])

def retainer_pair():
    for cid in R.sample(sorted(MONTHLY), len(MONTHLY)):
        op = [i for i in fresh(cid) if BAL[i["id"]] == MONTHLY[cid]]
        if len(op) >= 2 and CUST[cid]["kind"] not in ("parent",): return cid, op
    return None, None
def sc_quote_ambig(dt):
    cid, op = retainer_pair()
    if not cid: return None
    c = CUST[cid]; amt = MONTHLY[cid]
    q = R.choice(["EL-%d" % R.randint(1100, 2999), "Q%d" % R.randint(1000, 1999)])
    p = P(amt, c["currency"], bank_name(c), cid, q + " RETAINER")
    cands = [[i["id"]] for i in open_inv(cid, c["currency"]) if BAL[i["id"]] == amt]
    return p, L("review", [], amt, "engagement-letter reference; %d open retainer invoices have this exact amount" % len(cands), "quote_reference",
                "cannot tell which monthly invoice the retainer payment is for; candidates oldest first", LOC[c["country"]], cands=cands)

def sc_dup_amount(dt):
    cid, op = retainer_pair()
    if not cid: return None
    c = CUST[cid]; amt = MONTHLY[cid]
    p = P(amt, c["currency"], bank_name(c), cid, R.choice(["MONTHLY FEE", "HARBOURVIEW FEES", None, "BOOKKEEPING"]))
    cands = [[i["id"]] for i in open_inv(cid, c["currency"]) if BAL[i["id"]] == amt]
    return p, L("review", [], amt, "%d open invoices carry this exact amount and nothing says which" % len(cands), "ambiguous_amount",
                "identical monthly retainer invoices; candidates oldest first", LOC[c["country"]], cands=cands)

def sc_lump_ambig(dt):
    for cid in R.sample(sorted(MONTHLY), len(MONTHLY)):
        op = open_inv(cid, CUST[cid]["currency"])
        same = [i for i in op if BAL[i["id"]] == MONTHLY[cid]]
        other = [i for i in op if BAL[i["id"]] != MONTHLY[cid] and i["id"] not in TOUCHED]
        if len(same) >= 2 and other and CUST[cid]["kind"] != "parent":
            o = other[0]; amt = MONTHLY[cid] + BAL[o["id"]]
            subs = subsets(op, amt)
            if len(subs) >= 2: break
    else: return None
    c = CUST[cid]
    p = P(amt, c["currency"], bank_name(c), cid, R.choice(["FEES TO DATE", "2 INVOICES", "ACCOUNTANCY"]))
    return p, L("review", [], amt, "%d different invoice sets add up to the payment" % len(subs), "ambiguous_lump",
                "lump sum fits several combinations of open invoices", LOC[c["country"]], cands=subs)

def sc_ref_conflict(dt):
    for _ in range(400):
        c = pick_cust(lambda c: c["kind"] not in ("parent",) and c["currency"] != "USD" and len(fresh(c["id"])) >= 2)
        x, y = R.sample(fresh(c["id"]), 2)
        amt = BAL[y["id"]]
        if amt < BAL[x["id"]] and unique_fit(c["id"], c["currency"], amt, [y["id"]]): break
    else: return None
    p = P(amt, c["currency"], bank_name(c), c["id"], ref_variant(x, c))
    return p, L("review", [], amt, "reference names %s but the amount is exactly the balance of %s" % (x["number"], y["number"]), "ref_amount_conflict",
                "either a part payment of %s or a wrong reference for %s" % (x["number"], y["number"]), LOC[c["country"]], cands=[[x["id"]], [y["id"]]])

def sc_name_ambig(dt):
    for ia, ib in R.sample(PAIR_AMT, len(PAIR_AMT)):
        if BAL[ia] == D(INV[ia]["total"]) and BAL[ib] == D(INV[ib]["total"]): break
    else: return None
    a = CUST[INV[ia]["customer_id"]]; amt = BAL[ia]
    p = P(amt, a["currency"], bank_name(a["name"]) if False else bank_name(a), None, R.choice(["ACCOUNTANCY FEES", "FEES", "PAYMENT"]))
    TOUCHED.update([ia, ib])
    return p, L("review", [], amt, "truncated payer name fits two customers, each with an open invoice of this amount", "ambiguous_payer",
                "%s and %s both appear as '%s' at the bank" % (a["name"], INV[ib]["customer_name"], bank_name(a)), LOC[a["country"]], cands=[[ia], [ib]])

def sc_director(dt):
    c = pick_cust(lambda c: c["kind"] in ("sole", "ltd") and c["currency"] == "GBP" and fresh(c["id"]))
    inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]
    ref = R.choice(["INV%s", "%s", "%s " + c["name"].split()[0].upper()]) % digits(inv)
    p = P(amt, "GBP", person_name(c), None, ref[:18])
    apply([(inv["id"], amt)])
    return p, L("applied", [(inv["id"], amt)], 0, "paid from a director's/owner's personal account; reference %s and exact balance" % inv["number"], "director_account",
                "payer is a person, not the customer; the invoice number and amount identify it", "en-GB")

def sc_parent(dt):
    for pid, subs in R.sample(PARENTS, len(PARENTS)):
        lines = []
        for sid in subs:
            f = fresh(sid)
            if f: lines.append(f[0])
        if len(lines) >= 2: break
    else: return None
    par = CUST[pid]
    apps = [(i["id"], BAL[i["id"]]) for i in lines]; amt = sum(x for _, x in apps)
    out = [par["name"], "Group Shared Services - remittance", "Paid on behalf of the following group companies:"]
    for i in lines:
        out.append("  %-38s %s  %s" % (i["customer_name"], i["number"], fmt(BAL[i["id"]])))
    out.append("Total %s %s" % (par["currency"], fmt(amt)))
    p = P(amt, par["currency"], bank_name(par), pid, "GROUP PAYMENT", "\n".join(out))
    apply(apps)
    return p, L("applied", apps, 0, "parent company pays its subsidiaries' invoices listed in the remittance", "parent_company",
                "payer customer_id is the parent %s; invoices belong to subsidiaries" % pid, LOC[par["country"]])

def batch_lines(n, cur="GBP"):
    out = []
    for _ in range(200):
        c = pick_cust(lambda c: c["currency"] == cur and c["kind"] not in ("parent",) and fresh(c["id"]))
        i = min(fresh(c["id"]), key=lambda i: BAL[i["id"]])
        if BAL[i["id"]] < 800 and i not in out: out.append(i)
        if len(out) == n: return out
    return out
def sc_gocardless(dt, net=True):
    lines = batch_lines(R.randint(3, 8))
    gross = sum(BAL[i["id"]] for i in lines)
    fees = [m(min(BAL[i["id"]] * D("0.01") + D("0.20"), D(4))) for i in lines] if net else [D(0)] * len(lines)
    amt = gross - sum(fees)
    pid = "PO%06X" % R.randint(0, 0xFFFFFF)
    out = ["GoCardless payout %s" % pid, "Creditor: Harbourview Accountancy & Payroll Ltd", "Payout date: %s" % dt.isoformat(), "",
           "payment_id      customer                         description        amount    fee"]
    for i, f in zip(lines, fees):
        out.append("PM%08X      %-32s %-18s %8s  %5s" % (R.randint(0, 0xFFFFFFFF), i["customer_name"][:32], i["number"], fmt(BAL[i["id"]]), fmt(f)))
    out += ["", "Gross %s  Fees %s  Net payout %s" % (fmt(gross), fmt(sum(fees)), fmt(amt))]
    if not net: out.append("Fees for this period are invoiced separately.")
    p = P(amt, "GBP", "GOCARDLESS LTD", None, ("GC " + pid)[:18], "\n".join(out))
    if net:
        return p, L("review", [], amt, "direct-debit payout net of %s fees: the invoices need their gross amounts, the fee must be posted separately" % fmt(sum(fees)),
                    "gocardless_net", "payout covers %d clients; net amount cannot be applied without a fee posting" % len(lines), "en-GB",
                    cands=[[i["id"] for i in lines]])
    apps = [(i["id"], BAL[i["id"]]) for i in lines]; apply(apps)
    return p, L("applied", apps, 0, "direct-debit payout with no fee deducted; each listed invoice paid in full", "gocardless_gross",
                "payout of %d collections, fees invoiced separately" % len(lines), "en-GB")

def sc_stripe(dt, net=True):
    lines = batch_lines(R.randint(1, 4))
    gross = sum(BAL[i["id"]] for i in lines)
    fees = [m(BAL[i["id"]] * D("0.015") + D("0.20")) for i in lines] if net else [D(0)] * len(lines)
    amt = gross - sum(fees)
    po = "po_1" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14))
    out = ["Stripe payout %s" % po, "Arrival date %s" % dt.isoformat(), "type    description                      gross    fee     net"]
    for i, f in zip(lines, fees):
        out.append("charge  %-32s %7s %6s %7s" % ("Invoice " + i["number"] + " card", fmt(BAL[i["id"]]), fmt(f), fmt(BAL[i["id"]] - f)))
    out.append("Total %s" % fmt(amt))
    if not net: out.append("(fees billed monthly)")
    p = P(amt, "GBP", "STRIPE PAYMENTS UK", None, ("STRIPE " + po[3:12]).upper()[:18], "\n".join(out))
    if net:
        return p, L("review", [], amt, "card payout net of Stripe fees %s" % fmt(sum(fees)), "stripe_net",
                    "payout is gross less fees; applying it would leave small false balances", "en-GB", cands=[[i["id"] for i in lines]])
    apps = [(i["id"], BAL[i["id"]]) for i in lines]; apply(apps)
    return p, L("applied", apps, 0, "Stripe payout without fee deduction; charges name the invoices", "stripe_gross",
                "card charges per invoice, fees billed monthly", "en-GB")

def sc_cheque(dt, stub=True):
    if stub:
        c = pick_cust(lambda c: c["currency"] == "GBP" and c["kind"] in ("charity", "sole", "ltd") and fresh(c["id"]))
        inv = R.choice(fresh(c["id"])); amt = BAL[inv["id"]]
        rem = R.choice(["Cheque no. %06d enclosed from %s in settlement of invoice %s.",
                        "With compliments - %s - cheque %06d for %s"])
        rem = rem % ((R.randint(100, 999999), c["name"], inv["number"]) if rem.startswith("Cheque") else (c["name"], R.randint(100, 999999), inv["number"]))
        p = P(amt, "GBP", R.choice(["CHQ PAID IN", "COUNTER CREDIT", "CHEQUE DEPOSIT"]), None, "CHQ BR %02d%02d" % (dt.day, dt.month), rem)
        apply([(inv["id"], amt)])
        return p, L("applied", [(inv["id"], amt)], 0, "cheque stub names %s; exact balance" % inv["number"], "cheque",
                    "cheque paid in at the branch; only the scanned stub identifies the payer", "en-GB")
    # no stub: amount matches exactly one invoice in the whole ledger -> review with it
    for _ in range(300):
        inv = R.choice(invoices)
        if inv["currency"] == "GBP" and BAL[inv["id"]] > 0 and global_hits(BAL[inv["id"]], "GBP") == [inv["id"]]: break
    else: return None
    amt = BAL[inv["id"]]
    p = P(amt, "GBP", R.choice(["COUNTER CREDIT", "CHQ PAID IN"]), None, "BRANCH %02d%02d" % (dt.day, dt.month), None)
    return p, L("review", [], amt, "cheque with no payer details; amount equals one open invoice in the ledger only", "cheque_unknown",
                "amount coincidence is not enough to apply without a payer", "en-GB", cands=[[inv["id"]]])

def sc_fx(dt):
    c = pick_cust(lambda c: c["currency"] == "EUR" and fresh(c["id"]))
    inv = R.choice(fresh(c["id"])); bal = BAL[inv["id"]]
    amt = m(bal * D("0.86"))
    p = P(amt, "GBP", bank_name(c), c["id"], ref_variant(inv, c))
    return p, L("review", [], amt, "GBP payment referencing EUR invoice %s; cannot apply across currencies" % inv["number"], "currency_mismatch",
                "Irish client paid the EUR invoice in sterling (approx. converted)", "en-IE", cands=[[inv["id"]]])

def sc_so(dt):
    c = R.choice(SO_CUST)
    op = open_inv(c["id"], "GBP")
    if not op: return None
    fee = m(R.choice([150, 200, 250, 300, 350]))
    ref = R.choice(["STO HARBOURVIEW", "SO MONTHLY FEE", "HARB FEES SO", "STANDING ORDER"])
    if subsets(op, fee): return None
    p = P(fee, "GBP", bank_name(c), c["id"], ref)
    if len(op) == 1:
        inv = op[0]; bal = BAL[inv["id"]]
        if fee < bal:
            apply([(inv["id"], fee)])
            return p, L("partial", [(inv["id"], fee)], 0, "fixed standing order against the only open invoice %s" % inv["number"], "standing_order",
                        "standing order for a fixed fee less than the varying invoice; only one open invoice", "en-GB")
        apply([(inv["id"], bal)])
        return p, L("unapplied", [(inv["id"], bal)], fee - bal, "standing order exceeds the only open invoice %s; remainder on account" % inv["number"],
                    "standing_order", "fixed monthly fee higher than this month's invoice", "en-GB")
    return p, L("review", [], fee, "fixed standing order fits none of %d open invoices exactly" % len(op), "standing_order",
                "standing order with several open invoices; oldest most likely", "en-GB", cands=[[i["id"]] for i in op])

BADS = [("amount", "", "missing amount"), ("amount", "N/A", "amount is not a number"), ("amount", "-{amt}", "negative amount (returned direct debit)"),
        ("amount", "0.00", "zero amount"), ("amount", "{amt}.5", "amount has three decimals / malformed"),
        ("currency", "STG", "unknown currency code"), ("currency", None, "missing currency"),
        ("date", "2026-02-30", "invalid date"), ("amount", "1O{amt}", "amount contains a letter"), ("currency", "EURO", "unknown currency code")]
def sc_bad(dt, k):
    c = pick_cust(lambda c: c["currency"] == "GBP" and c["kind"] not in ("parent",) and fresh(c["id"]))
    inv = R.choice(fresh(c["id"])); amt = s(BAL[inv["id"]])
    field, val, err = BADS[k % len(BADS)]
    p = P(amt, "GBP", bank_name(c), c["id"], ref_variant(inv, c))
    if isinstance(val, str): val = val.replace("{amt}", amt)
    if field == "date": p["_baddate"] = val
    else: p[field] = val
    return p, L("review", [], 0, "bad row: " + err, "bad_row", "row is malformed (%s); nothing may be applied even though the reference names %s" % (err, inv["number"]),
                "en-GB", cands=[], error=err)

# ================================================================ stage 4: plan, order, write
PLAN = ([("exact", lambda d: sc_exact(d, "GBP"))] * 57 + [("sepa", lambda d: sc_exact(d, "EUR"))] * 22 + [("usd", lambda d: sc_exact(d, "USD"))] * 6 +
        [("amount_only", sc_amount_only)] * 26 + [("typo", sc_typo)] * 12 + [("list", sc_list)] * 22 + [("range", sc_range)] * 8 +
        [("remit", sc_remit)] * 30 + [("lump", sc_lump)] * 15 + [("partial", sc_partial)] * 15 + [("short", sc_short)] * 17 +
        [("usd_fee", sc_usd_bankfee)] * 2 + [("overpay", sc_overpay)] * 14 + [("on_account", sc_on_account)] * 10 +
        [("unknown", sc_unknown)] * 12 + [("po", sc_po_trap)] * 10 + [("quote", sc_quote)] * 8 + [("quote_ambig", sc_quote_ambig)] * 2 +
        [("dup_amount", sc_dup_amount)] * 8 + [("lump_ambig", sc_lump_ambig)] * 5 + [("ref_conflict", sc_ref_conflict)] * 6 +
        [("name_ambig", sc_name_ambig)] * 4 + [("director", sc_director)] * 8 + [("parent", sc_parent)] * 6 +
        [("gc_net", lambda d: sc_gocardless(d, True))] * 6 + [("gc_gross", lambda d: sc_gocardless(d, False))] * 4 +
        [("stripe_net", lambda d: sc_stripe(d, True))] * 3 + [("stripe_gross", lambda d: sc_stripe(d, False))] * 3 +
        [("cheque", lambda d: sc_cheque(d, True))] * 6 + [("cheque_unknown", lambda d: sc_cheque(d, False))] * 4 +
        [("fx", sc_fx)] * 5 + [("so", sc_so)] * 14)
R.shuffle(PLAN)
LATE = [("second", sc_second)] * 12 + [("remainder", sc_remainder)] * 8
for x in LATE: PLAN.insert(R.randint(len(PLAN) // 3, len(PLAN)), x)
for k in range(10): PLAN.insert(R.randint(5, len(PLAN)), ("bad", (lambda k: lambda d: sc_bad(d, k))(k)))

days = [date(2026, 3, 2) + timedelta(n) for n in range(70) if (date(2026, 3, 2) + timedelta(n)).weekday() < 5]
days = [d for d in days if d not in (date(2026, 4, 3), date(2026, 4, 6))]   # Good Friday, Easter Monday
payments, labels = [], []
for n, (name, fn) in enumerate(PLAN):
    dt = days[min(len(days) - 1, n * len(days) // len(PLAN))]
    r = fn(dt)
    if r is None:
        r = sc_exact(dt, "GBP")
    p, l = r
    pid = "p-%03d" % (len(payments) + 1)
    bd = p.pop("_baddate", None)
    payments.append(dict(id=pid, date=bd or dt.isoformat(), **p))
    labels.append(dict(payment_id=pid, **l))

pub = [{k: v for k, v in i.items() if not k.startswith("_")} for i in invoices]
json.dump(pub, open("invoices.json", "w"), indent=1, ensure_ascii=False)
json.dump(payments, open("payments.json", "w"), indent=1, ensure_ascii=False)
json.dump(labels, open("labels.json", "w"), indent=1, ensure_ascii=False)
print(len(pub), "invoices", len(payments), "payments")
print(Counter(l["status"] for l in labels))
print(Counter(l["scenario"] for l in labels))

# ================================================================ stage 5: README
def table(cnt, h):
    return "| %s | count |\n|---|---|\n" % h + "".join("| %s | %d |\n" % (k, v) for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
loc = Counter(l["note"][1:l["note"].index("]")] for l in labels)
cur = Counter(p["currency"] if p["currency"] in ("GBP", "EUR", "USD") else "invalid" for p in payments)
README = """# Blind set blind314: cash application (`match`)

Theme: **Harbourview Accountancy & Payroll Ltd** (made up), an accountancy / payroll bureau / tax advisory practice
in the UK and Ireland. Its clients are small and mid-size companies, sole traders ("X t/a Y"), charities, a few
group structures (parent + subsidiaries), Irish clients billed in EUR (23%% VAT) and a handful of US clients in USD.
Payments run from 2026-03-02 to early May 2026 (weekdays, no Easter bank holidays). All names are invented.

Generated by `python3 build.py` (seed 314, stdlib only). Verified by `python3 check.py` (exit 0 = every label re-derived).

## Files

| file | content |
|---|---|
| `invoices.json` | %d open invoices `{id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date}`; numbers INV-30001.., ids `i-<digits>`; ~6%% already part-paid (balance < total) |
| `payments.json` | %d payments, oldest first, `{id, date, amount, currency, payer_name, customer_id, reference, remittance}` |
| `labels.json` | one expected MATCHES.json entry per payment (same order) + `scenario`, `note` (starts `[locale]`), `error` on bad rows |
| `build.py`, `check.py` | generator and verifier |

## Bank data conventions
- BACS / Faster Payments (GBP): payer names upper-cased, punctuation dropped, LIMITED->LTD, **cut to 18 characters**
  (so "Murphy & Co Accountancy Services Ltd" and "... Solutions Ltd" both arrive as `MURPHY & CO ACCOUN`); references <= 18 chars.
- SEPA (EUR, Irish clients): payer name also cut to 18 by the receiving bank; longer references; some remittances in Irish.
- USD wires: fuller payer name (<= 35), `/RFB/` style references.
- GoCardless payouts (`GOCARDLESS LTD`), Stripe payouts (`STRIPE PAYMENTS UK`), cheques paid in at the branch
  (`CHQ PAID IN` / `COUNTER CREDIT`, the stub text is in `remittance`), standing orders for a fixed monthly fee.
- Remittance advices in three accounting-package styles (Xero-like, Sage-like, QuickBooks-like), plus free-text notes.
- `customer_id` is null where the bank did not map the payer: all GoCardless/Stripe/cheque/director/unknown rows and a share
  of ordinary referenced payments (NULLS rows in all).

## Label conventions (my reading of the contract)
- `applied`: whole payment applied, `unapplied` "0.00", `short_pay` null.
- `partial`: part payment (short_pay null) or short pay with a stated deduction (`short_pay.amount` = the deducted amount =
  what remains open on that invoice; `reason` is a short free-text tag - compare loosely).
- `unapplied`: overpayment (applications listed, excess in `unapplied`), a second payment of an invoice an *earlier payment in
  this file* settled (nothing applied), or a known customer's payment on account that fits nothing.
- `review`: nothing applied; **`unapplied` = the payment amount** (so applications + unapplied still add up);
  `candidates` is a list of invoice-id lists, best first (ordering conventions: oldest invoice first for identical amounts;
  for a reference/amount conflict the referenced invoice first). Compare candidate sets loosely.
- Bad rows: `status` review, no applications, `unapplied` "0.00", no candidates, and an `error` string.
- Applied only where a careful clerk is sure: exact invoice reference + exact amount, a remittance listing, or an amount that
  fits exactly one open invoice / one combination of the known customer's open invoices. Identical-amount or multi-subset fits,
  a name that fits two customers, net-of-fee payouts and cross-currency payments go to review.

## Counts

%s
%s
%s
%s
## Deliberately hard
- Truncated payer names identical for two customers (review), and the same names on referenced payments (applied).
- Customer PO numbers that are real invoice numbers of *other* customers (`PO 31021`): apply by amount to the payer's own invoice.
- Mistyped invoice numbers (transposed/changed digit, no such invoice) resolved by exact unique amount.
- Quote / engagement-letter numbers (`EL-2291`, `Q1184`) instead of invoice numbers: applied when the amount is unique,
  review when it fits several identical retainer invoices.
- Ranges written as `30508-510`, `30410 TO 30413`; lists in 18 chars without separators.
- Lump sums equal to the whole open balance (applied) vs. lump sums matching several subsets (review).
- Overpayments where the client paid the invoice *total* although it had been part-paid before the export.
- Second payments repeating the exact reference and amount of an earlier payment in the same file.
- Part payments followed later by a remainder payment; short pays whose deduction reason is only in a remittance.
- Standing orders: fixed fee < the single open invoice (partial), > it (unapplied remainder), several open invoices (review).
- GoCardless / Stripe payouts: net of fees (review with the listed invoice set) vs. fees billed separately (applied).
- Parent company paying subsidiaries' invoices under its own customer_id; directors paying from personal accounts.
- Cheques with a stub (applied) and without one whose amount happens to match exactly one invoice in the ledger (review).
- Irish clients paying an EUR invoice in GBP (review, never applied across currencies).
- Bad rows: missing / non-numeric / negative (returned direct debit) / zero / malformed amounts, unknown or missing
  currency, an impossible date - each with a reference that would otherwise match.
""" % (len(pub), len(payments),
       table(Counter(l["status"] for l in labels), "status"), table(Counter(l["scenario"] for l in labels), "scenario"),
       table(loc, "locale (note prefix)"), table(cur, "payment currency"))
README = README.replace("NULLS", "%d of %d" % (sum(p["customer_id"] is None for p in payments), len(payments)))
open("README.md", "w").write(README)
