"""What a customer's reply changes, as a plan with reasons. Pure: the inbound service applies it.

A triage result is a reading of the customer's words, so nothing here can close a case, apply cash, write
off, discount or change terms: a paid claim waits for the money (cash application closes the case when it
lands), a plan request goes to a person, and mail that failed DMARC ("untrusted") can neither change a
contact nor count as a payment claim without a person. Every plan carries the reasons that go on the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.documents import LABELS, DocumentKind, DocumentRequest
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.domain.triage import Intent, TriageResult

ACK_WAIT_BUSINESS_DAYS = 3  # after "we'll look into it" / "received, thanks"
CLAIM_WAIT_BUSINESS_DAYS = 3  # a claimed payment gets this long to land before a person checks
# A payment older than this before the claimed date is not evidence for it (it paid something else).
CLAIM_LOOKBACK_DAYS = 10


class Answer(StrEnum):
    PROMISE_CONFIRMATION = "promise_confirmation"
    COPY_INVOICE = "copy_invoice"
    REMITTANCE_REQUEST = "remittance_request"
    SEND_DOCUMENT = "send_document"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"


@dataclass(frozen=True)
class ReplyContext:
    """The facts about the case a plan is made from (read by the service, passed in whole)."""

    case: Case
    customer: Customer
    invoices: list[Invoice]
    payments: list[Payment]
    today: date
    business_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    untrusted: bool = False  # DMARC failed
    # Standing documents the reply asks for (W-9, certificate of insurance) and those the tenant uploaded.
    documents_requested: DocumentRequest = field(default_factory=DocumentRequest)
    documents_on_file: frozenset[DocumentKind] = frozenset()
    failed_recipients: tuple[str, ...] = ()  # from a bounce: the addresses that did not get our mail
    sender: str = ""


@dataclass
class ReplyPlan:
    intent: Intent
    reasons: list[str] = field(default_factory=list)
    to_state: CaseState | None = None
    promise_due: date | None = None
    pause_invoice_ids: list[str] = field(default_factory=list)
    pause_reason: str | None = None
    # Escalations go to a person (Slack or the inbox) with this priority; the case state may stay as is.
    escalate: str | None = None
    priority: Priority = Priority.NORMAL
    next_step: str = "read the reply and decide"
    wait_until: date | None = None  # next look at the case: a business day, in the customer's zone
    add_contact: str | None = None
    contact_needs_approval: bool = False
    invalidate_contacts: list[str] = field(default_factory=list)
    invalid_reason: str | None = None
    stop_outreach: bool = False
    resend_now: bool = False  # a new contact was added: the chase goes on, to them
    answer: Answer | None = None
    documents: tuple[DocumentKind, ...] = ()  # attached to a SEND_DOCUMENT answer
    to_inbox: bool = False  # also list it in the inbox queue for a person
    claim_evidence: str | None = None


def add_business_days(day: date, n: int, business_days: frozenset[int]) -> date:
    out = day
    added = 0
    while added < n:
        out += timedelta(days=1)
        if out.weekday() in business_days:
            added += 1
    return out


def next_business_day(day: date, business_days: frozenset[int]) -> date:
    """The first business day strictly after ``day``."""
    return add_business_days(day, 1, business_days)


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def _named_open(triage: TriageResult, invoices: list[Invoice]) -> list[Invoice]:
    wanted = {n.upper() for n in triage.invoice_numbers}
    return [inv for inv in invoices if inv.number.upper() in wanted]


def claim_evidence(triage: TriageResult, invoices: list[Invoice], payments: list[Payment]) -> str | None:
    """What in our ledger supports the customer's "we paid", or None. Only money we can see counts."""
    named = _named_open(triage, invoices)
    settled = [inv.number for inv in named if not inv.is_open]
    if named and len(settled) == len(named):
        return f"{', '.join(settled)} already show(s) as settled in the ledger"
    reference = (triage.payment_reference or "").strip().lower()
    since = triage.paid_date - timedelta(days=CLAIM_LOOKBACK_DAYS) if triage.paid_date else None
    owed = sum((inv.balance for inv in named if inv.is_open), Decimal(0))
    for payment in payments:
        if since is not None and payment.received_on < since:
            continue
        text = " ".join(filter(None, (payment.reference, payment.remittance))).lower()
        if len(reference) >= 4 and reference in text:
            return f"payment {payment.payment_id} carries the reference {triage.payment_reference}"
        if payment.unapplied > 0 and owed > 0 and payment.amount == owed:
            return (
                f"unapplied payment {payment.payment_id} of {payment.amount} {payment.currency} "
                f"matches what the named invoice(s) owe"
            )
    return None


def _contact_change(plan: ReplyPlan, triage: TriageResult, ctx: ReplyContext) -> None:
    if not triage.new_contact_email or plan.intent is Intent.DELIVERY_FAILURE:
        return
    address = triage.new_contact_email.strip().lower()
    if any(c.email.lower() == address for c in ctx.customer.contacts):
        return
    known_domains = {_domain(c.email) for c in ctx.customer.contacts}
    plan.add_contact = address
    # Changed contact details by email are a classic fraud vector: another domain, or mail that failed
    # DMARC, needs a person before anything goes to that address.
    plan.contact_needs_approval = ctx.untrusted or _domain(address) not in known_domains
    plan.reasons.append(
        f"customer named {address}"
        + (
            " (needs a person: "
            + ("the mail failed authentication" if ctx.untrusted else "not the customer's domain")
            + ")"
            if plan.contact_needs_approval
            else ""
        )
    )


def plan_reply(triage: TriageResult, ctx: ReplyContext) -> ReplyPlan:
    intent, case, today, days = triage.intent, ctx.case, ctx.today, ctx.business_days
    plan = ReplyPlan(intent=intent)
    named = _named_open(triage, ctx.invoices)
    named_ids = sorted(inv.invoice_id for inv in named if inv.is_open)
    _contact_change(plan, triage, ctx)

    if intent is Intent.LEGAL_OR_INSOLVENCY:
        plan.stop_outreach = True
        plan.to_state = CaseState.PAUSED
        plan.escalate = "legal notice or insolvency: all outreach to this customer stopped"
        plan.priority = Priority.HIGH
        plan.next_step = "stop all outreach; file a claim with the administrator or pass to counsel"
        plan.reasons.append("legal or insolvency notice: outreach stops at once, a person takes over")
    elif intent is Intent.DELIVERY_FAILURE:
        bounced = [a.lower() for a in ctx.failed_recipients]
        known = {c.email.lower() for c in ctx.customer.contacts if c.reachable}
        hit = sorted(a for a in bounced if a in known)
        if hit and not ctx.untrusted:
            plan.invalidate_contacts = hit
            plan.invalid_reason = "our mail bounced (delivery failure report)"
            plan.reasons.append(f"{', '.join(hit)} marked invalid: our mail to it bounced")
        else:
            plan.reasons.append("bounce report names no known contact (or failed authentication)")
        plan.escalate = "our reminder bounced: a working contact is needed"
        plan.next_step = "find a working contact for this customer"
    elif intent is Intent.OUT_OF_OFFICE:
        back = triage.return_date
        if plan.add_contact and not plan.contact_needs_approval:
            plan.resend_now = True
            plan.reasons.append(f"contact away; writing to the named alternate {plan.add_contact}")
        elif back is not None and back >= today:
            plan.wait_until = next_business_day(back, days)
            plan.reasons.append(
                f"contact away until {back}: next touch on the next business day, {plan.wait_until}"
            )
        else:
            plan.wait_until = add_business_days(today, ACK_WAIT_BUSINESS_DAYS, days)
            plan.reasons.append("contact away with no usable return date: wait a few business days")
    elif intent is Intent.DISPUTE:
        plan.to_state = CaseState.DISPUTE if case.can_transition(CaseState.DISPUTE) else None
        reason = triage.dispute_reason.value if triage.dispute_reason else "other"
        plan.pause_invoice_ids = named_ids
        plan.pause_reason = f"dispute: {reason}"
        which = ", ".join(inv.number for inv in named) or "an invoice (not named)"
        plan.escalate = f"customer disputes {which} ({reason})"
        plan.next_step = "review the disputed invoice(s) with sales or delivery; answer the customer"
        plan.reasons.append(
            "only the disputed invoice(s) pause; the rest keeps its cadence"
            if named_ids
            else "the disputed invoice is not named: a person picks which one to hold"
        )
        if triage.promised_date:
            plan.reasons.append(f"customer also says the undisputed part is paid by {triage.promised_date}")
    elif intent is Intent.PAYMENT_PLAN_REQUEST:
        plan.to_state = CaseState.ESCALATED if case.can_transition(CaseState.ESCALATED) else None
        plan.escalate = "payment plan or extension requested: a terms change needs a person"
        plan.next_step = "decide on the plan or extension; the agent waits until then"
        plan.reasons.append("outreach waits until a person decides on the plan")
    elif intent is Intent.PAID_CLAIM:
        _paid_claim(plan, triage, ctx)
    elif intent is Intent.PROMISE_TO_PAY:
        if (
            triage.promised_date
            and triage.promised_date >= today
            and case.can_transition(CaseState.PROMISE_TO_PAY)
        ):
            plan.to_state = CaseState.PROMISE_TO_PAY
            plan.promise_due = triage.promised_date
            plan.answer = Answer.PROMISE_CONFIRMATION
            plan.reasons.append(
                f"promise to pay by {triage.promised_date}"
                + (
                    f" ({triage.promised_amount} {triage.currency or ''})".rstrip()
                    if triage.promised_amount
                    else ""
                )
                + ": confirm it, then wait until the date plus the playbook's grace"
            )
        else:
            plan.wait_until = add_business_days(today, ACK_WAIT_BUSINESS_DAYS, days)
            plan.reasons.append("promise without a usable future date: wait a few business days, then chase")
    elif intent is Intent.WRONG_CONTACT:
        if (
            not ctx.untrusted
            and ctx.sender
            and any(c.email.lower() == ctx.sender.lower() for c in ctx.customer.contacts)
        ):
            plan.invalidate_contacts = [ctx.sender.lower()]
            plan.invalid_reason = "said they are not the right person"
        if plan.add_contact and not plan.contact_needs_approval:
            plan.resend_now = True
            plan.reasons.append(f"re-sending to {plan.add_contact}")
        elif plan.add_contact is None:
            plan.escalate = "wrong contact, no new address given: a person finds the right one"
            plan.next_step = "find the right contact for this customer"
    elif intent is Intent.DOCUMENT_REQUEST:
        if ctx.documents_requested.any:
            _standing_documents(plan, ctx)
        else:
            plan.answer = Answer.COPY_INVOICE
            plan.reasons.append("customer asked for a copy: answer with the invoice(s), within guardrails")
    elif intent is Intent.BILLING_UPDATE:
        affected = named_ids or sorted(inv.invoice_id for inv in ctx.invoices if inv.is_overdue(today))
        plan.pause_invoice_ids = affected
        plan.pause_reason = "billing update needed (PO, portal, vendor form or entity change)"
        plan.escalate = "customer needs a billing change before paying"
        plan.next_step = "do the billing task (PO, portal upload, vendor form), then reissue"
        plan.reasons.append("the affected invoice(s) pause until the billing task is done")
    elif intent is Intent.ACKNOWLEDGEMENT:
        plan.wait_until = add_business_days(today, ACK_WAIT_BUSINESS_DAYS, days)
        plan.reasons.append(f"acknowledged: wait {ACK_WAIT_BUSINESS_DAYS} business days")
    else:
        plan.escalate = "reply needs a person (a question, or unclear)"
        plan.to_inbox = True
    if plan.add_contact and plan.contact_needs_approval and not plan.escalate:
        plan.escalate = f"approve new contact {plan.add_contact} before anything is sent to it"
        plan.next_step = "check the new address with the customer by phone, then add it"
    return plan


def _standing_documents(plan: ReplyPlan, ctx: ReplyContext) -> None:
    wanted = ctx.documents_requested
    missing = [LABELS[kind] for kind in wanted.kinds if kind not in ctx.documents_on_file]
    if wanted.unnamed_form:
        missing.append("a tax or vendor form it does not name")
    if missing:
        plan.escalate = f"customer asks for {', '.join(missing)}: not on file for the agent to send"
        plan.next_step = (
            "send the document by hand, or upload it (`documents upload`) so the agent can next time"
        )
        plan.reasons.append(f"document requested but not on file: {', '.join(missing)}")
    elif ctx.untrusted:
        # Tax forms carry the tenant's tax id: a request in mail that failed DMARC is checked by a person.
        plan.escalate = "tax document requested in mail that failed authentication"
        plan.next_step = "check the sender before sending the document"
        plan.reasons.append("document request in unauthenticated mail: a person checks first")
    else:
        plan.answer = Answer.SEND_DOCUMENT
        plan.documents = wanted.kinds
        names = ", ".join(LABELS[kind] for kind in wanted.kinds)
        plan.reasons.append(f"customer asked for {names}: on file, sent to the customer's contacts")


def _paid_claim(plan: ReplyPlan, triage: TriageResult, ctx: ReplyContext) -> None:
    if ctx.untrusted:
        # A forged "we paid" is how a chase gets switched off: a person looks before anything changes.
        plan.escalate = "payment claimed in mail that failed authentication"
        plan.next_step = "check the bank and the sender before believing the claim"
        plan.reasons.append("payment claim in unauthenticated mail: no change without a person")
        return
    case = ctx.case
    plan.to_state = CaseState.PAYMENT_CLAIMED if case.can_transition(CaseState.PAYMENT_CLAIMED) else None
    plan.wait_until = add_business_days(ctx.today, CLAIM_WAIT_BUSINESS_DAYS, ctx.business_days)
    evidence = claim_evidence(triage, ctx.invoices, ctx.payments)
    plan.claim_evidence = evidence
    if evidence:
        plan.reasons.append(f"payment claim matches the ledger ({evidence}): cash application closes it")
    else:
        plan.answer = Answer.REMITTANCE_REQUEST
        plan.reasons.append(
            "payment claimed but not found: ask for the remittance or reference, wait "
            f"{CLAIM_WAIT_BUSINESS_DAYS} business days, then a person checks; never close on a claim"
        )
