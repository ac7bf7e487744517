"""`max_response_bytes` bounds what a call reads into memory (sync and async): a declared
`Content-Length` above it is refused before reading, an endless or decompression-bomb body is cut
off as soon as more arrived, and the error names the limit and the sizes, never the body."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from loopback_servers import echo_server, flooding_server, trickling_server
from runtime_helpers import api

CANARY = "canary-5a4b3c2d-BODY-TOKEN"
LIMIT = 1024 * 1024


def _client(ext: ModuleType, url: str, **kwargs: object) -> object:
    return ext.AuthenticatedClient(base_url=url, token=CANARY, max_retries=0, **kwargs)


def test_the_default_limit_is_64_mib_and_settable_on_the_client_and_from_env(
    ext: ModuleType,
) -> None:
    assert ext.client.DEFAULT_MAX_RESPONSE_BYTES == 64 * 1024 * 1024
    assert ext.AuthenticatedClient(base_url="http://x", token="t").max_response_bytes == 64 << 20
    env = {"EXTEND_API_TOKEN": "tok"}
    assert ext.from_env(environ=env).max_response_bytes == 64 << 20
    assert ext.from_env(environ=env, max_response_bytes=10).max_response_bytes == 10
    assert ext.async_from_env(environ=env, max_response_bytes=10).max_response_bytes == 10
    assert ext.from_env(environ=env, max_response_bytes=None).max_response_bytes is None
    client = ext.AuthenticatedClient(base_url="http://x", token="t")
    assert client.with_options(max_response_bytes=5).max_response_bytes == 5
    # None removes the limit (it used to keep the old one); leaving it out keeps it
    limited = client.with_options(max_response_bytes=5, deadline=3.0)
    assert limited.with_options(max_response_bytes=None).max_response_bytes is None
    assert limited.with_options(deadline=None).deadline is None
    assert limited.with_options(max_retries=1).max_response_bytes == 5
    assert limited.with_options(max_retries=1).deadline == 3.0
    for bad in (0, -1, 1.5, "10", True):
        with pytest.raises(ext.errors.ConfigurationError, match="max_response_bytes"):
            ext.AuthenticatedClient(base_url="http://x", token="t", max_response_bytes=bad)


def test_a_declared_content_length_above_the_limit_fails_before_reading(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")
    # the body would take 100,000 s to arrive: only refusing on the header ends the call quickly
    with trickling_server(body_length=100_000, interval=1.0) as url:
        started = time.monotonic()
        with pytest.raises(ext.errors.ResponseTooLargeError) as raised:
            get.sync("clr_1", client=_client(ext, url, max_response_bytes=1000))
        assert time.monotonic() - started < 2.0
    error = raised.value
    assert isinstance(error, ext.errors.APIError)
    assert (error.limit, error.content_length, error.bytes_read) == (1000, 100_000, 0)
    assert error.status_code == 200
    assert str(error) == (
        f"200 response to GET {url}/classify_runs/clr_1 is larger than max_response_bytes "
        "(1000 bytes): Content-Length 100000, refused before reading"
    )


def test_an_endless_body_is_cut_off_just_past_the_limit(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")
    too_large = pytest.raises(ext.errors.ResponseTooLargeError)
    with flooding_server() as url, too_large as raised:
        get.sync("clr_1", client=_client(ext, url, max_response_bytes=LIMIT))
    error = raised.value
    assert error.content_length is None
    assert LIMIT < error.bytes_read <= LIMIT + 65536
    assert "no Content-Length, stopped after" in str(error)


def test_an_endless_body_is_cut_off_in_async_calls_too(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")

    async def main(url: str) -> object:
        async with ext.AsyncAuthenticatedClient(
            base_url=url, token=CANARY, max_retries=0, max_response_bytes=LIMIT
        ) as client:
            with pytest.raises(ext.errors.ResponseTooLargeError) as raised:
                await get.asyncio("clr_1", client=client)
            return raised.value

    with flooding_server() as url:
        error = asyncio.run(main(url))
    assert LIMIT < error.bytes_read <= LIMIT + 65536  # type: ignore[attr-defined]


def test_an_error_response_is_bounded_too(ext: ModuleType) -> None:
    get = api(ext, "classify_runs.get_classify_run")
    too_large = pytest.raises(ext.errors.ResponseTooLargeError)
    with flooding_server(status=500) as url, too_large as raised:
        get.sync("clr_1", client=_client(ext, url, max_response_bytes=LIMIT))
    assert raised.value.status_code == 500


def test_a_decompression_bomb_is_counted_after_decompression(ext: ModuleType) -> None:
    bomb = gzip.compress(b'{"id": "' + CANARY.encode() + b'", "x": "' + b"0" * (8 * LIMIT) + b'"}')
    assert len(bomb) < LIMIT // 10

    def reply(token: str) -> tuple[int, dict[str, str], bytes]:
        return 200, {"content-type": "application/json", "content-encoding": "gzip"}, bomb

    get = api(ext, "classify_runs.get_classify_run")
    too_large = pytest.raises(ext.errors.ResponseTooLargeError)
    with echo_server(reply) as url, too_large as raised:
        get.sync("clr_1", client=_client(ext, url, max_response_bytes=LIMIT))
    error = raised.value
    assert error.content_length == len(bomb)
    # counted after decompression: far more than the 8 KiB on the wire; httpx decompresses
    # what one network read brought at once, so the overshoot is at most one read's worth
    assert error.bytes_read > LIMIT > 100 * error.content_length
    assert CANARY not in str(error) + repr(error) + str(error.args)


def test_a_body_within_the_limit_and_no_limit_read_as_before(ext: ModuleType) -> None:
    body = b'{"object": "classify_run", "id": "clr_1"}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    for limit in (len(body), None):
        client = ext.AuthenticatedClient(
            base_url="http://vendor.test",
            token=CANARY,
            max_response_bytes=limit,
            httpx_args={"transport": httpx.MockTransport(handler)},
        )
        run = api(ext, "classify_runs.get_classify_run").sync("clr_1", client=client)
        assert run.id == "clr_1"
    small = ext.AuthenticatedClient(
        base_url="http://vendor.test",
        token=CANARY,
        max_response_bytes=len(body) - 1,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with pytest.raises(ext.errors.ResponseTooLargeError, match="Content-Length 41"):
        api(ext, "classify_runs.get_classify_run").sync("clr_1", client=small)


def test_a_capturing_client_is_bounded_too_and_records_what_fits(
    ext: ModuleType, tmp_path: Path
) -> None:
    capture = tmp_path / "traffic.jsonl"
    get = api(ext, "classify_runs.get_classify_run")
    env = {"EXTEND_API_TOKEN": CANARY}

    async def main(url: str) -> None:
        client = ext.async_from_env(
            environ=env, base_url=url, capture=capture, max_retries=0, max_response_bytes=LIMIT
        )
        with pytest.raises(ext.errors.ResponseTooLargeError):
            await get.asyncio("clr_1", client=client)

    too_large = pytest.raises(ext.errors.ResponseTooLargeError)
    with flooding_server() as url:
        client = ext.from_env(
            environ=env, base_url=url, capture=capture, max_retries=0, max_response_bytes=LIMIT
        )
        with too_large as raised:
            get.sync("clr_1", client=client)
        asyncio.run(main(url))
    assert LIMIT < raised.value.bytes_read <= LIMIT + 65536
    assert not capture.exists() or capture.read_text(encoding="utf-8") == ""

    def reply(token: str) -> tuple[int, dict[str, str], bytes]:
        return 200, {"content-type": "application/json"}, b'{"id": "clr_1"}'

    with echo_server(reply) as url:  # a body that fits is recorded as before
        client = ext.from_env(environ=env, base_url=url, capture=capture, max_response_bytes=LIMIT)
        assert get.sync("clr_1", client=client).id == "clr_1"
    (line,) = capture.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["response"]["body"] == {"id": "clr_1"}
