#!/usr/bin/env python3
"""Blind cash-application ledger: Iberian ceramic tiles & bathroom fittings maker.
Deterministic, stdlib only. Writes invoices.json, payments.json, labels.json, README.md."""
import json, random, unicodedata, os
from decimal import Decimal as D
from datetime import date, timedelta
from collections import Counter

R = random.Random(24126)
OUT = os.path.dirname(os.path.abspath(__file__))
C2 = D("0.01")


def q(x):
    return D(x).quantize(C2)


def s(x):
    return str(q(x))


def deacc(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def fmt_es(x):  # 1.234,56
    a = f"{q(x):,.2f}"
    return a.replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_pt(x):  # 1 234,56
    return f"{q(x):,.2f}".replace(",", " ").replace(".", ",")


# ---------------- customers ----------------
ES_TOWNS = ["Castelló", "Vila-real", "Onda", "Alcora", "Sevilla", "Zaragoza", "Valladolid", "Murcia", "Bilbao", "Girona",
            "Lleida", "Alacant", "Córdoba", "Ourense", "Badajoz", "Tarragona", "Málaga", "Burgos"]
PT_TOWNS = ["Aveiro", "Leiria", "Braga", "Viseu", "Coimbra", "Setúbal", "Faro", "Guimarães", "Ílhavo", "Pombal"]
FR_TOWNS = ["Perpignan", "Toulouse", "Montpellier", "Bordeaux", "Lyon", "Nîmes", "Pau", "Narbonne"]
MA_TOWNS = ["Casablanca", "Tanger", "Rabat", "Agadir", "Marrakech", "Fès", "Oujda"]

customers = []


def add_cust(country, name, cur, lang, n_inv):
    cid = f"CL-{len(customers) + 101:04d}"
    customers.append(dict(id=cid, country=country, name=name, cur=cur, lang=lang, n=n_inv))


for i, t in enumerate(ES_TOWNS):
    pre = ["Almacenes Cerámicos", "Materiales de Construcción", "Saneamientos", "Suministros", "Azulejos y Baños",
           "Comercial de Materiales"][i % 6]
    lang = "ca" if t in ("Castelló", "Vila-real", "Girona", "Lleida", "Tarragona", "Alacant") and i % 2 == 0 else "es"
    add_cust("ES", f"{pre} {t} {'SL' if i % 3 else 'SA'}", "EUR", lang, R.choice([20, 28, 36, 48]))
# two near-namesakes for name ambiguity
add_cust("ES", "Materiales García Hermanos SL", "EUR", "es", 18)
add_cust("ES", "Materiales García e Hijos SL", "EUR", "es", 18)
for i, t in enumerate(PT_TOWNS):
    pre = ["Materiais de Construção", "Cerâmicas e Sanitários", "Armazéns", "Comércio de Azulejos", "Casa dos Banhos"][i % 5]
    add_cust("PT", f"{pre} de {t}, Lda", "EUR", "pt", R.choice([20, 26, 32]))
for i, t in enumerate(FR_TOWNS):
    pre = ["Négoce Matériaux", "Carrelages du Sud", "Sanitaires", "Comptoir du Bâtiment"][i % 4]
    add_cust("FR", f"{pre} {t} SARL" if i % 2 else f"{pre} {t} SAS", "EUR", "fr", R.choice([14, 22, 30]))
for i, t in enumerate(MA_TOWNS):
    pre = ["Sanitaire", "Céramique", "Matériaux", "Dépôt Carrelage"][i % 4]
    add_cust("MA", f"{pre} {t} SARL", "MAD", "fr", R.choice([14, 22, 30]))
add_cust("MA", "Atlas Distribution Céramique SA", "USD", "fr", 16)
add_cust("FR", "Euro-Maghreb Négoce SAS", "USD", "fr", 16)
add_cust("ES", "Iberexport Baños SL", "USD", "es", 14)
# small customers for lump sums
for i, (cty, nm, lg) in enumerate([("ES", "Reformas Turia SL", "es"), ("ES", "Obres i Reformes Maresme SL", "ca"),
                                   ("PT", "Obras Ribeiro & Filhos, Lda", "pt"), ("FR", "Bati Plus Occitanie SARL", "fr"),
                                   ("ES", "Construcciones Aljarafe SL", "es"), ("PT", "Remodela Minho, Lda", "pt"),
                                   ("ES", "Baños Levante SL", "es"), ("FR", "Maison & Carreaux SARL", "fr")]):
    add_cust(cty, nm, "EUR", lg, R.choice([3, 4, 5]))
CBYID = {c["id"]: c for c in customers}


GENERIC = {"ES": ["TRANSFERENCIA", "PAGO PROVEEDOR", "PAGO FACTURAS"], "PT": ["TRF", "PAGAMENTO FORNECEDOR", "TRF SEPA"],
           "FR": ["REGLEMENT FOURNISSEUR", "VIREMENT", "PAIEMENT"], "MA": ["REGLEMENT FOURNISSEUR", "VIREMENT DEVISES"]}


def bank_name(c, style=None):
    return _bank_name(c, style).rstrip(" .&")


def _bank_name(c, style=None):
    n = deacc(c["name"]).upper().replace(",", "")
    style = style if style is not None else R.randint(0, 4)
    if style == 0:
        return n[:35]
    if style == 1:
        return n.replace(" SL", " S.L.").replace(" SA", " S.A.").replace(" LDA", " LDA.")[:35]
    if style == 2:
        return n[:24]
    if style == 3:
        return n[:18]
    return n.replace("MATERIALES", "MAT.").replace("CONSTRUCCION", "CONST.").replace("MATERIAIS", "MAT.")[:30]


# ---------------- invoices ----------------
invoices = []
seq = {"FV": 300, "A": 1100}
START = date(2026, 3, 1)
for c in customers:
    for k in range(c["n"]):
        ser = "A" if c["country"] == "PT" else "FV"
        seq[ser] += R.randint(1, 3)
        num = f"A/26/{seq[ser]}" if ser == "A" else f"FV-2026/{seq[ser]:05d}"
        iss = START + timedelta(days=R.randint(0, 175))
        if c["cur"] == "MAD":
            tot = q(D(R.randint(400000, 9000000)) / 100)
        elif c["n"] <= 5:
            tot = q(D(R.randint(30000, 400000)) / 100)
        else:
            tot = q(D(R.randint(18000, 2500000)) / 100)
        bal = tot
        if R.random() < 0.07:  # already part-paid or credited
            bal = q(tot * D(R.choice(["0.5", "0.7", "0.9", "0.95"])))
        invoices.append(dict(id="", number=num, customer_id=c["id"], customer_name=c["name"], currency=c["cur"],
                             total=tot, balance=bal, issue_date=iss,
                             due_date=iss + timedelta(days=R.choice([30, 60, 90]))))
    # duplicate-amount pair for ambiguity (repeat orders)
    if c["n"] >= 14 and R.random() < 0.6:
        mine = [v for v in invoices if v["customer_id"] == c["id"]]
        a, b = mine[1], mine[5]
        b["total"] = a["total"]; b["balance"] = a["balance"] = a["total"]
invoices.sort(key=lambda v: (v["issue_date"], v["number"]))
for i, v in enumerate(invoices):
    v["id"] = f"inv-{i + 1:05d}"
IBYNUM = {v["number"]: v for v in invoices}
IBYID = {v["id"]: v for v in invoices}
bal = {v["id"]: v["balance"] for v in invoices}
reserved = set()


def open_of(cid, cur=None):
    return [v for v in invoices if v["customer_id"] == cid and bal[v["id"]] > 0 and (cur is None or v["currency"] == cur)]


def amount_hits(cid, amt, cur):
    return [v for v in open_of(cid, cur) if bal[v["id"]] == amt]


def any_hit(amt):
    return [v for v in invoices if bal[v["id"]] == amt]


def pick_inv(cond=lambda v: True, cust=None):
    pool = [v for v in invoices if bal[v["id"]] > 0 and v["id"] not in reserved and cond(v)
            and (cust is None or v["customer_id"] == cust)]
    return R.choice(pool) if pool else None


# ---------------- reference / remittance styles ----------------
def num_variant(n):
    if n.startswith("A/"):
        k = n.split("/")[2]
        return R.choice([f"A 26 {k}", f"A26/{k}", f"FT A26 {k}", f"A/2026/{k}", f"fatura {k}/26"[:0] or f"A-26-{k}"])
    k = n.split("/")[1]
    return R.choice([f"FV2026/{k}", f"FV 2026 {int(k)}", f"FV-2026-{k}", f"FV26/{int(k)}", f"FV/2026/{k}",
                     f"F.V. 2026/{k}"])


def word(lang, kind):
    W = {
        "inv1": {"es": "fra.", "ca": "factura", "pt": "fatura", "fr": "facture"},
        "invs": {"es": "facturas", "ca": "factures", "pt": "faturas", "fr": "factures"},
        "pay": {"es": "Pago", "ca": "Pagament", "pt": "Pagamento", "fr": "Règlement"},
    }
    return W[kind][lang]


def amtfmt(lang, x, cur):
    sym = {"EUR": "€", "MAD": "MAD", "USD": "USD"}[cur]
    if lang == "pt":
        return f"{fmt_pt(x)} {cur}"
    if lang == "fr":
        return f"{fmt_pt(x)} {sym}"
    return f"{fmt_es(x)} {sym}"


def sepa_ref(c, text):
    if c["country"] == "ES":
        return ("CONCEPTO: " + deacc(text).upper())[:140]
    if c["country"] == "PT":
        return ("Descritivo: " + deacc(text).upper()[:35])
    if c["country"] == "MA":
        return ("VIREMENT RECU " + deacc(text).upper())[:70]
    return ("VIR SEPA RECU /MOTIF " + deacc(text).upper())[:140]


payments, labels = [], []
day = [date(2026, 9, 1)]
SC = Counter()
LANGC = Counter()


def next_date():
    if R.random() < 0.22:
        day[0] += timedelta(days=1)
        while day[0].weekday() >= 5:
            day[0] += timedelta(days=1)
    return day[0]


def emit(scenario, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short_pay=None, cands=None,
         reason="", note="", lang="-", raw_amount=None, raw_date=None, raw_cur=None):
    pid = f"pay-{len(payments) + 1:04d}"
    d = next_date()
    if callable(rem):
        rem = rem(d)
    payments.append({"id": pid, "date": raw_date if raw_date is not None else d.isoformat(),
                     "amount": raw_amount if raw_amount is not None else s(amount),
                     "currency": raw_cur if raw_cur is not None else cur, "payer_name": payer, "customer_id": cid,
                     "reference": ref, "remittance": rem})
    for iid, a in apps:
        bal[iid] -= a
        assert bal[iid] >= 0
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
                   "unapplied": s(unapplied), "short_pay": short_pay, "candidates": cands or [],
                   "reason": reason, "scenario": scenario, "note": f"[{scenario}, {lang}] {note}"})
    SC[scenario] += 1
    LANGC[lang] += 1
    return pid


def payer_of(c, null_id_p=0.15):
    cid = None if R.random() < null_id_p else c["id"]
    return bank_name(c), cid


# ---------------- scenarios ----------------
def sc_exact():
    v = pick_inv(lambda v: v["customer_id"] not in SMALL)
    c = CBYID[v["customer_id"]]; a = bal[v["id"]]; L = c["lang"]
    payer, cid = payer_of(c)
    ref = sepa_ref(c, f"{word(L, 'pay')} {word(L, 'inv1')} {v['number']}")
    rem = None
    if R.random() < 0.4:
        rem = f"{word(L, 'pay')} {word(L, 'inv1')} {v['number']} {amtfmt(L, a, v['currency'])}"
    emit("exact_ref", a, v["currency"], payer, cid, ref, rem, "applied", [(v["id"], a)], 0,
         reason=f"reference {v['number']} and exact balance", note=f"{v['number']} cited, amount = balance",
         lang=L)


def sc_variant():
    v = pick_inv(lambda v: v["customer_id"] not in SMALL)
    c = CBYID[v["customer_id"]]; a = bal[v["id"]]; L = c["lang"]
    nv = num_variant(v["number"])
    payer, cid = payer_of(c)
    emit("ref_variant", a, v["currency"], payer, cid, sepa_ref(c, f"{word(L, 'inv1')} {nv}"), None, "applied",
         [(v["id"], a)], 0, reason=f"reference {nv} = {v['number']}, exact balance",
         note=f"number written as '{nv}'", lang=L)


def sc_typo():
    for _ in range(50):
        v = pick_inv(lambda v: v["customer_id"] not in SMALL)
        c = CBYID[v["customer_id"]]; a = bal[v["id"]]; L = c["lang"]
        n = v["number"]; digits = [i for i, ch in enumerate(n) if ch.isdigit()][-3:]
        i = R.choice(digits[:-1])
        t = n[:i] + n[i + 1] + n[i] + n[i + 2:]  # transpose
        if t == n or t in IBYNUM or len(amount_hits(c["id"], a, v["currency"])) != 1:
            continue
        payer, cid = payer_of(c, 0)
        emit("typo_ref", a, v["currency"], payer, cid, sepa_ref(c, f"{word(L, 'inv1')} {t}"), None, "applied",
             [(v["id"], a)], 0, reason=f"reference {t} is a transposition of {n}; exact unique balance",
             note=f"typo {t} (no such invoice) for {n}; amount unique among customer's open items", lang=L)
        return


def sc_amount_only(mb=False):
    for _ in range(50):
        v = pick_inv(lambda v: v["customer_id"] not in SMALL and (not mb or CBYID[v["customer_id"]]["country"] == "PT"))
        c = CBYID[v["customer_id"]]; a = bal[v["id"]]; L = c["lang"]
        if len(amount_hits(c["id"], a, v["currency"])) != 1 or len(any_hit(a)) != 1:
            continue
        payer = bank_name(c)
        if mb:
            ent = R.choice(["21217", "11604", "10611"])
            ref = f"PAG. SERV. MULTIBANCO ENT {ent} REF {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"
            sc, note = "multibanco", "Multibanco entity/reference only; amount = one open balance of the customer"
        else:
            ref = R.choice([None, sepa_ref(c, R.choice(GENERIC[c["country"]]))])
            sc, note = "amount_only", "no invoice reference; amount matches exactly one open invoice"
        emit(sc, a, v["currency"], payer, c["id"], ref, None, "applied", [(v["id"], a)], 0,
             reason=f"known customer, amount equals balance of {v['number']} only", note=note, lang=L)
        return


def sc_list(rng=False):
    for _ in range(50):
        c = R.choice([c for c in customers if c["n"] > 5])
        op = sorted([v for v in open_of(c["id"]) if v["id"] not in reserved], key=lambda v: v["number"])
        if len(op) < 4:
            continue
        k = R.randint(2, 5) if not rng else R.randint(3, 4)
        if rng:
            # consecutive numbers in the series that all belong to this customer and are open
            st = R.randint(0, len(op) - k)
            sel = op[st:st + k]
            nums = [int(x["number"].split("/")[-1]) for x in sel]
            between = [x for x in invoices if x["number"].split("/")[0] == sel[0]["number"].split("/")[0]
                       and nums[0] <= int(x["number"].split("/")[-1]) <= nums[-1]]
            if len(between) != k:
                continue
        else:
            sel = R.sample(op, k)
        if len({v["currency"] for v in sel}) != 1:
            continue
        L = c["lang"]; cur = sel[0]["currency"]
        tot = sum(bal[v["id"]] for v in sel)
        if rng:
            a0, a1 = sel[0]["number"], sel[-1]["number"].split("/")[-1]
            txt = {"es": f"Pago facturas {a0} a {a1}", "ca": f"Pagament factures {a0} a {a1}",
                   "pt": f"Faturas {a0} a {a1}", "fr": f"Factures {a0} à {a1}"}[L]
            ref, rem = sepa_ref(c, txt), None
            sc = "range"
        else:
            lines = "\n".join(f"{v['number']}  {amtfmt(L, bal[v['id']], cur)}" for v in sel)
            head = {"es": "Aviso de pago", "ca": "Avís de pagament", "pt": "Aviso de pagamento",
                    "fr": "Avis de paiement"}[L]
            rem = f"{head} - {c['name']}\n{lines}\nTotal: {amtfmt(L, tot, cur)}"
            ref = sepa_ref(c, f"{word(L, 'pay')} {word(L, 'invs')} {'VARIES' if L == 'ca' else 'DIVERSES' if L == 'fr' else 'VARIAS'}" if L != "pt" else "PAG FATURAS DIVERSAS")
            sc = "list"
        payer, cid = payer_of(c)
        emit(sc, tot, cur, payer, cid, ref, rem, "applied", [(v["id"], bal[v["id"]]) for v in sel], 0,
             reason=f"{len(sel)} invoices listed, sum matches", note=f"{len(sel)} invoices, total {s(tot)}", lang=L)
        return


def sc_lump():
    for c in R.sample([c for c in customers if c["id"] in SMALL], len(SMALL)):
        op = [v for v in open_of(c["id"])]
        if len(op) < 2 or any(v["id"] in reserved for v in op):
            continue
        L = c["lang"]; tot = sum(bal[v["id"]] for v in op)
        txt = {"es": "LIQUIDACION SALDO", "ca": "LIQUIDACIO SALDO PENDENT", "pt": "PAGAMENTO SALDO CONTA CORRENTE",
               "fr": "SOLDE DE TOUT COMPTE"}[L]
        emit("lump_sum", tot, op[0]["currency"], bank_name(c), c["id"], sepa_ref(c, txt), None, "applied",
             [(v["id"], bal[v["id"]]) for v in sorted(op, key=lambda v: v["due_date"])], 0,
             reason="amount equals the customer's whole open balance", note=f"{len(op)} open invoices, no numbers",
             lang=L)
        return


def sc_partial():
    v = pick_inv(lambda v: v["customer_id"] not in SMALL and v["balance"] > 1000)
    c = CBYID[v["customer_id"]]; L = c["lang"]; b = bal[v["id"]]
    a = q(b * D(R.choice(["0.25", "0.4", "0.5", "0.6"])))
    if amount_hits(c["id"], a, v["currency"]):
        return
    txt = {"es": f"Pago a cuenta fra {v['number']}", "ca": f"Pagament a compte factura {v['number']}",
           "pt": f"Pag parcial fatura {v['number']}", "fr": f"Acompte facture {v['number']}"}[L]
    emit("partial", a, v["currency"], bank_name(c), c["id"], sepa_ref(c, txt), None, "partial", [(v["id"], a)], 0,
         reason=f"part payment of {v['number']}", note=f"part payment, {s(bal[v['id']] - a)} stays open", lang=L)
    PARTIALS.append(v["id"])


def sc_rest():
    if not PARTIALS:
        return
    iid = PARTIALS.pop(0); v = IBYID[iid]
    if bal[iid] <= 0:
        return
    c = CBYID[v["customer_id"]]; L = c["lang"]; a = bal[iid]
    txt = {"es": f"Resto fra {v['number']}", "ca": f"Resta factura {v['number']}",
           "pt": f"Restante fatura {v['number']}", "fr": f"Solde facture {v['number']}"}[L]
    emit("balance_after_partial", a, v["currency"], bank_name(c), c["id"], sepa_ref(c, txt), None, "applied",
         [(iid, a)], 0, reason=f"remaining balance of {v['number']}",
         note="pays what an earlier part payment left open", lang=L)


REASONS = {
    "es": [("rotura", "abono por rotura en transporte", "damaged goods"),
           ("dto", "dto. pronto pago 2%", "early-payment discount"),
           ("dev", "devolución palets", "pallet return")],
    "ca": [("rot", "abonament per peces trencades", "damaged goods"), ("dto", "dte. pagament avançat", "early-payment discount")],
    "pt": [("par", "desconto por partidos", "damaged goods"), ("pal", "devolução de paletes", "pallet return")],
    "fr": [("casse", "déduction casse à la livraison", "damaged goods"), ("esc", "escompte 2 %", "early-payment discount"),
           ("manq", "manquant 3 cartons", "short delivery")],
}


def sc_short():
    v = pick_inv(lambda v: v["customer_id"] not in SMALL and v["balance"] > 800)
    c = CBYID[v["customer_id"]]; L = c["lang"]; b = bal[v["id"]]
    _, txt_r, en = R.choice(REASONS[L])
    ded = q(b * D("0.02")) if "2" in txt_r else q(D(R.randint(4000, min(60000, int(b * 20)))) / 100)
    a = b - ded
    cur = v["currency"]
    if ded <= 0 or amount_hits(c["id"], a, cur):
        return
    rem = {"es": f"Fra {v['number']} {amtfmt(L, b, cur)}\nMenos {txt_r}: -{amtfmt(L, ded, cur)}\nImporte transferido {amtfmt(L, a, cur)}",
           "ca": f"Factura {v['number']} {amtfmt(L, b, cur)}\n{txt_r}: -{amtfmt(L, ded, cur)}\nImport pagat {amtfmt(L, a, cur)}",
           "pt": f"Fatura {v['number']} {amtfmt(L, b, cur)}\n{txt_r}: -{amtfmt(L, ded, cur)}\nValor pago {amtfmt(L, a, cur)}",
           "fr": f"Facture {v['number']} {amtfmt(L, b, cur)}\n{txt_r} : -{amtfmt(L, ded, cur)}\nNet réglé {amtfmt(L, a, cur)}"}[L]
    emit("short_pay", a, cur, bank_name(c), c["id"], sepa_ref(c, f"{word(L, 'inv1')} {v['number']}"), rem, "partial",
         [(v["id"], a)], 0, short_pay={"invoice_id": v["id"], "amount": s(ded), "reason": f"{en}: {txt_r}"},
         reason=f"short pay on {v['number']}", note=f"deduction {s(ded)} ({en})", lang=L)


def sc_overpay():
    v = pick_inv(lambda v: v["customer_id"] not in SMALL and v["total"] > v["balance"] == bal[v["id"]])
    kind = "total_after_credit"
    if v is None or R.random() < 0.4:
        v = pick_inv(lambda v: v["customer_id"] not in SMALL); kind = "rounded_up"
    c = CBYID[v["customer_id"]]; L = c["lang"]; b = bal[v["id"]]
    if kind == "total_after_credit" and R.random() < 0.5:
        kind = "rounded_up"
    a = v["total"] if kind == "total_after_credit" else q(b + D(R.randint(500, 25000)) / 100)
    if amount_hits(c["id"], a - b, v["currency"]) or amount_hits(c["id"], a, v["currency"]):
        return
    emit("overpayment", a, v["currency"], bank_name(c), c["id"], sepa_ref(c, f"{word(L, 'inv1')} {v['number']}"),
         None, "unapplied", [(v["id"], b)], a - b, reason=f"{v['number']} paid, remainder held",
         note=f"{kind}: paid {s(a)} against balance {s(b)}", lang=L)


def sc_second():
    cands = [(p, l) for p, l in zip(payments, labels) if l["scenario"] in ("exact_ref", "ref_variant")
             and len(l["applications"]) == 1 and bal[l["applications"][0]["invoice_id"]] == 0]
    if not cands:
        return
    p, l = R.choice(cands[-40:])
    v = IBYID[l["applications"][0]["invoice_id"]]; c = CBYID[v["customer_id"]]
    emit("second_payment", D(p["amount"]), p["currency"], p["payer_name"], c["id"], p["reference"], p["remittance"],
         "unapplied", [], D(p["amount"]), reason=f"{v['number']} already paid by {p['id']}",
         note=f"duplicate of {p['id']}", lang=c["lang"])


def sc_unknown():
    for _ in range(50):
        a = q(D(R.randint(10000, 900000)) / 100)
        if any_hit(a):
            continue
        payer = R.choice(["CONSTRUCCIONES PEREZ VIDAL", "SR. JOAO M. TAVARES", "REHABILITA NORTE 2020 SL",
                          "SCI LES OLIVIERS", "M. AHMED BENNANI", "FUNDACION ESCOLAR SAN JUAN", "ALVES & ALVES UNIP LDA",
                          "GESTORIA MARTINEZ C.B.", "SARL DUPUIS PERE ET FILS"])
        ref = R.choice([None, "CONCEPTO: PAGO", "TRANSFERENCIA", "Descritivo: TRF", "VIR SEPA RECU /MOTIF REGLEMENT"])
        emit("unknown_payer", a, "EUR", payer, None, ref, None, "review", [], a,
             reason="payer not a customer, no reference", note="no customer, no invoice number, amount matches nothing",
             lang="-")
        return


def sc_nofit():
    for _ in range(60):
        c = R.choice([c for c in customers if c["n"] > 5])
        op = open_of(c["id"])
        a = q(D(R.randint(10000, 600000)) / 100)
        sums = {bal[v["id"]] for v in op} | {bal[x["id"]] + bal[y["id"]] for x in op for y in op if x is not y}
        if a in sums or a == sum(bal[v["id"]] for v in op) or any_hit(a):
            continue
        L = c["lang"]
        txt = {"es": "ANTICIPO PEDIDO", "ca": "BESTRETA COMANDA", "pt": "ADIANTAMENTO ENCOMENDA", "fr": "ACOMPTE COMMANDE"}[L]
        emit("no_fit", a, c["cur"], bank_name(c), c["id"], sepa_ref(c, txt), None, "unapplied", [], a,
             reason="known customer, fits no open invoice", note="advance on an order; no invoice fits", lang=L)
        return


def sc_po():
    for _ in range(60):
        v = pick_inv(lambda v: v["customer_id"] not in SMALL and v["number"].startswith("FV"))
        c = CBYID[v["customer_id"]]; L = c["lang"]; a = bal[v["id"]]
        other = R.choice([x for x in invoices if x["number"].startswith("FV") and x["customer_id"] != c["id"]])
        k = other["number"].split("/")[1]
        if len(amount_hits(c["id"], a, v["currency"])) != 1 or len(any_hit(a)) != 1:
            continue
        txt = {"es": f"S/PEDIDO 2026/{k}", "ca": f"COMANDA 2026/{k}", "fr": f"BON DE COMMANDE 2026/{k}",
               "pt": f"ENCOMENDA 2026/{k}"}[L]
        emit("po_lookalike", a, v["currency"], bank_name(c), c["id"], sepa_ref(c, txt), None, "applied",
             [(v["id"], a)], 0, reason=f"order number, not an invoice; amount equals {v['number']}",
             note=f"2026/{k} is the customer's order no. (FV-2026/{k} belongs to {other['customer_id']}); amount unique",
             lang=L)
        return


def sc_amb_same():
    for c in R.sample(customers, len(customers)):
        op = open_of(c["id"])
        by = Counter(bal[v["id"]] for v in op)
        dup = [a for a, n in by.items() if n == 2]
        if not dup:
            continue
        a = dup[0]; pair = sorted([v for v in op if bal[v["id"]] == a], key=lambda v: v["due_date"])
        if any(v["id"] in reserved for v in pair):
            continue
        L = c["lang"]
        emit("ambiguous_same_amount", a, pair[0]["currency"], bank_name(c), c["id"], sepa_ref(c, R.choice(GENERIC[c["country"]])),
             None, "review", [], a, cands=[[pair[0]["id"]], [pair[1]["id"]]],
             reason="two open invoices with this exact balance, no reference",
             note=f"{pair[0]['number']} and {pair[1]['number']} both {s(a)}", lang=L)
        return


def sc_amb_ref_amount():
    for _ in range(60):
        c = R.choice([c for c in customers if c["n"] > 5])
        op = [v for v in open_of(c["id"]) if v["id"] not in reserved]
        if len(op) < 3:
            continue
        A, B = R.sample(op, 2)
        if bal[B["id"]] <= bal[A["id"]] or len(amount_hits(c["id"], bal[B["id"]], B["currency"])) != 1 \
                or A["currency"] != B["currency"]:
            continue
        L = c["lang"]; a = bal[B["id"]]
        emit("ambiguous_ref_vs_amount", a, A["currency"], bank_name(c), c["id"],
             sepa_ref(c, f"{word(L, 'inv1')} {A['number']}"), None, "review", [], a,
             cands=[[A["id"]], [B["id"]]],
             reason=f"reference {A['number']} but amount equals {B['number']}",
             note="overpay-of-A reading vs wrong-reference-for-B reading", lang=L)
        return


def sc_amb_name():
    g1, g2 = [c for c in customers if c["name"].startswith("Materiales García")]
    for _ in range(60):
        v1 = pick_inv(cust=g1["id"])
        v2 = pick_inv(cust=g2["id"])
        if not v1 or not v2:
            return
        # make both readings plausible: pay the amount of one invoice; the other customer has it too?
        a = bal[v1["id"]]
        if bal[v2["id"]] != a:
            # force-equalise v2 only if it has not been touched yet and is untouched by payments
            if bal[v2["id"]] != v2["balance"] or v2["id"] in reserved:
                continue
            v2["balance"] = v2["total"] = a; bal[v2["id"]] = a
        emit("ambiguous_payer", a, "EUR", "MATERIALES GARCIA", None, "CONCEPTO: PAGO FACTURA", None, "review", [],
             a, cands=[[v1["id"]], [v2["id"]]], reason="payer name fits two customers; both have this balance",
             note=f"{v1['number']} ({g1['id']}) vs {v2['number']} ({g2['id']})", lang="es")
        return


BANKS_CONF = ["BANCO SANTANDER SA CONFIRMING", "CAIXABANK CONFIRMING", "BBVA CONFIRMING PROVEEDORES",
              "BANKINTER SA", "BANCO SABADELL CONFIRMING"]


def sc_confirming():
    for _ in range(30):
        c = R.choice([c for c in customers if c["country"] == "ES" and c["n"] > 5 and c["cur"] == "EUR"])
        op = [v for v in open_of(c["id"]) if v["id"] not in reserved]
        if not op:
            continue
        sel = R.sample(op, min(len(op), R.randint(1, 3)))
        tot = sum(bal[v["id"]] for v in sel)
        L = c["lang"]
        lines = "\n".join(f"  {v['number']}  vto {v['due_date'].strftime('%d/%m/%Y')}  {fmt_es(bal[v['id']])}"
                          for v in sel)
        rem = (f"CONFIRMING - Pago por cuenta de {deacc(c['name']).upper()}\nOrdenante: {deacc(c['name']).upper()}\n"
               f"Documentos:\n{lines}\nTotal abonado: {fmt_es(tot)} EUR")
        emit("confirming", tot, "EUR", R.choice(BANKS_CONF), None,
             f"CONFIRMING N.{R.randint(10 ** 9, 10 ** 10 - 1)}", rem, "applied", [(v["id"], bal[v["id"]]) for v in sel],
             0, reason="confirming bank pays on behalf of the customer; documents listed",
             note=f"bank is payer; customer named in remittance; {len(sel)} docs", lang=L)
        return


def sc_pagare():
    for _ in range(30):
        c = R.choice([c for c in customers if c["country"] == "ES" and c["n"] > 5 and c["cur"] == "EUR"])
        op = [v for v in open_of(c["id"]) if v["id"] not in reserved]
        if len(op) < 2:
            continue
        sel = R.sample(op, R.randint(1, 2))
        tot = sum(bal[v["id"]] for v in sel)
        pn = R.randint(1000000, 9999999)
        vto = day[0].strftime("%d/%m/%Y")
        ref = f"CONCEPTO: VTO PAGARE {pn} {' '.join(v['number'] for v in sel)}"
        emit("pagare", tot, "EUR", bank_name(c), c["id"], ref[:140],
             lambda d: f"Pagaré nº {pn} vencimiento {d.strftime('%d/%m/%Y')} - importe {fmt_es(tot)} EUR", "applied",
             [(v["id"], bal[v["id"]]) for v in sel], 0, reason="promissory note paid at maturity; invoices in concept",
             note=f"pagare {pn}", lang=c["lang"])
        return


def sc_trunc():
    for _ in range(60):
        c = R.choice([c for c in customers if c["country"] == "PT" and c["n"] > 5])
        op = [v for v in open_of(c["id"]) if v["id"] not in reserved]
        if len(op) < 3:
            continue
        A, B = R.sample(op, 2)
        full = f"PAG FATURAS {A['number']} {B['number']}"
        cut = full[:35]
        frag = cut.split(" ")[-1]
        tot = bal[A["id"]] + bal[B["id"]]
        hits = [v for v in op if v["id"] != A["id"] and bal[v["id"]] == tot - bal[A["id"]]]
        if len(hits) != 1 or hits[0] is not B or B["number"] == frag or not B["number"].startswith(frag):
            continue
        emit("truncated_descritivo", tot, "EUR", bank_name(c), c["id"], "Descritivo: " + cut, None, "applied",
             [(A["id"], bal[A["id"]]), (B["id"], bal[B["id"]])], 0,
             reason=f"{A['number']} cited; second number cut at 35 chars, remainder equals {B['number']}",
             note=f"'{frag}' cut; remainder unique", lang="pt")
        return


def sc_fx():
    for _ in range(30):
        v = pick_inv(lambda v: v["currency"] in ("EUR", "MAD") and v["customer_id"] not in SMALL)
        c = CBYID[v["customer_id"]]; L = c["lang"]
        pc = "USD" if v["currency"] == "EUR" else "EUR"
        a = q(bal[v["id"]] * (D("1.08") if pc == "USD" else D("0.092")))
        emit("currency_mismatch", a, pc, bank_name(c), c["id"], sepa_ref(c, f"{word(L, 'inv1')} {v['number']}"),
             None, "review", [], a, cands=[[v["id"]]],
             reason=f"{v['number']} is {v['currency']}, payment is {pc}",
             note="cannot apply across currencies; referenced invoice is the candidate", lang=L)
        return


def sc_bad():
    v = pick_inv(lambda v: v["customer_id"] not in SMALL)
    c = CBYID[v["customer_id"]]; L = c["lang"]; a = bal[v["id"]]
    kind = R.choice(["neg", "zero", "comma", "nocur", "baddate", "text"])
    raw = {"neg": "-" + s(a), "zero": "0.00", "comma": fmt_es(a), "text": "N/D"}.get(kind)
    emit("bad_row", a, v["currency"], bank_name(c), c["id"], sepa_ref(c, f"{word(L, 'inv1')} {v['number']}"), None,
         "review", [], 0, reason=f"bad row: {kind}", note=f"malformed row ({kind}); nothing applied, unapplied 0.00",
         lang=L, raw_amount=raw, raw_cur="" if kind == "nocur" else None,
         raw_date="2026-09-31" if kind == "baddate" else None)


SMALL = {c["id"] for c in customers if c["n"] <= 5}
PARTIALS = []
PLAN = (["exact"] * 75 + ["variant"] * 30 + ["typo"] * 12 + ["amount"] * 25 + ["mb"] * 14 + ["list"] * 30 +
        ["range"] * 10 + ["lump"] * 7 + ["partial"] * 20 + ["rest"] * 8 + ["short"] * 25 + ["over"] * 15 +
        ["second"] * 12 + ["unknown"] * 14 + ["nofit"] * 12 + ["po"] * 12 + ["ambsame"] * 10 + ["ambref"] * 8 +
        ["ambname"] * 3 + ["conf"] * 20 + ["pagare"] * 15 + ["trunc"] * 8 + ["fx"] * 6 + ["bad"] * 9)
R.shuffle(PLAN)
# rest/second must follow their sources; push them to the back half
PLAN = [p for p in PLAN if p not in ("rest", "second")][:] 
late = ["rest"] * 8 + ["second"] * 12
for x in late:
    PLAN.insert(R.randint(len(PLAN) // 3, len(PLAN)), x)
FN = dict(exact=sc_exact, variant=sc_variant, typo=sc_typo, amount=sc_amount_only, mb=lambda: sc_amount_only(True),
          list=sc_list, range=lambda: sc_list(True), lump=sc_lump, partial=sc_partial, rest=sc_rest, short=sc_short,
          over=sc_overpay, second=sc_second, unknown=sc_unknown, nofit=sc_nofit, po=sc_po, ambsame=sc_amb_same,
          ambref=sc_amb_ref_amount, ambname=sc_amb_name, conf=sc_confirming, pagare=sc_pagare, trunc=sc_trunc,
          fx=sc_fx, bad=sc_bad)
for p in PLAN:
    FN[p]()


# ---------------- write ----------------
def inv_out(v):
    return {"id": v["id"], "number": v["number"], "customer_id": v["customer_id"], "customer_name": v["customer_name"],
            "currency": v["currency"], "total": s(v["total"]), "balance": s(v["balance"]),
            "issue_date": v["issue_date"].isoformat(), "due_date": v["due_date"].isoformat()}


def dump(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


dump("invoices.json", [inv_out(v) for v in invoices])
dump("payments.json", payments)
dump("labels.json", labels)

st = Counter(l["status"] for l in labels)
curc = Counter(p["currency"] for p in payments)
rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(SC.items()))
README = f"""# Blind cash-application ledger: Iberian ceramics

Theme: a ceramic-tile and bathroom-fittings manufacturer (Spain + Portugal) selling to builders' merchants and
distributors in Spain, Portugal, France and Morocco. EUR by SEPA (Spanish `CONCEPTO:` fields, Portuguese
`Descritivo:` cut at 35 characters, Multibanco entity/reference payments), confirming bancario (the customer's bank
pays on its behalf, `customer_id` null, customer named in the remittance), pagarés paid at maturity, MAD transfers
from Moroccan customers, some USD. Remittances in Spanish, Portuguese, French and Catalan. Invoice numbers
`FV-2026/00412` (Spanish entity: ES/FR/MA customers) and `A/26/1234` (Portuguese entity). All names are invented.

Generated by `build.py` (seed 24126). `check.py` re-verifies every label.

## Files
| file | content |
|---|---|
| invoices.json | {len(invoices)} open invoices (contract format) |
| payments.json | {len(payments)} payments, oldest first |
| labels.json | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` |

## Counts per scenario
| scenario | n |
|---|---|
{rows}

Per status: {dict(st)}. Per payment currency: {dict(curc)}. Per remittance language (customer locale; `-` = none):
{dict(LANGC)}.

## Label conventions
- Payments are applied in order; every label was generated against the balances left by earlier payments.
- `applied`: reference (exact, re-spelled, or an unambiguous transposition typo that names no existing invoice) and
  exact balance; or a known customer whose amount equals exactly one open balance in the whole ledger; or listed /
  ranged invoices whose balances add up; or a lump sum equal to the customer's whole open balance (small accounts).
  Applications in a lump are ordered by due date; compare applications as a set.
- `partial` with `short_pay: null`: a remittance that says it is a payment on account. `partial` with `short_pay`:
  remittance states the deduction; `short_pay.amount` = balance − paid; `reason` is free text (English tag + quoted
  remittance words) — compare it loosely.
- `unapplied`: overpayment (invoice balance applied, rest unapplied); second payment of an invoice already paid
  earlier in this file (nothing applied); known customer's advance that fits no invoice, no pair of invoices and not
  the whole balance.
- `review`: `candidates` is a list of invoice-id lists (each an invoice set), best first; order between candidates
  is not meaningful for scoring in our view. Unknown payers have `candidates: []`. Currency mismatch (USD paid against
  a EUR invoice, EUR against MAD) is review with the referenced invoice as the only candidate. For review,
  `unapplied` = the payment amount (nothing applied, everything held).
- Bad rows (negative/zero/comma-decimal/non-numeric amount, empty currency, impossible date 2026-09-31): `review`,
  nothing applied, `unapplied` "0.00", `candidates` []. The contract defines no `error` field, so none is labelled.

## Deliberately hard
- Bank-truncated and accent-stripped payer names (18/24/30/35 chars, `S.L.`, `MAT.`), `customer_id` null on ~15% of
  referenced payments and on all confirming payments (payer is the bank).
- Number re-spellings (`FV26/412`, `FV 2026 412`, `A 26 1234`, `A/2026/1234`, `F.V. 2026/00412`).
- Order numbers `S/PEDIDO 2026/00518` / `BON DE COMMANDE 2026/...` whose digits equal another customer's invoice.
- Portuguese Descritivo truncated mid-number; the remainder identifies the second invoice by amount.
- Repeat orders with identical totals (review), reference vs amount disagreement (review), two customers
  "Materiales García …" behind a bare `MATERIALES GARCIA` payer (review).
- Amounts in remittances are written `1.234,56 €` (es/ca) or `1 234,56 EUR` / `1 234,56 €` (pt/fr).
- Some invoices are already part-paid/credited (balance < total); customers paying the original total = overpayment.
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write(README)
print(len(invoices), len(payments), dict(SC), dict(st))
