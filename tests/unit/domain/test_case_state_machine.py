from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from chalicelib.domain.case import TRANSITIONS, Case, CaseEvent, CaseState, IllegalTransitionError, Promise
from tests.conftest import NOW
from tests.factories import invoice, open_case

LEGAL = [(a, b) for a, targets in TRANSITIONS.items() for b in sorted(targets)]
ILLEGAL = [(a, b) for a, b in itertools.product(CaseState, CaseState) if b not in TRANSITIONS[a]]


def _case_in(state: CaseState) -> Case:
    case = open_case(NOW)
    case.state = state
    return case


@pytest.mark.parametrize(("start", "target"), LEGAL, ids=[f"{a}->{b}" for a, b in LEGAL])
def test_every_legal_transition_changes_state_and_records_one_event(
    start: CaseState, target: CaseState
) -> None:
    case = _case_in(start)
    before = len(case.pending_events)
    event = case.transition(target, at=NOW, actor="agent", reason="because")
    assert case.state is target
    assert case.pending_events[before:] == [event]
    assert (event.from_state, event.to_state, event.reason) == (start, target, "because")


@pytest.mark.parametrize(("start", "target"), ILLEGAL, ids=[f"{a}->{b}" for a, b in ILLEGAL])
def test_every_illegal_transition_raises_and_records_nothing(start: CaseState, target: CaseState) -> None:
    case = _case_in(start)
    before = case.pending_events
    with pytest.raises(IllegalTransitionError):
        case.transition(target, at=NOW, actor="agent", reason="no")
    assert case.state is start
    assert case.pending_events == before


def test_illegal_transitions_exist_for_every_state_but_the_chase() -> None:
    # Guards against a table that silently allows everything.
    assert len(ILLEGAL) > 30
    assert (CaseState.RESOLVED, CaseState.PROMISE_TO_PAY) in ILLEGAL
    assert (CaseState.PAUSED, CaseState.PROMISE_TO_PAY) in ILLEGAL


def test_opening_a_case_records_who_and_why() -> None:
    case = Case.open(
        tenant_id="acme",
        customer_id="c9",
        at=NOW,
        actor="webhook:stripe",
        reason="invoice overdue",
        facts={"invoice_id": "i1"},
    )
    [event] = case.pending_events
    assert (event.kind, event.actor, event.seq, event.facts) == (
        "CaseOpened",
        "webhook:stripe",
        1,
        {"invoice_id": "i1"},
    )
    assert case.case_id == "c9"


def test_event_sequence_numbers_increase_by_one() -> None:
    case = open_case(NOW)
    case.transition(CaseState.AWAITING_REPLY, at=NOW, actor="agent", reason="sent reminder")
    case.record("NoteAdded", at=NOW, actor="person:u1", reason="called them")
    assert [e.seq for e in case.pending_events] == [1, 2, 3]


def test_events_refuse_naive_times_and_unknown_actors() -> None:
    with pytest.raises(ValidationError):
        CaseEvent(seq=1, at=NOW.replace(tzinfo=None), actor="agent", kind="X", reason="r")
    with pytest.raises(ValidationError):
        CaseEvent(seq=1, at=NOW, actor="the customer", kind="X", reason="r")


def test_case_resolves_when_nothing_is_overdue_and_reopens_on_a_new_overdue_invoice() -> None:
    today = NOW.date()
    case = open_case(NOW)
    overdue = invoice(due=today - timedelta(days=10))
    case.refresh_balance([overdue], today=today, at=NOW, actor="agent")
    assert case.balances == {"USD": overdue.balance}
    paid = overdue.model_copy(update={"balance": 0})
    case.refresh_balance([paid], today=today, at=NOW, actor="webhook:stripe")
    assert case.state is CaseState.RESOLVED and case.balances == {}
    newer = invoice(invoice_id="i2", due=today - timedelta(days=1))
    case.refresh_balance([paid, newer], today=today, at=NOW, actor="agent")
    assert case.state is CaseState.ACTIVE_CHASE
    assert case.pending_events[-1].kind == "CaseReopened"
    assert "i2" in case.pending_events[-1].reason


def test_refresh_with_unchanged_balance_records_nothing() -> None:
    today = NOW.date()
    case = open_case(NOW)
    inv = invoice(due=today - timedelta(days=3))
    case.refresh_balance([inv], today=today, at=NOW, actor="agent")
    count = len(case.pending_events)
    case.refresh_balance([inv], today=today, at=NOW, actor="agent")
    assert len(case.pending_events) == count


def test_breaking_a_promise_counts_it_and_forgets_the_date() -> None:
    case = open_case(NOW)
    case.capture_promise(
        Promise(due=date(2026, 3, 13), captured_at=NOW), at=NOW, actor="agent", reason="email"
    )
    assert case.state is CaseState.PROMISE_TO_PAY and case.promise is not None
    case.break_promise(at=NOW + timedelta(days=6), actor="agent", reason="no money by due + grace")
    assert (case.state, case.broken_promises, case.promise) == (CaseState.PROMISE_BROKEN, 1, None)


def test_breaking_a_promise_that_was_never_made_is_illegal() -> None:
    case = open_case(NOW)
    with pytest.raises(IllegalTransitionError):
        case.break_promise(at=NOW, actor="agent", reason="?")


def test_escalation_keeps_its_reason_until_the_case_moves_on() -> None:
    case = open_case(NOW)
    case.escalate("legal notice received", at=NOW, actor="agent")
    assert case.escalation_reason == "legal notice received"
    case.transition(CaseState.ACTIVE_CHASE, at=NOW, actor="person:ana", reason="handled")
    assert case.escalation_reason is None


def test_touches_older_than_a_week_are_forgotten() -> None:
    case = open_case(NOW)
    case.touched(NOW - timedelta(days=9))
    case.touched(NOW - timedelta(days=2))
    case.touched(NOW)
    assert case.recent_touches == [NOW - timedelta(days=2), NOW]
