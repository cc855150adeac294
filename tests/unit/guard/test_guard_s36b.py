"""Session 36b: the Asian scripts and Hebrew. The debt reported to the credit bureau or handed to a collector in Thai,
Hindi and plain Japanese; an instalment plan set up in Thai and Hindi and a due date moved in Hebrew; an extension
granted "one last time" in Italian, Spanish and Portuguese; a reversal arranged in English, Arabic and Croatian; our
side's problem and our system's double charge in Chinese, a system fault of ours as the cause in ja/ko/zh; a customer
belittled against a child in other scripts and a sloppy company in Japanese; a temporary password after its name in
Vietnamese, Indonesian, Thai and Hebrew; a smaller sum taken "instead of" the balance in Turkish and an English
settlement whose sums carry decimals. Kept clear: a rental's damage-waiver charge (a product, not a waiver), the
customer's own question reported back ("You asked whether we could ... or take something off"), refusals, conditions,
their wishes and plans already agreed. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    "body",
    [
        "หากไม่ได้รับชำระภายในสิ้นเดือนนี้ บริษัทฯ จำเป็นต้องรายงานข้อมูลหนี้ค้างชำระของท่านไปยังเครดิตบูโร",
        "หากยังไม่ได้รับการชำระเงิน เราจะส่งเรื่องให้บริษัทติดตามหนี้ดำเนินการต่อไป",
        "บริษัทฯ ขอสงวนสิทธิ์ดำเนินคดีตามกฎหมายหากไม่ได้รับชำระภายในวันที่ 15",
        "यदि 15 मई तक भुगतान नहीं मिला, तो हम यह खाता वसूली एजेंसी को सौंप देंगे।",
        "भुगतान न होने पर आपकी बकाया राशि की जानकारी क्रेडिट ब्यूरो को दी जाएगी।",
        "期日までにお支払いがない場合、本件は弁護士に委任することとなります。",
        "ご入金が確認できない場合は、債権回収会社に引き継ぐ予定です。",
    ],
)
def test_the_bureau_a_collector_or_a_lawyer_in_thai_hindi_and_plain_japanese_is_a_legal_threat(
    body: str,
) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "เราจะไม่ส่งข้อมูลของท่านไปยังเครดิตบูโร ขอเพียงติดต่อกลับมาเพื่อตกลงวันชำระ",
        "กรุณาส่งสำเนาสัญญาให้ทนายความของท่านตรวจสอบ",
        "हम यह मामला किसी वसूली एजेंसी को नहीं सौंपेंगे।",
        "हमारी वसूली टीम आपसे इस सप्ताह संपर्क करेगी।",
        "弁護士に依頼することはございません。",
    ],
)
def test_a_step_denied_or_their_own_lawyer_stays_clear_of_legal_threat(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "ตกลงตามคำขอครับ แบ่งชำระยอด 90,000.00 บาท เป็น 3 งวด งวดละ 30,000.00 บาท",
        "บริษัทฯ อนุมัติให้ผ่อนชำระยอดค้างได้ตามที่ท่านเสนอ",
        "आपकी सुविधा के लिए हमने ₹3,00,000 की राशि को तीन किस्तों में बाँट दिया है।",
        "आप शेष राशि छह मासिक किस्तों में चुका सकते हैं, हम इसकी अनुमति देंगे।",
        "עדכנו את מועד התשלום של החשבונית ל-15.07.2026.",
        "מועד הפירעון שונה ל-30/6 לבקשתכם.",
        "אפשר לשלם עד 31.05 במקום 30.04.",
        "Le concediamo un'ultima proroga: il saldo potrà essere versato entro il 30 giugno.",
        "Le concedemos una última prórroga hasta el 15 de mayo.",
        "Concedemos-lhe uma última prorrogação até 31 de maio.",
    ],
)
def test_a_plan_or_a_moved_date_in_thai_hindi_hebrew_and_one_last_extension_are_terms_changes(
    body: str,
) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "ขออภัย เราไม่สามารถแบ่งชำระเป็น 3 งวดได้",
        "หากท่านต้องการผ่อนชำระเป็น 3 งวด กรุณาติดต่อฝ่ายบัญชี",
        "ตามที่ได้ตกลงแบ่งชำระเป็น 3 งวด งวดที่สองครบกำหนดวันที่ 25 พฤษภาคม",
        "क्षमा करें, किस्तों में भुगतान संभव नहीं है।",
        "आपकी किस्त योजना के अनुसार दूसरी किस्त 15 मई को देय है।",
        "לא נוכל לשנות את מועד התשלום.",
        "עדכנו את הסכום ל-12.50 במקום 15.00 לכל יחידה.",
    ],
)
def test_a_plan_refused_wished_for_or_already_agreed_stays_clear_of_terms_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "I'll arrange for the £95.00 handling charge to be reversed off your account.",
        "We'll have the duplicate fee refunded to your card this week.",
        "سنقوم بعكس رسوم التأخير البالغة 300 ريال من حسابكم.",
        "سيتم إرجاع رسوم التأمين إلى بطاقتكم خلال أسبوع.",
        "Kamate ćemo otpisati i vratiti Vam ih kao knjižno odobrenje.",
        "Preplatu ćemo Vam vratiti, odnosno vratit ćemo Vam iznos na račun.",
    ],
)
def test_a_reversal_arranged_in_english_arabic_and_croatian_is_a_credit_promise(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "We'll get the depot to confirm if the deposit should be refunded.",
        "I'll have someone look at it, but the fee will not be refunded.",
        "We can't have the charge reversed, as it was agreed in the order.",
        "تم عكس رسوم التأخير الشهر الماضي.",
        "لن نقوم بعكس رسوم التأخير لأنها مذكورة في العقد.",
        "Nećemo vam vratiti iznos jer je usluga izvršena.",
    ],
)
def test_a_reversal_checked_refused_or_done_stays_clear_of_credit_promise(body: str) -> None:
    assert R not in types(body)


def test_a_damage_waiver_charge_is_a_product_not_a_waived_charge() -> None:
    body = "The invoice lists the rental days, the fuel and the £38.00 damage waiver charge; the total is due on 9 May."
    assert D not in types(body)


def test_the_customers_question_reported_back_offers_nothing() -> None:
    body = (
        "You asked whether we could reduce the cleaning charge, or take something off if you pay this week. "
        "I have passed your request to our manager, who will reply by Friday."
    )
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "经核查，这是我们这边的问题。",
        "问题出在我们这边，给您添麻烦了。",
        "确实是我们的开票系统把运费重复计入了两张发票。",
        "弊社の請求システムの不具合により、同じ料金が二重に計上されておりました。",
        "저희 시스템 오류로 인해 요금이 두 번 청구되었습니다.",
        "由于我们系统的故障，发票金额有误。",
    ],
)
def test_our_side_or_our_system_owned_as_the_cause_is_fault(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "这不是我们这边的问题，请您核对银行回单。",
        "请问是否是我们的问题？",
        "我们的系统显示您重复付款了两次。",
        "我们的系统没有重复扣款。",
    ],
)
def test_a_problem_denied_asked_or_their_double_payment_stays_clear_of_fault(body: str) -> None:
    assert F not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "אפילו ילד היה מצליח לשלם חשבונית אחת בזמן.",
        "Даже ребёнок справился бы с одной оплатой.",
        "Bir çocuk bile bu faturayı zamanında öderdi.",
        "连小孩都会算这个账。",
        "御社のような杜撰な会社とは思いませんでした。",
        "払えないのなら最初から借りないでください。",
        "Ngay cả một đứa trẻ cũng làm được việc này.",
    ],
)
def test_belittled_against_a_child_or_called_sloppy_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "אפשר להוסיף כיסא בטיחות לילד בהזמנה הבאה.",
        "子供でもご利用いただける座席をご用意しております。",
        "Anak-anak juga bisa ikut dalam perjalanan ini.",
    ],
)
def test_children_named_without_mockery_stay_clear_of_harassment(body: str) -> None:
    assert H not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Anh đăng nhập với mật khẩu tạm thời Fleet#2026 rồi đổi ngay.",
        "Silakan masuk dengan kata sandi sementara Armada!77 lalu ganti segera.",
        "รหัสผ่านชั่วคราว Tmp#4471 ใช้ได้ 24 ชั่วโมง",
        "סיסמה זמנית Kx7!pQ2r תקפה ליום אחד.",
    ],
)
def test_a_temporary_password_given_after_its_name_is_sensitive(body: str) -> None:
    assert S in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Mật khẩu tạm thời sẽ được gửi qua SMS.",
        "Kata sandi sementara dikirim lewat tautan https://portal.example/reset.",
    ],
)
def test_a_password_only_named_stays_clear(body: str) -> None:
    assert S not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Bu hafta öderseniz, toplam 120.000,00 TL yerine 100.000,00 TL ödemeniz yeterli olacak.",
        "If you can pay USD 4,000.00 this week, we'll treat the full USD 5,200.00 on INV-2201 as settled.",
    ],
)
def test_a_smaller_sum_taken_for_the_whole_in_turkish_and_with_decimals_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Toplam 120.000,00 TL yerine 100.000,00 TL ödemeniz yeterli değil.",
        "Once the USD 5,200.00 arrives we'll treat INV-2201 as settled.",
    ],
)
def test_a_smaller_sum_refused_or_the_whole_paid_stays_clear_of_discount(body: str) -> None:
    assert D not in types(body)
