"""Recording traffic from the in-process simulator, as captures and as HAR files."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx

from docspecs.testing import Target
from docspecs.verify import Secrets, exchange_line

PATHS = {
    "extend": {"processor_runs": "/processor_runs/{}", "classify_runs": "/classify_runs/{}"},
    "talonic": {"jobs": "/v1/jobs/{}/results"},
    "instabase": {"runs": "/v2/apps/runs/{}/results"},
}


def urls(simulator: Target, api: str) -> list[str]:
    """A URL for every seeded resource of `api` (read twice: running, then terminal)."""
    out = []
    for kind, resources in simulator.state()[api]["resources"].items():
        template = PATHS[api][kind]
        for resource in resources:
            out.append(simulator.base_url(api) + template.format(resource["id"]))
    return out


def record(
    client: httpx.Client, simulator: Target, api: str, count: int = 2
) -> list[httpx.Response]:
    """Every seeded resource of `api`, read `count` times, with the simulator's token."""
    responses = []
    for _ in range(count):
        for url in urls(simulator, api):
            responses.append(client.get(url, headers=simulator.headers(api)))
    return responses


def capture_lines(responses: list[httpx.Response], api: str | None = "extend") -> list[str]:
    return [
        exchange_line(
            api=api,
            method=r.request.method,
            url=str(r.request.url),
            request_headers=r.request.headers.multi_items(),
            status=r.status_code,
            response_headers=r.headers.multi_items(),
            content=r.content,
            secrets=Secrets(),
        )
        for r in responses
    ]


def write_capture(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path


def har(responses: list[httpx.Response], *, base64_bodies: bool = False) -> dict[str, Any]:
    """A HAR 1.2 document as a browser would export it, headers (and the token) included."""
    entries = []
    for r in responses:
        text = r.text
        content: dict[str, Any] = {
            "size": len(r.content),
            "mimeType": r.headers.get("content-type", ""),
        }
        if base64_bodies:
            content.update(text=base64.b64encode(r.content).decode(), encoding="base64")
        else:
            content["text"] = text
        entries.append(
            {
                "startedDateTime": "2026-01-01T00:00:00.000Z",
                "time": 1,
                "request": {
                    "method": r.request.method,
                    "url": str(r.request.url),
                    "httpVersion": "HTTP/1.1",
                    "headers": [
                        {"name": k, "value": v} for k, v in r.request.headers.multi_items()
                    ],
                    "queryString": [],
                    "cookies": [],
                    "headersSize": -1,
                    "bodySize": 0,
                },
                "response": {
                    "status": r.status_code,
                    "statusText": r.reason_phrase,
                    "httpVersion": "HTTP/1.1",
                    "headers": [{"name": k, "value": v} for k, v in r.headers.multi_items()],
                    "cookies": [],
                    "content": content,
                    "redirectURL": "",
                    "headersSize": -1,
                    "bodySize": len(r.content),
                },
                "cache": {},
                "timings": {"send": 0, "wait": 1, "receive": 0},
            }
        )
    return {
        "log": {"version": "1.2", "creator": {"name": "tests", "version": "1"}, "entries": entries}
    }


def edit_line(line: str, edit: Any) -> str:
    """A capture line with its response body changed by `edit(body)` (which edits in place)."""
    record = json.loads(line)
    edit(record["response"]["body"])
    return json.dumps(record) + "\n"
