"""Session 28b: a payer name written without spaces (hangul, kana, kanji, Chinese), its legal form glued on, that
the bank's field cut before the characters telling two customers apart; the amount fitting one of them does not
settle who paid. Each with the near misses that must still apply."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.names import cjk_cut, kana_spells, kana_spells_cut
from tests.unit.cashapp.test_matching import apps, inv, one, pay

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
