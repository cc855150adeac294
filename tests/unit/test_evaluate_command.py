"""The ``evaluate`` command's own behaviour (the evaluations themselves take minutes and run under ``make eval``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.cli import main


def test_an_unknown_evaluation_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "evaluation.md"
    assert main(["evaluate", "triage", "nonesuch", "--out", str(out)]) == 2
    assert "unknown evaluation(s): nonesuch" in capsys.readouterr().out
    assert not out.exists()
