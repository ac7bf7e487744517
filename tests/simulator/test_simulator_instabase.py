"""Instabase "Get run results" as pages 000/001 describe it."""

from __future__ import annotations

import keyword
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from docspecs.simulator import python_field_name
from docspecs.testing import Target

Ask = Callable[..., httpx.Response]

RESULTS = "/v2/apps/runs/{}/results"
FLAGS = (
    "include_review_results",
    "include_confidence_scores",
    "include_validation_results",
    "include_source_info",
)
# What each flag adds, per level, as page 001 lists it.
ADDS: dict[str, dict[str, set[str]]] = {
    "include_review_results": {
        "run": {"review_completed"},
        "document": {"review_completed", "class_edit_history"},
        "field": {"edit_history"},
        "case_field": {"edit_history"},
    },
    "include_confidence_scores": {
        "run": set(),
        "document": {"classification_confidence"},
        "field": {"confidence"},
        "case_field": set(),
    },
    "include_validation_results": {
        "run": set(),
        "document": {"validations"},
        "field": {"validations"},
        "case_field": {"validations"},
    },
    "include_source_info": {
        "run": set(),
        "document": {"post_processed_paths", "post_processed_pdf_path", "page_layouts"},
        "field": {"source_coordinates"},
        "case_field": set(),
    },
}


def keys_by_level(body: dict[str, Any]) -> dict[str, set[str]]:
    levels: dict[str, set[str]] = {"run": set(body), "document": set(), "field": set()}
    levels["case_field"] = set()
    for file in body["files"]:
        for doc in file["documents"]:
            levels["document"] |= set(doc)
            for field in doc["fields"]:
                levels["field"] |= set(field)
    for field in body.get("case_info", {}).get("fields", []):
        levels["case_field"] |= set(field)
    return levels


def all_pages(ask: Ask, run_id: str, **params: Any) -> list[dict[str, Any]]:
    pages, offset = [], 0
    for _ in range(100):
        response = ask(
            "instabase", RESULTS.format(run_id), params={**params, "file_offset": offset}
        )
        assert response.status_code == 200
        pages.append(response.json())
        offset += len(pages[-1]["files"])
        if not pages[-1]["has_more"]:
            return pages
    raise AssertionError("has_more never became false")


@pytest.fixture
def packet_run(ids: Callable[..., list[str]]) -> str:
    return ids("instabase", "runs", "COMPLETE")[0]


def test_missing_or_wrong_token_is_401_in_instabase_shape(ask: Ask, packet_run: str) -> None:
    path = RESULTS.format(packet_run)
    for response in (
        ask("instabase", path, auth=False),
        ask("instabase", path, auth=False, headers={"Authorization": "Bearer nope"}),
        ask("instabase", path, auth=False, headers={"Authorization": "Basic dXNlcjpwYXNz"}),
    ):
        assert response.status_code == 401
        assert set(response.json()) == {"message"}


def test_ib_context_is_accepted(ask: Ask, packet_run: str) -> None:
    response = ask("instabase", RESULTS.format(packet_run), headers={"IB-Context": "org-1234"})
    assert response.status_code == 200


def test_unknown_run_is_404_in_instabase_shape(ask: Ask) -> None:
    response = ask("instabase", RESULTS.format("no-such-run"))
    assert response.status_code == 404
    assert set(response.json()) == {"message"}


def test_without_flags_no_optional_section_is_present(
    ask: Ask, ids: Callable[..., list[str]]
) -> None:
    optional = {level: set().union(*(ADDS[f][level] for f in FLAGS)) for level in ADDS[FLAGS[0]]}
    for run_id in ids("instabase", "runs"):
        for page in all_pages(ask, run_id):
            for level, present in keys_by_level(page).items():
                assert not present & optional[level], (run_id, level)


@pytest.mark.parametrize("flag", FLAGS)
def test_each_flag_adds_exactly_the_sections_the_page_lists(
    ask: Ask, packet_run: str, flag: str
) -> None:
    path = RESULTS.format(packet_run)
    plain = keys_by_level(ask("instabase", path).json())
    flagged = keys_by_level(ask("instabase", path, params={flag: "true"}).json())
    for level, added in ADDS[flag].items():
        assert flagged[level] - plain[level] == added, level
        assert plain[level] <= flagged[level]
    off = keys_by_level(ask("instabase", path, params={flag: "false"}).json())
    assert off == plain


def test_all_flags_together_add_every_section(ask: Ask, packet_run: str) -> None:
    path = RESULTS.format(packet_run)
    body = ask("instabase", path, params=dict.fromkeys(FLAGS, "true")).json()
    levels = keys_by_level(body)
    for level in ("run", "document", "field", "case_field"):
        assert set().union(*(ADDS[f][level] for f in FLAGS)) <= levels[level]
    field = body["files"][0]["documents"][0]["fields"][0]
    assert set(field["confidence"]) == {"model", "ocr"}
    assert set(field["validations"]) == {"valid", "alerts"}
    assert set(field["source_coordinates"][0]) == {
        "top_x",
        "top_y",
        "bottom_x",
        "bottom_y",
        "page_number",
    }
    case_field = body["case_info"]["fields"][0]
    assert set(case_field["validations"]) == {"valid", "failures"}


def test_file_offset_paging_is_exact(ask: Ask, simulator: Target, packet_run: str) -> None:
    pages = all_pages(ask, packet_run)
    assert len(pages) >= 3
    assert [p["has_more"] for p in pages] == [True] * (len(pages) - 1) + [False]
    names = [f["original_file_name"] for page in pages for f in page["files"]]
    # Every file exactly once, in order: compare with the stored run.
    stored = simulator.app.state.read("instabase", packet_run)
    assert stored is not None
    assert names == [f["original_file_name"] for f in stored["files"]]
    # Resuming at any index gives exactly the files from there on.
    for start in range(len(names)):
        rest, offset = [], start
        while True:
            page = ask("instabase", RESULTS.format(packet_run), params={"file_offset": offset})
            rest += [f["original_file_name"] for f in page.json()["files"]]
            offset += len(page.json()["files"])
            if not page.json()["has_more"]:
                break
        assert rest == names[start:]


@pytest.mark.parametrize("offset", ["7", "1000", "99999999999999999999999999999999"])
def test_file_offset_past_the_end_is_an_empty_last_page(
    ask: Ask, packet_run: str, offset: str
) -> None:
    body = ask("instabase", RESULTS.format(packet_run), params={"file_offset": offset}).json()
    assert body["files"] == [] and body["has_more"] is False


@pytest.mark.parametrize(
    "params",
    [
        {"file_offset": "-1"},
        {"file_offset": "1.5"},
        {"file_offset": "two"},
        {"file_offset": ""},
        {"include_review_results": "yes"},
        {"include_source_info": "1"},
        {"include_confidence_scores": "TRUE"},
        {"page": "2"},
        [("file_offset", "0"), ("file_offset", "2")],
    ],
)
def test_bad_query_is_400_in_instabase_shape(ask: Ask, packet_run: str, params: Any) -> None:
    response = ask("instabase", RESULTS.format(packet_run), params=params)
    assert response.status_code == 400
    assert set(response.json()) == {"message"}


def test_runs_in_every_documented_status(simulator: Target) -> None:
    statuses = {r["status"] for r in simulator.state()["instabase"]["resources"]["runs"]}
    assert statuses == {
        "CANCELLED",
        "COMPLETE",
        "FAILED",
        "PAUSED",
        "RUNNING",
        "STOPPED_AT_CHECKPOINT",
    }


def test_finish_timestamp_is_null_while_in_progress(ask: Ask, simulator: Target) -> None:
    for run in simulator.state()["instabase"]["resources"]["runs"]:
        body = ask("instabase", RESULTS.format(run["id"])).json()
        if body["status"] in {"RUNNING", "PAUSED", "STOPPED_AT_CHECKPOINT"}:
            assert body["finish_timestamp"] is None
        else:
            assert isinstance(body["finish_timestamp"], int)
            assert body["finish_timestamp"] > 10**18  # nanoseconds since the epoch


@pytest.mark.parametrize("simulator_options", [{"reads_until_terminal": 2}])
def test_running_run_finishes_after_the_configured_reads(
    ask: Ask, ids: Callable[..., list[str]]
) -> None:
    run_id = ids("instabase", "runs", "RUNNING")[0]
    seen = [ask("instabase", RESULTS.format(run_id)).json() for _ in range(4)]
    assert [b["status"] for b in seen] == ["RUNNING", "RUNNING", "COMPLETE", "COMPLETE"]
    assert seen[0]["finish_timestamp"] is None and seen[2]["finish_timestamp"] > 0
    assert seen[0]["files"] == [] and seen[2]["files"]


def test_field_names_are_converted_as_the_page_says() -> None:
    assert python_field_name("due date") == "due_date"
    assert python_field_name("driver's license") == "driver_s_license"
    assert python_field_name("3rd category") == "_3rd_category"
    assert python_field_name("secret_id") == "secret__id"


def test_served_field_names_are_python_names(ask: Ask, ids: Callable[..., list[str]]) -> None:
    names = set()
    for run_id in ids("instabase", "runs"):
        for page in all_pages(ask, run_id):
            for file in page["files"]:
                for doc in file["documents"]:
                    names |= {f["field_name"] for f in doc["fields"]}
    assert {"due_date", "driver_s_license", "_3rd_category", "secret__id"} <= names
    assert all(n.isidentifier() and not keyword.iskeyword(n) for n in names)


def test_errors_inside_a_complete_run_come_back_with_200(
    ask: Ask, ids: Callable[..., list[str]]
) -> None:
    """The vendor's in-body errors: a field's `error_msg` (value `ERROR`), an unclassified
    document (`class_name: null`), a file no document came out of."""
    errors = {"empty file": 0, "unclassified document": 0, "field": 0}
    for run_id in ids("instabase", "runs", "COMPLETE"):
        for page in all_pages(ask, run_id):
            assert page["status"] == "COMPLETE"
            for file in page["files"]:
                errors["empty file"] += not file["documents"]
                for doc in file["documents"]:
                    errors["unclassified document"] += doc["class_name"] is None
                    for field in doc["fields"]:
                        assert "error" not in field
                        if "error_msg" in field:
                            errors["field"] += 1
                            assert field["value"] == "ERROR"
                            assert isinstance(field["error_msg"], str) and field["error_msg"]
    assert all(errors.values()), errors


def test_wrong_method_is_405_in_instabase_shape(ask: Ask, packet_run: str) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        response = ask("instabase", RESULTS.format(packet_run), method=method)
        assert response.status_code == 405
        assert set(response.json()) == {"message"}
        assert "GET" in response.headers["allow"]


def test_unknown_path_under_the_mount_is_404_in_instabase_shape(ask: Ask) -> None:
    response = ask("instabase", "/v2/apps/runs")
    assert response.status_code == 404 and set(response.json()) == {"message"}
