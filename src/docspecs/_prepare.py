"""The generator-ready document's last step: what docspecs adds to the overlaid document so that
both generators produce code that round-trips, type-checks and names things stably.

`prepare_document` runs every step below, in place; the result is what generate writes to
`generated/<api>-client/openapi.json` (exactly what the generators saw) and what diff compares.
Each step fixes one kind of generator defect, as a kind rather than per document:

    plain_schema_names       component names with dots (`studio.v2.flow`) lose them
    name_inline_schemas      inline objects become components with location-derived names
    names_over_titles        a component's class is named after the component, not its title
    nullable_allof_overrides an allOf member narrowing a nullable property stays mergeable
    plain_key_constraints    `propertyNames` that only constrain strings leave the key type plain
    flat_nullable_scalars    `anyOf: [<constrained scalar>, null]` becomes `type: [<type>, null]`
    honour_discriminators    discriminator mappings become consts plus an any-object branch
    describe_parameter_schemas  parameter descriptions reach the endpoint docstrings
    name_enum_members        x-enum-varnames derived from values, alike in both packages
    keep_formatted_strings   formats parsed into Python objects stay strings (exact round trip)
    plain_boolean_enums      boolean enums are plain booleans
    text_bodies_as_strings   non-JSON bodies are text, never `from_dict`ed

Nothing here imports a generator.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence, Set
from typing import Any

from docspecs._bundler import HTTP_METHODS

__all__ = [
    "describe_parameter_schemas",
    "distinct_parameter_names",
    "enum_member_names",
    "flat_nullable_scalars",
    "has_tagged_unions",
    "honour_discriminators",
    "is_json_media_type",
    "is_tagged_union",
    "keep_formatted_strings",
    "name_enum_members",
    "name_inline_schemas",
    "names_over_titles",
    "nullable_allof_overrides",
    "plain_boolean_enums",
    "plain_key_constraints",
    "plain_schema_names",
    "prepare_document",
    "text_bodies_as_strings",
]


def is_json_media_type(media_type: str) -> bool:
    """`application/json`, any `+json` type or `*/*` (parameters ignored)."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json") or essence == "*/*"


def prepare_document(
    document: dict[str, Any], content_type_overrides: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """What docspecs adds to the overlaid document for the generators (in place; written to
    openapi.json, so that file stays what the generators saw), in this order:
    `plain_schema_names`, `inheritance_as_unions`, `name_inline_schemas`, `names_over_titles`,
    `nullable_allof_overrides`, `plain_key_constraints`, `flat_nullable_scalars`,
    `honour_discriminators`, `describe_parameter_schemas`, `nullable_enums_as_unions`,
    `name_enum_members`, `keep_formatted_strings`, `plain_boolean_enums`,
    `text_bodies_as_strings` and `untyped_json_bodies`.
    `content_type_overrides` are the API's settings (docspecs._settings): a media type
    overridden to a JSON one is read as JSON.

    Returns what the generators cannot be given as they should read it (`honour_discriminators`'
    refusals): `(JSON pointer, message ending in a fix)` pairs, sorted, each pointer where the
    schema is in the document as it came (before inline schemas were moved). Generate fails
    the API on any, lint reports each (`generator-accepts`).

    A document whose `paths` or `components` is not a mapping is left as it is: it is no OpenAPI
    document, and lint (or diff) reports where, instead of a crash here."""
    if not all(isinstance(document.get(key, {}), dict) for key in ("paths", "components")):
        return []
    origins = plain_schema_names(document)
    inheritance_as_unions(document)
    origins.update(name_inline_schemas(document))
    names_over_titles(document)
    nullable_allof_overrides(document)
    plain_key_constraints(document)
    flat_nullable_scalars(document)
    refusals = honour_discriminators(document, origins=origins)
    describe_parameter_schemas(document)
    nullable_enums_as_unions(document)
    name_enum_members(document)
    keep_formatted_strings(document)
    plain_boolean_enums(document)
    json_types = {
        media
        for media, target in (content_type_overrides or {}).items()
        if is_json_media_type(target)
    }
    text_bodies_as_strings(document, json_types)
    untyped_json_bodies(document, json_types)
    return refusals


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _origin(pointer: str, origins: Mapping[str, str]) -> str:
    """`pointer` (in the document after `name_inline_schemas`) where it was before: inside a
    moved schema, under the schema's old place (`origins`: new place -> old place)."""
    for _ in range(len(origins) + 1):
        for moved, old in origins.items():
            if pointer == moved or pointer.startswith(moved + "/"):
                pointer = old + pointer[len(moved) :]
                break
        else:
            return pointer
    return pointer


SCHEMA_REF = "#/components/schemas/"


def _pascal(text: str) -> str:

    words = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def _walk_dicts(node: Any) -> list[dict[str, Any]]:
    """Every mapping in `node`, `node` included, depth first (iterative: no recursion limit)."""
    found: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


# Names the generated modules use for themselves, at module level, beside the model classes
# they import: the client runtime (client.py, types.py, the endpoint modules), the typing and
# standard-library names they import, and the models package's pydantic imports. A component
# whose class would take one of these names shadowed it (a component `Unset` made every
# optional property of the client read as a wrong type; `Page` or `Client` replaced the
# client's own class).
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated", "Any", "AnyUrl", "AsyncAuthenticatedClient", "AsyncIterator", "AsyncPage",
        "AuthenticatedClient", "Awaitable", "BaseModel", "BinaryIO", "Callable", "Client",
        "ConfigDict", "Enum", "Field", "File", "FileTypes", "Final", "Generator", "Generic",
        "HTTPStatus", "IntEnum", "Iterator", "Literal", "Mapping", "Page", "ParamSpec",
        "RequestOptions", "Response", "RootModel", "Self", "StrEnum", "TextIO", "TypeVar",
        "Unset",
    }
)  # fmt: skip


def plain_schema_names(document: dict[str, Any]) -> dict[str, str]:
    """Rename every component schema whose name holds a dot (`studio.v2.flow`, a common style in
    published documents) to the name with `_` for each dot, and one whose class name would be
    one of `RESERVED_CLASS_NAMES` to that name with `Model` appended (`Page` -> `PageModel`, in
    both packages), and repoint every `$ref` (in place).

    The models generator reads a dotted name as a module path and refuses the document
    ("Modular references require an output directory"); the client generator makes the same
    class name of both spellings (`StudioV2Flow`), so client names do not change. A name
    already taken gets `_` appended until free. A discriminator that tagged a renamed branch
    by its component name (no `mapping` entry) gets that tag mapped explicitly, so the tag the
    API sends still selects the branch.

    Returns `{"/components/schemas/<new>": "/components/schemas/<old>"}` (JSON pointers) for
    each renamed schema, so findings point into the document as written."""
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return {}
    renames: dict[str, str] = {}
    for old in sorted(name for name in schemas if "." in str(name)):
        new = str(old).replace(".", "_")
        while new in schemas or new in renames.values():
            new += "_"
        renames[old] = new
    for old in sorted(str(name) for name in schemas if _pascal(str(name)) in RESERVED_CLASS_NAMES):
        new = renames.get(old, old) + "Model"
        while new in schemas or new in renames.values():
            new += "_"
        renames[old] = new
    if not renames:
        return {}
    nodes = _walk_dicts(document)
    for node in nodes:
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict):
            continue
        mapping = discriminator.get("mapping")
        mapped = set(mapping.values()) if isinstance(mapping, dict) else set()
        for branch in [*(node.get("oneOf") or []), *(node.get("anyOf") or [])]:
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            if not isinstance(ref, str) or ref in mapped or not ref.startswith(SCHEMA_REF):
                continue
            old_name = ref[len(SCHEMA_REF) :]
            if old_name not in renames:
                continue
            if not isinstance(mapping, dict):
                mapping = discriminator["mapping"] = {}
            mapping.setdefault(old_name, ref)
    for node in nodes:
        ref = node.get("$ref")
        if isinstance(ref, str):
            node["$ref"] = _renamed_ref(ref, renames)
        mapping = (node.get("discriminator") or {}) if isinstance(node, dict) else {}
        tags = mapping.get("mapping") if isinstance(mapping, dict) else None
        if isinstance(tags, dict):
            for tag, target in tags.items():
                if isinstance(target, str):
                    tags[tag] = _renamed_ref(target, renames)
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    return {
        "/components/schemas/" + _escape(new): "/components/schemas/" + _escape(str(old))
        for old, new in renames.items()
    }


def _renamed_ref(ref: str, renames: Mapping[str, str]) -> str:
    """`ref` pointing at a renamed schema (or inside one), repointed; any other `ref` as it is.
    A mapping value may also be a bare component name."""
    if ref in renames:
        return renames[ref]
    if not ref.startswith(SCHEMA_REF):
        return ref
    name, slash, rest = ref[len(SCHEMA_REF) :].partition("/")
    name = name.replace("~1", "/").replace("~0", "~")
    if name not in renames:
        return ref
    return SCHEMA_REF + _escape(renames[name]) + slash + rest


def _null_in_type(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return isinstance(types, list) and "null" in types


# kept where a nullable inline object was: they describe the place, not the object
_PLACE_KEYWORDS = ("description", "default", "deprecated", "readOnly", "writeOnly")


def _nullable_ref(schema: dict[str, Any], hoist: Any) -> dict[str, Any]:
    """A nullable inline object (`type: [object, "null"]`, what 3.0's `nullable: true` becomes)
    as `anyOf: [<$ref to the object, hoisted>, {type: "null"}]`: the client named the class of a
    nullable component `<Name>Type0`, the models package `<Name>`; now both name the object
    `<Name>` and type the place `<Name> | None`."""
    part = {key: value for key, value in schema.items() if key not in _PLACE_KEYWORDS}
    remaining = [kind for kind in schema["type"] if kind != "null"]
    part["type"] = remaining[0] if len(remaining) == 1 else remaining
    place = {key: schema[key] for key in _PLACE_KEYWORDS if key in schema}
    if "description" in schema:
        part["description"] = schema["description"]
    return {"anyOf": [hoist(part), {"type": "null"}], **place}


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
    )


def name_inline_schemas(document: dict[str, Any]) -> dict[str, str]:
    """Move every inline object schema with properties to `components/schemas` under a name
    derived from where it is, and `$ref` it there (in place).

    Names are openapi-python-client's own for the same places, so client classes keep their
    names: a request body `<OperationId>Body`, a response body `<OperationId>Response<Status>`,
    a property `<Parent><Property>`, an array's items `<...>Item`. The models package used to
    leave inline bodies out and to number nested objects in the order it met them
    (`Validations1`, `Validations2`); now both packages have a class for each, named by its
    location, so adding an unrelated schema renames nothing. A name already taken by another
    schema gets `Inline` appended.

    Returns where each moved schema was: `{"/components/schemas/<Name>": <JSON pointer of its
    old place>}` (a nested one's old place inside its moved parent's new one).
    """
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    pending: list[tuple[str, dict[str, Any]]] = []
    origins: dict[str, str] = {}

    def hoist(schema: dict[str, Any], name: str, at: str) -> dict[str, str]:
        while name in schemas:
            name += "Inline"
        schemas[name] = schema
        pending.append((name, schema))
        origins["/components/schemas/" + _escape(name)] = at
        return {"$ref": SCHEMA_REF + name}

    def place(container: dict[str, Any], key: str, name: str, at: str) -> None:
        schema = container.get(key)
        if not isinstance(schema, dict):
            return
        if _is_inline_object(schema) and _null_in_type(schema):
            container[key] = _nullable_ref(schema, lambda part: hoist(part, name, at))
        elif _is_inline_object(schema):
            container[key] = hoist(schema, name, at)
        elif schema.get("type") == "array" and _is_inline_object(schema.get("items")):
            schema["items"] = hoist(schema["items"], name + "Item", at + "/items")

    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method not in HTTP_METHODS or not isinstance(operation, dict):
                continue
            base = _pascal(str(operation.get("operationId") or f"{method} {path}"))
            at = f"/paths/{_escape(str(path))}/{method}"
            body = operation.get("requestBody")
            for media_type, media in (
                ((body or {}).get("content") or {}).items() if isinstance(body, dict) else []
            ):
                if isinstance(media, dict):
                    where = f"{at}/requestBody/content/{_escape(str(media_type))}/schema"
                    place(media, "schema", base + "Body", where)
            for status, response in (operation.get("responses") or {}).items():
                if not isinstance(response, dict):
                    continue
                for media_type, media in (response.get("content") or {}).items():
                    if isinstance(media, dict):
                        where = f"{at}/responses/{_escape(str(status))}/content/"
                        where += f"{_escape(str(media_type))}/schema"
                        place(media, "schema", f"{base}Response{_pascal(str(status))}", where)
    pending.extend(
        (name, schema) for name, schema in list(schemas.items()) if isinstance(schema, dict)
    )
    seen: set[int] = set()
    while pending:
        name, schema = pending.pop()
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        for prop, value in (schema.get("properties") or {}).items():
            if isinstance(value, dict):
                where = f"/components/schemas/{_escape(name)}/properties/{_escape(str(prop))}"
                place(schema["properties"], prop, name + _pascal(prop), where)
    return origins


def inheritance_as_unions(document: dict[str, Any]) -> None:
    """Turn each `discriminator` on a component that is no union (the base of an `allOf`
    hierarchy: `Cat` and `Dog` each `allOf` `Pet`, `Pet` has the discriminator) into a `oneOf`
    of the mapped components with that discriminator, written wherever the base is referenced
    (except in the subschemas' own `allOf`), in place; the base loses its `discriminator`.
    `honour_discriminators` then makes each such union a tagged one.

    Left alone, the two packages disagreed: openapi-python-client ignores the discriminator and
    parsed every pet as `Pet` (a cat's fields in `additional_properties`), while
    datamodel-code-generator typed references to `Pet` as `Cat | Dog` tagged by `kind`, which
    rejects a `kind` the mapping does not list: a subtype the vendor adds broke every response
    holding one. The mapping's values are the branches (else the subschemas by name, the
    implicit mapping); a base whose mapping names a component that does not build on it, or that
    nothing builds on, is left as it is.
    """
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    for name, base in list(schemas.items()):
        union = _inheritance_union(schemas, name)
        if union is None:
            continue
        del base["discriminator"]
        ref = f"#/components/schemas/{name}"
        inherited = {
            id(part)
            for schema in schemas.values()
            if isinstance(schema, dict) and isinstance(schema.get("allOf"), list)
            for part in schema["allOf"]
            if isinstance(part, dict) and part.get("$ref") == ref
        }
        for node in _schemas(document):
            if node.get("$ref") == ref and id(node) not in inherited:
                del node["$ref"]
                node.update(copy.deepcopy(union))


def _inheritance_union(schemas: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The `oneOf` with discriminator that references to the base `name` stand for, or None."""
    base = schemas[name]
    if not isinstance(base, dict) or "oneOf" in base or "anyOf" in base:
        return None
    discriminator = base.get("discriminator")
    if not isinstance(discriminator, dict) or not isinstance(
        discriminator.get("propertyName"), str
    ):
        return None
    ref = f"#/components/schemas/{name}"
    children = {
        f"#/components/schemas/{child}"
        for child, schema in schemas.items()
        if isinstance(schema, dict)
        and isinstance(schema.get("allOf"), list)
        and any(isinstance(p, dict) and p.get("$ref") == ref for p in schema["allOf"])
    }
    mapping = discriminator.get("mapping")
    if mapping is None:
        mapping = {target.rsplit("/", 1)[1]: target for target in sorted(children)}
    if (
        not isinstance(mapping, dict)
        or not mapping
        or not all(isinstance(target, str) and target in children for target in mapping.values())
    ):
        return None
    return {
        "oneOf": [{"$ref": target} for target in dict.fromkeys(mapping.values())],
        "discriminator": {"propertyName": discriminator["propertyName"], "mapping": dict(mapping)},
    }


_SYMBOL_WORDS = {"<=": "le", ">=": "ge", "<": "lt", ">": "gt", "!=": "ne", "=": "eq", "[]": "list"}


def distinct_parameter_names(
    document: dict[str, Any], python_name: Any
) -> dict[tuple[str, str], dict[str, str]]:
    """Give parameters of one operation and location whose Python names would be equal
    (`DateSent`, `DateSent<`, `DateSent>` are all `date_sent`; the client generator refuses the
    operation: "Parameters with same Python identifier") distinct names the client generator
    can tell apart, in place: the first in name order keeps its name, each other gets its
    comparison symbols spelled out (`DateSent_lt`, `DateSent_gt`) or else a number.

    For the client generator only, on a copy of the generator-ready document: the names it
    reads become the parameters' Python names (`date_sent_lt`), and the returned map,
    `{(path, method): {new name: name the API reads}}`, puts the names sent on the wire back
    after parsing. Path-item parameters are copied into each operation (the same document
    for the generator) and `components/parameters` references resolved where a name changes.
    Path parameters are left alone. `python_name(name) -> str` is the generator's snake case."""
    renamed: dict[tuple[str, str], dict[str, str]] = {}
    components = (document.get("components") or {}).get("parameters") or {}

    def resolve(parameter: Any) -> Any:
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        prefix = "#/components/parameters/"
        if isinstance(ref, str) and ref.startswith(prefix) and isinstance(components, dict):
            return components.get(ref[len(prefix) :].replace("~1", "/").replace("~0", "~"))
        return parameter

    def listed(value: Any) -> list[Any]:
        return value if isinstance(value, list) else []

    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        operations = {
            method: operation
            for method, operation in item.items()
            if method in HTTP_METHODS and isinstance(operation, dict)
        }
        effective: dict[str, dict[tuple[Any, Any], Any]] = {}
        for method, operation in operations.items():
            merged = effective[method] = {}
            shared, own = listed(item.get("parameters")), listed(operation.get("parameters"))
            for parameter in [*shared, *own]:
                target = resolve(parameter)
                if isinstance(target, dict):  # an operation's own overrides the path item's
                    merged[(target.get("name"), target.get("in"))] = parameter
            changes = _renames(merged, python_name)
            if changes:
                renamed[(str(path), method)] = changes
        if not any((str(path), method) in renamed for method in operations):
            continue
        for method, operation in operations.items():  # the path item's parameters move in
            changes = renamed.get((str(path), method), {})
            wire_to_new = {wire: new for new, wire in changes.items()}
            operation["parameters"] = [
                dict(resolve(parameter)) | {"name": wire_to_new[name]}
                if location in ("query", "header", "cookie") and name in wire_to_new
                else parameter
                for (name, location), parameter in effective[method].items()
            ]
        item.pop("parameters", None)
    return renamed


def _renames(merged: Mapping[tuple[Any, Any], Any], python_name: Any) -> dict[str, str]:
    """`{new name: wire name}` for one operation's parameters (`{(name, in): parameter}`) whose
    Python names clash within a location: the first of each clash in name order keeps its
    name. A wire name clashing in several locations keeps one new name for all."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name, location in merged:
        if isinstance(name, str) and location in ("query", "header", "cookie"):
            groups.setdefault((str(location), str(python_name(name))), []).append(name)
    taken = {name for name, _ in merged if isinstance(name, str)}
    changes: dict[str, str] = {}
    for names in groups.values():
        for name in sorted(names)[1:]:
            if name in changes.values():
                continue
            new = _distinct_name(name, taken | set(changes))
            changes[new] = name
    return changes


def _distinct_name(name: str, taken: Set[str]) -> str:
    """`name` with its comparison symbols spelled out (`DateSent<` -> `DateSent_lt`), or with a
    number appended, not in `taken`."""
    base = name
    for symbol, word in _SYMBOL_WORDS.items():
        base = base.replace(symbol, "_" + word)
    candidate, number = base, 2
    while candidate in taken or candidate == name:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


_ANNOTATIONS = ("title", "description", "default", "examples", "example", "deprecated")


def _is_nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if _null_in_type(schema):
        return True
    branches = schema.get("anyOf", schema.get("oneOf"))
    return isinstance(branches, list) and {"type": "null"} in branches


def nullable_allof_overrides(document: dict[str, Any]) -> None:
    """In every `allOf`, a member that redeclares a property another member (a `$ref` to a
    component) declares as nullable, with a plain non-null schema (`stream: {type: boolean,
    enum: [false], default: false}` over the base's `stream: boolean | null`, a request variant
    fixing a value), becomes `anyOf: [<that schema>, {type: "null"}]` with its annotations kept
    outside (in place). The client generator cannot merge `bool | None` with `bool` and
    dropped the whole component ("can't be merged ... removal of"); the two nullable
    declarations merge, the member's default and enum are kept, and the place is typed as the
    base types it (null was allowed there by the base; the intersection now allows it too)."""
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    for node in _walk_dicts(document):
        members = node.get("allOf")
        if not isinstance(members, list):
            continue
        nullable: set[str] = set()
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                base = schemas.get(ref[len(SCHEMA_REF) :])
                properties = base.get("properties") if isinstance(base, dict) else None
                for name, declared in (properties or {}).items():
                    if _is_nullable(declared):
                        nullable.add(name)
        for member in members:
            properties = member.get("properties") if isinstance(member, dict) else None
            if "$ref" in (member or {}) or not isinstance(properties, dict):
                continue
            for name, declared in list(properties.items()):
                if (
                    name in nullable
                    and isinstance(declared, dict)
                    and isinstance(declared.get("type"), str)
                    and declared["type"] != "null"
                    and not {"$ref", "anyOf", "oneOf", "allOf"} & declared.keys()
                ):
                    inner = {k: v for k, v in declared.items() if k not in _ANNOTATIONS}
                    outer = {k: v for k, v in declared.items() if k in _ANNOTATIONS}
                    properties[name] = {"anyOf": [inner, {"type": "null"}], **outer}


_STRING_CONSTRAINTS = frozenset({"type", "minLength", "maxLength", "pattern", "format"})


def plain_key_constraints(document: dict[str, Any]) -> None:
    """Remove every `propertyNames` that only constrains the keys as strings (`minLength`,
    `maxLength`, `pattern`; in place). The models generator wrote them into the annotation,
    `dict[constr(min_length=1, max_length=32), str]`, which `mypy --strict` rejects ("Cannot
    use a function call in a type annotation"); the client never checked keys. Both packages
    now type such a map `dict[str, ...]`; lint still checks examples against the spec's
    `propertyNames`. A `propertyNames` naming an enum (`$ref`) stays, and so does one on a
    schema without `type: object` (a properties map may hold a property named so)."""
    for node in _schemas(document):
        types = node.get("type")
        is_object = types == "object" or (isinstance(types, list) and "object" in types)
        names = node.get("propertyNames")  # not a property so named: its parent is typed
        if is_object and isinstance(names, dict) and names.keys() <= _STRING_CONSTRAINTS:
            del node["propertyNames"]


# keywords that apply to one JSON type only: beside `type: [<that type>, "null"]` they mean what
# they meant inside the non-null branch
_SCALAR_KEYWORDS = frozenset(
    {
        "type", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "title", "description",
    }
)  # fmt: skip


def flat_nullable_scalars(document: dict[str, Any]) -> None:
    """Rewrite `anyOf` (or `oneOf`) `[<string/number/integer schema with constraints>, {type:
    "null"}]` as `type: [<type>, "null"]` with the constraints beside it (in place): the same
    values are valid, since those keywords only apply to their own type. FastAPI writes every
    optional constrained field so (`Optional[constr(max_length=...)] = None`), and the models
    generator made the branch a `RootModel[str]` whose root defaulted to the field's `None`,
    which `mypy --strict` rejects. A branch with an `enum`, `const` or `$ref` is left alone."""
    for node in _schemas(document):
        for keyword in ("anyOf", "oneOf"):
            branches = node.get(keyword)
            if not isinstance(branches, list) or len(branches) != 2 or "type" in node:
                continue
            if {"type": "null"} not in branches:
                continue
            value = branches[0] if branches[1] == {"type": "null"} else branches[1]
            if (
                not isinstance(value, dict)
                or value.get("type") not in ("string", "number", "integer")
                or not value.keys() <= _SCALAR_KEYWORDS
                or len(value.keys() - {"type", "title", "description"}) == 0
            ):
                continue
            del node[keyword]
            for key, item in value.items():
                if key not in ("title", "description"):
                    node.setdefault(key, item)
            node["type"] = [value["type"], "null"]
            break


def names_over_titles(document: dict[str, Any]) -> None:
    """Remove each component schema's `title` that differs from its component name (in place).

    The client generator names a component's class after its `title`, the models generator
    after the component name, so a title such as `ListFlowResponse` on `ListFlowResponse200`
    (or a free-text one) gave the two packages different class names for one schema, and a
    title equal to another component's name made the client refuse the document. Class names
    follow the component names in both packages; a title equal to the name stays."""
    schemas = (document.get("components") or {}).get("schemas")
    for name, schema in (schemas or {}).items() if isinstance(schemas, dict) else []:
        if isinstance(schema, dict) and "title" in schema and schema["title"] != name:
            del schema["title"]


def honour_discriminators(
    document: dict[str, Any],
    *,
    keep_unknown: bool = True,
    origins: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """Turn each `discriminator` of a `oneOf`/`anyOf` into what both generators honour (in
    place), keeping unknown values forward compatible; what cannot be turned is returned as
    refusals, `(JSON pointer of the discriminated schema, message ending in a fix)`, sorted,
    and that union is left as it was (generate and lint refuse such a document).

    openapi-python-client ignores discriminators: it tries the branches in order, so branches of
    the same shape all parsed as the first. datamodel-code-generator honours them, but pydantic
    then rejects a value the mapping does not list. So each branch's discriminator property
    becomes a required `const` of its tag (the client checks consts, pydantic makes them
    `Literal`s), the `discriminator` is dropped, and a last branch, any object, keeps a variant
    this version does not know as the plain object it came as (before a `{type: 'null'}`
    branch, which stays last). A branch's tags are the mapping's values naming it, else its
    component name (the implicit mapping). Per kind:

    - a branch mapped from several tags gets `anyOf` of one `const` each (plus
      `x-enum-field-as-literal`): `Literal["a", "b"]` in the models package, a union of
      literals the client tries in turn (its union template, `property_templates/`);
    - a branch whose property is declared through `allOf` (on a base schema, or in an inline
      part) is merged into one object schema (openapi-python-client cannot narrow an inherited
      `str` or enum to a const; the models class no longer subclasses the base);
    - a property typed by a `$ref` (an enum component) is replaced by the const (an open enum
      accepts any tag).

    Refused, with a fix: a branch that is no `$ref` to a component, a branch that is itself a
    union, a mapping value naming no branch, a property a branch lacks or whose
    `const`/`enum`/type admits none of its tags, a branch tagged differently by two unions, an
    `allOf` docspecs cannot merge. A discriminator outside a `oneOf`/`anyOf` is left alone.

    With `keep_unknown=False` no catch-all branch is added: the discriminator's meaning as a JSON
    Schema validator can check it (lint's examples: a body matches exactly its mapped branch).
    `origins` (what `name_inline_schemas` returns) puts the pointers in refusals back where the
    schemas were before inline schemas were moved.

    In the models package such a union (models tagged by a `Literal`, then the any-object) is
    validated left to right (templates/models/pydantic_v2/docspecs_tagged_unions.jinja2):
    pydantic's smart mode took the any-object over a branch with an enum-typed field.
    `has_tagged_unions` says when the models module needs the imports for that.
    """
    components = (document.get("components") or {}).get("schemas") or {}
    if not isinstance(components, dict):
        return []
    refusals: list[tuple[str, str]] = []
    tagged: dict[str, tuple[str, tuple[str, ...]]] = {}  # component -> (union pointer, tags)
    for moved_at, node in _schemas_at(document):
        discriminator = node.get("discriminator")
        key = "oneOf" if isinstance(node.get("oneOf"), list) else "anyOf"
        branches = node.get(key)
        if not isinstance(discriminator, dict) or not isinstance(branches, list):
            continue
        at = _origin(moved_at, origins or {})
        plan = _tag_plan(discriminator, key, branches, components, tagged, at)
        if isinstance(plan, str):
            refusals.append((at, plan))
            continue
        name, tags_by_branch = plan
        for component, tags in tags_by_branch.items():
            _tag_branch(components, component, name, tags)
            tagged[component] = (at, tags)
        del node["discriminator"]
        if not keep_unknown:
            continue
        nulls = [b for b in branches if _is_null(b)]
        branches[:] = [b for b in branches if not _is_null(b)]
        branches.append(
            {
                "type": "object",
                "description": f"A variant this version does not know (`{name}` is none of the "
                "documented values), kept as the object it came as.",
            }
        )
        branches.extend(nulls)
    return sorted(refusals)


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and len(schema) == 1


def _tag_plan(
    discriminator: dict[str, Any],
    key: str,
    branches: list[Any],
    components: dict[str, Any],
    tagged: Mapping[str, tuple[str, tuple[str, ...]]],
    at: str,
) -> tuple[str, dict[str, tuple[str, ...]]] | str:
    """The property name and each branch component's tags, or why the union cannot be tagged
    (a message ending in a fix). Nothing is changed here."""
    name = discriminator.get("propertyName")
    if not isinstance(name, str) or not name:
        return "the discriminator has no `propertyName`; fix: name the property that holds the tag"
    refs: list[str] = []
    for index, branch in enumerate(branches):
        if _is_null(branch):
            continue
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF):
            return (
                f"`{key}/{index}` is no `$ref` to a component schema, so no tag can name it; "
                f"fix: move it to components/schemas and `$ref` it (with its tag in the mapping)"
            )
        refs.append(ref.removeprefix(SCHEMA_REF))
    mapping = discriminator.get("mapping") or {}
    if not isinstance(mapping, dict):
        return "the discriminator's `mapping` is no object; fix: map each tag to a `$ref`"
    tags: dict[str, list[str]] = {}
    for value, target in mapping.items():
        target = str(target)
        component = target.removeprefix(SCHEMA_REF)  # a bare name is a component's name
        if component not in refs:
            return (
                f"the mapping sends {value!r} to {target!r}, which is none of the `{key}` "
                f"branches; fix: add that branch to `{key}` or map {value!r} to one of its "
                "branches"
            )
        tags.setdefault(component, []).append(str(value))
    plan: dict[str, tuple[str, ...]] = {}
    for component in refs:
        branch_tags = tuple(tags.get(component) or [component])
        problem = None
        if component in tagged and tagged[component][1] != branch_tags:
            other, other_tags = tagged[component]
            problem = (
                f"is also a branch of {other or '/'} with the tags {list(other_tags)}, and one "
                "class cannot hold two sets of tags; fix: give each union a component of its "
                "own (an `allOf` of this one), or map the same tags"
            )
        problem = problem or _branch_problem(components, component, name, branch_tags)
        if problem is not None:
            return f"discriminator `{name}`: branch {SCHEMA_REF}{component} {problem}"
        plan[component] = branch_tags
    return name, plan


# What `_merged_object` reads of an `allOf` branch and its parts (the rest are annotations a
# merged object does without: a base's own `discriminator` is the polymorphism it replaces).
_MERGEABLE = frozenset(
    {"type", "properties", "required", "allOf", "additionalProperties", "$ref"}
    | {"description", "title", "discriminator", "example", "examples", "deprecated"}
    | {"externalDocs", "readOnly", "writeOnly"}
)


def _branch_problem(
    components: dict[str, Any], component: str, name: str, tags: tuple[str, ...]
) -> str | None:
    """Why `component` cannot hold `name` as a const of `tags` (a message ending in a fix),
    None when it can."""
    schema = components.get(component)
    if not isinstance(schema, dict):
        return "is no schema; fix: `$ref` an object schema"
    if "oneOf" in schema or "anyOf" in schema:
        return (
            "is itself a `oneOf`/`anyOf`; fix: list its branches in this union instead, each "
            "with its tag in the mapping"
        )
    trail = [SCHEMA_REF + component]
    declared = _declarations(components, schema, name, trail, strict=False)
    if isinstance(declared, str):
        return declared
    if _declared_in_parts(components, schema, name, trail):
        merged = _declarations(components, schema, name, trail)  # merged: mergeable?
        if isinstance(merged, str):
            return merged
    if not declared:
        return (
            f"declares no property `{name}`; fix: add `{name}` to its `properties` (and `required`)"
        )
    for field in declared:
        allowed = _tag_values(components, field)
        if allowed is not None and not set(tags) <= allowed:
            return (
                f"has a `{name}` that admits {sorted(allowed)}, not its tags {list(tags)}; fix: "
                "map the values it admits, or widen the property"
            )
    return None


def _declared_in_parts(
    components: dict[str, Any], schema: dict[str, Any], name: str, trail: list[str]
) -> bool:
    """Whether an `allOf` part of `schema` (a base or an inline part) declares property `name`:
    the branch is then merged into one object (`_merged_object`)."""
    parts = [p for p in schema.get("allOf") or [] if isinstance(p, dict)]
    found = _declarations(components, {"allOf": parts}, name, trail, strict=False)
    return bool(found) and not isinstance(found, str)


def _declarations(
    components: dict[str, Any],
    schema: dict[str, Any],
    name: str,
    trail: list[str],
    *,
    strict: bool = True,
) -> list[dict[str, Any]] | str:
    """Every declaration of property `name` in `schema` and the `allOf` parts it is made of
    (depth first), or why the parts cannot be merged into one object (a message with a fix).
    `strict`: a schema with `allOf` (and every part, read as one) may hold only what
    `_merged_object` merges (_MERGEABLE)."""
    found: list[dict[str, Any]] = []
    if strict and "allOf" in schema:
        extra = sorted(k for k in schema if k not in _MERGEABLE and not k.startswith("x-"))
        if extra:
            return (
                f"inherits `{name}` through an `allOf` that uses {extra}, which docspecs cannot "
                f"merge into one object; fix: declare the branch as one object schema, or "
                f"`{name}` in its own `properties` only"
            )
    for part in schema.get("allOf") or []:
        ref = part.get("$ref") if isinstance(part, dict) else None
        if isinstance(ref, str):
            base = components.get(ref.removeprefix(SCHEMA_REF))
            if not ref.startswith(SCHEMA_REF) or not isinstance(base, dict):
                return f"extends {ref!r}, which is no component schema; fix: `$ref` one"
            if ref in trail:
                return f"extends itself through {ref!r}; fix: break the `allOf` cycle"
            inner = _declarations(
                components, {"allOf": [], **base}, name, [*trail, ref], strict=strict
            )
        elif isinstance(part, dict):
            inner = _declarations(components, {"allOf": [], **part}, name, trail, strict=strict)
        else:
            return "has an `allOf` part that is no schema; fix: make it an object schema"
        if isinstance(inner, str):
            return inner
        found += inner
    field = (schema.get("properties") or {}).get(name)
    if isinstance(field, dict):
        found.append(field)
    return found


def _tag_values(components: Mapping[str, Any], field: Any) -> set[str] | None:
    """The strings a tag property admits (`const`, `enum`, either through a `$ref`), None for
    any string; an empty set for a property that is no string."""
    if isinstance(field, dict) and isinstance(field.get("$ref"), str):
        field = components.get(field["$ref"].removeprefix(SCHEMA_REF))
    if not isinstance(field, dict):
        return set()
    if _is_tag_field(field):
        consts = [field] if "const" in field else field["anyOf"]
        return {c["const"] for c in consts if isinstance(c.get("const"), str)}
    kind = field.get("type", "string")
    if kind != "string" and not (isinstance(kind, list) and "string" in kind):
        return set()
    if isinstance(field.get("enum"), list):
        return {value for value in field["enum"] if isinstance(value, str)}
    return None


def _is_tag_field(field: Any) -> bool:
    """A tag property as `_tag_branch` writes it: a `const`, or `anyOf` of `const`s."""
    if not isinstance(field, dict):
        return False
    if "const" in field:
        return True
    options = field.get("anyOf")
    return (
        isinstance(options, list)
        and bool(options)
        and all(isinstance(o, dict) and "const" in o for o in options)
    )


_NOT_A_TAG = frozenset(
    {"enum", "const", "anyOf", "$ref", "type", "default", "x-enum-varnames", "x-enumNames"}
)


def _tag_branch(
    components: dict[str, Any], component: str, name: str, tags: tuple[str, ...]
) -> None:
    """Give `component` the required property `name` holding one of `tags` (checked by
    `_branch_problem`), merging its `allOf` first when a part declares `name`."""
    schema = components[component]
    if _declared_in_parts(components, schema, name, [SCHEMA_REF + component]):
        schema = components[component] = _merged_object(components, schema)
    properties = schema.setdefault("properties", {})
    field = properties.get(name) or {}
    described = field
    if isinstance(field.get("$ref"), str):
        described = components.get(field["$ref"].removeprefix(SCHEMA_REF)) or {}
    kept = {k: v for k, v in field.items() if k not in _NOT_A_TAG}
    if "description" not in kept and isinstance(described.get("description"), str):
        kept["description"] = described["description"]
    if len(tags) == 1:
        properties[name] = kept | {"type": "string", "const": tags[0]}
    else:
        options = [{"type": "string", "const": tag} for tag in tags]
        properties[name] = kept | {"anyOf": options, "x-enum-field-as-literal": True}
    required = schema.setdefault("required", [])
    if name not in required:
        required.append(name)


def _merged_object(components: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with its `allOf` parts (refs resolved, depth first) merged into one object:
    properties (a later declaration wins), required, additionalProperties; the schema's own
    annotations kept. `_declarations` checked that it can be merged."""
    merged: dict[str, Any] = {
        k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")
    }
    merged["type"] = "object"
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*(schema.get("allOf") or []), schema]:
        if isinstance(part.get("$ref"), str):
            part = _merged_object(components, components[part["$ref"].removeprefix(SCHEMA_REF)])
        elif part is not schema and "allOf" in part:
            part = _merged_object(components, part)
        properties.update(copy.deepcopy(part.get("properties") or {}))
        required += [r for r in part.get("required") or [] if r not in required]
        if part is not schema and "additionalProperties" in part:
            merged.setdefault("additionalProperties", part["additionalProperties"])
    merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _is_any_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "object"
        and not schema.get("properties")
        and "$ref" not in schema
        and schema.get("additionalProperties", True) in (True, {})
    )


def is_tagged_union(schema: Any, schemas: Mapping[str, Any]) -> bool:
    """Whether `schema` is a `oneOf`/`anyOf` as `honour_discriminators` writes them: component
    refs whose schemas (in `schemas`, the document's `components/schemas`) share a property
    holding a `const` (or `anyOf` of consts), then one any-object branch (then, if nullable, a
    `{type: 'null'}` branch). The models template writes such a union
    `Annotated[..., Field(union_mode='left_to_right')]`; the self-test validates it so too."""
    if not isinstance(schema, dict):
        return False
    branches = schema.get("oneOf") if isinstance(schema.get("oneOf"), list) else schema.get("anyOf")
    if not isinstance(branches, list):
        return False
    branches = [b for b in branches if not _is_null(b)]
    if len(branches) < 2 or not _is_any_object(branches[-1]):
        return False
    shared: set[str] | None = None
    for branch in branches[:-1]:
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF):
            return False
        target = schemas.get(ref.removeprefix(SCHEMA_REF))
        properties = target.get("properties") if isinstance(target, dict) else None
        consts = {
            name
            for name, value in (properties if isinstance(properties, dict) else {}).items()
            if _is_tag_field(value)
        }
        shared = consts if shared is None else shared & consts
    return bool(shared)


def has_tagged_unions(document: dict[str, Any]) -> bool:
    """Whether any schema of `document` (prepared) `is_tagged_union`: the models module then
    needs `Annotated` and `Field` imported for the template's left-to-right unions."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    return any(is_tagged_union(node, schemas) for node in _schemas(document))


def _schemas_at(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """`_schemas` with the JSON pointer of each."""
    found: list[tuple[str, dict[str, Any]]] = []

    def visit(node: Any, at: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                visit(item, f"{at}/{index}")
        elif isinstance(node, dict):
            found.append((at, node))
            for key, value in node.items():
                if key not in ("example", "examples", "default", "const", "enum"):
                    visit(value, f"{at}/{_escape(str(key))}")

    visit(document.get("components"), "/components")
    visit(document.get("paths"), "/paths")
    return found


def _schemas(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every mapping under `components` and `paths` but examples, defaults, consts and enums."""
    return [node for _at, node in _schemas_at(document)]


def plain_boolean_enums(document: dict[str, Any]) -> None:
    """Drop `enum` from boolean schemas (in place): both packages type them `bool`.

    The enum templates make classes of string and integer values; a boolean enum (`[true]`,
    used as a flag) gave the models package a class mypy --strict rejects, and an open enum of
    booleans is any boolean anyway.
    """
    for node in _schemas(document):
        if node.get("type") == "boolean" and "enum" in node:
            del node["enum"]


def _response_media(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every `(media type, media type object)` of every response of every operation."""
    found: list[tuple[str, dict[str, Any]]] = []
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in (operation.get("responses") or {}).values():
                if not isinstance(response, dict):
                    continue
                content = response.get("content") or {}
                if isinstance(content, dict):
                    found.extend((k, v) for k, v in content.items() if isinstance(v, dict))
    return found


def text_bodies_as_strings(document: dict[str, Any], json_types: Set[str] = frozenset()) -> None:
    """Give every response body that is not JSON (`text/event-stream`, `text/csv`, ...) a
    string schema (in place), keeping its description.

    openapi-python-client reads such a body as `response.text`, and then called `from_dict` on
    the text when the schema was an object (a TypeError at run time, a mypy --strict error).
    Binary bodies (`format: binary`) and the media types in `json_types` (overridden to JSON
    in the API's settings) are left alone.
    """
    for media_type, media in _response_media(document):
        if is_json_media_type(media_type) or media_type in json_types:
            continue
        schema = media.get("schema")
        if not isinstance(schema, dict) or schema.get("format") == "binary":
            continue
        if schema.get("type") == "string":
            continue
        text: dict[str, Any] = {"type": "string"}
        if isinstance(schema.get("description"), str):
            text["description"] = schema["description"]
        media["schema"] = text


def untyped_json_bodies(document: dict[str, Any], json_types: Set[str] = frozenset()) -> None:
    """Give every JSON response body declared without a schema the empty schema `{}` (any JSON
    value), in place.

    openapi-python-client treats a media type without `schema` as a response without a body:
    the client threw the JSON the server sent away and returned None. With `{}` it returns the
    parsed JSON, typed `Any`.
    """
    for media_type, media in _response_media(document):
        if (is_json_media_type(media_type) or media_type in json_types) and "schema" not in media:
            media["schema"] = {}


# String formats that one of the generators parses into a Python object (datetime, date, time,
# timedelta, UUID, pydantic's AnyUrl, EmailStr, ipaddress types); any other format is a `str`.
PARSED_FORMATS = frozenset(
    {
        "date",
        "date-time",
        "duration",
        "email",
        "idn-email",
        "ipv4",
        "ipv4-interface",
        "ipv4-network",
        "ipv6",
        "ipv6-interface",
        "ipv6-network",
        "time",
        "uri",
        "uuid",
        "uuid1",
        "uuid2",
        "uuid3",
        "uuid4",
        "uuid5",
    }
)


def keep_formatted_strings(document: dict[str, Any]) -> None:
    """Drop `format` from string schemas (in place) when it is one of PARSED_FORMATS.

    Parsed into Python objects, formatted strings do not serialise back to the text the vendor
    sent (`date-time`: `...Z` comes back as `...+00:00`, `.5` as `.500000`; `uuid`: lower case;
    `uri`: a trailing slash; `date`: `20240102` as `2024-01-02`), and each package accepts other
    values than lint's format check. As strings, both packages give back exactly what they got
    in every API; the description still says what the value is. Examples and defaults are not
    touched.
    """

    for node in _schemas(document):
        kind = node.get("type")
        is_string = kind == "string" or (isinstance(kind, list) and "string" in kind)
        if is_string and node.get("format") in PARSED_FORMATS:
            del node["format"]


def _enum_base_name(value: str) -> str:

    negative = re.match(r"-[0-9]", value) is not None
    name = re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper()
    name = re.sub(r"([0-9])([A-Z])", r"\1_\2", name)  # as datamodel-code-generator splits them
    if not name:
        return "EMPTY"
    if negative:
        return f"VALUE_NEGATIVE_{name}"  # as openapi-python-client names negative integers
    return name if name[0].isalpha() else f"VALUE_{name}"


def enum_member_names(values: Sequence[str]) -> list[str]:
    """A member name for each string enum value, derived from the value alone.

    The value upper-cased, each run of other characters than letters and digits an underscore
    (`in-progress` -> `IN_PROGRESS`, what both generators make of a value starting with a
    letter); `VALUE_` first when that does not start
    with a letter (`200` -> `VALUE_200`, `5xx` -> `VALUE_5_XX`, `-1` -> `VALUE_NEGATIVE_1`),
    `EMPTY` for no letters or digits. Every string enum gets these names as `x-enum-varnames`,
    so both packages name members alike (each generator has its own rules otherwise).
    Values giving the same name (`a-b`, `a_b`) are numbered in sorted order of the values
    (`A_B`, `A_B_2`), so inserting or reordering other values never renames a member.
    """
    names: dict[str, str] = {}
    used: dict[str, int] = {}
    for value in sorted(set(values)):
        name = _enum_base_name(value)
        used[name] = used.get(name, 0) + 1
        names[value] = name if used[name] == 1 else f"{name}_{used[name]}"
    return [names[value] for value in values]


# What stays on a nullable enum's outer schema when its values move into an `anyOf` branch:
# the annotations that describe the property, not the values.
_OUTER_KEYWORDS = frozenset(
    {"description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example"}
)


def _enum_kind(node: dict[str, Any]) -> str | None:
    """ "string" or "integer" for an enum listing `null` beside values of that one type."""
    values = node.get("enum")
    if not isinstance(values, list) or None not in values or "anyOf" in node:
        return None
    declared = node.get("type")
    if declared is not None and not (isinstance(declared, list) and "null" in declared):
        return None  # `type` refuses null, whatever `enum` lists: not nullable
    kinds = {type(v) for v in values if v is not None}
    return {frozenset({str}): "string", frozenset({int}): "integer"}.get(frozenset(kinds))


def _without_null(node: dict[str, Any], kind: str) -> dict[str, Any]:
    """`node`'s enum keywords with `null` taken out of `enum` and `type`."""
    branch = {k: v for k, v in node.items() if k not in _OUTER_KEYWORDS and k != "nullable"}
    branch["type"] = kind
    branch["enum"] = [v for v in node["enum"] if v is not None]
    return branch


def nullable_enums_as_unions(document: dict[str, Any]) -> None:
    """Make each enum that lists `null` beside string or integer values (`enum: [a, b, null]`,
    what a 3.0 `nullable: true` enum converts to) an enum without null plus `{type: null}`, in
    place:

    - an inline one becomes `anyOf: [{the enum without null}, {type: null}]`, its description,
      default and other annotations staying outside;
    - a component keeps its name and loses `null`, and each `$ref` to it becomes
      `anyOf: [{$ref}, {type: null}]` (its `null` examples are dropped).

    openapi-python-client splits such an enum into a union itself but drops `x-enum-varnames` on
    the way, so its members were named by position (`VALUE_0 = "200"`: a value inserted first
    re-pointed every name), and datamodel-code-generator made a plain `Enum` with a `None`
    member instead of an optional `str` enum. This way the enum gets `name_enum_members`' names
    in both packages, keeps its component's class name, and a property of it is `<Enum> | None`.
    """
    schemas = (document.get("components") or {}).get("schemas")
    components: set[str] = set()
    for name, schema in schemas.items() if isinstance(schemas, dict) else ():
        kind = _enum_kind(schema) if isinstance(schema, dict) else None
        if kind is None:
            continue
        non_null = _without_null(schema, kind)
        for key in ("examples", "example"):
            if key in schema:
                non_null[key] = schema[key]
        if isinstance(non_null.get("examples"), list):
            non_null["examples"] = [e for e in non_null["examples"] if e is not None]
        if non_null.get("example", "") is None:
            del non_null["example"]
        for key in ("description", "deprecated", "readOnly", "writeOnly", "default"):
            if key in schema and schema[key] is not None:  # a null default: None already is
                non_null[key] = schema[key]
        schema.clear()
        schema.update(non_null)
        components.add(f"#/components/schemas/{name}")
    for node in _schemas(document):
        if node.get("$ref") in components:
            node["anyOf"] = [{"$ref": node.pop("$ref")}, {"type": "null"}]
            continue
        kind = _enum_kind(node)
        if kind is None:
            continue
        branch = _without_null(node, kind)
        for key in list(node):
            if key not in _OUTER_KEYWORDS:
                del node[key]
        node["anyOf"] = [branch, {"type": "null"}]


def name_enum_members(document: dict[str, Any]) -> None:
    """Give every string enum without `x-enum-varnames` names from `enum_member_names` (in
    place), which both generators read.

    Without them openapi-python-client names a string value that does not start with a letter
    by its position (`VALUE_0 = "200"`: inserting a value re-points existing names) and refuses
    values equal after upper-casing (`txt`, `TXT`), and the two generators name some values
    differently (`inProgress`: `INPROGRESS` in the client, `IN_PROGRESS` in the models).
    """

    for node in _schemas(document):
        values = node.get("enum")
        if (
            isinstance(values, list)
            and values
            and all(isinstance(v, str) for v in values)
            and "x-enum-varnames" not in node
        ):
            node["x-enum-varnames"] = enum_member_names(values)


def describe_parameter_schemas(document: dict[str, Any]) -> None:
    """Copy each parameter's `description` into its `schema` when the schema has none (in place).

    openapi-python-client builds a parameter's property, and so the `Args:` line of the endpoint
    docstrings, from the parameter's schema alone; the description sits on the Parameter Object.
    Covers the parameters of path items and operations and `components/parameters` (what a
    `$ref`'d parameter points to). A schema that is itself a `$ref` is left alone: the generator
    describes it from the referenced schema. Surrounding whitespace is stripped (a YAML block's
    final newline would split the docstring line). The result is written to openapi.json, so
    that file stays exactly what the generators saw.
    """

    def mapping(value: Any) -> dict[str, Any]:  # the spec may be malformed: lint says where
        return value if isinstance(value, dict) else {}

    def listed(value: Any) -> list[Any]:
        return value if isinstance(value, list) else []

    parameters: list[Any] = list(
        mapping(mapping(document.get("components")).get("parameters")).values()
    )
    for item in mapping(document.get("paths")).values():
        if not isinstance(item, dict):
            continue
        parameters += listed(item.get("parameters"))
        parameters += [
            parameter
            for operation in item.values()
            if isinstance(operation, dict)
            for parameter in listed(operation.get("parameters"))
        ]
    for parameter in parameters:
        if not isinstance(parameter, dict) or "$ref" in parameter:
            continue
        description, schema = parameter.get("description"), parameter.get("schema")
        if (
            isinstance(description, str)
            and description.strip()
            and isinstance(schema, dict)
            and "$ref" not in schema
            and not schema.get("description")
        ):
            # a new dict: the bundler may share one schema object between parameters
            parameter["schema"] = {**schema, "description": description.strip()}
