"""Structured bank references that carry the invoice number with check digits (a Norwegian KID, a Swedish OCR, a
Finnish viitenumero, a Swiss QR or ESR reference), Nordic and German order numbers, a municipality paying from its
invoice-reception department, and a Nordic payment list with a deduction noted on one line. A reference whose check
digit fails, or a number in a currency whose payments carry no such scheme, is read as written."""

from __future__ import annotations

import pytest

from chalicelib.domain.cashapp import MatchResult, OpenInvoice
from chalicelib.domain.cashapp.references import checked_reference_bodies, line_amounts
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run

SOLBERG = "Snekker Solberg AS"
SALO = "Rakennus Salo Oy"
ESPOO = "Espoon kaupunki"
STANS = "Augenklinik Stans AG"


def _nok(number: str, balance: str, customer: str = "no1", name: str = SOLBERG) -> OpenInvoice:
    return inv(number, balance, customer, "NOK", name)


def _eur(number: str, balance: str, customer: str = "fi1", name: str = SALO) -> OpenInvoice:
    return inv(number, balance, customer, "EUR", name)


def _chf(number: str, balance: str, customer: str = "ch1", name: str = STANS) -> OpenInvoice:
    return inv(number, balance, customer, "CHF", name)


# --- check digits -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "carried"),
    [
        ("KID 3018033", "NOK", "301803"),  # Luhn
        ("0003027836", "NOK", "302783"),  # zero-padded to ten digits
        ("OCR: 20545687", "SEK", "205456"),  # length digit 8, then Luhn
        ("VIITE 1058925", "EUR", "105892"),  # 7-3-1
        ("10 42711", "EUR", "104271"),  # in groups of five from the right
        ("00000000000001071096", "EUR", "107109"),  # zero-padded to twenty digits
        (
            "000002159300000000002507005",
            "CHF",
            "250700",
        ),  # QR: customer 21593, invoice digits, mod 10 recursive
        ("00 00043 80800 00000 00025 09385", "CHF", "250938"),
        ("ESR 21 00000 00311 33000 00025 13780", "CHF", "251378"),
    ],
)
def test_a_reference_whose_check_digit_holds_carries_the_invoice_number(
    text: str, currency: str, carried: str
) -> None:
    assert any(carried in bodies for _, bodies in checked_reference_bodies(text, currency))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("KID 3018034", "NOK"),  # the check digit fails
        ("VIITE 1058926", "EUR"),
        ("000002159300000000002507006", "CHF"),
        ("PAYMENT 310093", "USD"),  # a dollar payment carries no KID: "310093" is no 31009 with a check digit
        ("Ordrenr 3026523", "NOK"),  # an order number of a KID's length
        ("Summa 12 450,00 kr", "SEK"),  # an amount grouped in threes
    ],
)
def test_a_number_whose_check_fails_or_has_no_scheme_carries_nothing(text: str, currency: str) -> None:
    assert checked_reference_bodies(text, currency) == []


# --- the engine ---------------------------------------------------------------------------------------------------


def test_a_kid_over_the_balance_is_an_overpayment_not_a_typo() -> None:
    invoices = [_nok("302746", "10709.73"), _nok("302747", "5000.00")]
    result = one(invoices, pay("p1", "21419.46", currency="NOK", customer="no1", ref="3027463"))
    assert result.status == "unapplied"
    assert apps(result) == {"i-302746": "10709.73"}


def test_a_kid_whose_check_digit_fails_stays_a_typo_for_a_person() -> None:
    invoices = [_nok("302746", "10709.73"), _nok("302747", "5000.00")]
    result = one(invoices, pay("p1", "21419.46", currency="NOK", customer="no1", ref="3027464"))
    assert result.status == "review"
    assert not result.applications


def test_a_kid_names_the_invoice_of_an_unidentified_payer_who_pays_its_balance() -> None:
    invoices = [
        _nok("302652", "81291.00", "no2", "Bærum kommune"),
        _nok("302653", "81291.00", "no3", "Asker kommune"),
    ]
    result = one(
        invoices, pay("p1", "81291.00", currency="NOK", ref="3026523", payer="BAERUM KOMMUNE FAKTURAMOTTAK")
    )
    assert result.status == "applied"
    assert apps(result) == {"i-302652": "81291.00"}


def test_a_viitenumero_in_groups_of_five_over_the_balance_is_an_overpayment() -> None:
    invoices = [_eur("104271", "526.50"), _eur("104272", "311.00"), _eur("104273", "98.40")]
    result = one(invoices, pay("p1", "571.50", currency="EUR", customer="fi1", ref="10 42711"))
    assert result.status == "unapplied"
    assert apps(result) == {"i-104271": "526.50"}


def test_a_viitenumero_naming_one_invoice_while_the_amount_is_another_s_balance_goes_to_review() -> None:
    invoices = [_eur("104493", "1251.69", "fi2", ESPOO), _eur("107109", "1327.96", "fi2", ESPOO)]
    result = one(invoices, pay("p1", "1251.69", currency="EUR", customer="fi2", ref="00000000000001071096"))
    assert result.status == "review"
    assert {tuple(c) for c in result.candidates} == {("i-104493",), ("i-107109",)}


def test_a_swedish_ocr_with_its_length_digit_over_the_balance_is_an_overpayment() -> None:
    invoices = [
        inv("205456", "1000.00", "se1", "SEK", "Bygg Norr AB"),
        inv("205457", "700.00", "se1", "SEK", "Bygg Norr AB"),
    ]
    result = one(invoices, pay("p1", "1250.00", currency="SEK", customer="se1", ref="OCR: 20545687"))
    assert result.status == "unapplied"
    assert apps(result) == {"i-205456": "1000.00"}


def test_a_swiss_qr_reference_over_the_balance_is_an_overpayment() -> None:
    invoices = [_chf("RE-260123", "2973.15"), _chf("RE-260124", "410.00")]
    result = one(
        invoices, pay("p1", "3000.00", currency="CHF", customer="ch1", ref="000002418200000000002601234")
    )
    assert result.status == "unapplied"
    assert apps(result) == {"i-RE-260123": "2973.15"}


def test_a_qr_reference_whose_check_digit_fails_applies_nothing() -> None:
    invoices = [_chf("RE-260123", "2973.15"), _chf("RE-260124", "410.00")]
    result = one(
        invoices, pay("p1", "3000.00", currency="CHF", customer="ch1", ref="000002418200000000002601235")
    )
    assert not result.applications


def test_a_dollar_number_one_digit_off_is_a_typo_not_another_customer_s_invoice_and_check_digit() -> None:
    name = "Granger Drywall & Acoustics LLC"
    invoices = [
        inv("31093", "5164.39", "us1", "USD", name),
        inv("31009", "1450.00", "us2", "USD", "Redstone Lumber & Hardware L.L.C."),
    ]
    result = one(
        invoices,
        pay("p1", "5164.39", ref="GRANGER DRYWALL PAYMENT 310093", payer="GRANGER DRYWALL & ACOUST LLC"),
    )
    assert result.status == "applied"
    assert apps(result) == {"i-31093": "5164.39"}


# --- order numbers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref", ["Tilausnro 104623", "Ordrenr 104623", "Best.Nr. 104623", "Ihre AB 104623 unsere Bestellung"]
)
def test_an_order_number_that_is_another_customer_s_invoice_names_nothing(ref: str) -> None:
    invoices = [
        _eur("104891", "1319.02"),
        _eur("104892", "200.00"),
        _eur("104623", "880.00", "fi9", "Muu Oy"),
    ]
    result = one(invoices, pay("p1", "1319.02", currency="EUR", customer="fi1", ref=ref))
    assert result.status == "applied"
    assert apps(result) == {"i-104891": "1319.02"}


def test_an_invoice_label_before_another_customer_s_number_still_names_it() -> None:
    invoices = [
        _eur("104891", "1319.02"),
        _eur("104892", "200.00"),
        _eur("104623", "880.00", "fi9", "Muu Oy"),
    ]
    result = one(invoices, pay("p1", "1319.02", currency="EUR", customer="fi1", ref="Lasku 104623"))
    assert result.status == "review"


# --- who pays -----------------------------------------------------------------------------------------------------


def test_a_municipality_s_invoice_reception_confirms_its_part_payment() -> None:
    invoices = [
        _nok("301769", "61257.50", "no5", "Drammen kommune"),
        _nok("301770", "900.00", "no5", "Drammen kommune"),
    ]
    payment = pay(
        "p1",
        "30600.00",
        currency="NOK",
        ref="Delbetaling faktura 301769",
        payer="DRAMMEN KOMMUNE FAKTURAMOTTAK",
    )
    result = one(invoices, payment)
    assert result.status == "partial"
    assert apps(result) == {"i-301769": "30600.00"}


def test_one_shared_word_is_no_nesting_of_names() -> None:
    # "NORD BYGG" holds "Nord", all that is left of Nord AS's name: a word in too many names to confirm who pays.
    invoices = [_nok("301769", "61257.50", "no6", "Nord AS"), _nok("301770", "900.00", "no6", "Nord AS")]
    payment = pay(
        "p1", "30600.00", currency="NOK", ref="Delbetaling faktura 301769", payer="NORD BYGG SERVICE"
    )
    assert one(invoices, payment).status == "review"


# --- a list with a deduction on one line --------------------------------------------------------------------------


def test_a_nordic_deduction_note_after_a_line_s_amount_is_no_amount_paid() -> None:
    assert line_amounts("206298    41 905,00  avdrag för ej levererat material 7 395,00") == ["41 905,00"]
    assert line_amounts(
        "Faktura 301958    12 381,70  trukket 1 376,00 for skadet vare (pakkseddel 892416)"
    ) == ["12 381,70"]
    # The deduction written after the invoice's number, with no amount paid before it, is the line's figure.
    assert line_amounts("FAKT 206227 avdrag 3 559,00 kr skadat gods fs 888525") == ["3 559,00"]


def test_a_municipality_list_with_one_line_short_paid_opens_a_deduction_on_that_line() -> None:
    name = "Tromsø kommune"
    invoices = [
        _nok("301744", "20424.00", "no7", name),
        _nok("302192", "22900.00", "no7", name),
        _nok("301929", "82609.00", "no7", name),
    ]
    remittance = (
        "Betalingsspesifikasjon 22.01.2026\nFakturanr.   Beløp\nFaktura 301744    20 424,00\n"
        "Faktura 302192    21 755,00  prisdifferanse iht. avtale, trukket 1 145,00\n"
        "Faktura 301929    82 609,00\nSum kr 124 788,00"
    )
    result: MatchResult = run(
        invoices, pay("p1", "124788.00", currency="NOK", customer="no7", remittance=remittance)
    )[0]
    assert result.status == "partial"
    assert apps(result) == {"i-301744": "20424.00", "i-302192": "21755.00", "i-301929": "82609.00"}
    assert result.short_pay is not None
    assert (result.short_pay.invoice_id, str(result.short_pay.amount)) == ("i-302192", "1145.00")
