"""`docspecs mock` as a new user runs it: it starts, prints base URLs and tokens that work."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_mock_prints_base_urls_and_tokens_that_work() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "docspecs", "mock", "--port", "0", "--seed", "3"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(5)]
        assert lines[0].startswith("docspecs simulator (seed 3) at http://127.0.0.1:")
        found = {}
        for line in lines[1:4]:
            match = re.fullmatch(r"\s+(\w+)\s+(http://127\.0\.0\.1:\d+/\w+)\s+token: (\S+)\n", line)
            assert match, line
            found[match[1]] = (match[2], match[3])
        assert set(found) == {"instabase", "talonic", "extend"}
        assert found["talonic"][1].startswith("tlnc_")
        root = found["extend"][0].removesuffix("/extend")
        with httpx.Client(timeout=5) as client:
            state = client.get(root + "/_simulator/state").json()
            for vendor, (base, token) in found.items():
                assert state[vendor]["token"] == token
                kind, resources = next(iter(state[vendor]["resources"].items()))
                path = {
                    "runs": "/v2/apps/runs/{}/results",
                    "jobs": "/v1/jobs/{}/results",
                    "processor_runs": "/processor_runs/{}",
                }[kind].format(resources[0]["id"])
                ok = client.get(base + path, headers={"Authorization": f"Bearer {token}"})
                assert ok.status_code == 200, (vendor, ok.text)
                assert client.get(base + path).status_code == 401
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=10)
    assert code == 0


def test_mock_refuses_a_port_it_cannot_bind(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from docspecs.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["--root", str(ROOT), "mock", "--port", str(port)])
    assert code == 2
    assert f"--port {port}" in capsys.readouterr().err
