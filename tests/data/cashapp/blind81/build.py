#!/usr/bin/env python3
"""Blind cash-application set: UK & Irish food-service supplier. Deterministic, stdlib only."""
import json, os, random, itertools
from datetime import date, timedelta

R = random.Random(281)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "uk_ie_hospitality")
SYM = {"GBP": "£", "EUR": "€", "USD": "$"}


def f2(p):  # pence -> "123.45"
    s = "-" if p < 0 else ""
    p = abs(p)
    return f"{s}{p // 100}.{p % 100:02d}"


def money(p, cur):
    return f"{SYM[cur]}{p // 100:,}.{p % 100:02d}"


# ---------------------------------------------------------------- customers
SURN = ["Barrow", "Finch", "Callaghan", "Mercer", "Hollis", "Doyle", "Pennick", "Ashworth", "Kinsella", "Trevan",
        "Moss", "Garvey", "Lomax", "Quill", "Rudd", "Fenwick", "Brannigan", "Carrow", "Dunmore", "Elphick",
        "Gorman", "Haskett", "Ivens", "Jessop", "Keogh", "Loftus", "Mahon", "Nolan", "Ormsby", "Prendergast"]
PUBS = ["The Crooked Billet", "The Drovers Rest", "The Wheatsheaf", "The Pig & Whistle", "The Three Horseshoes",
        "The Fox and Hounds", "The Salt House", "The Lamb Inn", "The Old Forge", "The Ferryman", "The Kings Arms",
        "The Blue Anchor", "The Plough", "The Jolly Sailor", "The Hop Pole", "The Bell at Sapperton",
        "The Quarryman", "The Royal Oak", "The Greyhound", "The Mason's Arms"]
PLACES = ["Harrogate", "Keswick", "Whitby", "Ludlow", "Tenby", "Padstow", "Oban", "Rye", "Buxton", "Hexham",
          "Kinsale", "Westport", "Dingle", "Clifden", "Kenmare", "Ardmore", "Carlingford", "Lahinch"]
SAINTS = ["Brigid", "Columba", "Aidan", "Hilda", "Chad", "Bede", "Kevin", "Ita", "Finbarr", "Oliver"]
IRISH_SCH = ["Scoil Mhuire", "Scoil Naomh Iosef", "Gaelscoil an Chláir", "Scoil Bhríde", "Scoil Chaitríona",
             "Scoil Naomh Pádraig", "Coláiste Éanna", "Scoil an Spioraid Naoimh"]
GROUPS = [("Harbour & Vine Hospitality Group Ltd", "HARBOUR & VINE HOSPITALITY", "GBP",
           ["The Anchor, Falmouth", "The Quayside, St Ives", "Vine Kitchen, Truro", "The Net Loft, Mevagissey"]),
          ("Saltmarsh Inns Limited", "SALTMARSH INNS LIMITED", "GBP",
           ["The Heron, Blakeney", "The Marsh Harrier, Cley", "The Stiffkey Red", "The Granary, Wells"]),
          ("Liffey Quarter Restaurants Ltd", "LIFFEY QUARTER RESTAURANTS", "EUR",
           ["Ember, Dame St", "Ember, Ranelagh", "Haddon's Grill, Smithfield"]),
          ("Copperleaf Dining Group plc", "COPPERLEAF DINING GROUP PLC", "GBP",
           ["Copperleaf Leeds", "Copperleaf York", "Copperleaf Manchester", "Copperleaf Sheffield", "Copperleaf Hull"])]

customers = []


def add_cust(name, bank, cur, kind, group=None, trading=None):
    c = {"cid": f"C-{1001 + len(customers)}", "name": name, "bank": bank, "currency": cur, "kind": kind,
         "group": group, "trading": trading}
    customers.append(c)
    return c


used_pubs = []
for i in range(26):
    a, b = R.sample(SURN, 2)
    pub = PUBS[i % len(PUBS)]
    if i == 20:
        pub = "The Red Lion"
    if i == 21:
        pub = "The Red Lion"
    suffix = R.choice(["Ltd", "Limited"])
    cur = "EUR" if i % 6 == 5 else "GBP"
    co = f"{a} & {b} {suffix}" if i % 3 else f"{a} Taverns {suffix}"
    # bank prints either the trading name or the company, upper case, LTD/LIMITED as the bank likes
    add_cust(f"{co} t/a {pub}", None, cur, "pub", trading=pub)
for i in range(24):
    a = R.choice(SURN)
    kinds = [("{a} Restaurants Limited", "restaurant"), ("{p} Hotel Ltd", "hotel"),
             ("{a} Contract Catering Ltd", "caterer"), ("{p} Bay Hotel & Spa Limited", "hotel")]
    tpl, kind = kinds[i % 4]
    p = PLACES[i % len(PLACES)]
    cur = "EUR" if p in PLACES[10:] else "GBP"
    add_cust(tpl.format(a=a, p=p), None, cur, kind)
for i in range(14):
    s = SAINTS[i % len(SAINTS)]
    add_cust(f"St {s}'s {R.choice(['Primary School', 'C of E Primary', 'Academy', 'Catholic High School'])}, "
             f"{R.choice(['Leeds', 'Bolton', 'Derby', 'Stroud', 'Wrexham', 'Carlisle'])}", None, "GBP", "school")
for i, s in enumerate(IRISH_SCH):
    add_cust(f"{s} N.S., {R.choice(['Ennis', 'Tuam', 'Mallow', 'Navan', 'Athlone'])}", None, "EUR", "school")
for gname, gbank, cur, venues in GROUPS:
    for v in venues:
        add_cust(f"{gname} ({v})", None, cur, "venue", group=gname)
# USD-billed customers (US-owned hotel and an offshore caterer)
add_cust("Atlantic Crest Hotels Inc", None, "USD", "hotel")
add_cust("Meridian Offshore Catering LLC", None, "USD", "caterer")
add_cust("Bluehaven Cruise Provisioning Inc", None, "USD", "caterer")
# A Northern Ireland pub billed in GBP that sometimes pays from a euro account
ni = add_cust("Carrow & Keogh Ltd t/a The Mourne Inn", None, "GBP", "pub", trading="The Mourne Inn")
GROUP_BANK = {g[0]: g[1] for g in GROUPS}


def bank_name(c, style=None):
    """How a bank prints the payer."""
    style = style or R.choice(["co", "co", "trading"])
    if c["kind"] == "venue":
        n = GROUP_BANK[c["group"]]
    elif c["trading"] and style == "trading":
        n = c["trading"].upper()
    else:
        n = c["name"].split(" t/a ")[0].split(",")[0].upper()
        n = n.replace("LIMITED", R.choice(["LIMITED", "LTD"])) if "LIMITED" in n else n
        n = n.replace(" LTD", R.choice([" LTD", " LIMITED", " LTD."]))
        n = n.replace("'", "").replace("&", R.choice(["&", "AND"]))
    return n


# ---------------------------------------------------------------- invoices
raw = []  # (issue_date, batchkey, cust, total_p, balance_p, twin)
START = date(2025, 11, 17)


def amt_for(kind, cur):
    lo, hi = {"pub": (9000, 260000), "restaurant": (25000, 480000), "hotel": (60000, 950000),
              "caterer": (80000, 1400000), "school": (18000, 160000), "venue": (30000, 520000)}[kind]
    return R.randint(lo, hi)


bk = 0
for c in customers:
    n = {"pub": 14, "restaurant": 17, "hotel": 16, "caterer": 20, "school": 15, "venue": 13}[c["kind"]]
    n = max(3, n + R.randint(-4, 5))
    i = 0
    while i < n:
        d = START + timedelta(days=R.randint(0, 100))
        if c["kind"] in ("venue", "caterer", "school", "hotel") and R.random() < 0.25:
            bk += 1
            k = R.randint(3, 5)  # weekly delivery run billed together: consecutive numbers
            for _ in range(k):
                raw.append([d, bk, c, amt_for(c["kind"], c["currency"]), None, False])
            i += k
        else:
            bk += 1
            raw.append([d, bk, c, amt_for(c["kind"], c["currency"]), None, False])
            i += 1
# standing-order twins: same delivery billed twice at the same price (schools, caterers, pubs)
twin_cands = [c for c in customers if c["kind"] in ("school", "pub", "caterer", "restaurant")]
for c in R.sample(twin_cands, 30):
    a = amt_for(c["kind"], c["currency"])
    d = START + timedelta(days=R.randint(0, 80))
    bk += 1
    raw.append([d, bk, c, a, None, True])
    bk += 1
    raw.append([d + timedelta(days=7), bk, c, a, None, True])

raw.sort(key=lambda r: (r[0], r[1]))
invoices = []
INV = {}
num = 304117
for d, b, c, tot, _, twin in raw:
    num += R.choice([1, 1, 1, 2, 3]) if not invoices or invoices[-1]["_bk"] != b else 1
    bal = tot
    if not twin and R.random() < 0.08:
        bal = tot - R.randint(1, tot // 100) * 100 // 2 * 2  # earlier part payment outside this file
        bal = max(bal, 500)
    terms = 30 if c["kind"] in ("hotel", "caterer", "venue") else (14 if c["kind"] == "pub" else 30)
    inv = {"id": f"i-{len(invoices) + 1:05d}", "number": f"SI-{num}", "customer_id": c["cid"],
           "customer_name": c["name"], "currency": c["currency"], "total": f2(tot), "balance": f2(bal),
           "issue_date": d.isoformat(), "due_date": (d + timedelta(days=terms)).isoformat(),
           "_bk": b, "_twin": twin, "_c": c, "_bal": bal, "_tot": tot, "_d": d}
    invoices.append(inv)
    INV[inv["id"]] = inv
BYNUM = {i["number"]: i for i in invoices}

# reserve one equal-amount pair across the two "Red Lion" companies, three times
RL = [c for c in customers if c["trading"] == "The Red Lion"]
RL_PAIRS = []
for k in range(3):
    a = [i for i in invoices if i["_c"] is RL[0] and not i["_twin"] and i["_bal"] == i["_tot"]][k]
    b = [i for i in invoices if i["_c"] is RL[1] and not i["_twin"] and i["_bal"] == i["_tot"]][k]
    b["_bal"] = b["_tot"] = a["_bal"]
    b["total"] = b["balance"] = a["balance"]
    b["_twin"] = a["_twin"] = True  # reserved
    RL_PAIRS.append((a, b))

# ---------------------------------------------------------------- payments
BAL = {i["id"]: i["_bal"] for i in invoices}
USED = set()
PAID_SINGLE = []   # (inv, amount, ref, pid) fully paid by one payment
PARTIALS = []      # invoices left open on purpose by a part payment
payments, labels = [], []
CUR_DATE = [None]


def open_of(cust, cur=None):
    cur = cur or cust["currency"]
    return [i for i in invoices if i["_c"] is cust and i["currency"] == cur and BAL[i["id"]] > 0]


def fresh(pred=lambda i: True, cur=None):
    return [i for i in invoices if i["id"] not in USED and not i["_twin"] and BAL[i["id"]] == i["_bal"]
            and BAL[i["id"]] > 0 and (cur is None or i["currency"] == cur) and pred(i)]


def subset_hits(pool, amount, maxk=3):
    hits = []
    for k in range(1, maxk + 1):
        for comb in itertools.combinations(pool, k):
            if sum(BAL[i["id"]] for i in comb) == amount:
                hits.append([i["id"] for i in comb])
    if len(pool) > maxk and sum(BAL[i["id"]] for i in pool) == amount:
        hits.append([i["id"] for i in pool])
    return hits


def unique_amount(inv):
    pool = open_of(inv["_c"])
    if len(pool) > 14:
        pool = pool  # combinations of 3 over <=~25 items is fine
    return subset_hits(pool, BAL[inv["id"]]) == [[inv["id"]]]


def cut(s, n=18):
    return s[:n]


def channel_for(cur, amount):
    if cur == "EUR":
        return "SEPA"
    if cur == "USD":
        return "SWIFT"
    if amount > 1000000 and R.random() < 0.7:
        return "CHAPS"
    return R.choice(["FPS", "FPS", "BACS"])


def payer_for(c, ch, style=None):
    n = bank_name(c, style)
    if ch in ("FPS", "BACS"):
        return cut(n)
    if ch == "SWIFT":
        return "/" + n + " " + R.choice(["NEW YORK NY", "MIAMI FL", "BOSTON MA"])
    return n


def ref_for(ch, body):
    if body is None:
        return None
    if ch in ("FPS", "BACS"):
        return cut(body)
    if ch == "CHAPS":
        return cut(body, 35)
    return body


def emit(scen, ch, amount, cur, payer, cid, ref, rem, status, apps, unapplied, short, cands, reason, note,
         amount_str=None, cur_field="__same__"):
    pid = f"p-{len(payments) + 1:04d}"
    payments.append({"id": pid, "date": CUR_DATE[0].isoformat(),
                     "amount": amount_str if amount_str is not None else f2(amount),
                     "currency": cur if cur_field == "__same__" else cur_field, "payer_name": payer,
                     "customer_id": cid, "reference": ref, "remittance": rem})
    for inv, a in apps:
        BAL[inv["id"]] -= a
        assert BAL[inv["id"]] >= 0, (scen, inv["id"])
        USED.add(inv["id"])
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": inv["id"], "amount": f2(a)} for inv, a in apps],
                   "unapplied": f2(unapplied), "short_pay": short, "candidates": cands, "reason": reason,
                   "scenario": scen, "note": f"[{ch}] {note}"})
    return pid


def known(c, p=0.6):
    return c["cid"] if R.random() < p else None


def pick(lst):
    return R.choice(lst) if lst else None


def s_exact_ref(cur=None):
    inv = pick(fresh(cur=cur))
    if not inv:
        return False
    c, a = inv["_c"], BAL[inv["id"]]
    ch = channel_for(inv["currency"], a)
    n = inv["number"]
    body = R.choice([n, n, n.replace("-", ""), f"INV {n}", f"{n} {c['name'].split()[0].upper()}",
                     f"PAYMENT {n}"])
    if ch == "SEPA":
        body = R.choice([f"{n} {c['name'][:30]}", f"/ROC/{n}", f"Inv {n} - thank you",
                         f"Íocaíocht sonrasc {n}" if c["kind"] == "school" else f"Invoice {n}"])
    ref = ref_for(ch, body)
    if n.replace("SI-", "") not in ref:
        ref = n
    emit("exact_ref", ch, a, inv["currency"], payer_for(c, ch), known(c), ref, None, "applied",
         [(inv, a)], 0, None, [], f"reference {n} and exact balance", f"{n} balance {f2(a)}")
    PAID_SINGLE.append((inv, a, ref, payments[-1]["id"], payments[-1]["payer_name"]))
    return True


def s_usd_ref():
    return s_exact_ref("USD")


def s_ref_truncated():
    if R.random() < 0.5:  # two numbers, second cut by the 18-char field
        for _ in range(40):
            c = pick([c for c in customers if c["currency"] == "GBP" and len(fresh(lambda i, c=c: i["_c"] is c)) >= 3])
            pool = fresh(lambda i: i["_c"] is c)
            a_inv, b_inv = R.sample(pool, 2)
            ref = cut(f"{a_inv['number']} {b_inv['number']}")
            pre = ref.split(" ")[1]
            amount = BAL[a_inv["id"]] + BAL[b_inv["id"]]
            opts = [i for i in open_of(c) if i["number"].startswith(pre) and i is not a_inv
                    and BAL[a_inv["id"]] + BAL[i["id"]] == amount]
            if opts != [b_inv] or pre == b_inv["number"]:
                continue
            ch = R.choice(["FPS", "BACS"])
            emit("ref_truncated", ch, amount, "GBP", payer_for(c, ch), known(c), ref, None, "applied",
                 [(a_inv, BAL[a_inv["id"]]), (b_inv, BAL[b_inv["id"]])], 0, None, [],
                 f"{a_inv['number']} in full; second number cut at 18 chars ('{pre}'), only "
                 f"{b_inv['number']} completes the amount",
                 f"truncated ref; {a_inv['number']}+{b_inv['number']} = {f2(amount)}")
            return True
        return False
    for _ in range(40):
        inv = pick(fresh(cur="GBP"))
        c = inv["_c"]
        head = bank_name(c, "trading" if c["trading"] else "co")[:12].strip() + " "
        ref = cut(head + inv["number"])
        if ref.endswith(inv["number"]) or "SI-3" not in ref:
            continue
        pre = ref[ref.index("SI-"):]
        hits = [i for i in open_of(c) if i["number"].startswith(pre) and BAL[i["id"]] == BAL[inv["id"]]]
        if hits != [inv] or not unique_amount(inv):
            continue
        ch = R.choice(["FPS", "BACS"])
        a = BAL[inv["id"]]
        emit("ref_truncated", ch, a, "GBP", payer_for(c, ch), known(c, 0.5), ref, None, "applied", [(inv, a)], 0,
             None, [], f"payer name pushed the number past 18 chars ('{pre}'); exact balance of {inv['number']}",
             f"truncated '{pre}' -> {inv['number']} {f2(a)}")
        return True
    return False


def s_ref_typo():
    for _ in range(60):
        inv = pick(fresh())
        n = inv["number"][3:]
        k = R.randint(2, 4)
        if R.random() < 0.7:
            t = n[:k] + n[k + 1] + n[k] + n[k + 2:]
        else:
            t = n[:k] + n[k + 1:]
        if t == n or ("SI-" + t) in BYNUM or not unique_amount(inv):
            continue
        c, a = inv["_c"], BAL[inv["id"]]
        ch = channel_for(inv["currency"], a)
        ref = ref_for(ch, R.choice([f"SI-{t}", f"SI{t}", f"INV {t}"]))
        emit("ref_typo", ch, a, inv["currency"], payer_for(c, ch), known(c, 0.7), ref, None, "applied", [(inv, a)],
             0, None, [], f"reference {ref} is not an invoice; one-digit slip of {inv['number']} with its exact balance",
             f"typo {t} vs {n}")
        return True
    return False


def s_ref_no_prefix():
    inv = pick(fresh())
    c, a = inv["_c"], BAL[inv["id"]]
    ch = channel_for(inv["currency"], a)
    n = inv["number"][3:]
    ref = ref_for(ch, R.choice([n, f"INV{n}", f"S1-{n}", f"SI {n}", f"{n}/{c['name'][:6].upper()}", f"INVOICE NO {n}"]))
    emit("ref_no_prefix", ch, a, inv["currency"], payer_for(c, ch), known(c), ref, None, "applied", [(inv, a)], 0,
         None, [], f"bare number {n} = {inv['number']}, exact balance", f"no prefix {ref}")
    PAID_SINGLE.append((inv, a, ref, payments[-1]["id"], payments[-1]["payer_name"]))
    return True


GENERIC = [None, None, "FOOD SUPPLIES", "DELIVERIES", "ACCOUNT PAYMENT", "SUPPLIER PAYMENT", "GOODS"]


def s_amount_only():
    for _ in range(60):
        inv = pick(fresh(lambda i: i["_c"]["kind"] != "venue"))
        if not unique_amount(inv):
            continue
        c, a = inv["_c"], BAL[inv["id"]]
        ch = channel_for(inv["currency"], a)
        ref = R.choice(GENERIC)
        emit("amount_only", ch, a, inv["currency"], payer_for(c, ch, "co"), known(c, 0.75), ref, None, "applied",
             [(inv, a)], 0, None, [], f"no invoice reference; amount equals only {inv['number']} on the account",
             f"amount-only unique {f2(a)}")
        return True
    return False


def s_trading_name():
    for _ in range(60):
        inv = pick(fresh(lambda i: i["_c"]["trading"] and i["_c"]["trading"] != "The Red Lion"))
        if not inv or not unique_amount(inv):
            continue
        c, a = inv["_c"], BAL[inv["id"]]
        ch = channel_for(inv["currency"], a)
        payer = cut(c["trading"].upper().replace("THE ", R.choice(["THE ", ""])), 18) if ch != "SEPA" else c["trading"].upper()
        emit("trading_name", ch, a, inv["currency"], payer, None, R.choice(GENERIC), None, "applied", [(inv, a)], 0,
             None, [], f"payer is the trading name of {c['name']}; exact balance of {inv['number']}",
             f"trading name {payer}")
        return True
    return False


def lines_text(items, cur, venue=False):
    out = []
    for inv, a in items:
        v = inv["customer_name"].split("(")[-1].rstrip(")") if venue else ""
        out.append(f"  {inv['number']}  {inv['issue_date'][8:]}/{inv['issue_date'][5:7]}/{inv['issue_date'][:4]}"
                   f"  {v + '  ' if v else ''}{money(a, cur)}")
    return "\n".join(out)


def s_list():
    for _ in range(40):
        c = pick([c for c in customers if c["kind"] != "venue" and len(fresh(lambda i, c=c: i["_c"] is c)) >= 3])
        items = R.sample(fresh(lambda i: i["_c"] is c), R.randint(2, 4))
        items.sort(key=lambda i: i["number"])
        amt = sum(BAL[i["id"]] for i in items)
        cur = c["currency"]
        ch = channel_for(cur, amt)
        nums = [i["number"] for i in items]
        if ch == "SEPA" or ch == "CHAPS":
            ref = ref_for(ch, " ".join(nums) if ch == "SEPA" else "/".join(n[3:] for n in nums))
            rem = None
            if not all(n[3:] in ref for n in nums):
                continue
        else:
            ref = ref_for(ch, R.choice(["SEE REMITTANCE", "INVOICES", f"{c['name'][:10].upper()} INVS"]))
            rem = (f"Remittance advice from {c['name']}\nPayment date {CUR_DATE[0].strftime('%d/%m/%Y')}\n"
                   f"{lines_text([(i, BAL[i['id']]) for i in items], cur)}\nTotal {money(amt, cur)}\n")
        emit("list", ch, amt, cur, payer_for(c, ch), known(c), ref, rem, "applied",
             [(i, BAL[i["id"]]) for i in items], 0, None, [], f"{len(items)} invoices listed, sum matches",
             "list " + ",".join(nums))
        return True
    return False


BATCHES = {}
for i in invoices:
    BATCHES.setdefault(i["_bk"], []).append(i)


def s_range():
    bs = [b for b in BATCHES.values() if len(b) >= 3 and all(i["id"] not in USED and not i["_twin"]
                                                            and BAL[i["id"]] > 0 for i in b)]
    b = pick(bs)
    if not b:
        return False
    b = b[:R.randint(3, len(b))]
    c, cur = b[0]["_c"], b[0]["currency"]
    amt = sum(BAL[i["id"]] for i in b)
    ch = channel_for(cur, amt)
    lo, hi = b[0]["number"], b[-1]["number"]
    form = R.choice([f"{lo} to {hi}", f"{lo}-{hi[-3:]}", f"{lo[3:]} - {hi[3:]}", f"{lo} - {hi}"])
    if ch in ("FPS", "BACS"):
        ref = cut("SEE EMAIL")
        rem = f"Hi, payment today for the week's deliveries, invoices {form} inclusive, {money(amt, cur)}.\n{c['name']} accounts"
    else:
        ref, rem = ref_for(ch, f"INVS {form}"), None
    emit("range", ch, amt, cur, payer_for(c, ch), known(c), ref, rem, "applied", [(i, BAL[i["id"]]) for i in b], 0,
         None, [], f"range {form} = {len(b)} consecutive invoices of the account, sum matches", f"range {form}")
    return True


def group_items(gname, k):
    pool = fresh(lambda i: i["_c"]["group"] == gname)
    if len(pool) < k:
        return None
    return sorted(R.sample(pool, k), key=lambda i: i["number"])


def s_group_remit():
    gname, gbank, cur, venues = R.choice(GROUPS)
    items = group_items(gname, R.randint(3, 6))
    if not items:
        return False
    amt = sum(BAL[i["id"]] for i in items)
    ch = channel_for(cur, amt)
    run = f"PR{R.randint(1000, 9999)}"
    rem = (f"From: accounts.payable@{gname.split()[0].lower()}-group.example\nSubject: Payment run {run} - remittance\n\n"
           f"Please find below the invoices included in payment run {run} ({CUR_DATE[0].strftime('%d %b %Y')}).\n"
           f"{lines_text([(i, BAL[i['id']]) for i in items], cur, venue=True)}\n"
           f"Total paid {money(amt, cur)}\nRegards, Group AP\n")
    ref = ref_for(ch, f"{gbank[:9]} {run}" if ch != "SEPA" else f"{run} {gname}")
    emit("group_remit", ch, amt, cur, payer_for(items[0]["_c"], ch), None, ref, rem, "applied",
         [(i, BAL[i["id"]]) for i in items], 0, None, [],
         f"group payment run {run}: {len(items)} invoices over {len({i['customer_id'] for i in items})} venue accounts",
         f"group {gname}")
    return True


CN_NO = [40310]


def s_credit_note():
    for _ in range(40):
        if R.random() < 0.5:
            gname, gbank, cur, venues = R.choice(GROUPS)
            items = group_items(gname, R.randint(2, 4))
            venue = True
        else:
            c = pick([c for c in customers if c["kind"] != "venue" and len(fresh(lambda i, c=c: i["_c"] is c)) >= 2])
            items = sorted(R.sample(fresh(lambda i: i["_c"] is c), R.randint(1, 3)), key=lambda i: i["number"])
            venue = False
        if not items:
            continue
        cur = items[0]["currency"]
        x = R.choice(items)
        cn = R.randint(800, max(900, min(BAL[x["id"]] // 3, 25000)))
        CN_NO[0] += R.randint(3, 40)
        why = R.choice(["breakages", "returned goods", "short-dated stock returned", "damaged crates",
                        "returned 4 x 6L oil"])
        amt = sum(BAL[i["id"]] for i in items) - cn
        ch = channel_for(cur, amt)
        rem = (f"Remittance - {items[0]['customer_name'].split('(')[0].strip()}\n"
               f"{lines_text([(i, BAL[i['id']]) for i in items], cur, venue)}\n"
               f"  Less credit note CN-{CN_NO[0]} ({why}) against {x['number']}  -{money(cn, cur)}\n"
               f"Net payment {money(amt, cur)}\n")
        apps = [(i, BAL[i["id"]] - (cn if i is x else 0)) for i in items]
        emit("credit_note", ch, amt, cur, payer_for(items[0]["_c"], ch), known(items[0]["_c"], 0.4),
             ref_for(ch, "REMITTANCE TO FOLLOW" if ch != "SEPA" else "See remittance email"), rem, "partial", apps, 0,
             {"invoice_id": x["id"], "amount": f2(cn), "reason": f"credit note CN-{CN_NO[0]} netted off ({why})"},
             [], f"invoices paid net of credit note CN-{CN_NO[0]} taken against {x['number']}", f"CN {f2(cn)}")
        return True
    return False


def s_settle_disc():
    inv = pick(fresh())
    c = inv["_c"]
    pct = R.choice([25, 25, 20])
    b = BAL[inv["id"]]
    d = (b * pct + 500) // 1000
    amt = b - d
    cur = inv["currency"]
    ch = channel_for(cur, amt)
    p = f"{pct / 10:g}%"
    rem = R.choice([f"{inv['number']} {money(b, cur)} less {p} early settlement discount {money(d, cur)} = {money(amt, cur)}",
                    f"Paying {inv['number']} within 10 days, {p} prompt payment discount taken ({money(d, cur)}).",
                    f"Inv {inv['number']}: gross {money(b, cur)}, settlement disc. {p} -{money(d, cur)}, paid {money(amt, cur)}"])
    emit("settle_disc", ch, amt, cur, payer_for(c, ch), known(c), ref_for(ch, inv["number"]), rem, "partial",
         [(inv, amt)], 0, {"invoice_id": inv["id"], "amount": f2(d), "reason": f"early settlement discount {p} taken"},
         [], f"{inv['number']} paid less {p} settlement discount", f"disc {p} {f2(d)}")
    return True


ACQ = [("WORLDPAY (UK) LTD", "GBP"), ("ELAVON FIN SVCS", "GBP"), ("SUMUP PAYMENTS LTD", "GBP"),
       ("STRIPE PAYMENTS EU", "EUR"), ("ELAVON FINANCIAL SERVICES DAC", "EUR")]


def s_card_fee():
    acq, cur = R.choice(ACQ)
    inv = pick(fresh(cur=cur))
    b = BAL[inv["id"]]
    rate = R.choice([139, 169, 175, 195])
    fee = (b * rate + 5000) // 10000 + R.choice([0, 20])
    amt = b - fee
    ch = "FPS" if cur == "GBP" else "SEPA"
    ref = ref_for(ch, R.choice([f"PAYOUT {inv['number']}", f"PAYLINK {inv['number'][3:]}", f"{inv['number']} CARD"]))
    rem = (f"Settlement {CUR_DATE[0].isoformat()}: 1 transaction. Description {inv['number']} "
           f"({inv['customer_name']}). Gross {money(b, cur)}, processing fee {money(fee, cur)}, net {money(amt, cur)}.")
    emit("card_fee", ch, amt, cur, cut(acq) if ch == "FPS" else acq, None, ref, rem, "partial", [(inv, amt)], 0,
         {"invoice_id": inv["id"], "amount": f2(fee), "reason": "card processing fee deducted by acquirer"}, [],
         f"card settlement for {inv['number']} net of fee {f2(fee)}", f"card fee {f2(fee)}")
    return True


def s_part_payment():
    inv = pick(fresh(lambda i: i["_bal"] > 20000))
    c, b = inv["_c"], BAL[inv["id"]]
    amt = (b * R.randint(25, 70) // 100) // 100 * 100
    cur = inv["currency"]
    ch = channel_for(cur, amt)
    rem = R.choice([f"Part payment against {inv['number']}, balance to follow at month end.",
                    f"First instalment on {inv['number']} as agreed with your credit controller.",
                    f"{inv['number']} - paying {money(amt, cur)} now, rest next week once our takings are in."])
    emit("part_payment", ch, amt, cur, payer_for(c, ch), known(c), ref_for(ch, inv["number"]), rem, "partial",
         [(inv, amt)], 0, None, [], f"stated part payment of {inv['number']}, remainder stays open",
         f"part {f2(amt)} of {f2(b)}")
    PARTIALS.append(inv)
    return True


def s_balance_after_partial():
    cands = [i for i in PARTIALS if BAL[i["id"]] > 0]
    if not cands:
        return False
    inv = cands[0]
    PARTIALS.remove(inv)
    c, a = inv["_c"], BAL[inv["id"]]
    cur = inv["currency"]
    ch = channel_for(cur, a)
    emit("balance_after_partial", ch, a, cur, payer_for(c, ch), known(c), ref_for(ch, f"BAL {inv['number']}"),
         R.choice([None, f"Balance of {inv['number']} - now cleared."]), "applied", [(inv, a)], 0, None, [],
         f"remaining balance of {inv['number']} after the earlier part payment", "balance after partial")
    return True


SHORT = ["2 x 10kg frozen chips not delivered", "1 case of Prosecco arrived broken", "charged list price, agreed price is lower",
         "delivery charge not agreed", "3 trays of eggs cracked on delivery", "catering cling film never arrived",
         "fish order refused at door (temperature)"]


def s_short_pay():
    inv = pick(fresh(lambda i: i["_bal"] > 6000))
    c, b = inv["_c"], BAL[inv["id"]]
    d = R.randint(500, min(b // 4, 30000))
    amt = b - d
    cur = inv["currency"]
    ch = channel_for(cur, amt)
    why = R.choice(SHORT)
    rem = f"{inv['number']} {money(b, cur)}\nDeducted {money(d, cur)}: {why}.\nPaid {money(amt, cur)}"
    emit("short_pay", ch, amt, cur, payer_for(c, ch), known(c), ref_for(ch, inv["number"]), rem, "partial",
         [(inv, amt)], 0, {"invoice_id": inv["id"], "amount": f2(d), "reason": why}, [],
         f"short pay on {inv['number']}: {why}", f"short {f2(d)}")
    return True


def s_overpayment():
    pre = fresh(lambda i: i["_bal"] < i["_tot"])
    if pre and R.random() < 0.6:
        inv = pick(pre)
        amt = inv["_tot"]
        why = "paid the invoice total although part was already paid"
    else:
        inv = pick(fresh())
        amt = BAL[inv["id"]] + R.choice([100, 1000, 5000, R.randint(1, 9999)])
        why = "paid more than the balance"
    c, b, cur = inv["_c"], BAL[inv["id"]], inv["currency"]
    ch = channel_for(cur, amt)
    emit("overpayment", ch, amt, cur, payer_for(c, ch), known(c), ref_for(ch, inv["number"]), None, "unapplied",
         [(inv, b)], amt - b, None, [], f"{inv['number']} cleared ({f2(b)}); {why}, {f2(amt - b)} held on account",
         f"over {f2(amt - b)}")
    return True


def s_second_payment():
    cands = [t for t in PAID_SINGLE if BAL[t[0]["id"]] == 0]
    if not cands:
        return False
    inv, a, ref, pid, payer = cands[0]
    PAID_SINGLE.remove(cands[0])
    c = inv["_c"]
    ch = channel_for(inv["currency"], a)
    emit("second_payment", ch, a, inv["currency"], payer, c["cid"], ref, None, "unapplied", [], a, None, [],
         f"{inv['number']} was already paid by {pid}; duplicate held on account", f"dup of {pid}")
    return True


def s_lump_sum():
    for _ in range(60):
        c = pick([c for c in customers if c["kind"] != "venue"])
        op = open_of(c)
        if not (2 <= len(op) <= 7) or any(i["_twin"] or i["id"] in USED for i in op):
            if R.random() < 0.5 or not op:
                continue
            # statement with a cut-off date
            cutoff = date(2026, 1, 31)
            op = [i for i in op if i["_d"] <= cutoff]
            if not (2 <= len(op) <= 6) or any(i["_twin"] or i["id"] in USED for i in op):
                continue
            rem = f"Payment of all items on your statement up to 31/01/2026. {c['name']}"
            kind = "statement to 31/01"
        else:
            rem = None
            kind = "whole account"
        amt = sum(BAL[i["id"]] for i in op)
        cur = c["currency"]
        ch = channel_for(cur, amt)
        emit("lump_sum", ch, amt, cur, payer_for(c, ch), known(c, 0.8),
             ref_for(ch, R.choice(["ACCOUNT SETTLEMENT", "STATEMENT", None, "CLEAR ACCOUNT"])), rem, "applied",
             [(i, BAL[i["id"]]) for i in op], 0, None, [], f"lump sum equals {kind} ({len(op)} invoices)",
             f"lump {kind}")
        return True
    return False


def s_po_lookalike():
    for _ in range(60):
        inv = pick(fresh(lambda i: i["_c"]["kind"] != "venue"))
        if not unique_amount(inv):
            continue
        other = pick([i for i in invoices if i["_c"] is not inv["_c"] and i["currency"] == inv["currency"]
                      and BAL[i["id"]] != BAL[inv["id"]] and BAL[i["id"]] > 0])
        c, a = inv["_c"], BAL[inv["id"]]
        po = other["number"][3:]
        ch = channel_for(inv["currency"], a)
        ref = ref_for(ch, R.choice([f"PO {po}", f"PO{po}", f"ORDER NO {po}"]))
        rem = R.choice([None, f"Our purchase order {po}. Goods received in full."])
        emit("po_lookalike", ch, a, inv["currency"], payer_for(c, ch, "co"), c["cid"], ref, rem, "applied", [(inv, a)],
             0, None, [], f"'{ref}' is the customer's PO (SI-{po} belongs to another customer); amount fits only {inv['number']}",
             f"PO lookalike SI-{po}")
        return True
    return False


TWINS = {}
for i in invoices:
    if i["_twin"] and i["_c"]["trading"] != "The Red Lion":
        TWINS.setdefault(i["_c"]["cid"], []).append(i)


def s_amb_same_amount():
    for cid, pair in list(TWINS.items()):
        if all(BAL[i["id"]] == i["_bal"] for i in pair):
            del TWINS[cid]
            c = pair[0]["_c"]
            a = BAL[pair[0]["id"]]
            hits = subset_hits(open_of(c), a)
            cands = sorted(hits, key=lambda h: (len(h), INV[h[0]]["issue_date"]))
            ch = channel_for(c["currency"], a)
            emit("amb_same_amount", ch, a, c["currency"], payer_for(c, ch), known(c, 0.8), R.choice(GENERIC), None,
                 "review", [], a, None, cands, f"{len(cands)} open items of {f2(a)} and no reference",
                 "same-amount invoices " + " ".join(INV[h[0]]["number"] for h in cands if len(h) == 1))
            return True
    return False


def s_amb_ref_vs_amount():
    for _ in range(60):
        c = pick([c for c in customers if len(fresh(lambda i, c=c: i["_c"] is c)) >= 2])
        A, B = R.sample(fresh(lambda i: i["_c"] is c), 2)
        if BAL[A["id"]] == BAL[B["id"]] or not unique_amount(B):
            continue
        a = BAL[B["id"]]
        ch = channel_for(c["currency"], a)
        emit("amb_ref_vs_amount", ch, a, c["currency"], payer_for(c, ch), known(c), ref_for(ch, A["number"]), None,
             "review", [], a, None, [[A["id"]], [B["id"]]],
             f"reference {A['number']} ({f2(BAL[A['id']])}) but amount equals {B['number']}",
             f"ref {A['number']} vs amount {B['number']}")
        return True
    return False


def s_red_lion():
    if not RL_PAIRS:
        return False
    a, b = RL_PAIRS.pop(0)
    amt = BAL[a["id"]]
    ch = channel_for(a["currency"], amt)
    cands = [[a["id"]], [b["id"]]]
    for h in subset_hits(open_of(a["_c"]), amt) + subset_hits(open_of(b["_c"]), amt):
        if h not in cands:
            cands.append(h)
    emit("red_lion", ch, amt, a["currency"], "THE RED LION", None, R.choice(GENERIC), None, "review", [], amt, None,
         cands, "two customers trade as The Red Lion and each has an open item of this amount",
         "Red Lion ambiguity")
    return True


STRANGERS = ["MR P OSULLIVAN", "J MURPHY", "GLENVIEW PROPERTY MGM", "MS K WHITEHEAD", "PAYPAL *GREENFORK",
             "BRAMBLE EVENTS LTD", "KILLEEN CATERING HIRE", "NORTHGATE LETTINGS", "A N OTHER", "DEVLIN R",
             "STAR PIZZA NEWRY", "FOXGLOVE WEDDINGS"]


def s_unknown_payer():
    cur = R.choice(["GBP", "GBP", "EUR"])
    ch = "SEPA" if cur == "EUR" else R.choice(["FPS", "BACS"])
    payer = R.choice(STRANGERS) if ch == "SEPA" else cut(R.choice(STRANGERS))
    if R.random() < 0.35:
        inv = pick(fresh(cur=cur))
        a = BAL[inv["id"]]
        same = [i for i in invoices if i["currency"] == cur and BAL[i["id"]] == a]
        if same != [inv]:
            return False
        USED.add(inv["id"])
        cands = [[inv["id"]]]
        why = f"payer unknown, no reference; amount happens to equal {inv['number']} only"
    else:
        a = R.randint(2000, 90000)
        if any(BAL[i["id"]] == a for i in invoices if i["currency"] == cur):
            return False
        cands = []
        why = "payer unknown, no reference, amount fits no open invoice"
    emit("unknown_payer", ch, a, cur, payer, None, R.choice([None, "PAYMENT", "FUNCTION DEPOSIT", "THANKS"]), None,
         "review", [], a, None, cands, why, "stranger")
    return True


def s_known_no_fit():
    for _ in range(40):
        c = pick([c for c in customers if c["kind"] != "venue"])
        a = R.choice([10000, 25000, 50000, 75000, 100000, 150000, R.randint(1000, 80000)])
        if subset_hits(open_of(c), a):
            continue
        ch = channel_for(c["currency"], a)
        emit("known_no_fit", ch, a, c["currency"], payer_for(c, ch, "co"), c["cid"],
             R.choice(["ON ACCOUNT", None, "PAYMENT ON ACCT", "ACCOUNT"]), None, "unapplied", [], a, None, [],
             "known customer, no reference, amount fits no open invoice or combination", "held on account")
        return True
    return False


def s_currency_mismatch():
    pool = fresh(lambda i: i["_c"] is ni) if R.random() < 0.6 else fresh(lambda i: i["_c"]["kind"] == "hotel", cur="GBP")
    inv = pick(pool)
    if not inv:
        return False
    c = inv["_c"]
    pcur = "EUR" if c is ni else "USD"
    a = BAL[inv["id"]] * (117 if pcur == "EUR" else 127) // 100
    ch = "SEPA" if pcur == "EUR" else "SWIFT"
    emit("currency_mismatch", ch, a, pcur, payer_for(c, ch, "co"), known(c), inv["number"], None, "review", [], a, None,
         [[inv["id"]]], f"reference {inv['number']} is a {inv['currency']} invoice but the payment is in {pcur}",
         f"{pcur} paid against {inv['currency']}")
    USED.add(inv["id"])
    return True


def s_cheque():
    inv = pick(fresh(lambda i: i["_c"]["kind"] in ("school", "pub", "restaurant"), cur="GBP"))
    c, a = inv["_c"], BAL[inv["id"]]
    chq = f"{R.randint(100, 999999):06d}"
    rem = R.choice([f"Cheque no. {chq} enclosed for invoice {inv['number']} - {c['name']}",
                    f"Remittance slip: {c['name']} / Inv {inv['number']} / {money(a, 'GBP')} / chq {chq}"])
    emit("cheque", "CHQ", a, "GBP", R.choice(["CHQ PAID IN BRANCH", "COUNTER CREDIT", "CHEQUE DEPOSIT"]), None,
         f"CHQ {chq}", rem, "applied", [(inv, a)], 0, None, [], f"cheque stub names {inv['number']}, exact balance",
         f"cheque {chq}")
    PAID_SINGLE.append((inv, a, f"CHQ {chq}", payments[-1]["id"], payments[-1]["payer_name"]))
    return True


BADS = [("0.00", "GBP", "zero amount"), ("-145.20", "GBP", "negative amount (returned item)"),
        ("1,250.00", "GBP", "amount not a decimal string"), ("", "EUR", "empty amount"),
        (None, "GBP", "missing amount"), ("312.40", None, "missing currency"), ("88.00", "GBX", "unknown currency code"),
        ("twelve hundred", "GBP", "amount is text"), ("EUR 415.50", "EUR", "amount carries a currency code"),
        ("NaN", "GBP", "amount is NaN")]


def s_bad_row():
    if not BADS:
        return False
    amt, cur, why = BADS.pop(0)
    c = pick(customers)
    ch = "BAD"
    inv = pick(open_of(c)) if c["currency"] == (cur or c["currency"]) else None
    emit("bad_row", ch, 0, cur, payer_for(c, "FPS"), known(c), inv["number"] if inv else None, None, "review", [], 0,
         None, [], f"bad row: {why}", why, amount_str=amt, cur_field=cur)
    return True


PLAN = {"exact_ref": 50, "usd_ref": 6, "ref_truncated": 18, "ref_typo": 14, "ref_no_prefix": 14, "amount_only": 24,
        "trading_name": 14, "list": 24, "range": 10, "group_remit": 18, "credit_note": 14, "settle_disc": 14,
        "card_fee": 12, "part_payment": 16, "balance_after_partial": 10, "short_pay": 15, "overpayment": 14,
        "second_payment": 12, "lump_sum": 14, "po_lookalike": 10, "amb_same_amount": 14, "amb_ref_vs_amount": 10,
        "red_lion": 3, "unknown_payer": 15, "known_no_fit": 12, "currency_mismatch": 6, "cheque": 12, "bad_row": 9}
FN = {k: globals()["s_" + k] for k in PLAN}
DEP = {"balance_after_partial", "second_payment"}
first = [k for k, n in PLAN.items() if k not in DEP for _ in range(n)]
R.shuffle(first)
head, tail = first[:190], first[190:] + [k for k in DEP for _ in range(PLAN[k])]
# part payments early so their balances can be paid later
head = [k for k in head if k != "part_payment"] + [k for k in tail if k == "part_payment"]
tail = [k for k in tail if k != "part_payment"] + [k for k in head if k != "part_payment"][:0]
head += ["part_payment"] * (PLAN["part_payment"] - head.count("part_payment"))
R.shuffle(head)
R.shuffle(tail)
order = head + tail
days = [date(2026, 3, 2) + timedelta(d) for d in range(40)]
days = [d for d in days if d.weekday() < 5 and d not in (date(2026, 4, 3), date(2026, 4, 6), date(2026, 3, 17))]
dates = sorted(R.choice(days) for _ in order)
for scen, d in zip(order, dates):
    CUR_DATE[0] = d
    for _ in range(5):
        if FN[scen]():
            break
    else:
        while not s_exact_ref():
            pass

os.makedirs(OUT, exist_ok=True)
pub = [{k: v for k, v in i.items() if not k.startswith("_")} for i in invoices]
with open(os.path.join(OUT, "invoices.json"), "w") as f:
    json.dump(pub, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "payments.json"), "w") as f:
    json.dump(payments, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "labels.json"), "w") as f:
    json.dump(labels, f, indent=1, ensure_ascii=False)
print(len(invoices), "invoices", len(payments), "payments")

from collections import Counter
sc, st = Counter(l["scenario"] for l in labels), Counter(l["status"] for l in labels)
pc = Counter(str(p["currency"]) for p in payments)
ic = Counter(i["currency"] for i in pub)
chn = Counter(l["note"].split("]")[0][1:] for l in labels)
readme = f"""# Blind cash-application set: UK & Irish food-service supplier (blind281)

A wholesaler of food, drink and catering disposables bills pubs (companies trading as named pubs), restaurant
groups (one account per venue), hotels, contract caterers, and UK and Irish schools. The UK ledger is in GBP,
Irish customers pay in EUR, and a few US-owned customers are billed in USD. Every name, domain and reference
is made up (`*.example`).

## Files (`uk_ie_hospitality/`)

| file | content |
|---|---|
| `invoices.json` | {len(pub)} open invoices ({dict(ic)}), contract fields only |
| `payments.json` | {len(payments)} payments, oldest first, contract fields only ({dict(pc)}) |
| `labels.json` | one expected MATCHES entry per payment, same order, plus `scenario` and `note` (`[CHANNEL] ...`) |

`build.py` (seed 281) regenerates everything and `check.py` re-verifies every label from the data.

## Bank data
- FPS / BACS: the payer name and the reference are cut at 18 characters. A long payer prefix or a second
  invoice number gets cut (`ref_truncated`).
- CHAPS: large GBP amounts, with the reference cut at 35 characters. SEPA (EUR): full payer names, `/ROC/`, and
  some references in Irish from schools. SWIFT (USD): payer prefixed with `/`.
- Cheques paid in at a branch: the payer is the counter (`CHQ PAID IN BRANCH`), the reference is the cheque
  number, and the stub text is in `remittance`.
- Card acquirer payouts (Worldpay, Elavon, SumUp, Stripe) pay the invoice net of a fee.
- Payer names as the bank prints them: LTD/LIMITED/LTD., & or AND, the pub's trading name rather than the
  company on the account, and the group name for venue accounts.

## Label conventions
- Amounts are decimal strings. Applications plus `unapplied` add up to the payment. Payments are applied in
  order, and the labels were computed against the running balances.
- `applied`: the whole payment is applied. `partial`: an invoice is left open on purpose. For a stated part
  payment `short_pay` is null. For a deduction (a credit note netted off, an early-settlement discount, a card
  fee, a short delivery or breakage) `short_pay.amount` is the amount **left open** on that invoice.
- `unapplied`: an overpayment (its applications are listed and the remainder is held), a second payment of an
  invoice paid earlier in this file, or a known customer's payment that fits nothing.
- `review`: nothing is applied and `unapplied` equals the payment amount. `candidates` is a list of invoice-id
  lists, best first (the referenced invoice first, otherwise the oldest). For bad rows, `candidates` is `[]`
  and `unapplied` is `"0.00"`.
- Bad rows (the contract names no `error` field, so none is added) are labelled `review`.
- Credit notes are not open items in `invoices.json`. A credit note netted off a remittance is therefore a
  short pay on the invoice the remittance sets it against.

## Counts
Per status: {dict(st)}

Per scenario: {dict(sorted(sc.items()))}

Per channel: {dict(chn)}

Per payment currency: {dict(pc)}. Language: English (UK/IE), with some Irish in school SEPA references.

## Deliberately hard
- References cut at 18 characters. Typos (digits swapped or dropped) where the typo is not an invoice number.
  Bare numbers, and `S1-` for `SI-`.
- Customer PO numbers that equal another customer's invoice number (`po_lookalike`). The amount settles it.
- Cheque numbers in the reference field.
- Group payment runs spread over several venue accounts, with `customer_id` null.
- Two different companies that both trade as "The Red Lion" (→ review).
- Standing-order invoices of identical amounts (→ review with both candidates).
- A reference that names one invoice when the amount is another invoice's (→ review).
- An overpayment where the customer paid the invoice total although part of it was already paid.
- Second payments, and the balance paid after an earlier part payment in the same file.
- A Northern Ireland pub paying a GBP invoice in EUR, and USD paid against GBP invoices (→ review: no
  application in another currency).
"""
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write(readme)
