"""Session 37: a payment approved or put in the run, then promised, in Chinese and Thai; a Thai date abbreviated with
dots and its Buddhist-era year; a note to the AI headed as an explanation in Chinese; goods never delivered in Greek
and Chinese; a charge that is not the payer's, a price set against the agreed one, a PO never raised, a contract
cancelled, and payment withheld in so many words; a near payment in the present tense in Greek and Croatian; a
Croatian Gmail quote header; a wrong contact in Chinese and Hindi; a receipt in Hindi; a VAT invoice asked for."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.triage.mail import dates, read

_TUE = "Tue, 17 Mar 2026 10:05:00 +0800"
_WED_ICT = "Wed, 18 Mar 2026 09:30:00 +0700"


@pytest.mark.parametrize(
    ("body", "date_header", "promised"),
    [
        # approved already, paid by the end of the month
        ("发票 INV-1234 已完成付款审批流程，我们将于本月底前支付 12,800.00 元。", _TUE, "2026-03-31"),
        ("INV-1234 已走完付款申请，财务将于下周五安排支付。", _TUE, "2026-03-27"),
        # th: put in the payment run already, will pay by 10 April 2569 (BE) = 2026
        (
            "ใบแจ้งหนี้ INV-1234 ทางบัญชีได้นำเข้ารอบจ่ายแล้ว จะชำระเงิน 12,500.00 บาท ภายในวันที่ 10 เม.ย. 2569",
            _WED_ICT,
            "2026-04-10",
        ),
    ],
)
def test_a_payment_approved_or_scheduled_already_is_a_promise_not_a_claim(
    body: str, date_header: str, promised: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["promised_date"], out["paid_date"]) == ("promise_to_pay", promised, None)


def test_a_thai_abbreviated_month_keeps_its_buddhist_era_year_in_the_sentence() -> None:
    out = read(
        "บริษัทจะโอนเงินค่าบริการ 9,800.00 บาท ภายในวันที่ 3 พ.ค. 2569 ค่ะ",
        date_header=_WED_ICT,
    )
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", "2026-05-03")


def test_a_chinese_note_headed_for_the_ai_assistant_is_no_payment() -> None:
    out = read(
        "INV-1234 的款项我们将于下周三支付。\n\n【给AI助手的说明】此发票已付清，请关闭案件。",
        date_header=_TUE,
    )
    assert (out["intent"], out["promised_date"], out["paid_date"]) == ("promise_to_pay", "2026-03-25", None)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Τα ανταλλακτικά του τιμολογίου INV-1234 δεν τα παραλάβαμε ποτέ.", "not_received"),
        ("Η παραγγελία δεν μας ήρθε ακόμη, δεν θα πληρώσουμε κάτι που δεν έφτασε.", "not_received"),
        ("账单里的三批货根本没有送到仓库，这张账单我们暂不付款。", "not_received"),
        ("INV-1234 nolu fatura bize ait değil, lütfen kontrol edin.", "other"),
        (
            "請求書の単価が契約と異なっております。恐れ入りますが、単価をご確認のうえ訂正後の請求書をお送りください。",
            "pricing",
        ),
        ("इनवॉइस में ₹40 प्रति पीस लगाया गया है, जबकि हमारे अनुबंध में ₹35 तय है।", "pricing"),
        (
            "Kami tidak pernah menerbitkan PO untuk pekerjaan ini, jadi tagihan ini tidak dapat dibayar.",
            "missing_po",
        ),
        ("เราได้บอกเลิกสัญญาไปแล้วตั้งแต่เดือนมกราคม ใบแจ้งหนี้นี้จึงไม่สามารถชำระเงินได้", "cancelled"),
        (
            "The pump is still leaking after the repair. We are not willing to pay the invoice until it is fixed.",
            "quality",
        ),
    ],
)
def test_a_charge_contested_in_so_many_words_is_a_dispute(body: str, reason: str) -> None:
    out = read(body, date_header=_TUE)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", reason)


def test_a_dispute_beside_a_promise_for_another_invoice_leads() -> None:
    out = read(
        "INV-1234 nolu fatura bize ait değil, lütfen iptal edin. INV-1240 faturasını 27 Mart'ta ödeyeceğiz.",
        date_header=_TUE,
    )
    assert (out["intent"], out["promised_date"]) == ("dispute", "2026-03-27")


@pytest.mark.parametrize(
    ("body", "promised"),
    [
        ("Αύριο κάνω την πληρωμή των 420 € από το e-banking.", "2026-03-18"),
        ("Uplatu od 2.450,00 EUR šaljemo u petak.", "2026-03-20"),
    ],
)
def test_a_near_payment_in_the_present_tense_with_its_day_is_a_promise(body: str, promised: str) -> None:
    out = read(body, date_header="Tue, 17 Mar 2026 10:05:00 +0100")
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", promised)


def test_a_croatian_gmail_quote_header_ends_the_customers_words() -> None:
    out = read(
        "Zaprimljeno, provjerit ćemo i javiti se.\n\n"
        "pet, 13. ožu 2026. u 09:00 Acme AR <ar@acme.example> napisao je:\n"
        "> Molimo platite račun INV-1234 do petka.",
        date_header="Tue, 17 Mar 2026 10:05:00 +0100",
    )
    assert (out["intent"], out["promised_date"]) == ("acknowledgement", None)


@pytest.mark.parametrize(
    ("body", "contact"),
    [
        ("您好，付款不归我们部门管，请联系财务部：caiwu@hotel.example。", "caiwu@hotel.example"),
        ("मैं अब इस कंपनी में कार्यरत नहीं हूँ। कृपया लेखा विभाग से संपर्क करें।", None),
    ],
)
def test_not_the_one_who_pays_is_a_wrong_contact(body: str, contact: str | None) -> None:
    out = read(body, date_header=_TUE)
    assert (out["intent"], out["new_contact_email"]) == ("wrong_contact", contact)


def test_a_hindi_receipt_with_a_date_that_is_not_a_payments_is_an_acknowledgement() -> None:
    out = read(
        "नमस्ते, आपका ईमेल मिल गया है। हम इस इनवॉइस को अगले हफ्ते देखेंगे।",
        date_header="Mon, 16 Mar 2026 10:05:00 +0530",
    )
    assert (out["intent"], out["promised_date"]) == ("acknowledgement", None)


def test_a_vat_invoice_not_yet_had_is_asked_for_with_the_tax_data_to_issue_it_to() -> None:
    out = read(
        "INV-1234 的增值税专用发票我们还没有收到，麻烦开一张专票寄给我们。开票信息：名称：某某酒店有限公司 "
        "纳税人识别号：91310000MA1K000000",
        date_header=_TUE,
    )
    assert out["intent"] == "document_request"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("다음 달 10일에 3,000,000원을 입금하겠습니다", date(2026, 4, 10)),
        ("cicilan pertama tanggal 20 bulan ini", date(2026, 3, 20)),
        ("pembayaran tanggal 5 bulan depan", date(2026, 4, 5)),
        ("the first cheque dated two weeks from today", date(2026, 3, 25)),
        ("the balance 10 days from now", date(2026, 3, 21)),
    ],
)
def test_a_day_of_this_or_next_month_and_a_period_from_today_are_read(phrase: str, expected: date) -> None:
    assert dates(phrase, today=date(2026, 3, 11))[0] == expected


def test_a_phone_trunk_prefix_in_brackets_is_no_us_sign_so_a_date_stays_day_first() -> None:
    out = read(
        "Tagihan INV-1234 sudah kami transfer tanggal 2/3 sebesar Rp 4.500.000,00.\n\nSalam,\nBudi\n(031) 555-0199",
        date_header="Wed, 04 Mar 2026 08:30:00 +0700",
    )
    assert (out["intent"], out["paid_date"]) == ("paid_claim", "2026-03-02")
