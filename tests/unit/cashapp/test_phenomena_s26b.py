"""Session 26b: Japanese and Korean payers as their banks write them (Zengin half-width katakana run together and
cut short, hangul with its legal marks) fitted to customers named in romaji, English, kanji or hangul; Japanese
remittance amounts and stated transfer fees; month-end closing lumps. Each with the near misses that must not
fit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.names import hangul_latin, kana_spells, katakana_readings, payer_kana
from chalicelib.domain.cashapp.references import without_own_amount
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run

TAKEDA = "Takeda Kogyo K.K."
HIBARI = "Hibari Display Solutions LLC"


def _books() -> list[OpenInvoice]:
    return [
        inv("TK-2201", "48600", "t1", "JPY", TAKEDA),
        inv("TK-2202", "91300", "t1", "JPY", TAKEDA),
        inv("HB-7701", "48600", "h1", "JPY", HIBARI),
        inv("HB-7702", "15400", "h1", "JPY", HIBARI),
        inv("TS-5501", "48600", "s1", "JPY", "Takeshita Shoji Co., Ltd."),
    ]


def test_a_customer_romanised_name_reads_as_its_katakana_runs_the_words_together() -> None:
    assert "takedakogyo" in katakana_readings(TAKEDA)
    assert "hibaridisupureisoryushon" in katakana_readings(HIBARI)
    assert katakana_readings("株式会社青葉") == ()


def test_a_zengin_name_run_together_fits_the_romanised_customer() -> None:
    result = one(_books(), pay("p", "91300", currency="JPY", payer="ｶ)ﾀｹﾀﾞｺｳｷﾞﾖｳ"))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-TK-2202": "91300.00"}


def test_a_zengin_name_cut_short_in_loanwords_fits_the_customer_it_begins() -> None:
    result = one(_books(), pay("p", "15400", currency="JPY", payer="ﾄﾞ)ﾋﾊﾞﾘﾃﾞｲｽﾌﾟﾚｲｿ"))
    assert apps(result) == {"i-HB-7702": "15400.00"}


def test_a_zengin_name_too_short_to_tell_two_customers_apart_is_not_fitted() -> None:
    # "ﾀｹ" begins Takeda and Takeshita alike; an amount both hold identifies nobody.
    result = one(_books(), pay("p", "48600", currency="JPY", payer="ｶ)ﾀｹ"))
    assert result.status == Status.REVIEW
    # Another company altogether, sharing a first word only.
    result = one(_books(), pay("p", "91300", currency="JPY", payer="ｶ)ﾀｹﾀﾞｼﾖｳｶｲ"))
    assert result.status == Status.REVIEW


def _month(day: str, number: str, balance: str, customer: str = "m1", currency: str = "JPY") -> OpenInvoice:
    invoice = inv(number, balance, customer, currency, "Marusan Denko K.K.")
    return invoice.model_copy(update={"issue_date": date.fromisoformat(day)})


def _closing_books(currency: str = "JPY") -> list[OpenInvoice]:
    # August is 20,000 + 11,000 + 12,900 = 43,900; so is 21,000 (July) + 22,900 (September): two sets fit.
    return [
        _month("2026-07-10", "MS-501", "12100", currency=currency),
        _month("2026-07-24", "MS-502", "21000", currency=currency),
        _month("2026-08-05", "MS-503", "20000", currency=currency),
        _month("2026-08-19", "MS-504", "11000", currency=currency),
        _month("2026-08-28", "MS-505", "12900", currency=currency),
        _month("2026-09-03", "MS-506", "22900", currency=currency),
    ]


def test_a_closing_payment_of_one_whole_month_among_several_fitting_sets_pays_that_month() -> None:
    result = one(_closing_books(), pay("p", "43900", currency="JPY", customer="m1"))
    assert result.status == Status.APPLIED
    assert set(apps(result)) == {"i-MS-503", "i-MS-504", "i-MS-505"}


def test_two_whole_months_adding_up_alike_or_another_currency_stay_a_question() -> None:
    books = _closing_books()
    books[1] = books[1].model_copy(update={"balance": Decimal("31800"), "total": Decimal("31800")})
    # July (12,100 + 31,800) and August both come to 43,900.
    assert one(books, pay("p", "43900", currency="JPY", customer="m1")).status == Status.REVIEW
    # In dollars a month's invoices adding up is chance, not a closing.
    assert one(_closing_books("USD"), pay("p", "43900", customer="m1")).status == Status.REVIEW


FEE_ADVICE = (
    "8月末締め分（3件）のお支払いです。ご請求合計43,900円より、振込手数料660円を MS-504 分から差し引いて"
    "お振込みいたしました。"
)


def test_a_closing_payment_less_a_stated_transfer_fee_is_short_on_the_invoice_it_names() -> None:
    result = one(_closing_books(), pay("p", "43240", currency="JPY", customer="m1", remittance=FEE_ADVICE))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-MS-503": "20000.00", "i-MS-504": "10340.00", "i-MS-505": "12900.00"}
    assert result.short_pay is not None
    assert (result.short_pay.invoice_id, str(result.short_pay.amount)) == ("i-MS-504", "660.00")
    assert result.short_pay.reason == "bank_fee"


def test_a_fee_that_does_not_bring_the_month_to_the_payment_is_not_taken_as_one() -> None:
    # The advice names a fee, but August less 550 is not what arrived: a person looks.
    advice = FEE_ADVICE.replace("660円", "550円")
    result = one(_closing_books(), pay("p", "43240", currency="JPY", customer="m1", remittance=advice))
    assert result.status == Status.REVIEW
    # A part payment saying so is not a closing less a fee.
    part = "MS-504 一部入金です。振込手数料660円差し引き"
    result = one(_closing_books(), pay("p", "43240", currency="JPY", customer="m1", remittance=part))
    assert result.short_pay is None


def test_a_japanese_advice_list_with_yen_marks_pays_each_line_whatever_its_figure_ends_in() -> None:
    # "38,502-" ends in 502, the short number of MS-502 (already paid): the figure names no invoice.
    books = [
        inv("MS-2601-0501", "38502", "m1", "JPY", "Marusan Denko K.K."),
        inv("MS-2601-0502", "7700", "m1", "JPY", "Marusan Denko K.K."),
        inv("MS-2601-0507", "11000", "m1", "JPY", "Marusan Denko K.K."),
        inv("MS-2601-0509", "4400", "m1", "JPY", "Marusan Denko K.K."),
    ]
    advice = (
        "下記の通りお支払いします。\n・No.MS-2601-0501　38,502-\n・MS-2601-0507　11,000円\n・MS-2601-0509　4,400円"
        "\n合計　￥53,902"
    )
    earlier = pay("p0", "7700", currency="JPY", customer="m1", ref="MS-2601-0502")
    later = pay("p", "53902", currency="JPY", payer="ﾏﾙｻﾝﾃﾞﾝｺｳ(ｶ", remittance=advice)
    result = run(books, earlier, later)[1]
    assert result.status == Status.APPLIED
    assert apps(result) == {
        "i-MS-2601-0501": "38502.00",
        "i-MS-2601-0507": "11000.00",
        "i-MS-2601-0509": "4400.00",
    }


def test_a_line_naming_two_invoices_by_their_numbers_keeps_both() -> None:
    books = [
        inv("MS-2601-0501", "38502", "m1", "JPY", "Marusan Denko K.K."),
        inv("MS-2601-0509", "4400", "m1", "JPY", "Marusan Denko K.K."),
    ]
    advice = "MS-2601-0501 / 0509　42,902円"
    result = one(books, pay("p", "42902", currency="JPY", customer="m1", remittance=advice))
    assert apps(result) == {"i-MS-2601-0501": "38502.00", "i-MS-2601-0509": "4400.00"}


def test_a_hangul_name_reads_as_a_korean_bank_spells_it_with_its_trade_in_english() -> None:
    assert hangul_latin("(주)바다센서") == "bada sensor"
    assert hangul_latin("한결반도체 주식회사") == "hangyeol semiconductor"
    assert hangul_latin("Hangyeol Semiconductor") == ""


def _korean_books() -> list[OpenInvoice]:
    return [
        inv("KB-3301", "18500000", "k1", "KRW", "주식회사 바다센서"),
        inv("KB-3302", "2750000", "k1", "KRW", "주식회사 바다센서"),
        inv("EXP-880", "12400.00", "k2", "USD", "주식회사 한결전자"),
        inv("EXP-881", "9100.00", "k3", "USD", "Hangyeol Electronics Vietnam Co., Ltd."),
    ]


def test_a_swift_payer_in_latin_letters_confirms_the_hangul_customer_whose_invoice_it_names() -> None:
    # SHA: 20 dollars of correspondent charges short of the invoice the reference names.
    result = one(
        _korean_books(),
        pay("p", "12380.00", ref="INV EXP-880 CHG SHA", payer="1/HANGYEOL ELECTRONICS CO LTD"),
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-EXP-880": "12380.00"}


def test_a_korean_payer_fitting_two_customers_alike_names_neither_by_itself() -> None:
    # "HANGYEOL ELECTRONICS" begins the Vietnamese subsidiary's name and is all of 한결전자's: no payer by name, so
    # an amount neither is owed is not held on either's account.
    result = one(_korean_books(), pay("p", "5000.00", payer="HANGYEOL ELECTRONICS CO., LTD."))
    assert result.status == Status.REVIEW
    # A Korean bank's hangul name, cut short, fits the customer it begins.
    result = one(_korean_books(), pay("p", "2750000", currency="KRW", payer="바다센서(주)"))
    assert apps(result) == {"i-KB-3302": "2750000.00"}


def _stub_books() -> list[OpenInvoice]:
    return [
        inv("SO-60411", "812.50", "w1", "USD", "Willowmere Hardware Supply"),
        inv("SO-60452", "2390.00", "w1", "USD", "Willowmere Hardware Supply"),
    ]


def test_a_stub_line_writing_what_it_pays_then_a_freight_deduction_is_short_by_the_deduction() -> None:
    stub = "STUB\nSO60411            812.50\nSO60452          2,328.00  FRT CHG 62.00"
    result = one(_stub_books(), pay("p", "3140.50", customer="w1", remittance=stub))
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-SO-60411": "812.50", "i-SO-60452": "2328.00"}
    assert result.short_pay is not None
    assert (result.short_pay.invoice_id, str(result.short_pay.amount)) == ("i-SO-60452", "62.00")


def test_a_freight_deduction_named_on_its_own_line_is_taken_from_that_invoice() -> None:
    advice = "OBI: SO60411 SO60452\nSO60452 FRGT CHG 62.00"
    result = one(_stub_books(), pay("p", "3140.50", customer="w1", remittance=advice))
    assert result.status == Status.PARTIAL
    assert result.short_pay is not None and result.short_pay.invoice_id == "i-SO-60452"


def test_two_figures_on_a_line_that_do_not_make_its_balance_are_not_read_as_paid_and_kept() -> None:
    # 2,328.00 + 50.00 is not the 2,390.00 open: which figure is paid, a person tells.
    stub = "STUB\nSO60411            812.50\nSO60452          2,328.00  FRT CHG 50.00"
    result = one(_stub_books(), pay("p", "3140.50", customer="w1", remittance=stub))
    assert result.status == Status.REVIEW


def _shop_books() -> list[OpenInvoice]:
    return [
        inv("INV-583210", "1840.00", "b1", "CAD", "Boréal Quincaillerie Ltée"),
        inv("INV-583244", "615.40", "b1", "CAD", "Boréal Quincaillerie Ltée"),
    ]


def test_a_part_payment_the_message_states_for_an_invoice_it_writes_out_is_applied_from_an_unknown_sender() -> (
    None
):
    for message in (
        "Message: INV583210 partial pmt, thx",
        "Message: facture 583210 premier versement, solde à suivre",
    ):
        result = one(
            _shop_books(), pay("p", "500.00", currency="CAD", payer="MARIE GAGNON", remittance=message)
        )
        assert result.status == Status.PARTIAL, message
        assert apps(result) == {"i-INV-583210": "500.00"}


def test_an_unknown_sender_naming_an_invoice_without_saying_part_payment_stays_a_question() -> None:
    for message in ("Message: INV583210 thanks", "Message: 583210 pas un versement partiel, le solde suit"):
        result = one(
            _shop_books(), pay("p", "500.00", currency="CAD", payer="MARIE GAGNON", remittance=message)
        )
        assert result.status == Status.REVIEW, message


def test_a_part_payment_from_a_company_account_we_cannot_tie_to_the_owner_stays_a_question() -> None:
    # A company's account (a legal form), or a name like another customer's more than the invoice's owner's.
    books = [*_shop_books(), inv("INV-590001", "75.00", "g1", "CAD", "Gagnon Transport")]
    for payer in ("LAURENTIDE SUPPLY INC", "GAGNON TRANSPORT"):
        message = "INV583210 partial pmt"
        result = one(books, pay("p", "500.00", currency="CAD", payer=payer, remittance=message))
        assert result.status == Status.REVIEW, payer


def _cheque_books() -> list[OpenInvoice]:
    return [
        inv("INV-650114", "4120.75", "d1", "USD", "Delmar Industrial Supply"),
        inv("INV-650390", "987.10", "d1", "USD", "Delmar Industrial Supply"),
    ]


def test_a_cheque_number_equal_to_an_open_invoice_does_not_point_at_it() -> None:
    # The cheque happens to be numbered 650390; the amount is exactly INV-650114's balance, the only one.
    for ref in ("CHQ #650390", "CHECK NO 650390", "Cheque 650390"):
        result = one(_cheque_books(), pay("p", "4120.75", customer="d1", ref=ref))
        assert apps(result) == {"i-INV-650114": "4120.75"}, ref


def test_an_unlabelled_number_equal_to_an_open_invoice_still_makes_the_amount_a_question() -> None:
    for ref in ("PMT 650390", "ORDER 650390"):
        result = one(_cheque_books(), pay("p", "4120.75", customer="d1", ref=ref))
        assert result.status == Status.REVIEW, ref


def test_a_katakana_name_spells_a_kanji_customer_name_whole_or_cut_short() -> None:
    assert kana_spells(payer_kana("ｶ)ﾐﾅﾐﾔﾏｺｳｷﾞﾖｳ"), "株式会社南山工業")
    assert kana_spells(payer_kana("ｼﾝﾖｳﾃﾞﾝｷｾｲｻｸｼﾖ(ｶ"), "信陽電機製作所株式会社")
    assert kana_spells(payer_kana("ｶ)ｼﾝﾖｳﾃﾞﾝｷｾｲｻ"), "信陽電機製作所株式会社")  # the field ends mid-name
    # Near misses: another company of the same first name, a stem too short to tell, a kanji we cannot read.
    assert not kana_spells(payer_kana("ｶ)ﾐﾅﾐﾔﾏｺｳｷﾞﾖｳ"), "株式会社南山電機")
    assert not kana_spells(payer_kana("ｶ)ﾐﾅﾐ"), "株式会社南山工業")
    assert not kana_spells(payer_kana("ｶ)ﾐﾅﾐﾔﾏｺｳｷﾞﾖｳ"), "株式会社南嶺工業")


def test_a_katakana_payer_is_fitted_to_the_customer_its_kana_spell_in_kanji() -> None:
    books = [
        inv("NY-8101", "66000", "n1", "JPY", "株式会社南山工業"),
        inv("NY-8102", "14300", "n1", "JPY", "株式会社南山工業"),
        inv("NY-9101", "66000", "n2", "JPY", "株式会社南山電機"),
    ]
    result = one(
        books, pay("p", "50000", currency="JPY", payer="ｶ)ﾐﾅﾐﾔﾏｺｳｷﾞﾖｳ", remittance="NY-8101 一部入金")
    )
    assert result.status == Status.PARTIAL
    assert apps(result) == {"i-NY-8101": "50000.00"}
    # The same amount as both companies' invoice, from a name that spells neither: nobody's.
    result = one(books, pay("p", "66000", currency="JPY", payer="ｶ)ﾐﾅﾐﾔﾏｼﾖｳｼﾞ"))
    assert result.status == Status.REVIEW


def _many_books() -> list[OpenInvoice]:
    # 23,320 is NK-1004's balance, and also 9,900 + 8,800 + 4,620 (three others together).
    return [
        inv("NK-1001", "9900", "y1", "JPY", "Yoshida Kosan K.K."),
        inv("NK-1002", "8800", "y1", "JPY", "Yoshida Kosan K.K."),
        inv("NK-1003", "4620", "y1", "JPY", "Yoshida Kosan K.K."),
        inv("NK-1004", "23320", "y1", "JPY", "Yoshida Kosan K.K."),
        inv("NK-1005", "51700", "y1", "JPY", "Yoshida Kosan K.K."),
    ]


def test_one_invoice_at_exactly_the_amount_beats_three_others_adding_up_to_it_by_chance() -> None:
    result = one(_many_books(), pay("p", "23320", currency="JPY", customer="y1"))
    assert apps(result) == {"i-NK-1004": "23320.00"}


def test_one_invoice_at_exactly_the_amount_and_two_others_adding_up_to_it_stay_a_question() -> None:
    books = [*_many_books(), inv("NK-1006", "14520", "y1", "JPY", "Yoshida Kosan K.K.")]  # 8,800 + 14,520
    result = one(books, pay("p", "23320", currency="JPY", customer="y1"))
    assert result.status == Status.REVIEW


def _range_books() -> list[OpenInvoice]:
    # Numbering is shared by every customer: only three of r1's invoices lie between 730100 and 730190.
    return [
        inv("INV-730100", "410.00", "r1", "USD", "Redstone Hoist & Rigging"),
        inv("INV-730155", "2250.00", "r1", "USD", "Redstone Hoist & Rigging"),
        inv("INV-730190", "339.50", "r1", "USD", "Redstone Hoist & Rigging"),
        inv("INV-730120", "880.00", "x9", "USD", "Quarry Lane Builders"),
        inv("INV-730400", "75.00", "r1", "USD", "Redstone Hoist & Rigging"),
    ]


def test_a_range_too_wide_to_list_pays_the_payers_invoices_inside_it_when_they_make_the_amount() -> None:
    result = one(_range_books(), pay("p", "2999.50", customer="r1", ref="PMT invoices 730100 to 730190"))
    assert result.status == Status.APPLIED
    assert set(apps(result)) == {"i-INV-730100", "i-INV-730155", "i-INV-730190"}


def test_a_wide_range_whose_invoices_do_not_make_the_amount_is_not_applied_by_it() -> None:
    result = one(_range_books(), pay("p", "3100.00", customer="r1", ref="PMT invoices 730100 to 730190"))
    assert result.status != Status.APPLIED
    assert "i-INV-730155" not in apps(result)


def test_a_yen_figure_closed_by_a_dash_or_yen_mark_is_the_amount_not_an_invoice_number() -> None:
    books = [
        inv("AK-2607-0412", "4950", "a1", "JPY", "Akebono Shokai K.K."),
        inv("ZZ-2606-4950", "12000", "z9", "JPY", "Zenith Parts K.K."),
    ]
    for ref in ("注文番号 2607-0311 分 4,950-", "注文番号 2607-0311 分 4,950円", "ご注文分 ￥4,950"):
        result = one(books, pay("p", "4950", currency="JPY", customer="a1", ref=ref))
        assert apps(result) == {"i-AK-2607-0412": "4950.00"}, ref


def test_an_invoice_number_ending_in_the_amounts_digits_is_not_blanked_as_the_amount() -> None:
    assert without_own_amount("SI-2606-0880", Decimal(880)) == "SI-2606-0880"
    assert without_own_amount("INV 880-12", Decimal(880)) == "INV 880-12"
    assert without_own_amount("注文 2607-0311 分 3,300-", Decimal(880)) == "注文 2607-0311 分 3,300-"


def test_a_virtual_account_number_names_no_invoice() -> None:
    books = [
        inv("KR2609-0410", "8800000", "q1", "KRW", "주식회사 청솔기계"),
        inv("KR2608-0777", "1200000", "q2", "KRW", "주식회사 다온화학"),
    ]
    result = one(books, pay("p", "8800000", currency="KRW", customer="q1", ref="가상계좌입금 777-0410-55120"))
    assert apps(result) == {"i-KR2609-0410": "8800000.00"}
    # An invoice number written as such still names it.
    result = one(books, pay("p", "1200000", currency="KRW", customer="q1", ref="KR2608-0777 결제분"))
    assert result.status == Status.REVIEW


def _paid_books() -> list[OpenInvoice]:
    return [
        inv("TN-2605-2214", "6600", "t7", "JPY", "Tanabe Kiko K.K."),
        inv("TN-2606-2241", "3850", "t7", "JPY", "Tanabe Kiko K.K."),
    ]


def test_a_mistyped_number_read_as_a_paid_invoice_pays_the_open_one_it_is_a_keystroke_from() -> None:
    first = pay("p0", "6600", currency="JPY", customer="t7", ref="TN-2605-2214")
    # "TN-2606-2214" is no invoice: its last digits name the paid TN-2605-2214, its whole is TN-2606-2241 swapped.
    typo = pay("p1", "3850", currency="JPY", customer="t7", ref="請求書 TN-2606-2214 代金")
    assert apps(run(_paid_books(), first, typo)[1]) == {"i-TN-2606-2241": "3850.00"}


def test_the_paid_invoices_own_number_with_another_invoices_amount_stays_a_question() -> None:
    first = pay("p0", "6600", currency="JPY", customer="t7", ref="TN-2605-2214")
    again = pay("p1", "3850", currency="JPY", customer="t7", ref="請求書 TN-2605-2214 代金")
    assert run(_paid_books(), first, again)[1].status == Status.REVIEW


def _typo_books() -> list[OpenInvoice]:
    return [
        inv("HX-2607-0482", "27500", "h5", "JPY", "Hoshino Denzai K.K."),
        inv("HX-2609-0428", "9900", "o8", "JPY", "Oyama Seiki K.K."),
    ]


def test_a_number_that_is_no_invoice_but_ends_like_anothers_pays_the_payers_own_a_keystroke_away() -> None:
    # "HX-2607-0428" is nobody's: its last digits are Oyama's HX-2609-0428, its whole is HX-2607-0482 swapped.
    for payment in (
        pay("p", "27500", currency="JPY", customer="h5", ref="請求書 HX-2607-0428 代金"),
        pay("p", "27500", currency="JPY", payer="ｶ)ﾎｼﾉﾃﾞﾝｻﾞｲ", ref="請求書 HX-2607-0428 代金"),
    ):
        assert apps(one(_typo_books(), payment)) == {"i-HX-2607-0482": "27500.00"}


def test_another_customers_real_number_written_whole_stays_a_question() -> None:
    payment = pay("p", "27500", currency="JPY", customer="h5", ref="請求書 HX-2609-0428 代金")
    assert one(_typo_books(), payment).status == Status.REVIEW
