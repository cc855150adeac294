"""Deterministic generation of the sensitive / masked numbers used in the drafts."""


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
    raise AssertionError


def _numeric(s):
    return "".join(str(int(ch, 36)) for ch in s)


def mod97_check(body, prefix):
    """ISO 7064 check digits for IBAN (prefix=country) or RF (prefix='RF')."""
    return "%02d" % (98 - int(_numeric(body + prefix + "00")) % 97)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ru_account_key(bik, account):
    """Control key (9th digit) of a Russian settlement account, CBR algorithm."""
    acc0 = account[:8] + "0" + account[9:]
    digits = bik[-3:] + acc0
    weights = [7, 1, 3] * 8
    s = sum((int(d) * w) % 10 for d, w in zip(digits, weights))
    return str(((s % 10) * 3) % 10)


def make_numbers(rng):
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    v = {}
    # full Visa test-style number (Luhn valid) + CVV
    v["CARD_EN"] = group4(luhn_complete("4" + digits(14)))
    v["CVV_EN"] = digits(3)
    # our own (new) Turkish IBAN: bank code 5 + reserve 0 + 16
    bban = digits(5) + "0" + digits(16)
    v["IBAN_TR_OURS"] = group4("TR" + mod97_check(bban, "TR") + bban)
    # customer's Polish IBAN: 24 digits
    bban = digits(24)
    v["IBAN_PL"] = group4("PL" + mod97_check(bban, "PL") + bban)
    # masked numbers
    v["MASK_SA"] = "SA** **** **** **** **** " + digits(4)
    v["MASK_HU"] = "****" + digits(4)
    v["MASK_RU4"] = digits(4)
    # Russian settlement account with valid control key for the BIK
    bik = "044525" + digits(3)
    acc = "40702810" + "0" + "0000" + digits(7)
    acc = acc[:8] + ru_account_key(bik, acc) + acc[9:]
    v["BIK_RU"], v["ACC_RU"] = bik, acc
    # ISO 11649 creditor reference
    ref = "07322" + digits(6)
    v["RF_PL"] = group4("RF" + mod97_check(ref, "RF") + ref)
    # Saudi VAT number (15 digits, starts and ends with 3); must NOT look like a card
    while True:
        vat = "3" + digits(13) + "3"
        if not luhn_ok(vat):
            break
    v["VAT_SA"] = vat
    return v
