"""BedrockPersonaliser through botocore's Stubber, and the drafting service's ledger check on its answer."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import boto3
from botocore.stub import ANY, Stubber

from chalicelib.adapters.bedrock_drafts import BedrockPersonaliser
from chalicelib.adapters.jinja_drafts import JinjaDrafts
from chalicelib.domain.decision import ActionKind, Decision, Purpose, Tone
from chalicelib.services.drafting import GuardrailsCheck, make_draft
from tests.conftest import NOW
from tests.factories import customer, invoice, open_case, tenant

TODAY = NOW.date()
MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


def _answer(text: str, stop: str = "end_turn") -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": stop,
        "usage": {"inputTokens": 10, "outputTokens": 10, "totalTokens": 20},
        "metrics": {"latencyMs": 100},
    }


def _draft(answer: dict[str, Any] | None, *, error: str | None = None):  # type: ignore[no-untyped-def]
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    stub = Stubber(client)
    expected = {"modelId": MODEL, "system": ANY, "messages": ANY, "inferenceConfig": ANY}
    if error:
        stub.add_client_error("converse", service_error_code=error, http_status_code=429)
    else:
        stub.add_response("converse", answer, expected)
    inv = invoice(invoice_id="a", due=TODAY - timedelta(days=20), amount="1200.50")
    decision = Decision(
        kind=ActionKind.SEND, purpose=Purpose.REMINDER, tone=Tone.FRIENDLY, invoice_ids=("a",)
    )
    with stub:
        return make_draft(
            JinjaDrafts(),
            GuardrailsCheck(),
            tenant=tenant(),
            customer=customer(),
            case=open_case(NOW),
            invoices=[inv],
            decision=decision,
            today=TODAY,
            personaliser=BedrockPersonaliser(client, MODEL),
        )


GOOD = (
    "Subject: A quick note about INV-a\n\nHi there,\n\nJust a gentle nudge: invoice INV-a for 1200.50 USD "
    "(due {due}, issued {issued}) is still open. Total 1200.50 USD.\n\nThanks,\nacme Ltd"
)


def _good(**kw: str) -> str:
    due = TODAY - timedelta(days=20)
    return GOOD.format(due=due.isoformat(), issued=(due - timedelta(days=30)).isoformat(), **kw)


def test_a_rewrite_that_keeps_every_fact_is_used() -> None:
    draft = _draft(_answer(_good()))
    assert draft.source == "personalised" and "gentle nudge" in draft.body


def test_a_rewrite_that_changes_an_amount_falls_back_to_the_template() -> None:
    draft = _draft(_answer(_good().replace("1200.50 USD", "1100.50 USD")))
    assert draft.source == "template" and "1200.50 USD" in draft.body
    assert any("dropped" in n for n in draft.notes)


def test_a_rewrite_that_adds_a_number_falls_back_to_the_template() -> None:
    draft = _draft(_answer(_good() + "\nPlease pay within 5 days."))
    assert draft.source == "template" and any("added" in n for n in draft.notes)


def test_a_rewrite_the_guardrails_block_falls_back_to_the_template() -> None:
    text = _good().replace("Just a gentle nudge:", "We will waive the late fee if you pay now:")
    draft = _draft(_answer(text))
    assert draft.source == "template" and any("blocked" in n for n in draft.notes)


def test_bedrock_unavailable_or_cut_off_means_the_template() -> None:
    assert _draft(None, error="ThrottlingException").source == "template"
    assert _draft(_answer(_good(), stop="max_tokens")).source == "template"
