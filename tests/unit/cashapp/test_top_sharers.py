"""The pool of customers whose names share most with a payer's: the grouped selection must equal the plain sum."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chalicelib.domain.cashapp.sharers import Sharers, top_sharers, top_sharers_by_sum

# Ids from a small range so the words' owners overlap; sizes either side of the grouping threshold (128).
_ids = st.integers(min_value=0, max_value=400).map(lambda n: f"C{n:04d}")


def _word(members: set[str], weight: float) -> Sharers:
    return Sharers(members, weight, tuple(sorted(members)))


@st.composite
def _words(draw: st.DrawFn) -> list[Sharers]:
    sets = draw(st.lists(st.sets(_ids, min_size=1, max_size=400), min_size=1, max_size=7))
    # The engine's weights: one over the owners for a word, half that for a word's beginning.
    return [_word(members, draw(st.sampled_from([1.0, 0.5])) / len(members)) for members in sets]


@settings(max_examples=150, deadline=None)
@given(words=_words(), k=st.sampled_from([1, 5, 30, 100]))
def test_the_grouped_pool_is_the_plain_sum_s_pool(words: list[Sharers], k: int) -> None:
    assert top_sharers(words, k) == top_sharers_by_sum(words, k)


def test_a_rare_word_s_owner_outranks_a_common_word_s_and_ties_go_by_id() -> None:
    common = {f"C{n:04d}" for n in range(500)}
    pool = top_sharers([_word(common, 1 / 500), _word({"C0002", "C9999"}, 1 / 2)], 5)
    # C0002 holds both words, C9999 the rare one; then the common word's smallest ids, C0002 not again.
    assert pool == ["C0002", "C9999", "C0000", "C0001", "C0003"]


def test_owners_of_two_common_words_outrank_owners_of_one() -> None:
    first = {f"C{n:04d}" for n in range(300)}
    second = {f"C{n:04d}" for n in range(250, 600)}
    pool = top_sharers([_word(first, 1 / 300), _word(first, 1 / 300), _word(second, 1 / 350)], 3)
    # The first word twice in the payer's name: its owners outrank the second word's alone, and those holding
    # both outrank either.
    assert pool == ["C0250", "C0251", "C0252"]
