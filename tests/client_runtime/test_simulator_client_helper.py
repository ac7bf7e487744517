"""`simulator.client(...)`: a consumer's test drives a generated client on the in-process
simulator, as the README shows (the `simulator` fixture is the `docspecs.testing` plugin's)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from runtime_helpers import first


@pytest.fixture
def extend(ext: ModuleType, simulator: Any) -> Iterator[Any]:
    """What a consumer writes in conftest.py (README: testing code that uses a client)."""
    with simulator.client(ext.AuthenticatedClient) as client:
        yield client


def test_a_generated_client_on_the_in_process_simulator(
    extend: Any, ext: ModuleType, simulator: Any
) -> None:
    run_id = first(simulator, "extend", "processor_runs", "PROCESSED")
    assert extend.processor_runs.get(run_id).processor_run.id == run_id
    assert extend.base_url == simulator.base_url("extend")
    simulator.fault("extend", "get_processor_run", status=404, count=1)
    with pytest.raises(ext.errors.NotFoundError):
        extend.processor_runs.get(run_id)
    pending = first(simulator, "extend", "classify_runs", "PENDING")
    assert str(extend.classify_runs.wait(pending, interval=0.01).status) != "PENDING"


def test_the_async_client_and_other_vendors_work_the_same_way(
    ib: ModuleType, tal: ModuleType, simulator: Any
) -> None:
    run_id = first(simulator, "instabase", "runs", "COMPLETE")

    async def main() -> int:
        async with simulator.client(ib.AsyncAuthenticatedClient, max_retries=0) as client:
            page = await client.runs.get_results_page(run_id)
            return len([file async for file in page])

    assert asyncio.run(main()) > 2
    job_id = first(simulator, "talonic", "jobs", "complete")
    with simulator.client(tal.AuthenticatedClient) as client:
        assert client.jobs.get_results(job_id).to_dict()["job_id"] == job_id


def test_an_unknown_vendor_is_named(simulator: Any, ext: ModuleType) -> None:
    with pytest.raises(KeyError, match="acme"):
        simulator.client(ext.AuthenticatedClient, "acme")


def test_the_deadline_holds_in_process_against_a_latency_fault(
    ext: ModuleType, simulator: Any
) -> None:
    import time

    run_id = first(simulator, "extend", "processor_runs", "PROCESSED")
    simulator.fault("extend", "get_processor_run", latency_ms=5000, count=5)
    with simulator.client(ext.AuthenticatedClient, deadline=1.0) as client:
        started = time.monotonic()
        with pytest.raises(ext.errors.APITimeoutError):
            client.processor_runs.get(run_id)
        assert time.monotonic() - started < 2.0

    async def main() -> float:
        async with simulator.client(ext.AsyncAuthenticatedClient, deadline=1.0) as client:
            started = time.monotonic()
            with pytest.raises(ext.errors.APITimeoutError):
                await client.processor_runs.get(run_id)
            return time.monotonic() - started

    assert asyncio.run(main()) < 2.0
