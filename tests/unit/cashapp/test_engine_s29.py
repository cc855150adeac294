"""Session 29: a bank-cut payer name that ends exactly where one customer's name ends and another's goes on; a part
payment by reference when a number with two digits swapped is open for the same customer and nothing explains the
shortfall; two invoices adding up among more than the subset search takes; part-payment words in more languages."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.names import stops_short_of
from chalicelib.domain.cashapp.references import says_part_payment
from tests.unit.cashapp.test_matching import apps, inv, one, pay


def test_a_cut_name_stops_short_of_a_longer_name_it_begins() -> None:
    assert stops_short_of("MARCHE CENTRAL LYON", "Marché Central Lyon Nord")
    assert stops_short_of("FERRARI UTENSILI ROM", "Ferrari Utensili Roma Srl Due")
    # Near misses: a word the other name does not have there, a whole legal form that is not a cut one, a last
    # word that only shares letters with the other's, the whole name itself.
    assert not stops_short_of("MARCHE CENTRAL LYON SAS", "Marché Central Lyon Nord")
    assert not stops_short_of("BOULANGERIE PETIT S.A.", "Boulangerie Petit S.à r.l.")
    assert not stops_short_of("ATELIER NOVA", "Atelier Nohavica")
    assert not stops_short_of("MARCHE CENTRAL LYON", "Marché Central Lyon")


def _lyon() -> list[OpenInvoice]:
    return [
        inv("FA-30411", "5120.40", "c1", "EUR", "Marché Central Lyon"),
        inv("FA-30412", "880.00", "c1", "EUR", "Marché Central Lyon"),
        inv("FA-30520", "2300.00", "c2", "EUR", "Marché Central Lyon Nord"),
        inv("FA-30521", "415.75", "c2", "EUR", "Marché Central Lyon Nord"),
    ]


def test_a_cut_name_that_is_one_customers_whole_name_and_begins_anothers_goes_to_review() -> None:
    result = one(_lyon(), pay("p", "5120.40", currency="EUR", payer="MARCHE CENTRAL LYON", ref="VIREMENT"))
    assert result.status == Status.REVIEW
    assert result.candidates[0] == ["i-FA-30411"]


def test_a_name_cut_inside_its_last_word_that_begins_a_longer_name_goes_to_review() -> None:
    ledger = [
        inv("F-1101", "9400.10", "c1", "EUR", "Ferrari Utensili Roma Srl"),
        inv("F-1102", "310.00", "c1", "EUR", "Ferrari Utensili Roma Srl"),
        inv("F-1201", "4100.00", "c2", "EUR", "Ferrari Utensili Roma Srl Due"),
    ]
    result = one(ledger, pay("p", "9400.10", currency="EUR", payer="FERRARI UTENSILI ROM", ref="BONIFICO"))
    assert result.status == Status.REVIEW


def test_a_payer_name_with_a_legal_form_the_longer_name_lacks_still_settles_by_amount() -> None:
    ledger = [
        *_lyon()[2:],
        *(inv(n, b, "c1", "EUR", "Marché Central Lyon SAS") for n, b in [("FA-30411", "5120.40")]),
    ]
    result = one(ledger, pay("p", "5120.40", currency="EUR", payer="MARCHE CENTRAL LYON SAS", ref="VIREMENT"))
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-FA-30411": "5120.40"})


def test_a_whole_name_no_other_customer_goes_on_from_still_settles_by_amount() -> None:
    # Near miss: "Marché Central Lyon Nord" written whole; the shorter name does not go on from it.
    result = one(
        _lyon(), pay("p", "2300.00", currency="EUR", payer="MARCHE CENTRAL LYON NORD", ref="VIREMENT")
    )
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-FA-30520": "2300.00"})


def _swapped_pair() -> list[OpenInvoice]:
    return [
        inv("FE 0003-00002719", "48200.00", "c7", "ARS", "Ferrosur Andina SA"),
        inv("FE 0003-00002791", "51730.50", "c7", "ARS", "Ferrosur Andina SA"),
        inv("FE 0003-00002805", "12000.00", "c7", "ARS", "Ferrosur Andina SA"),
    ]


def test_a_part_payment_by_reference_with_a_swapped_number_open_and_nothing_said_goes_to_review() -> None:
    result = one(
        _swapped_pair(),
        pay(
            "p", "31000.00", currency="ARS", customer="c7", ref="TRANSF OP FE 0003-00002719", payer="FERROSUR"
        ),
    )
    assert result.status == Status.REVIEW
    assert result.candidates == [["i-FE 0003-00002719"], ["i-FE 0003-00002791"]]


def test_a_part_payment_that_says_so_or_writes_its_figures_stays_a_part_payment() -> None:
    for ref in [
        "PAGO A CUENTA FE 0003-00002719",  # says it pays on account of that one
        "FE 0003-00002719 acompte",
        "FE 0003-00002719 menos retencion 17.200,00",  # writes what it holds back
    ]:
        result = one(
            _swapped_pair(), pay("p", "31000.00", currency="ARS", customer="c7", ref=ref, payer="FERROSUR")
        )
        assert result.status == Status.PARTIAL, ref
        assert apps(result) == {"i-FE 0003-00002719": "31000.00"}, ref


def test_a_neighbour_one_digit_away_or_a_bank_fee_short_is_no_swapped_number_doubt() -> None:
    # The next invoice of a series (…2720) is one digit away, as every sequential number is: no sign of a typo.
    ledger = [
        inv("FE 0003-00002719", "48200.00", "c7", "ARS", "Ferrosur Andina SA"),
        inv("FE 0003-00002720", "51730.50", "c7", "ARS", "Ferrosur Andina SA"),
    ]
    result = one(ledger, pay("p", "31000.00", currency="ARS", customer="c7", ref="OP FE 0003-00002719"))
    assert result.status == Status.PARTIAL
    # Short by what a bank keeps: a fee, not a part payment of either number.
    result = one(
        _swapped_pair(), pay("p", "48150.00", currency="ARS", customer="c7", ref="OP FE 0003-00002719")
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-FE 0003-00002719": "48150.00"}


def _many() -> list[OpenInvoice]:
    # Forty-four round balances, then one odd one: more than the subset search takes (40).
    return [
        *(inv(f"SI-{7000 + k}", f"{100 * (k + 1)}.00", "c3", "EUR", "Kaskade Bau GmbH") for k in range(44)),
        inv("SI-7100", "12345.67", "c3", "EUR", "Kaskade Bau GmbH"),
    ]


def test_two_invoices_adding_up_among_more_than_the_search_takes_go_to_review() -> None:
    result = one(_many(), pay("p", "12645.67", currency="EUR", customer="c3", payer="KASKADE BAU"))
    assert result.status == Status.REVIEW
    assert ["i-SI-7002", "i-SI-7100"] in result.candidates


def test_an_amount_no_pair_makes_among_many_invoices_is_held_on_account() -> None:
    # Near miss: nothing adds up (a .66 no round balance and the odd one make); cash of a known customer waits.
    result = one(_many(), pay("p", "12645.66", currency="EUR", customer="c3", payer="KASKADE BAU"))
    assert result.status == Status.UNAPPLIED
    assert not result.applications


def test_part_payment_words_of_more_languages() -> None:
    for text in [
        "CONCEPTO: PAGO A CUENTA FRA 2231",
        "PAGAMENT A COMPTE FACTURA 2231",
        "DEELBETALING FACTUUR 2231",
        "częściowa wpłata FV/2231",
        "částečná úhrada faktury 2231",
        "čiastočná platba 2231",
        "prima tranșă factura 2231",
    ]:
        assert says_part_payment(text), text
    # Near misses: paying on another's behalf, a plain payment.
    for text in ["POR CUENTA DE SERVICIOS ANDINOS FRA 2231", "PAGO FRA 2231", "PLATBA FAKTURY 2231"]:
        assert not says_part_payment(text), text
