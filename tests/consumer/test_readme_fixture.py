"""A consumer's pytest file written the way the README shows ("Testing code that uses a generated
client"): it runs in this suite and `tests/client_runtime/test_consumer_typing.py` holds it to
mypy --strict, so the fixture and the client it returns stay typed for consumers."""

from __future__ import annotations

from collections.abc import Iterator

import extend_client
import instabase_client
import pytest
from extend_client.models.processor_run_status import ProcessorRunStatus

from docspecs.testing import Target


@pytest.fixture
def extend(simulator: Target) -> Iterator[extend_client.AuthenticatedClient]:
    with simulator.client(extend_client.AuthenticatedClient) as client:
        yield client


def _first(simulator: Target, vendor: str, kind: str, status: str) -> str:
    resources = simulator.state()[vendor]["resources"][kind]
    return str(next(r["id"] for r in resources if r["status"] == status))


def test_reads_a_processed_run(
    extend: extend_client.AuthenticatedClient, simulator: Target
) -> None:
    run_id = _first(simulator, "extend", "processor_runs", "PROCESSED")
    run = extend.processor_runs.get(run_id).processor_run
    assert run is not None
    assert run.status == ProcessorRunStatus.PROCESSED
    simulator.fault("extend", "get_processor_run", status=404, count=1)
    with pytest.raises(extend_client.errors.NotFoundError):
        extend.processor_runs.get(run_id)


def test_every_file_of_a_run_async(simulator: Target) -> None:
    import asyncio

    run_id = _first(simulator, "instabase", "runs", "COMPLETE")

    async def files() -> list[str]:
        async with simulator.client(instabase_client.AsyncAuthenticatedClient) as client:
            page = await client.runs.get_results_page(run_id)
            return [str(file.original_file_name) async for file in page]

    assert len(asyncio.run(files())) > 2
