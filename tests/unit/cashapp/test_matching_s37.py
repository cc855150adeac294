"""Session 37: a scanned "lNV" is the series INV.

A check-stub scan or an OCR'd lockbox line reads the capital I of "INV" as a lower-case l or a one ("lNV-0030804",
"1NV0052312"). Read as written, the reference names nothing and the payment falls back on its amount, which can be
the payer's own invoice while the stub names another customer's: a person's call, not the amount's.
"""

from typing import Any

import pytest

from chalicelib.commands.match import match_files


def _inv(iid: str, number: str, customer: str, name: str, balance: str) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": "USD",
        "total": balance,
        "balance": balance,
        "issue_date": "2026-02-10",
        "due_date": "2026-03-12",
    }


_BOOK = [
    _inv("a-1", "INV-0030414", "A", "Lakeshore Orthopedic Hospital", "8120.40"),
    _inv("b-1", "INV-0031266", "B", "Cornerstone Occupational Health", "11991.10"),
    _inv("b-2", "INV-0031270", "B", "Cornerstone Occupational Health", "4410.00"),
]


def _match(amount: str, reference: str, remittance: str | None = None) -> dict[str, Any]:
    payment = {
        "id": "p-1",
        "date": "2026-04-29",
        "amount": amount,
        "currency": "USD",
        "payer_name": "CORNERSTONE OCCUPATIONAL HEALTH AP",
        "customer_id": "B",
        "reference": reference,
        "remittance": remittance,
    }
    out, _ = match_files(_BOOK, [payment])
    return out[0]


@pytest.mark.parametrize(
    ("reference", "remittance"),
    [
        ("PMT lNV-0030414 THANK YOU", None),
        ("LOCKBOX 2852 BATCH 236 ITEM 057 CHK 573487", "Check stub scan: lNV-0030414  amt $11,991.10"),
        ("SEPA INST 1NV0030414", None),
    ],
)
def test_a_scanned_l_for_the_i_of_inv_still_names_another_customers_invoice(
    reference: str, remittance: str | None
) -> None:
    got = _match("11991.10", reference, remittance)
    assert got["status"] == "review"
    assert got["applications"] == []


@pytest.mark.parametrize("reference", ["PMT lNV-0031270 THANK YOU", "1NV0031270"])
def test_a_scanned_l_for_the_i_of_inv_names_the_payers_own_invoice(reference: str) -> None:
    got = _match("4410.00", reference)
    assert (got["status"], got["applications"]) == ("applied", [{"invoice_id": "b-2", "amount": "4410.00"}])
