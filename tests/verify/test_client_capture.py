"""Captures written by a generated client, and its DEBUG log of undeclared fields and enum
values: the capture verifies clean, holds no token, and each drift is logged once."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import extend_client
import httpx
import pytest
from extend_client.api.classify_runs import get_classify_run
from extend_client.api.processor_runs import get_processor_run

from docspecs import Project
from docspecs.testing import IN_PROCESS_URL, SyncASGITransport, Target
from docspecs.verify import verify


def ids(simulator: Target, kind: str) -> list[str]:
    return [r["id"] for r in simulator.state()["extend"]["resources"][kind]]


def test_from_env_capture_verifies_clean_without_the_token(
    simulator: Target, tmp_path: Path, project: Project
) -> None:
    path = tmp_path / "client.jsonl"
    token = simulator.token("extend")
    client = extend_client.from_env(
        base_url=simulator.base_url("extend"),
        environ={"EXTEND_API_TOKEN": token},
        httpx_args={"transport": SyncASGITransport(simulator.app)},
        capture=path,
    )
    with client:
        for run_id in ids(simulator, "processor_runs"):
            get_processor_run.sync(run_id, client=client)
        for run_id in ids(simulator, "classify_runs"):
            get_classify_run.sync(run_id, client=client)
        with pytest.raises(extend_client.errors.NotFoundError):
            get_processor_run.sync("dpr_missing", client=client)
    text = path.read_text()
    assert len(text.splitlines()) == 9 + 16 + 1
    assert token not in text
    assert json.loads(text.splitlines()[0])["request"]["headers"]["authorization"] == "[REDACTED]"
    result = verify(project, [path])
    assert result.findings == [] and result.responses == 26
    assert {c.operation: c.valid for c in result.operations} == {
        "get_classify_run": 16,
        "get_processor_run": 10,
    }


def test_capture_from_the_environment_variable_and_async(
    simulator: Target, tmp_path: Path, project: Project
) -> None:
    path = tmp_path / "async.jsonl"
    client = extend_client.from_env(
        base_url=simulator.base_url("extend"),
        environ={"EXTEND_API_TOKEN": simulator.token("extend"), "EXTEND_CAPTURE": str(path)},
        httpx_args={"transport": httpx.ASGITransport(simulator.app)},
    )

    async def read() -> None:
        async with client:
            for run_id in ids(simulator, "classify_runs")[:3]:
                await get_classify_run.asyncio(run_id, client=client)

    asyncio.run(read())
    assert len(path.read_text().splitlines()) == 3
    assert simulator.token("extend") not in path.read_text()
    assert verify(project, [path]).findings == []


def test_capture_is_off_by_default(
    simulator: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    client = extend_client.from_env(
        base_url=simulator.base_url("extend"),
        environ={"EXTEND_API_TOKEN": simulator.token("extend")},
        httpx_args={"transport": SyncASGITransport(simulator.app)},
    )
    with client:
        get_processor_run.sync(ids(simulator, "processor_runs")[0], client=client)
    assert list(tmp_path.iterdir()) == []


def test_undeclared_fields_and_enum_values_are_logged_once_at_debug(
    simulator: Target, caplog: pytest.LogCaptureFixture
) -> None:
    base = SyncASGITransport(simulator.app)

    def drifting(request: httpx.Request) -> httpx.Response:
        answer = base.handle_request(request)
        body = json.loads(answer.read())
        body["processorRun"]["processor_label"] = "renamed"
        body["processorRun"]["status"] = "ARCHIVED"
        return httpx.Response(200, json=body)

    client = extend_client.from_env(
        base_url=IN_PROCESS_URL + "/extend",
        environ={"EXTEND_API_TOKEN": simulator.token("extend")},
        httpx_args={"transport": httpx.MockTransport(drifting)},
    )
    run_id = ids(simulator, "processor_runs")[0]
    with caplog.at_level(logging.DEBUG, logger="extend_client"), client:
        for _ in range(3):
            run = get_processor_run.sync(run_id, client=client).processor_run
            assert run.status == "ARCHIVED"
            assert run.additional_properties == {"processor_label": "renamed"}
    drift = [r.getMessage() for r in caplog.records if r.name == "extend_client"]
    assert drift == [
        "ProcessorRunStatus: value 'ARCHIVED' is not among the enum's listed values",
        "ProcessorRun: field 'processor_label' is not declared by this package",
    ]
    assert simulator.token("extend") not in caplog.text


def test_capture_over_the_network_keeps_the_answer_unchanged(
    simulator_server: Target, tmp_path: Path, project: Project
) -> None:
    path = tmp_path / "net.jsonl"
    client = extend_client.from_env(
        base_url=simulator_server.base_url("extend"),
        environ={"EXTEND_API_TOKEN": simulator_server.token("extend")},
        capture=str(path),
    )
    run_id = ids(simulator_server, "classify_runs")[0]
    with client:
        parsed = get_classify_run.sync_detailed(run_id, client=client)
    direct = httpx.get(
        simulator_server.base_url("extend") + f"/classify_runs/{run_id}",
        headers=simulator_server.headers("extend"),
    )
    assert parsed.content == direct.content
    [line] = path.read_text().splitlines()
    assert json.loads(line)["response"]["body"]["id"] == run_id
    assert verify(project, [path]).findings == []


def test_a_password_in_the_base_url_is_not_captured() -> None:
    """EXTEND_BASE_URL=https://me:password@host/... kept the password in every capture line."""
    from extend_client._capture import capture_line

    request = httpx.Request("GET", "https://me:canary-password@api.example.com/x?api_key=k1")
    line = capture_line(request, httpx.Response(200), b"")
    assert "canary-password" not in line
    assert json.loads(line)["request"]["url"] == (
        "https://api.example.com/x?api_key=%5BREDACTED%5D"
    )


def test_a_broken_gzip_body_is_recorded_as_sent_not_raised_from_the_capture(
    tmp_path: Path,
) -> None:
    """The capture decoded the body while building a response outside its `try`: a server
    sending bytes that do not gunzip made every call raise `httpx.DecodingError` from the
    capture, only because capturing was on."""
    from extend_client._capture import CaptureTransport

    broken = b"\x1f\x8bnot gzip at all"

    def server(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-type": "application/json"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(broken))

    path = tmp_path / "gz.jsonl"
    transport = CaptureTransport(path, inner=httpx.MockTransport(server))
    response = transport.handle_request(httpx.Request("GET", "https://api.example.com/x"))
    assert b"".join(response.iter_raw()) == broken
    assert json.loads(path.read_text())["response"]["text"].endswith("not gzip at all")


def _within(seconds: float, call: object) -> object:
    """`call()`'s outcome (its result or the exception it raised), failing the test if it has
    not returned after `seconds` (a capture opening a named pipe waited for a reader for ever)."""
    import threading

    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(_outcome(call)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still blocked after {seconds}s"
    return outcome[0]


def _outcome(call: object) -> object:
    try:
        return call()  # type: ignore[operator]
    except Exception as error:
        return error


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "missing folder"])
def test_a_capture_path_that_is_not_a_regular_or_new_file_is_refused_naming_it(
    tmp_path: Path, kind: str
) -> None:
    import os

    path = {
        "fifo": tmp_path / "pipe",
        "folder": tmp_path,
        "device": Path("/dev/null"),
        "missing folder": tmp_path / "no" / "capture.jsonl",
    }[kind]
    if kind == "fifo":
        os.mkfifo(path)
    env = {"EXTEND_API_TOKEN": "sk_test_0123456789", "EXTEND_CAPTURE": str(path)}
    for source, kwargs in (("capture=", {"capture": path}), ("EXTEND_CAPTURE", {})):
        error = _within(10, lambda: extend_client.from_env(environ=env, **kwargs))  # noqa: B023
        assert isinstance(error, extend_client.errors.ConfigurationError), error
        assert str(error).startswith(f"{source} {path}: ")
        assert "sk_test_0123456789" not in str(error)


def test_a_fifo_swapped_in_later_is_skipped_with_a_warning_not_waited_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import os

    from extend_client._capture import CaptureTransport

    path = tmp_path / "capture.jsonl"
    transport = CaptureTransport(path, inner=httpx.MockTransport(lambda r: httpx.Response(204)))
    os.mkfifo(path)
    request = httpx.Request("GET", "https://api.example.com/x")
    with caplog.at_level(logging.WARNING, logger="extend_client"):
        response = _within(10, lambda: transport.handle_request(request))
    assert isinstance(response, httpx.Response) and response.status_code == 204
    assert f"capture {path}: not written" in caplog.text
