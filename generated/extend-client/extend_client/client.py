"""The client for the Extend API and its runtime.

- `from_env()` builds an `AuthenticatedClient` from the environment
  (`EXTEND_API_TOKEN`, `EXTEND_BASE_URL`, `EXTEND_API_VERSION`).
- Every call is retried on 408, 409, 429, any 5xx and connection errors when its method is
  idempotent, with exponential back-off and jitter; `retry-after-ms` or `Retry-After` is honoured
  up to `max_retry_after` seconds.
  `max_retries` (default 2), `deadline` (seconds for the whole call, retries included) and
  `timeout` are set per client and per call (`RequestOptions`).
- `deadline` bounds the whole call: connecting, every attempt, back-off, and reading the body
  (a body trickled byte by byte is cut off once the deadline passes: `errors.APITimeoutError`).
- `max_response_bytes` (default `DEFAULT_MAX_RESPONSE_BYTES`, 64 MiB) bounds the body a call
  reads into memory: a larger declared `Content-Length` is refused before reading, and reading
  stops as soon as more arrived (`errors.ResponseTooLargeError`, which never shows the body).
- Every failure is one of the `errors` classes (see its docstring for the tree): a non-2xx
  status, no usable response, a 2xx body that is not what the spec says, a closed client.
- The token is stripped of surrounding whitespace and refused when it holds any other whitespace
  or control character; it is never part of a repr, a log record (httpx's and httpcore's DEBUG
  logs included, where a server may echo it in a header) or an exception message.
- Each tag of the spec is a resource namespace on `AuthenticatedClient` (`client.<tag>.<method>`,
  coroutines on `AsyncAuthenticatedClient`); paged operations return `Page` / `AsyncPage`.
- Every request sends `User-Agent: USER_AGENT`; a closed client raises `errors.ClientClosedError`.
- `verify_webhook()` checks a webhook delivery's signature and timestamp and parses its event.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import platform
import random
import socket
import ssl
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from enum import Enum
from importlib import metadata
from typing import Any, Final, Generic, ParamSpec, Self, TypeVar, overload

import httpx
from attrs import define, evolve, field, fields

from . import _capture, errors
from .types import UNSET, Unset

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "REGIONS",
    "USER_AGENT",
    "VERSION",
    "AsyncAuthenticatedClient",
    "AsyncPage",
    "AuthenticatedClient",
    "Client",
    "Page",
    "RequestOptions",
    "WebhookEvent",
    "async_from_env",
    "from_env",
    "verify_webhook",
]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

#: The environment variable holding the API token.
TOKEN_ENV: Final = "EXTEND_API_TOKEN"
#: The environment variable that overrides the base URL.
BASE_URL_ENV: Final = "EXTEND_BASE_URL"
#: The first server of the spec; `from_env()` uses it unless a region or base URL is given.
DEFAULT_BASE_URL: Final[str | None] = "https://api.extend.ai"
#: Region name -> server URL, from the servers of the spec.
REGIONS: Final[Mapping[str, str]] = {
    "us1": "https://api.extend.ai",
    "us2": "https://api.us2.extend.app",
    "eu1": "https://api.eu1.extend.ai",
}
#: Headers sent with every request unless overridden (defaults of the spec's header parameters).
DEFAULT_HEADERS: Final[Mapping[str, str]] = {
    "x-extend-api-version": "2026-02-09",
}
#: Header name -> environment variable that sets it in `from_env()`.
HEADER_ENV: Final[Mapping[str, str]] = {
    "x-extend-api-version": "EXTEND_API_VERSION",
}


def _version() -> str:
    try:
        return metadata.version("extend-client")
    except metadata.PackageNotFoundError:  # imported from a source tree, not installed
        return "0+unknown"


#: This package's version, from its installed metadata.
VERSION: Final = _version()
#: Sent as `User-Agent` with every request (a `User-Agent` in `headers` replaces it), so the
#: vendor sees which client and version called.
USER_AGENT: Final = (
    f"extend-client/{VERSION} (python {platform.python_version()}; httpx {httpx.__version__})"
)

#: 60 s to read a response (large run results take a while), 10 s to connect.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
#: The longest `Retry-After` the client waits for; a longer one is raised as `RateLimitError`.
DEFAULT_MAX_RETRY_AFTER: Final = 60.0
#: The largest response body a client reads, in bytes (64 MiB), counted after decompression; a
#: larger one raises `errors.ResponseTooLargeError`. Set per client (`max_response_bytes=`,
#: None: no limit).
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
_BACKOFF_BASE: Final = 0.5
_BACKOFF_MAX: Final = 8.0
#: Statuses worth another attempt of an idempotent request (and every status from 500 on): the
#: server timed out waiting (408), a concurrent change (409), a rate limit (429).
_RETRY_STATUSES: Final = frozenset({408, 409, 429})
_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_RETRY_EXCEPTIONS: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
)
_PLAN: Final = "docspecs.retry_plan"
_ATTEMPTS: Final = "docspecs.attempts"
#: The loggers whose records may show what a server sent (httpcore logs response headers at
#: DEBUG): tokens are redacted from them.
_REDACTED_LOGGERS: Final = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    __name__,
)


#: Tokens at least this long are redacted from log records and errors: shorter strings are too
#: common to replace everywhere (a one-letter test token would mangle every message), and no
#: vendor issues tokens that short.
_MIN_REDACTED_SECRET: Final = 8


class _RedactSecrets(logging.Filter):
    """Replaces every registered token in a log record's message by `[redacted]`.

    One instance per package, installed on `_REDACTED_LOGGERS` when the module is imported:
    loggers are process-wide, so the set of tokens to hide is too (every `AuthenticatedClient`
    adds its own, when it has at least 8 characters). A filter on the emitting loggers, not on
    a handler, covers every handler an application adds.
    """

    def __init__(self) -> None:
        super().__init__()
        # Replaced, never mutated, so a record logged on another thread sees a whole set.
        self._secrets: frozenset[str] = frozenset()

    def add(self, secret: str) -> None:
        if len(secret) >= _MIN_REDACTED_SECRET:
            as_bytes = repr(secret.encode("utf-8"))[2:-1]  # as a bytes repr shows it
            self._secrets = self._secrets | {secret, as_bytes}

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            message = record.getMessage()
            redacted = errors.redact(message, self._secrets)
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


_LOG_REDACTION: Final = _RedactSecrets()
for _name in _REDACTED_LOGGERS:
    logging.getLogger(_name).addFilter(_LOG_REDACTION)


class _Secret:
    """A string that never shows itself: repr and str print a mask."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'**********'" if self._value else "''"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _masked(headers: Mapping[str, str]) -> str:
    """Headers as httpx shows them: authorization values masked."""
    return repr(httpx.Headers(dict(headers)))


def _to_secret(value: str | _Secret) -> _Secret:
    """The token as a `_Secret`: surrounding whitespace (a secrets file's trailing newline) is
    stripped; any other whitespace or control character is refused with
    `errors.ConfigurationError` (which shows the position, never the token)."""
    if isinstance(value, _Secret):
        return value
    if not isinstance(value, str):
        raise errors.ConfigurationError(f"the token must be a string, not {type(value).__name__}")
    token = value.strip()
    for position, char in enumerate(token):
        if not "\x21" <= char <= "\x7e":
            raise errors.ConfigurationError(
                f"the token holds a whitespace, control or non-ASCII character at position "
                f"{position} (of {len(token)}); tokens are printable ASCII without spaces"
            )
    _LOG_REDACTION.add(token)
    return _Secret(token)


class _TokenAuth(httpx.Auth):
    """Adds the authorization header to each request, keeping the token out of client headers."""

    def __init__(self, token: _Secret, header: str, prefix: str) -> None:
        self._token = token
        self._header = header
        self._prefix = prefix

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self._header!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token.reveal()
        if token:
            request.headers[self._header] = f"{self._prefix} {token}" if self._prefix else token
        yield request

    def off_origin_guard(self, base_url: str) -> Callable[[httpx.Request], None] | None:
        """A request hook dropping a custom token header from requests that leave the base
        URL's origin (a followed redirect to another host): httpx strips only `Authorization`
        itself. None when the header is `Authorization`."""
        if self._header.lower() == "authorization":
            return None
        origin = httpx.URL(base_url)
        header = self._header

        def guard(request: httpx.Request) -> None:
            url = request.url
            if (url.scheme, url.host, url.port) != (origin.scheme, origin.host, origin.port):
                request.headers.pop(header, None)

        return guard


def _with_guard(
    args: dict[str, Any], auth: httpx.Auth | None, base_url: str, *, is_async: bool
) -> None:
    """Add `_TokenAuth.off_origin_guard` to the `event_hooks` in `args` (httpx client arguments)."""
    guard = auth.off_origin_guard(base_url) if isinstance(auth, _TokenAuth) else None
    if guard is None:
        return
    hooks = {name: list(found) for name, found in dict(args.get("event_hooks") or {}).items()}
    if is_async:
        sync_guard = guard

        async def async_guard(request: httpx.Request) -> None:
            sync_guard(request)

        hooks["request"] = [*hooks.get("request", []), async_guard]
    else:
        hooks["request"] = [*hooks.get("request", []), guard]
    args["event_hooks"] = hooks


@define(frozen=True)
class RequestOptions:
    """Per-call settings; `None` keeps the client's value.

    Attributes:
        max_retries: how many times a failed idempotent request is retried.
        deadline: seconds the whole call may take, retries and back-off included.
        timeout: the httpx timeout of each attempt (seconds or `httpx.Timeout`).
    """

    max_retries: int | None = None
    deadline: float | None = None
    timeout: float | httpx.Timeout | None = None


@define(frozen=True)
class _Plan:
    """The retry settings of one call, resolved from the client and the call's options."""

    max_retries: int
    deadline_at: float | None
    max_retry_after: float

    def remaining(self) -> float | None:
        return None if self.deadline_at is None else self.deadline_at - time.monotonic()

    def delay(
        self, request: httpx.Request, attempt: int, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when the call must not be retried."""
        if attempt >= self.max_retries or request.method.upper() not in _IDEMPOTENT_METHODS:
            return None
        if response is not None and not _retryable(response.status_code):
            return None
        retry_after = _retry_after(response) if response is not None else None
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            wait = retry_after
        else:
            wait = min(_BACKOFF_MAX, _BACKOFF_BASE * 2**attempt) * (0.5 + random.random() / 2)
        remaining = self.remaining()
        if remaining is not None and wait >= remaining:
            return None
        return wait

    def clip_timeout(self, request: httpx.Request) -> None:
        """Shorten the attempt's timeouts so that it cannot outlive the deadline."""
        remaining = self.remaining()
        if remaining is None:
            return
        remaining = max(remaining, 0.001)
        timeouts = dict(request.extensions.get("timeout", {}))
        for key in ("connect", "read", "write", "pool"):
            current = timeouts.get(key)
            timeouts[key] = remaining if current is None else min(current, remaining)
        request.extensions["timeout"] = timeouts


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with `httpx.ReadTimeout` once the call's deadline has passed.

    A blocking read cannot be given a new timeout halfway, so a timer shuts the connection's
    socket down at the deadline (`network_stream`, which httpcore puts in the response's
    extensions), waking the read in progress; the read's failure is then reported as the
    timeout it is. Without a socket (another transport) each chunk is checked against the
    deadline, and each read already waits at most the time left when the attempt started.
    """

    def __init__(
        self,
        inner: httpx.SyncByteStream,
        plan: _Plan,
        request: httpx.Request,
        network_stream: object = None,
    ) -> None:
        self._inner = inner
        self._plan = plan
        self._request = request
        self._timer: threading.Timer | None = None
        sock = _socket_of(network_stream)
        remaining = plan.remaining()
        if sock is not None and remaining is not None:
            self._timer = threading.Timer(max(remaining, 0.0), _shut_down, (sock,))
            self._timer.daemon = True
            self._timer.start()

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._inner:
                _check_deadline(self._plan, self._request)
                yield chunk
        except httpx.TransportError:
            _check_deadline(self._plan, self._request)  # cut off by the timer: a timeout
            raise
        finally:
            self._cancel()

    def close(self) -> None:
        self._cancel()
        self._inner.close()

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _socket_of(network_stream: object) -> socket.socket | None:
    get_extra_info = getattr(network_stream, "get_extra_info", None)
    if get_extra_info is None:
        return None
    sock = get_extra_info("socket")
    return sock if isinstance(sock, socket.socket) else None


def _shut_down(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed: nothing left to wake
        pass


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """The async twin of `_DeadlineStream`."""

    def __init__(self, inner: httpx.AsyncByteStream, plan: _Plan, request: httpx.Request) -> None:
        self._inner = inner
        self._plan = plan
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            _check_deadline(self._plan, self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _check_deadline(plan: _Plan, request: httpx.Request) -> None:
    remaining = plan.remaining()
    if remaining is not None and remaining <= 0:
        raise httpx.ReadTimeout(
            "the call's deadline passed while reading the response", request=request
        )


def _describe(request: dict[str, Any]) -> str:
    return f"{str(request.get('method', '')).upper()} {request.get('url', '')}"


def _retryable(status: int) -> bool:
    return status in _RETRY_STATUSES or status >= 500


def _retry_after(response: httpx.Response) -> float | None:
    return errors.retry_after(response.headers)


def _log_retry(request: httpx.Request, attempt: int, plan: _Plan, wait: float, reason: str) -> None:
    logger.info(
        "retrying %s %s in %.2f s after %s (retry %d of %d)",
        request.method,
        request.url.copy_with(query=None),
        wait,
        reason,
        attempt + 1,
        plan.max_retries,
    )


class _RetryTransport(httpx.BaseTransport):
    """Wraps a transport: retries idempotent requests on 408, 409, 429, 5xx and connection errors."""

    def __init__(self, inner: httpx.BaseTransport, default: Callable[[], _Plan]) -> None:
        self._inner = inner
        self._default = default

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = request.extensions.get(_PLAN)
        if not isinstance(plan, _Plan):
            plan = self._default()
        attempt = 0
        while True:
            plan.clip_timeout(request)
            try:
                response = self._inner.handle_request(request)
            except _RETRY_EXCEPTIONS as error:
                wait = plan.delay(request, attempt, None)
                if wait is None:
                    raise
                _log_retry(request, attempt, plan, wait, type(error).__name__)
            else:
                wait = plan.delay(request, attempt, response)
                if wait is None:
                    response.extensions[_ATTEMPTS] = attempt + 1
                    if plan.deadline_at is not None and isinstance(
                        response.stream, httpx.SyncByteStream
                    ):
                        response.stream = _DeadlineStream(
                            response.stream,
                            plan,
                            request,
                            response.extensions.get("network_stream"),
                        )
                    return response
                response.close()
                _log_retry(request, attempt, plan, wait, f"status {response.status_code}")
            time.sleep(wait)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class _AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `_RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, default: Callable[[], _Plan]) -> None:
        self._inner = inner
        self._default = default

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = request.extensions.get(_PLAN)
        if not isinstance(plan, _Plan):
            plan = self._default()
        attempt = 0
        while True:
            plan.clip_timeout(request)
            try:
                response = await self._inner.handle_async_request(request)
            except _RETRY_EXCEPTIONS as error:
                wait = plan.delay(request, attempt, None)
                if wait is None:
                    raise
                _log_retry(request, attempt, plan, wait, type(error).__name__)
            else:
                wait = plan.delay(request, attempt, response)
                if wait is None:
                    response.extensions[_ATTEMPTS] = attempt + 1
                    if plan.deadline_at is not None and isinstance(
                        response.stream, httpx.AsyncByteStream
                    ):
                        response.stream = _AsyncDeadlineStream(response.stream, plan, request)
                    return response
                await response.aclose()
                _log_retry(request, attempt, plan, wait, f"status {response.status_code}")
            await asyncio.sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


def _status_value(value: object) -> str | None:
    """A status read from a parsed response as a plain string (enums by value); None when unset."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def within(
    client: Client | AuthenticatedClient, options: RequestOptions | None, seconds: float
) -> RequestOptions:
    """`options` with a deadline of at most `seconds` (the client's or the options' own deadline
    when that is shorter): how a wait helper keeps each poll inside its `timeout`."""
    deadline = client.deadline if options is None or options.deadline is None else options.deadline
    deadline = seconds if deadline is None else min(deadline, seconds)
    return evolve(options or RequestOptions(), deadline=max(deadline, 0.001))


def poll_until(
    fetch: Callable[[float], _T],
    status_of: Callable[[_T], object],
    terminal: frozenset[str],
    *,
    interval: float,
    timeout: float,
    backoff: float,
    max_interval: float,
    what: str,
) -> _T:
    """Call `fetch(seconds_left)` until `status_of` its result is in `terminal`.

    Raises `errors.WaitTimeoutError` once `timeout` seconds have passed, also when the poll in
    flight is still running then (`fetch` gets the seconds left, to use as its deadline).
    """
    started = time.monotonic()
    wait = interval
    status: str | None = None
    while True:
        try:
            result = fetch(timeout - (time.monotonic() - started))
        except errors.APITimeoutError:
            elapsed = time.monotonic() - started
            if elapsed >= timeout:
                raise errors.WaitTimeoutError(what, status, elapsed) from None
            raise
        status = _status_value(status_of(result))
        if status is not None and status in terminal:
            return result
        elapsed = time.monotonic() - started
        if elapsed >= timeout:
            raise errors.WaitTimeoutError(what, status, elapsed)
        time.sleep(min(wait, timeout - elapsed))
        wait = min(max_interval, wait * backoff)


async def apoll_until(
    fetch: Callable[[float], Awaitable[_T]],
    status_of: Callable[[_T], object],
    terminal: frozenset[str],
    *,
    interval: float,
    timeout: float,
    backoff: float,
    max_interval: float,
    what: str,
) -> _T:
    """The async twin of `poll_until`."""
    started = time.monotonic()
    wait = interval
    status: str | None = None
    while True:
        try:
            result = await fetch(timeout - (time.monotonic() - started))
        except errors.APITimeoutError:
            elapsed = time.monotonic() - started
            if elapsed >= timeout:
                raise errors.WaitTimeoutError(what, status, elapsed) from None
            raise
        status = _status_value(status_of(result))
        if status is not None and status in terminal:
            return result
        elapsed = time.monotonic() - started
        if elapsed >= timeout:
            raise errors.WaitTimeoutError(what, status, elapsed)
        await asyncio.sleep(min(wait, timeout - elapsed))
        wait = min(max_interval, wait * backoff)


#: What httpx raises for a request that got no usable response (TooManyRedirects and
#: DecodingError included: they are `httpx.HTTPError`s).
_HTTPX_ERRORS: Final = (httpx.HTTPError, httpx.InvalidURL, httpx.CookieConflict, httpx.StreamError)


def _check_max_response_bytes(instance: object, attribute: object, value: object) -> None:
    """attrs validator: `max_response_bytes` is a positive int or None."""
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
        raise errors.ConfigurationError(
            "max_response_bytes must be a positive number of bytes, or None"
        )


def _declared_length(response: httpx.Response) -> int | None:
    """The response's `Content-Length` as an int; None when absent or not a number."""
    try:
        value = int(response.headers.get("content-length", ""))
    except ValueError:
        return None
    return value if value >= 0 else None


def _too_large(
    response: httpx.Response, limit: int, bytes_read: int, secrets: tuple[str, ...]
) -> errors.ResponseTooLargeError:
    request = response.request
    return errors.ResponseTooLargeError(
        f"{request.method} {request.url.copy_with(query=None)}",
        response.status_code,
        limit=limit,
        content_length=_declared_length(response),
        bytes_read=bytes_read,
        secrets=secrets,
    )


def _read_capped(response: httpx.Response, limit: int | None, secrets: tuple[str, ...]) -> None:
    """Read the body of a streamed `response` (then closed), at most `limit` bytes after
    decompression: `errors.ResponseTooLargeError` as soon as more arrived, or before reading
    when the declared `Content-Length` is already larger."""
    try:
        if limit is None:
            response.read()
            return
        declared = _declared_length(response)
        if declared is not None and declared > limit:
            raise _too_large(response, limit, 0, secrets)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, size, secrets)
            chunks.append(chunk)
        # what httpx's own Response.read() keeps: the body, for .content, .text and .json()
        response._content = b"".join(chunks)
    finally:
        response.close()


async def _aread_capped(
    response: httpx.Response, limit: int | None, secrets: tuple[str, ...]
) -> None:
    """The async twin of `_read_capped`."""
    try:
        if limit is None:
            await response.aread()
            return
        declared = _declared_length(response)
        if declared is not None and declared > limit:
            raise _too_large(response, limit, 0, secrets)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, size, secrets)
            chunks.append(chunk)
        response._content = b"".join(chunks)
    finally:
        await response.aclose()


def _failure(
    request: dict[str, Any], error: Exception, secrets: tuple[str, ...]
) -> errors.APIError:
    """The package error for an httpx failure: a timeout, or any other failure to get a response."""
    if isinstance(error, httpx.TimeoutException):
        return errors.APITimeoutError(_describe(request), error, secrets=secrets)
    return errors.APIConnectionError(_describe(request), error, secrets=secrets)


#: Webhook event type -> the model its payload is documented as.
WEBHOOK_EVENT_MODELS: Final[Mapping[str, str]] = {
    "classify_run.failed": "ClassifyRun",
    "classify_run.processed": "ClassifyRun",
    "processor_run.failed": "ProcessorRun",
    "processor_run.processed": "ProcessorRun",
}
#: Seconds a delivery's timestamp may differ from now (replay protection).
WEBHOOK_TOLERANCE: Final = 300.0


@define(frozen=True)
class WebhookEvent:
    """A verified webhook delivery.

    Attributes:
        event_id: the event's id (`eventId`).
        event_type: its type (`eventType`), a plain string: types this version does not list
            arrive too.
        payload: the payload, the JSON object as sent.
        data: the payload parsed as its documented model (`classify_run.failed`: `ClassifyRun`, `classify_run.processed`: `ClassifyRun`, `processor_run.failed`: `ProcessorRun`, `processor_run.processed`: `ProcessorRun`); None for other types and for a signed-URL payload.
        download_url: the signed URL when the payload is `{"data": "<url>"}` instead.
    """

    event_id: str
    event_type: str
    payload: dict[str, Any] = field(repr=False)
    data: ClassifyRun | ProcessorRun | None = None
    download_url: str | None = field(default=None, repr=False)


def verify_webhook(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = WEBHOOK_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a webhook delivery's signature and timestamp, then parse it.

    Args:
        body: the request body exactly as received (bytes, before any JSON parsing).
        headers: the request headers (any case), with `x-extend-request-timestamp`
            (Unix seconds) and `x-extend-request-signature` (hex HMAC-SHA256 of
            `v0:{timestamp}:{body}`, keyed with `secret`).
        secret: the endpoint's signing secret.
        tolerance: seconds the timestamp may differ from `now` (default 300).
        now: the current Unix time (default `time.time()`; for tests).

    Returns a `WebhookEvent`. Raises `errors.WebhookError` (never showing the secret) when a
    header is missing, the timestamp is not a number or outside the tolerance, the signature
    does not match, or the body is not an event object.
    """
    # A plain case-insensitive lookup: httpx.Headers refuses non-ASCII values with a
    # UnicodeEncodeError, and a hostile sender chooses the header values.
    received = {str(name).lower(): str(value) for name, value in headers.items()}
    timestamp_text = received.get("x-extend-request-timestamp")
    signature = received.get("x-extend-request-signature")
    if not timestamp_text or not signature:
        raise errors.WebhookError(
            "missing x-extend-request-timestamp or x-extend-request-signature header: not a signed delivery"
        )
    try:
        text = timestamp_text.strip()
        if not (text.isascii() and text.isdigit() and len(text) <= 12):
            raise ValueError(text)
        timestamp = int(text)
    except ValueError:
        raise errors.WebhookError(
            f"x-extend-request-timestamp is not a Unix time: {timestamp_text[:40]!r}"
        ) from None
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise errors.WebhookError(
            f"timestamp {timestamp} is {abs(current - timestamp):.0f} s from now "
            f"(tolerance {tolerance:.0f} s): a replay or a wrong clock"
        )
    prefix, _, suffix = "v0:{timestamp}:{body}".partition("{body}")
    signed = prefix.replace("{timestamp}", str(timestamp)).encode() + body + suffix.encode()
    expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    # Compared as bytes: compare_digest refuses non-ASCII str with a TypeError.
    if not hmac.compare_digest(
        expected.encode(), signature.strip().lower().encode("utf-8", "replace")
    ):
        raise errors.WebhookError(
            "the signature does not match the body: not sent by the vendor, or altered"
        )
    return _webhook_event(body)


def _webhook_event(body: bytes) -> WebhookEvent:
    try:
        event = json.loads(body)
    except (ValueError, RecursionError):
        raise errors.WebhookError("the body is not JSON") from None
    if not isinstance(event, dict):
        raise errors.WebhookError(f"the body is a JSON {type(event).__name__}, not an event object")
    event_id, event_type, payload = (
        event.get("eventId"),
        event.get("eventType"),
        event.get("payload"),
    )
    if (
        not isinstance(event_id, str)
        or not isinstance(event_type, str)
        or not isinstance(payload, dict)
    ):
        raise errors.WebhookError(
            "the body lacks eventId, eventType (strings) or payload (an object)"
        )
    if set(payload) == {"data"} and isinstance(payload["data"], str):
        return WebhookEvent(event_id, event_type, payload, None, payload["data"])
    model = WEBHOOK_EVENT_MODELS.get(event_type)
    data: ClassifyRun | ProcessorRun | None = None
    if model == "ClassifyRun":
        try:
            data = ClassifyRun.from_dict(payload)
        except errors.JSONShapeError as error:  # where and what, never the value
            raise errors.WebhookError(
                f"the {event_type} payload is not a valid ClassifyRun: {error}"
            ) from None
        except (
            Exception
        ) as error:  # whatever else a payload of the wrong shape makes the parser raise
            raise errors.WebhookError(
                f"the {event_type} payload is not a valid ClassifyRun ({type(error).__name__})"
            ) from None
    if model == "ProcessorRun":
        try:
            data = ProcessorRun.from_dict(payload)
        except errors.JSONShapeError as error:  # where and what, never the value
            raise errors.WebhookError(
                f"the {event_type} payload is not a valid ProcessorRun: {error}"
            ) from None
        except (
            Exception
        ) as error:  # whatever else a payload of the wrong shape makes the parser raise
            raise errors.WebhookError(
                f"the {event_type} payload is not a valid ProcessorRun ({type(error).__name__})"
            ) from None
    return WebhookEvent(event_id, event_type, payload, data)


_R = TypeVar("_R")
_A = TypeVar("_A")
_I = TypeVar("_I")


class Page(Generic[_R, _I]):
    """One page of a paged operation (the `sync_page` function of its endpoint module).

    Attributes:
        result: the whole parsed response of this page (every field, not only the items).
        items: the items of this page, the list the paging walks.
        offset: the offset this page was requested at.

    `has_next_page()` / `next_page()` step through the pages (`errors.NoNextPageError` past the
    last one); `iter_pages()` yields this page and every later one; iterating over the page
    yields every item of this page and of the later ones, requested as they are reached.
    """

    __slots__ = ("_fetch", "_has_more", "items", "offset", "result")

    def __init__(
        self,
        result: _R,
        items: list[_I],
        offset: int,
        has_more: bool,
        fetch: Callable[[int], Page[_R, _I]],
    ) -> None:
        self.result = result
        self.items = items
        self.offset = offset
        self._has_more = has_more
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """True when the server said more items follow (and this page had some)."""
        return self._has_more and bool(self.items)

    def next_page(self) -> Page[_R, _I]:
        """The next page (requested now); `errors.NoNextPageError` when this is the last."""
        if not self.has_next_page():
            raise errors.NoNextPageError(f"no page after the one at offset {self.offset}")
        return self._fetch(self.offset + len(self.items))

    def iter_pages(self) -> Iterator[Page[_R, _I]]:
        """This page, then every later page, in order."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[_I]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(offset={self.offset}, items={len(self.items)}, "
            f"has_next_page={self.has_next_page()}, result={self.result!r})"
        )


class AsyncPage(Generic[_R, _I]):
    """The async twin of `Page`: `await page.next_page()`, `async for page in
    page.iter_pages()`, `async for item in page`."""

    __slots__ = ("_fetch", "_has_more", "items", "offset", "result")

    def __init__(
        self,
        result: _R,
        items: list[_I],
        offset: int,
        has_more: bool,
        fetch: Callable[[int], Awaitable[AsyncPage[_R, _I]]],
    ) -> None:
        self.result = result
        self.items = items
        self.offset = offset
        self._has_more = has_more
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """True when the server said more items follow (and this page had some)."""
        return self._has_more and bool(self.items)

    async def next_page(self) -> AsyncPage[_R, _I]:
        """The next page (requested now); `errors.NoNextPageError` when this is the last."""
        if not self.has_next_page():
            raise errors.NoNextPageError(f"no page after the one at offset {self.offset}")
        return await self._fetch(self.offset + len(self.items))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_R, _I]]:
        """This page, then every later page, in order."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[_I]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(offset={self.offset}, items={len(self.items)}, "
            f"has_next_page={self.has_next_page()}, result={self.result!r})"
        )


class _Namespace(Generic[_R, _A]):
    """A resource namespace of `AuthenticatedClient`: `client.<resource>` is the sync resource on
    an `AuthenticatedClient`, the async one on an `AsyncAuthenticatedClient`."""

    def __init__(
        self,
        sync: Callable[[AuthenticatedClient], _R],
        asynchronous: Callable[[AuthenticatedClient], _A],
    ) -> None:
        self._sync = sync
        self._async = asynchronous

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncAuthenticatedClient, owner: type[Any]) -> _A: ...
    @overload
    def __get__(self, client: AuthenticatedClient, owner: type[Any]) -> _R: ...
    def __get__(self, client: AuthenticatedClient | None, owner: type[Any]) -> Self | _R | _A:
        if client is None:
            return self
        if isinstance(client, AsyncAuthenticatedClient):
            return self._async(client)
        return self._sync(client)


# The models and types the resource methods name, imported before the methods are defined: a
# parameter's default (`order_by: JobsOrderBy | Unset = JobsOrderBy.CREATED`) is evaluated then.
# The models modules do not import this one, so this is no cycle.
from .models.classify_run import ClassifyRun  # noqa: E402
from .models.processor_run_response import ProcessorRunResponse  # noqa: E402


class ClassifyRunsResource:
    """`client.classify_runs`: the `classify_runs` operations, called on this client.

    - `get(...)`: `GET /classify_runs/{id}`
    - `wait(...)`: poll `get` until the status is final
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ClassifyRun:
        """`GET /classify_runs/{id}`: `api.classify_runs.get_classify_run.sync` on this client
        (the same arguments, result, errors and retries)."""
        return _classify_runs_get_classify_run.sync(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            request_options=request_options,
        )

    def wait(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        interval: float = 1.0,
        timeout: float = 300.0,
        backoff: float = 1.5,
        max_interval: float = 15.0,
        request_options: RequestOptions | None = None,
    ) -> ClassifyRun:
        """`wait_for_classify_run` on this client: poll `get` until `status` is final
        (PROCESSED, FAILED, CANCELLED); `errors.WaitTimeoutError` after `timeout` seconds."""
        return _classify_runs_get_classify_run.wait_for_classify_run(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            interval=interval,
            timeout=timeout,
            backoff=backoff,
            max_interval=max_interval,
            request_options=request_options,
        )


class AsyncClassifyRunsResource:
    """`client.classify_runs` on an `AsyncAuthenticatedClient`: the methods of
    `ClassifyRunsResource` as coroutines."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ClassifyRun:
        """`GET /classify_runs/{id}`: `api.classify_runs.get_classify_run.asyncio` on this client
        (the same arguments, result, errors and retries)."""
        return await _classify_runs_get_classify_run.asyncio(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            request_options=request_options,
        )

    async def wait(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        interval: float = 1.0,
        timeout: float = 300.0,
        backoff: float = 1.5,
        max_interval: float = 15.0,
        request_options: RequestOptions | None = None,
    ) -> ClassifyRun:
        """`wait_for_classify_run_async` on this client: poll `get` until `status` is final
        (PROCESSED, FAILED, CANCELLED); `errors.WaitTimeoutError` after `timeout` seconds."""
        return await _classify_runs_get_classify_run.wait_for_classify_run_async(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            interval=interval,
            timeout=timeout,
            backoff=backoff,
            max_interval=max_interval,
            request_options=request_options,
        )


class ProcessorRunsResource:
    """`client.processor_runs`: the `processor_runs` operations, called on this client.

    - `get(...)`: `GET /processor_runs/{id}`
    - `wait(...)`: poll `get` until the status is final
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProcessorRunResponse:
        """`GET /processor_runs/{id}`: `api.processor_runs.get_processor_run.sync` on this client
        (the same arguments, result, errors and retries)."""
        return _processor_runs_get_processor_run.sync(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            request_options=request_options,
        )

    def wait(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        interval: float = 1.0,
        timeout: float = 300.0,
        backoff: float = 1.5,
        max_interval: float = 15.0,
        request_options: RequestOptions | None = None,
    ) -> ProcessorRunResponse:
        """`wait_for_processor_run` on this client: poll `get` until `processorRun.status` is final
        (PROCESSED, FAILED, CANCELLED); `errors.WaitTimeoutError` after `timeout` seconds."""
        return _processor_runs_get_processor_run.wait_for_processor_run(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            interval=interval,
            timeout=timeout,
            backoff=backoff,
            max_interval=max_interval,
            request_options=request_options,
        )


class AsyncProcessorRunsResource:
    """`client.processor_runs` on an `AsyncAuthenticatedClient`: the methods of
    `ProcessorRunsResource` as coroutines."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProcessorRunResponse:
        """`GET /processor_runs/{id}`: `api.processor_runs.get_processor_run.asyncio` on this client
        (the same arguments, result, errors and retries)."""
        return await _processor_runs_get_processor_run.asyncio(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            request_options=request_options,
        )

    async def wait(
        self,
        id: str,
        *,
        x_extend_api_version: str | Unset = UNSET,
        interval: float = 1.0,
        timeout: float = 300.0,
        backoff: float = 1.5,
        max_interval: float = 15.0,
        request_options: RequestOptions | None = None,
    ) -> ProcessorRunResponse:
        """`wait_for_processor_run_async` on this client: poll `get` until `processorRun.status` is final
        (PROCESSED, FAILED, CANCELLED); `errors.WaitTimeoutError` after `timeout` seconds."""
        return await _processor_runs_get_processor_run.wait_for_processor_run_async(
            id=id,
            x_extend_api_version=x_extend_api_version,
            client=self._client,
            interval=interval,
            timeout=timeout,
            backoff=backoff,
            max_interval=max_interval,
            request_options=request_options,
        )


@define
class Client:
    """A client for the endpoints that need no authentication.

    Keyword arguments: `base_url`, `cookies`, `headers` (default: `DEFAULT_HEADERS`), `timeout`
    (default: `DEFAULT_TIMEOUT`), `verify_ssl`, `follow_redirects`, `httpx_args` (passed to the
    httpx client; a `transport` given there is wrapped by the retrying transport), and the retry
    settings `max_retries`, `deadline` (seconds per call, retries included) and `max_retry_after`.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(
        factory=lambda: dict(DEFAULT_HEADERS), kw_only=True, alias="headers", repr=_masked
    )
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    deadline: float | None = field(default=None, kw_only=True)
    max_retry_after: float = field(default=DEFAULT_MAX_RETRY_AFTER, kw_only=True)
    max_response_bytes: int | None = field(
        default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, validator=_check_max_response_bytes
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self, headers: dict[str, str]) -> Client:
        """A new client matching this one with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Client:
        """A new client matching this one with additional cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Client:
        """A new client matching this one with a new timeout."""
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        deadline: float | None | Unset = UNSET,
        max_retry_after: float | None = None,
        max_response_bytes: int | None | Unset = UNSET,
    ) -> Client:
        """A new client matching this one with other retry settings (or response size limit).

        An argument left out keeps this client's value. `deadline=None` and
        `max_response_bytes=None` remove the deadline or the size limit (None is their "no
        limit"), as on the constructor; `max_retries=None` and `max_retry_after=None` keep the
        current value.
        """
        return evolve(
            self,
            max_retries=self.max_retries if max_retries is None else max_retries,
            deadline=self.deadline if isinstance(deadline, Unset) else deadline,
            max_retry_after=self.max_retry_after if max_retry_after is None else max_retry_after,
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, Unset)
                else max_response_bytes
            ),
        )

    def _plan(self, options: RequestOptions | None = None) -> _Plan:
        max_retries = self.max_retries
        deadline = self.deadline
        if options is not None:
            max_retries = max_retries if options.max_retries is None else options.max_retries
            deadline = deadline if options.deadline is None else options.deadline
        return _Plan(
            max_retries=max(0, max_retries),
            deadline_at=None if deadline is None else time.monotonic() + deadline,
            max_retry_after=self.max_retry_after,
        )

    def _secrets(self) -> tuple[str, ...]:
        return ()

    def _auth(self) -> httpx.Auth | None:
        return None

    def _all_headers(self) -> httpx.Headers:
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._headers)
        return headers

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as is (without this client's retries, headers, timeout)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, built on first use with retries, headers and timeout."""
        if self._client is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            auth = self._auth()
            _with_guard(args, auth, self._base_url, is_async=False)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=auth,
                transport=_RetryTransport(inner, self._plan),
                **args,
            )
        return self._client

    @property
    def is_closed(self) -> bool:
        """True once the client was closed (`with` block left, `close()`, `aclose()`)."""
        return self._closed

    def close(self) -> None:
        """Close the connections of the sync httpx client; later calls raise
        `errors.ClientClosedError`. Closing twice is harmless."""
        self._closed = True
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Use the client in a `with` block, before or after it made requests; leaving the
        block closes it (`close()`). A closed client raises `errors.ClientClosedError`."""
        self._ensure_open()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _ensure_open(self) -> None:
        if self._closed:
            raise errors.ClientClosedError(
                f"this {type(self).__name__} was closed (its with block ended, or close() was "
                "called): build a new client"
            )

    def _open_httpx_client(self) -> httpx.Client:
        self._ensure_open()
        client = self.get_httpx_client()
        if client.is_closed:
            raise errors.ClientClosedError(
                "the httpx.Client of this client was closed: build a new client"
            )
        return client

    def _open_async_httpx_client(self) -> httpx.AsyncClient:
        self._ensure_open()
        client = self.get_async_httpx_client()
        if client.is_closed:
            raise errors.ClientClosedError(
                "the httpx.AsyncClient of this client was closed: build a new client"
            )
        return client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as is (without this client's retries, headers, timeout)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, built on first use with retries and headers."""
        if self._async_client is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            auth = self._auth()
            _with_guard(args, auth, self._base_url, is_async=True)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=auth,
                transport=_AsyncRetryTransport(inner, self._plan),
                **args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the connections of both httpx clients; later calls raise
        `errors.ClientClosedError`. Closing twice is harmless."""
        self._closed = True
        if self._async_client is not None:
            await self._async_client.aclose()
        if self._client is not None:
            self._client.close()

    async def __aenter__(self) -> Self:
        """Use the client in an `async with` block, before or after it made requests; leaving
        the block closes it (`aclose()`). A closed client raises `errors.ClientClosedError`."""
        self._ensure_open()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def _send(
        self, request: dict[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send one request (with retries) and read its body within the deadline.

        Raises `errors.APIStatusError` on a non-2xx response, `errors.APITimeoutError` when an
        attempt timed out or the deadline passed, `errors.APIConnectionError` on any other
        failure to get a response, `errors.ResponseTooLargeError` for a body larger than
        `max_response_bytes`, `errors.ClientClosedError` on a closed client.
        """
        client = self._open_httpx_client()
        timeout: Any = httpx.USE_CLIENT_DEFAULT
        if options is not None and options.timeout is not None:
            timeout = options.timeout
        try:
            extensions = {
                _PLAN: self._plan(options),
                _capture.LIMIT_EXTENSION: self.max_response_bytes,
            }
            built = client.build_request(**request, timeout=timeout, extensions=extensions)
            response = client.send(built, stream=True)
            _read_capped(response, self.max_response_bytes, self._secrets())
        except _HTTPX_ERRORS as error:
            raise _failure(request, error, self._secrets()) from None
        if not response.is_success:
            raise errors.status_error(response, secrets=self._secrets())
        return response

    async def _asend(
        self, request: dict[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """The async twin of `_send`; the deadline also cancels an attempt in flight."""
        client = self._open_async_httpx_client()
        timeout: Any = httpx.USE_CLIENT_DEFAULT
        if options is not None and options.timeout is not None:
            timeout = options.timeout
        plan = self._plan(options)
        try:
            async with asyncio.timeout(plan.remaining()):
                extensions = {_PLAN: plan, _capture.LIMIT_EXTENSION: self.max_response_bytes}
                built = client.build_request(**request, timeout=timeout, extensions=extensions)
                response = await client.send(built, stream=True)
                await _aread_capped(response, self.max_response_bytes, self._secrets())
        except _HTTPX_ERRORS as error:
            raise _failure(request, error, self._secrets()) from None
        except TimeoutError:
            cause = TimeoutError("the call's deadline passed")
            raise errors.APITimeoutError(
                _describe(request), cause, secrets=self._secrets()
            ) from None
        if not response.is_success:
            raise errors.status_error(response, secrets=self._secrets())
        return response


@define
class AuthenticatedClient:
    """A client that sends `Authorization: Bearer <token>` with each request.

    Takes the keyword arguments of `Client` plus `token` (kept out of every repr, log record and
    error message), `prefix` (default `Bearer`) and `auth_header_name`. Use `from_env()` to
    build one from the environment.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(
        factory=lambda: dict(DEFAULT_HEADERS), kw_only=True, alias="headers", repr=_masked
    )
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    deadline: float | None = field(default=None, kw_only=True)
    max_retry_after: float = field(default=DEFAULT_MAX_RETRY_AFTER, kw_only=True)
    max_response_bytes: int | None = field(
        default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, validator=_check_max_response_bytes
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)

    _token: _Secret = field(converter=_to_secret, kw_only=True, alias="token", repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    @property
    def token(self) -> str:
        """The token itself; keep it out of logs."""
        return self._token.reveal()

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        """A new client matching this one with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        """A new client matching this one with additional cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> AuthenticatedClient:
        """A new client matching this one with a new timeout."""
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        deadline: float | None | Unset = UNSET,
        max_retry_after: float | None = None,
        max_response_bytes: int | None | Unset = UNSET,
    ) -> AuthenticatedClient:
        """A new client matching this one with other retry settings (or response size limit).

        An argument left out keeps this client's value. `deadline=None` and
        `max_response_bytes=None` remove the deadline or the size limit (None is their "no
        limit"), as on the constructor; `max_retries=None` and `max_retry_after=None` keep the
        current value.
        """
        return evolve(
            self,
            max_retries=self.max_retries if max_retries is None else max_retries,
            deadline=self.deadline if isinstance(deadline, Unset) else deadline,
            max_retry_after=self.max_retry_after if max_retry_after is None else max_retry_after,
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, Unset)
                else max_response_bytes
            ),
        )

    def _plan(self, options: RequestOptions | None = None) -> _Plan:
        max_retries = self.max_retries
        deadline = self.deadline
        if options is not None:
            max_retries = max_retries if options.max_retries is None else options.max_retries
            deadline = deadline if options.deadline is None else options.deadline
        return _Plan(
            max_retries=max(0, max_retries),
            deadline_at=None if deadline is None else time.monotonic() + deadline,
            max_retry_after=self.max_retry_after,
        )

    def _secrets(self) -> tuple[str, ...]:
        token = self._token.reveal()
        return (token,) if len(token) >= _MIN_REDACTED_SECRET else ()

    def _auth(self) -> httpx.Auth | None:
        return _TokenAuth(self._token, self.auth_header_name, self.prefix)

    def _all_headers(self) -> httpx.Headers:
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._headers)
        return headers

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as is (without this client's retries, headers, timeout)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, built on first use with retries, headers and timeout."""
        if self._client is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            auth = self._auth()
            _with_guard(args, auth, self._base_url, is_async=False)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=auth,
                transport=_RetryTransport(inner, self._plan),
                **args,
            )
        return self._client

    @property
    def is_closed(self) -> bool:
        """True once the client was closed (`with` block left, `close()`, `aclose()`)."""
        return self._closed

    def close(self) -> None:
        """Close the connections of the sync httpx client; later calls raise
        `errors.ClientClosedError`. Closing twice is harmless."""
        self._closed = True
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Use the client in a `with` block, before or after it made requests; leaving the
        block closes it (`close()`). A closed client raises `errors.ClientClosedError`."""
        self._ensure_open()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _ensure_open(self) -> None:
        if self._closed:
            raise errors.ClientClosedError(
                f"this {type(self).__name__} was closed (its with block ended, or close() was "
                "called): build a new client"
            )

    def _open_httpx_client(self) -> httpx.Client:
        self._ensure_open()
        client = self.get_httpx_client()
        if client.is_closed:
            raise errors.ClientClosedError(
                "the httpx.Client of this client was closed: build a new client"
            )
        return client

    def _open_async_httpx_client(self) -> httpx.AsyncClient:
        self._ensure_open()
        client = self.get_async_httpx_client()
        if client.is_closed:
            raise errors.ClientClosedError(
                "the httpx.AsyncClient of this client was closed: build a new client"
            )
        return client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as is (without this client's retries, headers, timeout)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, built on first use with retries and headers."""
        if self._async_client is None:
            args = dict(self._httpx_args)
            inner = args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            auth = self._auth()
            _with_guard(args, auth, self._base_url, is_async=True)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=auth,
                transport=_AsyncRetryTransport(inner, self._plan),
                **args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the connections of both httpx clients; later calls raise
        `errors.ClientClosedError`. Closing twice is harmless."""
        self._closed = True
        if self._async_client is not None:
            await self._async_client.aclose()
        if self._client is not None:
            self._client.close()

    async def __aenter__(self) -> Self:
        """Use the client in an `async with` block, before or after it made requests; leaving
        the block closes it (`aclose()`). A closed client raises `errors.ClientClosedError`."""
        self._ensure_open()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def _send(
        self, request: dict[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send one request (with retries) and read its body within the deadline.

        Raises `errors.APIStatusError` on a non-2xx response, `errors.APITimeoutError` when an
        attempt timed out or the deadline passed, `errors.APIConnectionError` on any other
        failure to get a response, `errors.ResponseTooLargeError` for a body larger than
        `max_response_bytes`, `errors.ClientClosedError` on a closed client.
        """
        client = self._open_httpx_client()
        timeout: Any = httpx.USE_CLIENT_DEFAULT
        if options is not None and options.timeout is not None:
            timeout = options.timeout
        try:
            extensions = {
                _PLAN: self._plan(options),
                _capture.LIMIT_EXTENSION: self.max_response_bytes,
            }
            built = client.build_request(**request, timeout=timeout, extensions=extensions)
            response = client.send(built, stream=True)
            _read_capped(response, self.max_response_bytes, self._secrets())
        except _HTTPX_ERRORS as error:
            raise _failure(request, error, self._secrets()) from None
        if not response.is_success:
            raise errors.status_error(response, secrets=self._secrets())
        return response

    async def _asend(
        self, request: dict[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """The async twin of `_send`; the deadline also cancels an attempt in flight."""
        client = self._open_async_httpx_client()
        timeout: Any = httpx.USE_CLIENT_DEFAULT
        if options is not None and options.timeout is not None:
            timeout = options.timeout
        plan = self._plan(options)
        try:
            async with asyncio.timeout(plan.remaining()):
                extensions = {_PLAN: plan, _capture.LIMIT_EXTENSION: self.max_response_bytes}
                built = client.build_request(**request, timeout=timeout, extensions=extensions)
                response = await client.send(built, stream=True)
                await _aread_capped(response, self.max_response_bytes, self._secrets())
        except _HTTPX_ERRORS as error:
            raise _failure(request, error, self._secrets()) from None
        except TimeoutError:
            cause = TimeoutError("the call's deadline passed")
            raise errors.APITimeoutError(
                _describe(request), cause, secrets=self._secrets()
            ) from None
        if not response.is_success:
            raise errors.status_error(response, secrets=self._secrets())
        return response

    classify_runs = _Namespace(ClassifyRunsResource, AsyncClassifyRunsResource)

    processor_runs = _Namespace(ProcessorRunsResource, AsyncProcessorRunsResource)


@define
class AsyncAuthenticatedClient(AuthenticatedClient):
    """An `AuthenticatedClient` for async code: the same settings, and its resource namespaces
    (`client.classify_runs`, `client.processor_runs`) are coroutines. Build it with
    `async_from_env()` or like `AuthenticatedClient`; the endpoint modules' `asyncio` functions
    accept either class.
    """


def from_env(
    *,
    base_url: str | None = None,
    region: str | None = None,
    api_version: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    deadline: float | None = None,
    headers: Mapping[str, str] | None = None,
    httpx_args: dict[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    capture: str | os.PathLike[str] | None = None,
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
) -> AuthenticatedClient:
    """An `AuthenticatedClient` configured from the environment.

    The token is read from `EXTEND_API_TOKEN` (required: `errors.ConfigurationError` names
    the variable when it is missing or empty; surrounding whitespace is stripped). The base URL
    is, in order: `base_url`, `EXTEND_BASE_URL`, the server of `region` (one of
    "us1", "us2", "eu1"), then `DEFAULT_BASE_URL`; one that is not an absolute http(s) URL raises
    `errors.ConfigurationError` naming where it came from (not its value).
    The environment variable wins over `region=` so that a test suite pointing
    `EXTEND_BASE_URL` at a simulator never sends its token to a real server.
    The `x-extend-api-version` header is taken from `api_version` or `EXTEND_API_VERSION`,
    default `2026-02-09`.
    `environ` replaces `os.environ` (for tests). `capture` (or `_capture.CAPTURE_ENV`) names a
    file to append every exchange to, in the format `docspecs verify` reads, token redacted
    (see `_capture`); off by default; a path that is not a regular file or a new one in an
    existing folder (a named pipe, a device, a folder) raises `errors.ConfigurationError`.
    `max_response_bytes` bounds the body of each response (default 64 MiB; None: no limit).
    """
    env = os.environ if environ is None else environ
    token = env.get(TOKEN_ENV, "").strip()
    if not token:
        raise errors.ConfigurationError(
            f"{TOKEN_ENV} is not set: export {TOKEN_ENV}=<your token> or build "
            "AuthenticatedClient(base_url=..., token=...) yourself"
        )
    url = base_url or env.get(BASE_URL_ENV, "").strip() or None
    if region is not None and region not in REGIONS:
        raise errors.ConfigurationError(
            f"unknown region {region!r}: expected one of {', '.join(sorted(REGIONS))}"
        )
    if url is None and region is not None:
        url = REGIONS[region]
    url = url or DEFAULT_BASE_URL
    if not url:
        raise errors.ConfigurationError(f"no base URL: pass base_url= or set {BASE_URL_ENV}")
    _check_base_url(url, "base_url=" if base_url else BASE_URL_ENV)
    all_headers = dict(DEFAULT_HEADERS)
    for header, variable in HEADER_ENV.items():
        value = env.get(variable, "").strip()
        if value:
            all_headers[header] = value
    if api_version is not None:
        all_headers["x-extend-api-version"] = api_version
    all_headers.update(headers or {})
    return AuthenticatedClient(
        base_url=url,
        token=token,
        headers=all_headers,
        timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
        max_retries=max_retries,
        deadline=deadline,
        max_response_bytes=max_response_bytes,
        httpx_args=_capturing(
            dict(httpx_args or {}),
            capture or env.get(_capture.CAPTURE_ENV),
            "capture=" if capture else _capture.CAPTURE_ENV,
        ),
    )


def _check_base_url(url: str, source: str) -> None:
    """`errors.ConfigurationError` naming `source` unless `url` is an absolute http(s) URL (the
    value is not shown: it may carry credentials)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise errors.ConfigurationError(
            f"{source} is not an absolute http:// or https:// URL (e.g. https://host/path)"
        )


def _capturing(
    args: dict[str, Any], path: str | os.PathLike[str] | None, source: str
) -> dict[str, Any]:
    """httpx arguments whose transport also records each exchange to `path` (when given);
    `errors.ConfigurationError` naming `source` when `path` cannot take a capture (a named pipe,
    a device, a folder, a missing folder: see `_capture.unusable`)."""
    if path:
        why = _capture.unusable(path)
        if why is not None:
            raise errors.ConfigurationError(
                f"{source} {os.fspath(path)}: {why}; give a regular file, or a new file in an "
                "existing folder"
            )
        args["transport"] = _capture.CaptureTransport(path, args.get("transport"))
    return args


_P = ParamSpec("_P")


def _async_twin(build: Callable[_P, AuthenticatedClient]) -> Callable[_P, AsyncAuthenticatedClient]:
    """`build` returning an `AsyncAuthenticatedClient` with the same settings (same arguments)."""

    def build_async(*args: _P.args, **kwargs: _P.kwargs) -> AsyncAuthenticatedClient:
        client = build(*args, **kwargs)
        settings = {
            f.alias or f.name: getattr(client, f.name)
            for f in fields(AuthenticatedClient)
            if f.init
        }
        return AsyncAuthenticatedClient(**settings)

    build_async.__name__ = build_async.__qualname__ = f"async_{build.__name__}"
    build_async.__doc__ = (
        f"`{build.__name__}()` for async code: the same arguments, settings and errors, an "
        "`AsyncAuthenticatedClient` (whose resource namespaces, `client.<resource>.<method>(...)`, "
        "are coroutines)."
    )
    return build_async


#: `from_env()` for async code: the same arguments, an `AsyncAuthenticatedClient`.
async_from_env = _async_twin(from_env)


# The operations the resource namespaces call (and the webhook models), imported after the
# classes above: the endpoint modules import this module.
from .api.classify_runs import get_classify_run as _classify_runs_get_classify_run  # noqa: E402
from .api.processor_runs import get_processor_run as _processor_runs_get_processor_run  # noqa: E402
from .models.processor_run import ProcessorRun  # noqa: E402
