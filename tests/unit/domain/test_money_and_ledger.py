from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from chalicelib.domain.money import CurrencyError, Money, parse_amount
from tests.factories import customer, invoice


def test_money_rounds_to_the_currencys_minor_unit_half_up() -> None:
    assert Money.of("10.005", "USD").amount == Decimal("10.01")
    assert Money.of("1000.5", "JPY").amount == Decimal("1001")
    assert Money.of("1.0005", "KWD").amount == Decimal("1.001")


def test_money_refuses_to_mix_currencies() -> None:
    with pytest.raises(CurrencyError):
        _ = Money.of("1", "USD") + Money.of("1", "EUR")


@pytest.mark.parametrize("text", ["1,200.00", "12 EUR", "", "NaN", "Infinity"])
def test_amounts_that_are_not_plain_decimals_are_errors(text: str) -> None:
    with pytest.raises(CurrencyError):
        parse_amount(text)


def test_unknown_currency_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown currency"):
        invoice(due=date(2026, 3, 1), currency="EURO")


def test_negative_total_and_due_before_issue_are_rejected() -> None:
    with pytest.raises(ValidationError, match="total must not be negative"):
        invoice(due=date(2026, 3, 1), amount="-5")
    with pytest.raises(ValidationError, match="before issue date"):
        invoice(due=date(2026, 3, 1), issue_date=date(2026, 4, 1))


def test_balance_above_total_is_rejected() -> None:
    with pytest.raises(ValidationError, match="exceeds total"):
        invoice(due=date(2026, 3, 1), amount="10", balance="11")


def test_unknown_time_zone_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        customer(time_zone="Mars/Olympus")
