"""`chalice package` must ship the templates (Chalice packages only app.py, chalicelib/ and vendor/)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.mark.slow
def test_chalice_package_contains_the_templates(tmp_path: Path) -> None:
    # The project is copied with an empty requirements.txt: what we check is our own files in the zip, and
    # building Lambda wheels for every dependency would need minutes and the network.
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "app.py", project)
    shutil.copytree(ROOT / "chalicelib", project / "chalicelib", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / ".chalice", project / ".chalice", ignore=shutil.ignore_patterns("deployments"))
    (project / "requirements.txt").write_text("")
    chalice = Path(sys.executable).with_name("chalice")
    out = tmp_path / "out"
    result = subprocess.run(
        [str(chalice), "--project-dir", str(project), "package", "--stage", "dev", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = zipfile.ZipFile(out / "deployment.zip").namelist()
    shipped = {n for n in names if n.startswith("chalicelib/templates/")}
    expected = {
        f"chalicelib/{p.relative_to(ROOT / 'chalicelib').as_posix()}"
        for p in (ROOT / "chalicelib" / "templates").rglob("*")
        if p.is_file()
    }
    assert expected and expected <= shipped
    assert "app.py" in names
