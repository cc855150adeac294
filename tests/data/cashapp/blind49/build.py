#!/usr/bin/env python3
"""Blind held-out cash-application set: ledger_retaildeduct.

Deterministic, stdlib only.  `python3 build.py` rewrites every data file and README.md.
Stage 1: customers, number pools, money helpers.
"""
import json, os, random, calendar
from datetime import date, timedelta
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "ledger_retaildeduct")
SEED = 160_2026_0820
rng = random.Random(SEED)

# ---------------------------------------------------------------- money
def fmt(c):
    assert c >= 0
    return "%d.%02d" % (c // 100, c % 100)

def fmt_us(c):          # 12,345.67
    return "{:,}".format(c // 100) + ".%02d" % (c % 100)

def fmt_fr(c):          # 12 345,67
    return "{:,}".format(c // 100).replace(",", " ") + ",%02d" % (c % 100)

# ---------------------------------------------------------------- customers
US_HEADS = ["Bigmart", "ValuePlus", "Northfield", "Harvest Lane", "Great Plains", "Sunbelt", "Coastal",
            "Keystone", "Prairie", "Liberty", "Evergreen", "Summit", "Redwood", "Blue Ridge", "Lakeshore",
            "Heartland", "Pioneer", "Golden State", "Magnolia", "Granite", "Tri-County", "Midwest",
            "Riverbend", "Bayside", "Allegheny", "Cascade", "Desert Sun", "Frontier", "Hometown", "Capitol",
            "Ozark", "Gulf Coast", "Piedmont", "Twin Cities", "Empire", "Lone Star", "Mountain West",
            "Chesapeake", "Sierra", "Patriot", "Crossroads", "Savannah", "Buckeye", "Hoosier", "Badger",
            "Pacific Rim", "Atlantic", "Copper State", "Sooner", "Bluegrass"]
US_TAILS = ["Stores Inc", "Supermarkets LLC", "Grocery Co", "Foods Distribution Inc", "Wholesale Club Inc",
            "Drug Stores Inc", "Home Centers LLC", "Market Inc", "Food Service Corp", "Dollar Stores Inc",
            "Distributors LLC", "Retail Group Inc", "Fresh Markets LLC", "Pharmacy Inc", "Supply Co"]
CA_HEADS = ["Maple Leaf", "Northern", "Laurentian", "Fraser Valley", "Great Lakes", "Okanagan", "Prairie Sky",
            "Atlantic Maritime", "Rideau", "Niagara", "Boreal", "Muskoka", "Chinook", "Bay of Fundy",
            "Kootenay", "Red River", "Georgian Bay", "Saskatoon", "Halifax Harbour", "Yukon"]
CA_TAILS = ["Grocers Ltd", "Foods Inc", "Drug Mart Ltd", "Wholesale Ltd", "Distribution Inc", "Retail Ltd",
            "Co-operative Ltd", "Pharmacies Inc", "Supermarkets Ltd", "Home Stores Ltd"]
QC_NAMES = ["Épiceries Laurentides Inc", "Distribution Alimentaire Beauce Inc", "Marchés Saint-Laurent Ltée",
            "Pharmacies Côte-Nord Inc", "Supermarché Gaspésie Ltée", "Alimentation Chaudière Inc",
            "Dépanneurs Mauricie Inc", "Coopérative Agricole Estrie", "Magasins Richelieu Ltée",
            "Épicerie Fine Outaouais Inc", "Grossiste Saguenay Inc", "Marché Frais Lanaudière Inc"]
# pairs sharing the first 16+ characters (bank truncation makes them identical)
TWIN_NAME_PAIRS = [("Sunrise Foods Company Inc", "Sunrise Foods Company of Ohio LLC"),
                   ("Northstar Grocery Co", "Northstar Grocery Wholesale Inc"),
                   ("Family Value Stores Inc", "Family Value Stores of Texas LLC"),
                   ("Green Valley Market Inc", "Green Valley Markets Ontario Ltd"),
                   ("Shop Quick Convenience Inc", "Shop Quick Convenience West LLC"),
                   ("Central Drug Mart Inc", "Central Drug Mart Canada Ltd"),
                   ("United Grocers Supply Co", "United Grocers Supply Cooperative"),
                   ("Hilltop Food Centers Inc", "Hilltop Food Centers Nova Scotia Ltd")]

def strip_accents(s):
    tr = str.maketrans("ÉÈÊËéèêëÀÂàâÔôÎîÏïÇçÛûÙù", "EEEEeeeeAAaaOoIiIiCcUuUu")
    return s.translate(tr)

def bank_name(name, width):
    s = strip_accents(name).upper().replace(",", "").replace(".", "").replace("'", "")
    return s[:width].rstrip()

used_cids = set()
def new_cid():
    while True:
        c = "CUST-%06d" % rng.randrange(100000, 999999)
        if c not in used_cids:
            used_cids.add(c)
            return c

customers = []   # dict(id,name,country,currencies,terms,reserved,lang)
def add_customer(name, country, currencies, lang="en"):
    c = {"id": new_cid(), "name": name, "country": country, "currencies": currencies,
         "terms": rng.choice([30, 30, 45, 60, 60, 90]) if country == "US" else rng.choice([30, 45, 60]),
         "reserved": False, "lang": lang, "po_style": rng.choice(["sap", "num8", "alpha", "num10"])}
    customers.append(c)
    return c

def build_customers():
    names = set()
    for a, b in TWIN_NAME_PAIRS:
        ca = "Ontario" in b or "Canada" in b or "Nova Scotia" in b
        assert bank_name(a, 16) == bank_name(b, 16), (a, b)
        add_customer(a, "US", ["USD"])["twin"] = True
        add_customer(b, "CA" if ca else "US", ["CAD", "USD"] if ca else ["USD"])["twin"] = True
        names.update([a, b])
    for n in QC_NAMES:
        add_customer(n, "CA", ["CAD"], lang="fr")
        names.add(n)
    while len(customers) < 300:
        if rng.random() < 0.30:
            n = rng.choice(CA_HEADS) + " " + rng.choice(CA_TAILS)
            if n in names:
                continue
            cur = ["CAD"] if rng.random() < 0.8 else ["CAD", "USD"]
            add_customer(n, "CA", cur)
        else:
            n = rng.choice(US_HEADS) + " " + rng.choice(US_TAILS)
            if n in names:
                continue
            cur = ["USD"] if rng.random() < 0.95 else ["USD", "CAD"]
            add_customer(n, "US", cur)
        names.add(n)

# ---------------------------------------------------------------- number pools
used_numbers = set()      # every 8-digit 7xxxxxxx token handed out (invoice, PO, deduction)
def new_num8():
    while True:
        n = str(rng.randrange(70000000, 79999999))
        if n not in used_numbers:
            used_numbers.add(n)
            return n

def consecutive_block(k):
    while True:
        s = rng.randrange(70000000, 79999000)
        blk = [str(s + i) for i in range(k)]
        if not any(b in used_numbers for b in blk):
            used_numbers.update(blk)
            return blk

used_ids = set()
def rid(prefix, n, alphabet="0123456789abcdefghjkmnpqrstvwxyz"):
    while True:
        s = prefix + "".join(rng.choice(alphabet) for _ in range(n))
        if s not in used_ids:
            used_ids.add(s)
            return s

used_bal = {"USD": set(), "CAD": set()}
def new_amount(cur, lo, hi):
    while True:
        c = rng.randrange(lo * 100, hi * 100)
        if rng.random() < 0.15:
            c -= c % 100       # some round-dollar invoices
        if c not in used_bal[cur] and c > 0:
            used_bal[cur].add(c)
            return c

# ================================================================ stage 2: invoices and channel texts
PAYEE = "BRIGHTWELL CONSUMER BRANDS"
invoices = []          # internal: dict with cents
inv_by_id = {}

def add_days(d, n):
    return d + timedelta(days=n)

def make_invoice(cust, cur, ref_date, bal=None, number=None, lo_hi=None, prior=None):
    if bal is None:
        lo, hi = lo_hi or rng.choice([(150, 1500), (800, 6000), (800, 6000), (2500, 18000), (9000, 60000)])
        bal = new_amount(cur, lo, hi)
    issue = add_days(ref_date, -rng.randint(18, 110))
    due = add_days(issue, cust["terms"])
    total = bal
    if prior is None:
        prior = rng.random() < 0.12
    if prior:   # an earlier credit / part payment left a smaller balance
        total = bal + rng.randrange(2500, max(2600, bal // 2))
    inv = {"id": rid("inv_", 10), "number": number or new_num8(), "customer_id": cust["id"],
           "customer_name": cust["name"], "currency": cur, "total_c": total, "bal_c": bal,
           "issue": issue, "due": due, "cust": cust}
    cust["used"] = True
    invoices.append(inv)
    inv_by_id[inv["id"]] = inv
    return inv

def po_number(cust):
    s = cust["po_style"]
    if s == "sap":
        return "45%08d" % rng.randrange(10**7, 10**8)
    if s == "num8":
        return new_num8()              # same shape as our invoice numbers, never one of them
    if s == "alpha":
        return "PO%s%05d" % (rng.choice("ABCDEFGHKLMNRSTW"), rng.randrange(10**5))
    return "%010d" % rng.randrange(10**9, 10**10)

def store_no():
    return "%04d" % rng.randrange(1, 9999)

def inv_token(num, style=None):
    style = style or rng.choice(["bare", "bare", "INV ", "INV#", "INV-", "IN", "pad"])
    if style == "bare":
        return num
    if style == "pad":
        return "00" + num
    return style + num

def trace15():
    return "%015d" % rng.randrange(10**14, 10**15)

def yymmdd(d):
    return d.strftime("%y%m%d")

def mdy(d):
    return d.strftime("%m/%d/%y")

DED_KINDS = [  # code, bank text, french text, label reason
    ("DM", "DAMAGED GOODS", "MARCHANDISE ENDOMMAGEE", "damaged-goods deduction"),
    ("SH", "SHORTAGE", "MANQUE A LA LIVRAISON", "shortage deduction"),
    ("CO", "CO-OP ADVERTISING", "PUBLICITE COOPERATIVE", "co-op advertising allowance deduction"),
    ("CB", "COMPLIANCE CHARGEBACK LATE ASN", "PENALITE CONFORMITE ASN", "compliance chargeback"),
    ("PR", "PRICING DIFFERENCE", "ECART DE PRIX", "pricing deduction"),
    ("PA", "PROMO ALLOWANCE MDF", "ALLOCATION PROMOTIONNELLE", "promotional allowance deduction"),
    ("DF", "DEFECTIVE ALLOWANCE", "ALLOCATION DEFECTUEUX", "defective allowance deduction"),
    ("DS", "2% 10 NET 30 DISCOUNT", "ESCOMPTE 2% 10 NET 30", "prompt-pay discount taken"),
]

def ded_number(kind):
    st = rng.choice(["D", "DN", "CB", "DED", "N8"])
    if st == "N8":
        return new_num8()                         # deduction number shaped like an invoice number
    if st == "CB":
        return "CB%07d" % rng.randrange(10**7)
    return "%s%07d" % (st, rng.randrange(10**7))

def ded_amount(kind, gross):
    code = kind[0]
    if code == "DS":
        return (gross * 2 + 50) // 100
    if code in ("CO", "PA"):
        pct = rng.choice([2, 3, 4, 5])
        return (gross * pct + 50) // 100
    if code == "CB":
        return rng.choice([25000, 50000, 15000, 10000, 7500]) if gross > 60000 else rng.choice([2500, 5000])
    if code == "SH":
        units = rng.randint(1, 6)
        unit = rng.randrange(800, 6000)
        return min(units * unit, gross // 3)
    return max(500, gross * rng.randint(2, 9) // 100 + rng.randrange(0, 99))

# A "line" is dict(inv, net, gross, ded) where ded is None or dict(kind, num, amt)

def ch_ccd(cust, lines, pdate):
    assert len(lines) == 1
    ln = lines[0]
    payer = bank_name(cust["name"], 16)
    desc = rng.choice(["AP PAYMENT", "VENDOR PAY", "PAYMENTS", "EDI PYMNTS", "SUPPLIER PMT"])
    ref = "CCD+ %s %s ENTRY %s TRACE %s" % (payer, desc, yymmdd(pdate), trace15())
    net, gross = fmt(ln["net"]), fmt(ln["gross"])
    rem = "RMR*IV*%s**%s*%s\\" % (inv_token(ln["inv"]["number"], rng.choice(["bare", "pad"])), net, gross)
    return payer, ref, rem

ADX_CODE = {"DM": "04", "SH": "05", "CO": "22", "CB": "AX", "PR": "01", "PA": "CA", "DF": "06", "DS": "19"}

def ch_ctx(cust, lines, pdate):
    payer = bank_name(cust["name"], 16)
    total = sum(l["net"] for l in lines)
    trn = "%010d" % rng.randrange(10**9, 10**10)
    ref = "CTX %s EDI PYMNTS %s TRN %s" % (payer, yymmdd(pdate), trn)
    seg = ["ST*820*%04d" % rng.randrange(1, 9999),
           "BPR*C*%s*C*ACH*CTX*01*0%08d*DA*%011d*1%09d**01*0%08d*DA*%010d*%s" % (
               fmt(total), rng.randrange(10**8), rng.randrange(10**10), rng.randrange(10**9),
               rng.randrange(10**8), rng.randrange(10**9), pdate.strftime("%Y%m%d")),
           "TRN*1*%s*1%09d" % (trn, rng.randrange(10**9)),
           "N1*PR*%s" % bank_name(cust["name"], 35),
           "N1*PE*%s*92*%06d" % (PAYEE, rng.randrange(10**6)),
           "ENT*1"]
    for ln in lines:
        inv = ln["inv"]
        seg.append("RMR*IV*%s**%s*%s" % (inv_token(inv["number"], rng.choice(["bare", "bare", "pad"])),
                                          fmt(ln["net"]), fmt(ln["gross"])))
        seg.append("REF*PO*%s" % ln.get("po", po_number(cust)))
        if rng.random() < 0.4:
            seg.append("REF*ST*%s" % ln.get("store", store_no()))
        seg.append("DTM*003*%s" % inv["issue"].strftime("%Y%m%d"))
        if ln["ded"]:
            d = ln["ded"]
            seg.append("ADX*-%s*%s*DN*%s" % (fmt(d["amt"]), ADX_CODE[d["kind"][0]], d["num"]))
            seg.append("NTE*ADJ*%s" % d["kind"][1])
    seg.append("SE*%d*%04d" % (len(seg) + 1, rng.randrange(1, 9999)))
    return payer, ref, "~\n".join(seg) + "~"

def ch_lockbox(cust, lines, pdate, stub=True):
    fr = cust["lang"] == "fr"
    ca = cust["country"] == "CA"
    payer = bank_name(cust["name"], rng.choice([24, 30, 40]))
    chk = "%06d" % rng.randrange(1000, 999999)
    lbx = rng.choice(["730142", "LB 4471", "T-55180", "2290"])
    word = "CHQ" if ca else "CHK"
    ref = "LOCKBOX %s BATCH %03d ITEM %03d %s %s" % (lbx, rng.randrange(1, 300), rng.randrange(1, 120), word, chk)
    if not stub:
        return payer, ref, None
    f = fmt_fr if fr else fmt_us
    if fr:
        hdr = ["TALON DE REMISE - CHEQUE NO %s  DATE %s" % (chk, pdate.strftime("%d/%m/%Y")),
               "FOURNISSEUR / VENDOR: %s" % PAYEE,
               "FACTURE     DATE FACT.   MONTANT BRUT   RETENUE    MONTANT NET"]
    else:
        hdr = ["REMITTANCE ADVICE - %s NO %s  DATE %s" % ("CHEQUE" if ca else "CHECK", chk, mdy(pdate)),
               "PAY TO: %s   VENDOR # %05d" % (PAYEE, rng.randrange(10**5)),
               "INVOICE #   INV DATE     GROSS AMT      DEDUCTION    NET AMT"]
    body = []
    for ln in lines:
        inv = ln["inv"]
        dd = ln["ded"]["amt"] if ln["ded"] else 0
        body.append("%-11s %-12s %14s %12s %12s" % (
            inv_token(inv["number"], rng.choice(["bare", "bare", "INV#"])),
            inv["issue"].strftime("%d/%m/%Y" if fr else "%m/%d/%y"), f(ln["gross"]), f(dd), f(ln["net"])))
        if ln["ded"]:
            d = ln["ded"]
            body.append("   %s %s %s %s" % ("RETENUE" if fr else "DED#", d["num"], d["kind"][2 if fr else 1],
                                          ("MAGASIN %s" if fr else "STORE %s") % ln.get("store", store_no())))
    total = sum(l["net"] for l in lines)
    tail = ["%s %s" % ("TOTAL:" if fr else "TOTAL PAID:", f(total) + (" $" if fr else ""))]
    return payer, ref, "\n".join(hdr + body + tail)

RETAILER_PORTALS = ["SUPPLIER PORTAL", "VENDOR CENTRAL", "APEX AP SERVICES", "RETAIL LINK REMIT", "PAYMODE-X"]

def ch_portal(cust, lines, pdate):
    fr = cust["lang"] == "fr"
    ca = cust["country"] == "CA"
    cur = lines[0]["inv"]["currency"]
    payer = bank_name(cust["name"], 22)
    payno = "%010d" % rng.randrange(10**6, 10**9)
    ref = rng.choice(["ACH CREDIT %s PAYMENT %s" % (payer, payno),
                      "EFT CREDIT %s %s" % (payer, payno) if ca else "ACH CCD %s %s" % (payer, payno),
                      "%s PMT %s" % (payer, payno)])
    total = sum(l["net"] for l in lines)
    f = fmt_fr if fr else fmt_us
    if fr:
        out = ["AVIS DE PAIEMENT / REMITTANCE ADVICE",
               "Payeur / Payer: %s" % strip_accents(cust["name"]).upper(),
               "No de paiement: %s   Date: %s" % (payno, pdate.strftime("%Y-%m-%d")),
               "Fournisseur: %s" % PAYEE, "",
               "Type  No document   Bon de commande  Magasin  Brut          Retenue      Net"]
    else:
        out = ["%s - REMITTANCE ADVICE" % rng.choice(RETAILER_PORTALS),
               "Payer: %s" % cust["name"].upper(),
               "Payment number: %s   Payment date: %s   Method: %s" % (payno, pdate.isoformat(), rng.choice(["ACH", "EFT", "ACH CTX"])),
               "Supplier: %s   Supplier no: %06d" % (PAYEE, rng.randrange(10**6)), "",
               "Type  Document no   PO number        Store    Gross         Adjustment   Net"]
    dedlines = []
    for ln in lines:
        inv = ln["inv"]
        po = ln.get("po") or po_number(cust)
        st = ln.get("store") or store_no()
        out.append("%-5s %-13s %-16s %-8s %-13s %-12s %s" % ("FACT" if fr else "INV", inv["number"], po, st,
                                                            f(ln["gross"]), f(0), f(ln["gross"])))
        if ln["ded"]:
            d = ln["ded"]
            dedlines.append("%-5s %-13s %-16s %-8s %-13s %-12s %s  %s %s" % (
                "RET" if fr else "DED", d["num"], "", st, f(0), "-" + f(d["amt"]), "-" + f(d["amt"]),
                d["kind"][2 if fr else 1], ("(facture %s)" if fr else "(ref inv %s)") % inv["number"]))
    out += dedlines
    out.append("")
    out.append(("Total paye: %s %s" if fr else "Total paid: %s %s") % (f(total), cur))
    return payer, ref, "\n".join(out)

def ch_wire(cust, lines, pdate):
    payer = bank_name(cust["name"], 35)
    toks = " ".join(inv_token(l["inv"]["number"], rng.choice(["bare", "INV "])) for l in lines)
    if cust["country"] == "CA" and rng.random() < 0.6:
        ref = "EFT CREDIT /ORG/%s /RMT/%s" % (payer, toks)
    else:
        ref = "WIRE IN FED REF %s%s ORG=%s OBI=%s" % (pdate.strftime("%Y%m%d"), "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)), payer, toks)
    return payer, ref, None

def ch_plain(cust, lines, pdate):
    fr = cust["lang"] == "fr"
    payer = bank_name(cust["name"], rng.choice([16, 22]))
    nums = [inv_token(l["inv"]["number"], rng.choice(["bare", "INV "])) for l in lines]
    po = lines[0].get("po") or po_number(cust)
    if fr:
        ref = "PAIEMENT FACTURE %s BC %s" % (" ".join(nums), po)
    else:
        opts = ["PMT %s PO %s" % (" ".join(nums), po),
                "INV %s / PO#%s STORE %s" % (",".join(l["inv"]["number"] for l in lines), po, store_no())]
        if not lines[0].get("po"):
            opts.append("%s PAYMENT %s" % (payer, " ".join(nums)))
        ref = rng.choice(opts)
    return payer, ref, None

CHANNELS = {"ccd": ch_ccd, "ctx": ch_ctx, "lockbox": ch_lockbox, "portal": ch_portal, "wire": ch_wire,
            "plain": ch_plain}

# ================================================================ stage 3: scenarios
payments, labels = [], []

def pick(cur=None, fr=None, twin_ok=True, multi_cur=False, country=None):
    while True:
        c = rng.choice(customers)
        if c["reserved"] or (not twin_ok and c.get("twin")):
            continue
        if fr is not None and (c["lang"] == "fr") != fr:
            continue
        if multi_cur and len(c["currencies"]) < 2:
            continue
        if country and c["country"] != country:
            continue
        if cur and cur not in c["currencies"]:
            continue
        k = cur or (c["currencies"][0] if rng.random() < 0.85 else rng.choice(c["currencies"]))
        return c, k

def reserve_customer():
    while True:
        c = rng.choice(customers)
        if not c["reserved"] and not c.get("twin") and not c.get("used"):
            c["reserved"] = True
            return c

def mkpay(cust, cur, amt, payer, ref, rem, pdate, cid_known=True):
    if cust is not None:
        cust["used"] = True
    return {"id": rid("pay_", 10), "date": pdate.isoformat(), "amount": fmt(amt), "currency": cur,
            "payer_name": payer, "customer_id": cust["id"] if (cust and cid_known) else None,
            "reference": ref, "remittance": rem}

def live(inv):
    return inv.setdefault("live", inv["bal_c"])

def emit(pay, status, apps, reason, scen, note, short=None, cands=None):
    total_applied = 0
    for inv, c in apps:
        assert inv["currency"] == pay["currency"] and 0 < c <= live(inv), (scen, inv["number"])
        inv["live"] = live(inv) - c
        total_applied += c
    amt = int(round(float(pay["amount"]) * 100))
    un = amt - total_applied
    assert un >= 0
    lab = {"payment_id": pay["id"], "status": status,
           "applications": [{"invoice_id": i["id"], "amount": fmt(c)} for i, c in apps],
           "unapplied": fmt(un),
           "short_pay": None if short is None else {"invoice_id": short[0]["id"], "amount": fmt(short[1]),
                                                    "reason": short[2]},
           "candidates": [[i["id"] for i in cs] for cs in (cands or [])],
           "reason": reason, "scenario": scen, "note": note}
    payments.append(pay)
    labels.append(lab)
    return lab

def one_line(inv, net=None, ded=None):
    return {"inv": inv, "net": live(inv) if net is None else net, "gross": live(inv), "ded": ded}

def nums(invs):
    return ", ".join(i["number"] for i in invs)

def generic_ref(cust, pdate, with_po=False):
    payer = bank_name(cust["name"], 16)
    opts = [("CCD %s %s ENTRY %s TRACE %s" % (payer, rng.choice(["AP PAYMENT", "VENDOR PAY", "PAYMENTS"]),
                                               yymmdd(pdate), trace15()), None),
            ("LOCKBOX 730142 BATCH %03d ITEM %03d %s %06d" % (rng.randrange(1, 300), rng.randrange(1, 120),
                                                           "CHQ" if cust["country"] == "CA" else "CHK",
                                                           rng.randrange(1000, 999999)), None)]
    if with_po:
        po = po_number(cust)
        opts += [("PO %s STORE %s DC %s" % (po, store_no(), rng.randrange(6000, 7999)), None),
                 ("ACH CREDIT %s %s" % (payer, trace15()), "PO#%s  STORE %s  AMOUNT PAID SEE CHECK" % (po, store_no()))]
    return payer, rng.choice(opts)

def sc_ref_single(pdate, st, dup_parent=False):
    cust, cur = pick()
    inv = make_invoice(cust, cur, pdate)
    fr = cust["lang"] == "fr"
    ch = rng.choice(["lockbox", "portal", "plain"] if fr else ["ccd", "ccd", "ccd", "lockbox", "lockbox", "portal", "wire", "plain", "ctx"])
    lines = [one_line(inv)]
    payer, ref, rem = CHANNELS[ch](cust, lines, pdate)
    known = rng.random() > 0.2
    pay = mkpay(cust, cur, lines[0]["net"], payer, ref, rem, pdate, known)
    emit(pay, "applied", [(inv, lines[0]["net"])],
         "invoice %s named in the %s text; amount equals its open balance" % (inv["number"], ch),
         "applied_ref_single", "%s; customer_id %s" % (ch, "given" if known else "null, payer name only"))
    st["inv"], st["cust"], st["cur"], st["pay"] = inv, cust, cur, pay

def sc_multi(pdate, st):
    cust, cur = pick()
    k = rng.randint(2, 6)
    invs = [make_invoice(cust, cur, pdate) for _ in range(k)]
    fr = cust["lang"] == "fr"
    opts = ["lockbox", "portal"] if fr else ["ctx", "ctx", "lockbox", "portal"]
    if k <= 3:
        opts += ["wire", "plain"]
    ch = rng.choice(opts)
    lines = [one_line(i) for i in invs]
    payer, ref, rem = CHANNELS[ch](cust, lines, pdate)
    known = rng.random() > 0.15
    pay = mkpay(cust, cur, sum(l["net"] for l in lines), payer, ref, rem, pdate, known)
    emit(pay, "applied", [(l["inv"], l["net"]) for l in lines],
         "%d invoices listed (%s), each at its open balance, sum equals the payment" % (k, nums(invs)),
         "applied_multi_list", "%s with %d lines" % (ch, k))

def sc_amount_only(pdate, st):
    cust, cur = pick()
    inv = make_invoice(cust, cur, pdate)
    payer, (ref, rem) = generic_ref(cust, pdate, with_po=True)
    pay = mkpay(cust, cur, live(inv), payer, ref, rem, pdate, True)
    emit(pay, "applied", [(inv, live(inv))],
         "no invoice number; known customer and the amount equals exactly one open balance (%s)" % inv["number"],
         "applied_amount_only", "reference carries only PO/store/trace numbers; unique exact balance")

def sc_statement(pdate, st):
    cust = reserve_customer()
    cur = cust["currencies"][0]
    k = rng.randint(3, 5)
    invs = [make_invoice(cust, cur, pdate) for _ in range(k)]
    amt = sum(live(i) for i in invs)
    payer = bank_name(cust["name"], 30)
    ref = "%s PAYMENT %s" % (payer, trace15())
    rem = rng.choice(["PAYMENT PER STATEMENT DATED %s - ALL OPEN ITEMS" % mdy(add_days(pdate, -rng.randint(3, 20))),
                      "PAY IN FULL OF ACCOUNT BALANCE AS OF %s" % mdy(add_days(pdate, -rng.randint(2, 9)))])
    pay = mkpay(cust, cur, amt, payer, ref, rem, pdate, True)
    emit(pay, "applied", [(i, live(i)) for i in invs],
         "pays the whole statement: amount equals the sum of all %d open invoices of the customer" % k,
         "applied_statement", "customer has exactly these open invoices")

def sc_range(pdate, st):
    cust, cur = pick(fr=False)
    k = rng.randint(3, 5)
    blk = consecutive_block(k)
    invs = [make_invoice(cust, cur, pdate, number=n) for n in blk]
    amt = sum(live(i) for i in invs)
    a, b = blk[0], blk[-1]
    txt = rng.choice(["INV %s-%s" % (a, b), "INVOICES %s THRU %s" % (a, b), "INV %s TO %s" % (a, b[-3:]),
                      "INV# %s - %s (%d INVOICES)" % (a, b, k)])
    payer = bank_name(cust["name"], 22)
    if rng.random() < 0.5:
        ref, rem = "ACH CREDIT %s %s" % (payer, trace15()), "REMIT: %s TOTAL %s" % (txt, fmt_us(amt))
    else:
        ref, rem = "PMT %s" % txt, None
    pay = mkpay(cust, cur, amt, payer, ref, rem, pdate, True)
    emit(pay, "applied", [(i, live(i)) for i in invs],
         "range %s..%s covers %d open invoices whose balances sum to the payment" % (a, b, k),
         "applied_range", txt)

def unique_prefix_ok(cust):
    p = bank_name(cust["name"], 16)
    return sum(1 for c in customers if bank_name(c["name"], 16) == p) == 1

def sc_name_amount(pdate, st):
    while True:
        cust, cur = pick(twin_ok=False)
        if unique_prefix_ok(cust):
            break
    inv = make_invoice(cust, cur, pdate)
    payer = bank_name(cust["name"], 16)
    ref = "CCD %s %s ENTRY %s TRACE %s" % (payer, rng.choice(["AP PAYMENT", "VENDOR PAY", "PAYABLES"]), yymmdd(pdate), trace15())
    pay = mkpay(cust, cur, live(inv), payer, ref, None, pdate, False)
    emit(pay, "applied", [(inv, live(inv))],
         "no customer id, payer name prefix matches one customer and the amount equals a single open balance (%s) in the ledger" % inv["number"],
         "applied_name_amount", "customer_id null; amount unique in the whole %s ledger" % cur)

def sc_po_trap(pdate, st):
    cust, cur = pick()
    other, _ = pick(cur=cur)
    while other is cust:
        other, _ = pick(cur=cur)
    decoy = make_invoice(other, cur, pdate)
    inv = make_invoice(cust, cur, pdate)
    ln = one_line(inv)
    ln["po"] = decoy["number"]
    ch = rng.choice(["portal", "ctx", "plain"])
    payer, ref, rem = CHANNELS[ch](cust, [ln], pdate)
    pay = mkpay(cust, cur, ln["net"], payer, ref, rem, pdate, True)
    emit(pay, "applied", [(inv, ln["net"])],
         "invoice %s named with exact balance; the PO number %s is another customer's invoice number, not ours to apply" % (inv["number"], decoy["number"]),
         "applied_po_trap", "%s; PO field equals invoice number of %s" % (ch, other["id"]))

PART_TXT = ["PARTIAL PMT INV %s BAL TO FOLLOW", "INSTALLMENT 1 OF 2 INV %s", "PARTIAL PAYMENT ON ACCOUNT INV %s",
            "PAYMENT PLAN - 1ST PMT INV %s"]
def sc_part(pdate, st):
    cust, cur = pick()
    inv = make_invoice(cust, cur, pdate, lo_hi=(4000, 60000))
    b = live(inv)
    p = (b * rng.choice([25, 30, 40, 50, 60]) // 100) // 100 * 100
    payer = bank_name(cust["name"], 22)
    if cust["lang"] == "fr":
        ref = "ACOMPTE FACTURE %s - SOLDE A SUIVRE" % inv["number"]
    else:
        ref = rng.choice(PART_TXT) % inv["number"]
    rem = None
    if rng.random() < 0.4:
        rem = "%s\nINVOICE %s  INVOICE AMT %s  THIS PAYMENT %s  REMAINING %s" % (
            ref, inv["number"], fmt_us(b), fmt_us(p), fmt_us(b - p))
        ref = "ACH CREDIT %s %s" % (payer, trace15())
    pay = mkpay(cust, cur, p, payer, ref, rem, pdate, True)
    emit(pay, "partial", [(inv, p)],
         "declared part payment of invoice %s; balance stays open, no deduction" % inv["number"],
         "partial_part_payment", "part payment, no short_pay")
    st.update(inv=inv, cust=cust, cur=cur, pay=pay)

def fu_part_balance(pdate, st):
    inv, cust, cur = st["inv"], st["cust"], st["cur"]
    r = live(inv)
    payer = bank_name(cust["name"], 22)
    ref = rng.choice(["FINAL PMT INV %s", "BALANCE INV %s", "REMAINING BAL %s"]) % inv["number"]
    if cust["lang"] == "fr":
        ref = "SOLDE FACTURE %s" % inv["number"]
    pay = mkpay(cust, cur, r, payer, ref, None, pdate, True)
    emit(pay, "applied", [(inv, r)],
         "pays what the earlier part payment %s left open on %s" % (st["pay"]["id"], inv["number"]),
         "applied_balance_after_part", "only correct if the earlier part payment was applied first")

def sc_short(pdate, st):
    cust, cur = pick()
    k = rng.choice([1, 1, 2, 2, 3])
    invs = [make_invoice(cust, cur, pdate, lo_hi=(1500, 60000)) for _ in range(k)]
    lines = [one_line(i) for i in invs]
    tgt = rng.choice(lines)
    kind = rng.choice(DED_KINDS)
    amt = ded_amount(kind, tgt["gross"])
    tgt["ded"] = {"kind": kind, "num": ded_number(kind), "amt": amt}
    tgt["net"] = tgt["gross"] - amt
    tgt["store"] = store_no()
    ch = rng.choice(["portal", "lockbox"] if cust["lang"] == "fr" else ["ctx", "ctx", "portal", "portal", "lockbox"])
    payer, ref, rem = CHANNELS[ch](cust, lines, pdate)
    known = rng.random() > 0.15
    pay = mkpay(cust, cur, sum(l["net"] for l in lines), payer, ref, rem, pdate, known)
    emit(pay, "partial", [(l["inv"], l["net"]) for l in lines],
         "remittance takes %s %s on invoice %s" % (kind[3], tgt["ded"]["num"], tgt["inv"]["number"]),
         "partial_short_pay", "%s; %d invoice(s); deduction %s %s" % (ch, k, kind[0], tgt["ded"]["num"]),
         short=(tgt["inv"], amt, "%s %s" % (kind[3], tgt["ded"]["num"])))

def sc_short_unexplained(pdate, st):
    cust, cur = pick(fr=False)
    inv = make_invoice(cust, cur, pdate, lo_hi=(2000, 40000))
    b = live(inv)
    short = rng.randrange(1500, b // 5)
    ln = one_line(inv, net=b - short)
    payer, ref, rem = ch_ccd(cust, [ln], pdate)
    pay = mkpay(cust, cur, b - short, payer, ref, rem, pdate, True)
    emit(pay, "partial", [(inv, b - short)],
         "RMR names %s with net below gross and no reason; no other open invoice fits the amount" % inv["number"],
         "partial_short_unexplained", "unexplained short payment: deduction case opened",
         short=(inv, short, "unexplained short payment"))

def sc_overpay(pdate, st):
    cust, cur = pick()
    inv = make_invoice(cust, cur, pdate)
    b = live(inv)
    extra = rng.choice([b, rng.randrange(500, 90000), 2500 + rng.randrange(0, 99), b // 10])
    ch = rng.choice(["plain", "wire", "lockbox"])
    ln = one_line(inv)
    payer, ref, rem = CHANNELS[ch](cust, [ln], pdate)
    if ch == "lockbox":
        rem = (rem or "") + "\nNOTE: CHECK INCLUDES FREIGHT REIMBURSEMENT"
    pay = mkpay(cust, cur, b + extra, payer, ref, rem, pdate, True)
    emit(pay, "unapplied", [(inv, b)],
         "names invoice %s; pays its balance and %s more, remainder held on account" % (inv["number"], fmt(extra)),
         "unapplied_overpayment", "%s; overpaid by %s" % (ch, fmt(extra)))

def fu_duplicate(pdate, st):
    inv, cust, cur = st["inv"], st["cust"], st["cur"]
    amt = inv["bal_c"]
    ch = rng.choice(["lockbox", "plain"] if cust["lang"] == "fr" else ["ccd", "lockbox", "plain", "wire"])
    ln = {"inv": inv, "net": amt, "gross": amt, "ded": None}
    payer, ref, rem = CHANNELS[ch](cust, [ln], pdate)
    pay = mkpay(cust, cur, amt, payer, ref, rem, pdate, True)
    emit(pay, "unapplied", [],
         "invoice %s was already paid by %s; second payment held as unapplied cash" % (inv["number"], st["pay"]["id"]),
         "unapplied_duplicate_payment", "%s; duplicate of an earlier payment" % ch)

def sc_nofit(pdate, st):
    cust, cur = pick()
    for _ in range(rng.randint(1, 2)):
        make_invoice(cust, cur, pdate)
    amt = new_amount(cur, 300, 20000)
    payer, (ref, rem) = generic_ref(cust, pdate, with_po=rng.random() < 0.5)
    pay = mkpay(cust, cur, amt, payer, ref, rem, pdate, True)
    emit(pay, "unapplied", [], "known customer, no invoice number, amount fits no open invoice or pair",
         "unapplied_no_fit", "held on the customer's account")

def sc_xcur(pdate, st):
    cust, cur = pick(multi_cur=True)
    other = [c for c in cust["currencies"] if c != cur][0]
    inv = make_invoice(cust, cur, pdate)
    make_invoice(cust, other, pdate)
    ln = one_line(inv)
    payer, ref, rem = ch_plain(cust, [ln], pdate)
    pay = mkpay(cust, other, live(inv), payer, ref, rem, pdate, True)
    emit(pay, "unapplied", [],
         "names %s invoice %s but arrived in %s; never applied across currencies, held on account" % (cur, inv["number"], other),
         "unapplied_cross_currency", "same figure, other currency")

def sc_twins(pdate, st):
    cust, cur = pick()
    a = make_invoice(cust, cur, pdate)
    b = make_invoice(cust, cur, add_days(pdate, -rng.randint(5, 30)), bal=live(a))
    pair = sorted([a, b], key=lambda i: (i["due"], i["number"]))
    payer, (ref, rem) = generic_ref(cust, pdate, with_po=True)
    pay = mkpay(cust, cur, live(a), payer, ref, rem, pdate, True)
    emit(pay, "review", [], "two open invoices (%s) have exactly this balance and nothing tells them apart" % nums(pair),
         "review_twin_amounts", "candidates oldest due first", cands=[[pair[0]], [pair[1]]])

def sc_ref_vs_amount(pdate, st):
    cust, cur = pick(fr=False)
    A = make_invoice(cust, cur, pdate, lo_hi=(6000, 60000))
    B = make_invoice(cust, cur, pdate, lo_hi=(800, 5000))
    ch = rng.choice(["plain", "wire", "ccd"])
    ln = one_line(A, net=live(B))
    if ch == "ccd":
        ln["gross"] = live(B)   # addenda claims the paid figure is the full amount
    payer, ref, rem = CHANNELS[ch](cust, [ln], pdate)
    pay = mkpay(cust, cur, live(B), payer, ref, rem, pdate, True)
    emit(pay, "review", [],
         "names %s but the amount is exactly the balance of %s: a short pay of one or a mis-keyed number for the other" % (A["number"], B["number"]),
         "review_ref_vs_amount", "candidates: named invoice first", cands=[[A], [B]])

twin_pairs_used = []
def sc_unknown_two(pdate, st):
    i = len(twin_pairs_used)
    a_name, b_name = TWIN_NAME_PAIRS[i]
    twin_pairs_used.append(i)
    ca = [c for c in customers if c["name"] == a_name][0]
    cb = [c for c in customers if c["name"] == b_name][0]
    A = make_invoice(ca, "USD", pdate)
    B = make_invoice(cb, "USD", pdate, bal=live(A))
    payer = bank_name(a_name, 16)
    ref = "CCD %s %s ENTRY %s TRACE %s" % (payer, rng.choice(["AP PAYMENT", "VENDOR PAY"]), yymmdd(pdate), trace15())
    pay = mkpay(None, "USD", live(A), payer, ref, None, pdate, False)
    pair = sorted([A, B], key=lambda i: (i["due"], i["number"]))
    emit(pay, "review", [],
         "no customer id; truncated payer name fits two customers and each has an invoice of exactly this amount",
         "review_unknown_two_customers", "%s / %s" % (a_name, b_name), cands=[[pair[0]], [pair[1]]])

def sc_other_cust_ref(pdate, st):
    cust, cur = pick()
    other, _ = pick(cur=cur)
    while other is cust:
        other, _ = pick(cur=cur)
    make_invoice(cust, cur, pdate)
    X = make_invoice(other, cur, pdate)
    ln = one_line(X)
    ch = rng.choice(["plain", "ccd", "wire"]) if cust["lang"] != "fr" else "plain"
    payer, ref, rem = CHANNELS[ch](cust, [ln], pdate)
    pay = mkpay(cust, cur, live(X), payer, ref, rem, pdate, True)
    emit(pay, "review", [],
         "payer is %s but invoice %s and its exact balance belong to %s (%s): third-party payment needs confirmation" % (
             cust["id"], X["number"], other["id"], other["name"]),
         "review_other_customer_ref", ch, cands=[[X]])

def sc_lump_subset(pdate, st):
    cust = reserve_customer()
    cur = cust["currencies"][0]
    invs = [make_invoice(cust, cur, pdate) for _ in range(rng.randint(4, 5))]
    pick2 = rng.sample(invs, 2)
    amt = sum(live(i) for i in pick2)
    payer, (ref, rem) = generic_ref(cust, pdate)
    pay = mkpay(cust, cur, amt, payer, ref, rem, pdate, True)
    cands = []
    for r in range(2, len(invs)):
        for combo in combinations(sorted(invs, key=lambda i: (i["due"], i["number"])), r):
            if sum(live(i) for i in combo) == amt:
                cands.append(list(combo))
    emit(pay, "review", [],
         "no reference; the amount equals the sum of %d of the customer's %d open invoices but not all of them" % (len(pick2), len(invs)),
         "review_lump_subset", "candidate set(s) computed over the open invoices", cands=cands)

STRANGERS = ["JR TRADING CO", "ACCTS PAYABLE SVCS", "CORPORATE PAYMENT SYS", "MIDLAND PAYMENT PROC",
             "BILL.COM PAYMENTS", "TRANSFER FROM 000482", "GLOBAL SOURCING GRP"]
def sc_unknown_nofit(pdate, st):
    cur = rng.choice(["USD", "USD", "CAD"])
    amt = new_amount(cur, 200, 15000)
    payer = rng.choice(STRANGERS)
    ref = rng.choice(["ACH CREDIT %s %s" % (payer, trace15()), "WIRE IN ORG=%s OBI=PAYMENT" % payer,
                      "EFT CREDIT %s" % payer])
    pay = mkpay(None, cur, amt, payer, ref, None, pdate, False)
    emit(pay, "review", [], "unknown payer, no reference, amount fits no open invoice",
         "review_unknown_no_fit", "nobody's account to hold it on", cands=[])

# ================================================================ stage 4: schedule, noise, errors, output
PLAN = [  # scenario function, count
    (sc_ref_single, 95), (sc_multi, 80), (sc_amount_only, 35), (sc_statement, 8), (sc_range, 8),
    (sc_name_amount, 6), (sc_po_trap, 10), (sc_part, 12), (sc_short, 35), (sc_short_unexplained, 4),
    (sc_overpay, 14), (sc_nofit, 10), (sc_xcur, 4), (sc_twins, 14), (sc_ref_vs_amount, 8),
    (sc_unknown_two, 8), (sc_other_cust_ref, 6), (sc_lump_subset, 8), (sc_unknown_nofit, 4)]
N_DUP = 10          # ref_single parents that get a second payment later
N_PART_FU = 9       # part payments whose balance is paid later

def business_days(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(1)
    return out

def schedule():
    slots = []
    for fn, n in PLAN:
        slots += [fn] * n
    rng.shuffle(slots)
    keyed = [(float(i), fn, None) for i, fn in enumerate(slots)]
    refs = [k for k in keyed if k[1] is sc_ref_single]
    parts = [k for k in keyed if k[1] is sc_part]
    for k in rng.sample(refs, N_DUP):
        keyed.append((k[0] + rng.uniform(4, 90), fu_duplicate, k[0]))
    for k in rng.sample(parts, N_PART_FU):
        keyed.append((k[0] + rng.uniform(4, 90), fu_part_balance, k[0]))
    keyed.sort(key=lambda t: t[0])
    days = business_days(date(2026, 1, 5), date(2026, 3, 31))
    dates = sorted(rng.choice(days) for _ in keyed)
    states = {}
    for (key, fn, parent), d in zip(keyed, dates):
        if parent is None:
            st = states.setdefault(key, {})
            fn(d, st)
        else:
            fn(d, states[parent])

def add_noise(target=1500):
    pool = [c for c in customers if not c["reserved"]]
    for c in pool:
        if not any(i["customer_id"] == c["id"] for i in invoices):
            make_invoice(c, c["currencies"][0], rng.choice(business_days(date(2026, 1, 5), date(2026, 4, 3))))
    while len(invoices) < target:
        c = rng.choice(pool)
        cur = c["currencies"][0] if rng.random() < 0.85 else rng.choice(c["currencies"])
        make_invoice(c, cur, rng.choice(business_days(date(2025, 12, 15), date(2026, 4, 3))))

def add_errors():
    """Insert 10 bad-input rows; they never touch balances."""
    specs = ["negative", "negative", "currency_EUR", "currency_GBP", "dup_id", "dup_id",
             "malformed_O", "malformed_dots", "date_null", "date_absent"]
    positions = sorted(rng.sample(range(10, len(payments) - 5), len(specs)), reverse=True)
    rng.shuffle(specs)
    for pos, kind in zip(positions, specs):
        prev = payments[pos - 1]
        if kind == "dup_id":
            p = dict(prev)
            err = "duplicate payment id %s (same row delivered twice)" % p["id"]
            note = "bank file repeated the previous row"
        else:
            cust, cur = pick(twin_ok=False)
            inv = [i for i in invoices if i["customer_id"] == cust["id"]][0]
            payer = bank_name(cust["name"], 22)
            p = {"id": rid("pay_", 10), "date": prev["date"] or "2026-02-02", "amount": fmt(inv["bal_c"]),
                 "currency": inv["currency"], "payer_name": payer, "customer_id": cust["id"],
                 "reference": "PMT INV %s" % inv["number"], "remittance": None}
            if kind == "negative":
                p["amount"] = "-" + fmt(inv["bal_c"])
                p["reference"] = "ACH RETURN R01 %s INV %s" % (payer, inv["number"])
                err, note = "negative amount", "an ACH return posted in the receipts file"
            elif kind.startswith("currency"):
                p["currency"] = kind[-3:]
                err, note = "currency %s: no invoice uses it" % kind[-3:], "foreign-currency receipt"
            elif kind == "malformed_O":
                p["amount"] = fmt_us(inv["bal_c"]).replace("0", "O", 1) if "0" in fmt_us(inv["bal_c"]) else "1,2O5.00"
                err, note = "malformed amount %r" % p["amount"], "letter O keyed for zero"
            elif kind == "malformed_dots":
                p["amount"] = "12.345.67"
                err, note = "malformed amount '12.345.67'", "two decimal points"
            elif kind == "date_null":
                p["date"] = None
                err, note = "missing date (null)", "date null"
            else:
                del p["date"]
                err, note = "missing date (no date field)", "date key absent"
        lab = {"payment_id": p["id"], "status": "error", "applications": [], "unapplied": None,
               "short_pay": None, "candidates": [], "reason": err, "scenario": "error_" + kind.split("_")[0],
               "note": note, "error": err}
        payments.insert(pos, p)
        labels.insert(pos, lab)

def to_cents(s):
    a, b = s.split(".")
    return int(a) * 100 + int(b)

def verify():
    bal = {i["id"]: i["bal_c"] for i in invoices}
    cur = {i["id"]: i["currency"] for i in invoices}
    assert len(payments) == len(labels)
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            continue
        amt = to_cents(p["amount"])
        tot = 0
        for a in l["applications"]:
            c = to_cents(a["amount"])
            assert cur[a["invoice_id"]] == p["currency"]
            assert 0 < c <= bal[a["invoice_id"]]
            bal[a["invoice_id"]] -= c
            tot += c
        assert tot + to_cents(l["unapplied"]) == amt, l
    return bal

def out_invoice(i):
    return {"id": i["id"], "number": i["number"], "customer_id": i["customer_id"],
            "customer_name": i["customer_name"], "currency": i["currency"], "total": fmt(i["total_c"]),
            "balance": fmt(i["bal_c"]), "issue_date": i["issue"].isoformat(), "due_date": i["due"].isoformat()}

def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, indent=1, ensure_ascii=False) + "\n")

def main():
    build_customers()
    schedule()
    add_noise()
    add_errors()
    verify()
    os.makedirs(LEDGER, exist_ok=True)
    inv_out = [out_invoice(i) for i in sorted(invoices, key=lambda i: (i["issue"], i["number"]))]
    dump(os.path.join(LEDGER, "invoices.json"), inv_out)
    dump(os.path.join(LEDGER, "payments.json"), payments)
    dump(os.path.join(LEDGER, "labels.json"), labels)
    write_readme()

def write_readme():
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    by_sc_status = {}
    for l in labels:
        by_sc_status.setdefault(l["scenario"], l["status"])
    cur_p = Counter(p["currency"] for p in payments)
    cur_i = Counter(i["currency"] for i in invoices)
    ctry = Counter(c["country"] for c in customers)
    fr = sum(1 for c in customers if c["lang"] == "fr")
    L = []
    w = L.append
    w("# Blind held-out set: cash application, `ledger_retaildeduct`")
    w("")
    w("Written only from `contracts/cash-application.md` (and the blind-author rules); never run against the engine.")
    w("Generated by `python3 build.py` (stdlib only, fixed seed, no clock); `python3 check.py` re-verifies every label.")
    w("")
    w("## Theme")
    w("")
    w("Brightwell Consumer Brands, a US and Canadian consumer-goods manufacturer, selling to big-box retailers,")
    w("grocery chains, drug chains and distributors in the US and Canada (%d US, %d Canadian customers, %d of them" % (ctry["US"], ctry["CA"], fr))
    w("in Quebec with French remittances and `1 234,56` amounts). Receipts arrive as ACH CCD+ (one `RMR` addendum),")
    w("ACH CTX with an EDI 820 (`RMR`/`REF*PO`/`ADX` segments), retailer portal remittance advices with separate")
    w("deduction lines, lockbox cheques with cheque numbers and OCR'd stubs, wires and Canadian EFT credits.")
    w("Invoice numbers are 8 digits starting with 7 (`7xxxxxxx`), written bare, zero-padded (`0071304582`), or as")
    w("`INV 7...`, `INV#7...`, `INV-7...`, `IN7...`. Some customers use 8-digit PO numbers and some deduction numbers")
    w("have the same shape; none of those equal one of our invoice numbers except on purpose in `applied_po_trap`,")
    w("where the PO field carries another customer's invoice number.")
    w("")
    w("## Files")
    w("")
    w("| file | content |")
    w("|---|---|")
    w("| `ledger_retaildeduct/invoices.json` | %d open invoices of %d customers (USD %d, CAD %d), contract format |" % (
        len(invoices), len({i["customer_id"] for i in invoices}), cur_i["USD"], cur_i["CAD"]))
    w("| `ledger_retaildeduct/payments.json` | %d payments, oldest first, contract format |" % len(payments))
    w("| `ledger_retaildeduct/labels.json` | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |")
    w("")
    w("Payment currencies: " + ", ".join("%s %d" % (k, v) for k, v in sorted(cur_p.items())) + ".")
    w("")
    w("## Counts by status")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ["applied", "partial", "unapplied", "review", "error"]:
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("## Counts by scenario")
    w("")
    w("| scenario | status | payments | what it is |")
    w("|---|---|---|---|")
    for k in sorted(sc):
        w("| `%s` | `%s` | %d | %s |" % (k, by_sc_status[k], sc[k], SCEN_DESC[k]))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for t in CONVENTIONS:
        w("- " + t)
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

SCEN_DESC = {
    "applied_amount_only": "known customer, no invoice number (only PO/store/trace/cheque numbers), amount = exactly one open balance",
    "applied_balance_after_part": "pays what an earlier part payment in this file left open",
    "applied_multi_list": "CTX 820, portal advice, lockbox stub, wire or plain text listing 2-6 invoices at full balance",
    "applied_name_amount": "customer_id null, truncated payer name fits one customer, amount unique in the ledger",
    "applied_po_trap": "invoice named with exact balance; the PO number is another customer's invoice number",
    "applied_range": "`INV a-b` / `THRU` / short-tail ranges of consecutive invoice numbers",
    "applied_ref_single": "one invoice named (CCD+ RMR, stub, portal, wire OBI, plain), exact balance; ~20% customer_id null",
    "applied_statement": "customer's whole open balance paid 'per statement'",
    "error_currency": "EUR / GBP: no invoice has that currency",
    "error_date": "date null or missing",
    "error_dup": "second row of a repeated payment id",
    "error_malformed": "amount string not a decimal",
    "error_negative": "negative amount (ACH return)",
    "partial_part_payment": "declared part payment / instalment, no deduction",
    "partial_short_pay": "retailer deduction with its own deduction number on one invoice (1-3 invoices paid)",
    "partial_short_unexplained": "CCD+ RMR net below gross without a reason",
    "review_lump_subset": "no reference; amount = sum of some but not all open invoices",
    "review_other_customer_ref": "known payer quotes another customer's invoice at its exact balance",
    "review_ref_vs_amount": "names invoice A but pays exactly the balance of invoice B",
    "review_twin_amounts": "two open invoices of the customer with the same balance, nothing to tell them apart",
    "review_unknown_no_fit": "unknown payer, nothing fits",
    "review_unknown_two_customers": "customer_id null, 16-char payer name fits two customers, each with that exact balance",
    "unapplied_cross_currency": "quotes an invoice of the other currency (same figure)",
    "unapplied_duplicate_payment": "pays an invoice an earlier payment already closed",
    "unapplied_no_fit": "known customer, amount fits no open invoice or pair",
    "unapplied_overpayment": "names an invoice and pays more; remainder held",
}

CONVENTIONS = [
    "`candidates` is a list of invoice-id lists (each inner list is one candidate set), best first. It is `[]` for every status except `review`. Orderings: twin amounts and same-name customers oldest due date first; `review_ref_vs_amount` puts the named invoice first and the invoice whose balance equals the amount second. A scorer should compare candidate sets as sets; the order is a soft signal only.",
    "`review`: no applications and `unapplied` equals the whole payment (so applications + unapplied still add up to the payment). An unknown payer whose payment fits nothing is `review` with `candidates: []` (there is no customer account to hold it on).",
    "`partial` with `short_pay`: the remittance pays an invoice net of a retailer deduction (damaged goods, shortage, co-op advertising, compliance chargeback, pricing, promo/MDF, defective allowance, or a 2% prompt-pay discount taken); `short_pay.amount` is the deducted amount = what stays open on that invoice. `short_pay.reason` is free text naming the deduction type and number; compare `invoice_id` and `amount` only. Only one invoice per payment carries a deduction.",
    "A remittance that names one invoice and pays less than its balance with no reason at all (`partial_short_unexplained`, 4 rows) is treated as a short pay (`short_pay.reason` = `unexplained short payment`), because no other open invoice fits the amount. A remittance that says PARTIAL/INSTALLMENT/ACOMPTE is a part payment: `partial` with `short_pay: null`.",
    "Overpayment: the named invoice is paid in full and the rest is held: status `unapplied`, the application listed, `unapplied` = the excess.",
    "A second payment of an invoice that an earlier payment in this file already closed: `unapplied`, no applications, whole amount unapplied.",
    "A payment that quotes an invoice of another currency (same figure) from a known customer: `unapplied` (never across currencies; held on the customer's account), not `review`.",
    "A known customer's payment with no invoice number whose amount equals exactly one of that customer's open balances (and no pair of them) is applied. An unknown payer (customer_id null) is applied on amount only when its truncated payer name fits one customer and the amount equals a single open balance in the whole ledger of that currency.",
    "A payment that pays all open invoices of a customer exactly (statement payment) is applied; a no-reference lump that equals a subset of the open invoices but not all of them is `review` with the matching subset(s).",
    "A known customer quoting another customer's invoice with that invoice's exact balance is `review` (third-party payment), with that invoice as the one candidate.",
    "Bad-input rows (negative amount, currency no invoice has, malformed amount string, missing/null date, and the second row of a repeated payment id) get `status: error`, `applications: []`, `unapplied: null`, `short_pay: null`, `candidates: []` and an `error` text. The first row of a repeated id is processed normally. Error rows never change balances.",
    "Where I am least sure: the unexplained short pay (could be argued `review`), the cross-currency quote (could be argued `review`), the 2% prompt-pay discount counted as a short pay, and applying on amount alone for a known customer. Each has its own scenario name so a scorer can report them separately.",
    "Amounts in invoices/payments are plain decimal strings with two decimals; remittance texts use US (`12,345.67`) or French-Canadian (`12 345,67`) formatting.",
]

if __name__ == "__main__":
    main()
