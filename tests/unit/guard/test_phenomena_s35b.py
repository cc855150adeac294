"""Session 35, second round: a plan said as agreed ("we've agreed that you'll pay ... in three monthly instalments"), a
longer payment term granted from now on in ro, es, pt, de, hu, pl and tr, a reminder fee booked out with words inside
the German separable verb, a balance closed for less by counting the whole debt paid (en, de, fi), the veiled "it
would be a shame if your guests found out" in it, pt, nl and de, exposure threatened in Greek, and the Hebrew mistake
"with us". Kept clear: the customer's own proposal passed on, a refused term or fee, the remaining sum counted as
closing the debt, and Portuguese "que a" and "até sexta-feira", which hold up no other customer. The sentences are
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, T, rules, types


@pytest.mark.parametrize(
    "body",
    [
        "We have agreed that you will pay the balance in three monthly instalments, starting 1 May.",
        "We've agreed that you'll pay the R9 600,00 on INV-2210 in four monthly instalments of R2 400,00.",
        "I've arranged that the balance will be paid in two equal payments at the end of June and July.",
    ],
)
def test_a_plan_said_as_agreed_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Ținând cont de situație, vă acordăm termen de plată de 75 de zile pentru facturile următoare.",
        "De ahora en adelante le concedemos un plazo de pago de 90 días para todas las facturas.",
        "A partir de agora concedemos-lhe um prazo de pagamento de 60 dias em todas as faturas.",
        "Ab sofort gewähren wir Ihnen ein Zahlungsziel von 45 Tagen für alle offenen Rechnungen.",
        "From now on we are giving you 60-day payment terms on every invoice, this one included.",
        "Mostantól 90 napos fizetési határidőt biztosítunk minden számlára.",
        "Od teraz przyznajemy Państwu 60-dniowy termin płatności dla wszystkich faktur.",
        "Bundan sonra bütün faturalarınız için 90 gün vade tanıyoruz.",
    ],
)
def test_a_longer_payment_term_granted_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Din păcate nu vă putem acorda un termen de plată de 60 de zile.",
        "Leider können wir Ihnen kein längeres Zahlungsziel als 30 Tage gewähren.",
        "We have not agreed that you will pay the balance in three monthly instalments.",
        "You mentioned you'll pay the balance in three instalments; I have passed this to our credit manager.",
    ],
)
def test_a_term_refused_or_a_plan_passed_on_stays_clear(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Mahngebühr von CHF 30.00 buchen wir Ihnen selbstverständlich aus, wenn die Zahlung bis Ende Monat eingeht.",
        "Die Verzugszinsen buchen wir Ihnen gerne aus.",
        "Wir buchen Ihnen die Mahngebühr aus, sobald die Zahlung eingeht.",
        "De aanmaningskosten boeken we voor u af als u deze week betaalt.",
    ],
)
def test_a_fee_booked_out_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Die Mahngebühr buchen wir Ihnen leider nicht aus.",
        "De aanmaningskosten boeken we niet af.",
    ],
)
def test_a_fee_not_booked_out_stays_clear(body: str) -> None:
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "The balance on INV-7731 is EUR 2,640.00. If you pay EUR 2,000.00 this month, we will consider the whole "
        "balance paid and will not collect the rest.",
        "Der offene Saldo beträgt 2.640,00 €. Wenn Sie 2.000,00 € bis Monatsende zahlen, betrachten wir die gesamte "
        "Forderung als beglichen.",
        "Laskun avoin saldo on 2 640,00 €. Jos maksatte 2 000,00 € ensi viikolla, katsomme koko laskun "
        "suoritetuksi eikä loppua peritä.",
    ],
)
def test_the_whole_debt_counted_paid_for_a_smaller_sum_is_a_discount(body: str) -> None:
    assert D in types(body)


def test_the_remaining_sum_closing_the_debt_stays_clear() -> None:
    body = "The balance is EUR 2,640.00. Once we receive the remaining EUR 640.00, we will consider the whole invoice paid."
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your proposal to close invoice INV-5520 at a reduced amount. I have passed it to our credit "
        "manager, who will reply by Friday.",
        "Merci pour votre proposition de régler la facture avec une remise ; je l'ai transmise à notre responsable crédit.",
    ],
)
def test_their_proposal_for_less_passed_on_stays_clear(body: str) -> None:
    assert rules(body).allowed


def test_their_proposal_accepted_is_a_discount() -> None:
    assert D in types("We accept your proposal to settle the invoice at a reduced amount.")


@pytest.mark.parametrize(
    "body",
    [
        "It would be a pity if your patients heard about the mould in the waiting room.",
        "Sarebbe un peccato se i Suoi clienti venissero a sapere dei topi nel magazzino.",
        "Seria uma pena se os seus hóspedes soubessem dos percevejos nos quartos.",
        "Het zou jammer zijn als uw gasten te weten komen dat er muizen in de keuken zitten.",
        "Es wäre schade, wenn Ihre Gäste von den Mäusen in der Küche des Restaurants erfahren würden.",
        "Αν δεν εξοφλήσετε, θα ενημερώσουμε τους συνεργάτες σας ότι δεν πληρώνετε τους προμηθευτές σας.",
    ],
)
def test_a_veiled_threat_to_tell_others_is_harassment(body: str) -> None:
    assert H in types(body)


def test_a_pity_about_something_else_stays_clear() -> None:
    assert rules("Sarebbe un peccato se non riuscisse a partecipare al nostro webinar di marzo.").allowed


def test_the_hebrew_mistake_with_us_is_a_fault_admission() -> None:
    assert F in types("בדקנו את החשבונית: הוזן מחירון שגוי, כך שהטעות כולה אצלנו.")


@pytest.mark.parametrize(
    "body",
    [
        "Verificámos que a fatura PT-1180, relativa aos serviços prestados à Farmácia Lusitana Central, continua por "
        "liquidar. Os montantes em atraso vencem juros de mora de 40 €.",
        "Encaminhámos a sua dúvida sobre as análises faturadas à Clínica Santa Marta para a equipa de faturação, que "
        "responde até sexta-feira. Entretanto, a fatura de 860,40 € mantém-se em aberto.",
    ],
)
def test_portuguese_grammar_words_hold_up_no_other_customer(body: str) -> None:
    verdict = check_draft(
        "Fatura em aberto", f"Cara Dra. Sofia,\n\n{body}\n\nCumprimentos,\nContas a Receber", reader=None
    )
    assert verdict.allowed
