"""The triage side of the statistical second reader (``chalicelib.domain.wordmodel``): its features, the
committed weights, and the sentence a statement's fields are read from.

Why: on blind sets the rules' first pass fell to ``other`` most often, on phrasings nobody wrote a rule for
("we'll get this sorted with the next run"). The engine listens to the model only under the conditions in
``engine.py``. Customer text reaches it with injection sentences already removed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from chalicelib.domain.wordmodel import WordModel, word_features

WEIGHTS = Path(__file__).with_name("intent_weights.json")


def features(sentences: Sequence[str], subject: str, *, auto: bool, report: bool) -> list[str]:
    """The customer's sentences, subject words and the two automatic-mail headers, all already folded."""
    found = word_features(sentences)
    found.update("s:" + w for w in re.findall(r"[a-z]+", subject))
    if auto:
        found.add("__auto")
    if report:
        found.add("__report")
    # Sorted, so that sums (and so training) do not depend on the interpreter's string hashing.
    return sorted(found)


def strongest_sentence(model: WordModel, intent: str, sentences: Sequence[str]) -> str:
    """The sentence that speaks most for ``intent``: the engine reads that statement's fields from it."""
    k = model.classes.index(intent)
    best, best_score = "", -math.inf
    for sentence in sentences:
        score = model.scores(features([sentence], "", auto=False, report=False))[k]
        if score > best_score:
            best, best_score = sentence, score
    return best


@cache
def trained_model() -> WordModel | None:
    """The committed model, or None when the file is absent (the rules then work alone)."""
    if not WEIGHTS.exists():
        return None
    return WordModel.from_json(json.loads(WEIGHTS.read_text()))
