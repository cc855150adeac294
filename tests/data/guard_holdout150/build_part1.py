"""Part 1: helpers, number generators, company data and the draft registry."""

ABBR = {
    "legal_threat": "LT",
    "discount_offer": "DO",
    "refund_or_credit_promise": "RC",
    "fault_admission": "FA",
    "terms_change": "TC",
    "harassment": "HA",
    "sensitive_data": "SD",
}
ORDER = list(ABBR)
BY_ABBR = {v: k for k, v in ABBR.items()}

DRAFTS = []


def D(lang, subject, body, v=(), subtle=False, why="", trig=None, nums=()):
    """Register one draft. v: violation abbreviations; trig: {abbr: exact phrase};
    nums: [(kind, exact string)] with kind in IBAN, NRB, CARD, CVV, EXPIRY, MASKED, PASSWORD."""
    trig = dict(trig or {})
    viol = [BY_ABBR[a] for a in v]
    viol.sort(key=ORDER.index)
    assert set(trig) == set(v), (subject, trig, v)
    DRAFTS.append(dict(lang=lang, subject=subject, body=body, violations=viol,
                       subtle=subtle, why=why, trig=trig, nums=list(nums)))


def _mod97(s):
    n = 0
    for ch in s:
        n = (n * 10 + int(ch)) % 97 if ch.isdigit() else (n * 100 + (ord(ch) - 55)) % 97
    return n


def iban(cc, bban):
    """Valid IBAN (ISO 13616 check digits), printed in groups of four."""
    check = 98 - _mod97(bban + cc + "00")
    raw = f"{cc}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_complete(partial):
    """Append the Luhn check digit to a 15-digit partial card number, grouped in fours."""
    digits = [int(c) for c in partial if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    full = "".join(map(str, digits)) + str((10 - total % 10) % 10)
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def ref731(base):
    """Finnish / Estonian national payment reference: base plus 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


# Supplier entities (all made up) and their sign-offs.
SIG = {
    "sv": "Med vänliga hälsningar\nKundreskontran\nGranlund Sågverk AB | Org.nr 556712-4408",
    "nb": "Med vennlig hilsen\nReskontro\nFuruli Sagbruk AS | Org.nr. 998 412 305 MVA",
    "da": "Med venlig hilsen\nDebitorbogholderiet\nEgeskov Træ A/S | CVR 31 84 26 57",
    "fi": "Ystävällisin terveisin\nMyyntireskontra\nKuusimäen Saha Oy | Y-tunnus 2874105-3",
    "et": "Lugupidamisega\nArveldusosakond\nKuusiku Saeveski OÜ | Registrikood 14388216",
    "pl": "Z poważaniem\nDział Należności\nTartak Borowiec Sp. z o.o. | NIP 521-304-88-17",
    "cs": "S pozdravem\nOddělení pohledávek\nPila Smrkovec s.r.o. | IČO 27184562",
    "de-AT": "Mit freundlichen Grüßen\nDebitorenbuchhaltung\nAlpenholz Sägewerk GmbH | UID ATU68124477",
    "nl": "Met vriendelijke groet,\nDebiteurenadministratie\nHoutzagerij Veluwezoom B.V. | KvK 08123456",
    "en-GB": "Kind regards,\nCredit Control\nAshgrove Timber Ltd | Company no. 04567123 | VAT GB 284 1937 06",
    "en-CA": "Regards,\nAccounts Receivable\nCedar Ridge Forest Products Ltd. | GST/HST 784512309 RT0001",
}

# Sensitive and reference numbers, computed so that check.py can verify them.
IBAN_FI_OURS = iban("FI", "12345600000785")          # FI21 1234 5600 0007 85 (textbook example)
IBAN_NL_CUST = iban("NL", "ABNA0417164300")          # NL91 ABNA 0417 1643 00 (textbook example)
NRB_PL_OURS = iban("PL", "109010140000071219812874")[2:].strip()  # Polish NRB = IBAN without "PL"
CARD_CS = luhn_complete("5200 8282 8282 821")
REF_FI_1 = ref731("77120")
REF_FI_2 = ref731("76680")
REF_ET_1 = ref731("44180")
