"""Session 33 (d): East and West African payment lines.

A customer number typed in a mobile-money account field, a prefix typed with two letters swapped, an order number
in Swahili, a duplicated mobile-money feed line, Swahili instalments, a stated advance for an order, and an
overpayment of a named invoice by a round sum.
"""

from typing import Any

from chalicelib.commands.match import match_files


def _inv(
    iid: str, number: str, customer: str, name: str, balance: str, *, currency: str = "KES"
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": "2026-02-01",
        "due_date": "2026-03-01",
    }


def _pay(
    amount: str,
    reference: str | None,
    *,
    payer: str = "AMINA WANJIRU OCHIENG",
    customer: str | None = None,
    currency: str = "KES",
    pid: str = "p-1",
    remittance: str | None = None,
) -> dict[str, Any]:
    return {
        "id": pid,
        "date": "2026-03-10",
        "amount": amount,
        "currency": currency,
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": remittance,
    }


_BOOK = [
    _inv("i-1", "INV-207001", "C4411", "Baraka Chemists Thika", "52300.10"),
    _inv("i-2", "INV-207002", "C4411", "Baraka Chemists Thika", "18200.00"),
    _inv("i-3", "INV-207003", "C5822", "Upendo Medical Centre", "52300.10"),
    _inv("i-4", "INV-207004", "D4411", "Dunia Pharma Stores", "9100.00"),
]


def _one(book: list[dict[str, Any]], payment: dict[str, Any]) -> dict[str, Any]:
    (out,), _ = match_files(book, [payment])
    return out


# A customer number in the account field identifies the payer.


def test_a_customer_number_in_the_account_field_identifies_the_payer() -> None:
    out = _one(_BOOK, _pay("52300.10", "MPESA QWE7RT5YUI PAYBILL 555000 ACC C5822"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "52300.10"}]


def test_customer_digits_after_a_customer_word_identify_the_payer() -> None:
    out = _one(_BOOK, _pay("70500.10", "NIP/000012260310/CUST 4411 KUDI", currency="KES"))
    # "4411" is the digits of C4411 and of D4411: two customers' numbers, so nobody.
    assert out["status"] == "review"
    out = _one(_BOOK, _pay("52300.10", "MPESA QWE7RT5YUI PAYBILL 555000 ACC CUSTOMER NO 5822"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "52300.10"}]


def test_bare_digits_without_a_customer_word_identify_nobody() -> None:
    out = _one(_BOOK, _pay("52300.10", "MPESA QWE7RT5YUI PAYBILL 555000 ACC 5822"))
    assert out["status"] == "review"
    assert out["applications"] == []


def test_a_customer_number_paying_all_its_invoices_at_once() -> None:
    out = _one(_BOOK, _pay("70500.10", "MPESA QWE7RT5YUI PAYBILL 555000 ACC c4411"))
    assert out["status"] == "applied"
    assert {a["invoice_id"] for a in out["applications"]} == {"i-1", "i-2"}


# A prefix typed with two letters swapped.


def test_a_prefix_with_two_letters_swapped_names_our_invoice() -> None:
    out = _one(_BOOK, _pay("18200.00", "EFT CR PAYMENT OF IVN207002"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-2", "amount": "18200.00"}]


def test_another_series_letters_still_name_no_invoice_of_ours() -> None:
    out = _one(_BOOK, _pay("18200.00", "EFT CR PAYMENT OF PRF207002"))
    assert out["applications"] == []


# An order number, in Swahili or with "our", is never our invoice.


def test_a_swahili_order_number_is_not_another_customers_invoice() -> None:
    out = _one(
        _BOOK, _pay("18200.00", "PESALINK PL2603AB ODA NA 207003", payer="BARAKA CHEMISTS", customer="C4411")
    )
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-2", "amount": "18200.00"}]


def test_our_lpo_number_that_fits_nothing_is_held_on_account() -> None:
    out = _one(
        _BOOK,
        _pay(
            "40000.00",
            "EFT LPO 207003",
            payer="BARAKA CHEMISTS",
            customer="C4411",
            remittance="Malipo kwa LPO yetu namba 207003.",
        ),
    )
    assert out["status"] == "unapplied"
    assert out["applications"] == []


def test_invoice_numbers_joined_by_na_are_still_invoices() -> None:
    out = _one(_BOOK, _pay("70500.10", "MALIPO INV 207001 NA 207002", customer="C4411"))
    assert out["status"] == "applied"
    assert {a["invoice_id"] for a in out["applications"]} == {"i-1", "i-2"}


# A mobile-money receipt code fed twice.


def test_the_same_receipt_code_again_is_a_duplicated_line() -> None:
    line = "MPESA UD2EFFGPTN PAYBILL 555000 ACC INV207002"
    first = _pay("18200.00", line, payer="BARAKA CHEMISTS THIKA")
    again = {**first, "id": "p-2", "date": "2026-03-12"}
    (one, two), _ = match_files(_BOOK, [first, again])
    assert one["status"] == "applied"
    assert two["status"] == "review"
    assert two["applications"] == []
    assert "duplicated" in two["error"]


def test_a_later_payment_with_its_own_receipt_code_is_held_on_account() -> None:
    first = _pay("18200.00", "MPESA UD2EFFGPTN PAYBILL 555000 ACC INV207002", payer="BARAKA CHEMISTS THIKA")
    later = {**first, "id": "p-2", "reference": "MPESA UK9PLMNB3X PAYBILL 555000 ACC INV207002"}
    (_, two), _ = match_files(_BOOK, [first, later])
    assert two["status"] == "unapplied"
    assert two.get("error") is None


def test_a_word_after_the_rail_is_no_receipt_code() -> None:
    first = _pay("18200.00", "MPESA TRANSFER ACC INV207002", payer="BARAKA CHEMISTS THIKA")
    later = {**first, "id": "p-2"}
    (_, two), _ = match_files(_BOOK, [first, later])
    assert two.get("error") is None


# Swahili instalments, stated advances, a round overpayment.


def test_a_swahili_first_instalment_is_a_part_payment() -> None:
    out = _one(_BOOK, _pay("20000.00", "EFT CR AWAMU YA KWANZA INV207001"))
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "20000.00"}]


def test_an_unexplained_smaller_amount_from_a_stranger_stays_in_review() -> None:
    out = _one(_BOOK, _pay("20000.00", "EFT CR MALIPO INV207001"))
    assert out["status"] == "review"


def test_an_advance_for_the_next_order_by_a_known_name_is_held() -> None:
    out = _one(
        _BOOK, _pay("31245.50", "NIP/0000162603/ADVANCE FOR NEXT ORDER", payer="UPENDO MEDICAL CENTRE")
    )
    assert out["status"] == "unapplied"
    assert out["applications"] == []


def test_an_odd_sum_without_an_advance_stated_stays_in_review() -> None:
    out = _one(_BOOK, _pay("31245.50", "NIP/0000162603/PAYMENT", payer="UPENDO MEDICAL CENTRE"))
    assert out["status"] == "review"


def test_a_named_invoice_plus_a_round_sum_is_an_overpayment() -> None:
    out = _one(_BOOK, _pay("24200.00", "TISS MALIPO INV-207002"))
    assert out["status"] == "unapplied"
    assert out["applications"] == [{"invoice_id": "i-2", "amount": "18200.00"}]
    assert out["unapplied"] == "6000.00"


def test_a_named_invoice_plus_an_odd_sum_from_a_stranger_stays_in_review() -> None:
    out = _one(_BOOK, _pay("24217.35", "TISS MALIPO INV-207002"))
    assert out["status"] == "review"
