"""Scenario generators for blind set 409 (imported by build.py).
Each scenario returns (payment, label) or None when the current state cannot host it."""
import itertools

from build_core import EXP, fmt, fmt_text, noise_digits, norm_name, subset_sums_equal
from build_customers import UNKNOWN_PAYERS, GATEWAYS
from build_text import spell, channel, bank_payer, generic_reference


class State:
    def __init__(self, rng, custs, invoices):
        self.rng = rng
        self.custs = custs
        self.cust = {c["id"]: c for c in custs}
        self.inv = {i["id"]: i for i in invoices}
        self.by_number = {i["number"]: i for i in invoices}
        self.invoices = invoices
        self.used_small = set()
        self.paid_events = []     # (invoice, amount, customer) fully paid by a clean reference payment
        self.part_events = []     # (invoice, balance after part payment)
        self.touched_twin = set()

    # ---- views -------------------------------------------------------------------------------
    def open_of(self, cid, cur):
        return [i for i in self.invoices if i["customer_id"] == cid and i["currency"] == cur and i["balance"] > 0]

    def open_cur(self, cur):
        return [i for i in self.invoices if i["currency"] == cur and i["balance"] > 0]

    def general(self, pred=None):
        out = []
        for i in self.invoices:
            c = self.cust[i["customer_id"]]
            if c["kind"] != "regular" or i["balance"] <= 0 or i["_tag"].startswith("twin"):
                continue
            if pred is None or pred(i, c):
                out.append(i)
        return out

    def pick(self, pred=None):
        pool = self.general(pred)
        return self.rng.choice(pool) if pool else None

    def amount_unique_for_customer(self, inv, amount=None):
        """True when amount (default: inv balance) equals inv's balance and no other single invoice or
        combination of up to 3 of the customer's open invoices in that currency."""
        amount = inv["balance"] if amount is None else amount
        others = [o["balance"] for o in self.open_of(inv["customer_id"], inv["currency"])]
        hits = subset_sums_equal(others, amount, 3)
        return len(hits) == 1 and len(hits[0]) == 1

    def fits_nothing_for_customer(self, cid, cur, amount):
        bals = [o["balance"] for o in self.open_of(cid, cur)]
        return not subset_sums_equal(bals, amount, 3)

    def apply(self, apps):
        for iid, amt in apps:
            inv = self.inv[iid]
            assert 0 < amt <= inv["balance"], (iid, amt, inv["balance"])
            inv["balance"] -= amt


def P(cur, amount, payer, cid, ref, rem):
    return dict(amount=fmt(cur, amount) if isinstance(amount, int) else amount, currency=cur, payer_name=payer,
                customer_id=cid, reference=ref, remittance=rem)


def L(status, cur, apps=(), unapplied=0, short=None, cands=(), reason="", scenario="", note=""):
    return dict(status=status,
                applications=[dict(invoice_id=i, amount=fmt(cur, a)) for i, a in apps],
                unapplied=fmt(cur, unapplied),
                short_pay=None if short is None else dict(invoice_id=short[0], amount=fmt(cur, short[1]),
                                                          reason=short[2]),
                candidates=[list(c) for c in cands], reason=reason, scenario=scenario, note=note)


def maybe_cid(st, c, p_null=0.25):
    return None if st.rng.random() < p_null else c["id"]


def cand_order(invs):
    return sorted(invs, key=lambda i: (i["due_date"], i["number"]))


# ================================ applied ====================================================
def clean_ref(st, scenario="clean_ref"):
    rng = st.rng
    inv = st.pick()
    if not inv:
        return None
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    r, style = spell(inv["number"], rng)
    ref = channel(cur, rng, r, c)
    rem = None
    if rng.random() < 0.2:
        rem = "Payment for %s %s. Thank you." % (inv["number"], fmt_text(cur, inv["balance"]))
    pay = P(cur, inv["balance"], bank_payer(c, rng), c["id"], ref, rem)
    part = " (invoice part-paid earlier, pays the balance)" if inv["total"] != inv["balance"] else ""
    lab = L("applied", cur, [(inv["id"], inv["balance"])], reason="reference %s and exact balance" % inv["number"],
            scenario=scenario, note="reference spelling '%s'%s" % (style, part))
    st.paid_events.append((inv, inv["balance"], c))
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def clean_ref_by_name(st):
    rng = st.rng
    inv = st.pick()
    if not inv:
        return None
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    r, style = spell(inv["number"], rng)
    payer = rng.choice([c["name"].upper(), c["name"], "".join(ch for ch in c["name"].upper() if ch.isalnum() or ch == " ")])
    pay = P(cur, inv["balance"], payer, None, channel(cur, rng, r, c), None)
    lab = L("applied", cur, [(inv["id"], inv["balance"])],
            reason="payer name is the customer's name; reference %s and exact balance" % inv["number"],
            scenario="clean_ref_by_name", note="customer_id null; spelling '%s'" % style)
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def clean_remittance(st):
    rng = st.rng
    inv = st.pick()
    if not inv:
        return None
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    r, style = spell(inv["number"], rng)
    chq = noise_digits(rng, 6)
    kind = rng.choice(["cheque", "lockbox", "advice"])
    if kind == "cheque":
        ref = "CHQ DEP %s" % chq
        rem = "Cheque no. %s enclosed in settlement of %s for %s." % (chq, r, fmt_text(cur, inv["balance"]))
    elif kind == "lockbox":
        ref = "LOCKBOX BATCH %s ITEM %s" % (noise_digits(rng, 3), noise_digits(rng, 2))
        rem = "REMITTANCE SLIP | Customer: %s | Invoice: %s | Amount: %s" % (c["name"], r, fmt_text(cur, inv["balance"]))
    else:
        ref = generic_reference(cur, rng)
        rem = "Dear AR team, please find our payment of %s for invoice %s. Regards, Accounts Payable" % (
            fmt_text(cur, inv["balance"]), r)
    pay = P(cur, inv["balance"], bank_payer(c, rng), maybe_cid(st, c, 0.2), ref, rem)
    if pay["customer_id"] is None:
        pay["payer_name"] = c["name"].upper()
    lab = L("applied", cur, [(inv["id"], inv["balance"])],
            reason="remittance names %s; exact balance" % inv["number"], scenario="clean_remittance",
            note="%s; spelling '%s'" % (kind, style))
    st.paid_events.append((inv, inv["balance"], c))
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def same_amount_with_ref(st):
    rng = st.rng
    groups = same_amount_groups(st)
    if not groups:
        return None
    invs = rng.choice(groups)
    inv = rng.choice(invs)
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    r, style = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped", "space"]))
    pay = P(cur, inv["balance"], bank_payer(c, rng), c["id"], channel(cur, rng, r, c), None)
    lab = L("applied", cur, [(inv["id"], inv["balance"])],
            reason="reference %s picks one of %d invoices with the same balance" % (inv["number"], len(invs)),
            scenario="same_amount_with_ref", note="identical balances open; the reference decides")
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def multi_listed(st):
    rng = st.rng
    custs = [c for c in st.custs if c["kind"] == "regular"]
    rng.shuffle(custs)
    for c in custs:
        cur = rng.choice(c["cur"])
        pool = [i for i in st.open_of(c["id"], cur) if not i["_tag"].startswith("twin")]
        if len(pool) < 3:
            continue
        k = rng.randint(2, min(5, len(pool) - 1))
        invs = sorted(rng.sample(pool, k), key=lambda i: i["number"])
        total = sum(i["balance"] for i in invs)
        lines = []
        for i in invs:
            r, _ = spell(i["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped", "space",
                                                        "prefix_zeros_dropped", "digits_only"]))
            lines.append("%s  %s" % (r, fmt_text(cur, i["balance"])))
        where = rng.random()
        if where < 0.6:
            ref = generic_reference(cur, rng) if rng.random() < 0.5 else "CHQ DEP %s" % noise_digits(rng, 6)
            rem = "Payment advice from %s\n%s\nTotal %s" % (c["name"], "\n".join(lines), fmt_text(cur, total))
        else:
            nums = [spell(i["number"], rng, "zeros_dropped")[0] for i in invs]
            ref = channel(cur, rng, "INV " + "/".join(nums), c)
            rem = None
        pay = P(cur, total, bank_payer(c, rng), maybe_cid(st, c, 0.15), ref, rem)
        if pay["customer_id"] is None:
            pay["payer_name"] = c["name"].upper()
        apps = [(i["id"], i["balance"]) for i in invs]
        lab = L("applied", cur, apps, reason="%d invoices listed; amounts add up exactly" % k,
                scenario="multi_listed", note="listed in %s" % ("remittance" if rem else "reference"))
        st.apply(apps)
        return pay, lab
    return None


def multi_sum_all(st):
    rng = st.rng
    smalls = [c for c in st.custs if c["kind"] == "small" and c["id"] not in st.used_small]
    if not smalls:
        return None
    c = rng.choice(smalls)
    st.used_small.add(c["id"])
    cur = c["cur"][0]
    invs = st.open_of(c["id"], cur)
    bals = [i["balance"] for i in invs]
    total = sum(bals)
    # the full set must be the only subset with that sum
    hits = subset_sums_equal(bals, total, len(bals))
    assert len(hits) == 1, c["name"]
    pay = P(cur, total, bank_payer(c, rng), c["id"], generic_reference(cur, rng), None)
    apps = [(i["id"], i["balance"]) for i in cand_order(invs)]
    lab = L("applied", cur, apps, reason="no invoice named; amount is exactly the sum of all %d open invoices" % len(invs),
            scenario="multi_sum_all", note="customer has exactly these %d open invoices in %s" % (len(invs), cur))
    st.apply(apps)
    return pay, lab


def amount_only_unique(st):
    rng = st.rng
    for _ in range(200):
        inv = st.pick()
        if inv and st.amount_unique_for_customer(inv):
            break
    else:
        return None
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    pay = P(cur, inv["balance"], bank_payer(c, rng), c["id"], generic_reference(cur, rng) if rng.random() < 0.7 else None, None)
    lab = L("applied", cur, [(inv["id"], inv["balance"])],
            reason="known customer; amount equals exactly one open invoice (%s) and no combination" % inv["number"],
            scenario="amount_only_unique", note="no invoice number given")
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def part_payment_final(st):
    rng = st.rng
    pool = [(i, b) for i, b in st.part_events if i["balance"] == b and b > 0]
    if not pool:
        return None
    inv, b = rng.choice(pool)
    st.part_events = [(i, bb) for i, bb in st.part_events if i is not inv]
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    r, _ = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "space"]))
    pay = P(cur, b, bank_payer(c, rng), c["id"], channel(cur, rng, "FINAL " + r, c),
            "Final instalment for %s, balance %s." % (r, fmt_text(cur, b)))
    lab = L("applied", cur, [(inv["id"], b)], reason="final instalment clears the balance of %s" % inv["number"],
            scenario="part_payment_final", note="follows an earlier part payment in this batch")
    st.apply([(inv["id"], b)])
    return pay, lab


def alias(st, kind):
    rng = st.rng
    cs = [c for c in st.custs if kind in c["aliases"] and st.general(lambda i, cc: cc is c)]
    if not cs:
        return None
    c = rng.choice(cs)
    inv = rng.choice(st.general(lambda i, cc: cc is c))
    cur = inv["currency"]
    r, style = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped", "space", "prefix_zeros_dropped"]))
    payer = c["aliases"][kind]
    ref = channel(cur, rng, r, None)
    rem = None
    if kind == "person" and rng.random() < 0.5:
        rem = "Paying on behalf of %s for invoice %s" % (c["name"], r)
    pay = P(cur, inv["balance"], payer, None, ref, rem)
    desc = {"trading": "trading name", "parent": "parent company", "person": "a person paying for the business",
            "local": "name in local script / with diacritics", "trunc": "bank-truncated name"}[kind]
    lab = L("applied", cur, [(inv["id"], inv["balance"])],
            reason="payer is %s; reference %s and exact balance identify the invoice" % (desc, inv["number"]),
            scenario="alias_" + kind, note="payer '%s' for %s; customer_id null" % (payer, c["name"]))
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def typo_unique(st):
    rng = st.rng
    for _ in range(300):
        inv = st.pick()
        if not inv or not st.amount_unique_for_customer(inv):
            continue
        d7 = inv["number"][4:]
        kind = rng.choice(["transpose", "substitute", "drop"])
        if kind == "transpose":
            k = rng.randint(3, 5)
            if d7[k] == d7[k + 1]:
                continue
            t = d7[:k] + d7[k + 1] + d7[k] + d7[k + 2:]
        elif kind == "substitute":
            k = rng.randint(4, 6)
            t = d7[:k] + rng.choice([x for x in "0123456789" if x != d7[k]]) + d7[k + 1:]
        else:
            k = rng.randint(3, 6)
            t = d7[:k] + d7[k + 1:]
        if ("INV-%07d" % int(t)) in st.by_number:
            continue
        break
    else:
        return None
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    typo = "INV-" + t
    pay = P(cur, inv["balance"], bank_payer(c, rng), c["id"], channel(cur, rng, typo, c), None)
    lab = L("applied", cur, [(inv["id"], inv["balance"])],
            reason="reference %s is no invoice; one edit from %s, whose balance the amount matches exactly and uniquely"
                   % (typo, inv["number"]), scenario="typo_unique", note="typo kind %s" % kind)
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


# ================================ partial =====================================================
def part_payment(st):
    rng = st.rng
    e = None
    for _ in range(200):
        inv = st.pick(lambda i, c: True)
        if not inv:
            return None
        cur = inv["currency"]
        e = EXP[cur]
        unit = {"SGD": 100, "MYR": 100, "THB": 1000, "IDR": 1000000, "PHP": 1000, "VND": 1000000, "USD": 100}[cur] * 10 ** e
        frac = rng.choice([0.25, 1 / 3, 0.4, 0.5, 0.6])
        amt = int(inv["balance"] * frac) // unit * unit
        if amt <= 0 or amt >= inv["balance"] * 0.7:
            continue
        if not st.fits_nothing_for_customer(inv["customer_id"], cur, amt):
            continue
        break
    else:
        return None
    c = st.cust[inv["customer_id"]]
    r, _ = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped", "space", "lower"]))
    words = rng.choice(["Part payment", "Instalment 1 of 3", "Partial payment as agreed", "1st instalment",
                        "Progress payment"])
    rem = "%s for %s: %s of %s. Balance to follow." % (words, r, fmt_text(cur, amt), fmt_text(cur, inv["balance"]))
    ref = channel(cur, rng, r, c)
    pay = P(cur, amt, bank_payer(c, rng), c["id"], ref, rem)
    lab = L("partial", cur, [(inv["id"], amt)], reason="stated part payment of %s; balance stays open" % inv["number"],
            scenario="part_payment", note=words)
    st.apply([(inv["id"], amt)])
    st.part_events.append((inv, inv["balance"]))
    return pay, lab


WHT = {"THB": (0.03, 1.07, "WHT 3% (PND.53), certificate 50 Tawi no. {n}"),
       "PHP": (0.02, 1.12, "EWT 2%, BIR Form 2307 no. {n} attached"),
       "IDR": (0.02, 1.11, "PPh 23 2%, bukti potong no. {n}"),
       "MYR": (0.10, 1.0, "withholding tax 10% under s.109B, CP37 receipt no. {n}"),
       "VND": (0.05, 1.0, "foreign contractor tax withheld 5%, certificate no. {n}")}
BANK_FEE = {"SGD": 2000, "MYR": 1500, "THB": 35000, "IDR": 3500000, "PHP": 25000, "VND": 330000, "USD": 2500}


def short_pay(st, kind):
    rng = st.rng
    for _ in range(300):
        if kind == "wht":
            inv = st.pick(lambda i, c: i["currency"] in WHT)
        elif kind == "fx":
            inv = st.pick(lambda i, c: i["currency"] == "USD" and c["country"] not in ("US",))
        elif kind == "gateway":
            inv = st.pick(lambda i, c: i["currency"] in GATEWAYS)
        else:
            inv = st.pick()
        if not inv:
            return None
        cur = inv["currency"]
        e = EXP[cur]
        bal = inv["balance"]
        r, style = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped", "space", "prefix_zeros_dropped"]))
        c = st.cust[inv["customer_id"]]
        cid = c["id"]
        payer = bank_payer(c, rng)
        rem = None
        ref = channel(cur, rng, r, c)
        if kind == "bank_fee":
            ded = BANK_FEE[cur]
            rem = rng.choice(["Payment for %s %s, net of remitting bank charges %s.",
                              "%s gross %s less bank charges %s"]) % (r, fmt_text(cur, bal), fmt_text(cur, ded))
            reason = "bank charges"
        elif kind == "wht":
            rate, vat, words = WHT[cur]
            ded = int(round(bal / vat * rate))
            if cur in ("IDR",):
                ded = ded // 100 * 100
            rem = "%s  %s\nLess %s: %s\nNet paid %s" % (r, fmt_text(cur, bal), words.format(n=noise_digits(rng, 8)),
                                                       fmt_text(cur, ded), fmt_text(cur, bal - ded))
            reason = "withholding tax"
        elif kind == "discount":
            pct = rng.choice([1, 1.5, 2, 2.5])
            ded = int(round(bal * pct / 100))
            if cur in ("IDR", "VND"):
                ded = ded // 100 * 100
            rem = "%s %s less %s%% early payment discount %s = %s" % (r, fmt_text(cur, bal), ("%g" % pct),
                                                                     fmt_text(cur, ded), fmt_text(cur, bal - ded))
            reason = "early-payment discount"
        elif kind == "damaged":
            ded = int(bal * rng.uniform(0.03, 0.15))
            ded = ded // (10 ** e) * (10 ** e) if cur not in ("IDR", "VND") else ded // (1000 * 10 ** e) * (1000 * 10 ** e)
            rem = "%s: deducted %s for %d cartons damaged in transit (claim DMG-%s). Balance paid %s." % (
                r, fmt_text(cur, ded), rng.randint(2, 9), noise_digits(rng, 5), fmt_text(cur, bal - ded))
            reason = "damaged goods"
        elif kind == "unexplained":
            ded = int(bal * rng.uniform(0.004, 0.03))
            if cur in ("IDR",):
                ded = ded // 100 * 100 + 1700
            rem = None if rng.random() < 0.6 else "Payment for %s." % r
            reason = "unexplained shortfall"
        elif kind == "fx":
            ded = int(bal * rng.uniform(0.002, 0.012))
            if cur in ("IDR",):
                ded = ded // 100 * 100
            rem = rng.choice(["%s paid from our local-currency account, converted at bank rate." % r,
                              "Remitted equivalent of %s for %s; FX difference at your end." % (fmt_text(cur, bal), r),
                              "%s - FX CONVERSION" % r])
            reason = "fx shortfall"
        elif kind == "gateway":
            pct = rng.choice([1.5, 2.0, 2.5, 2.9, 3.0])
            ded = int(round(bal * pct / 100))
            if cur in ("IDR", "VND"):
                ded = ded // 100 * 100
            payer = rng.choice(GATEWAYS[cur])
            cid = None
            ref = "SETTLEMENT %s %s" % (noise_digits(rng, 8), r)
            rem = "Settlement report\nMerchant order: %s (%s)\nGross %s\nFee %g%% %s\nNet settled %s" % (
                r, c["name"], fmt_text(cur, bal), pct, fmt_text(cur, ded), fmt_text(cur, bal - ded))
            reason = "gateway/marketplace fee"
        amt = bal - ded
        if ded <= 0 or amt <= 0:
            continue
        # the net amount must not itself be an exact fit elsewhere for the customer
        if not st.fits_nothing_for_customer(c["id"], cur, amt):
            continue
        break
    else:
        return None
    pay = P(cur, amt, payer, cid, ref, rem)
    lab = L("partial", cur, [(inv["id"], amt)], short=(inv["id"], ded, reason),
            reason="reference %s; short by %s (%s)" % (inv["number"], fmt(cur, ded), reason),
            scenario="short_" + kind, note="spelling '%s'" % style)
    st.apply([(inv["id"], amt)])
    return pay, lab


# ================================ unapplied ===================================================
def overpayment(st):
    rng = st.rng
    want_partpaid = rng.random() < 0.35
    for _ in range(300):
        inv = st.pick((lambda i, c: i["total"] != i["balance"]) if want_partpaid else None)
        if not inv:
            return None
        cur = inv["currency"]
        e = EXP[cur]
        v = 0.0 if want_partpaid else rng.uniform(0.5, 1.0)
        if inv["total"] != inv["balance"] and v < 0.5:
            amt, how = inv["total"], "paid the invoice total although it was part-paid"
        elif v < 0.75:
            unit = {"IDR": 100000 * 100, "VND": 100000}.get(cur, 100 * 10 ** e)
            amt, how = (inv["balance"] // unit + 1) * unit, "rounded up"
        else:
            amt, how = inv["balance"] + int(inv["balance"] * rng.choice([0.1, 0.07, 0.12])), "a line paid twice"
        extra = amt - inv["balance"]
        if extra <= 0:
            continue
        others = [o["balance"] for o in st.open_of(inv["customer_id"], cur) if o is not inv]
        if subset_sums_equal(others, extra, 2) or subset_sums_equal(others, amt, 3):
            continue
        break
    else:
        return None
    c = st.cust[inv["customer_id"]]
    r, style = spell(inv["number"], rng)
    pay = P(cur, amt, bank_payer(c, rng), c["id"], channel(cur, rng, r, c), None)
    lab = L("unapplied", cur, [(inv["id"], inv["balance"])], unapplied=extra,
            reason="reference %s; pays more than the balance, remainder held on account" % inv["number"],
            scenario="overpayment", note=how)
    st.apply([(inv["id"], inv["balance"])])
    return pay, lab


def duplicate_payment(st):
    rng = st.rng
    pool = [(i, a, c) for i, a, c in st.paid_events if i["balance"] == 0]
    rng.shuffle(pool)
    for inv, amt, c in pool:
        cur = inv["currency"]
        if not st.fits_nothing_for_customer(c["id"], cur, amt):
            continue
        st.paid_events = [x for x in st.paid_events if x[0] is not inv]
        r, _ = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped"]))
        pay = P(cur, amt, bank_payer(c, rng), c["id"], channel(cur, rng, r, c), None)
        lab = L("unapplied", cur, unapplied=amt,
                reason="%s was already paid earlier in this batch; second payment held on account" % inv["number"],
                scenario="duplicate_payment", note="same amount and reference as the earlier payment")
        return pay, lab
    return None


def unapplied_known(st):
    rng = st.rng
    cs = [c for c in st.custs if c["kind"] == "regular"]
    for _ in range(200):
        c = rng.choice(cs)
        cur = rng.choice(c["cur"])
        bals = [o["balance"] for o in st.open_of(c["id"], cur)]
        if not bals:
            continue
        e = EXP[cur]
        hi = int(min(bals) * 0.4)
        unit = {"IDR": 1000 * 100, "VND": 1000}.get(cur, 10 ** e)
        if hi < unit * 10:
            continue
        amt = rng.randint(unit * 5, hi) // unit * unit
        if rng.random() < 0.5:
            amt = amt // (unit * 10) * (unit * 10) or unit * 10
        break
    else:
        return None
    v = rng.random()
    if v < 0.4:
        ref, rem = channel(cur, rng, "DEPOSIT"), "Advance payment / deposit for upcoming warehousing, please hold on account."
        how = "advance deposit"
    else:
        ref, rem = generic_reference(cur, rng), None
        how = "no reference; amount fits no invoice or combination"
    pay = P(cur, amt, bank_payer(c, rng), c["id"], ref, rem)
    lab = L("unapplied", cur, unapplied=amt, reason="known customer; amount fits no open invoice; held on account",
            scenario="unapplied_known", note=how)
    return pay, lab


# ================================ review ======================================================
def same_amount_groups(st):
    groups = {}
    for i in st.invoices:
        c = st.cust[i["customer_id"]]
        if i["balance"] > 0 and c["kind"] == "regular" and not i["_tag"].startswith("twin"):
            groups.setdefault((i["customer_id"], i["currency"], i["balance"]), []).append(i)
    return [g for g in groups.values() if len(g) >= 2]


def same_amount_review(st):
    rng = st.rng
    groups = same_amount_groups(st)
    rng.shuffle(groups)
    for g in groups:
        inv = g[0]
        bals = [o["balance"] for o in st.open_of(inv["customer_id"], inv["currency"])]
        hits = subset_sums_equal(bals, inv["balance"], 3)
        if any(len(h) > 1 for h in hits):
            continue
        c = st.cust[inv["customer_id"]]
        cur = inv["currency"]
        pay = P(cur, inv["balance"], bank_payer(c, rng), c["id"],
                channel(cur, rng, rng.choice(["MONTHLY STORAGE FEE", "WAREHOUSE RENTAL", "FULFILMENT FEE", "PAYMENT"])), None)
        lab = L("review", cur, unapplied=inv["balance"], cands=[[i["id"]] for i in cand_order(g)],
                reason="%d open invoices carry exactly this amount and nothing says which" % len(g),
                scenario="same_amount_review", note="oldest due first")
        return pay, lab
    return None


def truncated_ambiguous(st):
    rng = st.rng
    twins = {}
    for c in st.custs:
        if c["kind"] == "twin":
            twins.setdefault(c["twin"], []).append(c)
    key = rng.choice(sorted(twins))
    pair = twins[key]
    cur = pair[0]["cur"][0]
    groups = {}
    for i in st.invoices:
        if i["_tag"] == "twin_pair:" + key and i["balance"] > 0 and i["id"] not in st.touched_twin:
            groups.setdefault(i["balance"], []).append(i)
    groups = [g for g in groups.values() if len(g) == 2]
    payer = key
    if groups and rng.random() < 0.7:
        g = rng.choice(groups)
        for i in g:
            st.touched_twin.add(i["id"])
        pay = P(cur, g[0]["balance"], payer, None, generic_reference(cur, rng), None)
        lab = L("review", cur, unapplied=g[0]["balance"], cands=[[i["id"]] for i in cand_order(g)],
                reason="truncated payer name fits %s and %s; each has an open invoice of exactly this amount"
                       % (pair[0]["name"], pair[1]["name"]), scenario="truncated_ambiguous", note="two candidate customers")
        return pay, lab
    allb = [i["balance"] for i in st.open_cur(cur)]
    for _ in range(100):
        amt = int(rng.choice(allb) * rng.uniform(0.3, 0.9)) // 10000 * 10000
        if amt > 0 and amt not in allb:
            break
    pay = P(cur, amt, payer, None, generic_reference(cur, rng), None)
    lab = L("review", cur, unapplied=amt, reason="truncated payer name fits two customers and the amount fits nothing",
            scenario="truncated_ambiguous", note="no candidate")
    return pay, lab


def typo_conflict(st):
    rng = st.rng
    pairs = []
    for c in st.custs:
        if c["kind"] != "regular":
            continue
        for cur in c["cur"]:
            invs = [i for i in st.open_of(c["id"], cur) if not i["_tag"].startswith("twin")]
            for a, b in itertools.permutations(invs, 2):
                da, db = a["number"][4:], b["number"][4:]
                diff = sum(1 for x, y in zip(da, db) if x != y)
                if diff == 1 and a["balance"] != b["balance"] and st.amount_unique_for_customer(a):
                    pairs.append((a, b))
    if not pairs:
        return None
    a, b = rng.choice(pairs)     # amount fits a, reference names b
    c = st.cust[a["customer_id"]]
    cur = a["currency"]
    r, _ = spell(b["number"], rng, rng.choice(["canonical", "no_dash", "space"]))
    pay = P(cur, a["balance"], bank_payer(c, rng), c["id"], channel(cur, rng, r, c), None)
    lab = L("review", cur, unapplied=a["balance"], cands=[[a["id"]], [b["id"]]],
            reason="reference names %s but the amount is exactly %s's balance (one digit apart)" % (b["number"], a["number"]),
            scenario="typo_conflict", note="likely typo, but the reference is a real open invoice")
    return pay, lab


def other_customer_ref(st):
    rng = st.rng
    for _ in range(300):
        x = st.pick()
        if not x:
            return None
        cur = x["currency"]
        others = [c for c in st.custs if c["kind"] == "regular" and c["id"] != x["customer_id"] and cur in c["cur"]
                  and st.open_of(c["id"], cur)]
        if not others:
            continue
        a = rng.choice(others)
        if not st.fits_nothing_for_customer(a["id"], cur, x["balance"]):
            continue
        break
    else:
        return None
    r, _ = spell(x["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped", "space"]))
    pay = P(cur, x["balance"], bank_payer(a, rng), a["id"], channel(cur, rng, r, a), None)
    lab = L("review", cur, unapplied=x["balance"], cands=[[x["id"]]],
            reason="payment is from %s but reference %s belongs to %s" % (a["name"], x["number"], x["customer_name"]),
            scenario="other_customer_ref", note="amount equals the other customer's invoice")
    return pay, lab


FX_TO_USD = {"SGD": 0.74, "MYR": 0.21, "THB": 0.0275, "IDR": 0.0000627, "PHP": 0.0177, "VND": 0.0000393}


def currency_mismatch(st):
    rng = st.rng
    inv = st.pick(lambda i, c: c["cur"] == [i["currency"]] and i["currency"] != "USD")
    if not inv:
        return None
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    usd = int(inv["balance"] / 10 ** EXP[cur] * FX_TO_USD[cur] * 100)
    r, _ = spell(inv["number"], rng, rng.choice(["canonical", "no_dash", "zeros_dropped"]))
    pay = P("USD", usd, bank_payer(c, rng), c["id"], channel("USD", rng, r, c),
            "Payment of %s converted to USD" % r if rng.random() < 0.5 else None)
    lab = L("review", "USD", unapplied=usd, cands=[],
            reason="paid in USD; %s is in %s and the customer has no USD invoices" % (inv["number"], cur),
            scenario="currency_mismatch", note="referenced invoice %s %s; no same-currency candidate" % (inv["number"], cur))
    return pay, lab


def unknown_payer(st, match):
    rng = st.rng
    cur = rng.choice(["SGD", "MYR", "THB", "IDR", "PHP", "VND", "USD"])
    allb = [i["balance"] for i in st.open_cur(cur)]
    if match:
        counts = {}
        for b in allb:
            counts[b] = counts.get(b, 0) + 1
        pool = [i for i in st.general(lambda i, c: i["currency"] == cur) if counts[i["balance"]] == 1]
        if not pool:
            return None
        inv = rng.choice(pool)
        c = st.cust[inv["customer_id"]]
        persons = [cc["aliases"]["person"] for cc in st.custs if "person" in cc["aliases"]]
        payer = rng.choice(UNKNOWN_PAYERS + persons)
        pay = P(cur, inv["balance"], payer, None, generic_reference(cur, rng) if rng.random() < 0.6 else None, None)
        lab = L("review", cur, unapplied=inv["balance"], cands=[[inv["id"]]],
                reason="unknown payer; amount equals one open invoice (%s of %s) but nothing ties the payer to it"
                       % (inv["number"], c["name"]), scenario="unknown_payer_amount_match", note="payer '%s'" % payer)
        return pay, lab
    e = EXP[cur]
    for _ in range(200):
        amt = int(rng.choice(allb) * rng.uniform(0.2, 1.8))
        amt = amt // 10 ** e * 10 ** e if cur != "IDR" else amt // 10000 * 10000
        if amt > 0 and all(not subset_sums_equal([o["balance"] for o in st.open_of(c["id"], cur)], amt, 2)
                           for c in st.custs if cur in c["cur"]):
            break
    payer = rng.choice(UNKNOWN_PAYERS)
    pay = P(cur, amt, payer, None, generic_reference(cur, rng) if rng.random() < 0.6 else None, None)
    lab = L("review", cur, unapplied=amt, reason="unknown payer and the amount fits no open invoice",
            scenario="unknown_payer_no_fit", note="payer '%s'" % payer)
    return pay, lab


BAD = [("non_numeric_amount", "invalid amount"), ("negative_amount", "negative amount"),
       ("missing_currency", "missing currency"), ("invalid_currency", "invalid currency"),
       ("malformed_date", "malformed date"), ("non_numeric_amount2", "invalid amount")]


def bad_row(st, which):
    rng = st.rng
    inv = st.pick()
    c = st.cust[inv["customer_id"]]
    cur = inv["currency"]
    r, _ = spell(inv["number"], rng, "canonical")
    pay = P(cur, inv["balance"], bank_payer(c, rng), c["id"], channel(cur, rng, r, c), None)
    kind, err = BAD[which]
    date_override = None
    if kind == "non_numeric_amount":
        pay["amount"] = "1,2O4.50"
    elif kind == "non_numeric_amount2":
        pay["amount"] = "N/A"
    elif kind == "negative_amount":
        pay["amount"] = "-" + pay["amount"]
    elif kind == "missing_currency":
        pay["currency"] = None
    elif kind == "invalid_currency":
        pay["currency"] = "SGX" if cur != "USD" else "US$"
    elif kind == "malformed_date":
        date_override = "2024-04-31"
    lab = dict(status="review", applications=[], unapplied="0.00" if EXP.get(cur, 2) else "0", short_pay=None,
               candidates=[], reason="bad row: " + err, scenario="bad_row", note=kind, error=err)
    return pay, lab, date_override
