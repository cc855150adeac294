"""Session 35: exposure threatened on a condition that the customer does not pay ("if payment does not follow, we
will let your distributors know how you treat your suppliers"), in en, fr, de and nl. Kept clear: a polite "if your
customers ask, please tell them the new dates", an "if" asking us to be told, and the trade told new delivery dates
on a condition. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import H, types


@pytest.mark.parametrize(
    "body",
    [
        "If payment does not follow by Friday, we will let your distributors know how you treat your suppliers.",
        "If the invoice is still not paid next week, I'll tell your customers how you pay your suppliers.",
        "Si le paiement n'arrive pas, nous informerons vos clients de la façon dont vous payez vos fournisseurs.",
        "Wenn die Zahlung nicht bis Freitag eingeht, werden wir Ihre Kunden informieren, dass Sie nicht zahlen.",
        "Als de betaling niet binnen is, laten wij uw klanten weten dat u uw leveranciers niet betaalt.",
    ],
)
def test_exposure_on_condition_of_not_paying_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "If your customers ask, please let them know the new delivery dates.",
        "If payment is not possible this week, please let us know and we will pass it to our credit manager.",
        "If your customers have not received their orders, we will inform your distributors of the new delivery dates.",
        "Si vos clients n'ont pas reçu leurs commandes, nous informerons vos distributeurs des nouvelles dates.",
    ],
)
def test_conditions_that_are_not_threats_stay_clear(body: str) -> None:
    assert check_draft("Invoice reminder", body, reader=None).allowed
