"""pytest plugin (entry point `docspecs`): the vendor simulator as fixtures, for any test suite.

Installed with docspecs, so these fixtures are available in every project that has it:

- `simulator`: a `Target` on a fresh in-process simulator (no sockets): `base_url(vendor)`,
  `token(vendor)`, `headers(vendor)`, `fault(...)`, `reset()`, `state()`, and `app` (the ASGI
  app, for `httpx.ASGITransport(simulator.app)` or schemathesis `from_asgi`).
- `simulator_client`: a synchronous `httpx.Client` (starlette's TestClient) on that app;
  requests go to `simulator.base_url(vendor) + path`.
- `simulator_server`: a `Target` on a real uvicorn server on a free 127.0.0.1 port, for tests
  about the network (timeouts, dropped connections, a client library's own transport).

Override `simulator_seed` (default 0) or `simulator_options` (keyword arguments of
`docspecs.simulator.build_app`, e.g. `{"reads_until_terminal": 0}`) in your conftest.py or test
module to change what is served.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.testclient import TestClient

from docspecs.simulator import MOUNTS, LoopbackServer, SimulatorApp, build_app
from docspecs.simulator._faults import parse_fault

IN_PROCESS_URL = "http://simulator.local"

__all__ = ["IN_PROCESS_URL", "Target"]


@dataclass
class Target:
    """Where a simulator answers (`url`, no trailing slash) and how to talk to it."""

    app: SimulatorApp
    url: str

    def base_url(self, vendor: str) -> str:
        """The vendor's base URL: the mount replaces the vendor's server URL."""
        return self.url + MOUNTS[vendor]

    def token(self, vendor: str) -> str:
        return self.app.tokens[vendor]

    def headers(self, vendor: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.app.tokens[vendor]}"}

    def fault(self, vendor: str, operation: str | None = None, **fault: Any) -> None:
        """Make the next matching requests fail (same fields as `POST /_simulator/faults`)."""
        from docspecs.simulator import OPERATIONS

        self.app.faults.add([parse_fault({"vendor": vendor, "operation": operation, **fault}, OPERATIONS)])

    def reset(self) -> None:
        self.app.reset()

    def state(self) -> dict[str, Any]:
        return self.app.state_json()


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
def simulator_client(simulator: Target) -> Iterator[TestClient]:
    with TestClient(simulator.app, base_url=IN_PROCESS_URL, raise_server_exceptions=True) as client:
        yield client


@pytest.fixture
def simulator_server(simulator_seed: int, simulator_options: dict[str, Any]) -> Iterator[Target]:
    with LoopbackServer(build_app(simulator_seed, **simulator_options)) as server:
        yield Target(server.app, server.url)
