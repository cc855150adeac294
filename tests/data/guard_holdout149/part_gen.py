"""Number generators and validators shared by build.py and check.py (standard library only)."""
import re

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)

IBAN_LEN = {"GB": 22, "SE": 24, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "IE": 22, "BR": 29}

def iban_mod97(iban):
    s = re.sub(r"\s", "", iban).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97

def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return iban_mod97(s) == 1

def make_iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def gb_vat_ok(d9):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(d9[:7], w)) + int(d9[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0

def de_ust_ok(d9):
    product = 10
    for ch in d9[:8]:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return chk == int(d9[8])

def nl_btw_ok(d9):
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(a) * b for a, b in zip(d9, w)) % 11 == 0

def fr_vat_key(siren):
    return (12 + 3 * (int(siren) % 97)) % 97

def cnpj_ok(d14):
    def dv(base, w):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        return 0 if r < 2 else 11 - r
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    w2 = [6] + w1
    return dv(d14[:12], w1) == int(d14[12]) and dv(d14[:13], w2) == int(d14[13])

def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))

def make_numbers(rng):
    """Placeholder -> value. Deterministic for a given rng state."""
    out = {}
    # our (fictitious) UK account: sort code + account, and the IBAN built from them
    sort = _digits(rng, 6)
    acc = _digits(rng, 8)
    gb = make_iban("GB", "LRKB" + sort + acc)
    out["<<GB_SORT>>"] = "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])
    out["<<GB_ACC>>"] = acc
    out["<<IBAN_GB>>"] = group4(gb)
    # our (fictitious) Swedish IBAN
    se = make_iban("SE", "600" + _digits(rng, 17))
    out["<<IBAN_SE>>"] = group4(se)
    # Swedish OCR payment reference (Luhn check digit, 10 digits)
    out["<<OCR>>"] = luhn_complete("4" + _digits(rng, 8))
    # French SIREN / SIRET / VAT
    siren = luhn_complete(str(rng.randrange(3, 9)) + _digits(rng, 7))
    siret = None
    while siret is None:
        nic = "000" + str(rng.randrange(1, 10))
        try:
            siret = luhn_complete(siren + nic)
        except ValueError:
            siret = None
    out["<<SIRET>>"] = "%s %s %s %s" % (siret[:3], siret[3:6], siret[6:9], siret[9:])
    out["<<VAT_FR>>"] = "FR %02d %s" % (fr_vat_key(siren), siren)
    # German USt-IdNr (ISO 7064 MOD 11,10)
    while True:
        base = str(rng.randrange(1, 10)) + _digits(rng, 7)
        for c in "0123456789":
            if de_ust_ok(base + c):
                ust = base + c
                break
        else:
            continue
        break
    out["<<UST_DE>>"] = "DE" + ust
    # UK VAT (mod 97)
    while True:
        b7 = str(rng.randrange(1, 10)) + _digits(rng, 6)
        w = [8, 7, 6, 5, 4, 3, 2]
        s = sum(int(a) * x for a, x in zip(b7, w))
        chk = (-s) % 97
        v = b7 + "%02d" % chk
        if gb_vat_ok(v):
            break
    out["<<VAT_GB>>"] = "GB %s %s %s" % (v[:3], v[3:7], v[7:])
    # Dutch btw-id (elfproef)
    while True:
        b8 = str(rng.randrange(1, 10)) + _digits(rng, 7)
        w = [9, 8, 7, 6, 5, 4, 3, 2]
        d9 = sum(int(a) * x for a, x in zip(b8, w)) % 11
        if d9 < 10:
            break
    out["<<BTW_NL>>"] = "NL" + b8 + str(d9) + "B01"
    out["<<KVK>>"] = str(rng.randrange(1, 10)) + _digits(rng, 7)
    # Brazilian CNPJ
    base = _digits(rng, 8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    def dv(b, w):
        r = sum(int(a) * x for a, x in zip(b, w)) % 11
        return "0" if r < 2 else str(11 - r)
    base += dv(base, w1)
    base += dv(base, [6] + w1)
    out["<<CNPJ>>"] = "%s.%s.%s/%s-%s" % (base[:2], base[2:5], base[5:8], base[8:12], base[12:])
    return out
