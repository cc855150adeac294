"""A risky payer's invoice from before its due date to the first reminder, through the due index only."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from chalicelib.adapters.jinja_drafts import JinjaDrafts
from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.sqs_queue import FakeQueue
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.ledger import PaymentStats
from chalicelib.domain.policy import Autonomy, Cadence, Playbook, Policy
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.drafting import GuardrailsCheck
from chalicelib.services.ledger_freshness import LedgerFreshnessCheck
from chalicelib.services.sweep import SweepDeps, mark_playbook_debut, run_sweep, work_case
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

NY = ZoneInfo("America/New_York")


def _tick(repo: FakeRepository, deps: SweepDeps, clock: FixedClock) -> list[str]:
    queue = FakeQueue()
    run_sweep(repo, queue, clock)
    return [work_case(deps, m.tenant_id, m.case_id).result for m in queue.messages]


def test_courtesy_note_before_due_then_the_chase_after_it() -> None:
    repo, clock, sender = FakeRepository(), FixedClock(NOW), FakeEmailSender()
    book = Playbook(name="risky", autonomy=Autonomy.ACT, cadence=Cadence(pre_due_days=3))
    t = tenant(policy=Policy(playbooks=(book,), default_playbook="risky"))
    repo.put_tenant(t)
    stats = PaymentStats(invoices_paid=8, on_time_ratio=Decimal("0.4"), avg_days_late=Decimal(12))
    repo.put_customer(customer(stats=stats))
    due = NOW.astimezone(NY).date() + timedelta(days=10)
    repo.put_invoice(invoice(due=due))
    refresh_customer_case(repo, clock, t, "c1", actor="system:test", reason="loaded")
    mark_playbook_debut(repo, "acme", "risky", send_key="seed", at=NOW)
    deps = SweepDeps(
        repo=repo,
        clock=clock,
        sender=sender,
        fresh=LedgerFreshnessCheck(repo, clock),
        renderer=JinjaDrafts(),
        guard=GuardrailsCheck(),
    )
    assert _tick(repo, deps, clock) == []  # nothing due yet: the index holds the courtesy date

    clock.advance(timedelta(days=7))  # three days before the due date, 10:00 in New York
    assert _tick(repo, deps, clock) == ["sent"]
    assert sender.sent[-1].subject.startswith("Upcoming")
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.RESOLVED and case.next_action_at is not None
    assert case.next_action_at.astimezone(NY).date() == due + timedelta(days=1)

    for _ in range(3):  # the days up to the due date: nothing due, nothing read but the index
        clock.advance(timedelta(days=1))
        assert _tick(repo, deps, clock) == []
    clock.advance(timedelta(days=3))  # Monday, overdue by 3: the case reopens and the chase starts
    assert _tick(repo, deps, clock) == ["sent"]
    assert sender.sent[-1].subject.startswith("Friendly reminder")
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.AWAITING_REPLY
