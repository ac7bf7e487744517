"""OpenAPI 3.0.x -> 3.1.0, on a bundled document: what changed meaning between the two versions.

Most published vendor documents are OpenAPI 3.0; docspecs' lint, generators and diff read 3.1
(schemas are JSON Schema 2020-12). `to_openapi_31(document)` rewrites, in place and only in
schema positions (the walk of `docspecs._bundler`, so example values and `x-` extensions are left
alone):

- `nullable: true` -> `"null"` added to `type` (and `null` to `enum`, when there is one); a schema
  without `type` (a `$ref`, an `allOf`, ...) becomes `anyOf: [<it>, {type: "null"}]`, keeping its
  annotations (description, default, ...) outside; `nullable: false` is dropped;
- `exclusiveMinimum: true` with `minimum: m` -> `exclusiveMinimum: m` (same for maximum); `false`
  is dropped (as is a `true` with no bound to apply to);
- a schema's `example: v` -> `examples: [v]` (unless it already has `examples`);
- Swagger 2.0 leftovers: `type: file` -> `type: string, format: binary`, `x-nullable: true` ->
  `nullable: true` (then converted as above);
- `openapi: 3.0.x` -> `3.1.0`.

It returns what it converted, counted by kind, so each step can say so. A document that is not
3.0.x is left untouched (empty result).

Why written here: there is no maintained Python converter for this direction (the PyPI packages
found convert other formats to OpenAPI, and the known npm tools, `openapi-format` and
`@apiture/openapi-down-convert`, would make bundling depend on Node, or go 3.1 -> 3.0). The rules
are the short list of incompatible changes in the OpenAPI 3.1 release notes, applied to the
schema nodes the bundler already knows how to find.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from docspecs._bundler import walk

__all__ = ["to_openapi_31"]

_VERSION_30 = re.compile(r"^3\.0(?:\.\d+)?$")  # `3.0` too: some vendors write it so
TARGET_VERSION = "3.1.0"
# keywords that could refuse a null which an enum listing it allows
_APPLICATORS = frozenset({"$ref", "allOf", "anyOf", "oneOf", "not", "const"})
# kept beside the `anyOf` when a type-less nullable schema is wrapped: they describe the whole
_ANNOTATIONS = (
    "title",
    "description",
    "default",
    "examples",
    "readOnly",
    "writeOnly",
    "deprecated",
    "externalDocs",
    "xml",
)


def is_openapi_30(document: dict[str, Any]) -> bool:
    version = document.get("openapi")
    return isinstance(version, str) and bool(_VERSION_30.match(version))


def to_openapi_31(document: dict[str, Any], moved: list[str] | None = None) -> dict[str, int]:
    """Convert a 3.0.x (or `3.0`) `document` to 3.1.0 in place; what was converted, by kind
    (`nullable`, `exclusiveMinimum`, `exclusiveMaximum`, `example`, `type-file`, `x-nullable`,
    `openapi`), empty when the document is not 3.0. `moved`, when given, receives the pointer
    of each schema wrapped in an `anyOf` (its content now at `<pointer>/anyOf/0`), so that
    findings inside it can be located where the author wrote them."""
    if not is_openapi_30(document):
        return {}
    converted: Counter[str] = Counter()
    for json_pointer, kind, node in walk(document):
        if kind == "schema" and isinstance(node, dict):
            _swagger_leftovers(node, converted)
            _example(node, converted)
            _exclusive(node, "exclusiveMinimum", "minimum", converted)
            _exclusive(node, "exclusiveMaximum", "maximum", converted)
            if _nullable(node, converted) and moved is not None:
                moved.append(json_pointer)
    document["openapi"] = TARGET_VERSION
    converted["openapi"] += 1
    return dict(converted)


def describe(version: str, converted: dict[str, int]) -> str:
    """`converted from OpenAPI 3.0.3 to 3.1.0: nullable x2, example x1` (for progress and lint)."""
    parts = [f"{kind} x{count}" for kind, count in sorted(converted.items()) if kind != "openapi"]
    return f"converted from OpenAPI {version} to {TARGET_VERSION}" + (
        f": {', '.join(parts)}" if parts else ""
    )


def _example(schema: dict[str, Any], converted: Counter[str]) -> None:
    if "example" in schema:
        value = schema.pop("example")
        if "examples" not in schema:
            schema["examples"] = [value]
        converted["example"] += 1


def _exclusive(schema: dict[str, Any], flag: str, bound: str, converted: Counter[str]) -> None:
    value = schema.get(flag)
    if not isinstance(value, bool):
        return
    del schema[flag]
    if value and isinstance(schema.get(bound), int | float):
        schema[flag] = schema.pop(bound)
    converted[flag] += 1


def _swagger_leftovers(schema: dict[str, Any], converted: Counter[str]) -> None:
    """Swagger 2.0 spellings that 3.0 documents converted from it often keep: `type: file`
    (3.0 writes a file as `type: string, format: binary`) and `x-nullable: true` (3.0's
    `nullable`), read as what they meant rather than refused by the generators."""
    if schema.get("type") == "file":
        schema["type"] = "string"
        schema.setdefault("format", "binary")
        converted["type-file"] += 1
    if "x-nullable" in schema and isinstance(schema["x-nullable"], bool):
        flag = schema.pop("x-nullable")
        schema.setdefault("nullable", flag)
        converted["x-nullable"] += 1


def _nullable(schema: dict[str, Any], converted: Counter[str]) -> bool:
    """Convert `nullable`; True when the schema was wrapped in an `anyOf` (its content moved)."""
    if "nullable" not in schema:
        return False
    nullable = schema.pop("nullable")
    converted["nullable"] += 1
    if nullable is not True:
        return False
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"].append(None)
    kind = schema.get("type")
    if kind is None and isinstance(schema.get("enum"), list) and not _APPLICATORS & schema.keys():
        return False  # the enum, now listing null, says it all: no anyOf needed
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif isinstance(schema.get("anyOf"), list) and len(schema) == 1:
        schema["anyOf"].append({"type": "null"})
    else:
        outer = {key: schema.pop(key) for key in _ANNOTATIONS if key in schema}
        inner = dict(schema)
        schema.clear()
        schema.update({"anyOf": [inner, {"type": "null"}], **outer})
        return True
    return False
