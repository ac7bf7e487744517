"""Forward compatibility of the committed generated packages (generated/<api>-client, -models).

Vendors add enum values and fields without notice. For every response type, in both packages:
an unknown enum value parses and is kept as a string (a member of the enum outside the documented
ones, equal to the plain string), an unknown field parses and is kept, and serialising the parsed
object gives back JSON equal to the body that was parsed. Documented values stay typed members.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
APIS = sorted(p.name for p in (ROOT / "specs").iterdir() if (p / "openapi.yaml").is_file())
UNKNOWN_VALUE = "VALUE_ADDED_BY_THE_VENDOR_LATER"
UNKNOWN_FIELD = "fieldAddedByTheVendorLater"


def _import(name: str, dist: str) -> ModuleType:
    """The generated package: installed (nox tests session) or straight from generated/."""
    try:
        return importlib.import_module(name)
    except ImportError:
        sys.path.insert(0, str(GENERATED / dist))
        return importlib.import_module(name)


def packages(api: str) -> tuple[ModuleType, ModuleType]:
    client = _import(f"{api}_client.models", f"{api}-client")
    models = _import(f"{api}_models", f"{api}-models")
    return client, models


def document(api: str) -> dict[str, Any]:
    text = (GENERATED / f"{api}-client" / "openapi.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def response_examples(api: str) -> Iterator[tuple[str, str, Any]]:
    """(where, component schema name, example body) for every response example of `api`."""
    doc = document(api)
    for path, item in sorted(doc["paths"].items()):
        for method, operation in sorted(item.items()):
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in sorted(operation["responses"].items()):
                for media_type, media in sorted(response.get("content", {}).items()):
                    ref = media.get("schema", {}).get("$ref", "")
                    assert ref.startswith("#/components/schemas/"), (
                        f"{api} {method} {path} {status}: response schema is not a component, so "
                        "it has no class name in the generated packages"
                    )
                    for name, example in sorted(media.get("examples", {}).items()):
                        where = f"{api} {operation['operationId']} {status} {media_type} {name}"
                        yield where, ref.rsplit("/", 1)[1], example["value"]


def roundtrip(api: str, schema: str, body: Any) -> tuple[Any, Any, Any, Any]:
    """(client object, client JSON, models object, models JSON) for `body` parsed as `schema`."""
    client, models = packages(api)
    parsed_client = getattr(client, schema).from_dict(copy.deepcopy(body))
    parsed_models = getattr(models, schema).model_validate(copy.deepcopy(body))
    return (
        parsed_client,
        parsed_client.to_dict(),
        parsed_models,
        parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True),
    )


def assert_roundtrips(api: str, schema: str, body: Any) -> tuple[Any, Any]:
    parsed_client, client_json, parsed_models, models_json = roundtrip(api, schema, body)
    assert client_json == body, f"{api}_client.models.{schema}.to_dict() changed the body"
    assert models_json == body, f"{api}_models.{schema}.model_dump() changed the body"
    return parsed_client, parsed_models


# --- every example file ---------------------------------------------------------------------

EXAMPLES = [
    pytest.param(api, schema, body, id=where.replace(" ", ":"))
    for api in APIS
    for where, schema, body in response_examples(api)
]


@pytest.mark.parametrize(("api", "schema", "body"), EXAMPLES)
def test_every_documented_example_roundtrips_through_both_packages(
    api: str, schema: str, body: Any
) -> None:
    assert_roundtrips(api, schema, body)


@pytest.mark.parametrize("api", APIS)
def test_every_example_file_is_a_response_example(api: str) -> None:
    """The parametrised test above covers every file in specs/<api>/examples/."""
    bodies = [body for _where, _schema, body in response_examples(api)]
    for path in sorted((ROOT / "specs" / api / "examples").glob("*.json")):
        assert json.loads(path.read_text(encoding="utf-8")) in bodies, (
            f"{path.relative_to(ROOT)} is not the value of any response example"
        )


# --- every response type with unknown fields and enum values --------------------------------


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _mutate(doc: dict[str, Any], schema: dict[str, Any], value: Any) -> Any:
    """`value` with every documented enum value replaced by an unknown one and an unknown field
    added to every object whose schema declares properties (the places a vendor adds things)."""
    schema = _resolve(doc, schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        non_null = [b for b in branches if _resolve(doc, b).get("type") != "null"]
        if value is None or len(non_null) != 1:
            return value
        return _mutate(doc, non_null[0], value)
    if "enum" in schema and isinstance(value, str):
        return UNKNOWN_VALUE
    if isinstance(value, dict) and "properties" in schema:
        out = {
            key: _mutate(doc, schema["properties"][key], item)
            if key in schema["properties"]
            else item
            for key, item in value.items()
        }
        if schema.get("additionalProperties", True) is True:
            out[UNKNOWN_FIELD] = {"nested": [1, "two", None], "flag": True}
        return out
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_mutate(doc, schema["items"], item) for item in value]
    if isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
        return {k: _mutate(doc, schema["additionalProperties"], v) for k, v in value.items()}
    return value


@pytest.mark.parametrize(("api", "schema", "body"), EXAMPLES)
def test_unknown_fields_and_enum_values_in_every_response_type_roundtrip(
    api: str, schema: str, body: Any
) -> None:
    doc = document(api)
    mutated = _mutate(doc, {"$ref": f"#/components/schemas/{schema}"}, body)
    assert_roundtrips(api, schema, mutated)


# --- the cases the vendors' pages warn about ------------------------------------------------


def _instabase_body() -> dict[str, Any]:
    for _where, schema, body in response_examples("instabase"):
        if schema == "RunResults" and body.get("files") and body["status"] == "COMPLETE":
            fields = [f for file in body["files"] for d in file["documents"] for f in d["fields"]]
            if fields:
                return copy.deepcopy(body)
    raise AssertionError("no complete Instabase example with extracted fields")


def test_new_run_status_is_kept_as_a_string_and_known_status_stays_an_enum() -> None:
    body = _instabase_body()
    parsed_client, parsed_models = assert_roundtrips("instabase", "RunResults", body)
    client, models = packages("instabase")
    assert parsed_client.status is client.RunStatus.COMPLETE
    assert parsed_models.status is models.RunStatus.COMPLETE

    body["status"] = "ARCHIVED"
    parsed_client, parsed_models = assert_roundtrips("instabase", "RunResults", body)
    for status, enum in (
        (parsed_client.status, client.RunStatus),
        (parsed_models.status, models.RunStatus),
    ):
        assert status == "ARCHIVED"
        assert isinstance(status, str)
        assert isinstance(status, enum)
        assert status not in list(enum)


def test_new_failure_reason_is_kept() -> None:
    candidates = [
        (schema, body)
        for _where, schema, body in response_examples("extend")
        if schema == "ClassifyRun" and body.get("status") == "FAILED"
    ]
    assert candidates, "no failed Extend classify run example"
    schema, body = copy.deepcopy(candidates[0])
    known = body["failureReason"]
    parsed_client, parsed_models = assert_roundtrips("extend", schema, body)
    client, models = packages("extend")
    assert isinstance(parsed_client.failure_reason, Enum)
    assert parsed_client.failure_reason in list(client.ClassifyFailureReason)
    assert parsed_models.failure_reason in list(models.ClassifyFailureReason)
    assert parsed_client.failure_reason == known

    body["failureReason"] = "GPU_OVERHEATED"
    parsed_client, parsed_models = assert_roundtrips("extend", schema, body)
    assert parsed_client.failure_reason == "GPU_OVERHEATED"
    assert parsed_models.failure_reason == "GPU_OVERHEATED"
    assert parsed_client.failure_reason.value == "GPU_OVERHEATED"


def test_new_nested_field_in_an_instabase_field_result_is_kept() -> None:
    body = _instabase_body()
    field = body["files"][0]["documents"][0]["fields"][0]
    field["extraction_trace"] = {"model": "v9", "steps": [{"name": "ocr", "ms": 12}]}
    parsed_client, parsed_models = assert_roundtrips("instabase", "RunResults", body)
    client_field = parsed_client.files[0].documents[0].fields[0]
    models_field = parsed_models.files[0].documents[0].fields[0]
    assert client_field["extraction_trace"] == field["extraction_trace"]
    assert client_field.additional_properties["extraction_trace"]["model"] == "v9"
    assert models_field.model_extra == {"extraction_trace": field["extraction_trace"]}


@pytest.mark.parametrize("api", APIS)
def test_every_enum_class_keeps_unknown_values(api: str) -> None:
    for module in packages(api):
        enums = [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Enum) and value is not Enum
        ]
        if module.__name__.endswith(".models"):
            # the client's enums live in one module each under <api>_client.models
            assert enums, f"{module.__name__} exports no enum classes"
        for enum in enums:
            member = enum(UNKNOWN_VALUE)
            assert member == UNKNOWN_VALUE and member.value == UNKNOWN_VALUE, enum
            first = next(iter(enum))
            assert enum(first.value) is first
