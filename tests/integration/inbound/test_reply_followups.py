"""What happens after a reply was acted on: the sweep picks the case up where the reply left it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.memory import FakeRepository
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.policy import Autonomy, Playbook, Policy
from chalicelib.domain.reply_tokens import reply_address
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.inbound import InboundMail, ingest_reply, reply_answers
from chalicelib.services.sweep import mark_playbook_debut, work_case
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

SETTINGS = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test"})
SECRET = SETTINGS.reply_token_secret.get_secret_value()
TO = reply_address(SECRET, "acme", "c1", "ar.acme.example")


def _world(limit: int = 2) -> tuple[Container, FixedClock]:
    clock = FixedClock(NOW)
    repo = FakeRepository()
    book = Playbook(name="standard", autonomy=Autonomy.ACT, broken_promise_limit=limit)
    acme = tenant(reply_domain="ar.acme.example", policy=Policy(playbooks=(book,)))
    repo.put_tenant(acme)
    repo.put_customer(customer(contacts=[{"email": "ap@c1.example"}]))
    repo.put_invoice(invoice(invoice_id="1042", due=NOW.date() - timedelta(days=20), amount="1200.00"))
    refresh_customer_case(repo, clock, acme, "c1", actor="system:import", reason="test")
    # The playbook has sent before, so "act" sends on its own (its very first message always asks a person).
    mark_playbook_debut(repo, "acme", "standard", send_key="earlier", at=NOW - timedelta(days=30))
    box = Container(settings=SETTINGS, repo=repo, clock=clock, email_sender=FakeEmailSender())
    return box, clock


def _reply(box: Container, body: str, n: int) -> Any:
    raw = f"From: ap@c1.example\nTo: {TO}\nSubject: Re: INV-1042\nDate: Tue, 10 Mar 2026 10:00:00 -0400\n\n{body}\n"
    mail = InboundMail(
        raw=raw.encode(), message_id=f"<r{n}@c1.example>", sender="ap@c1.example", recipients=[TO], text=body
    )
    return ingest_reply(
        mail,
        repo=box.repo,
        clock=box.clock,
        engine=LocalTriage(),
        token_secret=SECRET,
        answer=reply_answers(box.sweep_deps()),
        memory=box.conversation_memory(),
    )


def test_a_kept_silence_after_a_promise_breaks_it_and_the_chase_resumes() -> None:
    box, clock = _world(limit=2)
    _reply(box, "We'll pay INV-1042 on Friday.", 1)
    case = box.repo.get_case("acme", "c1")
    assert case.state is CaseState.PROMISE_TO_PAY and case.next_action_at is not None
    # The morning after the promised Friday plus two days' grace, in New York business hours.
    clock.advance(datetime(2026, 3, 16, 15, 0, tzinfo=UTC) - clock.now())
    outcome = work_case(box.sweep_deps(), "acme", "c1")
    after = box.repo.get_case("acme", "c1")
    assert "PromiseBroken" in [e.kind for e in box.repo.list_events("acme", "c1")], outcome.line()
    # Broken, followed up firmly, and waiting for an answer again: the chase is back on.
    assert after.broken_promises == 1 and after.state is CaseState.AWAITING_REPLY
    sender: FakeEmailSender = box.email_sender  # type: ignore[assignment]
    assert len(sender.sent) == 2  # the confirmation, then the follow-up on the broken promise


def test_the_promise_confirmation_is_sent_to_the_customer_and_remembered() -> None:
    box, _ = _world()
    result = _reply(box, "We'll pay INV-1042 on Friday.", 1)
    assert "answer promise_confirmation" in result.detail
    said = box.conversation_memory().recent("acme", "c1", "c1")
    assert said[0] == ("customer", "We'll pay INV-1042 on Friday.")
    assert [role for role, _ in said] == ["customer", "agent"]
    sender: FakeEmailSender = box.email_sender  # type: ignore[assignment]
    assert [e.to for e in sender.sent] == [("ap@c1.example",)]


def test_a_paid_claim_not_in_the_ledger_asks_for_the_remittance_on_the_thread() -> None:
    box, _ = _world()
    result = _reply(box, "We paid INV-1042 yesterday.", 1)
    assert "answer remittance_request: sent" in result.detail
    sender: FakeEmailSender = box.email_sender  # type: ignore[assignment]
    [email] = sender.sent
    assert email.in_reply_to == "<r1@c1.example>" and email.reply_to == TO
    assert box.repo.get_case("acme", "c1").state is CaseState.PAYMENT_CLAIMED
