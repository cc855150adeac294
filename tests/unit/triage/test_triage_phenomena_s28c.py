"""Session 28c: wordings from two fresh sets, each widened to its construction and kept with a near miss.

A sum with the goods it pays for before its journey ("the £900 for the March beans will go out ..."); a payment
"scheduled" at the bank (pt/es); the wrong person who "no longer handles" the invoices with the subject left out
(en), in Taglish, Lithuanian and Egyptian Arabic; invoices taken only through a channel (sv/pl); a Belgian "met verlof";
disputes in Polish, Portuguese, Lithuanian, Japanese, Ukrainian and Taglish; an Arabic plan asked with "؟"; a promise
whose day is not known yet (nl); the Korean "unpaid invoice" as a noun.
"""

from __future__ import annotations

import pytest

from tests.unit.triage.mail import read, read_auto

_WED = "Wed, 18 Nov 2026 10:15:00 +0100"


def _intent(body: str) -> str:
    return str(read(f"Hello,\n\n{body}\n\nKind regards\nAlex", date_header=_WED)["intent"])


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # en: the sum, what it pays for, then its journey
        ("The £2,310.00 for the October grinder service will go out by BACS on Friday.", "promise_to_pay"),
        # near miss: the journey is already made
        ("The £2,310.00 for the October grinder service went out by BACS on Friday.", "paid_claim"),
        # pt/es: scheduled at the bank for a day still ahead
        ("O pagamento da fatura (R$ 4.300,00) foi agendado para o dia 25.", "promise_to_pay"),
        ("El pago de la factura quedó programado para el viernes.", "promise_to_pay"),
        # nl: the day is open, the payment is promised
        (
            "We nemen de € 1.200,00 mee in onze volgende betaalrun; de exacte datum weet ik nog niet.",
            "promise_to_pay",
        ),
        # near miss: not paid yet, and no payment promised
        ("De factuur is nog niet betaald.", "other"),
        # ko: the unpaid invoice is a noun; the sentence promises a transfer
        ("미결제 인보이스 금액은 다음 주 금요일에 송금 예정입니다.", "promise_to_pay"),
    ],
)
def test_payments_ahead(body: str, intent: str) -> None:
    assert _intent(body) == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "I switched to the marketing side in the spring and no longer handle vendor invoices. "
            "Please send anything about this to our AP team at ap@customer.example.",
            "wrong_contact",
        ),
        # near miss: the writer still handles them and asks for a copy
        ("I handle vendor invoices here. Please send me a copy of this invoice.", "document_request"),
        (
            "Hindi na po ako ang humahawak ng billing dito. Paki-email na lang po si Ms. Cruz sa cruz@customer.example.",
            "wrong_contact",
        ),
        ("Aš nebedirbu finansų skyriuje. Rašykite adresu finansai@customer.example.", "wrong_contact"),
        ("انا مش المسؤول عن المدفوعات. ابعتوا لقسم المالية على finance@customer.example", "wrong_contact"),
    ],
)
def test_the_wrong_person(body: str, intent: str) -> None:
    assert _intent(body) == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Från och med januari tar vi bara emot e-fakturor via Peppol. Skicka om fakturan som e-faktura.",
            "billing_update",
        ),
        # near miss: a plain copy asked for
        ("Kan ni skicka en kopia av fakturan?", "document_request"),
        (
            "Od stycznia przyjmujemy faktury wyłącznie przez nasz portal dostawców. Proszę wgrać tam fakturę.",
            "billing_update",
        ),
    ],
)
def test_the_channel_invoices_must_come_by(body: str, intent: str) -> None:
    assert _intent(body) == intent


def test_a_belgian_leave_notice_is_an_absence() -> None:
    got = read_auto(
        "Ik ben met verlof tot en met 27 november. Dringende vragen: info@customer.example.", date_header=_WED
    )
    assert got["intent"] == "out_of_office"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Na fakturze nie uwzględniono rabatu 3% z naszej umowy. W tej kwocie jej nie zaakceptujemy.",
            "pricing",
        ),
        ("A fatura é cobrança em duplicidade da anterior. Favor cancelar.", "duplicate"),
        ("Sąskaitoje kaina nurodyta 1,20 EUR/vnt., o pagal sutartį turi būti 1,05 EUR/vnt.", "pricing"),
        (
            "弊社ではこの件について発注書を発行しておりません。お支払いは保留とさせていただきます。",
            "missing_po",
        ),
        ("Етикетки надруковані нечітко, уся партія непридатна. Оплату призупиняємо.", "quality"),
        ("10,000 pcs ang naka-bill pero 8,000 pcs lang po ang dumating.", "quantity"),
    ],
)
def test_disputes(body: str, reason: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nAlex", date_header=_WED)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", reason)


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the discount applied, the PO quoted, the duplicate denied
        "Na fakturze uwzględniono rabat z umowy, dziękujemy.",
        "Nosso pedido de compra é 4500991234, favor incluir na fatura.",
    ],
)
def test_near_misses_are_no_dispute(body: str) -> None:
    assert read(f"Hello,\n\n{body}\n\nAlex", date_header=_WED)["intent"] != "dispute"


def test_an_arabic_plan_asked_with_its_question_mark() -> None:
    got = read("اهلا،\nممكن نقسطها على 4 دفعات، واول دفعة اخر الشهر؟\nسامي", date_header=_WED)
    assert got["intent"] == "payment_plan_request"
    assert got["promised_date"] == "2026-11-30"
    # near miss: a single payment at the month's end is a promise
    assert read("اهلا،\nبندفع الفاتورة اخر الشهر.\nسامي", date_header=_WED)["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # ja: a bare "月末" is this month's end; "毎月末" (every month's end) is a standing rule, no date
        ("社内承認が完了しましたので、月末に銀行振込にてお支払いいたします。", "2026-11-30"),
        # tr: within this week is that week's Friday
        ("Ödemeyi bu hafta içinde EFT ile yapacağız.", "2026-11-20"),
        # sl/cs/pl: "next Friday" is the Friday of the following week
        ("Račun bomo plačali naslednji petek.", "2026-11-27"),
        ("Fakturu uhradíme příští pátek.", "2026-11-27"),
        # near miss: "v petek" (on Friday) is the coming one
        ("Račun bomo plačali v petek.", "2026-11-20"),
    ],
)
def test_dates_of_a_promise(body: str, want: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nAlex", date_header=_WED)
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", want)


def test_the_egyptian_yesterday() -> None:
    got = read("السلام عليكم،\nاحنا حولنا المبلغ امبارح، ورقم العملية TRX-77120.\nاحمد", date_header=_WED)
    assert (got["intent"], got["paid_date"]) == ("paid_claim", "2026-11-17")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        # en: the technician's visits are no double bill
        (
            "The oven you installed has leaked since day one; your engineer came out twice and it still isn't fixed. "
            "We dispute the invoice until it works.",
            "quality",
        ),
        ("You billed us twice for the same delivery.", "duplicate"),
        ("Káva byla vlhká a tři pytle jsou plesnivé. Fakturu reklamujeme.", "quality"),
        (
            "Die Etiketten liegen außerhalb der Toleranz, die Charge ist unbrauchbar. Wir reklamieren die Rechnung.",
            "quality",
        ),
        ("Objednávku jsme stornovali ještě před výrobou. Fakturu proto neuznáváme.", "cancelled"),
        (
            "En la factura se facturaron 5.000 cajas, pero el remito de entrega dice 4.200. No podemos pagar el total.",
            "quantity",
        ),
    ],
)
def test_dispute_reasons(body: str, reason: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nAlex", date_header=_WED)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", reason)


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        (
            "Przelew za fakturę INV-1234 został wysłany wczoraj. Tytuł przelewu: FIRMA/11/2026/042.",
            "FIRMA/11/2026/042",
        ),
        ("Betalningen gick iväg igår via bankgiro. OCR/referens 7730091245.", "7730091245"),
        ("Оплату за рахунком INV-1234 здійснено вчора, платіжна інструкція No 5120.", "5120"),
    ],
)
def test_payment_references_by_their_label(body: str, reference: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nAlex", date_header=_WED)
    assert (got["intent"], got["payment_reference"]) == ("paid_claim", reference)


def test_a_creditor_reference_in_groups_is_no_invoice() -> None:
    body = (
        "Bonjour,\n\nNous avons réglé la facture INV-1234 hier par virement (référence de paiement "
        "RF47 1250 0000 0012).\n\nSylvie"
    )
    got = read(body, date_header=_WED)
    assert got["payment_reference"] == "RF47 1250 0000 0012"
    assert got["invoice_numbers"] == ["INV-1234"]
    # near miss: another invoice of the series named in words is still read
    both = read("We paid INV-1234 and INV-1250 yesterday.", date_header=_WED)["invoice_numbers"]
    assert both == ["INV-1234", "INV-1250"]


def test_the_first_instalment_named_before_its_sum() -> None:
    body = "Ali bi lahko račun INV-1234 (6.000,00 EUR) poravnali v dveh obrokih? Prvi obrok v višini 3.500,00 EUR bi plačali v petek."
    got = read(f"Pozdravljeni,\n\n{body}\n\nNejc", date_header=_WED)
    assert (got["intent"], got["promised_amount"], got["promised_date"]) == (
        "payment_plan_request",
        "3500.00",
        "2026-11-20",
    )


def test_a_ukrainian_away_notice_names_its_deputy() -> None:
    body = "Дякую за лист.\nЯ у відпустці до 30 листопада.\nЗ питань оплати звертайтеся, будь ласка, до fin@customer.example."
    got = read_auto(body, date_header=_WED)
    assert (got["intent"], got["new_contact_email"]) == ("out_of_office", "fin@customer.example")


def test_a_defect_complained_of_twice_is_no_double_bill() -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n\nwir vertreten die Firma anwaltlich. Unsere Mandantin hat die Maschine wegen "
        "erheblicher Mängel bereits zweimal gerügt. Eine Zahlung erfolgt bis zur Mängelbeseitigung nicht.\n\n"
        "Bitte richten Sie weitere Korrespondenz an uns: kanzlei@law.example."
    )
    got = read(body, date_header=_WED)
    assert (got["intent"], got["dispute_reason"]) == ("legal_or_insolvency", "quality")
    # near miss: billed twice is still a double bill
    assert read("Hallo,\n\nSie haben uns die Lieferung zweimal berechnet.\n\nAlex", date_header=_WED)[
        "dispute_reason"
    ] == ("duplicate")
