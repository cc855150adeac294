"""Keeping Argent's copy of a tenant's QuickBooks Online ledger in step: backfill, webhooks, CDC, write-back.

QBO is the source of truth; this module only ever copies from it (re-fetching the authoritative object,
never trusting a notification's order or count) and tells it about cash Argent applied.

- **Backfill** (on install, resumable): every customer, every open invoice, 24 months of payments, then the
  paid invoices those payments name, then each customer's payment history and stats. Progress is a typed
  record (kind ``qbo_sync``, key ``backfill``) saved after each page, so a Lambda that times out continues
  where it stopped and the CLI can show how far it got.
- **Webhooks**: the entry point stores each change once (``receive_changes``); ``process_changes`` then
  re-reads each changed Invoice, Payment, Customer or CreditMemo and updates invoices and cases. A Payment
  linked to invoices updates them; cash QBO holds unapplied is kept (kind ``unapplied_payment``) for cash
  application, which matches it; this module does not.
- **CDC**: the daily backstop for missed webhooks (QBO's change data capture looks back at most 30 days).
- **Write-back**: ``apply_payment`` records cash Argent matched as a QBO Payment with ``LinkedTxn`` lines,
  with a request id derived from the payment so a retry never creates a second one.

A copy older than the one we hold never wins (``source_updated_at`` is QBO's ``LastUpdatedTime`` in UTC).
A revoked or expired grant (``QboReconnectError``) marks the connection ``reconnect_needed`` once, leaves a
notice for the tenant, and stops every QBO job for that tenant until someone reconnects: no retry loop.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Generic, Literal, Protocol, TypeVar

from pydantic import BaseModel, Field

from chalicelib.domain.case import Case
from chalicelib.domain.ledger import (
    Customer,
    Invoice,
    InvoicePause,
    InvoiceSource,
    InvoiceStatus,
    PaidRecord,
    Payment,
)
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.domain.tenant import Tenant
from chalicelib.services.cases import CaseNotFoundError, refresh_customer_case, update_case
from chalicelib.services.cash import UNAPPLIED_KIND
from chalicelib.services.escalations import raise_escalation
from chalicelib.services.ports import Clock, FreshnessCheck, Repository, WriteBackError

T = TypeVar("T")

CONNECTION_KIND = "qbo_connection"
CONNECTION_KEY = "current"
SYNC_KIND = "qbo_sync"
OWNER_KIND = "qbo_owner"
MARKER_KIND = "qbo_marker"
WRITEBACK_KIND = "qbo_writeback"
SETTINGS_KIND = "qbo_settings"
NOTICE_KIND = "tenant_notice"
EVENT_KIND = "quickbooks_event"
HISTORY_MONTHS = 24
CDC_MAX_LOOKBACK = timedelta(days=29)  # QBO answers CDC for the last 30 days only
WEBHOOK_ACTOR = "webhook:quickbooks"
SYNC_ACTOR = "system:quickbooks_sync"


# --- errors a QBO adapter raises --------------------------------------------------------------------------


class QboError(Exception):
    """A QuickBooks call failed."""


class QboApiError(QboError):
    """QBO answered with a Fault (``code`` is Intuit's error code, e.g. 4000 query parse, 5010 stale)."""

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class QboReconnectError(QboError):
    """The tenant's grant is revoked or expired (or was never given): only the tenant can fix it."""


# --- what the sync keeps -----------------------------------------------------------------------------------


class QboConnection(BaseModel):
    realm_id: str
    status: Literal["connected", "reconnect_needed", "disconnected"]
    changed_at: datetime
    reason: str = ""
    home_currency: str = "USD"


class QboSettings(BaseModel):
    # Off by default: a note in the customer's QBO record is visible to everyone at the business.
    write_notes: bool = False


class TenantNotice(BaseModel):
    """Something the tenant must do, shown on the dashboard and by the CLI until it is resolved."""

    provider: str
    message: str
    raised_at: datetime


class QboOwner(BaseModel):
    """Which customer an invoice or payment is filed under (QBO can move one by merging customers)."""

    entity: str
    our_id: str
    customer_id: str


class QboMarker(BaseModel):
    updated_at: str


class BackfillCursor(BaseModel):
    phase: Literal["customers", "open_invoices", "payments", "paid_invoices", "stats", "done"] = "customers"
    start: int = 1
    since: date
    counts: dict[str, int] = Field(default_factory=dict)
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None = None


class CdcCursor(BaseModel):
    changed_since: datetime


class WriteBackRecord(BaseModel):
    payment_id: str
    request_id: str
    qbo_payment_id: str
    applications: dict[str, Decimal]
    at: datetime


class ChangeNotice(BaseModel):
    """One changed QBO entity from a webhook, in the legacy vocabulary (Create, Update, Delete, Void, Merge)."""

    realm_id: str
    entity: str  # Invoice, Payment, Customer, CreditMemo, ...
    entity_id: str
    operation: str
    event_id: str
    label: str  # the provider's own name for it (``Customer.Create``, ``Class.Created``)
    changed_at: str | None = None
    deleted_id: str | None = None  # Merge: the entity that was merged away


class StoredChange(BaseModel):
    # Same shape as ``services.webhooks.StoredEvent`` so every provider's stored events read alike.
    provider: str = "quickbooks"
    event_id: str
    kind: str
    received_at: datetime
    payload: dict[str, object]


class ReceiveOutcome(BaseModel):
    status: Literal["accepted", "duplicate", "ignored"]
    reason: str
    tenant_id: str | None = None


# --- the port a QBO adapter implements (mapping to our models happens in the adapter) ------------------


class SeenPayment(BaseModel):
    our_id: str
    customer_id: str | None
    payment: Payment | None  # None for a zero payment (QBO uses them to apply credit memos)
    unapplied: Decimal
    linked_invoices: list[str]  # our invoice ids
    updated_at: str | None = None


@dataclass
class Page(Generic[T]):
    items: list[T]
    next_start: int | None  # None: this was the last page


@dataclass
class Changes:
    as_of: datetime
    customers: list[Customer] = field(default_factory=list)
    customer_markers: dict[str, str] = field(default_factory=dict)
    invoices: list[Invoice] = field(default_factory=list)
    payments: list[SeenPayment] = field(default_factory=list)
    deleted: dict[str, list[str]] = field(default_factory=dict)  # entity -> our ids
    credit_memo_customers: list[str] = field(default_factory=list)


class QboLedger(Protocol):
    def customers(self, tenant_id: str, start: int) -> Page[tuple[Customer, str | None]]: ...
    def open_invoices(self, tenant_id: str, start: int) -> Page[Invoice]: ...
    def payments_since(self, tenant_id: str, since: date, start: int) -> Page[SeenPayment]: ...
    def invoices_by_id(self, tenant_id: str, invoice_ids: list[str]) -> list[Invoice]: ...
    def customer_open_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]: ...
    def invoice(self, tenant_id: str, invoice_id: str, *, voided: bool = False) -> Invoice | None: ...
    def customer(self, tenant_id: str, customer_id: str) -> tuple[Customer, str | None] | None: ...
    def payment(self, tenant_id: str, payment_id: str) -> SeenPayment | None: ...
    def credit_memo_customer(self, tenant_id: str, credit_memo_id: str) -> str | None: ...
    def changes_since(self, tenant_id: str, since: datetime) -> Changes: ...
    def apply_payment(
        self,
        tenant_id: str,
        customer_id: str,
        payment: Payment,
        applications: dict[str, Decimal],
        request_id: str,
    ) -> str:
        """Create a QBO Payment with one LinkedTxn line per invoice; returns its QBO id."""
        ...

    def link_payment(self, tenant_id: str, payment_id: str, applications: dict[str, Decimal]) -> str:
        """Link a Payment QuickBooks already holds (cash it kept unapplied) to invoices; returns its QBO id.

        Idempotent: an invoice the payment already links is not linked again.
        """
        ...

    def add_customer_note(self, tenant_id: str, customer_id: str, note: str) -> None: ...


@dataclass
class QboDeps:
    repo: Repository
    clock: Clock
    ledger: QboLedger


# --- connection state --------------------------------------------------------------------------------------


def connection(repo: Repository, tenant_id: str) -> QboConnection | None:
    return repo.get_record(tenant_id, CONNECTION_KIND, CONNECTION_KEY, QboConnection)


def is_connected(repo: Repository, tenant_id: str) -> bool:
    conn = connection(repo, tenant_id)
    return conn is not None and conn.status == "connected"


def mark_reconnect_needed(repo: Repository, clock: Clock, tenant_id: str, why: str) -> None:
    """Once: the connection stops, and the tenant is told what to do. Safe to call again."""
    conn = connection(repo, tenant_id)
    if conn is None or conn.status != "connected":
        return
    now = clock.now()
    repo.put_record(
        tenant_id,
        CONNECTION_KIND,
        CONNECTION_KEY,
        conn.model_copy(update={"status": "reconnect_needed", "reason": why, "changed_at": now}),
    )
    repo.put_record(
        tenant_id,
        NOTICE_KIND,
        "quickbooks",
        TenantNotice(
            provider="quickbooks",
            message=(
                f"QuickBooks stopped answering for this account ({why}). Reminders for QuickBooks invoices "
                "are paused until you reconnect at /install/quickbooks."
            ),
            raised_at=now,
        ),
    )
    # The same news in the approvals channel (Slack) and the CLI's escalation list.
    raise_escalation(
        repo,
        tenant_id,
        f"quickbooks-reconnect:{now.isoformat()}",
        reason=f"QuickBooks needs to be reconnected ({why}); reminders on QuickBooks invoices are paused",
        at=now,
        source="quickbooks",
        priority="high",
        next_step="an admin reconnects QuickBooks at /install/quickbooks",
    )


class QboConnectionGate:
    """A FreshnessCheck that stops outreach on QBO invoices while the tenant's QBO connection is broken.

    Our copy of a QBO invoice cannot be trusted once we can no longer hear about payments, so no reminder
    goes out on it until the tenant reconnects.
    """

    def __init__(self, repo: Repository, inner: FreshnessCheck) -> None:
        self._repo = repo
        self._inner = inner

    def __call__(self, email: OutboundEmail) -> str | None:
        conn = connection(self._repo, email.tenant_id)
        if conn is not None and conn.status != "connected":
            qbo = [
                i
                for i in email.invoice_ids
                if (inv := self._repo.get_invoice(email.tenant_id, email.case_id, i)) is not None
                and inv.source is InvoiceSource.QUICKBOOKS
            ]
            if qbo:
                return f"the QuickBooks connection is {conn.status.replace('_', ' ')}: reconnect to resume"
        return self._inner(email)


# --- writing our copy --------------------------------------------------------------------------------------


def _newer(incoming: str | None, stored: str | None) -> bool:
    if stored is None:
        return True
    if incoming is None:
        # Without QBO's marker we cannot prove it is newer, and a stale overwrite is worse than a late one.
        return False
    return datetime.fromisoformat(incoming) >= datetime.fromisoformat(stored)


def _owner(repo: Repository, tenant_id: str, entity: str, our_id: str) -> str | None:
    rec = repo.get_record(tenant_id, OWNER_KIND, f"{entity}:{our_id}", QboOwner)
    return rec.customer_id if rec else None


def _set_owner(repo: Repository, tenant_id: str, entity: str, our_id: str, customer_id: str) -> None:
    repo.put_record(
        tenant_id,
        OWNER_KIND,
        f"{entity}:{our_id}",
        QboOwner(entity=entity, our_id=our_id, customer_id=customer_id),
    )


def ensure_customer(deps: QboDeps, tenant_id: str, customer_id: str) -> bool:
    if deps.repo.get_customer(tenant_id, customer_id) is not None:
        return True
    found = deps.ledger.customer(tenant_id, customer_id)
    if found is None:
        return False
    upsert_customer(deps.repo, found[0], found[1])
    return True


def upsert_customer(repo: Repository, incoming: Customer, marker: str | None) -> bool:
    """Keep QBO's names and addresses and Argent's own knowledge (history, stats, bounces, flags)."""
    tenant_id, customer_id = incoming.tenant_id, incoming.customer_id
    seen = repo.get_record(tenant_id, MARKER_KIND, f"customer:{customer_id}", QboMarker)
    if seen is not None and not _newer(marker, seen.updated_at):
        return False
    existing = repo.get_customer(tenant_id, customer_id)
    if existing is not None:
        invalid = {c.email.lower(): c.invalid_reason for c in existing.contacts if c.invalid_reason}
        contacts = [
            c.model_copy(update={"invalid_reason": invalid[c.email.lower()]})
            if c.email.lower() in invalid
            else c
            for c in incoming.contacts
        ]
        incoming = existing.model_copy(
            update={
                "name": incoming.name,
                "contacts": contacts,
                # QBO has no language or zone field; a value someone set by hand beats our address guess.
                "locale": incoming.locale if existing.locale == "en" else existing.locale,
                "time_zone": incoming.time_zone if existing.time_zone == "UTC" else existing.time_zone,
                "customer_since": incoming.customer_since or existing.customer_since,
            }
        )
    repo.put_customer(incoming)
    if marker:
        repo.put_record(tenant_id, MARKER_KIND, f"customer:{customer_id}", QboMarker(updated_at=marker))
    return True


def upsert_invoice(deps: QboDeps, invoice: Invoice) -> set[str]:
    """Store QBO's copy unless ours is newer; returns the customers whose cases it touches."""
    repo, tenant_id = deps.repo, invoice.tenant_id
    if not ensure_customer(deps, tenant_id, invoice.customer_id):
        return set()
    touched = {invoice.customer_id}
    previous_owner = _owner(repo, tenant_id, "invoice", invoice.invoice_id)
    carried: InvoicePause | None = None
    if previous_owner and previous_owner != invoice.customer_id:
        # Customers were merged in QBO: the invoice now belongs to the survivor. The copy filed under the
        # merged-away customer is closed (marked as moved, not voided) so its case stops chasing it, and a
        # hold on it (a dispute, a PO being raised) goes with it: a merge must not restart the chase.
        old = repo.get_invoice(tenant_id, previous_owner, invoice.invoice_id)
        if old is not None and old.moved_to is None:
            carried = old.pause
            repo.put_invoice(
                old.model_copy(update={"status": InvoiceStatus.VOID, "moved_to": invoice.customer_id})
            )
            touched.add(previous_owner)
    existing = repo.get_invoice(tenant_id, invoice.customer_id, invoice.invoice_id)
    if carried is not None and (existing is None or existing.pause is None):
        invoice = invoice.model_copy(update={"pause": carried})
    if existing is not None and not _newer(invoice.source_updated_at, existing.source_updated_at):
        return touched - {invoice.customer_id}
    if existing is not None and existing.pause is not None:
        invoice = invoice.model_copy(update={"pause": existing.pause})  # Argent's hold, not QBO's
    repo.put_invoice(invoice)
    _set_owner(repo, tenant_id, "invoice", invoice.invoice_id, invoice.customer_id)
    return touched


def void_invoice(deps: QboDeps, tenant_id: str, invoice_id: str, changed_at: str | None) -> set[str]:
    """A deleted (or unreadable) QBO invoice: our copy is closed, never removed, so its history stays."""
    owner = _owner(deps.repo, tenant_id, "invoice", invoice_id)
    existing = deps.repo.get_invoice(tenant_id, owner, invoice_id) if owner else None
    if existing is None or existing.status is InvoiceStatus.VOID:
        return set()
    if changed_at is not None and not _newer(changed_at, existing.source_updated_at):
        return set()
    deps.repo.put_invoice(
        existing.model_copy(update={"status": InvoiceStatus.VOID, "source_updated_at": changed_at})
    )
    return {existing.customer_id}


def record_payment(deps: QboDeps, tenant_id: str, seen: SeenPayment, *, refetch: bool = True) -> set[str]:
    """A QBO payment: linked invoices are re-read; cash it leaves unapplied goes to cash application."""
    repo, touched = deps.repo, set()
    marker = repo.get_record(tenant_id, MARKER_KIND, f"payment:{seen.our_id}", QboMarker)
    if marker is not None and not _newer(seen.updated_at, marker.updated_at):
        return set()
    if refetch:
        for invoice_id in seen.linked_invoices:
            invoice = deps.ledger.invoice(tenant_id, invoice_id)
            touched |= (
                upsert_invoice(deps, invoice) if invoice else void_invoice(deps, tenant_id, invoice_id, None)
            )
    if seen.payment is not None and seen.customer_id and ensure_customer(deps, tenant_id, seen.customer_id):
        repo.put_payments([seen.payment])
        _set_owner(repo, tenant_id, "payment", seen.our_id, seen.customer_id)
    if seen.payment is not None and seen.unapplied > 0:
        unapplied = seen.payment.model_copy(update={"amount": seen.unapplied, "applied_to": {}})
        repo.put_record(tenant_id, UNAPPLIED_KIND, seen.our_id, unapplied)
    else:
        repo.delete_record(tenant_id, UNAPPLIED_KIND, seen.our_id)
    if seen.updated_at:
        repo.put_record(
            tenant_id, MARKER_KIND, f"payment:{seen.our_id}", QboMarker(updated_at=seen.updated_at)
        )
    return touched


def forget_payment(deps: QboDeps, tenant_id: str, payment_id: str) -> set[str]:
    """A deleted or voided QBO payment: the invoices it paid are re-read (they are open again)."""
    repo, touched = deps.repo, set()
    repo.delete_record(tenant_id, UNAPPLIED_KIND, payment_id)
    owner = _owner(repo, tenant_id, "payment", payment_id)
    stored = (
        next((p for p in repo.list_payments(tenant_id, owner) if p.payment_id == payment_id), None)
        if owner
        else None
    )
    for invoice_id in stored.applied_to if stored else {}:
        invoice = deps.ledger.invoice(tenant_id, invoice_id)
        touched |= (
            upsert_invoice(deps, invoice) if invoice else void_invoice(deps, tenant_id, invoice_id, None)
        )
    return touched


def resync_customer(deps: QboDeps, tenant_id: str, customer_id: str) -> set[str]:
    """Re-read a customer and all its open invoices (after a merge or a credit memo)."""
    found = deps.ledger.customer(tenant_id, customer_id)
    if found is None:
        return set()
    upsert_customer(deps.repo, found[0], found[1])
    touched = {customer_id}
    fresh = deps.ledger.customer_open_invoices(tenant_id, customer_id)
    for invoice in fresh:
        touched |= upsert_invoice(deps, invoice)
    still_open = {i.invoice_id for i in fresh}
    for local in deps.repo.list_invoices(tenant_id, customer_id):
        if local.is_open and local.invoice_id not in still_open:
            reread = deps.ledger.invoice(tenant_id, local.invoice_id)
            touched |= (
                upsert_invoice(deps, reread)
                if reread
                else void_invoice(deps, tenant_id, local.invoice_id, None)
            )
    return touched


def _refresh_cases(deps: QboDeps, tenant: Tenant, customers: set[str], *, actor: str, reason: str) -> None:
    for customer_id in sorted(customers):
        try:
            refresh_customer_case(deps.repo, deps.clock, tenant, customer_id, actor=actor, reason=reason)
        except CaseNotFoundError:
            continue  # an invoice of a customer QBO no longer has: nothing to chase


# --- webhooks ------------------------------------------------------------------------------------------


def receive_changes(repo: Repository, clock: Clock, changes: list[ChangeNotice]) -> list[ReceiveOutcome]:
    """Route each change to its tenant by realm and store it once. Nothing is fetched here (answer fast)."""
    outcomes = []
    now = clock.now()
    for change in changes:
        tenant_id = repo.route("quickbooks", change.realm_id)
        if tenant_id is None:
            outcomes.append(
                ReceiveOutcome(status="ignored", reason=f"no tenant has installed realm {change.realm_id}")
            )
            continue
        if not repo.claim_event(
            tenant_id, "quickbooks", change.event_id, at=now, keep_for=timedelta(days=30)
        ):
            outcomes.append(
                ReceiveOutcome(
                    status="duplicate", reason=f"{change.label} already received", tenant_id=tenant_id
                )
            )
            continue
        stored = StoredChange(
            event_id=change.event_id, kind=change.label, received_at=now, payload=change.model_dump()
        )
        repo.put_record(tenant_id, EVENT_KIND, change.event_id, stored)
        outcomes.append(
            ReceiveOutcome(status="accepted", reason=f"{change.label} stored", tenant_id=tenant_id)
        )
    return outcomes


@dataclass
class ProcessReport:
    processed: int = 0
    ignored: int = 0
    failed: int = 0
    stopped: str | None = None


def _handle(deps: QboDeps, tenant_id: str, change: ChangeNotice) -> set[str]:
    entity, op = change.entity.lower(), change.operation.lower()
    if entity == "invoice":
        if op == "delete":
            return void_invoice(deps, tenant_id, f"qbo-{change.entity_id}", change.changed_at)
        invoice = deps.ledger.invoice(tenant_id, f"qbo-{change.entity_id}", voided=op == "void")
        if invoice is None:
            return void_invoice(deps, tenant_id, f"qbo-{change.entity_id}", change.changed_at)
        return upsert_invoice(deps, invoice)
    if entity == "payment":
        if op in ("delete", "void"):
            return forget_payment(deps, tenant_id, f"qbo-{change.entity_id}")
        seen = deps.ledger.payment(tenant_id, f"qbo-{change.entity_id}")
        return (
            record_payment(deps, tenant_id, seen)
            if seen
            else forget_payment(deps, tenant_id, f"qbo-{change.entity_id}")
        )
    if entity == "customer":
        touched = resync_customer(deps, tenant_id, f"qbo-{change.entity_id}")
        if op == "merge" and change.deleted_id:
            merged_away = f"qbo-{change.deleted_id}"
            for local in deps.repo.list_invoices(tenant_id, merged_away):
                if local.is_open:
                    invoice = deps.ledger.invoice(tenant_id, local.invoice_id)
                    touched |= upsert_invoice(deps, invoice) if invoice else set()
            _record_merge(deps, tenant_id, survivor=f"qbo-{change.entity_id}", merged_away=merged_away)
        return touched
    if entity == "creditmemo":
        customer_id = deps.ledger.credit_memo_customer(tenant_id, f"qbo-{change.entity_id}")
        return resync_customer(deps, tenant_id, customer_id) if customer_id else set()
    raise LookupError(entity)


def _record_merge(deps: QboDeps, tenant_id: str, *, survivor: str, merged_away: str) -> None:
    """Both cases say what happened, so neither history looks like money appeared or vanished."""
    now = deps.clock.now()
    for case_id, reason in (
        (merged_away, f"merged into customer {survivor} in QuickBooks; its invoices are chased there"),
        (survivor, f"customer {merged_away} was merged into this one in QuickBooks; its invoices moved here"),
    ):

        def change(case: Case | None, case_id: str = case_id, reason: str = reason) -> Case | None:
            if case is None:
                if case_id != survivor:
                    return None
                # The survivor may have had nothing to chase before: its case starts with the merge.
                case = Case.watch(
                    tenant_id=tenant_id,
                    customer_id=case_id,
                    at=now,
                    actor=WEBHOOK_ACTOR,
                    reason=reason,
                    facts={},
                )
            case.record(
                "CustomerMerged",
                at=now,
                actor=WEBHOOK_ACTOR,
                reason=reason,
                facts={"survivor": survivor, "merged_away": merged_away},
            )
            return case

        update_case(deps.repo, tenant_id, case_id, change)


def process_changes(deps: QboDeps, tenant_id: str, *, limit: int = 200) -> ProcessReport:
    """Work the stored changes of one tenant, oldest first; each is deleted once it has been applied."""
    report = ProcessReport()
    repo = deps.repo
    tenant = repo.get_tenant(tenant_id)
    if tenant is None:
        return report
    if not is_connected(repo, tenant_id):
        report.stopped = "QuickBooks is not connected"
        return report
    pending = sorted(repo.list_records(tenant_id, EVENT_KIND, StoredChange), key=lambda s: s.received_at)
    for stored in pending[:limit]:
        try:
            change = ChangeNotice.model_validate(stored.payload)
        except ValueError:
            repo.delete_record(tenant_id, EVENT_KIND, stored.event_id)
            report.ignored += 1
            continue
        try:
            touched = _handle(deps, tenant_id, change)
        except LookupError:
            touched, report.ignored = set(), report.ignored + 1  # Vendor, Class, Estimate: not receivables
        except QboReconnectError as exc:
            mark_reconnect_needed(repo, deps.clock, tenant_id, str(exc))
            report.stopped = str(exc)
            return report
        except QboApiError:
            # Kept for the next run; the daily CDC pass catches anything that never succeeds.
            report.failed += 1
            continue
        else:
            report.processed += 1
        repo.delete_record(tenant_id, EVENT_KIND, stored.event_id)
        _refresh_cases(deps, tenant, touched, actor=WEBHOOK_ACTOR, reason=f"QuickBooks {change.label}")
    return report


# --- CDC -----------------------------------------------------------------------------------------------


def run_cdc(deps: QboDeps, tenant_id: str) -> Changes | None:
    """Apply everything QBO changed since the last pass (the backstop for missed webhooks)."""
    repo, now = deps.repo, deps.clock.now()
    tenant = repo.get_tenant(tenant_id)
    if tenant is None or not is_connected(repo, tenant_id):
        return None
    cursor = repo.get_record(tenant_id, SYNC_KIND, "cdc", CdcCursor)
    since = max(cursor.changed_since if cursor else now - timedelta(days=1), now - CDC_MAX_LOOKBACK)
    try:
        changes = deps.ledger.changes_since(tenant_id, since)
    except QboReconnectError as exc:
        mark_reconnect_needed(repo, deps.clock, tenant_id, str(exc))
        return None
    touched: set[str] = set()
    for customer in changes.customers:
        if upsert_customer(repo, customer, changes.customer_markers.get(customer.customer_id)):
            touched.add(customer.customer_id)
    for invoice in changes.invoices:
        touched |= upsert_invoice(deps, invoice)
    for seen in changes.payments:
        # The linked invoices' own changes are in the same answer, so no re-read per payment.
        touched |= record_payment(deps, tenant_id, seen, refetch=False)
    for invoice_id in changes.deleted.get("Invoice", []):
        touched |= void_invoice(deps, tenant_id, invoice_id, None)
    for payment_id in changes.deleted.get("Payment", []):
        touched |= forget_payment(deps, tenant_id, payment_id)
    for customer_id in changes.credit_memo_customers:
        touched |= resync_customer(deps, tenant_id, customer_id)
    _refresh_cases(deps, tenant, touched, actor=SYNC_ACTOR, reason="QuickBooks change data capture")
    repo.put_record(tenant_id, SYNC_KIND, "cdc", CdcCursor(changed_since=changes.as_of))
    return changes


# --- backfill ------------------------------------------------------------------------------------------


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, 28))


def start_backfill(repo: Repository, clock: Clock, tenant_id: str) -> BackfillCursor:
    now = clock.now()
    cursor = BackfillCursor(since=_months_back(now.date(), HISTORY_MONTHS), started_at=now, updated_at=now)
    repo.put_record(tenant_id, SYNC_KIND, "backfill", cursor)
    return cursor


def backfill_progress(repo: Repository, tenant_id: str) -> BackfillCursor | None:
    return repo.get_record(tenant_id, SYNC_KIND, "backfill", BackfillCursor)


def paid_history(invoices: list[Invoice], payments: list[Payment], *, since: date) -> list[PaidRecord]:
    """Paid invoices with the day their last payment landed: the evidence of how a customer pays.

    Only fully paid invoices count, dated by the latest payment that paid them, so a part-paid invoice
    never looks paid early.
    """
    paid_on: dict[str, date] = {}
    for p in payments:
        for invoice_id in p.applied_to:
            paid_on[invoice_id] = max(paid_on.get(invoice_id, p.received_on), p.received_on)
    history = []
    for inv in invoices:
        day = paid_on.get(inv.invoice_id)
        if inv.status is InvoiceStatus.PAID and inv.total > 0 and day is not None and day >= since:
            history.append(
                PaidRecord(
                    invoice_number=inv.number,
                    currency=inv.currency,
                    amount=inv.total,
                    due_date=inv.due_date,
                    paid_on=day,
                )
            )
    return history


PAID_INVOICE_BATCH = 50


def _finished(cursor: BackfillCursor) -> bool:
    # A function, not an inline check: mypy narrows ``phase`` inside the loop and would call it unreachable.
    return cursor.phase == "done"


def run_backfill(
    deps: QboDeps,
    tenant_id: str,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[BackfillCursor], None] | None = None,
) -> BackfillCursor | None:
    """Continue the tenant's backfill from its cursor until done or ``should_stop()`` (a Lambda's deadline)."""
    repo = deps.repo
    tenant = repo.get_tenant(tenant_id)
    cursor = backfill_progress(repo, tenant_id)
    if tenant is None or cursor is None or cursor.phase == "done":
        return cursor
    if not is_connected(repo, tenant_id):
        return cursor

    def save(**changes: object) -> None:
        nonlocal cursor
        assert cursor is not None
        cursor = cursor.model_copy(update={**changes, "updated_at": deps.clock.now()})
        repo.put_record(tenant_id, SYNC_KIND, "backfill", cursor)
        if progress is not None:
            progress(cursor)

    def count(name: str, n: int) -> dict[str, int]:
        assert cursor is not None
        return {**cursor.counts, name: cursor.counts.get(name, 0) + n}

    try:
        while not _finished(cursor) and not should_stop():
            if cursor.phase == "customers":
                page = deps.ledger.customers(tenant_id, cursor.start)
                for customer, marker in page.items:
                    upsert_customer(repo, customer, marker)
                nxt = page.next_start
                save(
                    counts=count("customers", len(page.items)),
                    start=nxt or 1,
                    phase="customers" if nxt else "open_invoices",
                )
            elif cursor.phase == "open_invoices":
                inv_page = deps.ledger.open_invoices(tenant_id, cursor.start)
                for invoice in inv_page.items:
                    upsert_invoice(deps, invoice)
                nxt = inv_page.next_start
                save(
                    counts=count("open_invoices", len(inv_page.items)),
                    start=nxt or 1,
                    phase="open_invoices" if nxt else "payments",
                )
            elif cursor.phase == "payments":
                pay_page = deps.ledger.payments_since(tenant_id, cursor.since, cursor.start)
                for seen in pay_page.items:
                    record_payment(deps, tenant_id, seen, refetch=False)
                nxt = pay_page.next_start
                save(
                    counts=count("payments", len(pay_page.items)),
                    start=nxt or 1,
                    phase="payments" if nxt else "paid_invoices",
                )
            elif cursor.phase == "paid_invoices":
                known = {
                    r.our_id
                    for r in repo.list_records(tenant_id, OWNER_KIND, QboOwner)
                    if r.entity == "invoice"
                }
                wanted = sorted(
                    {
                        invoice_id
                        for c in repo.list_customers(tenant_id)
                        for p in repo.list_payments(tenant_id, c.customer_id)
                        for invoice_id in p.applied_to
                    }
                    - known
                )
                batch = wanted[:PAID_INVOICE_BATCH]
                found = deps.ledger.invoices_by_id(tenant_id, batch) if batch else []
                for invoice in found:
                    upsert_invoice(deps, invoice)
                for missing in set(batch) - {i.invoice_id for i in found}:
                    # Deleted in QBO since it was paid: remembered as unknown so the loop moves on.
                    _set_owner(repo, tenant_id, "invoice", missing, "")
                done = len(wanted) <= PAID_INVOICE_BATCH
                save(counts=count("paid_invoices", len(found)), phase="stats" if done else "paid_invoices")
            elif cursor.phase == "stats":
                with_open: set[str] = set()
                for customer in repo.list_customers(tenant_id):
                    if not customer.customer_id.startswith("qbo-"):
                        continue
                    invoices = repo.list_invoices(tenant_id, customer.customer_id)
                    payments = repo.list_payments(tenant_id, customer.customer_id)
                    history = paid_history(invoices, payments, since=cursor.since)
                    repo.put_customer(customer.with_history(history))
                    if any(i.is_open for i in invoices):
                        with_open.add(customer.customer_id)
                _refresh_cases(deps, tenant, with_open, actor=SYNC_ACTOR, reason="QuickBooks backfill")
                save(counts=count("customers_with_stats", 1), phase="done", finished_at=deps.clock.now())
    except QboReconnectError as exc:
        mark_reconnect_needed(repo, deps.clock, tenant_id, str(exc))
    return cursor


# --- write-back ----------------------------------------------------------------------------------------


def request_id_for(tenant_id: str, payment_id: str, applications: dict[str, Decimal]) -> str:
    """The same application always gets the same QBO ``requestid``, so a retried call is not a second payment."""
    text = "|".join([tenant_id, payment_id, *(f"{k}={v}" for k, v in sorted(applications.items()))])
    return hashlib.sha256(text.encode()).hexdigest()[:36]


def apply_payment(
    deps: QboDeps,
    tenant_id: str,
    customer_id: str,
    payment: Payment,
    applications: dict[str, Decimal],
    *,
    note: str | None = None,
) -> WriteBackRecord:
    """Record cash Argent matched as one QBO Payment linked to the invoices (``applications``: our ids)."""
    repo = deps.repo
    if not applications or any(a <= 0 for a in applications.values()):
        raise ValueError("a QBO payment needs at least one positive application")
    if sum(applications.values(), Decimal(0)) > payment.amount:
        raise ValueError(f"applications exceed payment {payment.payment_id}'s {payment.amount}")
    key = request_id_for(tenant_id, payment.payment_id, applications)
    done = repo.get_record(tenant_id, WRITEBACK_KIND, key, WriteBackRecord)
    if done is not None:
        return done
    if not is_connected(repo, tenant_id):
        raise QboReconnectError("QuickBooks is not connected for this tenant")
    try:
        if _owner(repo, tenant_id, "payment", payment.payment_id) is not None:
            # The cash is already in QuickBooks, unapplied: link that payment. A new Payment would count
            # the same money twice in the customer's balance and the undeposited funds.
            qbo_id = deps.ledger.link_payment(tenant_id, payment.payment_id, applications)
        else:
            qbo_id = deps.ledger.apply_payment(tenant_id, customer_id, payment, applications, key)
    except QboReconnectError as exc:
        mark_reconnect_needed(repo, deps.clock, tenant_id, str(exc))
        raise
    record = WriteBackRecord(
        payment_id=payment.payment_id,
        request_id=key,
        qbo_payment_id=qbo_id,
        applications=applications,
        at=deps.clock.now(),
    )
    repo.put_record(tenant_id, WRITEBACK_KIND, key, record)
    settings = repo.get_record(tenant_id, SETTINGS_KIND, "current", QboSettings) or QboSettings()
    if note and settings.write_notes:
        deps.ledger.add_customer_note(tenant_id, customer_id, note)
    return record


class QboCashWriteBack:
    """The ``CashWriteBack`` port over ``apply_payment``: one QBO Payment per invoice application."""

    def __init__(self, deps_factory: Callable[[], QboDeps]) -> None:
        # A factory: a deployment without QuickBooks never builds (or needs keys for) the gateway.
        self._deps_factory = deps_factory

    def record_application(self, tenant_id: str, invoice: Invoice, payment: Payment, amount: Decimal) -> None:
        if invoice.source is not InvoiceSource.QUICKBOOKS:
            return
        note = (
            f"Argent applied {amount} {payment.currency} received {payment.received_on.isoformat()} "
            f"(ref {payment.reference or payment.payment_id}) to invoice {invoice.number}."
        )
        try:
            apply_payment(
                self._deps_factory(),
                tenant_id,
                invoice.customer_id,
                payment,
                {invoice.invoice_id: amount},
                note=note,
            )
        except QboReconnectError as exc:
            raise WriteBackError(f"QuickBooks needs a reconnect: {exc}", retryable=True) from exc
        except QboApiError as exc:
            # 4xx validation faults will fail the same way again; throttling and 5xx may pass later.
            retryable = exc.status is None or exc.status == 429 or exc.status >= 500
            raise WriteBackError(f"QuickBooks refused the payment: {exc}", retryable=retryable) from exc
        except QboError as exc:
            raise WriteBackError(f"QuickBooks unavailable: {exc}", retryable=True) from exc
