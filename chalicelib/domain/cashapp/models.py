"""Inputs and outputs of cash application, in the contract's shapes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict


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
    return str(value.quantize(Decimal("0.01")))


class MatchResult(BaseModel):
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
