"""A second reader for ``LocalTriage``: a small multinomial logistic regression over words, trained on the
project's own labelled replies (``python -m chalicelib.cli train-triage``).

Why it exists: the rules in ``lexicon.py`` recognise the phrasings someone wrote down; real replies keep
finding new ones ("we'll get this sorted with the next run", "our AP lady is Carmen"). On sets the rules had
never seen, the rules' first pass fell to ``other`` most often. A model that weighs every word catches many of
those. It only reads; the engine decides when to listen (see ``engine.py``): never against a header-based
bounce or auto-reply, never away from a legal or insolvency statement, and only when it is sure.

The weights are a plain JSON file next to this module: no model download, no third-party runtime, the same
answer on every machine. Customer text reaches it with injection sentences already removed.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("intent_weights.json")
_WORD = re.compile(r"[a-z0-9]+")


def features(sentences: Sequence[str], subject: str, *, auto: bool, report: bool) -> list[str]:
    """Binary features of already-folded text: words (digits collapsed), word pairs, 5-letter stems (which
    stand in for inflection across seven languages), subject words and the two automatic-mail headers."""
    found: set[str] = set()
    for sentence in sentences:
        words = ["<n>" if w.isdigit() else w for w in _WORD.findall(sentence)]
        found.update(words)
        found.update(f"{a}_{b}" for a, b in itertools.pairwise(words))
        found.update("p:" + w[:5] for w in words if len(w) > 5)
    found.update("s:" + w for w in re.findall(r"[a-z]+", subject))
    if auto:
        found.add("__auto")
    if report:
        found.add("__report")
    # Sorted, so that sums (and so training) do not depend on the interpreter's string hashing.
    return sorted(found)


class IntentModel:
    """Scores intents from features with sparse weights ``{feature: {intent: weight}}``."""

    def __init__(self, intents: Sequence[str], weights: dict[str, dict[str, float]]) -> None:
        self.intents = tuple(intents)
        index = {name: k for k, name in enumerate(self.intents)}
        self._weights = {
            feature: tuple((index[name], w) for name, w in per_intent.items())
            for feature, per_intent in weights.items()
        }

    @classmethod
    def from_json(cls, document: dict[str, object]) -> IntentModel:
        intents = document["intents"]
        weights = document["weights"]
        assert isinstance(intents, list) and isinstance(weights, dict)
        return cls([str(i) for i in intents], weights)

    def _scores(self, feats: Iterable[str]) -> list[float]:
        z = [0.0] * len(self.intents)
        for feature in feats:
            for k, w in self._weights.get(feature, ()):
                z[k] += w
        return z

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        z = self._scores(feats)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {name: v / total for name, v in zip(self.intents, e, strict=True)}

    def strongest_sentence(self, intent: str, sentences: Sequence[str]) -> str:
        """The sentence that speaks most for ``intent``: the engine reads that statement's fields from it."""
        k = self.intents.index(intent)
        best, best_score = "", -math.inf
        for sentence in sentences:
            score = self._scores(features([sentence], "", auto=False, report=False))[k]
            if score > best_score:
                best, best_score = sentence, score
        return best


@cache
def trained_model() -> IntentModel | None:
    """The committed model, or None when the file is absent (the rules then work alone)."""
    if not WEIGHTS.exists():
        return None
    return IntentModel.from_json(json.loads(WEIGHTS.read_text()))
