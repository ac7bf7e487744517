"""Benchmark `docspecs generate`, all figures measured in one run (nox -s bench, or run directly).

    no-op generate      `docspecs generate` in a fresh process when nothing changed (target < 0.5 s)
    full regeneration   `docspecs generate --force` of every API in a fresh process, in a copy of
                        the project (compiled templates cached in .docspecs-cache/, as after a
                        first run; also measured without that cache)
    generator CLIs      for each API, one after another: `openapi-python-client generate` then
                        `datamodel-codegen` on the same generator-ready document, the way a
                        Makefile would run them (each CLI with ruff as its formatter)
    ratio               full regeneration / generator CLIs (target <= 0.6)
    check               `docspecs check` on the unchanged tree (from the lock: target < 1 s)
                        and `docspecs check --full` (regenerates aside)
    self-test           seconds the self-test adds to each API (from the progress lines of a
                        full regeneration; both packages imported in a fresh interpreter, every
                        example parsed and serialised back)

Each figure is the best of `--repeat` runs (default 3). Usage: python scripts/bench_generate.py
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _best(repeat: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _run(*command: str, cwd: Path | None = None) -> None:
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _copy_project(into: Path) -> Path:
    project = into / "project"
    project.mkdir()
    for name in ("specs", "overlays", "generated"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, project / name)
    return project


def _generator_clis(project: Path, scratch: Path, apis: list[str]) -> None:
    """Both generator CLIs, one after another per API, on the committed generator-ready document."""
    config = scratch / "opc-config.yaml"
    config.write_text(
        f"post_hooks:\n  - {BIN / 'ruff'} check --fix-only .\n  - {BIN / 'ruff'} format .\n",
        encoding="utf-8",
    )
    for api in apis:
        document = project / "generated" / f"{api}-client" / "openapi.json"
        out = scratch / "cli" / api
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        _run(
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(document),
            "--meta",
            "uv",
            "--config",
            str(config),
            "--output-path",
            str(out / f"{api}-client"),
            "--overwrite",
        )
        _run(
            str(BIN / "datamodel-codegen"),
            "--input",
            str(document),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--output",
            str(out / f"{api}_models.py"),
            "--disable-timestamp",
            "--allow-extra-fields",
            "--formatters",
            "ruff-check",
            "ruff-format",
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    # `nox -s bench -- ...` passes its arguments to every benchmark: ignore other scripts' options
    args, _others = parser.parse_known_args()
    docspecs = str(BIN / "docspecs")
    apis = sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml"))

    with tempfile.TemporaryDirectory(prefix="docspecs-bench-") as tmp:
        scratch = Path(tmp)
        project = _copy_project(scratch)
        _run(docspecs, "--root", str(project), "generate")  # up to date before the no-op runs
        noop = _best(args.repeat, lambda: _run(docspecs, "--root", str(project), "generate"))
        force = (docspecs, "--root", str(project), "generate", "--force")

        def cold() -> None:
            shutil.rmtree(project / ".docspecs-cache", ignore_errors=True)
            _run(*force)

        full_cold = _best(args.repeat, cold)
        full = _best(args.repeat, lambda: _run(*force))
        clis = _best(args.repeat, lambda: _generator_clis(project, scratch, apis))
        check = _best(args.repeat, lambda: _run(docspecs, "--root", str(project), "check"))
        check_full = _best(
            args.repeat, lambda: _run(docspecs, "--root", str(project), "check", "--full")
        )
        lines = subprocess.run(force, check=True, capture_output=True, text=True).stdout
        self_tests = [line for line in lines.splitlines() if ": self-test " in line]

    print(f"APIs: {', '.join(apis)} (best of {args.repeat} runs each)")
    print(f"no-op generate:                     {noop:6.2f} s   (target < 0.5 s)")
    print(f"full regeneration (docspecs):       {full:6.2f} s")
    print(f"  the same, no compiled templates:  {full_cold:6.2f} s   (first run in a checkout)")
    print(f"generator CLIs one after another:   {clis:6.2f} s")
    print(f"ratio full / CLIs:                  {full / clis:6.2f} x (target <= 0.6 x)")
    print(f"  first run in a checkout:          {full_cold / clis:6.2f} x")
    print(f"check (from the lock):              {check:6.2f} s   (target < 1 s)")
    print(f"check --full (regenerates aside):   {check_full:6.2f} s")
    print("self-test added per API (one full regeneration):")
    for line in self_tests:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
