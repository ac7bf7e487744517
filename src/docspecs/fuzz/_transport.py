"""How schemathesis' requests leave: in-process, past the method guard, within the case timeout.

In-process to the ASGI app (`in_process`), the live safeguards' method guard (`only_methods`),
and over HTTP the overall bound on one case (`case_timeout`)."""

from __future__ import annotations

import asyncio
import contextlib
import http
import io
import socket
import threading
import time
from collections.abc import Collection, Iterator, Mapping
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote, urlsplit

ASGI_HOST = "http://testserver"
"""The host in-process requests are addressed to (no socket: the adapter calls the app)."""


@contextlib.contextmanager
def in_process(schema: Any, app: Any, timed_out: set[str] | None = None) -> Iterator[None]:
    """While open, `schema` sends its requests to the ASGI `app` in-process.

    Each call to the app is bounded by the request timeout (the case timeout, see
    `engine_config`): past it the case raises `CaseTimeout`, and, as over HTTP (`case_timeout`),
    the operation's label goes into `timed_out` and its later cases are not sent.

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
            scope = asgi_scope(request.method, request.url, request.headers)
            call = asgi_call(app, scope, request_body(request.body), read_timeout)
            try:
                status, headers, content = self.loop.run_until_complete(call)
            except TimeoutError:
                # `read_timeout` is the case timeout here (see `engine_config`): the whole call
                raise CaseTimeout(float(read_timeout or 0), request) from None
            reason = reason_phrase(status)
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
            label = str(case.operation.label)
            if timed_out is not None and label in timed_out:
                config = case.operation.schema.config
                seconds = config.request_timeout_for(operation=case.operation)
                raise CaseTimeout(float(seconds or 0), sent=False)
            try:
                return super().send(case, session=own, **kwargs)
            except CaseTimeout:
                if timed_out is not None:
                    timed_out.add(label)
                raise

    transport = AppTransport()
    transport._copy_serializers_from(REQUESTS_TRANSPORT)
    try:
        with _serving_through(schema, "InProcess", transport):
            yield
    finally:
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


class RefusedMethod(Exception):
    """A request whose method the target's safeguards do not allow, stopped before it left."""


@contextlib.contextmanager
def only_methods(schema: Any, allowed: Collection[str]) -> Iterator[None]:
    """While open, a request of `schema` whose method is not in `allowed` (upper case) raises
    `RefusedMethod` instead of being sent.

    The last line of the live safeguards: the operations chosen, the coverage phase's settings and
    the checks already keep other methods away, and this holds whatever phase, check, link or
    hook made the case. Every request of a case goes through the schema's transport (entered after
    `in_process` when both are used, it wraps that one).
    """
    inner = schema.transport

    class Guard:
        def __getattr__(self, name: str) -> Any:
            return getattr(inner, name)

        def send(self, case: Any, **kwargs: Any) -> Any:
            method = str(case.method).upper()
            if method not in allowed:
                raise RefusedMethod(
                    f"{method} {case.path}: not sent: only {', '.join(sorted(allowed))} go to a "
                    "server that is not the simulator (--allow-unsafe-methods sends others)"
                )
            return inner.send(case, **kwargs)

    with _serving_through(schema, "Guarded", Guard()):
        yield


@contextlib.contextmanager
def _serving_through(schema: Any, prefix: str, transport: Any) -> Iterator[None]:
    """Within the block, `schema.transport` is `transport` (the schema's class swapped for a
    subclass named `<prefix><class name>`, then put back): schemathesis reads that property for
    every case, and it is a class property, so the instance cannot be patched."""
    original = type(schema)
    schema.__class__ = type(
        f"{prefix}{original.__name__}", (original,), {"transport": property(lambda _: transport)}
    )
    try:
        yield
    finally:
        schema.__class__ = original


def asgi_scope(method: str, url: str, headers: Mapping[str, Any]) -> dict[str, Any]:
    """The ASGI scope of a request, as a server on `url`'s host would build it."""
    parts = urlsplit(url)
    default_port = 443 if parts.scheme == "https" else 80
    host = parts.hostname or ""
    port = parts.port or default_port
    shown = f"[{host}]" if ":" in host else host
    raw: list[tuple[bytes, bytes]] = []
    if not any(name.lower() == "host" for name in headers):
        raw.append((b"host", (shown if port == default_port else f"{shown}:{port}").encode()))
    raw += [(latin1(name).lower(), latin1(value)) for name, value in headers.items()]
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


def latin1(value: str | bytes) -> bytes:
    # Headers travel as latin-1 on the wire; the app gets the octets a server would give it.
    return value if isinstance(value, bytes) else value.encode("latin-1")


def request_body(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    return b"".join(c.encode("utf-8") if isinstance(c, str) else bytes(c) for c in body)


async def asgi_call(
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


def reason_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


class CaseTimeout(Exception):
    """A case whose request and answer took longer than the case timeout, all of it together
    (connecting, sending, the status line and headers, the whole body; redirects too).

    `request`: the prepared request that was under way (for the curl command), or None. `sent`:
    False for a case not sent at all because an earlier one of its operation timed out."""

    def __init__(self, seconds: float, request: Any = None, *, sent: bool = True) -> None:
        what = "no complete answer" if sent else "not sent: an earlier case got no complete answer"
        super().__init__(f"{what} within {seconds:g} s (the case timeout)")
        self.seconds = seconds
        self.request = request
        self.sent = sent


def timed_out_request(error: CaseTimeout) -> Any:
    """`error.request` as `render_curl` reads a recorded request (uri, method, headers as lists,
    body), or None."""
    request = error.request
    if request is None:
        return None
    headers = {name: [value] for name, value in request.headers.items()}
    return SimpleNamespace(
        uri=request.url, method=request.method, headers=headers, body=request.body
    )


class _Watch:
    """One case's clock and the connections its requests use: at the deadline they are shut
    down, which ends a read blocked on them at once."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline: float | None = None  # set by the first request of the case
        self.expired = False
        self.request: Any = None
        self._connections: list[Any] = []
        self._lock = threading.Lock()

    def attach(self, connection: Any) -> bool:
        """Watch `connection` (the case's first one starts the clock); False when the deadline
        has passed already, and the connection is then shut down."""
        with self._lock:
            if self.deadline is None:
                self.deadline = time.monotonic() + self.seconds
            if not self.expired:
                self._connections.append(connection)
                return True
        _shut_down(connection)
        return False

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            connections, self._connections = self._connections, []
        for connection in connections:
            _shut_down(connection)


def _shut_down(connection: Any) -> None:
    """Shut down `connection`'s socket (a read blocked on it returns at once); the plain
    socket's method even for TLS, whose own would drop its state under the reading thread."""
    sock = getattr(connection, "sock", None)
    if not isinstance(sock, socket.socket):
        return
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One thread that expires each armed `_Watch` at its deadline (no thread per case)."""

    def __init__(self) -> None:
        self._armed: set[_Watch] = set()
        self._condition = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None

    def arm(self, watch: _Watch) -> None:
        with self._condition:
            self._armed.add(watch)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="docspecs-case-timeout", daemon=True
                )
                self._thread.start()
            self._condition.notify()

    def disarm(self, watch: _Watch) -> None:
        with self._condition:
            self._armed.discard(watch)

    def _run(self) -> None:
        with self._condition:
            while not self._closed:
                now = time.monotonic()
                due = [w for w in self._armed if w.deadline is not None and w.deadline <= now]
                for watch in due:
                    self._armed.discard(watch)
                    watch.expire()
                pending = [w.deadline for w in self._armed if w.deadline is not None]
                self._condition.wait(min(pending) - now if pending else None)

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._condition.notify()
        if self._thread is not None:
            self._thread.join()


@contextlib.contextmanager
def case_timeout(schema: Any, seconds: float, timed_out: set[str]) -> Iterator[None]:
    """While open, each case `schema` sends over HTTP gets `seconds` in all, from its first
    request's start to the last byte of its answer; past that its connections are shut down and
    the case raises `CaseTimeout` (schemathesis reports it as an error of the operation and goes
    on with the next one). The operation's label goes into `timed_out`, and its later cases
    (while any context sharing the set is open) raise `CaseTimeout(sent=False)` unsent: each
    would most likely wait as long, and a run against a server that trickles every answer would
    take the case timeout times every case.

    schemathesis' request timeout bounds each read on the socket only: an answer trickled a byte
    at a time within it kept one case (and the run) waiting for as long as the server liked.
    requests has no overall timeout, so the case's connections are watched: the engine's session
    gets an adapter whose urllib3 connections report themselves to the case being sent (a
    thread-local, each worker thread sends its own cases), and one watchdog thread shuts down
    the sockets of a case past its deadline, which ends a blocked read at once.
    """
    import requests
    import urllib3
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    local = threading.local()
    watchdog = _Watchdog()

    def current() -> _Watch | None:
        return getattr(local, "watch", None)

    def watch_this(connection: Any) -> None:
        watch = current()
        if watch is None:
            return
        first = watch.deadline is None
        if watch.attach(connection) and first:
            watchdog.arm(watch)

    class WatchedHTTPConnection(HTTPConnection):
        def request(self, *args: Any, **kwargs: Any) -> None:
            watch_this(self)
            super().request(*args, **kwargs)

        def connect(self) -> None:
            super().connect()
            watch = current()
            if watch is not None and watch.expired:  # connected after the deadline
                _shut_down(self)

    class WatchedHTTPSConnection(HTTPSConnection):
        def request(self, *args: Any, **kwargs: Any) -> None:
            watch_this(self)
            super().request(*args, **kwargs)

        def connect(self) -> None:
            super().connect()
            watch = current()
            if watch is not None and watch.expired:
                _shut_down(self)

    class WatchedHTTPPool(HTTPConnectionPool):
        ConnectionCls = WatchedHTTPConnection

    class WatchedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = WatchedHTTPSConnection

    pools = {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}

    class WatchedAdapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, proxy: Any, **kwargs: Any) -> Any:
            manager = super().proxy_manager_for(proxy, **kwargs)
            if type(manager) is urllib3.ProxyManager:  # not SOCKS: it has pools of its own
                manager.pool_classes_by_scheme = pools
            return manager

        def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
            watch = current()
            if watch is not None:
                watch.request = request
            return super().send(request, *args, **kwargs)

    inner = schema.transport

    class Timed:
        def __getattr__(self, name: str) -> Any:
            return getattr(inner, name)

        def send(self, case: Any, **kwargs: Any) -> Any:
            label = str(case.operation.label)
            if label in timed_out:
                raise CaseTimeout(seconds, sent=False)
            session = kwargs.get("session")
            if session is not None and not isinstance(
                session.get_adapter("http://x"), WatchedAdapter
            ):
                adapter = WatchedAdapter()
                session.mount("http://", adapter)
                session.mount("https://", adapter)
            watch = _Watch(seconds)
            local.watch = watch
            try:
                return inner.send(case, **kwargs)
            except CaseTimeout:
                raise
            except Exception as error:
                if watch.expired:
                    timed_out.add(label)
                    raise CaseTimeout(seconds, watch.request) from error
                raise
            finally:
                local.watch = None
                watchdog.disarm(watch)

    try:
        with _serving_through(schema, "Timed", Timed()):
            yield
    finally:
        watchdog.close()
