"""Session 29: wordings of an intent in one language each (a refusal in the progressive, the pay run ahead in German,
a reminder handed to a manager, a vendor registration or address change before payment, a copy to be sent, a count or
an order contested, an extension with the sum between), and the fields they fill. Each with a near miss."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.adapters.local_triage import LocalTriage
from tests.unit.triage.mail import dates, eml, read

_TUE = "Tue, 10 Mar 2026 10:00:00 +0100"
_US = "Tue, 10 Mar 2026 10:00:00 -0500"


@pytest.mark.parametrize(
    ("body", "intent", "reason"),
    [
        # refused, with a fault named: the dispute comes first, the promise on the other invoice is still read
        (
            "We're not paying INV-1234: the nitrogen we got failed our purity test and the bottles are quarantined. "
            "INV-1240 is fine and we will pay the $800.00 on Friday.",
            "dispute",
            "quality",
        ),
        # held back for want of money, no fault named: not contested
        (
            "We're not paying INV-1234 yet, the budget opens next month; we will pay the $800.00 on Friday.",
            None,
            None,
        ),
    ],
)
def test_a_refusal_in_the_progressive_with_a_fault_disputes(
    body: str, intent: str | None, reason: str | None
) -> None:
    got = read(f"Hi,\n\n{body}\n\nSam", date_header=_US)
    assert got["intent"] == intent if intent else got["intent"] != "dispute"
    assert got["dispute_reason"] == reason
    if intent:
        assert got["promised_date"] == "2026-03-13"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "die Rechnung ist freigegeben. Die Überweisung erfolgt mit dem nächsten Zahllauf in KW 12.",
            "promise_to_pay",
        ),
        ("die Zahlung ist am 2. März erfolgt.", "paid_claim"),
    ],
)
def test_the_pay_run_ahead_in_german_is_a_promise(body: str, intent: str) -> None:
    got = read(f"Guten Tag,\n\n{body}\n\nGrüße\nJ. Maier", date_header=_TUE)
    assert got["intent"] == intent
    if intent == "promise_to_pay":
        assert got["promised_date"] == "2026-03-20"
        assert got["paid_date"] is None


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # handed to the chief accountant to review: received, no money sent
        ("Chúng tôi đã nhận được email và đã chuyển cho kế toán trưởng xem xét.", "acknowledgement"),
        # the money transferred is a claim
        ("Chúng tôi đã chuyển khoản số tiền này hôm qua.", "paid_claim"),
    ],
)
def test_a_reminder_handed_to_a_manager_in_vietnamese_is_acknowledged(body: str, intent: str) -> None:
    assert read(f"Chào anh/chị,\n\n{body}\n\nTrân trọng", date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Bedankt voor de herinnering. We gaan het deze week uitzoeken.", "acknowledgement"),
        ("Dank u. Ik kom er later op terug.", "acknowledgement"),
        # a payment with a day is a promise, whatever else is said
        ("Dank u. We gaan het vrijdag betalen.", "promise_to_pay"),
    ],
)
def test_looking_into_it_in_dutch_is_an_acknowledgement(body: str, intent: str) -> None:
    assert read(f"Hallo,\n\n{body}\n\nGroet,\nKees", date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Zmieniliśmy nazwę firmy. Prosimy o wystawienie faktury na nowe dane, z nowym adresem.",
            "billing_update",
        ),
        ("نرجو تغيير اسم الشركة على الفاتورة قبل اعتمادها للدفع.", "billing_update"),
        (
            "거래처 등록이 완료되어야 대금을 지급할 수 있습니다. 등록 양식을 작성해 주십시오.",
            "billing_update",
        ),
        (
            "仕入先登録が済んでいないため、お支払いができません。登録申請書をご提出ください。",
            "billing_update",
        ),
        # the address is fine: nothing to change
        ("Adres na fakturze jest poprawny. Płatność w piątek.", "promise_to_pay"),
    ],
)
def test_details_to_change_or_a_registration_before_payment_is_a_billing_update(
    body: str, intent: str
) -> None:
    assert read(f"{body}\n\nA.", date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Die Rechnung fehlt bei uns. Könnten Sie uns bitte ein Duplikat per Mail zusenden?",
            "document_request",
        ),
        ("인보이스 사본을 보내주시면 바로 검토하겠습니다.", "document_request"),
        # a copy already received asks for nothing
        ("Danke, wir haben die Kopie erhalten.", "acknowledgement"),
    ],
)
def test_a_copy_to_be_sent_is_a_document_request(body: str, intent: str) -> None:
    assert read(f"{body}\n\nA.", date_header=_TUE)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "reason"),
    [
        ("Hóa đơn ghi 12 bình khí nhưng phiếu giao hàng chỉ có 10 bình.", "dispute", "quantity"),
        (
            "Wij hebben deze onderdelen nooit via een bestelbon besteld of geplaatst. We wijzen de factuur af.",
            "dispute",
            "missing_po",
        ),
        ("Zonder goedgekeurd PO-nummer keuren wij de factuur af.", "dispute", "missing_po"),
        ("Nie wystawiliśmy zamówienia na tę usługę, nie uznajemy faktury.", "dispute", "missing_po"),
        # an order number to add is a billing update
        ("Prosimy o dopisanie numeru zamówienia PO 4500123 na fakturze.", "billing_update", None),
        ("L'ordine era stato annullato da noi a gennaio. Vi chiediamo di stornarla.", "dispute", "cancelled"),
        # an order the writer did not cancel is no dispute
        ("L'ordine che non avevamo annullato è arrivato; lo paghiamo venerdì.", "promise_to_pay", None),
        (
            "Objednávku jsme 3. 2. e-mailem zrušili ještě před expedicí. Fakturu neuhradíme.",
            "dispute",
            "cancelled",
        ),
    ],
)
def test_a_count_an_order_never_placed_or_cancelled_is_contested(
    body: str, intent: str, reason: str | None
) -> None:
    got = read(f"{body}\n\nA.", date_header=_TUE)
    assert got["intent"] == intent
    assert got["dispute_reason"] == reason


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "INV-1234 charges $9,900.00 for the overhaul, but your quote was $8,500.00. We will pay the quoted "
            "$8,500.00 by the 20th; please issue a credit note for the difference.",
            "dispute",
        ),
        # the quote matches: a plain promise
        ("Your quote was $8,500.00 and the invoice agrees. We will pay it by the 20th.", "promise_to_pay"),
    ],
)
def test_the_quote_against_the_bill_with_a_credit_asked_disputes(body: str, intent: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nRay", date_header=_US)
    assert got["intent"] == intent
    assert got["promised_date"] == "2026-03-20"


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Could you extend the $5,200.00 on INV-1234 to the end of April? We'd pay it in full then.",
            "payment_plan_request",
        ),
        # told, not asked
        ("Our contract was extended to the end of April, and we paid the invoice yesterday.", "paid_claim"),
    ],
)
def test_an_extension_with_the_sum_between_is_a_plan(body: str, intent: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nNadia", date_header=_US)
    assert got["intent"] == intent
    if intent == "payment_plan_request":
        assert got["promised_date"] == "2026-04-30"


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        ("A 1234-es számlát tegnap kiegyenlítettük, tranzakcióazonosító: HU26030900123.", "HU26030900123"),
        ("Efetuamos ontem a transferência. Comprovante nº 771204556 em anexo.", "771204556"),
        ("Lasku on maksettu eilen viitteellä RF7112345678901.", "RF7112345678901"),
    ],
)
def test_a_payment_number_by_its_label(body: str, reference: str) -> None:
    got = read(f"{body}\n\nA.", date_header=_TUE)
    assert got["intent"] == "paid_claim"
    assert got["payment_reference"] == reference


def test_arabic_yesterday_and_hindi_day_of_month() -> None:
    today = date(2026, 3, 25)
    assert dates("تم التحويل أمس", "past", today=today) == [date(2026, 3, 24)]
    # "fifth" holds the same letters: no date
    assert dates("الخامس من الشهر", "past", today=today) == []
    assert dates("हम 15 तारीख तक भुगतान कर देंगे", today=today) == [date(2026, 4, 15)]
    assert dates("हम 30 तारीख को भुगतान करेंगे", today=today) == [date(2026, 3, 30)]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Factuur 1234 betalen wij niet: de geleverde rotorbladen vertonen scheuren.", "quality"),
        (
            "Nous contestons la facture 1234 : l'azote y est facturé 52,00 € alors que notre contrat cadre prévoit "
            "44,00 €.",
            "pricing",
        ),
    ],
)
def test_a_fault_or_the_contract_price_names_the_reason(body: str, reason: str) -> None:
    got = read(f"{body}\n\nA.", date_header=_TUE)
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == reason


_SHIPPED = LocalTriage()


def _shipped(body: str, date_header: str = _TUE) -> dict[str, object]:
    return _SHIPPED.triage(eml(body, date_header=date_header)).to_contract()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # handed on and an answer to come, no payment word nor day: a receipt, not a promise nor "other"
        (
            "Köszönjük, továbbítottam a pénzügyi vezetőnknek, hamarosan jelentkezünk.\n\nÜdvözlettel",
            "acknowledgement",
        ),
        ("Chúng tôi đã nhận được email và đã chuyển cho giám đốc xem xét.\n\nTrân trọng", "acknowledgement"),
        # handed on, with the payment's day named: a promise
        (
            "Thanks, I've forwarded this to our controller and we will pay it on Friday.\n\nKim",
            "promise_to_pay",
        ),
    ],
)
def test_what_the_rules_set_aside_the_second_reader_does_not_bring_back(body: str, intent: str) -> None:
    assert _shipped(body)["intent"] == intent


def test_an_arabic_sum_in_dollars_is_the_amount_paid() -> None:
    got = read("نحيطكم علماً بأنه تم تحويل مبلغ 5,300.00 دولار أمريكي أمس سداداً للفاتورة.", date_header=_TUE)
    assert got["intent"] == "paid_claim"
    assert (got["promised_amount"], got["currency"], got["paid_date"]) == ("5300.00", "USD", "2026-03-09")
    # a figure with no currency word is no sum paid in dollars
    got = read("تم تحويل الدفعة رقم 5300 أمس.", date_header=_TUE)
    assert got["currency"] != "USD"


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        ("La factura 1234 es un duplicado de la 1187, que ya pagamos en enero.", {"INV-1234", "INV-1187"}),
        # a sum is no invoice
        ("La factura 1234 cobra 1187,50 de más; es un duplicado parcial.", {"INV-1234"}),
    ],
)
def test_the_invoice_a_duplicate_repeats_is_named(body: str, numbers: set[str]) -> None:
    assert set(read(f"Hola,\n\n{body}\n\nJ.", date_header=_TUE)["invoice_numbers"]) == numbers
