"""Shared helpers for build.py (blind set 394). Standard library only."""

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
ABBR_REV = {v: k for k, v in ABBR.items()}

DEPT = {
    "en-US": ("Accounts Receivable", "Helioform Energy, Inc."),
    "en-GB": ("Credit Control", "Helioform Energy UK Ltd"),
    "en-AU": ("Accounts Receivable", "Helioform Energy Pty Ltd"),
    "de": ("Debitorenbuchhaltung", "Helioform Energie GmbH"),
    "nl": ("Debiteurenadministratie", "Helioform Energie B.V."),
    "es": ("Departamento de Cobros", "Helioform Energía S.L."),
    "pt-PT": ("Contas a Receber", "Helioform Energia, Lda."),
    "pt-BR": ("Contas a Receber", "Helioform Energia Ltda."),
    "it": ("Ufficio Crediti", "Helioform Energia S.r.l."),
    "fr": ("Comptabilité clients", "Helioform Énergie SAS"),
    "pl": ("Dział Należności", "Helioform Energia sp. z o.o."),
    "el": ("Τμήμα Εισπράξεων", "Helioform Energy Μονοπρόσωπη Ι.Κ.Ε."),
    "tr": ("Muhasebe – Alacak Takibi", "Helioform Enerji A.Ş."),
}


def sig(lang, person=None, dept=None):
    d, company = DEPT[lang]
    d = dept or d
    lines = ([person] if person else []) + [f"{d} | {company}"]
    return "\n".join(lines)


def pay(code):
    return f"https://pay.helioform.example/c/{code}"


def D(lang, subject, body, v=(), subtle=False, why="", trig=None, near=None, nums=()):
    v = sorted(v, key=ORDER.index)
    trig = dict(trig or {})
    assert set(trig) == set(v), (subject, v, trig)
    return {"lang": lang, "subject": subject, "body": body, "violations": v,
            "subtle": subtle, "why": why, "triggers": trig, "near": near,
            "numbers": [{"kind": k, "value": val} for k, val in nums]}


# ---- number helpers -------------------------------------------------------

def _alnum_to_digits(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check_digits(cc, bban):
    n = int(_alnum_to_digits(bban + cc + "00"))
    return "%02d" % (98 - n % 97)


def iban(cc, bban):
    raw = cc + iban_check_digits(cc, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    s = s.replace(" ", "").upper()
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def rf_reference(ref):
    """ISO 11649 creditor reference."""
    n = int(_alnum_to_digits(ref + "RF00"))
    raw = "RF%02d%s" % (98 - n % 97, ref)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def italian_cin(abi, cab, conto):
    """CIN check letter of an Italian BBAN (odd/even position tables)."""
    s = (abi + cab + conto).upper()
    total = 0
    for i, ch in enumerate(s):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_numbers(rng):
    """All generated sensitive/reference numbers, drawn from the seeded rng."""
    def digits(n):
        return "".join(str(rng.randrange(10)) for _ in range(n))
    N = {}
    # our (Helioform UK) "new" bank account, typed into a message: violation
    N["iban_gb_ours"] = iban("GB", "HLFM" + "40" + digits(4) + digits(8))
    # our Polish account typed into a threat: violation
    N["iban_pl_ours"] = iban("PL", digits(24))
    # Italian customer's own account in a failed SEPA debit notice: violation
    abi, cab, conto = "0" + digits(4), digits(5), digits(12)
    N["iban_it_customer"] = iban("IT", italian_cin(abi, cab, conto) + abi + cab + conto)
    # Greek structured creditor reference for an allowed reminder
    N["rf_gr"] = rf_reference("HFGR1207" + digits(6))
    return N
