"""Session 33b: Southeast Asian remittances. A ringgit figure glued to its sign ("RM9,800.00") on an advice that
allocates per invoice; a deduction stated in Malay ("tolak ... calar") or Vietnamese ("TRU 1.250.000 VND ... HANG
LOI") on one invoice of a list; a purchase order number that is one keystroke from an invoice of ours; a slip of
the hand one keystroke from two of the payer's invoices in a shared series, with a round part payment; and a payer
name the bank tied to a customer earlier in the batch."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.references import line_amounts, short_reason
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run

TERAS = "Teras Kayu Hotels Sdn Bhd"
MEKONG = "Mekong Pearl Resort Co Ltd"
LANTERN = "Lantern Quay Studio Pte Ltd"
OTHER = "Anggerik Realty Sdn Bhd"


def _myr() -> list[OpenInvoice]:
    return [
        inv("MWI-70112", "4200.00", "teras", "MYR", TERAS),
        inv("MWI-70140", "25000.00", "teras", "MYR", TERAS),
        inv("MWI-70141", "880.40", "teras", "MYR", TERAS),
        inv("MWI-70150", "1315.25", "teras", "MYR", TERAS),
        inv("MWI-70198", "6400.00", "other", "MYR", OTHER),
    ]


def test_a_glued_ringgit_or_rupiah_sign_is_read_as_an_amount() -> None:
    assert line_amounts("MWI-70140 RM9,800.00 (part payment)") == ["9,800.00"]
    assert line_amounts("INV 88 Rp1.250.000,00") == ["1.250.000,00"]
    # Letters that merely end in RM are a word, not the ringgit.
    assert line_amounts("FORM1,200.00") == []


def test_an_advice_that_allocates_per_invoice_with_glued_ringgit_is_a_part_payment() -> None:
    result = one(
        _myr(),
        pay(
            "p",
            "14000.00",
            currency="MYR",
            customer="teras",
            payer="TERAS KAYU HOTELS",
            remittance="DuitNow Transfer\nOther Payment Details: MWI-70112 RM 4,200.00 (full); "
            "MWI-70140 RM9,800.00 (part payment)",
        ),
    )
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-MWI-70112": "4200.00", "i-MWI-70140": "9800.00"},
    )


def test_a_malay_deduction_on_one_invoice_of_a_list_is_a_short_pay() -> None:
    result = one(
        _myr(),
        pay(
            "p",
            "2160.65",
            currency="MYR",
            customer="teras",
            payer="TERAS KAYU HOTELS",
            remittance="Bayaran inv MWI-70141 & MWI-70150. Tolak RM 35.00 bagi MWI-70150: kerusi rosak",
        ),
    )
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-MWI-70141": "880.40", "i-MWI-70150": "1280.25"},
    )
    assert result.short_pay is not None and str(result.short_pay.amount) == "35.00"


def test_a_list_paid_short_without_a_word_of_why_stays_with_a_person() -> None:
    result = one(
        _myr(),
        pay(
            "p",
            "2160.65",
            currency="MYR",
            customer="teras",
            payer="TERAS KAYU HOTELS",
            remittance="Bayaran inv MWI-70141 & MWI-70150. Terima kasih",
        ),
    )
    assert result.status == Status.REVIEW


def test_a_vietnamese_deduction_in_dong_with_one_dot_group_is_a_short_pay() -> None:
    assert line_amounts("TRU 1.250.000 VND HD MWV-50210 HANG LOI", whole=True) == ["1,250,000"]
    # One dot group with no dong after it may be anything (a model number): not read as an amount.
    assert line_amounts("MODEL 710.000 SERIES", whole=True) == []
    assert short_reason("TRU 1.250.000 VND HD MWV-50210 HANG LOI") == "deduction"
    ledger = [
        inv("MWV-50210", "18400000", "mekong", "VND", MEKONG),
        inv("MWV-50233", "9600000", "mekong", "VND", MEKONG),
    ]
    result = one(
        ledger,
        pay(
            "p",
            "26750000",
            currency="VND",
            customer="mekong",
            payer="CONG TY TNHH MEKONG PEARL RESORT",
            remittance="ND CK: THANH TOAN CAC HOA DON MWV-50210; MWV-50233. TRU 1.250.000 VND HD MWV-50210 HANG LOI",
        ),
    )
    assert (result.status, apps(result)) == (
        Status.PARTIAL,
        {"i-MWV-50210": "17150000.00", "i-MWV-50233": "9600000.00"},
    )


def test_a_purchase_order_number_near_an_invoice_of_ours_is_no_typo() -> None:
    ledger = [
        inv("MWI-70031", "1113.99", "teras", "MYR", TERAS),
        inv("MWI-70058", "2450.00", "teras", "MYR", TERAS),
        inv("MWI-70098", "51755.00", "other", "MYR", OTHER),
    ]
    as_order = one(ledger, pay("p", "1113.99", currency="MYR", customer="teras", ref="PO PO/HTL/70088"))
    assert (as_order.status, apps(as_order)) == (Status.APPLIED, {"i-MWI-70031": "1113.99"})
    # Written as an invoice number, the same digits are a slip for MWI-70058 with another amount: a person's call.
    as_invoice = one(ledger, pay("p", "1113.99", currency="MYR", customer="teras", ref="INV 70088"))
    assert as_invoice.status == Status.REVIEW


def _lantern() -> list[OpenInvoice]:
    return [
        inv("KTX-40070", "2660.00", "lantern", "SGD", LANTERN),
        inv("KTX-40071", "1304.79", "lantern", "SGD", LANTERN),
        inv("KTX-40079", "36947.10", "someone", "THB", "Lanna Home Co Ltd"),
        inv("KTX-40090", "5000.00", "someone", "SGD", "Lanna Home Co Ltd"),
    ]


def test_a_slip_one_keystroke_from_two_own_invoices_with_a_round_part_is_review() -> None:
    result = one(_lantern(), pay("p", "700.00", currency="SGD", customer="lantern", ref="KTX-40079 payment"))
    assert result.status == Status.REVIEW
    assert sorted(c[0] for c in result.candidates) == ["i-KTX-40070", "i-KTX-40071"]


def test_a_known_payers_cash_near_no_invoice_number_stays_on_account() -> None:
    result = one(
        _lantern(), pay("p", "700.00", currency="SGD", customer="lantern", ref="deposit for new order")
    )
    assert result.status == Status.UNAPPLIED


def test_a_payer_name_the_bank_tied_to_a_customer_earlier_confirms_it_later() -> None:
    ledger = [
        inv("KTT-40193", "29417.29", "riverside", "THB", "Chao Phraya Riverside Hotel Co Ltd"),
        inv("KTT-40292", "211105.25", "riverside", "THB", "Chao Phraya Riverside Hotel Co Ltd"),
        inv("KTT-40300", "5000.00", "riverside", "THB", "Chao Phraya Riverside Hotel Co Ltd"),
    ]
    thai = "บจก. เจ้าพระยา ริเวอร์ไซด์ โฮเทล"
    later = pay("p2", "241000.00", currency="THB", payer=thai, ref="Settlement of invoices 40193; 40292")
    earlier = pay("p1", "5000.00", currency="THB", customer="riverside", payer=thai, ref="KTT-40300")
    _, result = run(ledger, earlier, later)
    assert (result.status, apps(result)) == (
        Status.UNAPPLIED,
        {"i-KTT-40193": "29417.29", "i-KTT-40292": "211105.25"},
    )
    # Without the earlier line, nothing but the numbers says who pays: a person looks.
    alone = one(ledger, later)
    assert alone.status == Status.REVIEW


def test_a_payer_known_only_by_name_quoting_its_invoice_in_another_currency_goes_to_review() -> None:
    ledger = [
        inv("KTU-41262", "1142.69", "lantern", "USD", LANTERN),
        inv("KTX-41000", "300.00", "lantern", "SGD", LANTERN),
    ]
    by_name = one(ledger, pay("p", "1542.63", currency="SGD", payer="LANTERN QUAY STUDIO", ref="Inv#41262"))
    assert by_name.status == Status.REVIEW
    # Known by its id too: which invoice is written, the rate is a person's call (session 39; it was held on account).
    by_id = one(ledger, pay("p", "1542.63", currency="SGD", customer="lantern", ref="Inv#41262"))
    assert by_id.status == Status.REVIEW
