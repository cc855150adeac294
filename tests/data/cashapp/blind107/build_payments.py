"""Scenario generators (part of build.py).

Every generator returns (payment, intent) or None.  `intent` is what the set's
author means the answer to be; build.py keeps the payment only when the
decision rules (check.Book.decide) reach the same answer, otherwise it draws
again, so no accidental ambiguity survives into the set.
"""
from build_customers import CUSTOMERS, STRANGERS
from build_text import channel_text, money, spell, typo

MINOR = {"JPY": 0, "KRW": 0, "USD": 2, "TWD": 2}
BY_CID = {}


def units_str(u, cur):
    d = MINOR[cur]
    return str(u) if d == 0 else "%d.%0*d" % (u // 10 ** d, d, u % 10 ** d)


def cust_of(inv):
    return BY_CID[inv["customer_id"]]


def open_invoices(book, pred=lambda i: True):
    return [i for i in book.inv.values() if book.bal[i["id"]] > 0 and pred(i)]


def pay(cur, units, payer, cid, ref, rem):
    return dict(amount=units_str(units, cur), currency=cur, payer_name=payer, customer_id=cid,
                reference=ref, remittance=rem)


def intent(status, apps=(), unapplied=0, short=None, cands=(), reason="", note=""):
    return dict(status=status, apps=list(apps), unapplied=unapplied, short=short,
                cands=[list(c) for c in cands], reason=reason, note=note)


def pick(rng, lst):
    return rng.choice(lst) if lst else None


# ------------------------------------------------------------------ applied


def g_clean(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    s = spell(rng, inv["number"], country=c["country"])
    if rng.random() < 0.2:
        payer, ref, rem = channel_text(rng, c, cur, [], listing=[(s, b)])
    else:
        payer, ref, rem = channel_text(rng, c, cur, [s])
    cid = c["cid"] if rng.random() < 0.75 else None
    p = pay(cur, b, payer, cid, ref, rem)
    part = " (the last part of an already part-paid invoice)" if b < ctx["total"](inv) else ""
    return p, intent("applied", [(inv["id"], b)], reason="reference %s and exact balance" % inv["number"],
                     note="number written as %r%s" % (s, part))


def g_part_final(rng, book, ctx):
    lst = [i for i in open_invoices(book) if book.bal[i["id"]] < ctx["total"](i)]
    inv = pick(rng, lst)
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    payer, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"])])
    p = pay(cur, b, payer, c["cid"], ref, rem)
    return p, intent("applied", [(inv["id"], b)], reason="reference %s and exact remaining balance" % inv["number"],
                     note="pays the rest of a part-paid invoice")


def group_by_cust(book, pred=lambda i: True):
    g = {}
    for i in open_invoices(book, pred):
        g.setdefault((i["customer_id"], i["currency"]), []).append(i)
    for v in g.values():
        v.sort(key=lambda i: (i["due_date"], i["number"]))
    return g


def g_multi_listed(rng, book, ctx):
    g = [v for v in group_by_cust(book).values() if len(v) >= 2]
    v = pick(rng, g)
    if not v:
        return None
    dues = {}
    for i in v:
        dues.setdefault(i["due_date"], []).append(i)
    batches = [x for x in dues.values() if 2 <= len(x) <= 14]
    if batches and rng.random() < 0.6:
        chosen = rng.choice(batches)
        how = "closing-date batch (all invoices due %s)" % chosen[0]["due_date"]
    else:
        chosen = rng.sample(v, rng.randint(2, min(5, len(v))))
        how = "chosen invoices"
    c, cur = cust_of(chosen[0]), chosen[0]["currency"]
    style = rng.choice(["canonical", "canonical", "bare", "noprefix_sep", "prefix_nozeros"]
                       + {"JP": ["ja", "ja2"], "KR": ["ko"], "TW": ["zh"]}.get(c["country"], []))
    listing = [(spell(rng, i["number"], style), book.bal[i["id"]]) for i in chosen]
    if len(chosen) <= 3 and rng.random() < 0.4:
        payer, ref, rem = channel_text(rng, c, cur, [n for n, _ in listing])
    else:
        payer, ref, rem = channel_text(rng, c, cur, [], listing=listing)
    total = sum(u for _, u in listing)
    p = pay(cur, total, payer, c["cid"] if rng.random() < 0.8 else None, ref, rem)
    return p, intent("applied", [(i["id"], book.bal[i["id"]]) for i in chosen],
                     reason="%d invoices named in the payment, balances add up exactly" % len(chosen),
                     note=how)


def g_multi_unlisted(rng, book, ctx):
    g = [v for v in group_by_cust(book).values() if len(v) >= 2]
    rng.shuffle(g)
    for v in g:
        dues = {}
        for i in v:
            dues.setdefault(i["due_date"], []).append(i)
        opts = [x for x in dues.values() if len(x) >= 2]
        if len(v) <= 8:
            opts.append(v)
        if not opts:
            continue
        chosen = rng.choice(opts)
        c, cur = cust_of(chosen[0]), chosen[0]["currency"]
        payer, ref, rem = channel_text(rng, c, cur, [])
        total = sum(book.bal[i["id"]] for i in chosen)
        p = pay(cur, total, payer, c["cid"], ref, rem)
        what = "every open invoice" if chosen is v else "every invoice due %s" % chosen[0]["due_date"]
        return p, intent("applied", [(i["id"], book.bal[i["id"]]) for i in chosen],
                         reason="no numbers given; amount is exactly the sum of %s of the customer" % what,
                         note="closing-date batch without remittance")
    return None


def g_amount_only(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    payer, ref, rem = channel_text(rng, c, cur, [])
    p = pay(cur, b, payer, c["cid"], ref, rem)
    return p, intent("applied", [(inv["id"], b)],
                     reason="known customer, no number, amount equals one open balance and nothing else",
                     note="bank gave the customer id; only one way to make the amount")


def g_name_match(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    nm = c["name"]
    for w in ["Co., Ltd.", "K.K.", "Inc.", "LLC", "Corp.", "Pte. Ltd.", "Ltd.", "JSC"]:
        nm = nm.replace(w, "")
    payer = rng.choice([nm.strip().upper(), nm.strip() + " " + rng.choice(["CO LTD", "KK", "INC", "LTD"]),
                        c["name"].upper()])
    if c["key"] == "daeseong":
        payer = c["bank"]
    _, ref, rem = channel_text(rng, c, cur, [])
    p = pay(cur, b, payer, None, ref, rem)
    return p, intent("applied", [(inv["id"], b)],
                     reason="payer name is the billed name; amount equals one open balance only",
                     note="no customer id from the bank; identified by name")


def g_alias_ref(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    payer = rng.choice(c["aliases"] + [c["bank"]])
    _, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"])])
    if ref and c["bank"] in ref:
        ref = ref.replace(c["bank"], payer)
    p = pay(cur, b, payer, None, ref, rem)
    return p, intent("applied", [(inv["id"], b)],
                     reason="payer %r is not the billed name, but the reference %s and exact balance identify it"
                     % (payer, inv["number"]), note="alias / truncated / transliterated payer name")


def g_typo_unique(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    t = typo(rng, inv["number"], book.by_core)
    if not t:
        return None
    payer, ref, rem = channel_text(rng, c, cur, [t])
    p = pay(cur, b, payer, c["cid"], ref, rem)
    return p, intent("applied", [(inv["id"], b)],
                     reason="reference %r names no invoice; known customer and the amount fits %s only"
                     % (t, inv["number"]), note="typo in the invoice number")


# ------------------------------------------------------------------ partial


def g_part(rng, book, ctx):
    inv = pick(rng, [i for i in open_invoices(book) if book.bal[i["id"]] > 30000])
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    q = 1000 if cur in ("JPY", "KRW") else 10000
    amt = int(b * rng.choice([0.25, 0.3, 0.4, 0.5, 0.6])) // q * q
    if amt <= 0:
        return None
    word = rng.choice({"JP": ["一部入金", "分割1回目", "内金"], "KR": ["일부 입금", "분할 1회차"],
                       "TW": ["部分付款", "PARTIAL PAYMENT"]}.get(c["country"], ["PARTIAL PAYMENT",
                                                                                "1ST INSTALMENT"]))
    payer, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"]), word])
    p = pay(cur, amt, payer, c["cid"], ref, rem)
    return p, intent("partial", [(inv["id"], amt)],
                     reason="reference %s says %r: part payment, invoice stays open" % (inv["number"], word),
                     note="part payment of %s" % money(b, cur))


SHORT_TEXT = {
    "bank_fee": {"JP": ["振込手数料差引", "ﾃｽｳﾘﾖｳ ｻｼﾋｷ", "手数料当方負担分控除"], "KR": ["송금수수료 차감"],
                 "TW": ["扣除匯款手續費"], "*": ["LESS BANK CHARGES", "WIRE FEE DEDUCTED"]},
    "withholding_tax": {"KR": ["원천징수 공제"], "TW": ["扣繳 WITHHOLDING TAX 20%"], "JP": ["源泉徴収税控除"],
                        "*": ["LESS WHT", "WITHHOLDING TAX DEDUCTED"]},
    "early_payment_discount": {"JP": ["早期支払割引適用"], "KR": ["조기결제 할인 적용"],
                               "*": ["2% EARLY PAYMENT DISCOUNT TAKEN", "PROMPT PAYMENT DISCOUNT"]},
    "damaged_goods": {"JP": ["不良品返品分差引"], "KR": ["파손품 공제"], "TW": ["不良品扣款"],
                      "*": ["LESS DAMAGED GOODS RMA 7731", "DEFECTIVE PARTS DEDUCTED"]},
}


def g_short_stated(rng, book, ctx, cat=None):
    cat = cat or rng.choice(["bank_fee"] * 4 + ["withholding_tax"] * 2 + ["early_payment_discount"] * 2
                            + ["damaged_goods"] * 2)
    inv = pick(rng, [i for i in open_invoices(book) if book.bal[i["id"]] > 50000])
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    if cat == "bank_fee":
        cut = {"JPY": rng.choice([440, 660, 770, 880]), "KRW": rng.choice([500, 1000, 2000]),
               "USD": rng.choice([1500, 2000, 2500, 3500]), "TWD": rng.choice([3000, 10000, 40000])}[cur]
    elif cat == "withholding_tax":
        rate = {"KR": 0.033, "TW": 0.2, "JP": 0.1021}.get(c["country"], 0.1)
        cut = int(b * rate)
    elif cat == "early_payment_discount":
        cut = int(b * rng.choice([0.01, 0.02]))
    else:
        cut = int(b * rng.choice([0.04, 0.08, 0.12, 0.15]))
    if MINOR[cur] == 2 and cur == "TWD":
        cut = cut // 100 * 100
    if not 0 < cut < b:
        return None
    words = SHORT_TEXT[cat].get(c["country"], SHORT_TEXT[cat]["*"])
    w = rng.choice(words) + " " + money(cut, cur)
    payer, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"])])
    if rng.random() < 0.5 or not ref:
        rem = "%s %s\n%s" % (inv["number"], money(b, cur), w)
    else:
        ref = ref + " " + w
    p = pay(cur, b - cut, payer, c["cid"] if rng.random() < 0.85 else None, ref, rem)
    return p, intent("partial", [(inv["id"], b - cut)], short=(inv["id"], cut, cat),
                     reason="reference %s; payer states the %s deduction" % (inv["number"], cat.replace("_", " ")),
                     note="short pay of %s, deduction case opens" % money(cut, cur))


# ------------------------------------------------------------------ unapplied


def g_overpay(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    extra = {"JPY": rng.choice([10000, 1100, 50000, b // 10]), "KRW": rng.choice([100000, 55000, b // 10]),
             "USD": rng.choice([10000, 2500, 50000, b // 10]), "TWD": rng.choice([100000, 500000])}[cur]
    if extra <= 0:
        return None
    payer, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"])])
    p = pay(cur, b + extra, payer, c["cid"], ref, rem)
    return p, intent("unapplied", [(inv["id"], b)], unapplied=extra,
                     reason="reference %s paid in full; %s more than the balance held on account"
                     % (inv["number"], money(extra, cur)), note="overpayment")


def g_duplicate(rng, book, ctx):
    cands = [x for x in ctx["paid"] if book.bal[x[0]] == 0]
    if not cands:
        return None
    iid, units = rng.choice(cands)
    inv = book.inv[iid]
    c, cur = cust_of(inv), inv["currency"]
    payer, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"])])
    p = pay(cur, units, payer, c["cid"], ref, rem)
    return p, intent("unapplied", [], unapplied=units,
                     reason="%s was already paid by an earlier payment; held as unapplied cash" % inv["number"],
                     note="second payment of a paid invoice")


def g_fits_nothing_known(rng, book, ctx):
    c = rng.choice(CUSTOMERS)
    cur = rng.choice(c["cur"])
    amt = {"JPY": rng.randint(5, 300) * 10000, "KRW": rng.randint(5, 900) * 100000,
           "USD": rng.randint(5, 900) * 10000, "TWD": rng.randint(5, 300) * 100000}[cur]
    payer, _, _ = channel_text(rng, c, cur, [])
    ref = rng.choice(["ADVANCE PAYMENT PO 4500%d" % rng.randint(100000, 999999), "前払金 注文書 PO-%d" % rng.randint(1000, 9999),
                      "선급금", "DEPOSIT FOR ORDER", None])
    p = pay(cur, amt, payer, c["cid"], ref, None)
    return p, intent("unapplied", [], unapplied=amt,
                     reason="known customer, no invoice or combination fits the amount; held on account",
                     note="prepayment / unidentified purpose")


# ------------------------------------------------------------------ review


def g_short_unexplained(rng, book, ctx, fx=False):
    if fx:
        lst = [i for i in open_invoices(book) if i["currency"] == "USD" and cust_of(i)["country"] != "US"]
    else:
        lst = open_invoices(book, lambda i: i["currency"] in ("JPY", "KRW", "TWD") or rng.random() < 0.3)
    inv = pick(rng, lst)
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    if fx:
        cut = max(1, int(b * rng.uniform(0.002, 0.02)))
    else:
        cut = rng.choice([660, 880, 1000, 10000]) if cur == "JPY" else max(1, int(b * rng.uniform(0.01, 0.2)))
        if cur in ("KRW", "TWD"):
            cut = max(cut // 100 * 100, 100)
    if not 0 < cut < b:
        return None
    payer, ref, rem = channel_text(rng, c, cur, [spell(rng, inv["number"], country=c["country"])])
    if fx:
        rem = rng.choice(["Converted from %s at bank rate" % {"KR": "KRW", "JP": "JPY", "TW": "TWD"}.get(c["country"], "local currency"),
                          "FX conversion by remitting bank", None])
    p = pay(cur, b - cut, payer, c["cid"], ref, rem)
    return p, intent("review", cands=[[inv["id"]]],
                     reason="reference %s but %s short with no reason given" % (inv["number"], money(cut, cur)),
                     note="foreign-exchange shortfall" if fx else "unexplained shortfall")


def g_fx(rng, book, ctx):
    return g_short_unexplained(rng, book, ctx, fx=True)


def g_alias_noref(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    payer = rng.choice(c["aliases"])
    same = [[i["id"]] for i in open_invoices(book, lambda i: i["currency"] == cur and book.bal[i["id"]] == b)]
    p = pay(cur, b, payer, None, rng.choice([None, "ｿｳｷﾝ", "PAYMENT", "대금"]), None)
    return p, intent("review", cands=same,
                     reason="payer %r matches no customer and there is no number; amount equals %s of %s"
                     % (payer, inv["number"], c["name"]), note="payer name differs, unknown without reference")


def g_unknown_nothing(rng, book, ctx):
    cur = rng.choice(["JPY", "KRW", "USD", "TWD"])
    amt = {"JPY": rng.randint(30, 3000) * 1000, "KRW": rng.randint(30, 9000) * 10000,
           "USD": rng.randint(100, 90000) * 100, "TWD": rng.randint(20, 9000) * 10000}[cur]
    payer = rng.choice(STRANGERS[cur])
    p = pay(cur, amt, payer, None, rng.choice([None, "PAYMENT", "ｿｳｷﾝ", "입금", "貨款"]), None)
    return p, intent("review", reason="unknown payer and no open invoice of that amount",
                     note="cannot tell whose money this is")


def dup_groups(book, cid=None):
    g = {}
    for i in open_invoices(book):
        if cid and i["customer_id"] != cid:
            continue
        g.setdefault((i["customer_id"], i["currency"], book.bal[i["id"]]), []).append(i)
    return [v for v in g.values() if len(v) >= 2]


def g_same_amount(rng, book, ctx):
    v = pick(rng, dup_groups(book))
    if not v:
        return None
    c, cur, b = cust_of(v[0]), v[0]["currency"], book.bal[v[0]["id"]]
    payer, ref, rem = channel_text(rng, c, cur, [])
    p = pay(cur, b, payer, c["cid"], ref, rem)
    return p, intent("review", cands=[[i["id"]] for i in v],
                     reason="no number and %d open invoices carry exactly this amount" % len(v),
                     note="same amount open on several invoices")


def g_typo_ambiguous(rng, book, ctx):
    v = pick(rng, dup_groups(book))
    if not v:
        return None
    inv = rng.choice(v)
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    t = typo(rng, inv["number"], book.by_core)
    if not t:
        return None
    payer, ref, rem = channel_text(rng, c, cur, [t])
    p = pay(cur, b, payer, c["cid"], ref, rem)
    rest = [i for i in v if i is not inv]
    it = intent("review", cands=[[inv["id"]]] + [[i["id"]] for i in rest],
                reason="reference %r names no invoice; it is one digit from %s but %d invoices carry this amount"
                % (t, inv["number"], len(v)), note="typo plus same amount open twice")
    it["first"] = inv["id"]
    return p, it


def g_other_customer(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    cur = inv["currency"]
    others = [c for c in CUSTOMERS if cur in c["cur"] and c["cid"] != inv["customer_id"]]
    a = rng.choice(others)
    own = [i for i in open_invoices(book, lambda i: i["customer_id"] == a["cid"] and i["currency"] == cur)]
    if own and rng.random() < 0.5:
        x = rng.choice(own)
        amt, cands = book.bal[x["id"]], [[x["id"]]]
        note = "amount fits one of the payer's own invoices"
    else:
        amt, cands = book.bal[inv["id"]], []
        note = "amount fits the other customer's invoice"
    payer, ref, rem = channel_text(rng, a, cur, [spell(rng, inv["number"], country=a["country"])])
    p = pay(cur, amt, payer, a["cid"], ref, rem)
    return p, intent("review", cands=cands,
                     reason="reference %s is an invoice of %s, not of the paying customer" % (inv["number"], inv["customer_name"]),
                     note=note)


RATES = {("JPY", "USD"): 1 / 150.0, ("KRW", "USD"): 1 / 1350.0, ("USD", "KRW"): 1350.0, ("USD", "JPY"): 150.0,
         ("TWD", "USD"): 1 / 32.0, ("USD", "TWD"): 32.0}


def g_currency(rng, book, ctx):
    inv = pick(rng, open_invoices(book))
    if not inv:
        return None
    c, cur, b = cust_of(inv), inv["currency"], book.bal[inv["id"]]
    pcur = "USD" if cur != "USD" else {"KR": "KRW", "JP": "JPY", "TW": "TWD"}.get(c["country"], "JPY")
    major = b / 10 ** MINOR[cur]
    amt = int(round(major * RATES[(cur, pcur)] * 10 ** MINOR[pcur]))
    named = rng.random() < 0.75 or pcur in c["cur"]
    payer, ref, rem = channel_text(rng, c, pcur, [spell(rng, inv["number"], country=c["country"])] if named else [])
    p = pay(pcur, amt, payer, c["cid"], ref, rem)
    return p, intent("review", reason="%s payment for %s invoice %s: needs conversion decision"
                     % (pcur, cur, inv["number"]) if named else
                     "customer has never been billed in %s" % pcur,
                     note="payment in a different currency than the invoice")


BAD = [("amount", "-"), ("currency", None), ("date", "2024-09-31"), ("amount", "N/A"),
       ("currency", "YEN"), ("date", "31/08/2024")]


def g_bad(rng, book, ctx):
    r = g_clean(rng, book, ctx)
    if not r:
        return None
    p, _ = r
    field, val = BAD[ctx["bad_i"] % len(BAD)]
    ctx["bad_i"] += 1
    if field == "amount":
        p["amount"] = "-" + p["amount"] if val == "-" else val
    elif field == "currency":
        p["currency"] = val
    else:
        p["date_override"] = val
    err = {"amount": "amount %r is not a positive number" % p["amount"],
           "currency": "currency %r is missing or not one we bill in" % p["currency"],
           "date": "date %r is not a valid YYYY-MM-DD date" % val}[field]
    return p, dict(intent("review", reason="bad row: " + err, note="malformed bank row"), error=err)


SCENARIOS = {
    "clean_exact": (g_clean, 131),
    "part_payment_final": (g_part_final, 6),
    "multi_listed": (g_multi_listed, 40),
    "multi_unlisted_exact_sum": (g_multi_unlisted, 14),
    "amount_only_unique": (g_amount_only, 14),
    "payer_name_match_no_id": (g_name_match, 8),
    "payer_alias_with_reference": (g_alias_ref, 26),
    "typo_unique_amount": (g_typo_unique, 8),
    "part_payment": (g_part, 14),
    "short_pay_stated": (g_short_stated, 30),
    "overpayment": (g_overpay, 12),
    "duplicate_payment": (g_duplicate, 10),
    "unapplied_known_fits_nothing": (g_fits_nothing_known, 10),
    "short_unexplained": (g_short_unexplained, 12),
    "fx_shortfall": (g_fx, 8),
    "payer_alias_no_reference": (g_alias_noref, 12),
    "unknown_payer_fits_nothing": (g_unknown_nothing, 8),
    "same_amount_several_open": (g_same_amount, 10),
    "typo_ambiguous": (g_typo_ambiguous, 5),
    "reference_other_customer": (g_other_customer, 8),
    "currency_mismatch": (g_currency, 8),
    "bad_row": (g_bad, 6),
}
