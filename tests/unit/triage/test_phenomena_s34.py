"""Session 34 (blind 338/339): "end of the week" and the British "Friday week" as dates; Vietnamese numbered months
and Hindi month names; a Japanese promise in the humble form; approved for payment in a named week, and the Dutch
present passive, still ahead; a payment settled in a batch or by an Italian payment order; faults named in Romanian,
German, Portuguese and Italian, goods not received, no purchase order; an invoice refused as billed; copies asked for in
Swedish and Vietnamese; passed on to accounts in Czech; not mine to handle in French and Korean. Each with a near
miss."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.triage.mail import dates, read, read_auto

_WED = "Wed, 11 Mar 2026 10:00:00 +0100"


def _read(body: str, date_header: str = _WED) -> dict[str, object]:
    return read(body, date_header=date_header)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("we'll pay it by the end of the week", date(2026, 3, 13)),
        ("nous réglerons d'ici la fin de la semaine", date(2026, 3, 13)),
        ("wir zahlen bis Ende der Woche", date(2026, 3, 13)),
        ("lo paghiamo entro fine settimana", date(2026, 3, 13)),
        ("vamos pagar até o final da semana", date(2026, 3, 13)),
        # a later week named after it is that week
        ("nous réglerons d'ici la fin de la semaine prochaine", date(2026, 3, 20)),
    ],
)
def test_the_end_of_the_week_is_that_weeks_friday(text: str, want: date) -> None:
    assert dates(text, today=date(2026, 3, 11))[:1] == [want]


def test_the_end_of_the_week_after_next_is_not_this_week() -> None:
    assert date(2026, 3, 13) not in dates("by the end of the week after next", today=date(2026, 3, 11))


def test_a_weekend_is_not_the_end_of_the_week() -> None:
    assert dates("pagaremos el fin de semana", today=date(2026, 3, 11)) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("it will go out on Friday week", date(2026, 3, 20)),
        ("we'll pay a week on Monday", date(2026, 3, 23)),
        ("cheque run is Thursday week", date(2026, 3, 19)),
    ],
)
def test_a_british_weekday_week_is_a_week_after_the_coming_one(text: str, want: date) -> None:
    assert dates(text, today=date(2026, 3, 11)) == [want]


def test_a_plain_weekday_is_still_the_coming_one() -> None:
    assert dates("we pay on Friday", today=date(2026, 3, 11)) == [date(2026, 3, 13)]


def test_a_vietnamese_numbered_month_end_and_a_hindi_month_name_are_dates() -> None:
    assert dates("xin gia hạn đến hết tháng 4", today=date(2026, 3, 11)) == [date(2026, 4, 30)]
    assert dates("cuối tháng 1", today=date(2025, 12, 20)) == [date(2026, 1, 31)]
    assert dates("हम 20 अप्रैल तक भुगतान करेंगे", today=date(2026, 3, 11)) == [date(2026, 4, 20)]
    assert dates("5 जनवरी को", today=date(2026, 3, 11)) == [date(2027, 1, 5)]


def test_a_humble_japanese_promise_at_the_end_of_this_month_in_the_senders_zone() -> None:
    got = _read(
        "いつもお世話になっております。\n請求書INV-1234につきまして、今月末にお支払いさせていただきます。\nよろしくお願いいたします。",
        date_header="Wed, 01 Apr 2026 07:15:00 +0900",
    )
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-04-30")


def test_an_australian_get_it_sorted_by_end_of_the_week_is_a_promise() -> None:
    got = _read("Hi, apologies for the delay. We'll get INV-1234 sorted by end of the week.\nCheers")
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-03-13")
    assert _read("Hi, we'll get back to you about INV-1234 by end of the week.")["intent"] != "promise_to_pay"


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("Die Rechnung INV-1234 ist geprüft und zur Zahlung in KW 13 freigegeben.", "2026-03-27"),
        ("Het bedrag van INV-1234 wordt volgende week overgemaakt.", "2026-03-20"),
    ],
)
def test_approved_for_a_later_run_or_a_present_passive_is_a_promise_not_a_payment(
    body: str, when: str
) -> None:
    got = _read(body)
    assert (got["intent"], got["promised_date"], got["paid_date"]) == ("promise_to_pay", when, None)


def test_a_dutch_payment_already_made_is_still_paid() -> None:
    assert _read("Wij hebben INV-1234 gisteren overgemaakt.")["intent"] == "paid_claim"


@pytest.mark.parametrize(
    ("body", "date_header", "paid"),
    [
        (
            "Hello,\nINV-1234 was included in our ACH batch that settled on 3/9. Please apply it.",
            "Wed, 11 Mar 2026 10:00:00 -0500",
            "2026-03-09",
        ),
        (
            "Gentili Signori,\nla fattura INV-1234 è stata liquidata con mandato di pagamento n. 88/2026 del 06/03/2026.",
            _WED,
            "2026-03-06",
        ),
    ],
)
def test_a_settled_batch_or_an_italian_payment_order_is_a_payment(
    body: str, date_header: str, paid: str
) -> None:
    got = _read(body, date_header)
    assert (got["intent"], got["paid_date"]) == ("paid_claim", paid)


def test_a_batch_still_to_come_is_no_payment() -> None:
    got = _read(
        "Hello,\nINV-1234 will be included in our next ACH batch on Friday.",
        "Wed, 11 Mar 2026 10:00:00 -0500",
    )
    assert got["intent"] != "paid_claim"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Bună ziua,\nProsoapele livrate au venit umede și cu miros de mucegai. Nu putem achita factura INV-1234.",
            "quality",
        ),
        (
            "Guten Tag,\ndie Tischwäsche hatte Flecken und Löchern. Wir begleichen INV-1234 derzeit nicht.",
            "quality",
        ),
        (
            "Bom dia,\no lote apresentou problema de qualidade, por isso o pagamento de INV-1234 está suspenso.",
            "quality",
        ),
        (
            "Buongiorno,\nla macchina perde acqua da due settimane: il canone INV-1234 non lo paghiamo.",
            "quality",
        ),
        ("Hola,\nel pedido de INV-1234 no nos ha llegado y no podemos tramitar el pago.", "not_received"),
        (
            "Goedemiddag,\nWij kunnen factuur INV-1234 niet aanvaarden: er is geen bestelbon aangemaakt.",
            "missing_po",
        ),
        ("Bonjour,\nla formation a été annulée. Pourriez-vous vérifier la facture INV-1234 ?", "cancelled"),
    ],
)
def test_faults_named_in_more_languages_give_their_reason(body: str, reason: str) -> None:
    got = _read(body)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", reason)


def test_a_czech_agreed_price_against_the_billed_one_is_a_pricing_dispute() -> None:
    body = (
        "Dobrý den,\nk faktuře INV-1234: účtujete 12,00 Kč/ks, ale podle ceníku ve smlouvě je sjednaná cena 10,00 Kč/ks."
        "\nProsíme o vystavení opravného daňového dokladu."
    )
    got = _read(body)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "pricing")


def test_a_boleto_that_did_not_arrive_is_no_goods_not_received() -> None:
    got = _read("Oi,\no boleto da INV-1234 não chegou. Consegue mandar a segunda via?")
    assert got["intent"] == "document_request"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Hej!\nVi hittar inte faktura INV-1234. Kan ni mejla en kopia?\nTack", "document_request"),
        (
            "Kính gửi,\nĐề nghị Quý Công ty gửi giúp hóa đơn điện tử cho INV-1234.\nTrân trọng",
            "document_request",
        ),
        ("Dobrý den,\nfakturu INV-1234 jsem předal na účtárnu k prověření, ozvou se Vám.", "acknowledgement"),
        ("Bonjour,\nje ne m'occupe pas de la facturation, écrivez à compta@client.example.", "wrong_contact"),
        (
            "안녕하세요.\n저는 대금 지급 관련 업무는 하지 않습니다. 재무팀 박지현 과장님께 문의해 주시기 바랍니다.",
            "wrong_contact",
        ),
    ],
)
def test_copies_handing_on_and_not_mine_to_handle_in_more_languages(body: str, intent: str) -> None:
    assert _read(body)["intent"] == intent


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("tillbaka på kontoret måndag v.12", date(2026, 3, 16)),
        ("wieder im Büro am Dienstag KW 12", date(2026, 3, 17)),
        ("back on Monday of week 12", date(2026, 3, 16)),
    ],
)
def test_a_weekday_of_a_numbered_week_is_that_day_not_the_weeks_friday(text: str, want: date) -> None:
    assert dates(text, today=date(2026, 3, 9)) == [want]


def test_a_japanese_away_reply_back_to_work_as_usual_returns_that_day_not_on_the_first_day_away() -> None:
    body = "4月29日（水）から5月5日（火）まで休業いたします。\n5月6日（水）より通常どおり業務を行います。"
    got = read_auto(body, date_header="Thu, 30 Apr 2026 09:00:00 +0900")
    assert (got["intent"], got["return_date"]) == ("out_of_office", "2026-05-06")


@pytest.mark.parametrize(
    "body",
    [
        "Hej,\nJag är på semester till 20 mars.\nBrådskande ärenden: inkop@kund.example",
        "Olá! Estou de férias até 20/03. Para pagamentos, favor escrever para financeiro@kund.example.",
    ],
)
def test_an_away_reply_naming_a_mailbox_for_urgent_matters_gives_the_new_contact(body: str) -> None:
    got = read_auto(body, date_header="Mon, 09 Mar 2026 08:00:00 +0100")
    assert got["intent"] == "out_of_office"
    assert str(got["new_contact_email"]).endswith("@kund.example")


def test_hinglish_kal_is_yesterday_for_a_payment_made_and_tomorrow_for_one_promised() -> None:
    paid = _read("Hi,\nINV-1234 ka payment kal hi kar diya hai, NEFT se.", "Wed, 13 May 2026 10:00:00 +0530")
    assert (paid["intent"], paid["paid_date"]) == ("paid_claim", "2026-05-12")
    assert dates("kal tak bhej denge", today=date(2026, 5, 13)) == [date(2026, 5, 14)]
    assert dates("burada kal", today=date(2026, 5, 13)) == []
