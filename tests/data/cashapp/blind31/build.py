#!/usr/bin/env python3
"""Blind cash-application set: Gulf industrial-supplies distributor.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_gulf_industrial/*
and README.md byte for byte.

Stage 1: customers and open invoices.
Stage 2: payments, generated in date order against a live balance book, with
         the label a careful AR clerk would give.
Stage 3: bad-input rows, ids, replay check, files, README.
"""
import json
import os
import random
import re
from collections import Counter, OrderedDict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_gulf_industrial")
SEED = 101_2026
R = random.Random(SEED)

SELLER = "Sadaf Flow & Safety Trading"
EXP = {"AED": 2, "SAR": 2, "QAR": 2, "USD": 2, "OMR": 3, "KWD": 3, "BHD": 3}
BRANCH = {"AED": "DXB", "SAR": "DMM", "QAR": "DOH", "OMR": "MCT", "KWD": "KWI", "BHD": "BAH", "USD": "DXB"}
HOME_CUR = {"AE": "AED", "SA": "SAR", "QA": "QAR", "OM": "OMR", "KW": "KWD", "BH": "BHD"}
VAT = {"AED": Decimal("0.05"), "SAR": Decimal("0.15"), "OMR": Decimal("0.05"), "BHD": Decimal("0.10"),
       "QAR": Decimal("0"), "KWD": Decimal("0"), "USD": Decimal("0")}
# rough AED value of one unit of each currency
AED_PER = {"AED": 1.0, "SAR": 0.98, "QAR": 1.01, "USD": 3.6725, "OMR": 9.54, "KWD": 11.95, "BHD": 9.74}


def q(cur):
    return Decimal(1).scaleb(-EXP[cur])


def D(x, cur):
    return Decimal(x).quantize(q(cur), rounding=ROUND_HALF_UP)


def fmt(x, cur):
    return str(D(x, cur))


def txt(x, cur):
    """Amount as people write it: thousands separators."""
    return f"{D(x, cur):,.{EXP[cur]}f}"


def rid(prefix, n, alphabet="abcdefghjkmnpqrstuvwxyz23456789"):
    return prefix + "".join(R.choice(alphabet) for _ in range(n))


def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- stage 1
FIRST = ["Al Noor", "Gulf Star", "Desert Falcon", "Al Waha", "Sahel", "Marjan", "Al Bayan", "Oasis Crest",
         "Dune Line", "Al Fanar", "Al Manara", "Qasr Al Bahr", "Red Sands", "Blue Lagoon", "Pearl Gate",
         "Najm", "Al Hilal Bay", "Saqr", "Falaj", "Al Murooj", "Shams", "Wadi Stone", "Hamra Coast", "Zafran",
         "Al Rawabi Rock", "Sea Breeze", "Jebel Crest", "Al Khubar Delta", "Tareeq", "Al Sharq Grid",
         "Barq", "Nakhla", "Yaqoot", "Al Dhow", "Sadeem", "Rimal", "Al Qamar", "Thuraya Gulf", "Lulu Reef",
         "Arabian Anchor", "Seven Wells", "Crescent Flow", "Horizon Petro", "Safwa", "Al Jisr", "Mirfa Point",
         "Bin Sultan Hamad", "Al Ameen Tech", "Coral Bay", "Sandstone"]
ACT = ["Oilfield Services", "Mechanical Contracting", "Engineering & Contracting", "Marine Services",
       "Pipeline Services", "Electromechanical Works", "Industrial Services", "Petroleum Services",
       "Drilling Services", "Fire & Safety Systems", "General Contracting", "Energy Services",
       "Process Solutions", "Water Technologies", "Well Services", "Steel Fabrication",
       "Inspection Services", "Scaffolding", "HVAC Contracting", "Offshore Services"]
FORMS = {"AE": ["LLC", "L.L.C.", "FZE", "FZCO", "Co. L.L.C."],
         "SA": ["Co. Ltd.", "Company", "Est.", "Trading Co.", "LLC"],
         "QA": ["W.L.L.", "Co. W.L.L.", "QFZ LLC"],
         "OM": ["LLC", "S.A.O.C.", "Co. LLC", "SPC"],
         "KW": ["Co. W.L.L.", "K.S.C.C.", "General Trading & Contracting Co."],
         "BH": ["W.L.L.", "B.S.C. (c)", "Co. W.L.L."]}
COUNTRY_W = [("AE", 32), ("SA", 28), ("QA", 12), ("OM", 10), ("KW", 10), ("BH", 8)]


def norm_name(s):
    s = s.upper().replace(".", "").replace(",", "").replace("(", "").replace(")", "")
    return re.sub(r"\s+", " ", s).strip()


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


customers = []
used_names = set()
while len(customers) < 284:
    c = wchoice(COUNTRY_W)
    name = f"{R.choice(FIRST)} {R.choice(ACT)} {R.choice(FORMS[c])}"
    key = norm_name(name)
    core = " ".join(key.split()[:4])
    if core in used_names:
        continue
    used_names.add(core)
    customers.append({"country": c, "name": name})
# similar-name pairs in the same country (same stem, different company)
SIM_PAIRS = []
for i in range(8):
    base = customers[i * 7]
    c = base["country"]
    # e.g. "Al Noor Pipeline Services LLC" + "Al Noor Pipeline Services & Trading LLC"
    form = max([f for f in FORMS[c] if base["name"].endswith(" " + f)], key=len)
    stem = base["name"][: -len(form)].strip()
    other = {"country": c, "name": f"{stem} Trading {form}" if i % 2 == 0 else f"{stem} Middle East {form}"}
    customers.append(other)
    SIM_PAIRS.append((i * 7, len(customers) - 1))
while len(customers) < 300:
    c = wchoice(COUNTRY_W)
    name = f"{R.choice(FIRST)} {R.choice(ACT)} {R.choice(FORMS[c])}"
    core = " ".join(norm_name(name).split()[:4])
    if core in used_names:
        continue
    used_names.add(core)
    customers.append({"country": c, "name": name})

cust_ids = set()
for c in customers:
    while True:
        cid = rid("C", 7, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        if cid not in cust_ids:
            break
    cust_ids.add(cid)
    c["id"] = cid
    c["terms"] = R.choice([30, 30, 45, 60, 60, 90])
    cur = [HOME_CUR[c["country"]]]
    if c["country"] in ("AE", "SA") and R.random() < 0.18:
        cur.append("USD")
    elif R.random() < 0.05:
        cur.append("USD")
    c["currencies"] = cur
    # how many open invoices: skewed
    c["n_inv"] = min(40, max(1, int(R.paretovariate(1.6) * 2.2)))


def rand_total(cur):
    aed = 10 ** R.uniform(2.6, 5.3)
    x = aed / AED_PER[cur]
    if EXP[cur] == 3:
        net = Decimal(int(x)) + Decimal(R.choice([0, 250, 500, 750, R.randint(1, 999)])) / 1000
    elif R.random() < 0.5:
        net = Decimal(int(x))
    else:
        net = Decimal(int(x * 100)) / 100
    return D(net * (1 + VAT[cur]), cur)


# invoice events: (issue_date, customer index, currency, [totals])
START, END = date(2025, 5, 20), date(2025, 12, 31)
events = []
for ci, c in enumerate(customers):
    left = c["n_inv"]
    while left > 0:
        k = min(left, R.choice([1, 1, 1, 1, 2, 2, 3, 4]))
        d = START + timedelta(R.randint(0, (END - START).days))
        cur = c["currencies"][0] if len(c["currencies"]) == 1 or R.random() < 0.7 else c["currencies"][1]
        events.append([d, ci, cur, [rand_total(cur) for _ in range(k)]])
        left -= k
# recurring fixed-amount invoices (monthly rentals of gas detectors, SCBA sets, service contracts)
RECUR = []
for ci in R.sample(range(len(customers)), 22):
    c = customers[ci]
    cur = c["currencies"][0]
    amt = rand_total(cur)
    months = R.choice([2, 2, 3, 3, 4])
    for m in range(months):
        d = date(2025, 12 - m, R.choice([1, 2, 3]))
        events.append([d, ci, cur, [amt]])
    RECUR.append(ci)
# a + b == c constructions (split deliveries invoiced again as a whole quotation value)
SUBSET = []
for ci in R.sample([i for i in range(len(customers)) if i not in RECUR], 6):
    c = customers[ci]
    cur = c["currencies"][0]
    a, b = rand_total(cur), rand_total(cur)
    d = date(2025, R.choice([9, 10, 11]), R.randint(1, 28))
    events.append([d, ci, cur, [a, b]])
    events.append([d + timedelta(R.randint(5, 30)), ci, cur, [a + b]])
    SUBSET.append(ci)
# identical invoice on each side of a similar-name pair (same price-list kit)
for a_i, b_i in SIM_PAIRS:
    cur = customers[a_i]["currencies"][0]
    amt = rand_total(cur)
    for ci in (a_i, b_i):
        events.append([date(2025, 11, R.randint(1, 28)), ci, cur, [amt]])

events.sort(key=lambda e: (e[0], e[1], e[2]))
invoices = []
seq = 104_100 + R.randint(0, 60)
GAP_SEQS = []  # numbers issued but not open (already paid / credited)
inv_ids = set()
for d, ci, cur, totals in events:
    gap = R.choice([0, 0, 1, 1, 2, 3])
    for g in range(gap):
        GAP_SEQS.append((seq, ci))
        seq += 1
    c = customers[ci]
    for t in totals:
        while True:
            iid = "inv_" + "".join(R.choice("0123456789abcdef") for _ in range(8))
            if iid not in inv_ids:
                break
        inv_ids.add(iid)
        bal = t
        if R.random() < 0.10:
            bal = D(t * Decimal(R.choice(["0.3", "0.4", "0.5", "0.6", "0.75"])), cur)
        invoices.append({"id": iid, "number": f"SFS-{BRANCH[cur]}-{seq}", "customer_id": c["id"],
                         "customer_name": c["name"], "currency": cur, "total": fmt(t, cur),
                         "balance": fmt(bal, cur), "issue_date": d.isoformat(),
                         "due_date": (d + timedelta(c["terms"])).isoformat(),
                         "_seq": seq, "_ci": ci})
        seq += 1

INV = {i["id"]: i for i in invoices}
BY_SEQ = {i["_seq"]: i for i in invoices}
CUST = {c["id"]: c for c in customers}
BAL = {i["id"]: Decimal(i["balance"]) for i in invoices}

# ---------------------------------------------------------------- stage 2
SPECIAL = set(RECUR) | set(SUBSET) | {i for p in SIM_PAIRS for i in p}
GENERIC = [i for i in range(len(customers)) if i not in SPECIAL]
GENSET = set(GENERIC)
SEQ_RE = re.compile(r"1[0-9]{5}")
ALL_SEQ_STR = {str(s) for s in BY_SEQ} | {str(s) for s, _ in GAP_SEQS}


def safe_digits(n, lead=""):
    """Random digits that never contain one of our invoice numbers by accident."""
    while True:
        s = lead + "".join(R.choice("0123456789") for _ in range(n - len(lead)))
        if not any(s[k:k + 6] in ALL_SEQ_STR for k in range(len(s) - 5)):
            return s


def ftref(d, pre="FT"):
    return f"{pre}{d.strftime('%y')}{d.timetuple().tm_yday:03d}" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))


def pname(c, width=None):
    n = norm_name(c["name"])
    width = width or R.choice([35, 35, 35, 30, 24, 20])
    return n[:width].rstrip()


def name_hits(payer):
    p = payer.strip()
    return [i for i, c in enumerate(customers) if norm_name(c["name"]).startswith(p)]


def open_of(ci, cur):
    cid = customers[ci]["id"]
    return sorted([i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and BAL[i["id"]] > 0],
                  key=lambda i: (i["due_date"], i["_seq"]))


def fits(invs, amount):
    """All subsets of invs whose current balances add up to amount (smallest first)."""
    out = []
    n = len(invs)
    maxk = n if n <= 14 else 3
    for k in range(1, maxk + 1):
        for comb in combinations(invs, k):
            if sum(BAL[i["id"]] for i in comb) == amount:
                out.append([i["id"] for i in comb])
    return out


def global_single_fits(cur, amount):
    return [i for i in invoices if i["currency"] == cur and BAL[i["id"]] == amount]


def pick_open(pred=lambda i: True, generic=True):
    pool = [i for i in invoices if BAL[i["id"]] > 0 and (not generic or i["_ci"] in GENSET) and pred(i)]
    return R.choice(pool) if pool else None


def tok(inv, style=None):
    s, n, br = inv["_seq"], inv["number"], BRANCH[inv["currency"]]
    opts = [f"INV {s}", n, f"INV NO {s}", f"SFS{s}", f"INV-{s}", f"{br}/{s}", f"INV#{s}",
            n.replace("-", " "), n.replace("-", "/"), f"{s}", f"IN{s}", f"INV.{s}"]
    return opts[style] if style is not None else R.choice(opts)


def list_tok(invs):
    seqs = [str(i["_seq"]) for i in invs]
    st = R.randrange(5)
    if st == 0 and any(x[:3] != seqs[0][:3] for x in seqs):
        st = 1
    if st == 0:
        return "INV " + "/".join([seqs[0]] + [x[-3:] for x in seqs[1:]])
    if st == 1:
        return "INV " + ",".join(seqs)
    if st == 2:
        return " & ".join(seqs) if len(seqs) == 2 else ", ".join(seqs[:-1]) + " & " + seqs[-1]
    if st == 3:
        return "INVS " + " ".join(seqs)
    return "; ".join(i["number"] for i in invs)


BANK_FMT = {
    "AED": [lambda f, p, c: f"UAEFTS IPI {f} /B/O {p[:20]} /{c}", lambda f, p, c: f"IPI TRANSFER {f} {c}",
            lambda f, p, c: f"AANI IPP {f} {c}", lambda f, p, c: f"INWARD TT {f} /RFB/{c}"],
    "SAR": [lambda f, p, c: f"SARIE {f} {p[:20]} /{c}", lambda f, p, c: f"SARIE CR {f} /REF/{c}",
            lambda f, p, c: f"MT103 SARIE {f} {c}"],
    "QAR": [lambda f, p, c: f"QATCH CR {f} {c}", lambda f, p, c: f"IBT {f} FRM {p[:18]} {c}"],
    "OMR": [lambda f, p, c: f"ACH CR {f} {c}", lambda f, p, c: f"RTGS OM {f} {p[:18]} {c}"],
    "KWD": [lambda f, p, c: f"KASSIP {f} {c}", lambda f, p, c: f"RTGS CR {f} /{c}"],
    "BHD": [lambda f, p, c: f"FAWRI+ {f} {c}", lambda f, p, c: f"EFTS {f} {p[:18]} {c}"],
    "USD": [lambda f, p, c: f"SWIFT MT103 {f} /RFB/{c}", lambda f, p, c: f"INWARD TT {f} ORD {p[:20]} {c}",
            lambda f, p, c: f"TT CR {f} USD {c}"],
}


def bank_ref(d, cur, payer, core):
    return re.sub(r"\s+", " ", R.choice(BANK_FMT[cur])(ftref(d), payer, core)).strip(" /")


def po():
    return R.choice(["PO ", "PO NO ", "PO#", "LPO "]) + safe_digits(10, "45")


def sap_advice(c, d, cur, rows, extra=(), total=None):
    """rows: (inv, gross, deduction). extra: (text, amount) lines below."""
    doc = safe_digits(10, "20")
    lines = ["REMITTANCE ADVICE", f"Payer      : {norm_name(c['name'])}", f"Payee      : {SELLER.upper()}",
             f"Value date : {d.strftime('%d.%m.%Y')}", f"Payment doc: {doc}", "-" * 78,
             f"{'Doc no.':<12}{'Your ref.':<18}{'Inv date':<12}{'Gross':>12}{'Deduct.':>12}{'Net':>12}"]
    net_total = Decimal(0)
    for inv, gross, ded in rows:
        net = gross - ded
        net_total += net
        lines.append(f"{safe_digits(10, '51'):<12}{inv['number']:<18}"
                     f"{date.fromisoformat(inv['issue_date']).strftime('%d.%m.%Y'):<12}"
                     f"{txt(gross, cur):>12}{txt(ded, cur):>12}{txt(net, cur):>12}")
    lines.append("-" * 78)
    for t, a in extra:
        lines.append(f"{t:<54}{txt(a, cur):>24}")
    lines.append(f"{'Total ' + cur:<54}{txt(total if total is not None else net_total, cur):>24}")
    return "\n".join(lines)


def mail_advice(c, d, cur, amount, invs, note=None):
    body = [R.choice(["Dear Sir/Madam,", "Dear Sadaf Accounts Team,", "Dear Sir,"]), "",
            f"We have transferred {cur} {txt(amount, cur)} to your account on {ddmmyyyy(d)} "
            f"towards the following invoice(s):"]
    for inv, a in invs:
        body.append(f"  - {inv['number']} dated {ddmmyyyy(date.fromisoformat(inv['issue_date']))}: {cur} {txt(a, cur)}")
    if note:
        body += ["", note]
    body += ["", "Kindly acknowledge receipt.", "", "Best regards,", "Accounts Payable", c["name"]]
    return "\n".join(body)


PAID_FULL = []   # (payment index, invoice, payment dict) for single-invoice full payments
PARTS = []       # invoices part-paid in this file
USED_SPECIAL = Counter()


def P(amount, cur, payer, cid, ref, rem=None, amount_str=None):
    return {"amount": amount, "currency": cur, "payer_name": payer, "customer_id": cid,
            "reference": ref, "remittance": rem, "amount_str": amount_str}


def L(status, apps, unapplied, reason, note, short=None, cands=()):
    return {"status": status, "apps": apps, "unapplied": unapplied, "short": short,
            "cands": [list(x) for x in cands], "reason": reason, "note": note}


def sc_ref_exact(d, known=True):
    whole = known and R.random() < 0.06
    inv = pick_open(lambda i: BAL[i["id"]] == BAL[i["id"]].to_integral_value()) if whole else pick_open()
    if not inv:
        return None
    c, cur, amt = customers[inv["_ci"]], inv["currency"], BAL[inv["id"]]
    payer = pname(c)
    core = tok(inv)
    rem = None
    if R.random() < 0.3:
        rem = mail_advice(c, d, cur, amt, [(inv, amt)])
    amount_str = None
    if whole:
        amount_str = str(int(amt))   # valid decimal string without a fraction part
    p = P(amt, cur, payer, c["id"] if known else None, bank_ref(d, cur, payer, core), rem, amount_str)
    why = "reference " + inv["number"] + " and exact balance" + ("" if known else "; payer name agrees")
    return p, L("applied", [(inv, amt)], Decimal(0), why,
                f"invoice named as '{core}'" + ("" if known else ", bank gives no customer id"))


def sc_ref_exact_noid(d):
    return sc_ref_exact(d, known=False)


CHQ_PAYER = ["CLEARING CHQ DEPOSIT", "INWARD CLEARING", "CHEQUE DEPOSIT", "CHQ CLEARING CR"]


def sc_cheque(d):
    inv = pick_open()
    if not inv:
        return None
    c, cur = customers[inv["_ci"]], inv["currency"]
    invs = [inv]
    others = [i for i in open_of(inv["_ci"], cur) if i["id"] != inv["id"]]
    if others and R.random() < 0.4:
        invs.append(R.choice(others))
    amt = sum(BAL[i["id"]] for i in invs)
    trap = R.random() < 0.25
    if trap:
        other = pick_open(lambda i: i["_ci"] != inv["_ci"] and BAL[i["id"]] != amt)
        chq = str(other["_seq"])
    else:
        chq = safe_digits(6, "00")
    kind = R.choice(["CHQ DEP", "PDC CLRD", "CLG CHQ"])
    ref = f"{kind} {chq} DRAWER {pname(c, 24)}"
    rem = (f"Cheque no. {chq} drawn on {R.choice(['Emirates Gulf Bank', 'Arabian Frontier Bank', 'Coastal Commercial Bank'])}"
           f" for {cur} {txt(amt, cur)} in settlement of " + ", ".join(i["number"] for i in invs) + ".\n"
           f"{c['name']} - Accounts")
    note = "cheque deposit, invoices named in the cover letter"
    if trap:
        note += f"; the cheque number {chq} is also another customer's invoice number (not this payment's)"
    return (P(amt, cur, R.choice(CHQ_PAYER), None, ref, rem),
            L("applied", [(i, BAL[i["id"]]) for i in invs], Decimal(0),
              "cover letter names " + ", ".join(i["number"] for i in invs) + "; amount equals their balances", note))


def sc_multi_ref(d):
    for _ in range(50):
        inv = pick_open()
        ops = open_of(inv["_ci"], inv["currency"])
        if len(ops) >= 2:
            break
    else:
        return None
    k = R.randint(2, min(5, len(ops)))
    invs = sorted(R.sample(ops, k), key=lambda i: i["_seq"])
    c, cur = customers[inv["_ci"]], inv["currency"]
    amt = sum(BAL[i["id"]] for i in invs)
    payer = pname(c)
    core = list_tok(invs)
    rem = None
    if len(core) > 45:
        ref = bank_ref(d, cur, payer, R.choice(["VARIOUS INVOICES", "SEE ADVICE", "SUPPLIER PAYMENT"]))
        rem = mail_advice(c, d, cur, amt, [(i, BAL[i["id"]]) for i in invs])
        note = "invoice list in the payment advice e-mail"
    else:
        ref = bank_ref(d, cur, payer, core)
        note = f"list of invoices in the reference: '{core}'"
    known = R.random() < 0.8
    return (P(amt, cur, payer, c["id"] if known else None, ref, rem),
            L("applied", [(i, BAL[i["id"]]) for i in invs], Decimal(0),
              f"{len(invs)} invoices listed; amount equals their balances", note))


def sc_range(d):
    runs = []
    by_ci_seq = {}
    for i in invoices:
        if BAL[i["id"]] > 0 and i["_ci"] in GENSET:
            by_ci_seq[i["_seq"]] = i
    for s, i in by_ci_seq.items():
        if s - 1 in by_ci_seq and by_ci_seq[s - 1]["_ci"] == i["_ci"] and by_ci_seq[s - 1]["currency"] == i["currency"]:
            continue
        run = [i]
        while s + len(run) in BY_SEQ and (s + len(run)) in by_ci_seq and by_ci_seq[s + len(run)]["_ci"] == i["_ci"] \
                and by_ci_seq[s + len(run)]["currency"] == i["currency"]:
            run.append(by_ci_seq[s + len(run)])
        if len(run) >= 2:
            runs.append(run)
    if not runs:
        return None
    run = R.choice(runs)
    c, cur = customers[run[0]["_ci"]], run[0]["currency"]
    a, b = str(run[0]["_seq"]), str(run[-1]["_seq"])
    core = R.choice([f"INV {a} TO {b}", f"INV {a}-{b}", f"{a} - {b[-3:]}", f"INV {a} TILL {b}", f"INVOICES {a} THRU {b}"])
    amt = sum(BAL[i["id"]] for i in run)
    payer = pname(c)
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("applied", [(i, BAL[i["id"]]) for i in run], Decimal(0),
              f"range {a}..{b} ({len(run)} invoices) equals amount", f"range '{core}'"))


def sc_advice(d):
    for _ in range(50):
        inv = pick_open()
        ops = open_of(inv["_ci"], inv["currency"])
        if len(ops) >= 2:
            break
    else:
        return None
    invs = sorted(R.sample(ops, R.randint(2, min(6, len(ops)))), key=lambda i: i["_seq"])
    c, cur = customers[inv["_ci"]], inv["currency"]
    amt = sum(BAL[i["id"]] for i in invs)
    payer = pname(c)
    rem = sap_advice(c, d, cur, [(i, BAL[i["id"]], Decimal(0)) for i in invs])
    ref = bank_ref(d, cur, payer, R.choice(["PAYMENT TO SUPPLIER", "VENDOR PMT", "SUPP PAYMENT", ""]))
    return (P(amt, cur, payer, c["id"], ref, rem),
            L("applied", [(i, BAL[i["id"]]) for i in invs], Decimal(0),
              f"remittance advice lists {len(invs)} invoices; total equals amount", "SAP-style remittance advice"))


def unique_amount_invoice(ci, cur):
    ops = open_of(ci, cur)
    R.shuffle(ops)
    for inv in ops:
        if fits(open_of(ci, cur), BAL[inv["id"]]) == [[inv["id"]]]:
            return inv
    return None


def sc_amount_only(d, known=True):
    for _ in range(60):
        ci = R.choice(GENERIC)
        c = customers[ci]
        cur = R.choice(c["currencies"])
        payer = pname(c)
        if not known:
            payer = pname(c, R.choice([35, 30]))
            if name_hits(payer) != [ci]:
                continue
        inv = unique_amount_invoice(ci, cur)
        if inv:
            break
    else:
        return None
    amt = BAL[inv["id"]]
    core = R.choice(["", "SUPPLIER PAYMENT", "PAYMENT", "SFS PAYMENT", "VALVES SUPPLY", "SAFETY ITEMS", "PMT"])
    n = len(open_of(ci, cur))
    if known:
        why = f"no invoice named; the amount equals exactly one open invoice of the customer ({n} open)"
    else:
        why = f"no invoice or customer id; payer name matches one customer and the amount one of its invoices"
    return (P(amt, cur, payer, c["id"] if known else None, bank_ref(d, cur, payer, core)),
            L("applied", [(inv, amt)], Decimal(0), why,
              f"amount-only match, {n} open {cur} invoices, no other combination adds up"))


def sc_name_amount(d):
    return sc_amount_only(d, known=False)


def sc_statement(d):
    for _ in range(80):
        ci = R.choice(GENERIC)
        c = customers[ci]
        cur = R.choice(c["currencies"])
        ops = open_of(ci, cur)
        if 2 <= len(ops) <= 8:
            amt = sum(BAL[i["id"]] for i in ops)
            if fits(ops, amt) == [[i["id"] for i in ops]]:
                break
    else:
        return None
    payer = pname(c)
    core = R.choice(["SOA SETTLEMENT DEC 2025", "AS PER SOA", "FULL SETTLEMENT OF SOA", "OUTSTANDING AS PER STATEMENT"])
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("applied", [(i, BAL[i["id"]]) for i in ops], Decimal(0),
              f"statement settlement: amount equals all {len(ops)} open {cur} invoices",
              "pays the whole statement; no other subset adds up"))


def sc_third_party(d):
    inv = pick_open()
    c, cur, amt = customers[inv["_ci"]], inv["currency"], BAL[inv["id"]]
    payer = R.choice(["GULF SCF FINANCE PSC", "ARABIAN FRONTIER BANK SCF", f"{norm_name(c['name']).split()[0]} "
                      f"{norm_name(c['name']).split()[1]} GROUP HOLDING", "CROWN FACTORING CO"])[:35]
    rem = (f"Payment on behalf of {c['name']} under our supplier finance programme.\n"
           f"Invoice {inv['number']}  {cur} {txt(amt, cur)}\nNo deductions.")
    return (P(amt, cur, payer, None, bank_ref(d, cur, payer, "SCF PMT " + safe_digits(8, "7")), rem),
            L("applied", [(inv, amt)], Decimal(0), f"third party pays {inv['number']} on the customer's behalf; exact",
              "payer is a finance company / parent, the advice names the customer and invoice"))


def sc_po_trap(d):
    variant = R.random() < 0.5
    for _ in range(60):
        ci = R.choice(GENERIC)
        c = customers[ci]
        cur = R.choice(c["currencies"])
        inv = unique_amount_invoice(ci, cur) if not variant else (open_of(ci, cur) or [None])[0]
        if inv:
            break
    else:
        return None
    amt = BAL[inv["id"]]
    other = pick_open(lambda i: i["_ci"] != ci and BAL[i["id"]] != amt)
    lab = R.choice(["PO", "PO NO", "LPO", "JOB NO", "CONTRACT"])
    payer = pname(c)
    if variant:
        core = f"{lab} {other['_seq']} {tok(inv, R.choice([0, 2, 6]))}"
        why = f"reference names {inv['number']}; {lab} {other['_seq']} is the customer's own document, not our invoice"
    else:
        core = f"{lab} {other['_seq']}"
        why = f"{lab} number is not an invoice reference; amount equals exactly one open invoice of the customer"
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("applied", [(inv, amt)], Decimal(0), why,
              f"trap: {lab} {other['_seq']} equals {other['number']} of {other['customer_name']} ({other['currency']})"))


def sc_balance_after_part(d):
    pend = [i for i in PARTS if BAL[i["id"]] > 0]
    if not pend:
        return None
    inv = R.choice(pend)
    PARTS.remove(inv)
    c, cur, amt = customers[inv["_ci"]], inv["currency"], BAL[inv["id"]]
    payer = pname(c)
    core = R.choice([f"BAL PMT INV {inv['_seq']}", f"FINAL PAYMENT {inv['number']}", f"BALANCE {tok(inv, 0)}"])
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("applied", [(inv, amt)], Decimal(0), f"balance of {inv['number']} after an earlier part payment",
              "second instalment; balance reduced by an earlier payment in this file"))


def ded_round(x, cur):
    return D(x, cur)


def short_common(d, inv, ded, reason, line_text, extra_invs=(), payer=None, cid="known", ref_core=None, rem_kind=None):
    c, cur = customers[inv["_ci"]], inv["currency"]
    bal = BAL[inv["id"]]
    invs = [inv] + list(extra_invs)
    amt = sum(BAL[i["id"]] for i in invs) - ded
    payer = payer or pname(c)
    if rem_kind == "sap" or (rem_kind is None and (extra_invs or R.random() < 0.5)):
        rows = [(i, BAL[i["id"]], ded if i is inv else Decimal(0)) for i in sorted(invs, key=lambda i: i["_seq"])]
        rem = sap_advice(c, d, cur, rows, extra=[(line_text, -ded)], total=amt)
        ref = bank_ref(d, cur, payer, ref_core or R.choice(["VENDOR PMT", "SUPPLIER PAYMENT", list_tok(invs) if len(invs) > 1 else tok(inv)]))
    else:
        rem = mail_advice(c, d, cur, amt, [(i, BAL[i["id"]] - (ded if i is inv else 0)) for i in invs],
                          note=f"Please note: {line_text} ({cur} {txt(ded, cur)}) on {inv['number']}.")
        ref = bank_ref(d, cur, payer, ref_core or (tok(inv) + " LESS " + reason.upper()))
    apps = [(i, BAL[i["id"]] - (ded if i is inv else 0)) for i in invs]
    return (P(amt, cur, payer, c["id"] if cid == "known" else cid, ref, rem),
            L("partial", apps, Decimal(0), f"{inv['number']} paid less {reason} {cur} {txt(ded, cur)}",
              f"short pay: {line_text}", short=(inv, ded, reason)))


def maybe_extra(inv):
    ops = [i for i in open_of(inv["_ci"], inv["currency"]) if i["id"] != inv["id"]]
    if ops and R.random() < 0.4:
        return R.sample(ops, min(len(ops), R.randint(1, 2)))
    return []


def sc_short_retention(d):
    inv = pick_open(lambda i: BAL[i["id"]] >= 1000 / AED_PER[i["currency"]])
    rate = R.choice([5, 10, 10])
    ded = ded_round(BAL[inv["id"]] * rate / 100, inv["currency"])
    return short_common(d, inv, ded, "retention", f"LESS {rate}% RETENTION AS PER SUBCONTRACT", maybe_extra(inv))


def sc_short_wht(d):
    inv = pick_open(lambda i: i["currency"] == "USD" and customers[i["_ci"]]["country"] in ("SA", "OM", "QA", "KW"))
    if not inv:
        return None
    rate = {"SA": 5, "OM": 10, "QA": 5, "KW": 5}[customers[inv["_ci"]]["country"]]
    ded = ded_round(BAL[inv["id"]] * rate / 100, "USD")
    return short_common(d, inv, ded, "withholding tax", f"WHT {rate}% WITHHELD (NON-RESIDENT SUPPLIER)", maybe_extra(inv))


BANKCHG = {"USD": ["15.00", "20.00", "25.00", "35.00"], "AED": ["26.25", "52.50"], "SAR": ["11.50", "23.00"],
           "QAR": ["25.00"], "OMR": ["5.250", "3.150"], "KWD": ["3.500", "2.000"], "BHD": ["2.750", "3.300"]}


def sc_short_charges(d):
    if R.random() < 0.35:  # LC proceeds, paid by the issuing bank
        inv = pick_open(lambda i: i["currency"] in ("USD", "AED", "SAR") and BAL[i["id"]] >= 20000 / AED_PER[i["currency"]])
        cur = inv["currency"]
        bal = BAL[inv["id"]]
        ded = max(D(bal * Decimal("0.00125"), cur), D(550 / AED_PER[cur], cur))
        lc = "ILC" + safe_digits(9, "2")
        bank = R.choice(["ARABIAN FRONTIER BANK", "EMIRATES GULF BANK PJSC", "COASTAL COMMERCIAL BANK"])
        rem = (f"WE HAVE CREDITED YOUR ACCOUNT WITH {cur} {txt(bal - ded, cur)} BEING PROCEEDS OF DOCUMENTS "
               f"UNDER OUR LC NO {lc}\nAPPLICANT: {norm_name(customers[inv['_ci']]['name'])}\n"
               f"BILL AMOUNT {cur} {txt(bal, cur)} (INV {inv['number']})\n"
               f"LESS OUR CHARGES {cur} {txt(ded, cur)} (NEGOTIATION/DISCREPANCY FEE)")
        c = customers[inv["_ci"]]
        return (P(bal - ded, cur, bank, None, bank_ref(d, cur, bank, f"LC PROCEEDS {lc}"), rem),
                L("partial", [(inv, bal - ded)], Decimal(0), f"LC proceeds for {inv['number']} less LC charges",
                  "LC proceeds from the issuing bank, charges deducted", short=(inv, ded, "LC charges")))
    inv = pick_open()
    cur = inv["currency"]
    ded = Decimal(R.choice(BANKCHG[cur]))
    return short_common(d, inv, ded, "bank charges", "BANK CHARGES DEDUCTED", rem_kind="mail")


def sc_short_other(d):
    kind = R.choice(["ld", "damaged", "price", "vat"])
    if kind == "vat":
        inv = pick_open(lambda i: VAT[i["currency"]] > 0 and BAL[i["id"]] == Decimal(i["total"]))
        cur = inv["currency"]
        bal = BAL[inv["id"]]
        ded = bal - D(bal / (1 + VAT[cur]), cur)
        return short_common(d, inv, ded, "VAT withheld", "VAT WITHHELD PENDING CORRECTED TAX INVOICE (TRN MISSING)")
    inv = pick_open(lambda i: BAL[i["id"]] >= 2000 / AED_PER[i["currency"]])
    cur = inv["currency"]
    bal = BAL[inv["id"]]
    if kind == "ld":
        rate = R.choice([5, 10])
        return short_common(d, inv, D(bal * rate / 100, cur), "late delivery penalty",
                            f"LESS LD {rate}% LATE DELIVERY", maybe_extra(inv))
    if kind == "damaged":
        ded = D(bal * Decimal(R.choice(["0.08", "0.12", "0.15"])), cur)
        dn = "DN-26-" + safe_digits(4, "0")
        return short_common(d, inv, ded, "damaged goods", f"DEBIT NOTE {dn} DAMAGED GATE VALVES RETURNED")
    ded = D(bal * Decimal(R.choice(["0.03", "0.04", "0.06"])), cur)
    return short_common(d, inv, ded, "price difference", "PRICE DIFFERENCE VS PO RATE", maybe_extra(inv))


def sc_part_payment(d):
    for _ in range(60):
        inv = pick_open(lambda i: BAL[i["id"]] >= 3000 / AED_PER[i["currency"]])
        cur = inv["currency"]
        bal = BAL[inv["id"]]
        step = Decimal(100) if EXP[cur] == 2 else Decimal(10)
        amt = (bal * Decimal(R.choice(["0.25", "0.3", "0.4", "0.5", "0.6"])) / step).to_integral_value() * step
        amt = D(amt, cur)
        if 0 < amt < bal and not fits(open_of(inv["_ci"], cur), amt):
            break
    else:
        return None
    c = customers[inv["_ci"]]
    payer = pname(c)
    core = R.choice([f"PART PAYMENT INV {inv['_seq']}", f"1ST INSTALLMENT {inv['number']}",
                     f"PARTIAL PMT AGNST {tok(inv, 0)}", f"PART PMT {inv['number']}"])
    PARTS.append(inv)
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("partial", [(inv, amt)], Decimal(0), f"stated part payment of {inv['number']}",
              f"part payment ({txt(amt, cur)} of {txt(bal, cur)}); invoice stays open"))


def sc_overpay(d):
    v = R.random()
    if v < 0.45:
        inv = pick_open(lambda i: Decimal(i["total"]) > BAL[i["id"]] and i["balance"] != i["total"])
        if not inv:
            return None
        amt = Decimal(inv["total"])
        why = f"pays the invoice total although {inv['number']} was part paid; remainder held"
    else:
        inv = pick_open()
        step = Decimal(1000) if EXP[inv["currency"]] == 2 else Decimal(100)
        amt = D((BAL[inv["id"]] / step + 1).to_integral_value() * step, inv["currency"])
        why = f"rounded-up payment of {inv['number']}; remainder held"
    c, cur = customers[inv["_ci"]], inv["currency"]
    bal = BAL[inv["id"]]
    rest = amt - bal
    others = [i for i in open_of(inv["_ci"], cur) if i["id"] != inv["id"]]
    if rest <= 0 or fits(others, rest) or fits(open_of(inv["_ci"], cur), amt):
        return None
    payer = pname(c)
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, tok(inv))),
            L("unapplied", [(inv, bal)], rest, why, f"overpayment by {cur} {txt(rest, cur)}"))


def sc_duplicate(d):
    pool = [(k, inv, p) for k, inv, p in PAID_FULL if BAL[inv["id"]] == 0]
    R.shuffle(pool)
    for k, inv, p in pool:
        ci, cur = inv["_ci"], inv["currency"]
        if fits(open_of(ci, cur), p["amount"]):
            continue
        PAID_FULL.remove((k, inv, p))
        c = customers[ci]
        q2 = dict(p)
        q2["reference"] = bank_ref(d, cur, p["payer_name"], tok(inv))
        q2["customer_id"] = c["id"]
        q2["remittance"] = None
        q2["amount_str"] = None
        return q2, L("unapplied", [], p["amount"], f"{inv['number']} was already paid by an earlier payment; held",
                     "second payment of an invoice already settled in this file")
    return None


def sc_closed_ref(d):
    for _ in range(60):
        s, _ci = R.choice(GAP_SEQS)
        ci = R.choice(GENERIC)
        c = customers[ci]
        cur = c["currencies"][0]
        amt = rand_total(cur)
        if not fits(open_of(ci, cur), amt) and open_of(ci, cur):
            break
    else:
        return None
    payer = pname(c)
    core = R.choice([f"INV {s}", f"SFS-{BRANCH[cur]}-{s}", f"INV NO {s}"])
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("unapplied", [], amt, f"invoice {s} is not open (already settled); no open invoice fits; held on account",
              "reference to a number that is not in the open-item list"))


def sc_on_account(d):
    for _ in range(60):
        ci = R.choice(GENERIC)
        c = customers[ci]
        cur = c["currencies"][0]
        step = Decimal(1000) if EXP[cur] == 2 else Decimal(100)
        amt = D(Decimal(R.randint(2, 60)) * step, cur)
        if not fits(open_of(ci, cur), amt):
            break
    else:
        return None
    payer = pname(c)
    core = R.choice([f"ADVANCE PAYMENT {po()}", "ON ACCOUNT", "MOBILISATION ADVANCE", f"ADV AGAINST QTN Q-26-{safe_digits(4, '0')}"])
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
            L("unapplied", [], amt, "known customer, advance / on-account money that fits no open invoice",
              "advance or on-account payment"))


USD_PER = {"AED": Decimal("3.6725"), "SAR": Decimal("3.75"), "QAR": Decimal("3.64"), "OMR": Decimal("0.3845"),
           "BHD": Decimal("0.376"), "KWD": Decimal("0.3075")}


def sc_cross_currency(d):
    for _ in range(60):
        ci = R.choice(GENERIC)
        c = customers[ci]
        if "USD" in c["currencies"] or not open_of(ci, c["currencies"][0]):
            continue
        inv = R.choice(open_of(ci, c["currencies"][0]))
        break
    else:
        return None
    cur = inv["currency"]
    if cur == "SAR" and R.random() < 0.5:
        pcur, amt = "AED", D(BAL[inv["id"]] * Decimal("0.9793"), "AED")
    else:
        pcur, amt = "USD", D(BAL[inv["id"]] / USD_PER[cur], "USD")
    if pcur != "USD" and pcur in c["currencies"]:
        return None
    payer = pname(c)
    return (P(amt, pcur, payer, c["id"], bank_ref(d, pcur, payer, tok(inv))),
            L("review", [], amt, f"names {inv['number']} ({cur}) but pays in {pcur}; never apply across currencies",
              f"cross-currency: {pcur} {txt(amt, pcur)} ~ {cur} {txt(BAL[inv['id']], cur)} at the peg", cands=[[inv["id"]]]))


UNKNOWN = ["NORTHSTAR GENERAL TRADING LLC", "M/S ABDULLAH HAMAD ALI", "QUICK FIX MAINT SERV", "AL BUSTAN TYPING CENTRE",
           "ZENITH MARINE SUPPLY FZC", "MOHAMMED SALEH AL HARBI EST", "NEW VISION TECH CONT", "BLUE DOLPHIN CARGO",
           "SAIF KHALID TRADING", "GOLDEN PALM MAINT CO", "PRIME SOURCE ENGG", "ASIA GULF MANPOWER"]


def sc_unknown_payer(d):
    payer = R.choice(UNKNOWN)
    assert not name_hits(payer)
    if R.random() < 0.5:
        for _ in range(60):
            inv = pick_open()
            if len(global_single_fits(inv["currency"], BAL[inv["id"]])) == 1:
                break
        else:
            return None
        cur, amt = inv["currency"], BAL[inv["id"]]
        return (P(amt, cur, payer, None, bank_ref(d, cur, payer, R.choice(["", "PAYMENT", "TRANSFER"]))),
                L("review", [], amt, "unknown payer; the amount equals one open invoice of another customer",
                  f"amount matches {inv['number']} of {inv['customer_name']} but the payer is not that customer",
                  cands=[[inv["id"]]]))
    cur = R.choice(["AED", "SAR", "QAR", "OMR", "KWD", "BHD", "USD"])
    amt = rand_total(cur)
    if global_single_fits(cur, amt):
        return None
    return (P(amt, cur, payer, None, bank_ref(d, cur, payer, R.choice(["", "PAYMENT", "SETTLEMENT"]))),
            L("review", [], amt, "unknown payer, no reference, amount fits no open invoice", "unidentified receipt"))


def common_prefix(a, b):
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k].rstrip()


def sc_similar_name(d):
    pairs = SIM_PAIRS[:]
    R.shuffle(pairs)
    for a, b in pairs:
        cur = customers[a]["currencies"][0]
        oa, ob = open_of(a, cur), open_of(b, cur)
        amts = {BAL[i["id"]] for i in oa} & {BAL[i["id"]] for i in ob}
        if not amts or USED_SPECIAL[(a, b)]:
            continue
        amt = sorted(amts)[0]
        payer = common_prefix(norm_name(customers[a]["name"]), norm_name(customers[b]["name"]))
        if sorted(name_hits(payer)) != sorted([a, b]):
            continue
        USED_SPECIAL[(a, b)] += 1
        cands = sorted([i for i in oa + ob if BAL[i["id"]] == amt], key=lambda i: (i["due_date"], i["_seq"]))
        return (P(amt, cur, payer, None, bank_ref(d, cur, payer, R.choice(["", "SUPPLIER PAYMENT"]))),
                L("review", [], amt, "payer name fits two customers and each has an open invoice of this amount",
                  f"truncated name '{payer}' fits {customers[a]['name']} and {customers[b]['name']}",
                  cands=[[i["id"]] for i in cands]))
    return None


def sc_ambiguous_amount(d):
    order = RECUR[:]
    R.shuffle(order)
    order.sort(key=lambda ci: USED_SPECIAL[ci])
    for ci in order:
        c = customers[ci]
        cur = c["currencies"][0]
        ops = open_of(ci, cur)
        cnt = Counter(BAL[i["id"]] for i in ops)
        dup = [a for a, n in cnt.items() if n >= 2]
        if not dup:
            continue
        amt = dup[0]
        cands = fits(ops, amt)
        USED_SPECIAL[ci] += 1
        payer = pname(c)
        core = R.choice(["", "RENTAL CHARGES", "MONTHLY RENTAL GAS DETECTORS", "AMC PAYMENT", "SCBA RENTAL"])
        return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, core)),
                L("review", [], amt, f"amount equals {len(cands)} open invoices of the customer; no reference to choose",
                  "recurring fixed-amount invoices; oldest due first", cands=cands))
    return None


def sc_subset_ambiguous(d):
    order = SUBSET[:]
    R.shuffle(order)
    for ci in order:
        if USED_SPECIAL[ci]:
            continue
        c = customers[ci]
        cur = c["currencies"][0]
        ops = open_of(ci, cur)
        for x in ops:
            cands = fits(ops, BAL[x["id"]])
            if len(cands) >= 2:
                USED_SPECIAL[ci] += 1
                payer = pname(c)
                return (P(BAL[x["id"]], cur, payer, c["id"], bank_ref(d, cur, payer, R.choice(["", "PAYMENT", "PMT"]))),
                        L("review", [], BAL[x["id"]], "amount equals one invoice and also a combination of others",
                          "one invoice vs two smaller ones adding to the same amount", cands=cands))
    return None


def sc_ref_conflict(d):
    for _ in range(80):
        ci = R.choice(GENERIC)
        c = customers[ci]
        cur = R.choice(c["currencies"])
        ops = open_of(ci, cur)
        if len(ops) < 2:
            continue
        b = unique_amount_invoice(ci, cur)
        if not b:
            continue
        a = min((i for i in ops if i["id"] != b["id"] and BAL[i["id"]] != BAL[b["id"]]),
                key=lambda i: abs(i["_seq"] - b["_seq"]), default=None)
        if a:
            break
    else:
        return None
    amt = BAL[b["id"]]
    payer = pname(c)
    return (P(amt, cur, payer, c["id"], bank_ref(d, cur, payer, tok(a))),
            L("review", [], amt, f"reference names {a['number']} but the amount is exactly {b['number']}",
              "reference and amount point to different invoices of the same customer; exact-amount one ranked first",
              cands=[[b["id"]], [a["id"]]]))


def sc_wps(d):
    amt = D(Decimal(R.randint(18, 95)) * 50, "AED")
    if global_single_fits("AED", amt):
        return None
    payer = R.choice(["AL BUSTAN TYPING CENTRE", "ASIA GULF MANPOWER"])
    ref = f"WPS SAL {d.strftime('%b').upper()}{d.strftime('%y')} SIF {safe_digits(13, '0')} EMPR {safe_digits(13, '0')}"
    return (P(amt, "AED", payer, None, ref),
            L("review", [], amt, "WPS salary credit from an unknown employer; not a customer payment",
              "misdirected WPS salary transfer"))


SCEN = OrderedDict([
    ("ref_exact", 74), ("ref_exact_noid", 20), ("cheque", 12), ("multi_ref", 32), ("range", 10), ("advice", 24),
    ("amount_only", 32), ("name_amount", 8), ("statement", 8), ("third_party", 8), ("po_trap", 10),
    ("balance_after_part", 9),
    ("short_retention", 14), ("short_wht", 10), ("short_charges", 10), ("short_other", 8), ("part_payment", 18),
    ("overpay", 14), ("duplicate", 8), ("closed_ref", 5), ("on_account", 8),
    ("ambiguous_amount", 14), ("ref_conflict", 6), ("cross_currency", 6), ("unknown_payer", 8),
    ("similar_name", 5), ("subset_ambiguous", 4), ("wps", 2),
])
FUN = {k: globals()["sc_" + k] for k in SCEN}

# ---------------------------------------------------------------- stage 3
queue = [k for k, n in SCEN.items() for _ in range(n)]
R.shuffle(queue)
# dependent scenarios start in the second half of the file
queue = [k for k in queue if k not in ("balance_after_part", "duplicate")][: len(queue) // 3] + \
        sorted([k for k in queue if k in ("balance_after_part", "duplicate")] +
               [k for k in queue if k not in ("balance_after_part", "duplicate")][len(queue) // 3:],
               key=lambda k: R.random())
day0, day1 = date(2026, 1, 4), date(2026, 3, 26)
days = [day0 + timedelta(k) for k in range((day1 - day0).days + 1)]
days = [x for x in days if x.weekday() != 4]  # no Friday value dates
slots = sorted(R.choice(days) for _ in range(len(queue)))

rows = []   # (payment, label, scenario)
dropped = Counter()
for d in slots:
    for qi, k in enumerate(queue):
        res = FUN[k](d)
        if res is None:
            continue
        queue.pop(qi)
        p, lab = res
        p["date"] = d
        for inv, a in lab["apps"]:
            assert inv["currency"] == p["currency"] and 0 < a <= BAL[inv["id"]], (k, inv["number"], a)
            BAL[inv["id"]] -= a
        assert sum(a for _, a in lab["apps"]) + lab["unapplied"] == p["amount"], k
        if k == "ref_exact" and p["customer_id"] and len(lab["apps"]) == 1 and BAL[lab["apps"][0][0]["id"]] == 0:
            PAID_FULL.append((len(rows), lab["apps"][0][0], p))
        rows.append((p, lab, k))
        break
for k in queue:
    dropped[k] += 1

pay_ids = set()


def new_pid():
    while True:
        x = "PM" + rid("", 9, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        if x not in pay_ids:
            pay_ids.add(x)
            return x


payments, labels = [], []
for p, lab, k in rows:
    pid = new_pid()
    cur = p["currency"]
    payments.append(OrderedDict([("id", pid), ("date", p["date"].isoformat()),
                                 ("amount", p["amount_str"] or fmt(p["amount"], cur)), ("currency", cur),
                                 ("payer_name", p["payer_name"]), ("customer_id", p["customer_id"]),
                                 ("reference", p["reference"]), ("remittance", p["remittance"])]))
    labels.append(OrderedDict([
        ("payment_id", pid), ("status", lab["status"]),
        ("applications", [{"invoice_id": i["id"], "amount": fmt(a, cur)} for i, a in lab["apps"]]),
        ("unapplied", fmt(lab["unapplied"], cur)),
        ("short_pay", None if not lab["short"] else {"invoice_id": lab["short"][0]["id"],
                                                      "amount": fmt(lab["short"][1], cur),
                                                      "reason": lab["short"][2]}),
        ("candidates", [{"invoice_ids": c} for c in lab["cands"]]),
        ("reason", lab["reason"]), ("scenario", k), ("note", lab["note"])]))

# ---- bad-input rows (never change any balance)
def err_row(pos, pay, why, note, scen):
    lab = OrderedDict([("payment_id", pay["id"]), ("status", "error"), ("applications", []), ("unapplied", None),
                       ("short_pay", None), ("candidates", []), ("reason", why), ("scenario", scen),
                       ("note", note), ("error", why)])
    payments.insert(pos, pay)
    labels.insert(pos, lab)


def near_date(pos):
    return payments[min(pos, len(payments) - 1)]["date"]


def mk(pos, amount, cur, cust, ref, rem=None, dt="near"):
    c = customers[cust]
    return OrderedDict([("id", new_pid()), ("date", near_date(pos) if dt == "near" else dt), ("amount", amount),
                        ("currency", cur), ("payer_name", pname(c, 35)), ("customer_id", c["id"]),
                        ("reference", ref), ("remittance", rem)])


ER = random.Random(SEED + 7)
errs = []
for amount, why in [("-1250.00", "negative amount"), ("-18900.00", "negative amount")]:
    ci = ER.choice(GENERIC)
    cur = customers[ci]["currencies"][0]
    amount = amount if EXP[cur] == 2 else amount[:-3] + ".500"
    errs.append((amount, cur, ci, f"REVERSAL {safe_digits(10, '88')} RETURN OF FUNDS", why,
                 "bank reversal booked as a negative credit"))
for cur in ("EUR", "GBP"):
    ci = ER.choice(GENERIC)
    ref_inv = open_of(ci, customers[ci]["currencies"][0])
    errs.append((ER.choice(["4500.00", "12875.40"]), cur, ci,
                 "SEPA CT {FT} " + (("INV " + str(ref_inv[0]["_seq"])) if ref_inv else "INVOICE PAYMENT"),
                 f"currency {cur} matches no invoice", "currency no open invoice has"))
for amount in ("12.450.00", "AED 4,725.00"):
    ci = ER.choice([i for i in GENERIC if customers[i]["currencies"][0] == "AED"])
    errs.append((amount, "AED", ci, "IPI TRANSFER {FT}", "malformed amount",
                 f"amount '{amount}' is not a decimal string"))
positions = sorted(ER.sample(range(20, len(payments) - 20), len(errs) + 4))
for (amount, cur, ci, ref, why, note), pos in zip(errs, positions[: len(errs)]):
    ref = ref.replace("{FT}", ftref(date.fromisoformat(near_date(pos))))
    err_row(pos, mk(pos, amount, cur, ci, ref), why, note, "bad_input")
# missing dates
for k, dt in enumerate([None, ""]):
    pos = positions[len(errs) + k] + 2
    ci = ER.choice(GENERIC)
    cur = customers[ci]["currencies"][0]
    err_row(pos, mk(pos, fmt(rand_total(cur), cur), cur, ci,
                    bank_ref(date.fromisoformat(near_date(pos)), cur, pname(customers[ci]), "PAYMENT"),
                    dt=dt), "missing date", "date is missing" if dt is None else "date is an empty string", "bad_input")
# duplicate payment ids: a re-imported row (identical) and a different row with a used id
for k in range(2):
    src_pos = positions[len(errs) + 2 + k] - 15
    src = payments[src_pos]
    if labels[src_pos]["status"] == "error":
        src_pos -= 1
        src = payments[src_pos]
    pos = src_pos + ER.randint(3, 9)
    if k == 0:
        pos = src_pos + 1
        dup = OrderedDict(src)
        note = f"identical re-import of {src['id']} (bank file loaded twice)"
    else:
        ci = ER.choice(GENERIC)
        cur = customers[ci]["currencies"][0]
        dup = mk(pos, fmt(rand_total(cur), cur), cur, ci,
                 bank_ref(date.fromisoformat(payments[pos - 1]["date"]), cur, pname(customers[ci]), "PMT"))
        dup["id"] = src["id"]
        dup["date"] = payments[pos - 1]["date"]
        note = f"reuses payment id {src['id']} of an earlier, different payment"
    err_row(pos, dup, "duplicate payment id", note, "bad_input")

# ---- independent replay of every label
def replay():
    bal = {i["id"]: Decimal(i["balance"]) for i in invoices}
    seen = set()
    for p, lab in zip(payments, labels):
        assert p["id"] == lab["payment_id"]
        dup = p["id"] in seen
        seen.add(p["id"])
        if lab["status"] == "error":
            continue
        assert not dup and p["date"] and re.fullmatch(r"\d+(\.\d+)?", p["amount"]) and p["currency"] in EXP
        amt, cur = Decimal(p["amount"]), p["currency"]
        tot = Decimal(lab["unapplied"])
        for a in lab["applications"]:
            inv = INV[a["invoice_id"]]
            x = Decimal(a["amount"])
            assert inv["currency"] == cur and 0 < x <= bal[inv["id"]]
            assert len(a["amount"].split(".")[1]) == EXP[cur]
            bal[inv["id"]] -= x
            tot += x
        assert tot == amt, p["id"]
        st = lab["status"]
        if st == "applied":
            assert lab["applications"] and Decimal(lab["unapplied"]) == 0 and not lab["short_pay"]
        elif st == "partial":
            assert lab["applications"] and Decimal(lab["unapplied"]) == 0
            if lab["short_pay"]:
                sp = lab["short_pay"]
                assert sp["invoice_id"] in {a["invoice_id"] for a in lab["applications"]}
                assert bal[sp["invoice_id"]] == Decimal(sp["amount"]) > 0
            else:
                assert any(bal[a["invoice_id"]] > 0 for a in lab["applications"])
        elif st == "unapplied":
            assert Decimal(lab["unapplied"]) > 0
        elif st == "review":
            assert not lab["applications"] and Decimal(lab["unapplied"]) == amt
        for c in lab["candidates"]:
            for iid in c["invoice_ids"]:
                assert iid in INV and bal[iid] > 0
    return bal


replay()

# ---- write files
os.makedirs(OUT, exist_ok=True)
pub_invoices = [OrderedDict((k, i[k]) for k in ("id", "number", "customer_id", "customer_name", "currency", "total",
                                                 "balance", "issue_date", "due_date")) for i in invoices]
inv_order = sorted(range(len(pub_invoices)), key=lambda k: pub_invoices[k]["id"])
pub_invoices = [pub_invoices[k] for k in inv_order]


def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", pub_invoices)
dump("payments.json", payments)
dump("labels.json", labels)

# ---- README
st = Counter(l["status"] for l in labels)
sc = Counter((l["scenario"], l["status"]) for l in labels)
pc = Counter(p["currency"] for p in payments)
ic = Counter(i["currency"] for i in invoices)
SC_DESC = {
    "ref_exact": "reference names one invoice (many spellings: `INV 104532`, `SFS/DXB/104532`, `SFS104532`, `IN104532`, bare number...), amount = balance",
    "ref_exact_noid": "as above, but the bank gives no customer id",
    "cheque": "cheque / PDC deposit via clearing, cover letter names the invoice(s); some cheque numbers equal another customer's invoice number",
    "multi_ref": "several invoices in the reference (`104532/533/540`, commas, `&`, full numbers) or in an e-mail advice",
    "range": "a range of consecutive invoice numbers (`INV 104442 TILL 104445`, `104442 - 445`)",
    "advice": "SAP-style remittance advice table, generic bank text",
    "amount_only": "known customer, no invoice named, amount equals exactly one open invoice and no combination",
    "name_amount": "no customer id, truncated payer name fits one customer only, amount fits one of its invoices only",
    "statement": "amount equals all open invoices of the customer in that currency (\"AS PER SOA\")",
    "third_party": "paid by a supply-chain-finance bank or a parent company on the customer's behalf",
    "po_trap": "a PO / LPO / JOB / CONTRACT number in the reference equals another customer's invoice number",
    "balance_after_part": "second payment of an invoice part-paid earlier in this file (sees the reduced balance)",
    "short_retention": "short pay: 5% / 10% retention under a subcontract",
    "short_wht": "short pay: withholding tax on a USD export invoice (KSA/QA/KW 5%, OM 10%)",
    "short_charges": "short pay: bank charges (AED 26.25, USD 15-35 ...) or LC negotiation charges on LC proceeds",
    "short_other": "short pay: late-delivery penalty (LD), damaged goods debit note, price difference, VAT withheld",
    "part_payment": "stated part payment / first instalment",
    "overpay": "pays more than the balance (invoice total after an earlier part payment, or rounded up); remainder held",
    "duplicate": "second payment of an invoice already paid earlier in this file",
    "closed_ref": "reference to an invoice number that is not open any more; nothing else fits",
    "on_account": "advance / mobilisation / on-account money from a known customer",
    "ambiguous_amount": "recurring fixed-amount invoices (rentals, AMC): amount fits several, no reference",
    "ref_conflict": "reference names one invoice, the amount is exactly another invoice of the same customer",
    "cross_currency": "pays in USD (or AED) an invoice issued in another currency",
    "unknown_payer": "payer is not a customer; amount fits nothing, or fits one invoice of some other customer",
    "similar_name": "truncated payer name fits two customers, each with an open invoice of that amount",
    "subset_ambiguous": "amount equals one invoice and also two other invoices together",
    "wps": "misdirected WPS salary credit",
    "bad_input": "negative amount, currency no invoice has, malformed amount, missing date, duplicate payment id",
}
lines = [
    "# Blind cash-application set: Gulf industrial-supplies distributor",
    "",
    "Held-out test data for the `match` contract (`contracts/cash-application.md`), written without",
    "seeing the engine. Generated by `python3 build.py` (stdlib only, fixed seed, byte-for-byte reproducible);",
    "`python3 check.py` re-verifies every label.",
    "",
    "## Theme",
    "",
    f"*{SELLER}* (invoice numbers `SFS-<branch>-<6 digits>`, one running sequence across branches) sells valves, pumps",
    "and safety equipment to contractors and oil-and-gas service companies from six branches: DXB (AED, and",
    "USD export invoices), DMM (SAR), DOH (QAR), MCT (OMR), KWI (KWD) and BAH (BHD). OMR, KWD and BHD have",
    "three decimal places, the others two. Bank text is what Gulf banks print: upper-case payer names truncated",
    "to 20-35 characters, UAEFTS/IPI/AANI, SARIE, QATCH, KASSIP, Fawri+/EFTS and SWIFT MT103 references, cheque",
    "and PDC clearing, LC proceeds from the issuing bank, WPS salary references, retention, withholding-tax,",
    "LD-penalty and bank-charge deductions. All names, banks and numbers are made up.",
    "",
    "## Files (`ledger_gulf_industrial/`)",
    "",
    f"- `invoices.json`: {len(invoices)} open invoices of {len(customers)} customers, contract format. "
    + ", ".join(f"{k} {v}" for k, v in sorted(ic.items())) + ".",
    f"- `payments.json`: {len(payments)} payments, oldest first (value dates 2026-01-04 to 2026-03-26), contract format.",
    "- `labels.json`: one expected MATCHES entry per payment, same order, plus `scenario` and `note`",
    "  (and `error` on bad-input rows).",
    "",
    "## Counts",
    "",
    "| status | payments |", "|---|---|",
] + [f"| `{k}` | {st[k]} |" for k in ("applied", "partial", "unapplied", "review", "error")] + [
    "",
    "Payments per currency: " + ", ".join(f"{k} {v}" for k, v in sorted(pc.items())) + ".",
    "",
    "| scenario | status | n | what it tests |", "|---|---|---|---|",
] + [f"| `{k}` | `{s}` | {n} | {SC_DESC[k]} |" for (k, s), n in sorted(sc.items(), key=lambda x: (-x[1], x[0]))] + [
    "",
    "## Conventions chosen where the contract is silent",
    "",
    "- **Amounts** are decimal strings with the currency's minor units: 2 decimals for AED, SAR, QAR, USD and",
    "  3 for OMR, KWD, BHD, in invoices, payments and labels (`unapplied` is `\"0.000\"` for a fully applied KWD",
    "  payment). Compare label amounts numerically. "
    f"{sum(1 for p in payments if re.fullmatch(r'[0-9]+', str(p['amount'])))} payment amounts are written without a fraction",
    "  (e.g. `\"18900\"`); those are valid decimal strings, not malformed.",
    "- **review**: `applications` is empty and `unapplied` equals the whole payment (nothing applied).",
    "  `candidates` is a list of `{\"invoice_ids\": [...]}`, best first. Ranking used: for equal single matches the",
    "  oldest due date first; single invoices before combinations; when the reference and the amount disagree",
    "  (`ref_conflict`) the invoice the amount matches exactly comes first, then the one the reference names.",
    "  Cross-currency payments list the named invoice as a candidate (it is never applied). A review with no",
    "  plausible invoice has `candidates: []`. Scoring candidates as a set is probably fairer than by rank.",
    "- **Short pay**: `applications` hold what was paid, `short_pay.amount` is the deduction, which equals the",
    "  balance the invoice keeps after this payment. Only stated deductions (remittance or reference says",
    "  retention, WHT, bank/LC charges, LD penalty, damaged goods, price difference, VAT withheld) are labelled",
    "  short pays; the `reason` words are ours (`retention`, `withholding tax`, `bank charges`, `LC charges`,",
    "  `late delivery penalty`, `damaged goods`, `price difference`, `VAT withheld`): match them loosely.",
    "- **Part payment** (stated `PART PAYMENT`, `1ST INSTALLMENT`): `partial`, `short_pay` null.",
    "- **Overpayment**: status `unapplied`, the balance applied, the remainder in `unapplied`. A second payment",
    "  of an invoice already paid, a reference to an invoice that is no longer open, or on-account money from a",
    "  known customer: `unapplied` with no applications.",
    "- **Unknown payer** (no customer id, name fits no customer or two customers): `review`, never `unapplied`.",
    "  A unique exact amount is enough to apply only when the customer is known (id, or a truncated name that",
    "  fits exactly one customer); PO/LPO/JOB/cheque numbers are never read as invoice numbers.",
    "- A payment made by a bank (LC proceeds) or a finance company / parent is applied when its advice names",
    "  the customer's invoice and the amounts agree.",
    "- **Bad input** rows get `status: \"error\"`, `applications: []`, `unapplied: null`, `short_pay: null`,",
    "  `candidates: []` and an `error` text. They change no balance. For a duplicate payment id the first row",
    "  is processed normally and the later row is the error (one is an identical re-import, one a different",
    "  payment reusing the id). Missing date = `null` or `\"\"`. Malformed amounts: `\"12.450.00\"`, `\"AED 4,725.00\"`.",
    "- `reason` texts are for humans and are not meant to be compared.",
]
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
