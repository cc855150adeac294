"""What the business is owed: customers, invoices and payments, as the agent sees them.

These are copies of the source of truth (Stripe, QuickBooks Online or an imported file); the agent never
edits an amount here except by re-reading the source or by applying cash it matched.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from chalicelib.domain.money import CurrencyCode, quantize

_ID_PATTERN = r"^[A-Za-z0-9_.:@+\-]{1,128}$"


class ContactRole(StrEnum):
    BILLING = "billing"
    AP = "ap"
    OTHER = "other"


class Contact(BaseModel):
    model_config = ConfigDict(frozen=True)

    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    name: str | None = None
    role: ContactRole = ContactRole.BILLING
    # Set when mail to this address bounced or the customer said it is the wrong person.
    invalid_reason: str | None = None

    @property
    def reachable(self) -> bool:
        return self.invalid_reason is None


ON_TIME_TOLERANCE_DAYS = 3


class PayerSegment(StrEnum):
    NEW = "new"
    RELIABLE = "reliable"
    SLOW = "slow"
    ERRATIC = "erratic"


class PaymentStats(BaseModel):
    """Payment behaviour over the history we loaded (24 months from the sources)."""

    model_config = ConfigDict(frozen=True)

    invoices_paid: int = Field(default=0, ge=0)
    on_time_ratio: Decimal = Field(default=Decimal(1), ge=0, le=1)
    avg_days_late: Decimal = Decimal(0)
    # Spread of days late: a high spread with a low average is the erratic payer an AR manager watches.
    stdev_days_late: Decimal = Field(default=Decimal(0), ge=0)

    @property
    def segment(self) -> PayerSegment:
        # Thresholds follow common AR practice: fewer than 3 paid invoices says nothing yet.
        if self.invoices_paid < 3:
            return PayerSegment.NEW
        if self.stdev_days_late >= 20:
            return PayerSegment.ERRATIC
        if self.on_time_ratio >= Decimal("0.8") and self.avg_days_late <= 5:
            return PayerSegment.RELIABLE
        return PayerSegment.SLOW

    @classmethod
    def from_days_late(cls, days_late: list[int]) -> PaymentStats:
        n = len(days_late)
        if n == 0:
            return cls()
        # A payment a few days after the due date is usually bank processing, not behaviour.
        on_time = sum(1 for d in days_late if d <= ON_TIME_TOLERANCE_DAYS)
        late = [Decimal(max(d, 0)) for d in days_late]
        mean = sum(late, Decimal(0)) / n
        var = sum(((x - mean) ** 2 for x in late), Decimal(0)) / n
        return cls(
            invoices_paid=n,
            on_time_ratio=(Decimal(on_time) / n).quantize(Decimal("0.01")),
            avg_days_late=mean.quantize(Decimal("0.1")),
            stdev_days_late=var.sqrt().quantize(Decimal("0.1")),
        )


class PaidRecord(BaseModel):
    """One paid invoice from the loaded history: enough to measure how this customer pays."""

    model_config = ConfigDict(frozen=True)

    invoice_number: str
    currency: CurrencyCode
    amount: Decimal
    due_date: date
    paid_on: date

    @property
    def days_late(self) -> int:
        return (self.paid_on - self.due_date).days


class Customer(BaseModel):
    tenant_id: str = Field(pattern=_ID_PATTERN)
    customer_id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    contacts: list[Contact] = Field(default_factory=list)
    locale: str = "en"
    time_zone: str = "UTC"
    strategic: bool = False
    customer_since: date | None = None
    # From the source: the customer's billing currency and agreed terms ("Net 30"), kept in each decision's
    # facts for the person reading it; the agent never changes them.
    currency: CurrencyCode | None = None
    payment_terms: str | None = None
    stats: PaymentStats = Field(default_factory=PaymentStats)
    # The last 24 months of paid invoices, kept on the customer record (a few KB) because the decision
    # engine only ever needs it per customer, and one item per historical payment would be thousands.
    history: list[PaidRecord] = Field(default_factory=list)

    def with_history(self, history: list[PaidRecord]) -> Customer:
        ordered = sorted(history, key=lambda r: r.paid_on)
        stats = PaymentStats.from_days_late([r.days_late for r in ordered])
        return self.model_copy(update={"history": ordered, "stats": stats})

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("locale")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        language = value.replace("_", "-").split("-")[0].lower()
        if not (2 <= len(language) <= 3 and language.isalpha()):
            raise ValueError(f"locale {value!r} is not a language tag such as en, fr-CA")
        return value

    @property
    def language(self) -> str:
        return self.locale.replace("_", "-").split("-")[0].lower()

    def reachable_contacts(self) -> list[Contact]:
        # AP mailboxes first: they pay; a billing contact is the fallback.
        order = {ContactRole.AP: 0, ContactRole.BILLING: 1, ContactRole.OTHER: 2}
        return sorted((c for c in self.contacts if c.reachable), key=lambda c: order[c.role])


class InvoiceSource(StrEnum):
    STRIPE = "stripe"
    QUICKBOOKS = "quickbooks"
    FILE = "file"


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    VOID = "void"
    UNCOLLECTIBLE = "uncollectible"


class InvoicePause(BaseModel):
    """A hold on one invoice (a disputed line, a PO being raised) that leaves the rest of the case chased."""

    model_config = ConfigDict(frozen=True)

    reason: str = Field(min_length=1)
    until: date | None = None

    def active(self, today: date) -> bool:
        return self.until is None or today < self.until


class Invoice(BaseModel):
    tenant_id: str = Field(pattern=_ID_PATTERN)
    invoice_id: str = Field(pattern=_ID_PATTERN)
    customer_id: str = Field(pattern=_ID_PATTERN)
    source: InvoiceSource
    number: str = Field(min_length=1)
    currency: CurrencyCode
    total: Decimal
    balance: Decimal
    issue_date: date
    due_date: date
    status: InvoiceStatus = InvoiceStatus.OPEN
    pause: InvoicePause | None = None
    pay_url: str | None = None
    # The source's own change marker (Stripe event time, QBO LastUpdatedTime) so a stale update never wins.
    source_updated_at: str | None = None
    # Closed here because the source moved it to another customer (a QBO customer merge): not a real void.
    moved_to: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.total < 0:
            raise ValueError(f"total must not be negative (got {self.total})")
        if self.balance < 0:
            raise ValueError(f"balance must not be negative (got {self.balance})")
        if self.balance > self.total:
            raise ValueError(f"balance {self.balance} exceeds total {self.total}")
        if self.due_date < self.issue_date:
            raise ValueError(f"due date {self.due_date} is before issue date {self.issue_date}")
        self.total = quantize(self.total, self.currency)
        self.balance = quantize(self.balance, self.currency)
        return self

    @property
    def is_open(self) -> bool:
        return self.status is InvoiceStatus.OPEN and self.balance > 0

    def days_overdue(self, today: date) -> int:
        return (today - self.due_date).days

    def is_overdue(self, today: date) -> bool:
        return self.is_open and today > self.due_date

    def is_paused(self, today: date) -> bool:
        return self.pause is not None and self.pause.active(today)

    def is_chaseable(self, today: date) -> bool:
        return self.is_overdue(today) and not self.is_paused(today)


class Payment(BaseModel):
    tenant_id: str = Field(pattern=_ID_PATTERN)
    payment_id: str = Field(pattern=_ID_PATTERN)
    customer_id: str | None = None
    amount: Decimal = Field(gt=0)
    currency: CurrencyCode
    received_on: date
    reference: str | None = None
    payer_name: str | None = None
    # Text of a remittance advice linked to this payment (email body or PDF text), if any.
    remittance: str | None = None
    # invoice_id -> amount applied; empty until cash application has decided.
    applied_to: dict[str, Decimal] = Field(default_factory=dict)

    @property
    def unapplied(self) -> Decimal:
        return self.amount - sum(self.applied_to.values(), Decimal(0))
