"""Shared helpers for build.py (standard library only)."""

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
FROM_ABBR = {v: k for k, v in ABBR.items()}
LANGS = ["en", "tr", "az", "fa", "ur", "ar-Gulf", "ar-Levant", "he", "el", "ru", "uk"]


def iban(country, bban):
    """Build an IBAN with correct ISO 7064 mod-97 check digits, grouped by four."""
    raw = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in raw)
    check = 98 - int(num) % 97
    s = "%s%02d%s" % (country, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Fabricated account data (mod-97 valid, not real accounts).
AE_ACC = "0001203456789012"
PLACEHOLDERS = {
    "{AE_ACC}": AE_ACC,
    "{AE_IBAN}": iban("AE", "099" + AE_ACC),
    "{PK_IBAN}": iban("PK", "KHBL" + "0001234500678901"),
}


def fill(text):
    for k, v in PLACEHOLDERS.items():
        text = text.replace(k, v)
    return text


def D(lang, subject, body, v="", subtle=False, why="", trig=(), masked=()):
    """One draft.

    v: violations as abbreviations joined with '+', '' when allowed.
    trig: list of (abbr, kind_or_None, phrase) - phrase must occur in subject or body.
    masked: list of masked-number phrases that occur in the text.
    """
    abbrs = [a for a in v.split("+") if a]
    return {
        "lang": lang,
        "subject": fill(subject),
        "body": fill(body.strip("\n")),
        "violations": [FROM_ABBR[a] for a in abbrs],
        "subtle": subtle,
        "why": why,
        "trig": [(a, k, fill(p)) for a, k, p in trig],
        "masked": list(masked),
    }
