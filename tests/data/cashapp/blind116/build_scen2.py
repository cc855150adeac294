"""Scenario generators, part 2: part pays, short pays, overpays, duplicates."""
from build_common import rng, fmt, human, EXP, core
from build_text import spell
from build_scen import P, _ref_for

STY = lambda cur: "br" if cur == "BRL" else "mx"


def part_payment(g):
    inv = g.pick(lambda i: g.bal[i["id"]] >= 1000 * 10 ** EXP[i["currency"]] // 10)
    if not inv:
        return False
    c = g.cust[inv["customer_id"]]
    cur, bal = inv["currency"], g.bal[inv["id"]]
    amt = int(bal * rng.choice([0.25, 0.3, 1 / 3, 0.4, 0.5, 0.6]))
    if cur == "COP":
        amt -= amt % 100
    tok = spell(inv["number"], rng.choice(["canonical", "no_dash", "no_leading_zero"]))
    remit = rng.choice(["ABONO PARCIAL A FACTURA %s" % tok, "PAGO PARCIAL %s, SALDO EN PROXIMA QUINCENA" % tok,
                        "PAGO A CUENTA DE LA FACTURA %s" % tok, "PARCELA 1/3 REF NF %s" % tok,
                        "PRIMER PAGO PARCIAL FACT %s" % tok])
    payer = g.payer(c)
    ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
    g.emit(P(cur, amt, payer, c["id"], ref, remit),
           g.L("partial", cur, amt, [(inv["id"], amt)], 0, "remittance states a part payment of %s" % inv["number"],
               "part_payment", "stated part payment; %s left open" % fmt(bal - amt, cur)))
    g.apply([(inv["id"], amt)])
    g.part_log.append(inv)
    return True


def part_followup(g):
    if not g.part_log:
        return False
    inv = g.part_log.pop(0)
    c = g.cust[inv["customer_id"]]
    cur, amt = inv["currency"], g.bal[inv["id"]]
    tok = spell(inv["number"], rng.choice(["canonical", "no_prefix", "prefix_no_zero"]))
    payer = g.payer(c)
    ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
    remit = rng.choice(["SALDO FACTURA %s" % tok, "LIQUIDACION SALDO %s" % tok, None])
    g.emit(P(cur, amt, payer, c["id"], ref, remit),
           g.L("applied", cur, amt, [(inv["id"], amt)], 0, "pays the remaining balance of %s after an earlier part "
               "payment" % inv["number"], "part_payment_remainder", "second instalment clears the invoice"))
    g.apply([(inv["id"], amt)])
    return True


FEES = {"MXN": (8000, 45000), "BRL": (850, 3500), "COP": (1200000, 4500000), "CLP": (3500, 18000),
        "PEN": (700, 3500), "ARS": (150000, 900000), "USD": (1500, 4500)}


def short_deduction(g, kind):
    if kind == "detraccion":
        cond = lambda i: i["currency"] == "PEN" and g.bal[i["id"]] > 70000
    elif kind == "withholding":
        cond = lambda i: i["currency"] in ("MXN", "COP", "ARS", "BRL", "PEN")
    else:
        cond = lambda i: g.bal[i["id"]] > 50 * FEES[i["currency"]][1]
    inv = g.pick(cond)
    if not inv:
        return False
    c = g.cust[inv["customer_id"]]
    cur, bal = inv["currency"], g.bal[inv["id"]]
    tok = spell(inv["number"], rng.choice(["canonical", "no_dash", "no_leading_zero", "no_prefix"]))
    st = STY(cur)
    if kind == "bank_fee":
        ded = rng.randint(*FEES[cur])
        if cur == "COP":
            ded -= ded % 100
        text = rng.choice(["COMISION BANCARIA %s %s DESCONTADA" % (cur, human(ded, cur, st)),
                           "BANK CHARGES %s %s DEDUCTED" % (cur, human(ded, cur, st)),
                           "GASTOS BANCARIOS POR %s" % human(ded, cur, st)])
        reason = "bank_fee"
    elif kind == "withholding":
        pct = {"MXN": ("RETENCION IVA", 0.04), "COP": ("RETEFUENTE", 0.025), "ARS": ("RETENCION IIBB", 0.03),
               "BRL": ("RETENCAO IRRF", 0.015), "PEN": ("RETENCION IGV", 0.03)}[cur]
        ded = int(round(bal * pct[1]))
        if cur == "COP":
            ded -= ded % 100
        text = "%s %s%% %s %s" % (pct[0], ("%g" % (pct[1] * 100)), cur, human(ded, cur, st))
        if cur == "MXN" and rng.random() < 0.4:
            text = "RETENCION ISR %s" % human(ded, cur, st)
        reason = "withholding_tax"
    elif kind == "detraccion":
        ded = int(round(bal * 0.12 / 100.0)) * 100          # whole soles
        text = "DETRACCION 12%% S/ %s DEPOSITADA CTA BN 00-%s" % (human(ded, cur), "".join(rng.choice("23456789") for _ in range(9)))
        reason = "withholding_tax"
    elif kind == "discount":
        pct = rng.choice([0.01, 0.015, 0.02, 0.03])
        ded = int(round(bal * pct))
        if cur == "COP":
            ded -= ded % 100
        text = rng.choice(["DESCUENTO PRONTO PAGO %g%% %s" % (pct * 100, human(ded, cur, st)),
                           "DESCONTO ANTECIPACAO %g%% R$ %s" % (pct * 100, human(ded, cur, st)) if cur == "BRL"
                           else "DTO PRONTO PAGO %s" % human(ded, cur, st)])
        reason = "early_payment_discount"
    else:
        ded = int(bal * rng.uniform(0.01, 0.08))
        if cur == "COP":
            ded -= ded % 100
        n = rng.randint(1, 6)
        text = rng.choice(["NOTA DE DEBITO %d TAMBORES DANADOS %s" % (n, human(ded, cur, st)),
                           "DESCUENTO POR PRODUCTO DANADO (%d IBC) %s" % (n, human(ded, cur, st)),
                           "AVARIA NA ENTREGA %d BOMBONAS R$ %s" % (n, human(ded, cur, st)) if cur == "BRL"
                           else "MERCANCIA DANADA EN TRANSPORTE %s" % human(ded, cur, st)])
        reason = "damaged_goods"
    amt = bal - ded
    remit = "PAGO FACTURA %s %s MENOS %s = %s" % (tok, human(bal, cur, st), text, human(amt, cur, st))
    payer = g.payer(c)
    ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
    g.emit(P(cur, amt, payer, c["id"], ref, remit),
           g.L("partial", cur, amt, [(inv["id"], amt)], 0, "short pay of %s with a stated %s of %s"
               % (inv["number"], reason.replace("_", " "), fmt(ded, cur)), "short_pay_" + kind, text,
               short={"invoice_id": inv["id"], "amount": fmt(ded, cur), "reason": reason}))
    g.apply([(inv["id"], amt)])
    if kind == "detraccion":
        g.detr_log.append(inv)
    return True


def detraccion_deposit(g):
    if not g.detr_log:
        return False
    inv = g.detr_log.pop(0)
    c = g.cust[inv["customer_id"]]
    cur, amt = inv["currency"], g.bal[inv["id"]]
    tok = spell(inv["number"], rng.choice(["canonical", "no_leading_zero", "word_factura"]))
    ref = "DEPOSITO DETRACCION BN CONST %s FACT %s" % ("".join(rng.choice("23456789") for _ in range(8)), tok)
    payer = g.payer(c)
    g.emit(P(cur, amt, payer, c["id"], ref, None),
           g.L("applied", cur, amt, [(inv["id"], amt)], 0, "detraccion deposit for %s equals its remaining balance"
               % inv["number"], "detraccion_deposit", "Banco de la Nacion detraccion deposit clears the invoice"))
    g.apply([(inv["id"], amt)])
    return True


def short_unexplained(g, fx=False):
    inv = g.pick((lambda i: i["currency"] == "USD") if fx else (lambda i: True))
    if not inv:
        return False
    c = g.cust[inv["customer_id"]]
    cur, bal = inv["currency"], g.bal[inv["id"]]
    if fx:
        ded = int(bal * rng.uniform(0.004, 0.025))
        text = rng.choice(["DIFERENCIA EN CAMBIO USD %s" % human(ded, cur), "AJUSTE POR TIPO DE CAMBIO %s" % human(ded, cur),
                           "VARIACAO CAMBIAL USD %s" % human(ded, cur, "br") if c["country"] == "BR"
                           else "DIF. CAMBIARIA USD %s" % human(ded, cur)])
        tok = spell(inv["number"], "canonical")
        remit = "PAGO FACTURA %s USD %s - %s" % (tok, human(bal, cur), text)
        reason, scen = "fx_difference", "fx_shortfall"
    else:
        ded = rng.choice([int(bal * rng.uniform(0.001, 0.06)), rng.choice([100, 500, 1000, 5000]) * 10 ** EXP[cur]])
        if cur == "COP":
            ded = max(100, ded - ded % 100)
        if ded >= bal:
            ded = bal // 20
        tok = spell(inv["number"], rng.choice(["canonical", "no_dash", "no_leading_zero"]))
        remit, reason, scen, text = None, "unexplained", "short_pay_unexplained", "shortfall not explained"
    amt = bal - ded
    payer = g.payer(c)
    ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
    g.emit(P(cur, amt, payer, c["id"], ref, remit),
           g.L("partial", cur, amt, [(inv["id"], amt)], 0, "reference %s; payment %s short of the balance (%s)"
               % (inv["number"], fmt(ded, cur), reason.replace("_", " ")), scen, text,
               short={"invoice_id": inv["id"], "amount": fmt(ded, cur), "reason": reason}))
    g.apply([(inv["id"], amt)])
    return True


def overpayment(g):
    inv = g.pick()
    if not inv:
        return False
    c = g.cust[inv["customer_id"]]
    cur, bal = inv["currency"], g.bal[inv["id"]]
    if inv["total"] > bal:
        amt, note = inv["total"], "paid the invoice total, ignoring an earlier part payment"
    else:
        extra = int(bal * rng.uniform(0.01, 0.2))
        if cur == "COP":
            extra = max(100, extra - extra % 100)
        amt, note = bal + extra, "paid more than the balance"
    payer = g.payer(c)
    tok = spell(inv["number"], rng.choice(["canonical", "no_dash", "no_leading_zero", "word_factura"]))
    ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
    g.emit(P(cur, amt, payer, c["id"], ref, None),
           g.L("unapplied", cur, amt, [(inv["id"], bal)], amt - bal, "reference %s; payment exceeds its balance by %s, "
               "remainder held on account" % (inv["number"], fmt(amt - bal, cur)), "overpayment", note))
    g.apply([(inv["id"], bal)])
    return True


def duplicate(g):
    while g.paid_log:
        inv, amt, payer = g.paid_log.pop(rng.randrange(len(g.paid_log)))
        c = g.cust[inv["customer_id"]]
        cur = inv["currency"]
        if g.subset_hits(c["id"], cur, amt):
            continue
        tok = spell(inv["number"], rng.choice(["canonical", "no_dash", "no_leading_zero"]))
        ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
        g.emit(P(cur, amt, payer, c["id"], ref, None),
               g.L("unapplied", cur, amt, [], amt, "reference %s names an invoice already paid in full by an earlier "
                   "payment; held as unapplied cash" % inv["number"], "duplicate_payment", "second payment of a paid invoice"))
        return True
    return False
