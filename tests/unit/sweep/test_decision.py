"""The decision engine: one next action per case, with the reasons and facts it used."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from chalicelib.domain.case import Case, CaseState, Promise
from chalicelib.domain.decision import ActionKind, ChaseHistory, Decision, Purpose, Tone, decide
from chalicelib.domain.ledger import Contact, Customer, Invoice, InvoicePause, PaymentStats
from chalicelib.domain.policy import Cadence, Playbook, Policy
from tests.conftest import NOW
from tests.factories import customer, invoice, open_case

TODAY = NOW.astimezone(ZoneInfo("America/New_York")).date()  # Tuesday 2026-03-10, 10:00 in New York

RELIABLE = PaymentStats(invoices_paid=12, on_time_ratio=Decimal("0.95"), avg_days_late=Decimal(1))
SLOW = PaymentStats(invoices_paid=12, on_time_ratio=Decimal("0.2"), avg_days_late=Decimal(19))
ERRATIC = PaymentStats(
    invoices_paid=12, on_time_ratio=Decimal("0.5"), avg_days_late=Decimal(8), stdev_days_late=Decimal(25)
)


def _run(
    *,
    stats: PaymentStats = RELIABLE,
    overdue_days: tuple[int, ...] = (20,),
    history: ChaseHistory | None = None,
    case: Case | None = None,
    policy: Policy | None = None,
    now: datetime = NOW,
    invoices: list[Invoice] | None = None,
    cust: Customer | None = None,
) -> Decision:
    cust = cust or customer(stats=stats)
    if invoices is None:
        invoices = [
            invoice(invoice_id=f"i{n}", due=TODAY - timedelta(days=d), amount="100.00")
            for n, d in enumerate(overdue_days, 1)
        ]
    case = case or open_case(NOW - timedelta(days=30))
    case.refresh_balance(
        invoices, today=now.astimezone(ZoneInfo(cust.time_zone)).date(), at=now, actor="agent"
    )
    return decide(
        case,
        customer=cust,
        invoices=invoices,
        policy=policy or Policy(),
        history=history or ChaseHistory(),
        now=now,
    )


def test_several_overdue_invoices_make_one_consolidated_reminder() -> None:
    decision = _run(overdue_days=(20, 12, 5))
    assert decision.kind is ActionKind.SEND and decision.purpose is Purpose.REMINDER
    assert decision.invoice_ids == ("i1", "i2", "i3")
    assert decision.facts["chased_balances"] == {"USD": "300.00"}


def test_a_reliable_payer_gets_room_before_the_first_nudge() -> None:
    # Standard cadence: first reminder 3 days after due; a reliable payer gets 4 more days.
    reliable = _run(stats=RELIABLE, overdue_days=(5,))
    slow = _run(stats=SLOW, overdue_days=(5,))
    assert reliable.kind is ActionKind.WAIT
    assert reliable.wait_until is not None
    assert reliable.wait_until.astimezone(ZoneInfo("America/New_York")).date() == TODAY + timedelta(days=2)
    assert "reliable payer" in reliable.explain()
    assert slow.kind is ActionKind.SEND


def test_slow_and_erratic_payers_get_firmer_contact_sooner() -> None:
    assert _run(stats=RELIABLE, overdue_days=(15,)).tone is Tone.FRIENDLY
    assert _run(stats=SLOW, overdue_days=(15,)).tone is Tone.FIRM
    assert _run(stats=ERRATIC, overdue_days=(15,)).tone is Tone.FIRM
    # The reliable payer reaches firm only after a reminder and a month.
    one_sent = ChaseHistory(reminders_sent=1, last_tone=Tone.FRIENDLY)
    assert _run(stats=RELIABLE, overdue_days=(20,), history=one_sent).tone is Tone.FRIENDLY
    assert _run(stats=RELIABLE, overdue_days=(31,), history=one_sent).tone is Tone.FIRM


def test_a_final_notice_needs_two_reminders_before_it() -> None:
    assert _run(stats=SLOW, overdue_days=(90,)).tone is Tone.FIRM
    two = ChaseHistory(reminders_sent=2, last_tone=Tone.FIRM)
    assert _run(stats=SLOW, overdue_days=(90,), history=two).tone is Tone.FINAL


def test_the_tone_never_softens_after_a_firm_message() -> None:
    history = ChaseHistory(reminders_sent=1, last_tone=Tone.FIRM)
    assert _run(stats=RELIABLE, overdue_days=(12,), history=history).tone is Tone.FIRM


def test_an_unanswered_final_notice_escalates_after_the_reply_window() -> None:
    sent = NOW - timedelta(days=6)
    history = ChaseHistory(reminders_sent=3, last_tone=Tone.FINAL, final_notice_at=sent)
    decision = _run(stats=SLOW, overdue_days=(90,), history=history)
    assert decision.kind is ActionKind.ESCALATE and "final notice" in (decision.escalation or "")
    recent = ChaseHistory(reminders_sent=3, last_tone=Tone.FINAL, final_notice_at=NOW - timedelta(days=1))
    assert _run(stats=SLOW, overdue_days=(90,), history=recent).kind is ActionKind.WAIT


def test_min_days_between_touches_defers_the_next_reminder() -> None:
    case = open_case(NOW - timedelta(days=30))
    case.touched(NOW - timedelta(days=2))
    decision = _run(case=case)
    assert decision.kind is ActionKind.WAIT
    assert decision.wait_until == NOW - timedelta(days=2) + timedelta(days=4)
    assert "minimum days between touches" in decision.explain()


def test_max_touches_per_week_is_respected() -> None:
    policy = Policy(playbooks=(Playbook(name="standard", cadence=Cadence(min_days_between_touches=1)),))
    case = open_case(NOW - timedelta(days=30))
    case.touched(NOW - timedelta(days=5))
    case.touched(NOW - timedelta(days=2))
    decision = _run(case=case, policy=policy)
    assert decision.kind is ActionKind.WAIT
    assert decision.wait_until is not None and decision.wait_until >= NOW - timedelta(days=5) + timedelta(
        days=7
    )
    assert "touch(es) this week" in decision.explain()


def test_business_hours_are_the_customers_not_the_tenants() -> None:
    # 14:00 UTC: 10:00 in New York (send), 23:00 in Tokyo (wait for 09:00 there).
    assert _run().kind is ActionKind.SEND
    tokyo = customer(stats=RELIABLE, time_zone="Asia/Tokyo")
    decision = _run(cust=tokyo)
    assert decision.kind is ActionKind.WAIT and decision.wait_until is not None
    local = decision.wait_until.astimezone(ZoneInfo("Asia/Tokyo"))
    assert (local.date(), local.hour) == (date(2026, 3, 11), 9)
    assert "business hours" in decision.explain()


def test_no_reminder_on_the_customers_weekend() -> None:
    saturday = datetime(2026, 3, 14, 15, 0, tzinfo=UTC)
    decision = _run(now=saturday)
    assert decision.kind is ActionKind.WAIT and decision.wait_until is not None
    assert decision.wait_until.astimezone(ZoneInfo("America/New_York")).weekday() == 0


def test_a_paused_invoice_is_left_out_and_an_all_paused_dispute_waits_for_a_person() -> None:
    hold = InvoicePause(reason="disputed line")
    invoices = [
        invoice(invoice_id="i1", due=TODAY - timedelta(days=20), pause=hold),
        invoice(invoice_id="i2", due=TODAY - timedelta(days=20)),
    ]
    decision = _run(invoices=invoices)
    assert decision.invoice_ids == ("i2",) and "i1" in decision.explain()
    case = open_case(NOW - timedelta(days=30))
    case.transition(CaseState.DISPUTE, at=NOW, actor="agent", reason="customer disputes")
    only_paused = [invoice(invoice_id="i1", due=TODAY - timedelta(days=20), pause=hold)]
    assert _run(invoices=only_paused, case=case).kind is ActionKind.NOTHING


def test_a_promise_not_yet_due_means_wait_and_a_broken_one_gets_a_firm_follow_up() -> None:
    case = open_case(NOW - timedelta(days=30))
    promise = Promise(due=TODAY + timedelta(days=3), captured_at=NOW - timedelta(days=1))
    case.capture_promise(promise, at=NOW - timedelta(days=1), actor="agent", reason="customer promised")
    confirmed = ChaseHistory(promise_confirmed_for=promise.due)
    waiting = _run(case=case, history=confirmed)
    assert waiting.kind is ActionKind.WAIT and waiting.wait_until is not None
    assert waiting.wait_until.date() == promise.due + timedelta(days=3)  # grace 2, the morning after

    unconfirmed = _run(case=case.model_copy(deep=True))
    assert unconfirmed.purpose is Purpose.PROMISE_CONFIRMATION

    late = open_case(NOW - timedelta(days=30))
    old = Promise(due=TODAY - timedelta(days=5), captured_at=NOW - timedelta(days=9))
    late.capture_promise(old, at=NOW - timedelta(days=9), actor="agent", reason="customer promised")
    broken = _run(case=late, history=ChaseHistory(promise_confirmed_for=old.due))
    assert broken.kind is ActionKind.SEND and broken.purpose is Purpose.BROKEN_PROMISE
    assert broken.tone is Tone.FIRM and broken.breaks_promise


def test_too_many_broken_promises_escalate() -> None:
    case = open_case(NOW - timedelta(days=60))
    case.broken_promises = 1
    old = Promise(due=TODAY - timedelta(days=5), captured_at=NOW - timedelta(days=9))
    case.capture_promise(old, at=NOW - timedelta(days=9), actor="agent", reason="customer promised")
    decision = _run(case=case, history=ChaseHistory(promise_confirmed_for=old.due))
    assert decision.kind is ActionKind.ESCALATE and decision.breaks_promise
    assert "2 broken promise(s)" in (decision.escalation or "")


def test_no_reachable_contact_escalates() -> None:
    bounced = customer(stats=SLOW, contacts=[Contact(email="ap@c1.example", invalid_reason="bounced")])
    decision = _run(cust=bounced)
    assert decision.kind is ActionKind.ESCALATE and "no reachable contact" in (decision.escalation or "")


def test_inconsistent_data_escalates_instead_of_acting() -> None:
    twins = [
        invoice(invoice_id="i1", due=TODAY - timedelta(days=20)).model_copy(update={"number": "INV-7"}),
        invoice(invoice_id="i2", due=TODAY - timedelta(days=10)).model_copy(update={"number": "INV-7"}),
    ]
    decision = _run(invoices=twins)
    assert decision.kind is ActionKind.ESCALATE and "INV-7" in (decision.escalation or "")
    stranger = [invoice(customer_id="c2", invoice_id="i9", due=TODAY - timedelta(days=20))]
    assert _run(invoices=stranger).kind is ActionKind.ESCALATE


def test_pre_due_notes_go_to_risky_payers_only_and_once_per_invoice() -> None:
    policy = Policy(playbooks=(Playbook(name="standard", cadence=Cadence(pre_due_days=3)),))
    soon = [invoice(invoice_id="i1", due=TODAY + timedelta(days=2))]
    assert _run(stats=RELIABLE, invoices=soon, policy=policy).kind is ActionKind.NOTHING
    risky = _run(stats=SLOW, invoices=soon, policy=policy)
    assert risky.kind is ActionKind.SEND and risky.purpose is Purpose.PRE_DUE
    done = ChaseHistory(pre_due_sent=("i1",))
    assert _run(stats=SLOW, invoices=soon, policy=policy, history=done).kind is ActionKind.WAIT
    later = [invoice(invoice_id="i1", due=TODAY + timedelta(days=10))]
    waiting = _run(stats=ERRATIC, invoices=later, policy=policy)
    assert waiting.kind is ActionKind.WAIT and waiting.wait_until is not None
    assert waiting.wait_until.date() == TODAY + timedelta(days=7)
    assert _run(stats=SLOW, invoices=soon).kind is ActionKind.NOTHING  # pre-due off in the default policy


def test_a_recent_answer_from_the_customer_gets_time() -> None:
    case = open_case(NOW - timedelta(days=30))
    case.touched(NOW - timedelta(days=6))
    case.last_reply_at = NOW - timedelta(days=1)
    decision = _run(case=case)
    assert decision.kind is ActionKind.WAIT and "answered" in decision.explain()


def test_the_action_id_is_stable_until_a_message_is_recorded() -> None:
    first, again = _run(), _run()
    assert first.action_id == again.action_id
    case = open_case(NOW - timedelta(days=30))
    case.touched(NOW - timedelta(days=9))
    after_touch = _run(case=case, history=ChaseHistory(reminders_sent=1, last_tone=Tone.FRIENDLY))
    assert after_touch.kind is ActionKind.SEND and after_touch.action_id != first.action_id


def test_every_decision_carries_the_facts_it_used() -> None:
    facts: dict[str, Any] = _run(stats=SLOW).facts
    for key in (
        "segment",
        "oldest_days_overdue",
        "chased_balances",
        "time_zone",
        "locale",
        "touches_last_7_days",
    ):
        assert key in facts
    assert facts["segment"] == "slow" and facts["oldest_days_overdue"] == 20


def test_how_fast_the_customer_answers_is_a_fact_of_the_decision() -> None:
    case = open_case(NOW - timedelta(days=40))
    case.touched(NOW - timedelta(days=20))
    case.last_reply_at = NOW - timedelta(days=18)
    case.touched(NOW - timedelta(days=10))
    history = ChaseHistory(
        reminders_sent=2,
        last_tone=Tone.FRIENDLY,
        sent_at=(NOW - timedelta(days=20), NOW - timedelta(days=10)),
    )
    decision = _run(case=case, history=history)
    assert decision.facts["reply_lag_days"] == 2
    assert "last answered 2 day(s) after our message" in decision.explain()


def test_a_reliable_customer_of_years_gets_more_room_than_a_reliable_newcomer() -> None:
    newcomer = customer(stats=RELIABLE, customer_since=TODAY - timedelta(days=200))
    veteran = customer(stats=RELIABLE, customer_since=TODAY - timedelta(days=5 * 365))
    # Standard cadence 3 days + 4 for a reliable payer = 7; on day 8 the newcomer is chased, the veteran not yet.
    assert _run(cust=newcomer, overdue_days=(8,)).kind is ActionKind.SEND
    waiting = _run(cust=veteran, overdue_days=(8,))
    assert waiting.kind is ActionKind.WAIT and "customer for 5 year(s)" in waiting.explain()
    assert waiting.facts["tenure_days"] == 5 * 365
    assert _run(cust=veteran, overdue_days=(9,)).kind is ActionKind.SEND


def _awaiting(reply_lag_days: int, sent_days_ago: int) -> tuple[Case, ChaseHistory]:
    # Our first message, their answer reply_lag_days later, then our latest message sent_days_ago.
    first = NOW - timedelta(days=reply_lag_days + sent_days_ago + 5)
    case = open_case(first - timedelta(days=1))
    case.touched(first)
    case.last_reply_at = first + timedelta(days=reply_lag_days)
    case.touched(NOW - timedelta(days=sent_days_ago))
    case.transition(
        CaseState.AWAITING_REPLY, at=NOW - timedelta(days=sent_days_ago), actor="agent", reason="sent"
    )
    history = ChaseHistory(
        reminders_sent=2, last_tone=Tone.FRIENDLY, sent_at=(first, NOW - timedelta(days=sent_days_ago))
    )
    return case, history


def test_a_customer_who_answers_slowly_gets_longer_to_answer_but_not_forever() -> None:
    wait = Policy().playbooks[0].cadence.reply_wait_days
    quick_case, quick_history = _awaiting(reply_lag_days=1, sent_days_ago=wait)
    assert _run(case=quick_case, history=quick_history).kind is ActionKind.SEND
    slow_case, slow_history = _awaiting(reply_lag_days=wait + 3, sent_days_ago=wait)
    decision = _run(case=slow_case, history=slow_history)
    assert decision.kind is ActionKind.WAIT and f"this customer last took {wait + 3}" in decision.explain()
    # However slowly they answered once, silence gets a follow-up after twice the playbook's time.
    glacial_case, glacial_history = _awaiting(reply_lag_days=10 * wait, sent_days_ago=2 * wait)
    assert _run(case=glacial_case, history=glacial_history).kind is ActionKind.SEND


def _claimed(on: datetime) -> Case:
    case = open_case(NOW - timedelta(days=30))
    case.transition(CaseState.PAYMENT_CLAIMED, at=on, actor="agent", reason="customer says paid")
    case.last_reply_at = on
    return case


def test_a_payment_claim_waits_three_business_days_then_goes_to_a_person_never_to_a_reminder() -> None:
    # Claimed on Tuesday 10 March: the money has until Friday 13 March (three business days) to land.
    waiting = _run(case=_claimed(NOW), stats=SLOW)
    assert waiting.kind is ActionKind.WAIT and waiting.wait_until is not None
    assert waiting.wait_until.astimezone(ZoneInfo("America/New_York")).date() == date(2026, 3, 13)
    thursday = _run(case=_claimed(NOW), stats=SLOW, now=NOW + timedelta(days=2))
    assert thursday.kind is ActionKind.WAIT
    friday = _run(case=_claimed(NOW), stats=SLOW, now=NOW + timedelta(days=3))
    assert friday.kind is ActionKind.ESCALATE and friday.purpose is None
    assert friday.escalation is not None and "said on 2026-03-10 that they paid" in friday.escalation
