"""Thousands of malformed requests, sent in-process: never a 5xx, always the vendor's error shape.

The requests are built at the ASGI level (what uvicorn hands the app), so they can carry what an
HTTP client would refuse to send: undecodable query bytes, control characters, huge values.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docspecs.simulator import SimulatorApp, build_app

TEMPLATES = {
    "instabase": ["/v2/apps/runs/{}/results", "/v2/apps/runs/{}", "/v2/apps/{}/results"],
    "talonic": ["/v1/jobs/{}/results", "/v1/jobs/{}", "/v1/{}/results"],
    "extend": ["/processor_runs/{}", "/classify_runs/{}", "/processor_runs/{}/x", "/{}"],
}
PARAMS = [
    "file_offset",
    "include_review_results",
    "include_confidence_scores",
    "include_validation_results",
    "include_source_info",
    "limit",
    "id",
]
SHAPES = {
    "instabase": lambda b: set(b) == {"message"},
    "talonic": lambda b: {"statusCode", "code", "error", "message", "retryable"} <= set(b),
    "extend": lambda b: set(b) == {"code", "message", "retryable", "requestId"},
}

ascii_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
ids = st.one_of(
    st.text(max_size=30).filter(lambda s: "/" not in s and s),
    st.from_regex(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", fullmatch=True),
    st.sampled_from(["dpr_1234", "clr_x", "..", "%00", "9" * 5000, "\x00", "ß", "' OR 1=1 --"]),
)
values = st.one_of(
    ascii_text,
    st.sampled_from(["true", "false", "-1", "1e3", "0x10", "9" * 5000, "", "null", "[]"]),
    st.integers().map(str),
)


@st.composite
def requests(draw: st.DrawFn, seeded: list[str]) -> dict[str, Any]:
    vendor = draw(st.sampled_from(sorted(TEMPLATES)))
    template = draw(st.sampled_from(TEMPLATES[vendor]))
    ident = draw(st.one_of(ids, st.sampled_from(seeded)))
    pairs = draw(
        st.lists(st.tuples(st.one_of(st.sampled_from(PARAMS), ascii_text), values), max_size=4)
    )
    query = "&".join(f"{k}={v}" for k, v in pairs).encode("latin-1", "replace")
    query += draw(st.one_of(st.just(b""), st.binary(max_size=20)))
    headers: list[tuple[bytes, bytes]] = []
    auth = draw(st.sampled_from(["good", "none", "junk", "scheme"]))
    if auth == "junk":
        headers.append((b"authorization", draw(ascii_text).encode()))
    elif auth == "scheme":
        headers.append((b"authorization", b"Bearer " + draw(ascii_text).encode()))
    for name in (b"ib-context", b"x-extend-api-version"):
        if draw(st.booleans()):
            headers.append((name, draw(st.one_of(ascii_text, st.just("2025-04-21"))).encode()))
    return {
        "vendor": vendor,
        "method": draw(
            st.sampled_from(
                ["GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
            )
        ),
        "path": f"/{vendor}" + template.format(ident),
        "query": query,
        "headers": headers,
        "auth": auth == "good",
    }


async def call(app: SimulatorApp, request: dict[str, Any]) -> tuple[int, bytes]:
    headers = list(request["headers"])
    if request["auth"]:
        headers.append((b"authorization", f"Bearer {app.tokens[request['vendor']]}".encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request["method"],
        "scheme": "http",
        "path": request["path"],
        "raw_path": request["path"].encode("utf-8", "surrogateescape"),
        "root_path": "",
        "query_string": request["query"],
        "headers": headers,
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8400),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, body


@pytest.fixture(scope="module")
def app() -> SimulatorApp:
    return build_app(0, reads_until_terminal=0)


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def seeded_ids() -> list[str]:
    state = build_app(0).state_json()
    return [r["id"] for v in state.values() for rs in v["resources"].values() for r in rs]


@pytest.mark.slow
@settings(
    max_examples=3000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=requests(seeded_ids()))
def test_malformed_requests_never_get_a_5xx(
    app: SimulatorApp, loop: asyncio.AbstractEventLoop, request: dict[str, Any]
) -> None:
    status, body = loop.run_until_complete(call(app, request))
    assert 200 <= status < 500, (status, request)
    if status >= 400 and request["method"] != "HEAD":
        assert SHAPES[request["vendor"]](json.loads(body)), (body, request)
