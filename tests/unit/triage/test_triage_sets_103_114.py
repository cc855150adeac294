"""Cue families and constructions learned from blind sets 103, 104, 113 and 114 (Greek, Croatian, Danish, Japanese,
Indonesian, Romanian, Czech, Ukrainian, Korean, Slovak, Swedish, Polish, Turkish, Arabic, Chinese, Vietnamese and
Thai replies), each next to a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from chalicelib.domain.relative_dates import find_dates
from tests.unit.triage import mail

DATE = "Mon, 22 Dec 2025 10:00:00 +0100"
read = partial(mail.read, date_header=DATE)


@pytest.mark.parametrize(
    ("subject", "body", "back"),
    [
        # da: Christmas holiday, back Monday the 5th; the weekday and its date are one date
        (
            "Automatisk svar: Invoice INV-1234",
            "Tak for din mail.\n\nJeg holder juleferie og er tilbage mandag den 5. januar 2026.\n\nVenlig hilsen\nKirsten",
            "2026-01-05",
        ),
        # id: office closed for the holiday, back at work on 5 January
        (
            "Balasan Otomatis: Invoice INV-1234",
            "Terima kasih atas email Anda.\n\nSaya akan kembali bekerja pada 5 Januari 2026.\n\nSalam,\nDewi",
            "2026-01-05",
        ),
        # zh: on holiday, back in the office on 5 January
        ("自动回复: Invoice INV-1234", "您好，\n\n我正在休假，1月5日返回办公室。\n\n谢谢！", "2026-01-05"),
        # en: the office closed for the season until a date
        (
            "Automatic reply: Invoice INV-1234",
            "Thank you for your message.\n\nThe marina office is closed for the winter season until 5 January 2026.\n",
            "2026-01-05",
        ),
        # ja: closed up to the 4th, normal business from the 5th
        (
            "自動応答: Invoice INV-1234",
            "弊社は12月27日から1月4日まで休業とさせていただきます。\n1月5日（月）より通常営業いたします。",
            "2026-01-05",
        ),
    ],
)
def test_away_notices_in_more_languages(subject: str, body: str, back: str) -> None:
    out = read(body, subject=subject)
    assert out["intent"] == "out_of_office"
    assert str(out["return_date"]) == back


@pytest.mark.parametrize(
    "body",
    [
        # da: "we'll get back to you" is no absence
        "Tak for påmindelsen. Vi vender tilbage mandag den 5. januar med en betalingsdato.\nVenlig hilsen\nKirsten",
        # id: "we'll come back to you" is no absence either
        "Terima kasih. Kami akan kembali menghubungi Anda setelah pengecekan.\nSalam,\nDewi",
    ],
)
def test_return_words_alone_are_no_absence(body: str) -> None:
    assert read(body)["intent"] != "out_of_office"


def test_urgent_contact_in_an_away_notice_is_the_new_contact() -> None:
    out = read(
        "我正在休春节假期，1月5日返回办公室。期间如有付款相关事宜，请联系财务部 finance@customer.example。",
        subject="自动回复: Invoice INV-1234",
    )
    assert out["new_contact_email"] == "finance@customer.example"
    out = read(
        "Saya akan kembali bekerja pada 5 Januari 2026. Untuk keperluan mendesak, silakan hubungi finance@customer.example.",
        subject="Balasan Otomatis: Invoice INV-1234",
    )
    assert out["new_contact_email"] == "finance@customer.example"


def test_a_weekday_and_its_date_are_one_date_but_a_weekday_alone_stays() -> None:
    today = date(2025, 12, 22)
    assert [f.value for f in find_dates("tilbage mandag den 5. januar 2026", today, day_first=True)] == [
        date(2026, 1, 5)
    ]
    # a sentence break between them: two dates
    assert len(find_dates("mandag. Den 5. januar", today, day_first=True)) == 2


@pytest.mark.parametrize(
    ("body", "paid"),
    [
        # hr / uk / tr: the payment or the invoice stated as done in the passive
        ("Poštovani,\nračun INV-1234 plaćen je 19.12. u iznosu od 3.050,00 EUR.\nLijep pozdrav", True),
        (
            "Доброго дня!\nОплату за рахунком INV-1234 здійснено 19.12.2025, сума 36 400,00 грн.\nЗ повагою",
            True,
        ),
        (
            "Merhaba,\nINV-1234 için 86.500,00 TL tutarındaki ödeme 19 Aralık'ta EFT ile yapılmıştır.\nSaygılarımla",
            True,
        ),
        # near misses: not yet paid
        ("Poštovani,\nračun INV-1234 nije plaćen jer čekamo odobrenje.\nLijep pozdrav", False),
        (
            "Доброго дня!\nОплату за рахунком INV-1234 ще не здійснено, чекаємо на погодження.\nЗ повагою",
            False,
        ),
        ("Merhaba,\nINV-1234 için ödeme henüz yapılmamıştır, onay bekliyoruz.\nSaygılarımla", False),
    ],
)
def test_payment_done_in_the_passive(body: str, paid: bool) -> None:
    assert (read(body)["intent"] == "paid_claim") is paid


def test_the_invoice_fronted_as_object_never_received_is_a_copy_request_not_the_goods() -> None:
    # de: "die Rechnung haben wir nie erhalten" is the document; the goods never received stay a dispute
    asked = read(
        "Die Rechnung INV-1234 haben wir nie erhalten. Können Sie uns bitte eine Kopie als PDF schicken?"
    )
    assert asked["intent"] == "document_request"
    goods = read("Rechnung INV-1234: die Lieferung haben wir nie erhalten, wir zahlen nicht.")
    assert goods["intent"] == "dispute"
