"""Session 25: Nordic structured references (a KID, an OCR, a FIK, a viitenumero, an RF reference) that carry a
customer number before the invoice number, read whatever the amount once their check digit holds; and the
purchase-order words of the Nordic languages (and their German, Dutch and Italian compounds), whose numbers name
no invoice of ours. Each with the near misses that must not be read so."""

from __future__ import annotations

import pytest

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import candidate_keys, short_reason
from tests.unit.cashapp.test_matching import apps, inv, one, pay

BYGG = "Byggmester Lunde AS"


def _ledger(currency: str) -> list[OpenInvoice]:
    return [
        inv("520318", "2395.00", "c7", currency, BYGG),
        inv("520411", "880.00", "c7", currency, BYGG),
        inv("520555", "1200.00", "c8", currency, "Tak og Vegg AS"),
    ]


# Customer 0457, invoice 520318 and the scheme's check digits (and the Swedish length digit).
SCHEMES = [
    ("NOK", "04575203189"),  # KID, MOD10
    ("SEK", "045752031828"),  # Bankgiro OCR: length digit 2, Luhn 8
    ("DKK", "+71<000004575203189+12345678<"),  # FI-kort 71, 15-digit payment id
    ("EUR", "3 10452 03187"),  # viitenumero 3104 520318 and its 7-3-1 digit, in fives from the right
    ("EUR", "RF25 3104 5203 187"),  # the same wrapped in an RF creditor reference
]


@pytest.mark.parametrize(("currency", "reference"), SCHEMES)
def test_a_checked_reference_with_a_customer_number_names_the_invoice_inside_it(
    currency: str, reference: str
) -> None:
    result = one(_ledger(currency), pay("p", "2500.00", currency=currency, customer="c7", ref=reference))
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {"i-520318": "2395.00"}
    assert str(result.unapplied) == "105.00"


def test_a_checked_reference_names_its_invoice_for_a_part_payment_too() -> None:
    result = one(_ledger("NOK"), pay("p", "1000.00", currency="NOK", customer="c7", ref="04575203189"))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-520318": "1000.00"}


def test_a_reference_whose_check_digit_fails_names_nothing_inside_it() -> None:
    result = one(_ledger("NOK"), pay("p", "2500.00", currency="NOK", customer="c7", ref="04575203180"))
    assert apps(result) == {}


def test_a_checked_reference_carrying_another_customers_invoice_names_none_of_the_payers() -> None:
    # Customer 0457 with invoice 520555 (Tak og Vegg's) and a valid check digit: not the payer's invoice.
    result = one(_ledger("NOK"), pay("p", "2500.00", currency="NOK", customer="c7", ref="04575205556"))
    assert apps(result) == {}


def test_a_kid_is_not_read_in_a_currency_whose_banks_do_not_issue_it() -> None:
    result = one(_ledger("USD"), pay("p", "2500.00", currency="USD", customer="c7", ref="04575203189"))
    assert apps(result) == {}


# --- order words ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Indkøbsordre 520555",
        "Indkøbsordrenr. 520555",
        "Innkjøpsordre nr 520555",
        "Köporder 520555",
        "Ordrebekræftelse 520555",
        "Orderbekräftelse 520555",
        "Rekvisisjon 520555",
        "Følgeseddel 520555",
        "Tilausvahvistus 520555",
        "Bestellnummer 520555",
        "Auftrags-Nr. 520555",
        "Inkoopordernummer 520555",
        "Ordine d'acquisto 520555",
    ],
)
def test_an_order_number_in_a_nordic_or_germanic_compound_names_no_invoice(text: str) -> None:
    assert "520555" not in candidate_keys(text)


@pytest.mark.parametrize("text", ["Faktura 520555", "Lasku 520555", "Rechnung 520555", "Ordning 520555"])
def test_an_invoice_word_or_one_that_only_begins_like_an_order_word_keeps_its_number(text: str) -> None:
    assert "520555" in candidate_keys(text)


def test_a_customers_own_order_number_that_is_anothers_invoice_leaves_the_amount_to_decide() -> None:
    result = one(
        _ledger("DKK"), pay("p", "880.00", currency="DKK", customer="c7", remittance="Indkøbsordre 520555")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-520411": "880.00"}


def test_the_same_number_called_an_invoice_is_anothers_invoice_and_a_persons_call() -> None:
    result = one(
        _ledger("DKK"), pay("p", "880.00", currency="DKK", customer="c7", remittance="Faktura 520555")
    )
    assert result.status == Status.REVIEW


# --- second round: transposed digits, ranges in more languages, UK order abbreviations, deduction lines ---------


def _series() -> list[OpenInvoice]:
    return [
        inv("MCT-INV-20735", "6450.00", "c3", "SAR", "Sohar Data Systems LLC"),
        inv("MCT-INV-20736", "990.00", "c3", "SAR", "Sohar Data Systems LLC"),
    ]


@pytest.mark.parametrize("written", ["MCT-INV-27035", "MCT-INV-20753", "MCT-INV-02735"])
def test_two_neighbouring_digits_swapped_in_a_long_series_number_are_a_slip_the_amount_settles(
    written: str,
) -> None:
    result = one(_series(), pay("p", "6450.00", currency="SAR", customer="c3", ref=f"SWIFT MT103 {written}"))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-MCT-INV-20735": "6450.00"}


def test_a_swapped_number_whose_amount_is_not_that_invoices_balance_goes_to_a_person() -> None:
    result = one(_series(), pay("p", "6000.00", currency="SAR", customer="c3", ref="MCT-INV-27035"))
    assert apps(result) == {}


def test_a_short_per_customer_series_swapped_is_still_an_older_sibling_not_a_slip() -> None:
    # "…-0010" and "…-0001" may both be this customer's: the written one can be a closed invoice paid again.
    ledger = [inv("7C1D-0010", "300.00"), inv("7C1D-0011", "125.00")]
    result = one(ledger, pay("p", "300.00", customer="c1", ref="INV 7C1D-0001"))
    assert result.status == Status.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "سداد الفواتير من 4410 إلى 4413",
        "الفواتير 4410 حتى 4413",
        "बिल 4410 से 4413 तक भुगतान",
        "bill 4410 se 4413 tak",
        "pembayaran invoice 4410 s/d 4413",
        "faktury od 4410 do 4413",
        "счета с 4410 по 4413",
        "請求書 4410～4413",
    ],
)
def test_a_range_from_one_invoice_to_another_is_read_in_more_languages(text: str) -> None:
    assert {"4410", "4411", "4412", "4413"} <= set(candidate_keys(text))


@pytest.mark.parametrize(
    "text",
    [
        "NF 4410 do pedido 4413",
        "NF 4410 do 4413",
        "счет 4410 по 4413",
        "bill 4410 se 4413",
        "Rechnung 4410 und 4413",
    ],
)
def test_a_word_that_means_to_only_beside_its_from_does_not_make_a_range(text: str) -> None:
    assert "4411" not in candidate_keys(text)


@pytest.mark.parametrize("ref", ["YOUR ORD 310562", "OUR ORD 310562", "ORD NO 310562", "P/O 310562"])
def test_a_uk_order_abbreviation_names_no_invoice_and_the_amount_decides(ref: str) -> None:
    ledger = [
        inv("SI-310440", "412.80", "c1", "GBP", "Ashcombe Joinery Ltd"),
        inv("SI-310562", "96.00", "c2", "GBP", "Pennard Roofing Ltd"),
    ]
    result = one(ledger, pay("p", "412.80", currency="GBP", customer="c1", ref=ref))
    assert apps(result) == {"i-SI-310440": "412.80"}


def test_an_invoice_word_before_anothers_number_still_goes_to_a_person() -> None:
    ledger = [
        inv("SI-310440", "412.80", "c1", "GBP", "Ashcombe Joinery Ltd"),
        inv("SI-310562", "96.00", "c2", "GBP", "Pennard Roofing Ltd"),
    ]
    result = one(ledger, pay("p", "412.80", currency="GBP", customer="c1", ref="INV SI-310562"))
    assert result.status == Status.REVIEW


def _merchant() -> list[OpenInvoice]:
    return [
        inv("SI-400118", "850.00", "c1", "GBP", "Brackley Groundworks Ltd"),
        inv("SI-400231", "1210.40", "c1", "GBP", "Brackley Groundworks Ltd"),
        inv("SI-400307", "640.00", "c1", "GBP", "Brackley Groundworks Ltd"),
    ]


@pytest.mark.parametrize(
    ("deduction", "reason"),
    [
        ("Short delivery - 3 bags cement not received", "deduction"),
        ("Less CIS @ 20% (labour 154.00)", "deduction"),
        ("Cracked basin returned, damaged", "deduction"),
    ],
)
def test_a_remittance_line_deducting_from_an_invoice_it_pays_is_a_short_pay_on_it(
    deduction: str, reason: str
) -> None:
    advice = (
        "Invoice Number | Date | Reference | Amount Paid\n"
        "SI-400118 | 02/03/2026 | Site 4 | 850.00\n"
        "SI-400231 | 09/03/2026 | Site 4 | 1,210.40\n"
        f"SI-400231 | | {deduction} | -30.80\n\n"
        "Amount Paid GBP 2,029.60"
    )
    result = one(_merchant(), pay("p", "2029.60", currency="GBP", customer="c1", remittance=advice))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-SI-400118": "850.00", "i-SI-400231": "1179.60"}
    assert result.short_pay is not None and result.short_pay.invoice_id == "i-SI-400231"
    assert str(result.short_pay.amount) == "30.80" and result.short_pay.reason == reason


def test_one_invoice_less_a_deduction_on_its_own_line_is_read_even_when_the_rest_equals_another_balance() -> (
    None
):
    advice = (
        "Invoice Number | Date | Reference | Amount Paid\n"
        "SI-400231 | 09/03/2026 | Site 4 | 1,210.40\n"
        "SI-400231 | | Damaged goods - 2 doors returned | -570.40\n\n"
        "Amount Paid GBP 640.00"
    )
    result = one(_merchant(), pay("p", "640.00", currency="GBP", customer="c1", remittance=advice))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-SI-400231": "640.00"}


@pytest.mark.parametrize("text", ["faktura čís. 400231", "CIS registered subcontractor", "RCT 400231"])
def test_cis_or_rct_without_a_rate_or_a_deduction_is_no_reason_to_short_pay(text: str) -> None:
    assert short_reason(text) is None


def test_a_negative_line_with_no_reason_is_still_a_question() -> None:
    advice = (
        "Invoice Number | Date | Reference | Amount Paid\n"
        "SI-400118 | 02/03/2026 | Site 4 | 850.00\n"
        "SI-400231 | 09/03/2026 | Site 4 | 1,210.40\n"
        "SI-400231 | | see attached | -30.80\n\n"
        "Amount Paid GBP 2,029.60"
    )
    result = one(_merchant(), pay("p", "2029.60", currency="GBP", customer="c1", remittance=advice))
    assert result.status == Status.REVIEW
