"""Composition: the registered vendors under their mounts plus the `/_simulator` control API."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import Receive, Scope, Send

from docspecs._errors import DocspecsError
from docspecs.simulator._common import Operation, VendorApp, json_response
from docspecs.simulator._faults import (
    RAW_SEND,
    FaultError,
    Faults,
    RateLimiter,
    drop_connection,
    parse_fault,
)
from docspecs.simulator._registry import REGISTRY, Vendor, VendorContext, check_vendors
from docspecs.simulator._state import State

VENDORS = tuple(vendor.name for vendor in REGISTRY)
"""The registered vendors' names, in `REGISTRY` order."""
MOUNTS = {vendor.name: vendor.mount for vendor in REGISTRY}
OPERATIONS: dict[str, tuple[str, ...]] = {
    vendor.name: vendor.operation_ids() for vendor in REGISTRY
}
"""Each registered vendor's operationIds (read from its routes)."""


def default_tokens(seed: int, vendors: Sequence[Vendor] = REGISTRY) -> dict[str, str]:
    """The token each vendor accepts for `seed`: fake, deterministic, shown by `docspecs mock`."""
    return {
        vendor.name: vendor.token_prefix
        + hashlib.sha256(f"docspecs:{vendor.name}:{seed}".encode()).hexdigest()[:32]
        for vendor in vendors
    }


@dataclass(frozen=True)
class Settings:
    seed: int
    reads_until_terminal: int
    page_size: int
    tokens: Mapping[str, str]
    rate_limit: tuple[int, float] | None
    vendors: tuple[Vendor, ...] = REGISTRY


class SimulatorApp:
    """The ASGI application (a Starlette app inside a thin wrapper) and its state.

    `settings`, `state` (seeded resources, read counts), `faults` (pending injected faults) and
    `tokens` / `mounts` / `operations` / `apps` (per vendor) are there for tests that drive the
    simulator from Python.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.vendors = {vendor.name: vendor for vendor in settings.vendors}
        self.tokens = dict(settings.tokens)
        self.mounts = {name: vendor.mount for name, vendor in self.vendors.items()}
        self.state = State(settings.seed, settings.reads_until_terminal, settings.vendors)
        self.faults = Faults()
        self.limiters = {
            name: RateLimiter(*settings.rate_limit) if settings.rate_limit else None
            for name in self.vendors
        }
        self.apps: dict[str, VendorApp] = {
            name: vendor.make_app(
                VendorContext(
                    state=self.state,
                    token=self.tokens[name],
                    before=self._before,
                    rate_limit=self.limiters[name],
                    page_size=settings.page_size,
                )
            )
            for name, vendor in self.vendors.items()
        }
        self.operations = {
            name: tuple(operation.operation_id for operation in app.operations)
            for name, app in self.apps.items()
        }
        control = [
            Route("/state", self._get_state, methods=["GET"]),
            Route("/reset", self._reset, methods=["POST"]),
            Route("/faults", self._faults, methods=["GET", "POST", "DELETE"]),
        ]
        self._by_mount = [(self.mounts[name], app) for name, app in self.apps.items()]
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
                "mount": self.mounts[vendor],
                "token": self.tokens[vendor],
                "resources": self.state.resources(vendor),
            }
            for vendor in self.vendors
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
            try:
                body = await _bounded_body(request)
            except ClientDisconnect:
                # Gone before its body was complete (or closed by the body timeout): no one to
                # answer; the response below goes nowhere.
                return json_response({"error": "the body was not complete"}, 400)
            except FaultError as error:
                return json_response({"error": str(error)}, 400)
            try:
                raw = _control_json(body)
                items = raw if isinstance(raw, list) else [raw]
                faults = [parse_fault(item, self.operations) for item in items]
                self.faults.add(faults)
            except FaultError as error:
                return json_response({"error": str(error)}, 400)
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
        errors = self.vendors[vendor].errors
        response: Response
        if fault.drop:
            await drop_connection(scope.get(RAW_SEND))
            return True
        if fault.status is not None:
            headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            error = errors.for_status(fault.status)
            response = self.apps[vendor].error_response(error, headers, scope["path"])
        elif fault.invalid_body:
            response = json_response(self.vendors[vendor].invalid_body)
        else:
            return False
        await response(scope, receive, send)
        return True


CONTROL_BODY_LIMIT = 1_000_000
"""Bytes a control request's body may have (a list of faults is a few hundred)."""
CONTROL_JSON_DEPTH = 32
"""Nesting a control request's JSON may have (a fault is an object of scalars: depth 2)."""


async def _bounded_body(request: Request) -> bytes:
    """A control request's body, or `FaultError` as soon as it is known to be larger than
    `CONTROL_BODY_LIMIT` (from `Content-Length`, or while it streams in): a huge body is never
    held in memory whole."""
    too_big = FaultError(
        f"the body must be JSON: a fault object or a list of them; got more than "
        f"{CONTROL_BODY_LIMIT} bytes"
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > CONTROL_BODY_LIMIT:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > CONTROL_BODY_LIMIT:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


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
    vendors: Sequence[Vendor] = REGISTRY,
) -> SimulatorApp:
    """The simulator of every registered vendor as one ASGI app.

    - `seed`: which seeded data (same seed, same response bytes).
    - `reads_until_terminal`: reads a moving resource (RUNNING, processing, PENDING, PROCESSING)
      shows its first status for; the next read shows its terminal status. 0 = terminal at once.
    - `page_size`: Instabase files per page (`file_offset` paging).
    - `tokens`: override the accepted token per vendor (Talonic keys must start with `tlnc_`).
    - `rate_limit`: `(requests, seconds)` per vendor; beyond it, 429 with `Retry-After`.
    - `vendors`: what is served (default: `REGISTRY`); a user's own vendor is added with
      `vendors=(*REGISTRY, mine)`. Names are API names, mounts paths outside `/_simulator`,
      both unique, no mount below another (`_registry.check_vendors`).

    Raises `DocspecsError` naming the argument that is out of range.
    """
    if page_size < 1:
        raise DocspecsError(f"page_size must be >= 1 (got {page_size})")
    if reads_until_terminal < 0:
        raise DocspecsError(f"reads_until_terminal must be >= 0 (got {reads_until_terminal})")
    vendors = check_vendors(vendors)
    merged = default_tokens(seed, vendors)
    for name, token in (tokens or {}).items():
        if name not in merged:
            expected = tuple(merged)
            raise DocspecsError(f"tokens: unknown name {name!r}; expected one of {expected}")
        if not token or any(c.isspace() for c in token):
            raise DocspecsError(f"tokens: the {name} token must be non-empty, without spaces")
        merged[name] = token
    for vendor in vendors:
        if not merged[vendor.name].startswith(vendor.required_prefix):
            raise DocspecsError(
                f"tokens: a {vendor.name} token must start with {vendor.required_prefix!r}"
            )
    if rate_limit is not None and (rate_limit[0] < 1 or rate_limit[1] <= 0):
        raise DocspecsError(f"rate_limit must be (requests >= 1, seconds > 0) (got {rate_limit})")
    return SimulatorApp(
        Settings(seed, reads_until_terminal, page_size, merged, rate_limit, vendors)
    )
