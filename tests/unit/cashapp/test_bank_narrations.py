"""Bank narrations whose fields are slash-separated: a payment rail or a name's legal form before an invoice's
digits is no series of another numbering."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import MatchResult, OpenInvoice, ReceivedPayment, match_payments
from tests.unit.cashapp.test_matching import inv

SIAYA = "Siaya Jua Energy Traders"


def _invoice(number: str, balance: str) -> OpenInvoice:
    return inv(number, balance, "KE0271", "KES", SIAYA)


def _match(invoices: list[OpenInvoice], reference: str) -> MatchResult:
    payment = ReceivedPayment(
        id="p1",
        amount=Decimal("60784.70"),
        currency="KES",
        payer_name="SIAYA JUA ENERGY TRADE",
        customer_id="KE0271",
        reference=reference,
    )
    (result,) = match_payments(invoices, [payment], name_similarity=rapidfuzz_similarity)
    assert isinstance(result, MatchResult)
    return result


# Two invoices of the same standard amount: only the number written can say which is paid.
TWINS = [_invoice("INV-318556", "60784.70"), _invoice("INV-319091", "60784.70")]


@pytest.mark.parametrize(
    "reference",
    [
        "PESALINK/319091/SIAYA JUA ENERGY TRA",
        "MOBILE TRF/319091/SIAYA JUA ENERGY TRADERS",
        "NIP/ZENITH/SIAYA JUA ENERGY TRADERS LTD/319091/000015260319133913946590999369",
    ],
)
def test_a_rail_or_a_legal_form_before_the_digits_names_our_invoice(reference: str) -> None:
    result = _match(TWINS, reference)
    assert result.status == "applied"
    assert [a.invoice_id for a in result.applications] == ["i-INV-319091"]


def test_another_numbering_s_letters_before_the_digits_still_name_no_invoice_of_ours() -> None:
    # "PRO/319091" is the payer's pro-forma of that number, not our INV-319091: which twin is paid stays open.
    assert _match(TWINS, "PRO/319091 SIAYA").status == "review"
