"""Each client package's README example, run as a new user would: against `docspecs mock`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

# The resource kind each README example waits for (its wait_for_* helper).
KINDS = {"instabase": "runs", "talonic": "jobs", "extend": "classify_runs"}
MOVING = {"instabase": "RUNNING", "talonic": "processing", "extend": "PROCESSING"}


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[str, dict[str, str]]]:
    """`docspecs mock --port 0` in a subprocess: (base URL, {vendor: token}) from its banner."""
    process = subprocess.Popen(
        [sys.executable, "-m", "docspecs", "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
        base = re.search(r" at (http://\S+)", lines[0])
        assert base, lines
        tokens = {}
        for line in lines[1:]:
            vendor, _url, _label, token = line.split()
            tokens[vendor] = token
        yield base.group(1), tokens
    finally:
        process.terminate()
        process.wait(timeout=10)


def _example(readme: str) -> str:
    section = readme.split("## Try it against the simulator", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


@pytest.mark.slow
@pytest.mark.parametrize("api", ["instabase", "talonic", "extend"])
def test_the_readme_example_works_against_docspecs_mock(
    api: str, clients_dir: Path, mock: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    package_dir = clients_dir / f"{api}-client"
    readme = (package_dir / "README.md").read_text(encoding="utf-8")
    code = _example(readme)
    assert 8 <= len(code.strip().splitlines()) <= 16
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    base, tokens = mock
    state = httpx.get(f"{base}/_simulator/state").json()
    resource = next(
        r["id"] for r in state[api]["resources"][KINDS[api]] if r["status"] == MOVING[api]
    )
    variables = re.findall(r"export (\w+)=", readme)
    assert len(variables) == 2
    env = {
        **os.environ,
        variables[0]: f"{base}/{api}",
        variables[1]: tokens[api],
        "PYTHONPATH": str(package_dir),
    }
    result = subprocess.run(
        [sys.executable, str(script), resource],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("status: ")
    assert any(final in lines[0] for final in ("COMPLETE", "complete", "PROCESSED", "FAILED"))
    assert re.match(r"(NotFoundError 404|BadRequestError 400) ", lines[-1]), lines
