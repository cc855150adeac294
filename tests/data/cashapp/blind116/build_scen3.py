"""Scenario generators, part 3: names, review cases, bad rows."""
from build_common import rng, fmt, human, bankname, EXP, core
from build_text import spell
from build_scen import P, _ref_for, typo_number
from build_payments import RATE, UNKNOWN_PAYERS


def by_due(invs):
    return sorted(invs, key=lambda i: (i["due_date"], i["number"]))


def payer_differs(g, kind):
    inv = g.pick()
    if not inv:
        return False
    c = g.cust[inv["customer_id"]]
    cur, amt = inv["currency"], g.bal[inv["id"]]
    payer = g.payer(c, kind)
    style = rng.choice(["canonical", "no_dash", "no_leading_zero", "word_factura", "no_prefix"])
    ref, ch, tok = _ref_for(g, inv, c, style, payer)
    g.emit(P(cur, amt, payer, None, ref, None),
           g.L("applied", cur, amt, [(inv["id"], amt)], 0, "payer %r is not the customer name and the bank gives no "
               "customer id, but reference %s names %s and the amount equals its balance" % (payer, tok, inv["number"]),
               "payer_name_differs", "payer=%s (%s) customer=%s" % (kind, payer, c["name"])))
    g.apply([(inv["id"], amt)])
    return True


def unknown_amount_match(g):
    for _ in range(100):
        inv = rng.choice(g._untouched())
        cur, amt = inv["currency"], g.bal[inv["id"]]
        if len(g.global_hits(cur, amt)) != 1:
            continue
        g.touched.add(inv["id"])
        c = g.cust[inv["customer_id"]]
        known = rng.random() < 0.5
        payer = c["trading"] if known else rng.choice(UNKNOWN_PAYERS)
        ref, ch = g.ref_with(cur, payer, rng.choice([None, "PAGO", "TRANSFERENCIA"]), set())
        g.emit(P(cur, amt, payer, None, ref, None),
               g.L("review", cur, amt, [], amt, "no customer id and no invoice named; the amount equals %s of %s, but "
                   "nothing ties this payer to it" % (inv["number"], c["name"]), "unidentified_payer_amount_match",
                   "payer %s; exact amount match only" % ("trading name" if known else "unrelated name"),
                   cands=[{"invoice_ids": [inv["id"]]}]))
        return True
    return False


def typo_review_null(g):
    for _ in range(100):
        inv = rng.choice(g._untouched())
        cur, amt = inv["currency"], g.bal[inv["id"]]
        if len(g.global_hits(cur, amt)) != 1:
            continue
        bad = typo_number(g, inv["number"])
        if not bad:
            continue
        g.touched.add(inv["id"])
        c = g.cust[inv["customer_id"]]
        payer = g.payer(c, rng.choice(["own", "truncated", "trading"]))
        tok = spell(bad, rng.choice(["canonical", "no_dash", "no_leading_zero"]))
        ref, ch = g.ref_with(cur, payer, tok, {bad[3:].lstrip("0")})
        g.emit(P(cur, amt, payer, None, ref, None),
               g.L("review", cur, amt, [], amt, "reference %s matches no invoice and the bank gives no customer id; "
                   "the amount equals %s (one keystroke from the reference)" % (tok, inv["number"]),
                   "typo_reference_review", "typo %s for %s; customer_id null" % (tok, inv["number"]),
                   cands=[{"invoice_ids": [inv["id"]]}]))
        return True
    return False


def typo_conflict(g):
    while g.typo_pairs:
        x, y = g.typo_pairs.pop()
        cur, amt = x["currency"], g.bal[x["id"]]
        if g.bal[y["id"]] == amt or g.bal[y["id"]] == 0 or amt == 0:
            continue
        if [h for h in g.subset_hits(x["customer_id"], cur, amt) if h != (x,)]:
            continue
        c = g.cust[x["customer_id"]]
        payer = g.payer(c)
        tok = spell(y["number"], rng.choice(["canonical", "no_dash", "no_leading_zero"]))
        ref, ch = g.ref_with(cur, payer, tok, {core(y["number"])})
        g.emit(P(cur, amt, payer, c["id"], ref, None),
               g.L("review", cur, amt, [], amt, "reference names %s but the amount is exactly the balance of %s, one "
                   "keystroke away; which invoice was meant is unclear" % (y["number"], x["number"]),
                   "typo_reference_conflict", "reference %s, amount fits %s" % (y["number"], x["number"]),
                   cands=[{"invoice_ids": [x["id"]]}, {"invoice_ids": [y["id"]]}]))
        return True
    return False


def other_customer_ref(g):
    for _ in range(100):
        inv = rng.choice(g._untouched())
        cur, amt = inv["currency"], g.bal[inv["id"]]
        others = [c for c in g.customers if c["id"] != inv["customer_id"] and not c["small"]
                  and (c["cur"] == cur or (cur == "USD" and c["usd"]))]
        a = rng.choice(others)
        if g.subset_hits(a["id"], cur, amt):
            continue
        g.touched.add(inv["id"])
        payer = g.payer(a)
        tok = spell(inv["number"], rng.choice(["canonical", "no_dash", "no_leading_zero"]))
        ref, ch = g.ref_with(cur, payer, tok, {core(inv["number"])})
        g.emit(P(cur, amt, payer, a["id"], ref, None),
               g.L("review", cur, amt, [], amt, "payment from %s names %s, an invoice of %s" % (a["name"], inv["number"],
                   inv["customer_name"]), "reference_other_customer", "payer customer differs from invoice customer",
                   cands=[{"invoice_ids": [inv["id"]]}]))
        return True
    return False


def same_amount(g, with_ref):
    while g.pairs:
        a, b = g.pairs.pop()
        cur, amt = a["currency"], g.bal[a["id"]]
        if g.bal[b["id"]] != amt:
            continue
        hits = g.subset_hits(a["customer_id"], cur, amt)
        if sorted(h[0]["id"] for h in hits) != sorted([a["id"], b["id"]]) or any(len(h) > 1 for h in hits):
            continue
        c = g.cust[a["customer_id"]]
        payer = g.payer(c)
        if with_ref:
            t = rng.choice([a, b])
            tok = spell(t["number"], rng.choice(["canonical", "no_dash", "no_leading_zero", "no_prefix"]))
            ref, ch = g.ref_with(cur, payer, tok, {core(t["number"])})
            other = b if t is a else a
            g.emit(P(cur, amt, payer, c["id"], ref, None),
                   g.L("applied", cur, amt, [(t["id"], amt)], 0, "two open invoices carry this amount; reference %s picks %s"
                       % (tok, t["number"]), "same_amount_with_reference", "twin %s stays open" % other["number"]))
            g.apply([(t["id"], amt)])
        else:
            ref, ch = g.ref_with(cur, payer, rng.choice([None, "PAGO PROVEEDOR", "PAGO"]), set())
            g.emit(P(cur, amt, payer, c["id"], ref, None),
                   g.L("review", cur, amt, [], amt, "no invoice named and two open invoices (%s, %s) carry exactly this "
                       "amount" % (a["number"], b["number"]), "same_amount_ambiguous", "twins, earliest due first",
                       cands=[{"invoice_ids": [i["id"]]} for i in by_due([a, b])]))
        return True
    return False


def currency_mismatch(g):
    usd_to_local = rng.random() < 0.75
    for _ in range(100):
        if usd_to_local:
            inv = g.pick(lambda i: i["currency"] == "USD")
        else:
            inv = g.pick(lambda i: i["currency"] != "USD")
        if not inv:
            return False
        c = g.cust[inv["customer_id"]]
        bal = g.bal[inv["id"]]
        if usd_to_local:
            pcur = c["cur"]
            rate = round(rng.uniform(*RATE[pcur]), 4)
            amt = int(round(bal * rate)) if EXP[pcur] == 2 else int(round(bal * rate / 100))
            if pcur == "COP":
                amt -= amt % 100
            remit = "PAGO FACTURA %s USD %s AL TIPO DE CAMBIO %s = %s %s" % (
                spell(inv["number"], "canonical"), human(bal, "USD"), rate, pcur,
                human(amt, pcur, "br" if pcur == "BRL" else "mx"))
            if pcur == "BRL":
                remit = "PAGAMENTO NF %s USD %s PTAX %s = R$ %s" % (inv["number"], human(bal, "USD", "br"), rate,
                                                                   human(amt, pcur, "br"))
        else:
            pcur = "USD"
            rate = round(rng.uniform(*RATE[inv["currency"]]), 4)
            amt = int(round(bal / rate)) if EXP[inv["currency"]] == 2 else int(round(bal * 100 / rate))
            remit = "PAYMENT INVOICE %s %s %s CONVERTED AT %s" % (inv["number"], inv["currency"],
                                                                 human(bal, inv["currency"]), rate)
        if g.subset_hits(c["id"], pcur, amt) or not g.global_hits(pcur, amt) == []:
            continue
        payer = g.payer(c, rng.choice(["own", "parent"]))
        tok = spell(inv["number"], rng.choice(["canonical", "no_leading_zero"]))
        ref, ch = g.ref_with(pcur, payer, tok, {core(inv["number"])})
        g.emit(P(pcur, amt, payer, c["id"], ref, remit),
               g.L("review", pcur, amt, [], amt, "reference names %s, a %s invoice, but the payment is in %s; cash "
                   "cannot be applied across currencies" % (inv["number"], inv["currency"], pcur),
                   "currency_mismatch", "%s invoice paid in %s at rate %s" % (inv["currency"], pcur, rate),
                   cands=[{"invoice_ids": [inv["id"]]}]))
        return True
    return False


def unapplied_known(g):
    for _ in range(100):
        c = rng.choice([c for c in g.customers if not c["small"]])
        cur = c["cur"]
        amt = rng.choice([int(rng.uniform(0.05, 1.0) * 10 ** 5) * 10 ** EXP[cur] * (10 if cur in ("COP", "CLP", "ARS") else 1),
                          int(rng.uniform(1000, 90000) * 10 ** EXP[cur]) * (1000 if cur in ("COP", "CLP", "ARS") else 1)])
        if cur == "COP":
            amt -= amt % 100
        if amt <= 0 or g.subset_hits(c["id"], cur, amt):
            continue
        payer = g.payer(c, rng.choice(["own", "truncated"]))
        txt = rng.choice(["ANTICIPO PEDIDO OC 45%s" % "".join(rng.choice("23456789") for _ in range(8)),
                          "PAGO A CUENTA", None, "PAGO PROVEEDOR", "ADIANTAMENTO PEDIDO" if cur == "BRL" else "ANTICIPO"])
        ref, ch = g.ref_with(cur, payer, txt, set())
        g.emit(P(cur, amt, payer, c["id"], ref, None),
               g.L("unapplied", cur, amt, [], amt, "known customer; no invoice named and the amount fits no open "
                   "invoice or combination; held on account", "unapplied_known_customer", txt or "no text"))
        return True
    return False


def review_unknown(g):
    for _ in range(100):
        cur = rng.choice(["MXN", "BRL", "COP", "CLP", "PEN", "ARS", "USD"])
        amt = int(rng.uniform(500, 80000) * 10 ** EXP[cur]) * (1000 if cur in ("COP", "CLP", "ARS") else 1)
        if cur == "COP":
            amt -= amt % 100
        if g.global_hits(cur, amt):
            continue
        payer = rng.choice(UNKNOWN_PAYERS)
        ref, ch = g.ref_with(cur, payer, rng.choice([None, "PAGO", "DEPOSITO"]), set())
        g.emit(P(cur, amt, payer, None, ref, None),
               g.L("review", cur, amt, [], amt, "unknown payer, no customer id, no invoice named, amount fits no open "
                   "invoice", "unknown_payer_no_match", "nothing to go on", cands=[]))
        return True
    return False


BAD = [("amount", "N/A", "amount is not a number"), ("amount", "-15230.00", "amount is negative"),
       ("amount", "12O45.00", "amount is not a number (letter O)"), ("currency", None, "currency missing"),
       ("currency", "MXP", "currency code MXP is not valid"), ("date", "2026-02-30", "date 2026-02-30 does not exist"),
       ("date", "15/03/2026", "date is not ISO yyyy-mm-dd")]


def bad_row(g, k):
    field, val, err = BAD[k]
    inv = g.pick()
    c = g.cust[inv["customer_id"]]
    cur, amt = inv["currency"], g.bal[inv["id"]]
    tok = spell(inv["number"], "canonical")
    p = P(cur, amt, g.payer(c), c["id"], tok, None)
    if field in ("amount", "currency"):
        p[field] = val
    g.emit(p, dict(status="review", applications=[], unapplied=None, short_pay=None, candidates=[],
                   reason="malformed payment row: " + err, scenario="bad_row", note="bad %s" % field, error=err))
    if field == "date":
        g.out[-1][0]["_baddate"] = val
    return True
