"""Session 37c: a remittance list that writes the figure on some lines only.

- An advice lists the invoices it pays one to a line and writes what it pays on some of them; the others stand
  alone ("Faktura 71188", "Lasku 71188", "FS-0071188") or say they are paid in full ("betalt i sin helhet",
  "maksettu kokonaan"). Its total line is the payment. A line with no figure pays that invoice's balance when, so
  read, the advice adds up to the payment exactly; otherwise it stays a person's question.
- The same lists take a deduction on a line of its own ("less 249.60 2% early payment discount on FS-0071203",
  "fratrukket 249,60 reklamasjon faktura 71203"): the invoice is paid short by it.
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
    customer: str = "C1",
    name: str = "Havbris Sjømat AS",
    currency: str = "NOK",
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": "2026-02-10",
        "due_date": "2026-03-12",
    }


def _pay(amount: str, remittance: str | None, reference: str | None = None, **over: Any) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2026-04-20",
        "amount": amount,
        "currency": "NOK",
        "payer_name": "HAVBRIS SJOMAT AS",
        "customer_id": "C1",
        "reference": reference,
        "remittance": remittance,
        **over,
    }


def _applied(result: dict[str, Any]) -> dict[str, Decimal]:
    return {a["invoice_id"]: Decimal(a["amount"]) for a in result["applications"]}


def _amounts(expected: dict[str, str]) -> dict[str, Decimal]:
    return {i: Decimal(a) for i, a in expected.items()}


_BOOK = [
    _inv("i-1", "FS-0071203", "12480.00"),
    _inv("i-2", "FS-0071188", "5642.18"),
    _inv("i-3", "FS-0071250", "3310.45"),
    _inv("i-4", "FS-0071277", "908.30"),
    _inv("i-5", "FS-0071301", "21990.00"),
]
_ALL_THREE = {"i-1": "12480.00", "i-2": "5642.18", "i-3": "3310.45"}


@pytest.mark.parametrize(
    "remittance",
    [
        "Remittance advice\nInvoice 71203  12,480.00\nInvoice 71188\nInvoice 71250  3,310.45\nTotal 21,432.63",
        "Zahlungsavis\nRechnung 71203  12.480,00\nRechnungsnr. 71188\nRechnung 71250  3.310,45\nGesamt 21.432,63",
        "Betalingsspesifikasjon\nFaktura nr 71203  12 480,00\nFaktura nr 71188\nFaktura nr 71250  3 310,45\n"
        "Sum 21 432,63",
        "Betalningsavi\nFakturanr 71203  12.480,00\nFakturanr 71188\nFakturanr 71250  3.310,45\nSumma 21.432,63",
        "Maksuerittely\nLasku 71203  12 480,00\nLasku 71188\nLasku 71250  3 310,45\nYhteensä 21 432,63",
        "Greiðsluyfirlit\nReikningur 71203  12.480,00\nReikningur 71188\nReikningur 71250  3.310,45\n"
        "Samtals 21.432,63",
        "Aviso de pagamento\nFatura 71203  12.480,00\nFatura 71188\nFatura 71250  3.310,45\nTotal 21.432,63",
        "Awizo płatności\nFaktura nr 71203  12 480,00\nFaktura nr 71188\nFaktura nr 71250  3 310,45\n"
        "Razem 21 432,63",
        "FS-0071203 12,480.00\nFS-0071188\nFS-0071250 3,310.45\nPaid 21,432.63",
        "Faktura 71203  12.480,00\nFaktura 71188 betalt i sin helhet\nFaktura 71250  3.310,45\nI alt 21.432,63",
        "Lasku 71203  12 480,00\nLasku 71188 maksettu kokonaan\nLasku 71250  3 310,45",
        # A date column: the line without a figure still writes its invoice's date.
        "Rechnung 71203 vom 10.02.2026  12.480,00\nRechnung 71188 vom 10.02.2026\n"
        "Rechnung 71250 vom 12.02.2026  3.310,45\nSumme 21.432,63",
        "Factura 71203  fecha 2026-02-10  12.480,00\nFactura 71188  fecha 2026-02-10\n"
        "Factura 71250  fecha 2026-02-12  3.310,45\nTotal 21.432,63",
    ],
)
def test_a_list_line_without_a_figure_pays_its_balance_when_the_advice_adds_up(remittance: str) -> None:
    out, _ = match_files(_BOOK, [_pay("21432.63", remittance, "SAMLEBETALING")])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts(_ALL_THREE)


def test_a_list_with_several_lines_without_a_figure_pays_each_of_them() -> None:
    remittance = (
        "Invoice 71203  12,480.00\nInvoice 71188\nInvoice 71277\nInvoice 71250  3,310.45\nTotal 22,340.93"
    )
    out, _ = match_files(_BOOK, [_pay("22340.93", remittance)])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == _amounts({**_ALL_THREE, "i-4": "908.30"})


@pytest.mark.parametrize(
    ("remittance", "amount"),
    [
        # The lines without a figure would pay 21,432.63 with both, 20,524.33 or 15,790.45+908.30 with one: the
        # payment is none of these.
        (
            "Invoice 71203  12,480.00\nInvoice 71188\nInvoice 71277\nInvoice 71250  3,310.45\nTotal 21,432.63",
            "21432.63",
        ),
        ("Invoice 71203  12,480.00\nInvoice 71188\nInvoice 71250  3,310.45\nTotal 21,432.60", "21432.60"),
        # "delvis betalt" (partly paid) is no line paying its balance.
        ("Faktura 71203  12.480,00\nFaktura 71188 delvis betalt\nFaktura 71250  3.310,45", "21432.63"),
    ],
)
def test_a_list_that_does_not_add_up_with_its_bare_lines_stays_a_question(
    remittance: str, amount: str
) -> None:
    out, _ = match_files(_BOOK, [_pay(amount, remittance)])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


@pytest.mark.parametrize(
    "remittance",
    [
        "Invoice 71203  12,480.00\nInvoice 71188\nInvoice 71250  3,310.45\n"
        "less 249.60 2% early payment discount on FS-0071203\nPaid 21,183.03",
        "Rechnung 71203  12.480,00\nRechnung 71188\nRechnung 71250  3.310,45\n"
        "abzgl. 249,60 Skonto 2% auf Rechnung 71203\nGesamt 21.183,03",
        "Faktura 71203  12 480,00\nFaktura 71188\nFaktura 71250  3 310,45\n"
        "fratrukket 249,60 reklamasjon faktura 71203\nSum 21 183,03",
        "Faktura 71203  12.480,00\nFaktura 71188\nFaktura 71250  3.310,45\n"
        "avgår 249,60 reklamation faktura 71203\nSumma 21.183,03",
        "Lasku 71203  12 480,00\nLasku 71188\nLasku 71250  3 310,45\nmiinus 249,60 reklamaatio lasku 71203\n"
        "Yhteensä 21 183,03",
        "Factuur 71203  12.480,00\nFactuur 71188\nFactuur 71250  3.310,45\n"
        "minus 249,60 korting 2% op factuur 71203\nTotaal 21.183,03",
    ],
)
def test_a_list_with_bare_lines_and_a_deduction_pays_that_invoice_short(remittance: str) -> None:
    out, _ = match_files(_BOOK, [_pay("21183.03", remittance)])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == _amounts({**_ALL_THREE, "i-1": "12230.40"})
    assert out[0]["short_pay"]["invoice_id"] == "i-1"
    assert Decimal(out[0]["short_pay"]["amount"]) == Decimal("249.60")


@pytest.mark.parametrize(
    "remittance",
    [
        "Invoice 71203  12,480.00\nInvoice 71188\nInvoice 71250  3,310.45\n"
        "less 249.82 damaged goods on FS-0071188\nPaid 21,182.81",
        "Faktura 71203  12 480,00\nFaktura 71188\nFaktura 71250  3 310,45\n"
        "fratrukket 249,82 reklamasjon faktura 71188\nSum 21 182,81",
    ],
)
def test_a_deduction_on_a_line_without_a_figure_is_taken_from_its_balance(remittance: str) -> None:
    out, _ = match_files(_BOOK, [_pay("21182.81", remittance)])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == _amounts({**_ALL_THREE, "i-2": "5392.36"})
    assert out[0]["short_pay"]["invoice_id"] == "i-2"


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Faktura nr 71188", True),
        ("Rechnungsnr. 71188", True),
        ("Reikningur 71188", True),
        ("FS-0071188", True),
        ("Ihre Rechnung 71188", True),
        ("Invoice 71188 disputed", False),
        ("Faktura 71188 reklamasjon", False),
    ],
)
def test_a_line_of_only_a_number_and_its_label_names_the_invoice_and_says_nothing_else(
    line: str, alone: bool
) -> None:
    assert refs.names_only(line) is alone


def test_a_factoring_company_list_for_two_buyers_with_bare_lines_and_a_deduction_pays_it_short() -> None:
    book = [
        *_BOOK,
        _inv("j-1", "FS-0071410", "7400.00", customer="C2", name="Kystfangst Handel AS"),
        _inv("j-2", "FS-0071422", "1250.50", customer="C2", name="Kystfangst Handel AS"),
    ]
    remittance = (
        "Betalingsavis\nFaktura 71203  12.480,00\nFaktura 71188\nFaktura 71410  7.400,00\nFaktura 71250\n"
        "fratrukket 249,60 reklamasjon faktura 71203\nSum 28.583,03"
    )
    out, _ = match_files(
        book, [_pay("28583.03", remittance, customer_id=None, payer_name="NORDIC FAKTORING AB")]
    )
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == _amounts({**_ALL_THREE, "i-1": "12230.40", "j-1": "7400.00"})
    assert out[0]["short_pay"]["invoice_id"] == "i-1"


@pytest.mark.parametrize(
    "remittance",
    [
        "Invoice 71203  12,480.00 less 249.60 damaged\nInvoice 71188\nInvoice 71250  3,310.45\nTotal 21,183.03",
        "Facture 71203 : 12 480,00 NOK moins 249,60 NOK marchandise endommagée\nFacture 71188\n"
        "Facture 71250 : 3 310,45 NOK\nTotal 21 183,03",
        "Rechnung 71203  12.480,00 abzgl. 249,60 Transportschaden\nRechnung 71188\nRechnung 71250  3.310,45\n"
        "Gesamt 21.183,03",
        "Faktura 71203  12.480,00 fratrukket 249,60 reklamasjon\nFaktura 71188\nFaktura 71250  3.310,45\n"
        "Sum 21.183,03",
    ],
)
def test_a_line_writing_its_balance_less_a_deduction_beside_a_bare_line_pays_that_invoice_short(
    remittance: str,
) -> None:
    out, _ = match_files(_BOOK, [_pay("21183.03", remittance)])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == _amounts({**_ALL_THREE, "i-1": "12230.40"})
    assert out[0]["short_pay"]["invoice_id"] == "i-1"
