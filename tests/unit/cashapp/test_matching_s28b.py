"""Session 28b: a payer name written without spaces (hangul, kana, kanji, Chinese), its legal form glued on, that
the bank's field cut before the characters telling two customers apart; the amount fitting one of them does not
settle who paid. Each with the near misses that must still apply."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chalicelib.domain.cashapp import OpenInvoice, ReceivedPayment, Status
from chalicelib.domain.cashapp.names import cjk_cut, cjk_legal_form, kana_spells, kana_spells_cut
from chalicelib.domain.cashapp.references import (
    candidate_keys,
    figure_taken,
    short_reason,
    unwrap_swift_lines,
)
from tests.unit.cashapp.test_matching import apps, inv, one, pay, run

SEGWANG_ELEC = "주식회사 세광정보통신"
SEGWANG_MACH = "세광정밀(주)"
AKEBONO_DENSHI = "株式会社アケボノ電子"
AKEBONO_DENKI = "アケボノ電機株式会社"


def _korean() -> list[OpenInvoice]:
    return [
        inv("SI-7001", "3300000", "k1", "KRW", SEGWANG_ELEC),
        inv("SI-7002", "5120000", "k2", "KRW", SEGWANG_MACH),
    ]


def _japanese() -> list[OpenInvoice]:
    return [
        inv("SI-8001", "418000", "j1", "JPY", AKEBONO_DENSHI),
        inv("SI-8002", "92400", "j2", "JPY", AKEBONO_DENKI),
    ]


def test_a_written_name_begun_and_cut_short_is_a_cut() -> None:
    assert cjk_cut("세광정", SEGWANG_ELEC)
    assert cjk_cut("세광정", SEGWANG_MACH)
    # The whole name, or one that is not its start, is no cut.
    assert not cjk_cut("세광정보통신", SEGWANG_ELEC)
    assert not cjk_cut("정보통", SEGWANG_ELEC)


def test_kana_that_stop_inside_a_kanji_name_spell_it_cut() -> None:
    assert kana_spells("アケボノデン", AKEBONO_DENSHI)
    assert kana_spells_cut("アケボノデン", AKEBONO_DENSHI)
    assert kana_spells_cut("アケボノデン", AKEBONO_DENKI)
    assert not kana_spells_cut("アケボノデンシ", AKEBONO_DENSHI)  # spelt whole


def test_a_korean_memo_cut_before_the_words_telling_two_customers_apart_goes_to_review() -> None:
    # The 7-character 입금자명 field: the legal form glued on, the name cut after 세광정; read in Latin letters it
    # begins "segwangjeongbo communications" and not "segwang precision", which must not settle it.
    result = one(_korean(), pay("p", "3300000", currency="KRW", payer="주식회사세광정"))
    assert result.status == Status.REVIEW
    assert result.applications == []
    assert ["i-SI-7001"] in result.candidates


def test_a_korean_memo_spelling_the_whole_name_still_applies_on_the_amount() -> None:
    result = one(_korean(), pay("p", "3300000", currency="KRW", payer="세광정보통신(주"))
    assert result.status == Status.APPLIED
    assert {i: Decimal(a) for i, a in apps(result).items()} == {"i-SI-7001": Decimal(3300000)}


def test_katakana_cut_inside_the_word_that_tells_two_customers_apart_goes_to_review() -> None:
    result = one(_japanese(), pay("p", "418000", currency="JPY", payer="ｶ)ｱｹﾎﾞﾉﾃﾞﾝ"))
    assert result.status == Status.REVIEW
    assert result.applications == []


def test_katakana_spelling_the_whole_name_still_applies_on_the_amount() -> None:
    result = one(_japanese(), pay("p", "418000", currency="JPY", payer="ｶ)ｱｹﾎﾞﾉﾃﾞﾝｼ"))
    assert result.status == Status.APPLIED
    assert {i: Decimal(a) for i, a in apps(result).items()} == {"i-SI-8001": Decimal(418000)}


def test_a_chinese_name_written_whole_is_no_cut_though_a_longer_namesake_exists() -> None:
    ledger = [
        inv("SI-9001", "86500.00", "t1", "TWD", "宏遠電子股份有限公司"),
        inv("SI-9002", "12000.00", "t2", "TWD", "宏遠電子材料股份有限公司"),
    ]
    # The legal form cut by the field ("股份有"): the core is 宏遠電子, all of t1's name.
    result = one(ledger, pay("p", "86500.00", currency="TWD", payer="宏遠電子股份有"))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-SI-9001": "86500.00"}


def test_a_korean_memo_of_three_characters_after_its_legal_form_finds_the_one_customer_it_begins() -> None:
    ledger = [
        inv("SI-7101", "2750000", "k1", "KRW", "동아화학 주식회사"),
        inv("SI-7102", "990000", "k2", "KRW", "(주)한결물산"),
    ]
    result = one(ledger, pay("p", "2750000", currency="KRW", payer="주식회사동아화"))
    assert result.status == Status.APPLIED
    assert {i: Decimal(a) for i, a in apps(result).items()} == {"i-SI-7101": Decimal(2750000)}


def test_three_hangul_characters_without_a_legal_form_are_a_persons_name_not_a_cut_company() -> None:
    assert not cjk_legal_form("동아화")
    assert cjk_legal_form("주식회사동아화")
    assert cjk_legal_form("동아화학㈜")


def test_katakana_spell_a_repair_shop_and_a_board_assembler_by_their_kanji() -> None:
    assert kana_spells("ミナセシユウリセンタ", "ミナセ修理センター株式会社")
    assert kana_spells("コトブキシツソウ", "株式会社コトブキ実装")
    assert not kana_spells("コトブキシユウリ", "株式会社コトブキ実装")


def test_a_hangul_name_written_whole_is_not_shaken_by_a_rival_that_only_sounds_alike_in_latin() -> None:
    ledger = [
        inv("SI-7201", "1480000", "k1", "KRW", "(주)세림정밀"),
        inv("SI-7202", "1480000", "k2", "KRW", "(주)서림정밀"),
        inv("SI-7203", "2200000", "k1", "KRW", "(주)세림정밀"),
    ]
    result = one(ledger, pay("p", "2200000", currency="KRW", payer="세림정밀"))
    assert result.status == Status.APPLIED
    assert {i: Decimal(a) for i, a in apps(result).items()} == {"i-SI-7203": Decimal(2200000)}


def _advance_ledger() -> list[OpenInvoice]:
    return [
        inv("SI-7301", "1834500", "k1", "KRW", "(주)세림정밀"),
        inv("SI-7302", "3000000", "k2", "KRW", "(주)한결물산"),
    ]


def test_a_round_sum_from_a_customer_known_by_name_that_fits_nothing_waits_on_its_account() -> None:
    result = one(_advance_ledger(), pay("p", "1500000", currency="KRW", payer="세림정밀(주)"))
    assert result.status == Status.UNAPPLIED
    assert result.applications == []
    assert result.unapplied == Decimal(1500000)


def test_an_odd_figure_or_another_customers_balance_from_a_name_alone_goes_to_review() -> None:
    odd = one(_advance_ledger(), pay("p", "1517300", currency="KRW", payer="세림정밀(주)"))
    assert odd.status == Status.REVIEW
    # 3,000,000 is round, and exactly what 한결물산 owes: a group paying for another, or a mix-up.
    theirs = one(_advance_ledger(), pay("p", "3000000", currency="KRW", payer="세림정밀(주)"))
    assert theirs.status == Status.REVIEW
    # A round sum naming an invoice the customer owes for another figure is not an advance either.
    named = one(
        _advance_ledger(),
        pay("p", "1500000", currency="KRW", payer="세림정밀(주)", remittance="SI-7301 대금 입금"),
    )
    assert named.status != Status.UNAPPLIED


def test_a_round_sum_equal_to_a_bill_already_settled_is_no_advance() -> None:
    ledger = [*_advance_ledger(), inv("SI-7304", "2000000", "k1", "KRW", "(주)세림정밀")]
    first, second = run(
        ledger,
        pay("p1", "2000000", currency="KRW", payer="세림정밀(주)"),
        pay("p2", "2000000", currency="KRW", payer="세림정밀(주)"),
    )
    assert first.status == Status.APPLIED
    assert second.status == Status.REVIEW


def _closing() -> list[OpenInvoice]:
    def dated(number: str, balance: str, issued: str) -> OpenInvoice:
        return inv(number, balance, "j1", "JPY", AKEBONO_DENSHI).model_copy(
            update={"issue_date": date.fromisoformat(issued)}
        )

    return [
        dated("SI-2605-0011", "120000", "2026-05-12"),
        dated("SI-2605-0040", "86000", "2026-05-28"),
        dated("SI-2605-0032", "54000", "2026-05-28"),
        dated("SI-2606-0007", "310000", "2026-06-09"),
    ]


def _closing_pay(amount: str, text: str) -> ReceivedPayment:
    return pay("p", amount, currency="JPY", payer="ｶ)ｱｹﾎﾞﾉﾃﾞﾝｼ", remittance=text).model_copy(
        update={"date": date(2026, 6, 30)}
    )


def test_a_month_closing_less_the_stated_transfer_fee_leaves_the_fee_on_the_months_last_invoice() -> None:
    result = one(
        _closing(), _closing_pay("259340", "5月締め分をお振込みします。振込手数料660円を差し引きました。")
    )
    assert result.status == Status.PARTIAL
    assert {i: Decimal(a) for i, a in apps(result).items()} == {
        "i-SI-2605-0011": Decimal(120000),
        "i-SI-2605-0032": Decimal(54000),
        "i-SI-2605-0040": Decimal(85340),
    }
    assert result.short_pay is not None
    assert (result.short_pay.invoice_id, result.short_pay.reason) == ("i-SI-2605-0040", "bank_fee")
    assert result.short_pay.amount == Decimal(660)


def test_the_zengin_fields_katakana_for_a_deducted_fee_is_a_bank_fee() -> None:
    assert short_reason("5ｶﾞﾂﾌﾞﾝ ﾃｽｳﾘﾖｳｻｼﾋｷ") == "bank_fee"
    result = one(_closing(), _closing_pay("259340", "5ｶﾞﾂﾌﾞﾝ ﾃｽｳﾘﾖｳｻｼﾋｷ"))
    assert result.status == Status.PARTIAL


def test_a_month_short_by_other_than_the_fee_it_states_or_by_a_fee_nobody_mentions_is_no_closing() -> None:
    # The advice says 440 was taken, and the month is 660 short: something else is missing.
    stated = one(_closing(), _closing_pay("259340", "5月締め分、振込手数料440円を差し引きました。"))
    assert stated.status != Status.PARTIAL
    silent = one(_closing(), _closing_pay("259340", "5月締め分をお振込みします。"))
    assert silent.status != Status.PARTIAL
    # A part payment of the month, in its own words, is not the month less a fee.
    part = one(_closing(), _closing_pay("259340", "5月分の内金です。振込手数料660円差引"))
    assert part.status != Status.PARTIAL


def _won_ledger() -> list[OpenInvoice]:
    return [
        inv("SI-2607-0231", "512300", "k1", "KRW", "유진전자 주식회사"),
        inv("SI-2610-0512", "2040000", "k2", "KRW", "(주)한결물산"),
    ]


def test_the_payments_own_amount_written_in_won_names_no_invoice_by_its_first_digits() -> None:
    text = "전자세금계산서 승인번호 20260715-41000000-1a2b3c4d 건 대금 512,300원 입금했습니다."
    result = one(_won_ledger(), pay("p", "512300", currency="KRW", payer="유진전자(주)", remittance=text))
    assert result.status == Status.APPLIED
    assert {i: Decimal(a) for i, a in apps(result).items()} == {"i-SI-2607-0231": Decimal(512300)}


def test_another_customers_invoice_named_by_its_number_still_stops_the_amount() -> None:
    text = "SI-2610-0512 대금 512,300원 입금했습니다."
    result = one(_won_ledger(), pay("p", "512300", currency="KRW", payer="유진전자(주)", remittance=text))
    assert result.status == Status.REVIEW


def test_a_german_statement_purpose_cut_every_27_characters_reads_as_one_line() -> None:
    cut = "EREF+ZAHLLAUF 2291-07 SVWZ+\nRechnung 5530\n2 vom 02.03.2026"
    assert len(cut.split("\n", maxsplit=1)[0]) == 27
    assert "5530" in (unwrap_swift_lines(cut) or "")
    wrapped = "EREF+ZAHLLAUF 2291-07 SVWZ+\nRechnung 55302 abzgl. Skont\no"
    assert unwrap_swift_lines(wrapped) == wrapped.replace("\n", "")
    # Lines the payer broke itself (not all 27 long) stay apart.
    own = "Rechnung 55302\nBestellung 88120"
    assert unwrap_swift_lines(own) == own


def test_an_order_number_whose_word_the_bank_cut_at_27_characters_is_not_another_customers_invoice() -> None:
    ledger = [
        inv("RE-55302", "1875.40", "c1", "EUR", "Hofmann Werkzeugbau GmbH"),
        inv("RE-41872", "990.00", "c2", "EUR", "Lindner Hydraulik KG"),
    ]
    ref = "EREF+ZAHLLAUF 2291 SVWZ+Bes\ntellung 41872"
    assert len(ref.split("\n", maxsplit=1)[0]) == 27
    result = one(
        ledger, pay("p", "1875.40", currency="EUR", customer="c1", ref=ref, payer="Hofmann Werkzeugbau")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-RE-55302": "1875.40"}


def _vn() -> list[OpenInvoice]:
    return [
        inv("HCM26-01102", "120500000", "v1", "VND", "Cong ty TNHH Bao Bi Minh Khang"),
        inv("HCM26-01177", "86400000", "v1", "VND", "Cong ty TNHH Bao Bi Minh Khang"),
    ]


def test_vietnamese_deduction_words_are_read_folded() -> None:
    assert short_reason("tru 2.150.000 VND do thung hu hong") == "deduction"
    assert figure_taken("HD HCM26-01177 tru 2.150.000 VND", "2.150.000")
    assert short_reason("thanh toan HD HCM26-01177") is None


def test_two_invoices_paid_in_one_sentence_with_the_deduction_pinned_on_one_in_its_own_clause() -> None:
    text = "TT HD HCM26-01102 va HCM26-01177, tru 2.150.000 VND cua HD HCM26-01177 do thung hu hong"
    result = one(_vn(), pay("p", "204750000", currency="VND", customer="v1", remittance=text))
    assert result.status == Status.PARTIAL
    assert result.short_pay is not None
    assert result.short_pay.invoice_id == "i-HCM26-01177"
    assert result.short_pay.amount == Decimal(2150000)


def test_a_deduction_clause_naming_both_invoices_pins_it_on_neither() -> None:
    text = "TT HD HCM26-01102 va HCM26-01177, tru 2.150.000 VND cho HCM26-01102 va HCM26-01177 do hu hong"
    result = one(_vn(), pay("p", "204750000", currency="VND", customer="v1", remittance=text))
    assert result.status == Status.REVIEW


def test_a_chinese_purchase_order_word_then_po_then_the_number_is_the_customers_order() -> None:
    assert candidate_keys("我司采购单 PO 2603114") == []
    assert candidate_keys("采购单 PO# 2603114") == []
    # The invoice number after it is still read.
    assert "SIN2603115" in candidate_keys("采购单 PO 2603114 发票 SIN2603115")
    ledger = [
        inv("SIN2603077", "18650.00", "s1", "SGD", "Harbourfront Medical Supplies Pte Ltd"),
        inv("SIN2603114", "4210.00", "s2", "SGD", "Keppel Bay Optics Pte Ltd"),
    ]
    result = one(
        ledger, pay("p", "18650.00", currency="SGD", customer="s1", remittance="我司采购单 PO 2603114")
    )
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-SIN2603077": "18650.00"}


def test_a_letter_l_typed_for_a_one_inside_an_invoice_number_reads_as_the_one() -> None:
    assert "RE51184" in candidate_keys("Rechnung RE-5l184")
    # A letter next to digits but not between two of them stays a letter.
    assert "RE51184" not in candidate_keys("Rechnung RE-5118L")
    ledger = [inv("RE-51184", "7310.20", "c1", "EUR", "Hofmann Werkzeugbau GmbH")]
    result = one(ledger, pay("p", "7310.20", currency="EUR", customer="c1", ref="SVWZ+Rechnung RE-5l184"))
    assert result.status == Status.APPLIED
    assert apps(result) == {"i-RE-51184": "7310.20"}
