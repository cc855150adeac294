"""Wordings and structures learned from blind sets 69 and 70, each next to a near miss that keeps its reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import find_dates, fold

RULES = LocalTriage(model=None)


def eml(
    body: str,
    *,
    subject: str = "Re: Invoice INV-1234 overdue",
    date_header: str = "Tue, 10 Mar 2026 10:00:00 +0100",
    sender: str = "pat@customer.example",
    headers: str = "",
) -> bytes:
    return (
        f"From: Pat <{sender}>\nTo: ar+C1@ar.acme.example\nSubject: {subject}\nDate: {date_header}\n"
        f"Message-ID: <x@customer.example>\n{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def read(body: str, **kw: str) -> dict[str, object]:
    return RULES.triage(eml(body, **kw)).to_contract()


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        # Nordic promises in the singular, a past Danish payment; a refusal stays a dispute
        ("Jag betalar 2 910 euro senast den 25:e.", "promise_to_pay"),
        ("Jeg overfører de 1.345 euro i denne uge.", "promise_to_pay"),
        ("Det er betalt i fredags via bankoverførsel, 980 eur.", "paid_claim"),
        ("Det er ikke betalt endnu, vi venter på bestyrelsen.", "other"),
        # Greek, Croatian, Japanese payments made; Finnish instalments asked for
        ("Η πληρωμή των 4.650,00 € έγινε χθες με τραπεζικό έμβασμα.", "paid_claim"),
        ("Uplata u iznosu od 1.340,00 EUR izvršena je 27.02.2026.", "paid_claim"),
        ("本日、385,000円をお振込みいたしました。", "paid_claim"),
        ("Voisimmeko maksaa laskun kahdessa erässä?", "payment_plan_request"),
        # Italian and Spanish present for the future; the same verbs with a past date are claims
        ("Pago entro fine mese, sono ancora in barca.", "promise_to_pay"),
        ("Las pagamos este viernes por transferencia.", "promise_to_pay"),
        ("Ya pagamos esta factura ayer.", "paid_claim"),
        # a reminder passed on for approval is no payment; a payment sent is
        ("Received, thanks. I've sent it on to the owner for his approval.", "acknowledgement"),
        ("We've sent the payment to your account yesterday.", "paid_claim"),
        # disputes: Turkish refusal, German objection and held payment, a quantity put right, work not done
        ("Bu iş düzgün yapılmadan faturayı ödemeyeceğiz.", "dispute"),
        ("Zu Ihrer Rechnung muss ich leider Einspruch erheben.", "dispute"),
        ("Solange die Pflanzen nicht ersetzt sind, halten wir die Zahlung der Rechnung zurück.", "dispute"),
        ("Det blir fem månader, inte sex.", "dispute"),
        ("We won't process the invoice until that line is removed or the work is actually done.", "dispute"),
        ("We will process the invoice once the approval comes through.", "promise_to_pay"),
        # the writer says it is not contesting: a document request
        (
            "Pourriez-vous m'envoyer le bon d'intervention signé ? Je ne conteste rien pour l'instant.",
            "document_request",
        ),
        # documents: a statement of open items, a Nordic copy, Finnish resend, proof of a service
        ("Bitte schicken Sie mir eine Aufstellung aller offenen Posten.", "document_request"),
        ("Kan ni skicka en kopia?", "document_request"),
        ("Voisitteko lähettää laskun 4466 uudelleen pdf-muodossa?", "document_request"),
        ("Kindly send the signed service reports for the four visits.", "document_request"),
        # billing: an e-invoice format, re-addressing the invoice, a PO to quote when resending
        ("Vennligst send fakturaen på nytt som EHF.", "billing_update"),
        ("Bitte stellen Sie die Rechnung 4312 auf die GmbH um.", "billing_update"),
        (
            "Notre bon de commande PO-1 ne figure pas sur votre facture. Merci de nous renvoyer la facture avec "
            "la référence PO-1.",
            "billing_update",
        ),
        ("Merci de nous renvoyer la facture, nous ne la trouvons pas.", "document_request"),
        # a boat sold: the new owner's address; a plain forward with an address is no wrong contact
        (
            "I sold the boat in August. You need to send this to the new owner, Henry: h@new.example",
            "wrong_contact",
        ),
        ("Greek: λάβαμε την υπενθύμιση, ευχαριστούμε.", "acknowledgement"),
    ],
)
def test_intents(body: str, intent: str) -> None:
    assert read(body)["intent"] == intent


def test_day_after_a_dated_meeting_and_a_meeting_alone() -> None:
    said = "The board meets on Tuesday, April 21. I'll mail the check the day after the meeting."
    assert read(said, date_header="Wed, 15 Apr 2026 21:00:00 -0500")["promised_date"] == "2026-04-22"
    # no dated meeting: the day after it names no date
    bare = "I'll mail the check the day after the meeting."
    assert read(bare, date_header="Wed, 15 Apr 2026 21:00:00 -0500")["promised_date"] is None


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("senast den 25:e", date(2026, 1, 12), date(2026, 1, 25)),
        ("innen den 15.", date(2026, 2, 19), date(2026, 3, 15)),
        ("zlecimy do 15-go", date(2026, 3, 18), date(2026, 4, 15)),
        ("i denne uge", date(2026, 1, 20), date(2026, 1, 23)),
        ("on the last working day of the month", date(2026, 5, 20), date(2026, 5, 29)),
        ("am letzten Arbeitstag des Monats", date(2026, 2, 10), date(2026, 2, 27)),
        ("in a fortnight", date(2026, 4, 2), date(2026, 4, 16)),
        ("do 7. siječnja 2026", date(2025, 12, 23), date(2026, 1, 7)),
        ("χθες", date(2026, 3, 3), date(2026, 3, 2)),
        ("本日", date(2026, 5, 15), date(2026, 5, 15)),
    ],
)
def test_dates(text: str, today: date, expected: date) -> None:
    assert [f.value for f in find_dates(text, today)][:1] == [expected]


def test_near_miss_dates() -> None:
    # "den 25" with no ":e" and no "senast" is no date; "do 15" without "-go" is no date
    assert find_dates("rad den 25 i tabellen", date(2026, 1, 12)) == []
    assert find_dates("do 15 sztuk", date(2026, 3, 18)) == []
    # "the end of the month" stays its last calendar day
    assert [f.value for f in find_dates("end of the month", date(2026, 5, 20))] == [date(2026, 5, 31)]


def test_dotless_i_folds() -> None:
    assert fold("yapılmış") == "yapilmis"


def test_rand_only_when_asked() -> None:
    assert find_amounts("EFT of R12,300.00 made") == []
    assert [(a.value, a.currency) for a in find_amounts("EFT of R12,300.00 made", rand=True)] == [
        (Decimal("12300.00"), "ZAR")
    ]
    # R$ stays the real, whatever the caller knows
    assert [a.currency for a in find_amounts("R$ 3.400,00", rand=True)] == ["BRL"]
    assert [(a.value, a.currency) for a in find_amounts("385,000円をお振込み")] == [
        (Decimal("385000.00"), "JPY")
    ]


def test_rand_in_a_zar_thread_only() -> None:
    body = "Please find attached proof of payment. EFT of R12,300.00 made on 15 May 2026."
    zar = read(body, subject="Re: Reminder: invoice INV-5521 (ZAR 12,300.00)")
    assert (zar["promised_amount"], zar["currency"], zar["paid_date"]) == ("12300.00", "ZAR", "2026-05-15")
    other = read(body, subject="Re: Reminder: invoice INV-5521 (EUR 12,300.00)")
    assert other["promised_amount"] is None


def test_instalments_each_and_a_unit_price_each() -> None:
    plan = read(
        "Could we split inv-6017 into two payments of $1,900.00 each - the first on July 1?",
        date_header="Mon, 08 Jun 2026 13:05:02 -0400",
    )
    assert (plan["intent"], plan["promised_amount"]) == ("payment_plan_request", "1900.00")
    # "zu je" after a count of jobs is a unit price, after "Raten" an instalment
    unit = read(
        "Verrechnet wurden 14 Mähgänge zu je € 204,00. Die korrigierte Rechnung werden wir dann umgehend anweisen."
    )
    assert unit["promised_amount"] is None
    raten = read("Könnten wir die Rechnung in drei Raten zu je 500,00 € begleichen? Die erste zum 15.")
    assert raten["promised_amount"] == "500.00"


def test_return_date_cues() -> None:
    auto = "Auto-Submitted: auto-replied\n"
    nz = read(
        "I'm back on the boat this week, out of coverage.\n\nBack at my desk Thursday - I'll reply then.",
        date_header="Mon, 09 Mar 2026 08:30:03 +1300",
        headers=auto,
    )
    assert nz["return_date"] == "2026-03-12"
    de = read(
        "Ich bin bis einschließlich Freitag, 17. April 2026, im Urlaub und am Montag, 20. April 2026, wieder im Büro.",
        subject="Automatische Antwort: Rechnung INV-1234",
        date_header="Mon, 13 Apr 2026 06:02:41 +0200",
        headers=auto,
    )
    assert de["return_date"] == "2026-04-20"
    # an away notice with "until" alone keeps that day
    until = read(
        "Ich bin bis Freitag, 17. April 2026, im Urlaub.",
        subject="Automatische Antwort: Rechnung INV-1234",
        date_header="Mon, 13 Apr 2026 06:02:41 +0200",
        headers=auto,
    )
    assert until["return_date"] == "2026-04-17"


def test_paid_then_on_its_way_is_no_promise() -> None:
    paid = read(
        "This was paid by BACS yesterday - £1,275.00. It should be with you today or tomorrow at the latest."
    )
    assert (paid["intent"], paid["promised_date"]) == ("paid_claim", None)
    # the rest of the money on its way is still promised
    rest = read("We paid half yesterday. The balance should reach you on Friday.")
    assert rest["promised_date"] == "2026-03-13"


def test_payment_order_issued_is_not_a_payment() -> None:
    letter = read(
        "Le mandat de paiement correspondant a été émis ce jour. Le paiement sera effectué par le comptable public "
        "avant la fin du mois.",
        date_header="Tue, 12 May 2026 11:05:48 +0200",
    )
    assert (letter["intent"], letter["promised_date"]) == ("promise_to_pay", "2026-05-31")
    assert read("Le virement a été émis hier.")["intent"] == "paid_claim"


def test_spanish_present_with_a_named_past_date_is_a_claim() -> None:
    dispute = read(
        "Nos habéis facturado dos veces el amarre. La factura 4299 duplica la 4288, que pagamos el 19 de diciembre.",
        date_header="Wed, 07 Jan 2026 09:31:06 +0100",
    )
    assert (dispute["intent"], dispute["paid_date"]) == ("dispute", "2025-12-19")
    ahead = read("La pagamos el 19 de diciembre.", date_header="Wed, 10 Dec 2025 09:31:06 +0100")
    assert (ahead["intent"], ahead["promised_date"]) == ("promise_to_pay", "2025-12-19")


def test_references() -> None:
    card = read(
        "Paid £640 by card over the phone on 9/1. Auth code 0K41T7.",
        date_header="Mon, 12 Jan 2026 18:05:26 +0000",
    )
    assert card["payment_reference"] == "0K41T7"
    words = read(
        "I paid on 28/04, EFT of €890.00, ref STF-GRASS-APR.", date_header="Thu, 30 Apr 2026 19:12:08 +0100"
    )
    assert words["payment_reference"] == "STF-GRASS-APR"
    # a reference in lower-case words with no digit is none
    assert (
        read("I paid on 28/04, ref as usual.", date_header="Thu, 30 Apr 2026 19:12:08 +0100")[
            "payment_reference"
        ]
        is None
    )


def test_forwarded_answer_below_is_read() -> None:
    body = (
        "Capt. Joe here. I showed your reminder to the owner - see his\nanswer below.\n\n"
        "---------- Forwarded message ---------\nFrom: Richard <rh@owner.example>\nDate: Thu, Dec 4, 2025\n"
        "Subject: Re: bill\nTo: Joe <joe@boat.example>\n\n\nJoe - tell them my office will wire the $6,450.00 on Monday.\n"
    )
    out = read(body, date_header="Thu, 04 Dec 2025 17:50:02 -0400", sender="joe@boat.example")
    assert (out["intent"], out["promised_date"], out["promised_amount"]) == (
        "promise_to_pay",
        "2025-12-08",
        "6450.00",
    )
    # our own reminder forwarded is not the customer's statement
    ours = body.replace("rh@owner.example", "billing@ar.acme.example")
    assert (
        read(ours, date_header="Thu, 04 Dec 2025 17:50:02 -0400", sender="joe@boat.example")["intent"]
        != "promise_to_pay"
    )
    # nor is a message below that the reply does not point to
    unpointed = body.replace("see his\nanswer below", "he has it")
    assert (
        read(unpointed, date_header="Thu, 04 Dec 2025 17:50:02 -0400", sender="joe@boat.example")["intent"]
        != "promise_to_pay"
    )
