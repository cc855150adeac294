"""Training data for the guardrails' second reader: every labelled draft under ``tests/data`` (the generated
sets in ``guard/`` and each ``guard_holdout*`` folder; never the public samples)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chalicelib.domain.guard_reader import CLEAN, TRUSTED, reader_features
from chalicelib.domain.guardrails import our_words
from chalicelib.domain.wordmodel import train

ABOUT = (
    "guardrails second reader, one yes/no model per type; rebuild with: python -m chalicelib.cli train guard"
)


@dataclass(frozen=True)
class Draft:
    set_name: str
    draft_id: str
    features: tuple[str, ...]
    violations: tuple[str, ...]


def _read(set_name: str, drafts: Path, labels: Path) -> list[Draft]:
    rows = [json.loads(line) for line in drafts.read_text().splitlines() if line.strip()]
    marks = [json.loads(line) for line in labels.read_text().splitlines() if line.strip()]
    return [
        Draft(
            set_name,
            row["id"],
            tuple(reader_features(our_words(row["subject"], row["body"]))),
            tuple(mark["violations"]),
        )
        for row, mark in zip(rows, marks, strict=True)
    ]


# Holdouts the reader is not trained on (they are scored like every other). Session 23's three: retrained on them (5,733 drafts) it blocked ordinary
# sentences the reader before it allowed ("The hearing aid batteries you ordered were delivered on 3 May" as
# harassment, a payment plan restated as kept as a terms change: 5 of 40 plain reminder sentences blocked against 3)
# and flipped five labelled drafts, three of them to false blocks. Until the reader is steadier they stay out of its
# training, which also keeps holdout 65 (kept out of the rule round) unseen by it.
# Session 24's three (67-69) join them for the same reason, without a retraining tried: the reader is unchanged this
# session, and 68, kept out of the rule round, stays unseen by it too.
# Session 25's three (70-72) join them after a measured retraining: leave one set out over holdouts 64-72, a reader
# trained on the others blocked 328 of 363 drafts with 12 false blocks in 357, the reader trained without all nine 327
# and 11. No gain for the risk, and 71, kept out of the rule round, stays unseen. The second wave (73-75) joins them
# the same way, so 74, kept out of the second round, stays unseen too.
NOT_TRAINED_ON = frozenset(
    {
        "guard_holdout64",
        "guard_holdout65",
        "guard_holdout66",
        "guard_holdout67",
        "guard_holdout68",
        "guard_holdout69",
        "guard_holdout70",
        "guard_holdout71",
        "guard_holdout72",
        "guard_holdout73",
        "guard_holdout74",
        "guard_holdout75",
        "guard_holdout76",
        "guard_holdout77",
        "guard_holdout78",
        "guard_holdout79",
        "guard_holdout80",
        "guard_holdout81",
        "guard_holdout82",
        "guard_holdout83",
        "guard_holdout84",
        "guard_holdout85",
        "guard_holdout86",
        "guard_holdout87",
        "guard_holdout88",
        "guard_holdout89",
        "guard_holdout90",
        "guard_holdout91",
        "guard_holdout92",
        "guard_holdout93",
        "guard_holdout94",
        "guard_holdout95",
        "guard_holdout96",
        "guard_holdout97",
        "guard_holdout98",
        "guard_holdout99",
        "guard_holdout100",
        "guard_holdout101",
        "guard_holdout102",
        "guard_holdout103",
        "guard_holdout104",
        "guard_holdout105",
        "guard_holdout106",
        "guard_holdout107",
        "guard_holdout108",
        "guard_holdout109",
        "guard_holdout110",
        "guard_holdout111",
        "guard_holdout112",
    }
)


def labelled_sets(data: Path) -> dict[str, list[Draft]]:
    sets: dict[str, list[Draft]] = {}
    for folder in sorted(data.glob("guard_holdout*")):
        if (folder / "drafts.jsonl").exists():
            sets[folder.name] = _read(folder.name, folder / "drafts.jsonl", folder / "labels.jsonl")
    for drafts in sorted((data / "guard").glob("*_drafts.jsonl")):
        name = drafts.name.removesuffix("_drafts.jsonl")
        labels = drafts.with_name(f"{name}_labels.jsonl")
        if name != "samples" and labels.exists():
            sets[f"guard/{name}"] = _read(f"guard/{name}", drafts, labels)
    templates = data.parents[1] / "templates" / "email"
    if templates.exists():
        sets["templates"] = template_drafts(templates)
    return sets


_JINJA_VALUE = re.compile(r"\{\{.*?\}\}")
_JINJA_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}")


def template_drafts(folder: Path) -> list[Draft]:
    """Our own email templates, their wording with the placeholders blanked: clean drafts by construction, so
    the reader learns that what we send every day is not a violation."""
    drafts: list[Draft] = []
    for path in sorted(folder.rglob("*.txt.j2")):
        words = _JINJA_TAG.sub(" ", _JINJA_VALUE.sub(" ", path.read_text()))
        name = str(path.relative_to(folder))
        drafts.append(Draft("templates", name, tuple(reader_features(our_words("", words))), ()))
    return drafts


def train_reader(drafts: Sequence[Draft]) -> dict[str, object]:
    """The weights document for ``GuardReader.from_json``: for each trusted type, every draft is a yes or a no."""
    return {
        "about": ABOUT,
        "trained_on": sorted({d.set_name for d in drafts}),
        "types": {
            name: train(
                [(d.features, name if name in d.violations else CLEAN) for d in drafts], [CLEAN, name]
            )
            for name in TRUSTED
        },
    }
