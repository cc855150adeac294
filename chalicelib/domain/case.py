"""The collection case: one customer's overdue balance, its state machine and its append-only history.

A ``Case`` never calls out. Every change goes through ``transition`` or ``record``, which append a
``CaseEvent`` to ``pending_events``; the repository commits the case and those events together under a
version check, so the audit trail is exactly the events and nothing else.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from chalicelib.domain.ledger import Invoice


class CaseState(StrEnum):
    ACTIVE_CHASE = "active_chase"
    AWAITING_REPLY = "awaiting_reply"
    PROMISE_TO_PAY = "promise_to_pay"
    PROMISE_BROKEN = "promise_broken"
    DISPUTE = "dispute"
    PAYMENT_CLAIMED = "payment_claimed"
    ESCALATED = "escalated"
    PAUSED = "paused"
    RESOLVED = "resolved"


S = CaseState
# Who may follow whom. Any open state may resolve (the money arrived), escalate (a person is needed) or be
# paused (a person took over, a legal stop); only a new overdue invoice reopens a resolved case.
_OPEN_EXITS = frozenset({S.RESOLVED, S.ESCALATED, S.PAUSED})
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    S.ACTIVE_CHASE: _OPEN_EXITS
    | {S.AWAITING_REPLY, S.PROMISE_TO_PAY, S.DISPUTE, S.PAYMENT_CLAIMED, S.ACTIVE_CHASE},
    S.AWAITING_REPLY: _OPEN_EXITS | {S.ACTIVE_CHASE, S.PROMISE_TO_PAY, S.DISPUTE, S.PAYMENT_CLAIMED},
    S.PROMISE_TO_PAY: _OPEN_EXITS | {S.PROMISE_BROKEN, S.DISPUTE, S.PAYMENT_CLAIMED},
    S.PROMISE_BROKEN: _OPEN_EXITS
    | {S.ACTIVE_CHASE, S.AWAITING_REPLY, S.PROMISE_TO_PAY, S.DISPUTE, S.PAYMENT_CLAIMED},
    S.DISPUTE: _OPEN_EXITS | {S.ACTIVE_CHASE, S.PROMISE_TO_PAY},
    S.PAYMENT_CLAIMED: _OPEN_EXITS | {S.ACTIVE_CHASE, S.PROMISE_TO_PAY, S.DISPUTE},
    S.ESCALATED: frozenset(
        {S.RESOLVED, S.PAUSED, S.ACTIVE_CHASE, S.PROMISE_TO_PAY, S.DISPUTE, S.PAYMENT_CLAIMED}
    ),
    S.PAUSED: frozenset({S.RESOLVED, S.ESCALATED, S.ACTIVE_CHASE}),
    S.RESOLVED: frozenset({S.ACTIVE_CHASE}),
}
# Re-entering the same state is only meaningful for the chase (another round of reminders); elsewhere it
# would hide a bug that records a change that did not happen.

_ACTOR = re.compile(r"^(agent|person:[^\s:]+|webhook:(stripe|quickbooks|ses|slack)|system:[a-z_]+)$")


class IllegalTransitionError(Exception):
    """A state change the case machine does not allow. Nothing is recorded."""

    def __init__(self, case_id: str, current: CaseState, wanted: CaseState) -> None:
        super().__init__(f"case {case_id}: {current.value} -> {wanted.value} is not allowed")
        self.current = current
        self.wanted = wanted


class CaseEvent(BaseModel):
    """One append-only line of the audit trail: who, what, why, and the facts it used."""

    model_config = ConfigDict(frozen=True)

    seq: int = Field(ge=1)
    at: datetime
    actor: str
    kind: str = Field(pattern=r"^[A-Z][A-Za-z]+$")
    reason: str = Field(min_length=1)
    facts: dict[str, Any] = Field(default_factory=dict)
    from_state: CaseState | None = None
    to_state: CaseState | None = None

    @field_validator("at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("event time must be timezone-aware")
        return value

    @field_validator("actor")
    @classmethod
    def _known_actor(cls, value: str) -> str:
        if not _ACTOR.match(value):
            raise ValueError(
                f"actor {value!r} must be agent, person:<id>, webhook:<provider> or system:<job>"
            )
        return value


class Promise(BaseModel):
    model_config = ConfigDict(frozen=True)

    due: date
    amount: Decimal | None = None
    currency: str | None = None
    captured_at: datetime


class Case(BaseModel):
    tenant_id: str
    case_id: str
    customer_id: str
    state: CaseState = CaseState.ACTIVE_CHASE
    # Optimistic-lock counter: the stored version this object was loaded at; bumped once per save.
    version: int = Field(default=0, ge=0)
    # Sequence number of the last event, stored or pending.
    last_seq: int = Field(default=0, ge=0)
    opened_at: datetime
    updated_at: datetime
    balances: dict[str, Decimal] = Field(default_factory=dict)
    invoice_ids: list[str] = Field(default_factory=list)
    promise: Promise | None = None
    broken_promises: int = Field(default=0, ge=0)
    paused_until: datetime | None = None
    escalation_reason: str | None = None
    assignee: str | None = None
    last_touch_at: datetime | None = None
    recent_touches: list[datetime] = Field(default_factory=list)
    last_reply_at: datetime | None = None
    next_action_at: datetime | None = None

    _pending: list[CaseEvent] = PrivateAttr(default_factory=list)

    @property
    def pending_events(self) -> list[CaseEvent]:
        return list(self._pending)

    def mark_saved(self) -> None:
        self.version += 1
        self._pending.clear()

    @property
    def is_open(self) -> bool:
        return self.state is not CaseState.RESOLVED

    @classmethod
    def open(
        cls, *, tenant_id: str, customer_id: str, at: datetime, actor: str, reason: str, facts: dict[str, Any]
    ) -> Case:
        # One case per customer: the customer id is the natural key, so two webhooks that both notice the
        # same overdue invoice race on one item instead of creating two cases.
        case = cls(
            tenant_id=tenant_id, case_id=customer_id, customer_id=customer_id, opened_at=at, updated_at=at
        )
        case.record("CaseOpened", at=at, actor=actor, reason=reason, facts=facts, to_state=case.state)
        return case

    @classmethod
    def watch(
        cls, *, tenant_id: str, customer_id: str, at: datetime, actor: str, reason: str, facts: dict[str, Any]
    ) -> Case:
        """A case for a customer who owes nothing overdue yet: resolved, but scheduled for when that changes.

        Without it nothing would notice an invoice silently passing its due date (no webhook says so).
        """
        case = cls(
            tenant_id=tenant_id,
            case_id=customer_id,
            customer_id=customer_id,
            state=CaseState.RESOLVED,
            opened_at=at,
            updated_at=at,
        )
        case.record("CaseWatched", at=at, actor=actor, reason=reason, facts=facts, to_state=case.state)
        return case

    def record(
        self,
        kind: str,
        *,
        at: datetime,
        actor: str,
        reason: str,
        facts: dict[str, Any] | None = None,
        from_state: CaseState | None = None,
        to_state: CaseState | None = None,
    ) -> CaseEvent:
        event = CaseEvent(
            seq=self.last_seq + 1,
            at=at,
            actor=actor,
            kind=kind,
            reason=reason,
            facts=facts or {},
            from_state=from_state,
            to_state=to_state,
        )
        self.last_seq = event.seq
        self.updated_at = at
        self._pending.append(event)
        return event

    def can_transition(self, to: CaseState) -> bool:
        return to in TRANSITIONS[self.state]

    def transition(
        self,
        to: CaseState,
        *,
        at: datetime,
        actor: str,
        reason: str,
        facts: dict[str, Any] | None = None,
        kind: str = "StateChanged",
    ) -> CaseEvent:
        if not self.can_transition(to):
            raise IllegalTransitionError(self.case_id, self.state, to)
        before = self.state
        event = self.record(
            kind, at=at, actor=actor, reason=reason, facts=facts, from_state=before, to_state=to
        )
        self.state = to
        if to is not CaseState.PAUSED:
            self.paused_until = None
        if to not in (CaseState.ESCALATED, CaseState.PAUSED):
            self.escalation_reason = None
        return event

    # --- facts about the balance -------------------------------------------------------------------

    def refresh_balance(self, invoices: list[Invoice], *, today: date, at: datetime, actor: str) -> None:
        """Recompute what is overdue; resolve at zero, reopen when a new invoice goes overdue."""
        overdue = [inv for inv in invoices if inv.customer_id == self.customer_id and inv.is_overdue(today)]
        balances: dict[str, Decimal] = {}
        for inv in overdue:
            balances[inv.currency] = balances.get(inv.currency, Decimal(0)) + inv.balance
        ids = sorted(inv.invoice_id for inv in overdue)
        facts = {"balances": {k: str(v) for k, v in sorted(balances.items())}, "invoice_ids": ids}
        if balances == self.balances and ids == self.invoice_ids:
            return
        newly_overdue = sorted(set(ids) - set(self.invoice_ids))
        self.balances, self.invoice_ids = balances, ids
        if not ids:
            if self.state is not CaseState.RESOLVED:
                self.promise = None
                self.transition(
                    CaseState.RESOLVED, at=at, actor=actor, reason="nothing is overdue any more", facts=facts
                )
            return
        if self.state is CaseState.RESOLVED:
            self.transition(
                CaseState.ACTIVE_CHASE,
                at=at,
                actor=actor,
                kind="CaseReopened",
                reason=f"invoice(s) {', '.join(newly_overdue)} went overdue",
                facts=facts,
            )
            self.broken_promises = 0
            return
        self.record("BalanceChanged", at=at, actor=actor, reason="overdue balance changed", facts=facts)

    # --- the agent's and people's moves ------------------------------------------------------------

    def capture_promise(self, promise: Promise, *, at: datetime, actor: str, reason: str) -> None:
        facts = {"due": promise.due.isoformat(), "amount": str(promise.amount) if promise.amount else None}
        self.transition(
            CaseState.PROMISE_TO_PAY, at=at, actor=actor, reason=reason, facts=facts, kind="PromiseCaptured"
        )
        self.promise = promise

    def break_promise(self, *, at: datetime, actor: str, reason: str) -> None:
        if self.promise is None:
            raise IllegalTransitionError(self.case_id, self.state, CaseState.PROMISE_BROKEN)
        facts = {"due": self.promise.due.isoformat(), "broken_before": self.broken_promises}
        self.transition(
            CaseState.PROMISE_BROKEN, at=at, actor=actor, reason=reason, facts=facts, kind="PromiseBroken"
        )
        self.broken_promises += 1
        self.promise = None

    def escalate(self, why: str, *, at: datetime, actor: str, facts: dict[str, Any] | None = None) -> None:
        self.transition(
            CaseState.ESCALATED, at=at, actor=actor, reason=why, facts=facts, kind="CaseEscalated"
        )
        self.escalation_reason = why

    def pause(self, *, until: datetime | None, at: datetime, actor: str, reason: str) -> None:
        facts = {"until": until.isoformat() if until else None}
        self.transition(CaseState.PAUSED, at=at, actor=actor, reason=reason, facts=facts, kind="CasePaused")
        self.paused_until = until

    def touched(self, at: datetime, *, keep_days: int = 7) -> None:
        """Remember an outbound message for cadence limits (only the last week matters)."""
        self.last_touch_at = at
        self.recent_touches = [t for t in self.recent_touches if (at - t).days < keep_days] + [at]
