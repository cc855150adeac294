#!/usr/bin/env python3
"""Blind cash-application ledger: UK/Ireland food-service wholesaler (made-up data).

Deterministic (seed 224), stdlib only. Writes invoices.json, payments.json, labels.json, README.md.
Supplier (us): Harrow & Lough Foodservice Ltd (made up).
"""
import json, os, random, unicodedata, calendar, itertools
from decimal import Decimal as D
from datetime import date, timedelta
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(224)
C0 = D("0.00")
def q(x): return D(x).quantize(D("0.01"))
def s(x): return str(q(x))

# ---------------------------------------------------------------- customers
UK_PLACES = ["Harbourside", "Millbrook", "Kingsway", "Ashdown", "Bramble", "Larkspur", "Pennant", "Tollgate",
             "Quayside", "Copperfield", "Windmill", "Foxglove", "Marlowe", "Cedarwood", "Oakhurst", "Fenwick",
             "Bellhaven", "Saltmarsh", "Thornbury", "Hollybank", "Greystone", "Wexcombe", "Elmstead", "Rookery",
             "Alderley", "Kestrel", "Pebblebrook", "Sandfield", "Moorgate", "Riverside", "Blackthorn", "Ivybridge"]
UK_TYPES = ["Catering Ltd", "Bistro Ltd", "Care Home", "Primary School", "Hotel Ltd", "Kitchen Ltd", "Tavern",
            "Cafe Ltd", "Fish Bar", "Deli & Grocer", "Golf Club", "Cricket Club", "Nursing Home Ltd",
            "Canteen Services Ltd", "Dining Rooms", "Leisure Centre Cafe", "Arms Hotel", "Brasserie Ltd"]
NI_PLACES = ["Belfast", "Newry", "Derry", "Lisburn", "Bangor", "Enniskillen", "Portrush", "Ballymena"]
NI_TYPES = ["Catering Ltd", "Hotel Ltd", "Bar & Grill", "Bakery Ltd", "Coffee House"]
IE_PLACES = ["Clontarf", "Kinsale", "Dun Laoghaire", "Bantry", "Letterkenny", "Ennis", "Athlone", "Westport",
             "Malahide", "Howth", "Dingle", "Skibbereen", "Tralee", "Carlow", "Clonakilty", "Mullingar",
             "Castlebar", "Kilkenny", "Naas", "Bray", "Cobh", "Killarney"]
IE_TYPES = ["Hotel Ltd", "House Restaurant", "Catering Teoranta", "Food Hall Ltd", "Gastro Pub", "GAA Club",
            "Foods DAC", "Bakery Ltd", "Golf Club", "Nursing Home DAC"]
CY_NAMES = ["Caffi'r Harbwr Cyf", "Ysgol Gynradd Bryn Derw", "Gwesty'r Castell Cyf", "Cegin Mam Cyf",
            "Tafarn y Llew Coch", "Bwyty Glan yr Afon Cyf", "Canolfan Hamdden Llanfair", "Cartref Gofal Tŷ Gwyn"]
PL_NAMES = ["Smacznego Kitchen Ltd", "Delikatesy Pod Lipą Ltd", "Bistro Krakowiak Ltd", "Piekarnia Złoty Kłos Ltd",
            "Polskie Smaki Catering Ltd", "Restauracja Zagłoba Ltd"]
# deliberate BACS 18-char collisions (pairs)
COLLIDE = [("St Mary's Nursing Home Cardiff", "St Mary's Nursing Home Swansea"),
           ("Northfield Academy Trust Kitchen", "Northfield Academy Trust Catering"),
           ("The Anchor Inn & Kitchen Whitby", "The Anchor Inn & Kitchen Padstow")]
GROUPS = ["Northgate Hospitality Group Ltd", "Tidewater Inns plc", "Lakeland Care Partners Ltd",
          "Cill Dara Leisure Holdings DAC"]

def ascii_upper(name):
    t = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", "").replace(",", "").replace(".", "").replace("(", "").replace(")", "")
    return " ".join(t.upper().split())

def bacs_name(name):
    return ascii_upper(name.replace("&", "AND"))[:18].rstrip()

customers = []
def add_cust(name, cur, lang, region):
    cid = "C%04d" % (1001 + len(customers))
    customers.append({"id": cid, "name": name, "cur": cur, "lang": lang, "region": region,
                      "ap": R.choice(["sage", "xero", "sap", "staff", "none", "none"]),
                      "standing": False, "batch": False})
    return customers[-1]

names = set()
for p, t in R.sample(list(itertools.product(UK_PLACES, UK_TYPES)), 80):
    names.add(p + " " + t); add_cust(p + " " + t, "GBP", "en-GB", "GB")
for p, t in R.sample(list(itertools.product(NI_PLACES, NI_TYPES)), 14):
    add_cust(p + " " + t, "GBP", "en-IE", "NI")
for p, t in R.sample(list(itertools.product(IE_PLACES, IE_TYPES)), 42):
    add_cust(p + " " + t, "EUR", "en-IE", "IE")
for n in CY_NAMES: add_cust(n, "GBP", "cy", "GB")
for n in PL_NAMES: add_cust(n, "GBP", "pl", "GB")
for a, b in COLLIDE:
    add_cust(a, "GBP", "en-GB", "GB"); add_cust(b, "GBP", "en-GB", "GB")
for c in customers:
    c["bacs"] = bacs_name(c["name"])
    if c["ap"] == "none" and c["lang"] in ("cy", "pl"): c["ap"] = "staff"
bycust = {c["id"]: c for c in customers}
bacs_count = Counter(c["bacs"] for c in customers)
for c in customers:
    c["collide"] = bacs_count[c["bacs"]] > 1
for c in R.sample([c for c in customers if not c["collide"]], 14): c["standing"] = True
for c in R.sample([c for c in customers if not c["collide"] and not c["standing"]], 16): c["batch"] = True
parent = {}  # group payer for a few customers
for g in GROUPS:
    cur = "EUR" if "DAC" in g else "GBP"
    for c in R.sample([c for c in customers if c["cur"] == cur and not c["collide"]], 3): parent[c["id"]] = g

# ---------------------------------------------------------------- invoices
START, END = date(2026, 6, 1), date(2026, 9, 30)
def rand_amount():
    x = R.lognormvariate(6.4, 0.75)
    return q(min(max(x, 38), 7800) + R.randint(0, 99) / 100)

raw = []  # (issue_date, sortkey, cust, total)
for c in customers:
    n = R.randint(5, 14)
    std_amt = rand_amount() if c["standing"] else None
    for k in range(n):
        d = START + timedelta(R.randint(0, (END - START).days))
        amt = std_amt if (c["standing"] and R.random() < 0.6) else rand_amount()
        raw.append((d, R.random(), c["id"], amt))
    if c["batch"]:
        for b in range(R.randint(1, 2)):
            d = START + timedelta(R.randint(20, (END - START).days))
            key = R.random()
            for k in range(R.randint(3, 6)):
                raw.append((d, key + k * 1e-9, c["id"], rand_amount()))
raw.sort(key=lambda r: (r[0], r[1]))
invoices, num = [], 418000
for i, (d, key, cid, amt) in enumerate(raw):
    prev = raw[i - 1] if i else None
    in_batch = prev and prev[2] == cid and prev[0] == d and abs(prev[1] - key) < 1e-6
    num += 1 if in_batch else R.choice([1, 1, 1, 2, 3])
    c = bycust[cid]
    eom = R.random() < 0.3
    if eom:
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        due = date(y, m, calendar.monthrange(y, m)[1])
    else:
        due = d + timedelta(30)
    bal = amt
    if R.random() < 0.06:  # earlier part payment / credit note already on the account
        bal = q(amt * D(R.choice(["0.5", "0.25", "0.8", "0.6"])))
    invoices.append({"id": "i-%d" % (1001 + i), "number": "INV-%d" % num, "customer_id": cid,
                     "customer_name": c["name"], "currency": c["cur"], "total": s(amt), "balance": s(bal),
                     "issue_date": d.isoformat(), "due_date": due.isoformat()})
INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
bal = {i["id"]: D(i["balance"]) for i in invoices}
paid_in_batch = []  # invoices fully paid by an applied payment in this batch

def open_of(cid, cur=None):
    return [i for i in invoices if i["customer_id"] == cid and bal[i["id"]] > 0
            and (cur is None or i["currency"] == cur)]
def digits(inv): return inv["number"][4:]
def unique_amount(inv):
    return sum(1 for j in open_of(inv["customer_id"], inv["currency"]) if bal[j["id"]] == bal[inv["id"]]) == 1
def amount_hits(amount, cur):
    return [i for i in invoices if i["currency"] == cur and bal[i["id"]] == amount]

# ---------------------------------------------------------------- text helpers
US = "Harrow & Lough Foodservice Ltd"
def money(x, lang="en-GB", cur="GBP", sym=True):
    x = q(x); whole, frac = f"{x:,.2f}".split(".")
    if lang == "pl":
        return whole.replace(",", "\u00a0" if R.random() < 0.3 else " ") + "," + frac + " " + cur
    sg = {"GBP": "£", "EUR": "€", "USD": "US$"}[cur] if sym else ""
    return f"{sg}{whole}.{frac}"
def dmy(d, sep="/"): return d.strftime(f"%d{sep}%m{sep}%Y")
def fmt_ref(inv, style=None):
    n = digits(inv)
    style = style or R.choice(["INV-{n}", "INV{n}", "{n}", "INV {n}", "Inv {n}", "inv no {n}"])
    return style.format(n=n)
SEPA_STYLES = ["/INV/{n}", "/INV/{n}", "INV-{n}", "Inv {n} thank you", "INVOICE {n}"]
FIRST = {"en-GB": ["Sarah", "Tom", "Priya", "Gareth", "Helen", "Dave"], "en-IE": ["Siobhán", "Ciarán", "Aoife", "Declan", "Niamh", "Pádraig"],
         "cy": ["Eleri", "Rhys", "Siân", "Dafydd"], "pl": ["Agnieszka", "Tomasz", "Katarzyna", "Marek"]}

def safe_num(prefix, n):
    while True:
        x = prefix + "".join(R.choice("0123456789") for _ in range(n))
        if not any(x[k:k + 3] in ("418", "419", "420", "421") for k in range(len(x) - 2)): return x

def ap_advice(c, lines, pdate, method, ded_reason=None):
    """lines: list of (inv, paid, deduction). AP-system style advice, English."""
    cur = c["cur"] if c else lines[0][0]["currency"]
    tot = sum(p for _, p, _ in lines)
    ap = c["ap"] if c and c["ap"] in ("sage", "xero", "sap") else R.choice(["sage", "xero", "sap"])
    cname = c["name"] if c else "Accounts Payable"
    out = []
    if ap == "sage":
        out += ["REMITTANCE ADVICE", cname, f"To: {US}", f"Date: {dmy(pdate)}    Payment method: {method}", "",
                "Your Ref       Inv Date     Amount      Disc/Ded   Paid"]
        for inv, p, dd in lines:
            out.append(f"{inv['number']:<14} {dmy(date.fromisoformat(inv['issue_date'])):<12} {money(p + dd, sym=False):>10} {money(dd, sym=False):>10} {money(p, sym=False):>10}")
        out.append(f"Total paid: {money(tot, cur=cur)}")
    elif ap == "xero":
        out += ["Remittance Advice", f"{cname} has sent a payment to {US}.", f"Payment date: {pdate.strftime('%d %b %Y')}",
                "Invoice Number | Invoice Date | Amount Paid"]
        for inv, p, dd in lines:
            out.append(f"{inv['number']} | {date.fromisoformat(inv['issue_date']).strftime('%d %b %Y')} | {money(p, sym=False)}")
        out.append(f"Total: {cur} {money(tot, sym=False)}")
    else:
        out += [f"PAYMENT ADVICE No. {safe_num('20000', 5)}", f"Payee: HARROW AND LOUGH FOODSERVICE LTD",
                f"Payer: {cname.upper()}", "Doc.no.     Reference      Doc.date     Gross        Deduction   Net"]
        for inv, p, dd in lines:
            out.append(f"{safe_num('51', 8)}  {inv['number'].replace('-', ''):<14} {dmy(date.fromisoformat(inv['issue_date']), '.')}   {money(p + dd, sym=False):>10}   {money(dd, sym=False):>9}   {money(p, sym=False):>10}")
        out.append(f"Payment amount {cur} {money(tot, sym=False)}")
    if ded_reason: out.append(f"Deduction note: {ded_reason}")
    return "\n".join(out)

def inv_list_text(invs, lang):
    nums = [R.choice(["INV-{n}", "{n}", "INV{n}"]).format(n=digits(i)) if lang != "cy" else i["number"] for i in invs]
    if len(nums) == 1: return nums[0]
    joiner = {"en-GB": " and ", "en-IE": " + ", "cy": " ac ", "pl": " i "}[lang]
    return ", ".join(nums[:-1]) + joiner + nums[-1]

def staff_note(c, invs, tot, kind="pay", extra=None):
    lang, cur = c["lang"], c["cur"]
    who = R.choice(FIRST[lang]); L = inv_list_text(invs, lang) if invs else ""
    m = money(tot, lang, cur)
    if lang == "cy":
        T = {"pay": f"Bore da, dyma daliad am anfoneb{'au' if len(invs) > 1 else ''} {L}, cyfanswm {m}. Diolch yn fawr, {who}",
             "part": f"Taliad rhannol o {m} tuag at {L}. Byddwn yn talu'r gweddill ddiwedd y mis. Diolch, {who}",
             "short": f"Helo, talu {L}, cyfanswm {m}. Rydym wedi tynnu {extra} Cofion, {who}",
             "lump": f"Talu balans y datganiad yn llawn, {m}. Diolch, {who}",
             "none": f"Taliad oddi wrth {c['name']}, {m}. Diolch, {who}"}
    elif lang == "pl":
        T = {"pay": f"Dzień dobry, przesyłamy płatność za faktur{'y' if len(invs) > 1 else 'ę'} {L}, razem {m}. Pozdrawiam, {who}",
             "part": f"Częściowa wpłata {m} na poczet {L}, resztę dopłacimy w przyszłym tygodniu. Pozdrawiam, {who}",
             "short": f"Dzień dobry, płacimy {L}, razem {m}. Potrąciliśmy {extra} Pozdrawiam, {who}",
             "lump": f"Wpłata całego salda z wyciągu, {m}. Pozdrawiam, {who}",
             "none": f"Wpłata od {c['name']}, {m}. {who}"}
    elif lang == "en-IE":
        T = {"pay": f"Hi there, payment lodged today for {L}, {m} in total. Thanks a million, {who}",
             "part": f"Hi, lodged {m} off {L} today, the balance will follow at the end of the month. Sorry for the delay, {who}",
             "short": f"Hi, payment lodged for {L}, {m}. We've taken off {extra} Thanks, {who}",
             "lump": f"Hi, that's the full statement balance lodged, {m}. Regards, {who}",
             "none": f"Payment from {c['name']}, {m}. {who}"}
    else:
        T = {"pay": f"Hi, please find payment for {L}, total {m}. Kind regards, {who} (Accounts)",
             "part": f"Part payment of {m} against {L} - remainder to follow next month. Regards, {who}",
             "short": f"Hello, paying {L}, {m} in total. We have deducted {extra} Regards, {who}",
             "lump": f"Payment of our statement balance in full, {m}. Thanks, {who}",
             "none": f"Payment from {c['name']}, {m}. {who}"}
    return T[kind]

# ---------------------------------------------------------------- payments
PAY_DAYS = [date(2026, 10, 1) + timedelta(k) for k in range(51)]
PAY_DAYS = [d for d in PAY_DAYS if d.weekday() < 5]
BRANCHES = ["CARDIFF QUEEN ST", "BRISTOL BROADMEAD", "SWANSEA KINGSWAY", "BELFAST DONEGALL PL", "LEEDS BRIGGATE", "CHESTER EASTGATE"]
chq_serial = [100230]
payments, labels = [], []

def choose_method(c, amount):
    if c["cur"] == "EUR": return "SEPA"
    if amount > 6000 and R.random() < 0.6: return "CHAPS"
    return R.choices(["BACS", "FPS", "CHQ", "CHAPS"], [55, 27, 14, 4])[0]

def make_payment(pdate, c, amount, method, ref, remit, cur=None, payer=None, known=None):
    cur = cur or c["cur"]
    name = payer or c["name"]
    if known is None: known = c is not None and payer is None and R.random() < 0.35
    if method in ("BACS", "FPS"):
        pn = bacs_name(name); rf = (ref or "").upper()[:18] if method == "BACS" else (ref or "")[:18]
    elif method == "CHAPS":
        pn = ascii_upper(name)[:35]; rf = (ref or "").upper()[:35]
    elif method == "CHQ":
        chq_serial[0] += R.randint(1, 40)
        pn = ascii_upper(name)[:24]
        rf = f"CHQ {chq_serial[0]:06d} PAID IN {R.choice(BRANCHES)}"
        if ref and not remit: remit = f"Cheque counterfoil: {ref}"
        elif ref: remit = f"Cheque counterfoil: {ref}\n{remit}"
    elif method == "SEPA":
        pn = name if R.random() < 0.6 else ascii_upper(name)
        e2e = R.choice(["NOTPROVIDED", f"E2E{pdate:%y%m%d}{R.choice('ABCDEFGHKLMNP')}{R.randint(100, 999)}"])
        rf = f"EndToEndId {e2e} {ref or ''}".strip()
    else:  # SWIFT / international
        pn = ascii_upper(name)[:35]; rf = (ref or "")[:35]
    return {"id": None, "date": pdate.isoformat(), "amount": s(amount) if isinstance(amount, D) else amount,
            "currency": cur, "payer_name": pn, "customer_id": (c["id"] if (known and c) else None),
            "reference": rf if rf else None, "remittance": remit or None}

def lab(status, apps=(), unapplied=C0, short=None, cands=(), reason=""):
    return {"status": status, "applications": [{"invoice_id": i["id"], "amount": s(a)} for i, a in apps],
            "unapplied": s(unapplied), "short_pay": short,
            "candidates": [[i["id"] for i in grp] for grp in cands], "reason": reason}

def weight(c): return 3 if c["lang"] in ("cy", "pl") else 1
def pick_cust(cond):
    pool = [c for c in customers if cond(c)]
    if not pool: return None
    return R.choices(pool, [weight(c) for c in pool])[0]
def oldest_first(invs): return sorted(invs, key=lambda i: (i["due_date"], i["number"]))

# ---------------------------------------------------------------- scenarios
# each returns (payment, label, lang, note) or None; state is updated by the main loop from the label
def remit_lang(c, used_staff): return c["lang"] if used_staff else ("en-IE" if c["region"] in ("IE", "NI") else "en-GB")

def single_ref(inv, method):
    if method == "SEPA": return R.choice(SEPA_STYLES).format(n=digits(inv))
    return fmt_ref(inv)

def maybe_remit(c, lines, pdate, method, p_staff=0.5, p_any=0.35, kind="pay"):
    if R.random() > p_any: return None, False
    if c["ap"] == "staff" or (c["lang"] in ("cy", "pl") and R.random() < p_staff):
        return staff_note(c, [l[0] for l in lines], sum(l[1] for l in lines), kind), True
    return ap_advice(c, lines, pdate, method), False

def sc_exact(pd):
    c = pick_cust(lambda c: open_of(c["id"]))
    inv = R.choice(oldest_first(open_of(c["id"]))[:4]); a = bal[inv["id"]]
    m = choose_method(c, a); ref = single_ref(inv, m)
    remit, st = maybe_remit(c, [(inv, a, C0)], pd, m)
    return (make_payment(pd, c, a, m, ref, remit), lab("applied", [(inv, a)], reason=f"reference {inv['number']} and exact balance"),
            remit_lang(c, st), f"reference names {inv['number']}, amount equals its balance")

def sc_remit_only(pd):
    c = pick_cust(lambda c: open_of(c["id"]) and not c["collide"])
    invs = R.sample(open_of(c["id"]), 1)
    inv = invs[0]; a = bal[inv["id"]]; m = choose_method(c, a)
    ref = R.choice(["SUPPLIER PAYMENT", "BACS PAYMENT", "HLF ACCOUNT", f"ACC {c['id']}", "THANK YOU", "FOODSERVICE"])
    if c["ap"] == "staff" or c["lang"] in ("cy", "pl"):
        remit, st = staff_note(c, [inv], a), True
    else:
        remit, st = ap_advice(c, [(inv, a, C0)], pd, m), False
    return (make_payment(pd, c, a, m, ref, remit), lab("applied", [(inv, a)], reason=f"remittance names {inv['number']}, exact balance"),
            remit_lang(c, st), f"reference is generic; the remittance advice names {inv['number']}")

def sc_third(pd):
    c = pick_cust(lambda c: c["id"] in parent and open_of(c["id"]))
    if not c: return None
    inv = R.choice(open_of(c["id"])); a = bal[inv["id"]]
    m = "SEPA" if c["cur"] == "EUR" else R.choice(["BACS", "CHAPS"])
    ref = single_ref(inv, m)
    remit = ap_advice(dict(c, name=parent[c["id"]], ap="sap"), [(inv, a, C0)], pd, m) + f"\nOn behalf of: {c['name']}"
    return (make_payment(pd, c, a, m, ref, remit, payer=parent[c["id"]]),
            lab("applied", [(inv, a)], reason=f"group company pays {inv['number']} for {c['name']}, exact balance"),
            "en-IE" if c["region"] == "IE" else "en-GB", f"payer is the parent group {parent[c['id']]}; reference and amount identify {inv['number']}")

def sc_amount_only(pd):
    c = pick_cust(lambda c: not c["collide"] and len(open_of(c["id"])) >= 2 and any(unique_amount(i) for i in open_of(c["id"])))
    inv = R.choice([i for i in open_of(c["id"]) if unique_amount(i)]); a = bal[inv["id"]]
    m = choose_method(c, a)
    ref = R.choice(["PAYMENT", "OCT DELIVERIES", "THANKS", "KITCHEN SUPPLIES", f"{c['bacs'][:8]} PAYMT", None])
    remit, st = (staff_note(c, [], a, "none"), True) if c["lang"] in ("cy", "pl") and R.random() < 0.5 else (None, False)
    return (make_payment(pd, c, a, m, ref, remit), lab("applied", [(inv, a)], reason=f"known payer, amount equals the only open invoice with that balance ({inv['number']})"),
            remit_lang(c, st), f"no invoice number; payer identified by name/customer id and the amount matches exactly one open invoice ({inv['number']})")

def typo_of(n):
    k = R.randint(0, 4); kind = R.choice(["swap", "digit", "drop"])
    if kind == "swap" and n[k] != n[k + 1]: return n[:k] + n[k + 1] + n[k] + n[k + 2:], "transposed digits"
    if kind == "drop": return n[:k + 1] + n[k + 2:], "dropped digit"
    d = str((int(n[k + 1]) + R.choice([1, 9])) % 10); return n[:k + 1] + d + n[k + 2:], "one digit wrong"

def sc_typo(pd):
    c = pick_cust(lambda c: not c["collide"] and any(unique_amount(i) for i in open_of(c["id"])))
    inv = R.choice([i for i in open_of(c["id"]) if unique_amount(i)]); a = bal[inv["id"]]
    t, kind = typo_of(digits(inv))
    other = BYNUM.get("INV-" + t)
    if other and (other["customer_id"] == c["id"] or bal[other["id"]] == a): return None
    m = choose_method(c, a)
    ref = R.choice(["INV{n}", "INV {n}", "{n}", "INV-{n}"]).format(n=t) if m != "SEPA" else "/INV/" + t
    extra = f" ({'INV-' + t} is another customer's invoice)" if other else ""
    return (make_payment(pd, c, a, m, ref, None), lab("applied", [(inv, a)], reason=f"reference {t} is a typo of {digits(inv)} ({kind}); exact balance"),
            remit_lang(c, False), f"typo in reference: {t} vs {inv['number']} ({kind}){extra}; amount equals {inv['number']} balance, unique for this customer")

def sc_list(pd):
    c = pick_cust(lambda c: len(open_of(c["id"])) >= 3)
    op = open_of(c["id"]); k = R.randint(2, min(6, len(op)))
    invs = sorted(R.sample(op, k), key=lambda i: i["number"]); a = sum(bal[i["id"]] for i in invs)
    m = choose_method(c, a)
    if m == "SEPA": ref = "/INV/" + "/".join(digits(i) for i in invs)
    else: ref = R.choice(["INV ", "", "INVS "]) + " ".join(digits(i) for i in invs)
    lim = {"BACS": 18, "FPS": 18, "CHAPS": 35, "CHQ": 999, "SEPA": 120}[m]
    lines = [(i, bal[i["id"]], C0) for i in invs]
    if len(ref) > lim:
        ref = R.choice(["SEE REMITTANCE", "MULTIPLE INVOICES", "REMIT EMAILED", f"ACC {c['id']}"])
        remit, st = maybe_remit(c, lines, pd, m, p_any=1.0)
    else:
        remit, st = maybe_remit(c, lines, pd, m, p_any=0.4)
    return (make_payment(pd, c, a, m, ref, remit), lab("applied", [(i, bal[i["id"]]) for i in invs], reason=f"{k} invoices listed, sum equals payment"),
            remit_lang(c, st), f"list of {k} invoices ({', '.join(i['number'] for i in invs)}), sum exact")

def sc_trunc(pd, want_amb=False):
    m = "BACS"
    cond = (lambda c: c["cur"] == "GBP" and c["standing"] and len(open_of(c["id"])) >= 3) if want_amb else (lambda c: c["cur"] == "GBP" and len(open_of(c["id"])) >= 2)
    c = pick_cust(cond)
    if not c: return None
    op = open_of(c["id"]); i1, i2 = R.sample(op, 2)
    style = R.choice(["INV{a} INV{b}", "INV-{a} INV-{b}", "INV {a} INV {b}"]) if not want_amb else R.choice(["INV-{a} INV-{b}", "INV {a} INV {b}"])
    full = style.format(a=digits(i1), b=digits(i2)); cut = full[:18]
    if len(full) <= 18: return None
    tail = cut[len(style.split("{b}")[0].format(a=digits(i1))):] if "{b}" in style else ""
    prefix = tail
    a = bal[i1["id"]] + bal[i2["id"]]
    comps = [j for j in op if j is not i1 and digits(j).startswith(prefix)]
    hits = [j for j in comps if bal[j["id"]] == bal[i2["id"]]]
    if want_amb != (len(hits) > 1): return None
    p = make_payment(pd, c, a, m, full, None)
    if len(hits) == 1:
        return (p, lab("applied", [(i1, bal[i1["id"]]), (i2, bal[i2["id"]])], reason=f"BACS reference cut at 18 chars; {i1['number']} plus the only {prefix}* invoice that makes the amount"),
                remit_lang(c, False), f"reference truncated to '{cut}'; second number starts '{prefix}', only {i2['number']} completes the sum")
    hits = oldest_first(hits)
    return (p, lab("review", unapplied=a, cands=[[i1, h] for h in hits][:4], reason="truncated second invoice number; several open invoices with the same balance complete it"),
            remit_lang(c, False), f"reference truncated to '{cut}'; {len(hits)} invoices starting '{prefix}' share balance {bal[i2['id']]}")
def sc_trunc_amb(pd): return sc_trunc(pd, True)

def batch_runs(c):
    mine = sorted((i for i in invoices if i["customer_id"] == c["id"]), key=lambda i: int(digits(i)))
    runs, cur = [], []
    for i in mine:
        if cur and int(digits(i)) == int(digits(cur[-1])) + 1 and bal[i["id"]] > 0: cur.append(i)
        else:
            if len(cur) >= 3: runs.append(cur)
            cur = [i] if bal[i["id"]] > 0 else []
    if len(cur) >= 3: runs.append(cur)
    return runs

def sc_range(pd):
    c = pick_cust(lambda c: c["batch"] and batch_runs(c))
    if not c: return None
    run = R.choice(batch_runs(c)); a = sum(bal[i["id"]] for i in run)
    f, l = digits(run[0]), digits(run[-1]); lang = c["lang"]
    m = choose_method(c, a)
    if m == "SEPA": ref = f"/INV/{f}-{l}"
    else:
        lim = 18 if m in ("BACS", "FPS") else 35
        ref = R.choice([x for x in (f"{f}-{l}", f"INV {f}-{l[-3:]}", f"INV{f} TO {l}", f"{f} - {l}") if len(x) <= lim])
    remit, st = None, False
    if lang in ("cy", "pl") or R.random() < 0.3:
        st = lang in ("cy", "pl")
        remit = {"cy": f"Taliad am anfonebau {f} i {l} (danfoniadau'r wythnos), cyfanswm {money(a, lang, c['cur'])}. Diolch, {R.choice(FIRST['cy'])}",
                 "pl": f"Płatność za faktury od {f} do {l}, razem {money(a, lang, c['cur'])}. Pozdrawiam, {R.choice(FIRST['pl'])}",
                 "en-IE": f"Payment for invoices {f} to {l} inclusive, {money(a, lang, c['cur'])}. Thanks, {R.choice(FIRST['en-IE'])}",
                 "en-GB": f"Paying invoices {f} through {l} (week's deliveries), {money(a, lang, c['cur'])}. Regards, {R.choice(FIRST['en-GB'])}"}[lang]
    return (make_payment(pd, c, a, m, ref, remit), lab("applied", [(i, bal[i["id"]]) for i in run], reason=f"range {f}-{l}, {len(run)} invoices, sum exact"),
            remit_lang(c, st), f"range {run[0]['number']}..{run[-1]['number']} ({len(run)} consecutive invoices of this customer), sum exact")

def sc_lump(pd):
    c = pick_cust(lambda c: not c["collide"] and 2 <= len(open_of(c["id"])) <= 7)
    if not c: return None
    op = oldest_first(open_of(c["id"])); a = sum(bal[i["id"]] for i in op)
    m = choose_method(c, a)
    ref = R.choice(["STATEMENT BALANCE", "ACCOUNT IN FULL", "STMT SEPT", "BALANCE OF ACCOUNT", f"ACC {c['id']} FULL"])
    remit, st = None, False
    if R.random() < 0.5: remit, st = staff_note(c, [], a, "lump"), c["lang"] in ("cy", "pl")
    return (make_payment(pd, c, a, m, ref, remit, known=True if R.random() < 0.5 else None),
            lab("applied", [(i, bal[i["id"]]) for i in op], reason=f"lump sum equals the whole open balance ({len(op)} invoices)"),
            remit_lang(c, st), f"no invoice numbers; amount equals the sum of all {len(op)} open invoices of the customer")

def sc_partial(pd):
    c = pick_cust(lambda c: any(bal[i["id"]] >= 300 for i in open_of(c["id"])))
    inv = R.choice([i for i in open_of(c["id"]) if bal[i["id"]] >= 300]); b = bal[inv["id"]]
    a = q(int(b * D(R.choice(["0.25", "0.3", "0.4", "0.5", "0.6"]))))
    if any(bal[j["id"]] == a for j in open_of(c["id"])): return None
    m = choose_method(c, a); silent = R.random() < 0.2
    if silent:
        ref, remit, st = single_ref(inv, m), None, False
        how = "no explanation; reference is clear, so applied as a part payment"
    else:
        ref = R.choice([fmt_ref(inv, "PART {n}"), fmt_ref(inv, "INV{n} PT PAY"), fmt_ref(inv, "INSTAL 1 {n}")]) if m != "SEPA" else "/INV/" + digits(inv) + " part payment"
        remit, st = staff_note(c, [inv], a, "part"), True
        how = "remittance says part payment"
    return (make_payment(pd, c, a, m, ref, remit), lab("partial", [(inv, a)], reason=f"part payment of {inv['number']}"),
            remit_lang(c, st), f"{how}; {inv['number']} stays open with {s(b - a)}")

REASONS = [  # (label reason, en, cy, pl)
    ("damaged goods", "{d} for 2 cases of eggs delivered broken.", "{d} am 2 focs o wyau a dorrwyd.", "{d} za 2 skrzynki rozbitych jajek."),
    ("short delivery", "{d} - short delivered 6 x 2.5kg mozzarella.", "{d} - dim ond 4 o 10 bocs wedi cyrraedd.", "{d} - brak 6 opakowań mozzarelli w dostawie."),
    ("price discrepancy", "{d}, chicken breast invoiced above the agreed price list.", "{d}, pris y cyw iâr yn uwch na'r pris a gytunwyd.", "{d} - cena kurczaka niezgodna z cennikiem."),
    ("pallet charge disputed", "{d} pallet deposit charged in error.", "{d} am dâl paled a godwyd trwy gamgymeriad.", "{d} - opłata za paletę naliczona błędnie."),
    ("credit note not received", "{d} for the returned dairy, credit note still not received.", "{d} am y cynnyrch llaeth a ddychwelwyd, dim nodyn credyd eto.", "{d} za zwrócony nabiał, nadal brak korekty."),
    ("out-of-date stock returned", "{d} for out-of-date yoghurts handed back to the driver.", "{d} am iogwrt wedi dyddio a roddwyd yn ôl i'r gyrrwr.", "{d} za przeterminowane jogurty oddane kierowcy."),
]

def sc_short(pd):
    c = pick_cust(lambda c: len(open_of(c["id"])) >= 1)
    op = open_of(c["id"]); k = R.choice([1, 1, 1, 2, 3]) if len(op) >= 3 else 1
    invs = sorted(R.sample(op, k), key=lambda i: i["number"]); tgt = R.choice(invs)
    b = bal[tgt["id"]]
    if b < 60: return None
    ded = q(min(b * D("0.4"), D(R.choice([12.5, 18.6, 24.0, 36.75, 45.0, 57.2, 88.4, 112.0, 9.99, 31.2]))))
    r = R.choice(REASONS); lang = c["lang"]
    dtxt = money(ded, lang if lang in ("pl",) else "en-GB", c["cur"])
    tot = sum(bal[i["id"]] for i in invs) - ded
    m = choose_method(c, tot)
    lines = [(i, bal[i["id"]] - (ded if i is tgt else C0), ded if i is tgt else C0) for i in invs]
    if lang in ("cy", "pl") or c["ap"] == "staff" or R.random() < 0.3:
        txt = {"cy": r[2], "pl": r[3]}.get(lang, r[1]).format(d=dtxt) + f" ({tgt['number']})"
        remit, st = staff_note(c, invs, tot, "short", txt), True
    else:
        remit, st = ap_advice(c, lines, pd, m, ded_reason=f"{tgt['number']}: " + r[1].format(d=dtxt)), False
    ref = (single_ref(tgt, m) if k == 1 else R.choice(["SEE REMITTANCE", "REMITTANCE SENT"])) if m != "SEPA" else "/INV/" + "/".join(digits(i) for i in invs)
    apps = [(i, l[1]) for i, l in zip(invs, lines)]
    return (make_payment(pd, c, tot, m, ref, remit),
            lab("partial", apps, short={"invoice_id": tgt["id"], "amount": s(ded), "reason": r[0]}, reason=f"short pay on {tgt['number']}: {r[0]}"),
            remit_lang(c, st), f"{k} invoice(s); deduction {s(ded)} on {tgt['number']} ({r[0]})")

def sc_over(pd):
    c = pick_cust(lambda c: open_of(c["id"]))
    op = open_of(c["id"]); inv = R.choice(op); b = bal[inv["id"]]; tot = D(inv["total"])
    if tot > b and R.random() < 0.6:
        a, why = tot, "paid the invoice total although part was already settled/credited"
    else:
        a = q(b + D(R.choice(["0.50", "1.00", "10.00", "25.00", "100.00", "0.01", "4.99"])))
        why = "paid more than the balance"
    extra = a - b
    if any(bal[j["id"]] == extra for j in op) or any(bal[j["id"]] == a for j in op if j is not inv): return None
    m = choose_method(c, a); ref = single_ref(inv, m)
    remit, st = maybe_remit(c, [(inv, a, C0)], pd, m, p_any=0.3)
    return (make_payment(pd, c, a, m, ref, remit), lab("unapplied", [(inv, b)], unapplied=extra, reason=f"{inv['number']} paid in full, {s(extra)} over"),
            remit_lang(c, st), f"overpayment: {why}; {s(extra)} left unapplied")

def sc_second(pd):
    pool = [(i, a) for i, a in paid_in_batch if bal[i["id"]] == 0]
    R.shuffle(pool)
    for inv, a in pool:
        c = bycust[inv["customer_id"]]
        if any(bal[j["id"]] == a for j in open_of(c["id"])): continue
        m = choose_method(c, a); ref = single_ref(inv, m)
        paid_in_batch.remove((inv, a))
        return (make_payment(pd, c, a, m, ref, None), lab("unapplied", unapplied=a, reason=f"{inv['number']} already paid earlier in this batch"),
                remit_lang(c, False), f"second payment of {inv['number']} (fully paid by an earlier payment in this file); whole amount held on account")
    return None

def subset_sums(vals, limit=18):
    if len(vals) > limit: return None
    sums = {C0}
    for v in vals: sums |= {x + v for x in sums}
    return sums

def sc_nofit(pd):
    c = pick_cust(lambda c: not c["collide"] and 1 <= len(open_of(c["id"])) <= 16)
    if not c: return None
    op = open_of(c["id"]); sums = subset_sums([bal[i["id"]] for i in op])
    a = q(R.choice([250, 500, 750, 1000, 1200, 300, 180]) + R.choice([0, 0, 0.5, 0.25]))
    if a in sums: return None
    m = choose_method(c, a)
    ref = R.choice(["DEPOSIT XMAS ORDER", f"ACC {c['id']}", "ON ACCOUNT", "PREPAYMENT", "CREDIT ON ACC"])
    remit, st = None, False
    if c["lang"] == "cy": remit, st = f"Blaendal ar gyfer archeb y Nadolig, {money(a, 'cy', c['cur'])}. Diolch, {R.choice(FIRST['cy'])}", True
    elif c["lang"] == "pl": remit, st = f"Zaliczka na zamówienie świąteczne, {money(a, 'pl', c['cur'])}. {R.choice(FIRST['pl'])}", True
    elif R.random() < 0.5: remit = f"Payment on account ahead of the Christmas menu order, {money(a, c['lang'], c['cur'])}."
    return (make_payment(pd, c, a, m, ref, remit, known=True),
            lab("unapplied", unapplied=a, reason="known customer, payment fits no open invoice or combination"),
            remit_lang(c, st), "customer id given by the bank; no invoice named; amount equals no open invoice and no sum of them")

UNKNOWN = ["J MCCARTHY", "P KOWALSKI", "HOLLOWAY ESTATES", "MR D R EVANS", "SUNRISE EVENTS LTD", "M O SULLIVAN",
           "BRIGHTWATER TRADING", "K NOWAK", "ELM TREE PROPERTIES", "A WILLIAMS AND SON", "CAFE 22", "LUNA CATERING IRL"]
def sc_unknown(pd):
    cur = R.choice(["GBP", "GBP", "GBP", "EUR"])
    nm = R.choice(UNKNOWN); with_cand = R.random() < 0.35
    if with_cand:
        inv = R.choice([i for i in invoices if i["currency"] == cur and bal[i["id"]] > 0])
        a = bal[inv["id"]]
        if len(amount_hits(a, cur)) != 1: return None
    else:
        a = q(R.randint(40, 3000) + R.randint(0, 99) / 100)
        if amount_hits(a, cur): return None
    m = "SEPA" if cur == "EUR" else R.choice(["BACS", "FPS", "CHQ"])
    ref = R.choice([None, "PAYMENT", "FOOD ORDER", "INVOICE", "THANK YOU", "REF 2291"])
    p = make_payment(pd, None, a, m, ref, None, cur=cur, payer=nm, known=False)
    if with_cand:
        return (p, lab("review", unapplied=a, cands=[[inv]], reason="payer not a customer; amount equals one open invoice elsewhere"),
                "en-IE" if cur == "EUR" else "en-GB", f"unknown payer {nm}; amount equals only {inv['number']} ({inv['customer_name']}) - suggest, do not apply")
    return (p, lab("review", unapplied=a, reason="unknown payer, no reference, amount matches nothing"),
            "en-IE" if cur == "EUR" else "en-GB", f"unknown payer {nm}; nothing to go on")

def sc_po_trap(pd, hard=False):
    c = pick_cust(lambda c: not c["collide"] and c["cur"] == "GBP" and len(open_of(c["id"])) >= 2 and any(unique_amount(i) for i in open_of(c["id"])))
    tgt = R.choice([i for i in open_of(c["id"]) if unique_amount(i)]); a = bal[tgt["id"]]
    if hard:
        others = [j for j in open_of(c["id"]) if j is not tgt]
        po = R.choice(others)
    else:
        po = R.choice([j for j in invoices if j["customer_id"] != c["id"] and bal[j["id"]] != a])
    pon = digits(po)
    m = R.choice(["BACS", "FPS", "CHAPS"])
    ref = R.choice(["PO {p}", "PO{p}", "ORDER {p}", "P/O {p}"]).format(p=pon)
    remit = None
    if c["ap"] == "sap" or R.random() < 0.4:
        remit = f"Payment advice - {c['name']}\nPurchase order: {pon}\nAmount: {money(a, cur=c['cur'])}\nPaid by {m}"
    p = make_payment(pd, c, a, m, ref, remit)
    if hard:
        return (p, lab("review", unapplied=a, cands=[[tgt], [po]], reason=f"reference {pon} is labelled PO but is also this customer's open {po['number']}; amount fits {tgt['number']}"),
                remit_lang(c, False), f"PO number equals open {po['number']} of the same customer (balance {bal[po['id']]}); amount matches {tgt['number']} - two readings")
    return (p, lab("applied", [(tgt, a)], reason=f"reference is a purchase order number; amount equals {tgt['number']}, unique for this customer"),
            remit_lang(c, False), f"PO {pon} looks like {po['number']} of {po['customer_name']} (different customer, different balance); amount uniquely fits {tgt['number']}")
def sc_po_hard(pd): return sc_po_trap(pd, True)

def sc_amb_equal(pd):
    def dup(c):
        cnt = Counter(bal[i["id"]] for i in open_of(c["id"]))
        return [v for v, n in cnt.items() if n >= 2]
    c = pick_cust(lambda c: not c["collide"] and dup(c))
    if not c: return None
    v = R.choice(dup(c)); hits = oldest_first([i for i in open_of(c["id"]) if bal[i["id"]] == v])
    m = choose_method(c, v); ref = R.choice(["WEEKLY ORDER", "MILK AND BREAD", "PAYMENT", None, f"ACC {c['id']}"])
    return (make_payment(pd, c, v, m, ref, None), lab("review", unapplied=v, cands=[[h] for h in hits][:4], reason=f"{len(hits)} open invoices with balance {s(v)}, no reference"),
            remit_lang(c, False), f"standing-order customer: {len(hits)} open invoices of {s(v)}, nothing says which")

def sc_amb_conflict(pd):
    c = pick_cust(lambda c: not c["collide"] and len(open_of(c["id"])) >= 2)
    op = open_of(c["id"]); A, B = R.sample(op, 2)
    if not (bal[B["id"]] > bal[A["id"]]) or not unique_amount(B): return None
    a = bal[B["id"]]; m = choose_method(c, a); ref = single_ref(A, m)
    return (make_payment(pd, c, a, m, ref, None), lab("review", unapplied=a, cands=[[B], [A]], reason=f"reference names {A['number']} but amount equals {B['number']}"),
            remit_lang(c, False), f"reference {A['number']} (balance {bal[A['id']]}) vs amount = {B['number']} balance: overpaid {A['number']} or mis-referenced {B['number']}")

def sc_collide(pd):
    c = pick_cust(lambda c: c["collide"] and open_of(c["id"]))
    twin = [d for d in customers if d["bacs"] == c["bacs"] and d is not c][0]
    if R.random() < 0.5:
        inv = R.choice(open_of(c["id"])); a = bal[inv["id"]]
        return (make_payment(pd, c, a, "BACS", fmt_ref(inv, R.choice(["INV{n}", "{n}"])), None, known=False),
                lab("applied", [(inv, a)], reason=f"reference {inv['number']} and exact balance"),
                "en-GB", f"payer name '{c['bacs']}' fits two customers ({c['name']} / {twin['name']}); the reference decides")
    both = open_of(c["id"]) + open_of(twin["id"])
    inv = R.choice(open_of(c["id"])); a = bal[inv["id"]]
    if sum(1 for j in both if bal[j["id"]] == a) != 1: return None
    return (make_payment(pd, c, a, R.choice(["BACS", "FPS"]), R.choice(["PAYMENT", "OCT", None]), None, known=False),
            lab("review", unapplied=a, cands=[[inv]], reason="payer name fits two customers; no reference"),
            "en-GB", f"payer name '{c['bacs']}' is cut to 18 chars and fits {c['name']} and {twin['name']}; only the amount points at {inv['number']} - suggest, do not apply")

def sc_amb_subset(pd):
    c = pick_cust(lambda c: not c["collide"] and 3 <= len(open_of(c["id"])) <= 12)
    if not c: return None
    op = oldest_first(open_of(c["id"])); found = defaultdict(list)
    for k in (2, 3):
        for comb in itertools.combinations(op, k):
            found[sum(bal[i["id"]] for i in comb)].append(list(comb))
    amb = [v for v, g in found.items() if len(g) >= 2 and v not in {bal[i["id"]] for i in op}]
    if not amb: return None
    v = R.choice(amb); groups = found[v]
    m = choose_method(c, v)
    remit, st = (staff_note(c, [], v, "none"), c["lang"] in ("cy", "pl")) if R.random() < 0.4 else (None, False)
    return (make_payment(pd, c, v, m, R.choice(["OUTSTANDING INVS", "ACCOUNT PAYMENT", "PAYMENT"]), remit),
            lab("review", unapplied=v, cands=groups[:4], reason=f"{len(groups)} different invoice combinations add up to the amount"),
            remit_lang(c, st), f"no numbers; {len(groups)} combinations of open invoices sum to {s(v)}")

def sc_fx(pd):
    kind = R.choice(["usd", "gbp_from_ie", "eur_from_ni"])
    if kind == "usd":
        c = pick_cust(lambda c: c["cur"] == "GBP" and c["region"] == "GB" and open_of(c["id"])); pcur = "USD"; m = "SWIFT"
    elif kind == "gbp_from_ie":
        c = pick_cust(lambda c: c["cur"] == "EUR" and open_of(c["id"])); pcur = "GBP"; m = "FPS"
    else:
        c = pick_cust(lambda c: c["region"] == "NI" and open_of(c["id"])); pcur = "EUR"; m = "SEPA"
    inv = R.choice(open_of(c["id"])); rate = {"USD": D("1.27"), "GBP": D("0.86"), "EUR": D("1.16")}[pcur]
    a = q(bal[inv["id"]] * rate)
    ref = fmt_ref(inv, "INV {n}") if m != "SEPA" else "/INV/" + digits(inv)
    return (make_payment(pd, c, a, m, ref, None, cur=pcur),
            lab("review", unapplied=a, cands=[[inv]], reason=f"payment in {pcur}, invoice {inv['number']} is in {inv['currency']}"),
            remit_lang(c, False), f"currency mismatch: {pcur} {s(a)} for {inv['currency']} invoice {inv['number']} ({s(bal[inv['id']])}); cannot apply across currencies")

def sc_bad(pd):
    c = pick_cust(lambda c: c["cur"] == "GBP" and open_of(c["id"]))
    inv = R.choice(open_of(c["id"])); b = bal[inv["id"]]
    kind = R.choice(["neg", "zero", "comma", "nocur", "badcur", "empty"])
    p = make_payment(pd, c, b, "BACS", fmt_ref(inv, "INV{n}"), None)
    if kind == "neg":
        p["amount"] = "-" + s(b); p["reference"] = "RETURNED CHQ RD"; p["remittance"] = "Cheque returned unpaid - refer to drawer"
        why = "negative amount (returned cheque)"
    elif kind == "zero": p["amount"] = "0.00"; why = "zero amount"
    elif kind == "comma": p["amount"] = f"{b:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."); why = "amount not a decimal string (continental separators)"
    elif kind == "nocur": p["currency"] = None; why = "currency missing"
    elif kind == "badcur": p["currency"] = "GPB"; why = "currency code not ISO 4217"
    else: p["amount"] = ""; why = "amount empty"
    if kind == "comma" and "." not in p["amount"] and "," not in p["amount"]: return None
    return (p, lab("review", unapplied=C0, reason=f"bad row: {why}"), "en-GB", f"bad row: {why}; nothing applied, unapplied 0.00 by convention")

# ---------------------------------------------------------------- main loop
PLAN = [("exact_ref", sc_exact, 95), ("remittance_only", sc_remit_only, 22), ("third_party_payer", sc_third, 8),
        ("amount_only", sc_amount_only, 26), ("typo_ref", sc_typo, 22), ("list", sc_list, 40),
        ("bacs_truncated_list", sc_trunc, 10), ("bacs_truncated_ambiguous", sc_trunc_amb, 4), ("range", sc_range, 8),
        ("lump_sum", sc_lump, 12), ("part_payment", sc_partial, 18), ("short_pay", sc_short, 25),
        ("overpayment", sc_over, 14), ("second_payment", sc_second, 12), ("known_no_fit", sc_nofit, 10),
        ("unknown_payer", sc_unknown, 18), ("po_looks_like_invoice", sc_po_trap, 9), ("po_equals_own_invoice", sc_po_hard, 4),
        ("ambiguous_equal_amounts", sc_amb_equal, 8), ("ambiguous_ref_vs_amount", sc_amb_conflict, 6),
        ("truncated_payer_name", sc_collide, 8), ("ambiguous_combination", sc_amb_subset, 5),
        ("other_currency", sc_fx, 8), ("bad_row", sc_bad, 8)]
FN = {n: f for n, f, _ in PLAN}
order = [n for n, _, k in PLAN for _ in range(k)]
R.shuffle(order)
for k in range(len(order)):  # second payments only after some cash has been applied
    if order[k] == "second_payment" and k < 80:
        j = R.randint(150, len(order) - 1)
        while order[j] == "second_payment": j = R.randint(150, len(order) - 1)
        order[k], order[j] = order[j], order[k]
days = sorted(R.choice(PAY_DAYS) for _ in order)
fallbacks = 0
for k, (name, pd) in enumerate(zip(order, days)):
    res = None
    for attempt in range(80):
        res = FN[name](pd)
        if res: break
    if not res:
        fallbacks += 1; name = "exact_ref"
        res = sc_exact(pd)
    p, l, lang, note = res
    pid = "p-%04d" % (k + 1); p["id"] = pid
    for a in l["applications"]:
        bal[a["invoice_id"]] -= D(a["amount"]); assert bal[a["invoice_id"]] >= 0
        if bal[a["invoice_id"]] == 0 and l["status"] in ("applied", "unapplied"):
            paid_in_batch.append((INV[a["invoice_id"]], D(a["amount"])))
    payments.append(p)
    labels.append(dict({"payment_id": pid}, **l, scenario=name, note=f"[{name}, {lang}] {note}"))

def dump(fn, obj):
    with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
dump("invoices.json", invoices); dump("payments.json", payments); dump("labels.json", labels)
print("invoices", len(invoices), "payments", len(payments), "fallbacks", fallbacks)

# ---------------------------------------------------------------- README
def table(counter, head):
    rows = [f"| {head} | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(rows)
sc_c = Counter(l["scenario"] for l in labels); st_c = Counter(l["status"] for l in labels)
lang_c = Counter(l["note"].split("]")[0].split(", ")[1] for l in labels)
cur_c = Counter(str(p["currency"]) for p in payments)
inv_cur = Counter(i["currency"] for i in invoices)
def meth(p):
    r = p["reference"] or ""
    if r.startswith("CHQ "): return "cheque paid in at branch"
    if r.startswith("EndToEndId"): return "SEPA credit transfer"
    return "BACS / Faster Payments / CHAPS / SWIFT (not told apart in the data)"
meth_c = Counter(meth(p) for p in payments)
sc_status = defaultdict(Counter)
for l in labels: sc_status[l["scenario"]][l["status"]] += 1
readme = f"""# Blind cash-application ledger: UK/Ireland food-service wholesaler

Made-up supplier **{US}** sells chilled, frozen and dry goods to cafes, hotels, pubs, schools and care
homes in Great Britain, Northern Ireland (GBP) and the Republic of Ireland (EUR). Every company, person,
number and reference is invented. Generated by `build.py` (seed 224, stdlib only); `check.py` re-verifies
every label from the data.

Contract: `cash-application.md` (`match`). Labels were written blind: from the contract alone.

## Files

| file | what |
|---|---|
| `invoices.json` | {len(invoices)} open invoices of {len(customers)} customers ({', '.join(f'{k} {v}' for k, v in sorted(inv_cur.items()))}); `balance` is the balance before this payment file |
| `payments.json` | {len(payments)} payments, oldest first, 2026-10-01 .. 2026-11-20 |
| `labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` (`[scenario, lang] ...`) |
| `build.py` / `check.py` | generator / verifier (`python3 check.py` exits non-zero on any problem) |

## What the bank data looks like

- **BACS** (and Faster Payments): payer name upper-cased, apostrophes/accents/punctuation removed, `&` spelled `AND`,
  cut at **18 characters** (`ST MARYS NURSING H`, `GWESTYR CASTELL CY`); the reference is cut at 18 characters too, so a
  second invoice number can be chopped (`INV-420222 INV-420`).
- **CHAPS**: upper-case name and reference up to 35 characters.
- **Cheques paid in at a branch**: reference `CHQ <serial> PAID IN <BRANCH>`; the invoice numbers, if any, come from the
  cheque counterfoil or covering letter in `remittance` (`Cheque counterfoil: ...`).
- **SEPA** (EUR, Irish customers): reference is `EndToEndId <id or NOTPROVIDED> <unstructured remittance>` with
  `/INV/418203`, `/INV/418203/418207` or `/INV/420487-420489` styles.
- **SWIFT** (USD) only in the other-currency cases.
- `customer_id` is filled for about a third of the payments (the bank's payer mapping); otherwise null.
- Remittance advices: Sage-style, Xero-style and SAP-style (document numbers, gross/deduction/net columns,
  `INV418203` without the hyphen) in English; short notes typed by customers' staff in British English,
  Irish English ("lodged"), **Welsh** and **Polish** (Polish amounts like `1 234,56 GBP`).
- Invoice numbers are `INV-` + 6 digits; references spell them `INV-418203`, `INV418203`, `INV 418203`, `418203`,
  `Inv 418203`, `inv no 418203`.

## Label conventions

- Payments are applied in file order; each label uses the balances left by the labels before it.
- `applied`: whole payment applied, `unapplied` "0.00". `partial`: applied, leaving an invoice open on purpose
  (part payment: `short_pay` null; deduction with a stated reason: `short_pay` = `{{invoice_id, amount (the deduction),
  reason}}`, and the deducted invoice stays open by exactly that amount). `unapplied`: overpayment remainder
  (applications listed), second payment of an invoice already paid earlier in this file, or a known customer's
  payment that fits no invoice or sum of invoices. `review`: nothing applied, `unapplied` = the payment amount.
- `candidates` is a list of invoice-id lists (each list one possible invoice set), best first; empty when there is
  nothing to suggest. Equal-amount candidates are ordered oldest due date first.
- A reference/amount conflict, a payer name that fits two customers without a reference, several open invoices
  or invoice combinations that fit the amount, a PO number that is also the payer's own open invoice, and any
  currency mismatch are `review` (two readings are defensible).
- An exact invoice number with the exact balance is `applied` whoever pays (parent group, truncated name).
  A one-digit typo / transposition / dropped digit in the reference is `applied` when the amount equals the balance
  of exactly one open invoice of that customer and the typo is not one of that customer's invoices.
  A known payer with no invoice number is `applied` when the amount equals exactly one open balance of that
  customer, or the sum of all its open invoices (statement balance).
- A payment that names one invoice and pays less with no explanation is a part payment (`partial`, no short pay).
- **Bad rows** (missing/invalid currency, empty, zero, negative or comma-formatted amount): `review`, no applications,
  no candidates, `unapplied` "0.00". The contract names no `error` field, so none is written; the note says why.
- `reason` in the labels is a human explanation, not a string to match.

## Counts

{table(st_c, "status")}

{table(sc_c, "scenario")}

Status per scenario:

| scenario | statuses |
|---|---|
""" + "\n".join(f"| {k} | {', '.join(f'{s2} {n}' for s2, n in v.items())} |" for k, v in sorted(sc_status.items())) + f"""

Language of the text that decides the case (remittance note language; AP-system advices and bare bank
references count as en-GB / en-IE by customer region):

{table(lang_c, "lang")}

{table(cur_c, "payment currency")}

{table(meth_c, "channel")}

## Deliberately hard

- BACS-truncated references where only the amount tells which `INV-420...` was meant (and 4 where it cannot).
- Three pairs of customers whose names collapse to the same 18-character BACS payer name.
- Typos that happen to be another customer's real invoice number.
- Purchase-order numbers in the invoice-number range (`PO 419712`), once pointing at another customer's invoice
  (applied to the amount match) and, in `po_equals_own_invoice`, at the payer's own open invoice (review).
- Standing-order customers with many identical invoice amounts (ambiguity by amount and by combination).
- Invoices already part-paid before the file (balance < total): some customers pay the total, which is an overpayment.
- Overpayments as small as 0.01; second payments of invoices paid earlier in the same file.
- Short pays inside multi-invoice remittances, with the reason only in Welsh or Polish.
- Payments in USD, in GBP from Irish EUR customers and in EUR from Northern Irish GBP customers.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f: f.write(readme)
