"""Layering rules from STYLE.md, checked on the source: the domain stays pure, services stay SDK-free."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SDKS = {
    "boto3",
    "botocore",
    "stripe",
    "slack_sdk",
    "jinja2",
    "chalice",
    "quickbooks",
    "intuitlib",
    "moto",
    "bedrock_agentcore",
    "rapidfuzz",
    "mailparser_reply",
    "requests",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
            if node.module.startswith("chalicelib."):
                found.add(".".join(node.module.split(".")[:2]))
    return found


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / "chalicelib" / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _files("domain"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_domain_imports_only_the_standard_library_pydantic_and_itself(path: Path) -> None:
    allowed_project = {"chalicelib", "chalicelib.domain"}
    third_party = {m for m in _imports(path) if "." not in m} - {"chalicelib", "pydantic", "__future__"}
    assert not {m for m in third_party if m not in sys.stdlib_module_names}, path
    assert {m for m in _imports(path) if m.startswith("chalicelib.")} <= allowed_project


@pytest.mark.parametrize("path", _files("services"), ids=lambda p: str(p.relative_to(ROOT)))
def test_services_use_no_sdk_and_no_adapter(path: Path) -> None:
    imported = _imports(path)
    assert not imported & SDKS, path
    assert "chalicelib.adapters" not in imported, path


def test_the_architecture_check_sees_a_violation(tmp_path: Path) -> None:
    # The rule itself must be able to fail: a module importing an SDK or an adapter is caught.
    sample = tmp_path / "bad.py"
    sample.write_text("import boto3\nfrom chalicelib.adapters.dynamodb import DynamoRepository\n")
    imported = _imports(sample)
    assert imported & SDKS == {"boto3"}
    assert "chalicelib.adapters" in imported
