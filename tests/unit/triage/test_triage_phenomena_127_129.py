"""Phenomena learned from blind sets 127-129 (Slovenian, Bulgarian, Ukrainian, Polish, Czech, Turkish and Italian
replies, a payment that waits on a document we send, a Cyrillic quote attribution), each next to a near miss that
keeps its old reading."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.triage import mail

DATE = "Thu, 12 Mar 2026 10:00:00 +0200"
read = partial(mail.read, date_header=DATE)


# --- a payment that waits on a document we still have to send is no promise -------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Our receiving log doesn't show the delivery. Can you send the signed proof of delivery? "
        "Once we have the POD we will release payment.",
        "We've never actually had invoice 1234. Can you send a copy over? Once I've got it I'll get it on the next "
        "payment run.",
        "Prosimy o kopię faktury INV-1234. Zapłacimy niezwłocznie po otrzymaniu poprawnej faktury.",
    ],
)
def test_payment_after_a_document_is_a_condition(body: str) -> None:
    out = read(body)
    assert out["intent"] == "document_request"
    assert out["promised_date"] is None


@pytest.mark.parametrize(
    ("body", "promised"),
    [
        # a condition on the customer's own side still commits
        ("We will pay INV-1234 on Friday once we have checked the figures.", "2026-03-13"),
        ("Once I've got it approved I'll pay it on Friday.", "2026-03-13"),
        # money from a third party is pay-when-paid, read elsewhere, and a date still commits
        ("Once we get paid by our client we will pay on Friday.", "2026-03-13"),
    ],
)
def test_a_condition_on_the_customers_side_still_promises(body: str, promised: str) -> None:
    out = read(body)
    assert out["intent"] == "promise_to_pay"
    assert out["promised_date"] == promised


# --- a payment stated as done in the passive or with a bare participle --------------------------------------------
@pytest.mark.parametrize(
    ("body", "paid_date"),
    [
        (
            "Добър ден,\n\nПлащането по фактура INV-1234 е извършено на 10.03.2026 г. Сума: 2 180,40 €.\n",
            "2026-03-10",
        ),
        (
            "Merhaba,\n\nINV-1234 numaralı faturanın ödemesi 10.03.2026 tarihinde EFT ile yapılmıştır.\n",
            "2026-03-10",
        ),
        ("Dzień dobry,\n\nprzelew 1 230,00 zł wysłany 2 marca. Proszę sprawdzić.\n", "2026-03-02"),
    ],
)
def test_passive_payment_is_a_paid_claim(body: str, paid_date: str) -> None:
    out = read(body)
    assert out["intent"] == "paid_claim"
    assert out["paid_date"] == paid_date


@pytest.mark.parametrize(
    "body",
    [
        "Dzień dobry,\n\nprzelew zostanie wysłany 20 marca.\n",
        "Добър ден,\n\nПлащането ще бъде извършено на 20.03.2026 г.\n",
    ],
)
def test_a_transfer_still_to_come_is_no_paid_claim(body: str) -> None:
    assert read(body)["intent"] != "paid_claim"


# --- the invoice refused as such, and its reason -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Buongiorno,\n\nquesto Ente non ha emesso alcun ordine per tale fornitura. La fattura pertanto non può "
            "essere accettata.\n",
            "missing_po",
        ),
        (
            "Pozdravljeni,\n\nza račun INV-1234 pri nas ni bila izdana nobena naročilnica, zato računa ne moremo "
            "sprejeti in ga zavračamo.\n",
            "missing_po",
        ),
        (
            "Dobrý den,\n\nlahve jsme vrátili po 20 dnech, účtujete 62 dní. Počet dní je tedy špatně. Pošlete prosím "
            "opravnou fakturu.\n",
            "quantity",
        ),
    ],
)
def test_invoice_refused_is_a_dispute(body: str, reason: str) -> None:
    out = read(body)
    assert out["intent"] == "dispute"
    assert out["dispute_reason"] == reason


def test_refused_only_for_a_missing_number_asks_for_a_change() -> None:
    # a PO exists and only has to be on the invoice: the refusal is for want of it, not of the charge
    out = read(
        "Buongiorno,\n\nla fattura non può essere accettata senza il numero d'ordine 4500123. Vi preghiamo di "
        "riemetterla con il numero d'ordine.\n"
    )
    assert out["intent"] == "billing_update"


def test_czech_all_in_order_is_no_dispute() -> None:
    assert read("Dobrý den,\n\nfaktura je v pořádku, zaplatíme ji v pátek.\n")["intent"] == "promise_to_pay"


# --- received and passed on; not the right person; spreading the debt ----------------------------------------------
def test_slovenian_received_and_forwarded_is_an_acknowledgement() -> None:
    out = read("Pozdravljeni,\n\nvaše sporočilo smo prejeli in ga posredovali v računovodstvo.\n")
    assert out["intent"] == "acknowledgement"


def test_bulgarian_not_responsible_names_the_right_mailbox() -> None:
    out = read(
        "Здравейте,\n\nНе аз отговарям за плащанията към доставчици. Моля, пишете на счетоводството ни на адрес "
        "accounting@customer.example.\n"
    )
    assert out["intent"] == "wrong_contact"
    assert out["new_contact_email"] == "accounting@customer.example"


def test_ukrainian_spread_the_debt_is_a_plan_request() -> None:
    out = read(
        "Добрий день,\n\nми зараз не можемо сплатити всю суму одразу. Просимо розстрочити заборгованість на два "
        "місяці.\n"
    )
    assert out["intent"] == "payment_plan_request"
    assert out["promised_date"] is None


# --- a Cyrillic Gmail attribution starts the quote -----------------------------------------------------------------
def test_cyrillic_attribution_line_starts_the_quote() -> None:
    out = read(
        "Добрий день,\n\nПросимо розстрочити заборгованість на два місяці.\n\n"
        "ві, 3.03.2026 о 10:00 Acme AR <ar@acme.example> пише:\n\n> If you have already paid, reply with the date.\n"
    )
    assert out["intent"] == "payment_plan_request"
    assert out["promised_date"] is None


def test_a_sentence_ending_in_pyshe_without_date_or_address_is_kept() -> None:
    # no digit and no address: an ordinary sentence, not an attribution; the payment after it is still read
    out = read("Бухгалтер пише:\nОплату за рахунком INV-1234 здійснено 10.03.2026.\n")
    assert out["intent"] == "paid_claim"
