"""`docspecs proxy` with the simulator as the upstream, over loopback: answers pass through
unchanged (faults included), findings are printed as they happen, captures verify clean and hold
no token."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from verify_helpers import urls

from docspecs import Project
from docspecs.cli import main
from docspecs.proxy import ProxyApp
from docspecs.simulator import LoopbackServer, build_app
from docspecs.simulator._serve import LOOPBACK, _bind
from docspecs.testing import Target
from docspecs.verify import load_specs


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """`app` on a free 127.0.0.1 port in a thread; yields its URL."""
    sock = _bind(LOOPBACK, 0)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://{LOOPBACK}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, object]]:
    return load_specs(Project(Path(__file__).resolve().parents[2]), ["extend"])


@pytest.fixture
def upstream() -> Iterator[Target]:
    with LoopbackServer(build_app(0)) as server:
        yield Target(server.app, server.url)


@pytest.fixture
def proxy(
    upstream: Target, documents: dict[str, dict[str, object]], tmp_path: Path
) -> Iterator[tuple[str, ProxyApp, io.StringIO]]:
    out = io.StringIO()
    app = ProxyApp(
        documents,  # type: ignore[arg-type]
        upstream=upstream.base_url("extend"),
        api="extend",
        record=tmp_path / "proxy.jsonl",
        out=out,
    )
    with serving(app) as url:
        yield url, app, out


def through(url: str, upstream: Target, path: str, **kwargs: object) -> httpx.Response:
    return httpx.get(url + path, headers=upstream.headers("extend"), timeout=10, **kwargs)  # type: ignore[arg-type]


def test_answers_pass_through_unchanged_and_the_capture_verifies_clean(
    proxy: tuple[str, ProxyApp, io.StringIO],
    upstream: Target,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _app, out = proxy
    paths = [u.removeprefix(upstream.base_url("extend")) for u in urls(upstream, "extend")][:6]
    token = upstream.token("extend")
    for path in paths:
        via = through(url, upstream, path + "?x=1")
        direct = httpx.get(
            upstream.base_url("extend") + path + "?x=1", headers=upstream.headers("extend")
        )
        assert (via.status_code, via.content) == (direct.status_code, direct.content)
        assert via.headers["content-type"] == direct.headers["content-type"]
    assert through(url, upstream, "/processor_runs/nope").status_code == 404
    unauthenticated = httpx.get(url + paths[0], headers={"Authorization": "Bearer wrong"})
    assert unauthenticated.status_code == 401
    assert out.getvalue() == ""  # nothing to report
    capture = (tmp_path / "proxy.jsonl").read_text()
    assert len(capture.splitlines()) == 8
    assert token not in capture and "[REDACTED]" in capture
    code = main(
        [
            "--root",
            str(Path(__file__).resolve().parents[2]),
            "verify",
            str(tmp_path / "proxy.jsonl"),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "findings: 0 error, 0 warning, 0 info" in printed
    assert token not in printed


def test_faults_pass_through_and_findings_print_as_they_happen(
    proxy: tuple[str, ProxyApp, io.StringIO], upstream: Target
) -> None:
    url, app, out = proxy
    path = urls(upstream, "extend")[0].removeprefix(upstream.base_url("extend"))

    upstream.fault("extend", invalid_body=True)
    via = through(url, upstream, path)
    assert via.status_code == 200
    lines = out.getvalue().splitlines()
    assert lines and all(line.startswith("proxy.jsonl:1: ") for line in lines)
    assert any("[schema-violation]" in line for line in lines)

    upstream.fault("extend", status=429, retry_after=3)
    via = through(url, upstream, path)
    assert (via.status_code, via.headers["retry-after"]) == (429, "3")

    upstream.fault("extend", status=500)
    assert through(url, upstream, path).status_code == 500

    upstream.fault("extend", status=502)
    assert through(url, upstream, path).status_code == 502
    assert (
        "proxy.jsonl:4: /paths/~1processor_runs~1{id}/get/responses: [undeclared-status]"
        in out.getvalue()
    )

    upstream.fault("extend", latency_ms=300)
    started = time.monotonic()
    assert through(url, upstream, path).status_code == 200
    assert time.monotonic() - started >= 0.3

    upstream.fault("extend", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        through(url, upstream, path)
    assert "the upstream closed the connection" in out.getvalue()
    assert through(url, upstream, path).status_code == 200  # and the proxy still serves
    assert upstream.token("extend") not in out.getvalue()
    result = app.result()
    assert result.failed()
    [counts] = result.operations
    assert (counts.responses, counts.undeclared_statuses) == (6, 1)


def test_unreachable_upstream_is_a_502(
    documents: dict[str, dict[str, object]], tmp_path: Path
) -> None:
    sock = _bind(LOOPBACK, 0)
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    out = io.StringIO()
    app = ProxyApp(documents, upstream=f"http://{LOOPBACK}:{port}", api="extend", out=out)  # type: ignore[arg-type]
    with serving(app) as url:
        answer = httpx.get(url + "/processor_runs/x", timeout=10)
    assert answer.status_code == 502
    assert "upstream unreachable" in answer.text
    assert "upstream unreachable" in out.getvalue()


def test_proxy_command_needs_an_http_upstream(capsys: pytest.CaptureFixture[str]) -> None:
    root = str(Path(__file__).resolve().parents[2])
    code = main(["--root", root, "proxy", "--api", "extend", "--upstream", "ftp://x"])
    assert code == 2
    assert "--upstream ftp://x: expected an http:// or https:// URL" in capsys.readouterr().err


def test_findings_name_the_capture_line_when_appending_to_an_existing_capture(
    upstream: Target, documents: dict[str, dict[str, object]], tmp_path: Path
) -> None:
    record = tmp_path / "old.jsonl"
    record.write_text('{"response": {"status": 200}}\n{"response": {"status": 200}}\n')
    out = io.StringIO()
    app = ProxyApp(
        documents, upstream=upstream.base_url("extend"), api="extend", record=record, out=out
    )  # type: ignore[arg-type]
    path = urls(upstream, "extend")[0].removeprefix(upstream.base_url("extend"))
    upstream.fault("extend", invalid_body=True)
    with serving(app) as url:
        through(url, upstream, path)
    assert out.getvalue().startswith("old.jsonl:3: ")
    assert '"invalid' not in record.read_text().splitlines()[2]
    assert json.loads(record.read_text().splitlines()[2])["response"]["body"]["success"] == "yes"


def test_a_gzip_answer_passes_through_compressed_and_is_recorded_decoded(
    documents: dict[str, dict[str, object]], tmp_path: Path
) -> None:
    from starlette.middleware.gzip import GZipMiddleware

    simulator = build_app(0)
    target = Target(simulator, "")
    record = tmp_path / "gz.jsonl"
    with serving(GZipMiddleware(simulator, minimum_size=10)) as upstream_url:
        app = ProxyApp(
            documents,
            upstream=upstream_url + "/extend",
            api="extend",
            record=record,
            out=io.StringIO(),
        )  # type: ignore[arg-type]
        run_id = target.state()["extend"]["resources"]["classify_runs"][0]["id"]
        headers = {**target.headers("extend"), "Accept-Encoding": "gzip"}
        with serving(app) as url, httpx.Client() as client:
            with client.stream("GET", f"{url}/classify_runs/{run_id}", headers=headers) as via:
                raw_via = b"".join(via.iter_raw())
                assert via.headers["content-encoding"] == "gzip"
            with client.stream(
                "GET", f"{upstream_url}/extend/classify_runs/{run_id}", headers=headers
            ) as direct:
                raw_direct = b"".join(direct.iter_raw())
    assert raw_via == raw_direct
    [line] = record.read_text().splitlines()
    assert json.loads(line)["response"]["body"]["id"] == run_id


async def _call(app: ProxyApp, raw_path: bytes, chunks: list[bytes]) -> tuple[int, bytes]:
    """One request straight into the ASGI app (targets no HTTP parser would let through)."""
    pending = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
        for i, c in enumerate(chunks)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": raw_path.decode(),
        "raw_path": raw_path,
        "query_string": b"",
        "headers": [(b"authorization", b"Bearer canary-token")],
    }
    await app(scope, receive, send)  # type: ignore[arg-type]
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


@pytest.mark.parametrize("target", [b"*", b"@evil.example/x", b"http://evil.example/x", b":1/x"])
def test_a_target_that_is_not_a_path_never_leaves_the_proxy(
    documents: dict[str, dict[str, object]], target: bytes
) -> None:
    """Appended to the upstream, `@evil.example/x` names another host, which would get the
    client's token (an HTTP/1.1 parser may pass such a target on); `*` was a 500 traceback."""
    import asyncio

    forwarded: list[httpx.Request] = []
    app = ProxyApp(
        documents,  # type: ignore[arg-type]
        upstream="http://127.0.0.1:9",
        api="extend",
        out=io.StringIO(),
        transport=httpx.MockTransport(lambda r: forwarded.append(r) or httpx.Response(200)),
    )
    status, body = asyncio.run(_call(app, target, [b""]))
    assert (status, forwarded) == (400, [])
    assert b"the request target must be a path" in body


def test_uploads_stream_and_large_answers_pass_through_unchecked(
    documents: dict[str, dict[str, object]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The proxy held every request and answer whole in memory (a 2 GB download, 2 GB held);
    an answer over the limit still passes through unchanged, and says it was not checked."""
    import asyncio

    import docspecs.proxy

    monkeypatch.setattr(docspecs.proxy, "MAX_CHECKED_BODY", 1000)
    big = b"x" * 5000
    seen: list[bytes] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        headers = {"content-type": "application/json"}
        return httpx.Response(200, stream=httpx.ByteStream(big), headers=headers)

    out = io.StringIO()
    record = tmp_path / "big.jsonl"
    app = ProxyApp(
        documents,  # type: ignore[arg-type]
        upstream="http://127.0.0.1:9/base",
        api="extend",
        record=record,
        out=out,
        transport=httpx.MockTransport(upstream),
    )
    status, body = asyncio.run(_call(app, b"/files/upload", [b"ab", b"cd", b"ef"]))
    assert (status, body, seen) == (200, big, [b"abcdef"])
    assert "a body of 5000 bytes passed through unchecked and unrecorded" in out.getvalue()
    assert not record.exists()


def test_an_upstream_with_credentials_is_never_printed(
    documents: dict[str, dict[str, object]],
) -> None:
    from docspecs import DocspecsError

    out = io.StringIO()
    app = ProxyApp(
        documents,  # type: ignore[arg-type]
        upstream="http://me:canary-password@127.0.0.1:9",
        api="extend",
        out=out,
        transport=httpx.MockTransport(
            lambda r: httpx.Response(200, stream=httpx.ByteStream(b"{}"))
        ),
    )
    import asyncio

    assert asyncio.run(_call(app, b"/nowhere", [b""]))[0] == 200
    assert "POST http://127.0.0.1:9/nowhere: no operation" in out.getvalue()
    assert "canary-password" not in out.getvalue()
    with pytest.raises(DocspecsError, match="without a query or fragment"):
        ProxyApp(documents, upstream="http://127.0.0.1:9/base?key=canary", api="extend")  # type: ignore[arg-type]
    with pytest.raises(DocspecsError, match=r"--upstream http://127.0.0.1:x/: Invalid port"):
        ProxyApp(documents, upstream="http://me:canary@127.0.0.1:x/", api="extend")  # type: ignore[arg-type]


def test_a_body_nested_too_deep_to_check_passes_through_unchecked(
    documents: dict[str, dict[str, object]], tmp_path: Path
) -> None:
    """900 nested arrays from upstream raised RecursionError inside the proxy (the client's
    connection dropped, no finding); now the answer passes through and a line says why it was
    not checked, and the capture keeps it as text."""
    import asyncio

    deep = b"[" * 900 + b"]" * 900
    out = io.StringIO()
    record = tmp_path / "deep.jsonl"
    app = ProxyApp(
        documents,  # type: ignore[arg-type]
        upstream="http://127.0.0.1:9",
        api="extend",
        record=record,
        out=out,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, stream=httpx.ByteStream(deep))),
    )
    assert asyncio.run(_call(app, b"/processor_runs/x", [b""])) == (200, deep)
    assert (
        "deep.jsonl:1: POST http://127.0.0.1:9/processor_runs/x: the body nests more than 256"
        in (out.getvalue())
    )
    assert json.loads(record.read_text())["response"]["text"] == deep.decode()


@pytest.mark.parametrize("coding", ["br", "zstd", "gzip"])
def test_a_body_in_an_encoding_docspecs_cannot_read_is_not_called_not_json(
    documents: dict[str, dict[str, object]], tmp_path: Path, coding: str
) -> None:
    """A browser behind the proxy asks for `br`; httpx (without brotli) left the bytes as they
    were, so every answer was a false `not-json` error and garbage in the capture. A body whose
    encoding is declared but broken (`gzip` here) is the same case."""
    import asyncio

    out = io.StringIO()
    record = tmp_path / "enc.jsonl"
    body = b"\x8b\x05\x80{}\x03"  # not what a JSON body looks like on the wire
    app = ProxyApp(
        documents,  # type: ignore[arg-type]
        upstream="http://127.0.0.1:9",
        api="extend",
        record=record,
        out=out,
        transport=httpx.MockTransport(
            lambda r: httpx.Response(
                200,
                headers={"content-encoding": coding, "content-type": "application/json"},
                stream=httpx.ByteStream(body),
            )
        ),
    )
    assert asyncio.run(_call(app, b"/processor_runs/x", [b""])) == (200, body)
    printed = out.getvalue()
    assert f"a body encoded as {coding} passed through unchecked" in printed
    assert "not-json" not in printed
    assert not record.exists()


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nX-A: a\rInjected: b\r\ncontent-length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 200_000 + b"\r\ncontent-length: 2\r\n\r\n{}",
    ],
    ids=["cr-in-a-header", "huge-header"],
)
def test_an_upstream_answer_that_is_not_valid_http_is_named_so(
    documents: dict[str, dict[str, object]], answer: bytes
) -> None:
    """A CR inside a header or a 200 kB header line: the client's connection is dropped (as a
    broken answer must be) and the line says the answer was not valid HTTP, where it said the
    upstream had closed the connection; the header's content is not printed."""
    import socket

    listener = socket.socket()
    listener.bind((LOOPBACK, 0))
    listener.listen()
    port = listener.getsockname()[1]

    def serve_once() -> None:
        conn, _ = listener.accept()
        conn.recv(65536)
        conn.sendall(answer)
        conn.close()

    thread = threading.Thread(target=serve_once, daemon=True)
    thread.start()
    out = io.StringIO()
    app = ProxyApp(documents, upstream=f"http://{LOOPBACK}:{port}", api="extend", out=out)  # type: ignore[arg-type]
    with serving(app) as url, pytest.raises(httpx.RemoteProtocolError):
        httpx.get(url + "/processor_runs/x", timeout=10)
    thread.join(timeout=10)
    listener.close()
    printed = out.getvalue()
    assert "the upstream sent an answer that is not valid HTTP" in printed
    assert "Injected" not in printed and "aaaa" not in printed


class _Bound(Exception):
    """Raised by the fake socket: the proxy got as far as making a socket."""


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    import socket

    made: list[tuple[object, ...]] = []

    def fake(*args: object, **kwargs: object) -> None:
        made.append(args)
        raise _Bound

    monkeypatch.setattr(socket, "socket", fake)
    return made


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10"])
def test_proxy_refuses_a_host_off_loopback_before_binding(
    host: str,
    no_sockets: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    root = str(Path(__file__).resolve().parents[2])
    record = tmp_path / "traffic.jsonl"
    argv = ["--root", root, "proxy", "--api", "extend", "--upstream", "http://127.0.0.1:9"]
    code = main([*argv, "--host", host, "--record", str(record)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--host {host!r}: not a loopback address" in err
    assert "--allow-non-loopback" in err
    assert no_sockets == []
    assert not record.exists()


def test_serve_proxy_refuses_a_host_off_loopback_unless_allowed(
    documents: dict[str, dict[str, object]],
    no_sockets: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from docspecs import DocspecsError
    from docspecs.proxy import serve_proxy

    app = ProxyApp(documents, upstream="http://127.0.0.1:9", api="extend")  # type: ignore[arg-type]
    with pytest.raises(DocspecsError, match=r"'0\.0\.0\.0': not a loopback address"):
        serve_proxy(app, "0.0.0.0", 0)
    assert no_sockets == []
    with pytest.raises(_Bound):
        serve_proxy(app, "0.0.0.0", 0, allow_non_loopback=True)
    assert len(no_sockets) == 1
    assert "WARNING: --allow-non-loopback: the proxy listens on 0.0.0.0" in capsys.readouterr().err


def test_an_upstream_that_never_answers_is_let_go_when_the_client_gives_up(
    documents: dict[str, dict[str, object]],
) -> None:
    # Before: the proxy (no timeout of its own, so latency passes through) kept waiting on the
    # upstream for ever after the client had gone, holding the task and the upstream connection.
    import socket

    listener = socket.create_server((LOOPBACK, 0))
    listener.settimeout(5)
    out = io.StringIO()
    upstream_url = f"http://{LOOPBACK}:{listener.getsockname()[1]}"
    app = ProxyApp(documents, upstream=upstream_url, api="extend", out=out)  # type: ignore[arg-type]
    try:
        with serving(app) as url:
            with pytest.raises(httpx.ReadTimeout):
                httpx.get(url + "/processor_runs/x", timeout=0.5)
            conn, _ = listener.accept()  # the proxy's upstream connection, never answered
            with conn:
                conn.settimeout(5)
                request = b""
                while b"\r\n\r\n" not in request:
                    request += conn.recv(4096)
                assert request.startswith(b"GET /processor_runs/x ")
                assert conn.recv(4096) == b""  # closed by the proxy, not left waiting
    finally:
        listener.close()
    assert "the client went away before the answer was complete" in out.getvalue()


def test_the_proxy_closes_half_sent_requests_after_the_header_timeout(
    documents: dict[str, dict[str, object]],
) -> None:
    # Before: the proxy ran on uvicorn's defaults, which have no header timeout.
    import socket

    from docspecs.proxy import PROXY_BODY_TIMEOUT, proxy_config
    from docspecs.simulator._serve import HEADER_TIMEOUT, SHUTDOWN_TIMEOUT

    app = ProxyApp(documents, upstream="http://127.0.0.1:9", api="extend")  # type: ignore[arg-type]
    defaults = proxy_config(app)
    assert defaults.http.header_timeout == HEADER_TIMEOUT
    assert defaults.http.body_timeout == PROXY_BODY_TIMEOUT
    assert defaults.timeout_graceful_shutdown == SHUTDOWN_TIMEOUT
    sock = _bind(LOOPBACK, 0)
    server = uvicorn.Server(proxy_config(app, header_timeout=0.5))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.01)
        started = time.monotonic()
        with socket.create_connection(sock.getsockname()) as client:
            client.sendall(b"GET /processor_runs/x HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            client.settimeout(5)
            assert client.recv(4096) == b""  # closed by the proxy
        assert time.monotonic() - started < 3
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
