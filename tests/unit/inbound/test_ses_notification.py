"""Reading SES's receipt notifications (public examples from AWS and others) into the intake's view."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from chalicelib.adapters.ses_inbound import NotificationError, inbound_from_raw, read_notification

FIXTURES = Path(__file__).parents[2] / "fixtures" / "ses"
EMAILS = Path(__file__).parents[2] / "fixtures" / "email"


def _json(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return loaded


def _no_fetch(bucket: str, key: str) -> bytes:
    raise AssertionError(f"unexpected S3 read of {bucket}/{key}")


def _s3_note() -> dict[str, Any]:
    # aws-lambda-go's S3-action receipt: the same receipt and mail objects SNS carries for an S3 action.
    ses = _json("awslambdago_ses-s3-event.json")["Records"][0]["ses"]
    return {"notificationType": "Received", "receipt": ses["receipt"], "mail": ses["mail"]}


def test_awss_sns_action_example_is_read_inline_with_its_headers() -> None:
    received = read_notification(
        json.dumps(_json("awsdocs_ses_received_notification_sns_action.json")), _no_fetch
    )
    mail = received.mail
    assert mail is not None and received.reason == "accepted"
    assert mail.recipients == ["recipient@example.com"]
    assert mail.sender == "sender@example.com"
    assert mail.message_id == "<61967230-7A45-4A9D-BEC9-87CBCF2211C9@example.com>"
    assert mail.receipt_id == "d6iitobk75ur44p8kdnnp7g2n800"
    assert (mail.parse_error, mail.stored_at) == (None, None)


def test_the_2019_base64_example_decodes_once_its_published_line_wraps_are_undone() -> None:
    text = (FIXTURES / "awsdocs_ses_sns_message_content_2019.AS_PUBLISHED_LINEWRAPPED.txt").read_text()
    with pytest.raises(NotificationError):
        read_notification(text, _no_fetch)  # as published it is not JSON: refused, not guessed at
    received = read_notification(re.sub(r"\n\s+", " ", text), _no_fetch)
    assert received.mail is not None and "Amazon SES Test" in received.mail.text
    assert received.mail.untrusted is False  # GRAY is not FAIL


def test_an_s3_action_reads_the_stored_object_and_remembers_where_it_is() -> None:
    fetched: list[tuple[str, str]] = []
    raw = (EMAILS / "mime" / "flanker_8bitmime.eml").read_bytes()

    def fetch(bucket: str, key: str) -> bytes:
        fetched.append((bucket, key))
        return raw

    received = read_notification(_s3_note(), fetch)
    assert fetched == [("my-S3-bucket", "email")]
    assert received.mail is not None and received.mail.stored_at == "s3://my-S3-bucket/email"
    assert received.mail.raw == raw


@pytest.mark.parametrize("verdict", ["spamVerdict", "virusVerdict"])
def test_spam_or_virus_fail_is_dropped_before_the_object_is_read(verdict: str) -> None:
    note = _s3_note()
    note["receipt"][verdict] = {"status": "FAIL"}
    received = read_notification(note, _no_fetch)
    assert received.mail is None and "dropped" in received.reason


def test_dmarc_fail_is_kept_but_untrusted() -> None:
    note = _json("awsdocs_ses_received_notification_sns_action.json")
    note["receipt"]["dmarcVerdict"] = {"status": "FAIL"}
    received = read_notification(note, _no_fetch)
    assert received.mail is not None and received.mail.untrusted


def test_awss_alert_example_is_refused_as_published_and_read_once_repaired() -> None:
    text = (
        FIXTURES / "awsdocs_ses_received_notification_alert_s3_action.AS_PUBLISHED_INVALID_JSON.txt"
    ).read_text()
    with pytest.raises(NotificationError):
        read_notification(text, _no_fetch)
    received = read_notification(
        text.replace('"\\email"', '"email"'), lambda b, k: b"From: a@b.example\n\nhi\n"
    )
    assert received.mail is not None and received.mail.stored_at == "s3://my-S3-bucket/email"


def test_a_sending_notification_on_the_inbound_topic_is_not_mail() -> None:
    with pytest.raises(NotificationError):
        read_notification(_json("sisimai_ses_notification_bounce_permanent.json"), _no_fetch)


def test_a_message_with_nothing_readable_comes_back_with_an_error_not_an_exception() -> None:
    mail = inbound_from_raw(
        b"\x00\xff\x00", fallback_id="s3:x", stored_at="s3://b/x", recipients=["a@b.example"]
    )
    assert mail.parse_error and mail.message_id == "s3:x" and mail.stored_at == "s3://b/x"


def test_a_bounce_names_the_address_that_failed() -> None:
    raw = (EMAILS / "bounces_autoreplies" / "sisimai_rfc3464-01.eml").read_bytes()
    mail = inbound_from_raw(raw, fallback_id="x")
    assert mail.failed_recipients, "a DSN names its final recipient"
    assert all("@" in a for a in mail.failed_recipients)


def test_every_real_fixture_message_reads_without_raising() -> None:
    files = sorted(p for p in EMAILS.rglob("*") if p.is_file() and p.suffix != ".md")
    assert len(files) >= 100
    unreadable = [p.name for p in files if inbound_from_raw(p.read_bytes(), fallback_id=p.name).parse_error]
    # The corpus has deliberately broken messages; they must come back flagged, never crash the intake.
    assert len(unreadable) < len(files) // 10, unreadable
