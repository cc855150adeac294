"""A tenant's collection policy: playbooks, the autonomy ladder, cadence and contact hours.

Validated on load: an impossible setting (quiet hours that cover the whole day, no business days, a
default playbook that does not exist) is refused with a message naming it, before any customer is touched.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from chalicelib.domain.ledger import Customer, PayerSegment
from chalicelib.domain.money import check_currency


class Autonomy(StrEnum):
    MONITOR = "monitor"  # log what it would do
    SUGGEST = "suggest"  # draft and ask a person
    ACT = "act"  # send within thresholds; ask above them


class PolicyError(ValueError):
    """A policy that cannot be applied, with every problem named."""


class Cadence(BaseModel):
    model_config = ConfigDict(frozen=True)

    min_days_between_touches: int = Field(default=4, ge=1, le=60)
    max_touches_per_week: int = Field(default=2, ge=1, le=7)
    # Days after the due date before the first reminder (reliable payers get more room via the playbook).
    first_reminder_after_days: int = Field(default=3, ge=0, le=90)
    # Days before the due date for a courtesy reminder; None turns pre-due reminders off.
    pre_due_days: int | None = Field(default=None, ge=1, le=30)
    # How long to wait for an answer before chasing again.
    reply_wait_days: int = Field(default=5, ge=1, le=30)


class Playbook(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str = Field(pattern=r"^[a-z0-9_\-]{1,40}$")
    autonomy: Autonomy = Autonomy.SUGGEST
    segments: frozenset[PayerSegment] = frozenset()
    cadence: Cadence = Field(default_factory=Cadence)
    # Above this overdue balance (per currency) a person approves every message. A currency missing here
    # always needs approval: an unknown scale is not a reason to act alone.
    approval_thresholds: dict[str, Decimal] = Field(
        default_factory=lambda: {"USD": Decimal(5000), "EUR": Decimal(5000), "GBP": Decimal(4000)}
    )
    promise_grace_days: int = Field(default=2, ge=0, le=30)
    broken_promise_limit: int = Field(default=2, ge=1, le=10)

    @field_validator("approval_thresholds")
    @classmethod
    def _thresholds(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for code, amount in value.items():
            if amount <= 0:
                raise ValueError(f"approval threshold for {code} must be positive")
            out[check_currency(code)] = amount
        return out

    def needs_approval_above(self, currency: str, amount: Decimal) -> bool:
        limit = self.approval_thresholds.get(currency)
        return limit is None or amount > limit


class ContactHours(BaseModel):
    """When a customer may be written to, in the customer's own time zone."""

    model_config = ConfigDict(frozen=True)

    start: time = time(9, 0)
    end: time = time(17, 0)
    business_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday=0

    @model_validator(mode="after")
    def _possible(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"contact hours start {self.start} must be before end {self.end}")
        if not self.business_days:
            raise ValueError("at least one business day is needed")
        if not self.business_days <= set(range(7)):
            raise ValueError("business days are 0 (Monday) to 6 (Sunday)")
        return self


class Policy(BaseModel):
    model_config = ConfigDict(frozen=True)

    playbooks: tuple[Playbook, ...] = (Playbook(name="standard"),)
    default_playbook: str = "standard"
    contact_hours: ContactHours = Field(default_factory=ContactHours)
    strategic_customer_ids: frozenset[str] = frozenset()

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        names = [p.name for p in self.playbooks]
        if len(set(names)) != len(names):
            raise ValueError(f"playbook names must be unique: {names}")
        if self.default_playbook not in names:
            raise ValueError(f"default playbook {self.default_playbook!r} is not one of {names}")
        claimed: dict[PayerSegment, str] = {}
        for book in self.playbooks:
            for segment in book.segments:
                if segment in claimed:
                    raise ValueError(f"segment {segment.value} is in both {claimed[segment]} and {book.name}")
                claimed[segment] = book.name
        return self

    @classmethod
    def load(cls, raw: dict[str, Any]) -> Policy:
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'policy'}: {err['msg']}" for err in exc.errors()
            )
            raise PolicyError(f"invalid policy: {problems}") from exc

    def playbook_for(self, customer: Customer) -> Playbook:
        segment = customer.stats.segment
        for book in self.playbooks:
            if segment in book.segments:
                return book
        return next(p for p in self.playbooks if p.name == self.default_playbook)

    def is_strategic(self, customer: Customer) -> bool:
        return customer.strategic or customer.customer_id in self.strategic_customer_ids
