"""Moveable holidays, week numbers across the new year, and ordinal signs, as customers write them."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.domain.relative_dates import find_dates


@pytest.mark.parametrize(
    ("text", "today", "want"),
    [
        ("vou pagar na quarta-feira de cinzas", date(2027, 2, 1), date(2027, 2, 10)),
        ("we'll pay the monday after thanksgiving", date(2026, 11, 20), date(2026, 11, 30)),
        ("wir zahlen am Karfreitag", date(2027, 3, 1), date(2027, 3, 26)),
        ("we betalen factuur 7488 in week 2", date(2026, 12, 18), date(2027, 1, 15)),
        ("rientrerò in ufficio il 1° marzo", date(2027, 2, 20), date(2027, 3, 1)),
        ("el viernes de la semana que entra", date(2027, 2, 3), date(2027, 2, 12)),
        ("zapłacona wczoraj przelewem", date(2027, 3, 3), date(2027, 3, 2)),
    ],
)
def test_the_date_is_read(text: str, today: date, want: date) -> None:
    direction = "past" if "wczoraj" in text else "future"
    assert [f.value for f in find_dates(text, today, direction=direction)] == [want]


def test_after_a_holiday_is_no_day_at_all() -> None:
    assert find_dates("we will pay after Easter", date(2027, 3, 1)) == []
