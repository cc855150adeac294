"""Part 4 of build.py: one generator per scenario.

Each generator returns a dict:
  pay: payer_name, customer_id, reference, remittance, amount (int minor or raw str for bad rows), currency
  status, apps [(invoice_id, int)], unapplied (int), short_pay (None or (invoice_id, int, reason)),
  candidates [[invoice_id, ...]], reason, note, refs (invoice numbers the text must name, exactly)
or None when the ledger offers nothing suitable (the driver then retries).
"""
from b3_state import phrase, CUST, spell, kid_or_ocr, wrap_bank_text, bank_name, ascii_upper, human, MINOR
from b1_common import num_str, FACTOR, LC_BANKS, STRANGERS


def C(inv):
    return CUST[inv["customer_id"]]


def res(pay, status, apps=(), unapplied=0, short=None, cands=(), reason="", note="", refs=()):
    return {"pay": pay, "status": status, "apps": list(apps), "unapplied": unapplied, "short": short,
            "cands": [list(c) for c in cands], "reason": reason, "note": note, "refs": list(refs)}


def P(name, cid, ref, rem, amount, cur):
    return {"payer_name": name, "customer_id": cid, "reference": ref, "remittance": rem,
            "amount": amount, "currency": cur}


def ref_text(rng, st, inv):
    """Reference for one invoice in one of many spellings; returns (reference, remittance, how)."""
    cust = C(inv)
    n = st.num(inv)
    cur = inv["currency"]
    roll = rng.random()
    if (roll < 0.35 and cur == "NOK") or (roll < 0.6 and cur == "SEK"):
        k, how = kid_or_ocr(rng, n, cust)
        return k, None, how
    if roll < 0.24:
        s, how = spell(rng, n, cust)
        rem = "Payment advice\n%s  %s %s\nTotal %s %s" % (s, cur, human(st.bal[inv["id"]], cur),
                                                           cur, human(st.bal[inv["id"]], cur))
        return rng.choice([None, "PAYMENT", "Betaling", "REMITTANCE ADVICE SENT BY EMAIL"]), rem, "remittance_" + how
    s, how = spell(rng, n, cust)
    t, ch = wrap_bank_text(rng, cur, cust, s)
    return t, None, "%s/%s" % (ch, how)


def pick(rng, st, date, pred=lambda i: True):
    c = st.fresh(date, pred)
    return rng.choice(c) if c else None


def amount_unique_for(st, inv, amount):
    """No open invoice set of the customer other than {inv} itself sums to amount."""
    h = st.hits(inv["customer_id"], inv["currency"], amount)
    return all(s == [inv["id"]] for s in h)


# ------------------------------------------------------------------ clean matches
def exact_ref(rng, st, date):
    inv = pick(rng, st, date)
    if not inv:
        return None
    cust = C(inv)
    amt = st.bal[inv["id"]]
    ref, rem, how = ref_text(rng, st, inv)
    cid = inv["customer_id"] if rng.random() < 0.88 else None
    name = bank_name(rng, cust) if cid else cust["name"]
    part = " (invoice already part-paid, balance %s)" % human(amt, inv["currency"]) if \
        inv["balance"] != inv["total"] else ""
    return res(P(name, cid, ref, rem, amt, inv["currency"]), "applied", [(inv["id"], amt)],
               reason="reference %s and exact balance" % inv["number"],
               note="number written as %s%s" % (how, part), refs=[st.num(inv)])


def multi_listed(rng, st, date):
    inv0 = pick(rng, st, date)
    if not inv0:
        return None
    cust = C(inv0)
    pool = [i for i in st.fresh(date, lambda i: i["customer_id"] == inv0["customer_id"]
                                and i["currency"] == inv0["currency"]) if i["id"] != inv0["id"]]
    if len(pool) < 2:
        return None
    k = min(len(pool), rng.choice([1, 2, 2, 3, 4]))
    invs = [inv0] + rng.sample(pool, k)
    cur = inv0["currency"]
    total = sum(st.bal[i["id"]] for i in invs)
    style = rng.choice(["full", "short", "seven", "word", "noprefix_dash"])
    nstyle = rng.choice(["en", "eu"])
    lines = []
    for i in invs:
        s, _ = spell(rng, st.num(i), cust, style)
        lines.append("%s %s" % (s, human(st.bal[i["id"]], cur, nstyle)) if rng.random() < 0.6 else s)
    if rng.random() < 0.5:
        rem = "Remittance advice %s\n%s\nTotal %s" % (ascii_upper(cust["name"], 30), "\n".join(lines),
                                                     human(total, cur))
        ref = rng.choice([None, "SEE REMITTANCE", "Samlebetaling", "Sammelzahlung"])
    else:
        rem = None
        ref = ", ".join(spell(rng, st.num(i), cust, style)[0] for i in invs)
        ref, _ = wrap_bank_text(rng, cur, cust, ref, "plain" if len(ref) > 60 else None)
    cid = inv0["customer_id"] if rng.random() < 0.85 else None
    name = bank_name(rng, cust) if cid else cust["name"]
    return res(P(name, cid, ref, rem, total, cur), "applied", [(i["id"], st.bal[i["id"]]) for i in invs],
               reason="%d invoices listed, amounts add up exactly" % len(invs),
               note="listed in %s" % ("remittance" if rem else "reference"), refs=[st.num(i) for i in invs])


def multi_unlisted_sum(rng, st, date):
    custs = [c for c in CUST if True]
    rng.shuffle(custs)
    for cid in custs:
        for cur in CUST[cid]["curs"]:
            op = st.open_of(cid, cur)
            if not (2 <= len(op) <= 12) or any(i["issue_date"] > date for i in op):
                continue
            fr = [i for i in op if i["id"] not in st.touched]
            if rng.random() < 0.5 or len(fr) < 2:
                chosen = op
                how = "all open invoices of the customer"
            else:
                chosen = rng.sample(fr, rng.choice([2, 2, 3]) if len(fr) >= 3 else 2)
                how = "a subset of the open invoices"
            amt = sum(st.bal[i["id"]] for i in chosen)
            h = st.hits(cid, cur, amt)
            if h != [st.sort_ids([i["id"] for i in chosen])]:
                continue
            ref = rng.choice([None, phrase(rng, CUST[cid], "statement"), phrase(rng, CUST[cid], "pay")])
            return res(P(bank_name(rng, CUST[cid]), cid, ref, None, amt, cur), "applied",
                       [(x, st.bal[x]) for x in h[0]],
                       reason="no invoice named; amount is the only set of open invoices that adds up",
                       note="amount equals %s (%d invoices), no other combination fits" % (how, len(chosen)))
    return None


def multi_unlisted_ambiguous(rng, st, date):
    custs = list(CUST)
    rng.shuffle(custs)
    for cid in custs:
        for cur in CUST[cid]["curs"]:
            op = [i for i in st.open_of(cid, cur) if i["issue_date"] <= date]
            by = {}
            for i in op:
                by.setdefault(st.bal[i["id"]], []).append(i)
            for b, lst in by.items():
                if len(lst) >= 3:
                    amt = 2 * b
                    h = st.hits(cid, cur, amt)
                    if len(h) >= 2:
                        return res(P(bank_name(rng, CUST[cid]), cid, rng.choice([None, phrase(rng, CUST[cid], "pay"), "2 x " + phrase(rng, CUST[cid], "weekly")]),
                                    None, amt, cur), "review", cands=h[:6],
                                   reason="amount fits several sets of open invoices, none named",
                                   note="%d invoices of %s open; two of them paid, which two is unknown" % (
                                       len(lst), human(b, cur)))
            # two different pairs with equal sums
            if len(op) <= 12:
                ids = [(i["id"], st.bal[i["id"]]) for i in op]
                for a in range(len(ids)):
                    for bb in range(a + 1, len(ids)):
                        amt = ids[a][1] + ids[bb][1]
                        h = st.hits(cid, cur, amt)
                        if len(h) >= 2 and rng.random() < 0.5:
                            return res(P(bank_name(rng, CUST[cid]), cid, None, None, amt, cur), "review",
                                       cands=h[:6], reason="amount fits several sets of open invoices, none named",
                                       note="%d different invoice sets add up to the amount" % len(h))
    return None


def no_ref_unique_amount(rng, st, date):
    for _ in range(60):
        inv = pick(rng, st, date)
        if not inv:
            return None
        amt = st.bal[inv["id"]]
        cid = inv["customer_id"]
        if st.hits(cid, inv["currency"], amt) != [[inv["id"]]]:
            continue
        ref = rng.choice([None, phrase(rng, C(inv), "pay"), "PO 45000%05d" % rng.randint(10000, 99999)])
        return res(P(bank_name(rng, C(inv)), cid, ref, None, amt, inv["currency"]), "applied", [(inv["id"], amt)],
                   reason="known customer, no invoice named, amount matches exactly one open invoice",
                   note="unique balance among the customer's open invoices and combinations", refs=[])
    return None


# ------------------------------------------------------------------ part and short payments
SHORT_WORDS = {
    "bank_fee": ["less bank charges {a}", "bank charges deducted {a}", "LESS OUR CHARGES {a}", "minus gebyr {a}"],
    "withholding_tax": ["withholding tax deducted {a}", "WHT deducted {a}, certificate to follow",
                        "less withholding tax {a}"],
    "early_payment_discount": ["2% early payment discount taken {a}", "less 2% Skonto {a}",
                               "cash discount 2% {a} (paid within 10 days)"],
    "damaged_goods": ["deducted {a} for damaged goods, claim ref CL-{c}", "quality claim: damaged boxes, deduction {a}",
                      "minus {a} damaged (thawed on arrival)"],
}


def _short_amount(rng, st, inv, kind):
    b = st.bal[inv["id"]]
    cur = inv["currency"]
    z = MINOR[cur] == 0
    if kind == "bank_fee":
        fee = {"NOK": 25000, "EUR": 2500, "SEK": 15000, "DKK": 17500, "USD": 3500, "JPY": 4500, "ISK": 3500}[cur]
        fee = rng.choice([fee, fee * 2 // 5 * 2, fee + fee // 5])
        fee -= fee % (10 if z else 100)
    elif kind == "withholding_tax":
        fee = b * rng.choice([3, 10]) // 100
    elif kind == "early_payment_discount":
        fee = b * 2 // 100
    elif kind == "damaged_goods":
        fee = b * rng.randint(3, 25) // 100
    elif kind == "fx_difference":
        fee = b * rng.randint(3, 19) // 1000
    else:  # unexplained
        fee = b * rng.choice([1, 2, 5, 10, 15, 30]) // 100 + rng.randint(0, 99 if not z else 0)
    if z and kind not in ("bank_fee",):
        fee = max(fee, 10)
    return fee if 0 < fee < b else None


def _single_ref(rng, st, inv):
    s, how = spell(rng, st.num(inv), C(inv))
    return s, how


def part_payment(rng, st, date):
    for _ in range(40):
        inv = pick(rng, st, date)
        if not inv:
            return None
        b = st.bal[inv["id"]]
        cur = inv["currency"]
        amt = b * rng.choice([20, 25, 30, 40, 50, 60]) // 100
        amt -= amt % (1000 if MINOR[cur] == 0 else 10000) if amt > 200000 else 0
        if not 0 < amt < b or st.hits(inv["customer_id"], cur, amt):
            continue
        s, how = _single_ref(rng, st, inv)
        w = phrase(rng, C(inv), "part")
        if rng.random() < 0.5:
            ref, rem = "%s %s" % (w, s), None
        else:
            ref, rem = s, "%s on %s, rest to follow" % (w, s)
        return res(P(bank_name(rng, C(inv)), inv["customer_id"], ref, rem, amt, cur), "partial", [(inv["id"], amt)],
                   reason="stated part payment of %s" % inv["number"],
                   note="'%s'; %s stays open" % (w, human(b - amt, cur)), refs=[st.num(inv)])
    return None


def short_pay(rng, st, date, kind=None):
    kind = kind or rng.choice(["bank_fee", "withholding_tax", "early_payment_discount", "damaged_goods",
                               "bank_fee", "damaged_goods"])
    for _ in range(40):
        pred = (lambda i: C(i)["country"] in ("KR", "TH", "CN", "JP")) if kind == "withholding_tax" else \
            (lambda i: True)
        inv = pick(rng, st, date, pred)
        if not inv:
            return None
        cur = inv["currency"]
        fee = _short_amount(rng, st, inv, kind)
        if fee is None:
            continue
        b = st.bal[inv["id"]]
        amt = b - fee
        cid = inv["customer_id"]
        if st.hits(cid, cur, amt):
            continue
        s, how = _single_ref(rng, st, inv)
        phrase = rng.choice(SHORT_WORDS[kind]).replace("{a}", human(fee, cur)).replace("{c}", str(rng.randint(100, 999)))
        payer = bank_name(rng, C(inv))
        if kind == "bank_fee" and cur in LC_BANKS and rng.random() < 0.5:
            payer, cid = LC_BANKS[cur], None
            phrase = "L/C NO. ILC%s%04d DOCS UNDER %s, %s" % (rng.choice("ABCDEFGH"), rng.randint(1000, 9999), s, phrase)
            ref, rem = phrase, None
        elif rng.random() < 0.5:
            ref, rem = s, "Invoice %s %s; %s; paid %s" % (s, human(b, cur), phrase, human(amt, cur))
        else:
            ref, rem = "%s %s" % (s, phrase), None
        return res(P(payer, cid, ref, rem, amt, cur), "partial", [(inv["id"], amt)],
                   short=(inv["id"], fee, kind), reason="short pay on %s: %s" % (inv["number"], kind.replace("_", " ")),
                   note="stated deduction '%s'" % phrase, refs=[st.num(inv)])
    return None


def short_multi(rng, st, date):
    """Several invoices listed, one of them short by a stated deduction."""
    r = multi_listed(rng, st, date)
    if not r or len(r["apps"]) < 2 or r["pay"]["remittance"] is None:
        return None
    iid, b = r["apps"][-1]
    inv = st.by_id[iid]
    cur = inv["currency"]
    kind = rng.choice(["damaged_goods", "early_payment_discount"])
    fee = _short_amount(rng, st, inv, kind)
    if fee is None:
        return None
    amt = r["pay"]["amount"] - fee
    if st.hits(inv["customer_id"], cur, amt):
        return None
    phrase = "less %s %s on %s" % (human(fee, cur), "damaged goods" if kind == "damaged_goods" else
                                   "2% early payment discount", inv["number"])
    r["pay"]["remittance"] = r["pay"]["remittance"].rsplit("\nTotal", 1)[0] + "\n" + phrase + "\nPaid " + human(amt, cur)
    r["pay"]["amount"] = amt
    r["apps"][-1] = (iid, b - fee)
    r.update(status="partial", short=(iid, fee, kind),
             reason="listed invoices paid, %s short by a stated deduction" % inv["number"],
             note="multi-invoice remittance with '%s'" % phrase)
    return r


def short_unexplained(rng, st, date):
    for _ in range(40):
        inv = pick(rng, st, date)
        if not inv:
            return None
        cur = inv["currency"]
        fee = _short_amount(rng, st, inv, "unexplained")
        if fee is None:
            continue
        amt = st.bal[inv["id"]] - fee
        if st.hits(inv["customer_id"], cur, amt):
            continue
        ref, rem, how = ref_text(rng, st, inv)
        if rem:
            continue
        return res(P(bank_name(rng, C(inv)), inv["customer_id"], ref, None, amt, cur), "partial", [(inv["id"], amt)],
                   short=(inv["id"], fee, "unexplained"), reason="reference %s, paid short with no explanation" % inv["number"],
                   note="shortfall %s not explained; deduction case opens" % human(fee, cur), refs=[st.num(inv)])
    return None


def fx_shortfall(rng, st, date):
    for _ in range(40):
        inv = pick(rng, st, date, lambda i: i["currency"] in ("EUR", "USD") and
                   C(i)["country"] not in ("US", "DE", "FR", "ES", "PT", "IT", "NL", "FI"))
        if not inv:
            return None
        cur = inv["currency"]
        fee = _short_amount(rng, st, inv, "fx_difference")
        if fee is None:
            continue
        b = st.bal[inv["id"]]
        amt = b - fee
        if st.hits(inv["customer_id"], cur, amt):
            continue
        home = {"NO": "NOK", "IS": "ISK", "SE": "SEK", "DK": "DKK", "JP": "JPY", "PL": "PLN", "CN": "CNY",
                "KR": "KRW", "SG": "SGD", "TH": "THB", "HK": "HKD", "AE": "AED"}.get(C(inv)["country"], "NOK")
        s, _ = _single_ref(rng, st, inv)
        per_eur = {"NOK": 11.7, "ISK": 150, "SEK": 11.4, "DKK": 7.46, "JPY": 160, "PLN": 4.3, "CNY": 7.8,
                   "KRW": 1450, "SGD": 1.42, "THB": 37, "HKD": 8.2, "AED": 3.95}[home]
        home_amt = amt / 100 * per_eur * (1 if cur == "EUR" else 0.95)
        rem = "%s: we remitted %s %s, converted by our bank to %s %s; exchange difference" % (
            s, home, "{:,.2f}".format(home_amt), cur, human(amt, cur))
        return res(P(bank_name(rng, C(inv)), inv["customer_id"], s, rem, amt, cur), "partial", [(inv["id"], amt)],
                   short=(inv["id"], fee, "fx_difference"),
                   reason="reference %s, short after currency conversion" % inv["number"],
                   note="paid from %s, arrived %s short" % (home, human(fee, cur)), refs=[st.num(inv)])
    return None


# ------------------------------------------------------------------ over and double payments
def overpayment(rng, st, date):
    for _ in range(40):
        part_paid = rng.random() < 0.4
        inv = pick(rng, st, date, (lambda i: i["balance"] != i["total"]) if part_paid else (lambda i: True))
        if not inv:
            return None
        cur = inv["currency"]
        b = st.bal[inv["id"]]
        if part_paid:
            from b3_state import parse_amount
            amt = parse_amount(inv["total"], cur)
            extra = amt - b
            how = "paid the invoice total although it was already part-paid"
        else:
            extra = b * rng.choice([1, 2, 5, 10, 100]) // 100 + (rng.randint(1, 99) if MINOR[cur] else 0)
            amt = b + extra
            how = "paid more than the balance"
        if extra <= 0 or st.hits(inv["customer_id"], cur, extra) or st.hits(inv["customer_id"], cur, amt):
            continue
        ref, rem, _ = ref_text(rng, st, inv)
        return res(P(bank_name(rng, C(inv)), inv["customer_id"], ref, rem, amt, cur), "unapplied",
                   [(inv["id"], b)], unapplied=extra,
                   reason="reference %s; overpaid, remainder held on account" % inv["number"],
                   note=how, refs=[st.num(inv)])
    return None


def duplicate(rng, st, date):
    cands = [x for x in st.paid_in_batch if st.bal[x[0]] == 0]
    if not cands:
        return None
    for _ in range(20):
        iid, amt, cur, ref, pid = rng.choice(cands)
        inv = st.by_id[iid]
        if st.hits(inv["customer_id"], cur, amt):
            continue
        if rng.random() < 0.4:
            ref = "%s" % spell(rng, st.num(inv), C(inv))[0]
        return res(P(bank_name(rng, C(inv)), inv["customer_id"], ref, None, amt, cur), "unapplied", [],
                   unapplied=amt, reason="%s already paid in full (by %s); second payment held on account" % (
                       inv["number"], pid), note="duplicate of %s" % pid, refs=[st.num(inv)])
    return None


# ------------------------------------------------------------------ names
def payer_alias(rng, st, date):
    kind = rng.choice(["alias", "alias", "alias", "factor", "lc"])
    for _ in range(40):
        if kind == "lc":
            inv = pick(rng, st, date, lambda i: i["currency"] in LC_BANKS and C(i)["kind"] == "importer")
        else:
            inv = pick(rng, st, date)
        if not inv:
            return None
        cust = C(inv)
        cur = inv["currency"]
        amt = st.bal[inv["id"]]
        s, how = _single_ref(rng, st, inv)
        if kind == "factor":
            payer = FACTOR
            ref = "On behalf of %s: %s" % (ascii_upper(cust["name"], 28), s)
            note = "factoring company pays for the buyer"
        elif kind == "lc":
            payer = LC_BANKS[cur]
            ref = "L/C NO. ILC%s%04d PAYMENT UNDER DOCS %s" % (rng.choice("ABCDEFGH"), rng.randint(1000, 9999), s)
            note = "issuing bank pays under a letter of credit"
        else:
            ak = rng.choice(sorted(cust["aliases"]))
            payer = cust["aliases"][ak]
            ref = wrap_bank_text(rng, cur, cust, s)[0]
            note = "payer is the customer's %s name" % {"truncated": "bank-truncated", "parent": "parent company",
                                                          "person": "owner's personal", "trading": "trading",
                                                          "translit": "transliterated"}[ak]
        return res(P(payer, None, ref, None, amt, cur), "applied", [(inv["id"], amt)],
                   reason="reference %s and exact balance; payer name differs" % inv["number"],
                   note=note + " (%s)" % cust["name"], refs=[st.num(inv)])
    return None


def payer_unknown_noref(rng, st, date):
    for _ in range(40):
        inv = pick(rng, st, date)
        if not inv:
            return None
        cust = C(inv)
        hidden = sorted(k for k in cust["aliases"] if k in ("trading", "parent", "person"))
        if not hidden:
            continue
        ak = rng.choice(hidden)
        amt = st.bal[inv["id"]]
        cands = st.single_hits_any(inv["currency"], amt)
        ref = rng.choice([None, phrase(rng, cust, "pay")])
        return res(P(cust["aliases"][ak], None, ref, None, amt, inv["currency"]), "review", cands=cands[:6],
                   reason="payer not identified and no invoice named; amount matches open invoice(s)",
                   note="really %s (%s name), unprovable from the data" % (cust["name"], ak))
    return None


# ------------------------------------------------------------------ reference problems
def _one_edit(n):
    s = str(n)
    out = set()
    for i in range(len(s)):
        for dgt in "0123456789":
            if dgt != s[i] and not (i == 0 and dgt == "0"):
                out.add(int(s[:i] + dgt + s[i + 1:]))
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.add(int(t))
    return out


def typo_unique(rng, st, date):
    for _ in range(80):
        inv = pick(rng, st, date)
        if not inv:
            return None
        cid, cur = inv["customer_id"], inv["currency"]
        amt = st.bal[inv["id"]]
        if st.hits(cid, cur, amt) != [[inv["id"]]]:
            continue
        opts = sorted(x for x in _one_edit(st.num(inv)) if x not in st.known and 10000 <= x)
        if not opts:
            continue
        t = rng.choice(opts)
        ref = wrap_bank_text(rng, cur, C(inv), rng.choice(["NS-%07d", "%d", "Faktura %d", "INV %d"]) % t)[0]
        return res(P(bank_name(rng, C(inv)), cid, ref, None, amt, cur), "applied", [(inv["id"], amt)],
                   reason="known customer; number %d is no invoice, amount matches exactly one open invoice" % t,
                   note="typo of %s" % inv["number"], refs=[])
    return None


def typo_conflict(rng, st, date):
    fresh = st.fresh(date)
    rng.shuffle(fresh)
    for inv in fresh:
        cid, cur = inv["customer_id"], inv["currency"]
        amt = st.bal[inv["id"]]
        near = _one_edit(st.num(inv))
        others = [j for j in st.open_of(cid, cur) if st.num(j) in near and st.bal[j["id"]] != amt]
        if not others:
            continue
        h = st.hits(cid, cur, amt)
        if not h or h[0] != [inv["id"]]:
            continue
        y = others[0]
        cands = h + [[y["id"]]] if [y["id"]] not in h else h
        ref = wrap_bank_text(rng, cur, C(inv), spell(rng, st.num(y), C(inv))[0])[0]
        return res(P(bank_name(rng, C(inv)), cid, ref, None, amt, cur), "review", cands=cands[:6],
                   reason="reference names %s but amount is exactly the balance of %s" % (y["number"], inv["number"]),
                   note="probably a typo of %s; reference and amount disagree" % inv["number"], refs=[st.num(y)])
    return None


def wrong_customer(rng, st, date):
    for _ in range(40):
        x = pick(rng, st, date)
        if not x:
            return None
        cur = x["currency"]
        others = [c for c in CUST if c != x["customer_id"] and cur in CUST[c]["curs"]]
        if not others:
            continue
        cid = rng.choice(others)
        amt = st.bal[x["id"]]
        h = st.hits(cid, cur, amt)
        ref = wrap_bank_text(rng, cur, CUST[cid], spell(rng, st.num(x), CUST[cid])[0])[0]
        return res(P(bank_name(rng, CUST[cid]), cid, ref, None, amt, cur), "review", cands=h[:6],
                   reason="reference %s is an invoice of %s, payment is from %s" % (x["number"], x["customer_name"],
                                                                                   CUST[cid]["name"]),
                   note="paying another customer's invoice (group company? wrong reference?)", refs=[st.num(x)])
    return None


def same_amount(rng, st, date):
    custs = list(CUST)
    rng.shuffle(custs)
    for cid in custs:
        for cur in CUST[cid]["curs"]:
            op = [i for i in st.open_of(cid, cur) if i["issue_date"] <= date]
            by = {}
            for i in op:
                by.setdefault(st.bal[i["id"]], []).append(i)
            dup = [b for b, l in by.items() if len(l) >= 2]
            if not dup:
                continue
            b = rng.choice(dup)
            h = st.hits(cid, cur, b)
            ref = rng.choice([None, phrase(rng, CUST[cid], "weekly"), phrase(rng, CUST[cid], "pay")])
            return res(P(bank_name(rng, CUST[cid]), cid, ref, None, b, cur), "review", cands=h[:6],
                       reason="%d open invoices with this exact balance and none named" % len(by[b]),
                       note="standing-order amount %s %s" % (cur, human(b, cur)))
    return None


def currency_mismatch(rng, st, date):
    rates = {("EUR", "NOK"): 11.7, ("USD", "NOK"): 10.9, ("NOK", "EUR"): 0.0855, ("EUR", "DKK"): 7.46,
             ("USD", "JPY"): 151.0, ("EUR", "SEK"): 11.4, ("ISK", "EUR"): 0.0066, ("NOK", "USD"): 0.092,
             ("EUR", "USD"): 1.05, ("DKK", "EUR"): 0.134}
    for _ in range(60):
        inv = pick(rng, st, date)
        if not inv:
            return None
        cur = inv["currency"]
        opts = [k for k in rates if k[0] == cur]
        if not opts:
            continue
        _, pcur = rng.choice(opts)
        b = st.bal[inv["id"]]
        val = b / (10 ** MINOR[cur]) * rates[(cur, pcur)] * rng.uniform(0.985, 1.01)
        amt = int(round(val * 10 ** MINOR[pcur]))
        cid = inv["customer_id"] if rng.random() < 0.8 else None
        h = st.hits(inv["customer_id"], pcur, amt)
        s, _ = _single_ref(rng, st, inv)
        ref = wrap_bank_text(rng, pcur, C(inv), s)[0]
        return res(P(bank_name(rng, C(inv)) if cid else C(inv)["name"], cid, ref, None, amt, pcur), "review",
                   cands=h[:6], reason="reference %s is a %s invoice but payment is in %s" % (inv["number"], cur, pcur),
                   note="needs a decision on the exchange difference", refs=[st.num(inv)])
    return None


def no_fit_known(rng, st, date):
    for _ in range(40):
        cid = rng.choice(list(CUST))
        cur = rng.choice(CUST[cid]["curs"])
        z = MINOR[cur] == 0
        base = {"NOK": 50000, "EUR": 5000, "ISK": 500000, "SEK": 40000, "DKK": 30000, "JPY": 500000, "USD": 5000}[cur]
        amt = base * rng.choice([1, 2, 3, 4, 6, 10]) * (1 if z else 100)
        if rng.random() < 0.4:
            amt += rng.randint(1, 999) * (10 if z else 100) + (0 if z else rng.randint(0, 99))
        if st.hits(cid, cur, amt):
            continue
        ref = rng.choice([phrase(rng, CUST[cid], "prepay"), phrase(rng, CUST[cid], "prepay"), None])
        return res(P(bank_name(rng, CUST[cid]), cid, ref, None, amt, cur), "unapplied", [], unapplied=amt,
                   reason="known customer, no invoice named and no open invoice set fits; held on account",
                   note="looks like a prepayment / on-account payment")
    return None


def unknown_payer(rng, st, date):
    for _ in range(40):
        cur = rng.choice(["NOK", "EUR", "SEK", "USD", "ISK", "DKK"])
        z = MINOR[cur] == 0
        amt = rng.randint(500, 90000) * (10 if z else 100) + (0 if z else rng.randint(0, 99))
        if st.single_hits_any(cur, amt):
            continue
        ref = rng.choice([None, "Refusjon", "Rent March", "Invoice 2025-117", "Booking 88124-B", "Gift card",
                          "Depositum", "Order 3316"])
        return res(P(rng.choice(STRANGERS), None, ref, None, amt, cur), "review", cands=[],
                   reason="payer unknown, no invoice named, amount matches no open invoice",
                   note="not our customer as far as the data shows")
    return None


def bad_row(rng, st, date):
    inv = pick(rng, st, date)
    if not inv:
        return None
    cur = inv["currency"]
    b = st.bal[inv["id"]]
    s, _ = _single_ref(rng, st, inv)
    kinds = ["text_amount", "negative", "bad_currency", "bad_date", "no_currency", "bad_date2", "empty_amount"]
    st.bad_i = getattr(st, "bad_i", -1) + 1
    kind = kinds[st.bad_i % len(kinds)]
    amount, currency, bad_date, err = None, cur, None, None
    from b1_common import fmt
    good = fmt(b, cur)
    if kind == "text_amount":
        amount, err = good.replace("0", "O", 1) if "0" in good else "12,5OO.00", "amount is not a number"
    elif kind == "negative":
        amount, err = "-" + good, "amount is negative"
    elif kind == "empty_amount":
        amount, err = "", "amount is empty"
    elif kind == "no_currency":
        amount, currency, err = good, None, "currency missing"
    elif kind == "bad_currency":
        amount, currency, err = good, {"NOK": "NKR", "EUR": "EURO", "SEK": "SKR", "DKK": "DKR", "ISK": "IKR",
                                       "JPY": "YEN", "USD": "US$"}[cur], "currency is not a valid ISO 4217 code"
    elif kind == "bad_date":
        amount, bad_date, err = good, rng.choice(["2025-02-30", "2025-02-29", "2025-13-04"]), \
            "date is not a valid calendar date"
    else:
        amount, bad_date, err = good, "%s/%s/%s" % (date[8:], date[5:7], date[:4]), "date is not ISO yyyy-mm-dd"
    r = res(P(bank_name(rng, C(inv)), inv["customer_id"], s, None, amount, currency), "review",
            reason="bad row: " + err, note="row would otherwise match %s" % inv["number"], refs=[st.num(inv)])
    r["error"] = err
    r["bad_date"] = bad_date
    return r


GENERATORS = {
    "exact_ref": exact_ref, "multi_listed": multi_listed, "multi_unlisted_sum": multi_unlisted_sum,
    "multi_unlisted_ambiguous": multi_unlisted_ambiguous, "no_ref_unique_amount": no_ref_unique_amount,
    "part_payment": part_payment, "short_pay_stated": short_pay, "short_pay_multi": short_multi,
    "short_unexplained": short_unexplained, "fx_shortfall": fx_shortfall, "overpayment": overpayment,
    "duplicate_payment": duplicate, "payer_alias_ref": payer_alias, "payer_unknown_noref": payer_unknown_noref,
    "typo_unique_amount": typo_unique, "typo_conflict": typo_conflict, "wrong_customer_ref": wrong_customer,
    "same_amount_multiple": same_amount, "currency_mismatch": currency_mismatch, "no_fit_known": no_fit_known,
    "unknown_payer": unknown_payer, "bad_row": bad_row,
}
