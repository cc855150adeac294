"""QuickBooks through the app: install, signed webhooks (Intuit's published vectors), and the change worker."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from chalice.test import Client

from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.quickbooks_fake import FakeQboConnector, FakeQboLedger
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.services import quickbooks_install, quickbooks_sync
from chalicelib.services.quickbooks_sync import QboConnection
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.factories import tenant

FIX = Path(__file__).parents[1] / "fixtures" / "quickbooks"
VECTORS = json.loads((FIX / "intuit_webhook_signature_vectors.json").read_text())
JAVA = VECTORS[0]  # Customer 1 Create in realm 1185883450
NOW = datetime(2026, 3, 10, 14, tzinfo=UTC)


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    import app as app_module

    repo = FakeRepository()
    repo.put_tenant(tenant("acme"))
    settings = load_settings(
        {**LOCAL_DEFAULTS, "ARGENT_STAGE": "test", "QBO_WEBHOOK_VERIFIER_TOKEN": JAVA["verifier_token"]}
    )
    container = Container(settings=settings, repo=repo, clock=FixedClock(NOW))
    container.qbo_ledger = FakeQboLedger()
    container.qbo_connector = FakeQboConnector()
    monkeypatch.setattr(app_module, "container", lambda: container)
    with Client(app_module.app) as client:
        yield {"client": client, "repo": repo, "c": container}


def _post(client: Client, body: bytes, signature: str | None) -> Any:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["intuit-signature"] = signature
    return client.http.post("/webhooks/quickbooks", headers=headers, body=body)


def _connect(world: dict[str, Any], realm: str) -> None:
    world["repo"].put_route("quickbooks", realm, "acme")
    world["repo"].put_record(
        "acme",
        quickbooks_sync.CONNECTION_KIND,
        quickbooks_sync.CONNECTION_KEY,
        QboConnection(realm_id=realm, status="connected", changed_at=NOW),
    )


def test_a_signed_customer_notification_is_stored_once_then_the_customer_is_fetched(
    world: dict[str, Any],
) -> None:
    _connect(world, "1185883450")
    # What QBO would answer for Customer 1: Airbyte's sandbox customer record, re-numbered to the webhook's id.
    customer = json.loads((FIX / "airbyte_record_customer_3.json").read_text(), parse_float=Decimal)[
        "data"
    ] | {"Id": "1"}
    world["c"].qbo_ledger.put("acme", "Customer", customer)
    body = (FIX / JAVA["payload_file"]).read_bytes()
    first = _post(world["client"], body, JAVA["intuit_signature"])
    again = _post(world["client"], body, JAVA["intuit_signature"])
    assert (first.status_code, [o["status"] for o in first.json_body["outcomes"]]) == (200, ["accepted"])
    assert [o["status"] for o in again.json_body["outcomes"]] == ["duplicate"]
    assert world["repo"].get_customer("acme", "qbo-1") is None  # answered before anything was fetched

    result = world["client"].lambda_.invoke(
        "quickbooks_changes",
        world["client"].events.generate_cw_event("Scheduled Event", "aws.events", {}, []),
    )
    assert result.payload == {"processed": 1}
    stored = world["repo"].get_customer("acme", "qbo-1")
    assert stored is not None and stored.name == "Cool Cars"
    assert world["c"].qbo_ledger.calls.count("customer") == 1


@pytest.mark.parametrize(
    ("signature", "reason"),
    [(None, "missing intuit-signature"), (VECTORS[1]["intuit_signature"], "does not match")],
)
def test_a_missing_or_foreign_signature_is_refused_and_nothing_is_stored(
    world: dict[str, Any], signature: str | None, reason: str
) -> None:
    _connect(world, "1185883450")
    records_before = dict(world["repo"].records)
    answer = _post(world["client"], (FIX / JAVA["payload_file"]).read_bytes(), signature)
    assert answer.status_code == 400 and reason in answer.json_body["error"]
    assert world["repo"].records == records_before


def test_an_unknown_realm_is_acknowledged_and_never_given_to_another_tenant(world: dict[str, Any]) -> None:
    _connect(world, "999")
    records_before = dict(world["repo"].records)
    answer = _post(world["client"], (FIX / JAVA["payload_file"]).read_bytes(), JAVA["intuit_signature"])
    assert answer.status_code == 200 and [o["status"] for o in answer.json_body["outcomes"]] == ["ignored"]
    assert world["repo"].records == records_before


def test_a_cloudevents_invoice_batch_reaches_the_worker(world: dict[str, Any]) -> None:
    _connect(world, "310687")
    [event] = json.loads((FIX / "intuit_java_sdk_webhook_cloudevents_class_created.json").read_text())
    # The SDK's CloudEvents envelope, with the receivables type Intuit sends for invoices.
    body = json.dumps([{**event, "type": "qbo.invoice.updated.v1", "intuitentityid": "130"}]).encode()
    signature = base64.b64encode(
        hmac.new(JAVA["verifier_token"].encode(), body, hashlib.sha256).digest()
    ).decode()
    invoice = json.loads((FIX / "airbyte_record_invoice_130_open.json").read_text(), parse_float=Decimal)[
        "data"
    ]
    customer = json.loads((FIX / "airbyte_record_customer_3.json").read_text(), parse_float=Decimal)[
        "data"
    ] | {"Id": "24"}
    world["c"].qbo_ledger.put("acme", "Invoice", invoice)
    world["c"].qbo_ledger.put("acme", "Customer", customer)
    answer = _post(world["client"], body, signature)
    assert [o["status"] for o in answer.json_body["outcomes"]] == ["accepted"]
    world["client"].lambda_.invoke(
        "quickbooks_changes",
        world["client"].events.generate_cw_event("Scheduled Event", "aws.events", {}, []),
    )
    stored = world["repo"].get_invoice("acme", "qbo-24", "qbo-130")
    assert stored is not None and stored.balance == Decimal("362.07")
    case = world["repo"].get_case("acme", "qbo-24")
    assert case is not None and case.is_open  # due 2023-03-20: long overdue on 2026-03-10


def test_install_goes_to_intuit_and_back_and_connects_the_realm_once(world: dict[str, Any]) -> None:
    c = world["c"]
    link = quickbooks_install.install_link(c.qbo_state_secret(), "http://x", "acme", NOW)
    start = world["client"].http.get(urlparse(link).path + "?" + urlparse(link).query)
    assert start.status_code == 302
    callback = urlparse(start.headers["Location"])
    done = world["client"].http.get(f"{callback.path}?{callback.query}")
    assert done.status_code == 200 and "QuickBooks connected" in done.body.decode()
    assert world["repo"].route("quickbooks", "local-realm") == "acme"
    assert quickbooks_sync.is_connected(world["repo"], "acme")
    assert quickbooks_sync.backfill_progress(world["repo"], "acme") is not None
    replay = world["client"].http.get(f"{callback.path}?{callback.query}")
    assert replay.status_code == 400 and "already used" in replay.body.decode()
    forged = parse_qs(callback.query) | {"state": ["forged.state"]}
    bad = world["client"].http.get(f"{callback.path}?state={forged['state'][0]}&code=x&realmId=1")
    assert bad.status_code == 400


def test_intuits_disconnect_url_closes_the_connection_only_when_the_grant_is_really_gone(
    world: dict[str, Any],
) -> None:
    _connect(world, "1185883450")
    connector: FakeQboConnector = world["c"].qbo_connector
    connector.connected["acme"] = "1185883450"
    world["client"].http.get("/oauth/quickbooks/disconnect?realmId=1185883450")
    assert quickbooks_sync.is_connected(world["repo"], "acme")  # anyone can open that URL
    connector.revoked.add("acme")
    world["client"].http.get("/oauth/quickbooks/disconnect?realmId=1185883450")
    conn = quickbooks_sync.connection(world["repo"], "acme")
    assert conn is not None and conn.status == "disconnected"
