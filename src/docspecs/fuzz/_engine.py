"""schemathesis' configuration and engine passes for one API's target."""

from __future__ import annotations

import contextlib
import copy
import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from docspecs.fuzz._curl import render_curl
from docspecs.fuzz._hooks import install_hooks
from docspecs.fuzz._operations import SAFE_METHODS, Operation, resolve
from docspecs.fuzz._results import FuzzFailure
from docspecs.fuzz._tallies import Run, record
from docspecs.fuzz._targets import Target
from docspecs.fuzz._transport import (
    CaseTimeout,
    case_timeout,
    in_process,
    only_methods,
    timed_out_request,
)

# Requests per second at most against a vendor's server.
LIVE_RATE_LIMIT = "5/s"


# `max_response_time` is the one check that needs a number; generous, so only a hang trips it.
MAX_RESPONSE_TIME = 10.0

CASE_TIMEOUT = 30.0
"""Seconds one case may take over HTTP, request and whole answer together (`--case-timeout`);
past it the case is a `case_timeout` failure of its operation and the run goes on. Also the
longest wait for any one read (schemathesis' request timeout) and an in-process call."""

CASE_TIMEOUT_CHECK = "case_timeout"


def fuzz_api(
    spec: dict[str, Any],
    target: Target,
    *,
    max_examples: int,
    seed: int,
    continue_on_failure: bool,
    workers: int = 1,
    rate_limiter: Any | None = None,
    case_seconds: float = CASE_TIMEOUT,
) -> Run:
    """Fuzz every operation of `target` with the bundled `spec`: two engine passes with the same
    seed (examples, coverage and positive fuzzing; then negative fuzzing), tallied in a `Run`.

    `rate_limiter`: the `LIVE_RATE_LIMIT` limiter a live target's requests share (`live_limiter`);
    one for the whole run, so that no pass or API starts with a fresh allowance. Made here when
    not given. `case_seconds`: the case timeout (`CASE_TIMEOUT`)."""
    run = Run(target=target)
    if not target.operations:
        return run
    # Run 1: explicit examples, the coverage phase, positive fuzzing. Run 2: negative fuzzing of
    # the parameters (credentials stay valid there; run 1 already sends missing/invalid ones).
    passes: tuple[dict[str, Any], ...] = (
        {
            "phases": {
                "examples": {"enabled": True},
                "coverage": {
                    "enabled": True,
                    **({"unexpected-methods": []} if target.live else {}),
                },
                "fuzzing": {
                    "enabled": True,
                    "generation": {"mode": "positive"},
                    # Ids come from the target's state through the hook below, and one case in
                    # KEEP_GENERATED_ID keeps a generated id on purpose (404, 400): ids captured
                    # from responses would replace those.
                    "extra-data-sources": {"responses": False},
                },
                "stateful": {"enabled": False},
            },
            "generation": {"with-security-parameters": True},
        },
        {
            "phases": {
                "examples": {"enabled": False},
                "coverage": {"enabled": False},
                "fuzzing": {
                    "enabled": True,
                    "generation": {"mode": "negative"},
                    "extra-data-sources": {"responses": False},
                },
                "stateful": {"enabled": False},
            },
            "generation": {"with-security-parameters": False},
        },
    )
    if target.unsafe:
        # Values seen in responses (a read's `id`) would feed the writes' parameters.
        passes = tuple(without_response_data(overrides) for overrides in passes)
    limiter = rate_limiter if rate_limiter is not None else live_limiter()
    for overrides in passes:
        engine_pass(
            spec,
            target,
            run,
            overrides,
            max_examples,
            seed,
            continue_on_failure,
            workers,
            limiter,
            case_seconds,
        )
    return run


def live_limiter() -> Any:
    """A limiter of `LIVE_RATE_LIMIT` requests (pyrate-limiter's, as schemathesis builds it)."""
    from schemathesis.core.rate_limit import build_limiter

    return build_limiter(LIVE_RATE_LIMIT)


def without_response_data(overrides: Mapping[str, Any]) -> dict[str, Any]:
    """`overrides` with no phase taking values from earlier responses."""
    phases = {
        name: (
            {**phase, "extra-data-sources": {"responses": False}}
            if name in ("examples", "coverage", "fuzzing")
            else phase
        )
        for name, phase in overrides["phases"].items()
    }
    return {**overrides, "phases": phases}


def engine_config(
    spec: Mapping[str, Any],
    target: Target,
    overrides: Mapping[str, Any],
    max_examples: int,
    seed: int,
    continue_on_failure: bool,
    workers: int = 1,
    rate_limiter: Any | None = None,
    case_seconds: float = CASE_TIMEOUT,
) -> Any:
    """schemathesis' configuration for one pass against `target`: every check on, auth from the
    target's token, the live safeguards when it is live (with `rate_limiter` when given), each
    read waited for at most `case_seconds`."""
    from schemathesis.config import SchemathesisConfig

    checks: dict[str, Any] = {"enabled": True, "max_response_time": MAX_RESPONSE_TIME}
    if target.live:
        # Other methods than the safe reads are never sent to a vendor's server.
        checks["unsupported_method"] = {"enabled": False}
    schemes = resolve(spec, spec.get("components", {}).get("securitySchemes", {})) or {}
    auth = {
        name: {"bearer": target.token}
        for name, scheme in schemes.items()
        if resolve(spec, scheme).get("type") == "http"
        and resolve(spec, scheme).get("scheme") == "bearer"
    }
    data: dict[str, Any] = {
        "seed": seed,
        # A busy machine (CI, 2 shared cores) must not turn into a failed run: generation speed
        # is not what is being tested.
        "suppress-health-check": ["too_slow"],
        "base-url": target.base_url,
        "workers": workers,
        "continue-on-failure": continue_on_failure,
        "request-timeout": case_seconds,
        "checks": checks,
        "phases": overrides["phases"],
        "generation": {
            "max-examples": max_examples,
            "database": "none",
            **overrides["generation"],
        },
        "output": {"sanitization": {"enabled": True}},
    }
    # No automatic sign-up: schemathesis would register accounts through the spec's sign-up and
    # login operations (POSTs sent before any case, outside the method guard) when no
    # credentials are configured for a scheme; credentials come from the target only.
    data["auth"] = {"auto-signup": False}
    if target.token and auth:
        data["auth"]["openapi"] = auth
    if target.live:
        data["rate-limit"] = LIVE_RATE_LIMIT
    config = SchemathesisConfig.from_dict(data)
    if target.live and rate_limiter is not None:
        config.projects.default.rate_limit = rate_limiter
    return config


def engine_pass(
    spec: dict[str, Any],
    target: Target,
    run: Run,
    overrides: Mapping[str, Any],
    max_examples: int,
    seed: int,
    continue_on_failure: bool,
    workers: int = 1,
    rate_limiter: Any | None = None,
    case_seconds: float = CASE_TIMEOUT,
) -> None:
    """Load `spec` into schemathesis, install the hooks (and the in-process transport, or the
    case timeout over HTTP), run the engine once and tally its events into `run`."""
    import schemathesis
    from schemathesis.engine import from_schema

    config = engine_config(
        spec,
        target,
        overrides,
        max_examples,
        seed,
        continue_on_failure,
        workers,
        rate_limiter,
        case_seconds,
    )
    loaded = schemathesis.openapi.from_dict(copy.deepcopy(spec), config=config)
    schema: Any = loaded.include(chosen_operations(target.operations))
    by_label = {op.label: op for op in target.operations}
    install_hooks(schema, target, by_label)
    with contextlib.ExitStack() as stack:
        if target.app is not None:
            stack.enter_context(in_process(schema, target.app, run.timed_out))
        else:
            stack.enter_context(case_timeout(schema, case_seconds, run.timed_out))
        if target.live:
            stack.enter_context(only_methods(schema, {m.upper() for m in SAFE_METHODS}))
        stack.enter_context(gc_frozen())
        consume(from_schema(schema).execute(), target, run, by_label)


def chosen_operations(operations: Iterable[Operation]) -> Callable[[Any], bool]:
    """A schemathesis filter keeping exactly `operations`, by method and path: an operationId
    may be missing (the operation is then named `METHOD path`), and a filter by operationId
    would also keep another method sharing it."""
    chosen = frozenset((op.method, op.path) for op in operations)

    def chosen_operation(context: Any) -> bool:
        operation = context.operation
        return (str(operation.method).lower(), str(operation.path)) in chosen

    return chosen_operation


_gc_lock = threading.Lock()


_gc_depth = 0


_gc_ours = False


@contextlib.contextmanager
def gc_frozen() -> Iterator[None]:
    """Keep the garbage collector's full collections off the objects that exist before a run.

    The imports (schemathesis, hypothesis) and the loaded schema are about 100,000 long-lived
    objects that every full collection walks again: 7 of them in a 100-example run of the three
    APIs, 0.5 s of 6 s. `gc.freeze()` sets them aside for the run (0.14 s then) and
    `gc.unfreeze()` gives them back; a process that froze objects itself is left alone.
    """
    global _gc_depth, _gc_ours
    with _gc_lock:
        if _gc_depth == 0:
            _gc_ours = gc.get_freeze_count() == 0
            if _gc_ours:
                gc.freeze()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_ours:
                gc.unfreeze()


def consume(
    engine_events: Iterator[Any], target: Target, run: Run, by_label: Mapping[str, Operation]
) -> None:
    """Tally the engine's events into `run`: finished scenarios, errors that kept schemathesis from
    testing, whole-run failures; secrets scrubbed."""
    from schemathesis.engine import events

    for event in engine_events:
        if isinstance(event, events.ScenarioFinished):
            record(run, by_label, event.recorder)
        elif isinstance(event, events.NonFatalError) and isinstance(event.value, CaseTimeout):
            add_timeout(run, by_label, event.label, event.value)
        elif isinstance(event, events.NonFatalError):
            title = run.scrub(f"{event.label}: {event.info.title}: {event.info.message}")
            run.errors.append(f"{target.api} {title}")
        elif isinstance(event, events.FatalError):
            run.errors.append(
                f"{target.api}: schemathesis stopped: {run.scrub(str(event.exception))}"
            )
        elif isinstance(event, events.EngineFinished):
            for failure in event.failures:
                run.failures.append(
                    FuzzFailure(
                        api=target.api,
                        operation_id="(whole run)",
                        label=str(getattr(failure, "operation", "")),
                        check=", ".join(getattr(failure, "checks", ())) or type(failure).__name__,
                        title=run.scrub(str(failure.title)),
                        message=run.scrub(str(failure.message)),
                        curl="",
                    )
                )


def add_timeout(
    run: Run, by_label: Mapping[str, Operation], label: str, error: CaseTimeout
) -> None:
    """The operation's one `case_timeout` failure, with the curl command of the case that timed
    out (the unsent cases after it add nothing)."""
    op = by_label.get(label)
    operation_id = op.operation_id if op is not None else label
    if any(f.check == CASE_TIMEOUT_CHECK and f.operation_id == operation_id for f in run.failures):
        return
    request = timed_out_request(error)
    run.failures.append(
        FuzzFailure(
            api=run.target.api,
            operation_id=operation_id,
            label=op.label if op is not None else label,
            check=CASE_TIMEOUT_CHECK,
            title=f"no complete answer within {error.seconds:g} s",
            message=(
                f"the request and its whole answer took longer than the case timeout "
                f"({error.seconds:g} s, --case-timeout): the case was cut off there, the "
                "operation's other cases were not sent (each would likely wait as long), and "
                "fuzzing went on with the next operation"
            ),
            curl=render_curl(run.target, request) if request is not None else "",
        )
    )
