"""The QuickBooks sync on the in-memory repository and the QBO twin, fed with real sandbox objects.

The twin answers through the same mapping as the real gateway; the fixture records are Airbyte's copies of
Intuit's sample company. Where a test needs a second state of an object (paid later, updated later), it is
derived from the real object in the test, and says so.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from chalicelib.adapters.memory import FakeRepository
from chalicelib.adapters.quickbooks_fake import FakeQboLedger, load_fixture_objects
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.ledger import InvoicePause, InvoiceStatus, Payment
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services import quickbooks_sync as sync
from chalicelib.services.cash import apply_pending
from chalicelib.services.quickbooks_sync import ChangeNotice, QboConnection, QboDeps, QboReconnectError
from chalicelib.services.slack_approvals import escalation_cards
from tests.factories import tenant

FIX = Path(__file__).parents[2] / "fixtures" / "quickbooks"
LINES = (FIX / "airbyte_qbo_sandbox_records_subset.jsonl").read_text().splitlines()
REALM = "9130350000000001"


def record(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIX / name).read_text(), parse_float=Decimal)["data"]
    return data


def make_world(at: datetime, page_size: int = 100) -> tuple[QboDeps, FakeQboLedger]:
    repo = FakeRepository()
    clock = FixedClock(at)
    ledger = FakeQboLedger(page_size=page_size)
    repo.put_tenant(tenant("acme"))
    repo.put_route("quickbooks", REALM, "acme")
    repo.put_record(
        "acme",
        sync.CONNECTION_KIND,
        sync.CONNECTION_KEY,
        QboConnection(realm_id=REALM, status="connected", changed_at=at),
    )
    load_fixture_objects(ledger, "acme", LINES)
    # Invoice 130's customer (24, "Sonnenschein Family Store") is not among the fixture lines: a copy of
    # customer 3's shape with its id, name and invoice email stands in for it.
    c24 = record("airbyte_record_customer_3.json") | {
        "Id": "24",
        "DisplayName": "Sonnenschein Family Store",
        "PrimaryEmailAddr": {"Address": "Familiystore@intuit.com"},
    }
    ledger.put("acme", "Customer", c24)
    return QboDeps(repo=repo, clock=clock, ledger=ledger), ledger


def backfilled(at: datetime) -> tuple[QboDeps, FakeQboLedger]:
    deps, ledger = make_world(at)
    sync.start_backfill(deps.repo, deps.clock, "acme")
    cursor = sync.run_backfill(deps, "acme")
    assert cursor is not None and cursor.phase == "done"
    return deps, ledger


def legacy(entity: str, qbo_id: str, operation: str, last_updated: str) -> list[ChangeNotice]:
    from chalicelib.adapters.intuit_webhooks import parse_changes

    body = {
        "eventNotifications": [
            {
                "realmId": REALM,
                "dataChangeEvent": {
                    "entities": [
                        {"name": entity, "id": qbo_id, "operation": operation, "lastUpdated": last_updated}
                    ]
                },
            }
        ]
    }
    return parse_changes(body)


def test_the_backfill_loads_customers_open_invoices_payments_and_how_each_customer_pays() -> None:
    deps, _ = backfilled(datetime(2023, 3, 10, 12, tzinfo=UTC))
    repo = deps.repo
    assert sorted(c.customer_id for c in repo.list_customers("acme")) == ["qbo-24", "qbo-3", "qbo-8"]
    [open_invoice] = repo.list_invoices("acme", "qbo-24")
    assert (open_invoice.number, open_invoice.balance, open_invoice.status) == (
        "1037",
        Decimal("362.07"),
        InvoiceStatus.OPEN,
    )
    # Payment 120 paid invoice 12 (1004, due 2023-03-08) on 2023-02-18: fetched as a paid invoice, in the history.
    [paid] = repo.list_invoices("acme", "qbo-3")
    assert (paid.invoice_id, paid.status) == ("qbo-12", InvoiceStatus.PAID)
    cool_cars = repo.get_customer("acme", "qbo-3")
    assert cool_cars is not None
    assert [(h.invoice_number, h.days_late) for h in cool_cars.history] == [("1004", -18)]
    assert cool_cars.stats.invoices_paid == 1 and cool_cars.stats.on_time_ratio == 1
    # Not overdue yet (due 2023-03-20): a watched case, nothing to chase.
    case = repo.get_case("acme", "qbo-24")
    assert case is not None and case.next_action_at is not None


def test_a_backfill_stopped_by_a_lambda_timeout_continues_from_its_cursor_to_the_same_result() -> None:
    at = datetime(2023, 3, 10, 12, tzinfo=UTC)
    whole, _ = backfilled(at)
    deps, _ledger = make_world(at, page_size=1)
    sync.start_backfill(deps.repo, deps.clock, "acme")
    pages = {"n": 0}

    def two_pages_per_invocation() -> bool:
        pages["n"] += 1
        return pages["n"] % 3 == 0

    seen: list[str] = []
    invocations = 0
    while (cursor := sync.backfill_progress(deps.repo, "acme")) is not None and cursor.phase != "done":
        invocations += 1
        sync.run_backfill(
            deps, "acme", should_stop=two_pages_per_invocation, progress=lambda c: seen.append(c.phase)
        )
        assert invocations < 50
    assert invocations > 3  # it really was interrupted
    assert seen[0] == "customers" and seen[-1] == "done"
    final = sync.backfill_progress(deps.repo, "acme")
    assert final is not None and final.counts["customers"] == 3 and final.counts["payments"] == 2
    assert deps.repo.list_invoices("acme", "qbo-3") == whole.repo.list_invoices("acme", "qbo-3")
    assert deps.repo.get_customer("acme", "qbo-3") == whole.repo.get_customer("acme", "qbo-3")


def test_a_payment_linked_to_an_invoice_in_quickbooks_pays_our_copy_and_resolves_the_case() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))  # invoice 130 (due 03-20) is overdue
    case = deps.repo.get_case("acme", "qbo-24")
    assert case is not None and case.is_open
    # Later state of invoice 130 after a payment (derived): balance 0, newer LastUpdatedTime.
    paid_130 = record("airbyte_record_invoice_130_open.json") | {
        "Balance": 0,
        "MetaData": {
            "CreateTime": "2023-02-18T13:16:17-08:00",
            "LastUpdatedTime": "2023-04-05T08:00:00-07:00",
        },
    }
    ledger.put("acme", "Invoice", paid_130)
    payment = copy.deepcopy(record("airbyte_record_payment_120_linked_invoice_12.json"))
    payment.update(
        Id="777", CustomerRef={"value": "24", "name": "Sonnenschein Family Store"}, TotalAmt=Decimal("362.07")
    )
    payment["Line"][0].update(Amount=Decimal("362.07"), LinkedTxn=[{"TxnId": "130", "TxnType": "Invoice"}])
    ledger.put("acme", "Payment", payment)

    outcomes = sync.receive_changes(
        deps.repo, deps.clock, legacy("Payment", "777", "Create", "2023-04-05T15:00:00.000Z")
    )
    assert [o.status for o in outcomes] == ["accepted"]
    report = sync.process_changes(deps, "acme")
    assert (report.processed, report.failed) == (1, 0)

    invoice = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert invoice is not None and invoice.status is InvoiceStatus.PAID and invoice.balance == 0
    case = deps.repo.get_case("acme", "qbo-24")
    assert case is not None and case.state is CaseState.RESOLVED
    assert any(e.actor == "webhook:quickbooks" for e in deps.repo.list_events("acme", "qbo-24"))
    assert deps.repo.list_records("acme", sync.UNAPPLIED_KIND, Payment) == []
    assert deps.repo.list_records("acme", sync.EVENT_KIND, sync.StoredChange) == []  # worked, then removed


def test_a_payment_without_links_goes_to_cash_application_and_touches_no_invoice() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    loose = record("airbyte_record_payment_101_linked_invoice_67.json") | {
        "Id": "778",
        "Line": [],
        "UnappliedAmt": Decimal("220.0"),
        "CustomerRef": {"value": "24", "name": "Sonnenschein Family Store"},
    }
    ledger.put("acme", "Payment", loose)
    sync.receive_changes(
        deps.repo, deps.clock, legacy("Payment", "778", "Create", "2023-04-05T15:00:00.000Z")
    )
    sync.process_changes(deps, "acme")
    [unapplied] = deps.repo.list_records("acme", sync.UNAPPLIED_KIND, Payment)
    assert (unapplied.payment_id, unapplied.amount, unapplied.applied_to) == ("qbo-778", Decimal("220.0"), {})
    invoice = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert invoice is not None and invoice.balance == Decimal("362.07")


def test_cash_left_unapplied_in_quickbooks_is_matched_and_written_back_as_one_linked_payment() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    loose = record("airbyte_record_payment_101_linked_invoice_67.json") | {
        "Id": "779",
        "Line": [],
        "TotalAmt": Decimal("362.07"),
        "UnappliedAmt": Decimal("362.07"),
        "CustomerRef": {"value": "24", "name": "Sonnenschein Family Store"},
    }
    ledger.put("acme", "Payment", loose)
    sync.receive_changes(
        deps.repo, deps.clock, legacy("Payment", "779", "Create", "2023-04-05T15:00:00.000Z")
    )
    sync.process_changes(deps, "acme")
    tenant = deps.repo.get_tenant("acme")
    assert tenant is not None
    report = apply_pending(deps.repo, deps.clock, sync.QboCashWriteBack(lambda: deps), tenant)
    assert [(r.status.value, [a.invoice_id for a in r.applications]) for r in report.cash.results] == [
        ("applied", ["qbo-130"])
    ]
    # The cash is already in QuickBooks: its own payment is linked, no second Payment is created.
    assert ledger.created == {} and ledger.linked == [("acme", "qbo-779", {"qbo-130": Decimal("362.07")})]
    held = ledger.objects[("acme", "Payment")]["779"]
    assert held["Line"] == [
        {"Amount": Decimal("362.07"), "LinkedTxn": [{"TxnId": "130", "TxnType": "Invoice"}]}
    ]
    invoice = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert invoice is not None and invoice.balance == 0
    apply_pending(deps.repo, deps.clock, sync.QboCashWriteBack(lambda: deps), tenant)
    assert len(ledger.linked) == 1  # run again: nothing applied or written twice


def test_an_older_copy_arriving_late_never_overwrites_a_newer_one() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    newer = record("airbyte_record_invoice_130_open.json") | {
        "Balance": Decimal("100.00"),
        "MetaData": {
            "CreateTime": "2023-02-18T13:16:17-08:00",
            "LastUpdatedTime": "2023-04-01T00:00:00-07:00",
        },
    }
    ledger.put("acme", "Invoice", newer)
    sync.receive_changes(
        deps.repo, deps.clock, legacy("Invoice", "130", "Update", "2023-04-01T07:00:00.000Z")
    )
    sync.process_changes(deps, "acme")
    # QBO (or a lagging replica) now hands back the February copy.
    ledger.put("acme", "Invoice", record("airbyte_record_invoice_130_open.json"))
    sync.receive_changes(
        deps.repo, deps.clock, legacy("Invoice", "130", "Update", "2023-02-18T21:16:17.000Z")
    )
    sync.process_changes(deps, "acme")
    invoice = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert invoice is not None and invoice.balance == Decimal("100.00")


def test_a_redelivered_notification_is_stored_once_and_an_unknown_realm_is_ignored() -> None:
    deps, _ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    changes = legacy("Invoice", "130", "Update", "2023-04-01T07:00:00.000Z")
    assert [o.status for o in sync.receive_changes(deps.repo, deps.clock, changes)] == ["accepted"]
    assert [o.status for o in sync.receive_changes(deps.repo, deps.clock, changes)] == ["duplicate"]
    other = [c.model_copy(update={"realm_id": "123"}) for c in changes]
    assert [o.status for o in sync.receive_changes(deps.repo, deps.clock, other)] == ["ignored"]
    assert len(deps.repo.list_records("acme", sync.EVENT_KIND, sync.StoredChange)) == 1


def test_a_deleted_invoice_is_closed_not_forgotten() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    ledger.delete("acme", "Invoice", "130", "2023-04-05T15:00:00+00:00")
    sync.receive_changes(
        deps.repo, deps.clock, legacy("Invoice", "130", "Delete", "2023-04-05T15:00:00.000Z")
    )
    sync.process_changes(deps, "acme")
    invoice = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert invoice is not None and invoice.status is InvoiceStatus.VOID


def test_a_customer_merge_moves_the_open_invoice_with_its_hold_and_both_cases_say_so() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    repo = deps.repo
    held = repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert held is not None
    repo.put_invoice(held.model_copy(update={"pause": InvoicePause(reason="disputed line 2")}))
    # In QuickBooks, Sonnenschein (24) is merged into Cool Cars (3): invoice 130 now names customer 3
    # (derived from the real invoice; QBO marks the merged-away customer inactive).
    ledger.put(
        "acme",
        "Invoice",
        record("airbyte_record_invoice_130_open.json")
        | {
            "CustomerRef": {"value": "3", "name": "Cool Cars"},
            "MetaData": {
                "CreateTime": "2023-02-18T13:16:17-08:00",
                "LastUpdatedTime": "2023-04-05T08:00:00-07:00",
            },
        },
    )
    from chalicelib.adapters.intuit_webhooks import parse_changes

    merge = {
        "eventNotifications": [
            {
                "realmId": REALM,
                "dataChangeEvent": {
                    "entities": [
                        {
                            "name": "Customer",
                            "id": "3",
                            "operation": "Merge",
                            "lastUpdated": "2023-04-05T15:00:00.000Z",
                            "deletedId": "24",
                        }
                    ]
                },
            }
        ]
    }
    for _ in range(2):  # a redelivery changes nothing
        sync.receive_changes(repo, deps.clock, parse_changes(merge))
        sync.process_changes(deps, "acme")
    moved = repo.get_invoice("acme", "qbo-3", "qbo-130")
    assert moved is not None and moved.is_open and moved.pause == InvoicePause(reason="disputed line 2")
    left = repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert left is not None and left.status is InvoiceStatus.VOID and left.moved_to == "qbo-3"
    for case_id in ("qbo-3", "qbo-24"):
        kinds = [e.kind for e in repo.list_events("acme", case_id)]
        assert kinds.count("CustomerMerged") == 1, case_id
    old_case = repo.get_case("acme", "qbo-24")
    assert old_case is not None and old_case.balances == {}


def test_a_revoked_grant_stops_quickbooks_work_once_tells_the_tenant_and_holds_reminders() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    sync.receive_changes(
        deps.repo, deps.clock, legacy("Invoice", "130", "Update", "2023-04-05T15:00:00.000Z")
    )
    ledger.fail_with = QboReconnectError("Intuit refused the QuickBooks grant (invalid_grant)")
    report = sync.process_changes(deps, "acme")
    assert report.stopped and "invalid_grant" in report.stopped
    conn = sync.connection(deps.repo, "acme")
    assert conn is not None and conn.status == "reconnect_needed"
    notice = deps.repo.get_record("acme", sync.NOTICE_KIND, "quickbooks", sync.TenantNotice)
    assert notice is not None and "reconnect" in notice.message
    [card] = escalation_cards(deps.repo, "acme")  # told in the approvals channel too, once
    assert card.priority == "high" and "/install/quickbooks" in card.suggested_next_step
    calls = len(ledger.calls)
    for _ in range(3):  # the minute schedule keeps firing: no call reaches QuickBooks
        sync.process_changes(deps, "acme")
        assert sync.run_cdc(deps, "acme") is None
    assert len(ledger.calls) == calls
    assert len(deps.repo.list_records("acme", sync.EVENT_KIND, sync.StoredChange)) == 1  # kept for later
    assert len(escalation_cards(deps.repo, "acme")) == 1

    gate = sync.QboConnectionGate(deps.repo, lambda email: None)
    email = OutboundEmail(
        tenant_id="acme",
        case_id="qbo-24",
        action_id="a1",
        to=("x@y.example",),
        subject="s",
        body_text="b",
        invoice_ids=("qbo-130",),
    )
    assert gate(email) == "the QuickBooks connection is reconnect needed: reconnect to resume"


def test_applying_matched_cash_creates_one_quickbooks_payment_however_often_it_is_retried() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    cash = Payment(
        tenant_id="acme",
        payment_id="bank-42",
        amount=Decimal("362.07"),
        currency="USD",
        received_on=datetime(2023, 4, 4).date(),
        reference="INV 1037",
    )
    first = sync.apply_payment(deps, "acme", "qbo-24", cash, {"qbo-130": Decimal("362.07")}, note="paid")
    ledger.created.clear()  # even if our own record were lost, the request id is the same
    deps.repo.delete_record("acme", sync.WRITEBACK_KIND, first.request_id)
    again = sync.apply_payment(deps, "acme", "qbo-24", cash, {"qbo-130": Decimal("362.07")}, note="paid")
    assert again.request_id == first.request_id
    assert ledger.calls.count("apply_payment") == 2 and ledger.notes == []  # notes are off by default
    with pytest.raises(ValueError, match="exceed"):
        sync.apply_payment(deps, "acme", "qbo-24", cash, {"qbo-130": Decimal("400")})


def test_a_note_goes_to_the_customer_record_only_when_the_tenant_turned_notes_on() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    deps.repo.put_record("acme", sync.SETTINGS_KIND, "current", sync.QboSettings(write_notes=True))
    cash = Payment(
        tenant_id="acme",
        payment_id="bank-43",
        amount=Decimal("10"),
        currency="USD",
        received_on=datetime(2023, 4, 4).date(),
    )
    sync.apply_payment(deps, "acme", "qbo-24", cash, {"qbo-130": Decimal("10")}, note="Argent applied 10 USD")
    assert ledger.notes == [("acme", "qbo-24", "Argent applied 10 USD")]


def test_the_daily_cdc_pass_picks_up_what_the_webhooks_missed() -> None:
    deps, ledger = backfilled(datetime(2023, 4, 5, 15, tzinfo=UTC))
    deps.repo.put_record(
        "acme", sync.SYNC_KIND, "cdc", sync.CdcCursor(changed_since=datetime(2023, 4, 1, tzinfo=UTC))
    )
    missed = record("airbyte_record_invoice_130_open.json") | {
        "Balance": Decimal("62.07"),
        "MetaData": {
            "CreateTime": "2023-02-18T13:16:17-08:00",
            "LastUpdatedTime": "2023-04-04T10:00:00-07:00",
        },
    }
    ledger.put("acme", "Invoice", missed)
    changes = sync.run_cdc(deps, "acme")
    assert changes is not None and [i.invoice_id for i in changes.invoices] == ["qbo-130"]
    invoice = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert invoice is not None and invoice.balance == Decimal("62.07")
    cursor = deps.repo.get_record("acme", sync.SYNC_KIND, "cdc", sync.CdcCursor)
    assert cursor is not None and cursor.changed_since == datetime(2023, 4, 4, 17, tzinfo=UTC)
