"""Session 31: self-billing advices that pay each invoice on its own line and take a deduction off one of them on
a line of its own (a late-delivery penalty, a quality claim, a reason in words we have no list for), and a
Belgian structured communication telling apart two invoices of the same balance."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.models import ShortPay
from chalicelib.domain.cashapp.references import says_why, short_reason
from tests.unit.cashapp.test_matching import apps, inv, one, pay

NURSERY = "Baumschule Lindenhof GmbH"


def _nursery() -> list[OpenInvoice]:
    return [
        inv("KP2604410", "1420.00", "n", "EUR", NURSERY),
        inv("KP2604411", "836.50", "n", "EUR", NURSERY),
        inv("KP2604412", "2210.75", "n", "EUR", NURSERY),
        inv("KP2604413", "415.00", "o", "EUR", "Gärtnerei Sonnenhang"),
    ]


def _short(short: ShortPay | None) -> tuple[str, Decimal, str]:
    assert short is not None
    return (short.invoice_id, short.amount, short.reason)


def test_a_deduction_line_naming_one_paid_invoice_leaves_that_invoice_short() -> None:
    advices = [
        "Gutschriftsanzeige 88120\nKP2604410  1.420,00\nKP2604412  2.210,75\n"
        "KP2604412 Abzug Lieferverzug 3 Tage  -110,54\nAuszahlung  3.520,21",
        "Betalningsavi 5512\nKP2604410  1 420,00\nKP2604412  2 210,75\n"
        "KP2604412 avgift försenad leverans  -110,54\nSumma  3 520,21",
        "Settlement statement 771\nKP2604410  1,420.00\nKP2604412  2,210.75\n"
        "KP2604412 quality issue - yellowed leaves  -110.54\nAmount paid  3,520.21",
    ]
    for advice in advices:
        result = one(_nursery(), pay("p", "3520.21", currency="EUR", remittance=advice, payer=NURSERY))
        assert (result.status, apps(result)) == (
            Status.PARTIAL,
            {"i-KP2604410": "1420.00", "i-KP2604412": "2100.21"},
        ), advice
        assert _short(result.short_pay) == ("i-KP2604412", Decimal("110.54"), "deduction"), advice


def test_a_deduction_line_with_a_reason_in_words_we_have_no_list_for_still_takes_its_figure_off() -> None:
    advice = (
        "Distinta di pagamento 3041\nKP2604411  836,50\nKP2604410  1.420,00\n"
        "KP2604411 piante appassite all'arrivo  -36,50\nTotale  2.220,00"
    )
    result = one(_nursery(), pay("p", "2220.00", currency="EUR", remittance=advice, payer=NURSERY))
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-KP2604410": "1420.00", "i-KP2604411": "800.00"},
    )
    assert _short(result.short_pay) == ("i-KP2604411", Decimal("36.50"), "deduction")


def test_two_deduction_lines_on_one_invoice_add_up_to_its_short_pay() -> None:
    advice = (
        "Avis de paiement 4410\nKP2604410  1 420,00\nKP2604412  2 210,75\n"
        "KP2604412 pénalité de retard  -60,00\nKP2604412 réclamation qualité  -40,75\nTotal réglé  3 530,00"
    )
    result = one(_nursery(), pay("p", "3530.00", currency="EUR", remittance=advice, payer=NURSERY))
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-KP2604410": "1420.00", "i-KP2604412": "2110.00"},
    )
    assert _short(result.short_pay) == ("i-KP2604412", Decimal("100.75"), "deduction")


def test_deduction_lines_that_do_not_reconcile_with_the_payment_stay_a_question() -> None:
    # The advice's net is 3,520.21; the bank brought 3,480.21: something else is missing, nothing is applied.
    advice = (
        "Gutschriftsanzeige 88121\nKP2604410  1.420,00\nKP2604412  2.210,75\n"
        "KP2604412 Verspätungsabzug  -110,54\nAuszahlung  3.520,21"
    )
    result = one(_nursery(), pay("p", "3480.21", currency="EUR", remittance=advice, payer=NURSERY))
    assert result.status == Status.REVIEW and not result.applications


def test_a_bare_negative_line_without_a_word_of_why_is_no_deduction() -> None:
    advice = "Avis 12\nKP2604410  1.420,00\nKP2604412  2.210,75\nRechnung KP2604412  -110,54\nSumme  3.520,21"
    result = one(_nursery(), pay("p", "3520.21", currency="EUR", remittance=advice, payer=NURSERY))
    assert result.status == Status.REVIEW and not result.applications
    assert not says_why("Rechnung KP2604412  -110,54 EUR")
    assert says_why("KP2604412 Frostschaden  -110,54")
    for pointer in ("siehe Anlage", "zie bijlage", "voir pièce jointe", "as agreed", "see attached"):
        assert not says_why(f"KP2604412 {pointer}  -110,54"), pointer


def test_a_late_payment_apology_is_not_a_late_delivery_penalty() -> None:
    for text in (
        "Entschuldigen Sie die Verspätung der Zahlung",
        "désolés pour le retard de paiement",
        "przepraszamy za opóźnienie płatności",
        "sorry this is late",
    ):
        assert short_reason(text) is None, text
    for text in ("Verspätungspauschale", "pénalité de retard livraison", "kara za opóźnienie dostawy"):
        assert short_reason(text) == "deduction", text


GARDEN = "Tuincentrum De Linde BV"


def _twins() -> list[OpenInvoice]:
    return [
        inv("FV260517", "3120.40", "g", "EUR", GARDEN),
        inv("FV260518", "3120.40", "g", "EUR", GARDEN),
        inv("FV260519", "77.00", "g", "EUR", GARDEN),
    ]


def test_a_structured_communication_holding_one_of_two_same_balance_invoices_says_which() -> None:
    for ref in ("+++100/0260/51810+++", "***100/0260/51810***"):
        result = one(_twins(), pay("p", "3120.40", currency="EUR", ref=ref, payer="TUINCENTRUM DE LINDE BV"))
        assert (result.status, apps(result)) == (Status.APPLIED, {"i-FV260518": "3120.40"}), ref


def test_a_communication_whose_check_fails_or_that_holds_neither_leaves_the_tie_to_a_person() -> None:
    # Check digits 11 instead of 10; a valid communication that holds no invoice of the customer.
    for ref in ("+++100/0260/51811+++", "+++900/0260/52090+++"):
        result = one(_twins(), pay("p", "3120.40", currency="EUR", ref=ref, payer="TUINCENTRUM DE LINDE BV"))
        assert result.status == Status.REVIEW, ref
        assert sorted(map(sorted, result.candidates)) == [["i-FV260517"], ["i-FV260518"]], ref


CHANDLERY = "Harbourside Chandlery Ltd"
# Twenty-six open invoices of a busy customer, small and large.
_CHANDLERY_CENTS = [
    115108,
    30187,
    1332044,
    40481,
    31559,
    893015,
    2467246,
    19855,
    53960,
    57302,
    127923,
    1480851,
    527074,
    2177163,
    1428401,
    66774,
    28027,
    50943,
    20706,
    132351,
    42566,
    1714523,
    194255,
    209192,
    40472,
    41788,
]


def _chandlery() -> list[OpenInvoice]:
    return [
        inv(f"HC-{7100 + k}", str(Decimal(cents) / 100), "hc", "NZD", CHANDLERY)
        for k, cents in enumerate(_CHANDLERY_CENTS)
    ]


def test_a_ten_invoice_set_that_happens_to_add_up_among_twenty_six_is_not_applied() -> None:
    # 25,168.03 is exactly ten of the invoices, and no other set: among 26 invoices, sets of ten or fewer are so
    # many that one landing on any amount is expected. Nothing named, nothing applied: cash held on the account.
    result = one(
        _chandlery(), pay("p", "25168.03", currency="NZD", customer="hc", payer="HARBOURSIDE CHANDL")
    )
    assert (result.status, apps(result)) == (Status.UNAPPLIED, {})


def test_two_invoices_adding_up_among_the_same_twenty_six_are_still_a_lump_payment() -> None:
    # HC-7114 + HC-7122 = 14,284.01 + 1,942.55: a pair among 26 is rare enough by chance to mean it.
    result = one(
        _chandlery(), pay("p", "16226.56", currency="NZD", customer="hc", payer="HARBOURSIDE CHANDL")
    )
    assert (result.status, apps(result)) == (
        Status.APPLIED,
        {"i-HC-7114": "14284.01", "i-HC-7122": "1942.55"},
    )


def test_a_large_set_among_few_invoices_still_means_something() -> None:
    # Six of seven invoices: few enough sets that a hit is no coincidence.
    ledger = [
        inv(f"HC-{7100 + k}", str(Decimal(c) / 100), "hc", "NZD", CHANDLERY)
        for k, c in enumerate([115108, 30187, 1332044, 40481, 31559, 893015, 2467246])
    ]
    result = one(ledger, pay("p", "48794.53", currency="NZD", customer="hc", payer="HARBOURSIDE CHANDL"))
    assert result.status == Status.APPLIED
    assert len(result.applications) == 6


def test_the_telling_size_shrinks_as_a_customer_has_more_invoices() -> None:
    from chalicelib.domain.cashapp.engine import _telling_size

    assert _telling_size(_CHANDLERY_CENTS[:7]) == 7
    assert 2 <= _telling_size(_CHANDLERY_CENTS) < 10
