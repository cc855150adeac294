"""Session 31 (blind 303/305): Hindi dates (this very week, next Monday, today), uk/ru "by the 15th of the month", the
end of a named month in Romanian, a wire on "the 15th" in Spanish; a request in Cyrillic; an extension asked in
Polish; a Polish transfer sent after a long purpose line; payment after our reissue in Hungarian; Hebrew and Turkish
disputes (contested outright, faulty goods held back, a price above the contract's cap, billed twice); a Japanese
count against the contract and a Japanese redirect to accounts; the Hindi passive future and perfect; a Bengali
receipt; reasons (a cold chain broken, a lift that keeps failing, work done badly). Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.triage.mail import dates, read

_TUE = "Tue, 14 Apr 2026 10:00:00 +0000"
_TODAY = date(2026, 4, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("रकम इसी हफ़्ते भेजेंगे", date(2026, 4, 17)),
        ("बाकी इस सप्ताह", date(2026, 4, 17)),
        ("दूसरी किस्त अगले बुधवार को", date(2026, 4, 22)),
        ("शुक्रवार को", date(2026, 4, 17)),
        ("сплатимо до 20 числа", date(2026, 4, 20)),
        ("оплатим до 5-го числа", date(2026, 5, 5)),
        ("achităm până la sfârșitul lunii mai", date(2026, 5, 31)),
        ("la segunda cuota la giramos el 28", date(2026, 4, 28)),
    ],
)
def test_dates_said_in_more_ways(text: str, want: date) -> None:
    assert dates(text, today=_TODAY)[0] == want


def test_near_misses_name_no_such_date() -> None:
    # the month's end without a month is this one; "आजकल" (nowadays) is no today; a bare "el 28" with no wire names none
    assert dates("până la sfârșitul lunii", today=_TODAY) == [date(2026, 4, 30)]
    assert dates("आजकल काम बहुत है", today=_TODAY, direction="past") == []
    assert dates("el 28 fue un buen día", today=_TODAY) == []
    assert dates("आज भेज दिया", today=_TODAY, direction="past") == [_TODAY]


def test_a_statement_asked_for_in_ukrainian_is_a_document_request() -> None:
    got = read(
        "Добрий день,\n\nНадішліть, будь ласка, акт звірки за перший квартал.\n\nДякую", date_header=_TUE
    )
    assert got["intent"] == "document_request"
    # the same statement mentioned as sent by us asks for nothing
    assert read("Добрий день,\n\nАкт звірки ми вже отримали.\n\nДякую", date_header=_TUE)["intent"] != (
        "document_request"
    )


def test_a_payment_term_moved_on_request_in_polish_is_a_plan() -> None:
    got = read(
        "Dzień dobry,\n\nProsimy o przedłużenie terminu zapłaty faktury INV-1234 o miesiąc.\n\nPozdrawiam",
        date_header=_TUE,
    )
    assert got["intent"] == "payment_plan_request"
    near = read(
        "Dzień dobry,\n\nProsimy o przesunięcie terminu dostawy na maj.\n\nPozdrawiam", date_header=_TUE
    )
    assert near["intent"] != "payment_plan_request"


def test_a_polish_transfer_sent_after_a_long_purpose_line_is_a_payment_made() -> None:
    got = read(
        "Dzień dobry,\n\nPrzelew za faktury INV-1234 i INV-1235 (przeglądy techniczne wózków widłowych w hali B) "
        "wysłaliśmy w czwartek, razem 4 120,00 zł.\n\nPozdrawiam",
        date_header=_TUE,
    )
    assert got["intent"] == "paid_claim"
    assert got["paid_date"] == "2026-04-09"
    near = read("Dzień dobry,\n\nPrzelew wyślemy w czwartek.\n\nPozdrawiam", date_header=_TUE)
    assert near["intent"] == "promise_to_pay"


def test_payment_after_our_reissue_in_hungarian_asks_for_the_reissue() -> None:
    got = read(
        "Jó napot!\n\nA számlán rossz az adószámunk. Kérjük, állítsák ki újra a helyes adatokkal. "
        "A javított számla megérkezése után fizetünk.\n\nÜdv",
        date_header=_TUE,
    )
    assert got["intent"] == "billing_update"


def test_hebrew_disputes_contested_outright_over_a_price_cap_and_over_faulty_goods() -> None:
    priced = read(
        "שלום,\n\nאנחנו חולקים על החשבונית. המחיר לפי ההסכם מוגבל ל-2% בשנה, ואילו חויבנו בתוספת של 6%.\n\nתודה",
        date_header=_TUE,
    )
    assert (priced["intent"], priced["dispute_reason"]) == ("dispute", "pricing")
    faulty = read(
        "שלום,\n\nחלק מהארגזים הגיעו קרועים והתרופות עם תאריך תפוגה שעבר. אנחנו לא משלמים על הפריטים האלה.\n\nתודה",
        date_header=_TUE,
    )
    assert (faulty["intent"], faulty["dispute_reason"]) == ("dispute", "quality")
    # a refusal of one way to pay names no fault
    assert read("שלום,\n\nאנחנו לא משלמים בכרטיס אשראי.\n\nתודה", date_header=_TUE)["intent"] != "dispute"


def test_billed_twice_in_turkish_is_a_duplicate_dispute() -> None:
    got = read(
        "Merhaba,\n\nINV-1234 ve INV-1235 aynı sipariş için kesilmiş, mükerrer fatura var.\n\nİyi çalışmalar",
        date_header=_TUE,
    )
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "duplicate")
    assert (
        read("Merhaba,\n\nFaturayı aldık, teşekkürler.\n\nİyi çalışmalar", date_header=_TUE)["intent"]
        != "dispute"
    )


def test_a_japanese_count_against_the_contract_with_a_corrected_invoice_asked_is_a_quantity_dispute() -> None:
    got = read(
        "ご担当者様\n\n請求書を確認しましたが、空調機8台分の点検料金が計上されています。契約の対象は5台のみです。"
        "台数を訂正した請求書をお送りください。\n\n鈴木",
        date_header=_TUE,
    )
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "quantity")
    near = read("ご担当者様\n\n請求書の写しをお送りください。\n\n鈴木", date_header=_TUE)
    assert near["intent"] == "document_request"


def test_a_japanese_redirect_to_the_accounts_department_is_a_wrong_contact() -> None:
    got = read(
        "ご担当者様\n\n請求書に関するご連絡は経理課宛てにお願いいたします。経理課:keiri@customer.example\n"
        "私は施設管理担当のため、支払いの手続きはできかねます。\n\n田中",
        date_header=_TUE,
    )
    assert got["intent"] == "wrong_contact"
    assert got["new_contact_email"] == "keiri@customer.example"
    # a deadline asked for the reply names nobody else
    assert (
        read("ご担当者様\n\nご連絡は月末までにお願いします。\n\n田中", date_header=_TUE)["intent"]
        != "wrong_contact"
    )


def test_the_hindi_passive_future_promises_and_the_perfect_claims() -> None:
    promise = read("नमस्ते,\n\n₹85,000 का भुगतान इसी हफ़्ते कर दिया जाएगा।\n\nधन्यवाद", date_header=_TUE)
    assert (promise["intent"], promise["promised_date"]) == ("promise_to_pay", "2026-04-17")
    paid = read(
        "नमस्ते,\n\n₹85,000 का भुगतान आज RTGS से कर दिया गया है। UTR नंबर: SBIN2026041400123\n\nधन्यवाद",
        date_header=_TUE,
    )
    assert (paid["intent"], paid["paid_date"]) == ("paid_claim", "2026-04-14")
    assert paid["payment_reference"] == "SBIN2026041400123"
    refused = read("नमस्ते,\n\nइस बिल का भुगतान नहीं किया जाएगा।\n\nधन्यवाद", date_header=_TUE)
    assert refused["intent"] != "promise_to_pay"


def test_a_bengali_receipt_handed_to_a_colleague_is_an_acknowledgement() -> None:
    got = read(
        "নমস্কার,\n\nআপনার মেইল পেয়েছি। বিলটি আমাদের হিসাবরক্ষকের কাছে পাঠিয়ে দিয়েছি।\n\nধন্যবাদ", date_header=_TUE
    )
    assert got["intent"] == "acknowledgement"


@pytest.mark.parametrize(
    "body",
    [
        "Die Rechnung zahlen wir nicht. Die Ware kam ohne ausreichende Kühlung an.",
        "Der Rechnung widersprechen wir: die Anlage ist wiederholt ausgefallen, der Fehler wurde nicht behoben.",
        "Рахунок оплачувати не будемо: роботу виконано неякісно.",
    ],
)
def test_faults_of_goods_and_service_are_quality(body: str) -> None:
    got = read(f"Hallo,\n\n{body}\n\nGruß", date_header=_TUE)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "quality")


def test_a_fault_fixed_is_no_quality_reason() -> None:
    got = read("Hallo,\n\nDer Fehler wurde behoben, danke. Wir zahlen am Freitag.\n\nGruß", date_header=_TUE)
    assert got["intent"] == "promise_to_pay"


def test_an_indonesian_weekday_marked_next_is_the_following_weeks() -> None:
    assert dates("saya kembali Kamis depan", today=_TODAY) == [date(2026, 4, 23)]
    # the weekday alone is the coming one
    assert dates("saya kembali hari Kamis", today=_TODAY) == [date(2026, 4, 16)]


def _legal(body: str, sender: str) -> bytes:
    return (
        f"From: Counsel <{sender}>\nTo: ar+C1@ar.acme.example\nSubject: Re: Invoice INV-1234 overdue\nDate: {_TUE}\n"
        "Message-ID: <y@law.example>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}\n"
    ).encode()


def test_counsel_asking_to_be_written_to_gives_their_own_address() -> None:
    from tests.unit.triage.mail import RULES

    undersigned = RULES.triage(
        _legal(
            "Dear Sirs,\n\nWe act for Harbour Mews Ltd, which contests the invoice in full. All further correspondence "
            "should be addressed to the undersigned.\n\nJane Roe\nRoe & Partners\njroe@roe-law.example",
            "jroe@roe-law.example",
        )
    ).to_contract()
    assert undersigned["intent"] == "legal_or_insolvency"
    assert undersigned["new_contact_email"] == "jroe@roe-law.example"
    hungarian = RULES.triage(
        _legal(
            "Tisztelt Címzett!\n\nA cég ellen felszámolási eljárás indult. Kérem, a további levelezést a "
            "felszamolo@iroda.example címre küldjék.\n\nDr. Nagy",
            "felszamolo@iroda.example",
        )
    ).to_contract()
    assert hungarian["new_contact_email"] == "felszamolo@iroda.example"
    # counsel's signature alone, with nothing asked about where to write, names no new contact
    plain = RULES.triage(
        _legal(
            "Dear Sirs,\n\nWe act for Harbour Mews Ltd, which contests the invoice in full.\n\nJane Roe\n"
            "jroe@roe-law.example",
            "jroe@roe-law.example",
        )
    ).to_contract()
    assert plain["new_contact_email"] is None


def test_a_plan_with_its_first_instalment_dated_ahead_is_spelt_out() -> None:
    from chalicelib.adapters.local_triage.engine import _plan_spelt_out, _Statement
    from chalicelib.domain.triage import Intent

    asked = "kya hum inv-1234 do kishton mein de sakte hain?"
    found = {Intent.PAYMENT_PLAN_REQUEST: _Statement(Intent.PAYMENT_PLAN_REQUEST, asked, 0.9)}
    dated = [asked, "पहली किस्त ₹20,000 अगले शुक्रवार को"]
    assert _plan_spelt_out(found, Intent.PAYMENT_PLAN_REQUEST, dated, _TODAY, True)
    # no day named, or a day gone by, leaves the reader free
    undated = [asked, "बाकी बाद में"]
    assert not _plan_spelt_out(found, Intent.PAYMENT_PLAN_REQUEST, undated, _TODAY, True)
    gone = [asked, "we paid the first part yesterday"]
    assert not _plan_spelt_out(found, Intent.PAYMENT_PLAN_REQUEST, gone, _TODAY, True)
    assert not _plan_spelt_out(found, Intent.PROMISE_TO_PAY, dated, _TODAY, True)
