"""Session 26: an advice that says which invoice it pays in full (no figure) and how much it pays on another, in
the languages we read; and a payment of everything a statement or a balance showed up to a date, that date read
in the formats and languages payers write it (a Thai date in Buddhist years too). Each with the near misses that
must not be read so."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.engine import _POSTAL_TAIL
from chalicelib.domain.cashapp.references import says_in_full, statement_cutoffs
from tests.unit.cashapp.test_matching import apps, inv, one, pay

KAYA = "Kaya Elektrika Trading"


def _pair() -> list[OpenInvoice]:
    return [
        inv("SO-77120", "1240.50", "k1", "USD", KAYA),
        inv("SO-77135", "2800.00", "k1", "USD", KAYA),
        inv("SO-77190", "615.25", "k1", "USD", KAYA),
    ]


MIXED = [
    "SO-77120 in full; SO-77135 partial 1,000.00",
    "SO-77120 paid in full\nSO-77135 part payment USD 1,000.00",
    "SO-77120 lunas; SO-77135 sebagian USD 1.000,00",  # Indonesian
    "SO-77120 dibayar penuh; SO-77135 bayaran separa 1,000.00",  # Malay
    "SO-77120 thanh toán đủ; SO-77135 thanh toán một phần 1.000,00 USD",  # Vietnamese
    "SO-77120 ชำระเต็มจำนวน; SO-77135 ชำระบางส่วน 1,000.00",  # Thai
    "SO-77120 bayad nang buo; SO-77135 hulog 1,000.00",  # Tagalog
    "Rechnung SO-77120 vollständig bezahlt\nRechnung SO-77135 Teilzahlung 1.000,00",
    "Facture SO-77120 soldée ; facture SO-77135 acompte 1 000,00",
    "Factura SO-77120 pagada en su totalidad; factura SO-77135 abono 1.000,00",
    "Fattura SO-77120 a saldo; fattura SO-77135 acconto 1.000,00",
    "Factuur SO-77120 volledig voldaan; factuur SO-77135 deelbetaling 1.000,00",
    "Fatura SO-77120 quitada; fatura SO-77135 pagamento parcial 1.000,00",
]


@pytest.mark.parametrize("advice", MIXED)
def test_an_advice_paying_one_invoice_in_full_and_part_of_another_is_applied_as_it_says(advice: str) -> None:
    result = one(_pair(), pay("p", "2240.50", customer="k1", remittance=advice))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-SO-77120": "1240.50", "i-SO-77135": "1000.00"}
    assert result.short_pay is None


@pytest.mark.parametrize(
    "advice",
    [
        # Negated: the first invoice is not paid in full.
        "SO-77120 belum lunas; SO-77135 sebagian 1,000.00",
        "SO-77120 not paid in full; SO-77135 partial 1,000.00",
        "SO-77120 chưa thanh toán đủ; SO-77135 1.000,00",
    ],
)
def test_a_negated_in_full_is_not_read_as_paying_the_invoice(advice: str) -> None:
    result = one(_pair(), pay("p", "2240.50", customer="k1", remittance=advice))
    assert "i-SO-77120" not in apps(result)


def test_an_in_full_advice_whose_pieces_miss_the_payment_stays_a_question() -> None:
    # 1,240.50 in full and 900.00 on the other make 2,140.50, not the 2,240.50 received.
    advice = "SO-77120 in full; SO-77135 partial 900.00"
    result = one(_pair(), pay("p", "2240.50", customer="k1", remittance=advice))
    assert result.status == Status.REVIEW


def test_an_in_full_advice_paying_more_than_the_other_invoice_owes_stays_a_question() -> None:
    # 615.25 in full and 700.00 on SO-77190, which has only 615.25 open... made to add up with SO-77120's balance.
    advice = "SO-77120 in full; SO-77190 700.00"
    result = one(_pair(), pay("p", "1940.50", customer="k1", remittance=advice))
    assert result.status != Status.PARTIAL
    assert "i-SO-77190" not in apps(result) or apps(result)["i-SO-77190"] == "615.25"


@pytest.mark.parametrize(
    ("line", "full"),
    [
        ("INV-9 settled", True),
        ("INV-9 lunas", True),
        ("INV-9 tất toán", True),
        ("INV-9 ครบถ้วน", True),
        ("INV-9 partially paid", False),
        ("INV-9 balance to follow", False),
        ("INV-9 hindi pa bayad na buo", False),
        ("INV-9 nicht vollständig bezahlt", False),
        ("INV-9", False),
    ],
)
def test_in_full_words_and_their_negations(line: str, full: bool) -> None:
    assert says_in_full(line) is full


MAWAR = "Mawar Niaga Sdn Bhd"


def _dated() -> list[OpenInvoice]:
    def dated(number: str, balance: str, day: date) -> OpenInvoice:
        return inv(number, balance, "m1", "THB", MAWAR).model_copy(update={"issue_date": day})

    # 100 + 250 = 150 + 200 = 350: two sets fit the amount; only the date can say which.
    return [
        dated("TX-3301", "100.00", date(2026, 9, 1)),
        dated("TX-3302", "250.00", date(2026, 9, 10)),
        dated("TX-3303", "150.00", date(2026, 10, 20)),
        dated("TX-3304", "200.00", date(2026, 10, 25)),
    ]


STATEMENTS = [
    "Settlement of account balance as at 30/09/2026",
    "Statement of account as of September 30, 2026",
    "Pembayaran seluruh tagihan s/d 30 September 2026",  # Indonesian
    "Bayaran baki penyata sehingga 30 Sep 2026",  # Malay
    "Thanh toán công nợ đến ngày 30 tháng 9 năm 2026",  # Vietnamese
    "ชำระยอดค้างชำระ ณ วันที่ 30 ก.ย. 2569",  # Thai, Buddhist year
    "Bayad sa balanse hanggang Setyembre 30, 2026",  # Tagalog
    "Ausgleich Kontoauszug zum 30.09.2026",
    "Règlement solde au 2026-09-30",
    "Pago saldo al 30 de septiembre de 2026",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_statement_payment_takes_the_invoices_issued_up_to_its_date(text: str) -> None:
    result = one(_dated(), pay("p", "350.00", currency="THB", customer="m1", remittance=text))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-TX-3301": "100.00", "i-TX-3302": "250.00"}


@pytest.mark.parametrize(
    "text",
    [
        "Invoice dated 30/09/2026",  # a date, but no statement, balance or cut-off
        "Statement balance as at 05/09/2026",  # up to then only 100.00 was billed
        "Statement as at 30/09/2026, balance up to 25/10/2026",  # two cut-offs: which one?
    ],
)
def test_a_date_that_is_no_cut_off_matching_the_amount_leaves_the_two_sets_to_a_person(text: str) -> None:
    result = one(_dated(), pay("p", "350.00", currency="THB", customer="m1", remittance=text))
    assert result.status == Status.REVIEW


def test_an_ambiguous_day_and_month_is_read_both_ways() -> None:
    assert statement_cutoffs("Saldo per 05/10/2026") == [date(2026, 10, 5), date(2026, 5, 10)]
    assert statement_cutoffs("Saldo per 25/10/2026") == [date(2026, 10, 25)]


def _alpine() -> list[OpenInvoice]:
    return [
        inv("RG-482915", "18250.40", "a1", "CHF", "Brunner Fördertechnik AG"),
        inv("RG-482916", "990.00", "a1", "CHF", "Brunner Fördertechnik AG"),
        inv("RG-483002", "4410.00", "a2", "CHF", "Käser Hydraulik GmbH"),
    ]


@pytest.mark.parametrize("reference", ["Rg. 48295", "Rechnung 4829155", "RG-48291 5"])
def test_an_unknown_payer_with_a_digit_dropped_or_added_and_the_one_matching_balance_is_applied(
    reference: str,
) -> None:
    result = one(
        _alpine(), pay("p", "18250.40", currency="CHF", ref=reference, payer="BFT AG, 8400 WINTERTH")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-RG-482915": "18250.40"}


def test_a_slipped_number_whose_balance_another_invoice_shares_stays_a_question() -> None:
    ledger = [*_alpine(), inv("RG-483377", "18250.40", "a2", "CHF", "Käser Hydraulik GmbH")]
    result = one(ledger, pay("p", "18250.40", currency="CHF", ref="Rg. 48295", payer="BFT AG, 8400 WINTERTH"))
    assert result.status == Status.REVIEW


@pytest.mark.parametrize("reference", ["Rg. 47295", "Rg. 482391", "Auftrag 1182915"])
def test_a_number_more_than_one_slip_away_names_nothing_for_an_unknown_payer(reference: str) -> None:
    result = one(
        _alpine(), pay("p", "18250.40", currency="CHF", ref=reference, payer="BFT AG, 8400 WINTERTH")
    )
    assert result.status == Status.REVIEW


@pytest.mark.parametrize(
    "advice",
    [
        "SO-77120 paid in full, SO-77135 partial 1,000.00",
        "SO-77120 lunas dan SO-77135 sebagian 1.000,00",
        "SO-77120 thanh toán đủ và SO-77135 thanh toán một phần 1.000,00",
        "SO-77120 in full | SO-77135 part 1,000.00",
    ],
)
def test_a_run_of_in_full_and_part_items_joined_by_commas_or_and_is_read_item_by_item(advice: str) -> None:
    result = one(_pair(), pay("p", "2240.50", customer="k1", remittance=advice))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-SO-77120": "1240.50", "i-SO-77135": "1000.00"}


def test_a_comma_list_with_one_total_is_not_split_into_items() -> None:
    # One figure for both, nothing said in full: the usual reading (a part payment of two invoices is a question).
    result = one(_pair(), pay("p", "2240.50", customer="k1", remittance="SO-77120, SO-77135 1,000.00"))
    assert result.status == Status.REVIEW


def test_a_payer_name_followed_by_its_postcode_and_town_is_fitted_without_them() -> None:
    # Two invoices of exactly this balance, one each: only the payer's name can pick, once its town is set aside.
    ledger = [*_alpine(), inv("RG-483377", "18250.40", "a2", "CHF", "Käser Hydraulik GmbH")]
    payer = "BRUNNER FOERDERTECHNIK AG, 8400 WINTERTH"
    result = one(ledger, pay("p", "18250.40", currency="CHF", payer=payer))
    assert apps(result) == {"i-RG-482915": "18250.40"}


@pytest.mark.parametrize("name", ["AUTOHAUS 2000 GMBH", "STUDIO 54, NEW YORK", "METALLBAU 1990, 3400"])
def test_a_number_in_a_payer_name_that_is_no_postcode_and_town_stays_in_the_name(name: str) -> None:
    assert _POSTAL_TAIL.search(name) is None


# A Swiss customer billed in francs, and another customer billed in euros (so the ledger knows the currency).
_SWISS = [inv("RE-310858", "75089.13", "ch1", "CHF"), inv("RE-400001", "500.00", "de1", "EUR")]


def test_a_converted_payment_naming_an_invoice_in_another_currency_goes_to_review_with_it() -> None:
    ledger = [*_SWISS, inv("RE-310901", "1200.00", "ch1", "CHF")]
    result = one(ledger, pay("p", "79894.83", currency="EUR", customer="ch1", ref="RE-310858"))
    assert result.status == Status.REVIEW
    assert not result.applications
    assert [list(c) for c in result.candidates] == [["i-RE-310858"]]


def test_the_same_figure_in_the_wrong_currency_and_an_unnamed_payment_stay_on_account() -> None:
    ledger = _SWISS
    # Near misses: the invoice's own figure in another currency (a keying slip as often as a payment), and a payment
    # in another currency that names nothing.
    same = one(ledger, pay("p", "75089.13", currency="EUR", customer="ch1", ref="RE-310858"))
    unnamed = one(ledger, pay("q", "79894.83", currency="EUR", customer="ch1", ref="Zahlung April"))
    assert same.status == Status.UNAPPLIED and not same.applications
    assert unnamed.status == Status.UNAPPLIED and not unnamed.applications
