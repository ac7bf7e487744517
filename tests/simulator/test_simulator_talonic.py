"""Talonic "Job Results" as page 002 describes it."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from docspecs.testing import Target

Ask = Callable[..., httpx.Response]
RESULTS = "/v1/jobs/{}/results"
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def code(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return str(body["error"]["code"])


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
        assert response.status_code == 401 and code(response) == "unauthorized"


@pytest.mark.parametrize(
    "bad", ["abc", "123", "res_uuid_1", UNKNOWN[:-1], UNKNOWN + "0", "{" + UNKNOWN + "}"]
)
def test_non_uuid_id_is_400_validation_error(ask: Ask, bad: str) -> None:
    response = ask("talonic", RESULTS.format(bad))
    assert response.status_code == 400 and code(response) == "validation_error"


def test_unknown_job_is_404_not_found(ask: Ask) -> None:
    response = ask("talonic", RESULTS.format(UNKNOWN))
    assert response.status_code == 404 and code(response) == "not_found"


def test_uppercase_uuid_finds_the_job(ask: Ask, job: str) -> None:
    assert ask("talonic", RESULTS.format(job.upper())).status_code == 200


def test_jobs_in_every_documented_status(simulator: Target) -> None:
    statuses = {j["status"] for j in simulator.state()["talonic"]["resources"]["jobs"]}
    assert statuses == {"complete", "processing", "failed"}


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
            flags |= {flag.split(":")[0] for flag in row["validation_flags"]}
    assert {"approved", "review"} <= statuses
    assert {"missing_required_field", "format_mismatch"} <= flags
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


@pytest.mark.parametrize("simulator_options", [{"rate_limit": (2, 60.0)}])
def test_rate_limit_is_429_rate_limited_with_retry_after(ask: Ask, job: str) -> None:
    assert [ask("talonic", RESULTS.format(job)).status_code for _ in range(2)] == [200, 200]
    response = ask("talonic", RESULTS.format(job))
    assert response.status_code == 429 and code(response) == "rate_limited"
    assert 1 <= int(response.headers["retry-after"]) <= 60


def test_wrong_method_is_405_in_talonic_shape(ask: Ask, job: str) -> None:
    response = ask("talonic", RESULTS.format(job), method="DELETE")
    assert response.status_code == 405 and code(response) == "method_not_allowed"


def test_unknown_query_parameter_is_400_validation_error(ask: Ask, job: str) -> None:
    response = ask("talonic", RESULTS.format(job), params={"limit": "10"})
    assert response.status_code == 400 and code(response) == "validation_error"
