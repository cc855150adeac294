"""Escalations: what the agent hands to a person, kept as records the Slack channel and the CLI read.

Every flow raises them the same way:
- a case that moves to ``ESCALATED`` (sweep, Stripe payment failures and chargebacks, bounces) gets one
  record per ``CaseEscalated`` event, written by ``services.cases.update_case`` right after the save;
- a reply that needs a person without escalating the whole case (a dispute on one invoice, a W-9 request)
  is raised by the inbound flow with the reply's excerpt;
- tenant-wide problems (QuickBooks needs a reconnect, Stripe was uninstalled) and payments cash application
  could not place have no case, so ``case_id`` is None.

A record is written once per key (first writer wins), so a retried Lambda never posts an escalation twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from chalicelib.domain.case import CaseEvent
from chalicelib.services.ports import Repository

ESCALATION_KIND = "escalation"
Priority = Literal["high", "normal", "low"]
DEFAULT_NEXT_STEP = "read the case and decide"
# A CaseEscalated fact saying the caller raises its own, richer record (the inbound flow, with the excerpt).
KEPT_ELSEWHERE = "escalation_kept_elsewhere"


class Escalation(BaseModel):
    tenant_id: str
    case_id: str | None
    priority: str
    reason: str
    suggested_next_step: str
    excerpt: str = ""
    raised_at: datetime
    message_id: str | None = None
    intent: str | None = None
    key: str = ""  # the record's own key (also keys its Slack post)
    # Where it came from: inbound | case | quickbooks | stripe | cash (shown on the card, used for filters).
    source: str = "inbound"


def raise_escalation(
    repo: Repository,
    tenant_id: str,
    key: str,
    *,
    reason: str,
    at: datetime,
    source: str,
    case_id: str | None = None,
    priority: Priority = "normal",
    next_step: str = DEFAULT_NEXT_STEP,
    excerpt: str = "",
    message_id: str | None = None,
    intent: str | None = None,
) -> bool:
    """Keep an escalation for a person; False when this key was raised before (nothing is written)."""
    record = Escalation(
        tenant_id=tenant_id,
        case_id=case_id,
        priority=priority,
        reason=reason,
        suggested_next_step=next_step,
        excerpt=excerpt[:500],
        raised_at=at,
        message_id=message_id,
        intent=intent,
        key=key,
        source=source,
    )
    return repo.put_record(tenant_id, ESCALATION_KIND, key, record, if_absent=True)


# What an AR manager would do next for the escalations the agent raises on its own (by the reason's words).
_NEXT_STEPS = (
    ("broken promise", "call the customer: agree a firm date or a payment plan, or put the account on hold"),
    ("inconsistent", "check the invoices in the ledger, correct them, then resume the case"),
    ("refused", "find a working billing contact, add it to the customer, then resume the case"),
    ("reachable contact", "find a working billing contact, add it to the customer, then resume the case"),
    ("guardrails", "write the message yourself: no draft passed the guardrails"),
    ("no template", "write the message yourself: there is no template in the customer's language"),
    ("in_doubt", "check the outbox before anything is sent again: the send may have gone out"),
    ("chargeback", "answer the bank's dispute in Stripe with the evidence before its deadline"),
    ("new payment method", "ask the customer for a new payment method; automatic retries are stopped"),
)


def suggest_next_step(why: str) -> str:
    lowered = why.lower()
    return next((step for words, step in _NEXT_STEPS if words in lowered), DEFAULT_NEXT_STEP)


def escalate_from_event(repo: Repository, tenant_id: str, case_id: str, event: CaseEvent) -> bool:
    """The record for a ``CaseEscalated`` event; its facts may carry ``priority`` and ``next_step``."""
    facts: dict[str, Any] = event.facts
    if facts.get(KEPT_ELSEWHERE):
        return False
    priority = facts.get("priority")
    return raise_escalation(
        repo,
        tenant_id,
        f"{case_id}:{event.seq}",
        reason=event.reason,
        at=event.at,
        source="case",
        case_id=case_id,
        priority=priority if priority in ("high", "normal", "low") else "normal",
        next_step=str(facts.get("next_step") or suggest_next_step(event.reason)),
    )
