"""mypy --strict is clean on a consumer module using every runtime helper, and on the packages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CONSUMER = REPO_ROOT / "tests" / "consumer" / "runtime_usage.py"
#: A consumer's pytest file as the README shows it (the simulator fixture and generated clients).
CONSUMER_TESTS = REPO_ROOT / "tests" / "consumer" / "test_readme_fixture.py"
APIS = ("instabase", "talonic", "extend")


def _mypy(clients_dir: Path, tmp_path: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MYPYPATH": os.pathsep.join(str(clients_dir / f"{api}-client") for api in APIS),
    }
    return subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", str(tmp_path / "mypy"), "--config-file", "/dev/null", *targets,
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_the_consumer_module_type_checks_strictly(clients_dir: Path, tmp_path: Path) -> None:
    result = _mypy(clients_dir, tmp_path, str(CONSUMER), str(CONSUMER_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_the_generated_runtime_type_checks_strictly(
    api: str, clients_dir: Path, tmp_path: Path
) -> None:
    result = _mypy(clients_dir, tmp_path, "-p", f"{api}_client")
    assert result.returncode == 0, result.stdout + result.stderr
