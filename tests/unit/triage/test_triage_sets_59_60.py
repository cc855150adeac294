"""Wordings and structures learned from blind sets 59 and 60, each next to a near miss that keeps its reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.local_triage.invoice_refs import invoice_numbers
from chalicelib.domain.relative_dates import find_dates

RULES = LocalTriage(model=None)


def eml(
    body: str,
    *,
    subject: str = "Re: Invoice INV-1234 overdue",
    date_header: str = "Tue, 10 Mar 2026 10:00:00 +0100",
    sender: str = "pat@customer.example",
) -> bytes:
    return (
        f"From: Pat <{sender}>\nTo: ar+C1@ar.acme.example\nSubject: {subject}\nDate: {date_header}\n"
        f"Message-ID: <x@customer.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # set-off of the customer's own claim, a credit asked for the difference, a refusal in main-clause order
        ("Die Kosten für die Reparatur verrechnen wir mit Ihrer Rechnung INV-1234.", "dispute"),
        ("Bitte stellen Sie uns für die Differenz zum Vertragspreis eine Gutschrift aus.", "dispute"),
        ("Wir können die Rechnung Nr. 1234 so nicht freigeben, es fehlen 40 Stück.", "dispute"),
        ("Not paying this one until the torn sheets are replaced.", "dispute"),
        # ... while a credit note already applied or a payment planned stays what it was
        ("Die Gutschrift haben wir erhalten, danke. Wir zahlen am Freitag.", "promise_to_pay"),
        # Spanish "contestar" is to answer, not to contest
        ("Perdona que no conteste antes. Te hago la transferencia mañana.", "promise_to_pay"),
        ("Nous contestons la facture : le prix n'est pas celui du contrat.", "dispute"),
        # Nordic and Czech wordings
        ("Betalningen går iväg imorgon.", "promise_to_pay"),
        ("Fakturaen blev betalt i mandags.", "paid_claim"),
        ("Fakturu jsme zaplatili včera převodem.", "paid_claim"),
        ("Nejsem správná osoba, pište prosím na ucetni@customer-two.example.", "wrong_contact"),
        # Italian "le giro il messaggio" forwards it; it pays nothing
        ("Non sono io la persona giusta, le giro il vostro messaggio.", "wrong_contact"),
        # counsel instructed, a Portuguese court restructuring
        ("We have instructed our solicitors to act for us in this matter.", "legal_or_insolvency"),
        ("A empresa deu entrada com um processo especial de revitalização.", "legal_or_insolvency"),
        # a document, a forward, a French payment made
        ("Pourriez-vous nous transmettre la lettre de voiture CMR signée ?", "document_request"),
        ("Thanks, I've passed this to our accounts team.", "acknowledgement"),
        ("Paiement effectué ce matin depuis notre compte.", "paid_claim"),
        # someone else on holiday is no absence of the writer
        ("Le patron est en vacances jusqu'à lundi ; le virement partira à la fin du mois.", "promise_to_pay"),
        ("Je suis en vacances jusqu'au 20 mars, réponse à mon retour.", "out_of_office"),
        # "if you want them" and "left it in the mailbox" name no other contact
        (
            "Got your email. I left it in the manager's tray, our site lead has photos if you want them.",
            "acknowledgement",
        ),
    ],
)
def test_sets_59_60_wordings(body: str, intent: str) -> None:
    assert RULES.triage(eml(body)).intent.value == intent


def test_a_confidentiality_footer_and_a_signature_say_nothing() -> None:
    body = (
        "-- \nDott. Rossi\nUfficio amministrativo\n"
        "Se avete ricevuto questo messaggio per errore, vi preghiamo di eliminarlo e di darne comunicazione."
    )
    assert RULES.triage(eml(body)).intent.value == "other"


def test_a_quote_attribution_the_parser_does_not_know_ends_the_reply() -> None:
    body = (
        "Dobrý den, fakturu 1234 jsme zaplatili včera.\n\n"
        "Po 9. 3. 2026 v 10:00 odesílatel Acme <ar+C1@ar.acme.example> napsal:\n"
        "> Please update the PO number on the invoice."
    )
    result = RULES.triage(eml(body))
    assert result.intent.value == "paid_claim"
    assert result.paid_date == date(2026, 3, 9)


def test_a_local_currency_word_takes_the_threads_code() -> None:
    subject = "Sv: Payment reminder: invoice INV-1234 overdue (SEK 45,300.00)"
    result = RULES.triage(eml("Betalningen på 45 300 kr går iväg imorgon.", subject=subject))
    assert (result.promised_amount, result.currency) == (Decimal("45300.00"), "SEK")
    # without a thread in kronor nothing says which krone it is
    result = RULES.triage(eml("Betalningen på 45 300 kr går iväg imorgon."))
    assert result.promised_amount is None


def test_an_invoice_total_in_brackets_is_no_instalment() -> None:
    body = (
        "Could we split invoice INV-1234 (€ 6.000,00) in two parts?\n"
        "We could pay € 3.000,00 on 20 March and the rest in April."
    )
    result = RULES.triage(eml(body))
    assert result.intent.value == "payment_plan_request"
    assert result.promised_amount == Decimal("3000.00")


def test_a_quantity_times_a_price_is_no_promised_amount_but_instalments_still_are() -> None:
    body = (
        "INV-1234 charges 600 crates (600 x £3.50), but only 480 were delivered. Once corrected we'll pay it."
    )
    assert RULES.triage(eml(body)).promised_amount is None
    plan = RULES.triage(eml("Could we pay it in 3 x 1.000 € instalments, the first on 20 March?"))
    assert plan.promised_amount == Decimal("1000.00")


def test_the_payments_own_clause_dates_the_promise() -> None:
    body = "Domani passa la commercialista; il bonifico lo facciamo entro fine mese."
    assert RULES.triage(eml(body)).promised_date == date(2026, 3, 31)


def test_a_belgian_structured_communication_is_the_reference_as_written() -> None:
    result = RULES.triage(eml("Paiement effectué hier avec la communication +++090/1234/55512+++."))
    assert result.payment_reference == "+++090/1234/55512+++"


def test_our_subjects_bracketed_amount_is_no_appended_statement() -> None:
    subject = "Re: Second notice - Reminder: invoice INV-1234 is 17 days overdue (USD 2,318.40)"
    result = RULES.triage(eml("The check goes out tomorrow.", subject=subject, date_header="Mon, 9 Mar 2026"))
    assert result.intent.value == "promise_to_pay"
    assert result.promised_amount is None


@pytest.mark.parametrize(
    ("subject", "reply", "quoted", "want"),
    [
        # a currency code before an amount is no series
        ("Re: Reminder: invoice INV-4395 overdue (SEK 45,300.00)", "", "", ["INV-4395"]),
        ("Re: Reminder: invoice INV-4577 overdue (CZK 84,350.00)", "", "", ["INV-4577"]),
        # an auto-responder's bracketed ticket tag is no invoice
        (
            "[AP-2291047] RE: Reminder: invoice INV-4163 overdue",
            "logged under ticket AP-2291047",
            "",
            ["INV-4163"],
        ),
        # the digits of an invoice the reminder lists, standing alone in the customer's text
        (
            "R: Sollecito: 2 fatture scadute",
            "la 4384 è pagata, la 4402 a fine mese",
            "INV-4384  1.850,00\nINV-4402  2.296,40",
            ["INV-4384", "INV-4402"],
        ),
        # ... but an amount or a count with the same digits is not one
        (
            "R: Sollecito: 2 fatture scadute",
            "abbiamo pagato 4.384,00 euro",
            "INV-4384  1.850,00",
            ["INV-4384"],
        ),
    ],
)
def test_invoice_numbers(subject: str, reply: str, quoted: str, want: list[str]) -> None:
    assert invoice_numbers(reply, subject, quoted) == want


def test_an_encoded_returned_subject_names_the_invoice() -> None:
    raw = (
        b"From: MAILER-DAEMON@ar.acme.example\nTo: ar+C1@ar.acme.example\nSubject: Undelivered Mail Returned to Sender\n"
        b"Date: Mon, 09 Mar 2026 08:00:04 +0000\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        b"--b1\nContent-Type: text/plain\n\nThe mail system\n\n<ap@customer.example>: User unknown\n\n"
        b"--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.ar.acme.example\n\n"
        b"Final-Recipient: rfc822; ap@customer.example\nAction: failed\nStatus: 5.1.1\n\n"
        b"--b1\nContent-Type: text/rfc822-headers\n\nFrom: Acme <ar+C1@ar.acme.example>\nTo: ap@customer.example\n"
        b"Subject: =?utf-8?q?Zahlungserinnerung=3A_Rechnung_INV-4247_=C3=BCberf=C3=A4llig_=28?=\n"
        b" =?utf-8?q?2=2E315=2C00_EUR=29?=\n\n--b1--\n"
    )
    result = RULES.triage(raw)
    assert result.intent.value == "delivery_failure"
    assert result.invoice_numbers == ["INV-4247"]


@pytest.mark.parametrize(
    ("text", "today", "direction", "want"),
    [
        ("w pierwszym tygodniu kwietnia", date(2026, 3, 10), "future", date(2026, 4, 7)),
        ("i mandags", date(2026, 4, 17), "past", date(2026, 4, 13)),
        ("på fredag", date(2026, 4, 14), "future", date(2026, 4, 17)),
        ("včera", date(2026, 3, 31), "past", date(2026, 3, 30)),
        ("i morgen", date(2026, 3, 31), "future", date(2026, 4, 1)),
    ],
)
def test_relative_dates(text: str, today: date, direction: str, want: date) -> None:
    from chalicelib.domain.relative_dates import fold

    found = find_dates(fold(text), today, direction=direction)  # type: ignore[arg-type]
    assert found and found[0].value == want
