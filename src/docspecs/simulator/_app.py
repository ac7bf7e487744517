"""Composition: the three vendors under their mounts plus the `/_simulator` control API."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import Receive, Scope, Send

from docspecs._errors import DocspecsError
from docspecs.simulator import _extend, _instabase, _talonic
from docspecs.simulator._common import ErrorCatalog, Operation, VendorApp, json_response
from docspecs.simulator._faults import (
    RAW_SEND,
    FaultError,
    Faults,
    RateLimiter,
    drop_connection,
    parse_fault,
)
from docspecs.simulator._state import State

VENDORS = ("instabase", "talonic", "extend")
MOUNTS = {"instabase": _instabase.MOUNT, "talonic": _talonic.MOUNT, "extend": _extend.MOUNT}
OPERATIONS: dict[str, tuple[str, ...]] = {
    "instabase": (_instabase.GET_RUN_RESULTS,),
    "talonic": (_talonic.GET_JOB_RESULTS,),
    "extend": (_extend.GET_PROCESSOR_RUN, _extend.GET_CLASSIFY_RUN),
}
_ERRORS: dict[str, ErrorCatalog] = {
    "instabase": _instabase.ERRORS,
    "talonic": _talonic.ERRORS,
    "extend": _extend.ERRORS,
}
_INVALID_BODIES = {
    "instabase": _instabase.INVALID_BODY,
    "talonic": _talonic.INVALID_BODY,
    "extend": _extend.INVALID_BODY,
}
_PREFIXES = {"instabase": "ib_sim_", "talonic": "tlnc_sim_", "extend": "sk_sim_"}


def default_tokens(seed: int) -> dict[str, str]:
    """The token each vendor accepts for `seed`: fake, deterministic, shown by `docspecs mock`."""
    return {
        vendor: prefix + hashlib.sha256(f"docspecs:{vendor}:{seed}".encode()).hexdigest()[:32]
        for vendor, prefix in _PREFIXES.items()
    }


@dataclass(frozen=True)
class Settings:
    seed: int
    reads_until_terminal: int
    page_size: int
    tokens: Mapping[str, str]
    rate_limit: tuple[int, float] | None


class SimulatorApp:
    """The ASGI application (a Starlette app inside a thin wrapper) and its state.

    `settings`, `state` (seeded resources, read counts), `faults` (pending injected faults) and
    `tokens` / `mounts` are there for tests that drive the simulator from Python.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tokens = dict(settings.tokens)
        self.mounts = dict(MOUNTS)
        self.state = State(settings.seed, settings.reads_until_terminal)
        self.faults = Faults()
        self.limiters = {
            vendor: RateLimiter(*settings.rate_limit) if settings.rate_limit else None
            for vendor in VENDORS
        }
        vendors: dict[str, VendorApp] = {
            "instabase": _instabase.make_app(
                self.state,
                self.tokens["instabase"],
                page_size=settings.page_size,
                before=self._before,
                rate_limit=self.limiters["instabase"],
            ),
            "talonic": _talonic.make_app(
                self.state,
                self.tokens["talonic"],
                before=self._before,
                rate_limit=self.limiters["talonic"],
            ),
            "extend": _extend.make_app(
                self.state,
                self.tokens["extend"],
                before=self._before,
                rate_limit=self.limiters["extend"],
            ),
        }
        self._vendors = vendors
        control = [
            Route("/state", self._get_state, methods=["GET"]),
            Route("/reset", self._reset, methods=["POST"]),
            Route("/faults", self._faults, methods=["GET", "POST", "DELETE"]),
        ]
        self._by_mount = [(MOUNTS[v], vendors[v]) for v in VENDORS]
        self.starlette = Starlette(routes=[Mount("/_simulator", routes=control)])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            # Vendor mounts are matched here (any path below them, even one with a newline or
            # a trailing slash, reaches the vendor and its error shape); the rest is Starlette's.
            path: str = scope["path"]
            for mount, vendor in self._by_mount:
                if path.startswith(mount) and (len(path) == len(mount) or path[len(mount)] == "/"):
                    child = {**scope, "path": path[len(mount) :] or "/", RAW_SEND: send}
                    child["root_path"] = scope.get("root_path", "") + mount
                    await vendor(child, receive, send)
                    return
        await self.starlette(scope, receive, send)

    # -- control API ----------------------------------------------------------------------

    def state_json(self) -> dict[str, Any]:
        return {
            vendor: {
                "mount": MOUNTS[vendor],
                "token": self.tokens[vendor],
                "resources": self.state.resources(vendor),
            }
            for vendor in VENDORS
        }

    def reset(self) -> None:
        self.state.reset()
        self.faults.clear()
        for limiter in self.limiters.values():
            if limiter is not None:
                limiter.reset()

    async def _get_state(self, request: Request) -> Response:
        return json_response(self.state_json())

    async def _reset(self, request: Request) -> Response:
        self.reset()
        return json_response({"reset": True})

    async def _faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
            return json_response({"faults": []})
        if request.method == "POST":
            body = await request.body()
            try:
                raw = _control_json(body)
                items = raw if isinstance(raw, list) else [raw]
                faults = [parse_fault(item, OPERATIONS) for item in items]
            except FaultError as error:
                return json_response({"error": str(error)}, 400)
            self.faults.add(faults)
            return json_response({"faults": self.faults.pending()}, 201)
        return json_response({"faults": self.faults.pending()})

    # -- fault hook, called by every vendor after routing ------------------------------------

    async def _before(
        self, vendor: str, operation: Operation, scope: Scope, receive: Receive, send: Send
    ) -> bool:
        fault = self.faults.take(vendor, operation.operation_id)
        if fault is None:
            return False
        if fault.latency_ms:
            await asyncio.sleep(fault.latency_ms / 1000)
        errors = _ERRORS[vendor]
        response: Response
        if fault.drop:
            await drop_connection(scope.get(RAW_SEND))
            return True
        if fault.status is not None:
            headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            response = errors.response(errors.for_status(fault.status), headers)
        elif fault.invalid_body:
            response = json_response(_INVALID_BODIES[vendor])
        else:
            return False
        await response(scope, receive, send)
        return True


CONTROL_BODY_LIMIT = 1_000_000
"""Bytes a control request's body may have (a list of faults is a few hundred)."""
CONTROL_JSON_DEPTH = 32
"""Nesting a control request's JSON may have (a fault is an object of scalars: depth 2)."""


def _control_json(body: bytes) -> Any:
    """The JSON of a control request's body, or `FaultError` saying what is wrong with it.

    Checked before parsing: size, UTF-8 (RFC 8259 section 8.1) and nesting depth, so that no body
    reaches `json.loads` in a form that makes it raise something other than a `ValueError`
    (deep nesting is a `RecursionError`).
    """
    expected = "the body must be JSON: a fault object or a list of them"
    if len(body) > CONTROL_BODY_LIMIT:
        raise FaultError(f"{expected}; got more than {CONTROL_BODY_LIMIT} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FaultError(f"{expected}; the body is not UTF-8 (byte {error.start})") from None
    if _nesting(text) > CONTROL_JSON_DEPTH:
        raise FaultError(f"{expected}; nested deeper than {CONTROL_JSON_DEPTH} levels")
    try:
        return json.loads(text)
    except ValueError as error:
        raise FaultError(f"{expected} ({error})") from None


def _nesting(text: str) -> int:
    """The deepest `[`/`{` nesting of a JSON text (brackets inside strings do not count)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def build_app(
    seed: int = 0,
    *,
    reads_until_terminal: int = 2,
    page_size: int = 2,
    tokens: Mapping[str, str] | None = None,
    rate_limit: tuple[int, float] | None = None,
) -> SimulatorApp:
    """The simulator of all three vendors as one ASGI app.

    - `seed`: which seeded data (same seed, same response bytes).
    - `reads_until_terminal`: reads a moving resource (RUNNING, processing, PENDING, PROCESSING)
      shows its first status for; the next read shows its terminal status. 0 = terminal at once.
    - `page_size`: Instabase files per page (`file_offset` paging).
    - `tokens`: override the accepted token per vendor (Talonic keys must start with `tlnc_`).
    - `rate_limit`: `(requests, seconds)` per vendor; beyond it, 429 with `Retry-After`.
    """
    if page_size < 1:
        raise DocspecsError(f"page_size must be >= 1 (got {page_size})")
    if reads_until_terminal < 0:
        raise DocspecsError(f"reads_until_terminal must be >= 0 (got {reads_until_terminal})")
    merged = default_tokens(seed)
    for vendor, token in (tokens or {}).items():
        if vendor not in merged:
            raise DocspecsError(f"tokens: unknown vendor {vendor!r}; expected one of {VENDORS}")
        if not token or any(c.isspace() for c in token):
            raise DocspecsError(f"tokens: the {vendor} token must be non-empty, without spaces")
        merged[vendor] = token
    if not merged["talonic"].startswith(_talonic.KEY_PREFIX):
        raise DocspecsError("tokens: a Talonic API key must start with 'tlnc_'")
    if rate_limit is not None and (rate_limit[0] < 1 or rate_limit[1] <= 0):
        raise DocspecsError(f"rate_limit must be (requests >= 1, seconds > 0) (got {rate_limit})")
    return SimulatorApp(Settings(seed, reads_until_terminal, page_size, merged, rate_limit))
