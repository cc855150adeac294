"""Session 39b (blind 418: seafood and cold-chain replies from East and Southeast Asia): the core of each intent in
Khmer and Burmese with their relative days, weeks and month ends; goods spoiled in the cold chain and payment held in
Japanese, Chinese and Indonesian; goods not come with the subject first in Chinese; billing twice in Cantonese and a
month's end said "月尾"; the invoice to carry a new address, tax number or PO in Japanese, Khmer and Indonesian; a
payment schedule to be checked at a meeting in Japanese; a payment "already scheduled" for a day. Each with a near
miss."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.triage.mail import dates, read

_TUE_KH = "Tue, 17 Mar 2026 10:00:00 +0700"
_WED_MM = "Wed, 25 Mar 2026 10:00:00 +0630"
_WED_JP = "Wed, 25 Mar 2026 10:00:00 +0900"
_WED_HK = "Wed, 11 Mar 2026 10:00:00 +0800"
_WED_ID = "Wed, 25 Mar 2026 10:00:00 +0700"


@pytest.mark.parametrize(
    ("text", "today", "want"),
    [
        ("ម្សិលមិញ", date(2026, 3, 25), date(2026, 3, 24)),
        ("ថ្ងៃស្អែក", date(2026, 3, 25), date(2026, 3, 26)),
        ("မနေ့က", date(2026, 3, 25), date(2026, 3, 24)),
        ("ក្នុងសប្តាហ៍នេះ", date(2026, 3, 17), date(2026, 3, 20)),
        ("နောက်အပတ်", date(2026, 3, 17), date(2026, 3, 27)),
        ("ចុងខែមេសា", date(2026, 3, 17), date(2026, 4, 30)),
        ("မေလကုန်", date(2026, 3, 17), date(2026, 5, 31)),
        ("下個月尾", date(2026, 3, 17), date(2026, 4, 30)),
        ("月尾", date(2026, 3, 17), date(2026, 3, 31)),
    ],
)
def test_khmer_burmese_and_cantonese_relative_days_resolve(text: str, today: date, want: date) -> None:
    direction = "past" if text in ("ម្សិលមិញ", "မနေ့က") else "future"
    assert dates(text, direction, today=today) == [want]


@pytest.mark.parametrize(
    ("body", "date_header", "intent", "promised", "paid"),
    [
        # km: will transfer next week; transferred yesterday; not paid yet is no claim
        ("យើងខ្ញុំនឹងផ្ទេរប្រាក់សម្រាប់វិក្កយបត្រ INV-1234 នៅសប្តាហ៍ក្រោយ។", _TUE_KH, "promise_to_pay", "2026-03-27", None),
        ("យើងខ្ញុំបានផ្ទេរប្រាក់រួចហើយកាលពីម្សិលមិញ។", _TUE_KH, "paid_claim", None, "2026-03-16"),
        ("យើងខ្ញុំមិនទាន់បានទូទាត់ទេ។", _TUE_KH, "other", None, None),
        # my: will transfer this week; paid yesterday
        ("ပြေစာ INV-1234 အတွက် ဒီအပတ်အတွင်း ငွေလွှဲပေးပါမယ်။", _WED_MM, "promise_to_pay", "2026-03-27", None),
        ("မနေ့က ငွေပေးချေပြီးပါပြီ။", _WED_MM, "paid_claim", None, "2026-03-24"),
    ],
)
def test_a_payment_made_or_ahead_in_khmer_and_burmese(
    body: str, date_header: str, intent: str, promised: str | None, paid: str | None
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["promised_date"], out["paid_date"]) == (intent, promised, paid)


@pytest.mark.parametrize(
    ("body", "date_header", "intent"),
    [
        ("សូមផ្ញើច្បាប់ចម្លងវិក្កយបត្រ INV-1234 មកខ្ញុំម្តងទៀត។", _TUE_KH, "document_request"),
        ("ငွေတောင်းခံလွှာ မိတ္တူကို အီးမေးလ်ဖြင့် ပို့ပေးပါ။", _WED_MM, "document_request"),
        ("សូមពន្យារពេលទូទាត់ដល់ចុងខែមេសា ដោយសារលំហូរសាច់ប្រាក់។", _TUE_KH, "payment_plan_request"),
        ("ငွေ USD 4,000 ကို အရစ်ကျ သုံးကြိမ် ပေးချေခွင့်ပြုပါရန် မေတ္တာရပ်ခံအပ်ပါတယ်။", _WED_MM, "payment_plan_request"),
        ("បានទទួលហើយ ខ្ញុំនឹងពិនិត្យ ហើយឆ្លើយតបវិញ។", _TUE_KH, "acknowledgement"),
        ("လက်ခံရရှိပါတယ်။ စစ်ဆေးပြီး ပြန်ကြားပေးပါမယ်။", _WED_MM, "acknowledgement"),
        # "thank you" alone asks for nothing
        ("សូមអរគុណ។", _TUE_KH, "other"),
    ],
)
def test_a_copy_an_extension_and_a_receipt_in_khmer_and_burmese(
    body: str, date_header: str, intent: str
) -> None:
    assert read(body, date_header=date_header)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "date_header", "reason"),
    [
        # ja: product temperature above the standard, payment on hold
        (
            "INV-1234の冷凍エビにつきまして、到着時の品温が-10℃で規定を上回っておりました。確認が取れるまでお支払いは保留とさせていただきます。",
            _WED_JP,
            "quality",
        ),
        # zh: thawed and discoloured, cannot arrange payment
        ("INV-1234 这批鱿鱼到货时已解冻，部分变色，我司无法安排付款。", _WED_HK, "quality"),
        # id: a quality claim held before payment
        (
            "Untuk invoice INV-1234, ikan tuna yang kami terima sebagian busuk. Mohon klaim kualitas ini diselesaikan "
            "sebelum pembayaran kami proses.",
            _WED_ID,
            "quality",
        ),
        # zh: the goods, named first, still not received
        ("INV-1234 的货物至今仍未收到，请帮忙查一下物流。", _WED_HK, "not_received"),
        # Cantonese: billed twice
        ("INV-1234 同 INV-1235 係同一張單，應該係重複開咗單，麻煩取消一張。", _WED_HK, "duplicate"),
    ],
)
def test_goods_spoiled_not_come_or_billed_twice_are_disputes(
    body: str, date_header: str, reason: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", reason)


def test_a_quality_report_sent_is_no_dispute_when_nothing_is_held_or_claimed() -> None:
    out = read("検査報告書を別途お送りいたします。よろしくお願いいたします。", date_header=_WED_JP)
    assert out["intent"] != "dispute"


@pytest.mark.parametrize(
    ("body", "date_header"),
    [
        (
            "INV-1234の請求書の宛先を「株式会社サンプル 本社経理部」に変更の上、再送をお願いいたします。",
            _WED_JP,
        ),
        ("សូមកែប្រែវិក្កយបត្រ INV-1234 ដោយដាក់អាសយដ្ឋានថ្មីរបស់ក្រុមហ៊ុនយើងខ្ញុំ។", _TUE_KH),
        (
            "Invoice INV-1234 belum bisa diproses karena nomor PO tidak dicantumkan. Nomor PO kami 4500112233, mohon "
            "invoice direvisi lalu dikirim ulang.",
            _WED_ID,
        ),
    ],
)
def test_the_invoice_to_carry_a_new_address_tax_number_or_po_is_a_billing_update(
    body: str, date_header: str
) -> None:
    assert read(body, date_header=date_header)["intent"] == "billing_update"


@pytest.mark.parametrize(
    ("body", "intent", "promised"),
    [
        # the meeting checks the schedule; no payment's day
        (
            "INV-1234の件、承知いたしました。来週金曜日の会議で支払予定を確認のうえ、ご連絡いたします。",
            "acknowledgement",
            None,
        ),
        # the payment itself planned for next Friday
        ("INV-1234は来週金曜日に支払予定です。", "promise_to_pay", "2026-04-03"),
    ],
)
def test_a_payment_schedule_to_be_checked_is_no_promise(body: str, intent: str, promised: str | None) -> None:
    out = read(body, date_header=_WED_JP)
    assert (out["intent"], out["promised_date"]) == (intent, promised)


def test_a_cantonese_extension_to_the_months_end_is_a_plan_with_its_date() -> None:
    out = read("INV-1234 可唔可以延到月尾先俾返 HK$12,000？唔該。", date_header=_WED_HK)
    assert (out["intent"], out["promised_date"]) == ("payment_plan_request", "2026-03-31")


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Payment for INV-1234 is already scheduled for release on 04/10/2026.", "promise_to_pay"),
        ("Payment for INV-1234 was already released on 03/02/2026.", "paid_claim"),
    ],
)
def test_a_payment_already_scheduled_for_a_day_is_a_promise(body: str, intent: str) -> None:
    assert read(body, date_header="Wed, 04 Mar 2026 09:00:00 +0800")["intent"] == intent


def test_we_do_not_accept_this_line_contests_it() -> None:
    out = read("Line 3 charges us for returnable crates. We do not accept this line.", date_header=_WED_HK)
    assert out["intent"] == "dispute"


@pytest.mark.parametrize(
    ("body", "date_header", "reason"),
    [
        # ko: the actual count was short
        (
            "INV-1234 청구서에는 50박스로 되어 있으나 실제 수량은 45박스였습니다. 수정 부탁드립니다.",
            _WED_JP,
            "quantity",
        ),
        # vi: no approved PO, the charge not accepted
        (
            "Hóa đơn INV-1234 không có đơn đặt hàng nào được duyệt, nên chúng tôi chưa thể chấp nhận khoản này.",
            _WED_ID,
            "missing_po",
        ),
        # Taglish: the price is wrong against the quotation
        ("Mali po ang presyo sa INV-1234, iba po sa quotation ninyo.", _WED_HK, "pricing"),
    ],
)
def test_a_short_count_a_missing_po_or_a_wrong_price_is_contested(
    body: str, date_header: str, reason: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", reason)


def test_a_count_that_matches_contests_nothing() -> None:
    out = read("INV-1234 수량 확인했습니다. 이번 주 금요일에 입금하겠습니다.", date_header=_WED_JP)
    assert out["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    ("body", "date_header"),
    [
        ("မနေ့က ငွေလွှဲပြီးပါပြီ။ ငွေလွှဲအမှတ် AYA-TT-260324-5521 ဖြစ်ပါတယ်။", _WED_MM),
        ("យើងខ្ញុំបានផ្ទេរប្រាក់ហើយ។ លេខយោង AYA-TT-260324-5521", _TUE_KH),
    ],
)
def test_a_burmese_or_khmer_transfer_number_is_the_payment_reference(body: str, date_header: str) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["payment_reference"]) == ("paid_claim", "AYA-TT-260324-5521")
