"""A generated-by-code 300-operation document (scripts/bench_scale.py) generates, passes the
self-test on its 500 examples and type-checks; no vendor file is involved."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from docspecs import Project
from docspecs.check import check
from docspecs.generate import generate

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench_scale.py"


def bench_scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scale", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_large_document_has_the_operations_asked_for() -> None:
    document = bench_scale().large_document(30)
    operations = [op for item in document["paths"].values() for op in item.values()]
    assert len(operations) == 30
    assert len({op["operationId"] for op in operations}) == 30


@pytest.mark.slow
def test_a_300_operation_document_generates_self_tests_and_type_checks(tmp_path: Path) -> None:
    project = Project(bench_scale().write_project(tmp_path / "project", 300))
    lines: list[str] = []
    report = generate(project, [], progress=lines.append)
    assert report.ok, "\n".join(lines)
    assert "large: self-test 500 example(s) parse and round-trip" in "\n".join(lines)
    assert check(project, []) == []
    packages = [
        str(project.generated_dir / dist / dist.replace("-", "_"))
        for dist in ("large-client", "large-models")
    ]
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy")]
    result = subprocess.run(
        [*mypy, *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
