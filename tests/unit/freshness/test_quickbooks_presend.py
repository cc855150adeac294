"""The pre-send check asks QuickBooks itself: a reminder never goes out for an invoice paid since the decision.

The world is the QuickBooks sync's own (real sandbox objects in the QBO twin, backfilled into our copy); a
later state of invoice 130 is derived from the real object, as the sync tests do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from chalicelib.domain.ledger import InvoiceStatus
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services import quickbooks_sync as sync
from chalicelib.services.quickbooks_freshness import QboFreshnessCheck
from chalicelib.services.quickbooks_sync import QboApiError, QboDeps
from tests.unit.quickbooks.test_qbo_sync import backfilled, record

AT = datetime(2023, 4, 5, 15, tzinfo=UTC)  # invoice 130 (due 2023-03-20) is overdue and open


def email(*invoice_ids: str) -> OutboundEmail:
    return OutboundEmail(
        tenant_id="acme",
        case_id="qbo-24",
        action_id="a1",
        to=("x@y.example",),
        subject="s",
        body_text="b",
        invoice_ids=invoice_ids,
    )


def later_130(**changes: Any) -> dict[str, Any]:
    meta = {"CreateTime": "2023-02-18T13:16:17-08:00", "LastUpdatedTime": "2023-04-05T08:00:00-07:00"}
    return record("airbyte_record_invoice_130_open.json") | {"MetaData": meta} | changes


def check(deps: QboDeps, inner_said: str | None = None) -> QboFreshnessCheck:
    return QboFreshnessCheck(lambda: deps, deps.repo, lambda _email: inner_said)


def test_an_invoice_still_open_at_quickbooks_may_be_chased() -> None:
    deps, ledger = backfilled(AT)
    assert check(deps)(email("qbo-130")) is None
    assert "invoice" in ledger.calls[-1]


def test_paid_at_quickbooks_since_the_decision_stops_the_send_and_updates_our_copy() -> None:
    deps, ledger = backfilled(AT)
    ledger.put("acme", "Invoice", later_130(Balance=0))
    reason = check(deps)(email("qbo-130"))
    assert reason is not None and "paid" in reason
    held = deps.repo.get_invoice("acme", "qbo-24", "qbo-130")
    assert held is not None and held.status is InvoiceStatus.PAID


def test_a_partial_payment_since_the_decision_stops_the_send() -> None:
    deps, ledger = backfilled(AT)
    ledger.put("acme", "Invoice", later_130(Balance=Decimal("100.00")))
    reason = check(deps)(email("qbo-130"))
    assert reason is not None and "balance changed" in reason


def test_deleted_at_quickbooks_stops_the_send() -> None:
    deps, ledger = backfilled(AT)
    ledger.delete("acme", "Invoice", "130", "2023-04-05T15:00:00+00:00")
    reason = check(deps)(email("qbo-130"))
    assert reason is not None and "no longer exists" in reason


def test_quickbooks_not_answering_is_a_reason_not_to_send() -> None:
    deps, ledger = backfilled(AT)
    ledger.fail_with = QboApiError("service unavailable", status=503)
    reason = check(deps)(email("qbo-130"))
    assert reason is not None and "could not confirm" in reason


def test_other_sources_and_disconnected_tenants_are_left_to_the_other_checks() -> None:
    deps, ledger = backfilled(AT)
    calls = len(ledger.calls)
    assert check(deps, inner_said="inner")(email("not-a-qbo-invoice")) == "inner"
    conn = sync.connection(deps.repo, "acme")
    assert conn is not None
    deps.repo.put_record(
        "acme", sync.CONNECTION_KIND, sync.CONNECTION_KEY, conn.model_copy(update={"status": "disconnected"})
    )
    assert check(deps, inner_said="inner")(email("qbo-130")) == "inner"
    assert len(ledger.calls) == calls  # QuickBooks was not asked
