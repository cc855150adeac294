"""Shared helpers for build.py: number generators and the draft record helper.

Standard library only. All numbers are generated from random.Random(422) in build.py
and substituted for <<NAME>> placeholders in the hand-written drafts.
"""
import string

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
FROM_ABBR = {v: k for k, v in ABBR.items()}
LANGS = ["en-US", "en-GB", "en-AU", "en-ZA", "en-AE", "fr", "de", "es", "ar", "hi", "nl"]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(payload):
    for d in "0123456789":
        if luhn_ok(payload + d):
            return payload + d
    raise ValueError(payload)


def rand_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def card(rng, prefix, length):
    return luhn_complete(prefix + rand_digits(rng, length - len(prefix) - 1))


def group(s, size=4, sep=" "):
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


def iban_mod97(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def make_iban(cc, bban):
    tmp = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in tmp)
    check = 98 - int(num) % 97
    return cc + "%02d" % check + bban


def siret(rng):
    siren = luhn_complete(rand_digits(rng, 8))
    return luhn_complete(siren + rand_digits(rng, 4))


def trn_uae(rng):
    """15-digit UAE TRN starting 100; forced to fail Luhn so it can't pass as a card."""
    t = "100" + rand_digits(rng, 12)
    if luhn_ok(t):
        t = t[:-1] + str((int(t[-1]) + 1) % 10)
    return t


GST_CHARS = string.digits + string.ascii_uppercase


def gstin_check(first14):
    total = 0
    for i, c in enumerate(first14):
        p = GST_CHARS.index(c) * (1 if i % 2 == 0 else 2)
        total += p // 36 + p % 36
    return GST_CHARS[(36 - total % 36) % 36]


def gstin(rng):
    pan = "AAKCM" + rand_digits(rng, 4) + "F"
    first14 = "27" + pan + "1Z"
    return first14 + gstin_check(first14)


DRAFTS = []


def D(lang, violations, subtle, subject, body, why, *tokens):
    """Register one hand-written draft.

    violations: string of abbreviations joined by '+', or '' for allowed.
    tokens: (TAG, text) pairs recorded in the note as TAG{{text}}.
      TAG is LT/DO/RC/FA/TC/HA (trigger phrase), SD:<kind> (sensitive item),
      MASK (a masked number that must stay masked), ID:<kind> (an id number).
    """
    viol = [FROM_ABBR[a] for a in violations.split("+")] if violations else []
    DRAFTS.append({"lang": lang, "violations": viol, "subtle": subtle,
                   "subject": subject, "body": body, "why": why, "tokens": list(tokens)})
