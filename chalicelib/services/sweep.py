"""The daily dunning sweep: find the due cases, fan out one message per case, work each case alone.

``run_sweep`` reads only the sparse due index (never a scan) and enqueues one ``CaseMessage`` per due case.
``work_case`` handles one message: load the case and its ledger, decide (pure engine), draft and guard the
text, then act according to the playbook's autonomy: log it (monitor), ask a person (suggest, or act above
the thresholds), or send it once (act). Everything it does is recorded as case events in one save.

Failure policy: bad data is a decision (escalate), not an exception. An exception leaves ``work_case`` only
for a transient problem (throttling, a lost race five times running, a network error), so the queue can
redeliver that one message; with a batch size of one nothing else is held back or redone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from chalicelib.domain.case import Case, CaseEvent, CaseState
from chalicelib.domain.decision import (
    ActionKind,
    ChaseHistory,
    Decision,
    Purpose,
    Tone,
    answer_request,
    decide,
)
from chalicelib.domain.documents import DocumentKind
from chalicelib.domain.ledger import Contact, Customer, Invoice
from chalicelib.domain.outbound import ApprovalRequest, ApprovalStatus, Attachment, OutboundEmail
from chalicelib.domain.policy import Autonomy, Playbook
from chalicelib.domain.reply_tokens import reply_address as signed_reply_address
from chalicelib.domain.scheduling import next_action_at, within_contact_hours
from chalicelib.domain.tenant import Tenant
from chalicelib.services import approvals_query
from chalicelib.services import documents as tenant_documents
from chalicelib.services.cases import update_case
from chalicelib.services.drafting import (
    Draft,
    DraftBlockedError,
    DraftGuard,
    Personaliser,
    TemplateRenderer,
    make_draft,
)
from chalicelib.services.outbound import EmailRejectedError, send_once
from chalicelib.services.ports import Clock, EmailSender, FreshnessCheck, Repository

ACTOR = "system:sweep"
APPROVAL_KIND = approvals_query.APPROVAL_KIND
DEBUT_KIND = "playbook_debut"
# How long other customers' names are reused for the leak check before being re-read.
NAMES_TTL = timedelta(minutes=10)

SENT_KINDS: dict[Purpose, str] = {
    Purpose.REMINDER: "ReminderSent",
    Purpose.PRE_DUE: "PreDueReminderSent",
    Purpose.PROMISE_CONFIRMATION: "PromiseConfirmationSent",
    Purpose.COPY_INVOICE: "InvoiceCopySent",
    Purpose.BROKEN_PROMISE: "BrokenPromiseReminderSent",
    Purpose.CONFIRM_PAYMENT: "PaymentConfirmationRequestSent",
    Purpose.UPDATE_PAYMENT_METHOD: "PaymentMethodRequestSent",
    Purpose.REMITTANCE_REQUEST: "RemittanceRequested",
    Purpose.SEND_DOCUMENT: "DocumentSent",
}
_SENT_KIND_PURPOSE = {kind: purpose for purpose, kind in SENT_KINDS.items()}


# --- fan-out ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseMessage:
    """One queue message: which case to work. The worker re-reads everything else."""

    tenant_id: str
    case_id: str
    due_at: str

    def to_json(self) -> str:
        return json.dumps({"tenant_id": self.tenant_id, "case_id": self.case_id, "due_at": self.due_at})

    @classmethod
    def from_json(cls, body: str) -> CaseMessage:
        data = json.loads(body)
        return cls(tenant_id=str(data["tenant_id"]), case_id=str(data["case_id"]), due_at=str(data["due_at"]))


class Queue(Protocol):
    """Where the sweep puts one message per due case (SQS on AWS, a list in tests)."""

    def send_many(self, messages: list[CaseMessage]) -> None: ...


@dataclass(frozen=True)
class SweepReport:
    due: int
    enqueued: int
    tenants: dict[str, int]


def run_sweep(repo: Repository, queue: Queue, clock: Clock, *, chunk: int = 100) -> SweepReport:
    """Enqueue every case the due index says is due now. Reads the index only."""
    now = clock.now()
    tenants: dict[str, int] = {}
    batch: list[CaseMessage] = []
    total = 0
    for due in repo.due_cases(now):
        batch.append(CaseMessage(due.tenant_id, due.case_id, due.due_at.isoformat()))
        tenants[due.tenant_id] = tenants.get(due.tenant_id, 0) + 1
        if len(batch) >= chunk:
            queue.send_many(batch)
            total += len(batch)
            batch = []
    if batch:
        queue.send_many(batch)
        total += len(batch)
    return SweepReport(due=total, enqueued=total, tenants=tenants)


# --- working one case -------------------------------------------------------------------------------


@dataclass
class SweepDeps:
    """What a worker needs, wired once by the composition root."""

    repo: Repository
    clock: Clock
    sender: EmailSender
    fresh: FreshnessCheck
    renderer: TemplateRenderer
    guard: DraftGuard
    personaliser: Personaliser | None = None
    reply_token_secret: str | None = None  # signs the per-case reply-to address
    # Tenant -> (read at, (customer id, name)...): shared across invocations of a warm Lambda by the container.
    names_cache: dict[str, tuple[datetime, tuple[tuple[str, str], ...]]] = field(default_factory=dict)

    def other_customer_names(self, tenant_id: str, customer_id: str) -> tuple[str, ...]:
        now = self.clock.now()
        cached = self.names_cache.get(tenant_id)
        if cached is None or now - cached[0] > NAMES_TTL:
            names = tuple((c.customer_id, c.name) for c in self.repo.list_customers(tenant_id))
            cached = (now, names)
            self.names_cache[tenant_id] = cached
        return tuple(name for cid, name in cached[1] if cid != customer_id)


@dataclass(frozen=True)
class CaseOutcome:
    tenant_id: str
    case_id: str
    result: str  # skipped | nothing | waited | escalated | logged | approval_requested | sent | stopped
    decision: Decision | None = None
    detail: str = ""
    draft: Draft | None = None

    def line(self) -> str:
        why = self.decision.explain() if self.decision else ""
        what = self.result
        if self.decision is not None and self.decision.kind is ActionKind.SEND:
            what += f" {self.decision.purpose}/{self.decision.tone}"
        if self.decision is not None and self.decision.wait_until is not None:
            what += f" until {self.decision.wait_until.isoformat()}"
        extra = f" [{self.detail}]" if self.detail else ""
        return f"{self.tenant_id}/{self.case_id}: {what}{extra} - {why}"


def chase_history(events: Iterable[CaseEvent]) -> tuple[ChaseHistory, dict[str, Any]]:
    """What was already sent on this case, folded from its audit trail (the only record that is atomic
    with the case itself), plus threading and the latest approval request."""
    reminders = 0
    last_tone: Tone | None = None
    final_at: datetime | None = None
    pre_due: list[str] = []
    confirmed: str | None = None
    broken_answered = 0
    message_ids: list[str] = []
    approval_id: str | None = None
    broken_due: str | None = None
    sent_at: list[datetime] = []
    sent_actions: list[str] = []
    for event in events:
        if event.kind == "ApprovalRequested":
            approval_id = str(event.facts.get("approval_id"))
        if event.kind == "PromiseBroken" and event.facts.get("due"):
            broken_due = str(event.facts["due"])
        if event.kind == "CaseReopened":
            # A new round of overdue invoices starts a new ladder.
            reminders, last_tone, final_at = 0, None, None
        purpose = _SENT_KIND_PURPOSE.get(event.kind)
        if purpose is None:
            continue
        tone = Tone(event.facts["tone"]) if event.facts.get("tone") else None
        sent_at.append(event.at)
        sent_actions.append(str(event.facts.get("action_id")))
        if event.facts.get("message_id"):
            message_ids.append(str(event.facts["message_id"]))
        if purpose in (Purpose.REMINDER, Purpose.BROKEN_PROMISE):
            reminders += 1
            last_tone = tone
            if tone is Tone.FINAL:
                final_at = event.at
        if purpose is Purpose.BROKEN_PROMISE:
            broken_answered = int(event.facts.get("broken_promises", broken_answered + 1))
        if purpose is Purpose.PRE_DUE:
            pre_due += [str(i) for i in event.facts.get("invoice_ids", [])]
        if purpose is Purpose.PROMISE_CONFIRMATION:
            confirmed = event.facts.get("promise_due")
    history = ChaseHistory(
        reminders_sent=reminders,
        last_tone=last_tone,
        final_notice_at=final_at,
        pre_due_sent=tuple(pre_due),
        promise_confirmed_for=datetime.fromisoformat(confirmed).date() if confirmed else None,
        broken_answered=broken_answered,
        last_broken_promise_due=datetime.fromisoformat(broken_due).date() if broken_due else None,
        sent_at=tuple(sent_at[-10:]),
    )
    return history, {
        "message_ids": message_ids[-10:],
        "approval_id": approval_id,
        "sent_actions": sent_actions,
    }


class PlaybookDebut(BaseModel):
    """The first message a playbook sent: until it exists, an ``act`` playbook still asks a person."""

    playbook: str
    send_key: str
    at: datetime


def mark_playbook_debut(
    repo: Repository, tenant_id: str, playbook: str, *, send_key: str, at: datetime
) -> None:
    """Record that a playbook's first message went out (also for the approval flow, after a person said yes)."""
    repo.put_record(
        tenant_id,
        DEBUT_KIND,
        playbook,
        PlaybookDebut(playbook=playbook, send_key=send_key, at=at),
        if_absent=True,
    )


def reply_address(tenant: Tenant, case: Case, secret: str | None) -> str | None:
    """The per-case reply-to: signed (``ar+<token>``) so a reply threads whatever address it is sent from.

    Without a secret (a test wiring that has none) the plain case id is used; the inbound flow trusts that
    form only from the customer's own domain.
    """
    if not tenant.reply_domain:
        return None
    if secret:
        return signed_reply_address(secret, tenant.tenant_id, case.case_id, tenant.reply_domain)
    return f"ar+{case.case_id}@{tenant.reply_domain}"


def _recipients(customer: Customer) -> tuple[str, ...]:
    contacts = customer.reachable_contacts()
    first_role = contacts[0].role
    return tuple(c.email for c in contacts if c.role is first_role)[:3]


def _needs_person(
    repo: Repository, tenant: Tenant, customer: Customer, book: Playbook, amounts: dict[str, Decimal]
) -> list[str]:
    """Why an ``act`` playbook must still ask (empty: it may send alone)."""
    reasons: list[str] = []
    for currency, amount in sorted(amounts.items()):
        if book.needs_approval_above(currency, amount):
            limit = book.approval_thresholds.get(currency)
            reasons.append(
                f"balance {amount} {currency} is above the approval threshold"
                + (f" of {limit} {currency}" if limit is not None else " (no threshold set for it)")
            )
    if tenant.policy.is_strategic(customer):
        reasons.append("strategic account")
    if repo.get_record(tenant.tenant_id, DEBUT_KIND, book.name, PlaybookDebut) is None:
        reasons.append(f"first message on playbook {book.name!r}")
    return reasons


def _reschedule(
    case: Case, customer: Customer, invoices: list[Invoice], tenant: Tenant, *, now: datetime
) -> datetime | None:
    due = next_action_at(case, customer=customer, invoices=invoices, policy=tenant.policy, now=now)
    if due is not None and due <= now:
        # The schedule would bring it straight back; look again tomorrow instead of every hourly tick.
        due = within_contact_hours(now + timedelta(days=1), customer.time_zone, tenant.policy.contact_hours)
    return due


def _mark_invalid(customer: Customer, addresses: Iterable[str], reason: str) -> Customer:
    bad = {a.lower() for a in addresses}
    contacts: list[Contact] = [
        c.model_copy(update={"invalid_reason": reason}) if c.email.lower() in bad else c
        for c in customer.contacts
    ]
    return customer.model_copy(update={"contacts": contacts})


@dataclass(frozen=True)
class AnswerRequest:
    """Something to answer now: what, for which request (inbound message id, payment attempt), about which
    invoices (empty: all open ones), with which of the tenant's documents attached."""

    purpose: Purpose
    request_id: str
    invoice_ids: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()


def work_case(
    deps: SweepDeps,
    tenant_id: str,
    case_id: str,
    *,
    dry_run: bool = False,
    request: AnswerRequest | None = None,
) -> CaseOutcome:
    """Perceive, decide, act for one case. Safe to run twice for the same message.

    With ``request`` the decision is the answer to the customer instead of the engine's next step, and the
    case need not be due.
    """
    repo, now = deps.repo, deps.clock.now()
    tenant = repo.get_tenant(tenant_id)
    case = repo.get_case(tenant_id, case_id)
    if tenant is None or case is None:
        return CaseOutcome(tenant_id, case_id, "skipped", detail="case or tenant no longer exists")
    if request is None and (case.next_action_at is None or case.next_action_at > now):
        # A redelivered or overtaken message: the case was worked or rescheduled since it was enqueued.
        return CaseOutcome(tenant_id, case_id, "skipped", detail="not due any more")
    try:
        customer = repo.get_customer(tenant_id, case.customer_id)
        invoices = repo.list_invoices(tenant_id, case.customer_id)
    except ValidationError as exc:
        # A stored record that no longer parses (a bad import, a manual edit): a person must look at it.
        why = f"the ledger records cannot be read: {exc.error_count()} problem(s), first: {exc.errors()[0]['msg']}"
        return _escalate_broken_data(deps, case, why, dry_run=dry_run)
    if customer is None:
        return _escalate_broken_data(deps, case, "the case's customer record is missing", dry_run=dry_run)
    history, threading = chase_history(repo.list_events(tenant_id, case_id))
    decision = None
    if request is not None:
        today = now.astimezone(ZoneInfo(customer.time_zone)).date()
        working = case.model_copy(deep=True)
        working.refresh_balance(invoices, today=today, at=now, actor=ACTOR)
        decision = answer_request(
            working,
            customer=customer,
            invoices=invoices,
            policy=tenant.policy,
            history=history,
            now=now,
            purpose=request.purpose,
            request_id=request.request_id,
            invoice_ids=request.invoice_ids,
            documents=request.documents,
        )
    work = _CaseWork(
        deps,
        tenant=tenant,
        case=case,
        customer=customer,
        invoices=invoices,
        history=history,
        threading=threading,
        now=now,
        dry_run=dry_run,
        decision=decision,
    )
    return work.run()


def answer_customer(
    deps: SweepDeps,
    tenant_id: str,
    case_id: str,
    purpose: Purpose,
    *,
    request_id: str,
    invoice_ids: tuple[str, ...] = (),
    documents: tuple[str, ...] = (),
    dry_run: bool = False,
) -> CaseOutcome:
    """Answer a customer now (a copy of an invoice, confirming their promise, asking for the remittance of a
    payment they say they made, sending a document on file, what to do after a failed card payment), on the
    same ladder.

    The inbound-mail flow (the triage decides what the customer asked) and the Stripe flow (a decline only
    the customer can fix) call it; it drafts, guards and sends (or asks, or logs) the answer once per
    ``request_id`` (the inbound message id, the failed payment attempt).
    """
    request = AnswerRequest(purpose, request_id, invoice_ids, documents)
    return work_case(deps, tenant_id, case_id, dry_run=dry_run, request=request)


class _CaseWork:
    """One case's perceive-decide-act, holding what every step needs."""

    def __init__(
        self,
        deps: SweepDeps,
        *,
        tenant: Tenant,
        case: Case,
        customer: Customer,
        invoices: list[Invoice],
        history: ChaseHistory,
        threading: dict[str, Any],
        now: datetime,
        dry_run: bool,
        decision: Decision | None = None,
    ) -> None:
        self.deps, self.repo = deps, deps.repo
        self.tenant, self.case, self.customer, self.invoices = tenant, case, customer, invoices
        self.threading = threading
        self.now, self.dry_run = now, dry_run
        self.today = now.astimezone(ZoneInfo(customer.time_zone)).date()
        self.working = case.model_copy(deep=True)
        self.working.refresh_balance(invoices, today=self.today, at=now, actor=ACTOR)
        self.book = tenant.policy.playbook_for(customer)
        self.decision = decision or decide(
            self.working, customer=customer, invoices=invoices, policy=tenant.policy, history=history, now=now
        )
        self.draft_facts: dict[str, Any] = {}

    # --- bookkeeping -----------------------------------------------------------------------------

    def outcome(self, result: str, detail: str = "", draft: Draft | None = None) -> CaseOutcome:
        return CaseOutcome(self.tenant.tenant_id, self.case.case_id, result, self.decision, detail, draft)

    def save(self, apply: Callable[[Case], None], *, sent: bool = False) -> None:
        """Record the decision and its effects in one case save (with the usual lost-race retry)."""
        if self.dry_run:
            return
        decision, now, decided_on = self.decision, self.now, self.case.version

        def change(current: Case | None) -> Case | None:
            if current is None:
                return None
            if current.version != decided_on and not sent:
                # Someone changed the case since this decision; nothing went out, so let the next tick
                # decide again on the new facts rather than record a decision made on old ones.
                return None
            current.refresh_balance(self.invoices, today=self.today, at=now, actor=ACTOR)
            current.record(
                "ActionDecided",
                at=now,
                actor=ACTOR,
                reason=decision.explain() or decision.kind.value,
                facts={
                    "kind": decision.kind.value,
                    "purpose": decision.purpose.value if decision.purpose else None,
                    "tone": decision.tone.value if decision.tone else None,
                    "action_id": decision.action_id,
                    "wait_until": decision.wait_until.isoformat() if decision.wait_until else None,
                    "escalation": decision.escalation,
                    "invoice_ids": list(decision.invoice_ids),
                    "autonomy": self.book.autonomy.value,
                    "facts": decision.facts,
                },
            )
            apply(current)
            return current

        update_case(self.repo, self.tenant.tenant_id, self.case.case_id, change)

    def escalate(self, why: str, facts: dict[str, Any] | None = None, *, sent: bool = False) -> CaseOutcome:
        def apply(current: Case) -> None:
            if self.decision.breaks_promise and current.promise is not None:
                current.break_promise(at=self.now, actor=ACTOR, reason="the promised payment did not arrive")
            if current.state is not CaseState.ESCALATED and current.can_transition(CaseState.ESCALATED):
                current.escalate(why, at=self.now, actor=ACTOR, facts=facts)
            current.next_action_at = None

        self.save(apply, sent=sent)
        return self.outcome("escalated", why)

    def contact_slot(self, after: timedelta) -> datetime:
        return within_contact_hours(
            self.now + after, self.customer.time_zone, self.tenant.policy.contact_hours
        )

    # --- the steps -------------------------------------------------------------------------------

    def run(self) -> CaseOutcome:
        decision = self.decision
        if decision.kind is ActionKind.NOTHING:

            def apply_nothing(current: Case) -> None:
                current.next_action_at = _reschedule(
                    current, self.customer, self.invoices, self.tenant, now=self.now
                )

            self.save(apply_nothing)
            return self.outcome("nothing")
        if decision.kind is ActionKind.WAIT:

            def apply_wait(current: Case) -> None:
                current.next_action_at = decision.wait_until

            self.save(apply_wait)
            return self.outcome("waited")
        if decision.kind is ActionKind.ESCALATE:
            return self.escalate(decision.escalation or "needs a person", decision.facts)
        return self.message()

    def message(self) -> CaseOutcome:
        decision, tenant, customer, book = self.decision, self.tenant, self.customer, self.book
        try:
            draft = make_draft(
                self.deps.renderer,
                self.deps.guard,
                tenant=tenant,
                customer=customer,
                case=self.working,
                invoices=self.invoices,
                decision=decision,
                today=self.today,
                other_customer_names=self.deps.other_customer_names(tenant.tenant_id, customer.customer_id),
                personaliser=self.deps.personaliser,
            )
        except DraftBlockedError as exc:
            return self.escalate(
                f"no draft passed the guardrails ({', '.join(exc.violations)}); a person must write it"
            )
        except LookupError as exc:  # no template for this language/purpose/tone
            return self.escalate(f"no template for this message: {exc}")
        attachments: list[Attachment] = []
        if decision.documents:
            filed = tenant_documents.on_file(self.repo, tenant.tenant_id)
            missing = [kind for kind in decision.documents if DocumentKind(kind) not in filed]
            if missing:
                # Removed since the reply was read: a person sends it (or uploads it again).
                return self.escalate(f"the requested document is no longer on file: {', '.join(missing)}")
            attachments = [
                tenant_documents.attachment_for(filed[DocumentKind(kind)]) for kind in decision.documents
            ]
        message_ids: list[str] = list(self.threading["message_ids"])
        request_id = str(decision.facts.get("request_id") or "")
        if request_id.startswith("<") and request_id.endswith(">"):
            # An answer to a customer's mail replies to that mail, so it threads under their message.
            message_ids.append(request_id)
        email = OutboundEmail(
            tenant_id=tenant.tenant_id,
            case_id=self.case.case_id,
            action_id=decision.action_id,
            to=_recipients(customer),
            subject=draft.subject,
            body_text=draft.body,
            reply_to=reply_address(tenant, self.case, self.deps.reply_token_secret),
            in_reply_to=message_ids[-1] if message_ids else None,
            references=tuple(message_ids),
            invoice_ids=decision.invoice_ids,
            attachments=tuple(attachments),
        )
        self.draft_facts = {
            "action_id": decision.action_id,
            "purpose": decision.purpose.value if decision.purpose else None,
            "tone": decision.tone.value if decision.tone else None,
            "invoice_ids": list(decision.invoice_ids),
            "attachments": [a.filename for a in attachments],
            "subject": draft.subject,
            "language": draft.language,
            "draft_source": draft.source,
            "draft_notes": list(draft.notes),
        }
        if self.dry_run:
            return self.outcome(f"would {book.autonomy.value}", draft=draft)
        if book.autonomy is Autonomy.MONITOR:

            def apply_monitor(current: Case) -> None:
                current.record(
                    "WouldHaveSent",
                    at=self.now,
                    actor=ACTOR,
                    reason=f"monitor mode: {draft.subject}",
                    facts=self.draft_facts,
                )
                # Look again after the usual gap, as if it had been sent, so the log is not one line per tick.
                current.next_action_at = self.contact_slot(
                    timedelta(days=book.cadence.min_days_between_touches)
                )

            self.save(apply_monitor)
            return self.outcome("logged", draft=draft)
        if book.autonomy is Autonomy.SUGGEST:
            return self.ask(email, ["the playbook suggests, a person approves"], draft)
        # The larger of what is overdue and what this message is about (a pre-due note has no overdue balance).
        in_message: dict[str, Decimal] = {}
        for inv in self.invoices:
            if inv.invoice_id in decision.invoice_ids:
                in_message[inv.currency] = in_message.get(inv.currency, Decimal(0)) + inv.balance
        overdue = self.working.balances
        amounts = {
            c: max(overdue.get(c, Decimal(0)), in_message.get(c, Decimal(0))) for c in {*overdue, *in_message}
        }
        because = _needs_person(self.repo, tenant, customer, book, amounts)
        if because:
            return self.ask(email, because, draft)
        return self.send(email, draft)

    def ask(self, email: OutboundEmail, because: list[str], draft: Draft) -> CaseOutcome:
        repo, now, tenant_id = self.repo, self.now, self.tenant.tenant_id
        approval = ApprovalRequest(
            approval_id=email.send_key,
            tenant_id=tenant_id,
            case_id=self.case.case_id,
            created_at=now,
            email=email,
            why="; ".join([self.decision.explain(), *because]),
            facts={**self.decision.facts, "ask_because": because, "fingerprint": email.fingerprint()},
            case_version=self.case.version + 1,  # the version the save below produces
        )
        created = repo.put_record(tenant_id, APPROVAL_KIND, approval.approval_id, approval, if_absent=True)
        previous = self.threading.get("approval_id")
        if created and previous and previous != approval.approval_id:
            old = repo.get_record(tenant_id, APPROVAL_KIND, previous, ApprovalRequest)
            if old is not None and old.status is ApprovalStatus.PENDING:
                # The case moved on (a later, firmer draft); the old one must not be approved by mistake.
                stale = old.model_copy(
                    update={"status": ApprovalStatus.STALE, "decided_at": now, "decided_by": ACTOR}
                )
                repo.put_record(tenant_id, APPROVAL_KIND, previous, stale)

        def apply_ask(current: Case) -> None:
            if created:
                current.record(
                    "ApprovalRequested",
                    at=now,
                    actor=ACTOR,
                    reason="; ".join(because),
                    facts={**self.draft_facts, "approval_id": approval.approval_id},
                )
            # Look again later: an approval nobody answers should not freeze the case.
            current.next_action_at = self.contact_slot(timedelta(days=self.book.cadence.reply_wait_days))

        self.save(apply_ask)
        return self.outcome(
            "approval_requested" if created else "approval_pending", "; ".join(because), draft
        )

    def send(self, email: OutboundEmail, draft: Draft) -> CaseOutcome:
        repo, now, decision = self.repo, self.now, self.decision
        try:
            result = send_once(repo, self.deps.sender, self.deps.clock, email, self.deps.fresh)
        except EmailRejectedError as exc:
            why = f"the mail server refused {', '.join(exc.addresses) or 'the address'}: {exc.detail}"
            repo.put_customer(_mark_invalid(self.customer, exc.addresses, why))
            return self.escalate(why, {"addresses": list(exc.addresses)})
        if result.status == "already_sent" and decision.action_id in self.threading["sent_actions"]:
            # Sent and recorded before (a redelivered request): nothing left to do.
            return self.outcome("already_sent", result.detail, draft)
        if result.status in ("in_doubt", "failed"):
            return self.escalate(f"send {email.send_key} {result.status}: {result.detail}")
        if result.status == "stopped":

            def apply_stopped(current: Case) -> None:
                current.record(
                    "SendStopped", at=now, actor=ACTOR, reason=result.detail, facts=self.draft_facts
                )
                # Our ledger copy is behind the source; look again within the hour once it has caught up.
                current.next_action_at = now + timedelta(hours=1)

            self.save(apply_stopped)
            return self.outcome("stopped", result.detail, draft)

        purpose = decision.purpose or Purpose.REMINDER
        facts = {
            **self.draft_facts,
            "message_id": result.provider_message_id,
            "to": list(email.to),
            "broken_promises": self.case.broken_promises + (1 if decision.breaks_promise else 0),
            "promise_due": decision.facts.get("promise_due"),
        }

        def apply_sent(current: Case) -> None:
            if decision.breaks_promise and current.promise is not None:
                current.break_promise(at=now, actor=ACTOR, reason="the promised payment did not arrive")
            if decision.resumes and current.state is CaseState.PAUSED:
                current.transition(CaseState.ACTIVE_CHASE, at=now, actor=ACTOR, reason="pause ran out")
            current.record(SENT_KINDS[purpose], at=now, actor=ACTOR, reason=email.subject, facts=facts)
            current.touched(now)
            chasing = purpose in (Purpose.REMINDER, Purpose.BROKEN_PROMISE)
            if (
                chasing
                and current.state is not CaseState.AWAITING_REPLY
                and current.can_transition(CaseState.AWAITING_REPLY)
            ):
                current.transition(
                    CaseState.AWAITING_REPLY,
                    at=now,
                    actor=ACTOR,
                    reason="reminder sent; waiting for an answer",
                )
            current.next_action_at = _reschedule(current, self.customer, self.invoices, self.tenant, now=now)

        self.save(apply_sent, sent=True)
        mark_playbook_debut(repo, self.tenant.tenant_id, self.book.name, send_key=email.send_key, at=now)
        status = "sent" if result.status == "sent" else "already_sent"
        return self.outcome(status, result.provider_message_id or "", draft)


def _escalate_broken_data(deps: SweepDeps, case: Case, why: str, *, dry_run: bool) -> CaseOutcome:
    now = deps.clock.now()
    if not dry_run:

        def change(current: Case | None) -> Case | None:
            if current is None or current.state is CaseState.ESCALATED:
                return None
            if current.can_transition(CaseState.ESCALATED):
                current.escalate(why, at=now, actor=ACTOR)
            current.next_action_at = None
            return current

        update_case(deps.repo, case.tenant_id, case.case_id, change)
    return CaseOutcome(case.tenant_id, case.case_id, "escalated", None, why)
