"""The interfaces services depend on. Adapters implement them; fakes implement them for tests and local mode."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol, TypeVar

from pydantic import BaseModel

from chalicelib.domain.case import Case, CaseEvent
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.domain.tenant import Tenant

R = TypeVar("R", bound=BaseModel)


class ConcurrencyError(Exception):
    """Someone else saved this case since it was loaded. Reload, re-decide and retry."""


@dataclass(frozen=True)
class DueCase:
    tenant_id: str
    case_id: str
    due_at: datetime


class Clock(Protocol):
    def now(self) -> datetime: ...


class EmailSender(Protocol):
    """Sends one customer email; returns the provider's message id. Raises on rejection."""

    def send(self, email: OutboundEmail) -> str: ...


class BlobStore(Protocol):
    """Bytes too large for a table item (uploaded documents), under keys the caller scopes by tenant."""

    def put_blob(self, key: str, data: bytes, *, content_type: str) -> None: ...
    def get_blob(self, key: str) -> bytes:
        """The stored bytes; raises ``KeyError`` when nothing is stored under ``key``."""
        ...


class FreshnessCheck(Protocol):
    """Re-reads the invoices at their source right before a send; returns why to stop, or None to go ahead."""

    def __call__(self, email: OutboundEmail) -> str | None: ...


class ConversationMemory(Protocol):
    """Per-customer memory of what was said, one session per case (inbound and outbound messages)."""

    def record(
        self, tenant_id: str, customer_id: str, case_id: str, *, role: str, text: str, at: datetime
    ) -> None: ...
    def recent(self, tenant_id: str, customer_id: str, case_id: str, k: int = 5) -> list[tuple[str, str]]: ...


class WriteBackError(Exception):
    """The source ledger was not told. ``retryable``: try again later (unavailable, reconnecting); otherwise a
    person must record it by hand (the source cannot express it)."""

    def __init__(self, detail: str, *, retryable: bool) -> None:
        super().__init__(detail)
        self.retryable = retryable


class CashWriteBack(Protocol):
    """Tells the source ledger about cash Argent applied (QBO Payment with LinkedTxn, Stripe paid_out_of_band)."""

    def record_application(self, tenant_id: str, invoice: Invoice, payment: Payment, amount: Decimal) -> None:
        """``invoice`` is our copy after the application. Raises ``WriteBackError``; ignores other sources."""
        ...


class Repository(Protocol):
    """Everything Argent keeps, in one store, every key scoped by tenant."""

    # tenants
    def put_tenant(self, tenant: Tenant) -> None: ...
    def get_tenant(self, tenant_id: str) -> Tenant | None: ...
    def list_tenants(self) -> list[Tenant]: ...

    # ledger copy
    def put_customer(self, customer: Customer) -> None: ...
    def get_customer(self, tenant_id: str, customer_id: str) -> Customer | None: ...
    def list_customers(self, tenant_id: str) -> list[Customer]: ...
    def put_ledger_row(self, customer: Customer, invoice: Invoice) -> None:
        """Customer and invoice together or not at all (one row of an imported ledger)."""
        ...

    def put_invoice(self, invoice: Invoice) -> None: ...
    def put_invoices(self, invoices: list[Invoice]) -> None: ...
    def get_invoice(self, tenant_id: str, customer_id: str, invoice_id: str) -> Invoice | None: ...
    def list_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]: ...
    def put_payments(self, payments: list[Payment]) -> None: ...
    def list_payments(self, tenant_id: str, customer_id: str) -> list[Payment]: ...

    # cases and their audit trail
    def get_case(self, tenant_id: str, case_id: str) -> Case | None: ...
    def save_case(self, case: Case) -> None:
        """Write the case and its pending events atomically if the stored version is still ``case.version``.

        Raises ``ConcurrencyError`` when it is not; nothing is written then.
        """
        ...

    def list_cases(self, tenant_id: str) -> list[Case]: ...
    def list_events(self, tenant_id: str, case_id: str) -> list[CaseEvent]: ...
    def due_cases(self, now: datetime) -> Iterator[DueCase]:
        """Cases whose ``next_action_at`` is at or before ``now``, from the sparse due index only."""
        ...

    # typed records: anything else a feature keeps per tenant (approval requests, outbound sends, tokens,
    # sync cursors, inbox items), stored whole under (tenant, kind, key) without touching the adapters.
    def put_record(
        self, tenant_id: str, kind: str, key: str, record: BaseModel, *, if_absent: bool = False
    ) -> bool:
        """Store a record; with ``if_absent`` only when none exists yet (returns False then, writing nothing)."""
        ...

    def get_record(self, tenant_id: str, kind: str, key: str, cls: type[R]) -> R | None: ...
    def list_records(self, tenant_id: str, kind: str, cls: type[R]) -> list[R]: ...
    def delete_record(self, tenant_id: str, kind: str, key: str) -> None: ...

    # routing: which tenant a provider's account / realm / team belongs to (the only cross-tenant lookup)
    def put_route(self, provider: str, external_id: str, tenant_id: str) -> None: ...
    def route(self, provider: str, external_id: str) -> str | None: ...

    # idempotency
    def claim_event(
        self, tenant_id: str, provider: str, event_id: str, *, at: datetime, keep_for: timedelta
    ) -> bool:
        """True the first time this provider event id is seen for the tenant, False on every redelivery."""
        ...
