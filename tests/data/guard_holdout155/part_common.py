"""Shared helpers, signatures and seeded sensitive values for blind set 419 (stdlib only)."""
import random

SEED = 419
R = random.Random(SEED)

PAY = "https://pay.cadenza-audio.example/c/"

SIG = {
    "en-US": "Cadenza Music & Pro Audio\nAccounts Receivable\n+1 312 555 0147",
    "en-GB": "Cadenza Music & Pro Audio Ltd\nCredit Control\nUnit 6, Court Road Trading Estate, Leeds LS9 7QR",
    "es-MX": "Cadenza Música y Audio Profesional\nCuentas por Cobrar\nTel. +52 55 555 0192",
    "es-ES": "Cadenza Música y Audio Profesional, S.L.\nAdministración - Cuentas a cobrar",
    "fr-FR": "Cadenza Musique & Audio Pro SAS\nService comptabilité clients",
    "fr-CA": "Cadenza Musique & Audio Pro inc.\nComptes clients",
    "de-DE": "Cadenza Musik & Pro Audio GmbH\nDebitorenbuchhaltung",
    "it-IT": "Cadenza Musica & Pro Audio S.r.l.\nUfficio Amministrazione Clienti",
    "pt-BR": "Cadenza Música & Áudio Profissional Ltda.\nContas a Receber",
    "pt-PT": "Cadenza Música & Áudio Profissional, Lda.\nContabilidade de Clientes",
    "pl-PL": "Cadenza Muzyka & Pro Audio Sp. z o.o.\nDział Rozliczeń",
    "cs-CZ": "Cadenza Hudba & Pro Audio s.r.o.\nOddělení pohledávek",
    "el-GR": "Cadenza Μουσική & Pro Audio Μ.Ι.Κ.Ε.\nΛογιστήριο Πελατών",
}

ABBR = {
    "legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
    "fault_admission": "FA", "terms_change": "TC", "harassment": "HA", "sensitive_data": "SD",
}
ORDER = list(ABBR)


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(prefix, length=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    full = body + luhn_digit(body)
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def make_iban(country, nd):
    bban = "".join(str(R.randint(0, 9)) for _ in range(nd))
    raw = country + iban_check(country, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# Seeded sensitive values (only ever placed in drafts labelled sensitive_data).
G = {}
G["card_es"] = make_card("4", 16)                 # Visa-like, Luhn valid
G["exp_es"] = "%02d/%02d" % (R.randint(1, 12), R.randint(27, 30))
G["cvv_pt"] = str(R.randint(100, 999))
G["exp_pt"] = "%02d/%02d" % (R.randint(1, 12), R.randint(27, 30))
G["iban_pt"] = make_iban("PT", 21)                # our "new" IBAN, mod-97 valid
_pl = make_iban("PL", 24).replace(" ", "")
G["nrb_pl"] = _pl[2:4] + " " + " ".join(_pl[4:][i:i + 4] for i in range(0, 24, 4))  # NRB = IBAN without "PL"
G["pwd_ca"] = "Cadenza-Mtl!" + "".join(str(R.randint(0, 9)) for _ in range(4))


def E(lang, subject, body, v=(), subtle=False, trig=None, sens=None, masked=None,
      near=None, why="", sig=True):
    """One draft with its label metadata. Strings may use {name} placeholders from G."""
    return dict(lang=lang, subject=subject, body=body + (("\n\n" + SIG[lang]) if sig else ""),
                v=list(v), subtle=subtle, trig=dict(trig or {}), sens=list(sens or []),
                masked=list(masked or []), near=near, why=why)
