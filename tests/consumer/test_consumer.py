"""mypy --strict on a consumer module that imports the six generated packages and reads fields of
each response type; and the same module run against every example."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGES = sorted(p for p in (ROOT / "generated").glob("*-*") if (p / "pyproject.toml").exists())


def _env() -> dict[str, str]:
    """The generated packages importable whether or not they are installed (nox installs them)."""
    path = os.pathsep.join(str(p) for p in PACKAGES)
    return dict(os.environ, MYPYPATH=path, PYTHONPATH=path)


@pytest.mark.slow
def test_consumer_module_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(HERE / "consumer.py")],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_consumer_module_reads_every_example() -> None:
    result = subprocess.run(
        [sys.executable, str(HERE / "consumer.py")],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    examples = sorted((ROOT / "specs").glob("*/examples/*.json"))
    assert len(result.stdout.splitlines()) == len(examples)
