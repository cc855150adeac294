"""Wordings learned from blind sets 52-54, each next to a near miss that must keep its old reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.domain.relative_dates import find_dates

RULES = LocalTriage(model=None)


def eml(
    body: str,
    *,
    subject: str = "Re: Invoice INV-1234 overdue",
    date_header: str = "Tue, 10 Mar 2026 10:00:00 +0100",
) -> bytes:
    return (
        f"From: Pat <pat@customer.example>\nTo: ar+C1@ar.acme.example\nSubject: {subject}\nDate: {date_header}\n"
        f"Message-ID: <x@customer.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # approval refused or the charge not recognised is a dispute ...
        ("La factura INV-1234 no la podemos aprobar: cobra 9 horas y el parte firmado dice 7.", "dispute"),
        ("Sem o relatório final, a fatura não será aprovada para pagamento.", "dispute"),
        ("Non possiamo riconoscere l'importo: il servizio non è mai stato ordinato.", "dispute"),
        # ... but held for a missing document it asks for the document
        ("¿Nos mandáis el albarán firmado? Sin él no podemos aprobar la factura.", "document_request"),
        (
            "Uns fehlt der unterschriebene Lieferschein. Ohne den können wir nicht freigeben.",
            "document_request",
        ),
        # not owed at all, and a payment withheld
        ("Il contratto è stato disdetto a gennaio, la fattura di marzo non è quindi dovuta.", "dispute"),
        ("Nous bloquons le paiement jusqu'à la livraison des pièces conformes.", "dispute"),
        # the invoice document never came is a copy request; goods that never came are a dispute
        ("Die Rechnung ist bei uns nie angekommen. Bitte senden Sie eine Kopie.", "document_request"),
        ("We dispute this invoice - we never received the goods.", "dispute"),
        # instalments "en deux fois" are a plan; an invoice billed "deux fois" is a duplicate
        ("Serait-il possible de régler la facture en deux fois ?", "payment_plan_request"),
        ("Vous nous avez facturé cette livraison deux fois.", "dispute"),
        # Nordic and Turkish wordings
        ("Tak for påmindelsen. Vi kigger på det og vender tilbage.", "acknowledgement"),
        ("Betalningen på 4 000 kr gick iväg igår via bankgiro.", "paid_claim"),
        ("Faturanın ödemesini ayın 20'sine kadar yapacağız.", "promise_to_pay"),
        ("Vil I sende os et kontoudtog over alle åbne poster?", "document_request"),
        (
            "Jeg har slutat som projektledare. Skicka fakturor till ap@customer-two.example i stället.",
            "wrong_contact",
        ),
        # a question about which cost centre to book it to asks for no change to the invoice
        ("Quick question: which cost centre should I code the call-out fee to?", "other"),
        ("Please add our cost centre 4410 to the invoice and resend it.", "billing_update"),
        # a payment that can only follow a resubmission asks for the resubmission
        (
            "Bitte reichen Sie die Rechnung als XRechnung über das Portal ein; erst dann kann sie zur Zahlung "
            "angewiesen werden.",
            "billing_update",
        ),
        ("Die Rechnung wird am Freitag zur Zahlung angewiesen.", "promise_to_pay"),
    ],
)
def test_rules_alone_read_blind_sets_52_to_54s_wordings(body: str, intent: str) -> None:
    assert RULES.triage(eml(body)).intent.value == intent


def test_a_colleague_away_is_not_the_writers_absence() -> None:
    other = RULES.triage(
        eml(
            "No soy la persona indicada: las facturas las lleva mi socia. Ella vuelve el lunes de vacaciones."
        )
    )
    assert (other.intent.value, other.return_date) == ("wrong_contact", None)
    away = RULES.triage(eml("Estoy de vacaciones y vuelvo el lunes 16 de marzo."))
    assert away.intent.value == "out_of_office"


def test_a_payment_stated_only_in_the_subject_line_is_a_claim_with_its_reference() -> None:
    subject = "RE: Recordatorio: factura INV-1234 vencida (EUR 890,00) — PAGADA hoy, ref. TRF 0091-5521"
    result = RULES.triage(eml("", subject=subject))
    assert (result.intent.value, result.paid_date, result.payment_reference, result.promised_amount) == (
        "paid_claim",
        date(2026, 3, 10),
        "TRF 0091-5521",
        None,
    )
    ours = RULES.triage(eml("", subject="RE: Recordatorio: factura INV-1234 vencida (EUR 890,00)"))
    assert ours.intent.value != "paid_claim"


def test_a_reference_has_digits_and_a_check_id_is_one() -> None:
    no_number = RULES.triage(eml("He paid it on 2 March but hasn't got the confirmation number to hand."))
    assert (no_number.intent.value, no_number.payment_reference) == ("paid_claim", None)
    check = RULES.triage(eml("Paid by check, CHK-55120, mailed on 3/6 for the full amount."))
    assert check.payment_reference == "CHK-55120"
    german = RULES.triage(
        eml("Wir haben am 02.03. überwiesen, unsere Buchungsreferenz lautet 2026030200999.")
    )
    assert german.payment_reference == "2026030200999"


def test_a_total_is_the_promised_amount_and_a_list_without_one_keeps_the_first() -> None:
    total = RULES.triage(eml("£1,000.00 and £200.00 will be paid on Friday, £1,200.00 in total."))
    assert total.promised_amount == Decimal("1200.00")
    listed = RULES.triage(eml("£1,000.00 and £200.00 will be paid on Friday."))
    assert listed.promised_amount == Decimal("1000.00")


def test_what_a_dispute_calls_correct_is_not_its_reason() -> None:
    vat = RULES.triage(
        eml(
            "Não aceitamos a fatura: os preços estão corretos, mas foi cobrado IVA numa venda intracomunitária."
        )
    )
    assert (vat.intent.value, vat.dispute_reason) == ("dispute", "other")
    price = RULES.triage(eml("Não aceitamos a fatura: o preço está errado."))
    assert price.dispute_reason == "pricing"


def test_nordic_week_numbers_and_polish_counted_weeks() -> None:
    today = date(2026, 3, 24)
    assert [f.value for f in find_dates("til uge 17", today)] == [date(2026, 4, 24)]
    assert [f.value for f in find_dates("za dwa tygodnie", today)] == [date(2026, 4, 7)]


def test_a_brazilian_real_is_no_us_hint_for_a_day_first_date() -> None:
    body = "Gostaríamos de parcelar em 3 parcelas de R$ 1.000,00, com a primeira em 10/04/2026. Pode ser?"
    result = RULES.triage(eml(body, date_header="Wed, 25 Mar 2026 10:00:00 -0300"))
    assert (result.intent.value, result.promised_date, result.promised_amount) == (
        "payment_plan_request",
        date(2026, 4, 10),
        Decimal("1000.00"),
    )
