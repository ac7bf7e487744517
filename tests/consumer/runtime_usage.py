"""A consumer of the generated clients' runtime, as application code would write it.

Not run as a test: `tests/client_runtime/test_consumer_typing.py` checks it with mypy --strict,
so a template change that loosens a helper's types (or renames one) fails there.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import extend_client
import instabase_client
import talonic_client
from extend_client.api.classify_runs import get_classify_run
from extend_client.models.classify_run import ClassifyRun
from extend_client.models.processor_run_response import ProcessorRunResponse
from instabase_client.api.runs import get_run_results
from instabase_client.models.file_result import FileResult
from instabase_client.models.run_results import RunResults
from talonic_client.models.job_results import JobResults


def instabase_files(run_id: str) -> list[FileResult]:
    client: instabase_client.AuthenticatedClient = instabase_client.from_env(
        ib_context="org-1", max_retries=3, deadline=30.0
    )
    with client:
        done: RunResults = instabase_client.wait_for_run(
            run_id, client=client, interval=0.5, timeout=60.0
        )
        if done.status == "FAILED":
            return []
        files: Iterator[FileResult] = instabase_client.iter_run_results(
            run_id, client=client, include_confidence_scores=True
        )
        return list(files)


async def instabase_files_async(run_id: str) -> list[FileResult]:
    async with instabase_client.from_env() as client:
        await instabase_client.wait_for_run_async(run_id, client=client, timeout=10.0)
        pages: AsyncIterator[FileResult] = instabase_client.iter_run_results_async(
            run_id, client=client
        )
        return [file async for file in pages]


def talonic_job(job_id: str) -> JobResults | None:
    client = talonic_client.from_env(timeout=30.0)
    try:
        return talonic_client.wait_for_job(job_id, client=client, backoff=2.0, max_interval=10.0)
    except talonic_client.errors.WaitTimeoutError as error:
        last: str | None = error.last_status
        print("still", last, "after", round(error.elapsed), "s")
        return None
    except talonic_client.errors.NotFoundError as error:
        code: str | None = error.code
        request_id: str | None = error.request_id
        print(error.status_code, code, error.message, request_id)
        return None


def extend_runs(run_id: str, processor_run_id: str) -> tuple[ClassifyRun, ProcessorRunResponse]:
    client = extend_client.from_env(region="eu1", api_version="2025-04-21")
    options = extend_client.RequestOptions(max_retries=0, deadline=5.0, timeout=2.0)
    try:
        run: ClassifyRun = get_classify_run.sync(run_id, client=client, request_options=options)
    except extend_client.errors.RateLimitError as error:
        wait: float | None = error.retry_after
        print("rate limited; retry after", wait, "attempts:", error.attempts)
        raise
    except extend_client.errors.APIStatusError as error:
        print(error.status_code, error.code, error.message)
        raise
    processor_run = extend_client.wait_for_processor_run(processor_run_id, client=client)
    return run, processor_run


async def extend_classify_async(run_id: str) -> ClassifyRun:
    async with extend_client.from_env() as client:
        return await extend_client.wait_for_classify_run_async(run_id, client=client)


def resources_and_pages(run_id: str) -> list[str]:
    """The resource namespace and page objects, as the READMEs show them."""
    client = instabase_client.from_env()
    first: RunResults = client.runs.get_results(run_id, include_source_info=True)
    done: RunResults = client.runs.wait(run_id, timeout=60.0)
    page: instabase_client.Page[RunResults, FileResult] = client.runs.get_results_page(run_id)
    names = [str(page.result.status), str(first.status), str(done.status)]
    while page.has_next_page():
        page = page.next_page()
    pages: Iterator[instabase_client.Page[RunResults, FileResult]] = (
        instabase_client.iter_run_results_pages(run_id, client=client)
    )
    names += [str(each.offset) for each in pages]
    names += [str(file.original_file_name) for file in client.runs.get_results_page(run_id)]
    return names


async def resources_async(run_id: str, job_id: str) -> list[object]:
    async with extend_client.async_from_env(region="eu1") as client:
        run: ClassifyRun = await client.classify_runs.get(run_id)
        done: ClassifyRun = await client.classify_runs.wait(run_id, timeout=30.0)
    async with instabase_client.async_from_env() as ib:
        page = await ib.runs.get_results_page(run_id)
        files: list[FileResult] = [file async for file in page]
        if page.has_next_page():
            page = await page.next_page()
    async with talonic_client.async_from_env() as tal:
        job: JobResults = await tal.jobs.get_results(job_id)
    return [run, done, files, page.result, job]


def unauthenticated_instabase(run_id: str) -> RunResults:
    client = instabase_client.AuthenticatedClient(
        base_url="http://127.0.0.1:8400/instabase", token="t", max_retries=1
    ).with_options(deadline=3.0)
    return get_run_results.sync(run_id, client=client)


if __name__ == "__main__":  # pragma: no cover
    asyncio.run(instabase_files_async("run"))
