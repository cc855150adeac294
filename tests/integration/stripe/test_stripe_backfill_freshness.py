"""Backfill (paginated, resumable, 24 months of history) and the pre-send freshness check against Stripe."""

from __future__ import annotations

import contextlib
import copy
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services import stripe_events
from chalicelib.services.stripe_events import StripeFreshnessCheck
from tests.integration.stripe.stripe_world import World, customer_obj, event, fixture


def _ts(days_ago: int, world: World) -> int:
    return int((world.clock.now() - timedelta(days=days_ago)).timestamp())


def _seed(world: World) -> None:
    base = fixture("payrails_data_invoice.payment_failed.json")
    for n in range(3):
        world.gateway.put("acme", customer_obj(f"cus_{n}"))
    for n in range(5):  # open, overdue
        inv = copy.deepcopy(base)
        inv.update(
            {
                "id": f"in_open_{n}",
                "customer": f"cus_{n % 3}",
                "number": f"OPEN-{n}",
                "created": _ts(60, world),
            }
        )
        inv["status_transitions"] = {"finalized_at": _ts(60, world)}
        inv["due_date"] = _ts(30, world)
        world.gateway.put("acme", inv)
    for n, days in enumerate([100, 400, 700, 800]):  # paid; the last is older than 24 months
        inv = copy.deepcopy(base)
        inv.update(
            {
                "id": f"in_paid_{n}",
                "customer": "cus_0",
                "number": f"PAID-{n}",
                "status": "paid",
                "amount_paid": 10000,
                "amount_remaining": 0,
                "created": _ts(days, world),
                "due_date": _ts(days - 30, world),
                "status_transitions": {"finalized_at": _ts(days, world), "paid_at": _ts(days - 40, world)},
            }
        )
        world.gateway.put("acme", inv)


def test_the_backfill_pages_stops_and_resumes_where_it_stood(world: World) -> None:
    _seed(world)
    stripe_events.start_backfill(world.repo, world.clock, "acme")
    pages: list[str] = []
    calls = {"n": 0}

    def stop_after_three() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    first = stripe_events.run_backfill(
        world.deps, "acme", should_stop=stop_after_three, page_size=2, on_page=lambda c: pages.append(c.phase)
    )
    assert first is not None and first.phase == "open_invoices" and first.starting_after == "in_open_1"
    world.gateway.fail_next(0)
    done = stripe_events.run_backfill(
        world.deps, "acme", page_size=2, on_page=lambda c: pages.append(c.phase)
    )
    assert done is not None and done.phase == "done"
    assert done.counts == {"customers": 3, "open_invoices": 5, "paid_invoices": 3}
    assert len(world.repo.list_cases("acme")) == 3
    history = world.repo.get_customer("acme", "cus_0").history
    assert [r.invoice_number for r in history] == ["PAID-2", "PAID-1", "PAID-0"]  # 24 months, oldest first
    assert world.repo.get_customer("acme", "cus_0").stats.invoices_paid == 3
    # Running again changes nothing and repeats no history.
    stripe_events.start_backfill(world.repo, world.clock, "acme")
    stripe_events.run_backfill(world.deps, "acme", page_size=2)
    assert len(world.repo.get_customer("acme", "cus_0").history) == 3


def test_an_outage_mid_backfill_keeps_the_cursor(world: World) -> None:
    _seed(world)
    stripe_events.start_backfill(world.repo, world.clock, "acme")
    stripe_events.run_backfill(world.deps, "acme", page_size=2, should_stop=lambda: world.gateway.calls >= 2)
    world.gateway.fail_next(1)
    with contextlib.suppress(stripe_events.StripeUnavailableError):
        stripe_events.run_backfill(world.deps, "acme", page_size=2)
    held = stripe_events.backfill_progress(world.repo, "acme")
    assert held.phase == "open_invoices" and held.counts == {"customers": 3}
    assert stripe_events.run_backfill(world.deps, "acme", page_size=2).phase == "done"


def _email(invoice_id: str) -> OutboundEmail:
    return OutboundEmail.model_construct(tenant_id="acme", case_id="cus_1234", invoice_ids=[invoice_id])


def _held_open(world: World) -> dict:
    obj = fixture("payrails_data_invoice.payment_failed.json")
    world.gateway.put("acme", customer_obj("cus_1234"))
    world.gateway.put("acme", obj)
    world.deliver(event("invoice.finalized", obj))
    return obj


def test_freshness_lets_an_unchanged_invoice_go_and_stops_a_paid_voided_or_uncollectible_one(
    world: World,
) -> None:
    _held_open(world)
    check = StripeFreshnessCheck(lambda: world.deps, world.repo)
    assert check(_email("in_1234")) is None
    for status in ("paid", "void", "uncollectible"):
        world.gateway.update(
            "acme", "invoice", "in_1234", status=status, amount_remaining=0 if status == "paid" else 24900
        )
        reason = check(_email("in_1234"))
        assert reason is not None and status in reason
    world.gateway.update("acme", "invoice", "in_1234", status="open", amount_remaining=20000)
    assert "balance changed" in check(_email("in_1234"))


def test_freshness_stops_a_disputed_invoice_and_a_stripe_that_cannot_answer(world: World) -> None:
    _held_open(world)
    check = StripeFreshnessCheck(lambda: world.deps, world.repo)
    world.repo.put_record(
        "acme",
        "dispute",
        "dp_1",
        stripe_events.DisputeRecord(
            dispute_id="dp_1",
            charge_id="ch_1",
            invoice_id="in_1234",
            customer_id="cus_1234",
            amount=Decimal("10"),
            currency="USD",
            reason="fraudulent",
            status="needs_response",
            opened_at=datetime(2026, 3, 10, tzinfo=UTC),
        ),
    )
    assert "disputed" in check(_email("in_1234"))
    world.gateway.fail_next(1)
    assert "could not confirm" in check(_email("in_1234"))


def test_freshness_leaves_other_sources_to_the_inner_check(world: World) -> None:
    calls: list[str] = []

    def inner(email: OutboundEmail) -> str | None:
        calls.append(email.case_id)
        return None

    check = StripeFreshnessCheck(lambda: world.deps, world.repo, inner)
    assert check(_email("in_not_stripe")) is None and calls == ["cus_1234"]
    assert world.gateway.calls == 0
