"""Part of build.py: one builder per scenario. Each returns
(payment without id/date, intent, note) or None; intent is what the scenario means:
{"status", "apps": [(invoice_id, minor)], "unapplied": minor, "short": (id, minor, reason) or None,
 "must_candidate": [ids] or None}."""
import unicodedata
from build_clerk import fmt, skeleton
from build_refs import spell_single, spell_list, core, bank_wrap
from build_world import FACTORING

UNKNOWN_PAYERS = ["Mikael Andersson", "Nordic Trading House Ltd", "J BERG", "Tapio Korhonen",
                  "Sigrid Dahl", "KONSULTFIRMAN NORD", "Ola Nordmann", "Birgitte Holm",
                  "Hansen Holding ApS", "Sundqvist Invest AB", "Einar Ólafsson", "Liisa Heikkinen"]
NOREF = {"SEK": ["Betalning", "Inbetalning mars", None], "NOK": ["Betaling", None],
         "DKK": ["Betaling", None], "EUR": ["Maksu", None], "ISK": ["Greiðsla", None]}
DEDUCT = {
    "bank fee": {"SEK": "avdrag bankavgift", "NOK": "trukket bankgebyr", "DKK": "fratrukket gebyr",
                 "EUR": "vähennetty pankkikulut", "ISK": "less bank charges"},
    "withholding tax": {"SEK": "avdragen källskatt", "NOK": "withholding tax trukket",
                        "DKK": "kildeskat tilbageholdt", "EUR": "lähdevero pidätetty",
                        "ISK": "withholding tax deducted"},
    "early-payment discount": {"SEK": "kassarabatt 2%", "NOK": "kontantrabatt 2%",
                               "DKK": "kontantrabat skonto 2%", "EUR": "käteisalennus 2%",
                               "ISK": "early payment discount 2%"},
    "damaged goods": {"SEK": "avdrag skadat gods, reklamation", "NOK": "trekk skadet vare",
                      "DKK": "fradrag for beskadiget vare", "EUR": "vähennys: vaurioitunut tavara",
                      "ISK": "deduction for damaged goods"},
}
PART = {"SEK": "Delbetalning enligt avbetalningsplan", "NOK": "Delbetaling, resten neste måned",
        "DKK": "Afdrag, rest følger", "EUR": "Osamaksu, loput ensi kuussa", "ISK": "Part payment"}
FX = {"SEK": "kursdifferens vid växling", "NOK": "valutadifferens ved veksling",
      "DKK": "valutadifferens", "EUR": "kurssiero valuutanvaihdossa", "ISK": "exchange difference"}
FEE = {"SEK": (2500, 15000), "NOK": (5000, 15000), "DKK": (2500, 10000), "EUR": (500, 1500),
       "ISK": (500, 2500)}


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("Ð", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class W:
    """builder context"""
    def __init__(self, rng, book, customers):
        self.rng, self.book, self.customers = rng, book, customers
        self.cust = {c["id"]: c for c in customers}
        self.paid = []  # (invoice, customer) fully paid earlier in this file with customer_id

    def opens(self, cid=None, cur=None):
        b = self.book
        return [i for i in b.inv.values() if b.bal[i["id"]] > 0
                and (cid is None or i["customer_id"] == cid) and (cur is None or i["currency"] == cur)]

    def pick(self, **kw):
        o = self.opens(**kw)
        return self.rng.choice(o) if o else None

    def bal(self, inv):
        return self.book.bal[inv["id"]]

    def who(self, cust, force_id=None):
        """(payer_name, customer_id) for a payer the clerk can identify."""
        r = self.rng
        gid = force_id if force_id is not None else (r.random() < 0.55)
        if gid:
            name = r.choice([cust["name"], cust["name"].upper(), cust["name"]])
            if cust["aliases"] and r.random() < 0.25:
                name = r.choice(list(cust["aliases"].values()))
            return name, cust["id"]
        return r.choice([cust["name"], cust["name"].upper()]), None


def pay(amount, cur, name, cid, ref, rem):
    return {"amount": fmt(amount, cur), "currency": cur, "payer_name": name,
            "customer_id": cid, "reference": ref, "remittance": rem}


def it(status, apps=(), unapplied=0, short=None, must=None):
    return {"status": status, "apps": list(apps), "unapplied": unapplied, "short": short,
            "must_candidate": must}


# ------------------------------------------------------------------ builders

def exact_ref(w):
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    ref, rem, how = spell_single(w.rng, inv, c)
    name, cid = w.who(c)
    b = w.bal(inv)
    return pay(b, inv["currency"], name, cid, ref, rem), it("applied", [(inv["id"], b)]), \
        "reference spelled as %s, amount equals balance" % how


def batch_listed(w):
    r = w.rng
    cs = [c for c in w.customers if c["kind"] == "muni"] if r.random() < 0.6 else w.customers
    c = r.choice(cs)
    o = w.opens(c["id"], c["currency"])
    if len(o) < 3:
        return None
    invs = sorted(r.sample(o, r.randint(2, min(9, len(o)))), key=lambda i: i["number"])
    tot = sum(w.bal(i) for i in invs)
    name, cid = w.who(c)
    ref = r.choice(["Samlingsbetalning", "Utbetalning leverantörsreskontra", "Batch payment",
                    "Maksuerä", "Samlet betaling", None])
    return pay(tot, c["currency"], name, cid, ref, spell_list(r, invs)), \
        it("applied", [(i["id"], w.bal(i)) for i in invs]), \
        "%d invoices listed in the remittance, amount equals their sum" % len(invs)


def batch_unlisted(w):
    r = w.rng
    c = r.choice(w.customers)
    o = w.opens(c["id"], c["currency"])
    if len(o) < 2:
        return None
    invs = r.sample(o, r.randint(2, min(3, len(o))))
    tot = sum(w.bal(i) for i in invs)
    name, cid = w.who(c, force_id=r.random() < 0.7)
    return pay(tot, c["currency"], name, cid, r.choice(NOREF[c["currency"]]), None), \
        it("applied", [(i["id"], w.bal(i)) for i in invs]), \
        "no reference; amount is the exact sum of %d open invoices and no other combination fits" % len(invs)


def exact_amount_noref(w):
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    name, cid = w.who(c)
    b = w.bal(inv)
    return pay(b, inv["currency"], name, cid, w.rng.choice(NOREF[inv["currency"]]), None), \
        it("applied", [(inv["id"], b)]), \
        "no reference; only one open invoice of the customer has this balance"


def known_ref_short(w, kind, inv=None):
    r = w.rng
    inv = inv or w.pick()
    c = w.cust[inv["customer_id"]]
    cur = inv["currency"]
    b = w.bal(inv)
    ref, rem, how = spell_single(r, inv, c)
    name, cid = w.who(c, force_id=r.random() < 0.75)
    if kind == "part":
        amt = b * r.choice([25, 30, 40, 50, 60]) // 100
        amt = amt // 100 * 100 if cur != "ISK" else amt // 1000 * 1000
        txt, short, note = PART[cur], None, "stated part payment"
    elif kind == "unexplained":
        amt = b - max(1, b * r.randint(1, 15) // 100)
        txt, short, note = None, "unexplained shortfall", "amount short of the balance, no reason given"
    elif kind == "fx":
        amt = b - max(1, b * r.randint(3, 20) // 1000)
        if b < 20000:
            return None
        txt, short, note = FX[c["currency"]], "fx difference", "short by an exchange difference the payer states"
    else:
        if kind == "bank fee":
            d = r.randint(*FEE[cur])
            d = d // 100 * 100 if cur != "ISK" else d
        elif kind == "withholding tax":
            d = b * r.choice([5, 10]) // 100
        elif kind == "early-payment discount":
            d = b * 2 // 100
        else:
            d = b * r.randint(4, 30) // 100
        amt = b - d
        txt = "%s %s" % (DEDUCT[kind][cur], fmt(d, cur) if cur != "ISK" else "")
        short, note = kind, "short pay with stated deduction: " + kind
    if amt <= 0 or amt >= b:
        return None
    rem = " ".join(x for x in (rem, txt) if x) or None
    sp = (inv["id"], b - amt, short) if short else None
    return pay(amt, cur, name, cid, ref, rem), it("partial", [(inv["id"], amt)], 0, sp), note


def part_payment(w): return known_ref_short(w, "part")
def short_unexplained(w): return known_ref_short(w, "unexplained")
def fx_shortfall(w):
    # builders billed in EUR for projects abroad pay from their home-currency account
    ids = [c["id"] for c in w.customers if c["name"] in ("Norrlandsbygg Entreprenad AB",
                                                        "Fjordbygg Entreprenør AS")]
    o = [i for i in w.opens(cur="EUR") if i["customer_id"] in ids]
    return known_ref_short(w, "fx", w.rng.choice(o) if o else None)
def short_deduction(w):
    return known_ref_short(w, w.rng.choice(["bank fee", "bank fee", "early-payment discount",
                                            "early-payment discount", "damaged goods",
                                            "damaged goods", "withholding tax"]))


def overpayment(w):
    r = w.rng
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    cur = inv["currency"]
    b = w.bal(inv)
    extra = r.choice([b, b // 10, r.randint(100, 500000 if cur != "EUR" else 50000)])
    if cur == "ISK":
        extra = extra // 10 * 10 or 1000
    ref, rem, how = spell_single(r, inv, c)
    name, cid = w.who(c, force_id=r.random() < 0.75)
    note = "paid twice in one transfer" if extra == b else "amount above the balance"
    return pay(b + extra, cur, name, cid, ref, rem), \
        it("unapplied", [(inv["id"], b)], extra), note + "; remainder held on account"


def duplicate_payment(w):
    if not w.paid:
        return None
    inv, c, amt = w.rng.choice(w.paid)
    if w.bal(inv) != 0:
        return None
    ref, rem, how = spell_single(w.rng, inv, c)
    name, cid = w.who(c, force_id=True)
    return pay(amt, inv["currency"], name, cid, ref, rem), it("unapplied", [], amt), \
        "second payment of %s, already paid earlier in this file" % inv["number"]


def alias_name(w, c):
    r = w.rng
    if c["aliases"] and r.random() < 0.75:
        k = r.choice(list(c["aliases"]))
        return c["aliases"][k], {"trading": "trading name", "parent": "parent company",
                                 "person": "a person paying for the business"}[k]
    return r.choice(FACTORING), "factoring company paying on behalf of the debtor"


def alias_payer_ref(w):
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    name, kind = alias_name(w, c)
    ref, rem, how = spell_single(w.rng, inv, c)
    b = w.bal(inv)
    return pay(b, inv["currency"], name, None, ref, rem), it("applied", [(inv["id"], b)]), \
        "payer is a %s, no customer_id; reference (%s) and exact balance make it certain" % (kind, how)


def name_variant(w):
    r = w.rng
    cs = [c for c in w.customers if ascii_fold(c["name"]) != c["name"] or len(c["name"]) > 24]
    c = r.choice(cs)
    if ascii_fold(c["name"]) != c["name"] and (len(c["name"]) <= 24 or r.random() < 0.5):
        name, kind = r.choice([ascii_fold(c["name"]), ascii_fold(c["name"]).upper()]), "transliterated"
    else:
        name, kind = ascii_fold(c["name"]).upper()[:r.choice([18, 20, 22])].rstrip(), "bank-truncated"
    inv = w.pick(cid=c["id"], cur=c["currency"])
    if not inv:
        return None
    b = w.bal(inv)
    if r.random() < 0.5:
        return pay(b, inv["currency"], name, None, r.choice(NOREF[inv["currency"]]), None), \
            it("applied", [(inv["id"], b)]), \
            "%s payer name, no customer_id, no reference; unique exact balance" % kind
    ref, rem, how = spell_single(r, inv, c)
    extra = max(1, b // 20)
    return pay(b + extra, inv["currency"], name, None, ref, rem), \
        it("unapplied", [(inv["id"], b)], extra), \
        "%s payer name identifies the customer; overpayment remainder held on account" % kind


def alias_payer_noref(w):
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    name, kind = alias_name(w, c)
    b = w.bal(inv)
    return pay(b, inv["currency"], name, None, w.rng.choice(NOREF[inv["currency"]]), None), \
        it("review", must=[inv["id"]]), \
        "payer is a %s with no customer_id and no reference; amount fits an invoice but the payer is not certain" % kind


def typo_ref(w):
    r = w.rng
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    s = core(inv)
    k = r.randrange(len(s) - 1)
    if r.random() < 0.5:
        t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        kind = "transposed digits"
    else:
        t = s[:k] + r.choice([d for d in "0123456789" if d != s[k]]) + s[k + 1:]
        kind = "one digit wrong"
    if t == s or int(t) in w.book.cores or t[0] == "0":
        return None
    ref = r.choice(["NB-0" + t, t, "Faktura " + t, "Fakt " + t])
    name, cid = w.who(c, force_id=True)
    b = w.bal(inv)
    return pay(b, inv["currency"], name, cid, ref, None), it("review", must=[inv["id"]]), \
        "reference %s (%s of %s) matches no invoice" % (t, kind, inv["number"])


def other_customer_ref(w):
    r = w.rng
    inv = w.pick()
    others = [c for c in w.customers if c["currency"] == inv["currency"] and c["id"] != inv["customer_id"]]
    a = r.choice(others)
    ref, rem, how = spell_single(r, inv, w.cust[inv["customer_id"]])
    name, cid = w.who(a, force_id=True)
    b = w.bal(inv)
    return pay(b, inv["currency"], name, cid, ref, rem), it("review"), \
        "customer %s quotes %s which belongs to %s" % (a["name"], inv["number"], inv["customer_name"])


def same_amount_multiple(w):
    r = w.rng
    groups = {}
    for i in w.opens():
        groups.setdefault((i["customer_id"], i["currency"], w.bal(i)), []).append(i)
    gs = [g for g in groups.values() if len(g) >= 2]
    if not gs:
        return None
    g = r.choice(gs)
    c = w.cust[g[0]["customer_id"]]
    name, cid = w.who(c)
    first = sorted(g, key=lambda i: (i["due_date"], i["number"]))[0]
    return pay(w.bal(g[0]), g[0]["currency"], name, cid, r.choice(NOREF[g[0]["currency"]]), None), \
        it("review", must=[first["id"]]), "%d open invoices of the customer have this balance, no reference" % len(g)


def currency_mismatch(w):
    r = w.rng
    c = r.choice([c for c in w.customers if c["name"] in ("Norrlandsbygg Entreprenad AB",
                                                           "Fjordbygg Entreprenør AS")] +
                 [r.choice(w.customers)])
    inv = w.pick(cid=c["id"])
    if not inv:
        return None
    cur = inv["currency"]
    other = r.choice([x for x in ("SEK", "NOK", "EUR", "DKK") if x != cur])
    sek = {"SEK": 1.0, "NOK": 0.95, "DKK": 1.55, "EUR": 11.45, "ISK": 0.078}  # value in SEK
    amt = int(w.bal(inv) * (100 if cur == "ISK" else 1) * sek[cur] / sek[other])
    if amt <= 0:
        return None
    ref, rem, how = spell_single(r, inv, c)
    name, cid = w.who(c)
    return pay(amt, other, name, cid, ref, rem), it("review"), \
        "paid in %s against a %s invoice; no same-currency application possible" % (other, cur)


def unapplied_known(w):
    r = w.rng
    c = r.choice(w.customers)
    if not w.opens(c["id"], c["currency"]):
        return None
    amt = r.randint(10000, 3000000) // 100 * 100 + r.choice([0, 50, 0])
    if c["currency"] == "ISK":
        amt = amt // 100
    name, cid = w.who(c, force_id=True)
    return pay(amt, c["currency"], name, cid, r.choice(["Förskott", "Advance", "Forskudd", None]), None), \
        it("unapplied", [], amt), "known customer, no reference, amount fits no open invoice or set"


def unknown_nofit(w):
    r = w.rng
    cur = r.choice(["SEK", "SEK", "NOK", "DKK", "EUR"])
    amt = r.randint(5000, 900000)
    return pay(amt, cur, r.choice(UNKNOWN_PAYERS), None, r.choice(NOREF[cur]), None), \
        it("review", must=[]), "unknown payer, no reference, amount fits nothing"


def ref_mismatch_unknown(w):
    r = w.rng
    inv = w.pick()
    c = w.cust[inv["customer_id"]]
    name, kind = alias_name(w, c)
    b = w.bal(inv)
    amt = b - max(1, b * r.randint(5, 40) // 100)
    ref, rem, how = spell_single(r, inv, c)
    return pay(amt, inv["currency"], name, None, ref, rem), it("review", must=[inv["id"]]), \
        "payer is a %s; reference found but amount is short and the payer is not identified" % kind


BAD = [
    ("amount", "1.250,00", "European-formatted amount"), ("amount", "N/A", "non-numeric amount"),
    ("amount", "-4500.00", "negative amount"), ("currency", None, "missing currency"),
    ("currency", "SKR", "invalid currency code"), ("date", "2025-02-30", "impossible date"),
    ("date", "14/03/2025", "date in the wrong format"), ("amount", "", "empty amount"),
]


def bad_row(w):
    p, intent, note = exact_ref(w)
    field, val, what = w.rng.choice(BAD)
    p = dict(p, _bad=(field, val))
    return p, {"status": "review", "apps": [], "unapplied": 0, "short": None,
               "must_candidate": [], "bad": True}, "bad row: " + what


SCENARIOS = {
    "exact_reference": (exact_ref, 131), "batch_listed": (batch_listed, 30),
    "batch_unlisted_exact_sum": (batch_unlisted, 12), "no_reference_unique_amount": (exact_amount_noref, 12),
    "part_payment": (part_payment, 18), "short_pay_stated_deduction": (short_deduction, 28),
    "short_pay_unexplained": (short_unexplained, 12), "fx_shortfall": (fx_shortfall, 8),
    "overpayment": (overpayment, 14), "duplicate_payment": (duplicate_payment, 10),
    "payer_alias_with_reference": (alias_payer_ref, 30), "payer_name_variant": (name_variant, 12),
    "payer_alias_no_reference": (alias_payer_noref, 10), "typo_in_reference": (typo_ref, 14),
    "other_customers_invoice": (other_customer_ref, 8), "same_amount_several_invoices": (same_amount_multiple, 12),
    "currency_mismatch": (currency_mismatch, 8), "unapplied_known_customer": (unapplied_known, 10),
    "unknown_payer_no_fit": (unknown_nofit, 8), "bad_row": (bad_row, 6),
    "reference_amount_mismatch_unknown_payer": (ref_mismatch_unknown, 7),
}
