"""The sweep end to end on DynamoDB (moto) and through Chalice's entry points with SQS events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from chalice.test import Client

from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.sqs_queue import FakeQueue
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.domain.ledger import PaymentStats
from chalicelib.domain.policy import Autonomy, Playbook, Policy
from chalicelib.services.approvals_query import list_approvals
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.sweep import mark_playbook_debut, run_sweep, work_case
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

SLOW = PaymentStats(invoices_paid=10, on_time_ratio=Decimal("0.3"), avg_days_late=Decimal(15))


def _seed(repo: Any, clock: FixedClock, *, autonomy: Autonomy, customers: int = 3) -> None:
    t = tenant(
        policy=Policy(playbooks=(Playbook(name="standard", autonomy=autonomy),)),
        reply_domain="ar.acme.example",
    )
    repo.put_tenant(t)
    for n in range(1, customers + 1):
        cid = f"c{n}"
        repo.put_customer(customer(customer_id=cid, stats=SLOW))
        repo.put_invoices(
            [invoice(customer_id=cid, invoice_id=f"{cid}-a", due=NOW.date() - timedelta(days=15))]
        )
        refresh_customer_case(repo, clock, t, cid, actor="system:test", reason="ledger loaded")
    mark_playbook_debut(repo, "acme", "standard", send_key="seed", at=NOW)


def _container(repo: Any, clock: FixedClock) -> Container:
    settings = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test"})
    return Container(
        settings=settings, repo=repo, clock=clock, email_sender=FakeEmailSender(), queue=FakeQueue()
    )


def test_sweep_and_workers_on_dynamodb_send_each_due_case_once(dynamo_repo: Any, clock: FixedClock) -> None:
    _seed(dynamo_repo, clock, autonomy=Autonomy.ACT)
    c = _container(dynamo_repo, clock)
    queue = c.sweep_queue()
    assert isinstance(queue, FakeQueue)
    assert run_sweep(dynamo_repo, queue, clock).due == 3
    deps = c.sweep_deps()
    assert c.sweep_deps().names_cache is deps.names_cache  # a warm Lambda reads the names once
    queue.drain(lambda m: work_case(deps, m.tenant_id, m.case_id))
    sender = c.email_sender
    assert isinstance(sender, FakeEmailSender) and len(sender.sent) == 3
    # The next tick finds nothing due: every case was rescheduled.
    assert run_sweep(dynamo_repo, queue, clock).due == 0


def test_suggest_on_dynamodb_leaves_approvals_to_list(dynamo_repo: Any, clock: FixedClock) -> None:
    _seed(dynamo_repo, clock, autonomy=Autonomy.SUGGEST, customers=2)
    c = _container(dynamo_repo, clock)
    deps = c.sweep_deps()
    for n in (1, 2):
        assert work_case(deps, "acme", f"c{n}").result == "approval_requested"
    assert [a.case_id for a in list_approvals(dynamo_repo, "acme")] == ["c1", "c2"]


@pytest.fixture
def app_client(clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Client, Container]]:
    import app as app_module
    from chalicelib.adapters.memory import FakeRepository

    repo = FakeRepository()
    _seed(repo, clock, autonomy=Autonomy.ACT)
    c = _container(repo, clock)
    app_module.container.cache_clear()
    monkeypatch.setattr(app_module, "container", lambda: c)
    with Client(app_module.app) as client:
        yield client, c


def test_the_worker_is_wired_with_batch_size_one() -> None:
    import app as app_module

    sources = {s.name: s for s in app_module.app.event_sources}
    assert getattr(sources["work_case"], "batch_size", None) == 1
    assert {"daily_sweep", "hourly_sweep"} <= set(sources)


def test_scheduled_sweep_fans_out_and_each_sqs_message_works_one_case(
    app_client: tuple[Client, Container],
) -> None:
    client, c = app_client
    result = client.lambda_.invoke(
        "hourly_sweep", client.events.generate_cw_event("Scheduled Event", "aws.events", {}, [])
    )
    assert json.loads(json.dumps(result.payload)) == {"due": 3}
    queue = c.queue
    assert isinstance(queue, FakeQueue) and len(queue.messages) == 3
    for message in list(queue.messages):
        client.lambda_.invoke(
            "work_case",
            client.events.generate_sqs_event(message_bodies=[message.to_json()], queue_name="argent-sweep"),
        )
    assert isinstance(c.email_sender, FakeEmailSender) and len(c.email_sender.sent) == 3


def test_a_bounce_event_through_sns_marks_the_contact(app_client: tuple[Client, Container]) -> None:
    client, c = app_client
    event = {
        "eventType": "Bounce",
        "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{"emailAddress": "ap@c1.example"}]},
        "mail": {"tags": {"tenant": ["acme"], "case": ["c1"]}},
    }
    client.lambda_.invoke(
        "ses_events",
        client.events.generate_sns_event(message=json.dumps(event), subject="Amazon SES Email Event"),
    )
    cust = c.repo.get_customer("acme", "c1")
    assert cust is not None and cust.reachable_contacts() == []
