"""Session 37b: numbers written with look-alike letters, a Korean virtual-account deposit's memo, and a closing date's
payment.

- A scanned stub or a payer copying a printed number puts letters for the digits they resemble ("FV20B265",
  "FV2O866O", "FV2105S5", "INV-0058477I", "Rg. 2O26-OO4S"). Where the reading is one of our invoice numbers and the
  number as written is none, it is that invoice; a number of ours with letters in it ("5704B349-0001") stays as written.
- "가상계좌입금 inv-00584862": after the words for a deposit to a virtual account comes the depositor's memo, often
  the invoice it pays; only a long run of digits there is the account's own number.
- JPY/KRW month-end closings pay everything falling due on one closing date, two invoices or more.
"""

from decimal import Decimal
from typing import Any

import pytest

from chalicelib.commands.match import match_files


def _inv(
    iid: str,
    number: str,
    balance: str,
    *,
    customer: str = "C1",
    name: str = "Autopartes del Bajío, S.A. de C.V.",
    currency: str = "MXN",
    issued: str = "2026-02-10",
    due: str = "2026-03-12",
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
        "due_date": due,
    }


def _pay(amount: str, reference: str | None, remittance: str | None = None, **over: Any) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2026-04-20",
        "amount": amount,
        "currency": "MXN",
        "payer_name": "AUTOPARTES DEL BAJIO SA DE CV",
        "customer_id": "C1",
        "reference": reference,
        "remittance": remittance,
        **over,
    }


def _applied(result: dict[str, Any]) -> dict[str, Decimal]:
    return {a["invoice_id"]: Decimal(a["amount"]) for a in result["applications"]}


def _amounts(expected: dict[str, str]) -> dict[str, Decimal]:
    return {i: Decimal(a) for i, a in expected.items()}


_LIST_BOOK = [
    _inv("i-1", "FV-00208265", "844.60"),
    _inv("i-2", "FV-00210562", "1389.29"),
    _inv("i-3", "FV-00210419", "89.37"),
    _inv("i-4", "FV-00208660", "7745.24"),
    _inv("i-5", "FV-00210111", "1217.46"),
    # One invoice open for each list's total: read by its amount alone, the payment would pay that one.
    _inv("d-1", "FV-00211001", "2323.26"),
    _inv("d-2", "FV-00211002", "8962.70"),
    _inv("d-3", "FV-00211003", "1478.66"),
]


@pytest.mark.parametrize(
    ("remittance", "amount", "paid"),
    [
        # Spanish advice, a B for an 8 inside the number.
        (
            "Aviso de pago\n210562  $1,389.29\nFV20B265  $844.60\n210419  $89.37\nTotal pagado: $2,323.26",
            "2323.26",
            {"i-1": "844.60", "i-2": "1389.29", "i-3": "89.37"},
        ),
        # An O for the zero the number ends in, and two I's for its ones.
        (
            "Remittance advice\nFV2O866O  $7,745.24\nFV2101II  $1,217.46\nTotal: $8,962.70",
            "8962.70",
            {"i-4": "7745.24", "i-5": "1217.46"},
        ),
        # Portuguese-style list with an S for a 5 and a lower-case l for a 1.
        (
            "Relação de faturas pagas\nFV-002l0562  R$ 1.389,29\nFV-002104l9  R$ 89,37\nTotal: R$ 1.478,66",
            "1478.66",
            {"i-2": "1389.29", "i-3": "89.37"},
        ),
    ],
)
def test_a_remittance_list_with_look_alike_letters_for_digits_pays_the_invoices_it_lists(
    remittance: str, amount: str, paid: dict[str, str]
) -> None:
    out, _ = match_files(_LIST_BOOK, [_pay(amount, "PAGO PROVEEDOR", remittance)])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts(paid)


@pytest.mark.parametrize(
    "reference",
    ["TRANSFERENCIA INTERNACIONAL ORD DETALLE REF FV2105S5", "RECHNUNG FV-0021055S", "INV FV2lO555 THANKS"],
)
def test_a_reference_with_look_alike_letters_names_the_invoice_they_spell(reference: str) -> None:
    book = [_inv("a", "FV-00210555", "580.23"), _inv("b", "FV-00208430", "580.23")]
    out, _ = match_files(book, [_pay("580.23", reference)])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts({"a": "580.23"})


def test_a_number_of_ours_with_a_letter_in_it_is_read_as_written() -> None:
    # Stripe-style invoice numbers carry hex letters: "5704B349-0001" is that invoice, not 57048349-0001.
    book = [
        _inv("s", "5704B349-0001", "120.00", currency="USD"),
        _inv("t", "5704B349-0002", "120.00", currency="USD"),
    ]
    out, _ = match_files(book, [_pay("120.00", "PAYMENT 5704B349-0002", currency="USD")])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts({"t": "120.00"})


def test_look_alike_letters_that_spell_no_invoice_of_ours_leave_the_payment_to_its_amount() -> None:
    book = [_inv("a", "FV-00210555", "580.23"), _inv("b", "FV-00210556", "990.00")]
    out, _ = match_files(book, [_pay("990.00", "PAGO FV2109S9")])
    # "FV2109S9" reads FV-00210959, which we do not hold: no invoice of ours is named, the amount decides.
    assert _applied(out[0]) == _amounts({"b": "990.00"})


_KRW = [
    _inv(
        "k-1",
        "INV-00584862",
        "42406100",
        customer="K1",
        name="Suwon Module Assembly Co., Ltd.",
        currency="KRW",
        issued="2026-02-27",
        due="2026-03-31",
    ),
    _inv(
        "k-2",
        "INV-00584305",
        "5000000",
        customer="K1",
        name="Suwon Module Assembly Co., Ltd.",
        currency="KRW",
        issued="2026-02-10",
        due="2026-03-31",
    ),
]


@pytest.mark.parametrize(
    "memo", ["가상계좌입금 inv-00584862", "가상계좌입금 00584862", "가상계좌 입금 INV 00584862"]
)
def test_the_memo_after_a_virtual_account_deposit_names_the_invoice_it_pays(memo: str) -> None:
    # Less than the invoice: only the memo says which invoice this part pays.
    payment = _pay("40000000", memo, currency="KRW", customer_id="K1", payer_name="수원모듈조립(주)")
    out, _ = match_files(_KRW, [payment])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == _amounts({"k-1": "40000000"})


def test_a_virtual_accounts_own_long_number_is_still_no_invoice() -> None:
    # The account number's last digits are no invoice's: the payment pays both invoices, as its amount says.
    payment = _pay(
        "47406100",
        "가상계좌입금 532-1280-0584862",
        currency="KRW",
        customer_id="K1",
        payer_name="수원모듈조립(주)",
    )
    out, _ = match_files(_KRW, [payment])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts({"k-1": "42406100", "k-2": "5000000"})


def _closing_book(currency: str) -> list[dict[str, Any]]:
    rows = [
        ("c-1", "INV-00583010", "33631620", "2026-02-10", "2026-03-31"),
        ("c-2", "INV-00583032", "1308450", "2026-02-27", "2026-03-31"),
        ("c-3", "INV-00583107", "51121620", "2026-03-11", "2026-04-30"),
        ("c-4", "INV-00583677", "1320000", "2026-04-11", "2026-05-31"),
        ("c-5", "INV-00583732", "844800", "2026-04-30", "2026-05-31"),
        ("c-6", "INV-00583765", "607200", "2026-04-30", "2026-05-31"),
        ("c-7", "INV-00583906", "190190", "2026-04-30", "2026-05-31"),
        ("c-8", "INV-00584125", "28737060", "2026-05-14", "2026-06-30"),
        ("c-9", "INV-00584704", "1932370", "2026-05-30", "2026-06-30"),
    ]
    return [
        _inv(i, n, b, customer="J1", name="Hokuto Denshi Co., Ltd.", currency=currency, issued=s, due=d)
        for i, n, b, s, d in rows
    ]


@pytest.mark.parametrize(
    ("currency", "payer", "reference"), [("KRW", "북두전자(주)", "대금결제"), ("JPY", "ﾎｸﾄﾃﾞﾝｼ(ｶ", "ｼﾊﾗｲ")]
)
def test_a_closing_dates_payment_settles_everything_due_that_day(
    currency: str, payer: str, reference: str
) -> None:
    # 34,940,070 is the two invoices due on 31 March, and also a set of seven of other closings: the closing date's
    # group is what a month-end payer pays.
    payment = _pay("34940070", reference, currency=currency, customer_id="J1", payer_name=payer)
    out, _ = match_files(_closing_book(currency), [payment])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts({"c-1": "33631620", "c-2": "1308450"})


def test_elsewhere_a_due_dates_pair_among_other_sets_stays_a_question() -> None:
    book = [{**row, "number": row["number"].replace("INV", "FV")} for row in _closing_book("USD")]
    payment = _pay("34940070", "PAYMENT", currency="USD", customer_id="J1", payer_name="HOKUTO DENSHI")
    out, _ = match_files(book, [payment])
    assert out[0]["status"] == "review"
