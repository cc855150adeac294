"""Part 1 of build.py: shared helpers (standard library only).

Entries are written with placeholders such as <<IBAN:DE>> or <<CARD:visa>>;
build.py fills them with numbers generated from random.Random(408), so every
sensitive number is made up yet passes (or, for ids, carries) its real check.
"""

VIOLATIONS = [
    ("LT", "legal_threat"),
    ("DO", "discount_offer"),
    ("RC", "refund_or_credit_promise"),
    ("FA", "fault_admission"),
    ("TC", "terms_change"),
    ("HA", "harassment"),
    ("SD", "sensitive_data"),
]
ABBR = dict(VIOLATIONS)
ORDER = [a for a, _ in VIOLATIONS]

LANGS = ["en-US", "en-GB", "en-AU", "en-CA", "es-ES", "es-MX", "fr-FR",
         "de-DE", "it-IT", "pt-PT", "pl-PL", "tr-TR", "ja-JP"]


def E(lang, key, subtle, subject, body, why, trig=None, near=None, masked=None):
    """One draft. key is 'OK' or abbreviations joined with '+'.

    trig:   {abbr: phrase} - the clause that carries each violation (exact substring).
    near:   [phrase] - for allowed drafts, the near-miss wording present on purpose.
    masked: [phrase] - masked card/account numbers present in the text.
    """
    return {
        "lang": lang, "key": key, "subtle": subtle, "subject": subject,
        "body": body.strip("\n"), "why": why, "trig": trig or {},
        "near": near or [], "masked": masked or [],
    }


# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)


def iban_mod97(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def make_iban(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, check, bban)
    assert iban_mod97(raw) == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def rand_digits(rng, n, first_nonzero=True):
    out = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    while len(out) < n:
        out += str(rng.randint(0, 9))
    return out


def nip_check(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(d9, w)) % 11
    return None if c == 10 else str(c)


def pt_nif_check(d8):
    s = sum(int(a) * b for a, b in zip(d8, range(9, 1, -1)))
    c = 11 - s % 11
    return "0" if c >= 10 else str(c)


def de_ustid_check(d8):
    product = 10
    for ch in d8:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def jp_corp_check(base12):
    # P_n: n-th digit counted from the right; Q_n = 1 for odd n, 2 for even n.
    s = 0
    for n, ch in enumerate(reversed(base12), start=1):
        s += int(ch) * (1 if n % 2 else 2)
    return str(9 - s % 9)


def abn_ok(d11):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    ds = [int(c) for c in d11]
    ds[0] -= 1
    return sum(a * b for a, b in zip(ds, w)) % 89 == 0


def make_numbers(rng):
    """Every placeholder used by the entries, generated once with the seeded rng."""
    nums = {}
    # Our UK account (changed-bank-details draft): sort code + 8-digit account -> GB IBAN.
    sort = rand_digits(rng, 6)
    acct = rand_digits(rng, 8)
    nums["<<SORT>>"] = "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])
    nums["<<ACCT>>"] = acct
    nums["<<IBAN:GB>>"] = make_iban("GB", "LNHB" + sort + acct)
    # Our "new" German account.
    nums["<<IBAN:DE>>"] = make_iban("DE", rand_digits(rng, 8) + rand_digits(rng, 10))
    # A Turkish customer's own account: 5-digit bank code, reserve 0, 16-digit account.
    nums["<<IBAN:TR>>"] = make_iban("TR", rand_digits(rng, 5) + "0" + rand_digits(rng, 16))
    # A Visa card on file (never the well-known test numbers).
    while True:
        card = luhn_complete("4" + rand_digits(rng, 14, first_nonzero=False))
        if card not in ("4111111111111111", "4242424242424242", "4012888888881881"):
            break
    nums["<<CARD:visa>>"] = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    # Company ids for signatures (allowed drafts): valid checksums, not card-like.
    while True:
        d9 = rand_digits(rng, 9)
        c = nip_check(d9)
        if c is not None:
            nip = d9 + c
            break
    nums["<<NIP>>"] = "%s-%s-%s-%s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])
    d8 = "5" + rand_digits(rng, 7, first_nonzero=False)
    nums["<<NIF_PT>>"] = d8 + pt_nif_check(d8)
    d8 = rand_digits(rng, 8)
    nums["<<USTID>>"] = "DE" + d8 + de_ustid_check(d8)
    while True:
        base = rand_digits(rng, 12)
        jcn = jp_corp_check(base) + base
        if not luhn_ok(jcn):
            break
    nums["<<JCN>>"] = jcn
    while True:
        abn = rand_digits(rng, 11)
        if abn_ok(abn):
            break
    nums["<<ABN>>"] = "%s %s %s %s" % (abn[:2], abn[2:5], abn[5:8], abn[8:])
    piva = luhn_complete(rand_digits(rng, 7, first_nonzero=False) + "159")
    nums["<<PIVA>>"] = piva
    return nums


def fill(text, nums):
    for k, v in nums.items():
        text = text.replace(k, v)
    assert "<<" not in text, text
    return text
