"""build part 4: scenario generators. Each returns a draft payment + intended label, or None."""
from b_common import DEC, UNKNOWN_PAYERS, bank_name, human, inv_int, mojibake, one_edit, spell, typo
from b_text import PLAIN, channel_name, reference, remittance
import check


class Ctx:
    def __init__(self, rng, customers, invoices_json, dup_ids):
        self.rng = rng
        self.customers = customers
        self.cust = {c["id"]: c for c in customers}
        self.book = check.Book(invoices_json)
        self.dup_ids = dup_ids
        self.nums = set(self.book.by_num)
        self.paid = []          # (invoice_id, amount) paid to zero earlier in this file
        self.date = ""

    def inv(self, x):
        return self.book.inv[x]

    def bal(self, x):
        return self.book.bal[x]

    def open(self, cid, cur, nodup=True):
        return [x for x in self.book.open_pool(cid, cur) if not (nodup and x in self.dup_ids)]

    def pick_pool(self, min_open=1, cur=None, pred=None):
        keys = [k for k in self.book.pool_ids if (cur is None or k[1] == cur) and (pred is None or pred(k))
                and len(self.open(*k)) >= min_open]
        return self.rng.choice(keys) if keys else None

    def pick_invoice(self, cur=None, pred=None):
        k = self.pick_pool(1, cur, pred)
        if not k:
            return None
        return self.rng.choice(self.open(*k))


def draft(cid, payer, cur, amt, ref, rem, status, apps=(), unapplied=0, short=None, cands=(), reason="", note="",
          ch=None):
    return {"customer_id": cid, "payer_name": payer, "currency": cur, "amount": amt, "reference": ref,
            "remittance": rem, "status": status, "apps": list(apps), "unapplied": unapplied, "short": short,
            "cands": list(cands), "reason": reason, "note": note, "channel": ch}


def who_known(c, cust):
    """A payer the rules identify: customer_id given, or null with the legal name as the bank prints it."""
    if c.rng.random() < 0.72:
        nm = bank_name(cust["name"]) if c.rng.random() < 0.7 else c.rng.choice(
            [v for v in (cust["trading"], cust["person"], bank_name(cust["name"])[:24]) if v] or [bank_name(cust["name"])])
        return cust["id"], nm, "customer_id given"
    return None, bank_name(cust["name"]), "customer_id null, payer name is the legal name"


def who_variant(c, cust):
    """A payer name the rules cannot tie to a customer on its own; customer_id null."""
    opts = []
    for kind in ("trading", "parent", "person", "translit"):
        if cust[kind]:
            opts.append((cust[kind], kind + " name"))
    bn = bank_name(cust["name"])
    cut = c.rng.randint(18, 28)
    if len(bn) > cut + 3:
        opts.append((bn[:cut].rstrip(), "bank-truncated name"))
    if any(ch in cust["name"] for ch in "ñÑáéíóúÁÉÍÓÚü"):
        opts.append((mojibake(cust["name"]), "mangled accents (encoding)"))
    opts = [(n, k) for n, k in opts if c.book.identify({"customer_id": None, "payer_name": n}) is None]
    if not opts:
        return None
    return c.rng.choice(opts)


def concept_for(c, mentions):
    r = c.rng
    if not mentions:
        return r.choice(PLAIN)
    j = " ".join(mentions) if len(mentions) == 1 else r.choice([", ", " ", " / "]).join(mentions)
    return r.choice([f"PAGO {j}", j, f"PAGO FACT {j}", f"{j} {r.choice(PLAIN)}", f"CANCELACION {j}", f"REF {j}"])


def put_text(c, cust, cur, payer, mentions, amt, lines=None, extra=None, force_ref=False, ch=None):
    """Place mentions in the reference, the remittance, or both."""
    r = c.rng
    if lines is None and mentions:
        lines = [f"Factura {m}" for m in mentions]
    where = "ref" if (force_ref or not lines) else r.choice(["ref", "rem", "both"])
    concept = concept_for(c, mentions if where != "rem" else [])
    ref, ch = reference(r, cur, payer, concept, ch, c.date)
    rem = None
    if where in ("rem", "both") or extra:
        rem = remittance(r, payer, lines or [], amt, cur, extra)
    if not mentions and not extra and r.random() < 0.15 and ch not in ("card",):
        ref = None
    return ref, rem, ch


def pct(c, lo, hi, base, cur):
    step = 100 if cur == "COP" else 1
    v = int(base * c.rng.uniform(lo, hi) / 100)
    return max(step, v // step * step)

# ------------------------------------------------------------------ scenarios


def s_exact_ref(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(x)
    cid, payer, how = who_known(c, cust)
    sp = spell(inv_int(i["number"]), c.rng)
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, [f"{sp}  {human(amt, cur)}"])
    return draft(cid, payer, cur, amt, ref, rem, "applied", [(x, amt)],
                 reason=f"reference names {i['number']} ('{sp}') and the amount equals its open balance",
                 note=f"{channel_name(ch)}; {how}; spelling '{sp}'", ch=ch)


def s_name_variant_ref(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]
    w = who_variant(c, cust)
    if not w:
        return None
    payer, kind = w
    xs = [x]
    if c.rng.random() < 0.3:
        more = [y for y in c.open(cust["id"], cur) if y != x]
        xs += c.rng.sample(more, min(len(more), c.rng.randint(1, 2)))
    amt = sum(c.bal(y) for y in xs)
    sps = [spell(inv_int(c.inv(y)["number"]), c.rng) for y in xs]
    lines = [f"{s}  {human(c.bal(y), cur)}" for s, y in zip(sps, xs)]
    ref, rem, ch = put_text(c, cust, cur, payer, sps, amt, lines)
    return draft(None, payer, cur, amt, ref, rem, "applied", [(y, c.bal(y)) for y in xs],
                 reason="invoice number(s) in the payment text and the amount equals their open balance; payer name is not the customer's",
                 note=f"{channel_name(ch)}; customer_id null; payer is the {kind} of {cust['name']}", ch=ch)


def s_multi_listed(c):
    k = c.pick_pool(3)
    if not k:
        return None
    cust = c.cust[k[0]]; cur = k[1]
    op = c.open(*k)
    xs = c.rng.sample(op, min(len(op), c.rng.randint(2, 6)))
    amt = sum(c.bal(y) for y in xs)
    cid, payer, how = who_known(c, cust)
    sps = [spell(inv_int(c.inv(y)["number"]), c.rng) for y in xs]
    lines = [f"{s}  {human(c.bal(y), cur)}" for s, y in zip(sps, xs)]
    concept = c.rng.choice(["PAGO FACTURAS VARIAS", f"PAGO {len(xs)} FACTURAS", "PAGO SEGUN RELACION", "PAGO PROVEEDOR"])
    ref, ch = reference(c.rng, cur, payer, concept, None, c.date)
    rem = remittance(c.rng, payer, lines, amt, cur)
    return draft(cid, payer, cur, amt, ref, rem, "applied", [(y, c.bal(y)) for y in xs],
                 reason=f"remittance lists {len(xs)} invoices whose open balances add up to the payment",
                 note=f"{channel_name(ch)}; {how}; {len(xs)} invoices listed in the remittance", ch=ch)


def s_multi_unlisted(c):
    k = c.pick_pool(3, pred=lambda k: True)
    if not k:
        return None
    cust = c.cust[k[0]]; cur = k[1]
    op = c.open(*k)
    xs = c.rng.sample(op, min(len(op), c.rng.randint(2, 4)))
    amt = sum(c.bal(y) for y in xs)
    cid, payer, how = cust["id"], bank_name(cust["name"]), "customer_id given"
    ref, ch = reference(c.rng, cur, payer, c.rng.choice(PLAIN), None, c.date)
    if c.rng.random() < 0.2:
        ref = None          # bank gave no reference text
    return draft(cid, payer, cur, amt, ref, None, "applied", [(y, c.bal(y)) for y in xs],
                 reason=f"no invoice named; amount is the exact sum of {len(xs)} open invoices of the customer and no other set of up to 4 fits",
                 note=f"{channel_name(ch)}; {how}; unique exact subset", ch=ch)


def s_amount_only(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(x)
    cid, payer, how = who_known(c, cust)
    ref, ch = reference(c.rng, cur, payer, c.rng.choice(PLAIN), None, c.date)
    if c.rng.random() < 0.2:
        ref = None          # bank gave no reference text
    return draft(cid, payer, cur, amt, ref, None, "applied", [(x, amt)],
                 reason="no invoice named; the amount equals exactly one open invoice of the customer",
                 note=f"{channel_name(ch)}; {how}; unique exact amount", ch=ch)


PART_WORDS = ["ABONO A {m}", "PAGO PARCIAL {m}", "ANTICIPO {m}", "PARCIALIDAD 1 DE 3 {m}", "A CUENTA DE {m}",
              "abono {m}", "PAGO 1 DE 2 {m}", "partial payment {m}"]


def s_part_payment(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    step = {"CLP": 10000, "COP": 100_000_00}.get(cur, 1000_00)
    amt = int(b * c.rng.uniform(0.2, 0.7)) // step * step
    if amt <= 0 or amt >= b:
        return None
    cid, payer, how = cust["id"], bank_name(cust["name"]), "customer_id given"
    sp = spell(inv_int(i["number"]), c.rng)
    words = c.rng.choice(PART_WORDS).format(m=sp)
    ref, ch = reference(c.rng, cur, payer, words, None, c.date)
    return draft(cid, payer, cur, amt, ref, None, "partial", [(x, amt)],
                 reason=f"part payment stated ('{words}'); {human(b - amt, cur)} stays open on {i['number']}",
                 note=f"{channel_name(ch)}; stated part payment", ch=ch)


def deduction(c, cur, b, ch_hint):
    """(reason code, short minor, text line, channel or None)"""
    r = c.rng
    opts = ["early_payment_discount", "damaged_goods"]
    if cur in ("COP", "PEN") or (cur == "MXN" and r.random() < 0.3):
        opts += ["withholding_tax"] * (4 if cur in ("COP", "PEN") else 2)
    if cur == "USD":
        opts += ["bank_fee", "bank_fee"]
    opts += ["card_fee"]
    kind = r.choice(opts)
    if kind == "early_payment_discount":
        p = r.choice([1, 2, 2, 3])
        short = pct(c, p, p, b, cur)
        line = r.choice([f"Descuento pronto pago {p}%: -{human(short, cur)}", f"Early payment discount {p}% {human(short, cur)}"])
        return kind, short, line, None
    if kind == "damaged_goods":
        short = pct(c, 2, 15, b, cur)
        part = r.choice(["balatas", "amortiguador", "faro delantero", "radiador", "bomba de agua", "filtros"])
        line = r.choice([f"Menos {human(short, cur)} por pieza dañada ({part}), se devuelve", f"Mercancia dañada ({part}): {human(short, cur)}",
                         f"Nota: pieza defectuosa ({part}), descontamos {human(short, cur)}", f"Damaged goods ({part}) deducted {human(short, cur)}"])
        return kind, short, line, None
    if kind == "withholding_tax":
        if cur == "COP":
            p, lab = r.choice([(2.5, "ReteFuente 2,5%"), (0.966, "ReteICA 9,66 x mil")])
        elif cur == "PEN":
            p, lab = 3, "Retencion IGV 3%"
        else:
            p, lab = 1.25, "Retención ISR 1.25%"
        short = pct(c, p, p, b, cur)
        return kind, short, f"{lab}: {human(short, cur)}", None
    if kind == "bank_fee":
        short = r.choice([15_00, 20_00, 25_00, 30_00, 35_00, 45_00])
        return kind, short, r.choice([f"Intermediary bank charges {human(short, cur)}", f"Gastos bancarios {human(short, cur)}"]), None
    p = r.choice([2.9, 3.5, 3.6, 2.3])
    short = pct(c, p, p, b, cur)
    return kind, short, f"Venta {human(b, cur)} - comision TPV {p}% + IVA {human(short, cur)}", "card"


def s_short_deduction(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    kind, short, line, ch = deduction(c, cur, b, None)
    amt = b - short
    if short <= 0 or amt <= 0:
        return None
    sp = spell(inv_int(i["number"]), c.rng)
    payer = bank_name(cust["name"])
    proc = None
    if ch == "card":
        from b_common import CARD_PROC
        proc = c.rng.choice(CARD_PROC[cur])
        payer = proc + " / " + payer[:20].rstrip()
    ref, ch = reference(c.rng, cur, payer, concept_for(c, [sp]), ch, c.date, proc)
    where = c.rng.choice(["rem", "rem", "ref"])
    rem = None
    if where == "rem":
        rem = remittance(c.rng, payer, [f"{sp}  {human(b, cur)}", line], amt, cur)
    else:
        ref = ref + " " + line
    return draft(cust["id"], payer, cur, amt, ref, rem, "partial", [(x, amt)], short=(x, short, kind),
                 reason=f"{i['number']} paid short by {human(short, cur)}: {kind.replace('_', ' ')} stated in the payment text",
                 note=f"{channel_name(ch)}; stated deduction '{line}'", ch=ch)


def s_short_unexplained(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    short = pct(c, 0.3, 9.0, b, cur)
    amt = b - short
    cid, payer, how = who_known(c, cust)
    sp = spell(inv_int(i["number"]), c.rng)
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, [f"{sp}"])
    return draft(cid, payer, cur, amt, ref, rem, "partial", [(x, amt)], short=(x, short, "unexplained"),
                 reason=f"reference names {i['number']}; paid {human(short, cur)} short with no reason given (within 10 %): deduction case",
                 note=f"{channel_name(ch)}; {how}; unexplained shortfall {short * 100 // b}%", ch=ch)


def s_fx_shortfall(c):
    x = c.pick_invoice(pred=lambda k: k[1] == "USD" or c.cust[k[0]]["parent"] is not None)
    if not x:
        return None
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    short = pct(c, 0.4, 1.8, b, cur)
    amt = b - short
    payer = cust["parent"] if (cust["parent"] and c.rng.random() < 0.5) else bank_name(cust["name"])
    sp = spell(inv_int(i["number"]), c.rng)
    line = c.rng.choice([f"Dif. tipo de cambio {human(short, cur)}", f"Diferencia cambiaria: {human(short, cur)}",
                         f"FX difference {human(short, cur)} (converted at bank exchange rate)"])
    ref, ch = reference(c.rng, cur, payer, concept_for(c, [sp]), "wire" if c.rng.random() < 0.7 else None, c.date)
    rem = remittance(c.rng, payer, [f"{sp}  {human(b, cur)}", line], amt, cur)
    return draft(cust["id"], payer, cur, amt, ref, rem, "partial", [(x, amt)], short=(x, short, "fx_difference"),
                 reason=f"{i['number']} short by {human(short, cur)}; remittance states an exchange-rate difference",
                 note=f"{channel_name(ch)}; FX shortfall paid from a foreign-currency account", ch=ch)


def s_overpayment(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    total = check.to_minor(i["total"], cur)
    if total > b and c.rng.random() < 0.6:
        amt = total; why = "paid the invoice total, not the balance left after an earlier part payment"
    else:
        step = {"CLP": 10000, "COP": 100_000_00}.get(cur, 1000_00)
        amt = (b // step + c.rng.randint(1, 3)) * step
        why = "rounded the payment up"
    cid, payer, how = who_known(c, cust)
    sp = spell(inv_int(i["number"]), c.rng)
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, [f"{sp}"])
    return draft(cid, payer, cur, amt, ref, rem, "unapplied", [(x, b)], unapplied=amt - b,
                 reason=f"{i['number']} paid in full; {human(amt - b, cur)} over held on account",
                 note=f"{channel_name(ch)}; overpayment: customer {why}", ch=ch)


def s_duplicate(c):
    cands = [(x, a) for x, a in c.paid if c.bal(x) == 0]
    if not cands:
        return None
    x, amt = c.rng.choice(cands)
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]
    sp = spell(inv_int(i["number"]), c.rng)
    payer = bank_name(cust["name"])
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, [f"{sp}  {human(amt, cur)}"])
    return draft(cust["id"], payer, cur, amt, ref, rem, "unapplied", [], unapplied=amt,
                 reason=f"{i['number']} was already paid by an earlier payment in this file; held as unapplied cash",
                 note=f"{channel_name(ch)}; second payment of an already-paid invoice", ch=ch)


def s_typo_unique(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(x)
    t = typo(inv_int(i["number"]), c.rng)
    if t is None or t in c.nums:
        return None
    sp = spell(t, c.rng)
    payer = bank_name(cust["name"])
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, force_ref=True)
    return draft(cust["id"], payer, cur, amt, ref, rem, "applied", [(x, amt)],
                 reason=f"reference '{sp}' is no invoice; amount equals exactly one open invoice of the customer ({i['number']})",
                 note=f"{channel_name(ch)}; typo of {i['number']} that matches no invoice", ch=ch)


def s_typo_conflict(c):
    pairs = []
    for k in c.book.pool_ids:
        op = c.open(*k)
        for a in op:
            for b in op:
                if a != b and one_edit(inv_int(c.inv(a)["number"]), inv_int(c.inv(b)["number"])) and c.bal(a) != c.bal(b):
                    pairs.append((a, b))
    if not pairs:
        return None
    x, y = c.rng.choice(pairs)
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(x)
    sp = spell(inv_int(c.inv(y)["number"]), c.rng)
    payer = bank_name(cust["name"])
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, force_ref=True)
    return draft(cust["id"], payer, cur, amt, ref, rem, "review", cands=[(1, [x]), (2, [y])],
                 reason=f"reference names {c.inv(y)['number']} but the amount is exactly {i['number']}'s balance (one digit apart)",
                 note=f"{channel_name(ch)}; typo that hits another open invoice of the same customer", ch=ch)


def s_other_customer_ref(c):
    k = c.pick_pool(1)
    cust = c.cust[k[0]]; cur = k[1]
    y = c.pick_invoice(cur=cur, pred=lambda kk: kk[0] != cust["id"])
    if not y:
        return None
    j = c.inv(y)
    payer = bank_name(cust["name"])
    sp = spell(inv_int(j["number"]), c.rng)
    if c.rng.random() < 0.5:
        amt = c.bal(y); cands = [(0, [y])]
        why = "amount equals that invoice's balance"
    else:
        x = c.rng.choice(c.open(*k)); amt = c.bal(x); cands = [(1, [x]), (2, [y])]
        why = f"amount equals own invoice {c.inv(x)['number']}"
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, force_ref=True)
    return draft(cust["id"], payer, cur, amt, ref, rem, "review", cands=cands,
                 reason=f"customer_id is {cust['name']} but the reference names {j['number']} of {j['customer_name']}",
                 note=f"{channel_name(ch)}; reference names another customer's invoice; {why}", ch=ch)


def s_same_amount(c, groups):
    ok = []
    for g in groups:
        op = [x for x in g if c.bal(x) > 0]
        if len(op) >= 2 and len({c.bal(x) for x in op}) == 1:
            ok.append(op)
    if not ok:
        return None
    op = c.rng.choice(ok)
    i = c.inv(op[0]); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(op[0])
    payer = bank_name(cust["name"])
    ref, ch = reference(c.rng, cur, payer, c.rng.choice(["PAGO POLIZA MANTENIMIENTO", "PAGO MENSUALIDAD SERVICIO FLOTILLA", "PAGO CONTRATO MANTTO"]), None, c.date)
    return draft(cust["id"], payer, cur, amt, ref, None, "review", cands=[(1, [x]) for x in op],
                 reason=f"amount equals {len(op)} open invoices of the customer (monthly maintenance contract) and none is named",
                 note=f"{channel_name(ch)}; same amount open on several invoices", ch=ch)


RATES = {("MXN", "USD"): 1 / 17.1, ("COP", "USD"): 1 / 4050, ("CLP", "USD"): 1 / 945, ("PEN", "USD"): 1 / 3.72,
         ("USD", "MXN"): 17.1}


def s_currency_mismatch(c):
    k = c.pick_pool(1, pred=lambda k: len(c.cust[k[0]]["currencies"]) == 1)
    cust = c.cust[k[0]]; cur_i = k[1]
    x = c.rng.choice(c.open(*k)); i = c.inv(x)
    cur = "MXN" if cur_i == "USD" else "USD"
    if (cur_i, cur) not in RATES:
        return None
    conv = c.bal(x) / (100 if DEC[cur_i] else 1) * RATES[(cur_i, cur)]
    amt = int(round(conv * 100))
    sp = spell(inv_int(i["number"]), c.rng)
    payer = bank_name(cust["name"])
    ref, ch = reference(c.rng, cur, payer, concept_for(c, [sp]), "wire" if cur == "USD" else "spei", c.date)
    return draft(cust["id"], payer, cur, amt, ref, None, "review", cands=[],
                 reason=f"payment in {cur} but {i['number']} and all the customer's open invoices are in {cur_i}",
                 note=f"{channel_name(ch)}; different currency than the invoice (converted at roughly the market rate)", ch=ch)


def s_unapplied_known(c):
    k = c.pick_pool(1)
    cust = c.cust[k[0]]; cur = k[1]
    op = c.open(cust["id"], cur, nodup=False)
    lo = min(c.bal(x) for x in op)
    base = c.rng.uniform(0.15, 0.6) * lo
    step = {"CLP": 1000, "COP": 10_000_00}.get(cur, 100_00)
    amt = max(step, int(base) // step * step)
    payer = bank_name(cust["name"])
    concept = c.rng.choice(["ANTICIPO PEDIDO", "PAGO", "DEPOSITO EN GARANTIA", "PAGO PEDIDO MOSTRADOR", "TRANSFERENCIA"])
    ref, ch = reference(c.rng, cur, payer, concept, None, c.date)
    return draft(cust["id"], payer, cur, amt, ref, None, "unapplied", [], unapplied=amt,
                 reason="known customer; no invoice named and the amount fits no open invoice or set of invoices",
                 note=f"{channel_name(ch)}; payment that fits nothing (advance / counter order)", ch=ch)


def s_unknown_nomatch(c):
    cur = c.rng.choice(["MXN", "MXN", "USD", "COP", "CLP", "PEN"])
    payer = c.rng.choice(UNKNOWN_PAYERS)
    step = {"CLP": 1, "COP": 100}.get(cur, 1)
    lo, hi = {"MXN": (500_00, 90000_00), "USD": (100_00, 9000_00), "COP": (200_000_00, 9_000_000_00),
              "CLP": (30_000, 3_000_000), "PEN": (150_00, 20000_00)}[cur]
    amt = c.rng.randint(lo, hi) // step * step
    ref, ch = reference(c.rng, cur, payer, c.rng.choice(PLAIN), None, c.date)
    if c.rng.random() < 0.2:
        ref = None          # bank gave no reference text
    return draft(None, payer, cur, amt, ref, None, "review", cands=[],
                 reason="payer not a known customer, no invoice named, amount matches no open invoice",
                 note=f"{channel_name(ch)}; unknown payer, nothing fits", ch=ch)


def s_unknown_amount(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(x)
    w = who_variant(c, cust)
    if not w:
        return None
    payer, kind = w
    ref, ch = reference(c.rng, cur, payer, c.rng.choice(PLAIN), None, c.date)
    if c.rng.random() < 0.2:
        ref = None          # bank gave no reference text
    same = [y for (cc, k), ids in c.book.pool_ids.items() if k == cur for y in ids if c.bal(y) == amt]
    return draft(None, payer, cur, amt, ref, None, "review", cands=[(1, [y]) for y in same],
                 reason=f"payer '{payer}' is not a customer name and nothing is named; amount equals {i['number']} of {cust['name']}",
                 note=f"{channel_name(ch)}; customer_id null, {kind}; exact amount only", ch=ch)


def s_unknown_ref_mismatch(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    w = who_variant(c, cust)
    if not w:
        return None
    payer, kind = w
    sp = spell(inv_int(i["number"]), c.rng)
    if c.rng.random() < 0.5:
        _, short, line, _ = deduction(c, cur, b, None)
        if _ == "card_fee":
            return None
        amt = b - short; extra = [line]
    else:
        amt = b - pct(c, 1, 8, b, cur); extra = None
    ref, rem, ch = put_text(c, cust, cur, payer, [sp], amt, [sp], extra=extra)
    same = [y for (cc, k), ids in c.book.pool_ids.items() if k == cur for y in ids if c.bal(y) == amt]
    return draft(None, payer, cur, amt, ref, rem, "review", cands=[(1, [y]) for y in same] + [(2, [x])],
                 reason=f"names {i['number']} but the payer is not identified and the amount is not its balance",
                 note=f"{channel_name(ch)}; customer_id null, {kind}; short amount", ch=ch)


def s_multi_short_unclear(c):
    k = c.pick_pool(3)
    if not k:
        return None
    cust = c.cust[k[0]]; cur = k[1]
    op = c.open(*k)
    xs = c.rng.sample(op, c.rng.randint(2, min(4, len(op))))
    B = sum(c.bal(y) for y in xs)
    amt = B - pct(c, 0.5, 5, B, cur)
    payer = bank_name(cust["name"])
    sps = [spell(inv_int(c.inv(y)["number"]), c.rng) for y in xs]
    lines = [f"{s}" for s in sps]
    ref, ch = reference(c.rng, cur, payer, "PAGO FACTURAS", None, c.date)
    rem = remittance(c.rng, payer, lines, amt, cur)
    return draft(cust["id"], payer, cur, amt, ref, rem, "review", cands=[(2, xs)],
                 reason=f"remittance lists {len(xs)} invoices but the payment is {human(B - amt, cur)} short of their sum; which invoice is short is unknown",
                 note=f"{channel_name(ch)}; several invoices, unexplained shortfall", ch=ch)


def s_near_miss(c):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; b = c.bal(x)
    d = pct(c, 1, 8, b, cur)
    amt = b - d if c.rng.random() < 0.7 else b + d
    payer = bank_name(cust["name"])
    ref, ch = reference(c.rng, cur, payer, c.rng.choice(PLAIN), None, c.date)
    if c.rng.random() < 0.2:
        ref = None          # bank gave no reference text
    return draft(cust["id"], payer, cur, amt, ref, None, "review", cands=[(3, [x])],
                 reason=f"no invoice named; amount is within 10 % of {i['number']} but not equal",
                 note=f"{channel_name(ch)}; near miss without a reference", ch=ch)


BAD = [("non_numeric_amount", "amount"), ("negative_amount", "amount"), ("missing_currency", "currency"),
       ("invalid_currency", "currency"), ("malformed_date", "date"), ("non_numeric_amount", "amount")]


def s_bad_row(c, n):
    x = c.pick_invoice()
    i = c.inv(x); cust = c.cust[i["customer_id"]]; cur = i["currency"]; amt = c.bal(x)
    payer = bank_name(cust["name"])
    sp = spell(inv_int(i["number"]), c.rng)
    ref, ch = reference(c.rng, cur, payer, concept_for(c, [sp]), None, c.date)
    d = draft(cust["id"], payer, cur, amt, ref, None, "review", reason="", note=f"{channel_name(ch)}; bad row", ch=ch)
    err, field = BAD[n % len(BAD)]
    d["corrupt"] = err
    return d
