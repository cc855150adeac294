"""Scenario generators. Each returns (payment, label) or None when the current ledger cannot host it."""
from build_common import rng, fmt, fmt_comma, norm_name, name_matches, subsets_summing
from build_text import channel_single, channel_multi, channel_noref, spell, code, bank_name


class State:
    def __init__(self, custs, invs):
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.invs = invs
        self.by_value = {i["value"]: i for i in invs}
        self.paid = []          # (inv, amount, cust) fully paid in this batch

    def open(self, cid, cur, asof=None):
        return [i for i in self.invs if i["cust"] == cid and i["currency"] == cur and i["bal"] > 0
                and (asof is None or i["issue"] <= asof)]

    def exact_sets(self, cid, cur, amount):
        return subsets_summing(self.open(cid, cur), amount)


def cand_key(s, amount, cited_ids):
    total = sum(i["bal"] for i in s)
    return (total != amount, not all(i["id"] in cited_ids for i in s), len(s),
            min(i["due"] for i in s), min(i["value"] for i in s))


def order_cands(sets, amount, cited_ids=()):
    seen, out = set(), []
    for s in sorted(sets, key=lambda s: cand_key(s, amount, set(cited_ids))):
        k = frozenset(i["id"] for i in s)
        if k not in seen:
            seen.add(k)
            out.append(sorted(s, key=lambda i: (i["due"], i["value"])))
    return out[:5]


def L(status, apps=(), unapplied=0, short=None, cands=(), reason="", note=""):
    return {"status": status, "apps": list(apps), "unapplied": unapplied, "short": short,
            "cands": list(cands), "reason": reason, "note": note}


def pay(amount, cur, payer, cid, ref, rem):
    return {"amount": fmt(amount), "currency": cur, "payer_name": payer, "customer_id": cid,
            "reference": ref, "remittance": rem}


def pick_cust(st, cur=None, multi_cur=False, country=None):
    cs = [c for c in st.custs if (cur is None or cur in c["currencies"])
          and (not multi_cur or len(c["currencies"]) > 1) and (country is None or c["country"] == country)]
    return rng.choice(cs)


def payer_of(c):
    return rng.choice([c["name"], c["name"].upper(), norm_name(c["name"])])


def near_miss(st, cid, cur, amount):
    return [i for i in st.open(cid, cur) if 0 < i["bal"] - amount and (i["bal"] - amount) * 100 <= 3 * i["bal"]]


def has_conflict(st, cid, cur, amount):
    return bool(st.exact_sets(cid, cur, amount))


# ---------------------------------------------------------------- applied
def s_exact_ref(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = st.open(c["id"], cur, d)
    if not op:
        return None
    inv = rng.choice(op)
    amt = inv["bal"]
    payer = payer_of(c)
    cid = c["id"] if rng.random() < 0.88 else None
    if cid is None:
        payer = c["name"].upper()
    ref, rem = channel_single(inv, amt, payer, cur)
    note = "number spelled in bank text; exact balance"
    if inv["bal"] < inv["total"]:
        note = "invoice already part-paid; payment equals the remaining balance"
    if cid is None:
        note += "; no customer id, payer name equals the customer name"
    return pay(amt, cur, payer, cid, ref, rem), L("applied", [(inv, amt)], reason="reference %s and exact balance" % inv["number"], note=note)


def s_multi_ref(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = st.open(c["id"], cur, d)
    if len(op) < 3:
        return None
    invs = rng.sample(op, rng.randint(2, min(5, len(op))))
    amt = sum(i["bal"] for i in invs)
    payer = payer_of(c)
    ref, rem = channel_multi(invs, [i["bal"] for i in invs], payer, cur)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("applied", [(i, i["bal"]) for i in invs], reason="remittance lists %d invoices; amount equals their balances" % len(invs),
              note="several invoices listed in the remittance"))


def s_multi_sum(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = [i for i in st.open(c["id"], cur, d) if i["kind"] == "project"]
    if len(op) < 3:
        return None
    invs = rng.sample(op, rng.randint(2, min(4, len(op))))
    amt = sum(i["bal"] for i in invs)
    sets = st.exact_sets(c["id"], cur, amt)
    if len(sets) != 1:
        return None
    payer = payer_of(c)
    ref, rem = channel_noref(payer, cur, amt)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("applied", [(i, i["bal"]) for i in invs], reason="no invoice named; amount is the sum of exactly one set of the customer's open invoices",
              note="%d invoices paid together, not listed" % len(invs)))


def s_amount_only(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = [i for i in st.open(c["id"], cur, d) if i["kind"] == "project"]
    if not op:
        return None
    inv = rng.choice(op)
    amt = inv["bal"]
    if len(st.exact_sets(c["id"], cur, amt)) != 1:
        return None
    payer = payer_of(c)
    ref, rem = channel_noref(payer, cur, amt)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("applied", [(inv, amt)], reason="no invoice named; amount matches one open invoice only",
              note="no reference; unique balance for the customer"))


# ---------------------------------------------------------------- partial
def s_part_payment(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = [i for i in st.open(c["id"], cur, d) if i["bal"] >= 40000]
    if not op:
        return None
    inv = rng.choice(op)
    amt = (inv["bal"] * rng.randint(20, 60)) // 100
    if rng.random() < 0.5:
        amt = amt // 10000 * 10000 or amt
    msg = rng.choice(["Partial payment, balance to follow", "Instalment 1 of 3", "Installment 2 of 4 per payment plan",
                      "Part payment - remainder next month", "Payment on account, rest after board approval"])
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, cur, extra_msg=msg)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("partial", [(inv, amt)], reason="stated part payment of %s" % inv["number"], note="customer states a part payment"))


DEDUCTIONS = {
    "bank fee": ["less bank fee %s", "wire fee %s deducted by our bank", "bank charges %s"],
    "withholding tax": ["withholding tax %s withheld", "less 10%% withholding %s"],
    "early-payment discount": ["2%% early payment discount taken %s", "less discount %s (paid within 10 days)"],
    "damaged goods": ["deducted %s for damaged goods (2 monitors arrived cracked)", "damaged docking stations, deduct %s"],
    "disputed line": ["short paid %s: disputed line, licences never activated", "holding %s for disputed onsite hours"],
    "card processor fee": ["card payout: processing fee %s", "merchant fee %s retained by processor"],
}


def s_short_stated(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    kind = rng.choice(list(DEDUCTIONS) + ["card processor fee", "credit memo"])
    payer = payer_of(c)
    if kind == "credit memo":
        op = st.open(c["id"], cur, d)
        if len(op) < 3:
            return None
        invs = rng.sample(op, 2)
        last = invs[-1]
        diff = min(last["bal"] // 2, rng.randint(2000, 60000))
        amt = sum(i["bal"] for i in invs) - diff
        ref, rem = channel_multi(invs, [i["bal"] for i in invs], payer, cur,
                                 extra_lines=["less credit memo CM-%d against %s  -%s" % (rng.randint(200, 999), spell(last), fmt_comma(diff))])
        apps = [(invs[0], invs[0]["bal"]), (last, last["bal"] - diff)]
        return (pay(amt, cur, payer, c["id"], ref, rem),
                L("partial", apps, short={"inv": last, "amount": diff, "reason": "credit memo applied by customer"},
                  reason="remittance nets a credit memo against %s" % last["number"], note="customer took a credit memo"))
    op = [i for i in st.open(c["id"], cur, d) if i["bal"] >= 20000]
    if not op:
        return None
    inv = rng.choice(op)
    b = inv["bal"]
    if kind == "bank fee":
        diff = rng.choice([1500, 2000, 2500, 3000, 3500, 4500])
    elif kind == "withholding tax":
        diff = b // 10
    elif kind == "early-payment discount":
        diff = b * 2 // 100
    elif kind == "card processor fee":
        diff = (b * 29 + 500) // 1000 + 30
    else:
        diff = max(1000, (b * rng.randint(5, 30)) // 100)
    if diff >= b:
        return None
    amt = b - diff
    msg = rng.choice(DEDUCTIONS[kind]) % fmt_comma(diff)
    if kind == "card processor fee":
        ref = "STRIPE PAYOUT %s" % code(10)
        rem = "Charge for %s gross %s, %s, net %s" % (spell(inv), fmt_comma(b), msg, fmt_comma(amt))
    else:
        ref, rem = channel_single(inv, amt, payer, cur, extra_msg=msg)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("partial", [(inv, amt)], short={"inv": inv, "amount": diff, "reason": kind},
              reason="short pay with stated %s" % kind, note="deduction stated: %s" % kind))


def s_short_unexplained(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = [i for i in st.open(c["id"], cur, d) if i["bal"] >= 10000]
    if not op:
        return None
    inv = rng.choice(op)
    diff = rng.choice([rng.randint(100, 5000), (inv["bal"] * rng.randint(5, 40)) // 100])
    amt = inv["bal"] - diff
    if amt <= 0 or has_conflict(st, c["id"], cur, amt):
        return None
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, cur)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("partial", [(inv, amt)], short={"inv": inv, "amount": diff, "reason": "unexplained shortfall"},
              reason="reference %s, amount short with no reason given" % inv["number"], note="unexplained shortfall; deduction case"))


def s_fx_short(st, d):
    c = pick_cust(st)
    cur = c["currencies"][0]
    op = [i for i in st.open(c["id"], cur, d) if i["bal"] >= 30000]
    if not op:
        return None
    inv = rng.choice(op)
    b = inv["bal"]
    diff = max(37, (b * rng.randint(3, 18)) // 1000)
    amt = b - diff
    other = "USD" if cur == "CAD" else "CAD"
    rate = 1.36 if cur == "CAD" else 0.735
    src = int(round(amt / rate))
    msg = rng.choice(["Sent %s %s, FX conversion at bank rate" % (other, fmt_comma(src)),
                      "Paid from %s account: %s %s @ %.4f" % (other, other, fmt_comma(src), rate) + " exchange rate applied"])
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, cur, extra_msg=msg)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("partial", [(inv, amt)], short={"inv": inv, "amount": diff, "reason": "foreign exchange shortfall"},
              reason="reference %s, short by a stated currency conversion" % inv["number"], note="FX shortfall, paid from a %s account" % other))


# ---------------------------------------------------------------- unapplied
def s_overpay(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = st.open(c["id"], cur, d)
    if not op:
        return None
    n = 1 if rng.random() < 0.7 else min(2, len(op))
    invs = rng.sample(op, n)
    s = sum(i["bal"] for i in invs)
    extra = rng.choice([rng.randint(500, 50000), (-s) % 10000 or 10000])
    amt = s + extra
    if has_conflict(st, c["id"], cur, amt):
        return None
    payer = payer_of(c)
    if n == 1:
        ref, rem = channel_single(invs[0], amt, payer, cur)
    else:
        ref, rem = channel_multi(invs, [i["bal"] for i in invs], payer, cur)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("unapplied", [(i, i["bal"]) for i in invs], unapplied=extra,
              reason="named invoice(s) paid in full; %s over held on account" % fmt(extra), note="overpayment"))


def s_duplicate(st, d):
    if not st.paid:
        return None
    inv, amt, c = rng.choice(st.paid)
    if inv["bal"] != 0 or has_conflict(st, c["id"], inv["currency"], amt):
        return None
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, inv["currency"])
    return (pay(amt, inv["currency"], payer, c["id"], ref, rem),
            L("unapplied", [], unapplied=amt, reason="%s already paid earlier in this batch; held on account" % inv["number"],
              note="second payment of an already-paid invoice"))


def s_no_fit(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    amt = rng.choice([rng.randint(5000, 400000), rng.randint(1, 40) * 2500])
    if has_conflict(st, c["id"], cur, amt):
        return None
    if near_miss(st, c["id"], cur, amt):
        return None
    payer = payer_of(c)
    ref, rem = channel_noref(payer, cur, amt)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("unapplied", [], unapplied=amt, reason="known customer; amount fits no open invoice or set", note="unapplied cash on account"))
