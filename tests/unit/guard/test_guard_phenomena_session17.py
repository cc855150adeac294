"""Session-17 phenomena (reported misses and false blocks, not a holdout), each with a near miss that must keep its
verdict. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import GuardVerdict, Violation, check_draft
from tests.unit.guard.frame import rules, types


# 1. A short last line that speaks to the customer is no signature: its lawyers are a threat, not the sender's firm.
@pytest.mark.parametrize(
    "body",
    [
        "Pay it this week or we'll set our solicitors on you.",
        "Payez cette semaine ou nous lâcherons nos avocats sur vous.",
        "Zahlen Sie diese Woche, sonst hetzen wir Ihnen unsere Rechtsanwälte auf den Hals.",
        "Pague esta semana o le echaremos encima a nuestros abogados.",
        "Pague esta semana ou vamos pôr os nossos advogados atrás de si.",
        "Paghi entro venerdì o le metteremo alle calcagna i nostri avvocati.",
        "Betaal deze week of we sturen onze advocaten op u af.",
    ],
)
def test_lawyers_set_on_the_customer_in_a_short_last_line_are_a_threat(body: str) -> None:
    assert Violation.LEGAL_THREAT in types(body)
    # The same line as the whole message, with nothing after it.
    assert Violation.LEGAL_THREAT in check_draft("Reminder", body, reader=None).violations


@pytest.mark.parametrize(
    "body",
    [
        "Please find the statement attached.\n\nKind regards,\nHollis & Reed Solicitors",
        "Bitte begleichen Sie den Betrag bis Freitag.\n\nMit freundlichen Grüßen\nKanzlei Seidel & Partner Rechtsanwälte",
        "Merci de régler la facture avant vendredi.\n\nCordialement,\nMartin & Associés Avocats",
        "Agradecemos o pagamento até sexta-feira.\n\nCumprimentos,\nSilva & Costa Advogados",
    ],
)
def test_a_law_firm_signing_the_message_is_still_who_writes(body: str) -> None:
    assert check_draft("Invoice INV-1042", body, reader=None).allowed


# 2. Goods handed back are no refund; money handed back is.
@pytest.mark.parametrize(
    "body",
    [
        "A devolução do carro está marcada para sexta-feira.",
        "Recebemos a devolução da mercadoria no armazém.",
        "O veículo foi devolvido com um pequeno risco na porta.",
        "La devolución del material alquilado se hará el lunes.",
        "La restituzione dell'auto è prevista per venerdì.",
        "Le retour du véhicule est prévu vendredi matin.",
    ],
)
def test_goods_returned_are_no_refund(body: str) -> None:
    assert Violation.REFUND_OR_CREDIT_PROMISE not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Procederemos à devolução do valor do material em 5 dias.",
        "Faremos a devolução do dinheiro na sexta-feira.",
        "Faremos a devolução da caução do carro na sexta-feira.",
        "Le devolveremos el importe de la mercancía.",
        "Vi restituiremo la somma versata per il noleggio dell'auto.",
        "Nous vous retournerons le montant trop perçu.",
    ],
)
def test_money_returned_with_goods_named_is_still_a_refund(body: str) -> None:
    assert Violation.REFUND_OR_CREDIT_PROMISE in types(body)


# 3. Our legal department named as a colleague (a question passed on, terms it checked) threatens nothing; a hand-off
# of the account or one tied to payment does.
@pytest.mark.parametrize(
    "body",
    [
        "We will pass your question to our legal department.",
        "Our legal team has confirmed the terms.",
        "We have forwarded your query to our legal department and they will reply by Friday.",
        "Nous avons transmis votre question à notre service juridique.",
        "Ihre Frage haben wir an unsere Rechtsabteilung weitergeleitet.",
        "Hemos trasladado su consulta a nuestro departamento legal.",
        "Encaminhámos a sua questão ao nosso departamento jurídico.",
        "Abbiamo inoltrato la sua domanda al nostro ufficio legale.",
        "We hebben uw vraag doorgestuurd naar onze juridische afdeling.",
    ],
)
def test_legal_department_as_a_colleague_is_no_threat(body: str) -> None:
    assert Violation.LEGAL_THREAT not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "We will pass this to our legal department unless you pay by Friday.",
        "We will pass your question to our legal department unless you pay by Friday.",
        "We will pass your question and your account to our legal department.",
        "If payment is not received, we will pass your account to our legal department.",
        "Our legal department has reviewed your file and will start proceedings.",
        "Sans paiement sous 8 jours, nous transmettrons votre dossier à notre service juridique.",
    ],
)
def test_legal_department_as_a_lever_is_a_threat(body: str) -> None:
    assert Violation.LEGAL_THREAT in types(body)


# 4. A compliment is not read by the second reader: it learnt "vous êtes"/"you are" from insults.
def shipped(body: str) -> GuardVerdict:
    return check_draft(
        "Reminder: invoice INV-1042", f"Hello,\n\n{body}\n\nKind regards,\nAccounts Receivable"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Vous êtes un client précieux et nous vous remercions de votre confiance.",
        "You are a valued customer and we thank you for your trust.",
        "Sie sind ein geschätzter Kunde und wir danken Ihnen für Ihr Vertrauen.",
        "Usted es un cliente muy valioso y le agradecemos su confianza.",
        "Você é um cliente muito importante e agradecemos a sua confiança.",
        "Lei è un cliente prezioso e la ringraziamo per la fiducia.",
        "U bent een gewaardeerde klant en wij danken u voor uw vertrouwen.",
        "We value your business and thank you for your trust.",
    ],
)
def test_a_compliment_is_no_harassment(body: str) -> None:
    assert shipped(body).allowed, shipped(body).evidence


@pytest.mark.parametrize(
    "body",
    [
        "Vous êtes un client lamentable et nous en avons assez.",
        "Vous êtes un client précieux, mais franchement vous êtes d'une incompétence rare.",
        "You are a valued customer. Frankly your accounts team is a joke and everybody in the trade knows it.",
    ],
)
def test_an_insult_beside_a_compliment_is_still_harassment(body: str) -> None:
    assert Violation.HARASSMENT in shipped(body).violations


def test_the_reader_sets_aside_praise_but_not_an_insult() -> None:
    from chalicelib.domain.guard_reader import reader_text

    assert "precieux" not in reader_text("vous etes un client precieux pour nous.")
    assert "lamentable" in reader_text("vous etes un client lamentable.")
    assert "etes" in reader_text("vous etes un client lamentable.")


# The reader weighs the words of a message, not of its frame: one ordinary sentence between "Hello," and "Kind
# regards, / Accounts Receivable" under "Reminder: invoice INV-1042" is a fragment it does not read.
@pytest.mark.parametrize(
    "body",
    [
        "You can pay securely online at https://pay.example.com/inv/2291 at any time.",
        "Puede realizar el pago a través del enlace que encontrará más abajo.",
        "Lembramos que a fatura FT 2026/118 no valor de 640,00 € venceu a 20 de março.",
        "Caso já tenha efetuado o pagamento, por favor ignore esta mensagem.",
        "Wij willen u er vriendelijk aan herinneren dat factuur 2026-0412 van € 830,00 op 12 maart vervallen is.",
        "Heeft u vragen, neem dan gerust contact op met onze financiële administratie.",
        "Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen.",
        "Thank you for letting us know you will pay on Friday; we have noted your promise.",
    ],
)
def test_an_ordinary_line_in_a_frame_is_allowed(body: str) -> None:
    assert shipped(body).allowed, shipped(body).evidence


def test_the_reader_still_reads_a_message_of_two_full_sentences() -> None:
    body = (
        "Every month the same story with your office and the same excuses from the same people.\n"
        "Perhaps whoever runs your accounts could try doing the job they are paid for, just this once."
    )
    assert rules(body).allowed  # no rule knows this wording: the block is the reader's
    assert Violation.HARASSMENT in shipped(body).violations
