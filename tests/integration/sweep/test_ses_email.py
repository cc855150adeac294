"""SESEmailSender against moto's SES v2, and its error handling against botocore's Stubber."""

from __future__ import annotations

from email import message_from_bytes

import boto3
import pytest
from botocore.stub import Stubber

from chalicelib.adapters.ses_email import SESEmailSender
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services.outbound import EmailRejectedError, EmailThrottledError


def _email(**kw: object) -> OutboundEmail:
    values: dict[str, object] = {
        "tenant_id": "acme",
        "case_id": "c1",
        "action_id": "reminder.friendly.first",
        "to": ("ap@customer.example",),
        "subject": "Friendly reminder: 1 invoice(s) past due",
        "body_text": "Invoice INV-1: 100.00 USD (due 2026-02-01)\n",
        "reply_to": "ar+c1@ar.acme.example",
        "in_reply_to": "<older@email.amazonses.com>",
        "references": ("<oldest@email.amazonses.com>", "<older@email.amazonses.com>"),
    }
    values.update(kw)
    return OutboundEmail.model_validate(values)


def test_a_message_goes_out_threaded_with_the_per_case_reply_to(moto_aws: None) -> None:
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.ses.models import ses_backends

    client = boto3.client("sesv2", region_name="us-east-1")
    client.create_email_identity(EmailIdentity="acme.example")
    sender = SESEmailSender(
        client, from_address="ar@acme.example", from_name="Acme AR", configuration_set="argent"
    )
    message_id = sender.send(_email())
    assert message_id.startswith("<") and message_id.endswith("@email.amazonses.com>")
    sent = ses_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].sent_messages
    assert len(sent) == 1
    mime = message_from_bytes(
        sent[0].raw_data if isinstance(sent[0].raw_data, bytes) else sent[0].raw_data.encode()
    )
    assert mime["Reply-To"] == "ar+c1@ar.acme.example"
    assert mime["In-Reply-To"] == "<older@email.amazonses.com>"
    assert mime["References"] == "<oldest@email.amazonses.com> <older@email.amazonses.com>"
    assert mime["X-Argent-Send-Key"] == "acme/c1:reminder.friendly.first"


def test_an_unverified_sender_is_a_rejection_not_a_crash(moto_aws: None) -> None:
    client = boto3.client("sesv2", region_name="us-east-1")
    sender = SESEmailSender(client, from_address="ar@nowhere.example")
    with pytest.raises(EmailRejectedError):
        sender.send(_email())


def _stubbed() -> tuple[object, Stubber]:
    client = boto3.client("sesv2", region_name="eu-west-1")
    return client, Stubber(client)


def test_throttling_is_retried_with_growing_backoff_then_sent() -> None:
    client, stub = _stubbed()
    for _ in range(2):
        stub.add_client_error(
            "send_email", service_error_code="TooManyRequestsException", http_status_code=429
        )
    stub.add_response("send_email", {"MessageId": "abc"})
    sleeps: list[float] = []
    sender = SESEmailSender(client, from_address="ar@acme.example", region="eu-west-1", sleep=sleeps.append)  # type: ignore[arg-type]
    with stub:
        assert sender.send(_email()) == "<abc@eu-west-1.amazonses.com>"
    assert len(sleeps) == 2 and all(0 <= s <= 0.2 * 2**i for i, s in enumerate(sleeps))


def test_throttling_that_does_not_end_raises_throttled() -> None:
    client, stub = _stubbed()
    for _ in range(3):
        stub.add_client_error("send_email", service_error_code="LimitExceededException", http_status_code=400)
    sender = SESEmailSender(client, from_address="ar@acme.example", attempts=3, sleep=lambda _: None)  # type: ignore[arg-type]
    with stub, pytest.raises(EmailThrottledError):
        sender.send(_email())


def test_a_rejected_recipient_names_the_address() -> None:
    client, stub = _stubbed()
    stub.add_client_error(
        "send_email", service_error_code="MessageRejected", service_message="Address blacklisted."
    )
    sender = SESEmailSender(client, from_address="ar@acme.example", sleep=lambda _: None)  # type: ignore[arg-type]
    with stub, pytest.raises(EmailRejectedError) as caught:
        sender.send(_email())
    assert caught.value.addresses == ("ap@customer.example",) and "blacklisted" in caught.value.detail
