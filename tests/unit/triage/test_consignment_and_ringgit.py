"""Consignment stock billed before it sold is a dispute with reason 'other'; "RM" is ringgit only as money."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.domain.amounts import find_amounts
from tests.unit.triage.mail import read

DATE = "Wed, 19 Nov 2026 09:00:00 +0000"


def test_consignment_billed_before_sale_is_a_dispute_for_another_reason() -> None:
    for body in (
        "These were on consignment, we only pay for what we sold.",
        "Das war Kommissionsware, wir zahlen nur, was wir verkauft haben.",
        "Merce in conto vendita: paghiamo solo quanto venduto.",
    ):
        out = read(body, date_header=DATE)
        assert (out["intent"], out["dispute_reason"]) == ("dispute", "other"), body


def test_consignment_named_without_contesting_the_bill_is_no_dispute() -> None:
    # Near misses: a question about the consignment terms, and a promise beside a consignment matter.
    assert read("What are your consignment terms for returns?", date_header=DATE)["intent"] != "dispute"
    out = read(
        "We will pay INV-1234 on Friday 21 November; the consignment stock is settled at season end.",
        date_header=DATE,
    )
    assert out["intent"] == "promise_to_pay"


def test_rm_is_ringgit_only_as_a_money_figure_or_in_a_malaysian_setting() -> None:
    assert find_amounts("the noise in room RM 12 was bad") == []
    assert find_amounts("part RM12 is missing") == []
    assert [(a.value, a.currency) for a in find_amounts("we paid RM 1,500 today")] == [
        (Decimal("1500.00"), "MYR")
    ]
    assert [a.currency for a in find_amounts("RM 450.00 transferred")] == ["MYR"]
    assert [a.currency for a in find_amounts("RM 120 paid by Kedai Maju Sdn Bhd")] == ["MYR"]
