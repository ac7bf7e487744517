"""The client's `from_dict` checks the JSON type of every value it reads: a 2xx body with a value
of the wrong type is a `ResponseValidationError` naming the JSON path, never an `int` typed as
`str`. One tiny inline spec holds a property of every kind; each case breaks one value."""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from docspecs import Project
from docspecs.generate import generate

CANARY = "canary-0f1e2d3c-JSON-TYPES-TOKEN"

SPEC = """\
openapi: 3.1.0
info:
  title: JSON types
  version: 1.0.0
  description: A property of every JSON type the client checks.
servers:
  - url: https://api.example.com
paths:
  /records/{id}:
    get:
      operationId: get_record
      tags: [records]
      summary: Get a record
      description: One record.
      parameters:
        - name: id
          in: path
          required: true
          description: The record's id.
          schema: {type: string}
      responses:
        '200':
          description: The record.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Record'}
              examples:
                full:
                  value: %(example)s
components:
  schemas:
    Item:
      type: object
      description: An item.
      required: [id]
      properties:
        id: {type: string, description: The item's id.}
        size: {type: integer, description: A size.}
    Record:
      type: object
      description: A record with a property of every kind.
      required: [id, count]
      properties:
        id: {type: string, description: A string.}
        count: {type: integer, description: An integer.}
        ratio: {type: number, description: A number.}
        flag: {type: boolean, description: A boolean.}
        note: {type: [string, 'null'], description: A string or null.}
        created: {type: string, format: date-time, description: A date-time.}
        status: {type: string, enum: [active, done], description: A string enum.}
        level: {type: integer, enum: [1, 2, 3], description: An integer enum.}
        tags: {type: array, items: {type: string}, description: Strings.}
        sizes: {type: array, items: {type: integer}, description: Integers.}
        item: {$ref: '#/components/schemas/Item'}
        items: {type: array, items: {$ref: '#/components/schemas/Item'}, description: Items.}
        label:
          description: A string or an integer.
          oneOf: [{type: string}, {type: integer}]
        target:
          description: An item or a string.
          oneOf: [{$ref: '#/components/schemas/Item'}, {type: string}]
        scores:
          type: object
          description: Numbers by name.
          additionalProperties: {type: number}
        children:
          type: object
          description: Items by name.
          additionalProperties: {$ref: '#/components/schemas/Item'}
"""

VALID: dict[str, Any] = {
    "id": "rec_1",
    "count": 3,
    "ratio": 0.5,
    "flag": True,
    "note": None,
    "created": "2026-01-02T03:04:05Z",
    "status": "active",
    "level": 2,
    "tags": ["a", "b"],
    "sizes": [1, 2],
    "item": {"id": "it_1", "size": 1},
    "items": [{"id": "it_1"}, {"id": "it_2"}, {"id": "it_3", "size": 4}],
    "label": "x",
    "target": {"id": "it_9"},
    "scores": {"a": 1, "b": 2.5},
    "children": {"first": {"id": "it_1"}},
}

#: (where, the value put there, the JSON path the error names, the reason it gives)
CASES: list[tuple[tuple[str | int, ...], Any, str, str]] = [
    (("id",), 5, "id", "expected a string, got integer"),
    (("id",), None, "id", "expected a string, got null"),
    (("count",), "3", "count", "expected an integer, got string"),
    (("count",), True, "count", "expected an integer, got boolean"),
    (("count",), 3.5, "count", "expected an integer, got number"),
    (("ratio",), "0.5", "ratio", "expected a number, got string"),
    (("ratio",), False, "ratio", "expected a number, got boolean"),
    (("flag",), 1, "flag", "expected a boolean, got integer"),
    (("flag",), "true", "flag", "expected a boolean, got string"),
    (("note",), 7, "note", "got integer"),
    (("created",), 1767323045, "created", "expected a string, got integer"),
    (("status",), 1, "status", "got integer"),
    (("level",), "2", "level", "got string"),
    (("level",), True, "level", "got boolean"),
    (("tags",), "a", "tags", "expected an array, got string"),
    (("tags", 1), 2, "tags[1]", "expected a string, got integer"),
    (("sizes", 0), "1", "sizes[0]", "expected an integer, got string"),
    (("item",), [["id", "x"]], "item", "expected an object, got array"),
    (("item",), "it_1", "item", "expected an object, got string"),
    (("item", "id"), 9, "item.id", "expected a string, got integer"),
    (("items", 2, "id"), 5, "items[2].id", "expected a string, got integer"),
    (("items", 1), 5, "items[1]", "expected an object, got integer"),
    (("items", 0, "size"), "big", "items[0].size", "expected an integer, got string"),
    (("label",), 1.5, "label", "got number"),
    (("label",), None, "label", "got null"),
    (("target",), 5, "target", "got integer"),
    (("target", "id"), 5, "target.id", "expected a string, got integer"),
    (("scores", "b"), "high", "scores.b", "expected a number, got string"),
    (("scores",), [1], "scores", "expected an object, got array"),
    (("children", "first", "id"), 1, "children.first.id", "expected a string, got integer"),
    (("children", "odd key"), 1, 'children["odd key"]', "expected an object, got integer"),
]


def _put(body: dict[str, Any], where: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    body = copy.deepcopy(body)
    holder: Any = body
    for key in where[:-1]:
        holder = holder[key]
    holder[where[-1]] = value
    return body


@pytest.fixture(scope="module")
def jt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client package of the inline spec, generated by `docspecs generate`."""
    root = tmp_path_factory.mktemp("jsontypes")
    (root / "specs" / "jsontypes").mkdir(parents=True)
    text = SPEC % {"example": json.dumps(VALID)}
    (root / "specs" / "jsontypes" / "openapi.yaml").write_text(text, encoding="utf-8")
    report = generate(Project(root), ["jsontypes"], progress=None)
    assert report.ok, [a.error for a in report.apis]
    path = str(root / "generated" / "jsontypes-client")
    sys.path.insert(0, path)
    try:
        yield importlib.import_module("jsontypes_client")
    finally:
        sys.path.remove(path)
        for name in [m for m in sys.modules if m.split(".")[0] == "jsontypes_client"]:
            del sys.modules[name]


def _get(jt: ModuleType, body: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"x-echo": request.headers["authorization"]})

    client = jt.AuthenticatedClient(
        base_url="http://vendor.test",
        token=CANARY,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    module = importlib.import_module("jsontypes_client.api.records.get_record")
    return module.sync("rec_1", client=client)


def test_the_valid_body_parses_and_round_trips(jt: ModuleType) -> None:
    record = _get(jt, VALID)
    assert record.id == "rec_1" and record.count == 3 and record.items[2].size == 4
    assert record.to_dict() == VALID


@pytest.mark.parametrize(
    ("where", "value", "path", "reason"), CASES, ids=[c[2] + "=" + repr(c[1]) for c in CASES]
)
def test_a_value_of_the_wrong_json_type_is_a_validation_error_naming_its_path(
    jt: ModuleType, where: tuple[str | int, ...], value: Any, path: str, reason: str
) -> None:
    with pytest.raises(jt.errors.ResponseValidationError) as raised:
        _get(jt, _put(VALID, where, value))
    error = raised.value
    assert error.path == path
    assert error.reason.startswith(f"{path}: ")
    assert reason in error.reason
    assert error.expected == "Record"
    assert f"{path}: " in str(error)
    assert CANARY not in str(error) + error.reason + repr(error.response.headers)
    # from_dict itself raises the located JSONShapeError (a TypeError)
    with pytest.raises(jt.errors.JSONShapeError) as shape:
        jt.models.Record.from_dict(_put(VALID, where, value))
    assert isinstance(shape.value, TypeError)
    assert shape.value.json_path == path and reason in shape.value.reason


def test_a_missing_required_property_names_its_path(jt: ModuleType) -> None:
    body = copy.deepcopy(VALID)
    del body["items"][1]["id"]
    with pytest.raises(jt.errors.ResponseValidationError) as raised:
        _get(jt, body)
    assert raised.value.path == "items[1].id"
    assert raised.value.reason == "items[1].id: required property is missing"
    del body["count"]
    with pytest.raises(jt.errors.JSONShapeError, match=r"^count: required property is missing"):
        jt.models.Record.from_dict(body)


def test_allowed_values_still_parse(jt: ModuleType) -> None:
    # an integer for a number, null where allowed, either branch of a union, unknown enum values
    body = _put(VALID, ("ratio",), 2) | {"note": "n", "label": 4, "target": "it_5"}
    body |= {"status": "archived", "level": 7}
    record = jt.models.Record.from_dict(body)
    assert record.ratio == 2 and record.label == 4 and record.target == "it_5"
    assert record.to_dict() == body


def test_a_token_in_a_key_never_reaches_the_error(jt: ModuleType) -> None:
    body = _put(VALID, ("scores", CANARY), "x")
    with pytest.raises(jt.errors.ResponseValidationError) as raised:
        _get(jt, body)
    assert "[redacted]" in raised.value.path
    assert CANARY not in str(raised.value) + raised.value.path
