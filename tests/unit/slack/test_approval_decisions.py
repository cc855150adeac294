"""Deciding a draft: approve sends once, edits pass the guardrails, stale and unauthorised decisions are refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.domain.approvers import Approver
from chalicelib.domain.case import CaseState
from chalicelib.domain.outbound import ApprovalStatus
from chalicelib.services import approvals
from chalicelib.services.approvals import ApprovalRefusedError, EditBlockedError
from chalicelib.services.approvals_query import get_approval
from chalicelib.services.cases import update_case
from chalicelib.services.outbound import EmailThrottledError
from tests.unit.slack._world import World, world


def _only(w: World, tenant_id: str = "acme") -> str:
    (approval,) = w.pending(tenant_id)
    return approval.approval_id


def _kinds(w: World) -> list[str]:
    return [e.kind for e in w.repo.list_events("acme", "c1")]


def test_approve_sends_the_draft_once_and_records_who_approved() -> None:
    w = world()
    approval_id = _only(w)
    result = approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS")
    assert result.outcome == "sent" and len(w.sender.sent) == 1
    assert result.headline() == "Approved by U_BOSS, sent 14:00 UTC"
    stored = get_approval(w.repo, "acme", approval_id)
    assert (
        stored is not None
        and stored.status is ApprovalStatus.APPROVED
        and stored.decided_by == "person:U_BOSS"
    )
    events = w.repo.list_events("acme", "c1")
    approved = next(e for e in events if e.kind == "DraftApproved")
    sent = next(e for e in events if e.kind == "ReminderSent")
    assert approved.actor == sent.actor == "person:U_BOSS"
    case = w.repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.AWAITING_REPLY and case.next_action_at is not None


def test_a_second_approve_sends_nothing_and_says_who_decided() -> None:
    w = world()
    approval_id = _only(w)
    approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS")
    with pytest.raises(ApprovalRefusedError) as refused:
        approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS")
    assert refused.value.code == "decided" and "approved by person:U_BOSS" in refused.value.reason
    assert len(w.sender.sent) == 1


def test_a_racing_second_decision_loses_the_claim() -> None:
    w = world()
    approval_id = _only(w)
    # The first click has claimed the decision but not finished it.
    w.repo.put_record(
        "acme",
        approvals.CLAIM_KIND,
        approval_id,
        approvals.ApprovalClaim(person_id="U_BOSS", action="approve", at=w.clock.now()),
    )
    with pytest.raises(ApprovalRefusedError, match="already being decided by U_BOSS"):
        approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS")
    assert w.sender.sent == []


def test_someone_off_the_roster_or_over_their_allowance_is_refused() -> None:
    w = world()
    approval_id = _only(w)
    with pytest.raises(ApprovalRefusedError, match="not an approver") as stranger:
        approvals.approve(w.deps, "acme", approval_id, person_id="U_STRANGER")
    with pytest.raises(
        ApprovalRefusedError, match="above U_JUNIOR's approval allowance of 500 USD"
    ) as junior:
        approvals.approve(w.deps, "acme", approval_id, person_id="U_JUNIOR")
    assert stranger.value.code == junior.value.code == "not_allowed"
    assert w.sender.sent == [] and w.pending()[0].status is ApprovalStatus.PENDING
    approvals.allow_approver(w.repo, "acme", Approver(person_id="U_JUNIOR", limits={"USD": Decimal(2000)}))
    assert approvals.approve(w.deps, "acme", approval_id, person_id="U_JUNIOR").outcome == "sent"


def test_a_draft_is_stale_once_the_case_moved_on() -> None:
    w = world()
    approval_id = _only(w)

    def moved(case):  # type: ignore[no-untyped-def]
        case.record("ReplyReceived", at=w.clock.now(), actor="webhook:ses", reason="customer wrote")
        return case

    update_case(w.repo, "acme", "c1", moved)
    with pytest.raises(ApprovalRefusedError, match="case has changed") as refused:
        approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS")
    assert refused.value.code == "stale" and w.sender.sent == []
    stored = get_approval(w.repo, "acme", approval_id)
    assert stored is not None and stored.status is ApprovalStatus.STALE


def test_a_draft_whose_text_changed_after_it_was_shown_is_stale() -> None:
    w = world()
    approval_id = _only(w)
    with pytest.raises(ApprovalRefusedError, match="changed since this message was shown"):
        approvals.approve(
            w.deps, "acme", approval_id, person_id="U_BOSS", seen_fingerprint="0000000000000000"
        )
    stored = get_approval(w.repo, "acme", approval_id)
    assert stored is not None and stored.status is ApprovalStatus.STALE and w.sender.sent == []


def test_a_draft_edited_in_the_store_after_it_was_proposed_is_stale() -> None:
    w = world()
    approval = w.pending()[0]
    tampered = approval.model_copy(update={"email": approval.email.model_copy(update={"subject": "Changed"})})
    w.repo.put_record("acme", "approval", approval.approval_id, tampered)
    with pytest.raises(ApprovalRefusedError, match="edited after it was proposed"):
        approvals.approve(w.deps, "acme", approval.approval_id, person_id="U_BOSS")


def test_an_edit_that_passes_the_guardrails_is_sent_as_edited() -> None:
    w = world()
    approval = w.pending()[0]
    body = approval.email.body_text.replace("Acme", "Acme").rstrip() + "\n\nThank you for sorting this out."
    result = approvals.edit(
        w.deps, "acme", approval.approval_id, person_id="U_BOSS", subject="Overdue invoices", body=body
    )
    assert result.outcome == "sent" and w.sender.sent[0].subject == "Overdue invoices"
    assert "DraftEdited" in _kinds(w)
    stored = get_approval(w.repo, "acme", approval.approval_id)
    assert (
        stored is not None and stored.email.subject == "Overdue invoices" and stored.note == "edited and sent"
    )


@pytest.mark.parametrize(
    ("addition", "expected"),
    [
        ("We will refer this to our lawyers and take legal action.", "legal_threat"),
        ("Pay 100.00 USD today and we will waive the rest.", "ungrounded"),
    ],
)
def test_an_edit_that_fails_the_guardrails_is_refused_with_the_reason(addition: str, expected: str) -> None:
    w = world()
    approval = w.pending()[0]
    with pytest.raises(EditBlockedError) as blocked:
        approvals.edit(
            w.deps,
            "acme",
            approval.approval_id,
            person_id="U_BOSS",
            subject=approval.email.subject,
            body=f"{addition}\n\n{approval.email.body_text}",
        )
    assert any(expected in v for v in blocked.value.violations), blocked.value.violations
    assert w.sender.sent == [] and w.pending()[0].status is ApprovalStatus.PENDING


def test_reject_needs_a_reason_and_records_it() -> None:
    w = world()
    approval_id = _only(w)
    with pytest.raises(ApprovalRefusedError, match="needs a reason"):
        approvals.reject(w.deps, "acme", approval_id, person_id="U_BOSS", reason="  ")
    result = approvals.reject(
        w.deps, "acme", approval_id, person_id="U_BOSS", reason="they paid by wire yesterday"
    )
    assert result.outcome == "rejected" and w.sender.sent == []
    rejected = next(e for e in w.repo.list_events("acme", "c1") if e.kind == "DraftRejected")
    assert rejected.reason == "they paid by wire yesterday" and rejected.actor == "person:U_BOSS"


def test_snooze_pauses_the_case_until_the_day_in_the_customers_hours() -> None:
    w = world()
    approval_id = _only(w)
    with pytest.raises(ApprovalRefusedError, match="after today"):
        approvals.snooze(w.deps, "acme", approval_id, person_id="U_BOSS", until=w.clock.now().date())
    result = approvals.snooze(w.deps, "acme", approval_id, person_id="U_BOSS", until=date(2026, 3, 20))
    case = w.repo.get_case("acme", "c1")
    assert result.outcome == "snoozed" and case is not None and case.state is CaseState.PAUSED
    assert case.next_action_at is not None and case.next_action_at.isoformat() == "2026-03-20T09:00:00-04:00"
    assert case.paused_until == case.next_action_at


def test_take_over_pauses_the_agent_and_assigns_the_person_even_on_a_stale_draft() -> None:
    w = world()
    approval_id = _only(w)

    def moved(case):  # type: ignore[no-untyped-def]
        case.record("ReplyReceived", at=w.clock.now(), actor="webhook:ses", reason="customer wrote")
        return case

    update_case(w.repo, "acme", "c1", moved)
    result = approvals.take_over(w.deps, "acme", approval_id, person_id="U_BOSS")
    case = w.repo.get_case("acme", "c1")
    assert result.outcome == "taken_over" and case is not None
    assert (case.state, case.assignee, case.next_action_at) == (CaseState.PAUSED, "U_BOSS", None)


def test_a_throttled_send_leaves_the_request_pending_for_another_try() -> None:
    w = world()
    approval_id = _only(w)

    class Busy:
        def send(self, email):  # type: ignore[no-untyped-def]
            raise EmailThrottledError("slow down")

    real = w.deps.sender
    w.deps.sender = Busy()
    with pytest.raises(EmailThrottledError):
        approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS")
    assert w.pending()[0].status is ApprovalStatus.PENDING
    w.deps.sender = real
    assert approvals.approve(w.deps, "acme", approval_id, person_id="U_BOSS").outcome == "sent"
    assert len(w.sender.sent) == 1


def test_another_tenants_request_is_not_found_from_this_tenant() -> None:
    w = world(tenants=("acme", "globex"))
    globex_id = _only(w, "globex")
    acme_id = _only(w, "acme")
    assert globex_id == acme_id  # same case id and action: only the tenant keeps them apart
    approvals.approve(w.deps, "acme", acme_id, person_id="U_BOSS")
    assert w.pending("globex")[0].status is ApprovalStatus.PENDING
    assert [e.tenant_id for e in w.sender.sent] == ["acme"]


def test_the_roster_refuses_a_currency_without_an_allowance() -> None:
    from chalicelib.domain.approvers import ApproverRoster

    roster = ApproverRoster().with_approver(Approver(person_id="ann", limits={"EUR": Decimal(10)}))
    assert roster.refusal("ann", {"USD": Decimal(1)}) == "ann has no approval allowance in USD"
    assert roster.refusal("ann", {"EUR": Decimal(10)}) is None
    assert roster.refusal("ann", {"EUR": Decimal("10.01")}) is not None
