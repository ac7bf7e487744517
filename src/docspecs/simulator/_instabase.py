"""Instabase AI Hub, from pages 000 and 001: `GET /v2/apps/runs/{run_id}/results`.

Written from the pages and the vendor's published OpenAPI document (see
specs/instabase/sources/README.md): bearer auth, the optional `IB-Context` header (a user or
organization ID: any string), four `include_*` flags that each add exactly the sections the newer
page (001) lists, and `file_offset` paging by file with `has_more`. Without a flag its sections
are absent; the rest of a run (its `id`, `message`, timestamps, `keys`, each file's
`input_file_path`, each document's `page_numbers`, each field's `type` and `error_msg`, and the
cross-class fields' candidates) is always served. Errors use the vendor's error body
`{"message": "<text>"}`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

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
    any_text,
    boolean,
    json_response,
    non_negative_integer,
    token_checker,
)
from docspecs.simulator._state import State

VENDOR = "instabase"
MOUNT = "/instabase"
GET_RUN_RESULTS = "get_run_results"

UNAUTHORIZED = ApiError(401, "UNAUTHORIZED", "Invalid or missing bearer token.")
BAD_REQUEST = ApiError(400, "BAD_REQUEST", "The request is not valid.")
RUN_NOT_FOUND = ApiError(404, "NOT_FOUND", "Run not found.")
ROUTE_NOT_FOUND = ApiError(404, "NOT_FOUND", "Not found.")
METHOD_NOT_ALLOWED = ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed.")
RATE_LIMITED = ApiError(
    429, "RATE_LIMITED", "Too many requests: retry after the number of seconds in Retry-After."
)
INTERNAL_ERROR = ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred.")
UNAVAILABLE = ApiError(503, "UNAVAILABLE", "The service is temporarily unavailable.")


def _shape(error: ApiError) -> JSON:
    return {"message": error.message}


ERRORS = ErrorCatalog(
    shape=_shape,
    unauthorized=UNAUTHORIZED,
    invalid=BAD_REQUEST,
    not_found_route=ROUTE_NOT_FOUND,
    method_not_allowed=METHOD_NOT_ALLOWED,
    rate_limited=RATE_LIMITED,
    server_errors={500: INTERNAL_ERROR, 503: UNAVAILABLE},
)

# A body that violates the spec (wrong types throughout), for the `invalid_body` fault.
INVALID_BODY: JSON = {"status": 7, "finish_timestamp": "soon", "has_more": "no", "files": {}}

# Sections each flag adds, per level (page 001).
_REVIEW = ("review_completed", "class_edit_history")
_CONFIDENCE = ("classification_confidence",)
_VALIDATION = ("validations",)
_SOURCE = ("post_processed_paths", "post_processed_pdf_path", "page_layouts")
_FIELD = {
    "include_review_results": ("edit_history",),
    "include_confidence_scores": ("confidence",),
    "include_validation_results": ("validations",),
    "include_source_info": ("source_coordinates",),
}
_DOCUMENT = {
    "include_review_results": _REVIEW,
    "include_confidence_scores": _CONFIDENCE,
    "include_validation_results": _VALIDATION,
    "include_source_info": _SOURCE,
}
_CASE_FIELD = {
    "include_review_results": ("edit_history",),
    "include_validation_results": ("validations",),
}
_RUN = {"include_review_results": ("review_completed",)}
FLAGS = tuple(_FIELD)


def render(run: JSON, query: dict[str, Any], page_size: int) -> JSON:
    """The response body for `run` (stored with every section) under the request's flags."""
    on = {flag for flag in FLAGS if query.get(flag)}

    def drop(table: Mapping[str, tuple[str, ...]]) -> set[str]:
        return {key for flag, keys in table.items() if flag not in on for key in keys}

    run_drop, doc_drop = drop(_RUN) | {"files", "case_info"}, drop(_DOCUMENT)
    field_drop, case_drop = drop(_FIELD), drop(_CASE_FIELD)

    offset: int = query.get("file_offset", 0)
    files: list[JSON] = run["files"]
    page = files[offset : offset + page_size]
    body = {k: v for k, v in run.items() if k not in run_drop}
    body["has_more"] = offset + len(page) < len(files)
    body["files"] = [_file(f, doc_drop, field_drop) for f in page]
    if "case_info" in run:
        body["case_info"] = {
            "fields": [
                {k: v for k, v in f.items() if k not in case_drop}
                for f in run["case_info"]["fields"]
            ]
        }
    return body


def _file(file: JSON, doc_drop: set[str], field_drop: set[str]) -> JSON:
    out = {k: v for k, v in file.items() if k != "documents"}
    out["documents"] = [
        {
            **{k: v for k, v in doc.items() if k not in doc_drop and k != "fields"},
            "fields": [{k: v for k, v in f.items() if k not in field_drop} for f in doc["fields"]],
        }
        for doc in file["documents"]
    ]
    return out


def make_app(
    state: State,
    token: str,
    *,
    page_size: int,
    before: Hook | None = None,
    rate_limit: Callable[[], int | None] | None = None,
) -> VendorApp:
    def get_run_results(call: Call) -> Response:
        run = state.read(VENDOR, call.path["run_id"])
        if run is None:
            raise Rejected(RUN_NOT_FOUND.with_message(f"Run {call.path['run_id']!r} not found."))
        return json_response(render(run, dict(call.query), page_size))

    operation = Operation(
        GET_RUN_RESULTS,
        "GET",
        re.compile(r"/v2/apps/runs/(?P<run_id>[^/]+)/results"),
        get_run_results,
        query=(
            *(Param(flag, boolean) for flag in FLAGS),
            Param("file_offset", non_negative_integer),
        ),
        headers=(Param("IB-Context", any_text),),
    )
    return VendorApp(
        VENDOR,
        ERRORS,
        (operation,),
        token_checker(token),
        before,
        rate_limit or (lambda: None),
    )
