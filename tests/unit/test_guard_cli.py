from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_guard_cli_writes_one_verdict_per_draft_and_fails_closed_on_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "ok",
                "subject": "Reminder",
                "body": "INV-1 for USD 10.00 is due. Pay at https://pay.example.",
            }
        ),
        "{broken",
        json.dumps({"id": "nobody", "subject": "x"}),
        json.dumps(
            {"id": "bad", "subject": "Offer", "body": "Pay today and we'll take 10% off the balance."}
        ),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    cmd = [
        sys.executable,
        "-m",
        "chalicelib.cli",
        "guard",
        "--in",
        str(tmp_path / "in.jsonl"),
        "--out",
        str(tmp_path / "out.jsonl"),
    ]
    assert subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True).returncode == 0
    out = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(o["id"], o["allowed"], o["violations"]) for o in out] == [
        ("ok", True, []),
        ("line-2", False, []),
        ("nobody", False, []),
        ("bad", False, ["discount_offer"]),
    ]
    assert "error" in out[1] and "error" in out[2]
