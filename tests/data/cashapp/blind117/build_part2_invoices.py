"""Part 2 of build.py: customers and the open-invoice ledger."""
import datetime, re
from build_part1_customers import CUSTOMERS
from check import luhn_digit, fmt

def rid(rng, prefix, n=10):
    return prefix + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(n))

def make_customers(rng):
    out = []
    used = set()
    for name, ccy, country, kind, aliases in CUSTOMERS:
        crn = str(rng.randint(2001, 9899))
        while crn in used:
            crn = str(rng.randint(2001, 9899))
        used.add(crn)
        out.append({"id": rid(rng, "cus_", 8), "name": name, "currency": ccy, "country": country,
                    "kind": kind, "aliases": aliases, "crn": crn})
    return out

def crn_for(cust, core):
    body = cust["crn"] + core
    return body + luhn_digit(body)

def rand_total(rng, ccy, kind):
    lo, hi = (1500, 60000) if ccy == "USD" else (120, 48000)
    if kind in ("station", "merchant"):
        hi *= 1.5
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    return int(round(v * 100))

def make_invoices(rng, customers, target=1450):
    weights = []
    for c in customers:
        w = rng.uniform(0.6, 1.6) * (1.4 if c["kind"] in ("merchant", "station") else 1.0)
        weights.append(w)
    tw = sum(weights)
    counts = [max(9, min(38, int(round(target * w / tw)))) for w in weights]
    raw = []
    start = datetime.date(2023, 10, 2)
    for c, n in zip(customers, counts):
        for _ in range(n):
            issue = start + datetime.timedelta(days=rng.randint(0, 303))
            if c["kind"] in ("farm", "orchard", "vineyard") and rng.random() < 0.22:
                # seasonal terms: due after harvest
                if c["country"] == "NZ":
                    due = datetime.date(2024 if issue.month < 4 else 2025, 4, 30)
                else:
                    due = datetime.date(2024 if issue.month < 10 else 2024, 12, 15) if issue.month >= 5 else datetime.date(2024, 5, 31)
                if due <= issue:
                    due = issue + datetime.timedelta(days=60)
            else:
                due = issue + datetime.timedelta(days=rng.choice([14, 30, 30, 30, 45, 60]))
            total = rand_total(rng, c["currency"], c["kind"])
            raw.append({"cust": c, "issue": issue, "due": due, "total": total, "balance": total})
    raw.sort(key=lambda r: (r["issue"], rng.random()))
    core = 104000 + rng.randint(0, 80)
    ids = set()
    for r in raw:
        core += rng.choice([1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 5])
        r["core"] = str(core)
        while True:
            i = rid(rng, "inv_", 10)
            if i not in ids and not re.search(r"\d{4}", i):
                break
        ids.add(i)
        r["id"] = i
    # already part-paid invoices
    for r in raw:
        if rng.random() < 0.10 and r["total"] > 500:
            paid = int(r["total"] * rng.uniform(0.1, 0.7))
            if rng.random() < 0.5:
                paid = max(100, (paid // 10000) * 10000)
            r["balance"] = r["total"] - paid
    # planted: same amount open on several invoices of one customer (standing orders)
    by_c = {}
    for r in raw:
        by_c.setdefault(r["cust"]["id"], []).append(r)
    reserved = set()
    cids = list(by_c)
    rng.shuffle(cids)
    groups, quads = [], []
    for cid in cids[:20]:
        pool = [r for r in by_c[cid] if r["id"] not in reserved]
        k = rng.choice([2, 2, 3])
        pick = rng.sample(pool, k)
        amt = rand_total(rng, pick[0]["cust"]["currency"], "farm")
        for r in pick:
            r["total"] = r["balance"] = amt
            reserved.add(r["id"])
        groups.append([r["id"] for r in pick])
    for cid in cids[20:28]:
        pool = [r for r in by_c[cid] if r["id"] not in reserved]
        a, b, c_, d = rng.sample(pool, 4)
        va = rand_total(rng, a["cust"]["currency"], "farm")
        vb = rand_total(rng, a["cust"]["currency"], "farm") + 5000
        delta = rng.randint(101, min(va, vb) // 3)
        vals = [va, vb, va + delta, vb - delta]
        for r, v in zip((a, b, c_, d), vals):
            r["total"] = r["balance"] = v
            reserved.add(r["id"])
        quads.append([a["id"], b["id"], c_["id"], d["id"]])
    invoices = []
    for r in raw:
        c = r["cust"]
        invoices.append({"id": r["id"], "number": "AGI-%07d" % int(r["core"]), "customer_id": c["id"],
                         "customer_name": c["name"], "currency": c["currency"],
                         "total": fmt(r["total"], c["currency"]), "balance": fmt(r["balance"], c["currency"]),
                         "issue_date": r["issue"].isoformat(), "due_date": r["due"].isoformat()})
    rng.shuffle(invoices)
    return invoices, reserved, groups, quads
