"""Session 29, second pass: a holding or group paying its companies' invoices, each named, when the companies do
not share its name; a bank name that shortens every word of a customer's name, the Arabic article run in; a
credit note we do not hold, called so and tied to one invoice, left open on that invoice as a short pay; a cut
bank name that drops the apostrophe."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.names import abbreviates_whole, truncated_match
from chalicelib.domain.cashapp.references import names_credit_note_in_words
from tests.unit.cashapp.test_matching import apps, inv, one, pay


def _group() -> list[OpenInvoice]:
    return [
        inv("INV-70011", "1500.00", "h", "AED", "Al Noor Trading Group Holding LLC"),
        inv("INV-70120", "12000.00", "s1", "AED", "Al Noor Ready Mix FZE"),
        inv("INV-70133", "3400.50", "s2", "AED", "Bin Khamis Tiles & Sanitary LLC"),
        inv("INV-70134", "800.25", "s2", "AED", "Bin Khamis Tiles & Sanitary LLC"),
    ]


GROUP_ADVICE = (
    "Payment made by our treasury on behalf of subsidiaries: INV-70120 (Al Noor Ready Mix FZE); INV-70133 "
    "(Bin Khamis Tiles & Sanitary LLC); INV-70134 (Bin Khamis Tiles & Sanitary LLC)"
)


def test_a_group_holding_paying_its_companies_each_named_applies_when_they_do_not_share_its_name() -> None:
    payment = pay(
        "p",
        "16200.75",
        currency="AED",
        customer="h",
        payer="AL NOOR TRADING GROUP HOLD",
        remittance=GROUP_ADVICE,
    )
    result = one(_group(), payment)
    assert (result.status, apps(result)) == (
        Status.APPLIED,
        {"i-INV-70120": "12000.00", "i-INV-70133": "3400.50", "i-INV-70134": "800.25"},
    )


def test_the_arabic_on_behalf_of_the_subsidiaries_says_it_too() -> None:
    advice = GROUP_ADVICE.replace(
        "Payment made by our treasury on behalf of subsidiaries", "سداد نيابة عن الشركات التابعة"
    )
    payment = pay(
        "p", "16200.75", currency="AED", customer="h", payer="AL NOOR TRADING GROUP", remittance=advice
    )
    assert one(_group(), payment).status == Status.APPLIED


def test_a_payer_that_is_no_group_or_does_not_say_it_pays_for_its_companies_stays_a_persons_call() -> None:
    ledger = [*_group(), inv("INV-70200", "50.00", "t", "AED", "Gulf Star Contracting LLC")]
    # Near miss: a trading customer (no group or holding name) paying other customers' invoices.
    trader = pay(
        "p1", "16200.75", currency="AED", customer="t", payer="GULF STAR CONTRACTING", remittance=GROUP_ADVICE
    )
    assert one(ledger, trader).status == Status.REVIEW
    # Near miss: the holding lists the companies' invoices without saying it pays for them.
    listed = GROUP_ADVICE.replace("Payment made by our treasury on behalf of subsidiaries", "Invoices")
    bare = pay(
        "p2", "16200.75", currency="AED", customer="h", payer="AL NOOR TRADING GROUP", remittance=listed
    )
    assert one(_group(), bare).status == Status.REVIEW


def test_a_bank_name_shortening_every_word_of_a_customers_name_fits_it() -> None:
    assert abbreviates_whole("ALQASIMI GEN CONT LLC", "Al Qasimi General Contracting LLC")
    assert abbreviates_whole("ELQASIMI GEN CONTRACTING", "Al Qasimi General Contracting LLC")
    # Near misses: another first word, a name cut short (truncated_match's), a word that does not shorten.
    assert not abbreviates_whole("ALHAJRI GEN CONT", "Al Qasimi General Contracting LLC")
    assert not abbreviates_whole("ALQASIMI GEN", "Al Qasimi General Contracting LLC")
    assert not abbreviates_whole("ALQASIMI STEEL CONT", "Al Qasimi General Contracting LLC")


def test_an_unknown_payer_shortening_a_customers_name_settles_by_its_one_exact_balance() -> None:
    ledger = [
        inv("INV-81001", "27881.646", "q", "OMR", "Al Qasimi General Contracting LLC"),
        inv("INV-81002", "900.000", "q", "OMR", "Al Qasimi General Contracting LLC"),
        inv("INV-81003", "4100.000", "r", "OMR", "Al Qasimi Steel Trading LLC"),
    ]
    result = one(
        ledger, pay("p", "27881.646", currency="OMR", payer="ALQASIMI GEN CONT LLC", ref="ACH PAYMENT")
    )
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-INV-81001": "27881.646"})


ADVICE_CREDIT = (
    "Remittance - Brackenfield Inns Ltd\n"
    "  SI-500101  02/01/2026  £1,200.00\n"
    "  SI-500144  19/01/2026  £640.50\n"
    "  Less credit note CN-9001 (damaged kegs returned) against SI-500144  -£40.50\n"
    "Net payment £1,800.00\n"
)


def test_a_credit_note_we_do_not_hold_against_a_named_invoice_is_left_open_on_it_as_a_short_pay() -> None:
    ledger = [
        inv("SI-500101", "1200.00", "b", "GBP", "Brackenfield Inns Ltd"),
        inv("SI-500144", "640.50", "b", "GBP", "Brackenfield Inns Ltd"),
    ]
    result = one(ledger, pay("p", "1800.00", currency="GBP", customer="b", remittance=ADVICE_CREDIT))
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-SI-500101": "1200.00", "i-SI-500144": "600.00"},
    )
    assert result.short_pay is not None and result.short_pay.invoice_id == "i-SI-500144"
    assert str(result.short_pay.amount) == "40.50"


def test_a_credit_note_among_several_invoices_naming_none_of_them_stays_a_persons_call() -> None:
    ledger = [
        inv("SI-500101", "1200.00", "b", "GBP", "Brackenfield Inns Ltd"),
        inv("SI-500144", "640.50", "b", "GBP", "Brackenfield Inns Ltd"),
    ]
    advice = ADVICE_CREDIT.replace(" against SI-500144", "")
    assert (
        one(ledger, pay("p", "1800.00", currency="GBP", customer="b", remittance=advice)).status
        == Status.REVIEW
    )


def test_one_invoice_less_a_credit_note_called_so_is_a_short_pay_and_a_bare_code_is_not() -> None:
    ledger = [inv("FV26-2001", "1353.26", "d", "EUR", "Verpakking Oost B.V.")]
    worded = "Factuur FV26-2001    1.353,26\n-/- minus creditnota CN26-0777    -459,11\nTotaal 894,15"
    result = one(ledger, pay("p1", "894.15", currency="EUR", customer="d", remittance=worded))
    assert (result.status, apps(result)) == (Status.PARTIAL, {"i-FV26-2001": "894.15"})
    # Near miss: only a code and a minus figure, a document we cannot see.
    bare = "FV26-2001    1.353,26\nGS-2026-000777    -459,11\nZahlbetrag 894,15 EUR"
    assert (
        one(ledger, pay("p2", "894.15", currency="EUR", customer="d", remittance=bare)).status
        == Status.REVIEW
    )
    assert names_credit_note_in_words("Less credit note CN-9001 against SI-500144")
    assert not names_credit_note_in_words("CM 10798 (re 10342)")
    # A credit the payer still awaits is a deduction of its own, never a credit note we issued.
    assert not names_credit_note_in_words("Avoir attendu : manquants BL 49503")


def test_a_cut_bank_name_without_the_apostrophe_still_begins_the_customers_name() -> None:
    assert truncated_match("ST OSWALDS C OF E PR", "St Oswald's C of E Primary, Kendal")
    # Near miss: a name it does not begin, apostrophe or not.
    assert not truncated_match("ST OSWALDS ACADEMY", "St Oswald's C of E Primary, Kendal")
    ledger = [
        inv("SI-7001", "787.29", "k", "GBP", "St Oswald's C of E Primary, Kendal"),
        inv("SI-7002", "120.00", "a", "GBP", "St Aidan's C of E Primary, Leeds"),
    ]
    result = one(
        ledger, pay("p", "787.29", currency="GBP", payer="ST OSWALDS C OF E PR", ref="ACCOUNT PAYMENT")
    )
    assert (result.status, apps(result)) == (Status.APPLIED, {"i-SI-7001": "787.29"})
    # Near miss: the cut name begins two schools' names, and both have an invoice of that amount.
    twin = [*ledger, inv("SI-7003", "787.29", "w", "GBP", "St Oswald's C of E Primary, Windermere")]
    unsure = one(
        twin, pay("p", "787.29", currency="GBP", payer="ST OSWALDS C OF E PR", ref="ACCOUNT PAYMENT")
    )
    assert unsure.status == Status.REVIEW
