"""Session 32 (blind 325): whether a numeric date puts the day first is read from the writer's own words, not from
the reminder they quote, which is ours (a US-style phone number in our signature had made a British "03/04/2026"
read as 4 March)."""

from __future__ import annotations

from tests.unit.triage.mail import read

_TUE_UK = "Tue, 24 Mar 2026 11:02:40 +0000"
_OUR_REMINDER = (
    "\n\n________________________________\nFrom: Acme Supply - Accounts Receivable <ar+C1@ar.acme.example>\n"
    "Sent: Friday, March 20, 2026 10:00 AM\nSubject: Payment reminder: invoice INV-1234 is overdue\n\n"
    "Dear customer, invoice INV-1234 for GBP 1,260.00 is overdue.\nAcme Supply, Accounts Receivable, (555) 010-0199\n"
)


def test_a_british_payment_run_date_is_read_day_first_under_our_us_style_signature() -> None:
    got = read(
        "Dear Sir/Madam,\n\nYour invoice INV-1234 has been approved and is included in the supplier payment run on "
        "03/04/2026 for the sum of £1,260.00.\n\nKind regards\nPayables" + _OUR_REMINDER,
        date_header=_TUE_UK,
    )
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-04-03")


def test_the_writers_own_dollar_sign_still_reads_the_month_first() -> None:
    got = read(
        "Hi,\n\nthe $1,260.00 for INV-1234 goes out in our payment run on 04/10/2026.\n\nThanks\nPat"
        + _OUR_REMINDER,
        date_header=_TUE_UK,
    )
    assert (got["intent"], got["promised_date"]) == ("promise_to_pay", "2026-04-10")
