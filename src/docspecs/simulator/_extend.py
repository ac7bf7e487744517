"""Extend: `GET /processor_runs/{id}` and `GET /classify_runs/{id}`, API version 2026-02-09.

Written from pages 003 and 004 and Extend's SDK types and error-codes page (see
`specs/extend/sources/README.md`).

Bearer tokens; the optional `x-extend-api-version` header names a version as `YYYY-MM-DD`
(anything else is 400). A processor run comes wrapped as `{"success": true, "processorRun": ...}`
(page 003); a classify run is returned directly (page 004). The availability rules of page 004
hold for both: `output` only when PROCESSED, `initialOutput`/`reviewedOutput` only when reviewed,
`failureReason`/`failureMessage` only when FAILED, and `usage` only when PROCESSED, never on
classify runs created before 2025-10-07. Errors use the body of Extend's error-codes page,
`{"code": "<UPPER_SNAKE_CODE>", "message": "<text>", "retryable": <bool>, "requestId": "req_..."}`,
with its codes (`INVALID_REQUEST`, `UNAUTHORIZED`, `NOT_FOUND`, `RATE_LIMIT_EXCEEDED`,
`INTERNAL_ERROR`); 405 `METHOD_NOT_ALLOWED` and 503 `SERVICE_UNAVAILABLE` are this simulator's own.
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
    Param,
    Rejected,
    VendorApp,
    error_request_id,
    json_response,
    token_checker,
)
from docspecs.simulator._state import State

VENDOR = "extend"
MOUNT = "/extend"
GET_PROCESSOR_RUN = "get_processor_run"
GET_CLASSIFY_RUN = "get_classify_run"
VERSION_HEADER = "x-extend-api-version"

BAD_REQUEST = ApiError(400, "INVALID_REQUEST", "The request is not valid.")
UNAUTHORIZED = ApiError(401, "UNAUTHORIZED", "Missing or invalid bearer token.")
PROCESSOR_RUN_NOT_FOUND = ApiError(404, "NOT_FOUND", "Processor run not found.")
CLASSIFY_RUN_NOT_FOUND = ApiError(404, "NOT_FOUND", "Classify run not found.")
ROUTE_NOT_FOUND = ApiError(404, "NOT_FOUND", "Not found.")
METHOD_NOT_ALLOWED = ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed.")
RATE_LIMITED = ApiError(
    429,
    "RATE_LIMIT_EXCEEDED",
    "Too many requests: retry after the number of seconds in Retry-After.",
)
INTERNAL_ERROR = ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred.")
UNAVAILABLE = ApiError(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable.")


_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _shape(error: ApiError) -> JSON:
    request_id = error_request_id(error, _ID_ALPHABET, 20)
    return {
        "code": error.code,
        "message": error.message,
        "retryable": error.status == 429 or error.status >= 500,
        "requestId": request_id,
    }


ERRORS = ErrorCatalog(
    shape=_shape,
    unauthorized=UNAUTHORIZED,
    invalid=BAD_REQUEST,
    not_found_route=ROUTE_NOT_FOUND,
    method_not_allowed=METHOD_NOT_ALLOWED,
    rate_limited=RATE_LIMITED,
    server_errors={500: INTERNAL_ERROR, 503: UNAVAILABLE},
)

INVALID_BODY: JSON = {"success": "yes", "processorRun": [], "status": 3, "createdAt": 0}

_VERSION = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def api_version(raw: str) -> str:
    """The spec's pattern `^\\d{4}-\\d{2}-\\d{2}$`; which dates are versions is not documented."""
    if not _VERSION.fullmatch(raw):
        raise ValueError("must be an API version written YYYY-MM-DD")
    return raw


def make_app(
    state: State,
    token: str,
    *,
    before: Hook | None = None,
    rate_limit: Callable[[], int | None] | None = None,
) -> VendorApp:
    def get_processor_run(call: Call) -> Response:
        run = state.read(VENDOR, call.path["id"], "processor_runs")
        if run is None:
            raise Rejected(PROCESSOR_RUN_NOT_FOUND)
        return json_response({"success": True, "processorRun": run})

    def get_classify_run(call: Call) -> Response:
        run = state.read(VENDOR, call.path["id"], "classify_runs")
        if run is None:
            raise Rejected(CLASSIFY_RUN_NOT_FOUND)
        return json_response(run)

    version = (Param(VERSION_HEADER, api_version),)
    operations = (
        Operation(
            GET_PROCESSOR_RUN,
            "GET",
            re.compile(r"/processor_runs/(?P<id>[^/]+)"),
            get_processor_run,
            headers=version,
        ),
        Operation(
            GET_CLASSIFY_RUN,
            "GET",
            re.compile(r"/classify_runs/(?P<id>[^/]+)"),
            get_classify_run,
            headers=version,
        ),
    )
    return VendorApp(
        VENDOR, ERRORS, operations, token_checker(token), before, rate_limit or (lambda: None)
    )
