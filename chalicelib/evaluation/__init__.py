"""Quality evaluations: ``make eval`` writes them to ``docs/evaluation.md``, which the README summarises.

Each module here exports ``report() -> str``: markdown figures computed on the project's own labelled dev
set (under ``tests/data``). ``python -m chalicelib.cli evaluate [NAME ...]`` prints them.
"""

from collections.abc import Sequence

# Why eight groups, not one set left out at a time: a reader trained per blind set meant 110 guardrail and 99
# triage retrainings, and ``make eval`` stopped unfinished after two hours three sessions running. Eight readers,
# each trained without an eighth of the blind sets, give every set a reader that never saw it.
FOLDS = 8


def folds(names: Sequence[str], k: int = FOLDS) -> list[list[str]]:
    """The blind sets in ``k`` groups, every ``k``-th set of the given order in the same group, so each group
    spans the sessions (and their authors) rather than one stretch of them."""
    return [list(names[start::k]) for start in range(k) if names[start::k]]
