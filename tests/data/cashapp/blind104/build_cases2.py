"""Part 5 of build.py: remaining scenarios (ambiguity, currency, no fit, bad rows)."""
from build_common import fmt, human, RANGES, DECIMALS, rand_amount
from build_scen import Skip
from build_text import spell, reference, digits


def plan_same_amount(g, n):
    """Before any payment: give 2-3 untouched invoices of one customer the same amount."""
    groups = []
    tries = 0
    while len(groups) < n and tries < 500:
        tries += 1
        c = g.pick_customer()
        cur = c["currencies"][0]
        pool = [i for i in g.open_of(c["id"], cur) if i["id"] not in g.reserved and i["balance"] == i["total"]]
        if len(pool) < 8:
            continue
        k = g.rng.choice([2, 2, 3])
        sel = g.rng.sample(pool, k)
        existing = {g.bal[i["id"]] for i in g.open_of(c["id"], cur)}
        amt = rand_amount(g.rng, cur)
        if amt in existing:
            continue
        for i in sel:
            i["total"] = i["balance"] = amt
            g.bal[i["id"]] = amt
            g.reserved.add(i["id"])
        groups.append((c, cur, [i["id"] for i in sel], amt))
    return groups


def same_amount(g):
    if not g.same_groups:
        raise Skip
    c, cur, ids, amt = g.same_groups.pop()
    subs = g.exact_subsets(c["id"], cur, amt)
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    ref = reference(g.rng, ch, None, payer)
    return g.pay(c, cur, amt, payer, True, ref, None), g.label(
        "review", cur, amt, unapplied=amt, cands=g.order_sets(subs),
        reason=f"no invoice number; {len(ids)} open invoices have exactly this balance",
        scen="same_amount_several_invoices", note=f"{len(subs)} exact sets")


def currency_mismatch(g):
    r = g.rng.random()
    c = g.pick_customer()
    home = c["currencies"][0]
    i = g.pick_invoice(c, home)
    bal = g.bal[i["id"]]
    # pay in a currency the customer has no open invoices in, or USD against a local invoice
    choices = [x for x in ("USD", "HKD", "CNY", "JPY") if x != home and x not in c["currencies"]]
    if not choices:
        raise Skip
    pc = g.rng.choice(choices)
    rate = {"JPY": 1 / 149.63, "KRW": 1 / 1387.2, "TWD": 1 / 32.41, "HKD": 1 / 7.8123, "CNY": 1 / 7.1834, "USD": 1.0}
    usd = bal / (100 if DECIMALS[home] else 1) * rate[home]
    val = usd / rate[pc]
    amt = int(round(val * (100 if DECIMALS[pc] else 1)))
    withref = r < 0.7
    ch = "tt" if pc == "USD" else "wire"
    payer = g.payer_for(c, "card", True)
    numtxt = spell(g.rng, i["_numeral"], ocr_ok=False) if withref else None
    ref = f"TT{digits(g.rng, 10)} {numtxt}" if withref else f"TT{digits(g.rng, 10)} INVOICE PAYMENT"
    rem = None if g.rng.random() < 0.5 else f"Equivalent of {home} {human(home, bal)}"
    return g.pay(c, pc, amt, payer, True, ref, rem), g.label(
        "review", pc, amt, unapplied=amt, cands=[],
        reason=f"payment in {pc} but the customer's invoices are in {home}",
        scen="currency_mismatch", note=f"{'reference ' + i['number'] + '; ' if withref else ''}converted amount of {i['number']}")


def unapplied_known(g):
    c = g.pick_customer()
    cur = g.cur_of(c)
    if not g.open_of(c["id"], cur):
        raise Skip
    amt = rand_amount(g.rng, cur)
    if g.exact_subsets(c["id"], cur, amt):
        raise Skip
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    rem = g.rng.choice([None, "Advance payment for PO 88123", "Deposit for next order", "前受金", "预付款",
                        "선급금", "On account"])
    return g.pay(c, cur, amt, payer, True, reference(g.rng, ch, None, payer), rem), g.label(
        "unapplied", cur, amt, unapplied=amt, reason="known customer; no invoice number and the amount fits no open invoice or set",
        scen="unapplied_known_customer", note=ch)


UNKNOWN_PAYERS = [("JPY", "ｽｽﾞｷ ｲﾁﾛｳ", "zengin"), ("JPY", "ｶ)ﾐﾄﾞﾘｼﾖｳｼﾞ", "zengin"), ("KRW", "박서준", "wire"),
                  ("HKD", "LEE SIU MING", "fps"), ("CNY", "北京星辰科技有限公司", "bank_cn"),
                  ("USD", "GLOBAL SOURCING PTE LTD", "tt"), ("TWD", "王大明", "wire"), ("HKD", "ACE TREND LTD", "fps"),
                  ("CNY", "张强", "bank_cn"), ("USD", "ORIENT LINK LOGISTICS", "tt")]


def unknown_payer(g):
    cur, name, ch = g.rng.choice(UNKNOWN_PAYERS)
    amt = rand_amount(g.rng, cur)
    if g.singles_any(cur, amt):
        raise Skip
    return g.pay(None, cur, amt, name, False, reference(g.rng, ch, None, name), None), g.label(
        "review", cur, amt, unapplied=amt, cands=[], reason="unknown payer, no invoice number, amount fits no open invoice",
        scen="unknown_payer_no_fit", note=ch)


BAD = ["non_numeric", "negative", "missing_currency", "invalid_currency", "bad_date", "bad_date2", "decimals_jpy"]


def bad_row(g):
    kind = g.bad_kinds.pop() if g.bad_kinds else g.rng.choice(BAD)
    c = g.pick_customer()
    cur = c["currencies"][0]
    i = g.pick_invoice(c, cur)
    bal = g.bal[i["id"]]
    ch = g.channel(c, cur, want_known=True)
    payer = g.payer_for(c, ch, True)
    pay = g.pay(c, cur, bal, payer, True, reference(g.rng, ch, spell(g.rng, i["_numeral"], ocr_ok=False), payer), None)
    date_override = None
    if kind == "non_numeric":
        pay["amount"] = pay["amount"][:-2] + "O" + pay["amount"][-1] if len(pay["amount"]) > 3 else "N/A"
        err = "amount is not a number"
    elif kind == "negative":
        pay["amount"] = "-" + pay["amount"]
        err = "amount is negative"
    elif kind == "missing_currency":
        pay["currency"] = None
        err = "currency missing"
    elif kind == "invalid_currency":
        pay["currency"] = {"JPY": "YEN", "CNY": "RMB", "KRW": "WON", "TWD": "NTD", "HKD": "HK$", "USD": "US$"}[cur]
        err = "currency is not an ISO 4217 code"
    elif kind == "bad_date":
        date_override = "2026-04-31"
        err = "date is not a valid calendar date"
    elif kind == "bad_date2":
        date_override = "15/04/2026"
        err = "date is not YYYY-MM-DD"
    else:
        if DECIMALS[cur] == 0:
            pay["amount"] = pay["amount"] + ".00"
            err = f"{cur} has no minor units but the amount has decimals"
        else:
            pay["amount"] = pay["amount"] + "5"
            err = "amount has more decimals than the currency allows"
    lab = g.label("review", "USD", 0, unapplied=0, cands=[], reason="bad row: " + err, scen="bad_row", note=f"would have matched {i['number']}")
    lab["unapplied"] = "0"
    lab["error"] = err
    return pay, lab, date_override
