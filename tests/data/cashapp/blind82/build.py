#!/usr/bin/env python3
"""Blind cash-application ledger: CEE automotive-parts distributor. Deterministic, stdlib only."""
import json, random, unicodedata, itertools, os
from decimal import Decimal as D
from datetime import date, timedelta

R = random.Random(286)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cee_auto_parts")
Q = D("0.01")
def q(x): return D(x).quantize(Q)
def s(x): return str(q(x))

def strip(t):
    t = t.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))

def fmt_local(a, cc):  # amount as a local clerk writes it
    a = q(a); ip, fp = str(a).split(".")
    grp = "{:,}".format(int(ip)).replace(",", " " if cc in ("PL", "CZ", "SK", "HU") else ".")
    if cc == "HU" or (cc == "CZ" and fp == "00" and R.random() < .5): return grp
    return grp + "," + fp

# ---------------- customers ----------------
NAMES = {
 "PL": (["Auto-Serwis", "Motoczęści", "Warsztat", "Flota", "Autohandel", "e-Części", "Opony i Części", "Serwis Ciężarowy"],
        ["Łukasiewicz", "Żółkiewski", "Świętochowski", "Kołodziej", "Wąsowicz", "Grzegorczyk", "Ślęzak", "Nowakowski", "Pączek", "Bielański", "Gdańsk-Oliwa", "Małopolska"],
        [" Sp. z o.o.", " Sp. z o.o.", " s.c.", " Sp.j.", " S.A."]),
 "CZ": (["Autoservis", "Autodíly", "Pneuservis", "Fleet Servis", "Autocentrum", "e-Díly"],
        ["Dvořák", "Kříž", "Šťastný", "Růžička", "Procházka", "Čermák", "Hájek", "Brno-Líšeň", "Vysočina"],
        [" s.r.o.", " s.r.o.", " a.s.", " spol. s r.o."]),
 "SK": (["Autoopravovňa", "Autodiely", "Pneu Centrum", "Autoservis"],
        ["Ďurčo", "Šimko", "Kováčik", "Líška", "Poľana", "Žilina", "Horváth"],
        [" s.r.o.", " s.r.o.", " a.s."]),
 "HU": (["Autójavító", "Alkatrész", "Flotta Szerviz", "Gumiszerviz", "Autóház"],
        ["Gyöngyösi", "Szűcs", "Kőrösi", "Bíró", "Tóth és Társa", "Pécsi", "Székely"],
        [" Kft.", " Kft.", " Bt.", " Zrt."]),
 "RO": (["Service Auto", "Piese Auto", "Flota", "Auto Parts", "Vulcanizare"],
        ["Ștefănescu", "Bălănescu", "Țăranu", "Mureșan", "Popescu", "Cluj-Nord", "Brașov"],
        [" S.R.L.", " S.R.L.", " S.A."]),
}
CUR = {"PL": "PLN", "CZ": "CZK", "SK": "EUR", "HU": "HUF", "RO": "RON"}
NCUST = {"PL": 50, "CZ": 34, "SK": 24, "HU": 26, "RO": 26}
TYPES = ["garage", "dealer", "fleet", "online shop"]
customers = []
seen = set()
for cc, n in NCUST.items():
    a, b, c = NAMES[cc]
    while sum(1 for x in customers if x["cc"] == cc) < n:
        if cc == "HU": nm = R.choice(b) + " " + R.choice(a) + R.choice(c)
        else: nm = R.choice(a) + " " + R.choice(b) + R.choice(c)
        if nm in seen: continue
        seen.add(nm)
        k = len(customers) + 1
        curs = [CUR[cc]] + (["EUR"] if cc != "SK" and R.random() < .2 else [])
        customers.append({"id": "c-%s-%03d" % (cc, k), "name": nm, "cc": cc, "type": R.choice(TYPES), "curs": curs})

def bank_name(c, style=None):
    n = c["name"]
    style = style if style is not None else R.random()
    if style < .35: n = strip(n).upper()
    elif style < .55: n = strip(n)
    n = (n.replace("Sp. z o.o.", "SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA") if R.random() < .3 else n)
    n = n.replace("SP. Z O.O.", R.choice(["SP. Z O.O.", "SP Z O O", "SPOLKA Z O.O."]))
    if c["cc"] == "RO" and R.random() < .5: n = n.replace("S.R.L.", "SRL")
    return n[:35] if R.random() < .7 else n[:20]

# ---------------- invoices ----------------
START, END = date(2026, 8, 3), date(2026, 11, 20)
raw = []
for c in customers:
    n = R.randint(7, 12)
    fixed = None
    if c["type"] == "fleet" or R.random() < .15:
        fixed = q(D(R.randint(800, 4000)) + D(R.randint(0, 99)) / 100)
    i = 0
    while i < n:
        d = START + timedelta(R.randint(0, (END - START).days))
        cur = c["curs"][0] if R.random() < .8 else c["curs"][-1]
        batch = R.randint(3, 4) if R.random() < .08 else 1
        for _ in range(batch):
            base = D(R.randint(150, 9000)) + D(R.randint(0, 99)) / 100
            if fixed is not None and R.random() < .35 and cur == c["curs"][0]: base = fixed
            mult = {"PLN": 1, "EUR": D("0.25"), "CZK": 6, "HUF": 95, "RON": D("1.2")}[cur]
            tot = q(base * mult)
            if cur in ("HUF",) or (cur == "CZK" and R.random() < .7): tot = q(tot.to_integral_value())
            raw.append([d, c, cur, tot, i]); i += 1
raw.sort(key=lambda r: (r[0], r[1]["id"], r[4]))
seqs = {}
invoices = []
for d, c, cur, tot, _ in raw:
    cc = c["cc"]; key = (cc if cc not in ("CZ", "SK") else "CZSK" if False else cc, d.month)
    seqs[key] = seqs.get(key, 0) + 1; k = seqs[key]
    if cc == "PL": num = "FV %d/%02d/2026" % (k, d.month)
    elif cc == "CZ": num = "FA 26%02d/%04d" % (d.month, k)
    elif cc == "SK": num = "FS 26%02d/%04d" % (d.month, k)
    elif cc == "HU": num = "SZ-2026/%02d-%04d" % (d.month, k)
    else: num = "APR-26%02d-%04d" % (d.month, k)
    bal = tot
    if R.random() < .08: bal = q(tot * D(R.choice(["0.5", "0.6", "0.4", "0.7"])))
    if cur == "HUF": bal = q(bal.to_integral_value())
    terms = 14 if c["type"] in ("garage", "online shop") else 30
    invoices.append({"id": "i-%05d" % (len(invoices) + 1), "number": num, "customer_id": c["id"], "customer_name": c["name"],
                     "currency": cur, "total": s(tot), "balance": s(bal), "issue_date": d.isoformat(),
                     "due_date": (d + timedelta(terms)).isoformat(), "_seq": k, "_m": d.month, "_cc": cc})
INV = {i["id"]: i for i in invoices}
CUS = {c["id"]: c for c in customers}
bal = {i["id"]: D(i["balance"]) for i in invoices}
def vs(inv): return "".join(ch for ch in inv["number"] if ch.isdigit())

# ---------------- payments ----------------
def open_inv(cid, cur, excl=()):
    return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0 and i["id"] not in excl]

def n_subsets(pool, amt, maxk=4):
    n = 0; hits = []
    for k in range(1, min(maxk, len(pool)) + 1):
        for comb in itertools.combinations(pool, k):
            if sum(bal[i["id"]] for i in comb) == amt: n += 1; hits.append([i["id"] for i in comb])
    return n, hits

def ref1(inv, sty=None):
    cc = inv["_cc"]; num = inv["number"]; v = vs(inv); sty = R.randrange(4) if sty is None else sty
    if cc == "PL":
        return [num, "Zaplata za " + num, "FAKTURA VAT NR %d/%02d/2026" % (inv["_seq"], inv["_m"]), "FV%d/%02d/26 czesci" % (inv["_seq"], inv["_m"])][sty], None
    if cc in ("CZ", "SK"):
        ks = R.choice(["0308", "0008", "0558"])
        if cc == "SK": r = ["/VS%s/SS/KS%s" % (v, ks), "VS %s KS %s" % (v, ks), "VS:%s" % v, "/VS%s/SS/KS" % v][sty]
        else: r = ["VS:%s KS:%s" % (v, ks), "VS %s" % v, "vs%s ks%s" % (v, ks), "VS:%s" % v][sty]
        rem = [None, "Úhrada faktury " + num, "uhrada fa " + num.split(" ", 1)[1], None][sty]
        return r, rem
    if cc == "HU":
        return ["Számla: %s kiegyenlítése" % num, "SZAMLA " + num, "SZLA %s" % num.replace("SZ-", ""), num + " alkatresz"][sty], None
    return ["contravaloare factura " + num, "c/val fact nr %s din %s" % (num, ".".join(reversed(inv["issue_date"].split("-")))),
            "plata fact. " + num.replace("-", " "), "CONTRAVALOARE FACTURA " + num.replace("APR-", "APR ")][sty], None

def reflist(invs):
    cc = invs[0]["_cc"]
    if cc == "PL":
        return "FV " + ", ".join("%d/%02d/2026" % (i["_seq"], i["_m"]) for i in invs), None
    if cc in ("CZ", "SK"):
        return "VS " + vs(invs[0]), "Úhrada faktur: " + ", ".join(i["number"] for i in invs)
    if cc == "HU":
        return "Számlák: " + "; ".join(i["number"] for i in invs), None
    return "contravaloare facturi " + ", ".join(i["number"] for i in invs), None

payments, labels = [], []
paid_full = []   # (invoice, payment) fully paid earlier in this file

def add(d, amt, cur, payer, cid, ref, rem, status, apps, unap, scen, note, short=None, cands=None, reason=""):
    pid = "p-%03d" % (len(payments) + 1)
    payments.append({"id": pid, "date": d.isoformat(), "amount": amt if isinstance(amt, str) or amt is None else s(amt),
                     "currency": cur, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem})
    for iid, a in apps: bal[iid] -= a
    labels.append({"payment_id": pid, "status": status, "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
                   "unapplied": s(unap) if unap is not None else "0.00", "short_pay": short, "candidates": cands or [],
                   "reason": reason, "scenario": scen, "note": note})
    for iid, a in apps:
        if bal[iid] == 0: paid_full.append((iid, pid))

def pick_cust(cc=None, cond=None, tries=400):
    for _ in range(tries):
        c = R.choice([x for x in customers if cc is None or x["cc"] == cc])
        if cond is None or cond(c): return c
    return None

def cid_or_none(c, p=.55): return c["id"] if R.random() < p else None

def any_open(cond=None, cc=None):
    pool = [i for i in invoices if bal[i["id"]] > 0 and (cc is None or i["_cc"] == cc) and (cond is None or cond(i))]
    return R.choice(pool) if pool else None

def sc_exact(d):
    inv = any_open(); c = CUS[inv["customer_id"]]; ref, rem = ref1(inv)
    cid = c["id"] if inv["_cc"] in ("CZ", "SK") and rem is None else cid_or_none(c)
    b = bal[inv["id"]]
    add(d, b, inv["currency"], bank_name(c), cid, ref, rem, "applied", [(inv["id"], b)], 0, "exact_ref",
        "reference names %s, amount equals its open balance" % inv["number"], reason="reference %s and exact balance" % inv["number"])
    return True

def sc_mpp(d):
    inv = any_open(lambda i: i["currency"] == "PLN", "PL"); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]
    vat = q(b * 23 / 123); nip = "%010d" % (int(c["id"][-3:]) * 7919 + 5210000000)
    ref = "/VAT/%s/IDC/%s/INV/%s/TXT/%s" % (str(vat).replace(".", ","), nip, inv["number"], R.choice(["czesci", "zaplata", "MPP"]))
    add(d, b, "PLN", bank_name(c), cid_or_none(c), ref, None, "applied", [(inv["id"], b)], 0, "mpp_split",
        "split payment (MPP): gross %s paid, VAT part %s is only the VAT share, not a separate amount" % (s(b), s(vat)),
        reason="MPP title names %s, gross equals balance" % inv["number"])
    return True

def typo(inv):
    cc = inv["_cc"]; k, m = inv["_seq"], inv["_m"]
    if cc == "PL":
        ks = str(k)
        if len(ks) >= 2 and ks[0] != ks[1]: t = ks[1] + ks[0] + ks[2:]
        else: t = ks + "1"
        return R.choice(["FV %s/%02d/2026" % (t, m), "FV %d/%02d/2025" % (k, m)]), None
    v = vs(inv)
    j = R.randrange(4, len(v) - 1); t = v[:j] + v[j + 1] + v[j] + v[j + 2:]
    if t == v: t = v[:-1] + str((int(v[-1]) + 1) % 10)
    if cc in ("CZ", "SK"): return "VS:%s" % t, None
    if cc == "HU": return "Szamla SZ-2026/%s-%s" % (t[4:6], t[6:]), None
    return "contravaloare factura APR-%s-%s" % (t[2:6], t[6:]), None

def sc_typo(d):
    for _ in range(200):
        inv = any_open(); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]
        pool = open_inv(c["id"], inv["currency"])
        if sum(1 for i in pool if bal[i["id"]] == b) != 1: continue
        ref, rem = typo(inv)
        if inv["number"] in ref or any(i["number"] in ref or ("VS:" in ref and ref[3:] == vs(i)) for i in pool): continue
        if any(i["customer_id"] == c["id"] and "FV %d/%02d/2026" % (i["_seq"], i["_m"]) == ref for i in invoices): continue
        add(d, b, inv["currency"], bank_name(c), c["id"], ref, rem, "applied", [(inv["id"], b)], 0, "ref_typo",
            "reference %r is a typo of %s (known customer, amount equals that invoice's balance and no other open invoice's)" % (ref, inv["number"]),
            reason="near-miss reference, unique exact balance for the customer")
        return True

def sc_list(d, rng=False):
    for _ in range(300):
        c = R.choice(customers); cur = R.choice(c["curs"]); pool = open_inv(c["id"], cur)
        if len(pool) < 3: continue
        if rng:
            pool = [i for i in pool if i["_cc"] == "PL"]
            pool.sort(key=lambda i: (i["_m"], i["_seq"]))
            runs = [pool[j:j + n] for n in (3, 4, 2) for j in range(len(pool) - n + 1)
                    if all(pool[j + t]["_m"] == pool[j]["_m"] and pool[j + t]["_seq"] == pool[j]["_seq"] + t for t in range(n))]
            if not runs: continue
            sel = runs[0]; m = sel[0]["_m"]
            ref, rem = R.choice(["FV %d-%d/%02d/2026", "Faktury %d do %d/%02d/2026", "FV %d/%02d/2026 - FV %d/%02d/2026"]), None
            ref = ref % ((sel[0]["_seq"], sel[-1]["_seq"], m) if ref.count("%") == 3 else (sel[0]["_seq"], m, sel[-1]["_seq"], m))
            scen = "ref_range"
        else:
            sel = sorted(R.sample(pool, R.randint(2, min(4, len(pool)))), key=lambda i: i["id"])
            ref, rem = reflist(sel); scen = "ref_list"
        amt = sum(bal[i["id"]] for i in sel)
        add(d, amt, cur, bank_name(c), cid_or_none(c, .7), ref, rem, "applied", [(i["id"], bal[i["id"]]) for i in sel], 0, scen,
            "%s names %s; amount is their balance sum" % ("range" if rng else "list", ", ".join(i["number"] for i in sel)),
            reason="listed invoices and exact sum")
        return True

def sc_lump(d, k=(2, 4), scen="lump_no_ref"):
    for _ in range(300):
        c = R.choice(customers); cur = R.choice(c["curs"]); pool = open_inv(c["id"], cur)
        if len(pool) < k[0] or len(pool) > 12: continue
        sel = R.sample(pool, R.randint(k[0], min(k[1], len(pool))))
        amt = sum(bal[i["id"]] for i in sel)
        n, _ = n_subsets(pool, amt, 12)
        if n != 1: continue
        sel.sort(key=lambda i: i["id"])
        ref = R.choice([None, "PLATNOSC", "platba", "ÁTUTALÁS", "plata", "zaplata faktur", "Payment"]) 
        add(d, amt, cur, bank_name(c), c["id"], ref, None, "applied", [(i["id"], bal[i["id"]]) for i in sel], 0, scen,
            "known customer, no invoice numbers; only one set of its open %s invoices sums to the amount" % cur,
            reason="unique subset sum for the customer")
        return True

def sc_amount_only(d): return sc_lump(d, (1, 1), "amount_only")

PART = {"PL": ["zaliczka na %s", "czesciowa wplata %s", "rata 1 - %s"], "CZ": ["částečná úhrada %s", "splátka 1/2 %s"],
        "SK": ["čiastočná úhrada %s", "splátka %s"], "HU": ["részlet %s", "részfizetés %s"], "RO": ["plata partiala factura %s", "avans %s"]}
def sc_partial(d):
    inv = any_open(lambda i: D(i["balance"]) > 100); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]
    amt = q(b * D(R.choice(["0.3", "0.5", "0.25", "0.6"])))
    if inv["currency"] == "HUF": amt = q(amt.to_integral_value())
    ref = R.choice(PART[inv["_cc"]]) % inv["number"]
    add(d, amt, inv["currency"], bank_name(c), cid_or_none(c, .7), ref, None, "partial", [(inv["id"], amt)], 0, "part_payment",
        "stated part payment of %s; invoice stays open with %s" % (inv["number"], s(b - amt)), reason="part payment by reference")
    return True

SHORT = {"PL": [("zwrot towaru, korekta KOR %d/11/2026", "returned goods"), ("reklamacja - uszkodzone klocki", "damaged goods"), ("różnica w cenie wg oferty", "price difference")],
         "CZ": [("vrácené zboží, dobropis %d", "returned goods"), ("reklamace - poškozený díl", "damaged goods")],
         "SK": [("vrátený tovar, dobropis %d", "returned goods"), ("chýbajúce kusy v dodávke", "missing items")],
         "HU": [("visszáru, jóváíró számla %d", "returned goods"), ("sérült alkatrész", "damaged goods")],
         "RO": [("retur marfa, factura storno %d", "returned goods"), ("diferenta de pret", "price difference")]}
def sc_short(d):
    inv = any_open(lambda i: D(i["balance"]) > 200); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]; cc = inv["_cc"]
    ded = q(b * D(R.randint(4, 25)) / 100)
    if inv["currency"] in ("HUF", "CZK"): ded = q(ded.to_integral_value())
    txt, why = R.choice(SHORT[cc])
    if "%d" in txt: txt = txt % R.randint(2, 60)
    verb = {"PL": "potrącono", "CZ": "sraženo", "SK": "zrazené", "HU": "levonva", "RO": "scazut"}[cc]
    rem = "%s: %s %s %s %s" % (inv["number"], txt, verb, fmt_local(ded, cc), inv["currency"])
    r, _ = ref1(inv, 0)
    amt = b - ded
    add(d, amt, inv["currency"], bank_name(c), cid_or_none(c), r, rem, "partial", [(inv["id"], amt)], 0, "short_pay",
        "remittance deducts %s for %s" % (s(ded), why),
        short={"invoice_id": inv["id"], "amount": s(ded), "reason": why}, reason="short pay with stated deduction")
    return True

def sc_over(d):
    inv = any_open(); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]; tot = D(inv["total"])
    extra = tot - b if tot > b else q(b * D(R.choice(["0.1", "0.05", "1"])))
    if inv["currency"] == "HUF": extra = q(extra.to_integral_value()) or D(1000)
    r, rem = ref1(inv)
    add(d, b + extra, inv["currency"], bank_name(c), c["id"], r, rem, "unapplied", [(inv["id"], b)], extra, "overpayment",
        "pays %s but %s had only %s open; %s held on account" % (s(b + extra), inv["number"], s(b), s(extra)), reason="overpayment remainder unapplied")
    return True

def sc_second(d):
    cand = [(iid, pid) for iid, pid in paid_full if payments[int(pid[2:]) - 1]["date"] < d.isoformat()]
    for iid, pid in R.sample(cand, len(cand)):
        inv = INV[iid]; c = CUS[inv["customer_id"]]; prev = payments[int(pid[2:]) - 1]
        if prev["reference"] is None or inv["number"] not in (prev["reference"] or "") + (prev["remittance"] or "") and vs(inv) not in (prev["reference"] or ""): continue
        if prev["currency"] != inv["currency"] or len(labels[int(pid[2:]) - 1]["applications"]) != 1: continue
        amt = D(prev["amount"])
        if any(bal[i["id"]] == amt for i in open_inv(c["id"], inv["currency"])): continue
        add(d, amt, inv["currency"], prev["payer_name"], c["id"], prev["reference"], prev["remittance"], "unapplied", [], amt, "second_payment",
            "%s was already settled by %s; this repeat payment is held as unapplied cash" % (inv["number"], pid), reason="invoice already paid")
        paid_full.remove((iid, pid))
        return True
    return False

def all_balances(): return {bal[i["id"]] for i in invoices if bal[i["id"]] > 0}

UNK = [("JAN KOWALSKI", "PLN", "zaplata za czesci"), ("NOVAK PETR", "CZK", "platba"), ("KOVACS ISTVAN", "HUF", "alkatrész"),
       ("IONESCU MARIA", "RON", "plata piese"), ("MOTO-TECH GMBH", "EUR", "Rechnung"), ("AUTOKLINIKA 24", "PLN", None),
       ("PREDA CONSTANTIN PFA", "RON", "plata"), ("SZABO ES FIA BT", "HUF", None), ("Hrubý Tomáš", "CZK", "díly auto")]
def sc_unknown(d):
    nm, cur, ref = R.choice(UNK)
    while True:
        amt = q(D(R.randint(90, 5000)) * {"PLN": 1, "EUR": D("0.25"), "CZK": 6, "HUF": 95, "RON": D("1.2")}[cur] + (0 if cur in ("HUF", "CZK") else D(R.randint(0, 99)) / 100))
        if amt not in all_balances(): break
    add(d, amt, cur, nm, None, ref, None, "review", [], amt, "unknown_payer", "payer matches no customer, no invoice reference, amount equals no open balance",
        reason="unknown payer")
    return True

def sc_po(d):
    for _ in range(300):
        inv = any_open(lambda i: i["_cc"] == "PL"); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]; pool = open_inv(c["id"], inv["currency"])
        if n_subsets(pool, b, 12)[0] != 1: continue
        other = [i for i in invoices if i["_cc"] == "PL" and i["customer_id"] != c["id"] and bal[i["id"]] > 0 and bal[i["id"]] != b]
        o = R.choice(other)
        ref = R.choice(["Zam. nr %d/%02d/2026", "ZAMOWIENIE %d/%02d/2026", "PO %d/%02d/2026 nasze zamowienie"]) % (o["_seq"], o["_m"])
        add(d, b, inv["currency"], bank_name(c), c["id"], ref, None, "applied", [(inv["id"], b)], 0, "po_lookalike",
            "reference is the customer's order no. (same digits as %s of another customer, different amount); amount uniquely equals %s" % (o["number"], inv["number"]),
            reason="PO number is not an invoice; unique exact balance")
        return True

def sc_ambig(d):
    for _ in range(500):
        c = R.choice(customers); cur = R.choice(c["curs"]); pool = open_inv(c["id"], cur)
        byb = {}
        for i in pool: byb.setdefault(bal[i["id"]], []).append(i)
        dup = [v for v in byb.values() if len(v) >= 2]
        if not dup: continue
        grp = sorted(dup[0], key=lambda i: (i["due_date"], i["id"])); amt = bal[grp[0]["id"]]
        hits = n_subsets(pool, amt, 12)[1]
        ref = R.choice([None, "faktura", "platba za díly", "zaplata", "plata factura", "számla"])
        add(d, amt, cur, bank_name(c), c["id"], ref, None, "review", [], amt, "ambiguous",
            "%d open invoices of the customer (%s) have exactly this balance; nothing names one" % (len(grp), ", ".join(i["number"] for i in grp)),
            cands=sorted(hits, key=lambda h: (len(h), min(INV[x]["due_date"] for x in h))), reason="several invoices fit")
        return True

def sc_restart(d):
    for _ in range(300):
        inv = any_open(lambda i: i["_cc"] == "PL"); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]
        same = [i for i in invoices if i["_cc"] == "PL" and i["_seq"] == inv["_seq"] and i["id"] != inv["id"] and bal[i["id"]] > 0]
        if not same or any(i["customer_id"] == c["id"] for i in same): continue
        if any(bal[i["id"]] == b for i in same): continue
        if sum(1 for i in open_inv(c["id"], inv["currency"]) if bal[i["id"]] == b) != 1: continue
        ref = R.choice(["FV %d/2026", "Faktura nr %d", "FV %d"]) % inv["_seq"]
        add(d, b, "PLN" if inv["currency"] == "PLN" else inv["currency"], bank_name(c), c["id"], ref, None, "applied", [(inv["id"], b)], 0, "month_restart",
            "reference drops the month; no. %d exists in other months for other customers (%s) but only %s belongs to this customer and matches the amount" % (inv["_seq"], ", ".join(i["number"] for i in same[:3]), inv["number"]),
            reason="series number resolved by customer and amount")
        return True

def sc_fxmis(d):
    while True:
        inv = any_open(lambda i: i["currency"] != "EUR"); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]
        rate = {"PLN": D("4.31"), "CZK": D("25.2"), "HUF": D("395"), "RON": D("4.97")}[inv["currency"]]
        if not n_subsets(open_inv(c["id"], "EUR"), q(b / rate), 12)[0]: break
    rate = {"PLN": D("4.31"), "CZK": D("25.2"), "HUF": D("395"), "RON": D("4.97")}[inv["currency"]]
    amt = q(b / rate); r, rem = ref1(inv)
    add(d, amt, "EUR", bank_name(c), c["id"], r, rem, "review", [], amt, "currency_mismatch",
        "EUR payment names %s which is a %s invoice; no cross-currency application" % (inv["number"], inv["currency"]),
        cands=[[inv["id"]]], reason="currency differs from the referenced invoice")
    return True

def sc_bad(d):
    c = R.choice(customers); inv = R.choice([i for i in invoices if i["customer_id"] == c["id"]]); r, rem = ref1(inv)
    kind = R.choice(["zero", "negative", "nocur", "badcur", "text"])
    amt, cur = s(bal[inv["id"]]), inv["currency"]
    if kind == "zero": amt = "0.00"
    elif kind == "negative": amt = "-" + amt
    elif kind == "nocur": cur = None
    elif kind == "badcur": cur = {"PLN": "ZL", "CZK": "KC", "HUF": "FT", "RON": "LEI", "EUR": "EURO"}[cur]
    else: amt = fmt_local(D(amt), "PL") if "," in fmt_local(D(amt), "PL") else fmt_local(D(amt), "PL") + ",00"
    add(d, amt, cur, bank_name(c), c["id"], r, rem, "review", [], D(0), "bad_row", "malformed row (%s): nothing can be applied" % kind, reason="bad row: " + kind)
    return True

FACT = ["FAKTOR-PLUS FINANCE SP Z O O", "CESIA FACTORING S.R.O.", "DUNA FAKTOR ZRT", "CARPATI FACTORING IFN SA"]
def sc_factor(d):
    inv = any_open(); c = CUS[inv["customer_id"]]; b = bal[inv["id"]]
    f = FACT[{"PL": 0, "CZ": 1, "SK": 1, "HU": 2, "RO": 3}[inv["_cc"]]]
    rem = {"PL": "Faktoring - splata za dluznika %s, %s", "CZ": "Postoupená pohledávka, dlužník %s, faktura %s", "SK": "Faktoring za dlžníka %s, faktúra %s",
           "HU": "Faktoring: adós %s, számla %s", "RO": "Factoring - debitor %s, factura %s"}[inv["_cc"]] % (strip(c["name"]), inv["number"])
    add(d, b, inv["currency"], f, None, "FAKT-%05d" % R.randint(1, 99999), rem, "applied", [(inv["id"], b)], 0, "factoring",
        "factoring company pays on the customer's behalf; remittance names %s and the amount equals its balance" % inv["number"], reason="factor remittance with invoice number")
    return True

def sc_cod(d):
    cc = R.choice(["PL", "PL", "CZ"])
    cur = CUR[cc]
    pool = [i for i in invoices if i["_cc"] == cc and i["currency"] == cur and bal[i["id"]] > 0 and CUS[i["customer_id"]]["type"] in ("garage", "online shop")]
    sel = sorted(R.sample(pool, R.randint(3, 7)), key=lambda i: i["id"])
    lines = []
    for i in sel:
        sh = "%010d" % R.randint(10**9, 10**10 - 1)
        lines.append("%s %s %s" % (sh, i["number"] if cc == "PL" else "VS " + vs(i), fmt_local(bal[i["id"]], cc)))
    amt = sum(bal[i["id"]] for i in sel)
    payer = "SPEEDPAK KURIER SP Z O O" if cc == "PL" else "RYCHLOPOST S.R.O."
    ref = ("POBRANIA %s ZEST %d" if cc == "PL" else "DOBIRKY %s VYPIS %d") % (d.isoformat(), R.randint(1000, 9999))
    add(d, amt, cur, payer, None, ref, "\n".join(lines), "applied", [(i["id"], bal[i["id"]]) for i in sel], 0, "cod_lump",
        "courier remits cash-on-delivery collections for %d invoices of several customers; list sums exactly" % len(sel), reason="COD settlement list")
    return True

def sc_nofit(d):
    for _ in range(300):
        c = R.choice(customers); cur = c["curs"][0]; pool = open_inv(c["id"], cur)
        if len(pool) > 12: continue
        amt = q(D(R.randint(50, 900)) * {"PLN": 1, "EUR": D("0.25"), "CZK": 6, "HUF": 95, "RON": D("1.2")}[cur])
        if n_subsets(pool, amt, 12)[0]: continue
        add(d, amt, cur, bank_name(c), c["id"], R.choice([None, "przedpłata", "záloha", "előleg", "avans comanda"]), None, "unapplied", [], amt, "no_fit",
            "known customer, no reference, amount fits no open invoice (prepayment) -> held on account", reason="known customer, nothing fits")
        return True

SCEN = [(sc_exact, 95), (sc_mpp, 20), (sc_typo, 22), (sc_list, 28), (lambda d: sc_list(d, True), 10), (sc_lump, 18), (sc_amount_only, 16),
        (sc_partial, 20), (sc_short, 22), (sc_over, 15), (sc_second, 12), (sc_unknown, 18), (sc_po, 14), (sc_ambig, 24), (sc_restart, 10),
        (sc_fxmis, 12), (sc_bad, 10), (sc_factor, 14), (sc_cod, 10), (sc_nofit, 10)]
plan = [f for f, n in SCEN for _ in range(n)]
R.shuffle(plan)
days = [date(2026, 11, 23) + timedelta(k) for k in range(27)]
days = [x for x in days if x.weekday() < 5]
dates = sorted(R.choice(days) for _ in plan)
for f, d in zip(plan, dates):
    if not f(d): sc_exact(d)

os.makedirs(OUT, exist_ok=True)
def dump(n, o):
    with open(os.path.join(OUT, n), "w", encoding="utf-8") as fh: json.dump(o, fh, ensure_ascii=False, indent=1)
dump("invoices.json", [{k: v for k, v in i.items() if not k.startswith("_")} for i in invoices])
dump("payments.json", payments)
dump("labels.json", labels)

from collections import Counter
sc = Counter(l["scenario"] for l in labels); st = Counter(l["status"] for l in labels)
loc = Counter(); 
for p_, l in zip(payments, labels):
    ids = [a["invoice_id"] for a in l["applications"]] + [x for c in l["candidates"] for x in c]
    loc[INV[ids[0]]["_cc"] if ids else {"PLN": "PL", "CZK": "CZ", "HUF": "HU", "RON": "RO"}.get(p_["currency"], "EUR/other")] += 1
icur = Counter(i["currency"] for i in invoices); icc = Counter(i["_cc"] for i in invoices)
md = ["# cee_auto_parts: blind cash-application ledger", "",
"Theme: automotive-parts distributor with entities in PL, CZ, SK, HU, RO billing garages, dealers, fleets and online shops. All names made up.", "",
"| file | rows | content |", "|---|---|---|",
"| cee_auto_parts/invoices.json | %d | open invoices (contract fields) |" % len(invoices),
"| cee_auto_parts/payments.json | %d | bank payments, oldest first (2026-11-23..2026-12-18) |" % len(payments),
"| cee_auto_parts/labels.json | %d | expected MATCHES entry per payment + `scenario`, `note` |" % len(labels), "",
"Invoice series restart monthly: PL `FV n/MM/2026`, CZ `FA 26MM/nnnn`, SK `FS 26MM/nnnn` (CZ and SK share the same variabilni symbol digits 26MMnnnn, told apart by currency/customer), HU `SZ-2026/MM-nnnn`, RO `APR-26MM-nnnn`.", "",
"## Label conventions", "",
"- Amounts: decimal strings, two decimals (HUF/CZK whole units still written `.00`).",
"- `review`: nothing applied, `unapplied` = whole payment amount (so applications+unapplied add up); `candidates` = list of invoice-id lists, best first (fewest invoices, then earliest due); compare as a set. Bad rows: `review`, `unapplied` \"0.00\", no candidates, no `error` field (contract defines none).",
"- `partial`: part payment (short_pay null) or short pay (short_pay = {invoice_id, deduction amount, reason in English: returned goods / damaged goods / price difference / missing items}).",
"- `unapplied`: overpayment remainder (the invoice application listed), second payment of an invoice already paid earlier in this file, or a known customer's prepayment fitting nothing.",
"- Cross-currency reference (EUR paid for a PLN/CZK/HUF/RON invoice): `review` with the referenced invoice as candidate.",
"- `reason` is free text, not scored.", "",
"## Counts", "", "| scenario | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(sc.items())] + ["", "| status | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(st.items())] + [
"", "| locale (by invoice country of label, else payment currency) | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(loc.items())] + [
"", "Invoices per currency: " + ", ".join("%s %d" % kv for kv in sorted(icur.items())) + "; per country: " + ", ".join("%s %d" % kv for kv in sorted(icc.items())), "",
"## Deliberately hard", "",
"- MPP split-payment titles `/VAT/x/IDC/nip/INV/FV .../TXT/` carry a VAT figure that is not the amount.",
"- Month-restarting series: references without the month (`FV 45`) where other customers have no. 45 in other months.",
"- CZ/SK variabilni symbol collisions; Czech/Slovak KS noise; HU kozlemeny with/without accents; RO `c/val fact nr ... din dd.mm.yyyy`.",
"- PO numbers formatted like another customer's invoice number; typos (swapped digits, wrong year) resolved only by customer + unique exact balance.",
"- Invoices partly paid before the file: overpayers pay the original total.",
"- Fleet customers with repeated identical totals -> ambiguous review; lump sums resolved only by a unique subset sum.",
"- Factoring companies and COD couriers paying for invoices of other (several) customers; payer names uppercased, diacritics dropped, truncated at 20/35 chars.",
"- Second payments repeat an earlier payment's reference and amount.", ""]
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.md"), "w", encoding="utf-8").write("\n".join(md))
