from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from chalicelib.domain.case import CaseState, Promise
from chalicelib.domain.ledger import InvoicePause
from chalicelib.domain.policy import ContactHours, Policy
from chalicelib.domain.scheduling import next_action_at, within_contact_hours
from tests.conftest import NOW
from tests.factories import customer, invoice, open_case

HOURS = ContactHours()


def test_a_saturday_moves_to_monday_morning_in_the_customers_zone() -> None:
    saturday_noon_utc = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    at = within_contact_hours(saturday_noon_utc, "Asia/Tokyo", HOURS)
    local = at.astimezone(ZoneInfo("Asia/Tokyo"))
    assert (local.date(), local.hour) == (date(2026, 3, 16), 9)


def test_inside_business_hours_nothing_moves() -> None:
    tuesday_3pm_ny = datetime(2026, 3, 10, 15, 0, tzinfo=ZoneInfo("America/New_York"))
    assert within_contact_hours(tuesday_3pm_ny, "America/New_York", HOURS) == tuesday_3pm_ny


def test_the_customers_zone_not_the_tenants_decides_the_hour() -> None:
    # 14:00 UTC is 23:00 in Tokyo: too late there, fine in New York.
    assert within_contact_hours(NOW, "America/New_York", HOURS) == NOW
    tokyo = within_contact_hours(NOW, "Asia/Tokyo", HOURS).astimezone(ZoneInfo("Asia/Tokyo"))
    assert (tokyo.day, tokyo.hour) == (11, 9)


def test_resolved_and_escalated_cases_have_nothing_due() -> None:
    case = open_case(NOW)
    for state in (CaseState.RESOLVED, CaseState.ESCALATED):
        case.state = state
        assert next_action_at(case, customer=customer(), invoices=[], policy=Policy(), now=NOW) is None


def test_a_promise_is_checked_the_morning_after_its_grace_period() -> None:
    case = open_case(NOW)
    case.capture_promise(Promise(due=date(2026, 3, 13), captured_at=NOW), at=NOW, actor="agent", reason="r")
    due = next_action_at(case, customer=customer(), invoices=[], policy=Policy(), now=NOW)
    assert due == datetime(2026, 3, 16, tzinfo=ZoneInfo("America/New_York"))  # 13th + 2 grace days + 1


def test_a_recent_touch_waits_the_minimum_gap() -> None:
    case = open_case(NOW)
    case.touched(NOW - timedelta(days=1))
    inv = invoice(due=NOW.date() - timedelta(days=20))
    due = next_action_at(case, customer=customer(), invoices=[inv], policy=Policy(), now=NOW)
    assert due is not None and due >= NOW + timedelta(days=3)


def test_the_weekly_cap_pushes_the_next_touch_out() -> None:
    case = open_case(NOW)
    case.touched(NOW - timedelta(days=6))
    case.touched(NOW - timedelta(days=5))
    inv = invoice(due=NOW.date() - timedelta(days=40))
    due = next_action_at(case, customer=customer(), invoices=[inv], policy=Policy(), now=NOW)
    assert due is not None and due >= NOW - timedelta(days=6) + timedelta(days=7)


def test_only_paused_invoices_means_nothing_due_until_a_person_acts() -> None:
    case = open_case(NOW)
    disputed = invoice(due=NOW.date() - timedelta(days=10), pause=InvoicePause(reason="dispute: pricing"))
    assert next_action_at(case, customer=customer(), invoices=[disputed], policy=Policy(), now=NOW) is None


def test_a_disputed_line_does_not_stop_the_rest_of_the_balance() -> None:
    case = open_case(NOW)
    disputed = invoice(due=NOW.date() - timedelta(days=10), pause=InvoicePause(reason="dispute"))
    other = invoice(invoice_id="i2", due=NOW.date() - timedelta(days=10))
    assert (
        next_action_at(case, customer=customer(), invoices=[disputed, other], policy=Policy(), now=NOW) == NOW
    )


def test_first_reminder_waits_the_playbooks_days_after_due() -> None:
    case = open_case(NOW)
    just_due = invoice(due=NOW.date() - timedelta(days=1))
    due = next_action_at(case, customer=customer(), invoices=[just_due], policy=Policy(), now=NOW)
    assert due is not None and due.astimezone(ZoneInfo("America/New_York")).date() == NOW.date() + timedelta(
        days=2
    )


def test_a_resolved_case_wakes_the_day_after_its_next_invoice_falls_due() -> None:
    case = open_case(NOW)
    case.state = CaseState.RESOLVED
    upcoming = invoice(due=date(2026, 3, 20))
    paid = invoice(invoice_id="i0", due=date(2026, 3, 1), balance="0")
    due = next_action_at(case, customer=customer(), invoices=[upcoming, paid], policy=Policy(), now=NOW)
    assert due == datetime(2026, 3, 21, tzinfo=ZoneInfo("America/New_York"))
    assert next_action_at(case, customer=customer(), invoices=[paid], policy=Policy(), now=NOW) is None
