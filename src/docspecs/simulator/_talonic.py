"""Talonic, from page 002: `GET /v1/jobs/{id}/results`.

Bearer API keys that start with `tlnc_`; the job id must be a UUID (else 400
`validation_error`); unknown jobs are 404 `not_found`; rate limiting is 429 `rate_limited` with
`Retry-After`. Jobs still `processing` return the rows flushed so far (partial rows). Errors use
the shape `{"error": {"code": "<code>", "message": "<text>"}}` with the page's codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from starlette.responses import Response

from docspecs.simulator._common import (
    JSON,
    ApiError,
    Call,
    ErrorCatalog,
    Hook,
    Operation,
    Rejected,
    VendorApp,
    json_response,
    token_checker,
)
from docspecs.simulator._state import State

VENDOR = "talonic"
MOUNT = "/talonic"
GET_JOB_RESULTS = "get_job_results"
KEY_PREFIX = "tlnc_"

VALIDATION_ERROR = ApiError(400, "validation_error", "Invalid job ID format. Must be a UUID.")
UNAUTHORIZED = ApiError(401, "unauthorized", "Missing or invalid API key.")
NOT_FOUND = ApiError(404, "not_found", "No job with this ID exists for your organization.")
ROUTE_NOT_FOUND = ApiError(404, "not_found", "No such resource.")
METHOD_NOT_ALLOWED = ApiError(405, "method_not_allowed", "Method not allowed.")
RATE_LIMITED = ApiError(
    429,
    "rate_limited",
    "Too many requests. Retry after the period indicated in the Retry-After header.",
)
INTERNAL_ERROR = ApiError(500, "internal_error", "An unexpected error occurred.")
UNAVAILABLE = ApiError(503, "service_unavailable", "The service is temporarily unavailable.")


def _shape(error: ApiError) -> JSON:
    return {"error": {"code": error.code, "message": error.message}}


ERRORS = ErrorCatalog(
    shape=_shape,
    unauthorized=UNAUTHORIZED,
    invalid=VALIDATION_ERROR,
    not_found_route=ROUTE_NOT_FOUND,
    method_not_allowed=METHOD_NOT_ALLOWED,
    rate_limited=RATE_LIMITED,
    server_errors={500: INTERNAL_ERROR, 503: UNAVAILABLE},
)

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
        if not _UUID.fullmatch(job_id):
            raise Rejected(VALIDATION_ERROR)
        job = state.read(VENDOR, job_id.lower())
        if job is None:
            raise Rejected(NOT_FOUND)
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
    )
