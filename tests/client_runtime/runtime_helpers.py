"""Helpers shared by the client runtime tests (imported as a top-level module by pytest)."""

from __future__ import annotations

import importlib
import time
from types import ModuleType
from typing import Any

import httpx
import pytest


def api(package: ModuleType, module: str) -> ModuleType:
    """An endpoint module of a client package, e.g. `api(ib, "runs.get_run_results")`."""
    return importlib.import_module(f"{package.__name__}.api.{module}")


class _SleepRecorder:
    """Stands in for the `time` module of a client package's `client` module: every other
    attribute is the real one, and `sleep` records the seconds asked for, then really sleeps."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


def record_sleeps(monkeypatch: pytest.MonkeyPatch, package: ModuleType) -> list[float]:
    """The waits the synchronous runtime of `package` sleeps for (retry back-off, `Retry-After`,
    polling intervals), in order: tests assert the waits a client computes instead of timing
    them, which a loaded machine would stretch."""
    recorder = _SleepRecorder()
    monkeypatch.setattr(package.client, "time", recorder)  # raises if the module has no `time`
    return recorder.waits


class Counting(httpx.BaseTransport):
    """Counts the attempts that reach the wrapped transport (below the retrying transport)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def first(target: Any, vendor: str, kind: str, status: str | None = None) -> str:
    """The id of the first seeded resource of `kind` (with `status`, when given)."""
    for resource in target.state()[vendor]["resources"][kind]:
        if status is None or resource["status"] == status:
            return str(resource["id"])
    raise AssertionError(f"no {vendor} {kind} with status {status}")
