"""Customers and the open-invoice ledger."""
from datetime import date, timedelta

from build_common import CUSTOMERS, rng, rand_id

COUNT_BY_KIND = {"school": (30, 38), "clinic": (21, 29), "law": (20, 27), "smb": (20, 26)}
TAX = {"US": 0, "CA": 13}  # HST-style percentage on Canadian invoices


def make_customers():
    custs = []
    used = set()
    for name, country, kind, curs, aliases in CUSTOMERS:
        cid = rand_id("cus_", 6)
        while cid in used:
            cid = rand_id("cus_", 6)
        used.add(cid)
        monthly = rng.choice([689, 845, 975, 1150, 1450, 1680, 1925, 2250, 2875, 3400, 4150]) * 100
        if kind == "school":
            monthly = rng.choice([3900, 4750, 5600, 6250, 7800]) * 100
        custs.append({"id": cid, "name": name, "country": country, "kind": kind, "currencies": curs,
                      "aliases": aliases, "monthly": monthly})
    return custs


def _line_amount(cust, cur):
    k = rng.random()
    if k < 0.30:
        seats = rng.randint(4, 60)
        base = seats * rng.choice([1250, 2200, 3600, 5700])        # licence seats
    elif k < 0.55:
        base = rng.randint(3, 40) * rng.choice([14500, 16500, 19500]) // 2   # support / project hours
    elif k < 0.85:
        base = rng.randint(8900, 1899900)                             # hardware, odd cents
    else:
        base = rng.randint(2500, 60000)                               # small items
    if cur == "CAD":
        base = base + (base * TAX["CA"] + 50) // 100
    return min(base, 2800000)


def make_invoices(custs):
    raw = []
    start = date(2024, 1, 2)
    for c in custs:
        lo, hi = COUNT_BY_KIND[c["kind"]]
        n = rng.randint(lo, hi)
        months = sorted(rng.sample(range(1, 7), rng.randint(2, 5)))
        for m in months:          # recurring managed-services fee, identical every month
            cur = c["currencies"][0]
            total = c["monthly"]
            if cur == "CAD":
                total = total + (total * TAX["CA"] + 50) // 100
            raw.append((c, cur, total, date(2024, m, 1), "managed services"))
        for _ in range(max(0, n - len(months))):
            cur = c["currencies"][0]
            if len(c["currencies"]) > 1 and rng.random() < 0.3:
                cur = c["currencies"][1]
            issue = start + timedelta(days=rng.randint(0, 170))
            raw.append((c, cur, _line_amount(c, cur), issue, "project"))
    raw.sort(key=lambda r: (r[3], rng.random()))
    invs = []
    number = 41000 + rng.randint(0, 80)
    used = set()
    for c, cur, total, issue, kind in raw:
        number += rng.choice([1, 1, 1, 2, 2, 3, 4, 7])
        iid = rand_id("inv_", 10)
        while iid in used:
            iid = rand_id("inv_", 10)
        used.add(iid)
        terms = 30 if c["kind"] != "school" else rng.choice([30, 45, 60])
        bal = total
        if rng.random() < 0.09 and total > 20000:
            bal = total - (total * rng.randint(20, 70)) // 100
        invs.append({"id": iid, "value": number, "number": "INV-%07d" % number, "cust": c["id"],
                     "cname": c["name"], "currency": cur, "total": total, "bal": bal,
                     "issue": issue, "due": issue + timedelta(days=terms), "kind": kind})
    return invs
