"""Reading two OpenAPI documents side by side: `$ref` resolution and schema normal forms.

The checks compare *effective* schemas: references followed (a reference's sibling keywords win,
as OpenAPI 3.1 allows), `allOf` branches merged, and the OpenAPI 3.1 ways of saying "nullable"
(`type: [x, "null"]`, `anyOf: [x, {type: "null"}]`) folded into one `nullable` flag; which
spelling was used is kept (`spelling`), as are the anyOf/oneOf entries as written (`members`),
since the generators name classes of inline objects by their position there.
`pair_branches` pairs the alternatives of two unions, `matching_branch` finds the alternative a
schema became (or was) one of.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from docspecs._bundler import Unresolvable, lookup
from docspecs._errors import DocspecsError
from docspecs._findings import json_type, pointer

Json = Any
Flow = Literal["request", "response"]

SCHEMAS = "#/components/schemas/"


def join(base: str, *parts: str | int) -> str:
    return base + pointer(*parts)


@dataclass(frozen=True)
class Document:
    """One side of the comparison: a bundled OpenAPI document with local references only, and
    the API it describes when known (the client's default settings are named after it)."""

    data: dict[str, Json]
    api: str | None = None

    def at(self, ref: str) -> Json:
        if not ref.startswith("#"):
            raise DocspecsError(
                f"$ref {ref!r}: only local references (#/...) can be compared; "
                "bundle the document first"
            )
        try:
            node: Json = lookup(self.data, ref[1:])
        except Unresolvable:
            raise DocspecsError(f"$ref {ref!r}: no such location in the document") from None
        return node

    def resolve(self, node: Json, where: str) -> tuple[Json, str]:
        """`node` with its `$ref` chain followed, and the JSON pointer it finally lives at."""
        seen: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                raise DocspecsError(f"{where}: $ref cycle {' -> '.join([*seen, ref])}")
            seen.append(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = self.at(ref)
            node = {**target, **siblings} if isinstance(target, dict) and siblings else target
            where = ref[1:]
        return node, where

    def component(self, kind: str) -> dict[str, Json]:
        components = self.data.get("components")
        section = components.get(kind) if isinstance(components, dict) else None
        return section if isinstance(section, dict) else {}


@dataclass
class Schema:
    """The effective form of one schema node, at `ptr` in its document."""

    doc: Document
    raw: dict[str, Json]
    ptr: str  # where the schema's own keywords live (a $ref's target)
    at: str  # where the node being compared sits (a property, an items, a media type schema)
    props: dict[str, tuple[Json, str]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    types: frozenset[str] | None = None  # non-null types; None: any type
    nullable: bool = False
    branches: list[tuple[Json, str]] = field(default_factory=list)  # anyOf/oneOf alternatives
    # how the type is written where several spellings generate the same Python type:
    # `type: [x, "null"]`, `nullable: true`, an anyOf/oneOf/allOf wrapping one schema
    spelling: set[str] = field(default_factory=set)
    members: list[tuple[Json, str]] = field(default_factory=list)  # anyOf/oneOf as written
    node: Json = None  # the node as written at `at`, before its `$ref` is followed
    # where the `discriminator` this schema carries is written: itself, or the one schema an
    # allOf wraps (a discriminator is not inherited by an allOf of several schemas: the models
    # package reads it on the base class, whose subclasses are those allOf's)
    discriminated: str | None = None
    # keywords written with the value their absence means (`nullable: false`, `minLength: 0`):
    # left out of `raw`, so no check reads them as a change
    defaults: frozenset[str] = frozenset()

    def all_types(self) -> frozenset[str] | None:
        if self.types is None:
            return None
        return self.types | ({"null"} if self.nullable else set())


#: keywords whose absence means this value (JSON Schema 2020-12, OpenAPI 3.0's flags): written
#: out or left out, they say the same thing and both generators make the same code of them
KEYWORD_DEFAULTS: dict[str, Json] = {
    "nullable": False,
    "deprecated": False,
    "readOnly": False,
    "writeOnly": False,
    "uniqueItems": False,
    "exclusiveMinimum": False,
    "exclusiveMaximum": False,
    "minLength": 0,
    "minItems": 0,
    "minProperties": 0,
    "required": [],
}


def _is_default(key: str, value: Json) -> bool:
    """`value` is what leaving `key` out means (`False` is no `0`: types are compared too)."""
    if key not in KEYWORD_DEFAULTS:
        return False
    default = KEYWORD_DEFAULTS[key]
    return type(value) is type(default) and value == default


def listed(value: Json) -> list[Json]:
    """`value` if it is a list, else no entries (lint reports a keyword of the wrong shape)."""
    return value if isinstance(value, list) else []


def mapped(value: Json) -> dict[str, Json]:
    """`value` if it is a mapping, else no entries (lint reports a keyword of the wrong shape)."""
    return value if isinstance(value, dict) else {}


def _is_null(node: Json) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("type") == ["null"])


def normalise(doc: Document, node: Json, where: str, depth: int = 0) -> Schema:
    """The effective schema of `node` (found at `where`)."""
    if depth > 50:
        raise DocspecsError(f"{where}: allOf/anyOf nesting too deep to compare")
    at, written = where, node
    node, where = doc.resolve(node, where)
    if node is True or not isinstance(node, dict):
        return Schema(doc, {}, where, at, node=written)
    raw = {k: v for k, v in node.items() if k not in ("allOf", "anyOf", "oneOf")}
    defaults = frozenset(k for k, v in raw.items() if _is_default(k, v))
    raw = {k: v for k, v in raw.items() if k not in defaults}
    own = set(raw)
    schema = Schema(doc, raw, where, at, node=written, defaults=defaults)
    for name, sub in mapped(raw.get("properties")).items():
        schema.props[name] = (sub, join(where, "properties", name))
    schema.required = {r for r in listed(raw.get("required")) if isinstance(r, str)}
    if isinstance(raw.get("discriminator"), dict):
        schema.discriminated = where
    declared = raw.get("type")
    if isinstance(declared, str):
        declared = [declared]
    if isinstance(declared, list):
        schema.nullable = "null" in declared
        if schema.nullable:
            schema.spelling.add('type: [..., "null"]')
        schema.types = frozenset(str(t) for t in declared if t != "null")
    elif "properties" in raw or isinstance(raw.get("additionalProperties"), dict):
        schema.types = frozenset({"object"})
    elif "items" in raw or "prefixItems" in raw:
        schema.types = frozenset({"array"})
    elif isinstance(raw.get("enum"), list) or "const" in raw:
        # no `type`: the generators type an enum (or const) by its values
        values = raw["enum"] if isinstance(raw.get("enum"), list) else [raw["const"]]
        schema.nullable = None in values
        schema.types = frozenset(json_type(v) for v in values if v is not None) or None
        schema.spelling.add("type left to the values")
    # OpenAPI 3.0's `nullable: true`, for a document not yet converted to 3.1 (which spells it
    # `type: [x, "null"]`): the same flag, so the same rules judge it
    if raw.get("nullable") is True:
        schema.nullable = True
        schema.spelling.add("nullable: true")
    wrapper = len(listed(node.get("allOf"))) == 1
    if wrapper:
        schema.spelling.add("allOf of one schema")
    for index, branch in enumerate(listed(node.get("allOf"))):
        part = normalise(doc, branch, join(where, "allOf", index), depth + 1)
        for name, prop in part.props.items():
            schema.props.setdefault(name, prop)
        schema.required |= part.required
        for key, value in part.raw.items():
            if key != "discriminator" or wrapper:
                schema.raw.setdefault(key, value)
        if wrapper and schema.discriminated is None:
            schema.discriminated = part.discriminated
        if schema.types is None:
            schema.types = part.types
        schema.nullable = schema.nullable or part.nullable
        schema.spelling |= part.spelling
    for keyword in ("anyOf", "oneOf"):
        alternatives = [
            (branch, join(where, keyword, index))
            for index, branch in enumerate(listed(node.get(keyword)))
        ]
        schema.members = schema.members or alternatives
        real = [(b, p) for b, p in alternatives if not _is_null(doc.resolve(b, p)[0])]
        if len(real) < len(alternatives):
            schema.nullable = True
        if len(real) == 1:
            or_null = " or null" if schema.nullable else ""
            schema.spelling.add(f"{keyword} of one schema{or_null}")
            inner = normalise(doc, real[0][0], real[0][1], depth + 1)
            schema.spelling |= inner.spelling
            for key, value in inner.raw.items():
                schema.raw.setdefault(key, value)
            schema.props = {**inner.props, **schema.props}
            schema.required |= inner.required
            schema.types = inner.types if schema.types is None else schema.types
            schema.nullable = schema.nullable or inner.nullable
            schema.branches = schema.branches or inner.branches
            if not own & {"type", "enum", "const", "format", "properties", "items"}:
                schema.ptr = inner.ptr
        elif real:
            schema.branches = real
    if "enum" not in schema.raw and "const" in schema.raw:
        schema.raw["enum"] = [schema.raw["const"]]
    return schema


def is_component(ptr: str) -> bool:
    """`ptr` is a component schema itself (`/components/schemas/Name`), not a place inside one."""
    prefix = SCHEMAS[1:]
    return ptr.startswith(prefix) and "/" not in ptr[len(prefix) :]


Branch = tuple[Json, str]


def pair_branches(old: Schema, new: Schema) -> list[tuple[Branch, Branch]]:
    """The anyOf/oneOf alternatives of two schemas that are compared with each other: those
    naming the same component schema, then inline ones written the same way, then the others by
    position when as many are left on both sides (an alternative reordered, added or removed is
    not compared with its neighbour)."""
    old_ptrs = [normalise(old.doc, *b).ptr for b in old.branches]
    new_ptrs = [normalise(new.doc, *b).ptr for b in new.branches]
    targets = {ptr: b for ptr, b in zip(new_ptrs, new.branches, strict=True) if is_component(ptr)}
    pairs = [
        (branch, targets[ptr])
        for ptr, branch in zip(old_ptrs, old.branches, strict=True)
        if ptr in targets
    ]
    paired = {ptr for ptr in old_ptrs if ptr in targets}
    old_rest = [b for ptr, b in zip(old_ptrs, old.branches, strict=True) if ptr not in paired]
    new_rest = [b for ptr, b in zip(new_ptrs, new.branches, strict=True) if ptr not in paired]
    for branch in list(old_rest):
        same = [b for b in new_rest if _written(b[0]) == _written(branch[0])]
        if same and not (isinstance(branch[0], dict) and "$ref" in branch[0]):
            pairs.append((branch, same[0]))
            old_rest.remove(branch)
            new_rest.remove(same[0])
    if len(old_rest) == len(new_rest):
        pairs += zip(old_rest, new_rest, strict=True)
    return pairs


def _written(node: Json) -> str:
    return json.dumps(node, sort_keys=True, default=str)


def matching_branch(plain: Schema, union: Schema) -> Schema | None:
    """The alternative of `union` that `plain` (a schema without alternatives) became one of, or
    was before alternatives were added: the same component schema, else the one alternative of
    the same types; its wrapper's own keywords (description, default, ...) merged in, so the two
    compare keyword by keyword. None when no alternative matches."""
    alternatives = [normalise(union.doc, *branch) for branch in union.branches]
    same = [a for a in alternatives if a.ptr == plain.ptr and is_component(a.ptr)]
    if not same:
        same = [a for a in alternatives if a.types == plain.types]
    if len(same) != 1:
        return None
    (match,) = same
    match.raw = {**match.raw, **{k: v for k, v in union.raw.items() if k != "discriminator"}}
    match.props = {**match.props, **union.props}
    match.required |= union.required
    match.nullable = match.nullable or union.nullable
    match.at, match.node = union.at, union.node
    return match
