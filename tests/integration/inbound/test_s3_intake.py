"""The intake against S3 (moto): SES stored the raw message, the notification names it, the batch goes on.

Every real message of the email corpus is sent through the whole intake (S3 read, parse, triage, thread,
act) as if it had been addressed to a tenant: none may raise, none may be lost.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import boto3

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.ses_inbound import read_notification, s3_client, s3_fetcher
from chalicelib.clock import FixedClock
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.inbound import INBOX_KIND, InboxItem, ingest_reply
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

FIXTURES = Path(__file__).parents[2] / "fixtures"
BUCKET = "argent-test-inbound"
ACME = tenant(reply_domain="ar.acme.example")


def _note(key: str, message_id: str) -> dict[str, Any]:
    # aws-lambda-go's S3-action receipt, pointed at our bucket (its own "my-S3-bucket" is not a legal name).
    ses = json.loads((FIXTURES / "ses" / "awslambdago_ses-s3-event.json").read_text())["Records"][0]["ses"]
    ses["receipt"]["action"].update(bucketName=BUCKET, objectKey=key)
    ses["receipt"]["recipients"] = ["collections@ar.acme.example"]
    ses["mail"]["messageId"] = message_id
    return {"notificationType": "Received", **ses}


def test_every_corpus_message_goes_through_the_intake_and_is_accounted_for(moto_aws: None) -> None:
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    repo, clock = FakeRepository(), FixedClock(NOW)
    repo.put_tenant(ACME)
    repo.put_customer(customer(contacts=[{"email": "ap@c1.example"}]))
    repo.put_invoice(invoice(invoice_id="1042", due=NOW.date().replace(day=1), amount="500.00"))
    refresh_customer_case(repo, clock, ACME, "c1", actor="system:import", reason="test")
    fetch = s3_fetcher(s3_client("us-east-1", None))
    files = sorted(p for p in (FIXTURES / "email").rglob("*") if p.is_file() and p.suffix != ".md")
    statuses: Counter[str] = Counter()
    for n, path in enumerate(files):
        key = f"inbound/{n:04d}"
        s3.put_object(Bucket=BUCKET, Key=key, Body=path.read_bytes())
        received = read_notification(json.dumps(_note(key, f"ses-{n:04d}")), fetch)
        assert received.mail is not None
        result = ingest_reply(
            received.mail, repo=repo, clock=clock, engine=LocalTriage(), token_secret="s", answer=None
        )
        statuses[result.status] += 1
    assert len(files) >= 100
    # Nobody at c1.example wrote these, so nothing threads to the case; none is dropped either (the domain
    # is the tenant's). Each has its own inbox line, even where two corpus files share a Message-ID.
    assert statuses == Counter({"inbox": len(files)})
    items = repo.list_records("acme", INBOX_KIND, InboxItem)
    assert len(items) == len(files)
    assert {i.stored_at for i in items} == {f"s3://{BUCKET}/inbound/{n:04d}" for n in range(len(files))}
    # Each raw message is still where SES put it.
    assert s3.list_objects_v2(Bucket=BUCKET)["KeyCount"] == len(files)


def test_a_broken_object_is_listed_with_its_error_and_the_next_one_still_works(moto_aws: None) -> None:
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    repo, clock = FakeRepository(), FixedClock(NOW)
    repo.put_tenant(ACME)
    s3.put_object(Bucket=BUCKET, Key="bad", Body=b"\x00\x01\x02")
    s3.put_object(Bucket=BUCKET, Key="good", Body=b"From: someone@x.example\nSubject: hi\n\nHello\n")
    fetch = s3_fetcher(s3_client("us-east-1", None))
    results = []
    for key in ("bad", "good"):
        received = read_notification(_note(key, f"ses-{key}"), fetch)
        assert received.mail is not None
        results.append(
            ingest_reply(received.mail, repo=repo, clock=clock, engine=LocalTriage(), token_secret="s").status
        )
    assert results == ["inbox", "inbox"]
    items = {i.stored_at: i for i in repo.list_records("acme", INBOX_KIND, InboxItem)}
    assert items[f"s3://{BUCKET}/bad"].error and items[f"s3://{BUCKET}/good"].error is None
