"""Session 30 (blind 287/289): payments made and to come in Icelandic, Latvian, Lithuanian and the Ukrainian/Russian
passive; the Andean "cancelada" (settled); Chinese "within this week"; the Dutch payment "set ready"; the Turkish
passive future; instalments and postponement across Nordic, Baltic and South Slavic; a lawyer's letter announcing
the mandate; contested charges in Roman Urdu and Farsi; cold-chain and faulty-kit reasons; references by label; the
day back after a range of days away; spelt-out spans of days. Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.triage.mail import dates, read, read_auto

_TUE = "Tue, 14 Apr 2026 10:00:00 +0000"


@pytest.mark.parametrize(
    ("body", "intent", "paid"),
    [
        ("Reikningurinn var greiddur í gær.", "paid_claim", "2026-04-13"),
        ("Við millifærðum upphæðina á mánudaginn.", "paid_claim", "2026-04-13"),
        ("Við erum búin að borga reikninginn.", "paid_claim", None),
        ("Við erum ekki búin að greiða reikninginn.", "other", None),
        ("Rēķins ir apmaksāts vakar.", "paid_claim", "2026-04-13"),
        ("Rēķins vēl nav apmaksāts.", "other", None),
        ("Рахунок 1234 сплачено вчора.", "paid_claim", "2026-04-13"),
        ("Счёт пока не оплачен.", "other", None),
        ("Рахунок має бути сплачений до п'ятниці.", "other", None),
        ("Arve tasusime eile.", "paid_claim", "2026-04-13"),
    ],
)
def test_a_payment_made_is_read_in_nordic_baltic_and_east_slavic_wordings(
    body: str, intent: str, paid: str | None
) -> None:
    got = read(f"Hello,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] == intent
    if intent == "paid_claim":
        assert got["paid_date"] == paid


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Andean Spanish: a bill "cancelada" with its date or its bank evidence is paid
        ("La factura 1234 quedó cancelada el 9 de abril, depósito BN 5521873.", "paid_claim"),
        ("Les confirmo que la deuda fue cancelada mediante transferencia.", "paid_claim"),
        # without the evidence the word keeps its other sense
        ("El pedido se anuló y la factura fue cancelada, no corresponde el cobro.", "dispute"),
    ],
)
def test_a_bill_cancelada_with_payment_evidence_is_settled(body: str, intent: str) -> None:
    assert read(f"Buenas tardes,\n\n{body}\n\nSaludos", date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "promised"),
    [
        ("Við munum greiða reikninginn á föstudaginn.", "promise_to_pay", "2026-04-17"),
        ("Rēķinu samaksāsim piektdien.", "promise_to_pay", "2026-04-17"),
        ("Sąskaitą apmokėsime penktadienį.", "promise_to_pay", "2026-04-17"),
        ("Sąskaitos neapmokėsime, kol negausime kreditinės.", "other", None),
        ("貨款將於本週內匯出。", "promise_to_pay", "2026-04-17"),
        ("Ik zet de 1.250,00 euro morgen klaar.", "promise_to_pay", "2026-04-15"),
        # setting documents ready is no payment
        ("Ik zet de documenten morgen klaar.", "other", None),
        ("Fatura ödemesi bu hafta içinde yapılacaktır.", "promise_to_pay", "2026-04-17"),
        ("Vamos pagar daqui a dez dias.", "promise_to_pay", "2026-04-24"),
    ],
)
def test_a_payment_to_come_is_read_with_its_day(body: str, intent: str, promised: str | None) -> None:
    got = read(f"Hello,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] == intent
    assert got["promised_date"] == promised


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Getum við samið um að greiða eftirstöðvarnar í þremur hlutum?", "payment_plan_request"),
        ("Kan vi få en avbetalingsplan på fakturaen?", "payment_plan_request"),
        ("Vai varam vienoties par maksājumu grafiku?", "payment_plan_request"),
        ("Ar galėtume mokėti dalimis?", "payment_plan_request"),
        ("Molimo za odlaganje plaćanja fakture za 30 dana.", "payment_plan_request"),
        # a plan already agreed and kept is no request
        ("Hvala, račun je primljen.", "other"),
    ],
)
def test_instalments_or_a_postponement_asked_is_a_plan_request(body: str, intent: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] in (intent, "acknowledgement") if intent == "other" else got["intent"] == intent


def test_a_postponement_by_a_span_of_days_dates_the_first_payment() -> None:
    got = read("Poštovani,\n\nmolimo za odlaganje plaćanja za 30 dana.\n\nM.", date_header=_TUE)
    assert got["promised_date"] == "2026-05-14"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Wir zeigen an, dass wir die Muster GmbH anwaltlich vertreten. Die Rechnung wird bestritten.",
            "legal_or_insolvency",
        ),
        ("We act for Example Foods Ltd in connection with your invoice.", "legal_or_insolvency"),
        ("Wij treden op namens onze cliënt Voorbeeld B.V. en betwisten de factuur.", "legal_or_insolvency"),
        # an accountant acting for a client is no lawyer
        ("Per conto del nostro cliente vi comunichiamo che il bonifico è stato eseguito ieri.", "paid_claim"),
        # a customer representing its own interests is no lawyer
        ("Wir vertreten die Meinung, dass die Rechnung zu hoch ist.", "dispute"),
    ],
)
def test_a_lawyer_announcing_the_mandate_is_a_legal_notice(body: str, intent: str) -> None:
    assert read(f"Sehr geehrte Damen und Herren,\n\n{body}\n\nM.", date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "reason"),
    [
        ("Yeh extra charges hum accept nahi karte.", "dispute", "other"),
        ("Hum agle hafte payment kar denge.", "other", None),
        (
            "مبلغ فاکتور با قرارداد ما مطابقت ندارد؛ نرخ ۱۰٪ بیشتر از نرخ توافق شده است. لطفاً فاکتور اصلاحی ارسال کنید.",
            "dispute",
            "pricing",
        ),
        ("Цена в счёте не соответствует договору. Просим выставить исправленный счёт.", "dispute", "pricing"),
    ],
)
def test_a_charge_contested_in_roman_urdu_farsi_or_russian(
    body: str, intent: str, reason: str | None
) -> None:
    got = read(f"Salam,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] in ((intent,) if intent != "other" else ("other", "promise_to_pay"))
    assert got["dispute_reason"] == reason


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("We are not paying this invoice: the reefer log shows a temperature excursion.", "quality"),
        ("No vamos a pagar la factura: dos de los equipos dan fallo desde la instalación.", "quality"),
        ("Wir zahlen diese Rechnung nicht, die Ware kam aufgetaut an.", "quality"),
        ("Ne priznajemo fakturu, robu nikada nismo primili.", "not_received"),
        # a price contested names no fault
        ("We are not paying this invoice: the rate is higher than agreed.", "pricing"),
    ],
)
def test_cold_chain_and_faulty_kit_name_the_reason(body: str, reason: str) -> None:
    got = read(f"Hi,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == reason


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        ("Sąskaita apmokėta vakar, mokėjimo nr. SEB-5512873.", "SEB-5512873"),
        ("Faktúru sme uhradili včera, VS 1234.", "1234"),
        ("تم سداد الفاتورة أمس بتحويل بنكي رقم NBE-2026-5501.", "NBE-2026-5501"),
        ("Reikningurinn var greiddur í gær. Tilvísun KB-55120.", "KB-55120"),
        # "vs" as "versus" names no payment
        ("We paid yesterday, invoice vs statement differ though.", None),
    ],
)
def test_a_payment_reference_is_read_by_its_label(body: str, reference: str | None) -> None:
    got = read(f"Hello,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] == "paid_claim"
    assert got["payment_reference"] == reference


def test_the_day_back_beats_the_last_day_of_the_range_away() -> None:
    body = "Estarei ausente de 20 a 24 de abril, regressando a 27 de abril."
    raw = read_auto(body, date_header=_TUE)
    assert raw["intent"] == "out_of_office"
    assert raw["return_date"] == "2026-04-27"


def test_an_away_message_in_slovene_names_the_colleague_to_write_to() -> None:
    body = "Do 20. 4. sem odsoten. V nujnih primerih pišite na finance@customer.example."
    raw = read_auto(body, date_header=_TUE)
    assert raw["intent"] == "out_of_office"
    assert raw["new_contact_email"] == "finance@customer.example"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("dentro de quince dias", date(2026, 4, 29)),
        ("in zehn tagen", date(2026, 4, 24)),
        ("a morgun", date(2026, 4, 15)),
        ("homme", date(2026, 4, 15)),
        ("本週內", date(2026, 4, 17)),
        # a month's short form is no number: "in sept" is September
        ("sept days", None),
    ],
)
def test_spelt_out_spans_and_more_relative_days(text: str, want: date | None) -> None:
    got = dates(text, today=date(2026, 4, 14))
    assert (got[0] if got else None) == want


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Os confirmo que la factura entra en la remesa de fin de mes.", "promise_to_pay"),
        ("A fatura entra no lote de pagamentos do fim do mês.", "promise_to_pay"),
        # a remittance received is no payment run of the customer's
        ("Ya recibimos la remesa de fin de mes, gracias.", "other"),
        # waiting on an approval first
        ("En cuanto esté aprobada, entrará en la siguiente remesa de pagos.", "other"),
    ],
)
def test_an_invoice_put_in_the_payment_run_is_a_promise(body: str, intent: str) -> None:
    got = read(f"Hola,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] == intent if intent == "promise_to_pay" else got["intent"] != "promise_to_pay"
    if intent == "promise_to_pay":
        assert got["promised_date"] == "2026-04-30"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "La factura aplica 2,10 €/día cuando el contrato firmado en marzo dice 1,70 €. Enviad una factura "
            "rectificativa.",
            "dispute",
        ),
        # a contract that sets a term, not a price
        (
            "El contrato firmado en marzo dice que pagamos a 60 días, enviad una factura rectificativa.",
            "other",
        ),
    ],
)
def test_the_agreed_price_with_words_between_contests_the_charge(body: str, intent: str) -> None:
    got = read(f"Hola,\n\n{body}\n\nM.", date_header=_TUE)
    assert got["intent"] != "dispute" if intent == "other" else got["intent"] == intent
