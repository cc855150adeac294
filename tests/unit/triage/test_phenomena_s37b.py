"""Session 37b: dates in Bengali, Urdu and Persian (weekdays, months, "in two weeks", the month's end); the Urdu
passive future ("will be transferred"), which is no payment made; a Bengali cheque made ready on a day; instalments in
Bengali and a delay asked in Hebrew; an objection and a raised rate in Bengali, billing twice in Hindi and Urdu; payment
held over a treatment that did not work (French, Gulf Arabic) or damage done on site (Urdu); a vendor enlistment form
in Bengali; a Persian receipt; a payment committee's day; taka, rupees and Egyptian pounds named in words."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.adapters.local_triage.engine import _asked_not_stated
from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import fold
from chalicelib.domain.triage import Intent
from tests.unit.triage.mail import dates, read

_SUN_DHAKA = "Sun, 08 Mar 2026 10:00:00 +0600"
_WED_KARACHI = "Wed, 04 Mar 2026 11:00:00 +0500"
_TUE_DUBAI = "Tue, 10 Mar 2026 09:00:00 +0400"


@pytest.mark.parametrize(
    ("phrase", "today", "expected"),
    [
        # bn the coming Thursday, 20 March, the end of this month, within ten days
        ("আগামী বৃহস্পতিবার", date(2026, 3, 8), date(2026, 3, 12)),
        ("২০ মার্চের মধ্যে", date(2026, 3, 8), date(2026, 3, 20)),
        ("এই মাসের শেষে", date(2026, 3, 8), date(2026, 3, 31)),
        ("১০ দিনের মধ্যে", date(2026, 3, 8), date(2026, 3, 18)),
        ("৫ মে", date(2026, 3, 8), date(2026, 5, 5)),
        # ur in two weeks, by 15 April, on Thursday, next Friday, by the month's end
        ("دو ہفتے میں", date(2026, 3, 4), date(2026, 3, 18)),
        ("15 اپریل تک", date(2026, 3, 4), date(2026, 4, 15)),
        ("جمعرات کو", date(2026, 3, 4), date(2026, 3, 5)),
        ("اگلے جمعہ", date(2026, 3, 4), date(2026, 3, 13)),
        ("مہینے کے آخر تک", date(2026, 3, 4), date(2026, 3, 31)),
        # fa in two weeks, end of the month, on Tuesday; hi in two weeks
        ("دو هفته دیگر", date(2026, 3, 10), date(2026, 3, 24)),
        ("آخر ماه", date(2026, 3, 10), date(2026, 3, 31)),
        ("سه\u200cشنبه", date(2026, 3, 12), date(2026, 3, 17)),
        ("दो हफ्ते में", date(2026, 3, 10), date(2026, 3, 24)),
    ],
)
def test_bengali_urdu_persian_and_hindi_dates_resolve(phrase: str, today: date, expected: date) -> None:
    assert dates(phrase, today=today) == [expected]


@pytest.mark.parametrize(
    ("body", "date_header", "promised"),
    [
        # ur: the whole sum will be transferred in two weeks / by 20 March
        (
            "جی، انوائس INV-1234 کی پوری رقم دو ہفتے میں آپ کے اکاؤنٹ میں ٹرانسفر کر دی جائے گی۔",
            _WED_KARACHI,
            "2026-03-18",
        ),
        ("INV-1234 کی ادائیگی 20 مارچ تک کر دی جائے گی، شکریہ۔", _WED_KARACHI, "2026-03-20"),
        # bn: the cheque will be ready on Tuesday; the money will be given at the end of this month
        ("INV-1234 এর চেক মঙ্গলবার রেডি হবে, অফিস থেকে নিয়ে যাবেন।", _SUN_DHAKA, "2026-03-10"),
        ("বিলের টাকা এই মাসের শেষে দেওয়া হবে।", _SUN_DHAKA, "2026-03-31"),
    ],
)
def test_a_payment_still_to_come_in_urdu_or_bengali_is_a_dated_promise(
    body: str, date_header: str, promised: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["promised_date"], out["paid_date"]) == ("promise_to_pay", promised, None)


def test_an_urdu_payment_already_made_is_still_a_claim() -> None:
    out = read("ہم نے INV-1234 کی رقم کل ٹرانسفر کر دی ہے۔", date_header=_WED_KARACHI)
    assert out["intent"] == "paid_claim"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("کل رقم 48,500 روپے ہے", "48500.00", "PKR"),
        ("المبلغ ٣٢٬٠٠٠ جنيه هيتحول", "32000.00", "EGP"),
    ],
)
def test_rupees_and_egyptian_pounds_in_words_are_read(text: str, value: str, currency: str) -> None:
    [found] = find_amounts(fold(text))
    assert (str(found.value), found.currency) == (value, currency)


def test_a_bengali_instalment_request_dates_and_sizes_its_first_instalment() -> None:
    out = read(
        "একবারে ২,৪০,০০০ টাকা দেওয়া সম্ভব নয়। আমরা চার কিস্তিতে দিতে চাই — প্রথম কিস্তি ৬০,০০০ টাকা এই মাসের শেষে।",
        date_header=_SUN_DHAKA,
    )
    assert (out["intent"], out["promised_date"], out["promised_amount"]) == (
        "payment_plan_request",
        "2026-03-31",
        "60000.00",
    )


def test_a_hebrew_postponement_asked_for_is_a_plan_request() -> None:
    out = read(
        "שלום, בשל תזרים מזומנים נבקש דחייה בתשלום החשבונית INV-1234 עד 20.4.2026. נודה לאישורכם.",
        date_header="Tue, 24 Mar 2026 10:00:00 +0200",
    )
    assert (out["intent"], out["promised_date"]) == ("payment_plan_request", "2026-04-20")


@pytest.mark.parametrize(
    ("body", "date_header", "reason"),
    [
        # bn: the monthly rate raised with no notice; we object to it
        (
            "মাসিক সার্ভিসের রেট আমাদের না জানিয়ে বাড়ানো হয়েছে। এই বিল নিয়ে আমাদের আপত্তি আছে।",
            _SUN_DHAKA,
            "pricing",
        ),
        # hi and ur: the same service billed twice
        ("INV-1234 और INV-1235 एक ही काम के हैं, यह डुप्लीकेट बिलिंग है।", _TUE_DUBAI, "duplicate"),
        ("یہ ڈپلیکیٹ بل ہے، ایک ہی سروس کا دو بار بل بھیجا گیا ہے۔", _WED_KARACHI, "duplicate"),
        # fr: mice still there after the treatment, payment suspended until a new visit
        (
            "Nous constatons toujours la présence de souris en cuisine. Nous suspendons le paiement de la facture "
            "INV-1234 jusqu'au prochain passage du technicien.",
            _TUE_DUBAI,
            "quality",
        ),
        # ar (Gulf): the spraying did not work, we won't pay before it is redone
        (
            "الرش اللي سويتوه ما نفع والنمل لا يزال موجود. ما بندفع الفاتورة قبل ما تعيدون الشغل.",
            _TUE_DUBAI,
            "quality",
        ),
        # ur: damage done by the technician, the invoice held until it is settled
        (
            "آپ کی ٹیم نے اسپرے کے دوران ہمارے قالین کو نقصان پہنچایا، جب تک تصفیہ نہیں ہوتا انوائس ہولڈ پر ہے۔",
            _WED_KARACHI,
            "other",
        ),
    ],
)
def test_a_contested_bill_in_south_asian_french_or_gulf_words_is_a_dispute(
    body: str, date_header: str, reason: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", reason)


def test_a_bengali_objection_with_the_rest_promised_is_a_dispute_that_keeps_the_promise() -> None:
    out = read(
        "ফেব্রুয়ারির বিলের চার্জ বেশি ধরা হয়েছে, এটা নিয়ে আমাদের আপত্তি আছে। বাকি ১২,০০০ টাকা আমরা ২০ মার্চ পরিশোধ করব।",
        date_header=_SUN_DHAKA,
    )
    assert (out["intent"], out["dispute_reason"], out["promised_date"]) == (
        "dispute",
        "pricing",
        "2026-03-20",
    )


def test_a_bengali_vendor_enlistment_form_asked_for_is_a_billing_update() -> None:
    out = read(
        "বিল প্রসেস করার আগে আমাদের ভেন্ডর রেজিস্ট্রেশন ফর্ম পূরণ করে পাঠাতে হবে।",
        date_header=_SUN_DHAKA,
    )
    assert out["intent"] == "billing_update"


def test_a_persian_receipt_to_be_followed_up_is_an_acknowledgement() -> None:
    out = read("سلام، ایمیل شما دریافت شد. موضوع را پیگیری می\u200cکنم.", date_header=_TUE_DUBAI)
    assert out["intent"] == "acknowledgement"


def test_a_payment_committee_meeting_day_is_no_promise() -> None:
    out = read(
        "Bien reçu. La facture INV-1234 passera au comité de paiement de mardi prochain, je vous tiens informé.",
        date_header="Mon, 16 Mar 2026 10:00:00 +0000",
    )
    assert (out["intent"], out["promised_date"]) == ("acknowledgement", None)


@pytest.mark.parametrize(
    ("body", "date_header", "promised"),
    [
        # hi: approved, and the sum will be sent next Monday (the passive future is no payment made)
        (
            "इनवॉइस INV-1234 का भुगतान approve हो गया है। ₹48,000 की राशि अगले सोमवार को NEFT से भेज दी जाएगी।",
            _TUE_DUBAI,
            "2026-03-16",
        ),
        # he: the payment will go out by the end of the month
        ("החשבונית אושרה. התשלום יועבר בהעברה בנקאית עד סוף החודש.", _TUE_DUBAI, "2026-03-31"),
        # ar (Egypt): the sum will be transferred on Thursday
        ("الفاتورة اتعتمدت والمبلغ هيتحول يوم الخميس إن شاء الله.", _TUE_DUBAI, "2026-03-12"),
        # en: the refusal is the first clause's, the commitment follows "but"
        (
            "I can't promise it will make Friday's payment run, but the £640.00 will definitely go out by 27 March.",
            "Tue, 17 Mar 2026 09:00:00 +0000",
            "2026-03-27",
        ),
    ],
)
def test_a_payment_to_come_in_hindi_hebrew_egyptian_or_after_a_refusal_is_a_promise(
    body: str, date_header: str, promised: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["promised_date"], out["paid_date"]) == ("promise_to_pay", promised, None)


def test_a_refusal_with_nothing_promised_after_but_stays_no_promise() -> None:
    out = read(
        "We won't be able to pay this week, but I'll ask our director about it.",
        date_header="Tue, 17 Mar 2026 09:00:00 +0000",
    )
    assert out["intent"] != "promise_to_pay"


def test_an_urdu_part_paid_and_the_rest_promised_reads_each_sentence_for_itself() -> None:
    out = read(
        "ہم نے 40,000 روپے آپ کے اکاؤنٹ میں بھیج دیے ہیں۔ باقی رقم مہینے کے آخر تک ادا کر دی جائے گی۔",
        date_header=_WED_KARACHI,
    )
    assert (out["intent"], out["promised_date"]) == ("paid_claim", "2026-03-31")


def test_a_hindi_copy_and_certificate_asked_for_is_a_document_request() -> None:
    out = read(
        "कृपया इनवॉइस INV-1234 की टैक्स इनवॉइस कॉपी और सर्विस रिपोर्ट के साथ ट्रीटमेंट सर्टिफिकेट भेजें।",
        date_header=_TUE_DUBAI,
    )
    assert out["intent"] == "document_request"


def test_a_reply_that_only_asks_how_to_pay_states_no_payment_for_the_second_reader() -> None:
    asked = ["هلا،", "عندكم رقم حساب في سداد؟", "ولا لازم نحول على البنك؟", "وهل المبلغ شامل الضريبة؟"]
    assert _asked_not_stated({}, asked) == {Intent.PAID_CLAIM, Intent.PROMISE_TO_PAY}
    stated = ["we sent the transfer on monday.", "is vat included in the invoice?"]
    assert _asked_not_stated({}, stated) == set()
