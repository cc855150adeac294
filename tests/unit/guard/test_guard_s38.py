"""Session 38: Persian, Urdu and Azerbaijani, which the rules had not read, for the admission, the instalments, the
refund, the discount, the collection agency and the shaming; Traditional Chinese collectors, credit bureaus and
sales-allowance credit notes; a Chinese put-down of their finance team; Vietnamese instalments agreed and another
customer who "also owes us"; Tagalog shaming and a later date allowed; Levantine and Gulf colloquial futures; Greek
terms lengthened; Korean "the rest counted as settled"; Ukrainian and Hindi admissions; an English credit put on the
account and a fee knocked off after a contract's fee was stated; an Italian proposal of instalments accepted. Kept
clear: a request passed on in Korean, a refund "if any" in Vietnamese, a grant's instalment, our own tax number,
the denials of each. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    "body",
    [
        "حق با شماست؛ خطا از سوی ما بود و مبلغ اشتباه وارد شد.",
        "بررسی کردیم و تقصیر ما بوده است.",
        "معذرت خواہ ہیں، غلطی ہماری تھی کہ انوائس دو بار بھیجی گئی۔",
        "ہماری غلطی ہے کہ رقم غلط لکھی گئی۔",
        "Yoxladıq: mühasibimiz fakturaya səhv məbləğ yazıb.",
        "Gecikmə bizim tərəfimizdəndir, üzr istəyirik.",
        "Розбіжність сталася з нашого боку, вибачте.",
        "Наш менеджер помилково додав до рахунку зайву позицію.",
        "यह पूरी तरह हमारी भूल थी कि बिल दो बार भेजा गया।",
    ],
)
def test_our_mistake_in_persian_urdu_azerbaijani_ukrainian_and_hindi_is_a_fault_admission(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "اشتباه از طرف ما نبوده است؛ مبلغ طبق قرارداد محاسبه شده.",
        "غلطی ہماری نہیں ہے، رقم معاہدے کے مطابق ہے۔",
        "Розбіжність виникла не з нашого боку: тариф відповідає договору.",
    ],
)
def test_a_fault_denied_in_persian_urdu_and_ukrainian_is_no_admission(body: str) -> None:
    assert F not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "موافقت می‌کنیم که باقی‌مانده را در چهار قسط پرداخت کنید.",
        "مهلت پرداخت را تا پایان خرداد تمدید کردیم.",
        "Chúng tôi chấp thuận để anh chị chia khoản 90.000.000 VND thành 2 đợt.",
        "Okay lang po, puwede po ninyong bayaran ito hanggang Hunyo 15.",
        "مددنالكم المهلة لآخر الشهر الجاي.",
        "Από τον Απρίλιο τα τιμολόγιά σας θα είναι εξοφλητέα σε 60 ημέρες αντί για 30.",
        "Accettiamo la vostra proposta: due rate da € 1.500,00 a maggio e giugno.",
    ],
)
def test_instalments_agreed_or_a_later_date_allowed_is_a_terms_change(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "با تقسیط مبلغ موافقت نمی‌کنیم و صورتحساب طبق سررسید قبلی معتبر است.",
        "Chúng tôi không thể đồng ý chia hóa đơn thành 3 đợt.",
        "분할 납부를 원하신다는 요청은 담당 팀에 전달했습니다. 4회로 나누어 납부하고 싶다는 내용도 함께 전달했습니다.",
        "Non va bene la sua proposta di tre rate; la fattura resta dovuta al 30 aprile.",
        "We have noted that the lab will transfer EUR 3,000.00 on 10 May once the grant instalment is credited to them.",
    ],
)
def test_a_plan_refused_or_their_request_passed_on_is_no_terms_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "مبلغ اضافه ظرف سه روز کاری به حساب شما عودت داده می‌شود.",
        "وجه دوبار پرداخت‌شده را برمی‌گردانیم.",
        "زائد رقم آپ کو واپس کر دی جائے گی۔",
        "Artıq ödənilən 500,00 AZN-i kartınıza qaytaracağıq.",
        "رسوم الإلغاء بنرجعها لحسابكم الأسبوع الجاي.",
        "我們將為貴公司開立折讓單，金額為新台幣 12,000 元。",
        "We'll apply a GBP 75.00 credit to your account for the missed visit.",
    ],
)
def test_money_sent_back_or_a_credit_issued_is_a_refund_promise(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Yêu cầu hoàn tiền của anh đã được chuyển cho bộ phận tài chính; khoản hoàn tiền (nếu có) do họ quyết định.",
        "We cannot put a credit on your account for the delay.",
        "درخواست شما برای بازگشت وجه به واحد مالی ارسال شد.",
    ],
)
def test_a_refund_request_passed_on_or_refused_is_no_refund_promise(body: str) -> None:
    assert R not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "اگر تا پانزدهم پرداخت کنید، پنج درصد از مبلغ را کم می‌کنیم.",
        "در صورت پرداخت نقدی تخفیف ویژه می‌دهیم.",
        "이번 주에 ₩8,000,000만 보내 주시면 남은 금액은 면제해 드리겠습니다.",
        "The admin fee was added under your contract on 3 March. If you pay this week, we'll knock the admin fee off.",
    ],
)
def test_a_share_taken_off_or_the_rest_forgiven_is_a_discount(body: str) -> None:
    assert D in types(body)


def test_a_discount_refused_in_persian_is_no_discount() -> None:
    assert D not in types("متأسفانه از مبلغ صورتحساب چیزی کم نمی‌کنیم.")


@pytest.mark.parametrize(
    "body",
    [
        "若本月底前仍未付款，本公司將把帳款轉交專業催收機構處理。",
        "逾期紀錄將通報聯合徵信中心。",
        "اگر ادائیگی نہ ہوئی تو معاملہ کلیکشن ایجنسی کو دے دیا جائے گا۔",
        "در صورت عدم پرداخت، پرونده را به شرکت وصول مطالبات می‌سپاریم.",
    ],
)
def test_a_collector_or_a_credit_bureau_in_chinese_urdu_and_persian_is_a_legal_threat(body: str) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "本公司不會將帳款移交催收公司，請放心。",
        "ہم کسی ریکوری ایجنسی سے رابطہ نہیں کریں گے۔",
    ],
)
def test_a_collector_ruled_out_stays_clear_of_legal_threat(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "你们公司连一笔五千块的货款都付不起，真让人怀疑你们是怎么做生意的。",
        "Ikatlong paalala na ito. Wala ba kayong hiya sa ginagawa ninyo?",
        "Tatawagan namin kayo araw-araw hangga't hindi kayo nagbabayad.",
        "Siz yalançısınız, bunu hamı bilir.",
    ],
)
def test_shaming_or_daily_calls_in_chinese_tagalog_and_azerbaijani_is_harassment(body: str) -> None:
    assert H in types(body)


def test_another_customer_who_also_owes_us_in_vietnamese_is_sensitive() -> None:
    body = (
        "Chúng tôi hiểu quy trình duyệt chi thường chậm; chẳng hạn Công ty Minh Phát cũng đang còn nợ chúng tôi "
        "120.000.000 VND. Mong Quý Công ty thanh toán trong tuần này."
    )
    assert S in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Mohon cantumkan referensi pembayaran. NPWP kami: 02.345.678.9-012.000.",
        "Our GSTIN: 29.123.456.7-890.123 appears on every invoice.",
    ],
)
def test_our_own_tax_number_is_no_card_number(body: str) -> None:
    assert S not in types(body)


def test_another_business_still_sitting_on_a_sum_with_us_is_sensitive() -> None:
    body = (
        "Approvals are slow everywhere: the Quayside Hotel in Looe is still sitting on GBP 3,400.00 with us."
    )
    assert S in types(body)


def test_the_reader_still_sitting_on_its_own_balance_is_not_sensitive() -> None:
    assert S not in types("You are still sitting on GBP 3,400.00 with us since January, so please pay today.")
