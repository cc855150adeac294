"""Shared helpers for build.py (standard library only).

Numbers that matter to the labels (card numbers, IBANs, account numbers, company ids)
are generated here from a fixed seed so that they are valid by construction.
"""
import random

SEED = 372
RNG = random.Random(SEED)

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
LANGS = ["tr", "ar", "el", "he", "ru", "uk", "ro", "bg", "sr", "hr", "en"]


def digits(n):
    return "".join(str(RNG.randrange(10)) for _ in range(n))


def luhn_complete(partial):
    """Append the Luhn check digit to a digit string."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:          # these positions get doubled once a check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def iban_make(country, bban):
    """Compute ISO 13616 check digits and return the IBAN grouped in fours."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    raw = country + "%02d" % check + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def rs_account(bank, acct13):
    """Serbian domestic account 3-13-2 with ISO 7064 MOD 97-10 control digits."""
    base = bank + acct13
    ctl = 98 - (int(base) * 100) % 97
    return "%s-%s-%02d" % (bank, acct13, ctl)


def oib_make(ten):
    a = 10
    for ch in ten:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    c = 11 - a
    if c == 10:
        c = 0
    return ten + str(c)


def eik_make(eight):
    s = sum(int(d) * w for d, w in zip(eight, range(1, 9))) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(eight, range(3, 11))) % 11
        if s == 10:
            s = 0
    return eight + str(s)


def il_company_make(eight):
    """Israeli company number: same check digit scheme as the ID number."""
    total = 0
    for i, ch in enumerate(eight):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        total += d // 10 + d % 10
    return eight + str((10 - total % 10) % 10)


def inn10_make(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(int(d) * k for d, k in zip(nine, w)) % 11 % 10
    return nine + str(c)


# ---- generated values (order matters for reproducibility) ----
_card = luhn_complete("541275" + digits(9))
N = {
    "card_en": " ".join(_card[i:i + 4] for i in range(0, 16, 4)),
    "exp_en": "%02d/%02d" % (RNG.randrange(1, 13), RNG.randrange(27, 31)),
    "iban_ro": iban_make("RO", "SPCL" + digits(16)),
    "iban_hr": iban_make("HR", "2484008" + digits(10)),
    "rs_acct": rs_account("165", digits(13)),
    "oib": oib_make("6" + digits(9)),
    "eik": eik_make("20" + digits(6)),
    "il_co": il_company_make("51" + digits(6)),
    "inn": inn10_make("7718" + digits(5)),
    "he_co": 'מאפיית השדה סיטונאות בע"מ',
}


def fill(s):
    return s.format(**N) if isinstance(s, str) else s


def D(lang, violations, subtle, subject, body, why, triggers=None,
      sensitive=None, masked=None, ids=None):
    """One draft with its label metadata. `violations` in any order; sorted later."""
    return {
        "lang": lang,
        "violations": [v for v in VIOLATIONS if v in violations],
        "subtle": subtle,
        "subject": subject,
        "body": body,
        "why": why,
        "triggers": triggers or {},
        "sensitive": sensitive or [],
        "masked": masked or [],
        "ids": ids or [],
    }
