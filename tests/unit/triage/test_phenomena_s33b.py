"""Session 33b (blind 332): the core vocabulary of each intent in Bengali, Armenian, Urdu, Albanian, Macedonian and
more Swahili (paid, will pay, received and passed on, not the right person, price or service contested, a copy or a
statement asked for); Bengali digits and the taka, denar, dram, lek and Icelandic krona as amounts; more payment
reference labels; a currency code in our subject is no invoice; a Japanese day back "as usual"; Malay "cuma" is no
Friday; an office's number is no date; a double billing in Portuguese. Each with a near miss."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import fold
from tests.unit.triage.mail import dates, read, read_auto

_THU = "Thu, 12 Mar 2026 10:00:00 +0100"


def _read(body: str, subject: str = "Re: Invoice INV-1234 overdue") -> dict[str, object]:
    return read(body, date_header=_THU, subject=subject)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # bn: paid / not paid / will pay
        ("নমস্কার,\nইনভয়েস INV-1234 এর টাকা আমরা আজ ব্যাংকের মাধ্যমে পরিশোধ করেছি।\nধন্যবাদ", "paid_claim"),
        ("নমস্কার,\nদুঃখিত, ইনভয়েস INV-1234 এখনো পরিশোধ করা হয়নি।\nধন্যবাদ", "other"),
        ("নমস্কার,\nইনভয়েস INV-1234 আমরা শুক্রবার পরিশোধ করব।\nধন্যবাদ", "promise_to_pay"),
        # hy: paid / will pay / not paid
        ("Բարև,\nINV-1234 հաշիվը վճարել ենք երեկ։\nՇնորհակալություն", "paid_claim"),
        ("Բարև,\nINV-1234 հաշիվը կվճարենք ուրբաթ։\nՇնորհակալություն", "promise_to_pay"),
        ("Բարև,\nINV-1234 հաշիվը դեռ չենք վճարել։\nՇնորհակալություն", "other"),
        # sq: paid / will pay / not paid
        (
            "Përshëndetje,\nFaturën INV-1234 e kemi paguar sot me transfertë bankare.\nFaleminderit",
            "paid_claim",
        ),
        ("Përshëndetje,\nFaturën INV-1234 do ta paguajmë të premten.\nFaleminderit", "promise_to_pay"),
        ("Përshëndetje,\nFaturën INV-1234 nuk e kemi paguar ende.\nFaleminderit", "other"),
        # mk: paid / will pay in the passive and the active / not paid
        ("Почитувани,\nФактурата INV-1234 ја плативме вчера.\nПоздрав", "paid_claim"),
        ("Почитувани,\nФактурата INV-1234 ќе ја платиме во петок.\nПоздрав", "promise_to_pay"),
        ("Почитувани,\nФактурата INV-1234 не е платена поради грешка.\nПоздрав", "other"),
        # ur: paid / will pay
        ("السلام علیکم،\nانوائس INV-1234 کی ادائیگی کل کر دی ہے۔\nشکریہ", "paid_claim"),
        ("السلام علیکم،\nانوائس INV-1234 کی ادائیگی جمعہ تک کر دیں گے۔\nشکریہ", "promise_to_pay"),
        # sw in the singular and with an object
        ("Habari,\nNimelipa ankara INV-1234 leo kupitia benki.\nAsante", "paid_claim"),
        ("Habari,\nAnkara INV-1234 tutaulipa mwisho wa mwezi.\nAsante", "promise_to_pay"),
        ("Habari,\nBado sijalipa ankara INV-1234, samahani.\nAsante", "other"),
    ],
)
def test_paying_promising_and_not_paying_in_six_more_languages(body: str, intent: str) -> None:
    assert _read(body)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Բարև,\nՁեր հիշեցումը ստացանք, կստուգենք և կպատասխանենք։\nՇնորհակալություն", "acknowledgement"),
        ("Почитувани,\nПотсетникот го примивме и е препратен до финансии.\nПоздрав", "acknowledgement"),
        (
            "Përshëndetje,\nE morëm mesazhin dhe ia kemi përcjellë kontabilitetit.\nFaleminderit",
            "acknowledgement",
        ),
        (
            "Habari,\nNimeupokea ujumbe wako na nimeupeleka kwa mhasibu. Nitakujulisha.\nAsante",
            "acknowledgement",
        ),
        ("السلام علیکم،\nآپ کی ای میل موصول ہو گئی ہے، اکاؤنٹس کو آگے بھیج دی ہے۔\nشکریہ", "acknowledgement"),
        # a received reminder with a statement asked for is a document request first
        (
            "السلام علیکم،\nیاد دہانی موصول ہوئی۔ براہ کرم فروری کا اکاؤنٹ اسٹیٹمنٹ بھیج دیں۔\nشکریہ",
            "document_request",
        ),
        ("Բարև,\nԽնդրում ենք ուղարկել INV-1234 հաշվի պատճենը։\nՇնորհակալություն", "document_request"),
        (
            "Përshëndetje,\nJu lutem na dërgoni një kopje të faturës INV-1234.\nFaleminderit",
            "document_request",
        ),
        ("নমস্কার,\nঅনুগ্রহ করে ইনভয়েস INV-1234 এর একটি কপি পাঠান।\nধন্যবাদ", "document_request"),
        # a copy mentioned, nothing asked
        ("Përshëndetje,\nKopjen e faturës e kemi në arkiv.\nFaleminderit", "other"),
    ],
)
def test_received_passed_on_and_copies_asked_for(body: str, intent: str) -> None:
    assert _read(body)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Përshëndetje,\nUnë nuk merrem me faturat. Duhet të kontaktoni kolegen time në financë.\nFaleminderit",
            "wrong_contact",
        ),
        (
            "Почитувани,\nНе сум надлежна за плаќања, треба да се обратите до сметководството.\nПоздрав",
            "wrong_contact",
        ),
        ("Habari,\nMimi si mtu sahihi kwa malipo haya.\nAsante", "wrong_contact"),
        # working here on something else is no redirect
        ("Përshëndetje,\nPunoj me faturat çdo ditë, do ta shikoj.\nFaleminderit", "other"),
    ],
)
def test_not_the_right_person(body: str, intent: str) -> None:
    assert _read(body)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Բարև,\nԳնի բարձրացման մասին մեզ չեն տեղեկացրել, համաձայնություն չենք տվել։", "pricing"),
        ("Habari,\nAnkara INV-1234 ina bei si sahihi; mkataba unasema KSh 90,000.", "pricing"),
        ("Përshëndetje,\nNuk jemi dakord me faturën: çmimi është rritur pa njoftim.", "pricing"),
        ("Përshëndetje,\nSalla ishte e papërdorshme për shkak të zhurmës, kërkojmë zbritje.", "quality"),
        (
            "Szanowni Państwo,\nPo zalaniu biura i z powodu grzybu na ścianach nie uznajemy faktury INV-1234.",
            "quality",
        ),
        ("Dear team,\nThe meeting room was unusable all week, we dispute INV-1234.", "quality"),
        ("Boa tarde,\nTrata-se de uma duplicação da fatura INV-1200, pedimos a anulação.", "duplicate"),
    ],
)
def test_price_and_service_contested(body: str, reason: str) -> None:
    got = _read(body)
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == reason


def test_a_contested_price_outranks_a_dated_promise_for_the_rest() -> None:
    body = (
        "Habari,\nAnkara INV-1234 ina bei isiyo sahihi. Kiasi kingine tutakilipa kufikia tarehe 20.\nAsante"
    )
    assert _read(body)["intent"] == "dispute"


def test_a_price_stated_without_complaint_is_no_dispute() -> None:
    assert (
        _read("Përshëndetje,\nÇmimi i zyrës për muajin mars është i qartë, faleminderit.")["intent"]
        != "dispute"
    )


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("এর ৳৪৫,০০০ পরিশোধ", Decimal("45000.00"), "BDT"),
        ("вкупно 43.050,00 денари", Decimal("43050.00"), "MKD"),
        ("գինը 110 000 դրամ է", Decimal("110000.00"), "AMD"),
        ("shuma 48 000 lekë", Decimal("48000.00"), "ALL"),
        ("var greiddur 189.000 ISK", Decimal("189000.00"), "ISK"),
        ("Devanagari ₹१२,५००", Decimal("12500.00"), "INR"),
    ],
)
def test_more_currencies_and_bengali_digits_read_as_amounts(text: str, value: Decimal, currency: str) -> None:
    found = find_amounts(fold(text))
    assert [(a.value, a.currency) for a in found] == [(value, currency)]


def test_all_before_a_small_number_is_no_lek() -> None:
    assert find_amounts(fold("we paid all 3 invoices")) == []


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        ("Hi,\nWe paid INV-1234 today via bKash. TrxID: 7QX2KM41PZ", "7QX2KM41PZ"),
        ("Hej\nVi betalte INV-1234 i går. Overførsels-ID 55102934.", "55102934"),
        ("გამარჯობა,\nINV-1234 გადავიხადეთ დღეს, გადარიცხვის ნომერი BOG-551203.", "BOG-551203"),
        ("Hi,\nINV-1234 was paid by card yesterday - the receipt number was RC-20411.", "RC-20411"),
    ],
)
def test_payment_references_under_more_labels(body: str, reference: str) -> None:
    got = _read(body)
    assert got["intent"] == "paid_claim"
    assert got["payment_reference"] == reference


def test_a_receipt_number_asked_for_is_no_reference() -> None:
    got = _read("Hi,\nCould you send us the receipt number for INV-1234?")
    assert got["payment_reference"] is None


@pytest.mark.parametrize("code", ["IRR", "GEL", "AMD", "ALL", "MKD", "BDT"])
def test_a_currency_code_in_our_subject_is_no_invoice(code: str) -> None:
    got = _read(
        "Hello,\nA quick question about our meeting-room credits.",
        subject=f"Re: Invoice INV-1234 is overdue ({code} 48,000.00)",
    )
    assert got["invoice_numbers"] == ["INV-1234"]


@pytest.mark.parametrize(
    ("text", "today", "want"),
    [
        ("tutalipa Jumatatu ijayo", date(2026, 2, 12), date(2026, 2, 16)),
        ("tutalipa Ijumaa", date(2026, 2, 12), date(2026, 2, 13)),
        ("ќе бидат платени оваа недела", date(2026, 3, 17), date(2026, 3, 20)),
        ("ќе платиме во петок", date(2026, 3, 17), date(2026, 3, 20)),
        ("do ta paguajmë këtë javë", date(2026, 3, 17), date(2026, 3, 20)),
        ("გადავიხადეთ გუშინ", date(2026, 1, 15), date(2026, 1, 14)),
        ("আমরা গতকাল পরিশোধ করেছি", date(2026, 4, 19), date(2026, 4, 18)),
        ("e paguam dje", date(2026, 4, 19), date(2026, 4, 18)),
    ],
)
def test_relative_days_and_weekdays_in_swahili_macedonian_albanian_georgian_bengali(
    text: str, today: date, want: date
) -> None:
    assert dates(text, today=today)[:1] == [want]


def test_swahili_weekend_is_not_this_week() -> None:
    assert dates("anarudi wikendi hii", today=date(2026, 2, 12)) == []


def test_macedonian_week_is_no_sunday() -> None:
    # "недела" is the week in "оваа недела" and Sunday elsewhere: only the week is read
    assert dates("оваа недела", today=date(2026, 3, 17)) == [date(2026, 3, 20)]


def test_malay_cuma_is_only_not_friday() -> None:
    body = (
        "Salam,\nKami akan menjelaskan bayaran RM2,180.00 untuk invois INV-1234. Ia sudah dalam kelompok bayaran, "
        "cuma tarikhnya belum ditetapkan.\nTerima kasih"
    )
    got = _read(body)
    assert got["intent"] == "promise_to_pay"
    assert got["promised_date"] is None


def test_turkish_cuma_is_still_friday() -> None:
    assert dates("cuma günü ödeyeceğiz", today=date(2026, 3, 11)) == [date(2026, 3, 13)]


def test_an_office_number_is_no_date_but_a_date_after_office_is() -> None:
    assert dates("a caução do escritório 2.07 que pagámos", "past", today=date(2026, 2, 10)) == []
    assert dates("back in the office 12/01/2026", today=date(2026, 11, 23)) == [date(2026, 1, 12)]


def test_a_japanese_away_reply_returns_on_the_day_work_resumes_as_usual() -> None:
    body = "5月2日（土）から5月6日（水）まで休暇をいただいております。\n5月7日（木）より通常どおり業務を再開いたします。"
    got = read_auto(body, date_header="Sat, 02 May 2026 09:00:00 +0900")
    assert got["intent"] == "out_of_office"
    assert got["return_date"] == "2026-05-07"
