"""Errors raised by the client. Sync and async calls raise the same types.

    APIError
    ├── ConfigurationError        from_env(): a missing token variable, an unknown region
    ├── APIConnectionError        no response: connection refused or dropped (after retries)
    │   └── APITimeoutError       an attempt timed out (after retries)
    ├── APIStatusError            any non-2xx response: status_code, code, message, request_id
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429 (retry_after)
    │   └── ServerError               5xx
    ├── UnexpectedStatus          a 2xx status the spec does not document
    └── WaitTimeoutError          a wait_for_* helper ran out of time

The vendor's error body is read whatever its shape: `{"message": ...}`,
`{"error": {"code": ..., "message": ...}}` or `{"error": "...", "code": ...}`.
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Final

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "retry_after_seconds",
    "status_error",
]

#: Response headers that carry the vendor's request id, first match wins.
REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "request-id",
)
_REDACTED: Final = "[redacted]"


def retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` (delay-seconds or an HTTP date) in seconds; None when absent or invalid."""
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, _REDACTED)
    return text


class APIError(Exception):
    """Base class of every error this client raises."""


class ConfigurationError(APIError):
    """The client cannot be configured (a missing environment variable, an unknown region)."""


class APIConnectionError(APIError):
    """No response was received (after the retries the call allowed)."""

    def __init__(self, request: str, cause: Exception) -> None:
        self.request = request
        self.cause = cause
        super().__init__(f"{request}: {type(cause).__name__}: {cause}")


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


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the wait the server asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        return retry_after_seconds(self.response.headers.get("retry-after"))


class ServerError(APIStatusError):
    """5xx: the server failed."""


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
    """The typed error for a non-2xx response; `secrets` are masked in its message."""
    secrets = tuple(secrets)
    response.read()
    try:
        body: object = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    code, message = _code_and_message(body)
    if message is None and body is None and response.content:
        message = response.content[:200].decode("utf-8", errors="replace")
    if message is not None:
        message = _redact(message, secrets)
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
