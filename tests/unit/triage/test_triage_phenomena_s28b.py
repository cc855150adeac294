"""Session 28b: constructions found missing on a ship chandler's and an educational publisher's replies, each with a
near miss that must not trigger."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.triage.mail import dates, read

_TUE = "Tue, 10 Nov 2026 10:00:00 +0100"


def _read(body: str, date_header: str = _TUE) -> dict[str, object]:
    return read(f"Hello,\n\n{body}\n\nKim", date_header=date_header)


@pytest.mark.parametrize(
    ("body", "intent", "reason"),
    [
        # en: "querying" an invoice against the quote contests it
        (
            "INV-1234 has the hawsers at £9.40 a metre but you quoted £8.10, so we're querying it.",
            "dispute",
            "pricing",
        ),
        # en: the document's figure set against what the invoice bills, a revision asked for
        (
            "The quotation we accepted had the fenders at $120.00 each; the invoice bills them at $138.00. "
            "Please send a corrected invoice.",
            "dispute",
            "pricing",
        ),
        (
            "Our signed delivery docket shows 30 cans of primer, but your invoice bills 36 cans. Kindly revise.",
            "dispute",
            "quantity",
        ),
        # el: received fewer than the invoice charges, a corrected invoice asked for
        (
            "Παραλάβαμε 8 σωσίβια αντί για 10 που χρεώνει το τιμολόγιο. Παρακαλούμε για διορθωμένο τιμολόγιο.",
            "dispute",
            "quantity",
        ),
        # ru: the price above the agreed one
        (
            "Стоимость каната в счете выше согласованной в договоре. Просим выставить исправленный счет.",
            "dispute",
            "pricing",
        ),
        # nb: the order cancelled, payment held back
        (
            "Ordren på fendere ble kansellert i oktober. Vi kan ikke se at vi skal betale denne fakturaen.",
            "dispute",
            "cancelled",
        ),
        # ro: the order cancelled, the invoice to be cancelled
        (
            "Comanda de caiete a fost anulată prin e-mail. Vă rugăm să anulați factura.",
            "dispute",
            "cancelled",
        ),
        # tr: goods dented and unusable, payment refused
        (
            "Gelen kutuların çoğu ezik ve kullanılamaz durumda. Bu fatura için ödeme yapmayacağız.",
            "dispute",
            "quality",
        ),
        # cs: no order ever issued, the invoice not recognised
        (
            "Fakturu neuznáváme. Nevystavili jsme žádnou objednávku a nikdo z nás to neobjednal.",
            "dispute",
            "missing_po",
        ),
    ],
)
def test_a_contested_invoice_is_a_dispute(body: str, intent: str, reason: str) -> None:
    got = _read(body)
    assert (got["intent"], got["dispute_reason"]) == (intent, reason)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # a question about a payment, no charge contested
        ("I'm querying whether our transfer of last week reached you?", "other"),
        # a count and its price belong to the price
        (
            "Our contract sets the rate at $40.00; the invoice bills 12 hours at $46.00. Please send a corrected invoice.",
            "dispute",
        ),
        # the order went through: nothing to contest
        ("Ordren ble levert i oktober. Vi betaler fakturaen på fredag.", "promise_to_pay"),
    ],
)
def test_a_near_miss_is_not_a_new_dispute(body: str, intent: str) -> None:
    got = _read(body)
    assert got["intent"] == intent
    if intent == "dispute":
        assert got["dispute_reason"] == "pricing"


@pytest.mark.parametrize(
    ("body", "date_header", "promised"),
    [
        # en-PH: a bank deposit ahead, with the polite "po" in the sign-off
        (
            "We will deposit the PHP 12,500.00 tomorrow at the branch.\n\nThank you po",
            "Wed, 01 Jul 2026 09:00:00 +0800",
            "2026-07-02",
        ),
        # ko: "the unpaid amount" is a noun, not a statement that it is unpaid
        ("미결제 금액은 이번 주 금요일까지 송금하겠습니다.", "Tue, 01 Dec 2026 10:00:00 +0900", "2026-12-04"),
        # de: approved, and goes out the day after tomorrow
        ("Die Zahlung ist freigegeben und geht übermorgen raus.", _TUE, "2026-11-12"),
        # sv: goes with the payment run on Friday next week
        ("Fakturan är attesterad och går med betalningskörningen på fredag nästa vecka.", _TUE, "2026-11-20"),
        # en: the customer's own steps first, then a dated payment
        (
            "Our vessel docks on the 20th and the master signs the delivery note. After that we will pay in week 48.",
            _TUE,
            "2026-11-27",
        ),
        # ar (Gulf): the future with "ب", and the weekday with its article ("يوم الخميس", on Thursday)
        ("بنحول المبلغ يوم الخميس ان شاء الله.", "Sun, 29 Nov 2026 10:00:00 +0400", "2026-12-03"),
    ],
)
def test_a_payment_ahead_is_a_promise(body: str, date_header: str, promised: str | None) -> None:
    got = _read(body, date_header)
    assert got["intent"] == "promise_to_pay"
    if promised:
        assert got["promised_date"] == promised


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # de: gone out already
        ("Die Zahlung ist gestern rausgegangen.", "paid_claim"),
        # the order waits on us: no dated promise
        ("Please send the corrected invoice. After that we will pay it.", "billing_update"),
        # en-PH: a PO asked for is still one when written after "po"
        ("Please put our PO 44120 on the invoice so we can process it.", "billing_update"),
        # ko: not yet paid, stated
        ("아직 입금하지 못했습니다. 죄송합니다.", "other"),
    ],
)
def test_a_near_miss_is_not_a_promise(body: str, intent: str) -> None:
    assert _read(body)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "date_header", "paid"),
    [
        (
            "Plata pentru factura 1203, în valoare de 900,00 lei, a fost efectuată pe 05.11.2026.",
            _TUE,
            "2026-11-05",
        ),
        ("In allegato la contabile del bonifico di 640,00 EUR eseguito il 06/11/2026.", _TUE, "2026-11-06"),
    ],
)
def test_a_payment_made_is_a_claim(body: str, date_header: str, paid: str) -> None:
    got = _read(body, date_header)
    assert (got["intent"], got["paid_date"]) == ("paid_claim", paid)


def test_an_arabic_word_holding_a_weekday_is_no_date() -> None:
    # "جمعية" (an association) is not "الجمعة" (Friday): the promise keeps no date
    got = _read("سندفع المبلغ لجمعية الصيادين قريبا.", "Sun, 29 Nov 2026 10:00:00 +0400")
    assert got["promised_date"] is None


def test_a_payment_not_yet_made_is_no_claim() -> None:
    assert _read("Plata pentru factura 1203 nu a fost încă efectuată.")["intent"] != "paid_claim"


@pytest.mark.parametrize(
    ("body", "email"),
    [
        (
            "I'm the harbour master, not accounts. Invoices for the marina go to our bookkeeper at books@quay.example.",
            "books@quay.example",
        ),
        (
            "Yo gestiono el taller, no los pagos. Diríjanse a contabilidad@astillero.example.",
            "contabilidad@astillero.example",
        ),
        (
            "Είμαι ο μηχανικός, δεν χειρίζομαι πληρωμές. Στείλτε το στο ap@nautilia.example",
            "ap@nautilia.example",
        ),
        (
            "Jeg sluttet i firmaet i september og har ikke lenger noe med regnskapet å gjøre. Skriv til ap@hav.example.",
            "ap@hav.example",
        ),
    ],
)
def test_a_reader_who_does_not_handle_payments_is_the_wrong_contact(body: str, email: str) -> None:
    got = _read(body)
    assert (got["intent"], got["new_contact_email"]) == ("wrong_contact", email)


def test_a_colleague_named_for_a_question_is_not_a_wrong_contact() -> None:
    # the writer does pay; the address is for the delivery question only
    got = _read("We will pay on Friday. For the delivery question, write to dock@quay.example.")
    assert got["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # da: the verb before its subject still asks
        ("Før vi betaler, vil vi gerne have et kontoudtog over alle åbne poster.", "document_request"),
        # fi: the statement in its genitive
        ("Voisitteko lähettää tiliotteen avoimista laskuista?", "document_request"),
        # supplier registration before payment
        ("ما نقدر نصرف الفاتورة قبل ما تسجلون كمورد عندنا. مرفق نموذج تسجيل الموردين.", "billing_update"),
        ("כדי שנוכל לשלם, עליכם למלא טופס הקמת ספק.", "billing_update"),
        (
            "Veuillez remplir le formulaire d'inscription fournisseur ci-joint avant le paiement.",
            "billing_update",
        ),
        ("Pedimos que atualizem a morada de faturação e nos enviem a fatura corrigida.", "billing_update"),
        # sv: a new invoice with our reference is the change, not a copy
        (
            "Vårt inköpsordernummer saknas. Skicka en ny faktura med referens PO 7781 så betalar vi.",
            "billing_update",
        ),
    ],
)
def test_a_request_before_payment_is_read(body: str, intent: str) -> None:
    assert _read(body)["intent"] == intent


def test_a_plain_copy_is_still_a_document_request() -> None:
    assert _read("Skicka en kopia av fakturan, tack.")["intent"] == "document_request"


@pytest.mark.parametrize(
    ("body", "promised"),
    [
        # cs / pl: the day's dot before a month in the genitive ends no sentence
        ("Částku uhradíme nejpozději do 20. dubna, jakmile dorazí rozpočet.", "2026-04-20"),
        ("Zapłacimy do 20. kwietnia.", "2026-04-20"),
    ],
)
def test_a_day_before_its_month_name_stays_in_its_sentence(body: str, promised: str) -> None:
    assert _read(body, "Wed, 08 Apr 2026 10:00:00 +0200")["promised_date"] == promised


def test_a_numbered_point_still_ends_its_sentence() -> None:
    # "... 2. Sedan ..." is a list item; the promise date is read from its own sentence
    got = _read("1. Vi betalar på fredag.\n2. Sedan skickar vi kvittot.", "Wed, 08 Apr 2026 10:00:00 +0200")
    assert got["promised_date"] == "2026-04-10"


_THU = date(2026, 12, 3)


@pytest.mark.parametrize(
    "phrase",
    ["vorige week dinsdag", "tuesday last week", "letzte woche dienstag", "mardi de la semaine derniere"],
)
def test_a_weekday_of_last_week_is_that_weeks_day(phrase: str) -> None:
    assert dates(phrase, "past", today=_THU) == [date(2026, 11, 24)]


def test_last_tuesday_alone_is_still_the_latest_tuesday() -> None:
    # the near miss: no "week" named, the most recent Tuesday before today
    assert dates("dinsdag", "past", today=_THU) == [date(2026, 12, 1)]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("بعد اسبوعين من اليوم", [date(2026, 12, 17)]),
        ("خلال يومين", [date(2026, 12, 5)]),
        ("kami mohon perpanjangan waktu pembayaran selama 30 hari", [date(2027, 1, 2)]),
    ],
)
def test_a_period_ahead_is_read(phrase: str, want: list[date]) -> None:
    assert dates(phrase, today=_THU) == want


def test_a_period_already_waited_is_no_date() -> None:
    # "we have waited for 30 days": no extension asked, no date
    assert dates("kami sudah menunggu selama 30 hari", today=_THU) == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        # all came, some spoiled: quality
        (
            "12 of the 40 atlases arrived water-damaged. We will not pay for these until replacements come.",
            "quality",
        ),
        # the near miss: part of the count never came
        (
            "Only 28 of the 40 atlases arrived. We will not pay for the missing ones until they come.",
            "quantity",
        ),
        # es: came scratched
        ("Los 10 proyectores llegaron con las lentes rayadas. No vamos a pagar esta factura.", "quality"),
    ],
)
def test_a_spoiled_part_is_quality_and_a_missing_part_quantity(body: str, reason: str) -> None:
    got = _read(body)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", reason)


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        ("Оплата произведена вчера, платежное поручение ПП-2231, сумма 1 200,00 USD.", "ПП-2231"),
        ("Оплату здійснено вчора, платіжне доручення 904.", "904"),
    ],
)
def test_a_payment_orders_number_is_the_reference(body: str, reference: str) -> None:
    got = _read(body)
    assert (got["intent"], got["payment_reference"]) == ("paid_claim", reference)


def test_a_payment_order_promised_without_a_number_has_no_reference() -> None:
    got = _read("Платежное поручение отправим в пятницу.")
    assert got["payment_reference"] is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        # the double is the fault; the cancellation asked is the remedy
        ("La fattura 7120 è un doppione della 7102, già pagata. Vi chiediamo di annullarla.", "duplicate"),
        # the near miss: the order itself was cancelled
        ("L'ordine è stato annullato a settembre. Vi chiediamo di annullare la fattura.", "cancelled"),
    ],
)
def test_a_double_asked_to_be_cancelled_is_a_duplicate(body: str, reason: str) -> None:
    got = _read(body)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", reason)
