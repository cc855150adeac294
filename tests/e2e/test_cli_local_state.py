"""The operator CLI in local mode: separate processes, one local state kept under ARGENT_HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LEDGER = ROOT / "tests" / "data" / "ledger" / "mixed.csv"


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARGENT_HOME": str(home), "ARGENT_STAGE": "local"}
    env.pop("AWS_ENDPOINT_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "chalicelib.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_state_written_by_one_command_is_seen_by_the_next(tmp_path: Path) -> None:
    created = _cli(tmp_path, "tenant", "create", "acme", "--name", "Acme Ltd")
    assert created.returncode == 0, created.stderr
    imported = _cli(tmp_path, "import-ledger", str(LEDGER), "--tenant", "acme")
    assert imported.returncode == 1  # some rows were rejected
    assert "line 4: " in imported.stdout and "imported 3 invoice(s)" in imported.stdout
    listed = _cli(tmp_path, "cases", "--tenant", "acme")
    assert listed.returncode == 0 and "c1 " in listed.stdout
    shown = _cli(tmp_path, "case", "show", "c1", "--tenant", "acme")
    assert "CaseOpened" in shown.stdout and "ledger imported" in shown.stdout
    again = _cli(tmp_path, "tenant", "create", "acme", "--name", "Acme Ltd")
    assert again.returncode == 1 and "already exists" in again.stdout


def test_every_subcommand_has_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "chalicelib.cli", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    for command in ("tenant", "import-ledger", "cases", "case", "evaluate"):
        assert command in result.stdout
        sub = subprocess.run(
            [sys.executable, "-m", "chalicelib.cli", command, "--help"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert sub.returncode == 0, command
