"""Session 39: subcontractors' payment runs and Nordic giro references.

- A lump sum with no invoice list that is exactly one small set of a customer's many open invoices (three or more,
  no other set up to one size beyond) is that set, though the search also hits large sets that add up by chance or
  gives up before ruling them out; a lone pair, or a second set one size larger, stays a question.
- A customer our systems know by id but who has nothing open ("MOBILISATION", "Anzahlung", "Förskott"): cash on
  account, not an unidentified payer (an id of zeros is a placeholder, no customer).
- A KID/OCR built from the invoice number without its padding zeros ("87932307207" for NB-0230720) names it.
- An overpayment whose rest is exactly what an earlier short pay left open on another invoice: that rest is the
  deduction's to clear, the excess is held on account.
- A transfer of exactly twice the invoice it names: paid twice in one go, the rest held, even where other sets of
  invoices add up to the rest.
- "PART PAY INV018533" for a round amount that another invoice, no slip of that number, happens to owe: a part
  payment of the invoice written out.
"""

import random
from decimal import Decimal
from typing import Any

import pytest

from chalicelib.commands.match import match_files
from chalicelib.domain.cashapp import engine


def _inv(
    iid: str,
    number: str,
    balance: str,
    *,
    customer: str = "C1",
    name: str = "Harbourside Mechanical Ltd",
    currency: str = "GBP",
    issued: str = "2025-01-10",
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": issued,
        "due_date": "2025-02-09",
    }


def _pay(amount: str, reference: str | None, remittance: str | None = None, **over: Any) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2025-03-20",
        "amount": amount,
        "currency": "GBP",
        "payer_name": "HARBOURSIDE MECHANICAL",
        "customer_id": "C1",
        "reference": reference,
        "remittance": remittance,
        **over,
    }


def _applied(result: dict[str, Any]) -> dict[str, Decimal]:
    return {a["invoice_id"]: Decimal(a["amount"]) for a in result["applications"]}


# Twenty-three open invoices: three of them (2, 11, 13) add up to 23,090.89, and so, by chance, do eight others.
_VALUES = [
    "920.37", "2115.36", "20517.88", "284.76", "1310.40", "640.00", "15285.61", "1101.75", "153.71", "3864.60",
    "406.70", "1267.86", "5120.00", "1305.15", "1860.44", "2760.00", "705.00", "3120.00", "9875.12", "456.00",
    "12500.00", "7340.28", "18669.95",
]  # fmt: skip


def _many(values: list[str]) -> list[dict[str, Any]]:
    return [
        _inv(f"m-{k}", f"INV-0{19000 + k}", v, issued=f"2025-01-{k % 28 + 1:02d}")
        for k, v in enumerate(values)
    ]


@pytest.mark.parametrize(
    "reference", ["PAYMENT RUN", "Inbetalning mars", "BONIFICO SEPA", "Virement fournisseur"]
)
def test_one_small_set_among_sets_adding_up_by_chance_is_the_set(reference: str) -> None:
    out, _ = match_files(_many(_VALUES), [_pay("23090.89", reference)])
    assert out[0]["status"] == "applied"
    assert set(_applied(out[0])) == {"m-2", "m-11", "m-13"}


def test_a_second_set_one_size_larger_keeps_the_small_set_a_question() -> None:
    # 15,285.61 + 5,120.00 + 1,101.75 + 1,583.53 is a set of four making 23,090.89 too.
    out, _ = match_files(_many([*_VALUES, "1583.53"]), [_pay("23090.89", "PAYMENT RUN")])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


def _chance_book(seed: int) -> tuple[list[dict[str, Any]], list[int]]:
    """Thirty invoices, and one of them priced so that eight others add up to the sum of the first two."""
    rng = random.Random(seed)
    cents = [rng.randrange(50_000, 2_500_000) for _ in range(30)]
    cents[0] += 4_000_000
    cents[1] += 3_000_000
    cents[2:9] = [rng.randrange(50_000, 600_000) for _ in range(7)]
    target = cents[0] + cents[1]
    cents[29] = target - sum(cents[2:9])
    return _many([str(Decimal(c) / 100) for c in cents]), cents


def test_a_lone_pair_among_many_invoices_stays_a_question() -> None:
    seed = next(
        s
        for s in range(200)
        if (cents := _chance_book(s)[1])[29] > 0
        and len(engine._small_subsets(cents, cents[0] + cents[1], most=6, limit=2)) == 1
    )
    book, cents = _chance_book(seed)
    amount = str(Decimal(cents[0] + cents[1]) / 100)
    out, _ = match_files(book, [_pay(amount, "FP TRANSFER")])
    assert out[0]["status"] == "review"


@pytest.mark.parametrize(
    ("reference", "payer"),
    [
        ("MOBILISATION", "LOUGH NEAGH LEISURE LTD"),
        ("Anzahlung Projekt Nord", "Engelhardt Haustechnik GmbH"),
        ("Förskott enligt avtal", "Sjöviks Fastigheter AB"),
        ("Acompte chantier", "SCI LES TERRASSES"),
    ],
)
def test_a_customer_known_by_id_with_nothing_open_has_its_cash_held_on_account(
    reference: str, payer: str
) -> None:
    out, _ = match_files(
        _many(_VALUES[:5]), [_pay("4288.52", reference, payer_name=payer, customer_id="CUST-7110")]
    )
    assert out[0]["status"] == "unapplied"
    assert out[0]["applications"] == []


@pytest.mark.parametrize("customer_id", [None, "CU-00000"])
def test_an_unknown_payer_without_a_real_id_and_nothing_pointing_anywhere_stays_a_question(
    customer_id: str | None,
) -> None:
    out, _ = match_files(
        _many(_VALUES[:5]), [_pay("4288.52", "DEPOSIT", payer_name="ACME", customer_id=customer_id)]
    )
    assert out[0]["status"] == "review"


_NORDIC = [
    _inv("n-1", "NB-0230720", "12153.36", customer="N1", name="Fjordbygg Entreprenør AS", currency="NOK"),
    _inv("n-2", "NB-0231391", "1575.00", customer="N2", name="Haugaland Rør og Varme AS", currency="NOK"),
    _inv("n-3", "NB-0231392", "2380.50", customer="N3", name="Sørensen Tømrer AS", currency="NOK"),
]


@pytest.mark.parametrize(
    ("reference", "payer", "invoice"),
    [
        ("87932307207", "Fjordbygg Vest", "n-1"),
        ("KID 92962313919", "Resurs Bank AB", "n-2"),
        ("OCR 4402313929", "Svea Ekonomi AB", "n-3"),
    ],
)
def test_a_structured_reference_built_from_the_number_without_its_padding_names_it(
    reference: str, payer: str, invoice: str
) -> None:
    amount = next(i["balance"] for i in _NORDIC if i["id"] == invoice)
    out, _ = match_files(
        _NORDIC, [_pay(amount, reference, currency="NOK", payer_name=payer, customer_id=None)]
    )
    assert out[0]["status"] == "applied"
    assert set(_applied(out[0])) == {invoice}


def test_an_overpayments_rest_equal_to_what_a_short_pay_left_open_is_held_on_account() -> None:
    book = [
        _inv("s-1", "INV-020387", "61100.00", currency="EUR"),
        _inv("s-2", "INV-020888", "98186.43", currency="EUR"),
    ]
    short = _pay(
        "98176.43",
        "ACCOUNTS PAYABLE",
        "Invoice INV-020888 - less bank charges €10.00 deducted",
        id="p-1",
        currency="EUR",
    )
    over = _pay("61110.00", "/INV/1NV020387", id="p-2", currency="EUR")
    out, _ = match_files(book, [short, over])
    assert out[0]["status"] == "partial"
    assert out[1]["status"] == "unapplied"
    assert _applied(out[1]) == {"s-1": Decimal("61100.00")}
    assert Decimal(out[1]["unapplied"]) == Decimal("10.00")


@pytest.mark.parametrize(
    "reference", ["Faktura nr. 230850", "Betaling faktura 230850", "Payment inv 230850", "Zahlung RE 230850"]
)
def test_a_transfer_of_exactly_twice_the_invoice_it_names_holds_the_second_on_account(reference: str) -> None:
    book = [
        _inv("d-1", "NB-0230850", "590.00", currency="DKK"),
        _inv("d-2", "NB-0230861", "300.00", currency="DKK"),
        _inv("d-3", "NB-0230862", "290.00", currency="DKK"),
        _inv("d-4", "NB-0230863", "200.00", currency="DKK"),
        _inv("d-5", "NB-0230864", "390.00", currency="DKK"),
    ]
    out, _ = match_files(book, [_pay("1180.00", reference, currency="DKK")])
    assert out[0]["status"] == "unapplied"
    assert _applied(out[0]) == {"d-1": Decimal("590.00")}


def test_a_rest_that_other_sets_owe_is_still_a_question_when_not_a_double_payment() -> None:
    book = [
        _inv("d-1", "NB-0230850", "600.00", currency="DKK"),
        _inv("d-2", "NB-0230861", "300.00", currency="DKK"),
        _inv("d-3", "NB-0230862", "290.00", currency="DKK"),
        _inv("d-4", "NB-0230863", "200.00", currency="DKK"),
        _inv("d-5", "NB-0230864", "390.00", currency="DKK"),
    ]
    out, _ = match_files(book, [_pay("1190.00", "Faktura nr. 230850", currency="DKK")])
    assert out[0]["status"] == "review"


@pytest.mark.parametrize(
    "reference", ["PART PAY INV018533", "ACOMPTE FACT INV018533", "TEILZAHLUNG RE INV018533"]
)
def test_a_stated_part_payment_of_the_invoice_written_out_is_not_taken_for_another_at_the_amount(
    reference: str,
) -> None:
    book = [
        _inv("q-1", "INV-018533", "1206.87"),
        _inv("q-2", "INV-021722", "200.00", issued="2025-01-01"),
    ]
    out, _ = match_files(book, [_pay("200.00", reference)])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == {"q-1": Decimal("200.00")}


def test_an_amount_that_is_the_balance_of_a_slip_of_the_number_stays_a_question() -> None:
    book = [
        _inv("q-1", "INV-018533", "1206.87"),
        _inv("q-2", "INV-018353", "200.00", issued="2025-01-01"),
    ]
    out, _ = match_files(book, [_pay("200.00", "PART PAY INV018533")])
    assert out[0]["status"] == "review"


_SLIPS = [
    _inv("k-1", "INV-021413", "5828.00", customer="K1", name="O Cathain Construction Ltd", currency="EUR"),
    _inv("k-2", "INV-020990", "1750.00", customer="K1", name="O Cathain Construction Ltd", currency="EUR"),
]


@pytest.mark.parametrize(
    "reference",
    ["O INV 21143", "Rechnung 21143", "Facture n° 21143", "Faktura 21143", "PAYMENT 21143", "21143"],
)
def test_a_number_one_keystroke_from_an_open_invoice_once_its_padding_is_dropped_is_a_question(
    reference: str,
) -> None:
    out, _ = match_files(
        _SLIPS,
        [_pay("2343.36", reference, currency="EUR", customer_id="K1", payer_name="O CATHAIN CONSTRUCTION")],
    )
    assert out[0]["status"] == "review"
    assert out[0]["candidates"][0] == ["k-1"]


def test_a_number_near_no_open_invoice_from_a_known_customer_is_held_on_account() -> None:
    out, _ = match_files(
        _SLIPS,
        [_pay("2343.36", "INV 35577", currency="EUR", customer_id="K1", payer_name="O CATHAIN CONSTRUCTION")],
    )
    assert out[0]["status"] == "unapplied"
