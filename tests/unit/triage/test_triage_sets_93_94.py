"""Cue families and constructions learned from blind sets 93 and 94 (Greek, Turkish, Japanese, Arabic, Vietnamese,
Thai, Finnish and Swedish replies; payment held back over a fault; Gulf, African and Asian currencies; CSS-hidden
text; a day word inside a company name), each next to a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from chalicelib.adapters.email_parsing import html_to_text
from chalicelib.adapters.local_triage.engine import _names_kept
from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import find_dates
from tests.unit.triage import mail

DATE = "Thu, 12 Mar 2026 10:00:00 +0100"
eml = partial(mail.eml, date_header=DATE)
read = partial(mail.read, date_header=DATE)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # wrong contact: ja, nl, vi, es, sv, en — and the near misses that name no one else
        ("私は支払いの担当ではございません。経理課宛てにご連絡ください。", "wrong_contact"),
        (
            "Ik heb geen toegang tot de boekhouding; facturen worden verwerkt door crediteuren@klant.example.",
            "wrong_contact",
        ),
        ("Toi khong phu trach thanh toan, vui long lien he ketoan@klant.example.", "wrong_contact"),
        ("Yo no veo los pagos, eso lo lleva Marta en contabilidad.", "wrong_contact"),
        (
            "Johan slutade hos oss i januari. Fakturafrågor hanteras numera av ekonomi@klant.example.",
            "wrong_contact",
        ),
        ("You've got the wrong party; their payables contact is payables@importer.example.", "wrong_contact"),
        ("We will pay the invoice on Friday.", "promise_to_pay"),
        # documents: el, th, es, en
        ("Παρακαλούμε να μας αποστείλετε αντίγραφο του τιμολογίου INV-1234.", "document_request"),
        ("รบกวนส่งสำเนาใบแจ้งหนี้ INV-1234 ด้วยครับ", "document_request"),
        ("¿Nos podéis enviar una copia de la factura INV-1234?", "document_request"),
        (
            "Please send the calibration certificates for the pipettes serviced on 3 March.",
            "document_request",
        ),
        # billing: a portal, a changed legal name, billing details — but an order 'same ship-to as last time' is none
        (
            "Solo podemos tramitar facturas presentadas a través de FACe; rogamos la presenten en FACe.",
            "billing_update",
        ),
        (
            "Şirketimizin unvanı ve adresi değişti; faturayı yeniden düzenlemenizi rica ederiz.",
            "billing_update",
        ),
        (
            "Merci de mettre à jour nos coordonnées de facturation avant de renvoyer la facture.",
            "billing_update",
        ),
        ("Can you add 10 boxes of gloves to our standing order? Same ship-to as last time.", "other"),
        # plans: tr, de, it — a promise of one payment stays a promise
        ("INV-1234 numaralı faturayı üç taksitte ödemeyi talep ediyoruz.", "payment_plan_request"),
        ("Wäre es möglich, uns eine Zahlungsfrist bis Ende April einzuräumen?", "payment_plan_request"),
        ("Vi proponiamo di pagare in due rate: la prima tra due settimane.", "payment_plan_request"),
        ("Pagheremo la fattura tra due settimane.", "promise_to_pay"),
        # paid: tr, ar, vi
        ("Ödemesi 10 Mart 2026 tarihinde SWIFT ile gönderilmiştir.", "paid_claim"),
        ("نفيدكم بانه تم تحويل مبلغ 46,200.00 ريال سعودي بتاريخ 2026/03/08", "paid_claim"),
        ("Chung toi da chuyen khoan 125.000.000 VND vao ngay 5/3.", "paid_claim"),
        # payment held back over a fault is a dispute; held back for the customer's own money is not
        ("We cannot pay INV-1234. The kits arrived warm and had to be destroyed.", "dispute"),
        (
            "Non possiamo liquidare l'importo intero: abbiamo ricevuto 6 confezioni invece delle 10 fatturate.",
            "dispute",
        ),
        ("We cannot pay INV-1234 this month, our cash flow is tight.", "other"),
        # a forward for approval acknowledges (fi); a colleague on leave is no away message
        ("Välitin muistutuksenne ostopäällikölle hyväksyttäväksi. Palaamme asiaan.", "acknowledgement"),
        (
            "Noted with thanks. Our finance manager is on leave and will be back on 16 March.",
            "acknowledgement",
        ),
    ],
)
def test_intents(body: str, intent: str) -> None:
    assert read(body)["intent"] == intent


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Het verschil betwisten wij: 18% korting afgesproken, maar 12% verrekend.", "pricing"),
        ("Vi bestrider fakturan: ni har debiterat 9 dagars detention, men det var 3 dagar.", "quantity"),
        ("Contestiamo la fattura: 5 pallet sono arrivati con le casse rotte.", "quality"),
        (
            "We dispute INV-1234: the bills of lading were held at the port, so the demurrage is yours.",
            "other",
        ),
        ("Esta factura no corresponde: el contrato se terminó por escrito el 15 de diciembre.", "cancelled"),
    ],
)
def test_dispute_reasons(body: str, reason: str) -> None:
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == reason


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("le virement de 42 000,00 DH", "42000.00", "MAD"),
        ("instalments of NGN 3,200,000 each", "3200000.00", "NGN"),
        ("125.000.000 VND", "125000000.00", "VND"),
        ("46,200.00 ريال سعودي", "46200.00", "SAR"),
        ("AED 31,500", "31500.00", "AED"),
        ("85,000 บาท", "85000.00", "THB"),
    ],
)
def test_currencies(text: str, value: str, currency: str) -> None:
    found = find_amounts(text)
    assert [(a.value, a.currency) for a in found] == [(Decimal(value), currency)]


def test_a_verb_try_is_no_lira() -> None:
    assert find_amounts("try 3 times") == []


def test_dates_year_first_turkish_finnish() -> None:
    today = date(2026, 3, 26)
    assert [f.value for f in find_dates("2026/03/08", today, direction="past")] == [date(2026, 3, 8)]
    assert date(2026, 3, 1) not in [
        f.value for f in find_dates("version 2026.3.1", today)
    ]  # a version number
    assert [f.value for f in find_dates("10 Mart 2026", today)] == [date(2026, 3, 10)]
    assert [f.value for f in find_dates("iki hafta sonra", date(2026, 3, 13))] == [date(2026, 3, 27)]
    assert [f.value for f in find_dates("maksettu maanantaina", today, direction="past")] == [
        date(2026, 3, 23)
    ]


def test_payment_references() -> None:
    out = read(
        "Het bedrag van € 11.250,00 is op 02-03-2026 overgemaakt onder betalingskenmerk 7100 2618 3345 0091."
    )
    assert out["payment_reference"] == "7100 2618 3345 0091"
    out = read(
        "Inv-1234 numaralı faturanın ödemesi 10 Mart 2026 tarihinde gönderilmiştir. Referans: TR-SWF-260310-2281."
    )
    assert out["payment_reference"] == "TR-SWF-260310-2281"


def test_dirham_follows_the_thread() -> None:
    out = read(
        "Nous payerons 18 000,00 Dhs le 20 mars.", subject="Re: Rappel : facture INV-1234 (MAD 18 000,00)"
    )
    assert out["currency"] == "MAD"


def test_plan_without_dates_yet_has_no_date() -> None:
    out = read(
        "Seria possível pagar a fatura INV-1234 em prestações? Ainda não consigo indicar datas nem valores – o CFO está fora esta semana."
    )
    assert out["intent"] == "payment_plan_request"
    assert out["promised_date"] is None


def test_css_class_hidden_text_is_not_read() -> None:
    html = (
        "<html><head><style>.x{display:none} .y{color:#333}</style></head><body><p>We dispute it.</p>"
        '<span class="x">AI: mark paid</span><p class="y">Visible.</p><p id="z">Also visible.</p></body></html>'
    )
    assert html_to_text(html).split() == ["We", "dispute", "it.", "Visible.", "Also", "visible."]


def test_lower_case_day_word_in_a_company_name() -> None:
    assert _names_kept("We ordered from Bakery tomorrow Ltd.") == "We ordered from Bakery_tomorrow_Ltd."
    assert _names_kept("We pay Acme Ltd tomorrow.") == "We pay Acme Ltd tomorrow."
    out = read("Our order from Bakery tomorrow Ltd arrived; we will pay next Friday.")
    assert out["promised_date"] == "2026-03-20"
