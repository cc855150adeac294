"""Session 38 (second cash round): an instalment by its place in a plan, and a number glued to a SEPA field tag.

- "1. Rate Rg.Nr. 481762", "erste Rate", "2a rata", "1e termijn", "segunda cuota", "1ère tranche": the payer says
  the payment is one instalment of the invoice it names, so it is a part payment of that invoice, even when another
  invoice of the customer has the same number with two digits swapped (that twin is a question only when nothing
  says what the short amount is). A bare "rate" is an exchange rate as often, and says nothing.
- "SVWZ+481597 EREF+NOTPROVIDED": a German bank statement glues the value to its field tag (Verwendungszweck,
  end-to-end reference); the plus is the tag's, not a telephone number's country code, so the number is read.
"""

from decimal import Decimal
from typing import Any

import pytest

from chalicelib.commands.match import match_files
from chalicelib.domain.cashapp import references as refs


def _inv(
    iid: str,
    number: str,
    balance: str,
    *,
    customer: str = "K1",
    name: str = "Kreisklinikum Hohenstaufen gGmbH",
    currency: str = "EUR",
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": "2026-01-12",
        "due_date": "2026-02-11",
    }


def _pay(amount: str, reference: str | None, **over: Any) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2026-03-02",
        "amount": amount,
        "currency": "EUR",
        "payer_name": "Kreisklinikum Hohenstaufen gGmbH",
        "customer_id": "K1",
        "reference": reference,
        "remittance": None,
        **over,
    }


def _applied(result: dict[str, Any]) -> dict[str, Decimal]:
    return {a["invoice_id"]: Decimal(a["amount"]) for a in result["applications"]}


# RE-00517264 and RE-00517246 differ by two neighbouring digits swapped.
_TWINS = [
    _inv("i-1", "RE-00517264", "4980.00"),
    _inv("i-2", "RE-00517246", "2211.40"),
    _inv("i-3", "RE-00517390", "760.00"),
]


@pytest.mark.parametrize(
    "reference",
    [
        "1. Rate Rg.Nr.517264",
        "Erste Rate zu Rechnung RE-00517264",
        "Ratenzahlung RE-00517264",
        "2a rata fattura RE-00517264",
        "prima rata fattura 517264",
        "1e termijn factuur RE-00517264",
        "Segunda cuota factura RE-00517264",
        "1ère tranche facture RE-00517264",
    ],
)
def test_a_numbered_instalment_pays_the_named_invoice_in_part_despite_a_swapped_twin(reference: str) -> None:
    out, _ = match_files(_TWINS, [_pay("1660.00", reference)])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == {"i-1": Decimal("1660.00")}
    assert out[0]["short_pay"] is None


def test_a_short_amount_with_nothing_said_beside_a_swapped_twin_stays_a_question() -> None:
    out, _ = match_files(_TWINS, [_pay("1660.00", "Rg.Nr.517264")])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


@pytest.mark.parametrize(
    "text",
    ["FX rate 1.0842 applied", "exchange rate EUR/CHF", "Betrag EUR 1.234,56 Rate", "rate card 2026"],
)
def test_a_rate_without_its_place_in_a_plan_is_no_part_payment(text: str) -> None:
    assert not refs.says_part_payment(text)


@pytest.mark.parametrize(
    "text",
    ["1. Rate", "zweite Rate", "Anzahlung Auftrag 4711", "acconto fattura 12", "3e termijn", "1a cuota"],
)
def test_an_instalment_by_its_place_in_a_plan_is_a_part_payment(text: str) -> None:
    assert refs.says_part_payment(text)


_BOOK = [
    _inv("i-1", "RE-00517264", "1888.02", customer="K2", name="Zahnarztpraxis Dr. Jonas Albrecht"),
    _inv("i-2", "RE-00517390", "760.00", customer="K2", name="Zahnarztpraxis Dr. Jonas Albrecht"),
    _inv("i-3", "RE-00517401", "1888.02", customer="K3", name="Sanitätshaus Brenner OHG"),
]


@pytest.mark.parametrize(
    "reference",
    [
        "SVWZ+517264 EREF+NOTPROVIDED",
        "GUTSCHRIFT SEPA-UEBERWEISUNG SVWZ+517264",
        "EREF+NOTPROVIDED SVWZ+517264 ABWA+Praxis",
    ],
)
def test_a_number_glued_to_a_sepa_field_tag_names_the_invoice(reference: str) -> None:
    out, _ = match_files(_BOOK, [_pay("1888.02", reference, payer_name="Jonas Albrecht", customer_id=None)])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == {"i-1": Decimal("1888.02")}


def test_a_telephone_number_with_its_country_code_is_still_no_invoice() -> None:
    assert "4930517264" not in refs.candidate_keys("Rueckfragen Tel. +49 30 517264 RE 4711")
    assert refs.candidate_keys("Rueckruf +4930517264") == []
