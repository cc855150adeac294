"""Deciding a draft that waits for a person: approve, edit, reject, snooze, take over.

Slack buttons, the CLI and (later) the dashboard call these same functions. Every decision checks, in
order: the request belongs to this tenant; it is still pending; the person is on the tenant's approver
roster with an allowance that covers the case's balance; and the draft is not stale (the case moved on since
it was made: ``case.version != approval.case_version``, or its text is no longer the text that was proposed
or shown). A refusal raises ``ApprovalRefusedError`` whose message is the explanation to show the person.

One decision per request: the first caller claims it with a conditional write (kind ``approval_claim``), so
two clicks on Approve, or Approve racing Reject, decide once; the send itself goes through ``send_once`` under
the approval's action id, so even a retried decision cannot mail the customer twice. A decision that could
not complete for a transient reason (the mail provider throttled) releases its claim and stays pending.
Each decision is a case event with actor ``person:<id>``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from chalicelib.domain.approvers import Approver, ApproverRoster
from chalicelib.domain.case import Case, CaseEvent, CaseState
from chalicelib.domain.decision import Purpose
from chalicelib.domain.ledger import Invoice
from chalicelib.domain.outbound import ApprovalRequest, ApprovalStatus, OutboundEmail
from chalicelib.domain.scheduling import next_action_at, within_contact_hours
from chalicelib.domain.tenant import Tenant
from chalicelib.services.approvals_query import (
    APPROVAL_KIND,
    APPROVERS_KIND,
    ROSTER_KEY,
    get_approval,
    roster,
)
from chalicelib.services.cases import assign_case, update_case
from chalicelib.services.drafting import GuardrailsCheck, LedgerFacts
from chalicelib.services.outbound import EmailThrottledError, SendResult, send_once
from chalicelib.services.ports import Clock, EmailSender, FreshnessCheck, Repository
from chalicelib.services.sweep import SENT_KINDS, mark_playbook_debut

CLAIM_KIND = "approval_claim"


class ApprovalRefusedError(Exception):
    """The decision was not taken; the message says why, in words a person can act on."""

    def __init__(self, reason: str, *, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code  # not_found | wrong_tenant | not_allowed | stale | decided | blocked | invalid


class EditBlockedError(ApprovalRefusedError):
    def __init__(self, violations: list[str]) -> None:
        super().__init__(
            f"the edited text did not pass the guardrails: {', '.join(violations)}", code="blocked"
        )
        self.violations = violations


class EditGuard(Protocol):
    def check(self, subject: str, body: str, *, ledger: LedgerFacts) -> list[str]: ...


@dataclass
class ApprovalDeps:
    repo: Repository
    clock: Clock
    sender: EmailSender
    fresh: FreshnessCheck
    guard: EditGuard = field(default_factory=GuardrailsCheck)


class ApprovalClaim(BaseModel):
    person_id: str
    action: str
    at: datetime


@dataclass(frozen=True)
class DecisionResult:
    approval: ApprovalRequest
    # sent | already_sent | stopped | failed | in_doubt | rejected | snoozed | taken_over | already_decided
    outcome: str
    person_id: str
    at: datetime
    detail: str = ""

    def headline(self, mention: Callable[[str], str] = str) -> str:
        """One line for the person ("Approved by @x, sent 10:02"); ``mention`` formats the person."""
        who, at = mention(self.person_id), f"{self.at:%H:%M} UTC"
        lines = {
            "sent": f"Approved by {who}, sent {at}",
            "already_sent": f"Approved by {who}; this message had already been sent",
            "stopped": f"Approved by {who}, but not sent: {self.detail}",
            "failed": f"Approved by {who}, but the mail server refused it: {self.detail}",
            "in_doubt": f"Approved by {who}, but the send is in doubt: {self.detail}",
            "rejected": f"Rejected by {who} at {at}: {self.detail}",
            "snoozed": f"Snoozed by {who} until {self.detail}",
            "taken_over": f"Taken over by {who} at {at}; the agent is paused on this case",
            "already_decided": f"Already decided: {self.detail}",
        }
        return lines.get(self.outcome, f"{self.outcome} by {who}")


# --- the roster ----------------------------------------------------------------------------------------


def allow_approver(repo: Repository, tenant_id: str, approver: Approver) -> ApproverRoster:
    updated = roster(repo, tenant_id).with_approver(approver)
    repo.put_record(tenant_id, APPROVERS_KIND, ROSTER_KEY, updated)
    return updated


def remove_approver(repo: Repository, tenant_id: str, person_id: str) -> ApproverRoster:
    updated = roster(repo, tenant_id).without(person_id)
    repo.put_record(tenant_id, APPROVERS_KIND, ROSTER_KEY, updated)
    return updated


# --- the checks every decision makes -----------------------------------------------------------------


@dataclass
class _Checked:
    approval: ApprovalRequest
    case: Case
    tenant: Tenant
    invoices: list[Invoice]


def _amounts(case: Case, invoices: list[Invoice], email: OutboundEmail) -> dict[str, Decimal]:
    # The larger of what is overdue and what the message is about (a pre-due note has no overdue balance).
    in_message: dict[str, Decimal] = {}
    for inv in invoices:
        if inv.invoice_id in email.invoice_ids:
            in_message[inv.currency] = in_message.get(inv.currency, Decimal(0)) + inv.balance
    overdue = case.balances
    return {
        c: max(overdue.get(c, Decimal(0)), in_message.get(c, Decimal(0))) for c in {*overdue, *in_message}
    }


def _decided_line(approval: ApprovalRequest) -> str:
    by = approval.decided_by or "someone"
    at = f" at {approval.decided_at:%Y-%m-%d %H:%M} UTC" if approval.decided_at else ""
    note = f" ({approval.note})" if approval.note else ""
    return f"this request was already {approval.status.value.replace('_', ' ')} by {by}{at}{note}"


def _stale_reason(approval: ApprovalRequest, case: Case, seen_fingerprint: str | None) -> str | None:
    if case.version != approval.case_version:
        return (
            "the case has changed since this draft was made (a payment, a reply or a newer draft); "
            "the agent will propose again if a message is still needed"
        )
    proposed = approval.facts.get("fingerprint")
    if proposed and proposed != approval.email.fingerprint():
        return "the draft was edited after it was proposed"
    if seen_fingerprint and seen_fingerprint != approval.email.fingerprint():
        return "the draft changed since this message was shown; look at the current text"
    return None


def _check(
    deps: ApprovalDeps,
    tenant_id: str,
    approval_id: str,
    person_id: str,
    *,
    seen_fingerprint: str | None,
    check_stale: bool = True,
) -> _Checked:
    repo = deps.repo
    approval = get_approval(repo, tenant_id, approval_id)
    if approval is None:
        raise ApprovalRefusedError(f"no approval request {approval_id} for this account", code="not_found")
    if approval.tenant_id != tenant_id:
        raise ApprovalRefusedError("this request belongs to another account", code="wrong_tenant")
    if approval.status is not ApprovalStatus.PENDING:
        raise ApprovalRefusedError(_decided_line(approval), code="decided")
    tenant = repo.get_tenant(tenant_id)
    case = repo.get_case(tenant_id, approval.case_id)
    if tenant is None or case is None:
        raise ApprovalRefusedError(f"case {approval.case_id} no longer exists", code="not_found")
    invoices = repo.list_invoices(tenant_id, case.customer_id)
    refusal = roster(repo, tenant_id).refusal(person_id, _amounts(case, invoices, approval.email))
    if refusal:
        raise ApprovalRefusedError(refusal, code="not_allowed")
    if check_stale:
        stale = _stale_reason(approval, case, seen_fingerprint)
        if stale:
            # Nobody should be offered it again: the sweep drafts afresh from the current facts.
            now = deps.clock.now()
            repo.put_record(
                tenant_id,
                APPROVAL_KIND,
                approval_id,
                approval.model_copy(
                    update={
                        "status": ApprovalStatus.STALE,
                        "decided_by": f"person:{person_id}",
                        "decided_at": now,
                        "note": stale,
                    }
                ),
            )
            raise ApprovalRefusedError(f"refused as stale: {stale}", code="stale")
    return _Checked(approval, case, tenant, invoices)


def _claim(deps: ApprovalDeps, approval: ApprovalRequest, person_id: str, action: str) -> None:
    claim = ApprovalClaim(person_id=person_id, action=action, at=deps.clock.now())
    if deps.repo.put_record(approval.tenant_id, CLAIM_KIND, approval.approval_id, claim, if_absent=True):
        return
    held = deps.repo.get_record(approval.tenant_id, CLAIM_KIND, approval.approval_id, ApprovalClaim)
    who = f"{held.person_id} ({held.action})" if held else "someone else"
    raise ApprovalRefusedError(f"already being decided by {who}", code="decided")


def _release(deps: ApprovalDeps, approval: ApprovalRequest) -> None:
    deps.repo.delete_record(approval.tenant_id, CLAIM_KIND, approval.approval_id)


def _close(
    deps: ApprovalDeps, approval: ApprovalRequest, status: ApprovalStatus, person_id: str, note: str | None
) -> ApprovalRequest:
    closed = approval.model_copy(
        update={
            "status": status,
            "decided_by": f"person:{person_id}",
            "decided_at": deps.clock.now(),
            "note": note,
        }
    )
    deps.repo.put_record(approval.tenant_id, APPROVAL_KIND, approval.approval_id, closed)
    return closed


def _draft_facts(repo: Repository, approval: ApprovalRequest) -> dict[str, Any]:
    """What the sweep recorded when it asked (purpose, tone, invoices), from the ApprovalRequested event."""
    events: list[CaseEvent] = repo.list_events(approval.tenant_id, approval.case_id)
    for event in reversed(events):
        if event.kind == "ApprovalRequested" and event.facts.get("approval_id") == approval.approval_id:
            return dict(event.facts)
    return {"action_id": approval.email.action_id, "invoice_ids": list(approval.email.invoice_ids)}


# --- approve and edit: both send, once ---------------------------------------------------------------


def approve(
    deps: ApprovalDeps,
    tenant_id: str,
    approval_id: str,
    *,
    person_id: str,
    seen_fingerprint: str | None = None,
) -> DecisionResult:
    """Send the proposed draft exactly as it was shown."""
    checked = _check(deps, tenant_id, approval_id, person_id, seen_fingerprint=seen_fingerprint)
    return _send(deps, checked, person_id, checked.approval.email, action="approve")


def edit(
    deps: ApprovalDeps,
    tenant_id: str,
    approval_id: str,
    *,
    person_id: str,
    subject: str,
    body: str,
    seen_fingerprint: str | None = None,
) -> DecisionResult:
    """Send a person's edited text, after it passes the same guardrails as any draft."""
    subject, body = subject.strip(), body.strip()
    if not subject or not body:
        raise ApprovalRefusedError("the edited message needs a subject and a body", code="invalid")
    checked = _check(deps, tenant_id, approval_id, person_id, seen_fingerprint=seen_fingerprint)
    violations = check_edit(deps, checked.approval, subject, body, checked=checked)
    if violations:
        raise EditBlockedError(violations)
    email = checked.approval.email.model_copy(
        update={"subject": subject, "body_text": body, "body_html": None}
    )
    return _send(deps, checked, person_id, email, action="edit")


def check_edit(
    deps: ApprovalDeps,
    approval: ApprovalRequest,
    subject: str,
    body: str,
    *,
    checked: _Checked | None = None,
) -> list[str]:
    """The guardrails and numeric grounding against this case's ledger; empty when the text may go."""
    repo = deps.repo
    case = checked.case if checked else repo.get_case(approval.tenant_id, approval.case_id)
    customer_id = case.customer_id if case else approval.case_id
    invoices = checked.invoices if checked else repo.list_invoices(approval.tenant_id, customer_id)
    customer = repo.get_customer(approval.tenant_id, customer_id)
    zone = customer.time_zone if customer else "UTC"
    rows = [i for i in invoices if i.invoice_id in approval.email.invoice_ids] or invoices
    totals: dict[str, Decimal] = {}
    for inv in rows:
        totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.balance
    raw_dates = [d for inv in rows for d in (inv.issue_date, inv.due_date)]
    if case is not None and case.promise is not None:
        raw_dates.append(case.promise.due)
    others = tuple(c.name for c in repo.list_customers(approval.tenant_id) if c.customer_id != customer_id)
    ledger = LedgerFacts(
        invoice_numbers=tuple(inv.number for inv in rows),
        amounts=(),
        dates=(),
        raw_amounts=tuple(
            [(inv.balance, inv.currency) for inv in rows] + [(v, k) for k, v in totals.items()]
        ),
        raw_dates=tuple(raw_dates),
        other_customer_names=others,
        today=deps.clock.now().astimezone(ZoneInfo(zone)).date(),
    )
    return deps.guard.check(subject, body, ledger=ledger)


def _send(
    deps: ApprovalDeps, checked: _Checked, person_id: str, email: OutboundEmail, *, action: str
) -> DecisionResult:
    repo, approval = deps.repo, checked.approval
    _claim(deps, approval, person_id, action)
    try:
        result: SendResult = send_once(repo, deps.sender, deps.clock, email, deps.fresh)
    except EmailThrottledError:
        # Nothing went out: the request stays pending so the same click (or another) can try again.
        _release(deps, approval)
        raise
    except Exception as exc:
        # The provider refused the message (send_once recorded it): the decision is taken, the case needs
        # a person to fix the address.
        result = SendResult("failed", f"{type(exc).__name__}: {exc}")
    now = deps.clock.now()
    edited = email.fingerprint() != approval.email.fingerprint()
    note = {
        "sent": "edited and sent" if edited else "sent",
        "already_sent": "already sent",
    }.get(result.status, f"{result.status}: {result.detail}")
    closed = _close(
        deps, approval.model_copy(update={"email": email}), ApprovalStatus.APPROVED, person_id, note
    )
    facts = _draft_facts(repo, approval)
    actor = f"person:{person_id}"
    tenant, invoices = checked.tenant, checked.invoices
    customer = repo.get_customer(tenant.tenant_id, checked.case.customer_id)

    def change(current: Case | None) -> Case | None:
        if current is None:
            return None
        current.record(
            "DraftEdited" if edited else "DraftApproved",
            at=now,
            actor=actor,
            reason=f"{'edited and ' if edited else ''}approved: {email.subject}",
            facts={
                "approval_id": approval.approval_id,
                "fingerprint": email.fingerprint(),
                "proposed_fingerprint": approval.email.fingerprint(),
                "send": result.status,
            },
        )
        if result.status == "sent":
            _record_sent(current, facts, email, result, now=now, actor=actor)
            if customer is not None:
                due = next_action_at(
                    current, customer=customer, invoices=invoices, policy=tenant.policy, now=now
                )
                if due is not None and due <= now:
                    due = within_contact_hours(
                        now + timedelta(days=1), customer.time_zone, tenant.policy.contact_hours
                    )
                current.next_action_at = due
        elif result.status in ("failed", "in_doubt") and current.can_transition(CaseState.ESCALATED):
            current.escalate(f"approved message not sent: {result.detail}", at=now, actor=actor)
        elif result.status == "stopped":
            # Our ledger copy is behind the source; the sweep looks again once it has caught up.
            current.next_action_at = now + timedelta(hours=1)
        return current

    update_case(repo, tenant.tenant_id, approval.case_id, change)
    if result.status == "sent" and customer is not None:
        book = tenant.policy.playbook_for(customer)
        mark_playbook_debut(repo, tenant.tenant_id, book.name, send_key=email.send_key, at=now)
    return DecisionResult(closed, result.status, person_id, now, result.detail)


def _record_sent(
    case: Case, facts: dict[str, Any], email: OutboundEmail, result: SendResult, *, now: datetime, actor: str
) -> None:
    purpose = Purpose(facts["purpose"]) if facts.get("purpose") else Purpose.REMINDER
    if purpose is Purpose.BROKEN_PROMISE and case.promise is not None:
        case.break_promise(at=now, actor=actor, reason="the promised payment did not arrive")
    sent_facts = {
        **facts,
        "subject": email.subject,
        "message_id": result.provider_message_id,
        "to": list(email.to),
        "broken_promises": case.broken_promises,
        "approved_by": actor,
    }
    # The same event kind the sweep writes for a send, so the chase history counts approved messages too.
    case.record(SENT_KINDS[purpose], at=now, actor=actor, reason=email.subject, facts=sent_facts)
    case.touched(now)
    chasing = purpose in (Purpose.REMINDER, Purpose.BROKEN_PROMISE)
    if (
        chasing
        and case.state is not CaseState.AWAITING_REPLY
        and case.can_transition(CaseState.AWAITING_REPLY)
    ):
        case.transition(
            CaseState.AWAITING_REPLY,
            at=now,
            actor=actor,
            reason="approved reminder sent; waiting for an answer",
        )


# --- reject, snooze, take over -----------------------------------------------------------------------


def reject(
    deps: ApprovalDeps,
    tenant_id: str,
    approval_id: str,
    *,
    person_id: str,
    reason: str,
    seen_fingerprint: str | None = None,
) -> DecisionResult:
    reason = reason.strip()
    if not reason:
        raise ApprovalRefusedError("a rejection needs a reason (it teaches the next draft)", code="invalid")
    checked = _check(deps, tenant_id, approval_id, person_id, seen_fingerprint=seen_fingerprint)
    _claim(deps, checked.approval, person_id, "reject")
    now = deps.clock.now()
    closed = _close(deps, checked.approval, ApprovalStatus.REJECTED, person_id, reason)

    def change(current: Case | None) -> Case | None:
        if current is None:
            return None
        current.record(
            "DraftRejected",
            at=now,
            actor=f"person:{person_id}",
            reason=reason,
            facts={"approval_id": approval_id, "subject": checked.approval.email.subject},
        )
        return current

    update_case(deps.repo, tenant_id, checked.approval.case_id, change)
    return DecisionResult(closed, "rejected", person_id, now, reason)


def snooze(
    deps: ApprovalDeps,
    tenant_id: str,
    approval_id: str,
    *,
    person_id: str,
    until: date,
    seen_fingerprint: str | None = None,
) -> DecisionResult:
    """Pause the case until a day (the customer's contact hours on it); the agent drafts afresh then."""
    checked = _check(deps, tenant_id, approval_id, person_id, seen_fingerprint=seen_fingerprint)
    customer = deps.repo.get_customer(tenant_id, checked.case.customer_id)
    zone = customer.time_zone if customer else "UTC"
    now = deps.clock.now()
    if until <= now.astimezone(ZoneInfo(zone)).date():
        raise ApprovalRefusedError(
            f"snooze until {until.isoformat()}: pick a day after today", code="invalid"
        )
    if not checked.case.can_transition(CaseState.PAUSED):
        raise ApprovalRefusedError(f"a {checked.case.state.value} case cannot be snoozed", code="invalid")
    wake = within_contact_hours(
        datetime.combine(until, time(0), tzinfo=ZoneInfo(zone)), zone, checked.tenant.policy.contact_hours
    )
    _claim(deps, checked.approval, person_id, "snooze")
    closed = _close(deps, checked.approval, ApprovalStatus.SNOOZED, person_id, f"until {until.isoformat()}")

    def change(current: Case | None) -> Case | None:
        if current is None or not current.can_transition(CaseState.PAUSED):
            return None
        current.pause(
            until=wake, at=now, actor=f"person:{person_id}", reason=f"snoozed until {until.isoformat()}"
        )
        current.next_action_at = wake
        return current

    update_case(deps.repo, tenant_id, checked.approval.case_id, change)
    return DecisionResult(closed, "snoozed", person_id, now, until.isoformat())


def take_over(deps: ApprovalDeps, tenant_id: str, approval_id: str, *, person_id: str) -> DecisionResult:
    """Pause the agent on this case and assign it to the person.

    A stale draft does not stop this: taking the case over is about the case, not the text, and refusing it
    because the agent moved on would leave the person unable to stop it.
    """
    checked = _check(deps, tenant_id, approval_id, person_id, seen_fingerprint=None, check_stale=False)
    _claim(deps, checked.approval, person_id, "take_over")
    now = deps.clock.now()
    closed = _close(deps, checked.approval, ApprovalStatus.TAKEN_OVER, person_id, f"assigned to {person_id}")
    assign_case(
        deps.repo, tenant_id, checked.approval.case_id, person_id, at=now, facts={"approval_id": approval_id}
    )
    return DecisionResult(closed, "taken_over", person_id, now)


def already_decided(
    deps: ApprovalDeps, tenant_id: str, approval_id: str, person_id: str
) -> DecisionResult | None:
    """The result to show for a request that is no longer pending (a second click), or None if it is."""
    approval = get_approval(deps.repo, tenant_id, approval_id)
    if approval is None or approval.status is ApprovalStatus.PENDING:
        return None
    return DecisionResult(approval, "already_decided", person_id, deps.clock.now(), _decided_line(approval))
