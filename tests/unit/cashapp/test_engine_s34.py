"""Session 34: a Canadian building-products distributor's receipts.

A remittance that lists several invoices as the ones it pays while the amount pays only some of them, "F-" (for
facture) written after a SWIFT field's slash, and a lockbox stub whose scanner read a "1" as a bar.
"""

from typing import Any

from chalicelib.commands.match import match_files


def _inv(
    iid: str, number: str, customer: str, name: str, balance: str, *, currency: str = "CAD"
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": "2025-01-10",
        "due_date": "2025-02-09",
    }


def _pay(
    amount: str,
    reference: str | None,
    *,
    payer: str = "CARPENTIER TOITURES INC",
    customer: str | None = None,
    remittance: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2025-02-20",
        "amount": amount,
        "currency": "CAD",
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": remittance,
    }


_BOOK = [
    _inv("i-1", "CLB-0061207", "C100", "Carpentier Toitures Inc.", "12410.30"),
    _inv("i-2", "CLB-0061388", "C100", "Carpentier Toitures Inc.", "2875.44"),
    _inv("i-3", "CLB-0061402", "C100", "Carpentier Toitures Inc.", "930.18"),
    _inv("i-4", "CLB-0061577", "C200", "Harbourview Decks Ltd.", "4416.02"),
]


def _one(payment: dict[str, Any], book: list[dict[str, Any]] = _BOOK) -> dict[str, Any]:
    (out,), _ = match_files(book, [payment])
    return out


# Invoices listed together as the ones paid, and an amount that pays only some of them.


def test_three_invoices_listed_and_two_of_them_paid_is_for_a_person() -> None:
    out = _one(
        _pay(
            "13340.48", "EFT SUPPLIER PMT", remittance="Paying invoices CLB-61207, 61388, CLB-0061402. Thanks"
        )
    )
    assert out["status"] == "review"
    assert out["applications"] == []
    assert {frozenset(c) for c in out["candidates"][:1]} == {frozenset({"i-1", "i-3"})}


def test_french_factures_joined_by_et_and_one_of_them_paid_is_for_a_person() -> None:
    out = _one(_pay("2875.44", "VIREMENT", remittance="Paiement des factures 61207 et 61388, merci"))
    assert out["status"] == "review"
    assert out["candidates"][0] == ["i-2"]


def test_spanish_and_german_lists_of_invoices_paid_only_in_part_go_to_review() -> None:
    assert _one(_pay("930.18", "PAGO FACTURAS CLB-61388 Y CLB-61402"))["status"] == "review"
    assert _one(_pay("930.18", "Zahlung Rechnungen 61388 und 61402"))["status"] == "review"


def test_listed_invoices_paid_in_full_are_applied() -> None:
    out = _one(_pay("16215.92", "EFT", remittance="Paying invoices CLB-61207, 61388, CLB-0061402"))
    assert out["status"] == "applied"
    assert {a["invoice_id"] for a in out["applications"]} == {"i-1", "i-2", "i-3"}


def test_an_invoice_paid_and_another_promised_later_still_applies_the_one_paid() -> None:
    # Not one list: the payer names the other invoice in a sentence of its own, to be paid later.
    out = _one(
        _pay(
            "2875.44",
            "EFT",
            remittance="CLB-61388 2,875.44\nCLB-61207 will be paid at month end",
            customer="C100",
        )
    )
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-2", "amount": "2875.44"}]


def test_an_order_number_beside_the_invoice_is_no_list() -> None:
    out = _one(_pay("930.18", "ACH CREDIT", remittance="PO#: 61207\nInvoice: CLB-61402\nAmount: 930.18"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "930.18"}]


# "F-" for facture after a SWIFT field's slash is a payer's label, not another series.


def test_f_for_facture_after_a_swift_field_names_our_invoice() -> None:
    out = _one(_pay("2975.44", "SWIFT MT103 /BNF/BOREAL /RFB/F-61388", customer="C100"))
    assert out["status"] == "unapplied"
    assert out["applications"] == [{"invoice_id": "i-2", "amount": "2875.44"}]
    out = _one(_pay("930.18", "INCOMING WIRE /RFB/F61402", payer="CARPENTIER TOITURES"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "930.18"}]


def test_a_series_of_two_letters_after_a_slash_still_names_no_invoice_of_ours() -> None:
    out = _one(_pay("930.18", "INCOMING WIRE /RFB/SX-61402", payer="J SMITH"))
    assert out["applications"] == []
    out = _one(_pay("930.18", "INCOMING WIRE /RFB/F-61402", payer="J SMITH"))
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "930.18"}]


# A scanner's bar for a "1" inside a stub's invoice number.


def test_a_bar_read_for_a_one_inside_a_scanned_number_is_that_digit() -> None:
    # Two invoices of the same amount: only the number on the stub tells them apart.
    book = [*_BOOK, _inv("i-5", "CLB-0061455", "C100", "Carpentier Toitures Inc.", "930.18")]
    out = _one(
        _pay(
            "930.18",
            "LOCKBOX 7731 BATCH 52 ITEM 15 CHQ 5641",
            customer="C100",
            remittance="STUB OCR >> CARPENTIER TOITURES INC. / FACT CLB-006|402 / 930,18 $",
        ),
        book,
    )
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "930.18"}]


def test_a_bar_between_columns_is_no_digit() -> None:
    out = _one(_pay("930.18", "EFT", customer="C100", remittance="CLB-0061402|930.18"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "930.18"}]
    out = _one(_pay("930.18", "EFT", customer="C100", remittance="61402|2025-02-20|930.18"))
    assert out["applications"] == [{"invoice_id": "i-3", "amount": "930.18"}]


# A known customer's payment exactly a round percentage under one invoice, naming none.


def test_exactly_two_percent_under_one_invoice_is_a_discount_taken_for_a_person() -> None:
    # 12410.30 less 2 % (248.21) is 12162.09; nothing named, nothing else fits.
    out = _one(_pay("12162.09", "VIREMENT", customer="C100"))
    assert out["status"] == "review"
    assert out["candidates"] == [["i-1"]]
    # 5 % retention kept back on 2875.44 (143.77), bank text only.
    out = _one(_pay("2731.67", "AFT CR CARPENTIER TOITURES", customer="C100"))
    assert out["status"] == "review"
    assert out["candidates"] == [["i-2"]]


def test_a_shortfall_of_no_round_share_stays_on_account() -> None:
    # 12410.30 less 2.37 %: no discount anyone offers, and nothing fits; held on the account as before.
    out = _one(_pay("12116.17", "VIREMENT", customer="C100"))
    assert out["status"] == "unapplied"
    assert out["applications"] == []
