"""Session 35b: a slip of the hand the amount cannot settle.

"PAGO FV-0046802" from a person nobody can place, for exactly the balance of FV-0048602: written in full it is a
number of the series older than any invoice still open, so a closed one as likely as a slip, and a person decides.
The same slip landing among the open numbers, or dropping a digit, still applies. A known customer's slip of one
invoice, when another of its invoices is open for exactly the same amount, is review too.
"""

from typing import Any

from chalicelib.commands.match import match_files


def _inv(iid: str, number: str, customer: str, name: str, balance: str) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": "MXN",
        "total": balance,
        "balance": balance,
        "issue_date": "2025-01-10",
        "due_date": "2025-02-09",
    }


def _pay(amount: str, reference: str, *, payer: str, customer: str | None = None) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2025-04-20",
        "amount": amount,
        "currency": "MXN",
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": None,
    }


_BOOK = [
    _inv("i-1", "FV-0048602", "C100", "Farmacia Hidalgo Centro S. de R.L. de C.V.", "35891.67"),
    _inv("i-2", "FV-0048640", "C100", "Farmacia Hidalgo Centro S. de R.L. de C.V.", "1200.00"),
    _inv("i-3", "FV-0048225", "C200", "Boticas Del Bajio S.A. de C.V.", "9050.00"),
    _inv("i-4", "FV-0049292", "C300", "Clinica San Telmo S.A.", "5024471.62"),
    _inv("i-5", "FV-0049001", "C300", "Clinica San Telmo S.A.", "5024471.62"),
    _inv("i-6", "FV-0049700", "C300", "Clinica San Telmo S.A.", "88000.00"),
]


def _match(payment: dict[str, Any]) -> dict[str, Any]:
    out, _ = match_files(_BOOK, [payment])
    return out[0]


def test_unknown_payers_slip_older_than_every_open_number_goes_to_review() -> None:
    got = _match(
        _pay("35891.67", "DEPOSITO CHEQUE 41399427 PAGO FV-0046802", payer="LUIS ALBERTO HUAMAN TORRES")
    )
    assert got["status"] == "review"
    assert got["applications"] == []
    assert got["candidates"] == [["i-1"]]


def test_unknown_payers_slip_among_the_open_numbers_still_applies() -> None:
    got = _match(_pay("35891.67", "PAGO FV-0048620", payer="LUIS ALBERTO HUAMAN TORRES"))
    assert got["status"] == "applied"
    assert [a["invoice_id"] for a in got["applications"]] == ["i-1"]


def test_unknown_payers_dropped_digit_still_applies() -> None:
    got = _match(_pay("35891.67", "PAGO FV-004862", payer="LUIS ALBERTO HUAMAN TORRES"))
    assert got["status"] == "applied"
    assert [a["invoice_id"] for a in got["applications"]] == ["i-1"]


def test_known_customers_slip_with_a_twin_balance_goes_to_review() -> None:
    got = _match(_pay("5024471.62", "PAGO FV-0042992", payer="CLINICA SAN TELMO S.A.", customer="C300"))
    assert got["status"] == "review"
    assert got["applications"] == []
    assert got["candidates"][:2] == [["i-4"], ["i-5"]]


def test_known_customers_slip_with_a_unique_balance_still_applies() -> None:
    got = _match(_pay("88000.00", "PAGO FV-0047900", payer="CLINICA SAN TELMO S.A.", customer="C300"))
    assert got["status"] == "applied"
    assert [a["invoice_id"] for a in got["applications"]] == ["i-6"]
