"""Session 33a: a SWIFT MT103 written out field by field, whose codes, value date and account numbers are no
invoice numbers (":23B:" read as 238), and a known payer's one-keystroke slip within a series that many customers
share, when the amount is exactly one of its own invoices."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import swift_message_text
from tests.unit.cashapp.test_matching import apps, inv, one, pay

DUNE = "Dune Crest Fabrics LLC"
OASIS = "Oasis Loom Trading Est"


def _gulf() -> list[OpenInvoice]:
    return [
        inv("EXW/25-26/0238", "9120.00", "oasis", "USD", OASIS),
        inv("EXW/25-26/0311", "12480.50", "dune", "USD", DUNE),
        inv("EXW/25-26/0355", "7310.00", "dune", "USD", DUNE),
        inv("EXW/25-26/0402", "9120.00", "oasis", "USD", OASIS),
    ]


def _mt103(amount: str, seventy: str, extra: str = "") -> str:
    return (
        ":20:TT2607712QX9R\n:23B:CRED\n"
        f":32A:260305USD{amount}\n{extra}"
        ":50K:/AE4402330007766112238\nDUNE CREST FABRICS LLC\nSHARJAH AE\n"
        ":59:/0238110055123\nOUR TEXTILE MILLS PVT LTD\nERODE IN\n"
        f":70:{seventy}\n:71A:SHA"
    )


def test_an_mt103_block_keeps_only_the_payers_words_the_amounts_and_the_payers_name() -> None:
    text = _mt103("12480,50", "/INV/EXW-25-26-0311")
    assert swift_message_text(text).splitlines() == [
        "USD12480,50",
        "DUNE CREST FABRICS LLC",
        "/INV/EXW-25-26-0311",
    ]
    # Not a block: a line that happens to start with a tag-like colon run is left as it is.
    assert swift_message_text(":70: paid inv 0311") == ":70: paid inv 0311"


def test_mt103_codes_and_accounts_name_no_invoice_and_the_amount_decides() -> None:
    result = one(
        _gulf(),
        pay(
            "p",
            "12480.50",
            customer="dune",
            payer="DUNE CREST FABRICS LLC",
            remittance=_mt103("12480,50", "TRADE SETTLEMENT"),
        ),
    )
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-EXW/25-26/0311": "12480.50"})


def test_the_mt103_remittance_field_still_names_the_invoice() -> None:
    # Another customer's invoice in :70: stays a person's call, as anywhere else.
    result = one(
        _gulf(),
        pay(
            "p",
            "9120.00",
            customer="dune",
            payer="DUNE CREST FABRICS LLC",
            remittance=_mt103("9120,00", "INV EXW-25-26-0402"),
        ),
    )
    assert result.status == Status.REVIEW


def test_mt103_charges_field_still_explains_the_shortfall() -> None:
    block = _mt103("12445,50", "/INV/EXW-25-26-0311", extra=":33B:USD12480,50\n") + "\n:71F:USD35,00"
    result = one(
        _gulf(), pay("p", "12445.50", customer="dune", payer="DUNE CREST FABRICS LLC", remittance=block)
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-EXW/25-26/0311": "12445.50"}
    assert result.short_pay is not None and result.short_pay.amount == Decimal("35.00")


KAVYA = "Kavya Knit Exports Private Limited"


def _knits() -> list[OpenInvoice]:
    return [
        inv("TKM/25-26/0846", "188420.00", "kavya", "INR", KAVYA),
        inv("TKM/25-26/0851", "97300.00", "kavya", "INR", KAVYA),
        inv("TKM/25-26/0815", "45000.00", "ravi", "INR", "Ravi Cotton Mills"),
        inv("TKM/25-26/0912", "61250.00", "ravi", "INR", "Ravi Cotton Mills"),
    ]


def test_a_known_payers_last_digit_slip_in_a_shared_series_goes_by_the_exact_amount() -> None:
    for ref in ("BILL TKM/25-26/0841", "INV TKM-25-26-0864", "TKM/25-26/846 PAYMENT"):
        result = one(
            _knits(),
            pay("p", "188420.00", currency="INR", customer="kavya", ref=ref, payer="KAVYA KNIT EXPORTS"),
        )
        assert (result.status, apps(result)) == (Status.APPLIED, {"i-TKM/25-26/0846": "188420.00"}), ref


def test_no_slip_when_two_own_invoices_have_the_amount_or_the_series_is_the_customers_own() -> None:
    twins = [*_knits(), inv("TKM/25-26/0858", "188420.00", "kavya", "INR", KAVYA)]
    result = one(twins, pay("p", "188420.00", currency="INR", customer="kavya", ref="BILL TKM/25-26/0841"))
    assert result.status == Status.REVIEW
    # A series numbered per customer: 4C7D11A0-0003 is their next (or a closed) invoice, not a slip of -0002.
    own_series = [
        inv("4C7D11A0-0002", "530.00", "solo", "EUR", "Solo Studio Oy"),
        inv("4C7D11A0-0005", "212.00", "solo", "EUR", "Solo Studio Oy"),
        inv("8B21F9E4-0001", "99.00", "else", "EUR", "Other Firm Ltd"),
    ]
    result = one(own_series, pay("p", "530.00", currency="EUR", customer="solo", ref="INV 4C7D11A0-0003"))
    assert result.status != Status.APPLIED


def test_a_slip_onto_another_customers_open_invoice_stays_a_persons_call() -> None:
    # TKM/25-26/0815 is Ravi's real open invoice, two digits swapped from Kavya's 0851 at exactly this amount: a
    # slip, or Kavya paying for Ravi. Labellers differ; review is the safe side.
    result = one(_knits(), pay("p", "97300.00", currency="INR", customer="kavya", ref="INV TKM/25-26/0815"))
    assert result.status == Status.REVIEW
