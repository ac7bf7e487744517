"""Benchmark: requests per second of each operation, the simulator vs Prism, one run.

    python scripts/bench_simulator.py [--requests N] [--concurrency C] [API...]

Both targets are real servers on loopback ports, started here and stopped at the end:

1. the simulator as `docspecs mock --port 0` (a subprocess: uvicorn, the app users run);
2. `prism mock` (the pinned `@stoplight/prism-cli`, installed with npm into a local prefix by
   `_prism.py`) on the same bundled spec, one Prism per API.

The same load generator drives both: an asyncio loop of C keep-alive HTTP/1.1 connections sending
N GET requests in total (after a warm-up of 10% of N), each with the vendor's bearer token and a
seeded id, so both answer 200. Requests per second is N over the wall time; p50/p99 are per-request
latencies. Prints one row per operation and target, the ratio simulator/Prism per operation
(target: at least 3x) and the verdict. Loopback only; every loop is bounded by N and a timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from _prism import PRISM_PACKAGE, prism_mock

from docspecs import Project

TARGET_RATIO = 3.0
ROOT = Path(__file__).resolve().parent.parent
# (api, operationId, kind in /_simulator/state, path template below the mount)
OPERATIONS = [
    ("instabase", "get_run_results", "runs", "/v2/apps/runs/{}/results"),
    ("talonic", "get_job_results", "jobs", "/v1/jobs/{}/results"),
    ("extend", "get_processor_run", "processor_runs", "/processor_runs/{}"),
    ("extend", "get_classify_run", "classify_runs", "/classify_runs/{}"),
]


@dataclass
class Result:
    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


# --- the load generator: raw HTTP/1.1 over asyncio streams, the same for every target ---------


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _connection(
    host: str, port: int, requests: list[bytes], result: Result, timeout: float
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for request in requests:
            started = time.perf_counter()
            writer.write(request)
            status = await asyncio.wait_for(_read_response(reader), timeout)
            result.latencies.append(time.perf_counter() - started)
            result.statuses[status] = result.statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _load(
    url: str, paths: list[str], headers: dict[str, str], total: int, concurrency: int
) -> Result:
    parsed = httpx.URL(url)
    host, port = parsed.host, parsed.port or 80
    lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    raw = [
        f"GET {parsed.raw_path.decode().rstrip('/')}{path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"{lines}Connection: keep-alive\r\n\r\n".encode()
        for path in paths
    ]
    share = [total // concurrency + (c < total % concurrency) for c in range(concurrency)]
    per_connection = [
        [raw[(c + i * concurrency) % len(raw)] for i in range(share[c])] for c in range(concurrency)
    ]
    result = Result()
    started = time.perf_counter()
    await asyncio.gather(*(_connection(host, port, r, result, 10.0) for r in per_connection))
    result.seconds = time.perf_counter() - started
    result.requests = sum(len(r) for r in per_connection)
    return result


def measure(
    url: str, paths: list[str], headers: dict[str, str], total: int, concurrency: int
) -> Result:
    asyncio.run(_load(url, paths, headers, max(concurrency, total // 10), concurrency))  # warm-up
    return asyncio.run(_load(url, paths, headers, total, concurrency))


# --- targets ------------------------------------------------------------------------------------


@contextmanager
def simulator() -> Iterator[str]:
    """`docspecs mock --port 0` in a subprocess; yields its root URL."""
    command = [sys.executable, "-m", "docspecs", "--root", str(ROOT), "mock", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)", first)
        if not match:
            raise RuntimeError(f"docspecs mock did not start: {first!r}")
        yield match[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("apis", nargs="*", metavar="API")
    parser.add_argument(
        "--requests", type=int, default=3000, help="requests per operation and target"
    )
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections")
    args = parser.parse_args(argv)
    if not 1 <= args.concurrency <= 256 or not 1 <= args.requests <= 1_000_000:
        parser.error("--concurrency 1..256, --requests 1..1000000")
    apis = args.apis or sorted({api for api, *_ in OPERATIONS})
    project = Project(ROOT)
    rows = []
    with simulator() as root:
        state = httpx.get(root + "/_simulator/state", timeout=10).json()
        for api, _, kind, template in OPERATIONS:  # warm the fresh server once, on every path
            vendor = state[api]
            paths = [template.format(r["id"]) for r in vendor["resources"][kind]]
            auth = {"Authorization": f"Bearer {vendor['token']}"}
            asyncio.run(_load(root + vendor["mount"], paths, auth, args.requests // 5, 4))
        for api, operation, kind, template in OPERATIONS:
            if api not in apis:
                continue
            vendor = state[api]
            ids = [r["id"] for r in vendor["resources"][kind]]
            paths = [template.format(i) for i in ids]
            headers = {"Authorization": f"Bearer {vendor['token']}"}
            httpx.post(root + "/_simulator/reset", timeout=10)
            ours = measure(root + vendor["mount"], paths, headers, args.requests, args.concurrency)
            with prism_mock(project, api) as prism_url:
                theirs = measure(prism_url, paths, headers, args.requests, args.concurrency)
            rows.append((api, operation, ours, theirs))
    print(
        f"{args.requests} GET requests per operation and target, {args.concurrency} keep-alive "
        f"connections, loopback; simulator = docspecs mock (uvicorn), Prism = {PRISM_PACKAGE}"
    )
    header = f"{'operation':<30} {'target':<9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  statuses"
    print(header)
    print("-" * len(header))
    ratios = []
    for api, operation, ours, theirs in rows:
        for name, result in (("simulator", ours), ("prism", theirs)):
            statuses = " ".join(f"{s}:{n}" for s, n in sorted(result.statuses.items()))
            print(
                f"{api + ' ' + operation:<30} {name:<9} {result.rps:>8.0f} "
                f"{result.percentile(0.5):>8.2f} {result.percentile(0.99):>8.2f}  {statuses}"
            )
        ratio = ours.rps / theirs.rps if theirs.rps else float("inf")
        ratios.append(ratio)
        print(f"{'':<30} {'ratio':<9} {ratio:>7.2f}x")
    if not ratios:
        print("nothing measured")
        return 2
    worst, mean = min(ratios), statistics.geometric_mean(ratios)
    verdict = "met" if worst >= TARGET_RATIO else "NOT met"
    print(
        f"simulator/Prism: worst {worst:.2f}x, geometric mean {mean:.2f}x; "
        f"target >= {TARGET_RATIO:.0f}x {verdict}"
    )
    bad = [r for *_, o, t in rows for r in (o, t) if set(r.statuses) != {200}]
    if bad:
        print("warning: some responses were not 200 (see statuses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
