"""pytest plugin (entry point `docspecs`): the vendor simulator as fixtures, for any test suite.

Installed with docspecs, so these fixtures are available in every project that has it; a plain
`pip install docspecs` (no `pipeline` extra) is enough, and imports nothing of the generators:

- `simulator`: a `Target` on a fresh in-process simulator (no sockets): `base_url(vendor)`,
  `token(vendor)`, `headers(vendor)`, `fault(...)`, `reset()`, `state()`, and `app` (the ASGI
  app, for `httpx.ASGITransport(simulator.app)` or schemathesis `from_asgi`).
- `simulator_client`: a synchronous `httpx.Client` on that app (through `SyncASGITransport`, no
  sockets); requests go to `simulator.base_url(vendor) + path`.
- `simulator_server`: a `Target` on a real uvicorn server on a free 127.0.0.1 port, for tests
  about the network (timeouts, dropped connections, a client library's own transport).

`Target.client(acme_client.AuthenticatedClient)` gives a generated client configured for the
target: its base URL and token, and, on the in-process simulator, a transport that calls the app
directly (sync and async calls alike), so application code under test runs unchanged.

Override `simulator_seed` (default 0) or `simulator_options` (keyword arguments of
`docspecs.simulator.build_app`, e.g. `{"reads_until_terminal": 0}`) in your conftest.py or test
module to change what is served.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest

from docspecs.simulator import LoopbackServer, SimulatorApp, build_app
from docspecs.simulator._faults import parse_fault

IN_PROCESS_URL = "http://simulator.local"

__all__ = ["IN_PROCESS_URL", "ASGIClientTransport", "SyncASGITransport", "Target"]

C = TypeVar("C")


class SyncASGITransport(httpx.BaseTransport):
    """httpx's `ASGITransport` for a synchronous `httpx.Client`.

    The app runs on an asyncio event loop in a daemon thread of this transport, started on the
    first request and stopped when the client is closed. A client that is never closed does not
    keep the process alive. Exceptions the app raises (an injected dropped connection raises
    `httpx.RemoteProtocolError`) reach the caller unchanged. Response bodies are read whole before
    they are returned (`client.stream(...)` works, on that buffered body).
    """

    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="docspecs-asgi-transport", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def send() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            inner = httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
            response = await self._asgi.handle_async_request(inner)
            content = b"".join([part async for part in response.stream])  # type: ignore[union-attr]
            return response.status_code, response.headers.raw, content

        future = asyncio.run_coroutine_threadsafe(send(), self._running_loop())
        status, headers, content = future.result()
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(_finish_tasks(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


class ASGIClientTransport(SyncASGITransport, httpx.AsyncBaseTransport):
    """One transport for both the sync and the async httpx client of a generated client: sync
    requests go through `SyncASGITransport`, async ones straight to httpx's `ASGITransport`.

    The request's read timeout (which a generated client clips to its call's deadline) bounds
    the app's answer, as a socket's would: `httpx.ReadTimeout` when it runs out, so a latency
    fault meets the client's deadline in process too.
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {}).get("read")
        if timeout is None:
            return super().handle_request(request)
        result: list[httpx.Response | BaseException] = []

        def answer() -> None:
            try:
                result.append(super(ASGIClientTransport, self).handle_request(request))
            except BaseException as error:  # handed to the caller's thread below
                result.append(error)

        worker = threading.Thread(target=answer, name="docspecs-asgi-request", daemon=True)
        worker.start()
        worker.join(timeout)
        if not result:
            raise httpx.ReadTimeout(
                f"the simulator did not answer within {timeout} s", request=request
            )
        if isinstance(result[0], BaseException):
            raise result[0]
        return result[0]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {}).get("read")
        try:
            async with asyncio.timeout(timeout):
                return await self._asgi.handle_async_request(request)
        except TimeoutError:
            raise httpx.ReadTimeout(
                f"the simulator did not answer within {timeout} s", request=request
            ) from None

    async def aclose(self) -> None:
        self.close()


async def _finish_tasks() -> None:
    """Cancel what the app left running on the transport's loop, then close async generators."""
    current = asyncio.current_task()
    tasks = [task for task in asyncio.all_tasks() if task is not current]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.get_running_loop().shutdown_asyncgens()


@dataclass
class Target:
    """Where a simulator answers (`url`, no trailing slash) and how to talk to it."""

    app: SimulatorApp
    url: str

    def base_url(self, vendor: str) -> str:
        """The vendor's base URL: the mount replaces the vendor's server URL."""
        return self.url + self.app.mounts[vendor]

    def token(self, vendor: str) -> str:
        return self.app.tokens[vendor]

    def headers(self, vendor: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.app.tokens[vendor]}"}

    def fault(self, vendor: str, operation: str | None = None, **fault: Any) -> None:
        """Make the next matching requests fail (same fields as `POST /_simulator/faults`)."""
        self.app.faults.add(
            [parse_fault({"vendor": vendor, "operation": operation, **fault}, self.app.operations)]
        )

    def reset(self) -> None:
        self.app.reset()

    def state(self) -> dict[str, Any]:
        return self.app.state_json()

    def client(self, client_class: type[C], vendor: str | None = None, **kwargs: Any) -> C:
        """A generated client (`acme_client.AuthenticatedClient`, `AsyncAuthenticatedClient`,
        ...) on this target: `base_url`, `token` and, in process, a transport calling the app.

        `vendor` defaults to the client package's API (`acme_client` -> `acme`); `kwargs` go
        to the class (`max_retries=0`, `deadline=...`). Raises `KeyError` naming the vendor when
        the simulator does not serve it.
        """
        if vendor is None:
            vendor = client_class.__module__.split(".")[0].removesuffix("_client")
        try:
            base_url, token = self.base_url(vendor), self.token(vendor)
        except KeyError:
            raise KeyError(f"the simulator serves no API {vendor!r}") from None
        if self.url == IN_PROCESS_URL:
            httpx_args = dict(kwargs.pop("httpx_args", {}))
            httpx_args.setdefault("transport", ASGIClientTransport(self.app))
            kwargs["httpx_args"] = httpx_args
        kwargs.setdefault("base_url", base_url)
        kwargs.setdefault("token", token)
        return client_class(**kwargs)


@pytest.fixture
def simulator_seed() -> int:
    return 0


@pytest.fixture
def simulator_options() -> dict[str, Any]:
    return {}


@pytest.fixture
def simulator(simulator_seed: int, simulator_options: dict[str, Any]) -> Target:
    return Target(build_app(simulator_seed, **simulator_options), IN_PROCESS_URL)


@pytest.fixture
def simulator_client(simulator: Target) -> Iterator[httpx.Client]:
    transport = SyncASGITransport(simulator.app)
    with httpx.Client(transport=transport, base_url=IN_PROCESS_URL) as client:
        yield client


@pytest.fixture
def simulator_server(simulator_seed: int, simulator_options: dict[str, Any]) -> Iterator[Target]:
    with LoopbackServer(build_app(simulator_seed, **simulator_options)) as server:
        yield Target(server.app, server.url)
