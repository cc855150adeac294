#!/usr/bin/env python3
"""Blind cash-application test set: East Asian electronic components distributor.

Deterministic, stdlib only.  `python3 build.py` rewrites ledger_asia_components/*.json
and README.md byte for byte.
"""
import itertools
import json
import os
import random
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ledger_asia_components")
SEED = 18507
rng = random.Random(SEED)
Q = Decimal("0.01")


def D(x):
    return Decimal(str(x)).quantize(Q)


def s(x):
    return str(D(x))


def rid(prefix, n=10, alphabet="0123456789abcdefghjkmnpqrstvwxyz"):
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def fmt_thousands(x, cur):
    x = D(x)
    if cur in ("JPY", "KRW", "TWD"):
        return "{:,}".format(int(x))
    return "{:,.2f}".format(x)


# ---------------------------------------------------------------- customers
JP_A = [("Yamato", "YAMATO"), ("Daiwa", "DAIWA"), ("Tohoku", "TOUHOKU"), ("Kansai", "KANSAI"),
        ("Hokuriku", "HOKURIKU"), ("Sanwa", "SANWA"), ("Nihon", "NIHON"), ("Toyo", "TOUYOU"),
        ("Fujimi", "FUJIMI"), ("Asahigawa", "ASAHIGAWA"), ("Chuo", "CHIYUUOU"), ("Meiko", "MEIKOU"),
        ("Shinwa", "SHINWA"), ("Kyowa", "KIYOUWA"), ("Taisei", "TAISEI"), ("Nisshin", "NITSUSHIN"),
        ("Sakurada", "SAKURADA"), ("Tokai", "TOUKAI"), ("Seiwa", "SEIWA"), ("Koyo", "KOUYOU"),
        ("Hikarigaoka", "HIKARIGAOKA"), ("Miyako", "MIYAKO"), ("Shinko", "SHINKOU"), ("Okamura", "OKAMURA"),
        ("Hamana", "HAMANA"), ("Kitakami", "KITAKAMI"), ("Suwa", "SUWA"), ("Ina", "INA"),
        ("Matsuyama", "MATSUYAMA"), ("Takasago", "TAKASAGO"), ("Ryoyo", "RIYOUYOU"), ("Hoshino", "HOSHINO")]
JP_B = [("Seimitsu", "SEIMITSU"), ("Denshi", "DENSHI"), ("Denki", "DENKI"), ("Kogyo", "KOUGIYOU"),
        ("Seisakusho", "SEISAKUSHIYO"), ("Kiki", "KIKI"), ("Shoji", "SHIYOUJI"), ("Tsushin", "TSUUSHIN"),
        ("Sangyo", "SANGIYOU"), ("Kasei", "KASEI"), ("Denso Kogyo", "DENSOU KOUGIYOU"),
        ("Musen", "MUSEN"), ("Hoso Kiki", "HOUSOU KIKI"), ("Keiso", "KEISOU")]
KR_A = ["Samhwa", "Hanbit", "Daesung", "Sejin", "Woojin", "Mirae", "Dongil", "Haneul", "Seoyeon", "Jinwoo",
        "Kwangmyung", "Saehan", "Taeyang", "Boseong", "Cheongdo", "Yeonhwa", "Gaon", "Hyeonseong", "Daemyung",
        "Sinil"]
KR_B = ["Electronics", "Tech", "Precision", "Semicon", "Display", "Components", "Industrial", "Electric",
        "Solution", "Telecom"]
TW_A = ["Hsin Yuan", "Chung Hwa", "Tai Feng", "Yung Li", "Kuo Hsing", "Lien Fa", "Chia Hsin", "Jih Sheng",
        "Ho Ping", "Wei Chuan", "Fu Kang", "Sheng Tai", "Yi Tong", "Hung Yeh", "Da Cheng", "Chin Pao",
        "Ming Hsiang", "Tien Lung", "Kao Feng", "Shun Fa"]
TW_B = [("Precision Industry", "PRECISION IND"), ("Electronic", "ELECTRONIC"), ("Technology", "TECHNOLOGY"),
        ("Optoelectronics", "OPTOELECTRONICS"), ("Circuit", "CIRCUIT"), ("Enterprise", "ENT"),
        ("Industrial", "INDUSTRIAL"), ("Electric Wire", "ELECTRIC WIRE")]
SG_A = ["Meridian", "Orchid", "Straits", "Lion Gate", "Kranji", "Tampines", "Jurong Bay", "Harbourfront",
        "Bukit Timah", "Pasir Panjang", "Seletar", "Changi Park", "Woodlands", "Novena", "Tuas", "Keppel Row"]
SG_B = ["EMS", "Electronics", "Technologies", "Manufacturing", "Systems", "Precision", "Microsystems",
        "Instruments"]

customers = []          # dicts
cust_by_id = {}


def add_customer(country, name, payer_variants, currencies, **kw):
    cid = rid("C", 6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    while cid in cust_by_id:
        cid = rid("C", 6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    payer_variants = [p.strip() for p in payer_variants]
    c = dict(id=cid, country=country, name=name, payers=payer_variants, currencies=currencies,
             shimebi=None, ambiguous_with=None)
    c.update(kw)
    customers.append(c)
    cust_by_id[cid] = c
    return c


def jp_payers(zen_a, zen_b):
    core = zen_a + " " + zen_b
    nosp = zen_a + zen_b
    return [("KA)" + core)[:30], (core + "(KA")[:30], ("KA)" + nosp)[:24], ("KK " + core)[:26]]


def make_customers():
    used = set()
    # Japanese: 120, of which some pairs share a truncated payer name prefix
    jp_pairs = 0
    while sum(1 for c in customers if c["country"] == "JP") < 120:
        a = rng.choice(JP_A)
        b = rng.choice(JP_B)
        name = "%s %s %s" % (a[0], b[0], rng.choice(["Co., Ltd.", "K.K.", "Co., Ltd.", "Corporation"]))
        key = a[0] + b[0]
        if key in used:
            continue
        used.add(key)
        cur = ["JPY"] if rng.random() < 0.82 else ["JPY", "USD"]
        c = add_customer("JP", name, jp_payers(a[1], b[1]), cur, zen=(a[1], b[1]))
        # sibling with the same first word and a type starting alike (DENSHI / DENKI)
        if jp_pairs < 8 and b[0] in ("Denshi", "Denki") and rng.random() < 0.9:
            b2 = ("Denki", "DENKI") if b[0] == "Denshi" else ("Denshi", "DENSHI")
            key2 = a[0] + b2[0]
            if key2 not in used:
                used.add(key2)
                name2 = "%s %s %s" % (a[0], b2[0], rng.choice(["Co., Ltd.", "K.K."]))
                c2 = add_customer("JP", name2, jp_payers(a[1], b2[1]), ["JPY"], zen=(a[1], b2[1]))
                c["ambiguous_with"] = c2["id"]
                c2["ambiguous_with"] = c["id"]
                c["currencies"] = ["JPY"]
                # the shared truncated name the bank shows for both
                c["trunc"] = c2["trunc"] = ("KA)" + a[1] + " DEN")
                jp_pairs += 1
    # extra forced pairs if the loop did not make 8
    for a in JP_A:
        if jp_pairs >= 8:
            break
        if a[0] + "Denshi" in used or a[0] + "Denki" in used:
            continue
        used.add(a[0] + "Denshi")
        used.add(a[0] + "Denki")
        c = add_customer("JP", "%s Denshi Co., Ltd." % a[0], jp_payers(a[1], "DENSHI"), ["JPY"],
                         zen=(a[1], "DENSHI"))
        c2 = add_customer("JP", "%s Denki K.K." % a[0], jp_payers(a[1], "DENKI"), ["JPY"], zen=(a[1], "DENKI"))
        c["ambiguous_with"], c2["ambiguous_with"] = c2["id"], c["id"]
        c["trunc"] = c2["trunc"] = "KA)" + a[1] + " DEN"
        jp_pairs += 1
    # Korea 70
    while sum(1 for c in customers if c["country"] == "KR") < 70:
        a, b = rng.choice(KR_A), rng.choice(KR_B)
        if a + b in used:
            continue
        used.add(a + b)
        name = "%s %s Co., Ltd." % (a, b)
        up = ("%s %s" % (a, b)).upper()
        payers = ["(JU)" + up.replace(" ", ""), up + " CO LTD", up + " CO.,LTD.", "(JU)" + up]
        cur = rng.choice([["KRW"], ["USD"], ["KRW", "USD"], ["KRW"]])
        add_customer("KR", name, payers, cur)
    # Taiwan 65
    while sum(1 for c in customers if c["country"] == "TW") < 65:
        a, b = rng.choice(TW_A), rng.choice(TW_B)
        if a + b[0] in used:
            continue
        used.add(a + b[0])
        name = "%s %s Co., Ltd." % (a, b[0])
        up = ("%s %s CO LTD" % (a.upper(), b[1]))
        payers = [up[:35], up.replace(" CO LTD", " CO., LTD.")[:35], (a.upper().replace(" ", "") + " " + b[1])[:35]]
        cur = rng.choice([["TWD"], ["USD"], ["TWD", "USD"], ["USD"]])
        add_customer("TW", name, payers, cur)
    # Singapore 45
    while sum(1 for c in customers if c["country"] == "SG") < 45:
        a, b = rng.choice(SG_A), rng.choice(SG_B)
        if a + b in used:
            continue
        used.add(a + b)
        name = "%s %s Pte. Ltd." % (a, b)
        up = ("%s %s" % (a, b)).upper()
        payers = [up + " PTE LTD", up + " PTE. LTD.", (up + " PTE LTD")[:20]]
        cur = rng.choice([["SGD"], ["USD"], ["SGD", "USD"], ["SGD"]])
        add_customer("SG", name, payers, cur)
    # shimebi (monthly closing) customers: 22 Japanese customers, JPY only, not in an ambiguous pair
    cands = [c for c in customers if c["country"] == "JP" and not c["ambiguous_with"]]
    for c in rng.sample(cands, 22):
        c["shimebi"] = rng.choice([20, 31, 31])
        c["currencies"] = ["JPY"]


# ---------------------------------------------------------------- invoices
invoices = []
inv_by_id = {}
bal = {}

START = date(2025, 9, 1)
END_ISSUE = date(2026, 2, 20)


def rand_total(cur):
    if cur == "JPY":
        net = rng.choice([rng.randint(20, 900) * 100, rng.randint(300, 40000) * 10, rng.randint(1000, 600000)])
        return D(int(net * 1.1))
    if cur == "KRW":
        net = rng.choice([rng.randint(50, 9000) * 1000, rng.randint(100000, 90000000)])
        return D(int(net * 1.1))
    if cur == "TWD":
        net = rng.randint(2000, 1800000)
        return D(int(round(net * 1.05)))
    if cur == "SGD":
        return D(rng.randint(25000, 8000000) / 100.0)
    return D(rng.randint(15000, 12000000) / 100.0)


def last_day(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def due_for(c, issue):
    if c["country"] == "JP":
        # month-end closing, paid at the end of the following month (or closing date + 1 month)
        y, m = issue.year, issue.month
        if c["shimebi"] == 20 and issue.day > 20:
            y, m = (y + (m == 12), m % 12 + 1)
        y, m = (y + (m == 12), m % 12 + 1)
        return last_day(y, m) if c["shimebi"] != 20 else date(y, m, 20) + timedelta(days=10)
    return issue + timedelta(days=rng.choice([30, 30, 45, 60, 60, 90]))


def period_of(c, d):
    """closing period key (y, m) for a shimebi customer."""
    if c["shimebi"] == 20 and d.day > 20:
        return (d.year + (d.month == 12), d.month % 12 + 1)
    return (d.year, d.month)


def rand_day(a, b):
    return a + timedelta(days=rng.randint(0, (b - a).days))


def make_invoices():
    raw = []   # (issue, cust, cur, total, batch)
    shim = [c for c in customers if c["shimebi"]]
    for c in shim:
        # periods with 2-6 invoices each: closing Dec 2025, Jan 2026, Feb 2026 (older ones already paid)
        for (y, m) in [(2025, 12), (2026, 1), (2026, 2)]:
            if c["shimebi"] == 20:
                lo = date(y - (m == 1), (m - 2) % 12 + 1, 21)
                hi = date(y, m, 20)
            else:
                lo, hi = date(y, m, 1), last_day(y, m)
            hi = min(hi, END_ISSUE)
            for _ in range(rng.randint(2, 6)):
                raw.append([rand_day(lo, hi), c, "JPY", rand_total("JPY"), None])
    others = [c for c in customers if not c["shimebi"]]
    target = 1500 - len(raw)
    # distribute the remaining invoices: everybody gets at least 1
    counts = {c["id"]: 1 for c in others}
    left = target - len(others)
    weights = [rng.choice([1, 1, 2, 3, 5]) for _ in others]
    for _ in range(left):
        c = rng.choices(others, weights)[0]
        counts[c["id"]] += 1
    for c in others:
        n = counts[c["id"]]
        i = 0
        while i < n:
            cur = rng.choice(c["currencies"])
            issue = rand_day(date(2025, 10, 1), END_ISSUE)
            if n - i >= 3 and rng.random() < 0.18:
                # partial shipments of one PO invoiced together the same day
                k = rng.randint(2, min(4, n - i))
                b = rid("B", 5)
                for _ in range(k):
                    raw.append([issue, c, cur, rand_total(cur), b])
                i += k
                continue
            raw.append([issue, c, cur, rand_total(cur), None])
            i += 1
    raw.sort(key=lambda r: (r[0], r[4] or "", rng.random()))
    num = 218400
    for issue, c, cur, total, batch in raw:
        num += 1 if batch and invoices and invoices[-1]["_batch"] == batch else rng.randint(1, 7)
        iid = rid("inv_", 10)
        inv = {"id": iid, "number": "SI-%d" % num, "customer_id": c["id"], "customer_name": c["name"],
               "currency": cur, "total": total, "balance": total, "issue_date": issue.isoformat(),
               "due_date": due_for(c, issue).isoformat(), "_batch": batch, "_issue": issue}
        invoices.append(inv)
        inv_by_id[iid] = inv
    # earlier part payments before the file starts: 7% of the non-shimebi invoices
    for inv in invoices:
        c = cust_by_id[inv["customer_id"]]
        if not c["shimebi"] and not inv["_batch"] and rng.random() < 0.07:
            frac = Decimal(rng.choice(["0.3", "0.5", "0.5", "0.6"]))
            paid = (inv["total"] * frac).quantize(Decimal("1") if inv["currency"] in ("JPY", "KRW", "TWD") else Q)
            inv["balance"] = D(inv["total"] - paid)
    plant()
    for inv in invoices:
        bal[inv["id"]] = inv["balance"]


reserved = set()
plants = {"twins_same": [], "twins_cross": [], "subset_amb": [], "num_amount": []}


def plant():
    """Plant equal amounts on purpose: repeat orders (same reel quantity, same price) and look-alike
    customers.  These invoices are reserved for the review scenarios."""
    def plain(c, cur=None, before=date(2026, 1, 2)):
        return [i for i in invoices if i["customer_id"] == c["id"] and not i["_batch"] and i["id"] not in reserved
                and i["balance"] == i["total"] and i["_issue"] <= before and (cur is None or i["currency"] == cur)]
    def settotal(inv, t):
        inv["total"] = inv["balance"] = D(t)
    pool = [c for c in customers if not c["shimebi"] and not c["ambiguous_with"]]
    rng.shuffle(pool)
    for c in pool:
        if len(plants["twins_same"]) >= 16:
            break
        cur = c["currencies"][0]
        inv = plain(c, cur)
        if len(inv) >= 2:
            a, b = rng.sample(inv, 2)
            settotal(b, a["total"])
            reserved.update([a["id"], b["id"]])
            plants["twins_same"].append((a["id"], b["id"]))
    for c in pool:
        if len(plants["subset_amb"]) >= 7:
            break
        cur = c["currencies"][0]
        inv = plain(c, cur)
        if len(inv) >= 3 and not any(x["id"] in reserved for x in inv[:3]):
            a, b, x = rng.sample(inv, 3)
            if x["id"] in reserved or a["id"] in reserved or b["id"] in reserved:
                continue
            settotal(x, a["total"] + b["total"])
            reserved.update([a["id"], b["id"], x["id"]])
            plants["subset_amb"].append((x["id"], a["id"], b["id"]))
    # JPY invoices whose amount reads like another invoice number (six digits in the numbering range)
    nums = [int(i["number"][3:]) for i in invoices]
    for c in pool:
        if len(plants["num_amount"]) >= 6:
            break
        if c["country"] != "JP" or c["id"] in {inv_by_id[x]["customer_id"] for x in plants["num_amount"]}:
            continue
        inv = [i for i in plain(c, "JPY") if i["id"] not in reserved]
        if inv:
            x = rng.choice(inv)
            other = rng.choice([n for n in nums if n != int(x["number"][3:])])
            settotal(x, other)
            reserved.add(x["id"])
            plants["num_amount"].append(x["id"])
    # look-alike Japanese customers (the bank truncates both to the same payer name)
    seen = set()
    for c in customers:
        if c["ambiguous_with"] and c["id"] not in seen:
            c2 = cust_by_id[c["ambiguous_with"]]
            seen.update([c["id"], c2["id"]])
            i1, i2 = plain(c, "JPY"), plain(c2, "JPY")
            if i1 and i2:
                a, b = rng.choice(i1), rng.choice(i2)
                settotal(b, a["total"])
                reserved.update([a["id"], b["id"]])
                plants["twins_cross"].append((a["id"], b["id"], "trunc"))
    # a trading house paying for one of two customers with the same invoice amount (USD)
    usd = [c for c in pool if "USD" in c["currencies"] and plain(c, "USD")]
    rng.shuffle(usd)
    while len(plants["twins_cross"]) < 12 and len(usd) >= 2:
        c, c2 = usd.pop(), usd.pop()
        a, b = rng.choice(plain(c, "USD")), rng.choice(plain(c2, "USD"))
        if a["id"] in reserved or b["id"] in reserved:
            continue
        settotal(b, a["total"])
        reserved.update([a["id"], b["id"]])
        plants["twins_cross"].append((a["id"], b["id"], "agent"))


make_customers()
make_invoices()


# ---------------------------------------------------------------- payments
US = "Kyokuto Components Co., Ltd."
payments = []
labels = []
touched = set()
paid_full = []      # (invoice id, payment index) fully paid by an exact reference in this file
part_paid = []      # invoice ids left open on purpose by a part payment
INT_CUR = ("JPY", "KRW", "TWD")


def is_int_cur(cur):
    return cur in INT_CUR


def num_digits(inv):
    return inv["number"].split("-")[1]


def open_invs(cid, cur):
    return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]


def subsets_matching(cid, cur, amount, maxk=4):
    inv = open_invs(cid, cur)
    if len(inv) > 20:
        maxk = 3
    out = []
    for k in range(1, min(maxk, len(inv)) + 1):
        for combo in itertools.combinations(inv, k):
            if sum(bal[i["id"]] for i in combo) == amount:
                out.append(tuple(i["id"] for i in combo))
    return out


def singles_anywhere(cur, amount):
    return [i["id"] for i in invoices if i["currency"] == cur and bal[i["id"]] == amount]


def eligible(d, pred=lambda i: True, allow_reserved=False):
    return [i for i in invoices if i["id"] not in touched and (allow_reserved or i["id"] not in reserved)
            and i["_issue"] <= d - timedelta(days=5) and bal[i["id"]] > 0 and pred(i)]


def payer_for(c, with_number=None):
    p = rng.choice(c["payers"])
    if c.get("trunc"):
        p = c["payers"][0]  # full name, never the ambiguous truncation, unless the scenario wants it
    if with_number and c["country"] == "JP":
        p = (with_number + " " + p)[:34]
    return p


def ref_one(inv, c):
    n, dg = inv["number"], num_digits(inv)
    ctry = c["country"]
    opts = {"JP": [n, "SI" + dg, dg, "SEIKYU " + n, "SEIKYUSHO NO." + dg],
            "KR": [n, "INV " + n, "SI" + dg + " PAYMENT", "INVOICE NO." + dg],
            "TW": ["/INV/" + n, "INV NO " + n, "/RFB/" + "SI" + dg, n + " PAYMENT"],
            "SG": ["GIRO " + n, "PAYNOW " + "SI" + dg, "INV " + dg, n]}[ctry]
    return rng.choice(opts)


def ref_many(invs, c):
    nums = [i["number"] for i in invs]
    dg = [num_digits(i) for i in invs]
    style = rng.randint(0, 4)
    if style == 0:
        return nums[0] + "/" + "/".join(dg[1:])
    if style == 1:
        return ",".join("SI" + x for x in dg)
    if style == 2:
        return "INV " + " ".join(dg)
    if style == 3:
        return "/INV/" + " ".join(nums)
    return " ".join(nums)


def advice_table(invs, c, cur, amounts=None, extra_lines=(), po=True, total=None):
    amounts = amounts or [bal[i["id"]] for i in invs]
    own = {num_digits(i) for i in invoices if i["customer_id"] == c["id"]}
    lines = ["PAYMENT ADVICE", "TO: " + US.upper(), "FROM: " + c["name"].upper()]
    lines.append("%-12s %-12s %14s" % ("INVOICE", "PO NO", "AMOUNT " + cur))
    for i, a in zip(invs, amounts):
        pon = ""
        while po and (not pon or pon in own):
            pon = rng.choice(["4500%06d" % rng.randint(0, 999999), "%d" % rng.randint(218400, 226000),
                              "P%s%05d" % (i["issue_date"][2:4], rng.randint(0, 99999))])
        lines.append("%-12s %-12s %14s" % (i["number"], pon, fmt_thousands(a, cur)))
    lines.extend(extra_lines)
    lines.append("TOTAL %s %s" % (cur, fmt_thousands(sum(amounts) if total is None else total, cur)))
    return "\n".join(lines)


def apply(apps):
    for iid, amt in apps:
        assert amt > 0
        bal[iid] = D(bal[iid] - amt)
        assert bal[iid] >= 0, iid
        touched.add(iid)


def emit(d, amount, cur, payer, cid, ref, remit, status, apps, unapplied, short, cands, reason, scen, note):
    pid = rid("pay_", 10)
    payments.append({"id": pid, "date": d.isoformat(), "amount": s(amount), "currency": cur,
                     "payer_name": payer, "customer_id": cid, "reference": ref, "remittance": remit})
    apply(apps)
    for c in cands:
        touched.update(c)
    labels.append({"payment_id": pid, "status": status,
                   "applications": [{"invoice_id": i, "amount": s(a)} for i, a in apps],
                   "unapplied": s(unapplied), "short_pay": short,
                   "candidates": [list(c) for c in cands], "reason": reason,
                   "scenario": scen, "note": note})
    return pid


def cust(inv):
    return cust_by_id[inv["customer_id"]]


def known_id(c, p=0.55):
    return c["id"] if rng.random() < p else None


# ---- scenario functions: return True when a payment was emitted
def sc_exact_ref(d):
    el = eligible(d)
    if not el:
        return False
    inv = rng.choice(el)
    c = cust(inv)
    amt = bal[inv["id"]]
    cid = known_id(c)
    if c["country"] == "JP" and rng.random() < 0.4:
        payer, ref = payer_for(c, "SI" + num_digits(inv)), None
        where = "payer name field (zengin)"
    else:
        payer, ref = payer_for(c), ref_one(inv, c)
        where = "reference"
    remit = None
    note = "invoice number in the %s, amount equals the open balance" % where
    if inv["balance"] != inv["total"]:
        ref = (ref + " BAL") if ref else None
        note += " (the remaining balance after a part payment made before this file)"
    emit(d, amt, inv["currency"], payer, cid, ref, remit, "applied", [(inv["id"], amt)], 0, None, [],
         "reference %s and exact balance" % inv["number"], "exact_reference", note)
    paid_full.append((inv["id"], len(payments) - 1))
    return True


def sc_amount_only(d):
    el = eligible(d, lambda i: not cust(i)["ambiguous_with"])
    rng.shuffle(el)
    for inv in el[:60]:
        c = cust(inv)
        amt = bal[inv["id"]]
        if subsets_matching(c["id"], inv["currency"], amt) != [(inv["id"],)]:
            continue
        cid = known_id(c, 0.6)
        ref = rng.choice([None, None, "PAYMENT", "TT PAYMENT", "KAKEKIN SHIHARAI", "GOODS PAYMENT"])
        if c["country"] == "JP":
            ref = rng.choice([None, None, "FURIKOMI"])
        emit(d, amt, inv["currency"], payer_for(c), cid, ref, None, "applied", [(inv["id"], amt)], 0, None, [],
             "payer identified, amount matches exactly one open invoice", "amount_only_unique",
             "no invoice number; customer known by %s; no other invoice or combination of the customer's "
             "open invoices has this amount" % ("customer_id" if cid else "payer name"))
        return True
    return False


def group_by_cust(el):
    g = {}
    for i in el:
        g.setdefault((i["customer_id"], i["currency"]), []).append(i)
    return g


def sc_multi_list(d):
    g = group_by_cust(eligible(d))
    keys = [k for k, v in g.items() if len(v) >= 2]
    if not keys:
        return False
    k = rng.choice(sorted(keys))
    invs = sorted(rng.sample(g[k], rng.randint(2, min(5, len(g[k])))), key=lambda i: i["number"])
    c = cust(invs[0])
    amt = sum(bal[i["id"]] for i in invs)
    cur = k[1]
    if rng.random() < 0.5:
        ref, remit = ref_many(invs, c), None
        note = "several invoice numbers in the reference, sum equals the total"
    else:
        ref = rng.choice([None, "SEE ADVICE", "PAYMENT %s" % d.strftime("%b%Y").upper()])
        remit = advice_table(invs, c, cur)
        note = "remittance advice lists the invoices; the PO column holds numbers that look like invoice numbers"
    emit(d, amt, cur, payer_for(c), known_id(c), ref, remit, "applied",
         [(i["id"], bal[i["id"]]) for i in invs], 0, None, [],
         "listed invoices %s sum to the payment" % ", ".join(i["number"] for i in invs), "multi_invoice_list", note)
    return True


def batches(d):
    g = {}
    for i in invoices:
        if i["_batch"]:
            g.setdefault(i["_batch"], []).append(i)
    out = []
    for b, invs in sorted(g.items()):
        if all(i["id"] not in touched and i["id"] not in reserved and i["_issue"] <= d - timedelta(days=5)
               and bal[i["id"]] == i["total"] for i in invs):
            out.append(sorted(invs, key=lambda i: i["number"]))
    return out


def sc_range(d):
    bs = batches(d)
    if not bs:
        return False
    invs = rng.choice(bs)
    c = cust(invs[0])
    a, b = invs[0]["number"], invs[-1]["number"]
    ref = rng.choice(["%s~%s" % (a, num_digits(invs[-1])), "%s-%s" % (a.replace("-", ""), num_digits(invs[-1])),
                      "%s TO %s" % (a, b), "INV %s THRU %s" % (num_digits(invs[0]), num_digits(invs[-1]))])
    amt = sum(bal[i["id"]] for i in invs)
    emit(d, amt, invs[0]["currency"], payer_for(c), known_id(c), ref, None, "applied",
         [(i["id"], bal[i["id"]]) for i in invs], 0, None, [],
         "invoice range %s to %s, sum equals the payment" % (a, b), "invoice_range",
         "range of consecutive invoice numbers (partial shipments of one PO billed the same day)")
    return True


def sc_po_subset(d):
    bs = batches(d)
    rng.shuffle(bs)
    for invs in bs:
        c = cust(invs[0])
        if c["ambiguous_with"]:
            continue
        amt = sum(bal[i["id"]] for i in invs)
        m = subsets_matching(c["id"], invs[0]["currency"], amt)
        if m != [tuple(i["id"] for i in invs)]:
            continue
        po = rng.choice(["4500%06d" % rng.randint(0, 999999), "PO-%s-%04d" % (d.year, rng.randint(1, 9999))])
        ref = rng.choice(["PO " + po, po, "PO NO." + po + " SHIPMENT 1-%d" % len(invs)])
        emit(d, amt, invs[0]["currency"], payer_for(c), c["id"], ref, None, "applied",
             [(i["id"], bal[i["id"]]) for i in invs], 0, None, [],
             "only the customer's %d partial-shipment invoices add up to the payment" % len(invs),
             "po_partial_shipments",
             "reference carries only the customer's PO; the amount equals exactly one combination of the "
             "customer's open invoices (all shipments of that PO)")
        return True
    return False


def shimebi_period_sets(d):
    out = []
    for c in customers:
        if not c["shimebi"]:
            continue
        per = {}
        for i in invoices:
            if i["customer_id"] == c["id"]:
                per.setdefault(period_of(c, i["_issue"]), []).append(i)
        for key, invs in sorted(per.items()):
            y, m = key
            close = date(y, m, 20) if c["shimebi"] == 20 else last_day(y, m)
            if close < d - timedelta(days=3) and all(i["id"] not in touched and bal[i["id"]] == i["total"]
                                                     for i in invs):
                out.append((c, key, sorted(invs, key=lambda i: i["number"]), close))
    return out


def sc_shimebi(d, except_one=False):
    sets = shimebi_period_sets(d)
    if except_one:
        sets = [x for x in sets if len(x[2]) >= 3]
    if not sets:
        return False
    c, (y, m), invs, close = rng.choice(sets)
    held = None
    if except_one:
        held = rng.choice(invs)
        pay = [i for i in invs if i is not held]
    else:
        pay = invs
    amt = sum(bal[i["id"]] for i in pay)
    tag = "%02d%02d" % (y % 100, m)
    ref = rng.choice(["%dGATSUBUN" % m, "SHIME %s" % tag, "%d/%d SHIME" % (m, close.day), None])
    closing = "%dNEN %dGATSU %dNICHI SHIME" % (y, m, close.day)
    lines = ["O-SHIHARAI TSUCHISHO (PAYMENT NOTICE)", US.upper() + " ONCHU",
             "TAISHO: %s (%s closing)" % (closing, close.isoformat()),
             "SEIKYU GAKU: JPY %s" % fmt_thousands(sum(i["total"] for i in invs), "JPY")]
    note = "consolidated monthly payment for the %s closing period; its %d invoices sum to the payment" % (
        close.isoformat(), len(pay))
    if held:
        lines.append("HORYU: %s JPY %s (HINSHITSU FURYO / RMA PENDING)" % (held["number"],
                                                                          fmt_thousands(held["total"], "JPY")))
        note = ("consolidated monthly payment for the %s closing period less one invoice the customer holds "
                "back (named in the notice); the other %d invoices sum to the payment" % (close.isoformat(), len(pay)))
    lines.append("SHIHARAI GAKU: JPY %s" % fmt_thousands(amt, "JPY"))
    lines.append("SHIHARAI BI: %s  FURIKOMI" % d.isoformat())
    emit(d, amt, "JPY", payer_for(c), known_id(c, 0.7), ref, "\n".join(lines), "applied",
         [(i["id"], bal[i["id"]]) for i in pay], 0, None, [],
         "monthly statement (shimebi %s) invoices sum to the payment" % close.isoformat(),
         "shimebi_statement_except" if held else "shimebi_statement", note)
    return True


def sc_furikomi(d):
    el = eligible(d, lambda i: i["currency"] == "JPY" and cust(i)["country"] == "JP" and bal[i["id"]] > 20000)
    if not el:
        return False
    inv = rng.choice(el)
    c = cust(inv)
    fee = D(rng.choice([330, 440, 660, 660, 770, 880]))
    amt = bal[inv["id"]] - fee
    if rng.random() < 0.5:
        payer, ref = payer_for(c, "SI" + num_digits(inv)), None
    else:
        payer, ref = payer_for(c), ref_one(inv, c)
    remit = None
    if rng.random() < 0.5:
        remit = "%s SEIKYU GAKU %s EN\nFURIKOMI TESURYO %s EN SASHIHIKI\nSHIHARAI GAKU %s EN" % (
            inv["number"], fmt_thousands(bal[inv["id"]], "JPY"), fmt_thousands(fee, "JPY"), fmt_thousands(amt, "JPY"))
    emit(d, amt, "JPY", payer, known_id(c), ref, remit, "partial", [(inv["id"], amt)], 0,
         {"invoice_id": inv["id"], "amount": s(fee), "reason": "bank transfer fee (furikomi tesuryo) deducted by payer"},
         [], "invoice %s paid less JPY %s transfer fee" % (inv["number"], int(fee)), "furikomi_fee_deducted",
         "Japanese customer deducted the domestic transfer fee; %s" % (
             "the notice says so" if remit else "no advice, but the gap is a standard furikomi fee"))
    return True


def sc_bank_charges(d):
    el = eligible(d, lambda i: i["currency"] == "USD" and bal[i["id"]] > 500)
    if not el:
        return False
    inv = rng.choice(el)
    c = cust(inv)
    fee = D(rng.choice([10, 15, 18, 20, 20, 25, 25, 30, 35, 40, 45]))
    amt = bal[inv["id"]] - fee
    ref = ref_one(inv, c)
    remit = rng.choice([None, None, "/BNF/%s\n71A: SHA" % inv["number"], "CHARGES: SHA\nINV %s USD %s" % (
        inv["number"], fmt_thousands(bal[inv["id"]], "USD")), "/INV/%s /CHGS/USD%s" % (inv["number"], s(fee))])
    emit(d, amt, "USD", payer_for(c), known_id(c, 0.4), ref, remit, "partial", [(inv["id"], amt)], 0,
         {"invoice_id": inv["id"], "amount": s(fee), "reason": "intermediary bank charges deducted"}, [],
         "invoice %s paid less USD %s bank charges" % (inv["number"], s(fee)), "bank_charges_deducted",
         "cross-border USD transfer; an intermediary bank took its charge from the principal")
    return True


SHORT_REASONS = [
    ("LESS DEBIT NOTE DN-{n} RETURN {q}PCS DEFECTIVE", "returned defective parts (debit note)"),
    ("SHORT SHIPMENT {q} PCS NOT RECEIVED", "short shipment"),
    ("PRICE DIFFERENCE AS PER AGREED QUOTATION Q{n}", "price difference"),
    ("LESS REBATE VOLUME {n}", "volume rebate deducted"),
    ("RMA {n} {q}PCS DEDUCTED", "returned parts (RMA)"),
    ("NEBIKI {q}PCS TANKA SA", "unit price difference (nebiki)"),
]


def sc_short_reason(d):
    el = eligible(d, lambda i: not cust(i)["ambiguous_with"])
    inv = rng.choice(el)
    c = cust(inv)
    cur = inv["currency"]
    b = bal[inv["id"]]
    ded = (b * Decimal(rng.choice(["0.03", "0.05", "0.08", "0.12", "0.15"]))).quantize(
        Decimal("1") if is_int_cur(cur) else Q)
    amt = b - ded
    tmpl, why = rng.choice(SHORT_REASONS)
    line = tmpl.format(n=rng.randint(1000, 9999), q=rng.choice([50, 100, 240, 500, 1000, 3000]))
    remit = advice_table([inv], c, cur, [b], extra_lines=[line, "%-25s %14s" % ("LESS DEDUCTION", "-" + fmt_thousands(ded, cur))],
                         po=True, total=amt)
    emit(d, amt, cur, payer_for(c), known_id(c), ref_one(inv, c), remit, "partial", [(inv["id"], amt)], 0,
         {"invoice_id": inv["id"], "amount": s(ded), "reason": why}, [],
         "short pay on %s: %s" % (inv["number"], why), "short_pay_with_reason",
         "remittance advice shows the invoice, the deduction and the reason")
    return True


def sc_part(d):
    el = eligible(d, lambda i: i["balance"] == i["total"] and not cust(i)["ambiguous_with"])
    inv = rng.choice(el)
    c = cust(inv)
    cur = inv["currency"]
    b = bal[inv["id"]]
    frac = Decimal(rng.choice(["0.3", "0.4", "0.5", "0.5"]))
    amt = (b * frac).quantize(Decimal("1") if is_int_cur(cur) else Q)
    txt = rng.choice(["PARTIAL PAYMENT %s" % inv["number"], "1ST INSTALLMENT %s" % inv["number"],
                      "%s PART PAYMENT %d PCT" % (inv["number"], int(frac * 100)),
                      "BUNKATSU 1/2 %s" % inv["number"]])
    emit(d, amt, cur, payer_for(c), known_id(c), txt, None, "partial", [(inv["id"], amt)], 0, None, [],
         "part payment of %s, balance stays open" % inv["number"], "part_payment",
         "customer says it is a part payment; the rest of the invoice stays open and no deduction case opens")
    part_paid.append(inv["id"])
    return True


def sc_remainder(d):
    if not part_paid:
        return False
    iid = part_paid.pop(0)
    inv = inv_by_id[iid]
    c = cust(inv)
    amt = bal[iid]
    ref = rng.choice(["BALANCE %s" % inv["number"], "%s 2ND INSTALLMENT" % inv["number"], "REMAINING %s" % num_digits(inv),
                      "BUNKATSU 2/2 %s" % inv["number"]])
    emit(d, amt, inv["currency"], payer_for(c), known_id(c), ref, None, "applied", [(iid, amt)], 0, None, [],
         "remaining balance of %s" % inv["number"], "remainder_after_part_payment",
         "second part of an invoice part-paid earlier in this file; amount equals what that payment left open")
    paid_full.append((iid, len(payments) - 1))
    return True


def sc_overpay(d):
    el = eligible(d, lambda i: i["balance"] != i["total"])
    if el and rng.random() < 0.6:
        inv = rng.choice(el)
        amt = inv["total"]
        note = "customer paid the full invoice total, forgetting an earlier part payment; the excess is held"
    else:
        inv = rng.choice(eligible(d, lambda i: i["currency"] in ("USD", "SGD")))
        amt = bal[inv["id"]] + D(rng.choice([100, 250, "12.50", 1000, "0.50"]))
        note = "customer paid more than the invoice named in the reference; the excess is held on account"
    c = cust(inv)
    b = bal[inv["id"]]
    emit(d, amt, inv["currency"], payer_for(c), known_id(c), ref_one(inv, c), None, "unapplied",
         [(inv["id"], b)], amt - b, None, [],
         "%s paid in full, excess %s held as unapplied" % (inv["number"], s(amt - b)), "overpayment", note)
    return True


def sc_dup_second(d):
    cands = [(iid, k) for iid, k in paid_full if len(payments) - k >= 15]
    if not cands:
        return False
    iid, k = cands[0]
    paid_full.remove((iid, k))
    inv = inv_by_id[iid]
    c = cust(inv)
    first = payments[k]
    amt = D(first["amount"])
    if any(bal[i["id"]] == amt for i in open_invs(c["id"], inv["currency"])):
        return False
    ref = first["reference"] or ("SI" + num_digits(inv))
    emit(d, amt, inv["currency"], first["payer_name"], c["id"], ref, None, "unapplied", [], amt, None, [],
         "%s was already paid by %s; second payment held as unapplied" % (inv["number"], first["id"]),
         "duplicate_payment_of_paid_invoice",
         "the customer paid the same invoice twice (same amount and reference); nothing left to apply")
    return True


def sc_advance(d):
    pool = [c for c in customers if not c["shimebi"]]
    for _ in range(50):
        c = rng.choice(pool)
        cur = rng.choice(c["currencies"])
        amt = D({"JPY": rng.randint(5, 300) * 10000, "KRW": rng.randint(5, 500) * 100000,
                 "TWD": rng.randint(5, 300) * 1000, "SGD": rng.randint(5, 200) * 100,
                 "USD": rng.randint(5, 400) * 100}[cur])
        if subsets_matching(c["id"], cur, amt):
            continue
        ref = rng.choice(["ADVANCE PAYMENT PI-26-%04d" % rng.randint(1, 999), "MAEBARAI PI%04d" % rng.randint(1, 9999),
                          "PREPAYMENT PROFORMA %d" % rng.randint(26000, 26999), "DEPOSIT 30PCT NEW ORDER"])
        emit(d, amt, cur, payer_for(c), c["id"], ref, None, "unapplied", [], amt, None, [],
             "advance payment against a proforma; no open invoice fits", "known_customer_no_invoice",
             "customer known by customer_id; prepayment for an order not invoiced yet; no open invoice or "
             "combination fits")
        return True
    return False


def due_key(i):
    return (i["due_date"], i["number"])


def sc_twins_same(d):
    ok = [p for p in plants["twins_same"] if all(x not in touched and inv_by_id[x]["_issue"] <= d - timedelta(5)
                                                  for x in p)]
    if not ok:
        return False
    a, b = ok[0]
    plants["twins_same"].remove((a, b))
    ia, ib = inv_by_id[a], inv_by_id[b]
    c = cust(ia)
    amt = bal[a]
    m = subsets_matching(c["id"], ia["currency"], amt)
    if sorted(m) != sorted([(a,), (b,)]):
        return False
    pair = sorted([ia, ib], key=due_key)
    emit(d, amt, ia["currency"], payer_for(c), known_id(c, 0.6), rng.choice([None, "PAYMENT", "TT"]), None,
         "review", [], amt, None, [[pair[0]["id"]], [pair[1]["id"]]],
         "two open invoices of the customer have this exact amount", "review_same_amount_twice",
         "repeat order: %s and %s have the same balance and nothing says which is paid; older due date first"
         % (pair[0]["number"], pair[1]["number"]))
    return True


AGENTS = ["MARUKO BOEKI KK", "GLOBAL EMS SOURCING LTD", "PACIFIC TRADE FINANCE CO", "HK LINKWAY TRADING LTD",
          "SUNRISE PROCUREMENT SVCS", "ORIENT SUPPLY CHAIN MGMT", "KS TRADING AGENT CO LTD"]


def sc_twins_cross(d):
    ok = [p for p in plants["twins_cross"] if all(x not in touched and inv_by_id[x]["_issue"] <= d - timedelta(5)
                                                   for x in p[:2])]
    if not ok:
        return False
    p = ok[0]
    plants["twins_cross"].remove(p)
    a, b, kind = p
    ia, ib = inv_by_id[a], inv_by_id[b]
    amt = bal[a]
    if sorted(singles_anywhere(ia["currency"], amt)) != sorted([a, b]):
        return False
    for i in (ia, ib):
        if subsets_matching(i["customer_id"], i["currency"], amt) != [(i["id"],)]:
            return False
    pair = sorted([ia, ib], key=due_key)
    if kind == "trunc":
        payer = cust(ia)["trunc"]
        note = ("the bank truncated the payer name to '%s', which fits both %s and %s; each has one open invoice "
                "of this amount" % (payer, cust(ia)["name"], cust(ib)["name"]))
    else:
        payer = rng.choice(AGENTS)
        note = "a trading agent pays for a customer it does not name; two customers have an open invoice of this amount"
    emit(d, amt, ia["currency"], payer, None, rng.choice([None, "PAYMENT", "GOODS"]), None, "review", [], amt, None,
         [[pair[0]["id"]], [pair[1]["id"]]], "amount fits invoices of two different customers",
         "review_two_customers", note + "; older due date first")
    return True


def sc_subset_amb(d):
    ok = [p for p in plants["subset_amb"] if all(x not in touched and inv_by_id[x]["_issue"] <= d - timedelta(5)
                                                  for x in p)]
    if not ok:
        return False
    x, a, b = ok[0]
    plants["subset_amb"].remove((x, a, b))
    ix = inv_by_id[x]
    c = cust(ix)
    amt = bal[x]
    m = subsets_matching(c["id"], ix["currency"], amt)
    pair = tuple(sorted([a, b], key=lambda i: due_key(inv_by_id[i])))
    if sorted(m) != sorted([(x,), tuple(sorted(pair))]) and sorted(m) != sorted([(x,), pair]):
        return False
    emit(d, amt, ix["currency"], payer_for(c), c["id"], None, None, "review", [], amt, None,
         [[x], list(pair)], "amount equals one invoice and also the sum of two others", "review_one_or_two",
         "no reference; %s alone or %s + %s fit exactly; the single invoice is ranked first" % (
             ix["number"], inv_by_id[pair[0]]["number"], inv_by_id[pair[1]]["number"]))
    return True


def sc_third_party(d):
    for _ in range(40):
        el = eligible(d, lambda i: not cust(i)["ambiguous_with"])
        inv = rng.choice(el)
        y = cust(inv)
        others = [c for c in customers if c["country"] == y["country"] and c["id"] != y["id"]
                  and inv["currency"] in c["currencies"] and not c["ambiguous_with"]]
        if not others:
            continue
        x = rng.choice(others)
        amt = bal[inv["id"]]
        if subsets_matching(x["id"], inv["currency"], amt):
            continue
        emit(d, amt, inv["currency"], payer_for(x), x["id"], ref_one(inv, y), None, "review", [], amt, None,
             [[inv["id"]]], "reference and amount fit another customer's invoice",
             "review_paid_by_other_customer",
             "payer is %s (customer_id given) but the reference names %s of %s with the exact amount; could be a "
             "group company paying on its behalf" % (x["name"], inv["number"], y["name"]))
        return True
    return False


def sc_wrong_cur(d):
    el = eligible(d, lambda i: i["currency"] in INT_CUR + ("SGD",) and "USD" not in cust(i)["currencies"]
                  and not cust(i)["ambiguous_with"])
    inv = rng.choice(el)
    c = cust(inv)
    rate = {"JPY": Decimal("155.2"), "KRW": Decimal("1432"), "TWD": Decimal("32.4"), "SGD": Decimal("1.35")}[inv["currency"]]
    amt = (bal[inv["id"]] / rate).quantize(Q)
    emit(d, amt, "USD", payer_for(c), known_id(c), ref_one(inv, c), None, "review", [], amt, None, [],
         "USD payment names a %s invoice; never applied across currencies" % inv["currency"],
         "review_currency_mismatch",
         "reference names %s (%s %s) but the money came in USD; the customer has no USD invoice" % (
             inv["number"], inv["currency"], fmt_thousands(bal[inv["id"]], inv["currency"])))
    return True


def sc_unknown(d):
    for _ in range(30):
        cur = rng.choice(["USD", "JPY", "SGD", "TWD"])
        amt = rand_total(cur)
        if singles_anywhere(cur, amt):
            continue
        payer = rng.choice(AGENTS + ["TANAKA TAROU", "LEE MING HUI", "KA)SHINSEI REASING", "BEN SHIPPING PTE LTD"])
        emit(d, amt, cur, payer, None, rng.choice([None, "PAYMENT", "REMIT"]), None, "review", [], amt, None, [],
             "payer unknown and no invoice fits", "review_unknown_payer",
             "payer is no customer of ours, no reference, no open invoice has this amount")
        return True
    return False


def sc_near_noref(d):
    el = eligible(d, lambda i: i["currency"] == "USD" and bal[i["id"]] > 500 and not cust(i)["ambiguous_with"])
    rng.shuffle(el)
    for inv in el[:40]:
        c = cust(inv)
        fee = D(rng.choice([15, 20, 25, 30]))
        amt = bal[inv["id"]] - fee
        if subsets_matching(c["id"], "USD", amt):
            continue
        emit(d, amt, "USD", payer_for(c), c["id"], None, None, "review", [], amt, None, [[inv["id"]]],
             "no reference; amount is USD %s short of one invoice" % s(fee), "review_near_amount_no_reference",
             "looks like %s less bank charges, but with no reference nothing is certain" % inv["number"])
        return True
    return False


def sc_typo(d):
    numbers = {i["number"] for i in invoices}
    el = eligible(d, lambda i: not cust(i)["ambiguous_with"])
    rng.shuffle(el)
    for inv in el[:80]:
        c = cust(inv)
        dg = num_digits(inv)
        k = rng.randint(2, 4)
        if dg[k] == dg[k + 1]:
            continue
        t = dg[:k] + dg[k + 1] + dg[k] + dg[k + 2:]
        if "SI-" + t in numbers:
            continue
        amt = bal[inv["id"]]
        if subsets_matching(c["id"], inv["currency"], amt) != [(inv["id"],)]:
            continue
        emit(d, amt, inv["currency"], payer_for(c), c["id"], rng.choice(["SI-" + t, "SI" + t, "INV " + t]), None,
             "applied", [(inv["id"], amt)], 0, None, [],
             "customer and unique amount; reference %s is a typo of %s" % (t, inv["number"]),
             "reference_typo", "two digits transposed in the reference (no such invoice exists); the customer is "
             "known and the amount matches exactly one of its open invoices")
        return True
    return False


def sc_po_trap(d):
    el = eligible(d, lambda i: not cust(i)["ambiguous_with"])
    rng.shuffle(el)
    for inv in el[:80]:
        c = cust(inv)
        amt = bal[inv["id"]]
        if subsets_matching(c["id"], inv["currency"], amt) != [(inv["id"],)]:
            continue
        other = [i for i in invoices if i["customer_id"] != c["id"] and bal[i["id"]] > 0 and bal[i["id"]] != amt]
        o = rng.choice(other)
        po = num_digits(o)
        ref = rng.choice(["PO " + po, "PO NO." + po, "YOUR ORDER " + po, "CHUMON " + po])
        emit(d, amt, inv["currency"], payer_for(c), c["id"] if rng.random() < 0.7 else None, ref, None, "applied",
             [(inv["id"], amt)], 0, None, [],
             "customer's PO number in the reference; unique amount for the customer", "po_number_trap",
             "the PO number %s is also the number of %s, an invoice of another customer with a different "
             "amount; the payer's own invoice %s matches exactly" % (po, o["number"], inv["number"]))
        return True
    return False



def sc_num_amount(d):
    ok = [x for x in plants["num_amount"] if x not in touched and inv_by_id[x]["_issue"] <= d - timedelta(5)]
    if not ok:
        return False
    x = ok[0]
    plants["num_amount"].remove(x)
    inv = inv_by_id[x]
    c = cust(inv)
    amt = bal[x]
    if subsets_matching(c["id"], "JPY", amt) != [(x,)]:
        return False
    ref = rng.choice(["%d" % amt, "KINGAKU %d" % amt, None])
    remit = None if ref else "SHIHARAI GAKU %s EN\nKAKEKIN SHIHARAI" % fmt_thousands(amt, "JPY")
    other = [i for i in invoices if i["number"] == "SI-%d" % amt]
    emit(d, amt, "JPY", payer_for(c), known_id(c, 0.6), ref, remit, "applied", [(x, amt)], 0, None, [],
         "payer identified, amount matches exactly one open invoice", "amount_looks_like_invoice_number",
         "the amount %d reads like invoice number SI-%d (%s); the payer's own invoice %s has exactly this amount"
         % (amt, amt, "another customer's invoice" if other and other[0]["customer_id"] != c["id"] else
            "one of our invoice numbers", inv["number"]))
    return True


# ---------------------------------------------------------------- bad input rows
def emit_error(d, kind):
    pid = rid("pay_", 10)
    c = rng.choice([c for c in customers if not c["ambiguous_with"]])
    cur = c["currencies"][0]
    row = {"id": pid, "date": d.isoformat(), "amount": s(rand_total(cur)), "currency": cur,
           "payer_name": payer_for(c), "customer_id": c["id"], "reference": None, "remittance": None}
    if kind == "negative":
        row["amount"] = "-" + row["amount"]
        row["reference"] = "RETURN OF FUNDS / RECALL"
        err = "negative amount"
    elif kind == "currency":
        row["currency"] = rng.choice(["HKD", "CNY", "EUR"])
        row["reference"] = "PAYMENT"
        err = "currency %s: no open invoice is in this currency" % row["currency"]
    elif kind == "dup_id":
        prev = rng.choice([p for p in payments[-60:] if isinstance(p.get("date"), str)])
        row = dict(prev)
        pid = row["id"]
        err = "duplicate payment id %s (the bank file repeats an earlier row)" % pid
    elif kind == "malformed":
        row["amount"] = rng.choice(["1.234.500", "USD 8,420.50", "", "12O500.00"])
        err = "malformed amount %r" % row["amount"]
    else:
        row["date"] = rng.choice([None, ""])
        err = "missing payment date"
    payments.append(row)
    labels.append({"payment_id": pid, "status": "error", "applications": [], "unapplied": None, "short_pay": None,
                   "candidates": [], "reason": err, "error": err, "scenario": "bad_input_" + kind,
                   "note": "bad input row: " + err})


PLAN = [
    (sc_exact_ref, 82), (sc_amount_only, 42), (sc_num_amount, 6), (sc_multi_list, 34), (sc_range, 9), (sc_po_subset, 9),
    (lambda d: sc_shimebi(d), 22), (lambda d: sc_shimebi(d, True), 5), (sc_furikomi, 22), (sc_bank_charges, 22),
    (sc_short_reason, 15), (sc_part, 14), (sc_overpay, 11), (sc_advance, 10), (sc_twins_same, 14),
    (sc_twins_cross, 11), (sc_subset_amb, 6), (sc_third_party, 5), (sc_wrong_cur, 5), (sc_unknown, 6),
    (sc_near_noref, 5), (sc_typo, 6), (sc_po_trap, 9),
]
LATE = [(sc_remainder, 11), (sc_dup_second, 8)]
ERRORS = ["negative", "negative", "currency", "currency", "dup_id", "dup_id", "malformed", "malformed",
          "malformed", "missing_date", "missing_date"]


def business_days(a, b):
    out, x = [], a
    while x <= b:
        if x.weekday() < 5:
            out.append(x)
        x += timedelta(days=1)
    return out


def run():
    slots = [f for f, n in PLAN for _ in range(n)]
    rng.shuffle(slots)
    for f, n in LATE:
        for _ in range(n):
            slots.insert(rng.randint(len(slots) // 2, len(slots)), f)
    for e in ERRORS:
        slots.insert(rng.randint(40, len(slots)), e)
    days = business_days(date(2026, 1, 6), date(2026, 3, 31))
    dates = sorted(rng.choice(days) for _ in slots)
    for f, d in zip(slots, dates):
        if isinstance(f, str):
            emit_error(d, f)
            continue
        if not f(d):
            # the planned situation is not available on this day: an ordinary referenced payment instead
            assert sc_exact_ref(d)


run()


# ---------------------------------------------------------------- verify and write
def verify():
    b = {i["id"]: i["balance"] for i in invoices}
    cur_of = {i["id"]: i["currency"] for i in invoices}
    seen = set()
    assert len(payments) == len(labels)
    for p, l in zip(payments, labels):
        assert p["id"] == l["payment_id"]
        if l["status"] == "error":
            assert not l["applications"] and l["error"]
            continue
        assert p["id"] not in seen
        seen.add(p["id"])
        amt = D(p["amount"])
        assert amt > 0
        tot = D(l["unapplied"])
        for a in l["applications"]:
            iid, x = a["invoice_id"], D(a["amount"])
            assert cur_of[iid] == p["currency"], (p, a)
            assert 0 < x <= b[iid], (p, a)
            b[iid] -= x
            tot += x
        assert tot == amt, (p, l)
        st = l["status"]
        if st == "applied":
            assert l["applications"] and D(l["unapplied"]) == 0 and l["short_pay"] is None
        elif st == "partial":
            assert l["applications"] and D(l["unapplied"]) == 0
            assert any(b[a["invoice_id"]] > 0 for a in l["applications"])
            if l["short_pay"]:
                sp = l["short_pay"]
                assert b[sp["invoice_id"]] == D(sp["amount"]), (l, b[sp["invoice_id"]])
        elif st == "unapplied":
            assert D(l["unapplied"]) > 0 and l["short_pay"] is None
        elif st == "review":
            assert not l["applications"] and D(l["unapplied"]) == amt
            for c in l["candidates"]:
                assert all(cur_of[i] == p["currency"] and b[i] > 0 for i in c)
        else:
            raise AssertionError(st)
    return b


def write():
    os.makedirs(OUT, exist_ok=True)
    inv_out = [{k: (str(v) if isinstance(v, Decimal) else v) for k, v in i.items() if not k.startswith("_")}
               for i in invoices]
    for name, obj in (("invoices.json", inv_out), ("payments.json", payments), ("labels.json", labels)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")


def verify_payers():
    """Payments decided without a customer_id must carry a payer name that fits only one customer."""
    variants = [(c["id"], v) for c in customers for v in c["payers"]]
    for p, l in zip(payments, labels):
        if l["status"] in ("error", "review") or p.get("customer_id"):
            continue
        name = p["payer_name"]
        if name[:2] == "SI" and name[2:8].isdigit() and name[8:9] == " ":
            name = name[9:]
        owners = {cid for cid, v in variants if v.startswith(name) or name.startswith(v)}
        if l["scenario"] not in ("exact_reference", "multi_invoice_list", "invoice_range", "furikomi_fee_deducted",
                                 "bank_charges_deducted", "short_pay_with_reason", "part_payment", "overpayment",
                                 "remainder_after_part_payment", "shimebi_statement", "shimebi_statement_except"):
            assert len(owners) == 1, (p, owners)
        else:
            assert len(owners) >= 1, (p, owners)


final_bal = verify()
verify_payers()
write()


# ---------------------------------------------------------------- README
def readme():
    from collections import Counter
    st = Counter(l["status"] for l in labels)
    sc = Counter(l["scenario"] for l in labels)
    pc = Counter(p["currency"] for p in payments)
    ic = Counter(i["currency"] for i in invoices)
    cc = Counter(c["country"] for c in customers)
    scen_status = {}
    for l in labels:
        scen_status.setdefault(l["scenario"], l["status"])
    withid = sum(1 for p in payments if p.get("customer_id"))
    L = []
    w = L.append
    w("# Blind cash-application set: `ledger_asia_components`")
    w("")
    w("Held-out test set for the `match` command of `contracts/cash-application.md`, written only from the")
    w("contract and the brief (the engine was never read or run). Regenerate with `python3 build.py`")
    w("(deterministic, stdlib only, seed %d); `python3 check.py` re-verifies every label." % SEED)
    w("")
    w("## Theme")
    w("")
    w("%s, an electronic components distributor in East Asia, invoices manufacturers in Japan," % US)
    w("Korea, Taiwan and Singapore in JPY, KRW, TWD, SGD and USD. Bank data looks like what its banks deliver:")
    w("")
    w("- Japanese domestic transfers (furikomi): the payer name is the zengin half-width katakana name")
    w("  transliterated kana by kana into upper-case Latin (`KA)` / `(KA` for kabushiki kaisha, `SHIYOUJI` for")
    w("  Shoji, `KOUGIYOU` for Kogyo, because zengin has no small kana), truncated by the bank. Often the")
    w("  invoice number is typed in front of the payer name instead of a reference. Customers deduct the")
    w("  transfer fee (furikomi tesuryo, JPY 330-880) and pay consolidated monthly statements (shimebi: closing")
    w("  on the 20th or at month end) with an `O-SHIHARAI TSUCHISHO` payment notice.")
    w("- Korean payers: `(JU)` prefix for jusik hoesa, names squeezed without spaces.")
    w("- Taiwanese SWIFT MT103 field-70 style references (`/INV/`, `/RFB/`), names cut at 35 characters.")
    w("- Singapore GIRO / PayNow references, names cut at 20 characters.")
    w("- Cross-border USD transfers lose USD 10-45 to intermediary banks (SHA charges).")
    w("- Partial shipments of one PO are invoiced the same day with consecutive invoice numbers; customers")
    w("  quote their own PO numbers, some of which are six-digit numbers in our invoice-number range.")
    w("")
    w("All companies, ids, numbers and amounts are invented.")
    w("")
    w("## Files (`ledger_asia_components/`)")
    w("")
    w("| file | rows | format |")
    w("|---|---|---|")
    w("| `invoices.json` | %d | the contract's INVOICES.json: `id, number, customer_id, customer_name, currency, total, balance, issue_date, due_date` |" % len(invoices))
    w("| `payments.json` | %d | the contract's PAYMENTS.json, oldest first: `id, date, amount, currency, payer_name, customer_id, reference, remittance` |" % len(payments))
    w("| `labels.json` | %d | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` (and `error` on bad rows) |" % len(labels))
    w("")
    w("Customers: %d (%s). Invoices by currency: %s." % (len(customers), ", ".join("%s %d" % kv for kv in sorted(cc.items())),
                                                        ", ".join("%s %d" % kv for kv in sorted(ic.items()))))
    w("Payments by currency: %s. Payments carrying a `customer_id`: %d of %d." % (
        ", ".join("%s %d" % kv for kv in sorted(pc.items())), withid, len(payments)))
    w("")
    w("## Counts per status")
    w("")
    w("| status | payments |")
    w("|---|---|")
    for k in ("applied", "partial", "unapplied", "review", "error"):
        w("| `%s` | %d |" % (k, st[k]))
    w("")
    w("## Counts per scenario")
    w("")
    w("| scenario | status | payments |")
    w("|---|---|---|")
    for k, n in sorted(sc.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| `%s` | %s | %d |" % (k, scen_status[k], n))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    w("- **Amounts** are decimal strings with two decimals in every currency, so JPY, KRW and TWD amounts")
    w("  are whole numbers written `123456.00`. Compare amounts as decimals.")
    w("- **`candidates`** is a list of invoice-id lists, best first, e.g. `[[\"inv_a\"], [\"inv_b\", \"inv_c\"]]`.")
    w("  Compare each set as a set. When two candidates are equally good, the invoice with the older due date")
    w("  comes first; a single invoice ranks before a combination of several. Candidates are only ever open")
    w("  invoices of the payment's currency, so a currency mismatch gives `[]`.")
    w("- **`review`** applies nothing and puts the whole amount in `unapplied` so that applications and")
    w("  unapplied still add up to the payment.")
    w("- **`unapplied`** entries with applications (overpayments) list the applications; a second payment of an")
    w("  invoice already paid, or a known customer's advance payment that fits no invoice, has no applications.")
    w("- **Short pays** (`partial` with `short_pay`): the payment goes to the invoice and `short_pay.amount` is")
    w("  exactly what stays open. Used for furikomi fees the payer deducted, intermediary bank charges on")
    w("  referenced USD invoices, and deductions explained in a remittance advice. `short_pay.reason` is a")
    w("  short free text (not a closed vocabulary). A stated part payment or instalment is `partial` with")
    w("  `short_pay: null`.")
    w("- A referenced USD invoice paid a few dollars short with no text is a bank-charge short pay; the same")
    w("  shortfall **without** any reference is `review` with that invoice as the only candidate.")
    w("- A customer identified by `customer_id` or an unambiguous payer name, paying an amount that equals")
    w("  exactly one combination of its open invoices (checked over all combinations of up to four), is")
    w("  `applied` even without an invoice number. If two single invoices or a single and a pair fit, it is")
    w("  `review`. A truncated payer name that fits two customers, or a payer that is no customer, identifies")
    w("  nobody.")
    w("- A shimebi notice names a closing date; the applications are all that customer's invoices issued in")
    w("  that closing period (21st to 20th, or the calendar month), minus an invoice the notice says is held.")
    w("- A reference naming another customer's invoice with its exact amount is `review` (maybe a group")
    w("  company paying for it), never an automatic application across customers.")
    w("- A reference with a transposed-digit invoice number that exists nowhere is ignored; a customer PO number")
    w("  that equals another customer's invoice number does not pull the money to that invoice.")
    w("- **Bad input rows** (%d) get `\"status\": \"error\"`, `applications: []`, `candidates: []`, `unapplied: null`," % st["error"])
    w("  `short_pay: null` and an `error` text: negative amount, currency that no invoice has (HKD/CNY/EUR),")
    w("  malformed amount (`1.234.500`, `USD 8,420.50`, empty, letter O for zero), missing date (`null` or `\"\"`),")
    w("  and a repeated payment id. The repeated row is an exact copy of an earlier row (the bank re-sent it),")
    w("  so its date is older than its neighbours; only the second occurrence is an error and it applies nothing.")
    w("")
    w("## What a label does not claim")
    w("")
    w("`reason` and `note` are for humans. Score status, applications (as a set of invoice id and amount),")
    w("`unapplied`, `short_pay.invoice_id` and `short_pay.amount`, and the first candidate (or the candidate sets).")
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


readme()
