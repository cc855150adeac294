"""Cue families and constructions learned from blind sets 115, 116, 123 and 124 (Croatian, Slovak, Czech, Lithuanian,
Romanian, Turkish, Greek, Finnish and Spanish replies, and localised Outlook quote headers), each next to a near miss
that keeps its old reading."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.triage import mail

DATE = "Thu, 26 Mar 2026 10:00:00 +0200"
read = partial(mail.read, date_header=DATE)


@pytest.mark.parametrize("header", ["Šalje", "Feladó", "Lähettäjä", "Kimden", "Από", "De la"])
def test_localised_outlook_from_line_starts_the_quote(header: str) -> None:
    # the quoted reminder's "If you have already paid" would otherwise read as the customer's words
    out = read(
        f"Hello,\n\nCould you send us a copy of invoice INV-1234?\n\n{header}: Acme AR <ar@acme.example>\n"
        "Subject: Reminder\n\nWe paid INV-1234 yesterday by bank transfer.\n"
    )
    assert out["intent"] == "document_request"


def test_a_from_word_without_an_address_starts_no_quote() -> None:
    out = read("Dari: kami sudah membayar INV-1234 kemarin.\n")
    assert out["intent"] == "paid_claim"


@pytest.mark.parametrize(
    ("body", "paid_date"),
    [
        (
            "Laba diena,\n\nsąskaitą INV-1234 apmokėjome vakar, 612,40 EUR, mokėjimo nuoroda LT-PAV-55102.\n",
            "2026-03-25",
        ),
        (
            "Dobrý deň,\n\nplatbu za faktúru INV-1234 sme odoslali 24. marca 2026, suma 1 920,00 EUR.\n",
            "2026-03-24",
        ),
        ("Dobrý den,\n\nplatba 38 400 Kč za fakturu INV-1234 odešla včera.\n", "2026-03-25"),
        (
            "Bună ziua,\n\nPlata de 12.450,00 lei pentru factura INV-1234 a fost efectuată pe 24 martie.\n",
            "2026-03-24",
        ),
        ("Merhaba,\n\nINV-1234 numaralı faturanın ödemesini 24 Mart'ta EFT ile yaptık.\n", "2026-03-24"),
    ],
)
def test_payment_stated_as_done(body: str, paid_date: str) -> None:
    out = read(body)
    assert out["intent"] == "paid_claim"
    assert out["paid_date"] == paid_date


@pytest.mark.parametrize(
    "body",
    [
        # lt: "we will pay tomorrow" keeps its future
        "Laba diena,\n\nsąskaitą INV-1234 apmokėsime rytoj.\n",
        # ro: "the payment will be made on Friday"
        "Bună ziua,\n\nPlata pentru factura INV-1234 va fi efectuată vineri.\n",
    ],
)
def test_payment_ahead_is_no_claim(body: str) -> None:
    assert read(body)["intent"] != "paid_claim"


def test_slovak_instalment_schedule_asked_is_a_plan_not_a_payment() -> None:
    out = read(
        "Dobrý deň,\n\nchceli by sme vás požiadať o splátkový kalendár: prvú splátku 500 EUR by sme uhradili "
        "do 15. apríla a zvyšok v dvoch splátkach v máji a júni.\n"
    )
    assert out["intent"] == "payment_plan_request"
    assert out["promised_date"] == "2026-04-15"


def test_greek_copies_and_customer_statement_asked() -> None:
    out = read(
        "Καλησπέρα σας,\n\nΘα μπορούσατε να μας στείλετε αντίγραφα των τιμολογίων INV-1234 και INV-1235, "
        "καθώς και καρτέλα πελάτη;\n"
    )
    assert out["intent"] == "document_request"


def test_croatian_price_above_the_quote_refused_is_a_pricing_dispute() -> None:
    out = read(
        "Poštovani,\n\nprema vašoj ponudi dogovorena cijena bila je 2.150,00 EUR, a fakturirali ste 2.480,00 EUR. "
        "Razliku od 330,00 EUR ne prihvaćamo.\n\nMolimo ispravak računa.\n"
    )
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "pricing")


def test_croatian_agreed_price_paid_is_no_dispute() -> None:
    # the agreed price named beside a payment contests nothing
    out = read("Poštovani,\n\nračun INV-1234 po dogovorenoj cijeni plaćen je 24.03.\n")
    assert out["intent"] == "paid_claim"


def test_croatian_renamed_company_asks_a_new_invoice() -> None:
    out = read(
        "Poštovani,\n\nod 1. ožujka poslujemo pod novim nazivom Adria Medica d.o.o. Molimo vas da izdate novi račun "
        "na novi naziv i adresu, nakon čega ćemo ga uputiti na plaćanje.\n"
    )
    assert out["intent"] == "billing_update"


def test_romanian_e_invoicing_channel_is_a_billing_update() -> None:
    out = read(
        "Bună ziua,\n\nVă rugăm să transmiteți factura INV-1234 prin sistemul RO e-Factura (SPV). "
        "Fără încărcarea în SPV nu o putem plăti.\n"
    )
    assert out["intent"] == "billing_update"


def test_works_order_number_on_the_invoice_is_a_billing_update() -> None:
    out = read("Hi,\n\nPlease add our works order number WO-88231 to INV-1234 and resend it.\n")
    assert out["intent"] == "billing_update"


def test_spanish_invoice_not_due_after_termination_is_a_dispute() -> None:
    out = read(
        "Buenos días:\n\nEl contrato de mantenimiento se rescindió con efectos 31 de diciembre de 2025. "
        "No procede por tanto la factura INV-1234 por el primer trimestre de 2026.\n"
    )
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "cancelled")


def test_finnish_invoice_wrong_because_included_in_the_fee() -> None:
    out = read(
        "Hei,\n\nlaskulla INV-1234 on veloitettu vikakäynti 3.3. (185,00 €). Huoltosopimuksemme mukaan vikakäynnit "
        "sisältyvät kuukausimaksuun, joten lasku on virheellinen. Pyydämme hyvityslaskua.\n"
    )
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "pricing")


def test_weekly_payment_run_described_is_no_promise() -> None:
    out = read(
        "Hi,\n\nOur payment run is every Thursday. I'll check whether you're on this week's list and get back to you.\n"
    )
    assert out["intent"] == "acknowledgement"


def test_payment_on_the_run_day_is_still_a_promise() -> None:
    # the same run day, named for this invoice with its sum, commits
    out = read("Hi,\n\nINV-1234 is in this Thursday's payment run and we will pay the $860.00 on Thursday.\n")
    assert (out["intent"], out["promised_date"]) == ("promise_to_pay", "2026-03-26")


def test_claim_taken_back_then_put_in_tomorrows_batch_is_a_promise() -> None:
    out = read(
        "Hi,\n\nI told your office the check was mailed, but it turns out it was never sent. So no, we have not paid "
        "INV-1234 yet.\n\nRather than mail another check, I've added the $3,275.00 to tomorrow's ACH batch.\n"
    )
    assert (out["intent"], out["promised_date"], out["promised_amount"]) == (
        "promise_to_pay",
        "2026-03-27",
        "3275.00",
    )


def test_reminder_passed_on_to_a_colleague_is_no_payment() -> None:
    out = read(
        "Got it, thanks. I've sent this over to Mrs. Alvarez, who led the trip, to confirm the extra mileage on "
        "INV-1234. I'll get back to you once I hear from her.\n"
    )
    assert out["intent"] == "acknowledgement"


def test_payment_sent_beside_a_colleague_checking_is_still_a_claim() -> None:
    out = read(
        "Hi,\n\nWe sent the payment for INV-1234 yesterday; I've passed the receipt to our accountant as well.\n"
    )
    assert out["intent"] == "paid_claim"


def test_vietnamese_passed_to_accounting_is_an_acknowledgement() -> None:
    out = read(
        "Chào anh/chị,\n\nChúng tôi đã nhận được email nhắc thanh toán hóa đơn INV-1234 và đã chuyển cho bộ phận kế "
        "toán kiểm tra.\n"
    )
    assert out["intent"] == "acknowledgement"


@pytest.mark.parametrize(
    "body",
    [
        "Buongiorno,\n\nil 12 marzo vi abbiamo restituito 35 giacche in taglia sbagliata (XL invece di M). Siamo ancora "
        "in attesa della nota di credito. Pagheremo il saldo appena la riceveremo.\n",
        "Guten Tag,\n\nbestellt waren 40 Bundhosen in Größe 52, geliefert wurden 40 Stück in Größe 44. Die Ware ist nicht "
        "verwendbar und geht mit Retourenschein an Sie zurück. Die Rechnung begleichen wir erst nach Erhalt der "
        "korrekten Ware.\n",
    ],
)
def test_wrong_sizes_sent_back_are_a_quality_dispute(body: str) -> None:
    out = read(body)
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "quality")


def test_empty_pallets_returned_beside_a_promise_contest_nothing() -> None:
    out = read(
        "Hi,\n\nWe returned the empty pallets to your driver last week and will pay INV-1234 on Friday.\n"
    )
    assert out["intent"] == "promise_to_pay"


def test_spanish_unagreed_price_rise_is_a_pricing_dispute() -> None:
    out = read(
        "Buenos días:\n\nEn la factura INV-1234 aplican una subida del 8 % sobre la cuota mensual que no hemos "
        "aceptado. Por favor, emitan una factura rectificativa con la cuota acordada.\n"
    )
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "pricing")


def test_head_office_paying_for_its_outlets_is_a_paid_claim() -> None:
    out = read(
        "Hi team,\n\nHead office paid all three outlets' invoices in one remittance on 24 March - $4,105.50 total, "
        "reference DGHQ-REM-0324.\n\nPlease send future reminders for any store to finance@hq.example.\n"
    )
    assert (out["intent"], out["paid_date"], out["new_contact_email"]) == (
        "paid_claim",
        "2026-03-24",
        "finance@hq.example",
    )


def test_outlet_naming_who_pays_as_a_rule_is_a_wrong_contact() -> None:
    out = read(
        "Hi,\n\nWe're a franchise location - all invoices are paid by our franchise head office. Please send this to "
        "franchise.ap@hq.example and they'll take care of it.\n"
    )
    assert out["intent"] == "wrong_contact"


def test_lithuanian_stale_goods_withheld_is_a_quality_dispute() -> None:
    out = read(
        "Laba diena,\n\nkovo 2 d. gauta kava buvo pasenusi. Kava netinkama naudoti, todėl už ją nemokėsime, kol nebus "
        "išrašyta kreditinė sąskaita.\n"
    )
    assert (out["intent"], out["dispute_reason"]) == ("dispute", "quality")
