"""Extend "Get Processor Run" (page 003) and "Get Classify Run" (page 004), as its SDK has them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from docspecs.testing import Target

Ask = Callable[..., httpx.Response]
STATUSES = {"PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"}


def error(response: httpx.Response) -> str:
    """The code of Extend's error body `{code, message, retryable, requestId}`."""
    body = response.json()
    assert set(body) == {"code", "message", "retryable", "requestId"}
    assert isinstance(body["message"], str) and body["code"].isupper()
    assert body["retryable"] is (response.status_code == 429 or response.status_code >= 500)
    assert body["requestId"].startswith("req_")
    return str(body["code"])


def every_read(ask: Ask, simulator: Target, kind: str, path: str) -> list[dict[str, Any]]:
    """Each run of `kind` read until it is terminal (so every stage is seen)."""
    bodies = []
    for run in simulator.state()["extend"]["resources"][kind]:
        for _ in range(simulator.app.settings.reads_until_terminal + 1):
            response = ask("extend", path.format(run["id"]))
            assert response.status_code == 200
            bodies.append(response.json())
    return bodies


def test_missing_or_wrong_token_is_401(ask: Ask, ids: Callable[..., list[str]]) -> None:
    path = f"/processor_runs/{ids('extend', 'processor_runs')[0]}"
    for headers in ({}, {"Authorization": "Bearer sk_wrong"}):
        response = ask("extend", path, auth=False, headers=headers)
        assert response.status_code == 401 and error(response) == "UNAUTHORIZED"


@pytest.mark.parametrize("version", ["2024-12-23", "2025-04-21"])
def test_api_version_header_is_accepted(
    ask: Ask, ids: Callable[..., list[str]], version: str
) -> None:
    for kind, path in (
        ("processor_runs", "/processor_runs/"),
        ("classify_runs", "/classify_runs/"),
    ):
        response = ask(
            "extend", path + ids("extend", kind)[0], headers={"x-extend-api-version": version}
        )
        assert response.status_code == 200


@pytest.mark.parametrize("version", ["latest", "2025-1-1", "20250101", "2025-01-01T00:00:00Z", ""])
def test_malformed_api_version_is_400(
    ask: Ask, ids: Callable[..., list[str]], version: str
) -> None:
    response = ask(
        "extend",
        "/classify_runs/" + ids("extend", "classify_runs")[0],
        headers={"x-extend-api-version": version},
    )
    assert response.status_code == 400 and error(response) == "INVALID_REQUEST"


def test_runs_in_every_status(simulator: Target) -> None:
    resources = simulator.state()["extend"]["resources"]
    for kind in ("processor_runs", "classify_runs"):
        assert {r["status"] for r in resources[kind]} == STATUSES


def availability(run: dict[str, Any]) -> None:
    if run["object"] == "document_processor_run":  # Extend's SDK: always present, {} until done
        assert run["status"] == "PROCESSED" or run["output"] == {}, run["id"]
    else:
        assert ("output" in run) == (run["status"] == "PROCESSED"), run["id"]
    reviewed = run.get("reviewed") is True
    assert ("initialOutput" in run) == reviewed and ("reviewedOutput" in run) == reviewed
    failed = run["status"] == "FAILED"
    assert ("failureReason" in run) == failed and ("failureMessage" in run) == failed


def test_processor_run_availability_rules(ask: Ask, simulator: Target) -> None:
    bodies = every_read(ask, simulator, "processor_runs", "/processor_runs/{}")
    for body in bodies:
        assert list(body) == ["success", "processorRun"] and body["success"] is True
        run = body["processorRun"]
        assert run["object"] == "document_processor_run"
        availability(run)
    runs = [b["processorRun"] for b in bodies]
    assert any(r["reviewed"] and r["edited"] and r["edits"] for r in runs)
    assert {r["type"] for r in runs} == {"EXTRACT", "CLASSIFY", "SPLITTER"}
    for run in runs:  # the SDK's fields: typed config, File objects, merged processors, usage
        assert run["config"]["type"] == run["type"] and "baseProcessor" in run["config"]
        assert all(f["object"] == "file" and f["id"].startswith("file_") for f in run["files"])
        assert run["mergedProcessors"] == []
        assert ("usage" in run) == (run["status"] == "PROCESSED")
    splits = [s for r in runs if r["type"] == "SPLITTER" for s in r["output"]["splits"]]
    assert splits and all({"id", "classificationId", "fileId"} <= set(s) for s in splits)
    # the older field-list extraction: `fields` in the config, output keyed by field id
    older = [r for r in runs if "fields" in r["config"]]
    assert older and all(
        set(r["output"]) == {f["id"] for f in r["config"]["fields"]} for r in older
    )
    assert all(v["references"][0]["boundingBoxes"] for r in older for v in r["output"].values())


def test_classify_run_availability_rules(ask: Ask, simulator: Target) -> None:
    runs = every_read(ask, simulator, "classify_runs", "/classify_runs/{}")
    for run in runs:
        assert run["object"] == "classify_run" and run["id"].startswith("clr_")
        availability(run)
        assert ("classifier" in run) == ("classifierVersion" in run)
        if run["createdAt"] < "2025-10-07" or run["status"] != "PROCESSED":
            assert "usage" not in run
        assert {"edited", "config", "file", "dashboardUrl"} <= set(run)
        assert run["config"]["classifications"]
        if run.get("failureReason") == "FAILED_TO_PROCESS_FILE":
            assert run["file"] is None  # the file could not be read
        elif run["file"] is None:  # only before such a failure
            assert run["status"] in {"PENDING", "PROCESSING"}, run["id"]
    assert any("classifier" not in r for r in runs)  # an inline-config run
    assert any(r["createdAt"] < "2025-10-07" for r in runs)
    assert any("usage" in r for r in runs)
    assert any("breakdown" in r.get("usage", {}) for r in runs)  # runs stored after 2026-06-10
    reasons = {r["failureReason"] for r in runs if "failureReason" in r}
    assert reasons == {
        "ABORTED",
        "INTERNAL_ERROR",
        "FAILED_TO_PROCESS_FILE",
        "INVALID_PROCESSOR",
        "INVALID_CONFIGURATION",
        "PARSING_ERROR",
        "PRE_PROCESSING_FAILURE",
        "POST_PROCESSING_FAILURE",
        "OUT_OF_CREDITS",
    }  # every reason page 004 lists


@pytest.mark.parametrize("simulator_options", [{"reads_until_terminal": 3}])
def test_pending_and_processing_runs_reach_a_terminal_status(ask: Ask, simulator: Target) -> None:
    resources = simulator.state()["extend"]["resources"]
    for kind in ("processor_runs", "classify_runs"):
        for run in resources[kind]:
            if run["status"] not in {"PENDING", "PROCESSING"}:
                continue
            seen = []
            for _ in range(5):
                body = ask("extend", f"/{kind}/{run['id']}").json()
                seen.append(body.get("processorRun", body)["status"])
            assert seen[:3] == [run["status"]] * 3
            assert seen[3] == seen[4] and seen[3] in {"PROCESSED", "FAILED"}


def test_unknown_ids_are_404(ask: Ask, ids: Callable[..., list[str]]) -> None:
    classify_id = ids("extend", "classify_runs")[0]
    for path in (
        "/processor_runs/dpr_nope",
        "/classify_runs/clr_nope",
        f"/processor_runs/{classify_id}",
    ):
        response = ask("extend", path)
        assert response.status_code == 404 and error(response) == "NOT_FOUND"


def test_wrong_method_is_405_in_extend_shape(ask: Ask, ids: Callable[..., list[str]]) -> None:
    response = ask("extend", "/processor_runs/" + ids("extend", "processor_runs")[0], method="POST")
    assert response.status_code == 405 and error(response) == "METHOD_NOT_ALLOWED"
