"""Benchmark: contract-fuzzing cases per second with 1 and 2 schemathesis workers, same run.

    python scripts/bench_fuzz_workers.py [--max-examples N] [--seed N] [API...]

Each setting fuzzes the selected APIs (default: all) with the same seed and max-examples
(`docspecs fuzz --workers N`) against a fresh simulator: in-process (`--target in-process`, the
default) or `docspecs mock` in its own process on a loopback port (`--target http`); timing
covers the `fuzz` call. Prints
cases, seconds and cases/s per setting, the speed-up, and whether every operation sent the same
requests (same fingerprints) with 2 workers as with 1. Workers are threads: the in-process
simulator and schemathesis' generation share one interpreter, so the speed-up is bounded by how
much of a case is spent outside the GIL (little, in-process); over HTTP against a separate server
it is larger.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

from docspecs import Project
from docspecs.fuzz import fuzz
from docspecs.simulator import build_app


@contextlib.contextmanager
def _mock_process() -> Iterator[str]:
    """`docspecs mock` in a child process on a free loopback port; yields its URL."""
    command = [sys.executable, "-m", "docspecs", "mock", "--port", "0"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        first = child.stdout.readline()  # "docspecs simulator (seed 0) at http://127.0.0.1:PORT"
        yield first.rsplit(" at ", 1)[1].strip()
    finally:
        child.terminate()
        child.wait(timeout=10)


def _target(kind: str) -> contextlib.AbstractContextManager[dict[str, Any]]:
    if kind == "in-process":
        return contextlib.nullcontext({"app": build_app()})

    @contextlib.contextmanager
    def over_http() -> Iterator[dict[str, Any]]:
        with _mock_process() as url:
            yield {"base_url": url}

    return over_http()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("apis", nargs="*", metavar="API")
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--target", choices=("in-process", "http"), default="in-process")
    args = parser.parse_args(argv)
    project = Project.find()
    apis = project.select(args.apis)
    # Warm-up, not timed: imports and first-use caches.
    fuzz(project, apis[:1], app=build_app(), max_examples=1, seed=args.seed)
    rows = []
    fingerprints = []
    for workers in (1, 2):
        print(f"bench: {workers} worker(s) ...", file=sys.stderr, flush=True)
        with _target(args.target) as where:
            started = time.perf_counter()
            result = fuzz(
                project,
                apis,
                max_examples=args.max_examples,
                seed=args.seed,
                workers=workers,
                **where,
            )
            seconds = time.perf_counter() - started
        rows.append((workers, result.cases, seconds, result.cases / seconds if seconds else 0.0))
        fingerprints.append({(op.api, op.operation_id): op.fingerprint for op in result.operations})
    print(
        f"fuzz workers, {args.target}, max-examples {args.max_examples}, seed {args.seed}, one run"
    )
    print(f"{'workers':>7} {'cases':>7} {'seconds':>8} {'cases/s':>8}")
    for workers, cases, seconds, rate in rows:
        print(f"{workers:>7} {cases:>7} {seconds:>8.2f} {rate:>8.0f}")
    speedup = rows[1][3] / rows[0][3] if rows[0][3] else 0.0
    print(f"cases/s 2 workers / 1 worker: {speedup:.2f}x")
    print(f"same requests per operation: {'yes' if fingerprints[0] == fingerprints[1] else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
