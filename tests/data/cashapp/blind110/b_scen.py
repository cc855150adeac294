"""Scenario generators for set 402. Each returns (payment, label, applications) or None to retry."""
from b_common import DEC, fmt, fmt_group, num_canon, extract_numbers, identify, _fold
from b_text import spell, bank_text, deduction_line, PART_TEXT, digits, pick_text, locale_of
from b_customers import UNKNOWN_PAYERS

CUR_OTHER = {"TRY": "EUR", "BDT": "USD", "USD": "EUR", "EUR": "USD", "GBP": "EUR", "AED": "USD", "JPY": "USD", "KWD": "USD"}

class Ctx:
    def __init__(self, world, rng):
        self.w, self.rng = world, rng
        self.cust_list = [(c["id"], c["name"]) for c in world.customers]
        self.paid_log = []  # (invoice, amount, customer) fully paid by a single-invoice payment in this file

def bank_name(ctx, c, style=None):
    rng = ctx.rng
    style = style or rng.choice(["upper", "upper", "ascii", "asis"])
    if style == "upper":
        return c["name"].replace("i", "İ").upper() if c["channel"] == "eft" else c["name"].upper()
    if style == "ascii":
        return _fold(c["name"])
    return c["name"]

def payment(ctx, pid, date, amount, cur, payer, cid, ref, rem):
    return {"id": pid, "date": date, "amount": fmt(amount, cur), "currency": cur, "payer_name": payer,
            "customer_id": cid, "reference": ref, "remittance": rem}

def label(pid, status, apps, unapplied, cur, short=None, cands=None, reason="", scen="", note=""):
    return {"payment_id": pid, "status": status,
            "applications": [{"invoice_id": i["id"], "amount": fmt(a, cur)} for i, a in apps],
            "unapplied": fmt(unapplied, cur), "short_pay": short, "candidates": cands or [],
            "reason": reason, "scenario": scen, "note": note}

def pick_cust(ctx, pred=lambda c: True):
    cs = [c for c in ctx.w.customers if pred(c)]
    return ctx.rng.choice(cs)

def pick_open(ctx, c=None, pred=lambda i: True, cur=None):
    c = c or pick_cust(ctx)
    cur = cur or ctx.rng.choice(c["curs"])
    op = [i for i in ctx.w.open_invs(c, cur) if pred(i)]
    if not op:
        return None, c, cur
    return ctx.rng.choice(op), c, cur

def mention_ok(ref, rem, nums):
    return extract_numbers(ref, rem) == list(nums)

def known_payer(ctx, c):
    """customer_id given (85%) or null with a payer name the name rule resolves."""
    if ctx.rng.random() < 0.85:
        return bank_name(ctx, c), c["id"]
    for _ in range(5):
        p = bank_name(ctx, c)
        if identify(p, ctx.cust_list) == c["id"]:
            return p, None
    return bank_name(ctx, c), c["id"]

def texts_for(ctx, c, payer, m, extra=None):
    ref, rem = bank_text(ctx.rng, c["channel"], payer, m)
    if extra:
        rem = (rem + " / " if rem else "") + extra
    return ref, rem

# ---------------------------------------------------------------- scenarios
def s_exact_ref(ctx, pid, date, style=None, scen="exact_ref", payer_mode="known", same_amt=False):
    pred = (lambda i: i.get("dupgrp")) if same_amt else (lambda i: True)
    inv, c, cur = pick_open(ctx, pred=pred)
    if not inv:
        return None
    if same_amt and len(ctx.w.singles(c, cur, inv["bal"])) < 2:
        return None
    if payer_mode == "known":
        payer, cid = known_payer(ctx, c)
    elif payer_mode in ("translit", "truncated"):
        if payer_mode == "translit":
            payer = ctx.rng.choice([_fold(c["name"]), c["name"].upper(), _fold(c["name"]).title()])
            if "translit" in c["aliases"]:
                payer = c["aliases"]["translit"]
        else:
            full = bank_name(ctx, c, "ascii")
            if len(full) < 22:
                return None
            payer = full[:ctx.rng.choice([18, 20, 22])]
        cid = None
        if identify(payer, ctx.cust_list) != c["id"]:
            return None
    else:  # alias
        kinds = [k for k in c["aliases"] if k != "translit"]
        if not kinds:
            return None
        payer, cid = c["aliases"][ctx.rng.choice(kinds)], None
        if identify(payer, ctx.cust_list) is not None:
            return None
    m = spell(ctx.rng, inv["number"], style)
    ref, rem = texts_for(ctx, c, payer, m)
    if not mention_ok(ref, rem, [inv["number"]]):
        return None
    amt = inv["bal"]
    note = "reference spelled %r" % m
    if inv["bal"] != inv["total"]:
        note += "; invoice already part-paid, pays the open balance"
    if same_amt:
        note += "; same amount open on other invoices, the reference decides"
    if payer_mode != "known":
        note += "; payer %r (%s), customer_id null" % (payer, payer_mode)
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "applied", [(inv, amt)], 0, cur, reason="reference %s and exact open balance" % num_canon(inv["number"]),
                scen=scen, note=note)
    ctx.paid_log.append((inv, amt, c))
    return p, lab, [(inv, amt)]

def s_translit(ctx, pid, date):
    return s_exact_ref(ctx, pid, date, scen="payer_name_transliterated", payer_mode="translit")

def s_truncated(ctx, pid, date):
    return s_exact_ref(ctx, pid, date, scen="payer_name_truncated", payer_mode="truncated")

def s_alias_ref(ctx, pid, date):
    return s_exact_ref(ctx, pid, date, scen="payer_alias_ref_exact", payer_mode="alias")

def s_same_amount_ref(ctx, pid, date):
    return s_exact_ref(ctx, pid, date, scen="same_amount_ref_decides", same_amt=True)

def s_alias_noref(ctx, pid, date):
    c = pick_cust(ctx, lambda c: any(k != "translit" for k in c["aliases"]) or "translit" in c["aliases"])
    inv, c, cur = pick_open(ctx, c)
    if not inv:
        return None
    payer = c["aliases"][ctx.rng.choice(list(c["aliases"]))]
    if identify(payer, ctx.cust_list) is not None:
        return None
    ref, rem = texts_for(ctx, c, payer, None)
    if extract_numbers(ref, rem):
        return None
    amt = inv["bal"]
    same = sorted([i for i in ctx.w.invoices if i["currency"] == cur and i["bal"] == amt],
                  key=lambda i: (i["due"], i["number"]))
    p = payment(ctx, pid, date, amt, cur, payer, None, ref, rem)
    lab = label(pid, "review", [], amt, cur, cands=[[i["id"]] for i in same],
                reason="payer not a known customer name and no invoice reference; amount equals open invoice(s)",
                scen="payer_alias_no_ref", note="payer %r pays for %s without reference" % (payer, c["name"]))
    return p, lab, []

def s_multi_remit(ctx, pid, date):
    c = pick_cust(ctx)
    cur = ctx.rng.choice(c["curs"])
    op = ctx.w.open_invs(c, cur)
    k = ctx.rng.choice([2, 2, 3, 3, 4, 5])
    if len(op) < k + 1:
        return None
    grp = ctx.rng.sample(op[:max(k + 2, len(op) // 2)], k)
    grp.sort(key=lambda i: i["number"])
    payer, cid = known_payer(ctx, c)
    amt = sum(i["bal"] for i in grp)
    lakh = cur == "BDT"
    lines = ["%s  %s" % (spell(ctx.rng, i["number"], ctx.rng.choice(["canon", "nozero", "bare", "noprefix_dash"])),
                         fmt_group(i["bal"], cur, lakh)) for i in grp]
    ref, _ = bank_text(ctx.rng, c["channel"], payer, None)
    if ctx.rng.random() < 0.3 and c["channel"] == "eft":
        ref = "FATURALAR " + ", ".join(str(i["number"]) for i in grp) + " ODEMESI"
        rem = None
    else:
        rem = "Remittance advice %s\n" % date + "\n".join(lines) + "\nTotal %s %s" % (cur, fmt_group(amt, cur, lakh))
    if not mention_ok(ref, rem, [i["number"] for i in grp]):
        return None
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    apps = [(i, i["bal"]) for i in grp]
    lab = label(pid, "applied", apps, 0, cur, reason="remittance lists %d invoices; amount equals their open balances" % k,
                scen="multi_invoice_remittance", note="%d invoices listed" % k)
    return p, lab, apps

def s_multi_sum(ctx, pid, date):
    c = pick_cust(ctx)
    cur = ctx.rng.choice(c["curs"])
    op = ctx.w.open_invs(c, cur)
    if len(op) < 4:
        return None
    k = ctx.rng.choice([2, 3])
    grp = op[:k]
    amt = sum(i["bal"] for i in grp)
    if ctx.w.singles(c, cur, amt) or len(ctx.w.subset_hits(c, cur, amt)) != 1:
        return None
    payer, cid = known_payer(ctx, c)
    ref, rem = texts_for(ctx, c, payer, None)
    if extract_numbers(ref, rem):
        return None
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    apps = [(i, i["bal"]) for i in grp]
    lab = label(pid, "applied", apps, 0, cur, reason="no reference; amount is the exact sum of %d open invoices, the only combination" % k,
                scen="multi_invoice_exact_sum", note="oldest %d open invoices" % k)
    return p, lab, apps

def s_single_amount(ctx, pid, date):
    inv, c, cur = pick_open(ctx)
    if not inv or len(ctx.w.singles(c, cur, inv["bal"])) != 1:
        return None
    payer, cid = known_payer(ctx, c)
    ref, rem = texts_for(ctx, c, payer, None)
    if extract_numbers(ref, rem):
        return None
    amt = inv["bal"]
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "applied", [(inv, amt)], 0, cur, reason="no reference; amount equals exactly one open invoice of the customer",
                scen="single_exact_amount_no_ref", note="")
    ctx.paid_log.append((inv, amt, c))
    return p, lab, [(inv, amt)]

def _ref_pay(ctx, inv, c, cur, extra_text):
    payer, cid = known_payer(ctx, c)
    m = spell(ctx.rng, inv["number"])
    ref, rem = texts_for(ctx, c, payer, m, extra_text)
    if not mention_ok(ref, rem, [inv["number"]]):
        return None
    return payer, cid, ref, rem, m

def s_part(ctx, pid, date):
    inv, c, cur = pick_open(ctx)
    if not inv:
        return None
    d = DEC[cur]
    amt = int(inv["bal"] * ctx.rng.choice([0.25, 0.3, 1 / 3, 0.4, 0.5, 0.5, 0.6]))
    amt -= amt % (10 ** d) if d else 0
    if amt <= 0 or ctx.w.singles(c, cur, amt, exclude=[inv["id"]]):
        return None
    txt = pick_text(ctx.rng, PART_TEXT, locale_of(c, cur))
    r = _ref_pay(ctx, inv, c, cur, txt)
    if not r:
        return None
    payer, cid, ref, rem, m = r
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "partial", [(inv, amt)], 0, cur, reason="reference %s, stated part payment (%s); balance stays open" % (num_canon(inv["number"]), txt),
                scen="part_payment", note=txt)
    return p, lab, [(inv, amt)]

def _deduction_amount(ctx, cat, bal, cur):
    rng = ctx.rng
    d = DEC[cur]
    unit = 10 ** d
    if cat == "bank_charges":
        fixed = {"TRY": (150, 900), "BDT": (500, 3500), "USD": (15, 95), "EUR": (12, 80), "GBP": (10, 60),
                 "AED": (50, 300), "JPY": (2500, 7500), "KWD": (5, 25)}[cur]
        x = rng.randint(*fixed) * unit
        if rng.random() < 0.5 and d:
            x += rng.choice([0, 50, 25]) * unit // 100
    elif cat == "withholding_tax":
        x = int(bal * rng.choice([0.02, 0.03, 0.05, 0.075, 0.1]))
    elif cat == "early_payment_discount":
        x = int(bal * rng.choice([0.01, 0.015, 0.02, 0.03]))
    elif cat == "damaged_goods":
        x = int(bal * rng.uniform(0.01, 0.08))
    elif cat == "late_shipment":
        x = int(bal * rng.choice([0.03, 0.05, 0.07, 0.1]))
    elif cat == "fx_difference":
        x = int(bal * rng.uniform(0.002, 0.015))
    else:  # unexplained
        x = int(bal * rng.uniform(0.003, 0.05))
    return x

def s_short(ctx, pid, date, cat):
    chans = {"bank_charges": ("lc", "dc", "swift", "card")}.get(cat)
    pred = (lambda c: c["channel"] in chans) if chans and ctx.rng.random() < 0.8 else (lambda c: True)
    inv, c, cur = pick_open(ctx, pick_cust(ctx, pred))
    if not inv:
        return None
    x = _deduction_amount(ctx, cat, inv["bal"], cur)
    if x <= 0 or x >= inv["bal"] // 2:
        return None
    amt = inv["bal"] - x
    if ctx.w.singles(c, cur, amt, exclude=[inv["id"]]):
        return None
    txt = deduction_line(ctx.rng, cat, x, cur, locale_of(c, cur)) if cat != "unexplained" else None
    r = _ref_pay(ctx, inv, c, cur, txt)
    if not r:
        return None
    payer, cid, ref, rem, m = r
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    short = {"invoice_id": inv["id"], "amount": fmt(x, cur), "reason": cat}
    scen = {"unexplained": "short_pay_unexplained", "fx_difference": "fx_shortfall"}.get(cat, "short_pay_" + cat)
    lab = label(pid, "partial", [(inv, amt)], 0, cur, short=short,
                reason="reference %s, paid %s short (%s)" % (num_canon(inv["number"]), fmt(x, cur), cat),
                scen=scen, note=txt or "no explanation given")
    return p, lab, [(inv, amt)]

def s_multi_short(ctx, pid, date):
    c = pick_cust(ctx)
    cur = ctx.rng.choice(c["curs"])
    op = ctx.w.open_invs(c, cur)
    if len(op) < 4:
        return None
    grp = sorted(ctx.rng.sample(op, ctx.rng.choice([2, 3])), key=lambda i: i["number"])
    s = sum(i["bal"] for i in grp)
    x = int(s * ctx.rng.uniform(0.005, 0.03))
    amt = s - x
    if x <= 0 or ctx.w.singles(c, cur, amt):
        return None
    payer, cid = known_payer(ctx, c)
    ref, _ = bank_text(ctx.rng, c["channel"], payer, None)
    rem = "Payment for invoices " + ", ".join(spell(ctx.rng, i["number"], "canon") for i in grp)
    if not mention_ok(ref, rem, [i["number"] for i in grp]):
        return None
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "review", [], amt, cur, cands=[[i["id"] for i in grp]],
                reason="remittance lists %d invoices but pays %s less than their balances; which invoice is short is not stated" % (len(grp), fmt(x, cur)),
                scen="multi_invoice_short_unallocated", note="")
    return p, lab, []

def s_over(ctx, pid, date):
    inv, c, cur = pick_open(ctx)
    if not inv:
        return None
    d = DEC[cur]
    x = int(inv["bal"] * ctx.rng.uniform(0.005, 0.15))
    if ctx.rng.random() < 0.4:
        x = inv["total"] - inv["bal"] if inv["total"] > inv["bal"] else x  # paid the invoice total again
    if x <= 0:
        return None
    amt = inv["bal"] + x
    if ctx.w.singles(c, cur, amt):
        return None
    r = _ref_pay(ctx, inv, c, cur, None)
    if not r:
        return None
    payer, cid, ref, rem, m = r
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "unapplied", [(inv, inv["bal"])], x, cur,
                reason="reference %s; pays %s more than the open balance, remainder held on account" % (num_canon(inv["number"]), fmt(x, cur)),
                scen="overpayment", note="invoice total %s, balance %s" % (fmt(inv["total"], cur), fmt(inv["bal"], cur)))
    return p, lab, [(inv, inv["bal"])]

def s_duplicate(ctx, pid, date):
    opts = [t for t in ctx.paid_log if t[0]["bal"] == 0]
    if not opts:
        return None
    inv, amt, c = ctx.rng.choice(opts)
    cur = inv["currency"]
    if ctx.w.singles(c, cur, amt):
        return None
    r = _ref_pay(ctx, inv, c, cur, None)
    if not r:
        return None
    payer, cid, ref, rem, m = r
    ctx.paid_log = [t for t in ctx.paid_log if t[0] is not inv]
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "unapplied", [], amt, cur,
                reason="reference %s was already paid in full by an earlier payment; held as unapplied" % num_canon(inv["number"]),
                scen="duplicate_payment", note="second payment of the same invoice")
    return p, lab, []

def _typos(n):
    s = str(n)
    out = set()
    for i in range(len(s) - 1):
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s: out.add(int(t))
    for i in range(1, len(s)):
        for dgt in "0123456789":
            t = s[:i] + dgt + s[i + 1:]
            if t != s: out.add(int(t))
    return out

def s_typo_nonexistent(ctx, pid, date):
    inv, c, cur = pick_open(ctx)
    if not inv or len(ctx.w.singles(c, cur, inv["bal"])) != 1:
        return None
    ts = sorted(t for t in _typos(inv["number"]) if t not in ctx.w.numbers and len(str(t)) == 5)
    if not ts:
        return None
    t = ctx.rng.choice(ts)
    payer, cid = known_payer(ctx, c)
    m = spell(ctx.rng, t, ctx.rng.choice(["canon", "nozero", "bare"]))
    ref, rem = texts_for(ctx, c, payer, m)
    if not mention_ok(ref, rem, [t]):
        return None
    amt = inv["bal"]
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "applied", [(inv, amt)], 0, cur,
                reason="reference %d matches no invoice; amount equals exactly one open invoice of the customer (%s)" % (t, num_canon(inv["number"])),
                scen="typo_number_nonexistent", note="typo of %s" % num_canon(inv["number"]))
    ctx.paid_log.append((inv, amt, c))
    return p, lab, [(inv, amt)]

def s_typo_conflict(ctx, pid, date):
    c = pick_cust(ctx)
    cur = ctx.rng.choice(c["curs"])
    op = ctx.w.open_invs(c, cur)
    pairs = [(a, b) for a in op for b in op if a is not b and b["number"] in _typos(a["number"])
             and len(ctx.w.singles(c, cur, a["bal"])) == 1 and b["bal"] != a["bal"]]
    if not pairs:
        return None
    t, wrong = ctx.rng.choice(pairs)
    payer, cid = known_payer(ctx, c)
    m = spell(ctx.rng, wrong["number"], ctx.rng.choice(["canon", "nozero", "bare"]))
    ref, rem = texts_for(ctx, c, payer, m)
    if not mention_ok(ref, rem, [wrong["number"]]):
        return None
    amt = t["bal"]
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "review", [], amt, cur, cands=[[t["id"]], [wrong["id"]]],
                reason="reference names %s (balance %s) but the amount equals %s exactly; likely a typo, not certain" % (
                    num_canon(wrong["number"]), fmt(wrong["bal"], cur), num_canon(t["number"])),
                scen="typo_number_conflict", note="")
    return p, lab, []

def s_other_cust(ctx, pid, date):
    c = pick_cust(ctx)
    cur = ctx.rng.choice(c["curs"])
    others = [i for i in ctx.w.invoices if i["currency"] == cur and i["bal"] > 0 and i["cust"] is not c]
    if not others:
        return None
    v = ctx.rng.choice(others)
    amt = v["bal"]
    payer, cid = bank_name(ctx, c), c["id"]
    m = spell(ctx.rng, v["number"], ctx.rng.choice(["canon", "nozero", "bare", "inv"]))
    ref, rem = texts_for(ctx, c, payer, m)
    if not mention_ok(ref, rem, [v["number"]]):
        return None
    same = ctx.w.singles(c, cur, amt)
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "review", [], amt, cur, cands=[[i["id"]] for i in same],
                reason="reference %s is an invoice of %s, not of the paying customer" % (num_canon(v["number"]), v["cust"]["name"]),
                scen="reference_other_customer", note="customer_id %s; referenced invoice belongs to %s" % (c["id"], v["cust"]["id"]))
    return p, lab, []

def s_same_amount(ctx, pid, date):
    inv, c, cur = pick_open(ctx, pred=lambda i: i.get("dupgrp"))
    if not inv:
        return None
    same = ctx.w.singles(c, cur, inv["bal"])
    if len(same) < 2:
        return None
    payer, cid = known_payer(ctx, c)
    ref, rem = texts_for(ctx, c, payer, None)
    if extract_numbers(ref, rem):
        return None
    amt = inv["bal"]
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "review", [], amt, cur, cands=[[i["id"]] for i in same],
                reason="no reference; %d open invoices of the customer have exactly this balance" % len(same),
                scen="same_amount_ambiguous", note="recurring order at the same price")
    return p, lab, []

def s_cur_mismatch(ctx, pid, date):
    inv, c, cur = pick_open(ctx)
    if not inv:
        return None
    pcur = [x for x in c["curs"] if x != cur]
    pcur = pcur[0] if pcur else CUR_OTHER[cur]
    rate = {("TRY", "EUR"): 1 / 38.5, ("BDT", "USD"): 1 / 122.0, ("USD", "EUR"): 0.92, ("EUR", "USD"): 1.08,
            ("GBP", "EUR"): 1.17, ("AED", "USD"): 1 / 3.6725, ("JPY", "USD"): 1 / 152.0, ("KWD", "USD"): 3.25,
            ("EUR", "GBP"): 0.85, ("USD", "AED"): 3.6725}.get((cur, pcur))
    if not rate:
        return None
    amt = int(inv["bal"] / 10 ** DEC[cur] * rate * ctx.rng.uniform(0.985, 1.01) * 10 ** DEC[pcur])
    if amt <= 0:
        return None
    payer, cid = bank_name(ctx, c), c["id"]
    m = spell(ctx.rng, inv["number"], ctx.rng.choice(["canon", "nozero", "bare"]))
    ref, rem = texts_for(ctx, c, payer, m)
    if not mention_ok(ref, rem, [inv["number"]]):
        return None
    same = ctx.w.singles(c, pcur, amt) if pcur in c["curs"] else []
    p = payment(ctx, pid, date, amt, pcur, payer, cid, ref, rem)
    lab = label(pid, "review", [], amt, pcur, cands=[[i["id"]] for i in same],
                reason="reference %s is a %s invoice (balance %s) but the payment is in %s" % (num_canon(inv["number"]), cur, fmt(inv["bal"], cur), pcur),
                scen="currency_mismatch", note="")
    return p, lab, []

def s_fits_nothing(ctx, pid, date):
    c = pick_cust(ctx)
    cur = ctx.rng.choice(c["curs"])
    op = ctx.w.open_invs(c, cur)
    if not op:
        return None
    from b_world import rand_amount
    amt = rand_amount(ctx.rng, cur, 0.2)
    if ctx.rng.random() < 0.4:
        amt -= amt % (1000 * 10 ** DEC[cur]) if amt > 1000 * 10 ** DEC[cur] else 0  # round advance
    if amt <= 0 or ctx.w.singles(c, cur, amt) or ctx.w.subset_hits(c, cur, amt):
        return None
    payer, cid = known_payer(ctx, c)
    ref, rem = texts_for(ctx, c, payer, None)
    if extract_numbers(ref, rem):
        return None
    p = payment(ctx, pid, date, amt, cur, payer, cid, ref, rem)
    lab = label(pid, "unapplied", [], amt, cur,
                reason="known customer, no reference, amount fits no open invoice or combination; held on account",
                scen="known_customer_no_fit", note="")
    return p, lab, []

def s_unknown(ctx, pid, date):
    payer = ctx.rng.choice(UNKNOWN_PAYERS)
    if identify(payer, ctx.cust_list) is not None:
        return None
    cur = ctx.rng.choice(["TRY", "EUR", "USD", "GBP", "AED", "BDT"])
    from b_world import rand_amount
    amt = rand_amount(ctx.rng, cur, 0.2)
    if any(i["currency"] == cur and i["bal"] == amt for i in ctx.w.invoices):
        return None
    ch = {"TRY": "eft", "EUR": "sepa", "USD": "swift", "GBP": "fps", "AED": "uae", "BDT": "beftn"}[cur]
    ref, rem = bank_text(ctx.rng, ch, payer, None)
    if extract_numbers(ref, rem):
        return None
    p = payment(ctx, pid, date, amt, cur, payer, None, ref, rem)
    lab = label(pid, "review", [], amt, cur, reason="payer is not a known customer, no reference, amount matches no open invoice",
                scen="unknown_payer_no_fit", note="")
    return p, lab, []

BAD = [("amount", "TBC", "amount is not a number"), ("amount", "-4250.00", "negative amount"),
       ("currency", None, "currency missing"), ("currency", "TL", "invalid currency code TL"),
       ("date", "2026-11-31", "malformed date (no 31 November)"), ("date", "14/11/2026", "malformed date, not ISO")]

def s_bad(ctx, pid, date, k):
    inv, c, cur = pick_open(ctx)
    if not inv:
        return None
    field, val, err = BAD[k % len(BAD)]
    payer, cid = bank_name(ctx, c), c["id"]
    r = _ref_pay(ctx, inv, c, cur, None)
    if not r:
        return None
    payer, cid, ref, rem, m = r
    p = payment(ctx, pid, date, inv["bal"], cur, payer, cid, ref, rem)
    p[field] = val
    lab = label(pid, "review", [], 0, cur, reason="bad row: " + err, scen="bad_row", note="field %s" % field)
    lab["unapplied"] = None
    lab["error"] = err
    return p, lab, []
