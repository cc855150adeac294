"""Payer names a bank writes in Chinese, kanji or hangul, whole or cut short, against bilingual customer names."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import MatchResult, OpenInvoice, ReceivedPayment, match_payments
from chalicelib.domain.cashapp.names import cjk_payer_core
from tests.unit.cashapp.test_matching import inv

JIANSHENG = "建昇儀器股份有限公司 / Jiansheng Instruments Co., Ltd."
EUNHA = "의료법인 은하의료재단 은하병원 / Eunha Hospital"


def _invoice(number: str, balance: str, customer: str, name: str, currency: str = "TWD") -> OpenInvoice:
    return inv(number, balance, customer, currency, name)


def _match(invoices: list[OpenInvoice], payer: str, amount: str, currency: str = "TWD") -> MatchResult:
    payment = ReceivedPayment(
        id="p1", amount=Decimal(amount), currency=currency, payer_name=payer, reference="轉帳"
    )
    (result,) = match_payments(invoices, [payment], name_similarity=rapidfuzz_similarity)
    assert isinstance(result, MatchResult)
    return result


def test_a_legal_form_the_bank_cut_short_is_no_part_of_the_name() -> None:
    assert cjk_payer_core("建昇儀器股份有限公") == "建昇儀器"
    assert cjk_payer_core("東海岸科技股份有限") == "東海岸科技"
    # Katakana is a spelling, read by its romanisation; Latin letters go by words.
    assert cjk_payer_core("ｶ)ﾐﾄﾞﾘｶﾞｵｶｾｲﾔｸ") == ""
    assert cjk_payer_core("JIANSHENG INSTRUMENTS") == ""


def test_a_chinese_name_cut_by_the_bank_identifies_the_customer() -> None:
    invoices = [
        _invoice("TW25-1", "416451.00", "c1", JIANSHENG),
        _invoice("TW25-2", "9000.00", "c2", "東海岸科技股份有限公司 / Donghaian Technology Co., Ltd."),
    ]
    result = _match(invoices, "建昇儀器股份有限公", "416451.00")
    assert result.status == "applied"
    assert [a.invoice_id for a in result.applications] == ["i-TW25-1"]


def test_a_hangul_name_inside_the_customer_s_name_identifies_it() -> None:
    invoices = [
        _invoice("KR25-1", "138179800", "k1", EUNHA, "KRW"),
        _invoice("KR25-2", "5000", "k2", "(주)새롬제약", "KRW"),
    ]
    result = _match(invoices, "은하의료재단", "138179800", "KRW")
    assert result.status == "applied"


def test_a_written_name_two_customers_hold_identifies_neither() -> None:
    # 은하의료 begins the foundation's hospital and the medical-supply company: a person decides.
    invoices = [
        _invoice("KR25-1", "1000", "k1", EUNHA, "KRW"),
        _invoice("KR25-2", "1000", "k2", "(주)은하의료기 / Eunha Medical Devices", "KRW"),
    ]
    assert _match(invoices, "은하의료", "1000", "KRW").status == "review"


def test_a_three_character_name_must_be_the_customer_s_whole_core() -> None:
    # 大成學 is no customer's name: inside 大成學園 it is only a part, too short to point anywhere.
    invoices = [_invoice("TW25-1", "500.00", "c1", "財團法人大成學園 / Dacheng Academy")]
    assert _match(invoices, "大成學", "500.00").status == "review"


def _third_party(remittance: str) -> MatchResult:
    taisei = "大成製作所株式会社 / Taisei Seisakusho Co., Ltd."
    invoices = [
        _invoice("JP26-11139", "177573", "taisei", taisei, "JPY"),
        _invoice(
            "JP26-20001", "5000", "takasago", "株式会社高砂メディカル / Takasago Medical Co., Ltd.", "JPY"
        ),
    ]
    payment = ReceivedPayment(
        id="p1",
        amount=Decimal("177573"),
        currency="JPY",
        payer_name="ｶ)ﾀｶｻｺﾞﾒﾃﾞｲｶﾙ",
        customer_id="takasago",
        reference="JP26-11139",
        remittance=remittance,
    )
    (result,) = match_payments(invoices, [payment], name_similarity=rapidfuzz_similarity)
    assert isinstance(result, MatchResult)
    return result


def test_a_customer_paying_another_s_invoice_in_its_stead_says_so_and_is_applied() -> None:
    # 様分 立替払い: "for Taisei's account, paid in advance on its behalf".
    result = _third_party("大成製作所株式会社 様分 立替払い")
    assert result.status == "applied"
    assert [a.invoice_id for a in result.applications] == ["i-JP26-11139"]


def test_another_customer_s_invoice_named_without_saying_for_whom_stays_a_question() -> None:
    assert _third_party("大成製作所株式会社 請求書 JP26-11139").status == "review"


def _by_katakana(payer: str) -> MatchResult:
    invoices = [
        _invoice(
            "JP25-1", "146751", "midori", "株式会社緑丘製薬 / Midorigaoka Pharmaceutical Co., Ltd.", "JPY"
        ),
        _invoice("JP25-2", "5610000", "kowa", "独立行政法人光和研究所 / Kowa Research Institute", "JPY"),
        _invoice("JP25-3", "77000", "yamato", "医療法人大和会 大和病院 / Yamato Hospital", "JPY"),
    ]
    amount = {"ｶﾌﾞｼｷｶﾞｲｼﾔ ﾐﾄﾞﾘｶﾞｵｶｾｲﾔｸ": "146751", "ｺｳﾜｹﾝｷﾕｳｼﾞﾖ": "5610000"}.get(payer, "77000")
    return _match(invoices, payer, amount, "JPY")


def test_a_katakana_bank_name_spells_what_the_english_name_translates() -> None:
    # ｾｲﾔｸ is 製薬, Pharmaceutical; ｹﾝｷﾕｳｼﾞﾖ is 研究所, Research Institute.
    assert _by_katakana("ｶﾌﾞｼｷｶﾞｲｼﾔ ﾐﾄﾞﾘｶﾞｵｶｾｲﾔｸ").status == "applied"
    assert _by_katakana("ｺｳﾜｹﾝｷﾕｳｼﾞﾖ").status == "applied"


def test_a_katakana_name_sharing_only_the_first_word_is_another_company() -> None:
    # ﾔﾏﾄｳﾝﾕ is Yamato Unyu, a haulier: Yamato Hospital's first word, not its name.
    assert _by_katakana("ﾔﾏﾄｳﾝﾕ(ｶ").status == "review"
