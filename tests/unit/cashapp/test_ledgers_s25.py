"""Session 25: Nordic structured references (a KID, an OCR, a FIK, a viitenumero, an RF reference) that carry a
customer number before the invoice number, read whatever the amount once their check digit holds; and the
purchase-order words of the Nordic languages (and their German, Dutch and Italian compounds), whose numbers name
no invoice of ours. Each with the near misses that must not be read so."""

from __future__ import annotations

import pytest

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import candidate_keys
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
