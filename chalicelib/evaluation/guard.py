"""Guardrail quality on the project's labelled drafts (tests/data/guard_*), each set scored on its own."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from chalicelib.domain.guardrails import Violation, check_draft

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SETS = (
    ("holdout 1 (58 drafts, 7 languages)", "guard_holdout"),
    ("holdout 2 (30 drafts, indirect phrasing)", "guard_holdout2"),
    ("holdout 3 (26 drafts, written after holdout 2 was used)", "guard_holdout3"),
    ("holdout 4 (22 drafts, mostly non-English)", "guard_holdout4"),
    ("public samples (30 drafts)", "guard_samples"),
)


def _score(folder: Path) -> list[str]:
    drafts = [json.loads(x) for x in (folder / "drafts.jsonl").read_text(encoding="utf-8").splitlines()]
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    blocked_ok = should_block = false_block = should_allow = exact = 0
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    for draft, label in zip(drafts, labels, strict=True):
        verdict = check_draft(draft["subject"], draft["body"])
        got, want = {v.value for v in verdict.violations}, set(label["violations"])
        exact += got == want
        if want:
            should_block += 1
            blocked_ok += not verdict.allowed
        else:
            should_allow += 1
            false_block += not verdict.allowed
        for v in got | want:
            tp[v] += v in got and v in want
            fp[v] += v in got and v not in want
            fn[v] += v in want and v not in got
    lines = [
        f"block recall **{blocked_ok / max(should_block, 1):.3f}** ({blocked_ok}/{should_block}), "
        f"false-block rate **{false_block / max(should_allow, 1):.3f}** ({false_block}/{should_allow}), "
        f"exact violation sets {exact}/{len(drafts)}",
        "",
        "| violation | precision | recall |",
        "|---|---:|---:|",
    ]
    for v in (x.value for x in Violation):
        if tp[v] + fn[v] + fp[v]:
            p = tp[v] / (tp[v] + fp[v]) if tp[v] + fp[v] else 0.0
            r = tp[v] / (tp[v] + fn[v]) if tp[v] + fn[v] else 0.0
            lines.append(f"| {v} | {p:.2f} | {r:.2f} |")
    return lines


def report() -> str:
    out = ["### Outbound guardrails (`guard`)", ""]
    for title, folder in SETS:
        out += [f"**{title}**", "", *_score(DATA / folder), ""]
    return "\n".join(out).rstrip()
