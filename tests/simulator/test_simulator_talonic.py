"""Talonic "Job Results" as page 002 and Talonic's published schema and error pages describe it."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from docspecs.testing import Target

Ask = Callable[..., httpx.Response]
RESULTS = "/v1/jobs/{}/results"
UNKNOWN = "00000000-0000-4000-8000-000000000000"


ENVELOPE = {
    "statusCode",
    "code",
    "error",
    "message",
    "retryable",
    "request_id",
    "timestamp",
    "path",
}
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")


def code(response: httpx.Response) -> str:
    """The flat envelope's code, after checking the envelope is the published one.

    Every error names the request path (below the vendor's mount), whichever part of the
    simulator answered it, and carries the rate-limit headers.
    """
    body = response.json()
    assert set(body) == ENVELOPE, body
    assert response.request.url.path.endswith(body["path"]) and body["path"].startswith("/")
    assert all(name in response.headers for name in RATE_HEADERS), response.headers
    assert body["statusCode"] == response.status_code
    assert body["error"] == httpx.codes.get_reason_phrase(response.status_code)
    assert body["retryable"] is (response.status_code == 429 or response.status_code >= 500)
    assert body["request_id"].startswith("req_") and body["timestamp"].endswith("Z")
    return str(body["code"])


@pytest.fixture
def job(ids: Callable[..., list[str]]) -> str:
    return ids("talonic", "jobs", "complete")[0]


def test_missing_or_wrong_key_is_401_unauthorized(ask: Ask, job: str, simulator: Target) -> None:
    right = simulator.token("talonic")
    assert right.startswith("tlnc_")
    for headers in (
        {},
        {"Authorization": "Bearer tlnc_not_the_key"},
        {"Authorization": f"Bearer {right.removeprefix('tlnc_')}"},
        {"Authorization": f"Token {right}"},
    ):
        response = ask("talonic", RESULTS.format(job), auth=False, headers=headers)
        assert response.status_code == 401 and code(response) == "AUTH_REQUIRED"


@pytest.mark.parametrize(
    "bad", ["abc", "123", "res_uuid_1", UNKNOWN[:-1], UNKNOWN + "0", "{" + UNKNOWN + "}"]
)
def test_non_uuid_id_is_400_validation_error(ask: Ask, bad: str) -> None:
    response = ask("talonic", RESULTS.format(bad))
    assert response.status_code == 400 and code(response) == "VALIDATION_ERROR"


def test_unknown_job_is_404_not_found(ask: Ask) -> None:
    response = ask("talonic", RESULTS.format(UNKNOWN))
    assert response.status_code == 404 and code(response) == "RESOURCE_NOT_FOUND"
    assert response.json()["path"] == RESULTS.format(UNKNOWN)


def test_uppercase_uuid_finds_the_job(ask: Ask, job: str) -> None:
    assert ask("talonic", RESULTS.format(job.upper())).status_code == 200


def test_jobs_in_every_documented_status(simulator: Target) -> None:
    statuses = {j["status"] for j in simulator.state()["talonic"]["resources"]["jobs"]}
    assert statuses == {"pending", "queued", "complete", "processing", "failed", "cancelled"}


def test_complete_job_has_the_pages_fields(ask: Ask, ids: Callable[..., list[str]]) -> None:
    flags, statuses, schemas = set(), set(), []
    for job_id in ids("talonic", "jobs", "complete"):
        body = ask("talonic", RESULTS.format(job_id)).json()
        assert list(body) == ["job_id", "job_status", "schema", "total_rows", "data", "links"]
        assert body["job_id"] == job_id and body["total_rows"] == len(body["data"])
        assert body["links"] == {
            "self": f"/v1/jobs/{job_id}/results",
            "job": f"/v1/jobs/{job_id}",
        }
        schemas.append(body["schema"])
        for row in body["data"]:
            assert set(row) == {
                "id",
                "document_id",
                "filename",
                "status",
                "values",
                "confidence",
                "validation_flags",
            }
            statuses.add(row["status"])
            for flag in row["validation_flags"]:  # the page's strings or the schema's objects
                flags.add((type(flag), flag["kind"] if isinstance(flag, dict) else flag))
    assert {"approved", "review", "complete", "partial"} <= statuses
    assert {
        (str, "missing_required_field:total"),
        (str, "format_mismatch:date"),
        (dict, "missing_required_field"),
        (dict, "format_mismatch"),
    } <= flags
    assert None in schemas and {"id", "name"} in [set(s) for s in schemas if s]


@pytest.mark.parametrize("simulator_options", [{"reads_until_terminal": 1}])
def test_processing_job_has_partial_rows_then_completes(
    ask: Ask, ids: Callable[..., list[str]]
) -> None:
    job_id = ids("talonic", "jobs", "processing")[0]
    first = ask("talonic", RESULTS.format(job_id)).json()
    assert first["job_status"] == "processing"
    assert first["data"] and first["total_rows"] == len(first["data"])
    assert all(row["confidence"] is None for row in first["data"])
    assert any(value is None for row in first["data"] for value in row["values"].values())
    final = ask("talonic", RESULTS.format(job_id)).json()
    assert final["job_status"] == "complete"
    assert final["total_rows"] == len(final["data"]) > first["total_rows"]
    assert [r["id"] for r in final["data"]][: len(first["data"])] == [
        r["id"] for r in first["data"]
    ]


@pytest.mark.parametrize("simulator_options", [{"reads_until_terminal": 1}])
@pytest.mark.parametrize("early", ["pending", "queued"])
def test_pending_and_queued_jobs_have_no_rows_then_complete(
    ask: Ask, ids: Callable[..., list[str]], early: str
) -> None:
    job_id = ids("talonic", "jobs", early)[0]
    first = ask("talonic", RESULTS.format(job_id)).json()
    assert (first["job_status"], first["total_rows"], first["data"]) == (early, 0, [])
    final = ask("talonic", RESULTS.format(job_id)).json()
    assert final["job_status"] == "complete" and final["total_rows"] == len(final["data"]) > 0


@pytest.mark.parametrize("simulator_options", [{"rate_limit": (2, 60.0)}])
def test_rate_limit_is_429_rate_limited_with_retry_after(ask: Ask, job: str) -> None:
    assert [ask("talonic", RESULTS.format(job)).status_code for _ in range(2)] == [200, 200]
    response = ask("talonic", RESULTS.format(job))
    assert response.status_code == 429 and code(response) == "RATE_LIMIT_EXCEEDED"
    assert 1 <= int(response.headers["retry-after"]) <= 60
    assert response.json()["path"] == RESULTS.format(job)


def rate_headers(response: httpx.Response) -> tuple[str, ...]:
    return tuple(response.headers[name] for name in RATE_HEADERS)


def test_answers_carry_fixed_rate_limit_headers_without_a_configured_limit(
    ask: Ask, job: str
) -> None:
    first, second = ask("talonic", RESULTS.format(job)), ask("talonic", RESULTS.format(job))
    assert first.status_code == second.status_code == 200
    reset = "2026-01-02T00:00:00.000Z"  # ISO 8601, midnight UTC, as Talonic's error page says
    assert rate_headers(first) == rate_headers(second) == ("1000", "1000", reset)
    assert rate_headers(ask("talonic", RESULTS.format(UNKNOWN))) == ("1000", "1000", reset)


@pytest.mark.parametrize("simulator_options", [{"rate_limit": (2, 60.0)}])
def test_rate_limit_headers_count_down_the_configured_window(ask: Ask, job: str) -> None:
    answers = [ask("talonic", RESULTS.format(job)) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert [rate_headers(a)[:2] for a in answers] == [("2", "1"), ("2", "0"), ("2", "0")]


def test_injected_faults_name_the_request_path(
    ask: Ask, job: str, simulator_client: httpx.Client
) -> None:
    for status in (503, 429, 401):
        fault = {"vendor": "talonic", "status": status, "retry_after": 3}
        assert simulator_client.post("/_simulator/faults", json=fault).status_code == 201
        response = ask("talonic", RESULTS.format(job))
        assert response.status_code == status and code(response)
        assert response.json()["path"] == RESULTS.format(job)


def test_other_vendors_errors_are_unchanged(ask: Ask) -> None:
    """No request path and no rate-limit headers outside Talonic (their shapes have none)."""
    response = ask("extend", "/classify_runs/clr_none", auth=False)
    assert response.status_code == 401 and "path" not in response.json()
    assert not any(name in response.headers for name in RATE_HEADERS)


def test_wrong_method_is_405_in_talonic_shape(ask: Ask, job: str) -> None:
    response = ask("talonic", RESULTS.format(job), method="DELETE")
    assert response.status_code == 405 and code(response) == "METHOD_NOT_ALLOWED"


def test_unknown_route_is_404_naming_the_path(ask: Ask) -> None:
    response = ask("talonic", "/v1/jobs")
    assert response.status_code == 404 and code(response) == "RESOURCE_NOT_FOUND"
    assert response.json()["path"] == "/v1/jobs"


def test_unknown_query_parameter_is_400_validation_error(ask: Ask, job: str) -> None:
    response = ask("talonic", RESULTS.format(job), params={"limit": "10"})
    assert response.status_code == 400 and code(response) == "VALIDATION_ERROR"
