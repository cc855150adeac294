"""A tenant connected to a Stripe twin, loaded with Stripe's own objects from tests/fixtures/stripe."""

from __future__ import annotations

import copy
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.stripe_fake import FakeStripeGateway
from chalicelib.clock import FixedClock
from chalicelib.services import stripe_events
from chalicelib.services.stripe_events import StripeDeps
from tests.factories import tenant

FIX = Path(__file__).parents[2] / "fixtures" / "stripe"
ACCOUNT = "acct_1TestAccount"
_ids = itertools.count(1)


def fixture(name: str) -> dict[str, Any]:
    data = json.loads((FIX / name).read_text())
    # pay-rails files hold event.data; the others are the objects themselves.
    return copy.deepcopy(data["object"] if "object" in data and isinstance(data["object"], dict) else data)


def customer_obj(customer_id: str, **changes: Any) -> dict[str, Any]:
    obj = fixture("openapi_fixture_customer.json")
    obj.update({"id": customer_id, "email": f"billing@{customer_id.lower()}.example", "name": "Globex"})
    obj.update(changes)
    return obj


def event(
    kind: str, obj: dict[str, Any], *, event_id: str | None = None, account: str = ACCOUNT
) -> dict[str, Any]:
    return {
        "id": event_id or f"evt_test_{next(_ids)}",
        "object": "event",
        "type": kind,
        "account": account,
        "created": 1773151200,
        "data": {"object": copy.deepcopy(obj)},
    }


@dataclass
class World:
    repo: FakeRepository
    clock: FixedClock
    gateway: FakeStripeGateway
    deps: StripeDeps
    tenant_id: str = "acme"

    def deliver(self, evt: dict[str, Any]) -> str:
        outcome = stripe_events.accept_event(self.repo, self.clock, evt)
        stripe_events.process_pending(self.deps, self.tenant_id)
        return outcome.status

    def events(self, customer_id: str) -> list[str]:
        return [e.kind for e in self.repo.list_events(self.tenant_id, customer_id)]


@pytest.fixture
def world(clock: FixedClock) -> World:
    repo = FakeRepository()
    repo.put_tenant(tenant("acme"))
    repo.put_route("stripe", ACCOUNT, "acme")
    stripe_events.connect(repo, clock, "acme", ACCOUNT, livemode=False)
    gateway = FakeStripeGateway()
    return World(
        repo=repo, clock=clock, gateway=gateway, deps=StripeDeps(repo=repo, clock=clock, gateway=gateway)
    )
