"""Approval requests and escalations in Slack: post them, take the clicks, report what happened.

Posting: ``publish_pending`` posts each pending approval request (and each escalation / unmatched mail) of a
tenant once to its approvals channel. The post is claimed first (kind ``slack_post``, first writer wins); a
Slack failure (rate limited, channel gone, token revoked) releases the claim and keeps the error on it, so
nothing is lost: the request stays pending, visible in the CLI, and the next run posts it. A revoked token
marks the install as needing a reconnect, and posting for that tenant stops until it is reconnected.

Clicks arrive at ``/slack/actions`` and must be answered within 3 seconds. ``accept_interaction`` does only
what cannot wait (opening a modal needs the trigger id, which expires in 3 s; an edit that fails the
guardrails is answered in the modal itself) and enqueues the decision as a ``SlackJob``. ``run_job`` (the
worker) takes the decision through ``services.approvals`` and then rewrites the message through the
``response_url`` (or ``chat.update`` for modal submissions, which carry none).

The team id of a click is routed to a tenant before anything here runs; the button carries the tenant id
it was posted for, and a mismatch is refused: a click can never decide another tenant's request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from chalicelib.domain.case import CaseEvent
from chalicelib.domain.outbound import ApprovalRequest, ApprovalStatus
from chalicelib.services import approvals, escalation_actions
from chalicelib.services.approvals import ApprovalDeps, ApprovalRefusedError, DecisionResult, EditBlockedError
from chalicelib.services.approvals_query import get_approval, list_approvals
from chalicelib.services.escalation_actions import EscalationRefusedError
from chalicelib.services.escalations import (
    ESCALATION_KIND,
    ESCALATION_PREFIX,
    HANDLED_KIND,
    INBOX_PREFIX,
    Escalation,
    HandledMark,
    get_mark,
    handled_marks,
)
from chalicelib.services.inbound import INBOX_KIND, InboxItem
from chalicelib.services.outbound import EmailThrottledError
from chalicelib.services.ports import Repository
from chalicelib.services.slack_install import Cipher, SlackTarget, load_target, mark_needs_reconnect

log = logging.getLogger(__name__)
POST_KIND = "slack_post"
_SHOWN_EVENTS = {
    "CaseOpened",
    "CaseReopened",
    "ReminderSent",
    "PreDueReminderSent",
    "PromiseConfirmationSent",
    "InvoiceCopySent",
    "BrokenPromiseReminderSent",
    "PaymentFailed",
    "PaymentConfirmationRequestSent",
    "PaymentMethodRequestSent",
    "ReplyReceived",
    "PromiseCaptured",
    "PromiseBroken",
    "CaseEscalated",
    "CasePaused",
    "DraftRejected",
    "DraftApproved",
    "DraftEdited",
    "WouldHaveSent",
}


# --- what a person sees --------------------------------------------------------------------------------


class InvoiceLine(BaseModel):
    number: str
    due_date: date
    balance: str  # "1200.50 USD"
    days_overdue: int


class ApprovalCard(BaseModel):
    """Everything on one approval message; the Slack adapter lays it out as Block Kit."""

    tenant_id: str
    approval_id: str
    fingerprint: str
    customer_name: str
    balances: list[str]
    oldest_days_overdue: int
    invoices: list[InvoiceLine]
    last_reply: str | None
    history: list[str]
    why: str
    to: list[str]
    subject: str
    body: str
    # File names sent with the draft (an invoice copy, a statement): approving the text approves them too.
    attachments: list[str] = []


class EscalationCard(BaseModel):
    tenant_id: str
    key: str
    priority: str  # high | normal | low
    title: str
    customer_name: str | None
    balances: list[str]
    reason: str
    suggested_next_step: str
    excerpt: str | None
    case_id: str | None = None
    handled: str | None = None  # the headline once a person (or the agent) dealt with it: no more buttons


class SlackPost(BaseModel):
    """Where a request was posted (so its message can be rewritten), or the claim of a post in progress."""

    subject_kind: Literal["approval", "escalation"]
    key: str
    claimed_at: datetime
    channel: str | None = None
    ts: str | None = None
    last_error: str | None = None


# --- the Slack port ----------------------------------------------------------------------------------


class SlackError(Exception):
    """A Slack call that did not happen. ``kind``: rate_limited | channel_not_found | token_revoked |
    expired | unavailable | api_error. Nothing was posted; the caller keeps the request and retries later."""

    def __init__(self, kind: str, detail: str, *, retry_after: int | None = None) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.retry_after = retry_after


class SlackNotifier(Protocol):
    def post_approval(self, target: SlackTarget, card: ApprovalCard) -> tuple[str, str]:
        """Post to the approvals channel; returns (channel id, message ts)."""
        ...

    def post_escalation(self, target: SlackTarget, card: EscalationCard) -> tuple[str, str]: ...

    def show_decision(
        self, target: SlackTarget, channel: str, ts: str, card: ApprovalCard | EscalationCard, headline: str
    ) -> None:
        """Rewrite a posted approval message: the buttons go, the outcome line takes their place."""
        ...

    def respond(
        self, response_url: str, card: ApprovalCard | EscalationCard | None, headline: str, *, replace: bool
    ) -> None:
        """Answer a click through its response_url: rewrite the message, or an ephemeral note if not replace."""
        ...

    def open_form(
        self, target: SlackTarget, trigger_id: str, form: str, card: ApprovalCard, origin: str
    ) -> None:
        """Open the edit / reject / snooze modal; ``origin`` (channel and ts) comes back on submission."""
        ...


# --- posting -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishReport:
    posted: int = 0
    failed: int = 0
    skipped: str = ""
    errors: tuple[str, ...] = ()


def approval_card(repo: Repository, approval: ApprovalRequest, *, today: date | None = None) -> ApprovalCard:
    tenant_id = approval.tenant_id
    case = repo.get_case(tenant_id, approval.case_id)
    customer_id = case.customer_id if case else approval.case_id
    customer = repo.get_customer(tenant_id, customer_id)
    zone = ZoneInfo(customer.time_zone) if customer else ZoneInfo("UTC")
    today = today or approval.created_at.astimezone(zone).date()
    invoices = sorted(
        (i for i in repo.list_invoices(tenant_id, customer_id) if i.is_open),
        key=lambda i: (i.due_date, i.number),
    )
    totals: dict[str, Decimal] = {}
    for inv in invoices:
        if inv.is_overdue(today):
            totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.balance
    lines = [
        InvoiceLine(
            number=inv.number,
            due_date=inv.due_date,
            balance=f"{inv.balance} {inv.currency}",
            days_overdue=max(0, inv.days_overdue(today)),
        )
        for inv in invoices
    ]
    events = repo.list_events(tenant_id, approval.case_id)
    return ApprovalCard(
        tenant_id=tenant_id,
        approval_id=approval.approval_id,
        fingerprint=approval.email.fingerprint(),
        customer_name=customer.name if customer else customer_id,
        balances=[f"{v} {k}" for k, v in sorted(totals.items())],
        oldest_days_overdue=max((line.days_overdue for line in lines), default=0),
        invoices=lines,
        last_reply=_last_reply(repo, tenant_id, approval.case_id, events),
        history=_history(events),
        why=approval.why,
        to=list(approval.email.to),
        subject=approval.email.subject,
        body=approval.email.body_text,
        attachments=[a.filename for a in approval.email.attachments],
    )


def _history(events: list[CaseEvent], limit: int = 6) -> list[str]:
    shown = [e for e in events if e.kind in _SHOWN_EVENTS]
    return [f"{e.at:%Y-%m-%d} {e.kind}: {e.reason}" for e in shown[-limit:]]


def _last_reply(repo: Repository, tenant_id: str, case_id: str, events: list[CaseEvent]) -> str | None:
    # The inbound flow keeps the text of replies it escalated; other replies leave their reading on the case.
    # Only the inbound flow's excerpts are replies (a cash review's excerpt is a payment reference), and
    # tenant-wide escalations (no case) must not break the card.
    kept = [
        e
        for e in repo.list_records(tenant_id, ESCALATION_KIND, Escalation)
        if e.case_id == case_id and e.source == "inbound"
    ]
    if kept:
        latest = max(kept, key=lambda e: e.raised_at)
        if latest.excerpt.strip():
            return latest.excerpt.strip()[:500]
    replies = [e for e in events if e.kind == "ReplyReceived"]
    if replies:
        last = replies[-1]
        return f"({last.at:%Y-%m-%d}, read as {last.facts.get('intent', '?')}) {last.reason}"
    return None


def _escalation_key(esc: Escalation) -> str:
    return f"{ESCALATION_PREFIX}{esc.key or f'{esc.case_id}:{esc.raised_at.isoformat()}'}"


def _escalation_card(
    repo: Repository, tenant_id: str, esc: Escalation, mark: HandledMark | None
) -> EscalationCard:
    case = repo.get_case(tenant_id, esc.case_id) if esc.case_id else None
    customer = repo.get_customer(tenant_id, case.customer_id) if case else None
    return EscalationCard(
        tenant_id=tenant_id,
        key=_escalation_key(esc),
        priority=esc.priority,
        title=f"Escalation: {esc.reason}",
        customer_name=customer.name if customer else esc.case_id,
        balances=[f"{v} {k}" for k, v in sorted(case.balances.items())] if case else [],
        reason=esc.reason,
        suggested_next_step=esc.suggested_next_step,
        excerpt=esc.excerpt[:500] or None,
        case_id=esc.case_id if case else None,
        handled=mark.headline() if mark else None,
    )


def escalation_cards(
    repo: Repository, tenant_id: str, *, include_handled: bool = False
) -> list[EscalationCard]:
    """Every escalation (replies, sweep, Stripe, bounces, QuickBooks, cash) and mail that matched no case;
    the ones already dealt with only when asked (to rewrite their Slack message)."""
    marks = handled_marks(repo, tenant_id)
    cards: list[EscalationCard] = []
    found = repo.list_records(tenant_id, ESCALATION_KIND, Escalation)
    for esc in sorted(found, key=lambda e: e.raised_at):
        mark = marks.get(_escalation_key(esc))
        if mark is not None and not include_handled:
            continue
        cards.append(_escalation_card(repo, tenant_id, esc, mark))
    for item in sorted(repo.list_records(tenant_id, INBOX_KIND, InboxItem), key=lambda i: i.received_at):
        key = f"{INBOX_PREFIX}{item.message_id}"
        mark = marks.get(key)
        if mark is not None and not include_handled:
            continue
        cards.append(
            EscalationCard(
                tenant_id=tenant_id,
                key=key,
                priority="normal",
                title=f"Unmatched mail from {item.sender}",
                customer_name=None,
                balances=[],
                reason=item.reason,
                suggested_next_step="find the customer this mail is about and attach it, or dismiss it",
                excerpt=f"read as {item.intent}" if item.intent else None,
                handled=mark.headline() if mark else None,
            )
        )
    return cards


def escalation_card(repo: Repository, tenant_id: str, card_key: str) -> EscalationCard | None:
    """One card by its key. An escalation is read directly by its record key (a click costs a few reads, not
    the whole list); only older records without a key, and unmatched mail, are looked up in the list."""
    if card_key.startswith(ESCALATION_PREFIX):
        esc = repo.get_record(tenant_id, ESCALATION_KIND, card_key[len(ESCALATION_PREFIX) :], Escalation)
        if esc is not None and esc.key:
            return _escalation_card(repo, tenant_id, esc, get_mark(repo, tenant_id, card_key))
    return next(
        (c for c in escalation_cards(repo, tenant_id, include_handled=True) if c.key == card_key), None
    )


def publish_pending(
    repo: Repository,
    notifier: SlackNotifier,
    cipher: Cipher,
    now: datetime,
    tenant_id: str,
) -> PublishReport:
    """Post what waits for a person and has not been posted yet. Safe to run often and concurrently."""
    target = load_target(repo, cipher, tenant_id)
    if target is None:
        return PublishReport(skipped="Slack is not connected for this tenant")
    if target.needs_reconnect:
        return PublishReport(skipped="the Slack token was revoked; reconnect Slack (GET /install/slack)")
    if not target.channel_id:
        return PublishReport(skipped="no approvals channel chosen yet")
    posted, failed, errors = 0, 0, []
    todo: list[tuple[Literal["approval", "escalation"], str, Callable[[], tuple[str, str]]]] = []
    for approval in list_approvals(repo, tenant_id):
        card = approval_card(repo, approval)
        todo.append(("approval", approval.approval_id, partial(notifier.post_approval, target, card)))
    for esc in escalation_cards(repo, tenant_id):
        todo.append(("escalation", esc.key, partial(notifier.post_escalation, target, esc)))
    for subject_kind, key, post in todo:
        claim = SlackPost(subject_kind=subject_kind, key=key, claimed_at=now)
        if not repo.put_record(tenant_id, POST_KIND, key, claim, if_absent=True):
            held = repo.get_record(tenant_id, POST_KIND, key, SlackPost)
            if held is None or held.ts is not None or held.last_error is None:
                continue  # posted, or being posted right now
        try:
            channel, ts = post()
        except SlackError as exc:
            failed += 1
            errors.append(f"{key}: {exc}")
            # Keep the claim with the error: the next run retries it, and the CLI shows why it is not in Slack.
            repo.put_record(tenant_id, POST_KIND, key, claim.model_copy(update={"last_error": str(exc)}))
            if exc.kind == "token_revoked":
                mark_needs_reconnect(repo, tenant_id, str(exc))
                break
            if exc.kind in ("rate_limited", "channel_not_found"):
                break  # every further post would fail the same way
            continue
        repo.put_record(tenant_id, POST_KIND, key, claim.model_copy(update={"channel": channel, "ts": ts}))
        posted += 1
    for settled, mark in _settled_unseen(repo, tenant_id):
        # Dealt with outside Slack (the agent, the CLI, the dashboard): the message must stop looking open.
        post_record = repo.get_record(tenant_id, POST_KIND, settled.key, SlackPost)
        try:
            if post_record is not None and post_record.channel and post_record.ts:
                notifier.show_decision(target, post_record.channel, post_record.ts, settled, mark.headline())
        except SlackError as exc:
            errors.append(f"{settled.key}: {exc}")
            continue
        repo.put_record(tenant_id, HANDLED_KIND, settled.key, mark.model_copy(update={"shown": True}))
    return PublishReport(posted=posted, failed=failed, errors=tuple(errors))


def _settled_unseen(repo: Repository, tenant_id: str) -> list[tuple[EscalationCard, HandledMark]]:
    marks = {k: m for k, m in handled_marks(repo, tenant_id).items() if not m.shown}
    if not marks:
        return []
    cards = escalation_cards(repo, tenant_id, include_handled=True)
    return [(c, marks[c.key]) for c in cards if c.key in marks]


# --- clicks ------------------------------------------------------------------------------------------

Action = Literal[
    "approve",
    "edit",
    "reject",
    "snooze",
    "take_over",
    "open_edit",
    "open_reject",
    "open_snooze",
    "esc_handled",  # escalation buttons: the ref's approval_id is then the escalation's card key
    "esc_take_over",
]
ESCALATION_REF = "escalation"  # the fingerprint an escalation button carries (it has no draft)


class ActionRef(BaseModel):
    """What a button carries: the tenant and request (or escalation card key) it was posted for, and the
    text it showed."""

    tenant_id: str
    approval_id: str
    fingerprint: str

    def encode(self) -> str:
        return f"{self.tenant_id}|{self.approval_id}|{self.fingerprint}"

    @classmethod
    def decode(cls, value: str) -> ActionRef | None:
        # Tenant ids and fingerprints have no "|"; a card key (a Message-ID) might, so it takes the middle.
        tenant_id, _, rest = value.partition("|")
        middle, _, fingerprint = rest.rpartition("|")
        if not (tenant_id and middle and fingerprint):
            return None
        return cls(tenant_id=tenant_id, approval_id=middle, fingerprint=fingerprint)


class SlackInteraction(BaseModel):
    """A click or a modal submission, read off Slack's payload by the adapter."""

    action: Action
    ref: ActionRef
    user_id: str
    team_id: str
    trigger_id: str | None = None
    response_url: str | None = None
    # Where the approval message is (block_actions: the container; submissions: the modal's metadata).
    channel: str | None = None
    message_ts: str | None = None
    inputs: dict[str, str] = Field(default_factory=dict)


class SlackJob(BaseModel):
    tenant_id: str
    interaction: SlackInteraction


class WorkQueue(Protocol):
    """Runs a job after the 3-second answer: SQS on AWS, in-process in tests and local mode."""

    def enqueue(self, job: SlackJob) -> None: ...


class Ack(BaseModel):
    """What the entry point answers Slack right away (``body`` is the HTTP body; None means empty)."""

    status: Literal["enqueued", "opened", "refused", "ignored", "errors"]
    detail: str = ""
    body: dict[str, Any] | None = None


@dataclass
class SlackDeps:
    approvals: ApprovalDeps
    notifier: SlackNotifier
    cipher: Cipher
    queue: WorkQueue

    @property
    def repo(self) -> Repository:
        return self.approvals.repo


def accept_interaction(deps: SlackDeps, tenant_id: str, interaction: SlackInteraction) -> Ack:
    """The part of a click that must happen inside Slack's 3 seconds; everything else is enqueued."""
    if interaction.ref.tenant_id != tenant_id:
        log.warning("Slack team %s clicked a request of another tenant", interaction.team_id)
        deps.queue.enqueue(SlackJob(tenant_id=tenant_id, interaction=interaction))  # answered as refused
        return Ack(status="refused", detail="this request belongs to another account")
    if interaction.action.startswith("open_"):
        approval = get_approval(deps.repo, tenant_id, interaction.ref.approval_id)
        target = load_target(deps.repo, deps.cipher, tenant_id)
        if approval is None or target is None or not interaction.trigger_id:
            return Ack(status="ignored", detail="nothing to open")
        if approval.status is not ApprovalStatus.PENDING:
            deps.queue.enqueue(SlackJob(tenant_id=tenant_id, interaction=interaction))
            return Ack(status="refused", detail="already decided")
        origin = f"{interaction.channel or ''}|{interaction.message_ts or ''}"
        form = interaction.action.removeprefix("open_")
        try:
            deps.notifier.open_form(
                target, interaction.trigger_id, form, approval_card(deps.repo, approval), origin
            )
        except SlackError as exc:
            return Ack(status="ignored", detail=f"could not open the form: {exc}")
        return Ack(status="opened", detail=form)
    if interaction.action == "edit":
        approval = get_approval(deps.repo, tenant_id, interaction.ref.approval_id)
        if approval is not None:
            violations = approvals.check_edit(
                deps.approvals,
                approval,
                interaction.inputs.get("subject", ""),
                interaction.inputs.get("body", ""),
            )
            if violations:
                # Said in the modal itself, next to the text, so the person can fix it without losing it.
                why = f"Blocked by the guardrails: {', '.join(violations)}"
                return Ack(
                    status="errors", detail=why, body={"response_action": "errors", "errors": {"body": why}}
                )
    deps.queue.enqueue(SlackJob(tenant_id=tenant_id, interaction=interaction))
    return Ack(status="enqueued", detail=interaction.action)


def decide(deps: ApprovalDeps, tenant_id: str, interaction: SlackInteraction) -> DecisionResult:
    ref, person = interaction.ref, interaction.user_id
    if ref.tenant_id != tenant_id:
        raise ApprovalRefusedError("this request belongs to another account", code="wrong_tenant")
    seen = ref.fingerprint
    if interaction.action == "approve":
        return approvals.approve(deps, tenant_id, ref.approval_id, person_id=person, seen_fingerprint=seen)
    if interaction.action == "edit":
        return approvals.edit(
            deps,
            tenant_id,
            ref.approval_id,
            person_id=person,
            subject=interaction.inputs.get("subject", ""),
            body=interaction.inputs.get("body", ""),
            seen_fingerprint=seen,
        )
    if interaction.action == "reject":
        return approvals.reject(
            deps,
            tenant_id,
            ref.approval_id,
            person_id=person,
            reason=interaction.inputs.get("reason", ""),
            seen_fingerprint=seen,
        )
    if interaction.action == "snooze":
        try:
            until = date.fromisoformat(interaction.inputs.get("until", ""))
        except ValueError as exc:
            raise ApprovalRefusedError("pick a day to snooze until", code="invalid") from exc
        return approvals.snooze(
            deps, tenant_id, ref.approval_id, person_id=person, until=until, seen_fingerprint=seen
        )
    if interaction.action == "take_over":
        return approvals.take_over(deps, tenant_id, ref.approval_id, person_id=person)
    decided = approvals.already_decided(deps, tenant_id, ref.approval_id, person)
    if decided is not None:
        return decided
    raise ApprovalRefusedError(f"nothing to do for {interaction.action}", code="invalid")


class JobOutcome(BaseModel):
    status: Literal["decided", "refused", "retry"]
    headline: str
    reported: bool  # whether the message in Slack was updated (a failed update leaves the decision intact)


def run_job(deps: SlackDeps, job: SlackJob) -> JobOutcome:
    """The worker: take the decision, then tell the person in Slack. Idempotent (a redelivery re-reports)."""
    interaction, tenant_id = job.interaction, job.tenant_id
    approval_deps = deps.approvals
    if interaction.action.startswith("esc_"):
        return _escalation_job(deps, job)
    try:
        result = decide(approval_deps, tenant_id, interaction)
    except EditBlockedError as exc:
        return _report(deps, job, None, f"Not sent. {exc.reason}", status="refused")
    except ApprovalRefusedError as exc:
        if exc.code == "decided":
            decided = approvals.already_decided(
                approval_deps, tenant_id, interaction.ref.approval_id, interaction.user_id
            )
            if decided is not None and interaction.ref.tenant_id == tenant_id:
                return _report(deps, job, decided, decided.headline(_mention), status="refused", replace=True)
        return _report(deps, job, None, f"Refused: {exc.reason}", status="refused")
    except EmailThrottledError:
        return _report(
            deps,
            job,
            None,
            "The mail server is busy; nothing was sent. Try again in a minute.",
            status="retry",
        )
    return _report(deps, job, result, result.headline(_mention), status="decided", replace=True)


def _escalation_job(deps: SlackDeps, job: SlackJob) -> JobOutcome:
    interaction, tenant_id, repo = job.interaction, job.tenant_id, deps.repo
    key, person = interaction.ref.approval_id, interaction.user_id
    if interaction.ref.tenant_id != tenant_id:
        return _report(
            deps, job, None, "Refused: this escalation belongs to another account", status="refused"
        )
    now = deps.approvals.clock.now()
    try:
        if interaction.action == "esc_take_over":
            mark = escalation_actions.take_over(repo, tenant_id, key, person_id=person, at=now)
        else:
            mark = escalation_actions.mark_handled(repo, tenant_id, key, person_id=person, at=now)
    except EscalationRefusedError as exc:
        held = get_mark(repo, tenant_id, key) if exc.code == "decided" else None
        if held is not None:
            # A second click (or one after the agent settled it): show the outcome in place of the buttons.
            return _report(deps, job, None, held.headline(), status="refused", escalation_key=key)
        return _report(deps, job, None, f"Refused: {exc.reason}", status="refused")
    outcome = _report(deps, job, None, mark.headline(), status="decided", escalation_key=key)
    if outcome.reported:
        repo.put_record(tenant_id, HANDLED_KIND, key, mark.model_copy(update={"shown": True}))
    return outcome


def _mention(person_id: str) -> str:
    return f"<@{person_id}>"


def _report(
    deps: SlackDeps,
    job: SlackJob,
    result: DecisionResult | None,
    headline: str,
    *,
    status: Literal["decided", "refused", "retry"],
    replace: bool = False,
    escalation_key: str | None = None,
) -> JobOutcome:
    interaction, repo = job.interaction, deps.repo
    # Only a request of this tenant is ever rendered back; a refused cross-tenant click sees just the refusal.
    card: ApprovalCard | EscalationCard | None = (
        approval_card(repo, result.approval) if result is not None else None
    )
    if escalation_key is not None:
        card, replace = escalation_card(repo, job.tenant_id, escalation_key), True
    try:
        if interaction.response_url:
            deps.notifier.respond(
                interaction.response_url, card, headline, replace=replace and card is not None
            )
            return JobOutcome(status=status, headline=headline, reported=True)
        target = load_target(repo, deps.cipher, job.tenant_id)
        post = repo.get_record(job.tenant_id, POST_KIND, interaction.ref.approval_id, SlackPost)
        channel = interaction.channel or (post.channel if post else None)
        ts = interaction.message_ts or (post.ts if post else None)
        if target is not None and card is not None and channel and ts:
            deps.notifier.show_decision(target, channel, ts, card, headline)
            return JobOutcome(status=status, headline=headline, reported=True)
    except SlackError as exc:
        # The decision stands (it is in the case and the approval record); only the message is out of date.
        log.warning("could not update Slack for %s: %s", interaction.ref.approval_id, exc)
    return JobOutcome(status=status, headline=headline, reported=False)
