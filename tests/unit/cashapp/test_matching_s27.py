"""Session 27: a bank name shortened word by word that begins two customers' names, each with an invoice of the
payment's amount; a deduction in a list of invoices whose invoice is given in brackets after the sentence, in
English, Welsh or Polish (Polish figures with a decimal comma). Each with the near misses that must not fit."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.names import words_begun
from chalicelib.domain.cashapp.references import short_reason
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run

GANADERA = "Cooperativa Ganadera Valle del Sur Ltda."
GANADERA_ESTE = "Cooperativa Ganadera Valle del Sur de Rivera"


def test_a_name_shortened_word_by_word_begins_the_customer_name() -> None:
    assert words_begun("COOP GANAD VALLE DEL SUR", GANADERA) == 5
    assert words_begun("COOP GANAD VALLE DEL SUR", GANADERA_ESTE) == 5
    # The last word cut where the field ends, and an apostrophe the bank dropped.
    assert words_begun("KELLY'S FARM SHOP WEXF", "Kellys Farm Shop Wexford") == 4
    assert words_begun("KELLYS FARM SHOP WEXF", "Kelly's Farm Shop Wexford") == 4


def test_a_name_that_skips_or_swaps_words_begins_nothing() -> None:
    # A word left out, letters not in the word's order, a two-letter shortening before the last word.
    assert words_begun("COOP VALLE DEL SUR", GANADERA) == 0
    assert words_begun("COOP GNDAR VALLE", GANADERA) == 0
    assert words_begun("CO GANADERA VALLE", GANADERA) == 0
    assert words_begun("COOP GANAD VALLE DEL SUR OESTE", GANADERA) == 0


def _twins(other: str) -> list[OpenInvoice]:
    return [
        inv("A-0007-00031", "88412.50", "g1", "ARS", GANADERA),
        inv("A-0007-00032", "1250.00", "g1", "ARS", GANADERA),
        inv("A-0007-00044", "88412.50", "g2", "ARS", other),
        inv("A-0007-00045", "300.00", "g2", "ARS", other),
    ]


def test_a_shortened_name_beginning_two_customers_with_an_invoice_of_the_amount_each_is_a_question() -> None:
    result = one(
        _twins(GANADERA_ESTE), pay("p", "88412.50", currency="ARS", payer="COOP GANAD VALLE DEL SUR")
    )
    assert result.status == Status.REVIEW
    assert not result.applications


def test_the_same_amount_at_a_customer_the_name_does_not_begin_leaves_the_payer_fitted() -> None:
    result = one(
        _twins("Agroquímica Pampa Húmeda S.A."),
        pay("p", "88412.50", currency="ARS", payer="COOP GANAD VALLE DEL SUR"),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-A-0007-00031": "88412.50"}


def _hotel() -> list[OpenInvoice]:
    name = "Gwesty'r Harbwr Aberaeron Cyf"
    return [
        inv("INV-551201", "412.60", "w1", "GBP", name),
        inv("INV-551377", "365.00", "w1", "GBP", name),
        inv("INV-551402", "129.90", "w1", "GBP", name),
    ]


def test_a_deduction_whose_invoice_is_bracketed_after_the_sentence_is_a_short_pay_on_it() -> None:
    # 412.60 + 365.00 + 129.90 = 907.50; 61.40 kept back on INV-551377 (17% of it: only the stated figure tells).
    text = (
        "Morning, paying INV-551201, 551377 and INV551402, £846.10 all told. We knocked off £61.40 as two "
        "trays of salmon arrived spoilt. (INV-551377) Thanks, Non"
    )
    result = one(_hotel(), pay("p", "846.10", currency="GBP", customer="w1", remittance=text))
    assert result.status == Status.PARTIAL
    assert result.short_pay is not None and result.short_pay.invoice_id == "i-INV-551377"
    assert result.short_pay.amount == Decimal("61.40")
    assert apps(result)["i-INV-551377"] == "303.60"


def test_a_welsh_or_polish_deduction_with_its_invoice_in_brackets_is_a_short_pay() -> None:
    welsh = (
        "Bore da, talu INV-551201, INV-551377 ac INV-551402, cyfanswm £846.10. Rydym wedi tynnu £61.40 am eog "
        "wedi difetha. (INV-551377) Diolch, Non"
    )
    polish = (
        "Dzień dobry, płacimy INV-551201, INV-551377 i 551402, razem 846,10 GBP. Potrąciliśmy 61,40 GBP za "
        "zepsutego łososia, czekamy na korektę. (INV-551377) Pozdrawiam, Ewa"
    )
    for text in (welsh, polish):
        result = one(_hotel(), pay("p", "846.10", currency="GBP", customer="w1", remittance=text))
        assert result.status == Status.PARTIAL, text
        assert result.short_pay is not None and result.short_pay.invoice_id == "i-INV-551377"


def test_a_deduction_that_names_no_invoice_or_another_figure_stays_a_question() -> None:
    no_invoice = (
        "Morning, paying INV-551201, 551377 and INV551402, £846.10 all told. We knocked off £61.40 as two "
        "trays of salmon arrived spoilt. (see photos) Thanks, Non"
    )
    other_figure = (
        "Morning, paying INV-551201, 551377 and INV551402, £846.10 all told. We knocked off £16.40 as two "
        "trays of salmon arrived spoilt. (INV-551377) Thanks, Non"
    )
    for text in (no_invoice, other_figure):
        result = one(_hotel(), pay("p", "846.10", currency="GBP", customer="w1", remittance=text))
        assert result.status == Status.REVIEW, text


def test_a_bracketed_statement_of_its_own_is_not_read_with_the_sentence_before_it() -> None:
    # The bracket after the full stop is its own statement, naming the invoice it blames: short on that one,
    # not on the one the sentence before it names.
    text = (
        "Paying INV-551201 and INV-551402 in full. (INV-551377 is £61.40 short, salmon arrived damaged.) "
        "Thanks, Non"
    )
    [result] = run(_hotel(), pay("p", "846.10", currency="GBP", customer="w1", remittance=text))
    assert result.short_pay is not None and result.short_pay.invoice_id == "i-INV-551377"


def test_welsh_polish_and_plain_english_words_for_taking_money_off_are_deductions() -> None:
    assert short_reason("Rydym wedi tynnu £20.00 am y cig") == "deduction"
    assert short_reason("Potrąciliśmy 20,00 GBP za brakujące opakowania") == "deduction"
    assert short_reason("We've taken off €12.00 for the pallet charge") == "deduction"
    # Near misses: a Welsh thank-you, a Polish "we are paying", an aircraft taking off.
    assert short_reason("Diolch yn fawr am eich amynedd") is None
    assert short_reason("Płacimy fakturę w całości") is None
    assert short_reason("Paid before the flight took off") is None


def _housing(second: str) -> list[OpenInvoice]:
    # Only the first association has an invoice of the amount paid.
    return [
        inv("301818", "2140.00", "h1", "NOK", "Nordlys Terrasse Borettslag 1"),
        inv("301820", "990.00", "h1", "NOK", "Nordlys Terrasse Borettslag 1"),
        inv("301907", "1575.00", "h2", "NOK", second),
    ]


def test_a_name_cut_before_the_words_that_tell_two_customers_apart_is_a_question_though_one_amount_fits() -> (
    None
):
    result = one(
        _housing("Nordlys Terrasse Borettslag 2"),
        pay("p", "2140.00", currency="NOK", payer="NORDLYS TERRASSE BORET"),
    )
    assert result.status == Status.REVIEW
    assert result.candidates and result.candidates[0] == ["i-301818"]


def test_a_name_that_reaches_the_telling_word_or_a_customer_it_does_not_begin_leaves_the_amount_to_settle_it() -> (
    None
):
    spelt = one(
        _housing("Nordlys Terrasse Borettslag 2"),
        pay("p", "2140.00", currency="NOK", payer="NORDLYS TERRASSE BORETTSLAG 1"),
    )
    assert spelt.status == Status.APPLIED and apps(spelt) == {"i-301818": "2140.00"}
    other = one(
        _housing("Fjordsiden Borettslag"), pay("p", "2140.00", currency="NOK", payer="NORDLYS TERRASSE BORET")
    )
    assert other.status == Status.APPLIED and apps(other) == {"i-301818": "2140.00"}
