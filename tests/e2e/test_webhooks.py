"""Provider webhooks through Chalice's test client, signed with the providers' real published vectors."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import stripe
from chalice.test import Client

from chalicelib.adapters.memory import FakeRepository
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.services.webhooks import StoredEvent
from chalicelib.settings import LOCAL_DEFAULTS, load_settings

FIX = Path(__file__).parents[1] / "fixtures"
STRIPE_VECTOR = json.loads((FIX / "stripe" / "stripe_signature_vector.json").read_text())
STRIPE_BODY = (FIX / "stripe" / STRIPE_VECTOR["payload_file"]).read_bytes()
INTUIT_VECTORS = json.loads((FIX / "quickbooks" / "intuit_webhook_signature_vectors.json").read_text())
SLACK_VECTOR = json.loads((FIX / "slack" / "slack_docs_signature_vector.json").read_text())


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    import app as app_module

    repo = FakeRepository()
    clock = FixedClock(datetime.fromtimestamp(STRIPE_VECTOR["timestamp"], UTC))
    settings = load_settings(
        {
            **LOCAL_DEFAULTS,
            "STRIPE_WEBHOOK_SECRET": STRIPE_VECTOR["secret"],
            "QBO_WEBHOOK_VERIFIER_TOKEN": INTUIT_VECTORS[0]["verifier_token"],
            "SLACK_SIGNING_SECRET": SLACK_VECTOR["signing_secret"],
        }
    )
    monkeypatch.setattr(app_module, "container", lambda: Container(settings=settings, repo=repo, clock=clock))
    with Client(app_module.app) as client:
        yield {"client": client, "repo": repo, "clock": clock}


def _stripe(client: Client, body: bytes, header: str | None) -> Any:
    headers = {"Content-Type": "application/json"}
    if header is not None:
        headers["Stripe-Signature"] = header
    return client.http.post("/webhooks/stripe", headers=headers, body=body)


def test_stripes_own_library_accepts_the_vector_we_test_with() -> None:
    stripe.WebhookSignature.verify_header(
        STRIPE_BODY.decode(),
        STRIPE_VECTOR["stripe_signature_header"],
        STRIPE_VECTOR["secret"],
        tolerance=None,
    )


def test_a_real_stripe_event_is_stored_once_however_often_it_is_delivered(world: dict[str, Any]) -> None:
    world["repo"].put_route("stripe", "acct_123", "acme")
    answers = [
        _stripe(world["client"], STRIPE_BODY, STRIPE_VECTOR["stripe_signature_header"]) for _ in range(5)
    ]
    assert [a.status_code for a in answers] == [200] * 5
    assert [a.json_body["status"] for a in answers] == ["accepted"] + ["duplicate"] * 4
    stored = world["repo"].list_records("acme", "stripe_event", StoredEvent)
    assert [(e.event_id, e.kind) for e in stored] == [("evt_123", "customer.created")]


@pytest.mark.parametrize(
    ("why", "body", "header", "advance"),
    [
        (
            "tampered body",
            STRIPE_BODY.replace(b"cus_123", b"cus_999"),
            STRIPE_VECTOR["stripe_signature_header"],
            0,
        ),
        (
            "wrong secret",
            STRIPE_BODY,
            "t=1533204620,v1=" + hmac.new(b"other", b"1533204620." + STRIPE_BODY, hashlib.sha256).hexdigest(),
            0,
        ),
        ("stale timestamp", STRIPE_BODY, STRIPE_VECTOR["stripe_signature_header"], 301),
        ("missing header", STRIPE_BODY, None, 0),
    ],
)
def test_a_bad_stripe_request_gets_400_with_a_reason_and_changes_nothing(
    world: dict[str, Any], why: str, body: bytes, header: str | None, advance: int
) -> None:
    world["repo"].put_route("stripe", "acct_123", "acme")
    world["clock"].advance(timedelta(seconds=advance))
    answer = _stripe(world["client"], body, header)
    assert answer.status_code == 400, why
    assert answer.json_body["error"]
    assert world["repo"].records == {} and world["repo"].inbox == {}


def test_an_unknown_stripe_account_is_acknowledged_and_never_given_to_another_tenant(
    world: dict[str, Any],
) -> None:
    world["repo"].put_route("stripe", "acct_other", "globex")
    answer = _stripe(world["client"], STRIPE_BODY, STRIPE_VECTOR["stripe_signature_header"])
    assert (answer.status_code, answer.json_body["status"]) == (200, "ignored")
    assert world["repo"].records == {}


def _intuit(client: Client, body: bytes, signature: str) -> Any:
    return client.http.post(
        "/webhooks/quickbooks",
        headers={"Content-Type": "application/json", "intuit-signature": signature},
        body=body,
    )


def test_a_real_intuit_notification_is_verified_routed_and_stored(world: dict[str, Any]) -> None:
    vector = INTUIT_VECTORS[0]
    body = (FIX / "quickbooks" / vector["payload_file"]).read_bytes()
    world["repo"].put_route("quickbooks", "1185883450", "acme")
    answer = _intuit(world["client"], body, vector["intuit_signature"])
    assert answer.status_code == 200
    assert [o["status"] for o in answer.json_body["outcomes"]] == ["accepted"]
    again = _intuit(world["client"], body, vector["intuit_signature"])
    assert [o["status"] for o in again.json_body["outcomes"]] == ["duplicate"]


def test_a_cloudevents_batch_is_read_too(world: dict[str, Any]) -> None:
    body = (FIX / "quickbooks" / "intuit_java_sdk_webhook_cloudevents_class_created.json").read_bytes()
    token = INTUIT_VECTORS[0]["verifier_token"]
    signature = base64.b64encode(hmac.new(token.encode(), body, hashlib.sha256).digest()).decode()
    world["repo"].put_route("quickbooks", "310687", "acme")
    answer = _intuit(world["client"], body, signature)
    assert [o["status"] for o in answer.json_body["outcomes"]] == ["accepted"]
    [stored] = world["repo"].list_records("acme", "quickbooks_event", StoredEvent)
    assert stored.kind == "Class.Created" and stored.payload["entity_id"] == "1234"


def test_a_wrong_intuit_signature_gets_400(world: dict[str, Any]) -> None:
    vector = INTUIT_VECTORS[1]  # signed with another app's verifier token
    body = (FIX / "quickbooks" / vector["payload_file"]).read_bytes()
    answer = _intuit(world["client"], body, vector["intuit_signature"])
    assert answer.status_code == 400 and "intuit-signature" in answer.json_body["error"]


def _slack(client: Client, body: bytes, timestamp: str, signature: str) -> Any:
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": signature,
    }
    return client.http.post("/slack/actions", headers=headers, body=body)


def test_slacks_documented_vector_verifies_and_a_non_interaction_body_is_refused(
    world: dict[str, Any],
) -> None:
    clock = world["clock"]
    clock.advance(datetime.fromtimestamp(int(SLACK_VECTOR["x_slack_request_timestamp"]), UTC) - clock.now())
    body = (FIX / "slack" / SLACK_VECTOR["body_file"]).read_bytes()
    answer = _slack(
        world["client"], body, SLACK_VECTOR["x_slack_request_timestamp"], SLACK_VECTOR["x_slack_signature"]
    )
    assert (
        answer.status_code == 400 and "payload" in answer.json_body["error"]
    )  # a slash command, not an action
    tampered = _slack(
        world["client"],
        body + b"&x=1",
        SLACK_VECTOR["x_slack_request_timestamp"],
        SLACK_VECTOR["x_slack_signature"],
    )
    assert tampered.status_code == 400 and "signature" in tampered.json_body["error"].lower()


def _signed_slack_action(secret: str, at: datetime) -> tuple[bytes, str, str]:
    body = (FIX / "slack" / "bzapp_block_actions_view_button_edit_events.form.txt").read_bytes()
    ts = str(int(at.timestamp()))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return body, ts, signature


def test_a_slack_click_is_routed_by_team_and_a_double_click_is_kept_once(world: dict[str, Any]) -> None:
    world["repo"].put_route("slack", "T7NS02BFB", "acme")
    body, ts, sig = _signed_slack_action(SLACK_VECTOR["signing_secret"], world["clock"].now())
    first, second = (_slack(world["client"], body, ts, sig) for _ in range(2))
    assert (first.json_body["status"], second.json_body["status"]) == ("accepted", "duplicate")


def test_a_slack_team_that_no_tenant_connected_is_ignored(world: dict[str, Any]) -> None:
    world["repo"].put_route("slack", "T_OTHER", "globex")
    body, ts, sig = _signed_slack_action(SLACK_VECTOR["signing_secret"], world["clock"].now())
    answer = _slack(world["client"], body, ts, sig)
    assert answer.json_body["status"] == "ignored" and world["repo"].records == {}


def test_an_old_slack_request_is_refused(world: dict[str, Any]) -> None:
    world["repo"].put_route("slack", "T7NS02BFB", "acme")
    body, ts, sig = _signed_slack_action(
        SLACK_VECTOR["signing_secret"], world["clock"].now() - timedelta(minutes=6)
    )
    assert _slack(world["client"], body, ts, sig).status_code == 400
