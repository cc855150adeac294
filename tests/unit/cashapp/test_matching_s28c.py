"""Session 28c: an Indian advice's amounts grouped in lakhs and crores ("12,40,118.55") read whole on a line that
also has commas of prose; the advice's total line above its per-invoice lines is no invoice's line."""

from __future__ import annotations

import datetime as dt

from chalicelib.domain.cashapp import OpenInvoice, ReceivedPayment, Status
from chalicelib.domain.cashapp.references import billing_period, line_amounts
from tests.unit.cashapp.test_matching import apps, inv, one, pay


def test_lakh_grouped_figures_on_a_prose_line_with_commas_are_read_whole() -> None:
    line = "Bill KX/24-25/7712 gross Rs. 12,40,118.55 less TDS 2% Rs. 24,802.37, net Rs. 12,15,316.18"
    assert line_amounts(line) == ["12,40,118.55", "24,802.37", "12,15,316.18"]
    # A comma-separated row whose figures group nothing is still read field by field.
    assert line_amounts("7712,2025-11-04,1740.00,0.00,") == ["1740.00", "0.00"]


def test_a_tds_short_pay_written_in_lakhs_is_a_stated_deduction() -> None:
    ledger = [
        inv("KX/24-25/7712", "1240118.55", currency="INR"),
        inv("KX/24-25/7713", "99000.00", currency="INR"),
    ]
    result = one(
        ledger,
        pay(
            "p",
            "1215316.18",
            currency="INR",
            customer="c1",
            ref="NEFT/UTIB000111/KX 7712",
            remittance="Bill KX/24-25/7712 gross Rs. 12,40,118.55 less TDS 2% Rs. 24,802.37, net Rs. 12,15,316.18",
        ),
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-KX/24-25/7712": "1215316.18"}


def _two() -> list[OpenInvoice]:
    return [
        inv("KX/24-25/4410", "212500.40", currency="INR"),
        inv("KX/24-25/5521", "1387490.21", currency="INR"),
    ]


def test_the_total_line_over_an_advices_invoice_lines_is_not_the_last_invoices_line() -> None:
    advice = (
        "Bills cleared: KX 4410, 5521; total paid Rs. 15,99,990.61\n"
        "KX/24-25/4410  Rs. 2,12,500.40\n"
        "KX/24-25/5521  Rs. 13,87,490.21"
    )
    result = one(
        _two(), pay("p", "1599990.61", currency="INR", customer="c1", ref="IMPS/4410,5521", remittance=advice)
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-KX/24-25/4410": "212500.40", "i-KX/24-25/5521": "1387490.21"}


def test_a_line_saying_total_that_is_not_the_payment_is_still_read() -> None:
    # Near miss: "total" on a line whose figure is not the whole payment is that invoice's line, and the lines
    # then disagree with the payment: a person looks.
    advice = "KX/24-25/4410 total Rs. 2,12,500.40\nKX/24-25/5521  Rs. 13,00,000.00"
    result = one(
        _two(), pay("p", "1599990.61", currency="INR", customer="c1", ref="KX 4410 5521", remittance=advice)
    )
    assert result.status != Status.APPLIED


def _series() -> list[OpenInvoice]:
    return [
        inv("KX/24-25/20410", "41000.00", currency="INR"),
        inv("KX/24-25/21377", "150250.50", currency="INR"),
        inv("KX/24-25/22900", "9800.00", currency="INR"),
        inv("KX/24-25/21000", "77000.00", "c2", currency="INR", name="OTHER PHARMA"),
        inv("KX/24-25/30001", "5000.00", currency="INR"),
    ]


def test_a_range_thousands_of_numbers_wide_pays_the_payers_own_invoices_inside() -> None:
    # Other customers' invoices sit between the ends; only the payer's own three inside add up to the payment.
    result = one(
        _series(), pay("p", "201050.50", currency="INR", customer="c1", ref="CHQ 512200 BILLS 20410-22900")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {
        "i-KX/24-25/20410": "41000.00",
        "i-KX/24-25/21377": "150250.50",
        "i-KX/24-25/22900": "9800.00",
    }


def test_a_wide_range_whose_invoices_do_not_add_up_is_not_applied_as_one() -> None:
    # Near miss: the payer's invoices inside come to more than the payment; the ends are paid and the rest held.
    result = one(_series(), pay("p", "60000.00", currency="INR", customer="c1", ref="BILLS 20410-22900"))
    assert "i-KX/24-25/21377" not in apps(result)


def test_a_short_month_and_year_before_what_was_billed_names_the_period() -> None:
    paid = dt.date(2026, 3, 4)
    for text in ("settling all Jan-26 deliveries", "JAN26 BILLS", "Jan-26 ki sabhi invoices ka bhugtan"):
        assert billing_period(text, paid) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31)), text
    # Near misses: a date's month ("paid 14 Jan 26 invoices"), or two months named.
    assert billing_period("paid 14 Jan 26 invoices", paid) is None
    assert billing_period("Jan-26 bills and Feb-26 bills", paid) is None


def _months() -> list[OpenInvoice]:
    return [
        inv("KX/24-25/1101", "10000.00", currency="INR"),
        inv("KX/24-25/1102", "25000.00", currency="INR"),
        inv("KX/24-25/1103", "15000.00", currency="INR"),
        inv("KX/24-25/1104", "35000.00", currency="INR"),
        inv("KX/24-25/1105", "45000.00", currency="INR"),
        inv("KX/24-25/1106", "30000.00", currency="INR"),
    ]


def _dated(invoices: list[OpenInvoice]) -> list[OpenInvoice]:
    issued = [dt.date(2025, 11, 5), dt.date(2025, 12, 3), dt.date(2025, 12, 18), dt.date(2025, 11, 20)]
    issued += [dt.date(2025, 10, 9), dt.date(2025, 10, 30)]
    return [i.model_copy(update={"issue_date": d}) for i, d in zip(invoices, issued, strict=True)]


def _lump(ref: str) -> ReceivedPayment:
    payment = pay("p", "40000.00", currency="INR", customer="c1", ref=ref)
    return payment.model_copy(update={"date": dt.date(2026, 2, 2)})


def test_a_lump_for_a_named_months_supplies_pays_every_invoice_issued_in_it() -> None:
    # 25,000 + 15,000 = 40,000 is December's, but 1101 + 1106 (10,000 + 30,000) make 40,000 as well.
    result = one(_dated(_months()), _lump("UPI/1/DEC25 SUPPLIES"))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-KX/24-25/1102": "25000.00", "i-KX/24-25/1103": "15000.00"}


def test_a_lump_naming_a_month_whose_invoices_do_not_add_up_is_not_that_month() -> None:
    result = one(_dated(_months()), _lump("UPI/1/NOV25 SUPPLIES"))
    assert set(apps(result)) != {"i-KX/24-25/1101", "i-KX/24-25/1104"}


def _bill() -> list[OpenInvoice]:
    return [
        inv("KX/24-25/48120", "1000.00", currency="INR"),
        inv("KX/24-25/48121", "2500.00", currency="INR"),
    ]


def test_letters_before_a_banks_long_utr_are_not_the_series_of_the_invoice_after_it() -> None:
    result = one(
        _bill(),
        pay("p", "600.00", currency="INR", customer="c1", ref="RTGS/SBINR520264417730912/24-25/48120"),
    )
    assert apps(result) == {"i-KX/24-25/48120": "600.00"}


def test_the_same_digits_under_another_series_letters_are_still_not_our_invoice() -> None:
    # Near miss: "ZQ/24-25/48120" writes the digits under letters of a series we do not have.
    result = one(_bill(), pay("p", "600.00", currency="INR", customer="c1", ref="RTGS/ZQ/24-25/48120"))
    assert "i-KX/24-25/48120" not in apps(result)
