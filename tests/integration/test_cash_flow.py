"""Cash application inside the product, on the fake repository and on DynamoDB (moto)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from chalicelib.adapters.writeback_fake import FakeCashWriteBack
from chalicelib.clock import FixedClock
from chalicelib.domain.case import CaseState
from chalicelib.domain.ledger import Invoice, Payment
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.cash import (
    REMITTANCE_KIND,
    REVIEW_KIND,
    UNAPPLIED_KIND,
    WRITEBACK_PENDING_KIND,
    CashReview,
    PendingWriteBack,
    RemittanceAdvice,
    apply_cash,
    apply_pending,
    has_work,
)
from chalicelib.services.escalations import get_mark
from chalicelib.services.ports import WriteBackError
from chalicelib.services.slack_approvals import escalation_cards
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


def _twin_invoice(repo: Any, clock: FixedClock) -> None:
    # Two open invoices of the same amount: the amount alone cannot say which one a payment is for.
    repo.put_invoice(invoice(invoice_id="1044", due=clock.now().date() - timedelta(days=5), amount="1200.00"))


def _advice(repo: Any, at: datetime, text: str, amounts: list[str]) -> None:
    advice = RemittanceAdvice(
        tenant_id="acme",
        message_id="<remit-1@northwind.example>",
        customer_id="c1",
        text=text,
        amounts=[Decimal(a) for a in amounts],
        received_at=at,
    )
    repo.put_record("acme", REMITTANCE_KIND, advice.message_id, advice)


def test_a_webhook_payment_is_applied_with_the_remittance_the_customer_emailed(
    repo: Any, clock: FixedClock
) -> None:
    _ledger(repo, clock)
    _twin_invoice(repo, clock)
    _advice(repo, clock.now(), "We paid invoice INV-1044 today, 1,200.00 USD.", ["1200.00"])
    repo.put_record("acme", UNAPPLIED_KIND, "pi_1", _pay("pi_1", "1200.00", None))
    assert has_work(repo, "acme")
    writeback = FakeCashWriteBack()
    report = apply_pending(repo, clock, writeback, ACME)
    assert report.linked == [("pi_1", "<remit-1@northwind.example>")]
    assert [(r.status.value, [a.invoice_id for a in r.applications]) for r in report.cash.results] == [
        ("applied", ["1044"])
    ]
    assert repo.get_invoice("acme", "c1", "1042").balance == Decimal("1200.00")  # the twin is still owed
    assert repo.list_records("acme", UNAPPLIED_KIND, Payment) == []
    assert "RemittanceLinked" in [e.kind for e in repo.list_events("acme", "c1")]
    again = apply_pending(repo, clock, writeback, ACME)
    assert again.cash.results == [] and len(writeback.calls) == 1 and not has_work(repo, "acme")


def test_a_payment_in_review_is_escalated_and_settled_once_its_remittance_arrives(
    repo: Any, clock: FixedClock
) -> None:
    _ledger(repo, clock)
    _twin_invoice(repo, clock)
    repo.put_record("acme", UNAPPLIED_KIND, "pi_2", _pay("pi_2", "1200.00", None))
    first = apply_pending(repo, clock, FakeCashWriteBack(), ACME)
    assert [r.status.value for r in first.cash.results] == ["review"]
    [card] = escalation_cards(repo, "acme")
    assert "pi_2" in card.reason and "candidate" in (card.excerpt or "")
    _advice(repo, clock.now() + timedelta(days=1), "Remittance: INV-1042 paid in full", [])
    second = apply_pending(repo, clock, FakeCashWriteBack(), ACME)
    assert [(r.status.value, [a.invoice_id for a in r.applications]) for r in second.rematched.results] == [
        ("applied", ["1042"])
    ]
    assert repo.get_record("acme", REVIEW_KIND, "pi_2", CashReview) is None
    # Nobody is left looking at a settled question: it leaves the list, marked as settled by the agent.
    assert escalation_cards(repo, "acme") == []
    mark = get_mark(repo, "acme", card.key)
    assert mark is not None and mark.outcome == "settled" and mark.by == "agent:cash"
    assert apply_pending(repo, clock, FakeCashWriteBack(), ACME).rematched.results == []


class _Ledger:
    """A source ledger that refuses the first ``failures`` write-backs the way ``retryable`` says."""

    def __init__(self, failures: int, *, retryable: bool) -> None:
        self.failures, self.retryable, self.told = failures, retryable, []

    def record_application(self, tenant_id: str, invoice: Invoice, payment: Payment, amount: Decimal) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise WriteBackError("QuickBooks unavailable (503)", retryable=self.retryable)
        self.told.append((invoice.invoice_id, payment.payment_id, amount))


def test_a_write_back_the_ledger_cannot_take_now_is_kept_and_retried_not_lost(
    repo: Any, clock: FixedClock
) -> None:
    _ledger(repo, clock)
    ledger = _Ledger(1, retryable=True)
    report = apply_cash(
        repo, clock, ledger, ACME, [_pay("p7", "300.00", "INV-1043"), _pay("p8", "1200.00", "INV-1042")]
    )
    assert [r.status.value for r in report.results] == ["applied", "applied"]  # the failure blocked nothing
    [kept] = repo.list_records("acme", WRITEBACK_PENDING_KIND, PendingWriteBack)
    assert kept.payment.payment_id == "p7" and ledger.told == [("1042", "p8", Decimal("1200.00"))]
    assert apply_pending(repo, clock, ledger, ACME).written_back == 1
    assert repo.list_records("acme", WRITEBACK_PENDING_KIND, PendingWriteBack) == []
    assert escalation_cards(repo, "acme") == []


def test_a_write_back_the_ledger_can_never_take_goes_to_a_person(repo: Any, clock: FixedClock) -> None:
    _ledger(repo, clock)
    ledger = _Ledger(1, retryable=False)
    apply_cash(repo, clock, ledger, ACME, [_pay("p7", "300.00", "INV-1043")])
    [card] = escalation_cards(repo, "acme")
    assert "not in the source ledger" in card.reason and "by hand" in card.suggested_next_step
    assert apply_pending(repo, clock, ledger, ACME).written_back == 0 and ledger.told == []
    assert not has_work(repo, "acme")


def test_a_payment_claimed_by_a_run_that_crashed_is_kept_and_handed_to_a_person(
    repo: Any, clock: FixedClock
) -> None:
    _ledger(repo, clock)
    repo.put_record("acme", UNAPPLIED_KIND, "pi_3", _pay("pi_3", "300.00", "INV-1043"))
    # A run claimed it, then its Lambda died before deciding it.
    assert repo.claim_event("acme", "cash", "pi_3", at=clock.now(), keep_for=timedelta(days=1))
    apply_pending(repo, clock, FakeCashWriteBack(), ACME)
    assert [p.payment_id for p in repo.list_records("acme", UNAPPLIED_KIND, Payment)] == ["pi_3"]
    assert escalation_cards(repo, "acme") == []  # the claiming run may still be at work
    apply_pending(repo, clock, FakeCashWriteBack(), ACME)
    [card] = escalation_cards(repo, "acme")
    assert "pi_3" in card.reason and "did not finish" in card.reason
    assert repo.get_invoice("acme", "c1", "1043").balance == Decimal("300.00")  # never applied blindly
