"""Instabase `get_run_results` against bodies shaped as the vendor publishes them.

`PUBLISHED` restates, as facts, what the vendor's published OpenAPI document (repository
`instabase/aihub-openapi`, every release of it on its main line) says about the objects of this
operation: each property with its JSON type and the dates between which the vendor published it
(specs/instabase/sources/README.md lists the commits and what each changed). From it the tests
build, for every published version, the body that carries every property of that version, and
assert what a consumer relies on:

- the spec validates it;
- both generated packages parse it, every key landing in a declared attribute (only the objects
  the spec keeps open on purpose, the user's custom keys and alert locations, hold free keys);
- the round trip gives back the same JSON;
- unknown properties and unknown enum values still parse and round-trip, and are reported by
  `undeclared_keys`.

The examples in specs/instabase/examples/ are also held against the published facts of the
version each one shows: only published keys, with the published types.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import instabase_client
import instabase_models
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from docspecs import Project
from docspecs.bundle import bundle
from docspecs.testing import Target
from docspecs.undeclared import undeclared_keys

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "specs" / "instabase" / "examples"

# The dates of the published document's releases that changed this operation's objects (the
# main-line merge dates; sources README). A property published from `since` up to, not
# including, `until`.
FIRST = "2024-10-17"
VERSIONS = (
    "2024-10-17",
    "2025-03-12",
    "2025-03-19",
    "2025-03-27",
    "2025-04-09",
    "2025-06-12",
    "2025-06-16",
    "2025-06-26",
    "2025-09-05",
    "2025-11-19",
    "2026-01-05",
    "2026-01-13",
    "2026-01-15",
    "2026-08-17",
)
CURRENT = VERSIONS[-1]

STRING: dict[str, Any] = {"type": "string"}
BOOLEAN: dict[str, Any] = {"type": "boolean"}
INTEGER: dict[str, Any] = {"type": "integer"}
NUMBER_OR_NULL: dict[str, Any] = {"type": ["number", "null"]}
STRING_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}
OPEN_OBJECT: dict[str, Any] = {"type": "object"}  # the vendor names no properties


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


@dataclass(frozen=True)
class Fact:
    """One property of one of the vendor's named objects, as published between two dates."""

    obj: str  # the vendor's object name (inline objects get a path-like name)
    name: str
    schema: dict[str, Any]
    since: str = FIRST
    until: str | None = None
    required_since: str | None = None  # the vendor lists it as required from this date

    def published(self, version: str) -> bool:
        return self.since <= version and (self.until is None or version < self.until)


RUN_STATUSES = ("CANCELLED", "COMPLETE", "FAILED", "PAUSED", "RUNNING", "STOPPED_AT_CHECKPOINT")

PUBLISHED = (
    # resultsResponse
    Fact("resultsResponse", "id", STRING, since="2026-01-05"),
    Fact("resultsResponse", "status", {"enum": list(RUN_STATUSES)}, since="2026-01-05"),
    Fact("resultsResponse", "msg", STRING_OR_NULL, since="2026-01-05", until="2026-01-13"),
    Fact("resultsResponse", "message", STRING_OR_NULL, since="2026-01-13"),
    Fact("resultsResponse", "start_timestamp", INTEGER, since="2026-01-05"),
    Fact("resultsResponse", "finish_timestamp", {"type": ["integer", "null"]}, since="2026-01-05"),
    Fact("resultsResponse", "batch_id", STRING),
    Fact("resultsResponse", "files", array(ref("fileWithDocuments"))),
    Fact("resultsResponse", "keys", ref("keys"), since="2025-06-16"),
    Fact("resultsResponse", "case_info", ref("caseInfo"), since="2025-09-05"),
    Fact("resultsResponse", "review_completed", BOOLEAN),
    Fact("resultsResponse", "has_more", BOOLEAN),
    Fact("keys", "custom", OPEN_OBJECT, since="2025-06-16"),
    # fileWithDocuments
    Fact("fileWithDocuments", "original_file_name", STRING),
    Fact("fileWithDocuments", "input_file_path", STRING, since="2025-03-12"),
    Fact("fileWithDocuments", "documents", array(ref("document"))),
    # document
    Fact("document", "doc_id", INTEGER, until="2025-03-12"),
    Fact("document", "fields", array(ref("documentField"))),
    Fact("document", "review_completed", BOOLEAN),
    Fact("document", "class_name", STRING_OR_NULL),
    Fact("document", "page_numbers", array(INTEGER), since="2025-03-12"),
    Fact("document", "page_layouts", array(ref("pageLayout")), since="2026-01-05"),
    Fact("document", "post_processed_paths", array(STRING)),
    Fact(
        "document",
        "post_processed_pdf_path",
        array(STRING),
        since="2025-03-27",
        until="2025-06-26",
    ),
    Fact("document", "post_processed_pdf_path", STRING, since="2025-06-26"),
    Fact("document", "class_edit_history", array(ref("modificationObject"))),
    Fact("document", "validations", ref("document.validations")),
    Fact(
        "document",
        "classification_confidence",
        ref("document.classification_confidence"),
        since="2025-04-09",
    ),
    Fact("document.validations", "final_result_pass", BOOLEAN),
    Fact("document.classification_confidence", "model", NUMBER_OR_NULL, since="2025-04-09"),
    # documentField
    Fact("documentField", "field_name", STRING),
    Fact("documentField", "value", STRING),
    Fact("documentField", "type", STRING),
    Fact("documentField", "error_msg", STRING, since="2025-06-12"),
    Fact("documentField", "source_coordinates", array(ref("fieldSourceCoordinates"))),
    Fact("documentField", "edit_history", array(ref("modificationObject"))),
    Fact("documentField", "confidence", ref("documentField.confidence")),
    Fact("documentField", "validations", ref("documentField.validations")),
    Fact("documentField.confidence", "model", NUMBER_OR_NULL),
    Fact("documentField.confidence", "ocr", NUMBER_OR_NULL, since="2025-03-19"),
    Fact("documentField.validations", "valid", BOOLEAN),
    Fact("documentField.validations", "alerts", array(ref("documentField.validations.alert"))),
    Fact("documentField.validations.alert", "alert_level", {"enum": ["FAILURE"]}),
    Fact("documentField.validations.alert", "msg", STRING),
    Fact("documentField.validations.alert", "blocked", BOOLEAN),
    Fact("documentField.validations.alert", "type", STRING),
    Fact("documentField.validations.alert", "locations", OPEN_OBJECT, until="2026-01-15"),
    Fact("documentField.validations.alert", "locations", array(OPEN_OBJECT), since="2026-01-15"),
    # fieldSourceCoordinates
    *(
        Fact("fieldSourceCoordinates", name, {"type": "number"})
        for name in ("top_x", "top_y", "bottom_x", "bottom_y")
    ),
    Fact("fieldSourceCoordinates", "page_number", {"type": "integer", "minimum": 0}),
    # modificationObject
    Fact("modificationObject", "timestamp", STRING, required_since="2025-09-05"),
    Fact("modificationObject", "user_id", STRING, required_since="2025-09-05"),
    Fact("modificationObject", "modifications", array(ref("modificationObject.modification"))),
    Fact("modificationObject.modification", "message", STRING, until="2026-08-17"),
    Fact("modificationObject.modification", "message", STRING_OR_NULL, since="2026-08-17"),
    # pageLayout (all three required since it was published)
    *(
        Fact("pageLayout", name, schema, since="2026-01-05", required_since="2026-01-05")
        for name, schema in (
            ("page_number", {"type": "integer", "minimum": 0}),
            ("width", {"type": "number"}),
            ("height", {"type": "number"}),
        )
    ),
    # caseInfo, caseInfoField, caseInputField
    Fact("caseInfo", "fields", array(ref("caseInfoField")), since="2025-09-05"),
    Fact("caseInfoField", "name", STRING, since="2025-09-05", required_since="2025-09-05"),
    Fact("caseInfoField", "value", STRING, since="2025-09-05", required_since="2025-09-05"),
    Fact("caseInfoField", "input_fields", array(ref("caseInputField")), since="2025-09-05"),
    Fact(
        "caseInfoField",
        "chosen_field",
        {"oneOf": [ref("caseInputField"), {"type": "null"}]},
        since="2025-09-05",
    ),
    Fact("caseInfoField", "error_msg", STRING, since="2025-09-05"),
    Fact("caseInfoField", "edit_history", array(ref("modificationObject")), since="2025-09-05"),
    Fact("caseInfoField", "validations", ref("caseInfoField.validations"), since="2025-11-19"),
    Fact(
        "caseInfoField.validations",
        "valid",
        BOOLEAN,
        since="2025-11-19",
        required_since="2025-11-19",
    ),
    Fact(
        "caseInfoField.validations",
        "failures",
        array(ref("caseInfoField.validations.failure")),
        since="2025-11-19",
    ),
    *(
        Fact(
            "caseInfoField.validations.failure",
            name,
            STRING,
            since="2025-11-19",
            required_since="2025-11-19",
        )
        for name in ("type", "msg")
    ),
    Fact("caseInputField", "record_index", {"type": "integer", "minimum": 0}, since="2025-09-05"),
    Fact("caseInputField", "refined_phrase_name", STRING, since="2025-09-05"),
    # error (the default response of every error status)
    Fact("error", "message", STRING),
)

# The vendor's words for the values it names (sources README): the failure types it gives as
# examples, and the one alert level it says is always set.
FAILURE_TYPES = ("lambda_code", "all_inputs_match")

# Keys the older reference page (000) lists that no release of the published document has:
# file-level validations and an OCR confidence of the classification. Allowed only in the
# example that shows that page's shape.
PAGE_000_ONLY = {
    "fileWithDocuments": {"validations": ref("fileValidations")},
    "document": {"classification_confidence": ref("page000ClassificationConfidence")},
}
PAGE_000_DEFS = {
    "fileValidations": {
        "type": "object",
        "properties": {"final_result_pass": BOOLEAN},
        "additionalProperties": False,
    },
    "page000ClassificationConfidence": {
        "type": "object",
        "properties": {"ocr": {"type": "number"}},
        "additionalProperties": False,
    },
}

# Which published version each example shows (the rest show the current one).
EXAMPLE_VERSIONS = {
    "legacy_file_validations": "2024-10-17",
    "mid_2025_pdf_path_list": "2025-06-16",
    "january_2026_msg": "2026-01-05",
}


def published_schema(version: str, *, page_000: bool = False) -> dict[str, Any]:
    """The vendor's published schema of `version` as JSON Schema, closed to unpublished keys."""
    defs: dict[str, dict[str, Any]] = {}
    for fact in PUBLISHED:
        node = defs.setdefault(
            fact.obj, {"type": "object", "properties": {}, "additionalProperties": False}
        )
        if fact.published(version):
            node["properties"][fact.name] = fact.schema
            if fact.required_since is not None and fact.required_since <= version:
                node.setdefault("required", []).append(fact.name)
    if page_000:
        for obj, extra in PAGE_000_ONLY.items():
            defs[obj]["properties"].update(extra)
        defs.update(copy.deepcopy(PAGE_000_DEFS))
    return {"$defs": defs, **ref("resultsResponse")}


def published_errors(version: str, schema: dict[str, Any], body: Any) -> list[str]:
    validator = Draft202012Validator(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}"
        for e in validator.iter_errors(body)
    ]


# --- bodies built from the facts ------------------------------------------------------------


def sample(schema: dict[str, Any], name: str, version: str, *, nulls: bool) -> Any:
    """A value of `schema` for property `name`: null where the vendor allows it (`nulls`)."""
    if "$ref" in schema:
        return build(schema["$ref"].rsplit("/", 1)[1], version, nulls=nulls)
    if "oneOf" in schema:
        branches = schema["oneOf"]
        if nulls and {"type": "null"} in branches:
            return None
        return sample(branches[0], name, version, nulls=nulls)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        if nulls and "null" in kind:
            return None
        kind = kind[0]
    if kind == "array":
        return [sample(schema["items"], name, version, nulls=nulls)]
    if kind == "object":  # an object the vendor leaves open: free keys of the user's or vendor's
        return {"loan_id": "LN-20931", "page": 1}
    return _SCALARS[kind](name)


_SCALARS: dict[str, Any] = {
    "string": lambda name: f"{name} text",
    "integer": lambda name: 1795429530482915000 if name.endswith("timestamp") else 2,
    "number": lambda name: 0.875,
    "boolean": lambda name: True,
}


def build(obj: str, version: str, *, nulls: bool = False) -> dict[str, Any]:
    """The body of the vendor's object `obj` with every property published in `version`."""
    return {
        fact.name: sample(fact.schema, fact.name, version, nulls=nulls)
        for fact in PUBLISHED
        if fact.obj == obj and fact.published(version)
    }


def edit_timestamp_shaped(body: Any) -> Any:
    """The vendor's edit timestamps are `MM/DD/YYYY HH:MM:SS` strings (its examples)."""
    if isinstance(body, list):
        return [edit_timestamp_shaped(x) for x in body]
    if isinstance(body, dict):
        out = {k: edit_timestamp_shaped(v) for k, v in body.items()}
        if "user_id" in out and "timestamp" in out:
            out["timestamp"] = "08/27/2026 00:58:39"
        return out
    return body


def vendor_body(version: str, *, nulls: bool = False, status: str | None = None) -> Any:
    body = edit_timestamp_shaped(build("resultsResponse", version, nulls=nulls))
    if status is not None:
        body["status"] = status
    for case_field in body.get("case_info", {}).get("fields", []):
        for failure in case_field.get("validations", {}).get("failures", []):
            failure["type"] = FAILURE_TYPES[0]
    return body


def bodies() -> Iterator[Any]:
    for version in VERSIONS:
        yield pytest.param(vendor_body(version), id=f"{version}-filled")
        yield pytest.param(vendor_body(version, nulls=True), id=f"{version}-nulls")
    for status in RUN_STATUSES:
        yield pytest.param(vendor_body(CURRENT, status=status), id=f"{CURRENT}-{status}")


# --- the spec, the packages --------------------------------------------------------------------


@cache
def bundled_spec() -> dict[str, Any]:
    return bundle(Project(ROOT).spec_path("instabase"))


def spec_errors(body: Any, status: str = "200") -> list[str]:
    doc = bundled_spec()
    pointer = (
        "/paths/~1v2~1apps~1runs~1{run_id}~1results/get/responses/"
        f"{status}/content/application~1json/schema"
    )
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(doc))
    validator = Draft202012Validator(
        {"$ref": f"urn:spec#{pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}"
        for e in validator.iter_errors(body)
    ]


def parse_both(schema: str, body: Any) -> tuple[Any, Any]:
    parsed_client = getattr(instabase_client.models, schema).from_dict(copy.deepcopy(body))
    parsed_models = getattr(instabase_models, schema).model_validate(copy.deepcopy(body))
    return parsed_client, parsed_models


def assert_vendor_shape_holds(schema: str, body: Any, status: str = "200") -> None:
    assert spec_errors(body, status) == []
    parsed_client, parsed_models = parse_both(schema, body)
    assert undeclared_keys(parsed_client) == []
    assert undeclared_keys(parsed_models) == []
    assert parsed_client.to_dict() == body
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == body


@pytest.mark.parametrize("body", list(bodies()))
def test_every_published_shape_validates_parses_into_declared_attributes_and_round_trips(
    body: Any,
) -> None:
    assert_vendor_shape_holds("RunResults", body)


def test_the_built_bodies_hold_every_published_property() -> None:
    """A guard on the builder: each version's body carries each property published then."""
    for version in VERSIONS:
        body = json.dumps(vendor_body(version))
        for fact in PUBLISHED:
            if fact.published(version) and fact.obj != "error":
                assert f'"{fact.name}"' in body, (version, fact.obj, fact.name)


@pytest.mark.parametrize("version", VERSIONS)
def test_the_built_bodies_are_what_the_vendor_published(version: str) -> None:
    schema = published_schema(version)
    for nulls in (False, True):
        assert published_errors(version, schema, vendor_body(version, nulls=nulls)) == []


@pytest.mark.parametrize("status", ["400", "401", "404", "429", "500", "503"])
def test_every_error_status_takes_the_vendor_error_body(status: str) -> None:
    body = build("error", CURRENT)
    assert_vendor_shape_holds("ErrorResponse", body, status)
    extra = {**body, "code": "run_not_found"}
    assert spec_errors(extra, status) == []
    parsed_client, parsed_models = parse_both("ErrorResponse", extra)
    assert undeclared_keys(parsed_client) == undeclared_keys(parsed_models) == ["['code']"]
    assert parsed_client.to_dict() == extra
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == extra


def test_unknown_properties_and_enum_values_parse_round_trip_and_are_reported() -> None:
    body = vendor_body(CURRENT)
    body["status"] = "ARCHIVED"
    body["queue_position"] = 3
    file = body["files"][0]
    file["checksum"] = "sha256:00ff"
    document = file["documents"][0]
    document["language"] = "en"
    field = document["fields"][0]
    field["validations"]["alerts"][0]["alert_level"] = "WARNING"
    field["validations"]["alerts"][0]["severity"] = 2
    failure = body["case_info"]["fields"][0]["validations"]["failures"][0]
    failure["type"] = "regex_match"
    assert spec_errors(body) == []
    parsed_client, parsed_models = parse_both("RunResults", body)
    expected = [
        "['queue_position']",
        "files[0]['checksum']",
        "files[0].documents[0]['language']",
        "files[0].documents[0].fields[0].validations.alerts[0]['severity']",
    ]
    assert undeclared_keys(parsed_client) == expected
    assert undeclared_keys(parsed_models) == expected
    assert parsed_client.to_dict() == body
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    # Known values stay typed enum members, unknown ones keep the vendor's string.
    assert parsed_models.status.value == "ARCHIVED"
    assert parsed_client.status.value == "ARCHIVED"


def test_known_values_are_typed() -> None:
    body = vendor_body(CURRENT, status="STOPPED_AT_CHECKPOINT")
    parsed_client, parsed_models = parse_both("RunResults", body)
    # The client names the `type` attribute `type_` (a Python builtin), the models package `type`.
    for parsed, package, type_attribute in (
        (parsed_client, instabase_client.models, "type_"),
        (parsed_models, instabase_models, "type"),
    ):
        assert parsed.status is package.RunStatus.STOPPED_AT_CHECKPOINT
        alert = parsed.files[0].documents[0].fields[0].validations.alerts[0]
        assert alert.alert_level is package.AlertLevel.FAILURE
        failure = parsed.case_info.fields[0].validations.failures[0]
        assert getattr(failure, type_attribute) is package.ValidationFailureType.LAMBDA_CODE


# --- the examples against the published facts ---------------------------------------------------


def example_bodies() -> Iterator[Any]:
    for path in sorted(EXAMPLES.glob("get_run_results-*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        if set(body) == {"message"}:
            continue  # an error body: checked below
        name = path.stem.split("-", 1)[1]
        yield pytest.param(name, body, id=name)


@pytest.mark.parametrize(("name", "body"), list(example_bodies()))
def test_each_example_is_a_body_the_vendor_published(name: str, body: Any) -> None:
    version = EXAMPLE_VERSIONS.get(name, CURRENT)
    schema = published_schema(version, page_000=name == "legacy_file_validations")
    assert published_errors(version, schema, body) == []
    assert_vendor_shape_holds("RunResults", body)


def test_each_error_example_is_the_vendor_error_body() -> None:
    error_schema = {"$defs": published_schema(CURRENT)["$defs"], **ref("error")}
    names = []
    for path in sorted(EXAMPLES.glob("get_run_results-*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        if set(body) == {"message"}:
            names.append(path.stem)
            assert published_errors(CURRENT, error_schema, body) == []
    assert len(names) == 6, names


def test_walking_a_body_with_deprecated_properties_does_not_warn(
    recwarn: pytest.WarningsRecorder,
) -> None:
    """`msg` and `doc_id` are deprecated in the spec; listing undeclared keys reads no field."""
    body = vendor_body("2026-01-05")
    body["files"][0]["documents"][0]["doc_id"] = 7
    _, parsed_models = parse_both("RunResults", body)
    assert undeclared_keys(parsed_models) == []
    assert not [w for w in recwarn if issubclass(w.category, DeprecationWarning)]


# --- the simulator serves the vendor's shapes ---------------------------------------------------


def test_the_simulator_serves_what_the_vendor_published(
    simulator: Target, simulator_client: httpx.Client
) -> None:
    """Every seeded run, every page, all flags on: the current published shape, and every key
    lands in a declared attribute of both packages."""
    schema = published_schema(CURRENT)
    base = simulator.base_url("instabase")
    flags = {
        "include_review_results": "true",
        "include_confidence_scores": "true",
        "include_validation_results": "true",
        "include_source_info": "true",
    }
    runs = simulator.state()["instabase"]["resources"]["runs"]
    assert {run["status"] for run in runs} >= set(RUN_STATUSES) - {"RUNNING"}
    pages = 0
    for run in runs:
        offset, more = 0, True
        while more:
            response = simulator_client.get(
                f"{base}/v2/apps/runs/{run['id']}/results",
                params={**flags, "file_offset": offset},
                headers=simulator.headers("instabase"),
            )
            assert response.status_code == 200
            body = response.json()
            assert published_errors(CURRENT, schema, body) == [], run["id"]
            assert_vendor_shape_holds("RunResults", body)
            offset, more, pages = offset + len(body["files"]), body["has_more"], pages + 1
    assert pages > len(runs)


def test_the_simulator_answers_errors_with_the_vendor_error_body(
    simulator: Target, simulator_client: httpx.Client
) -> None:
    error_schema = {"$defs": published_schema(CURRENT)["$defs"], **ref("error")}
    base = simulator.base_url("instabase")
    missing = simulator_client.get(
        f"{base}/v2/apps/runs/no-such-run/results", headers=simulator.headers("instabase")
    )
    unauthorized = simulator_client.get(f"{base}/v2/apps/runs/no-such-run/results")
    for response, status in ((missing, "404"), (unauthorized, "401")):
        assert response.status_code == int(status)
        assert published_errors(CURRENT, error_schema, response.json()) == []
        assert_vendor_shape_holds("ErrorResponse", response.json(), status)
