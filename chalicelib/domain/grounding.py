"""Numeric grounding: every amount, date and invoice number a draft states must be one the case has.

A template cannot invent numbers, but an LLM rewrite or a person's edit can ("USD 4,000.00" for a balance of
4,200.00, a due date moved by a typo, INV-1024 for INV-1042). Such a draft would be a promise or a demand the
ledger does not back, so it is stopped before it is sent or proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import find_dates

# Multi-part numbers ("INV-2026-0042", "F2026/118") are one invoice number, read whole.
_INVOICE = re.compile(r"\b(?:INV|RE|F)[-‐ ]?\d{2,}(?:[-/]\d+)*\b", re.IGNORECASE)
# "invoice 1104", "factura n.º 1104", "Rechnung Nr. 1104": a bare number after the word for invoice.
_INVOICE_WORD = re.compile(
    r"\b(?:invoices?|factura|facture|rechnung|fatura|factuur|fattura)\s+(?:(?:no|nr|n|num|#)\.?\s*[º°o]?\s*)?#?(\d{3,})\b",
    re.IGNORECASE,
)
# Only dates written out explicitly are facts; "tomorrow" or "Friday" in a reminder are not grounded claims.
_EXPLICIT_DATE = re.compile(r"\d")


class GroundingFacts(BaseModel):
    model_config = ConfigDict(frozen=True)

    amounts: frozenset[tuple[Decimal, str]] = Field(default_factory=frozenset)
    dates: frozenset[date] = Field(default_factory=frozenset)
    invoice_numbers: frozenset[str] = Field(default_factory=frozenset)
    # Numbers that may appear without being ledger facts (a late-fee percentage from the contract, a phone).
    allowed_other: frozenset[str] = Field(default_factory=frozenset)


@dataclass(frozen=True)
class GroundingIssue:
    kind: str  # amount | date | invoice_number
    text: str

    def __str__(self) -> str:
        return f"{self.kind} not in the ledger: {self.text}"


def _normal_invoice(number: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", number.upper())


def _invoice_digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def check_grounding(text: str, facts: GroundingFacts, *, today: date | None = None) -> list[GroundingIssue]:
    """Every amount, explicit date and invoice number in ``text`` that ``facts`` do not hold.

    ``today`` anchors dates written without a year; without it the year of the latest known date is used.
    """
    if today is None:
        today = max(facts.dates) if facts.dates else date(2000, 1, 1)
    issues: list[GroundingIssue] = []
    known_amounts = {(a.quantize(Decimal("0.01")), c.upper()) for a, c in facts.amounts}
    amounts = find_amounts(text)
    for found_amount in amounts:
        if (
            found_amount.value,
            found_amount.currency,
        ) not in known_amounts and found_amount.text not in facts.allowed_other:
            issues.append(GroundingIssue("amount", found_amount.text))
    known_invoices = {_normal_invoice(n) for n in facts.invoice_numbers}
    prefixed_spans = []
    for m in _INVOICE.finditer(text):
        prefixed_spans.append(m.span())
        if _normal_invoice(m.group(0)) not in known_invoices:
            issues.append(GroundingIssue("invoice_number", m.group(0)))
    known_digits = {_invoice_digits(n) for n in facts.invoice_numbers}
    for m in _INVOICE_WORD.finditer(text):
        if any(s <= m.start(1) < e for s, e in prefixed_spans):
            continue
        if _invoice_digits(m.group(1)) not in known_digits:
            issues.append(GroundingIssue("invoice_number", m.group(1)))
    amount_spans = [(a.start, a.end) for a in amounts]
    for found in find_dates(text, today, direction="past"):
        written = text[found.start : found.end]
        if not _EXPLICIT_DATE.search(written) or any(s <= found.start < e for s, e in amount_spans):
            continue
        candidates = {found.value}
        # Without a year the same day-month may resolve to another year: accept it if the day and month match.
        if not re.search(r"20\d{2}", written):
            candidates |= {d for d in facts.dates if (d.month, d.day) == (found.value.month, found.value.day)}
        if not candidates & set(facts.dates):
            issues.append(GroundingIssue("date", written.strip()))
    return issues
