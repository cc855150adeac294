"""Acting on a customer's reply: thread it to its case, read it, and change the case with reasons.

Threading, strongest first: the signed per-case reply-to token in the recipients (it names tenant and case,
and a forged one names nothing); then the tenant owning the recipient's domain plus a customer whose contact
domain is the sender's and who has the invoices the mail names. Mail that matches no case goes to the inbox
for a person (never dropped); mail to a domain no tenant owns is dropped with a log line, never attached to
another tenant. Every action is a case event; escalations are kept as records a person works from.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from chalicelib.domain.case import Case, CaseState, Promise
from chalicelib.domain.ledger import Contact, ContactRole, Customer, InvoicePause
from chalicelib.domain.reply_actions import Answer, ReplyPlan, plan_reply
from chalicelib.domain.reply_tokens import read_token, token_in
from chalicelib.domain.tenant import Tenant
from chalicelib.domain.triage import TriageEngine, TriageResult
from chalicelib.services.cases import update_case
from chalicelib.services.ports import Clock, ConversationMemory, Repository

log = logging.getLogger(__name__)
ACTOR = "webhook:ses"
INBOX_KIND, ESCALATION_KIND = "inbox", "escalation"
_TAX_FORM = re.compile(
    r"\b(w-?9|w-?8\w*|tax (form|certificate)|certificate of insurance|coi|vendor form)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class InboundMail:
    """What the entry point read off the message (headers and our verdicts), plus the raw bytes for triage."""

    raw: bytes
    message_id: str
    sender: str
    recipients: list[str]
    text: str = ""
    untrusted: bool = (
        False  # DMARC failed: never allowed to change a contact or claim payment without a person
    )


@dataclass
class IngestResult:
    status: str  # acted | inbox | dropped
    detail: str
    tenant_id: str | None = None
    case_id: str | None = None
    triage: TriageResult | None = None
    plan: ReplyPlan | None = field(default=None, repr=False)


class InboxItem(BaseModel):
    message_id: str
    tenant_id: str
    sender: str
    reason: str
    received_at: datetime
    intent: str | None = None


class Escalation(BaseModel):
    tenant_id: str
    case_id: str
    priority: str
    reason: str
    suggested_next_step: str
    excerpt: str
    raised_at: datetime


AnswerFn = Callable[[str, str, Answer, str], object]


def _thread(
    repo: Repository, mail: InboundMail, secret: str, triage: TriageResult
) -> tuple[Tenant | None, str | None, str]:
    token = token_in(mail.recipients)
    if token:
        found = read_token(secret, token)
        if found:
            tenant = repo.get_tenant(found[0])
            if tenant is not None:
                return tenant, found[1], "reply-to token"
    domains = {r.rsplit("@", 1)[-1].lower() for r in mail.recipients}
    tenant = next(
        (t for t in repo.list_tenants() if t.reply_domain and t.reply_domain.lower() in domains), None
    )
    if tenant is None:
        return None, None, "no tenant owns the recipient domain"
    sender_domain = mail.sender.rsplit("@", 1)[-1].lower()
    # A plain ar+<case id>@<tenant domain> address (unsigned) is trusted only when the sender writes from the
    # domain of that case's customer: an edited address then cannot reach another customer's case.
    for recipient in mail.recipients:
        local = recipient.split("@", 1)[0].lower()
        if local.startswith("ar+"):
            plain = repo.get_customer(tenant.tenant_id, local[3:])
            if plain is not None and any(
                c.email.lower().endswith("@" + sender_domain) for c in plain.contacts
            ):
                return tenant, plain.customer_id, "reply-to address and sender domain"
    named = {n.upper() for n in triage.invoice_numbers}
    matches = []
    for customer in repo.list_customers(tenant.tenant_id):
        if not any(c.email.lower().endswith("@" + sender_domain) for c in customer.contacts):
            continue
        numbers = {i.number.upper() for i in repo.list_invoices(tenant.tenant_id, customer.customer_id)}
        if named and named <= numbers:
            matches.append(customer.customer_id)
    if len(matches) == 1:
        return tenant, matches[0], "sender domain and invoice numbers"
    return tenant, None, "no single case matches the sender and invoices"


def ingest_reply(
    mail: InboundMail,
    *,
    repo: Repository,
    clock: Clock,
    engine: TriageEngine,
    token_secret: str,
    answer: AnswerFn | None = None,
    memory: ConversationMemory | None = None,
) -> IngestResult:
    now = clock.now()
    triage = engine.triage(mail.raw)
    tenant, case_id, how = _thread(repo, mail, token_secret, triage)
    if tenant is None:
        log.warning("dropped inbound %s from %s: %s", mail.message_id, mail.sender, how)
        return IngestResult("dropped", how, triage=triage)
    case = repo.get_case(tenant.tenant_id, case_id) if case_id else None
    customer = repo.get_customer(tenant.tenant_id, case_id) if case_id else None
    if case is None or customer is None:
        item = InboxItem(
            message_id=mail.message_id,
            tenant_id=tenant.tenant_id,
            sender=mail.sender,
            reason=how,
            received_at=now,
            intent=triage.intent.value,
        )
        repo.put_record(tenant.tenant_id, INBOX_KIND, mail.message_id, item)
        return IngestResult("inbox", how, tenant.tenant_id, triage=triage)
    invoices = repo.list_invoices(tenant.tenant_id, customer.customer_id)
    today = now.astimezone(ZoneInfo(customer.time_zone)).date()
    plan = plan_reply(
        triage,
        case=case,
        customer=customer,
        invoices=invoices,
        today=today,
        untrusted=mail.untrusted,
        tax_form_requested=bool(_TAX_FORM.search(mail.text)),
    )
    for invoice in invoices:
        if invoice.invoice_id in plan.pause_invoice_ids and plan.pause_reason:
            repo.put_invoice(invoice.model_copy(update={"pause": InvoicePause(reason=plan.pause_reason)}))
    if plan.add_contact and not plan.contact_needs_approval:
        _add_contact(repo, customer, plan.add_contact)
    update_case(repo, tenant.tenant_id, case.case_id, _apply(plan, triage, mail, now, customer.time_zone))
    if plan.escalate:
        escalation = Escalation(
            tenant_id=tenant.tenant_id,
            case_id=case.case_id,
            priority=plan.priority.value,
            reason=plan.escalate,
            suggested_next_step=_next_step(plan),
            excerpt=mail.text[:500],
            raised_at=now,
        )
        repo.put_record(tenant.tenant_id, ESCALATION_KIND, f"{case.case_id}:{mail.message_id}", escalation)
    if memory is not None:
        memory.record(
            tenant.tenant_id, customer.customer_id, case.case_id, role="customer", text=mail.text, at=now
        )
    if plan.answer and answer is not None:
        answer(tenant.tenant_id, case.case_id, plan.answer, mail.message_id)
    return IngestResult("acted", how, tenant.tenant_id, case.case_id, triage, plan)


def _add_contact(repo: Repository, customer: Customer, address: str) -> None:
    if any(c.email.lower() == address for c in customer.contacts):
        return
    repo.put_customer(
        customer.model_copy(
            update={"contacts": [*customer.contacts, Contact(email=address, role=ContactRole.AP)]}
        )
    )


def _next_step(plan: ReplyPlan) -> str:
    steps = {
        "legal_or_insolvency": "stop all outreach; file a claim or pass to counsel",
        "dispute": "review the disputed invoice(s) with sales; reply to the customer",
        "payment_plan_request": "decide on the plan or extension; the agent waits",
        "delivery_failure": "find a working contact",
        "wrong_contact": "find the right contact",
        "billing_update": "do the billing task (PO, portal, vendor form), then reissue",
        "document_request": "send the requested document",
    }
    return steps.get(plan.intent.value, "read the reply and decide")


def _apply(
    plan: ReplyPlan, triage: TriageResult, mail: InboundMail, now: datetime, zone: str
) -> Callable[[Case | None], Case | None]:
    facts = {
        "message_id": mail.message_id,
        "intent": triage.intent.value,
        "confidence": triage.confidence,
        "engine": triage.engine,
        "fields": triage.model_dump(
            mode="json", exclude={"id", "intent", "confidence", "engine", "error"}, exclude_none=True
        ),
        "untrusted": mail.untrusted,
    }

    def change(case: Case | None) -> Case | None:
        if case is None:
            return None
        case.last_reply_at = now
        case.record(
            "ReplyReceived",
            at=now,
            actor=ACTOR,
            reason="; ".join(plan.reasons) or f"reply: {triage.intent.value}",
            facts=facts,
        )
        if plan.promise_due and case.can_transition(CaseState.PROMISE_TO_PAY):
            case.capture_promise(
                Promise(
                    due=plan.promise_due,
                    amount=triage.promised_amount,
                    currency=triage.currency,
                    captured_at=now,
                ),
                at=now,
                actor=ACTOR,
                reason=f"customer promised payment by {plan.promise_due}",
            )
        elif plan.stop_outreach and case.can_transition(CaseState.PAUSED):
            case.pause(until=None, at=now, actor=ACTOR, reason=plan.escalate or "outreach stopped")
        elif plan.to_state and plan.to_state is not case.state and case.can_transition(plan.to_state):
            case.transition(
                plan.to_state, at=now, actor=ACTOR, reason=plan.escalate or f"reply: {triage.intent.value}"
            )
        if plan.escalate:
            case.record(
                "EscalationRaised",
                at=now,
                actor=ACTOR,
                reason=plan.escalate,
                facts={"priority": plan.priority.value},
            )
        if plan.wait_until:
            case.next_action_at = datetime.combine(plan.wait_until, time(9), tzinfo=ZoneInfo(zone))
            case.record(
                "Rescheduled",
                at=now,
                actor=ACTOR,
                reason=f"wait until {plan.wait_until}",
                facts={"next_action_at": case.next_action_at.isoformat()},
            )
        return case

    return change
