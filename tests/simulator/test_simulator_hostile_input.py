"""Hostile input to the simulator: bad or oversized control bodies are 400s with a message,
half-sent requests and trickling bodies are closed by the server's header and body timeouts.
Loopback only, a bounded number of sockets."""

from __future__ import annotations

import socket
import time
from typing import cast

import httpx
import pytest

from docspecs._errors import DocspecsError
from docspecs.simulator import LoopbackServer, build_app

BAD_BODIES = {
    "deeply nested list": b"[" * 100_000 + b"]" * 100_000,
    "deeply nested object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "nested past the limit": b"[" * 40 + b"]" * 40,
    "not UTF-8": b'{"vendor": "extend", "status": 500, "x": "\xff\xfe"}',
    "latin-1 text": '{"vendor": "caf\u00e9"}'.encode("latin-1"),
    "truncated": b'{"vendor": "extend", "status": ',
    "empty": b"",
    "a bare string": b'"extend"',
    "NaN": b'{"vendor": "extend", "latency_ms": NaN}',
    "too large": b"[" + b"{}," * 400_000 + b"{}]",
}


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=list(BAD_BODIES))
def test_a_bad_fault_body_is_400_with_a_message(
    simulator_client: httpx.Client, body: bytes
) -> None:
    response = simulator_client.post("/_simulator/faults", content=body)
    assert response.status_code == 400, response.text
    message = response.json()["error"]
    assert isinstance(message, str) and message
    assert simulator_client.get("/_simulator/faults").json() == {"faults": []}


def test_brackets_inside_strings_do_not_count_as_nesting(simulator_client: httpx.Client) -> None:
    body = b'{"vendor": "' + b"[" * 100 + b'"}'
    response = simulator_client.post("/_simulator/faults", content=body)
    assert response.status_code == 400
    assert "vendor must be one of" in response.json()["error"]


def test_a_good_fault_list_still_works(simulator_client: httpx.Client) -> None:
    body = b'[{"vendor": "extend", "status": 503}, {"vendor": "talonic", "latency_ms": 1}]'
    response = simulator_client.post("/_simulator/faults", content=body)
    assert response.status_code == 201
    assert len(response.json()["faults"]) == 2


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


SOCKETS = 40


def test_half_sent_requests_are_closed_after_the_header_timeout() -> None:
    with LoopbackServer(build_app(), header_timeout=0.5) as server:
        host, port = server.url.removeprefix("http://").split(":")
        started = time.monotonic()
        sockets = [socket.create_connection((host, int(port))) for _ in range(SOCKETS)]
        try:
            for index, sock in enumerate(sockets):
                if index % 2:  # half send a request line and some headers, half nothing at all
                    sock.sendall(b"GET /_simulator/state HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            assert all(_closed_by_server(sock, within=5.0) for sock in sockets)
            assert time.monotonic() - started < 5.0
            # The server still answers, and a complete request is not cut.
            response = httpx.get(server.url + "/_simulator/state", timeout=5)
            assert response.status_code == 200
        finally:
            for sock in sockets:
                sock.close()


def test_a_kept_alive_connection_gets_a_fresh_header_deadline_per_request() -> None:
    with LoopbackServer(build_app(), header_timeout=0.5) as server:
        with httpx.Client(base_url=server.url, timeout=5) as client:
            for _ in range(3):  # 0.9 s in all on one connection, each request on time
                assert client.get("/_simulator/state").status_code == 200
                time.sleep(0.3)
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"GET /_simulator/state HTTP/1.1\r\nHost: x\r\n\r\n")
            time.sleep(0.2)
            sock.sendall(b"GET /_simulator/state HTTP/1.1\r\nHost: x\r\n")  # second one stalls
            assert _closed_by_server(sock, within=5.0)


def test_docspecs_mock_and_loopback_servers_get_the_header_timeout() -> None:
    from docspecs.simulator import _serve

    config = _serve._config(build_app(), _serve.HEADER_TIMEOUT)
    protocol = config.http
    assert isinstance(protocol, type) and issubclass(protocol, _serve._HeaderTimeoutProtocol)
    assert protocol.header_timeout == _serve.HEADER_TIMEOUT == 10.0
    assert config.timeout_keep_alive == _serve.KEEP_ALIVE_TIMEOUT
    with pytest.raises(DocspecsError, match="header_timeout must be > 0"):
        LoopbackServer(build_app(), header_timeout=0)


def _answer(sock: socket.socket, within: float) -> bytes:
    """What the server sends until it closes or goes quiet for `within` seconds."""
    sock.settimeout(within)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return data


def test_a_body_sent_one_byte_at_a_time_is_closed_after_the_body_timeout() -> None:
    # Before: the header timeout stopped at the end of the headers, and a body trickling in held
    # the connection (and the control API's task waiting for it) for as long as it went on.
    with LoopbackServer(build_app(), header_timeout=5, body_timeout=0.5) as server:
        host, port = server.url.removeprefix("http://").split(":")
        started = time.monotonic()
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(
                b"POST /_simulator/faults HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
            )
            closed = False
            for _ in range(50):  # at most 5 s of one byte every 0.1 s
                try:
                    sock.sendall(b" ")
                except OSError:
                    closed = True
                    break
                time.sleep(0.1)
            assert closed or _closed_by_server(sock, within=1.0)
        assert time.monotonic() - started < 4.0
        # A body that is complete in time is not cut, and the server still answers.
        with socket.create_connection((host, int(port))) as sock:
            body = b'{"vendor": "extend", "status": 503}'
            sock.sendall(b"POST /_simulator/faults HTTP/1.1\r\nHost: x\r\nConnection: close\r\n")
            sock.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
            time.sleep(0.2)
            sock.sendall(body[10:])
            assert _answer(sock, within=5.0).startswith(b"HTTP/1.1 201 ")


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_a_control_body_past_the_limit_is_refused_before_it_is_all_sent(framing: str) -> None:
    # Before: the whole body was read into memory before its size was checked, and a body that
    # never ended was never answered.
    from docspecs.simulator._app import CONTROL_BODY_LIMIT

    with LoopbackServer(build_app()) as server:
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"POST /_simulator/faults HTTP/1.1\r\nHost: x\r\n")
            if framing == "chunked":
                sock.sendall(b"Transfer-Encoding: chunked\r\n\r\n")
                chunk = b" " * 65536
                for _ in range(CONTROL_BODY_LIMIT // len(chunk) + 2):  # past the limit, no end
                    sock.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            else:
                sock.sendall(b"Content-Length: %d\r\n\r\n[" % (500 * CONTROL_BODY_LIMIT))
            answer = _answer(sock, within=5.0)
        assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
        assert b"got more than %d bytes" % CONTROL_BODY_LIMIT in answer


def test_every_server_gets_the_body_timeout() -> None:
    from docspecs.simulator import _serve

    protocol = _serve._config(build_app(), _serve.HEADER_TIMEOUT).http
    assert isinstance(protocol, type) and issubclass(protocol, _serve._HeaderTimeoutProtocol)
    assert protocol.body_timeout == _serve.BODY_TIMEOUT == 10.0
    for bad in (0, -1, float("nan")):
        with pytest.raises(DocspecsError, match="body_timeout must be > 0"):
            LoopbackServer(build_app(), body_timeout=bad)


def test_pending_faults_are_bounded(simulator_client: httpx.Client) -> None:
    # Before: every POST added up to ~30,000 faults (1 MB of them) without limit, each request
    # looked through all of them and `GET /_simulator/faults` returned them all.
    from docspecs.simulator._faults import MAX_PENDING

    fault = b'{"vendor": "extend", "status": 503},'
    batch = b"[" + fault * 4999 + fault[:-1] + b"]"  # 5,000 faults, about 190 kB
    answers = [simulator_client.post("/_simulator/faults", content=batch) for _ in range(3)]
    assert [a.status_code for a in answers] == [201, 201, 400]
    assert answers[2].json()["error"] == (
        f"at most {MAX_PENDING} faults may be pending ({MAX_PENDING} are); "
        "DELETE /_simulator/faults or POST /_simulator/reset clears them"
    )
    assert len(simulator_client.get("/_simulator/faults").json()["faults"]) == MAX_PENDING
    simulator_client.delete("/_simulator/faults")
    assert simulator_client.post("/_simulator/faults", content=batch).status_code == 201


def test_headers_past_the_limit_are_answered_431_and_closed() -> None:
    # Before: uvicorn took any size (16 MB of one header was answered 200), so each connection
    # could hold tens of megabytes for the whole header timeout.
    from docspecs.simulator._serve import MAX_HEADER_BYTES

    with LoopbackServer(build_app()) as server:
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            big = b"a" * (MAX_HEADER_BYTES + 1000)
            sock.sendall(
                b"GET /_simulator/state HTTP/1.1\r\nHost: x\r\nX-Big: " + big + b"\r\n\r\n"
            )
            answer = _answer(sock, within=5.0)
        assert answer.startswith(b"HTTP/1.1 431 Request Header Fields Too Large\r\n"), answer[:80]
        assert b"connection: close" in answer
        # Large but allowed headers, three requests on one connection (the count starts again
        # with each request).
        with httpx.Client(base_url=server.url, timeout=5) as client:
            for _ in range(3):
                headers = {"X-Large": "b" * (MAX_HEADER_BYTES // 2)}
                assert client.get("/_simulator/state", headers=headers).status_code == 200


def test_every_server_gets_the_header_size_limit() -> None:
    from docspecs.simulator import _serve

    protocol = _serve._config(build_app(), _serve.HEADER_TIMEOUT).http
    assert isinstance(protocol, type) and issubclass(protocol, _serve._HeaderTimeoutProtocol)
    assert protocol.max_header_bytes == _serve.MAX_HEADER_BYTES == 65_536


def test_stopping_does_not_wait_for_ever_on_a_request_that_never_finishes() -> None:
    # Before: uvicorn waited without limit for requests under way, so one that never finished
    # (here an app that never answers) kept `LoopbackServer.stop` and Ctrl-C from stopping it.
    import asyncio
    import threading

    from docspecs.simulator import SimulatorApp, _serve

    async def never(scope: object, receive: object, send: object) -> None:
        await asyncio.sleep(3600)

    server = LoopbackServer(cast(SimulatorApp, never), shutdown_timeout=0.5).start()
    thread = server._thread
    outcome: list[object] = []

    def call() -> None:
        try:
            outcome.append(httpx.get(server.url + "/x", timeout=30).status_code)
        except httpx.HTTPError as error:
            outcome.append(error)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    time.sleep(0.3)  # the request is under way
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 3
    assert thread is not None and not thread.is_alive()
    caller.join(5)
    assert not caller.is_alive() and outcome  # the client was let go too
    assert _serve._config(build_app(), 1.0).timeout_graceful_shutdown == _serve.SHUTDOWN_TIMEOUT
    with pytest.raises(DocspecsError, match="shutdown_timeout must be > 0"):
        LoopbackServer(build_app(), shutdown_timeout=0)
