from __future__ import annotations

from decimal import Decimal

import pytest

from chalicelib.domain.amounts import find_amounts

CASES = [
    ("USD 1,234.56", "1234.56", "USD"),
    ("1.234,56 €", "1234.56", "EUR"),
    ("€1.234,56", "1234.56", "EUR"),
    ("£ 1,234", "1234.00", "GBP"),
    ("1 234,56 EUR", "1234.56", "EUR"),
    ("EUR 1.234,56", "1234.56", "EUR"),
    ("$1,234", "1234.00", "USD"),
    ("1234.56 dollars", "1234.56", "USD"),
    ("CHF 1'234.50", "1234.50", "CHF"),
    ("3 × 1 200,00 €", "1200.00", "EUR"),
    ("R$ 3.400,00", "3400.00", "BRL"),
    ("2.500 €", "2500.00", "EUR"),
    ("£5,400", "5400.00", "GBP"),
    ("4200 USD", "4200.00", "USD"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), CASES, ids=[c[0] for c in CASES])
def test_an_amount_is_read_exactly_with_its_currency(text: str, amount: str, currency: str) -> None:
    [found] = find_amounts(text)[:1]
    assert (found.value, found.currency) == (Decimal(amount), currency)


def test_numbers_without_a_currency_are_not_money() -> None:
    assert find_amounts("invoice 1042 dated 2026-03-01, PO 4500012345") == []


YEN_SIGN = [
    ("We will transfer ¥486,200 on Friday.", "486200.00", "JPY"),
    ("振込予定額は￥486,200です。", "486200.00", "JPY"),
    ("JP¥ 52,800 by the 25th", "52800.00", "JPY"),
    ("我们将于周五支付 ¥3,450.00", "3450.00", "CNY"),
    ("CN¥ 3,450.00", "3450.00", "CNY"),
    ("the remaining RMB ¥1,200 next week", "1200.00", "CNY"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), YEN_SIGN, ids=[c[0] for c in YEN_SIGN])
def test_the_yen_sign_is_the_yen_unless_the_text_is_chinese(text: str, amount: str, currency: str) -> None:
    # "¥" is both currencies' sign: kana or no Chinese at all reads the yen; Han without kana, or "RMB", the yuan.
    [found] = find_amounts(text)
    assert (found.value, found.currency) == (Decimal(amount), currency)
