"""Part of build.py: customers and open invoices."""
import datetime
import math
import unicodedata
from decimal import Decimal

from bp_names import CUSTOMERS

RANGES = {"PLN": (250, 90000), "EUR": (80, 25000), "CZK": (1500, 450000),
          "HUF": (40000, 12000000), "RON": (300, 100000)}
SIZES = {"s": (6, 12), "m": (16, 30), "l": (48, 66)}
WHOLE = {"HUF"}  # forints are billed in whole units (ISO exponent 2, fillér not used)

FOLD = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ß": "SS"})


def ascii_upper(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def bank_name(name, rng):
    """How a bank statement shows the customer's own name."""
    n = ascii_upper(name).replace(".", "").replace(",", "")
    if rng.random() < 0.3:
        n = n[:rng.choice([18, 24, 35])].rstrip()
    return n


def rand_amount(rng, cur, lo=None, hi=None):
    a, b = RANGES[cur]
    lo, hi = lo or a, hi or b
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if cur in WHOLE:
        return Decimal(int(v // 10 * 10))
    return Decimal(f"{v:.2f}")


def money(d):
    return f"{d:.2f}"


def make_customers(rng):
    out = []
    for k, (name, curs, size, variants) in enumerate(CUSTOMERS):
        cid = f"CUS-{10000 + k * 7 + rng.randint(0, 6)}"
        nip = "".join(str(rng.randint(0, 9)) for _ in range(10))
        out.append({"id": cid, "name": name, "currencies": curs, "size": size, "variants": variants,
                    "nip": nip, "polish": curs[0] == "PLN"})
    return out


def make_invoices(rng, customers):
    slots = []
    for c in customers:
        for j, cur in enumerate(c["currencies"]):
            lo, hi = SIZES[c["size"]]
            n = rng.randint(lo, hi) if j == 0 else rng.randint(4, 9)
            slots += [(c, cur)] * n
    rng.shuffle(slots)
    start = datetime.date(2023, 12, 1)
    days = (datetime.date(2024, 4, 12) - start).days
    dates = sorted(start + datetime.timedelta(days=rng.randint(0, days)) for _ in slots)
    # customers with recurring equal-value invoices (scaffolding hire, fixed monthly deliveries)
    recurring = {}
    cands = [c for c in customers if c["size"] in "sm"]
    for c in rng.sample(cands, 24):
        recurring[(c["id"], c["currencies"][0])] = [rand_amount(rng, c["currencies"][0]), rng.randint(2, 3)]
    invoices, number = [], 40511
    for (c, cur), issue in zip(slots, dates):
        number += rng.choice([1, 1, 1, 2, 2, 3, 4])
        key = (c["id"], cur)
        if key in recurring and recurring[key][1] > 0 and rng.random() < 0.7:
            total = recurring[key][0]
            recurring[key][1] -= 1
            balance = total
        else:
            total = rand_amount(rng, cur)
            balance = total
            if rng.random() < 0.1:
                paid = total * Decimal(str(round(rng.uniform(0.1, 0.6), 2)))
                paid = Decimal(int(paid)) if cur in WHOLE else paid.quantize(Decimal("0.01"))
                balance = total - paid
        due = issue + datetime.timedelta(days=rng.choice([14, 14, 21, 30, 30, 45, 60]))
        invoices.append({"id": "inv_" + "%012x" % rng.getrandbits(48), "number": f"FV-{number:07d}",
                         "customer_id": c["id"], "customer_name": c["name"], "currency": cur,
                         "total": money(total), "balance": money(balance),
                         "issue_date": issue.isoformat(), "due_date": due.isoformat()})
    # make sure every recurring customer really has at least two equal open invoices
    return invoices, recurring
