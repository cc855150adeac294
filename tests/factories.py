"""Small builders for domain objects, so tests state only what matters to them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from chalicelib.domain.case import Case
from chalicelib.domain.ledger import Contact, Customer, Invoice, InvoiceSource
from chalicelib.domain.tenant import Tenant


def tenant(tenant_id: str = "acme", at: datetime | None = None, **kw: Any) -> Tenant:
    return Tenant(
        tenant_id=tenant_id,
        name=f"{tenant_id} Ltd",
        created_at=at or datetime.fromisoformat("2026-01-01T00:00:00+00:00"),
        **kw,
    )


def customer(tenant_id: str = "acme", customer_id: str = "c1", **kw: Any) -> Customer:
    values: dict[str, Any] = {
        "name": f"Customer {customer_id}",
        "contacts": [Contact(email=f"ap@{customer_id}.example")],
        "time_zone": "America/New_York",
    }
    values.update(kw)
    return Customer(tenant_id=tenant_id, customer_id=customer_id, **values)


def invoice(
    tenant_id: str = "acme",
    customer_id: str = "c1",
    invoice_id: str = "i1",
    *,
    due: date,
    amount: str = "100.00",
    balance: str | None = None,
    currency: str = "USD",
    **kw: Any,
) -> Invoice:
    return Invoice(
        tenant_id=tenant_id,
        invoice_id=invoice_id,
        customer_id=customer_id,
        source=InvoiceSource.FILE,
        number=f"INV-{invoice_id}",
        currency=currency,
        total=Decimal(amount),
        balance=Decimal(balance if balance is not None else amount),
        due_date=due,
        **{"issue_date": due - timedelta(days=30), **kw},
    )


def open_case(at: datetime, tenant_id: str = "acme", customer_id: str = "c1") -> Case:
    return Case.open(
        tenant_id=tenant_id, customer_id=customer_id, at=at, actor="agent", reason="test", facts={}
    )
