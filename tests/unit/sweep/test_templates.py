"""Every template in every language states the facts exactly and passes the guardrails."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from chalicelib.adapters.jinja_drafts import JinjaDrafts, TemplateMissingError
from chalicelib.domain.case import Promise
from chalicelib.domain.decision import ActionKind, Decision, Purpose, Tone
from chalicelib.services.drafting import LANGUAGES, GuardrailsCheck, draft_context
from tests.conftest import NOW
from tests.factories import customer, invoice, open_case, tenant

COMBOS = [(Purpose.REMINDER, t) for t in Tone] + [
    (Purpose.PRE_DUE, Tone.FRIENDLY),
    (Purpose.PROMISE_CONFIRMATION, Tone.FRIENDLY),
    (Purpose.COPY_INVOICE, Tone.FRIENDLY),
    (Purpose.BROKEN_PROMISE, Tone.FIRM),
    (Purpose.CONFIRM_PAYMENT, Tone.FRIENDLY),
    (Purpose.UPDATE_PAYMENT_METHOD, Tone.FRIENDLY),
]
TODAY = date(2026, 3, 10)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("purpose", "tone"), COMBOS, ids=str)
def test_each_template_states_every_fact_and_passes_the_guardrails(
    language: str, purpose: Purpose, tone: Tone
) -> None:
    invoices = [
        invoice(
            invoice_id="a", due=TODAY - timedelta(days=40), amount="1200.50", pay_url="https://pay.example/a"
        ),
        invoice(invoice_id="b", due=TODAY - timedelta(days=12), amount="80.00", currency="EUR"),
    ]
    case = open_case(NOW)
    case.promise = Promise(due=TODAY + timedelta(days=5), amount=None, captured_at=NOW)
    decision = Decision(kind=ActionKind.SEND, purpose=purpose, tone=tone, invoice_ids=("a", "b"))
    t = tenant(signature="Acme Ltd - Accounts Receivable")
    context, ledger = draft_context(t, customer(locale=language), case, invoices, decision, today=TODAY)
    subject, body = JinjaDrafts().render(language, purpose, tone, context)
    text = f"{subject}\n{body}"
    for fact in ("INV-a", "INV-b", "1200.50 USD", "80.00 EUR", (TODAY - timedelta(days=40)).isoformat()):
        assert fact in text, fact
    assert "https://pay.example/a" in body and "Acme Ltd - Accounts Receivable" in body
    if purpose in (Purpose.PROMISE_CONFIRMATION, Purpose.BROKEN_PROMISE):
        assert (TODAY + timedelta(days=5)).isoformat() in text
    assert "None" not in text and "{{" not in text
    assert set(ledger.invoice_numbers) == {"INV-a", "INV-b"}
    ledger = replace(ledger, other_customer_names=("Globex Corp",))
    assert GuardrailsCheck().check(subject, body, ledger=ledger) == []


def test_an_unknown_language_is_a_missing_template_not_a_crash() -> None:
    with pytest.raises(TemplateMissingError):
        JinjaDrafts().render("xx", Purpose.REMINDER, Tone.FRIENDLY, {})


def test_a_template_missing_a_value_fails_loudly() -> None:
    with pytest.raises(Exception, match="undefined"):
        JinjaDrafts().render("en", Purpose.REMINDER, Tone.FRIENDLY, {"invoices": []})


def test_an_edit_that_changes_a_number_is_stopped_by_grounding() -> None:
    invoices = [invoice(invoice_id="1042", due=TODAY - timedelta(days=20), amount="4200.00")]
    decision = Decision(kind=ActionKind.SEND, purpose=Purpose.REMINDER, tone=Tone.FIRM, invoice_ids=("1042",))
    _, ledger = draft_context(tenant(), customer(), open_case(NOW), invoices, decision, today=TODAY)
    guard = GuardrailsCheck()
    ok = f"Invoice INV-1042 for 4200.00 USD was due on {(TODAY - timedelta(days=20)).isoformat()}."
    assert guard.check("Reminder", ok, ledger=ledger) == []
    wrong_amount = guard.check("Reminder", ok.replace("4200.00", "4000.00"), ledger=ledger)
    wrong_invoice = guard.check("Reminder", ok.replace("INV-1042", "INV-1024"), ledger=ledger)
    assert any("amount" in v for v in wrong_amount) and any("invoice_number" in v for v in wrong_invoice)
    assert "discount_offer" in guard.check(
        "Reminder", ok + " Pay today and get a 10% discount.", ledger=ledger
    )
