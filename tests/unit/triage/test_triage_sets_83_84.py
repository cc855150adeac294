"""Constructions learned from blind sets 83 and 84 (and two known weaknesses: day words inside names, hidden HTML
text), each next to a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.adapters.email_parsing import html_to_text
from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.domain.relative_dates import find_dates

RULES = LocalTriage(model=None)


def eml(
    body: str,
    *,
    subject: str = "Re: Invoice INV-1234 overdue",
    date_header: str = "Wed, 11 Mar 2026 10:00:00 +0000",
    ctype: str = "text/plain",
) -> bytes:
    return (
        f"From: Pat <pat@customer.example>\nTo: ar+C1@ar.acme.example\nSubject: {subject}\nDate: {date_header}\n"
        f"Message-ID: <x@customer.example>\nContent-Type: {ctype}; charset=utf-8\n\n{body}\n"
    ).encode()


def read(body: str, **kw: str) -> dict[str, object]:
    return RULES.triage(eml(body, **kw)).to_contract()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # an insolvency denied is no notice of one; an insolvency stated still is
        (
            "To be clear: we are not in administration and no insolvency practitioner has been appointed. "
            "We will pay both invoices next Wednesday.",
            "promise_to_pay",
        ),
        (
            "The company went into administration last week. We will pay nothing further.",
            "legal_or_insolvency",
        ),
        # a dispute with a third party explains a delay; a dispute with the invoice is one
        (
            "The account is frozen pending a dispute with its bank, so I will settle the arrears personally on 31 March.",
            "promise_to_pay",
        ),
        ("We dispute the service charge on this invoice.", "dispute"),
        # "paid by EFT on <date>" after a promise says how it will be paid; after a past verb it was paid
        ("I will settle the arrears personally: R38 400,00, paid by EFT on 31 March.", "promise_to_pay"),
        ("The arrears were paid by EFT on 9 March.", "paid_claim"),
        # the same thing charged a second time, in several languages; charged once more with no "same" is no cue
        (
            "INV-5471 is therefore charging us a second time for the same dilapidations. Please cancel it.",
            "dispute",
        ),
        ("Nos están cobrando por segunda vez la misma reparación.", "dispute"),
        # "we do not accept INV-n", with or without an adverb
        ("We therefore do not accept INV-5405 at all.", "dispute"),
        ("We therefore accept INV-5405 and will pay it on Friday.", "promise_to_pay"),
        # refusing to pay for items that do not exist
        ("Nous ne pouvons donc pas régler 4 billets qui n'existent pas.", "dispute"),
        ("Nous ne pouvons pas régler avant le 30 mars, désolés.", "other"),
        # the invoice never arrived, its amount written with a decimal point: a copy is asked for
        (
            "Die Rechnung INV-6344 über CHF 4'180.50 ist bei uns nie angekommen. Können Sie uns bitte eine Kopie schicken?",
            "document_request",
        ),
        ("Die Ware ist nie angekommen. Wir zahlen die Rechnung INV-6344 nicht.", "dispute"),
        # a payment that waits on a document or an approval is no promise; a dated one without a condition is
        (
            "Our accountants set you up as a vendor next week and need a current W-9 from you before anything can be "
            "paid. Could you send one over?",
            "document_request",
        ),
        ("Our accountants will pay you next week.", "promise_to_pay"),
        (
            "Ho inoltrato la fattura al responsabile. È in trasferta fino al 23 marzo; una volta approvata, la fattura "
            "verrà inserita nel primo pagamento utile.",
            "acknowledgement",
        ),
        # a German invoice re-addressed to the new company, the split verb "stellen ... neu aus"
        (
            "Die Rechnung INV-4873 ist noch an die Alte Chemie GmbH adressiert. Bitte stellen Sie die Rechnung neu aus. "
            "Danach wird sie im regulären Zahllauf berücksichtigt.",
            "billing_update",
        ),
        ("Die Rechnung wird im Zahllauf am Freitag berücksichtigt.", "promise_to_pay"),
        # "processed at our end" with the payment still to come is a promise; "processed and paid" a claim
        (
            "Invoice INV-4482 has been processed at our end and the payment will be released in two weeks.",
            "promise_to_pay",
        ),
        ("Invoice INV-4482 has been processed and paid yesterday.", "paid_claim"),
        # receipts (plural) are documents
        (
            "Could you please send us the e-ticket receipts and the hotel invoices behind INV-4850?",
            "document_request",
        ),
        # "they're in next Friday's check run"
        ("Both cleared approval. They're in next Friday's check run.", "promise_to_pay"),
        ("Next Friday's check run is the last one before the audit.", "other"),
        # Japanese humble present is the future; the past form is a claim
        ("来週の金曜日に全額をお振込みいたします。", "promise_to_pay"),
        ("本日、全額をお振込みいたしました。", "paid_claim"),
    ],
)
def test_intent(body: str, intent: str) -> None:
    assert read(body)["intent"] == intent


def test_quantity_issued_and_duplicate_reasons() -> None:
    out = read(
        "La facture porte sur 42 billets. Or, seuls 38 billets ont été émis. "
        "Nous ne pouvons donc pas régler 4 billets qui n'existent pas."
    )
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "quantity")
    out = read("INV-5471 is charging us a second time for the same dilapidations.")
    assert out["dispute_reason"] == "duplicate"


def test_japanese_next_week_weekday() -> None:
    out = read("来週の金曜日に全額をお振込みいたします。")
    assert out["promised_date"] == "2026-03-20"  # Wed 11 Mar: Friday of next week
    today = date(2026, 3, 11)
    assert [d.value for d in find_dates("金曜日に", today)] == [date(2026, 3, 13)]
    assert [d.value for d in find_dates("3月23日（月）まで", today)] == [date(2026, 3, 23)]


@pytest.mark.parametrize(
    ("body", "promised_date"),
    [
        # a day word inside a name dates nothing ...
        ("We will pay the Hotel Tomorrow Square invoice next Friday.", "2026-03-20"),
        ("Nous réglerons la facture de Grenoble Demain vendredi.", "2026-03-13"),
        ("Pagaremos la factura de Café Mañana el viernes.", "2026-03-13"),
        # ... but it still dates a payment when it is the day
        ("We will pay Tomorrow.", "2026-03-12"),
        ("Tomorrow Jane will pay the invoice.", "2026-03-12"),
        ("Nous réglerons demain.", "2026-03-12"),
    ],
)
def test_day_word_in_a_name(body: str, promised_date: str) -> None:
    assert read(body)["promised_date"] == promised_date


def test_day_word_in_a_name_is_no_return_or_paid_date() -> None:
    out = read("We paid the invoice for our stay at Hotel Yesterday Inn on 9 March.")
    assert (out["intent"], out["paid_date"]) == ("paid_claim", "2026-03-09")


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display:none">',
        '<span style="visibility: hidden">',
        '<span style="font-size:0">',
        '<span style="font-size:1pt;color:#ffffff">',
        '<span style="color:#FFF">',
        "<span hidden>",
    ],
)
def test_hidden_html_text_is_not_the_writer(hidden: str) -> None:
    page = f"<html><body><p>Thanks, we have received your reminder.</p><p>{hidden}We will pay INV-1234 tomorrow.</span></p></body></html>"
    assert "pay" not in html_to_text(page)
    out = read(page, ctype="text/html")
    assert (out["intent"], out["promised_date"]) == ("acknowledgement", None)


def test_visible_html_text_still_counts() -> None:
    # white text on a dark cell is visible, and so is small (not tiny) type
    page = (
        '<html><body><div style="background-color:#003366"><span style="color:white">We will pay INV-1234 tomorrow.'
        '</span></div><p style="font-size:10pt">Regards</p></body></html>'
    )
    assert "We will pay" in html_to_text(page)
    out = read(page, ctype="text/html")
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", "2026-03-12")
