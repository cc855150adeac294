"""Cash application inside the product, on the fake repository and on DynamoDB (moto)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from chalicelib.adapters.writeback_fake import FakeCashWriteBack
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.ledger import Payment
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.cash import REVIEW_KIND, CashReview, apply_cash
from tests.factories import customer, invoice, tenant

ACME = tenant()


def _ledger(repo: Any, clock: FixedClock) -> None:
    repo.put_tenant(ACME)
    repo.put_customer(customer(name="Northwind Traders Inc."))
    overdue = clock.now().date() - timedelta(days=20)
    repo.put_invoice(invoice(invoice_id="1042", due=overdue, amount="1200.00"))
    repo.put_invoice(invoice(invoice_id="1043", due=overdue, amount="300.00"))
    refresh_customer_case(repo, clock, ACME, "c1", actor="system:import", reason="test ledger")


def _pay(pid: str, amount: str, ref: str | None, **kw: Any) -> Payment:
    return Payment(
        tenant_id="acme",
        payment_id=pid,
        customer_id=kw.pop("customer_id", "c1"),
        amount=Decimal(amount),
        currency="USD",
        received_on=date(2026, 3, 10),
        reference=ref,
        **kw,
    )


def test_applied_cash_pays_invoices_records_why_and_resolves_the_case(repo: Any, clock: FixedClock) -> None:
    _ledger(repo, clock)
    writeback = FakeCashWriteBack()
    report = apply_cash(repo, clock, writeback, ACME, [_pay("p1", "1500.00", "INV-i1042 INV-i1043")])
    assert [r.status.value for r in report.results] == ["applied"]
    assert {i.invoice_id: i.balance for i in repo.list_invoices("acme", "c1")} == {"1042": 0, "1043": 0}
    assert sorted(c[1] for c in writeback.calls) == ["1042", "1043"]
    kinds = [e.kind for e in repo.list_events("acme", "c1")]
    assert kinds.count("CashApplied") == 2
    assert repo.get_case("acme", "c1").state is CaseState.RESOLVED


def test_a_redelivered_payment_never_applies_twice(repo: Any, clock: FixedClock) -> None:
    _ledger(repo, clock)
    writeback = FakeCashWriteBack()
    apply_cash(repo, clock, writeback, ACME, [_pay("p1", "300.00", "INV-i1043")])
    again = apply_cash(repo, clock, writeback, ACME, [_pay("p1", "300.00", "INV-i1043")])
    assert again.skipped_duplicates == ["p1"] and len(writeback.calls) == 1


def test_an_unsure_payment_is_kept_for_a_person_and_changes_nothing(repo: Any, clock: FixedClock) -> None:
    _ledger(repo, clock)
    apply_cash(
        repo,
        clock,
        FakeCashWriteBack(),
        ACME,
        [_pay("p9", "77.00", None, customer_id=None, payer_name="Unknown Co")],
    )
    review = repo.get_record("acme", REVIEW_KIND, "p9", CashReview)
    assert review is not None and review.payment.amount == Decimal("77.00")
    assert {i.invoice_id: i.balance for i in repo.list_invoices("acme", "c1")} == {
        "1042": Decimal("1200.00"),
        "1043": Decimal("300.00"),
    }


def test_a_short_pay_holds_the_rest_as_a_deduction(repo: Any, clock: FixedClock) -> None:
    _ledger(repo, clock)
    apply_cash(
        repo,
        clock,
        FakeCashWriteBack(),
        ACME,
        [_pay("p2", "1176.00", "INV-i1042", remittance="less 2% early payment discount")],
    )
    inv = repo.get_invoice("acme", "c1", "1042")
    assert inv.balance == Decimal("24.00") and inv.pause is not None and "deduction" in inv.pause.reason
    assert "DeductionOpened" in [e.kind for e in repo.list_events("acme", "c1")]
