"""SES bounce/complaint events mark the contact; the last reachable contact gone escalates the case.

The event bodies follow the SES event-publishing format in the SES developer guide ("Examples of event
data that Amazon SES publishes to Amazon SNS"), trimmed to the fields we read; written by hand.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from chalicelib.adapters.memory import FakeRepository
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.ledger import Contact, ContactRole
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.delivery_events import handle_ses_event
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant


def _world(contacts: list[Contact]) -> tuple[FakeRepository, FixedClock]:
    repo, clock = FakeRepository(), FixedClock(NOW)
    t = tenant()
    repo.put_tenant(t)
    repo.put_customer(customer(contacts=contacts))
    repo.put_invoice(invoice(due=NOW.date() - timedelta(days=10)))
    refresh_customer_case(repo, clock, t, "c1", actor="system:test", reason="loaded")
    return repo, clock


def _bounce(address: str, bounce_type: str = "Permanent", *, header: bool = True) -> dict[str, Any]:
    mail: dict[str, Any] = {"messageId": "abc", "tags": {"tenant": ["acme"], "case": ["c1"]}}
    if header:
        mail["headers"] = [{"name": "X-Argent-Send-Key", "value": "acme/c1:reminder.firm.first"}]
    return {
        "eventType": "Bounce",
        "bounce": {
            "bounceType": bounce_type,
            "bounceSubType": "General",
            "bouncedRecipients": [{"emailAddress": address, "action": "failed", "status": "5.1.1"}],
        },
        "mail": mail,
    }


def test_a_permanent_bounce_marks_the_contact_and_the_last_one_escalates() -> None:
    repo, clock = _world([Contact(email="ap@c1.example")])
    outcome = handle_ses_event(repo, clock, _bounce("ap@c1.example"))
    assert outcome.result == "marked"
    cust = repo.get_customer("acme", "c1")
    assert cust is not None and cust.reachable_contacts() == []
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.ESCALATED
    assert "ContactMarkedInvalid" in [e.kind for e in repo.list_events("acme", "c1")]


def test_a_bounce_with_another_contact_left_keeps_the_chase_going() -> None:
    contacts = [Contact(email="ap@c1.example", role=ContactRole.AP), Contact(email="billing@c1.example")]
    repo, clock = _world(contacts)
    handle_ses_event(repo, clock, _bounce("ap@c1.example", header=False))
    cust = repo.get_customer("acme", "c1")
    assert cust is not None and [c.email for c in cust.reachable_contacts()] == ["billing@c1.example"]
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.ACTIVE_CHASE


def test_a_transient_bounce_changes_nothing_and_a_complaint_marks() -> None:
    repo, clock = _world([Contact(email="ap@c1.example")])
    assert handle_ses_event(repo, clock, _bounce("ap@c1.example", "Transient")).result == "ignored"
    complaint = {
        "eventType": "Complaint",
        "complaint": {"complainedRecipients": [{"emailAddress": "AP@c1.example"}]},
        "mail": {"tags": {"tenant": ["acme"], "case": ["c1"]}},
    }
    assert handle_ses_event(repo, clock, complaint).result == "marked"
    cust = repo.get_customer("acme", "c1")
    assert (
        cust is not None and cust.contacts[0].invalid_reason == "the recipient reported our message as spam"
    )


def test_an_event_for_an_unknown_case_is_reported_not_raised() -> None:
    repo, clock = _world([Contact(email="ap@c1.example")])
    event = _bounce("ap@c1.example", header=False)
    event["mail"]["tags"] = {"tenant": ["globex"], "case": ["c1"]}
    assert handle_ses_event(repo, clock, event).result == "unknown_case"
