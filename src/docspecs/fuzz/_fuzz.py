"""The `fuzz` entry point: check the arguments, fuzz each API's target, collect the result."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from docspecs._errors import DocspecsError
from docspecs._outputs import check_output_file
from docspecs._project import Project
from docspecs.fuzz._discovery import runtime_settings
from docspecs.fuzz._engine import CASE_TIMEOUT, fuzz_api, live_limiter
from docspecs.fuzz._junit import write_junit
from docspecs.fuzz._operations import load_spec
from docspecs.fuzz._results import FuzzFailure, FuzzResult, OperationStats
from docspecs.fuzz._shards import check_shard, shard_operations
from docspecs.fuzz._targets import Target, checked_base_url, resolve_targets


def fuzz(
    project: Project,
    apis: Sequence[str] = (),
    *,
    base_url: str | None = None,
    app: Any | None = None,
    live: bool = False,
    allow_unsafe_methods: bool = False,
    env: Mapping[str, str] | None = None,
    max_examples: int = 100,
    seed: int = 0,
    junit_xml: Path | None = None,
    continue_on_failure: bool = False,
    progress: Callable[[str], None] | None = None,
    shard: tuple[int, int] | None = None,
    workers: int = 1,
    case_timeout: float = CASE_TIMEOUT,
) -> FuzzResult:
    """Fuzz every operation of the selected APIs against one target and return what was found.

    The target: `app` (an ASGI app with the simulator's control API) or, when neither `app` nor
    `base_url` is given, a fresh in-process simulator; `base_url` for a server over HTTP (the
    simulator's control API is used when it answers, else tokens and ids come from the
    environment as in live mode); `live` for the vendors' servers from the specs (GET operations
    with ids in `DOCSPECS_LIVE_IDS` only). Same seed, same target state: same requests.

    A server over HTTP that is not the simulator gets live mode's safeguards: safe methods only
    (GET, HEAD, OPTIONS, TRACE), at most `LIVE_RATE_LIMIT` requests, no probes with undeclared
    methods. `allow_unsafe_methods=True` lifts all three for such a server (one the user owns and
    may break); it is reported through `progress` as a warning, and refused with `live`. Ids from
    `DOCSPECS_LIVE_IDS` only ever feed the read operations they are listed under.

    `shard=(K, N)`: only the K-th of N deterministic parts of the selected operations (see
    `_shards`); the others are neither fuzzed nor listed. `workers`: schemathesis' worker threads
    (operations run in parallel; each operation's requests stay the same).

    `case_timeout` (seconds, default `CASE_TIMEOUT`): the longest one case may take, request and
    whole answer together (a server trickling its answer a byte at a time is cut off there); such
    a case is a `case_timeout` failure naming its operation (with a curl command), and the run
    goes on with the next operation. In-process it bounds each call to the app.

    Raises `DocspecsError` for bad arguments (naming the parameter or variable), an unreachable
    `base_url`, an unknown API, or a `junit_xml` that is not a regular file or a new one (checked
    before fuzzing starts).
    """
    if max_examples < 1:
        raise DocspecsError(f"--max-examples must be at least 1, got {max_examples}")
    if live and allow_unsafe_methods:
        raise DocspecsError(
            "--allow-unsafe-methods cannot be used with --live: the vendors' servers get safe "
            "reads only"
        )
    if workers < 1:
        raise DocspecsError(f"--workers must be at least 1, got {workers}")
    if not 0 < case_timeout < float("inf"):
        raise DocspecsError(f"--case-timeout must be a number of seconds > 0, got {case_timeout}")
    if shard is not None:
        check_shard(shard)
    if base_url is not None:
        base_url = checked_base_url(base_url)
    if junit_xml is not None:  # refused now, not after the whole run
        check_output_file(junit_xml, "--junit-xml", make_parents=True)
    environ = os.environ if env is None else env
    selected = project.select(apis)
    started = time.perf_counter()
    specs = {api: load_spec(project, api) for api in selected}
    targets, skipped, description = resolve_targets(
        specs,
        base_url=base_url,
        app=app,
        live=live,
        allow_unsafe_methods=allow_unsafe_methods,
        env=environ,
        apis=project.apis(),
        runtime=lambda api: runtime_settings(project, api, specs[api]),
    )
    if shard is not None:
        targets = _in_shard(targets, shard_operations(specs, shard))
    if progress is not None and any(t.unsafe for t in targets):
        progress(
            f"warning: --allow-unsafe-methods: every method (POST, PUT, PATCH, DELETE, ...) of "
            f"every operation goes to {description}, with undeclared-method probes and no rate "
            "limit; use it only on a server you may break"
        )
    limiter = live_limiter()  # one for the run: every live target's requests share it
    operations: list[OperationStats] = []
    failures: list[FuzzFailure] = []
    errors: list[str] = []
    for target in targets:
        if progress is not None:
            where = "in-process" if target.app is not None else target.shown_url
            progress(f"fuzz: {target.api}: {len(target.operations)} operation(s), {where}")
        run = fuzz_api(
            specs[target.api],
            target,
            max_examples=max_examples,
            seed=seed,
            continue_on_failure=continue_on_failure,
            workers=workers,
            rate_limiter=limiter,
            case_seconds=case_timeout,
        )
        operations.extend(run.stats())
        failures.extend(run.failures)
        errors.extend(run.errors)
        skipped.extend(run.skipped)
    result = FuzzResult(
        operations=tuple(operations),
        failures=tuple(failures),
        errors=tuple(errors),
        skipped=tuple(skipped),
        seed=seed,
        max_examples=max_examples,
        target=description,
        elapsed=time.perf_counter() - started,
        shard=shard,
    )
    if junit_xml is not None:
        write_junit(result, junit_xml)
    return result


def _in_shard(targets: Sequence[Target], chosen: Collection[tuple[str, str]]) -> list[Target]:
    """`targets` cut down to the chosen operations; a target left with none is dropped."""
    kept = []
    for target in targets:
        operations = tuple(
            op for op in target.operations if (target.api, op.operation_id) in chosen
        )
        if operations:
            kept.append(dataclasses.replace(target, operations=operations))
    return kept
