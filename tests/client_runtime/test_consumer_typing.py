"""mypy --strict is clean on a consumer module using every runtime helper, and on the packages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CONSUMER = REPO_ROOT / "tests" / "consumer" / "runtime_usage.py"
#: A consumer's pytest file as the README shows it (the simulator fixture and generated clients).
CONSUMER_TESTS = REPO_ROOT / "tests" / "consumer" / "test_readme_fixture.py"
APIS = ("instabase", "talonic", "extend")
README = REPO_ROOT / "README.md"
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


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


@pytest.mark.slow
def test_the_readme_examples_type_check_strictly_as_written(
    clients_dir: Path, tmp_path: Path
) -> None:
    """Every Python block of each package README (the example script, the pytest fixture, the
    async example), and the project README's pytest example, copied as they are: a consumer
    who pastes them into a strictly typed project needs no annotation of their own."""
    targets: list[str] = []
    for api in APIS:
        blocks = PYTHON_BLOCK.findall((clients_dir / f"{api}-client" / "README.md").read_text())
        assert any("@pytest.fixture" in block for block in blocks), api
        for index, block in enumerate(blocks):
            (tmp_path / f"readme_{api}_{index}.py").write_text(block)
            targets.append(str(tmp_path / f"readme_{api}_{index}.py"))
    (fixture_example,) = [
        b for b in PYTHON_BLOCK.findall(README.read_text()) if "@pytest.fixture" in b
    ]
    (tmp_path / "test_readme_example.py").write_text(fixture_example)
    result = _mypy(clients_dir, tmp_path, *targets, str(tmp_path / "test_readme_example.py"))
    assert result.returncode == 0, result.stdout + result.stderr
