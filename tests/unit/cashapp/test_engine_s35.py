"""Session 35: a padded invoice number printed in groups, another customer's number in another currency, and
the SEPA remittance field.

"INV 0071 334" is invoice 71334 as the payer copied it off a printed invoice (zero padding and all, in groups);
"INV-71390" on a shilling payment names a naira invoice of another customer, which is a person's call even when
the amount is the payer's own other invoice's balance; "/RI/71334/" is a SEPA or SWIFT field, not a series.
"""

from decimal import Decimal
from typing import Any

from chalicelib.commands.match import match_files
from chalicelib.domain.cashapp import references as refs


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
        "issue_date": "2025-01-10",
        "due_date": "2025-02-09",
    }


def _pay(
    amount: str,
    reference: str | None,
    *,
    currency: str = "KES",
    payer: str = "NYERI PHONE CENTRE LTD",
    customer: str | None = "C100",
    remittance: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2025-02-20",
        "amount": amount,
        "currency": currency,
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": remittance,
    }


_BOOK = [
    _inv("i-1", "TLX-0071334", "C100", "Nyeri Phone Centre Ltd", "84500.00"),
    _inv("i-2", "TLX-0071392", "C100", "Nyeri Phone Centre Ltd", "12250.00"),
    _inv("i-3", "TLX-0071390", "C200", "Ikeja Gadget Hub Ltd", "3310000.00", currency="NGN"),
    _inv("i-4", "TLX-0071501", "C300", "Tema Airtime Ventures", "12250.00", currency="EUR"),
]


def _one(payment: dict[str, Any], book: list[dict[str, Any]] = _BOOK) -> dict[str, Any]:
    (out,), _ = match_files(book, [payment])
    return out


# A padded number printed in groups of digits.


def test_a_padded_number_in_groups_names_the_invoice() -> None:
    assert "71334" in refs.candidate_keys("RTGS EQUITY FT26041XK2 INV 0071 334")
    out = _one(_pay("84500.00", "RTGS EQUITY FT26041XK2 INV 0071 334"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "84500.00"}]


def test_a_padded_number_in_groups_before_the_next_field_names_the_invoice() -> None:
    out = _one(_pay("84500.00", "EFT/COOP/INV 0071 334/NYERI PHONE"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "84500.00"}]


def test_a_stated_part_payment_of_a_number_in_groups_is_partial() -> None:
    out = _one(_pay("30000.00", "MPESA QX81KD02 ACC INSTALMENT 1 OF 3 INV 0071 334"))
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "30000.00"}]
    assert out["short_pay"] is None


def test_a_group_of_zeros_alone_is_no_closed_invoice() -> None:
    # "Facture 0071 334" is one number: not an invoice 0071 that is not open.
    assert refs.explicit_invoice_mentions("Acompte sur Facture 0071 334") == ["0071 334"]
    out = _one(_pay("20000.00", "VIR SGBS", remittance="Acompte sur Facture 0071 334"))
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "20000.00"}]


def test_an_invoice_number_with_a_figure_after_it_is_still_that_number() -> None:
    # "INV 1042 100" is no number in groups when 1042100 is no invoice: the figure is the payer's.
    assert refs.explicit_invoice_mentions("INV 1042 100") == ["1042 100"]
    book = [*_BOOK, _inv("i-9", "1042", "C400", "Kisumu Mobile Mart", "100.00", currency="EUR")]
    out = _one(_pay("12250.00", "INV 1042 100"), book)
    assert out["status"] == "review"


# Another customer's invoice number, in another currency, written against the label.


def test_another_customers_number_in_another_currency_is_for_a_person_though_the_amount_fits() -> None:
    # TLX-0071390 is a naira invoice of another customer; the amount is the payer's own TLX-0071392's balance.
    for reference in ("CAPITEC INV71390", "NIP/ZENITH/000013250155304969/INV-71390"):
        out = _one(_pay("12250.00", reference))
        assert out["status"] == "review", reference
        assert out["applications"] == []


def test_a_glued_number_of_no_invoice_stays_a_typo_of_the_payers_own() -> None:
    # "INV71393" is nobody's invoice: one keystroke from the payer's TLX-0071392 at exactly its balance.
    out = _one(_pay("12250.00", "CAPITEC INV71393"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-2", "amount": "12250.00"}]


def test_a_glued_number_in_another_book_is_not_a_closed_invoice() -> None:
    # "INV01334" writes the payer's own label, not ours: no invoice 1334 that is not open, and the amount decides.
    out = _one(_pay("84500.00", "INV01334"))
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "84500.00"}]


# The SEPA and SWIFT remittance-information field.


def test_the_remittance_information_field_is_no_series_of_its_own() -> None:
    # 500.00 short of TLX-0071334 and nothing said: a small unexplained short pay on the invoice the field names.
    out = _one(_pay("84000.00", "SEPA CT QWER123ABCD /RI/71334/ NYERI PHONE CENTRE"))
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "i-1", "amount": "84000.00"}]


# A Nordic biller's KID, OCR or giro reference: the customer's number, the invoice's number as printed, and a
# Luhn check digit, which payers copy whatever the currency and whether or not they label it.

_NORDIC = [
    _inv("n-1", "NTG-0061450", "N100", "Tromsø Trålrederi AS", "2450.00", currency="EUR"),
    _inv("n-2", "NTG-0061533", "N100", "Tromsø Trålrederi AS", "980.00", currency="EUR"),
    _inv("n-3", "NTG-0061601", "N200", "Lysekil Fiskehamn AB", "8120.00", currency="SEK"),
    _inv("n-4", "NTG-0061620", "N100", "Tromsø Trålrederi AS", "3300.00", currency="SEK"),
]


def _nordic(
    amount: str, reference: str, *, currency: str = "EUR", remittance: str | None = None
) -> dict[str, Any]:
    return _pay(
        amount,
        reference,
        currency=currency,
        payer="TROMSO TRALREDERI AS",
        customer="N100",
        remittance=remittance,
    )


def test_an_ocr_reference_on_a_euro_payment_names_the_invoice_at_its_end() -> None:
    # 41822 (the customer), 0061450 (the invoice), 3 (the Luhn check digit); a bank fee said.
    out = _one(_nordic("2435.00", "OCR 4182200614503 bankavgift dragen EUR 15.00"), _NORDIC)
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "n-1", "amount": "2435.00"}]
    assert out["short_pay"]["invoice_id"] == "n-1"
    assert out["short_pay"]["amount"] == "15.00"


def test_an_unlabelled_kid_on_a_euro_payment_names_the_invoice() -> None:
    out = _one(_nordic("2300.00", "4182200614503 trekk for skadet vare EUR 150.00"), _NORDIC)
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "n-1", "amount": "2300.00"}]
    assert out["short_pay"]["amount"] == "150.00"


def test_an_rf_reference_whose_own_check_fails_still_carries_a_checked_kid() -> None:
    out = _one(_nordic("1000.00", "RF11 4182 2006 1450 3", remittance="Delbetaling"), _NORDIC)
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "n-1", "amount": "1000.00"}]
    assert out["short_pay"] is None


def test_a_kid_naming_another_customers_invoice_at_its_balance_is_for_a_person() -> None:
    out = _one(_nordic("8120.00", "KID 5521900616012", currency="SEK"), _NORDIC)
    assert out["status"] == "review"
    assert out["applications"] == []


def test_a_long_number_whose_check_fails_names_no_invoice_inside_it() -> None:
    out = _one(_nordic("2435.00", "OCR 4182200614504 bankavgift dragen EUR 15.00"), _NORDIC)
    assert out["status"] != "partial"
    assert out["applications"] == []


def test_an_invoice_number_inside_a_long_number_but_not_at_its_end_is_no_reference() -> None:
    # "00614501187" passes the check, but the invoice's digits open it: a trace id, not a KID.
    out = _one(_nordic("2000.00", "TRF 00614501187"), _NORDIC)
    assert out["applications"] == []


def test_a_biller_without_nordic_accounts_reads_a_long_number_as_a_kid_only_when_it_says_so() -> None:
    euro_only = [i for i in _NORDIC if i["currency"] == "EUR"]
    out = _one(_nordic("2300.00", "4182200614503 damaged goods EUR 150.00"), euro_only)
    assert out["applications"] == []
    out = _one(_nordic("2300.00", "KID 4182200614503 damaged goods EUR 150.00"), euro_only)
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": "n-1", "amount": "2300.00"}]


# CFA francs have no minor unit and group their thousands with dots: "438.488 FCFA" is 438,488 francs.


def test_cfa_franc_amounts_grouped_with_dots_are_whole_amounts() -> None:
    assert refs.line_amounts("71334   XOF 512.340 FCFA", whole=True) == ["512,340"]
    assert refs.line_amounts("FACT 71392 803.115 F CFA", whole=True) == ["803,115"]


def test_a_cfa_remittance_whose_lines_add_up_is_applied() -> None:
    book = [
        _inv("x-1", "TLX-0071334", "X100", "Bouaflé Télécom SARL", "512340", currency="XOF"),
        _inv("x-2", "TLX-0071392", "X100", "Bouaflé Télécom SARL", "803115", currency="XOF"),
        _inv("x-3", "TLX-0071393", "X100", "Bouaflé Télécom SARL", "3260400", currency="XOF"),
        _inv("x-4", "TLX-0071488", "X100", "Bouaflé Télécom SARL", "2915780", currency="XOF"),
    ]
    advice = (
        "AVIS DE PAIEMENT\n71334   XOF 512.340 FCFA\nINV-0071392   XOF 803.115 FCFA\n"
        "INV0071393   XOF 3.260.400 FCFA\n71488   XOF 2.915.780 FCFA\nTotal XOF 7.491.635 FCFA"
    )
    out = _one(
        _pay("7491635", "VIREMENT ECOBANK SIM KITS", currency="XOF", customer="X100", remittance=advice), book
    )
    assert out["status"] == "applied"
    assert {a["invoice_id"] for a in out["applications"]} == {"x-1", "x-2", "x-3", "x-4"}


# Icelandic: bankakostnaður (bank costs) deducted on one line of an advice in crowns.


def test_an_icelandic_bank_cost_on_one_line_is_a_short_pay_of_that_invoice() -> None:
    assert refs.short_reason("71392 288400 (bankakostnaður dreginn frá 1800)") == "bank_fee"
    book = [
        _inv("k-1", "TLX-0071334", "K100", "Grindavíkur Útgerð hf.", "415200", currency="ISK"),
        _inv("k-2", "TLX-0071392", "K100", "Grindavíkur Útgerð hf.", "288400", currency="ISK"),
        _inv("k-3", "TLX-0071488", "K100", "Grindavíkur Útgerð hf.", "97350", currency="ISK"),
    ]
    advice = "71334 415200\n71392 288400 (bankakostnaður dreginn frá 1800)\nTLX-71488 97350"
    out = _one(_pay("799150", "Sjá greiðsluseðil", currency="ISK", customer="K100", remittance=advice), book)
    assert out["status"] == "partial"
    assert out["short_pay"]["invoice_id"] == "k-2"
    assert Decimal(out["short_pay"]["amount"]) == Decimal("1800")
