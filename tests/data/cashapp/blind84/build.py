#!/usr/bin/env python3
"""Held-out cash-application ledger: HVAC/plumbing parts distributor (US + Canada). Deterministic, stdlib only."""
import json, random, os
from datetime import date, timedelta
from collections import Counter, defaultdict

R = random.Random(29707)
OUT = os.path.dirname(os.path.abspath(__file__))

def c2s(c):
    s = "-" if c < 0 else ""
    c = abs(c); return f"{s}{c//100}.{c%100:02d}"
def fmt_th(c):  # 12,345.67
    return f"{c//100:,}.{c%100:02d}"
def fmt_fr(c):  # 12 345,67
    return f"{c//100:,}".replace(",", " ") + f",{c%100:02d}"

# ---------------- customers ----------------
US_BASE = ["Ridgeline Mechanical", "Copperleaf Plumbing", "Blue Heron HVAC", "Summit Air Services", "Keystone Pipe & Drain",
  "Tri-County Heating", "Lakeshore Boiler Works", "Granite State Hydronics", "Prairie Wind Comfort", "Ironwood Plumbing",
  "Cascade Refrigeration", "Red Mesa Mechanical", "Harbor Point Plumbing", "Bluegrass Climate Control", "Delta Valley HVAC",
  "Old Mill Heating & Cooling", "Pinecrest Mechanical Contractors", "Sunbelt Duct & Vent", "Magnolia Plumbing Services",
  "Great Plains Sheet Metal", "Northgate Fire & Plumbing", "Silver Creek Mechanical", "Twin Rivers Heating", "Oakhurst Air",
  "Bayside Water Heater Co", "Canyon Crest Plumbing", "Riverbend Geothermal", "Hillcrest Comfort Systems", "Evergreen Boiler",
  "Mountain View Mechanical", "Coastal Chiller Services", "Badger State Plumbing", "Liberty Pipefitters", "Frontier HVAC Supply Users",
  "Sandhill Heating", "Willow Brook Plumbing", "Atlas Refrigeration", "Clearwater Drain Pros", "Stonebridge Mechanical", "Cardinal Air"]
US_SUF = ["Inc", "LLC", "Corp", "Co", "Inc.", "L.L.C."]
CA_BASE = ["Maple Ridge Plumbing", "Fraser Valley Heating", "Laurentian Mechanical", "Prairie North HVAC", "Bow River Hydronics",
  "Georgian Bay Boilers", "Rideau Comfort Systems", "Okanagan Air", "Nor'West Plumbing", "Cabot Trail Heating",
  "Muskoka Pipe & Pump", "Saskatoon Sheet Metal", "Kootenay Mechanical", "Red River Climate", "Algonquin Refrigeration"]
CA_SUF = ["Ltd", "Ltd.", "Inc", "Corp", "Limited"]
QC_BASE = ["Plomberie Saint-Laurent", "Chauffage Beauport", "Climatisation Outaouais", "Mécanique du Bâtiment Lévis",
  "Plomberie Rive-Sud", "Réfrigération Laval", "Chauffage Trois-Rivières", "Ventilation Mauricie"]
QC_SUF = ["Ltée", "inc.", "Ltée.", "Inc"]
EU_BASE = [("Nordwind Haustechnik GmbH", "de-DE"), ("Climatech Services SARL", "fr-FR"), ("Hidrotermia Levante S.L.", "es-ES"), ("Van Dijk Installatietechniek B.V.", "nl-NL")]
DISTRICTS = [("Maple Hollow Unified School District", "en-US"), ("Cedar Falls Independent School District", "en-US"),
  ("Riverton Public Schools", "en-US"), ("Pine County School District No. 4", "en-US"), ("Grandview Consolidated Schools", "en-US"),
  ("Thames Valley District School Board", "en-CA"), ("Commission scolaire des Hautes-Rives", "fr-CA")]
PMS = [("Harborview Property Management LLC", "HARBORVIEW PROP MGMT", "USD", "en-US", ["410 Elm St", "88 Wharf Rd", "1200 Bay Terrace", "17 Quarry Ln"]),
  ("Crestline Realty Partners Inc", "CRESTLINE REALTY PTN", "USD", "en-US", ["Crestline Tower", "Westgate Commons", "Birch Court Apts"]),
  ("Gestion Immobilière Boréal Ltée", "GESTION IMMOB BOREAL", "CAD", "fr-CA", ["2250 rue Sherbrooke", "Place Champlain", "Les Jardins Fleuris"]),
  ("Lakeview Residential Management Ltd", "LAKEVIEW RES MGMT", "CAD", "en-CA", ["Lakeview Towers A", "Lakeview Towers B", "55 Front St W", "Cedarbrae Place"]),
  ("Summit Property Group Corp", "SUMMIT PROPERTY GRP", "USD", "en-US", ["Summit Plaza", "Parkside Lofts"])]

customers = []
def addc(name, cur, loc, kind, bank=None, parent=None):
    cid = f"C{len(customers)+1001}"
    customers.append(dict(id=cid, name=name, cur=cur, loc=loc, kind=kind, bank=bank, parent=parent))
for b in US_BASE: addc(f"{b} {R.choice(US_SUF)}", "USD", "en-US", "contractor")
for b in CA_BASE: addc(f"{b} {R.choice(CA_SUF)}", "CAD", "en-CA", "contractor")
for b in QC_BASE: addc(f"{b} {R.choice(QC_SUF)}", "CAD", "fr-CA", "contractor")
for b, l in EU_BASE: addc(b, "EUR", l, "contractor")
for d, l in DISTRICTS: addc(d, "CAD" if l != "en-US" else "USD", l, "district")
for full, bank, cur, loc, blds in PMS:
    for bld in blds: addc(f"{full} - {bld}", cur, loc, "pm", bank=bank, parent=full)
# a second US currency account for two Canadian contractors (USD billing) -> currency traps
for c in [c for c in customers if c["loc"] == "en-CA"][:3]:
    addc(c["name"], "USD", "en-CA", "contractor_usd", parent=c["id"])
CUST = {c["id"]: c for c in customers}

# ---------------- invoices ----------------
invoices = []
used_nums = set()
def newnum():
    while True:
        n = R.randint(300000, 349999)
        if n not in used_nums:
            used_nums.add(n); return n
def addinv(cid, cents, issue, pref="SI"):
    n = newnum()
    inv = dict(id=f"i-{len(invoices)+1}", number=f"{pref}-{n}", customer_id=cid, customer_name=CUST[cid]["name"],
               currency=CUST[cid]["cur"], total=cents, balance=cents, issue_date=issue, due_date=issue + timedelta(30))
    invoices.append(inv); return inv
def rnd_amt(kind):
    if kind == "district": return R.randint(400_00, 18000_00)
    if kind == "pm": return R.randint(90_00, 4200_00)
    return R.choice([R.randint(45_00, 900_00), R.randint(300_00, 6500_00), R.randint(2000_00, 24000_00)])
START = date(2025, 11, 3)
for c in customers:
    k = {"district": R.randint(8, 14), "pm": R.randint(5, 9), "contractor_usd": R.randint(3, 5)}.get(c["kind"], R.randint(12, 21))
    for _ in range(k):
        addinv(c["id"], rnd_amt(c["kind"]), START + timedelta(R.randint(0, 130)))
# deliberate equal-balance pairs (ambiguity material)
for c in R.sample([c for c in customers if c["kind"] in ("contractor", "pm")], 18):
    a = R.randint(150_00, 3000_00)
    addinv(c["id"], a, START + timedelta(R.randint(0, 60))); addinv(c["id"], a, START + timedelta(R.randint(61, 130)))
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
def cinv(cid, open_only=True):
    return [i for i in invoices if i["customer_id"] == cid and (i["balance"] > 0 or not open_only)]
# NB: balances mutate as payments are labelled (payments are applied in order)

# equal-amount invoices across two buildings of the same property manager (ambiguity material)
PM_PAIRS = {}
for full, bank, cur, loc, blds in PMS:
    cs = [c for c in customers if c["parent"] == full]
    a = R.randint(200_00, 1800_00)
    PM_PAIRS[full] = [addinv(cs[0]["id"], a, START + timedelta(70)), addinv(cs[1]["id"], a, START + timedelta(75))]
INV = {i["id"]: i for i in invoices}; BYNUM = {i["number"]: i for i in invoices}

# ---------------- bank-name styling ----------------
SUFX = [" Inc.", " Inc", " LLC", " L.L.C.", " Corp", " Co", " Ltd.", " Ltd", " Limited", " Ltée.", " Ltée", " inc.", " GmbH", " SARL", " S.L.", " B.V."]
def strip_suffix(n):
    for s in SUFX:
        if n.endswith(s): return n[: -len(s)]
    return n
def bank_name(c):
    if c["bank"]: return c["bank"]
    n = c["name"]; st = R.random()
    if c["kind"] == "district" and R.random() < .5:
        n = n.replace("Independent School District", "ISD").replace("Unified School District", "USD").replace("School District", "SD")
    if st < .35: n = strip_suffix(n).upper()
    elif st < .6: n = n.upper().replace("&", "AND").replace("'", "")
    elif st < .75: n = strip_suffix(n)
    lim = R.choice([16, 22, 35, 99])
    return n[:lim].rstrip()
def cid_or_null(c, p=.45):
    return c["id"] if R.random() < p else None

# ---------------- remittance styling ----------------
def ach_ctx(items, trunc=True):  # items: [(inv, cents)]
    s = "".join(f"RMR*IV*{i['number'].split('-')[1]}*{c2s(a)}\\" for i, a in items)
    return s[:80] if trunc else s
def num(i, style):
    n = i["number"].split("-")[1]
    return {0: i["number"], 1: n, 2: f"INV {n}", 3: f"#{n}", 4: f"Inv#{n}", 5: i["number"].replace("-", "")}[style]
def trace(): return f"{R.randint(10**14, 10**15-1)}"
def chq(): return f"{R.randint(1000, 99999):06d}"
def lang(c): return c["loc"]

def refstyle(c, items, kind="single"):
    """returns (reference, remittance) naming the invoices in items [(inv, cents)]"""
    L = lang(c); st = R.randint(0, 5)
    nums = [num(i, st) for i, _ in items]
    if c["cur"] == "EUR":
        if L == "de-DE": return (f"SEPA-UEBERWEISUNG EREF+{trace()[:10]}", f"SVWZ+ RE {' '.join(nums)} KD {c['id']}")
        if L == "fr-FR": return (f"VIR SEPA RECU /FRM {strip_suffix(c['name']).upper()[:20]}", f"/RFB/FACTURE {' '.join(nums)}")
        if L == "es-ES": return (f"TRANSF SEPA {trace()[:8]}", f"PAGO FACTURA {' Y '.join(nums)}")
        return (f"SEPA OVERBOEKING {trace()[:8]}", f"BETALING FACTUUR {' '.join(nums)}")
    if L == "fr-CA":
        if R.random() < .5: return (f"VIREMENT INTERAC {R.randbytes(4).hex().upper()}", f"Message: paiement fact. {', '.join(nums)} merci")
        return (f"TEF/EFT DEPOT {trace()[:9]}", f"Paiement factures {' et '.join(nums)} — {fmt_fr(sum(a for _, a in items))} $")
    if L == "en-CA":
        r = R.random()
        if r < .35: return (f"INTERAC E-TRF {R.randbytes(4).hex().upper()}", f"Msg: inv {' '.join(nums)}")
        if r < .7: return (f"EFT CREDIT {trace()[:9]} {bank_name(c)[:18]}", "Remittance advice: " + "; ".join(f"{n} ${fmt_th(a)}" for n, (i, a) in zip(nums, items)))
        return (f"LOCKBOX 0731 CHQ {chq()}", "Cheque stub: " + " / ".join(f"{n} {fmt_th(a)}" for n, (i, a) in zip(nums, items)))
    r = R.random()
    if c["kind"] == "district":
        return (f"WARRANT {R.randint(100000, 999999)} {bank_name(c)[:20]}", f"PO {R.randint(2025, 2026)}-{R.randint(1000, 9999)} VENDOR 55021 " + " ".join(f"{n} {c2s(a)}" for n, (i, a) in zip(nums, items)))
    if r < .4 and len(items) <= 4 and kind != "lockbox":
        return (f"ACH {'CTX' if len(items) > 1 else 'CCD+'} {trace()}", ach_ctx(items, trunc=False))
    if r < .75 or kind == "lockbox":
        return (f"LBX 4471 CHK {chq()}", "STUB: " + ", ".join(f"{n} {fmt_th(a)}" for n, (i, a) in zip(nums, items)))
    if len(items) == 1: return (f"{nums[0]}", None)
    return (f"WIRE {trace()[:10]}", "PMT FOR " + ", ".join(nums))

# ---------------- payments ----------------
touched = set()         # invoices already used by a scenario (keeps scenarios clean)
paid_full = []          # invoices fully paid earlier in the batch
part_paid = []          # invoices left open on purpose by an earlier part payment
payments, labels = [], []
DUPS = set()
for c in customers:
    bal = Counter(i["total"] for i in cinv(c["id"]))
    for i in cinv(c["id"]):
        if bal[i["total"]] > 1: DUPS.add(i["id"])
for p in PM_PAIRS.values():
    for i in p: DUPS.add(i["id"])

def fresh(cid=None, pred=lambda c: True, n=1, curs=None, issue_before=None):
    pool = [c for c in customers if pred(c) and (curs is None or c["cur"] in curs)] if cid is None else [CUST[cid]]
    for _ in range(400):
        c = R.choice(pool)
        ok = [i for i in cinv(c["id"]) if i["id"] not in touched and i["id"] not in DUPS and i["balance"] == i["total"]]
        if issue_before: ok = [i for i in ok if i["issue_date"] < issue_before]
        if len(ok) >= n:
            pick = sorted(R.sample(ok, n), key=lambda i: i["due_date"])
            for i in pick: touched.add(i["id"])
            return c, pick
    raise RuntimeError("no fresh")

def unique_amount(cid, cents, exclude=()):
    return sum(1 for i in cinv(cid) if i["balance"] == cents and i["id"] not in exclude) == 1

def emit(pdate, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short, cands, reason, scen, loc):
    pid = f"p-{len(payments)+1:03d}"
    payments.append(dict(id=pid, date=pdate.isoformat(), amount=amount, currency=cur, payer_name=payer,
                         customer_id=cid, reference=ref, remittance=rem))
    for iid, a in apps:
        INV[iid]["balance"] -= a
        assert INV[iid]["balance"] >= 0
        if INV[iid]["balance"] == 0: paid_full.append(iid)
    labels.append(dict(payment_id=pid, status=status, applications=[dict(invoice_id=i, amount=c2s(a)) for i, a in apps],
                       unapplied=unapplied, short_pay=short, candidates=cands, reason=reason, scenario=scen,
                       note=f"[{scen}, {loc}] {reason}"))

def s_exact(d):
    c, (i,) = fresh(pred=lambda c: c["kind"] != "district" or True)
    ref, rem = refstyle(c, [(i, i["balance"])])
    emit(d, c2s(i["balance"]), c["cur"], bank_name(c), cid_or_null(c), ref, rem, "applied", [(i["id"], i["balance"])], "0.00", None, [],
         f"{i['number']} named in the bank text, amount equals its balance", "exact_ref", lang(c))

def s_multi(d, kind="ctx"):
    c, inv = fresh(pred=lambda c: c["kind"] in ("contractor", "district", "contractor_usd"), n=R.randint(2, 5))
    items = [(i, i["balance"]) for i in inv]
    ref, rem = refstyle(c, items, "lockbox" if kind == "lockbox" else "multi")
    if kind == "ctx" and c["cur"] == "USD" and c["kind"] != "district":
        ref, rem = f"ACH CTX {trace()} {bank_name(c)[:16]}", ach_ctx(items, trunc=False)
    tot = sum(a for _, a in items)
    emit(d, c2s(tot), c["cur"], bank_name(c), cid_or_null(c), ref, rem, "applied", [(i["id"], a) for i, a in items], "0.00", None, [],
         f"remittance lists {len(items)} invoices whose balances sum to the payment", "multi_" + kind, lang(c))

def s_typo(d):
    c, (i,) = fresh(pred=lambda c: c["cur"] in ("USD", "CAD"))
    n = i["number"].split("-")[1]
    for _ in range(50):
        k = R.randint(1, 4); t = n[:k] + n[k+1] + n[k] + n[k+2:]
        if t != n and f"SI-{t}" not in BYNUM: break
    else: raise RuntimeError
    if not unique_amount(c["id"], i["balance"]): return s_exact(d)
    ref = R.choice([f"INV {t}", f"SI{t}", f"SI-{t}", f"INVOICE #{t}"])
    emit(d, c2s(i["balance"]), c["cur"], bank_name(c), c["id"] if R.random() < .7 else None, ref, None, "applied", [(i["id"], i["balance"])], "0.00", None, [],
         f"reference {t} is no invoice; one transposition from {i['number']} of the same payer with exactly that balance", "typo_ref", lang(c))

def s_range(d):
    for _ in range(300):
        c = R.choice([c for c in customers if c["kind"] in ("contractor", "district")])
        op = sorted([i for i in cinv(c["id"]) if i["id"] not in touched and i["id"] not in DUPS and i["balance"] == i["total"]], key=lambda i: i["number"])
        allc = sorted(cinv(c["id"], False), key=lambda i: i["number"])
        if len(op) < 3: continue
        k = R.randint(0, len(op) - 3); run = op[k:k+3]
        # the range must contain no other invoice of this customer
        inside = [i for i in allc if run[0]["number"] <= i["number"] <= run[-1]["number"]]
        if inside != run: continue
        for i in run: touched.add(i["id"])
        a, b = run[0]["number"], run[-1]["number"].split("-")[1]
        ref = R.choice([f"{a} THRU {b}", f"INV {a.split('-')[1]}-{b}", f"{a} to {b}", f"factures {a} à {b}"])
        tot = sum(i["balance"] for i in run)
        emit(d, c2s(tot), c["cur"], bank_name(c), cid_or_null(c, .6), ref, None, "applied", [(i["id"], i["balance"]) for i in run], "0.00", None, [],
             f"range {a}..{b} covers exactly 3 open invoices of this customer, balances sum to the payment", "range", lang(c))
        return
    raise RuntimeError

def s_lump(d):
    for _ in range(500):
        c = R.choice([c for c in customers if c["kind"] in ("contractor_usd", "pm", "district")])
        op = cinv(c["id"])
        if not (2 <= len(op) <= 7) or any(i["id"] in touched or i["balance"] != i["total"] for i in op): continue
        for i in op: touched.add(i["id"])
        tot = sum(i["balance"] for i in op)
        rem = R.choice(["PAYMENT ON ACCOUNT - PAY ALL OPEN ITEMS", "Statement balance in full", "Solde du relevé", "per your statement dated " + (d - timedelta(5)).strftime("%m/%d")])
        emit(d, c2s(tot), c["cur"], bank_name(c), c["id"], f"CHK {chq()}", rem, "applied", [(i["id"], i["balance"]) for i in op], "0.00", None, [],
             f"no invoice named; payment equals the whole open balance of the account ({len(op)} invoices)", "lump_sum_statement", lang(c))
        return
    raise RuntimeError

def s_amount_only(d):
    for _ in range(300):
        c, (i,) = fresh(pred=lambda c: c["kind"] in ("contractor", "district"))
        op = cinv(c["id"])
        if unique_amount(c["id"], i["balance"]) and sum(x["balance"] for x in op) != i["balance"]:
            emit(d, c2s(i["balance"]), c["cur"], bank_name(c), c["id"], R.choice([None, f"CHK {chq()}", "PAYMENT", "ACH CCD"]), None, "applied",
                 [(i["id"], i["balance"])], "0.00", None, [], f"customer identified by account; amount matches exactly one open invoice {i['number']}", "amount_only_unique", lang(c))
            return
    raise RuntimeError

def s_partial(d):
    c, (i,) = fresh(pred=lambda c: c["kind"] in ("contractor", "pm") and c["cur"] != "EUR")
    pay = round(i["balance"] * R.choice([.25, .3, .4, .5, .6])) // 100 * 100
    L = lang(c)
    rem = {"fr-CA": f"Acompte sur facture {i['number']}, solde à suivre"}.get(L, R.choice([f"Partial payment on {i['number']}, balance to follow", f"PART PMT INV {i['number'].split('-')[1]} - installment 1 of 3", f"{i['number']} progress payment"]))
    emit(d, c2s(pay), c["cur"], bank_name(c), cid_or_null(c), f"EFT {trace()[:9]}" if c["cur"] == "CAD" else f"ACH CCD+ {trace()}", rem, "partial",
         [(i["id"], pay)], "0.00", None, [], f"stated part payment of {i['number']}; {c2s(i['balance']-pay)} stays open", "partial_payment", L)
    part_paid.append(i["id"])

def s_remainder(d):
    if not part_paid: return s_exact(d)
    iid = part_paid.pop(0); i = INV[iid]; c = CUST[i["customer_id"]]
    rem = {"fr-CA": f"Solde de la facture {i['number']}"}.get(lang(c), f"Balance of {i['number']} - final")
    emit(d, c2s(i["balance"]), c["cur"], bank_name(c), cid_or_null(c), f"PMT {i['number'].split('-')[1]}", rem, "applied", [(iid, i["balance"])], "0.00", None, [],
         f"pays the balance left open on {i['number']} by an earlier part payment in this batch", "remainder_after_partial", lang(c))

def s_short(d, why):
    if why == "discount":
        c, (i,) = fresh(pred=lambda c: c["kind"] == "contractor" and c["cur"] != "EUR", issue_before=d - timedelta(16))
        disc = round(i["total"] * 2 / 100); pay = i["balance"] - disc
        rem = R.choice([f"{i['number']} {fmt_th(i['total'])} LESS 2% DISC {fmt_th(disc)} NET {fmt_th(pay)}", f"RMR*IV*{i['number'].split('-')[1]}*{c2s(pay)}*{c2s(i['total'])}*{c2s(disc)}\\ 2/10N30"])
        reason = f"2% early-payment discount taken {(d - i['issue_date']).days} days after invoice date (terms 2%/10 net 30)"
    elif why == "retainage":
        c, (i,) = fresh(pred=lambda c: c["kind"] in ("contractor", "district") and c["cur"] != "EUR")
        pct = R.choice([5, 10]); disc = round(i["total"] * pct / 100); pay = i["balance"] - disc
        rem = R.choice([f"{i['number']} less {pct}% retainage withheld ({fmt_th(disc)})", f"Inv {i['number'].split('-')[1]} gross {c2s(i['total'])} retainage {pct}% {c2s(disc)} net {c2s(pay)}", f"Facture {i['number']} moins retenue contractuelle {pct} %"])
        reason = f"{pct}% retainage withheld"
    elif why == "damage":
        c, (i,) = fresh(pred=lambda c: c["kind"] in ("contractor", "pm") and c["cur"] != "EUR" and True)
        disc = min(i["balance"] // 3, R.randint(40_00, 400_00)); pay = i["balance"] - disc
        what = R.choice(["cracked PVC fittings", "2 condensing units damaged in transit", "water heater missing on delivery", "wrong thermostat model shipped"])
        rem = f"{i['number']} short paid {fmt_th(disc)} - {what}, claim to follow"
        reason = f"deduction {c2s(disc)}: {what}"
    else:  # credit memo netted, credit memo not among open items
        c, (i,) = fresh(pred=lambda c: c["kind"] in ("contractor", "pm") and c["cur"] != "EUR")
        disc = min(i["balance"] // 4, R.randint(25_00, 350_00)); pay = i["balance"] - disc
        cm = f"CM-{R.randint(70000, 79999)}"
        rem = R.choice([f"{i['number']} {fmt_th(i['balance'])} less {cm} ({fmt_th(disc)}) returned valves", f"Facture {i['number']} moins note de crédit {cm} {fmt_fr(disc)} $"])
        reason = f"credit memo {cm} for {c2s(disc)} netted against {i['number']}"
    ref = f"LBX 4471 CHK {chq()}" if c["cur"] == "USD" else f"EFT {trace()[:9]}"
    emit(d, c2s(pay), c["cur"], bank_name(c), cid_or_null(c), ref, rem, "partial", [(i["id"], pay)], "0.00",
         dict(invoice_id=i["id"], amount=c2s(disc), reason=reason), [], f"short pay on {i['number']}: {reason}", "short_pay_" + why, lang(c))

def s_overpay(d):
    c, (i,) = fresh()
    extra = R.choice([R.randint(1_00, 99_00), R.randint(100_00, 900_00), i["balance"] // 10 * 1])
    ref, rem = refstyle(c, [(i, i["balance"] + extra)])
    emit(d, c2s(i["balance"] + extra), c["cur"], bank_name(c), cid_or_null(c), ref, rem, "unapplied", [(i["id"], i["balance"])], c2s(extra), None, [],
         f"{i['number']} paid in full, {c2s(extra)} over its balance held on account", "overpayment", lang(c))

def s_second(d):
    cand = [x for x in paid_full if payments]
    if not cand: return s_exact(d)
    iid = cand.pop(R.randrange(len(cand))); paid_full.remove(iid)
    i = INV[iid]; c = CUST[i["customer_id"]]
    ref, rem = refstyle(c, [(i, i["total"])])
    emit(d, c2s(i["total"]), c["cur"], bank_name(c), cid_or_null(c, .7), ref, rem, "unapplied", [], c2s(i["total"]), None, [],
         f"{i['number']} was already paid earlier in this batch; second payment held as unapplied cash", "second_payment", lang(c))

def s_nofit(d):
    for _ in range(100):
        c = R.choice([c for c in customers if c["kind"] in ("contractor", "district", "pm")])
        op = cinv(c["id"]); a = R.randint(50_00, 3000_00) + R.choice([0, 37, 55, 99])
        bal = {i["balance"] for i in op}
        sums = {x["balance"] + y["balance"] for x in op for y in op if x["id"] < y["id"]}
        if a in bal or a in sums or a == sum(i["balance"] for i in op): continue
        emit(d, c2s(a), c["cur"], bank_name(c), c["id"], R.choice([None, f"CHK {chq()}", "DEPOSIT", "ACH CCD"]), R.choice([None, "payment on account", "acompte", "deposit for upcoming boiler order"]),
             "unapplied", [], c2s(a), None, [], "known customer; amount fits no open invoice or pair, no invoice named", "no_fit_on_account", lang(c))
        return
    return s_unknown(d)

ODD = ["J SMITH", "ACME PARTY RENTALS", "ROBERTO DIAZ", "TRANSFERT M. TREMBLAY", "BRIGHTLINE DENTAL CLINIC", "K. OKAFOR", "SUNRISE DAYCARE LLC", "MOBILE DEPOSIT", "QUICKPAY 88213", "L. NGUYEN"]
def s_unknown(d, hit=False):
    cur = R.choice(["USD", "USD", "CAD"])
    if hit:
        c, (i,) = fresh(curs={cur})
        if not all(x["balance"] != i["balance"] for x in invoices if x["id"] != i["id"] and x["currency"] == cur): return s_unknown(d)
        emit(d, c2s(i["balance"]), cur, R.choice(ODD), None, R.choice([None, "PAYMENT", "E-TRANSFER"]), None, "review", [], c2s(i["balance"]), None, [[i["id"]]],
             f"payer unknown and nothing named; only the amount coincides with {i['number']}", "unknown_payer_amount_hit", "en-US" if cur == "USD" else "en-CA")
        return
    a = R.randint(20_00, 2500_00)
    if any(x["balance"] == a for x in invoices): a += 1
    emit(d, c2s(a), cur, R.choice(ODD), None, R.choice([None, "DEPOSIT", f"REF {trace()[:6]}", "E-TRANSFER"]), None, "review", [], c2s(a), None, [],
         "payer not a known customer, no reference, amount matches nothing", "unknown_payer", "en-US" if cur == "USD" else "en-CA")

def s_po(d):
    for _ in range(300):
        c, (i,) = fresh(pred=lambda c: c["kind"] == "district")
        if not unique_amount(c["id"], i["balance"]): continue
        other = R.choice([x for x in invoices if x["customer_id"] != c["id"] and x["balance"] != i["balance"]])
        po = other["number"].split("-")[1]
        rem = f"BC/PO {po} entretien chaufferie" if lang(c) == "fr-CA" else R.choice([f"PO# {po} WARRANT FOR MECH SUPPLIES", f"P.O. {po} - facilities dept - HVAC filters", f"Purchase order {po} paid in full"])
        emit(d, c2s(i["balance"]), c["cur"], bank_name(c), c["id"], f"WARRANT {R.randint(100000, 999999)}", rem, "applied", [(i["id"], i["balance"])], "0.00", None, [],
             f"{po} is labelled as the district's PO (an invoice of another customer has that number); amount matches only {i['number']}", "po_looks_like_invoice", lang(c))
        return
    raise RuntimeError

def s_dup(d):
    for _ in range(300):
        c = R.choice(customers)
        op = cinv(c["id"]); cnt = Counter(i["balance"] for i in op)
        pr = [a for a, k in cnt.items() if k == 2]
        if not pr: continue
        a = pr[0]; two = sorted([i for i in op if i["balance"] == a], key=lambda i: i["due_date"])
        if any(i["id"] in touched for i in two): continue
        for i in two: touched.add(i["id"])
        emit(d, c2s(a), c["cur"], bank_name(c), c["id"] if c["kind"] != "pm" else None, R.choice([None, f"CHK {chq()}", "PAYMENT THANK YOU"]), None, "review", [], c2s(a), None,
             [[two[0]["id"]], [two[1]["id"]]], f"no invoice named; two open invoices ({two[0]['number']}, {two[1]['number']}) have exactly this balance", "ambiguous_same_amount", lang(c))
        return
    return s_unknown(d)

def s_pm_multi(d):
    full, bank, cur, loc, blds = R.choice(PMS)
    cs = [c for c in customers if c["parent"] == full and any(i["id"] not in touched and i["id"] not in DUPS and i["balance"] == i["total"] for i in cinv(c["id"]))]
    if len(cs) < 2: return s_exact(d)
    items = []
    for c in R.sample(cs, 2):
        _, inv = fresh(cid=c["id"], n=1)
        items += [(c, i) for i in inv]
    if loc == "fr-CA":
        rem = " | ".join(f"{c['name'].split(' - ')[1]}: fact. {i['number']} {fmt_fr(i['balance'])}" for c, i in items)
    else:
        rem = "; ".join(f"{c['name'].split(' - ')[1].upper()} {i['number']} {c2s(i['balance'])}" for c, i in items)
    tot = sum(i["balance"] for _, i in items)
    emit(d, c2s(tot), cur, bank, None, f"{'EFT' if cur == 'CAD' else 'ACH CTX'} {trace()[:10]}", rem[:240], "applied", [(i["id"], i["balance"]) for _, i in items], "0.00", None, [],
         f"property manager pays {len(items)} invoices across building accounts; remittance names each", "pm_multi_building", loc)

def s_pm_ambig(d):
    full, bank, cur, loc, blds = R.choice(PMS)
    a, b = PM_PAIRS[full]
    if a["balance"] != a["total"] or b["balance"] != b["total"] or a["id"] in touched: return s_pm_multi(d)
    touched.add(a["id"]); touched.add(b["id"])
    emit(d, c2s(a["balance"]), cur, bank, None, f"{'EFT' if cur == 'CAD' else 'ACH CCD'} {trace()[:10]}", R.choice(["MAINT SUPPLIES", None, "Fournitures plomberie"]), "review", [], c2s(a["balance"]), None,
         [[a["id"]], [b["id"]]], f"property manager named, no building or invoice; {a['number']} and {b['number']} at two buildings have this balance", "pm_building_ambiguous", loc)

def s_curmis(d):
    c, (i,) = fresh(pred=lambda c: c["kind"] == "contractor" and c["cur"] == "CAD")
    emit(d, c2s(i["balance"]), "USD", bank_name(c), None, f"WIRE {trace()[:10]}", f"INV {i['number']}", "review", [], c2s(i["balance"]), None, [[i["id"]]],
         f"names CAD invoice {i['number']} but arrived in USD; cannot apply across currencies", "currency_mismatch", lang(c))

def s_eur(d):
    c, (i,) = fresh(curs={"EUR"})
    ref, rem = refstyle(c, [(i, i["balance"])])
    emit(d, c2s(i["balance"]), "EUR", bank_name(c), cid_or_null(c), ref, rem, "applied", [(i["id"], i["balance"])], "0.00", None, [],
         f"EUR SEPA payment naming {i['number']} for its exact balance", "eur_exact", lang(c))

def s_card(d):
    cur = R.choice(["USD", "CAD"])
    items = []
    for _ in range(R.randint(2, 4)):
        c, (i,) = fresh(curs={cur}, pred=lambda c: c["kind"] == "contractor")
        items.append(i)
    gross = sum(i["balance"] for i in items); fee = round(gross * R.choice([0.0225, 0.029, 0.0175])); net = gross - fee
    rem = f"BATCH {R.randint(100, 999)} " + " ".join(f"AUTH{R.randint(100000, 999999)} {i['number']} {c2s(i['balance'])}" for i in items) + f" GROSS {c2s(gross)} FEES {c2s(fee)}"
    emit(d, c2s(net), cur, R.choice(["PAYMENTECH DEP", "MONERIS SETTLEMENT", "CARD SETTLE MERCH 4471"]) if cur == "CAD" or True else "", None, f"MERCH DEP {R.randint(10**8, 10**9)}", rem,
         "review", [], c2s(net), None, [[i["id"] for i in items]], f"card settlement net of {c2s(fee)} fees; invoices identified but the fee needs a write-off decision", "card_batch_net", "en-US" if cur == "USD" else "en-CA")

GCS = ["BRIGHTWATER GENERAL CONTR", "Keller & Stone Builders LLC", "CONSTRUCTION MONTCALM INC", "Harlow Construction Group", "NORTHSTAR BUILD CORP"]
def s_joint(d):
    c, inv = fresh(pred=lambda c: c["kind"] == "contractor" and c["cur"] != "EUR", n=R.randint(1, 2))
    tot = sum(i["balance"] for i in inv)
    rem = f"Joint check payable to {c['name']} and Northbay Mechanical Supply - job 44 Oak St - " + ", ".join(i["number"] for i in inv)
    if lang(c) == "fr-CA": rem = f"Chèque conjoint à l'ordre de {c['name']} et Northbay - factures " + ", ".join(i["number"] for i in inv)
    emit(d, c2s(tot), c["cur"], R.choice(GCS), None, f"LBX 4471 CHK {chq()}", rem, "applied", [(i["id"], i["balance"]) for i in inv], "0.00", None, [],
         f"joint cheque from a general contractor for {c['name']}; invoices named, amount exact", "joint_cheque", lang(c))

def s_trunc(d, ambiguous=False):
    for _ in range(500):
        c = R.choice([c for c in customers if c["cur"] == "USD" and c["kind"] == "contractor"])
        op = [i for i in cinv(c["id"]) if i["id"] not in touched and i["id"] not in DUPS and i["balance"] == i["total"]]
        if len(op) < 4: continue
        full = R.sample(op, 3)
        rest = [i for i in op if i not in full]
        last = R.choice(rest)
        items = [(i, i["balance"]) for i in full + [last]]
        s = ach_ctx(items, trunc=False)
        cut = s[:80]
        tail = cut.split("\\")[-1]
        if not tail.startswith("RMR*IV*") or len(tail) < 9: continue
        pre = tail[7:].split("*")[0]
        if len(pre) >= 6: continue
        matches = [i for i in cinv(c["id"]) if i["number"].split("-")[1].startswith(pre) and i not in full]
        if not all(f"RMR*IV*{i['number'].split('-')[1]}*{c2s(i['balance'])}\\" in cut for i in full): continue
        if not ambiguous:
            if len(matches) != 1: continue
            for i in full + [last]: touched.add(i["id"])
            tot = sum(a for _, a in items)
            emit(d, c2s(tot), "USD", bank_name(c), cid_or_null(c), f"ACH CTX {trace()}", cut, "applied", [(i["id"], a) for i, a in items], "0.00", None, [],
                 f"80-char addenda cut in the 4th RMR ('{pre}'); the remainder equals the one open invoice starting {pre}", "ctx_truncated_resolvable", "en-US")
            return
        else:
            # remainder equals no single invoice: payer paid an unknown part of the cut item
            pay_last = last["balance"] - R.randint(10_00, last["balance"] // 2)
            if len(matches) < 1: continue
            for i in full + [last]: touched.add(i["id"])
            tot = sum(i["balance"] for i in full) + pay_last
            if any(x["balance"] == pay_last for x in cinv(c["id"])): continue
            emit(d, c2s(tot), "USD", bank_name(c), cid_or_null(c), f"ACH CTX {trace()}", cut, "review", [], c2s(tot), None,
                 [[i["id"] for i in full] + [m["id"]] for m in sorted(matches, key=lambda m: m["due_date"])],
                 f"addenda truncated at the 4th invoice ('{pre}'); the {c2s(pay_last)} left over fits no open invoice in full", "ctx_truncated_ambiguous", "en-US")
            return
    return s_exact(d)

def s_bad(d, k):
    c, (i,) = fresh(curs={"USD", "CAD"})
    amt, cur, why = [("0.00", c["cur"], "zero amount"), (c2s(-i["balance"]), c["cur"], "negative amount: ACH return R01 of an earlier item"),
                     ("", c["cur"], "amount missing"), (c2s(i["balance"]), "", "currency missing"),
                     (fmt_th(i["balance"]) + " USD", c["cur"], "amount not a plain decimal string"), (c2s(i["balance"]), "XXX", "unknown currency code")][k % 6]
    emit(d, amt, cur, bank_name(c), cid_or_null(c), f"ACH {trace()}", f"INV {i['number']}" if k % 6 else None, "review", [], c2s(i["balance"]) if k % 6 in (3, 5) else "0.00", None, [],
         f"bad row ({why}); nothing applied", "bad_row", lang(c))
    touched.discard(i["id"])

# ---------------- schedule ----------------
PLAN = ([("exact", s_exact)] * 100 + [("ctx", lambda d: s_multi(d, "ctx"))] * 30 + [("lbx", lambda d: s_multi(d, "lockbox"))] * 34
        + [("typo", s_typo)] * 15 + [("range", s_range)] * 8 + [("lump", s_lump)] * 12 + [("amt", s_amount_only)] * 14
        + [("partial", s_partial)] * 14 + [("disc", lambda d: s_short(d, "discount"))] * 10 + [("ret", lambda d: s_short(d, "retainage"))] * 8
        + [("dmg", lambda d: s_short(d, "damage"))] * 6 + [("cm", lambda d: s_short(d, "credit_memo"))] * 6 + [("over", s_overpay)] * 14
        + [("nofit", s_nofit)] * 12 + [("unk", s_unknown)] * 8 + [("unkhit", lambda d: s_unknown(d, True))] * 4 + [("po", s_po)] * 10
        + [("dup", s_dup)] * 14 + [("pmm", s_pm_multi)] * 9 + [("pma", s_pm_ambig)] * 5 + [("cur", s_curmis)] * 6 + [("eur", s_eur)] * 8
        + [("card", s_card)] * 6 + [("joint", s_joint)] * 6 + [("trok", s_trunc)] * 6 + [("tramb", lambda d: s_trunc(d, True))] * 5)
R.shuffle(PLAN)
LATE = [("second", s_second)] * 10 + [("rem", s_remainder)] * 8
for x in LATE: PLAN.insert(R.randint(len(PLAN) // 2, len(PLAN)), x)
for k in range(6): PLAN.insert(R.randint(0, len(PLAN)), ("bad", (lambda k: lambda d: s_bad(d, k))(k)))
d0 = date(2026, 3, 2)
for n, (_, f) in enumerate(PLAN):
    f(d0 + timedelta(days=n * 30 // len(PLAN)))

# ---------------- write ----------------
def inv_out(i):
    return dict(id=i["id"], number=i["number"], customer_id=i["customer_id"], customer_name=i["customer_name"], currency=i["currency"],
                total=c2s(i["total"]), balance=c2s(i["total"]), issue_date=i["issue_date"].isoformat(), due_date=i["due_date"].isoformat())
json.dump([inv_out(i) for i in invoices], open(f"{OUT}/invoices.json", "w"), indent=1, ensure_ascii=False)
json.dump(payments, open(f"{OUT}/payments.json", "w"), indent=1, ensure_ascii=False)
json.dump(labels, open(f"{OUT}/labels.json", "w"), indent=1, ensure_ascii=False)

st = Counter(l["status"] for l in labels); sc = Counter(l["scenario"] for l in labels)
loc = Counter(l["note"].split(", ", 1)[1].split("]")[0] for l in labels); cur = Counter(p["currency"] or "(blank)" for p in payments)
md = ["# Held-out cash-application ledger 297 — HVAC & plumbing parts distributor (US/Canada)", "",
 "Seller: *Northbay Mechanical Supply* (made up). Customers: mechanical/plumbing contractors (US, Canada, Quebec, a few EU), school districts/boards (warrants with PO numbers), property-management companies whose buildings are separate customer accounts, and three Canadian contractors that also hold a USD account (same name). All names made up.", "",
 "| file | content |", "|---|---|",
 f"| invoices.json | {len(invoices)} open invoices (balances as of before the batch; USD/CAD/EUR) |",
 f"| payments.json | {len(payments)} payments, oldest first, 2026-03-02..2026-03-31 |",
 "| labels.json | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` (`[scenario, locale] why`) |",
 "| build.py / check.py | generator (seed 29707, stdlib) / label re-verifier |", "",
 "## Label conventions", "",
 "- Amounts are decimal strings. Applications, then `unapplied`, add up to the payment. For `review` nothing is applied and `unapplied` equals the payment amount (or `0.00` when the amount itself is unusable).",
 "- Balances are consumed in payment order; `remainder_after_partial` and `second_payment` depend on earlier payments in the batch.",
 "- `candidates` is a list of invoice-id sets, best first (oldest due date first when equal).",
 "- Short pays (`partial` + `short_pay`): 2%/10 net 30 discounts taken after day 10, retainage withheld, damage/shortage deductions, credit memos (not among the open items) netted. `short_pay.amount` = balance − paid.",
 "- Stated part payments with no reason: `partial`, `short_pay` null.",
 "- Unique exact amount for an identified customer with no reference: applied. Whole open balance of the account: applied to all.",
 "- Bad rows (zero/negative/missing/non-decimal amount, missing or unknown currency): `review`, no candidates. The contract defines no `error` field, so none is added.",
 "- Card settlement deposits net of fees: `review` with the invoice set as candidate (fee write-off is a decision). Currency mismatch (USD money naming a CAD invoice): `review`, candidate shown.",
 "", "## Counts", "", "| status | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(st.items())] + \
 ["", "| scenario | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(sc.items())] + \
 ["", "| locale | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(loc.items())] + \
 ["", "| payment currency | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cur.items())] + \
 ["", "## Deliberately hard", "",
  "- Bank payer names cut at 16/22/35 chars, upper-cased, with/without Inc/LLC/Ltd/Ltée; `customer_id` null for about half.",
  "- ACH CTX addenda cut at 80 characters mid-RMR segment (one resolvable by remainder, others not).",
  "- District warrants whose PO number equals another customer's invoice number.",
  "- Property managers paying for several buildings (separate accounts) in one payment; the same amount open at two buildings.",
  "- Typo'd references (transposed digits) that match no invoice; ranges written `THRU`/`to`/`à`; stubs with thousands separators; French-Canadian `12 345,67 $`.",
  "- Joint cheques from a general contractor (payer is not the customer).", "- Unknown payer whose amount coincides with one open invoice (review, not apply)."]
open(f"{OUT}/README.md", "w").write("\n".join(md) + "\n")
print(st, len(payments), len(invoices))
