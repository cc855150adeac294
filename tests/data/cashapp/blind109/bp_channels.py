"""Part of build.py: how invoice numbers and payment texts look on the bank statement."""
from decimal import Decimal

from bp_names import SELLER_NIP


def rf_reference(ref):
    """ISO 11649 creditor reference RFcc<ref>, printed in groups of four."""
    digits = "".join(str(int(ch, 36)) for ch in ref + "RF00")
    cc = 98 - int(digits) % 97
    s = f"RF{cc:02d}{ref}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def spell(number, rng, ocr=True):
    """One of the many ways a payer writes FV-0041233."""
    padded = number[3:]
    short = padded.lstrip("0")
    opts = [
        number, number, number.replace("-", ""), "FV " + padded, number.lower(), "FV/" + padded,
        short, short, padded, "FV-" + short, "FV " + padded[:3] + " " + padded[3:],
        "Faktura " + number, "fakt. nr " + short, "nr " + padded[:4] + " " + padded[4:],
        "F-RA " + number, "FV" + short,
    ]
    if ocr and rng.random() < 0.08:
        s = number.replace("0", "O", 2)
        if rng.random() < 0.5:
            s = s.replace("1", "I", 1)
        return s
    if ocr and rng.random() < 0.05:
        return rf_reference(padded)
    return rng.choice(opts)


def vat_of(amount):
    return f"{(amount * 23 / 123).quantize(Decimal('0.01')):.2f}".replace(".", ",")


PL_TXT = ["ZAPLATA ZA {r}", "{r}", "PLATNOSC {r}", "ZAPLATA FAKTURY {r} DZIEKUJEMY", "TYTULEM: {r}",
          "PRZELEW EXPRESS ELIXIR TYTUL: {r}", "ELIXIR {r} MATERIALY BUDOWLANE",
          "WPLATA GOTOWKOWA POCZTA POLSKA TYTUL {r}", "{r} CEMENT I STAL", "ZA FAKTURE {r}"]
CZ_TXT = ["VS:{v} KS:0308", "VS {v}", "Uhrada faktury {r}", "PLATBA {r}", "OKAMZITA PLATBA VS{v}"]
EU_TXT = ["{r}", "SEPA CT Invoice {r}", "Rechnung {r}", "EREF+NOTPROVIDED SVWZ+{r}", "SCT INST {r}",
          "Payment of invoice {r}", "Faktura {r} dakujeme"]
HU_TXT = ["Szamla {r}", "AZONNALI ATUTALAS {r}", "{r} kiegyenlitese", "GIRO {r}"]
RO_TXT = ["c/v factura {r}", "plata fact. {r}", "OP plata factura {r}", "{r}", "contravaloare {r}"]


def reference_for(inv, cust, rng, amount, channel_mpp=True):
    """(reference, remittance) naming one invoice the way this currency's banks do."""
    cur, num = inv["currency"], inv["number"]
    if cur == "PLN":
        if channel_mpp and cust.get("polish") and rng.random() < 0.3:
            r = spell(num, rng, ocr=False)
            if "/" in r:
                r = num
            return (f"/VAT/{vat_of(amount)}/IDC/{SELLER_NIP}/INV/{r}/TXT/"
                    + rng.choice(["ZAPLATA", "MPP", "MATERIALY", "FAKTURA"])), None
        return rng.choice(PL_TXT).format(r=spell(num, rng)), None
    if cur == "CZK":
        t = rng.choice(CZ_TXT)
        v = num[3:] if rng.random() < 0.6 else num[3:].lstrip("0")
        return t.format(r=spell(num, rng), v=v), None
    if cur == "EUR":
        return rng.choice(EU_TXT).format(r=spell(num, rng)), None
    if cur == "HUF":
        return rng.choice(HU_TXT).format(r=spell(num, rng)), None
    return rng.choice(RO_TXT).format(r=spell(num, rng)), None


GENERIC = {
    "PLN": ["ZAPLATA ZA MATERIALY", "PRZELEW", "PLATNOSC WG UMOWY", "ZAPLATA ZA DOSTAWY", None,
            "PRZELEW EXPRESS ELIXIR", "WPLATA GOTOWKOWA POCZTA POLSKA"],
    "CZK": ["PLATBA", "UHRADA ZA ZBOZI", None, "PLATBA DODAVATELI"],
    "EUR": ["PAYMENT", "SEPA CT", None, "Zahlung Baustoffe", "INVOICES"],
    "HUF": ["ATUTALAS", "Epitoanyag", None, "SZAMLAK"],
    "RON": ["plata materiale", "OP", None, "plata furnizor"],
}


def fmt_amt(d, rng, cur):
    s = f"{d:.2f}"
    if rng.random() < 0.5:
        s = s.replace(".", ",")
    return s + " " + cur
