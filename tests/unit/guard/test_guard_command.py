"""The ``guard`` batch contract: one verdict per input line, in order; unreadable lines fail closed."""

from __future__ import annotations

import json
from pathlib import Path

from chalicelib.cli import main


def run(tmp_path: Path, lines: list[str]) -> list[dict[str, object]]:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["guard", "--in", str(src), "--out", str(dst)]) == 0
    return [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]


def test_each_draft_gets_a_verdict_with_exactly_the_contract_fields(tmp_path: Path) -> None:
    out = run(
        tmp_path,
        [
            json.dumps({"id": "a", "subject": "Reminder", "body": "INV-1 for USD 10.00 is due."}),
            json.dumps(
                {"id": "b", "subject": "Offer", "body": "Pagando hoy le aplicamos un descuento del 10%."}
            ),
        ],
    )
    assert out == [
        {"id": "a", "allowed": True, "violations": []},
        {"id": "b", "allowed": False, "violations": ["discount_offer"]},
    ]


def test_bad_lines_are_not_allowed_carry_an_error_and_the_batch_continues(tmp_path: Path) -> None:
    out = run(
        tmp_path,
        [
            "{not json",
            json.dumps(["a", "list"]),
            json.dumps({"id": "no-body", "subject": "x"}),
            json.dumps({"id": "ok", "subject": "x", "body": "Thanks, the balance is USD 5.00."}),
        ],
    )
    assert [(o["id"], o["allowed"], o["violations"], "error" in o) for o in out] == [
        ("line-1", False, [], True),
        ("line-2", False, [], True),
        ("no-body", False, [], True),
        ("ok", True, [], False),
    ]


def test_the_public_samples_copy_gets_its_labels(tmp_path: Path) -> None:
    data = Path(__file__).parents[2] / "data" / "guard"
    drafts = (data / "samples_drafts.jsonl").read_text(encoding="utf-8").splitlines()
    labels = [json.loads(x) for x in (data / "samples_labels.jsonl").read_text(encoding="utf-8").splitlines()]
    out = run(tmp_path, drafts)
    assert [(o["id"], set(o["violations"])) for o in out] == [(x["id"], set(x["violations"])) for x in labels]
