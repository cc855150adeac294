"""Session 28: deductions a remittance states by the figure it keeps back ("INV 481377 less USD 310.40 crushed
cartons"), in a list or alone, and in French, Spanish, German and Nordic wording; a payer the bank cannot place who
writes an invoice number one keystroke off, or a little more than the balance. Each with the near misses that must
not fit."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import figure_taken, line_amounts, short_reason
from tests.unit.cashapp.test_matching import apps, inv, one, pay

BAKERY = "Golden Crust Bakeries Inc"
DINER = "Route 9 Diner LLC"


def _bakery() -> list[OpenInvoice]:
    return [
        inv("INV-481203", "1250.00", "c1", "USD", BAKERY),
        inv("INV-481377", "2000.00", "c1", "USD", BAKERY),
        inv("INV-481390", "640.00", "c1", "USD", BAKERY),
        inv("INV-700155", "455.00", "c2", "USD", DINER),
    ]


def test_a_figure_right_after_a_subtracting_word_is_what_is_kept_back() -> None:
    assert figure_taken("Inv 481377 less USD 310.40 crushed cartons", "310.40")
    assert figure_taken("fact. 481377 moins 310,40 $ (colis écrasés)", "310,40")
    assert figure_taken("Rechnung 481377 abzgl. 310,40 (Bruch)", "310,40")
    # The figure after a discount's rate is what the line pays.
    assert not figure_taken("INV-481377 less 2% prompt pay 1,960.00", "1,960.00")
    assert not figure_taken("Inv 481377 USD 1,689.60", "1,689.60")


def test_a_deduction_written_after_the_invoice_number_is_a_figure_of_the_line() -> None:
    assert line_amounts("Invoice 481377 less $310.40 crushed cartons") == ["310.40"]
    # After a figure, the note is still the deduction the caller reads, not what the line pays.
    assert line_amounts("1.689,60 minus Bankspesen 10,00") == ["1.689,60"]


def test_a_list_whose_last_line_writes_only_its_deduction_pays_the_rest_of_that_invoice() -> None:
    result = one(
        _bakery(),
        pay(
            "p",
            "2939.60",
            customer="c1",
            payer="GOLDEN CRUST BAKER",
            remittance="Inv 481203 USD 1,250.00; Inv 481377 less USD 310.40 crushed cartons",
        ),
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-INV-481203": "1250.00", "i-INV-481377": "1689.60"}
    assert result.short_pay is not None
    assert (result.short_pay.invoice_id, str(result.short_pay.amount)) == ("i-INV-481377", "310.40")


def test_a_list_whose_stated_deduction_does_not_reconcile_applies_nothing() -> None:
    # 2000.00 less 300.00 is 1700.00, and the payment is 10.40 short of that: which figure is wrong is a person's call.
    result = one(
        _bakery(),
        pay(
            "p",
            "2939.60",
            customer="c1",
            payer="GOLDEN CRUST BAKER",
            remittance="Inv 481203 USD 1,250.00; Inv 481377 less USD 300.00 crushed cartons",
        ),
    )
    assert result.status == Status.REVIEW
    assert apps(result) == {}


def test_a_card_settlement_naming_one_invoice_less_a_stated_figure_is_a_short_pay() -> None:
    result = one(
        _bakery(),
        pay(
            "p",
            "1924.60",
            payer="VISA SETTLEMENT 7781",
            ref="CARD BATCH 112 AUTH 5501",
            remittance="LEVEL3 BUYER GOLDEN CRU | Inv 481377 less $75.40",
        ),
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-INV-481377": "1924.60"}
    assert result.short_pay is not None and str(result.short_pay.amount) == "75.40"


def test_a_card_settlement_whose_stated_figure_is_not_the_shortfall_is_a_question() -> None:
    result = one(
        _bakery(),
        pay(
            "p",
            "1924.60",
            payer="VISA SETTLEMENT 7781",
            ref="CARD BATCH 112 AUTH 5501",
            remittance="LEVEL3 BUYER GOLDEN CRU | Inv 481377 less $80.00",
        ),
    )
    assert result.status == Status.REVIEW


def test_deduction_reasons_in_french_spanish_german_and_nordic_wording() -> None:
    for said in (
        "colis endommagés au déchargement",
        "frais de transport refusés",
        "cargo por flete no pactado",
        "devolución de mercancía",
        "livraison incomplète",
        "pricing per the agreed bid",
        "prisavvikelse enligt avtal",
        "Preisdifferenz laut Angebot",
        "hinta-ero tarjoukseen",
    ):
        assert short_reason(said) == "deduction", said


def test_words_near_a_deduction_reason_that_give_none() -> None:
    for said in ("frais de port offerts", "transport by our own truck", "price list attached", "flettet"):
        assert short_reason(said) is None, said


def test_an_abbreviation_before_a_figure_does_not_end_the_sentence_that_states_the_deduction() -> None:
    ledger = [
        inv("77012", "4000.00", "c1", "EUR", "Holzhandel Brandt GmbH"),
        inv("77018", "1000.00", "c1", "EUR", "Holzhandel Brandt GmbH"),
    ]
    text = "Wir zahlen die Rechnungen 77012 und 77018. Rechnung 77018 abzgl. 120,00 (Bruchschaden), gezahlt 880,00"
    result = one(
        ledger, pay("p", "4880.00", currency="EUR", customer="c1", payer="HOLZHANDEL BRANDT", remittance=text)
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-77012": "4000.00", "i-77018": "880.00"}
    # The same sentence with a figure that is not the shortfall stays a person's question.
    wrong = text.replace("120,00", "125,00")
    result = one(
        ledger,
        pay("p", "4880.00", currency="EUR", customer="c1", payer="HOLZHANDEL BRANDT", remittance=wrong),
    )
    assert result.status == Status.REVIEW


def test_an_unplaced_payer_writing_two_digits_swapped_pays_the_one_invoice_of_its_exact_balance() -> None:
    result = one(
        _bakery(),
        pay(
            "p",
            "640.00",
            payer="AMEX SETTLEMENT",
            ref="CARD BATCH 9",
            remittance="LEVEL3 | Invoice 481309 $640.00",
        ),
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-INV-481390": "640.00"}


def test_an_unplaced_payer_with_a_slip_is_a_question_when_two_invoices_have_the_balance() -> None:
    ledger = [*_bakery(), inv("INV-700160", "640.00", "c2", "USD", DINER)]
    result = one(
        ledger,
        pay(
            "p",
            "640.00",
            payer="AMEX SETTLEMENT",
            ref="CARD BATCH 9",
            remittance="LEVEL3 | Invoice 481309 $640.00",
        ),
    )
    assert result.status == Status.REVIEW


def test_an_unplaced_payer_writing_a_little_more_than_the_balance_overpays_that_invoice() -> None:
    result = one(
        _bakery(),
        pay(
            "p",
            "1275.00",
            payer="DANA WHITFIELD",
            ref="E-TRANSFER CA77Q1",
            remittance="Message: INV-481203 $1,275.00",
        ),
    )
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {"i-INV-481203": "1250.00"}
    assert str(result.unapplied) == "25.00"


def test_an_unplaced_payer_overpaying_without_writing_the_figure_or_at_another_invoices_balance_is_a_question() -> (
    None
):
    # No figure written: only the reference says which invoice, and the amount is well over it.
    result = one(_bakery(), pay("p", "1400.00", payer="DANA WHITFIELD", remittance="Message: INV-481203"))
    assert result.status == Status.REVIEW
    # Another customer's invoice is owed exactly this: the reference may be the slip.
    ledger = [*_bakery(), inv("INV-700199", "1275.00", "c2", "USD", DINER)]
    result = one(
        ledger, pay("p", "1275.00", payer="DANA WHITFIELD", remittance="Message: INV-481203 $1,275.00")
    )
    assert result.status == Status.REVIEW


def test_a_list_line_naming_the_deduction_by_its_word_pays_the_rest_of_that_invoice() -> None:
    ledger = [
        inv("50101", "12000.00", "c1", "SEK", "Vänerns Bygg AB"),
        inv("50102", "3000.00", "c1", "SEK", "Vänerns Bygg AB"),
    ]
    text = "Faktura 50101 12 000,00; Faktura 50102 avdrag 500,00 fuktskadat virke"
    result = one(
        ledger, pay("p", "14500.00", currency="SEK", customer="c1", payer="VANERNS BYGG", remittance=text)
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-50101": "12000.00", "i-50102": "2500.00"}


def test_an_invoice_line_with_only_a_negative_figure_and_its_reason_pays_the_rest() -> None:
    text = "INV 481203 1,250.00\nINV 481390 640.00\nINV 481377 -310.40 broken pallets"
    result = one(_bakery(), pay("p", "3579.60", customer="c1", payer="GOLDEN CRUST BAKER", remittance=text))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-INV-481203": "1250.00", "i-INV-481390": "640.00", "i-INV-481377": "1689.60"}
    # Without a reason the negative figure says nothing of what the invoice is paid: a person reads it.
    bare = "INV 481203 1,250.00\nINV 481390 640.00\nINV 481377 -310.40"
    result = one(_bakery(), pay("p", "3579.60", customer="c1", payer="GOLDEN CRUST BAKER", remittance=bare))
    assert result.status == Status.REVIEW


def test_slash_separated_entries_with_a_bracketed_figure_taken_off_one_invoice_are_a_short_pay() -> None:
    text = "Paiement fact. no 481377 (moins 310.40 écart sur soumission) / no 481203 1,250.00"
    result = one(_bakery(), pay("p", "2939.60", customer="c1", payer="GOLDEN CRUST BAKER", remittance=text))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-INV-481203": "1250.00", "i-INV-481377": "1689.60"}
    # A figure taken off that is not the shortfall explains nothing.
    other = text.replace("310.40", "300.00")
    result = one(_bakery(), pay("p", "2939.60", customer="c1", payer="GOLDEN CRUST BAKER", remittance=other))
    assert result.status == Status.REVIEW


def test_figures_with_decimal_commas_in_a_sentence_are_not_read_as_comma_separated_fields() -> None:
    line = "FA26-0412 12 300,50 - réfaction marchandise non conforme 1 230,05 = 11 070,45"
    assert line_amounts(line) == ["12 300,50", "1 230,05", "11 070,45"]
    # A real comma-separated row still reads field by field.
    assert line_amounts("10147,2025-09-10,1740.00,0.00,") == ["1740.00", "0.00"]


def test_a_paying_agent_naming_an_invoice_and_its_refaction_to_the_cent_is_a_short_pay() -> None:
    ledger = [inv("FA26-0412", "12300.50", "c1", "EUR", "Centre Hospitalier de Morlaix")]
    text = "FA26-0412 12 300,50 - réfaction marchandise non conforme 1 230,05 = 11 070,45"
    result = one(ledger, pay("p", "11070.45", currency="EUR", payer="DDFIP DU MORBIHAN", remittance=text))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-FA26-0412": "11070.45"}
    # Neither the balance nor the difference written, from a payer we cannot place: a person's call.
    bare = "FA26-0412 règlement 11 070,45"
    result = one(ledger, pay("p", "11070.45", currency="EUR", payer="DDFIP DU MORBIHAN", remittance=bare))
    assert result.status == Status.REVIEW


def test_an_unplaced_payer_that_says_what_the_extra_is_overpays_the_invoice_it_names() -> None:
    text = "Invoice INV-481203. The extra 150.00 is a deposit for our next order."
    result = one(_bakery(), pay("p", "1400.00", payer="DANA WHITFIELD", remittance=text))
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {"i-INV-481203": "1250.00"}
    # The figure it calls the extra is not the rest (150.00): which figure is wrong is a person's call.
    other = "Invoice INV-481203. The extra 100.00 is a deposit for our next order."
    result = one(_bakery(), pay("p", "1400.00", payer="DANA WHITFIELD", remittance=other))
    assert result.status == Status.REVIEW


def _timber() -> list[OpenInvoice]:
    return [inv(n, b, "c1", "EUR", "Puutalo Oy") for n, b in (("64101", "10000.00"), ("64102", "5000.00"))]


def test_a_finnish_or_norwegian_list_with_one_invoice_less_its_stated_deduction_is_a_short_pay() -> None:
    for text in (
        "Maksamme laskut 64101 ja 64102. Lasku 64102 miinus 700,00: rahtivaurio. Maksettu 4 300,00.",
        "Vi betaler fakturaene 64101 og 64102. Faktura 64102 fratrukket 700,00 for frakt. Betalt 4 300,00.",
    ):
        result = one(
            _timber(), pay("p", "14300.00", currency="EUR", customer="c1", payer="PUUTALO", remittance=text)
        )
        assert result.status == Status.PARTIAL, text
        assert apps(result) == {"i-64101": "10000.00", "i-64102": "4300.00"}, text


def test_a_finnish_list_whose_deduction_is_not_the_shortfall_is_a_question() -> None:
    text = "Maksamme laskut 64101 ja 64102. Lasku 64102 miinus 650,00: rahtivaurio. Maksettu 4 350,00."
    result = one(
        _timber(), pay("p", "14300.00", currency="EUR", customer="c1", payer="PUUTALO", remittance=text)
    )
    assert result.status == Status.REVIEW


def test_an_unplaced_payer_paying_a_few_pennies_over_the_invoice_it_names_overpays_it() -> None:
    # 1.80 over 1,250.00, nothing written: a rounding or a fee added the wrong way, not another invoice's money.
    result = one(
        _bakery(), pay("p", "1251.80", payer="CHEQUE LODGEMENT", remittance="Invoice(s): INV-481203")
    )
    assert result.status == Status.UNAPPLIED
    assert apps(result) == {"i-INV-481203": "1250.00"}


def _bakers() -> list[OpenInvoice]:
    return [
        inv("RE-4410", "1893.40", "c1", "EUR", "Bäckerei Müller & Söhne GmbH"),
        inv("RE-4411", "702.15", "c2", "EUR", "Große Mühle Nord AG"),
        inv("RE-4412", "455.00", "c3", "EUR", "Hofmann Backwaren KG"),
    ]


def test_a_bank_spelling_umlauts_as_two_letters_still_names_the_customer() -> None:
    result = one(_bakers(), pay("p", "1893.40", currency="EUR", payer="BAECKEREI MUELLER & SOEHNE GMBH"))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-RE-4410": "1893.40"}


def test_a_payer_like_no_customer_with_the_amount_of_an_umlaut_name_is_a_question() -> None:
    result = one(_bakers(), pay("p", "1893.40", currency="EUR", payer="KAESEREI BERGMANN GMBH"))
    assert result.status == Status.REVIEW
