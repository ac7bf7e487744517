"""Contract fuzzing: every operation of every spec, every schemathesis check, against a target.

The target is the built-in simulator in-process (the default: its ASGI app is called directly, no
socket), a server over HTTP (`base_url`: the simulator started with `docspecs mock`, or any other
server), or the vendors' real servers (`live`: safe reads only, tokens from the environment).

How one API is fuzzed:

- The spec is bundled (`docspecs.bundle`) and handed to schemathesis with every check enabled.
- Tokens and real resource ids come from the simulator's control API (`GET /_simulator/state`);
  against a live server from `INSTABASE_API_TOKEN` / `TALONIC_API_KEY` / `EXTEND_API_TOKEN` and
  `DOCSPECS_LIVE_IDS`. A resource kind feeds the operations whose path names it before the id
  parameter (`/processor_runs/{id}` reads `processor_runs`).
- Explicit examples: every known id with every combination of the operation's boolean query
  flags (the `include_*` switches), so each seeded resource and each flag combination is read.
- Generated cases: a schemathesis hook puts a real id into most cases whose path is not the
  negated part (a deterministic choice from the case's own content, so the same seed sends the
  same requests); the rest keep their generated id and exercise 400/404.
- Two engine runs per API with the same seed: examples + coverage + positive fuzzing, then
  negative fuzzing with the credentials left alone (the coverage phase and the `ignored_auth`
  probes already send missing and invalid credentials), so negative cases probe the parameters.

Problems are values: `fuzz` returns a `FuzzResult` with per-operation statistics and every failure
(operation, check, and a curl command with the token replaced by `$TOKEN`); nothing is printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import gc
import hashlib
import http
import io
import itertools
import json
import os
import shlex
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from docspecs._bundler import lookup
from docspecs._errors import DocspecsError
from docspecs._findings import pointer
from docspecs._project import Project

__all__ = ["FuzzFailure", "FuzzResult", "OperationStats", "fuzz"]

# Live mode's environment: the token per API, Instabase's context header, the ids to read.
LIVE_TOKEN_ENV: Mapping[str, str] = {
    "instabase": "INSTABASE_API_TOKEN",
    "talonic": "TALONIC_API_KEY",
    "extend": "EXTEND_API_TOKEN",
}
LIVE_IDS_ENV = "DOCSPECS_LIVE_IDS"
IB_CONTEXT_ENV = "INSTABASE_IB_CONTEXT"

# Where `docspecs mock` listens by default: curl commands for in-process failures point there.
MOCK_URL = "http://127.0.0.1:8400"
_ASGI_HOST = "http://testserver"
TOKEN_PLACEHOLDER = "$TOKEN"

# Requests per second at most against a vendor's server.
LIVE_RATE_LIMIT = "5/s"
# `max_response_time` is the one check that needs a number; generous, so only a hang trips it.
MAX_RESPONSE_TIME = 10.0
# One generated case in this many keeps its generated id instead of a real one (400/404 paths).
_KEEP_GENERATED_ID = 8
# Boolean query flags beyond this many are not combined exhaustively (2**6 = 64 combinations).
_MAX_FLAG_COMBINATIONS = 6
# RFC 9110 section 9.2.1: the methods that only read. The only ones sent to a server that is not
# the simulator unless the user passes `allow_unsafe_methods` (`--allow-unsafe-methods`).
_SAFE_METHODS = frozenset({"get", "head", "options", "trace"})
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Headers requests adds on its own; a curl command does not need them.
_TRANSPORT_HEADERS = frozenset(
    {
        "user-agent",
        "accept-encoding",
        "accept",
        "connection",
        "content-length",
        "x-schemathesis-testcaseid",
    }
)


@dataclass(frozen=True)
class FuzzFailure:
    """One check that failed on one operation, with a curl command that reproduces it."""

    api: str
    operation_id: str
    label: str
    check: str
    title: str
    message: str
    curl: str

    def __str__(self) -> str:
        message = "\n".join(f"    {line}" for line in self.message.strip().splitlines())
        return (
            f"{self.api} {self.operation_id} ({self.label}): "
            f"check {self.check} failed: {self.title}\n"
            f"{message}\n"
            f"  reproduce with:\n    {self.curl}"
        )


@dataclass(frozen=True)
class OperationStats:
    """What fuzzing sent to one operation and what came back."""

    api: str
    operation_id: str
    label: str
    cases: int
    """Requests schemathesis generated (examples, coverage, positive and negative fuzzing)."""
    ok: int
    """How many of them got a 2xx response."""
    probes: int
    """Extra requests the checks sent themselves (e.g. `ignored_auth` without credentials)."""
    statuses: tuple[tuple[int, int], ...]
    """(status code, count) over the cases, sorted by code."""
    ids_ok: int
    """Known resource ids that were served at least once with a 2xx."""
    ids_total: int
    fingerprint: str
    """Digest of every request sent, in order: the same seed gives the same fingerprint."""
    response_seconds: float = 0.0
    """Time the target took to answer the cases (request sent to response read), summed."""

    @property
    def share_ok(self) -> float:
        return self.ok / self.cases if self.cases else 0.0


@dataclass(frozen=True)
class FuzzResult:
    """Everything one `fuzz` call found: per-operation statistics, failures, errors, skips."""

    operations: tuple[OperationStats, ...]
    failures: tuple[FuzzFailure, ...]
    errors: tuple[str, ...]
    """What kept schemathesis from testing something (unreachable server, bad schema)."""
    skipped: tuple[str, ...]
    """What was not fuzzed and why (live mode without a token or without ids)."""
    seed: int
    max_examples: int
    target: str
    elapsed: float

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors and bool(self.operations)

    @property
    def cases(self) -> int:
        return sum(op.cases for op in self.operations)

    def table(self) -> str:
        """The per-operation table: cases, 2xx share, status codes, ids served."""
        header = ("api", "operation", "cases", "2xx", "share", "ids 2xx", "statuses")
        rows = [
            (
                op.api,
                op.operation_id,
                str(op.cases),
                str(op.ok),
                f"{op.share_ok:.0%}",
                f"{op.ids_ok}/{op.ids_total}",
                " ".join(f"{code}:{count}" for code, count in op.statuses),
            )
            for op in self.operations
        ]
        widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
        lines = []
        for row in (header, *rows):
            cells = [
                cell.rjust(w) if i >= 2 else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row[:-1], widths, strict=True))
            ]
            lines.append("  ".join([*cells, row[-1]]).rstrip())
        return "\n".join(lines)

    def summary(self) -> str:
        rate = self.cases / self.elapsed if self.elapsed else 0.0
        verdict = (
            "ok" if self.ok else f"{len(self.failures)} failure(s), {len(self.errors)} error(s)"
        )
        return (
            f"fuzz: {verdict}: {self.cases} cases over {len(self.operations)} operation(s) against "
            f"{self.target} in {self.elapsed:.1f}s ({rate:.0f} cases/s), seed {self.seed}, "
            f"max-examples {self.max_examples}"
        )


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

    Raises `DocspecsError` for bad arguments (naming the parameter or variable), an unreachable
    `base_url`, or an unknown API.
    """
    if max_examples < 1:
        raise DocspecsError(f"--max-examples must be at least 1, got {max_examples}")
    if live and allow_unsafe_methods:
        raise DocspecsError(
            "--allow-unsafe-methods cannot be used with --live: the vendors' servers get safe "
            "reads only"
        )
    if base_url is not None:
        base_url = _checked_base_url(base_url)
    environ = os.environ if env is None else env
    selected = project.select(apis)
    started = time.perf_counter()
    specs = {api: _load_spec(project, api) for api in selected}
    targets, skipped, description = _resolve_targets(
        specs,
        base_url=base_url,
        app=app,
        live=live,
        allow_unsafe_methods=allow_unsafe_methods,
        env=environ,
        apis=project.apis(),
    )
    if progress is not None and any(t.unsafe for t in targets):
        progress(
            f"warning: --allow-unsafe-methods: every method (POST, PUT, PATCH, DELETE, ...) of "
            f"every operation goes to {description}, with undeclared-method probes and no rate "
            "limit; use it only on a server you may break"
        )
    operations: list[OperationStats] = []
    failures: list[FuzzFailure] = []
    errors: list[str] = []
    for target in targets:
        if progress is not None:
            where = "in-process" if target.app is not None else target.shown_url
            progress(f"fuzz: {target.api}: {len(target.operations)} operation(s), {where}")
        run = _fuzz_api(
            specs[target.api],
            target,
            max_examples=max_examples,
            seed=seed,
            continue_on_failure=continue_on_failure,
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
    )
    if junit_xml is not None:
        _write_junit(result, junit_xml)
    return result


# -- the spec -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    method: str
    path: str
    id_parameter: str | None
    flags: tuple[str, ...]
    required_query: Mapping[str, str]
    """Required query parameters with a documented value (example, default, first enum value)."""
    required_headers: Mapping[str, str]
    resource: str | None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _load_spec(project: Project, api: str) -> dict[str, Any]:
    from docspecs.bundle import bundle

    spec = bundle(project.spec_path(api))
    if not isinstance(spec.get("paths"), dict):
        raise DocspecsError(f"{project.spec_path(api)}: /paths: the spec has no operations to fuzz")
    return spec


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (the bundled spec has no other kind; bundling has already refused
    refs that lead nowhere or only back to themselves)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = lookup(spec, node["$ref"].removeprefix("#"))
    return node


def _operations(spec: Mapping[str, Any], kinds: Sequence[str]) -> list[_Operation]:
    result = []
    for path, item in spec["paths"].items():
        item = _resolve(spec, item)
        shared = item.get("parameters", [])
        for method in _HTTP_METHODS:
            definition = item.get(method)
            if not isinstance(definition, dict):
                continue
            parameters = [_resolve(spec, p) for p in [*shared, *definition.get("parameters", [])]]
            path_names = [p["name"] for p in parameters if p.get("in") == "path"]
            id_parameter = path_names[-1] if path_names else None
            flags: list[str] = []
            required: dict[str, dict[str, str]] = {"query": {}, "header": {}}
            for parameter in parameters:
                location = parameter.get("in")
                schema = _resolve(spec, parameter.get("schema", {}))
                if location == "query" and schema.get("type") == "boolean":
                    flags.append(parameter["name"])
                elif location in required and parameter.get("required"):
                    value = _documented_value(parameter, schema)
                    if value is not None:
                        required[location][parameter["name"]] = _wire(value)
            result.append(
                _Operation(
                    operation_id=definition.get("operationId") or f"{method.upper()} {path}",
                    method=method,
                    path=path,
                    id_parameter=id_parameter,
                    flags=tuple(flags),
                    required_query=required["query"],
                    required_headers=required["header"],
                    resource=_resource_for(path, id_parameter, kinds),
                )
            )
    return result


def _resource_for(path: str, parameter: str | None, kinds: Sequence[str]) -> str | None:
    """The resource kind an id parameter reads: the path segment right before `{parameter}`."""
    if parameter is None:
        return None
    segments = [s for s in path.split("/") if s]
    placeholder = "{" + parameter + "}"
    if placeholder in segments:
        index = segments.index(placeholder)
        if index > 0 and segments[index - 1] in kinds:
            return segments[index - 1]
    return kinds[0] if len(kinds) == 1 else None


def _documented_value(parameter: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    """A value the spec itself gives for a parameter, for the explicit examples; None if none."""
    examples = schema.get("examples")
    candidates = (
        parameter.get("example"),
        schema.get("const"),
        schema.get("default"),
        schema.get("example"),
        examples[0] if isinstance(examples, list) and examples else None,
        (schema.get("enum") or [None])[0],
    )
    return next((value for value in candidates if value is not None), None)


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- targets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    api: str
    base_url: str
    """Where schemathesis sends requests (`http://testserver/<mount>` in-process)."""
    shown_url: str
    """The same API as a user reaches it with curl (the `docspecs mock` URL in-process)."""
    app: Any | None
    token: str | None = field(repr=False)
    headers: Mapping[str, str]
    """Headers every non-negative case carries (live: Instabase's `IB-Context`)."""
    operations: tuple[_Operation, ...]
    ids: Mapping[str, tuple[str, ...]]
    """operationId -> ids that exist on the target."""
    live: bool
    """Live safeguards: safe methods only, a rate limit, no undeclared-method probes."""
    secrets: tuple[str, ...] = field(default=(), repr=False)
    unsafe: bool = False
    """Not the simulator, and the user allowed every method (`allow_unsafe_methods`)."""


def _resolve_targets(
    specs: Mapping[str, dict[str, Any]],
    *,
    base_url: str | None,
    app: Any | None,
    live: bool,
    allow_unsafe_methods: bool,
    env: Mapping[str, str],
    apis: Collection[str],
) -> tuple[list[_Target], list[str], str]:
    if live and app is not None:
        raise DocspecsError(
            "live fuzzing talks to the vendors' servers; it cannot take an in-process app"
        )
    if live:
        return (*_live_targets(specs, base_url, env, apis), "the live vendor servers")
    if base_url is not None:
        base = base_url  # checked by `_checked_base_url`: http(s), a host, no trailing slash
        state = _http_state(base)
        if state is None:
            # Not a simulator: another server, driven like a live one (tokens and ids from env,
            # live safeguards unless the user allowed every method). Operations without ids are
            # fuzzed with generated ones (a read of a made-up id harms nothing).
            targets, skipped = _live_targets(
                specs, base, env, apis, require_ids=False, unsafe=allow_unsafe_methods
            )
            return targets, skipped, base
        return _simulator_targets(specs, state, base, base, None), [], base
    if app is None:
        from docspecs.simulator import build_app

        app = build_app()
    state = _asgi_state(app)
    if state is None:
        raise DocspecsError("the in-process app does not answer GET /_simulator/state with JSON")
    return (
        _simulator_targets(specs, state, _ASGI_HOST, MOCK_URL, app),
        [],
        "the in-process simulator",
    )


def _asgi_state(app: Any) -> dict[str, Any] | None:
    import asyncio

    import httpx

    async def read() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=_ASGI_HOST) as client:
            return await client.get("/_simulator/state")

    response = asyncio.run(read())
    return _state_json(response.status_code, response.content)


def _http_state(base: str) -> dict[str, Any] | None:
    import httpx

    try:
        with httpx.Client(base_url=base, timeout=10.0) as client:
            response = client.get("/_simulator/state")
            return _state_json(response.status_code, response.content)
    except httpx.HTTPError as error:
        raise DocspecsError(f"--base-url {base}: cannot reach the server ({error})") from None


def _state_json(status: int, content: bytes) -> dict[str, Any] | None:
    if status != 200:
        return None
    try:
        state = json.loads(content)
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


def _simulator_targets(
    specs: Mapping[str, dict[str, Any]],
    state: Mapping[str, Any],
    base: str,
    shown: str,
    app: Any | None,
) -> list[_Target]:
    targets = []
    for api, spec in specs.items():
        vendor = state.get(api)
        if not isinstance(vendor, dict):
            raise DocspecsError(
                f"the simulator's /_simulator/state has no entry for {api!r} "
                f"(it serves: {', '.join(sorted(state)) or 'nothing'})"
            )
        resources: Mapping[str, Any] = vendor.get("resources") or {}
        kinds = sorted(resources)
        operations = _operations(spec, kinds)
        ids = {
            op.operation_id: tuple(str(r["id"]) for r in resources[op.resource])
            for op in operations
            if op.resource is not None
        }
        mount = str(vendor.get("mount") or f"/{api}")
        token = vendor.get("token")
        targets.append(
            _Target(
                api=api,
                base_url=base + mount,
                shown_url=shown + mount,
                app=app,
                token=str(token) if token else None,
                headers={},
                operations=tuple(operations),
                ids=ids,
                live=False,
                secrets=(str(token),) if token else (),
            )
        )
    return targets


def _live_targets(
    specs: Mapping[str, dict[str, Any]],
    base_url: str | None,
    env: Mapping[str, str],
    apis: Collection[str],
    *,
    require_ids: bool = True,
    unsafe: bool = False,
) -> tuple[list[_Target], list[str]]:
    """Targets driven from the environment: a token per API and the ids to read.

    `require_ids`: skip a read operation with an id parameter that has no ids (the vendors'
    servers); `unsafe`: send every method (a non-simulator server the user may break). Ids are
    only ever read: `DOCSPECS_LIVE_IDS` listing an operation that is not a safe read is an
    error naming it, and other methods never get them.
    """
    # Every API of the project may have ids; the selected ones (specs loaded) are checked down to
    # their operationIds.
    known: dict[str, Collection[str] | None] = dict.fromkeys(apis)
    for api, spec in specs.items():
        known[api] = {op.operation_id for op in _operations(spec, [])}
    live_ids = _parse_live_ids(env.get(LIVE_IDS_ENV), known)
    _refuse_ids_for_writes(specs, live_ids)
    targets: list[_Target] = []
    skipped: list[str] = []
    for api, spec in specs.items():
        variable = LIVE_TOKEN_ENV.get(api, f"{api.upper()}_API_TOKEN")
        token = env.get(variable)
        if not token:
            skipped.append(f"{api}: not fuzzed: set {variable} (and {LIVE_IDS_ENV}) to fuzz it")
            continue
        api_ids = live_ids.get(api, {})
        operations = []
        ids: dict[str, tuple[str, ...]] = {}
        for op in _operations(spec, []):
            safe = op.method in _SAFE_METHODS
            if not unsafe and not safe:
                hint = "" if require_ids else "; --allow-unsafe-methods sends it"
                skipped.append(
                    f"{api} {op.operation_id}: not fuzzed: not a safe read "
                    f"({op.method.upper()}){hint}"
                )
                continue
            known_ids = api_ids.get(op.operation_id, ()) if safe else ()
            if require_ids and op.id_parameter is not None and not known_ids:
                skipped.append(
                    f"{api} {op.operation_id}: not fuzzed: no ids to read; set {LIVE_IDS_ENV} to "
                    f'{{"{api}": {{"{op.operation_id}": ["<id>"]}}}}'
                )
                continue
            operations.append(op)
            ids[op.operation_id] = known_ids
        if not operations:
            continue
        servers = spec.get("servers") or [{}]
        server = base_url or str(servers[0].get("url", "")).rstrip("/")
        if not server:
            raise DocspecsError(
                f"specs/{api}/openapi.yaml: /servers: no server URL to fuzz; pass --base-url"
            )
        headers = {}
        if api == "instabase" and env.get(IB_CONTEXT_ENV):
            headers["IB-Context"] = env[IB_CONTEXT_ENV]
        targets.append(
            _Target(
                api=api,
                base_url=server,
                shown_url=server,
                app=None,
                token=token,
                headers=headers,
                operations=tuple(operations),
                ids=ids,
                live=not unsafe,
                secrets=(token,),
                unsafe=unsafe,
            )
        )
    return targets, skipped


def _refuse_ids_for_writes(
    specs: Mapping[str, dict[str, Any]], live_ids: Mapping[str, Mapping[str, tuple[str, ...]]]
) -> None:
    """Ids in `DOCSPECS_LIVE_IDS` are for reads: listing them under another method is an error."""
    for api, spec in specs.items():
        for op in _operations(spec, []):
            if op.method not in _SAFE_METHODS and op.operation_id in live_ids.get(api, {}):
                raise DocspecsError(
                    f"{LIVE_IDS_ENV}: {pointer(api)}{pointer(op.operation_id)}: "
                    f"{op.operation_id} is {op.method.upper()} {op.path}, not a safe read; "
                    "ids given here are only read, never sent to other methods"
                )


def _checked_base_url(url: str) -> str:
    """`--base-url` without its trailing slash, or an error naming it: http(s), a host, a port."""

    def bad(why: str) -> DocspecsError:
        return DocspecsError(
            f"--base-url {_shown_url(url)!r}: {why}; expected http(s)://HOST[:PORT][/PATH]"
        )

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number in 0-65535)
    except ValueError as error:
        raise bad(f"not a URL ({error})") from None
    if parts.scheme not in ("http", "https"):
        raise bad("not an http:// or https:// URL")
    if not parts.hostname:
        raise bad("no host")
    if parts.query or parts.fragment:
        raise bad("a base URL has no query or fragment")
    return url.rstrip("/")


def _shown_url(url: str) -> str:
    """`url` with the password of `user:password@` replaced by `***`, for messages."""
    scheme, slashes, rest = url.partition("//")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if slashes and at and ":" in userinfo:
        authority = f"{userinfo.partition(':')[0]}:***@{host}"
    return scheme + slashes + authority + slash + path


def _parse_live_ids(
    raw: str | None, known: Mapping[str, Collection[str] | None] | None = None
) -> dict[str, dict[str, tuple[str, ...]]]:
    """`DOCSPECS_LIVE_IDS` (`{api: {operationId: [id, ...]}}`) checked whole; {} when unset.

    `known`: the APIs there are, each with its operationIds (None: any operationId); without it
    any API is accepted. An error names the variable and the JSON pointer of the bad part (the
    API and the operationId) but never a value: ids, like tokens, are not echoed.
    """
    if not raw:
        return {}
    example = '{"extend": {"get_processor_run": ["<id>", ...]}}'
    try:
        document = json.loads(raw)
    except ValueError as error:
        message = f"{LIVE_IDS_ENV}: not JSON ({error}); expected e.g. {example}"
        raise DocspecsError(message) from None
    if not isinstance(document, dict):
        raise DocspecsError(
            f"{LIVE_IDS_ENV}: expected a JSON object like {example}, got {_json_kind(document)}"
        )
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    for api, operations in document.items():
        where = f"{LIVE_IDS_ENV}: {pointer(api)}"
        if known is not None and api not in known:
            expected = ", ".join(sorted(known)) or "(none)"
            raise DocspecsError(f"{where}: unknown API {api!r} (expected one of {expected})")
        if not isinstance(operations, dict):
            raise DocspecsError(
                f"{where}: expected an object of {api} operationId -> [ids], "
                f"got {_json_kind(operations)}"
            )
        allowed = known.get(api) if known is not None else None
        parsed: dict[str, tuple[str, ...]] = {}
        for operation_id, ids in operations.items():
            here = f"{where}{pointer(operation_id)}"
            if allowed is not None and operation_id not in allowed:
                expected = ", ".join(sorted(allowed)) or "(none)"
                raise DocspecsError(
                    f"{here}: unknown operationId {operation_id!r} of {api} "
                    f"(expected one of {expected})"
                )
            if not isinstance(ids, list) or not ids:
                raise DocspecsError(
                    f"{here}: expected a non-empty JSON array of ids for {api} {operation_id}, "
                    f"got {_json_kind(ids)}"
                )
            for index, value in enumerate(ids):
                if not isinstance(value, str) or not value.strip():
                    raise DocspecsError(
                        f"{here}/{index}: expected an id string for {api} {operation_id}, "
                        f"got {_json_kind(value)}"
                    )
            parsed[operation_id] = tuple(ids)
        result[api] = parsed
    return result


def _json_kind(value: Any) -> str:
    """What a JSON value is, without showing it."""
    if isinstance(value, str):
        return "a string" if value.strip() else "a blank string"
    if isinstance(value, list):
        return "an array" if value else "an empty array"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an object" if isinstance(value, dict) else "null"


# -- one API --------------------------------------------------------------------------------------


@dataclass
class _Tally:
    cases: int = 0
    ok: int = 0
    probes: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    ids_ok: set[str] = field(default_factory=set)
    digest: Any = field(default_factory=hashlib.sha256)
    response_seconds: float = 0.0


@dataclass
class _Run:
    target: _Target
    tallies: dict[str, _Tally] = field(default_factory=dict)
    failures: list[FuzzFailure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    _seen: set[tuple[str, str, str]] = field(default_factory=set)

    def stats(self) -> list[OperationStats]:
        result = []
        for op in self.target.operations:
            tally = self.tallies.get(op.label, _Tally())
            ids = self.target.ids.get(op.operation_id, ())
            result.append(
                OperationStats(
                    api=self.target.api,
                    operation_id=op.operation_id,
                    label=op.label,
                    cases=tally.cases,
                    ok=tally.ok,
                    probes=tally.probes,
                    statuses=tuple(sorted(tally.statuses.items())),
                    ids_ok=len(tally.ids_ok & set(ids)),
                    ids_total=len(ids),
                    fingerprint=tally.digest.hexdigest()[:16],
                    response_seconds=tally.response_seconds,
                )
            )
        return result

    def scrub(self, text: str) -> str:
        for secret in self.target.secrets:
            text = text.replace(secret, TOKEN_PLACEHOLDER)
        return text


def _fuzz_api(
    spec: dict[str, Any],
    target: _Target,
    *,
    max_examples: int,
    seed: int,
    continue_on_failure: bool,
) -> _Run:
    run = _Run(target=target)
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
                    # _KEEP_GENERATED_ID keeps a generated id on purpose (404, 400): ids captured
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
        passes = tuple(_without_response_data(overrides) for overrides in passes)
    for overrides in passes:
        _engine_pass(spec, target, run, overrides, max_examples, seed, continue_on_failure)
    return run


def _without_response_data(overrides: Mapping[str, Any]) -> dict[str, Any]:
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


def _config(
    spec: Mapping[str, Any],
    target: _Target,
    overrides: Mapping[str, Any],
    max_examples: int,
    seed: int,
    continue_on_failure: bool,
) -> Any:
    from schemathesis.config import SchemathesisConfig

    checks: dict[str, Any] = {"enabled": True, "max_response_time": MAX_RESPONSE_TIME}
    if target.live:
        # Other methods than the safe reads are never sent to a vendor's server.
        checks["unsupported_method"] = {"enabled": False}
    schemes = _resolve(spec, spec.get("components", {}).get("securitySchemes", {})) or {}
    auth = {
        name: {"bearer": target.token}
        for name, scheme in schemes.items()
        if _resolve(spec, scheme).get("type") == "http"
        and _resolve(spec, scheme).get("scheme") == "bearer"
    }
    data: dict[str, Any] = {
        "seed": seed,
        # A busy machine (CI, 2 shared cores) must not turn into a failed run: generation speed
        # is not what is being tested.
        "suppress-health-check": ["too_slow"],
        "base-url": target.base_url,
        "workers": 1,
        "continue-on-failure": continue_on_failure,
        "request-timeout": 30,
        "checks": checks,
        "phases": overrides["phases"],
        "generation": {
            "max-examples": max_examples,
            "database": "none",
            **overrides["generation"],
        },
        "output": {"sanitization": {"enabled": True}},
    }
    if target.token and auth:
        data["auth"] = {"openapi": auth}
    if target.live:
        data["rate-limit"] = LIVE_RATE_LIMIT
    return SchemathesisConfig.from_dict(data)


def _engine_pass(
    spec: dict[str, Any],
    target: _Target,
    run: _Run,
    overrides: Mapping[str, Any],
    max_examples: int,
    seed: int,
    continue_on_failure: bool,
) -> None:
    import schemathesis
    from schemathesis.engine import from_schema

    config = _config(spec, target, overrides, max_examples, seed, continue_on_failure)
    loaded = schemathesis.openapi.from_dict(copy.deepcopy(spec), config=config)
    schema: Any = loaded.include(operation_id=[op.operation_id for op in target.operations])
    by_label = {op.label: op for op in target.operations}
    _install_hooks(schema, target, by_label)
    with contextlib.ExitStack() as stack:
        if target.app is not None:
            stack.enter_context(_in_process(schema, target.app))
        stack.enter_context(_gc_frozen())
        _consume(from_schema(schema).execute(), target, run, by_label)


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_ours = False


@contextlib.contextmanager
def _gc_frozen() -> Iterator[None]:
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


def _consume(
    engine_events: Iterator[Any], target: _Target, run: _Run, by_label: Mapping[str, _Operation]
) -> None:
    from schemathesis.engine import events

    for event in engine_events:
        if isinstance(event, events.ScenarioFinished):
            _record(run, by_label, event.recorder)
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


# -- in-process transport -------------------------------------------------------------------------


@contextlib.contextmanager
def _in_process(schema: Any, app: Any) -> Iterator[None]:
    """While open, `schema` sends its requests to the ASGI `app` in-process.

    schemathesis' own ASGI transport builds a requests session for every request, reads the
    proxy settings from the environment for each, and hands each request twice to an event loop
    in a helper thread: about 0.3 ms of a 0.65 ms round trip to the simulator, whose own answer
    takes 0.05 ms. Here the schema keeps the requests transport schemathesis uses over HTTP (the
    same serialisation, headers, auth, redirects; cookies dropped after every request) on one
    long-lived session per thread, and only the adapter under it changes: it calls the app on an
    event loop of the calling thread. Like httpx's `ASGITransport` (which reads
    `/_simulator/state`), it sends no lifespan events.

    The schema has no `app`, so schemathesis does not mix literals from the app's Python source
    into the generated values (it would with one, and only in-process). In-process and HTTP runs
    still differ in one respect: schemathesis' probes (a null byte in a header, decoder-unsafe
    characters in the path) bypass transports and go to `http://testserver` over the network,
    fail, and make it leave those characters out in-process, while uvicorn over HTTP takes the
    path ones.
    """
    import requests
    import urllib3
    from schemathesis.transport.requests import (
        REQUESTS_TRANSPORT,
        ManagedCookiesSession,
        RequestsTransport,
    )

    lock = threading.Lock()
    opened: list[tuple[Any, asyncio.AbstractEventLoop]] = []
    local = threading.local()

    class AppAdapter(requests.adapters.BaseAdapter):
        """A requests adapter that answers from the app instead of a socket."""

        def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
            super().__init__()
            self.loop = loop

        def send(
            self,
            request: Any,
            stream: bool = False,
            timeout: Any = None,
            verify: Any = True,
            cert: Any = None,
            proxies: Any = None,
        ) -> Any:
            read_timeout = timeout[1] if isinstance(timeout, tuple) else timeout
            scope = _asgi_scope(request.method, request.url, request.headers)
            call = _asgi_call(app, scope, _request_body(request.body), read_timeout)
            try:
                status, headers, content = self.loop.run_until_complete(call)
            except TimeoutError:
                message = f"the in-process app did not answer within {read_timeout}s"
                raise requests.exceptions.ReadTimeout(message, request=request) from None
            reason = _reason(status)
            raw_headers = urllib3.HTTPHeaderDict()
            for name, value in headers:
                raw_headers.add(name, value)
            raw = urllib3.HTTPResponse(
                body=io.BytesIO(b"" if request.method == "HEAD" else content),
                headers=raw_headers,
                status=status,
                version=11,
                reason=reason,
                preload_content=False,
                request_method=request.method,
            )
            # What `HTTPAdapter.build_response` does, minus cookies: they are dropped after every
            # request anyway, and the recorded response keeps its `Set-Cookie` headers.
            response = requests.Response()
            response.status_code = status
            response.headers = requests.structures.CaseInsensitiveDict(raw_headers)
            response.encoding = requests.utils.get_encoding_from_headers(response.headers)
            response.raw = raw
            response.reason = reason
            response.url = request.url
            response.request = request
            return response

        def close(self) -> None:
            pass

    def thread_session() -> Any:
        session = getattr(local, "session", None)
        if session is None:
            loop = asyncio.new_event_loop()
            session = ManagedCookiesSession()
            session.trust_env = False  # no proxies or .netrc to look up: there is no network
            adapter = AppAdapter(loop)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            with lock:
                opened.append((session, loop))
            local.session = session
        return session

    class AppTransport(RequestsTransport):
        def send(self, case: Any, *, session: Any = None, **kwargs: Any) -> Any:
            own = thread_session()
            # What the engine's session carries (config headers, auth, cookies) goes along, as
            # schemathesis' ASGI transport does with its per-request session.
            if session is None:
                own.headers, own.auth = requests.utils.default_headers(), None
            else:
                own.headers, own.auth = session.headers, session.auth
                own.cookies.update(session.cookies)
            kwargs.pop("app", None)
            return super().send(case, session=own, **kwargs)

    transport = AppTransport()
    transport._copy_serializers_from(REQUESTS_TRANSPORT)
    original = type(schema)
    schema.__class__ = type(
        f"InProcess{original.__name__}", (original,), {"transport": property(lambda _: transport)}
    )
    try:
        yield
    finally:
        schema.__class__ = original
        with lock:
            for session, loop in opened:
                session.close()
                pending = asyncio.all_tasks(loop)
                if pending:  # whatever the app left running
                    for task in pending:
                        task.cancel()
                    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()


def _asgi_scope(method: str, url: str, headers: Mapping[str, Any]) -> dict[str, Any]:
    """The ASGI scope of a request, as a server on `url`'s host would build it."""
    parts = urlsplit(url)
    default_port = 443 if parts.scheme == "https" else 80
    host = parts.hostname or ""
    port = parts.port or default_port
    shown = f"[{host}]" if ":" in host else host
    raw: list[tuple[bytes, bytes]] = []
    if not any(name.lower() == "host" for name in headers):
        raw.append((b"host", (shown if port == default_port else f"{shown}:{port}").encode()))
    raw += [(_latin1(name).lower(), _latin1(value)) for name, value in headers.items()]
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": parts.scheme,
        "path": unquote(parts.path),
        "raw_path": parts.path.encode(),
        "root_path": "",
        "query_string": parts.query.encode(),
        "headers": raw,
        "client": ("testclient", 50000),
        "server": (host, port),
        "state": {},
    }


def _latin1(value: str | bytes) -> bytes:
    # Headers travel as latin-1 on the wire; the app gets the octets a server would give it.
    return value if isinstance(value, bytes) else value.encode("latin-1")


def _request_body(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    return b"".join(c.encode("utf-8") if isinstance(c, str) else bytes(c) for c in body)


async def _asgi_call(
    app: Any, scope: dict[str, Any], body: bytes, timeout: float | None
) -> tuple[int, list[tuple[str, str]], bytes]:
    """Call the app once: (status, headers, body) of its answer, or TimeoutError."""
    answered = asyncio.Event()
    received = False
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal received
        if received:
            await answered.wait()
            return {"type": "http.disconnect"}
        received = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))
            if not message.get("more_body", False):
                answered.set()

    async with asyncio.timeout(timeout):
        await app(scope, receive, send)
    if "status" not in start:
        raise RuntimeError("the in-process app returned without starting a response")
    headers = [
        (bytes(name).decode("latin-1"), bytes(value).decode("latin-1"))
        for name, value in start.get("headers", [])
    ]
    return int(start["status"]), headers, b"".join(chunks)


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _install_hooks(schema: Any, target: _Target, by_label: Mapping[str, _Operation]) -> None:
    from schemathesis import auths
    from schemathesis.core.parameters import ParameterLocation

    def before_add_examples(context: Any, examples: list[Any]) -> None:
        operation = context.operation
        op = by_label.get(operation.label)
        if op is None or op.id_parameter is None:
            return
        for value in target.ids.get(op.operation_id, ()):
            for query in _flag_combinations(op):
                case = operation.Case(
                    path_parameters={op.id_parameter: value},
                    query={**op.required_query, **query},
                    headers={**op.required_headers, **target.headers},
                )
                auths.set_on_case(
                    case, auths.AuthContext(operation=operation, app=operation.app), None
                )
                examples.append(case)

    def map_case(context: Any, case: Any) -> Any:
        op = by_label.get(case.operation.label)
        if op is None:
            return case
        meta = case.meta
        ids = target.ids.get(op.operation_id, ())
        # Ids from the environment are for reads: a probe with another method (the coverage
        # phase's undeclared methods) keeps its generated id.
        read = not target.unsafe or str(case.method).lower() in _SAFE_METHODS
        if (
            op.id_parameter is not None
            and ids
            and read
            and not (meta is not None and meta.is_negative_at(ParameterLocation.PATH))
        ):
            key = _case_key(case)
            if key % _KEEP_GENERATED_ID:
                case.path_parameters = {
                    **case.path_parameters,
                    op.id_parameter: ids[key % len(ids)],
                }
        if target.headers and not (
            meta is not None and meta.is_negative_at(ParameterLocation.HEADER)
        ):
            case.headers = {**(case.headers or {}), **target.headers}
        return case

    def filter_case(context: Any, case: Any) -> bool:
        # schemathesis 4.32.5's coverage phase labels some cases positive although it marks one
        # of their parts negative itself (e.g. `x-extend-api-version: 0` against a YYYY-MM-DD
        # pattern in a "default_positive_test"); such a case is neither, so it is not sent.
        meta = case.meta
        return not (
            meta is not None
            and meta.generation.mode.is_positive
            and any(component.mode.is_negative for component in meta.components.values())
        )

    schema.hook(before_add_examples)
    schema.hook(filter_case)
    schema.hook(map_case)


def _flag_combinations(op: _Operation) -> Iterator[dict[str, str]]:
    flags = op.flags
    if not flags:
        yield {}
        return
    if len(flags) <= _MAX_FLAG_COMBINATIONS:
        for values in itertools.product((False, True), repeat=len(flags)):
            yield {name: _wire(value) for name, value in zip(flags, values, strict=True)}
        return
    yield {}
    yield dict.fromkeys(flags, "true")
    for name in flags:
        yield {name: "true"}


def _case_key(case: Any) -> int:
    """A number computed from the case's own content: the same case always gets the same id."""
    headers = sorted(
        (k, v) for k, v in (case.headers or {}).items() if k.lower() != "authorization"
    )
    material = json.dumps(
        [case.method, case.path_parameters, case.query, headers],
        sort_keys=True,
        default=repr,
    )
    return zlib.crc32(material.encode("utf-8", "surrogatepass"))


def _record(run: _Run, by_label: Mapping[str, _Operation], recorder: Any) -> None:
    from schemathesis.engine import Status

    op = by_label.get(recorder.label)
    label = op.label if op is not None else str(recorder.label)
    tally = run.tallies.setdefault(label, _Tally())
    for case_id, node in recorder.cases.items():
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        if node.parent_id is not None:
            tally.probes += 1
            continue
        if response is None:
            continue
        tally.cases += 1
        tally.response_seconds += response.elapsed
        tally.statuses[response.status_code] += 1
        tally.digest.update(f"{interaction.request.method} {interaction.request.uri}\n".encode())
        if 200 <= response.status_code < 300:
            tally.ok += 1
            if op is not None and op.id_parameter is not None:
                tally.ids_ok.add(str(node.value.path_parameters.get(op.id_parameter)))
    for case_id, checks in recorder.checks.items():
        for check in checks:
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            key = (label, check.name, str(failure.title))
            if key in run._seen:
                continue
            run._seen.add(key)
            failing_id = failure.case_id or case_id
            interaction = recorder.interactions.get(failing_id) or recorder.interactions.get(
                case_id
            )
            curl = _curl(run, interaction.request) if interaction is not None else ""
            run.failures.append(
                FuzzFailure(
                    api=run.target.api,
                    operation_id=op.operation_id if op is not None else label,
                    label=label,
                    check=check.name,
                    title=run.scrub(str(failure.title)),
                    message=run.scrub(str(failure.message)),
                    curl=curl,
                )
            )


def _curl(run: _Run, request: Any) -> str:
    """A curl command for a recorded request; the token is `$TOKEN`, to be set in the shell."""
    url = str(request.uri)
    if run.target.app is not None and url.startswith(_ASGI_HOST):
        url = MOCK_URL + url[len(_ASGI_HOST) :]
    parts = ["curl", "-X", shlex.quote(str(request.method))]
    for name, values in request.headers.items():
        if name.lower() in _TRANSPORT_HEADERS:
            continue
        for value in values:
            header = f"{name}: {value}" if value else f"{name};"
            if any(secret and secret in header for secret in run.target.secrets):
                # Double quotes so the shell expands $TOKEN; the rest of the header is plain text.
                header = (
                    run.scrub(header).replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
                )
                parts += ["-H", f'"{header}"']
            else:
                parts += ["-H", shlex.quote(header)]
    if request.body:
        body = (
            request.body.decode("utf-8", "replace")
            if isinstance(request.body, bytes)
            else str(request.body)
        )
        parts += ["--data-raw", shlex.quote(run.scrub(body))]
    parts.append(shlex.quote(run.scrub(url)))
    return " ".join(parts)


# -- reports --------------------------------------------------------------------------------------


def _write_junit(result: FuzzResult, path: Path) -> None:
    """One test suite per API, one test case per operation, one <failure> per failed check."""
    root = ElementTree.Element("testsuites", name="docspecs fuzz")
    apis = list(dict.fromkeys(op.api for op in result.operations))
    for api in apis:
        ops = [op for op in result.operations if op.api == api]
        api_failures = [f for f in result.failures if f.api == api]
        api_errors = [
            e for e in result.errors if e.startswith(f"{api} ") or e.startswith(f"{api}:")
        ]
        suite = ElementTree.SubElement(
            root,
            "testsuite",
            name=f"fuzz {api}",
            tests=str(len(ops)),
            failures=str(len({f.operation_id for f in api_failures})),
            errors=str(len(api_errors)),
        )
        properties = ElementTree.SubElement(suite, "properties")
        for name, value in (
            ("seed", result.seed),
            ("max-examples", result.max_examples),
            ("target", result.target),
        ):
            ElementTree.SubElement(properties, "property", name=name, value=str(value))
        for op in ops:
            case = ElementTree.SubElement(
                suite, "testcase", classname=f"fuzz.{api}", name=op.operation_id
            )
            out = ElementTree.SubElement(case, "system-out")
            out.text = (
                f"{op.cases} cases, {op.ok} 2xx ({op.share_ok:.0%}), ids {op.ids_ok}/{op.ids_total}"
            )
            for failure in (f for f in api_failures if f.operation_id == op.operation_id):
                element = ElementTree.SubElement(
                    case, "failure", message=f"{failure.check}: {failure.title}"
                )
                element.text = str(failure)
        for error in api_errors:
            case = ElementTree.SubElement(suite, "testcase", classname=f"fuzz.{api}", name="(run)")
            ElementTree.SubElement(case, "error", message=error.splitlines()[0][:200]).text = error
    ElementTree.indent(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    except OSError as error:
        raise DocspecsError(f"--junit-xml {path}: cannot write ({error.strerror})") from None
