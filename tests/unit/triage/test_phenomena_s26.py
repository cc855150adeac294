"""Session 26: mail without a declared charset, and day-month dates written with a space after each dot."""

from __future__ import annotations

from datetime import date

from chalicelib.adapters.email_parsing import parse_email
from chalicelib.adapters.local_triage import LocalTriage
from tests.unit.triage.mail import dates, read

RULES = LocalTriage(model=None)
_BARE = "From: a@customer.example\nTo: ar@acme.example\nSubject: Re: Faktura\nDate: Mon, 16 Nov 2026 09:00:00 +0100\n\n"


def test_8bit_body_without_a_charset_is_read_as_utf8() -> None:
    raw = (_BARE + "Dobrý den, uhradíme zítra. Děkujeme.\n").encode()
    assert parse_email(raw).body.strip() == "Dobrý den, uhradíme zítra. Děkujeme."
    assert RULES.triage(raw).to_contract()["promised_date"] == "2026-11-17"


def test_8bit_body_that_is_not_utf8_is_read_as_windows_1252() -> None:
    raw = (_BARE + "Wir überweisen übermorgen.\n").encode("cp1252")
    assert parse_email(raw).body.strip() == "Wir überweisen übermorgen."


def test_a_declared_charset_is_still_obeyed() -> None:
    raw = (
        _BARE.replace("\n\n", "\nContent-Type: text/plain; charset=iso-8859-2\n\n") + "Zaplatíme zítra.\n"
    ).encode("iso-8859-2")
    assert parse_email(raw).body.strip() == "Zaplatíme zítra."


def test_spaced_day_month_year_stays_one_sentence() -> None:
    got = read(
        "Dobrý den, fakturu uhradíme 18. 12. 2026. Děkuji.", date_header="Mon, 16 Nov 2026 09:00:00 +0100"
    )
    assert got["promised_date"] == "2026-12-18"


def test_spaced_day_month_after_by_or_on() -> None:
    today = date(2026, 11, 16)
    assert dates("uhradime do 18. 12.", today=today) == [date(2026, 12, 18)]
    assert dates("wir zahlen bis 3. 12.", today=today) == [date(2026, 12, 3)]
    # Near miss: an enumeration is no date without a word that introduces one.
    assert dates("viz bod 3. 4. smlouvy", today=today) == []
