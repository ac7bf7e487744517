"""`docspecs verify` as a user runs it: recorded simulator traffic, edited, held against the specs.

Every capture and HAR file here is recorded by the test itself from the in-process simulator;
bodies are then edited to carry what a drifting vendor would send (a renamed field, an unknown
enum value, an undeclared status, a wrong type, a malformed URL), and each finding is asserted
with its rule, its pointer into the bundled spec and where it was seen.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from verify_helpers import capture_lines, edit_line, har, record, write_capture

from docspecs import Project
from docspecs.bundle import bundle
from docspecs.cli import main
from docspecs.overlay import apply_overlays
from docspecs.testing import Target
from docspecs.verify import Exchange, verify, verify_exchanges

PROCESSOR_RUN = "/components/schemas/ProcessorRun"
RESPONSES = "/paths/~1processor_runs~1{id}/get/responses"


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--root", str(root), "verify", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def processor_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if "/processor_runs/" in line]


def rename(old: str, new: str) -> Any:
    def edit(body: dict[str, Any]) -> None:
        run_ = body["processorRun"]
        run_[new] = run_.pop(old)

    return edit


def test_clean_capture_of_every_api_verifies_clean(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    client: httpx.Client,
    simulator: Target,
    project: Project,
) -> None:
    files = []
    for api in ("extend", "talonic", "instabase"):
        lines = capture_lines(record(client, simulator, api), api)
        files.append(str(write_capture(tmp_path / f"{api}.jsonl", lines)))
    code, out, _ = run(capsys, project.root, *files)
    assert code == 0, out
    assert "findings: 0 error, 0 warning, 0 info" in out
    assert "extend     get_processor_run         18     18" in out
    code, _, err = run(capsys, project.root, "--suggest-overlay", str(tmp_path / "o.yaml"), *files)
    assert code == 0 and "nothing to suggest" in err and not (tmp_path / "o.yaml").exists()
    assert "instabase  get_run_results           18     18" in out


def test_renamed_field_is_an_undeclared_key_with_its_schema_pointer_and_count(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extend_responses: list[httpx.Response],
    project: Project,
) -> None:
    lines = capture_lines(extend_responses)
    edited = processor_lines(lines)[:3]
    for i in edited:
        lines[i] = edit_line(lines[i], rename("processorName", "processor_name"))
    path = write_capture(tmp_path / "capture.jsonl", lines)
    code, out, _ = run(capsys, project.root, str(path))
    assert code == 0, out  # an undeclared key alone is not a failure without --strict
    expected = (
        f"capture.jsonl:{edited[0] + 1}: {PROCESSOR_RUN}: [undeclared-key] get_processor_run 200: "
        "key 'processor_name' is not declared (seen 3 times, e.g. string at "
        "/processorRun/processor_name)"
    )
    assert expected in out.replace(str(tmp_path) + "/", "")
    assert "1 warning" in out
    assert run(capsys, project.root, "--strict", str(path))[0] == 1


def test_unknown_enum_value_is_named_with_the_enum_branch(
    tmp_path: Path, extend_responses: list[httpx.Response], project: Project
) -> None:
    lines = capture_lines(extend_responses)
    i = processor_lines(lines)[0]
    lines[i] = edit_line(lines[i], lambda b: b["processorRun"].update(status="ARCHIVED"))
    result = verify(project, [write_capture(tmp_path / "c.jsonl", lines)])
    [finding] = result.findings
    assert finding.rule_id == "unknown-enum-value"
    assert finding.pointer == "/components/schemas/ProcessorRunStatus/anyOf/0"
    assert finding.value == "ARCHIVED"
    assert finding.body_pointer == "/processorRun/status"
    assert finding.where.endswith(f"c.jsonl:{i + 1}")
    assert not result.failed() and result.failed(strict=True)
    [counts] = [c for c in result.operations if c.operation == "get_processor_run"]
    assert (counts.responses, counts.valid, counts.unknown_enum_values) == (18, 18, 1)


def test_undeclared_status_fails(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extend_responses: list[httpx.Response],
    project: Project,
) -> None:
    lines = capture_lines(extend_responses)
    i = processor_lines(lines)[1]
    record_ = json.loads(lines[i])
    record_["response"]["status"] = 418
    lines[i] = json.dumps(record_) + "\n"
    path = write_capture(tmp_path / "c.jsonl", lines)
    code, out, _ = run(capsys, project.root, str(path))
    assert code == 1
    assert (
        f"c.jsonl:{i + 1}: {RESPONSES}: [undeclared-status] get_processor_run: status 418 is not "
        "declared (declared: 200, 400, 401, 402, 403, 404, 422, 429, 500, 503)"
    ) in out
    assert "undeclared statuses" in out.splitlines()[0]


def test_schema_violation_and_format_mismatch(
    tmp_path: Path, extend_responses: list[httpx.Response], project: Project
) -> None:
    lines = capture_lines(extend_responses)
    first, second = processor_lines(lines)[:2]
    lines[first] = edit_line(lines[first], lambda b: b["processorRun"].update(reviewed="yes"))
    lines[second] = edit_line(lines[second], lambda b: b["processorRun"].update(url="not a url"))
    result = verify(project, [write_capture(tmp_path / "c.jsonl", lines)])
    assert result.failed()
    by_rule = {f.rule_id: f for f in result.findings}
    violation = by_rule["schema-violation"]
    assert violation.pointer == f"{PROCESSOR_RUN}/properties/reviewed"
    assert violation.body_pointer == "/processorRun/reviewed"
    assert "'yes' is not of type 'boolean'" in violation.message
    mismatch = by_rule["format-mismatch"]
    assert mismatch.pointer == f"{PROCESSOR_RUN}/properties/url"
    assert mismatch.body_pointer == "/processorRun/url"
    assert '"not a url" at /processorRun/url is not a uri' in mismatch.message
    [counts] = [c for c in result.operations if c.operation == "get_processor_run"]
    assert counts.valid == 17


@pytest.mark.parametrize("base64_bodies", [False, True])
def test_har_file_entries_are_located_by_index(
    tmp_path: Path,
    extend_responses: list[httpx.Response],
    project: Project,
    base64_bodies: bool,
) -> None:
    document = har(extend_responses, base64_bodies=base64_bodies)
    entries = document["log"]["entries"]
    index = next(i for i, e in enumerate(entries) if "/classify_runs/" in e["request"]["url"])
    body = json.loads(httpx.Response(200, content=extend_responses[index].content).text)
    body["confidenceScore"] = 0.5
    text = json.dumps(body)
    if base64_bodies:
        import base64

        text = base64.b64encode(text.encode()).decode()
    entries[index]["response"]["content"]["text"] = text
    path = tmp_path / "traffic.har"
    path.write_text(json.dumps(document))
    result = verify(project, [path])
    [finding] = result.findings
    assert finding.where.endswith(f"traffic.har#{index}")
    assert (finding.rule_id, finding.pointer, finding.key, finding.json_types) == (
        "undeclared-key",
        "/components/schemas/ClassifyRun",
        "confidenceScore",
        ["number"],
    )
    assert result.responses == 50


def test_unmatched_responses_are_info_and_never_show_the_query(
    tmp_path: Path, extend_responses: list[httpx.Response], project: Project
) -> None:
    document = har(extend_responses[:1])
    extra = json.loads(json.dumps(document["log"]["entries"][0]))
    extra["request"]["url"] = "http://simulator.local/favicon.ico?api_key=secret-in-query"
    document["log"]["entries"].append(extra)
    path = tmp_path / "t.har"
    path.write_text(json.dumps(document))
    result = verify(project, [path])
    [finding] = result.findings
    assert finding.rule_id == "unmatched-response"
    assert finding.where.endswith("t.har#1")
    assert "GET http://simulator.local/favicon.ico: no operation" in finding.message
    assert "secret" not in finding.message
    assert not result.failed(strict=True)
    assert (result.responses, result.unmatched) == (2, 1)


def test_plain_body_with_operation_and_status(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, project: Project
) -> None:
    example = project.root / "specs/extend/examples/get_classify_run-processed.json"
    body = json.loads(example.read_text())
    body["classifierName"] = "renamed"
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    code, out, _ = run(
        capsys, project.root, "--operation", "get_classify_run", "--status", "200", str(path)
    )
    assert code == 0
    assert (
        f"{path}: /components/schemas/ClassifyRun: [undeclared-key] get_classify_run 200: "
        "key 'classifierName' is not declared"
    ) in out
    code, out, _ = run(
        capsys, project.root, "--operation", "get_classify_run", "--status", "418", str(path)
    )
    assert code == 1 and "[undeclared-status]" in out


def test_json_format_for_ci(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extend_responses: list[httpx.Response],
    project: Project,
) -> None:
    lines = capture_lines(extend_responses)
    i = processor_lines(lines)[0]
    lines[i] = edit_line(lines[i], rename("processorName", "name"))
    path = write_capture(tmp_path / "c.jsonl", lines)
    code, out, _ = run(capsys, project.root, "--format", "json", "--strict", str(path))
    data = json.loads(out)
    assert code == 1 == data["exit_code"]
    [finding] = data["findings"]
    assert finding["rule"] == "undeclared-key" and finding["level"] == "warning"
    assert (finding["pointer"], finding["key"], finding["json_types"]) == (
        PROCESSOR_RUN,
        "name",
        ["string"],
    )
    ops = {o["operation"]: o for o in data["operations"]}
    assert ops["get_processor_run"]["undeclared_keys"] == 1


def test_suggested_overlay_declares_what_was_seen(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extend_responses: list[httpx.Response],
    project: Project,
) -> None:
    lines = capture_lines(extend_responses)
    first, second = processor_lines(lines)[:2]
    lines[first] = edit_line(lines[first], rename("processorName", "processor_name"))
    lines[second] = edit_line(
        lines[second],
        lambda b: b["processorRun"].update(status="ARCHIVED", pages=[{"n": 1}], score=None),
    )
    path = write_capture(tmp_path / "c.jsonl", lines)
    overlay_path = tmp_path / "suggested.yaml"
    code, _, err = run(capsys, project.root, "--suggest-overlay", str(overlay_path), str(path))
    assert code == 0
    assert "wrote" in err and "(4 action(s))" in err
    import yaml

    overlay = yaml.safe_load(overlay_path.read_text())
    assert overlay["overlay"] == "1.0.0"
    actions = {json.dumps(a["update"], sort_keys=True): a for a in overlay["actions"]}
    added = actions[
        '{"processor_name": {"description": "TODO: describe. Observed by docspecs '
        "verify, not documented: check the vendor's documentation before moving it "
        'into the spec.", "type": "string"}}'
    ]
    assert added["target"] == "$['components']['schemas']['ProcessorRun']['properties']"
    assert "seen 1 time in 1 get_processor_run 200 response" in added["description"]
    assert actions['"ARCHIVED"']["target"] == (
        "$['components']['schemas']['ProcessorRunStatus']['anyOf'][0]['enum']"
    )
    # applied to the bundled spec, the overlay makes the same traffic verify without warnings
    spec = bundle(project.spec_path("extend"))
    patched = apply_overlays(spec, [overlay_path])
    assert patched["components"]["schemas"]["ProcessorRun"]["properties"]["pages"] == {
        "type": "array",
        "items": {"type": "object", "properties": {"n": {"type": "integer"}}},
        "description": added["update"]["processor_name"]["description"],
    }
    assert patched["components"]["schemas"]["ProcessorRun"]["properties"]["score"]["type"] == "null"

    from docspecs.verify import read_exchanges

    exchanges: list[Exchange] = list(read_exchanges(path, "c.jsonl"))
    assert verify_exchanges({"extend": patched}, exchanges).findings == []


def test_canary_token_appears_nowhere(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    client: httpx.Client,
    simulator: Target,
    project: Project,
) -> None:
    token = simulator.token("extend")
    responses = record(client, simulator, "extend", count=1)
    responses.append(client.get(simulator.base_url("extend") + "/processor_runs/x?token=" + token))
    document = har(responses)
    for entry in document["log"]["entries"]:
        entry["request"]["cookies"] = [{"name": "session", "value": token}]
        entry["request"]["headers"].append({"name": "Cookie", "value": f"session={token}"})
    assert token in json.dumps(document)  # what a browser export holds
    # one drifting body in each file, so that there is an overlay to write
    first = document["log"]["entries"][0]["response"]["content"]
    first["text"] = json.dumps({**json.loads(first["text"]), "extraField": "x"})
    har_path = tmp_path / "t.har"
    har_path.write_text(json.dumps(document))
    lines = capture_lines(responses)
    lines[0] = edit_line(lines[0], lambda body: body.update(extraField="x"))
    cap_path = write_capture(tmp_path / "c.jsonl", lines)
    assert token not in cap_path.read_text()
    overlay_path = tmp_path / "o.yaml"
    outputs = []
    for fmt in ("text", "json"):
        for path in (har_path, cap_path):
            outputs.append(
                run(
                    capsys,
                    project.root,
                    "--format",
                    fmt,
                    "--suggest-overlay",
                    str(overlay_path),
                    str(path),
                )
            )
            outputs.append((0, overlay_path.read_text(), ""))
    assert all(token not in out + err for _, out, err in outputs)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json at all\nsecond line", "x.jsonl:1: not a JSON object"),
        (
            '{"response": {"status": 200}}\n{"response": {"status": "200"}}\n',
            "x.jsonl:2: /response/status: expected an integer",
        ),
        ('{"log": {"entries": {}}}', "x.jsonl: /log/entries: expected an array"),
        (
            '{"log": {"entries": [{"request": {}, "response": {"status": true}}]}}',
            "x.jsonl#0: /log/entries/0/response/status",
        ),
        ('{"a": 1}', "neither a HAR file"),
        ("", "x.jsonl: not JSON"),
        # nesting that made Python's JSON parser, or the walks after it, raise RecursionError
        (
            '{"log": {"entries": ' + "[" * 50_000 + "]" * 50_000 + "}}",
            "x.jsonl: line 1: nested more than 256 levels deep; not read",
        ),
        (
            '{"response": {"status": 200}}\n{"response": {"status": 200, "body": '
            + "[" * 900
            + "]" * 900
            + "}}\n",
            "x.jsonl: line 2: nested more than 256 levels deep; not read",
        ),
        (
            json.dumps(
                {
                    "log": {
                        "entries": [
                            {
                                "request": {"method": "GET", "url": "https://x/processor_runs/1"},
                                "response": {
                                    "status": 200,
                                    "content": {"text": '{"a":' * 900 + "1" + "}" * 900},
                                },
                            }
                        ]
                    }
                }
            ),
            "x.jsonl#0: /log/entries/0/response/content/text: line 1: nested more than 256",
        ),
    ],
)
def test_bad_input_names_the_file_and_place(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    project: Project,
    content: str,
    expected: str,
) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(content)
    code, out, err = run(capsys, project.root, str(path))
    assert code == 2, out
    assert expected in err
    assert "Traceback" not in err


def test_bad_arguments(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, project: Project
) -> None:
    path = tmp_path / "b.json"
    path.write_text("{}")
    code, _, err = run(capsys, project.root, "--operation", "nope", "--status", "200", str(path))
    assert code == 2 and "--operation nope: no such operationId" in err
    code, _, err = run(capsys, project.root, "--operation", "get_classify_run", str(path))
    assert code == 2 and "--operation and --status go together" in err
    code, _, err = run(capsys, project.root, "--api", "nope", str(path))
    assert code == 2 and "unknown API 'nope'" in err
    code, _, err = run(capsys, project.root, str(tmp_path / "missing.har"))
    assert code == 2 and "missing.har: cannot read" in err


def test_text_output_snapshot(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extend_responses: list[httpx.Response],
    project: Project,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a user sees, pinned (tests/snapshots/verify-drift.txt; DOCSPECS_UPDATE_SNAPSHOTS=1
    rewrites it): every kind of finding once, from one capture."""
    import os

    lines = capture_lines(extend_responses)
    a, b, c, d = processor_lines(lines)[:4]
    lines[a] = edit_line(lines[a], rename("processorName", "processor_name"))
    lines[b] = edit_line(lines[b], lambda body: body["processorRun"].update(status="ARCHIVED"))
    lines[c] = edit_line(lines[c], lambda body: body["processorRun"].update(url="not a url"))
    record_ = json.loads(lines[d])
    record_["response"]["status"] = 418
    lines[d] = json.dumps(record_) + "\n"
    record_["request"]["url"] = "http://simulator.local/extend/workflows/w1?key=x"
    lines.append(json.dumps(record_) + "\n")
    monkeypatch.chdir(tmp_path)
    write_capture(tmp_path / "drift.jsonl", lines)
    code, out, _ = run(capsys, project.root, "drift.jsonl")
    assert code == 1
    snapshot = Path(__file__).resolve().parents[1] / "snapshots" / "verify-drift.txt"
    if os.environ.get("DOCSPECS_UPDATE_SNAPSHOTS"):
        snapshot.write_text(out)
    assert out == snapshot.read_text()


def test_drift_inside_array_items_and_an_html_error_page(
    tmp_path: Path, client: httpx.Client, simulator: Target, project: Project
) -> None:
    responses = record(client, simulator, "talonic", count=1)
    lines = capture_lines(responses, "talonic")
    index = next(
        i for i, line in enumerate(lines) if json.loads(line)["response"]["body"].get("data")
    )
    lines[index] = edit_line(lines[index], lambda body: body["data"][0].update(pageCount=3))
    error_page = json.loads(lines[0])
    error_page["response"] = {"status": 401, "headers": {}, "text": "<html>Bad gateway</html>"}
    lines.append(json.dumps(error_page) + "\n")
    result = verify(project, [write_capture(tmp_path / "t.jsonl", lines)])
    by_rule = {f.rule_id: f for f in result.findings}
    undeclared = by_rule["undeclared-key"]
    assert (undeclared.pointer, undeclared.key, undeclared.body_pointer) == (
        "/components/schemas/ResultRow",
        "pageCount",
        "/data/0/pageCount",
    )
    not_json = by_rule["not-json"]
    assert not_json.pointer == (
        "/paths/~1v1~1jobs~1{id}~1results/get/responses/401/content/application~1json/schema"
    )
    assert not_json.where.endswith(f"t.jsonl:{len(lines)}")
    assert result.failed()


def test_a_browser_har_with_binary_answers_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, project: Project
) -> None:
    """Browsers store images, fonts and PDFs base64-encoded in HAR files; verify stopped at the
    first one ("not base64 UTF-8 text"), so no real browser HAR could be checked. A binary answer
    where the operation declares JSON is a `not-json` finding; elsewhere only unmatched."""
    import base64

    def entry(url: str, data: bytes, mime: str) -> dict[str, Any]:
        content = {"mimeType": mime, "encoding": "base64", "text": base64.b64encode(data).decode()}
        return {
            "request": {"method": "GET", "url": url},
            "response": {"status": 200, "content": content},
        }

    document = {
        "log": {
            "entries": [
                entry("https://cdn.example.com/logo.png", b"\x89PNG\r\n\x1a\n\xff", "image/png"),
                entry(
                    "https://api.extend.ai/processor_runs/dpr_1",
                    b"%PDF-1.7\n\xe2\xe3",
                    "application/json",
                ),
            ]
        }
    }
    path = tmp_path / "browser.har"
    path.write_text(json.dumps(document))
    code, out, err = run(capsys, project.root, str(path))
    assert (code, err) == (1, "")
    assert "browser.har#0: /: [unmatched-response] GET https://cdn.example.com/logo.png" in out
    assert "browser.har#1: " in out and "[not-json]" in out


def test_a_browser_cache_revalidation_is_not_an_undeclared_status(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, project: Project
) -> None:
    """A browser answers its own conditional requests with 304 from the server: no body, and
    not something the vendor's API documents; it was an `undeclared-status` error."""
    entry = {
        "request": {"method": "GET", "url": "https://api.extend.ai/processor_runs/dpr_1"},
        "response": {"status": 304, "content": {"size": 0}},
    }
    path = tmp_path / "cached.har"
    path.write_text(json.dumps({"log": {"entries": [entry]}}))
    code, out, _ = run(capsys, project.root, str(path))
    assert code == 0
    assert "undeclared-status" not in out
