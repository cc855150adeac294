"""Part 4 of build.py: one generator per scenario.  Each returns (payment_without_id_date, expected_status,
expected_application_ids or None, note, reason) or None when the current ledger cannot host the scenario."""
from check import fmt, parse_amount, extract_numbers
from build_part1_customers import AGENTS_AU, AGENTS_NZ, AGENTS_USD, UNKNOWN_PAYERS
from build_part3_text import spell, disp, payer_for, channel_text, noise

class Ctx:
    def __init__(self, rng, st, customers, reserved, groups, quads):
        self.rng, self.st, self.customers, self.reserved = rng, st, customers, reserved
        self.groups, self.quads = groups, quads
        self.cust = {c["id"]: c for c in customers}
        self.paid_full = []   # (invoice_id, amount, payment_id)

    def core(self, iid):
        return self.st.inv[iid]["number"][4:].lstrip("0")

    def num(self, iid):
        return self.st.inv[iid]["number"]

    def open_inv(self, cid=None, free=True):
        st = self.st
        return [k for k, i in st.inv.items() if st.bal[k] > 0 and (cid is None or i["customer_id"] == cid)
                and (not free or k not in self.reserved)]

    def pick_open(self, ccy=None):
        pool = [k for k in self.open_inv() if ccy is None or self.st.inv[k]["currency"] == ccy]
        return self.rng.choice(pool) if pool else None

    def cust_of(self, iid):
        return self.cust[self.st.inv[iid]["customer_id"]]

def P(amount, ccy, payer, cid, ref, rem):
    return {"amount": amount, "currency": ccy, "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": rem}

def s_exact_ref(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    tok = spell(r, x.core(I))
    ref, rem = channel_text(r, c, tok, b, crn_core=x.core(I))
    payer, cid = payer_for(r, c)
    if r.random() < 0.15 and rem is None:
        rem = "Paid %s %s %s" % (x.num(I), c["currency"], disp(b))
    return P(fmt(b), c["currency"], payer, cid, ref, rem), "applied", [I], \
        "reference names %s (%s) and amount is its exact balance" % (x.num(I), tok if "CRN" not in (ref or "") else "BPAY CRN"), \
        "reference %s and exact balance" % x.num(I)

def s_multi_remit(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I)
    pool = [k for k in x.open_inv(c["id"]) if k != I]
    if len(pool) < 2:
        return None
    ids = [I] + r.sample(pool, r.choice([1, 1, 2, 2, 3, 4]))
    amt = sum(x.st.bal[k] for k in ids)
    lines = ["%s %s" % (spell(r, x.core(k), r.choice([0, 0, 1, 5, 6, 7])), disp(x.st.bal[k])) for k in ids]
    head = r.choice(["Remittance advice", "Payment advice", "Harvest payment - seasonal terms accounts", "EFT remittance"])
    rem = head + ": " + "; ".join(lines) + ". Total %s" % disp(amt)
    payer, cid = payer_for(r, c)
    ref = r.choice(["REMITTANCE EMAILED", "EFT PAYMENT", "SEE REMIT", noise(r, c) + " ACCOUNTS", None])
    return P(fmt(amt), c["currency"], payer, cid, ref, rem), "applied", ids, \
        "remittance lists %d invoices; their balances add up to the payment" % len(ids), \
        "remittance lists %s; sum matches" % ", ".join(x.num(k) for k in ids)

def s_multi_sum(x):
    r = x.rng
    cs = [c for c in x.customers if len(x.open_inv(c["id"])) >= 3]
    c = r.choice(cs)
    pool = x.open_inv(c["id"])
    allopen = x.open_inv(c["id"], free=False)
    if r.random() < 0.2 and 4 <= len(allopen) <= 12 and not any(k in x.reserved for k in allopen):
        ids = allopen
    else:
        ids = r.sample(pool, r.choice([2, 2, 3]))
    amt = sum(x.st.bal[k] for k in ids)
    payer, cid = payer_for(r, c)
    ref = r.choice([None, "PAYMENT", "ACCOUNT PAYMENT", "HARVEST PAYMENT", "STATEMENT", noise(r, c)])
    return P(fmt(amt), c["currency"], payer, cid, ref, None), "applied", ids, \
        "no invoice named; amount is the exact sum of %d open invoices of the customer and no other combination fits" % len(ids), \
        "unique combination of open invoices sums to the amount"

def s_part(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    if b < 2000:
        return None
    amt = r.choice([b // 3, b // 2, (b // 2 // 10000) * 10000, (b // 4 // 10000) * 10000, int(b * 0.4)])
    if amt <= 0:
        return None
    tok = spell(r, x.core(I), r.choice([0, 1, 5, 6, 7, 8]))
    rem = r.choice(["Part payment of %s, balance to follow after harvest" % tok,
                    "Seasonal terms instalment towards %s" % tok,
                    "Progress payment %s - remainder when wool cheque clears" % tok,
                    "%s part payt %s" % (tok, disp(amt))])
    payer, cid = payer_for(r, c)
    ref = r.choice([tok, "PART PAYMENT", None])
    return P(fmt(amt), c["currency"], payer, cid, ref, rem), "partial", [I], \
        "stated part payment of %s (balance %s); invoice stays open, no deduction" % (x.num(I), disp(b)), \
        "part payment of %s" % x.num(I)

def s_short_stated(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    kind = r.choice(["fee", "fee", "disc", "disc", "dmg", "wht"] + (["wht", "wht"] if c["currency"] == "USD" else []))
    tok = spell(r, x.core(I), r.choice([0, 1, 2, 5, 7]))
    if kind == "fee":
        d = r.choice([1000, 1500, 2000, 2500, 1200])
        rem = "%s paid less bank fee %s" % (tok, disp(d)) if r.random() < 0.5 else "%s - TT fee %s deducted by our bank" % (tok, disp(d))
    elif kind == "disc":
        pct = r.choice([2.5, 2.5, 5.0, 3.0])
        d = int(round(b * pct / 100))
        rem = "%s less %s%% prompt payment discount (%s)" % (tok, ("%g" % pct), disp(d)) if r.random() < 0.5 else \
            "Paying %s early, %g%% early settlement discount taken %s" % (tok, pct, disp(d))
    elif kind == "dmg":
        d = int(b * r.uniform(0.03, 0.2))
        rem = "%s less %s for %s damaged on delivery" % (tok, disp(d), r.choice(["4 bags urea", "2 drums glyphosate", "1 pallet seed", "split bulka bags"]))
    else:
        pct = r.choice([10, 15])
        d = int(round(b * pct / 100))
        rem = "%s: %d%% withholding tax deducted %s, certificate to follow" % (tok, pct, disp(d)) if r.random() < 0.5 else \
            "%s WHT %d%% %s" % (tok, pct, disp(d))
    if d <= 0 or d >= b:
        return None
    payer, cid = payer_for(r, c)
    ref = r.choice([tok, None, "REMITTANCE EMAILED"])
    return P(fmt(b - d), c["currency"], payer, cid, ref, rem), "partial", [I], \
        "short pay of %s by a stated deduction (%s) of %s" % (x.num(I), kind, disp(d)), \
        "short pay with stated deduction on %s" % x.num(I)

def s_short_unexplained(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    d = r.choice([int(b * r.uniform(0.01, 0.3)), r.randint(1, 99) * 100, r.randint(1, 4999)])
    if d <= 0 or d >= b:
        return None
    tok = spell(r, x.core(I))
    ref, rem = channel_text(r, c, tok, None, crn_core=x.core(I), card=False)
    payer, cid = payer_for(r, c)
    return P(fmt(b - d), c["currency"], payer, cid, ref, rem), "partial", [I], \
        "reference names %s but pays %s short with no explanation; deduction case opens" % (x.num(I), disp(d)), \
        "unexplained shortfall on %s" % x.num(I)

def s_fx_short(x):
    r = x.rng
    I = x.pick_open("USD")
    c = x.cust_of(I); b = x.st.bal[I]
    d = int(b * r.uniform(0.003, 0.02))
    if d <= 0:
        return None
    tok = spell(r, x.core(I), r.choice([0, 1, 5]))
    rem = r.choice(["%s paid from %s account, FX conversion difference %s" % (tok, r.choice(["FJD", "NZD", "AUD", "WST"]), disp(d)),
                    "Invoice %s. Short due to exchange rate on transfer" % tok])
    payer, cid = payer_for(r, c)
    return P(fmt(b - d), "USD", payer, cid, "/INV/" + tok, rem), "partial", [I], \
        "USD invoice %s paid in USD but %s short from currency conversion; FX shortfall" % (x.num(I), disp(d)), \
        "FX shortfall on %s" % x.num(I)

def s_overpay(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    amt = r.choice([(b // 10000 + 1) * 10000, b + r.randint(500, 50000), int(b * 1.1), b + b])
    if amt <= b:
        return None
    tok = spell(r, x.core(I))
    ref, rem = channel_text(r, c, tok, None, crn_core=x.core(I), card=False)
    payer, cid = payer_for(r, c)
    return P(fmt(amt), c["currency"], payer, cid, ref, rem), "unapplied", [I], \
        "reference names %s (balance %s); payment %s is more, remainder held unapplied" % (x.num(I), disp(b), disp(amt)), \
        "overpayment of %s" % x.num(I)

def s_duplicate(x):
    r = x.rng
    opts = [t for t in x.paid_full if x.st.bal[t[0]] == 0]
    if not opts:
        return None
    I, amt, pid = r.choice(opts)
    x.paid_full = [t for t in x.paid_full if t[0] != I]
    c = x.cust_of(I)
    tok = spell(r, x.core(I), r.choice([0, 1, 5, 6, 7]))
    ref, rem = channel_text(r, c, tok, amt, crn_core=x.core(I))
    return P(fmt(amt), c["currency"], c["name"].upper(), c["id"], ref, rem), "unapplied", [], \
        "%s was already paid in full by %s; this second payment is held unapplied" % (x.num(I), pid), \
        "second payment of already-paid %s" % x.num(I)

def s_alias_ref(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    payer = r.choice(c["aliases"])
    tok = spell(r, x.core(I), r.choice([0, 1, 2, 5, 6, 7, 9]))
    ref, rem = channel_text(r, c, tok, b)
    return P(fmt(b), c["currency"], payer, None, ref, rem), "applied", [I], \
        "payer %r is not the customer name (trading name/parent/person); invoice %s named with exact balance identifies it" % (payer, x.num(I)), \
        "reference %s and exact balance; payer is a related party" % x.num(I)

def s_agent(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I)
    ccy = c["currency"]
    agents = AGENTS_USD if ccy == "USD" else AGENTS_NZ if c["country"] == "NZ" else AGENTS_AU
    ids = [I]
    if r.random() < 0.3:
        others = [k for k in x.open_inv() if x.st.inv[k]["currency"] == ccy and x.st.inv[k]["customer_id"] != c["id"]]
        ids.append(r.choice(others))
    lines = ["on behalf of %s: %s %s" % (x.cust_of(k)["name"], spell(r, x.core(k), r.choice([0, 1, 5])), disp(x.st.bal[k])) for k in ids]
    amt = sum(x.st.bal[k] for k in ids)
    rem = r.choice(["Stock agent trust account payment ", "Co-op grower pool distribution - ", "Proceeds of sale "]) + "; ".join(lines)
    return P(fmt(amt), ccy, r.choice(agents), None, r.choice(["AGENT TRUST ACCT", "GROWER PAYMENT", None]), rem), "applied", ids, \
        "stock agent/co-operative pays for %d grower invoice(s) listed in the remittance, exact balances" % len(ids), \
        "agent payment on grower's behalf, invoices listed with exact balances"

def _generic_ref(r, c):
    return r.choice([None, "PAYMENT", "ACCOUNT", c["name"].upper()[:18], noise(r, c), "INTERNET BANKING"])

def s_amount_only(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    payer, cid = payer_for(r, c)
    return P(fmt(b), c["currency"], payer, cid, _generic_ref(r, c), None), "applied", [I], \
        "no invoice named; amount equals the balance of exactly one open invoice of the identified customer (%s)" % x.num(I), \
        "unique exact amount for customer"

def _typos(core):
    out = set()
    for k in range(len(core) - 1):
        out.add(core[:k] + core[k + 1] + core[k] + core[k + 2:])
    for k in range(1, len(core)):
        for d in "0123456789":
            out.add(core[:k] + d + core[k + 1:])
    out.discard(core)
    return out

def s_typo_unique(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    ty = [t for t in _typos(x.core(I)) if t not in x.st.known and t[0] != "0"]
    t = r.choice(sorted(ty))
    tok = r.choice(["AGI-0" + t, "AGI" + t, t, "INV " + t])
    payer, cid = payer_for(r, c, alias_ok=False)
    if cid is None:
        cid = c["id"]
    ref, rem = channel_text(r, c, tok, b)
    return P(fmt(b), c["currency"], payer, cid, ref, rem), "applied", [I], \
        "reference %s is a typo of %s (no such invoice); amount is the exact balance of %s only" % (tok, x.num(I), x.num(I)), \
        "mistyped number; unique exact amount"

def s_typo_conflict(x):
    r = x.rng
    pairs = []
    for c in x.customers:
        pool = x.open_inv(c["id"])
        cores = {x.core(k): k for k in pool}
        for k in pool:
            for t in _typos(x.core(k)):
                if t in cores and x.st.bal[cores[t]] != x.st.bal[k]:
                    pairs.append((k, cores[t]))
    if not pairs:
        return None
    I, J = r.choice(pairs)
    c = x.cust_of(I); b = x.st.bal[I]
    tok = spell(r, x.core(J), r.choice([0, 1, 5]))
    ref, rem = channel_text(r, c, tok, b)
    return P(fmt(b), c["currency"], c["name"].upper(), c["id"], ref, rem), "review", [], \
        "reference names %s but amount is exactly %s's balance (numbers one keystroke apart); not sure which" % (x.num(J), x.num(I)), \
        "reference and amount point at different invoices"

def s_other_customer(x):
    r = x.rng
    I = x.pick_open()
    b_c = x.cust_of(I); b = x.st.bal[I]
    others = [c for c in x.customers if c["currency"] == b_c["currency"] and c["id"] != b_c["id"]]
    a = r.choice(others)
    tok = spell(r, x.core(I), r.choice([0, 1, 5, 6, 7]))
    ref, rem = channel_text(r, a, tok, b)
    return P(fmt(b), a["currency"], a["name"].upper(), a["id"], ref, rem), "review", [], \
        "bank identifies %s but the reference names %s, an invoice of %s" % (a["name"], x.num(I), b_c["name"]), \
        "reference names another customer's invoice"

def s_same_amount(x):
    r = x.rng
    gs = [g for g in x.groups if sum(1 for k in g if x.st.bal[k] > 0 and x.st.bal[k] == x.st.bal[g[0]]) >= 2]
    if not gs:
        return None
    g = r.choice(gs)
    x.groups.remove(g)
    c = x.cust_of(g[0]); b = x.st.bal[g[0]]
    payer, cid = payer_for(r, c)
    return P(fmt(b), c["currency"], payer, cid, _generic_ref(r, c), None), "review", [], \
        "amount %s is open on %d invoices of the customer and nothing says which" % (disp(b), len(g)), \
        "same amount open on several invoices"

def s_ambiguous_sum(x):
    r = x.rng
    qs = [q for q in x.quads if all(x.st.bal[k] > 0 for k in q)]
    if not qs:
        return None
    q = r.choice(qs)
    x.quads.remove(q)
    c = x.cust_of(q[0])
    amt = x.st.bal[q[0]] + x.st.bal[q[1]]
    payer, cid = payer_for(r, c)
    return P(fmt(amt), c["currency"], payer, cid, _generic_ref(r, c), None), "review", [], \
        "amount equals two different pairs of open invoices; not sure which", "several invoice sets fit"

def s_remit_mismatch(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I)
    pool = [k for k in x.open_inv(c["id"]) if k != I]
    if len(pool) < 2:
        return None
    ids = [I] + r.sample(pool, r.choice([1, 2]))
    tot = sum(x.st.bal[k] for k in ids)
    amt = tot - r.choice([r.randint(5000, 90000), x.st.bal[ids[-1]] // 2])
    if amt <= 0:
        return None
    rem = "Remittance: " + "; ".join("%s %s" % (x.num(k), disp(x.st.bal[k])) for k in ids)
    return P(fmt(amt), c["currency"], c["name"].upper(), c["id"], "SEE REMITTANCE", rem), "review", [], \
        "remittance lists %d invoices totalling %s but %s received; which invoice is short is unknown" % (len(ids), disp(tot), disp(amt)), \
        "listed invoices do not add up to the payment"

FX = {("NZD", "AUD"): 0.91, ("AUD", "NZD"): 1.09, ("USD", "AUD"): 1.52, ("USD", "NZD"): 1.66, ("AUD", "USD"): 0.66, ("NZD", "USD"): 0.60}

def s_diff_ccy(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    pc = r.choice([k[1] for k in FX if k[0] == c["currency"]])
    amt = int(b * FX[(c["currency"], pc)] * r.uniform(0.99, 1.01))
    tok = spell(r, x.core(I), r.choice([0, 1, 5, 7]))
    ref, rem = channel_text(r, c, tok, None, card=False)
    return P(fmt(amt), pc, c["name"].upper(), c["id"], ref, rem), "review", [], \
        "%s invoice %s paid in %s; cannot apply across currencies" % (c["currency"], x.num(I), pc), \
        "payment currency differs from the invoice"

def s_unapplied_known(x):
    r = x.rng
    c = r.choice(x.customers)
    amt = r.choice([r.randint(5, 200) * 10000, r.randint(100, 900000)])
    payer, cid = payer_for(r, c)
    ref = r.choice(["PREPAYMENT SPRING ORDER", "DEPOSIT", "ACCOUNT CREDIT", None, "PAYMENT", noise(r, c) + " DEPOSIT"])
    return P(fmt(amt), c["currency"], payer, cid, ref, None), "unapplied", [], \
        "known customer, no invoice named and no invoice or combination fits the amount; held on account", \
        "known customer, nothing fits"

def s_review_unknown(x):
    r = x.rng
    if r.random() < 0.55:
        I = x.pick_open()
        c = x.cust_of(I)
        payer = r.choice(c["aliases"] + UNKNOWN_PAYERS[:4])
        amt, ccy = x.st.bal[I], c["currency"]
        note = "payer %r cannot be tied to a customer and nothing is named; amount equals %s's balance" % (payer, x.num(I))
    else:
        payer = r.choice(UNKNOWN_PAYERS)
        ccy = r.choice(["AUD", "AUD", "NZD", "USD"])
        amt = r.randint(1000, 2000000)
        note = "unknown payer, no reference, amount fits no single invoice"
    return P(fmt(amt), ccy, payer, None, r.choice([None, "PAYMENT", "TRANSFER", "FARM ACCOUNT"]), None), "review", [], note, \
        "unknown payer"

BAD = [("amount", "12O4.50", "invalid_amount"), ("amount", "-850.00", "negative_amount"), ("currency", None, "missing_currency"),
       ("currency", "AUS", "invalid_currency"), ("date", "2024-09-31", "invalid_date"), ("date", "15/10/2024", "invalid_date"),
       ("amount", "", "invalid_amount"), ("currency", "NZ$", "invalid_currency")]

def s_bad(x):
    r = x.rng
    I = x.pick_open()
    c = x.cust_of(I); b = x.st.bal[I]
    k = x.bad_i % len(BAD)
    x.bad_i += 1
    f, v, err = BAD[k]
    tok = spell(r, x.core(I), 0)
    p = P(fmt(b), c["currency"], c["name"].upper(), c["id"], tok, None)
    if f != "date":
        p[f] = v
    else:
        p["_date"] = v
    return p, "review", [], "bad row: %s %r" % (f, v), "invalid input: " + err

SCENARIOS = [
    ("exact_ref", s_exact_ref, 134), ("multi_invoice_remittance", s_multi_remit, 30), ("multi_invoice_exact_sum", s_multi_sum, 14),
    ("part_payment", s_part, 24), ("short_pay_stated_deduction", s_short_stated, 26), ("short_pay_unexplained", s_short_unexplained, 12),
    ("fx_shortfall", s_fx_short, 8), ("overpayment", s_overpay, 15), ("duplicate_payment", s_duplicate, 10),
    ("payer_alias_with_reference", s_alias_ref, 18), ("agent_on_behalf", s_agent, 12), ("amount_only_unique", s_amount_only, 10),
    ("typo_unique_amount", s_typo_unique, 10), ("typo_conflict", s_typo_conflict, 6), ("other_customer_invoice", s_other_customer, 10),
    ("same_amount_several_open", s_same_amount, 14), ("ambiguous_sum", s_ambiguous_sum, 5), ("remittance_mismatch", s_remit_mismatch, 4),
    ("different_currency", s_diff_ccy, 10), ("unapplied_known_customer", s_unapplied_known, 10), ("review_unknown_payer", s_review_unknown, 12),
    ("bad_row", s_bad, 6),
]
