"""The pure reply plan: one reading of a reply in, the case changes and the reasons out."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from chalicelib.domain.case import CaseState
from chalicelib.domain.documents import DocumentKind, requested_documents
from chalicelib.domain.ledger import InvoiceStatus, Payment
from chalicelib.domain.reply_actions import (
    Answer,
    Priority,
    ReplyContext,
    add_business_days,
    claim_evidence,
    next_business_day,
    plan_reply,
)
from chalicelib.domain.triage import DisputeReason, Intent, TriageResult
from tests.conftest import NOW
from tests.factories import customer, invoice, open_case

TODAY = date(2026, 3, 10)  # a Tuesday
WEEKDAYS = frozenset({0, 1, 2, 3, 4})


def _ctx(**kw: Any) -> ReplyContext:
    due = TODAY - timedelta(days=20)
    values: dict[str, Any] = {
        "case": open_case(NOW),
        "customer": customer(),
        "invoices": [
            invoice(invoice_id="1042", due=due, amount="1200.00"),
            invoice(invoice_id="1043", due=due, amount="300.00"),
        ],
        "payments": [],
        "today": TODAY,
        "sender": "ap@c1.example",
    }
    values.update(kw)
    return ReplyContext(**values)


def _read(intent: Intent, **fields: Any) -> TriageResult:
    return TriageResult(intent=intent, confidence=0.9, **fields)


def _payment(**kw: Any) -> Payment:
    values: dict[str, Any] = {
        "tenant_id": "acme",
        "payment_id": "p1",
        "customer_id": "c1",
        "amount": Decimal("1200.00"),
        "currency": "USD",
        "received_on": TODAY - timedelta(days=1),
    }
    values.update(kw)
    return Payment(**values)


def test_business_days_skip_the_weekend() -> None:
    assert next_business_day(date(2026, 3, 13), WEEKDAYS) == date(2026, 3, 16)  # Fri -> Mon
    assert add_business_days(TODAY, 3, WEEKDAYS) == date(2026, 3, 13)
    assert add_business_days(date(2026, 3, 12), 3, WEEKDAYS) == date(2026, 3, 17)
    # A tenant that works Sunday to Thursday.
    assert next_business_day(date(2026, 3, 12), frozenset({6, 0, 1, 2, 3})) == date(2026, 3, 15)


def test_a_future_promise_is_captured_and_confirmed() -> None:
    plan = plan_reply(
        _read(Intent.PROMISE_TO_PAY, promised_date=date(2026, 3, 20), promised_amount=Decimal("500")), _ctx()
    )
    assert (plan.to_state, plan.promise_due, plan.answer) == (
        CaseState.PROMISE_TO_PAY,
        date(2026, 3, 20),
        Answer.PROMISE_CONFIRMATION,
    )


def test_a_promise_in_the_past_or_without_date_is_not_a_promise() -> None:
    for when in (None, TODAY - timedelta(days=1)):
        plan = plan_reply(_read(Intent.PROMISE_TO_PAY, promised_date=when), _ctx())
        assert plan.to_state is None and plan.promise_due is None
        assert plan.wait_until == date(2026, 3, 13)


def test_a_paid_claim_without_money_asks_for_the_remittance_and_never_resolves() -> None:
    plan = plan_reply(_read(Intent.PAID_CLAIM, invoice_numbers=["INV-1042"]), _ctx())
    assert plan.to_state is CaseState.PAYMENT_CLAIMED
    assert plan.answer is Answer.REMITTANCE_REQUEST
    assert plan.wait_until == date(2026, 3, 13)
    assert plan.claim_evidence is None


def test_a_paid_claim_is_matched_by_reference_amount_or_a_settled_invoice() -> None:
    inv = _ctx().invoices
    by_ref = _read(Intent.PAID_CLAIM, payment_reference="TRX-99812")
    assert claim_evidence(by_ref, inv, [_payment(reference="wire TRX-99812", amount=Decimal("5"))])
    by_amount = _read(Intent.PAID_CLAIM, invoice_numbers=["INV-1042"])
    assert claim_evidence(by_amount, inv, [_payment()])
    settled = [inv[0].model_copy(update={"balance": Decimal(0), "status": InvoiceStatus.PAID}), inv[1]]
    assert "settled" in (claim_evidence(by_amount, settled, []) or "")


def test_near_misses_are_not_evidence() -> None:
    inv = _ctx().invoices
    named = _read(Intent.PAID_CLAIM, invoice_numbers=["INV-1042"], paid_date=TODAY)
    # Wrong amount; a payment already fully applied elsewhere; one long before the claimed date.
    applied = _payment(applied_to={"999": Decimal("1200.00")})
    old = _payment(received_on=TODAY - timedelta(days=60))
    assert claim_evidence(named, inv, [_payment(amount=Decimal("1199.99")), applied, old]) is None
    # A three-character "reference" matches too much to count.
    assert (
        claim_evidence(_read(Intent.PAID_CLAIM, payment_reference="ACH"), inv, [_payment(reference="ACH 1")])
        is None
    )


def test_an_unauthenticated_paid_claim_changes_nothing_and_asks_a_person() -> None:
    plan = plan_reply(_read(Intent.PAID_CLAIM), _ctx(untrusted=True))
    assert (plan.to_state, plan.answer, plan.wait_until) == (None, None, None)
    assert plan.escalate and "authentication" in plan.escalate


def test_a_dispute_holds_only_the_named_invoice() -> None:
    plan = plan_reply(
        _read(Intent.DISPUTE, invoice_numbers=["INV-1043"], dispute_reason=DisputeReason.PRICING), _ctx()
    )
    assert plan.pause_invoice_ids == ["1043"] and plan.to_state is CaseState.DISPUTE
    assert plan.pause_reason == "dispute: pricing" and plan.escalate


def test_a_dispute_that_names_no_invoice_holds_nothing_and_says_so() -> None:
    plan = plan_reply(_read(Intent.DISPUTE), _ctx())
    assert plan.pause_invoice_ids == [] and any("not named" in r for r in plan.reasons)


def test_legal_stops_everything_with_high_priority() -> None:
    plan = plan_reply(_read(Intent.LEGAL_OR_INSOLVENCY), _ctx())
    assert plan.stop_outreach and plan.priority is Priority.HIGH and plan.to_state is CaseState.PAUSED


def test_a_plan_request_escalates_the_case() -> None:
    plan = plan_reply(_read(Intent.PAYMENT_PLAN_REQUEST), _ctx())
    assert plan.to_state is CaseState.ESCALATED and plan.escalate


def test_an_away_reply_waits_for_the_business_day_after_return() -> None:
    plan = plan_reply(_read(Intent.OUT_OF_OFFICE, return_date=date(2026, 3, 20)), _ctx())  # a Friday
    assert plan.wait_until == date(2026, 3, 23)


def test_an_away_reply_naming_a_colleague_on_the_domain_writes_to_them_now() -> None:
    plan = plan_reply(
        _read(Intent.OUT_OF_OFFICE, return_date=date(2026, 3, 30), new_contact_email="Cover@C1.example"),
        _ctx(),
    )
    assert (plan.add_contact, plan.contact_needs_approval, plan.resend_now, plan.wait_until) == (
        "cover@c1.example",
        False,
        True,
        None,
    )


@pytest.mark.parametrize(
    ("address", "untrusted"), [("billing@elsewhere.example", False), ("payables@c1.example", True)]
)
def test_a_new_contact_needs_a_person_off_domain_or_when_unauthenticated(
    address: str, untrusted: bool
) -> None:
    plan = plan_reply(_read(Intent.WRONG_CONTACT, new_contact_email=address), _ctx(untrusted=untrusted))
    assert plan.contact_needs_approval and not plan.resend_now
    assert plan.escalate and address in plan.escalate
    if untrusted:
        assert plan.invalidate_contacts == []  # a forged "wrong person" cannot switch a contact off


def test_a_wrong_contact_on_the_domain_replaces_the_sender() -> None:
    plan = plan_reply(_read(Intent.WRONG_CONTACT, new_contact_email="payables@c1.example"), _ctx())
    assert plan.invalidate_contacts == ["ap@c1.example"] and plan.resend_now and plan.escalate is None


def test_a_bounce_invalidates_only_known_addresses() -> None:
    ctx = _ctx(failed_recipients=("ap@c1.example", "someone@else.example"))
    plan = plan_reply(_read(Intent.DELIVERY_FAILURE), ctx)
    assert plan.invalidate_contacts == ["ap@c1.example"] and plan.escalate


def test_a_copy_request_is_answered_with_the_invoice() -> None:
    assert plan_reply(_read(Intent.DOCUMENT_REQUEST), _ctx()).answer is Answer.COPY_INVOICE


W9 = DocumentKind.W9
COI = DocumentKind.INSURANCE_CERTIFICATE


@pytest.mark.parametrize(
    ("text", "on_file", "answered", "escalation"),
    [
        ("Please send your W-9 so we can set you up.", {W9}, (W9,), None),
        ("Please send your W9 and certificate of insurance", {W9, COI}, (W9, COI), None),
        ("Please send your W-9 so we can set you up.", set(), (), "Form W-9: not on file"),
        ("Need your W-9 and COI", {W9}, (), "Certificate of insurance: not on file"),
        ("Can you send us your tax form?", {W9}, (), "a tax or vendor form it does not name"),
    ],
)
def test_a_standing_document_is_sent_only_when_the_tenant_has_it_on_file(
    text: str, on_file: set[DocumentKind], answered: tuple[DocumentKind, ...], escalation: str | None
) -> None:
    ctx = _ctx(documents_requested=requested_documents(text), documents_on_file=frozenset(on_file))
    plan = plan_reply(_read(Intent.DOCUMENT_REQUEST), ctx)
    assert plan.documents == answered
    assert plan.answer is (Answer.SEND_DOCUMENT if answered else None)
    if escalation is None:
        assert plan.escalate is None
    else:
        assert plan.escalate and escalation in plan.escalate


def test_a_document_request_in_mail_that_failed_authentication_goes_to_a_person() -> None:
    ctx = _ctx(
        documents_requested=requested_documents("send W-9"), documents_on_file=frozenset({W9}), untrusted=True
    )
    plan = plan_reply(_read(Intent.DOCUMENT_REQUEST), ctx)
    assert plan.answer is None and plan.escalate and "authentication" in plan.escalate


def test_a_billing_update_without_numbers_holds_every_overdue_invoice() -> None:
    plan = plan_reply(_read(Intent.BILLING_UPDATE), _ctx())
    assert plan.pause_invoice_ids == ["1042", "1043"] and plan.escalate


def test_acknowledgement_waits_and_other_goes_to_a_person() -> None:
    assert plan_reply(_read(Intent.ACKNOWLEDGEMENT), _ctx()).wait_until == date(2026, 3, 13)
    other = plan_reply(_read(Intent.OTHER), _ctx())
    assert other.escalate and other.to_inbox


@pytest.mark.parametrize("intent", list(Intent))
def test_no_reading_can_resolve_a_case(intent: Intent) -> None:
    plan = plan_reply(
        _read(intent, invoice_numbers=["INV-1042"], promised_date=TODAY, new_contact_email="x@c1.example"),
        _ctx(),
    )
    assert plan.to_state is not CaseState.RESOLVED
