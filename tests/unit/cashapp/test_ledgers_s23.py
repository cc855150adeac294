"""Session 23: Central European order numbers that are another customer's invoice number, a retailer group's
head office paying its stores' invoices less one stated deduction, and a care home naming the month of one of its
equal monthly invoices. Each with the near misses that must stay a person's call."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chalicelib.domain.cashapp import OpenInvoice, ReceivedPayment
from chalicelib.domain.cashapp.references import candidate_keys, named_month, short_reason
from tests.unit.cashapp.test_matching import apps, inv, one, pay

FIALA = "Fiala & syn, s.r.o."
ORAVEC = "Nábytok Oravec Trnava s.r.o."


# --- order numbers in Central European wording -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "OBJ26100055",
        "OBJ 26100247",
        "obj. č. 26100247",
        "Obj.c.26100247",
        "objednavka c. 26100247",
        "objednávka číslo 26100247",
        "megrendelés száma: 26100247",
        "megr. 26100247",
        "rendelésszám 26100247",
        "naročilo št. 26100247",
        "narudžba br. 26100247",
    ],
)
def test_an_order_number_in_central_european_wording_names_no_invoice(text: str) -> None:
    assert "26100247" not in candidate_keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "VS 26100247 obj 4410",  # the variable symbol is the invoice; the order follows it
        "č. obj. 4410, FA 26100247",
        "OBJECT 26100247",  # a word that only begins like "obj"
        "ST 26100247",  # a "number" abbreviation with no order word before it
    ],
)
def test_an_invoice_number_next_to_an_order_word_still_counts(text: str) -> None:
    assert "26100247" in candidate_keys(text)


def _ledger() -> list[OpenInvoice]:
    return [
        inv("25100005", "195755.00", "cz1", "CZK", FIALA),
        inv("25100006", "1200.00", "cz1", "CZK", FIALA),
        inv("26100055", "195755.00", "cz2", "CZK", ORAVEC),
    ]


def test_a_known_payer_quoting_its_order_number_pays_the_invoice_its_amount_fits() -> None:
    # The order number is another customer's invoice number, at the very same balance: the number is no invoice.
    result = one(
        _ledger(), pay("p1", "195755.00", currency="CZK", customer="cz1", remittance="objednavka c. 26100055")
    )
    assert result.status == "applied"
    assert apps(result) == {"i-25100005": "195755.00"}


def test_the_same_number_written_as_an_invoice_stays_review() -> None:
    # Without the order word it names the other customer's invoice, whose balance the amount is.
    result = one(_ledger(), pay("p1", "195755.00", currency="CZK", customer="cz1", remittance="FA 26100055"))
    assert result.status == "review"


# --- a retailer group's lump with one deduction line -------------------------------------------------------------

MOJA = "Moja Hiša trgovina d.o.o."


def _stores() -> list[OpenInvoice]:
    return [
        inv("25101223", "3216.54", "si1", "EUR", f"{MOJA} – PE Celje"),
        inv("26100267", "8740.80", "si1", "EUR", f"{MOJA} – PE Celje"),
        inv("26100063", "13165.40", "si2", "EUR", f"{MOJA} – PE Velenje"),
        inv("26100070", "999.00", "si3", "EUR", "Kovač interier d.o.o."),
    ]


LUMP = "CELJE: 25101223,26100267; VELENJE: 26100063 | RN 26100267 brez montaze -180,00 EUR"


def test_a_group_lump_less_one_stated_deduction_is_a_short_pay_on_that_invoice() -> None:
    result = one(
        _stores(), pay("p1", "24942.74", currency="EUR", remittance=LUMP, payer="MOJA HISA TRGOVINA D.O.O.")
    )
    assert result.status == "partial"
    assert apps(result) == {"i-25101223": "3216.54", "i-26100267": "8560.80", "i-26100063": "13165.40"}
    assert result.short_pay is not None
    assert result.short_pay.invoice_id == "i-26100267"
    assert result.short_pay.amount == Decimal("180.00")


def test_a_group_lump_short_by_other_than_the_stated_deduction_stays_review() -> None:
    # 200.00 short where the line states 180.00: which invoice carries the other 20.00 is a person's question.
    result = one(
        _stores(), pay("p1", "24922.74", currency="EUR", remittance=LUMP, payer="MOJA HISA TRGOVINA D.O.O.")
    )
    assert result.status == "review"


def test_a_payer_outside_the_group_paying_two_companies_short_stays_review() -> None:
    # The same lines from a payer whose name no store shares: no group pays here, and cash would cross accounts.
    text = "25101223,26100267; 26100070 | RN 26100267 brez montaze -180,00 EUR"
    result = one(_stores(), pay("p1", "12776.34", currency="EUR", remittance=text, payer="FACTORING D.O.O."))
    assert result.status == "review"


@pytest.mark.parametrize(
    "text",
    [
        "FA 25100697 bez montáže 610,00 EUR",
        "RN 25100372 - odbitek montaža 610,00 EUR",
        "minus montáž 4 840,00 Kč - montáž neprovedena",
        "26100184 számla, beszerelés levonva 528,00 Ft",
        "FA 25100894 znížené o 610,00 EUR - poškodená doska",
        "RN 26100486 zmanjšano za 78,50 EUR",
    ],
)
def test_central_european_deduction_words_give_a_reason(text: str) -> None:
    assert short_reason(text) == "deduction"


@pytest.mark.parametrize("text", ["rez montaze", "montaza 26100184", "o 610,00 EUR"])
def test_words_near_the_deduction_words_give_none(text: str) -> None:
    assert short_reason(text) is None


# --- a month named among equal monthly invoices ------------------------------------------------------------------

HOME = "Woonzorgcentrum Zonnewende Breda"


def _monthly(number: str, issued: date) -> OpenInvoice:
    return OpenInvoice(
        id=f"i-{number}",
        number=number,
        customer_id="nl1",
        customer_name=HOME,
        currency="EUR",
        total=Decimal("849.17"),
        balance=Decimal("849.17"),
        issue_date=issued,
    )


def _home() -> list[OpenInvoice]:
    return [
        _monthly("FV318483", date(2025, 11, 3)),
        _monthly("FV318879", date(2025, 12, 1)),
        _monthly("FV319301", date(2026, 1, 2)),
    ]


def _month_pay(reference: str) -> ReceivedPayment:
    return ReceivedPayment(
        id="p1",
        date=date(2026, 2, 6),
        amount=Decimal("849.17"),
        currency="EUR",
        customer_id="nl1",
        reference=reference,
        payer_name="WOONZORGCENTRUM ZONNEWENDE BREDA",
    )


@pytest.mark.parametrize(
    ("reference", "invoice"),
    [
        ("MAANDFACTUUR MEDICATIE JANUARI 2026", "i-FV319301"),
        ("FORFAIT MENSUEL MÉDICAMENTS DÉCEMBRE 2025", "i-FV318879"),
        ("Monatsrechnung November 2025", "i-FV318483"),
    ],
)
def test_the_month_named_picks_the_one_equal_invoice_issued_in_it(reference: str, invoice: str) -> None:
    result = one(_home(), _month_pay(reference))
    assert result.status == "applied"
    assert apps(result) == {invoice: "849.17"}


@pytest.mark.parametrize(
    "reference",
    [
        "MAANDFACTUUR MEDICATIE OKTOBER 2025",  # no invoice of that month is open
        "NOVEMBER 2025 EN DECEMBER 2025",  # two months named
        "BETALING 15 DECEMBER 2025",  # a day's date, not a month's invoice
        "MAANDFACTUUR MEDICATIE",  # no month at all
        "MAANDFACTUUR DECEMBER",  # no year: a month name without one may be a name ("Julius", "Marco")
        "JULIUS BAER NOVEMBER",
    ],
)
def test_equal_invoices_without_one_named_month_stay_review(reference: str) -> None:
    assert one(_home(), _month_pay(reference)).status == "review"


def test_two_equal_invoices_of_the_named_month_stay_review() -> None:
    invoices = [*_home(), _monthly("FV319302", date(2026, 1, 20))]
    assert one(invoices, _month_pay("MAANDFACTUUR JANUARI 2026")).status == "review"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("FORFAIT MENSUEL MEDICAMENTS DECEMBRE 2025", (2025, 12)),
        ("za prosinec 2025", (2025, 12)),
        ("DEC 2025", (2025, 12)),
        ("december 15, 2025", None),
        ("15. prosince 2025", None),
        ("mars", None),
        ("Julius Baer", None),
    ],
)
def test_named_month(text: str, month: tuple[int, int] | None) -> None:
    assert named_month(text) == month
