"""Session 30 (b): a bank's field limit (an ACH addenda's 80 characters, BACS's 18, SEPA's 140, SWIFT's 4 x 35) cuts
the payer's list inside a further invoice number: the rest of the money goes to the invoice that number begins,
applied only when it is exactly that invoice's balance, never held on account as an overpayment. And a property
company paying, under its own bank-shortened name, a stated part of one of its buildings' invoices."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp import references as refs
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run

BAYSHORE = "Bayshore Plumbing Supply Inc"

# Three invoices paid line by line, and the fourth line cut at the addenda's 80th character inside "513720".
ACH_CUT = "RMR*IV*512340*11500.00\\RMR*IV*509871*12250.40\\RMR*IV*511002*1980.15\\RMR*IV*51372"
LISTED = {"i-512340": "11500.00", "i-509871": "12250.40", "i-511002": "1980.15"}


def _bayshore(*extra: OpenInvoice) -> list[OpenInvoice]:
    return [
        inv("512340", "11500.00", "c1", "USD", BAYSHORE),
        inv("509871", "12250.40", "c1", "USD", BAYSHORE),
        inv("511002", "1980.15", "c1", "USD", BAYSHORE),
        inv("513720", "4000.00", "c1", "USD", BAYSHORE),
        inv("509555", "600.00", "c1", "USD", BAYSHORE),
        *extra,
    ]


def test_an_addenda_cut_inside_a_further_number_sends_a_rest_that_fits_no_invoice_to_review() -> None:
    assert len(ACH_CUT) == 80
    result = one(_bayshore(), pay("p", "28230.55", customer="c1", ref="ACH CTX 4471", remittance=ACH_CUT))
    assert result.status == Status.REVIEW
    assert [sorted(c) for c in result.candidates] == [["i-509871", "i-511002", "i-512340", "i-513720"]]


def test_an_addenda_cut_inside_a_further_number_applies_a_rest_that_is_that_invoices_balance() -> None:
    result = one(_bayshore(), pay("p", "29730.55", customer="c1", ref="ACH CTX 4471", remittance=ACH_CUT))
    assert (result.status, apps(result)) == (Status.APPLIED, {**LISTED, "i-513720": "4000.00"})


def test_a_cut_number_keeps_a_rest_that_other_invoices_happen_to_add_up_to_for_a_person() -> None:
    # 2,500.00 is exactly 508000's balance, but the cut number begins 513720: which one the payer meant is a
    # person's call, where before the sum alone applied it.
    ledger = _bayshore(inv("508000", "2500.00", "c1", "USD", BAYSHORE))
    result = one(ledger, pay("p", "28230.55", customer="c1", ref="ACH CTX 4471", remittance=ACH_CUT))
    assert result.status == Status.REVIEW


@pytest.mark.parametrize(
    "remittance",
    [
        # The advice ends after its last whole line: nothing is cut.
        "RMR*IV*512340*11500.00\\RMR*IV*509871*12250.40\\RMR*IV*511002*1980.15\\",
        # 79 characters: no field ends there, so the short number is the payer's own writing, not a bank's cut.
        "RMR*IV*512340*11500.00\\RMR*IV*509871*12250.40\\RMR*IV*511002*1980.15\\RMR*IV*5137",
    ],
)
def test_an_advice_not_cut_at_a_field_limit_holds_the_rest_on_account(remittance: str) -> None:
    result = one(_bayshore(), pay("p", "28230.55", customer="c1", ref="ACH CTX 4471", remittance=remittance))
    assert (result.status, apps(result)) == (Status.UNAPPLIED, LISTED)


def test_a_whole_number_at_the_field_limit_is_not_a_cut_one() -> None:
    # Near miss: 80 characters ending in 513720 written whole names that invoice; its balance is the rest.
    text = "RMR*IV*512340*11500.00\\RMR*IV*509871*12250.40\\RMR*IV*511002*1980.1\\RMR*IV*513720"
    assert len(text) == 80
    assert refs.cut_token(text) == "513720"
    assert refs.begins_number("513720", "513720") is False
    assert refs.begins_number("51372", "INV-513720") is True
    assert refs.begins_number("51372", "INV-613720") is None


def test_a_bacs_reference_cut_at_eighteen_characters_is_read_the_same_way() -> None:
    ref = "INV 512340 INV 513"
    assert len(ref) == 18
    ledger = _bayshore()
    assert one(ledger, pay("p", "14000.00", customer="c1", ref=ref)).status == Status.REVIEW
    result = one(_bayshore(), pay("p", "15500.00", customer="c1", ref=ref))
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-512340": "11500.00", "i-513720": "4000.00"})


def _series(prefix: str) -> list[OpenInvoice]:
    numbers = ["512340", "509871", "511002", "510066", "512019", "508874", "510953", "511740", "509002"]
    ledger = [inv(f"{prefix}{n}", "1000.00", "c1", "EUR", "Wasserwerk Technik GmbH") for n in numbers]
    return [*ledger, inv(f"{prefix}513720", "4000.00", "c1", "EUR", "Wasserwerk Technik GmbH")]


def test_a_sepa_text_cut_at_140_characters_inside_a_number_goes_to_review() -> None:
    ref = (
        "Ausgleich Kundenkonto Rechnungen RE-512340, RE-509871, RE-511002, RE-510066, RE-512019, RE-508874, "
        "RE-510953, RE-511740, RE-509002, RE-51372"
    )
    assert len(ref) == 140
    result = one(_series("RE-"), pay("p", "11000.00", currency="EUR", customer="c1", ref=ref))
    assert result.status == Status.REVIEW
    applied = one(_series("RE-"), pay("p", "13000.00", currency="EUR", customer="c1", ref=ref))
    assert (applied.status, applied.unapplied) == (Status.APPLIED, Decimal(0))


def test_a_swift_field_of_four_full_lines_cut_inside_a_number_goes_to_review() -> None:
    text = (
        "/RFB/SETTLEMENT OF OUTSTANDING INVOICES NO PW-512340 PW-509871 PW-511002 PW-510066 PW-512019 "
        "PW-508874 PW-510953 PW-511740 PW-509002 PW-5137"
    )
    lines = "\n".join(text[k : k + 35] for k in range(0, 140, 35))
    assert len(text) == 140
    result = one(_series("PW-"), pay("p", "11000.00", currency="EUR", customer="c1", ref=lines))
    assert result.status == Status.REVIEW
    assert any("i-PW-513720" in c for c in result.candidates)


# --- a property company paying part of one building's invoice ------------------------------------------------


# The company's name as its bank shortens it; with its legal form, so only its name says it is none other.
GROUP = "HARBOURFRONT LIVING PTNRS INC"


def _buildings() -> list[OpenInvoice]:
    company = "Harbourfront Living Partners Inc"
    return [
        inv("SI-440125", "920.00", "c7", "USD", f"{company} - Pier Seven Lofts East Tower"),
        inv("SI-440310", "1310.40", "c8", "USD", f"{company} - Dockside Terrace Apartments"),
        inv("SI-440377", "655.10", "c9", "USD", f"{company} - Anchor House Seniors Residence"),
    ]


@pytest.mark.parametrize(
    "remittance", ["SI-440310 progress payment", "part payment SI-440310 - rest next month"]
)
def test_the_company_paying_a_stated_part_of_its_buildings_invoice_is_a_part_payment(remittance: str) -> None:
    result = one(_buildings(), pay("p", "500.00", payer=GROUP, remittance=remittance))
    assert (result.status, apps(result)) == (Status.PARTIAL, {"i-SI-440310": "500.00"})


def test_the_rest_of_a_part_paid_invoice_later_in_the_batch_settles_it() -> None:
    first = pay("p1", "500.00", payer=GROUP, remittance="SI-440310 progress payment")
    rest = pay("p2", "810.40", customer="c8", payer=GROUP, remittance="Balance of SI-440310")
    results = run(_buildings(), first, rest)
    assert (results[1].status, apps(results[1])) == (Status.APPLIED, {"i-SI-440310": "810.40"})


@pytest.mark.parametrize(
    "payer",
    [
        "HARBOURFRONT LIVING PTNRS WEST INC",  # a word more than the company's name: another company
        "HARBOURFRONT LIVING SERVICES INC",  # another company's name that begins the same way
    ],
)
def test_a_payer_that_is_not_the_whole_company_name_leaves_the_part_payment_to_review(payer: str) -> None:
    result = one(_buildings(), pay("p", "500.00", payer=payer, remittance="SI-440310 progress payment"))
    assert result.status == Status.REVIEW


def test_a_sister_company_with_the_same_words_keeps_the_part_payment_for_review() -> None:
    # Near miss: "Harbourfront Living Partners Holdings" is another company, not a building of this one; the
    # bank's short name fits both.
    ledger = [
        *_buildings(),
        inv("SI-440400", "75.00", "c10", "USD", "Harbourfront Living Partners Holdings Ltd"),
    ]
    result = one(ledger, pay("p", "500.00", payer=GROUP, remittance="SI-440310 progress payment"))
    assert result.status == Status.REVIEW


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("SI-440310 progress payment", True),
        ("progress pmt no 3 SI-440310", True),
        ("progress billing no 3 SI-440310", False),
        ("work in progress, payment of SI-440310", False),
    ],
)
def test_a_progress_payment_says_part_and_a_progress_billing_does_not(text: str, part: bool) -> None:
    assert refs.says_part_payment(text) is part
