"""Latin American and North American remittance shapes: Brazilian notas fiscais printed in threes, the customer's own
return notes and orders, Colombian withholdings and e-invoice labels, and an EDI 820 line that names one invoice
while paying another's balance."""

from __future__ import annotations

import pytest

from chalicelib.domain.cashapp import MatchResult, OpenInvoice
from tests.unit.cashapp.test_matching import apps, inv, one, pay

CAMPINAS = "Auto Peças Campinas Ltda"


def _brl(number: str, balance: str) -> OpenInvoice:
    return inv(number, balance, "br1", "BRL", CAMPINAS)


def _brl_paid(invoices: list[OpenInvoice], amount: str, remittance: str) -> MatchResult:
    return one(invoices, pay("p1", amount, currency="BRL", customer="br1", remittance=remittance))


def test_a_nota_fiscal_printed_in_threes_names_our_invoice() -> None:
    invoices = [_brl("NF-000023214", "39774.19"), _brl("NF-000023215", "12000.00")]
    result = _brl_paid(
        invoices,
        "37785.48",
        "Pagamento NF-e 000.023.214\nAbatido R$ 1.988,71 diferença de preço\nValor pago R$ 37.785,48",
    )
    assert result.status == "partial"
    assert apps(result) == {"i-NF-000023214": "37785.48"}
    assert result.short_pay is not None and str(result.short_pay.amount) == "1988.71"


def test_an_amount_printed_in_threes_without_the_label_is_still_an_amount() -> None:
    # "R$ 000.023.214" is no nota fiscal: without the label a dotted figure is money, and names no invoice.
    invoices = [_brl("NF-000023214", "39774.19"), _brl("NF-000023215", "39774.19")]
    result = _brl_paid(invoices, "39774.19", "Valor R$ 000.023.214 pago")
    assert result.status == "review"


def test_the_customer_s_return_note_is_not_our_invoice() -> None:
    # The return note's number is also one of our open invoices of the same customer: it is the deduction's
    # document, not a second invoice paid.
    invoices = [_brl("NF-000022075", "19991.03"), _brl("NF-000026390", "1599.28")]
    result = _brl_paid(
        invoices,
        "18391.75",
        "Pagamento NF-e 000.022.075\nDesconto R$ 1.599,28 ref. NF de devolução nº 26390 (mercadoria devolvida)\n"
        "Valor pago R$ 18.391,75",
    )
    assert result.status == "partial"
    assert apps(result) == {"i-NF-000022075": "18391.75"}


def test_a_nota_fiscal_named_without_devolucao_still_counts() -> None:
    invoices = [_brl("NF-000022075", "19991.03"), _brl("NF-000026390", "1599.28")]
    result = _brl_paid(invoices, "21590.31", "Pagamento NF 22075 e NF 26390")
    assert result.status == "applied"
    assert set(apps(result)) == {"i-NF-000022075", "i-NF-000026390"}


@pytest.mark.parametrize("order", ["CONCEPTO PAGO OC 26192", "O/C 26192"])
def test_an_orden_de_compra_is_no_invoice_number(order: str) -> None:
    # OC 26192 has the digits of another customer's invoice; the amount fits the payer's own invoice.
    invoices = [
        inv("A-28371", "296523.95", "mx1", "MXN", "Lubricentro de Occidente SAPI de C.V."),
        inv("A-26192", "296523.95", "mx2", "MXN", "Servicio Automotriz Querétaro S.A. de C.V."),
    ]
    result = one(
        invoices,
        pay("p1", "296523.95", currency="MXN", customer="mx1", payer="LUBRICENTRO DE OCCIDENTE", ref=order),
    )
    assert result.status == "applied"
    assert apps(result) == {"i-A-28371": "296523.95"}


def test_oc_inside_a_word_is_not_an_order() -> None:
    invoices = [inv("A-26192", "100.00", "mx2", "MXN", "Servicio Automotriz Querétaro S.A. de C.V.")]
    result = one(
        invoices, pay("p1", "100.00", currency="MXN", ref="PROC 26192", payer="SERVICIO AUTOMOTRIZ QRO")
    )
    assert apps(result) == {"i-A-26192": "100.00"}


PEREIRA = "Servitecas Pereira Ltda."


def test_a_colombian_e_invoice_label_is_the_payer_s_not_another_series() -> None:
    # "FE-8586" (factura electrónica) for our FEV-08586, less ReteFuente and ReteICA: a withholding short pay.
    invoices = [inv("FEV-08586", "49349550.00", "co1", "COP", PEREIRA)]
    result = one(
        invoices,
        pay(
            "p1",
            "47912193.00",
            currency="COP",
            customer="co1",
            payer="SERVITECAS PEREIRA LTDA",
            ref="ABONO ACH BANCO POPULAR REF PAGO FE-8586",
            remittance="ReteFuente 2,5% $ 1.036.755\nReteICA 9,66 x mil $ 400.602\nNeto pagado $ 47.912.193",
        ),
    )
    assert result.status == "partial"
    assert result.short_pay is not None and result.short_pay.reason == "deduction"


def test_another_series_letters_still_name_no_invoice_of_ours() -> None:
    # "OT-8586", an orden de trabajo (work order) of that number, is not our FEV-08586: which twin is paid is open.
    invoices = [
        inv("FEV-08586", "500.00", "co1", "COP", PEREIRA),
        inv("FEV-08587", "500.00", "co1", "COP", PEREIRA),
    ]
    result = one(invoices, pay("p1", "500.00", currency="COP", customer="co1", ref="PAGO OT-8586"))
    assert result.status == "review"


TWIN_CITIES = "Twin Cities Food Co"


def _usd(number: str, balance: str) -> OpenInvoice:
    return inv(number, balance, "us1", "USD", TWIN_CITIES)


def _edi_paid(invoices: list[OpenInvoice], line: str) -> MatchResult:
    return one(invoices, pay("p1", "4788.22", customer="us1", ref="CCD+ TWIN CITIES FOOD", remittance=line))


def test_an_edi_line_paying_in_full_another_invoice_s_balance_is_a_question() -> None:
    # RMR*IV*75080633**4788.22*4788.22: the advice says invoice 75080633 is 4,788.22 and paid in full; ours is
    # 11,534.90 open, and 71079094 is open for exactly 4,788.22.
    invoices = [_usd("75080633", "11534.90"), _usd("71079094", "4788.22"), _usd("79836749", "3759.00")]
    result = _edi_paid(invoices, "RMR*IV*75080633**4788.22*4788.22\\")
    assert result.status == "review"
    assert result.candidates[0] == ["i-75080633"]


def test_an_edi_line_that_writes_our_total_pays_part_of_the_invoice_it_names() -> None:
    # The payer writes the invoice's whole amount and pays part of it: they know it is a part payment.
    invoices = [_usd("75080633", "11534.90"), _usd("71079094", "4788.22")]
    result = _edi_paid(invoices, "RMR*IV*75080633**4788.22*11534.90\\")
    assert result.status == "partial"
    assert apps(result) == {"i-75080633": "4788.22"}
