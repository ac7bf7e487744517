"""What users expect of an SDK (issue 17): retries on 408/409/5xx and `retry-after-ms`, wait
helpers whose timeout bounds the poll in flight, a User-Agent naming the package, a documented
and typed client lifecycle."""

from __future__ import annotations

import asyncio
import time
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import api, first, record_sleeps

CLASSIFY_RUN = {"object": "classify_run", "id": "clr_1", "status": "PROCESSED"}


def _scripted(package: ModuleType, answers: list[httpx.Response], **kwargs: Any) -> Any:
    """A client whose server answers `answers` in order; returns (client, requests seen)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[min(len(seen), len(answers)) - 1]

    client = package.AuthenticatedClient(
        base_url="http://vendor.test",
        token="sk_test_token",
        httpx_args={"transport": httpx.MockTransport(handler)},
        **kwargs,
    )
    return client, seen


# -- retries -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 500, 501, 502, 503, 504, 529])
def test_idempotent_requests_are_retried_on_408_409_and_every_5xx(
    ext: ModuleType, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    answers = [httpx.Response(status, json={"code": "X"}), httpx.Response(200, json=CLASSIFY_RUN)]
    client, seen = _scripted(ext, answers)
    waits = record_sleeps(monkeypatch, ext)
    monkeypatch.setattr(ext.client, "_BACKOFF_BASE", 0.01)
    run = api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert run.id == "clr_1"
    assert len(seen) == 2
    assert len(waits) == 1


def test_408_after_the_retries_is_a_request_timeout_error(ext: ModuleType) -> None:
    client, seen = _scripted(ext, [httpx.Response(408)], max_retries=0)
    with pytest.raises(ext.errors.RequestTimeoutError) as raised:
        api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert raised.value.status_code == 408
    assert len(seen) == 1
    assert isinstance(raised.value, ext.errors.APIStatusError)


def test_4xx_other_than_408_409_429_are_not_retried(ext: ModuleType) -> None:
    for status in (400, 401, 403, 404, 422):
        client, seen = _scripted(ext, [httpx.Response(status, json={})])
        with pytest.raises(ext.errors.APIStatusError):
            api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
        assert len(seen) == 1, status


def test_non_idempotent_requests_are_not_retried_on_5xx_or_409(ib: ModuleType) -> None:
    for status in (409, 500):
        client, seen = _scripted(ib, [httpx.Response(status)])
        assert client.get_httpx_client().post("/x").status_code == status
        assert len(seen) == 1


def test_retry_after_ms_is_honoured_before_retry_after(
    ext: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    limited = httpx.Response(429, headers={"retry-after-ms": "250", "retry-after": "30"})
    client, seen = _scripted(ext, [limited, httpx.Response(200, json=CLASSIFY_RUN)])
    waits = record_sleeps(monkeypatch, ext)
    api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert waits == [0.25]
    assert len(seen) == 2
    # an unreadable retry-after-ms falls back to Retry-After; RateLimitError reads both
    headers = httpx.Headers({"retry-after-ms": "soon", "retry-after": "2"})
    assert ext.errors.retry_after(headers) == 2
    assert ext.errors.retry_after(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert ext.errors.retry_after(httpx.Headers({"retry-after-ms": "nan"})) is None
    # a Retry-After of "nan" is unreadable too (back-off, not an immediate retry)
    assert ext.errors.retry_after(httpx.Headers({"retry-after": "nan"})) is None
    client, _ = _scripted(ext, [httpx.Response(429, headers={"retry-after-ms": "90000"})])
    with pytest.raises(ext.errors.RateLimitError) as raised:
        api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert raised.value.retry_after == 90  # above max_retry_after: raised, not waited for


def test_a_wait_helpers_timeout_bounds_the_poll_in_flight(
    ext: ModuleType, server: Any, make_client: Any
) -> None:
    run_id = first(server, "extend", "classify_runs", "PROCESSING")
    server.fault("extend", "get_classify_run", latency_ms=6000, count=5)
    client, attempts = make_client(ext, "extend")
    started = time.monotonic()
    with pytest.raises(ext.errors.WaitTimeoutError) as raised:
        ext.wait_for_classify_run(run_id, client=client, timeout=1.0, interval=0.1)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 2.5  # the server holds its answer 6 s
    assert raised.value.elapsed >= 1.0
    assert len(attempts) == 1  # no retry after the wait's time ran out

    async def main() -> float:
        async with ext.AuthenticatedClient(
            base_url=server.base_url("extend"), token=server.token("extend")
        ) as async_client:
            started = time.monotonic()
            with pytest.raises(ext.errors.WaitTimeoutError):
                await ext.wait_for_classify_run_async(run_id, client=async_client, timeout=1.0)
            return time.monotonic() - started

    assert asyncio.run(main()) < 2.0


# -- identification ------------------------------------------------------------------------------


def test_requests_carry_a_user_agent_naming_the_package_and_its_version(
    ext: ModuleType, ib: ModuleType
) -> None:
    for package, dist in ((ext, "extend-client"), (ib, "instabase-client")):
        client, seen = _scripted(package, [httpx.Response(200, json={"id": "x"})])
        get = api(
            package, "classify_runs.get_classify_run" if package is ext else "runs.get_run_results"
        )
        get.sync("x", client=client)
        agent = seen[0].headers["user-agent"]
        assert agent.startswith(f"{dist}/{package.__version__} ")
        assert package.__version__ == package.client.VERSION
        assert "python-httpx" not in agent
    # a User-Agent given by the caller replaces it (whatever its case), sent once
    client, seen = _scripted(ext, [httpx.Response(200, json={})], headers={"user-agent": "mine/1"})
    api(ext, "classify_runs.get_classify_run").sync("x", client=client)
    assert seen[0].headers.get_list("user-agent") == ["mine/1"]


# -- lifecycle -------------------------------------------------------------------------------------


def test_a_client_can_enter_a_with_block_after_use_and_is_closed_after_it(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")
    client, seen = _scripted(ext, [httpx.Response(200, json=CLASSIFY_RUN)])
    get.sync("clr_1", client=client)  # used before the with block: fine
    with client as entered:
        assert entered is client
        get.sync("clr_1", client=client)
    assert client.is_closed
    assert client.get_httpx_client().is_closed
    with pytest.raises(ext.errors.ClientClosedError, match="build a new client") as raised:
        get.sync("clr_1", client=client)
    assert isinstance(raised.value, RuntimeError)  # what httpx raised before, still catchable
    assert isinstance(raised.value, ext.errors.APIError)
    with pytest.raises(ext.errors.ClientClosedError), client:
        pass
    client.close()  # closing twice is harmless
    assert len(seen) == 2
    fresh = client.with_headers({"x": "1"})  # a derived client is a new, open one
    assert not fresh.is_closed
    get.sync("clr_1", client=fresh)


def test_an_async_client_closed_by_its_block_raises_client_closed_error(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")
    client, seen = _scripted(ext, [httpx.Response(200, json=CLASSIFY_RUN)])

    async def main() -> None:
        await get.asyncio("clr_1", client=client)
        async with client:
            await get.asyncio("clr_1", client=client)
        with pytest.raises(ext.errors.ClientClosedError):
            await get.asyncio("clr_1", client=client)
        with pytest.raises(ext.errors.ClientClosedError):
            get.sync("clr_1", client=client)

    asyncio.run(main())
    assert len(seen) == 2
