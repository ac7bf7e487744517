"""`pip install docspecs` for consumers' tests, `docspecs[pipeline]` for the main job.

The core dependencies are what the simulator and the pytest fixtures need, as ranges; the
`pipeline` extra pins everything else exactly. These tests hold pyproject.toml to that split,
check that the simulator, the fixtures and `docspecs mock` run with every module of the extra
made unimportable, and that the other commands then say which extra to install (exit 2, no
traceback). tests/test_consumer_install.py does the same in a real virtualenv.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from docspecs._extras import (
    PIPELINE_DISTRIBUTIONS,
    PIPELINE_EXTRA,
    PIPELINE_MODULES,
    missing_extra_message,
)
from docspecs.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _project_table() -> dict[str, object]:
    table: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return table


def _requirements(lines: object) -> list[Requirement]:
    assert isinstance(lines, list)
    return [Requirement(line) for line in lines]


def _core() -> list[Requirement]:
    return _requirements(_project_table()["dependencies"])


def _extra(name: str) -> list[Requirement]:
    extras = _project_table()["optional-dependencies"]
    assert isinstance(extras, dict)
    return _requirements(extras[name])


def test_core_dependencies_are_ranges_with_a_lower_bound() -> None:
    core = _core()
    assert {canonicalize_name(r.name) for r in core} == {
        "starlette",
        "uvicorn",
        "httptools",
        "httpx",
    }
    for requirement in core:
        operators = {spec.operator for spec in requirement.specifier}
        assert ">=" in operators, requirement
        assert not operators & {"==", "==="}, f"{requirement}: a consumer's version must fit"


def test_the_pipeline_extra_pins_everything_exactly_and_dev_includes_it() -> None:
    pipeline = _extra(PIPELINE_EXTRA)
    for requirement in pipeline:
        assert [spec.operator for spec in requirement.specifier] == ["=="], requirement
    pinned = {canonicalize_name(r.name) for r in pipeline}
    # the generators and what generation and fuzzing run on, and the core's libraries too
    assert {"openapi-python-client", "datamodel-code-generator", "ruff", "schemathesis"} <= pinned
    assert {canonicalize_name(r.name) for r in _core()} <= pinned
    for requirement in _core():  # what the main job runs on is within the consumers' ranges
        pin = next(r for r in pipeline if canonicalize_name(r.name) == requirement.name)
        assert requirement.specifier.contains(next(iter(pin.specifier)).version), pin
    dev = _extra("dev")
    assert any(r.name == "docspecs" and r.extras == {PIPELINE_EXTRA} for r in dev)


def test_every_distribution_of_the_extra_is_named_by_the_error() -> None:
    """A distribution only the extra brings is recognised when its import (or metadata) fails."""
    modules_of: dict[str, set[str]] = {}
    for module, distributions in metadata.packages_distributions().items():
        for distribution in distributions:
            modules_of.setdefault(canonicalize_name(distribution), set()).add(module)
    core = {canonicalize_name(r.name) for r in _core()}
    # used by uvicorn and jsonschema when installed, never imported by docspecs
    optional = {"uvloop", "rfc3986-validator"}
    for requirement in _extra(PIPELINE_EXTRA):
        name = canonicalize_name(requirement.name)
        off_platform = requirement.marker is not None and not requirement.marker.evaluate()
        if name in core or name in optional or off_platform:
            continue
        covered = modules_of.get(name, set()) & PIPELINE_MODULES or name in PIPELINE_DISTRIBUTIONS
        assert covered, f"{name}: none of its modules is in docspecs._extras.PIPELINE_MODULES"


# Run in a fresh interpreter: every module of the extra fails to import, as when only the core
# dependencies are installed.
BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys
    BLOCKED = set(sys.argv[1].split(","))

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Blocker())
    """
)


def _without_extra(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    script = BLOCKER + textwrap.dedent(code)
    blocked = ",".join(sorted(PIPELINE_MODULES))
    return subprocess.run(
        [sys.executable, "-c", script, blocked, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_simulator_fixtures_and_loopback_server_work_without_the_extra() -> None:
    done = _without_extra(
        """
        import httpx
        import docspecs.testing
        from docspecs.simulator import LoopbackServer, build_app

        app = build_app(seed=0)
        with LoopbackServer(app) as server:
            url = server.base_url("extend") + "/processor_runs/nope"
            answer = httpx.get(url, headers={"Authorization": "Bearer " + app.tokens["extend"]})
        loaded = sorted(m for m in sys.modules if m.partition(".")[0] in BLOCKED)
        print(answer.status_code, loaded)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(" ", 1)[0] in {"400", "404"}
    assert done.stdout.strip().endswith("[]")


@pytest.mark.parametrize(
    "command",
    [
        ["lint"],
        ["lint", "--rules"],
        ["diff"],
        ["fuzz"],
        ["fuzz", "--shard", "1/2"],
        ["verify", "capture.jsonl"],
        ["docs"],
        ["new", "acme", "--title", "Acme", "--server", "https://api.acme.example"],
        ["build"],
    ],
)
def test_other_commands_without_the_extra_name_it(command: list[str]) -> None:
    done = _without_extra(
        """
        from docspecs.cli import main
        raise SystemExit(main(sys.argv[2:]))
        """,
        *command,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "needs the `pipeline` extra" in done.stderr
    assert "pip install 'docspecs[pipeline]'" in done.stderr
    assert done.stderr.count("\n") == 1
    assert not (ROOT / "specs" / "acme").exists()


def test_a_missing_generator_distribution_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` and `generate` read the generators' versions from installed metadata (with the
    metadata present, an up-to-date `generate` imports no generator: the blocker above cannot
    stand in for a missing extra there)."""

    def missing() -> dict[str, str]:
        raise metadata.PackageNotFoundError("openapi-python-client")

    monkeypatch.setattr("docspecs._cache.generator_versions", missing)
    assert main(["--root", str(ROOT), "check"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("docspecs: error: docspecs check needs the `pipeline` extra")
    assert "no distribution 'openapi-python-client'" in error


def test_other_missing_modules_are_not_blamed_on_the_extra() -> None:
    assert missing_extra_message(ModuleNotFoundError("x", name="extend_client"), "lint") is None
    unknown = metadata.PackageNotFoundError("not-a-pipeline-package")
    assert missing_extra_message(unknown, "check") is None
