"""Case use cases shared by every flow: load-change-save with retry, and keeping a case in step with its ledger."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.scheduling import next_action_at
from chalicelib.domain.tenant import Tenant
from chalicelib.services.escalations import escalate_from_event
from chalicelib.services.ports import Clock, ConcurrencyError, Repository

MAX_ATTEMPTS = 5


class CaseNotFoundError(LookupError):
    pass


def update_case(
    repo: Repository,
    tenant_id: str,
    case_id: str,
    change: Callable[[Case | None], Case | None],
    *,
    attempts: int = MAX_ATTEMPTS,
) -> Case | None:
    """Load the case, apply ``change``, save under the version check; on a lost race, reload and re-decide.

    ``change`` must be a pure function of what it is given (it may run more than once). Returning ``None``
    means there is nothing to save.
    """
    for attempt in range(attempts):
        case = change(repo.get_case(tenant_id, case_id))
        if case is None or not case.pending_events:
            # Nothing changed: no write, no event.
            return case
        escalated = [e for e in case.pending_events if e.kind == "CaseEscalated"]
        try:
            repo.save_case(case)
        except ConcurrencyError:
            if attempt == attempts - 1:
                raise
            continue
        # After the save, so a lost race never leaves an escalation the case does not have. A crash in
        # between leaves the case escalated (visible in the CLI and dashboard) without its Slack card.
        for event in escalated:
            escalate_from_event(repo, tenant_id, case_id, event)
        return case
    raise AssertionError("unreachable")


def refresh_customer_case(
    repo: Repository, clock: Clock, tenant: Tenant, customer_id: str, *, actor: str, reason: str
) -> Case | None:
    """Open, update, resolve or reopen the customer's case from its invoices, and reschedule it."""
    tenant_id = tenant.tenant_id
    customer = repo.get_customer(tenant_id, customer_id)
    if customer is None:
        raise CaseNotFoundError(f"unknown customer {tenant_id}/{customer_id}")
    invoices = repo.list_invoices(tenant_id, customer_id)
    now = clock.now()
    today = now.astimezone(ZoneInfo(customer.time_zone)).date()

    def change(case: Case | None) -> Case | None:
        if case is None:
            overdue = sorted(i.invoice_id for i in invoices if i.is_overdue(today))
            if overdue:
                case = Case.open(
                    tenant_id=tenant_id,
                    customer_id=customer_id,
                    at=now,
                    actor=actor,
                    reason=reason,
                    facts={"overdue_invoices": overdue},
                )
            elif any(i.is_open for i in invoices):
                case = Case.watch(
                    tenant_id=tenant_id,
                    customer_id=customer_id,
                    at=now,
                    actor=actor,
                    reason=f"{reason}; nothing overdue yet",
                    facts={},
                )
            else:
                return None
        case.refresh_balance(invoices, today=today, at=now, actor=actor)
        due = next_action_at(case, customer=customer, invoices=invoices, policy=tenant.policy, now=now)
        if due != case.next_action_at:
            case.next_action_at = due
            if not case.pending_events:
                case.record(
                    "Rescheduled",
                    at=now,
                    actor=actor,
                    reason="next action time changed",
                    facts={"next_action_at": due.isoformat() if due else None},
                )
        return case

    return update_case(repo, tenant_id, customer_id, change)


def assign_case(
    repo: Repository, tenant_id: str, case_id: str, person_id: str, *, at: datetime, facts: dict[str, Any]
) -> Case | None:
    """A person takes the case over: the agent pauses on it (no end date) until the person hands it back."""
    actor = f"person:{person_id}"

    def change(current: Case | None) -> Case | None:
        if current is None:
            return None
        if current.state is not CaseState.PAUSED and current.can_transition(CaseState.PAUSED):
            current.pause(until=None, at=at, actor=actor, reason=f"taken over by {person_id}")
        current.assignee = person_id
        current.record(
            "CaseAssigned", at=at, actor=actor, reason=f"{person_id} took the case over", facts=facts
        )
        current.next_action_at = None  # nothing is due for the agent until the person hands it back
        return current

    return update_case(repo, tenant_id, case_id, change)
