"""Recording what the API answers, for `docspecs verify`: one JSON object per line.

Off by default. `from_env(capture="traffic.jsonl")` (or the `CAPTURE_ENV` environment variable)
appends every exchange this client makes (each attempt, retries included) to that file in the
docspecs capture format:

    {"capture": 1, "api": "talonic", "request": {"method", "url", "headers"},
     "response": {"status", "headers", "body" (parsed JSON) or "text"}}

The token is never written: `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie` and query
parameters that name a credential are replaced by `[REDACTED]`, the value of each of those
headers is removed from the rest of the line too (as sent, percent-encoded or base64-encoded), and a `user:password@` in the URL is dropped. Hold the file against the spec with
`docspecs verify traffic.jsonl`.

A response body larger than the client's `max_response_bytes` (the `LIMIT_EXTENSION` of the
request) is not recorded: once more than that arrived, the rest passes through unread, for the
client to refuse with `errors.ResponseTooLargeError`; the transport never holds more.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from . import errors

API: Final = "talonic"
CAPTURE_ENV: Final = "TALONIC_CAPTURE"
REDACTED: Final = "[REDACTED]"
SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
SECRET_QUERY: Final[frozenset[str]] = frozenset()
_CREDENTIAL_NAME = re.compile(r"token|key|secret|password|passwd|auth|sig|credential|session", re.I)
_MIN_SCRUBBED = 8
_logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), which would block until something reads it"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def unusable(path: str | os.PathLike[str]) -> str | None:
    """Why `path` cannot take a capture, or None when it can: a regular file (or a symlink to
    one), or a new file in an existing folder. A named pipe would block every call until
    something read it; a device, a folder, a socket or a dangling symlink is never meant."""
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        folder = os.path.dirname(os.path.abspath(path))
        return None if os.path.isdir(folder) else f"the folder {folder} does not exist"
    except OSError as error:
        return f"cannot be examined ({error.strerror})"
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            return "is a symlink to nothing (writing would create its target)"
        return None if stat.S_ISREG(mode) else f"is a symlink to {_kind(mode)}"
    return None if stat.S_ISREG(mode) else f"is {_kind(mode)}"


def _append(path: str, line: str) -> None:
    """Append `line` to `path` without ever blocking on what it is (checked again once open)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        _logger.warning("capture %s: not written: %s", path, error.strerror)
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            _logger.warning("capture %s: not written: not a regular file", path)
            return
        os.set_blocking(fd, True)
        data = line.encode("utf-8")
        while data:
            data = data[os.write(fd, data) :]
    finally:
        os.close(fd)


#: The request extension holding the client's `max_response_bytes` (an int; absent: no limit).
LIMIT_EXTENSION: Final = "docspecs.max_response_bytes"


def _limit(request: httpx.Request) -> int | None:
    limit = request.extensions.get(LIMIT_EXTENSION)
    return limit if isinstance(limit, int) else None


class _PassThrough(httpx.SyncByteStream):
    """The raw body of a response too large to record: the parts read, then the rest."""

    def __init__(self, parts: list[bytes], rest: Iterator[bytes], response: httpx.Response) -> None:
        self._parts = parts
        self._rest = rest
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        while self._parts:
            yield self._parts.pop(0)
        yield from self._rest

    def close(self) -> None:
        self._response.close()


class _AsyncPassThrough(httpx.AsyncByteStream):
    """The async twin of `_PassThrough`."""

    def __init__(
        self, parts: list[bytes], rest: AsyncIterator[bytes], response: httpx.Response
    ) -> None:
        self._parts = parts
        self._rest = rest
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self._parts:
            yield self._parts.pop(0)
        async for part in self._rest:
            yield part

    async def aclose(self) -> None:
        await self._response.aclose()


def _headers(headers: httpx.Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in headers.multi_items():
        key = name.lower()
        shown = REDACTED if key in SECRET_HEADERS else value
        out[key] = f"{out[key]}, {shown}" if key in out else shown
    return out


def _url(url: httpx.URL) -> str:
    """`url` without `user:password@`, credential-named query values redacted."""
    parts = urlsplit(str(url.copy_with(userinfo=b"")))
    if not parts.query:
        return urlunsplit(parts)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    hidden = [
        (k, REDACTED if k in SECRET_QUERY or _CREDENTIAL_NAME.search(k) else v) for k, v in pairs
    ]
    return urlunsplit(parts._replace(query=urlencode(hidden)))


def _secret_values(*all_headers: httpx.Headers) -> list[str]:
    values: set[str] = set()
    for headers in all_headers:
        for name, value in headers.multi_items():
            if name.lower() in SECRET_HEADERS:
                values.update(
                    v for v in (value, value.split(" ", 1)[-1]) if len(v) >= _MIN_SCRUBBED
                )
    return sorted(values, key=len, reverse=True)


def capture_line(request: httpx.Request, response: httpx.Response, content: bytes) -> str:
    """The capture line (with its newline) of one exchange; `content` is the decoded body."""
    answer: dict[str, Any] = {"status": response.status_code, "headers": _headers(response.headers)}
    if content:
        text = content.decode("utf-8", errors="replace")
        try:
            answer["body"] = json.loads(text)
        except (ValueError, RecursionError):
            answer["text"] = text
    record = {
        "capture": 1,
        "api": API,
        "request": {
            "method": request.method,
            "url": _url(request.url),
            "headers": _headers(request.headers),
        },
        "response": answer,
    }
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    for value in _secret_values(request.headers, response.headers):
        # as sent, percent-encoded and base64-encoded (errors.secret_forms), as JSON text
        for form in (value, *errors.secret_forms(value)):
            line = line.replace(json.dumps(form, ensure_ascii=False)[1:-1], REDACTED)
    return line + "\n"


class CaptureTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) that appends each exchange to `path`.

    `inner` is the transport that does the work (default: `httpx.HTTPTransport()` for sync
    clients and `httpx.AsyncHTTPTransport()` for async ones, made on first use). Each response is
    read whole before it is returned (its bytes unchanged), then recorded.
    """

    def __init__(self, path: str | os.PathLike[str], inner: Any = None) -> None:
        self.path = os.fspath(path)
        self._inner = inner
        self._sync: httpx.BaseTransport | None = (
            inner if isinstance(inner, httpx.BaseTransport) else None
        )
        self._async: httpx.AsyncBaseTransport | None = (
            inner if isinstance(inner, httpx.AsyncBaseTransport) else None
        )
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"CaptureTransport({self.path!r})"

    def _write(self, request: httpx.Request, response: httpx.Response, raw: bytes) -> None:
        """Record an exchange whose body is `raw`, the bytes on the wire (decoded here)."""
        try:  # bytes content is decoded as the response is built: a broken gzip raises here
            decoded = httpx.Response(response.status_code, headers=response.headers, content=raw)
            content = decoded.read()
        except httpx.DecodingError:
            content = raw
        self._record(request, response, content)

    def _record(self, request: httpx.Request, response: httpx.Response, content: bytes) -> None:
        line = capture_line(request, response, content)
        with self._lock:
            _append(self.path, line)

    def _replay(self, response: httpx.Response, raw: bytes) -> httpx.Response:
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        response = self._sync.handle_request(request)
        if response.is_stream_consumed:  # an in-memory transport answered, body already read
            self._record(request, response, response.content)
            return response
        limit = _limit(request)
        parts: list[bytes] = []
        size = 0
        rest = response.iter_raw()
        try:
            for part in rest:
                parts.append(part)
                size += len(part)
                if limit is not None and size > limit:  # too large to record: passed through
                    stream = _PassThrough(parts, rest, response)
                    return httpx.Response(
                        response.status_code,
                        headers=response.headers,
                        stream=stream,
                        extensions=response.extensions,
                    )
        except BaseException:
            response.close()
            raise
        response.close()
        raw = b"".join(parts)
        self._write(request, response, raw)
        return self._replay(response, raw)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        response = await self._async.handle_async_request(request)
        if response.is_stream_consumed:  # an in-memory transport answered, body already read
            self._record(request, response, response.content)
            return response
        limit = _limit(request)
        parts: list[bytes] = []
        size = 0
        rest = response.aiter_raw()
        try:
            async for part in rest:
                parts.append(part)
                size += len(part)
                if limit is not None and size > limit:  # too large to record: passed through
                    stream = _AsyncPassThrough(parts, rest, response)
                    return httpx.Response(
                        response.status_code,
                        headers=response.headers,
                        stream=stream,
                        extensions=response.extensions,
                    )
        except BaseException:
            await response.aclose()
            raise
        await response.aclose()
        raw = b"".join(parts)
        self._write(request, response, raw)
        return self._replay(response, raw)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
