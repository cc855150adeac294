"""Part 2 of build.py: the open-invoice ledger."""
import datetime as dt
from b1_common import CUSTOMERS, MINOR, fmt, num_str

RANGES = {  # (big buyer range, restaurant range) in major units
    "NOK": ((40000, 950000), (4000, 60000)),
    "EUR": ((3000, 140000), (600, 9000)),
    "ISK": ((400000, 15000000), (60000, 1500000)),
    "SEK": ((15000, 600000), (3000, 50000)),
    "DKK": ((10000, 450000), (2500, 40000)),
    "JPY": ((800000, 25000000), (60000, 900000)),
    "USD": ((6000, 180000), (700, 12000)),
}
COUNT = {"L": (55, 66), "M": (24, 34), "S": (6, 12)}
TERMS = {"NO": 30, "IS": 30, "SE": 30, "DK": 30, "ES": 45, "PT": 60, "IT": 60, "FR": 45, "DE": 30,
         "NL": 30, "FI": 14, "PL": 30, "JP": 60, "CN": 90, "KR": 60, "SG": 45, "TH": 60, "HK": 45,
         "US": 30, "AE": 45}


def rand_amount(rng, cur, kind):
    lo, hi = RANGES[cur][1 if kind == "restaurant" else 0]
    major = rng.randint(lo, hi)
    if MINOR[cur] == 0:
        if cur == "JPY":
            return major - major % 10 if rng.random() < 0.7 else major
        return major - major % 10
    return major * 100 + (rng.randint(0, 99) if rng.random() < 0.85 else 0)


def build_invoices(rng):
    rows = []
    start = dt.date(2024, 9, 2)
    span = (dt.date(2025, 1, 31) - start).days
    for cno, name, country, curs, size, kind, _al in CUSTOMERS:
        n = rng.randint(*COUNT[size])
        standing = {}
        for cur in curs:
            if kind == "restaurant":
                standing[cur] = [rand_amount(rng, cur, kind) for _ in range(rng.randint(1, 2))]
        for _ in range(n):
            cur = curs[0] if len(curs) == 1 or rng.random() < 0.7 else rng.choice(curs[1:])
            if cur in standing and rng.random() < 0.35:
                total = rng.choice(standing[cur])
            else:
                total = rand_amount(rng, cur, kind)
            issue = start + dt.timedelta(days=rng.randint(0, span))
            rows.append({"cust": cno, "name": name, "cur": cur, "total": total, "issue": issue,
                         "terms": TERMS[country] + rng.choice([0, 0, 0, 15])})
    rows.sort(key=lambda r: (r["issue"], rng.random()))
    number = 48000 + rng.randint(0, 60)
    invoices = []
    used_ids = set()
    for r in rows:
        number += rng.choice([1, 1, 1, 1, 2, 2, 3, 5])   # gaps: paid, credited or voided numbers
        while True:
            iid = "inv_%010x" % rng.getrandbits(40)
            if iid not in used_ids:
                used_ids.add(iid)
                break
        total = r["total"]
        balance = total
        if rng.random() < 0.09:   # already part-paid before this batch
            paid = total * rng.choice([20, 25, 30, 40, 50, 60]) // 100
            if MINOR[r["cur"]] == 0:
                paid -= paid % 10
            balance = total - paid
        invoices.append({
            "id": iid, "number": num_str(number), "customer_id": "cust-%d" % r["cust"],
            "customer_name": r["name"], "currency": r["cur"],
            "total": fmt(total, r["cur"]), "balance": fmt(balance, r["cur"]),
            "issue_date": r["issue"].isoformat(),
            "due_date": (r["issue"] + dt.timedelta(days=r["terms"])).isoformat(),
        })
    return invoices
