"""The stripe CLI on the twin (backfill progress, status, retries), and intake dedupe on both repositories."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from chalicelib import cli
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.services import stripe_events
from chalicelib.services.ports import Repository
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.factories import tenant
from tests.integration.stripe.stripe_world import ACCOUNT, World, customer_obj, event, fixture


def test_backfill_prints_progress_per_page_and_status_reports_it(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import chalicelib.commands.stripe as command

    settings = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test"})
    container = Container(settings=settings, repo=world.repo, clock=world.clock, stripe_gateway=world.gateway)

    @contextlib.contextmanager
    def services() -> Iterator[Container]:
        yield container

    monkeypatch.setattr(command, "services", services)
    for n in range(150):
        world.gateway.put("acme", customer_obj(f"cus_{n:03d}"))
    world.gateway.put("acme", {**fixture("payrails_data_invoice.payment_failed.json"), "customer": "cus_001"})
    assert cli.main(["stripe", "backfill", "--tenant", "acme"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["customers after cus_099: customers=100", "open_invoices: customers=150"]
    assert lines[-1].startswith("done: done: customers=150 open_invoices=1")
    assert cli.main(["stripe", "retries", "on", "--tenant", "acme"]) == 0
    assert cli.main(["stripe", "failure-emails", "stripe", "--tenant", "acme"]) == 0
    assert cli.main(["stripe", "status", "--tenant", "acme"]) == 0
    out = capsys.readouterr().out
    assert f"connected (account {ACCOUNT}, own retries on, failure emails by stripe)" in out
    assert "pending events: 0" in out


def test_five_deliveries_store_one_event_on_both_repositories(repo: Repository, clock: FixedClock) -> None:
    repo.put_tenant(tenant("acme"))
    repo.put_route("stripe", ACCOUNT, "acme")
    evt = event("invoice.paid", fixture("payrails_invoice_object.json"), event_id="evt_five")
    outcomes = [stripe_events.accept_event(repo, clock, evt).status for _ in range(5)]
    assert outcomes == ["accepted"] + ["duplicate"] * 4
    assert [
        r.event_id for r in repo.list_records("acme", "stripe_event", stripe_events.StripeEventRecord)
    ] == ["evt_five"]
    assert len(repo.list_records("acme", stripe_events.PENDING_KIND, stripe_events.PendingEvent)) == 1


def test_paid_before_finalized_leaves_one_state_on_both_repositories(
    repo: Repository, clock: FixedClock
) -> None:
    from chalicelib.adapters.stripe_fake import FakeStripeGateway
    from chalicelib.domain.case import CaseState
    from chalicelib.domain.ledger import InvoiceStatus

    repo.put_tenant(tenant("acme"))
    repo.put_route("stripe", ACCOUNT, "acme")
    stripe_events.connect(repo, clock, "acme", ACCOUNT, livemode=False)
    gateway = FakeStripeGateway()
    deps = stripe_events.StripeDeps(repo=repo, clock=clock, gateway=gateway)
    invoice = fixture("payrails_data_invoice.payment_failed.json")
    gateway.put("acme", customer_obj("cus_1234"))
    gateway.put("acme", invoice)
    stripe_events.accept_event(repo, clock, event("invoice.finalized", invoice, event_id="evt_a"))
    stripe_events.process_pending(deps, "acme")
    gateway.update("acme", "invoice", "in_1234", status="paid", amount_paid=24900, amount_remaining=0)
    for evt in (
        event("invoice.paid", invoice, event_id="evt_b"),
        event("invoice.finalized", invoice, event_id="evt_c"),
    ):
        for _ in range(3):
            stripe_events.accept_event(repo, clock, evt)
    assert stripe_events.process_pending(deps, "acme").processed == 2
    assert repo.get_invoice("acme", "cus_1234", "in_1234").status is InvoiceStatus.PAID
    assert repo.get_case("acme", "cus_1234").state is CaseState.RESOLVED
    assert [e.kind for e in repo.list_events("acme", "cus_1234")] == [
        "CaseOpened",
        "BalanceChanged",
        "StateChanged",
    ]
