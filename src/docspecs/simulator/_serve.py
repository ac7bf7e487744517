"""Serving the simulator over HTTP: `serve()` for `docspecs mock`, `LoopbackServer` for tests."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import sys
import threading
import time
from types import TracebackType
from typing import Any, TextIO

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from docspecs._errors import DocspecsError
from docspecs.simulator._app import SimulatorApp, build_app

LOOPBACK = "127.0.0.1"
ALLOW_NON_LOOPBACK_FLAG = "--allow-non-loopback"
"""The command-line flag (`allow_non_loopback=True` from Python) without which `docspecs mock`
and `docspecs proxy` refuse to listen on anything but a loopback address."""
HEADER_TIMEOUT = 10.0
"""Seconds a connection may take to send a request's headers (from connecting, or from the first
byte of the next request on a kept-alive connection); then the server closes it."""
BODY_TIMEOUT = 10.0
"""Seconds a request may take to send its body, from the end of its headers; then the server
closes the connection (a body sent one byte at a time would otherwise hold it for ever)."""
MAX_HEADER_BYTES = 65_536
"""Bytes a request line and headers may take; beyond, the server answers 431 and closes (uvicorn
has no limit: a client could make it hold tens of megabytes per connection for the whole header
timeout)."""
KEEP_ALIVE_TIMEOUT = 5.0
"""Seconds an idle kept-alive connection stays open (uvicorn's `timeout_keep_alive`)."""
SHUTDOWN_TIMEOUT = 5.0
"""Seconds a stopping server (Ctrl-C, `LoopbackServer.stop`) waits for requests still being
answered; then they are cancelled (uvicorn's `timeout_graceful_shutdown`, which it leaves
unbounded: one request that never finished kept the server from stopping)."""


class _HeaderTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with deadlines for the request's headers and for its body.

    uvicorn has only an idle keep-alive timeout, armed after a response: a client that connects
    and sends nothing, half a request, or a body one byte at a time, holds its connection (and a
    file descriptor, and the app's task waiting for the body) for ever. Here a timer starts when
    the connection opens and again when a request begins, and closes the connection unless the
    headers are complete by then (`header_timeout`); a second one starts when they are, and
    closes it unless the body is complete by then (`body_timeout`). Both are set per server by
    `_config` (a subclass per value). A request whose line and headers pass `MAX_HEADER_BYTES`
    is answered 431 and the connection closed.
    """

    header_timeout = HEADER_TIMEOUT
    body_timeout = BODY_TIMEOUT
    max_header_bytes = MAX_HEADER_BYTES
    _header_timer: asyncio.TimerHandle | None = None
    _header_bytes = 0
    _headers_done = False

    def _arm(self, seconds: float | None = None) -> None:
        self._disarm()
        delay = self.header_timeout if seconds is None else seconds
        self._header_timer = self.loop.call_later(delay, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._headers_done or self.transport.is_closing():
            return
        # Still in a request line or headers after this chunk: all of it counts (a chunk that
        # also ended an earlier request's body may count a little more; a chunk is <= 256 KiB).
        self._header_bytes += len(data)
        if self._header_bytes > self.max_header_bytes:
            self._disarm()
            text = f"request line and headers larger than {self.max_header_bytes} bytes\n"
            self.transport.write(
                b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
                b"content-type: text/plain; charset=utf-8\r\nconnection: close\r\n"
                + f"content-length: {len(text)}\r\n\r\n{text}".encode()
            )
            self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._header_timer is None:
            self._arm()

    def on_headers_complete(self) -> None:
        self._headers_done = True
        self._arm(self.body_timeout)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._disarm()
        self._headers_done, self._header_bytes = False, 0
        super().on_message_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def _config(
    app: Any,
    header_timeout: float,
    body_timeout: float = BODY_TIMEOUT,
    shutdown_timeout: float = SHUTDOWN_TIMEOUT,
) -> uvicorn.Config:
    """uvicorn's settings for the simulator (and the proxy): quiet, no lifespan, the header,
    body, keep-alive and shutdown timeouts."""
    _check_timeouts(header_timeout, body_timeout, shutdown_timeout)
    protocol = type(
        "HeaderTimeoutProtocol",
        (_HeaderTimeoutProtocol,),
        {"header_timeout": header_timeout, "body_timeout": body_timeout},
    )
    return uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        http=protocol,
        timeout_keep_alive=int(KEEP_ALIVE_TIMEOUT),
        # uvicorn annotates it `int`, and hands it to `asyncio.wait_for`, which takes any number
        timeout_graceful_shutdown=shutdown_timeout,  # type: ignore[arg-type]
    )


def _check_timeouts(
    header_timeout: float, body_timeout: float, shutdown_timeout: float = SHUTDOWN_TIMEOUT
) -> None:
    for name, value in (
        ("header_timeout", header_timeout),
        ("body_timeout", body_timeout),
        ("shutdown_timeout", shutdown_timeout),
    ):
        if not value > 0:
            raise DocspecsError(f"{name} must be > 0 seconds (got {value})")


def banner(app: SimulatorApp, base: str) -> str:
    """What `docspecs mock` prints: each vendor's base URL and token, and the control API."""
    lines = [f"docspecs simulator (seed {app.settings.seed}) at {base}"]
    width = max((len(base + m) for m in app.mounts.values()), default=0)
    for vendor, mount in app.mounts.items():
        url = base + mount
        lines.append(f"  {vendor:<9} {url:<{width}}  token: {app.tokens[vendor]}")
    lines.append(
        f"  control   {base}/_simulator/state  (POST /_simulator/reset, /_simulator/faults)"
    )
    return "\n".join(lines)


def is_loopback(host: str) -> bool:
    """Whether listening on `host` (an IP address or a host name) reaches this machine only.

    An IP address must be a loopback one (127.0.0.0/8, ::1); a name (`localhost`) must resolve,
    for the address family `_bind` uses, to loopback addresses only. The wildcard addresses
    (`0.0.0.0`, `::`, ``), anything else, and a name that does not resolve are not loopback.
    """
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if not host or host.startswith("[") or ":" in host:
        return False
    try:
        found = socket.getaddrinfo(host, None, socket.AF_INET, socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]) for info in found}
    return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)


SIMULATOR_RISK = "the simulator accepts any token and changes its state for whoever connects"


def check_host(host: str, *, allow_non_loopback: bool = False, risk: str = SIMULATOR_RISK) -> None:
    """Refuse to listen on `host` unless it is loopback or `allow_non_loopback` says so.

    Raises `DocspecsError` naming `--host`, the address, why (`risk`) and
    `ALLOW_NON_LOOPBACK_FLAG`. Called before any socket is made: a refused host is never bound,
    not even for a moment.
    """
    if allow_non_loopback or is_loopback(host):
        return
    raise DocspecsError(
        f"--host {host!r}: not a loopback address, so other machines could connect, and {risk}; "
        f"listen on 127.0.0.1 (the default), or pass {ALLOW_NON_LOOPBACK_FLAG} "
        "(allow_non_loopback=True from Python) to listen there anyway"
    )


def warn_non_loopback(host: str, what: str) -> None:
    """The stderr line `docspecs mock` and `docspecs proxy` print when allowed off loopback."""
    if not is_loopback(host):
        print(
            f"WARNING: {ALLOW_NON_LOOPBACK_FLAG}: {what} listens on {host}, reachable from other "
            "machines: anyone who can connect may use it",
            file=sys.stderr,
            flush=True,
        )


def _bind(host: str, port: int, *, allow_non_loopback: bool = False) -> socket.socket:
    """A listening socket on `host`:`port`, after `check_host` (raises `DocspecsError`)."""
    check_host(host, allow_non_loopback=allow_non_loopback)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and without it
    # Nagle plus delayed ACKs add 40 ms to every response sent in two writes (headers, body).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise DocspecsError(
            f"--host {host} --port {port}: cannot listen there ({error.strerror})"
        ) from None
    except (UnicodeError, TypeError, ValueError) as error:  # e.g. a host name with a NUL
        sock.close()
        raise DocspecsError(f"--host {host!r}: not an address to listen on ({error})") from None
    sock.listen(1024)
    sock.set_inheritable(True)
    return sock


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def serve(
    host: str = LOOPBACK,
    port: int = 8400,
    *,
    seed: int = 0,
    out: TextIO = sys.stdout,
    allow_non_loopback: bool = False,
    **options: Any,
) -> None:
    """Serve the simulator until interrupted; prints base URLs and tokens first.

    `host` must be a loopback address or name (`is_loopback`) unless `allow_non_loopback` is
    True (the `--allow-non-loopback` flag): the simulator accepts any client and changes state
    for it. Raises `DocspecsError` (naming the host and the flag) before anything is bound, or
    when the address cannot be bound."""
    check_host(host, allow_non_loopback=allow_non_loopback)
    app = build_app(seed, **options)
    warn_non_loopback(host, "the simulator")
    sock = _bind(host, port, allow_non_loopback=allow_non_loopback)
    actual = sock.getsockname()[1]
    print(banner(app, _url(host, actual)), file=out, flush=True)
    config = _config(app, HEADER_TIMEOUT)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled: a normal stop
        pass
    finally:
        sock.close()


class LoopbackServer:
    """The simulator on a free 127.0.0.1 port, served by uvicorn in a background thread.

    with LoopbackServer(build_app()) as server:
        httpx.get(server.base_url("extend") + "/processor_runs/...", headers=...)
    """

    def __init__(
        self,
        app: SimulatorApp | None = None,
        *,
        startup_timeout: float = 10.0,
        header_timeout: float = HEADER_TIMEOUT,
        body_timeout: float = BODY_TIMEOUT,
        shutdown_timeout: float = SHUTDOWN_TIMEOUT,
    ) -> None:
        _check_timeouts(header_timeout, body_timeout, shutdown_timeout)
        self.app = app or build_app()
        self._timeout = startup_timeout
        self._header_timeout = header_timeout
        self._body_timeout = body_timeout
        self._shutdown_timeout = shutdown_timeout
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def base_url(self, vendor: str) -> str:
        return self.url + self.app.mounts[vendor]

    def start(self) -> LoopbackServer:
        sock = _bind(LOOPBACK, 0)
        self.url = _url(LOOPBACK, sock.getsockname()[1])
        config = _config(self.app, self._header_timeout, self._body_timeout, self._shutdown_timeout)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name="docspecs-simulator",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + self._timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise DocspecsError(f"the simulator did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=self._timeout)
        self._server = self._thread = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
