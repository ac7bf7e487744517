"""Recorded Extend traffic from the in-process simulator, shared by the verify tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from verify_helpers import record

from docspecs import Project
from docspecs.testing import SyncASGITransport, Target

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project() -> Project:
    return Project(REPO_ROOT)


@pytest.fixture
def client(simulator: Target) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(simulator.app)) as c:
        yield c


@pytest.fixture
def extend_responses(client: httpx.Client, simulator: Target) -> list[httpx.Response]:
    """Every seeded Extend run read twice (in progress, then final): 50 responses, all 200."""
    return record(client, simulator, "extend")
