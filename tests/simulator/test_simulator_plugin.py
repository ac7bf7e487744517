"""The pytest plugin as a user meets it: fixtures available in any project with docspecs."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from docspecs.simulator import build_app
from docspecs.testing import SyncASGITransport

pytest_plugins = ["pytester"]

USER_TESTS = """
import httpx
import pytest


def test_in_process(simulator, simulator_client):
    state = simulator.state()
    job = state["talonic"]["resources"]["jobs"][0]["id"]
    url = simulator.base_url("talonic") + f"/v1/jobs/{job}/results"
    assert simulator_client.get(url, headers=simulator.headers("talonic")).status_code == 200
    assert simulator_client.get(url).status_code == 401


@pytest.mark.parametrize("simulator_options", [{"reads_until_terminal": 0}])
def test_options_are_overridable(simulator):
    moving = {"RUNNING", "processing", "PENDING", "PROCESSING"}
    for vendor in simulator.state().values():
        for resources in vendor["resources"].values():
            assert not {r["status"] for r in resources} & moving


def test_faults_from_python(simulator, simulator_client):
    simulator.fault("extend", "get_processor_run", status=503)
    run = simulator.state()["extend"]["resources"]["processor_runs"][0]["id"]
    url = simulator.base_url("extend") + f"/processor_runs/{run}"
    assert simulator_client.get(url, headers=simulator.headers("extend")).status_code == 503


async def _async_read(simulator, url):
    transport = httpx.ASGITransport(app=simulator.app)
    async with httpx.AsyncClient(transport=transport) as client:
        return (await client.get(url, headers=simulator.headers("extend"))).status_code


def test_async_client_through_asgi_transport(simulator):
    import asyncio
    run = simulator.state()["extend"]["resources"]["classify_runs"][0]["id"]
    url = simulator.base_url("extend") + f"/classify_runs/{run}"
    assert asyncio.run(_async_read(simulator, url)) == 200


def test_real_loopback_server(simulator_server):
    assert simulator_server.url.startswith("http://127.0.0.1:")
    run = simulator_server.state()["extend"]["resources"]["classify_runs"][0]["id"]
    url = simulator_server.base_url("extend") + f"/classify_runs/{run}"
    response = httpx.get(url, headers=simulator_server.headers("extend"), timeout=5)
    assert response.status_code == 200 and response.json()["id"] == run
"""


@pytest.mark.slow
def test_users_own_tests_get_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


UNCLOSED_CLIENT = """
import httpx
from docspecs.simulator import build_app
from docspecs.testing import SyncASGITransport

client = httpx.Client(transport=SyncASGITransport(build_app(0)), base_url="http://sim")
print(client.get("/_simulator/state").status_code)
"""


def test_a_sync_asgi_client_that_is_never_closed_lets_the_process_exit(tmp_path: Path) -> None:
    script = tmp_path / "unclosed.py"
    script.write_text(UNCLOSED_CLIENT, encoding="utf-8")
    # The script takes well under a second; before the fix it never exited. The timeout only
    # has to be finite, so it is generous for a loaded machine.
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "200"), result.stderr


def test_closing_the_client_stops_the_transport_thread() -> None:
    def transport_threads() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.name == "docspecs-asgi-transport"]

    before = transport_threads()
    with httpx.Client(transport=SyncASGITransport(build_app(0)), base_url="http://sim") as client:
        assert client.get("/_simulator/state").status_code == 200
        assert len(transport_threads()) == len(before) + 1
    assert transport_threads() == before
