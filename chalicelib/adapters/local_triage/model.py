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

from chalicelib.domain.wordmodel import WordModel, script_features, word_features

WEIGHTS = Path(__file__).with_name("intent_weights.json")


# What names a thing rather than says something: invoice and transfer numbers ("inv-1042", "ft2026/154",
# "trf-88812"), host names and addresses with digits, amounts ("1.200,00", "$4,500", "1200"), phone numbers.
# Why: learnt as words they made the reader recognise the training texts they came from, not what a reply says
# ("INV-1042" counted +1.9 toward a dispute and turned "Wir haben die Rechnung INV-1042 gestern bezahlt" into
# one). Days, counts and years ("by the 15th", "3 instalments", "30 days", "12.03.2026") stay: they are language.
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}(\1(19|20)?\d\d)?\.?|(19|20)\d\d-\d\d-\d\d")
_ORDINAL = re.compile(r"\d{1,2}(st|nd|rd|th|er|eme|re|e|o|a|de|te|ste|ten|sten)")
_SMALL_OR_YEAR = re.compile(r"\d{1,2}|(19|20)\d\d")
_EDGE = "()[]{}<>,.;:!?\"'"


def _is_identifier(token: str) -> bool:
    """A whitespace-separated token that is a number, an amount or a code, not a word, day, count or year."""
    core = token.strip(_EDGE)
    if not any(c.isdigit() for c in core):
        return False
    if _DATE.fullmatch(core) or _ORDINAL.fullmatch(core) or _SMALL_OR_YEAR.fullmatch(core.lstrip("+")):
        return False
    # A letter code with one digit ("w-9", "q3") names a form or a quarter; longer ones are references.
    return sum(c.isdigit() for c in core) >= 2


def _spoken_parts(text: str) -> list[str]:
    """The text split where identifiers stood, so that no word pair is formed across one."""
    parts: list[list[str]] = [[]]
    for token in text.split():
        if _is_identifier(token):
            parts.append([])
        else:
            parts[-1].append(token)
    return [" ".join(p) for p in parts if p]


def features(sentences: Sequence[str], subject: str, *, auto: bool, report: bool) -> list[str]:
    """The customer's sentences, subject words and the two automatic-mail headers, all already folded; the
    numbers and codes that identify things are left out (``_is_identifier``)."""
    parts = [part for sentence in sentences for part in _spoken_parts(sentence)]
    found = word_features(parts)
    for part in parts:
        found.update(script_features(part))
    found.update("s:" + w for part in _spoken_parts(subject) for w in re.findall(r"[a-z]+", part))
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
