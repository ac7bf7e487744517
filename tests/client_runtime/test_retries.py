"""Retries, deadlines and timeouts of the generated clients, against the simulator's faults."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import AsyncCounting, api, first, record_sleeps


def test_two_429s_with_retry_after_then_success_waits_about_two_seconds(
    ib: ModuleType, server: Any, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_id = first(server, "instabase", "runs", "COMPLETE")
    server.fault("instabase", "get_run_results", status=429, retry_after=1, count=2)
    client, attempts = make_client(ib, "instabase")
    waits = record_sleeps(monkeypatch, ib)
    started = time.monotonic()
    result = api(ib, "runs.get_run_results").sync(run_id, client=client)
    elapsed = time.monotonic() - started
    assert str(result.status) in {"COMPLETE", "RunStatus.COMPLETE"}
    assert len(attempts) == 3
    assert waits == [1, 1]  # exactly Retry-After, no back-off on top
    assert elapsed >= 1.9


def test_five_503s_raise_a_server_error_after_exactly_max_retries_plus_one_attempts(
    tal: ModuleType, server: Any, make_client: Any
) -> None:
    job_id = first(server, "talonic", "jobs", "complete")
    server.fault("talonic", "get_job_results", status=503, count=5)
    client, attempts = make_client(tal, "talonic")
    with pytest.raises(tal.errors.ServerError) as raised:
        api(tal, "jobs.get_job_results").sync(job_id, client=client)
    assert client.max_retries == 2
    assert len(attempts) == 3
    assert raised.value.attempts == 3
    assert raised.value.status_code == 503
    assert isinstance(raised.value, tal.errors.APIStatusError)
    pending = server.app.faults.pending()
    assert [f["count"] for f in pending] == [2]  # the simulator saw exactly 3 of the 5


def test_max_retries_is_configurable_per_client_and_per_call(
    ext: ModuleType, server: Any, make_client: Any
) -> None:
    run_id = first(server, "extend", "classify_runs", "PROCESSED")
    get = api(ext, "classify_runs.get_classify_run")
    server.fault("extend", "get_classify_run", status=502, count=10)
    client, attempts = make_client(ext, "extend", max_retries=0)
    with pytest.raises(ext.errors.ServerError):
        get.sync(run_id, client=client)
    assert len(attempts) == 1
    with pytest.raises(ext.errors.ServerError):
        get.sync(run_id, client=client, request_options=ext.RequestOptions(max_retries=3))
    assert len(attempts) == 1 + 4


def test_a_dropped_connection_is_retried(ib: ModuleType, server: Any, make_client: Any) -> None:
    run_id = first(server, "instabase", "runs", "COMPLETE")
    server.fault("instabase", "get_run_results", drop=True, count=1)
    client, attempts = make_client(ib, "instabase")
    result = api(ib, "runs.get_run_results").sync(run_id, client=client)
    assert result.files
    assert len(attempts) == 2


def test_connections_dropped_every_time_raise_a_connection_error(
    ib: ModuleType, server: Any, make_client: Any
) -> None:
    run_id = first(server, "instabase", "runs", "COMPLETE")
    server.fault("instabase", "get_run_results", drop=True, count=5)
    client, attempts = make_client(ib, "instabase", max_retries=1)
    with pytest.raises(ib.errors.APIConnectionError):
        api(ib, "runs.get_run_results").sync(run_id, client=client)
    assert len(attempts) == 2


def test_404_raises_not_found_at_once_without_retrying(
    ib: ModuleType, server: Any, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, attempts = make_client(ib, "instabase")
    waits = record_sleeps(monkeypatch, ib)
    with pytest.raises(ib.errors.NotFoundError) as raised:
        api(ib, "runs.get_run_results").sync("no-such-run", client=client)
    assert waits == []
    assert len(attempts) == 1
    assert raised.value.status_code == 404
    assert raised.value.message == "Run 'no-such-run' not found."


def test_retry_after_longer_than_the_deadline_is_not_waited_for(
    ext: ModuleType, server: Any, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_id = first(server, "extend", "processor_runs", "PROCESSED")
    server.fault("extend", "get_processor_run", status=429, retry_after=30, count=1)
    client, attempts = make_client(ext, "extend")
    waits = record_sleeps(monkeypatch, ext)
    started = time.monotonic()
    with pytest.raises(ext.errors.RateLimitError) as raised:
        api(ext, "processor_runs.get_processor_run").sync(
            run_id, client=client, request_options=ext.RequestOptions(deadline=5.0)
        )
    assert waits == []
    assert time.monotonic() - started < 4.0  # not even until the 5 s deadline
    assert len(attempts) == 1
    assert raised.value.retry_after == 30


def test_retry_after_above_the_cap_is_raised_as_a_rate_limit_error(ext: ModuleType) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        when = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
        return httpx.Response(429, headers={"Retry-After": when}, json={"code": "RATE_LIMITED"})

    client = ext.AuthenticatedClient(
        base_url="http://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    with pytest.raises(ext.errors.RateLimitError) as raised:
        api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert len(calls) == 1
    assert raised.value.code == "RATE_LIMITED"
    assert 3590 <= (raised.value.retry_after or 0) <= 3600


def test_retry_after_as_an_http_date_is_honoured(
    ext: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        if len(calls) == 1:
            when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
            return httpx.Response(503, headers={"Retry-After": when})
        return httpx.Response(
            200, json={"object": "classify_run", "id": "clr_1", "status": "PROCESSED"}
        )

    client = ext.AuthenticatedClient(
        base_url="http://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    waits = record_sleeps(monkeypatch, ext)
    run = api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
    assert run.id == "clr_1"
    # An HTTP date has whole seconds: the wait is between 1 and 2 s (less the time to parse it).
    assert len(waits) == 1
    assert 0.9 <= waits[0] <= 2
    assert calls[1] - calls[0] >= 0.9


def test_non_idempotent_requests_are_not_retried(ib: ModuleType) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503)

    client = ib.AuthenticatedClient(
        base_url="http://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert client.get_httpx_client().post("/anything").status_code == 503
    assert len(calls) == 1
    assert client.get_httpx_client().get("/anything").status_code == 503
    assert len(calls) == 1 + 3


def test_a_timeout_is_retried_then_raised_as_a_timeout_error(
    ib: ModuleType, server: Any, make_client: Any
) -> None:
    run_id = first(server, "instabase", "runs", "COMPLETE")
    server.fault("instabase", "get_run_results", latency_ms=1500, count=5)
    client, attempts = make_client(ib, "instabase", timeout=httpx.Timeout(0.3), max_retries=1)
    with pytest.raises(ib.errors.APITimeoutError):
        api(ib, "runs.get_run_results").sync(run_id, client=client)
    assert len(attempts) == 2


def test_the_overall_deadline_bounds_a_call(
    ib: ModuleType, server: Any, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_id = first(server, "instabase", "runs", "COMPLETE")
    server.fault("instabase", "get_run_results", latency_ms=3000, count=5)
    client, attempts = make_client(ib, "instabase", deadline=1.0, max_retries=5)
    waits = record_sleeps(monkeypatch, ib)
    started = time.monotonic()
    with pytest.raises(ib.errors.APITimeoutError):
        api(ib, "runs.get_run_results").sync(run_id, client=client)
    elapsed = time.monotonic() - started
    # The attempt's timeouts were cut to what was left of the 1 s deadline, and once it had
    # passed nothing was retried or waited for.
    assert len(attempts) == 1
    assert max(attempts[0].extensions["timeout"].values()) <= 1.0
    assert waits == []
    # The server holds its answer 3 s: only a call that waited for it comes near that.
    assert elapsed < 2.9


def test_async_calls_retry_the_same_way_and_raise_the_same_errors(
    ext: ModuleType, server: Any
) -> None:
    run_id = first(server, "extend", "classify_runs", "PROCESSED")
    get = api(ext, "classify_runs.get_classify_run")

    async def main() -> None:
        counting = AsyncCounting(httpx.AsyncHTTPTransport())
        client = ext.AuthenticatedClient(
            base_url=server.base_url("extend"),
            token=server.token("extend"),
            httpx_args={"transport": counting},
        )
        async with client:
            server.fault("extend", "get_classify_run", status=504, count=1)
            run = await get.asyncio(run_id, client=client)
            assert run.id == run_id
            assert len(counting.requests) == 2
            with pytest.raises(ext.errors.NotFoundError):
                await get.asyncio("clr_missing", client=client)
            assert len(counting.requests) == 3

    asyncio.run(main())
