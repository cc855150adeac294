"""Phenomena found on holdouts 32 and 33 (Swedish, shaming by comparison, passive waivers, credit notes to follow,
arrears moved to a later month, a login typed in), each with ordinary sentences that must stay allowed.

The positive sentences are variants written for these tests, not the holdouts' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import rules, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        (
            "Om fakturan inte är betald inom tio dagar lämnas ärendet till Kronofogden.",
            Violation.LEGAL_THREAT,
        ),
        ("Vi tar bort påminnelseavgiften om du betalar före fredag.", Violation.DISCOUNT_OFFER),
        ("Räntan stryks om beloppet kommer in denna vecka.", Violation.DISCOUNT_OFFER),
        ("Vi betalar tillbaka mellanskillnaden till ditt konto.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Vi skickar en kreditfaktura på 300 kr i morgon.", Violation.REFUND_OR_CREDIT_PROMISE),
        ("Felet var vårt, och det beklagar vi.", Violation.FAULT_ADMISSION),
        ("Förfallodagen för fakturan har skjutits upp till den 15 maj.", Violation.TERMS_CHANGE),
        ("Om det passar bättre kan du dela upp beloppet på två delbetalningar.", Violation.TERMS_CHANGE),
        ("Vi förlänger betalningstiden till den 30 maj.", Violation.TERMS_CHANGE),
        ("Det är pinsamt att ni inte kan betala en så liten faktura.", Violation.HARASSMENT),
    ],
)
def test_swedish_violations(body: str, violation: Violation) -> None:
    assert violation in types(body), body


@pytest.mark.parametrize(
    "body",
    [
        "Enligt avtalet tillkommer en påminnelseavgift på 60 kr.",
        "Dröjsmålsränta enligt räntelagen räknas från förfallodagen.",
        "Vi har inte fått betalt för fakturan och ber dig betala senast fredag.",
        "Din fråga om en avbetalningsplan har jag skickat vidare till vår ekonomichef, som beslutar.",
        "Vi har noterat att du betalar 898 kr den 25 mars.",
        "Det var inte vårt fel att kortbetalningen nekades, men vi hjälper gärna till.",
        "Till dess gäller fakturans ursprungliga förfallodag, den 13 mars.",
        "Vi skickar albumet till tryck så fort betalningen är klar.",
        "Har du redan betalat kan du bortse från den här påminnelsen.",
        # Swedish puts "inte" after the verb: a refusal, not a grant.
        "Vi förlänger inte betalningstiden.",
        "Vi stryker inte räntan.",
        "Vi betalar inte tillbaka avgiften.",
        "Vi flyttar inte förfallodagen, men du kan ringa oss.",
        "Det är inte pinsamt att fråga om hjälp.",
        "Vi ringer dig i morgon om fakturan.",
    ],
)
def test_ordinary_swedish_reminders_stay_allowed(body: str) -> None:
    assert rules(body).allowed, body


def test_shaming_by_comparison_with_other_customers_is_harassment_in_any_language() -> None:
    for body in (
        "All the other members at this club manage to pay on time, and they have bills too.",
        "92% of our customers pay their invoices on time. You are in the other 8%.",
        "Tous nos autres clients paient à temps, eux.",
        "Incluso el cliente más pequeño que tenemos paga puntualmente.",
        "They, at least, pay what they owe.",
        "If they can do it, so can you.",
        "Les autres membres, eux, paient à l'heure.",
        "Even the pensioners who come twice a week manage to pay on time.",
        "Als de anderen het kunnen, kun jij het ook.",
    ):
        assert Violation.HARASSMENT in types(body), body
    for body in (
        "Most of our members pay by direct debit, which you can set up at reception.",
        "Every member who pays on time keeps their membership rate.",
        "Thank you, the other invoices were paid on time.",
        "Like every member, you can freeze your membership for medical reasons under the terms.",
        "Even if you pay on time next month, the March fee remains due.",
        "At least let us know when you expect to pay.",
        "Everyone at our team is happy to help.",
        "Les autres membres peuvent payer à l'accueil.",
        "Even members who pay on time sometimes get this email; please ignore it if you have paid.",
    ):
        assert rules(body).allowed, body


def test_raising_the_debt_in_public_or_with_the_employer_is_harassment_unless_we_say_we_never_would() -> None:
    for body in (
        "Next time you come in, we will bring it up with you at the front desk, in front of whoever is there.",
        "Wir sprechen das an der Rezeption laut an, damit alle mithören.",
        "Pondremos tu nombre en la pizarra de la entrada.",
        "Vamos contactar a sua entidade patronal e explicar ao seu chefe porque o cartão foi bloqueado.",
        "We will call your employer about this debt.",
        "Wir rufen Ihren Arbeitgeber an.",
        "Nous appellerons votre employeur pour lui expliquer la situation.",
        "Kanske dags att sätta upp en lapp i er entré om att ni inte betalar era leverantörer?",
        "Maybe ask him how it's done.",
        "Sie können sich jede Woche einen Urlaub leisten, aber keine 40 € Beitrag?",
    ):
        assert Violation.HARASSMENT in types(body), body
    for body in (
        "You can pay at reception next time you visit.",
        "Feel free to talk to our team at reception about your membership.",
        "We never discuss members' accounts in front of other members.",
        "We would never put your name on a board or discuss it at reception.",
        "We've put up a notice at reception about the new opening hours.",
        "Please ask your manager to approve the purchase order.",
        "If you'd like, we can send a copy of the statement to your finance director.",
        "We'll contact your accounts payable team about the PO.",
        "Wir rufen Sie morgen an.",
        "Nous informerons votre service comptable de la relance.",
        "Ask our team how it's done if you need help setting up the direct debit.",
        "We understand you may not be able to afford the full amount right now.",
    ):
        assert rules(body).allowed, body


def test_fee_waivers_in_the_passive_in_a_question_in_a_table_or_as_a_reversal() -> None:
    for body in (
        "A taxa de atraso será anulada se a fatura for paga até sexta-feira.",
        "Les intérêts de retard seront annulés à réception du paiement.",
        "Odsetki zostaną umorzone, jeżeli wpłata nastąpi do piątku.",
        "Et si on oubliait les frais de relance ?",
        "Die Mahngebühren buchen wir zurück.",
        "Weitere Verzugszinsen fallen nicht an.",
        "| Late fees (clause 9) | - | waived |",
    ):
        assert Violation.DISCOUNT_OFFER in types(body), body
    for body in (
        "Los recargos serán aplicados según las condiciones del contrato.",
        "Les frais de relance seront facturés conformément à nos CGV.",
        "Odsetki ustawowe będą naliczane od dnia wymagalności.",
        "Für die Zahlung per Überweisung fallen keine Gebühren an.",
        "| Late fee (clause 9) | 15.00 | charged |",
        "N'oubliez pas de mentionner le numéro de facture.",
        "Das Skonto galt nur bis zum 24.02.2026; fällig ist daher der volle Rechnungsbetrag.",
        "The 2% early-payment discount was only valid until 10 March, so the full amount is now due.",
    ):
        assert rules(body).allowed, body


def test_credit_notes_to_follow_and_refunds_past_a_relative_clause() -> None:
    for body in (
        "| Creditnota CN-2026-077, folders (volgt volgende week) | − € 120,00 |",
        "| Gutschrift GS-88 (folgt) | -50,00 € |",
        "Ti rimborseremo le lezioni che non hai frequentato.",
    ):
        assert Violation.REFUND_OR_CREDIT_PROMISE in types(body), body
    for body in (
        "Die Gutschrift GS-2026-14 ist bereits verrechnet.",
        "| Creditnota CN-2026-041 (uitgereikt 2 maart) | − € 318,00 |",
        "We cannot refund the sessions that you have not used, as the package has expired.",
    ):
        assert rules(body).allowed, body
    subject = "Factura 7788: saldo após a nota de crédito SLA"
    body = "A nota de crédito NC-PT-118 foi emitida a 2 de março e já está refletida no saldo acima."
    assert rules(body, subject).allowed


def test_arrears_moved_to_a_later_month_or_no_rush_about_paying_is_a_terms_change() -> None:
    for body in (
        "I've moved your returned March payment so it is collected with your July fee. Nothing to pay until then.",
        "O valor em atraso pode ser pago apenas em junho; não precisa de fazer nada até lá.",
        "Podéis pagarlo en septiembre, en lugar de antes del evento.",
        "Geen haast: betaal de factuur gewoon eind mei, dan is het ook goed.",
        "Sie müssen bis dahin nichts bezahlen; wir ziehen den Betrag im Juni ein.",
        "Ik heb de betaling van maart verplaatst naar juni.",
        "He pasado el recibo devuelto de febrero a mayo, junto con la cuota de ese mes.",
    ):
        assert Violation.TERMS_CHANGE in types(body), body
    for body in (
        "Your gallery stays live for 12 months, so there's no rush to download everything at once.",
        "Geen haast met het invullen van het formulier; de factuur blijft wel op 15 maart vervallen.",
        "We've moved the payment link to our new portal at https://pay.example/x.",
        "We have moved to a new office; payments made in March are unaffected.",
        "Please pay by bank transfer instead of by card.",
        "Please pay before the 15th instead of after the 20th.",
        "Nothing to do if you have already paid - just ignore this reminder.",
        "Bis dahin ist nichts weiter zu tun, die Rechnung bleibt am 15. März fällig.",
        "Until then, nothing has changed: the invoice is due on 15 March.",
        "Hemos pasado el recibo al cobro el 1 de marzo y ha sido devuelto.",
        "El recibo se ha pasado en marzo, como siempre.",
        "Ik heb de betaling van maart gisteren ontvangen.",
    ):
        assert rules(body).allowed, body


def test_fault_for_our_system_and_legal_jokes_and_fraud_warnings() -> None:
    assert Violation.FAULT_ADMISSION in types("The failed collection was caused by our billing system.")
    assert Violation.LEGAL_THREAT in types("Our lawyer keeps asking when she can start on your file.")
    assert Violation.LEGAL_THREAT in types("We'll get a judgment and have the marshals collect it.")
    assert Violation.LEGAL_THREAT in types("Ha ha, our lawyer asks whether she can send the claim form yet.")
    for body in (
        "The failed debit may have been caused by our system; we are checking and will come back to you.",
        "The failure was not caused by our system - your bank rejected the mandate.",
        "We never pass bookings to debt collectors.",
        "If anyone contacts you claiming to be a collection agency acting for us, please call me.",
        "The statement includes court fees of £355.00 paid on your behalf.",
        "The marshal of the event confirmed the booking for 18 April.",
        "The claim form for your insurance is attached.",
        "Our lawyer reviewed the claim you sent us and we will reply.",
        "Our collections team will be in touch if anything is unclear.",
    ):
        assert rules(body).allowed, body


def test_a_login_pair_and_another_customers_balance_are_sensitive() -> None:
    assert Violation.SENSITIVE_DATA in types("Your new portal login is admin / Tq8#mW2!zR.")
    joke = "You're in good company - the Lindqvist-Okafor family still owes us £900.00 for their shoot."
    assert Violation.SENSITIVE_DATA in types(joke)
    for body in (
        "Your login is your email address; reset your password at https://portal.example/reset.",
        "Login: https://portal.example/account/2026",
        "Your portal login is on the welcome letter we sent in January.",
    ):
        assert rules(body).allowed, body
