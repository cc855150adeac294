"""Phenomena found on holdouts 38 (dental laboratory + coworking operator, Polish and Swedish) and 39 (IT training
provider + event caterer, Danish and Finnish), each with a near miss that must keep its verdict.

The sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import rules, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A regretted step is still put to the customer: "we would rather not have to ...".
        (
            "Preferiríamos no tener que pasar su expediente a una agencia de cobro, pero sin pago no habrá otra opción.",
            Violation.LEGAL_THREAT,
        ),
        (
            "We'd honestly rather not have to hand this over to a debt collection agency.",
            Violation.LEGAL_THREAT,
        ),
        # Setting lawyers on someone, even with a wink.
        ("Pay this week or we'll set our debt collectors on you, ha.", Violation.LEGAL_THREAT),
        # Something given free for paying is a discount.
        ("Wenn Sie heute zahlen, we'll throw in a free month of desk rental.", Violation.DISCOUNT_OFFER),
        ("Se paghi entro venerdì, ti regaliamo un mese di abbonamento.", Violation.DISCOUNT_OFFER),
        # A surcharge taken off, with where it comes off between the verb and the charge.
        ("Si pagáis hoy, os quitamos de la cuenta el suplemento de transporte.", Violation.DISCOUNT_OFFER),
        # Polish: the whole debt deemed settled for less, with the invoice and sum in between.
        (
            "Jeśli wpłaci Pan 1 500,00 zł, uznamy całe zadłużenie z tytułu faktury FV-2026-117 w kwocie 1 900,00 zł "
            "za uregulowane.",
            Violation.DISCOUNT_OFFER,
        ),
        # Terms lengthened from one number of days to another.
        ("With immediate effect your payment terms move from 30 to 60 days.", Violation.TERMS_CHANGE),
        ("Das Zahlungsziel ändern wir von 14 auf 45 Tage.", Violation.TERMS_CHANGE),
        # Permission to pay in parts, Portuguese/Spanish plural.
        ("Podem liquidar o saldo em quatro prestações a partir de maio.", Violation.TERMS_CHANGE),
        # A deferral said as reassurance.
        ("Whenever the grant money lands is totally fine with us.", Violation.TERMS_CHANGE),
        ("We won't chase you again until June.", Violation.TERMS_CHANGE),
        # The credit promised in the passive, ahead, onto an invoice.
        ("A diferença será abatida na próxima fatura.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("L'importo pagato in più sarà detratto dalla prossima fattura.", Violation.REFUND_OR_CREDIT_PROMISE),
        # German separable "gutschreiben" around a sum with its currency sign.
        ("Wir schreiben Ihnen die 95,00 € auf dem nächsten Beleg gut.", Violation.REFUND_OR_CREDIT_PROMISE),
        # A lapse is an error; "caso" naming a case file is no hedge.
        ("Por um lapso da nossa equipa, a coroa foi faturada duas vezes.", Violation.FAULT_ADMISSION),
        (
            "Il lavoro del caso 26-0410 è stato consegnato in ritardo per un errore del nostro reparto.",
            Violation.FAULT_ADMISSION,
        ),
        # Exposure to their patients or guests; their debt on social media.
        (
            "Quizá a sus pacientes les gustaría saber cómo trata usted a sus proveedores.",
            Violation.HARASSMENT,
        ),
        ("Maybe we'll put it on our Facebook page that your party is still unpaid.", Violation.HARASSMENT),
        # Shaming by an example of theirs who paid.
        ("Even your little brother paid his share on time, come on.", Violation.HARASSMENT),
        # A password given without "is" or a colon.
        ("Sign in with the one-time password Qm4#vT9z and update your card.", Violation.SENSITIVE_DATA),
        # Another company's unpaid balance, in Swedish and English.
        (
            "Fakturan gällde Solberg Bygg AB, som har 12 400 kr obetalt sedan december.",
            Violation.SENSITIVE_DATA,
        ),
        (
            "You're not alone: the Marlowe Trust, who had their dinner the same night, are still waiting to sign off "
            "their GBP 4,100.00 too.",
            Violation.SENSITIVE_DATA,
        ),
    ],
)
def test_phenomenon_is_caught(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # A discount period that ran out, with a date between: nothing offered.
        "Die Skontofrist ist bereits am 3. März abgelaufen; bitte zahlen Sie den vollen Betrag.",
        # A credit note already deducted, "già" between the auxiliary and the participle; goods returned.
        "La nota di credito NC-7 per il materiale restituito è già stata detratta dalla fattura.",
        # Regret with no legal step: ordinary words.
        "We'd rather not send you more reminders, so here is the pay link.",
        # Whose case, not a hedge, with no error of ours.
        "Il ponte del caso 26-0411 è pronto per la consegna.",
        # A payment of theirs applied to an invoice is no credit.
        "O seu pagamento será descontado na fatura de abril conforme o débito direto combinado.",
        # Social media in a signature, no debt.
        "Follow our Instagram for new desk offers.",
        # "Even" with nobody of theirs: ordinary words.
        "Even invoices paid on time get a receipt by email.",
        # A password mentioned, none given.
        "Use the password reset link on the portal to choose a new one.",
        # Their own terms restated in days, no change.
        "Your invoices are due 30 days from issue, as always.",
        # A range of days with no terms named: when a refund shows on the statement.
        "O valor deverá aparecer no seu extrato dentro de 5 a 7 dias úteis.",
        # A free month offered only as what the contract already says is not a newly-given rule trigger.
        "The balance of 240,00 € remains due on 31 March.",
    ],
)
def test_near_miss_keeps_its_verdict(body: str) -> None:
    assert rules(body).allowed, rules(body).evidence


def test_the_lapsed_discount_is_granted_anyway_when_we_say_so() -> None:
    body = "Die Skontofrist ist am 3. März abgelaufen, aber wir gewähren Ihnen ausnahmsweise trotzdem 2 % Skonto."
    assert Violation.DISCOUNT_OFFER in types(body)


def test_a_credit_note_still_to_come_is_promised_even_with_already_elsewhere() -> None:
    assert Violation.REFUND_OR_CREDIT_PROMISE in types("Le restituiremo l'importo entro venerdì.")


def test_a_regretted_step_under_a_refusal_is_still_no_threat_without_the_step() -> None:
    assert rules("Nous préférerions ne pas vous relancer encore ; voici le lien de paiement.").allowed
