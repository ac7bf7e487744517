"""Talonic `get_job_results` bodies shaped as Talonic publishes them, in every status and error.

Built from the facts in `specs/talonic/sources/README.md` (values invented here): the results
page's shape (string validation flags, rows `approved`/`review`, the nested error form) and the
shape of Talonic's published schema (object flags, rows `complete`/`partial`/`failed`, job
statuses `pending`/`queued`, the flat error envelope). Each must validate against the spec, parse
with both generated packages with no undeclared key, and round-trip to the same JSON.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from vendor_shape_check import REPO, check_body, packages, published_errors

from docspecs.undeclared import undeclared_keys

API = "talonic"
EXAMPLES = REPO / "specs" / API / "examples"
JOB = "3f6d9b21-7c4e-4a8b-9e2d-5b1c0a7f8e64"
LINKS = {"self": f"/v1/jobs/{JOB}/results", "job": f"/v1/jobs/{JOB}"}
SCHEMA = {"id": "8b2c4d6e-0f1a-4b3c-9d5e-7f9a1b3c5d7e", "name": "Delivery note"}


def row(status: str, flags: list[Any], *, confidence: float | None = 0.9) -> dict[str, Any]:
    return {
        "id": "e1d2c3b4-a5f6-4789-8a0b-1c2d3e4f5a6b",
        "document_id": "a6b5c4d3-e2f1-4098-9b7a-6c5d4e3f2a1b",
        "filename": "delivery_0042.pdf",
        "status": status,
        "values": {"note_number": "DN-0042", "weight_kg": 12.5, "signed": False, "lines": []},
        "confidence": confidence,
        "validation_flags": flags,
    }


def results(status: str, rows: list[dict[str, Any]], schema: Any = SCHEMA) -> dict[str, Any]:
    return {
        "job_id": JOB,
        "job_status": status,
        "schema": schema,
        "total_rows": len(rows),
        "data": rows,
        "links": LINKS,
    }


OBJECT_FLAG = {"kind": "missing_required_field", "field": "weight_kg"}
RESULTS = {
    # the results page: string flags, rows approved / review
    "page-complete": results(
        "complete", [row("approved", []), row("review", ["missing_required_field:weight_kg"])]
    ),
    "page-processing": results("processing", [row("review", [], confidence=None)]),
    "page-no-schema": results("complete", [row("approved", [])], schema=None),
    # the published schema: object flags, rows complete / partial / failed, early job statuses
    "published-complete": results(
        "complete", [row("complete", []), row("partial", [OBJECT_FLAG]), row("failed", [])]
    ),
    "published-pending": results("pending", []),
    "published-queued": results("queued", []),
    "published-failed": results("failed", []),
    # both flag forms in one list
    "mixed-flags": results("complete", [row("review", ["format_mismatch:date", OBJECT_FLAG])]),
}


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_200_bodies_validate_parse_fully_and_roundtrip(name: str) -> None:
    check_body(API, "JobResults", RESULTS[name])


def test_flags_parse_as_strings_or_validation_flag_objects() -> None:
    parsed_client, parsed_models = check_body(API, "JobResults", RESULTS["mixed-flags"])
    client, models = packages(API)
    text, obj = parsed_client.data[0].validation_flags
    assert text == "format_mismatch:date" and isinstance(obj, client.ValidationFlag)
    assert obj.additional_properties == OBJECT_FLAG
    text, obj = parsed_models.data[0].validation_flags
    assert text == "format_mismatch:date" and isinstance(obj, models.ValidationFlag)
    assert obj.model_dump() == OBJECT_FLAG


def test_published_statuses_are_typed_enum_members() -> None:
    client, models = packages(API)
    for name, status in (("published-pending", "pending"), ("published-queued", "queued")):
        parsed_client, parsed_models = check_body(API, "JobResults", RESULTS[name])
        assert parsed_client.job_status is client.JobStatus(status)
        assert parsed_models.job_status is models.JobStatus(status)
    parsed_client, parsed_models = check_body(API, "JobResults", RESULTS["published-complete"])
    statuses = [r.status for r in parsed_client.data]
    assert statuses == [client.RowStatus(s) for s in ("complete", "partial", "failed")]


def flat(status: int, code: str, text: str, message: str) -> dict[str, Any]:
    """The flat envelope of Talonic's error page and published `ErrorResponse`."""
    return {
        "statusCode": status,
        "code": code,
        "error": text,
        "message": message,
        "retryable": status == 429,
        "request_id": "req_0a1b2c3d4e5f6a7b",
        "timestamp": "2025-06-02T08:30:00.250Z",
        "path": f"/v1/jobs/{JOB}/results",
    }


ERRORS = {
    # status: (flat code, HTTP status text, page code, message)
    400: ("VALIDATION_ERROR", "Bad Request", "validation_error", "Job ID must be a UUID."),
    401: ("AUTH_REQUIRED", "Unauthorized", "unauthorized", "Missing or invalid API key."),
    404: ("RESOURCE_NOT_FOUND", "Not Found", "not_found", "No such job in your organization."),
    429: ("RATE_LIMIT_EXCEEDED", "Too Many Requests", "rate_limited", "Slow down."),
}


def error_bodies(status: int) -> dict[str, dict[str, Any]]:
    code, text, page_code, message = ERRORS[status]
    return {
        "flat": flat(status, code, text, message),
        "nested": {"error": {"code": page_code, "message": message}},
        # the nested form as Talonic's Node SDK reads it from the published reference
        "nested-full": {
            "error": {
                "code": page_code,
                "message": message,
                "status": status,
                "retryable": status == 429,
                "request_id": "req_9f8e7d6c5b4a3f2e",
            }
        },
    }


@pytest.mark.parametrize("shape", ["flat", "nested", "nested-full"])
@pytest.mark.parametrize("status", sorted(ERRORS))
def test_error_bodies_validate_parse_fully_and_roundtrip(status: int, shape: str) -> None:
    body = error_bodies(status)[shape]
    parsed_client, parsed_models = check_body(API, "Error", body)
    client, models = packages(API)
    if shape == "flat":
        assert parsed_client.code is client.ErrorResponseCode(ERRORS[status][0])
        assert parsed_models.code is models.ErrorResponseCode(ERRORS[status][0])
        assert parsed_client.error == parsed_models.error == ERRORS[status][1]
    else:
        assert parsed_client.error.code is client.ErrorCode(ERRORS[status][2])
        assert parsed_models.error.code is models.ErrorCode(ERRORS[status][2])


def test_unknown_fields_and_values_still_parse_roundtrip_and_are_reported() -> None:
    body = copy.deepcopy(RESULTS["published-complete"])
    body["job_status"] = "archived"
    body["page"] = {"cursor": None}
    body["data"][0]["status"] = "skipped"
    body["data"][0]["cells"] = 4
    body["data"][1]["validation_flags"].append({"severity": "warning"})
    client, models = packages(API)
    parsed_client = client.JobResults.from_dict(copy.deepcopy(body))
    parsed_models = models.JobResults.model_validate(copy.deepcopy(body))
    assert parsed_client.to_dict() == body
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    assert parsed_client.job_status == "archived" and parsed_models.job_status == "archived"
    expected = ["['page']", "data[0]['cells']"]
    assert undeclared_keys(parsed_client) == undeclared_keys(parsed_models) == expected

    error = flat(409, "DUPLICATE_JOB", "Conflict", "Already running.") | {"hint": "wait"}
    parsed_client = client.Error.from_dict(copy.deepcopy(error))
    parsed_models = models.Error.model_validate(copy.deepcopy(error))
    assert parsed_client.to_dict() == error
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == error
    assert parsed_client.code == "DUPLICATE_JOB"
    assert undeclared_keys(parsed_client) == undeclared_keys(parsed_models) == ["['hint']"]


# --- the examples against the facts of Talonic's published schema ------------------------------
# Written from the models talonic-python generates from Talonic's OpenAPI document (sources
# README): what it requires, types and formats. The page-shaped examples do not conform (their
# ids are not UUIDs, their flags are strings, their errors are nested), and say so below.

_UUID = {"type": "string", "format": "uuid"}
PUBLISHED_RESULTS: dict[str, Any] = {
    "type": "object",
    "required": ["job_id", "job_status", "total_rows", "data"],
    "properties": {
        "job_id": _UUID,
        "job_status": {"enum": ["pending", "queued", "processing", "complete", "failed"]},
        "schema": {
            "type": ["object", "null"],
            "properties": {"id": _UUID, "name": {"type": "string"}},
        },
        "total_rows": {"type": "integer"},
        "data": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": _UUID,
                    "document_id": _UUID,
                    "filename": {"type": "string"},
                    "status": {"type": "string"},
                    "values": {"type": "object"},
                    "confidence": {"type": ["number", "null"]},
                    "validation_flags": {"type": "array", "items": {"type": "object"}},
                },
            },
        },
        "links": {
            "type": "object",
            "properties": {"self": {"type": "string"}, "job": {"type": "string"}},
        },
    },
}
PUBLISHED_ERROR: dict[str, Any] = {
    "type": "object",
    "required": ["statusCode", "code", "error", "message", "retryable", "timestamp", "path"],
    "properties": {
        "statusCode": {"type": "integer"},
        "code": {"type": "string"},
        "error": {"type": "string"},
        "message": {"type": "string"},
        "retryable": {"type": "boolean"},
        "timestamp": {"type": "string", "format": "date-time"},
        "path": {"type": "string"},
    },
}
CONFORMING = {
    "failed": PUBLISHED_RESULTS,
    "null-schema": PUBLISHED_RESULTS,
    "object-flags": PUBLISHED_RESULTS,
    "pending": PUBLISHED_RESULTS,
    "processing-partial": PUBLISHED_RESULTS,
    "validation-error-flat": PUBLISHED_ERROR,
    "unauthorized-flat": PUBLISHED_ERROR,
    "not-found-flat": PUBLISHED_ERROR,
    "rate-limited-flat": PUBLISHED_ERROR,
}
PAGE_SHAPED = {  # the results page's own shape, which the published schema does not describe
    "complete": "the page's verbatim example: ids like res_uuid_1, string flags",
    "null-confidence": "a string flag, as the page shows flags",
    "validation-error": "the nested error form",
    "unauthorized": "the nested error form",
    "not-found": "the nested error form",
    "rate-limited": "the nested error form",
}


def _example(name: str) -> Any:
    return json.loads((EXAMPLES / f"get_job_results-{name}.json").read_text(encoding="utf-8"))


def test_every_example_is_classified() -> None:
    names = {
        p.name.removeprefix("get_job_results-").removesuffix(".json") for p in EXAMPLES.iterdir()
    }
    assert names == set(CONFORMING) | set(PAGE_SHAPED)


@pytest.mark.parametrize("name", sorted(CONFORMING))
def test_vendor_shaped_examples_conform_to_the_published_schema(name: str) -> None:
    errors = published_errors(CONFORMING[name], _example(name))
    assert not errors, f"{name}: " + "; ".join(errors)


@pytest.mark.parametrize("name", sorted(PAGE_SHAPED))
def test_page_shaped_examples_are_what_the_published_schema_does_not_describe(name: str) -> None:
    published = PUBLISHED_ERROR if "error" in _example(name) else PUBLISHED_RESULTS
    assert published_errors(published, _example(name)), PAGE_SHAPED[name]


def _seeded() -> list[Any]:
    from docspecs.simulator._data import make_seed

    return [
        pytest.param(stage, id=f"{r.id}-{n}")
        for r in make_seed(0).talonic
        for n, stage in enumerate(r.stages)
    ]


@pytest.mark.parametrize("body", _seeded())
def test_the_simulators_jobs_parse_fully(body: dict[str, Any]) -> None:
    check_body(API, "JobResults", body)
