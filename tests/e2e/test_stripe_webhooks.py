"""Stripe end to end through Chalice's test client: real signatures, install, intake and the worker schedule."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from chalice.test import Client

from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.stripe_fake import FakeStripeGateway, FakeStripeOAuth
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.ledger import InvoiceStatus
from chalicelib.services import stripe_events, stripe_install
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.factories import tenant

FIX = Path(__file__).parents[1] / "fixtures" / "stripe"
VECTOR = json.loads((FIX / "stripe_signature_vector.json").read_text())
VECTOR_BODY = (FIX / VECTOR["payload_file"]).read_bytes()
SECRET = VECTOR["secret"]


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    import app as app_module

    repo = FakeRepository()
    repo.put_tenant(tenant("acme"))
    clock = FixedClock(datetime(2026, 3, 10, 14, 0, tzinfo=UTC))
    settings = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test", "STRIPE_WEBHOOK_SECRET": SECRET})
    gateway = FakeStripeGateway()
    oauth = FakeStripeOAuth({"ac_consent": "acct_1Acme"})
    container = Container(
        settings=settings, repo=repo, clock=clock, stripe_gateway=gateway, stripe_oauth=oauth
    )
    monkeypatch.setattr(app_module, "container", lambda: container)
    with Client(app_module.app) as client:
        yield {"client": client, "repo": repo, "clock": clock, "gateway": gateway, "container": container}


def _post(client: Client, body: bytes, header: str | None) -> Any:
    headers = {"Content-Type": "application/json"}
    if header is not None:
        headers["Stripe-Signature"] = header
    return client.http.post("/webhooks/stripe", headers=headers, body=body)


def _signed(evt: dict[str, Any], at: datetime, secret: str = SECRET) -> tuple[bytes, str]:
    body = json.dumps(evt).encode()
    t = int(at.timestamp())
    return body, f"t={t},v1={hmac.new(secret.encode(), f'{t}.'.encode() + body, hashlib.sha256).hexdigest()}"


def _fixture(name: str) -> dict[str, Any]:
    data = json.loads((FIX / name).read_text())
    return data["object"] if isinstance(data.get("object"), dict) else data


def _work(world: dict[str, Any]) -> Any:
    client = world["client"]
    return client.lambda_.invoke(
        "stripe_events", client.events.generate_cw_event("Scheduled Event", "aws.events", {}, [])
    )


def _install(world: dict[str, Any]) -> None:
    c = world["container"]
    link = stripe_install.install_link(
        c.stripe_install_deps().secret, "http://127.0.0.1:8000", "acme", world["clock"].now()
    )
    started = world["client"].http.get(urlparse(link).path + "?" + urlparse(link).query)
    assert started.status_code == 302
    state = parse_qs(urlparse(started.headers["Location"]).query)["state"][0]
    done = world["client"].http.get(f"/oauth/stripe/callback?state={state}&code=ac_consent")
    assert done.status_code == 200 and b"Stripe connected" in done.body


def test_the_real_sdk_vector_is_accepted_once_through_the_app(world: dict[str, Any]) -> None:
    world["clock"].advance(datetime.fromtimestamp(VECTOR["timestamp"], UTC) - world["clock"].now())
    world["repo"].put_route("stripe", "acct_123", "acme")
    answers = [_post(world["client"], VECTOR_BODY, VECTOR["stripe_signature_header"]) for _ in range(5)]
    assert [a.json_body["status"] for a in answers] == ["accepted"] + ["duplicate"] * 4
    assert [
        p.event_id for p in world["repo"].list_records("acme", "stripe_pending", stripe_events.PendingEvent)
    ] == ["evt_123"]


@pytest.mark.parametrize(
    ("why", "mutate", "says"),
    [
        ("tampered body", lambda b, h, t: (b.replace(b"in_1234", b"in_9999"), h, t), "signature"),
        ("wrong secret", lambda b, h, t: (b, _signed(json.loads(b), t, "whsec_other")[1], t), "signature"),
        ("stale timestamp", lambda b, h, t: (b, h, t + timedelta(seconds=301)), "tolerance"),
        ("missing header", lambda b, h, t: (b, None, t), "missing"),
    ],
)
def test_a_bad_request_gets_400_with_a_reason_and_nothing_is_stored(
    world: dict[str, Any], why: str, mutate: Any, says: str
) -> None:
    world["repo"].put_route("stripe", "acct_1Acme", "acme")
    evt = {
        "id": "evt_bad",
        "type": "invoice.paid",
        "account": "acct_1Acme",
        "data": {"object": _fixture("payrails_data_invoice.payment_failed.json")},
    }
    body, header = _signed(evt, world["clock"].now())
    body, header, at = mutate(body, header, world["clock"].now())
    world["clock"].advance(at - world["clock"].now())
    answer = _post(world["client"], body, header)
    assert answer.status_code == 400, why
    assert says in answer.json_body["error"].lower()
    assert world["repo"].records == {}


def test_an_unknown_account_is_acknowledged_ignored_and_given_to_nobody(world: dict[str, Any]) -> None:
    world["repo"].put_route("stripe", "acct_someone", "globex")
    body, header = _signed(
        {"id": "evt_x", "type": "invoice.paid", "account": "acct_stranger", "data": {"object": {}}},
        world["clock"].now(),
    )
    answer = _post(world["client"], body, header)
    assert (answer.status_code, answer.json_body["status"]) == (200, "ignored")
    assert world["repo"].records == {}


def test_install_then_paid_before_finalized_five_times_each_yields_one_correct_state(
    world: dict[str, Any],
) -> None:
    _install(world)
    assert world["repo"].route("stripe", "acct_1Acme") == "acme"
    gateway, now = world["gateway"], world["clock"].now()
    invoice = _fixture("payrails_data_invoice.payment_failed.json")
    gateway.put(
        "acme",
        {
            **_fixture("openapi_fixture_customer.json"),
            "id": "cus_1234",
            "email": "ap@globex.example",
            "name": "Globex",
        },
    )
    gateway.put("acme", {**invoice, "status": "paid", "amount_paid": 24900, "amount_remaining": 0})
    paid = {
        "id": "evt_paid",
        "type": "invoice.paid",
        "account": "acct_1Acme",
        "data": {"object": {**invoice, "status": "paid"}},
    }
    finalized = {
        "id": "evt_fin",
        "type": "invoice.finalized",
        "account": "acct_1Acme",
        "data": {"object": invoice},
    }
    for evt in (paid, finalized):
        for _ in range(5):
            assert _post(world["client"], *_signed(evt, now)).status_code == 200
    result = _work(world)
    assert result.payload["processed"] == 2
    held = world["repo"].get_invoice("acme", "cus_1234", "in_1234")
    assert held.status is InvoiceStatus.PAID and held.balance == 0
    case = world["repo"].get_case("acme", "cus_1234")
    assert case is None or case.state is CaseState.RESOLVED
    assert _work(world).payload["processed"] == 0


def test_a_chargeback_through_the_app_escalates_and_deauthorization_disconnects(
    world: dict[str, Any],
) -> None:
    _install(world)
    gateway, now = world["gateway"], world["clock"].now()
    invoice = _fixture("payrails_data_invoice.payment_failed.json")
    gateway.put(
        "acme", {**_fixture("openapi_fixture_customer.json"), "id": "cus_1234", "email": "ap@globex.example"}
    )
    gateway.put("acme", invoice)
    charge = {**_fixture("openapi_fixture_charge.json"), "payment_intent": "pi_9"}
    gateway.put("acme", charge)
    gateway.invoice_of_pi[("acme", "pi_9")] = "in_1234"
    dispute = _fixture("openapi_fixture_dispute.json")
    gateway.put("acme", dispute)
    evt = {
        "id": "evt_dp",
        "type": "charge.dispute.created",
        "account": "acct_1Acme",
        "data": {"object": dispute},
    }
    _post(world["client"], *_signed(evt, now))
    _work(world)
    assert world["repo"].get_case("acme", "cus_1234").state is CaseState.ESCALATED
    bye = {
        "id": "evt_bye",
        "type": "account.application.deauthorized",
        "account": "acct_1Acme",
        "data": {"object": {"id": "ca_1", "object": "application"}},
    }
    _post(world["client"], *_signed(bye, now))
    _work(world)
    assert stripe_events.connection(world["repo"], "acme").status == "disconnected"
    assert world["container"].stripe_vault.latest("acme") is None
    assert world["repo"].get_invoice("acme", "cus_1234", "in_1234") is not None


def test_an_expired_or_forged_install_link_is_refused(world: dict[str, Any]) -> None:
    assert world["client"].http.get("/install/stripe?link=forged.value").status_code == 400
    answer = world["client"].http.get("/oauth/stripe/callback?state=forged.value&code=ac_consent")
    assert answer.status_code == 400 and world["repo"].route("stripe", "acct_1Acme") is None


def test_in_local_mode_an_event_is_worked_at_once_from_what_stripe_delivered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import app as app_module

    repo = FakeRepository()
    repo.put_tenant(tenant("acme"))
    clock = FixedClock(datetime(2026, 3, 10, 14, 0, tzinfo=UTC))
    settings = load_settings({**LOCAL_DEFAULTS, "STRIPE_WEBHOOK_SECRET": SECRET})
    assert settings.stage == "local"
    monkeypatch.setattr(app_module, "container", lambda: Container(settings=settings, repo=repo, clock=clock))
    repo.put_route("stripe", "acct_1Acme", "acme")
    stripe_events.connect(repo, clock, "acme", "acct_1Acme", livemode=False)
    invoice = _fixture("payrails_data_invoice.payment_action_required.json")
    evt = {
        "id": "evt_local",
        "type": "invoice.finalized",
        "account": "acct_1Acme",
        "created": 1773150000,
        "data": {"object": invoice},
    }
    with Client(app_module.app) as client:
        assert _post(client, *_signed(evt, clock.now())).json_body["status"] == "accepted"
    held = repo.get_invoice("acme", "cus_1234", "in_1234")
    assert held is not None and held.balance == Decimal("91.84")
    assert repo.get_customer("acme", "cus_1234").contacts[0].email == invoice["customer_email"]
    assert repo.get_case("acme", "cus_1234").state is CaseState.ACTIVE_CHASE
