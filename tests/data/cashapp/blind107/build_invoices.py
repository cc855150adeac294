"""Open-invoice generation (part of build.py)."""
import calendar
import math
from datetime import date, timedelta

from build_customers import CUSTOMERS

MINOR = {"JPY": 0, "KRW": 0, "USD": 2, "TWD": 2}
TAX = {"JP": 0.10, "KR": 0.10, "TW": 0.05}
SNAPSHOT = date(2024, 7, 31)
FIRST_NUMBER = 583001


def fmt(units, cur):
    d = MINOR[cur]
    if d == 0:
        return str(units)
    return "%d.%0*d" % (units // 10 ** d, d, units % 10 ** d)


def month_end(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months_end(d, k):
    m = d.month - 1 + k
    return month_end(d.year + m // 12, m % 12 + 1)


def due(issue, terms):
    if terms == "eom1":
        return add_months_end(issue, 1)
    if terms == "eom2":
        return add_months_end(issue, 2)
    return issue + timedelta(days=30 if terms == "net30" else 60)


def invoice_total(rng, cust, cur):
    """Lines of qty x unit price (parts priced in fractions of the currency), plus tax."""
    lines = rng.choice([1, 1, 2, 2, 3, 4, 6])
    if cur == "JPY":
        sub = sum(round(rng.randint(200, 60000) * rng.choice([100, 250, 500, 1000, 2000, 3000, 5000]) / 100)
                  for _ in range(lines))  # unit price in sen
        tax = TAX["JP"] if cust["country"] == "JP" else 0
        return int(sub * (1 + tax))
    if cur == "KRW":
        sub = sum(rng.randint(15, 9000) * rng.choice([100, 200, 500, 1000, 3000, 5000]) // 10 * 10
                  for _ in range(lines))
        return int(sub * 1.10) // 10 * 10
    if cur == "TWD":
        sub = sum(rng.randint(5, 4000) * rng.choice([10, 50, 100, 200, 500]) for _ in range(lines))
        return int(round(sub * 1.05)) * 100  # whole NT dollars, shown with .00
    # USD: quantity x unit price quoted to a tenth of a cent, rounded per line
    cents = 0
    for _ in range(lines):
        target = math.exp(rng.uniform(math.log(120), math.log(60000)))
        qty = rng.choice([100, 200, 250, 500, 1000, 2000, 3000, 5000, 10000])
        unit = max(1, round(target * 1000 / qty))
        cents += round(qty * unit / 10)
    return cents


FEE_AMOUNT = {"JPY": 165000, "KRW": 1320000, "USD": 125000, "TWD": 5250000}


def build_invoices(rng):
    weights = [c["w"] for c in CUSTOMERS]
    n = rng.randint(1300, 1450)
    start = date(2024, 2, 1)
    span = (SNAPSHOT - start).days
    # more recent months hold more open invoices
    days = sorted(int(span * (rng.random() ** 0.55)) for _ in range(n))
    number = FIRST_NUMBER
    invoices = []
    used_ids = set()
    fees = set()
    for d in days:
        cust = rng.choices(CUSTOMERS, weights)[0]
        cur = cust["cur"][0] if len(cust["cur"]) == 1 or rng.random() < 0.72 else cust["cur"][1]
        issue = start + timedelta(days=d)
        if cust["terms"].startswith("eom") and rng.random() < 0.5:
            issue = month_end(issue.year, issue.month)  # many issued at the closing date
        total = invoice_total(rng, cust, cur)
        fee_key = (cust["key"], issue.year, issue.month)
        if cust["fee"] and cur == cust["cur"][0] and issue.month >= 4 and fee_key not in fees \
                and rng.random() < 0.5:
            fees.add(fee_key)
            total = FEE_AMOUNT[cur]  # monthly VMI / consignment-stock fee, same every month
        balance = total
        if rng.random() < 0.07 and total > 1000:
            paid = int(total * rng.choice([0.2, 0.3, 0.5, 0.6]))
            if MINOR[cur] == 0:
                paid = paid // 1000 * 1000 or paid
            balance = total - paid
        while True:
            iid = "inv_" + "".join(rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(10))
            if iid not in used_ids:
                used_ids.add(iid)
                break
        invoices.append(dict(
            id=iid, number="INV-%08d" % number, customer_id=cust["cid"], customer_name=cust["name"],
            currency=cur, total=fmt(total, cur), balance=fmt(balance, cur),
            issue_date=issue.isoformat(), due_date=due(issue, cust["terms"]).isoformat()))
        number += 1 if rng.random() < 0.88 else rng.randint(2, 6)  # gaps: voided / other ledgers
    invoices.sort(key=lambda i: i["number"])
    return invoices
