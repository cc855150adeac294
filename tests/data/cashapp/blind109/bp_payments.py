"""Part of build.py: one generator per scenario.

Each generator returns (payment fields, intended status, intended applied invoice ids,
intended short_pay presence, note, touched invoice ids) or None when it cannot fit now.
build.py checks the intent against check.derive() and retries on any mismatch.
"""
from decimal import Decimal

from bp_channels import GENERIC, fmt_amt, reference_for, spell
from bp_invoices import WHOLE, bank_name, rand_amount
from bp_names import ACQUIRERS, FACTORS, UNKNOWN_PAYERS

D = Decimal
CENT = D("0.01")
FX_TO_EUR = {"PLN": D("4.31"), "CZK": D("25.18"), "HUF": D("392.5"), "RON": D("4.97")}


class Ctx:
    def __init__(self, rng, customers, invoices):
        self.rng = rng
        self.cust = {c["id"]: c for c in customers}
        self.invoices = invoices
        self.inv = {i["id"]: i for i in invoices}
        self.bal = {i["id"]: D(i["balance"]) for i in invoices}
        self.cores = {int(i["number"][3:]) for i in invoices}
        self.used = set()
        self.paid_by = []
        groups = {}
        for i in invoices:
            groups.setdefault((i["customer_id"], i["currency"], i["balance"]), []).append(i["id"])
        # equal-balance invoices are kept for the same-amount scenario only
        self.reserved = {k for v in groups.values() if len(v) >= 2 for k in v}  # (invoice, amount, customer_id) fully paid by a reference payment

    def free(self, cur=None, cid=None, pred=None):
        return [i for i in self.invoices if self.bal[i["id"]] > 0 and i["id"] not in self.used
                and i["id"] not in self.reserved
                and (cur is None or i["currency"] == cur) and (cid is None or i["customer_id"] == cid)
                and (pred is None or pred(i))]

    def open_of(self, cid, cur):
        return [i for i in self.invoices if i["customer_id"] == cid and i["currency"] == cur and self.bal[i["id"]] > 0]

    def b(self, inv):
        return self.bal[inv["id"]]


def pay(amount, cur, payer, cid, ref, rem=None):
    return {"amount": f"{amount:.2f}" if isinstance(amount, D) else amount, "currency": cur,
            "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}


def whole(cur, d):
    return D(int(d)) if cur in WHOLE else d.quantize(CENT)


def g_exact(x):
    inv = x.rng.choice(x.free())
    c = x.cust[inv["customer_id"]]
    amt = x.b(inv)
    ref, rem = reference_for(inv, c, x.rng, amt)
    note = f"{inv['number']} written as '{ref}', exact balance"
    if D(inv["balance"]) < D(inv["total"]):
        note += " (invoice was already part-paid)"
    return pay(amt, inv["currency"], bank_name(c["name"], x.rng), c["id"], ref, rem), "applied", [inv["id"]], False, note, [inv["id"]]


def g_name_variant(x):
    inv = x.rng.choice(x.free())
    c = x.cust[inv["customer_id"]]
    amt = x.b(inv)
    r = x.rng.random()
    if r < 0.2 and inv["currency"] in ("PLN", "CZK", "HUF"):
        payer = x.rng.choice(FACTORS[inv["currency"]])
        kind = "factoring company paying for the buyer"
    elif r < 0.4 and inv["currency"] == "PLN":
        payer = x.rng.choice(ACQUIRERS)
        kind = "card-terminal settlement"
    else:
        payer = x.rng.choice(c["variants"])
        kind = "payer name differs from customer name (trading name / parent / person / transliteration / truncation)"
    ref, rem = reference_for(inv, c, x.rng, amt)
    if kind == "card-terminal settlement":
        ref = f"ROZLICZENIE TRANSAKCJI KARTOWEJ TID 3{x.rng.randint(1000000, 9999999)} " + spell(inv["number"], x.rng, ocr=False)
    if kind.startswith("factoring"):
        lead = {"PLN": "Platnosc w imieniu", "CZK": "Platba za odberatele", "HUF": "Fizetes a vevo nevében:"}
        rem = f"{lead[inv['currency']]} {bank_name(c['name'], x.rng)} - {spell(inv['number'], x.rng, ocr=False)}"
    note = f"{kind}: '{payer}' for {c['name']}; customer_id null; {inv['number']} exact balance"
    return pay(amt, inv["currency"], payer, None, ref, rem), "applied", [inv["id"]], False, note, [inv["id"]]


def g_multi_listed(x):
    c = x.cust[x.rng.choice(x.free())["customer_id"]]
    cur = x.rng.choice(c["currencies"])
    pool = x.free(cur, c["id"])
    if len(pool) < 3:
        return None
    picks = x.rng.sample(pool, x.rng.randint(2, min(4, len(pool) - 1)))
    amt = sum((x.b(i) for i in picks), D(0))
    names = [spell(i["number"], x.rng, ocr=False) for i in picks]
    style = x.rng.random()
    if style < 0.5:
        rem = x.rng.choice(["Platnosc za faktury: ", "Payment advice - invoices ", "Uhrada faktur: ",
                            "Zahlungsavis: "]) + ", ".join(names)
        ref = x.rng.choice(GENERIC[cur]) or "ZBIORCZY PRZELEW WG AWIZO"
    elif style < 0.8:
        rem = "\n".join(f"{n}; {fmt_amt(x.b(i), x.rng, cur)}" for n, i in zip(names, picks))
        ref = "AWIZO PLATNOSCI"
    else:
        ref, rem = " ".join(names), None
    cid = c["id"] if x.rng.random() < 0.8 else None
    payer = bank_name(c["name"], x.rng) if cid else x.rng.choice(c["variants"])
    note = f"{len(picks)} invoices listed, amount is their exact sum" + ("" if cid else "; customer_id null")
    ids = [i["id"] for i in picks]
    return pay(amt, cur, payer, cid, ref, rem), "applied", ids, False, note, ids


def small_customer(x, maxn=30):
    c = x.cust[x.rng.choice(x.free())["customer_id"]]
    cur = x.rng.choice(c["currencies"])
    if len(x.open_of(c["id"], cur)) > maxn:
        return None, None
    return c, cur


def g_multi_unlisted(x):
    c, cur = small_customer(x)
    if not c:
        return None
    pool = x.free(cur, c["id"])
    if len(pool) < 3:
        return None
    picks = x.rng.sample(pool, x.rng.randint(2, 3))
    amt = sum((x.b(i) for i in picks), D(0))
    ids = [i["id"] for i in picks]
    note = f"no invoice numbers; amount is the exact sum of {len(picks)} open invoices and no other set of the customer's invoices adds up to it"
    return pay(amt, cur, bank_name(c["name"], x.rng), c["id"], x.rng.choice(GENERIC[cur]), None), "applied", ids, False, note, ids


PART_TXT = ["rata 1/3 {r}", "Czesciowa platnosc {r}", "ZALICZKA NA POCZET {r}", "partial payment {r}",
            "Teilzahlung {r}", "castecna uhrada {r}", "reszletfizetes {r}", "plata partiala {r}",
            "{r} - part payment, balance next month", "RATA 2 {r}"]


def g_part(x):
    inv = x.rng.choice(x.free(pred=lambda i: x.b(i) > 300))
    c = x.cust[inv["customer_id"]]
    cur = inv["currency"]
    frac = D(str(round(x.rng.uniform(0.2, 0.7), 2)))
    amt = x.b(inv) * frac
    step = D(1000) if cur == "HUF" else D(100) if x.b(inv) > 2000 else D(10)
    amt = (amt / step).quantize(D(1)) * step
    if amt <= 0 or amt >= x.b(inv):
        return None
    ref = x.rng.choice(PART_TXT).format(r=spell(inv["number"], x.rng, ocr=False))
    note = f"stated part payment of {inv['number']} ({amt} of {x.b(inv)})"
    return pay(amt, cur, bank_name(c["name"], x.rng), c["id"], ref, None), "partial", [inv["id"]], False, note, [inv["id"]]


FEE = {"PLN": (8, 60), "EUR": (5, 35), "CZK": (150, 650), "HUF": (2500, 9000), "RON": (15, 90)}


def g_short_stated(x):
    inv = x.rng.choice(x.free(pred=lambda i: x.b(i) > D(FEE[i["currency"]][1]) * 20))
    c = x.cust[inv["customer_id"]]
    cur, b = inv["currency"], x.b(inv)
    r = x.rng.choice(["fee", "fee", "disc", "disc", "dmg", "dmg", "wht"])
    num = spell(inv["number"], x.rng, ocr=False)
    if r == "fee":
        lo, hi = FEE[cur]
        d = D(x.rng.randint(lo, hi)) if cur == "HUF" else D(x.rng.randint(lo * 100, hi * 100)) / 100
        rem = x.rng.choice(["{n} less bank charges {a}", "{n} potracono oplate bankowa {a}",
                            "{n} - poplatek banky {a}", "{n} abzgl. Bankgebuhr {a}", "{n} comision bancar {a}"])
        why = "bank fee"
    elif r == "disc":
        pct = x.rng.choice([1, 2, 2, 3])
        d = (b * pct / 100).quantize(CENT)
        if cur in WHOLE and d != d.to_integral_value():
            return None
        rem = x.rng.choice(["{n} skonto {p}% za platnosc w terminie", "{n} early payment discount {p}% taken",
                            "{n} abzgl. {p}% Skonto", "{n} sconto {p}%"])
        why = "early-payment discount"
    elif r == "dmg":
        d = whole(cur, b * D(str(round(x.rng.uniform(0.03, 0.15), 3))))
        rem = x.rng.choice(["{n} minus {a} za uszkodzone plyty - reklamacja R/{k}/2024",
                            "{n} less {a} credit for damaged goods (pallet {k})",
                            "{n} - {a} poskozene zbozi", "{n} abzgl. {a} beschadigte Ware"])
        why = "damaged goods"
    else:
        d = whole(cur, b * D("0.10"))
        rem = x.rng.choice(["{n} withholding tax deducted {a}", "{n} WHT 10% {a}"])
        why = "withholding tax"
    if d <= 0:
        return None
    amt = b - d
    rem = rem.format(n=num, a=fmt_amt(d, x.rng, cur), p=r == "disc" and pct or 0, k=x.rng.randint(101, 899))
    note = f"short pay of {inv['number']}: {why} {d} stated in the remittance"
    ref = x.rng.choice([spell(inv["number"], x.rng, ocr=False), None])
    return pay(amt, cur, bank_name(c["name"], x.rng), c["id"], ref, rem), "partial", [inv["id"]], True, note, [inv["id"]]


def g_short_unexplained(x):
    inv = x.rng.choice(x.free(pred=lambda i: x.b(i) > 500))
    c = x.cust[inv["customer_id"]]
    cur, b = inv["currency"], x.b(inv)
    short = whole(cur, b * D(str(round(x.rng.uniform(0.003, 0.04), 4))))
    if x.rng.random() < 0.4 and cur not in WHOLE:
        short = D(x.rng.randint(1, 99)) / 100 + D(x.rng.randint(0, 30))   # a few zloty/cents missing
    if short <= 0 or short > b * D("0.05"):
        return None
    ref, rem = reference_for(inv, c, x.rng, b - short)
    note = f"{inv['number']} paid {short} short with no explanation"
    return pay(b - short, cur, bank_name(c["name"], x.rng), c["id"], ref, rem), "partial", [inv["id"]], True, note, [inv["id"]]


FX_TXT = ["{r} przewalutowanie z PLN", "{r} - FX conversion", "{r} (paid from USD account, currency conversion)",
          "{r} kurs banku", "{r} Kursdifferenz"]


def g_fx_short(x):
    inv = x.rng.choice(x.free(pred=lambda i: i["currency"] in ("EUR", "CZK", "HUF") and x.b(i) > 200))
    c = x.cust[inv["customer_id"]]
    cur, b = inv["currency"], x.b(inv)
    short = whole(cur, b * D(str(round(x.rng.uniform(0.004, 0.025), 4))))
    if short <= 0:
        return None
    ref = x.rng.choice(FX_TXT).format(r=spell(inv["number"], x.rng, ocr=False))
    note = f"{inv['number']} arrived {short} {cur} short after currency conversion"
    return pay(b - short, cur, bank_name(c["name"], x.rng), c["id"], ref, None), "partial", [inv["id"]], True, note, [inv["id"]]


def g_over(x):
    inv = x.rng.choice(x.free(pred=lambda i: x.b(i) > 100))
    c = x.cust[inv["customer_id"]]
    cur, b = inv["currency"], x.b(inv)
    r = x.rng.random()
    if r < 0.35:
        step = D(1000) if cur in ("HUF", "CZK") else D(100)
        amt = ((b / step).quantize(D(1), rounding="ROUND_CEILING") + 1) * step
        why = "rounded up"
    elif r < 0.6:
        amt = D(inv["total"]) if D(inv["total"]) > b else b * 2
        why = "paid the original total of a part-paid invoice" if D(inv["total"]) > b else "paid twice in one transfer"
    else:
        amt = b + whole(cur, b * D(str(round(x.rng.uniform(0.01, 0.2), 3))))
        why = "paid more than the balance"
    ref, rem = reference_for(inv, c, x.rng, amt)
    note = f"overpayment of {inv['number']} ({why}): balance {b}, paid {amt}"
    return pay(amt, cur, bank_name(c["name"], x.rng), c["id"], ref, rem), "unapplied", [inv["id"]], False, note, [inv["id"]]


def g_duplicate(x):
    if not x.paid_by:
        return None
    inv, amt, cid = x.paid_by.pop(x.rng.randrange(len(x.paid_by)))
    c = x.cust[cid]
    ref, rem = reference_for(inv, c, x.rng, amt)
    note = f"second payment of {inv['number']}, already paid in full earlier in this batch"
    return pay(amt, inv["currency"], bank_name(c["name"], x.rng), cid, ref, rem), "unapplied", [], False, note, [inv["id"]]


def typo_cores(core):
    s = f"{core:05d}"
    out = []
    for k in range(len(s)):
        for dgt in "0123456789":
            if dgt != s[k] and not (k == 0 and dgt == "0"):
                out.append(int(s[:k] + dgt + s[k + 1:]))
    for k in range(len(s) - 1):
        if s[k] != s[k + 1] and not (k == 0 and s[k + 1] == "0"):
            out.append(int(s[:k] + s[k + 1] + s[k] + s[k + 2:]))
    return out


def typo_text(x, inv, newcore):
    num = f"FV-{newcore:07d}"
    by_cur = {"PLN": ["ZAPLATA ZA {r}", "{r}", "PRZELEW {r}"], "CZK": ["VS {r}", "Uhrada faktury {r}"],
              "EUR": ["Invoice {r}", "{r}", "Rechnung {r}"], "HUF": ["Szamla {r}", "{r}"],
              "RON": ["plata factura {r}", "c/v factura {r}"]}
    return x.rng.choice(by_cur[inv["currency"]]).format(r=spell(num, x.rng, ocr=False))


def g_typo_applied(x):
    c, cur = small_customer(x)
    if not c:
        return None
    pool = x.free(cur, c["id"])
    if not pool:
        return None
    inv = x.rng.choice(pool)
    core = int(inv["number"][3:])
    opts = [t for t in typo_cores(core) if t not in x.cores and min(x.cores) <= t <= max(x.cores)]
    if not opts:
        return None
    t = x.rng.choice(opts)
    note = f"{inv['number']} mistyped as {t}, which is no invoice; exact balance of exactly one open invoice of this customer"
    return pay(x.b(inv), cur, bank_name(c["name"], x.rng), c["id"], typo_text(x, inv, t), None), "applied", [inv["id"]], False, note, [inv["id"]]


def g_typo_ambiguous(x):
    inv = x.rng.choice(x.free())
    c = x.cust[inv["customer_id"]]
    core = int(inv["number"][3:])
    byc = {int(i["number"][3:]): i for i in x.invoices}
    opts = [byc[t] for t in typo_cores(core) if t in byc and x.bal[byc[t]["id"]] > 0 and byc[t]["id"] not in x.used
            and x.b(byc[t]) != x.b(inv)]
    if not opts:
        return None
    same_cur = [o for o in opts if o["currency"] == inv["currency"]]
    other = x.rng.choice(same_cur or opts)
    t = int(other["number"][3:])
    who = "same customer" if other["customer_id"] == c["id"] else "another customer"
    note = f"{inv['number']} mistyped as {other['number']}, an open invoice of {who}; amount equals {inv['number']} - not certain"
    return pay(x.b(inv), inv["currency"], bank_name(c["name"], x.rng), c["id"], typo_text(x, inv, t), None), "review", [], False, note, [inv["id"], other["id"]]


def g_other_customer(x):
    inv = x.rng.choice(x.free())
    payer_c = x.rng.choice([k for k in x.cust.values() if k["id"] != inv["customer_id"]
                            and inv["currency"] in k["currencies"]])
    c = x.cust[inv["customer_id"]]
    ref, rem = reference_for(inv, payer_c, x.rng, x.b(inv), channel_mpp=False)
    note = f"{payer_c['name']} (customer_id given) pays {inv['number']} of {c['name']} at its exact balance"
    return pay(x.b(inv), inv["currency"], bank_name(payer_c["name"], x.rng), payer_c["id"], ref, rem), "review", [], False, note, [inv["id"]]


def g_same_amount(x):
    groups = {}
    for i in x.invoices:
        if x.bal[i["id"]] > 0 and i["id"] not in x.used:
            groups.setdefault((i["customer_id"], i["currency"], x.bal[i["id"]]), []).append(i)
    keys = [k for k, v in groups.items() if len(v) >= 2 and len(x.open_of(k[0], k[1])) <= 30]
    if not keys:
        return None
    cid, cur, amt = x.rng.choice(sorted(keys))
    c = x.cust[cid]
    ids = [i["id"] for i in groups[(cid, cur, amt)]]
    note = f"no invoice number; {len(ids)} open invoices of this customer have exactly this balance"
    return pay(amt, cur, bank_name(c["name"], x.rng), cid, x.rng.choice(GENERIC[cur] + (["WYNAJEM RUSZTOWAN"] if cur == "PLN" else [])), None), "review", [], False, note, ids


def g_currency(x):
    inv = x.rng.choice(x.free(pred=lambda i: i["currency"] != "EUR"))
    c = x.cust[inv["customer_id"]]
    amt = (x.b(inv) / FX_TO_EUR[inv["currency"]]).quantize(CENT)
    ref, rem = reference_for(inv, c, x.rng, amt, channel_mpp=False)
    note = f"{inv['number']} is billed in {inv['currency']} but the payment came in EUR ({amt})"
    return pay(amt, "EUR", bank_name(c["name"], x.rng), c["id"], ref, rem), "review", [], False, note, [inv["id"]]


def g_unapplied_known(x):
    c, cur = small_customer(x)
    if not c:
        return None
    amt = rand_amount(x.rng, cur)
    if x.rng.random() < 0.5:
        amt = (amt / 100).quantize(D(1)) * 100 or D(100)
    ref = x.rng.choice(["PRZEDPLATA NA POCZET DOSTAWY", "ZALICZKA NA ZAMOWIENIE", "advance payment", "zaloha",
                        "eloleg", "avans comanda"] + [g for g in GENERIC[cur] if g])
    note = "known customer, no invoice reference, amount fits no open invoice or set of invoices (advance / unknown purpose)"
    return pay(amt, cur, bank_name(c["name"], x.rng), c["id"], ref, None), "unapplied", [], False, note, []


def g_unknown(x):
    cur = x.rng.choice(["PLN", "PLN", "PLN", "EUR", "CZK", "HUF", "RON"])
    if x.rng.random() < 0.5:
        inv = x.rng.choice(x.free(cur))
        amt = x.b(inv)
        note = f"unknown payer, no reference; amount happens to equal the balance of {inv['number']}"
        touched = [inv["id"]]
    else:
        amt = rand_amount(x.rng, cur)
        note = "unknown payer, no reference, amount fits nothing"
        touched = []
    ref = x.rng.choice(GENERIC[cur])
    return pay(amt, cur, x.rng.choice(UNKNOWN_PAYERS), None, ref, None), "review", [], False, note, touched


BAD = [
    (lambda p: p.update(amount="1.250,00"), "amount uses a thousands separator and decimal comma"),
    (lambda p: p.update(amount="-845.20"), "negative amount (bank reversal row)"),
    (lambda p: p.update(currency=None), "currency missing"),
    (lambda p: p.update(currency="ZL"), "currency 'ZL' is not an ISO code"),
    (lambda p: p.update(date="2024-06-31"), "date 2024-06-31 does not exist"),
    (lambda p: p.update(amount="12 4OO.00"), "OCR'd amount with letters"),
]


def g_bad(x, k):
    inv = x.rng.choice(x.free())
    c = x.cust[inv["customer_id"]]
    ref, rem = reference_for(inv, c, x.rng, x.b(inv))
    p = pay(x.b(inv), inv["currency"], bank_name(c["name"], x.rng), c["id"], ref, rem)
    f, why = BAD[k % len(BAD)]
    f(p)
    return p, "review", [], False, "bad row: " + why, []


SCENARIOS = [
    ("exact_reference", g_exact, 130), ("payer_name_differs", g_name_variant, 35),
    ("multi_invoice_listed", g_multi_listed, 30), ("multi_invoice_unlisted_sum", g_multi_unlisted, 15),
    ("part_payment", g_part, 25), ("short_pay_stated", g_short_stated, 25),
    ("short_pay_unexplained", g_short_unexplained, 12), ("fx_shortfall", g_fx_short, 10),
    ("overpayment", g_over, 18), ("duplicate_payment", g_duplicate, 10),
    ("typo_unique_match", g_typo_applied, 10), ("typo_ambiguous", g_typo_ambiguous, 8),
    ("other_customer_invoice", g_other_customer, 10), ("same_amount_ambiguous", g_same_amount, 14),
    ("currency_mismatch", g_currency, 12), ("unapplied_known_customer", g_unapplied_known, 14),
    ("unknown_payer", g_unknown, 16), ("bad_row", None, 6),
]
