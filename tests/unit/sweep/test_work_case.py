"""Working one case: decide, draft, guard, act by the autonomy ladder, record it all as case events."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from chalicelib.adapters.jinja_drafts import JinjaDrafts
from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.sqs_queue import FakeQueue
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState, Promise
from chalicelib.domain.decision import Purpose
from chalicelib.domain.ledger import Contact, InvoiceStatus, PaymentStats
from chalicelib.domain.outbound import ApprovalStatus, OutboundEmail, OutboundRecord, SendStatus
from chalicelib.domain.policy import Autonomy, Cadence, Playbook, Policy
from chalicelib.domain.reply_tokens import read_token, reply_address, token_in
from chalicelib.services.approvals_query import list_approvals
from chalicelib.services.cases import refresh_customer_case, update_case
from chalicelib.services.drafting import GuardrailsCheck
from chalicelib.services.ledger_freshness import LedgerFreshnessCheck
from chalicelib.services.outbound import EmailThrottledError
from chalicelib.services.slack_approvals import escalation_cards
from chalicelib.services.sweep import (
    CaseMessage,
    SweepDeps,
    answer_customer,
    mark_playbook_debut,
    run_sweep,
    work_case,
)
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

SLOW = PaymentStats(invoices_paid=10, on_time_ratio=Decimal("0.3"), avg_days_late=Decimal(15))
TODAY = NOW.date()


def _policy(autonomy: Autonomy, **kw: Any) -> Policy:
    return Policy(playbooks=(Playbook(name="standard", autonomy=autonomy, **kw),))


def _world(
    autonomy: Autonomy = Autonomy.ACT, *, debut: bool = True, customers: int = 1, **policy_kw: Any
) -> tuple[FakeRepository, FixedClock, FakeEmailSender, SweepDeps]:
    repo, clock, sender = FakeRepository(), FixedClock(NOW), FakeEmailSender()
    t = tenant(
        policy=_policy(autonomy, **policy_kw), reply_domain="ar.acme.example", signature="Acme AR team"
    )
    repo.put_tenant(t)
    for n in range(1, customers + 1):
        cid = f"c{n}"
        repo.put_customer(customer(customer_id=cid, stats=SLOW))
        repo.put_invoices(
            [
                invoice(
                    customer_id=cid, invoice_id=f"{cid}-a", due=TODAY - timedelta(days=20), amount="1200.50"
                ),
                invoice(
                    customer_id=cid, invoice_id=f"{cid}-b", due=TODAY - timedelta(days=9), amount="99.00"
                ),
            ]
        )
        refresh_customer_case(repo, clock, t, cid, actor="system:test", reason="ledger loaded")
    if debut:
        mark_playbook_debut(repo, "acme", "standard", send_key="seed", at=NOW)
    deps = SweepDeps(
        repo=repo,
        clock=clock,
        sender=sender,
        fresh=LedgerFreshnessCheck(repo, clock),
        renderer=JinjaDrafts(),
        guard=GuardrailsCheck(),
    )
    return repo, clock, sender, deps


def _kinds(repo: FakeRepository, case_id: str = "c1") -> list[str]:
    return [e.kind for e in repo.list_events("acme", case_id)]


def test_the_reply_to_is_signed_so_a_reply_threads_to_its_case_from_any_address() -> None:
    _repo, _, sender, deps = _world()
    deps.reply_token_secret = "reply-secret"
    work_case(deps, "acme", "c1")
    reply_to = sender.sent[0].reply_to
    assert reply_to is not None and reply_to.endswith("@ar.acme.example")
    assert reply_to == reply_address("reply-secret", "acme", "c1", "ar.acme.example")
    assert read_token("reply-secret", token_in([reply_to]) or "") == ("acme", "c1")


def test_act_sends_one_consolidated_message_and_records_why() -> None:
    repo, _, sender, deps = _world()
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "sent"
    assert len(sender.sent) == 1
    email = sender.sent[0]
    assert email.to == ("ap@c1.example",) and email.reply_to == "ar+c1@ar.acme.example"
    assert set(email.invoice_ids) == {"c1-a", "c1-b"}
    assert (
        "1200.50 USD" in email.body_text
        and "99.00 USD" in email.body_text
        and "1299.50 USD" in email.body_text
    )
    assert "Acme AR team" in email.body_text
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.AWAITING_REPLY
    assert case.last_touch_at == NOW and case.next_action_at is not None and case.next_action_at > NOW
    kinds = _kinds(repo)
    assert kinds[-3:] == ["ActionDecided", "ReminderSent", "StateChanged"]
    decided = next(e for e in repo.list_events("acme", "c1") if e.kind == "ActionDecided")
    assert decided.facts["facts"]["segment"] == "slow" and "overdue" in decided.reason


def test_a_redelivered_message_does_nothing_the_second_time() -> None:
    _repo, _, sender, deps = _world()
    work_case(deps, "acme", "c1")
    again = work_case(deps, "acme", "c1")
    assert again.result == "skipped" and len(sender.sent) == 1


def test_a_crash_after_sending_never_sends_twice_and_still_records_the_touch() -> None:
    repo, _, sender, deps = _world()
    real_save = repo.save_case
    calls = {"n": 0}

    def crash_once(case: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("lambda timed out")
        real_save(case)

    repo.save_case = crash_once  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        work_case(deps, "acme", "c1")
    assert len(sender.sent) == 1
    retry = work_case(deps, "acme", "c1")
    assert retry.result == "already_sent" and len(sender.sent) == 1
    case = repo.get_case("acme", "c1")
    assert case is not None and case.last_touch_at == NOW and "ReminderSent" in _kinds(repo)


def test_the_next_message_threads_on_the_previous_one() -> None:
    _repo, clock, sender, deps = _world()
    work_case(deps, "acme", "c1")
    first = sender.sent[0]
    clock.advance(timedelta(days=8))
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "sent", outcome.line()
    second = sender.sent[1]
    assert second.in_reply_to == "local-000001@argent.local" and second.references == (
        "local-000001@argent.local",
    )
    assert second.action_id != first.action_id
    assert outcome.decision is not None and outcome.decision.tone is not None


def test_monitor_logs_what_it_would_do_and_sends_nothing() -> None:
    repo, _, sender, deps = _world(Autonomy.MONITOR)
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "logged" and sender.sent == []
    assert "WouldHaveSent" in _kinds(repo)
    case = repo.get_case("acme", "c1")
    assert case is not None and case.next_action_at is not None and case.next_action_at > NOW


def test_suggest_stores_an_approval_request_visible_in_the_listing() -> None:
    repo, _, sender, deps = _world(Autonomy.SUGGEST)
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "approval_requested" and sender.sent == []
    pending = list_approvals(repo, "acme")
    assert len(pending) == 1
    approval = pending[0]
    assert approval.status is ApprovalStatus.PENDING and approval.case_id == "c1"
    assert "1299.50 USD" in approval.email.body_text and "overdue" in approval.why
    assert "ApprovalRequested" in _kinds(repo)


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("above_threshold", "above the approval threshold"),
        ("strategic", "strategic account"),
        ("new_playbook", "first message on playbook"),
    ],
)
def test_act_asks_a_person_above_thresholds_for_strategic_accounts_and_on_a_new_playbook(
    setup: str, expected: str
) -> None:
    kw: dict[str, Any] = {}
    if setup == "above_threshold":
        kw["approval_thresholds"] = {"USD": Decimal(1000)}
    repo, _, sender, deps = _world(Autonomy.ACT, debut=setup != "new_playbook", **kw)
    if setup == "strategic":
        cust = repo.get_customer("acme", "c1")
        assert cust is not None
        repo.put_customer(cust.model_copy(update={"strategic": True}))
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "approval_requested" and sender.sent == []
    assert expected in outcome.detail


def test_the_first_send_on_a_playbook_lets_later_ones_go_alone() -> None:
    repo, _, _sender, deps = _world(Autonomy.ACT, debut=False, customers=2)
    assert work_case(deps, "acme", "c1").result == "approval_requested"
    mark_playbook_debut(repo, "acme", "standard", send_key="c1:approved", at=NOW)
    assert work_case(deps, "acme", "c2").result == "sent"


def test_an_invoice_paid_since_the_decision_stops_the_send() -> None:
    repo, _, sender, deps = _world()
    original = deps.fresh

    def paid_meanwhile(email: OutboundEmail) -> str | None:
        inv = repo.get_invoice("acme", "c1", "c1-a")
        assert inv is not None
        repo.put_invoice(inv.model_copy(update={"balance": Decimal(0), "status": InvoiceStatus.PAID}))
        return original(email)

    deps.fresh = paid_meanwhile
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "stopped" and "INV-c1-a" in outcome.detail and sender.sent == []
    assert "SendStopped" in _kinds(repo)


def test_a_rejected_address_marks_the_contact_and_escalates() -> None:
    repo, _, _, deps = _world()
    deps.sender = FakeEmailSender(refuse={"ap@c1.example"})
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "escalated" and "ap@c1.example" in outcome.detail
    cust = repo.get_customer("acme", "c1")
    assert cust is not None and cust.reachable_contacts() == []
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.ESCALATED and case.next_action_at is None
    # The escalation reaches the approvals channel (and the CLI) once, with what to do next.
    [card] = escalation_cards(repo, "acme")
    assert "ap@c1.example" in card.reason and card.suggested_next_step.startswith("find a working billing")
    work_case(deps, "acme", "c1")
    assert len(escalation_cards(repo, "acme")) == 1


def test_throttling_after_backoff_releases_the_claim_so_the_retry_sends() -> None:
    _repo, _, sender, deps = _world()

    class Throttled:
        def send(self, email: OutboundEmail) -> str:
            raise EmailThrottledError("rate exceeded")

    deps.sender = Throttled()
    with pytest.raises(EmailThrottledError):
        work_case(deps, "acme", "c1")
    deps.sender = sender
    assert work_case(deps, "acme", "c1").result == "sent" and len(sender.sent) == 1


def test_a_case_whose_customer_record_is_missing_escalates_instead_of_crashing() -> None:
    repo, _, sender, deps = _world()
    del repo.customers[("acme", "c1")]
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "escalated" and "customer record" in outcome.detail
    case = repo.get_case("acme", "c1")
    assert case is not None and case.state is CaseState.ESCALATED and sender.sent == []


def test_inconsistent_invoices_escalate_and_other_cases_carry_on() -> None:
    repo, _, _sender, deps = _world(customers=2)
    dup = repo.get_invoice("acme", "c1", "c1-b")
    assert dup is not None
    repo.put_invoice(dup.model_copy(update={"number": "INV-c1-a"}))
    queue = FakeQueue()
    run_sweep(repo, queue, deps.clock)
    results: dict[str, str] = {}
    queue.drain(lambda m: results.__setitem__(m.case_id, work_case(deps, m.tenant_id, m.case_id).result))
    assert results == {"c1": "escalated", "c2": "sent"}


def test_a_reply_to_contact_without_a_name_still_gets_a_greeting() -> None:
    repo, _, sender, deps = _world()
    cust = repo.get_customer("acme", "c1")
    assert cust is not None
    repo.put_customer(cust.model_copy(update={"contacts": [Contact(email="ap@c1.example", name="Ana")]}))
    work_case(deps, "acme", "c1")
    assert sender.sent[0].body_text.startswith("Hello Ana,")


def test_the_customers_language_is_used() -> None:
    repo, _, sender, deps = _world()
    cust = repo.get_customer("acme", "c1")
    assert cust is not None
    repo.put_customer(cust.model_copy(update={"locale": "de-DE", "time_zone": "Europe/Berlin"}))
    work_case(deps, "acme", "c1")
    assert "Rechnung" in sender.sent[0].body_text


def test_dry_run_decides_and_drafts_but_writes_and_sends_nothing() -> None:
    repo, _, sender, deps = _world()
    before = (_kinds(repo), repo.get_case("acme", "c1"))
    outcome = work_case(deps, "acme", "c1", dry_run=True)
    assert outcome.result == "would act" and outcome.draft is not None
    assert sender.sent == [] and (_kinds(repo), repo.get_case("acme", "c1")) == before
    assert repo.records == {k: v for k, v in repo.records.items() if k[1] != "outbound"}


def test_the_sweep_enqueues_only_due_cases_from_the_index() -> None:
    repo, clock, _, deps = _world(customers=3)
    work_case(deps, "acme", "c2")  # now scheduled days ahead
    queue = FakeQueue()
    report = run_sweep(repo, queue, clock)
    assert report.due == 2 and {m.case_id for m in queue.messages} == {"c1", "c3"}


def test_a_failing_case_neither_blocks_nor_redoes_the_others() -> None:
    repo, clock, sender, deps = _world(customers=4)
    queue = FakeQueue(max_receives=2)
    run_sweep(repo, queue, clock)
    worked: list[str] = []

    def handler(message: CaseMessage) -> None:
        worked.append(message.case_id)
        if message.case_id == "c2":
            raise RuntimeError("poison")
        work_case(deps, message.tenant_id, message.case_id)

    first = queue.drain(handler)
    assert [m.case_id for m, _ in first] == ["c2"]
    assert sorted(e.case_id for e in sender.sent) == ["c1", "c3", "c4"]
    second = queue.drain(handler)  # only the failed one comes back
    assert [m.case_id for m, _ in second] == ["c2"] and queue.dead == [
        CaseMessage("acme", "c2", first[0][0].due_at)
    ]
    assert worked == ["c1", "c2", "c3", "c4", "c2"] and len(sender.sent) == 3


def test_an_unreadable_invoice_record_escalates_instead_of_crashing() -> None:
    repo, _, _sender, deps = _world(customers=2)
    original = repo.list_invoices

    def corrupt(tenant_id: str, customer_id: str) -> Any:
        if customer_id == "c1":
            from chalicelib.domain.ledger import Invoice

            Invoice.model_validate({"invoice_id": "broken"})  # raises like a bad stored item would
        return original(tenant_id, customer_id)

    repo.list_invoices = corrupt  # type: ignore[method-assign]
    assert work_case(deps, "acme", "c1").result == "escalated"
    assert work_case(deps, "acme", "c2").result == "sent"
    case = repo.get_case("acme", "c1")
    assert (
        case is not None
        and case.state is CaseState.ESCALATED
        and "cannot be read" in (case.escalation_reason or "")
    )


def test_a_copy_request_is_answered_at_once_and_only_once() -> None:
    repo, clock, sender, deps = _world()
    work_case(deps, "acme", "c1")  # a reminder just went out: the chase cadence would say wait
    clock.advance(timedelta(hours=2))
    first = answer_customer(deps, "acme", "c1", Purpose.COPY_INVOICE, request_id="msg-1")
    assert first.result == "sent" and sender.sent[-1].subject.startswith("Copy of your invoice")
    again = answer_customer(deps, "acme", "c1", Purpose.COPY_INVOICE, request_id="msg-1")
    assert again.result == "already_sent" and len(sender.sent) == 2
    assert _kinds(repo).count("InvoiceCopySent") == 1
    other = answer_customer(deps, "acme", "c1", Purpose.COPY_INVOICE, request_id="msg-2")
    assert other.result == "sent" and len(sender.sent) == 3


def test_a_promise_is_confirmed_once_whether_asked_or_swept() -> None:
    repo, _clock, sender, deps = _world()
    promise = Promise(due=TODAY + timedelta(days=5), captured_at=NOW)

    def capture(case: Any) -> Any:
        case.capture_promise(promise, at=NOW, actor="agent", reason="customer promised")
        case.next_action_at = NOW
        return case

    update_case(repo, "acme", "c1", capture)
    assert (
        answer_customer(deps, "acme", "c1", Purpose.PROMISE_CONFIRMATION, request_id="msg-9").result == "sent"
    )
    assert sender.sent[-1].subject.startswith("Thank you: payment expected by")
    swept = work_case(deps, "acme", "c1")
    assert swept.result in ("skipped", "waited") and len(sender.sent) == 1


def test_a_pre_due_note_above_the_threshold_is_asked_not_sent() -> None:
    repo, clock, sender, deps = _world(
        Autonomy.ACT, approval_thresholds={"USD": Decimal(500)}, cadence=Cadence(pre_due_days=3)
    )
    for inv in repo.list_invoices("acme", "c1"):
        repo.put_invoice(inv.model_copy(update={"due_date": TODAY + timedelta(days=2)}))
    t = repo.get_tenant("acme")
    assert t is not None
    refresh_customer_case(repo, clock, t, "c1", actor="system:test", reason="due dates moved")
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "approval_requested" and "1299.50 USD" in outcome.detail and sender.sent == []


def test_workers_share_the_names_cache_of_a_warm_container() -> None:
    repo, _clock, _, deps = _world(customers=3)
    reads = {"n": 0}
    original = repo.list_customers

    def counting(tenant_id: str) -> Any:
        reads["n"] += 1
        return original(tenant_id)

    repo.list_customers = counting  # type: ignore[method-assign]
    for n in (1, 2, 3):
        work_case(deps, "acme", f"c{n}")
    assert reads["n"] == 1
    assert deps.other_customer_names("acme", "c1") == ("Customer c2", "Customer c3")


def test_a_send_interrupted_mid_call_goes_to_a_person_instead_of_a_second_send() -> None:
    repo, _, sender, deps = _world()
    dry = work_case(deps, "acme", "c1", dry_run=True)
    assert dry.decision is not None and dry.draft is not None
    # What a crash between the claim and the provider's answer leaves behind.
    claim = OutboundRecord(
        email=OutboundEmail(
            tenant_id="acme",
            case_id="c1",
            action_id=dry.decision.action_id,
            to=("ap@c1.example",),
            subject="s",
            body_text="b",
        ),
        status=SendStatus.PENDING,
        claimed_at=NOW,
    )
    repo.put_record("acme", "outbound", f"c1:{dry.decision.action_id}", claim)
    outcome = work_case(deps, "acme", "c1")
    assert outcome.result == "escalated" and "in_doubt" in outcome.detail and sender.sent == []
