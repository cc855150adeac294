"""When a case next needs the agent: ``next_action_at``, derived from state, facts and policy.

The sweep relies on this one field (it is what the due index holds), so it is computed in one place and
recomputed on every save. ``None`` means nothing is due until something happens (a webhook, a reply, a
person's decision).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.ledger import Customer, Invoice, PayerSegment
from chalicelib.domain.policy import ContactHours, Policy


def within_contact_hours(at: datetime, zone: str, hours: ContactHours) -> datetime:
    """The earliest moment at or after ``at`` inside the customer's business hours, in their own zone."""
    tz = ZoneInfo(zone)
    local = at.astimezone(tz)
    for _ in range(8):  # a week plus one day always reaches a business day
        if local.weekday() in hours.business_days:
            start = local.replace(hour=hours.start.hour, minute=hours.start.minute, second=0, microsecond=0)
            end = local.replace(hour=hours.end.hour, minute=hours.end.minute, second=0, microsecond=0)
            if local < start:
                return start
            if local < end:
                return local
        local = (local + timedelta(days=1)).replace(
            hour=hours.start.hour, minute=hours.start.minute, second=0, microsecond=0
        )
    raise AssertionError("contact hours have no business day")  # ContactHours validation prevents this


def _start_of_day(day: date, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone))


def next_action_at(
    case: Case, *, customer: Customer, invoices: list[Invoice], policy: Policy, now: datetime
) -> datetime | None:
    book = policy.playbook_for(customer)
    cadence = book.cadence
    zone = customer.time_zone
    hours = policy.contact_hours
    today = now.astimezone(ZoneInfo(zone)).date()

    state = case.state
    if state is CaseState.RESOLVED:
        # Wake up the day after the next open invoice falls due, when it may reopen the case.
        upcoming = [inv.due_date for inv in invoices if inv.is_open and not inv.is_overdue(today)]
        if not upcoming:
            return None
        pre = cadence.pre_due_days
        if pre is not None and customer.stats.segment in (PayerSegment.SLOW, PayerSegment.ERRATIC):
            # Risky payers get a courtesy note before the due date, unless we wrote since that moment.
            courtesy = _start_of_day(min(upcoming) - timedelta(days=pre), zone)
            if case.last_touch_at is None or case.last_touch_at < courtesy:
                return courtesy
        return _start_of_day(min(upcoming) + timedelta(days=1), zone)
    if state is CaseState.ESCALATED:
        return None  # nothing for the agent until money arrives or a person decides
    if state is CaseState.PAUSED:
        return case.paused_until
    if state is CaseState.PROMISE_TO_PAY and case.promise is not None:
        # Check the morning after the grace period whether the money came.
        check = case.promise.due + timedelta(days=book.promise_grace_days + 1)
        return max(_start_of_day(check, zone), now)
    if state is CaseState.PAYMENT_CLAIMED:
        # Give the claimed payment a few days to land before asking for a remittance again.
        base = case.last_reply_at or case.updated_at
        return within_contact_hours(max(base + timedelta(days=3), now), zone, hours)

    chaseable = [inv for inv in invoices if inv.is_chaseable(today)]
    if not chaseable:
        # A dispute with every overdue invoice on hold waits for a person; so does a case with nothing due.
        return None
    earliest_due = min(inv.due_date for inv in chaseable)
    first_allowed = _start_of_day(earliest_due + timedelta(days=cadence.first_reminder_after_days), zone)
    candidates = [first_allowed, now]
    if case.last_touch_at is not None:
        gap = (
            cadence.reply_wait_days if state is CaseState.AWAITING_REPLY else cadence.min_days_between_touches
        )
        candidates.append(case.last_touch_at + timedelta(days=gap))
        week = sorted(t for t in case.recent_touches if now - t < timedelta(days=7))
        if len(week) >= cadence.max_touches_per_week:
            candidates.append(week[-cadence.max_touches_per_week] + timedelta(days=7))
    return within_contact_hours(max(candidates), zone, hours)
