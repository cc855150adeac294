"""Training data for the triage model: every labelled reply under ``tests/data/triage``, read the way the
engine reads it, and the grouped 8-fold check (`make eval`) that gives the honest figure for new text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chalicelib.adapters.email_parsing import parse_email
from chalicelib.adapters.local_triage.engine import model_input
from chalicelib.domain.triage import Intent
from chalicelib.domain.wordmodel import WordModel, train

ABOUT = "LocalTriage intent model; rebuild with: python -m chalicelib.cli train triage"


@dataclass(frozen=True)
class Example:
    set_name: str
    email_id: str
    features: tuple[str, ...]
    intent: str


def labelled_sets(folder: Path) -> dict[str, list[Example]]:
    """Every ``<name>.jsonl`` with a ``<name>_labels.jsonl`` beside it. The public samples (stored as
    ``samples_emails.jsonl``) are left out: the brief says not to tune to them, and they are scored as they are."""
    sets: dict[str, list[Example]] = {}
    for labels_path in sorted(folder.glob("*_labels.jsonl")):
        name = labels_path.name.removesuffix("_labels.jsonl")
        emails_path = folder / f"{name}.jsonl"
        if name == "samples" or not emails_path.exists():
            continue
        emails = [json.loads(line) for line in emails_path.read_text().splitlines() if line.strip()]
        labels = [json.loads(line) for line in labels_path.read_text().splitlines() if line.strip()]
        sets[name] = [
            Example(
                name, email["id"], tuple(model_input(parse_email(email["eml"].encode()))), label["intent"]
            )
            for email, label in zip(emails, labels, strict=True)
        ]
    return sets


def train_intents(examples: Sequence[Example]) -> dict[str, object]:
    return train(
        [(e.features, e.intent) for e in examples],
        [i.value for i in Intent],
        about=ABOUT,
        trained_on=sorted({e.set_name for e in examples}),
    )


def leave_one_set_out(sets: dict[str, list[Example]], held: Sequence[str]) -> dict[str, tuple[int, int]]:
    """For each held set: (correct, total) of the model trained on every other set."""
    out: dict[str, tuple[int, int]] = {}
    for name in held:
        model = WordModel.from_json(train_intents([e for s, v in sets.items() if s != name for e in v]))
        correct = 0
        for e in sets[name]:
            p = model.probabilities(e.features)
            correct += max(p, key=p.__getitem__) == e.intent
        out[name] = (correct, len(sets[name]))
    return out
