#!/usr/bin/env python3
"""Blind cash-application test set: UK/IE builders' merchant (GBP, EUR).

Deterministic (fixed seed), standard library only.
Writes ledger_uk_ie_merchants/{invoices,payments,labels}.json and README.md.
"""
import json
import os
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 20260418
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_uk_ie_merchants")
rng = random.Random(SEED)
D = Decimal
CENT = D("0.01")


def q(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def s(x):
    return str(q(x))


def gbfmt(x):          # 1,234.56
    return "{:,.2f}".format(q(x))


def iefmt(x):          # Irish AP systems also use 1,234.56
    return "{:,.2f}".format(q(x))


# ---------------------------------------------------------------- customers
SURNAMES = ["Hargreaves", "Pritchard", "Fenwick", "Ashdown", "Calloway", "Thornbury", "Whitlock",
            "Merriman", "Dunmore", "Brackley", "Ollerton", "Kettering", "Bramwell", "Stainton",
            "Pennington", "Lowther", "Cardew", "Tremayne", "Garside", "Holroyd", "Maddox", "Rushworth",
            "Sowerby", "Tattersall", "Yardley", "Blakemore", "Chatterton", "Dewhurst", "Ellery",
            "Fairclough", "Gilmartin", "Heseltine", "Ingleby", "Jephcott", "Kirkbride", "Lancaster",
            "Mottram", "Nuttall", "Openshaw", "Pickersgill", "Quarmby", "Ridsdale", "Sedgwick",
            "Trowbridge", "Umpleby", "Verity", "Wadsworth", "Royle", "Smith", "Jones"]
WELSH = ["Evans", "Pryce", "Llewellyn", "Vaughan", "Griffiths", "Bevan", "Meredith", "Rhys"]
IRISH = ["Ó Súilleabháin", "Mac Giolla", "Ní Bhriain", "Ó Dónaill", "Fitzgerald", "Brennan",
         "Mulcahy", "Keogh", "Ó Ceallaigh", "Dunphy", "Lenihan", "Moriarty", "Geraghty", "Tierney",
         "Ó Briain", "Cullinane", "Hegarty", "Mac Cárthaigh"]
FIRST = ["John", "Gareth", "Sean", "Paul", "Mark", "Declan", "Niamh", "Aoife", "Dafydd", "Rhiannon",
         "Craig", "Lee", "Darren", "Siobhán", "Ciarán", "Tomás", "Karen", "Steven", "Owen", "Bríd"]
PLACES_GB = ["Northmere", "Ashby Vale", "Kelderton", "Rothwick", "Hollinfield", "Marlow Brook",
             "Easterby", "Cranleigh Moor", "Saltbridge", "Wendlebury", "Thorncastle", "Ravensford"]
PLACES_CY = ["Caerwen", "Llanfedw", "Pontyrhos", "Aberhafod"]
PLACES_IE = ["Kilbrannagh", "Ballycarra", "Dromahane", "Clonmara", "Ardcarra", "Lisheen"]

UNFADA = str.maketrans("ÁÉÍÓÚáéíóúŷŵâêîôû", "AEIOUaeiouywaeiou")


def plain(x):
    return x.translate(UNFADA)


customers = []


def add_customer(name, kind, country, currencies, bank_names, person=None):
    cid = "c-%03d" % (len(customers) + 1)
    customers.append({"id": cid, "name": name, "kind": kind, "country": country,
                      "currencies": currencies, "bank_names": bank_names, "person": person})
    return customers[-1]


def bacs_name(x):
    """UK bank statement style: upper case, punctuation mostly kept, cut to 18."""
    return plain(x).upper().replace(",", "")[:18].rstrip()


used_names = set()


def build_customers():
    sn = SURNAMES[:]
    rng.shuffle(sn)
    # contractors (GB) -- Ltd companies
    for i in range(44):
        srn = sn[i % len(sn)]
        pat = rng.choice(["{s} & Sons Ltd", "{s} Building Contractors Ltd", "{s} Construction Ltd",
                          "{s} Roofing & Joinery Ltd", "{s} Groundworks Ltd", "{p} {s} Developments Ltd",
                          "{s} Heating Services Ltd", "{s} Brothers (Builders) Ltd"])
        name = pat.format(s=srn, p=rng.choice(PLACES_GB))
        if name in used_names:
            continue
        used_names.add(name)
        full = plain(name).upper()
        bank = [full[:18].rstrip(), full.replace(" LTD", " LIMITED")[:18].rstrip(),
                full.replace("&", "AND")[:18].rstrip()]
        add_customer(name, "contractor", "GB", ["GBP"], bank)
    # Welsh contractors
    for w in WELSH:
        name = rng.choice(["{s} Plastering Ltd", "{s} a'i Fab Cyf", "{s} Building Services Ltd"]).format(s=w)
        used_names.add(name)
        full = plain(name).upper()
        add_customer(name, "contractor", "GB", ["GBP"], [full[:18].rstrip()])
    # sole traders (GB)
    for i in range(34):
        f = rng.choice(FIRST)
        srn = rng.choice(SURNAMES + WELSH)
        trade = rng.choice(["Plumbing", "Electrical", "Joinery", "Property Maintenance", "Tiling",
                            "Decorating", "Carpentry", "Kitchens"])
        name = "%s %s t/a %s %s" % (f, srn, srn, trade)
        if name in used_names:
            continue
        used_names.add(name)
        P = plain(srn).upper()
        F = plain(f).upper()
        bank = [("%s %s" % (P, F[0]))[:18], ("MR %s %s" % (F[0], P))[:18], ("%s %s" % (F, P))[:18],
                ("%s %s" % (P, trade.upper()))[:18].rstrip()]
        add_customer(name, "sole_trader", "GB", ["GBP"], bank, person=(f, srn))
    # housing associations
    for nm in ["Riverside Vale Housing Association", "Northmere Homes Group", "Tŷ Glas Housing Association",
               "Saltbridge Community Housing Trust", "Hollinfield Homes Ltd", "Cymdeithas Tai Caerwen"]:
        full = plain(nm).upper()
        add_customer(nm, "housing_association", "GB", ["GBP"], [full[:18].rstrip(), full[:35]])
    # councils
    for nm in ["Northmere District Council", "Ashby Vale Borough Council", "Kelderton City Council",
               "Cyngor Sir Caerwen", "Rothwick Metropolitan Borough Council",
               "Thorncastle Council Housing Services"]:
        full = plain(nm).upper()
        add_customer(nm, "council", "GB", ["GBP"], [full[:18].rstrip(), full[:35]])
    # Northern Ireland contractors that also buy in the Republic (GBP + EUR)
    for i in range(8):
        srn = IRISH[i + 4]
        name = "%s Civils (NI) Ltd" % plain(srn) if i % 2 else "%s Contracts Ltd" % plain(srn)
        full = name.upper()
        add_customer(name, "contractor", "NI", ["GBP", "EUR"], [full[:18].rstrip(), full])
    # Irish contractors / sole traders / councils / AHBs (EUR; SEPA names longer, fadas stripped)
    for i in range(26):
        srn = rng.choice(IRISH)
        pat = rng.choice(["{s} Builders Limited", "{s} Construction DAC", "{s} Electrical Contractors Ltd",
                          "{s} Plumbing & Heating Teoranta", "{p} Joinery Ltd"])
        name = pat.format(s=srn, p=rng.choice(PLACES_IE))
        if name in used_names:
            continue
        used_names.add(name)
        full = plain(name).upper()
        add_customer(name, "contractor", "IE", ["EUR"], [full, full.replace("LIMITED", "LTD")])
    for i in range(12):
        f = rng.choice(FIRST)
        srn = rng.choice(IRISH)
        name = "%s %s" % (f, srn)
        if name in used_names:
            continue
        used_names.add(name)
        P, F = plain(srn).upper(), plain(f).upper()
        add_customer(name, "sole_trader", "IE", ["EUR"], ["%s %s" % (F, P), "%s %s" % (P, F)], person=(f, srn))
    for nm in ["Kilbrannagh County Council", "Ardcarra Housing Association CLG", "Clonmara Municipal District",
               "Ballycarra Voluntary Housing CLG"]:
        add_customer(nm, "council" if "Council" in nm or "District" in nm else "housing_association",
                     "IE", ["EUR"], [nm.upper()])


build_customers()
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- invoices
invoices = []
INV = {}
by_cust = defaultdict(list)
used_numbers = set()
used_totals = Counter()


def new_number(cur):
    while True:
        if cur == "GBP":
            n = "SI-%06d" % rng.randint(200000, 239999)
        else:
            n = "IE-%06d" % rng.randint(700000, 719999)
        if n not in used_numbers:
            used_numbers.add(n)
            return n


def rand_total(cur, kind):
    r = rng.random()
    if r < 0.12:       # tool hire: round-ish weekly rates
        net = D(rng.choice([45, 60, 85, 95, 120, 150, 180, 240, 275, 320])) * rng.randint(1, 4)
    elif r < 0.55:
        net = q(D(rng.randint(2000, 60000)) / 100)
    elif r < 0.9:
        net = q(D(rng.randint(60000, 600000)) / 100)
    else:
        net = q(D(rng.randint(600000, 2500000)) / 100)
    vat = D("0.20") if cur == "GBP" else rng.choice([D("0.23"), D("0.135")])
    return q(net * (1 + vat))


def add_invoice(c, cur, issue, total=None, balance=None):
    iid = "i-%05d" % (10001 + len(invoices))
    if total is None:
        total = rand_total(cur, c["kind"])
        while used_totals[(c["id"], total)]:
            total = rand_total(cur, c["kind"])
    used_totals[(c["id"], total)] += 1
    terms = 30 if c["kind"] in ("contractor", "sole_trader") else 45
    if c["kind"] == "contractor" and rng.random() < 0.5:
        # 30 days end of month
        nm = (issue.replace(day=1) + timedelta(days=32)).replace(day=1)
        due = (nm + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    else:
        due = issue + timedelta(days=terms)
    inv = {"id": iid, "number": new_number(cur), "customer_id": c["id"], "customer_name": c["name"],
           "currency": cur, "total": s(total), "balance": s(balance if balance is not None else total),
           "issue_date": issue.isoformat(), "due_date": due.isoformat()}
    invoices.append(inv)
    INV[iid] = inv
    by_cust[c["id"]].append(iid)
    return inv


def build_invoices():
    for c in customers:
        k = c["kind"]
        n = {"contractor": (6, 14), "sole_trader": (3, 8), "housing_association": (14, 26),
             "council": (14, 26)}[k]
        cnt = rng.randint(*n)
        for _ in range(cnt):
            cur = c["currencies"][0] if len(c["currencies"]) == 1 else rng.choice(["GBP", "GBP", "EUR"])
            issue = date(2025, 12, 1) + timedelta(days=rng.randint(0, 119))
            if rng.random() < 0.06:   # an older invoice already part paid
                issue = date(2025, 11, 1) + timedelta(days=rng.randint(0, 40))
                t = rand_total(cur, k)
                add_invoice(c, cur, issue, total=t, balance=q(t * D(rng.choice(["0.5", "0.4", "0.25"]))))
            else:
                add_invoice(c, cur, issue)


special = set()
batches = []        # (customer_id, [iid...] consecutive numbers, foreign iid or None)
dup_pairs = []      # (customer_id, iid_a, iid_b) same total
quads = []          # (customer_id, [a, b, c, d]) with a+b == c+d
twins = []          # (cust_a, cust_b, iid_a, iid_b, bank_name)


def build_specials():
    gb = [c for c in customers if c["currencies"] == ["GBP"] and c["kind"] in ("contractor", "council", "housing_association")]
    rng.shuffle(gb)
    for n, c in enumerate(gb[:16]):
        k = rng.randint(3, 5)
        while True:
            start = rng.randint(240000, 249990)
            block = ["SI-%06d" % (start + j) for j in range(k)]
            if not any(b in used_numbers for b in block):
                break
        issue = date(2026, 2, 2) + timedelta(days=rng.randint(0, 50))
        ids, foreign = [], None
        for j, numb in enumerate(block):
            owner = c
            if n % 3 == 0 and j == 1:
                owner = rng.choice([x for x in gb if x is not c])
            inv = add_invoice(owner, "GBP", issue)
            used_numbers.discard(inv["number"]); inv["number"] = numb; used_numbers.add(numb)
            special.add(inv["id"])
            if owner is c:
                ids.append(inv["id"])
            else:
                foreign = inv["id"]
        batches.append((c["id"], ids, foreign))
    pool = [c for c in customers if c["kind"] in ("contractor", "sole_trader")]
    rng.shuffle(pool)
    for c in pool[:14]:
        cur = c["currencies"][0]
        t = q(D(rng.choice([95, 120, 150, 180, 240])) * D("1.2" if cur == "GBP" else "1.23"))
        a = add_invoice(c, cur, date(2026, 3, 2) + timedelta(days=rng.randint(0, 10)), total=t)
        b = add_invoice(c, cur, date(2026, 3, 16) + timedelta(days=rng.randint(0, 10)), total=t)
        special.update([a["id"], b["id"]])
        dup_pairs.append((c["id"], a["id"], b["id"]))
    for c in pool[14:20]:
        cur = c["currencies"][0]
        while True:
            t1, t2, t3 = (q(D(rng.randint(5000, 90000)) / 100) for _ in range(3))
            t4 = t1 + t2 - t3
            if t4 > 20 and len({t1, t2, t3, t4}) == 4:
                break
        quad = [add_invoice(c, cur, date(2026, 2, 2) + timedelta(days=rng.randint(0, 50)), total=t)["id"] for t in (t1, t2, t3, t4)]
        special.update(quad)
        quads.append((c["id"], quad))
    # sole traders who share a bank-name form (surname + initial)
    for srn, (f1, t1), (f2, t2), cur, ctry in [("Royle", ("John", "Plumbing"), ("James", "Electrical"), "GBP", "GB"),
                                      ("Maddox", ("Karen", "Tiling"), ("Kevin", "Decorating"), "GBP", "GB"),
                                      ("Brennan", ("Declan", "Joinery"), ("Dermot", "Electrical"), "EUR", "IE"),
                                      ("Pryce", ("Gareth", "Kitchens"), ("Gwyn", "Plumbing"), "GBP", "GB")]:
        pair = []
        for f, tr in ((f1, t1), (f2, t2)):
            nm = "%s %s t/a %s %s" % (f, srn, srn, tr)
            bank = ["%s %s" % (srn.upper(), f[0]), "MR %s %s" % (f[0], srn.upper())]
            pair.append(add_customer(nm, "sole_trader", ctry, [cur], bank, person=(f, srn)))
        t = q(D(rng.randint(8000, 60000)) / 100)
        ia = add_invoice(pair[0], cur, date(2026, 3, 9), total=t)
        ib = add_invoice(pair[1], cur, date(2026, 3, 12), total=t)
        for c in pair:
            for _ in range(rng.randint(2, 4)):
                add_invoice(c, cur, date(2026, 1, 5) + timedelta(days=rng.randint(0, 80)))
        special.update([ia["id"], ib["id"]])
        twins.append((pair[0]["id"], pair[1]["id"], ia["id"], ib["id"], "%s %s" % (srn.upper(), f1[0])))


build_invoices()
build_specials()
CUST = {c["id"]: c for c in customers}
# chronological order in the file is by issue date, then number
invoices.sort(key=lambda i: (i["issue_date"], i["number"]))

# ---------------------------------------------------------------- state
bal = {i["id"]: D(i["balance"]) for i in invoices}
reserved = set()          # invoices a scenario has already used (kept out of random picks)
NUM = {i["number"]: i["id"] for i in invoices}


def open_invs(cid, cur=None):
    return [i for i in by_cust[cid] if bal[i] > 0 and (cur is None or INV[i]["currency"] == cur)]


def free_invs(cid, cur=None, untouched=True):
    out = [i for i in open_invs(cid, cur) if i not in reserved]
    out = [i for i in out if i not in special]
    if untouched:
        out = [i for i in out if bal[i] == D(INV[i]["total"])]
    return out


def amount_hits(cid, cur, amt):
    return [i for i in open_invs(cid, cur) if bal[i] == amt]


def num_digits(iid):
    return INV[iid]["number"].split("-")[1]


payments = []
labels = []
pay_dates = []


def make_dates(n):
    d = date(2026, 4, 1)
    days = []
    while len(days) < 45:
        if d.weekday() < 5 and d not in (date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4), date(2026, 5, 25)):
            days.append(d)
        d += timedelta(days=1)
    out = sorted(rng.choice(days) for _ in range(n))
    return out


def locale_of(pay, lab):
    rem = pay.get("remittance") or ""
    if "HYSBYSIAD" in rem:
        return "cy-GB"
    cur = pay.get("currency")
    ids = [a["invoice_id"] for a in lab["applications"]] + [i for c in lab["candidates"] for i in c]
    cid = pay.get("customer_id") or (INV[ids[0]]["customer_id"] if ids else None)
    if cid:
        return {"NI": "en-GB-NI", "IE": "en-IE", "GB": "en-GB"}[CUST[cid]["country"]]
    return "en-IE" if cur == "EUR" else "en-GB"


def emit(pay, lab):
    pid = "p-%03d" % (len(payments) + 1)
    lab["note"] = "[%s] %s" % (locale_of(pay, lab), lab["note"])
    pay = dict(id=pid, **pay)
    lab = dict(payment_id=pid, **lab)
    payments.append(pay)
    labels.append(lab)
    # apply to state
    for a in lab["applications"]:
        bal[a["invoice_id"]] -= D(a["amount"])
        assert bal[a["invoice_id"]] >= 0, (pid, a)


def label(status, apps=(), unapplied="0.00", short=None, cands=(), reason="", scenario="", note=""):
    return {"status": status,
            "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short,
            "candidates": [list(c) for c in cands], "reason": reason,
            "scenario": scenario, "note": note}


# ---------------------------------------------------------------- bank formatting
def channel_for(c, cur):
    if cur == "EUR":
        return "SEPA"
    if c["kind"] in ("council", "housing_association"):
        return rng.choice(["BACS", "BACS", "BACS", "CHAPS"])
    if c["kind"] == "sole_trader":
        return rng.choice(["FPS", "FPS", "FPS", "CHQ"])
    return rng.choice(["BACS", "BACS", "FPS", "FPS", "CHAPS", "CHQ"])


def payer_name(c, ch):
    nm = rng.choice(c["bank_names"])
    if ch in ("BACS", "FPS"):
        return nm[:18].rstrip()
    if ch == "CHQ":
        return rng.choice([nm[:18].rstrip(), "CHEQUE CREDIT", "COUNTER CREDIT"])
    return nm


def cut(ref, ch):
    if ref is None:
        return None
    if ch in ("BACS", "FPS"):
        return ref.upper()[:18].rstrip()
    if ch == "CHAPS":
        return ref.upper()[:35].rstrip()
    return ref[:140]


def one_ref(num, c, ch):
    """A bank reference quoting one invoice number in a way a payer would type it."""
    pre, dig = num.split("-")
    v = rng.randint(0, 7)
    if ch == "SEPA":
        return rng.choice(["%s" % num, "Inv %s" % num, "INVOICE %s%s" % (pre, dig),
                           "%s %s" % (num, plain(c["name"])[:20]), "Payment of invoice %s" % dig,
                           "/INV/%s" % num])
    if ch == "CHQ":
        return "CHQ %06d" % rng.randint(100, 999999)
    forms = [num, pre + dig, dig, "INV " + dig, "INV " + num, "SI " + dig,
             "%s %s" % (plain(c["name"]).upper().split()[0], dig), "PAYMENT " + num]
    return forms[v]


def slip(nums, amounts=None):
    lines = ["PAYING-IN SLIP COUNTERFOIL", "Paid by: cheque", "Invoice(s):"]
    for j, n in enumerate(nums):
        lines.append("  %s%s" % (n, "   %s" % gbfmt(amounts[j]) if amounts else ""))
    return "\n".join(lines)


NAME_OWNERS = defaultdict(set)


def index_names():
    for c in customers:
        for n in c["bank_names"]:
            NAME_OWNERS[n[:18].rstrip()].add(c["id"])
            NAME_OWNERS[n].add(c["id"])


def base_pay(c, cur, amount, ch=None, with_id=None):
    ch = ch or channel_for(c, cur)
    if with_id is None:
        with_id = rng.random() < 0.35
    pn = payer_name(c, ch)
    if len(NAME_OWNERS[pn]) > 1 and pn not in ("CHEQUE CREDIT", "COUNTER CREDIT"):
        with_id = True          # a shared name form: the bank-provided customer id settles it
    return ch, {"date": None, "amount": s(amount), "currency": cur, "payer_name": pn,
                "customer_id": c["id"] if with_id else None, "reference": None, "remittance": None}


WELSH_BODIES = ("Cyngor", "Cymdeithas", "Tŷ")


def pick_cust(cur=None, kinds=None, min_free=1, untouched=True, need_id=False, country=None, welsh=False):
    pool = [c for c in customers
            if (cur is None or cur in c["currencies"]) and (kinds is None or c["kind"] in kinds)
            and (country is None or c["country"] in country)
            and (not welsh or c["name"].startswith(WELSH_BODIES))]
    rng.shuffle(pool)
    for c in pool:
        cc = cur or rng.choice(c["currencies"])
        f = free_invs(c["id"], cc, untouched)
        if len(f) >= min_free:
            return c, cc, f
    return None


def subset_sums(ids, upto=3):
    """All sums of 1..upto invoice balances (for uniqueness checks)."""
    from itertools import combinations
    out = defaultdict(list)
    for k in range(1, upto + 1):
        for comb in combinations(ids, k):
            out[sum(bal[i] for i in comb)].append(comb)
    return out


def nums(ids):
    return [INV[i]["number"] for i in ids]


# ---------------------------------------------------------------- remittance advice styles
def remit_sage(c, rows, total, payref, pdate, cur, deduction=None):
    sym = "£" if cur == "GBP" else "€"
    L = ["REMITTANCE ADVICE", plain(c["name"]), "", "To: Merchant Supplies (Accounts Receivable)",
         "Payment date: %s" % pdate.strftime("%d/%m/%Y"), "Payment method: %s" % ("BACS" if cur == "GBP" else "SEPA"),
         "Our ref: %s" % payref, "",
         "%-12s %-12s %-11s %12s" % ("Date", "Ref", "Details", "Amount " + sym)]
    for n, dte, amt in rows:
        L.append("%-12s %-12s %-11s %12s" % (dte, n, "Invoice", gbfmt(amt)))
    if deduction:
        L.append("%-12s %-12s %-11s %12s" % ("", deduction[0], deduction[1], "-" + gbfmt(deduction[2])))
    L += ["", "%-37s %12s" % ("Total paid", gbfmt(total))]
    return "\n".join(L)


def remit_xero(c, rows, total, payref, pdate, cur, deduction=None):
    L = ["Remittance Advice", "", "From %s" % c["name"], "Payment Date %s" % pdate.strftime("%d %b %Y"),
         "Reference %s" % payref, "", "Invoice Number | Invoice Date | Reference | Amount Paid"]
    for n, dte, amt in rows:
        L.append("%s | %s | %s | %s" % (n, dte, rng.choice(["Job sheet", "Site materials", "Hire", "-"]), iefmt(amt)))
    if deduction:
        L.append("%s | | %s | -%s" % (deduction[0], deduction[1], iefmt(deduction[2])))
    L += ["", "Amount Paid %s %s" % (cur, iefmt(total))]
    return "\n".join(L)


def remit_coupa(c, rows, total, payref, pdate, cur, deduction=None, po=None):
    L = ["Payment Advice - %s" % c["name"], "Supplier: Merchant Supplies", "Payment Number: %s" % payref,
         "Payment Date: %s" % pdate.isoformat(), "Currency: %s" % cur, "",
         "Supplier Invoice #, PO #, Invoice Date, Gross, Discount/Deduction, Net Paid"]
    for j, (n, dte, amt) in enumerate(rows):
        ded = "0.00"
        paid = amt
        if deduction and deduction[0] == n:
            ded = "%.2f" % deduction[2]
            paid = amt - deduction[2]
        pon = po[j] if po else "PO-%05d" % rng.randint(10000, 99999)
        L.append("%s, %s, %s, %.2f, %s, %.2f" % (n, pon, dte, amt, ded, paid))
    if deduction:
        L.append("Deduction reason (%s): %s" % (deduction[0], deduction[1]))
    L += ["", "Total Net Paid: %.2f" % total]
    return "\n".join(L)


def remit_council_cy(c, rows, total, payref, pdate, cur, deduction=None):
    L = ["HYSBYSIAD TALU / REMITTANCE ADVICE", plain(c["name"]).upper(), "",
         "Dyddiad talu / Payment date: %s" % pdate.strftime("%d.%m.%Y"),
         "Rhif taliad / Payment no: %s" % payref, "",
         "Rhif anfoneb / Invoice no    Swm / Amount"]
    for n, dte, amt in rows:
        L.append("%-28s %12s" % (n, gbfmt(amt)))
    if deduction:
        L.append("%-28s %12s" % ("%s (%s)" % (deduction[1], deduction[0]), "-" + gbfmt(deduction[2])))
    L.append("Cyfanswm / Total              %12s" % gbfmt(total))
    return "\n".join(L)


def remit(c, rows, total, payref, pdate, cur, deduction=None):
    if c["name"].startswith("Cyngor") or c["name"].startswith("Cymdeithas") or c["name"].startswith("Tŷ"):
        return remit_council_cy(c, rows, total, payref, pdate, cur, deduction), "welsh"
    if c["kind"] in ("council", "housing_association"):
        f = rng.choice([remit_coupa, remit_sage])
    elif cur == "EUR":
        f = rng.choice([remit_xero, remit_sage])
    else:
        f = rng.choice([remit_sage, remit_xero, remit_xero])
    return f(c, rows, total, payref, pdate, cur, deduction), f.__name__.replace("remit_", "")


def rows_for(ids, amounts=None):
    return [(INV[i]["number"], date.fromisoformat(INV[i]["issue_date"]).strftime("%d/%m/%Y"),
             amounts[j] if amounts else bal[i]) for j, i in enumerate(ids)]


def payref_for(c):
    return rng.choice(["BACS%06d" % rng.randint(1, 999999), "PR-%05d" % rng.randint(1, 99999),
                       "REM%07d" % rng.randint(1, 9999999), "PAY RUN %d" % rng.randint(10, 99)])


# ---------------------------------------------------------------- scenarios
paid_log = []    # (iid, amount, customer) paid in full by an earlier payment, by reference


def sc_exact_ref(pd):
    r = pick_cust(untouched=rng.random() < 0.85)
    if not r:
        return None
    c, cur, f = r
    i = rng.choice(f)
    ch, p = base_pay(c, cur, bal[i])
    p["reference"] = cut(one_ref(INV[i]["number"], c, ch), ch)
    if ch == "CHQ":
        p["remittance"] = slip([INV[i]["number"]]) if rng.random() < 0.7 else \
            "Cheque counterfoil: %s" % INV[i]["number"].replace("-", " ").lower()
        src = "cheque slip"
    else:
        src = "reference"
    part = "" if bal[i] == D(INV[i]["total"]) else " (remaining balance of a part-paid invoice)"
    paid_log.append((i, bal[i], c["id"]))
    return p, label("applied", [(i, bal[i])], reason="%s %s and exact balance%s" % (src, INV[i]["number"], part),
                    scenario="exact_ref", note="%s via %s; amount equals the open balance%s" % (INV[i]["number"], ch, part))


def corrupt(numb):
    pre, dig = numb.split("-")
    k = rng.randint(0, 2)
    if k == 0:   # transpose two adjacent digits
        j = rng.randint(1, len(dig) - 2)
        if dig[j] == dig[j + 1]:
            return None
        d2 = dig[:j] + dig[j + 1] + dig[j] + dig[j + 2:]
    elif k == 1:  # drop a digit
        j = rng.randint(1, len(dig) - 1)
        d2 = dig[:j] + dig[j + 1:]
    else:        # one wrong digit
        j = rng.randint(2, len(dig) - 1)
        d2 = dig[:j] + str((int(dig[j]) + rng.choice([1, 3, 7])) % 10) + dig[j + 1:]
    if "%s-%s" % (pre, d2) in used_numbers or d2 == dig:
        return None
    return pre + rng.choice(["", "-", " "]) + d2


def sc_typo_ok(pd):
    for _ in range(20):
        r = pick_cust()
        if not r:
            return None
        c, cur, f = r
        i = rng.choice(f)
        t = corrupt(INV[i]["number"])
        if not t or len(amount_hits(c["id"], cur, bal[i])) != 1:
            continue
        ch, p = base_pay(c, cur, bal[i], ch="SEPA" if cur == "EUR" else rng.choice(["BACS", "FPS"]))
        p["reference"] = cut(rng.choice(["", "INV ", "PAYMENT "]) + t, ch)
        return p, label("applied", [(i, bal[i])], reason="reference %s is a mistyped %s; exact balance confirms" % (t, INV[i]["number"]),
                        scenario="typo_ref", note="typo %s for %s; the amount is unique among the customer's open invoices" % (t, INV[i]["number"]))


def sc_typo_off(pd):
    for _ in range(20):
        r = pick_cust()
        if not r:
            return None
        c, cur, f = r
        i = rng.choice(f)
        t = corrupt(INV[i]["number"])
        amt = q(bal[i] * D(rng.choice(["0.83", "0.91", "1.07", "0.62"])))
        if not t or amount_hits(c["id"], cur, amt) or amt in subset_sums(open_invs(c["id"], cur), 2):
            continue
        ch, p = base_pay(c, cur, amt, ch="SEPA" if cur == "EUR" else "FPS")
        p["reference"] = cut(t, ch)
        return p, label("review", unapplied=amt, cands=[[i]],
                        reason="reference looks like a mistyped %s but the amount does not match" % INV[i]["number"],
                        scenario="typo_ref_amount_off", note="typo %s and amount %s vs balance %s: not sure" % (t, s(amt), s(bal[i])))


def sc_amount_only(pd):
    for _ in range(30):
        r = pick_cust()
        if not r:
            return None
        c, cur, f = r
        i = rng.choice(f)
        if len(amount_hits(c["id"], cur, bal[i])) != 1:
            continue
        ch, p = base_pay(c, cur, bal[i], with_id=True)
        if ch == "CHQ":
            ch, p = base_pay(c, cur, bal[i], ch="FPS", with_id=True)
        p["reference"] = cut(rng.choice(["PAYMENT", "THANK YOU", "SUPPLIER PAYMENT", "MATERIALS", "ACCOUNT " + c["id"][2:],
                                         None, "INVOICE", plain(c["name"]).upper()[:12]]), ch)
        return p, label("applied", [(i, bal[i])], reason="customer known from bank; amount matches one open invoice exactly",
                        scenario="amount_only", note="no invoice number; %s is the only open invoice for %s" % (INV[i]["number"], s(bal[i])))


def sc_list_ref(pd):
    r = pick_cust(min_free=2)
    if not r:
        return None
    c, cur, f = r
    k = rng.choice([2, 2, 2, 3, 3, 4])
    ids = sorted(rng.sample(f, min(k, len(f))), key=lambda i: INV[i]["number"])
    amt = sum(bal[i] for i in ids)
    dg = [INV[i]["number"].split("-")[1] for i in ids]
    pre = INV[ids[0]]["number"].split("-")[0]
    if len(ids) == 2 and cur == "GBP":
        ch = rng.choice(["BACS", "FPS"])
        ref = rng.choice(["%s %s" % tuple(dg), "%s/%s" % tuple(dg), "%s+%s" % tuple(dg), "%s & %s" % tuple(dg)])
    elif cur == "GBP":
        ch = "CHAPS"
        ref = rng.choice([" ".join(dg), "INV " + ",".join(dg), pre + " " + "/".join(dg)])
    else:
        ch = "SEPA"
        ref = rng.choice(["Invoices " + ", ".join(nums(ids)), " ".join(nums(ids)), "Inv " + " + ".join(dg)])
    _, p = base_pay(c, cur, amt, ch=ch)
    p["reference"] = cut(ref, ch)
    return p, label("applied", [(i, bal[i]) for i in ids], reason="reference lists %s; sum matches" % ", ".join(nums(ids)),
                    scenario="list_ref", note="%d invoice numbers in the reference; amount is their total" % len(ids))


def sc_range_ref(pd):
    cand = [b for b in batches if all(bal[i] == D(INV[i]["total"]) and i not in reserved for i in b[1]) and len(b[1]) >= 2]
    if not cand:
        return None
    cid, ids, foreign = rng.choice(cand)
    c = CUST[cid]
    reserved.update(ids)
    allnums = sorted(nums(ids) + ([INV[foreign]["number"]] if foreign else []))
    a, b = allnums[0].split("-")[1], allnums[-1].split("-")[1]
    amt = sum(bal[i] for i in ids)
    ch = rng.choice(["BACS", "FPS", "CHAPS"])
    ref = rng.choice(["SI%s-%s" % (a, b[-3:]), "%s-%s" % (a, b), "%s TO %s" % (a, b), "INV %s-%s" % (a, b[-2:])])
    _, p = base_pay(c, "GBP", amt, ch=ch)
    p["reference"] = cut(ref, ch)
    extra = ""
    if foreign:
        extra = "; %s inside the range belongs to %s and is not included" % (INV[foreign]["number"], INV[foreign]["customer_name"])
    return p, label("applied", [(i, bal[i]) for i in ids], reason="range %s covers the customer's invoices; sum matches" % ref,
                    scenario="range_ref", note="range reference %s%s" % (ref, extra))


def sc_truncated_list(pd):
    for _ in range(40):
        r = pick_cust(cur="GBP", min_free=2)
        if not r:
            return None
        c, cur, f = r
        i1, i2 = rng.sample(f, 2)
        d1, d2 = num_digits(i1), num_digits(i2)
        ref = ("INV %s %s" % (INV[i1]["number"].replace("-", ""), INV[i2]["number"].replace("-", "")))[:18]
        frag = ref.split()[-1]      # e.g. SI214
        fd = frag[2:]
        same = [j for j in open_invs(c["id"], cur) if num_digits(j).startswith(fd) and j != i1]
        if len(fd) < 2 or same != [i2]:
            continue
        amt = bal[i1] + bal[i2]
        if len(subset_sums(open_invs(c["id"], cur), 3)[amt]) != 1:
            continue
        _, p = base_pay(c, cur, amt, ch="BACS")
        p["reference"] = ref
        return p, label("applied", [(i1, bal[i1]), (i2, bal[i2])],
                        reason="reference cut at 18 characters: %s and %s...; sum matches" % (INV[i1]["number"], frag),
                        scenario="truncated_list", note="BACS cut the second number to %s; only %s of this customer starts so and the sum matches" % (frag, INV[i2]["number"]))
    return None


def sc_remittance(pd):
    r = (rng.random() < 0.3 and pick_cust(min_free=3, welsh=True)) or pick_cust(min_free=3)
    if not r:
        return None
    c, cur, f = r
    k = rng.randint(2, min(8, len(f)))
    ids = sorted(rng.sample(f, k), key=lambda i: INV[i]["issue_date"])
    amt = sum(bal[i] for i in ids)
    ch, p = base_pay(c, cur, amt)
    pr = payref_for(c)
    txt, style = remit(c, rows_for(ids), amt, pr, pd, cur)
    p["remittance"] = txt
    p["reference"] = cut(pr if ch != "CHQ" else "CHQ %06d" % rng.randint(100, 999999), ch)
    return p, label("applied", [(i, bal[i]) for i in ids], reason="remittance advice lists %d invoices; total matches" % k,
                    scenario="remittance_multi", note="%s remittance; %d invoices" % (style, k))


def sc_lump_all(pd):
    pool = [c for c in customers if c["kind"] == "sole_trader"]
    rng.shuffle(pool)
    for c in pool:
        cur = c["currencies"][0]
        o = open_invs(c["id"], cur)
        if len(o) < 2 or any(i in reserved or i in special for i in o):
            continue
        amt = sum(bal[i] for i in o)
        ch, p = base_pay(c, cur, amt, with_id=rng.random() < 0.5)
        if ch == "CHQ":
            ch, p = base_pay(c, cur, amt, ch="FPS")
        p["reference"] = cut(rng.choice(["STATEMENT", "CLEAR ACCOUNT", "BALANCE OF ACCOUNT", "MARCH STATEMENT",
                                         "FULL AND FINAL", "ALL INVOICES TO DATE"]), ch)
        reserved.update(o)
        return p, label("applied", [(i, bal[i]) for i in o], reason="amount equals the whole open balance of the account",
                        scenario="lump_sum_account", note="statement payment clearing all %d open invoices" % len(o))


def sc_part_payment(pd):
    r = pick_cust()
    if not r:
        return None
    c, cur, f = r
    f = [i for i in f if bal[i] > 300]
    if not f:
        return None
    i = rng.choice(f)
    frac = D(rng.choice(["0.5", "0.25", "0.3333", "0.4"]))
    amt = q(bal[i] * frac) if rng.random() < 0.6 else q(D(int(bal[i] * frac / 50) * 50 or 100))
    n = INV[i]["number"]
    ch, p = base_pay(c, cur, amt)
    if ch == "CHQ":
        ch, p = base_pay(c, cur, amt, ch="FPS")
    if rng.random() < 0.6 or ch not in ("SEPA", "CHAPS"):
        words = rng.choice(["PART PAY %s", "PART PMT %s", "1ST INSTALMENT %s", "ON ACC %s", "%s PART PAYMENT",
                            "INSTALMENT 1 %s"])
        p["reference"] = cut(words % n.replace("-", ""), ch)
        if n.replace("-", "") not in p["reference"]:
            p["reference"] = cut(rng.choice(["PART PAY %s", "ON ACC %s"]) % n.split("-")[1], ch)
    else:
        p["reference"] = cut("%s part payment as agreed, balance to follow" % n, ch)
    reserved.add(i)
    return p, label("partial", [(i, amt)], reason="part payment of %s as stated in the reference" % n,
                    scenario="part_payment", note="customer says part payment; %s stays open with %s" % (n, s(bal[i] - amt)))


REASONS = [
    ("retention", "Retention 5%", lambda t: q(t * D("0.05"))),
    ("retention", "Less 3% retention held to practical completion", lambda t: q(t * D("0.03"))),
    ("cis", "CIS deduction 20% on labour", None),
    ("cis", "Less CIS @ 20% (labour element)", None),
    ("retention", "Retention 5%", lambda t: q(t * D("0.05"))),
    ("damaged", "Damaged goods - 6 sheets plasterboard returned", None),
    ("pricing", "Price difference vs quote Q-%d" % 0, None),
    ("discount", "2.5% prompt payment discount taken", lambda t: q(t * D("0.025"))),
    ("shortage", "Short delivery - 2 x copper cylinders not received", None),
    ("credit", "Credit note requested for returned hire tool not yet received", None),
]


def sc_short_pay(pd):
    r = (rng.random() < 0.2 and pick_cust(min_free=1, welsh=True)) or pick_cust(min_free=1)
    if not r:
        return None
    c, cur, f = r
    f = [i for i in f if bal[i] > 200]
    if not f:
        return None
    i = rng.choice(f)
    t = bal[i]
    key, text, fn = rng.choice(REASONS)
    if cur == "EUR" and key == "cis":
        text = "RCT deduction 20% (Relevant Contracts Tax)"
    if key == "cis":
        labour = q(t * D(rng.choice(["0.3", "0.4", "0.25"])))
        ded = q(labour * D("0.20"))
        text = "%s (labour %s)" % (text, gbfmt(labour))
    elif key == "pricing":
        ded = q(t * D(rng.choice(["0.04", "0.07", "0.11"])))
        text = "Price difference vs quote Q-%d" % rng.randint(1000, 9999)
    elif fn:
        ded = fn(t)
    else:
        ded = q(t * D(rng.choice(["0.08", "0.12", "0.15", "0.2"])))
    paid = t - ded
    others = []
    if rng.random() < 0.5 and len(f) > 1:
        others = rng.sample([x for x in f if x != i], min(len(f) - 1, rng.randint(1, 3)))
    ids = sorted([i] + others, key=lambda x: INV[x]["issue_date"])
    amt = paid + sum(bal[x] for x in others)
    ch, p = base_pay(c, cur, amt)
    if ch == "CHQ":
        ch, p = base_pay(c, cur, amt, ch="BACS" if cur == "GBP" else "SEPA")
    pr = payref_for(c)
    amounts = [bal[x] for x in ids]
    p["remittance"], style = remit(c, rows_for(ids, amounts), amt, pr, pd, cur, deduction=(INV[i]["number"], text, ded))
    p["reference"] = cut(pr, ch)
    apps = [(x, bal[x] if x != i else paid) for x in ids]
    reserved.add(i)
    return p, label("partial", apps, short={"invoice_id": i, "amount": s(ded), "reason": text},
                    reason="remittance deducts %s from %s: %s" % (s(ded), INV[i]["number"], text),
                    scenario="short_pay_" + key, note="%s remittance; %s short by %s (%s)" % (style, INV[i]["number"], s(ded), key))


def sc_overpay(pd):
    for _ in range(30):
        r = pick_cust(untouched=False)
        if not r:
            return None
        c, cur, f = r
        i = rng.choice(f)
        n = INV[i]["number"]
        if bal[i] < D(INV[i]["total"]):
            extra = D(INV[i]["total"]) - bal[i]
            why = "paid the invoice total although %s was already part paid" % n
            amt = D(INV[i]["total"])
        else:
            extra = rng.choice([q(bal[i] * D("0.2") / D("1.2")), D("10.00"), q(D(rng.randint(100, 5000)) / 100),
                                D("100.00")])
            amt = bal[i] + extra
            why = "paid %s more than the balance" % s(extra)
        sums = subset_sums([x for x in open_invs(c["id"], cur) if x != i], 2)
        if extra in sums or amt in subset_sums(open_invs(c["id"], cur), 3):
            continue
        ch, p = base_pay(c, cur, amt)
        p["reference"] = cut(one_ref(n, c, ch), ch)
        if ch == "CHQ":
            p["remittance"] = slip([n])
        paid_log.append((i, bal[i], c["id"]))
        return p, label("unapplied", [(i, bal[i])], unapplied=extra,
                        reason="%s cleared; %s over, held on account" % (n, s(extra)),
                        scenario="overpayment", note=why)


def sc_second_payment(pd):
    cand = [x for x in paid_log if bal[x[0]] == 0]
    if not cand:
        return None
    i, amt, cid = rng.choice(cand)
    paid_log.remove((i, amt, cid))
    c = CUST[cid]
    cur = INV[i]["currency"]
    if amt in [bal[x] for x in open_invs(cid, cur)] or amt in subset_sums(open_invs(cid, cur), 3):
        return None
    ch, p = base_pay(c, cur, amt)
    if ch == "CHQ":
        ch, p = base_pay(c, cur, amt, ch="FPS" if cur == "GBP" else "SEPA")
    p["reference"] = cut(one_ref(INV[i]["number"], c, ch), ch)
    return p, label("unapplied", unapplied=amt, reason="%s was already paid by an earlier payment; held on account" % INV[i]["number"],
                    scenario="second_payment", note="duplicate payment of %s (paid earlier in this file)" % INV[i]["number"])


def sc_no_fit_known(pd):
    for _ in range(40):
        r = pick_cust(untouched=False)
        if not r:
            return None
        c, cur, f = r
        o = open_invs(c["id"], cur)
        amt = rng.choice([q(D(rng.randint(2000, 90000)) / 100), D(rng.choice([100, 250, 500, 1000]))])
        if amt in subset_sums(o, 3) or amt == sum(bal[x] for x in o):
            continue
        kind = rng.randint(0, 2)
        if kind == 0:
            fake = new_number(cur)   # a number we never issued / already closed before this extract
            ref, why = fake, "reference %s is not an open invoice" % fake
        elif kind == 1:
            ref, why = rng.choice(["DEPOSIT HIRE", "ON ACCOUNT", "PAYMENT ON ACC", "PROFORMA"]), "payment on account"
        else:
            ref, why = rng.choice(["ACCT %s" % c["id"][2:], "TOPUP", "CASH SALE"]), "no invoice fits"
        ch, p = base_pay(c, cur, amt, with_id=True)
        if ch == "CHQ":
            ch, p = base_pay(c, cur, amt, ch="FPS" if cur == "GBP" else "SEPA", with_id=True)
        p["reference"] = cut(ref, ch)
        return p, label("unapplied", unapplied=amt, reason="known customer; %s; held on account" % why,
                        scenario="known_no_fit", note="%s; amount matches no open invoice or small combination" % why)


STRANGERS = ["MRS A PATEL", "K OKONKWO", "BRIGHTWATER LETTIN", "D ZIELINSKI", "HOLLOWAY ESTATES", "MR T BANNERMAN",
             "QUICKFIX HANDYMAN", "N ADEYEMI", "SEAMUS QUINLAN", "GREENLEAF PROPERTY", "R VASQUEZ", "LOFTLINE INSULATI",
             "A NAKAMURA", "M OYELARAN", "FERNHILL LETTINGS", "COLM DEVANEY", "ABERLOUR TRADING"]


def sc_unknown(pd):
    cur = rng.choice(["GBP", "GBP", "EUR"])
    amt = q(D(rng.randint(1500, 250000)) / 100)
    if any(bal[i] == amt for i in bal if INV[i]["currency"] == cur):
        return None
    nm = rng.choice(STRANGERS)
    ref = rng.choice([None, "PAYMENT", "JOB 14 KITCHEN", "MATERIALS", "TIMBER", "B/O %s" % nm.split()[-1], "REF 4471", "QUOTE 8812"])
    p = {"date": None, "amount": s(amt), "currency": cur, "payer_name": nm if cur == "GBP" else nm.title(),
         "customer_id": None, "reference": ref, "remittance": None}
    return p, label("review", unapplied=amt, reason="payer not a known customer and nothing in the payment points to an invoice",
                    scenario="unknown_payer", note="stranger %s; no invoice with this amount" % nm)


def sc_po_lookalike(pd):
    for _ in range(40):
        r = pick_cust(cur="GBP", min_free=2)
        if not r:
            return None
        c, cur, f = r
        i = rng.choice(f)
        if len(amount_hits(c["id"], cur, bal[i])) != 1:
            continue
        # the PO number equals an invoice number of another customer
        other = rng.choice([x for x in invoices if x["customer_id"] != c["id"] and x["currency"] == "GBP"])
        po = other["number"].split("-")[1]
        if bal[other["id"]] == bal[i]:
            continue
        ch, p = base_pay(c, cur, bal[i], ch=rng.choice(["BACS", "FPS", "CHAPS"]), with_id=True)
        if rng.random() < 0.5:
            p["reference"] = cut(rng.choice(["PO %s", "PO%s", "ORDER %s", "YOUR ORD %s", "P/O %s"]) % po, ch)
            where = "reference"
        else:
            p["reference"] = cut(payref_for(c), ch)
            p["remittance"] = remit_coupa(c, rows_for([i]), bal[i], payref_for(c), pd, cur, po=[po])
            where = "remittance"
        return p, label("applied", [(i, bal[i])], reason="PO %s is the customer's order number, not ours; %s matches the amount" % (po, INV[i]["number"]),
                        scenario="po_lookalike", note="PO %s in %s equals %s of %s; ignore it; amount unique for this customer" % (po, where, other["number"], other["customer_name"]))


def sc_ambig_same_amount(pd):
    cand = [d for d in dup_pairs if bal[d[1]] == D(INV[d[1]]["total"]) and bal[d[2]] == D(INV[d[2]]["total"])
            and d[1] not in reserved]
    if not cand:
        return None
    cid, a, b = rng.choice(cand)
    reserved.update([a, b])
    c = CUST[cid]
    cur = INV[a]["currency"]
    if len(amount_hits(cid, cur, bal[a])) != 2:
        return None
    ch, p = base_pay(c, cur, bal[a], with_id=True)
    if ch == "CHQ":
        ch, p = base_pay(c, cur, bal[a], ch="FPS" if cur == "GBP" else "SEPA", with_id=True)
    p["reference"] = cut(rng.choice(["TOOL HIRE", "HIRE", "MIXER HIRE", None, "WEEKLY HIRE", "PAYMENT"]), ch)
    return p, label("review", unapplied=bal[a], cands=[[a], [b]],
                    reason="two open invoices of this customer have exactly this balance (%s, %s)" % (INV[a]["number"], INV[b]["number"]),
                    scenario="ambiguous_same_amount", note="identical hire invoices; nothing says which one; older first")


def sc_ambig_name(pd):
    cand = [t for t in twins if bal[t[2]] > 0 and bal[t[3]] > 0 and t[2] not in reserved]
    if not cand:
        return None
    ca, cb, ia, ib, bank = rng.choice(cand)
    reserved.update([ia, ib])
    cur = INV[ia]["currency"]
    amt = bal[ia]
    p = {"date": None, "amount": s(amt), "currency": cur, "payer_name": bank, "customer_id": None,
         "reference": rng.choice([None, "MATERIALS", "PAYMENT", "INVOICE"]), "remittance": None}
    return p, label("review", unapplied=amt, cands=[[ia], [ib]],
                    reason="payer %s fits two customers, each with an open invoice of this amount" % bank,
                    scenario="ambiguous_payer", note="%s / %s share the bank name form %s" % (CUST[ca]["name"], CUST[cb]["name"], bank))


def sc_ambig_subset(pd):
    cand = [x for x in quads if not any(i in reserved for i in x[1])]
    if not cand:
        return None
    cid, (a, b, cc, d) = rng.choice(cand)
    reserved.update([a, b, cc, d])
    c = CUST[cid]
    cur = INV[a]["currency"]
    amt = bal[a] + bal[b]
    combs = subset_sums(open_invs(cid, cur), 3)[amt]
    if sorted(map(sorted, combs)) != sorted([sorted([a, b]), sorted([cc, d])]):
        return None
    combs = sorted([tuple(sorted((a, b), key=lambda i: INV[i]["issue_date"])), tuple(sorted((cc, d), key=lambda i: INV[i]["issue_date"]))],
                   key=lambda x: INV[x[0]]["issue_date"])
    ch, p = base_pay(c, cur, amt, with_id=True)
    if ch == "CHQ":
        ch, p = base_pay(c, cur, amt, ch="FPS" if cur == "GBP" else "SEPA", with_id=True)
    p["reference"] = cut(rng.choice(["PAYMENT", None, "2 INVOICES", "MATERIALS"]), ch)
    return p, label("review", unapplied=amt, cands=combs, reason="amount equals two different pairs of open invoices",
                    scenario="ambiguous_subset", note="no invoice numbers; %s+%s and %s+%s both add up to %s" % (
                        INV[a]["number"], INV[b]["number"], INV[cc]["number"], INV[d]["number"], s(amt)))


def sc_currency_mismatch(pd):
    r = pick_cust(country=("GB", "IE"))
    if not r:
        return None
    c, cur, f = r
    i = rng.choice(f)
    other = "EUR" if cur == "GBP" else "GBP"
    rate = D("1.17") if cur == "GBP" else D("0.855")
    amt = q(bal[i] * rate)
    ch = "SEPA" if other == "EUR" else "FPS"
    p = {"date": None, "amount": s(amt), "currency": other, "payer_name": payer_name(c, ch),
         "customer_id": c["id"] if rng.random() < 0.5 else None,
         "reference": cut(one_ref(INV[i]["number"], c, ch if ch != "CHQ" else "FPS"), ch), "remittance": None}
    if rng.random() < 0.3:
        p["currency"] = "USD"
        p["amount"] = s(q(bal[i] * (D("1.27") if cur == "GBP" else D("1.08"))))
        amt = D(p["amount"])
    reserved.add(i)
    return p, label("review", unapplied=amt, cands=[[i]],
                    reason="payment in %s for %s invoice %s; cannot apply across currencies" % (p["currency"], cur, INV[i]["number"]),
                    scenario="currency_mismatch", note="reference names %s (%s %s) but money arrived in %s" % (INV[i]["number"], cur, s(bal[i]), p["currency"]))


def sc_third_party(pd):
    r = pick_cust(cur="GBP", kinds=("contractor",))
    if not r:
        return None
    c, cur, f = r
    i = rng.choice(f)
    payer = rng.choice([x for x in customers if x["kind"] == "contractor" and x is not c and "GBP" in x["currencies"]])
    p = {"date": None, "amount": s(bal[i]), "currency": cur, "payer_name": payer["bank_names"][0],
         "customer_id": payer["id"], "reference": cut(INV[i]["number"], "BACS"), "remittance": None}
    reserved.add(i)
    return p, label("review", unapplied=bal[i], cands=[[i]],
                    reason="reference and amount fit %s of %s, but the bank says the payer is %s" % (INV[i]["number"], c["name"], payer["name"]),
                    scenario="third_party", note="money from another customer's account: payment on behalf or misdirected; confirm before applying")


def sc_short_unexplained(pd):
    for _ in range(20):
        r = pick_cust()
        if not r:
            return None
        c, cur, f = r
        i = rng.choice(f)
        amt = bal[i] - q(D(rng.randint(500, 30000)) / 100)
        if amt <= 0 or amt in subset_sums(open_invs(c["id"], cur), 3):
            continue
        ch, p = base_pay(c, cur, amt)
        if ch == "CHQ":
            ch, p = base_pay(c, cur, amt, ch="BACS" if cur == "GBP" else "SEPA")
        p["reference"] = cut(one_ref(INV[i]["number"], c, ch), ch)
        reserved.add(i)
        return p, label("review", unapplied=amt, cands=[[i]],
                        reason="reference %s but %s short with no reason given" % (INV[i]["number"], s(bal[i] - amt)),
                        scenario="short_unexplained", note="could be a part payment or a disputed deduction; nothing says which")


def sc_ref_conflict(pd):
    for _ in range(30):
        r = pick_cust(min_free=2)
        if not r:
            return None
        c, cur, f = r
        a, b = rng.sample(f, 2)
        if len(amount_hits(c["id"], cur, bal[b])) != 1:
            continue
        ch, p = base_pay(c, cur, bal[b])
        if ch == "CHQ":
            ch, p = base_pay(c, cur, bal[b], ch="BACS" if cur == "GBP" else "SEPA")
        p["reference"] = cut(one_ref(INV[a]["number"], c, ch), ch)
        reserved.update([a, b])
        return p, label("review", unapplied=bal[b], cands=[[b], [a]],
                        reason="reference says %s but the amount is exactly %s" % (INV[a]["number"], INV[b]["number"]),
                        scenario="ref_amount_conflict", note="reference and amount point to different invoices of the same customer")


def sc_bad_row(pd):
    r = pick_cust(untouched=False)
    c, cur, f = r
    i = rng.choice(f)
    k = rng.randint(0, 5)
    ch = channel_for(c, cur)
    p = {"date": None, "amount": s(bal[i]), "currency": cur, "payer_name": payer_name(c, ch),
         "customer_id": None, "reference": cut(INV[i]["number"], ch if ch != "CHQ" else "FPS"), "remittance": None}
    unap = D(0)
    if k == 0:
        p["amount"] = "0.00"; why = "zero amount"
    elif k == 1:
        p["amount"] = "-" + p["amount"]; p["reference"] = "RETURNED " + (p["reference"] or ""); why = "negative amount (a returned/recalled credit)"
    elif k == 2:
        p["amount"] = gbfmt(bal[i]) if bal[i] >= 1000 else "%s GBP" % p["amount"]; why = "amount not a plain decimal string"
    elif k == 3:
        p["currency"] = None; why = "currency missing"; unap = bal[i]
    elif k == 4:
        p["currency"] = "GPB" if cur == "GBP" else "EURO"; why = "currency is not an ISO 4217 code"; unap = bal[i]
    else:
        p["amount"] = ""; why = "amount empty"
    return p, label("review", unapplied=unap, reason="bad row: %s" % why, scenario="bad_row",
                    note="bad row (%s); nothing applied; unapplied is the amount only when it parses as a positive decimal" % why)


# ---------------------------------------------------------------- driver
PLAN = [(sc_exact_ref, 118), (sc_typo_ok, 16), (sc_typo_off, 6), (sc_amount_only, 16), (sc_list_ref, 22),
        (sc_range_ref, 12), (sc_truncated_list, 5), (sc_remittance, 34), (sc_lump_all, 8), (sc_part_payment, 15),
        (sc_short_pay, 30), (sc_overpay, 16), (sc_second_payment, 12), (sc_no_fit_known, 12), (sc_unknown, 15),
        (sc_po_lookalike, 15), (sc_ambig_same_amount, 10), (sc_ambig_name, 4), (sc_ambig_subset, 6),
        (sc_currency_mismatch, 10), (sc_third_party, 4), (sc_short_unexplained, 6), (sc_ref_conflict, 6),
        (sc_bad_row, 10)]


def run():
    index_names()
    queue = [f for f, n in PLAN for _ in range(n)]
    rng.shuffle(queue)
    # second payments late in the run
    seconds = [f for f in queue if f is sc_second_payment]
    queue = [f for f in queue if f is not sc_second_payment]
    for f in seconds:
        queue.insert(rng.randint(len(queue) // 3, len(queue)), f)
    dates = make_dates(len(queue) + 10)
    pending = list(queue)
    tries = Counter()
    k = 0
    while pending:
        f = pending.pop(0)
        pd = dates[min(k, len(dates) - 1)]
        out = f(pd)
        if out is None:
            tries[f.__name__] += 1
            if tries[f.__name__] < 6:
                pending.insert(min(len(pending), rng.randint(3, 12)), f)
            continue
        p, lab = out
        p["date"] = pd.isoformat()
        emit(p, lab)
        k += 1


run()


def write():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "invoices.json"), "w", encoding="utf-8") as fh:
        json.dump(invoices, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "payments.json"), "w", encoding="utf-8") as fh:
        json.dump(payments, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)


write()


def write_readme():
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    loc = Counter(l["note"].split("]")[0][1:] for l in labels)
    cur = Counter(p["currency"] for p in payments)
    icur = Counter(i["currency"] for i in invoices)
    kinds = Counter(c["kind"] + "/" + c["country"] for c in customers)
    L = []
    A = L.append
    A("# Blind cash-application set: UK/IE builders' merchant")
    A("")
    A("Generated by `build.py` (seed %d, standard library only). Checked by `check.py`." % SEED)
    A("")
    A("## Theme")
    A("")
    A("A builders' merchant (timber, plumbing, electrical, tool hire) with a GB entity invoicing in GBP "
      "(invoice numbers `SI-2NNNNN`) and an Irish entity invoicing in EUR (`IE-7NNNNN`). Customers are "
      "contractors, sole traders (`John Royle t/a Royle Plumbing`), housing associations and councils in England, "
      "Wales, Northern Ireland and the Republic. Payments arrive April-May 2026 as UK banks and Irish banks "
      "deliver them: BACS and Faster Payments (payer name and reference upper-cased and cut to 18 characters), "
      "CHAPS (35), cheques paid in with a paying-in slip counterfoil (payer `CHEQUE CREDIT` or the drawer), and SEPA "
      "credit transfers (long names, fadas stripped, free-text reference). Remittance advices imitate Sage, Xero, "
      "Coupa and a bilingual Welsh council layout, with retentions, CIS/RCT deductions, prompt-payment discounts "
      "taken, shortages and pricing differences. All names are made up.")
    A("")
    A("## Files")
    A("")
    A("| file | rows | what |")
    A("|---|---|---|")
    A("| `ledger_uk_ie_merchants/invoices.json` | %d | open invoices (contract fields), %s |" % (
        len(invoices), ", ".join("%s %d" % kv for kv in sorted(icur.items()))))
    A("| `ledger_uk_ie_merchants/payments.json` | %d | payments, oldest first (contract fields) |" % len(payments))
    A("| `ledger_uk_ie_merchants/labels.json` | %d | expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |" % len(labels))
    A("")
    A("Customers: %d (%s)." % (len(customers), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    A("")
    A("## Label conventions")
    A("")
    A("- Payments are applied in file order; a label only uses balances left open by earlier labelled payments.")
    A("- `applied`: the whole payment goes to the listed invoices, each cleared to zero, `unapplied` `0.00`.")
    A("- `partial`: an invoice is left open on purpose. A stated part payment (`PART PAY`, `1ST INSTALMENT`, "
      "`ON ACC SI...`) has `short_pay: null`. A remittance that deducts something from an invoice (retention, CIS/RCT, "
      "discount taken, shortage, damage, price difference, credit claimed) has `short_pay` = `{invoice_id, amount "
      "(the deduction = balance - paid), reason (the remittance's wording)}`; other invoices on the same advice are "
      "cleared in full.")
    A("- `unapplied`: overpayment (the invoice is cleared and the rest is `unapplied`), a second payment of an "
      "invoice an earlier payment in this file already cleared, or a known customer's money that fits no open invoice "
      "or combination of up to three (then `applications` is empty).")
    A("- `review`: nothing applied, `unapplied` equals the payment amount, `candidates` is a list of invoice-id lists "
      "(one list per candidate set), best first; empty when there is no sensible candidate (unknown payer, bad row).")
    A("- Reference and amount must agree before cash is applied without a remittance. A mistyped reference is "
      "accepted when the amount equals that invoice's balance and no other open invoice of the customer has it; an "
      "amount alone is accepted only for a customer the bank identifies (`customer_id`) when exactly one open "
      "invoice has that balance.")
    A("- A `PO`/`ORDER` number is the customer's number even when it looks like one of ours.")
    A("- Money in a currency that no referenced invoice is in goes to `review` with the referenced invoice as candidate "
      "(no cross-currency application and no FX guess).")
    A("- Money from customer B's account quoting customer A's invoice goes to `review` (could be on behalf, could be misdirected).")
    A("- Bad rows (zero, negative, empty or thousands-separated amount; missing or non-ISO currency) are `review` with "
      "no candidates; `unapplied` is the amount when it parses as a positive plain decimal, else `0.00`.")
    A("- `short_pay.reason` and `reason` are free text; compare `status`, applications (as a set of invoice/amount), "
      "`unapplied`, `short_pay.invoice_id`/`amount`, and candidates as sets.")
    A("- `note` starts with `[locale]`: en-GB, en-GB-NI (Northern Ireland customer), en-IE, cy-GB (bilingual Welsh remittance).")
    A("")
    A("## Counts")
    A("")
    A("| status | n |")
    A("|---|---|")
    for k in ("applied", "partial", "unapplied", "review"):
        A("| %s | %d |" % (k, st[k]))
    A("")
    A("| scenario | n |")
    A("|---|---|")
    for k, v in sorted(sc.items(), key=lambda kv: -kv[1]):
        A("| %s | %d |" % (k, v))
    A("")
    A("| locale | n |")
    A("|---|---|")
    for k, v in sorted(loc.items()):
        A("| %s | %d |" % (k, v))
    A("")
    A("| payment currency | n |")
    A("|---|---|")
    for k, v in sorted(cur.items(), key=lambda kv: str(kv[0])):
        A("| %s | %d |" % (k, v))
    A("")
    A("## Deliberately hard")
    A("")
    A("- Payer names as banks print them: `SMITH J`, `MR J SMITH`, `... BROTHE`, `LIMITED`/`LTD`, `&`/`AND`, "
      "Irish names without fadas (`O SUILLEABHAIN`), cheques credited as `CHEQUE CREDIT`; %d of %d rows carry no customer_id." % (sum(1 for p in payments if not p["customer_id"]), len(payments)) + "")
    ex = lambda scn: [p["reference"] for p, l in zip(payments, labels) if l["scenario"] == scn]
    A("- References cut at 18 characters, including a second invoice number cut mid-way (%s)." % ", ".join("`%s`" % r for r in ex("truncated_list")[:2]))
    A("- Ranges (%s), some with a number inside the range that belongs to another customer." % ", ".join("`%s`" % r for r in ex("range_ref")[:3]))
    A("- PO numbers that equal another customer's invoice number.")
    A("- Same-amount hire invoices, two sole traders sharing a bank-name form, two invoice pairs with equal sums, "
      "reference and amount pointing at different invoices: all `review`.")
    A("- Remittances with one deduction line among several cleared invoices (short pay on one invoice only).")
    A("- Overpayments where a part-paid invoice is paid at its original total; second payments of invoices cleared "
      "earlier in the same file.")
    A("")
    A("## Contract gaps and the choices made")
    A("")
    A("- Candidate format is not specified: used a list of invoice-id lists, best first.")
    A("- The contract defines no error output for bad rows: labelled `review`, no candidates, no `error` field.")
    A("- An unexplained short payment quoting one invoice could be a part payment or a deduction: `review`.")
    A("- Foreign-currency receipts and payments from another customer's account: `review` (two defensible readings).")
    A("- Credit notes are not in the ledger; a credit the customer takes on the advice is a short pay.")
    A("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
write_readme()
print(len(customers), "customers", len(invoices), "invoices", len(payments), "payments")
print(Counter(l["status"] for l in labels))
print(Counter(l["scenario"] for l in labels))
