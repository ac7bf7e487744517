"""`docspecs fuzz --base-url` at a server that is not the simulator: the live safeguards hold.

The server here has write operations and no `/_simulator` control API (a staging server, Prism),
and records every request it gets. Without `--allow-unsafe-methods` it must see only safe reads,
at most `LIVE_RATE_LIMIT`, no undeclared-method probes; ids given for reads never reach another
method, with or without the flag. A server is the simulator only when it proves it (loopback and
the state's shape); operations are chosen by method and path; the method guard stops what slips
past; credentials from the URL or the environment appear in no output.
"""

from __future__ import annotations

import asyncio
import copy
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from docspecs import Project
from docspecs._errors import DocspecsError
from docspecs.cli import main
from docspecs.fuzz import fuzz
from docspecs.simulator import LoopbackServer, SimulatorApp

TOKEN = "shop_secret_token_5678"
READ_ID = "item_read_only_42"
SAFE = {"GET", "HEAD", "OPTIONS", "TRACE"}

_ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}
_ID = {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}


def _responses(status: str) -> dict[str, Any]:
    return {
        status: {
            "description": "The item.",
            "content": {"application/json": {"schema": _ITEM}},
        },
        "default": {"description": "An error."},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop", "version": "1.0.0"},
    "servers": [{"url": "https://api.shop.example"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/items": {
            "post": {
                "operationId": "create_item",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ITEM}},
                },
                "responses": _responses("201"),
            }
        },
        "/items/{item_id}": {
            "get": {"operationId": "get_item", "parameters": [_ID], "responses": _responses("200")},
            "delete": {
                "operationId": "delete_item",
                "parameters": [_ID],
                "responses": _responses("200"),
            },
            "patch": {
                "operationId": "update_item",
                "parameters": [_ID],
                "requestBody": {"content": {"application/json": {"schema": _ITEM}}},
                "responses": _responses("200"),
            },
        },
    },
    "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
}


class Recorder:
    """A server with writes and no control API; `requests` is every (method, path, time) seen."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, float]] = []

    async def app(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.requests.append((scope["method"], scope["path"], time.monotonic()))
        await Starlette(
            routes=[
                Route("/items", self.items, methods=["POST"]),
                Route("/items/{item_id}", self.item, methods=["GET", "DELETE", "PATCH"]),
            ]
        )(scope, receive, send)

    async def items(self, request: Request) -> Response:
        return JSONResponse({"id": "new"}, 201)

    async def item(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return JSONResponse({"message": "unauthorized"}, 401)
        return JSONResponse({"id": request.path_params["item_id"]})

    def methods(self) -> set[str]:
        return {method for method, _, _ in self.requests}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "specs" / "shop").mkdir(parents=True)
    (tmp_path / "specs" / "shop" / "openapi.yaml").write_text(yaml.safe_dump(SPEC))
    return Project(tmp_path)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def server(recorder: Recorder) -> Iterator[str]:
    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await recorder.app(scope, receive, send)

    with LoopbackServer(cast(SimulatorApp, asgi)) as running:
        yield running.url


def _env(ids: str = '{"shop": {"get_item": ["' + READ_ID + '"]}}') -> dict[str, str]:
    return {"SHOP_API_TOKEN": TOKEN, "DOCSPECS_LIVE_IDS": ids}


def test_without_the_flag_only_safe_reads_reach_a_server_that_is_not_the_simulator(
    project: Project, server: str, recorder: Recorder
) -> None:
    started = time.monotonic()
    result = fuzz(project, ["shop"], base_url=server, env=_env(), max_examples=1)
    elapsed = time.monotonic() - started
    fuzzed = [op.operation_id for op in result.operations]
    assert fuzzed == ["get_item"], result.skipped
    skipped = "\n".join(result.skipped)
    for operation in ("create_item", "delete_item", "update_item"):
        assert f"shop {operation}: not fuzzed: not a safe read" in skipped
    assert "--allow-unsafe-methods" in skipped
    # One GET /_simulator/state to learn that it is not the simulator, then the fuzzing.
    unsafe = [(m, p) for m, p, _ in recorder.requests if m not in SAFE]
    assert unsafe == [], unsafe
    assert recorder.requests[0][:2] == ("GET", "/_simulator/state")
    assert result.cases > 0 and any(READ_ID in p for _, p, _ in recorder.requests)
    # The live rate limit (5/s) holds: n requests take at least (n - 5) / 5 seconds.
    fuzzing = recorder.requests[1:]
    assert elapsed >= (len(fuzzing) - 5) / 5 - 0.5, (len(fuzzing), elapsed)


def test_ids_given_for_a_write_operation_are_refused_naming_it(
    project: Project, server: str, recorder: Recorder
) -> None:
    env = _env('{"shop": {"get_item": ["a"], "delete_item": ["' + READ_ID + '"]}}')
    for allow in (False, True):
        with pytest.raises(DocspecsError) as info:
            fuzz(project, ["shop"], base_url=server, env=env, allow_unsafe_methods=allow)
        message = str(info.value)
        assert message.startswith("DOCSPECS_LIVE_IDS: /shop/delete_item: "), message
        assert "DELETE /items/{item_id}" in message and READ_ID not in message
    assert [m for m, _, _ in recorder.requests if m not in SAFE] == []


@pytest.mark.slow
def test_the_flag_sends_every_method_but_never_the_read_ids_to_writes(
    project: Project, server: str, recorder: Recorder
) -> None:
    lines: list[str] = []
    result = fuzz(
        project,
        ["shop"],
        base_url=server,
        env=_env(),
        allow_unsafe_methods=True,
        max_examples=2,
        progress=lines.append,
    )
    assert {op.operation_id for op in result.operations} == {
        "create_item",
        "get_item",
        "delete_item",
        "update_item",
    }
    assert any(line.startswith("warning: --allow-unsafe-methods:") for line in lines), lines
    assert {"POST", "DELETE", "PATCH"} <= recorder.methods()
    with_read_id = [(m, p) for m, p, _ in recorder.requests if m not in SAFE and READ_ID in p]
    assert with_read_id == [], with_read_id


def test_the_flag_is_refused_with_live(project: Project) -> None:
    with pytest.raises(DocspecsError, match="--allow-unsafe-methods cannot be used with --live"):
        fuzz(project, ["shop"], live=True, allow_unsafe_methods=True, env=_env())


def test_cli_prints_the_warning_on_stderr(
    project: Project,
    server: str,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in _env().items():
        monkeypatch.setenv(name, value)
    args = ["--root", str(project.root), "fuzz", "--base-url", server, "--max-examples", "1"]
    code = main([*args, "--allow-unsafe-methods", "--seed", "3"])
    captured = capsys.readouterr()
    assert "warning: --allow-unsafe-methods: every method" in captured.err
    assert TOKEN not in captured.out + captured.err
    assert code in (0, 1), captured.out


# --- what "the simulator" is: proven, not assumed -------------------------------------------


class Mimic(Recorder):
    """A server answering `GET /_simulator/state` with 200 and `state` (JSON), like a catch-all
    mock or a server that happens to have such a path."""

    def __init__(self, state: Any) -> None:
        super().__init__()
        self.state = state

    async def app(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/_simulator/state":
            self.requests.append((scope["method"], scope["path"], time.monotonic()))
            await JSONResponse(self.state)(scope, receive, send)
            return
        await super().app(scope, receive, send)


@pytest.mark.parametrize(
    "state",
    [
        {"shop": {}},
        {"shop": {"mount": "", "token": 1, "resources": []}},
        {"shop": {"mount": "/shop/../..", "token": "t", "resources": {}}},
        {},
        {"status": "ok"},
    ],
    ids=["empty-vendor", "wrong-types", "mount-not-a-path", "no-vendors", "unrelated"],
)
def test_a_server_answering_the_state_path_with_other_json_gets_the_safeguards(
    project: Project, state: Any
) -> None:
    # Before: any JSON object was taken for the simulator's state, and `{"shop": {}}` sent POST,
    # PATCH and DELETE to the server (with no rate limit and undeclared-method probes).
    mimic = Mimic(state)

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await mimic.app(scope, receive, send)

    with LoopbackServer(cast(SimulatorApp, asgi)) as running:
        result = fuzz(project, ["shop"], base_url=running.url, env=_env(), max_examples=1)
    assert [op.operation_id for op in result.operations] == ["get_item"], result.skipped
    assert [(m, p) for m, p, _ in mimic.requests if m not in SAFE] == []


def test_a_simulator_state_from_a_host_not_on_loopback_gets_safe_reads_only(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shaped like the simulator's state, but from another machine: nothing proves it is the
    # simulator (a proxy or a server mimicking the control API), so only safe reads, rate-limited,
    # unless the user allows every method. No network here: the state answer is stubbed.
    from docspecs.fuzz import _targets
    from docspecs.fuzz._discovery import runtime_settings

    state = {"shop": {"mount": "/shop", "token": TOKEN, "resources": {"items": [{"id": "i1"}]}}}
    monkeypatch.setattr(_targets, "http_state", lambda base: state)
    specs = {"shop": SPEC}

    def resolve(base: str, allow: bool) -> tuple[list[Any], list[str], str]:
        return _targets.resolve_targets(
            specs,
            base_url=base,
            app=None,
            live=False,
            allow_unsafe_methods=allow,
            env={},
            apis=["shop"],
            runtime=lambda api: runtime_settings(project, api, SPEC),
        )

    (target,), skipped, _ = resolve("http://sim.example:8400", False)
    assert [op.operation_id for op in target.operations] == ["get_item"]
    assert target.live and not target.unsafe and target.token == TOKEN
    assert len(skipped) == 3 and all("not on loopback" in line for line in skipped), skipped
    (target,), skipped, _ = resolve("http://sim.example:8400", True)
    assert len(target.operations) == 4 and target.unsafe and not target.live
    for local in ("http://127.0.0.1:8400", "http://localhost:8400", "http://[::1]:8400"):
        (target,), skipped, _ = resolve(local, False)
        assert len(target.operations) == 4 and not target.unsafe and not target.live, local


def test_duplicate_operation_ids_are_refused_before_any_request(
    tmp_path: Path, server: str, recorder: Recorder
) -> None:
    # Before: a DELETE sharing the GET's operationId was fuzzed along with the GET (schemathesis
    # selected operations by operationId), DELETEs reaching a server that is not the simulator.
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/items/{item_id}"]["delete"]["operationId"] = "get_item"
    (tmp_path / "specs" / "shop").mkdir(parents=True)
    (tmp_path / "specs" / "shop" / "openapi.yaml").write_text(yaml.safe_dump(spec))
    with pytest.raises(DocspecsError) as info:
        fuzz(Project(tmp_path), ["shop"], base_url=server, env={"SHOP_API_TOKEN": TOKEN})
    message = str(info.value)
    assert message.endswith(
        "openapi.yaml: /paths/~1items~1{item_id}/delete/operationId: operationId 'get_item' is "
        "already used at /paths/~1items~1{item_id}/get/operationId; operationIds must be unique "
        "(fuzzing selects operations, shards and ids by them)"
    ), message
    assert recorder.requests == []


def test_an_operation_without_an_operation_id_is_fuzzed(
    tmp_path: Path, server: str, recorder: Recorder
) -> None:
    # Before: it was listed (as `GET /items/{item_id}`) with 0 cases: never sent, silently.
    spec = copy.deepcopy(SPEC)
    del spec["paths"]["/items/{item_id}"]["get"]["operationId"]
    (tmp_path / "specs" / "shop").mkdir(parents=True)
    (tmp_path / "specs" / "shop" / "openapi.yaml").write_text(yaml.safe_dump(spec))
    env = {"SHOP_API_TOKEN": TOKEN}
    result = fuzz(Project(tmp_path), ["shop"], base_url=server, env=env, max_examples=1)
    (operation,) = result.operations
    assert operation.operation_id == "GET /items/{item_id}" and operation.cases > 0
    assert {m for m, _, _ in recorder.requests} <= SAFE


def test_the_method_guard_stops_a_write_that_reaches_the_transport(
    server: str, recorder: Recorder
) -> None:
    # The last line of the safeguards: a target with them that (by any bug upstream) holds write
    # operations still sends none of them; each is an error naming the request.
    from docspecs.fuzz._engine import fuzz_api
    from docspecs.fuzz._operations import spec_operations
    from docspecs.fuzz._targets import Target

    target = Target(
        api="shop",
        base_url=server,
        shown_url=server,
        app=None,
        token=TOKEN,
        headers={},
        operations=tuple(spec_operations(SPEC, [])),
        ids={},
        live=True,
        secrets=(TOKEN,),
    )
    run = fuzz_api(SPEC, target, max_examples=1, seed=0, continue_on_failure=False)
    assert {m for m, _, _ in recorder.requests} == {"GET"}
    refused = [e for e in run.errors if ": not sent: only GET, HEAD, OPTIONS, TRACE go to" in e]
    assert {e.split(": ")[0] for e in refused} >= {
        "shop POST /items",
        "shop PATCH /items/{item_id}",
        "shop DELETE /items/{item_id}",
    }, run.errors
    assert all(TOKEN not in e for e in run.errors)


def test_no_automatic_sign_up_through_the_spec(project: Project) -> None:
    # schemathesis signs up through a spec's register/login operations (POSTs outside every
    # operation filter) when it has no credentials for a scheme; fuzzing never lets it.
    from docspecs.fuzz._engine import engine_config
    from docspecs.fuzz._operations import spec_operations
    from docspecs.fuzz._targets import Target

    target = Target(
        api="shop",
        base_url="http://127.0.0.1:9",
        shown_url="http://127.0.0.1:9",
        app=None,
        token=None,
        headers={},
        operations=tuple(spec_operations(SPEC, [])),
        ids={},
        live=True,
    )
    overrides = {"phases": {}, "generation": {}}
    config = engine_config(SPEC, target, overrides, 1, 0, False)
    assert config.projects.get_default().auth.auto_signup is False


@pytest.mark.parametrize(
    ("userinfo", "shown", "secrets"),
    [
        ("alice:hunter2%40pass", "alice:***@", ("hunter2%40pass", "hunter2@pass")),
        ("tok_live_12345678", "***@", ("tok_live_12345678",)),
    ],
    ids=["password", "token-as-user"],
)
def test_credentials_in_the_base_url_are_in_no_output(
    project: Project,
    server: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    userinfo: str,
    shown: str,
    secrets: tuple[str, ...],
) -> None:
    # Before: `fuzz: shop: ... http://alice:<password>@...`, the summary line and the JUnit
    # report's `target` property all showed it (and a token given as the user name, always).
    monkeypatch.setenv("SHOP_API_TOKEN", TOKEN)
    url = server.replace("http://", f"http://{userinfo}@")
    junit = tmp_path / "fuzz.xml"
    args = ["--root", str(project.root), "fuzz", "--base-url", url, "--max-examples", "1"]
    code = main([*args, "--junit-xml", str(junit)])
    captured = capsys.readouterr()
    output = captured.out + captured.err + junit.read_text()
    assert code == 0, output
    assert f"http://{shown}127.0.0.1:" in captured.out
    for secret in (*secrets, TOKEN):
        assert secret not in output


def test_a_token_read_with_its_trailing_newline_is_sent_without_it_and_never_shown(
    project: Project,
    server: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: requests refused the header, and every case's error printed
    # `... header value: 'Bearer <token>\n'`, the token in the output and the JUnit report.
    for name, value in _env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SHOP_API_TOKEN", TOKEN + "\n")
    junit = tmp_path / "fuzz.xml"
    args = ["--root", str(project.root), "fuzz", "--base-url", server, "--max-examples", "1"]
    code = main([*args, "--junit-xml", str(junit)])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    assert TOKEN not in captured.out + captured.err + junit.read_text()
    assert re.search(r"^shop +get_item .* 200:\d+", captured.out, re.MULTILINE), captured.out


def test_a_token_with_a_line_break_inside_is_an_error_naming_the_variable(
    project: Project, server: str, recorder: Recorder
) -> None:
    env = {**_env(), "SHOP_API_TOKEN": "first\nsecond-half"}
    with pytest.raises(DocspecsError) as info:
        fuzz(project, ["shop"], base_url=server, env=env)
    assert str(info.value).startswith("SHOP_API_TOKEN: the value holds a control character")
    assert "first" not in str(info.value) and "second-half" not in str(info.value)
    assert [p for _, p, _ in recorder.requests if p != "/_simulator/state"] == []


def test_scrub_also_replaces_a_secret_as_a_repr_shows_it() -> None:
    from docspecs.fuzz._targets import Target

    target = Target("shop", "", "", None, "a\tb", {}, (), {}, False, secrets=("a\tb",))
    assert target.scrub("header value: 'Bearer a\\tb' / a\tb") == (
        "header value: 'Bearer $TOKEN' / $TOKEN"
    )


class Trickle:
    """A server whose `/_simulator/state` answer comes a few bytes at a time, for ever."""

    def __init__(self) -> None:
        self.requests: list[str] = []

    async def app(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.requests.append(scope["method"])
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for _ in range(25):  # 5 s at most (the shutdown waits for it)
            await send({"type": "http.response.body", "body": b" ", "more_body": True})
            await asyncio.sleep(0.2)
        await send({"type": "http.response.body", "body": b"{}"})


def test_a_state_answer_that_trickles_in_is_an_error_within_the_deadline(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: each byte within httpx's read timeout kept the discovery (and the run) waiting.
    from docspecs.fuzz import _discovery

    monkeypatch.setattr(_discovery, "STATE_TIMEOUT", 1.0)
    trickle = Trickle()

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await trickle.app(scope, receive, send)

    with LoopbackServer(cast(SimulatorApp, asgi)) as running:
        started = time.monotonic()
        with pytest.raises(DocspecsError) as info:
            fuzz(project, ["shop"], base_url=running.url, env=_env())
        assert time.monotonic() - started < 5.0
    assert str(info.value).endswith("GET /_simulator/state did not complete within 1 s")
    assert trickle.requests == ["GET"]


def test_a_state_answer_past_the_size_limit_is_not_the_simulator(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docspecs.fuzz import _discovery

    state = {"shop": {"mount": "/", "token": TOKEN, "resources": {"x": [{"id": "i"}] * 200}}}
    monkeypatch.setattr(_discovery, "STATE_LIMIT", 1000)
    mimic = Mimic({**state, "shop": {**state["shop"], "mount": "/shop"}})

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await mimic.app(scope, receive, send)

    with LoopbackServer(cast(SimulatorApp, asgi)) as running:
        result = fuzz(project, ["shop"], base_url=running.url, env=_env(), max_examples=1)
    assert [op.operation_id for op in result.operations] == ["get_item"]
    assert [(m, p) for m, p, _ in mimic.requests if m not in SAFE] == []


def test_one_rate_limiter_is_shared_by_every_pass_and_api_of_a_run(
    project: Project, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: each engine pass built its own limiter from "5/s", so the second pass (and the
    # next API) started with a fresh allowance right after the last requests of the one before.
    from docspecs.fuzz import _engine, _fuzz

    seen: list[Any] = []
    original = _engine.engine_config

    def recording(*args: Any, **kwargs: Any) -> Any:
        config = original(*args, **kwargs)
        seen.append(config.projects.get_default().rate_limit)
        return config

    monkeypatch.setattr(_engine, "engine_config", recording)
    limiters: list[Any] = []
    real_limiter = _fuzz.live_limiter
    monkeypatch.setattr(
        _fuzz, "live_limiter", lambda: limiters.append(real_limiter()) or limiters[-1]
    )
    fuzz(project, ["shop"], base_url=server, env=_env(), max_examples=1)
    assert len(seen) == 2 and seen[0] is seen[1] is limiters[0], (seen, limiters)
