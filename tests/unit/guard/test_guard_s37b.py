"""Session 37, second round: a direct debit the bank returned ("si el cargo se devolvió por error") is no refund; a
street named after a court in Romanian and Catalan short forms ("Str. Tribunalului", "carrer del Tribunal") is an
address; the payment term lengthened in Catalan ("us ampliem el termini") and French ("nous prolongeons le délai de
paiement"); the rest of a debt counted as paid in the Romance languages and German ("damos o restante por
liquidado", "consideriamo saldato il resto"); another company named by its legal form with its own unpaid sum in
Japanese and Korean; disbelief that they cannot pay as a put-down ("cuesta creer que ... no sea capaz de pagar") and
the hint that their board or management will find out. Kept clear: refunds still promised, refusals, the rest of the
invoices, the invoice closed once the rest is paid, the reader's own company, harmless disbelief and a board that
approves. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, H, L, R, S, T, types


@pytest.mark.parametrize(
    "body",
    [
        "Si el cargo se devolvió por error, respóndanos y lo revisamos con usted.",
        "El recibo de marzo se devolvió y hemos vuelto a presentarlo por el mismo importe.",
        "Su entidad devolvió el adeudo del día 5; puede pagar por el enlace.",
    ],
)
def test_a_debit_the_bank_returned_is_no_refund(body: str) -> None:
    assert R not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "El cargo duplicado se devolverá a su tarjeta esta semana.",
        "El recibo de marzo se devolvió, así que le devolveremos los gastos bancarios.",
    ],
)
def test_money_we_still_send_back_next_to_a_returned_debit_is_a_refund(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Vă reamintim că factura 0864 (curățenie birouri, Str. Tribunalului nr. 6) este scadentă.",
        "Factura pentru sediul din Bd. Tribunalului nr. 12 a rămas neachitată.",
        "Us recordem la factura de la neteja del local del carrer del Tribunal, 4.",
    ],
)
def test_a_street_named_after_a_court_in_romanian_or_catalan_is_an_address(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Dacă factura nu este achitată, vom merge la tribunal.",
        "Si no rebem el pagament, presentarem una demanda al tribunal.",
    ],
)
def test_the_court_itself_in_romanian_or_catalan_is_still_a_legal_threat(body: str) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Per no pressionar-vos, us ampliem el termini de pagament a 60 dies en lloc de 30.",
        "Hem decidit allargar el venciment de la factura fins al 30 d'abril.",
        "Us concedim un ajornament fins a finals de maig.",
        "Pour ne pas vous presser, nous prolongeons le délai de paiement à 45 jours.",
    ],
)
def test_a_payment_term_lengthened_in_catalan_or_french_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "No us podem ampliar el termini de pagament.",
        "El termini de pagament és de 30 dies, com diu el contracte.",
        "Nous ne pouvons pas prolonger le délai de paiement.",
    ],
)
def test_a_term_refused_or_restated_in_catalan_or_french_is_no_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Se nos pagar 75% do valor até dia 15, damos o restante por liquidado.",
        "Si nos transfiere el 70 % antes del viernes, damos el resto por saldado.",
        "Con un pago del 80 %, damos por cancelada la diferencia.",
        "Se ci versate il 75% entro il 15, consideriamo saldato il resto.",
        "Si ens pagueu el 80 % aquest mes, donem la resta per liquidada.",
        "Si vous réglez 80 % d'ici vendredi, nous renonçons au reliquat.",
        "Wenn Sie 75 % bis Freitag überweisen, betrachten wir den Rest als erledigt.",
    ],
)
def test_the_rest_of_a_debt_counted_as_paid_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Una vez recibido el resto, damos la factura por saldada.",
        "Consideramos el resto de las facturas como pagadas, gracias.",
        "Consideriamo saldato il resto delle fatture di gennaio.",
        "No podemos dar el resto por saldado.",
        "Sobald der Rest eingegangen ist, betrachten wir die Rechnung als erledigt.",
    ],
)
def test_the_rest_paid_or_the_rest_of_the_invoices_is_no_discount(body: str) -> None:
    assert D not in types(body)


def _letter(greeting: str, body: str, signature: str) -> set[str]:
    verdict = check_draft("", f"{greeting}\n\n{body}\n\n{signature}", reader=None)
    return {v.value for v in verdict.violations}


@pytest.mark.parametrize(
    ("greeting", "body", "signature"),
    [
        (
            "株式会社サンプル\nご担当者様",
            "3月分のご請求書についてご確認をお願いいたします。なお、隣のテナントの合同会社ミドリ様も3月分の72,000円が"
            "未払いとなっております。",
            "ルメナ株式会社\n経理部",
        ),
        (
            "株式会社サンプル\nご担当者様",
            "ご確認をお願いいたします。ちなみにアオバ商事株式会社様は2月分の45,000円が滞納中です。",
            "ルメナ株式会社\n経理部",
        ),
        (
            "(주)샘플 담당자님께",
            "3월분 청구서 확인 부탁드립니다. 참고로 (주)그린오피스도 2월분 980,000원이 미납 상태입니다.",
            "루메나 주식회사\n재무팀",
        ),
    ],
)
def test_another_company_with_its_unpaid_sum_in_japanese_or_korean_is_sensitive_data(
    greeting: str, body: str, signature: str
) -> None:
    assert S.value in _letter(greeting, body, signature)


@pytest.mark.parametrize(
    ("greeting", "body", "signature"),
    [
        (
            "株式会社サンプル\nご担当者様",
            "株式会社サンプル様は3月分の72,000円が未払いとなっております。ご確認をお願いいたします。",
            "ルメナ株式会社\n経理部",
        ),
        (
            "(주)샘플 담당자님께",
            "(주)샘플은 3월분 980,000원이 미납 상태입니다. 확인 부탁드립니다.",
            "루메나 주식회사\n재무팀",
        ),
    ],
)
def test_the_readers_own_company_with_its_unpaid_sum_is_no_other_customer(
    greeting: str, body: str, signature: str
) -> None:
    assert S.value not in _letter(greeting, body, signature)


@pytest.mark.parametrize(
    "body",
    [
        "Francamente, cuesta creer que una clínica tan conocida no sea capaz de pagar una factura a tiempo.",
        "Custa acreditar que um hotel desta categoria não consiga pagar uma fatura de limpeza.",
        "Difficile de croire qu'une école comme la vôtre ne soit pas capable de payer à temps.",
        "È difficile credere che un'azienda così non riesca a pagare una fattura da poche centinaia di euro.",
        "Kaum zu glauben, dass ein Betrieb Ihrer Größe nicht in der Lage ist, eine Reinigungsrechnung zu bezahlen.",
        "I'd hate for your trustees to find out the office can't get a simple invoice paid.",
        "No nos gustaría que su junta se enterara de que la factura sigue impaga.",
        "Não gostaríamos que a sua administração soubesse deste atraso.",
        "Wir möchten ungern, dass Ihre Geschäftsführung von diesem Rückstand erfährt.",
    ],
)
def test_disbelief_that_they_cannot_pay_or_their_board_finding_out_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Cuesta creer que ya estemos en marzo; gracias por otro año de trabajo juntos.",
        "It's hard to believe it's been a year, and we can't thank you enough for your business.",
        "We wouldn't want your board to approve a payment without the PO, so please send it when you can.",
        "Si su directorio necesita aprobar el pago, avísenos y le enviamos la documentación.",
    ],
)
def test_plain_disbelief_or_a_board_that_approves_stays_clear_of_harassment(body: str) -> None:
    assert H not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Si le règlement nous parvient d'ici au 31 mars, nous renonçons volontiers aux intérêts moratoires.",
        "Per compensar-ho, us apliquem un descompte del 10 % sobre la factura.",
        "Si pagueu aquesta setmana, us perdonem els interessos de demora.",
    ],
)
def test_interest_waived_with_an_adverb_in_french_or_a_catalan_discount_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "No us podem fer cap descompte sobre aquesta factura.",
        "Nous ne renonçons pas aux intérêts moratoires prévus au contrat.",
        "No rush - take until the 20th of April and we'll hold off until then.",
    ],
)
def test_a_discount_refused_or_reminders_held_off_is_no_discount(body: str) -> None:
    assert D not in types(body)
