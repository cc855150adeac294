from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import OpenInvoice, ReceivedPayment, match_payments, normalize_name
from chalicelib.domain.cashapp.references import candidate_keys

ROOT = Path(__file__).parents[3]


def inv(
    number: int,
    balance: str,
    customer: str = "c1",
    currency: str = "USD",
    name: str = "Northwind Traders Inc.",
) -> OpenInvoice:
    return OpenInvoice(
        id=f"i-{number}",
        number=f"INV-{number}",
        customer_id=customer,
        customer_name=name,
        currency=currency,
        total=Decimal(balance),
        balance=Decimal(balance),
    )


def pay(
    pid: str,
    amount: str,
    *,
    currency: str = "USD",
    customer: str | None = None,
    ref: str | None = None,
    remittance: str | None = None,
    payer: str = "",
) -> ReceivedPayment:
    return ReceivedPayment(
        id=pid,
        amount=Decimal(amount),
        currency=currency,
        customer_id=customer,
        reference=ref,
        remittance=remittance,
        payer_name=payer,
    )


def one(invoices: list[OpenInvoice], payment: ReceivedPayment):  # type: ignore[no-untyped-def]
    [result] = match_payments(invoices, [payment], name_similarity=rapidfuzz_similarity)
    return result


def apps(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.invoice_id: str(a.amount) for a in result.applications}


def test_a_reference_in_any_common_style_finds_the_invoice() -> None:
    ledger = [inv(1042, "1200.00"), inv(1043, "50.00")]
    for ref in [
        "INV-1042",
        "inv 1042",
        "Invoice #1042",
        "Rechnung Nr. 1042",
        "Facture n°1042",
        "PAYMENT REF INV1042 THX",
    ]:
        result = one(ledger, pay("p", "1200.00", ref=ref))
        assert (result.status.value, apps(result)) == ("applied", {"i-1042": "1200.00"}), ref


def test_purchase_order_numbers_amounts_and_dates_are_not_invoice_numbers() -> None:
    ledger = [inv(1042, "300.00"), inv(4500, "300.00"), inv(2026, "300.00")]
    result = one(ledger, pay("p", "300.00", ref="PO 4500 payment 1042.00 on 2026-03-01 for INV-1042"))
    assert apps(result) == {"i-1042": "300.00"}
    assert candidate_keys("PO 4500") == []


def test_lists_and_ranges_of_invoices_are_read() -> None:
    ledger = [inv(n, "100.00") for n in range(1042, 1046)]
    assert apps(one(ledger, pay("p", "400.00", ref="invoices 1042-1045"))) == {
        f"i-{n}": "100.00" for n in range(1042, 1046)
    }
    assert apps(one(ledger, pay("p", "200.00", ref="1042/1043"))) == {"i-1042": "100.00", "i-1043": "100.00"}


def test_a_small_typo_is_corrected_only_when_unique_within_the_customer() -> None:
    ledger = [inv(58213, "700.00"), inv(90001, "20.00")]
    assert apps(one(ledger, pay("p", "700.00", customer="c1", ref="INV 58231"))) == {"i-58213": "700.00"}


def test_a_lump_sum_is_applied_only_when_one_set_of_invoices_fits() -> None:
    ledger = [inv(1, "100.00"), inv(2, "250.00"), inv(3, "75.00")]
    assert apps(one(ledger, pay("p", "350.00", customer="c1"))) == {"i-1": "100.00", "i-2": "250.00"}
    ambiguous = [inv(1, "100.00"), inv(2, "50.00"), inv(3, "70.00"), inv(4, "80.00")]
    result = one(ambiguous, pay("p", "150.00", customer="c1"))
    assert result.status.value == "review" and result.applications == [] and result.candidates


def test_part_payment_and_short_pay_leave_the_invoice_open_on_purpose() -> None:
    ledger = [inv(1, "1000.00")]
    part = one(ledger, pay("p", "400.00", ref="INV-1"))
    assert (part.status.value, apps(part), part.short_pay) == ("partial", {"i-1": "400.00"}, None)
    short = one(ledger, pay("p", "980.00", ref="INV-1", remittance="INV-1 less 2% prompt payment discount"))
    assert short.status.value == "partial" and short.short_pay is not None
    assert (short.short_pay.amount, short.short_pay.reason) == (Decimal("20.00"), "early_payment_discount")


def test_an_overpayment_holds_the_remainder_and_a_second_payment_is_held_whole() -> None:
    ledger = [inv(1, "100.00")]
    results = match_payments(ledger, [pay("a", "130.00", ref="INV-1"), pay("b", "100.00", ref="INV-1")])
    assert [(r.status.value, str(r.unapplied)) for r in results] == [
        ("unapplied", "30.00"),
        ("unapplied", "100.00"),
    ]
    assert apps(results[1]) == {}


def test_a_payer_name_as_the_bank_writes_it_identifies_the_customer() -> None:
    ledger = [
        inv(1, "812.40", "c1", name="Northwind Traders Inc."),
        inv(2, "99.00", "c2", name="Contoso Pharma GmbH"),
    ]
    assert normalize_name("NORTHWIND TRADERS, INC") == normalize_name("Northwind Traders Inc.")
    assert apps(one(ledger, pay("p", "812.40", payer="NORTHWIND TRADERS"))) == {"i-1": "812.40"}


def test_money_never_crosses_currencies() -> None:
    ledger = [inv(1, "100.00", currency="USD"), inv(2, "100.00", "c2", currency="EUR", name="Other SARL")]
    result = one(ledger, pay("p", "100.00", currency="EUR", customer="c1", ref="INV-1"))
    assert result.status.value == "unapplied" and result.applications == []


def test_a_reference_that_disagrees_with_the_amount_goes_to_review() -> None:
    ledger = [inv(100, "40.00"), inv(101, "500.00")]
    result = one(ledger, pay("p", "500.00", customer="c1", ref="INV-100"))
    assert result.status.value == "review" and result.applications == []


def test_bad_payments_get_an_error_and_the_rest_is_processed() -> None:
    ledger = [inv(1, "100.00"), inv(2, "200.00")]
    results = match_payments(
        ledger,
        [
            pay("a", "-5.00", ref="INV-1"),
            pay("b", "100.00", ref="INV-1"),
            pay("b", "200.00", ref="INV-2"),
            pay("c", "10.00", currency="JPY"),
            ValueError("unreadable line"),
            pay("d", "200.00", ref="INV-2"),
        ],
    )
    assert [r.status.value for r in results] == ["review", "applied", "review", "review", "review", "applied"]
    assert all(r.error for r in (results[0], results[2], results[3], results[4]))


def test_payments_consume_balances_in_order() -> None:
    ledger = [inv(1, "100.00")]
    results = match_payments(ledger, [pay("a", "60.00", ref="INV-1"), pay("b", "40.00", ref="INV-1")])
    assert [apps(r) for r in results] == [{"i-1": "60.00"}, {"i-1": "40.00"}]


@settings(max_examples=60, deadline=None)
@given(
    balances=st.lists(st.integers(min_value=1, max_value=50_000), min_size=1, max_size=8),
    amounts=st.lists(st.integers(min_value=1, max_value=80_000), min_size=1, max_size=8),
    refs=st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=9)), min_size=8, max_size=8),
)
def test_applications_and_unapplied_add_up_and_no_invoice_goes_below_zero(
    balances: list[int], amounts: list[int], refs: list[int | None]
) -> None:
    ledger = [inv(1000 + k, str(Decimal(b) / 100)) for k, b in enumerate(balances)]
    payments = [
        pay(
            f"p{k}",
            str(Decimal(a) / 100),
            customer="c1",
            ref=None if refs[k] is None else f"INV-{1000 + refs[k]}",
        )
        for k, a in enumerate(amounts)
    ]
    remaining = {i.id: i.balance for i in ledger}
    for payment, result in zip(payments, match_payments(ledger, payments), strict=True):
        assert sum((a.amount for a in result.applications), Decimal(0)) + result.unapplied == payment.amount
        for a in result.applications:
            remaining[a.invoice_id] -= a.amount
            assert remaining[a.invoice_id] >= 0 and a.amount > 0


def test_the_cli_writes_one_result_per_payment_in_order(tmp_path: Path) -> None:
    invoices = [i.model_dump(mode="json") for i in [inv(1, "100.00"), inv(2, "50.00")]]
    payments = [
        {"id": "p1", "amount": "100.00", "currency": "USD", "reference": "INV-1"},
        {"id": "p2", "amount": "oops", "currency": "USD"},
        {"id": "p3", "amount": "50.00", "currency": "USD", "reference": "INV-2"},
    ]
    (tmp_path / "i.json").write_text(json.dumps(invoices))
    (tmp_path / "p.json").write_text(json.dumps(payments))
    cmd = [
        sys.executable,
        "-m",
        "chalicelib.cli",
        "match",
        "--invoices",
        str(tmp_path / "i.json"),
        "--payments",
        str(tmp_path / "p.json"),
        "--out",
        str(tmp_path / "o.json"),
    ]
    assert subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True).returncode == 0
    out = json.loads((tmp_path / "o.json").read_text())
    assert [(o["payment_id"], o["status"]) for o in out] == [
        ("p1", "applied"),
        ("p2", "review"),
        ("p3", "applied"),
    ]
    assert out[1]["error"] and out[0]["applications"] == [{"invoice_id": "i-1", "amount": "100.00"}]
