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
# Dealt with (by a person, or settled by the agent): one mark per card key, see ``escalation_actions``.
HANDLED_KIND = "escalation_handled"
ESCALATION_PREFIX, INBOX_PREFIX = "escalation:", "inbox:"  # card keys: escalations, unmatched mail


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


class HandledMark(BaseModel):
    card_key: str
    by: str  # person:<id> or agent:<flow>
    at: datetime
    outcome: str  # handled | taken_over | settled
    note: str = ""
    shown: bool = False  # the Slack message says so (rewritten by the click's response or by publish_pending)

    def headline(self, *, slack: bool = True) -> str:
        person = self.by.removeprefix("person:")
        who = "the agent" if not self.by.startswith("person:") else f"<@{person}>" if slack else person
        at = f"{self.at:%Y-%m-%d %H:%M} UTC"
        lines = {
            "handled": f"Handled by {who} at {at}",
            "taken_over": f"Taken over by {who} at {at}; the agent is paused on this case",
            "settled": f"Settled by {who} at {at}",
        }
        line = lines.get(self.outcome, f"{self.outcome} by {who} at {at}")
        return f"{line}: {self.note}" if self.note else line


def handled_marks(repo: Repository, tenant_id: str) -> dict[str, HandledMark]:
    return {m.card_key: m for m in repo.list_records(tenant_id, HANDLED_KIND, HandledMark)}


def get_mark(repo: Repository, tenant_id: str, card_key: str) -> HandledMark | None:
    return repo.get_record(tenant_id, HANDLED_KIND, card_key, HandledMark)


def settle(repo: Repository, tenant_id: str, record_key: str, *, by: str, at: datetime, note: str) -> bool:
    """The agent closes an escalation whose cause went away; False if there was none or it was done already."""
    card_key = f"{ESCALATION_PREFIX}{record_key}"
    if repo.get_record(tenant_id, ESCALATION_KIND, record_key, Escalation) is None:
        return False
    mark = HandledMark(card_key=card_key, by=f"agent:{by}", at=at, outcome="settled", note=note[:300])
    return repo.put_record(tenant_id, HANDLED_KIND, card_key, mark, if_absent=True)
