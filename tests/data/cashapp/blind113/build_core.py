"""Core helpers and invoice generation for blind set 409 (imported by build.py)."""
import datetime as dt
import itertools
import re

from build_customers import CUSTOMERS

EXP = {"SGD": 2, "MYR": 2, "THB": 2, "IDR": 2, "PHP": 2, "VND": 0, "USD": 2}
# invoice size range in major units
RANGE = {"SGD": (180, 42000), "MYR": (450, 125000), "THB": (3500, 1150000), "IDR": (1800000, 620000000),
         "PHP": (4000, 1400000), "VND": (4000000, 900000000), "USD": (350, 58000)}
SYMBOL_TEXT = {"SGD": "SGD", "MYR": "RM", "THB": "THB", "IDR": "Rp", "PHP": "PHP", "VND": "VND", "USD": "USD"}


def fmt(cur, minor):
    """Decimal string in the currency's own minor units."""
    e = EXP[cur]
    neg = minor < 0
    minor = abs(minor)
    if e == 0:
        s = str(minor)
    else:
        s = "%d.%0*d" % (minor // 10 ** e, e, minor % 10 ** e)
    return "-" + s if neg else s


def fmt_text(cur, minor):
    """Amount as written in remittance text: always with thousands separators (never a bare digit run)."""
    e = EXP[cur]
    major, frac = divmod(minor, 10 ** e) if e else (minor, 0)
    if cur in ("IDR", "VND"):
        body = "{:,}".format(major).replace(",", ".")
        if cur == "IDR":
            body += ",%02d" % frac
        return "%s %s" % (SYMBOL_TEXT[cur], body)
    return "%s %s.%02d" % (SYMBOL_TEXT[cur], "{:,}".format(major), frac)


def noise_digits(rng, n):
    """Digit runs for bank/cheque/certificate numbers: digits 5-9 only, so they can never look like an
    invoice number (invoice numbers run INV-0040002 to about INV-0042900)."""
    return "".join(rng.choice("56789") for _ in range(n))


def rand_id(rng, prefix, n=8):
    return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_amount(rng, cur):
    lo, hi = RANGE[cur]
    import math
    major = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    e = EXP[cur]
    if cur == "IDR":
        return int(major) * 100          # whole rupiah, written with .00
    if cur == "VND":
        return int(major / 100) * 100    # whole hundreds of dong
    return int(major * 10 ** e)


def norm_name(s):
    s = s.upper()
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    stop = {"PTE", "LTD", "SDN", "BHD", "CO", "INC", "CORP", "PT", "CV", "LLC", "AB", "PTY", "LIMITED",
            "CONG", "TY", "TNHH", "CP", "CO", "PHAN"}
    return " ".join(w for w in s.split() if w not in stop)


def build_customers(rng):
    custs = []
    used = set()
    for c in CUSTOMERS:
        cid = rand_id(rng, "c-", 6)
        while cid in used:
            cid = rand_id(rng, "c-", 6)
        used.add(cid)
        d = dict(c)
        d["id"] = cid
        d.setdefault("kind", "regular")
        d.setdefault("aliases", {})
        custs.append(d)
    return custs


def build_invoices(rng, custs):
    """About 1,400 open invoices. Returns (invoices, reserved ids, notes)."""
    start = dt.date(2023, 10, 2)
    plan = []   # (customer, currency, amount or None, tag)
    for c in custs:
        if c["kind"] == "small":
            n = rng.choice([2, 3, 3, 4])
            for _ in range(n):
                plan.append((c, c["cur"][0], None, "small"))
            continue
        if c["kind"] == "twin":
            n = 12
        else:
            n = rng.randint(18, 30)
        for _ in range(n):
            cur = c["cur"][0] if len(c["cur"]) == 1 or rng.random() < 0.75 else c["cur"][1]
            plan.append((c, cur, None, "regular"))
    # recurring monthly fees: identical amounts on several open invoices of one customer
    regular = [c for c in custs if c["kind"] == "regular"]
    for c in rng.sample(regular, 14):
        cur = c["cur"][0]
        amt = rand_amount(rng, cur)
        e = EXP[cur]
        amt = (amt // (10 ** e * 50)) * 10 ** e * 50 or 10 ** e * 500   # a round fee
        for _ in range(rng.choice([2, 3, 3])):
            plan.append((c, cur, amt, "recurring"))
    # twins: one identical amount open on each twin of a pair (for the truncated-name ambiguity)
    twins = {}
    for c in custs:
        if c["kind"] == "twin":
            twins.setdefault(c["twin"], []).append(c)
    for key, pair in twins.items():
        cur = pair[0]["cur"][0]
        for _ in range(2):
            amt = rand_amount(rng, cur)
            for c in pair:
                plan.append((c, cur, amt, "twin_pair:" + key))
    rng.shuffle(plan)
    invoices = []
    num = 40001
    ids = set()
    for i, (c, cur, amt, tag) in enumerate(plan):
        num += rng.choice([1, 1, 1, 1, 2, 2, 3, 5])
        iid = rand_id(rng, "i-")
        while iid in ids:
            iid = rand_id(rng, "i-")
        ids.add(iid)
        issue = start + dt.timedelta(days=int(i * 148 / len(plan)) + rng.randint(0, 3))
        terms = rng.choice([30, 30, 30, 45, 60, 14])
        total = amt if amt is not None else rand_amount(rng, cur)
        balance = total
        if tag in ("regular",) and rng.random() < 0.10 and total > 5000:
            # already part-paid before this batch
            frac = rng.choice([0.25, 0.3, 0.4, 0.5, 0.6])
            balance = total - int(total * frac)
            if cur == "VND":
                balance = balance // 100 * 100
            if cur == "IDR":
                balance = balance // 100 * 100
        invoices.append(dict(id=iid, number="INV-%07d" % num, customer_id=c["id"], customer_name=c["name"],
                             currency=cur, total=total, balance=balance, issue_date=issue.isoformat(),
                             due_date=(issue + dt.timedelta(days=terms)).isoformat(), _tag=tag))
    return invoices


def subset_sums_equal(values, target, max_size=3, exclude_exact=None):
    """Return list of index tuples (size 1..max_size) whose values sum to target."""
    out = []
    for k in range(1, max_size + 1):
        for combo in itertools.combinations(range(len(values)), k):
            if sum(values[i] for i in combo) == target:
                out.append(combo)
    return out
