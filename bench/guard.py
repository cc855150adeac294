"""Guardrails with a tenant's other customers' names (the leak check), next to the per-name scan it replaced,
measured in the same run.

The sweep checks every draft against the names of all the tenant's other customers. The naive check folds and
searches each name in each sentence; the index looks up each word of the sentence once.

Run: python -m bench.guard
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Collection
from pathlib import Path

from chalicelib.domain import guardrails
from chalicelib.domain.guardrails import check_draft, fold

ROOT = Path(__file__).resolve().parents[1]
NAMES = 5000
ROUNDS = 3


def _names(n: int) -> tuple[str, ...]:
    rng = random.Random(7)
    first = [
        "North",
        "Blue",
        "Oak",
        "Summit",
        "River",
        "Harbor",
        "Pine",
        "Iron",
        "Silver",
        "Granite",
        "Maple",
    ]
    second = ["Supply", "Foods", "Logistics", "Print", "Marine", "Textiles", "Analytics", "Fixtures", "Tools"]
    suffix = ["Ltd", "Inc", "GmbH", "B.V.", "S.A.", "LLC", ""]
    return tuple(
        f"{rng.choice(first)}{rng.choice(['', 'wood', 'field', 'gate', 'line'])} {rng.choice(second)} "
        f"{rng.choice(suffix)} {i}".strip()
        for i in range(n)
    )


def _naive_leak(text: str, names: Collection[str]) -> str | None:
    """The check as it was: every name folded and searched in every sentence."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", fold(text)):
        found = [n for n in names if n and fold(n) in sentence]
        if found and guardrails._MONEYISH.search(sentence):
            return found[0]
    return None


def main() -> None:
    drafts = [
        json.loads(line)
        for name in ("guard_holdout5", "guard_holdout6", "guard_holdout8")
        for line in (ROOT / "tests" / "data" / name / "drafts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    names = _names(NAMES)
    check_draft("warm", "up", other_customer_names=names)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for d in drafts:
            check_draft(d["subject"], d["body"], other_customer_names=names)
    ms = (time.perf_counter() - start) * 1000 / (ROUNDS * len(drafts))
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for d in drafts:
            check_draft(d["subject"], d["body"])
    bare_ms = (time.perf_counter() - start) * 1000 / (ROUNDS * len(drafts))
    start = time.perf_counter()
    for d in drafts:
        _naive_leak(f"{d['subject']}\n{d['body']}", names)
    naive_ms = bare_ms + (time.perf_counter() - start) * 1000 / len(drafts)
    print(f"{len(drafts)} drafts, {NAMES} other customers' names")
    print(f"  guardrails with the name index: {ms:.2f} ms per draft")
    print(f"  guardrails without names:       {bare_ms:.2f} ms per draft")
    print(f"  with the per-name scan:         {naive_ms:.2f} ms per draft ({naive_ms / ms:.0f}x slower)")
    print(
        f"guard: ms_per_draft={ms:.2f} naive_ms_per_draft={naive_ms:.2f} bare_ms_per_draft={bare_ms:.2f} names={NAMES}"
    )


if __name__ == "__main__":
    main()
