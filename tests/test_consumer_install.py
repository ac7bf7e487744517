"""A consumer's test environment installs docspecs for its fixtures and keeps its own libraries.

A fresh virtualenv gets a pydantic older than the one docspecs' `pipeline` extra pins (what an
application may well run on), then `pip install <docspecs>` without the extra and the generated
extend client, the way the README's "Testing code that uses a generated client" says. pip must
keep the consumer's pydantic, install no generator, and the consumer's pytest file (the
`simulator` fixture driving `extend_client.AuthenticatedClient`) must pass there, both with the
newest releases docspecs' ranges allow and with their lower bounds (so the bounds are tested).
Needs PyPI (or the configured index) for the virtualenv's packages; the simulator runs in
process, and the `docspecs mock` check talks only to 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
CONSUMER_PYDANTIC = "2.11.7"
"""An older minor than the extra's pin: pip must leave it alone."""
NOT_FOR_CONSUMERS = (
    "openapi-python-client",
    "datamodel-code-generator",
    "schemathesis",
    "hypothesis",
    "ruff",
    "jsonschema",
)

CONSUMER_TEST = textwrap.dedent(
    """
    import extend_client
    import pydantic
    import pytest


    @pytest.fixture
    def extend(simulator):  # docspecs' fixture: a fresh in-process simulator per test
        with simulator.client(extend_client.AuthenticatedClient) as client:
            yield client


    def test_reads_a_processed_run(extend, simulator):
        run_id = next(r["id"] for r in simulator.state()["extend"]["resources"]["processor_runs"]
                      if r["status"] == "PROCESSED")
        assert extend.processor_runs.get(run_id).processor_run.status == "PROCESSED"
        simulator.fault("extend", "get_processor_run", status=404, count=1)
        with pytest.raises(extend_client.errors.NotFoundError):
            extend.processor_runs.get(run_id)


    def test_the_application_keeps_its_pydantic():
        assert pydantic.VERSION == "{version}"
    """
).replace("{version}", CONSUMER_PYDANTIC)


def _run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def _source_copy(tmp_path: Path) -> Path:
    """What `pip install` builds from: the project's metadata and sources, outside the checkout
    (an in-tree build would leave build/ and egg-info behind in it)."""
    source = tmp_path / "docspecs-src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "src", source / "src", ignore=ignore)
    return source


def _lower_bounds() -> list[str]:
    """`name==<lower bound>` for each core dependency of docspecs (pyproject.toml)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        lowest = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        assert len(lowest) == 1, f"{line}: a core dependency needs one lower bound"
        pins.append(f"{requirement.name}=={lowest[0]}")
    return pins


@pytest.fixture(scope="module", params=["newest", "lower-bounds"])
def consumer_venv(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv with the consumer's pydantic, then docspecs (no extra) and extend-client:
    with the newest releases docspecs allows, or with the lower bounds of its ranges."""
    tmp_path = tmp_path_factory.mktemp("consumer")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    pip = [python, "-m", "pip", "install", "-q"]
    _run(*pip, f"pydantic=={CONSUMER_PYDANTIC}", "pytest")
    pins = _lower_bounds() if request.param == "lower-bounds" else []
    _run(*pip, _source_copy(tmp_path), ROOT / "generated" / "extend-client", *pins)
    installed = _installed(venv)
    for pin in pins:
        name, _, version = pin.partition("==")
        assert installed[name.lower()] == version
    return venv


def _installed(venv: Path) -> dict[str, str]:
    listing = _run(venv / "bin" / "python", "-m", "pip", "list", "--format", "json")
    return {entry["name"].lower(): entry["version"] for entry in json.loads(listing.stdout)}


@pytest.mark.slow
def test_pip_keeps_the_consumers_pydantic_and_installs_no_generator(consumer_venv: Path) -> None:
    installed = _installed(consumer_venv)
    assert installed["pydantic"] == CONSUMER_PYDANTIC
    assert "docspecs" in installed and "extend-client" in installed
    assert [name for name in NOT_FOR_CONSUMERS if name in installed] == []
    _run(consumer_venv / "bin" / "python", "-m", "pip", "check")


@pytest.mark.slow
def test_a_consumers_pytest_file_drives_the_generated_client_on_the_simulator(
    consumer_venv: Path, tmp_path: Path
) -> None:
    (tmp_path / "test_app.py").write_text(CONSUMER_TEST)
    python = consumer_venv / "bin" / "python"
    done = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_app.py", cwd=tmp_path)
    assert re.search(r"\b2 passed\b", done.stdout), done.stdout


@pytest.mark.slow
def test_docspecs_mock_serves_and_other_commands_name_the_extra(
    consumer_venv: Path, tmp_path: Path
) -> None:
    docspecs = consumer_venv / "bin" / "docspecs"
    lint = subprocess.run(
        [str(docspecs), "--root", str(ROOT), "lint"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert lint.returncode == 2
    assert "Traceback" not in lint.stderr
    assert "docspecs lint needs the `pipeline` extra" in lint.stderr
    assert "pip install 'docspecs[pipeline]'" in lint.stderr

    mock = subprocess.Popen(
        [str(docspecs), "mock", "--port", "0"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert mock.stdout is not None
        banner = mock.stdout.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+)", banner)
        assert found, banner + (
            mock.stderr.read() if mock.poll() is not None and mock.stderr else ""
        )
        state = httpx.get(found[1] + "/_simulator/state", timeout=10)
        assert state.status_code == 200
        assert set(state.json()) >= {"extend", "instabase", "talonic"}
    finally:
        mock.send_signal(signal.SIGINT)
        assert mock.wait(timeout=10) == 0
