"""Fixtures for the client runtime tests: the three client packages, freshly generated.

The packages are generated once per test session from the specs, overlays and templates in the
working tree (the same `docspecs.generate` step that writes generated/, here into a temporary
directory) and put first on sys.path, so these tests exercise exactly what the templates produce;
`docspecs check` separately proves generated/ is that same output.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import Counting

from docspecs import Project
from docspecs.generate import generate

REPO_ROOT = Path(__file__).resolve().parents[2]
APIS = ("instabase", "talonic", "extend")


@pytest.fixture(scope="session")
def clients_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A directory holding `<api>-client/` for every API, first on sys.path while tests run."""
    out = tmp_path_factory.mktemp("generated")
    report = generate(Project(REPO_ROOT), list(APIS), output_dir=out, progress=None)
    assert report.ok, [a.error for a in report.apis if a.error]
    paths = [str(out / f"{api}-client") for api in APIS]
    for name in [m for m in sys.modules if m.split(".")[0] in {f"{a}_client" for a in APIS}]:
        del sys.modules[name]
    sys.path[:0] = paths
    yield out
    for path in paths:
        sys.path.remove(path)


def _module(clients_dir: Path, name: str) -> ModuleType:
    return importlib.import_module(name)


@pytest.fixture
def ib(clients_dir: Path) -> ModuleType:
    return _module(clients_dir, "instabase_client")


@pytest.fixture
def tal(clients_dir: Path) -> ModuleType:
    return _module(clients_dir, "talonic_client")


@pytest.fixture
def ext(clients_dir: Path) -> ModuleType:
    return _module(clients_dir, "extend_client")


@pytest.fixture(scope="module")
def _loopback() -> Iterator[Any]:
    from docspecs.simulator import LoopbackServer, build_app
    from docspecs.testing import Target

    with LoopbackServer(build_app(0)) as server:
        yield Target(server.app, server.url)


@pytest.fixture
def server(_loopback: Any) -> Iterator[Any]:
    """The simulator on a real 127.0.0.1 port (shared by a module), reset before each test."""
    _loopback.reset()
    yield _loopback
    _loopback.reset()


@pytest.fixture
def make_client(server: Any) -> Any:
    """`make_client(package, vendor, **kwargs)` -> (AuthenticatedClient on the loopback
    simulator, the list of requests that reached the network: one per attempt)."""

    def make(package: ModuleType, vendor: str, **kwargs: Any) -> Any:
        counting = Counting(httpx.HTTPTransport())
        kwargs.setdefault("token", server.token(vendor))
        client = package.AuthenticatedClient(
            base_url=server.base_url(vendor), httpx_args={"transport": counting}, **kwargs
        )
        return client, counting.requests

    return make
