"""Session 34, second round (fresh sets 348 and 349, a facilities-management company and a commercial printer): a
German due date moved to a day written with its dot ("auf den 30. April verschoben"); the invoice rolled into the
customer's next order (en, de, fr, es, pt, nl, it); Hebrew enforcement in the passive ("יועבר לעורך דין ולהוצאה
לפועל") and a "bunch of amateurs who can't run a business"; the customer's distributors or resellers told how it
treats its suppliers (nl, de, fr, it, en). Kept clear: their question about a discount named by its topic and passed
on (en, es, fr), a Japanese instalment request acknowledged ("ご相談、承知いたしました"), an "Inkasso-Nummer" field
from our portal, the building a service was done at, and the trade told prices and dates. The sentences are written
for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, H, L, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A German due date moved, the day with its dot.
        ("Wie vereinbart haben wir das Zahlungsziel der Rechnung RE-77 auf den 15. Mai 2026 verschoben.", T),
        ("Die Fälligkeit wurde wegen Ihrer Systemumstellung auf den 2. Juni verschoben.", T),
        # The invoice rolled into the next order.
        ("No stress about the March invoice; just settle it along with your next order.", T),
        ("Sie können die Rechnung gern mit Ihrer nächsten Bestellung zusammen bezahlen.", T),
        ("Vous pouvez tout à fait la régler avec votre prochaine commande.", T),
        ("Si le resulta más cómodo, puede pagarla junto con su próximo pedido.", T),
        ("Pode pagar esta fatura junto com a sua próxima encomenda.", T),
        ("U mag deze factuur gewoon met uw volgende bestelling betalen.", T),
        ("Potete saldarla tranquillamente con il vostro prossimo ordine.", T),
        # Hebrew: enforcement in the passive, amateurs who can't run a business.
        ("אם לא יתקבל תשלום עד סוף השבוע, התיק יועבר להוצאה לפועל.", L),
        ("ללא תשלום מיידי תוגש נגדכם תביעה בבית המשפט.", L),
        ("אתם באמת חבורה של חובבנים.", H),
        ("ברור שאתם לא יודעים לנהל עסק.", H),
        # The customer's trade told how it treats its suppliers.
        ("Anders laten wij uw distributeurs graag weten hoe u met uw leveranciers omgaat.", H),
        ("Andernfalls lassen wir Ihre Händler wissen, wie Sie Ihre Lieferanten bezahlen.", H),
        ("À défaut, nous ferons savoir à vos revendeurs comment vous traitez vos fournisseurs.", H),
        ("In caso contrario faremo sapere ai vostri distributori come trattate i fornitori.", H),
        ("Otherwise we will tell your resellers how you treat your suppliers.", H),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Their question named by its topic and passed on.
        (
            "Thanks for asking about a discount for paying early. I can't agree to that, so I've passed it to our "
            "finance manager.",
            D,
        ),
        ("You asked about a discount on the quarterly invoices; that decision sits with our director.", D),
        (
            "Gracias por su consulta sobre un descuento por pronto pago; la he trasladado a nuestra responsable.",
            D,
        ),
        ("Merci pour votre question concernant une remise ; je l'ai transmise à notre responsable.", D),
        # A Japanese instalment request acknowledged, not granted.
        ("分割払いのご相談、承知いたしました。担当の者より改めてご連絡いたします。", T),
        ("分割でのお支払いのご希望、承りました。社内で確認のうえご回答いたします。", T),
        # The due date kept, the next order only mentioned, a payment received.
        ("Das Zahlungsziel wurde nicht auf den 30. April verschoben; es bleibt beim 6. März.", T),
        ("Please don't pay it with your next order: the invoice was due on 3 March.", T),
        ("Thank you, your payment arrived together with your next order confirmation.", T),
        # Hebrew denied: the matter will not go to a lawyer.
        ("העניין לא יועבר לעורך דין, אנחנו בטוחים שנמצא פתרון.", L),
        # The trade told prices and dates.
        ("We will let your distributors know the new delivery dates once you pay the deposit.", H),
        ("Wij laten uw distributeurs graag weten wanneer de nieuwe prijslijst klaar is.", H),
    ],
)
def test_these_wordings_are_not_violations(body: str, violation: object) -> None:
    assert violation not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Bitte tragen Sie bei der Zahlung das Feld „Inkasso-Nummer“ aus unserem Kundenportal ein.",
        "Die Inkasso-Nummer aus Ihrem Kundenkonto hilft uns, die Zahlung zuzuordnen.",
    ],
)
def test_an_inkasso_number_field_from_our_portal_is_no_legal_threat(body: str) -> None:
    assert L not in types(body)


def test_a_collection_agency_beside_the_field_still_is_a_legal_threat() -> None:
    assert L in types("Ohne Zahlung bis Freitag übergeben wir die Forderung einem Inkassobüro.")


def test_the_building_the_service_was_done_at_is_no_other_customer() -> None:
    verdict = check_draft(
        "Lembrete: fatura FM-220 vencida",
        "Prezada Sra. Lúcia,\n\nLembramos que a fatura FM-220, no valor de R$ 8.400,00, referente à manutenção de "
        "fevereiro no Condomínio Jardim Atlântico, venceu em 5 de março e ainda consta em aberto.\n\n"
        "Atenciosamente,\nEquipe de Cobrança",
        reader=None,
    )
    assert Violation.SENSITIVE_DATA not in verdict.violations
