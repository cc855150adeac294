"""Session 30: an order number in the Baltic languages (Latvian pasūtījums, Lithuanian užsakymas, Estonian
tellimus), Icelandic, Greek or Ukrainian that happens to be another customer's invoice number is the payer's own numbering, not a mention of that invoice; a second payment of
the same invoice, once the first has taken its balance, is held on account."""

from __future__ import annotations

import pytest

from chalicelib.domain.cashapp import OpenInvoice, Status
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run


def _timber() -> list[OpenInvoice]:
    return [
        inv("520114", "1880.40", "c2", "EUR", "Kuusiranta Puutavara Oy"),
        inv("517302", "26410.05", "c1", "EUR", "SIA Vidzemes Koka Nami"),
        inv("517488", "9120.00", "c1", "EUR", "SIA Vidzemes Koka Nami"),
    ]


@pytest.mark.parametrize(
    "ref",
    [
        "pasūtījums Nr. 520114",
        "pasūtījuma nr 520114",
        "PASUTIJUMS 520114",
        "užsakymas Nr. 520114",
        "užsakymo nr. 520114",
        "tellimus 520114",
        "ostutellimuse nr 520114",
        "pöntun nr. 520114",
        "Παραγγελία αρ. 520114",
        "замовлення № 520114",
    ],
)
def test_a_baltic_order_number_equal_to_another_customers_invoice_leaves_the_exact_amount_to_decide(
    ref: str,
) -> None:
    result = one(
        _timber(), pay("p", "26410.05", currency="EUR", customer="c1", ref=ref, payer="VIDZEMES KOKA")
    )
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-517302": "26410.05"})


@pytest.mark.parametrize("ref", ["rēķins Nr. 520114", "arve 520114", "sąskaita 520114", "520114"])
def test_another_customers_invoice_named_as_an_invoice_still_goes_to_review(ref: str) -> None:
    # Near miss: the same number called an invoice (Latvian rēķins, Estonian arve, Lithuanian sąskaita) or written
    # bare is a mention of that invoice: a typo, or paying for someone else, which a person decides.
    result = one(
        _timber(), pay("p", "26410.05", currency="EUR", customer="c1", ref=ref, payer="VIDZEMES KOKA")
    )
    assert result.status == Status.REVIEW


def test_an_invoice_named_beside_an_order_number_is_still_the_invoice_paid() -> None:
    # Near miss: the order word blanks only its own number; the invoice written before it still counts.
    result = one(
        _timber(),
        pay(
            "p",
            "9120.00",
            currency="EUR",
            customer="c1",
            ref="rēķins 517302, pasūtījums 520114",
            payer="VIDZEMES",
        ),
    )
    assert result.status == Status.REVIEW
    assert result.candidates[0] == ["i-517302"]


def test_a_second_payment_of_an_invoice_the_order_numbered_payment_settled_is_held_on_account() -> None:
    first, second = run(
        _timber(),
        pay(
            "p1",
            "26410.05",
            currency="EUR",
            customer="c1",
            ref="pasūtījums Nr. 520114",
            payer="VIDZEMES KOKA",
        ),
        pay("p2", "26410.05", currency="EUR", customer="c1", ref="rēķins Nr. 517302", payer="VIDZEMES KOKA"),
    )
    assert (first.status, apps(first)) == (Status.APPLIED, {"i-517302": "26410.05"})
    assert (second.status, apps(second)) == (Status.UNAPPLIED, {})


def _school() -> list[OpenInvoice]:
    return [
        inv("SI-88410", "762.39", "k9", "GBP", "Holy Trinity Primary School"),
        inv("SI-88452", "1204.18", "k9", "GBP", "Holy Trinity Primary School"),
    ]


def test_a_whole_fifty_just_under_one_invoice_with_no_reference_is_held_on_account() -> None:
    # 750.00 is SI-88410 less 12.39: a sum a person picked (an instalment, money on account), which a bank's
    # charge on a transfer of that invoice never leaves.
    result = one(_school(), pay("p", "750.00", currency="GBP", customer="k9", payer="HOLY TRINITY PRIM"))
    assert (result.status, apps(result)) == (Status.UNAPPLIED, {})


@pytest.mark.parametrize("amount", ["752.39", "751.00", "755.00"])
def test_an_odd_sum_just_under_one_invoice_with_no_reference_goes_to_review_as_bank_charges(
    amount: str,
) -> None:
    # Near miss: the invoice less a fee (752.39), or a sum of whole units that is no fifty (751.00, 755.00).
    result = one(_school(), pay("p", amount, currency="GBP", customer="k9", payer="HOLY TRINITY PRIM"))
    assert result.status == Status.REVIEW
    assert result.candidates[0] == ["i-SI-88410"]


def _taverns() -> list[OpenInvoice]:
    return [
        inv("HT-70112", "1250.40", "s1", "GBP", "Harbour Taverns Ltd (The Anchor, Whitby)"),
        inv("HT-70348", "3310.00", "s2", "GBP", "Harbour Taverns Ltd (The Lantern, Filey)"),
        inv("HT-70355", "980.15", "s3", "GBP", "Harbour Taverns Ltd (The Gull, Staithes)"),
    ]


def _advice(*, sites: bool = True, figure: str = "  -£45.20") -> str:
    anchor, lantern, gull = (
        ("The Anchor, Whitby", "The Lantern, Filey", "The Gull, Staithes") if sites else ("",) * 3
    )
    return (
        "Payment advice - Harbour Taverns Ltd\n"
        f"  HT-70112  {anchor}  £1,250.40\n"
        f"  HT-70348  {lantern}  £3,310.00\n"
        f"  HT-70355  {gull}  £980.15\n"
        f"  Less credit note CN-2291 (returned kegs) against HT-70348{figure}\n"
    )


def test_a_company_paying_its_sites_invoices_less_a_stated_credit_note_is_a_short_pay_on_that_invoice() -> (
    None
):
    result = one(
        _taverns(),
        pay(
            "p",
            "5495.35",
            currency="GBP",
            customer="s1",
            ref="REMITTANCE",
            remittance=_advice(),
            payer="HARBOUR TAV",
        ),
    )
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-HT-70112": "1250.40", "i-HT-70348": "3264.80", "i-HT-70355": "980.15"},
    )
    assert result.short_pay is not None
    assert (result.short_pay.invoice_id, str(result.short_pay.amount)) == ("i-HT-70348", "45.20")


def test_a_company_paying_its_sites_invoices_in_full_names_each_site_and_is_applied() -> None:
    advice = _advice(figure="").replace("  Less credit note CN-2291 (returned kegs) against HT-70348\n", "")
    result = one(
        _taverns(),
        pay(
            "p",
            "5540.55",
            currency="GBP",
            customer="s1",
            ref="REMITTANCE",
            remittance=advice,
            payer="HARBOUR TAV",
        ),
    )
    assert result.status == Status.APPLIED
    assert set(apps(result)) == {"i-HT-70112", "i-HT-70348", "i-HT-70355"}


@pytest.mark.parametrize(("sites", "figure"), [(False, "  -£45.20"), (True, "")])
def test_sister_sites_invoices_are_not_settled_without_each_site_named_or_the_deduction_stated(
    sites: bool, figure: str
) -> None:
    # Near misses: the lines name no site (a bare list of other customers' numbers moves no cash across accounts),
    # or the credit note gives no figure for the shortfall.
    result = one(
        _taverns(),
        pay(
            "p",
            "5495.35",
            currency="GBP",
            customer="s1",
            ref="REMITTANCE",
            remittance=_advice(sites=sites, figure=figure),
            payer="HARBOUR TAV",
        ),
    )
    assert result.status == Status.REVIEW


def test_a_sister_company_paying_another_companys_invoices_less_a_deduction_goes_to_review() -> None:
    # Near miss: two companies of one group (each its own legal entity, not sites of one), one paying the other's
    # invoice short: moving cash across their accounts is a person's call.
    ledger = [
        inv("HT-70112", "1250.40", "s1", "GBP", "Harbour Taverns Whitby Ltd"),
        inv("HT-70348", "3310.00", "s2", "GBP", "Harbour Taverns Filey Ltd"),
    ]
    advice = (
        "Payment advice - Harbour Taverns Whitby Ltd\n  HT-70112  Harbour Taverns Whitby Ltd  £1,250.40\n"
        "  HT-70348  Harbour Taverns Filey Ltd  £3,310.00\n"
        "  Less credit note CN-2291 (returned kegs) against HT-70348  -£45.20\n"
    )
    result = one(
        ledger,
        pay(
            "p",
            "4515.20",
            currency="GBP",
            customer="s1",
            ref="REMITTANCE",
            remittance=advice,
            payer="HARBOUR TAV",
        ),
    )
    assert result.status == Status.REVIEW
