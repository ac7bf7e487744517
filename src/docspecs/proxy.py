"""`docspecs proxy`: a validating reverse proxy in front of one vendor API.

    app = ProxyApp(documents, upstream="https://api.acme.example", api="acme", record=path)
    serve_proxy(app, host="127.0.0.1", port=8401)

Every request is forwarded to `upstream` + its path and query, method, headers and body as they
came (minus the hop-by-hop headers and `Host`, which name the proxy's own connection); the answer
is streamed back as it arrives, status, headers and the bytes on the wire unchanged (a gzip body
stays gzip). When the answer is complete it is checked as `docspecs verify` checks a recorded
response, each new finding is printed as one line (`proxy:N: /pointer: [rule] message`), and the
exchange is appended to the capture file (tokens redacted, see `docspecs.verify._capture`).

Faults pass through: an upstream that closes the connection without answering (or mid-body) gets
the client's connection closed the same way; a slow upstream is as slow through the proxy (no
timeout of its own); a 5xx is forwarded like any status. An upstream that cannot be reached at all
is answered 502 with a one-line text body saying so (and printed), since there is nothing to pass
through.

Written on raw ASGI + httpx rather than a proxy library: the proxy needs the body it streams
(to validate it) and the server's transport (to drop a connection), which the ASGI proxies on
PyPI do not expose; the forwarding itself is a few lines of httpx.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit, urlunsplit

import httpx
from httpx._decoders import SUPPORTED_DECODERS

from docspecs._bundler import MAX_DEPTH, json_too_deep
from docspecs._errors import DocspecsError
from docspecs._outputs import check_output_file, open_output
from docspecs.verify import Exchange, Secrets, Verifier, exchange_line
from docspecs.verify._inputs import NO_BODY

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: The largest answer checked and recorded: a bigger one (a file download) still streams
#: through unchanged, but is not held in memory to be validated.
MAX_CHECKED_BODY = 32 * 1024 * 1024

PROXY_RISK = "the proxy sends whatever reaches it to the upstream, credentials included"

PROXY_BODY_TIMEOUT = 600.0
"""Seconds a client has to send a request body through the proxy, from the end of its headers
(uploads stream through as they arrive; a body still coming after that is cut off)."""

HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "host",
    }
)


class ProxyApp:
    """The ASGI app of `docspecs proxy` (see the module docstring)."""

    def __init__(
        self,
        documents: dict[str, dict[str, Any]],
        *,
        upstream: str,
        api: str,
        record: Path | None = None,
        out: TextIO = sys.stdout,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        try:
            self._base = httpx.URL(self.upstream)
        except httpx.InvalidURL as error:
            raise DocspecsError(f"--upstream {_no_userinfo(upstream)}: {error}") from None
        if self._base.scheme not in ("http", "https") or not self._base.host:
            raise DocspecsError(
                f"--upstream {_no_userinfo(upstream)}: expected an http:// or https:// URL"
            )
        if self._base.query or self._base.fragment:  # each request's path is appended to it
            raise DocspecsError(
                f"--upstream {_shown(self._base)}: give the base URL without a query or fragment"
            )
        self.api = api
        self.record = record
        self.out = out
        self._verifier = Verifier(documents)
        self._secrets = Secrets.of_documents(documents.values())
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._lock = threading.Lock()
        if record is not None:  # a FIFO, a device or a folder is refused before anything waits
            check_output_file(record, "--record")
        # exchanges are numbered by their line in the capture, which may already hold some
        self._count = _lines_in(record) if record is not None else 0
        self._label = record.name if record is not None else "proxy"

    def result(self) -> Any:
        """The tally so far (a `VerifyResult`), as `docspecs verify` would report it."""
        return self._verifier.result()

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                transport=self._transport, timeout=httpx.Timeout(None), follow_redirects=False
            )
        return self._client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        url = self._upstream_url(scope)
        if url is None:
            # `OPTIONS *`, an absolute or `@host` target (as an HTTP/1.1 parser may pass it on):
            # appended to the upstream it could name another host, which would get the token
            await _answer(send, 400, "docspecs proxy: the request target must be a path (/...)\n")
            return
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope["headers"]
            if k.decode("latin-1").lower() not in HOP_BY_HOP
        ]
        first = await receive()
        received = asyncio.Event()  # the whole request body is in
        content: bytes | AsyncIterator[bytes] = first.get("body", b"")
        if first.get("more_body"):  # a large upload: forwarded as it arrives, never held whole
            content = _rest_of_body(first.get("body", b""), receive, received)
        else:
            received.set()
        request = httpx.Request(scope["method"], url, headers=headers, content=content)
        await self._forward_while_connected(request, send, receive, received)

    async def _forward_while_connected(
        self, request: httpx.Request, send: Send, receive: Receive, received: asyncio.Event
    ) -> None:
        """`_forward`, cancelled (upstream connection closed) if the client goes away first.

        The proxy has no timeout of its own towards the upstream (latency passes through), so
        an upstream that never answers would otherwise hold the exchange, its task and its
        upstream connection for ever after the client gave up.
        """
        answered: list[bool] = []  # set by _forward just before the last bytes go out
        forward = asyncio.ensure_future(self._forward(request, send, answered))
        gone = asyncio.ensure_future(_disconnected(receive, received))
        try:
            await asyncio.wait({forward, gone}, return_when=asyncio.FIRST_COMPLETED)
            if not forward.done() and not answered:
                forward.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await forward
                self._say(
                    f"{request.method} {_shown(request.url)}: the client went away before the "
                    "answer was complete; the upstream request was abandoned"
                )
                return
            await forward
        finally:
            gone.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await gone

    def _upstream_url(self, scope: Scope) -> httpx.URL | None:
        """The upstream URL for this request, or None when its target is not a path."""
        raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8")
        path = raw.decode("latin-1").split("?")[0]
        if not path.startswith("/"):
            return None
        query = scope.get("query_string", b"").decode("latin-1")
        try:
            url = httpx.URL(self.upstream + path + (f"?{query}" if query else ""))
        except httpx.InvalidURL:
            return None
        base = self._base
        if (url.scheme, url.host, url.port, url.userinfo) != (
            base.scheme,
            base.host,
            base.port,
            base.userinfo,
        ):
            return None
        return url

    async def _forward(
        self, request: httpx.Request, send: Send, answered: list[bool] | None = None
    ) -> None:
        try:
            response = await self._http().send(request, stream=True)
        except httpx.RemoteProtocolError as error:
            # h11's text may quote the offending header line (a cookie, a token): not shown
            what = (
                "closed the connection"
                if "disconnected" in str(error).lower()
                else "sent an answer that is not valid HTTP (a malformed or oversized header)"
            )
            self._say(f"{request.method} {_shown(request.url)}: the upstream {what}")
            await _drop(send)
            return
        except httpx.TransportError as error:
            self._say(f"{request.method} {_shown(request.url)}: upstream unreachable: {error}")
            await _answer(send, 502, f"docspecs proxy: upstream unreachable: {error}\n")
            return
        raw_headers = [
            (k, v) for k, v in response.headers.raw if k.decode("latin-1").lower() not in HOP_BY_HOP
        ]
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": raw_headers}
        )
        kept: list[bytes] = []  # what is checked: the whole body, unless it passes the limit
        size = 0
        last = b""
        try:
            async for chunk in response.aiter_raw():
                if size:  # each chunk goes out when the next arrives: the last one waits
                    await send({"type": "http.response.body", "body": last, "more_body": True})
                size += len(chunk)
                last = chunk
                if size <= MAX_CHECKED_BODY:
                    kept.append(chunk)
                else:
                    kept.clear()
        except httpx.TransportError:
            self._say(f"{request.method} {_shown(request.url)}: the upstream closed mid-body")
            await response.aclose()
            await _drop(send)
            return
        except asyncio.CancelledError:  # the client went away: the upstream connection goes too
            await response.aclose()
            raise
        await response.aclose()
        # checked and recorded before the last chunk goes out, so that a client holding its
        # whole answer finds the exchange in the capture and its findings printed
        if size <= MAX_CHECKED_BODY:
            self._observe(request, response, b"".join(kept))
        else:
            self._say(
                f"{request.method} {_shown(request.url)}: a body of {size} bytes passed through "
                f"unchecked and unrecorded (more than {MAX_CHECKED_BODY} bytes)"
            )
        if answered is not None:
            answered.append(True)
        await send({"type": "http.response.body", "body": last, "more_body": False})

    def _observe(self, request: httpx.Request, response: httpx.Response, raw: bytes) -> None:
        codings = [
            c.strip().lower()
            for c in response.headers.get("content-encoding", "").split(",")
            if c.strip()
        ]
        unknown = [c for c in codings if c not in SUPPORTED_DECODERS]
        content = raw
        try:  # bytes content is decoded as the response is built
            decoded = httpx.Response(response.status_code, headers=response.headers, content=raw)
            content = decoded.read()
        except httpx.DecodingError:  # declared, but the bytes do not decode
            unknown = unknown or codings
        if unknown and raw:
            # a browser asks for br or zstd, which httpx reads only with extra packages: the
            # bytes would be checked (and recorded) as they are, a `not-json` that is not true
            self._say(
                f"{request.method} {_shown(request.url)}: a body encoded as "
                f"{', '.join(unknown)} passed through unchecked and unrecorded (docspecs cannot "
                "decode it; a client that does not ask for it gets a body docspecs can read)"
            )
            return
        with self._lock:
            self._count += 1
            number = self._count
            if self.record is not None:
                line = exchange_line(
                    api=self.api,
                    method=request.method,
                    url=str(request.url),
                    request_headers=request.headers.multi_items(),
                    status=response.status_code,
                    response_headers=response.headers.multi_items(),
                    content=content,
                    secrets=self._secrets,
                )
                try:
                    with open_output(self.record, "--record", append=True) as file:
                        file.write(line)
                except DocspecsError as error:  # the path changed under the proxy: say so
                    self._say(f"{self._label}: not recorded: {error}")
                except OSError as error:
                    self._say(f"--record {self.record}: not recorded: {error.strerror}")
            where = f"{self._label}:{number}"
            deep_at = json_too_deep(content.decode("utf-8", errors="replace"))
            if deep_at is not None:
                self._say(
                    f"{where}: {request.method} {_shown(request.url)}: the body nests more than "
                    f"{MAX_DEPTH} levels deep (line {deep_at}): passed through, not checked"
                )
                return
            exchange = _exchange(where, request, response.status_code, content, self.api)
            for finding in self._verifier.check(exchange):
                self._say(finding.line())

    def _say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


def _exchange(
    where: str, request: httpx.Request, status: int, content: bytes, api: str
) -> Exchange:
    import json

    body: Any = NO_BODY
    is_json = True
    if content:
        text = content.decode("utf-8", errors="replace")
        try:
            body = json.loads(text)
        except ValueError:
            body, is_json = text, False
    url = str(request.url.copy_with(query=None))  # the query is not needed to match
    return Exchange(where, request.method, url, status, body, is_json, api=api)


def _lines_in(path: Path) -> int:
    try:
        with path.open("rb") as file:
            return sum(1 for _ in file)
    except FileNotFoundError:
        return 0
    except OSError as error:
        raise DocspecsError(f"--record {path}: cannot read: {error}") from None


def _shown(url: httpx.URL) -> str:
    """The URL without its query (which may carry a key) nor user and password."""
    return str(url.copy_with(query=None, userinfo=b""))


def _no_userinfo(url: str) -> str:
    """`url` as it may be printed: `https://user:pass@host/x` -> `https://host/x`."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


async def _rest_of_body(
    first: bytes, receive: Receive, received: asyncio.Event
) -> AsyncIterator[bytes]:
    """The request body as it arrives; `received` is set once it is all in (or the client left)."""
    try:
        if first:
            yield first
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            if message.get("body"):
                yield message["body"]
            if not message.get("more_body"):
                return
    finally:
        received.set()


async def _disconnected(receive: Receive, received: asyncio.Event) -> None:
    """Return once the client has gone away (after the request body, which `receive` gives
    first); an ASGI server also says `http.disconnect` once the answer is complete."""
    await received.wait()
    while (await receive())["type"] != "http.disconnect":
        pass


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _drop(send: Send) -> None:
    from docspecs.simulator._faults import drop_connection

    await drop_connection(send)


async def _answer(send: Send, status: int, text: str) -> None:
    body = text.encode()
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def proxy_config(
    app: ProxyApp,
    *,
    header_timeout: float | None = None,
    body_timeout: float = PROXY_BODY_TIMEOUT,
    shutdown_timeout: float | None = None,
) -> Any:
    """uvicorn's settings for the proxy: the simulator's (`docspecs.simulator._serve._config`:
    a client has `HEADER_TIMEOUT` seconds to send its request line and headers, 64 KiB at most;
    a stop waits `SHUTDOWN_TIMEOUT` for exchanges under way), with `PROXY_BODY_TIMEOUT` for a
    request body, since uploads stream through. Before, the proxy ran on uvicorn's defaults: a
    half-sent request held its connection for ever."""
    from docspecs.simulator._serve import HEADER_TIMEOUT, SHUTDOWN_TIMEOUT, _config

    return _config(
        app,
        HEADER_TIMEOUT if header_timeout is None else header_timeout,
        body_timeout,
        SHUTDOWN_TIMEOUT if shutdown_timeout is None else shutdown_timeout,
    )


def serve_proxy(
    app: ProxyApp,
    host: str,
    port: int,
    *,
    out: TextIO = sys.stdout,
    allow_non_loopback: bool = False,
) -> None:
    """Serve `app` until interrupted (Ctrl-C); prints where it listens first.

    `host` must be a loopback address or name unless `allow_non_loopback` is True (the
    `--allow-non-loopback` flag): whoever reaches the proxy gets the upstream through it.
    Raises `DocspecsError` naming the host and the flag, before anything is bound."""
    import uvicorn

    from docspecs.simulator._serve import _bind, _url, check_host, warn_non_loopback

    check_host(host, allow_non_loopback=allow_non_loopback, risk=PROXY_RISK)
    warn_non_loopback(host, "the proxy")
    sock = _bind(host, port, allow_non_loopback=True)  # checked just above, with the proxy's risk
    where = _url(host, sock.getsockname()[1])
    recording = f", recording to {app.record}" if app.record is not None else ""
    print(
        f"docspecs proxy for {app.api} at {where} -> {_no_userinfo(app.upstream)}{recording}\n"
        f"  point your client's base URL at {where}; Ctrl-C stops it",
        file=out,
        flush=True,
    )
    config = proxy_config(app)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
