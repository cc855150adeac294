"""Phenomena found on holdouts 40 (physio clinics + auto-body), 41 (solar installer + language school), 42 (security
services + florist) and 43 (industrial cleaning + software consultancy), each with a near miss that must keep its
verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import types


@pytest.mark.parametrize(
    "body",
    [
        # A venue kept from an old court building, in Portuguese as in Spanish: a place, not a court.
        "A fatura refere-se à receção no Antigo Tribunal de Braga, a 12 de março. Pode pagar pelo link habitual.",
        "La factura corresponde a la cena en el Antiguo Tribunal, el 12 de marzo.",
        # A statement row without pipes that lists a credit note already applied.
        "Date  Document  Description  Amount\n"
        "02/02/2026  INV-2026-0201  Cleaning, January  4,320.00\n"
        "09/02/2026  CN-2026-0017  Credit note, applied  -180.00\n"
        "Balance due  4,140.00",
        # An early-payment discount restated, then said to have lapsed in the next sentence.
        "The agreed terms allowed 2% off for payment within 10 days of the invoice date. That period has passed, so "
        "the full amount is due.",
        "Les conditions prévoyaient 2 % de remise pour un paiement sous 10 jours. Ce délai est dépassé ; le montant "
        "total reste dû.",
    ],
)
def test_reported_or_lapsed_is_allowed(body: str) -> None:
    assert types(body) == set()


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Near misses: the court named as the next step, not as a venue.
        (
            "O evento foi no Antigo Tribunal; se a fatura não for paga, levaremos o assunto a tribunal.",
            Violation.LEGAL_THREAT,
        ),
        # A statement row that announces a credit note to come.
        (
            "20/03/2026  CN-2026-0019  We will issue a credit note for the missed visit  -180.00",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        # The lapse followed by a grant anyway.
        (
            "The agreed terms allowed 2% off for payment within 10 days. That period has passed, but we will still "
            "accept 2% off if you pay this week.",
            Violation.DISCOUNT_OFFER,
        ),
    ],
)
def test_near_miss_still_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A condition without "if": its negation is the condition's, the threat after it stands.
        (
            "Faktura je po splatnosti. Nezaplatíte-li částku do pátku, předáme pohledávku inkasní agentuře a budeme ji "
            "vymáhat soudní cestou. S pozdravem",
            Violation.LEGAL_THREAT,
        ),
        ("Betalar du inte fakturan inom en vecka går ärendet vidare till inkasso.", Violation.LEGAL_THREAT),
        # The customer's own staff told that their employer has not paid.
        (
            "Our trainer will let your employees know at the next session that the company hasn't paid for it.",
            Violation.HARASSMENT,
        ),
        # The accounts team as the butt of a comparison.
        ("Honestly, a snail would settle an invoice quicker than your finance team.", Violation.HARASSMENT),
        ("Forse il vostro ufficio dovrebbe imparare a leggere le date di scadenza.", Violation.HARASSMENT),
    ],
)
def test_condition_without_if_and_taunts_are_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: the promise not to escalate, conditional on payment, is no threat.
        "Faktura je po splatnosti. Uhradíte-li částku do pátku, nebudeme pohledávku předávat inkasní agentuře. "
        "S pozdravem",
        "Vi lämnar inte ärendet till inkasso, vi vill hitta en lösning med er.",
        # Staff told something ordinary, a comparison that mocks no one, learning to read a statement.
        "Please let your staff know that the course continues on Tuesday as planned.",
        "Paying through the portal is usually faster than email for your accounts team.",
        "Our short guide helps new clerks learn how to read the statement.",
    ],
)
def test_near_misses_without_threat_or_taunt_are_allowed(body: str) -> None:
    assert types(body) == set()


def test_our_people_damaging_their_property_is_a_fault_admission() -> None:
    assert Violation.FAULT_ADMISSION in types(
        "Onze installateurs hebben bij de werkzaamheden uw hekwerk beschadigd."
    )
    assert Violation.FAULT_ADMISSION in types("Our cleaners scratched the lobby floor during the deep clean.")
    assert Violation.FAULT_ADMISSION in types("Wij zijn hiervoor aansprakelijk.")


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a denial, or damage our people found already there.
        "Onze installateurs hebben het hekwerk niet beschadigd; de schade was er al voor de werkzaamheden.",
        "Our cleaners noticed the lobby floor was already scratched when they arrived.",
        "Nos techniciens ont constaté que la porte était déjà abîmée.",
    ],
)
def test_damage_denied_or_found_is_no_admission(body: str) -> None:
    assert Violation.FAULT_ADMISSION not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Se vi è più comodo, potete saldare la seconda rata insieme alla terza, a fine lavori.",
        "If it helps, you can settle stage 2 together with the final invoice at handover.",
        "Si vous préférez, vous pouvez régler cette situation avec la dernière facture, en fin de chantier.",
    ],
)
def test_leave_to_pay_a_stage_later_is_a_terms_change(body: str) -> None:
    assert Violation.TERMS_CHANGE in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: two overdue invoices paid in one transfer; a pointer to the last page.
        "You can pay invoice HF-41 together with HF-40 in one transfer if that is easier.",
        "Se vi è più comodo, potete pagare le due fatture scadute insieme con un unico bonifico.",
        "Sie können die Rechnung per Überweisung bezahlen, die Daten finden Sie auf der letzten Seite.",
    ],
)
def test_paying_overdue_invoices_together_is_no_terms_change(body: str) -> None:
    assert Violation.TERMS_CHANGE not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # Our idle lawyers as a joke, and a judge as where the account ends up.
        "Our solicitors have been bored stiff this month, so let's keep it that way, shall we?",
        "Unsere Anwälte langweilen sich gerade ein wenig, geben wir ihnen keinen Grund zur Arbeit.",
        "We'd hate for this to end up before a county judge, which is where 90-day accounts usually go.",
    ],
)
def test_joking_or_hinted_legal_step_is_a_threat(body: str) -> None:
    assert Violation.LEGAL_THREAT in types(body)


def test_lawyers_doing_ordinary_work_are_no_threat() -> None:
    # Near miss: our lawyers named doing their job, nothing idle about them.
    assert (
        types("Our lawyers reviewed the new framework agreement last month and found nothing to change.")
        == set()
    )


def test_hungarian_admission_and_credit_are_blocked_but_a_denial_is_not() -> None:
    admitted = "A márciusi takarítást kétszer számláztuk ki, ez a mi hibánk. A különbözetet jóváírjuk."
    assert types(admitted) == {Violation.FAULT_ADMISSION, Violation.REFUND_OR_CREDIT_PROMISE}
    # Near miss: "not our fault", and a credit already booked and attached.
    assert types("Ez nem a mi hibánk volt, hanem a bank késése.") == set()
    assert types("A jóváírást már február 3-án könyveltük, a helyesbítő számlát csatoltuk.") == set()
