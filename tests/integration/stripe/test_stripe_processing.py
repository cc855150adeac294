"""Stripe events processed by re-reading the objects: idempotent, order-tolerant, one correct state."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from chalicelib.adapters.jinja_drafts import JinjaDrafts
from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.domain.case import CaseState
from chalicelib.domain.decision import Purpose
from chalicelib.domain.ledger import InvoiceStatus, Payment
from chalicelib.domain.policy import Autonomy, Playbook, Policy
from chalicelib.services import stripe_events
from chalicelib.services.cash import UNAPPLIED_KIND, apply_pending
from chalicelib.services.drafting import GuardrailsCheck
from chalicelib.services.ledger_freshness import LedgerFreshnessCheck
from chalicelib.services.ports import WriteBackError
from chalicelib.services.slack_approvals import escalation_cards
from chalicelib.services.stripe_events import DisputeRecord, RetryPlan, StripeCashWriteBack, StripeEventRecord
from chalicelib.services.sweep import SweepDeps, answer_customer, mark_playbook_debut
from tests.factories import tenant
from tests.integration.stripe.stripe_world import World, customer_obj, event, fixture


def _open_invoice(world: World) -> dict:
    obj = fixture("payrails_data_invoice.payment_failed.json")  # in_1234, open, 249.00 USD, cus_1234
    world.gateway.put("acme", customer_obj("cus_1234"))
    world.gateway.put("acme", obj)
    return obj


def test_a_paid_invoice_delivered_five_times_and_before_its_finalization_leaves_one_state(
    world: World,
) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj, event_id="evt_fin_early"))
    assert world.repo.get_case("acme", "cus_1234").state is CaseState.ACTIVE_CHASE
    # Stripe has since taken the money; paid arrives five times, then a late, stale finalized.
    world.gateway.update("acme", "invoice", "in_1234", status="paid", amount_paid=24900, amount_remaining=0)
    paid = event("invoice.paid", {**obj, "status": "paid"}, event_id="evt_paid")
    statuses = [world.deliver(paid) for _ in range(5)]
    world.deliver(event("invoice.finalized", obj, event_id="evt_fin_late"))
    assert statuses == ["accepted"] + ["duplicate"] * 4
    held = world.repo.get_invoice("acme", "cus_1234", "in_1234")
    assert (held.status, held.balance) == (InvoiceStatus.PAID, Decimal("0.00"))
    case = world.repo.get_case("acme", "cus_1234")
    assert case.state is CaseState.RESOLVED
    assert world.events("cus_1234").count("StateChanged") == 1  # resolved once, not five times


def test_money_is_converted_with_the_currencys_minor_units(world: World) -> None:
    obj = _open_invoice(world)
    inv = stripe_events.map_invoice("acme", obj, read_at="x")
    assert (inv.total, inv.balance, inv.currency) == (Decimal("249.00"), Decimal("249.00"), "USD")
    yen = stripe_events.map_invoice(
        "acme", {**obj, "currency": "jpy", "amount_due": 5000, "amount_remaining": 5000}, read_at="x"
    )
    assert yen.total == Decimal("5000")
    dinar = stripe_events.map_invoice(
        "acme", {**obj, "currency": "kwd", "amount_due": 12345, "amount_remaining": 45}, read_at="x"
    )
    assert (dinar.total, dinar.balance) == (Decimal("12.345"), Decimal("0.045"))


def test_a_stale_read_never_overwrites_a_newer_one(world: World) -> None:
    obj = _open_invoice(world)
    later = world.clock.now() + timedelta(minutes=5)
    newer = stripe_events.map_invoice(
        "acme", {**obj, "status": "paid"}, read_at=later.isoformat(timespec="microseconds")
    )
    world.repo.put_customer(stripe_events.map_customer("acme", customer_obj("cus_1234"), None))
    world.repo.put_invoice(newer)
    stripe_events.sync_invoice(world.deps, "acme", "in_1234")  # reads "open", but earlier than our copy
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234").status is InvoiceStatus.PAID


def test_an_unavailable_stripe_leaves_the_event_pending_and_the_retry_has_one_effect(world: World) -> None:
    obj = _open_invoice(world)
    world.gateway.fail_next(1)
    evt = event("invoice.finalized", obj)
    stripe_events.accept_event(world.repo, world.clock, evt)
    first = stripe_events.process_pending(world.deps, "acme")
    assert (first.processed, first.failed) == (0, 1)
    stored = world.repo.get_record("acme", "stripe_event", evt["id"], StripeEventRecord)
    assert stored.processed_at is None and "429/5xx" in stored.last_error
    second = stripe_events.process_pending(world.deps, "acme")
    third = stripe_events.process_pending(world.deps, "acme")
    assert (second.processed, third.processed) == (1, 0)
    assert world.events("cus_1234").count("CaseOpened") == 1


def _with_failure(world: World, decline: str | None, *, stripe_retries: bool) -> dict:
    obj = _open_invoice(world)
    obj["payment_intent"] = "pi_fail"
    obj["next_payment_attempt"] = 1773300000 if stripe_retries else None
    world.gateway.put("acme", obj)
    pi = fixture("openapi_fixture_payment_intent.json")
    pi.update(
        {
            "id": "pi_fail",
            "last_payment_error": {"type": "card_error", "code": "card_declined", "decline_code": decline},
        }
    )
    world.gateway.put("acme", pi)
    return obj


def _all_failure_facts(world: World) -> list[dict]:
    return [e.facts for e in world.repo.list_events("acme", "cus_1234") if e.kind == "PaymentFailed"]


def _failure_facts(world: World) -> dict:
    [failed] = [e for e in world.repo.list_events("acme", "cus_1234") if e.kind == "PaymentFailed"]
    return failed.facts


def test_insufficient_funds_waits_for_stripes_own_retry_and_adds_none(world: World) -> None:
    obj = _with_failure(world, "insufficient_funds", stripe_retries=True)
    world.repo.put_record(
        "acme",
        "stripe_connection",
        "current",
        stripe_events.connection(world.repo, "acme").model_copy(update={"own_retries": True}),
    )
    world.deliver(event("invoice.payment_failed", obj))
    facts = _failure_facts(world)
    assert facts["bucket"] == "retry_later" and facts["retry_at"] is None
    assert "Stripe retries this invoice itself" in facts["retry"]


def test_without_stripe_retries_and_with_ours_on_a_capped_retry_is_scheduled_and_charged_once(
    world: World,
) -> None:
    obj = _with_failure(world, "insufficient_funds", stripe_retries=False)
    conn = stripe_events.connection(world.repo, "acme")
    world.repo.put_record(
        "acme", "stripe_connection", "current", conn.model_copy(update={"own_retries": True})
    )
    world.deliver(event("invoice.payment_failed", obj))
    plan = world.repo.get_record("acme", "stripe_retry", "in_1234", RetryPlan)
    assert plan.retry_at == world.clock.now() + timedelta(days=1)
    assert stripe_events.run_due_retries(world.deps, "acme") == 0  # not yet due
    world.clock.advance(timedelta(days=1))
    assert stripe_events.run_due_retries(world.deps, "acme") == 1
    assert stripe_events.run_due_retries(world.deps, "acme") == 0
    assert list(world.gateway.payments) == ["argent-retry-in_1234-1"]


def test_a_stolen_card_stops_retries_and_escalates(world: World) -> None:
    obj = _with_failure(world, "stolen_card", stripe_retries=False)
    world.deliver(event("invoice.payment_failed", obj))
    facts = _failure_facts(world)
    assert (facts["bucket"], facts["next_step"]) == ("never_retry", "ask_for_new_method_and_escalate")
    assert world.repo.get_record("acme", "stripe_retry", "in_1234", RetryPlan).stopped
    assert world.repo.get_case("acme", "cus_1234").state is CaseState.ESCALATED


def test_authentication_required_hands_over_the_hosted_invoice_link(world: World) -> None:
    obj = fixture("payrails_data_invoice.payment_action_required.json")
    world.gateway.put("acme", customer_obj("cus_1234"))
    world.gateway.put("acme", obj)
    world.deliver(event("invoice.payment_action_required", obj))
    facts = _failure_facts(world)
    assert facts["next_step"] == "send_hosted_invoice_link"
    assert facts["hosted_invoice_url"] == obj["hosted_invoice_url"]


def _answering(world: World) -> FakeEmailSender:
    """The Stripe flow wired to the sweep's real answer (templates, guardrails, send-once) and an outbox twin."""
    sender = FakeEmailSender()
    sweep = SweepDeps(
        repo=world.repo,
        clock=world.clock,
        sender=sender,
        fresh=LedgerFreshnessCheck(world.repo, world.clock),
        renderer=JinjaDrafts(),
        guard=GuardrailsCheck(),
    )
    acting = Policy(playbooks=(Playbook(name="standard", autonomy=Autonomy.ACT),))
    world.repo.put_tenant(tenant("acme", policy=acting))
    mark_playbook_debut(world.repo, "acme", "standard", send_key="seed", at=world.clock.now())

    def answer(tenant_id: str, case_id: str, purpose: Purpose, request_id: str, ids: tuple[str, ...]) -> str:
        return answer_customer(
            sweep, tenant_id, case_id, purpose, request_id=request_id, invoice_ids=ids
        ).result

    world.deps.answer = answer
    return sender


def test_a_payment_needing_authentication_sends_the_customer_the_pay_link_once(world: World) -> None:
    sender = _answering(world)
    obj = fixture("payrails_data_invoice.payment_action_required.json")
    world.gateway.put("acme", customer_obj("cus_1234"))
    world.gateway.put("acme", obj)
    world.deliver(event("invoice.payment_action_required", obj))
    # Stripe also reports the same attempt as a failure: the customer must not hear about it twice.
    world.deliver(event("invoice.payment_failed", obj))
    [mail] = sender.sent
    assert mail.subject.startswith("Please confirm your card payment")
    assert obj["hosted_invoice_url"] in mail.body_text and obj["number"] in mail.body_text
    assert mail.invoice_ids == (obj["id"],)
    assert world.events("cus_1234").count("PaymentConfirmationRequestSent") == 1


def test_an_expired_card_asks_for_a_new_one_and_a_stolen_one_too_while_escalating(world: World) -> None:
    sender = _answering(world)
    obj = _with_failure(world, None, stripe_retries=False)
    pi = world.gateway.retrieve("acme", "payment_intent", "pi_fail")
    pi["last_payment_error"] = {"type": "card_error", "code": "expired_card"}
    world.gateway.put("acme", pi)
    obj["attempt_count"] = 1
    world.gateway.put("acme", obj)
    world.deliver(event("invoice.payment_failed", obj))
    assert [m.subject for m in sender.sent] == ["Your card payment to acme Ltd did not go through"]
    assert "never send card details by email" in sender.sent[0].body_text
    pi["last_payment_error"] = {"type": "card_error", "code": "card_declined", "decline_code": "stolen_card"}
    world.gateway.put("acme", pi)
    obj["attempt_count"] = 2
    world.gateway.put("acme", obj)
    world.deliver(event("invoice.payment_failed", obj))
    assert len(sender.sent) == 2  # a new attempt is a new message
    assert world.repo.get_case("acme", "cus_1234").state is CaseState.ESCALATED


def test_a_decline_that_clears_by_itself_or_that_stripe_emails_about_writes_to_nobody(world: World) -> None:
    sender = _answering(world)
    obj = _with_failure(world, "insufficient_funds", stripe_retries=True)
    world.deliver(event("invoice.payment_failed", obj))
    conn = stripe_events.connection(world.repo, "acme")
    world.repo.put_record(
        "acme", "stripe_connection", "current", conn.model_copy(update={"failure_emails": "stripe"})
    )
    obj["attempt_count"] = 5
    world.gateway.put("acme", obj)
    pi = world.gateway.retrieve("acme", "payment_intent", "pi_fail")
    pi["last_payment_error"] = {"type": "card_error", "code": "expired_card"}
    world.gateway.put("acme", pi)
    world.deliver(event("invoice.payment_failed", obj))
    assert sender.sent == []
    assert [f["next_step"] for f in _all_failure_facts(world)] == ["wait_for_retry", "ask_for_new_card"]


def _disputed(world: World) -> dict:
    _open_invoice(world)
    world.gateway.update("acme", "invoice", "in_1234", status="paid", amount_paid=24900, amount_remaining=0)
    charge = fixture("openapi_fixture_charge.json")
    charge["payment_intent"] = "pi_paid"
    world.gateway.put("acme", charge)
    world.gateway.invoice_of_pi[("acme", "pi_paid")] = "in_1234"
    dispute = fixture("openapi_fixture_dispute.json")
    world.gateway.put("acme", dispute)
    return dispute


def test_a_chargeback_opens_a_dispute_pauses_the_invoice_and_escalates_once(world: World) -> None:
    dispute = _disputed(world)
    for _ in range(3):
        world.deliver(event("charge.dispute.created", dispute, event_id="evt_dp"))
    world.deliver(event("charge.dispute.created", dispute))  # the same news under another event id
    record = world.repo.get_record("acme", "dispute", dispute["id"], DisputeRecord)
    assert (record.invoice_id, record.amount, record.reason) == ("in_1234", Decimal("10.00"), "general")
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234").pause.reason.startswith("chargeback dp_")
    assert world.repo.get_case("acme", "cus_1234").state is CaseState.ESCALATED
    assert world.events("cus_1234").count("DisputeOpened") == 1
    [card] = escalation_cards(world.repo, "acme")
    assert card.priority == "high" and card.suggested_next_step.startswith("answer the bank")
    world.gateway.update("acme", "dispute", dispute["id"], status="won")
    world.deliver(event("charge.dispute.closed", {**dispute, "status": "won"}))
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234").pause is None
    assert world.events("cus_1234").count("DisputeClosed") == 1


def test_a_credit_note_changes_the_balance_the_agent_chases(world: World) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    note = fixture("openapi_fixture_credit_note.json")
    note.update({"invoice": "in_1234", "total": 4900, "amount": 4900})
    world.gateway.put("acme", note)
    world.gateway.update("acme", "invoice", "in_1234", amount_remaining=20000)
    world.deliver(event("credit_note.created", note))
    world.deliver(event("credit_note.created", note))
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234").balance == Decimal("200.00")
    assert world.repo.get_case("acme", "cus_1234").balances == {"USD": Decimal("200.00")}
    assert world.events("cus_1234").count("CreditNoteIssued") == 1


def test_a_refund_is_recorded_once_on_the_case(world: World) -> None:
    _open_invoice(world)
    charge = fixture("payrails_data_charge.refunded.json")
    charge.update({"customer": "cus_1234", "object": "charge"})  # pay-rails trimmed the object name
    world.gateway.put("acme", charge)
    world.deliver(event("invoice.finalized", fixture("payrails_data_invoice.payment_failed.json")))
    for _ in range(2):
        world.deliver(event("charge.refunded", charge))
    [refund] = [e for e in world.repo.list_events("acme", "cus_1234") if e.kind == "RefundRecorded"]
    assert refund.facts["refunded"] == "5.00"


def test_customer_updated_brings_contacts_locale_and_time_zone(world: World) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    world.gateway.put(
        "acme",
        customer_obj(
            "cus_1234",
            email="ap@globex.example",
            preferred_locales=["fr-FR"],
            metadata={"time_zone": "Europe/Paris"},
        ),
    )
    world.deliver(
        event("customer.updated", {**fixture("payrails_data_customer.updated.json"), "id": "cus_1234"})
    )
    customer = world.repo.get_customer("acme", "cus_1234")
    assert [c.email for c in customer.contacts] == ["ap@globex.example"]
    assert (customer.locale, customer.time_zone) == ("fr-FR", "Europe/Paris")


def test_a_payment_without_an_invoice_is_kept_for_cash_application(world: World) -> None:
    world.gateway.put("acme", customer_obj("cus_1234"))
    pi = fixture("openapi_fixture_payment_intent.json")
    pi.update(
        {
            "status": "succeeded",
            "amount_received": 123456,
            "currency": "jpy",
            "customer": "cus_1234",
            "description": "INV-77 remittance",
        }
    )
    world.gateway.put("acme", pi)
    for _ in range(2):
        world.deliver(event("payment_intent.succeeded", pi))
    [payment] = world.repo.list_records("acme", "unapplied_payment", Payment)
    assert (payment.amount, payment.currency, payment.reference) == (
        Decimal("123456"),
        "JPY",
        "INV-77 remittance",
    )
    assert payment.applied_to == {}


def test_an_event_for_another_account_is_ignored_and_reaches_no_tenant(world: World) -> None:
    obj = _open_invoice(world)
    outcome = stripe_events.accept_event(
        world.repo, world.clock, event("invoice.paid", obj, account="acct_unknown")
    )
    assert outcome.status == "ignored" and "acct_unknown" in outcome.reason
    assert world.repo.list_records("acme", "stripe_event", StripeEventRecord) == []


def test_deauthorization_disconnects_deletes_tokens_keeps_data_and_stops_outreach(world: World) -> None:
    from chalicelib.adapters.stripe_vault import EnvelopeTokenVault, LocalDataKeys
    from chalicelib.domain.outbound import OutboundEmail
    from chalicelib.services.stripe_install import StripeGrant

    vault = EnvelopeTokenVault(world.repo, LocalDataKeys("s"))
    vault.put(
        "acme",
        StripeGrant(
            account_id="acct_1TestAccount", access_token="a", refresh_token="r", expires_at=world.clock.now()
        ),
        version=1,
    )
    world.deps.vault = vault
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    world.deliver(event("account.application.deauthorized", {"id": "ca_app", "object": "application"}))
    assert vault.latest("acme") is None
    assert stripe_events.connection(world.repo, "acme").status == "disconnected"
    assert [c.title for c in escalation_cards(world.repo, "acme")] == [
        "Escalation: Stripe was disconnected (account.application.deauthorized): reminders on Stripe "
        "invoices stopped, history kept"
    ]
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234") is not None  # kept for the audit trail
    check = stripe_events.StripeFreshnessCheck(lambda: world.deps, world.repo)
    email = OutboundEmail.model_construct(tenant_id="acme", case_id="cus_1234", invoice_ids=["in_1234"])
    assert "disconnected" in check(email)


def test_a_decline_is_traced_through_the_invoices_payments_in_newer_api_versions(world: World) -> None:
    obj = _with_failure(world, "expired_card", stripe_retries=False)
    (
        obj.pop("payment_intent"),
        obj.pop("charge", None),
    )  # basil and later: only invoice.payments names the attempt
    obj["payments"] = {
        "object": "list",
        "data": [
            {"object": "invoice_payment", "payment": {"type": "payment_intent", "payment_intent": "pi_fail"}}
        ],
    }
    world.gateway.put("acme", obj)
    world.deliver(event("invoice.payment_failed", obj))
    facts = _failure_facts(world)
    assert (facts["decline_code"], facts["next_step"]) == ("expired_card", "ask_for_new_card")


def _bank_transfer(world: World, amount: int, pi_id: str, reference: str = "bank transfer") -> None:
    pi = fixture("openapi_fixture_payment_intent.json")
    pi.update(
        {
            "id": pi_id,
            "status": "succeeded",
            "amount_received": amount,
            "currency": "usd",
            "customer": "cus_1234",
            "description": reference,
        }
    )
    world.gateway.put("acme", pi)
    world.deliver(event("payment_intent.succeeded", pi))


def test_a_stripe_payment_without_an_invoice_is_applied_and_attached_to_the_invoice_it_pays(
    world: World,
) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    number = world.repo.get_invoice("acme", "cus_1234", "in_1234").number
    _bank_transfer(world, 10000, "pi_part", reference=f"part payment {number}")
    writeback = StripeCashWriteBack(lambda: world.deps)
    report = apply_pending(world.repo, world.clock, writeback, world.repo.get_tenant("acme"))
    assert [(r.status.value, [a.invoice_id for a in r.applications]) for r in report.cash.results] == [
        ("partial", ["in_1234"])
    ]
    # Stripe's partial payments: the PaymentIntent is credited to the invoice, which stays open for the rest.
    assert world.gateway.attached == {"argent-pi_part-in_1234"}
    assert world.gateway.objects[("acme", "invoice", "in_1234")]["amount_remaining"] == 14900
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234").balance == Decimal("149.00")
    assert not [c for c in escalation_cards(world.repo, "acme") if "source ledger" in c.reason]


def _bank_payment(amount: str, reference: str) -> Payment:
    return Payment(
        tenant_id="acme",
        payment_id="bank-9",
        customer_id="cus_1234",
        amount=Decimal(amount),
        currency="USD",
        received_on=date(2026, 3, 10),
        reference=reference,
    )


def test_a_bank_payment_of_a_whole_stripe_invoice_marks_it_paid_out_of_band(world: World) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    number = world.repo.get_invoice("acme", "cus_1234", "in_1234").number
    world.repo.put_record("acme", UNAPPLIED_KIND, "bank-9", _bank_payment("249.00", number))
    apply_pending(
        world.repo, world.clock, StripeCashWriteBack(lambda: world.deps), world.repo.get_tenant("acme")
    )
    assert world.gateway.payments == {"argent-bank-9-in_1234": "in_1234"}
    assert world.gateway.objects[("acme", "invoice", "in_1234")]["paid_out_of_band"] is True
    # Stripe then reports the invoice paid; the case resolves.
    world.deliver(event("invoice.paid", world.gateway.objects[("acme", "invoice", "in_1234")]))
    assert world.repo.get_case("acme", "cus_1234").state is CaseState.RESOLVED


def test_part_of_a_stripe_invoice_paid_by_bank_is_applied_here_and_handed_to_a_person_for_stripe(
    world: World,
) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    number = world.repo.get_invoice("acme", "cus_1234", "in_1234").number
    world.repo.put_record("acme", UNAPPLIED_KIND, "bank-9", _bank_payment("100.00", f"part of {number}"))
    apply_pending(
        world.repo, world.clock, StripeCashWriteBack(lambda: world.deps), world.repo.get_tenant("acme")
    )
    assert world.gateway.payments == {}  # Stripe cannot mark part of an invoice paid out of band
    assert world.repo.get_invoice("acme", "cus_1234", "in_1234").balance == Decimal("149.00")
    [card] = [c for c in escalation_cards(world.repo, "acme") if "source ledger" in c.reason]
    assert "record the part payment in Stripe by hand" in card.reason


def _funded(world: World, mode: str | None) -> dict:
    txn = fixture("openapi_fixture_customer_cash_balance_transaction.json")  # 50.00 EUR, eu_bank_transfer
    world.gateway.put("acme", customer_obj(txn["customer"], name="Sample Business"))
    if mode is not None:
        balance = {"object": "cash_balance", "id": txn["customer"], "customer": txn["customer"]}
        world.gateway.put("acme", {**balance, "settings": {"reconciliation_mode": mode}})
    return txn


@pytest.mark.parametrize("mode", ["automatic", "merchant_default", None])
def test_a_bank_transfer_stripe_reconciles_itself_is_not_applied_again(
    world: World, mode: str | None
) -> None:
    txn = _funded(world, mode)
    world.deliver(event("customer_cash_balance_transaction.created", txn))
    assert world.repo.list_records("acme", "unapplied_payment", Payment) == []


def test_a_bank_transfer_left_for_manual_reconciliation_goes_to_cash_application_once(world: World) -> None:
    txn = _funded(world, "manual")
    for _ in range(2):
        world.deliver(event("customer_cash_balance_transaction.created", txn))
    [payment] = world.repo.list_records("acme", "unapplied_payment", Payment)
    assert (payment.payment_id, payment.amount, payment.currency) == (txn["id"], Decimal("50.00"), "EUR")
    assert payment.reference == "Payment for Invoice 7FE1103-155"
    assert payment.payer_name == "Sample Business GmbH"  # the bank's sender name, which the matcher reads
    # The same for a customer on the account default when the tenant says the account reconciles manually.
    conn = stripe_events.connection(world.repo, "acme")
    world.repo.put_record(
        "acme",
        "stripe_connection",
        "current",
        conn.model_copy(update={"cash_balance_reconciliation": "manual"}),
    )
    other = {**txn, "id": "ccsbtxn_second", "customer": "cus_default"}
    world.gateway.put("acme", customer_obj("cus_default"))
    world.deliver(event("customer_cash_balance_transaction.created", other))
    assert len(world.repo.list_records("acme", "unapplied_payment", Payment)) == 2
    spent = {**txn, "id": "ccsbtxn_applied", "type": "applied_to_payment"}
    world.deliver(event("customer_cash_balance_transaction.created", spent))
    assert len(world.repo.list_records("acme", "unapplied_payment", Payment)) == 2


def test_cash_balance_money_is_never_marked_paid_out_of_band_on_a_stripe_invoice(world: World) -> None:
    obj = _open_invoice(world)
    world.deliver(event("invoice.finalized", obj))
    invoice = world.repo.get_invoice("acme", "cus_1234", obj["id"])
    payment = _bank_payment(str(invoice.balance), invoice.number).model_copy(
        update={"payment_id": "ccsbtxn_1"}
    )
    with pytest.raises(WriteBackError, match="cash balance") as refused:
        StripeCashWriteBack(lambda: world.deps).record_application("acme", invoice, payment, invoice.balance)
    assert not refused.value.retryable and world.gateway.payments == {}


def test_a_charge_without_a_payment_intent_is_kept_once_and_a_payment_intents_charge_is_left_to_it(
    world: World,
) -> None:
    legacy = fixture("payrails_data_charge.succeeded.json")
    # pay-rails keeps event.data without "object"; the charge is Stripe's, without a payment intent.
    legacy.update({"object": "charge", "payment_intent": None, "customer": "cus_1234", "created": 1773151200})
    world.gateway.put("acme", customer_obj("cus_1234"))
    world.gateway.put("acme", legacy)
    for _ in range(2):
        world.deliver(event("charge.succeeded", legacy))
    [payment] = world.repo.list_records("acme", "unapplied_payment", Payment)
    assert (payment.payment_id, payment.amount, payment.currency) == ("ch_chargeid", Decimal("5.00"), "USD")
    modern = {**fixture("openapi_fixture_charge.json"), "payment_intent": "pi_x", "captured": True}
    world.gateway.put("acme", modern)
    world.deliver(event("charge.succeeded", modern))
    assert len(world.repo.list_records("acme", "unapplied_payment", Payment)) == 1


def test_a_customer_message_that_cannot_go_out_is_handed_to_a_person_and_blocks_no_event(
    world: World,
) -> None:
    def broken(*_: object) -> str:
        raise RuntimeError("SES throttled")

    world.deps.answer = broken
    obj = _with_failure(world, None, stripe_retries=False)
    pi = world.gateway.retrieve("acme", "payment_intent", "pi_fail")
    pi["last_payment_error"] = {"type": "card_error", "code": "expired_card"}
    world.gateway.put("acme", pi)
    world.deliver(event("invoice.payment_failed", obj))
    world.deliver(event("customer.updated", customer_obj("cus_1234")))
    stored = world.repo.list_records("acme", "stripe_event", StripeEventRecord)
    assert all(s.processed_at is not None for s in stored)  # both events done, neither left pending
    assert world.events("cus_1234").count("PaymentFailed") == 1
    [card] = [c for c in escalation_cards(world.repo, "acme") if "could not be sent" in c.reason]
    assert "SES throttled" in card.reason and card.suggested_next_step.startswith("send the customer")
