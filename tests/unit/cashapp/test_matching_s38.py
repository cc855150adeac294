"""Session 38: ACH addenda and lockbox stubs, numbers copied in groups or with look-alike letters, sums of a few
invoices beside chance sums of many.

- The NACHA addenda of a CCD+/CTX credit end each segment with a backslash ("RMR*IV*1042*975.00\\"), where an X12
  file uses "~": each segment is a line of the advice, so an NTE netting a credit memo against one invoice ("less
  credit memo CM-208 against INV 0042755 -136.25", "moins note de crédit NC-208", "abzgl. Gutschrift GS-208") leaves
  that invoice open for it.
- A lockbox stub keyed onto one line parts its rows with bars ("Remittance stub | ACME | inv-41420  68.00 | ...").
- Lines that each pay their invoice's balance, with no total written, and a larger payment: an overpayment held on
  account (and a CTX cut off before its last invoice is no mismatch either); a total that is not the payment is.
- "IN V44529" is the label INV broken by a field or a scanner; "TBT 008 14 84" a padded number in three groups;
  "TBT-OOB4108", "TBT-O08I307" a number opening with look-alike letters after its series.
- A customer's one small set of invoices adding up to the payment is found even where a search over sets of any
  size gives up; two small sets stay a question.
"""

import random
from decimal import Decimal
from typing import Any

import pytest

from chalicelib.commands.match import match_files
from chalicelib.domain.cashapp import references as refs


def _inv(
    iid: str,
    number: str,
    balance: str,
    *,
    customer: str = "C1",
    name: str = "Copperline Dental Studio",
    currency: str = "USD",
    issued: str = "2026-02-10",
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
        "due_date": "2026-03-12",
    }


def _pay(amount: str, remittance: str | None, reference: str | None = None, **over: Any) -> dict[str, Any]:
    return {
        "id": "p-1",
        "date": "2026-04-20",
        "amount": amount,
        "currency": "USD",
        "payer_name": "COPPERLINE DENTAL STUDIO",
        "customer_id": "C1",
        "reference": reference,
        "remittance": remittance,
        **over,
    }


def _applied(result: dict[str, Any]) -> dict[str, Decimal]:
    return {a["invoice_id"]: Decimal(a["amount"]) for a in result["applications"]}


_BOOK = [
    _inv("i-1", "INV-0041059", "5600.00"),
    _inv("i-2", "INV-0042755", "14945.53"),
    _inv("i-3", "INV-0043388", "2310.00"),
]


@pytest.mark.parametrize(
    "remittance",
    [
        "ISA*00*EDI820 RMR*IV*INV 0041059*5600.00\\ RMR*IV*invoice#0042755*14945.53\\ "
        "NTE*less credit memo CM-208 against INV 0042755  -136.25",
        "RMR*IV*0041059*5600.00\\RMR*IV*0042755*14945.53\\NTE*less credit memo CM-208 against 0042755  -136.25\\",
        "RMR*IV*0041059*5600.00~RMR*IV*0042755*14945.53~NTE*less credit memo CM-208 against 0042755  -136.25~",
        "RMR*IV*0041059*5600.00\\RMR*IV*0042755*14945.53\\NTE*moins note de crédit NC-208 sur facture 0042755  "
        "-136.25\\",
        "RMR*IV*0041059*5600.00\\RMR*IV*0042755*14945.53\\NTE*abzgl. Gutschrift GS-208 zu Rechnung 0042755  "
        "-136.25\\",
        "Remittance stub | COPPERLINE DENTAL STUDIO | inv-41059  5,600.00 | INV 0042 755  14,945.53 | "
        "less credit memo CM-208 against INV-0042755  -136.25",
    ],
)
def test_an_addenda_or_stub_netting_a_credit_memo_against_one_invoice_leaves_it_open_for_the_memo(
    remittance: str,
) -> None:
    out, _ = match_files(
        _BOOK, [_pay("20409.28", remittance, "ACH CREDIT CTX COPPERLINE DENT CO ID 2746848105")]
    )
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == {"i-1": Decimal("5600.00"), "i-2": Decimal("14809.28")}
    assert out[0]["short_pay"]["invoice_id"] == "i-2"
    assert Decimal(out[0]["short_pay"]["amount"]) == Decimal("136.25")


def test_a_credit_memo_netted_without_saying_which_invoice_of_several_stays_a_question() -> None:
    remittance = "RMR*IV*0041059*5600.00\\RMR*IV*0042755*14945.53\\NTE*less credit memo CM-208  -136.25\\"
    out, _ = match_files(_BOOK, [_pay("20409.28", remittance)])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


def test_backslash_ended_addenda_pay_each_invoice_its_line() -> None:
    remittance = "RMR*IV*INV-0041059*5600.00\\RMR*IV*#43388*1500.00\\"
    out, _ = match_files(_BOOK, [_pay("7100.00", remittance, "ACH CREDIT CCD+ COPPERLINE DENT")])
    assert out[0]["status"] == "partial"
    assert _applied(out[0]) == {"i-1": Decimal("5600.00"), "i-3": Decimal("1500.00")}
    assert refs.edi_amount_paid("RMR*IV*INV-0041059*5600.00\\") == "5600.00"


def test_a_stub_on_one_line_names_each_invoice_on_its_own_row_and_a_table_row_stays_whole() -> None:
    stub = "Remittance stub | COPPERLINE DENTAL STUDIO | inv-41059  5,600.00 | INV 0043 388  2,310.00"
    rows = refs.remittance_segments(stub, refs.line_amounts)
    assert rows[-2:] == ["inv-41059  5,600.00", "INV 0043 388  2,310.00"]
    out, _ = match_files(_BOOK, [_pay("7910.00", stub, "LOCKBOX 4471 CHQ 161893")])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == {"i-1": Decimal("5600.00"), "i-3": Decimal("2310.00")}
    # One invoice's cells between bars are one line.
    cells = "INV-0041059 | 2026-02-10 | 5,600.00"
    assert refs.remittance_segments(cells, refs.line_amounts) == [cells]


@pytest.mark.parametrize(
    "remittance",
    [
        "Remittance stub | COPPERLINE DENTAL STUDIO | INV-41059  5,600.00 | INV 0043 388  2,310.00",
        "Invoice 41059  5,600.00\nInvoice 43388  2,310.00",
        "Rechnung 41059  5.600,00\nRechnung 43388  2.310,00",
        "Facture 41059  5 600,00\nFacture 43388  2 310,00",
    ],
)
def test_lines_paying_each_balance_with_no_total_and_a_larger_payment_hold_the_excess(
    remittance: str,
) -> None:
    out, _ = match_files(_BOOK, [_pay("8279.64", remittance)])
    assert out[0]["status"] == "unapplied"
    assert _applied(out[0]) == {"i-1": Decimal("5600.00"), "i-3": Decimal("2310.00")}
    assert Decimal(out[0]["unapplied"]) == Decimal("369.64")


@pytest.mark.parametrize(
    "remittance",
    [
        "Invoice 41059  5,600.00\nInvoice 43388  2,310.00\nTotal 7,910.00",
        "Rechnung 41059  5.600,00\nRechnung 43388  2.310,00\nSumme 7.910,00",
    ],
)
def test_a_total_that_is_not_the_payment_stays_a_mismatch_to_look_at(remittance: str) -> None:
    out, _ = match_files(_BOOK, [_pay("8279.64", remittance)])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


def test_a_ctx_cut_before_its_last_invoice_is_read_from_the_invoices_it_names_and_the_amount() -> None:
    remittance = "RMR*IV*0041059*5600.00\\RMR*IV*0042755*14945.53\\RMR*IV*433"
    out, _ = match_files(_BOOK, [_pay("22855.53", remittance, "ACH CTX 875824824110364")])
    assert out[0]["status"] == "applied"
    assert _applied(out[0]) == {
        "i-1": Decimal("5600.00"),
        "i-2": Decimal("14945.53"),
        "i-3": Decimal("2310.00"),
    }


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("PCARD SETTLEMENT PO 4507271 IN V44529", ["44529"]),
        ("Remittance stub | Invoice No. IN V44140 | Amount paid 3,827.84", ["44140"]),
        ("PAID IN VAT 2024", []),
        ("KEPT IN V 12", []),
    ],
)
def test_the_label_inv_broken_by_a_space_still_calls_the_number_an_invoice(
    text: str, mentions: list[str]
) -> None:
    assert refs.explicit_invoice_mentions(text) == mentions


def test_a_card_settlement_naming_another_customers_invoice_in_another_currency_is_a_question() -> None:
    book = [
        _inv("i-1", "INV-0044525", "410.69", currency="CAD", name="Nordström Eriksen Law Corporation"),
        _inv("o-1", "INV-0044529", "845.00", customer="C2", name="Sterling Accounting Group Inc"),
    ]
    payment = _pay(
        "410.69",
        "Purchase card payment, cardholder NORDSTROM ERIKSEN LAW CORPORATION",
        "PCARD SETTLEMENT PO 4507271 IN V44529",
        currency="CAD",
        payer_name="NORDSTROM ERIKSEN LAW CORPORATION",
    )
    out, _ = match_files(book, [payment])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("HAVALE/EFT ACIKLAMA TBT 008 14 84", "81484"),
        (":70:INVOICE TBT 008 41 37 / INTERMEDIARY BANK DEDUCTED JPY 2,617", "84137"),
        ("AANI TBT 008 30 42", "83042"),
        ("Factura FV 0004 12 09", "41209"),
    ],
)
def test_a_padded_number_copied_in_three_groups_is_one_number(text: str, key: str) -> None:
    assert key in refs.candidate_keys(text)


def test_an_amount_in_spaced_thousands_makes_no_number_of_three_groups() -> None:
    assert "1234567" not in refs.candidate_keys("EUR 1 234 567,00")
    assert "1234567" not in refs.candidate_keys("RUB 1 234 567")


_TEXTILE = [
    _inv("t-1", "TBT-0083042", "210721.75", currency="AED", name="Emirates Modest Wear FZE", customer="E1"),
    _inv(
        "t-2",
        "TBT-0084108",
        "44094.69",
        currency="TRY",
        name="Ege Pamuk Tekstil Ticaret Ltd. Şti.",
        customer="E2",
    ),
    _inv("t-3", "TBT-0081307", "17875.22", currency="GBP", name="Ashdown Uniforms Ltd", customer="E3"),
    _inv("t-4", "TBT-0082424", "8921.94", currency="EUR", name="Van der Berg Fashion B.V.", customer="E4"),
]


@pytest.mark.parametrize(
    ("payment", "status", "applied", "short"),
    [
        # Three groups, and a claim the payer keeps back.
        (
            _pay(
                "198641.64",
                "QUALITY CLAIM DEFECTIVE PIECES 12,080.11",
                "AANI TBT 008 30 42",
                currency="AED",
                customer_id=None,
                payer_name="EMIRATES MODEST WEAR FZE",
            ),
            "partial",
            {"t-1": "198641.64"},
            "12080.11",
        ),
        # Look-alikes for the padding's zeros and an eight, and a Turkish early-payment discount.
        (
            _pay(
                "43433.27",
                "ERKEN ODEME ISKONTOSU 661.42",
                "EFT TBT-OOB4108 FATURA ODEMESI",
                currency="TRY",
                customer_id="E2",
                payer_name="EGE PAMUK TEKSTIL",
            ),
            "partial",
            {"t-2": "43433.27"},
            "661.42",
        ),
        # An O and an I for a zero and a one: a part payment of the invoice it names.
        (
            _pay(
                "4468.00",
                None,
                "TBT-O08I307",
                currency="GBP",
                customer_id="E3",
                payer_name="Ashdown Uniforms Ltd",
            ),
            "partial",
            {"t-3": "4468.00"},
            None,
        ),
        # The same from a payer we cannot place: the number and the exact balance decide.
        (
            _pay(
                "8921.94",
                None,
                "Facture TBT-OOB2424",
                currency="EUR",
                customer_id=None,
                payer_name="VDB STORES",
            ),
            "applied",
            {"t-4": "8921.94"},
            None,
        ),
    ],
)
def test_numbers_in_groups_or_with_look_alike_letters_name_their_invoice(
    payment: dict[str, Any], status: str, applied: dict[str, str], short: str | None
) -> None:
    out, _ = match_files(_TEXTILE, [payment])
    assert out[0]["status"] == status
    assert _applied(out[0]) == {i: Decimal(a) for i, a in applied.items()}
    if short is not None:
        assert Decimal(out[0]["short_pay"]["amount"]) == Decimal(short)


def test_look_alike_letters_that_read_as_no_invoice_of_ours_stay_as_written() -> None:
    out, _ = match_files(
        _TEXTILE,
        [
            _pay(
                "4468.00",
                None,
                "TBT-OOB9999",
                currency="GBP",
                customer_id="E3",
                payer_name="Ashdown Uniforms Ltd",
            )
        ],
    )
    assert out[0]["applications"] == []


# Twenty-three open invoices: three of them (2, 11, 13) add up to 23,090.89, and so, by chance, do eight others
# (0, 3, 4, 5, 8, 10, 16, 22). Authors of the stored ledgers label such a payment both ways; it stays a question.
_VALUES = [
    "920.37", "2115.36", "20517.88", "284.76", "1310.40", "640.00", "15285.61", "1101.75", "153.71", "3864.60",
    "406.70", "1267.86", "5120.00", "1305.15", "1860.44", "2760.00", "705.00", "3120.00", "9875.12", "456.00",
    "12500.00", "7340.28", "18669.95",
]  # fmt: skip


def _many(values: list[str]) -> list[dict[str, Any]]:
    return [
        _inv(
            f"m-{k}",
            f"INV-00{42000 + k}",
            v,
            name="Gatineau Santé Familiale",
            issued=f"2026-01-{k % 28 + 1:02d}",
        )
        for k, v in enumerate(values)
    ]


def test_two_small_sets_adding_up_stay_a_question() -> None:
    # 20,517.88 + 2,573.01 is a second set making 23,090.89.
    book = _many([*_VALUES, "2573.01"])
    out, _ = match_files(book, [_pay("23090.89", None, "ACH CREDIT CCD GATINEAU SANTE F IT SERVICES")])
    assert out[0]["status"] == "review"
    assert out[0]["applications"] == []


def test_a_small_set_is_found_among_more_invoices_than_a_search_over_every_size_can_try() -> None:
    # Thirty-eight open invoices of four to five figures: the depth-first search over sets of any size gives up
    # before it finds anything; three of them add up, and no other set of four or fewer does.
    rng = random.Random(2)
    cents = [rng.randrange(100_000, 6_000_000) for _ in range(38)]
    book = _many([str(Decimal(c) / 100) for c in cents])
    target = Decimal(cents[5] + cents[17] + cents[30]) / 100
    out, _ = match_files(book, [_pay(str(target), None, "ACH CTX 195789785519784")])
    assert out[0]["status"] == "applied"
    assert set(_applied(out[0])) == {"m-5", "m-17", "m-30"}
