"""Applying incoming cash inside the product: payments in, invoices and cases updated, people asked when unsure.

The matching itself is the pure engine (``chalicelib.domain.cashapp``); this use case feeds it the tenant's
open invoices, then acts on each result:
- applications reduce invoice balances, are told to the source ledger (write-back port) and recorded as a
  ``CashApplied`` event on the customer's case, which resolves when nothing is overdue any more;
- a short pay puts the rest of that invoice on hold as a deduction (a person decides to chase or write off)
  and records ``DeductionOpened``;
- unapplied cash is kept on the payment record (and noted on a known customer's case);
- ``review`` keeps the payment with its candidates for a person (record kind ``cash_review``).
A payment id is claimed once, so a redelivered bank line or webhook never applies cash twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from pydantic import BaseModel

from chalicelib.domain.case import Case
from chalicelib.domain.cashapp import MatchResult, OpenInvoice, ReceivedPayment, match_payments, similarity
from chalicelib.domain.cashapp.models import Status
from chalicelib.domain.ledger import Invoice, InvoicePause, InvoiceStatus, Payment
from chalicelib.domain.tenant import Tenant
from chalicelib.services.cases import refresh_customer_case, update_case
from chalicelib.services.ports import CashWriteBack, Clock, Repository

REVIEW_KIND = "cash_review"
ACTOR = "agent"


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
) -> CashReport:
    now = clock.now()
    report = CashReport()
    fresh: list[Payment] = []
    for payment in payments:
        if repo.claim_event(
            tenant.tenant_id, "cash", payment.payment_id, at=now, keep_for=timedelta(days=400)
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
        fresh, match_payments(open_invoices, received, name_similarity=name_similarity), strict=True
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
            writeback.record_application(tenant.tenant_id, invoice, payment, amount)
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
