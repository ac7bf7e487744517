"""Tiny hostile HTTP servers on 127.0.0.1 for the client runtime tests (a real socket each, since
these tests are about what crosses the network: a body trickled byte by byte, headers echoing the
token that httpcore then logs)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def trickling_server(body_length: int = 60, interval: float = 1.0) -> Iterator[str]:
    """A server that answers every request 200 with a JSON content type and a declared body of
    `body_length` bytes, then sends the body one byte every `interval` seconds. Yields its base
    URL; stops (and drops every connection) on exit."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            head = (
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                f"content-length: {body_length}\r\n\r\n"
            )
            try:
                conn.sendall(head.encode())
                for _ in range(body_length):
                    if stop.wait(interval):
                        return
                    conn.sendall(b" ")
            except OSError:  # the client gave up: what the tests want
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


Reply = Callable[[str], tuple[int, dict[str, str], bytes]]


@contextmanager
def echo_server(reply: Reply) -> Iterator[str]:
    """A server calling `reply(token)` for each request (the bearer token it received) and
    answering the `(status, headers, body)` it returns. Yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            token = self.headers.get("authorization", "").removeprefix("Bearer ")
            status, headers, body = reply(token)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def json_body(value: object) -> bytes:
    return json.dumps(value).encode()


def elapsed_since(started: float) -> float:
    return time.monotonic() - started


@contextmanager
def flooding_server(chunk: bytes = b" " * 65536, status: int = 200) -> Iterator[str]:
    """A server that answers every request `status` with a JSON content type and a chunked body
    that never ends (`chunk` after `chunk`, as fast as the client reads) until the client hangs
    up. Yields its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"

    def serve(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                part = conn.recv(4096)
                if not part:
                    return
                data += part
            head = (
                f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
                "transfer-encoding: chunked\r\n\r\n"
            )
            try:
                conn.sendall(head.encode())
                while not stop.is_set():
                    conn.sendall(framed)
            except OSError:  # the client hung up: what the tests want
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()
