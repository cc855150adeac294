"""Inbound mail through Chalice's test client: SES's notification via SNS, the message inline or in S3."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from chalice.test import Client

from chalicelib.adapters.memory import FakeRepository
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.reply_tokens import reply_address
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.inbound import INBOX_KIND, InboxItem
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

AWS_EXAMPLE = json.loads(
    (
        Path(__file__).parents[1] / "fixtures" / "ses" / "awsdocs_ses_received_notification_sns_action.json"
    ).read_text()
)
SETTINGS = load_settings(dict(LOCAL_DEFAULTS))
SECRET = SETTINGS.reply_token_secret.get_secret_value()


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch, moto_aws: None) -> Iterator[dict[str, Any]]:
    import app as app_module

    repo, clock = FakeRepository(), FixedClock(NOW)
    monkeypatch.setattr(app_module, "container", lambda: Container(settings=SETTINGS, repo=repo, clock=clock))
    with Client(app_module.app) as client:
        yield {"client": client, "repo": repo, "clock": clock}


def _publish(client: Client, note: dict[str, Any]) -> Any:
    return client.lambda_.invoke(
        "inbound_mail", client.events.generate_sns_event(message=json.dumps(note))
    ).payload


def test_awss_own_example_lands_in_the_inbox_of_the_tenant_owning_the_domain(world: dict[str, Any]) -> None:
    world["repo"].put_tenant(tenant(reply_domain="example.com"))
    answer = _publish(world["client"], AWS_EXAMPLE)
    assert answer["status"] == "inbox"
    assert len(world["repo"].list_records("acme", INBOX_KIND, InboxItem)) == 1


def test_spam_is_dropped_before_anything_is_read(world: dict[str, Any]) -> None:
    note = json.loads(json.dumps(AWS_EXAMPLE))
    note["receipt"]["spamVerdict"] = {"status": "FAIL"}
    assert _publish(world["client"], note)["status"] == "dropped"


def test_a_reply_stored_in_s3_is_threaded_by_its_token_and_acted_on(world: dict[str, Any]) -> None:
    repo = world["repo"]
    repo.put_tenant(tenant(reply_domain="ar.acme.example"))
    repo.put_customer(customer(contacts=[{"email": "ap@c1.example"}]))
    repo.put_invoice(invoice(invoice_id="1042", due=NOW.date().replace(day=1), amount="500.00"))
    refresh_customer_case(
        repo,
        world["clock"],
        tenant(reply_domain="ar.acme.example"),
        "c1",
        actor="system:import",
        reason="test",
    )
    to = reply_address(SECRET, "acme", "c1", "ar.acme.example")
    raw = f"From: ap@c1.example\nTo: {to}\nSubject: Re: INV-1042\nDate: Tue, 10 Mar 2026 10:00:00 -0400\nMessage-ID: <r1@c1.example>\n\nWe'll pay INV-1042 on Friday.\n"
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="argent-local-inbound")
    s3.put_object(Bucket="argent-local-inbound", Key="mail/r1", Body=raw.encode())
    note = {
        "notificationType": "Received",
        "mail": {"messageId": "r1", "destination": [to]},
        "receipt": {
            "recipients": [to],
            "spamVerdict": {"status": "PASS"},
            "virusVerdict": {"status": "PASS"},
            "dmarcVerdict": {"status": "PASS"},
            "action": {"type": "S3", "bucketName": "argent-local-inbound", "objectKey": "mail/r1"},
        },
    }
    answer = _publish(world["client"], note)
    assert answer["status"] == "acted"
    assert repo.get_case("acme", "c1").state is CaseState.PROMISE_TO_PAY
