"""Importing a ledger: every good row kept, every bad row reported by line, nothing half-written."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from chalicelib.domain.ledger import Customer, Invoice
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.ports import Clock, Repository


@dataclass(frozen=True)
class LedgerRow:
    line: int
    customer: Customer
    invoice: Invoice


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    customers: set[str] = field(default_factory=set)
    cases_open: int = 0


def _merge(existing: Customer | None, incoming: Customer) -> Customer:
    """Keep what we learnt about a known customer (stats, flags, other contacts); add the file's contact."""
    if existing is None:
        return incoming
    known = {c.email.lower() for c in existing.contacts}
    contacts = existing.contacts + [c for c in incoming.contacts if c.email.lower() not in known]
    return existing.model_copy(update={"name": incoming.name, "contacts": contacts})


def import_ledger(
    repo: Repository, clock: Clock, tenant_id: str, rows: Iterable[LedgerRow | RowError]
) -> ImportReport:
    tenant = repo.get_tenant(tenant_id)
    if tenant is None:
        raise LookupError(f"unknown tenant {tenant_id!r}: create it first (tenant create)")
    report = ImportReport()
    seen: dict[str, int] = {}
    for row in rows:
        if isinstance(row, RowError):
            report.errors.append(row)
            continue
        invoice_id = row.invoice.invoice_id
        if invoice_id in seen:
            report.errors.append(
                RowError(row.line, f"invoice {invoice_id} already on line {seen[invoice_id]}")
            )
            continue
        seen[invoice_id] = row.line
        customer = _merge(repo.get_customer(tenant_id, row.customer.customer_id), row.customer)
        repo.put_ledger_row(customer, row.invoice)
        report.imported += 1
        report.customers.add(customer.customer_id)
    for customer_id in sorted(report.customers):
        case = refresh_customer_case(
            repo, clock, tenant, customer_id, actor="system:import", reason="ledger imported"
        )
        if case is not None and case.is_open:
            report.cases_open += 1
    return report
