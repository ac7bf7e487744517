"""Every item the five vendor seed pages document, mapped to where it must appear in the spec.

The seed pages (`specs/<api>/sources/000..004`) are the vendor documentation the
three specs are written from. Each table below has one row per documented item: a path and
method, a parameter (name, location, type, required, default), a header, a query flag, a response
field with its nesting, an enum value, an error (status + code), a server, a security scheme, a
rule the page states, or an example. Each row names where the item must appear in the bundled
spec (`docspecs.bundle.bundle(project.spec_path(api))`), and the test walks there, resolving
`$ref`s on the way. A failure reads `page 001: files/documents/fields/confidence/ocr: ...`.

Rows marked with the source `INDEX` come from the seed index, `specs/<api>/sources/README.md`
(facts the pages leave out);
rows marked `issue-3` are the errors issue 3 asks for where the pages document none.

The last tests hold for whole specs: nothing `required` in a response schema (no page guarantees
a field), no closed object, every enum open (`anyOf: [{enum: [...]}, {type: string}]`), and
every example valid against its schema.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from docspecs._project import Project
from docspecs.bundle import bundle

REPO = Path(__file__).resolve().parent.parent
APIS = ("instabase", "talonic", "extend")

Node = dict[str, Any]


# --- walking the bundled spec ------------------------------------------------------------------


@cache
def spec(api: str) -> Node:
    return bundle(Project(REPO).spec_path(api))


def pointer_get(doc: Node, pointer: str) -> Any:
    node: Any = doc
    for raw in pointer.lstrip("#/").split("/") if pointer.strip("#/") else []:
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve(doc: Node, node: Any) -> Any:
    """Follow `$ref` (local, as the bundle leaves them) until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"non-local $ref {ref!r} left in the bundled spec"
        assert ref not in seen, f"circular $ref {ref!r}"
        seen.add(ref)
        node = pointer_get(doc, ref)
    return node


def describe(doc: Node, node: Any) -> str:
    """Every description on the way from `node` through its `$ref`s, and in its anyOf/oneOf."""
    texts: list[str] = []
    seen: set[int] = set()

    def visit(n: Any) -> None:
        if not isinstance(n, dict) or id(n) in seen:
            return
        seen.add(id(n))
        if isinstance(n.get("description"), str):
            texts.append(n["description"])
        if "$ref" in n:
            visit(pointer_get(doc, n["$ref"]))
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in n.get(key, []):
                visit(branch)

    visit(node)
    return "\n".join(texts)


def branches(doc: Node, node: Any) -> list[Node]:
    """The node and (recursively) its anyOf/oneOf/allOf branches, each resolved."""
    node = resolve(doc, node)
    out = [node]
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key, []):
            out.extend(branches(doc, branch))
    return out


def types_of(doc: Node, node: Any) -> set[str] | None:
    """The JSON types a schema allows, or None when it does not constrain the type."""
    node = resolve(doc, node)
    if "type" in node:
        t = node["type"]
        return {t} if isinstance(t, str) else set(t)
    parts = node.get("anyOf") or node.get("oneOf")
    if parts:
        union: set[str] = set()
        for part in parts:
            sub = types_of(doc, part)
            if sub is None:
                return None
            union |= sub
        return union
    return None


def enum_values(doc: Node, node: Any) -> list[Any]:
    return [v for b in branches(doc, node) for v in b.get("enum", [])]


def is_open_enum(doc: Node, node: Any) -> bool:
    """True for `anyOf: [{enum: [...]}, {type: string}]`: a plain-string branch beside the enum."""
    node = resolve(doc, node)
    for key in ("anyOf", "oneOf"):
        parts = [resolve(doc, p) for p in node.get(key, [])]
        if any("enum" in p for p in parts) and any(
            p.get("type") == "string" and not {"enum", "const", "pattern", "format"} & set(p)
            for p in parts
        ):
            return True
        # a nullable open enum: `oneOf: [<open enum>, {type: "null"}]`
        if any(p.get("type") == "null" for p in parts) and any(
            is_open_enum(doc, p) for p in parts if p.get("type") != "null"
        ):
            return True
    return False


def step_into_arrays(doc: Node, node: Any) -> Any:
    node = resolve(doc, node)
    while isinstance(node, dict) and "items" in node:
        node = resolve(doc, node["items"])
    return node


def walk(doc: Node, root: Any, path: str, what: str = "") -> Any:
    """The (unresolved) schema of the property at slash `path` below `root`.

    Arrays are stepped into on the way (the pages' slash paths do not mark lists); `*` steps into
    a map's `additionalProperties`. Fails naming the first segment that is not there.
    """
    node = root
    done: list[str] = []
    for seg in path.split("/"):
        here = step_into_arrays(doc, node)
        where = f"{what}: " + ("/".join(done) or "the response body")
        if seg == "*":
            extra = here.get("additionalProperties")
            assert isinstance(extra, dict), f"{where} is not a map (no additionalProperties)"
            node = extra
        else:
            found = None
            for b in branches(doc, here):
                if seg in b.get("properties", {}):
                    found = b["properties"][seg]
                    break
            known = sorted({k for b in branches(doc, here) for k in b.get("properties", {})})
            assert found is not None, f"{where} has no property {seg!r} (it has {known})"
            node = found
        done.append(seg)
    return node


def values_at(body: Any, path: str) -> Iterator[Any]:
    """The values at slash `path` in a JSON body, stepping into lists (and map values for `*`)."""
    if isinstance(body, list):
        for item in body:
            yield from values_at(item, path)
        return
    if not path:
        yield body
        return
    seg, _, rest = path.partition("/")
    if isinstance(body, dict):
        for key, value in body.items():
            if seg in ("*", key):
                yield from values_at(value, rest)


def operation(doc: Node, op_id: str) -> tuple[str, str, Node]:
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return path, method, op
    raise AssertionError(f"no operation with operationId {op_id!r}")


def response(doc: Node, op_id: str, status: str) -> Node:
    _, _, op = operation(doc, op_id)
    responses = op.get("responses", {})
    assert status in responses, f"{op_id} has no {status} response (has {sorted(responses)})"
    return resolve(doc, responses[status])  # type: ignore[no-any-return]


def body_schema(doc: Node, op_id: str, status: str = "200") -> Any:
    content = response(doc, op_id, status).get("content", {})
    assert "application/json" in content, f"{op_id} {status} has no application/json body"
    return content["application/json"]["schema"]


def parameter(doc: Node, op_id: str, name: str, location: str) -> Node:
    path, _, op = operation(doc, op_id)
    params = [*doc["paths"][path].get("parameters", []), *op.get("parameters", [])]
    for p in params:
        p = resolve(doc, p)
        if p.get("name", "").lower() == name.lower() and p.get("in") == location:
            return p  # type: ignore[no-any-return]
    raise AssertionError(f"{op_id} has no {location} parameter {name!r}")


def assert_mentions(text: str, phrases: tuple[str | tuple[str, ...], ...], what: str) -> None:
    """Each phrase (or one of a tuple of alternatives) occurs in `text`, ignoring case."""
    low = " ".join(text.lower().split())
    for phrase in phrases:
        options = (phrase,) if isinstance(phrase, str) else phrase
        assert any(" ".join(o.lower().split()) in low for o in options), (
            f"{what} does not say {' or '.join(repr(o) for o in options)}; it reads: {text!r}"
        )


def check_type(doc: Node, node: Any, page_type: str, what: str) -> None:
    """`page_type` as the page writes it: `string`, `number|null`, `array[object]`, ..."""
    items = None
    if page_type.startswith("array[") and page_type.endswith("]"):
        items, page_type = page_type[6:-1], "array"
    wanted = set(page_type.split("|"))
    got = types_of(doc, node)
    assert got is not None, f"{what} has no type; the page says {page_type}"
    assert got - {"null"} == wanted - {"null"}, (
        f"{what} is {sorted(got)}; the page says {page_type}"
    )
    if "null" in wanted:
        assert "null" in got, f"{what} does not allow null; the page says {page_type}"
    if items:
        item_schema = resolve(doc, node).get("items")
        assert item_schema is not None, f"{what} has no items schema; the page says a list"
        check_type(doc, item_schema, items, f"{what} items")


# --- rows --------------------------------------------------------------------------------------

UNSTATED = object()  # the page does not state a default


def case(row: Any) -> Any:
    return pytest.param(row, id=row.id)


@dataclass(frozen=True)
class Operation:
    page: str
    api: str
    path: str
    method: str
    op_id: str
    says: tuple[str | tuple[str, ...], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.page}:{self.method.upper()} {self.path}"


OPERATIONS = [
    Operation(
        "000",
        "instabase",
        "/v2/apps/runs/{run_id}/results",
        "get",
        "get_run_results",
        ("results of a completed",),
    ),
    Operation(
        "001",
        "instabase",
        "/v2/apps/runs/{run_id}/results",
        "get",
        "get_run_results",
        ("completed automation app run", "paginated"),
    ),
    Operation(
        "002",
        "talonic",
        "/v1/jobs/{id}/results",
        "get",
        "get_job_results",
        ("result rows", "corresponds to one", "validation flags", "partial", "phase 4"),
    ),
    Operation(
        "003",
        "extend",
        "/processor_runs/{id}",
        "get",
        "get_processor_run",
        ("specific processor run", "edits made during review", "poll", "webhooks"),
    ),
    Operation("004", "extend", "/classify_runs/{id}", "get", "get_classify_run", ("classify run",)),
]


@pytest.mark.parametrize("row", [case(r) for r in OPERATIONS])
def test_operation(row: Operation) -> None:
    doc = spec(row.api)
    path, method, op = operation(doc, row.op_id)
    assert (path, method) == (row.path, row.method), (
        f"page {row.page}: {row.op_id} is {method.upper()} {path}, the page says "
        f"{row.method.upper()} {row.path}"
    )
    text = f"{op.get('summary', '')}\n{op.get('description', '')}"
    assert_mentions(text, row.says, f"page {row.page}: {row.op_id} summary/description")


@dataclass(frozen=True)
class Param:
    page: str
    api: str
    op_id: str
    name: str
    location: str
    type: str
    required: bool
    default: Any = UNSTATED
    format: str | None = None
    says: tuple[str | tuple[str, ...], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.page}:{self.op_id}:{self.location}:{self.name}"


_IB = ("instabase", "get_run_results")
_REVIEW_SAYS = ("human review", "original and corrected")
PARAMS = [
    Param("000", *_IB, "run_id", "path", "string", True, says=("run id",)),
    Param(
        "000",
        *_IB,
        "IB-Context",
        "header",
        "string",
        False,
        says=("community account", "user ID", "organization ID", ("defaults", "if omitted")),
    ),
    Param(
        "001", *_IB, "IB-Context", "header", "string", False, says=("typically your organization",)
    ),
    Param("000", *_IB, "include_review_results", "query", "boolean", False, says=_REVIEW_SAYS),
    Param("001", *_IB, "include_review_results", "query", "boolean", False, says=("case level",)),
    Param(
        "000", *_IB, "include_confidence_scores", "query", "boolean", False, says=("confidence",)
    ),
    Param("000", *_IB, "include_validation_results", "query", "boolean", False),
    Param("001", *_IB, "include_validation_results", "query", "boolean", False, says=("packet",)),
    Param("000", *_IB, "include_source_info", "query", "boolean", False, says=("image",)),
    Param(
        "001",
        *_IB,
        "include_source_info",
        "query",
        "boolean",
        False,
        says=("generate_post_process_pdf",),
    ),
    Param(
        "000",
        *_IB,
        "file_offset",
        "query",
        "integer",
        False,
        0,
        says=("index", "first file", "defaults to 0"),
    ),
    Param("001", *_IB, "file_offset", "query", "integer", False, 0, says=("has_more",)),
    Param(
        "002",
        "talonic",
        "get_job_results",
        "id",
        "path",
        "string",
        True,
        format="uuid",
        says=("UUID", "validation_error"),
    ),
    Param(
        "003",
        "extend",
        "get_processor_run",
        "id",
        "path",
        "string",
        True,
        says=("unique identifier of the processor run", "dpr_1234"),
    ),
    Param(
        "004",
        "extend",
        "get_classify_run",
        "id",
        "path",
        "string",
        True,
        says=("unique identifier", "classify run", "cl_Xj8mK2pL9nR4vT7qY5wZ"),
    ),
    Param(
        "INDEX",
        "extend",
        "get_processor_run",
        "x-extend-api-version",
        "header",
        "string",
        False,
        says=("API version",),
    ),
    Param(
        "INDEX",
        "extend",
        "get_classify_run",
        "x-extend-api-version",
        "header",
        "string",
        False,
        says=("API version",),
    ),
]


@pytest.mark.parametrize("row", [case(r) for r in PARAMS])
def test_parameter(row: Param) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.location} parameter {row.name} of {row.op_id}"
    p = parameter(doc, row.op_id, row.name, row.location)
    assert p["name"] == row.name, f"{what} is spelled {p['name']!r}"
    assert bool(p.get("required", False)) is row.required, (
        f"{what}: required is {p.get('required', False)}, the page says "
        f"{'Required' if row.required else 'Optional'}"
    )
    schema = p.get("schema", {})
    check_type(doc, schema, row.type, what)
    if row.default is not UNSTATED:
        assert resolve(doc, schema).get("default") == row.default, (
            f"{what}: default is {resolve(doc, schema).get('default')!r}, the page says "
            f"{row.default!r}"
        )
    if row.format:
        assert resolve(doc, schema).get("format") == row.format, f"{what}: no format {row.format}"
    assert_mentions(describe(doc, p), row.says, f"{what} description")


@dataclass(frozen=True)
class Field:
    """A response field. `item` is the page's own notation; `path` where the spec has it."""

    page: str
    api: str
    op_id: str
    item: str
    path: str | None = None
    type: str | None = None
    format: str | None = None
    flag: str | None = None  # the include_* query flag whose description must list it
    says: tuple[str | tuple[str, ...], ...] = ()  # what its description must say

    @property
    def where(self) -> str:
        return self.path or self.item.replace("[].", "/").replace(".", "/")

    @property
    def id(self) -> str:
        return f"{self.page}:{self.op_id}:{self.item}"


def _ib(page: str, item: str, path: str | None = None, **kw: Any) -> Field:
    return Field(page, "instabase", "get_run_results", item, path, **kw)


_R, _C, _V, _S = (
    "include_review_results",
    "include_confidence_scores",
    "include_validation_results",
    "include_source_info",
)
_AV = "availability"


def _review_history(page: str, base: str, item_base: str | None = None) -> list[Field]:
    """An edit history and its sub-paths as the pages list them under include_review_results."""
    ib = item_base or base
    return [
        _ib(page, ib, base, type="array[object]", flag=_R, says=(_AV, _R)),
        _ib(page, f"{ib}/timestamp", f"{base}/timestamp", type="string", flag=_R),
        _ib(page, f"{ib}/user_id", f"{base}/user_id", type="string", flag=_R),
        _ib(page, f"{ib}/modifications", f"{base}/modifications", type="array[object]", flag=_R),
        _ib(page, f"{ib}/modifications/message", f"{base}/modifications/message", flag=_R),
    ]


_DOC = "files/documents"
_FLD = "files/documents/fields"
_CASE = "case_info/fields"
_COORDS = ("top_x", "top_y", "bottom_x", "bottom_y", "page_number")

INSTABASE_FIELDS = [
    # --- 000, the older revision: response fields with their types
    _ib("000", "batch_id", type="string", says=(_AV, "batch")),
    _ib("000", "files", type="array[object]"),
    _ib("000", "has_more", type="boolean", says=("more results",)),
    _ib("000", "review_completed", type="boolean", flag=_R, says=(_AV, _R, "completed")),
    # 000, include_review_results: run or document level
    _ib("000", f"{_DOC}/review_completed", type="boolean", flag=_R, says=(_AV, _R)),
    *_review_history("000", f"{_DOC}/class_edit_history"),
    # 000, include_review_results: extracted field level. 000 writes `files/edit_history/...`
    # under its "extracted field level" heading; read as the field's edit history (001 has the
    # full path; specs/instabase/README.md, "Deviations").
    _ib("000", "edit_history", f"{_FLD}/edit_history", type="array[object]", flag=_R),
    *_review_history("000", f"{_FLD}/edit_history", "files/edit_history")[1:],
    # 000, include_confidence_scores
    _ib("000", f"{_DOC}/classification_confidence/ocr", type="number", flag=_C),
    _ib("000", "confidence/model", f"{_FLD}/confidence/model", type="number", flag=_C),
    # 000, include_validation_results (final_result_pass at the file level: 000 only)
    _ib("000", "files/validations", type="object", says=(_AV, _V, "older")),
    _ib("000", "files/validations/final_result_pass", type="boolean", flag=_V, says=("passed",)),
    _ib("000", "validations/valid", f"{_FLD}/validations/valid", type="boolean", flag=_V),
    _ib("000", "validations/alerts", f"{_FLD}/validations/alerts", type="array", flag=_V),
    # 000, include_source_info
    _ib("000", f"{_DOC}/post_processed_paths", type="array[string]", flag=_S, says=(_AV, _S)),
    *[
        _ib("000", f"source_coordinates/{c}", f"{_FLD}/source_coordinates/{c}", flag=_S)
        for c in _COORDS
    ],
    # --- 001, the current revision
    _ib("001", "status", says=("status of the run",)),
    _ib(
        "001",
        "finish_timestamp",
        type="integer|null",
        says=("when the run finished", "unix", "nanoseconds", "null", "in progress"),
    ),
    _ib(
        "001",
        "case_info",
        type="object",
        says=(("packet-level", "packet level"), ("case-level", "case level"), "cross-class", _R),
    ),
    _ib("001", "has_more", type="boolean", says=("file_offset",)),
    # 001, include_review_results: document, field and packet (case) level
    _ib("001", f"{_DOC}/review_completed", type="boolean", flag=_R, says=(_AV, _R)),
    *_review_history("001", f"{_DOC}/class_edit_history"),
    *_review_history("001", f"{_FLD}/edit_history"),
    *_review_history("001", f"{_CASE}/edit_history"),
    # 001, include_confidence_scores
    _ib("001", f"{_DOC}/classification_confidence", type="object", flag=_C, says=(_AV, _C)),
    _ib("001", f"{_FLD}/confidence", type="object", flag=_C, says=(_AV, _C)),
    _ib("001", f"{_FLD}/confidence/model", type="number", flag=_C),
    _ib("001", f"{_FLD}/confidence/ocr", type="number", flag=_C),
    # 001, include_validation_results
    _ib("001", f"{_DOC}/validations", type="object", flag=_V, says=(_AV, _V)),
    _ib("001", f"{_DOC}/validations/final_result_pass", type="boolean", flag=_V),
    _ib("001", f"{_FLD}/validations", type="object", flag=_V, says=(_AV, _V)),
    _ib("001", f"{_FLD}/validations/valid", type="boolean", flag=_V),
    _ib("001", f"{_FLD}/validations/alerts", type="array", flag=_V),
    _ib("001", f"{_CASE}/validations", type="object", flag=_V, says=(_AV, _V)),
    _ib("001", f"{_CASE}/validations/valid", type="boolean", flag=_V),
    _ib("001", f"{_CASE}/validations/failures", type="array", flag=_V, says=("failed",)),
    # 001, include_source_info
    _ib("001", f"{_DOC}/post_processed_paths", type="array[string]", flag=_S, says=(_AV, _S)),
    _ib(
        "001",
        f"{_DOC}/post_processed_pdf_path",
        # a string; the vendor's published document had a list of paths in mid-2025 (both kept)
        type="string|array",
        flag=_S,
        says=(_AV, _S, "generate_post_process_pdf", "split"),
    ),
    _ib("001", f"{_DOC}/page_layouts", type="array", flag=_S, says=(_AV, _S)),
    _ib("001", f"{_FLD}/source_coordinates", flag=_S, says=(_AV, _S)),
    *[_ib("001", f"{_FLD}/source_coordinates/{c}", flag=_S) for c in _COORDS],
    # 001: field names are converted (the rule is on the field's name)
    _ib(
        "001",
        "field names",
        f"{_FLD}/field_name",
        type="string",
        says=("python", "due_date", "driver_s_license", "_3rd_category", "secret__id"),
    ),
    # 001: "some fields may have failed and have the value ERROR"; errors come back as 200
    _ib("001", "field value ERROR", f"{_FLD}/value", says=("ERROR",)),
    # The vendor's published document carries error details as `error_msg` on fields (and
    # cross-class fields) and has no document-level error property: the document-level part of
    # the statement lives in the operation and 200 descriptions (STATEMENTS below).
    _ib("001", "field-level error details", f"{_FLD}/error_msg", type="string", says=("200",)),
]


def _tl(item: str, type_: str, *says: str | tuple[str, ...], fmt: str | None = None) -> Field:
    return Field("002", "talonic", "get_job_results", item, type=type_, format=fmt, says=says)


TALONIC_FIELDS = [
    _tl("job_id", "string", "UUID", fmt="uuid"),
    _tl("job_status", "string", "status", "processing"),
    _tl("schema", "object|null", "schema", ("{id, name}", "`id`")),
    _tl("schema.id", "string"),
    _tl("schema.name", "string"),
    _tl("total_rows", "integer", "total number of result rows"),
    _tl("data", "array[object]", "result row"),
    _tl("data[].id", "string", "result row", "UUID"),
    _tl("data[].document_id", "string", "source document", "UUID"),
    _tl("data[].filename", "string", "source document", "file"),
    _tl("data[].status", "string", "row", "status"),
    _tl("data[].values", "object", "keyed by", "field name"),
    _tl("data[].confidence", "number|null", "row-level confidence", "0", "1", "0.8"),
    # The page shows strings; Talonic's published schema has objects, so both are accepted.
    _tl(
        "data[].validation_flags",
        "array[string|object]",
        "flag",
        "missing_required_field:",
        "format_mismatch:",
        "phase 4",
    ),
    _tl("links", "object"),
    _tl("links.self", "string", "this results resource"),
    _tl("links.job", "string", "parent job"),
]


def _pr(item: str, type_: str | None, *says: str | tuple[str, ...]) -> Field:
    """Page 003: the response table (`success`, `processorRun`) and its example's fields."""
    return Field("003", "extend", "get_processor_run", item, type=type_, says=says)


EXTEND_PROCESSOR_RUN_FIELDS = [
    _pr("success", "boolean", "successful"),
    _pr("processorRun", "object", "processor run"),
    _pr("processorRun/object", "string", "document_processor_run"),
    _pr("processorRun/id", "string", "dpr_1234"),
    _pr("processorRun/processorId", "string", "processor"),
    _pr("processorRun/processorVersionId", "string", "processor version"),
    _pr("processorRun/processorName", "string", "name"),
    _pr("processorRun/status", "string", "status"),
    _pr("processorRun/metadata", "object", "metadata"),
    _pr("processorRun/reviewed", "boolean", "reviewed"),
    _pr("processorRun/edited", "boolean", "edit"),
    _pr("processorRun/edits", "object", "edits", "review"),
    _pr("processorRun/edits/*/originalValue", None, "before"),
    _pr("processorRun/edits/*/editedValue", None, "after"),
    _pr("processorRun/edits/*/fieldType", "string", "type", "currency"),
    _pr("processorRun/edits/*/notes", "string", "notes"),
    _pr("processorRun/type", "string", "EXTRACT"),
    # Typed from Extend's SDK since issue 11 (the page only points to other pages for these).
    _pr("processorRun/config", "object", "processor configs"),
    _pr("processorRun/initialOutput", "object", "output types"),
    _pr("processorRun/reviewedOutput", "object", "output types", "review"),
    _pr("processorRun/output", "object", "output types", "final"),
    _pr("processorRun/files", "array[object]", "files"),
    _pr("processorRun/files/name", "string", "invoice.pdf"),
    _pr("processorRun/url", "string", "https://platform.extend.app/processor-runs/dpr_1234"),
]


def _cr(
    item: str, type_: str | None, *says: str | tuple[str, ...], fmt: str | None = None
) -> Field:
    """Page 004: the classify run's fields, each with the availability rule the page gives."""
    return Field("004", "extend", "get_classify_run", item, type=type_, format=fmt, says=says)


_REF = ("classifier reference", "inline config")
_RFC = ("UTC", "RFC 3339", "2024-03-21T16:45:00Z")
EXTEND_CLASSIFY_RUN_FIELDS = [
    _cr("object", "string", "type of object", "classify_run"),
    _cr("id", "string", "unique identifier", "clr_Xj8mK2pL9nR4vT7qY5wZ"),
    _cr("classifier", "object", "classifier", _AV, *_REF),
    _cr("classifierVersion", "object", "version of the classifier", _AV, *_REF),
    _cr("status", "string", "status"),
    _cr("output", "object", "final output", "reviewed output", "initial output", _AV, "PROCESSED"),
    _cr("initialOutput", "object", "before any review", _AV, "reviewed"),
    _cr("reviewedOutput", "object", "after human review", _AV, "reviewed"),
    _cr("reviewed", "boolean", "reviewed"),
    _cr("failureReason", "string", "reason", _AV, "FAILED"),
    _cr("failureMessage", "string", "message about the failure", _AV, "FAILED"),
    _cr("metadata", "object", "metadata", _AV, "metadata was provided"),
    _cr("parseRunId", "string", "parse run", _AV, "parse run was created"),
    _cr(
        "usage",
        "object",
        "usage credits",
        _AV,
        ("October 7, 2025", "2025-10-07"),
        "legacy billing",
    ),
    _cr("createdAt", "string", "created", *_RFC, fmt="date-time"),
    _cr("updatedAt", "string", "last updated", *_RFC, fmt="date-time"),
]

FIELDS = [
    *INSTABASE_FIELDS,
    *TALONIC_FIELDS,
    *EXTEND_PROCESSOR_RUN_FIELDS,
    *EXTEND_CLASSIFY_RUN_FIELDS,
]


@pytest.mark.parametrize("row", [case(r) for r in FIELDS])
def test_response_field(row: Field) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.item} ({row.op_id} 200 body: {row.where})"
    node = walk(doc, body_schema(doc, row.op_id), row.where, what)
    if row.type:
        check_type(doc, node, row.type, what)
    if row.format:
        formats = {b.get("format") for b in branches(doc, node)}
        assert row.format in formats, f"{what}: no format {row.format} (has {formats - {None}})"
    text = describe(doc, node)
    assert text.strip(), f"{what} has no description"
    assert_mentions(text, row.says, f"{what} description")
    media = response(doc, row.op_id, "200")["content"]["application/json"]
    assert any(
        list(values_at(resolve(doc, e).get("value"), row.where))
        for e in media.get("examples", {}).values()
    ), f"{what}: no 200 example shows it"
    if row.flag:
        leaf = row.where.split("/")[-1]
        flag_text = describe(doc, parameter(doc, row.op_id, row.flag, "query"))
        assert_mentions(flag_text, (leaf,), f"page {row.page}: {row.item}: {row.flag} description")


@dataclass(frozen=True)
class EnumValue:
    page: str
    api: str
    op_id: str
    path: str  # the field, in the 200 body
    value: str
    meaning: tuple[str | tuple[str, ...], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.page}:{self.op_id}:{self.path}={self.value}"


_RUN_STATUS = {
    "CANCELLED": ("cancelled",),
    "COMPLETE": ("successfully completed", "human review", "ERROR"),
    "FAILED": ("failed to complete",),
    "PAUSED": ("reserved for future use",),
    "RUNNING": ("in progress", "not paused"),
    "STOPPED_AT_CHECKPOINT": ("validation error", "human review"),
}
_EXTEND_STATUS = {
    "PENDING": ("waiting to be processed",),
    "PROCESSING": ("in progress",),
    "PROCESSED": ("completed successfully",),
    "FAILED": ("failed",),
    "CANCELLED": ("cancelled",),
}
_FAILURE_REASONS = {
    "ABORTED": ("aborted by the user",),
    "INTERNAL_ERROR": ("internal error",),
    "FAILED_TO_PROCESS_FILE": ("file", "OCR", "file access"),
    "INVALID_PROCESSOR": ("processor configuration is invalid",),
    "INVALID_CONFIGURATION": ("incompatible with the selected model",),
    "PARSING_ERROR": ("parse", "classification output"),
    "PRE_PROCESSING_FAILURE": ("preprocessing",),
    "POST_PROCESSING_FAILURE": ("postprocessing",),
    "OUT_OF_CREDITS": ("credits",),
}
ENUM_VALUES = [
    *[EnumValue("001", *_IB, "status", v, m) for v, m in _RUN_STATUS.items()],
    *[
        EnumValue("002", "talonic", "get_job_results", "job_status", v, (v,))
        for v in ("complete", "processing", "failed")
    ],
    *[
        EnumValue("002", "talonic", "get_job_results", "data/status", v, (v,))
        for v in ("approved", "review")
    ],
    EnumValue("003", "extend", "get_processor_run", "processorRun/status", "PROCESSED"),
    EnumValue("003", "extend", "get_processor_run", "processorRun/type", "EXTRACT"),
    *[
        EnumValue("004", "extend", "get_classify_run", "status", v, m)
        for v, m in _EXTEND_STATUS.items()
    ],
    *[
        EnumValue("004", "extend", "get_classify_run", "failureReason", v, m)
        for v, m in _FAILURE_REASONS.items()
    ],
]


@pytest.mark.parametrize("row", [case(r) for r in ENUM_VALUES])
def test_enum_value(row: EnumValue) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.path} value {row.value} ({row.op_id})"
    node = walk(doc, body_schema(doc, row.op_id), row.path, what)
    values = enum_values(doc, node)
    assert row.value in values, f"{what}: not in the enum {values}"
    assert is_open_enum(doc, node), f"{what}: the enum is closed (want anyOf [enum, string])"
    assert_mentions(describe(doc, node), (row.value, *row.meaning), f"{what}: description")
    media = response(doc, row.op_id, "200")["content"]["application/json"]
    shown = {
        v
        for e in media.get("examples", {}).values()
        for v in values_at(resolve(doc, e).get("value"), row.path)
    }
    assert row.value in shown, f"{what}: no 200 example shows it (examples show {sorted(shown)})"


@dataclass(frozen=True)
class Error:
    page: str
    api: str
    op_id: str
    status: str
    code: str | None  # the documented error code (Talonic only)
    schema: str
    says: tuple[str | tuple[str, ...], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.page}:{self.op_id}:{self.status}:{self.code or 'error'}"


_JUDGEMENT = ("judgement call",)
# Extend's pages declare no errors; its SDK (issue 11, specs/extend/sources/README.md) does.
_EXTEND_SDK_DECLARES = (("judgement call", "Extend's SDK declares"),)
ERRORS = [
    Error("002", "talonic", "get_job_results", "400", "validation_error", "Error", ("UUID",)),
    Error("002", "talonic", "get_job_results", "401", "unauthorized", "Error", ("API key",)),
    Error("002", "talonic", "get_job_results", "404", "not_found", "Error", ("organization",)),
    Error("002", "talonic", "get_job_results", "429", "rate_limited", "Error", ("Retry-After",)),
    *[
        Error("issue-3", "instabase", "get_run_results", s, None, "ErrorResponse", _JUDGEMENT)
        for s in ("401", "404", "429", "500")
    ],
    *[
        Error("issue-3", "extend", op, s, None, "ErrorResponse", _EXTEND_SDK_DECLARES)
        for op in ("get_processor_run", "get_classify_run")
        for s in ("401", "404", "429", "500")
    ],
]


def _nested_code(body: Node) -> Any:
    """`error.code` of a nested error body (Talonic's flat envelope has `error` as a string)."""
    error = body.get("error")
    return error.get("code") if isinstance(error, dict) else None


@pytest.mark.parametrize("row", [case(r) for r in ERRORS])
def test_error(row: Error) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.op_id} error {row.status} {row.code or ''}".rstrip()
    resp = response(doc, row.op_id, row.status)
    schema = body_schema(doc, row.op_id, row.status)
    assert schema.get("$ref") == f"#/components/schemas/{row.schema}", (
        f"{what}: body is {schema}, not the named schema {row.schema}"
    )
    assert_mentions(resp.get("description", ""), row.says, f"{what}: response description")
    examples = resp["content"]["application/json"].get("examples", {})
    assert examples, f"{what}: no example body"
    if row.code:
        assert_mentions(resp["description"], (row.code,), f"{what}: response description")
        code_node = walk(doc, schema, "error/code", what)
        assert row.code in enum_values(doc, code_node), f"{what}: {row.code} not in the codes"
        codes = [_nested_code(e.get("value", {})) for e in examples.values()]
        assert row.code in codes, f"{what}: no example with code {row.code} (has {codes})"


@dataclass(frozen=True)
class ResponseHeader:
    page: str
    api: str
    op_id: str
    status: str
    name: str
    type: str
    says: tuple[str | tuple[str, ...], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.page}:{self.op_id}:{self.status}:{self.name}"


RESPONSE_HEADERS = [
    ResponseHeader(
        "002", "talonic", "get_job_results", "429", "Retry-After", "integer", ("seconds",)
    ),
    ResponseHeader(
        "issue-3", "instabase", "get_run_results", "429", "Retry-After", "integer", ("seconds",)
    ),
    *[
        ResponseHeader("issue-3", "extend", op, "429", "Retry-After", "integer", ("seconds",))
        for op in ("get_processor_run", "get_classify_run")
    ],
]


@pytest.mark.parametrize("row", [case(r) for r in RESPONSE_HEADERS])
def test_response_header(row: ResponseHeader) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.op_id} {row.status} header {row.name}"
    headers = response(doc, row.op_id, row.status).get("headers", {})
    assert row.name in headers, f"{what}: not declared (has {sorted(headers)})"
    header = resolve(doc, headers[row.name])
    check_type(doc, header.get("schema", {}), row.type, what)
    assert_mentions(describe(doc, header), row.says, f"{what}: description")


@dataclass(frozen=True)
class Server:
    api: str
    url: str

    @property
    def id(self) -> str:
        return f"INDEX:{self.api}:{self.url}"


SERVERS = [
    Server("instabase", "https://aihub.instabase.com/api"),
    Server("talonic", "https://api.talonic.com"),
    Server("extend", "https://api.extend.ai"),
    Server("extend", "https://api.us2.extend.app"),
    Server("extend", "https://api.eu1.extend.ai"),
]


@pytest.mark.parametrize("row", [case(r) for r in SERVERS])
def test_server(row: Server) -> None:
    doc = spec(row.api)
    urls = [s["url"] for s in doc.get("servers", [])]
    assert row.url in urls, f"INDEX: {row.api} server {row.url} missing (has {urls})"
    server = next(s for s in doc["servers"] if s["url"] == row.url)
    assert server.get("description"), f"INDEX: {row.api} server {row.url} has no description"


@dataclass(frozen=True)
class Security:
    page: str
    api: str
    says: tuple[str | tuple[str, ...], ...] = ()

    @property
    def id(self) -> str:
        return f"{self.page}:{self.api}:bearerAuth"


SECURITY = [
    Security("INDEX", "instabase", ("Authorization: Bearer",)),
    Security("INDEX", "talonic", ("Authorization: Bearer", "tlnc_")),
    Security("003", "extend", ("Authorization: Bearer",)),
    Security("004", "extend", ("Bearer <token>",)),
]


@pytest.mark.parametrize("row", [case(r) for r in SECURITY])
def test_security(row: Security) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.api} security scheme bearerAuth"
    schemes = doc.get("components", {}).get("securitySchemes", {})
    assert "bearerAuth" in schemes, f"{what}: missing (has {sorted(schemes)})"
    scheme = resolve(doc, schemes["bearerAuth"])
    assert (scheme.get("type"), scheme.get("scheme")) == ("http", "bearer"), f"{what}: {scheme}"
    assert {"bearerAuth": []} in doc.get("security", []), f"{what}: not required by default"
    for _path, item in doc["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and "security" in op:
                assert {"bearerAuth": []} in op["security"], f"{what}: {op['operationId']} opts out"
    assert_mentions(describe(doc, scheme), row.says, f"{what}: description")


@dataclass(frozen=True)
class Statement:
    """A rule the page states, which a reader of the generated docstrings must find."""

    page: str
    api: str
    name: str
    where: tuple[str, ...]  # ("op", op_id) | ("response", op_id, status) | ("field", op_id, path)
    says: tuple[str | tuple[str, ...], ...]

    @property
    def id(self) -> str:
        return f"{self.page}:{self.name}@{'/'.join(self.where)}"


_CONVERSIONS = (
    "due date",
    "due_date",
    "driver's license",
    "driver_s_license",
    "3rd category",
    "_3rd_category",
    "secret_id",
    "secret__id",
)
_IN_BODY_ERRORS = ("class", "field", "document", "200", "error details")
STATEMENTS = [
    Statement(
        "001",
        "instabase",
        "pagination rule",
        ("op", "get_run_results"),
        ("paginated", "has_more", "file_offset", "until `has_more` is `false`"),
    ),
    Statement(
        "001",
        "instabase",
        "pagination rule",
        ("field", "get_run_results", "has_more"),
        ("file_offset",),
    ),
    Statement(
        "001",
        "instabase",
        "field-name conversion",
        ("op", "get_run_results"),
        ("valid python variable names", *_CONVERSIONS, "automation project"),
    ),
    Statement(
        "001",
        "instabase",
        "field-name conversion",
        ("field", "get_run_results", f"{_FLD}/field_name"),
        _CONVERSIONS,
    ),
    Statement(
        "001",
        "instabase",
        "finish time in Unix nanoseconds",
        ("field", "get_run_results", "finish_timestamp"),
        ("unix", "nanoseconds", "null", "in progress"),
    ),
    Statement(
        "001",
        "instabase",
        "errors at class/field/document level come back as 200",
        ("op", "get_run_results"),
        _IN_BODY_ERRORS,
    ),
    Statement(
        "001",
        "instabase",
        "errors at class/field/document level come back as 200",
        ("response", "get_run_results", "200"),
        ("Run results retrieved successfully", "class", "field", "document", "error details"),
    ),
    Statement(
        "000",
        "instabase",
        "no original and corrected review values",
        ("param", "get_run_results", "include_review_results"),
        ("original and corrected",),
    ),
    Statement(
        "002",
        "talonic",
        "results while processing",
        ("op", "get_job_results"),
        ("progressive", "each", "phase", "processing"),
    ),
    Statement(
        "002",
        "talonic",
        "confidence below 0.8 warrants review",
        ("op", "get_job_results"),
        ("0.8", "manual review"),
    ),
    Statement(
        "002",
        "talonic",
        "validation flag kinds",
        ("op", "get_job_results"),
        ("missing_required_field:", "format_mismatch:", "phase 4"),
    ),
    Statement(
        "003",
        "extend",
        "polling instead of webhooks",
        ("op", "get_processor_run"),
        ("poll", "run processor", "webhooks"),
    ),
    Statement(
        "004",
        "extend",
        "unknown failure reasons must be handled",
        ("field", "get_classify_run", "failureReason"),
        ("may be added", "handle unknown values gracefully"),
    ),
    Statement(
        "004",
        "extend",
        "status meanings apply to extract, classify and split runs",
        ("field", "get_classify_run", "status"),
        ("extract", "classify", "split"),
    ),
    Statement(
        "INDEX",
        "extend",
        "the API version is chosen with a request header",
        ("info",),
        ("x-extend-api-version",),
    ),
]


def statement_text(doc: Node, where: tuple[str, ...], what: str) -> str:
    kind, *args = where
    if kind == "op":
        _, _, op = operation(doc, args[0])
        return f"{op.get('summary', '')}\n{op.get('description', '')}"
    if kind == "response":
        return str(response(doc, args[0], args[1]).get("description", ""))
    if kind == "field":
        return describe(doc, walk(doc, body_schema(doc, args[0]), args[1], what))
    if kind == "param":
        return describe(doc, parameter(doc, args[0], args[1], "query"))
    if kind == "info":
        return str(doc["info"].get("description", ""))
    raise AssertionError(f"unknown location {where}")


@pytest.mark.parametrize("row", [case(r) for r in STATEMENTS])
def test_statement(row: Statement) -> None:
    what = f"page {row.page}: {row.name}: {'/'.join(row.where)}"
    assert_mentions(statement_text(spec(row.api), row.where, what), row.says, what)


@dataclass(frozen=True)
class OpenObject:
    """An object the page references without defining it: any JSON object, and says so."""

    page: str
    api: str
    op_id: str
    path: str
    says: tuple[str | tuple[str, ...], ...] = (("any JSON object", "open"),)

    @property
    def id(self) -> str:
        return f"{self.page}:{self.op_id}:{self.path}"


OPEN_OBJECTS = [
    # Extend's config, outputs, classifier, classifier version and usage were open here until
    # issue 11 typed them from Extend's SDK (specs/extend/sources/README.md).
    OpenObject("003", "extend", "get_processor_run", "processorRun/metadata"),
    OpenObject("003", "extend", "get_processor_run", "processorRun/files", ("File object",)),
    OpenObject("004", "extend", "get_classify_run", "metadata"),
    OpenObject(
        "002",
        "talonic",
        "get_job_results",
        "data/values",
        (("any JSON", "whatever JSON"), "keyed by"),
    ),
    OpenObject("001", "instabase", "get_run_results", f"{_DOC}/page_layouts"),
    OpenObject("001", "instabase", "get_run_results", f"{_CASE}/validations/failures"),
    OpenObject("aihub-openapi", "instabase", "get_run_results", "keys/custom", ("key/value",)),
]


@pytest.mark.parametrize("row", [case(r) for r in OPEN_OBJECTS])
def test_open_object(row: OpenObject) -> None:
    doc = spec(row.api)
    what = f"page {row.page}: {row.path} ({row.op_id})"
    node = walk(doc, body_schema(doc, row.op_id), row.path, what)
    target = step_into_arrays(doc, node)
    assert "object" in (types_of(doc, target) or {"object"}), f"{what} is not an object"
    assert target.get("additionalProperties", True) is not False, f"{what} is closed"
    assert not target.get("required"), f"{what} requires {target['required']}"
    assert_mentions(describe(doc, node) + describe(doc, target), row.says, f"{what}: description")


# --- the page example bodies, verbatim ---------------------------------------------------------

TALONIC_PAGE_EXAMPLE = """
{
  "job_id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
  "job_status": "complete",
  "schema": { "id": "sch_uuid_1", "name": "Invoice" },
  "total_rows": 2,
  "data": [
    {
      "id": "res_uuid_1",
      "document_id": "doc_uuid_1",
      "filename": "invoice_oct.pdf",
      "status": "approved",
      "values": {
        "invoice_number": "INV-2024-001",
        "vendor": "Acme Corp",
        "total": 4250.00,
        "date": "2024-10-01"
      },
      "confidence": 0.94,
      "validation_flags": []
    },
    {
      "id": "res_uuid_2",
      "document_id": "doc_uuid_2",
      "filename": "invoice_nov.pdf",
      "status": "review",
      "values": {
        "invoice_number": "INV-2024-002",
        "vendor": "Acme Corp",
        "total": null,
        "date": "2024-11-15"
      },
      "confidence": 0.71,
      "validation_flags": ["missing_required_field:total"]
    }
  ],
  "links": {
    "self": "/v1/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890/results",
    "job": "/v1/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890"
  }
}
"""

# Page 003's example response; its `// Config object - see ...` placeholder comments become {}.
EXTEND_PAGE_003_EXAMPLE = """
{
 "success": true,
 "processorRun": {
 "object": "document_processor_run",
 "id": "dpr_1234",
 "processorId": "dp_5678",
 "processorVersionId": "dpv_91011",
 "processorName": "Invoice Extractor",
 "status": "PROCESSED",
 "metadata": {
 "internal_id": "id_1234"
 },
 "reviewed": true,
 "edited": true,
 "edits": {
 "total_amount": {
 "originalValue": "1000.00",
 "editedValue": "1100.00",
 "fieldType": "currency",
 "notes": "Corrected after tax calculation"
 }
 },
 "type": "EXTRACT",
 "config": {},
 "initialOutput": {},
 "reviewedOutput": {},
 "output": {},
 "files": [
 {
 "name": "invoice.pdf"
 }
 ],
 "url": "https://platform.extend.app/processor-runs/dpr_1234"
 }
}
"""


@pytest.mark.parametrize(
    ("page", "api", "op_id", "body"),
    [
        pytest.param("002", "talonic", "get_job_results", TALONIC_PAGE_EXAMPLE, id="002:example"),
        pytest.param(
            "003", "extend", "get_processor_run", EXTEND_PAGE_003_EXAMPLE, id="003:example"
        ),
    ],
)
def test_page_example_verbatim(page: str, api: str, op_id: str, body: str) -> None:
    doc = spec(api)
    expected = json.loads(body)
    media = response(doc, op_id, "200")["content"]["application/json"]
    values = [resolve(doc, e).get("value") for e in media.get("examples", {}).values()]
    assert expected in values, f"page {page}: the page's example body is not among {op_id}'s"
    # and the same key order, so the docs show it as the page does
    match = next(v for v in values if v == expected)
    assert json.dumps(match) == json.dumps(expected), f"page {page}: example reordered"


# --- whole-spec rules --------------------------------------------------------------------------


def response_schemas(doc: Node) -> Iterator[tuple[str, Any]]:
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, resp in op["responses"].items():
                for media, content in resolve(doc, resp).get("content", {}).items():
                    if "schema" in content:
                        yield f"{method.upper()} {path} {status} {media}", content["schema"]


def subschemas(doc: Node, root: Any) -> Iterator[tuple[str, Node]]:
    """Every schema reachable from `root` (following `$ref`s once each), with a readable path."""
    seen: set[int] = set()
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        where, node = stack.pop()
        if not isinstance(node, dict):
            continue
        if "$ref" in node:
            stack.append((node["$ref"], pointer_get(doc, node["$ref"])))
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield where, node
        for key, sub in node.get("properties", {}).items():
            stack.append((f"{where}/properties/{key}", sub))
        for key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
            if isinstance(node.get(key), dict):
                stack.append((f"{where}/{key}", node[key]))
        for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            for i, sub in enumerate(node.get(key, [])):
                stack.append((f"{where}/{key}/{i}", sub))


@pytest.mark.parametrize("api", APIS)
def test_nothing_required_in_responses(api: str) -> None:
    """No page guarantees a response field: nothing is `required` (Availability goes in text)."""
    doc = spec(api)
    found = [
        f"{origin}: {where or '/'} requires {node['required']}"
        for origin, root in response_schemas(doc)
        for where, node in subschemas(doc, root)
        if node.get("required")
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("api", APIS)
def test_every_object_is_open(api: str) -> None:
    doc = spec(api)
    roots = [("components", s) for s in doc["components"].get("schemas", {}).values()]
    roots += list(response_schemas(doc))
    closed = sorted(
        {
            where
            for _, root in roots
            for where, node in subschemas(doc, root)
            if node.get("additionalProperties") is False
            or node.get("unevaluatedProperties") is False
        }
    )
    assert not closed, f"{api}: closed objects (additionalProperties: false): {closed}"


@pytest.mark.parametrize("api", APIS)
def test_every_enum_is_open(api: str) -> None:
    """Enums are `anyOf: [{enum: [...]}, {type: string}]`: the vendors promise new values."""
    doc = spec(api)
    open_branches: set[int] = set()
    enums: list[tuple[str, Node]] = []
    for _, root in response_schemas(doc):
        for where, node in subschemas(doc, root):
            if is_open_enum(doc, node):
                open_branches |= {id(resolve(doc, b)) for b in node.get("anyOf", [])}
                open_branches |= {id(resolve(doc, b)) for b in node.get("oneOf", [])}
            if "enum" in node or "const" in node:
                enums.append((where, node))
    closed = [where for where, node in enums if id(node) not in open_branches]
    assert enums, f"{api}: no enums found in the response schemas"
    assert not closed, f"{api}: closed enums at {closed}"


def media_examples() -> Iterator[Any]:
    for api in APIS:
        doc = spec(api)
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                for status, resp in op["responses"].items():
                    content = resolve(doc, resp).get("content", {})
                    for media, body in content.items():
                        for name in body.get("examples", {}):
                            ptr = (
                                f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}"
                                f"/responses/{status}/content/{media.replace('/', '~1')}"
                            )
                            yield pytest.param(
                                api, ptr, name, id=f"{api}:{op['operationId']}-{name}"
                            )


@pytest.mark.parametrize(("api", "media_ptr", "name"), list(media_examples()))
def test_example_is_valid(api: str, media_ptr: str, name: str) -> None:
    doc = spec(api)
    media = pointer_get(doc, media_ptr)
    example = resolve(doc, media["examples"][name])
    assert "value" in example, f"{api}: {media_ptr}/examples/{name} has no inlined value"
    assert example.get("summary"), f"{api}: {media_ptr}/examples/{name} has no summary"
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(doc))
    validator = Draft202012Validator(
        {"$ref": f"urn:spec#{media_ptr}/schema"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    errors = [
        f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}"
        for e in validator.iter_errors(example["value"])
    ]
    assert not errors, f"{api}: {media_ptr}/examples/{name}:\n" + "\n".join(errors)


# --- the audit itself fails when an item goes missing ------------------------------------------


def _mutated(monkeypatch: pytest.MonkeyPatch, api: str, change: Any) -> None:
    doc = copy.deepcopy(spec(api))
    change(doc)
    monkeypatch.setattr(sys.modules[__name__], "spec", lambda name: doc)


def test_a_missing_field_fails_naming_page_and_item(monkeypatch: pytest.MonkeyPatch) -> None:
    row = next(r for r in FIELDS if r.id == "001:get_run_results:finish_timestamp")
    _mutated(
        monkeypatch,
        "instabase",
        lambda d: d["components"]["schemas"]["RunResults"]["properties"].pop("finish_timestamp"),
    )
    with pytest.raises(
        AssertionError, match=r"page 001: finish_timestamp .*has no property 'finish_timestamp'"
    ):
        test_response_field(row)


def test_a_wrong_type_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    row = next(r for r in FIELDS if r.id == "002:get_job_results:data[].confidence")
    _mutated(
        monkeypatch,
        "talonic",
        lambda d: d["components"]["schemas"]["ResultRow"]["properties"]["confidence"].update(
            type="number"
        ),
    )
    with pytest.raises(AssertionError, match=r"does not allow null; the page says number\|null"):
        test_response_field(row)


def test_a_closed_enum_and_a_required_field_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    def close(doc: Node) -> None:
        schemas = doc["components"]["schemas"]
        schemas["ClassifyFailureReason"] = {"type": "string", "enum": ["ABORTED"]}
        schemas["ClassifyRun"]["required"] = ["id"]
        schemas["Usage"]["additionalProperties"] = False

    _mutated(monkeypatch, "extend", close)
    with pytest.raises(AssertionError, match="closed enums"):
        test_every_enum_is_open("extend")
    with pytest.raises(AssertionError, match=r"requires \['id'\]"):
        test_nothing_required_in_responses("extend")
    with pytest.raises(AssertionError, match="closed objects"):
        test_every_object_is_open("extend")
