"""The task runner: every job people and CI run is a session here.

nox -s build      the main job: lint the specs, regenerate generated/, contract-fuzz the simulator
nox -s tests      the whole test suite (pytest, which includes ruff, mypy and the drift check)
nox -s lint       ruff on the tooling, spec lint on the specs
nox -s spectral   Spectral's standard OpenAPI ruleset on the specs (needs Node/npm)
nox -s generate   regenerate generated/ (only what changed), then the drift check
nox -s check      the drift check alone: generated/ is what the specs produce
nox -s diff       the breaking-change gate against a git revision (`-- origin/main`)
nox -s docs       the HTML reference pages into build/docs/
nox -s dist       wheel + sdist of every generated package into dist/, twine-checked
nox -s typecheck  mypy --strict on the tooling, the generated packages and a consumer
nox -s bench      the benchmarks, printing figures

Environments are built with uv when it is installed (`pip install uv==0.13.8` beside nox: much
faster), else with venv + pip. .github/workflows/ci.yml runs these sessions, one job each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.options.reuse_venv = "yes"
# uv when it is installed (beside nox, or on PATH), else the standard library's venv with pip
nox.options.default_venv_backend = "uv|venv"
nox.options.sessions = ["build", "tests"]

ROOT = Path(__file__).parent
PYTHON = "3.11"


def _install_project(session: nox.Session, *, dev: bool) -> None:
    """docspecs with the `pipeline` extra (the generators, schemathesis, ... pinned exactly), and
    with `dev` (which includes it) for the sessions that test. A bare `pip install docspecs` has
    only what the simulator and the pytest fixtures need, for consumers' test environments."""
    if session.venv_backend != "uv":  # uv installs by itself; pip is upgraded for its resolver
        session.install("--upgrade", "pip")
    session.install("-e", ".[dev]" if dev else ".[pipeline]")


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
    _ensure_chromium(session)
    session.run("pytest", *session.posargs)


BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def _ensure_chromium(session: nox.Session) -> None:
    """Headless Chromium for tests/test_docs.py: Debian's package, installed when missing.

    Only as root on a machine with apt-get (CI, containers); elsewhere the page tests skip and
    say how to install it.
    """
    if any(shutil.which(name) for name in BROWSERS) or os.environ.get("DOCSPECS_CHROMIUM"):
        return
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        session.warn("no chromium and no root apt-get: tests/test_docs.py's page tests will skip")
        return
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-q", external=True, env=env)
    packages = ["chromium", "fonts-dejavu-core"]
    session.run(
        "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages,
        external=True, env=env,
    )  # fmt: skip


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
def check(session: nox.Session) -> None:
    """The drift check: exit 1 listing stale files if generated/ is not what the specs produce."""
    _install_project(session, dev=False)
    session.run("docspecs", "check", *session.posargs)


@nox.session(python=PYTHON)
def diff(session: nox.Session) -> None:
    """The breaking-change gate: `nox -s diff -- <git rev> [API...]` (default rev origin/main).

    Runs `docspecs diff --base <rev> --fail-on-breaking`; fails on a breaking change. In GitHub
    Actions the report is also written to the job summary ($GITHUB_STEP_SUMMARY).
    """
    _install_project(session, dev=False)
    base, *apis = session.posargs or ["origin/main"]
    command = [str(Path(session.bin) / "docspecs"), "diff", "--base", base, "--fail-on-breaking"]
    session.log(" ".join(["docspecs", *command[1:], *apis]))
    done = subprocess.run([*command, *apis], cwd=ROOT, capture_output=True, text=True, check=False)
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        verdict = {0: "no breaking change", 1: "breaking changes"}.get(done.returncode, "failed")
        with Path(summary).open("a", encoding="utf-8") as out:
            out.write(f"## docspecs diff against `{base}`: {verdict}\n\n```text\n")
            out.write(done.stdout + done.stderr + "```\n")
    if done.returncode != 0:
        session.error(f"docspecs diff exited {done.returncode}")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The HTML reference pages (Redocly CLI, pinned in docspecs.docs) into build/docs/."""
    _install_project(session, dev=False)
    prefix = str(Path(session.cache_dir) / "redocly")
    session.run(
        "docspecs", "docs", "--out", "build/docs", *session.posargs,
        env={"DOCSPECS_REDOCLY_PREFIX": prefix},
    )  # fmt: skip


@nox.session(python=PYTHON)
def dist(session: nox.Session) -> None:
    """Wheel and sdist of each generated package into dist/ (PyPA build), checked with twine.

    `nox -s dist -- extend` builds one API's packages. Publishing: see README, "Publishing".
    """
    session.install("build==1.6.1", "twine==7.0.0")
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    session.run("python", "scripts/dist.py", *session.posargs)


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
