"""What a customer's reply changes, as a plan with reasons. Pure: the inbound service applies it.

A triage result is a reading of the customer's words, so nothing here can close a case, apply cash, write
off, discount or change terms: a paid claim waits for the money, a plan request goes to a person, and mail
that failed DMARC ("untrusted") can neither change a contact nor count as a claim without a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.ledger import Customer, Invoice
from chalicelib.domain.triage import Intent, TriageResult

ACK_WAIT_DAYS = 3  # business-ish days to wait after "we'll look into it"
CLAIM_WAIT_DAYS = 3  # days a claimed payment gets to arrive before we ask for the remittance again


class Answer(StrEnum):
    PROMISE_CONFIRMATION = "promise_confirmation"
    COPY_INVOICE = "copy_invoice"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"


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
    wait_until: date | None = None
    add_contact: str | None = None
    contact_needs_approval: bool = False
    stop_outreach: bool = False
    answer: Answer | None = None


def _named_invoices(triage: TriageResult, invoices: list[Invoice]) -> list[str]:
    wanted = {n.upper() for n in triage.invoice_numbers}
    return sorted(inv.invoice_id for inv in invoices if inv.is_open and inv.number.upper() in wanted)


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def plan_reply(
    triage: TriageResult,
    *,
    case: Case,
    customer: Customer,
    invoices: list[Invoice],
    today: date,
    untrusted: bool,
    tax_form_requested: bool = False,
) -> ReplyPlan:
    intent = triage.intent
    plan = ReplyPlan(intent=intent)
    named = _named_invoices(triage, invoices)
    if triage.new_contact_email and intent is not Intent.DELIVERY_FAILURE:
        known_domains = {_domain(c.email) for c in customer.contacts}
        plan.add_contact = triage.new_contact_email.lower()
        # Changed contact details by email are a classic fraud vector: another domain, or mail that failed
        # DMARC, needs a person before anything goes to that address.
        plan.contact_needs_approval = untrusted or _domain(plan.add_contact) not in known_domains
        plan.reasons.append(
            f"customer named {plan.add_contact}"
            + (" (needs a person: other domain or untrusted mail)" if plan.contact_needs_approval else "")
        )

    if intent is Intent.LEGAL_OR_INSOLVENCY:
        plan.stop_outreach = True
        plan.to_state = CaseState.PAUSED
        plan.escalate = "legal notice or insolvency: all outreach stopped"
        plan.priority = Priority.HIGH
    elif intent is Intent.DELIVERY_FAILURE:
        plan.escalate = "our reminder bounced: a working contact is needed"
    elif intent is Intent.OUT_OF_OFFICE:
        back = triage.return_date
        if back is not None and back >= today:
            plan.wait_until = back + timedelta(days=1)
            plan.reasons.append(f"contact away until {back}: next touch the day after")
        else:
            plan.wait_until = today + timedelta(days=ACK_WAIT_DAYS)
            plan.reasons.append("contact away, no return date: wait a few days")
    elif intent is Intent.DISPUTE:
        plan.to_state = CaseState.DISPUTE if case.can_transition(CaseState.DISPUTE) else None
        plan.pause_invoice_ids = named
        plan.pause_reason = f"dispute: {(triage.dispute_reason.value if triage.dispute_reason else 'other')}"
        plan.escalate = "customer disputes " + (", ".join(triage.invoice_numbers) or "an invoice")
        plan.reasons.append("only the disputed invoice(s) pause; the rest keeps its cadence")
        if triage.promised_date:
            plan.reasons.append(f"customer also promises the undisputed part by {triage.promised_date}")
    elif intent is Intent.PAYMENT_PLAN_REQUEST:
        plan.to_state = CaseState.ESCALATED if case.can_transition(CaseState.ESCALATED) else None
        plan.escalate = "payment plan or extension requested: terms change needs a person"
    elif intent is Intent.PAID_CLAIM:
        if untrusted:
            plan.escalate = "payment claimed in mail that failed authentication: a person checks"
        else:
            plan.to_state = (
                CaseState.PAYMENT_CLAIMED if case.can_transition(CaseState.PAYMENT_CLAIMED) else None
            )
            plan.wait_until = today + timedelta(days=CLAIM_WAIT_DAYS)
            plan.reasons.append(
                "claimed payment: wait for the money (cash application closes it), never close on a claim"
            )
    elif intent is Intent.PROMISE_TO_PAY:
        if (
            triage.promised_date
            and triage.promised_date >= today
            and case.can_transition(CaseState.PROMISE_TO_PAY)
        ):
            plan.to_state = CaseState.PROMISE_TO_PAY
            plan.promise_due = triage.promised_date
            plan.answer = Answer.PROMISE_CONFIRMATION
        else:
            plan.wait_until = today + timedelta(days=ACK_WAIT_DAYS)
            plan.reasons.append("promise without a usable date: wait a few days, then chase")
    elif intent is Intent.WRONG_CONTACT:
        if plan.add_contact is None:
            plan.escalate = "wrong contact, no new address given: a person finds the right one"
    elif intent is Intent.DOCUMENT_REQUEST:
        if tax_form_requested:
            plan.escalate = "customer asks for a tax or vendor document (W-9 and the like): a person sends it"
        else:
            plan.answer = Answer.COPY_INVOICE
    elif intent is Intent.BILLING_UPDATE:
        plan.pause_invoice_ids = named
        plan.pause_reason = "billing update needed (PO, portal, vendor form or entity change)"
        plan.escalate = "customer needs a billing change before paying"
    elif intent is Intent.ACKNOWLEDGEMENT:
        plan.wait_until = today + timedelta(days=ACK_WAIT_DAYS)
    else:
        plan.escalate = "reply needs a person (question or unclear)"
    if plan.add_contact and plan.contact_needs_approval and not plan.escalate:
        plan.escalate = f"approve new contact {plan.add_contact}"
    return plan
