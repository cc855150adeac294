"""Session 36b: a case number in our reply-to address or payment link is no invoice; quote headers in Japanese,
Chinese, Korean, Thai, Vietnamese, Indonesian, Hindi and Bengali end the customer's words; a Thai transfer still to
come ("once transferred"), a Japanese transfer slip named by its noun, a Chinese payment put into a dated run and a
cheque mailed in Chinese or Japanese."""

from __future__ import annotations

import pytest

from chalicelib.adapters.local_triage.invoice_refs import invoice_numbers
from tests.unit.triage.mail import RULES, read

_MON = "Mon, 09 Mar 2026 10:12:00 +0800"
_WED = "Wed, 11 Mar 2026 14:20:00 +0800"

_REMINDER = (
    "Dear customer,\n\nThe following invoice is past due.\n\n  Invoice     Due date      Amount\n"
    "  AB-20417    2026-02-27    SGD 1,200.00\n\n"
    "You can pay online at https://pay.vendor.example/c/AB5512 or by bank transfer.\n"
)


def _reply(body: str, header: str) -> bytes:
    return (
        "From: Pat <pat@customer.example>\nTo: Billing <ar+AB5512@billing.vendor.example>\n"
        "Subject: RE: Reminder: invoice AB-20417 is 10 days overdue (SGD 1,200.00)\nDate: " + _MON + "\n"
        "Message-ID: <x@customer.example>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}\n\n{header}\n\n{_REMINDER}"
    ).encode()


@pytest.mark.parametrize(
    "header",
    [
        "差出人: Billing <ar+AB5512@billing.vendor.example>\n送信日時: 2026年3月9日 9:00\n件名: Reminder",
        "发件人: Billing <ar+AB5512@billing.vendor.example>\n发送时间: 2026年3月9日 9:00",
        "寄件者: Billing <ar+AB5512@billing.vendor.example>\n寄件日期: 2026年3月9日 上午 9:00",
        "보낸 사람: Billing <ar+AB5512@billing.vendor.example>\n보낸 날짜: 2026년 3월 9일 월요일 오전 9:00",
        "จาก: Billing <ar+AB5512@billing.vendor.example>\nส่ง: 9 มีนาคม 2569 9:00",
        "Billing <ar+AB5512@billing.vendor.example> 于2026年3月9日周一 09:00写道：",
        "Billing <ar+AB5512@billing.vendor.example> 於 2026年3月9日 週一 上午9:00 寫道：",
        "2026年3月9日(月) 9:00 Billing <ar+AB5512@billing.vendor.example>:",
        "Vào Th 2, 9 thg 3, 2026 vào lúc 09:00 Billing <ar+AB5512@billing.vendor.example> đã viết:",
        "Pada tanggal Sen, 9 Mar 2026 pukul 09.00 Billing <ar+AB5512@billing.vendor.example> menulis:",
        "सोम, 9 मार्च 2026 को 9:00 am बजे Billing <ar+AB5512@billing.vendor.example> ने लिखा:",
        "সোম, ৯ মার্চ, ২০২৬ তারিখে ৯:০০ AM এ Billing <ar+AB5512@billing.vendor.example> লিখেছেন:",
    ],
)
def test_a_quote_header_in_an_asian_language_ends_the_customers_words(header: str) -> None:
    out = RULES.triage(_reply("Noted, thank you.", header)).to_contract()
    # the reminder's "If you have already paid" and its case number stay ours
    assert out["invoice_numbers"] == ["AB-20417"]


def test_a_case_number_in_an_address_or_a_link_is_no_invoice() -> None:
    text = (
        "Billing <ar+AB5512@billing.vendor.example> wrote: see https://pay.vendor.example/c/AB5512 "
        "about invoice AB-20417"
    )
    assert invoice_numbers(text, "Reminder: invoice AB-20417", "") == ["AB-20417"]
    # a bounce carries our Return-path back: the reminder's own invoice is what it is about
    bounce = "Return-path: <ar+AB5512@billing.vendor.example>\nfor pat@customer.example"
    assert invoice_numbers(bounce, "Undeliverable", "Subject: invoice AB-20417 is overdue") == ["AB-20417"]


@pytest.mark.parametrize(
    "body",
    [
        "ทางบริษัทฯ จะโอนชำระยอด 48,560.00 บาท ภายในสิ้นเดือนนี้ค่ะ\n\nหากโอนแล้วจะส่งสลิปให้อีกครั้งนะคะ",
        "เราจะชำระภายในสิ้นเดือนนี้\n\nเมื่อโอนแล้วจะแจ้งให้ทราบครับ",
    ],
)
def test_a_thai_transfer_once_made_is_a_step_still_ahead(body: str) -> None:
    out = read(body, date_header=_WED)
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", "2026-03-31")


@pytest.mark.parametrize(
    "body",
    [
        "3月6日（金）に2,156,000円をお振込み済みでございます。念のため振込明細を添付いたしますので、ご確認ください。",
        "3月6日に全額を送金しました。送金明細を添付いたしますのでご確認いただけますでしょうか。",
    ],
)
def test_a_japanese_transfer_slip_attached_promises_nothing(body: str) -> None:
    out = read(body, date_header=_WED)
    assert (out["intent"], out["paid_date"]) == ("paid_claim", "2026-03-06")


@pytest.mark.parametrize(
    "body",
    [
        "此筆款項 NT$385,600 已排入115年3月31日電匯付款，屆時請查收。",
        "该笔款项已排入2026年3月31日的付款批次，届时请查收。",
    ],
)
def test_a_chinese_payment_put_into_a_dated_run_is_a_promise(body: str) -> None:
    out = read(body, date_header=_WED)
    assert (out["intent"], out["promised_date"], out["paid_date"]) == ("promise_to_pay", "2026-03-31", None)


@pytest.mark.parametrize(
    "body",
    [
        "關於 invoice INV-1234，我哋已於上星期五以掛號信寄出支票，金額 HK$64,200.00。",
        "支票已经寄出，金额 ¥12,000.00，请查收。",
        "小切手を3月6日に郵送いたしました。",
    ],
)
def test_a_cheque_mailed_in_chinese_or_japanese_is_paid(body: str) -> None:
    assert read(body, date_header=_WED)["intent"] == "paid_claim"


@pytest.mark.parametrize(
    "body",
    [
        "我司来料检验发现容值偏差超出规格，不良率约6%，已开具退货单。在贵司提供8D报告之前，该发票暂缓付款。",
        "受入検査で不合格となりました。原因が判明するまでお支払いは保留させていただきます。",
        "Cip yang dibekalkan disyaki tiruan dan ujian X-ray oleh makmal kami gagal. Pembayaran ditangguhkan.",
    ],
)
def test_goods_failing_incoming_inspection_are_a_quality_dispute(body: str) -> None:
    out = read(body, date_header=_WED)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "quality")


def test_a_japanese_wait_for_the_payment_asked_is_an_extension() -> None:
    out = read(
        "大変申し上げにくいのですが、INV-1234のお支払いを4月末までお待ちいただくことは可能でしょうか。",
        date_header=_WED,
    )
    assert (out["intent"], out["promised_date"]) == ("payment_plan_request", "2026-04-30")


@pytest.mark.parametrize(
    "body",
    [
        "來信收到，INV-1234 這張我們會再跟採購及倉庫確認驗收狀況，確認後再回覆您。",
        "来信收到，我们核实后再回复您。",
    ],
)
def test_a_chinese_receipt_to_be_checked_with_others_is_an_acknowledgement(body: str) -> None:
    assert read(body, date_header=_WED)["intent"] == "acknowledgement"


def test_a_mail_clients_footer_is_no_word_of_the_customers() -> None:
    out = RULES.triage(
        _reply("Noted.\n\nSent from Outlook for Android", "From: Billing <ar@b.example>")
    ).to_contract()
    assert out["intent"] == "acknowledgement"
