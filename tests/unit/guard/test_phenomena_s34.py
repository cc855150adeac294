"""Session 34 (fresh sets 341 and 342, a B2B SaaS vendor and a freight forwarder): our side named as the cause of the
delay (fr, en, de, es, pt, it, nl) or our own staff member blamed (ru, uk, pl, cs), our system billing twice in other
languages (de, fr, es) and after a hedge in an earlier clause (en); a credit note promised by its shorthand "CN" (en)
or as the Colombian "nota crédito" (es); contempt for the customer's staff in one clause: whether anyone there can
read (en, de, fr, es), their accounts called a mess (uk, ru, pl, en, de), a firm "like yours" unable to pay (uk, ru,
en), told to look at itself (en, de), and exposure to their own staff (pl, en, de, fr). Kept clear: banking "Inkasso"
(a documentary collection, a reference field's label), Sweden's statutory compensation for collection costs, a
labelled SIRET in the signature, a product name or our own colleague named beside the sum, and the same wordings
denied, asked or put as a condition. The sentences are written for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import F, H, L, R, S, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Our side as the cause of the delay.
        (
            "Nous reconnaissons que le retard de paiement vient de notre côté : la facture est partie à un ancien contact.",
            F,
        ),
        ("Le retard nous est imputable, la facture ayant été envoyée au mauvais service.", F),
        ("The hold-up was on our end: the invoice went to an old mailbox.", F),
        ("Die Verzögerung lag leider bei uns, die Rechnung ging an eine alte Adresse.", F),
        ("El retraso fue por nuestra parte, ya que enviamos la factura a otra dirección.", F),
        ("O atraso foi do nosso lado, pois a fatura seguiu para um endereço antigo.", F),
        ("Il ritardo è dipeso da noi: la fattura è partita verso un indirizzo errato.", F),
        ("De vertraging lag bij ons: de factuur ging naar een oud adres.", F),
        # Our own staff member blamed.
        ("Груз задержан на два дня по вине нашего экспедитора.", F),
        ("Декларацію подано із запізненням з вини нашого менеджера.", F),
        ("Dokumenty dotarły z opóźnieniem z winy naszego spedytora.", F),
        ("Faktura odešla pozdě vinou našeho účetního.", F),
        # Our system billed twice.
        ("Unser System hat Ihnen die Märzgebühr doppelt berechnet.", F),
        ("Notre logiciel vous a facturé deux fois l'abonnement de mars.", F),
        ("Nuestro sistema le facturó dos veces la cuota de marzo.", F),
        ("You may see the fee twice in the portal; our platform double-charged you during the migration.", F),
        # A credit note by its shorthand, and "nota crédito".
        ("So it doesn't hold you up, we'll issue a CN for the storage line this week.", R),
        ("A C/N will be raised for the detention charge once I'm back on Monday.", R),
        ("Le enviaremos una nota crédito por el cargo de bodegaje antes del viernes.", R),
        # Whether anyone there can read.
        ("I do wonder whether anybody on your payables team is able to open an attachment.", H),
        ("Allmählich frage ich mich, ob in Ihrer Buchhaltung überhaupt jemand rechnen kann.", H),
        ("Je me demande si quelqu'un dans votre service comptable sait lire une date d'échéance.", H),
        ("Empiezo a dudar si alguien en su departamento de contabilidad sabe leer un correo.", H),
        # Their accounts called a mess.
        ("Схоже, ладу у вашій бухгалтерії просто немає.", H),
        ("Видимо, в вашей бухгалтерии царит полный бардак.", H),
        ("W Państwa księgowości panuje chyba totalny chaos.", H),
        ("Frankly, your accounts department is in complete chaos.", H),
        ("In Ihrer Finanzabteilung herrscht offenbar heilloses Durcheinander.", H),
        # A firm of their standing unable to pay, told to look at itself.
        ("Важко повірити, що настільки велика компанія не може оплатити навіть власне перевезення.", H),
        ("Трудно поверить, что столь солидная фирма не в состоянии оплатить простой счёт.", H),
        ("It's hard to believe that a firm of your standing can't even pay for its own shipments.", H),
        (
            "A company that bills its own clients on the dot and still can't pay us should take a hard look at itself.",
            H,
        ),
        ("Vielleicht sollten Sie sich einmal an die eigene Nase fassen.", H),
        # Exposure to their own staff.
        ("Nie chciałaby Pani chyba, aby Pańscy pracownicy dowiedzieli się, że firma nie płaci faktur.", H),
        ("Surely you wouldn't want your employees to find out that their payroll software is unpaid.", H),
        (
            "Sie möchten sicher nicht, dass Ihre Mitarbeiter davon erfahren, dass Sie Ihre Lieferanten nicht bezahlen.",
            H,
        ),
        ("Vous ne voudriez pas que vos salariés apprennent que la société ne paie pas ses fournisseurs.", H),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # The delay denied or asked about.
        ("If the delay is on our side, please let us know and we will look into it.", F),
        ("We checked, and the delay was not on our side: the invoice reached your portal on 3 March.", F),
        ("Le retard ne vient pas de notre côté : la facture a été déposée le 3 mars.", F),
        ("Si le retard vient de notre côté, merci de nous le signaler.", F),
        ("Die Verzögerung lag nicht bei uns; die Rechnung wurde am 3. März zugestellt.", F),
        ("De vertraging lag niet bij ons: de factuur is op 3 maart afgeleverd.", F),
        ("Задержка произошла не по вине нашего декларанта, а из-за досмотра.", F),
        ("Opóźnienie nie powstało z winy naszego pracownika, lecz przewoźnika.", F),
        ("Nuestro sistema no le facturó dos veces: el segundo cargo es la cuota de marzo.", F),
        ("Everything is in order on our side, and the invoice is due on 3 March.", F),
        # "CN" as China or a number asked for; a credit note as a question still open.
        ("The consignment left Shanghai, CN on 2 March; the invoice is due on 3 April.", R),
        ("Could you send us the CN number the carrier gave you?", R),
        ("Once the review is done, I'll let you know whether a CN is due.", R),
        # Their staff asked for help, read in a language, told about the pay link.
        ("Could someone in your AP team confirm the PO number for this invoice?", H),
        ("If anyone in your accounts team reads Portuguese, the original invoice is attached too.", H),
        ("We have taken a long hard look at ourselves and changed how we invoice.", H),
        ("Please let your staff know that the invoice can be paid by card at the link below.", H),
        ("You wouldn't want your team to miss the renewal window, so here is the link to pay.", H),
    ],
)
def test_these_wordings_are_not_violations(body: str, violation: object) -> None:
    assert violation not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Bitte geben Sie im Verwendungszweck an:\nRechnungsnummer: RE-2026-118\nInkasso-Nummer: DI-2026-0771",
        "Die Kosten für das Dokumenteninkasso über Ihre Hausbank sind in der Rechnung enthalten.",
        "Bei verspäteter Zahlung fallen Zinsen an; die Gebühr für das dokumentäre Inkasso trägt der Käufer.",
        "Enligt räntelagen tillkommer dröjsmålsränta samt lagstadgad ersättning för inkassokostnader om 450 kr.",
    ],
)
def test_banking_inkasso_and_statutory_collection_costs_are_no_legal_threat(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sollte die Zahlung bis Monatsende ausbleiben, übergeben wir die Forderung einem Inkassobüro.",
        "Ärendet lämnas nu till inkasso, och inkassokostnader tillkommer.",
        "Inkasso-Nr. 55-2231: Ihr Vorgang wurde an unseren Inkassopartner übergeben.",
    ],
)
def test_a_debt_collector_named_in_german_or_swedish_still_is(body: str) -> None:
    assert L in types(body)


def test_a_labelled_siret_in_the_signature_is_no_card_number() -> None:
    verdict = check_draft(
        "Relance : facture F-2231",
        "Bonjour,\n\nLa facture F-2231 de 1 200,00 € reste impayée ; vous pouvez la régler via le lien habituel."
        "\n\nCordialement,\n\nService clients | Exemple SAS – SIRET 732 829 320 00074",
        reader=None,
    )
    assert S not in verdict.violations


def test_a_card_number_in_the_body_still_is_one() -> None:
    verdict = check_draft(
        "Payment", "Hello,\n\nWe charged the card 4111 1111 1111 1111 today.\n\nRegards", reader=None
    )
    assert S in verdict.violations


def test_our_product_and_company_in_a_long_signature_are_no_other_customer() -> None:
    verdict = check_draft(
        "Lembrete: fatura FT-118 vencida",
        "Olá, Marta,\n\nLembramos que a fatura FT-118, no valor de R$ 2.400,00 (assinatura anual do Acmeware Studio),"
        " venceu em 3 de março e ainda consta em aberto.\n\nAtenciosamente,\n\nAcmeware Billing\n"
        "Departamento Financeiro | Acmeware Tecnologia Ltda. – CNPJ 11.222.333/0001-81",
        reader=None,
    )
    assert Violation.SENSITIVE_DATA not in verdict.violations


def test_our_colleague_named_beside_the_sum_is_no_other_customer() -> None:
    verdict = check_draft(
        "RE: Pedido de prestações – fatura FT-204",
        "Caro Sr. Nunes,\n\nReencaminhámos o seu pedido sobre a fatura FT-204 (1.980,00 €, módulo de Gestão "
        "Documental) para a nossa diretora financeira, Dra. Marta Lopes, que lhe responderá até sexta-feira. Até lá, a "
        "fatura mantém-se em dívida nas condições originais.\n\nCom os melhores cumprimentos,\n\nContas a Receber",
        reader=None,
    )
    assert Violation.SENSITIVE_DATA not in verdict.violations


def test_another_company_named_with_its_debt_still_is() -> None:
    verdict = check_draft(
        "Lembrete: fatura FT-300",
        "Olá,\n\nA Padaria Central Lda também tinha R$ 5.000,00 em atraso e pagou tudo na semana passada."
        "\n\nAtenciosamente,\nFinanceiro",
        reader=None,
    )
    assert Violation.SENSITIVE_DATA in verdict.violations
