"""Errors raised by the client. Sync and async calls raise the same types.

    APIError
    ├── ConfigurationError        a missing token variable, an unknown region, a malformed token
    ├── ClientClosedError         the client was closed (`with` block left, close()); also a RuntimeError
    ├── APIConnectionError        no usable response: connection refused or dropped, a redirect
    │   │                         loop, an invalid URL, any other HTTP-level failure (after retries)
    │   └── APITimeoutError       an attempt timed out, or the call's deadline passed
    ├── APIStatusError            any non-2xx response: status_code, code, message, request_id
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── RequestTimeoutError       408
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429 (retry_after)
    │   └── ServerError               5xx
    ├── ResponseValidationError   a 2xx body that is not what the spec says (not JSON, HTML,
    │                             empty, wrong shape or JSON type): status_code, content_type,
    │                             excerpt, path (where in the body, e.g. `files[2].id`)
    ├── ResponseTooLargeError     a body larger than the client's max_response_bytes: limit,
    │                             content_length, bytes_read (never the body)
    ├── UnexpectedStatus          a 2xx status the spec does not document
    ├── NoNextPageError           Page.next_page() on the last page; also a LookupError
    ├── WebhookError              verify_webhook(): a bad signature, a stale timestamp, not an event
    ├── JSONShapeError            what a model's `from_dict` raises for a value of the wrong
    │                             JSON type or a missing required property (path, reason; also
    │                             a TypeError); a call turns it into ResponseValidationError
    └── WaitTimeoutError          a wait_for_* helper ran out of time

The vendor's error body is read whatever its shape: `{"message": ...}`,
`{"error": {"code": ..., "message": ...}}` or `{"error": "...", "code": ...}`.

The client's token never reaches an error: wherever a server echoes it (an error `code` or
`message`, `x-request-id`, any header, the body), as sent, percent-encoded or base64-encoded
(standard or URL-safe, alone or as Basic auth's `user:token`), the error's message, attributes
and the response it carries show `[redacted]` instead.
"""

from __future__ import annotations

import base64
import email.utils
import functools
import json
import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Final
from urllib.parse import quote, quote_plus

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "JSONShapeError",
    "NoNextPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookError",
    "redact",
    "retry_after",
    "retry_after_seconds",
    "secret_forms",
    "status_error",
]

#: Response headers that carry the vendor's request id, first match wins.
REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "request-id",
)
_REDACTED: Final = "[redacted]"
#: How many characters of an unexpected body an error shows.
_EXCERPT_CHARS: Final = 120


def retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` (delay-seconds or an HTTP date) in seconds; None when absent or invalid."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return None if math.isnan(seconds) else max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response asks for, in seconds: `retry-after-ms` (milliseconds, as some APIs
    send it) when present and valid, else `Retry-After` (seconds or an HTTP date); None when
    neither says."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            value = float(milliseconds)
        except ValueError:
            value = -1.0
        if math.isfinite(value) and value >= 0:
            return value / 1000
    return retry_after_seconds(headers.get("retry-after"))


#: Base64 runs shorter than this are not redacted: too common to replace everywhere.
_MIN_BASE64_FORM: Final = 8
_URL_SAFE: Final = str.maketrans("+/", "-_")


@functools.lru_cache(maxsize=64)
def secret_forms(secret: str) -> tuple[str, ...]:
    """The texts that give `secret` away, longest first: the secret itself, percent-encoded
    (as a server echoes it inside a URL), and base64-encoded (standard and URL-safe alphabets).

    Base64 forms cover the secret wherever it sits in the encoded bytes (alone, as Basic auth's
    `user:token` or `token:`, inside any other text): for each of the three alignments of the
    secret within base64's 3-byte groups, the run of characters that encode only the secret's
    own bytes. That run is the same with or without padding and whatever precedes or follows
    the secret, so redacting it hides the secret in every such encoding (a character or two at
    either end, mixing the secret's bits with its neighbours', may remain).
    """
    forms = {secret, quote(secret, safe=""), quote_plus(secret, safe="")}
    raw = secret.encode("utf-8")
    for offset in range(3):  # bytes before the secret, modulo 3
        encoded = base64.b64encode(bytes(offset) + raw).decode("ascii")
        start = -(-8 * offset // 6)  # the first character made of the secret's bits only
        end = 8 * (offset + len(raw)) // 6  # past the last one
        core = encoded[start:end]
        if len(core) >= _MIN_BASE64_FORM:
            forms.update((core, core.translate(_URL_SAFE)))
    return tuple(sorted((form for form in forms if form), key=len, reverse=True))


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every occurrence of each non-empty secret replaced by `[redacted]`: as sent,
    percent-encoded, and base64-encoded in either alphabet (see `secret_forms`)."""
    for secret in secrets:
        if secret:
            for form in secret_forms(secret):
                text = text.replace(form, _REDACTED)
    return text


def _redact_value(value: object, secrets: tuple[str, ...]) -> object:
    """A parsed JSON value with every string (keys included) redacted."""
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {redact(str(k), secrets): _redact_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(item, secrets) for item in value]
    return value


def _redacted_response(response: httpx.Response, secrets: tuple[str, ...]) -> httpx.Response:
    """`response` itself, or a copy without the secrets when its headers or body carry one."""
    secrets = tuple(s for s in secrets if s)
    if not secrets:
        return response
    raw = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw]
    body = response.content.decode("utf-8", errors="replace")
    headers = [(redact(k, secrets), redact(v, secrets)) for k, v in raw]
    if headers == raw and redact(body, secrets) == body:
        return response
    # The copy holds the decoded body: its length and encoding headers are the copy's own.
    framing = {"content-length", "content-encoding", "transfer-encoding"}
    return httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in headers if k.lower() not in framing],
        content=redact(body, secrets).encode("utf-8"),
        request=response.request,
        extensions=dict(response.extensions),
    )


def excerpt(content: bytes, secrets: Iterable[str] = ()) -> str:
    """The start of a body as one line of text (at most 120 characters), secrets redacted."""
    secrets = tuple(s for s in secrets if s)
    longest = max((len(s) for s in secrets), default=0)
    text = content[: 4 * (_EXCERPT_CHARS + longest)].decode("utf-8", errors="replace")
    text = " ".join(redact(text, secrets).split())
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 3] + "..."


class APIError(Exception):
    """Base class of every error this client raises."""


_JSON_TYPES: Final[Mapping[type, str]] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def json_type(value: object) -> str:
    """The JSON type of a parsed JSON value ("string", "integer", "null", ...)."""
    name = _JSON_TYPES.get(type(value))
    if name is not None:
        return name
    for kind, kind_name in _JSON_TYPES.items():  # a subclass (an enum member, a Mapping ...)
        if isinstance(value, kind):
            return kind_name
    return "object" if isinstance(value, Mapping) else type(value).__name__


def json_path(path: Iterable[str | int]) -> str:
    """`path` as a JSON path relative to the body: `files[2].id`, `meta["odd key"]`."""
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        elif segment.isidentifier():
            text += f".{segment}" if text else segment
        else:
            text += f"[{json.dumps(segment, ensure_ascii=False)}]"
    return text


class JSONShapeError(APIError, TypeError):
    """A parsed JSON value that does not have the shape the spec gives it: a value of the wrong
    JSON type (a number for a string, `null` where the schema does not allow it, a list for an
    object, ...) or a missing required property. Raised by the models' `from_dict`; a call to
    the API turns it into `ResponseValidationError`. Never shows the offending value.

    Attributes:
        path: where the value is, from the root of what was parsed: keys and array indexes.
        reason: what is wrong, e.g. "expected a string, got integer".
    """

    def __init__(self, reason: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path

    @classmethod
    def wrong_type(cls, expected: str, value: object) -> JSONShapeError:
        """The error for `value` where `expected` (e.g. "a string") belongs."""
        return cls(f"expected {expected}, got {json_type(value)}")

    @classmethod
    def missing(cls, key: str) -> JSONShapeError:
        """The error for a required property `key` that is absent."""
        return cls("required property is missing", (key,))

    def within(self, segment: str | int) -> JSONShapeError:
        """This error, located one level further out (inside `segment`)."""
        self.path = (segment, *self.path)
        return self

    @property
    def json_path(self) -> str:
        """`path` as a JSON path (`files[2].id`); "" at the root."""
        return json_path(self.path)

    def __str__(self) -> str:
        where = self.json_path
        return f"{where}: {self.reason}" if where else self.reason


class ConfigurationError(APIError):
    """The client cannot be configured (a missing environment variable, an unknown region)."""


class ClientClosedError(APIError, RuntimeError):
    """The client was closed (its `with` block ended, or `close()`/`aclose()` was called): build
    a new client. Also a `RuntimeError`, what httpx raises for a closed client."""


class APIConnectionError(APIError):
    """No usable response was received (after the retries the call allowed).

    Attributes:
        request: the request as `METHOD url`.
        cause: the underlying exception (httpx's, or `TimeoutError` for a passed deadline).
    """

    def __init__(self, request: str, cause: BaseException, *, secrets: Iterable[str] = ()) -> None:
        secrets = tuple(secrets)
        self.request = redact(request, secrets)
        self.cause = cause
        detail = redact(str(cause), secrets)
        super().__init__(
            f"{self.request}: {type(cause).__name__}" + (f": {detail}" if detail else "")
        )


class APITimeoutError(APIConnectionError):
    """An attempt timed out (after the retries the call allowed)."""


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        code: the vendor's error code, when the body has one.
        message: the vendor's error message, when the body has one.
        request_id: the vendor's request id, when a response header carries one.
        body: the parsed JSON body (None when it is not JSON).
        response: the httpx response.
        attempts: how many attempts the call made (retries included).
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        code: str | None,
        message: str | None,
        request_id: str | None,
        body: object,
        attempts: int,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body
        self.attempts = attempts
        request = response.request
        parts = [f"{response.status_code} {response.reason_phrase}".strip()]
        parts.append(f"for {request.method} {request.url.copy_with(query=None)}")
        text = " ".join(parts)
        if message:
            text += f": {message}"
        details = [
            f"{key}={value}" for key, value in (("code", code), ("request_id", request_id)) if value
        ]
        if details:
            text += f" ({', '.join(details)})"
        super().__init__(text)


class BadRequestError(APIStatusError):
    """400: the request was invalid."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class RequestTimeoutError(APIStatusError):
    """408: the server gave up waiting for the request (retried when idempotent)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the wait the server asked for, in seconds
    (`retry-after-ms` or `Retry-After`)."""

    @property
    def retry_after(self) -> float | None:
        return retry_after(self.response.headers)


class ServerError(APIStatusError):
    """5xx: the server failed."""


class ResponseTooLargeError(APIError):
    """A response whose body is larger than the client's `max_response_bytes`: refused before
    reading when its `Content-Length` says so, else as soon as more bytes arrived (counted after
    decompression, which httpx does one network read at a time: a compressed body may overshoot
    the limit by what one read, at most 64 KiB on the wire, expands to). The body is never shown.

    Attributes:
        request: the request as `METHOD url` (without its query).
        status_code: the HTTP status of the response.
        limit: the `max_response_bytes` in force, in bytes.
        content_length: the declared `Content-Length`, None when absent.
        bytes_read: the bytes read before stopping (0: refused on `Content-Length` alone).
    """

    def __init__(
        self,
        request: str,
        status_code: int,
        *,
        limit: int,
        content_length: int | None,
        bytes_read: int,
        secrets: Iterable[str] = (),
    ) -> None:
        self.request = redact(request, tuple(secrets))
        self.status_code = status_code
        self.limit = limit
        self.content_length = content_length
        self.bytes_read = bytes_read
        declared = (
            "no Content-Length" if content_length is None else f"Content-Length {content_length}"
        )
        read = "refused before reading" if bytes_read == 0 else f"stopped after {bytes_read} bytes"
        super().__init__(
            f"{status_code} response to {self.request} is larger than max_response_bytes "
            f"({limit} bytes): {declared}, {read}"
        )


class ResponseValidationError(APIError):
    """A 2xx response whose body is not what the spec describes: not JSON, an HTML page, an
    empty body, or JSON of the wrong shape.

    Attributes:
        status_code: the HTTP status.
        content_type: the response's `Content-Type` ("" when absent).
        excerpt: the start of the body, one line, at most 120 characters, secrets redacted.
        expected: what the body should have been (the generated type's name).
        reason: why it was refused (e.g. "not JSON", "expected a JSON object, got list",
            "files[2].id: expected a string, got integer").
        path: where in the body the offending value is, as a JSON path (`files[2].id`); "" for
            the body as a whole or when not known.
        response: the httpx response (a copy without secrets when it carried one).
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        expected: str,
        reason: str,
        secrets: Iterable[str] = (),
        path: str = "",
    ) -> None:
        secrets = tuple(secrets)
        self.path = redact(path, secrets)
        self.response = _redacted_response(response, secrets)
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.excerpt = excerpt(response.content, secrets)
        self.expected = expected
        self.reason = redact(reason, secrets)
        request = response.request
        body = f"body {self.excerpt!r}" if self.excerpt else "empty body"
        super().__init__(
            f"{response.status_code} response to {request.method} "
            f"{redact(str(request.url.copy_with(query=None)), secrets)} is not a valid "
            f"{expected}: {self.reason} (content-type {self.content_type or 'none'!r}, {body})"
        )


def parse_error(
    response: httpx.Response, expected: str, error: Exception, *, secrets: Iterable[str] = ()
) -> ResponseValidationError:
    """The `ResponseValidationError` for a 2xx body that failed to parse into `expected`."""
    if isinstance(error, ValueError) and not response.content.strip():
        reason = "empty body"
    elif isinstance(error, json.JSONDecodeError):
        reason = "not JSON"
    elif isinstance(error, RecursionError):
        reason = "JSON nested too deeply to parse"
    elif isinstance(error, JSONShapeError):
        return ResponseValidationError(
            response, expected=expected, reason=str(error), secrets=secrets, path=error.json_path
        )
    elif isinstance(error, KeyError):
        reason = (
            f"required property {error.args[0]!r} is missing" if error.args else "missing property"
        )
    else:
        # the parsers raise a bare TypeError('') for a value of the wrong JSON type
        detail = str(error) or "a value has the wrong JSON type"
        reason = f"wrong shape ({type(error).__name__}: {detail})"
    return ResponseValidationError(response, expected=expected, reason=reason, secrets=secrets)


def json_object(
    response: httpx.Response, expected: str, *, secrets: Iterable[str] = ()
) -> Mapping[str, object]:
    """The body of a 2xx response as a JSON object; `ResponseValidationError` otherwise."""
    try:
        value = response.json()
    except (ValueError, RecursionError) as error:  # RecursionError: JSON nested too deeply
        raise parse_error(response, expected, error, secrets=secrets) from None
    if not isinstance(value, dict):
        raise ResponseValidationError(
            response,
            expected=expected,
            reason=f"expected a JSON object, got {type(value).__name__}",
            secrets=secrets,
        )
    return value


class NoNextPageError(APIError, LookupError):
    """`next_page()` was called on the last page: check `has_next_page()` first."""


class WebhookError(APIError):
    """A webhook delivery that must not be trusted or cannot be read: a missing or wrong
    signature, a timestamp outside the tolerance, a body that is not an event. The message
    says which, never the signing secret."""


class UnexpectedStatus(APIError):
    """A 2xx status the spec does not document, when `raise_on_unexpected_status` is set."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


class WaitTimeoutError(APIError):
    """A `wait_for_*` helper gave up before the run or job reached a terminal status."""

    def __init__(self, what: str, last_status: str | None, elapsed: float) -> None:
        self.what = what
        self.last_status = last_status
        self.elapsed = elapsed
        super().__init__(
            f"{what} did not reach a terminal status within {elapsed:.1f} s "
            f"(last status: {last_status})"
        )


_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _text(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _code_and_message(body: object) -> tuple[str | None, str | None]:
    """The vendor's error code and message, from any of the three error shapes."""
    if not isinstance(body, dict):
        return None, None
    code = _text(body.get("code"))
    message = _text(body.get("message"))
    error = body.get("error")
    if isinstance(error, dict):
        code = _text(error.get("code")) or code
        message = _text(error.get("message")) or message
    elif isinstance(error, str) and error:
        message = message or error
    return code, message


def status_error(response: httpx.Response, *, secrets: Iterable[str] = ()) -> APIStatusError:
    """The typed error for a non-2xx response.

    `secrets` (the client's token) are replaced by `[redacted]` wherever the server echoed them:
    the message, `code`, `request_id`, `body` and the headers and body of `response`.
    """
    secrets = tuple(s for s in secrets if s)
    response.read()
    response = _redacted_response(response, secrets)
    try:
        body: object = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # RecursionError: JSON nested too deeply
        body = None
    body = _redact_value(body, secrets)
    code, message = _code_and_message(body)
    if message is None and body is None and response.content:
        message = excerpt(response.content, secrets)
    request_id = next(
        (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
    )
    status = response.status_code
    kind = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    attempts = response.extensions.get("docspecs.attempts", 1)
    return kind(
        response,
        code=code,
        message=message,
        request_id=request_id,
        body=body,
        attempts=attempts if isinstance(attempts, int) else 1,
    )
