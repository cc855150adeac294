"""Shared writers for the labelled sets under tests/data (used by the build scripts next to each set)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo root, for the domain's field list
from chalicelib.domain.triage import CONTRACT_FIELDS as TRIAGE_FIELDS


def write_pairs(
    folder: Path, inputs: str, labels: str, rows: Iterable[tuple[dict[str, Any], dict[str, Any]]]
) -> None:
    """Inputs and labels as two JSONL files in the same order."""
    with (folder / inputs).open("w") as ins, (folder / labels).open("w") as outs:
        for item, label in rows:
            ins.write(json.dumps(item, ensure_ascii=False) + "\n")
            outs.write(json.dumps(label, ensure_ascii=False) + "\n")


def triage_label(
    row_id: str, intent: str, invoice_numbers: list[str], fields: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    """A triage label: every contract field null unless the case states it."""
    label: dict[str, Any] = {
        "id": row_id,
        "intent": intent,
        **dict.fromkeys(TRIAGE_FIELDS),
        "invoice_numbers": invoice_numbers,
    }
    label.update(extra)
    label.update(fields)
    return label


def write_guard_set(folder: Path, prefix: str, cases: Iterable[tuple[str, list[str], str, str]]) -> None:
    """Guard drafts and labels from (language, violations, subject, body)."""
    rows = (
        (
            {"id": f"{prefix}{n:03d}", "subject": subject, "body": body},
            {"id": f"{prefix}{n:03d}", "allowed": not violations, "violations": violations, "language": lang},
        )
        for n, (lang, violations, subject, body) in enumerate(cases, 1)
    )
    write_pairs(folder, "drafts.jsonl", "labels.jsonl", rows)
