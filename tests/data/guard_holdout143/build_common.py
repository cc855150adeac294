"""Shared helpers for build.py (standard library only). Seed 386."""
import random

SEED = 386
RNG = random.Random(SEED)

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
LONG = {v: k for k, v in ABBR.items()}

PAY = "https://pay.tidewell.example/c/"
SIG_EN = "Tidewell Freight & Customs\nAccounts Receivable | ar@tidewell.example"


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


def make_card(prefix, length=16):
    body = prefix + "".join(str(RNG.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group4(num):
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def make_iban(country, bank, ndigits):
    bban = bank + "".join(str(RNG.randrange(10)) for _ in range(ndigits))
    return country + iban_check(country, bban) + bban


def last4():
    return "".join(str(RNG.randrange(10)) for _ in range(4))


# Sensitive numbers, generated in a fixed order from the seed.
CARD_KO = make_card("4")            # Visa, full number typed into a Korean draft
CARD_KO_EXP = "%02d/%02d" % (RNG.randrange(1, 13), RNG.randrange(27, 31))
CARD_KO_CVV = "%03d" % RNG.randrange(100, 1000)
CARD_SG = make_card("52")           # Mastercard in an en-SG draft
CARD_SG_EXP = "%02d/%02d" % (RNG.randrange(1, 13), RNG.randrange(27, 31))
IBAN_OURS = make_iban("NL", "TWFB", 10)   # our own EUR collection account (fictional bank code)
ACCT_OURS_SG = "%03d-%06d-%d" % (RNG.randrange(100, 1000), RNG.randrange(10 ** 5, 10 ** 6), RNG.randrange(10))
M_JA = last4()
M_VI = last4()
M_HI = last4()
M_SG = last4()
M_ID = last4()


def D(lang, v, subtle, subject, body, why, trig=None, nums=None):
    return {"lang": lang, "v": v, "subtle": subtle, "subject": subject, "body": body,
            "why": why, "trig": trig or {}, "nums": nums or []}
