"""Session 38 (blind 396/397): Asian and South-Asian replies read as the statements they make. A Thai payment verb that
is no payment made (a will-compound, a duty, an "if ... already"); the same invoice issued twice in Thai, Japanese,
Chinese and Vietnamese; a count received set against the one billed, said politely; a proforma "only received" that
counts no goods; more time asked for in Tamil, Bengali and Thai; a reminder received and put to a committee in Tamil, whose
sitting day is no payment's; payables moved to a colleague in Chinese and Japanese; a sales question in reply to a
reminder; an order set down as "facturé" that never arrived; a transfer the customer asks us to look
for. Each with a near miss."""

from __future__ import annotations

import pytest

from tests.unit.triage.mail import read

_MON_ICT = "Mon, 16 Mar 2026 10:00:00 +0700"
_FRI_ICT = "Fri, 13 Mar 2026 10:00:00 +0700"
_TUE_JST = "Tue, 17 Mar 2026 10:00:00 +0900"
_TUE_CST = "Tue, 17 Mar 2026 10:00:00 +0800"
_WED_IST = "Wed, 18 Mar 2026 10:00:00 +0530"
_THU_EU = "Thu, 19 Mar 2026 10:00:00 +0100"
_THU_AR = "Thu, 19 Mar 2026 10:00:00 -0300"


@pytest.mark.parametrize(
    ("body", "intent", "promised", "paid"),
    [
        # will transfer-pay next Monday; "once transferred we will send the slip" is a step ahead
        (
            "ใบแจ้งหนี้ INV-1234 ยอด 18,200 บาท ทางเราจะโอนชำระในวันจันทร์หน้า หากโอนแล้วจะแจ้งให้ทราบค่ะ",
            "promise_to_pay",
            "2026-03-23",
            None,
        ),
        ("ถ้าชำระเงินแล้วจะส่งหลักฐานการโอนให้นะครับ", "other", None, None),
        # the near miss: transferred yesterday already, a claim
        ("ใบแจ้งหนี้ INV-1234 ทางเราโอนเงินไปเมื่อวานแล้วครับ", "paid_claim", None, "2026-03-15"),
    ],
)
def test_a_thai_payment_verb_under_will_or_if_is_no_payment_made(
    body: str, intent: str, promised: str | None, paid: str | None
) -> None:
    out = read(body, date_header=_MON_ICT)
    assert (out["intent"], out["promised_date"], out["paid_date"]) == (intent, promised, paid)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # no longer in charge of the paying: the wrong person, not a payment
        ("ผมไม่ได้ดูแลเรื่องการจ่ายเงินแล้วครับ ตอนนี้คุณสมศักดิ์ฝ่ายการเงินเป็นคนรับผิดชอบ", "wrong_contact"),
        ("ดิฉันไม่ได้รับผิดชอบเรื่องการชำระเงินแล้วค่ะ กรุณาติดต่อฝ่ายบัญชี", "wrong_contact"),
    ],
)
def test_a_thai_reply_about_who_handles_payments_is_a_wrong_contact(body: str, intent: str) -> None:
    assert read(body, date_header=_MON_ICT)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "date_header"),
    [
        ("ใบแจ้งหนี้ INV-1240 เป็นรายการเดียวกับ INV-1234 ออกซ้ำมาครับ รบกวนยกเลิก INV-1240 ด้วย", _MON_ICT),
        (
            "INV-1240 は INV-1234 と同じ内容の請求書です。重複して発行されていると思われますので、取り消しをお願いします。",
            _TUE_JST,
        ),
        ("INV-1240 和 INV-1234 是同一笔订单，贵司重复开具了，请作废 INV-1240。", _TUE_CST),
        ("Hóa đơn INV-1240 bị trùng với hóa đơn INV-1234, đề nghị quý công ty hủy INV-1240.", _TUE_CST),
    ],
)
def test_the_same_invoice_issued_twice_is_a_duplicate_dispute(body: str, date_header: str) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "duplicate")


@pytest.mark.parametrize(
    ("body", "date_header"),
    [
        (
            "請求書では 12,000個 となっておりますが、実際の納品数は 11,500個 でした。差異の 500個 分について、請求書の訂正を"
            "お願いできますでしょうか。訂正版をいただき次第、お支払いいたします。",
            _TUE_JST,
        ),
        ("发票上写的是 12,000 个，实际到货只有 11,500 个，请核实后重新开票，收到后马上付款。", _TUE_CST),
    ],
)
def test_a_count_received_set_politely_against_the_one_billed_is_a_quantity_dispute(
    body: str, date_header: str
) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["dispute_reason"], out["promised_date"]) == ("dispute", "quantity", None)


def test_only_a_proforma_received_asks_for_the_tax_invoice_and_counts_no_goods() -> None:
    body = "INV-1234 这笔款需要先收到增值税专用发票才能付款，目前只收到了贵司的形式发票。麻烦尽快开具专票寄给我们。"
    assert read(body, date_header=_TUE_CST)["intent"] == "document_request"
    # the near miss: only part of the goods came
    short = "INV-1234 的货我们只收到 800 箱，发票上是 1,000 箱，差的 200 箱请补发或者改发票。"
    assert read(short, date_header=_TUE_CST)["intent"] == "dispute"


@pytest.mark.parametrize(
    ("body", "date_header"),
    [
        ("INV-1234 தொகையை செலுத்த எங்களுக்கு இன்னும் ஒரு வாரம் அவகாசம் தர முடியுமா?", _WED_IST),
        ("INV-1234 এর জন্য আমাদের আরও দুই সপ্তাহ সময় দিন, গ্রাহকের টাকা এখনও আসেনি।", _WED_IST),
        ("ใบแจ้งหนี้ INV-1234 ขอเวลาเพิ่มอีก 2 สัปดาห์ได้ไหมครับ ลูกค้ายังไม่โอนมา", _MON_ICT),
    ],
)
def test_more_time_asked_for_is_a_payment_plan_request(body: str, date_header: str) -> None:
    assert read(body, date_header=date_header)["intent"] == "payment_plan_request"


@pytest.mark.parametrize(
    ("body", "intent", "promised"),
    [
        # received; the bill goes to the committee that meets on 26 March; no payment day
        (
            "உங்கள் நினைவூட்டல் கிடைத்தது. INV-1234 பில் நிர்வாகக் குழுவின் ஒப்புதலுக்காக உள்ளது; மார்ச் 26 அன்று நடக்கும் "
            "கூட்டத்தில் பரிசீலிக்கப்படும்.",
            "acknowledgement",
            None,
        ),
        # the near miss: a payment day stated
        ("INV-1234 का भुगतान 26 मार्च तक कर दिया जाएगा।", "promise_to_pay", "2026-03-26"),
    ],
)
def test_a_reminder_received_and_put_to_a_meeting_is_an_acknowledgement(
    body: str, intent: str, promised: str | None
) -> None:
    out = read(body, date_header=_WED_IST)
    assert (out["intent"], out["promised_date"]) == (intent, promised)


@pytest.mark.parametrize(
    ("body", "date_header", "email"),
    [
        (
            "我已经调到销售部了，应付账款现在由财务部的王丽负责，邮箱 wangli@buyer.example，请直接联系她。",
            _TUE_CST,
            "wangli@buyer.example",
        ),
        (
            "現在は経理部の佐藤が担当しております。今後は sato@buyer.example までご連絡ください。",
            _TUE_JST,
            "sato@buyer.example",
        ),
    ],
)
def test_payables_moved_to_a_colleague_is_a_wrong_contact(body: str, date_header: str, email: str) -> None:
    out = read(body, date_header=date_header)
    assert (out["intent"], out["new_contact_email"]) == ("wrong_contact", email)


@pytest.mark.parametrize(
    "body",
    [
        "By the way, could your team quote us for 5,000 more cartons, same print? We need them before 10 April. Who handles sales?",
        "Aprofito el correu: teniu disponibles uns 300 metres de bastida per al maig? Em podeu passar preu?",
        "Aprovecho el correo para consultar si tienen 50 puntales disponibles para abril y a qué precio.",
    ],
)
def test_a_sales_question_in_reply_to_a_reminder_stays_other(body: str) -> None:
    assert read(body, date_header=_THU_EU)["intent"] == "other"


def test_an_order_billed_that_never_arrived_is_not_an_invoice_never_received() -> None:
    body = (
        "On ne peut pas payer la facture 4471 : le compresseur qui y est facturé n'est jamais arrivé au chantier. "
        "Merci de créditer la facture."
    )
    out = read(body, date_header=_THU_EU)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "not_received")


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        (
            "Te aviso que la factura INV-1234 te la pagamos el martes. Fijate si la ves acreditada.",
            "paid_claim",
        ),
        ("A fatura INV-1234 foi paga via PIX hoje cedo, confere se caiu na conta.", "paid_claim"),
        # the near miss: asking us to check the balance, nothing paid yet
        ("Fijate cuánto debemos de la factura INV-1234 y te aviso cuándo pagamos.", "acknowledgement"),
    ],
)
def test_a_transfer_the_customer_asks_us_to_look_for_has_been_made(body: str, intent: str) -> None:
    assert read(body, date_header=_THU_AR)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "intent", "promised"),
    [
        (
            "Sorry for the slow reply, it's end of quarter at our end. I'll push the $9,875.50 through tomorrow.",
            "promise_to_pay",
            "2026-04-01",
        ),
        (
            "We'll put AUD 1,200.00 through on Thursday from the trust account.",
            "promise_to_pay",
            "2026-04-02",
        ),
        # the near miss: a letter put through to another team, no money moved
        ("I'll put it through to the strata committee for approval.", "other", None),
    ],
)
def test_money_pushed_through_on_a_day_is_a_promise_dated_by_that_day(
    body: str, intent: str, promised: str | None
) -> None:
    # Written at 00:30 on Tuesday 31 March in Sydney: "tomorrow" is 1 April there, whatever "end of quarter" says.
    out = read(body, date_header="Tue, 31 Mar 2026 00:30:44 +1100")
    assert (out["intent"], out["promised_date"]) == (intent, promised)
