"""Scenario generators, part 2: payer names, typos, ambiguity, currency, unknown payers, bad rows."""
from build_common import rng, fmt, fmt_comma, norm_name, name_matches, subsets_summing
from build_text import channel_single, channel_noref, code, bank_name
from build_scen import State, L, pay, pick_cust, payer_of, has_conflict, near_miss, order_cands

UNKNOWN_PAYERS = ["J SMITH", "PAYPAL *TECHPAY", "ACME HOLDINGS LTD", "MR R GUPTA", "BLUE HERON VENTURES",
                  "K. OYELARAN", "TD COMMERCIAL CLIENT 0", "CORPAY ONE", "M LEFEBVRE", "SQ *NORTHWIND",
                  "UNITED PROCUREMENT SVCS", "GREENLINE HOLDINGS INC"]


def _single_cands_any(st, cur, amt):
    sets = [[i] for i in st.invs if i["currency"] == cur and i["bal"] == amt]
    return order_cands(sets, amt)


def s_name_differs(st, d):
    mode = rng.choice(["accent", "truncated", "truncated", "alias", "alias", "alias", "alias_noref", "alias_noref", "alias_short"])
    if mode == "accent":
        cs = [c for c in st.custs if norm_name(c["name"]) != c["name"].upper()
              and any(ord(ch) > 127 for ch in c["name"])]
        c = rng.choice(cs)
        payer = norm_name(c["name"])
        how = "accents dropped by the bank; name still identifies the customer"
    elif mode == "truncated":
        c = rng.choice(st.custs)
        n = norm_name(c["name"])
        lim = rng.choice([16, 18, 22])
        if len(n) <= lim or len(n[:lim].strip()) < 12:
            return None
        payer = n[:lim].strip()
        if name_matches(payer, st.custs) != [c["id"]]:
            return None
        how = "bank-truncated payer name, unique prefix of the customer name"
    else:
        cs = [c for c in st.custs if c["aliases"]]
        c = rng.choice(cs)
        kind, payer = rng.choice(sorted(c["aliases"].items()))
        if name_matches(payer, st.custs):
            return None
        how = {"person": "a person pays for the business", "parent": "parent company pays",
               "trading": "trading name", "translit": "transliterated name"}[kind]
    cur = rng.choice(c["currencies"])
    op = st.open(c["id"], cur, d)
    if not op:
        return None
    inv = rng.choice(op)
    if mode == "alias_noref":
        amt = inv["bal"]
        ref, rem = channel_noref(payer, cur, amt)
        cands = _single_cands_any(st, cur, amt)
        return (pay(amt, cur, payer, None, ref, rem),
                L("review", [], unapplied=amt, cands=cands, reason="payer not identified and no invoice named",
                  note="%s; no customer id; amount equals an open balance" % how))
    if mode == "alias_short":
        diff = max(500, inv["bal"] * rng.randint(5, 25) // 100)
        amt = inv["bal"] - diff
        if amt <= 0:
            return None
        ref, rem = channel_single(inv, amt, payer, cur)
        sets = [[inv]] + st.exact_sets(c["id"], cur, amt)
        return (pay(amt, cur, payer, None, ref, rem),
                L("review", [], unapplied=amt, cands=order_cands(sets, amt, [inv["id"]]),
                  reason="payer not identified; named invoice but amount differs from its balance",
                  note="%s; short against the named invoice" % how))
    amt = inv["bal"]
    ref, rem = channel_single(inv, amt, payer, cur)
    why = "payer name identifies the customer" if mode in ("accent", "truncated") else "invoice number and exact balance identify the customer"
    return (pay(amt, cur, payer, None, ref, rem),
            L("applied", [(inv, amt)], reason="reference %s and exact balance; %s" % (inv["number"], why),
              note="%s; no customer id" % how))


def _edits(v):
    s = str(v)
    out = set()
    for k in range(len(s) - 1):
        t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        out.add(t)
    for k in range(1, len(s)):
        for dgt in "0123456789":
            out.add(s[:k] + dgt + s[k + 1:])
    out.discard(s)
    return [int(t) for t in sorted(out) if t[0] != "0"]


def s_typo(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = st.open(c["id"], cur, d)
    if not op:
        return None
    inv = rng.choice(op)
    amt = inv["bal"]
    edits = _edits(inv["value"])
    hit = [v for v in edits if v in st.by_value]
    miss = [v for v in edits if v not in st.by_value]
    want_hit = rng.random() < 0.5
    payer = payer_of(c)
    if not want_hit:
        if len(st.exact_sets(c["id"], cur, amt)) != 1:
            return None
        v = rng.choice(miss)
        fake = dict(inv, value=v)
        ref, rem = channel_single(fake, amt, payer, cur)
        return (pay(amt, cur, payer, c["id"], ref, rem),
                L("applied", [(inv, amt)], reason="referenced number %d does not exist; amount matches one open invoice only" % v,
                  note="typo in invoice number (%d for %d)" % (v, inv["value"])))
    if not hit:
        return None
    other = st.by_value[rng.choice(hit)]
    if other["bal"] == amt:
        return None
    ref, rem = channel_single(other, amt, payer, cur)
    sets = st.exact_sets(c["id"], cur, amt)
    if other["bal"] > 0:
        sets.append([other])
    where = "same customer's" if other["cust"] == c["id"] else "another customer's"
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("review", [], unapplied=amt, cands=order_cands(sets, amt, [other["id"]]),
              reason="reference names %s invoice %s whose balance differs; amount fits %s" % (where, other["number"], inv["number"]),
              note="typo in invoice number hits %s invoice" % where))


def s_other_customer(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    c2 = pick_cust(st, cur=cur)
    if c2["id"] == c["id"]:
        return None
    op = st.open(c2["id"], cur, d)
    if not op:
        return None
    inv = rng.choice(op)
    amt = inv["bal"]
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, cur)
    sets = [[inv]] + st.exact_sets(c["id"], cur, amt)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("review", [], unapplied=amt, cands=order_cands(sets, amt, [inv["id"]]),
              reason="reference names %s, an invoice of another customer" % inv["number"],
              note="payer %s cites %s's invoice" % (c["name"], c2["name"])))


def s_same_amount(st, d):
    c = pick_cust(st)
    cur = c["currencies"][0]
    rec = [i for i in st.open(c["id"], cur) if i["kind"] == "managed services" and i["bal"] == i["total"]]
    if len(rec) < 2:
        return None
    amt = rec[0]["bal"]
    sets = st.exact_sets(c["id"], cur, amt)
    if len(sets) < 2:
        return None
    payer = payer_of(c)
    ref, rem = channel_noref(payer, cur, amt)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("review", [], unapplied=amt, cands=order_cands(sets, amt),
              reason="amount equals %d open invoice sets; none named" % len(sets),
              note="same monthly fee open on several invoices"))


def s_short_noref(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    op = [i for i in st.open(c["id"], cur, d) if i["bal"] >= 20000]
    if not op:
        return None
    inv = rng.choice(op)
    diff = max(100, inv["bal"] * rng.randint(3, 25) // 1000)
    amt = inv["bal"] - diff
    if has_conflict(st, c["id"], cur, amt):
        return None
    near = near_miss(st, c["id"], cur, amt)
    if inv not in near:
        return None
    sets = [[i] for i in sorted(near, key=lambda i: (i["bal"] - amt, i["due"], i["value"]))][:5]
    payer = payer_of(c)
    ref, rem = channel_noref(payer, cur, amt)
    return (pay(amt, cur, payer, c["id"], ref, rem),
            L("review", [], unapplied=amt, cands=sets, reason="no invoice named; amount a little under open balance(s)",
              note="unexplained shortfall without a reference"))


def s_currency(st, d):
    c = pick_cust(st)
    cur = rng.choice(c["currencies"])
    other = "USD" if cur == "CAD" else "CAD"
    if other in c["currencies"]:
        return None
    op = st.open(c["id"], cur, d)
    if not op:
        return None
    inv = rng.choice(op)
    rate = 0.735 if cur == "CAD" else 1.36
    amt = int(round(inv["bal"] * rate))
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, other)
    sets = [[inv]] + st.exact_sets(c["id"], other, amt)
    return (pay(amt, other, payer, c["id"], ref, rem),
            L("review", [], unapplied=amt, cands=order_cands(sets, amt, [inv["id"]]),
              reason="payment in %s, named invoice %s is in %s" % (other, inv["number"], cur),
              note="payment currency differs from the invoice currency"))


def s_unknown(st, d):
    payer = rng.choice(UNKNOWN_PAYERS)
    cur = rng.choice(["USD", "USD", "CAD"])
    if rng.random() < 0.5:
        pool = [i for i in st.invs if i["currency"] == cur and i["bal"] > 0]
        amt = rng.choice(pool)["bal"]
    else:
        amt = rng.randint(1000, 300000)
    ref, rem = channel_noref(payer, cur, amt)
    cands = _single_cands_any(st, cur, amt)
    return (pay(amt, cur, payer, None, ref, rem),
            L("review", [], unapplied=amt, cands=cands, reason="unknown payer, no invoice named",
              note="unknown payer; %s" % ("amount equals an open balance" if cands else "amount fits nothing")))


BAD = [
    ("amount", lambda a, d: fmt(a)[:-1] + "O", "non-numeric amount"),
    ("amount", lambda a, d: "-" + fmt(a), "negative amount"),
    ("currency", lambda a, d: None, "missing currency"),
    ("currency", lambda a, d: "CDN", "invalid currency"),
    ("date", lambda a, d: "%04d-%02d-31" % (d.year, 6 if d.month < 6 else 4), "malformed date"),
    ("amount", lambda a, d: "USD " + fmt_comma(a), "non-numeric amount"),
    ("date", lambda a, d: d.strftime("%d/%m/%Y"), "malformed date"),
]


def s_bad(st, d, k):
    field, value, err = BAD[k % len(BAD)]
    c = pick_cust(st)
    cur = c["currencies"][0]
    op = st.open(c["id"], cur)
    inv = rng.choice(op)
    amt = inv["bal"]
    payer = payer_of(c)
    ref, rem = channel_single(inv, amt, payer, cur)
    p = pay(amt, cur, payer, c["id"], ref, rem)
    p["_bad"] = (field, value(amt, d))
    return p, L("review", [], unapplied=0, reason="bad row: %s" % err, note="bad input row") | {"error": err}
