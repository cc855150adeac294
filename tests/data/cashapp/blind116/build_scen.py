"""Scenario generators. Each returns True when it emitted a payment."""
from build_common import rng, fmt, human, bankname, rand_digits, EXP, PREFIX, core
from build_text import spell, spell_ocr, remit_line, noise_ok, STYLES
from build_payments import RATE, UNKNOWN_PAYERS


def P(cur, amount, payer, cid, ref, remit):
    return dict(amount=fmt(amount, cur), currency=cur, payer_name=payer, customer_id=cid, reference=ref,
                remittance=remit)


def _ref_for(g, inv, c, style, payer, in_bank_text=None):
    tok = spell_ocr(inv["number"]) if style == "ocr" else spell(inv["number"], style)
    if in_bank_text is None:
        in_bank_text = rng.random() < 0.6
    if in_bank_text:
        ref, ch = g.ref_with(inv["currency"], payer, tok, {core(inv["number"])})
    else:
        ref, ch = tok, "transfer"
    return ref, ch, tok


def exact_ref(g, style=None, ocr=False):
    inv = g.pick()
    if not inv:
        return False
    c = g.cust[inv["customer_id"]]
    cur, amt = inv["currency"], g.bal[inv["id"]]
    style = "ocr" if ocr else (style or rng.choice(STYLES))
    if style == "boleto_parcel" and cur != "BRL":
        style = "no_leading_zero"
    null = rng.random() < 0.12
    payer = g.payer(c, rng.choice(["own"] * 5 + ["truncated"]))
    ref, ch, tok = _ref_for(g, inv, c, style, payer)
    g.emit(P(cur, amt, payer, None if null else c["id"], ref, None),
           g.L("applied", cur, amt, [(inv["id"], amt)], 0, "reference %s names %s; amount equals its open balance"
               % (tok, inv["number"]), "ocr_reference" if ocr else "exact_reference",
               "spelling=%s channel=%s%s" % (style, ch, " customer_id null" if null else "")))
    g.apply([(inv["id"], amt)])
    if not null and not ocr:
        g.paid_log.append((inv, amt, payer))
    return True


def multi_remittance(g):
    cands = [c for c in g.customers if not c["small"]]
    rng.shuffle(cands)
    for c in cands:
        cur = c["cur"] if rng.random() < 0.8 or not c["usd"] else "USD"
        op = [i for i in g.open_of(c["id"], cur) if i["id"] not in g.touched]
        if len(op) < 3:
            continue
        k = rng.randint(2, min(5, len(op) - 1))
        sel = sorted(rng.sample(op, k), key=lambda i: i["number"])
        for i in sel:
            g.touched.add(i["id"])
        amt = sum(g.bal[i["id"]] for i in sel)
        lines = [remit_line(i["number"], g.bal[i["id"]], cur) for i in sel]
        head = rng.choice(["Comprovante de pagamento - notas fiscais:", "Aviso de pagamento", "REMITTANCE ADVICE"]
                          if cur == "BRL" else ["Relacion de facturas pagadas:", "Aviso de pago", "REMITTANCE ADVICE",
                                                "Detalle de pago:"])
        remit = head + "\n" + "\n".join(lines) + "\nTOTAL %s" % human(amt, cur, "br" if cur == "BRL" else "mx")
        null = rng.random() < 0.2
        payer = g.payer(c, rng.choice(["own", "own", "truncated", "parent"] if null else ["own"]))
        ref, ch = g.ref_with(cur, payer, rng.choice(["PAGO FACTURAS", "PAGO PROVEEDOR", None, "VER AVISO"]), set())
        if not noise_ok(remit, g.cores, {core(i["number"]) for i in sel}):
            continue
        apps = [(i["id"], g.bal[i["id"]]) for i in sel]
        g.emit(P(cur, amt, payer, None if null else c["id"], ref, remit),
               g.L("applied", cur, amt, apps, 0, "remittance lists %d invoices whose open balances add up to the payment"
                   % k, "multi_invoice_remittance", "%d invoices listed%s" % (k, "; customer_id null" if null else "")))
        g.apply(apps)
        return True
    return False


def multi_sum_no_ref(g):
    smalls = [c for c in g.customers if c["small"] and c["id"] not in g.used_small]
    rng.shuffle(smalls)
    for c in smalls:
        op = sorted(g.open_of(c["id"], c["cur"]), key=lambda i: i["number"])
        if len(op) < 2:
            continue
        g.used_small.add(c["id"])
        cur = c["cur"]
        amt = sum(g.bal[i["id"]] for i in op)
        payer = g.payer(c, rng.choice(["own", "truncated"]))
        ref, ch = g.ref_with(cur, payer, rng.choice(["PAGO PROVEEDOR", "PAGO SALDO", None, "LIQUIDACION CUENTA"]), set())
        apps = [(i["id"], g.bal[i["id"]]) for i in op]
        g.emit(P(cur, amt, payer, c["id"], ref, None),
               g.L("applied", cur, amt, apps, 0, "no invoice named; amount equals the sum of all %d open %s invoices of "
                   "the customer" % (len(op), cur), "multi_invoice_exact_sum", "%d invoices, whole statement" % len(op)))
        g.apply(apps)
        for i in op:
            g.touched.add(i["id"])
        return True
    return False


def amount_only(g, typo=False):
    for _ in range(200):
        inv = rng.choice(g._untouched())
        c = g.cust[inv["customer_id"]]
        cur, amt = inv["currency"], g.bal[inv["id"]]
        hits = g.subset_hits(c["id"], cur, amt)
        if len(hits) != 1 or hits[0] != (inv,):
            continue
        g.touched.add(inv["id"])
        payer = g.payer(c, rng.choice(["own", "truncated", "trading"]))
        if typo:
            bad = typo_number(g, inv["number"])
            if not bad:
                continue
            tok = spell(bad, rng.choice(["canonical", "no_prefix", "no_leading_zero"]))
            ref, ch = g.ref_with(cur, payer, tok, {bad[3:].lstrip("0")})
            note = "typo %s for %s; amount unique for customer" % (tok, inv["number"])
            scen, why = "typo_reference_applied", "reference %s matches no invoice; amount equals exactly one open " \
                                                   "invoice of the customer (%s, one keystroke away)" % (tok, inv["number"])
        else:
            ref, ch = g.ref_with(cur, payer, rng.choice(["PAGO PROVEEDOR", "PAGO", None, "TRANSFERENCIA"]), set())
            note, scen = "no reference; unique amount", "amount_only_unique"
            why = "no invoice named; amount equals exactly one open invoice of the customer and no combination"
        g.emit(P(cur, amt, payer, c["id"], ref, None),
               g.L("applied", cur, amt, [(inv["id"], amt)], 0, why, scen, note))
        g.apply([(inv["id"], amt)])
        return True
    return False


def typo_number(g, number):
    d = number[3:]
    for _ in range(30):
        kind = rng.choice(["swap", "sub", "drop"])
        i = rng.randrange(2, len(d) - 1)
        if kind == "swap":
            if d[i] == d[i + 1]:
                continue
            nd = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        elif kind == "sub":
            nd = d[:i] + rng.choice([x for x in "0123456789" if x != d[i]]) + d[i + 1:]
        else:
            nd = d[:i] + d[i + 1:]
            nd = nd.zfill(7)
        n = PREFIX + nd
        if n not in g.numbers and nd.lstrip("0") not in g.cores:
            return n
    return None
