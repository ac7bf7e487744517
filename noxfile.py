"""The task runner: every job people and CI run is a session here.

    nox -s build      the main job: lint the specs, regenerate generated/, contract-fuzz the simulator
    nox -s tests      the whole test suite (pytest, which includes ruff, mypy and the drift check)
    nox -s lint       ruff on the tooling, spec lint on the specs
    nox -s typecheck  mypy --strict on the tooling
    nox -s bench      the benchmarks, printing figures
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.reuse_venv = "yes"
nox.options.default_venv_backend = "venv"
nox.options.sessions = ["build", "tests"]

ROOT = Path(__file__).parent
PYTHON = "3.11"


def _install_project(session: nox.Session, *, dev: bool) -> None:
    session.install("--upgrade", "pip")
    session.install("-e", ".[dev]" if dev else ".")


def _generated_packages() -> list[str]:
    """The committed generated packages, installed editable so tests see the current output."""
    return [str(p) for p in sorted((ROOT / "generated").glob("*-*")) if (p / "pyproject.toml").exists()]


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """The main job: everything a spec change needs, in one run."""
    _install_project(session, dev=False)
    session.run("docspecs", "build", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite."""
    _install_project(session, dev=True)
    for package in _generated_packages():
        session.install("-e", package)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on the tooling and tests; docspecs lint on every spec."""
    _install_project(session, dev=True)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("docspecs", "lint")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the tooling."""
    _install_project(session, dev=True)
    session.run("mypy", "--strict", "src")
