"""Session 36: a bank narration's name field, a deduction taken off a list's total, a scanned zero after a space.

- An Indian NEFT/RTGS/IMPS narration is "NEFT/<UTR>/<remitter, cut>/<remark>": the last word of the cut name before
  the slash ("GURNANI/0039496", "WHEELER/39229") is no series of its own, so the number after it names our invoice.
- "A 1,000.00; B 2,000.00 less TDS 30.00 net 2,970.00": the figure the deduction leaves is the whole payment, so
  it was taken off the list's total, not off the invoice written beside it; which invoice stays short is a person's
  call (in any language the deduction is written in). A deduction that leaves the line's own figure stays on it.
- A scan that leaves a space between the series and the padded zeros it read as letters ("SI -OO39935").
"""

from typing import Any

from chalicelib.commands.match import match_files


def _inv(
    iid: str, number: str, customer: str, name: str, balance: str, *, currency: str = "INR"
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": "2024-11-10",
        "due_date": "2024-12-10",
    }


def _pay(
    amount: str,
    reference: str,
    *,
    payer: str,
    customer: str | None = None,
    remittance: str | None = None,
    currency: str = "INR",
) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2025-03-20",
        "amount": amount,
        "currency": currency,
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": remittance,
    }


_BOOK = [
    _inv("i-1", "SI-0039496", "C1", "Gurukripa Machine Tools & Fasteners", "42504.00"),
    _inv("i-2", "SI-0039511", "C1", "Gurukripa Machine Tools & Fasteners", "18000.00"),
    _inv("i-3", "SI-0039229", "C2", "Sahyadri Two Wheelers Ltd", "43382.00"),
    _inv("i-4", "SI-0039300", "C2", "Sahyadri Two Wheelers Ltd", "43382.00"),
    _inv("i-5", "SI-0038421", "C3", "Malabar Marine Engines Pvt Ltd", "204719.00"),
    _inv("i-6", "SI-0039312", "C3", "Malabar Marine Engines Pvt Ltd", "2008560.00"),
    _inv("i-7", "SI-0039504", "C3", "Malabar Marine Engines Pvt Ltd", "2350239.00"),
    _inv("i-8", "SI-0039020", "C4", "Nilgiri Bus Body Builders Pvt Ltd", "1259773.00"),
    _inv("i-9", "SI-0039935", "C4", "Nilgiri Bus Body Builders Pvt Ltd", "1259773.00"),
    _inv("e-1", "RE-2025-0411", "D1", "Bauer Antriebstechnik GmbH", "1200.00", currency="EUR"),
    _inv("e-2", "RE-2025-0412", "D1", "Bauer Antriebstechnik GmbH", "800.00", currency="EUR"),
    _inv("e-3", "FA-2025-0771", "D2", "Quincaillerie Morel SARL", "1500.00", currency="EUR"),
    _inv("e-4", "FA-2025-0772", "D2", "Quincaillerie Morel SARL", "500.00", currency="EUR"),
    _inv("e-5", "FV-2025-0913", "D3", "Ferreteria Ruiz S.L.", "3000.00", currency="EUR"),
    _inv("e-6", "FV-2025-0914", "D3", "Ferreteria Ruiz S.L.", "1000.00", currency="EUR"),
]


def _match(payment: dict[str, Any]) -> dict[str, Any]:
    out, _ = match_files(_BOOK, [payment])
    return out[0]


def _applied(got: dict[str, Any]) -> dict[str, str]:
    return {a["invoice_id"]: a["amount"] for a in got["applications"]}


# --- the remitter's name closing a bank's field ----------------------------------------------------------------


def test_a_person_paying_for_the_business_names_the_invoice_after_their_name_field() -> None:
    got = _match(_pay("42504.00", "NEFT/IDFBN25063818473/ASHOK GURNANI/0039496", payer="ASHOK GURNANI"))
    assert (got["status"], _applied(got)) == ("applied", {"i-1": "42504.00"})


def test_a_name_cut_by_the_bank_before_the_slash_is_no_series_of_the_number_after_it() -> None:
    got = _match(
        _pay(
            "42948.18",
            "NEFT/KKBKN25073607091/SAHYADRI TWO WHEELER/39229",
            payer="SAHYADRI TWO WHEELERS LTD",
            customer="C2",
            remittance="Paid 39229 early, 1% early payment discount taken",
        )
    )
    assert got["status"] == "partial"
    assert _applied(got) == {"i-3": "42948.18"}
    assert got["short_pay"]["reason"] == "early_payment_discount"


def test_a_series_the_payer_does_not_bear_still_keeps_its_digits_from_our_invoice() -> None:
    # "PO/0039496": letters that are no word of the payer's name still read as another series.
    got = _match(_pay("42504.00", "NEFT/IDFBN25063818473/KX/0039496", payer="ASHOK GURNANI"))
    assert got["status"] == "review"


# --- a deduction taken off the list's total -------------------------------------------------------------------


def test_tds_taken_off_the_whole_bill_run_leaves_no_one_invoice_short() -> None:
    got = _match(
        _pay(
            "4558954.00",
            "RTGS/CNRBR52025041795399866/MALABAR MARINE ENGINES P/SUPPLIER PAYMENT",
            payer="MALABAR MARINE ENGINES PVT LTD",
            customer="C3",
            remittance=(
                "Bills paid: SI-38421 dt 15.09.2024 INR 2,04,719.00; SI-39312 dt 14.11.2024 Rs. 20,08,560.00; "
                "SI0039504 dt 23/11/24 Rs. 23,50,239.00 less TDS u/s 194Q Rs 4,564.00 net 45,58,954.00"
            ),
        )
    )
    assert got["status"] == "review"
    assert got["applications"] == []
    assert sorted(got["candidates"][0]) == ["i-5", "i-6", "i-7"]


def test_german_skonto_taken_off_the_sum_of_two_invoices_goes_to_review() -> None:
    got = _match(
        _pay(
            "1960.00",
            "SEPA GUTSCHRIFT",
            payer="BAUER ANTRIEBSTECHNIK GMBH",
            customer="D1",
            currency="EUR",
            remittance="RE-2025-0411 1.200,00 EUR; RE-2025-0412 800,00 EUR abzgl. 2% Skonto 40,00 EUR = 1.960,00 EUR",
        )
    )
    assert got["status"] == "review"
    assert got["applications"] == []


def test_french_escompte_taken_off_the_total_goes_to_review() -> None:
    got = _match(
        _pay(
            "1970.00",
            "VIR SEPA RECU",
            payer="QUINCAILLERIE MOREL SARL",
            customer="D2",
            currency="EUR",
            remittance="Factures FA-2025-0771 1 500,00 EUR ; FA-2025-0772 500,00 EUR moins escompte 30,00 EUR net 1 970,00 EUR",
        )
    )
    assert got["status"] == "review"
    assert got["applications"] == []


def test_spanish_retention_that_leaves_the_lines_own_figure_stays_on_that_invoice() -> None:
    got = _match(
        _pay(
            "3970.00",
            "TRANSFERENCIA",
            payer="FERRETERIA RUIZ SL",
            customer="D3",
            currency="EUR",
            remittance="FV-2025-0913 3.000,00 EUR; FV-2025-0914 1.000,00 EUR menos retencion 30,00 EUR neto 970,00 EUR",
        )
    )
    assert got["status"] == "partial"
    assert _applied(got) == {"e-5": "3000.00", "e-6": "970.00"}
    assert got["short_pay"]["invoice_id"] == "e-6"


# --- a scan's letter Os after a space ---------------------------------------------------------------------------


def test_scanned_letter_os_after_a_spaced_hyphen_are_the_numbers_zeros() -> None:
    got = _match(
        _pay(
            "1259773.00",
            "CLG CHQ NO 301827 HDFC BANK NILGIRI BUS BODY BUI",
            payer="Nilgiri Bus Body Builders Pvt Ltd",
            customer="C4",
            remittance="REMITTANCE ADVICE (SCANNED) SI -OO39935 AMT 12,59,773.00",
        )
    )
    assert (got["status"], _applied(got)) == ("applied", {"i-9": "1259773.00"})
