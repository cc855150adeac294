"""Inputs and outputs of cash application, in the contract's shapes."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator


class Status(StrEnum):
    APPLIED = "applied"
    PARTIAL = "partial"
    UNAPPLIED = "unapplied"
    REVIEW = "review"


class OpenInvoice(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    number: str
    customer_id: str
    customer_name: str = ""
    currency: str
    total: Decimal
    balance: Decimal
    issue_date: dt.date | None = None
    due_date: dt.date | None = None


_EXPONENT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+")


class ReceivedPayment(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    date: dt.date | None = None
    amount: Decimal
    currency: str
    payer_name: str = ""
    customer_id: str | None = None
    reference: str | None = None
    remittance: str | None = None

    @field_validator("amount", mode="before")
    @classmethod
    def _plain_decimal(cls, value: object) -> object:
        # "7.0127E+06" is how a spreadsheet shows a figure it has rounded to its display width: the real amount may
        # be 7,012,712.34, so the row cannot be trusted to the cent.
        if isinstance(value, str) and _EXPONENT.fullmatch(value.strip()):
            raise ValueError("amount in exponent notation (a spreadsheet may have rounded it)")
        return value

    @property
    def text(self) -> str:
        return " \n ".join(t for t in (self.reference, self.remittance) if t)


class Application(BaseModel):
    invoice_id: str
    amount: Decimal


class ShortPay(BaseModel):
    invoice_id: str
    amount: Decimal
    reason: str


def _money(value: Decimal) -> str:
    """Two decimals, or three when the amount has fils (KWD, BHD, OMR)."""
    cents = value.quantize(Decimal("0.01"))
    return str(cents if cents == value else value.quantize(Decimal("0.001")))


class MatchResult(BaseModel):
    """One payment's outcome. ``candidates``: invoice-id lists, each a set that may be what the payment pays,
    best first (at most five); empty unless the engine is unsure. ``error`` only for bad input."""

    payment_id: str
    status: Status
    applications: list[Application] = []
    unapplied: Decimal = Decimal(0)
    short_pay: ShortPay | None = None
    candidates: list[list[str]] = []
    reason: str
    error: str | None = None

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "payment_id": self.payment_id,
            "status": self.status.value,
            "applications": [
                {"invoice_id": a.invoice_id, "amount": _money(a.amount)} for a in self.applications
            ],
            "unapplied": _money(self.unapplied),
            "short_pay": (
                {
                    "invoice_id": self.short_pay.invoice_id,
                    "amount": _money(self.short_pay.amount),
                    "reason": self.short_pay.reason,
                }
                if self.short_pay
                else None
            ),
            "candidates": self.candidates,
            "reason": self.reason,
        }
        if self.error:
            out["error"] = self.error
        return out


class PaymentError(ValueError):
    """A payment line that cannot be read; keeps the line's id (when it has one) for the per-payment error."""

    def __init__(self, payment_id: str | None, problem: str) -> None:
        super().__init__(problem)
        self.payment_id = payment_id


def _problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "row"
    return f"{where}: {first['msg']} (got {first.get('input')!r})"


def read_invoices(rows: list[Any]) -> tuple[list[OpenInvoice], list[str]]:
    """Invoice rows as the contract gives them; unreadable rows are reported (row number, field, problem)."""
    good: list[OpenInvoice] = []
    problems: list[str] = []
    for n, row in enumerate(rows, 1):
        try:
            good.append(OpenInvoice.model_validate(row))
        except ValidationError as exc:
            rid = row.get("id") if isinstance(row, dict) else None
            problems.append(f"invoice row {n} ({rid or 'no id'}): {_problem(exc)}")
    return good, problems


def read_payments(rows: list[Any]) -> list[ReceivedPayment | Exception]:
    """Payment rows in order; an unreadable row stays in its place as a ``PaymentError``."""
    out: list[ReceivedPayment | Exception] = []
    for n, row in enumerate(rows, 1):
        rid = row.get("id") if isinstance(row, dict) else None
        if isinstance(row, dict) and row.get("date") in (None, ""):
            # The contract's row carries the day the money arrived; a bank line without one is malformed, and what
            # it names stays open for the payments that are whole.
            out.append(PaymentError(str(rid) if rid is not None else f"line-{n}", "payment date is missing"))
            continue
        try:
            out.append(ReceivedPayment.model_validate(row))
        except ValidationError as exc:
            out.append(PaymentError(str(rid) if rid is not None else f"line-{n}", _problem(exc)))
    return out
