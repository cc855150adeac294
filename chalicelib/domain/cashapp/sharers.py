"""Which customers' names share most with a payer's: the pool the fuzzy matcher then scores.

A customer's share is the sum of the weights of the payer's words (and word beginnings) its name holds, each
word weighted by its rarity. Summing member by member loops in Python over every owner of a common word
("trading", "al": thousands of names) for every payment, a fifth of a 10k-payment run; the grouped selection
below gives the same pool, float for float, touching only a common word's smallest ids.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

Members = set[str] | frozenset[str]


class Sharers(NamedTuple):
    """The customers holding one of the payer's words, and what holding it is worth."""

    members: Members
    weight: float
    # The members sorted by id; read only for a common word, so the caller may cache it per word.
    ranked: Sequence[str]


# A word more customers than this hold is grouped, not looped over. Past this many such words in one payer
# name the groups (2^n of them) cost more than the loop.
COMMON_MEMBERS = 128
MAX_COMMON_WORDS = 5


def top_sharers(words: Sequence[Sharers], k: int) -> list[str]:
    """The k customers sharing most, ties by id: the same list as summing every member of every word.

    A customer holding a rare word is scored exactly. The others hold common words only, so their share is
    fixed by which common words they hold: each such group shares one score, and only its k smallest ids can
    make the cut."""
    common = [j for j, word in enumerate(words) if len(word.members) > COMMON_MEMBERS]
    if len(common) > MAX_COMMON_WORDS:
        return top_sharers_by_sum(words, k)
    rare: set[str] = set().union(*(w.members for w in words if len(w.members) <= COMMON_MEMBERS))
    scored = [(-_share(c, words), c) for c in rare]
    for chosen, inside in _overlaps(words, common):
        others = [words[j].members for j in common if j not in chosen]
        share = 0.0
        for j in chosen:  # in the order a member's own sum takes, so the float is the same
            share += words[j].weight
        if len(chosen) == 1:
            picked = _first_outside(words[chosen[0]].ranked, [rare, *others], k)
        else:
            picked = heapq.nsmallest(k, inside.difference(rare, *others))
        scored.extend((-share, c) for c in picked)
    return [c for _, c in heapq.nsmallest(k, scored)]


def top_sharers_by_sum(words: Sequence[Sharers], k: int) -> list[str]:
    """top_sharers the plain way: every member of every word summed."""
    shared: dict[str, float] = defaultdict(float)
    for word in words:
        for c in word.members:
            shared[c] += word.weight
    return [c for c, _ in heapq.nsmallest(k, shared.items(), key=lambda kv: (-kv[1], kv[0]))]


def _share(member: str, words: Sequence[Sharers]) -> float:
    share = 0.0
    for word in words:
        if member in word.members:
            share += word.weight
    return share


def _overlaps(words: Sequence[Sharers], common: list[int]) -> Iterator[tuple[tuple[int, ...], Members]]:
    """Every non-empty overlap of the common words, with the words overlapping. An empty overlap ends its
    branch: no larger choice can overlap where it does not."""
    stack: list[tuple[tuple[int, ...], Members, int]] = [
        ((j,), words[j].members, n + 1) for n, j in enumerate(common)
    ]
    while stack:
        chosen, inside, after = stack.pop()
        yield chosen, inside
        for n in range(after, len(common)):
            j = common[n]
            if narrower := inside & words[j].members:
                stack.append(((*chosen, j), narrower, n + 1))


def _first_outside(ranked: Sequence[str], excluded: Sequence[Members], k: int) -> list[str]:
    """The k smallest ids in no excluded set, walking the ranked members from the smallest. The walk is chained
    C iterators, not a Python loop: a common word's owners are often mostly in another common word."""
    walk: Iterable[str] = ranked
    for members in excluded:
        walk = itertools.filterfalse(members.__contains__, walk)
    return list(itertools.islice(walk, k))
