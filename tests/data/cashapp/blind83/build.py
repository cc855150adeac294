#!/usr/bin/env python3
"""Blind cash-application ledger: Nordic/Baltic timber & board wholesaler. Deterministic, stdlib only."""
import json, random, unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

R = random.Random(29217)
D = lambda x: Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
S = lambda d: str(D(d))

# ---------------------------------------------------------------- customers
CUR = {"FI": "EUR", "SE": "SEK", "NO": "NOK", "DK": "DKK", "EE": "EUR", "LV": "EUR", "LT": "EUR", "GB": "GBP", "US": "USD"}
SCALE = {"EUR": 1, "SEK": 11, "NOK": 11, "DKK": 7, "GBP": 1, "USD": 1}
PARTS = {
    "FI": (["Puutalo", "Rakennus", "Kirvesmies", "Höylätavara", "Sahatavara", "Talotehdas", "Kattotuoli", "Lautakulma", "Hirsikoti", "Rautakauppa"],
           ["Mäkinen", "Virtanen", "Häkkinen", "Lahtinen", "Kärkkäinen", "Heikkilä", "Ylönen", "Räsänen", "Söderholm", "Pääkkönen"], "Oy"),
    "SE": (["Bygg", "Snickeri", "Trähus", "Brädgård", "Husfabrik", "Byggvaruhus", "Takstol", "Timmerhus"],
           ["Öberg", "Sjöström", "Lindqvist", "Ågren", "Nyström", "Hägglund", "Åkesson", "Wästberg"], "AB"),
    "NO": (["Tømrer", "Byggvare", "Ferdighus", "Trelast", "Snekkerverksted", "Hyttebygg", "Laftehus"],
           ["Høgberg", "Solbakken", "Dahl", "Ødegård", "Bråten", "Sæther", "Lønning"], "AS"),
    "DK": (["Tømrerfirma", "Byggemarked", "Træhus", "Tømmerhandel", "Elementhus", "Snedkeri"],
           ["Sørensen", "Møller", "Kjær", "Østergaard", "Bækgaard", "Nørgaard"], "ApS"),
    "EE": (["Tallinna", "Pärnu", "Saaremaa", "Tartu", "Võru", "Viljandi"], ["Puit", "Ehitus", "Palkmaja", "Puumaja", "Saematerjal", "Karkass"], "AS"),
    "LV": (["Rīgas", "Kurzemes", "Latgales", "Vidzemes", "Zemgales"], ["Koka Nami", "Būvmateriāli", "Kokzāģētava", "Baļķis", "Karkasmājas"], "SIA"),
    "LT": (["Kauno", "Vilniaus", "Šiaulių", "Panevėžio", "Klaipėdos"], ["Medienos Namai", "Statyba", "Lentpjūvė", "Karkasas", "Statybinė Mediena"], "UAB"),
    "GB": (["Highland", "Kentish", "Pennine", "Solent"], ["Timber Frames", "Joinery", "Modular Homes", "Builders Merchants"], "Ltd"),
    "US": (["Lakeshore", "Cascade", "Bluegrass"], ["Log Homes", "Modular", "Lumber Supply"], "Inc."),
}
NCUST = {"FI": 38, "SE": 26, "NO": 18, "DK": 14, "EE": 12, "LV": 10, "LT": 10, "GB": 5, "US": 4}
customers = []
seen = set()
for cc, n in NCUST.items():
    a, b, suf = PARTS[cc]
    while n:
        base = f"{R.choice(a)} {R.choice(b)}"
        if base in seen:
            continue
        seen.add(base)
        name = f"{suf} {base}" if cc in ("EE", "LV", "LT") and R.random() < .8 else f"{base} {suf}"
        customers.append({"cc": cc, "base": base, "suf": suf, "name": name, "cur": CUR[cc]})
        n -= 1
# twin customers (near-identical names) for the ambiguous-payer case
TWINS = [("FI", "Puutalo Niemi", "Puutalo Niemi & Pojat"), ("SE", "Bygg Öhman", "Bygg Öhman Entreprenad"),
         ("NO", "Trelast Berg", "Trelast Bergene"), ("DK", "Tømrerfirma Lund", "Tømrerfirma Lundsgaard"),
         ("EE", "Pärnu Palk", "Pärnu Palkmaja")]
twin_pairs = []
for cc, x, y in TWINS:
    suf = PARTS[cc][2]
    pair = []
    for base in (x, y):
        customers.append({"cc": cc, "base": base, "suf": suf, "name": f"{base} {suf}" if cc not in ("EE",) else f"{suf} {base}", "cur": CUR[cc], "twin": True})
        pair.append(len(customers) - 1)
    twin_pairs.append(pair)
for i, c in enumerate(customers):
    c["id"] = f"c-{i + 1:04d}"

TR = str.maketrans({"ä": "a", "ö": "o", "å": "a", "ø": "o", "æ": "ae", "õ": "o", "ü": "u", "Ä": "A", "Ö": "O", "Å": "A", "Ø": "O", "Æ": "AE"})


def strip(s):
    s = s.translate(TR)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def bank_name(c):
    """How a bank statement shows the payer: upper case, accents dropped or not, suffix moved, truncated."""
    v = R.randrange(6)
    base, suf = c["base"], c["suf"]
    if v == 0:
        s = f"{suf} {base}".upper()
    elif v == 1:
        s = f"{base} {suf}".upper()
    elif v == 2:
        s = strip(f"{base} {suf}").upper()
    elif v == 3:
        s = strip(f"{suf} {base}").upper()
    elif v == 4:
        s = f"{base.upper()}"
    else:
        s = c["name"]
    cut = R.choice([18, 20, 22, 35, 35])
    return s[:cut].rstrip()


# ---------------------------------------------------------------- invoices
invoices = []
num = 410000
d0 = date(2025, 10, 20)
cust_inv = {c["id"]: [] for c in customers}
NINV = 1560
RUNSTART = set(R.sample(range(100, 1400), 10))
runs, run_left, run_c = [], 0, None
for k in range(NINV):
    num += R.randint(1, 7)
    c = R.choice(customers[:-10]) if R.random() < .93 else R.choice(customers)
    if k in RUNSTART:
        run_left, run_c = R.choice([2, 3]), R.choice([c for c in customers[:-10] if c["cc"] in ("FI", "SE", "EE", "LV", "LT", "NO")])
        runs.append([])
    if run_left:
        c = run_c
        run_left -= 1
    issue = d0 + timedelta(days=int(k * 150 / NINV))
    tot = D(Decimal(R.randint(18000, 4200000)) / 100 * SCALE[c["cur"]])
    bal = tot
    if R.random() < .08:
        bal = D(tot * Decimal(R.choice(["0.5", "0.4", "0.7", "0.25"])))
    inv = {"id": f"i-{k + 1:05d}", "number": str(num), "customer_id": c["id"], "customer_name": c["name"],
           "currency": c["cur"], "total": S(tot), "balance": S(bal), "issue_date": issue.isoformat(),
           "due_date": (issue + timedelta(days=R.choice([14, 30, 30, 45, 60]))).isoformat()}
    invoices.append(inv)
    cust_inv[c["id"]].append(inv)
    if run_c is c and runs and (not runs[-1] or int(runs[-1][-1]["id"][2:]) == k):
        runs[-1].append(inv)

for c in customers:
    if c.get("twin"):
        while len(cust_inv[c["id"]]) < 2:
            inv = R.choice([i for i in invoices if i["currency"] == c["cur"] and len(cust_inv[i["customer_id"]]) > 4 and not any(i in r for r in runs)])
            cust_inv[inv["customer_id"]].remove(inv)
            inv["customer_id"], inv["customer_name"] = c["id"], c["name"]
            cust_inv[c["id"]].append(inv)
# twin customers: both hold an invoice with the same standard-package amount
for a, b in twin_pairs:
    for ci in (a, b):
        if not cust_inv[customers[ci]["id"]]:
            raise SystemExit("twin without invoices")
    amt = D(Decimal(R.randint(900000, 2400000)) / 100 * SCALE[customers[a]["cur"]])
    for ci in (a, b):
        inv = cust_inv[customers[ci]["id"]][0]
        inv["total"] = inv["balance"] = S(amt)
    customers[a]["twin_amt"] = amt

# duplicate-amount pairs inside one customer (standard kit ordered twice)
RUNC = {r[0]["customer_id"] for r in runs}
dup_customers = []
for c in R.sample([c for c in customers if c["id"] not in RUNC and not c.get("twin") and len(cust_inv[c["id"]]) >= 6], 12):
    a, b = cust_inv[c["id"]][1], cust_inv[c["id"]][3]
    b["total"] = b["balance"] = a["total"] = a["balance"]
    dup_customers.append(c["id"])

# subset ambiguity: x + y == z inside one customer
subset_customers = []
for c in R.sample([c for c in customers if c["id"] not in RUNC and not c.get("twin") and c["id"] not in dup_customers and len(cust_inv[c["id"]]) >= 7], 6):
    x, y, z = cust_inv[c["id"]][2], cust_inv[c["id"]][4], cust_inv[c["id"]][5]
    for v in (x, y):
        v["total"] = v["balance"]
    z["total"] = z["balance"] = S(D(x["balance"]) + D(y["balance"]))
    subset_customers.append(c["id"])

INV = {i["id"]: i for i in invoices}
BYNUM = {i["number"]: i for i in invoices}
bal = {i["id"]: D(i["balance"]) for i in invoices}
CUST = {c["id"]: c for c in customers}

# ---------------------------------------------------------------- references
def luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        t += d
    return str((10 - t % 10) % 10)


def viite(s):
    w = [7, 3, 1]
    t = sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(s)))
    return s + str((10 - t % 10) % 10)


def rf(s):
    n = int(s + "2715" + "00")
    return f"RF{98 - n % 97:02d}{s}"


def group(s, n=5):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def struct_ref(inv, cc):
    n = inv["number"]
    if cc == "FI":
        return R.choice([viite(n), group(viite(n)), rf(viite(n)), group(rf(viite(n)), 4)]), "viitenumero/RF"
    if cc == "NO":
        return n + luhn(n), "KID"
    if cc == "SE":
        return R.choice([f"OCR {n + luhn(n)}", n + luhn(n), f"BG 5551-2290 OCR {n + luhn(n)}"]), "OCR"
    if cc == "DK":
        p = (n + luhn(n)).rjust(15, "0")
        return f"+71<{p}+85550291<", "FIK +71"
    return rf(n), "RF creditor reference"


def money(x, cc):
    s = f"{D(x):,.2f}"
    if cc in ("GB", "US"):
        return s
    return s.replace(",", " ").replace(".", ",")


WORD = {"FI": "Lasku", "SE": "Faktura", "NO": "Faktura", "DK": "Faktura", "EE": "arve nr", "LV": "rēķins Nr.", "LT": "sąskaita", "GB": "Invoice", "US": "Invoice"}
PLUR = {"FI": "Laskut", "SE": "Fakturor", "NO": "Fakturaer", "DK": "Fakturaer", "EE": "arved nr", "LV": "rēķini Nr.", "LT": "sąskaitos", "GB": "Invoices", "US": "Invoices"}
PART = {"FI": "Osamaksu laskulle {n}, loput kuun lopussa", "SE": "Delbetalning faktura {n}, resterande följer", "NO": "Delbetaling faktura {n}, rest kommer",
        "DK": "Delbetaling af faktura {n}, restbeløb følger", "EE": "osamakse, arve nr {n}", "LV": "daļējs maksājums, rēķins Nr. {n}",
        "LT": "dalinis mokėjimas už sąskaitą {n}", "GB": "Part payment invoice {n}, balance to follow", "US": "Partial payment inv {n} - remainder next week"}
DISC = {"FI": "Lasku {n}, käteisalennus 2 % vähennetty", "SE": "Faktura {n} kassarabatt 2% avdragen", "NO": "Faktura {n} - 2 % kontantrabatt trukket",
        "DK": "Faktura {n} kontantrabat 2% fratrukket", "EE": "arve nr {n}, 2% kassaallahindlus", "LV": "rēķins Nr. {n}, atlaide 2% par priekšapmaksu",
        "LT": "sąskaita {n}, 2% nuolaida už išankstinį mokėjimą", "GB": "Inv {n} less 2% settlement discount", "US": "Inv {n} less 2% early pay discount"}
CN = {"FI": "Lasku {n} - hyvityslasku {cn} {a} vähennetty", "SE": "Faktura {n} avgår kreditfaktura {cn} {a}", "NO": "Faktura {n} minus kreditnota {cn} kr {a}",
      "DK": "Faktura {n} modregnet kreditnota {cn} {a}", "EE": "arve nr {n} miinus kreeditarve {cn} {a}", "LV": "rēķins Nr. {n}, ieskaitīts kredītrēķins {cn} {a}",
      "LT": "sąskaita {n} atėmus kreditinę sąskaitą {cn} {a}", "GB": "Inv {n} net of credit note {cn} {a}", "US": "Inv {n} net of credit memo {cn} {a}"}
DMG = {"FI": "Lasku {n}. Vähennetty {a} kosteusvaurioiset OSB-levyt (reklamaatio)", "SE": "Faktura {n}, avdrag {a} för fuktskadade spånskivor",
       "NO": "Faktura {n}, trekk {a} for råteskadet kledning", "DK": "Faktura {n}: fradrag {a} for beskadigede krydsfinérplader",
       "EE": "arve nr {n}, kahjustatud voodrilauad -{a}", "LV": "rēķins Nr. {n}, ieturēts {a} par bojātiem dēļiem",
       "LT": "sąskaita {n}, išskaičiuota {a} už drėgmės pažeistas plokštes", "GB": "Inv {n} - deducted {a} for 14 split joists",
       "US": "Inv {n} - short {a}, 2 bundles studs missing on delivery"}
FRT = {"FI": "Lasku {n}, rahtia {a} ei sovittu - vähennetty", "SE": "Faktura {n} - frakt {a} ej avtalad, avdragen", "NO": "Faktura {n}, frakt {a} ikke avtalt",
       "DK": "Faktura {n}, fragt {a} ikke aftalt - fratrukket", "EE": "arve nr {n}, transport {a} ei olnud kokku lepitud",
       "LV": "rēķins Nr. {n}, piegāde {a} netika saskaņota", "LT": "sąskaita {n}, transportas {a} nesuderintas", "GB": "Inv {n} - haulage {a} not agreed, deducted",
       "US": "Inv {n} - freight {a} not agreed"}
PO = {"FI": "Tilausnro {p}", "SE": "Er beställning {p}", "NO": "Vår bestilling nr {p}", "DK": "Ordre nr. {p}", "EE": "tellimus nr {p}",
      "LV": "pasūtījums Nr. {p}", "LT": "užsakymas Nr. {p}", "GB": "Our PO {p}", "US": "PO# {p}"}
FACT = {"FI": "KASSAVIRTA RAHOITUS OY", "SE": "NORDFAKTOR FINANS AB", "NO": "FJORD FAKTURAKJOP AS", "DK": "DANSK FAKTURASERVICE A/S",
        "EE": "AS BALTI FAKTOORING", "LV": "SIA BALTIJAS FAKTORINGS", "LT": "UAB BALTIC FACTORING", "GB": "ALBION INVOICE FINANCE LTD", "US": "PRAIRIE FACTORS LLC"}
OBO = {"FI": "asiakkaamme {c} puolesta", "SE": "för {c} räkning", "NO": "på vegne av {c}", "DK": "på vegne af {c}", "EE": "kliendi {c} eest",
       "LV": "klienta {c} vārdā", "LT": "kliento {c} vardu", "GB": "on behalf of {c}", "US": "on behalf of {c}"}
LANG = {"FI": "fi", "SE": "sv", "NO": "nb", "DK": "da", "EE": "et", "LV": "lv", "LT": "lt", "GB": "en", "US": "en"}

# ---------------------------------------------------------------- payments
PLAN = (["exact_ref"] * 70 + ["struct_ref"] * 60 + ["typo_ref"] * 18 + ["amount_only"] * 20 + ["list"] * 28 + ["range"] * 8 +
        ["lump"] * 10 + ["part"] * 20 + ["short_disc"] * 10 + ["short_cn"] * 8 + ["short_dmg"] * 8 + ["overpay"] * 15 +
        ["second"] * 12 + ["unknown"] * 14 + ["nofit"] * 12 + ["factoring"] * 12 + ["po_lookalike"] * 8 + ["amb_dup"] * 10 +
        ["amb_refamt"] * 8 + ["amb_twin"] * 5 + ["amb_subset"] * 6 + ["fx_mismatch"] * 8 + ["bad"] * 8 + ["complete"] * 6)
R.shuffle(PLAN)
# keep dependent scenarios out of the first part of the file
for k, s in enumerate(PLAN[:40]):
    if s in ("second", "complete"):
        j = R.randrange(60, len(PLAN))
        PLAN[k], PLAN[j] = PLAN[j], PLAN[k]

payments, labels = [], []
paid_full = []      # (inv, amount, customer) fully paid earlier in the file
part_open = []      # invoices part-paid earlier in the file
used_for = {i["id"] for r in runs for i in r}
pday = date(2026, 3, 2)


def open_of(cid, cur=None):
    return [i for i in cust_inv[cid] if bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]


def unique_amt(inv):
    b = bal[inv["id"]]
    return sum(1 for j in open_of(inv["customer_id"]) if bal[j["id"]] == b) == 1 and not any(
        bal[x["id"]] + bal[y["id"]] == b for x in open_of(inv["customer_id"]) for y in open_of(inv["customer_id"]) if x["id"] < y["id"])


def pick(pred=lambda i: True, normal=True):
    pool = [i for i in invoices if bal[i["id"]] > 0 and i["id"] not in used_for and pred(i)
            and (not normal or (not CUST[i["customer_id"]].get("twin") and i["customer_id"] not in dup_customers + subset_customers))]
    inv = R.choice(pool)
    used_for.add(inv["id"])
    return inv


def payer(c, allow_null=True):
    cid = c["id"] if (not allow_null or R.random() < .7) else None
    return cid, bank_name(c)


def emit(scn, amount, cur, pname, cid, ref, rem, status, apps, unapp, short, cands, reason, note, cc, error=None, raw_amount=None):
    global pday
    if R.random() < .22:
        pday += timedelta(days=1)
        while pday.weekday() > 4:
            pday += timedelta(days=1)
    pid = f"p-{len(payments) + 1:04d}"
    payments.append({"id": pid, "date": pday.isoformat(), "amount": raw_amount if raw_amount is not None else S(amount), "currency": cur,
                     "payer_name": pname, "customer_id": cid, "reference": ref, "remittance": rem})
    for a in apps:
        bal[a[0]["id"]] -= D(a[1])
        assert bal[a[0]["id"]] >= 0
    lab = {"payment_id": pid, "status": status, "applications": [{"invoice_id": a[0]["id"], "amount": S(a[1])} for a in apps],
           "unapplied": S(unapp), "short_pay": short, "candidates": cands, "reason": reason, "scenario": scn,
           "note": f"[{scn}, {LANG.get(cc, 'xx')}] {note}", "lang": LANG.get(cc, "xx")}
    if error:
        lab["error"] = error
    labels.append(lab)


def applied_full(scn, inv, c, ref, rem, reason, note, pname=None, cid="auto"):
    amt = bal[inv["id"]]
    if cid == "auto":
        cid, pn = payer(c)
    else:
        pn = None
    emit(scn, amt, inv["currency"], pname or pn, cid, ref, rem, "applied", [(inv, amt)], 0, None, [], reason, note, c["cc"])
    paid_full.append((inv, amt, c))


for scn in PLAN:
    if scn == "exact_ref":
        inv = pick(); c = CUST[inv["customer_id"]]; w = WORD[c["cc"]]
        style = R.randrange(4)
        ref = [f"{w} {inv['number']}", inv["number"], f"{w.upper()} {inv['number']}", None][style]
        rem = None if style != 3 else f"{w} {inv['number']} / {money(bal[inv['id']], c['cc'])} {inv['currency']}"
        applied_full(scn, inv, c, ref, rem, f"invoice {inv['number']} named and exact balance", f"plain reference, exact balance {bal[inv['id']]}")
    elif scn == "struct_ref":
        inv = pick(lambda i: CUST[i["customer_id"]]["cc"] in ("FI", "NO", "SE", "DK", "EE", "LV", "LT")); c = CUST[inv["customer_id"]]
        ref, kind = struct_ref(inv, c["cc"])
        applied_full(scn, inv, c, ref, None, f"{kind} built on invoice number {inv['number']}, exact balance",
                     f"{kind} = invoice number {inv['number']} + check digit(s); no free text")
    elif scn == "typo_ref":
        inv = pick(lambda i: unique_amt(i)); c = CUST[inv["customer_id"]]
        n = inv["number"]
        for _ in range(50):
            k = R.randrange(len(n) - 1)
            t = n[:k] + n[k + 1] + n[k] + n[k + 2:] if R.random() < .6 else n[:k] + str((int(n[k]) + 1) % 10) + n[k + 1:]
            if t != n and t not in BYNUM:
                break
        emit(scn, bal[inv["id"]], inv["currency"], bank_name(c), c["id"], f"{WORD[c['cc']]} {t}", None, "applied", [(inv, bal[inv["id"]])], 0, None, [],
             f"reference {t} is no invoice; one digit from {n} of this customer with exact balance",
             f"typo {t} for {n}; customer id given; amount unique among open invoices", c["cc"])
        paid_full.append((inv, D(0), c))
    elif scn == "amount_only":
        inv = pick(lambda i: unique_amt(i)); c = CUST[inv["customer_id"]]
        emit(scn, bal[inv["id"]], inv["currency"], bank_name(c), c["id"], None, None, "applied", [(inv, bal[inv["id"]])], 0, None, [],
             "known customer, no reference, amount equals exactly one open invoice", "customer id given, amount unique, no subset matches", c["cc"])
        paid_full.append((inv, D(0), c))
    elif scn in ("list", "range", "lump"):
        if scn == "lump" and not [c for c in customers if not c.get("twin") and c["id"] not in dup_customers + subset_customers and c["id"] not in RUNC
                                  and 2 <= len(open_of(c["id"])) <= 6 and not any(i["id"] in used_for for i in open_of(c["id"]))]:
            scn = "list"
        c = CUST[runs[0][0]["customer_id"]] if scn == "range" else R.choice([c for c in customers if not c.get("twin") and c["id"] not in dup_customers + subset_customers
                      and 2 <= len([i for i in open_of(c["id"]) if i["id"] not in used_for]) and (scn != "lump" or (2 <= len(open_of(c["id"])) <= 6 and c["id"] not in RUNC and not any(i["id"] in used_for for i in open_of(c["id"]))))])
        op = sorted([i for i in open_of(c["id"]) if i["id"] not in used_for], key=lambda i: int(i["number"]))
        if scn == "lump":
            sel = op
            if len(set(i["id"] for i in open_of(c["id"]))) != len(op):
                sel = open_of(c["id"])
        elif scn == "range":
            sel = runs.pop(0)
        else:
            sel = R.sample(op, min(len(op), R.choice([2, 2, 3, 4])))
            sel.sort(key=lambda i: int(i["number"]))
        tot = sum(bal[i["id"]] for i in sel)
        nums = [i["number"] for i in sel]
        if scn == "list":
            sep = R.choice([", ", " ", "; ", " + "])
            rem = f"{PLUR[c['cc']]} {sep.join(nums)}"
            ref, why = (None, "remittance lists") if R.random() < .5 else (rem[:140], "reference lists")
            rem = rem if ref is None else None
            note = f"{len(sel)} invoices listed, sum {tot}"
        elif scn == "range":
            ref, rem, why = f"{PLUR[c['cc']]} {nums[0]}-{nums[-1]}", None, "range"
            inside = [i for i in invoices if nums[0] <= i["number"] <= nums[-1]]
            assert all(i["customer_id"] == c["id"] for i in inside), "range crosses customers"
            note = f"range {nums[0]}-{nums[-1]} covers exactly these open invoices of the customer, sum {tot}"
        else:
            ref, rem, why = R.choice([None, "SALDO", "Maksu / betalning", "konto saldo"]), None, "lump sum equals all open invoices"
            note = f"no invoice numbers; amount = all {len(sel)} open invoices of the customer"
        if scn == "range":
            # a gap number inside the range could belong to someone else; keep only if all inside are ours
            pass
        for i in sel: used_for.add(i["id"])
        emit(scn, tot, c["cur"], bank_name(c), c["id"] if scn == "lump" or R.random() < .7 else None, ref, rem, "applied",
             [(i, bal[i["id"]]) for i in sel], 0, None, [], f"{why} {' '.join(nums)}; sum matches", note, c["cc"])
        for i in sel: paid_full.append((i, D(0), c))
    elif scn == "part":
        inv = pick(lambda i: bal[i["id"]] > 500); c = CUST[inv["customer_id"]]
        amt = D(bal[inv["id"]] * Decimal(R.choice(["0.5", "0.3", "0.25", "0.6"])))
        amt = D(int(amt / 100) * 100) or D(100)
        txt = PART[c["cc"]].format(n=inv["number"])
        ref, rem = (txt, None) if R.random() < .5 else (inv["number"], txt)
        emit(scn, amt, inv["currency"], bank_name(c), c["id"] if R.random() < .8 else None, ref, rem, "partial", [(inv, amt)], 0, None, [],
             f"part payment of invoice {inv['number']} stated", f"stated part payment {amt} of balance {bal[inv['id']]}", c["cc"])
        part_open.append((inv, c))
    elif scn == "complete":
        inv, c = part_open.pop(0)
        amt = bal[inv["id"]]
        w = WORD[c["cc"]]
        emit(scn, amt, inv["currency"], bank_name(c), c["id"], f"{w} {inv['number']} loppuosa" if c["cc"] == "FI" else f"{w} {inv['number']} rest",
             None, "applied", [(inv, amt)], 0, None, [], f"remainder of invoice {inv['number']} after earlier part payment",
             f"earlier part payment in this file left exactly {amt}", c["cc"])
        paid_full.append((inv, amt, c))
    elif scn.startswith("short_"):
        inv = pick(lambda i: bal[i["id"]] > 800 and (scn != "short_disc" or CUST[i["customer_id"]]["cc"] in ("FI", "SE", "NO", "DK", "EE", "GB"))); c = CUST[inv["customer_id"]]
        b = bal[inv["id"]]
        if scn == "short_disc":
            ded = D(b * Decimal("0.02")); txt = DISC[c["cc"]].format(n=inv["number"]); why = "2% cash discount taken"
        elif scn == "short_cn":
            ded = D(b * Decimal(R.choice(["0.1", "0.15", "0.08"]))); cn = str(R.randint(9001000, 9009999))
            txt = CN[c["cc"]].format(n=inv["number"], cn=cn, a=money(ded, c["cc"])); why = f"credit note {cn} netted"
        else:
            ded = D(b * Decimal(R.choice(["0.12", "0.2", "0.05"])))
            if R.random() < .5:
                txt = DMG[c["cc"]].format(n=inv["number"], a=money(ded, c["cc"])); why = "damaged/missing goods deducted"
            else:
                txt = FRT[c["cc"]].format(n=inv["number"], a=money(ded, c["cc"])); why = "freight charge disputed"
        amt = b - ded
        ref, rem = (inv["number"], txt) if R.random() < .6 else (txt[:140], None)
        emit(scn, amt, inv["currency"], bank_name(c), c["id"] if R.random() < .8 else None, ref, rem, "partial", [(inv, amt)], 0,
             {"invoice_id": inv["id"], "amount": S(ded), "reason": why}, [], f"invoice {inv['number']} paid less {ded}: {why}",
             f"short by {ded} of {b}; reason stated in text", c["cc"])
    elif scn == "overpay":
        inv = pick(); c = CUST[inv["customer_id"]]
        extra = D(R.choice([Decimal(R.randint(1, 99)), bal[inv["id"]] * Decimal("0.1"), Decimal(R.randint(100, 900)) + Decimal("0.50")]))
        amt = bal[inv["id"]] + extra
        ref, _ = (f"{WORD[c['cc']]} {inv['number']}", 0) if R.random() < .6 else struct_ref(inv, c["cc"]) if c["cc"] not in ("GB", "US") else (inv["number"], 0)
        emit(scn, amt, inv["currency"], bank_name(c), c["id"], ref, None, "unapplied", [(inv, bal[inv["id"]])], extra, None, [],
             f"invoice {inv['number']} paid in full, {extra} over held on account", f"overpayment by {extra}", c["cc"])
        paid_full.append((inv, D(0), c))
    elif scn == "second":
        inv, _, c = paid_full.pop(R.randrange(len(paid_full)))
        amt = D(inv["balance"]) if D(inv["balance"]) > 0 else D(inv["total"])
        ref = f"{WORD[c['cc']]} {inv['number']}"
        emit(scn, amt, inv["currency"], bank_name(c), c["id"], ref, None, "unapplied", [], amt, None, [],
             f"invoice {inv['number']} already paid earlier in this file; held on account",
             f"duplicate payment of {inv['number']} (balance now 0)", c["cc"])
    elif scn == "unknown":
        nm, cc = R.choice([("HAKALA JUHANI", "FI"), ("M. KARLSSON", "SE"), ("OLE ANDREAS BREIVIK", "NO"), ("KUNDE 5550123", "DK"), ("PRIVAT PERSON", "SE"),
                           ("J JANSONS", "LV"), ("TIMBERLINE MOBILE HOMES", "US"), ("KORPELAN SAHA OY", "FI"), ("ERIK OG SØNN", "NO"), ("NORRLANDS TAK AB", "SE"),
                           ("VANAGAS ROMAS", "LT"), ("BALTIC TIMBER TRADE OU", "EE"), ("HVIDE SANDE TAG APS", "DK")])
        cur = CUR[cc]
        amt = D(Decimal(R.randint(5000, 900000)) / 100 * SCALE[cur])
        ref = R.choice([None, {"FI": "Ennakkomaksu mökkipaketti", "SE": "Betalning", "NO": "hyttepakke forskudd", "DK": "Indbetaling", "LV": "avanss",
                               "LT": "avansas", "EE": "ettemaks", "US": "Payment"}[cc], f"ref {R.randint(100000, 399999)}"])
        emit(scn, amt, cur, nm, None, ref, None, "review", [], amt, None, [], "payer not a customer, no invoice reference",
             "unknown payer: no customer id, name matches no customer, reference names no invoice", cc)
    elif scn == "nofit":
        c = R.choice([c for c in customers if not c.get("twin") and c["id"] not in dup_customers + subset_customers and open_of(c["id"])])
        op = open_of(c["id"])
        while True:
            amt = D(Decimal(R.randint(2000, 300000)) / 100 * SCALE[c["cur"]])
            if all(bal[i["id"]] != amt for i in op) and not any(bal[x["id"]] + bal[y["id"]] == amt for x in op for y in op):
                break
        emit(scn, amt, c["cur"], bank_name(c), c["id"], R.choice([None, "Ennakko", "a conto", "Förskott", "Forskudd", "Payment"]), None, "unapplied", [], amt, None, [],
             "known customer, amount fits no open invoice and no reference", "customer id given; no invoice or pair matches", c["cc"])
    elif scn == "factoring":
        inv = pick(); c = CUST[inv["customer_id"]]
        rem = f"{WORD[c['cc']]} {inv['number']}, {OBO[c['cc']].format(c=c['name'])}"
        emit(scn, bal[inv["id"]], inv["currency"], FACT[c["cc"]], None, inv["number"], rem, "applied", [(inv, bal[inv["id"]])], 0, None, [],
             f"factoring company pays invoice {inv['number']} for {c['name']}, exact balance", "third-party payer named in remittance", c["cc"])
        paid_full.append((inv, D(0), c))
    elif scn == "po_lookalike":
        inv = pick(lambda i: unique_amt(i)); c = CUST[inv["customer_id"]]
        other = R.choice([i for i in invoices if i["customer_id"] != c["id"] and bal[i["id"]] != bal[inv["id"]]])
        emit(scn, bal[inv["id"]], inv["currency"], bank_name(c), c["id"], PO[c["cc"]].format(p=other["number"]), None, "applied",
             [(inv, bal[inv["id"]])], 0, None, [], f"reference is the customer's order number; amount equals invoice {inv['number']} exactly",
             f"PO {other['number']} happens to equal invoice number of {other['customer_id']} (different amount); customer's unique exact amount wins", c["cc"])
        paid_full.append((inv, D(0), c))
    elif scn == "amb_dup":
        cid = dup_customers.pop(0); c = CUST[cid]
        a, b = cust_inv[cid][1], cust_inv[cid][3]
        assert bal[a["id"]] == bal[b["id"]] > 0
        emit(scn, bal[a["id"]], c["cur"], bank_name(c), cid, R.choice([None, "Maksu", "Betalning", "Betaling", "Payment"]), None, "review", [], bal[a["id"]], None,
             [[a["id"]], [b["id"]]], "two open invoices with this exact amount, no reference", f"{a['number']} and {b['number']} both {bal[a['id']]}", c["cc"])
        used_for.update([a["id"], b["id"]])
    elif scn == "amb_refamt":
        c = R.choice([c for c in customers if not c.get("twin") and c["id"] not in dup_customers + subset_customers
                      and len([i for i in open_of(c["id"]) if i["id"] not in used_for]) >= 2])
        x, y = R.sample([i for i in open_of(c["id"]) if i["id"] not in used_for], 2)
        if bal[x["id"]] == bal[y["id"]]:
            continue
        emit(scn, bal[y["id"]], c["cur"], bank_name(c), c["id"], f"{WORD[c['cc']]} {x['number']}", None, "review", [], bal[y["id"]], None,
             [[x["id"]], [y["id"]]], f"reference names {x['number']} but amount is exactly {y['number']}",
             f"ref {x['number']} (balance {bal[x['id']]}) vs exact amount of {y['number']}", c["cc"])
        used_for.update([x["id"], y["id"]])
    elif scn == "amb_twin":
        a, b = twin_pairs.pop(0)
        ca, cb = customers[a], customers[b]
        ia, ib = cust_inv[ca["id"]][0], cust_inv[cb["id"]][0]
        assert bal[ia["id"]] == bal[ib["id"]] > 0
        nm = strip(ca["base"]).upper()[:20]
        emit(scn, bal[ia["id"]], ca["cur"], nm, None, None, None, "review", [], bal[ia["id"]], None, [[x["id"]] for x in sorted([ia, ib], key=lambda v: (v["issue_date"], v["id"]))],
             "truncated payer name fits two customers, each with an invoice of this amount",
             f"'{nm}' could be {ca['name']} or {cb['name']}", ca["cc"])
    elif scn == "amb_subset":
        cid = subset_customers.pop(0); c = CUST[cid]
        x, y, z = cust_inv[cid][2], cust_inv[cid][4], cust_inv[cid][5]
        if not (bal[x["id"]] > 0 and bal[y["id"]] > 0 and bal[z["id"]] == bal[x["id"]] + bal[y["id"]]):
            raise SystemExit("subset broken")
        emit(scn, bal[z["id"]], c["cur"], bank_name(c), cid, None, None, "review", [], bal[z["id"]], None,
             [[z["id"]], sorted([x["id"], y["id"]])], f"amount equals {z['number']} and also {x['number']}+{y['number']}",
             "one invoice or two others; no reference", c["cc"])
        used_for.update([x["id"], y["id"], z["id"]])
    elif scn == "fx_mismatch":
        inv = pick(lambda i: i["currency"] != "EUR" or R.random() < .3); c = CUST[inv["customer_id"]]
        cur = "EUR" if inv["currency"] != "EUR" else R.choice(["SEK", "USD"])
        rate = {"SEK": Decimal("0.087"), "NOK": Decimal("0.085"), "DKK": Decimal("0.134"), "GBP": Decimal("1.17"), "USD": Decimal("0.92")}
        amt = D(bal[inv["id"]] * rate[inv["currency"]]) if cur == "EUR" else D(bal[inv["id"]] / (Decimal("0.087") if cur == "SEK" else Decimal("0.92")))
        emit(scn, amt, cur, bank_name(c), c["id"], f"{WORD[c['cc']]} {inv['number']}", None, "review", [], amt, None, [[inv["id"]]],
             f"invoice {inv['number']} is in {inv['currency']}, payment in {cur}", "currency differs from the referenced invoice; cannot apply across currencies", c["cc"])
    elif scn == "bad":
        inv = pick(); c = CUST[inv["customer_id"]]
        kind = R.choice(["neg", "zero", "text", "nocur", "comma"])
        raw = {"neg": "-" + S(bal[inv["id"]]), "zero": "0.00", "text": "n/a", "nocur": S(bal[inv["id"]]), "comma": money(bal[inv["id"]], c["cc"]).replace(" ", ".")}[kind]
        cur = None if kind == "nocur" else inv["currency"]
        err = {"neg": "negative amount (returned/reversed entry)", "zero": "zero amount", "text": "amount not a number", "nocur": "currency missing",
               "comma": "amount not a decimal string (locale-formatted)"}[kind]
        emit(scn, 0, cur, bank_name(c), c["id"], f"{WORD[c['cc']]} {inv['number']}", None, "review", [], 0, None, [], f"bad row: {err}",
             f"bad row ({kind}); nothing applied", c["cc"], error=err, raw_amount=raw)

json.dump(invoices, open("invoices.json", "w"), ensure_ascii=False, indent=1)
json.dump(payments, open("payments.json", "w"), ensure_ascii=False, indent=1)
json.dump(labels, open("labels.json", "w"), ensure_ascii=False, indent=1)
print(len(invoices), len(payments))

from collections import Counter
sc = Counter(l["scenario"] for l in labels); st = Counter(l["status"] for l in labels); lg = Counter(l["lang"] for l in labels)
cur = Counter(p["currency"] for p in payments)
md = ["# Blind cash-application ledger 292: Nordic & Baltic timber / building-board wholesaler", "",
      "Seller: a made-up sawn-timber, glulam, OSB/plywood and building-board wholesaler. Customers: builders' merchants, carpenters and "
      "prefab/log-house makers in FI, SE, NO, DK, EE, LV, LT plus a few GB/US. All names are invented.", "",
      "| file | content |", "|---|---|",
      f"| invoices.json | {len(invoices)} open invoices (contract fields) |",
      f"| payments.json | {len(payments)} payments, oldest first |",
      "| labels.json | one expected MATCHES entry per payment, same order, plus `scenario`, `note`, `lang`, and `error` on bad rows |",
      "| build.py / check.py | deterministic generator (seed 29217) / re-verifier |", "",
      "## Conventions", "",
      "- Payments are applied in file order; labels were generated by replaying balances.",
      "- `candidates` is a list of invoice-id lists (each an invoice set), best first: for ref-vs-amount conflicts the referenced invoice first; "
      "for duplicate amounts / twin payers the older one first; for subset ambiguity the single invoice first.",
      "- `review` entries apply nothing and carry `unapplied` = payment amount (so applications + unapplied = amount). Bad rows carry "
      "`unapplied` \"0.00\", no candidates, and an `error` string (the contract defines no error field; it is a label-side hint).",
      "- Structured references (Finnish viitenumero/RF, Norwegian KID, Swedish OCR, Danish FIK +71, Baltic RF) are the invoice number plus check digits; "
      "a clerk reading them identifies the invoice -> applied.",
      "- Short pays (cash discount, credit note netted, damaged goods, freight disputed) are `partial` with `short_pay` = the deducted amount and the stated reason. "
      "Stated part payments are `partial` with `short_pay` null.",
      "- Overpayment: full balance applied, rest `unapplied`. A second payment of an invoice already paid earlier in the file: `unapplied`, no applications.",
      "- Known customer, no usable reference, amount fits no invoice or pair: `unapplied`. Unknown payer without a usable reference: `review`, no candidates.",
      "- Payment currency different from the referenced invoice: `review` with that invoice as candidate.",
      "- A customer's own PO number that happens to equal another customer's invoice number, with an amount that exactly and uniquely matches one of the payer's invoices: `applied` to that invoice.", "",
      "## Counts", "", "| status | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(st.items())] + ["", "| scenario | n |", "|---|---|"] + \
     [f"| {k} | {v} |" for k, v in sorted(sc.items())] + ["", "| language of bank text | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(lg.items())] + \
     ["", "| payment currency | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cur.items(), key=lambda x: str(x[0]))] + ["",
      "## Deliberately hard", "",
      "- Check-digit references with no invoice word (viite grouped in fives, RF in fours, FIK `+71<...<+creditor<`).",
      "- One-digit typos/transpositions that hit no invoice; the amount decides.",
      "- Bank-truncated payer names with suffix moved (`OY PUUTALO...`, `SIA ...`, `UAB ...`), accents dropped; ~30% without customer_id.",
      "- Factoring companies paying for a customer; the customer is named only in the remittance.",
      "- PO numbers in the invoice-number range; twin customers with near-identical names and equal invoice amounts; x+y=z subsets; duplicate kit amounts.",
      "- Locale amounts in remittance (`1 234,50`), bad rows with negative/zero/text/locale-formatted amounts or missing currency.", ""]
open("README.md", "w").write("\n".join(md))
