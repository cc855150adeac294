"""Numeric grounding: a changed amount, date or invoice number is caught; the ledger's own figures pass."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chalicelib.domain.grounding import GroundingFacts, check_grounding

FACTS = GroundingFacts(
    amounts=frozenset(
        {(Decimal("4200.00"), "USD"), (Decimal("3150.00"), "EUR"), (Decimal("1840.00"), "EUR")}
    ),
    dates=frozenset({date(2026, 2, 19), date(2026, 2, 20)}),
    invoice_numbers=frozenset({"INV-1042", "INV-3120"}),
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.text) for i in check_grounding(text, FACTS, today=date(2026, 3, 10))]


def test_the_ledgers_own_figures_in_several_languages_are_grounded() -> None:
    assert kinds("Invoice INV-1042 for USD 4,200.00 was due on 19 February 2026.") == []
    assert kinds("La factura INV-3120 por 3.150,00 € venció el 20 de febrero de 2026.") == []
    assert kinds("La facture 3120 de 1 840,00 € était due le 20 février 2026.") == []
    assert kinds("Die Rechnung INV-1042 über USD 4,200.00 war am 19.02.2026 fällig.") == []


def test_a_changed_amount_is_caught_in_us_and_european_formats() -> None:
    assert kinds("Please pay $4,000.00 for INV-1042.") == [("amount", "$4,000.00")]
    assert kinds("Bitte zahlen Sie 3.105,00 € für INV-3120.") == [("amount", "3.105,00 €")]


def test_a_changed_invoice_number_is_caught_with_or_without_a_prefix() -> None:
    assert kinds("INV-1024 for USD 4,200.00 is overdue.") == [("invoice_number", "INV-1024")]
    assert kinds("Invoice 1024 is overdue.") == [("invoice_number", "1024")]
    assert kinds("Invoice 1042 is overdue.") == []


def test_a_changed_date_is_caught_but_relative_words_are_not_facts() -> None:
    issues = kinds("INV-1042 was due on 21 February 2026. Please pay by Friday.")
    assert issues == [("date", "21 February 2026")]


def test_dates_without_a_year_match_by_day_and_month_even_without_today() -> None:
    assert check_grounding("INV-1042 was due on 19 February.", FACTS) == []
