"""Typed errors in each vendor's shape, configuration from the environment, token redaction."""

from __future__ import annotations

import logging
import traceback
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import api, first

from docspecs.simulator import LoopbackServer, build_app
from docspecs.testing import Target

CANARY = "canary-9f4e2d1c-SECRET-TOKEN"


@pytest.mark.parametrize(
    ("package", "vendor", "module", "resource", "code", "message"),
    [
        ("ib", "instabase", "runs.get_run_results", "run", None, None),
        (
            "tal",
            "talonic",
            "jobs.get_job_results",
            "00000000-0000-4000-8000-000000000000",
            "AUTH_REQUIRED",
            "Missing or invalid API key.",
        ),
        (
            "ext",
            "extend",
            "classify_runs.get_classify_run",
            "clr_x",
            "UNAUTHORIZED",
            "Missing or invalid bearer token.",
        ),
    ],
)
def test_401_is_an_authentication_error_with_the_vendors_code_and_message(
    request: pytest.FixtureRequest,
    server: Any,
    make_client: Any,
    package: str,
    vendor: str,
    module: str,
    resource: str,
    code: str | None,
    message: str | None,
) -> None:
    pkg: ModuleType = request.getfixturevalue(package)
    client, attempts = make_client(pkg, vendor, token="wrong-token")
    with pytest.raises(pkg.errors.AuthenticationError) as raised:
        api(pkg, module).sync(resource, client=client)
    error = raised.value
    assert isinstance(error, pkg.errors.APIStatusError)
    assert isinstance(error, pkg.errors.APIError)
    assert error.status_code == 401
    assert len(attempts) == 1
    if code is not None:
        assert error.code == code
        assert error.message == message
        assert message in str(error)
    else:
        assert error.message  # Instabase: {"message": ...}


def test_error_shapes_and_request_id_are_read(ib: ModuleType, tal: ModuleType) -> None:
    bodies = {
        "/a": (400, {"error": {"code": "validation_error", "message": "Invalid job ID format."}}),
        "/b": (422, {"success": False, "error": "Bad input", "code": "INVALID_INPUT"}),
        "/c": (500, {"message": "boom"}),
        "/d": (409, "not json at all"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        status, body = bodies[request.url.path]
        headers = {"x-request-id": "req_123"}
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    client = tal.AuthenticatedClient(
        base_url="http://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    raw = client.get_httpx_client()
    errors = tal.errors
    cases = [
        ("/a", errors.BadRequestError, "validation_error", "Invalid job ID format."),
        ("/b", errors.UnprocessableEntityError, "INVALID_INPUT", "Bad input"),
        ("/c", errors.ServerError, None, "boom"),
        ("/d", errors.ConflictError, None, "not json at all"),
    ]
    for path, kind, code, message in cases:
        error = errors.status_error(raw.get(path))
        assert type(error) is kind
        assert (error.code, error.message, error.request_id) == (code, message, "req_123")


def test_from_env_reads_token_base_url_and_ib_context(ib: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "COMPLETE", "files": [], "has_more": False})

    client = ib.from_env(
        environ={
            "INSTABASE_API_TOKEN": "tok",
            "INSTABASE_IB_CONTEXT": "org-42",
            "INSTABASE_BASE_URL": "http://mock.local/instabase",
        },
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    api(ib, "runs.get_run_results").sync("r1", client=client)
    assert str(seen[0].url).startswith("http://mock.local/instabase/v2/apps/runs/r1/results")
    assert seen[0].headers["authorization"] == "Bearer tok"
    assert seen[0].headers["ib-context"] == "org-42"
    # the argument beats the variable; a per-call header beats both
    client = ib.from_env(
        environ={"INSTABASE_API_TOKEN": "tok", "INSTABASE_IB_CONTEXT": "org-42"},
        ib_context="user-7",
        base_url="http://other.local",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    api(ib, "runs.get_run_results").sync("r1", client=client)
    assert seen[1].headers["ib-context"] == "user-7"
    api(ib, "runs.get_run_results").sync("r1", client=client, ib_context="per-call")
    assert seen[2].headers["ib-context"] == "per-call"
    assert ib.from_env(environ={"INSTABASE_API_TOKEN": "t"}).base_url == (
        "https://aihub.instabase.com/api"
    )


@pytest.mark.parametrize(
    ("package", "variable"),
    [("ib", "INSTABASE_API_TOKEN"), ("tal", "TALONIC_API_KEY"), ("ext", "EXTEND_API_TOKEN")],
)
def test_a_missing_token_is_an_error_naming_the_variable(
    request: pytest.FixtureRequest, package: str, variable: str
) -> None:
    pkg: ModuleType = request.getfixturevalue(package)
    with pytest.raises(pkg.errors.ConfigurationError, match=variable):
        pkg.from_env(environ={})
    with pytest.raises(pkg.errors.ConfigurationError, match=variable):
        pkg.from_env(environ={variable: "   "})


def test_extend_regions_and_api_version_default(ext: ModuleType) -> None:
    env = {"EXTEND_API_TOKEN": "sk"}
    assert ext.from_env(environ=env).base_url == "https://api.extend.ai"
    assert ext.from_env(environ=env, region="us2").base_url == "https://api.us2.extend.app"
    assert ext.from_env(environ=env, region="eu1").base_url == "https://api.eu1.extend.ai"
    with pytest.raises(ext.errors.ConfigurationError, match="eu1"):
        ext.from_env(environ=env, region="mars")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "classify_run", "id": "c", "status": "PENDING"})

    transport = {"transport": httpx.MockTransport(handler)}
    get = api(ext, "classify_runs.get_classify_run")
    get.sync("c", client=ext.from_env(environ=env, httpx_args=transport))
    get.sync(
        "c",
        client=ext.from_env(
            environ={**env, "EXTEND_API_VERSION": "2024-12-23"}, httpx_args=transport
        ),
    )
    get.sync("c", client=ext.from_env(environ=env, api_version="2026-01-01", httpx_args=transport))
    versions = [r.headers["x-extend-api-version"] for r in seen]
    assert versions == ["2026-02-09", "2024-12-23", "2026-01-01"]


def test_talonic_has_no_ib_context_or_region(tal: ModuleType) -> None:
    client = tal.from_env(environ={"TALONIC_API_KEY": "tlnc_x"})
    assert client.base_url == "https://api.talonic.com"
    assert tal.client.REGIONS == {}
    assert "region" not in tal.from_env.__code__.co_varnames


def test_the_token_never_appears_in_reprs_logs_errors_or_tracebacks(
    ib: ModuleType, ext: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    with LoopbackServer(build_app(0, tokens={"instabase": CANARY})) as loopback:
        _exercise_with_canary(ib, ext, Target(loopback.app, loopback.url), caplog)


def _exercise_with_canary(
    ib: ModuleType, ext: ModuleType, server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger; caplog restores every level it sets
    for name in ("httpx", "httpcore", "instabase_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    client = ib.from_env(
        environ={"INSTABASE_API_TOKEN": CANARY, "INSTABASE_BASE_URL": server.base_url("instabase")}
    )
    texts = [repr(client), str(client)]
    by_hand = ib.AuthenticatedClient(
        base_url="http://x", token="t", headers={"Authorization": f"Bearer {CANARY}"}
    )
    texts.append(repr(by_hand))
    run_id = first(server, "instabase", "runs", "COMPLETE")
    server.fault("instabase", "get_run_results", status=503, count=1)
    result = api(ib, "runs.get_run_results").sync(run_id, client=client)  # a retry is logged
    texts.append(repr(result))
    with pytest.raises(ib.errors.NotFoundError) as raised:
        api(ib, "runs.get_run_results").sync("missing", client=client)
    texts += [str(raised.value), repr(raised.value), repr(raised.value.response)]
    texts.append("".join(traceback.format_exception(raised.value)))
    texts.append(repr(raised.value.response.request.headers))
    texts.append(repr(client.get_httpx_client().headers))

    # a server that echoes the token back in its error message
    def echo(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].split()[1]
        return httpx.Response(401, json={"success": False, "error": f"bad token {token}"})

    echoing = ext.AuthenticatedClient(
        base_url="http://x", token=CANARY, httpx_args={"transport": httpx.MockTransport(echo)}
    )
    with pytest.raises(ext.errors.AuthenticationError) as echoed:
        api(ext, "classify_runs.get_classify_run").sync("c", client=echoing)
    texts += [str(echoed.value), "".join(traceback.format_exception(echoed.value))]
    records = [record.getMessage() for record in caplog.records]
    assert any("retrying" in message for message in records)
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    for text in texts + records:
        assert CANARY not in text
    assert client.token == CANARY  # still usable on purpose


def _redirect_to_another_host(seen: list[tuple[str, dict[str, str]]]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, dict(request.headers)))
        if request.url.host == "127.0.0.1":
            return httpx.Response(302, headers={"Location": "http://127.0.0.2:9/elsewhere"})
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("header", ["Authorization", "x-api-key"])
def test_a_followed_redirect_to_another_host_does_not_carry_the_token(
    ext: ModuleType, header: str
) -> None:
    """httpx drops `Authorization` on a cross-origin redirect; a custom `auth_header_name`
    must be dropped too (sync and async), and kept on the base URL's own origin."""
    token = "tok_canary-redirect-9f2"
    seen: list[tuple[str, dict[str, str]]] = []
    client = ext.AuthenticatedClient(
        base_url="http://127.0.0.1:1",
        token=token,
        auth_header_name=header,
        follow_redirects=True,
        httpx_args={"transport": _redirect_to_another_host(seen)},
    )
    client.get_httpx_client().get("/x")

    async def fetch() -> None:
        await client.get_async_httpx_client().get("/x")

    import asyncio

    asyncio.run(fetch())
    hosts = [host for host, _ in seen]
    assert hosts == ["127.0.0.1", "127.0.0.2", "127.0.0.1", "127.0.0.2"]
    for host, headers in seen:
        carried = any(token in value for value in headers.values())
        assert carried == (host == "127.0.0.1"), (host, header)


def _scripted_client(ext: ModuleType, answer: httpx.Response, token: str) -> Any:
    return ext.AuthenticatedClient(
        base_url="http://127.0.0.1:1",
        token=token,
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(lambda request: answer)},
    )


def test_a_token_echoed_percent_encoded_is_redacted_everywhere(
    ext: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    """Servers echo what they were sent inside URLs, percent-encoded: a token with `+`, `/`
    or `=` then differs from the token and slipped past the redaction of messages and logs."""
    token = "sk_live+canary/9f2=="
    forms = (token, "sk_live%2Bcanary%2F9f2%3D%3D")
    answer = httpx.Response(
        400,
        headers={"x-request-id": forms[1]},
        json={"code": forms[1], "message": f"bad token {forms[1]}", "detail": {"t": [forms[1]]}},
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ext.errors.BadRequestError) as raised:
        _scripted_client(ext, answer, token).processor_runs.get("dpr_1")
    error = raised.value
    shown = "".join(traceback.format_exception(error)) + repr(error.body) + caplog.text
    shown += str(error.code) + str(error.request_id) + error.response.text
    assert not any(form in shown for form in forms)
    assert "[redacted]" in str(error)


@pytest.mark.parametrize("status", [200, 500])
def test_json_nested_too_deeply_is_a_typed_error(ext: ModuleType, status: int) -> None:
    """A body of 100,000 nested arrays made json raise RecursionError out of the call."""
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = httpx.Response(status, content=deep, headers={"content-type": "application/json"})
    with pytest.raises(ext.errors.APIError) as raised:
        _scripted_client(ext, answer, "tok").processor_runs.get("dpr_1")
    if status == 200:
        assert isinstance(raised.value, ext.errors.ResponseValidationError)
        assert "nested too deeply" in str(raised.value)
    else:
        assert isinstance(raised.value, ext.errors.ServerError)


@pytest.mark.parametrize("value", ["127.0.0.1:9", "ftp://files.example", "http://bad host\x00/"])
def test_a_base_url_variable_that_is_not_an_http_url_is_a_configuration_error(
    ext: ModuleType, value: str
) -> None:
    """A mistyped `EXTEND_BASE_URL` is refused when the client is built, naming the variable
    (a control character raised httpx.InvalidURL; a missing scheme failed only at the first
    call, as a connection error)."""
    environ = {"EXTEND_BASE_URL": value, "EXTEND_API_TOKEN": "tok"}
    with pytest.raises(ext.errors.ConfigurationError, match="EXTEND_BASE_URL is not an absolute"):
        ext.from_env(environ=environ)
    with pytest.raises(ext.errors.ConfigurationError, match="base_url= is not an absolute"):
        ext.from_env(base_url=value, environ={"EXTEND_API_TOKEN": "tok"})


def test_a_value_of_the_wrong_json_type_deep_in_a_body_gets_a_readable_reason(
    ext: ModuleType,
) -> None:
    """The model parsers raised a bare `TypeError('')` for an object where an enum string is
    expected; the error said "wrong shape (TypeError: )". It names the path and both types."""
    run = {"object": "classify_run", "id": "clr_1", "status": {"x": 1}}
    answer = httpx.Response(200, json=run)
    with pytest.raises(ext.errors.ResponseValidationError) as raised:
        _scripted_client(ext, answer, "tok").classify_runs.get("clr_1")
    assert raised.value.reason == "status: expected a string, got object"
    assert raised.value.path == "status"
