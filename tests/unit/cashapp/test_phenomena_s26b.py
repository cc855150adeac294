"""Session 26b: Japanese and Korean payers as their banks write them (Zengin half-width katakana run together and
cut short, hangul with its legal marks) fitted to customers named in romaji, English, kanji or hangul; Japanese
remittance amounts and stated transfer fees; month-end closing lumps. Each with the near misses that must not
fit."""

from __future__ import annotations

from chalicelib.domain.cashapp import OpenInvoice, Status
from chalicelib.domain.cashapp.names import katakana_readings
from tests.unit.cashapp.test_matching import apps, inv, one, pay

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
