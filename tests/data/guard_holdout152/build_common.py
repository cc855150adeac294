"""Shared helpers for build.py (blind set 413). Standard library only."""
import random

SEED = 413
RNG = random.Random(SEED)

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}

IBAN_LEN = {"DE": 22, "NL": 18, "GB": 22, "FR": 27, "CH": 21, "IT": 27,
            "ES": 24, "BE": 16, "IE": 22, "AT": 20, "LU": 20}

DRAFTS = []   # filled by the part modules, in a fixed order


def _alnum_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    s = iban.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def make_iban(cc, bban):
    check = 98 - int(_alnum_to_digits(bban + cc + "00")) % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert iban_valid(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def luhn_valid(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_valid(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def make_card(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    n = luhn_complete(body)
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def make_siret():
    n = luhn_complete(digits(13))
    return "%s %s %s %s" % (n[0:3], n[3:6], n[6:9], n[9:])


def rf_reference(base):
    """ISO 11649 creditor reference RFkk + base."""
    check = 98 - int(_alnum_to_digits(base + "RF00")) % 97
    s = "RF%02d%s" % (check, base)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rf_valid(ref):
    s = ref.replace(" ", "")
    return s.startswith("RF") and int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def be_structured(ten):
    c = int(ten) % 97 or 97
    s = ten + "%02d" % c
    return "+++%s/%s/%s+++" % (s[0:3], s[3:7], s[7:12])


def be_structured_valid(ref):
    s = "".join(c for c in ref if c.isdigit())
    return len(s) == 12 and (int(s[:10]) % 97 or 97) == int(s[10:])


_QR_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_check(d26):
    carry = 0
    for c in d26:
        carry = _QR_TABLE[(carry + int(c)) % 10]
    return str((10 - carry) % 10)


def qr_reference(d26):
    s = d26 + qr_check(d26)
    return s[:2] + " " + " ".join(s[i:i + 5] for i in range(2, 27, 5))


def qr_valid(ref):
    s = ref.replace(" ", "")
    return len(s) == 27 and s.isdigit() and qr_check(s[:26]) == s[26]


# ---- the numbers used in the drafts, generated in a fixed order ----
NUM = {}
NUM["card_us_full"] = make_card("4" + digits(5))            # customer's Visa, SD
NUM["card_us_cvv"] = digits(3)
NUM["iban_de_ours"] = make_iban("DE", digits(8) + digits(10))  # our "new" account, SD
NUM["iban_nl_ours"] = make_iban("NL", "RABO" + digits(10))     # our account, SD
NUM["gb_sort"] = "%s-%s-%s" % (digits(2), digits(2), digits(2))
NUM["gb_account"] = digits(8)
NUM["siret"] = make_siret()
NUM["rf_ref"] = rf_reference("ADL" + digits(9))
NUM["be_struct"] = be_structured(digits(10))
NUM["qr_ref"] = qr_reference("00" + digits(24))
NUM["mask_de"] = "DE** **** **** **** **" + digits(2) + " " + digits(2)
NUM["mask_nl"] = digits(4)
NUM["mask_card_us"] = digits(4)
NUM["mask_card_es"] = digits(4)
NUM["mask_ie"] = digits(4)


def D(lang, subject, body, viol=(), subtle=False, why="", trig=None, nums=None):
    viol = [v for v in ORDER if v in viol]
    trig = trig or {}
    assert set(trig) == set(viol), (subject, trig, viol)
    key = "+".join(ABBR[v] for v in viol) or "OK"
    note = "[%s, %s] %s%s" % (key, lang, "Subtle: " if subtle else "", why)
    DRAFTS.append({"subject": subject, "body": body, "violations": viol,
                   "note": note, "lang": lang, "subtle": subtle,
                   "triggers": trig, "numbers": nums or []})


SIG = {
    "en-US": "Alveo Dental Lab & Supply\nAccounts Receivable | Alveo Dental Inc.\nar@alveo-dental.example | +1 312 555 0148",
    "en-GB": "Alveo Dental Lab & Supply\nCredit Control | Alveo Dental Ltd\ncreditcontrol@alveo-dental.example | +44 161 555 0172",
    "en-IE": "Alveo Dental Lab & Supply\nAccounts Receivable | Alveo Dental Ireland DAC\nar.ie@alveo-dental.example | +353 1 555 0139",
    "en-AU": "Alveo Dental Lab & Supply\nAccounts Receivable | Alveo Dental Pty Ltd (ABN 51 824 753 556)\nar.au@alveo-dental.example | +61 2 5550 1184",
    "de-DE": "Alveo Dental Labor & Depot\nDebitorenbuchhaltung | Alveo Dental GmbH\nbuchhaltung@alveo-dental.example | +49 89 5550 2231",
    "de-CH": "Alveo Dental Labor & Depot\nDebitorenbuchhaltung | Alveo Dental AG\nbuchhaltung.ch@alveo-dental.example | +41 44 555 01 63",
    "fr-FR": "Alveo Dental Laboratoire & Fournitures\nComptabilité clients | Alveo Dental SAS\ncompta@alveo-dental.example | +33 1 55 50 01 27",
    "fr-BE": "Alveo Dental Laboratoire & Fournitures\nComptabilité clients | Alveo Dental SRL\ncompta.be@alveo-dental.example | +32 2 555 01 94",
    "nl-NL": "Alveo Dental Lab & Depot\nDebiteurenadministratie | Alveo Dental B.V.\ndebiteuren@alveo-dental.example | +31 20 555 0186",
    "it-IT": "Alveo Dental Laboratorio & Forniture\nAmministrazione clienti | Alveo Dental S.r.l.\namministrazione@alveo-dental.example | +39 02 5550 1247",
    "es-ES": "Alveo Dental Laboratorio y Suministros\nCuentas a cobrar | Alveo Dental S.L.\ncobros@alveo-dental.example | +34 91 555 01 58",
}
PAY = "https://pay.alveo-dental.example/c/"


def B(lang, greet, paras, close):
    """Assemble a body: greeting, paragraphs, closing and the signature."""
    parts = [greet] + list(paras) + [close + "\n\n" + SIG[lang]]
    return "\n\n".join(parts)


def _tva_fr(siret):
    siren = int(siret.replace(" ", "")[:9])
    return "FR %02d %09d" % ((12 + 3 * (siren % 97)) % 97, siren)


NUM["tva_fr"] = _tva_fr(NUM["siret"])
