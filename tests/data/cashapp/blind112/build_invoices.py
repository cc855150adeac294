"""Part 2 of build.py: open invoices (one global number sequence with gaps, random ids, some part-paid)."""
from datetime import date, timedelta

RANGES = {"hospital": (38000, 2400000), "practice": (6500, 320000), "pharmacy": (4500, 260000),
          "carehome": (15000, 780000)}
TERMS = {"hospital": 60, "practice": 30, "pharmacy": 30, "carehome": 30}
RECURRING = {"hospital": [48900, 129000, 218450], "practice": [8900, 14950], "pharmacy": [6990, 11900],
             "carehome": [34500, 52800, 79000]}  # monthly rental / service contract fees


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def make_invoices(rng, customers):
    rows = []
    start = date(2024, 8, 1)
    for c in customers:
        n = c["size"]
        rec = None
        if rng.random() < 0.3:
            rec = rng.choice(RECURRING[c["kind"]])
        lo, hi = RANGES[c["kind"]]
        for k in range(n):
            cur = c["currencies"][0]
            if len(c["currencies"]) > 1 and rng.random() < 0.3:
                cur = c["currencies"][1]
            if rec and k < rng.randint(2, 4) and cur == c["currencies"][0]:
                total = rec
            else:
                total = int(rng.uniform(lo, hi) ** 1.0)
                if rng.random() < 0.25:
                    total = total - total % 100
            issue = start + timedelta(days=rng.randint(0, 150))
            rows.append({"cust": c, "currency": cur, "total": total, "issue": issue})
    rows.sort(key=lambda r: (r["issue"], rng.random()))
    seq = 480917
    invoices = []
    for r in rows:
        seq += 1 + (rng.randint(1, 6) if rng.random() < 0.18 else 0)   # gaps: credit notes, cancellations
        total = r["total"]
        bal = total
        if rng.random() < 0.08 and total > 5000:
            bal = total - int(total * rng.choice([0.25, 0.3, 0.5, 0.4]))
            bal = max(bal, 100)
        terms = TERMS[r["cust"]["kind"]]
        invoices.append({
            "id": "inv_" + rand_hex(rng, 12),
            "number": "RE-%08d" % seq,
            "customer_id": r["cust"]["id"],
            "customer_name": r["cust"]["name"],
            "currency": r["currency"],
            "total": "%d.%02d" % (total // 100, total % 100),
            "balance": "%d.%02d" % (bal // 100, bal % 100),
            "issue_date": r["issue"].isoformat(),
            "due_date": (r["issue"] + timedelta(days=terms)).isoformat(),
        })
    rng.shuffle(invoices)
    return invoices
