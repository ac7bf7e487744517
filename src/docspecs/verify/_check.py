"""Holding one response body against its schema: violations, and what open schemas hide.

Validation is jsonschema's Draft 2020-12 validator (what lint uses) against the bundled document.
What open schemas hide needs the schema locations a value was evaluated against, which the
jsonschema library does not expose (it has no annotation output: no "evaluated properties"), so a
small walk here follows the value and its schema side by side: `$ref`, `allOf`, the `anyOf` /
`oneOf` branches the value is valid against, `properties`, `patternProperties`,
`additionalProperties`, `prefixItems` and `items`. Along the way it records

- undeclared keys: a key of an object whose schemas declare `properties` but no
  `additionalProperties` schema (absent or `true`: the spec is open, not a map), at the pointer of
  the schema declaring the properties;
- unknown enum values: an `anyOf`/`oneOf` whose value is accepted by some branch while a branch
  with an `enum` (the documented values of an open enum) does not list it;
- format mismatches: strings (and integers for `int32`/`int64`) that do not fit a documented
  `format` (jsonschema's format checker; 2020-12 validation does not assert formats).

Every location is a JSON pointer into the bundled document (`/components/schemas/ProcessorRun`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from docspecs._bundler import Unresolvable, lookup, split_pointer
from docspecs._findings import pointer

_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_MAX_DEPTH = 64
_SIMPLE_KEYWORDS = frozenset(
    {"type", "enum", "const", "description", "title", "examples", "deprecated", "$comment"}
    | {"readOnly", "writeOnly", "default", "format"}
)
_TYPES: dict[str, Any] = {
    "string": str,
    "object": dict,
    "array": list,
    "boolean": bool,
    "null": type(None),
}
BodyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Violation:
    schema_pointer: str  # the failing keyword's schema, in the document
    body_pointer: str
    keyword: str
    message: str


@dataclass(frozen=True)
class Undeclared:
    schema_pointer: str  # the object schema declaring the other properties
    key: str
    body_pointer: str
    value: Any


@dataclass(frozen=True)
class UnknownEnum:
    schema_pointer: str  # the branch holding `enum`
    value: Any
    body_pointer: str


@dataclass(frozen=True)
class FormatMismatch:
    schema_pointer: str
    format: str
    value: Any
    body_pointer: str


@dataclass
class BodyReport:
    violations: list[Violation] = field(default_factory=list)
    undeclared: list[Undeclared] = field(default_factory=list)
    unknown_enums: list[UnknownEnum] = field(default_factory=list)
    formats: list[FormatMismatch] = field(default_factory=list)


class Checker:
    """Checks bodies against schemas of one bundled document; validators are built once each."""

    def __init__(self, api: str, document: dict[str, Any]) -> None:
        self.document = document
        self._uri = f"urn:docspecs:verify:{quote(api)}"
        self._registry: Registry[Any] = Registry().with_resource(
            self._uri, DRAFT202012.create_resource(document)
        )
        self._validators: dict[str, Draft202012Validator] = {}
        self._formats = Draft202012Validator.FORMAT_CHECKER
        self._derefs: dict[str, tuple[str, Any]] = {}
        self._children: dict[tuple[str, str, str], str] = {}

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        found = self._validators.get(schema_pointer)
        if found is None:
            ref = f"{self._uri}#{quote(schema_pointer, safe='/~')}"
            found = Draft202012Validator({"$ref": ref}, registry=self._registry)
            self._validators[schema_pointer] = found
        return found

    def check(self, schema_pointer: str, body: Any) -> BodyReport:
        """Everything found in `body` against the schema at `schema_pointer`."""
        report = BodyReport()
        for error in self.validator(schema_pointer).iter_errors(body):
            report.violations.append(
                Violation(
                    self._schema_location(schema_pointer, list(error.absolute_schema_path)),
                    pointer(*error.absolute_path),
                    str(error.validator),
                    _short(error.message),
                )
            )
        self._walk(schema_pointer, body, (), report, 0)
        return report

    def _schema_location(self, start: str, path: list[Any]) -> str:
        """The document pointer of the schema holding the failing keyword: jsonschema's
        absolute_schema_path (after the root `$ref`) leaves out the `$ref`s it went through, so
        each step follows the current node's `$ref`s first."""
        at = start
        for part in path[:-1]:
            at = self._deref(at)[0] + pointer(part)
        return self._deref(at)[0]

    def _node(self, at: str) -> Any:
        try:
            return lookup(self.document, at)
        except Unresolvable:
            return None

    def _deref(self, at: str) -> tuple[str, Any]:
        """(pointer, node) at the end of the `$ref` chain starting at `at` (cached)."""
        found = self._derefs.get(at)
        if found is None:
            found = self._derefs[at] = self._follow(at)
        return found

    def _follow(self, at: str) -> tuple[str, Any]:
        node = self._node(at)
        seen = {at}
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = _local(node["$ref"])
            if target is None or target in seen:
                break
            seen.add(target)
            at, node = target, self._node(target)
        return at, node

    def _applicable(
        self, at: str, value: Any, body_at: BodyPath, report: BodyReport, depth: int
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """(pointer, schema) of every schema that applies to `value` at this instance location:
        the schema itself, its `allOf` and the `anyOf`/`oneOf` branches `value` is valid against
        (recording unknown enum values on the way)."""
        at, node = self._deref(at)
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            return
        yield at, node
        if isinstance(node.get("$ref"), str):  # $ref beside other keywords (2020-12)
            yield from self._applicable(at + "/$ref", value, body_at, report, depth + 1)
        for index, _ in enumerate(node.get("allOf") or []):
            yield from self._applicable(f"{at}/allOf/{index}", value, body_at, report, depth + 1)
        for keyword in ("anyOf", "oneOf"):
            branches = node.get(keyword)
            if not isinstance(branches, list):
                continue
            valid = [
                i for i in range(len(branches)) if self._is_valid(f"{at}/{keyword}/{i}", value)
            ]
            if valid:
                for i in range(len(branches)):
                    branch_at, branch_node = self._deref(f"{at}/{keyword}/{i}")
                    if i not in valid and isinstance(branch_node, dict) and "enum" in branch_node:
                        report.unknown_enums.append(
                            UnknownEnum(branch_at, value, pointer(*body_at))
                        )
            for i in valid:
                yield from self._applicable(
                    f"{at}/{keyword}/{i}", value, body_at, report, depth + 1
                )

    def _is_valid(self, at: str, value: Any) -> bool:
        """`value` valid against the schema at `at`: simple schemas (type, enum, const and
        annotations) are checked here, the others by the validator."""
        node = self._deref(at)[1]
        if isinstance(node, dict) and node.keys() <= _SIMPLE_KEYWORDS:
            kind = node.get("type")
            if kind is not None and not _is_type(value, kind):
                return False
            if "enum" in node and not _in(value, node["enum"]):
                return False
            return "const" not in node or _in(value, [node["const"]])
        return self.validator(at).is_valid(value)

    def _walk(self, at: str, value: Any, body_at: BodyPath, report: BodyReport, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        schemas = list(self._applicable(at, value, body_at, report, depth))
        if isinstance(value, dict):
            self._walk_object(schemas, value, body_at, report, depth)
        elif isinstance(value, list):
            for schema_at, schema in schemas:
                found = schema.get("prefixItems")
                prefix: list[Any] = found if isinstance(found, list) else []
                for index, item in enumerate(value):
                    if index < len(prefix):
                        child = f"{schema_at}/prefixItems/{index}"
                    elif isinstance(schema.get("items"), dict):
                        child = f"{schema_at}/items"
                    else:
                        continue
                    self._walk(child, item, (*body_at, index), report, depth + 1)
        else:
            for schema_at, schema in schemas:
                fmt = schema.get("format")
                if isinstance(fmt, str) and not self._fits_format(value, fmt):
                    report.formats.append(FormatMismatch(schema_at, fmt, value, pointer(*body_at)))

    def _walk_object(
        self,
        schemas: list[tuple[str, dict[str, Any]]],
        value: dict[str, Any],
        body_at: BodyPath,
        report: BodyReport,
        depth: int,
    ) -> None:
        declaring = [(a, s) for a, s in schemas if isinstance(s.get("properties"), dict)]
        maps = [
            s
            for _, s in schemas
            if isinstance(s.get("additionalProperties"), dict | bool)
            and s.get("additionalProperties") not in (True, {})
        ]
        for key, item in value.items():
            item_at = (*body_at, key)
            children = [
                self._child(a, "properties", key) for a, s in declaring if key in s["properties"]
            ]
            children += [
                f"{a}/patternProperties{pointer(p)}"
                for a, s in schemas
                for p in (s.get("patternProperties") or {})
                if _search(p, key)
            ]
            if not children:
                children = [
                    f"{a}/additionalProperties"
                    for a, s in schemas
                    if isinstance(s.get("additionalProperties"), dict)
                ]
                if declaring and not maps:
                    at = declaring[0][0]
                    report.undeclared.append(Undeclared(at, key, pointer(*item_at), item))
            for child in children:
                self._walk(child, item, item_at, report, depth + 1)

    def _child(self, at: str, keyword: str, key: str) -> str:
        found = self._children.get((at, keyword, key))
        if found is None:
            found = self._children[(at, keyword, key)] = f"{at}/{keyword}{pointer(key)}"
        return found

    def _fits_format(self, value: Any, fmt: str) -> bool:
        if fmt in _INT_RANGES:
            if isinstance(value, int) and not isinstance(value, bool):
                low, high = _INT_RANGES[fmt]
                return low <= value <= high
            return True
        if not isinstance(value, str) or fmt not in self._formats.checkers:
            return True
        return bool(self._formats.conforms(value, fmt))


def checked_formats() -> list[str]:
    """The `format` values verify checks (the others are not checked)."""
    return sorted({*Draft202012Validator.FORMAT_CHECKER.checkers, *_INT_RANGES})


def _is_type(value: Any, kind: Any) -> bool:
    """JSON Schema's `type` on parsed JSON (booleans are not numbers; 1.0 is an integer)."""
    if isinstance(kind, list):
        return any(_is_type(value, k) for k in kind)
    if kind in ("number", "integer"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        return kind == "number" or float(value).is_integer()
    expected = _TYPES.get(kind)
    return (
        expected is not None
        and isinstance(value, expected)
        and not (expected is not bool and isinstance(value, bool))
    )


def _in(value: Any, options: Any) -> bool:
    """JSON equality for enum/const: `True` is not `1`, `1` is `1.0`."""
    if not isinstance(options, list):
        return False
    return any(_json_equal(value, option) for option in options)


def _json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _search(pattern: str, key: str) -> bool:
    try:
        return re.search(pattern, key) is not None
    except re.error:
        return False


def _local(ref: str) -> str | None:
    if not ref.startswith("#"):
        return None
    from urllib.parse import unquote

    target = unquote(ref[1:])
    split_pointer(target)
    return target


def _short(message: str) -> str:
    return message if len(message) <= 200 else message[:197] + "..."
