#!/usr/bin/env python3
"""Blind cash-application ledger: Gulf/Egypt building-materials & steel distributor. stdlib only, fixed seed."""
import json, os, random
from datetime import date, timedelta
from decimal import Decimal as D

R = random.Random(276)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gulf_building_materials")
DP = {"AED": 2, "SAR": 2, "QAR": 2, "EGP": 2, "USD": 2, "OMR": 3, "KWD": 3, "BHD": 3}
def q(x, cur): return D(x).quantize(D(1).scaleb(-DP[cur]))
def s(x, cur): return str(q(x, cur))

COUNTRY = [("AE", "AED", "LLC"), ("AE", "AED", "FZE"), ("AE", "AED", "FZCO"), ("SA", "SAR", "Est."),
           ("SA", "SAR", "Trading Co."), ("QA", "QAR", "W.L.L."), ("OM", "OMR", "SPC"), ("OM", "OMR", "LLC"),
           ("KW", "KWD", "W.L.L."), ("BH", "BHD", "W.L.L."), ("EG", "EGP", "S.A.E."), ("AE", "USD", "FZE")]
FAM = ["Al Mansoori", "Al Hashimi", "El Sayed", "Al Qahtani", "Bin Sulaiman", "Al Noor", "Al Ghurair Al Sharqi",
       "Abdul Rahman Al Kaabi", "Mohammed Al Harbi", "Al Dosari", "El Masry", "Al Zahrani", "Al Balushi",
       "Al Kuwari", "Al Mutairi", "Al Khalifa Al Nasr", "Abdul Aziz Al Rashed", "Al Shamsi", "El Shazly",
       "Mohammed Saeed Al Ali", "Al Hajri", "Al Rumaithi", "Al Sabah Al Jadeed", "Al Otaibi", "Al Amri",
       "Abdul Karim El Gendy", "Al Marri", "Al Farsi", "Al Suwaidi", "Muhammad Hamdan", "Al Nuaimi",
       "Al Jaber", "El Naggar", "Al Hinai", "Al Sulaiti", "Al Muhairi", "Al Obaidli", "Al Enezi"]
BIZ = ["Building Materials Trading", "Steel & Rebar Trading", "General Contracting", "Real Estate Development",
       "Construction", "Building Materials", "Steel Industries", "Contracting & Maintenance",
       "Hardware & Tools Trading", "Developers", "Ready Mix & Blocks", "Engineering Contracting"]
ABBR = {"BUILDING": "BLDG", "MATERIALS": "MAT", "TRADING": "TRDG", "CONTRACTING": "CONT", "CONSTRUCTION": "CONSTR",
        "ENGINEERING": "ENGG", "DEVELOPMENT": "DEVT", "MAINTENANCE": "MAINT", "INDUSTRIES": "IND", "GENERAL": "GEN"}
SUFV = {"LLC": ["L.L.C", "LLC", "L L C"], "FZE": ["FZE", "F.Z.E"], "FZCO": ["FZCO", "FZ CO", "F.Z.CO"],
        "Est.": ["EST", "EST.", "ESTABLISHMENT"], "Trading Co.": ["TRDG CO", "TRADING COMPANY", "TRADING CO"],
        "W.L.L.": ["WLL", "W.L.L", "W L L"], "SPC": ["SPC", "S.P.C"], "S.A.E.": ["SAE", "S.A.E"]}

def variant(name, suffix, cut=35):
    n = name.replace(suffix, "").strip()
    reps = [("Mohammed", R.choice(["Mohamed", "Muhammad", "Mohd", "Mohammad"])),
            ("Muhammad", R.choice(["Mohammed", "Mohamed", "Md"])),
            ("Abdul ", R.choice(["Abd Al ", "Abdel ", "Abdul", "Abd El "])),
            ("Al ", R.choice(["Al-", "El ", "AL", "Al "])), ("El ", R.choice(["El-", "Al ", "EL"])),
            ("Noor", R.choice(["Nour", "Noor", "Nur"])), ("Mansoori", R.choice(["Mansouri", "Mansoori", "Mansuri"])),
            ("Sayed", R.choice(["Sayyed", "Said", "Sayed"])), ("Sulaiman", R.choice(["Suleiman", "Sulayman"]))]
    for a, b in reps:
        if a in n and R.random() < 0.7: n = n.replace(a, b)
    n = n.replace("&", R.choice(["AND", "&", ""])).upper()
    n = " ".join(ABBR.get(w, w) if R.random() < 0.6 else w for w in n.split())
    n = n + " " + R.choice(SUFV[suffix])
    return n[:cut].strip()

customers = []
used = set()
for i in range(130):
    ctry, cur, suf = COUNTRY[i % len(COUNTRY)]
    while True:
        base = f"{R.choice(FAM)} {R.choice(BIZ)}"
        nm = f"{base} {suf}"
        if base not in used: break
    used.add(base)
    customers.append({"id": f"C{3100 + i*7}", "name": nm, "cur": cur, "suf": suf, "ctry": ctry})
# parent groups: 8 parents, each with 2-3 subsidiaries in same currency
groups = []
for g in range(8):
    par = customers[g]
    subs = [c for c in customers[20:] if c["cur"] == par["cur"] and "parent" not in c][:0]
    pool = [c for c in customers[20:] if c["cur"] == par["cur"] and "parent" not in c]
    R.shuffle(pool)
    for c in pool[:2]:
        c["parent"] = par["id"]
    par["name"] = par["name"].replace(par["suf"], "").strip() + " Group Holding " + par["suf"]
    groups.append((par, pool[:2]))

inv_nums, invoices, inv_by_id = set(), [], {}
def new_number(consec=1):
    while True:
        st = R.randint(104000, 189990)
        if all(f"INV-{st+k}" not in inv_nums for k in range(consec)):
            return [f"INV-{st+k}" for k in range(consec)]
def new_inv(cust, amount, issue, number=None):
    cur = cust["cur"]
    number = number or new_number()[0]
    inv_nums.add(number)
    iid = f"i-{len(invoices)*3 + 20011}"
    terms = R.choice([30, 45, 60, 90])
    inv = {"id": iid, "number": number, "customer_id": cust["id"], "customer_name": cust["name"], "currency": cur,
           "total": s(amount, cur), "balance": s(amount, cur), "issue_date": issue.isoformat(),
           "due_date": (issue + timedelta(terms)).isoformat()}
    invoices.append(inv); inv_by_id[iid] = inv
    return inv
def rand_amt(cur):
    lo, hi = {"AED": (900, 480000), "SAR": (900, 450000), "QAR": (900, 420000), "EGP": (8000, 2500000),
              "USD": (400, 150000), "OMR": (90, 45000), "KWD": (70, 36000), "BHD": (90, 44000)}[cur]
    v = D(R.randint(lo * 100, hi * 100)) / 100
    if DP[cur] == 3: v = D(R.randint(lo * 1000, hi * 1000)) / 1000
    return q(v, cur)

START = date(2025, 3, 2)
def pdate(): return START + timedelta(R.randint(0, 118))
def issue_before(d): return d - timedelta(R.randint(20, 150))

RAILS = {"AED": "UAEFTS", "SAR": "SARIE", "QAR": "QATCH", "OMR": "OMR ACH", "KWD": "KASSIP", "BHD": "BHD FAWATEER",
         "EGP": "ACH EG", "USD": "SWIFT MT103"}
def tref(): return "FT" + str(R.randint(25000, 25199)) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
def narr(cur, body, cut=35):
    return (f"{RAILS[cur]}/{tref()}/{body}")[:cut + len(RAILS[cur]) + 10]

AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
payments, labels = [], []
def add(cust, d, amount, ref, rem, status, apps, unapplied, scenario, note, lang="en", payer=None, cid="auto",
        short=None, cands=None, cur=None, error=None, raw_amount=None):
    cur = cur or cust["cur"]
    if cid == "auto": cid = cust["id"] if R.random() < 0.55 else None
    p = {"id": None, "date": d.isoformat() if isinstance(d, date) else d,
         "amount": raw_amount if raw_amount is not None else s(amount, cur), "currency": cur,
         "payer_name": payer if payer is not None else variant(cust["name"], cust["suf"]),
         "customer_id": cid, "reference": ref, "remittance": rem}
    lab = {"payment_id": None, "status": status,
           "applications": [{"invoice_id": i, "amount": s(a, inv_by_id[i]["currency"])} for i, a in apps],
           "unapplied": unapplied if isinstance(unapplied, str) else s(unapplied, cur),
           "short_pay": short, "candidates": cands or [], "reason": note, "scenario": scenario, "note": note,
           "lang": lang}
    if error: lab["error"] = error
    if any("\u0600" <= ch <= "\u06ff" for ch in (rem or "")): lab["lang"] = "ar"
    lab["_d"] = d.isoformat()
    payments.append(p); labels.append(lab)
    return p, lab

def pick(cur=None, nogroup=False):
    while True:
        c = R.choice(customers[8:])
        if (cur is None or c["cur"] == cur) and not c.get("dedicated"): return c

def zero(cur): return s(0, cur)
def rem_en(nums): return R.choice(["Payment against invoice(s) ", "Settlement of inv ", "Being payment for ",
                                   "Pls apply to our a/c: invoices "]) + ", ".join(nums)
def rem_ar(nums, digits=False):
    ns = [n.translate(AR_DIG) if digits else n for n in nums]
    return R.choice(["سداد الفواتير رقم ", "دفعة مقابل فاتورة رقم ", "تحويل بنكي سداد فاتورة "]) + " و ".join(ns)

# 1 exact reference (incl. PDC cheques, USD traders, 3-dp currencies)
for k in range(70):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    lang = "ar" if k % 4 == 0 else "en"
    if k % 7 == 0:
        ref = f"CHQ {R.randint(100000,999999)} PDC DTD {d.strftime('%d/%m/%Y')}"
        rem = rem_ar([inv["number"]]) if lang == "ar" else f"Post-dated cheque cleared, covering {inv['number']}"
        sc = "pdc_cheque"
    else:
        ref = narr(c["cur"], inv["number"] + " " + R.choice(["PAYMENT", "SUPPLY STEEL", "REBAR DELIVERY", "INV PMT"]))
        rem = (rem_ar([inv["number"]]) if lang == "ar" else rem_en([inv["number"]])) if R.random() < 0.5 else None
        sc = "exact_ref"
    add(c, d, amt, ref, rem, "applied", [(inv["id"], amt)], zero(c["cur"]), sc,
        f"reference {inv['number']} and exact balance", lang)
    if k < 16:  # second payment of the same invoice later (duplicate transfer)
        d2 = d + timedelta(R.randint(3, 20))
        add(c, d2, amt, narr(c["cur"], inv["number"] + " PAYMENT"), None, "unapplied", [], s(amt, c["cur"]),
            "second_payment", f"{inv['number']} was already paid in full by an earlier payment; duplicate held unapplied")

# 2 reference in odd format / Arabic digits / number without prefix
for k in range(30):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    dig = inv["number"][4:]
    if k % 3 == 0:
        ref, rem, lang = narr(c["cur"], "SUPPLIER PMT"), rem_ar([dig], digits=True), "ar"
    elif k % 3 == 1:
        ref, rem, lang = narr(c["cur"], f"INV{dig}/RFB"), None, "en"
    else:
        ref, rem, lang = f"/RFB/INV NO {dig}", "Inv no. " + dig + " - steel supply " + R.choice(["Phase 2", "Tower B", "villa project"]), "en"
    add(c, d, amt, ref, rem, "applied", [(inv["id"], amt)], zero(c["cur"]), "ref_format",
        f"invoice {inv['number']} written as {dig} (format variant), exact balance", lang)

# 3 typo in reference, amount confirms
for k in range(20):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    dg = list(inv["number"][4:])
    while True:
        i = R.randint(0, 4); t = dg[:]; t[i], t[i+1] = t[i+1], t[i]
        typo = "INV-" + "".join(t)
        if typo != inv["number"] and typo not in inv_nums: break
    inv_nums.add(typo)  # reserve so no real invoice gets it
    add(c, d, amt, narr(c["cur"], typo + " PAYMENT"), None, "applied", [(inv["id"], amt)], zero(c["cur"]), "typo_ref",
        f"reference {typo} is a transposition of {inv['number']}; exact balance of that invoice", "en", cid=c["id"])

# 4 lists and ranges
for k in range(34):
    c = pick(); d = pdate(); n = R.randint(2, 5)
    rng = k % 3 == 0
    nums = new_number(n) if rng else [None] * n
    invs = [new_inv(c, rand_amt(c["cur"]), issue_before(d), nums[j]) for j in range(n)]
    tot = sum(D(i["balance"]) for i in invs)
    lang = "ar" if k % 4 == 1 else "en"
    if rng:
        a, b = invs[0]["number"], invs[-1]["number"]
        txt = f"{a} - {b[4:]}" if k % 2 else f"{a} TO {b}"
        ref = narr(c["cur"], "INVS " + txt); rem = (f"سداد الفواتير من {a} إلى {b}" if lang == "ar" else f"Invoices {a} to {b} inclusive")
        sc, note = "range_ref", f"range {a}..{b} ({n} invoices), sum equals payment"
    else:
        ref = narr(c["cur"], "MULTIPLE INVOICES SEE ADVICE")
        rem = rem_ar([i["number"] for i in invs]) if lang == "ar" else rem_en([i["number"] for i in invs])
        sc, note = "list_ref", f"remittance lists {n} invoices, sum equals payment"
    add(c, d, tot, ref, rem, "applied", [(i["id"], D(i["balance"])) for i in invs], zero(c["cur"]), sc, note, lang)

# 5 part payments, and later the remainder
for k in range(24):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    part = q(amt * D(R.choice(["0.25", "0.3", "0.4", "0.5", "0.6"])), c["cur"])
    lang = "ar" if k % 3 == 0 else "en"
    rem = (f"دفعة جزئية من الفاتورة {inv['number']} والباقي لاحقا" if lang == "ar"
           else f"Part payment {R.choice(['1st instalment', 'on account', 'as agreed'])} against {inv['number']}, balance to follow")
    add(c, d, part, narr(c["cur"], inv["number"] + " PART"), rem, "partial", [(inv["id"], part)], zero(c["cur"]),
        "part_payment", f"part payment of {inv['number']}; invoice left open on purpose", lang)
    if k < 12:
        rest = amt - part
        add(c, d + timedelta(R.randint(5, 25)), rest, narr(c["cur"], inv["number"] + " BAL"),
            f"Final settlement {inv['number']}" if lang == "en" else f"سداد الرصيد المتبقي للفاتورة {inv['number']}",
            "applied", [(inv["id"], rest)], zero(c["cur"]), "balance_after_partial",
            f"pays the remaining balance of {inv['number']} after an earlier part payment", lang)

# 6 short pays with reasons
SHORT = [("retention", "0.10", "less 10% retention as per contract", "مخصوم 10% محتجزات ضمان حسب العقد"),
         ("retention", "0.05", "5% retention withheld", "خصم 5% محتجزات"),
         ("withholding_tax", "0.05", "net of 5% WHT deducted", "بعد خصم ضريبة الاستقطاع 5%"),
         ("vat_withheld", "0.05", "VAT 5% not paid - TRN missing on invoice", "لم يتم سداد ضريبة القيمة المضافة لعدم وجود الرقم الضريبي"),
         ("damaged_goods", None, "deducted {x} for damaged rebar bundles rejected on site", "خصم {x} قيمة حديد تالف مرفوض بالموقع"),
         ("price_difference", None, "deducted {x} price difference vs PO rate", "خصم {x} فرق سعر عن أمر الشراء")]
for k in range(28):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    code, pct, en, ar = SHORT[k % len(SHORT)]
    ded = q(amt * D(pct), c["cur"]) if pct else q(amt * D(R.randint(2, 12)) / 100, c["cur"])
    lang = "ar" if k % 3 == 2 else "en"
    txt = (ar if lang == "ar" else en).replace("{x}", s(ded, c["cur"]))
    rem = f"{inv['number']}: {txt}" if lang == "en" else f"فاتورة {inv['number']}: {txt}"
    add(c, d, amt - ded, narr(c["cur"], inv["number"]), rem, "partial", [(inv["id"], amt - ded)], zero(c["cur"]),
        "short_pay", f"short pay of {s(ded, c['cur'])} on {inv['number']}: {code}", lang,
        short={"invoice_id": inv["id"], "amount": s(ded, c["cur"]), "reason": code})

# 7 overpayments
for k in range(16):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    extra = q(amt * D(R.randint(1, 30)) / 100, c["cur"])
    add(c, d, amt + extra, narr(c["cur"], inv["number"]), R.choice([None, f"Payment for {inv['number']}", "دفعة مقدمة + سداد " + inv["number"]]),
        "unapplied", [(inv["id"], amt)], s(extra, c["cur"]), "overpayment",
        f"{inv['number']} paid in full, excess {s(extra, c['cur'])} held unapplied")

# 8 parent group pays for subsidiaries
for k in range(20):
    par, subs = groups[k % len(groups)]; d = pdate()
    invs = [new_inv(sc_, rand_amt(sc_["cur"]), issue_before(d)) for sc_ in subs for _ in range(R.randint(1, 2))]
    tot = sum(D(i["balance"]) for i in invs)
    lang = "ar" if k % 3 == 0 else "en"
    lines = "; ".join(f"{i['number']} ({i['customer_name']})" for i in invs)
    rem = (f"سداد نيابة عن الشركات التابعة: {lines}" if lang == "ar" else f"Group treasury payment on behalf of subsidiaries: {lines}")
    add(par, d, tot, narr(par["cur"], "GROUP PMT SUBSIDIARIES"), rem, "applied",
        [(i["id"], D(i["balance"])) for i in invs], zero(par["cur"]), "parent_pays",
        f"parent {par['name']} pays {len(invs)} subsidiary invoices named in remittance", lang, cid=par["id"] if k % 2 else None)

# 9 payer name variant only, cut reference, exact unique amount
for k in range(22):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    cutn = inv["number"][:R.randint(6, 8)]
    ref = narr(c["cur"], "PAYMENT " + R.choice(["STEEL", "BLOCKS", "CEMENT"]) + " " + cutn)[:36]
    add(c, d, amt, ref, None, "applied", [(inv["id"], amt)], zero(c["cur"]), "name_variant_cut_ref",
        f"payer is a transliteration of {c['name']}; cut reference {cutn}; only open invoice of exactly {s(amt, c['cur'])}",
        "en", cid=None)
    c.setdefault("amtsens", []).append(len(payments) - 1)

# 10 known customer, no reference, unique exact amount
for k in range(16):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    add(c, d, amt, narr(c["cur"], R.choice(["SUPPLIER PAYMENT", "TRF", "PAYMENT", "/BNF/PMT"])), None, "applied",
        [(inv["id"], amt)], zero(c["cur"]), "amount_only", f"no reference; {inv['number']} is the customer's only open invoice of this amount",
        "en", cid=c["id"])

# 11 ambiguous: same amount on several invoices of the customer
for k in range(18):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); n = 2 + (k % 4 == 0)
    invs = sorted([new_inv(c, amt, issue_before(d)) for _ in range(n)], key=lambda i: (i["due_date"], i["id"]))
    lang = "ar" if k % 3 == 0 else "en"
    rem = R.choice([None, "Monthly supply payment", "سداد توريد الشهر"]) if lang == "en" else "سداد دفعة توريد حديد"
    add(c, d, amt, narr(c["cur"], "PAYMENT"), rem, "review", [], s(amt, c["cur"]), "ambiguous_same_amount",
        f"{n} open invoices of exactly {s(amt, c['cur'])}, nothing says which; oldest due first", lang,
        cid=c["id"], cands=[[i["id"]] for i in invs])

# 12 PO number that looks like an invoice number
for k in range(12):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    other = pick(); decoy = new_inv(other, rand_amt(other["cur"]) + 1, issue_before(d))
    if other["id"] == c["id"] or other["cur"] == c["cur"]:
        other = next(x for x in customers[8:] if x["cur"] != c["cur"]); decoy["customer_id"] = other["id"]
        decoy["customer_name"] = other["name"]; decoy["currency"] = other["cur"]
        decoy["total"] = decoy["balance"] = s(rand_amt(other["cur"]), other["cur"])
    po = decoy["number"][4:]
    add(c, d, amt, narr(c["cur"], f"PO {po}"), f"Our PO No. {po} / LPO-{po} - payment for delivered steel", "applied",
        [(inv["id"], amt)], zero(c["cur"]), "po_lookalike",
        f"PO {po} equals the digits of {decoy['number']} of another customer in {decoy['currency']}; amount matches {inv['number']}",
        "en", cid=c["id"])

# 13 paid in a different currency than the invoice
for k in range(14):
    c = pick(R.choice(["AED", "SAR", "QAR", "EGP", "KWD", "OMR"])); d = pdate(); amt = rand_amt(c["cur"])
    inv = new_inv(c, amt, issue_before(d))
    rate = {"AED": "0.2723", "SAR": "0.2666", "QAR": "0.2747", "EGP": "0.0198", "KWD": "3.2520", "OMR": "2.5970"}[c["cur"]]
    usd = q(amt * D(rate), "USD")
    add(c, d, usd, narr("USD", inv["number"] + " USD EQUIV"), f"USD equivalent of {inv['number']}", "review", [],
        s(usd, "USD"), "other_currency", f"pays {inv['number']} ({c['cur']}) in USD; no same-currency invoice to apply to",
        "en", cid=c["id"], cur="USD", cands=[[inv["id"]]])

# 14 unknown payers
UNK = ["GLOBAL TRADE SOLUTIONS FZ", "M/S HORIZON INFRA PROJ", "PETRA STONE IMPORTS", "NILE DELTA CERAMICS",
       "AL WAHA SHIPPING AGENCY", "SAQR MARINE SERVICES", "ZENITH PROPERTY MGMT", "CASH DEPOSIT CDM 0443",
       "BLUE GULF LOGISTICS", "MR. RAMI HADDAD", "SHEIKH ZAYED RD BRANCH", "ORIENT FACADES SYSTEMS"]
for k in range(18):
    cur = R.choice(list(DP)); d = pdate(); amt = rand_amt(cur)
    add(None or customers[0], d, amt, R.choice([None, narr(cur, "PAYMENT"), "CASH DEP", "TRF FROM CLIENT"]),
        R.choice([None, None, "تحويل", "As per our discussion"]), "review", [], s(amt, cur), "unknown_payer",
        "payer not a known customer, no invoice reference, amount fits no open invoice", "en",
        payer=UNK[k % len(UNK)], cid=None, cur=cur)

# 15 known customer, amount fits nothing -> unapplied on account
for k in range(12):
    c = pick(); d = pdate()
    for _ in range(2): new_inv(c, rand_amt(c["cur"]), issue_before(d))
    amt = q(D(R.randint(5, 60)) * 1000, c["cur"])
    rem = R.choice(["Advance payment for next rebar order", "دفعة مقدمة لطلبية الأسمنت القادمة", None, "On account"])
    add(c, d, amt, narr(c["cur"], "ADVANCE"), rem, "unapplied", [], s(amt, c["cur"]), "known_no_fit",
        "known customer, no reference, amount fits no open invoice or combination; held on account",
        "ar" if rem and rem.startswith("د") else "en", cid=c["id"])

# 16 lump sum = whole statement (dedicated customers with no other invoices)
usedc = {i["customer_id"] for i in invoices} | {g[0]["id"] for g in groups}
free = [c for c in customers if c["id"] not in usedc and "parent" not in c]
for c in free: c["dedicated"] = True
for k in range(min(8, len(free) // 2)):
    c = free[k]; d = pdate(); n = R.randint(3, 6)
    invs = [new_inv(c, rand_amt(c["cur"]), issue_before(d)) for _ in range(n)]
    tot = sum(D(i["balance"]) for i in invs)
    rem = R.choice([f"Full settlement of statement of account as at {d.strftime('%d/%m/%Y')}",
                    "تسوية كامل رصيد كشف الحساب"])
    add(c, d, tot, narr(c["cur"], "SOA SETTLEMENT"), rem, "applied", [(i["id"], D(i["balance"])) for i in invs],
        zero(c["cur"]), "lump_sum_statement", f"lump sum equals all {n} open invoices of the account",
        "ar" if rem.startswith("ت") else "en", cid=c["id"] if k % 2 else None)
# 17 lump sum with two possible subsets -> review
for k in range(min(6, len(free) - 8)):
    c = free[8 + k]; d = pdate()
    a, b = rand_amt(c["cur"]), rand_amt(c["cur"])
    ia, ib = new_inv(c, a, issue_before(d)), new_inv(c, b, issue_before(d))
    ic = new_inv(c, a + b, issue_before(d)); new_inv(c, rand_amt(c["cur"]), issue_before(d))
    add(c, d, a + b, narr(c["cur"], "PAYMENT"), None, "review", [], s(a + b, c["cur"]), "ambiguous_lump",
        f"amount equals {ic['number']} alone and also {ia['number']}+{ib['number']}", "en", cid=c["id"],
        cands=[[ic["id"]], [ia["id"], ib["id"]]])

# 18 unexplained small short -> review
for k in range(8):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    gap = q(D(R.choice(["35", "52.5", "75", "105", "18"])), c["cur"])
    add(c, d, amt - gap, narr(c["cur"], inv["number"]), None, "review", [], s(amt - gap, c["cur"]),
        "unexplained_short", f"references {inv['number']} but {s(gap, c['cur'])} short with no reason (bank charges? deduction?)",
        "en", cid=c["id"], cands=[[inv["id"]]])

# 19 bad rows
BAD = [("amount", "-4500.00", "invalid_amount"), ("amount", "0.00", "invalid_amount"), ("amount", "12,500.00", "invalid_amount"),
       ("amount", "", "invalid_amount"), ("currency", "DHS", "invalid_currency"), ("currency", "", "invalid_currency"),
       ("date", "2025-02-30", "invalid_date"), ("date", "15/04/2025", "invalid_date"), ("amount", "1250.5.00", "invalid_amount"),
       ("currency", "SR", "invalid_currency"), ("amount", "AED 3400", "invalid_amount"), ("date", None, "invalid_date")]
for k, (field, val, err) in enumerate(BAD):
    c = pick(); d = pdate(); amt = rand_amt(c["cur"]); inv = new_inv(c, amt, issue_before(d))
    p, lab = add(c, d, amt, narr(c["cur"], inv["number"]), None, "review", [], "0.00", "bad_row",
                 f"bad row: {field} {val!r} cannot be used", "en", cid=c["id"], error=err)
    p[field] = val

# filler open invoices (never paid)
target = 1500
nondedic = [c for c in customers if not c.get("dedicated")]
while len(invoices) < target:
    c = R.choice(nondedic)
    new_inv(c, rand_amt(c["cur"]), date(2025, 3, 2) - timedelta(R.randint(-100, 200)))

# order payments oldest first (stable), assign ids
order = sorted(range(len(payments)), key=lambda i: (labels[i]["_d"] if "_d" in labels[i] else "", i))
payments = [payments[i] for i in order]; labels = [labels[i] for i in order]
for n, (p, l) in enumerate(zip(payments, labels), 1):
    p["id"] = l["payment_id"] = f"p-{n:03d}"
    del l["_d"]
invoices.sort(key=lambda i: (i["issue_date"], i["id"]))
json.dump(invoices, open(os.path.join(OUT, "invoices.json"), "w"), ensure_ascii=False, indent=1)
json.dump(payments, open(os.path.join(OUT, "payments.json"), "w"), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)

from collections import Counter
sc = Counter(l["scenario"] for l in labels); st = Counter(l["status"] for l in labels)
lg = Counter(l["lang"] for l in labels); cu = Counter(p["currency"] for p in payments); ic = Counter(i["currency"] for i in invoices)
def tbl(cn): return "\n".join(f"| {k!s} | {v} |" for k, v in sorted(cn.items(), key=lambda x: str(x[0])))
README = f"""# Blind cash-application ledger: Gulf & Egypt building materials / steel distributor

Theme: a distributor of rebar, structural steel, cement, blocks and hardware selling to contractors, developers
and traders in the UAE, KSA, Qatar, Oman, Kuwait, Bahrain and Egypt. All names are invented. Generated by
`../build.py` (seed 276, stdlib only); verified by `../check.py`.

## Files
| file | content |
|---|---|
| invoices.json | {len(invoices)} open invoices (contract fields) |
| payments.json | {len(payments)} payments, oldest first |
| labels.json | one expected MATCHES.json entry per payment, same order, plus `scenario`, `note`, `lang`, and `error` on bad rows |

## Label conventions
- Amounts are decimal strings with the currency's decimals (KWD/OMR/BHD 3, others 2).
- `review`: nothing applied, `unapplied` = the whole payment (so applications + unapplied = payment), `candidates` is
  a list of invoice-id lists, best first (same-amount ties: oldest due date first; lump sums: single invoice first).
- Bad rows (unparseable/negative/zero amount, unknown currency code such as `DHS`/`SR`, impossible or non-ISO date):
  `review`, no candidates, `unapplied` "0.00", `error` one of invalid_amount / invalid_currency / invalid_date.
  `12,500.00` is counted as a bad amount (contract: decimal strings).
- Short pays: `partial` with `short_pay.amount` = the deduction and `short_pay.reason` a code
  (retention, withholding_tax, vat_withheld, damaged_goods, price_difference). Part payments (instalment / on
  account, no deduction reason): `partial`, `short_pay` null. A few cents-to-hundreds short with no reason: `review`.
- Overpayment: `unapplied` with the invoice applied and the excess unapplied. A second payment of a fully paid invoice:
  `unapplied`, whole amount. Known customer whose amount fits nothing (incl. advances): `unapplied`.
- A payment in USD for an AED/SAR/... invoice: `review` with that invoice as candidate (no cross-currency application).
- Parent group paying subsidiaries' invoices named in the remittance: `applied` to the subsidiaries' invoices.
- A known payer (by id or a transliterated / truncated bank name) with no usable reference is applied only when exactly one
  open invoice of that customer has exactly that balance at that moment.
- `reason` mirrors `note` (free text, not meant to be compared).

## Counts
Per scenario:
| scenario | n |
|---|---|
{tbl(sc)}

Per status:
| status | n |
|---|---|
{tbl(st)}

Per remittance language (lang of the remittance/narrative):
| lang | n |
|---|---|
{tbl(lg)}

Payments per currency:
| currency | n |
|---|---|
{tbl(cu)}

Invoices per currency:
| currency | n |
|---|---|
{tbl(ic)}

## Deliberately hard
- Bank payer names are upper-cased, abbreviated (BLDG MAT TRDG, CONT, ENGG), transliterated differently from the
  invoice name (Al/El/Al-/AL joined, Mohammed/Mohamed/Muhammad/Mohd, Abdul/Abd Al/Abdel, Noor/Nour/Nur) and cut at 35 characters;
  legal suffixes vary (L.L.C / W L L / F.Z.E / EST / TRDG CO ...). `customer_id` is null on roughly half the rows.
- Narratives `RAIL/FTxxxxx/...` are cut; some carry only the first digits of the invoice number.
- Arabic remittances, some with Arabic-Indic digits (e.g. ١٠٤٥٢٣) and invoice numbers without the INV- prefix.
- Digit transpositions in references (amount confirms the real invoice); PO numbers whose digits equal another
  customer's invoice number in another currency.
- Ranges written `INV-a TO INV-b` or `INV-a - b`; post-dated cheques; later payments that only fit what earlier payments left open
  (remainder after a part payment, duplicate transfers).
- 3-decimal currencies throughout; same-amount monthly invoices; a lump sum equal to one invoice and to a pair.
"""
open(os.path.join(OUT, "README.md"), "w").write(README)
print(len(invoices), len(payments), dict(st))
