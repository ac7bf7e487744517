"""A whole case is bounded in time over HTTP: an answer trickled a byte at a time fails its
operation's `case_timeout` check within the bound, and fuzzing goes on.

Before, schemathesis' request timeout (30 s) bounded each read only: a server sending one byte a
second kept one case, and the run, waiting for as long as the body lasted.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from docspecs import Project
from docspecs.cli import main
from docspecs.fuzz import CASE_TIMEOUT, fuzz
from docspecs.simulator import LoopbackServer, SimulatorApp

TOKEN = "slow_secret_token_5678"
IDS = ["it_1", "it_2"]


def _operation(operation_id: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "The item.",
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
            "401": {"description": "No token."},
            "404": {"description": "Not found."},
        },
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Slow", "version": "1.0.0"},
    "servers": [{"url": "https://api.slow.example"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/v1/fast/{id}": {"get": _operation("get_fast")},
        "/v1/slow/{id}": {"get": _operation("get_slow")},
    },
    "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
}


class Slow:
    """The simulator's control API plus two operations: `fast` answers at once, `slow` sends
    its body a byte every `gap` seconds (for at most `gap * 12` seconds)."""

    def __init__(self, gap: float = 0.1) -> None:
        self.gap = gap
        self.paths: list[str] = []

    async def app(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        self.paths.append(path)
        if path == "/_simulator/state":
            items = [{"id": i} for i in IDS]
            body = {"slow": {"mount": "/slow", "token": TOKEN, "resources": {"fast": items}}}
            await _json(send, 200, body)
        elif scope["method"] != "GET" or not path.startswith(("/slow/v1/fast/", "/slow/v1/slow/")):
            await _json(send, 404, {})
        elif (b"authorization", f"Bearer {TOKEN}".encode()) not in scope["headers"]:
            await _json(send, 401, {})
        elif path.startswith("/slow/v1/fast/"):
            await _json(send, 200, {"id": path.rsplit("/", 1)[1]})
        else:
            body = b'{"id": "trickled"}'
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", b"%d" % len(body)),
            ]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            for byte in body[:12]:
                await send({"type": "http.response.body", "body": bytes([byte]), "more_body": True})
                await asyncio.sleep(self.gap)
            await send({"type": "http.response.body", "body": body[12:]})


async def _json(send: Any, status: int, body: Any) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(data))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "specs" / "slow").mkdir(parents=True)
    (tmp_path / "specs" / "slow" / "openapi.yaml").write_text(yaml.safe_dump(SPEC))
    return Project(tmp_path)


@pytest.fixture
def served() -> Iterator[str]:
    slow = Slow()

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await slow.app(scope, receive, send)

    with LoopbackServer(cast(SimulatorApp, asgi)) as server:
        yield server.url


def test_a_trickled_answer_fails_case_timeout_within_the_bound_and_fuzzing_goes_on(
    project: Project, served: str
) -> None:
    started = time.monotonic()
    result = fuzz(project, ["slow"], base_url=served, max_examples=1, case_timeout=0.5)
    took = time.monotonic() - started
    (failure,) = result.failures  # one per operation
    assert (failure.operation_id, failure.check) == ("get_slow", "case_timeout")
    assert failure.title == "no complete answer within 0.5 s"
    assert "took longer than the case timeout (0.5 s, --case-timeout)" in failure.message
    assert failure.curl.startswith('curl -X GET -H "Authorization: Bearer $TOKEN" ')
    assert f"{served}/slow/v1/slow/" in failure.curl
    assert TOKEN not in str(failure) and not result.errors
    stats = {op.operation_id: op for op in result.operations}
    assert stats["get_fast"].ok > 0 and stats["get_fast"].ids_ok == 2  # fuzzing went on
    # one case cut off at 0.5 s (and schemathesis' replay of it); the trickle alone lasts 1.2 s
    assert took < 8, took


class RawTrickle:
    """A raw loopback HTTP server (one thread per connection, `Connection: close`): the state
    and `fast` answer at once; `slow` sends its status line and headers a byte every 0.1 s."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stop = threading.Event()

    def serve(self) -> None:
        self.listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self.answer, args=(conn,), daemon=True).start()

    def answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                head += chunk
            target = head.split(b" ", 2)[1].decode()
            if target == "/_simulator/state":
                items = [{"id": i} for i in IDS]
                data = {"slow": {"mount": "/slow", "token": TOKEN, "resources": {"fast": items}}}
                body, status = json.dumps(data).encode(), b"200 OK"
            elif target.startswith("/slow/v1/slow/"):
                self.trickle(conn)
                return
            else:
                body, status = b'{"id": "x"}', b"200 OK"
            conn.sendall(
                b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\n"
                b"connection: close\r\ncontent-length: %d\r\n\r\n" % len(body) + body
            )

    def trickle(self, conn: socket.socket) -> None:
        for byte in b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n":
            if self.stop.is_set():
                return
            try:
                conn.sendall(bytes([byte]))
            except OSError:  # the client hung up
                return
            time.sleep(0.1)


@pytest.fixture
def raw_trickle() -> Iterator[str]:
    server = RawTrickle()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.stop.set()
        thread.join(5)
        server.listener.close()


def test_a_trickled_status_line_and_headers_are_cut_off_too(
    project: Project, raw_trickle: str
) -> None:
    started = time.monotonic()
    result = fuzz(project, ["slow"], base_url=raw_trickle, max_examples=1, case_timeout=0.5)
    took = time.monotonic() - started
    timeouts = [f.operation_id for f in result.failures if f.check == "case_timeout"]
    assert timeouts == ["get_slow"]  # (this server skips auth: ignored_auth fails as well)
    assert took < 8, took


def test_cli_case_timeout_is_passed_on_and_checked(
    project: Project, served: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--root", str(project.root), "fuzz", "--base-url", served, "--max-examples", "1"]
    code = main([*argv, "--case-timeout", "0.5"])
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "FAILED slow get_slow (GET /v1/slow/{id}): check case_timeout failed: no complete "
        "answer within 0.5 s" in out
    )
    assert TOKEN not in out
    for bad in ("0", "-1", "nan", "soon"):
        with pytest.raises(SystemExit):
            main([*argv, "--case-timeout", bad])
        assert "--case-timeout" in capsys.readouterr().err


def test_the_documented_default() -> None:
    from docspecs.cli import _parser

    assert CASE_TIMEOUT == 30.0
    help_text = _parser()._subparsers._group_actions[0].choices["fuzz"].format_help()  # type: ignore[union-attr]
    assert "(default 30, docspecs.fuzz.CASE_TIMEOUT)" in " ".join(help_text.split())


def test_in_process_a_slow_app_fails_case_timeout_and_fuzzing_goes_on(project: Project) -> None:
    slow = Slow(gap=0.1)
    started = time.monotonic()
    result = fuzz(project, ["slow"], app=slow.app, max_examples=1, case_timeout=0.3)
    took = time.monotonic() - started
    (failure,) = result.failures
    assert (failure.operation_id, failure.check) == ("get_slow", "case_timeout")
    assert failure.title == "no complete answer within 0.3 s"
    assert failure.curl.startswith('curl -X GET -H "Authorization: Bearer $TOKEN" ')
    stats = {op.operation_id: op for op in result.operations}
    assert stats["get_fast"].ok > 0 and stats["get_fast"].ids_ok == 2
    slow_calls = [p for p in slow.paths if p.startswith("/slow/v1/slow/")]
    assert len(slow_calls) <= 2, slow_calls  # the case (and a replay of it), then none
    assert took < 8, took
