"""Shared helpers for build.py (blind set 420). Standard library only."""
import random
import unicodedata

SEED = 420
rng = random.Random(SEED)

# ISO 4217 minor units. CLP is the zero-decimal currency of the set.
EXP = {"MXN": 2, "BRL": 2, "COP": 2, "CLP": 0, "PEN": 2, "ARS": 2, "USD": 2}
PREFIX = "QL-"          # invoice numbers: QL-0184xxx ... one global sequence with gaps
NUM_WIDTH = 7


def fmt(minor, cur):
    """integer minor units -> decimal string in the currency's own minor units"""
    e = EXP[cur]
    neg = minor < 0
    minor = abs(minor)
    if e == 0:
        s = str(minor)
    else:
        s = "%d.%0*d" % (minor // 10 ** e, e, minor % 10 ** e)
    return "-" + s if neg else s


def human(minor, cur, style="mx"):
    """amount written in a remittance, always with thousands separators"""
    e = EXP[cur]
    whole, frac = divmod(minor, 10 ** e) if e else (minor, 0)
    g = "{:,}".format(whole)
    if style == "br":   # 12.345,67
        g = g.replace(",", ".")
        return g + ("," + "%02d" % frac if e else "")
    return g + ("." + "%02d" % frac if e else "")


def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bankname(s):
    """payer name as a bank prints it: capitals, no accents, no punctuation"""
    s = deaccent(s).upper()
    for ch in ".,;:'\"()":
        s = s.replace(ch, "" if ch in ".," else " ")
    return " ".join(s.split())


def rand_digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def rand_hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rut():
    body = rng.randint(76000000, 77999999)
    s = "{:,}".format(body).replace(",", ".")
    return s + "-" + rng.choice("0123456789K")


# amount ranges (major units) per currency for invoices
RANGE = {
    "MXN": (4500, 950000), "BRL": (1800, 420000), "COP": (1500000, 650000000),
    "CLP": (350000, 95000000), "PEN": (900, 320000), "ARS": (400000, 160000000),
    "USD": (900, 260000),
}


def rand_amount(cur):
    lo, hi = RANGE[cur]
    # log-uniform-ish
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    e = EXP[cur]
    if cur == "COP":      # Colombian invoices are in whole pesos, written with .00
        return int(v) * 100
    if e == 0:
        return int(v)
    return int(v * 100) + 0  # random cents


def core(number):
    """QL-0184523 -> '184523' (digits without leading zeros)"""
    return number[len(PREFIX):].lstrip("0")
