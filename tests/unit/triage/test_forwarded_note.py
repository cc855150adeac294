"""A colleague's internal note forwarded to us under a one-line pointer ("see below") is the customer's statement;
our own reminder quoted under the same pointer is not."""

from __future__ import annotations

from tests.unit.triage.mail import read

DATE = "Wed, 19 Nov 2026 09:00:00 +0000"
OURS = (
    "\n\nOn Mon, 17 Nov 2026 at 09:00, Acme AR <ar+C1@ar.acme.example> wrote:\n"
    "> Invoice INV-1234 is overdue. If you have already paid, please send the payment reference.\n"
)
NOTE = "FYI - paid this on 12 Nov, ref 4471"


def test_a_note_under_an_attribution_line_counts_quoted_or_not() -> None:
    for pointer, note in (
        ("see below", f"> {NOTE}"),
        ("Siehe unten.", NOTE),
        ("vedi sotto", f"> {NOTE}"),
    ):
        body = f"{pointer}\n\nOn Tue, 18 Nov 2026 at 10:00, Jo Smith <jo@customer.example> wrote:\n{note}\n{OURS}"
        out = read(body, date_header=DATE)
        assert (out["intent"], out["paid_date"]) == ("paid_claim", "2026-11-12"), pointer


def test_a_forward_quoted_whole_with_its_headers_counts() -> None:
    body = (
        "Zie hieronder\n\n> From: Jo Smith <jo@customer.example>\n> Sent: Tuesday, 18 November 2026 10:00\n"
        f"> Subject: INV-1234\n>\n> {NOTE}\n"
    )
    assert read(body, date_header=DATE)["intent"] == "paid_claim"


def test_a_note_showing_only_display_names_counts_when_it_went_between_colleagues() -> None:
    body = (
        "Voir ci-dessous.\n\nDe : Jo Smith\nEnvoyé : mardi 18 novembre 2026 10:00\nÀ : Pat <pat@customer.example>\n"
        f"Objet : INV-1234\n\n{NOTE}\n{OURS}"
    )
    assert read(body, date_header=DATE)["intent"] == "paid_claim"


def test_our_own_reminder_under_the_pointer_is_not_the_customer_speaking() -> None:
    # Near misses: the reminder we sent says "if you have already paid"; under "see below" it is still ours.
    assert read(f"see below{OURS}", date_header=DATE)["intent"] != "paid_claim"
    ours_forwarded = (
        "See below\n\n-----Original Message-----\nFrom: Acme AR <ar+C1@ar.acme.example>\n"
        "Sent: Monday, 17 November 2026 09:00\n\nInvoice INV-1234 was paid by some customers on 12 Nov already.\n"
    )
    assert read(ours_forwarded, date_header=DATE)["intent"] != "paid_claim"
    unknown = "Veja abaixo.\n\nDe: Jo Smith\nEnviado: 18 Nov 2026\n\n" + NOTE + "\n"
    # A note with no address anywhere may be ours as well as theirs: it is not read as the customer's.
    assert read(unknown, date_header=DATE)["intent"] != "paid_claim"


def test_a_colleague_note_without_a_pointer_stays_history() -> None:
    body = f"Thanks.\n\nOn Tue, 18 Nov 2026 at 10:00, Jo Smith <jo@customer.example> wrote:\n> {NOTE}\n"
    assert read(body, date_header=DATE)["intent"] != "paid_claim"


def test_the_senders_own_question_to_colleagues_under_display_names_is_not_their_statement() -> None:
    # Near miss: "From: Pat" (the sender, no address) to the finance team asks them something; not us.
    body = (
        "I've forwarded this to our Finance team (see below).\n\n-----Original Message-----\nFrom: Pat\n"
        "Sent: 18 November 2026 10:00\nTo: Finance <finance@customer.example>\n\n"
        "Hi team, can you send me a copy of this invoice? Thanks\n"
    )
    assert read(body, date_header=DATE)["intent"] != "document_request"


def test_a_consignment_question_carries_no_dispute_reason() -> None:
    out = read(
        "Does the balance include the consignment pieces, or only what we've sold so far?", date_header=DATE
    )
    assert (out["intent"], out["dispute_reason"]) != ("other", "other")
    assert out["dispute_reason"] is None
