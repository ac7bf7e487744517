"""One small check per use case, registered by the part of the document it looks at.

The walker in `_compare` pairs up what the two documents have in common (paths, operations,
parameters, bodies, responses, schemas) and runs every check registered for that kind of pair.
A check yields `Change`s built from rule ids of the table in `_rules`, and nothing else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace

from docspecs._bundler import HTTP_METHODS, split_pointer
from docspecs.diff._packages import (
    MODELS_CHECK,
    class_names,
    enum_members,
    is_extension,
    python_identifier,
    python_types,
    python_union,
    read_extension,
)
from docspecs.diff._rules import Change, change
from docspecs.diff._walk import (
    KEYWORD_DEFAULTS,
    SCHEMAS,
    Document,
    Flow,
    Json,
    Schema,
    is_component,
    join,
    listed,
    normalise,
    pair_branches,
)

# -- the pairs checks look at --------------------------------------------------------------------


@dataclass(frozen=True)
class Ctx:
    """Where a schema sits, for messages: `response property 'data[].status'`."""

    flow: Flow
    subject: str  # "response", "request", "request parameter 'limit' (query)", ...
    body: bool  # a body: its root reads "<subject> body", its properties "<subject> property"
    path: str = ""

    def what(self) -> str:
        if self.path:
            return f"{self.subject} property '{self.path}'"
        return f"{self.subject} body" if self.body else self.subject

    def child(self, segment: str) -> Ctx:
        if segment.startswith("["):  # "[]": a list's items, "[0]": its first prefixItems
            return replace(self, path=f"{self.path}{segment}")
        return replace(self, path=f"{self.path}.{segment}" if self.path else segment)


@dataclass(frozen=True)
class Op:
    """One operation on one side: `GET /v1/jobs/{id}/results` at `/paths/~1v1.../get`."""

    doc: Document
    node: dict[str, Json]
    ptr: str
    name: str
    path_item: dict[str, Json]
    path_ptr: str


@dataclass(frozen=True)
class Part:
    """One object found on both sides other than an operation or a schema: a path item, a
    parameter, a request body, a response, a response header or a media type."""

    kind: str  # a key of KNOWN_KEYS
    what: str  # for messages: "GET /jobs/{id} response 200"
    base: dict[str, Json]
    base_ptr: str
    rev: dict[str, Json]
    rev_ptr: str
    flow: str = ""  # a media type's: "request" or "response"


def parameter_required(node: dict[str, Json]) -> bool:
    return node.get("in") == "path" or node.get("required") is True


METHODS = HTTP_METHODS  # the operations of a path item, as the diff walks them
_TEMPLATE = re.compile(r"\{[^}]*\}")


def template_key(path: str) -> str:
    """A path with its parameter names erased: `/jobs/{id}` and `/jobs/{job_id}` are one path."""
    return _TEMPLATE.sub("{}", path)


#: JSON Schema keywords that only validate: neither package generates anything from them (no
#: type, no check), so they are judged by direction as constraints only the server applies
UNCHECKED_KEYWORDS = (
    "dependentRequired",
    "dependentSchemas",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "unevaluatedItems",
    "unevaluatedProperties",
    # a dynamic reference: the client types the value Any, the models generator resolves none
    # (it refuses one it cannot), so only the server applies the schema it points at
    "$dynamicRef",
)
#: constraints on an object's keys: the models package types its dict keys `constr(pattern=...)`
KEY_KEYWORDS = ("propertyNames", "patternProperties")
#: keywords that only annotate: the models package copies some into `json_schema_extra`
#: (metadata, no check), the client reads none
DOCUMENTATION_KEYWORDS = (
    "$comment",
    "xml",
    "externalDocs",
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
)

#: JSON Schema keywords that name or hold schemas for references to use: neither generator
#: generates anything from them (a schema in `$defs` is compared where a `$ref` reaches it;
#: openapi-python-client refuses a `$ref` into `$defs`, so generation stops there anyway)
DEFINITION_KEYWORDS = ("$defs", "definitions", "$id", "$anchor", "$dynamicAnchor", "$schema")

#: client runtime settings judged by `_client` (by what the client templates make of them)
CLIENT_REGION = "x-docspecs-region"
CLIENT_HELPERS = ("x-docspecs-wait", "x-docspecs-paging")
CLIENT_METHOD = "x-docspecs-method"

#: how a parameter's value is written into the request: the generated client reads none of them
#: (it leaves query and header values to httpx's encoding)
SERIALIZATION_KEYS = ("style", "explode", "allowReserved", "allowEmptyValue")

# the keys each kind of object is read for; a difference in any other key is unclassified
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "path item": frozenset({*METHODS, "parameters", "summary", "description", "$ref"}),
    "operation": frozenset(
        {"operationId", "tags", "summary", "description", "deprecated", "security"}
        | {"externalDocs", *CLIENT_HELPERS, CLIENT_METHOD}
        | {"parameters", "requestBody", "responses"}
    ),
    "parameter": frozenset(
        {"name", "in", "required", "description", "schema", "example", "examples", "deprecated"}
        | set(SERIALIZATION_KEYS)
        | {"content"}  # `value_content_changed`, its schema compared like `schema`
    ),
    "request body": frozenset({"description", "required", "content"}),
    "response": frozenset({"description", "headers", "content"}),
    "header": frozenset(
        {"description", "schema", "content", "required", "example", "examples", "deprecated"}
    ),
    "media type": frozenset({"schema", "example", "examples", "encoding"}),
    "schema": frozenset(
        {"type", "enum", "const", "format", "properties", "required", "items", "$ref"}
        | {"title", "description", "example", "examples"}
        | {"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"}
        | {"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"}
        | {"pattern", "multipleOf", "uniqueItems", "additionalProperties"}
        | {"default", "nullable"}  # nullable: OpenAPI 3.0's spelling, read by `normalise`
        | {"discriminator"}  # `discriminator_changed`
        # member names (docspecs writes x-enum-varnames from the values): `enum_members_changed`
        | {"x-enum-varnames", "x-enumNames"}
        | {"deprecated", "maxContains", "minContains", "readOnly", "writeOnly", "prefixItems"}
        | set(UNCHECKED_KEYWORDS)
        | set(KEY_KEYWORDS)
        | set(DOCUMENTATION_KEYWORDS)
        | set(DEFINITION_KEYWORDS)
    ),
}


def unread_key(what: str, key: object, ptr: str) -> Change:
    """The change of a key no rule reads: documentation for an extension that no template or
    generator reads, else unclassified (a vendor extension the templates read, `discriminator`)."""
    if is_extension(key) and not read_extension(str(key)):
        return change("extension-changed", ptr, what, repr(key))
    return change("unclassified-change", ptr, f"{what}: {key!r}")


def _unread(
    kind: str, what: str, base: tuple[Json, str], rev: tuple[Json, str]
) -> Iterator[Change]:
    """A change for each key of a `kind` object that differs and that no check reads."""
    (old, old_ptr), (new, new_ptr) = base, rev
    for key in sorted(old.keys() | new.keys(), key=str):
        if key not in KNOWN_KEYS[kind] and differs(old.get(key), new.get(key)):
            yield unread_key(what, key, join(new_ptr if key in new else old_ptr, str(key)))


SchemaCheck = Callable[[Ctx, Schema, Schema], Iterator[Change]]
OperationCheck = Callable[[Op, Op], Iterator[Change]]
PartCheck = Callable[[Part], Iterator[Change]]
DocumentCheck = Callable[[Document, Document], Iterator[Change]]

SCHEMA_CHECKS: list[SchemaCheck] = []
OPERATION_CHECKS: list[OperationCheck] = []
PART_CHECKS: list[PartCheck] = []
DOCUMENT_CHECKS: list[DocumentCheck] = []


def schema_check(check: SchemaCheck) -> SchemaCheck:
    SCHEMA_CHECKS.append(check)
    return check


def operation_check(check: OperationCheck) -> OperationCheck:
    OPERATION_CHECKS.append(check)
    return check


def part_check(check: PartCheck) -> PartCheck:
    PART_CHECKS.append(check)
    return check


def document_check(check: DocumentCheck) -> DocumentCheck:
    DOCUMENT_CHECKS.append(check)
    return check


def canonical(value: Json) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def differs(a: Json, b: Json) -> bool:
    return canonical(a) != canonical(b)


def show(value: Json) -> str:
    return json.dumps(value) if not isinstance(value, str) else repr(value)


def from_to(old: Json, new: Json) -> str:
    """`from 'a' to 'b'`, with `none` for a keyword that is absent."""
    return f"from {'none' if old is None else show(old)} to {'none' if new is None else show(new)}"


# -- schemas ---------------------------------------------------------------------------------------


def _type_text(types: frozenset[str] | None) -> str:
    if types is None:
        return "any"
    return " | ".join(sorted(types, key=lambda t: (t == "null", t))) or "any"


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    """Every value of type set `narrow` is a value of `wide` (integer is a kind of number)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _union(schema: Schema) -> frozenset[str] | None:
    """The types a schema's value may have, through its anyOf/oneOf alternatives."""
    if not schema.branches:
        return schema.all_types()
    union: set[str] = {"null"} if schema.nullable else set()
    for node, ptr in schema.branches:
        types = normalise(schema.doc, node, ptr).all_types()
        if types is None:
            return None
        union |= types
    return frozenset(union)


def _alternatives(schema: Schema) -> frozenset[str]:
    count = len(schema.branches) or 1
    return frozenset(
        [f"alternative {i + 1}" for i in range(count)] + (["null"] if schema.nullable else [])
    )


def _alternatives_text(schema: Schema) -> str:
    count = len(schema.branches) or 1
    text = f"{count} alternative{'s' if count > 1 else ''}"
    return f"{text} or null" if schema.nullable else text


@schema_check
def type_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """A type that accepts more is fine in requests; a type that may hold more breaks readers."""
    old, new = base.all_types(), rev.all_types()
    if base.branches or rev.branches:
        # anyOf/oneOf: the union of the alternatives' types when every one has a type, else
        # their number; alternatives are compared one by one when their number is the same
        old, new = _union(base), _union(rev)
        pairwise = len(base.branches) == len(rev.branches)
        if pairwise or old is None or new is None or old == new:
            old, new = _alternatives(base), _alternatives(rev)
            detail = f"from {_alternatives_text(base)} to {_alternatives_text(rev)}"
        else:
            detail = f"from {_type_text(old)} to {_type_text(new)}"
    else:
        detail = f"from {_type_text(old)} to {_type_text(new)}"
    if old == new:
        return
    wider, narrower = _covers(new, old), _covers(old, new)
    null_only = (
        old is not None
        and new is not None
        and old - {"null"} == new - {"null"}
        and "null" in new - old
    )
    if ctx.flow == "request":
        # a parameter or attribute that accepts more still accepts every value code passes
        # today (the signature's type widens: `str` -> `str | int`, `str` -> `Any`)
        rule = "request-type-widened" if wider else "request-type-changed"
        yield change(rule, rev.ptr, ctx.what(), detail)
    elif narrower and old is None:
        # `Any` -> `str` is no narrowing to a type checker: code that used the value as
        # anything else stops type-checking, and the models package now checks the type
        detail = f"{detail} (generated type Any -> {python_union(new)})"
        yield change("response-type-narrowed-from-any", rev.ptr, ctx.what(), detail)
    elif narrower:
        yield change("response-type-narrowed", rev.ptr, ctx.what(), detail)
    elif null_only:
        yield change("response-became-nullable", rev.at, ctx.what())
    else:
        yield change("response-type-changed", rev.ptr, ctx.what(), detail)


@schema_check
def type_respelled(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """`type: [string, "null"]`, `anyOf: [{type: string}, {type: "null"}]` and 3.0's
    `nullable: true` give the same Python type (`str | None`) in both packages, as do a
    `$ref` and an allOf/anyOf/oneOf wrapping only it: rewriting one as the other changes no
    generated code."""
    if base.spelling == rev.spelling or base.branches or rev.branches:
        return
    if base.all_types() != rev.all_types() or ("enum" in base.raw) != ("enum" in rev.raw):
        return  # a type change (or an enum class made or unmade): other checks judge it
    detail = f"from {_spelling_text(base)} to {_spelling_text(rev)}"
    yield change("schema-type-respelled", rev.at, ctx.what(), detail)


def _spelling_text(schema: Schema) -> str:
    return " and ".join(sorted(schema.spelling)) or "a plain type"


def _values(schema: Schema) -> dict[str, Json] | None:
    enum = schema.raw.get("enum")
    if not isinstance(enum, list):
        return None
    return {canonical(v): v for v in enum if v is not None}


@schema_check
def enum_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    old, new = _values(base), _values(rev)
    what = ctx.what()
    if old is None:
        if new is None:
            return
        detail = f"now restricted to enum values {', '.join(map(show, new.values()))}"
        if ctx.flow == "request":
            yield change("request-constraint-narrowed", rev.ptr, what, detail)
        elif _makes_an_enum_class(rev) and not _is_header(ctx):
            # every generated enum keeps unknown values (the templates' `_missing_`), so open
            # and closed enums alike only change the attribute's type: str -> an enum class
            kind = python_union(base.types)
            detail = (
                f"generated type {kind} -> an enum class of {', '.join(map(show, new.values()))}"
            )
            yield change("response-became-enum", rev.ptr, what, detail)
        else:
            yield change("response-constraint-narrowed", rev.ptr, what, detail)
        return
    if new is None:
        if ctx.flow == "request":
            yield change("request-constraint-relaxed", rev.ptr, what, "no longer an enum")
        else:
            yield change("response-type-changed", rev.ptr, what, "from an enum to any value")
        return
    removed = [show(old[k]) for k in old if k not in new]
    added = [show(new[k]) for k in new if k not in old]
    if ctx.flow == "response" and added and "const" in base.raw:
        # a const is a closed `Literal[...]` in both packages (the client raises on any other
        # value, pydantic rejects it): a value the old package does not know fails to parse
        detail = f"from const {show(base.raw['const'])} to {', '.join(map(show, new.values()))}"
        yield change("response-type-changed", rev.ptr, what, detail)
        return
    if removed:
        yield change(f"{ctx.flow}-enum-value-removed", rev.ptr, what, ", ".join(removed))
    if added:
        yield change(f"{ctx.flow}-enum-value-added", rev.ptr, what, ", ".join(added))


def _makes_an_enum_class(schema: Schema) -> bool:
    """Both packages make an enum class (StrEnum / `(str, Enum)`, IntEnum / `(int, Enum)`) of an
    enum of strings or of integers; a const is a `Literal[...]` instead."""
    values = [v for v in schema.raw.get("enum") or [] if v is not None]
    if "const" in schema.raw or not values:
        return False
    strings = all(isinstance(v, str) for v in values)
    return strings or all(isinstance(v, int) and not isinstance(v, bool) for v in values)


def _is_header(ctx: Ctx) -> bool:
    """A response header's schema: the client hands headers over as they came (no type)."""
    return not ctx.body and " header '" in ctx.subject


def _format_types(schema: Schema, fmt: Json) -> dict[str, tuple[str, str]]:
    return {t: python_types(t, fmt) for t in sorted(schema.types or ())}


@schema_check
def format_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """Judged by the Python types the packages generate: `integer` gaining `int32`, or a format
    neither generator maps, changes no type (a type change itself is `type_changed`'s)."""
    old, new = base.raw.get("format"), rev.raw.get("format")
    if old == new:
        return
    before, after = _format_types(base, old), _format_types(rev, new)
    moved = [
        f"{package} {b} -> {a}"
        for t in sorted(before.keys() & after.keys())
        for package, b, a in zip(("client", "models"), before[t], after[t], strict=True)
        if b != a
    ]
    if moved:
        detail = f"{from_to(old, new)} ({', '.join(moved)})"
        yield change(f"{ctx.flow}-format-changed", rev.ptr, ctx.what(), detail)
    else:
        yield change("schema-format-changed", rev.ptr, ctx.what(), from_to(old, new))


_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")


def _number(value: Json) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _multiple(value: float, of: float) -> bool:
    """`value` is a whole multiple of `of` (with float tolerance)."""
    if of == 0:
        return False
    ratio = value / of
    return abs(ratio - round(ratio)) < 1e-9


# (inclusive keyword, exclusive keyword, is a lower bound): the two spell one bound
_NUMERIC_BOUNDS = (("maximum", "exclusiveMaximum", False), ("minimum", "exclusiveMinimum", True))


def _bound(raw: Mapping[str, Json], inclusive: str, exclusive: str) -> list[tuple[float, bool]]:
    """The bounds `raw` writes with either keyword, as (value, exclusive)."""
    found = [(_number(raw.get(inclusive)), False), (_number(raw.get(exclusive)), True)]
    return [(value, flag) for value, flag in found if value is not None]


def _bound_moved(
    old: Mapping[str, Json], new: Mapping[str, Json], inclusive: str, exclusive: str, lower: bool
) -> tuple[bool, bool] | None:
    """(tighter, looser) for the numeric bound `minimum`/`exclusiveMinimum` (or the maximum
    pair) taken together: `minimum: 5` becoming `exclusiveMinimum: 5` only excludes 5. None
    when a keyword holds something else than a number (left to the per-keyword judgement)."""
    for raw in (old, new):
        for key in (inclusive, exclusive):
            if key in raw and _number(raw[key]) is None:
                return None

    def strictest(raw: Mapping[str, Json]) -> tuple[float, bool] | None:
        bounds = _bound(raw, inclusive, exclusive)
        if not bounds:
            return None
        # lower: the highest value, exclusive beating inclusive; upper: the lowest, likewise
        return max(bounds) if lower else min(bounds, key=lambda b: (b[0], not b[1]))

    before, after = strictest(old), strictest(new)
    if before == after:
        return False, False
    if before is None:
        return True, False
    if after is None:
        return False, True
    if lower:
        return after > before, after < before
    rank = (after[0], not after[1]), (before[0], not before[1])
    return rank[0] < rank[1], rank[0] > rank[1]


def _direction(key: str, old: Json, new: Json) -> tuple[bool, bool]:
    """(tighter, looser): whether the new value of `key` rejects some value the old one allowed,
    and whether it allows some value the old one rejected (both for a changed pattern)."""
    if key == "uniqueItems" or isinstance(old, bool) or isinstance(new, bool):
        # uniqueItems, and OpenAPI 3.0's exclusiveMinimum/exclusiveMaximum flags
        return new is True and old is not True, old is True and new is not True
    if new is None:
        return False, True
    if old is None:
        return True, False
    o, n = _number(old), _number(new)
    if key in _UPPER and o is not None and n is not None:
        return n < o, n > o
    if key in _LOWER and o is not None and n is not None:
        return n > o, n < o
    if key == "multipleOf" and o is not None and n is not None:
        return not _multiple(o, n), not _multiple(n, o)
    return True, True  # a pattern replaced by another: no telling which accepts more


@schema_check
def constraint_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """Bounds, lengths, patterns and item counts, by direction: a tighter one may reject what
    clients send today; a looser one in a response lets the server send values the models
    package (which checks `MODELS_CHECK` when it parses) still rejects."""
    tighter: list[str] = []
    looser: list[str] = []
    unchecked: list[str] = []
    judged: list[tuple[str, bool, bool]] = []  # (text, narrows, widens)
    paired: set[str] = set()
    for inclusive, exclusive, lower in _NUMERIC_BOUNDS:
        moved = _bound_moved(base.raw, rev.raw, inclusive, exclusive, lower)
        if moved is not None:  # one bound written with either keyword: judged as one
            paired |= {inclusive, exclusive}
            texts = [
                f"{key} {from_to(base.raw.get(key), rev.raw.get(key))}"
                for key in (inclusive, exclusive)
                if base.raw.get(key) != rev.raw.get(key)
            ]
            if texts and any(moved):  # the same bound spelt another way accepts the same
                judged.append(("; ".join(texts), *moved))
    keys = (*_UPPER, *_LOWER, "pattern", "multipleOf", "uniqueItems")
    for key in (*keys, *KEY_KEYWORDS, *UNCHECKED_KEYWORDS):
        old, new = base.raw.get(key), rev.raw.get(key)
        if old == new or key in paired:
            continue
        judged.append((f"{key} {from_to(old, new)}", *_direction(key, old, new)))
    for text, narrows, widens in judged:
        key = text.split(" ", 1)[0]
        if ctx.flow == "request":
            (tighter if narrows else looser).append(text)
        elif widens:
            (looser if key in MODELS_CHECK else unchecked).append(text)
        else:
            tighter.append(text)
    what = ctx.what()
    for rule, found in (
        (f"{ctx.flow}-constraint-narrowed", tighter),
        (f"{ctx.flow}-constraint-relaxed", looser),
        ("response-unchecked-constraint-relaxed", unchecked),
    ):
        if found:
            yield change(rule, rev.ptr, what, "; ".join(found))


def _is_parameter(ctx: Ctx) -> bool:
    return ctx.subject.startswith("request parameter") and not ctx.path


@schema_check
def default_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """Defaults are code: the client's function signatures and both packages' classes carry
    them, so code that leaves a value out sends (or, in a response, reads) the default."""
    old, new = base.raw.get("default"), rev.raw.get("default")
    if not differs(old, new):
        return
    detail = from_to(old, new)
    if ctx.flow == "response":
        yield change("response-property-default-value-changed", rev.ptr, ctx.what(), detail)
        return
    kind = "parameter" if _is_parameter(ctx) else "property"
    action = "added" if "default" not in base.raw else "changed"
    yield change(f"request-{kind}-default-value-{action}", rev.ptr, ctx.what(), detail)


def _enum_type(schema: Schema) -> str | None:
    types = sorted(schema.types or ())
    return types[0] if len(types) == 1 else None


@schema_check
def enum_members_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """A member name that now means another value, or a value whose member has another name, in
    either package's generated enum (positional names such as `VALUE_0`, collision suffixes)."""
    old, new = base.raw.get("enum"), rev.raw.get("enum")
    if not isinstance(old, list) or not isinstance(new, list):
        return
    if "const" in base.raw or "const" in rev.raw:
        return  # a const is a `Literal[...]`, no enum class with members
    names = ("x-enum-varnames", "x-enumNames")
    if not differs([old, *map(base.raw.get, names)], [new, *map(rev.raw.get, names)]):
        return
    old_values = [v for v in old if v is not None]
    new_values = [v for v in new if v is not None]
    before = enum_members(_enum_type(base), old_values, base.raw)
    after = enum_members(_enum_type(rev), new_values, rev.raw)
    found: list[str] = []
    for package in sorted(before.keys() & after.keys()):
        b, a = before[package], after[package]
        names_of = {value: name for name, value in a.items()}
        for name, value in b.items():
            if name in a and a[name] != value:
                found.append(f"{name} now means {a[name]} (was {value}) in the {package} package")
            elif name not in a and value in names_of:
                found.append(f"{name} renamed {names_of[value]} in the {package} package")
    if found:
        yield change("enum-member-renamed", rev.ptr, ctx.what(), "; ".join(found))
    elif before == after and old_values == new_values:
        # member names written out as the generators name them anyway, or left to them
        detail = ", ".join(k for k in names if differs(base.raw.get(k), rev.raw.get(k)))
        yield change("generated-name-respelled", rev.ptr, ctx.what(), f"({detail})")


def _hidden(ctx: Ctx, node: Json, doc: Document, ptr: str) -> bool:
    """readOnly properties are never sent, writeOnly ones never read."""
    resolved, _ = doc.resolve(node, ptr)
    if not isinstance(resolved, dict):
        return False
    return resolved.get("readOnly" if ctx.flow == "request" else "writeOnly") is True


@schema_check
def properties_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    for name, (node, ptr) in base.props.items():
        if name not in rev.props and not _hidden(ctx, node, base.doc, ptr):
            yield change(f"{ctx.flow}-property-removed", ptr, ctx.child(name).what())
    declared: list[str] = []
    for name, (node, ptr) in rev.props.items():
        if name in base.props or _hidden(ctx, node, rev.doc, ptr):
            continue
        if ctx.flow == "response" and _free_form(base):
            declared.append(name)
        elif ctx.flow == "response":
            yield change("response-property-added", ptr, ctx.child(name).what())
        elif name in rev.required:
            yield change("request-property-added-required", ptr, ctx.child(name).what())
        else:
            yield change("request-property-added-optional", ptr, ctx.child(name).what())
    if declared:
        detail = ", ".join(map(repr, declared))
        yield change("response-property-declared", join(rev.ptr, "properties"), ctx.what(), detail)


def _free_form(schema: Schema) -> bool:
    """An open object that declares no properties: both packages keep all of its keys as a dict
    (the client's `additional_properties`, item access; the models package's extra fields or a
    `dict`), the only way code can read them."""
    open_ = schema.raw.get("additionalProperties") is not False
    return schema.types == frozenset({"object"}) and not schema.props and open_


@schema_check
def required_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    for name, (_, ptr) in rev.props.items():
        if name not in base.props:
            continue
        was, now = name in base.required, name in rev.required
        if was != now:
            state = "required" if now else "optional"
            yield change(f"{ctx.flow}-property-became-{state}", ptr, ctx.child(name).what())


def _tags(schema: Schema) -> tuple[Json, dict[str, str]] | None:
    """(propertyName, {tag: component name}) of a union's discriminator, the implicit tags (a
    member's component name) included, as datamodel-code-generator types each member's tag
    property (`Literal['cat']`); None without a discriminator."""
    disc = schema.raw.get("discriminator")
    if not isinstance(disc, dict):
        return None
    mapping = disc.get("mapping")
    if not isinstance(mapping, dict):
        mapping = {}
    tags = {str(tag): str(ref).rsplit("/", 1)[-1] for tag, ref in mapping.items()}
    for node, ptr in schema.branches:
        name = normalise(schema.doc, node, ptr).ptr
        component = name[len(SCHEMAS) - 1 :]
        if is_component(name) and component not in tags.values():
            tags[component] = component
    return disc.get("propertyName"), tags


def _inherited_tags(schema: Schema) -> tuple[Json, dict[str, str]] | None:
    """(propertyName, {tag: component name}) of a discriminator on a schema that is no union (a
    base schema its subschemas build on with `allOf`): the models package turns every reference
    to the base into a union of the subschemas, tagged by the discriminator (`Cat | Dog`,
    `Field(discriminator=...)`), and types each subschema's tag property `Literal[tag]`: the
    mapping's tags, and the component name of a subschema the mapping does not name (a mapping
    entry naming no subschema is ignored). None without a discriminator, without subschemas (the
    reference stays the base class), or when the schema is a union (`_tags` judges those)."""
    disc = schema.raw.get("discriminator")
    owner = schema.discriminated
    if schema.branches or not isinstance(disc, dict) or owner is None or not is_component(owner):
        return None
    mapping = disc.get("mapping")
    mapped = {
        str(tag): str(ref).rsplit("/", 1)[-1]
        for tag, ref in (mapping.items() if isinstance(mapping, dict) else ())
    }
    tags: dict[str, str] = {}
    for name, node in schema.doc.component("schemas").items():
        parts = node.get("allOf") if isinstance(node, dict) else None
        if isinstance(parts, list) and any(
            isinstance(p, dict) and p.get("$ref") == "#" + owner for p in parts
        ):
            own = {tag: name for tag, target in mapped.items() if target == name}
            tags.update(own or {name: name})
    return (disc.get("propertyName"), tags) if tags else None


def _tags_text(tags: tuple[Json, dict[str, str]] | None) -> str:
    if tags is None:
        return "none"
    shown = ", ".join(f"{tag!r} -> {name}" for tag, name in sorted(tags[1].items()))
    return f"{tags[0]!r} ({shown})"


@schema_check
def discriminator_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """Judged by the models package, which parses a union by its discriminator and types each
    member's tag property as a `Literal` of its tag (openapi-python-client ignores it: it tries
    the members in order). A tag added lets the union hold more, a tag removed less; a tag that
    names another member, or another tag property, makes the old package parse into the wrong
    class. Judged between two unions (a schema becoming a union is `type_changed`'s), and
    between two schemas that are none, whose discriminator makes references to them unions of
    the subschemas that build on them (`_inherited_tags`): a subschema added or removed adds or
    removes a tag too."""
    if base.branches and rev.branches:
        old, new = _tags(base), _tags(rev)
    elif not base.branches and not rev.branches:
        old, new = _inherited_tags(base), _inherited_tags(rev)
    else:
        return
    owner = rev.discriminated or base.discriminated or rev.ptr
    ptr, what = join(owner, "discriminator"), ctx.what()
    if old == new:
        if differs(base.raw.get("discriminator"), rev.raw.get("discriminator")):
            detail = (
                "the discriminator's implicit tags written out, or the reverse"
                if old is not None or base.branches
                else "a discriminator no subschema extends (no generated code reads it)"
            )
            yield change("schema-type-respelled", ptr, what, detail)
        return
    detail = f"(discriminator from {_tags_text(old)} to {_tags_text(new)})"
    if old is not None and new is not None:
        moved = old[0] != new[0] or any(new[1].get(t, c) != c for t, c in old[1].items())
        if moved:
            yield change("discriminator-changed", ptr, what, detail.strip("()"))
            return
        wider, narrower = bool(new[1].keys() - old[1].keys()), bool(old[1].keys() - new[1].keys())
    else:
        # without a discriminator the members' tag properties are plain strings; with one they
        # are Literal types and the union is parsed by them
        wider, narrower = new is None, old is None
    if ctx.flow == "request":
        rule = "request-type-changed" if narrower else "request-type-widened"
    elif wider:
        rule = "response-type-changed"
    else:
        rule = "response-type-narrowed"
    yield change(rule, ptr, what, detail)


@schema_check
def defaults_written_out(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """A keyword written with the value its absence means (`nullable: false`, `minLength: 0`,
    `required: []`, ...), or such a keyword dropped: the same schema, the same code."""
    keys = sorted(
        (base.defaults - rev.defaults - rev.raw.keys())
        | (rev.defaults - base.defaults - base.raw.keys())
    )
    if keys:
        detail = ", ".join(f"{k}: {show(KEYWORD_DEFAULTS[k])}" for k in keys)
        detail = f"(a keyword's default written out or left out: {detail})"
        yield change("schema-type-respelled", rev.ptr, ctx.what(), detail)


@schema_check
def schema_unread_keys_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    # a discriminator: `discriminator_changed` (a schema becoming a union: `type_changed`)
    yield from _unread("schema", ctx.what(), (base.raw, base.ptr), (rev.raw, rev.ptr))


def _prefix_types(schema: Schema) -> frozenset[str] | None:
    """The types a list's items may have, through its prefixItems and items (None: any): the
    client types such a list `list[A | B]`."""
    nodes = schema.raw.get("prefixItems")
    if not isinstance(nodes, list):
        return frozenset()
    where = join(schema.ptr, "prefixItems")
    positions = [(node, join(where, index)) for index, node in enumerate(nodes)]
    if isinstance(schema.raw.get("items"), dict):
        positions.append((schema.raw["items"], join(schema.ptr, "items")))
    found: set[str] = set()
    for node, ptr in positions:
        types = normalise(schema.doc, node, ptr).all_types()
        if types is None:
            return None
        found |= types
    return frozenset(found)


@schema_check
def prefix_items_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """A tuple-like list (`prefixItems`): openapi-python-client types it `list[A | B]` from its
    positions' types, the models package `list[Any]`. The walker compares the positions both
    have; more or fewer positions are judged by that union of types, else as a constraint only
    the server checks (each position constrains one more item)."""
    old, new = base.raw.get("prefixItems"), rev.raw.get("prefixItems")
    size = (len(old) if isinstance(old, list) else 0, len(new) if isinstance(new, list) else 0)
    if size[0] == size[1]:
        return
    before, after = _prefix_types(base), _prefix_types(rev)
    what, ptr = ctx.what(), join(rev.ptr, "prefixItems")
    if before != after:
        detail = f"(item types from {_type_text(before)} to {_type_text(after)})"
        wider, narrower = _covers(after, before), _covers(before, after)
        if ctx.flow == "request":
            yield change("request-type-widened" if wider else "request-type-changed", ptr, what,
                         detail)  # fmt: skip
        elif narrower:
            rule = "response-type-narrowed-from-any" if before is None else "response-type-narrowed"
            yield change(rule, ptr, what, detail)
        else:
            yield change("response-type-changed", ptr, what, detail)
        return
    detail = f"prefixItems from {size[0]} to {size[1]} positions"
    if ctx.flow == "request":
        rule = "request-constraint-narrowed" if size[1] > size[0] else "request-constraint-relaxed"
    elif size[1] > size[0]:
        rule = "response-constraint-narrowed"
    else:
        rule = "response-unchecked-constraint-relaxed"
    yield change(rule, ptr, what, detail)


def _class_shape(node: Json) -> str:
    return canonical({k: v for k, v in node.items() if k not in ("description", "title")})


def _class_slots(schema: Schema) -> dict[str, str]:
    """{name suffix: shape} of the classes openapi-python-client generates for the objects
    written inline here: `""` for an inline object (`ItemValue`), `TypeN` for an inline object
    that is alternative N of an anyOf/oneOf, or of `type: [object, "null"]`
    (`ItemValueType0`). Objects behind a `$ref` are named after their component."""
    slots: dict[str, str] = {}
    for index, (node, ptr) in enumerate(schema.members):
        inline = isinstance(node, dict) and "$ref" not in node
        if inline and normalise(schema.doc, node, ptr).types == frozenset({"object"}):
            slots[f"Type{index}"] = _class_shape(node)
    own = _own(schema)
    parts = own.get("allOf") if isinstance(own.get("allOf"), list) else []
    referred = "$ref" in own or (parts and all(isinstance(p, dict) and "$ref" in p for p in parts))
    if not schema.members and not referred and schema.types == frozenset({"object"}):
        slots["Type0" if schema.nullable else ""] = _class_shape(own)
    return slots


@schema_check
def union_classes_renamed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """The client names a class generated for an inline object by where it sits: an
    alternative inserted or removed before it, an inline alternative swapped for a `$ref` (or
    the reverse), or an inline object becoming (or ceasing to be) one alternative of a union or
    nullable, gives code that names the class (`isinstance`, imports, constructing a request
    body) another class or none. The models package numbers several inline alternatives of one
    property the same way (`Value`, `Value1`)."""
    if not (base.members or rev.members) and base.nullable == rev.nullable:
        return
    old, new = _class_slots(base), _class_slots(rev)
    size = len(base.members)
    appended = {s for s in new.keys() - old.keys() if s.startswith("Type") and int(s[4:]) >= size}
    moved = (old.keys() ^ new.keys()) - appended
    if size and rev.members and size != len(rev.members):
        moved |= {s for s in old.keys() & new.keys() if old[s] != new[s]}
    # an inline object that moved to another position (its class takes that position's name)
    moved |= {
        s
        for s in old.keys() & new.keys()
        if old[s] != new[s] and any(t != s and new[t] == old[s] for t in new)
    }
    if moved:
        names = ", ".join(f"...{s}" if s else "the one without a suffix" for s in sorted(moved))
        detail = f"the client's classes for inline objects here ({names})"
        yield change("union-member-class-renamed", rev.ptr, ctx.what(), detail)


def _tag_values(schema: Schema) -> dict[str, str]:
    """{property: the one value it may hold} of the properties that hold a single value
    (`const`, a one-value enum; `honour_discriminators` writes a tagged union's tags so): a body
    with another value parses into neither package's class (the client checks consts, the
    models package types them `Literal`). Required or not: a tag is always sent."""
    found: dict[str, str] = {}
    for name, (node, ptr) in schema.props.items():
        values = normalise(schema.doc, node, ptr).raw.get("enum")
        if isinstance(values, list) and len(values) == 1:
            found[name] = canonical(values[0])
    return found


def _may_parse_alike(a: Schema, b: Schema, depth: int = 0) -> bool:
    """Whether one body can parse into either of two alternatives, so that which one the
    packages pick depends on their order: openapi-python-client tries them in order (an object
    parses into any class whose required keys it has), pydantic's smart mode breaks a tie by
    order. Alternatives of different JSON types, two scalars of the same Python type (the client
    returns the value as it came, pydantic takes the exact type), objects whose tags (a
    property's `const`) differ and lists whose items cannot parse alike never do."""
    if a.types is None or b.types is None or depth > 20:
        return True
    common = {t for t in a.types if _covers(b.types, frozenset({t}))}
    common |= {t for t in b.types if _covers(a.types, frozenset({t}))}
    for json_type in common:
        if json_type == "object":
            tags_a, tags_b = _tag_values(a), _tag_values(b)
            if not any(tags_a[k] != tags_b[k] for k in tags_a.keys() & tags_b.keys()):
                return True
        elif json_type == "array":
            items_a, items_b = a.raw.get("items"), b.raw.get("items")
            if not isinstance(items_a, dict) or not isinstance(items_b, dict):
                return True
            inner_a = normalise(a.doc, items_a, join(a.ptr, "items"))
            inner_b = normalise(b.doc, items_b, join(b.ptr, "items"))
            if _may_parse_alike(inner_a, inner_b, depth + 1):
                return True
        elif "enum" in a.raw or "enum" in b.raw:
            return True  # an enum class against a plain value or another enum class
        elif python_types(json_type, a.raw.get("format")) != python_types(
            json_type, b.raw.get("format")
        ):
            return True  # `datetime` against `str`: the client tries the first that parses
    return False


@schema_check
def union_order_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """The order of a union's alternatives is no type (`A | B` is `B | A`), but openapi-python-
    client tries them in order and pydantic's smart mode breaks ties by order: in a response,
    two alternatives that may parse the same body and swap places make the new packages parse
    it into the other class. Requests send what code built, whatever the order: documentation."""
    if not (base.branches and rev.branches):
        return
    old_index = {ptr: i for i, (_, ptr) in enumerate(base.branches)}
    new_index = {ptr: i for i, (_, ptr) in enumerate(rev.branches)}
    pairs = [(old_index[b[1]], new_index[r[1]], r) for b, r in pair_branches(base, rev)]
    swapped = [(p, q) for p in pairs for q in pairs if p[0] < q[0] and p[1] > q[1]]
    if not swapped:
        return
    what = ctx.what()
    alike = [
        (p, q)
        for p, q in swapped
        if _may_parse_alike(normalise(rev.doc, *p[2]), normalise(rev.doc, *q[2]))
    ]
    if ctx.flow == "response" and alike:
        shown = ", ".join(f"{p[0] + 1} and {q[0] + 1}" for p, q in alike)
        detail = f"alternatives {shown} swapped places"
        yield change("response-union-reordered", rev.ptr, what, detail)
    else:
        detail = (
            "alternatives reordered (no body parses into both of two that swapped places)"
            if ctx.flow == "response"
            else "alternatives reordered (a request sends what code built, whatever the order)"
        )
        yield change("schema-type-respelled", rev.ptr, what, detail)


@schema_check
def additional_properties_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """Judged by the client, which gives an open object's class `additional_properties` and item
    access (`obj["key"]`) and a closed one (`additionalProperties: false`) neither, dropping
    what it does not declare; the models package keeps undeclared fields either way
    (`extra="allow"`). Schemas on both sides, or a schema against an open object (`{}`), are
    compared by the walker."""
    old, new = base.raw.get("additionalProperties"), rev.raw.get("additionalProperties")
    if not differs(old, new) or isinstance(old, dict) or isinstance(new, dict):
        return
    where = rev.ptr if "additionalProperties" in rev.raw else base.ptr
    ptr, what = join(where, "additionalProperties"), ctx.what()
    if new is False:
        yield change("object-closed", ptr, what)
    elif old is False:
        yield change("object-opened", ptr, what)
    else:  # absent and `true`: open either way
        detail = f"additionalProperties {from_to(old, new)}"
        yield change("schema-type-respelled", ptr, what, detail)


def _is_field(ctx: Ctx) -> bool:
    """The schema is a property: a generated class attribute (not a list's items or a map's
    values, which are no attribute of their own)."""
    return bool(ctx.path) and not ctx.path.endswith(("]", ".*")) and ctx.path != "*"


def _own(schema: Schema) -> dict[str, Json]:
    """The keywords written on the node itself (a property's `deprecated` beside its `$ref`),
    not those of the schema it refers to."""
    return schema.node if isinstance(schema.node, dict) else {}


@schema_check
def deprecated_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """Judged by what the generators make of `deprecated`: datamodel-code-generator writes
    `Field(deprecated=True)` for a property (pydantic then warns when the attribute is read);
    openapi-python-client reads it nowhere; on a whole schema neither generator reads it."""
    was, now = base.raw.get("deprecated") is True, rev.raw.get("deprecated") is True
    if was == now:
        return
    state = "deprecated" if now else "reactivated"
    if _is_parameter(ctx):
        yield change(f"request-parameter-{state}", rev.ptr, ctx.what())
    elif _is_field(ctx) and (_own(base).get("deprecated") is True) != (
        _own(rev).get("deprecated") is True
    ):
        yield change(f"{ctx.flow}-property-{state}", rev.at, ctx.what())
    else:
        yield change("schema-description-changed", rev.ptr, ctx.what(), "deprecated")


@schema_check
def access_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """`readOnly` and `writeOnly` change no generated code (both packages keep the attribute and
    send or read it like any other): they say what the server does with the value. readOnly
    matters to what a client sends, writeOnly to what it reads; the other one is documentation
    in that direction."""
    keyword = "readOnly" if ctx.flow == "request" else "writeOnly"
    for key in ("readOnly", "writeOnly"):
        was, now = base.raw.get(key) is True, rev.raw.get(key) is True
        if was == now:
            continue
        if key != keyword:
            yield change("schema-description-changed", rev.ptr, ctx.what(), key)
            continue
        access = "read-only" if key == "readOnly" else "write-only"
        state = access if now else f"non-{access}"
        yield change(f"{ctx.flow}-property-became-{state}", rev.ptr, ctx.what())


@schema_check
def schema_docs_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    keys = [
        key
        for key in ("description", *DOCUMENTATION_KEYWORDS)
        if differs(base.raw.get(key), rev.raw.get(key))
    ]
    if keys:
        yield change("schema-description-changed", rev.ptr, ctx.what(), ", ".join(keys))


@schema_check
def definitions_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    """`$defs` (draft 7's `definitions`), `$id`, `$anchor`, `$dynamicAnchor` and `$schema`:
    neither generator makes code of them; what a `$ref` takes from `$defs` is compared there."""
    keys = [k for k in DEFINITION_KEYWORDS if differs(base.raw.get(k), rev.raw.get(k))]
    if keys:
        where = rev.ptr if any(k in rev.raw for k in keys) else base.ptr
        yield change("schema-definitions-changed", where, ctx.what(), ", ".join(keys))


def _makes_a_class(schema: Schema) -> bool:
    """Object and enum schemas become generated classes, named after their `title` if any."""
    return bool(schema.props) or "enum" in schema.raw or "object" in (schema.types or ())


@schema_check
def schema_title_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    old, new = base.raw.get("title"), rev.raw.get("title")
    if old == new:
        return
    if _makes_a_class(base) and _makes_a_class(rev):
        yield change("schema-title-changed", rev.ptr, ctx.what(), from_to(old, new))
    else:
        yield change("schema-description-changed", rev.ptr, ctx.what(), "title")


@schema_check
def schema_examples_changed(ctx: Ctx, base: Schema, rev: Schema) -> Iterator[Change]:
    if any(differs(base.raw.get(k), rev.raw.get(k)) for k in ("example", "examples")):
        yield change("example-changed", rev.ptr, ctx.what())


# -- operations ------------------------------------------------------------------------------------


def _same_identifier(old: Json, new: Json) -> bool:
    """Two names openapi-python-client turns into one Python name (`getJob`, `get_job`)."""
    return (
        isinstance(old, str)
        and isinstance(new, str)
        and python_identifier(old) == python_identifier(new)
    )


@operation_check
def operation_id_changed(base: Op, rev: Op) -> Iterator[Change]:
    """The generated function (and its module) is named after the operationId, as a Python
    name: a spelling that gives the same name renames nothing."""
    old, new = base.node.get("operationId"), rev.node.get("operationId")
    if old == new:
        return
    what = f"{rev.name}: the generated function's operationId"
    if _same_identifier(old, new):
        yield change(
            "generated-name-respelled", join(rev.ptr, "operationId"), what, from_to(old, new)
        )
    else:
        yield change("api-operation-id-changed", rev.ptr, rev.name, from_to(old, new))


@operation_check
def tag_changed(base: Op, rev: Op) -> Iterator[Change]:
    """The first tag (`default` without one) names the module and the client's resource
    namespace, as a Python name: `Classify Runs` and `classify_runs` are one."""
    before, after = listed(base.node.get("tags")), listed(rev.node.get("tags"))
    if not differs(before, after):
        return
    old, new = (before or ["default"])[0], (after or ["default"])[0]
    ptr = join(rev.ptr, "tags") if "tags" in rev.node else join(base.ptr, "tags")
    what = f"{rev.name}: the first tag, the module and resource it names"
    if old != new and not _same_identifier(old, new):
        yield change("api-tag-changed", rev.ptr, rev.name, from_to(old, new))
    elif differs(before[:1], after[:1]):
        yield change("generated-name-respelled", ptr, what, from_to(old, new))
    if differs(before[1:], after[1:]):  # the generator reads the first tag only
        yield change("info-changed", ptr, f"{rev.name}: tags after the first", "(not read)")


@operation_check
def operation_unread_keys_changed(base: Op, rev: Op) -> Iterator[Change]:
    yield from _unread("operation", rev.name, (base.node, base.ptr), (rev.node, rev.ptr))


@operation_check
def operation_deprecated(base: Op, rev: Op) -> Iterator[Change]:
    was, now = base.node.get("deprecated") is True, rev.node.get("deprecated") is True
    if now and not was:
        yield change("api-operation-deprecated", rev.ptr, rev.name)
    elif was and not now:
        yield change("api-operation-reactivated", rev.ptr, rev.name)
    elif differs(base.node.get("deprecated"), rev.node.get("deprecated")):
        yield change(
            "info-changed", rev.ptr, rev.name, "(deprecated: false written out, or left out)"
        )


@operation_check
def operation_docs_changed(base: Op, rev: Op) -> Iterator[Change]:
    if differs(base.node.get("summary"), rev.node.get("summary")):
        yield change("api-summary-changed", rev.ptr, rev.name)
    if any(differs(base.node.get(k), rev.node.get(k)) for k in ("description", "externalDocs")):
        yield change("api-description-changed", rev.ptr, rev.name)


Requirement = dict[str, frozenset[str]]  # scheme name -> scopes


def _security(op: Op) -> tuple[list[Requirement], str]:
    if "security" in op.node:
        raw, ptr = op.node["security"], op.ptr + "/security"
    else:
        raw, ptr = op.doc.data.get("security") or [], "/security"
    options: list[Requirement] = []
    for alternative in listed(raw):
        if isinstance(alternative, dict):
            options.append(
                {name: frozenset(map(str, listed(s))) for name, s in alternative.items()}
            )
    return options, ptr


def _schemes(options: list[Requirement]) -> set[frozenset[str]]:
    return {frozenset(option) for option in options}


def _security_text(options: set[frozenset[str]]) -> str:
    shown = sorted(" + ".join(sorted(o)) or "none" for o in options)
    return " or ".join(shown) or "none"


def _scopes(options: list[Requirement], schemes: frozenset[str]) -> set[tuple[str, str]]:
    return {
        (name, scope)
        for option in options
        if frozenset(option) == schemes
        for name, scopes in option.items()
        for scope in scopes
    }


@operation_check
def security_changed(base: Op, rev: Op) -> Iterator[Change]:
    """Judged by what the generated client does: an operation that needs no authentication takes
    a `Client`, one that does an `AuthenticatedClient`, whose credentials the user configures for
    the scheme. The client sends no OAuth scopes: those only say what a token must allow."""
    old_options, _ = _security(base)
    new_options, ptr = _security(rev)
    old, new = _schemes(old_options), _schemes(new_options)
    if old != new:
        yield _requirement_changed(rev.name, ptr, old, new)
    added: set[tuple[str, str]] = set()
    removed: set[tuple[str, str]] = set()
    for schemes in old & new:
        before, after = _scopes(old_options, schemes), _scopes(new_options, schemes)
        added |= after - before
        removed |= before - after
    for rule, scopes in (
        ("api-security-scope-added", added),
        ("api-security-scope-removed", removed),
    ):
        if scopes:
            text = ", ".join(f"{scope!r} ({name})" for name, scope in sorted(scopes))
            yield change(rule, ptr, rev.name, text)


def _requirement_changed(
    name: str, ptr: str, old: set[frozenset[str]], new: set[frozenset[str]]
) -> Change:
    """Which schemes an operation accepts changed (each alternative a set of scheme names)."""
    old_open = not old or frozenset() in old
    new_open = not new or frozenset() in new
    detail = f"from {_security_text(old)} to {_security_text(new)}"
    if old_open and not new_open:
        return change("api-security-added", ptr, name, f"({detail})")
    if new_open and not old_open:
        return change("api-security-removed", ptr, name, f"({detail})")
    if not old <= new:
        return change("api-security-changed", ptr, name, detail)
    return change("api-security-option-added", ptr, name, f"({detail})")


# -- path items, parameters, request bodies, responses, headers, media types ----------------------

_DESCRIPTION_RULES = {
    "path item": "api-description-changed",
    "request body": "api-description-changed",
    "parameter": "request-parameter-description-changed",
    "response": "response-description-changed",
    "header": "response-description-changed",
}


@part_check
def part_description_changed(part: Part) -> Iterator[Change]:
    rule = _DESCRIPTION_RULES.get(part.kind)
    if rule and differs(part.base.get("description"), part.rev.get("description")):
        yield change(rule, part.rev_ptr, part.what)


@part_check
def path_summary_changed(part: Part) -> Iterator[Change]:
    if part.kind == "path item" and differs(part.base.get("summary"), part.rev.get("summary")):
        yield change("api-summary-changed", part.rev_ptr, part.what)


@part_check
def part_examples_changed(part: Part) -> Iterator[Change]:
    if part.kind in ("parameter", "media type", "header") and any(
        differs(part.base.get(k), part.rev.get(k)) for k in ("example", "examples")
    ):
        yield change("example-changed", part.rev_ptr, part.what)


@part_check
def parameter_required_changed(part: Part) -> Iterator[Change]:
    was, now = parameter_required(part.base), parameter_required(part.rev)
    if part.kind == "parameter" and was != now:
        state = "required" if now else "optional"
        yield change(f"request-parameter-became-{state}", part.rev_ptr, part.what)


@part_check
def parameter_deprecated(part: Part) -> Iterator[Change]:
    """openapi-python-client reads a parameter's `deprecated` nowhere: a lifecycle notice."""
    was, now = part.base.get("deprecated") is True, part.rev.get("deprecated") is True
    if part.kind == "parameter" and was != now:
        state = "deprecated" if now else "reactivated"
        yield change(f"request-parameter-{state}", part.rev_ptr, part.what)


@part_check
def parameter_serialization_changed(part: Part) -> Iterator[Change]:
    """The client sends a parameter the same way whatever `style`, `explode`, `allowReserved`
    or `allowEmptyValue` say: after a change the server may read it differently."""
    if part.kind != "parameter":
        return
    old, new = _serialization(part.base), _serialization(part.rev)
    keys = [k for k in SERIALIZATION_KEYS if differs(old.get(k), new.get(k))]
    if keys:
        detail = ", ".join(f"{k} {from_to(old.get(k), new.get(k))}" for k in keys)
        yield change("request-parameter-serialization-changed", part.rev_ptr, part.what, detail)
        return
    written = [k for k in SERIALIZATION_KEYS if differs(part.base.get(k), part.rev.get(k))]
    if written:  # the defaults written out, or left out
        detail = f"({', '.join(written)}: written out with, or left to, the default)"
        yield change("info-changed", part.rev_ptr, part.what, detail)


def _serialization(parameter: dict[str, Json]) -> dict[str, Json]:
    """A parameter's `style`, `explode`, `allowReserved` and `allowEmptyValue` with OpenAPI's
    defaults filled in (`form` for query and cookie parameters, `simple` for path and header
    ones; `explode` true for `form` only)."""
    default_style = "form" if parameter.get("in") in ("query", "cookie") else "simple"
    style = parameter.get("style", default_style)
    return {
        "style": style,
        "explode": parameter.get("explode", style == "form"),
        "allowReserved": parameter.get("allowReserved", False),
        "allowEmptyValue": parameter.get("allowEmptyValue", False),
    }


#: keys of a parameter, a request body, a response header and an operation whose absence means
#: `false`: written out or left out, nothing changes
_FALSE_BY_DEFAULT = {
    "parameter": ("required", "deprecated"),
    "request body": ("required",),
    "header": ("required", "deprecated"),
}


@part_check
def part_defaults_written_out(part: Part) -> Iterator[Change]:
    """`required: false` or `deprecated: false` written out, or left out: the same thing."""
    keys = [
        k
        for k in _FALSE_BY_DEFAULT.get(part.kind, ())
        if differs(part.base.get(k), part.rev.get(k))
        and part.base.get(k) in (None, False)
        and part.rev.get(k) in (None, False)
        and not (k == "required" and part.rev.get("in") == "path")
    ]
    if keys:
        detail = f"({', '.join(f'{k}: false' for k in keys)} written out, or left out)"
        yield change("info-changed", part.rev_ptr, part.what, detail)


def _content_keys(node: dict[str, Json], keep: Callable[[str], bool]) -> dict[str, Json]:
    """A parameter's or header's `content`, each media type with the keys `keep` accepts."""
    content = node.get("content")
    if not isinstance(content, dict):
        return {}
    return {
        str(media): {k: v for k, v in entry.items() if keep(k)}
        if isinstance(entry, dict)
        else entry
        for media, entry in content.items()
    }


def _how_written(key: str) -> bool:
    return key not in ("schema", "example", "examples")


@part_check
def value_content_changed(part: Part) -> Iterator[Change]:
    """How a parameter's or header's value given by `content` is written (its media type, its
    `encoding`); its schema is compared as the value's (`value_schema`). openapi-python-client
    skips a parameter without `schema`, so no generated code writes it: a caller who sends it by
    hand now has to write it another way. The client hands a response header over as the text
    that came: `schema` or `content`, and how it is written, are documentation to it."""
    if part.kind not in ("parameter", "header"):
        return
    examples = [
        {media: found for media, found in _content_keys(node, _is_example).items() if found}
        for node in (part.base, part.rev)
    ]
    if differs(*examples):
        yield change("example-changed", part.rev_ptr, part.what)
    old, new = _content_keys(part.base, _how_written), _content_keys(part.rev, _how_written)
    switched = ("schema" in part.base) != ("schema" in part.rev)
    if part.kind == "header" and (switched or differs(old, new)):
        detail = f"(`schema` or `content`: {from_to(sorted(old), sorted(new))})"
        yield change("schema-type-respelled", part.rev_ptr, part.what, detail)
    elif part.kind == "parameter" and not switched and differs(old, new):
        same = sorted(old) == sorted(new)
        detail = "content's encoding" if same else f"content {from_to(sorted(old), sorted(new))}"
        yield change("request-parameter-serialization-changed", part.rev_ptr, part.what, detail)


def _is_example(key: str) -> bool:
    return key in ("example", "examples")


@part_check
def encoding_changed(part: Part) -> Iterator[Change]:
    """A media type's `encoding` (each multipart or form field's content type, headers, style):
    the generated client reads none of it (it writes a file part as given, an object as JSON,
    anything else as text), so it sends a request body as before and the server may now read it
    differently; a response body it reads without it."""
    if part.kind != "media type" or not differs(
        part.base.get("encoding"), part.rev.get("encoding")
    ):
        return
    before, after = part.base.get("encoding"), part.rev.get("encoding")
    fields = sorted(
        str(k)
        for k in (before if isinstance(before, dict) else {}).keys()
        | (after if isinstance(after, dict) else {}).keys()
        if not isinstance(before, dict)
        or not isinstance(after, dict)
        or differs(before.get(k), after.get(k))
    )
    detail = f"encoding of {', '.join(map(repr, fields))}" if fields else "encoding"
    ptr = join(part.rev_ptr if "encoding" in part.rev else part.base_ptr, "encoding")
    rule = "request" if part.flow == "request" else "response"
    yield change(f"{rule}-body-encoding-changed", ptr, part.what, detail)


@part_check
def header_deprecated(part: Part) -> Iterator[Change]:
    """The generated client hands response headers over as they came (`httpx.Headers`), with no
    attribute per declared header: deprecating one is documentation."""
    was, now = part.base.get("deprecated") is True, part.rev.get("deprecated") is True
    if part.kind == "header" and was != now:
        yield change("info-changed", part.rev_ptr, part.what, "(deprecated)")


@part_check
def request_body_required_changed(part: Part) -> Iterator[Change]:
    was, now = part.base.get("required") is True, part.rev.get("required") is True
    if part.kind == "request body" and was != now:
        state = "required" if now else "optional"
        yield change(f"request-body-became-{state}", part.rev_ptr, part.what)


@part_check
def header_required_changed(part: Part) -> Iterator[Change]:
    was, now = part.base.get("required") is True, part.rev.get("required") is True
    if part.kind == "header" and was != now:
        state = "required" if now else "optional"
        yield change(f"response-header-became-{state}", part.rev_ptr, part.what)


@part_check
def part_unread_keys_changed(part: Part) -> Iterator[Change]:
    yield from _unread(part.kind, part.what, (part.base, part.base_ptr), (part.rev, part.rev_ptr))


# -- the document ----------------------------------------------------------------------------------


@document_check
def info_changed(base: Document, rev: Document) -> Iterator[Change]:
    old, new = base.data.get("info") or {}, rev.data.get("info") or {}
    keys = sorted(k for k in old.keys() | new.keys() if differs(old.get(k), new.get(k)))
    if keys:
        yield change("info-changed", "/info", "info", f"({', '.join(keys)})")
    for key in DOCUMENTATION_KEYS:  # neither generator nor template reads them
        if differs(base.data.get(key), rev.data.get(key)):
            yield change("info-changed", f"/{key}", repr(key))


#: top-level keys that only document the API (tag descriptions, links to other documents)
DOCUMENTATION_KEYS = ("externalDocs", "tags")


def _servers(doc: Document) -> dict[str, tuple[int, dict[str, Json]]]:
    servers = listed(doc.data.get("servers"))
    return {
        s["url"]: (i, s)
        for i, s in enumerate(servers)
        if isinstance(s, dict) and isinstance(s.get("url"), str)
    }


@document_check
def servers_changed(base: Document, rev: Document) -> Iterator[Change]:
    old, new = _servers(base), _servers(rev)
    for url, (index, _) in old.items():
        if url not in new:
            yield change("server-removed", f"/servers/{index}", f"server {url}")
    for url, (index, server) in new.items():
        ptr, what = f"/servers/{index}", f"server {url}"
        if url not in old:
            yield change("server-added", ptr, what)
            continue
        before = old[url][1]
        for key in sorted(before.keys() | server.keys()):
            if not differs(before.get(key), server.get(key)) or key in ("url", CLIENT_REGION):
                continue
            if key == "description":
                yield change("info-changed", ptr, what, "(description)")
            else:  # variables: not classified yet (x-docspecs-region: `_client`)
                yield unread_key(what, key, join(ptr, key))


# what a user configures the generated client's credentials for; flows (scopes, URLs),
# openIdConnectUrl and bearerFormat are documentation to it
_SCHEME_WIRE_KEYS = frozenset({"type", "scheme", "in", "name", "$ref"})


@document_check
def security_schemes_changed(base: Document, rev: Document) -> Iterator[Change]:
    old, new = base.component("securitySchemes"), rev.component("securitySchemes")
    for name in old:
        ptr = join("/components/securitySchemes", name)
        what = f"security scheme '{name}'"
        if name not in new:
            yield change("security-scheme-removed", ptr, what)
            continue
        before, after = base.resolve(old[name], ptr)[0], rev.resolve(new[name], ptr)[0]
        keys = sorted(
            k for k in before.keys() | after.keys() if differs(before.get(k), after.get(k))
        )
        wire = [k for k in keys if k in _SCHEME_WIRE_KEYS]
        details = [k for k in keys if k not in _SCHEME_WIRE_KEYS and k != "description"]
        if wire:
            yield change("security-scheme-changed", ptr, what, f"({', '.join(wire)})")
        for key in (k for k in details if is_extension(k)):
            yield unread_key(what, key, join(ptr, key))
        if [k for k in details if not is_extension(k)]:
            shown = ", ".join(k for k in details if not is_extension(k))
            yield change("security-scheme-details-changed", ptr, what, shown)
        if "description" in keys:
            yield change("info-changed", ptr, what, "(description)")
    for name in new:
        if name not in old:
            ptr = join("/components/securitySchemes", name)
            yield change("security-scheme-added", ptr, f"security scheme '{name}'")


def _shape(value: Json, names: dict[str, str]) -> Json:
    """A schema without its documentation, its schema references renamed by `names`."""
    if isinstance(value, list):
        return [_shape(v, names) for v in value]
    if not isinstance(value, dict):
        return value
    shaped = {
        k: _shape(v, names)
        for k, v in value.items()
        if k not in ("description", "title", "example", "examples")
    }
    ref = shaped.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMAS):
        name = split_pointer(ref[1:])[-1]
        shaped["$ref"] = SCHEMAS + names.get(name, name)
    return shaped


def same_class_name(old: Json, old_name: str, new: Json, new_name: str) -> bool:
    """Whether a component renamed keeps its class names: without a `title` (which names the
    class instead) both generators make the same class of `job_status` and `JobStatus`."""
    titled = any(isinstance(n, dict) and "title" in n for n in (old, new))
    return not titled and class_names(old_name) == class_names(new_name)


@document_check
def component_schemas_changed(base: Document, rev: Document) -> Iterator[Change]:
    """Removed and added schemas; a removed one whose shape reappears under a new name is a
    rename (the generated class name follows the component name)."""
    old, new = base.component("schemas"), rev.component("schemas")
    gone = [n for n in old if n not in new]
    fresh = [n for n in new if n not in old]
    renamed: dict[str, str] = {}
    for name in gone:
        candidates = [
            n
            for n in fresh
            if n not in renamed.values()
            and not differs(_shape(old[name], {name: n}), _shape(new[n], {}))
        ]
        if len(candidates) == 1:
            renamed[name] = candidates[0]
    for name in gone:
        if name in renamed and same_class_name(old[name], name, new[renamed[name]], renamed[name]):
            ptr = join("/components/schemas", renamed[name])
            detail = from_to(name, renamed[name])
            yield change("generated-name-respelled", ptr, f"schema '{name}'", detail)
        elif name in renamed:
            yield change(
                "component-schema-renamed",
                join("/components/schemas", renamed[name]),
                f"schema '{name}'",
                repr(renamed[name]),
            )
        else:
            ptr = join("/components/schemas", name)
            yield change("component-schema-removed", ptr, f"schema '{name}'")
    for name in fresh:
        if name not in renamed.values():
            ptr = join("/components/schemas", name)
            yield change("component-schema-added", ptr, f"schema '{name}'")


@document_check
def component_examples_changed(base: Document, rev: Document) -> Iterator[Change]:
    old, new = base.component("examples"), rev.component("examples")
    for name in sorted(old.keys() | new.keys()):
        if differs(old.get(name), new.get(name)):
            ptr = join("/components/examples", name)
            yield change("example-changed", ptr, f"example '{name}'")
