"""``Alternation`` searches a long alternation alternative by alternative where their literals occur: it must find
exactly what the whole pattern finds (start, end, text), on crafted edge cases and on the triage cue families."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from chalicelib.adapters.email_parsing import parse_email
from chalicelib.adapters.local_triage import lexicon as lx
from chalicelib.domain.relative_dates import fold
from chalicelib.domain.text import Alternation, any_of

DATA = Path(__file__).resolve().parents[2] / "data" / "triage"


def _same(pattern: re.Pattern[str], text: str) -> None:
    whole, split = pattern.search(text), Alternation(pattern).search(text)
    assert (whole and (whole.span(), whole.group(0))) == (split and (split.span(), split.group(0))), text


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        # leftmost wins even when a later alternative is the one that matches there
        (("paid", "we transferred"), "we transferred it and paid"),
        # at one position the first alternative in order wins, not the longest
        (("pay", "payment"), "payment sent"),
        (("payment", "pay"), "payment sent"),
        # a "|" inside a class or escaped is no split point; "]" first in a class is a member
        ((r"[|x]y", r"a\|b"), "q a|b |y"),
        ((r"[]z]+w", "zz"), "]]w zz"),
        ((r"[^]a]b", "no"), "ab cb no"),
        # alternatives without a literal (a class, an optional word) are always tried
        ((r"\d{3}-\d{4}", "call us"), "ring 555-0100 or call us"),
        ((r"(?:kindly )?remit", r"\bpaid\b"), "please remit, we paid"),
        # nested alternations from widened families, and words cut by \b on both sides
        ((r"(?:\b(zahl|paid)\w*\b)|(?:virement)", r"\bnot\b"), "we have not yet paid"),
        # no alternative can match
        (("abcdef", r"\bxyz\b"), "nothing here"),
    ],
)
def test_finds_what_the_whole_pattern_finds(parts: tuple[str, ...], text: str) -> None:
    _same(any_of(*parts), text)


def test_case_insensitive_patterns_are_never_filtered_by_literal() -> None:
    pattern = re.compile(r"(?:paid)|(?:virement)", re.IGNORECASE)
    assert Alternation(pattern).search("We PAID")


def test_a_verbose_pattern_is_searched_whole() -> None:
    # the "|" stands in a comment: split there, "cleared" would be read as an alternative
    pattern = re.compile(r"paid  # settled|cleared", re.VERBOSE)
    _same(pattern, "we cleared it")
    _same(pattern, "we paid it")


def test_back_reference_across_groups_falls_back_to_the_whole_pattern() -> None:
    pattern = re.compile(r"(a)|\1b")
    _same(pattern, "xa ab")


def test_groups_are_those_of_the_alternative_that_matched() -> None:
    found = Alternation(any_of(r"(x)y", r"(pa)(id)")).search("we paid")
    assert found is not None and found.group(0) == "paid" and found.group(2) == "id"


@cache
def _reply_lines() -> list[str]:
    """Every line of the customers' own words in ten blind sets (800 replies), folded as the engine folds them."""
    files = sorted(p for p in DATA.glob("blind1[0-9]*.jsonl") if not p.name.endswith("_labels.jsonl"))[:10]
    return [
        fold(line)
        for path in files
        for row in path.read_text(encoding="utf-8").splitlines()
        for line in parse_email(json.loads(row)["eml"].encode()).reply.splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize(
    "name", ["DISPUTE_CUE", "PAID", "PROMISE", "WRONG_CONTACT", "DOCUMENT", "PLAN", "ACK"]
)
def test_cue_families_on_real_replies(name: str) -> None:
    pattern = getattr(lx, name)
    lines = _reply_lines()
    split = Alternation(pattern)
    hits = 0
    for line in lines:
        whole, part = pattern.search(line), split.search(line)
        assert (whole and (whole.span(), whole.group(0))) == (part and (part.span(), part.group(0))), line
        hits += whole is not None
    assert hits >= 10  # the comparison saw matches, not only misses
