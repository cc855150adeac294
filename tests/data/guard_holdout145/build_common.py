"""Shared helpers for build.py (standard library only)."""

ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD"}
ORDER = list(ABBR)                      # contract table order
FULL = {v: k for k, v in ABBR.items()}

IBAN_LEN = {"CH": 21, "DE": 22, "ES": 24, "FR": 27, "IE": 22, "IT": 27, "PT": 25, "RO": 24}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban, grouped=True):
    """Build an IBAN with correct ISO 13616 check digits from a BBAN."""
    chk = 98 - _iban_num(bban + country + "00") % 97
    raw = "%s%02d%s" % (country, chk, bban)
    assert len(raw) == IBAN_LEN[country], (raw, len(raw))
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if grouped else raw


def iban_ok(s):
    raw = s.replace(" ", "").upper()
    if len(raw) != IBAN_LEN.get(raw[:2], -1):
        return False
    return _iban_num(raw[4:] + raw[:4]) % 97 == 1


def luhn_ok(digits):
    d = [int(c) for c in digits if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def D(lang, subject, body, v=(), subtle=False, why="", t=None, masked=(), nums=(), ids=()):
    """One draft. v: abbreviations; t: {abbr: trigger phrase}; masked: masked strings;
    nums: (kind, value) sensitive items; ids: non-card ids that happen to pass Luhn."""
    return {"lang": lang, "subject": subject, "body": body, "v": list(v), "subtle": subtle,
            "why": why, "t": dict(t or {}), "masked": list(masked), "nums": list(nums), "ids": list(ids)}
