"""Phenomena learned from blind sets 129, 135 and 136 (practice software, pest control, school supplies): a colleague
away named between commas, an absence still to come, books that disagree with a statement asked for, receipts and paid
claims in more shapes and languages, a charge "not owed", a refusal in the progressive, an extension asked as "time to
pay", a redirect in Traditional Chinese; each next to a near miss that keeps its old reading."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.triage import mail

DATE = "Thu, 12 Mar 2026 10:00:00 +0100"
read = partial(mail.read, date_header=DATE)


# --- someone else is away, named between commas: no away message --------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Notre comptable, Mme Roy, est en congé jusqu'à lundi. Vous recevrez le paiement d'ici la fin du mois.",
        "Our bookkeeper, Dana, is on leave until Monday. The payment will reach you by the end of the month.",
    ],
)
def test_a_colleague_away_named_between_commas_is_no_away_message(body: str) -> None:
    out = read(body)
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-31"
    assert out["return_date"] is None


def test_the_writer_away_with_an_aside_between_commas_is_still_away() -> None:
    out = read("Je suis, comme chaque année, en congé jusqu'au 20 mars.")
    assert out["intent"] == "out_of_office"
    assert out["return_date"] == "2026-03-20"


# --- an absence still to come, told in passing by a human -----------------------------------------------------------
def test_a_closure_still_ahead_does_not_hide_the_promise() -> None:
    out = read(
        "The invoice is approved and scheduled in next Friday's payment run. For info, the office is closed from "
        "27 March until 13 April, so you may not hear from us then."
    )
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-20"
    assert out["return_date"] is None


def test_an_office_closed_now_is_still_away() -> None:
    out = read("The finance office is closed until 13 April.")
    assert out["intent"] == "out_of_office"
    assert out["return_date"] == "2026-04-13"


def test_an_office_that_reopens_on_a_day_gives_the_return_date() -> None:
    raw = mail.eml(
        "Thank you for your email. The school is now closed for the Easter holidays. The office reopens on Monday "
        "13 April 2026 and I will reply then.",
        date_header="Thu, 02 Apr 2026 09:00:00 +0100",
        subject="Automatic reply: Invoice INV-1234 overdue",
    ).replace(b"Message-ID:", b"Auto-Submitted: auto-replied\nMessage-ID:")
    out = mail.RULES.triage(raw).to_contract()
    assert out["intent"] == "out_of_office"
    assert out["return_date"] == "2026-04-13"


# --- books that disagree, with a statement asked for: a reconciliation, no dispute ----------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Our records don't agree with your reminder. Please send us a full statement of account so we can reconcile.",
        "Our records don't match yours - could you send a statement of account for the year?",
    ],
)
def test_records_that_disagree_with_a_statement_asked_for_request_it(body: str) -> None:
    out = read(body)
    assert out["intent"] == "document_request"
    assert out["dispute_reason"] is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        # a fault named keeps it a dispute
        (
            "Our records don't agree with your reminder: we were billed twice. Please send us a statement.",
            "duplicate",
        ),
        # no document asked for
        ("Our records don't agree with your reminder.", "other"),
    ],
)
def test_records_that_disagree_with_a_fault_or_alone_still_dispute(body: str, reason: str) -> None:
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == reason


# --- the reminder received, in the simple past and in more languages ------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Recebemos o lembrete, obrigada. Ainda não sei indicar uma data.",
        "Recibimos su recordatorio, gracias. Lo revisamos.",
        "Chúng tôi đã nhận được email. Phòng kế toán đang kiểm tra và sẽ phản hồi sau.",
        "ได้รับอีเมลแล้วค่ะ จะตรวจสอบกับฝ่ายบัญชีแล้วจะแจ้งกลับค่ะ",
    ],
)
def test_the_reminder_received_is_an_acknowledgement(body: str) -> None:
    assert read(body)["intent"] == "acknowledgement"


def test_a_reminder_not_received_is_no_acknowledgement() -> None:
    assert read("Não recebemos o lembrete anterior.")["intent"] != "acknowledgement"


# --- paid, with the subject elsewhere or not "we" ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "paid_date"),
    [
        ("Hoy hemos hecho la transferencia de 1.200,00 € para la factura INV-1234.", "2026-03-12"),
        ("I called your office this morning and paid the £480.00 by card over the phone.", "2026-03-12"),
        ("The parents' association paid the sum of £1,380.00 into your account on Monday.", "2026-03-09"),
        ("ทางบริษัทโอนเงินจำนวน 8,990 บาท ชำระใบแจ้งหนี้ INV-1234 แล้วเมื่อวานนี้ค่ะ", None),
    ],
)
def test_paid_with_another_subject_is_a_paid_claim(body: str, paid_date: str | None) -> None:
    out = read(body)
    assert out["intent"] == "paid_claim"
    if paid_date:
        assert out["paid_date"] == paid_date


@pytest.mark.parametrize(
    "body",
    [
        "The balance will be paid into your account on Friday.",
        "ทางบริษัทจะโอนเงินวันศุกร์นี้ค่ะ",
    ],
)
def test_money_still_to_go_into_the_account_is_no_paid_claim(body: str) -> None:
    assert read(body)["intent"] != "paid_claim"


# --- the charge not owed, a duplicate, a refusal in the progressive -------------------------------------------------
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "La fattura INV-1234 non ci risulta dovuta: la scuola non ha mai emesso un ordine d'acquisto.",
            "missing_po",
        ),
        ("INV-1234 ist eine doppelte Berechnung, bitte stornieren.", "duplicate"),
        ("This invoice is for the branch we sold in January. We're not paying this one.", "other"),
        ("לא הוצאנו הזמנת רכש עבור התוסף. חיוב ללא הזמנת רכש לא ישולם.", "missing_po"),
    ],
)
def test_a_charge_refused_as_not_owed_is_a_dispute(body: str, reason: str) -> None:
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == reason


@pytest.mark.parametrize(
    "body",
    [
        "We're not paying it until Friday because of our payment run.",
        "Das ist keine doppelte Berechnung, sondern die zweite Lieferung. Wir zahlen am Freitag.",
    ],
)
def test_a_day_or_a_denied_duplicate_is_no_dispute(body: str) -> None:
    assert read(body)["intent"] != "dispute"


# --- papers kept on file before payment: a condition ----------------------------------------------------------------
def test_payment_after_papers_on_file_is_a_condition() -> None:
    out = read(
        "Could you please send a W-9 and a certificate of insurance? Once we have them on file, it will be paid."
    )
    assert out["intent"] == "document_request"
    assert out["promised_date"] is None


def test_papers_on_file_with_a_date_of_our_own_still_promise() -> None:
    out = read("We have your W-9 on file now and will pay on Friday.")
    assert out["intent"] == "promise_to_pay"


# --- Irish examinership ------------------------------------------------------------------------------------------
def test_an_examiner_appointed_by_the_court_is_an_insolvency_notice() -> None:
    out = read(
        "The High Court appointed Jane Roe as interim examiner to the company. Creditor queries should be sent to "
        "creditors@examiner.example."
    )
    assert out["intent"] == "legal_or_insolvency"
    assert out["new_contact_email"] == "creditors@examiner.example"


def test_an_examiner_of_goods_is_no_insolvency() -> None:
    assert read("Our quality examiner checked the delivery and it is fine. We will pay on Friday.")[
        "intent"
    ] == ("promise_to_pay")


# --- a copy asked for again (de, pt) ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Die Rechnung INV-1234 liegt uns nicht vor. Können Sie sie uns bitte noch einmal als PDF zusenden?",
        "Precisamos da guia de remessa assinada. Podem enviar-nos uma cópia?",
    ],
)
def test_a_copy_asked_for_again_is_a_document_request(body: str) -> None:
    assert read(body)["intent"] == "document_request"


def test_a_payment_sent_again_is_no_document_request() -> None:
    assert read("Wir werden die Zahlung am Freitag erneut senden.")["intent"] == "promise_to_pay"


# --- an extension asked as time to pay; "I don't dispute any of it" ---------------------------------------------
def test_time_asked_to_pay_is_an_extension_request() -> None:
    out = read(
        "We cannot pay this week. Kindly allow us time till the 30th of this month to pay the full amount."
    )
    assert out["intent"] == "payment_plan_request"
    assert out["promised_date"] == "2026-03-30"


def test_a_date_to_pay_without_time_asked_is_a_promise() -> None:
    assert read("We will pay the full amount by the 30th of this month.")["intent"] == "promise_to_pay"


def test_i_dont_dispute_any_of_it_contests_nothing() -> None:
    out = read(
        "I don't dispute any of it. Could we split the balance into three monthly payments from 1 April?"
    )
    assert out["intent"] == "payment_plan_request"


def test_i_dispute_it_still_disputes() -> None:
    assert read("I dispute this invoice: the price is higher than the one agreed.")["intent"] == "dispute"


# --- Traditional Chinese: a redirect of the notices is no promise -----------------------------------------------
def test_notices_sent_elsewhere_is_a_wrong_contact() -> None:
    out = read("我是櫃台人員，帳務不是由我負責。請將付款通知改寄給會計事務所：acct@firm.example，謝謝。")
    assert out["intent"] == "wrong_contact"
    assert out["new_contact_email"] == "acct@firm.example"


def test_will_pay_in_chinese_is_still_a_promise() -> None:
    assert read("我們將於3月20日付款。")["intent"] == "promise_to_pay"


def test_please_allow_days_for_a_cheque_to_arrive_is_no_extension() -> None:
    out = read(
        "Cheque #004512 for $3,480.00 was mailed on Monday. Please allow a few more days for it to arrive."
    )
    assert out["intent"] == "paid_claim"


# --- date forms: Traditional Chinese weeks, a numbered month's end (ja/zh), Hebrew end of the month ---------------
@pytest.mark.parametrize(
    ("body", "promised"),
    [
        ("我們將於下週三付款。", "2026-03-18"),
        ("我們將於週五付款。", "2026-03-13"),
        ("3月末までにお支払いいたします。", "2026-03-31"),
        ("我們會在4月底前付款。", "2026-04-30"),
        ("נשלם את החשבונית עד סוף החודש.", "2026-03-31"),
    ],
)
def test_week_and_month_end_forms_date_the_promise(body: str, promised: str) -> None:
    out = read(body)
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == promised


def test_a_past_numbered_month_end_dates_a_payment_made() -> None:
    out = read("2月末にお振込みいたしました。")
    assert out["intent"] == "paid_claim"
    assert out["paid_date"] == "2026-02-28"


# --- a proposal's fallback is no fault; money as the subject of its journey -------------------------------------
def test_if_that_doesnt_work_for_you_is_no_dispute() -> None:
    out = read(
        "I don't dispute any of it. Could we split the balance into three monthly payments of $1,440.00, the first "
        "on 1 April? If that doesn't work for you, please call me."
    )
    assert out["intent"] == "payment_plan_request"
    assert out["dispute_reason"] is None


def test_software_that_doesnt_work_still_disputes() -> None:
    assert read("The module doesn't work and we will not pay for it.")["intent"] == "dispute"


def test_the_sum_that_will_go_to_you_on_a_day_is_a_promise() -> None:
    out = read("I've authorised it today and the £1,284.50 will go to you by BACS on Friday.")
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-03-13"
    assert out["promised_amount"] == "1284.50"


def test_a_letter_that_will_go_to_the_board_is_no_promise() -> None:
    assert read("It will go to our board first on Friday.")["intent"] != "promise_to_pay"
