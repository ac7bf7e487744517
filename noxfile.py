"""The task runner: every job people and CI run is a session here.

nox -s build      the main job: lint the specs, regenerate generated/, contract-fuzz the simulator
nox -s tests      the whole test suite (pytest, which includes ruff, mypy and the drift check)
nox -s lint       ruff on the tooling, spec lint on the specs
nox -s spectral   Spectral's standard OpenAPI ruleset on the specs (needs Node/npm)
nox -s generate   regenerate generated/ (only what changed), then the drift check
nox -s typecheck  mypy --strict on the tooling, the generated packages and a consumer
nox -s bench      the benchmarks, printing figures
"""

from __future__ import annotations

import os
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
    return [
        str(p) for p in sorted((ROOT / "generated").glob("*-*")) if (p / "pyproject.toml").exists()
    ]


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


# Pinned: a new Spectral release can add rules, and lint results must not change by themselves.
SPECTRAL_CLI = "@stoplight/spectral-cli@6.16.3"


@nox.session(python=False)
def spectral(session: nox.Session) -> None:
    """Spectral (spectral:oas, configured in .spectral.yaml) on every spec; warnings fail.

    Installed with npm into a prefix under .nox/, once per pinned version; nothing global.
    """
    prefix = Path(session.cache_dir) / ("spectral-" + SPECTRAL_CLI.rsplit("@", 1)[1])
    spectral_bin = prefix / "node_modules" / ".bin" / "spectral"
    if not spectral_bin.exists():
        npm_options = ["--no-audit", "--no-fund", "--loglevel=error"]
        install = ["npm", "install", "--prefix", str(prefix), *npm_options, SPECTRAL_CLI]
        session.run(*install, external=True)
    specs = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "specs").glob("*/openapi.yaml"))
    options = ["--ruleset", ".spectral.yaml", "--fail-severity", "warn"]
    session.run(str(spectral_bin), "lint", *options, *specs, external=True)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the tooling, on each generated package and on a consumer of them."""
    _install_project(session, dev=True)
    session.run("mypy", "--strict", "src")
    packages = _generated_packages()
    for package in packages:
        session.install("-e", package)
    for package in packages:
        # The cache goes under .nox/, not into generated/ where it would look like output.
        cache = Path(session.cache_dir) / "mypy" / Path(package).name
        with session.chdir(package):
            session.run(
                "mypy", "--strict", "--cache-dir", str(cache), Path(package).name.replace("-", "_")
            )
    # setuptools' editable installs use an import hook mypy cannot follow: point it at the sources
    mypy_path = {"MYPYPATH": os.pathsep.join(packages)}
    session.run("mypy", "--strict", "tests/consumer/consumer.py", env=mypy_path)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the specs and overlays (only APIs whose inputs changed)."""
    _install_project(session, dev=False)
    session.run("docspecs", "generate", *session.posargs)
    session.run("docspecs", "check")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Every benchmark (`scripts/bench_*.py`), one run each, printing figures and ratios.

    Prism (pinned in scripts/_prism.py) is installed with npm into a prefix under .nox/, once.
    To pass options, run one script directly, e.g. `python scripts/bench_fuzz.py --help`.
    """
    _install_project(session, dev=False)
    # The official SDKs scripts/bench_parse.py compares against: installed here only.
    session.install("instabase-aihub==0.14.0", "extend-ai==1.20.0")
    env = {"DOCSPECS_PRISM_PREFIX": str(Path(session.cache_dir) / "prism")}
    for script in sorted((ROOT / "scripts").glob("bench_*.py")):
        session.run("python", str(script.relative_to(ROOT)), env=env)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The long contract-fuzzing run: >= 500 cases per operation, in-process simulator."""
    _install_project(session, dev=False)
    session.run("docspecs", "fuzz", "--max-examples", "500", *session.posargs)
