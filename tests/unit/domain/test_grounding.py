from __future__ import annotations

from datetime import date
from decimal import Decimal

from chalicelib.domain.grounding import GroundingFacts, check_grounding

TODAY = date(2026, 3, 10)
FACTS = GroundingFacts(
    amounts=frozenset({(Decimal("4200.00"), "USD"), (Decimal("3150.00"), "EUR")}),
    dates=frozenset({date(2026, 2, 19), date(2026, 2, 20)}),
    invoice_numbers=frozenset({"INV-1042", "INV-3120"}),
)


def test_a_draft_that_restates_the_ledger_is_grounded() -> None:
    text = "Invoice INV-1042 for USD 4,200.00 was due on 19 February 2026. Factura INV-3120 por 3.150,00 € venció el 20/02/2026."
    assert check_grounding(text, FACTS, today=TODAY) == []


def test_a_changed_amount_is_caught() -> None:
    issues = check_grounding("Please pay $4,000.00 for INV-1042.", FACTS, today=TODAY)
    assert [(i.kind, i.text) for i in issues] == [("amount", "$4,000.00")]


def test_a_changed_invoice_number_is_caught() -> None:
    issues = check_grounding("Invoice INV-1024 for USD 4,200.00 is overdue.", FACTS, today=TODAY)
    assert [(i.kind, i.text) for i in issues] == [("invoice_number", "INV-1024")]


def test_a_changed_due_date_is_caught_but_relative_words_are_not_facts() -> None:
    issues = check_grounding(
        "INV-1042 was due on 29 February... sorry, 21 February 2026. Pay by Friday.", FACTS, today=TODAY
    )
    assert [i.kind for i in issues] == ["date"]
    assert "21 February 2026" in issues[0].text


def test_a_multi_part_invoice_number_is_read_whole() -> None:
    facts = GroundingFacts(
        amounts=frozenset(), dates=frozenset(), invoice_numbers=frozenset({"INV-2026-0042"})
    )
    assert check_grounding("Invoice INV-2026-0042 is overdue.", facts, today=TODAY) == []
    assert [i.text for i in check_grounding("Invoice INV-2026-0043 is overdue.", facts, today=TODAY)] == [
        "INV-2026-0043"
    ]
