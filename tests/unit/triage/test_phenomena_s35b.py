"""Session 35, second round: terse claims made "last week", a wrong contact who names the payer but gives no address,
a Romanian "by the 15th", a Brazilian trade bill ("duplicata") by its number, a debt placed in a payment run, an order
nobody placed, a colleague's note forwarded under Nordic headers, and what the second reader may not read into a
reply that says what it is (an unrelated question, a copy of the invoice, a claim made last week)."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.adapters.local_triage.engine import _kept_after_reading, _nothing_to_read, _Statement
from chalicelib.domain.triage import Intent
from tests.unit.triage.mail import dates, read

_THU = "Thu, 26 Mar 2026 18:02:44 +0100"
_WED = "Wed, 18 Mar 2026 09:47:30 +0200"


@pytest.mark.parametrize(
    "body",
    [
        "Zapłacone w zeszłym tygodniu.",
        "Ya se les pagó esa factura desde la semana pasada, chequen bien por favor.",
        "Betalt i forrige uke.",
        "Betalt i sidste uge, mvh Lars",
        "Plătită săptămâna trecută.",
    ],
)
def test_a_terse_claim_made_last_week_is_paid_with_no_day(body: str) -> None:
    out = read(body, date_header=_THU)
    assert (out["intent"], out["paid_date"]) == ("paid_claim", None)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Nie zapłacone jeszcze, przepraszam.", "other"),
        ("Zostanie zapłacone w piątek.", "promise_to_pay"),
        ("To będzie zapłacone jutro.", "promise_to_pay"),
        ("Betalt? Nei, ikke ennå.", "other"),
        ("Se lo pago el viernes.", "promise_to_pay"),
    ],
)
def test_the_participle_denied_asked_or_ahead_claims_no_payment(body: str, intent: str) -> None:
    assert read(body, date_header=_THU)["intent"] == intent


def test_the_spanish_impersonal_past_is_a_payment_made_not_promised() -> None:
    out = read("Se le pagó el lunes.", date_header=_THU)
    assert (out["intent"], out["paid_date"], out["promised_date"]) == ("paid_claim", "2026-03-23", None)


def test_a_colombian_deposit_into_our_account_is_paid() -> None:
    out = read(
        "El 9 de marzo consignamos en Bancolombia $ 12.600.000 a la cuenta de ustedes, comprobante No. 447120938.",
        date_header="Tue, 10 Mar 2026 15:10:44 -0500",
        subject="RE: Factura INV-1234 vencida (COP 12.600.000,00)",
    )
    assert (out["intent"], out["paid_date"], out["promised_amount"]) == (
        "paid_claim",
        "2026-03-09",
        "12600000.00",
    )
    # its present, a day still ahead, is no claim
    assert read("Le consignamos el día 30.", date_header=_THU)["intent"] != "paid_claim"


@pytest.mark.parametrize(
    "body",
    [
        "Not me mate, I only do the site side. Ask for Karen in the office, she does all the paying.",
        "Nicht ich – fragen Sie nach Frau Huber im Büro, sie macht die Zahlungen.",
        "No soy yo, pregunte por Karen en la oficina, ella lleva los pagos.",
        "Não sou eu, fale com a Ana, ela cuida dos pagamentos.",
    ],
)
def test_the_payer_named_without_an_address_is_a_wrong_contact(body: str) -> None:
    out = read(body, date_header=_THU)
    assert (out["intent"], out["new_contact_email"]) == ("wrong_contact", None)


def test_someone_handling_payments_beside_a_dated_promise_keeps_the_promise() -> None:
    out = read("Karen does all the paying; she will pay it on Friday.", date_header=_THU)
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", "2026-03-27")


def test_a_romanian_by_the_day_is_the_next_such_day() -> None:
    today = date(2026, 3, 18)
    assert dates("o vom achita până pe 15, suma de 12.340,50 lei", today=today) == [date(2026, 4, 15)]
    assert dates("până la 20", today=today) == [date(2026, 3, 20)]
    assert dates("pe data de 5", today=today) == [date(2026, 4, 5)]
    # a span, a named month read elsewhere, a decimal: no day of this kind
    assert dates("pe 15 zile", today=today) == []
    assert dates("pe 15,5", today=today) == []
    out = read(
        "Factura 41188 a fost aprobată la plată și o vom achita până pe 15, suma de 12.340,50 lei.",
        date_header=_WED,
    )
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", "2026-04-15")


def test_a_trade_bill_by_its_number_in_a_payment_run_is_a_promise_not_a_double_billing() -> None:
    out = read("A duplicata 30534 (R$ 21.600,00) entra no pagamento de sexta-feira.", date_header=_THU)
    assert (out["intent"], out["promised_date"], out["dispute_reason"]) == (
        "promise_to_pay",
        "2026-03-27",
        None,
    )
    es = read("La factura entra en el pago del viernes.", date_header=_THU)
    assert (es["intent"], es["promised_date"]) == ("promise_to_pay", "2026-03-27")
    # billed twice is still a duplicate
    twice = read("A fatura foi cobrada em duplicata, já pagamos a primeira.", date_header=_THU)
    assert (twice["intent"], twice["dispute_reason"]) == ("dispute", "duplicate")


@pytest.mark.parametrize(
    "body",
    [
        "No tenemos ningún pedido nuestro que ampare la factura INV-1234. Mientras no nos aportéis el pedido, no "
        "podemos darla por buena.",
        "Não temos nenhum pedido que ampare a fatura INV-1234; ninguém pediu este material.",
    ],
)
def test_an_invoice_no_order_of_ours_stands_behind_is_contested_for_the_missing_order(body: str) -> None:
    out = read(body, date_header=_THU)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "missing_po")


_NOTE = "Ingrid - denne ble betalt 2. mars, kr 31 250,00. Kan du svare dem?"


def test_a_colleague_note_forwarded_under_nordic_headers_is_the_customer_speaking() -> None:
    body = (
        "Hei,\n\nSe svar fra vår controller under.\n\nMvh\nIngrid\n\n________________________________\n"
        "Fra: Knut Berg <knut.berg@customer.example>\nSendt: tirsdag 3. mars 2026 16:02\n"
        "Til: Pat <pat@customer.example>\nEmne: VS: Påminnelse: faktura INV-1234\n\n"
        f"{_NOTE}\n\nKnut\n"
    )
    out = read(
        body, date_header="Wed, 04 Mar 2026 09:30:12 +0100", subject="SV: Påminnelse: faktura INV-1234"
    )
    assert (out["intent"], out["paid_date"]) == ("paid_claim", "2026-03-02")


def test_our_own_reminder_under_a_nordic_pointer_is_not_the_customer_speaking() -> None:
    body = (
        "Se nedenfor.\n\n________________________________\nFra: Acme AR <ar+C1@ar.acme.example>\n"
        "Sendt: tirsdag 3. mars 2026 08:00\nEmne: Påminnelse\n\nHar dere allerede betalt, ber vi om betalingsdato.\n"
    )
    assert read(body, date_header="Wed, 04 Mar 2026 09:30:12 +0100")["intent"] != "paid_claim"


@pytest.mark.parametrize(
    "sentence",
    [
        "una consulta que no te res a veure amb la factura: teniu llavor de tomaquet?",
        "a question that has nothing to do with the invoice: do you stock seed potatoes?",
        "una pregunta que no tiene nada que ver con la factura: ¿tienen semilla de maíz?",
    ],
)
def test_a_question_set_apart_from_the_invoice_is_read_as_nothing_more(sentence: str) -> None:
    kept_out = _nothing_to_read({}, [sentence])
    assert Intent.DISPUTE in kept_out and Intent.PAYMENT_PLAN_REQUEST in kept_out
    assert Intent.OTHER not in kept_out
    # a statement the rules read is theirs to weigh; a question about the invoice itself is not set apart
    said = {Intent.PROMISE_TO_PAY: _Statement(Intent.PROMISE_TO_PAY, sentence, 0.9)}
    assert _nothing_to_read(said, [sentence]) == set()
    assert _nothing_to_read({}, ["a question about the invoice: why is line 3 charged twice?"]) == set()


def test_a_copy_of_the_invoice_asked_for_is_no_billing_change() -> None:
    today = date(2026, 3, 25)
    sentence = (
        "nos hace falta la certificacion bancaria y copia de la factura inv-1234, que no la encontramos."
    )
    found = {Intent.DOCUMENT_REQUEST: _Statement(Intent.DOCUMENT_REQUEST, sentence, 0.9)}
    assert Intent.BILLING_UPDATE in _kept_after_reading(found, [sentence], today, True)
    found[Intent.BILLING_UPDATE] = _Statement(Intent.BILLING_UPDATE, sentence, 0.9)
    assert Intent.BILLING_UPDATE not in _kept_after_reading(found, [sentence], today, True)


def test_a_claim_made_last_week_is_kept_from_other() -> None:
    today = date(2026, 3, 26)
    for sentence in ("zaplacone w zeszlym tygodniu.", "paid last week.", "betalt i forrige uke."):
        found = {Intent.PAID_CLAIM: _Statement(Intent.PAID_CLAIM, sentence, 0.9)}
        assert Intent.OTHER in _kept_after_reading(found, [sentence], today, True), sentence
