"""Stripe's own invoice and customer objects (real fixtures) as Argent's Invoice and Customer."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from chalicelib.domain.ledger import InvoiceSource, InvoiceStatus
from chalicelib.services.stripe_events import amount_of, map_customer, map_invoice

FIX = Path(__file__).parents[2] / "fixtures" / "stripe"


def _load(name: str) -> dict[str, Any]:
    data = json.loads((FIX / name).read_text())
    if data.get("object") == "event":
        return data["data"]["object"]
    return data["object"] if isinstance(data.get("object"), dict) else data


def test_a_paid_invoice_from_stripe() -> None:
    inv = map_invoice("acme", _load("payrails_invoice_object.json"), read_at="2026-03-10T14:00:00+00:00")
    assert inv is not None
    assert (inv.invoice_id, inv.customer_id, inv.number) == (
        "in_1RFFohKXBGcbgpbZk9MxzDMc",
        "cus_S9YwWMaQEgeJYO",
        "228BBE4A-0001",
    )
    assert (inv.status, inv.total, inv.balance, inv.currency) == (
        InvoiceStatus.PAID,
        Decimal("245.12"),
        Decimal("0.00"),
        "USD",
    )
    assert (
        inv.source is InvoiceSource.STRIPE
        and inv.pay_url
        and inv.pay_url.startswith("https://invoice.stripe.com/")
    )
    # charge_automatically: no due_date at Stripe, so due when finalized.
    assert inv.due_date == inv.issue_date == date(2025, 4, 18)


def test_an_open_and_a_voided_invoice() -> None:
    failed = map_invoice("acme", _load("payrails_data_invoice.payment_failed.json"), read_at="x")
    assert failed is not None and (failed.status, failed.balance) == (InvoiceStatus.OPEN, Decimal("249.00"))
    voided = map_invoice("acme", _load("zulip_invoice.voided_send_invoice.json"), read_at="x")
    assert voided is not None and voided.status is InvoiceStatus.VOID and not voided.is_open
    assert voided.total == Decimal("9840.00")


def test_a_draft_is_not_ours_to_chase() -> None:
    draft = json.loads((FIX / "openapi_fixture_customer.json").read_text())
    assert (
        map_invoice("acme", {**draft, "object": "invoice", "status": "draft", "currency": "usd"}, read_at="x")
        is None
    )


def test_minor_units_are_integers_scaled_by_the_currency() -> None:
    assert amount_of(1999, "USD") == Decimal("19.99")
    assert amount_of(1999, "JPY") == Decimal("1999")
    assert amount_of(1999, "BHD") == Decimal("1.999")
    assert isinstance(amount_of(1, "EUR"), Decimal)


def test_a_customer_keeps_contacts_argent_learned_and_ignores_a_bad_time_zone() -> None:
    obj = {
        **_load("openapi_fixture_customer.json"),
        "email": "billing@globex.example",
        "name": "Globex",
        "metadata": {"time_zone": "Mars/Olympus"},
    }
    first = map_customer("acme", obj, None)
    assert [c.email for c in first.contacts] == ["billing@globex.example"] and first.time_zone == "UTC"
    from chalicelib.domain.ledger import Contact, ContactRole

    learned = first.model_copy(
        update={"contacts": [*first.contacts, Contact(email="ap@globex.example", role=ContactRole.AP)]}
    )
    again = map_customer("acme", {**obj, "email": "new-billing@globex.example"}, learned)
    assert [c.email for c in again.contacts] == ["new-billing@globex.example", "ap@globex.example"]
