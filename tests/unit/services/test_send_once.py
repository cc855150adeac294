from __future__ import annotations

import pytest

from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.memory import FakeRepository
from chalicelib.clock import FixedClock
from chalicelib.domain.outbound import OutboundEmail, OutboundRecord, SendStatus
from chalicelib.services.outbound import KIND, send_once


def _email(action: str = "a1") -> OutboundEmail:
    return OutboundEmail(
        tenant_id="acme",
        case_id="c1",
        action_id=action,
        to=("ap@c1.example",),
        subject="Reminder",
        body_text="Please pay INV-1.",
    )


def _fresh(_: OutboundEmail) -> str | None:
    return None


def test_the_same_action_is_sent_once_however_often_it_is_retried(clock: FixedClock) -> None:
    repo, sender = FakeRepository(), FakeEmailSender()
    results = [send_once(repo, sender, clock, _email(), _fresh).status for _ in range(4)]
    assert results == ["sent", "already_sent", "already_sent", "already_sent"]
    assert len(sender.sent) == 1


def test_different_actions_are_different_messages(clock: FixedClock) -> None:
    repo, sender = FakeRepository(), FakeEmailSender()
    send_once(repo, sender, clock, _email("a1"), _fresh)
    send_once(repo, sender, clock, _email("a2"), _fresh)
    assert len(sender.sent) == 2


def test_a_stale_invoice_stops_the_send(clock: FixedClock) -> None:
    repo, sender = FakeRepository(), FakeEmailSender()
    result = send_once(repo, sender, clock, _email(), lambda _: "invoice INV-1 was paid since the decision")
    assert result.status == "stopped" and sender.sent == []
    assert send_once(repo, sender, clock, _email(), _fresh).status == "already_sent"


def test_an_interrupted_attempt_is_never_resent_blindly(clock: FixedClock) -> None:
    repo, sender = FakeRepository(), FakeEmailSender()
    # A crash after the claim and before the outcome was recorded leaves a pending marker.
    repo.put_record(
        "acme",
        KIND,
        "c1:a1",
        OutboundRecord(email=_email(), status=SendStatus.PENDING, claimed_at=clock.now()),
    )
    assert send_once(repo, sender, clock, _email(), _fresh).status == "in_doubt"
    assert sender.sent == []


def test_a_refused_address_is_recorded_and_raised(clock: FixedClock) -> None:
    repo, sender = FakeRepository(), FakeEmailSender(refuse={"ap@c1.example"})
    with pytest.raises(ValueError, match="rejected"):
        send_once(repo, sender, clock, _email(), _fresh)
    assert send_once(repo, sender, clock, _email(), _fresh).status == "failed"
