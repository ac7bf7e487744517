"""Benchmark: contract-fuzzing throughput (cases per second) against three targets, one run each.

    python scripts/bench_fuzz.py [--max-examples N] [--seed N] [API...]

1. the simulator in-process (ASGI, no socket): what `docspecs fuzz` and the build use;
2. the simulator over HTTP on a loopback port (what `docspecs mock` serves);
3. `prism mock` (pinned `@stoplight/prism-cli`, installed by `_prism.py`) on the same bundled
   spec, over loopback.

Same schemathesis settings everywhere (`docspecs.fuzz.fuzz`: every check, explicit examples,
coverage, positive and negative fuzzing, same seed and max-examples), with `continue_on_failure`
so that a target failing checks (Prism does: it does not enforce the specs' 400s) still runs every
case. Prints cases, seconds and cases/s per target and API, and the ratios (target: in-process at
least 5x Prism; the verdict is printed, exit 0 whenever the benchmark ran). Timing covers the
`fuzz` call only, not starting servers. Cases/s is end to end, so it includes schemathesis' own
work per case (generating, checking); the "answer ms" column is the target's share alone
(schemathesis' response time per case), compared as a second ratio. "probes" are the extra
requests checks send on their own (e.g. `ignored_auth` without credentials); they are in the
time but not in the cases, and a target that fails checks (Prism) draws many more of them. Prism
has no control API, hence no ids to read and fewer explicit examples (fewer cases).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from _prism import PRISM_PACKAGE, prism_mock

from docspecs import Project
from docspecs.bundle import bundle
from docspecs.fuzz import FuzzResult, fuzz
from docspecs.fuzz._discovery import runtime_settings
from docspecs.simulator import LoopbackServer, build_app

TARGET_RATIO = 5.0


@dataclass
class Measured:
    cases: int = 0
    probes: int = 0
    """Extra requests the checks sent themselves (not cases; a target failing checks gets more)."""
    seconds: float = 0.0
    answering: float = 0.0
    """Seconds the target spent answering (schemathesis' response times, summed)."""
    failures: int = 0

    def add(self, result: FuzzResult, seconds: float) -> None:
        self.cases += result.cases
        self.probes += sum(op.probes for op in result.operations)
        self.seconds += seconds
        self.answering += sum(op.response_seconds for op in result.operations)
        self.failures += len(result.failures) + len(result.errors)

    def merge(self, other: Measured) -> None:
        self.cases += other.cases
        self.probes += other.probes
        self.seconds += other.seconds
        self.answering += other.answering
        self.failures += other.failures

    @property
    def rate(self) -> float:
        return self.cases / self.seconds if self.seconds else 0.0

    @property
    def answer_ms(self) -> float:
        return 1000 * self.answering / self.cases if self.cases else 0.0


def _timed(project: Project, api: str, **options: Any) -> tuple[FuzzResult, float]:
    """One `fuzz` call and its wall-clock seconds."""
    started = time.perf_counter()
    result = fuzz(project, [api], **options)
    return result, time.perf_counter() - started


def _row(target: str, api: str, m: Measured) -> str:
    return (
        f"{target:<11} {api:<10} {m.cases:>7} {m.probes:>7} {m.seconds:>8.2f} {m.rate:>8.0f} "
        f"{m.answer_ms:>10.2f} {m.failures:>6}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("apis", nargs="*", metavar="API")
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    project = Project.find()
    apis = project.select(args.apis)
    options: dict[str, Any] = {
        "max_examples": args.max_examples,
        "seed": args.seed,
        "continue_on_failure": True,
    }
    targets = ("in-process", "HTTP", "Prism")
    measured = {(target, api): Measured() for target in targets for api in apis}
    # Warm-up, not timed: imports and schemathesis' first-use caches would count against
    # whichever target runs first.
    fuzz(project, apis[:1], app=build_app(), max_examples=1, seed=args.seed)

    for api in apis:
        print(f"bench: {api} in-process ...", file=sys.stderr, flush=True)
        result, seconds = _timed(project, api, app=build_app(), **options)
        measured["in-process", api].add(result, seconds)

        print(f"bench: {api} over HTTP ...", file=sys.stderr, flush=True)
        with LoopbackServer(build_app()) as server:
            result, seconds = _timed(project, api, base_url=server.url, **options)
        measured["HTTP", api].add(result, seconds)

        print(f"bench: {api} Prism ({PRISM_PACKAGE}) ...", file=sys.stderr, flush=True)
        # Prism accepts any bearer token; there is no control API, so no ids either. It is a
        # mock on loopback: every method and no rate limit, as for the simulator.
        variable = runtime_settings(project, api, bundle(project.spec_path(api))).token_env
        env = {variable: "tlnc_bench_token"}
        with prism_mock(project, api) as url:
            result, seconds = _timed(
                project, api, base_url=url, env=env, allow_unsafe_methods=True, **options
            )
        measured["Prism", api].add(result, seconds)

    header = (
        f"{'target':<11} {'api':<10} {'cases':>7} {'probes':>7} {'seconds':>8} {'cases/s':>8} "
        f"{'answer ms':>10} {'failed':>6}"
    )
    print(f"fuzz throughput, max-examples {args.max_examples}, seed {args.seed}, one run")
    print(header)
    totals = {target: Measured() for target in targets}
    for target in targets:
        for api in apis:
            m = measured[target, api]
            totals[target].merge(m)
            print(_row(target, api, m))
    for target in targets:
        print(_row(target, "(all)", totals[target]))
    inproc, http, prism = (totals[t].rate for t in targets)
    ratio = inproc / prism if prism else float("inf")
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    print(f"cases/s   in-process / Prism: {ratio:.1f}x (target >= {TARGET_RATIO:.0f}x {verdict})")
    print(f"cases/s   HTTP / Prism:       {_ratio(http, prism)}")
    print(f"cases/s   in-process / HTTP:  {_ratio(inproc, http)}")
    # The same cases, seen from the target: how much faster it answers than Prism.
    answer = {t: totals[t].answer_ms for t in targets}
    print(f"answering Prism / in-process: {_ratio(answer['Prism'], answer['in-process'])}")
    print(f"answering Prism / HTTP:       {_ratio(answer['Prism'], answer['HTTP'])}")
    # Figures, not a gate: the verdict is printed, the exit code says the benchmark ran.
    return 0 if totals["in-process"].cases and totals["Prism"].cases else 2


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b else "n/a"


if __name__ == "__main__":
    sys.exit(main())
