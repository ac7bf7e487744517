"""`docspecs fuzz` behaviour on a tiny inline spec and a tiny app with the simulator's control API.

The tiny app keeps the simulator's contract (`/_simulator/state`, `/_simulator/reset`,
`/_simulator/faults`, vendor mounted under `/<api>`), so these tests pin what `fuzz` does with any
such target: real ids and tokens are fed in, every check runs, faults make the matching check
fail with a curl command that hides the token, the same seed sends the same requests.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from xml.etree import ElementTree

import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from docspecs import Project
from docspecs._errors import DocspecsError
from docspecs.cli import main
from docspecs.fuzz import FuzzResult, fuzz
from docspecs.simulator import LoopbackServer, SimulatorApp

TOKEN = "tiny_secret_token_1234"
ITEMS = {"it_1": "DONE", "it_2": "RUNNING", "it_3": "FAILED"}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.0.0"},
    "servers": [{"url": "https://api.tiny.example"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/v1/items/{item_id}": {
            "get": {
                "operationId": "get_item",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {"name": "include_detail", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "include_notes", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {
                    "200": {
                        "description": "The item.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    },
                    "400": {"$ref": "#/components/responses/Error"},
                    "401": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"},
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "responses": {
            "Error": {
                "description": "An error.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": ["DONE", "RUNNING", "FAILED"]},
                    "detail": {"type": "string"},
                    "notes": {"type": "array", "items": {"type": "string"}},
                },
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
    },
}


class TinyTarget:
    """A vendor `tiny` with the simulator's control API: state, reset, faults."""

    def __init__(
        self,
        fault: dict[str, Any] | None = None,
        version: str | None = None,
        sets_cookie: bool = False,
    ) -> None:
        # `version`: the value of a required `x-tiny-version` header (the spec's example).
        self.version = version
        # `sets_cookie`: every answer sets a cookie; `cookies` records what requests carried.
        self.sets_cookie = sets_cookie
        self.cookies: list[str | None] = []
        self.faults: list[dict[str, Any]] = [fault] if fault else []
        self.served: list[tuple[str, tuple[tuple[str, str], ...]]] = []
        self.methods: set[str] = set()
        self.starlette = Starlette(
            routes=[
                Route("/_simulator/state", self.state),
                Route("/_simulator/reset", self.reset, methods=["POST"]),
                Route("/_simulator/faults", self.add_fault, methods=["POST"]),
                Mount(
                    "/tiny", routes=[Route("/v1/items/{item_id}", self.get_item, methods=["GET"])]
                ),
            ]
        )

    async def app(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.methods.add(scope["method"])
        await self.starlette(scope, receive, send)

    async def state(self, request: Request) -> Response:
        items = [{"id": key, "status": status} for key, status in ITEMS.items()]
        return JSONResponse(
            {"tiny": {"mount": "/tiny", "token": TOKEN, "resources": {"items": items}}}
        )

    async def reset(self, request: Request) -> Response:
        self.faults.clear()
        self.served.clear()
        return JSONResponse({"reset": True})

    async def add_fault(self, request: Request) -> Response:
        self.faults.append(await request.json())
        return JSONResponse({"ok": True})

    async def get_item(self, request: Request) -> Response:
        self.cookies.append(request.headers.get("cookie"))
        response = await self._get_item(request)
        if self.sets_cookie:
            response.set_cookie("session", f"s{len(self.cookies)}")
        return response

    async def _get_item(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            return JSONResponse({"message": "unauthorized"}, 401)
        if self.version is not None and request.headers.get("x-tiny-version") != self.version:
            return JSONResponse({"message": "x-tiny-version must be the documented version"}, 400)
        for name, value in request.query_params.multi_items():
            if name not in ("include_detail", "include_notes") or value not in ("true", "false"):
                return JSONResponse({"message": f"bad query parameter {name}"}, 400)
        if len(request.query_params.multi_items()) != len(set(request.query_params)):
            return JSONResponse({"message": "repeated query parameter"}, 400)
        item_id = request.path_params["item_id"]
        if item_id not in ITEMS:
            return JSONResponse({"message": "not found"}, 404)
        body: dict[str, Any] = {"id": item_id, "status": ITEMS[item_id]}
        if request.query_params.get("include_detail") == "true":
            body["detail"] = "some detail"
        if request.query_params.get("include_notes") == "true":
            body["notes"] = ["a note"]
        for fault in self.faults:
            if fault["kind"] == "bad_body":
                return JSONResponse({"id": item_id, "status": 42})
            if fault["kind"] == "status":
                return JSONResponse({"message": "teapot"}, fault["status"])
        self.served.append((item_id, tuple(sorted(request.query_params.items()))))
        return JSONResponse(body)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    spec_dir = tmp_path / "specs" / "tiny"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(SPEC, sort_keys=False))
    return Project(tmp_path)


@pytest.fixture
def target() -> TinyTarget:
    return TinyTarget()


def _fuzz(project: Project, target: TinyTarget, **kwargs: Any) -> FuzzResult:
    kwargs.setdefault("max_examples", 30)
    return fuzz(project, ["tiny"], app=target.app, **kwargs)


@pytest.mark.slow
def test_a_conforming_target_passes_with_per_operation_stats(
    project: Project, target: TinyTarget
) -> None:
    result = _fuzz(project, target)
    assert result.ok, "\n".join(str(f) for f in result.failures) + "\n".join(result.errors)
    (op,) = result.operations
    assert (op.api, op.operation_id, op.label) == ("tiny", "get_item", "GET /v1/items/{item_id}")
    # 3 ids x 4 flag combinations as explicit examples, then coverage and two fuzzing passes.
    assert op.cases >= 12 + 2 * 30
    assert op.ok / op.cases >= 0.3
    assert (op.ids_ok, op.ids_total) == (3, 3)
    statuses = dict(op.statuses)
    assert {200, 400, 401, 404} <= set(statuses), statuses
    assert op.probes > 0  # ignored_auth sent its own requests without and with invalid credentials
    table = result.table()
    assert "get_item" in table and f"{op.cases}" in table and "3/3" in table


def test_every_flag_combination_is_read_for_every_id(project: Project, target: TinyTarget) -> None:
    _fuzz(project, target, max_examples=5)
    for item in ITEMS:
        for detail in ("false", "true"):
            for notes in ("false", "true"):
                flags = (("include_detail", detail), ("include_notes", notes))
                assert (item, flags) in target.served


def test_explicit_examples_carry_required_headers_the_spec_documents(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    header = {
        "name": "x-tiny-version",
        "in": "header",
        "required": True,
        "schema": {"type": "string", "enum": ["2024-01-01"]},
    }
    spec["paths"]["/v1/items/{item_id}"]["get"]["parameters"].append(header)
    (tmp_path / "specs" / "tiny").mkdir(parents=True)
    (tmp_path / "specs" / "tiny" / "openapi.yaml").write_text(yaml.safe_dump(spec))
    target = TinyTarget(version="2024-01-01")
    result = _fuzz(Project(tmp_path), target, max_examples=5)
    assert result.ok, "\n".join(map(str, result.failures)) + "\n".join(result.errors)
    for item in ITEMS:
        flags = (("include_detail", "true"), ("include_notes", "true"))
        assert (item, flags) in target.served


@pytest.mark.slow
def test_same_seed_same_requests_other_seed_other_requests(project: Project) -> None:
    first = _fuzz(project, TinyTarget(), seed=7)
    again = _fuzz(project, TinyTarget(), seed=7)
    other = _fuzz(project, TinyTarget(), seed=8)
    assert first.operations[0].fingerprint == again.operations[0].fingerprint
    assert first.operations[0].cases == again.operations[0].cases
    assert first.operations[0].fingerprint != other.operations[0].fingerprint


def test_in_process_cases_do_not_share_cookies(project: Project) -> None:
    # In-process requests go through one long-lived session per thread: a cookie the app sets
    # must not ride along on the next case (over HTTP schemathesis drops them after each request).
    target = TinyTarget(sets_cookie=True)
    result = _fuzz(project, target, max_examples=10)
    assert result.ok, "\n".join(str(f) for f in result.failures) + "\n".join(result.errors)
    assert len(target.cookies) > 10
    assert set(target.cookies) == {None}


@pytest.mark.parametrize(
    ("fault", "check"),
    [
        ({"kind": "bad_body"}, "response_schema_conformance"),
        ({"kind": "status", "status": 418}, "status_code_conformance"),
        ({"kind": "status", "status": 503}, "not_a_server_error"),
    ],
)
def test_faults_fail_the_matching_check_with_a_token_free_curl(
    project: Project, fault: dict[str, Any], check: str
) -> None:
    target = TinyTarget(fault)
    result = _fuzz(project, target, max_examples=10)
    assert not result.ok
    checks = {f.check for f in result.failures}
    assert check in checks, checks
    failure = next(f for f in result.failures if f.check == check)
    assert failure.operation_id == "get_item"
    assert failure.curl.startswith("curl -X GET ")
    assert '"Authorization: Bearer $TOKEN"' in failure.curl
    assert "http://127.0.0.1:8400/tiny/v1/items/" in failure.curl
    assert TOKEN not in str(failure) and TOKEN not in result.table()


def test_junit_xml_has_a_testcase_per_operation_and_no_token(
    project: Project, target: TinyTarget, tmp_path: Path
) -> None:
    report = tmp_path / "out" / "fuzz.xml"
    _fuzz(project, target, max_examples=5, junit_xml=report)
    text = report.read_text()
    assert TOKEN not in text
    root = ElementTree.fromstring(text)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "fuzz tiny"
    (case,) = suite.findall("testcase")
    assert case.get("name") == "get_item" and case.find("failure") is None


def test_live_mode_without_tokens_skips_and_says_what_to_set(project: Project) -> None:
    result = fuzz(project, ["tiny"], live=True, env={})
    assert result.operations == () and not result.ok
    assert result.skipped == (
        "tiny: not fuzzed: set TINY_API_TOKEN (and DOCSPECS_LIVE_IDS) to fuzz it",
    )


def test_live_mode_without_ids_skips_the_operation(project: Project) -> None:
    result = fuzz(project, ["tiny"], live=True, env={"TINY_API_TOKEN": "x"})
    assert result.operations == ()
    (reason,) = result.skipped
    assert "get_item" in reason and "DOCSPECS_LIVE_IDS" in reason


def test_cli_live_without_credentials_skips_cleanly(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TINY_API_TOKEN", raising=False)
    monkeypatch.delenv("DOCSPECS_LIVE_IDS", raising=False)
    code = main(["--root", str(project.root), "fuzz", "--live"])
    out = capsys.readouterr().out
    assert code == 0
    assert "skipped: tiny: not fuzzed: set TINY_API_TOKEN (and DOCSPECS_LIVE_IDS)" in out


def test_bad_arguments_are_errors_naming_the_parameter(
    project: Project, target: TinyTarget
) -> None:
    with pytest.raises(DocspecsError, match="max-examples"):
        _fuzz(project, target, max_examples=0)
    with pytest.raises(DocspecsError, match="DOCSPECS_LIVE_IDS"):
        fuzz(project, ["tiny"], live=True, env={"DOCSPECS_LIVE_IDS": "{not json"})
    with pytest.raises(DocspecsError, match="unknown API"):
        fuzz(project, ["nope"], app=target.app)


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",  # urlsplit raises ValueError
        "http://",  # no host: would go on to a DNS lookup of "http:"
        "http:///tiny",
        "http://:8400",
        "http://127.0.0.1:99999",  # port out of range
        "http://127.0.0.1:80x",
        "ftp://127.0.0.1",
        "127.0.0.1:8400",
        "http://127.0.0.1:8400/tiny?x=1",
    ],
)
@pytest.mark.parametrize("live", [False, True])
def test_a_malformed_base_url_is_an_error_naming_it(project: Project, url: str, live: bool) -> None:
    env = {"TINY_API_TOKEN": TOKEN, "DOCSPECS_LIVE_IDS": '{"tiny": {"get_item": ["it_1"]}}'}
    with pytest.raises(DocspecsError) as info:
        fuzz(project, ["tiny"], base_url=url, live=live, env=env, max_examples=1)
    message = str(info.value)
    assert message.startswith(f"--base-url {url!r}: "), message
    assert TOKEN not in message


def test_cli_malformed_base_url_exits_2_without_a_traceback(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--root", str(project.root), "fuzz", "--base-url", "http://[::1"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("docspecs: error: --base-url 'http://[::1': "), err
    assert "Traceback" not in err


def test_base_url_with_a_password_is_not_echoed(project: Project) -> None:
    with pytest.raises(DocspecsError) as info:
        fuzz(project, ["tiny"], base_url="ftp://user:hunter2@example.com")
    assert "hunter2" not in str(info.value) and "--base-url" in str(info.value)


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        ("{not json", "DOCSPECS_LIVE_IDS: not JSON"),
        ('["tiny"]', "DOCSPECS_LIVE_IDS: expected a JSON object"),
        ('{"tiny": ["secret_value_1"]}', "DOCSPECS_LIVE_IDS: /tiny: "),
        ('{"tiny": {"get_item": 5}}', "DOCSPECS_LIVE_IDS: /tiny/get_item: "),
        ('{"tiny": {"get_item": "secret_value_1"}}', "DOCSPECS_LIVE_IDS: /tiny/get_item: "),
        ('{"tiny": {"get_item": []}}', "DOCSPECS_LIVE_IDS: /tiny/get_item: "),
        ('{"tiny": {"get_item": ["it_1", ""]}}', "DOCSPECS_LIVE_IDS: /tiny/get_item/1: "),
        ('{"tiny": {"get_item": ["it_1", 7]}}', "DOCSPECS_LIVE_IDS: /tiny/get_item/1: "),
        ('{"tiny": {"get_itme": ["it_1"]}}', "DOCSPECS_LIVE_IDS: /tiny/get_itme: unknown"),
        ('{"tnyi": {"get_item": ["it_1"]}}', "DOCSPECS_LIVE_IDS: /tnyi: unknown API"),
    ],
)
def test_malformed_live_ids_are_errors_naming_the_api_and_operation(
    project: Project, raw: str, where: str
) -> None:
    # A closed port: before the ids were checked, some of these went on to fuzz with ids like
    # ('s', 'e', 'c', ...) or silently dropped what the user wrote.
    env = {"TINY_API_TOKEN": TOKEN, "DOCSPECS_LIVE_IDS": raw}
    with pytest.raises(DocspecsError) as info:
        fuzz(project, ["tiny"], live=True, base_url="http://127.0.0.1:9", env=env, max_examples=1)
    message = str(info.value)
    assert message.startswith(where), message
    assert TOKEN not in message and "secret_value_1" not in message


def test_live_ids_parse_to_tuples_per_operation() -> None:
    from docspecs.fuzz._discovery import parse_live_ids

    assert parse_live_ids(None) == {}
    assert parse_live_ids("") == {}
    raw = '{"extend": {"get_processor_run": ["dpr_1", "dpr_2"]}, "talonic": {}}'
    assert parse_live_ids(raw) == {
        "extend": {"get_processor_run": ("dpr_1", "dpr_2")},
        "talonic": {},
    }
    with pytest.raises(DocspecsError, match=r"^DOCSPECS_LIVE_IDS: /extend/get_processor_run: "):
        parse_live_ids('{"extend": {"get_processor_run": "dp_run_abc"}}')
    with pytest.raises(DocspecsError, match=r"^DOCSPECS_LIVE_IDS: /extend: unknown API"):
        parse_live_ids('{"extend": {}}', known={"tiny": ["get_item"]})


@pytest.fixture
def served(target: TinyTarget) -> Iterator[str]:
    """The tiny target over HTTP on a free loopback port, served like the simulator is.

    `LoopbackServer` binds the socket itself (no free-port race) and raises if the server does not
    start. The app goes in as a plain coroutine function: uvicorn, guessing the interface, takes a
    bound method (`target.app`) for an ASGI2 app. `LoopbackServer` is typed for the simulator's
    app, hence the cast; it only hands the app to uvicorn.
    """

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await target.app(scope, receive, send)

    with LoopbackServer(cast(SimulatorApp, asgi)) as server:
        yield server.url


@pytest.mark.slow
def test_cli_over_http_prints_the_table_and_exits_0(
    project: Project, served: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--root", str(project.root), "fuzz", "tiny", "--base-url", served, "--max-examples", "10"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "get_item" in out and "share" in out
    assert TOKEN not in out


@pytest.mark.slow
def test_live_mode_sends_only_safe_reads_with_the_token_from_the_environment(
    project: Project, served: str, target: TinyTarget
) -> None:
    env = {"TINY_API_TOKEN": TOKEN, "DOCSPECS_LIVE_IDS": '{"tiny": {"get_item": ["it_1"]}}'}
    result = fuzz(project, ["tiny"], live=True, base_url=served + "/tiny", env=env, max_examples=3)
    assert result.ok, "\n".join(map(str, result.failures)) + "\n".join(result.errors)
    (op,) = result.operations
    assert op.ok > 0 and (op.ids_ok, op.ids_total) == (1, 1)
    assert target.methods <= {"GET", "HEAD"}, target.methods


@pytest.mark.slow
@pytest.mark.parametrize("target", [TinyTarget({"kind": "bad_body"})])
def test_cli_exits_1_with_a_curl_when_a_check_fails(
    project: Project, served: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = tmp_path / "junit.xml"
    args = ["--root", str(project.root), "fuzz", "--base-url", served, "--max-examples", "5"]
    code = main([*args, "--junit-xml", str(report)])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "response_schema_conformance" in out
    assert 'curl -X GET -H "Authorization: Bearer $TOKEN"' in out
    assert served + "/tiny/v1/items/" in out
    assert TOKEN not in out and TOKEN not in report.read_text()
    assert ElementTree.parse(report).getroot().find("testsuite/testcase/failure") is not None


def test_table_and_summary_are_what_users_see() -> None:
    from docspecs.fuzz import OperationStats

    op = OperationStats(
        api="tiny",
        operation_id="get_item",
        label="GET /v1/items/{item_id}",
        cases=120,
        ok=48,
        probes=2,
        statuses=((200, 48), (400, 60), (404, 12)),
        ids_ok=3,
        ids_total=3,
        fingerprint="0123456789abcdef",
    )
    result = FuzzResult(
        operations=(op,),
        failures=(),
        errors=(),
        skipped=(),
        seed=0,
        max_examples=50,
        target="the in-process simulator",
        elapsed=2.0,
    )
    assert result.table().splitlines() == [
        "api   operation  cases  2xx  share  ids 2xx  statuses",
        "tiny  get_item     120   48    40%      3/3  200:48 400:60 404:12",
    ]
    assert result.summary() == (
        "fuzz: ok: 120 cases over 1 operation(s) against the in-process simulator in 2.0s "
        "(60 cases/s), seed 0, max-examples 50"
    )
