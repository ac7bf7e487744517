"""Reliability figures for the simulator under hostile input, over a real loopback socket.

    python scripts/bench_hostile.py [--requests N] [--seed N]

1. Malformed requests: N requests built at random from garbage (methods, paths under every mount
   and beside them, query strings with undecodable bytes, repeated and unknown parameters, odd
   headers and tokens, control bodies that are deep, not UTF-8, truncated or huge), plus raw bytes
   that are not HTTP at all. Counted: answers by status class, and every 5xx (the target is 0).
2. Faults injected and survived: each kind of fault (`status` 429/500/503, `drop`,
   `invalid_body`, `latency_ms`) injected again and again; after each one a normal read must
   answer 200 from the same server.
3. Half-sent requests: sockets that send half a request line and headers (or nothing), left
   open; counted: how many the server closed within its header timeout (here 1 s), and whether
   it still answers.

Loopback only; prints one table, exit 0 when every figure is what the README says, else 1.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import random
import socket
import sys
import time
from collections import Counter
from collections.abc import Sequence

import httpx

from docspecs.simulator import LoopbackServer, build_app

READS = {
    "instabase": "/v2/apps/runs/{}/results",
    "talonic": "/v1/jobs/{}/results",
    "extend": "/processor_runs/{}",
}
METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "QUERY", "FOO")
JUNK = ["", "%00", "%ff%fe", "..", "%2e%2e%2f", "a" * 5000, "\u00e9", "%", "{id}", "null", "-1"]


def _junk(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(JUNK)
    return "".join(chr(rng.randrange(33, 127)) for _ in range(rng.randrange(0, 40)))


def _control_body(rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    depth = rng.randrange(1, 200_000)
    return [
        b"[" * depth + b"]" * depth,
        b'{"a":' * (depth // 2) + b"1" + b"}" * (depth // 2),
        bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))),
        b'{"vendor": "extend", "status": ',
        b'{"vendor": "extend", "status": ' + str(rng.randrange(-(10**6), 10**6)).encode() + b"}",
        b'{"vendor": "' + _junk(rng).encode() + b'", "drop": true}',
        b"[" + b"{}," * rng.randrange(1, 500_000) + b"{}]",
    ][kind]


def malformed(client: httpx.Client, state: dict[str, dict[str, str]], rng: random.Random) -> int:
    """One random malformed request; its status (599 when the connection failed)."""
    vendor = rng.choice(sorted(READS))
    if rng.random() < 0.15:
        method = rng.choice(("POST", "PUT", "GET", "DELETE"))
        return client.request(method, "/_simulator/faults", content=_control_body(rng)).status_code
    path = state[vendor]["mount"] + READS[vendor].format(_junk(rng))
    if rng.random() < 0.2:
        path = rng.choice(["/", "/_simulator/" + _junk(rng), "/" + _junk(rng), path + "/x"])
    query = "&".join(f"{_junk(rng)}={_junk(rng)}" for _ in range(rng.randrange(0, 4)))
    token = rng.choice([state[vendor]["token"], _junk(rng), "", "Bearer", "x" * 3000])
    headers = {
        "Authorization": f"Bearer {token}".encode(),
        "IB-Context": _junk(rng).encode("utf-8"),
        "x-extend-api-version": rng.choice(["2025-04-21", _junk(rng)]).encode("utf-8"),
    }
    url = path + ("?" + query if query else "")
    try:
        return client.request(rng.choice(METHODS), url, headers=headers).status_code
    except httpx.LocalProtocolError:
        return -1  # the client refused to send it (h11 checks header values): not counted
    except httpx.HTTPError:
        return 599  # no answer: the server closed the connection


def raw_garbage(host: str, port: int, rng: random.Random) -> int:
    """Bytes that are not HTTP; the status uvicorn answers (0 when it just closes)."""
    payload = rng.choice(
        [
            bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))),
            b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
            b"GET / HTTP/9.9\r\n\r\n",
        ]
    )
    with socket.create_connection((host, port), timeout=5) as sock:
        try:
            sock.sendall(payload)
            answer = sock.recv(64)
        except OSError:
            return 0
    parts = answer.split(b" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    app = build_app()
    statuses: Counter[int] = Counter()
    with LoopbackServer(app, header_timeout=1.0) as server:
        logging.getLogger("uvicorn.error").setLevel(logging.ERROR)  # a warning per bad request
        host, port = server.url.removeprefix("http://").split(":")
        state = app.state_json()
        with httpx.Client(base_url=server.url, timeout=10) as client:
            for index in range(args.requests):
                if index % 10 == 9:
                    statuses[raw_garbage(host, int(port), rng)] += 1
                else:
                    statuses[malformed(client, state, rng)] += 1
                app.faults.clear()  # a random body that happened to be a valid fault
            refused = statuses.pop(-1, 0)
            server_errors = sum(n for code, n in statuses.items() if code >= 500)
            print(
                f"malformed requests sent: {sum(statuses.values())} "
                f"({refused} more that httpx refused to send)"
            )
            classes = Counter(
                f"{code // 100}xx" if code else "closed" for code in statuses.elements()
            )
            print("  answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(classes.items())))
            print(f"  5xx seen: {server_errors}")

            injected = survived = 0
            run = state["extend"]["resources"]["processor_runs"][0]["id"]
            read = state["extend"]["mount"] + READS["extend"].format(run)
            auth = {"Authorization": f"Bearer {state['extend']['token']}"}
            kinds = [
                {"status": 429, "retry_after": 1},
                {"status": 500},
                {"status": 503},
                {"drop": True},
                {"invalid_body": True},
                {"latency_ms": 5},
            ]
            for _ in range(50):
                for kind in kinds:
                    fault = {"vendor": "extend", **kind}
                    client.post("/_simulator/faults", json=fault).raise_for_status()
                    injected += 1
                    with contextlib.suppress(httpx.HTTPError):  # a dropped connection, as asked
                        client.get(read, headers=auth)
                    survived += client.get(read, headers=auth).status_code == 200
            print(f"faults injected: {injected} (6 kinds x 50), survived: {survived}")

        sockets = [socket.create_connection((host, int(port))) for _ in range(300)]
        for index, sock in enumerate(sockets):
            if index % 2:
                sock.sendall(b"GET /_simulator/state HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        time.sleep(2.5)
        closed = 0
        for sock in sockets:
            sock.settimeout(0.5)
            with contextlib.suppress(TimeoutError, ConnectionResetError):
                closed += sock.recv(1) == b""
            sock.close()
        alive = httpx.get(server.url + "/_simulator/state", timeout=5).status_code == 200
        print(f"half-sent requests left open: 300, closed by the server within 2.5 s: {closed}")
        print(f"  server answering afterwards: {alive}")
    ok = server_errors == 0 and survived == injected and closed == 300 and alive
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
