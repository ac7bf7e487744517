"""Benchmark: `docspecs verify` throughput on a 10,000-entry capture, beside plain jsonschema.

    python scripts/bench_verify.py [--entries 10000] [--rounds 3]

The capture is recorded from the in-process simulator (every seeded resource of every API, read
until it reaches its final status), repeated to `--entries` lines, every tenth body edited to
carry an undeclared key and an unknown enum value, so verify has findings to count. Two ways of
checking the same bodies:

- `docspecs verify`: read the JSON Lines file, match each exchange to its operation and status,
  validate (JSON Schema 2020-12) and walk for undeclared keys, unknown enum values and formats,
  tally the findings (what `docspecs verify FILE` does, minus printing);
- plain jsonschema: `Draft202012Validator.iter_errors` on the already-parsed bodies, one
  validator per response schema built beforehand (the floor: validation only, no reading, no
  matching, no walk).

Each is run `--rounds` times, best round kept; prints responses per second and the ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from docspecs import Project
from docspecs.simulator import build_app
from docspecs.testing import IN_PROCESS_URL, SyncASGITransport, Target
from docspecs.verify import Secrets, exchange_line, load_specs, read_exchanges, verify_exchanges
from docspecs.verify._match import match, operations, server_paths

ROOT = Path(__file__).resolve().parent.parent
PATHS = {
    "processor_runs": "/processor_runs/{}",
    "classify_runs": "/classify_runs/{}",
    "jobs": "/v1/jobs/{}/results",
    "runs": "/v2/apps/runs/{}/results",
}


def record() -> list[str]:
    """One capture line per read of every seeded resource, until each reached its final state."""
    simulator = Target(build_app(0), IN_PROCESS_URL)
    lines = []
    with httpx.Client(transport=SyncASGITransport(simulator.app)) as client:
        for _ in range(3):
            for api, state in simulator.state().items():
                for kind, resources in state["resources"].items():
                    for resource in resources:
                        url = simulator.base_url(api) + PATHS[kind].format(resource["id"])
                        r = client.get(url, headers=simulator.headers(api))
                        lines.append(
                            exchange_line(
                                api=api,
                                method="GET",
                                url=url,
                                request_headers=r.request.headers.multi_items(),
                                status=r.status_code,
                                response_headers=r.headers.multi_items(),
                                content=r.content,
                                secrets=Secrets(),
                            )
                        )
    return lines


def drift(line: str) -> str:
    record_ = json.loads(line)
    body = record_["response"].get("body")
    if isinstance(body, dict):
        body["addedByVendor"] = {"n": 1}
        target = body.get("processorRun", body)
        if isinstance(target, dict) and "status" in target:
            target["status"] = "SOMETHING_NEW"
    return json.dumps(record_) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    lines = record()
    capture = [drift(line) if i % 10 == 0 else line for i, line in enumerate(lines)]
    capture = (capture * (args.entries // len(capture) + 1))[: args.entries]
    documents = load_specs(Project(ROOT), [])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "capture.jsonl"
        path.write_text("".join(capture), encoding="utf-8")
        size = path.stat().st_size

        exchanges = list(read_exchanges(path, "capture.jsonl"))
        # plain jsonschema: validators per (api, response schema pointer) built up front
        ops = [op for api, doc in documents.items() for op in operations(api, doc)]
        servers = {api: server_paths(doc) for api, doc in documents.items()}
        jobs = []
        validators: dict[str, Draft202012Validator] = {}
        for exchange in exchanges:
            op = match(exchange.method or "", exchange.url or "", ops, servers).operation
            assert op is not None
            at = f"{op.pointer}/responses/{exchange.status}/content/application~1json/schema"
            key = f"{op.api}:{at}"
            if key not in validators:
                registry: Registry = Registry().with_resource(
                    f"urn:{op.api}", DRAFT202012.create_resource(documents[op.api])
                )
                validators[key] = Draft202012Validator(
                    {"$ref": f"urn:{op.api}#{quote(at, safe='/~')}"}, registry=registry
                )
            jobs.append((validators[key], exchange.body))

        best_verify = best_plain = float("inf")
        findings = 0
        for _ in range(args.rounds):
            started = time.perf_counter()
            result = verify_exchanges(documents, read_exchanges(path, "capture.jsonl"))
            best_verify = min(best_verify, time.perf_counter() - started)
            findings = len(result.findings)
            started = time.perf_counter()
            errors = 0
            for validator, body in jobs:
                errors += sum(1 for _ in validator.iter_errors(body))
            best_plain = min(best_plain, time.perf_counter() - started)

    n = len(exchanges)
    print(f"capture: {n} responses, {size / 1e6:.1f} MB, {len(validators)} response schemas")
    print(f"{'checker':<36} {'seconds':>8} {'responses/s':>12}")
    print(f"{'docspecs verify (read+match+walk)':<36} {best_verify:>8.2f} {n / best_verify:>12.0f}")
    print(f"{'jsonschema iter_errors (only)':<36} {best_plain:>8.2f} {n / best_plain:>12.0f}")
    print(
        f"verify takes {best_verify / best_plain:.1f}x plain validation's time; "
        f"{findings} distinct findings, {errors} schema errors"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
