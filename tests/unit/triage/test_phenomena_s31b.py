"""Session 31b (blind 309/310): the core of each intent in languages the rules hardly knew (Georgian, Swahili,
Azerbaijani, Kazakh, Tamil, Persian, Estonian, Latvian, Icelandic, Thai); a second reader that knows too few of a
reply's words does not outvote the rules; "end of next week" in German; a tax adviser's clients; billed twice in Czech;
a copy of a Japanese qualified invoice; dates in Swahili, Azerbaijani and Kazakh; naira, CFA francs, manat and tenge.
Each with a near miss."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.local_triage.engine import _little_known
from chalicelib.adapters.local_triage.model import trained_model
from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import fold
from tests.unit.triage.mail import dates, eml, read

_TUE = "Tue, 14 Apr 2026 10:00:00 +0000"
_TODAY = date(2026, 4, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # ka: we paid yesterday / we will check and get back to you / the price went up without agreement
        ("გამარჯობა,\n\nINV-1234 გუშინ გადავიხადეთ.\n\nმადლობა", "paid_claim"),
        ("გამარჯობა,\n\nწერილი მივიღეთ, შევამოწმებთ და დაგიკავშირდებით.\n\nმადლობა", "acknowledgement"),
        # sw: please send us a copy of the invoice / we have received it
        ("Habari,\n\nTafadhali tutumieni nakala ya ankara INV-1234.\n\nAsante", "document_request"),
        ("Habari,\n\nTumepokea barua yenu, tutawasiliana.\n\nAsante", "acknowledgement"),
        # az: the tax id on the invoice is wrong
        ("Salam,\n\nFakturada VÖEN yanlış göstərilib, zəhmət olmasa düzəldin.\n\nHörmətlə", "billing_update"),
        # ta: our GSTIN is not on the invoice
        ("வணக்கம்,\n\nவிலைப்பட்டியலில் எங்கள் GSTIN இல்லை.\n\nநன்றி", "billing_update"),
        # fa: please allow us to pay in two instalments
        ("با سلام،\n\nلطفاً اجازه دهید مبلغ را در دو قسط پرداخت کنیم.\n\nبا تشکر", "payment_plan_request"),
        # et: the order was cancelled, the invoice is wrong
        ("Tere,\n\nTellimus tühistati juba märtsis, see arve on meie jaoks vale.\n\nParimat", "dispute"),
        # lv: the delivery never came, take it off the invoice
        ("Labdien,\n\nPasūtījums netika piegādāts, lūdzu izņemiet to no rēķina.\n\nAr cieņu", "dispute"),
        # is: please send us a copy of the invoice
        ("Góðan dag,\n\nVinsamlegast sendið okkur afrit af reikningnum.\n\nKveðja", "document_request"),
        # th: the bread went mouldy, we refuse payment
        ("เรียนฝ่ายบัญชี ขนมปังขึ้นราทั้งล็อต จึงขอปฏิเสธการชำระเงิน", "dispute"),
        # uk: split the bill into two payments
        ("Вітаю!\n\nПросимо розбити рахунок на два платежі.\n\nДякую", "payment_plan_request"),
        # tr / pl / hu: received and passed on, will look and come back
        ("Merhaba,\n\nHatırlatmanız alındı, muhasebeye iletildi.\n\nİyi günler", "acknowledgement"),
        ("Dzień dobry,\n\nprzekazałem wiadomość do działu księgowości.\n\nPozdrawiam", "acknowledgement"),
        ("Jó napot!\n\nKöszönjük, a számlát átnézzük és jelentkezünk.\n\nÜdvözlettel", "acknowledgement"),
    ],
)
def test_the_core_of_each_intent_in_languages_the_rules_hardly_knew(text: str, intent: str) -> None:
    assert read(text, date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("text", "not_intent"),
    [
        ("გამარჯობა,\n\nINV-1234 ჯერ არ გადავიხადეთ.\n\nმადლობა", "paid_claim"),  # we have not paid yet
        ("Habari,\n\nTumepokea nakala ya ankara jana.\n\nAsante", "document_request"),  # we got the copy
        ("Salam,\n\nBizim VÖEN: 1700555123.\n\nHörmətlə", "billing_update"),  # the tax id only stated
        ("வணக்கம்,\n\nGSTIN சரியாக உள்ளது.\n\nநன்றி", "billing_update"),  # the GSTIN is right
        (
            "با سلام،\n\nقسط اول را دیروز پرداخت کردیم.\n\nبا تشکر",
            "payment_plan_request",
        ),  # the first one paid
        ("Tere,\n\nTellimus jõudis kohale, aitäh.\n\nParimat", "dispute"),  # the order arrived
        ("Labdien,\n\nPasūtījums tika piegādāts laikā.\n\nAr cieņu", "dispute"),  # delivered on time
        (
            "Góðan dag,\n\nVið fengum afrit af reikningnum í gær, takk.\n\nKveðja",
            "document_request",
        ),  # received it
        ("เรียนฝ่ายบัญชี กรุณาส่งสำเนาใบแจ้งหนี้ให้ด้วยครับ", "dispute"),  # a copy asked ("สำเนา" folds to "...เนา")
        ("Вітаю!\n\nДоставку розбили на дві частини.\n\nДякую", "payment_plan_request"),  # the delivery split
    ],
)
def test_near_misses_in_those_languages_say_something_else(text: str, not_intent: str) -> None:
    assert read(text, date_header=_TUE)["intent"] != not_intent


def test_reasons_and_fields_in_those_languages() -> None:
    cancelled = read("Tere,\n\nTellimus tühistati juba märtsis, arve on vale.\n\nParimat", date_header=_TUE)
    assert cancelled["dispute_reason"] == "cancelled"
    missing = read("Labdien,\n\nPasūtījums netika piegādāts, lūdzu izņemiet to no rēķina.", date_header=_TUE)
    assert missing["dispute_reason"] == "not_received"
    mouldy = read("เรียนฝ่ายบัญชี ขนมปังขึ้นราทั้งล็อต จึงขอปฏิเสธการชำระเงิน", date_header=_TUE)
    assert mouldy["dispute_reason"] == "quality"
    paid = read("Сәлеметсіз бе!\n\n420 000 ₸ төлем 10 сәуірде жасалды.\n\nҚұрметпен", date_header=_TUE)
    assert (paid["intent"], paid["paid_date"], paid["promised_amount"], paid["currency"]) == (
        "paid_claim",
        "2026-04-10",
        "420000.00",
        "KZT",
    )
    plan = read(
        "Habari,\n\nTunaomba kulipa kwa awamu mbili. Awamu ya kwanza ya KES 50,000.00 tutailipa kufikia tarehe 20.",
        date_header=_TUE,
    )
    assert (plan["intent"], plan["promised_date"], plan["promised_amount"]) == (
        "payment_plan_request",
        "2026-04-20",
        "50000.00",
    )


def test_billed_twice_in_czech_is_a_duplicate_even_beside_a_payment() -> None:
    got = read(
        "Dobrý den,\n\nfaktura 1235 je duplicitní faktura k 1234, kterou jsme už uhradili. Prosím stornujte ji.",
        date_header=_TUE,
    )
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "duplicate")
    # a duplicate (copy) of an invoice asked for is a document
    assert (
        read("Dobrý den,\n\nprosíme o zaslání duplikátu faktury 1234.", date_header=_TUE)["intent"]
        != "dispute"
    )


def test_a_copy_of_a_japanese_qualified_invoice_is_a_document_request() -> None:
    copy = read(
        "適格請求書の写しをPDFでお送りいただけますでしょうか。登録番号の記載が必要です。", date_header=_TUE
    )
    assert copy["intent"] == "document_request"
    lost = read("適格請求書のPDFが見当たりません。再送をお願いできますでしょうか。", date_header=_TUE)
    assert lost["intent"] == "document_request"
    # an invoice that lacks the registration number, reissue asked: the invoice must change
    fix = read(
        "請求書に登録番号の記載がありません。登録番号を記載のうえ再発行をお願いします。", date_header=_TUE
    )
    assert fix["intent"] == "billing_update"


def test_a_tax_advisers_clients_are_no_legal_matter() -> None:
    busy = read(
        "Guten Tag,\n\nwegen des Jahresabschlusses unserer Mandanten zahlen wir bis Ende nächster Woche.",
        date_header=_TUE,
    )
    assert (busy["intent"], busy["promised_date"]) == ("promise_to_pay", "2026-04-24")
    counsel = read(
        "Sehr geehrte Damen und Herren,\n\nnamens und im Auftrag unserer Mandanten weisen wir die Forderung zurück.",
        date_header=_TUE,
    )
    assert counsel["intent"] == "legal_or_insolvency"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("bis Ende nächster Woche", date(2026, 4, 24)),
        ("Ende der nächsten Woche", date(2026, 4, 24)),
        ("kufikia tarehe 10", date(2026, 5, 10)),
        ("tarehe 20", date(2026, 4, 20)),
        ("gələn ayın 5-də", date(2026, 5, 5)),
        ("20 сәуірде", date(2026, 4, 20)),
        ("5 мамырға дейін", date(2026, 5, 5)),
    ],
)
def test_dates_in_german_swahili_azerbaijani_and_kazakh(text: str, want: date) -> None:
    assert dates(text, today=_TODAY)[0] == want


def test_date_near_misses() -> None:
    # "am Mittwoch nächster Woche" is still that Wednesday; a date written out after "tarehe" is that date
    assert dates("am Mittwoch nächster Woche", today=_TODAY) == [date(2026, 4, 22)]
    assert dates("tarehe 20.05.2026", today=_TODAY)[0] == date(2026, 5, 20)
    assert dates("ayın sonu", today=_TODAY) == []


def test_naira_cfa_manat_tenge_and_lari() -> None:
    assert [(a.value, a.currency) for a in find_amounts("1 250 000 FCFA")] == [(Decimal("1250000.00"), "XOF")]
    assert [(a.value, a.currency) for a in find_amounts("(1 200,00 AZN)")] == [(Decimal("1200.00"), "AZN")]
    assert [(a.value, a.currency) for a in find_amounts("1 250 000 ₸")] == [(Decimal("1250000.00"), "KZT")]
    assert [(a.value, a.currency) for a in find_amounts(fold("5,000.00 ლარი"))] == [
        (Decimal("5000.00"), "GEL")
    ]
    naira = LocalTriage(model=None).triage(
        eml(
            "Good day,\n\nWe paid N1,450,000.00 yesterday by transfer.",
            date_header=_TUE,
            subject="Re: Invoice INV-1234 overdue (NGN 1,450,000.00)",
        )
    )
    assert (naira.promised_amount, naira.currency) == (Decimal("1450000.00"), "NGN")
    # outside a naira thread a bare "N" is no money
    other = LocalTriage(model=None).triage(
        eml("Good day,\n\nWe paid N1,450,000.00 yesterday.", date_header=_TUE)
    )
    assert other.promised_amount is None


def test_a_reader_that_knows_too_few_words_does_not_outvote_the_rules() -> None:
    model = trained_model()
    assert model is not None
    assert _little_known(model, fold("INV-1234 გუშინ გადავიხადეთ, ქვითარი თან ერთვის."))
    assert not _little_known(model, fold("We paid the invoice yesterday, the remittance is attached."))
    shipped = LocalTriage()
    georgian = shipped.triage(eml("გამარჯობა,\n\nINV-1234 გუშინ გადავიხადეთ.\n\nმადლობა", date_header=_TUE))
    assert georgian.intent.value == "paid_claim"


def _japanese(body: bytes, charset: str) -> bytes:
    head = (
        "From: Ken <ken@customer.example>\nTo: ar+C1@ar.acme.example\nSubject: Re: INV-1234\n"
        f"Date: {_TUE}\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 7bit\n\n"
    )
    return head.encode() + body + b"\n"


def test_a_part_labelled_iso_2022_jp_whose_bytes_are_utf8_is_read_as_utf8() -> None:
    text = "請求書INV-1234は月末までにお支払いいたします。"
    mislabelled = LocalTriage(model=None).triage(_japanese(text.encode("utf-8"), "iso-2022-jp")).to_contract()
    assert (mislabelled["intent"], mislabelled["promised_date"]) == ("promise_to_pay", "2026-04-30")
    # the same words truly in ISO-2022-JP are read as before
    proper = (
        LocalTriage(model=None).triage(_japanese(text.encode("iso-2022-jp"), "iso-2022-jp")).to_contract()
    )
    assert (proper["intent"], proper["promised_date"]) == ("promise_to_pay", "2026-04-30")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("gelecek haftanın cuma günü", date(2026, 4, 24)),  # Friday of next week
        ("ayın 20'sine kadar", date(2026, 4, 20)),
        ("ayın 10'una kadar", date(2026, 5, 10)),  # the 10th is past: next month's
        ("gelecek ayın 5'ine kadar", date(2026, 5, 5)),
        ("до края на месеца", date(2026, 4, 30)),
        ("i løpet av denne uken", date(2026, 4, 17)),
        ("下个月5号", date(2026, 5, 5)),
        ("今週中に", date(2026, 4, 17)),
        ("다음 달 초", date(2026, 5, 7)),  # early next month: its first week, the 7th
    ],
)
def test_dates_in_turkish_bulgarian_norwegian_chinese_japanese_and_korean(text: str, want: date) -> None:
    assert dates(text, today=_TODAY)[0] == want


def test_a_turkish_transfer_in_the_passive_future_is_a_promise() -> None:
    got = read(
        "Merhaba,\n\n42.500,00 TL gelecek haftanın cuma günü hesabınıza aktarılacaktır.", date_header=_TUE
    )
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-04-24")
    # the amount still to be paid, named as such, promises nothing
    assert read("Merhaba,\n\nÖdenecek tutar 42.500,00 TL mi?", date_header=_TUE)["intent"] != "promise_to_pay"


def test_a_weekday_of_the_week_after_next_in_german() -> None:
    # on Tue 14 Apr: the week after next runs 27 Apr - 3 May
    assert dates("übernächste Woche am Dienstag", today=_TODAY) == [date(2026, 4, 28)]
    assert dates("am Freitag der übernächsten Woche", today=_TODAY) == [date(2026, 5, 1)]
    # "nächste Woche Dienstag" stays the following week's
    assert dates("nächste Woche Dienstag", today=_TODAY) == [date(2026, 4, 21)]
