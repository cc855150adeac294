"""A tenant whose sweep has asked a person to approve one draft: the starting point of every Slack test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from chalicelib.adapters.jinja_drafts import JinjaDrafts
from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.memory import FakeRepository
from chalicelib.clock import FixedClock
from chalicelib.domain.approvers import Approver
from chalicelib.domain.ledger import PaymentStats
from chalicelib.domain.outbound import ApprovalRequest
from chalicelib.domain.policy import Autonomy, Playbook, Policy
from chalicelib.services.approvals import ApprovalDeps, allow_approver
from chalicelib.services.approvals_query import list_approvals
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.drafting import GuardrailsCheck
from chalicelib.services.ledger_freshness import LedgerFreshnessCheck
from chalicelib.services.ports import Repository
from chalicelib.services.sweep import SweepDeps, work_case
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

SLOW = PaymentStats(invoices_paid=10, on_time_ratio=Decimal("0.3"), avg_days_late=Decimal(15))
TODAY = NOW.date()


@dataclass
class World:
    repo: Repository
    clock: FixedClock
    sender: FakeEmailSender
    deps: ApprovalDeps
    sweep: SweepDeps

    def pending(self, tenant_id: str = "acme") -> list[ApprovalRequest]:
        return list_approvals(self.repo, tenant_id)


def seed_tenant(repo: Repository, clock: FixedClock, tenant_id: str) -> None:
    t = tenant(
        tenant_id,
        policy=Policy(playbooks=(Playbook(name="standard", autonomy=Autonomy.SUGGEST),)),
        reply_domain=f"ar.{tenant_id}.example",
        signature=f"{tenant_id} AR team",
    )
    repo.put_tenant(t)
    repo.put_customer(customer(tenant_id, "c1", stats=SLOW))
    repo.put_invoices(
        [
            invoice(tenant_id, "c1", "c1-a", due=TODAY - timedelta(days=20), amount="1200.50"),
            invoice(tenant_id, "c1", "c1-b", due=TODAY - timedelta(days=9), amount="99.00"),
        ]
    )
    refresh_customer_case(repo, clock, t, "c1", actor="system:test", reason="ledger loaded")


def world(repo: Repository | None = None, *, tenants: tuple[str, ...] = ("acme",)) -> World:
    """Each tenant has one customer owing 1299.50 USD and one pending approval made by the real sweep."""
    repo = repo or FakeRepository()
    clock, sender = FixedClock(NOW), FakeEmailSender()
    fresh = LedgerFreshnessCheck(repo, clock)
    sweep = SweepDeps(
        repo=repo, clock=clock, sender=sender, fresh=fresh, renderer=JinjaDrafts(), guard=GuardrailsCheck()
    )
    for tenant_id in tenants:
        seed_tenant(repo, clock, tenant_id)
        outcome = work_case(sweep, tenant_id, "c1")
        assert outcome.result == "approval_requested", outcome.line()
        allow_approver(repo, tenant_id, Approver(person_id="U_BOSS"))
        allow_approver(repo, tenant_id, Approver(person_id="U_JUNIOR", limits={"USD": Decimal(500)}))
    deps = ApprovalDeps(repo=repo, clock=clock, sender=sender, fresh=fresh)
    return World(repo, clock, sender, deps, sweep)
