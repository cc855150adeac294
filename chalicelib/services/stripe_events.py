"""Stripe: webhook intake, processing by re-fetch, backfill and the pre-send freshness check.

Intake (the route, kept fast): the signature is already verified; the event is routed by its ``account`` to
the tenant that installed it (an unknown account is acknowledged and ignored, never given to anyone else),
stored once per event id (a first-writer-wins record is the dedupe and the store in one write) and marked
pending. Nothing else happens in the request: Stripe wants a 2xx quickly and retries on timeouts.

Processing (``process_pending``; the ``stripe_events`` schedule on AWS, right away in local mode): an event
says that something changed, not what is true now, and Stripe neither orders nor de-duplicates deliveries.
So every event re-reads the authoritative object through the ``StripeGateway`` port and writes our copy
only if that read is not older than the one we hold (``source_updated_at`` = when we read it). Five copies
of ``invoice.paid``, or ``invoice.paid`` before ``invoice.finalized``, therefore leave one state: Stripe's.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.decision import Purpose
from chalicelib.domain.ledger import (
    Contact,
    ContactRole,
    Customer,
    Invoice,
    InvoicePause,
    InvoiceSource,
    InvoiceStatus,
    PaidRecord,
    Payment,
)
from chalicelib.domain.money import ISO_CURRENCIES, minor_units
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.domain.payment_failures import (
    FailureBucket,
    FailureClassification,
    NextStep,
    classify,
    plan_retry,
)
from chalicelib.domain.tenant import Tenant
from chalicelib.services.cases import refresh_customer_case, update_case
from chalicelib.services.cash import UNAPPLIED_KIND
from chalicelib.services.escalations import raise_escalation
from chalicelib.services.ports import Clock, FreshnessCheck, Repository, WriteBackError
from chalicelib.services.webhooks import StoredEvent, WebhookOutcome

ACTOR = "webhook:stripe"
log = logging.getLogger(__name__)
EVENT_KIND = "stripe_event"
PENDING_KIND = "stripe_pending"
CONNECTION_KIND = "stripe_connection"
BACKFILL_KIND = "stripe_backfill"
MARKER_KIND = "stripe_marker"
RETRY_KIND = "stripe_retry"
DISPUTE_KIND = "dispute"
HISTORY_MONTHS = 24
DISPUTE_PAUSE_PREFIX = "chargeback "


# --- the port ---------------------------------------------------------------------------------------


class StripeUnavailableError(RuntimeError):
    """Stripe could not answer now (rate limit, 5xx, network) after the adapter's own retries."""


class StripeAuthError(RuntimeError):
    """The tenant's grant is gone (uninstalled, revoked): nothing to do until they reconnect."""


class Page(BaseModel):
    items: list[dict[str, Any]]
    has_more: bool


# ``cash_balance`` is read by the customer's id (Stripe's GET /v1/customers/{id}/cash_balance).
ObjectKind = Literal[
    "invoice", "customer", "charge", "payment_intent", "dispute", "credit_note", "cash_balance"
]


class StripeGateway(Protocol):
    """Stripe's API as Argent uses it, on the tenant's own account; objects are plain JSON dicts."""

    def retrieve(self, tenant_id: str, kind: ObjectKind, object_id: str) -> dict[str, Any] | None:
        """The object now, or None when Stripe says it does not exist."""
        ...

    def invoice_for_payment_intent(self, tenant_id: str, payment_intent_id: str) -> str | None: ...
    def list_customers(self, tenant_id: str, *, starting_after: str | None, limit: int) -> Page: ...
    def list_invoices(
        self,
        tenant_id: str,
        *,
        status: str,
        created_gte: int | None,
        starting_after: str | None,
        limit: int,
    ) -> Page: ...
    def pay_invoice(self, tenant_id: str, invoice_id: str, *, idempotency_key: str) -> dict[str, Any]: ...
    def mark_paid_out_of_band(
        self, tenant_id: str, invoice_id: str, *, idempotency_key: str
    ) -> dict[str, Any]:
        """``POST /v1/invoices/{id}/pay`` with ``paid_out_of_band``: the invoice was paid outside Stripe."""
        ...

    def attach_payment_intent(
        self, tenant_id: str, invoice_id: str, payment_intent_id: str, *, idempotency_key: str
    ) -> dict[str, Any]:
        """``POST /v1/invoices/{id}/attach_payment``: a succeeded PaymentIntent is credited to the invoice
        (in part or in full; Stripe's partial payments)."""
        ...


# --- records ----------------------------------------------------------------------------------------


class StripeEventRecord(StoredEvent):
    account: str
    processed_at: datetime | None = None
    outcome: str | None = None
    attempts: int = 0
    last_error: str | None = None


class PendingEvent(BaseModel):
    event_id: str
    received_at: datetime


class StripeConnection(BaseModel):
    account_id: str
    status: Literal["connected", "disconnected"]
    connected_at: datetime
    disconnected_at: datetime | None = None
    livemode: bool = False
    # Our own payment retries, only used where Stripe does not retry the invoice itself.
    own_retries: bool = False
    # Who tells the customer what to do after a decline only they can fix. "stripe" when the account's own
    # failed-payment and 3-D Secure emails are on (Stripe's API does not expose those settings), so the
    # customer never gets both.
    failure_emails: Literal["argent", "stripe"] = "argent"
    # The account's bank-transfer reconciliation setting, for customers on ``merchant_default`` (the API
    # does not expose the account's own setting; Stripe's default is automatic).
    cash_balance_reconciliation: Literal["automatic", "manual"] = "automatic"


class SyncMarker(BaseModel):
    read_at: str


class DisputeRecord(BaseModel):
    dispute_id: str
    charge_id: str | None
    invoice_id: str | None
    customer_id: str | None
    amount: Decimal
    currency: str
    reason: str
    status: str
    opened_at: datetime
    closed_at: datetime | None = None


class RetryPlan(BaseModel):
    invoice_id: str
    customer_id: str
    bucket: FailureBucket
    code: str
    attempts: int = 0
    retry_at: datetime | None = None
    stopped: bool = False


class BackfillCursor(BaseModel):
    phase: str = "customers"  # customers -> open_invoices -> paid_invoices -> done
    starting_after: str | None = None
    created_gte: int
    counts: dict[str, int] = Field(default_factory=dict)
    started_at: datetime
    finished_at: datetime | None = None


class TokenEraser(Protocol):
    def delete(self, tenant_id: str) -> None: ...


class CustomerAnswer(Protocol):
    """Send the customer one message about some invoices, once per request id (the sweep's answer)."""

    def __call__(
        self, tenant_id: str, case_id: str, purpose: Purpose, request_id: str, invoice_ids: tuple[str, ...]
    ) -> str: ...


@dataclass
class StripeDeps:
    repo: Repository
    clock: Clock
    gateway: StripeGateway
    vault: TokenEraser | None = None
    # Tells the customer what to do after a decline only they can fix; None records the need only.
    answer: CustomerAnswer | None = None


# What the customer is asked after a decline they must fix (the decline's next step → the message's purpose).
_ASK_CUSTOMER = {
    NextStep.SEND_HOSTED_INVOICE_LINK: Purpose.CONFIRM_PAYMENT,
    NextStep.ASK_FOR_NEW_CARD: Purpose.UPDATE_PAYMENT_METHOD,
    NextStep.ASK_FOR_NEW_METHOD_AND_ESCALATE: Purpose.UPDATE_PAYMENT_METHOD,
}


# --- intake -----------------------------------------------------------------------------------------


class BadStripeEventError(ValueError):
    """A signed body that is not a Stripe event: a 400 with this message."""


def accept_event(repo: Repository, clock: Clock, event: Any) -> WebhookOutcome:
    """Route, store once and mark pending. The whole of the request's work after verification."""
    if (
        not isinstance(event, dict)
        or not isinstance(event.get("id"), str)
        or not isinstance(event.get("type"), str)
    ):
        raise BadStripeEventError("not a Stripe event: id and type are required")
    account = event.get("account")
    if not isinstance(account, str) or not account:
        return WebhookOutcome(status="ignored", reason="event without a connected account")
    tenant_id = repo.route("stripe", account)
    if tenant_id is None:
        return WebhookOutcome(status="ignored", reason=f"no tenant has installed Stripe account {account}")
    now = clock.now()
    event_id = event["id"]
    record = StripeEventRecord(
        provider="stripe",
        event_id=event_id,
        kind=event["type"],
        received_at=now,
        payload=event,
        account=account,
    )
    if not repo.put_record(tenant_id, EVENT_KIND, event_id, record, if_absent=True):
        stored = repo.get_record(tenant_id, EVENT_KIND, event_id, StripeEventRecord)
        if stored is not None and stored.processed_at is None:
            # A crash between the two writes must not lose the event: a redelivery re-marks it.
            repo.put_record(
                tenant_id, PENDING_KIND, event_id, PendingEvent(event_id=event_id, received_at=now)
            )
        return WebhookOutcome(
            status="duplicate", reason=f"stripe event {event_id} already received", tenant_id=tenant_id
        )
    repo.put_record(tenant_id, PENDING_KIND, event_id, PendingEvent(event_id=event_id, received_at=now))
    return WebhookOutcome(status="accepted", reason=f"{event['type']} stored", tenant_id=tenant_id)


# --- processing -------------------------------------------------------------------------------------


class ProcessReport(BaseModel):
    processed: int = 0
    failed: int = 0
    outcomes: list[str] = Field(default_factory=list)


def connection(repo: Repository, tenant_id: str) -> StripeConnection | None:
    return repo.get_record(tenant_id, CONNECTION_KIND, "current", StripeConnection)


def is_connected(repo: Repository, tenant_id: str) -> bool:
    conn = connection(repo, tenant_id)
    return conn is not None and conn.status == "connected"


def process_pending(deps: StripeDeps, tenant_id: str, *, limit: int | None = None) -> ProcessReport:
    """Work the tenant's pending events, oldest first. A failure leaves that event pending for the next run."""
    report = ProcessReport()
    pending = sorted(
        deps.repo.list_records(tenant_id, PENDING_KIND, PendingEvent),
        key=lambda p: (p.received_at, p.event_id),
    )
    for marker in pending[:limit]:
        stored = deps.repo.get_record(tenant_id, EVENT_KIND, marker.event_id, StripeEventRecord)
        if stored is None or stored.processed_at is not None:
            deps.repo.delete_record(tenant_id, PENDING_KIND, marker.event_id)
            continue
        try:
            outcome = process_event(deps, tenant_id, stored.payload)
        except StripeUnavailableError as exc:
            report.failed += 1
            stored.attempts += 1
            stored.last_error = str(exc)
            deps.repo.put_record(tenant_id, EVENT_KIND, stored.event_id, stored)
            continue
        stored.processed_at = deps.clock.now()
        stored.outcome = outcome
        stored.attempts += 1
        deps.repo.put_record(tenant_id, EVENT_KIND, stored.event_id, stored)
        deps.repo.delete_record(tenant_id, PENDING_KIND, stored.event_id)
        report.processed += 1
        report.outcomes.append(f"{stored.kind} {stored.event_id}: {outcome}")
    return report


def process_event(deps: StripeDeps, tenant_id: str, event: dict[str, Any]) -> str:
    """Apply one event by re-reading what it names. Idempotent and order-tolerant; returns what it did."""
    kind = str(event.get("type"))
    obj = (event.get("data") or {}).get("object") or {}
    if kind in ("account.application.deauthorized", "account.application.uninstalled"):
        return disconnect(deps.repo, deps.clock, tenant_id, reason=kind, vault=deps.vault)
    if not is_connected(deps.repo, tenant_id):
        return "ignored: Stripe is not connected for this tenant"
    tenant = deps.repo.get_tenant(tenant_id)
    if tenant is None:
        return "ignored: unknown tenant"
    handler = _HANDLERS.get(kind)
    if handler is None:
        return f"ignored: {kind} is not used"
    return handler(deps, tenant, obj, event)


def _read_marker(deps: StripeDeps) -> str:
    return deps.clock.now().astimezone(UTC).isoformat(timespec="microseconds")


def _date(ts: Any) -> date | None:
    return datetime.fromtimestamp(int(ts), UTC).date() if isinstance(ts, int) else None


def amount_of(minor: int, currency: str) -> Decimal:
    """Stripe's integer minor units as a Decimal in the currency's own exponent (JPY 500 -> 500)."""
    return Decimal(int(minor)).scaleb(-minor_units(currency))


def _currency(code: Any) -> str | None:
    text = str(code or "").upper()
    return text if text in ISO_CURRENCIES else None


_STATUS = {
    "open": InvoiceStatus.OPEN,
    "paid": InvoiceStatus.PAID,
    "void": InvoiceStatus.VOID,
    "uncollectible": InvoiceStatus.UNCOLLECTIBLE,
}


def map_invoice(tenant_id: str, obj: dict[str, Any], *, read_at: str) -> Invoice | None:
    """A Stripe invoice as our Invoice; None for drafts and invoices without a customer (nothing to chase)."""
    status = _STATUS.get(str(obj.get("status")))
    currency = _currency(obj.get("currency"))
    customer_id = obj.get("customer")
    if status is None or currency is None or not isinstance(customer_id, str):
        return None
    transitions = obj.get("status_transitions") or {}
    issue = _date(transitions.get("finalized_at")) or _date(obj.get("created"))
    if issue is None:
        return None
    # Charged automatically means due when finalized; Stripe leaves due_date empty then.
    due = max(_date(obj.get("due_date")) or issue, issue)
    total = amount_of(int(obj.get("amount_due") or 0), currency)
    balance = (
        Decimal(0)
        if status is InvoiceStatus.PAID
        else min(amount_of(int(obj.get("amount_remaining") or 0), currency), total)
    )
    return Invoice(
        tenant_id=tenant_id,
        invoice_id=str(obj["id"]),
        customer_id=customer_id,
        source=InvoiceSource.STRIPE,
        number=str(obj.get("number") or obj["id"]),
        currency=currency,
        total=total,
        balance=balance,
        issue_date=issue,
        due_date=due,
        status=status,
        pay_url=obj.get("hosted_invoice_url"),
        source_updated_at=read_at,
    )


def _valid_zone(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return value


def map_customer(tenant_id: str, obj: dict[str, Any], existing: Customer | None) -> Customer:
    """Stripe's customer onto ours: the billing email, preferred locale and (from metadata) the time zone.

    Contacts Argent learned itself (an AP mailbox from a reply, a bounce mark) are kept.
    """
    email = obj.get("email")
    contacts = list(existing.contacts) if existing else []
    if isinstance(email, str) and "@" in email:
        known = {c.email.lower() for c in contacts}
        if email.lower() not in known:
            # The old Stripe billing address is replaced, not kept next to the new one.
            contacts = [c for c in contacts if c.role is not ContactRole.BILLING]
            with contextlib.suppress(ValueError):  # an address Stripe accepted but we cannot mail
                contacts.insert(
                    0, Contact(email=email, name=obj.get("name") or None, role=ContactRole.BILLING)
                )
    locales = obj.get("preferred_locales") or []
    locale = existing.locale if existing else "en"
    if locales and isinstance(locales[0], str):
        locale = locales[0]
    metadata = obj.get("metadata") or {}
    zone = (
        _valid_zone(metadata.get("time_zone"))
        or _valid_zone(metadata.get("timezone"))
        or (existing.time_zone if existing else "UTC")
    )
    name = obj.get("name") or obj.get("description") or email or str(obj["id"])
    base = existing or Customer(tenant_id=tenant_id, customer_id=str(obj["id"]), name=str(name))
    values = {**base.model_dump(), "name": str(name), "contacts": contacts, "time_zone": zone}
    if isinstance(obj.get("currency"), str) and _currency(obj["currency"]):
        values["currency"] = _currency(obj["currency"])
    try:
        return Customer.model_validate({**values, "locale": locale})
    except ValueError:
        # An odd locale must not lose the contact update.
        return Customer.model_validate(values)


def _marker_ok(repo: Repository, tenant_id: str, key: str, read_at: str) -> bool:
    stored = repo.get_record(tenant_id, MARKER_KIND, key, SyncMarker)
    return stored is None or stored.read_at <= read_at


def sync_customer(deps: StripeDeps, tenant_id: str, customer_id: str) -> Customer | None:
    read_at = _read_marker(deps)
    obj = deps.gateway.retrieve(tenant_id, "customer", customer_id)
    existing = deps.repo.get_customer(tenant_id, customer_id)
    if obj is None or obj.get("deleted"):
        return existing
    if not _marker_ok(deps.repo, tenant_id, f"customer:{customer_id}", read_at):
        return existing
    customer = map_customer(tenant_id, obj, existing)
    deps.repo.put_customer(customer)
    deps.repo.put_record(tenant_id, MARKER_KIND, f"customer:{customer_id}", SyncMarker(read_at=read_at))
    return customer


def sync_invoice(deps: StripeDeps, tenant_id: str, invoice_id: str) -> Invoice | None:
    """Re-read the invoice and keep it unless our copy comes from a later read. Returns what we now hold."""
    read_at = _read_marker(deps)
    obj = deps.gateway.retrieve(tenant_id, "invoice", invoice_id)
    if obj is None:
        return None
    return store_invoice(deps, tenant_id, obj, read_at=read_at)


def store_invoice(deps: StripeDeps, tenant_id: str, obj: dict[str, Any], *, read_at: str) -> Invoice | None:
    invoice = map_invoice(tenant_id, obj, read_at=read_at)
    if invoice is None:
        return None
    if deps.repo.get_customer(tenant_id, invoice.customer_id) is None:
        sync_customer(deps, tenant_id, invoice.customer_id)
        if deps.repo.get_customer(tenant_id, invoice.customer_id) is None:
            # The customer cannot be read (deleted at Stripe, or no twin data): the invoice's own copy of
            # the customer's name and email is still who owes it.
            stand_in = {
                "id": invoice.customer_id,
                "email": obj.get("customer_email"),
                "name": obj.get("customer_name"),
                "preferred_locales": obj.get("customer_preferred_locales") or [],
            }
            deps.repo.put_customer(map_customer(tenant_id, stand_in, None))
    held = deps.repo.get_invoice(tenant_id, invoice.customer_id, invoice.invoice_id)
    if held is not None and held.source_updated_at and held.source_updated_at > read_at:
        return held
    if held is not None and held.pause is not None:
        invoice = invoice.model_copy(update={"pause": held.pause})
    deps.repo.put_invoice(invoice)
    return invoice


def _refresh(deps: StripeDeps, tenant: Tenant, customer_id: str, reason: str) -> Case | None:
    return refresh_customer_case(deps.repo, deps.clock, tenant, customer_id, actor=ACTOR, reason=reason)


def _on_case(
    deps: StripeDeps, tenant: Tenant, customer_id: str, change: Callable[[Case], None], *, why: str
) -> Case | None:
    """Apply ``change`` to the customer's case, first opening (or watching) it from the ledger if needed."""
    _refresh(deps, tenant, customer_id, why)
    now = deps.clock.now()

    def apply(case: Case | None) -> Case | None:
        if case is None:
            case = Case.watch(
                tenant_id=tenant.tenant_id, customer_id=customer_id, at=now, actor=ACTOR, reason=why, facts={}
            )
        change(case)
        return case

    return update_case(deps.repo, tenant.tenant_id, customer_id, apply)


def _invoice_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    kind = str(event["type"])
    invoice_id = obj.get("invoice") if kind.startswith("invoice_payment.") else obj.get("id")
    if not isinstance(invoice_id, str):
        return "ignored: no invoice id"
    invoice = sync_invoice(deps, tenant.tenant_id, invoice_id)
    if invoice is None:
        return f"ignored: invoice {invoice_id} is a draft, deleted or has no customer"
    _refresh(deps, tenant, invoice.customer_id, f"Stripe {kind} for {invoice.number}")
    if kind in ("invoice.payment_failed", "invoice.payment_action_required") and invoice.is_open:
        return _payment_failed(deps, tenant, invoice, kind)
    if invoice.status is not InvoiceStatus.OPEN:
        _cancel_retries(deps, tenant.tenant_id, invoice.invoice_id)
    return f"invoice {invoice.number} is {invoice.status.value}, balance {invoice.balance} {invoice.currency}"


def _failure_of(
    deps: StripeDeps, tenant_id: str, invoice: dict[str, Any], kind: str
) -> FailureClassification:
    if kind == "invoice.payment_action_required":
        return classify("authentication_required")
    pi_id = invoice.get("payment_intent")
    if not isinstance(pi_id, str):
        payments = ((invoice.get("payments") or {}).get("data")) or []
        for row in reversed(payments):
            candidate = (row.get("payment") or {}).get("payment_intent")
            if isinstance(candidate, str):
                pi_id = candidate
                break
    if isinstance(pi_id, str):
        pi = deps.gateway.retrieve(tenant_id, "payment_intent", pi_id) or {}
        error = pi.get("last_payment_error") or {}
        if error:
            return classify(error.get("decline_code"), error.get("code"))
    charge_id = invoice.get("charge")
    if isinstance(charge_id, str):
        charge = deps.gateway.retrieve(tenant_id, "charge", charge_id) or {}
        outcome = charge.get("outcome") or {}
        return classify(outcome.get("reason"), charge.get("failure_code"))
    return classify(None)


def _payment_failed(deps: StripeDeps, tenant: Tenant, invoice: Invoice, kind: str) -> str:
    tenant_id = tenant.tenant_id
    obj = deps.gateway.retrieve(tenant_id, "invoice", invoice.invoice_id) or {}
    failure = _failure_of(deps, tenant_id, obj, kind)
    now = deps.clock.now()
    stripe_next = obj.get("next_payment_attempt")
    stripe_retries_at = datetime.fromtimestamp(stripe_next, UTC) if isinstance(stripe_next, int) else None
    plan = deps.repo.get_record(tenant_id, RETRY_KIND, invoice.invoice_id, RetryPlan) or RetryPlan(
        invoice_id=invoice.invoice_id,
        customer_id=invoice.customer_id,
        bucket=failure.bucket,
        code=failure.code,
    )
    conn = connection(deps.repo, tenant_id)
    decision = plan_retry(
        failure,
        failed_at=now,
        stripe_retries_at=stripe_retries_at,
        own_retries_enabled=bool(conn and conn.own_retries),
        own_attempts_so_far=plan.attempts,
    )
    plan = plan.model_copy(
        update={
            "bucket": failure.bucket,
            "code": failure.code,
            "retry_at": decision.retry_at,
            "stopped": decision.stop_retries,
        }
    )
    deps.repo.put_record(tenant_id, RETRY_KIND, invoice.invoice_id, plan)
    facts: dict[str, Any] = {
        "invoice_id": invoice.invoice_id,
        "decline_code": failure.code or None,
        "bucket": failure.bucket.value,
        "next_step": failure.next_step.value,
        "retry": decision.reason,
        "retry_at": decision.retry_at.isoformat() if decision.retry_at else None,
    }
    if failure.next_step is NextStep.SEND_HOSTED_INVOICE_LINK:
        facts["hosted_invoice_url"] = invoice.pay_url

    def change(case: Case) -> None:
        case.record(
            "PaymentFailed",
            at=now,
            actor=ACTOR,
            reason=f"{invoice.number}: {failure.reason}; {decision.reason}",
            facts=facts,
        )
        if failure.bucket is FailureBucket.NEVER_RETRY and case.can_transition(CaseState.ESCALATED):
            case.escalate(
                f"{invoice.number}: {failure.code} - retries stopped, a new payment method is needed",
                at=now,
                actor=ACTOR,
                facts={"invoice_id": invoice.invoice_id, "decline_code": failure.code},
            )

    case = _on_case(
        deps, tenant, invoice.customer_id, change, why=f"Stripe payment failure on {invoice.number}"
    )
    done = f"payment failed on {invoice.number}: {failure.bucket.value} ({failure.code or 'no code'})"
    purpose = _ASK_CUSTOMER.get(failure.next_step)
    if purpose is None or case is None:
        return done
    if deps.answer is None or (conn is not None and conn.failure_emails == "stripe"):
        return f"{done}; the customer is not written to by Argent (Stripe's own emails, or no sender)"
    # One message per payment attempt: invoice.payment_failed and payment_action_required for the same
    # attempt, or a redelivery, share the request id, so the customer hears about it once.
    attempt = obj.get("attempt_count")
    request_id = (
        f"stripe-{invoice.invoice_id}-attempt-{attempt if isinstance(attempt, int) else failure.code}"
    )
    try:
        result = deps.answer(tenant_id, case.case_id, purpose, request_id, (invoice.invoice_id,))
    except Exception as exc:
        # The failure itself is recorded; the message is handed to a person rather than lost or retried
        # by re-processing the event (which would record the failure twice).
        log.warning("could not write to the customer about %s: %s", invoice.number, exc)
        raise_escalation(
            deps.repo,
            tenant_id,
            f"payment-message:{request_id}",
            reason=f"{invoice.number}: {failure.reason}; the message to the customer could not be sent ({exc})",
            at=deps.clock.now(),
            source="stripe",
            case_id=case.case_id,
            next_step="send the customer the invoice's pay link and ask them to pay with another method",
        )
        return f"{done}; {purpose.value} not sent, handed to a person: {exc}"
    return f"{done}; {purpose.value}: {result}"


def _cancel_retries(deps: StripeDeps, tenant_id: str, invoice_id: str) -> None:
    plan = deps.repo.get_record(tenant_id, RETRY_KIND, invoice_id, RetryPlan)
    if plan is not None and plan.retry_at is not None:
        deps.repo.put_record(tenant_id, RETRY_KIND, invoice_id, plan.model_copy(update={"retry_at": None}))


def run_due_retries(deps: StripeDeps, tenant_id: str) -> int:
    """Our own retries that are due (only ever planned where Stripe does not retry). One charge per slot."""
    now = deps.clock.now()
    done = 0
    for plan in deps.repo.list_records(tenant_id, RETRY_KIND, RetryPlan):
        if plan.stopped or plan.retry_at is None or plan.retry_at > now:
            continue
        attempt = plan.attempts + 1
        # Moved first, so a crash after the charge cannot make a second one; the idempotency key makes a
        # repeated call with the same slot a no-op at Stripe too.
        deps.repo.put_record(
            tenant_id,
            RETRY_KIND,
            plan.invoice_id,
            plan.model_copy(update={"attempts": attempt, "retry_at": None}),
        )
        deps.gateway.pay_invoice(
            tenant_id, plan.invoice_id, idempotency_key=f"argent-retry-{plan.invoice_id}-{attempt}"
        )
        done += 1
    return done


def _invoice_of_charge(deps: StripeDeps, tenant_id: str, charge: dict[str, Any]) -> str | None:
    invoice_id = charge.get("invoice")
    if isinstance(invoice_id, str):
        return invoice_id
    pi = charge.get("payment_intent")
    return deps.gateway.invoice_for_payment_intent(tenant_id, pi) if isinstance(pi, str) else None


def _dispute_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    tenant_id = tenant.tenant_id
    dispute = deps.gateway.retrieve(tenant_id, "dispute", str(obj.get("id"))) or obj
    charge_id = dispute.get("charge") if isinstance(dispute.get("charge"), str) else None
    charge = deps.gateway.retrieve(tenant_id, "charge", charge_id) if charge_id else None
    # Newer API versions name the payment intent on the dispute itself; the charge may say less.
    via = charge or {"payment_intent": dispute.get("payment_intent")}
    invoice_id = _invoice_of_charge(deps, tenant_id, via)
    invoice = sync_invoice(deps, tenant_id, invoice_id) if invoice_id else None
    customer_id = invoice.customer_id if invoice else (charge or {}).get("customer")
    currency = _currency(dispute.get("currency")) or "USD"
    now = deps.clock.now()
    closed = event["type"] == "charge.dispute.closed" or dispute.get("status") in ("won", "lost")
    held = deps.repo.get_record(tenant_id, DISPUTE_KIND, str(dispute["id"]), DisputeRecord)
    record = DisputeRecord(
        dispute_id=str(dispute["id"]),
        charge_id=charge_id,
        invoice_id=invoice.invoice_id if invoice else None,
        customer_id=customer_id if isinstance(customer_id, str) else None,
        amount=amount_of(int(dispute.get("amount") or 0), currency),
        currency=currency,
        reason=str(dispute.get("reason") or "unknown"),
        status=str(dispute.get("status") or "unknown"),
        opened_at=held.opened_at if held else now,
        closed_at=(held.closed_at if held and held.closed_at else now) if closed else None,
    )
    deps.repo.put_record(tenant_id, DISPUTE_KIND, record.dispute_id, record)
    if invoice is not None:
        pause_reason = f"{DISPUTE_PAUSE_PREFIX}{record.dispute_id} ({record.reason})"
        current = deps.repo.get_invoice(tenant_id, invoice.customer_id, invoice.invoice_id) or invoice
        if not closed and current.pause is None:
            deps.repo.put_invoice(current.model_copy(update={"pause": InvoicePause(reason=pause_reason)}))
        elif closed and current.pause is not None and current.pause.reason == pause_reason:
            deps.repo.put_invoice(current.model_copy(update={"pause": None}))
    if record.customer_id is None or deps.repo.get_customer(tenant_id, record.customer_id) is None:
        return f"dispute {record.dispute_id} kept; its customer is unknown here"
    facts = {
        "dispute_id": record.dispute_id,
        "invoice_id": record.invoice_id,
        "amount": str(record.amount),
        "currency": record.currency,
        "reason": record.reason,
        "status": record.status,
    }
    already = held is not None and (held.closed_at is not None) == closed

    def change(case: Case) -> None:
        if already:
            return
        if closed:
            case.record(
                "DisputeClosed", at=now, actor=ACTOR, reason=f"chargeback {record.status}", facts=facts
            )
            return
        why = f"chargeback {record.dispute_id} ({record.reason}) on {record.amount} {record.currency}"
        if case.state is CaseState.RESOLVED:
            case.transition(
                CaseState.ACTIVE_CHASE, at=now, actor=ACTOR, kind="CaseReopened", reason=why, facts=facts
            )
        case.record("DisputeOpened", at=now, actor=ACTOR, reason=why, facts=facts)
        if case.can_transition(CaseState.ESCALATED):
            # High priority: the bank's deadline for evidence runs from now.
            case.escalate(
                f"{why}: a person must answer the bank",
                at=now,
                actor=ACTOR,
                facts={**facts, "priority": "high"},
            )

    _on_case(deps, tenant, record.customer_id, change, why=f"Stripe {event['type']}")
    return f"dispute {record.dispute_id} {'closed' if closed else 'opened'} ({record.status})"


def _refund_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    tenant_id = tenant.tenant_id
    charge = deps.gateway.retrieve(tenant_id, "charge", str(obj.get("id"))) or obj
    invoice_id = _invoice_of_charge(deps, tenant_id, charge)
    invoice = sync_invoice(deps, tenant_id, invoice_id) if invoice_id else None
    currency = _currency(charge.get("currency")) or "USD"
    refunded = amount_of(int(charge.get("amount_refunded") or 0), currency)
    customer_id = invoice.customer_id if invoice else charge.get("customer")
    if not isinstance(customer_id, str) or deps.repo.get_customer(tenant_id, customer_id) is None:
        return f"refund of {refunded} {currency} on {charge.get('id')}: no known customer"
    now = deps.clock.now()
    facts = {
        "charge_id": charge.get("id"),
        "invoice_id": invoice_id,
        "refunded": str(refunded),
        "currency": currency,
    }
    key = f"refund:{charge.get('id')}:{charge.get('amount_refunded')}"
    first = deps.repo.put_record(
        tenant_id, MARKER_KIND, key, SyncMarker(read_at=_read_marker(deps)), if_absent=True
    )

    def change(case: Case) -> None:
        if first:
            case.record(
                "RefundRecorded", at=now, actor=ACTOR, reason=f"{refunded} {currency} refunded", facts=facts
            )

    _on_case(deps, tenant, customer_id, change, why="Stripe charge.refunded")
    return f"refund of {refunded} {currency} recorded"


def _credit_note_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    tenant_id = tenant.tenant_id
    note = deps.gateway.retrieve(tenant_id, "credit_note", str(obj.get("id"))) or obj
    invoice_id = note.get("invoice")
    if not isinstance(invoice_id, str):
        return "ignored: credit note without an invoice"
    invoice = sync_invoice(deps, tenant_id, invoice_id)
    if invoice is None:
        return f"ignored: invoice {invoice_id} not chased"
    currency = _currency(note.get("currency")) or invoice.currency
    amount = amount_of(int(note.get("total") or note.get("amount") or 0), currency)
    now = deps.clock.now()
    facts = {
        "credit_note_id": note.get("id"),
        "invoice_id": invoice_id,
        "amount": str(amount),
        "status": note.get("status"),
    }
    first = deps.repo.put_record(
        tenant_id,
        MARKER_KIND,
        f"{event['type']}:{note.get('id')}",
        SyncMarker(read_at=_read_marker(deps)),
        if_absent=True,
    )
    kind = "CreditNoteVoided" if event["type"] == "credit_note.voided" else "CreditNoteIssued"

    def change(case: Case) -> None:
        if first:
            case.record(
                kind, at=now, actor=ACTOR, reason=f"{amount} {currency} on {invoice.number}", facts=facts
            )

    _on_case(deps, tenant, invoice.customer_id, change, why=f"Stripe {event['type']}")
    return f"{kind} {amount} {currency}; {invoice.number} balance now {invoice.balance}"


def _customer_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    customer = sync_customer(deps, tenant.tenant_id, str(obj.get("id")))
    if customer is None:
        return "ignored: customer unknown"
    if deps.repo.get_case(tenant.tenant_id, customer.customer_id) is not None:
        # Locale and time zone move the next reminder into the customer's new hours.
        _refresh(deps, tenant, customer.customer_id, "Stripe customer.updated")
    return f"customer {customer.customer_id} updated ({len(customer.contacts)} contact(s), {customer.locale}, {customer.time_zone})"


def _payment_intent_event(
    deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]
) -> str:
    tenant_id = tenant.tenant_id
    pi = deps.gateway.retrieve(tenant_id, "payment_intent", str(obj.get("id"))) or obj
    if pi.get("status") != "succeeded":
        return f"ignored: payment intent is {pi.get('status')}"
    invoice_id = pi.get("invoice") if isinstance(pi.get("invoice"), str) else None
    invoice_id = invoice_id or deps.gateway.invoice_for_payment_intent(tenant_id, str(pi["id"]))
    if invoice_id:
        invoice = sync_invoice(deps, tenant_id, invoice_id)
        if invoice is not None:
            _refresh(deps, tenant, invoice.customer_id, "Stripe payment_intent.succeeded")
        return f"payment for invoice {invoice_id}: handled through the invoice"
    currency = _currency(pi.get("currency"))
    received = int(pi.get("amount_received") or pi.get("amount") or 0)
    if currency is None or received <= 0:
        return "ignored: payment without an amount"
    customer_id = pi.get("customer") if isinstance(pi.get("customer"), str) else None
    payer = deps.repo.get_customer(tenant_id, customer_id) if customer_id else None
    payment = Payment(
        tenant_id=tenant_id,
        payment_id=str(pi["id"]),
        customer_id=customer_id,
        amount=amount_of(received, currency),
        currency=currency,
        received_on=_date(pi.get("created")) or deps.clock.now().date(),
        reference=pi.get("description") or None,
        payer_name=payer.name if payer else None,
    )
    # Cash application (domain/cashapp) matches it later; we never guess an invoice here.
    return _keep_unapplied(deps, tenant_id, payment, "without an invoice")


def _keep_unapplied(deps: StripeDeps, tenant_id: str, payment: Payment, why: str) -> str:
    """Keep money that names no invoice for cash application (once per payment id) and note it on the case."""
    if not deps.repo.put_record(tenant_id, UNAPPLIED_KIND, payment.payment_id, payment, if_absent=True):
        return f"unapplied payment {payment.payment_id} already kept"
    customer_id = payment.customer_id
    if customer_id and deps.repo.get_case(tenant_id, customer_id) is not None:
        now = deps.clock.now()

        def change(case: Case | None) -> Case | None:
            if case is None:
                return None
            case.record(
                "UnappliedPaymentReceived",
                at=now,
                actor=ACTOR,
                reason=f"{payment.amount} {payment.currency} {why}; for cash application",
                facts={
                    "payment_id": payment.payment_id,
                    "amount": str(payment.amount),
                    "currency": payment.currency,
                },
            )
            return case

        update_case(deps.repo, tenant_id, customer_id, change)
    return f"unapplied payment {payment.amount} {payment.currency} kept for cash application"


def _charge_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    """A charge made without a PaymentIntent (the legacy Charges API, old integrations): money with no invoice.

    Charges of a PaymentIntent are left to ``payment_intent.succeeded`` and charges of an invoice to the
    invoice events, so no payment is kept twice.
    """
    tenant_id = tenant.tenant_id
    charge = deps.gateway.retrieve(tenant_id, "charge", str(obj.get("id"))) or obj
    if isinstance(charge.get("payment_intent"), str) and charge["payment_intent"]:
        return "ignored: a payment intent's charge (handled by payment_intent.succeeded)"
    invoice_id = _invoice_of_charge(deps, tenant_id, charge)
    if invoice_id:
        invoice = sync_invoice(deps, tenant_id, invoice_id)
        if invoice is not None:
            _refresh(deps, tenant, invoice.customer_id, "Stripe charge.succeeded")
        return f"charge for invoice {invoice_id}: handled through the invoice"
    if charge.get("status") != "succeeded" or not charge.get("paid"):
        return f"ignored: charge is {charge.get('status')}"
    currency = _currency(charge.get("currency"))
    captured = charge.get("amount_captured") if charge.get("captured") else 0
    net = int(captured or 0) - int(charge.get("amount_refunded") or 0)
    if currency is None or net <= 0:
        return "ignored: charge without a captured amount"
    customer_id = charge.get("customer") if isinstance(charge.get("customer"), str) else None
    payer = deps.repo.get_customer(tenant_id, customer_id) if customer_id else None
    billing = charge.get("billing_details") or {}
    payment = Payment(
        tenant_id=tenant_id,
        payment_id=str(charge["id"]),
        customer_id=customer_id,
        amount=amount_of(net, currency),
        currency=currency,
        received_on=_date(charge.get("created")) or deps.clock.now().date(),
        reference=charge.get("description") or None,
        payer_name=(payer.name if payer else None) or billing.get("name") or None,
    )
    return _keep_unapplied(deps, tenant_id, payment, "charged without an invoice")


def _cash_balance_event(deps: StripeDeps, tenant: Tenant, obj: dict[str, Any], event: dict[str, Any]) -> str:
    """A bank transfer into a customer's cash balance (``funded``).

    Stripe applies cash balance funds to open invoices itself unless the customer's reconciliation mode is
    manual; then they sit in the balance until someone applies them, which is the cash application's job.
    Applying funds Stripe also applies would count the money twice, so only manual mode hands them over.
    ``merchant_default`` follows the account's setting, which the API does not show: the tenant says it
    (``stripe cash-balance manual``), Stripe's own default (automatic) otherwise. A balance transaction never
    changes after it is created, so the event's copy is the authoritative one.
    """
    tenant_id = tenant.tenant_id
    if obj.get("type") != "funded":
        return f"ignored: cash balance {obj.get('type')} (applications come back as invoice events)"
    customer_id = obj.get("customer") if isinstance(obj.get("customer"), str) else None
    currency = _currency(obj.get("currency"))
    received = obj.get("net_amount")
    if customer_id is None or currency is None or not isinstance(received, int) or received <= 0:
        return "ignored: funding without a customer or an amount"
    balance = deps.gateway.retrieve(tenant_id, "cash_balance", customer_id) or {}
    mode = str((balance.get("settings") or {}).get("reconciliation_mode") or "merchant_default")
    if mode == "merchant_default":
        conn = connection(deps.repo, tenant_id)
        mode = conn.cash_balance_reconciliation if conn else "automatic"
    amount = amount_of(received, currency)
    if mode != "manual":
        return f"cash balance funded {amount} {currency}: Stripe reconciles it automatically"
    transfer = (obj.get("funded") or {}).get("bank_transfer") or {}
    details = transfer.get(str(transfer.get("type"))) or {}
    payer = deps.repo.get_customer(tenant_id, customer_id)
    payment = Payment(
        tenant_id=tenant_id,
        payment_id=str(obj["id"]),
        customer_id=customer_id,
        amount=amount,
        currency=currency,
        received_on=_date(obj.get("created")) or deps.clock.now().date(),
        reference=transfer.get("reference") or None,
        payer_name=details.get("sender_name") or (payer.name if payer else None),
    )
    return _keep_unapplied(deps, tenant_id, payment, "by bank transfer into the Stripe cash balance")


_HANDLERS: dict[str, Callable[[StripeDeps, Tenant, dict[str, Any], dict[str, Any]], str]] = {
    **dict.fromkeys(
        [
            "invoice.finalized",
            "invoice.updated",
            "invoice.paid",
            "invoice.payment_succeeded",
            "invoice.payment_failed",
            "invoice.payment_action_required",
            "invoice.voided",
            "invoice.marked_uncollectible",
            "invoice.overdue",
            "invoice.will_be_due",
            "invoice_payment.paid",
        ],
        _invoice_event,
    ),
    "charge.dispute.created": _dispute_event,
    "charge.dispute.closed": _dispute_event,
    "charge.dispute.updated": _dispute_event,
    "charge.refunded": _refund_event,
    "credit_note.created": _credit_note_event,
    "credit_note.voided": _credit_note_event,
    "customer.updated": _customer_event,
    "payment_intent.succeeded": _payment_intent_event,
    "customer_cash_balance_transaction.created": _cash_balance_event,
    "charge.succeeded": _charge_event,
}


# --- install state, disconnect ----------------------------------------------------------------------


def connect(
    repo: Repository, clock: Clock, tenant_id: str, account_id: str, *, livemode: bool
) -> StripeConnection:
    held = connection(repo, tenant_id)
    conn = StripeConnection(
        account_id=account_id,
        status="connected",
        connected_at=clock.now(),
        livemode=livemode,
        own_retries=held.own_retries if held else False,
        failure_emails=held.failure_emails if held else "argent",
        cash_balance_reconciliation=held.cash_balance_reconciliation if held else "automatic",
    )
    repo.put_record(tenant_id, CONNECTION_KIND, "current", conn)
    return conn


def disconnect(
    repo: Repository, clock: Clock, tenant_id: str, *, reason: str, vault: TokenEraser | None = None
) -> str:
    """Uninstalled: tokens go, outreach on Stripe invoices stops (freshness gate), everything else stays."""
    if vault is not None:
        vault.delete(tenant_id)
    conn = connection(repo, tenant_id)
    if conn is None or conn.status == "disconnected":
        return "already disconnected"
    now = clock.now()
    repo.put_record(
        tenant_id,
        CONNECTION_KIND,
        "current",
        conn.model_copy(update={"status": "disconnected", "disconnected_at": now}),
    )
    raise_escalation(
        repo,
        tenant_id,
        f"stripe-disconnected:{now.isoformat()}",
        reason=f"Stripe was disconnected ({reason}): reminders on Stripe invoices stopped, history kept",
        at=now,
        source="stripe",
        next_step="reinstall the Stripe app (GET /install/stripe) to resume, or ignore if it was intended",
    )
    return f"disconnected ({reason}); tokens deleted, data kept"


# --- backfill ---------------------------------------------------------------------------------------


def start_backfill(repo: Repository, clock: Clock, tenant_id: str) -> BackfillCursor:
    now = clock.now()
    since = now - timedelta(days=int(HISTORY_MONTHS * 30.44))
    cursor = BackfillCursor(created_gte=int(since.timestamp()), started_at=now)
    repo.put_record(tenant_id, BACKFILL_KIND, "current", cursor)
    return cursor


def backfill_progress(repo: Repository, tenant_id: str) -> BackfillCursor | None:
    return repo.get_record(tenant_id, BACKFILL_KIND, "current", BackfillCursor)


def run_backfill(
    deps: StripeDeps,
    tenant_id: str,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    on_page: Callable[[BackfillCursor], None] | None = None,
    page_size: int = 100,
) -> BackfillCursor | None:
    """Customers, open invoices, then 24 months of paid invoices (payment history), one page at a time.

    The cursor is saved after every page, so a Lambda timeout or a Stripe outage resumes where it stopped.
    """
    cursor = backfill_progress(deps.repo, tenant_id)
    tenant = deps.repo.get_tenant(tenant_id)
    if cursor is None or tenant is None or cursor.phase == "done":
        return cursor
    while cursor.phase != "done" and not should_stop():
        read_at = _read_marker(deps)
        if cursor.phase == "customers":
            page = deps.gateway.list_customers(
                tenant_id, starting_after=cursor.starting_after, limit=page_size
            )
            for obj in page.items:
                held = deps.repo.get_customer(tenant_id, str(obj["id"]))
                deps.repo.put_customer(map_customer(tenant_id, obj, held))
            _advance(cursor, page, "customers", "open_invoices")
        else:
            status = "open" if cursor.phase == "open_invoices" else "paid"
            page = deps.gateway.list_invoices(
                tenant_id,
                status=status,
                created_gte=cursor.created_gte if status == "paid" else None,
                starting_after=cursor.starting_after,
                limit=page_size,
            )
            touched: set[str] = set()
            for obj in page.items:
                invoice = store_invoice(deps, tenant_id, obj, read_at=read_at)
                if invoice is None:
                    continue
                touched.add(invoice.customer_id)
                if status == "paid":
                    _add_history(deps.repo, tenant_id, invoice, obj)
            if status == "open":
                for customer_id in sorted(touched):
                    _refresh(deps, tenant, customer_id, "Stripe backfill")
            _advance(cursor, page, cursor.phase, "paid_invoices" if status == "open" else "done")
        if cursor.phase == "done":
            cursor.finished_at = deps.clock.now()
        deps.repo.put_record(tenant_id, BACKFILL_KIND, "current", cursor)
        if on_page:
            on_page(cursor)
    return cursor


def _advance(cursor: BackfillCursor, page: Page, counted: str, following: Any) -> None:
    cursor.counts[counted] = cursor.counts.get(counted, 0) + len(page.items)
    if page.has_more and page.items:
        cursor.starting_after = str(page.items[-1]["id"])
    else:
        cursor.phase = following
        cursor.starting_after = None


def _add_history(repo: Repository, tenant_id: str, invoice: Invoice, obj: dict[str, Any]) -> None:
    paid_on = _date((obj.get("status_transitions") or {}).get("paid_at"))
    customer = repo.get_customer(tenant_id, invoice.customer_id)
    if paid_on is None or customer is None:
        return
    if any(r.invoice_number == invoice.number for r in customer.history):
        return
    record = PaidRecord(
        invoice_number=invoice.number,
        currency=invoice.currency,
        amount=amount_of(int(obj.get("amount_paid") or 0), invoice.currency),
        due_date=invoice.due_date,
        paid_on=max(paid_on, invoice.issue_date),
    )
    repo.put_customer(customer.with_history([*customer.history, record]))


# --- pre-send freshness -----------------------------------------------------------------------------


class StripeFreshnessCheck:
    """Right before a send: re-read each Stripe invoice at Stripe; stop if it is no longer owed as decided.

    Other invoices are left to ``inner``. A disconnected tenant gets no reminders about Stripe invoices.
    """

    def __init__(
        self, deps_factory: Callable[[], StripeDeps], repo: Repository, inner: FreshnessCheck | None = None
    ) -> None:
        self._deps_factory = deps_factory
        self._repo = repo
        self._inner = inner

    def __call__(self, email: OutboundEmail) -> str | None:
        conn = connection(self._repo, email.tenant_id)
        # A tenant that never installed Stripe has no Stripe invoices: one read, then the other checks.
        for invoice_id in email.invoice_ids if conn is not None else []:
            held = self._repo.get_invoice(email.tenant_id, email.case_id, invoice_id)
            if held is None or held.source is not InvoiceSource.STRIPE:
                continue
            if conn is None or conn.status != "connected":
                return "Stripe is disconnected for this tenant: reminders on Stripe invoices are stopped"
            reason = check_invoice_fresh(self._deps_factory(), email.tenant_id, held)
            if reason:
                return reason
        return self._inner(email) if self._inner else None


class StripeCashWriteBack:
    """The ``CashWriteBack`` port for Stripe invoices (idempotent per payment and invoice).

    A Stripe PaymentIntent that went wholly to one invoice is attached to it (partial payments included); other
    cash that paid an invoice in full marks it ``paid_out_of_band``. Part of an invoice paid outside Stripe is
    refused for a person to record: a credit note or a customer balance is an accounting decision.
    """

    def __init__(self, deps_factory: Callable[[], StripeDeps]) -> None:
        self._deps_factory = deps_factory

    def record_application(self, tenant_id: str, invoice: Invoice, payment: Payment, amount: Decimal) -> None:
        if invoice.source is not InvoiceSource.STRIPE:
            return
        # Money that came in through Stripe and went wholly to this invoice is attached to it (Stripe then
        # counts it, in part or in full); anything else can only mark a whole invoice paid out of band.
        attach = payment.payment_id.startswith("pi_") and amount == payment.amount
        if payment.payment_id.startswith("ccsbtxn_"):
            # The money is in the customer's Stripe cash balance: marking the invoice paid out of band would
            # leave it there too (counted twice). Applying a balance is done on the invoice's payment in Stripe.
            raise WriteBackError(
                f"{amount} {payment.currency} from the customer's Stripe cash balance pays {invoice.number}: "
                "apply the cash balance to that invoice in Stripe (customer page, Cash balance)",
                retryable=False,
            )
        if invoice.balance > 0 and not attach:
            raise WriteBackError(
                f"{amount} {payment.currency} of {invoice.number} was paid outside Stripe, which can only mark "
                f"a whole invoice paid out of band: record the part payment in Stripe by hand",
                retryable=False,
            )
        deps = self._deps_factory()
        if not is_connected(deps.repo, tenant_id):
            raise WriteBackError("Stripe is not connected for this tenant", retryable=True)
        key = f"argent-{payment.payment_id}-{invoice.invoice_id}"
        try:
            if attach:
                deps.gateway.attach_payment_intent(
                    tenant_id, invoice.invoice_id, payment.payment_id, idempotency_key=key
                )
            else:
                deps.gateway.mark_paid_out_of_band(tenant_id, invoice.invoice_id, idempotency_key=key)
        except (StripeUnavailableError, StripeAuthError) as exc:
            raise WriteBackError(str(exc), retryable=True) from exc


def check_invoice_fresh(deps: StripeDeps, tenant_id: str, held: Invoice) -> str | None:
    try:
        current = sync_invoice(deps, tenant_id, held.invoice_id)
    except StripeUnavailableError as exc:
        # Not knowing is a reason not to send: the next sweep tries again.
        return f"Stripe could not confirm invoice {held.number} now ({exc})"
    if current is None:
        return f"invoice {held.number} no longer exists at Stripe"
    if current.status is not InvoiceStatus.OPEN or current.balance <= 0:
        return f"invoice {current.number} is {current.status.value} at Stripe since the decision"
    open_dispute = any(
        d.invoice_id == held.invoice_id and d.closed_at is None
        for d in deps.repo.list_records(tenant_id, DISPUTE_KIND, DisputeRecord)
    )
    if open_dispute or (current.pause and current.pause.reason.startswith(DISPUTE_PAUSE_PREFIX)):
        return f"invoice {current.number} is disputed (chargeback) since the decision"
    if current.balance != held.balance:
        return f"invoice {current.number} balance changed at Stripe ({held.balance} -> {current.balance})"
    return None
