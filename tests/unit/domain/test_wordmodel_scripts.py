"""The word model's features for text outside the Latin alphabet: before them a reply in Japanese, Korean, Thai,
Arabic, Hebrew, Greek or Russian gave the second readers nothing to read."""

from __future__ import annotations

from chalicelib.domain.relative_dates import fold
from chalicelib.domain.wordmodel import WordModel, script_features, train, word_features


def feats(text: str) -> set[str]:
    folded = fold(text)
    return word_features([folded]) | script_features(folded)


def test_unspaced_scripts_are_read_as_letter_pairs_and_short_runs_whole() -> None:
    japanese = feats("来週の金曜日にお振込みいたします。")
    assert {"来週", "金曜", "振込"} <= japanese
    assert "。" not in "".join(japanese)  # punctuation of the script is no letter
    assert {"付款", "下周"} <= feats("我们下周付款")
    assert "谢谢" in feats("谢谢")


def test_hangul_is_read_as_syllables_although_folding_splits_them_into_letters() -> None:
    korean = feats("다음 주에 입금하겠습니다")
    assert {"입금", "다음"} <= korean
    assert all(not ("\u1100" <= ch <= "\u11ff") for f in korean for ch in f)


def test_spaced_scripts_give_words_stems_and_pairs() -> None:
    greek = feats("Θα πληρώσουμε την Παρασκευή")
    assert {"πληρωσουμε", "p:πληρω", "θα_πληρωσουμε"} <= greek
    assert {"оплатим", "оплатим_в", "p:оплат"} <= feats("Оплатим в пятницу")


def test_arabic_and_hebrew_words_also_give_letter_triples_under_their_prefixes() -> None:
    # "and we paid" / "we paid": the attached "and" leaves the root's triple in common
    assert feats("ودفعنا الفاتورة") & feats("دفعنا") >= {"t:دفع"}
    assert feats("ושילמנו") & feats("שילמנו") >= {"t:שיל", "t:ילמ"}


def test_latin_text_gives_no_script_features() -> None:
    assert script_features(fold("Wir zahlen übermorgen, kæmpe tak")) == set()
    assert feats("We will pay on Friday") == {
        "we", "will", "pay", "on", "friday", "we_will", "will_pay", "pay_on", "on_friday", "p:frida",
    }  # fmt: skip


def test_a_model_can_learn_intent_from_japanese_text_alone() -> None:
    promise = ["来週お支払いします", "月末にお支払いします", "金曜日にお支払いいたします"]
    copy = ["請求書を再送してください", "請求書の写しを送ってください", "請求書をもう一度送ってください"]
    examples = [(sorted(feats(t)), "promise") for t in promise] + [(sorted(feats(t)), "copy") for t in copy]
    model = WordModel.from_json(train(examples, ["promise", "copy"]))
    assert model.probabilities(feats("今月末にお支払いします"))["promise"] > 0.5
    assert model.probabilities(feats("請求書を送ってもらえますか"))["copy"] > 0.5
