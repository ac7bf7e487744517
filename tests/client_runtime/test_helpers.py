"""Paging (`iter_run_results`) and polling (`wait_for_*`) helpers against the simulator."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import Counting, first, record_sleeps

from docspecs.simulator import LoopbackServer, build_app
from docspecs.testing import Target


def _server(**options: Any) -> Iterator[Target]:
    with LoopbackServer(build_app(0, **options)) as server:
        yield Target(server.app, server.url)


@pytest.fixture(scope="module")
def one_page_server() -> Iterator[Target]:
    """The same seeded data, with every file of a run on one page."""
    yield from _server(page_size=1000)


@pytest.fixture(scope="module")
def never_done_server() -> Iterator[Target]:
    """Runs that are still moving never reach their terminal status."""
    yield from _server(reads_until_terminal=1_000_000)


def _client(package: ModuleType, target: Target, vendor: str) -> tuple[Any, list[httpx.Request]]:
    counting = Counting(httpx.HTTPTransport())
    client = package.AuthenticatedClient(
        base_url=target.base_url(vendor),
        token=target.token(vendor),
        httpx_args={"transport": counting},
    )
    return client, counting.requests


def _file_keys(files: list[Any]) -> list[str]:
    return [repr(sorted(f.to_dict().items())) for f in files]


def test_iter_run_results_collects_every_file_of_a_multi_page_run_exactly_once(
    ib: ModuleType, server: Target, one_page_server: Target
) -> None:
    runs = [r["id"] for r in server.state()["instabase"]["resources"]["runs"]]
    paged_client, paged_requests = _client(ib, server, "instabase")
    whole_client, _ = _client(ib, one_page_server, "instabase")
    checked = 0
    for run_id in runs:
        expected = list(ib.iter_run_results(run_id, client=whole_client))
        requests_before = len(paged_requests)
        files = list(ib.iter_run_results(run_id, client=paged_client))
        assert _file_keys(files) == _file_keys(expected)
        pages = len(paged_requests) - requests_before
        if len(expected) > 2:  # the simulator serves 2 files per page
            checked += 1
            assert pages == -(-len(expected) // 2)
            assert len(set(_file_keys(files))) == len(files)
    assert checked >= 1, "the seeded data has no multi-page run"


def test_iter_run_results_async_yields_the_same_files(ib: ModuleType, server: Target) -> None:
    run_id = max(
        (r["id"] for r in server.state()["instabase"]["resources"]["runs"]),
        key=lambda rid: len(
            list(ib.iter_run_results(rid, client=_client(ib, server, "instabase")[0]))
        ),
    )
    client, _ = _client(ib, server, "instabase")
    expected = _file_keys(list(ib.iter_run_results(run_id, client=client)))

    async def collect() -> list[Any]:
        async_client = ib.AuthenticatedClient(
            base_url=server.base_url("instabase"), token=server.token("instabase")
        )
        async with async_client:
            return [f async for f in ib.iter_run_results_async(run_id, client=async_client)]

    assert _file_keys(asyncio.run(collect())) == expected


@pytest.mark.parametrize(
    ("package", "vendor", "kind", "moving", "helper", "final"),
    [
        ("ib", "instabase", "runs", "RUNNING", "wait_for_run", "COMPLETE"),
        ("tal", "talonic", "jobs", "processing", "wait_for_job", "complete"),
        ("ext", "extend", "processor_runs", "PROCESSING", "wait_for_processor_run", "PROCESSED"),
        ("ext", "extend", "classify_runs", "PROCESSING", "wait_for_classify_run", "PROCESSED"),
    ],
)
def test_wait_for_returns_once_the_simulated_run_completes(
    request: pytest.FixtureRequest,
    server: Target,
    package: str,
    vendor: str,
    kind: str,
    moving: str,
    helper: str,
    final: str,
) -> None:
    pkg: ModuleType = request.getfixturevalue(package)
    resource = first(server, vendor, kind, moving)
    client, requests = _client(pkg, server, vendor)
    result = getattr(pkg, helper)(resource, client=client, interval=0.05, timeout=10)
    statuses = {"runs": "status", "jobs": "job_status", "classify_runs": "status"}
    value = (
        result.processor_run.status if kind == "processor_runs" else getattr(result, statuses[kind])
    )
    assert getattr(value, "value", value) in {final, "FAILED", "failed", "CANCELLED"}
    assert len(requests) == 3  # the simulator moves on after 2 reads


@pytest.mark.parametrize(
    ("package", "vendor", "kind", "moving", "helper"),
    [
        ("ib", "instabase", "runs", "RUNNING", "wait_for_run"),
        ("tal", "talonic", "jobs", "processing", "wait_for_job"),
        ("ext", "extend", "processor_runs", "PENDING", "wait_for_processor_run"),
        ("ext", "extend", "classify_runs", "PROCESSING", "wait_for_classify_run"),
    ],
)
def test_wait_for_times_out_cleanly_when_the_run_never_completes(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    never_done_server: Target,
    package: str,
    vendor: str,
    kind: str,
    moving: str,
    helper: str,
) -> None:
    pkg: ModuleType = request.getfixturevalue(package)
    resource = first(never_done_server, vendor, kind, moving)
    client, requests = _client(pkg, never_done_server, vendor)
    waits = record_sleeps(monkeypatch, pkg)
    started = time.monotonic()
    with pytest.raises(pkg.errors.WaitTimeoutError) as raised:
        getattr(pkg, helper)(resource, client=client, interval=0.1, backoff=2.0, timeout=0.8)
    elapsed = time.monotonic() - started
    assert elapsed >= 0.8
    assert raised.value.last_status == moving
    assert moving in str(raised.value)
    # back-off: polls at ~0, 0.1, 0.3, 0.7, 0.8 s; a wait is cut short only to end at the
    # timeout, so only the last one can be shorter, and together they never pass the timeout.
    assert 3 <= len(requests) <= 5
    assert len(waits) == len(requests) - 1
    assert waits[:-1] == pytest.approx([0.1, 0.2, 0.4][: len(waits) - 1])
    assert 0 < waits[-1] <= [0.1, 0.2, 0.4, 0.8][len(waits) - 1]
    assert sum(waits) <= 0.8 + 1e-9


def test_wait_for_async_returns_the_terminal_result(ext: ModuleType, server: Target) -> None:
    run_id = first(server, "extend", "classify_runs", "PROCESSING")

    async def main() -> Any:
        client = ext.AuthenticatedClient(
            base_url=server.base_url("extend"), token=server.token("extend")
        )
        async with client:
            return await ext.wait_for_classify_run_async(run_id, client=client, interval=0.05)

    run = asyncio.run(main())
    assert getattr(run.status, "value", run.status) in {"PROCESSED", "FAILED", "CANCELLED"}


def test_wait_for_propagates_api_errors(ib: ModuleType, server: Target) -> None:
    client, requests = _client(ib, server, "instabase")
    with pytest.raises(ib.errors.NotFoundError):
        ib.wait_for_run("no-such-run", client=client, interval=0.01, timeout=5)
    assert len(requests) == 1
