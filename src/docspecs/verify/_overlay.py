"""`--suggest-overlay`: an Overlay 1.0 document adding what verify observed and the spec lacks.

One action per undeclared key (target: the `properties` of the schema that declares its
siblings; update: the key with a schema inferred from the values seen) and one per unknown enum
value (target: the `enum` array of the open enum's documented branch; update: the value, which
Overlay 1.0 appends to an array). Each action's description says how often the value was seen.
The targets are JSONPath (RFC 9535) paths into the bundled spec, written with bracket selectors
so any key is safe. It is a starting point for a person: nothing applies it automatically.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from docspecs._bundler import split_pointer
from docspecs._findings import json_type
from docspecs.verify._verify import VerifyFinding

# the arrays a pointer to a schema can pass through; anywhere else a number is a member name
# (`responses/200`, `properties/2024`), which an index selector `[200]` would never match
_ARRAYS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems", "parameters"})


def jsonpath(json_pointer: str) -> str:
    """The RFC 9535 JSONPath of a JSON pointer to a schema of an OpenAPI document:
    `/a/allOf/0/b~1c` -> `$['a']['allOf'][0]['b/c']`; `/responses/200` -> `$['responses']['200']`
    (a number is an index only inside the arrays such a pointer can pass through)."""
    parts = []
    previous = ""
    for segment in split_pointer(json_pointer):
        is_index = previous in _ARRAYS and segment.isascii() and segment.isdigit()
        previous = segment
        if is_index:
            parts.append(f"[{segment}]")
        else:
            escaped = segment.replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"['{escaped}']")
    return "$" + "".join(parts)


def infer_schema(values: Sequence[Any]) -> dict[str, Any]:
    """A JSON Schema for the values seen: their types (integer folds into number when both
    occur, null makes the type a list), `items` for arrays, `properties` for objects."""
    types = {json_type(v) for v in values}
    if {"integer", "number"} <= types:
        types.discard("integer")
    nullable = "null" in types and len(types) > 1
    types.discard("null") if nullable else None
    schema: dict[str, Any] = {}
    if len(types) == 1:
        (kind,) = types
        schema["type"] = [kind, "null"] if nullable else kind
    else:
        schema["type"] = sorted(types) + (["null"] if nullable else [])
    objects = [v for v in values if isinstance(v, dict)]
    if objects and types == {"object"}:
        keys: dict[str, list[Any]] = {}
        for item in objects:
            for key, child in item.items():
                keys.setdefault(key, []).append(child)
        schema["properties"] = {key: infer_schema(seen) for key, seen in keys.items()}
    arrays = [item for v in values if isinstance(v, list) for item in v]
    if arrays and types == {"array"}:
        schema["items"] = infer_schema(arrays)
    return schema


def suggest_overlay(findings: Sequence[VerifyFinding], title: str = "") -> dict[str, Any]:
    """The Overlay 1.0 document (as data) for the undeclared keys and unknown enum values."""
    actions: list[dict[str, Any]] = []
    for finding in findings:
        seen = (
            f"seen {finding.count} time{'s' if finding.count != 1 else ''} in "
            f"{finding.responses} {finding.operation} {finding.status} response"
            f"{'s' if finding.responses != 1 else ''} (first: {finding.where}, at "
            f"{finding.body_pointer})"
        )
        if finding.rule_id == "undeclared-key" and finding.key is not None:
            schema = infer_schema(finding.values)
            schema["description"] = (
                "TODO: describe. Observed by docspecs verify, not documented: check the vendor's "
                "documentation before moving it into the spec."
            )
            actions.append(
                {
                    "target": jsonpath(finding.pointer + "/properties"),
                    "description": f"Add the undeclared property {finding.key!r}: {seen}.",
                    "update": {finding.key: schema},
                }
            )
        elif finding.rule_id == "unknown-enum-value":
            actions.append(
                {
                    "target": jsonpath(finding.pointer + "/enum"),
                    "description": f"Add the enum value {finding.value!r}: {seen}.",
                    "update": finding.value,
                }
            )
    return {
        "overlay": "1.0.0",
        "info": {
            "title": title or "What docspecs verify observed and the spec does not declare",
            "version": "1.0.0",
        },
        "actions": actions,
    }


def dump_overlay(document: dict[str, Any]) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
