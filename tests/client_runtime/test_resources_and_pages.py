"""Resource namespaces (`client.processor_runs.get(id)`, coroutines on an async client) and
Instabase page objects (`has_next_page()`, `next_page()`, `async for`), against the simulator on
a loopback port."""

from __future__ import annotations

import asyncio
import inspect
from types import ModuleType
from typing import Any

import pytest
from runtime_helpers import api, first


def test_resource_methods_call_the_operations_with_the_same_results_and_errors(
    ext: ModuleType, tal: ModuleType, server: Any, make_client: Any
) -> None:
    client, attempts = make_client(ext, "extend")
    run_id = first(server, "extend", "processor_runs", "PROCESSED")
    by_resource = client.processor_runs.get(run_id)
    by_module = api(ext, "processor_runs.get_processor_run").sync(run_id, client=client)
    assert by_resource.to_dict() == by_module.to_dict()
    classify_id = first(server, "extend", "classify_runs", "PROCESSED")
    assert (
        client.classify_runs.get(classify_id, x_extend_api_version="2025-04-21").id == classify_id
    )
    with pytest.raises(ext.errors.NotFoundError):
        client.classify_runs.get("clr_missing")
    # request options and retries apply the same way
    server.fault("extend", "get_classify_run", status=503, count=1)
    before = len(attempts)
    client.classify_runs.get(classify_id, request_options=ext.RequestOptions(max_retries=1))
    assert len(attempts) - before == 2
    # the wait helper is a method of the resource too
    pending = first(server, "extend", "classify_runs", "PENDING")
    done = client.classify_runs.wait(pending, interval=0.01, timeout=30)
    assert str(done.status) in {"PROCESSED", "FAILED", "CANCELLED"}
    tal_client, _ = make_client(tal, "talonic")
    job_id = first(server, "talonic", "jobs", "complete")
    assert (
        tal_client.jobs.get_results(job_id).to_dict()
        == api(tal, "jobs.get_job_results").sync(job_id, client=tal_client).to_dict()
    )


def test_an_async_client_has_coroutine_resource_methods(ext: ModuleType, server: Any) -> None:
    run_id = first(server, "extend", "processor_runs", "PROCESSED")

    async def main() -> Any:
        async with ext.async_from_env(
            environ={
                "EXTEND_API_TOKEN": server.token("extend"),
                "EXTEND_BASE_URL": server.base_url("extend"),
            }
        ) as client:
            assert isinstance(client, ext.AsyncAuthenticatedClient)
            assert isinstance(client, ext.AuthenticatedClient)  # accepted by every endpoint
            assert inspect.iscoroutinefunction(type(client.processor_runs).get)
            result = await client.processor_runs.get(run_id)
            with pytest.raises(ext.errors.NotFoundError):
                await client.processor_runs.get("dpr_missing")
            return result

    assert asyncio.run(main()).to_dict()["processorRun"]["id"] == run_id
    sync_client = ext.AuthenticatedClient(base_url="http://x", token="t")
    assert not inspect.iscoroutinefunction(type(sync_client.processor_runs).get)
    assert type(ext.AuthenticatedClient.processor_runs).__name__ == "_Namespace"


def _ib_run_with_pages(server: Any) -> str:
    """A COMPLETE Instabase run: the seeded ones have more files than the 2 a page holds."""
    return first(server, "instabase", "runs", "COMPLETE")


def test_instabase_pages_keep_run_level_fields_and_step_with_has_next_and_next(
    ib: ModuleType, server: Any, make_client: Any
) -> None:
    client, _ = make_client(ib, "instabase")
    run_id = _ib_run_with_pages(server)
    every_file = list(ib.iter_run_results(run_id, client=client))
    assert len(every_file) > 2  # the simulator serves 2 files a page: several pages
    page = client.runs.get_results_page(run_id)
    assert isinstance(page, ib.Page)
    assert page.offset == 0
    assert str(page.result.status) == "COMPLETE"  # run-level fields are kept
    seen = list(page.items)
    offsets = [page.offset]
    while page.has_next_page():
        page = page.next_page()
        offsets.append(page.offset)
        seen += page.items
        assert page.result.status is not None
    assert [f.to_dict() for f in seen] == [f.to_dict() for f in every_file]
    assert offsets == sorted(set(offsets))
    with pytest.raises(ib.errors.NoNextPageError):
        page.next_page()
    # iterating a page walks every later page; iter_pages / *_pages yield the pages
    assert len(list(client.runs.get_results_page(run_id))) == len(every_file)
    pages = list(ib.iter_run_results_pages(run_id, client=client))
    assert [p.offset for p in pages] == offsets
    assert "Page(offset=0" in repr(pages[0])


def test_async_pages_and_async_for(ib: ModuleType, server: Any) -> None:
    run_id = _ib_run_with_pages(server)

    async def main() -> tuple[int, int, list[int]]:
        async with ib.AsyncAuthenticatedClient(
            base_url=server.base_url("instabase"), token=server.token("instabase")
        ) as client:
            page = await client.runs.get_results_page(run_id)
            assert isinstance(page, ib.AsyncPage)
            items = [file async for file in page]
            offsets = [p.offset async for p in page.iter_pages()]
            by_helper = [p async for p in ib.iter_run_results_pages_async(run_id, client=client)]
            assert [p.offset for p in by_helper] == offsets
            last = by_helper[-1]
            with pytest.raises(ib.errors.NoNextPageError):
                await last.next_page()
            files = [f async for f in ib.iter_run_results_async(run_id, client=client)]
            return len(items), len(files), offsets

    items, files, offsets = asyncio.run(main())
    assert items == files > 2
    assert len(offsets) > 1
