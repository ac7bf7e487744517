"""Hostile input to the simulator: bad control bodies are 400s with a message, half-sent requests
are closed by the server's header timeout. Loopback only, a bounded number of sockets."""

from __future__ import annotations

import socket
import time

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
