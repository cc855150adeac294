"""Where a customer's words are in a reply: between the quoted lines, in the subject, in an attached proof."""

from __future__ import annotations

from datetime import date

from chalicelib.adapters.email_parsing import html_to_text, parse_email, split_reply
from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.local_triage.engine import subject_words

RULES = LocalTriage(model=None)

_QUOTED_REMINDER_WITH_ANSWERS = (
    "On Mon, Feb 22, 2027 at 10:00 AM Billing <ar@acme.example> wrote:\n\n"
    "> Dear Mr Nowak,\n>\n"
    "> According to our records invoice INV-4382 is still open and now past due.\n\n"
    "Because it is wrong.\n\n"
    ">   INV-4382   2027-02-10    EUR 1,375.00\n\n"
    "You billed 500 pcs of the flange bolts, we received 450.\n\n"
    "> If you have already paid, simply reply with the payment date and reference.\n"
    ">\n> Kind regards,\n> Billing\n\n"
    "P. Nowak\n"
)


def _eml(body: str, *, subject: str = "Re: Reminder: invoice INV-4382", extra: str = "") -> bytes:
    return (
        "From: P <p@customer.example>\nTo: ar+C1@ar.acme.example\n"
        f"Subject: {subject}\nDate: Tue, 23 Feb 2027 09:00:00 +0100\n{extra}"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def test_answers_written_between_the_quoted_lines_are_the_customers_words() -> None:
    reply, _, quoted = split_reply(_QUOTED_REMINDER_WITH_ANSWERS)
    assert "Because it is wrong." in reply and "we received 450" in reply
    assert "already paid" not in reply and "already paid" in quoted
    result = RULES.triage(_eml(_QUOTED_REMINDER_WITH_ANSWERS))
    assert (result.intent.value, result.dispute_reason) == ("dispute", "quantity")


def test_the_unmarked_tail_of_a_rewrapped_quoted_line_is_not_an_answer() -> None:
    body = (
        "Thanks, noted.\n\n"
        "> If you have already paid, simply reply with the payment date and reference and we will\n"
        "match it. We have paid nothing wrong.\n"
        "> Kind regards\n"
    )
    reply, _, _ = split_reply(body)
    assert reply == "Thanks, noted."


def test_every_line_of_an_html_blockquote_is_quoted() -> None:
    text = html_to_text(
        "<p>Paid on the 5th.</p><blockquote><p>Dear Ann,</p><p>\nIf you have already paid,\nreply.</p></blockquote>"
    )
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[0] == "Paid on the 5th."
    assert all(line.startswith("> ") for line in lines[1:]), lines


def test_words_added_to_the_subject_are_read_and_our_own_subject_is_not() -> None:
    assert subject_words("RE : Rappel : facture INV-4168 (EUR 3 960,00) - paiement prévu fin du mois") == (
        "",
        "paiement prévu fin du mois",
    )
    assert subject_words("RE: Past due: invoice INV-2121 - USD 3,360.00") == ("", "")
    assert subject_words("PAID today -- RE: Past due reminder: INV-55316") == ("PAID today", "")
    assert subject_words("Fwd: Reminder - payment due Friday") == ("", "")
    signature_only = "Nathalie Roux\nResponsable achats\nTél. 04 75 55 01 28"
    result = RULES.triage(
        _eml(signature_only, subject="RE : Rappel : facture INV-4168 échue - paiement prévu fin du mois")
    )
    assert (result.intent.value, result.promised_date) == ("promise_to_pay", date(2027, 2, 28))


def test_a_subject_part_that_the_quoted_reminder_shows_was_ours_is_not_the_customers() -> None:
    body = (
        "Nathalie Roux\n\n-----Original Message-----\nSubject: Rappel - paiement prévu fin du mois\n\nBonjour"
    )
    result = RULES.triage(_eml(body, subject="RE: Rappel - paiement prévu fin du mois"))
    assert result.intent.value == "other"


def _with_attachment(cover: str, filename: str) -> bytes:
    return (
        "From: P <p@customer.example>\nTo: ar+C1@ar.acme.example\nSubject: Re: Reminder: invoice INV-4210\n"
        'Date: Tue, 23 Feb 2027 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{cover}\n"
        f'--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="{filename}"\n\n'
        "xx\n--b--\n"
    ).encode()


def test_see_attached_with_a_remittance_advice_is_a_paid_claim_and_with_a_form_is_not() -> None:
    assert parse_email(_with_attachment("See attached\n\nSharon", "REMITTANCE_ADVICE.pdf")).attachments
    assert RULES.triage(_with_attachment("See attached\n\nSharon", "REMITTANCE_ADVICE.pdf")).intent.value == (
        "paid_claim"
    )
    assert RULES.triage(_with_attachment("See attached\n\nSharon", "Vendor_Setup_Form.pdf")).intent.value != (
        "paid_claim"
    )
    unpaid = _with_attachment("We have not paid yet, the comprobante is a draft.", "comprobante.pdf")
    assert RULES.triage(unpaid).intent.value != "paid_claim"


def test_a_pasted_bank_screen_gives_the_payment_date_and_reference_not_the_invoice_date() -> None:
    body = (
        "Buongiorno, dal gestionale la fattura risulta pagata:\n\n"
        "Documento: INV-4270 del 15/01/2027 Stato: pagata Data pagamento: 05/02/2027 Mandato: MP/2027/0412\n"
    )
    result = RULES.triage(_eml(body))
    assert (result.intent.value, result.paid_date, result.payment_reference) == (
        "paid_claim",
        date(2027, 2, 5),
        "MP/2027/0412",
    )
    leaders = "Estado ............. Ejecutada\nFecha ejecución .... 29/01/2027\nReferencia ...... 2027012900487731\n"
    spanish = RULES.triage(_eml(leaders))
    assert (spanish.intent.value, spanish.paid_date, spanish.payment_reference) == (
        "paid_claim",
        date(2027, 1, 29),
        "2027012900487731",
    )


def _headers(lines: str) -> bytes:
    return (lines + "Subject: Re: invoice\nDate: Tue, 23 Feb 2027 09:00:00 +0100\n\nWe will pay.\n").encode(
        "utf-8"
    )


def test_plain_address_lines_read_as_the_full_parser_reads_them() -> None:
    parsed = parse_email(
        _headers(
            "From: =?utf-8?q?Jo=C3=A3o_Garcia?= <Joao.Garcia@Customer.example>\n"
            'To: "Accounts Receivable" <ar+C1@ar.acme.example>, billing@acme.example\n'
            "Cc: Ana <ana@customer.example>\nMessage-ID: <abc.1@customer.example>\n"
        )
    )
    assert (parsed.from_name, parsed.from_address) == ("João Garcia", "joao.garcia@customer.example")
    assert parsed.to == ["ar+c1@ar.acme.example", "billing@acme.example"]
    assert parsed.cc == ["ana@customer.example"]
    assert parsed.message_id == "<abc.1@customer.example>"


def test_raw_utf8_names_and_folded_lines_are_decoded() -> None:
    parsed = parse_email(
        _headers("From: Jürgen Vogel\n <j.vogel@vogel.example>\nTo: ar+C1@ar.acme.example\n")
    )
    assert (parsed.from_name, parsed.from_address) == ("Jürgen Vogel", "j.vogel@vogel.example")


def test_an_address_line_the_plain_reading_cannot_vouch_for_goes_to_the_full_parser() -> None:
    # A quoted comma, a comment and a name that is itself an address: the RFC 5322 parser decides, as before.
    parsed = parse_email(
        _headers(
            'From: "Doe, Jane" <jane@customer.example>\n'
            "To: ar+C1@ar.acme.example (Accounts), billing@acme.example\n"
            "Cc: eve@example.com <frank@example.com>\n"
        )
    )
    assert (parsed.from_name, parsed.from_address) == ("Doe, Jane", "jane@customer.example")
    assert parsed.to == ["ar+c1@ar.acme.example", "billing@acme.example"]
    assert parsed.cc == ["eve@example.com"]  # (the full parser's reading, kept: this path changes nothing)
