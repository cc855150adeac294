"""What the agent would say to a customer, and the request that a person approve it."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Attachment(BaseModel):
    """A file sent with a message, by reference: the bytes stay in the tenant's document store until the send."""

    model_config = ConfigDict(frozen=True)

    filename: str = Field(min_length=1)
    content_type: str
    key: str = Field(min_length=1)


class OutboundEmail(BaseModel):
    """One message to a customer. ``action_id`` is the decision that produced it: one action, one send."""

    model_config = ConfigDict(frozen=True)

    tenant_id: str
    case_id: str
    action_id: str = Field(min_length=1)
    to: tuple[str, ...] = Field(min_length=1)
    subject: str = Field(min_length=1)
    body_text: str = Field(min_length=1)
    body_html: str | None = None
    # Per-case reply-to (ar+<token>@<tenant domain>) so the answer threads back to this case.
    reply_to: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # Invoices this message is about: the pre-send freshness check re-reads each one at its source.
    invoice_ids: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    @property
    def send_key(self) -> str:
        return f"{self.case_id}:{self.action_id}"

    def fingerprint(self) -> str:
        """Content hash: an approval is for exactly this text, not whatever the draft becomes later."""
        files = "".join(f"\n{a.key}" for a in self.attachments)
        return hashlib.sha256(f"{self.subject}\n{self.body_text}{files}".encode()).hexdigest()[:16]


class SendStatus(StrEnum):
    PENDING = "pending"  # claimed, the provider call may or may not have happened
    SENT = "sent"
    STOPPED = "stopped"  # the freshness check found the invoice paid/void/disputed since the decision
    FAILED = "failed"


class OutboundRecord(BaseModel):
    """The send-once marker, keyed by case and action id, written before the provider is called."""

    email: OutboundEmail
    status: SendStatus
    claimed_at: datetime
    attempts: int = 1
    provider_message_id: str | None = None
    detail: str | None = None


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"  # approved and handed to sending
    REJECTED = "rejected"
    SNOOZED = "snoozed"
    TAKEN_OVER = "taken_over"
    STALE = "stale"  # the case moved on after the draft was made


class ApprovalRequest(BaseModel):
    """A draft waiting for a person, with the context they need to decide (posted to Slack, listed in the CLI)."""

    approval_id: str
    tenant_id: str
    case_id: str
    created_at: datetime
    email: OutboundEmail
    why: str  # the decision engine's reasons, in words
    facts: dict[str, Any] = Field(default_factory=dict)
    # The case version the draft was made on: approving after the case changed is refused as stale.
    case_version: int
    status: ApprovalStatus = ApprovalStatus.PENDING
    decided_by: str | None = None
    decided_at: datetime | None = None
    note: str | None = None
