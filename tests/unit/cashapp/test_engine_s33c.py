"""A payment amount in exponent notation is a bad row, not a figure to apply."""

from chalicelib.commands.match import match_files

_INVOICES = [
    {
        "id": "i-1",
        "number": "INV-105571",
        "customer_id": "C1",
        "customer_name": "Mwambao Pharmacy",
        "currency": "TZS",
        "total": "7012700.00",
        "balance": "7012700.00",
        "issue_date": "2026-03-01",
        "due_date": "2026-03-31",
    }
]


def _payment(amount: str) -> dict[str, object]:
    return {
        "id": "p-1",
        "date": "2026-04-10",
        "amount": amount,
        "currency": "TZS",
        "payer_name": "MWAMBAO PHARMACY",
        "customer_id": "C1",
        "reference": "MALIPO YA ANKARA INV105571",
        "remittance": None,
    }


def test_a_spreadsheet_rounded_amount_goes_to_review_with_its_error() -> None:
    (out,), _ = match_files(_INVOICES, [_payment("7.0127E+06")])
    assert out["status"] == "review"
    assert out["applications"] == []
    assert "exponent" in out["error"]


def test_the_same_amount_written_out_is_applied() -> None:
    (out,), _ = match_files(_INVOICES, [_payment("7012700.00")])
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "7012700.00"}]


def test_text_with_an_e_is_still_an_ordinary_bad_amount() -> None:
    (out,), _ = match_files(_INVOICES, [_payment("see remit")])
    assert out["status"] == "review"
    assert "exponent" not in out["error"]
