"""Payer-name similarity with rapidfuzz (a maintained C++ fuzzy matcher), on the domain's normalised names."""

from __future__ import annotations

from rapidfuzz import fuzz

from chalicelib.domain.cashapp.names import normalize_name


def rapidfuzz_similarity(a: str, b: str) -> float:
    x, y = normalize_name(a), normalize_name(b)
    if not x or not y:
        return 0.0
    # token_sort handles word order ("TRADERS NORTHWIND"); ratio keeps short names honest.
    return max(fuzz.token_sort_ratio(x, y), fuzz.ratio(x, y)) / 100.0
