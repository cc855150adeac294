"""The ``evaluate`` command's own behaviour (the evaluations themselves take minutes and run under ``make eval``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.cli import main
from chalicelib.evaluation import folds


def test_an_unknown_evaluation_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "evaluation.md"
    assert main(["evaluate", "triage", "nonesuch", "--out", str(out)]) == 2
    assert "unknown evaluation(s): nonesuch" in capsys.readouterr().out
    assert not out.exists()


def test_the_honest_readers_are_eight_each_blind_set_in_exactly_one_group() -> None:
    names = [f"blind{n}" for n in range(1, 111)]
    groups = folds(names)
    assert len(groups) == 8
    assert sorted(name for group in groups for name in group) == sorted(names)
    # Every group spans the sessions: its sets are eight apart, not one stretch of consecutive ones.
    assert groups[0][:3] == ["blind1", "blind9", "blind17"]
    assert folds(["a", "b", "c"]) == [["a"], ["b"], ["c"]]
