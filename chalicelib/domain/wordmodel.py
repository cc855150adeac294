"""A small multinomial logistic regression over words: the statistical second reader behind the rules in
triage and in the guardrails.

Why it exists: rules recognise the phrasings someone wrote down, and every blind set written by someone else
found new ones. A model that weighs every word, trained on all the project's labelled text, catches many of
those. Each engine decides when to listen to it (``adapters/local_triage/engine.py``, ``guard_reader.py``);
the model itself only scores.

Pure and deterministic: the weights are a JSON document (no model download, no third-party runtime), and
training is seeded stochastic gradient descent over sorted features, so the committed file can be rebuilt
byte for byte and a test checks that it is.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import unicodedata
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[a-z0-9]+")

EPOCHS = 30
LEARNING_RATE = 0.2
SEED = 1
# Weights this small change no decision; dropping them keeps the file small and loading fast.
PRUNE_BELOW = 0.05
# A feature seen in fewer examples than this is an identifier (an invoice number, a person's name, a URL), not
# language: learning it makes the model recognise one training text, not what it says.
MIN_EXAMPLES = 3


def word_features(folded_texts: Iterable[str]) -> set[str]:
    """Words (digits collapsed to ``<n>``), word pairs within a text, and 5-letter stems, which stand in for
    inflection across seven languages. Texts must already be folded (lower case, accents removed)."""
    found: set[str] = set()
    for text in folded_texts:
        words = ["<n>" if w.isdigit() else w for w in _WORD.findall(text)]
        found.update(words)
        found.update(f"{a}_{b}" for a, b in itertools.pairwise(words))
        found.update("p:" + w[:5] for w in words if len(w) > 5)
    return found


# A run of letters (and the vowel signs some scripts write as separate characters) outside the Latin alphabet:
# not ASCII, not Latin-1/Latin Extended (folding leaves "æ", "þ" there; they were never features), not
# punctuation of any script (general, CJK "。、「」", Arabic "،؛؟", Devanagari danda).
_SCRIPT_RUN = re.compile(
    r"[^\x00-\x7f\u0080-\u024f\u2000-\u206f\u3000-\u303f\uff00-\uff0f\uff1a-\uff20"
    r"\u060c\u061b\u061f\u066a-\u066d\u0964\u0965\s]+"
)
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han) and Hangul, whose words carry
# their particles and endings: read as overlapping letter pairs ("来週", "支払", "지불"), which stand in for words.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf"
    r"\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
# Arabic and Hebrew write "and", "the", "to", "will" onto the word ("وسندفع", "ושילמנו"): letter triples find the
# root under them.
_PREFIXING = re.compile(r"[\u0590-\u06ff]")


def script_features(folded_text: str) -> set[str]:
    """The words of a folded text outside the Latin alphabet. Why: ``word_features`` reads a-z only, so a reply in
    Japanese, Korean, Thai, Arabic, Hebrew, Greek or Russian gave the triage reader nothing to read, and every blind
    set brought some. Spaced scripts give words, 5-letter stems and word pairs as Latin does (Arabic and Hebrew
    letter triples as well); unspaced ones letter pairs, and a short run whole. (The guard reader keeps to a-z
    words: ``guard_reader`` says why.)"""
    found: set[str] = set()
    if folded_text.isascii():
        return found
    spaced: list[str] = []
    # Folding decomposed Hangul into its letters; recomposed, a syllable is one character again.
    for run in (unicodedata.normalize("NFC", r) for r in _SCRIPT_RUN.findall(folded_text)):
        if _UNSPACED.search(run):
            if len(run) <= 4:
                found.add(run)
            found.update(run[k : k + 2] for k in range(len(run) - 1))
            continue
        spaced.append(run)
        found.add(run)
        if len(run) > 5:
            found.add("p:" + run[:5])
        if len(run) > 3 and _PREFIXING.search(run):
            found.update("t:" + run[k : k + 3] for k in range(len(run) - 2))
    found.update(f"{a}_{b}" for a, b in itertools.pairwise(spaced))
    return found


_ANY_WORD = re.compile(r"\w+")


def count_words(folded_text: str) -> int:
    """Words in a folded text, a run of an unspaced script counting one word per two letters. Why: a Japanese,
    Chinese or Thai sentence has no spaces, so counted as runs between punctuation a long draft in them came out as
    a handful of "words" and never reached the length the guard reader needs."""
    n = 0
    for word in _ANY_WORD.findall(folded_text):
        letters = [unicodedata.normalize("NFC", r) for r in _SCRIPT_RUN.findall(word)]
        pairs = sum(len(run) // 2 for run in letters if _UNSPACED.search(run))
        n += max(1, pairs)
    return n


class WordModel:
    """Scores classes from features with sparse weights ``{feature: {class: weight}}``."""

    def __init__(self, classes: Sequence[str], weights: dict[str, dict[str, float]]) -> None:
        self.classes = tuple(classes)
        index = {name: k for k, name in enumerate(self.classes)}
        self._weights = {
            feature: tuple((index[name], w) for name, w in per_class.items())
            for feature, per_class in weights.items()
        }

    @classmethod
    def from_json(cls, document: dict[str, object]) -> WordModel:
        classes, weights = document["classes"], document["weights"]
        if not isinstance(classes, list) or not isinstance(weights, dict):
            raise ValueError("a word model needs 'classes' (a list) and 'weights' (an object)")
        return cls([str(c) for c in classes], weights)

    def scores(self, features: Iterable[str]) -> list[float]:
        z = [0.0] * len(self.classes)
        for feature in features:
            for k, w in self._weights.get(feature, ()):
                z[k] += w
        return z

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        z = self.scores(features)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {name: v / total for name, v in zip(self.classes, e, strict=True)}


def train(
    examples: Sequence[tuple[Sequence[str], str]], classes: Sequence[str], **about: object
) -> dict[str, object]:
    """The weights document for ``WordModel.from_json`` from (sorted features, class) pairs; ``about`` is
    recorded in it (what it was trained on, how to rebuild it)."""
    seen: dict[str, int] = {}
    for features, _ in examples:
        for f in set(features):
            seen[f] = seen.get(f, 0) + 1
    examples = [
        (tuple(f for f in features if seen[f] >= MIN_EXAMPLES), label) for features, label in examples
    ]
    weights: dict[str, list[float]] = {}
    order = list(range(len(examples)))
    rnd = random.Random(SEED)  # noqa: S311  (a reproducible shuffle, not a secret)
    width = len(classes)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for n in order:
            features, label = examples[n]
            rows = [weights.setdefault(f, [0.0] * width) for f in features]
            z = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * width
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            for k, name in enumerate(classes):
                gradient = e[k] / total - (1.0 if name == label else 0.0)
                if abs(gradient) < 1e-4:
                    continue
                step = LEARNING_RATE * gradient
                for row in rows:
                    row[k] -= step
    sparse = {
        feature: {name: round(w, 3) for name, w in zip(classes, row, strict=True) if abs(w) >= PRUNE_BELOW}
        for feature, row in sorted(weights.items())
    }
    return {
        **about,
        "epochs": EPOCHS,
        "learning_rate": LEARNING_RATE,
        "seed": SEED,
        "min_examples": MIN_EXAMPLES,
        "examples": len(examples),
        "classes": list(classes),
        "weights": {f: w for f, w in sparse.items() if w},
    }


def dump(document: dict[str, object]) -> str:
    return json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n"
