"""The generated clients against hostile servers (issue 10): a deadline that bounds a trickled
body, every failure typed, tokens that never leak, and the environment beating `region=`."""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from types import ModuleType
from typing import Any

import httpx
import pytest
from loopback_servers import echo_server, json_body, trickling_server
from runtime_helpers import api

CANARY = "canary-7d3b9e51-SECRET-TOKEN"
DEADLINE = 2.0
#: What a loaded machine may add to a call cut off at its deadline.
SLACK = 0.5


# -- 10.3: the deadline bounds the whole call, body read included ---------------------------


def test_deadline_bounds_a_body_trickled_one_byte_a_second(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")
    with trickling_server() as url:
        client = ext.AuthenticatedClient(base_url=url, token="t", deadline=DEADLINE)
        started = time.monotonic()
        with pytest.raises(ext.errors.APITimeoutError, match="deadline"):
            get.sync("clr_1", client=client)
        elapsed = time.monotonic() - started
    assert DEADLINE - 0.1 <= elapsed <= DEADLINE + SLACK


def test_sync_deadline_is_kept_even_when_each_byte_arrives_just_before_the_read_timeout(
    ext: ModuleType,
) -> None:
    # One byte every 1.5 s against a 2 s deadline: a check after each byte would only notice at
    # 3 s; the deadline shuts the socket down at 2 s.
    get = api(ext, "classify_runs.get_classify_run")
    with trickling_server(interval=1.5) as url:
        client = ext.AuthenticatedClient(base_url=url, token="t", deadline=DEADLINE)
        started = time.monotonic()
        with pytest.raises(ext.errors.APITimeoutError, match="deadline"):
            get.sync("clr_1", client=client)
        elapsed = time.monotonic() - started
        # the connection was dropped, the client still works for the next call
        with pytest.raises(ext.errors.APITimeoutError):
            get.sync("clr_1", client=client, request_options=ext.RequestOptions(deadline=0.5))
    assert DEADLINE - 0.1 <= elapsed <= DEADLINE + 0.5


def test_per_call_deadline_bounds_a_trickled_body_in_async_calls(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")

    async def main(url: str) -> float:
        async with ext.AuthenticatedClient(base_url=url, token="t") as client:
            started = time.monotonic()
            with pytest.raises(ext.errors.APITimeoutError):
                await get.asyncio(
                    "clr_1", client=client, request_options=ext.RequestOptions(deadline=DEADLINE)
                )
            return time.monotonic() - started

    with trickling_server() as url:
        elapsed = asyncio.run(main(url))
    assert DEADLINE - 0.1 <= elapsed <= DEADLINE + 0.5  # async: cancelled at the deadline


# -- 10.6: every failure is one of the package's errors --------------------------------------


def _mock_client(package: ModuleType, handler: Any, **kwargs: Any) -> Any:
    return package.AuthenticatedClient(
        base_url="http://vendor.test",
        token=CANARY,
        httpx_args={"transport": httpx.MockTransport(handler)},
        **kwargs,
    )


@pytest.mark.parametrize(
    ("content_type", "body", "reason"),
    [
        ("application/json", b'{"status": "COMPL', "not JSON"),
        (
            "text/html",
            b"<html><body><h1>502 Bad Gateway</h1> proxy says hi</body></html>",
            "not JSON",
        ),
        ("application/json", b"", "empty body"),
        ("application/json", b"   \n", "empty body"),
        ("application/json", b"[]", "expected a JSON object, got list"),
        ("application/json", b'"COMPLETE"', "expected a JSON object, got str"),
        ("application/json", b"null", "expected a JSON object, got NoneType"),
        ("application/json", b'{"files": "not a list"}', "files: expected an array, got string"),
        ("application/json", b'{"files": 5}', "files: expected an array, got integer"),
        ("application/json", b'{"files": [1, 2]}', "files[0]: expected an object, got integer"),
    ],
)
def test_a_bad_2xx_body_is_a_response_validation_error(
    ib: ModuleType, content_type: str, body: bytes, reason: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    get = api(ib, "runs.get_run_results")
    for call in (get.sync, get.sync_detailed):
        with pytest.raises(ib.errors.ResponseValidationError) as raised:
            call("run_1", client=_mock_client(ib, handler))
        error = raised.value
        assert isinstance(error, ib.errors.APIError)
        assert error.status_code == 200
        assert error.content_type == content_type
        assert error.expected == "RunResults"
        assert reason in error.reason
        assert len(error.excerpt) <= 120
        assert error.excerpt == " ".join(body.decode().split())  # these bodies are short
        text = str(error)
        assert "200 response to GET http://vendor.test/v2/apps/runs/run_1/results" in text
        assert content_type in text
        assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


def test_a_bad_2xx_body_in_async_calls_is_the_same_error(ext: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, text="<html>maintenance</html>", headers={"content-type": "text/html"}
        )

    async def main() -> None:
        client = _mock_client(ext, handler)
        with pytest.raises(ext.errors.ResponseValidationError, match="maintenance"):
            await api(ext, "processor_runs.get_processor_run").asyncio("dpr_1", client=client)

    asyncio.run(main())


def test_the_excerpt_of_a_bad_body_never_shows_the_token(tal: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].split()[1]
        page = f"<html>signed in as {token} - this is a login page, not JSON</html>"
        return httpx.Response(
            200, text=page, headers={"content-type": "text/html", "x-token": token}
        )

    with pytest.raises(tal.errors.ResponseValidationError) as raised:
        api(tal, "jobs.get_job_results").sync(
            "00000000-0000-4000-8000-000000000000", client=_mock_client(tal, handler)
        )
    error = raised.value
    assert "[redacted]" in error.excerpt
    for text in (
        str(error),
        repr(error),
        error.excerpt,
        error.response.text,
        repr(error.response.headers),
    ):
        assert CANARY not in text


def test_a_redirect_loop_is_a_connection_error(ib: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": str(request.url)})

    client = _mock_client(ib, handler, follow_redirects=True)
    with pytest.raises(ib.errors.APIConnectionError, match="TooManyRedirects") as raised:
        api(ib, "runs.get_run_results").sync("run_1", client=client)
    assert isinstance(raised.value.cause, httpx.TooManyRedirects)
    # without following, a redirect is a status error like any other non-2xx answer
    with pytest.raises(ib.errors.APIStatusError) as status:
        api(ib, "runs.get_run_results").sync("run_1", client=_mock_client(ib, handler))
    assert status.value.status_code == 302


@pytest.mark.parametrize(
    ("make_error", "kind"),
    [
        (lambda r: httpx.DecodingError("bad gzip", request=r), "APIConnectionError"),
        (lambda r: httpx.RemoteProtocolError("peer closed", request=r), "APIConnectionError"),
        (lambda r: httpx.ProxyError("proxy refused", request=r), "APIConnectionError"),
        (lambda r: httpx.UnsupportedProtocol("ftp", request=r), "APIConnectionError"),
        (lambda r: httpx.InvalidURL("bad url"), "APIConnectionError"),
        (lambda r: httpx.ReadTimeout("slow", request=r), "APITimeoutError"),
        (lambda r: httpx.PoolTimeout("pool", request=r), "APITimeoutError"),
    ],
)
def test_any_httpx_failure_is_a_package_error(ib: ModuleType, make_error: Any, kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise make_error(request)

    client = _mock_client(ib, handler, max_retries=0)
    with pytest.raises(ib.errors.APIError) as raised:
        api(ib, "runs.get_run_results").sync("run_1", client=client)
    assert type(raised.value).__name__ == kind


def test_a_decoding_failure_of_the_body_is_a_package_error(ib: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"not gzip at all", headers={"content-encoding": "gzip"})

    with pytest.raises(ib.errors.APIConnectionError, match="DecodingError"):
        api(ib, "runs.get_run_results").sync("run_1", client=_mock_client(ib, handler))


# -- 10.7: tokens never leak -------------------------------------------------------------------


def test_surrounding_whitespace_is_stripped_from_the_token(ext: ModuleType) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"id": "clr_1"})

    for token in (f"{CANARY}\n", f"  {CANARY}\r\n", f"\t{CANARY} "):
        client = ext.AuthenticatedClient(
            base_url="http://x", token=token, httpx_args={"transport": httpx.MockTransport(handler)}
        )
        assert client.token == CANARY
        api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    env_client = ext.from_env(environ={"EXTEND_API_TOKEN": f"{CANARY}\n"})
    assert env_client.token == CANARY
    assert seen == [f"Bearer {CANARY}"] * 3


@pytest.mark.parametrize(
    "bad", [f"{CANARY}\nX-Injected: 1", f"{CANARY} {CANARY}", f"{CANARY}\x00", f"{CANARY}é"]
)
def test_a_token_with_inner_whitespace_or_control_characters_is_refused_without_showing_it(
    ext: ModuleType, bad: str
) -> None:
    with pytest.raises(ext.errors.ConfigurationError, match="position") as raised:
        ext.AuthenticatedClient(base_url="http://x", token=bad)
    text = str(raised.value) + "".join(traceback.format_exception(raised.value))
    assert CANARY not in text
    with pytest.raises(ext.errors.ConfigurationError) as from_env:
        ext.from_env(environ={"EXTEND_API_TOKEN": bad})
    assert CANARY not in str(from_env.value)


def _echoing_reply(token: str) -> tuple[int, dict[str, str], bytes]:
    """A hostile 401: the token in x-request-id, another header, the error code and message."""
    body = json_body(
        {"success": False, "error": f"token {token} is revoked", "code": f"BAD_{token}"}
    )
    headers = {"content-type": "application/json", "x-request-id": f"req-{token}", "x-echo": token}
    return 401, headers, body


def test_a_token_echoed_by_the_server_is_redacted_from_errors_reprs_and_debug_logs(
    ext: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "extend_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    texts: list[str] = []
    get = api(ext, "classify_runs.get_classify_run")
    with echo_server(_echoing_reply) as url:
        client = ext.AuthenticatedClient(base_url=url, token=f"{CANARY}\n")
        texts += [repr(client), str(client)]
        with pytest.raises(ext.errors.AuthenticationError) as raised:
            get.sync("clr_1", client=client)
        error = raised.value
        assert error.request_id == "req-[redacted]"
        assert error.code == "BAD_[redacted]"
        assert error.message == "token [redacted] is revoked"
        texts += [str(error), repr(error), str(error.args), repr(error.body)]
        texts += [error.response.text, repr(error.response.headers), repr(error.response)]
        texts += [str(error.request_id), str(error.code), str(error.message)]
        texts.append("".join(traceback.format_exception(error)))

        async def async_call() -> Any:
            async with ext.AuthenticatedClient(base_url=url, token=CANARY) as async_client:
                with pytest.raises(ext.errors.AuthenticationError) as async_raised:
                    await get.asyncio("clr_1", client=async_client)
                return async_raised.value

        async_error = asyncio.run(async_call())
        texts += [str(async_error), repr(async_error.response.headers), repr(async_error.body)]
    records = [record.getMessage() for record in caplog.records]
    assert any("receive_response_headers.complete" in r and "[redacted]" in r for r in records)
    texts += records
    leaks = [text for text in texts if CANARY in text]
    assert leaks == []
    assert len(texts) >= 40  # README: "canary token found in 0 of N outputs checked"


def test_a_connection_error_never_shows_the_token(ib: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        value = request.headers["authorization"]
        raise httpx.LocalProtocolError(f"Illegal header value {value!r}", request=request)

    with pytest.raises(ib.errors.APIConnectionError) as raised:
        api(ib, "runs.get_run_results").sync("r", client=_mock_client(ib, handler))
    assert "[redacted]" in str(raised.value)
    assert CANARY not in str(raised.value) + "".join(traceback.format_exception(raised.value))


# -- 10.10: the base-URL environment variable beats region= ----------------------------------


def test_the_base_url_variable_overrides_region_so_a_test_never_reaches_the_vendor(
    ext: ModuleType,
) -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(200, json={"id": "clr_1"})

    env = {"EXTEND_API_TOKEN": "sk_sim", "EXTEND_BASE_URL": "http://127.0.0.1:8400/extend"}
    client = ext.from_env(
        environ=env, region="eu1", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert client.base_url == "http://127.0.0.1:8400/extend"
    api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert hosts == ["127.0.0.1"]
    # base_url= still beats both; region= applies when the variable is unset or blank
    assert ext.from_env(environ=env, region="eu1", base_url="http://b").base_url == "http://b"
    blank = {"EXTEND_API_TOKEN": "sk", "EXTEND_BASE_URL": " "}
    assert ext.from_env(environ=blank, region="eu1").base_url == "https://api.eu1.extend.ai"
    # an unknown region is refused even when the variable decides the URL
    with pytest.raises(ext.errors.ConfigurationError, match="mars"):
        ext.from_env(environ=env, region="mars")
