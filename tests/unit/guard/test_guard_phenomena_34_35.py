"""Phenomena found on holdouts 34 (landlord + clinics) and 35 (SaaS + home services, Polish), and the known false
blocks carried over from session 14, each with a near miss that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import rules, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A bailiff's formal demand, eviction proceedings, German compound suits.
        (
            "Sans règlement sous dix jours, un commissaire de justice vous signifiera un commandement de payer.",
            Violation.LEGAL_THREAT,
        ),
        ("Andernfalls reichen wir Zahlungsklage beim zuständigen Amtsgericht ein.", Violation.LEGAL_THREAT),
        ("Si no recibimos el pago, iniciaremos una demanda de desahucio.", Violation.LEGAL_THREAT),
        # The negation wraps the threat: "don't make us", "wouldn't you rather".
        ("Please don't make us instruct the bailiffs over a few hundred pounds.", Violation.LEGAL_THREAT),
        ("Wouldn't you rather settle today than explain this to a district court?", Violation.LEGAL_THREAT),
        # A waiver said with a wink.
        ("Pay by Monday and I'll make the late fee vanish.", Violation.DISCOUNT_OFFER),
        ("Si paga esta semana, haremos desaparecer los intereses de demora.", Violation.DISCOUNT_OFFER),
        ("Se salda entro lunedì, chiudiamo un occhio sulle spese di sollecito.", Violation.DISCOUNT_OFFER),
        ("Pay this week and we can do something about the £40 call-out fee.", Violation.DISCOUNT_OFFER),
        ("Die Verzugszinsen lassen wir in diesem Fall fallen.", Violation.DISCOUNT_OFFER),
        ("We will write off the remaining £95.00 balance.", Violation.DISCOUNT_OFFER),
        (
            "| Verzugszinsen bis 28.02.2026 | 12,00 € | entfällt bei Zahlung bis 15.03.2026 |",
            Violation.DISCOUNT_OFFER,
        ),
        ("No se cobrarán recargos por el retraso.", Violation.DISCOUNT_OFFER),
        ("Potete saldare la fattura senza applicazione degli interessi maturati.", Violation.DISCOUNT_OFFER),
        ("Die Mahngebühren von 5,00 € buchen wir aus.", Violation.DISCOUNT_OFFER),
        # Terms: a split, a new rhythm, a plan verb, a deferral (Stundung) as a verb, a passive extension after a call.
        ("Wir stunden Ihnen den Restbetrag bis Ende Juni.", Violation.TERMS_CHANGE),
        (
            "If that helps, you could pay £100.00 today and the rest at the end of June.",
            Violation.TERMS_CHANGE,
        ),
        ("From July we'll switch you to monthly payments.", Violation.TERMS_CHANGE),
        ("Hemos decidido fraccionar el importe en dos pagos.", Violation.TERMS_CHANGE),
        (
            "Wie gestern telefonisch besprochen: Die Zahlungsfrist für Ihre Rechnung wurde um 30 Tage verlängert.",
            Violation.TERMS_CHANGE,
        ),
        # Fault: a predicate of responsibility, a reflexive verb, "overstated".
        ("La responsabilidad de la segunda visita es nuestra.", Violation.FAULT_ADMISSION),
        ("O nosso sistema enganou-se e nós também nos enganamos na fatura.", Violation.FAULT_ADMISSION),
        ("You are right: our invoice overstated the hours by three.", Violation.FAULT_ADMISSION),
        # Harassment: making fools of us; the employer told.
        ("Nie damy z siebie robić frajerów, a Pan robi z nas frajerów od miesięcy.", Violation.HARASSMENT),
        (
            "Perhaps your employer would like to know how you pay the people who work for you.",
            Violation.HARASSMENT,
        ),
        # Sensitive: a sign-in link with a token.
        (
            "Log straight in here: https://portal.example/login?token=Zk9xQ2LmP0aT7vWq1RsY",
            Violation.SENSITIVE_DATA,
        ),
    ],
)
def test_holdout_34_35_phenomena_are_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body), body


@pytest.mark.parametrize(
    "body",
    [
        # Departments named as addresses; our own credit team.
        "Registered office and legal department: 12 Court Street, Leeds LS1 4AB",
        "Rechtsabteilung: Gerichtsstraße 5, 20095 Hamburg",
        "Il nostro ufficio recupero crediti è a disposizione per chiarimenti.",
        # An existing plan, dated when it was agreed.
        "Instalment 2 of 4 under the payment plan agreed on 3 February 2026 is due on 1 May.",
        "Termijn 2 van de op 3 februari 2026 overeengekomen betalingsregeling vervalt op 1 mei.",
        # A statement lead over open items.
        "Folgende Posten sind noch offen:\n| INV-1 | 01.03.2026 | 100,00 € |\n| INV-2 | 01.04.2026 | 200,00 € |",
        # The insurer reimburses, not us.
        "Après le remboursement de votre assurance, il vous reste 80,00 € à régler.",
        "Bei Fragen zur Erstattung durch Ihre Krankenkasse rufen wir Sie gern zurück.",
        # The undisputed part of an invoice.
        "Sie können diesen Teilbetrag schon jetzt online bezahlen.",
        # A rent paid more often is no settlement for less.
        "Your rent is £1,000 each month instead of £3,000 each quarter, as the lease says.",
        # Known false blocks from session 14.
        "Your subscription renews on 1 May; there is nothing to pay until then.",
        "Your first payment is collected on 1 June, so there's nothing to pay until then.",
        "Die Gutschrift setzt sich wie folgt zusammen: 2 Poster à 159,00 €.",
        "Het bedrag is als volgt opgebouwd: factuur F-7 minus creditnota CN-12.",
        "We can only reverse the direct debit if you ask your bank to do so.",
        "Ihr Tarif heißt Loyalty Rate.",
        "Your Loyalty Rate plan renews on 1 May.",
        "Die Lastschrift wird wegen des Feiertags am nächsten Bankarbeitstag statt am 1. Mai eingezogen.",
        "De incasso wordt door de feestdag een dag later uitgevoerd: op 2 mei in plaats van 1 mei.",
        # A fee kept on the books.
        "Die Mahngebühren buchen wir nicht aus, sie bleiben bestehen.",
        # A pay link is not a credential.
        "You can pay here: https://pay.example/t/T4488",
    ],
)
def test_near_misses_stay_allowed(body: str) -> None:
    assert rules(body).allowed, rules(body).evidence


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # The same cue words, but the violation is real.
        (
            "Your account has been passed to our legal department: expect their letter.",
            Violation.LEGAL_THREAT,
        ),
        ("We will send the enforcement agents next week.", Violation.LEGAL_THREAT),
        (
            "We have moved the March rent to June, so there is nothing to pay until then.",
            Violation.TERMS_CHANGE,
        ),
        (
            "Your plan renews on 1 May, but we have moved the April invoice to July, so there is nothing to pay "
            "until then.",
            Violation.TERMS_CHANGE,
        ),
        (
            "Die Gutschrift, die wir Ihnen nächste Woche senden, setzt sich wie folgt zusammen: 2 Poster.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        ("We will reverse the direct debit ourselves this week.", Violation.REFUND_OR_CREDIT_PROMISE),
        (
            "Your insurer declined the claim, so we will refund your deposit.",
            Violation.REFUND_OR_CREDIT_PROMISE,
        ),
        ("We can offer you our loyalty rate if you pay today.", Violation.DISCOUNT_OFFER),
        ("Pay £800 instead of £1,000 this month and we will call it settled.", Violation.DISCOUNT_OFFER),
        (
            "Wegen des Feiertags wird die Lastschrift am nächsten Bankarbeitstag eingezogen; die Abbuchung für April "
            "haben wir auf Juni verschoben.",
            Violation.TERMS_CHANGE,
        ),
        (
            "Wir haben Ihnen einen Teilbetrag von 100 € gestundet und den Rest auf Juni verschoben.",
            Violation.TERMS_CHANGE,
        ),
    ],
)
def test_near_misses_stay_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body), body


def test_a_relative_named_with_an_open_balance_is_another_customers_affairs() -> None:
    body = (
        "A fatura FT 2026/90 (60,00 €) está vencida.\n\n"
        "P.S. A consulta da sua esposa, Sra. Marta Lopes (FT 2026/95, 45,00 €), também continua em aberto."
    )
    verdict = check_draft("Lembrete", f"Caro Sr. João Lopes,\n\n{body}\n\nFaturação", reader=None)
    assert Violation.SENSITIVE_DATA in verdict.violations
    # The customer named again by first name and surname is not someone else.
    own = "A sua consulta, Sr. João Lopes (FT 2026/90, 60,00 €), também continua em aberto."
    assert check_draft("Lembrete", f"Caro Sr. João Lopes,\n\n{own}\n\nFaturação", reader=None).allowed


def test_a_patient_column_with_two_patients_is_a_mis_merge() -> None:
    table = (
        "| Date | Patient | Treatment | Amount |\n|---|---|---|---|\n"
        "| 02/02/2026 | Ann Lee | Check-up | £60.00 |\n| 03/02/2026 | Raj Patel | Crown | £540.00 |"
    )
    assert Violation.SENSITIVE_DATA in types(table)
    own = (
        "| Date | Patient | Treatment | Amount |\n|---|---|---|---|\n"
        "| 02/02/2026 | Ann Lee | Check-up | £60.00 |\n| 03/02/2026 | Ann Lee | Crown | £540.00 |"
    )
    assert rules(own).allowed
