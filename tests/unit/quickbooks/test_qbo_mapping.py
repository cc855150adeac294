"""QBO JSON (real sandbox objects from Airbyte's connector tests) -> our Customer, Invoice and Payment."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from chalicelib.adapters import quickbooks_mapping as m
from chalicelib.domain.ledger import ContactRole, InvoiceSource, InvoiceStatus

FIX = Path(__file__).parents[2] / "fixtures" / "quickbooks"


def qbo(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIX / name).read_text(), parse_float=Decimal)["data"]
    return data


def test_a_customer_keeps_its_display_name_email_and_a_zone_from_its_billing_state() -> None:
    customer = m.customer_from_qbo("acme", qbo("airbyte_record_customer_3.json"))
    assert customer.customer_id == "qbo-3" and customer.name == "Cool Cars"
    assert [(c.email, c.name, c.role) for c in customer.contacts] == [
        ("Cool_Cars@intuit.com", "Grace Pariente", ContactRole.BILLING)
    ]
    assert customer.time_zone == "America/Los_Angeles"  # BillAddr CountrySubDivisionCode CA
    assert customer.customer_since == date(2023, 2, 11)  # 16:51 -08:00 is the next day in UTC


def test_a_customer_keeps_its_currency_and_terms() -> None:
    obj = qbo("airbyte_record_customer_3.json")
    assert (m.customer_from_qbo("acme", obj).currency, m.customer_from_qbo("acme", obj).payment_terms) == (
        "USD",
        None,
    )
    # The term as QBO names it on the customer (the same ref shape the fixture invoices carry).
    with_terms = obj | {"SalesTermRef": {"value": "3", "name": "Net 30"}, "CurrencyRef": {"value": "eur"}}
    customer = m.customer_from_qbo("acme", with_terms)
    assert (customer.currency, customer.payment_terms) == ("EUR", "Net 30")
    odd = m.customer_from_qbo("acme", obj | {"CurrencyRef": {"value": "XXQ"}, "SalesTermRef": {"value": "7"}})
    assert (odd.currency, odd.payment_terms) == (None, "QuickBooks term 7")


def test_a_sub_customer_job_is_its_own_customer_under_its_display_name() -> None:
    customer = m.customer_from_qbo("acme", qbo("airbyte_record_customer_8_subcustomer_job.json"))
    assert customer.customer_id == "qbo-8" and customer.name == "0969 Ocean View Road"


def test_several_addresses_typed_in_one_field_become_several_contacts_and_an_ap_mailbox_comes_first() -> None:
    obj = {
        **qbo("airbyte_record_customer_3.json"),
        "PrimaryEmailAddr": {"Address": "grace@cool.example, ap@cool.example"},
    }
    customer = m.customer_from_qbo("acme", obj)
    assert [c.email for c in customer.reachable_contacts()] == ["ap@cool.example", "grace@cool.example"]
    assert customer.reachable_contacts()[0].role is ContactRole.AP


def test_an_open_invoice_maps_amounts_exactly_and_its_update_time_in_utc() -> None:
    invoice = m.invoice_from_qbo("acme", qbo("airbyte_record_invoice_130_open.json"))
    assert (invoice.invoice_id, invoice.customer_id, invoice.number) == ("qbo-130", "qbo-24", "1037")
    assert (invoice.total, invoice.balance, invoice.currency) == (Decimal("362.07"), Decimal("362.07"), "USD")
    assert (invoice.issue_date, invoice.due_date) == (date(2023, 2, 18), date(2023, 3, 20))
    assert invoice.status is InvoiceStatus.OPEN and invoice.source is InvoiceSource.QUICKBOOKS
    assert invoice.source_updated_at == "2023-02-18T21:16:17+00:00"


def test_a_zero_balance_invoice_is_paid_and_a_voided_one_is_void() -> None:
    assert m.invoice_from_qbo("acme", qbo("airbyte_record_invoice_12_paid.json")).status is InvoiceStatus.PAID
    voided = m.invoice_from_qbo("acme", qbo("airbyte_record_invoice_130_open.json"), voided=True)
    assert voided.status is InvoiceStatus.VOID and not voided.is_open


def test_the_api_reference_sample_invoice_maps_too() -> None:
    obj = json.loads((FIX / "pipedream_intuit_sample_invoice_239.json").read_text(), parse_float=Decimal)
    invoice = m.invoice_from_qbo("acme", obj)
    assert (invoice.number, invoice.balance, invoice.due_date) == (
        "1070",
        Decimal("150.0"),
        date(2015, 8, 23),
    )


def test_a_payment_is_applied_as_quickbooks_applied_it() -> None:
    obj = qbo("airbyte_record_payment_120_linked_invoice_12.json")
    payment = m.payment_from_qbo("acme", obj)
    assert payment is not None
    assert (payment.payment_id, payment.customer_id, payment.amount) == (
        "qbo-120",
        "qbo-3",
        Decimal("1675.52"),
    )
    assert payment.applied_to == {"qbo-12": Decimal("1675.52")} and payment.unapplied == 0
    assert m.unapplied_amount(obj) == 0


def test_a_payment_without_invoice_lines_is_all_unapplied() -> None:
    obj = {**qbo("airbyte_record_payment_101_linked_invoice_67.json"), "Line": []}
    obj.pop("UnappliedAmt")
    assert m.invoice_links(obj) == {} and m.unapplied_amount(obj) == Decimal("220.0")


def test_a_cdc_deletion_is_recognised_and_a_time_without_offset_is_refused() -> None:
    assert m.is_deleted({"status": "Deleted", "Id": "5"})
    with pytest.raises(m.QboMappingError):
        m.to_utc("2023-02-18T13:16:17")
