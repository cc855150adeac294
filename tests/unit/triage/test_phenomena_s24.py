"""Phenomena learned from blind sets 178 and 180 (industrial packaging; tutoring and language training), each widened
across languages: Arabic month names and "until", the first week of a month in Romanian and Indonesian, "in two weeks"
and the month's end in Indonesian and Hindi, a Dutch separable payment verb, a Hindi promise, a payment the subject of
its own verb (en, sv, da), the Spanish present with a whole date, a paid belief corrected, a payment's details in the
next sentence, the first sum before "the rest", a PO that exists and is only wanted on the invoice, a paper invoice that
never came, a dead mailbox, not the right person (sv, ko, hi, en), a complaint, a charge not agreed to, a refusal with
its negation after the verb, a price raised, part of the goods never delivered, the same goods on two invoices, a
material failing in use, insolvency regimes by name (SG, BE), an Arabic tax invoice to reissue, a training's proof of
attendance, payment references by their labels, and currency codes that are no invoice series; each next to a near
miss that keeps its old reading."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from chalicelib.adapters.local_triage import lexicon as lx
from chalicelib.adapters.local_triage.engine import _search
from chalicelib.adapters.local_triage.invoice_refs import invoice_numbers
from chalicelib.domain.relative_dates import fold
from tests.unit.triage import mail

DATE = "Wed, 11 Mar 2026 10:00:00 +0100"
TODAY = date(2026, 3, 11)
read = partial(mail.read, date_header=DATE)
_dates = partial(mail.dates, today=TODAY)
_auto = partial(mail.read_auto, date_header=DATE)


# --- dates ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("عائد في 2 أبريل 2026", date(2026, 4, 2)),
        ("حتى 15 نيسان", date(2026, 4, 15)),
        ("vom achita în prima săptămână din mai", date(2026, 5, 7)),
        ("kami bayar minggu pertama bulan April", date(2026, 4, 7)),
        ("saya transfer tiga minggu lagi", date(2026, 4, 1)),
        ("dalam dua hari", date(2026, 3, 13)),
        ("agle mahine nahi, is mahine ke end tak", date(2026, 3, 31)),
        ("महीने के अंत तक भेज दूंगा", date(2026, 3, 31)),
    ],
)
def test_arabic_months_first_week_in_two_weeks_and_month_end(text: str, when: date) -> None:
    assert _dates(text) == [when]


def test_indonesian_sunday_is_no_period() -> None:
    # "hari Minggu" is Sunday; only a number before "minggu lagi" counts weeks
    assert _dates("kantor tutup hari minggu") == []


def test_arabic_away_message_returns_on_the_day_after_until() -> None:
    out = _auto("أنا في إجازة حتى 20 مارس 2026 ولن أتمكن من الرد.", date_header=DATE)
    assert out["intent"] == "out_of_office"
    assert out["return_date"] == "2026-03-20"


# --- promises ----------------------------------------------------------------------------------------------------
def test_dutch_separable_verb_promises() -> None:
    out = read("Hallo,\nWij maken het bedrag van EUR 1.240,00 vrijdag over.\nGroet, Els")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-13"
    assert out["promised_amount"] == "1240.00"


def test_dutch_writing_about_the_invoice_is_no_transfer() -> None:
    assert not _search(lx.PROMISE, fold("ik schrijf u over de factuur van vorige maand."))


def test_hindi_in_latin_letters_promises() -> None:
    out = read("Namaste,\nbaaki fees Rs. 2,40,000 main agle hafte tak transfer kar dunga.\nDhanyavaad")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_amount"] == "240000.00"


def test_german_payment_in_the_present_with_its_time_promises() -> None:
    assert _search(lx.PROMISE_WEAK, fold("die Überweisung erfolgt bis Ende des Monats."))
    assert not _search(lx.PROMISE_WEAK, fold("die Überweisung erfolgte am Montag."))


def test_romanian_payment_after_a_corrected_invoice_is_conditional() -> None:
    assert lx.CONDITIONAL_ON_US.search(fold("vom plăti după ce primim factura corectată."))


def test_then_after_a_billing_change_promises_nothing() -> None:
    out = read(
        "Buongiorno,\nla fattura deve essere intestata alla nostra società, non a me.\nPotete riemetterla?\n"
        "Dopodiché la paghiamo subito."
    )
    assert out["intent"] == "billing_update"


def test_then_with_a_date_still_promises() -> None:
    out = read("Hi,\nThe approval is done. Then we will pay the invoice on Friday.")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-13"


def test_first_sum_before_the_rest_is_the_instalment() -> None:
    out = read(
        "Hello,\nCould we split this into two payments?\n£1,500.00 on the 20th and the remaining balance in April."
    )
    assert out["intent"] == "payment_plan_request"
    assert out["promised_amount"] == "1500.00"


def test_a_plan_naming_only_the_total_keeps_no_instalment() -> None:
    out = read("Hello,\nCould we split this into two payments?\nThe total is £3,000.00 as you know.")
    assert out["promised_amount"] is None


# --- paid ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "a bank transfer for $1,250.00 was sent to your account on Monday.",
        "the wire of €3.400,00 has been made this morning.",
        "betalningen på 5 600,00 kr gjordes i tisdags.",
        "betalingen blev gennemført i går.",
        "transferimos $1.200.000 el lunes 9 de marzo.",
    ],
)
def test_payment_the_subject_of_its_own_verb_is_paid(sentence: str) -> None:
    assert _search(lx.PAID, fold(sentence))


def test_a_payment_still_to_be_sent_is_not_paid() -> None:
    assert not _search(lx.PAID, fold("a bank transfer for $1,250.00 will be sent on Monday."))


def test_spanish_present_with_a_date_ahead_is_a_promise() -> None:
    out = read("Estimados:\nTransferimos $1.200.000 el 20 de marzo, sin falta.")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-20"


def test_spanish_present_with_a_date_past_is_a_claim() -> None:
    out = read("Estimados:\nTransferimos $1.200.000 el lunes 9 de marzo desde el banco.")
    assert out["intent"] == "paid_claim"
    assert out["paid_date"] == "2026-03-09"


def test_a_paid_belief_corrected_is_no_claim() -> None:
    out = read("Hi,\nSorry, I thought the lessons were paid by standing order.\nI'll pay the €300 on Friday.")
    assert out["intent"] == "promise_to_pay"


def test_a_payment_stated_is_still_a_claim() -> None:
    out = read("Hi,\nThe lessons were paid by standing order on 2 March.")
    assert out["intent"] == "paid_claim"


def test_the_claims_details_follow_in_the_next_sentence() -> None:
    out = read("Hi,\nWe already paid this.\nSent $480.00 by Venmo on March 4, id VM-55120.")
    assert out["paid_date"] == "2026-03-04"


def test_a_question_after_the_claim_dates_no_payment() -> None:
    out = read("Hi,\nWe already paid this.\nCould you confirm the $480.00 arrived by March 13?")
    assert out["paid_date"] is None


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("payé par carte le 3 mars, numéro d'autorisation 771204.", "771204"),
        ("betalt med OCR-referens 99120044.", "99120044"),
        ("transferencia con comprobante N° 5512009.", "5512009"),
    ],
)
def test_payment_references_by_their_labels(text: str, ref: str) -> None:
    m = lx.REFERENCE.search(fold(text))
    assert m and m.group(1) == ref


def test_a_disputed_invoices_sum_is_no_amount_paid() -> None:
    out = read(
        "Hola:\nNos cobraron dos veces: las facturas INV-1234 e INV-1240 tienen el mismo importe ($9,800.00).\n"
        "La INV-1234 ya fue pagada en febrero.\nFavor de cancelar la INV-1240."
    )
    assert out["intent"] == "dispute"
    assert out["promised_amount"] is None


# --- disputes ------------------------------------------------------------------------------------------------------
def test_po_given_and_asked_on_the_invoice_is_a_billing_update() -> None:
    out = read(
        "Hi,\nYour invoice was bounced by our AP tool as it has no purchase order on it.\n"
        "Our PO is 4500778812.\nPlease add it and send the invoice again."
    )
    assert out["intent"] == "billing_update"


def test_po_named_for_other_work_keeps_the_missing_po_dispute() -> None:
    out = read(
        "Hi,\nThe extra visits on this invoice were never covered by a purchase order.\n"
        "Our PO 4500778812 covered the first visit only and nobody approved the rest, so we will not pay them."
    )
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == "missing_po"


def test_a_paper_invoice_that_never_came_asks_for_a_copy() -> None:
    out = read(
        "Guten Tag,\nbitte schicken Sie uns die Rechnung als PDF.\nDie Originalrechnung ist nie angekommen."
    )
    assert out["intent"] == "document_request"


def test_goods_that_never_came_still_dispute() -> None:
    out = read("Guten Tag,\ndie Ware ist nie angekommen, daher zahlen wir die Rechnung nicht.")
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == "not_received"


@pytest.mark.parametrize(
    "sentence",
    [
        "ich möchte mich hiermit beschweren: der Kurs war schlecht vorbereitet.",
        "não concordamos com esta cobrança.",
        "I don't agree with this charge at all.",
        "no debería existir ninguna factura a nuestro nombre.",
        "für diese Qualität zahlen wir keine 300 Euro.",
        "diferența de 100 lei nu o plătim.",
        "INV-1240 is the same shipment as INV-1234, which we paid.",
        "la INV-1240 es el mismo pedido que la INV-1234.",
    ],
)
def test_contesting_cues(sentence: str) -> None:
    assert _search(lx.DISPUTE_CUE, fold(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I agree with this charge, thanks.",
        "wir zahlen die Rechnung am Freitag.",
        "INV-1240 is for the same customer as INV-1234.",
    ],
)
def test_contesting_cues_near_misses(sentence: str) -> None:
    assert not _search(lx.DISPUTE_CUE, fold(sentence))


def test_a_refusal_with_the_negation_after_the_verb_promises_nothing() -> None:
    out = read(
        "Grüß Gott,\nfür diese Qualität zahlen wir keine 300 Euro.\nDer Lehrer war dreimal unvorbereitet."
    )
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == "quality"
    assert out["promised_amount"] is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the fee went up from $40 to $55 a lesson without notice. We won't pay the difference.", "pricing"),
        ("roughly half of the cartons billed were never delivered, so we dispute the invoice.", "quantity"),
        ("the shrink film tears when wrapping the pallets, so we dispute the invoice.", "quality"),
        ("die Folie reißt beim Wickeln, wir reklamieren die Rechnung.", "quality"),
    ],
)
def test_reasons_named(text: str, reason: str) -> None:
    assert read(f"Hello,\n{text}")["dispute_reason"] == reason


def test_all_goods_never_delivered_is_not_received() -> None:
    out = read("Hello,\nthe cartons billed were never delivered, so we dispute the invoice.")
    assert out["dispute_reason"] == "not_received"


# --- wrong contact, documents, billing, legal -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "jag är fel person för det här.",
        "저는 결제 업무를 담당하지 않습니다.",
        "मैं भुगतान नहीं देखता।",
        "main payment nahi dekhta, accounts ko bhejein: ap@firm.example",
        "I'm not the one paying for these lessons.",
        "Mr. Cruz has resigned from the company.",
        "kindly coordinate with our AP team at ap@firm.example.",
    ],
)
def test_not_the_right_person(sentence: str) -> None:
    assert _search(lx.WRONG_CONTACT, fold(sentence))


def test_coordinating_without_an_address_is_no_redirect() -> None:
    assert not _search(lx.WRONG_CONTACT, fold("we will coordinate with our warehouse about the delivery."))


def test_a_dead_mailbox_is_not_the_new_contact() -> None:
    out = read(
        "Hi,\nYour reminders still go to old@firm.example, which we closed last year.\n"
        "Please write to payables@firm.example instead."
    )
    assert out["new_contact_email"] == "payables@firm.example"


def test_a_live_mailbox_named_first_is_the_contact() -> None:
    out = read("Hi,\nPlease write to payables@firm.example, which we check daily.")
    assert out["new_contact_email"] == "payables@firm.example"


@pytest.mark.parametrize(
    "sentence",
    [
        "pourriez-vous nous envoyer les feuilles d'émargement signées ?",
        "please send the attendance sheets for the course.",
        "mohon dikirimkan faktur pajak untuk invoice ini.",
        "mohon kirim salinan invoice yang sudah ditandatangani.",
    ],
)
def test_documents_asked_for(sentence: str) -> None:
    assert _search(lx.DOCUMENT, fold(sentence))


def test_arabic_amended_tax_invoice_is_a_billing_update() -> None:
    out = read("السلام عليكم،\nالفاتورة لا تحمل الرقم الضريبي لشركتنا.\nنرجو إصدار فاتورة ضريبية معدلة.")
    assert out["intent"] == "billing_update"


@pytest.mark.parametrize(
    "sentence",
    [
        "the company was placed under judicial management on 2 March.",
        "de ondernemingsrechtbank heeft ons een gerechtelijke reorganisatie toegekend.",
        "le tribunal a ouvert une procédure de réorganisation judiciaire.",
    ],
)
def test_insolvency_regimes_by_name(sentence: str) -> None:
    assert _search(lx.LEGAL, fold(sentence))


def test_managing_a_project_is_no_insolvency() -> None:
    assert not _search(lx.LEGAL, fold("our project management team will review the invoice."))


# --- invoice numbers -------------------------------------------------------------------------------------------------
def test_a_currency_code_in_the_subject_is_no_invoice_series() -> None:
    subject = "Re: Reminder: invoice INV-1234 is 9 days overdue (PHP 48,200.00)"
    assert invoice_numbers("thank you po", subject, "") == ["INV-1234"]
