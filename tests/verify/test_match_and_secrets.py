"""Matching exchanges to operations (server URLs, path templates, ambiguity) and the capture
writer's redaction, on tiny inline specs."""

from __future__ import annotations

import json
from typing import Any

from docspecs.verify import NO_BODY, Exchange, Secrets, exchange_line, verify_exchanges
from docspecs.verify._match import match, operations, server_paths


def spec(paths: dict[str, Any], server: str = "https://api.example.com/v1") -> dict[str, Any]:
    ok = {"200": {"description": "ok"}}
    return {
        "openapi": "3.1.0",
        "servers": [{"url": server}],
        "paths": {p: {"get": {"operationId": op, "responses": ok}} for p, op in paths.items()},
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
                "sig": {"type": "apiKey", "in": "query", "name": "code"},
                "bearer": {"type": "http", "scheme": "bearer"},
            }
        },
    }


def found(documents: dict[str, dict[str, Any]], url: str) -> str:
    ops = [op for api, d in documents.items() for op in operations(api, d)]
    servers = {api: server_paths(d) for api, d in documents.items()}
    result = match("GET", url, ops, servers)
    return (
        f"{result.operation.api}.{result.operation.operation_id}"
        if result.operation
        else result.why
    )


def test_documented_server_url_then_path_template() -> None:
    docs = {"a": spec({"/runs/{id}": "get_run", "/runs/latest": "get_latest"})}
    assert found(docs, "https://api.example.com/v1/runs/r1") == "a.get_run"
    assert found(docs, "https://api.example.com/v1/runs/latest") == "a.get_latest"  # literal wins
    assert found(docs, "https://api.example.com/v1/runs/r1/") == "a.get_run"
    assert found(docs, "https://api.example.com/v1/runs/") == (
        "no operation of the spec has this method and path"
    )
    # another host (simulator, proxy, staging): the path must end with the template
    assert found(docs, "http://127.0.0.1:8400/a/runs/r1") == "a.get_run"


def test_server_url_settles_what_the_path_alone_cannot() -> None:
    docs = {
        "a": spec({"/runs/{id}": "get_run"}, "https://a.example.com"),
        "b": spec({"/runs/{id}": "read_run"}, "https://b.example.com"),
    }
    assert found(docs, "https://b.example.com/runs/1") == "b.read_run"
    assert found(docs, "http://127.0.0.1:8400/runs/1") == "fits operations of a, b: pass --api"
    only_a = {"a": docs["a"]}
    assert found(only_a, "http://127.0.0.1:8400/runs/1") == "a.get_run"


def test_capture_api_field_narrows_the_match() -> None:
    docs = {
        "a": spec({"/runs/{id}": "get_run"}, "https://a.example.com"),
        "b": spec({"/runs/{id}": "read_run"}, "https://b.example.com"),
    }
    exchange = Exchange("c.jsonl:1", "GET", "http://127.0.0.1/runs/1", 200, NO_BODY, api="b")
    result = verify_exchanges(docs, [exchange])
    assert [(c.api, c.operation, c.responses) for c in result.operations] == [("b", "read_run", 1)]


def test_capture_lines_redact_every_named_secret() -> None:
    secrets = Secrets.of_documents([spec({})])
    line = exchange_line(
        api="a",
        method="get",
        url="https://api.example.com/v1/runs/1?code=QUERYSECRET&access_token=T0KEN-IN-URL&page=2",
        request_headers=[
            ("Authorization", "Bearer canary-bearer-token"),
            ("X-Api-Key", "canary-api-key"),
            ("Cookie", "session=canary-cookie"),
            ("Accept", "application/json"),
        ],
        status=200,
        response_headers=[
            ("Set-Cookie", "s=canary-set-cookie"),
            ("Content-Type", "application/json"),
        ],
        content=b'{"echo": "you sent canary-bearer-token"}',
        secrets=secrets,
    )
    for canary in (
        "canary-bearer-token",
        "canary-api-key",
        "canary-cookie",
        "canary-set-cookie",
        "QUERYSECRET",
        "T0KEN-IN-URL",
    ):
        assert canary not in line
    record = json.loads(line)
    assert record["request"]["method"] == "GET"
    assert record["request"]["headers"]["accept"] == "application/json"
    assert record["request"]["headers"]["x-api-key"] == "[REDACTED]"
    assert "page=2" in record["request"]["url"]
    assert record["response"]["body"] == {"echo": "you sent [REDACTED]"}


def test_a_password_in_the_url_is_never_written_nor_printed() -> None:
    """`https://user:password@host/...` (a HAR of basic-auth traffic, an --upstream with
    credentials) kept the password in the capture's URL and in unmatched-response findings."""
    secrets = Secrets.of_documents([spec({})])
    line = exchange_line(
        api="a",
        method="GET",
        url="https://me:canary-password@api.example.com/v1/runs/1",
        request_headers=[],
        status=200,
        response_headers=[],
        content=b"",
        secrets=secrets,
    )
    assert "canary-password" not in line
    assert json.loads(line)["request"]["url"] == "https://api.example.com/v1/runs/1"
    exchange = Exchange(
        "h.har#0", "GET", "https://me:canary-password@api.example.com/nowhere?k=1", 200, NO_BODY
    )
    [finding] = verify_exchanges({"a": spec({"/runs/{id}": "get_run"})}, [exchange]).findings
    assert "canary-password" not in finding.line()
    assert "GET https://api.example.com/nowhere: no operation" in finding.line()


def test_control_characters_of_a_recording_cannot_add_output_lines() -> None:
    """A HAR's method or URL holding a newline or an escape sequence printed as is: a forged
    finding line, or a terminal driven by the file."""
    exchange = Exchange(
        "h.har#0", "GET\nok: all good", "https://api.example.com/x\x1b[2J\r\nfake", 200, NO_BODY
    )
    [finding] = verify_exchanges({"a": spec({})}, [exchange]).findings
    line = finding.line()
    assert "\n" not in line and "\x1b" not in line and "\r" not in line
    assert "GET\\nok: all good https://api.example.com/x\\x1b[2J" in line


def test_a_suggested_overlay_targets_status_codes_and_numeric_keys_as_names() -> None:
    """`/responses/200` became the index selector `[200]`, which never matches an object
    member: every suggestion for an inline response schema was an overlay that does not apply."""
    from docspecs.overlay import apply_overlays
    from docspecs.verify._overlay import jsonpath

    assert jsonpath("/paths/~1a/get/responses/200/content/application~1json/schema") == (
        "$['paths']['/a']['get']['responses']['200']['content']['application/json']['schema']"
    )
    assert jsonpath("/components/schemas/A/allOf/1/properties/2024") == (
        "$['components']['schemas']['A']['allOf'][1]['properties']['2024']"
    )
    document = spec({"/runs/{id}": "get_run"})
    ok = document["paths"]["/runs/{id}"]["get"]["responses"]["200"]
    ok["content"] = {"application/json": {"schema": {"type": "object", "properties": {}}}}
    exchange = Exchange(
        "c.jsonl:1", "GET", "https://api.example.com/v1/runs/1", 200, {"renamed": 1}
    )
    result = verify_exchanges({"a": document}, [exchange])
    from docspecs.verify import suggest_overlay

    overlay = suggest_overlay(result.findings)
    import tempfile
    from pathlib import Path

    import yaml

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "10-suggested.yaml"
        path.write_text(yaml.safe_dump(overlay))
        applied = apply_overlays(document, [path])
    schema = applied["paths"]["/runs/{id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert schema["properties"]["renamed"]["type"] == "integer"


def test_a_url_that_cannot_be_read_is_unmatched_not_a_traceback() -> None:
    """`http://[::1` in a HAR raised urlsplit's ValueError out of verify."""
    exchange = Exchange("h.har#0", "GET", "http://[::1/runs/1?token=canary-secret", 200, NO_BODY)
    [finding] = verify_exchanges({"a": spec({"/runs/{id}": "get_run"})}, [exchange]).findings
    assert finding.line() == ("h.har#0: /: [unmatched-response] GET ://: the URL cannot be read")
