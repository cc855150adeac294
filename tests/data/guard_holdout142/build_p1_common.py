"""Shared helpers for build.py (standard library only)."""
import random

ABBR = [("LT", "legal_threat"), ("DO", "discount_offer"), ("RC", "refund_or_credit_promise"),
        ("FA", "fault_admission"), ("TC", "terms_change"), ("HA", "harassment"),
        ("SD", "sensitive_data")]
ABBR2NAME = dict(ABBR)
ORDER = [a for a, _ in ABBR]


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


def _alnum_to_int(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(country, bban):
    chk = 98 - _alnum_to_int(bban + country + "00") % 97
    return country + "%02d" % chk + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rf_make(ref):
    chk = 98 - _alnum_to_int(ref + "RF00") % 97
    return "RF%02d" % chk + ref


def aba_complete(eight):
    d = [int(c) for c in eight]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return eight + str((10 - s % 10) % 10)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def make_numbers(rng):
    """All generated sensitive values, drawn in a fixed order from the seeded RNG."""
    n = {}
    # Australian customer's Mastercard on file (full number, CVC, expiry) -> sensitive_data
    card = luhn_complete("5" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(13)))
    n["CARD_AU"] = group4(card)
    n["CVC_AU"] = "%03d" % rng.randint(100, 999)
    n["EXP_AU"] = "08/27"
    # Our US bank: ABA routing + account number -> sensitive_data
    n["ABA_US"] = aba_complete("04" + "".join(str(rng.randint(0, 9)) for _ in range(6)))
    n["ACCT_US"] = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    # Our Spanish IBAN -> sensitive_data
    bank, branch = "2085", "%04d" % rng.randint(1000, 9999)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    dc = "%d%d" % (es_dc("00" + bank + branch), es_dc(acct))
    n["IBAN_ES"] = group4(iban_make("ES", bank + branch + dc + acct))
    # Dutch customer's IBAN (elfproef-valid 10-digit account) -> sensitive_data
    while True:
        acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
        if acct[0] != "0" and sum(int(c) * w for c, w in zip(acct, range(10, 0, -1))) % 11 == 0:
            break
    n["IBAN_NL"] = group4(iban_make("NL", "RABO" + acct))
    # Structured creditor reference (ISO 11649) -> allowed payment reference
    n["RF_ES"] = group4(rf_make("2026" + "%06d" % rng.randint(0, 999999)))
    return n


def entry(lang, key, subject, body, why, trig=None, subtle=False, data=None, near=None):
    return {"lang": lang, "key": key, "subject": subject, "body": body, "why": why,
            "trig": trig or {}, "subtle": subtle, "data": data or [], "near": near}
