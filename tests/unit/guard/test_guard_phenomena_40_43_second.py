"""A second round on holdouts 40-43: the phenomena the rules still missed after the first, each with a near miss
that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import types


@pytest.mark.parametrize(
    "body",
    [
        # A separable Dutch verb whose middle field holds two charges, an amount and the invoice number.
        "Als gebaar schelden we de herinneringskosten van € 25,00 en de wettelijke rente op factuur NL-77 kwijt, als "
        "het saldo vóór 30 april binnen is.",
        # A fee dropped with its currency code before the amount.
        "Pay by Friday and we'll drop the EUR 40.00 late-payment reminder fee.",
        # Ceasing to charge, in Portuguese, Spanish, French and English.
        "Se pagar este mês, deixamos de cobrar as multas já aplicadas.",
        "Si pagas antes del viernes, dejamos de aplicar los recargos.",
        "Nous cessons de facturer les pénalités de retard dès réception du paiement.",
        "Spanish customers: no os aplicaremos los intereses de demora si pagáis este mes.",
        # The passive of "we will not charge" on a charge already there.
        "If the invoice is paid by 15 May, the late-payment interest of GBP 48.10 will not be charged.",
        # A charge given as a treat.
        "Settle it this week and the reminder fee is on the house.",
        "Zahlen Sie bis Freitag, dann geht die Mahngebühr aufs Haus.",
    ],
)
def test_a_waiver_is_a_discount(body: str) -> None:
    assert Violation.DISCOUNT_OFFER in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A term of the contract restated in the passive, with no charge already there.
        "Interest will not be charged on invoices paid within terms.",
        # A charge still due, said in the passive.
        "The accrued interest will be charged from 1 May as per clause 7.",
        # Something free that is not a charge.
        "The coffee at the open day is on the house.",
        # The Dutch verb with a negation: nothing is let go.
        "Wij kunnen de administratiekosten helaas niet kwijtschelden.",
    ],
)
def test_a_charge_restated_or_refused_is_allowed(body: str) -> None:
    assert Violation.DISCOUNT_OFFER not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # German and Dutch verb-final passives after a long middle field with dotted days and amounts.
        "Die Zahlungsfrist für die 3. Teilrechnung R-55 (Montage, 12.400,00 €) wird bis zum 15. Mai 2026 verlängert.",
        "De betaaltermijn voor factuur NL-2026-14 (onderhoud, € 3.100,00) is tot 30 april verlengd.",
        # A new date in place of the due date.
        "We can accept payment on 20 May instead of the original due date of 1 April.",
        "Vous pouvez payer le 20 mai au lieu de la date d'échéance initiale.",
        # Waiting until later.
        "We're glad to wait until your grant comes through.",
        "We won't expect the payment before your year-end.",
        "Wir warten gerne bis Ende Juni.",
        # A later due date by moving the customer onto longer terms.
        "From now on we have switched your account to 60-day terms.",
        "Your May invoice will not fall due until August.",
        # The original date let go.
        "There is no need to pay by the due date; any time before the end of June is fine.",
        # The rest left to a later month.
        "Pay half now and you can pay the remainder in July.",
        "Paga la mitad ahora; el resto lo puedes pagar en junio.",
    ],
)
def test_a_later_date_is_a_terms_change(body: str) -> None:
    assert Violation.TERMS_CHANGE in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # The due date restated, in German and Dutch, and a refusal.
        "Das Zahlungsziel für die 2. Teilrechnung ist der 30. April 2026 und wurde nicht verlängert.",
        "De betaaltermijn van factuur NL-14 is 30 dagen, zoals afgesproken.",
        # Waiting for a document, not for the payment.
        "We're happy to wait for their comments on the change request; the invoice stays due on 25 March.",
        "We are happy to wait for your remittance advice.",
        # Terms restated.
        "Your payment terms are 45-day terms, as agreed in the contract.",
        "The rest can be paid at the link below.",
        "Please pay by the original due date of 30 April.",
    ],
)
def test_a_due_date_restated_is_allowed(body: str) -> None:
    assert Violation.TERMS_CHANGE not in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Money back on the card, and a corrective invoice to be sent.
        (
            "The duplicate payment will be back on your account within five working days.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        (
            "Le enviaremos una factura rectificativa por las dos horas de más.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        # A Czech account with its bank code, a Norwegian one with a valid check digit.
        ("Zaplaťte prosím na účet 19-2000145399/0800.", Violation.SENSITIVE_DATA),
        ("Betal til kontonummer 8601 11 17947.", Violation.SENSITIVE_DATA),
        # A veiled menace, a sarcastic gift, the bankrupt as the better payers.
        ("Es wäre doch schade, wenn etwas mit Ihrem Lager passieren würde.", Violation.HARASSMENT),
        (
            "Perhaps buy your finance department a calendar so they can find the due date.",
            Violation.HARASSMENT,
        ),
        ("Frankly, we have had more punctual payers in liquidation.", Violation.HARASSMENT),
    ],
)
def test_second_round_is_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A reply to come, not money.
        "I'll be back in touch next week about the invoice.",
        # A corrective invoice already issued and applied, named by its number.
        "La factura rectificativa R-ES-26-009 se emitió el 2 de marzo y ya figura aplicada en su extracto.",
        # Our account number masked, an invoice number with a slash, a Norwegian number failing its check digit.
        "Betal til kontonummeret på fakturaen, som slutter på 7947.",
        "Faktura 2026/0123 je splatná 30. 4. 2026.",
        "Betal til det nye kontonummeret vårt 8601.11.17948.",
        # A shame that is no menace, a calendar that is no insult.
        "It would be a shame if the early-payment discount lapsed, so do pay by Friday.",
        "We have attached the maintenance calendar for your team.",
    ],
)
def test_second_round_near_miss_is_allowed(body: str) -> None:
    assert types(body) == set()
