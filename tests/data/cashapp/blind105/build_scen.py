"""The scenarios. Each takes (g, date) and returns (payment, label) or None when it cannot be built now."""
from build_common import fmt, fmt_commas, norm_name, one_edit
from build_pay import PCT_CHANNELS, inv_key
from build_text import digits, wrap_multi, wrap_single

MAIN = ("system", "independent", "cad")


def pick_cust_inv(g, groups=MAIN, cur=None, alias=None, need=1, unique_balance=False):
    rng = g.rng
    cs = g.custs(*groups, cur=cur, alias=alias)
    rng.shuffle(cs)
    for c in cs:
        fr = g.fresh(c["id"])
        if unique_balance:
            pool = g.pool(c["id"], c["currency"])
            fr = [i for i in fr if sum(1 for j in pool if g.bal[j["id"]] == g.bal[i["id"]]) == 1]
        if len(fr) >= need:
            return c, rng.sample(fr, need)
    return None, None


def clean_ref(g, date):
    c, (inv,) = pick_cust_inv(g)
    amt = g.bal[inv["id"]]
    ref, how = g.spell(inv)
    ch = g.rng.choice(PCT_CHANNELS)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, ch, payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    part = " (invoice already part-paid, pays the balance)" if inv["balance"] < inv["total"] else ""
    return g.label(p, "applied", [(inv, amt)], 0, f"reference {inv['number']} and exact open balance",
                   "clean_exact_reference", f"{ch}; reference spelled '{ref}' ({how}){part}")


def multi_listed(g, date):
    k = g.rng.choice([2, 2, 3, 3, 4, 5])
    c, invs = pick_cust_inv(g, need=k)
    if c is None:
        return None
    invs.sort(key=inv_key)
    lines = [(g.spell(i)[0], g.bal[i["id"]]) for i in invs]
    total = sum(a for _, a in lines)
    ch = g.rng.choice(["ach_ctx", "ach_ctx", "lockbox", "portal", "ach_ccd"])
    payer = g.known_payer(c)
    reference, rem = wrap_multi(g.rng, ch, payer, lines, total, date)
    p = g.payment(date, total, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "applied", [(i, g.bal[i["id"]]) for i in invs], 0,
                   f"{k} invoices listed in remittance, amounts sum exactly", "multi_invoice_listed",
                   f"{ch}; {k} invoices listed")


def sum_all_unlisted(g, date):
    cs = [c for c in g.custs("small") if len(g.pool(c["id"], "USD")) >= 2
          and all(i["id"] not in g.used for i in g.pool(c["id"], "USD"))]
    if not cs:
        return None
    c = g.rng.choice(cs)
    invs = sorted(g.pool(c["id"], "USD"), key=inv_key)
    total = sum(g.bal[i["id"]] for i in invs)
    payer = g.known_payer(c)
    ch = g.rng.choice(["ach", "check", "wire"])
    if ch == "ach":
        reference, rem = f"ACH CREDIT {payer[:16]} PAYMENT", None
    elif ch == "check":
        reference, rem = f"LOCKBOX {digits(g.rng, 4)} CHK {digits(g.rng, 6)}", "Paying statement balance in full - thank you"
    else:
        reference, rem = f"FEDWIRE CREDIT B/O {payer[:24]} ACCOUNT SETTLEMENT", None
    cid = c["id"] if g.rng.random() < 0.8 else None
    if cid is None:
        payer = c["name"].upper()
    p = g.payment(date, total, "USD", payer, cid, reference, rem)
    return g.label(p, "applied", [(i, g.bal[i["id"]]) for i in invs], 0,
                   f"no invoice listed; amount equals the sum of all {len(invs)} open invoices of the customer",
                   "multi_invoice_exact_sum_unlisted",
                   f"{len(invs)} open invoices, none named" + ("; customer_id null, payer name is the customer name" if cid is None else ""))


def exact_no_ref(g, date):
    c, got = pick_cust_inv(g, unique_balance=True)
    inv = got[0]
    amt = g.bal[inv["id"]]
    payer = g.known_payer(c)
    reference = g.rng.choice([f"ACH CREDIT {payer[:16]} VENDOR PMT", f"CHK {digits(g.rng, 6)}",
                              f"FEDWIRE CREDIT B/O {payer[:24]}", "PAYMENT", None])
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, None)
    return g.label(p, "applied", [(inv, amt)], 0, "no reference; amount equals exactly one open invoice of the customer",
                   "exact_amount_no_reference", "unique balance within the customer's open invoices")


PARTIAL_TEXT = ["PARTIAL PAYMENT", "INSTALLMENT 1 OF 3", "Partial payment - balance to follow", "PAYMENT PLAN INSTALLMENT"]


def part_stated(g, date):
    c, (inv,) = pick_cust_inv(g)
    bal = g.bal[inv["id"]]
    amt = bal * g.rng.randint(20, 70) // 100
    ref, _ = g.spell(inv)
    txt = g.rng.choice(PARTIAL_TEXT)
    reference = f"{ref} {txt}" if g.rng.random() < 0.5 else ref
    rem = None if txt in reference else f"{txt} on {inv['number']} - paid ${fmt_commas(amt)}"
    payer = g.known_payer(c)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "partial", [(inv, amt)], 0, f"stated part payment of {inv['number']}",
                   "part_payment", f"'{txt}'; {fmt(bal - amt)} stays open")


def short_deduction(g, date, kind):
    rng = g.rng
    cur = "CAD" if kind == "withholding" else None
    groups = ("cad",) if kind == "withholding" else MAIN
    c, (inv,) = pick_cust_inv(g, groups=groups, cur=cur)
    bal = g.bal[inv["id"]]
    ref, _ = g.spell(inv)
    payer = g.known_payer(c)
    if kind == "card":
        pct = rng.choice([250, 275, 290, 299, 325, 350])
        ded = bal * pct // 10000
        amt = bal - ded
        reference = f"VIRTUAL CARD PMT {rng.choice(['PAYMODE-X', 'CORPAY', 'AMEX VPAYMENT', 'US BANK VPAY'])} AUTH {digits(rng, 6)}"
        rem = f"Invoice {ref} gross {fmt_commas(bal)} less card processing fee {pct / 100:.2f}% {fmt_commas(ded)} net {fmt_commas(amt)}"
        reason, note = "card processing fee", f"virtual card net of {pct / 100:.2f}% fee"
    elif kind == "bank":
        ded = rng.choice([1500, 2000, 2500, 3500, 4500])
        amt = bal - ded
        reference = f"FEDWIRE CREDIT B/O {payer[:24]} REF {ref} FED REF {digits(rng, 10)}"
        rem = rng.choice([f"Wire fee {fmt(ded)} deducted by intermediary bank", f"BANK FEE {fmt(ded)} DEDUCTED",
                          f"less bank charges {fmt(ded)}"]).replace("bank charges", "BANK CHARGES")
        reason, note = "bank fee", "intermediary wire fee deducted"
    elif kind == "discount":
        pct = rng.choice([1, 2, 2])
        ded = bal * pct // 100
        amt = bal - ded
        reference, rem = wrap_single(rng, rng.choice(["ach_ccd", "ach_ctx", "lockbox"]), payer, ref, date, amt)
        rem = (rem + " " if rem else "") + f"{pct}% early payment discount taken {fmt(ded)}"
        reason, note = "early-payment discount", f"{pct}% discount taken (terms not checked)"
    elif kind == "withholding":
        ded = bal * 15 // 100
        amt = bal - ded
        reference = f"EFT CREDIT {payer[:20]} {ref}"
        rem = f"Invoice {ref}: {fmt_commas(bal)} less 15% non-resident withholding (Reg 105) {fmt_commas(ded)}"
        reason, note = "withholding tax", "Canadian Reg. 105 withholding on services"
    elif kind == "disputed":
        hrs = rng.choice([4, 8, 12, 12, 24])
        rate = rng.randint(4800, 8200)
        ded = hrs * rate
        if ded >= bal:
            return None
        amt = bal - ded
        reference = ref
        rem = rng.choice([f"Short paid {hrs} hrs disputed - shift not on approved timesheet. Paid {fmt_commas(amt)}",
                          f"{hrs} HRS DISPUTED (no-show) deducted {fmt_commas(ded)}"])
        reason, note = "disputed hours", f"{hrs} hours disputed"
    elif kind == "fx":
        ded = bal * rng.randint(30, 150) // 10000 + rng.randint(1, 99)
        amt = bal - ded
        reference = f"INTL WIRE {payer[:20]} {ref}"
        rem = rng.choice(["Sent in foreign funds - FX conversion difference", "PAID IN CAD CONVERTED BY BANK - EXCHANGE RATE DIFF",
                          "FX DIFFERENCE"])
        reason, note = "fx difference", "foreign-exchange shortfall"
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "partial", [(inv, amt)], 0, f"{inv['number']} paid short: {reason}",
                   "fx_shortfall" if kind == "fx" else "short_pay_stated_deduction", note, short=(inv, ded, reason))


def short_unexplained(g, date):
    c, (inv,) = pick_cust_inv(g)
    bal = g.bal[inv["id"]]
    ded = bal * g.rng.randint(1, 15) // 100 + g.rng.randint(0, 99)
    amt = bal - ded
    ref, _ = g.spell(inv)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "partial", [(inv, amt)], 0, f"{inv['number']} paid short, no reason given",
                   "short_pay_unexplained", f"short by {fmt(ded)} with no explanation", short=(inv, ded, "unexplained shortfall"))


def overpay(g, date):
    c, (inv,) = pick_cust_inv(g)
    bal = g.bal[inv["id"]]
    if inv["balance"] < inv["total"] and bal == inv["balance"]:
        amt, note = inv["total"], "invoice was part-paid; customer paid the full original total"
    else:
        amt = bal + g.rng.choice([g.rng.randint(100, 50000), bal // 10])
        note = "paid more than the open balance"
    ref, _ = g.spell(inv)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "unapplied", [(inv, bal)], amt - bal, f"{inv['number']} paid in full; {fmt(amt - bal)} over held on account",
                   "overpayment", note)


def duplicate(g, date):
    cands = [(i, a) for i, a in g.paid_full if g.bal[i["id"]] == 0 and g.cust[i["customer_id"]]["group"] in MAIN]
    if not cands:
        return None
    inv, amt = g.rng.choice(cands)
    g.paid_full = [t for t in g.paid_full if t[0]["id"] != inv["id"]]
    c = g.cust[inv["customer_id"]]
    ref, _ = g.spell(inv)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "unapplied", [], amt, f"{inv['number']} was already paid by an earlier payment; held on account",
                   "duplicate_payment", "second payment of an invoice paid earlier in this batch")


def name_differs_ref(g, date, kind):
    rng = g.rng
    if kind == "parent":
        systems = sorted({c["system"] for c in g.custs("system")})
        sysname = rng.choice(systems)
        facs = [c for c in g.custs("system") if c["system"] == sysname]
        k = rng.choice([1, 2, 3, 3, 4])
        chosen = []
        for _ in range(k):
            f = rng.choice(facs)
            fr = [i for i in g.fresh(f["id"]) if i not in chosen]
            if fr:
                chosen.append(rng.choice(fr))
        if not chosen:
            return None
        payer = facs[0]["parent_payer"]
        note = f"parent {sysname} pays for {len({i['customer_id'] for i in chosen})} facilit(ies)"
    else:
        c, chosen = pick_cust_inv(g, groups=("independent", "cad"), alias=(kind,), need=rng.choice([1, 1, 2]))
        if c is None:
            c, chosen = pick_cust_inv(g, groups=("independent", "cad"), alias=(kind,), need=1)
        if c is None:
            return None
        payer = c["alias"]
        note = f"{kind} payer name '{payer}' for {c['name']}"
    chosen.sort(key=inv_key)
    lines = [(g.spell(i)[0], g.bal[i["id"]]) for i in chosen]
    total = sum(a for _, a in lines)
    cur = chosen[0]["currency"]
    if len(lines) == 1:
        reference, rem = wrap_single(rng, rng.choice(PCT_CHANNELS), payer, lines[0][0], date, total)
    else:
        reference, rem = wrap_multi(rng, rng.choice(["ach_ctx", "lockbox", "portal"]), payer, lines, total, date)
    p = g.payment(date, total, cur, payer, None, reference, rem)
    return g.label(p, "applied", [(i, g.bal[i["id"]]) for i in chosen], 0,
                   "payer not a known customer name, but referenced invoice numbers sum exactly to the amount",
                   "payer_name_differs", note)


def name_differs_noref(g, date):
    kind = g.rng.choice(["trading", "person", "translit", "truncated"])
    c, got = pick_cust_inv(g, groups=("independent", "cad"), alias=(kind,))
    if c is None:
        return None
    inv = got[0]
    amt = g.bal[inv["id"]]
    reference = g.rng.choice([f"ACH CREDIT {c['alias'][:16]} PAYMENT", f"CHK {digits(g.rng, 6)}", None])
    p = g.payment(date, amt, c["currency"], c["alias"], None, reference, None)
    return g.label(p, "review", [], amt, "payer not identified and no invoice reference; amount matches open invoice(s)",
                   "payer_name_differs_no_reference", f"{kind} name '{c['alias']}' for {c['name']}; clerk cannot be sure",
                   cands=g.exact_cands(c["currency"], amt))


def null_exact_name(g, date):
    c, got = pick_cust_inv(g, groups=("independent", "system", "cad"), alias=(None,), unique_balance=True)
    inv = got[0]
    amt = g.bal[inv["id"]]
    n = norm_name(c["name"])
    payer = g.rng.choice([n, n + " INC", c["name"].upper(), n.title()])
    if g.rng.random() < 0.5:
        ref, _ = g.spell(inv)
        reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
        why = f"payer name is the customer; reference {inv['number']} and exact balance"
    else:
        reference, rem = f"ACH CREDIT {payer[:16]}", None
        why = "payer name is the customer; amount equals exactly one of its open invoices"
    p = g.payment(date, amt, c["currency"], payer, None, reference, rem)
    return g.label(p, "applied", [(inv, amt)], 0, why, "customer_id_null_name_matches",
                   f"payer '{payer}' normalises to '{n}'")


def typo_exact(g, date):
    c, got = pick_cust_inv(g, unique_balance=True)
    inv = got[0]
    t = g.typo(inv["_seq"])
    if t is None:
        return None
    amt = g.bal[inv["id"]]
    ref = g.rng.choice([f"INV-00{t}", f"{t}", f"INV {t}"])
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(["ach_ccd", "lockbox", "wire", "portal"]), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "applied", [(inv, amt)], 0,
                   f"reference {t} is no invoice; one digit from {inv['number']}, whose balance equals the amount and is unique",
                   "typo_in_reference", f"typo {t} for {inv['_seq']}")


def typo_mismatch(g, date):
    c, got = pick_cust_inv(g)
    inv = got[0]
    t = g.typo(inv["_seq"])
    if t is None:
        return None
    pool = g.pool(c["id"], c["currency"])
    bal = g.bal[inv["id"]]
    amt = bal * g.rng.randint(55, 97) // 100 + g.rng.randint(0, 99)
    if amt in {g.bal[i["id"]] for i in pool} or amt == sum(g.bal[i["id"]] for i in pool):
        return None
    ref = g.rng.choice([f"INV-00{t}", f"{t}", f"INV {t}"])
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(["ach_ccd", "lockbox", "wire"]), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    near = sorted([i for i in pool if one_edit(i["_seq"], t)], key=inv_key)
    return g.label(p, "review", [], amt, f"reference {t} is no invoice and the amount fits no open invoice",
                   "typo_in_reference_amount_differs", f"typo {t} for {inv['_seq']}, amount differs",
                   cands=[[i] for i in near])


def other_cust_ref(g, date):
    c, got = pick_cust_inv(g)
    own = got[0]
    others = [i for i in g.invoices if i["customer_id"] != c["id"] and i["currency"] == c["currency"]
              and g.bal[i["id"]] > 0]
    y = g.rng.choice(others)
    if g.rng.random() < 0.5:
        amt, note = g.bal[y["id"]], f"reference names {y['customer_name']}'s invoice, amount equals it"
    else:
        amt, note = g.bal[own["id"]], f"reference names {y['customer_name']}'s invoice, amount equals one of the payer's own"
    pool = g.pool(c["id"], c["currency"])
    if amt == sum(g.bal[i["id"]] for i in pool) and len(pool) > 1:
        return None
    ref, _ = g.spell(y)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "review", [], amt, f"reference {y['number']} belongs to another customer",
                   "reference_other_customer", note, cands=g.exact_cands(c["currency"], amt, cid=c["id"]))


def same_amount_noref(g, date):
    cs = [c for c in g.custs("flat") if sum(1 for i in g.pool(c["id"], "USD") if g.bal[i["id"]] == c["flat"]) >= 2]
    c = g.rng.choice(cs)
    amt = c["flat"]
    payer = g.known_payer(c)
    reference = g.rng.choice([f"ACH CREDIT {payer[:16]} WEEKLY STAFFING", f"CHK {digits(g.rng, 6)}", "CONTRACT PAYMENT"])
    p = g.payment(date, amt, "USD", payer, c["id"], reference, None)
    cands = g.exact_cands("USD", amt, cid=c["id"])
    return g.label(p, "review", [], amt, f"no reference; {len(cands)} open invoices have exactly this amount",
                   "same_amount_several_invoices", "flat weekly contract invoices", cands=cands)


def same_amount_ref(g, date):
    cs = [c for c in g.custs("flat") if sum(1 for i in g.fresh(c["id"]) if g.bal[i["id"]] == c["flat"]) >= 3]
    c = g.rng.choice(cs)
    inv = g.rng.choice([i for i in g.fresh(c["id"]) if g.bal[i["id"]] == c["flat"]])
    amt = c["flat"]
    ref, _ = g.spell(inv)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
    p = g.payment(date, amt, "USD", payer, c["id"], reference, rem)
    return g.label(p, "applied", [(inv, amt)], 0, f"several invoices share the amount; reference {inv['number']} decides",
                   "same_amount_reference_decides", "flat weekly contract invoice")


def currency_mismatch(g, date):
    cad = g.rng.random() < 0.6
    c, got = pick_cust_inv(g, groups=("cad",) if cad else ("independent", "system"))
    inv = got[0]
    bal = g.bal[inv["id"]]
    if cad:
        cur, amt = "USD", bal * g.rng.randint(7000, 7400) // 10000
    else:
        cur, amt = "CAD", bal * g.rng.randint(13500, 14100) // 10000
    ref, _ = g.spell(inv)
    payer = g.known_payer(c)
    reference, rem = wrap_single(g.rng, g.rng.choice(["wire", "ach_ccd", "portal"]), payer, ref, date, amt)
    p = g.payment(date, amt, cur, payer, c["id"], reference, rem)
    return g.label(p, "review", [], amt, f"payment in {cur}; the customer's invoices are in {c['currency']}",
                   "currency_mismatch", f"names {inv['number']} ({c['currency']} {fmt(bal)}) but paid in {cur}")


def fits_nothing(g, date):
    rng = g.rng
    c = rng.choice(g.custs(*MAIN))
    pool = g.pool(c["id"], c["currency"])
    amt = rng.randint(15000, 900000)
    if amt in {g.bal[i["id"]] for i in pool} or amt == sum(g.bal[i["id"]] for i in pool):
        return None
    payer = g.known_payer(c)
    reference = rng.choice([f"ACH CREDIT {payer[:16]} PAYMENT", f"CHK {digits(rng, 6)}", "ADVANCE DEPOSIT",
                            f"FEDWIRE CREDIT B/O {payer[:24]}", None])
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, None)
    return g.label(p, "unapplied", [], amt, "known customer; amount fits no open invoice and no reference",
                   "unapplied_known_customer", "held on account")


UNKNOWN_PAYERS = ["BLUE CROSS BLUE SHIELD OF TX", "JOHN R PATTERSON", "MEDSTAFF SOLUTIONS REFUND", "UNITED HEALTHCARE INS CO",
                  "CITY OF SPRINGFIELD EMS", "ACME STAFFING INC", "WELLSPRING PHARMACY", "A GARCIA", "ORION LABS LLC",
                  "DEPT OF VETERANS AFFAIRS", "NORTHSTAR BILLING SVCS", "K THOMPSON", "PAYPAL TRANSFER"]


def unknown_payer(g, date):
    rng = g.rng
    cur = "USD" if rng.random() < 0.85 else "CAD"
    amt = rng.randint(5000, 700000)
    if g.open_exact(cur, amt):
        return None
    payer = rng.choice(UNKNOWN_PAYERS)
    reference = rng.choice([f"ACH CREDIT {payer[:16]}", f"CHK {digits(rng, 6)}", "PAYMENT", None, f"CLAIM {digits(rng, 9)}"])
    p = g.payment(date, amt, cur, payer, None, reference, None)
    return g.label(p, "review", [], amt, "unknown payer, no invoice reference, amount matches nothing",
                   "unknown_payer", "nothing to go on")


def unknown_ref_mismatch(g, date):
    c, got = pick_cust_inv(g, groups=("independent", "system", "cad"))
    inv = got[0]
    bal = g.bal[inv["id"]]
    amt = bal * g.rng.randint(40, 96) // 100 + g.rng.randint(0, 99)
    payer = c["alias"] or c["parent_payer"] or g.rng.choice(UNKNOWN_PAYERS)
    ref, _ = g.spell(inv)
    reference, rem = wrap_single(g.rng, g.rng.choice(PCT_CHANNELS), payer, ref, date, amt)
    p = g.payment(date, amt, c["currency"], payer, None, reference, rem)
    return g.label(p, "review", [], amt, f"payer not identified; references {inv['number']} but the amount differs",
                   "unknown_payer_reference_amount_differs", f"payer '{payer}'",
                   cands=g.exact_cands(c["currency"], amt, first=[inv]))


def multi_short_unalloc(g, date):
    k = g.rng.choice([2, 3, 4])
    c, invs = pick_cust_inv(g, need=k)
    if c is None:
        return None
    invs.sort(key=inv_key)
    s = sum(g.bal[i["id"]] for i in invs)
    amt = s - s * g.rng.randint(3, 20) // 100 - g.rng.randint(0, 99)
    payer = g.known_payer(c)
    refs = ", ".join(g.spell(i)[0] for i in invs)
    reference = f"ACH CCD {payer[:16]}"
    rem = f"Payment for invoices {refs}"
    p = g.payment(date, amt, c["currency"], payer, c["id"], reference, rem)
    return g.label(p, "review", [], amt, f"{k} invoices named, amount {fmt(s - amt)} short with no per-invoice split",
                   "multi_invoice_short_unallocated", "cannot tell which invoice is short", cands=[invs])
