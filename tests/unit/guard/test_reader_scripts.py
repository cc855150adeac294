"""The guardrails' second reader reads drafts in every script, and the length gate counts their words fairly."""

from chalicelib.domain.guard_reader import reader_features
from chalicelib.domain.guardrails import long_enough_for_reader, our_words
from chalicelib.domain.wordmodel import count_words

_JA = (
    "いつも大変お世話になっております。\n"
    "請求書INV-2210（金額148,000円、支払期日3月31日）につきまして、本日時点でご入金の確認が取れておりません。"
    "お手数ですが、お支払いのご予定を経理ご担当者様にご確認のうえ、ご連絡いただけますと幸いです。"
    "すでにお手続き済みの場合は、行き違いとなりますので本メールはご放念ください。\n"
    "何卒よろしくお願い申し上げます。"
)


def test_an_unspaced_script_counts_a_word_per_two_letters() -> None:
    assert count_words("お支払いのご予定") == 4
    assert count_words("please let us know when it is paid") == 8
    # A short run still counts as a word, as a Latin word does.
    assert count_words("済 ok") == 2


def test_a_long_japanese_reminder_is_long_enough_for_the_reader_and_a_line_is_not() -> None:
    assert long_enough_for_reader(our_words("請求書INV-2210について", _JA), _JA)
    line = "お世話になっております。\nINV-2210のお支払いをお願いいたします。\nよろしくお願いいたします。"
    assert not long_enough_for_reader(our_words("請求書INV-2210", line), line)


def test_the_reader_reads_cyrillic_words_as_well_as_latin_ones() -> None:
    features = reader_features(our_words("Счёт 12", "Просим оплатить счёт 12 до пятницы, please."))
    assert "пятницы" in features
    assert "please" in features
