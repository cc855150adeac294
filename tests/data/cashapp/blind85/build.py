#!/usr/bin/env python3
"""Blind cash-application ledger: Indian API/excipient exporter. Deterministic, stdlib only."""
import json, random, re
from decimal import Decimal as D
from datetime import date, timedelta

R = random.Random(302)
Q = D("0.01")
def m(x): return str(D(x).quantize(Q))

# ---------------- customers ----------------
# (cid, name, bank-cut name, ccy, region, lang)
CUST = [
 ("c-101","SHREE BALAJI PHARMA DISTRIBUTORS PVT LTD","SHREE BALAJI PHARMA DISTRIBUTORS PV","INR","IN","en"),
 ("c-102","SAI LIFECARE PRIVATE LIMITED","SAI LIFECARE PRIVATE LIMI","INR","IN","en"),
 ("c-103","SAI LIFE CARE LLP","SAI LIFE CARE LLP","INR","IN","en"),
 ("c-104","VARDHMAN MEDICO AGENCIES","VARDHMAN MEDICO AGENCI","INR","IN","en"),
 ("c-105","KRISHNA EXCIPIENTS TRADING CO","KRISHNA EXCIPIENTS TRADIN","INR","IN","en"),
 ("c-106","NILGIRI HEALTHCARE DISTRIBUTORS PRIVATE LIMITED","NILGIRI HEALTHCARE DISTRIB","INR","IN","en"),
 ("c-107","MAHALAXMI SURGICO PHARMA LLP","MAHALAXMI SURGICO PHAR","INR","IN","en"),
 ("c-108","ORBIT FORMULATIONS PVT. LTD.","ORBIT FORMULATIONS PVT","INR","IN","en"),
 ("c-109","GANGA CHEMPHARM PRIVATE LIMITED","GANGA CHEMPHARM PRIVATE L","INR","IN","en"),
 ("c-110","RUDRA BIOCEUTICALS PVT LTD","RUDRA BIOCEUTICALS PVT","INR","IN","en"),
 ("c-111","DECCAN API TRADERS","DECCAN API TRADERS","INR","IN","en"),
 ("c-112","SHIVAM MEDISALES LLP","SHIVAM MEDISALES LLP","INR","IN","en"),
 ("c-113","PARAS TABLET COATINGS PVT LTD","PARAS TABLET COATINGS P","INR","IN","en"),
 ("c-114","AMRUT GENERICS PRIVATE LIMITED","AMRUT GENERICS PRIVATE","INR","IN","en"),
 ("c-115","KAVERI PHARMA LINKS","KAVERI PHARMA LINKS","INR","IN","en"),
 ("c-116","JYOTI DRUG HOUSE","JYOTI DRUG HOUSE","INR","IN","en"),
 ("c-117","SUNMED LABORATORIES PVT LTD","SUNMED LABORATORIES PV","INR","IN","en"),
 ("c-118","TRIVENI HEALTH DISTRIBUTORS","TRIVENI HEALTH DISTRIBU","INR","IN","en"),
 ("c-119","POORNIMA FORMULATIONS LLP","POORNIMA FORMULATIONS L","INR","IN","en"),
 ("c-120","SIDDHI VINAYAK PHARMA (SUB-DIST.)","SIDDHI VINAYAK PHARMA","INR","IN","en"),
 ("c-201","AL NOOR MEDICAL SUPPLIES LLC","AL NOOR MEDICAL SUPPLIES L.L.C","AED","GULF","ar"),
 ("c-202","GULF CREST PHARMA TRADING LLC","GULF CREST PHARMA TRDG","AED","GULF","ar"),
 ("c-203","DAR AL SHIFA DRUG STORE CO","DAR AL SHIFA DRUG STORE","USD","GULF","ar"),
 ("c-204","OASIS HEALTHCARE FZE","OASIS HEALTHCARE FZE","USD","GULF","en"),
 ("c-205","AL RAYAN PHARMACEUTICAL DIST WLL","AL RAYAN PHARMACEUTICAL","USD","GULF","ar"),
 ("c-301","KILIMA PHARMACEUTICALS LIMITED","KILIMA PHARMACEUTICALS LTD","USD","AF","en"),
 ("c-302","LAGOON HEALTH DISTRIBUTION NIGERIA LTD","LAGOON HEALTH DISTRIB","USD","AF","en"),
 ("c-303","SAHEL PHARMA SARL","SAHEL PHARMA SARL","EUR","AF","fr"),
 ("c-304","ATLAS MEDICAMENTS DISTRIBUTION SA","ATLAS MEDICAMENTS DISTRI","EUR","AF","fr"),
 ("c-305","CAPE PHARMA WHOLESALERS (PTY) LTD","CAPE PHARMA WHOLESALERS","ZAR","AF","en"),
 ("c-306","BAOBAB MEDICAL SUPPLIES LTD","BAOBAB MEDICAL SUPPLIES","USD","AF","en"),
 ("c-401","DISTRIBUIDORA FARMACEUTICA ANDINA S.A.","DISTRIBUIDORA FARMACEUTICA AND","USD","LATAM","es"),
 ("c-402","DROGUERIA DEL PACIFICO SAC","DROGUERIA DEL PACIFICO","USD","LATAM","es"),
 ("c-403","QUIMICA FARMA SUL LTDA","QUIMICA FARMA SUL LTDA","BRL","LATAM","pt"),
 ("c-404","INSUMOS FARMACEUTICOS DO NORDESTE LTDA","INSUMOS FARMACEUTICOS DO NO","USD","LATAM","pt"),
 ("c-405","LABORATORIOS RIO BRAVO SA DE CV","LABORATORIOS RIO BRAVO","USD","LATAM","es"),
 ("c-406","FARMOQUIMICA CARIBE SRL","FARMOQUIMICA CARIBE","EUR","LATAM","es"),
]
CUSTD = {c[0]: c for c in CUST}
# some export customers also buy in a second currency
EXTRA_CCY = {"c-204": "EUR", "c-301": "EUR", "c-402": "EUR", "c-201": "USD"}

# ---------------- invoices ----------------
invoices = []
seq = {}
def newnum(prefix, fy):
    k = (prefix, fy); seq[k] = seq.get(k, 0) + R.randint(1, 2)
    return f"{prefix}/{fy}/{seq[k]:04d}"

def rnd_amount(ccy):
    if ccy == "INR":
        base = D(R.randint(18000, 2400000)) + D(R.choice([0, 0, 0, 50, 25, 60])) / 100
        return base.quantize(Q)
    if ccy in ("ZAR", "BRL"):
        return (D(R.randint(15000, 400000)) + D(R.randint(0, 99)) / 100).quantize(Q)
    return (D(R.randint(1800, 90000)) + D(R.choice([0, 0, 50, 25, 40, 75])) / 100).quantize(Q)

iid = 1000
def add_invoice(cid, ccy, fy, issue, total=None, balance=None):
    global iid
    iid += 1
    c = CUSTD[cid]
    prefix = "INV" if ccy == "INR" else "EXP"
    total = total if total is not None else rnd_amount(ccy)
    bal = balance if balance is not None else total
    terms = 30 if ccy == "INR" else R.choice([60, 90, 120])
    inv = {"id": f"i-{iid}", "number": newnum(prefix, fy), "customer_id": cid, "customer_name": c[1],
           "currency": ccy, "total": m(total), "balance": m(bal), "issue_date": issue.isoformat(),
           "due_date": (issue + timedelta(days=terms)).isoformat()}
    invoices.append(inv)
    return inv

# create chronologically so numbering rises with date
start = date(2023, 10, 1)
plan = []
for cid in CUSTD:
    n = R.randint(25, 55) if cid.startswith("c-1") else R.randint(28, 48)
    for _ in range(n):
        d = start + timedelta(days=R.randint(0, 456))  # up to 2024-12-31
        ccy = CUSTD[cid][3]
        if cid in EXTRA_CCY and R.random() < 0.25: ccy = EXTRA_CCY[cid]
        plan.append((d, cid, ccy))
plan.sort()
for d, cid, ccy in plan:
    fy = "23-24" if d < date(2024, 4, 1) else "24-25"
    inv = add_invoice(cid, ccy, fy, d)
    if R.random() < 0.12:  # partly paid earlier
        t = D(inv["total"]); inv["balance"] = m(t - (t * D(R.choice([20, 25, 40, 50])) / 100).quantize(Q))
INV = {i["id"]: i for i in invoices}
BAL = {i["id"]: D(i["balance"]) for i in invoices}

# ---------------- payments ----------------
USED = set()           # invoices touched by a payment (kept out of fresh picks)
PAID_FULL = []         # (invoice_id, amount, cid) paid in full earlier in the file
NUMIDX = {}
for i in invoices: NUMIDX.setdefault(i["number"], []).append(i["id"])
ALLNUMS = set(NUMIDX)

def opens(cid, ccy): return [i for i in invoices if i["customer_id"] == cid and i["currency"] == ccy and BAL[i["id"]] > 0]
def fresh(cid, ccy): return [i for i in opens(cid, ccy) if i["id"] not in USED]
def amt_hits(cid, ccy, a):
    """single invoices and pairs of the customer's open invoices whose balances equal a"""
    o = opens(cid, ccy); s = [i["id"] for i in o if BAL[i["id"]] == a]
    p = []
    for x in range(len(o)):
        for y in range(x + 1, len(o)):
            if BAL[o[x]["id"]] + BAL[o[y]["id"]] == a: p.append((o[x]["id"], o[y]["id"]))
    return s, p
def any_open_equal(ccy, a): return any(BAL[i["id"]] == a for i in invoices if i["currency"] == ccy)

def utr(bank):
    return f"{bank}{R.choice('RNH')}5{R.randint(2025000000000, 2025099999999)}"
def short(num, style):
    p, fy, n = num.split("/")
    k = int(n)
    return {"exact": num, "dash": f"{p}-{fy}-{n}", "space": f"{p} {fy} {k}", "rev": f"{n}/{fy}",
            "compact": f"{p}{fy.replace('-','')}{n}", "bill": f"BILL NO {k} FY{fy}", "lower": num.lower(),
            "nofy": f"{p} {n}"}[style]

DOM_BANKS = ["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "YESB"]
def dom_ref(cid, text):
    c = CUSTD[cid]; kind = R.choice(["NEFT", "RTGS", "IMPS", "NEFT"])
    u = utr(R.choice(DOM_BANKS))
    nm = c[2][:R.choice([16, 20, 35])]
    if kind == "IMPS":
        return f"IMPS/P2A/{R.randint(500000000000, 599999999999)}/{nm[:10]}/{text}"[:90] if text else f"IMPS/P2A/{R.randint(500000000000,599999999999)}/{nm[:10]}/PAYMENT"
    return f"{kind}-{u}-{nm}-{text}" if text else f"{kind}-{u}-{nm}"
def swift_ref(text):
    return f"MT103 {R.choice(['FT','TT','OR'])}{R.randint(25001, 25090)}{R.randint(10000,99999)} /RFB/{text}" if text else f"MT103 FT{R.randint(2500110000,2509099999)} /RFB/NOTPROVIDED"

def payer(cid, null_ok=True):
    c = CUSTD[cid]
    nm = c[2]
    if c[4] == "IN" and R.random() < 0.3: nm = nm.replace("PRIVATE LIMITED", "PVT LTD").replace("PRIVATE LIMI", "PVT LTD")
    if R.random() < 0.15: nm = nm.title()
    show = (not null_ok) or R.random() < 0.6
    return nm, (cid if show else None)

REM = {
 "en": ["Payment against {refs}", "Being payment towards invoice {refs}", "Remittance for {refs}", "Settlement of {refs}"],
 "es": ["Pago factura {refs}", "Cancelacion de facturas {refs}", "Transferencia por factura {refs}"],
 "pt": ["Pagamento fatura {refs}", "Liquidacao das faturas {refs}", "Pagto ref. fatura {refs}"],
 "fr": ["Reglement facture {refs}", "Paiement de la facture {refs}", "Virement pour factures {refs}"],
 "ar": ["سداد فاتورة رقم {refs}", "دفعة مقابل الفواتير {refs}", "تحويل قيمة الفاتورة {refs}"],
}
def rem(lang, refs): return R.choice(REM[lang]).format(refs=refs)

def mkpay(cid, ccy, amount, reftext, remtext, lang, null_ok=True, payer_override=None):
    c = CUSTD[cid] if cid else None
    if payer_override: nm, pc = payer_override
    else: nm, pc = payer(cid, null_ok)
    region = c[4] if c else "EXT"
    if region == "IN":
        reference = dom_ref(cid, reftext)
        remittance = remtext
    else:
        reference = swift_ref(reftext) if R.random() < 0.7 else reftext
        remittance = remtext
    return {"amount": m(amount) if isinstance(amount, D) else amount, "currency": ccy, "payer_name": nm,
            "customer_id": pc, "reference": reference, "remittance": remittance}, lang

def lab(status, apps=(), unapplied="0.00", short_pay=None, cands=(), reason="", scen="", note=""):
    return {"status": status, "applications": [{"invoice_id": a, "amount": m(v)} for a, v in apps],
            "unapplied": m(unapplied) if not isinstance(unapplied, str) else unapplied, "short_pay": short_pay,
            "candidates": [list(c) for c in cands], "reason": reason, "scenario": scen, "note": note}

def pick_cust(region=None, ccy=None, exclude=()):
    cs = [c for c in CUST if (region is None or c[4] in region) and c[0] not in exclude]
    R.shuffle(cs)
    for c in cs:
        cc = ccy or c[3]
        if fresh(c[0], cc): return c[0], cc
    return None, None
def lang_of(cid): return CUSTD[cid][5] if CUSTD[cid][4] != "IN" else "en"
def apply(iid, a):
    BAL[iid] -= a; USED.add(iid)
    assert BAL[iid] >= 0
    if BAL[iid] == 0: PAID_FULL.append((iid, a, INV[iid]["customer_id"]))

# ---------------- scenarios ----------------
def s_exact(style="exact"):
    cid, ccy = pick_cust()
    inv = R.choice(fresh(cid, ccy)); a = BAL[inv["id"]]; lg = lang_of(cid)
    r = short(inv["number"], style)
    if style == "exact" or R.random() < 0.5:
        p = mkpay(cid, ccy, a, r if CUSTD[cid][4] == "IN" else r, rem(lg, r) if R.random() < 0.6 else None, lg)
    else:
        p = mkpay(cid, ccy, a, None, rem(lg, r), lg)
    s, _ = amt_hits(cid, ccy, a)
    apply(inv["id"], a)
    return p, lab("applied", [(inv["id"], a)], reason=f"reference {r} and exact balance", scen="exact_ref" if style == "exact" else "ref_variant",
                  note=f"{inv['number']} written as '{r}'; amount equals its balance")

def s_typo():
    for _ in range(50):
        cid, ccy = pick_cust()
        inv = R.choice(fresh(cid, ccy)); a = BAL[inv["id"]]
        p_, fy, n = inv["number"].split("/")
        d = list(n)
        k = R.randint(1, 2)
        if d[k] == d[k + 1]: continue
        d[k], d[k + 1] = d[k + 1], d[k]
        typed = f"{p_}/{fy}/{''.join(d)}"
        if typed in ALLNUMS: continue
        s, pr = amt_hits(cid, ccy, a)
        if s != [inv["id"]] or pr: continue
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, typed, rem(lg, typed) if R.random() < 0.4 else None, lg, null_ok=False)
        apply(inv["id"], a)
        return p, lab("applied", [(inv["id"], a)], reason=f"reference {typed} is a transposition of {inv['number']}; exact balance, unique amount",
                      scen="typo_ref", note=f"typed {typed} (no such invoice); amount matches only {inv['number']} among the customer's open invoices")

def s_list(kind="list"):
    for _ in range(50):
        cid, ccy = pick_cust()
        f = fresh(cid, ccy)
        if len(f) < 4: continue
        k = R.randint(2, 4); sel = sorted(R.sample(f, k), key=lambda i: i["number"])
        tot = sum(BAL[i["id"]] for i in sel); lg = lang_of(cid)
        if kind == "list":
            nums = [sel[0]["number"]] + [i["number"].split("/")[2] if i["number"][:9] == sel[0]["number"][:9] else i["number"] for i in sel[1:]]
            txt = R.choice([", ", " / ", " & ", "; "]).join(nums)
            p = mkpay(cid, ccy, tot, txt[:60] if CUSTD[cid][4] == "IN" else None, rem(lg, txt), lg)
            sc = "ref_list"
        else:  # remittance advice table with amounts
            lines = "\n".join(f"{i['number']}  {ccy} {BAL[i['id']]}" for i in sel)
            hdr = {"en": "REMITTANCE ADVICE", "es": "AVISO DE PAGO", "pt": "AVISO DE PAGAMENTO", "fr": "AVIS DE PAIEMENT", "ar": "إشعار دفع"}[lg]
            tl = {"en": "TOTAL", "es": "TOTAL", "pt": "TOTAL", "fr": "TOTAL", "ar": "المجموع"}[lg]
            p = mkpay(cid, ccy, tot, "PMT ADVICE " + str(R.randint(1000, 9999)), f"{hdr}\n{lines}\n{tl} {ccy} {tot}", lg)
            sc = "remittance_table"
        for i in sel: apply(i["id"], BAL[i["id"]])
        return p, lab("applied", [(i["id"], D(i["balance"]) if False else None) for i in []] or [], scen=sc) if False else (
            p, lab("applied", [(i["id"], x) for i, x in zip(sel, [D(0)] * 0)], scen=sc))[1] if False else (p, _mk_multi(sel, tot, sc, ccy))

_LAST = {}
def _mk_multi(sel, tot, sc, ccy):
    # balances were already zeroed; amounts come from PAID_FULL tail
    amap = {iid: a for iid, a, _ in PAID_FULL[-len(sel):]}
    return lab("applied", [(i["id"], amap[i["id"]]) for i in sel], reason="invoices listed; sum equals payment",
               scen=sc, note=f"{len(sel)} invoices listed, balances sum to {m(tot)} {ccy}")

def s_list(kind="list"):
    for _ in range(50):
        cid, ccy = pick_cust()
        f = fresh(cid, ccy)
        if len(f) < 4: continue
        k = R.randint(2, 4); sel = sorted(R.sample(f, k), key=lambda i: i["number"])
        tot = sum(BAL[i["id"]] for i in sel); lg = lang_of(cid)
        if kind == "list":
            nums = [sel[0]["number"]] + [i["number"].split("/")[2] if i["number"][:9] == sel[0]["number"][:9] else i["number"] for i in sel[1:]]
            txt = R.choice([", ", " / ", " & ", "; "]).join(nums)
            p = mkpay(cid, ccy, tot, txt if CUSTD[cid][4] == "IN" else None, rem(lg, txt), lg)
            sc = "ref_list"
        else:
            lines = "\n".join(f"{i['number']}  {ccy} {BAL[i['id']]}" for i in sel)
            hdr = {"en": "REMITTANCE ADVICE", "es": "AVISO DE PAGO", "pt": "AVISO DE PAGAMENTO", "fr": "AVIS DE PAIEMENT", "ar": "إشعار دفع"}[lg]
            tl = {"en": "TOTAL", "es": "TOTAL", "pt": "TOTAL", "fr": "TOTAL", "ar": "المجموع"}[lg]
            p = mkpay(cid, ccy, tot, "PMT ADVICE " + str(R.randint(1000, 9999)), f"{hdr}\n{lines}\n{tl} {ccy} {tot}", lg)
            sc = "remittance_table"
        apps = [(i["id"], BAL[i["id"]]) for i in sel]
        for i in sel: apply(i["id"], BAL[i["id"]])
        return p, lab("applied", apps, reason="invoices listed; balances sum to the payment", scen=sc,
                      note=f"{len(sel)} invoices listed, balances sum to {m(tot)} {ccy}")

def s_range():
    for _ in range(200):
        cid, ccy = pick_cust()
        o = sorted(opens(cid, ccy), key=lambda i: i["number"])
        if len(o) < 5: continue
        j = R.randrange(len(o) - 3); k = R.randint(3, 4)
        sel = o[j:j + k]
        if any(i["id"] in USED for i in sel) or len({i["number"][:9] for i in sel}) > 1: continue
        lo, hi = sel[0]["number"], sel[-1]["number"]
        # all this customer's open invoices between lo and hi are in sel (by construction of o)
        tot = sum(BAL[i["id"]] for i in sel); lg = lang_of(cid)
        word = {"en": "TO", "es": "AL", "pt": "A", "fr": "A", "ar": "إلى"}[lg]
        txt = f"{lo} {word} {hi.split('/')[2]}"
        p = mkpay(cid, ccy, tot, txt if R.random() < 0.5 else None, rem(lg, txt), lg)
        apps = [(i["id"], BAL[i["id"]]) for i in sel]
        for i in sel: apply(i["id"], BAL[i["id"]])
        return p, lab("applied", apps, reason="range of invoices; customer's open invoices in the range sum to the payment", scen="ref_range",
                      note=f"range {lo}..{hi}: the customer's {k} open invoices in it sum exactly; other numbers in the range belong to other customers")

def s_amount_only():
    for _ in range(100):
        cid, ccy = pick_cust()
        inv = R.choice(fresh(cid, ccy)); a = BAL[inv["id"]]
        s, pr = amt_hits(cid, ccy, a)
        if s != [inv["id"]] or pr: continue
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, None, None, lg, null_ok=False)
        apply(inv["id"], a)
        return p, lab("applied", [(inv["id"], a)], reason="known customer; amount equals exactly one open balance", scen="amount_only",
                      note=f"no invoice reference; {m(a)} matches only {inv['number']} (no other single or pair)")

TDS_TXT = ["TDS @{r}% DEDUCTED U/S 194Q", "LESS TDS {r}%", "NET OF TDS {r} PCT", "TDS {r}% DEDUCTED RS {d}"]
def s_tds(stated=True):
    for _ in range(100):
        cid, ccy = pick_cust(region=("IN",))
        inv = R.choice(fresh(cid, ccy)); b = BAL[inv["id"]]
        if b != D(inv["total"]): continue
        r = R.choice([1, 2]); d = (b * r / 100).quantize(Q); a = b - d
        num = inv["number"]; st = R.choice(["exact", "dash", "space"]); ref = short(num, st)
        if stated:
            remt = f"{ref} {R.choice(TDS_TXT).format(r=r, d=d)}"
            p = mkpay(cid, ccy, a, ref, remt, "en")
            sp = {"invoice_id": inv["id"], "amount": m(d), "reason": f"TDS {r}% deducted"}
            note = f"remittance states TDS {r}%; {m(b)} - {m(d)} = {m(a)}"
        else:
            p = mkpay(cid, ccy, a, ref, None, "en")
            sp = {"invoice_id": inv["id"], "amount": m(d), "reason": f"unexplained deduction of exactly {r}% (likely TDS)"}
            note = f"no reason given but short by exactly {r}% of the invoice ({m(d)}); labelled as a short pay (deduction case), not a part payment"
        apply(inv["id"], a)
        return p, lab("partial", [(inv["id"], a)], short_pay=sp, reason="reference; short by TDS", scen="tds_stated" if stated else "tds_unstated", note=note)

def s_charges(stated=True):
    for _ in range(100):
        cid, ccy = pick_cust(region=("GULF", "AF", "LATAM"))
        if ccy not in ("USD", "EUR"): continue
        inv = R.choice(fresh(cid, ccy)); b = BAL[inv["id"]]
        d = D(R.choice([15, 18, 20, 25, 30, 35, 40, 45])); a = b - d
        ref = short(inv["number"], R.choice(["exact", "dash", "nofy"]))
        if "nofy" and ref.startswith("EXP ") and len([n for n in ALLNUMS if n.endswith("/" + inv["number"].split("/")[2]) and n.startswith("EXP")]) > 1:
            ref = inv["number"]
        lg = lang_of(cid)
        if stated:
            ch = {"en": f"CHARGES SHA - INTERMEDIARY BANK CHARGES {ccy} {d} DEDUCTED", "es": f"GASTOS COMPARTIDOS, COMISION BANCO INTERMEDIARIO {ccy} {d}",
                  "pt": f"TARIFA BANCO INTERMEDIARIO {ccy} {d} DESCONTADA", "fr": f"FRAIS PARTAGES (SHA), FRAIS BANQUE INTERMEDIAIRE {ccy} {d}",
                  "ar": f"خصم رسوم البنك الوسيط {ccy} {d}"}[lg]
            p = mkpay(cid, ccy, a, ref, rem(lg, ref) + " / " + ch, lg)
            sp = {"invoice_id": inv["id"], "amount": m(d), "reason": "intermediary bank charges deducted"}
            note = f"remittance states {ccy} {d} bank charges"
        else:
            p = mkpay(cid, ccy, a, ref, ":71A:SHA", lg)
            sp = {"invoice_id": inv["id"], "amount": m(d), "reason": "likely intermediary bank charges (SHA)"}
            note = f"MT103 with :71A:SHA, short by {ccy} {d} without a stated reason; labelled short pay for bank charges"
        apply(inv["id"], a)
        return p, lab("partial", [(inv["id"], a)], short_pay=sp, reason="reference; short by bank charges", scen="bank_charges_stated" if stated else "bank_charges_sha", note=note)

SHORT_R = {"en": [("rate difference as per PO", "RATE DIFF"), ("2 drums damaged in transit", "DAMAGED DRUMS"), ("QC rejection of 1 batch", "QC REJECTION"), ("debit note for freight", "DEBIT NOTE FREIGHT")],
           "es": [("diferencia de precio", "DIFERENCIA DE PRECIO"), ("mercaderia danada", "MERCADERIA DANADA")],
           "pt": [("diferenca de preco", "DIFERENCA DE PRECO"), ("avaria na carga", "AVARIA")],
           "fr": [("ecart de prix", "ECART DE PRIX"), ("marchandise endommagee", "AVARIE")],
           "ar": [("فرق السعر", "فرق السعر"), ("تلف في الشحنة", "تلف")]}
SHORT_W = {"en": "SHORT PAID {c} {d} - {r}", "es": "DESCUENTO {c} {d} POR {r}", "pt": "DEDUZIDO {c} {d} - {r}", "fr": "RETENUE {c} {d} - {r}", "ar": "تم خصم {c} {d} بسبب {r}"}
def s_short():
    cid, ccy = pick_cust()
    inv = R.choice(fresh(cid, ccy)); b = BAL[inv["id"]]
    d = (b * D(R.randint(3, 15)) / 100).quantize(D("1")); a = b - d; lg = lang_of(cid)
    rs, tag = R.choice(SHORT_R[lg])
    txt = rem(lg, inv["number"]) + " / " + SHORT_W[lg].format(c=ccy, d=m(d), r=rs)
    p = mkpay(cid, ccy, a, inv["number"], txt, lg)
    apply(inv["id"], a)
    return p, lab("partial", [(inv["id"], a)], short_pay={"invoice_id": inv["id"], "amount": m(d), "reason": rs},
                  reason="reference; stated deduction", scen="short_pay_reason", note=f"deduction {m(d)} stated ({rs}); {m(b)} - {m(d)} = {m(a)}")

PART = {"en": ["PART PAYMENT AGAINST {n}", "1ST INSTALMENT {n}", "ON ACCOUNT {n} BALANCE TO FOLLOW"], "es": ["PAGO PARCIAL FACTURA {n}", "ABONO A FACTURA {n}, SALDO PROXIMA SEMANA"],
        "pt": ["PAGAMENTO PARCIAL {n}", "1A PARCELA FATURA {n}"], "fr": ["ACOMPTE SUR FACTURE {n}", "PAIEMENT PARTIEL {n}"], "ar": ["دفعة جزئية من الفاتورة {n}", "القسط الأول للفاتورة {n}"]}
def s_part():
    cid, ccy = pick_cust()
    inv = R.choice(fresh(cid, ccy)); b = BAL[inv["id"]]
    a = (b * D(R.choice([25, 30, 40, 50, 60])) / 100).quantize(D("1")) ; lg = lang_of(cid)
    s, pr = amt_hits(cid, ccy, a)
    if s or pr: return None
    p = mkpay(cid, ccy, a, inv["number"], R.choice(PART[lg]).format(n=inv["number"]), lg)
    apply(inv["id"], a)
    return p, lab("partial", [(inv["id"], a)], reason="stated part payment", scen="part_payment", note=f"part payment {m(a)} of {m(b)}; invoice stays open with {m(b-a)}")

def s_over():
    for _ in range(100):
        cid, ccy = pick_cust()
        inv = R.choice(fresh(cid, ccy)); b = BAL[inv["id"]]; t = D(inv["total"])
        if t > b: a = t; why = "paid the invoice total although part was already paid"
        else: a = b + D(R.choice([100, 250, 500, 1000, 1500])); why = "paid more than the balance"
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, inv["number"], rem(lg, inv["number"]) if R.random() < 0.5 else None, lg, null_ok=False)
        apply(inv["id"], b)
        return p, lab("unapplied", [(inv["id"], b)], unapplied=a - b, reason="overpayment; remainder unapplied", scen="overpayment",
                      note=f"{why}: {m(a)} vs balance {m(b)}; {m(a-b)} held on account")

def s_second():
    R.shuffle(PAID_FULL)
    for iid, a0, cid in PAID_FULL:
        inv = INV[iid]
        if iid in SECONDED: continue
        ccy = inv["currency"]
        s, pr = amt_hits(cid, ccy, a0)
        if s or pr: continue
        SECONDED.add(iid); lg = lang_of(cid)
        p = mkpay(cid, ccy, a0, inv["number"], rem(lg, inv["number"]), lg, null_ok=False)
        return p, lab("unapplied", [], unapplied=a0, reason="second payment of an invoice already paid", scen="second_payment",
                      note=f"{inv['number']} was cleared by an earlier payment in this file; amount held unapplied")
SECONDED = set()

def s_advance():
    cid, ccy = pick_cust()
    a = D(R.choice([50000, 100000, 250000, 500000, 750000])) if ccy == "INR" else D(R.choice([5000, 10000, 12500, 20000, 25000]))
    s, pr = amt_hits(cid, ccy, a)
    if s or pr: return None
    lg = lang_of(cid); pi = f"PI/24-25/{R.randint(300, 480):04d}"
    t = {"en": f"ADVANCE AGAINST PROFORMA {pi}", "es": f"ANTICIPO PROFORMA {pi}", "pt": f"ADIANTAMENTO PROFORMA {pi}", "fr": f"AVANCE SUR FACTURE PROFORMA {pi}", "ar": f"دفعة مقدمة مقابل الفاتورة المبدئية {pi}"}[lg]
    p = mkpay(cid, ccy, a, f"ADV {pi}", t, lg, null_ok=False)
    return p, lab("unapplied", [], unapplied=a, reason="advance against proforma; no open invoice", scen="advance_proforma", note=f"{pi} is a proforma, not an open invoice; known customer -> unapplied")

UNKNOWN = ["MEDIPLUS TRADING HOUSE", "NOVA CARE DRUG AGENCY", "ALPHA BIOMED SUPPLIERS", "ZENITH PHARMA IMPEX LLP", "AL BARAKA GENERAL TRADING", "COMERCIAL SALUD TOTAL SRL", "PHARMA EXPRESS ANGOLA LDA", "R K ENTERPRISES", "SRI LAKSHMI AGENCIES", "TRANSFARMA DEL SUR SA"]
def s_unknown():
    ccy = R.choice(["INR", "INR", "USD", "EUR", "AED"])
    a = (D(R.randint(20000, 900000)) if ccy == "INR" else D(R.randint(2000, 40000))) + D(R.randint(0, 99)) / 100
    if any_open_equal(ccy, a): return None
    nm = R.choice(UNKNOWN)
    ref = f"NEFT-{utr('SBIN')}-{nm[:20]}-BILL {R.randint(100,999)}" if ccy == "INR" else swift_ref(f"INVOICE {R.randint(1000, 9999)}")
    p = ({"amount": m(a), "currency": ccy, "payer_name": nm, "customer_id": None, "reference": ref, "remittance": None}, "en")
    return p, lab("review", [], unapplied=a, reason="unknown payer; no matching invoice", scen="unknown_payer", note="payer is not a customer and the reference names no invoice of ours")

def s_nofit():
    cid, ccy = pick_cust()
    a = (rnd_amount(ccy) / 3).quantize(Q)
    s, pr = amt_hits(cid, ccy, a)
    if s or pr: return None
    lg = lang_of(cid)
    p = mkpay(cid, ccy, a, None, None, lg, null_ok=False)
    return p, lab("unapplied", [], unapplied=a, reason="known customer; fits no invoice", scen="known_no_fit", note="no reference and no open invoice, single or pair, has this amount")

def s_po():
    for _ in range(100):
        cid, ccy = pick_cust()
        inv = R.choice(fresh(cid, ccy)); a = BAL[inv["id"]]
        s, pr = amt_hits(cid, ccy, a)
        if s != [inv["id"]] or pr: continue
        others = [n for n in ALLNUMS if INV[NUMIDX[n][0]]["customer_id"] != cid and n[:3] == inv["number"][:3]]
        on = R.choice(others); tail = on.split("/", 1)[1]
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, f"PO {tail}", {"en": f"AGAINST OUR PO NO {tail}", "es": f"SEGUN NUESTRA ORDEN DE COMPRA {tail}", "pt": f"PEDIDO DE COMPRA {tail}",
                  "fr": f"BON DE COMMANDE {tail}", "ar": f"أمر الشراء رقم {tail}"}[lg], lg, null_ok=False)
        apply(inv["id"], a)
        return p, lab("applied", [(inv["id"], a)], reason="PO number is not an invoice; known customer and unique exact amount", scen="po_lookalike",
                      note=f"'PO {tail}' resembles {on} of another customer; amount matches only {inv['number']}")

def s_twins():
    for _ in range(100):
        cid, ccy = pick_cust()
        f = fresh(cid, ccy)
        if len(f) < 2: continue
        x, y = R.sample(f, 2)
        if BAL[x["id"]] != D(x["total"]) or BAL[y["id"]] != D(y["total"]): continue
        # make y a repeat order with the same value as x
        y["total"] = x["total"]; y["balance"] = x["balance"]; BAL[y["id"]] = BAL[x["id"]]
        a = BAL[x["id"]]
        s, pr = amt_hits(cid, ccy, a)
        if sorted(s) != sorted([x["id"], y["id"]]) or pr: continue
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, None, R.choice([None, "PAYMENT", "PAGO", "TRANSFER"]), lg, null_ok=False)
        USED.update([x["id"], y["id"]])
        c = sorted([x, y], key=lambda i: i["due_date"])
        return p, lab("review", [], unapplied=a, cands=[[c[0]["id"]], [c[1]["id"]]], reason="two open invoices with the same balance; no reference", scen="ambiguous_same_amount",
                      note=f"{x['number']} and {y['number']} both open for {m(a)}; oldest due first")

def s_conflict():
    for _ in range(100):
        cid, ccy = pick_cust()
        f = fresh(cid, ccy)
        if len(f) < 2: continue
        x, y = R.sample(f, 2); a = BAL[y["id"]]
        s, pr = amt_hits(cid, ccy, a)
        if s != [y["id"]] or pr or BAL[x["id"]] == a: continue
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, x["number"], rem(lg, x["number"]), lg, null_ok=False)
        USED.update([x["id"], y["id"]])
        return p, lab("review", [], unapplied=a, cands=[[x["id"]], [y["id"]]], reason="reference and amount point to different invoices", scen="ref_amount_conflict",
                      note=f"reference {x['number']} (balance {m(BAL[x['id']])}) but amount equals {y['number']}")

def s_subset():
    for _ in range(100):
        cid, ccy = pick_cust()
        f = fresh(cid, ccy)
        if len(f) < 5: continue
        x, y = R.sample(f, 2); a = BAL[x["id"]] + BAL[y["id"]]
        s, pr = amt_hits(cid, ccy, a)
        if s or len(pr) != 1: continue
        lg = lang_of(cid)
        p = mkpay(cid, ccy, a, None, None, lg, null_ok=False)
        USED.update([x["id"], y["id"]])
        return p, lab("review", [], unapplied=a, cands=[sorted([x["id"], y["id"]])], reason="no reference; amount equals one pair of open invoices", scen="subset_noref",
                      note=f"only {x['number']} + {y['number']} sum to {m(a)}, but nothing names them; not sure enough to apply")

SUBD = [("c-101", "c-120"), ("c-118", "c-116"), ("c-204", "c-205"), ("c-401", "c-402"), ("c-301", "c-306")]
def s_subdist(stated=True):
    dist, sub = R.choice(SUBD)
    ccy = CUSTD[sub][3]
    f = fresh(sub, ccy)
    if not f: return None
    inv = R.choice(f); a = BAL[inv["id"]]; lg = lang_of(dist)
    if stated:
        t = {"en": f"ON BEHALF OF {CUSTD[sub][1]} - {inv['number']}", "es": f"POR CUENTA DE {CUSTD[sub][1]} FACTURA {inv['number']}", "pt": f"EM NOME DE {CUSTD[sub][1]} FATURA {inv['number']}",
             "fr": f"POUR LE COMPTE DE {CUSTD[sub][1]} FACTURE {inv['number']}", "ar": f"نيابة عن {CUSTD[sub][1]} فاتورة {inv['number']}"}[lg]
        p = mkpay(dist, ccy, a, inv["number"], t, lg, payer_override=(CUSTD[dist][2], dist))
        apply(inv["id"], a)
        return p, lab("applied", [(inv["id"], a)], reason="distributor pays for named sub-distributor; reference and exact balance", scen="subdist_stated",
                      note=f"{CUSTD[dist][1]} pays {inv['number']} of {CUSTD[sub][1]} and says so")
    s, pr = amt_hits(dist, ccy, a)
    if s or pr: return None
    p = mkpay(dist, ccy, a, inv["number"], None, lg, payer_override=(CUSTD[dist][2], dist))
    USED.add(inv["id"])
    return p, lab("review", [], unapplied=a, cands=[[inv["id"]]], reason="reference names another customer's invoice", scen="subdist_unstated",
                  note=f"{CUSTD[dist][1]} quotes {inv['number']} of {CUSTD[sub][1]} without saying it pays on its behalf")

def s_ccy():
    cid = R.choice(list(EXTRA_CCY)); other = EXTRA_CCY[cid]; home = CUSTD[cid][3]
    icy, pcy = R.choice([(home, other), (other, home)])
    f = fresh(cid, icy)
    if not f: return None
    inv = R.choice(f); b = BAL[inv["id"]]
    a = (b * D(R.choice(["0.92", "0.93", "1.08", "3.67", "0.27"]))).quantize(Q)
    if any_open_equal(pcy, a): return None
    lg = lang_of(cid)
    p = mkpay(cid, pcy, a, inv["number"], rem(lg, inv["number"]), lg, null_ok=False)
    USED.add(inv["id"])
    return p, lab("review", [], unapplied=a, cands=[[inv["id"]]], reason=f"referenced invoice is in {icy}, payment in {pcy}", scen="currency_mismatch",
                  note=f"{inv['number']} is {icy} {m(b)}; paid {pcy} {m(a)}; cannot apply across currencies")

LC_BANKS = ["EMIRATES GULF BANK PJSC", "BANCO ANDINO DE COMERCIO", "FIRST COASTAL BANK NIGERIA", "BANQUE SAHELIENNE DE CREDIT"]
def s_lc(charges=False):
    for _ in range(50):
        cid, ccy = pick_cust(region=("GULF", "AF", "LATAM"))
        f = fresh(cid, ccy)
        if len(f) < 4 or ccy not in ("USD", "EUR", "AED"): continue
        sel = sorted(R.sample(f, R.randint(2, 4)), key=lambda i: i["number"])
        tot = sum(BAL[i["id"]] for i in sel)
        lc = f"LC NO {R.choice(['ILC', 'DLC', '0451LC'])}{R.randint(24000, 24999)}{R.randint(100, 999)}"
        nums = ", ".join(i["number"] for i in sel)
        d = D(R.choice([75, 120, 150, 210])) if charges else D(0)
        txt = f"PROCEEDS {lc} DOCS UNDER INV {nums}" + (f" LESS NEGOTIATION/DISCREPANCY CHARGES {ccy} {d}" if charges else "")
        p = ({"amount": m(tot - d), "currency": ccy, "payer_name": R.choice(LC_BANKS), "customer_id": None,
              "reference": swift_ref(lc.replace("LC NO ", "LC")), "remittance": txt}, "en")
        ids = [i["id"] for i in sel]
        if not charges:
            apps = [(i, BAL[i]) for i in ids]
            for i in ids: apply(i, BAL[i])
            return p, lab("applied", apps, reason="LC proceeds listing invoices; sum exact", scen="lc_exact", note=f"negotiating bank pays {len(ids)} invoices of {CUSTD[cid][1]} under {lc}")
        USED.update(ids)
        return p, lab("review", [], unapplied=tot - d, cands=[ids], reason="LC proceeds net of charges; deduction not attributable to one invoice", scen="lc_charges",
                      note=f"sum {m(tot)} less {m(d)} charges; short_pay takes one invoice and the charge is not tied to any")

def s_fy():
    for _ in range(200):
        cid, ccy = pick_cust()
        inv = R.choice(fresh(cid, ccy)); a = BAL[inv["id"]]
        p_, fy, n = inv["number"].split("/")
        twin = f"{p_}/{'24-25' if fy == '23-24' else '23-24'}/{n}"
        if twin not in ALLNUMS: continue
        tw = INV[NUMIDX[twin][0]]
        if BAL[tw["id"]] == a or BAL[tw["id"]] == 0: continue
        s, pr = amt_hits(cid, ccy, a)
        if s != [inv["id"]] or pr: continue
        lg = lang_of(cid); r = f"{p_} {n}"
        p = mkpay(cid, ccy, a, r, None, lg, null_ok=False)
        apply(inv["id"], a)
        return p, lab("applied", [(inv["id"], a)], reason="number without FY; exact balance selects the invoice", scen="fy_collision",
                      note=f"'{r}' fits {inv['number']} and {twin} ({'same' if tw['customer_id']==cid else 'other'} customer); only {inv['number']} has this balance")

def s_bad():
    cid, ccy = pick_cust()
    inv = R.choice(fresh(cid, ccy)); b = BAL[inv["id"]]
    kind = R.choice(["empty", "neg", "zero", "text", "noccy", "badccy", "commas"])
    amt, cur = m(b), ccy
    if kind == "empty": amt = ""
    elif kind == "neg": amt = "-" + m(b)
    elif kind == "zero": amt = "0.00"
    elif kind == "text": amt = "AS PER ADVICE"
    elif kind == "noccy": cur = None
    elif kind == "badccy": cur = {"INR": "RS.", "USD": "US$", "EUR": "EURO", "AED": "DHS", "ZAR": "RAND", "BRL": "R$"}[ccy]
    elif kind == "commas": amt = m(b).replace(".", ",") if ccy != "INR" else amt[:-6] + "," + amt[-6:] if len(amt) > 6 else "1,,00"
    lg = lang_of(cid)
    p, _ = mkpay(cid, ccy, b, inv["number"], None, lg, null_ok=False)
    p["amount"] = amt; p["currency"] = cur
    USED.add(inv["id"])
    return (p, lg), lab("review", [], unapplied="0.00", reason=f"bad row: {kind}", scen="bad_row",
                        note=f"invalid row ({kind}: amount={amt!r}, currency={cur!r}); nothing applied; no error field because the contract defines none")

# ---------------- main ----------------
MIX = [(lambda: s_exact(), 62), (lambda: s_exact(R.choice(["dash", "space", "rev", "compact", "bill", "lower"])), 34), (s_typo, 14),
       (lambda: s_list("list"), 24), (lambda: s_list("table"), 12), (s_range, 10), (s_amount_only, 24), (lambda: s_tds(True), 22), (lambda: s_tds(False), 8),
       (lambda: s_charges(True), 14), (lambda: s_charges(False), 6), (s_short, 14), (s_part, 16), (s_over, 16), (s_second, 12), (s_advance, 10),
       (s_unknown, 10), (s_nofit, 6), (s_po, 8), (s_twins, 10), (s_conflict, 10), (s_subset, 8), (lambda: s_subdist(True), 8), (lambda: s_subdist(False), 5),
       (s_ccy, 8), (lambda: s_lc(False), 8), (lambda: s_lc(True), 5), (s_fy, 8), (s_bad, 8)]
seqs = [f for f, n in MIX for _ in range(n)]
assert len(seqs) == 396 + 4 - 0 or True
R.shuffle(seqs)
# push second payments late enough to have something to repeat
seqs.sort(key=lambda f: 0 if f is not s_second else 1) if False else None
dates = sorted(date(2025, 1, 2) + timedelta(days=R.randint(0, 85)) for _ in seqs)
payments, labels, langs = [], [], []
k = 0
for n, f in enumerate(seqs):
    if f is s_second and n < 60: f = lambda: s_exact()
    out = None
    for _ in range(30):
        out = f()
        if out: break
    assert out, f
    (p, lg), L = out
    k += 1
    pid = f"p-{k:03d}"
    pay = {"id": pid, "date": dates[n].isoformat(), **p}
    payments.append({key: pay[key] for key in ["id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"]})
    labels.append({"payment_id": pid, **L}); langs.append(lg)

json.dump(invoices, open("invoices.json", "w"), ensure_ascii=False, indent=1)
json.dump(payments, open("payments.json", "w"), ensure_ascii=False, indent=1)
json.dump(labels, open("labels.json", "w"), ensure_ascii=False, indent=1)

from collections import Counter
cs = Counter(l["status"] for l in labels); sc = Counter(l["scenario"] for l in labels)
lc = Counter(langs); cc = Counter(p["currency"] for p in payments)
md = ["# blind302 - cash application ledger (Indian API/excipient exporter)", "",
      "Seller: an Indian manufacturer of active pharmaceutical ingredients and excipients. Buyers: distributors in India (INR, NEFT/RTGS/IMPS with UTR),",
      "the Gulf (AED/USD), Africa (USD/EUR/ZAR) and Latin America (USD/EUR/BRL) paying by SWIFT MT103 and letters of credit. All names are made up.", "",
      "| file | rows | content |", "|---|---|---|",
      f"| invoices.json | {len(invoices)} | open invoices, GST-style numbers INV/23-24/NNNN, INV/24-25/NNNN (INR), EXP/... (export) |",
      f"| payments.json | {len(payments)} | bank lines, oldest first |",
      f"| labels.json | {len(labels)} | expected MATCHES.json entry per payment + scenario + note |", "",
      "## Conventions", "",
      "- Payments are applied in file order; balances used by labels are those left by earlier payments.",
      "- `review` entries apply nothing; `unapplied` equals the payment amount so the sums add up; `candidates` is a list of invoice-id lists, best first.",
      "- Bad rows (empty/negative/zero/text amount, missing or non-ISO currency, comma decimal): `review`, no candidates, `unapplied` \"0.00\"; no `error` field because the contract defines none.",
      "- Short pay by exactly 1%/2% on a domestic invoice with no reason (likely TDS) and SWIFT `:71A:SHA` shortfalls of 15-45 USD/EUR are labelled `partial` with a `short_pay` (a deduction case), not a plain part payment.",
      "- Overpayment: `unapplied` with the invoice cleared and the remainder held. Second payment of an invoice cleared earlier in this file: `unapplied`, no applications.",
      "- Advance against a proforma (PI/...) and a known customer's amount fitting no invoice: `unapplied`. Unknown payer: `review`, no candidates.",
      "- Distributor paying a sub-distributor's invoice: applied when the remittance says 'on behalf of'; review when it does not.",
      "- LC proceeds net of negotiation charges: review (the charge cannot be attributed to one invoice). Payment in another currency than the referenced invoice: review.",
      "- A unique pair of invoices summing to an unreferenced payment: review (not sure enough). A PO number resembling another customer's invoice, with a unique exact amount: applied.", "",
      "## Counts", "", "| status | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cs.items())] + \
     ["", "| scenario | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(sc.items())] + \
     ["", "| remittance language | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(lc.items())] + \
     ["", "| payment currency | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(cc.items(), key=lambda x: str(x[0]))] + \
     ["", "## Deliberately hard", "",
      "- Truncated remitter names (35/20/16 chars), PVT LTD vs PRIVATE LIMITED, SAI LIFECARE PRIVATE LIMITED vs SAI LIFE CARE LLP; customer_id null on ~40% of lines where allowed.",
      "- Same invoice number in two financial years (INV/23-24/0456 vs INV/24-25/0456), quoted without the year; ranges that span other customers' numbers.",
      "- Typos (transposed digits), reference variants (0123/24-25, INV24250123, BILL NO 123 FY24-25), Arabic/Spanish/Portuguese/French remittances.",
      "- Repeat orders with identical values, reference vs amount conflicts, PO numbers that look like invoice numbers, partly paid invoices paid at their original total."]
open("README.md", "w").write("\n".join(md) + "\n")
print(cs, len(invoices))
