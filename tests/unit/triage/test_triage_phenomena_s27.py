"""Session 27: ru, nl, ms, zh, ko, pt, it, cs, hu, ar and fr constructions for an intent, each with a near miss that
must not be read the same way."""

from __future__ import annotations

import pytest

from tests.unit.triage.mail import read

_WED = "Wed, 04 Mar 2026 10:00:00 +0100"


@pytest.mark.parametrize(
    ("intent", "sentence"),
    [
        # ru: a first-person future with the payment as its object; "руб." ends no sentence
        ("promise_to_pay", "Платёж 12 500,00 руб. проведём в четверг."),
        ("promise_to_pay", "Осуществим перевод до конца недели."),
        # ru: the invoice's short participle states it paid
        ("paid_claim", "Счёт 1234 полностью оплачен нами вчера."),
        # ru: a reconciliation statement asked for
        ("document_request", "Вышлите, пожалуйста, акт сверки за прошлый год."),
        # nl / en / de: a bare "already paid" opening the sentence
        ("paid_claim", "Reeds betaald op 2 maart, kenmerk 5566."),
        ("paid_claim", "Already paid on 2 March."),
        # ms: the payment has been made
        ("paid_claim", "Pembayaran sebanyak RM 1,200.00 telah dilakukan pagi tadi."),
        # ms: no longer in accounts, with the address to write to
        ("wrong_contact", "Saya tidak lagi menguruskan akaun syarikat. Sila emel kewangan@contoh.example."),
        # nl / en: the invoices go to the previous owner
        ("wrong_contact", "Die rekening moet naar de vorige eigenaar sturen: oud@eigenaar.example."),
        ("wrong_contact", "Bills from before the sale should go to the former owner at old@owner.example."),
        # zh: received and passed on to finance
        ("acknowledgement", "好的，已转交财务部门处理。"),
        # hu / it: a copy, a statement, the signed delivery note
        ("document_request", "Kérjük, küldjék meg a számla másolatát."),
        ("document_request", "Ci serve copia del DDT firmato per la fattura 1234."),
        # fr: "un duplicata" is a copy asked for
        ("document_request", "Merci de nous faire parvenir un duplicata des factures 1234 et 1235."),
        # ar: counsel instructed; an extension asked for
        ("legal_or_insolvency", "أحلنا الموضوع إلى مكتب محاماة لمتابعته."),
        ("payment_plan_request", "نطلب تمديد موعد السداد إلى نهاية الشهر القادم."),
        # cs / zh / ko / pt / it: the invoice contested
        ("dispute", "Tuto fakturu neuznáváme, zboží jsme si neobjednali."),
        ("dispute", "我们无法认可这笔费用，请核实。"),
        ("dispute", "약속한 할인이 청구서에 반영되지 않았습니다."),
        ("dispute", "Não recebemos as mercadorias desta fatura."),
        ("dispute", "A fatura 1234 é a mesma cobrança da fatura 1230."),
        ("dispute", "L'ordine della fattura 1234 è stato annullato a febbraio."),
        # it: "un duplicato" of another invoice is still one billed twice (only French "un duplicata" is a copy)
        ("dispute", "La fattura 1234 è un duplicato: l'avete già emessa a gennaio."),
    ],
)
def test_each_construction_is_read(intent: str, sentence: str) -> None:
    assert read(f"Hello,\n\n{sentence}\n\nAna", date_header=_WED)["intent"] == intent


@pytest.mark.parametrize(
    ("intent", "sentence"),
    [
        ("promise_to_pay", "Оплату не произведём, пока не получим исправленный счёт."),
        ("paid_claim", "Счёт 1234 ещё не оплачен."),
        ("paid_claim", "Счёт 1234 будет оплачен в пятницу."),
        ("promise_to_pay", "The invoice will be with you by the 15th."),
        ("promise_to_pay", "I will be with you by the 15th to collect the samples."),
        (
            "document_request",
            "Per poter pagare ci serve la fattura elettronica tramite SdI. La copia PDF non vale.",
        ),
        ("dispute", "L'ordine è stato confermato ieri."),
    ],
)
def test_a_near_miss_is_not_read_as(intent: str, sentence: str) -> None:
    assert read(f"Hello,\n\n{sentence}\n\nAna", date_header=_WED)["intent"] != intent


def test_a_rouble_sum_and_a_weekday_make_one_dated_promise() -> None:
    got = read("Добрый день!\n\nОплату 9 300,00 руб. произведём в эту пятницу.\n\nИрина", date_header=_WED)
    assert (got["intent"], got["promised_date"], got["promised_amount"]) == (
        "promise_to_pay",
        "2026-03-06",
        "9300.00",
    )


def test_a_pound_sum_with_you_by_a_day_is_a_promise() -> None:
    got = read("Hi,\n\nThe £1,250.50 will be with you by the 20th.\n\nTom", date_header=_WED)
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-03-20")


def test_a_lawyer_outranks_the_dispute_in_arabic() -> None:
    body = "نعترض على الفاتورة لأن البضاعة وصلت تالفة. وقد كلّفنا مكتب المحاماة بمتابعة الأمر."
    assert read(f"مرحباً،\n\n{body}\n\nخالد", date_header=_WED)["intent"] == "legal_or_insolvency"


def test_no_purchase_order_behind_a_contested_invoice_is_missing_po() -> None:
    got = read("您好，\n\n我们找不到对应的采购订单，因此不能确认这笔费用。\n\n陈", date_header=_WED)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "missing_po")


_FRI = "Fri, 06 Mar 2026 10:00:00 +0200"


def test_a_payment_that_leaves_on_todays_weekday_is_promised_for_today() -> None:
    got = read("Bună ziua,\n\nTransferul de 3.200,00 lei pleacă vineri.\n\nMihai", date_header=_FRI)
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-03-06")


def test_a_payment_that_does_not_leave_is_no_promise() -> None:
    got = read("Bună ziua,\n\nPlata nu pleacă vineri, așteptăm aprobarea.\n\nMihai", date_header=_FRI)
    assert got["intent"] != "promise_to_pay"


def test_a_cancelled_order_with_its_contents_in_brackets_is_contested() -> None:
    body = "Deze order (twee pallets tegels 55-B) werd vorige week al geannuleerd door onze inkoper."
    got = read(f"Hallo,\n\n{body}\n\nKris", date_header=_WED)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "cancelled")


@pytest.mark.parametrize(
    "body",
    [
        "Nous n'avons jamais reçu la facture 1234. Pouvez-vous nous la renvoyer ?",
        "We never received the invoice 1234; could you send it again?",
    ],
)
def test_the_invoice_never_received_verb_first_contests_nothing(body: str) -> None:
    assert read(f"Hello,\n\n{body}\n\nJo", date_header=_WED)["intent"] != "dispute"


def test_the_goods_never_received_verb_first_are_still_contested() -> None:
    got = read(
        "Bonjour,\n\nNous n'avons jamais reçu la marchandise de la facture 1234.\n\nJo", date_header=_WED
    )
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "not_received")


def test_a_colleague_named_by_her_role_coming_back_is_no_away_notice() -> None:
    body = "Recibido, lo pasé a Contabilidad. El gerente vuelve el lunes de vacaciones y él lo aprueba."
    assert read(f"Hola,\n\n{body}\n\nLuis", date_header=_WED)["intent"] == "acknowledgement"


def test_the_writer_coming_back_is_still_away() -> None:
    body = "Estoy de vacaciones y regreso el lunes 9 de marzo."
    assert read(f"Hola,\n\n{body}\n\nLuis", date_header=_WED)["intent"] == "out_of_office"


def test_the_spanish_present_after_as_soon_as_is_no_payment_made() -> None:
    body = "Necesitamos la factura a nombre de la nueva razón social. Cuando nos llegue corregida la pagamos."
    assert read(f"Hola,\n\n{body}\n\nLuis", date_header=_WED)["intent"] != "paid_claim"


def test_the_spanish_present_with_yesterday_is_still_a_payment_made() -> None:
    assert (
        read("Hola,\n\nLa pagamos ayer por transferencia.\n\nLuis", date_header=_WED)["intent"]
        == "paid_claim"
    )


def test_a_qq_mail_original_message_divider_ends_the_reply() -> None:
    body = (
        "您好，\n\n下周五我们安排付款。\n\n李\n\n------------------ 原始邮件 ------------------\n"
        "发件人: AR <ar@acme.example>\n如已付款，请回复付款日期。\n"
    )
    got = read(body, date_header=_WED)
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-03-13")


_TUE = "Tue, 08 Sep 2026 10:00:00 +0200"


def test_a_french_transfer_at_the_latest_on_a_bare_day() -> None:
    got = read("Bonjour,\n\nLe règlement sera effectué au plus tard le 21.\n\nClaire", date_header=_TUE)
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-09-21")


def test_a_bare_french_day_away_from_a_payment_dates_nothing() -> None:
    got = read("Bonjour,\n\nLa réunion avec votre commercial aura lieu le 21.\n\nClaire", date_header=_TUE)
    assert got["promised_date"] is None


def test_a_malay_extension_to_a_day_of_next_month() -> None:
    body = "Boleh berikan lanjutan tempoh bayaran hingga 10 haribulan depan?"
    got = read(f"Tuan,\n\n{body}\n\nRosli", date_header=_TUE)
    assert (got["intent"], got["promised_date"]) == ("payment_plan_request", "2026-10-10")


def test_an_arabic_extension_to_the_end_of_a_named_month() -> None:
    body = "نطلب تمديد مهلة السداد حتى نهاية أكتوبر."
    got = read(f"مرحباً،\n\n{body}\n\nمريم", date_header=_TUE)
    assert (got["intent"], got["promised_date"]) == ("payment_plan_request", "2026-10-31")


def test_a_dated_payment_that_waits_on_their_clients_payment_still_commits() -> None:
    body = "Le solde sera viré fin septembre, dès réception du règlement de notre client."
    got = read(f"Bonjour,\n\n{body}\n\nClaire", date_header=_TUE)
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-09-30")


def test_an_undated_payment_that_waits_on_their_clients_payment_promises_nothing() -> None:
    body = "Le solde sera viré dès réception du paiement de notre client."
    assert read(f"Bonjour,\n\n{body}\n\nClaire", date_header=_TUE)["intent"] != "promise_to_pay"


def test_a_payment_after_our_credit_note_still_waits_on_us() -> None:
    body = "Nous réglerons la facture dès réception de votre avoir."
    assert read(f"Bonjour,\n\n{body}\n\nClaire", date_header=_TUE)["intent"] != "promise_to_pay"


def test_vat_charged_where_the_reverse_charge_applies_is_contested() -> None:
    body = "A számlán 27% ÁFA szerepel, pedig ez a szolgáltatás fordított adózás alá esik."
    got = read(f"Jó napot!\n\n{body}\n\nEszter", date_header=_TUE)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "other")


def test_the_reverse_charge_named_beside_a_promise_contests_nothing() -> None:
    body = "Reverse charge applies to this one. We will pay it on Friday."
    assert read(f"Hi,\n\n{body}\n\nSam", date_header=_TUE)["intent"] == "promise_to_pay"


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Vi har betalt i går med transaktionsnr. 7781200453.", "7781200453"),
        ("Pagamos ayer, comprobante de Davivienda No. 0091827364.", "0091827364"),
        ("款項已於昨天匯出，交易序號 AB20260907-0042。", "AB20260907-0042"),
    ],
)
def test_a_payment_number_by_its_label(sentence: str, reference: str) -> None:
    assert read(f"Hej,\n\n{sentence}\n\nMia", date_header=_TUE)["payment_reference"] == reference


@pytest.mark.parametrize(
    "body",
    [
        "Six of the mirrors on this invoice arrived with cracked glass; we won't pay for those six.",
        "Партия по счёту 1234 пришла с истёкшим сроком годности, оплачивать не будем.",
        "نعترض على الفاتورة لأن البضاعة وصلت تالفة.",
    ],
)
def test_goods_that_came_faulty_are_a_quality_dispute(body: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nKim", date_header=_TUE)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "quality")


def test_a_price_complaint_is_no_quality_dispute() -> None:
    got = read("Hello,\n\nThe unit price on invoice 1234 is wrong; we agreed 12.00.\n\nKim", date_header=_TUE)
    assert got["dispute_reason"] != "quality"


@pytest.mark.parametrize(
    ("body", "address"),
    [
        (
            "Я в отпуске до 21 сентября. По срочным вопросам обращайтесь к коллеге: kollega@firma.example.",
            "kollega@firma.example",
        ),
        (
            "휴가로 부재중입니다. 9월 21일에 복귀합니다. 급한 용무는 team@firma.example 로 보내주세요.",
            "team@firma.example",
        ),
    ],
)
def test_an_away_message_names_the_colleague_to_write_to(body: str, address: str) -> None:
    got = read(body, date_header=_TUE)
    assert (got["intent"], got["new_contact_email"]) == ("out_of_office", address)


def test_a_chinese_bank_serial_number_is_the_payment_reference() -> None:
    got = read("您好！\n\n货款已于昨天支付，银行流水号 2026090712345678。\n\n李", date_header=_TUE)
    assert got["payment_reference"] == "2026090712345678"


def test_a_japanese_closure_returns_on_the_day_business_resumes() -> None:
    body = (
        "誠に勝手ながら、9月5日（土）から9月13日（日）まで休業とさせていただきます。\n"
        "9月14日（月）より通常業務を再開いたします。"
    )
    got = read(body, date_header=_TUE)
    assert (got["intent"], got["return_date"]) == ("out_of_office", "2026-09-14")


@pytest.mark.parametrize(
    ("body", "first"),
    [
        (
            "Wir würden die 3.000,00 € gern in drei Raten zahlen: 1.000,00 € morgen, den Rest im Oktober und November. Wäre das möglich?",
            "1000.00",
        ),
        ("申请将这笔30,000元分三期支付：第一期¥10,000.00于月底前支付，余款在之后两个月内付清。", "10000.00"),
    ],
)
def test_the_first_instalment_after_the_split_is_announced(body: str, first: str) -> None:
    got = read(f"Hallo,\n\n{body}\n\nPia", date_header=_TUE)
    assert (got["intent"], got["promised_amount"]) == ("payment_plan_request", first)


def test_a_charge_not_on_the_quote_is_a_pricing_dispute() -> None:
    got = read("您好，\n\n發票裡的運費並不在報價單內，我們不同意支付這筆費用。\n\n林", date_header=_TUE)
    assert (got["intent"], got["dispute_reason"]) == ("dispute", "pricing")


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        ("Счёт 1234 оплачен платёжным поручением № 642 от 07.09.2026.", "642"),
        ("Am achitat ieri factura 1234 cu ordinul de plată nr. 2210.", "2210"),
    ],
)
def test_a_payment_orders_short_number_is_the_reference(body: str, reference: str) -> None:
    got = read(f"Hello,\n\n{body}\n\nIon", date_header=_TUE)
    assert (got["intent"], got["payment_reference"]) == ("paid_claim", reference)


def test_an_order_number_without_its_payment_label_is_no_reference() -> None:
    got = read("Hello,\n\nСчёт 1234 оплачен вчера, заказ № 642.\n\nIon", date_header=_TUE)
    assert got["payment_reference"] != "642"


def test_a_claim_sent_to_the_warehouse_is_no_payment_sent() -> None:
    body = "The photos are in the damage claim we sent your warehouse on Monday. The rest will be paid on Friday."
    got = read(f"Hi,\n\n{body}\n\nTom", date_header=_TUE)
    assert (got["intent"], got["paid_date"]) == ("promise_to_pay", None)


def test_a_remittance_sent_to_your_team_is_still_a_payment_sent() -> None:
    got = read("Hi,\n\nWe sent your team the remittance on Monday.\n\nTom", date_header=_TUE)
    assert got["intent"] == "paid_claim"
