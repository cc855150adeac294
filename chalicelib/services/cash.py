"""Applying incoming cash inside the product: payments in, invoices and cases updated, people asked when unsure.

The matching itself is the pure engine (``chalicelib.domain.cashapp``); this use case feeds it the tenant's
open invoices, then acts on each result:
- applications reduce invoice balances, are told to the source ledger (write-back port) and recorded as a
  ``CashApplied`` event on the customer's case, which resolves when nothing is overdue any more;
- a short pay puts the rest of that invoice on hold as a deduction (a person decides to chase or write off)
  and records ``DeductionOpened``;
- unapplied cash is kept on the payment record (and noted on a known customer's case);
- ``review`` keeps the payment with its candidates for a person (record kind ``cash_review``) and raises an
  escalation, so it reaches the approvals channel with the candidates.
A payment id is claimed once, so a redelivered bank line or webhook never applies cash twice.

Payments arrive from Stripe and QuickBooks webhooks as ``unapplied_payment`` records; ``apply_pending`` takes
them (the ``cash_application`` schedule every 5 minutes, or ``cash pending``), links a remittance advice the customer emailed,
applies them, and retries write-backs the source ledger could not take the first time. A write-back the
source cannot express (a part payment of a Stripe invoice) is escalated instead of retried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from pydantic import BaseModel, Field

from chalicelib.domain.case import Case
from chalicelib.domain.cashapp import MatchResult, OpenInvoice, ReceivedPayment, match_payments, similarity
from chalicelib.domain.cashapp.models import Status
from chalicelib.domain.ledger import Invoice, InvoicePause, InvoiceStatus, Payment
from chalicelib.domain.tenant import Tenant
from chalicelib.services.cases import refresh_customer_case, update_case
from chalicelib.services.escalations import raise_escalation, settle
from chalicelib.services.ports import CashWriteBack, Clock, Repository, WriteBackError

REVIEW_KIND = "cash_review"
UNAPPLIED_KIND = "unapplied_payment"  # written by the Stripe and QuickBooks flows, taken by ``apply_pending``
REMITTANCE_KIND = "remittance"  # a remittance advice read from a customer's email (inbound flow)
WRITEBACK_PENDING_KIND = "cash_writeback_pending"
ACTOR = "agent"
REMITTANCE_WINDOW = timedelta(days=45)  # how far apart an emailed advice and its payment may be
MAX_WRITEBACK_ATTEMPTS = 8
DECIDED_KIND = "cash_decided"  # a payment (claim key) the engine decided: its pending record may go
STUCK_KIND = "cash_stuck"


class Decided(BaseModel):
    status: str
    at: datetime


class RemittanceAdvice(BaseModel):
    """What a customer wrote about a payment (body and attachment text), waiting for its payment."""

    tenant_id: str
    message_id: str
    customer_id: str
    text: str
    amounts: list[Decimal] = Field(default_factory=list)
    received_at: datetime
    linked_payment_id: str | None = None


class PendingWriteBack(BaseModel):
    payment: Payment
    invoice_id: str
    customer_id: str
    amount: Decimal
    error: str
    attempts: int = 1
    escalated: bool = False


class CashReview(BaseModel):
    payment: Payment
    reason: str
    candidates: list[list[str]]
    error: str | None = None


@dataclass
class CashReport:
    results: list[MatchResult] = field(default_factory=list)
    skipped_duplicates: list[str] = field(default_factory=list)


def apply_cash(
    repo: Repository,
    clock: Clock,
    writeback: CashWriteBack,
    tenant: Tenant,
    payments: list[Payment],
    *,
    name_similarity: Callable[[str, str], float] = similarity,
    romanize: Callable[[str], str] | None = None,
    claim_key: Callable[[Payment], str] = lambda p: p.payment_id,
) -> CashReport:
    """``claim_key`` names the claim that stops a second application (a re-match after new information, such
    as a remittance advice for a payment in review, claims under its own key)."""
    now = clock.now()
    report = CashReport()
    fresh: list[Payment] = []
    for payment in payments:
        if repo.claim_event(
            tenant.tenant_id, "cash", claim_key(payment), at=now, keep_for=timedelta(days=400)
        ):
            fresh.append(payment)
        else:
            report.skipped_duplicates.append(payment.payment_id)
    customers = {c.customer_id: c for c in repo.list_customers(tenant.tenant_id)}
    ledger: dict[str, Invoice] = {
        inv.invoice_id: inv
        for customer_id in customers
        for inv in repo.list_invoices(tenant.tenant_id, customer_id)
        if inv.is_open
    }
    open_invoices = [
        OpenInvoice(
            id=inv.invoice_id,
            number=inv.number,
            customer_id=inv.customer_id,
            customer_name=customers[inv.customer_id].name,
            currency=inv.currency,
            total=inv.total,
            balance=inv.balance,
            issue_date=inv.issue_date,
            due_date=inv.due_date,
        )
        for inv in ledger.values()
    ]
    received = [
        ReceivedPayment(
            id=p.payment_id,
            date=p.received_on,
            amount=p.amount,
            currency=p.currency,
            payer_name=p.payer_name or "",
            customer_id=p.customer_id,
            reference=p.reference,
            remittance=p.remittance,
        )
        for p in fresh
    ]
    touched: set[str] = set()
    for payment, result in zip(
        fresh,
        match_payments(open_invoices, received, name_similarity=name_similarity, romanize=romanize),
        strict=True,
    ):
        report.results.append(result)
        applied = {a.invoice_id: a.amount for a in result.applications}
        repo.put_payments([payment.model_copy(update={"applied_to": applied})])
        for invoice_id, amount in applied.items():
            invoice = ledger[invoice_id]
            balance = invoice.balance - amount
            pause = invoice.pause
            if result.short_pay and result.short_pay.invoice_id == invoice_id:
                pause = InvoicePause(
                    reason=f"deduction: {result.short_pay.reason} ({result.short_pay.amount})"
                )
            invoice = invoice.model_copy(
                update={
                    "balance": balance,
                    "status": InvoiceStatus.PAID if balance == 0 else invoice.status,
                    "pause": pause,
                }
            )
            ledger[invoice_id] = invoice
            repo.put_invoice(invoice)
            _write_back(
                repo, writeback, tenant.tenant_id, invoice=invoice, payment=payment, amount=amount, now=now
            )
            _record(
                repo,
                tenant.tenant_id,
                invoice.customer_id,
                now=now,
                result=result,
                invoice_id=invoice_id,
                amount=amount,
            )
            touched.add(invoice.customer_id)
        if result.status is Status.REVIEW:
            review = CashReview(
                payment=payment, reason=result.reason, candidates=result.candidates, error=result.error
            )
            repo.put_record(tenant.tenant_id, REVIEW_KIND, payment.payment_id, review)
            _escalate_review(repo, tenant.tenant_id, review, now=now)
        elif repo.get_record(tenant.tenant_id, REVIEW_KIND, payment.payment_id, CashReview) is not None:
            repo.delete_record(tenant.tenant_id, REVIEW_KIND, payment.payment_id)  # settled by a re-match
            settle(
                repo,
                tenant.tenant_id,
                f"cash-review:{payment.payment_id}",
                by="cash",
                at=now,
                note=f"{result.status.value}: {result.reason}",
            )
        repo.put_record(
            tenant.tenant_id, DECIDED_KIND, claim_key(payment), Decided(status=result.status.value, at=now)
        )
    for customer_id in sorted(touched):
        refresh_customer_case(repo, clock, tenant, customer_id, actor=ACTOR, reason="cash applied")
    return report


def _record(
    repo: Repository,
    tenant_id: str,
    customer_id: str,
    *,
    now: datetime,
    result: MatchResult,
    invoice_id: str,
    amount: Decimal,
) -> None:
    facts = {
        "payment_id": result.payment_id,
        "invoice_id": invoice_id,
        "amount": str(amount),
        "status": result.status.value,
    }

    def change(case: Case | None) -> Case | None:
        if case is None:
            return None  # no case yet: the refresh that follows opens or watches one from the new balances
        case.record("CashApplied", at=now, actor=ACTOR, reason=result.reason, facts=facts)
        if result.short_pay and result.short_pay.invoice_id == invoice_id:
            case.record(
                "DeductionOpened",
                at=now,
                actor=ACTOR,
                reason=f"short pay of {result.short_pay.amount} ({result.short_pay.reason}): held for a person",
                facts={
                    "invoice_id": invoice_id,
                    "amount": str(result.short_pay.amount),
                    "reason": result.short_pay.reason,
                },
            )
        return case

    update_case(repo, tenant_id, customer_id, change)


def _write_back(
    repo: Repository,
    writeback: CashWriteBack,
    tenant_id: str,
    *,
    invoice: Invoice,
    payment: Payment,
    amount: Decimal,
    now: datetime,
) -> None:
    """Tell the source ledger; what it cannot take now is kept and retried, never lost, never blocking."""
    try:
        writeback.record_application(tenant_id, invoice, payment, amount)
    except WriteBackError as exc:
        pending = PendingWriteBack(
            payment=payment,
            invoice_id=invoice.invoice_id,
            customer_id=invoice.customer_id,
            amount=amount,
            error=str(exc),
            escalated=not exc.retryable,
        )
        repo.put_record(
            tenant_id, WRITEBACK_PENDING_KIND, f"{payment.payment_id}:{invoice.invoice_id}", pending
        )
        if not exc.retryable:
            _escalate_writeback(repo, tenant_id, pending, now=now)


def _escalate_writeback(
    repo: Repository, tenant_id: str, pending: PendingWriteBack, *, now: datetime
) -> None:
    raise_escalation(
        repo,
        tenant_id,
        f"cash-writeback:{pending.payment.payment_id}:{pending.invoice_id}",
        reason=f"cash applied in Argent but not in the source ledger: {pending.error}",
        at=now,
        source="cash",
        case_id=pending.customer_id,
        next_step="record the payment in the source ledger by hand, then dismiss this",
    )


def _escalate_review(repo: Repository, tenant_id: str, review: CashReview, *, now: datetime) -> None:
    payment = review.payment
    lines = [f"candidate: {', '.join(c)}" for c in review.candidates[:5]]
    raise_escalation(
        repo,
        tenant_id,
        f"cash-review:{payment.payment_id}",
        reason=(
            f"payment {payment.payment_id} of {payment.amount} {payment.currency} from "
            f"{payment.payer_name or 'an unknown payer'} needs a person: {review.reason}"
        ),
        at=now,
        source="cash",
        case_id=payment.customer_id,
        next_step="pick the invoices it pays (`cash reviews` lists the candidates) or ask the payer",
        excerpt="\n".join([f"reference: {payment.reference or '-'}", *lines]),
    )


def retry_writebacks(repo: Repository, clock: Clock, writeback: CashWriteBack, tenant_id: str) -> int:
    """Retry write-backs the source could not take; returns how many went through this time."""
    done = 0
    for pending in repo.list_records(tenant_id, WRITEBACK_PENDING_KIND, PendingWriteBack):
        key = f"{pending.payment.payment_id}:{pending.invoice_id}"
        if pending.escalated:
            continue  # a person records it by hand
        invoice = repo.get_invoice(tenant_id, pending.customer_id, pending.invoice_id)
        if invoice is None:
            repo.delete_record(tenant_id, WRITEBACK_PENDING_KIND, key)
            continue
        try:
            writeback.record_application(tenant_id, invoice, pending.payment, pending.amount)
        except WriteBackError as exc:
            attempts = pending.attempts + 1
            give_up = not exc.retryable or attempts >= MAX_WRITEBACK_ATTEMPTS
            kept = pending.model_copy(update={"error": str(exc), "attempts": attempts, "escalated": give_up})
            repo.put_record(tenant_id, WRITEBACK_PENDING_KIND, key, kept)
            if give_up:
                _escalate_writeback(repo, tenant_id, kept, now=clock.now())
            continue
        repo.delete_record(tenant_id, WRITEBACK_PENDING_KIND, key)
        done += 1
    return done


class CompositeWriteBack:
    """Each source's write-back in turn; each one ignores invoices that are not its own."""

    def __init__(self, *parts: CashWriteBack) -> None:
        self._parts = parts

    def record_application(self, tenant_id: str, invoice: Invoice, payment: Payment, amount: Decimal) -> None:
        for part in self._parts:
            part.record_application(tenant_id, invoice, payment, amount)


@dataclass
class PendingReport:
    cash: CashReport = field(default_factory=CashReport)
    rematched: CashReport = field(default_factory=CashReport)
    linked: list[tuple[str, str]] = field(default_factory=list)  # (payment id, remittance message id)
    written_back: int = 0


def has_work(repo: Repository, tenant_id: str) -> bool:
    """Whether ``apply_pending`` has anything to do for this tenant (cheap: three small partition reads)."""
    return bool(
        repo.list_records(tenant_id, UNAPPLIED_KIND, Payment)
        or any(
            not p.escalated for p in repo.list_records(tenant_id, WRITEBACK_PENDING_KIND, PendingWriteBack)
        )
        or (
            repo.list_records(tenant_id, REVIEW_KIND, CashReview)
            and any(
                a.linked_payment_id is None
                for a in repo.list_records(tenant_id, REMITTANCE_KIND, RemittanceAdvice)
            )
        )
    )


def apply_pending(
    repo: Repository,
    clock: Clock,
    writeback: CashWriteBack,
    tenant: Tenant,
    *,
    name_similarity: Callable[[str, str], float] = similarity,
    romanize: Callable[[str], str] | None = None,
) -> PendingReport:
    """Apply the payments the webhooks kept, with any remittance advice they can be tied to.

    Run by the ``cash_application`` schedule and ``cash pending``; safe to run concurrently and repeatedly
    (each payment is claimed once, a record is deleted only after its payment was decided).
    """
    tenant_id = tenant.tenant_id
    report = PendingReport()
    advices = [
        a
        for a in repo.list_records(tenant_id, REMITTANCE_KIND, RemittanceAdvice)
        if a.linked_payment_id is None
    ]
    pending = sorted(
        repo.list_records(tenant_id, UNAPPLIED_KIND, Payment), key=lambda p: (p.received_on, p.payment_id)
    )
    payments = [_with_advice(repo, clock, advices, payment, report) for payment in pending]
    if payments:
        report.cash = apply_cash(
            repo, clock, writeback, tenant, payments, name_similarity=name_similarity, romanize=romanize
        )
        for payment in payments:
            if payment.payment_id in report.cash.skipped_duplicates and not _decided(
                repo, tenant_id, payment
            ):
                continue  # claimed by a run that has not finished (or never will): see _stuck
            repo.delete_record(tenant_id, UNAPPLIED_KIND, payment.payment_id)
        _stuck(repo, clock, tenant_id, report.cash.skipped_duplicates)
    # A payment a person was asked about may be settled by an advice that arrived since: match it again,
    # claimed under the advice's id so it is re-matched once per advice, never applied twice.
    reviews = [
        review.payment
        for review in repo.list_records(tenant_id, REVIEW_KIND, CashReview)
        if not review.payment.remittance
    ]
    rematch: dict[str, str] = {}
    retry: list[Payment] = []
    for payment in reviews:
        linked = _with_advice(repo, clock, advices, payment, report)
        if linked.remittance:
            rematch[payment.payment_id] = report.linked[-1][1]
            retry.append(linked)
    if retry:
        report.rematched = apply_cash(
            repo,
            clock,
            writeback,
            tenant,
            retry,
            name_similarity=name_similarity,
            romanize=romanize,
            claim_key=lambda p: f"{p.payment_id}:remittance:{rematch[p.payment_id]}",
        )
    report.written_back = retry_writebacks(repo, clock, writeback, tenant_id)
    return report


def _decided(repo: Repository, tenant_id: str, payment: Payment) -> bool:
    return repo.get_record(tenant_id, DECIDED_KIND, payment.payment_id, Decided) is not None


def _stuck(repo: Repository, clock: Clock, tenant_id: str, duplicates: list[str]) -> None:
    """A payment claimed but never decided (a run that crashed between the two) is kept, and the second
    time a later run finds it so, a person is told: applying it again automatically could apply it twice."""
    now = clock.now()
    for payment_id in duplicates:
        if repo.get_record(tenant_id, DECIDED_KIND, payment_id, Decided) is not None:
            continue
        if repo.put_record(
            tenant_id, STUCK_KIND, payment_id, Decided(status="claimed", at=now), if_absent=True
        ):
            continue  # first sighting: the claiming run may still be working on it
        raise_escalation(
            repo,
            tenant_id,
            f"cash-stuck:{payment_id}",
            reason=f"payment {payment_id} was taken by a cash-application run that did not finish",
            at=now,
            source="cash",
            next_step="check the payment's invoices, then apply it with `cash apply` or by hand",
        )


def _with_advice(
    repo: Repository,
    clock: Clock,
    advices: list[RemittanceAdvice],
    payment: Payment,
    report: PendingReport,
) -> Payment:
    """The payment with the one remittance advice that fits it (same customer or amount, close in time)."""
    if payment.remittance:
        return payment
    advice = _advice_for(payment, advices)
    if advice is None:
        return payment
    advices.remove(advice)
    now = clock.now()
    repo.put_record(
        payment.tenant_id,
        REMITTANCE_KIND,
        advice.message_id,
        advice.model_copy(update={"linked_payment_id": payment.payment_id}),
    )
    report.linked.append((payment.payment_id, advice.message_id))

    def change(case: Case | None) -> Case | None:
        if case is None:
            return None
        case.record(
            "RemittanceLinked",
            at=now,
            actor=ACTOR,
            reason=f"the remittance advice the customer emailed is taken as payment {payment.payment_id}'s",
            facts={"payment_id": payment.payment_id, "message_id": advice.message_id},
        )
        return case

    update_case(repo, payment.tenant_id, advice.customer_id, change)
    return payment.model_copy(update={"remittance": advice.text})


def _advice_for(payment: Payment, advices: list[RemittanceAdvice]) -> RemittanceAdvice | None:
    def near(advice: RemittanceAdvice) -> bool:
        return abs(advice.received_at.date() - payment.received_on) <= REMITTANCE_WINDOW

    close = [a for a in advices if near(a)]
    if payment.customer_id:
        close = [a for a in close if a.customer_id == payment.customer_id]
    same_amount = [a for a in close if payment.amount in a.amounts]
    if len(same_amount) == 1:
        return same_amount[0]
    # The customer is known and wrote once about a payment: that is the advice, whatever amount it named.
    if payment.customer_id and len(close) == 1 and not same_amount:
        return close[0]
    return None  # none, or several that fit equally: linking a wrong advice is worse than none
