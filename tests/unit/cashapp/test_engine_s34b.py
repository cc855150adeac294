"""Session 34, second round: an electronic-components trader in Tokyo and a car-parts distributor in Germany.

Remittance lines that write an invoice's whole balance and then what they keep back from it, with no net figure
(French, Dutch, German, Czech, Japanese, English); a Japanese customer's furikomi short of exactly a domestic
transfer fee, naming no invoice; letter Os typed for a number's padding zeros; a reference cut at its field's
limit inside a number written without its padding zeros.
"""

from typing import Any

import pytest

from chalicelib.commands.match import match_files


def _inv(
    iid: str,
    number: str,
    customer: str,
    name: str,
    balance: str,
    *,
    currency: str = "EUR",
    issued: str = "2025-01-10",
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": balance,
        "balance": balance,
        "issue_date": issued,
        "due_date": "2025-03-10",
    }


def _pay(
    amount: str,
    reference: str | None,
    *,
    currency: str = "EUR",
    payer: str = "HOLZMANN KFZ-TEILE GMBH",
    customer: str | None = "K-100",
    remittance: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2025-04-20",
        "amount": amount,
        "currency": currency,
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": remittance,
    }


def _one(payment: dict[str, Any], book: list[dict[str, Any]]) -> dict[str, Any]:
    (out,), _ = match_files(book, [payment])
    return out


_EUR_BOOK = [
    _inv("i-1", "AT-00310422", "K-100", "Holzmann Kfz-Teile GmbH", "1480.60"),
    _inv("i-2", "AT-00310587", "K-100", "Holzmann Kfz-Teile GmbH", "233.15"),
    _inv("i-3", "AT-00311006", "K-100", "Holzmann Kfz-Teile GmbH", "5120.00"),
    _inv("i-4", "AT-00311120", "K-200", "Garage Lenoir SARL", "799.99"),
]


@pytest.mark.parametrize(
    ("lines", "kept_on", "kept"),
    [
        (
            "Facture AT-00310422 du 02/12/2024 : 1 480,60 EUR  moins 64,10 EUR casse au déchargement (BL 7712093)\n"
            "Facture 310587 du 09/12/2024 : 233,15 EUR\nFacture AT-00311006 du 13/01/2025 : 5 120,00 EUR\n"
            "Total : 6 769,65 EUR",
            "i-1",
            "64.10",
        ),
        (
            "Factuur AT-00310422 d.d. 02-12-2024  EUR 1.480,60\nFactuur AT-00310587 d.d. 09-12-2024  EUR 233,15  "
            "minus 18,40 EUR beschadigde verpakking (pakbon 7712311)\nFactuur AT-00311006 d.d. 13-01-2025  EUR "
            "5.120,00\nTotaal EUR 6.815,35",
            "i-2",
            "18.40",
        ),
        (
            "Rechnung AT-00310422 vom 02.12.2024  1.480,60 EUR\nRechnung AT-00310587 vom 09.12.2024  233,15 EUR\n"
            "Rechnung 311006 vom 13.01.2025  5.120,00 EUR  abzgl. 300,00 EUR beschädigte Ware (LS 7719900)\n"
            "Summe: 6.533,75 EUR",
            "i-3",
            "300.00",
        ),
        (
            "Faktura AT-00310422 ze dne 02.12.2024 – 1 480,60 EUR  sraženo 80,60 EUR za poškozené zboží (DL 77102)\n"
            "Faktura AT-00310587 ze dne 09.12.2024 – 233,15 EUR\nFaktura AT-00311006 ze dne 13.01.2025 – 5 120,00 EUR\n"
            "Celkem: 6 753,15 EUR",
            "i-1",
            "80.60",
        ),
        (
            "Invoice AT-00310422  EUR 1,480.60\nInvoice AT-00311006  EUR 5,120.00  (Less 2% early payment discount "
            "EUR 102.40)\nTotal paid: EUR 6,498.20",
            "i-3",
            "102.40",
        ),
    ],
)
def test_a_line_writing_its_invoices_balance_then_what_it_keeps_back_pays_that_invoice_short(
    lines: str, kept_on: str, kept: str
) -> None:
    paid = {"i-1": "1480.60", "i-2": "233.15", "i-3": "5120.00"}
    listed = [i for i, n in (("i-1", "310422"), ("i-2", "310587"), ("i-3", "311006")) if n in lines]
    amount = sum(float(paid[i]) for i in listed) - float(kept)
    out = _one(_pay(f"{amount:.2f}", "Zahlung lt. Avis", remittance=lines), _EUR_BOOK)
    assert out["status"] == "partial"
    assert out["short_pay"]["invoice_id"] == kept_on
    assert out["short_pay"]["amount"] == kept
    expected = {i: f"{float(paid[i]) - (float(kept) if i == kept_on else 0):.2f}" for i in listed}
    assert {a["invoice_id"]: a["amount"] for a in out["applications"]} == expected


def test_a_japanese_advice_line_keeping_back_a_discount_in_brackets_pays_that_invoice_short() -> None:
    book = [
        _inv("j-1", "NKS-0051207", "C-1", "Hoshizora Denki Co., Ltd.", "2410500", currency="JPY"),
        _inv("j-2", "NKS-0051388", "C-1", "Hoshizora Denki Co., Ltd.", "96800", currency="JPY"),
    ]
    advice = (
        "お支払いのご案内\n請求書番号 NKS0051207　ご請求額 ¥2,410,500  (早期支払割引（1%） ¥24,105 差引)\n"
        "請求書番号 NKS0051388　ご請求額 ¥96,800\nお振込金額 ¥2,483,195\n経理部"
    )
    out = _one(
        _pay("2483195", None, currency="JPY", payer="ﾎｼｿﾞﾗﾃﾞﾝｷ(ｶ", customer="C-1", remittance=advice), book
    )
    assert out["status"] == "partial"
    assert out["short_pay"]["invoice_id"] == "j-1"
    assert {a["invoice_id"]: a["amount"] for a in out["applications"]} == {
        "j-1": "2386395.00",
        "j-2": "96800.00",
    }


def test_a_line_with_a_deduction_that_does_not_make_the_advice_add_up_stays_a_question() -> None:
    lines = (
        "Facture AT-00310422 : 1 480,60 EUR  moins 64,10 EUR casse\nFacture AT-00310587 : 233,15 EUR\n"
        "Total : 1 649,65 EUR"
    )
    out = _one(_pay("1600.00", "Règlement selon avis", remittance=lines), _EUR_BOOK)
    assert out["status"] == "review"
    assert out["applications"] == []


_YEN_BOOK = [
    _inv("y-1", "NKS-0050117", "C-7", "Kirishima Seiki Co., Ltd.", "412390", currency="JPY"),
    _inv("y-2", "NKS-0050562", "C-7", "Kirishima Seiki Co., Ltd.", "88150", currency="JPY"),
    _inv("y-3", "NKS-0050803", "C-7", "Kirishima Seiki Co., Ltd.", "87420", currency="JPY"),
]


@pytest.mark.parametrize(
    ("amount", "invoice", "fee"), [("411950", "y-1", "440.00"), ("87985", "y-2", "165.00")]
)
def test_a_known_japanese_customers_furikomi_short_of_a_transfer_fee_pays_that_invoice_short(
    amount: str, invoice: str, fee: str
) -> None:
    out = _one(_pay(amount, "ｼﾖｳﾋﾝﾀﾞｲ", currency="JPY", payer="ｷﾘｼﾏｾｲｷ(ｶ", customer="C-7"), _YEN_BOOK)
    assert out["status"] == "partial"
    assert out["applications"] == [{"invoice_id": invoice, "amount": f"{amount}.00"}]
    assert out["short_pay"]["invoice_id"] == invoice
    assert out["short_pay"]["amount"] == fee


def test_a_furikomi_short_of_no_transfer_fee_is_not_read_as_one() -> None:
    out = _one(_pay("411990", None, currency="JPY", payer="ｷﾘｼﾏｾｲｷ(ｶ", customer="C-7"), _YEN_BOOK)
    assert out["status"] != "partial"
    assert out["applications"] == []


def test_a_dollar_payment_short_of_a_yen_fee_sized_figure_is_no_furikomi() -> None:
    book = [_inv("u-1", "NKS-0050999", "C-7", "Kirishima Seiki Co., Ltd.", "1250.00", currency="USD")]
    out = _one(_pay("1140.00", None, currency="USD", payer="KIRISHIMA SEIKI CO LTD", customer="C-7"), book)
    assert out["status"] != "partial"


@pytest.mark.parametrize("reference", ["INVOICE NKS-OO50562", "EDI NKS-OO50562", "NKS/OO50562"])
def test_letter_os_typed_for_a_numbers_padding_zeros_name_that_invoice(reference: str) -> None:
    # Another customer has the same balance open: the amount alone cannot tell them apart, the number must.
    book = [*_YEN_BOOK, _inv("y-9", "NKS-0050990", "C-8", "Amagi Tsushin K.K.", "88150", currency="JPY")]
    out = _one(_pay("88150", reference, currency="JPY", payer="KS TRADING", customer=None), book)
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "y-2", "amount": "88150.00"}]


def test_a_reference_cut_inside_a_number_written_without_its_padding_zeros_is_a_question() -> None:
    book = [
        _inv("k-1", "RE-00204146", "K-300", "Osterholz Autoteile GmbH", "410.00"),
        _inv("k-2", "RE-00204150", "K-300", "Osterholz Autoteile GmbH", "220.50"),
        _inv("k-3", "RE-00205203", "K-300", "Osterholz Autoteile GmbH", "290.06"),
        _inv("k-4", "RE-00206001", "K-300", "Osterholz Autoteile GmbH", "1000.00"),
    ]
    head = "SAMMELZAHLUNG KD 300 RE 204146 v. 17.12.24 RE 204150 v. 17.12.24 "
    reference = head + "X" * (140 - len(head) - len(" RE 2052")) + " RE 2052"
    assert len(reference) == 140
    out = _one(_pay("895.66", reference, payer="OSTERHOLZ AUTOTEILE GMBH", customer="K-300"), book)
    assert out["status"] == "review"
    assert out["applications"] == []


_ARREARS_BOOK = [
    _inv(
        "a-1", "NKS-0049021", "C-9", "Takanawa Kiki Co., Ltd.", "1320600", currency="JPY", issued="2024-05-19"
    ),
    _inv(
        "a-2", "NKS-0049355", "C-9", "Takanawa Kiki Co., Ltd.", "2781450", currency="JPY", issued="2024-07-04"
    ),
    _inv(
        "a-3", "NKS-0049402", "C-9", "Takanawa Kiki Co., Ltd.", "906380", currency="JPY", issued="2024-07-09"
    ),
    _inv(
        "a-4", "NKS-0049561", "C-9", "Takanawa Kiki Co., Ltd.", "1555020", currency="JPY", issued="2024-07-25"
    ),
]


@pytest.mark.parametrize("reference", ["9月分 ｼﾖｳﾋﾝﾀﾞｲ", "9ｶﾞﾂﾌﾞﾝ"])
def test_a_sum_that_is_exactly_the_customers_oldest_open_invoices_pays_them(reference: str) -> None:
    out = _one(
        _pay("4102050", reference, currency="JPY", payer="ﾀｶﾅﾜｷｷ(ｶ", customer="C-9"),
        _ARREARS_BOOK,
    )
    assert out["status"] == "applied"
    assert {a["invoice_id"] for a in out["applications"]} == {"a-1", "a-2"}


def test_of_invoices_issued_the_same_day_the_lower_number_counts_as_the_older() -> None:
    book = [
        _inv(
            "w-1", "NKS-0048858", "C-5", "Seoha Semicon Inc.", "7643580", currency="KRW", issued="2024-09-11"
        ),
        _inv(
            "w-2", "NKS-0049047", "C-5", "Seoha Semicon Inc.", "2732340", currency="KRW", issued="2024-09-17"
        ),
        _inv(
            "w-3",
            "NKS-0049053",
            "C-5",
            "Seoha Semicon Inc.",
            "102255070",
            currency="KRW",
            issued="2024-09-17",
        ),
        _inv(
            "w-4", "NKS-0049104", "C-5", "Seoha Semicon Inc.", "20692960", currency="KRW", issued="2024-09-18"
        ),
    ]
    out = _one(
        _pay("10375920", "11월분 결제", currency="KRW", payer="SEOHA SEMICON INC", customer="C-5"), book
    )
    assert out["status"] == "applied"
    assert {a["invoice_id"] for a in out["applications"]} == {"w-1", "w-2"}


def test_invoice_numbers_are_put_in_their_issue_order_across_a_digit_more() -> None:
    # The tiebreak for invoices issued on one day: as text "INV-1000" sorts before "INV-999".
    from chalicelib.domain.cashapp.engine import _in_sequence

    numbers = ["INV-1000", "INV-999", "INV-0998", "2025/12", "2025/9", "A7"]
    assert sorted(numbers, key=_in_sequence) == ["2025/9", "2025/12", "A7", "INV-0998", "INV-999", "INV-1000"]


def test_a_sum_of_invoices_that_are_not_the_oldest_open_stays_a_question() -> None:
    out = _one(
        _pay("3687830", "9月分 ｼﾖｳﾋﾝﾀﾞｲ", currency="JPY", payer="ﾀｶﾅﾜｷｷ(ｶ", customer="C-9"),
        _ARREARS_BOOK,
    )
    assert out["status"] == "review"
    assert out["applications"] == []


_TRADE_BOOK = [
    _inv("t-1", "NKS-0046120", "C-21", "Hung Ta EMS Corp.", "418300.00", currency="TWD"),
    _inv(
        "t-2",
        "NKS-0046388",
        "C-22",
        "Long An Electronics Manufacturing Co., Ltd.",
        "96000.00",
        currency="TWD",
    ),
]


@pytest.mark.parametrize("payer", ["宏達電子製造股份有限公司", "HONGDA ELECTRONICS MANUFACTURING CO LTD"])
def test_a_payer_sharing_only_trade_words_with_another_customer_pays_the_invoice_it_names(payer: str) -> None:
    out = _one(
        _pay("418300.00", "發票NKS-46120", currency="TWD", payer=payer, customer=None),
        _TRADE_BOOK,
    )
    assert out["status"] == "applied"
    assert out["applications"] == [{"invoice_id": "t-1", "amount": "418300.00"}]


def test_a_payer_named_like_another_customer_paying_an_invoice_not_its_own_stays_a_question() -> None:
    out = _one(
        _pay("418300.00", "發票NKS-46120", currency="TWD", payer="LONG AN ELECTRONICS MFG CO", customer=None),
        _TRADE_BOOK,
    )
    assert out["status"] == "review"
