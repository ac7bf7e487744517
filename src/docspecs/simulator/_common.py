"""What the vendor modules share: errors as values, request parsing, and a tiny router.

Each vendor module declares its operations (`Operation`: operationId, path pattern, query and
header parameters, handler) and its error catalogue (`ErrorCatalog`: the vendor's error body
shape plus one `ApiError` constant per documented failure). `VendorApp` turns those into an ASGI
application with the same request pipeline for every vendor:

    route (404) -> method (405) -> injected fault -> auth (401) -> rate limit (429)
        -> headers and query (400) -> handler (200, 400, 404)

so every rejection comes back as a 4xx in the vendor's own error shape, never a 5xx.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

JSON = dict[str, Any]


@dataclass(frozen=True)
class ApiError:
    """One failure a vendor answers with: HTTP status, machine code, human message."""

    status: int
    code: str
    message: str

    def with_message(self, message: str) -> ApiError:
        return replace(self, message=message)


def error_request_id(error: ApiError, alphabet: str, length: int) -> str:
    """A request id for an error body, `req_` + `length` characters of `alphabet`.

    Derived from the error itself, not drawn at random, so the same seed gives the same bytes
    (the simulator reads no clock and no entropy); two different errors get different ids.
    """
    digest = int.from_bytes(
        hashlib.sha256(f"{error.status}|{error.code}|{error.message}".encode()).digest()
    )
    chars = []
    for _ in range(length):
        digest, index = divmod(digest, len(alphabet))
        chars.append(alphabet[index])
    return "req_" + "".join(chars)


#: When a simulated error "happened": the simulator reads no clock (same seed, same bytes).
ERROR_TIMESTAMP = "2026-01-01T00:00:00.000Z"


class Rejected(Exception):
    """Raised while handling a request to answer with `error` (in the vendor's shape)."""

    def __init__(self, error: ApiError, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.headers = dict(headers or {})


@dataclass(frozen=True)
class ErrorCatalog:
    """A vendor's error body shape and the errors the shared pipeline needs."""

    shape: Callable[[ApiError], JSON]
    unauthorized: ApiError
    invalid: ApiError
    not_found_route: ApiError
    method_not_allowed: ApiError
    rate_limited: ApiError
    server_errors: Mapping[int, ApiError]
    shape_at: Callable[[ApiError, str], JSON] | None = None
    """The body for an error of a request to a known path (a vendor whose errors name the
    request path, such as Talonic's `path`); `shape` is used when this is None."""

    def for_status(self, status: int) -> ApiError:
        """The error an injected fault with this status answers with."""
        known = {
            401: self.unauthorized,
            400: self.invalid,
            404: self.not_found_route,
            405: self.method_not_allowed,
            429: self.rate_limited,
            **self.server_errors,
        }
        if status in known:
            return known[status]
        return ApiError(status, f"http_{status}", f"Simulated failure with status {status}.")

    def response(
        self, error: ApiError, headers: Mapping[str, str] | None = None, path: str | None = None
    ) -> Response:
        """`error` in the vendor's shape; `path` is the request path below the vendor's mount."""
        if path is not None and self.shape_at is not None:
            return json_response(self.shape_at(error, path), error.status, headers)
        return json_response(self.shape(error), error.status, headers)


def json_response(
    body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """Compact, deterministic JSON (same body, same bytes)."""
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(content, status, dict(headers or {}), media_type="application/json")


# --- parameters -------------------------------------------------------------------------------

Parser = Callable[[str], Any]


def boolean(raw: str) -> bool:
    """`true` or `false`, as OpenAPI query booleans are serialized; anything else is invalid."""
    if raw == "true":
        return True
    if raw == "false":
        return False
    raise ValueError("must be true or false")


_DIGITS = re.compile(r"[0-9]+")


def non_negative_integer(raw: str) -> int:
    """A decimal integer >= 0 (any size: huge values are valid, and clamped by the caller)."""
    if not _DIGITS.fullmatch(raw):
        raise ValueError("must be an integer >= 0")
    if len(raw) > 18:  # beyond any real index; avoid int() on thousands of digits
        return 10**18
    return int(raw)


def any_text(raw: str) -> str:
    return raw


@dataclass(frozen=True)
class Param:
    name: str
    parse: Parser
    required: bool = False


@dataclass(frozen=True)
class Call:
    """A request that passed the shared pipeline: path parameters, parsed query and headers."""

    path: Mapping[str, str]
    query: Mapping[str, Any]
    headers: Mapping[str, Any]


Handler = Callable[[Call], Response]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    query: tuple[Param, ...] = ()
    headers: tuple[Param, ...] = ()


# --- the pipeline -----------------------------------------------------------------------------

Hook = Callable[[str, Operation, Scope, Receive, Send], Awaitable[bool]]
"""Called after routing with (vendor, operation, scope, receive, send); True = request answered."""


@dataclass
class VendorApp:
    """One vendor's API as an ASGI app; `scope["path"]` is relative to the vendor's mount."""

    vendor: str
    errors: ErrorCatalog
    operations: tuple[Operation, ...]
    check_token: Callable[[str], bool]
    before: Hook | None = None
    rate_limit: Callable[[], int | None] = field(default=lambda: None)
    answer_headers: Callable[[int], Mapping[str, str]] | None = None
    """Headers the vendor sends on every answer, given its status (Talonic's rate-limit headers);
    a header the answer already has is kept."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._answer(scope, receive, send)
        if response is not None:
            await self._with_answer_headers(response)(scope, receive, send)

    def error_response(
        self, error: ApiError, headers: Mapping[str, str] | None = None, path: str | None = None
    ) -> Response:
        """`error` as this vendor answers it (shape, request path, answer headers)."""
        return self._with_answer_headers(self.errors.response(error, headers, path))

    def _with_answer_headers(self, response: Response) -> Response:
        if self.answer_headers is not None:
            for name, value in self.answer_headers(response.status_code).items():
                response.headers.setdefault(name, value)
        return response

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> Response | None:
        path: str = scope["path"]
        for operation in self.operations:
            match = operation.pattern.fullmatch(path)
            if match:
                break
        else:
            return self.errors.response(
                self.errors.not_found_route.with_message(f"No route for {path!r}."), path=path
            )
        method: str = scope["method"]
        if method not in (operation.method, "HEAD" if operation.method == "GET" else ""):
            allow = "GET, HEAD" if operation.method == "GET" else operation.method
            return self.errors.response(
                self.errors.method_not_allowed.with_message(
                    f"Method {method} is not allowed here; allowed: {allow}."
                ),
                {"Allow": allow},
                path,
            )
        if self.before is not None and await self.before(
            self.vendor, operation, scope, receive, send
        ):
            return None
        headers = Headers(scope=scope)
        if not _bearer_ok(headers.get("authorization"), self.check_token):
            return self.errors.response(self.errors.unauthorized, path=path)
        retry_after = self.rate_limit()
        if retry_after is not None:
            return self.errors.response(
                self.errors.rate_limited, {"Retry-After": str(retry_after)}, path
            )
        try:
            call = Call(
                match.groupdict(),
                _parse_query(scope.get("query_string", b""), operation.query),
                _parse_headers(headers, operation.headers),
            )
            return operation.handler(call)
        except Rejected as rejected:
            return self.errors.response(rejected.error, rejected.headers, path)
        except _Invalid as invalid:
            return self.errors.response(self.errors.invalid.with_message(str(invalid)), path=path)


class _Invalid(Exception):
    pass


def _bearer_ok(value: str | None, check: Callable[[str], bool]) -> bool:
    if not value:
        return False
    scheme, _, token = value.partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip()) and check(token.strip())


def token_checker(expected: str, prefix: str = "") -> Callable[[str], bool]:
    """Constant-time comparison with the one token the simulator accepts for a vendor."""
    wanted = expected.encode()

    def check(token: str) -> bool:
        return token.startswith(prefix) and hmac.compare_digest(token.encode(), wanted)

    return check


def _parse_query(raw: bytes, params: tuple[Param, ...]) -> dict[str, Any]:
    from urllib.parse import parse_qsl

    try:
        pairs = parse_qsl(
            raw.decode("latin-1"), keep_blank_values=True, strict_parsing=False, errors="strict"
        )
    except (UnicodeDecodeError, ValueError):
        raise _Invalid("The query string is not valid (undecodable bytes).") from None
    known = {p.name: p for p in params}
    seen: dict[str, Any] = {}
    for name, value in pairs:
        param = known.get(name)
        if param is None:
            expected = ", ".join(sorted(known)) or "none"
            raise _Invalid(f"Unknown query parameter {_short(name)!r} (accepted: {expected}).")
        if name in seen:
            raise _Invalid(f"Query parameter {name!r} is given more than once.")
        try:
            seen[name] = param.parse(value)
        except ValueError as error:
            raise _Invalid(f"Query parameter {name!r} {error} (got {_short(value)!r}).") from None
    for param in params:
        if param.required and param.name not in seen:
            raise _Invalid(f"Query parameter {param.name!r} is required.")
    return seen


def _parse_headers(headers: Headers, params: tuple[Param, ...]) -> dict[str, Any]:
    parsed: dict[str, Any] = {}
    for param in params:
        values = headers.getlist(param.name)
        if not values:
            if param.required:
                raise _Invalid(f"Header {param.name!r} is required.")
            continue
        if len(values) > 1:
            raise _Invalid(f"Header {param.name!r} is given more than once.")
        try:
            parsed[param.name] = param.parse(values[0])
        except ValueError as error:
            raise _Invalid(f"Header {param.name!r} {error} (got {_short(values[0])!r}).") from None
    return parsed


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "..."
