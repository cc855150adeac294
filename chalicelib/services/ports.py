"""The interfaces services depend on. Adapters implement them; fakes implement them for tests and local mode."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from chalicelib.domain.case import Case, CaseEvent
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.domain.tenant import Tenant


class ConcurrencyError(Exception):
    """Someone else saved this case since it was loaded. Reload, re-decide and retry."""


@dataclass(frozen=True)
class DueCase:
    tenant_id: str
    case_id: str
    due_at: datetime


class Clock(Protocol):
    def now(self) -> datetime: ...


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

    # idempotency
    def claim_event(
        self, tenant_id: str, provider: str, event_id: str, *, at: datetime, keep_for: timedelta
    ) -> bool:
        """True the first time this provider event id is seen for the tenant, False on every redelivery."""
        ...
