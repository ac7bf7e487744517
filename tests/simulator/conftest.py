"""Fixtures for the simulator tests; the simulator itself comes from the docspecs pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from docspecs.testing import Target

Ask = Callable[..., httpx.Response]


@pytest.fixture
def ask(simulator: Target, simulator_client: httpx.Client) -> Ask:
    """`ask(vendor, path, params=..., headers=..., auth=True, method="GET")` -> response."""

    def call(
        vendor: str,
        path: str,
        *,
        params: dict[str, Any] | list[tuple[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        method: str = "GET",
    ) -> httpx.Response:
        sent = dict(simulator.headers(vendor)) if auth else {}
        sent.update(headers or {})
        return simulator_client.request(
            method, simulator.base_url(vendor) + path, params=params, headers=sent
        )

    return call


@pytest.fixture
def ids(simulator: Target) -> Callable[..., list[str]]:
    """`ids(vendor, kind, status=None)`: seeded resource ids from the control state."""

    def pick(vendor: str, kind: str, status: str | None = None) -> list[str]:
        resources = simulator.state()[vendor]["resources"][kind]
        return [r["id"] for r in resources if status is None or r["status"] == status]

    return pick
