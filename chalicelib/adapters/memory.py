"""``FakeRepository``: the Repository port in memory, for unit tests.

It keeps copies (never the caller's objects), enforces the same version check and append-only events as
DynamoDB, and its due index is sparse in the same way, so the shared contract suite holds for both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

from pydantic import BaseModel

from chalicelib.domain.case import Case, CaseEvent
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.domain.tenant import Tenant
from chalicelib.services.ports import ConcurrencyError, DueCase, R


class FakeRepository:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.tenants: dict[str, Tenant] = {}
        self.customers: dict[tuple[str, str], Customer] = {}
        self.invoices: dict[tuple[str, str, str], Invoice] = {}
        self.payments: dict[tuple[str, str, str], Payment] = {}
        self.cases: dict[tuple[str, str], Case] = {}
        self.events: dict[tuple[str, str], list[CaseEvent]] = {}
        self.inbox: dict[tuple[str, str, str], datetime] = {}
        self.records: dict[tuple[str, str, str], str] = {}
        self.routes: dict[tuple[str, str], str] = {}
        self.due_index_reads = 0

    def put_tenant(self, tenant: Tenant) -> None:
        self.tenants[tenant.tenant_id] = tenant.model_copy(deep=True)

    def get_tenant(self, tenant_id: str) -> Tenant | None:
        found = self.tenants.get(tenant_id)
        return found.model_copy(deep=True) if found else None

    def list_tenants(self) -> list[Tenant]:
        return [self.tenants[k].model_copy(deep=True) for k in sorted(self.tenants)]

    def put_customer(self, customer: Customer) -> None:
        self.customers[(customer.tenant_id, customer.customer_id)] = customer.model_copy(deep=True)

    def get_customer(self, tenant_id: str, customer_id: str) -> Customer | None:
        found = self.customers.get((tenant_id, customer_id))
        return found.model_copy(deep=True) if found else None

    def list_customers(self, tenant_id: str) -> list[Customer]:
        return [c.model_copy(deep=True) for (t, _), c in sorted(self.customers.items()) if t == tenant_id]

    def put_ledger_row(self, customer: Customer, invoice: Invoice) -> None:
        if (customer.tenant_id, customer.customer_id) != (invoice.tenant_id, invoice.customer_id):
            raise ValueError("invoice does not belong to this customer")
        with self._lock:
            self.put_customer(customer)
            self.put_invoice(invoice)

    def put_invoice(self, invoice: Invoice) -> None:
        key = (invoice.tenant_id, invoice.customer_id, invoice.invoice_id)
        self.invoices[key] = invoice.model_copy(deep=True)

    def put_invoices(self, invoices: list[Invoice]) -> None:
        for invoice in invoices:
            self.put_invoice(invoice)

    def get_invoice(self, tenant_id: str, customer_id: str, invoice_id: str) -> Invoice | None:
        found = self.invoices.get((tenant_id, customer_id, invoice_id))
        return found.model_copy(deep=True) if found else None

    def list_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]:
        return [
            inv.model_copy(deep=True)
            for (t, c, _), inv in sorted(self.invoices.items())
            if (t, c) == (tenant_id, customer_id)
        ]

    def put_payments(self, payments: list[Payment]) -> None:
        for p in payments:
            self.payments[(p.tenant_id, p.customer_id or "_unknown", p.payment_id)] = p.model_copy(deep=True)

    def list_payments(self, tenant_id: str, customer_id: str) -> list[Payment]:
        return [
            p.model_copy(deep=True)
            for (t, c, _), p in sorted(self.payments.items())
            if (t, c) == (tenant_id, customer_id)
        ]

    def get_case(self, tenant_id: str, case_id: str) -> Case | None:
        found = self.cases.get((tenant_id, case_id))
        return found.model_copy(deep=True) if found else None

    def save_case(self, case: Case) -> None:
        key = (case.tenant_id, case.case_id)
        with self._lock:
            stored = self.cases.get(key)
            stored_version = stored.version if stored else 0
            if stored_version != case.version:
                raise ConcurrencyError(f"case {case.tenant_id}/{case.case_id} changed since loaded")
            log = self.events.setdefault(key, [])
            if any(e.seq <= (log[-1].seq if log else 0) for e in case.pending_events):
                raise ConcurrencyError(f"case {case.tenant_id}/{case.case_id}: event sequence already used")
            log.extend(case.pending_events)
            # Round-trip like a real store: only persisted fields survive, never the unsaved events.
            saved = Case.model_validate_json(case.model_dump_json())
            saved.version = case.version + 1
            self.cases[key] = saved
        case.mark_saved()

    def list_cases(self, tenant_id: str) -> list[Case]:
        return [c.model_copy(deep=True) for (t, _), c in sorted(self.cases.items()) if t == tenant_id]

    def list_events(self, tenant_id: str, case_id: str) -> list[CaseEvent]:
        return list(self.events.get((tenant_id, case_id), []))

    def due_cases(self, now: datetime) -> Iterator[DueCase]:
        due = sorted(
            (c.next_action_at, t, k)
            for (t, k), c in self.cases.items()
            if c.next_action_at is not None and c.next_action_at <= now
        )
        for due_at, tenant_id, case_id in due:
            self.due_index_reads += 1
            yield DueCase(tenant_id=tenant_id, case_id=case_id, due_at=due_at)

    def put_record(
        self, tenant_id: str, kind: str, key: str, record: BaseModel, *, if_absent: bool = False
    ) -> bool:
        if "#" in kind:
            raise ValueError(f"record kind {kind!r} must not contain #")
        with self._lock:
            if if_absent and (tenant_id, kind, key) in self.records:
                return False
            # Stored as JSON, like DynamoDB's body, so a record round-trips the same way on both.
            self.records[(tenant_id, kind, key)] = record.model_dump_json()
            return True

    def get_record(self, tenant_id: str, kind: str, key: str, cls: type[R]) -> R | None:
        raw = self.records.get((tenant_id, kind, key))
        return cls.model_validate_json(raw) if raw is not None else None

    def list_records(self, tenant_id: str, kind: str, cls: type[R]) -> list[R]:
        return [
            cls.model_validate_json(raw)
            for (t, k, _), raw in sorted(self.records.items())
            if (t, k) == (tenant_id, kind)
        ]

    def delete_record(self, tenant_id: str, kind: str, key: str) -> None:
        self.records.pop((tenant_id, kind, key), None)

    def put_route(self, provider: str, external_id: str, tenant_id: str) -> None:
        self.routes[(provider, external_id)] = tenant_id

    def route(self, provider: str, external_id: str) -> str | None:
        return self.routes.get((provider, external_id))

    def claim_event(
        self, tenant_id: str, provider: str, event_id: str, *, at: datetime, keep_for: timedelta
    ) -> bool:
        key = (tenant_id, provider, event_id)
        with self._lock:
            if key in self.inbox:
                return False
            self.inbox[key] = at + keep_for
            return True
