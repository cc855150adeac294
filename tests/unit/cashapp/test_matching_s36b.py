"""Session 36b: East Asian trading-house remittances.

- "Less CNY 2,453.40 credit for defective units, see claim": a credit the payer takes for a claim, with no credit
  note's code, is a deduction it took (the invoice stays open for it), not a credit note of ours we cannot see; in
  the languages payers write it ("crédit pour marchandise endommagée", "Gutschrift für beschädigte Ware").
- "Equivalent of CNY 14,313.93" on a payment in another currency than the customer is billed in: the payer
  converted one invoice's exact balance, so that invoice goes to a person with the payment, not on account.
- "3월분 결제", "3月分 支払" paid in that month, in which nothing of ours was issued: the payer's payment run, not a
  closing period, and it rules out no set of invoices that adds up to the payment. An earlier month stays a
  closing period (session 34's "9月分" paid in April).
- 가상계좌 (a virtual account) holds 상계 (a set-off) in its middle: no deduction is stated by it.
- An advice paying an invoice's full total less a deduction, when an earlier payment has left less open: not an
  overpayment to hold, but a person's call about which payment was meant for it.
"""

from typing import Any

from chalicelib.commands.match import match_files


def _inv(
    iid: str,
    number: str,
    customer: str,
    name: str,
    balance: str,
    *,
    currency: str = "CNY",
    issued: str = "2025-12-10",
    total: str | None = None,
) -> dict[str, Any]:
    return {
        "id": iid,
        "number": number,
        "customer_id": customer,
        "customer_name": name,
        "currency": currency,
        "total": total or balance,
        "balance": balance,
        "issue_date": issued,
        "due_date": "2026-01-31",
    }


def _pay(
    amount: str,
    reference: str | None,
    *,
    payer: str,
    customer: str | None = None,
    remittance: str | None = None,
    currency: str = "CNY",
    pid: str = "p-1",
) -> dict[str, Any]:
    return {
        "id": pid,
        "date": "2026-03-20",
        "amount": amount,
        "currency": currency,
        "payer_name": payer,
        "customer_id": customer,
        "reference": reference,
        "remittance": remittance,
    }


_BOOK = [
    _inv("c-1", "INV-031577", "C1", "Xiamen Harbour Retail Ltd.", "18802.06"),
    _inv("c-2", "INV-031600", "C1", "Xiamen Harbour Retail Ltd.", "5120.00"),
    _inv("e-1", "RE-2026-0412", "D1", "Bauer Antriebstechnik GmbH", "2400.00", currency="EUR"),
    _inv("e-2", "FA-2026-0771", "D2", "Quincaillerie Morel SARL", "1500.00", currency="EUR"),
    _inv("e-3", "FV-2026-0913", "D3", "Ferretería Ruiz S.L.", "3000.00", currency="EUR"),
    _inv("s-1", "INV-030610", "S1", "Wuxi Lianda Semiconductor Co., Ltd.", "14313.93", issued="2025-11-12"),
    _inv("s-2", "INV-030611", "S1", "Wuxi Lianda Semiconductor Co., Ltd.", "83858.31", issued="2025-11-14"),
    _inv("j-1", "INV-030067", "J1", "Morioka Kogaku K.K.", "174141", currency="JPY", issued="2025-10-03"),
    _inv("j-2", "INV-030223", "J1", "Morioka Kogaku K.K.", "15428", currency="JPY", issued="2025-10-14"),
    _inv("j-3", "INV-031247", "J1", "Morioka Kogaku K.K.", "606969", currency="JPY", issued="2025-12-29"),
    _inv("j-4", "INV-032054", "J1", "Morioka Kogaku K.K.", "303394", currency="JPY", issued="2026-02-27"),
    _inv("k-1", "INV-031452", "K1", "Hanbit Robotics Inc.", "5560170", currency="KRW"),
    _inv("h-1", "INV-031700", "H1", "Kowloon Bay Components Ltd.", "15567.10", currency="HKD"),
]


def _match(payment: dict[str, Any], book: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    out, _ = match_files(book or _BOOK, [payment])
    return out[0]


def _applied(got: dict[str, Any]) -> dict[str, str]:
    return {a["invoice_id"]: a["amount"] for a in got["applications"]}


# --- a credit the payer takes for a claim ----------------------------------------------------------------------


def test_a_credit_taken_for_defective_units_leaves_the_invoice_short_by_it() -> None:
    got = _match(
        _pay(
            "16348.66",
            "微信支付 3863089835121901911161781216",
            payer="Xiamen Harbour Retail Ltd.",
            customer="C1",
            remittance=(
                "Invoice INV031577  CNY 18,802.06\nLess CNY 2,453.40 credit for defective units, see claim\n"
                "Net paid CNY 16,348.66"
            ),
        )
    )
    assert (got["status"], _applied(got)) == ("partial", {"c-1": "16348.66"})
    assert (got["short_pay"]["invoice_id"], got["short_pay"]["amount"]) == ("c-1", "2453.40")


def test_a_german_credit_for_damaged_goods_is_a_deduction_the_payer_took() -> None:
    got = _match(
        _pay(
            "2150.00",
            "SEPA GUTSCHRIFT RE-2026-0412",
            payer="BAUER ANTRIEBSTECHNIK GMBH",
            customer="D1",
            currency="EUR",
            remittance="RE-2026-0412 2.400,00 EUR\nabzgl. Gutschrift für beschädigte Ware 250,00 EUR\nZahlbetrag 2.150,00 EUR",
        )
    )
    assert (got["status"], _applied(got)) == ("partial", {"e-1": "2150.00"})
    assert got["short_pay"]["amount"] == "250.00"


def test_a_french_credit_for_damaged_goods_is_a_deduction_the_payer_took() -> None:
    got = _match(
        _pay(
            "1380.00",
            "VIR FA-2026-0771",
            payer="QUINCAILLERIE MOREL SARL",
            customer="D2",
            currency="EUR",
            remittance="Facture FA-2026-0771 1 500,00 EUR\nMoins crédit pour marchandise endommagée 120,00 EUR\nNet 1 380,00 EUR",
        )
    )
    assert (got["status"], _applied(got)) == ("partial", {"e-2": "1380.00"})
    assert got["short_pay"]["amount"] == "120.00"


def test_a_credit_with_a_credit_notes_code_is_still_our_document_we_do_not_show() -> None:
    got = _match(
        _pay(
            "16348.66",
            "微信支付 3863089835121901911161781216",
            payer="Xiamen Harbour Retail Ltd.",
            customer="C1",
            remittance=(
                "Invoice INV031577  CNY 18,802.06\nLess CNY 2,453.40 credit for defective units CN-0419\n"
                "Net paid CNY 16,348.66"
            ),
        )
    )
    assert got["status"] != "applied"
    assert got["short_pay"] is None or got["short_pay"]["reason"] in {"credit_note", "deduction"}


# --- an amount stated in the currency the customer is billed in ------------------------------------------------


def test_an_equivalent_in_the_billing_currency_that_is_one_balance_goes_to_review_with_it() -> None:
    got = _match(
        _pay(
            "15567.10",
            "TT7904119138 INVOICE PAYMENT",
            payer="WUXI LIANDA SEMICONDUCTOR CO., LTD.",
            customer="S1",
            currency="HKD",
            remittance="Equivalent of CNY 14,313.93",
        )
    )
    assert got["status"] == "review"
    assert got["candidates"] == [["s-1"]]


def test_a_foreign_currency_payment_stating_no_billed_amount_is_still_held_on_account() -> None:
    got = _match(
        _pay(
            "15567.10",
            "TT7904119138 INVOICE PAYMENT",
            payer="WUXI LIANDA SEMICONDUCTOR CO., LTD.",
            customer="S1",
            currency="HKD",
            remittance="Equivalent of CNY 14,000.00",
        )
    )
    assert got["status"] == "unapplied"


# --- a payment run's month -------------------------------------------------------------------------------------


def test_a_korean_payment_runs_own_month_with_nothing_issued_in_it_keeps_the_one_set_that_adds_up() -> None:
    got = _match(
        _pay(
            "910363",
            "Card payment (Stripe)",
            payer="MORIOKA KOGAKU K.K.",
            customer="J1",
            currency="JPY",
            remittance="3월분 결제",
        )
    )
    assert (got["status"], _applied(got)) == ("applied", {"j-3": "606969.00", "j-4": "303394.00"})


def test_a_japanese_payment_runs_own_month_with_nothing_issued_in_it_keeps_the_one_set_that_adds_up() -> None:
    got = _match(_pay("910363", "ﾌﾘｺﾐ 3月分 支払", payer="ﾓﾘｵｶｺｳｶﾞｸ(ｶ", customer="J1", currency="JPY"))
    assert (got["status"], _applied(got)) == ("applied", {"j-3": "606969.00", "j-4": "303394.00"})


# --- a virtual account is no set-off ---------------------------------------------------------------------------


def test_a_korean_virtual_account_states_no_deduction() -> None:
    got = _match(
        _pay(
            "4410640",
            "가상계좌 18250329403388 INV-031452",
            payer="HANBIT ROBOTICS INC.",
            customer="K1",
            currency="KRW",
        )
    )
    assert got["status"] == "partial"
    assert got["short_pay"] is None


def test_a_korean_set_off_written_beside_a_virtual_account_is_still_a_deduction() -> None:
    got = _match(
        _pay(
            "4410640",
            "가상계좌 18250329403388 INV-031452 상계 1,149,530",
            payer="HANBIT ROBOTICS INC.",
            customer="K1",
            currency="KRW",
        )
    )
    assert got["status"] == "partial"
    assert got["short_pay"]["reason"] == "deduction"


# --- an invoice's full total less a deduction, when less is open ----------------------------------------------


def test_an_advice_paying_the_full_total_less_a_deduction_where_less_is_open_goes_to_review() -> None:
    book = [_inv("c-9", "INV-031588", "C1", "Xiamen Harbour Retail Ltd.", "2500.00", total="18802.06")]
    got = _match(
        _pay(
            "16348.66",
            "微信支付 3863089835121901911161781216",
            payer="Xiamen Harbour Retail Ltd.",
            customer="C1",
            remittance=(
                "Invoice INV-031588  CNY 18,802.06\nLess CNY 2,453.40 deducted for late delivery\n"
                "Net paid CNY 16,348.66"
            ),
        ),
        book,
    )
    assert got["status"] == "review"
    assert got["applications"] == []


def test_a_spanish_credit_for_defective_goods_is_a_deduction_the_payer_took() -> None:
    got = _match(
        _pay(
            "2790.00",
            "TRANSF FV-2026-0913",
            payer="FERRETERIA RUIZ SL",
            customer="D3",
            currency="EUR",
            remittance="Factura FV-2026-0913 3.000,00 EUR\nMenos crédito por mercancía defectuosa 210,00 EUR\nNeto 2.790,00 EUR",
        )
    )
    assert (got["status"], _applied(got)) == ("partial", {"e-3": "2790.00"})
    assert got["short_pay"]["amount"] == "210.00"


def test_an_earlier_month_with_nothing_issued_in_it_still_rules_out_a_set_outside_it() -> None:
    got = _match(
        _pay("910363", "1월분 결제", payer="MORIOKA KOGAKU K.K.", customer="J1", currency="JPY"),
    )
    assert got["status"] == "review"
