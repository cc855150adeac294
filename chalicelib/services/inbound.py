"""Acting on a customer's reply: thread it to its case, read it, and change the case with reasons.

Threading, strongest first:
1. the signed per-case reply-to token in the recipients (it names tenant and case; a forged one names
   nothing, and a real one sent to another tenant's domain is not believed);
2. In-Reply-To / References against the provider ids of our own sends (SES replaces our Message-ID, so
   the ids we know are SES's);
3. a plain ``ar+<case id>`` address, only when the sender writes from that customer's domain;
4. the invoice numbers the mail names plus the sender's domain, when they point at exactly one customer.
Mail that matches no case goes to the inbox for a person (never dropped); mail to a domain no tenant owns
is dropped with a log line, never attached to another tenant. A message that could not be parsed stays
where SES stored it and is listed in the inbox with the error.

Every action is a case event with reasons; escalations are kept as records a person works from (Slack
posts them). Customer text is data: nothing a mail says can close a case, apply cash or change terms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.case import Case, CaseState, Promise
from chalicelib.domain.documents import requested_documents
from chalicelib.domain.ledger import Contact, ContactRole, Customer, Invoice, InvoicePause
from chalicelib.domain.reply_actions import Answer, Priority, ReplyContext, ReplyPlan, plan_reply
from chalicelib.domain.reply_tokens import read_token, token_in
from chalicelib.domain.scheduling import next_action_at, within_contact_hours
from chalicelib.domain.tenant import Tenant
from chalicelib.domain.triage import Intent, TriageEngine, TriageResult
from chalicelib.services import documents as tenant_documents
from chalicelib.services.cases import update_case
from chalicelib.services.cash import REMITTANCE_KIND, RemittanceAdvice
from chalicelib.services.escalations import KEPT_ELSEWHERE, raise_escalation
from chalicelib.services.ports import Clock, ConversationMemory, Repository

if TYPE_CHECKING:
    from chalicelib.services.sweep import SweepDeps

log = logging.getLogger(__name__)
ACTOR = "webhook:ses"
INBOX_KIND = "inbox"
SEEN_KIND = "inbound_seen"
THREAD_KIND = "thread"  # provider message id of one of our sends -> its case (written by RecordingSender)
ROUTE_PROVIDER = "reply-domain"
APPROVAL_KIND = "approval"


@dataclass(frozen=True)
class InboundMail:
    """What the entry point read off the message (headers and SES's verdicts), plus the raw bytes for triage."""

    raw: bytes
    message_id: str
    sender: str
    recipients: list[str]
    text: str = ""
    subject: str = ""
    # DMARC failed: never allowed to change a contact or claim payment without a person.
    untrusted: bool = False
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    failed_recipients: tuple[str, ...] = ()  # from a bounce report
    # Set when the message could not be read: it is listed in the inbox with this error, nothing is acted on.
    parse_error: str | None = None
    stored_at: str | None = None  # s3://bucket/key where SES kept the raw message
    # SES's id for this receipt: what redeliveries share. The Message-ID header is the sender's choice, so a
    # stranger could reuse a customer's to get a real reply skipped; it is only the fallback.
    receipt_id: str | None = None
    attachment_text: str = ""  # text attachments and the text layer of PDFs (remittance advices)

    @property
    def dedupe_key(self) -> str:
        return f"ses:{self.receipt_id}" if self.receipt_id else f"mid:{self.message_id}"


@dataclass
class IngestResult:
    status: str  # acted | inbox | dropped | duplicate
    detail: str
    tenant_id: str | None = None
    case_id: str | None = None
    triage: TriageResult | None = None
    plan: ReplyPlan | None = field(default=None, repr=False)


class InboxItem(BaseModel):
    """Mail a person must look at: matched no case, could not be read, or asks something the agent cannot answer."""

    message_id: str
    tenant_id: str
    sender: str
    reason: str
    received_at: datetime
    intent: str | None = None
    subject: str = ""
    case_id: str | None = None
    error: str | None = None
    stored_at: str | None = None
    excerpt: str = ""


class Seen(BaseModel):
    message_id: str
    at: datetime
    status: str


class ThreadRef(BaseModel):
    case_id: str
    sent_at: datetime


class AnswerFn(Protocol):
    """Answers the customer (confirmation, copy, remittance question) once per request id; returns what happened."""

    def __call__(
        self,
        tenant_id: str,
        case_id: str,
        answer: Answer,
        request_id: str,
        *,
        documents: tuple[str, ...] = (),
    ) -> str: ...


# --- threading ----------------------------------------------------------------------------------------


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower()


def _tenant_for_domains(repo: Repository, domains: set[str]) -> Tenant | None:
    # The route is a cache of the tenant scan (a table scan on DynamoDB): believed only while the tenant
    # still owns the domain, so a domain that moved is looked up afresh.
    for domain in sorted(domains):
        tenant_id = repo.route(ROUTE_PROVIDER, domain)
        tenant = repo.get_tenant(tenant_id) if tenant_id else None
        if tenant is not None and (tenant.reply_domain or "").lower() == domain:
            return tenant
    found = next(
        (t for t in repo.list_tenants() if t.reply_domain and t.reply_domain.lower() in domains), None
    )
    if found is not None and found.reply_domain:
        repo.put_route(ROUTE_PROVIDER, found.reply_domain.lower(), found.tenant_id)
    return found


def bare_message_id(message_id: str) -> str:
    return message_id.strip().strip("<>").split("@", 1)[0].lower()


def _by_message_ids(repo: Repository, tenant_id: str, ids: list[str]) -> str | None:
    wanted = [bare_message_id(i) for i in ids if i.strip()]
    if not wanted:
        return None
    for bare in reversed(wanted):  # the message answered directly is the strongest hint
        ref = repo.get_record(tenant_id, THREAD_KIND, bare, ThreadRef)
        if ref is not None:
            return ref.case_id
    # Only the index: scanning every send-once marker per inbound mail would grow with the tenant's history.
    return None


def _from_customer(customer: Customer, sender: str) -> bool:
    domain = _domain(sender)
    return any(_domain(c.email) == domain for c in customer.contacts)


def thread(
    repo: Repository, mail: InboundMail, secret: str, triage: TriageResult | None
) -> tuple[Tenant | None, str | None, str]:
    """(tenant, case id, how): tenant None means no tenant owns the mail; case None means the inbox."""
    domains = {_domain(r) for r in mail.recipients}
    token = token_in(mail.recipients)
    if token:
        found = read_token(secret, token)
        if found:
            tenant = repo.get_tenant(found[0])
            # Tenant-bound: the token must come back to the domain of the tenant it names.
            if tenant is not None and tenant.reply_domain and tenant.reply_domain.lower() in domains:
                return tenant, found[1], "reply-to token"
    tenant = _tenant_for_domains(repo, domains)
    if tenant is None:
        return None, None, "no tenant owns the recipient domain"
    tenant_id = tenant.tenant_id
    by_id = _by_message_ids(
        repo, tenant_id, [*mail.references, *([mail.in_reply_to] if mail.in_reply_to else [])]
    )
    if by_id is not None:
        return tenant, by_id, "In-Reply-To/References"
    for recipient in mail.recipients:
        local = recipient.split("@", 1)[0].lower()
        if local.startswith("ar+") and _domain(recipient) == (tenant.reply_domain or "").lower():
            # Unsigned ar+<case id>: trusted only from the customer's own domain, so an edited address
            # cannot reach another customer's case.
            plain = repo.get_customer(tenant_id, local[3:])
            if plain is not None and _from_customer(plain, mail.sender):
                return tenant, plain.customer_id, "reply-to address and sender domain"
    named = {n.upper() for n in (triage.invoice_numbers if triage else [])}
    if not named:
        return tenant, None, "no reply-to token, known thread or invoice number"
    matches = []
    for customer in repo.list_customers(tenant_id):
        if not _from_customer(customer, mail.sender):
            continue
        numbers = {i.number.upper() for i in repo.list_invoices(tenant_id, customer.customer_id)}
        if named <= numbers:
            matches.append(customer.customer_id)
    if len(matches) == 1:
        return tenant, matches[0], "sender domain and invoice numbers"
    return tenant, None, "no single customer matches the sender's domain and the invoices named"


# --- the use case ----------------------------------------------------------------------------------------


def _inbox(
    repo: Repository,
    tenant: Tenant,
    mail: InboundMail,
    now: datetime,
    reason: str,
    *,
    intent: str | None = None,
    case_id: str | None = None,
    error: str | None = None,
) -> None:
    item = InboxItem(
        message_id=mail.message_id,
        tenant_id=tenant.tenant_id,
        sender=mail.sender or "(unknown sender)",
        reason=reason,
        received_at=now,
        subject=mail.subject,
        stored_at=mail.stored_at,
        excerpt=mail.text[:500],
        intent=intent,
        case_id=case_id,
        error=error,
    )
    repo.put_record(tenant.tenant_id, INBOX_KIND, mail.dedupe_key, item)


def _done(
    repo: Repository, tenant_id: str, mail: InboundMail, now: datetime, result: IngestResult
) -> IngestResult:
    repo.put_record(
        tenant_id, SEEN_KIND, mail.dedupe_key, Seen(message_id=mail.message_id, at=now, status=result.status)
    )
    return result


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
    # Who the mail belongs to is settled before it is read: mail for nobody costs no triage (a model call
    # on AWS), and a redelivery is recognised before anything is done twice.
    tenant, case_id, how = thread(repo, mail, token_secret, None)
    if tenant is None:
        log.warning(
            "dropped inbound %s from %s to %s: %s", mail.message_id, mail.sender, mail.recipients, how
        )
        return IngestResult("dropped", how)
    tenant_id = tenant.tenant_id
    # SNS delivers at least once. The marker is written after acting (a crash before it means a retry acts
    # again, and everything acted on is keyed by the message id or checked against the case's state).
    if repo.get_record(tenant_id, SEEN_KIND, mail.dedupe_key, Seen) is not None:
        return IngestResult("duplicate", "this message was already handled", tenant_id, case_id)
    triage: TriageResult | None = None
    triage_error: str | None = None
    if mail.parse_error is None:
        try:
            triage = engine.triage(mail.raw)
        except Exception as exc:  # one unreadable message must not stop the batch: a person reads it
            triage_error = f"triage failed: {type(exc).__name__}: {exc}"
    if case_id is None and triage is not None and triage.invoice_numbers:
        _, case_id, how = thread(repo, mail, token_secret, triage)
    error = mail.parse_error or triage_error
    if error is not None or triage is None:
        _inbox(repo, tenant, mail, now, "the message could not be read", error=error, case_id=case_id)
        return _done(
            repo, tenant_id, mail, now, IngestResult("inbox", error or "unreadable", tenant_id, case_id)
        )
    case = repo.get_case(tenant_id, case_id) if case_id else None
    customer = repo.get_customer(tenant_id, case.customer_id) if case else None
    if case is None or customer is None:
        _inbox(
            repo,
            tenant,
            mail,
            now,
            how if case_id is None else f"case {case_id} not found",
            intent=triage.intent.value,
        )
        return _done(repo, tenant_id, mail, now, IngestResult("inbox", how, tenant_id, triage=triage))

    zone = ZoneInfo(customer.time_zone)
    invoices = repo.list_invoices(tenant_id, customer.customer_id)
    wanted = requested_documents(f"{mail.subject}\n{mail.text}")
    ctx = ReplyContext(
        case=case,
        customer=customer,
        invoices=invoices,
        payments=repo.list_payments(tenant_id, customer.customer_id),
        today=now.astimezone(zone).date(),
        business_days=tenant.policy.contact_hours.business_days,
        untrusted=mail.untrusted,
        documents_requested=wanted,
        documents_on_file=frozenset(tenant_documents.on_file(repo, tenant_id)) if wanted.any else frozenset(),
        failed_recipients=mail.failed_recipients,
        sender=mail.sender,
    )
    plan = plan_reply(triage, ctx)

    for invoice in invoices:
        if invoice.invoice_id in plan.pause_invoice_ids and plan.pause_reason and invoice.pause is None:
            repo.put_invoice(invoice.model_copy(update={"pause": InvoicePause(reason=plan.pause_reason)}))
    customer = _update_contacts(repo, customer, plan)
    invoices = repo.list_invoices(tenant_id, customer.customer_id)
    update_case(
        repo,
        tenant_id,
        case.case_id,
        _apply(
            plan=plan, triage=triage, mail=mail, now=now, tenant=tenant, customer=customer, invoices=invoices
        ),
    )
    if triage.intent is Intent.PAID_CLAIM and not mail.untrusted:
        _keep_remittance(repo, tenant_id, customer.customer_id, mail, triage, now=now)
    if plan.escalate:
        raise_escalation(
            repo,
            tenant_id,
            f"{case.case_id}:{mail.message_id}",
            reason=plan.escalate,
            at=now,
            source="inbound",
            case_id=case.case_id,
            priority="high" if plan.priority is Priority.HIGH else "normal",
            next_step=plan.next_step,
            excerpt=mail.text,
            message_id=mail.message_id,
            intent=triage.intent.value,
        )
    if plan.to_inbox:
        _inbox(
            repo, tenant, mail, now, plan.escalate or how, intent=triage.intent.value, case_id=case.case_id
        )
    if memory is not None:
        try:
            memory.record(
                tenant_id, customer.customer_id, case.case_id, role="customer", text=mail.text, at=now
            )
        except Exception:  # the reply is on the case already; memory is a convenience for drafting
            log.exception("could not remember inbound %s for %s/%s", mail.message_id, tenant_id, case.case_id)
    detail = how
    if plan.answer and answer is not None:
        try:
            answered = answer(
                tenant_id, case.case_id, plan.answer, mail.message_id, documents=tuple(plan.documents)
            )
        except Exception as exc:  # the case is already updated: a person answers instead of a blind retry
            log.exception("could not answer %s on %s/%s", mail.message_id, tenant_id, case.case_id)
            answered = f"failed ({type(exc).__name__})"
            raise_escalation(
                repo,
                tenant_id,
                f"{case.case_id}:{mail.message_id}:answer",
                reason=f"could not send the {plan.answer.value.replace('_', ' ')}: {exc}",
                at=now,
                source="inbound",
                case_id=case.case_id,
                next_step="answer the customer by hand",
                excerpt=mail.text,
                message_id=mail.message_id,
                intent=triage.intent.value,
            )
        detail += f"; answer {plan.answer.value}: {answered}"
    return _done(
        repo, tenant_id, mail, now, IngestResult("acted", detail, tenant_id, case.case_id, triage, plan)
    )


def _update_contacts(repo: Repository, customer: Customer, plan: ReplyPlan) -> Customer:
    contacts = list(customer.contacts)
    changed = False
    if plan.invalidate_contacts:
        bad = set(plan.invalidate_contacts)
        for n, contact in enumerate(contacts):
            if contact.email.lower() in bad and contact.reachable:
                contacts[n] = contact.model_copy(update={"invalid_reason": plan.invalid_reason or "invalid"})
                changed = True
    if (
        plan.add_contact
        and not plan.contact_needs_approval
        and not any(c.email.lower() == plan.add_contact for c in contacts)
    ):
        # First in the list: the sweep writes to the first reachable contact's role.
        role = next((c.role for c in contacts if c.reachable), ContactRole.AP)
        contacts.insert(0, Contact(email=plan.add_contact, role=role))
        changed = True
    if not changed:
        return customer
    updated = customer.model_copy(update={"contacts": contacts})
    repo.put_customer(updated)
    return updated


def _apply(
    *,
    plan: ReplyPlan,
    triage: TriageResult,
    mail: InboundMail,
    now: datetime,
    tenant: Tenant,
    customer: Customer,
    invoices: list[Invoice],
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
    zone, hours = customer.time_zone, tenant.policy.contact_hours

    def change(case: Case | None) -> Case | None:
        if case is None:
            return None
        if case.state is CaseState.RESOLVED:
            # Nothing is owed: keep the reply on the record, change nothing else.
            case.record(
                "ReplyReceived",
                at=now,
                actor=ACTOR,
                reason=f"reply on a resolved case: {triage.intent.value}",
                facts=facts,
            )
            return case
        case.last_reply_at = now
        case.record(
            "ReplyReceived",
            at=now,
            actor=ACTOR,
            reason="; ".join(plan.reasons) or f"reply read as {triage.intent.value}",
            facts=facts,
        )
        if plan.pause_invoice_ids:
            case.record(
                "InvoicesPaused",
                at=now,
                actor=ACTOR,
                reason=plan.pause_reason or "paused after a reply",
                facts={"invoice_ids": plan.pause_invoice_ids},
            )
        if plan.invalidate_contacts:
            case.record(
                "ContactInvalidated",
                at=now,
                actor=ACTOR,
                reason=plan.invalid_reason or "contact no longer usable",
                facts={"contacts": plan.invalidate_contacts},
            )
        if plan.add_contact:
            case.record(
                "ContactApprovalNeeded" if plan.contact_needs_approval else "ContactAdded",
                at=now,
                actor=ACTOR,
                reason=plan.reasons[0] if plan.reasons else f"customer named {plan.add_contact}",
                facts={"contact": plan.add_contact},
            )
        if plan.claim_evidence:
            case.record("PaymentClaimMatched", at=now, actor=ACTOR, reason=plan.claim_evidence, facts={})
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
        elif (
            plan.stop_outreach
            and case.state is not CaseState.PAUSED
            and case.can_transition(CaseState.PAUSED)
        ):
            case.pause(until=None, at=now, actor=ACTOR, reason=plan.escalate or "outreach stopped")
        elif plan.to_state is CaseState.ESCALATED and case.can_transition(CaseState.ESCALATED):
            case.escalate(
                plan.escalate or "needs a person",
                at=now,
                actor=ACTOR,
                # The reply's own escalation (with its excerpt) is raised below; no second card for the event.
                facts={"intent": triage.intent.value, KEPT_ELSEWHERE: True},
            )
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
                facts={"priority": plan.priority.value, "next_step": plan.next_step},
            )
        if plan.stop_outreach or case.state is CaseState.ESCALATED:
            case.next_action_at = None
        elif plan.wait_until:
            start = datetime.combine(plan.wait_until, time(0), tzinfo=ZoneInfo(zone))
            case.next_action_at = within_contact_hours(start, zone, hours)
            case.record(
                "Rescheduled",
                at=now,
                actor=ACTOR,
                reason=f"next look on {plan.wait_until}",
                facts={"next_action_at": case.next_action_at.isoformat()},
            )
        elif plan.resend_now:
            case.next_action_at = within_contact_hours(now, zone, hours)
            case.record(
                "Rescheduled",
                at=now,
                actor=ACTOR,
                reason=f"re-send to {plan.add_contact}",
                facts={"next_action_at": case.next_action_at.isoformat()},
            )
        else:
            case.next_action_at = next_action_at(
                case, customer=customer, invoices=invoices, policy=tenant.policy, now=now
            )
        return case

    return change


def _keep_remittance(
    repo: Repository,
    tenant_id: str,
    customer_id: str,
    mail: InboundMail,
    triage: TriageResult,
    *,
    now: datetime,
) -> None:
    """Keep what the customer said about a payment for cash application to link to the money when it lands.

    Only from trusted mail: a spoofed advice could steer cash onto the wrong invoices.
    """
    text = "\n".join(part for part in (mail.subject, mail.text, mail.attachment_text) if part.strip())
    amounts = sorted({a.value for a in find_amounts(text)})
    if triage.promised_amount is not None and triage.promised_amount not in amounts:
        amounts.append(triage.promised_amount)
    advice = RemittanceAdvice(
        tenant_id=tenant_id,
        message_id=mail.message_id,
        customer_id=customer_id,
        text=text[:20_000],
        amounts=amounts,
        received_at=now,
    )
    repo.put_record(tenant_id, REMITTANCE_KIND, mail.message_id, advice, if_absent=True)


# --- answering: every answer is drafted, guarded and sent (or proposed, or logged) on the sweep's ladder --


def reply_answers(deps: SweepDeps) -> AnswerFn:
    """The answers a reply can trigger (a confirmation, a copy, the remittance question, a document on file),
    each drafted from the customer's language template, guarded, and approved or sent per the playbook."""
    from chalicelib.domain.decision import Purpose  # noqa: PLC0415
    from chalicelib.services.sweep import answer_customer  # noqa: PLC0415

    def send_answer(
        tenant_id: str, case_id: str, answer: Answer, request_id: str, *, documents: tuple[str, ...] = ()
    ) -> str:
        outcome = answer_customer(
            deps, tenant_id, case_id, Purpose(answer.value), request_id=request_id, documents=documents
        )
        return outcome.result

    return send_answer
