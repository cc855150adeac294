"""What a customer's email says, as one ``TriageResult`` (contract: shared/contracts/triage.md).

A triage result is data about the email. It never closes a case, applies cash, writes off or changes terms
by itself: the reply-handling service decides what to do with it, under the same rules as everything else.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_serializer


class Intent(StrEnum):
    PROMISE_TO_PAY = "promise_to_pay"
    PAID_CLAIM = "paid_claim"
    DISPUTE = "dispute"
    DOCUMENT_REQUEST = "document_request"
    BILLING_UPDATE = "billing_update"
    WRONG_CONTACT = "wrong_contact"
    OUT_OF_OFFICE = "out_of_office"
    PAYMENT_PLAN_REQUEST = "payment_plan_request"
    LEGAL_OR_INSOLVENCY = "legal_or_insolvency"
    DELIVERY_FAILURE = "delivery_failure"
    ACKNOWLEDGEMENT = "acknowledgement"
    OTHER = "other"


# When an email says two things, the one that must change what the agent does first wins.
PRIORITY: tuple[Intent, ...] = (
    Intent.LEGAL_OR_INSOLVENCY,
    Intent.DELIVERY_FAILURE,
    Intent.OUT_OF_OFFICE,
    Intent.DISPUTE,
    Intent.PAYMENT_PLAN_REQUEST,
    Intent.PAID_CLAIM,
    Intent.PROMISE_TO_PAY,
    Intent.WRONG_CONTACT,
    Intent.DOCUMENT_REQUEST,
    Intent.BILLING_UPDATE,
    Intent.ACKNOWLEDGEMENT,
    Intent.OTHER,
)


class DisputeReason(StrEnum):
    PRICING = "pricing"
    QUANTITY = "quantity"
    QUALITY = "quality"
    NOT_RECEIVED = "not_received"
    DUPLICATE = "duplicate"
    MISSING_PO = "missing_po"
    CANCELLED = "cancelled"
    OTHER = "other"


class TriageResult(BaseModel):
    """One email's triage: exactly the contract's output fields (the batch command adds the line's ``id``)."""

    model_config = ConfigDict(extra="forbid")

    intent: Intent
    confidence: float = Field(ge=0, le=1)
    promised_date: date | None = None
    promised_amount: Decimal | None = None
    currency: str | None = None
    paid_date: date | None = None
    payment_reference: str | None = None
    dispute_reason: DisputeReason | None = None
    new_contact_email: str | None = None
    return_date: date | None = None
    invoice_numbers: list[str] = Field(default_factory=list)
    engine: str = "local"
    error: str | None = None

    @field_serializer("promised_amount")
    def _two_decimals(self, value: Decimal | None) -> str | None:
        return None if value is None else str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

    def to_contract(self) -> dict[str, Any]:
        """The contract's JSON object; ``error`` appears only when there is one."""
        out = self.model_dump(mode="json")
        if out.get("error") is None:
            out.pop("error", None)
        return out


# The contract's fields besides intent, in its order: what an engine fills and what evaluations compare.
CONTRACT_FIELDS: tuple[str, ...] = (
    "promised_date",
    "promised_amount",
    "currency",
    "paid_date",
    "payment_reference",
    "dispute_reason",
    "new_contact_email",
    "return_date",
)


class TriageEngine(Protocol):
    def triage(self, raw: bytes) -> TriageResult: ...
