"""``sweep [--dry-run]`` and ``approvals list`` print what happened, on a swapped-in container."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest

from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.memory import FakeRepository
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.commands import approvals as approvals_cmd
from chalicelib.commands import sweep as sweep_cmd
from chalicelib.domain.ledger import PaymentStats
from chalicelib.domain.policy import Autonomy, Playbook, Policy
from chalicelib.services.cases import refresh_customer_case
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    sweep_cmd.register(sub)
    approvals_cmd.register(sub)
    return parser


@pytest.fixture
def container(monkeypatch: pytest.MonkeyPatch) -> Container:
    repo, clock = FakeRepository(), FixedClock(NOW)
    t = tenant(policy=Policy(playbooks=(Playbook(name="standard", autonomy=Autonomy.SUGGEST),)))
    repo.put_tenant(t)
    stats = PaymentStats(invoices_paid=10, on_time_ratio=Decimal("0.3"), avg_days_late=Decimal(15))
    for cid in ("c1", "c2"):
        repo.put_customer(customer(customer_id=cid, stats=stats))
        repo.put_invoice(invoice(customer_id=cid, invoice_id=f"{cid}-a", due=NOW.date() - timedelta(days=15)))
        refresh_customer_case(repo, clock, t, cid, actor="system:test", reason="loaded")
    settings = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test"})
    c = Container(settings=settings, repo=repo, clock=clock, email_sender=FakeEmailSender())

    @contextlib.contextmanager
    def services() -> Iterator[Container]:
        yield c

    monkeypatch.setattr(sweep_cmd, "services", services)
    monkeypatch.setattr(approvals_cmd, "services", services)
    return c


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    code: int = args.handler(args)
    return code


def test_dry_run_prints_each_decision_and_changes_nothing(
    container: Container, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["sweep", "--dry-run", "--show-drafts"]) == 0
    out = capsys.readouterr().out
    assert "acme/c1: would suggest reminder/firm" in out and "acme/c2:" in out
    assert "Subject: Overdue invoices" in out
    assert "2 due case(s)" in out and "dry run" in out
    assert _run(["approvals", "list", "--tenant", "acme"]) == 0
    assert "0 approval request(s)" in capsys.readouterr().out


def test_a_real_sweep_leaves_approvals_the_listing_shows(
    container: Container, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["sweep"]) == 0
    assert "approval_requested 2" in capsys.readouterr().out
    assert _run(["approvals", "list", "--tenant", "acme", "--full"]) == 0
    out = capsys.readouterr().out
    assert "c1:reminder.firm.first  [pending]" in out and "| Hello Customer c1," in out
    assert "2 approval request(s)" in out
    assert _run(["sweep"]) == 0
    assert "0 due case(s)" in capsys.readouterr().out
