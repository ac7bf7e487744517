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


class _Bound(Exception):
    """Raised by the fake socket: the code got as far as making a socket."""


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """`socket.socket` replaced by a recorder that raises `_Bound`: nothing is ever bound."""
    import socket

    made: list[tuple[object, ...]] = []

    def fake(*args: object, **kwargs: object) -> None:
        made.append(args)
        raise _Bound

    monkeypatch.setattr(socket, "socket", fake)
    return made


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "::", "", "192.0.2.10", "2001:db8::1", "::ffff:10.0.0.1", "[::1]"]
)
def test_mock_refuses_a_host_off_loopback_before_binding(
    host: str, no_sockets: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    from docspecs.cli import main

    code = main(["mock", "--host", host, "--port", "0"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--host {host!r}: not a loopback address" in err
    assert "--allow-non-loopback" in err
    assert no_sockets == []  # refused before any socket was made


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10"])
def test_serve_refuses_a_host_off_loopback_before_binding(
    host: str, no_sockets: list[tuple[object, ...]]
) -> None:
    from docspecs import DocspecsError
    from docspecs.simulator import serve

    with pytest.raises(DocspecsError, match="allow_non_loopback=True") as raised:
        serve(host, 0)
    assert repr(host) in str(raised.value)
    assert no_sockets == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_need_no_flag(host: str, no_sockets: list[tuple[object, ...]]) -> None:
    from docspecs.simulator import serve

    with pytest.raises(_Bound):
        serve(host, 0)
    assert len(no_sockets) == 1


def test_the_flag_lets_a_host_off_loopback_through_with_a_warning(
    no_sockets: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    from docspecs.cli import main

    with pytest.raises(_Bound):
        main(["mock", "--host", "0.0.0.0", "--port", "0", "--allow-non-loopback"])
    assert len(no_sockets) == 1  # it went on to bind
    assert "WARNING: --allow-non-loopback: the simulator listens on 0.0.0.0" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("addresses", "loopback"),
    [
        (["192.0.2.7"], False),
        (["127.0.0.1", "192.0.2.7"], False),  # a name resolving off loopback too
        (["127.0.1.1"], True),
        (OSError("no such name"), False),  # a name that does not resolve
    ],
)
def test_a_host_name_is_loopback_only_when_every_address_it_resolves_to_is(
    addresses: list[str] | OSError, loopback: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    from docspecs.simulator._serve import is_loopback

    def resolve(host: str, *args: object) -> list[tuple[object, ...]]:
        if isinstance(addresses, OSError):
            raise addresses
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0)) for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)  # no lookup leaves the machine
    assert is_loopback("staging.example") is loopback
