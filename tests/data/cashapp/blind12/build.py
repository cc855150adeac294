#!/usr/bin/env python3
"""Build the blind37 held-out set for the cash-application `match` contract.

Deterministic and stdlib only: `python3 build.py` rewrites invoices.json, payments.json
and labels.jsonl byte for byte.  See README.md for the conventions.
"""
import itertools
import json
import math
import os
import random
import string
from datetime import date, timedelta

from world import CUSTOMERS, SIMILAR, PEOPLE_EN, PEOPLE_FR, PEOPLE_ES

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(370213)

WIN_START, WIN_END = date(2026, 2, 9), date(2026, 3, 20)
HOLIDAYS = {date(2026, 2, 16)}  # Presidents' Day / Family Day: no bank credits
BDAYS = [WIN_START + timedelta(i) for i in range((WIN_END - WIN_START).days + 1)]
BDAYS = [d for d in BDAYS if d.weekday() < 5 and d not in HOLIDAYS]
US_NAME = "NORTHGATE INDUSTRIAL SUPPLY INC"
CA_NAME = "NORTHGATE INDUSTRIAL SUPPLY CANADA ULC"


# ----------------------------------------------------------------------------- money
def m(c):
    return f"{c // 100}.{c % 100:02d}"


def us(c):
    return f"{c // 100:,}.{c % 100:02d}"


def frm(c):
    return f"{c // 100:,}".replace(",", " ") + f",{c % 100:02d}"


def money_txt(c, lang, cur, style=None):
    style = R.randint(0, 3) if style is None else style
    if lang == "fr":
        return [f"{frm(c)} $", f"{frm(c)} $ {cur}", f"{frm(c)}$", f"{us(c)} $"][style]
    sym = "$" if cur == "USD" else ("$" if R.random() < .5 else "CA$")
    return [f"{sym}{us(c)}", f"{us(c)}", f"{cur} {us(c)}", f"${us(c)}"][style]


def amt(lo=6000, hi=4500000, mu=7.25, sd=1.1):
    while True:
        c = int(round(math.exp(R.gauss(mu, sd)) * 100))
        if lo <= c <= hi:
            return c


def digits(n, first=None):
    s = "".join(R.choice(string.digits) for _ in range(n))
    return (first + s[1:]) if first else s


def alnum(n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


# ----------------------------------------------------------------------------- customers
CUST = []
LASTS = {"en": ["Whitaker", "Okafor", "Lindgren", "Castellano", "Brennan", "Sato", "Pruitt", "Haddad", "Kowal", "Ferris",
                "Abernathy", "Quinlan", "Mbeki", "Sorensen", "Delacroix", "Hutchins", "Vargas", "Oyelaran", "McAllister"],
         "fr": ["Lapointe", "Desjardins", "Thibodeau", "Gauthier", "Boucher", "Paquette", "Lemieux", "Poirier", "Cloutier"],
         "es": ["Garza", "Cantú", "Villarreal", "Treviño", "Sandoval", "Ibarra"]}
_ids = R.sample(range(1000, 9999), len(CUSTOMERS))
for (name, ctry, reg, kind, lang, curs, group, banks), cid in zip(CUSTOMERS, _ids):
    terms = 45 if kind == "muni" and ctry == "US" else R.choice([30, 30, 30, 30, 45, 60] if kind == "mfg" else [30, 30, 30, 45])
    people = PEOPLE_FR if lang == "fr" else PEOPLE_ES if lang == "es" else PEOPLE_EN
    if lang == "fr":
        styles = ["erp_fr", "email_fr", "email_fr", "terse_fr", "erp"]
    elif lang == "es":
        styles = ["email_es", "email_es", "email", "terse"]
    elif kind == "muni":
        styles = ["muni", "muni", "erp"]
    else:
        styles = ["erp", "email", "email", "portal", "terse", "table"]
    CUST.append(dict(id=f"cus-{cid}", name=name, country=ctry, region=reg, kind=kind, lang=lang, curs=curs,
                     group=group, bank=banks[0], terms=terms, vend=R.randint(40000, 99999),
                     style=R.choice(styles), ap=R.choice(people), disc=False, city=None,
                     owner=R.choice([x.split()[0] for x in people]) + " " + R.choice(LASTS[lang])))
BYNAME = {c["name"]: c for c in CUST}
for c in R.sample([c for c in CUST if c["kind"] == "mfg"], 9):
    c["disc"] = True  # 2% 10, net 30
    c["terms"] = 30
RESERVED = set()  # customer names kept out of the general pool


def pool(cur=None, kind=None, lang=None, exclude=()):
    out = [c for c in CUST if c["name"] not in RESERVED and c["name"] not in exclude]
    if cur:
        out = [c for c in out if cur in c["curs"]]
    if kind:
        out = [c for c in out if c["kind"] in kind]
    if lang:
        out = [c for c in out if c["lang"] == lang]
    return out


# ----------------------------------------------------------------------------- invoices
INVS = []


def mk_inv(c, cur, cents, before, age=None, balance=None, terms=None):
    terms = terms or c["terms"]
    if age is None:
        age = R.randint(max(6, terms - 14), terms + 38)
    issue = before - timedelta(days=age)
    floor = date(2025, 10, 14)
    if issue < floor:
        issue = floor + timedelta(days=R.randint(0, 12))
    inv = dict(cust=c, currency=cur, total=cents, balance=cents if balance is None else balance,
               issue=issue, due=issue + timedelta(days=terms), number=None, id=None, owner=None)
    INVS.append(inv)
    return inv


# ----------------------------------------------------------------------------- payments
PAYS = []
USED_DAYS = []


def pick_day(lo=0, hi=None):
    hi = len(BDAYS) - 1 if hi is None else hi
    return BDAYS[R.randint(lo, hi)]


def chan_for(c, cur, cents, info=True):
    if cur == "USD":
        if c["country"] == "CA":
            opts = ["wire"] * 4 + ["lockbox"]
        elif c["kind"] == "muni":
            opts = ["ach"] * 3 + ["lockbox"] * 2
        else:
            opts = ["ach"] * 5 + ["lockbox"] * 4 + ["wire"] * (2 if cents > 150000 else 0) + \
                   (["stripe"] * 2 if cents < 600000 else [])
    else:
        if c["kind"] == "muni":
            opts = ["eft"] * 4 + ["lockbox"] * 2
        else:
            opts = ["eft"] * 4 + ["lockbox"] * 3 + ["wire"] * (1 if cents > 200000 else 0) + \
                   (["interac"] * 3 if cents < 1000000 else []) + (["stripe"] if cents < 500000 else [])
    return R.choice(opts)


def item(inv, paid=None, adj=0, why=None, ntext=None, gross=None):
    return dict(inv=inv, paid=inv["balance"] if paid is None else paid, adj=adj, why=why, ntext=ntext,
                gross=gross)


def new_pay(kind, c, cur, cents, d, ch, items, status, apps, unapplied=0, short=None, cands=None,
            cid=None, msg=None, payer=None, info=True, explain="", checks=(), extra=None):
    if cid is None:
        cid = R.random() < (1.0 if ch == "stripe" else 0.45)
    p = dict(kind=kind, cust=c, cur=cur, cents=cents, date=d, ch=ch, items=items, cid=cid, msg=msg,
             payer=payer, info=info, explain=explain, checks=list(checks), extra=extra or {},
             label=dict(status=status, apps=apps, unapplied=unapplied, short=short, cands=cands or []))
    for inv in [it["inv"] for it in items] + [a[0] for a in apps] + [i for s in (cands or []) for i in s]:
        inv["owner"] = inv["owner"] or kind
    PAYS.append(p)
    return p


# reasons: key -> (label reason, en, fr, es, X12 ADX code)
REASONS = {
    "damage": ("damaged goods", ["{n} crushed in transit, photos sent to your CSR", "received damaged - claim #{k}",
                                 "2 cartons damaged on arrival"],
               ["marchandise endommagée à la livraison", "{n} pièces brisées (photos envoyées)"],
               ["material dañado en la entrega"], "11"),
    "price": ("pricing", ["unit price billed above our PO price", "pricing does not match quote Q-{k}",
                          "billed above contract price"],
              ["prix facturé différent de la soumission {k}", "écart de prix vs bon de commande"],
              ["diferencia de precio contra la orden de compra"], "01"),
    "freight": ("freight", ["freight not authorized on PO", "freight was quoted FOB destination - not paying frt",
                            "shipping charge not approved"],
                ["frais de transport non autorisés", "transport non prévu au bon de commande"],
                ["flete no autorizado en la orden"], "AX"),
    "return": ("returned goods", ["returned {n} pcs under RMA {k}, credit not received yet",
                                  "RMA {k} - items sent back"],
               ["retour de marchandise RMA {k} (crédit pas encore reçu)"], ["devolución RMA {k}"], "11"),
    "disc": ("early-payment discount", ["2% prompt pay discount", "less 2% disc (2/10 net 30)", "2% discount taken"],
             ["escompte 2 % paiement rapide", "moins escompte de 2 %"], ["descuento 2% pronto pago"], "CD"),
    "tax": ("sales tax", ["sales tax charged in error - we are tax exempt, cert on file",
                          "removed sales tax, exempt entity"],
            ["TVQ facturée en trop", "taxes facturées en trop, exemption au dossier"],
            ["impuesto cobrado por error, somos exentos"], "TX"),
    "shortship": ("short shipment", ["short shipped {n} units", "only {n} of {q} received"],
                  ["livraison incomplète, {n} unités manquantes"], ["faltaron {n} piezas en el envío"], "06"),
    "bank": ("bank charges", ["less intermediary bank charges", "wire fee deducted by our bank"],
             ["frais bancaires déduits"], ["comisión bancaria descontada"], "BF"),
    "restock": ("restocking fee", ["restocking fee disputed, never agreed", "not paying 15% restock fee"],
                ["frais de restockage contestés"], ["cargo de reabastecimiento no aceptado"], "RF"),
    "surcharge": ("surcharge", ["fuel surcharge not per contract", "metals surcharge not agreed"],
                  ["surcharge de carburant non prévue au contrat"], ["recargo de combustible no pactado"], "SC"),
}


def retuner(p, inv=None, lo=20000):
    def f():
        c = amt(lo=lo)
        p["cents"] = c
        if inv is not None:
            inv["total"] = inv["balance"] = c
            for it in p["items"]:
                if it["inv"] is inv:
                    it["paid"] = c
            for a in p["label"]["apps"]:
                if a[0] is inv:
                    a[1] = c
        if p["label"]["status"] in ("review", "unapplied") and not p["label"]["apps"]:
            p["label"]["unapplied"] = c
    p["retune"] = f
    return p


def reason_text(key, lang):
    lab, en, fr, es, code = REASONS[key]
    src = fr if lang == "fr" else es if lang == "es" else en
    t = R.choice(src)
    return t.format(n=R.randint(2, 12), k=f"{R.randint(1000, 9999)}", p=f"{R.randint(10, 90)}.{R.randint(0, 99):02d}",
                    q=f"{R.randint(91, 140)}.{R.randint(0, 99):02d}")


# ============================================================================ scenarios
def cust_lang(c):
    if c["lang"] == "fr":
        return "fr" if R.random() < .88 else "en"
    if c["lang"] == "es":
        return "es" if R.random() < .6 else "en"
    return "en"


def any_cust(cur=None, kinds=None, lang=None):
    return R.choice(pool(cur=cur, kind=kinds, lang=lang))


def any_cur(c):
    return c["curs"][0] if len(c["curs"]) == 1 or R.random() < .7 else c["curs"][1]


def sc_single_exact(kind="A1"):
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    cents = amt()
    inv = mk_inv(c, cur, cents, d)
    ch = chan_for(c, cur, cents)
    return new_pay(kind, c, cur, cents, d, ch, [item(inv)], "applied", [[inv, cents]],
                   explain="names invoice {n0}; amount equals its open balance")


def sc_lump(kind="A2", k=None):
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    k = k or R.choice([2, 2, 3, 3, 4, 5, 6, 8, 11, 14])
    invs = [mk_inv(c, cur, amt(hi=1800000), d) for _ in range(k)]
    tot = sum(i["total"] for i in invs)
    ch = chan_for(c, cur, tot)
    if ch in ("stripe", "interac") and k > 3:
        ch = "eft" if cur == "CAD" else "ach"
    its = [item(i) for i in invs]
    return new_pay(kind, c, cur, tot, d, ch, its, "applied", [[i, i["total"]] for i in invs],
                   explain=f"remittance lists {k} invoices whose open balances add up to the payment")


def sc_group_lump():
    grp = R.choice(["Keystone Industrial Group", "Groupe Laurentide", "Lakehead Metals Holdings", "Summit Industrial Holdings"])
    members = [c for c in CUST if c["group"] == grp]
    cur = "CAD" if all("CAD" in c["curs"] for c in members) else "USD"
    d = pick_day()
    invs = []
    for c in members:
        invs += [mk_inv(c, cur, amt(hi=900000), d) for _ in range(R.randint(1, 3))]
    tot = sum(i["total"] for i in invs)
    ch = R.choice(["lockbox", "wire"] if cur == "USD" else ["eft", "wire"])
    payer = grp.upper().replace("É", "E")
    return new_pay("A4", members[0], cur, tot, d, ch, [item(i) for i in invs], "applied",
                   [[i, i["total"]] for i in invs], cid=False, payer=payer, extra=dict(group=grp),
                   explain=f"parent company {grp} pays its subsidiaries' invoices listed one by one; all balances add up to the payment")


def sc_noref_unique():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day(3)
    cents = amt()
    inv = mk_inv(c, cur, cents, d)
    for _ in range(R.randint(2, 4)):
        mk_inv(c, cur, amt(), d)  # other open invoices of the same customer
    ch = chan_for(c, cur, cents)

    def chk(p, st):
        fits = subsets(cust_open(p["cust"], cur), p["cents"])
        assert fits == [[inv]], ("noref unique", fits)
    return retuner(new_pay("A3", c, cur, cents, d, ch, [item(inv)], "applied", [[inv, cents]], cid=True, info=False,
                   checks=[chk], explain="no invoice reference, but the bank identifies the customer and exactly one of its open invoices (and no combination of them) equals the amount"))


def sc_payer_differs():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    cents = amt()
    invs = [mk_inv(c, cur, cents, d)]
    if R.random() < .35:
        invs.append(mk_inv(c, cur, amt(), d))
    tot = sum(i["total"] for i in invs)
    kind = R.choice(["processor", "processor", "owner", "legal", "parentlike"])
    if c["name"] == "Soudure Express":
        kind = "legal"
    elif c["kind"] == "muni":
        kind = "processor"
    if kind == "processor":
        payer = R.choice(["PAYABLES HUB INC", "NORTHBRIDGE PAYMENT SVCS", "REMITLINE AP SERVICES", "CLEARPATH B2B PAYMENTS",
                          "TRADEFLOW SETTLEMENT LLC"])
        ch = "ach" if cur == "USD" else "eft"
    elif kind == "owner":
        payer = c["owner"].upper()
        ch = "interac" if cur == "CAD" else R.choice(["stripe", "lockbox"])
    elif kind == "legal":
        payer = c["bank"] if c["name"] == "Soudure Express" else (c["name"].split()[0].upper() + " HOLDINGS " +
                                                                  ("LTD" if c["country"] == "CA" else "LLC"))
        ch = chan_for(c, cur, tot)
    else:
        payer = "".join(w[0] for w in c["name"].replace("&", "").split() if w[0].isalpha()).upper() + \
            R.choice([" INC", " CORP", " GROUP", " ENTERPRISES"])
        ch = chan_for(c, cur, tot)
    if ch == "stripe":
        cidk = True
    else:
        cidk = False
    return new_pay("A4", c, cur, tot, d, ch, [item(i) for i in invs], "applied", [[i, i["total"]] for i in invs],
                   cid=cidk, payer=payer, extra=dict(payer_kind=kind),
                   explain=f"payer name '{payer}' is not the customer record ({kind}), but the remittance names the invoice(s) and the amount equals their balances")


TYPO_KINDS = ["transpose", "transpose", "drop", "double", "replace", "ocr", "prefix"]


def make_typo(num, kind, rng):
    s = str(num)
    if kind == "transpose":
        i = rng.randint(1, len(s) - 2)
        if s[i] == s[i + 1]:
            return None
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if kind == "drop":
        i = rng.randint(2, len(s) - 1)
        return s[:i] + s[i + 1:]
    if kind == "double":
        i = rng.randint(2, len(s) - 1)
        return s[:i] + s[i] + s[i:]
    if kind == "replace":
        i = rng.randint(3, len(s) - 1)
        new = rng.choice([x for x in string.digits if x != s[i]])
        return s[:i] + new + s[i + 1:]
    if kind == "ocr":
        tbl = {"1": "l", "0": "O", "5": "S", "8": "B"}
        idx = [i for i, ch in enumerate(s) if ch in tbl]
        if not idx:
            return None
        i = rng.choice(idx)
        return s[:i] + tbl[s[i]] + s[i + 1:]
    if kind == "prefix":
        return "1" + s if rng.random() < .5 else "INV-0" + s
    return None


def typo_ok(t, inv):
    """A written number is a fair typo when it is no open invoice of the same customer and no
    invoice of anyone with the same balance."""
    digs = t.replace("INV-", "")
    if not digs.isdigit() or int(digs) == inv["number"]:
        return True
    j = NUMS.get(int(digs))
    return j is None or (j["cust"] is not inv["cust"] and j["balance"] != inv["balance"])


def sc_typo():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    cents = amt()
    inv = mk_inv(c, cur, cents, d)
    for _ in range(R.randint(1, 3)):
        mk_inv(c, cur, amt(), d)
    tk = R.choice(TYPO_KINDS)
    state = {}

    def ntext(i, tk=tk):
        rr = random.Random(i["number"] * 7 + 3)
        for kk in ([tk] + TYPO_KINDS) * 3:
            t = make_typo(i["number"], kk, rr)
            if t and t != str(i["number"]) and typo_ok(t, i):
                state["typo"], state["tk"] = t, kk
                return t
        raise AssertionError("no typo")
    ch = chan_for(c, cur, cents)
    cidk = True if R.random() < .6 else None

    def chk(p, st):
        t = state["typo"]
        digs = t.replace("INV-", "")
        if digs.isdigit() and int(digs) != inv["number"]:
            n = int(digs)
            for j in INVS:
                if j["number"] == n and j["now"] > 0:
                    assert j["cust"] is not c, "typo hits same customer"
                    assert j["now"] != cents, "typo hits other customer's invoice with same amount"
    p = new_pay("A5", c, cur, cents, d, ch, [item(inv, ntext=ntext)], "applied", [[inv, cents]], cid=cidk,
                checks=[chk], extra=dict(typo=state),
                explain="the remittance writes '{typo}' ({tk}) for invoice {n0}; the customer is identified and the amount equals {n0}'s balance exactly, and no open invoice of this customer carries the written number")
    if not p["cid"]:
        p["payer"] = c["bank"]
    return p


def sc_typo_in_lump():
    p = sc_lump(kind="A5", k=R.randint(3, 6))
    it = R.choice(p["items"])
    state = {}

    def ntext(i):
        rr = random.Random(i["number"] * 11 + 1)
        for kk in ["transpose", "drop", "ocr", "replace"] * 3:
            t = make_typo(i["number"], kk, rr)
            if t and t != str(i["number"]) and typo_ok(t, i):
                state["typo"], state["tk"] = t, kk
                return t
        raise AssertionError
    it["ntext"] = ntext
    inv = it["inv"]

    def chk(pp, st):
        digs = state["typo"]
        if digs.isdigit():
            for j in INVS:
                if j["number"] == int(digs) and j["now"] > 0:
                    assert j["cust"] is not pp["cust"]
    p["checks"].append(chk)
    p["extra"]["typo"] = state
    p["extra"]["typo_inv"] = inv
    p["explain"] = "remittance lists invoices, one written '{typo}' ({tk}) for {tn}; its line amount equals {tn}'s balance and all lines add up to the payment"
    return p


def sc_po_lookalike():
    variant = R.choice(["both", "both", "po_only", "amount"])
    c = any_cust(cur="USD") if variant == "amount" else any_cust()
    cur = "USD" if variant == "amount" else any_cur(c)
    d = pick_day(2)
    cents = R.randint(318100, 320300) if variant == "amount" else amt()
    inv = mk_inv(c, cur, cents, d)
    for _ in range(R.randint(1, 3)):
        mk_inv(c, cur, amt(), d)
    ch = chan_for(c, cur, cents)
    if ch in ("stripe", "interac"):
        ch = "ach" if cur == "USD" else "eft"
    st = {}

    def hook(p):
        others = [j for j in INVS if j["cust"] is not c and j["owner"] is None and j["currency"] == cur]
        if variant == "amount":
            n = p["cents"]
            while NUMS.get(n) is not None and NUMS[n]["cust"] is c:
                n += 7
            if n != p["cents"]:
                p["cents"] = inv["total"] = inv["balance"] = n
                p["items"][0]["paid"] = n
                p["label"]["apps"][0][1] = n
            hit = NUMS.get(n)
            if hit is None:
                j = R.choice(others)
                renumber(j, n)
                hit = j
            elif hit["cust"] is c:
                raise AssertionError("amount lookalike hits own invoice")
            st["look"] = hit
        else:
            st["look"] = R.choice([j for j in others if j["balance"] != cents])
        st["po"] = st["look"]["number"]

    def chk(p, s):
        assert st["look"]["now"] != p["cents"]
        if variant == "po_only":
            assert subsets(cust_open(c, cur), p["cents"]) == [[inv]]
    amsg = None
    if variant == "amount":
        amsg = {"en": R.choice(["AMT {amtc}", "PAID {amtc} REF {n0}", "{n0} NET AMT 0000{amtc}"])}
    elif variant == "both":
        amsg = {"en": R.choice(["PO {po}", "Your PO {po}", "P.O. #{po}", "PO# {po} / job 14-22", "Ref: our PO {po}"]),
                "fr": R.choice(["Bon de commande {po}", "BC {po}"]), "es": "Orden de compra {po}"}
    p = new_pay("A6", c, cur, cents, d, ch, [] if variant == "po_only" else [item(inv)], "applied", [[inv, cents]], msg=amsg,
                cid=True if variant == "po_only" else None, checks=[chk], extra=dict(po=st, variant=variant),
                explain={"both": "remittance gives PO {po} (the number of another customer's invoice) and invoice {n0}; the amount equals {n0}'s balance",
                         "po_only": "only a PO number is given ({po}, which is also another customer's invoice number with a different balance); the bank identifies the customer and exactly one of its open invoices equals the amount",
                         "amount": "the payment amount {amt} reads like invoice number {po} of another customer; the reference names {n0}, whose balance equals the amount"}[variant])
    p["hook"] = hook
    if variant == "po_only":
        p["info"] = "po_only"
    return p


def sc_remaining_balance():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    tot = amt(lo=80000)
    bal = int(tot * R.uniform(.2, .7))
    inv = mk_inv(c, cur, tot, d, age=R.randint(50, 90), balance=bal)
    ch = chan_for(c, cur, bal)
    msg = {"en": R.choice(["Remaining balance on {n0}.", "This clears the balance of {n0}.",
                           "Final payment on {n0} per our payment plan."]),
           "fr": R.choice(["Solde de la facture {n0}.", "Dernier versement sur {n0}."]),
           "es": "Saldo restante de la factura {n0}."}
    return new_pay("A7", c, cur, bal, d, ch, [item(inv, gross=tot)], "applied", [[inv, bal]], msg=msg,
                   explain="pays the remaining open balance of {n0} (total {tot}, balance {bal})")


def sc_part_then_rest():
    """P2 part payment, later the remainder (A7) or the original total again (U1)."""
    c = any_cust()
    cur = any_cur(c)
    i1 = R.randint(0, len(BDAYS) - 12)
    d1 = BDAYS[i1]
    d2 = BDAYS[i1 + R.randint(4, 11)]
    tot = amt(lo=150000)
    first = int(round(tot * R.choice([.25, .3, .4, .5]) / 10000.0)) * 10000 or 50000
    inv = mk_inv(c, cur, tot, d1)
    ch = chan_for(c, cur, first)
    msg1 = {"en": R.choice(["Partial payment on {n0}; balance to follow later this month.",
                            "First instalment on {n0} as agreed with your credit dept.",
                            "Paying part of {n0} now, rest when the job is billed."]),
            "fr": R.choice(["Paiement partiel de la facture {n0}, le solde suivra.",
                            "Premier versement sur {n0} tel qu'entendu."]),
            "es": "Pago parcial de la factura {n0}, el resto la próxima semana."}
    p1 = new_pay("P2", c, cur, first, d1, ch, [item(inv, paid=first)], "partial", [[inv, first]], msg=msg1,
                 explain="stated part payment of {n0} (balance {bal0}); the rest stays open on purpose, no deduction")
    if R.random() < .6:
        rest = tot - first
        msg2 = {"en": R.choice(["Balance of {n0}.", "Second and final payment, {n0}.", "Remainder on invoice {n0}"]),
                "fr": "Solde de la facture {n0}, merci.", "es": "Saldo de la factura {n0}."}
        p2 = new_pay("A7", c, cur, rest, d2, chan_for(c, cur, rest), [item(inv, paid=rest, gross=tot)], "applied",
                     [[inv, rest]], msg=msg2,
                     explain="pays exactly what an earlier part payment in this batch left open on {n0}")
    else:
        msg2 = {"en": R.choice(["", "Payment for {n0}", "inv {n0}"]), "fr": "Facture {n0}", "es": "Factura {n0}"}
        p2 = new_pay("U1", c, cur, tot, d2, chan_for(c, cur, tot), [item(inv, paid=tot, gross=tot)], "unapplied",
                     [[inv, tot - first]], unapplied=first, msg=msg2,
                     explain="pays the full total of {n0} although an earlier part payment in this batch already reduced it; the open remainder is applied and the excess is held")
    p1["pair"] = p2
    return [p1, p2]


def sc_truncated_wire():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    k = R.choice([1, 2, 2, 3])
    invs = [mk_inv(c, cur, amt(lo=40000), d) for _ in range(k)]
    tot = sum(i["total"] for i in invs)
    return new_pay("A8", c, cur, tot, d, "wire", [item(i) for i in invs], "applied", [[i, i["total"]] for i in invs],
                   extra=dict(trunc=True),
                   explain="wire originator-to-beneficiary text is cut off, but the invoice number(s) survive whole and the amount equals their balances")


def sc_statement():
    simnames = [n for t in SIMILAR for n in t[:2]]
    c = R.choice([x for x in pool(kind=("con", "mfg")) if x["group"] is None and x["name"] not in simnames])
    RESERVED.add(c["name"])
    cur = c["curs"][0]
    d = pick_day(5)
    invs = [mk_inv(c, cur, amt(hi=600000), d) for _ in range(R.randint(3, 6))]
    tot = sum(i["total"] for i in invs)
    ch = R.choice(["ach", "lockbox"] if cur == "USD" else ["eft", "lockbox"])
    mon = (d.replace(day=1) - timedelta(days=1)).strftime("%B")
    mon_fr = {"January": "janvier", "February": "février", "March": "mars"}[mon]
    msg = {"en": R.choice([f"Paying your {mon} statement in full.", "Pays all open items on our account.",
                           f"Full payment of statement dated {mon} 31 - all invoices"]),
           "fr": R.choice([f"Paiement complet de l'état de compte de {mon_fr}.", "Paiement de tous les soldes ouverts."]),
           "es": "Pago total del estado de cuenta."}

    def chk(p, st):
        op = cust_open(c, cur)
        assert sorted(id(i) for i in op) == sorted(id(i) for i in invs), "statement customer has other open items"
    return new_pay("A9", c, cur, tot, d, ch, [], "applied", [[i, i["total"]] for i in invs], cid=True, msg=msg,
                   info="statement", checks=[chk],
                   explain="'statement in full' with no invoice list; the amount equals the sum of every open invoice of this customer")


def sc_short_single(force=None):
    r = {"disc": 0.0, "tax": 0.25, "bank": 0.35, None: 0.99}[force]
    if r < .22:
        c = R.choice([x for x in pool() if x["disc"]])
        cur, key = any_cur(c), "disc"
    elif r < .32:
        c = R.choice([x for x in pool(kind=("muni",)) if x["country"] == "US" or x["region"] == "QC"])
        cur, key = c["curs"][0], "tax"
    elif r < .42:
        c = R.choice([x for x in pool() if x["country"] == "CA" and "USD" in x["curs"]])
        cur, key = "USD", "bank"
    else:
        c = any_cust()
        cur = any_cur(c)
        key = R.choice(["damage", "price", "freight", "return", "shortship", "restock", "surcharge", "price", "damage"])
    d = pick_day()
    if key == "disc":
        inv = mk_inv(c, cur, amt(lo=50000), d, age=R.randint(4, 9))
        ded = int(round(inv["total"] * 0.02))
    else:
        inv = mk_inv(c, cur, amt(lo=30000), d)
        if key == "bank":
            ded = R.choice([1500, 2000, 2500, 3500])
        elif key == "tax":
            ded = int(round(inv["total"] * R.choice([0.0625, 0.07, 0.0825]) / 1.07))
        elif key in ("freight", "surcharge", "restock"):
            ded = R.randint(4500, min(60000, inv["total"] // 3))
        else:
            ded = R.randint(2000, inv["total"] // 3)
    paid = inv["total"] - ded
    ch = "wire" if key == "bank" else chan_for(c, cur, paid)
    return new_pay("P1", c, cur, paid, d, ch, [item(inv, paid=paid, adj=ded, why=key)], "partial", [[inv, paid]],
                   short=[inv, ded, REASONS[key][0]],
                   explain="pays {n0} less a stated deduction ({why}); the shortfall stays open as a short pay")


def sc_short_lump():
    p = sc_lump(kind="P1", k=R.randint(2, 7))
    c = p["cust"]
    it = R.choice(p["items"])
    inv = it["inv"]
    key = R.choice(["damage", "price", "freight", "return", "shortship", "surcharge"] + (["tax"] if c["kind"] == "muni" else []))
    ded = R.randint(1500, max(1600, inv["total"] // 4))
    it["paid"] = inv["total"] - ded
    it["adj"], it["why"] = ded, key
    p["cents"] -= ded
    p["label"]["status"] = "partial"
    for a in p["label"]["apps"]:
        if a[0] is inv:
            a[1] -= ded
    p["label"]["short"] = [inv, ded, REASONS[key][0]]
    p["explain"] = "lump sum over listed invoices; {sn} is paid short with a stated reason ({why}), the others in full"
    if p["ch"] in ("interac", "stripe"):
        p["ch"] = "eft" if p["cur"] == "CAD" else "ach"
    return p


def sc_part_single():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    inv = mk_inv(c, cur, amt(lo=200000), d, age=R.randint(35, 90))
    paid = int(round(inv["total"] * R.uniform(.15, .6) / 10000.0)) * 10000
    msg = {"en": R.choice(["Partial payment toward {n0}. Remaining balance will be paid by month end.",
                           "This is a partial payment on {n0} - cash flow is tight, more next week.",
                           "Installment 1 of 3 on {n0} per the arrangement with {ar}.",
                           "On account of {n0} (partial)."]),
           "fr": R.choice(["Versement partiel sur la facture {n0}. Le solde suivra d'ici la fin du mois.",
                           "Acompte sur {n0}, 1er de 3 versements comme convenu avec {ar}."]),
           "es": R.choice(["Abono parcial a la factura {n0}; el saldo se paga a fin de mes.",
                           "Primer pago parcial de la factura {n0}."])}
    return new_pay("P2", c, cur, paid, d, chan_for(c, cur, paid), [item(inv, paid=paid)], "partial", [[inv, paid]],
                   msg=msg, explain="stated part payment on {n0}; the rest stays open on purpose and no deduction is claimed")


def sc_lump_with_part():
    p = sc_lump(kind="P3", k=R.randint(2, 5))
    it = R.choice(p["items"])
    inv = it["inv"]
    part = max(10000, int(round(inv["total"] * R.uniform(.2, .6) / 5000.0)) * 5000)
    if part >= inv["total"]:
        part = inv["total"] // 2
    p["cents"] -= inv["total"] - part
    it["paid"] = part
    it["partial"] = True
    for a in p["label"]["apps"]:
        if a[0] is inv:
            a[1] = part
    p["label"]["status"] = "partial"
    p["msg"] = {"en": R.choice(["{pn} is paid in part only - rest once our customer pays us.",
                                "Partial on {pn}, balance to follow.", "Only part of {pn} this run; remainder next cycle."]),
                "fr": "Paiement partiel seulement pour {pn}, solde à venir.",
                "es": "La factura {pn} se paga solo en parte; el saldo después."}
    p["extra"]["part_inv"] = inv
    p["explain"] = "lump sum: listed invoices paid in full except {pn}, which the remittance says is paid in part on purpose"
    if p["ch"] in ("interac", "stripe"):
        p["ch"] = "eft" if p["cur"] == "CAD" else "ach"
    return p


def sc_overpay():
    variant = R.choice(["credit", "credit", "roundup", "dupline", "deposit", "credit"])
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    if variant == "credit":
        tot = amt(lo=60000)
        cm = R.randint(3000, tot // 4)
        inv = mk_inv(c, cur, tot, d, balance=tot - cm)
        its, apps, pay = [item(inv, paid=tot, gross=tot)], [[inv, tot - cm]], tot
        msg = {"en": R.choice(["", "Invoice {n0} paid in full.", "pmt inv {n0}"]), "fr": "Paiement facture {n0}",
               "es": "Pago factura {n0}"}
        ex = "pays the invoice total of {n0} but a credit already reduced its balance to {bal0}; the balance is applied and the excess is held"
    elif variant == "roundup":
        bal = amt(lo=50000)
        inv = mk_inv(c, cur, bal, d)
        pay = (bal // 10000 + 1) * 10000
        its, apps = [item(inv, paid=bal)], [[inv, bal]]
        msg = {"en": R.choice(["Sent a round {pay} for {n0}; keep the difference as credit on our account.",
                               "Rounded up - please hold the extra against future orders. Ref {n0}."]),
               "fr": "Montant arrondi à {pay} pour {n0}, gardez la différence en crédit à notre compte.",
               "es": "Redondeamos a {pay} por la factura {n0}; dejen la diferencia a cuenta."}
        ex = "pays {n0} rounded up and asks to keep the difference on account"
    elif variant == "dupline":
        invs = [mk_inv(c, cur, amt(hi=900000), d) for _ in range(R.randint(2, 4))]
        dup = R.choice(invs)
        its = [item(i) for i in invs]
        its.insert(R.randint(0, len(its)), item(dup))
        pay = sum(i["total"] for i in invs) + dup["total"]
        apps = [[i, i["total"]] for i in invs]
        msg = None
        ex = "remittance lists {dn} twice; each listed invoice is paid once and the duplicated line's amount is held"
    else:
        bal = amt(lo=50000)
        inv = mk_inv(c, cur, bal, d)
        dep = R.randint(20, 400) * 2500
        pay = bal + dep
        its, apps = [item(inv)], [[inv, bal]]
        msg = {"en": R.choice(["Includes {dep} deposit on new PO {k} (not invoiced yet).",
                               "Invoice {n0} plus {dep} advance for the pump order, quote Q-{k}."]),
               "fr": "Inclut un dépôt de {dep} sur la commande {k} (pas encore facturée).",
               "es": "Incluye anticipo de {dep} para la orden {k}."}
        ex = "pays {n0} plus a stated deposit for an order not invoiced yet; the deposit is held"
    ch = chan_for(c, cur, pay)
    if variant == "dupline" and ch in ("stripe", "interac"):
        ch = "eft" if cur == "CAD" else "ach"
    extra_amt = pay - sum(a[1] for a in apps)

    def chk(p, st):
        assert subsets(cust_open(c, cur), extra_amt, exclude=[a[0] for a in apps]) == [], "overpay remainder fits"
    p = new_pay("U1", c, cur, pay, d, ch, its, "unapplied", apps, unapplied=extra_amt, msg=msg, checks=[chk],
                explain=ex, extra=dict(variant=variant, k=str(R.randint(4400, 4999)) + str(R.randint(100, 999))))
    if variant == "dupline":
        p["extra"]["dup"] = dup
    return p


def sc_duplicate():
    p1 = sc_single_exact("A1")
    c, cur, inv = p1["cust"], p1["cur"], p1["items"][0]["inv"]
    i1 = BDAYS.index(p1["date"])
    if i1 > len(BDAYS) - 4:
        p1["date"] = BDAYS[R.randint(0, len(BDAYS) - 8)]
        i1 = BDAYS.index(p1["date"])
        # keep the invoice issued before the first payment
        if inv["issue"] >= p1["date"]:
            inv["issue"] = p1["date"] - timedelta(days=R.randint(10, 40))
            inv["due"] = inv["issue"] + timedelta(days=c["terms"])
    d2 = BDAYS[min(len(BDAYS) - 1, i1 + R.randint(1, 9))]
    ch2 = R.choice(["ach", "lockbox", p1["ch"]]) if cur == "USD" else R.choice(["eft", "lockbox", p1["ch"]])
    if ch2 == "stripe" and p1["ch"] != "stripe":
        ch2 = "lockbox"
    msg = {"en": R.choice(["", "", "Payment for {n0}"]), "fr": "Facture {n0}", "es": "Factura {n0}"}

    def chk(p, st):
        assert inv["now"] == 0
        assert [j for j in cust_open(c, cur) if j["now"] == p["cents"]] == [], "duplicate amount fits another"
        assert subsets(cust_open(c, cur), p["cents"]) == []
    p2 = new_pay("U2", c, cur, p1["cents"], d2, ch2, [item(inv)], "unapplied", [], unapplied=p1["cents"],
                 msg=msg, cid=True if R.random() < .5 else None, checks=[chk], payer=c["bank"] if ch2 != "stripe" else None,
                 explain="second payment of {n0}, which an earlier payment in this batch already paid in full; the customer is known, so the cash is held on account")
    p2["first"] = p1
    p1["pair"] = p2
    return [p1, p2]


def sc_nofit_known():
    variant = R.choice(["deposit", "deposit", "prepay", "silent"])
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    for _ in range(R.randint(1, 4)):
        mk_inv(c, cur, amt(), d)
    if variant == "silent":
        cents = amt()
        msg = None
        ex = "bank identifies the customer; no reference, and no open invoice or combination of them equals the amount"
    elif variant == "deposit":
        cents = R.randint(10, 400) * 5000
        msg = {"en": R.choice(["Deposit (30%) on quote Q-{k} - order to be placed this week.",
                               "Advance payment for PO {k}, not yet invoiced.",
                               "Prepayment for the custom gearbox order, your quote {k}"]),
               "fr": R.choice(["Dépôt de 30 % sur la soumission {k}.", "Paiement anticipé, commande {k} (pas encore facturée)."]),
               "es": "Anticipo para la cotización {k}."}
        ex = "a stated deposit for an order not yet invoiced; the customer is known and nothing fits, so the cash is held"
    else:
        cents = amt()
        msg = {"en": R.choice(["Prepayment per pro forma PF-{k}.", "Pay before ship - proforma {k}"]),
               "fr": "Prépaiement selon la facture pro forma PF-{k}.", "es": "Prepago según proforma PF-{k}."}
        ex = "prepayment against a pro forma (not an invoice); customer known, no open invoice fits"
    ch = chan_for(c, cur, cents)

    def chk(p, st):
        op = cust_open(c, cur)
        assert subsets(op, p["cents"]) == [], "nofit fits"
        assert sum(i["now"] for i in op) != p["cents"], "nofit equals the whole statement"
    return retuner(new_pay("U3", c, cur, cents, d, ch, [], "unapplied", [], unapplied=cents, msg=msg, cid=True,
                   info=variant, checks=[chk], explain=ex, extra=dict(k=str(R.randint(2000, 2999)) + "-" + str(R.randint(10, 99)))))


# ---------------------------------------------------------------- review scenarios
def order_cands(sets, cents):
    def key(s):
        return (0 if sum(i["balance_at"] for i in s) == cents else 1, len(s), min(i["due"] for i in s),
                min(i["number"] for i in s))
    return key


def sc_similar_names():
    a, b, payer = R.choice(SIMILAR)
    ca, cb = BYNAME[a], BYNAME[b]
    cur = "USD"
    d = pick_day()
    cents = amt(lo=40000)
    x = mk_inv(ca, cur, cents, d)
    if R.random() < .7:
        y = [mk_inv(cb, cur, cents, d)]
    else:
        y1 = R.randint(cents // 4, cents * 3 // 4)
        y = [mk_inv(cb, cur, y1, d), mk_inv(cb, cur, cents - y1, d)]
    for cc in (ca, cb):
        for _ in range(R.randint(0, 2)):
            mk_inv(cc, cur, amt(), d)
    cands = [[x], y]
    ch = R.choice(["ach", "ach", "wire"])

    def chk(p, st):
        # every customer a reader could take the bank name for, not just the intended pair
        tok = {"ST": "CLAIR", "GREAT": "LAKES", "MIDWEST": "FLUID"}.get(payer.split()[0], payer.split()[0])
        like = [x for x in CUST if tok in x["name"].upper().replace("-", " ").replace(".", "")]
        if payer == "KEYSTONE INDUSTRIAL GROUP":
            like = [ca, cb]
        assert ca in like and cb in like
        got = []
        for x in like:
            got += subsets(cust_open(x, cur), cents)
        assert sorted(sorted(id(i) for i in s) for s in got) == sorted(sorted(id(i) for i in s) for s in cands), "similar cands"
    return new_pay("R1", ca, cur, cents, d, ch, [], "review", [], unapplied=cents, cands=cands, cid=False,
                   payer=payer, info=False, checks=[chk],
                   explain=f"bank name '{payer}' fits both {a} and {b}; no reference; the amount fits an open invoice set at each, so the customer cannot be told")


def sc_twins():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day(3)
    cents = R.choice([R.randint(8, 90) * 5000, amt(lo=30000)])
    x = mk_inv(c, cur, cents, d, age=R.randint(40, 70))
    y = mk_inv(c, cur, cents, d, age=R.randint(8, 38))
    for _ in range(R.randint(0, 3)):
        mk_inv(c, cur, amt(), d)
    variant = R.choice(["silent", "blanketpo", "silent"])
    msg = None
    if variant == "blanketpo":
        msg = {"en": R.choice(["Blanket PO {k} release", "PO {k} - monthly consignment fee", "Ref PO# {k}"]),
               "fr": "BC ouvert {k} - frais mensuels", "es": "Orden abierta {k}"}

    def chk(p, st):
        got = subsets(cust_open(c, cur), cents)
        assert sorted(sorted(id(i) for i in s) for s in got) == sorted([[id(x)], [id(y)]]), "twins"
    return new_pay("R2", c, cur, cents, d, chan_for(c, cur, cents), [], "review", [], unapplied=cents,
                   cands=[[x], [y]], cid=True, msg=msg, info=variant, checks=[chk],
                   extra=dict(k="4500" + digits(6)),
                   explain="two open invoices of this customer have the same balance as the payment and nothing says which one is meant")


def sc_two_subsets():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day(3)
    a, b = amt(hi=800000), amt(hi=800000)
    if R.random() < .5:
        cc = a + b
        sets = None
        ia, ib, ic = mk_inv(c, cur, a, d), mk_inv(c, cur, b, d), mk_inv(c, cur, cc, d)
        cands = [[ic], [ia, ib]]
        cents = cc
    else:
        cc = amt(hi=800000)
        dd = a + b - cc
        if dd < 3000:
            cc, dd = (a + b) // 2 + 117, (a + b) - ((a + b) // 2 + 117)
        ia, ib, ic, idd = (mk_inv(c, cur, v, d) for v in (a, b, cc, dd))
        cands = [[ia, ib], [ic, idd]]
        cents = a + b
    for _ in range(R.randint(0, 2)):
        mk_inv(c, cur, amt(), d)
    ch = chan_for(c, cur, cents)

    def chk(p, st):
        got = subsets(cust_open(c, cur), cents)
        assert sorted(sorted(id(i) for i in s) for s in got) == sorted(sorted(id(i) for i in s) for s in cands), "two subsets"
    return new_pay("R3", c, cur, cents, d, ch, [], "review", [], unapplied=cents, cands=cands, cid=True,
                   info=False, checks=[chk],
                   explain="no invoice list; two different sets of this customer's open invoices each add up to the amount")


def sc_conflict_typo():
    """Reference names open invoice B, amount equals open invoice A whose number is B with two digits swapped."""
    c = any_cust()
    cur = any_cur(c)
    d = pick_day(2)
    a = mk_inv(c, cur, amt(lo=30000), d)
    b = mk_inv(c, cur, amt(lo=30000), d)
    for _ in range(R.randint(0, 2)):
        mk_inv(c, cur, amt(), d)

    def hook(p):
        n1, n2 = free_transposed_pair(min(a["issue"], b["issue"]))
        renumber(a, n1)
        renumber(b, n2)

    def chk(p, st):
        assert a["now"] != b["now"]
        assert subsets(cust_open(c, cur), a["now"]) == [[a]]
    p = new_pay("R4", c, cur, a["total"], d, chan_for(c, cur, a["total"]), [item(b, paid=a["total"])], "review", [],
                unapplied=a["total"], cands=[[a], [b]], cid=True, checks=[chk],
                explain="the remittance names {nb} (open, balance {bb}) but the amount equals {na}, whose number is {nb} with two digits swapped; reference and amount disagree")
    p["hook"] = hook
    p["extra"]["ab"] = (a, b)
    return p


def sc_fragment_twins():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day(2)
    cents = amt(lo=20000)
    a = mk_inv(c, cur, cents, d, age=R.randint(35, 60))
    b = mk_inv(c, cur, cents, d, age=R.randint(10, 34))
    for _ in range(R.randint(0, 2)):
        mk_inv(c, cur, amt(), d)
    st = {}

    def hook(p):
        n1, n2 = free_same_prefix_pair(min(a["issue"], b["issue"]))
        renumber(a, n1)
        renumber(b, n2)
        st["frag"] = str(n1)[:5]

    def chk(p, s):
        frag = st["frag"]
        hits = [j for j in cust_open(c, cur) if str(j["number"]).startswith(frag)]
        assert sorted(id(j) for j in hits) == sorted([id(a), id(b)]), "fragment"
        got = subsets(cust_open(c, cur), cents)
        assert sorted(sorted(id(i) for i in s) for s in got) == sorted([[id(a)], [id(b)]])
    p = new_pay("R4", c, cur, cents, d, R.choice(["wire", "lockbox"]), [], "review", [], unapplied=cents,
                cands=[[a], [b]], cid=True, checks=[chk], info="fragment", extra=dict(frag=st),
                explain="the reference is cut to '{frag}', which begins both {na} and {nb}; both have the payment's amount as balance")
    p["hook"] = hook
    return p


UNKNOWN_PAYERS = ["FIRST MERIDIAN BANK NA", "ACH SETTLEMENT CR", "R DUBOIS", "K PATEL", "PAYABLES HUB INC",
                  "CLEARPATH B2B PAYMENTS", "M HERNANDEZ", "DEPOSIT CORRECTION", "TRANSFER FROM ACCT ****4471",
                  "J-P LAROCHE", "SUMMERFIELD ENTERPRISES", "GOLDEN MILE PROPERTIES", "T WOJCIK", "A BERGERON",
                  "MISC CREDIT", "BLUESTONE HOLDINGS LLC", "NORTHBRIDGE PAYMENT SVCS", "OAKRIDGE LEASING CO"]


def sc_unknown_nofit():
    cur = R.choice(["USD", "USD", "CAD"])
    d = pick_day()
    cents = amt()
    ch = R.choice(["ach", "wire", "lockbox"] if cur == "USD" else ["eft", "interac", "wire"])
    payer = R.choice(UNKNOWN_PAYERS)

    def chk(p, st):
        for cc in CUST:
            assert subsets(cust_open(cc, cur), p["cents"], maxk=3) == [], "unknown nofit fits"
    return retuner(new_pay("R5", None, cur, cents, d, ch, [], "review", [], unapplied=cents, cands=[], cid=False,
                   payer=payer, info=R.choice([False, "vague"]), checks=[chk],
                   explain=f"payer '{payer}' is no customer on file, there is no usable reference, and no open invoice or set of one customer's invoices equals the amount: review with no candidate"))


def sc_amount_only_unknown():
    c = any_cust()
    cur = any_cur(c)
    d = pick_day()
    cents = amt(lo=20000)
    inv = mk_inv(c, cur, cents, d)
    payer = R.choice(UNKNOWN_PAYERS)
    ch = R.choice(["ach", "wire", "lockbox"] if cur == "USD" else ["eft", "interac", "wire"])

    def chk(p, st):
        hits = []
        for cc in CUST:
            hits += subsets(cust_open(cc, cur), p["cents"], maxk=3)
        assert hits == [[inv]], ("amount only", [[(i["cust"]["name"], i["now"], i["owner"]) for i in s] for s in hits], cents)
    return retuner(new_pay("R11", c, cur, cents, d, ch, [], "review", [], unapplied=cents, cands=[[inv]], cid=False,
                   payer=payer, info=R.choice([False, "vague"]), checks=[chk],
                   explain=f"payer '{payer}' cannot be tied to a customer and there is no reference; the amount alone equals {{n0}} of {c['name']}, which is a candidate, not a sure match"), inv)


def sc_customer_conflict():
    c = any_cust()
    cur = any_cur(c)
    other = R.choice([o for o in pool(cur=cur) if o is not c and o["group"] is None or o is not c and o["group"] != c["group"]])
    d = pick_day(2)
    A = mk_inv(other, cur, amt(lo=30000), d)
    B = mk_inv(c, cur, amt(lo=30000), d)
    for _ in range(R.randint(0, 2)):
        mk_inv(c, cur, amt(), d)

    def hook(p):
        n1, n2 = free_transposed_pair(min(A["issue"], B["issue"]))
        renumber(A, n1)
        renumber(B, n2)

    def chk(p, st):
        assert subsets(cust_open(c, cur), A["now"]) == [], "conflict: amount fits own"
    p = new_pay("R10", c, cur, A["total"], d, chan_for(c, cur, A["total"]), [item(A)], "review", [],
                unapplied=A["total"], cands=[[A], [B]], cid=True, checks=[chk],
                explain="the bank says the payer is {cn}, but the reference and amount fit {na} of {on}, an unrelated customer; {cn}'s own {nb} differs from it by two swapped digits and has another balance")
    p["hook"] = hook
    p["extra"].update(other=other, AB=(A, B))
    if p["ch"] == "stripe":
        p["ch"] = "ach" if cur == "USD" else "eft"
    return p


# ============================================================================ build plan
PLAN = [
    (sc_single_exact, 63), (sc_lump, 34), (sc_group_lump, 3), (sc_noref_unique, 14), (sc_payer_differs, 13),
    (sc_typo, 10), (sc_typo_in_lump, 5), (sc_po_lookalike, 12), (sc_remaining_balance, 5), (sc_part_then_rest, 10),
    (sc_truncated_wire, 8), (sc_statement, 5),
    (sc_short_single, 16), (lambda: sc_short_single("disc"), 4), (lambda: sc_short_single("tax"), 3),
    (lambda: sc_short_single("bank"), 3), (sc_short_lump, 14), (sc_part_single, 12), (sc_lump_with_part, 8),
    (sc_overpay, 22), (sc_duplicate, 14), (sc_nofit_known, 18),
    (sc_similar_names, 14), (sc_twins, 14), (sc_two_subsets, 10), (sc_conflict_typo, 7), (sc_fragment_twins, 5),
    (sc_unknown_nofit, 10), (sc_amount_only_unknown, 14), (sc_customer_conflict, 6),
]
# statement customers are reserved first so nothing else lands on them
_order = sorted(PLAN, key=lambda t: 0 if t[0] is sc_statement else 1)
for fn, n in _order:
    for _ in range(n):
        fn()

# background ledger: open invoices nobody pays in this batch
for c in CUST:
    if c["name"] in RESERVED:
        continue
    n = R.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 11])
    for _ in range(n):
        cur = any_cur(c)
        mk_inv(c, cur, amt(), WIN_END - timedelta(days=R.randint(0, 20)), age=R.randint(5, 120))

# ----------------------------------------------------------------------------- numbering
NUMS = {}


def renumber(inv, n):
    assert n not in NUMS or NUMS[n] is inv, ("number taken", n)
    if inv["number"] is not None and NUMS.get(inv["number"]) is inv:
        del NUMS[inv["number"]]
    inv["number"] = n
    NUMS[n] = inv


_seq = sorted(INVS, key=lambda i: (i["issue"], R.random()))
_n = 318000 + R.randint(3, 40)
for inv in _seq:
    _n += R.choice([1, 1, 1, 2, 2, 3, 4, 5])
    renumber(inv, _n)
MAXNUM = _n


def _near_free(issue):
    ref = [i["number"] for i in _seq if i["issue"] <= issue]
    base = ref[-1] if ref else 318050
    return base


def free_transposed_pair(issue):
    base = _near_free(issue)
    for off in range(0, 3000):
        for n in (base - off, base + off):
            if n <= 318000 or n >= MAXNUM or n in NUMS:
                continue
            s = str(n)
            if s[-1] == s[-2]:
                continue
            t = int(s[:-2] + s[-1] + s[-2])
            if t not in NUMS and 318000 < t < MAXNUM and t != n:
                return n, t
    raise AssertionError("no pair")


def free_same_prefix_pair(issue):
    base = _near_free(issue)
    for off in range(0, 3000, 10):
        for blk in ((base - off) // 10 * 10, (base + off) // 10 * 10):
            free = [n for n in range(blk, blk + 10) if n not in NUMS and 318000 < n < MAXNUM]
            if len(free) >= 2:
                return free[0], free[-1]
    raise AssertionError("no prefix pair")


for p in PAYS:
    if p.get("hook"):
        p["hook"](p)

_iids = R.sample(range(10000, 99999), len(INVS))
for inv, k in zip(INVS, _iids):
    inv["id"] = f"i-{k}"


# ----------------------------------------------------------------------------- helpers used by checks
def cust_open(c, cur):
    return [i for i in INVS if i["cust"] is c and i["currency"] == cur and i["now"] > 0]


def subsets(invs, cents, maxk=4, exclude=()):
    ex = [id(e) for e in exclude]
    invs = [i for i in invs if id(i) not in ex]
    invs = sorted(invs, key=lambda i: i["number"])
    out = []
    for k in range(1, maxk + 1):
        if k > len(invs):
            break
        for combo in itertools.combinations(invs, k):
            if sum(i["now"] for i in combo) == cents:
                out.append(list(combo))
    return out


# ============================================================================ rendering
NSTYLES = ["INV-{}", "INV{}", "{}", "{}", "Inv# {}", "#{}", "INV {}", "Invoice {}"]
CH_DESC = {"ach": "ACH CCD+", "wire": "wire", "lockbox": "lockbox cheque", "eft": "EFT (CAD)", "interac": "Interac e-Transfer",
           "stripe": "Stripe card payment"}


def canon(inv):
    return f"INV-{inv['number']}"


def ntxt(p, it):
    st = p["nstyle"]
    if it.get("ntext"):
        raw = it["ntext"](it["inv"])
        if raw.startswith("INV-"):
            return raw
        return st.format(raw)
    return st.format(it["inv"]["number"])


def bare(p, it):
    """number as written in a table column (no words)"""
    if it.get("ntext"):
        raw = it["ntext"](it["inv"])
        return raw
    return p["tstyle"].format(it["inv"]["number"])


def dt(d, lang, fmt=None):
    fmt = fmt if fmt is not None else R.randint(0, 3)
    if lang == "fr":
        return [d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), d.strftime("%Y-%m-%d")][fmt]
    if lang == "es":
        return [d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y"), d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%Y")][fmt]
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), d.strftime("%Y-%m-%d"), d.strftime("%b %d, %Y")][fmt]


def fmt_msg(p, lang, tf):
    msg = p["msg"]
    if not msg:
        return ""
    t = msg.get(lang) or msg["en"]
    return t.format(**tf)


def sig(p, lang):
    c = p["cust"]
    who = c["ap"]
    title = {"fr": R.choice(["Comptes fournisseurs", "Comptabilité", "Technicienne comptable", "Service des finances"]),
             "es": R.choice(["Cuentas por pagar", "Contabilidad", "Tesorería"]),
             "en": R.choice(["Accounts Payable", "AP Specialist", "Accounting", "Controller", "AP Clerk", "Finance Dept."])}[lang]
    phone = f"{R.choice(['(555)', '555-'])}{R.randint(100, 999)}-{R.randint(1000, 9999)}" if R.random() < .6 else ""
    s = R.choice([f"{who}\n{title}\n{c['name']}", f"{who} | {title} | {c['name']}", f"-- \n{who}\n{c['name']} - {title}",
                  f"{who.split()[0]}\n{c['name']}"])
    return s + (f"\n{phone}" if phone else "")


def line_reason(p, it, lang):
    if not it["why"]:
        return ""
    key = "rtext_" + lang
    if key not in it:
        it[key] = reason_text(it["why"], lang)
    return it[key]


def advice(p, lang, style, tf, method):
    c, cur, items = p["cust"], p["cur"], p["items"]
    total = p["cents"]
    d = p["date"]
    msg = fmt_msg(p, lang, tf)
    payno = digits(10, "2") if R.random() < .5 else f"{R.randint(40000, 99999)}"
    if style == "stub":
        return stub(p, lang, tf, msg)
    if not items:
        # message-only remittance
        if lang == "fr":
            head = R.choice(["Bonjour,\n\n", "Bonjour à l'équipe des comptes clients,\n\n", ""])
            body = f"{head}Paiement de {money_txt(total, 'fr', cur)} envoyé le {dt(d, 'fr')} ({method}).\n{msg}\n\n{sig(p, 'fr')}"
        elif lang == "es":
            body = f"Buenos días:\n\nEnviamos {money_txt(total, 'es', cur)} el {dt(d, 'es')} ({method}).\n{msg}\n\n{sig(p, 'es')}"
        else:
            head = R.choice(["Hi,\n\n", "Good morning AR team,\n\n", "", "Hello Northgate,\n\n"])
            body = f"{head}{R.choice(['We sent', 'Sending', 'Released'])} {money_txt(total, 'en', cur)} by {method} on {dt(d, 'en')}.\n{msg}\n\n{sig(p, 'en')}"
        return body.strip()
    if style in ("erp", "erp_fr", "muni", "table"):
        fr = lang == "fr"
        w = R.choice([12, 14, 16])
        if fr and style == "erp_fr":
            hdr = ["No facture", "Date", "Montant brut", "Retenue", "Montant payé"]
            title = R.choice(["AVIS DE PAIEMENT / REMITTANCE ADVICE", "Avis de paiement", "AVIS DE DÉPÔT DIRECT - FOURNISSEUR"])
        elif style == "muni":
            hdr = ["Invoice No", "Inv Date", "Invoice Amt", "Adjust", "Amount Paid"]
            title = R.choice([f"{c['name'].upper()} - DEPARTMENT OF FINANCE\nVENDOR PAYMENT REMITTANCE",
                              f"{c['name']}\nAccounts Payable - Electronic Payment Notice"])
        elif style == "table":
            hdr = ["Invoice", "Date", "Amount", "Discount/Adj", "Net"]
            title = f"Payment detail - {c['name']}"
        else:
            hdr = ["Your invoice", "Doc. date", "Gross amount", "Deduction", "Paid amount"]
            title = R.choice(["PAYMENT ADVICE", "Payment Advice Note", "REMITTANCE ADVICE"])
        rows = []
        notes = []
        for it in items:
            inv = it["inv"]
            gross = it["gross"] if it["gross"] is not None else inv["balance"]
            if it.get("partial") or (it["paid"] < gross and not it["adj"]):
                gross_s = us(gross) if not fr else frm(gross)
            else:
                gross_s = us(gross) if not fr else frm(gross)
            adj = it["adj"]
            adj_s = ("-" + (us(adj) if not fr else frm(adj))) if adj else ("0.00" if not fr else "0,00")
            paid_s = us(it["paid"]) if not fr else frm(it["paid"])
            rows.append([bare(p, it), dt(inv["issue"], lang, 2 if fr else 0), gross_s, adj_s, paid_s])
            if adj:
                notes.append(f"{bare(p, it)}: {line_reason(p, it, lang)}")
        widths = [max(len(hdr[k]), max(len(r[k]) for r in rows)) + 3 for k in range(5)]
        def fmtrow(r):
            return "".join(r[k].ljust(widths[k]) if k < 2 else r[k].rjust(widths[k]) for k in range(5))
        sep = "-" * sum(widths)
        lines = [title, ""]
        if fr:
            lines += [f"Payeur : {c['name']}", f"Bénéficiaire : {CA_NAME if cur == 'CAD' else US_NAME}",
                      f"No fournisseur : {c['vend']}   No paiement : {payno}",
                      f"Date de paiement : {dt(d, 'fr', 1)}   Mode : {method}   Devise : {cur}"]
        else:
            lines += [f"Payer: {c['name']}" + ("" if R.random() < .5 else f"   Vendor #: {c['vend']}"),
                      f"Payee: {CA_NAME if cur == 'CAD' else US_NAME}",
                      f"Payment no: {payno}   Date: {dt(d, 'en', 0)}   Method: {method}   Currency: {cur}"]
        lines += ["", fmtrow(hdr), sep] + [fmtrow(r) for r in rows] + [sep]
        tot_s = us(total) if not fr else frm(total)
        lines.append(("Total du paiement : " if fr else "Payment total: ").rjust(sum(widths) - len(tot_s)) + tot_s)
        if notes:
            lines += ["", "Notes:" if not fr else "Remarques :"] + ["  " + n for n in notes]
        if msg:
            lines += ["", msg]
        if style == "muni" and R.random() < .6:
            lines += ["", "Questions regarding this payment: accountspayable@" + c["name"].lower().replace(" ", "").replace(".", "")[:14] + ".example"]
        return "\n".join(lines)
    if style == "portal":
        proc = R.choice(["PayablesHub", "Remitline", "ClearPath B2B"])
        lines = [f"{proc} payment notification", f"{c['name']} has sent you a payment.", "",
                 f"Payment ID: {R.choice(['PH', 'RL', 'CP'])}-{digits(8)}", f"Amount: {money_txt(total, 'en', cur, 0)} {cur}",
                 f"Estimated arrival: {dt(d, 'en', 3)}", "", "Invoice # | Invoice date | Amount paid | Memo"]
        for it in items:
            memo = line_reason(p, it, "en")
            if it["adj"]:
                memo = f"short {us(it['adj'])}: {memo}"
            lines.append(f"{bare(p, it)} | {dt(it['inv']['issue'], 'en', 2)} | {us(it['paid'])} | {memo}")
        if msg:
            lines += ["", f"Note from payer: {msg}"]
        lines += ["", "This is an automated message. Do not reply."]
        return "\n".join(lines)
    if style in ("terse", "terse_fr"):
        parts = []
        for it in items:
            s = ntxt(p, it)
            if it["adj"]:
                s += f" ({'moins' if lang == 'fr' else 'less'} {us(it['adj'])} {line_reason(p, it, lang)})"
            elif len(items) > 1 or it["paid"] != it["inv"]["balance"]:
                s += f" {us(it['paid'])}"
            parts.append(s)
        joiner = R.choice([", ", " / ", "; ", " "])
        t = joiner.join(parts)
        pre = R.choice(["", "pmt ", "Paid: ", "Payment for ", "RE: "] if lang != "fr" else ["", "Paiement ", "Pmt fact. "])
        out = pre + t + (". " + msg if msg else "")
        return out
    # email styles
    lines_txt = []
    for it in items:
        inv = it["inv"]
        if lang == "fr":
            s = f"• Facture {bare(p, it)} — {money_txt(it['paid'], 'fr', cur, 0)}"
            if it["adj"]:
                s += f" (retenue de {money_txt(it['adj'], 'fr', cur, 0)} : {line_reason(p, it, 'fr')})"
        elif lang == "es":
            s = f"- Factura {bare(p, it)}: {money_txt(it['paid'], 'es', cur, 0)}"
            if it["adj"]:
                s += f" (descontamos {money_txt(it['adj'], 'es', cur, 0)}: {line_reason(p, it, 'es')})"
        else:
            b = R.choice(["- ", "* ", "  ", ""])
            s = f"{b}{ntxt(p, it)}{R.choice([': ', ' - ', '   '])}{money_txt(it['paid'], 'en', cur, 0)}"
            if it["adj"]:
                s += R.choice([f" (short {us(it['adj'])} - {line_reason(p, it, 'en')})",
                               f" -- deducted {money_txt(it['adj'], 'en', cur, 0)}, {line_reason(p, it, 'en')}"])
        lines_txt.append(s)
    tot = money_txt(total, lang, cur, 0)
    if lang == "fr":
        intro = R.choice([f"Bonjour,\n\nVoici le détail de notre paiement du {dt(d, 'fr')} ({method}) au montant de {tot} :",
                          f"Bonjour,\nNous avons effectué un {method} de {tot} aujourd'hui pour les factures suivantes :",
                          f"Bonjour Madame, Monsieur,\n\nVeuillez trouver ci-dessous la ventilation du paiement de {tot} :"])
        outro = R.choice(["Merci et bonne journée,", "Cordialement,", "Merci,", "Bonne fin de semaine,"])
    elif lang == "es":
        intro = R.choice([f"Buenos días,\n\nLes enviamos el detalle del pago realizado el {dt(d, 'es')} por {tot}:",
                          f"Hola,\nHoy se envió un pago ({method}) por {tot} que cubre:"])
        outro = R.choice(["Saludos cordiales,", "Gracias,", "Quedo atenta,"])
    else:
        intro = R.choice([f"Hello,\n\nPlease see below the breakdown of our {method} payment of {tot} dated {dt(d, 'en')}.",
                          f"Hi AR team,\n\n{method} for {tot} went out today. It covers:",
                          f"Good afternoon,\nAttached / below is remittance for payment {payno} ({tot}).",
                          f"{method} sent {dt(d, 'en')} - {tot}", f"Hi,\n\nPayment of {tot} is on its way. Details:"])
        outro = R.choice(["Thanks,", "Thank you,", "Regards,", "Best,", "Thx"])
    body = intro + "\n\n" + "\n".join(lines_txt)
    if msg:
        body += "\n\n" + msg
    body += "\n\n" + outro + "\n" + sig(p, lang)
    if R.random() < .15:
        body += "\n\n" + R.choice(["CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the intended recipient only.",
                                   "Please consider the environment before printing this email.",
                                   "Ce courriel est confidentiel. / This email is confidential."])
    return body


def ocr_noise(s):
    tbl = {"O": "0", "I": "1", "S": "5", "E": "F", "B": "8", "l": "1"}
    out = []
    for ch in s:
        if ch in tbl and R.random() < .08:
            out.append(tbl[ch])
        else:
            out.append(ch)
    return "".join(out)


def stub(p, lang, tf, msg):
    c, cur, items = p["cust"], p["cur"], p["items"]
    chk = p["extra"].setdefault("chk", str(R.randint(1000, 29999)).zfill(R.choice([5, 6, 7])))
    head = ocr_noise(f"{c['name'].upper()}") + "   " + ocr_noise("CHECK NO") + f" {chk}   " + ocr_noise("DATE") + f" {dt(p['date'] - timedelta(days=R.randint(2, 6)), lang, 1)}"
    lines = ["[lockbox image 1 - remittance stub, OCR]", head,
             ocr_noise(f"VENDOR {c['vend']}  NORTHGATE INDUSTRIAL"), ""]
    if items:
        lines.append(ocr_noise(R.choice(["INVOICE NO      INV DATE     GROSS      DISC/ADJ      NET PAID",
                                         "INVOICE #   DATE   AMOUNT   DEDUCT   PAID", "REF NO   DATE   INV AMT   DISC   NET"])))
        for it in items:
            inv = it["inv"]
            gross = it["gross"] if it["gross"] is not None else inv["balance"]
            lines.append(f"{bare(p, it):<14}  {dt(inv['issue'], 'en', 1)}  {us(gross):>11}  {us(it['adj']) if it['adj'] else '.00':>9}  {us(it['paid']):>11}")
            if it["adj"]:
                lines.append("   " + line_reason(p, it, lang).upper())
        lines.append(ocr_noise("TOTAL") + f"  {us(p['cents']):>46}")
    else:
        lines.append(ocr_noise("AMOUNT") + f" {us(p['cents'])}")
    if msg:
        lines += ["", "[handwritten] " + msg]
    return "\n".join(lines)


def short_text(p, lang, tf, maxlen=None):
    """one-line remittance used in wires, Interac messages, Stripe descriptions and ACH free-text addenda"""
    parts = []
    for it in p["items"]:
        s = ntxt(p, it)
        if it["adj"]:
            s += f" {'MOINS' if lang == 'fr' else 'LESS'} {us(it['adj'])} {line_reason(p, it, lang)}"
        elif len(p["items"]) > 1 and R.random() < .3:
            s += f" {us(it['paid'])}"
        parts.append(s)
    t = R.choice([" ", ", ", " / "]).join(parts)
    msg = fmt_msg(p, lang, tf)
    if msg:
        t = (t + " - " + msg) if t else msg
    return t


def rmr(p):
    segs = []
    for it in p["items"]:
        inv = it["inv"]
        gross = it["gross"] if it["gross"] is not None else inv["balance"]
        seg = f"RMR*IV*{bare(p, it).replace('#', '').replace('INV-', '')}*PI*{m(it['paid'])}*{m(gross)}"
        if it["adj"]:
            seg += f"*{m(it['adj'])}\\ADX*-{m(it['adj'])}*{REASONS[it['why']][4]}"
        segs.append(seg + "\\")
    return "".join(segs)


def render(p):
    c, cur, ch = p["cust"], p["cur"], p["ch"]
    lang = p["lang"]
    p["nstyle"] = R.choice(NSTYLES) if lang == "en" else R.choice(["{}", "{}", "INV-{}", "no {}"])
    p["tstyle"] = R.choice(["{}", "{}", "{}", "INV{}", "INV-{}"])
    items = p["items"]
    p["nf"] = tf_base(p)
    tf = dict(p["nf"])
    tf.update({k: (ntxt(p, it) if i == 0 else tf.get(k)) for i, it in enumerate(items[:1]) for k in ["n0"]})
    if p["kind"] == "P3":
        pit = [it for it in items if it.get("partial")][0]
        tf["pn"] = ntxt(p, pit)
    payer = p["payer"]
    info = p["info"]
    method = {"ach": "ACH", "wire": "wire", "lockbox": "check", "eft": "EFT", "interac": "Interac", "stripe": "card"}[ch]
    if lang == "fr":
        method = {"ach": "ACH", "wire": "virement", "lockbox": "chèque", "eft": "TEF", "interac": "virement Interac", "stripe": "carte"}[ch]
    if lang == "es":
        method = {"ach": "ACH", "wire": "transferencia", "lockbox": "cheque", "eft": "EFT", "interac": "Interac", "stripe": "tarjeta"}[ch]
    d = p["date"]
    yymmdd = d.strftime("%y%m%d")
    style = c["style"] if c else "email"
    if lang == "fr" and style not in ("erp_fr", "email_fr", "terse_fr", "erp"):
        style = R.choice(["email_fr", "erp_fr"])
    if lang == "en" and style in ("erp_fr", "email_fr", "terse_fr", "email_es"):
        style = R.choice(["email", "erp"])
    if lang == "es" and style not in ("email_es", "terse"):
        style = "email_es"
    has_info = info is True
    msg_only = info in ("statement", "deposit", "prepay", "blanketpo", "po_only")
    ref = None
    remit = None
    vague = {"en": R.choice(["PAYMENT", "VENDOR PAYMENT", "PMT", "INVOICE PAYMENT", "PARTS"]),
             "fr": R.choice(["PAIEMENT", "PAIEMENT FOURNISSEUR"]), "es": "PAGO"}[lang]
    if info == "po_only":
        p["msg"] = {"en": R.choice(["PO {po}", "Your PO# {po}", "P.O. {po} - thank you"]), "fr": "Bon de commande {po}",
                    "es": "Orden de compra {po}"}
    if info == "fragment":
        frag = p["extra"]["frag"]["frag"]
    # ------------------------------------------------------------------ channels
    if ch == "ach":
        payer = payer or c["bank"]
        name16 = payer[:16]
        desc = R.choice(["PAYMENTS", "VENDOR PMT", "AP PAYMNT", "ACH PMT", "EDI PYMNTS", "CORP PAY", "PAYABLES", "VNDR PAY"])
        orig = digits(10, "1")
        trace = digits(15, "0")
        addenda = None
        if has_info:
            use_rmr = R.random() < .6
            fits = rmr(p) if use_rmr else short_text(p, "en", tf)
            if use_rmr and any(it["adj"] for it in items):
                fits = fits[:80]
                # reason codes alone are not a stated reason: the advice below carries the text
                remit_needed = True
            else:
                remit_needed = False
            if len(fits) <= 80 and not p["msg"] and not remit_needed and R.random() < .7:
                addenda = fits
            else:
                addenda = fits[:80] if R.random() < .5 else None
                remit = advice(p, lang, style, tf, method)
        elif msg_only:
            remit = advice(p, lang, style, tf, method) if R.random() < .5 else None
            if remit is None:
                addenda = fmt_msg(p, "en", tf)[:80]
        elif info == "vague":
            addenda = vague
        fmt = R.randint(0, 2)
        if fmt == 0:
            ref = f"ACH CREDIT RECEIVED CO:{name16} ENTRY:{desc} CCD+ TRACE {trace}" + (f" ADDENDA: {addenda}" if addenda else "")
        elif fmt == 1:
            ref = (f"ORIG CO NAME:{name16} ORIG ID:{orig} DESC DATE:{yymmdd} CO ENTRY DESCR:{desc} SEC:CCD "
                   f"TRACE#:{trace} EED:{yymmdd} IND ID:{R.choice([str(c['vend']) if c else 'NORTHGATE', 'NORTHGATE01', 'V' + digits(5)])} "
                   f"IND NAME:NORTHGATE INDUSTRIA" + (f" ADDENDA:{addenda}" if addenda else ""))
        else:
            ref = f"{desc} {name16} CCD+ {orig}" + (f" RMT*{addenda}" if addenda else "")
        payer = name16.strip()
    elif ch == "wire":
        payer = (payer or c["bank"])[:35]
        bank = R.choice(["FIRST MERIDIAN BANK", "LAKESHORE TRUST CO", "PRAIRIE STATE BANK", "CAISSE RIVIERE-DU-NORD",
                         "DOMINION CENTRAL BANK", "HARBORVIEW NATIONAL BANK"])
        obi = ""
        if has_info:
            obi = short_text(p, "en", tf).upper()
            if p["extra"].get("trunc"):
                # cut the text just after the last complete invoice number, mid-word
                last = ntxt(p, items[-1]).upper()
                cut = obi.find(last) + len(last)
                tail = R.choice([" PO 4500", " PMT FOR PUR", " AS PER REMITTA", " THANK Y", " /ROC/SEE EM"])
                obi = (obi[:cut] + tail)[:cut + len(tail)]
                remit = None
            elif len(obi) > 35 or p["msg"] or R.random() < .3:
                obi = obi[:35] if R.random() < .5 else R.choice(["SEE REMITTANCE EMAIL", "PER REMIT ADVICE", "INVOICES PER EMAIL"])
                remit = advice(p, lang, style, tf, method)
        elif info == "fragment":
            obi = R.choice([f"INV {frag}", f"PAYMENT INV{frag}", f"RFB/{frag}"])
        elif msg_only:
            obi = fmt_msg(p, "en", tf).upper()[:35]
            if len(fmt_msg(p, "en", tf)) > 35 or lang != "en":
                remit = advice(p, lang, style, tf, method)
        elif info == "vague":
            obi = vague
        if cur == "USD" and (c is None or c["country"] == "US"):
            ref = (f"FEDWIRE CREDIT VIA: {bank} /{digits(9, '0')} B/O: {payer} REF: {digits(16, '2')} "
                   f"IMAD: {d.strftime('%Y%m%d')}{R.choice(['B1Q8', 'QMGFT', 'I1B7'])}{digits(6, '0')}" + (f" OBI: {obi}" if obi else ""))
        elif cur == "USD":
            ref = f"INCOMING SWIFT MT103 {alnum(12).upper()} ORD CUST:/{digits(9)} {payer} RMT INFO:{obi or '/NONE/'}"
        else:
            ref = f"WIRE IN / VIREMENT ENTRANT LYNX {digits(12, '7')} ORDERING: {payer} REMIT: {obi or 'N/A'}"
    elif ch == "lockbox":
        payer = payer or (c["name"].upper() if R.random() < .6 else c["name"])
        box = "60417" if cur == "USD" else "T-2291"
        p["extra"]["chk"] = str(R.randint(1000, 29999)).zfill(R.choice([5, 6, 7]))
        ref = R.choice([f"LOCKBOX {box} BATCH {R.randint(1, 40):03d} ITEM {R.randint(1, 60):03d} CHECK {p['extra']['chk']}",
                        f"LBX DEP {yymmdd} BOX {box} CHK#{p['extra']['chk']}"])
        if cur == "CAD":
            ref = "DÉPÔT BOÎTE POSTALE / " + ref
        if has_info or msg_only:
            remit = stub(p, lang, tf, fmt_msg(p, lang, tf))
        elif info == "fragment":
            remit = "[lockbox image 1 - remittance stub, OCR]\n" + ocr_noise(c["name"].upper()) + f"\nINV {frag}__ (torn)   AMOUNT {us(p['cents'])}"
        elif info == "vague":
            remit = f"[lockbox image 1 - check only, memo line OCR]\nMEMO: {vague.lower()}"
        else:
            remit = None
    elif ch == "eft":
        payer = (payer or c["bank"])[:30]
        ref = R.choice([f"EFT CREDIT {payer[:18]} PAYMENT/PAIEMENT {digits(10, '5')}",
                        f"DEP ELEC / ELEC DEP {payer[:20]} {digits(8, '6')}",
                        f"AFT CR {payer[:22]} MSP/DIV"])
        if has_info:
            if len(items) == 1 and not p["msg"] and not items[0]["adj"] and R.random() < .4:
                ref += " " + ntxt(p, items[0]).upper()
            else:
                remit = advice(p, lang, style, tf, method)
        elif msg_only:
            remit = advice(p, lang, style, tf, method)
        elif info == "vague":
            remit = None
            ref += " " + vague
    elif ch == "interac":
        if not payer:
            payer = c["bank"] if R.random() < .6 else c["owner"].upper()
        ref = f"INTERAC E-TRF {R.choice(['CA', 'C1'])}{alnum(8)}" + R.choice(["", " AUTODEPOSIT", " DEPOT AUTO"])
        if has_info or msg_only:
            remit = short_text(p, lang, tf)
            if c and R.random() < .5:
                remit = R.choice([f"{c['name']} - ", "", f"De la part de {c['name']} : " if lang == "fr" else f"From {c['name']}: "]) + remit
            remit = remit[:400]
        elif info == "vague":
            remit = vague.capitalize()
    elif ch == "stripe":
        if not payer:
            payer = R.choice([c["ap"], c["name"], c["ap"].split()[0][0] + ". " + c["ap"].split()[-1], c["owner"]])
        ref = f"pi_{alnum(24)}"
        card = R.choice(["visa", "mastercard", "amex"])
        if has_info or msg_only:
            desc = short_text(p, "en" if lang == "es" else lang, tf)
            if R.random() < .5 and len(items) == 1 and not items[0]["adj"]:
                desc = f"Invoice {items[0]['inv']['number']}" if not items[0].get("ntext") else f"Invoice {ntxt(p, items[0])}"
            remit = R.choice([f"Stripe charge ch_{alnum(24)} succeeded. Description: {desc}. Card: {card} ending {R.randint(1000, 9999)}.",
                              f"description: \"{desc}\"\nmetadata.source: customer_portal\npayment_method: {card} •••• {R.randint(1000, 9999)}",
                              f"Payment via pay link. Memo: {desc}"])
        elif info == "vague":
            remit = f"Stripe charge ch_{alnum(24)}. Description: Payment"
    p["payer_name"] = payer
    p["reference"] = ref
    p["remittance"] = remit
    p["tf"] = tf


def tf_base(p):
    """values for message and note templates"""
    items = p["items"]
    lab = p["label"]
    tf = {}
    if items:
        tf["n0"] = canon(items[0]["inv"])
        tf["bal0"] = us(items[0]["inv"]["balance"])
        tf["tot"] = us(items[0]["inv"]["total"])
        tf["bal"] = us(items[0]["inv"]["balance"])
    elif lab["apps"]:
        tf["n0"] = canon(lab["apps"][0][0])
    elif lab["cands"]:
        tf["n0"] = canon(lab["cands"][0][0])
    tf["pay"] = money_txt(p["cents"], "en", p["cur"], 0)
    tf["amt"] = us(p["cents"])
    tf["amtc"] = str(p["cents"])
    tf["k"] = p["extra"].get("k", str(R.randint(4400, 4999)))
    tf["ar"] = R.choice(["Sheila in credit", "your credit manager", "Rob Tanner"]) if p["lang"] != "fr" else "Mme Lachance"
    ov = [it for it in items if it["adj"]]
    if lab.get("short"):
        tf["why"] = lab["short"][2]
        tf["sn"] = canon(lab["short"][0])
    if "dep" not in tf:
        tf["dep"] = money_txt(p["cents"] - sum(a[1] for a in lab["apps"]), "en", p["cur"], 0)
    po = p["extra"].get("po")
    if po:
        tf["po"] = str(po["look"]["number"])
    if p["extra"].get("typo"):
        tf["typo"] = p["extra"]["typo"].get("typo", "?")
        tf["tk"] = p["extra"]["typo"].get("tk", "?")
    if p["extra"].get("typo_inv"):
        tf["tn"] = canon(p["extra"]["typo_inv"])
    if p["extra"].get("dup"):
        tf["dn"] = canon(p["extra"]["dup"])
    if p["extra"].get("part_inv"):
        tf["pn"] = canon(p["extra"]["part_inv"])
    if p["extra"].get("ab"):
        a, b = p["extra"]["ab"]
        tf.update(na=canon(a), nb=canon(b), bb=us(b["balance"]))
    if p["extra"].get("AB"):
        a, b = p["extra"]["AB"]
        tf.update(na=canon(a), nb=canon(b), on=p["extra"]["other"]["name"], cn=p["cust"]["name"])
    if p["kind"] == "R4" and lab["cands"] and "na" not in tf:
        tf.update(na=canon(lab["cands"][0][0]), nb=canon(lab["cands"][1][0]))
    if p["extra"].get("frag"):
        tf["frag"] = p["extra"]["frag"].get("frag", "?")
    return tf


FR_MARKS = ["Facture", "facture", "Paiement", "paiement", "Bonjour", "Merci", "Dépôt", "dépôt", "Versement", "Solde",
            "Avis de", "AVIS DE", "Retenue", "MOINS", "retour", "Prépaiement", "Acompte", "soumission", "BC ouvert",
            "Bon de commande", "PAIEMENT", "Fact.", "fact.", "écart", "endommagée", "TVQ", "escompte", "FACTURE", "TRANSPORT",
            "Remarques", "commande"]
ES_MARKS = ["Factura", "factura", "Pago", "pago", "Buenos", "Saludos", "Gracias", "Abono", "Anticipo", "Orden de compra",
            "Prepago", "Saldo", "descontamos", "PAGO", "Orden abierta", "dañado", "descuento", "devolución", "flete"]
BOILER = ["DÉPÔT BOÎTE POSTALE", "VIREMENT ENTRANT", "PAYMENT/PAIEMENT", "DEPOT AUTO"]


def text_lang(p):
    """language of what the customer wrote (bank boilerplate does not count)"""
    txt = (p["remittance"] or "") + " " + (p["reference"] or "")
    for b in BOILER:
        txt = txt.replace(b, "")
    if not p["remittance"] and not p["reference"]:
        return "none"
    if any(mk in txt for mk in ES_MARKS):
        return "es"
    if any(mk in txt for mk in FR_MARKS):
        return "fr"
    return "en"


# ============================================================================ assemble
for p in PAYS:
    c = p["cust"]
    p["lang"] = cust_lang(c) if c else ("fr" if p["cur"] == "CAD" and R.random() < .3 else "en")
    if p["ch"] in ("ach", "wire") and p["info"] is not True and p["lang"] != "en" and p["ch"] == "ach":
        pass

PAYS.sort(key=lambda p: (p["date"], R.random()))
# keep pairs in order (dates differ, so the sort already does), then give ids
_pids = R.sample(range(10000, 99999), len(PAYS))
for p, k in zip(PAYS, _pids):
    p["id"] = f"p-{k}"

# state for checks / rendering
class Retry(Exception):
    pass


def run_once():
    for inv in INVS:
        inv["now"] = inv["balance"]
    for p in PAYS:
        render(p)
    rows_out, labels_out = [], []
    for p in PAYS:
        try:
            for chk in p["checks"]:
                chk(p, None)
        except AssertionError as e:
            if p.get("retune"):
                p["retune"]()
                raise Retry(str(e))
            raise
        lab = p["label"]
        # order candidates: a set whose balances add up to the payment first, then fewer invoices, then oldest due date
        cands = sorted(lab["cands"], key=lambda s: (0 if sum(i["now"] for i in s) == p["cents"] else 1, len(s),
                                                    min(i["due"] for i in s), min(i["number"] for i in s)))
        exact_split = len(cands) > 1 and (sum(i["now"] for i in cands[0]) == p["cents"]) != (sum(i["now"] for i in cands[1]) == p["cents"])
        tie = len(cands) > 1 and (sum(i["now"] for i in cands[0]) == p["cents"]) == (sum(i["now"] for i in cands[1]) == p["cents"]) \
            and len(cands[0]) == len(cands[1])
        apps = []
        for inv, cents in lab["apps"]:
            assert inv["currency"] == p["cur"], "currency"
            assert 0 < cents <= inv["now"], ("over-apply", p["kind"], cents, inv["now"])
            assert inv["issue"] < p["date"], ("future invoice", p["kind"])
            inv["now"] -= cents
            apps.append({"invoice_id": inv["id"], "amount": m(cents)})
        total = sum(a[1] for a in lab["apps"]) + lab["unapplied"]
        assert total == p["cents"], ("sum", p["kind"], total, p["cents"])
        st = lab["status"]
        if st == "applied":
            assert lab["unapplied"] == 0 and not lab["short"] and all(inv["now"] == 0 for inv, _ in lab["apps"]), p["kind"]
        if st == "partial":
            assert any(inv["now"] > 0 for inv, _ in lab["apps"]) and lab["unapplied"] == 0
            if lab["short"]:
                assert lab["short"][0]["now"] == lab["short"][1], ("short amount", p["kind"])
        if st == "unapplied":
            assert lab["unapplied"] > 0 and all(inv["now"] == 0 for inv, _ in lab["apps"])
        if st == "review":
            assert not lab["apps"] and lab["unapplied"] == p["cents"]
        short = None
        if lab["short"]:
            short = {"invoice_id": lab["short"][0]["id"], "amount": m(lab["short"][1]), "reason": lab["short"][2]}
        tf = p["nf"]
        if p["extra"].get("typo"):
            tf["typo"] = p["extra"]["typo"]["typo"]
            tf["tk"] = p["extra"]["typo"]["tk"]
        expl = p["explain"].format(**tf)
        cidtxt = "customer_id given" if p["cid"] else "customer_id null"
        note = f"[{st}, {text_lang(p)}] {p['kind']} {CH_DESC[p['ch']]}, {cidtxt}: {expl}."
        if st == "review" and tie:
            note += " Candidate order between equally good sets is the README convention (oldest due date first)."
        elif st == "review" and len(cands) > 1 and not exact_split:
            note += " Candidate order (fewer invoices first) is the README convention."
        rows_out.append({"id": p["id"], "date": p["date"].isoformat(), "amount": m(p["cents"]), "currency": p["cur"],
                         "payer_name": p["payer_name"], "customer_id": p["cust"]["id"] if (p["cid"] and p["cust"]) else None,
                         "reference": p["reference"], "remittance": p["remittance"]})
        labels_out.append({"payment_id": p["id"], "status": st, "applications": apps, "unapplied": m(lab["unapplied"]),
                           "short_pay": short, "candidates": [[i["id"] for i in s] for s in cands],
                           "reason": expl, "note": note})
    return rows_out, labels_out


for _try in range(100):
    try:
        rows_out, labels_out = run_once()
        break
    except Retry as e:
        print('retune', e)
else:
    raise SystemExit('could not settle')

inv_out = []
for inv in sorted(INVS, key=lambda i: i["id"]):
    c = inv["cust"]
    inv_out.append({"id": inv["id"], "number": canon(inv), "customer_id": c["id"], "customer_name": c["name"],
                    "currency": inv["currency"], "total": m(inv["total"]), "balance": m(inv["balance"]),
                    "issue_date": inv["issue"].isoformat(), "due_date": inv["due"].isoformat()})


def dump(path, obj):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        f.write(obj)


dump("invoices.json", json.dumps(inv_out, ensure_ascii=False, indent=1) + "\n")
dump("payments.json", json.dumps(rows_out, ensure_ascii=False, indent=1) + "\n")
dump("labels.jsonl", "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels_out))
dump("customers.json", json.dumps([{"id": c["id"], "name": c["name"], "country": c["country"], "region": c["region"],
                                     "group": c["group"]} for c in CUST], ensure_ascii=False, indent=1) + "\n")

if __name__ == "__main__":
    from collections import Counter
    print("invoices", len(inv_out), "payments", len(rows_out))
    print(Counter(l["status"] for l in labels_out))
    print(Counter(p["kind"] for p in PAYS))
    print(Counter(l["note"].split(",")[1].split("]")[0].strip() for l in labels_out))
    print(Counter(p["ch"] for p in PAYS))
