#!/usr/bin/env python3
"""Blind cash-application set: French/Italian wine & spirits exporter. stdlib only, fixed seed."""
import json, os, random, datetime as dt
from decimal import Decimal as D

R = random.Random(269)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fr_it_wine")
os.makedirs(OUT, exist_ok=True)
Q = D("0.01")
def m(x): return str(D(x).quantize(Q))

# ---------------- customers ----------------
FR = ["Cave du Port", "Les Caves Saint-Vincent", "Bistrot des Halles", "Hôtel Belle Époque", "Épicerie Fine Mérou",
      "Comptoir des Vignes", "Restaurant L'Écluse", "Brasserie du Théâtre", "Cavavin Rive Gauche", "Le Cellier Normand",
      "Duty Free Orly Sud", "Maison Ferréol Distribution", "Caviste de la Gare", "Table d'Hôtes Ribérac"]
IT = ["Enoteca San Lorenzo", "Ristorante Il Faro", "Vini e Sapori Srl", "Distribuzione Bevande Nord SpA", "Osteria dei Mille",
      "Hotel Bellavista Garda", "Cantina Sociale Export", "Duty Free Malpensa T1", "Bottega del Vino Verona", "Gastronomia Ferrini"]
DE = ["Weinhandel Körner GmbH", "Getränke Müller KG", "Vinothek am Rhein", "Feinkost Schäfer GmbH", "Hotel Zur Post Bamberg"]
CH = ["Weinkeller Zürichsee AG", "Caves de Lavaux SA", "Vinothek Bärengraben GmbH", "Genève Duty Free Sàrl"]
GB = ["Harbourside Wine Merchants Ltd", "The Claret Cellar Ltd", "Kingsway Restaurants Group plc", "Heathrow Travel Retail Ltd"]
US = ["Hudson Valley Imports LLC", "Pacific Coast Wine Distributors Inc", "Bayou Spirits Importers LLC", "Lone Star Beverage Co"]
SUF = {"FR": ["SARL", "SAS", "", "SA"], "IT": ["", "Srl", "snc"], "DE": [""], "CH": [""], "GB": [""], "US": [""]}
CUR = {"FR": "EUR", "IT": "EUR", "DE": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}

customers = []
n = 0
for cc, names in (("FR", FR), ("IT", IT), ("DE", DE), ("CH", CH), ("GB", GB), ("US", US)):
    for rep in range(3 if cc in ("FR", "IT") else 2):
        for nm in names:
            n += 1
            name = nm if rep == 0 else f"{nm} {['', 'II', 'Sud', 'Nord', 'Ouest'][rep]}".strip()
            if cc == "FR" and rep == 0:
                s = R.choice(SUF["FR"]); name = f"{name} {s}".strip()
            customers.append({"id": f"C{n:04d}", "name": name, "cc": cc, "cur": CUR[cc]})
# a few Swiss / UK customers also invoiced in EUR
for c in customers:
    c["curs"] = [c["cur"]] + (["EUR"] if c["cc"] in ("CH", "GB") and R.random() < 0.4 else [])

# ---------------- invoices ----------------
invoices = []
START = dt.date(2026, 5, 4)
def new_inv(c, cur, day, amt=None):
    total = D(amt) if amt else D(R.choice([R.randint(180, 2500), R.randint(2500, 18000), R.randint(18000, 95000)])) + D(R.randint(0, 99)) / 100
    inv = {"id": f"i-{len(invoices)+1}", "number": None, "customer_id": c["id"], "customer_name": c["name"],
           "currency": cur, "total": m(total), "balance": m(total), "issue_date": day.isoformat(),
           "due_date": (day + dt.timedelta(days=R.choice([30, 45, 60, 90]))).isoformat()}
    invoices.append(inv); return inv

weights = [R.choice([2, 3, 4, 6, 8, 10, 14, 20]) for _ in customers]
blocks, dupes, smalls = [], [], []
small_set = set(R.sample(range(len(customers)), 24))
for day_i in range(200):
    day = START + dt.timedelta(days=day_i)
    if day.weekday() >= 5: continue
    for _ in range(R.randint(10, 14)):
        k = R.choices(range(len(customers)), weights)[0]
        if k in small_set: continue
        c = customers[k]; cur = R.choice(c["curs"])
        r = R.random()
        if r < 0.025:
            blocks.append([new_inv(c, cur, day) for _ in range(R.randint(3, 5))])
        elif r < 0.045:
            amt = m(D(R.randint(600, 4000)) + D(R.choice([0, 50, 90])) / 100)
            a = new_inv(c, cur, day, amt); b = new_inv(c, cur, day + dt.timedelta(days=R.choice([28, 30, 31])), amt)
            dupes.append([a, b])
        else:
            new_inv(c, cur, day)
for k in small_set:
    c = customers[k]
    grp = [new_inv(c, c["cur"], START + dt.timedelta(days=R.randint(60, 190))) for _ in range(R.randint(2, 4))]
    smalls.append(grp)
# some invoices were already part-paid before the batch
for inv in invoices:
    if R.random() < 0.06:
        inv["balance"] = m(D(inv["total"]) * D(R.choice(["0.5", "0.7", "0.4"])))
# numbers in issue-date order; blocks stay consecutive (same day, created together)
invoices.sort(key=lambda i: (i["issue_date"], int(i["id"][2:])))
for k, inv in enumerate(invoices):
    inv["number"] = f"FV26{10231 + k:05d}"
INV = {i["id"]: i for i in invoices}
CUST = {c["id"]: c for c in customers}
bal = {i["id"]: D(i["balance"]) for i in invoices}
reserved = set(x["id"] for g in blocks + dupes + smalls for x in g)
used = set()

# ---------------- bank text helpers ----------------
def strip_acc(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
def bank_name(c):
    s = strip_acc(c["name"]).upper().replace("'", " ")
    return s[:R.choice([16, 18, 22, 35])].rstrip()
def numv(num):
    return R.choice([num, num, num.lower(), "FV " + num[2:], "FV-" + num[2:], num[2:]])
def dmy(d): return d.strftime("%d/%m/%Y")
def e2e(): return "".join(R.choice("0123456789ABCDEF") for _ in range(12))
def cro(): return "".join(R.choice("0123456789") for _ in range(11))
def ref_text(c, nums, d):
    cc = c["cc"]; L = ", ".join(numv(x) for x in nums)
    if cc == "FR":
        return R.choice([f"VIR SEPA RECU /DE {bank_name(c)} /MOTIF FACT {L} /REF {e2e()}",
                         f"FAC N° {L}", f"REGLEMENT FACTURE(S) {L}",
                         f"LCR ECH {d.strftime('%d/%m')} FACT {L}", f"REMISE CHQ N°{R.randint(1000000,9999999)} FACT {L}"])
    if cc == "IT":
        return R.choice([f"BONIFICO SEPA CRO {cro()} saldo fatt. n. {L}", f"TRN 0306{cro()}{R.randint(1000,9999)} pag. fatt. {L}",
                         f"RIBA N.EFF {R.randint(100,999)} SCAD {d.strftime('%d/%m/%y')} FATT {L}", f"saldo fatt. {L} del {dmy(d - dt.timedelta(days=40))}"])
    if cc in ("DE", "CH"):
        return R.choice([f"Rechnung Nr. {L}", f"ZAHLUNG RG {L}", f"Ausgleich Rechnung {L} Danke"])
    if cc == "GB":
        return R.choice([f"INV {L} PAYMENT", f"{bank_name(c)} REF {L}", f"FASTER PMT INV {L}"])
    return R.choice([f"WIRE TRF ORG={bank_name(c)} OBI=INV {L}", f"FEDWIRE CREDIT INV {L} BNF=MAISON VALCROIX EXPORT"])

def pick(cond=lambda i: True, cur=None, allow_part=True):
    pool = [i for i in invoices if i["id"] not in used and i["id"] not in reserved and bal[i["id"]] > 0
            and (cur is None or i["currency"] == cur) and cond(i)
            and (allow_part or bal[i["id"]] == D(i["total"]))]
    inv = R.choice(pool); used.add(inv["id"]); return inv
def open_of(cid, cur=None):
    return [i for i in invoices if i["customer_id"] == cid and bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]
def unique_amount(inv, amount=None):
    a = bal[inv["id"]] if amount is None else amount
    return [i for i in open_of(inv["customer_id"], inv["currency"]) if bal[i["id"]] == a] == [inv]

# ---------------- payments ----------------
payments, labels, history = [], [], []   # history: (kind, inv, amount, payer c) for second payments
def lab(status, apps=(), unapplied="0.00", short=None, cands=(), reason="", scen="", note=""):
    return {"status": status, "applications": [{"invoice_id": i, "amount": m(a)} for i, a in apps],
            "unapplied": m(unapplied), "short_pay": short, "candidates": [list(x) for x in cands],
            "reason": reason, "scenario": scen, "note": note}
def apply(apps):
    for i, a in apps:
        bal[i] -= D(a); assert bal[i] >= 0, i
def cust(inv): return CUST[inv["customer_id"]]

SHORT = [("FR", "déduction droits d'accise", "retenue droits d'accise {x} EUR (déjà acquittés à l'import)", "excise"),
         ("FR", "frais de transport déduits", "moins frais de transport {x} non prévus au contrat", "freight"),
         ("FR", "casse", "déduction {x} pour 6 bouteilles cassées à la livraison", "breakage"),
         ("IT", "trattenuta accise", "pagamento al netto accise {x}", "excise"),
         ("IT", "spese di trasporto", "detratte spese di trasporto {x} come da accordi", "freight"),
         ("DE", "Verbrauchsteuer", "abzgl. Verbrauchsteuer {x}", "excise"),
         ("DE", "Bruch", "abzgl. Bruchschaden {x} (2 Kartons)", "breakage"),
         ("EN", "duty deducted", "less duty {x} paid at bonded warehouse", "excise"),
         ("EN", "freight deducted", "less freight charge {x} - shipped DAP not DDP", "freight"),
         ("EN", "bank charges", "net of intermediary bank charges {x}", "bank_charges")]

def sc_exact(d):
    inv = pick(); c = cust(inv); a = bal[inv["id"]]
    nullid = R.random() < 0.3
    p = dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=None if nullid else c["id"],
             ref=ref_text(c, [inv["number"]], d), rem=None)
    if R.random() < 0.25: p["ref"], p["rem"] = R.choice(["VIR SEPA", "BONIFICO", "PAYMENT", None]), f"Invoice {inv['number']} {m(a)} {inv['currency']}"
    L = lab("applied", [(inv["id"], a)], reason=f"reference {inv['number']} and exact balance", scen="exact_ref",
            note="invoice number in reference/remittance, amount = balance" + ("; bank gave no customer id" if nullid else ""))
    apply([(inv["id"], a)]); history.append(("full", inv, a, c)); return p, L

def typo(num):
    s = list(num); k = R.randint(5, len(s) - 2)
    while s[k] == s[k + 1]: k = R.randint(4, len(s) - 2)
    s[k], s[k + 1] = s[k + 1], s[k]; t = "".join(s)
    return t if t not in NUMS else None
NUMS = {i["number"]: i for i in invoices}
def sc_typo(d):
    while True:
        inv = pick(); t = typo(inv["number"])
        if t and unique_amount(inv): break
        used.discard(inv["id"])
    c = cust(inv); a = bal[inv["id"]]
    p = dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref_text(c, [t], d), rem=None)
    L = lab("applied", [(inv["id"], a)], reason=f"reference {t} is a transposition of {inv['number']}; exact balance", scen="typo_ref",
            note=f"{t} does not exist; two digits swapped from {inv['number']}, same customer, amount = balance")
    apply([(inv["id"], a)]); return p, L

def sc_list(d):
    inv = pick(); c = cust(inv)
    others = [i for i in open_of(c["id"], inv["currency"]) if i["id"] not in used and i["id"] not in reserved and i is not inv]
    if len(others) < 1: return sc_exact(d)
    grp = [inv] + R.sample(others, min(len(others), R.randint(1, 4)))
    for g in grp: used.add(g["id"])
    a = sum(bal[g["id"]] for g in grp)
    nums = [g["number"] for g in grp]
    if R.random() < 0.5:
        ref = ref_text(c, nums[:1], d) + " ET AUTRES" if c["cc"] == "FR" else R.choice(["SEE REMITTANCE", "vedi distinta", "siehe Avis"])
        rem = "\n".join(f"{g['number']}  {m(bal[g['id']])}" for g in grp) + f"\nTOTAL {m(a)}"
    else:
        ref, rem = ref_text(c, nums, d), None
    apps = [(g["id"], bal[g["id"]]) for g in grp]
    L = lab("applied", apps, reason=f"invoices {', '.join(nums)} listed; sum = payment", scen="list", note=f"{len(grp)} invoices named, balances sum exactly")
    apply(apps); return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref, rem=rem), L

def sc_range(d):
    grp = [g for g in blocks if all(bal[x["id"]] > 0 and x["id"] not in used for x in g)]
    if not grp: return sc_list(d)
    g = R.choice(grp)
    for x in g: used.add(x["id"])
    c = cust(g[0]); a = sum(bal[x["id"]] for x in g); f, l = g[0]["number"], g[-1]["number"]
    ref = R.choice([f"FACT {f} A {l}", f"fatture da {f} a {l}", f"INV {f}-{l[-3:]}", f"Rechnungen {f} bis {l}", f"FAC {f} à {l[2:]}"])
    apps = [(x["id"], bal[x["id"]]) for x in g]
    L = lab("applied", apps, reason=f"range {f}..{l}; sum = payment", scen="range", note=f"{len(g)} consecutive numbers of this customer")
    apply(apps); return dict(amount=a, currency=g[0]["currency"], payer=bank_name(c), cid=c["id"], ref=ref, rem=None), L

def sc_lump(d):
    cand = [g for g in smalls if all(bal[x["id"]] > 0 and x["id"] not in used for x in g)]
    if not cand: return sc_exact(d)
    g = R.choice(cand); smalls.remove(g)
    for x in g: used.add(x["id"])
    c = cust(g[0]); a = sum(bal[x["id"]] for x in g)
    ref = R.choice(["SOLDE COMPTE", "saldo estratto conto", "Kontoausgleich", "STATEMENT BALANCE", "REGLEMENT RELEVE", None])
    apps = [(x["id"], bal[x["id"]]) for x in g]
    L = lab("applied", apps, reason="amount = all open invoices of the customer", scen="lump_all",
            note=f"no invoice numbers; payment equals the customer's whole open balance ({len(g)} invoices)")
    apply(apps); return dict(amount=a, currency=g[0]["currency"], payer=bank_name(c), cid=c["id"], ref=ref, rem=None), L

def sc_partial(d):
    inv = pick(allow_part=False); c = cust(inv); b = bal[inv["id"]]
    pct = R.choice([D("0.3"), D("0.5"), D("0.5")]); a = (b * pct).quantize(Q)
    txt = {"FR": f"ACOMPTE {int(pct*100)}% FACT {inv['number']}", "IT": f"acconto fatt. {inv['number']}",
           "DE": f"Anzahlung Rechnung {inv['number']}", "CH": f"Teilzahlung RG {inv['number']}",
           "GB": f"PART PAYMENT INV {inv['number']}", "US": f"PARTIAL PMT INV {inv['number']} BAL TO FOLLOW"}[c["cc"]]
    L = lab("partial", [(inv["id"], a)], reason=f"part payment of {inv['number']}", scen="partial",
            note=f"remittance states a part payment/deposit; {m(b - a)} stays open")
    apply([(inv["id"], a)]); history.append(("part", inv, a, c))
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=txt, rem=None), L

def sc_short(d):
    inv = pick(lambda i: bal[i["id"]] > 400); c = cust(inv); b = bal[inv["id"]]
    lang = {"FR": "FR", "IT": "IT", "DE": "DE", "CH": "DE"}.get(c["cc"], "EN")
    opts = [s for s in SHORT if s[0] == lang]
    if R.random() < 0.25 and c["cur"] == "EUR":   # credit note netting
        av = f"AV26{R.randint(100, 899):05d}"; x = (b * D(R.choice(["0.05", "0.1", "0.12"]))).quantize(Q)
        reason = f"credit note {av}"; tail = {"FR": f"moins avoir {av} -{m(x)}", "IT": f"meno nota di credito {av} {m(x)}",
                                               "DE": f"abzgl. Gutschrift {av} {m(x)}"}.get(lang, f"less credit note {av} {m(x)}")
        kind = "credit_note"
    else:
        s = R.choice(opts); x = (b * D(R.choice(["0.03", "0.06", "0.08", "0.15"]))).quantize(Q) if s[3] != "bank_charges" else D(R.choice(["15.00", "25.00", "35.00"]))
        reason, tail, kind = s[1], s[2].format(x=m(x)), s[3]
    a = b - x
    rem = f"{inv['number']} {m(b)} - {tail} = {m(a)}" if R.random() < 0.6 else None
    ref = ref_text(c, [inv["number"]], d) if rem else ref_text(c, [inv["number"]], d) + " " + tail
    sp = {"invoice_id": inv["id"], "amount": m(x), "reason": reason}
    L = lab("partial", [(inv["id"], a)], short=sp, reason=f"short pay on {inv['number']}: {reason}", scen="short_pay",
            note=f"{kind} deduction of {m(x)} stated by the customer")
    apply([(inv["id"], a)]); return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref[:140], rem=rem), L

def sc_over(d):
    inv = pick(); c = cust(inv); b = bal[inv["id"]]; extra = (b * D(R.choice(["0.02", "0.1", "0.25"]))).quantize(Q) + D(R.randint(1, 99)) / 100
    a = b + extra
    L = lab("unapplied", [(inv["id"], b)], unapplied=extra, reason=f"{inv['number']} paid in full; {m(extra)} over", scen="overpay",
            note="reference names one invoice; payment exceeds its balance, remainder held on account")
    apply([(inv["id"], b)])
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref_text(c, [inv["number"]], d), rem=None), L

def sc_second(d):
    h = [x for x in history if x[0] == "full" and bal[x[1]["id"]] == 0]
    if not h: return sc_exact(d)
    k, inv, a, c = R.choice(h); history.remove((k, inv, a, c))
    L = lab("unapplied", [], unapplied=a, reason=f"{inv['number']} already paid earlier in this batch", scen="second_payment",
            note="duplicate payment of an invoice paid by an earlier payment; held as unapplied cash")
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref_text(c, [inv["number"]], d), rem=None), L

def sc_rest(d):
    h = [x for x in history if x[0] == "part" and bal[x[1]["id"]] > 0]
    if not h: return sc_partial(d)
    k, inv, a0, c = R.choice(h); history.remove((k, inv, a0, c)); b = bal[inv["id"]]
    ref = R.choice([f"SOLDE FACT {inv['number']}", f"saldo fatt. {inv['number']}", f"BALANCE INV {inv['number']}", f"Restzahlung {inv['number']}"])
    L = lab("applied", [(inv["id"], b)], reason=f"remaining balance of {inv['number']}", scen="rest_after_partial",
            note="pays what an earlier part payment in this batch left open")
    apply([(inv["id"], b)]); return dict(amount=b, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref, rem=None), L

UNKNOWN = ["SAS LES VINS DE MARCEL", "ENOTECA PICCOLA MILANO", "MR J HARGREAVES", "WEINSTUBE KLEIN", "CAVE COOPERATIVE DE TAIN",
           "DOGANA SERVIZI SRL", "GLOBAL TRADE SETTLEMENT", "SCI DU MOULIN", "ALPINE GOURMET AG", "ZHANG WEI TRADING"]
def sc_unknown(d):
    cur = R.choice(["EUR", "EUR", "EUR", "CHF", "GBP", "USD"]); a = D(R.randint(90, 9000)) + D(R.randint(0, 99)) / 100
    ref = R.choice(["VIR SEPA RECU", "COMMANDE 4471", "PAGAMENTO ORDINE 88/2026", "Bestellung vom 12.10.", "PMT", None, "CADEAUX FIN D ANNEE"])
    L = lab("review", [], unapplied=0, reason="payer not a known customer, no invoice reference", scen="unknown_payer",
            note="no customer id, name matches no customer, no usable reference")
    return dict(amount=a, currency=cur, payer=R.choice(UNKNOWN), cid=None, ref=ref, rem=None), L

def sc_nofit(d):
    c = R.choice([c for c in customers if open_of(c["id"])]); cur = open_of(c["id"])[0]["currency"]
    bals = [bal[i["id"]] for i in open_of(c["id"], cur)]
    while True:
        a = D(R.randint(50, 3000)) + D(R.randint(0, 99)) / 100
        if a not in bals and all(a != x + y for x in bals for y in bals): break
    ref = R.choice(["VIREMENT", "PAGAMENTO", "Zahlung", "PAYMENT ON ACCOUNT", "PROVISION", None])
    L = lab("unapplied", [], unapplied=a, reason="known customer, fits no open invoice", scen="known_nofit",
            note="customer identified, amount matches no invoice or pair, no reference")
    return dict(amount=a, currency=cur, payer=bank_name(c), cid=c["id"], ref=ref, rem=None), L

def sc_po(d):
    while True:
        inv = pick()
        if unique_amount(inv): break
        used.discard(inv["id"])
    c = cust(inv); a = bal[inv["id"]]
    other = R.choice([i for i in invoices if i["customer_id"] != c["id"]])
    po = other["number"][2:]
    ref = R.choice([f"BC {po}", f"PO {po}", f"ORDINE N. {po}", f"Bestellnr. {po}", f"YOUR ORDER REF PO{po}"])
    L = lab("applied", [(inv["id"], a)], reason=f"customer id and exact balance of {inv['number']}; {po} is a purchase order", scen="po_lookalike",
            note=f"reference is a PO number shaped like invoice {other['number']} of another customer ({other['customer_id']}); amount uniquely matches {inv['number']}")
    apply([(inv["id"], a)]); return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref, rem=None), L

def sc_dupe(d):
    cand = [g for g in dupes if all(bal[x["id"]] > 0 and x["id"] not in used for x in g) and bal[g[0]["id"]] == bal[g[1]["id"]]]
    if not cand: return sc_nofit(d)
    g = R.choice(cand); dupes.remove(g); c = cust(g[0]); a = bal[g[0]["id"]]
    ref = R.choice(["ALLOCATION MENSUELLE", "canone mensile vini", "MONTHLY WINE LIST", "Monatsrechnung", None, "VIR PERMANENT"])
    L = lab("review", [], reason="two open invoices with the same balance, no reference", scen="ambiguous_same_amount",
            cands=[[g[0]["id"]], [g[1]["id"]]], note=f"{g[0]['number']} and {g[1]['number']} both {m(a)}; older due first")
    return dict(amount=a, currency=g[0]["currency"], payer=bank_name(c), cid=c["id"], ref=ref, rem=None), L

def sc_refamt(d):
    for _ in range(200):
        inv = pick(); c = cust(inv)
        oth = [i for i in open_of(c["id"], inv["currency"]) if i is not inv and i["id"] not in used and i["id"] not in reserved and bal[i["id"]] < bal[inv["id"]] and unique_amount(i)]
        if oth: break
        used.discard(inv["id"])
    o = R.choice(oth); used.add(o["id"]); a = bal[o["id"]]
    L = lab("review", [], reason=f"reference {inv['number']} but amount equals {o['number']}", scen="ambiguous_ref_vs_amount",
            cands=[[o["id"]], [inv["id"]]], note="reference and amount point to different invoices of the same customer")
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=ref_text(c, [inv["number"]], d), rem=None), L

def sc_subset(d):
    for _ in range(300):
        inv = pick(); c = cust(inv)
        oth = [i for i in open_of(c["id"], inv["currency"]) if i is not inv and i["id"] not in used and i["id"] not in reserved]
        if len(oth) >= 3: break
        used.discard(inv["id"])
    g = [inv, R.choice(oth)]; used.add(g[1]["id"]); a = sum(bal[x["id"]] for x in g)
    L = lab("review", [], reason="amount equals two of the customer's open invoices, nothing named", scen="subset_noref",
            cands=[[x["id"] for x in g]], note=f"no reference; {g[0]['number']}+{g[1]['number']} = amount but customer has {len(oth)+1} open")
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=R.choice(["VIREMENT", "BONIFICO", None, "PAYMENT"]), rem=None), L

def sc_nameonly(d):
    while True:
        inv = pick()
        if unique_amount(inv): break
        used.discard(inv["id"])
    c = cust(inv); a = bal[inv["id"]]
    L = lab("review", [], reason="no customer id or reference; name and amount only", scen="name_amount_only",
            cands=[[inv["id"]]], note=f"truncated payer name resembles {c['name']}; amount = {inv['number']} but nothing confirms it")
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=None, ref=R.choice([None, "VIR SEPA RECU", "BONIFICO ISTANTANEO"]), rem=None), L

def sc_amtonly(d):
    while True:
        inv = pick()
        if unique_amount(inv) and len(open_of(inv["customer_id"], inv["currency"])) <= 6: break
        used.discard(inv["id"])
    c = cust(inv); a = bal[inv["id"]]
    L = lab("applied", [(inv["id"], a)], reason=f"customer id and exact, unique balance of {inv['number']}", scen="amount_only",
            note="no reference; bank gives the customer id and only one open invoice has this balance")
    apply([(inv["id"], a)]); history.append(("full", inv, a, c))
    return dict(amount=a, currency=inv["currency"], payer=bank_name(c), cid=c["id"], ref=R.choice([None, "VIREMENT", "BONIFICO", "ZAHLUNG"]), rem=None), L

def sc_xcur(d):
    inv = pick(lambda i: i["currency"] != "EUR"); c = cust(inv)
    a = (bal[inv["id"]] * D(R.choice(["0.93", "1.07", "1.16"]))).quantize(Q)
    L = lab("review", [], reason=f"pays {inv['number']} ({inv['currency']}) in EUR", scen="cross_currency",
            cands=[[inv["id"]]], note="currency differs from the invoice; cannot be applied as is")
    return dict(amount=a, currency="EUR", payer=bank_name(c), cid=c["id"], ref=ref_text(c, [inv["number"]], d), rem=None), L

FACTORS = ["FACTOR EXAMPLE FRANCE SA", "IFITALIA EXAMPLE FACTORING SPA", "EUROFACTOR EXAMPLE"]
def sc_factor(d):
    inv = pick(lambda i: i["currency"] == "EUR" and CUST[i["customer_id"]]["cc"] in ("FR", "IT")); c = cust(inv)
    g = [inv] + [i for i in open_of(c["id"], "EUR") if i is not inv and i["id"] not in used and i["id"] not in reserved][:R.randint(0, 2)]
    for x in g: used.add(x["id"])
    a = sum(bal[x["id"]] for x in g)
    fr = c["cc"] == "FR"
    rem = ("Affacturage - règlement pour le compte de " if fr else "Factoring - pagamento per conto di ") + c["name"] + ": " + \
          ", ".join(f"{x['number']} {m(bal[x['id']])}" for x in g)
    apps = [(x["id"], bal[x["id"]]) for x in g]
    L = lab("applied", apps, reason="factor pays named invoices on behalf of the customer", scen="factoring",
            note="payer is a factoring company, no customer id; remittance names the debtor and invoices, sums exactly")
    apply(apps); return dict(amount=a, currency="EUR", payer=R.choice(FACTORS), cid=None, ref="AFFACTURAGE" if fr else "CESSIONE CREDITI", rem=rem), L

def sc_bad(d):
    inv = pick(); c = cust(inv); b = bal[inv["id"]]
    kind = R.choice(["neg", "comma", "empty", "cur", "zero"])
    amt = {"neg": "-" + m(b), "comma": f"{b:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), "empty": "",
           "cur": m(b), "zero": "0.00"}[kind]
    cur = "" if kind == "cur" else inv["currency"]
    L = lab("review", [], reason="malformed payment row", scen="bad_row", note=f"bad row ({kind}): amount {amt!r} currency {cur!r}; nothing can be applied")
    used.discard(inv["id"])
    return dict(amount=amt, currency=cur, payer=bank_name(c), cid=c["id"], ref=ref_text(c, [inv["number"]], d), rem=None), L

locs = []
LOC = {"unknown_payer": "unknown"}
NAME2CC = {}
for c in customers: NAME2CC.setdefault(strip_acc(c["name"]).upper()[:16], c["cc"])
def locale_of(p):
    if p["cid"]: return CUST[p["cid"]]["cc"]
    return NAME2CC.get(p["payer"][:16], "FR" if p["ref"] == "AFFACTURAGE" else "IT" if p["ref"] == "CESSIONE CREDITI" else "?")
PLAN = ([sc_exact] * 105 + [sc_typo] * 20 + [sc_list] * 30 + [sc_range] * 12 + [sc_lump] * 15 + [sc_partial] * 20 +
        [sc_short] * 35 + [sc_over] * 15 + [sc_second] * 12 + [sc_rest] * 10 + [sc_unknown] * 14 + [sc_nofit] * 12 +
        [sc_po] * 12 + [sc_dupe] * 15 + [sc_refamt] * 8 + [sc_subset] * 8 + [sc_nameonly] * 10 + [sc_amtonly] * 15 +
        [sc_xcur] * 6 + [sc_factor] * 10 + [sc_bad] * 10)
R.shuffle(PLAN)
# second payments / rests need history: push them out of the first 60 slots
early = [f for f in PLAN[:60] if f in (sc_second, sc_rest)]
PLAN = [f for f in PLAN[:60] if f not in (sc_second, sc_rest)] + PLAN[60:] + early
d0 = dt.date(2026, 10, 1)
days = sorted(d0 + dt.timedelta(days=R.randint(0, 54)) for _ in PLAN)
for k, (f, d) in enumerate(zip(PLAN, days)):
    p, L = f(d)
    pid = f"p-{k+1}"
    amt = p["amount"] if isinstance(p["amount"], str) else m(p["amount"])
    payments.append({"id": pid, "date": d.isoformat(), "amount": amt, "currency": p["currency"], "payer_name": p["payer"],
                     "customer_id": p["cid"], "reference": p["ref"], "remittance": p["rem"]})
    if L["status"] == "review" and L["scenario"] != "bad_row":
        L["unapplied"] = amt   # nothing applied: the whole payment stays unapplied
    labels.append({"payment_id": pid, **L})
    locs.append(p.get("cc") or LOC.get(L["scenario"]) or locale_of(p))

json.dump(invoices, open(os.path.join(OUT, "invoices.json"), "w"), ensure_ascii=False, indent=1)
json.dump(payments, open(os.path.join(OUT, "payments.json"), "w"), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print(len(invoices), "invoices", len(payments), "payments")

# ---------------- README ----------------
from collections import Counter
sc = Counter(l["scenario"] for l in labels); st = Counter(l["status"] for l in labels)
lc = Counter(locs); cur = Counter(p["currency"] for p in payments); icur = Counter(i["currency"] for i in invoices)
T = lambda c: "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda x: -x[1]))
readme = f"""# Blind cash-application set `fr_it_wine` (blind269)

Theme: **Maison Valcroix Export** (made up), a French and Italian wine and spirits exporter billing importers,
distributors, restaurants, hotels and duty-free shops in France, Italy, Germany, Switzerland, the UK and the US.
All names are invented; factoring companies are `*EXAMPLE*`. Generated by `build.py` (seed 269, stdlib only);
`check.py` re-verifies every label from the data and exits non-zero on a problem.

## Files

| file | content |
|---|---|
| `fr_it_wine/invoices.json` | {len(invoices)} open invoices (`FV26nnnnn`, issued May-Nov 2026; ~6 % already part-paid, balance < total) |
| `fr_it_wine/payments.json` | {len(payments)} payments, 2026-10-01..2026-11-25, oldest first |
| `fr_it_wine/labels.json` | one expected MATCHES.json entry per payment (same order) + `scenario` + `note` |

Invoice currencies: {dict(icur)}. Payment currencies: {dict(cur)}.

## Bank data styles
French SEPA credit transfers (`VIR SEPA RECU /DE <NAME> /MOTIF FACT ... /REF <e2e>`, `FAC N° ...`), LCR/traites
(`LCR ECH dd/mm FACT ...`), cheques paid in (`REMISE CHQ N°...`), Italian bonifici with CRO/TRN and
`saldo fatt. n. ... del dd/mm/yyyy`, RiBa (`RIBA N.EFF ... SCAD ... FATT ...`), German/Swiss `Rechnung Nr.`/`ZAHLUNG RG`,
UK Faster Payments, US Fedwire (`ORG= ... OBI=INV ...`). Payer names are upper-cased, accents stripped and truncated
at 16/18/22/35 characters like bank statements do. Invoice numbers appear as `FV2610456`, `fv2610456`, `FV 2610456`,
`FV-2610456` or bare `2610456`. Remittance advices (lists with a TOTAL line, deductions) in FR/IT/DE/EN.

## Label conventions
- Payments are applied in file order; a label only uses what earlier labels left open.
- `applied`: invoice(s) identified beyond doubt (number in reference/remittance, a clear one-digit-pair transposition
  of a number with the exact balance, a range of consecutive numbers of that customer, the customer's whole open
  balance, or the bank's customer id plus an amount that equals exactly one open invoice).
- `partial` without `short_pay`: the customer says it is a deposit/part payment (`ACOMPTE`, `acconto`, `Anzahlung`...).
- `partial` with `short_pay`: the customer states a deduction (excise/accise/Verbrauchsteuer, freight, breakage,
  credit note `AV26...`, intermediary bank charges); `short_pay.amount` = balance - payment, `reason` is a short
  human phrase (compare loosely).
- `unapplied`: overpayment (invoice closed, remainder unapplied), second payment of an invoice an earlier payment
  in this batch already closed (no applications), or a known customer's payment that fits no invoice or pair.
- `review`: nothing applied, `unapplied` = the whole amount, `candidates` best first. Used for two invoices with the
  same balance, reference naming one invoice while the amount equals another, an amount equal to a subset of
  invoices with nothing named, name-and-amount only with no customer id, payments in a currency other than the
  invoice's, and unknown payers (no candidates).
- Bad rows (negative, zero, empty or `1.234,56`-style amounts, empty currency): `review`, no candidates,
  `unapplied` "0.00" (the amount cannot be read). The contract defines no `error` field, so none is given.

## Counts

| scenario | n |
|---|---|
{T(sc)}

| status | n |
|---|---|
{T(st)}

| payer locale (customer country) | n |
|---|---|
{T(lc)}

## Deliberately hard
- PO numbers (`BC 2610777`, `ORDINE N. ...`, `Bestellnr.`) that are the digits of a real invoice of **another**
  customer; the right answer is the payer's own invoice with the unique exact balance.
- Typos that swap two adjacent digits and produce a number that does not exist.
- Second payments and rest-of-balance payments that only make sense after earlier rows are applied.
- Factoring companies paying for a named debtor with no customer id.
- Short pays where the deduction only appears in the 140-char reference, not in a remittance.
- Customers invoiced in two currencies (CHF/GBP customers also billed in EUR); cross-currency payments go to review.
- Monthly standing orders from restaurants with identical invoice amounts (ambiguous without a reference).
"""
open(os.path.join(HERE, "README.md"), "w").write(readme)
