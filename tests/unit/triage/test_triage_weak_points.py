"""Known weak points of the rules (plan questions, pay-only-when conditions, billing changes, pt-PT preterite,
bank references, goods never received, away cues, a meeting day), each next to a near miss that keeps its old
reading."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.triage import mail

DATE = "Tue, 03 Nov 2025 10:00:00 +0000"
read = partial(mail.read, date_header=DATE)


def test_pt_pt_accented_preterite_is_a_payment_made() -> None:
    # "pagámos ... no dia 28 de outubro" (pt-PT preterite): paid, not the present-for-future "pagamos"
    out = read(
        "Bom dia,\n\nInformo que pagámos a fatura INV-1234 no dia 28 de outubro, no valor de 1.530,00 €.\n"
    )
    assert out["intent"] == "paid_claim"
    assert str(out["paid_date"]) == "2025-10-28"
    assert out["promised_amount"] == "1530.00"


def test_pt_pt_negated_preterite_is_no_payment() -> None:
    # near miss: "ainda não pagámos" says the opposite
    out = read("Bom dia,\n\nAinda não pagámos a fatura INV-1234 porque falta a nota de encomenda.\n")
    assert out["intent"] != "paid_claim"


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        # hr: the model and the number of a "poziv na broj", across a line break
        (
            "Račun INV-1234 plaćen je 30.10. u iznosu od 3.050,00 EUR, poziv na\nbroj HR00 4655-2025.",
            "HR00 4655-2025",
        ),
        # tr: the bank receipt's number
        (
            "INV-1234 numaralı fatura için ödeme 30 Ekim'de EFT ile yapılmıştır.\nDekont numarası: EFT-20251030-55821.",
            "EFT-20251030-55821",
        ),
    ],
)
def test_bank_references_in_croatian_and_turkish(body: str, reference: str) -> None:
    out = read(body)
    assert out["intent"] == "paid_claim"
    assert out["payment_reference"] == reference


def test_a_croatian_model_without_a_number_is_no_reference() -> None:
    # near miss: a bare "HR00" after the label is the model alone, not a reference
    out = read("Račun INV-1234 plaćen je 30.10., poziv na broj HR00.")
    assert out["payment_reference"] is None


@pytest.mark.parametrize(
    "body",
    [
        # en: two dated halves proposed as a question
        "Could we pay half on 28 November and the other half on 19 December?",
        # en: a split put up for approval
        "Would you accept $4,700.00 next Friday and the remaining $4,700.00 by the end of January?",
        # es: the rest later, asked
        "¿Podríamos pagar 2.000,00 € el viernes y el resto a finales de mes?",
        # el: four monthly instalments, asked with the Greek question mark
        "Μπορούμε να εξοφλήσουμε το τιμολόγιο σε τέσσερις μηνιαίες δόσεις των 1.200,00 €;",
        # th: leave asked to pay in two instalments
        "ทางบริษัทฯ ขออนุญาตผ่อนชำระใบแจ้งหนี้ INV-1234 เป็น 2 งวด",
    ],
)
def test_a_split_asked_for_is_a_plan_request(body: str) -> None:
    assert read(f"Hello,\n\n{body}\n")["intent"] == "payment_plan_request"


def test_the_same_split_stated_is_a_promise() -> None:
    # near miss: no question, a commitment to two dated payments
    out = read("Hello,\n\nWe will pay $5,000.00 this Friday and the remaining $7,450.00 by 30 November.\n")
    assert out["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    "body",
    [
        # de: goods never received and a credit note asked for
        "Guten Tag,\n\ndie Ware haben wir nie erhalten. Bitte um Gutschrift.\n",
        # de: payment held until the goods are there
        "Guten Tag,\n\ndie Winschen sind bei uns nie angekommen. Wir zahlen erst, wenn die Ware da ist.\n",
        # es: only paid once it arrives
        "Buenos días,\n\nla mercancía del pedido nunca nos llegó. Solo pagaremos cuando la recibamos.\n",
    ],
)
def test_goods_never_received_with_payment_held_is_a_dispute(body: str) -> None:
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == "not_received"


@pytest.mark.parametrize(
    "body",
    [
        # de: payment that waits on the customer's own grant contests nothing and promises nothing
        "Guten Tag,\n\nwir zahlen erst, wenn die Fördermittel ausgezahlt sind.\n",
        "Hello,\n\nwe will only pay once our grant is paid out.\n",
    ],
)
def test_pay_only_when_our_money_comes_is_no_promise(body: str) -> None:
    assert read(body)["intent"] not in ("promise_to_pay", "dispute")


def test_goods_received_and_in_order_is_still_no_dispute() -> None:
    # near miss: the goods received ("die Ware haben wir erhalten"), only the invoice document missing
    out = read(
        "Guten Tag,\n\ndie Rechnung ist nie angekommen, die Ware haben wir aber erhalten, alles in Ordnung.\n"
    )
    assert out["intent"] != "dispute"


def test_an_invoice_not_on_file_that_never_came_is_a_copy_request() -> None:
    # es: "nunca nos llegó" about the invoice itself (not on file), with a resend asked
    body = "Buenos días,\n\nno tenemos registrada la factura 1234; creo que nunca nos llegó.\n¿Nos la pueden reenviar en PDF?\n"
    assert read(body)["intent"] == "document_request"


def test_goods_that_never_came_stay_a_dispute_with_the_invoice_on_file() -> None:
    # near miss: the goods never came ("las bombas nunca nos llegaron")
    body = "Buenos días,\n\nlas bombas de la INV-1234 nunca nos llegaron. No vamos a pagar.\n"
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == "not_received"


@pytest.mark.parametrize(
    "body",
    [
        # fr: the registered office moved ("transféré ... le 1er novembre" is no payment); reissue, then we pay
        "Bonjour,\n\nNotre siège social a été transféré à Cogolin le 1er novembre (nouvelle adresse : 12 avenue des "
        "Chantiers).\nMerci de nous renvoyer la facture INV-1234 corrigée, nous la réglerons ensuite.\n",
        # es: a new legal entity; "en cuanto la tengamos, la pagamos" follows the reissue, it is no payment made
        "Hola,\n\nLas facturas emitidas a nombre de la antigua sociedad no se pueden contabilizar; necesitamos que "
        "anuléis la INV-1234 y la emitáis de nuevo a nombre de la nueva sociedad.\nEn cuanto la tengamos, la pagamos.\n",
        # en: the PO exists and only has to appear on the invoice
        "Hello,\n\nWe can't process INV-1234 without a PO number on the invoice.\nThe PO is 4500218876 - please add it "
        "and resend the invoice.\n",
    ],
)
def test_billing_changes_before_payment(body: str) -> None:
    assert read(body)["intent"] == "billing_update"


def test_a_copy_asked_for_with_no_change_stays_a_document_request() -> None:
    # near miss: a resend with nothing to change on the invoice
    assert (
        read("Hello,\n\nCould you resend invoice INV-1234? We can't find it.\n")["intent"]
        == "document_request"
    )


def test_a_plain_spanish_payment_made_is_still_a_claim() -> None:
    # near miss for the condition-first reading: "ya la pagamos" has no condition
    assert read("Hola,\n\nYa la pagamos el 28 de octubre por transferencia.\n")["intent"] == "paid_claim"


@pytest.mark.parametrize(
    "body",
    [
        # nl: the invoice taken to a meeting on Thursday, an answer afterwards
        "Hoi,\n\nBedankt voor je bericht.\nIk neem factuur INV-1234 donderdag mee naar ons overleg met de eigenaar en "
        "laat je daarna weten hoe we verder gaan.\n",
        # nl-BE: discussed at Thursday's payment meeting
        "Dag,\n\nWe bekijken dit intern; de openstaande facturen worden donderdag op ons betaaloverleg besproken.\n"
        "Ik laat daarna iets weten.\n",
    ],
)
def test_a_meeting_day_is_no_payment_date(body: str) -> None:
    out = read(body)
    assert out["intent"] == "acknowledgement"
    assert out["promised_date"] is None


def test_a_dutch_payment_on_thursday_is_still_a_promise() -> None:
    # near miss: "we betalen donderdag" dates a payment
    assert read("Hoi,\n\nWe betalen factuur INV-1234 donderdag.\n")["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    "body",
    [
        # ko: the person in charge returns, then it is processed (an ordinary reply)
        "안녕하세요.\n\n담당자가 복귀하면 INV-1234 건을 처리하겠습니다.\n감사합니다.\n",
        # th: when a colleague is back at work the invoice is paid
        "เรียนฝ่ายบัญชี\n\nเมื่อคุณสมชายกลับมาทำงาน เราจะตรวจสอบใบแจ้งหนี้ INV-1234 ให้\nขอบคุณครับ\n",
    ],
)
def test_a_return_mentioned_in_an_ordinary_reply_is_no_away_notice(body: str) -> None:
    assert read(body)["intent"] != "out_of_office"


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("안녕하세요.\n\n11월 10일까지 휴가 중이며 11월 10일 복귀 예정입니다.\n", "2025-11-10"),
        ("เรียนทุกท่าน\n\nขณะนี้ลาพักร้อน จะกลับมาทำงานในวันที่ 10 พฤศจิกายน 2568\n", "2025-11-10"),
    ],
)
def test_a_korean_or_thai_away_notice_still_reads(body: str, back: str) -> None:
    out = read(
        body, subject="자동 회신: Invoice INV-1234" if "안녕" in body else "ตอบกลับอัตโนมัติ: Invoice INV-1234"
    )
    assert out["intent"] == "out_of_office"


def test_goods_from_an_invoice_that_never_came_are_goods() -> None:
    # "die Winschen aus Rechnung INV-1234 sind nie angekommen": the goods, not the invoice document
    out = read(
        "Guten Tag,\n\ndie Winschen aus Rechnung INV-1234 sind bei uns nie angekommen.\nBitte um Gutschrift.\n"
    )
    assert out["intent"] == "dispute"


def test_the_invoice_itself_never_came_is_still_a_copy_request() -> None:
    # near miss: "die Rechnung haben wir nie erhalten"
    out = read(
        "Guten Tag,\n\ndie Rechnung INV-1234 haben wir nie erhalten. Bitte schicken Sie sie noch einmal.\n"
    )
    assert out["intent"] == "document_request"


def test_a_payment_mailed_to_the_address_on_the_invoice_is_still_a_claim() -> None:
    # near miss for the office-moved reading: an address named in a payment sentence changes nothing
    body = "Hello,\n\nCheck no. 100482 for $912.40 was mailed yesterday to the remit-to address on the invoice.\n"
    assert read(body)["intent"] == "paid_claim"
