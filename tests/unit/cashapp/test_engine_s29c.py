"""Session 29, third pass: books that restart their numbering each month ("FV 41/09/2026") paid in lists and
ranges whose later items read like dates; such a number paid on the day its digits spell."""

from __future__ import annotations

from datetime import date

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import candidate_keys
from tests.unit.cashapp.test_matching import apps, inv, one, pay

GARAGE = "Warsztat Kowalczyk Sp. z o.o."


def _monthly() -> list[OpenInvoice]:
    return [
        inv("FV 77/09/2026", "1250.40", "g", "PLN", GARAGE),
        inv("FV 3/10/2026", "980.10", "g", "PLN", GARAGE),
        inv("FV 14/11/2026", "400.00", "g", "PLN", GARAGE),
        inv("FV 15/11/2026", "310.55", "g", "PLN", GARAGE),
        inv("FV 16/11/2026", "89.45", "g", "PLN", GARAGE),
        # The same figures again: only the numbers tell which invoices are paid.
        inv("FV 6/10/2026", "980.10", "g", "PLN", GARAGE),
        inv("FV 21/11/2026", "400.00", "g", "PLN", GARAGE),
        inv("FV 3/11/2026", "980.10", "o", "PLN", "Auto Moto Lis s.c."),
    ]


def test_a_list_item_that_reads_like_a_date_after_a_labelled_monthly_number_is_an_invoice() -> None:
    payment = pay("p", "2230.50", currency="PLN", customer="g", ref="FV 77/09/2026, 3/10/2026", payer=GARAGE)
    result = one(_monthly(), payment)
    assert (result.status, apps(result)) == (
        Status.APPLIED,
        {"i-FV 77/09/2026": "1250.40", "i-FV 3/10/2026": "980.10"},
    )


def test_ranges_of_a_monthly_book_are_read_whole() -> None:
    want = {"i-FV 14/11/2026": "400.00", "i-FV 15/11/2026": "310.55", "i-FV 16/11/2026": "89.45"}
    for ref in ("FV 14-16/11/2026", "faktury 14 do 16/11/2026", "FV 14/11/2026 - FV 16/11/2026"):
        result = one(_monthly(), pay("p", "800.00", currency="PLN", ref=ref, payer="WARSZTAT KOWALCZYK"))
        assert (result.status, apps(result)) == (Status.APPLIED, want), ref


def test_date_shaped_items_without_an_invoice_label_stay_dates() -> None:
    # Near misses: a billing period and a list of dates name no invoices; a date after "z dnia" is the
    # invoice's date; a range whose ends are in different months is no range of one month, and "do" before
    # another month is "by" a due date.
    assert candidate_keys("za okres 1-15/11/2026") == []
    assert candidate_keys("zaplata 1/11/2026, 2/11/2026") == []
    assert "2112026" not in candidate_keys("FV 12/11/2026 z dnia 2/11/2026")
    assert "60112026" not in candidate_keys("FV 59/10/2026 - 61/11/2026")
    assert "15122026" not in candidate_keys("FV 12/11/2026 do 15/12/2026")


def test_a_monthly_number_paid_on_the_day_its_digits_spell_still_names_its_invoice() -> None:
    ledger = [
        inv("FV 30/11/2026", "5210.00", "g", "PLN", GARAGE),
        inv("FV 8/11/2026", "75.00", "g", "PLN", GARAGE),
    ]
    payment = pay(
        "p",
        "5000.00",
        currency="PLN",
        ref="FV 30/11/2026",
        remittance="FV 30/11/2026: reklamacja, uszkodzone tarcze - potracono 210,00 PLN",
        payer=GARAGE,
    ).model_copy(update={"date": date(2026, 11, 30)})
    result = one(ledger, payment)
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-FV 30/11/2026": "5000.00"}
    assert result.short_pay is not None and result.short_pay.amount == 210
    # Near miss: a bank run numbered by that day ("RUN 30112026") names no invoice.
    run = pay("p2", "5000.00", currency="PLN", ref="PRZELEW RUN 30112026", payer=GARAGE).model_copy(
        update={"date": date(2026, 11, 30)}
    )
    assert not apps(one(ledger, run))


def test_a_series_named_like_a_month_before_its_digits_is_no_date() -> None:
    # "APR 2608-0064" is a Romanian series and its number, not April of the year 2608.
    assert "26080064" in candidate_keys("CONTRAVALOARE FACTURA APR 2608-0064")
    ledger = [
        inv("APR-2608-0064", "920.78", "r", "RON", "Piese Auto Dobrescu S.R.L."),
        inv("APR-2608-0070", "55.00", "r", "RON", "Piese Auto Dobrescu S.R.L."),
        inv("APR-2608-0071", "185.27", "e", "EUR", "Euro Truck Service S.R.L."),
    ]
    euros = pay(
        "p",
        "185.27",
        currency="EUR",
        customer="r",
        ref="CONTRAVALOARE FACTURA APR 2608-0064",
        payer="PIESE AUTO",
    )
    result = one(ledger, euros)
    assert (result.status, result.candidates) == (Status.REVIEW, [["i-APR-2608-0064"]])
    # Near miss: a month and a real year still read as a date.
    assert candidate_keys("servicii APR 2026") == []


def test_a_bank_fee_in_three_decimal_dinars_is_about_fifty_dollars_not_fifty_dinars() -> None:
    # 12.500 KWD short (about forty dollars) is what a transfer costs; 35.000 KWD (over a hundred) is not, and with
    # nothing said it is a part payment, as any other unexplained shortfall of that size.
    ledger = [inv("INV-5001", "5000.000", "k", "KWD", "Al Sabah Trading Co. W.L.L.")]
    fee = one(ledger, pay("p1", "4987.500", currency="KWD", customer="k", ref="INV-5001"))
    assert fee.status is Status.PARTIAL and fee.short_pay is not None
    assert fee.short_pay.reason == "bank_fee"
    part = one(ledger, pay("p2", "4965.000", currency="KWD", customer="k", ref="INV-5001"))
    assert part.status is Status.PARTIAL
    assert part.short_pay is None or part.short_pay.reason != "bank_fee"
