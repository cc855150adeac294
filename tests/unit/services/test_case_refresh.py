from __future__ import annotations

from datetime import timedelta

from chalicelib.adapters.memory import FakeRepository
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.services.cases import refresh_customer_case
from tests.factories import customer, invoice, tenant


def test_an_invoice_going_overdue_without_any_webhook_reopens_the_case(clock: FixedClock) -> None:
    repo, acme = FakeRepository(), tenant()
    repo.put_customer(customer())
    repo.put_invoice(invoice(due=clock.now().date() + timedelta(days=3)))
    case = refresh_customer_case(repo, clock, acme, "c1", actor="system:sync", reason="invoice synced")
    assert case is not None and case.state is CaseState.RESOLVED
    assert case.next_action_at is not None
    # The sweep finds it in the due index once that time has come, and the refresh reopens it.
    clock.advance(timedelta(days=5))
    assert [d.case_id for d in repo.due_cases(clock.now())] == ["c1"]
    case = refresh_customer_case(repo, clock, acme, "c1", actor="system:sweep", reason="due")
    assert case is not None and case.state is CaseState.ACTIVE_CHASE
    assert [e.kind for e in repo.list_events("acme", "c1")][:2] == ["CaseWatched", "CaseReopened"]


def test_a_customer_with_nothing_open_gets_no_case(clock: FixedClock) -> None:
    repo = FakeRepository()
    repo.put_customer(customer())
    repo.put_invoice(invoice(due=clock.now().date(), balance="0"))
    assert refresh_customer_case(repo, clock, tenant(), "c1", actor="system:sync", reason="r") is None
    assert repo.cases == {}
