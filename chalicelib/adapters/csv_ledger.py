"""Reads a ledger exported to CSV (the "file" source) into validated rows, one error per bad line.

Columns (header row required, order free, extra columns ignored):

    required: customer_id, customer_name, contact_email, invoice_number, currency, total, balance,
              issue_date, due_date
    optional: invoice_id (defaults to invoice_number), contact_name, locale (default en),
              time_zone (default UTC), status (open|paid|void|uncollectible, default open), pay_url

Amounts are plain decimals with a dot ("1200.50"); dates are ISO (2026-03-31). Anything else is an error
for that line, never a guess: a misread amount in a dunning letter costs more than a skipped row.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from chalicelib.domain.ledger import Contact, Customer, Invoice, InvoiceSource, InvoiceStatus
from chalicelib.domain.money import CurrencyError, parse_amount
from chalicelib.services.ledger import LedgerRow, RowError

REQUIRED_COLUMNS = (
    "customer_id",
    "customer_name",
    "contact_email",
    "invoice_number",
    "currency",
    "total",
    "balance",
    "issue_date",
    "due_date",
)


class LedgerFileError(ValueError):
    """The file as a whole cannot be read (no header, missing columns)."""


def _date(value: str, column: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"{column} {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _explain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def read_ledger(path: Path, tenant_id: str) -> Iterator[LedgerRow | RowError]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise LedgerFileError(f"{path}: missing column(s): {', '.join(missing)}")
        for raw in reader:
            line = reader.line_num
            row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
            try:
                yield _row(row, line, tenant_id)
            except (ValueError, CurrencyError) as exc:
                message = _explain(exc) if isinstance(exc, ValidationError) else str(exc)
                yield RowError(line=line, message=message)


def _row(row: dict[str, str], line: int, tenant_id: str) -> LedgerRow:
    empty = [c for c in REQUIRED_COLUMNS if not row.get(c)]
    if empty:
        raise ValueError(f"empty required column(s): {', '.join(empty)}")
    customer = Customer(
        tenant_id=tenant_id,
        customer_id=row["customer_id"],
        name=row["customer_name"],
        contacts=[Contact(email=row["contact_email"], name=row.get("contact_name") or None)],
        locale=row.get("locale") or "en",
        time_zone=row.get("time_zone") or "UTC",
    )
    invoice = Invoice(
        tenant_id=tenant_id,
        invoice_id=row.get("invoice_id") or row["invoice_number"],
        customer_id=row["customer_id"],
        source=InvoiceSource.FILE,
        number=row["invoice_number"],
        currency=row["currency"],
        total=parse_amount(row["total"]),
        balance=parse_amount(row["balance"]),
        issue_date=_date(row["issue_date"], "issue_date"),
        due_date=_date(row["due_date"], "due_date"),
        status=InvoiceStatus(row.get("status") or "open"),
        pay_url=row.get("pay_url") or None,
    )
    return LedgerRow(line=line, customer=customer, invoice=invoice)
