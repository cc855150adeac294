"""Part 4 of build.py: one function per scenario. Each returns (payment, label) and updates g's state."""
from build_common import fmt, human, RANGES, DECIMALS
from build_scen import Skip
from build_text import spell, reference, known_id_channel, digits

CODE = {"JPY": "JPY", "KRW": "KRW", "TWD": "TWD", "HKD": "HKD", "CNY": "CNY", "USD": "USD"}


def _place(g, ch, numtxt, payer, rem_lines=None):
    """Put the invoice number into the bank reference or into the remittance advice."""
    if g.rng.random() < 0.7 or ch == "zengin":
        return reference(g.rng, ch, numtxt, payer), ("\n".join(rem_lines) if rem_lines else None)
    lines = [f"Payment advice: {numtxt}"] + (rem_lines or [])
    return reference(g.rng, ch, None, payer), "\n".join(lines)


def clean_ref(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    amt = g.bal[i["id"]]
    known = g.rng.random() < 0.85
    ch = g.channel(c, cur, want_known=True if known else None)
    payer = c["name"] if not known else g.payer_for(c, ch, True)
    if not known and ch == "zengin":
        ch = "tt" if cur != "JPY" else "densai"
    numtxt = spell(g.rng, i["_numeral"])
    ref, rem = _place(g, ch, numtxt, payer)
    g.apply([(i["id"], amt)])
    how = "customer_id" if known else "payer name equals customer name"
    return g.pay(c, cur, amt, payer, known, ref, rem), g.label(
        "applied", cur, amt, [(i["id"], amt)], reason=f"reference names {i['number']} and amount equals its balance",
        scen="clean_ref_exact", note=f"{ch}; number spelled '{numtxt}'; customer by {how}")


def payer_alias(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    amt = g.bal[i["id"]]
    kind, name = g.alias(c)
    ch = "zengin" if kind == "kana" and cur == "JPY" else g.channel(c, cur, want_known=False)
    if kind == "kana" and cur != "JPY":
        raise Skip
    numtxt = spell(g.rng, i["_numeral"])
    ref, rem = _place(g, ch, numtxt, name)
    g.apply([(i["id"], amt)])
    return g.pay(c, cur, amt, name, False, ref, rem), g.label(
        "applied", cur, amt, [(i["id"], amt)],
        reason=f"no customer_id; reference names {i['number']} and amount equals its balance exactly",
        scen="payer_name_differs", note=f"payer '{name}' is a {kind} name of {c['name']}; {ch}")


def multi_listed(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    k = g.rng.randint(2, 5)
    pool = [i for i in g.open_of(c["id"], cur) if i["id"] not in g.reserved and i["id"] not in g.touched]
    if len(pool) < k + 2:
        raise Skip
    sel = g.rng.sample(pool, k)
    amt = sum(g.bal[i["id"]] for i in sel)
    known = g.rng.random() < 0.7
    ch = g.channel(c, cur, want_known=True if known else False)
    payer = g.payer_for(c, ch, known) if known else g.alias(c)[1]
    if ch == "zengin" and not known:
        payer = g.payer_for(c, ch, False)
    lines = [f"{spell(g.rng, i['_numeral'], ocr_ok=False)}  {CODE[cur]} {human(cur, g.bal[i['id']])}" for i in sel]
    rem = "Remittance advice\n" + "\n".join(lines) + f"\nTotal {CODE[cur]} {human(cur, amt)}"
    ref = reference(g.rng, ch, None, payer)
    apps = [(i["id"], g.bal[i["id"]]) for i in sel]
    g.apply(apps)
    apps.sort(key=lambda a: (g.inv[a[0]]["due_date"], g.inv[a[0]]["_numeral"]))
    return g.pay(c, cur, amt, payer, known, ref, rem), g.label(
        "applied", cur, amt, apps, reason=f"remittance lists {k} invoices whose balances add up to the payment",
        scen="multi_invoice_listed", note=f"{ch}; customer {'by id' if known else 'only through the listed invoices'}")


def multi_unlisted(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    k = g.rng.randint(2, 4)
    pool = [i for i in g.open_of(c["id"], cur) if i["id"] not in g.reserved and i["id"] not in g.touched]
    if len(pool) < k + 2:
        raise Skip
    sel = sorted(g.rng.sample(pool, k), key=lambda i: i["due_date"])[:k]
    amt = sum(g.bal[i["id"]] for i in sel)
    subs = g.exact_subsets(c["id"], cur, amt)
    if len(subs) != 1:
        raise Skip
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    ref = reference(g.rng, ch, None, payer)
    rem = g.rng.choice([None, "Monthly settlement", "月末締め支払", "3월분 결제", "货款结算", "Statement payment"])
    apps = [(i["id"], g.bal[i["id"]]) for i in sel]
    g.apply(apps)
    apps.sort(key=lambda a: (g.inv[a[0]]["due_date"], g.inv[a[0]]["_numeral"]))
    return g.pay(c, cur, amt, payer, True, ref, rem), g.label(
        "applied", cur, amt, apps, reason=f"no invoice number; amount is the sum of exactly one set of {k} open invoices of the customer",
        scen="multi_invoice_unlisted_sum", note=f"{ch}; unique subset of open balances")


def noref_exact(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    amt = g.bal[i["id"]]
    if len(g.exact_subsets(c["id"], cur, amt)) != 1:
        raise Skip
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    g.apply([(i["id"], amt)])
    return g.pay(c, cur, amt, payer, True, reference(g.rng, ch, None, payer), None), g.label(
        "applied", cur, amt, [(i["id"], amt)], reason=f"no invoice number; amount equals the balance of {i['number']} and no other combination",
        scen="exact_amount_no_reference", note=ch)


PART_WORDS = ["Part payment {n}", "Partial payment for {n}", "1st instalment {n}", "Installment 1 of 3 - {n}",
              "内金 {n}", "分期付款 {n}", "부분입금 {n}"]


def part_payment(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur, lambda i: g.bal[i["id"]] >= RANGES[i["currency"]][0] * 4)
    bal = g.bal[i["id"]]
    step = RANGES[cur][2] * (100 if DECIMALS[cur] else 1000)
    amt = int(bal * g.rng.choice([0.25, 0.3, 1 / 3, 0.4, 0.5])) // step * step
    if amt <= 0 or amt >= bal:
        raise Skip
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    numtxt = spell(g.rng, i["_numeral"], ocr_ok=False)
    rem = g.rng.choice(PART_WORDS).format(n=numtxt) + f"\nAmount {CODE[cur]} {human(cur, amt)}"
    g.apply([(i["id"], amt)])
    return g.pay(c, cur, amt, payer, True, reference(g.rng, ch, None, payer), rem), g.label(
        "partial", cur, amt, [(i["id"], amt)], reason=f"remittance says part payment of {i['number']}; balance {fmt(cur, bal - amt)} stays open",
        scen="part_payment", note=ch)


def _deduction(g, cur, bal):
    """(reason, shortfall, text line)."""
    r = g.rng.random()
    if r < 0.35:
        fee = {"JPY": g.rng.choice([440, 660, 880]), "KRW": g.rng.choice([10000, 15000, 20000]),
               "TWD": g.rng.choice([3000, 10000, 30000]), "HKD": g.rng.choice([5000, 12000, 15000]),
               "CNY": g.rng.choice([5000, 15000, 20000]), "USD": g.rng.choice([1500, 2000, 2500, 3500, 4500])}[cur]
        line = {"JPY": f"振込手数料 {human(cur, fee)}円 差引", "KRW": f"송금수수료 KRW {human(cur, fee)} 차감",
                "TWD": f"扣除匯費 NT$ {human(cur, fee)}", "HKD": f"Less bank charges HKD {human(cur, fee)}",
                "CNY": f"扣除银行手续费 CNY {human(cur, fee)}",
                "USD": f"Less intermediary bank charges USD {human(cur, fee)}"}[cur]
        return "bank charges", fee, line
    if r < 0.55:
        pct = g.rng.choice([10, 5, 3])
        wht = bal * pct // 100
        if DECIMALS[cur] == 0 and cur == "KRW":
            wht = wht // 10 * 10
        if g.rng.random() < 0.5 and (bal * pct) % 100 == 0 and (cur != "KRW" or wht % 10 == 0):
            return "withholding tax", wht, f"Less {pct}% withholding tax"
        return "withholding tax", wht, f"Withholding tax {pct}% deducted: {CODE[cur]} {human(cur, wht)}"
    if r < 0.75:
        pct = g.rng.choice([1, 2])
        disc = bal * pct // 100
        if (bal * pct) % 100 == 0 and g.rng.random() < 0.5:
            return "early payment discount", disc, f"Less {pct}% early payment discount"
        return "early payment discount", disc, f"{pct}% prompt payment discount taken {CODE[cur]} {human(cur, disc)}"
    step = RANGES[cur][2]
    dmg = int(bal * g.rng.uniform(0.04, 0.2)) // step * step
    return "damaged goods", dmg, g.rng.choice([f"Deducted {CODE[cur]} {human(cur, dmg)} for damaged goods (RMA 7781)",
                                                f"Less {CODE[cur]} {human(cur, dmg)} credit for defective units, see claim"])


def short_stated(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur, lambda i: g.bal[i["id"]] >= RANGES[i["currency"]][0] * 2)
    bal = g.bal[i["id"]]
    reason, short, line = _deduction(g, cur, bal)
    if short <= 0 or short >= bal:
        raise Skip
    amt = bal - short
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    numtxt = spell(g.rng, i["_numeral"], ocr_ok=False)
    rem = f"Invoice {numtxt}  {CODE[cur]} {human(cur, bal)}\n{line}\nNet paid {CODE[cur]} {human(cur, amt)}"
    g.apply([(i["id"], amt)])
    return g.pay(c, cur, amt, payer, True, reference(g.rng, ch, None, payer), rem), g.label(
        "partial", cur, amt, [(i["id"], amt)], short=(i["id"], short, reason),
        reason=f"{i['number']} paid less a stated deduction ({reason}) equal to the shortfall",
        scen="short_pay_stated", note=f"{ch}; '{line}'")


def short_unexplained(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur, lambda i: g.bal[i["id"]] >= RANGES[i["currency"]][0] * 2)
    bal = g.bal[i["id"]]
    zengin = cur == "JPY" and g.rng.random() < 0.5
    if zengin:
        short = g.rng.choice([440, 660, 880])
        known = False
        ch = "zengin"
        payer = g.payer_for(c, ch, False)
    else:
        step = RANGES[cur][2]
        short = max(step, int(bal * g.rng.uniform(0.01, 0.3)) // step * step)
        known = g.rng.random() < 0.75
        ch = g.channel(c, cur, want_known=known)
        payer = g.payer_for(c, ch, known) if known else g.alias(c)[1]
    amt = bal - short
    numtxt = spell(g.rng, i["_numeral"])
    ref, rem = _place(g, ch, numtxt, payer)
    if known:
        cands = g.ref_review_cands(c["id"], cur, amt, [i["id"]])
    else:
        cands = g.ref_review_cands(c["id"], cur, amt, [i["id"]])
    return g.pay(c, cur, amt, payer, known, ref, rem), g.label(
        "review", cur, amt, unapplied=amt, cands=cands,
        reason=f"reference names {i['number']} but the payment is {fmt(cur, short)} short with no stated reason",
        scen="short_pay_unexplained",
        note=("zengin payer probably deducted the transfer fee (振込手数料) without saying so; no customer_id" if zengin
              else f"{ch}; customer {'by id' if known else 'not identified by the bank'}"))


def fx_shortfall(g):
    c = g.pick_customer(lambda c: "USD" in c["currencies"] and c["country"] in ("CN", "KR", "JP", "TW", "HK"))
    cur = "USD"
    i = g.pick_invoice(c, cur, lambda i: g.bal[i["id"]] >= 200000)
    bal = g.bal[i["id"]]
    short = int(bal * g.rng.uniform(0.004, 0.03))
    amt = bal - short
    local = c["currencies"][0]
    rate = {"CNY": 7.1834, "KRW": 1387.2, "JPY": 149.63, "TWD": 32.41, "HKD": 7.8123}[local]
    src = int(bal / 100 * rate * (100 if DECIMALS[local] else 1))
    ch = "tt"
    payer = c["name"].upper()
    numtxt = spell(g.rng, i["_numeral"], ocr_ok=False)
    rem = (f"Payment of {numtxt}\nRemitted {local} {human(local, src)} converted by remitting bank"
           f"\nCharges: SHA")
    ref = reference(g.rng, ch, None, payer)
    cands = g.ref_review_cands(c["id"], cur, amt, [i["id"]])
    return g.pay(c, cur, amt, payer, True, ref, rem), g.label(
        "review", cur, amt, unapplied=amt, cands=cands,
        reason=f"{i['number']} paid from {local} and the USD received is {fmt(cur, short)} short (exchange difference, not stated)",
        scen="fx_shortfall", note="T/T converted at the remitting bank; shortfall amount not stated")


def overpayment(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    bal = g.bal[i["id"]]
    step = RANGES[cur][2]
    extra = max(step, int(bal * g.rng.uniform(0.01, 0.25)) // step * step)
    if g.rng.random() < 0.3:
        extra = bal  # paid the invoice twice in one transfer
    amt = bal + extra
    others = [x for x in g.open_of(c["id"], cur) if x["id"] != i["id"]]
    if any(g.bal[x["id"]] == extra for x in others) or g.exact_subsets(c["id"], cur, amt):
        raise Skip
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    numtxt = spell(g.rng, i["_numeral"])
    ref, rem = _place(g, ch, numtxt, payer)
    g.apply([(i["id"], bal)])
    return g.pay(c, cur, amt, payer, True, ref, rem), g.label(
        "unapplied", cur, amt, [(i["id"], bal)], unapplied=extra,
        reason=f"{i['number']} paid in full; {fmt(cur, extra)} over, held on the customer's account",
        scen="overpayment", note=ch + ("; exactly twice the balance" if extra == bal else ""))


def duplicate(g):
    pool = [(iid, a) for iid, a in g.paid_in_set if iid not in g.dup_used]
    if not pool:
        raise Skip
    iid, a = g.rng.choice(pool)
    i = g.inv[iid]
    c = g.cust[i["customer_id"]]
    cur = i["currency"]
    g.dup_used.add(iid)
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    numtxt = spell(g.rng, i["_numeral"])
    ref, rem = _place(g, ch, numtxt, payer)
    return g.pay(c, cur, a, payer, True, ref, rem), g.label(
        "unapplied", cur, a, unapplied=a, reason=f"{i['number']} was already paid by an earlier payment; held as unapplied cash",
        scen="duplicate_payment", note=ch)


def alias_noref(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    amt = g.bal[i["id"]]
    kind, name = g.alias(c)
    if kind == "kana" and cur != "JPY":
        raise Skip
    ch = "zengin" if kind == "kana" else g.channel(c, cur, want_known=False)
    ref = reference(g.rng, ch, None, name)
    cands = g.singles_any(cur, amt)
    return g.pay(c, cur, amt, name, False, ref, None), g.label(
        "review", cur, amt, unapplied=amt, cands=cands,
        reason="payer not identified and no invoice number; amount matches an open balance",
        scen="payer_name_differs_no_reference", note=f"payer '{name}' is a {kind} name of {c['name']}")


def typo_known(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    amt = g.bal[i["id"]]
    if len(g.exact_subsets(c["id"], cur, amt)) != 1:
        raise Skip
    t = g.typo(i["_numeral"])
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    numtxt = g.rng.choice([f"INV-{t:06d}", f"{t}", f"INV{t}"])
    ref, rem = _place(g, ch, numtxt, payer)
    g.apply([(i["id"], amt)])
    return g.pay(c, cur, amt, payer, True, ref, rem), g.label(
        "applied", cur, amt, [(i["id"], amt)],
        reason=f"reference {numtxt} is no invoice; amount equals only {i['number']} of this customer",
        scen="typo_in_reference", note=f"typo of {i['number']}; customer by id")


def typo_null(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    i = g.pick_invoice(c, cur)
    amt = g.bal[i["id"]]
    t = g.typo(i["_numeral"])
    kind, name = g.alias(c)
    if kind == "kana" and cur != "JPY":
        raise Skip
    ch = "zengin" if kind == "kana" else g.channel(c, cur, want_known=False)
    numtxt = g.rng.choice([f"INV-{t:06d}", f"{t}", f"INV{t}"])
    ref, rem = _place(g, ch, numtxt, name)
    return g.pay(c, cur, amt, name, False, ref, rem), g.label(
        "review", cur, amt, unapplied=amt, cands=g.singles_any(cur, amt),
        reason=f"reference {numtxt} is no invoice and the payer is not identified",
        scen="typo_in_reference_unknown_payer", note=f"typo of {i['number']}; payer '{name}'")


def other_customer_ref(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    mine = g.pick_invoice(c, cur)
    others = [x for x in g.invoices if x["currency"] == cur and x["customer_id"] != c["id"] and g.bal[x["id"]] > 0
              and x["id"] not in g.reserved and x["id"] not in g.touched]
    if not others:
        raise Skip
    o = g.rng.choice(others)
    amt = g.bal[mine["id"]] if g.rng.random() < 0.6 else g.bal[o["id"]]
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    numtxt = spell(g.rng, o["_numeral"], ocr_ok=False)
    ref, rem = _place(g, ch, numtxt, payer)
    cands = g.order_sets(g.exact_subsets(c["id"], cur, amt))[:5]
    return g.pay(c, cur, amt, payer, True, ref, rem), g.label(
        "review", cur, amt, unapplied=amt, cands=cands,
        reason=f"reference names {o['number']}, an invoice of another customer ({o['customer_name']})",
        scen="reference_other_customer",
        note="amount equals the payer's own invoice " + mine["number"] if amt == g.bal[mine["id"]] else "amount equals the other customer's invoice")
