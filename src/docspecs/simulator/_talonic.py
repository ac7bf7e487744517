"""Talonic: `GET /v1/jobs/{id}/results`, from the results page (seed 002) and Talonic's references.

Bearer API keys that start with `tlnc_`; the job id must be a UUID (else 400); unknown jobs are
404; rate limiting is 429 with `Retry-After`. Jobs still `processing` return the rows flushed so
far (partial rows).

Errors use the flat envelope Talonic's "Error Format" page and published `ErrorResponse` schema
describe, which its official Node SDK calls the shape production sends today: `statusCode`, an
upper-snake `code` (`VALIDATION_ERROR`, `AUTH_REQUIRED`, `RESOURCE_NOT_FOUND`,
`RATE_LIMIT_EXCEEDED`, `INTERNAL_ERROR`), `error` as the HTTP status text, `message`,
`retryable`, `request_id` (`req_...`), `timestamp` and `path` (the request path, for every
error, those of the shared request pipeline and injected faults included). The messages keep the
results page's wording.

Every answer carries the rate-limit headers Talonic's SDKs read from every response:
`X-RateLimit-Limit` and `X-RateLimit-Remaining` (integers) and `X-RateLimit-Reset` (an ISO 8601
timestamp, as Talonic's error-code page says; the window resets at midnight UTC). No source
gives Talonic's limits, so without a configured rate limit the simulator reports a fixed bucket of
`RATE_LIMIT` requests that never drains; with `rate_limit=` it reports that limit and what is
left of the window. The reset time is the midnight after the simulator's fixed instant (it reads
no clock, so the same seed gives the same bytes); on the simulator, `Retry-After` is the wait.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus

from starlette.responses import Response

from docspecs.simulator._common import (
    ERROR_TIMESTAMP,
    JSON,
    ApiError,
    Call,
    ErrorCatalog,
    Hook,
    Operation,
    VendorApp,
    error_request_id,
    json_response,
    token_checker,
)
from docspecs.simulator._state import State

VENDOR = "talonic"
MOUNT = "/talonic"
GET_JOB_RESULTS = "get_job_results"
KEY_PREFIX = "tlnc_"

VALIDATION_ERROR = ApiError(400, "VALIDATION_ERROR", "Invalid job ID format. Must be a UUID.")
UNAUTHORIZED = ApiError(401, "AUTH_REQUIRED", "Missing or invalid API key.")
NOT_FOUND = ApiError(404, "RESOURCE_NOT_FOUND", "No job with this ID exists for your organization.")
ROUTE_NOT_FOUND = ApiError(404, "RESOURCE_NOT_FOUND", "No such resource.")
METHOD_NOT_ALLOWED = ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed.")
RATE_LIMITED = ApiError(
    429,
    "RATE_LIMIT_EXCEEDED",
    "Too many requests. Retry after the period indicated in the Retry-After header.",
)
INTERNAL_ERROR = ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred.")
UNAVAILABLE = ApiError(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable.")


def _envelope(error: ApiError, path: str | None = None) -> JSON:
    """The flat error envelope; `path` is the request path (below the mount) when known."""
    try:
        status_text = HTTPStatus(error.status).phrase
    except ValueError:
        status_text = "Error"
    body: JSON = {
        "statusCode": error.status,
        "code": error.code,
        "error": status_text,
        "message": error.message,
        "retryable": error.status == 429 or error.status >= 500,
        "request_id": error_request_id(error, "0123456789abcdef", 16),
        "timestamp": ERROR_TIMESTAMP,
    }
    if path is not None:
        body["path"] = path
    return body


def _shape(error: ApiError) -> JSON:
    return _envelope(error)


ERRORS = ErrorCatalog(
    shape=_shape,
    shape_at=_envelope,
    unauthorized=UNAUTHORIZED,
    invalid=VALIDATION_ERROR,
    not_found_route=ROUTE_NOT_FOUND,
    method_not_allowed=METHOD_NOT_ALLOWED,
    rate_limited=RATE_LIMITED,
    server_errors={500: INTERNAL_ERROR, 503: UNAVAILABLE},
)

RATE_LIMIT = 1000
"""The requests per window the simulator reports when no rate limit is configured (invented)."""
RATE_LIMIT_RESET = "2026-01-02T00:00:00.000Z"
"""Midnight UTC after `ERROR_TIMESTAMP`, the simulator's fixed instant."""


def _rate_limit_headers(
    rate_limit: Callable[[], int | None] | None,
) -> Callable[[int], dict[str, str]]:
    limit = getattr(rate_limit, "limit", RATE_LIMIT)
    remaining: Callable[[], int] = getattr(rate_limit, "remaining", lambda: limit)

    def headers(status: int) -> dict[str, str]:
        left = 0 if status == 429 else remaining()
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(left),
            "X-RateLimit-Reset": RATE_LIMIT_RESET,
        }

    return headers


INVALID_BODY: JSON = {"job_id": 42, "job_status": None, "total_rows": "two", "data": {}}

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def make_app(
    state: State,
    token: str,
    *,
    before: Hook | None = None,
    rate_limit: Callable[[], int | None] | None = None,
) -> VendorApp:
    def get_job_results(call: Call) -> Response:
        job_id = call.path["id"]
        path = f"/v1/jobs/{job_id}/results"
        if not _UUID.fullmatch(job_id):
            return json_response(_envelope(VALIDATION_ERROR, path), VALIDATION_ERROR.status)
        job = state.read(VENDOR, job_id.lower())
        if job is None:
            return json_response(_envelope(NOT_FOUND, path), NOT_FOUND.status)
        return json_response(job)

    operation = Operation(
        GET_JOB_RESULTS, "GET", re.compile(r"/v1/jobs/(?P<id>[^/]+)/results"), get_job_results
    )
    return VendorApp(
        VENDOR,
        ERRORS,
        (operation,),
        token_checker(token, KEY_PREFIX),
        before,
        rate_limit or (lambda: None),
        _rate_limit_headers(rate_limit),
    )
