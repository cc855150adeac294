"""One customer reply as raw bytes, and the rules' reading of it: the per-set near-miss tests share these."""

from __future__ import annotations

from datetime import date

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.domain.relative_dates import Direction, find_dates, fold

RULES = LocalTriage(model=None)


def eml(body: str, *, date_header: str, subject: str = "Re: Invoice INV-1234 overdue") -> bytes:
    return (
        f"From: Pat <pat@customer.example>\nTo: ar+C1@ar.acme.example\nSubject: {subject}\nDate: {date_header}\n"
        f"Message-ID: <x@customer.example>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}\n"
    ).encode()


def read(body: str, *, date_header: str, subject: str = "Re: Invoice INV-1234 overdue") -> dict[str, object]:
    return RULES.triage(eml(body, date_header=date_header, subject=subject)).to_contract()


def read_auto(body: str, *, date_header: str) -> dict[str, object]:
    """The same reply sent as an automatic one (``Auto-Submitted: auto-replied``)."""
    raw = eml(body, date_header=date_header).replace(
        b"Message-ID:", b"Auto-Submitted: auto-replied\nMessage-ID:"
    )
    return RULES.triage(raw).to_contract()


def dates(text: str, direction: Direction = "future", *, today: date) -> list[date]:
    """The dates the engine finds in a phrase written on ``today``, day before month."""
    return [f.value for f in find_dates(fold(text), today, direction=direction, day_first=True)]
