"""Session 27, third round: an Australian BPAY customer reference number (CRN), the invoice's digits and a Luhn check
digit, names that invoice rather than reading as a typo of another one. Each with the near misses that must not fit."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.engine import _prefixed_ranges
from chalicelib.domain.cashapp.references import checked_reference_bodies
from tests.unit.cashapp.test_matching import apps, inv, one, pay

ROOFER = "Kookaburra Roofing Pty Ltd"
DECKS = "Wattle Decks Pty Ltd"


def test_a_bpay_crn_whose_luhn_digit_holds_carries_the_invoice_digits() -> None:
    # 310457 and its Luhn check digit 7.
    assert checked_reference_bodies("BPAY CRN 3104577", "AUD") == [("3104577", ["310457"])]
    assert checked_reference_bodies("crn: 3104577", "AUD") == [("3104577", ["310457"])]


def test_a_crn_whose_check_fails_or_an_unlabelled_number_reads_as_written() -> None:
    assert checked_reference_bodies("BPAY CRN 3104578", "AUD") == []
    # Without the label a seven-digit number in a dollar payment is just a number (maybe with a typo).
    assert checked_reference_bodies("PAYMENT 3104577", "AUD") == []
    # BPAY is an Australian rail: a New Zealand or US dollar payment carries no CRN.
    assert checked_reference_bodies("CRN 3104577", "NZD") == []


def _ledger() -> list[OpenInvoice]:
    return [
        inv("INV-310457", "1840.00", "c1", "AUD", ROOFER),
        inv("INV-310460", "95.00", "c1", "AUD", ROOFER),
        # Another customer's invoice one dropped digit from the CRN as written.
        inv("INV-304577", "460.00", "c2", "AUD", DECKS),
    ]


def test_a_part_payment_by_crn_is_applied_to_the_invoice_inside_it() -> None:
    result = one(
        _ledger(), pay("p", "460.00", currency="AUD", customer="c1", payer=ROOFER, ref="BPAY CRN 3104577")
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-INV-310457": "460.00"}


def test_a_crn_at_the_exact_balance_applies_it() -> None:
    result = one(
        _ledger(), pay("p", "1840.00", currency="AUD", payer="BPAY KOOKABURRA ROO", ref="BPAY CRN 3104577")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-INV-310457": "1840.00"}


def test_a_crn_whose_check_fails_is_not_applied_to_the_invoice() -> None:
    result = one(
        _ledger(), pay("p", "460.00", currency="AUD", customer="c1", payer=ROOFER, ref="BPAY CRN 3104578")
    )
    assert "i-INV-310457" not in apps(result)


# A lump over many invoices: the bounded search stops at sets of eight, so a set of nine among a dozen open
# invoices was never proved the only one.
MILL = "Lakeside Joinery Ltd"


def _many() -> list[OpenInvoice]:
    # Each balance is twice the one before, so every set of them has its own sum.
    return [inv(f"INV-{7000 + k}", f"{(101 * 2**k) / 100:.2f}", "c1", "AUD", MILL) for k in range(12)]


def test_a_lump_over_nine_of_twelve_invoices_that_only_one_set_makes_is_applied() -> None:
    chosen = [0, 1, 2, 4, 5, 6, 8, 9, 11]
    amount = sum(101 * 2**k for k in chosen)
    result = one(_many(), pay("p", f"{amount / 100:.2f}", currency="AUD", customer="c1", payer=MILL))
    assert result.status == Status.APPLIED
    assert set(apps(result)) == {f"i-INV-{7000 + k}" for k in chosen}


def test_a_lump_that_two_sets_of_invoices_make_is_not_applied() -> None:
    # One more invoice worth the first two together: now two sets reach the amount.
    ledger = [*_many(), inv("INV-7100", "3.03", "c1", "AUD", MILL)]
    chosen = [0, 1, 2, 4, 5, 6, 8, 9, 11]
    amount = sum(101 * 2**k for k in chosen)
    result = one(ledger, pay("p", f"{amount / 100:.2f}", currency="AUD", customer="c1", payer=MILL))
    assert result.status == Status.REVIEW
    assert apps(result) == {}


# An order number that reads as one of the payer's own invoices written with its year and no separators, while the
# amount is exactly another of its invoices: an order number or a mis-keyed invoice, which a person tells apart.
PAINTS = "Farby Tatry s.r.o."
GLASS = "Sklárna Vysočina a.s."


def _orders() -> list[OpenInvoice]:
    return [
        inv("FA-27-1418", "5120.00", "c1", "CZK", PAINTS),
        inv("FA-27-0233", "980.40", "c1", "CZK", PAINTS),
        inv("FA-27-1533", "2210.00", "c2", "CZK", GLASS),
    ]


def test_an_order_number_with_the_digits_of_the_payers_own_invoice_goes_to_review() -> None:
    result = one(
        _orders(), pay("p", "980.40", currency="CZK", customer="c1", payer=PAINTS, ref="obj. 271418")
    )
    assert result.status == Status.REVIEW
    assert apps(result) == {}


def test_an_order_number_like_another_customers_invoice_still_applies_the_exact_balance() -> None:
    result = one(
        _orders(), pay("p", "980.40", currency="CZK", customer="c1", payer=PAINTS, ref="obj. 271533")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-FA-27-0233": "980.40"}


def test_an_order_number_like_no_invoice_applies_the_exact_balance() -> None:
    result = one(
        _orders(), pay("p", "980.40", currency="CZK", customer="c1", payer=PAINTS, ref="obj. 271877")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-FA-27-0233": "980.40"}


# A Czech or Slovak payment's variable symbol (VS) is the field the payer keys the invoice number into; "/VS271418/SS/"
# is FA-27-1418 written without its separators, not a number of some "VS" series.
def _symbols() -> list[OpenInvoice]:
    return [
        inv("FA-27-1418", "5120.00", "c1", "CZK", PAINTS),
        inv("FA-27-1420", "5120.00", "c1", "CZK", PAINTS),
    ]


def test_a_variable_symbol_names_the_invoice_among_two_of_the_same_balance() -> None:
    result = one(
        _symbols(),
        pay("p", "5120.00", currency="CZK", customer="c1", payer=PAINTS, ref="/VS271418/SS/KS0308"),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-FA-27-1418": "5120.00"}


def test_a_variable_symbol_in_another_currency_goes_to_review_with_the_invoice() -> None:
    ledger = [*_symbols(), inv("FS-27-0410", "990.00", "c2", "EUR", GLASS)]
    result = one(
        ledger, pay("p", "204.80", currency="EUR", customer="c1", payer=PAINTS, ref="/VS271418/SS/KS0308")
    )
    assert result.status == Status.REVIEW
    assert result.candidates == [["i-FA-27-1418"]]


def test_a_variable_symbol_naming_no_invoice_leaves_the_twins_to_review() -> None:
    result = one(
        _symbols(),
        pay("p", "5120.00", currency="CZK", customer="c1", payer=PAINTS, ref="/VS279999/SS/KS0308"),
    )
    assert result.status == Status.REVIEW


# Polish invoices number afresh each month (FV/2027/07/0341, FV/2027/08/0341): a number written with its year and
# month names no invoice of another month that happens to share the sequence.
FORGE = "Kuźnia Śląska Sp. z o.o."
FOUNDRY = "Odlewnia Gliwice S.A."


def _monthly() -> list[OpenInvoice]:
    return [
        inv("FV/2027/07/0112", "4200.00", "c1", "PLN", FORGE),
        inv("FV/2027/09/0055", "1830.00", "c1", "PLN", FORGE),
        inv("FV/2027/08/0341", "7710.00", "c2", "PLN", FOUNDRY),
    ]


def test_a_settled_invoice_written_with_its_month_names_no_other_months_invoice() -> None:
    result = one(
        _monthly(),
        pay("p", "999.00", currency="PLN", customer="c1", payer=FORGE, ref="Faktura FV/2027/07/0341"),
    )
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {}


def test_the_same_month_or_a_short_year_still_names_the_other_customers_invoice() -> None:
    for ref in ("Faktura FV/2027/08/0341", "Faktura FV/27/08/0341"):
        result = one(_monthly(), pay("p", "999.00", currency="PLN", customer="c1", payer=FORGE, ref=ref))
        assert result.status == Status.REVIEW, ref
        assert ["i-FV/2027/08/0341"] in result.candidates, ref


# A range keeps the prefix of its ends: "FV/2027/09/0210-0213" is September's 0211 and 0212 too, and
# "RE40210 to RE40212" is RE40211, not another series' or month's invoice with the same digits.
def _ranged() -> list[OpenInvoice]:
    return [
        inv("FV/2027/09/0210", "100.00", "c1", "PLN", FORGE),
        inv("FV/2027/09/0211", "200.00", "c1", "PLN", FORGE),
        inv("FV/2027/09/0213", "400.00", "c1", "PLN", FORGE),
        inv("FV/2027/10/0212", "50.00", "c2", "PLN", FOUNDRY),
        inv("INV-27-RE40210", "10.00", "c1", "PLN", FORGE),
        inv("INV-27-RE40212", "30.00", "c1", "PLN", FORGE),
        inv("INV-27-LX40211", "20.00", "c2", "PLN", FOUNDRY),
    ]


def test_a_range_under_a_year_and_month_pays_that_months_invoices() -> None:
    result = one(
        _ranged(),
        pay(
            "p", "700.00", currency="PLN", payer="KUZNIA SLASKA SP Z O O", ref="Faktury FV/2027/09/0210-0213"
        ),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {
        "i-FV/2027/09/0210": "100.00",
        "i-FV/2027/09/0211": "200.00",
        "i-FV/2027/09/0213": "400.00",
    }


def test_a_range_under_series_letters_pays_that_series_invoices() -> None:
    result = one(
        _ranged(),
        pay("p", "40.00", currency="PLN", payer="KUZNIA SLASKA SP Z O O", ref="Invoices RE40210 to RE40212"),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-INV-27-RE40210": "10.00", "i-INV-27-RE40212": "30.00"}


def test_a_range_whose_sum_takes_in_another_months_invoice_is_not_applied() -> None:
    result = one(
        _ranged(),
        pay(
            "p", "1500.00", currency="PLN", payer="KUZNIA SLASKA SP Z O O", ref="Faktury FV/2027/09/0210-0213"
        ),
    )
    assert "i-FV/2027/10/0212" not in apps(result)
    assert result.status != Status.APPLIED


def test_a_prefixed_range_gives_its_members_the_ends_year_month_and_letters() -> None:
    assert _prefixed_ranges("FAKTURY FV/2027/09/0210-0213") == [(210, 213, "202709", "FV")]
    assert _prefixed_ranges("INVOICES RE40210 TO RE40212") == [(40210, 40212, "", "RE")]
    # A year span or a range too wide to be invoices is none.
    assert _prefixed_ranges("FY 2026-2027") == []
    assert _prefixed_ranges("FV/2027/09/0210-0990") == []


# Polish payers abbreviate their order (zamówienie) "zam.": its number is theirs, even when it reads like another
# customer's invoice.
def test_a_polish_order_number_abbreviated_zam_is_no_invoice_reference() -> None:
    ledger = [
        inv("FV/2027/09/0055", "1830.00", "c1", "PLN", FORGE),
        inv("FV/2027/08/0341", "7710.00", "c2", "PLN", FOUNDRY),
    ]
    result = one(
        ledger, pay("p", "1830.00", currency="PLN", customer="c1", payer=FORGE, ref="wg zam. 2027/08/0341")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-FV/2027/09/0055": "1830.00"}


def test_an_invoice_number_written_without_the_order_word_still_names_the_other_invoice() -> None:
    ledger = [
        inv("FV/2027/09/0055", "1830.00", "c1", "PLN", FORGE),
        inv("FV/2027/08/0341", "7710.00", "c2", "PLN", FOUNDRY),
    ]
    result = one(
        ledger, pay("p", "1830.00", currency="PLN", customer="c1", payer=FORGE, ref="wg fv 2027/08/0341")
    )
    assert result.status == Status.REVIEW


# An Australian bank writes the rail before the payer's name ("BPAY SOUTHERN CROSS", "OSKO JANE CITIZEN"): the name
# is what follows, and it is what confirms whose invoice a CRN names.
GUMTREE = "Gumtree Plumbing Services Pty Ltd"


def _plumbers() -> list[OpenInvoice]:
    return [
        inv("INV-310457", "1840.00", "c1", "AUD", GUMTREE),
        inv("INV-310460", "95.00", "c1", "AUD", GUMTREE),
        inv("INV-320101", "700.00", "c2", "AUD", "Gumtree Roofing Pty Ltd"),
        inv("INV-320102", "80.00", "c3", "AUD", "Gumtree Carpentry Pty Ltd"),
    ]


def test_a_part_payment_by_crn_from_a_rail_prefixed_name_is_applied() -> None:
    result = one(
        _plumbers(), pay("p", "460.00", currency="AUD", payer="BPAY GUMTREE PLUMBIN", ref="BPAY CRN 3104577")
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-INV-310457": "460.00"}


def test_a_part_payment_by_crn_from_another_name_is_not_applied() -> None:
    result = one(
        _plumbers(), pay("p", "460.00", currency="AUD", payer="BPAY WOMBAT HAULAGE", ref="BPAY CRN 3104577")
    )
    assert result.status == Status.REVIEW


# A number whose digits are both our invoice's and, by chance, another customer's (other letters, same digits): a
# rest too small to pay the other one is an overpayment of ours, not money for the other customer.
SKLO = "Sklárne Pohronie s.r.o."


def _shared_digits() -> list[OpenInvoice]:
    return [
        inv("FS-27-20415", "1500.00", "c1", "EUR", SKLO),
        inv("INV-27-LV20415", "900.00", "c2", "EUR", "SIA Rīgas Ūdens"),
    ]


def test_an_overpayment_by_digits_another_customers_invoice_shares_is_held_on_account() -> None:
    result = one(
        _shared_digits(),
        pay("p", "1600.00", currency="EUR", payer="SKLARNE POHRONIE SRO", ref="/VS2720415/SS/"),
    )
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {"i-FS-27-20415": "1500.00"}


def test_a_rest_that_pays_the_other_customers_invoice_goes_to_review() -> None:
    result = one(
        _shared_digits(),
        pay("p", "2400.00", currency="EUR", payer="SKLARNE POHRONIE SRO", ref="/VS2720415/SS/"),
    )
    assert result.status == Status.REVIEW
