"""An instalment's place in a plan ("1/3") says part payment; a date's slashes do not."""

from __future__ import annotations

import pytest

from chalicelib.domain.cashapp.references import says_part_payment


@pytest.mark.parametrize(
    "text",
    [
        "instalment 1/3",
        "payment 2 of 4",
        "Rate 1 von 3",
        "cuota 3 de 5",
        "échéance 2 sur 6",
        "teilzahlung",
    ],
)
def test_an_instalment_s_place_is_a_part_payment(text: str) -> None:
    assert says_part_payment(text)


@pytest.mark.parametrize(
    "text",
    [
        # A Japanese advice's lines: invoice, issue date, amount.
        "JP25-10441    2025/11/12    ¥3,580,830",
        "Inv 4411 dated 12/03/2026",
        "Factura 2026/118 del 03.02.2026",
        "invoice 10441 of 2025",
    ],
)
def test_a_date_or_a_year_is_no_instalment(text: str) -> None:
    assert not says_part_payment(text)
