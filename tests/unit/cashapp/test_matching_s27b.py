"""Session 27, second round: a Belgian structured communication built from the invoice's year and its sequence padded
with zeros, whose groups are no invoice numbers of their own; a SEPA direct debit's mandate reference (RUM) whose
digits happen to be another customer's invoice; a Dutch payment reference (betalingskenmerk) whose check digit holds,
with the invoice's sequence laid out inside it. Each with the near misses that must not fit."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import (
    candidate_keys,
    payment_reference_bodies,
    structured_reference_bodies,
)
from tests.unit.cashapp.test_matching import apps, inv, one, pay

SAWMILL = "Zagerij Peeters NV"
CARTON = "Cartonnerie Dubois SA"


def test_a_structured_communication_carries_the_year_and_the_padded_sequence() -> None:
    # 2700020533 mod 97 is 22: FA27-20533, year 27, sequence 20533 padded to eight digits.
    assert structured_reference_bodies("+++270/0020/53322+++") == ["2700020533", "2720533"]
    assert candidate_keys("+++270/0020/53322+++") == ["2700020533", "2720533"]
    # Its groups are one number, never three: no "53322" of its own.
    assert "53322" not in candidate_keys("***270/0020/53322***")


def test_a_communication_whose_check_fails_reads_as_written() -> None:
    assert structured_reference_bodies("+++270/0020/53399+++") == []
    assert "53399" in candidate_keys("+++270/0020/53399+++")
    # Leading zeros are padding, not a year: "+++000/2600/04355+++" is 2600043 alone.
    assert structured_reference_bodies("+++000/2600/04355+++") == ["2600043"]


def _ogm_ledger() -> list[OpenInvoice]:
    return [
        inv("FA27-20533", "1840.15", "b1", "EUR", SAWMILL),
        inv("FA27-20540", "310.00", "b1", "EUR", SAWMILL),
        # Another customer's invoice numbered like the communication's last group.
        inv("FA27-53322", "9120.00", "b2", "EUR", CARTON),
    ]


def test_a_structured_communication_naming_one_invoice_with_its_amount_applies_it() -> None:
    result = one(
        _ogm_ledger(),
        pay("p", "1840.15", currency="EUR", payer="ZAGERIJ PEETERS", ref="+++270/0020/53322+++"),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-FA27-20533": "1840.15"}


def test_a_structured_communication_with_another_amount_is_not_applied_as_paid() -> None:
    result = one(
        _ogm_ledger(),
        pay("p", "1500.00", currency="EUR", payer="ZAGERIJ PEETERS", ref="+++270/0020/53322+++"),
    )
    assert result.status != Status.APPLIED
    assert "i-FA27-53322" not in apps(result)


def _debit_ledger() -> list[OpenInvoice]:
    return [
        inv("FV26-10754", "916.80", "f1", "EUR", "Transports Garnier SAS"),
        inv("FV26-10790", "1204.00", "f1", "EUR", "Transports Garnier SAS"),
        inv("FV26-11091", "16347.00", "f2", "EUR", "Emballages Girard EURL"),
    ]


def test_a_mandate_reference_is_no_invoice_number() -> None:
    assert candidate_keys("PRLV SEPA RECU /DE SAS GARNIER /RUM PAL11091-112 /LIB ECHEANCE") == []
    assert candidate_keys("SEPA DD MNDTID: 11091-7 MREF 11091") == []
    # An invoice named after its own label still counts, next to the mandate.
    assert "11091" in candidate_keys("/RUM PAL20011 /LIB FACT FV26-11091")


def test_a_direct_debit_whose_mandate_has_another_customers_invoice_digits_applies_the_only_fit() -> None:
    ref = "PRLV SEPA RECU /DE SAS TRANSPORTS GARNIER /RUM PAL11091-112 /LIB ECHEANCE DEC"
    result = one(
        _debit_ledger(),
        pay("p", "916.80", currency="EUR", customer="f1", payer="SAS TRANSPORTS GARNIER", ref=ref),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-FV26-10754": "916.80"}


def test_the_same_digits_written_as_an_invoice_stay_a_question() -> None:
    ref = "VIR SEPA RECU /DE SAS TRANSPORTS GARNIER /MOTIF FACT FV26-11091"
    result = one(
        _debit_ledger(),
        pay("p", "916.80", currency="EUR", customer="f1", payer="SAS TRANSPORTS GARNIER", ref=ref),
    )
    assert result.status == Status.REVIEW
    assert not result.applications


def _cooling_ledger() -> list[OpenInvoice]:
    # VK27-20417 was billed 1,180.00 and a credit note of 95.00 already brought it down.
    return [
        inv("VK27-20417", "1085.00", "n1", "EUR", "Koeltransport Visser B.V."),
        inv("VK27-20466", "2240.00", "n1", "EUR", "Koeltransport Visser B.V."),
    ]


def test_a_dutch_payment_reference_whose_check_holds_names_the_invoice_laid_out_inside_it() -> None:
    # Check digit 0, then the sequence 20417 padded with zeros, then more of the biller's digits.
    assert payment_reference_bodies("0000 2041 7002 7518") == ["000204170027518"]
    result = one(
        _cooling_ledger(),
        pay(
            "p",
            "1180.00",
            currency="EUR",
            customer="n1",
            payer="KOELTRANSPORT VISSER BV",
            ref="0000 2041 7002 7518",
        ),
    )
    # The invoice's total paid although the credit note had reduced it: the balance, and the rest on account.
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {"i-VK27-20417": "1085.00"}
    assert str(result.unapplied) == "95.00"


def test_a_dutch_payment_reference_whose_check_fails_names_nothing() -> None:
    assert payment_reference_bodies("3000 2041 7002 7518") == []
    result = one(
        _cooling_ledger(),
        pay(
            "p",
            "1180.00",
            currency="EUR",
            customer="n1",
            payer="KOELTRANSPORT VISSER BV",
            ref="3000 2041 7002 7518",
        ),
    )
    assert not result.applications
