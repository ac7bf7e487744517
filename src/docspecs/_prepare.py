"""The generator-ready document's last step: what docspecs adds to the overlaid document so that
both generators produce code that round-trips, type-checks and names things stably.

`prepare_document` runs every step below, in place; the result is what generate writes to
`generated/<api>-client/openapi.json` (exactly what the generators saw) and what diff compares.
Each step fixes one kind of generator defect, as a kind rather than per document:

    name_inline_schemas      inline objects become components with location-derived names
    honour_discriminators    discriminator mappings become consts plus an any-object branch
    describe_parameter_schemas  parameter descriptions reach the endpoint docstrings
    name_enum_members        x-enum-varnames derived from values, alike in both packages
    keep_formatted_strings   formats parsed into Python objects stay strings (exact round trip)
    plain_boolean_enums      boolean enums are plain booleans
    text_bodies_as_strings   non-JSON bodies are text, never `from_dict`ed

Nothing here imports a generator.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from typing import Any

__all__ = [
    "describe_parameter_schemas",
    "enum_member_names",
    "has_tagged_unions",
    "honour_discriminators",
    "is_json_media_type",
    "is_tagged_union",
    "keep_formatted_strings",
    "name_enum_members",
    "name_inline_schemas",
    "plain_boolean_enums",
    "prepare_document",
    "text_bodies_as_strings",
]


def is_json_media_type(media_type: str) -> bool:
    """`application/json`, any `+json` type or `*/*` (parameters ignored)."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json") or essence == "*/*"


_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def prepare_document(
    document: dict[str, Any], content_type_overrides: Mapping[str, str] | None = None
) -> None:
    """What docspecs adds to the overlaid document for the generators (in place; written to
    openapi.json, so that file stays what the generators saw): `describe_parameter_schemas`,
    `name_enum_members`, `keep_formatted_strings`, `plain_boolean_enums`,
    `text_bodies_as_strings`, `honour_discriminators` and `name_inline_schemas`.
    `content_type_overrides` are the API's settings (docspecs._settings): a media type
    overridden to a JSON one is read as JSON.

    A document whose `paths` or `components` is not a mapping is left as it is: it is no OpenAPI
    document, and lint (or diff) reports where, instead of a crash here."""
    if not all(isinstance(document.get(key, {}), dict) for key in ("paths", "components")):
        return
    name_inline_schemas(document)
    honour_discriminators(document)
    describe_parameter_schemas(document)
    name_enum_members(document)
    keep_formatted_strings(document)
    plain_boolean_enums(document)
    json_types = {
        media
        for media, target in (content_type_overrides or {}).items()
        if is_json_media_type(target)
    }
    text_bodies_as_strings(document, json_types)


SCHEMA_REF = "#/components/schemas/"


def _pascal(text: str) -> str:

    words = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
    )


def name_inline_schemas(document: dict[str, Any]) -> None:
    """Move every inline object schema with properties to `components/schemas` under a name
    derived from where it is, and `$ref` it there (in place).

    Names are openapi-python-client's own for the same places, so client classes keep their
    names: a request body `<OperationId>Body`, a response body `<OperationId>Response<Status>`,
    a property `<Parent><Property>`, an array's items `<...>Item`. The models package used to
    leave inline bodies out and to number nested objects in the order it met them
    (`Validations1`, `Validations2`); now both packages have a class for each, named by its
    location, so adding an unrelated schema renames nothing. A name already taken by another
    schema gets `Inline` appended.
    """
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    pending: list[tuple[str, dict[str, Any]]] = []

    def hoist(schema: dict[str, Any], name: str) -> dict[str, str]:
        while name in schemas:
            name += "Inline"
        schemas[name] = schema
        pending.append((name, schema))
        return {"$ref": SCHEMA_REF + name}

    def place(container: dict[str, Any], key: str, name: str) -> None:
        schema = container.get(key)
        if not isinstance(schema, dict):
            return
        if _is_inline_object(schema):
            container[key] = hoist(schema, name)
        elif schema.get("type") == "array" and _is_inline_object(schema.get("items")):
            schema["items"] = hoist(schema["items"], name + "Item")

    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method not in _HTTP_METHODS or not isinstance(operation, dict):
                continue
            base = _pascal(str(operation.get("operationId") or f"{method} {path}"))
            body = operation.get("requestBody")
            for media in (
                ((body or {}).get("content") or {}).values() if isinstance(body, dict) else []
            ):
                if isinstance(media, dict):
                    place(media, "schema", base + "Body")
            for status, response in (operation.get("responses") or {}).items():
                if not isinstance(response, dict):
                    continue
                for media in (response.get("content") or {}).values():
                    if isinstance(media, dict):
                        place(media, "schema", f"{base}Response{_pascal(str(status))}")
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
                place(schema["properties"], prop, name + _pascal(prop))


def honour_discriminators(document: dict[str, Any], *, keep_unknown: bool = True) -> None:
    """Turn each `discriminator` of a `oneOf`/`anyOf` of component refs into what both
    generators honour (in place), keeping unknown values forward compatible.

    openapi-python-client ignores discriminators: it tries the branches in order, so branches of
    the same shape all parsed as the first. datamodel-code-generator honours them, but pydantic
    then rejects a value the mapping does not list. So each branch's discriminator property gets
    a `const` of its value (the client checks consts, pydantic makes them `Literal`s), the
    `discriminator` is dropped, and a last branch, any object, keeps a variant this version does
    not know as the plain object it came as. A branch mapped from several values, or whose
    property is not among its own `properties` (inherited through `allOf`), is left as it was.
    With `keep_unknown=False` no catch-all branch is added: the discriminator's meaning as a JSON
    Schema validator can check it (lint's examples: a body matches exactly its mapped branch).

    In the models package such a union (models tagged by a `Literal`, then the any-object) is
    validated left to right (templates/models/pydantic_v2/docspecs_tagged_unions.jinja2):
    pydantic's smart mode took the any-object over a branch with an enum-typed field.
    `has_tagged_unions` says when the models module needs the imports for that.
    """
    components = (document.get("components") or {}).get("schemas") or {}
    for node in _schemas(document):
        discriminator = node.get("discriminator")
        key = "oneOf" if isinstance(node.get("oneOf"), list) else "anyOf"
        branches = node.get(key)
        if not isinstance(discriminator, dict) or not isinstance(branches, list):
            continue
        name = discriminator.get("propertyName")
        refs = [b.get("$ref") if isinstance(b, dict) else None for b in branches]
        if not isinstance(name, str) or not all(
            isinstance(r, str) and r.startswith(SCHEMA_REF) for r in refs
        ):
            continue
        values: dict[str, list[str]] = {}
        for value, target in (discriminator.get("mapping") or {}).items():
            ref = target if str(target).startswith("#") else SCHEMA_REF + str(target)
            values.setdefault(ref, []).append(str(value))
        for ref in refs:
            assert isinstance(ref, str)
            branch = components.get(ref.removeprefix(SCHEMA_REF))
            tags = values.get(ref) or [ref.removeprefix(SCHEMA_REF)]
            properties = branch.get("properties") if isinstance(branch, dict) else None
            field = properties.get(name) if isinstance(properties, dict) else None
            if (
                len(tags) != 1
                or not isinstance(field, dict)
                or field.get("const", tags[0]) != tags[0]
            ):
                continue
            assert isinstance(properties, dict)
            properties[name] = {k: v for k, v in field.items() if k != "enum"} | {"const": tags[0]}
        del node["discriminator"]
        if not keep_unknown:
            continue
        branches.append(
            {
                "type": "object",
                "description": f"A variant this version does not know (`{name}` is none of the "
                "documented values), kept as the object it came as.",
            }
        )


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
    holding a `const`, then one any-object branch. The models template writes such a union
    `Annotated[..., Field(union_mode='left_to_right')]`; the self-test validates it so too."""
    if not isinstance(schema, dict):
        return False
    branches = schema.get("oneOf") if isinstance(schema.get("oneOf"), list) else schema.get("anyOf")
    if not isinstance(branches, list) or len(branches) < 2 or not _is_any_object(branches[-1]):
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
            if isinstance(value, dict) and "const" in value
        }
        shared = consts if shared is None else shared & consts
    return bool(shared)


def has_tagged_unions(document: dict[str, Any]) -> bool:
    """Whether any schema of `document` (prepared) `is_tagged_union`: the models module then
    needs `Annotated` and `Field` imported for the template's left-to-right unions."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    return any(is_tagged_union(node, schemas) for node in _schemas(document))


def _schemas(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every mapping under `components` and `paths` but examples, defaults, consts and enums."""
    found: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            found.append(node)
            for key, value in node.items():
                if key not in ("example", "examples", "default", "const", "enum"):
                    visit(value)

    visit(document.get("components"))
    visit(document.get("paths"))
    return found


def plain_boolean_enums(document: dict[str, Any]) -> None:
    """Drop `enum` from boolean schemas (in place): both packages type them `bool`.

    The enum templates make classes of string and integer values; a boolean enum (`[true]`,
    used as a flag) gave the models package a class mypy --strict rejects, and an open enum of
    booleans is any boolean anyway.
    """
    for node in _schemas(document):
        if node.get("type") == "boolean" and "enum" in node:
            del node["enum"]


def text_bodies_as_strings(document: dict[str, Any], json_types: Set[str] = frozenset()) -> None:
    """Give every response body that is not JSON (`text/event-stream`, `text/csv`, ...) a
    string schema (in place), keeping its description.

    openapi-python-client reads such a body as `response.text`, and then called `from_dict` on
    the text when the schema was an object (a TypeError at run time, a mypy --strict error).
    Binary bodies (`format: binary`) and the media types in `json_types` (overridden to JSON
    in the API's settings) are left alone.
    """
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in (operation.get("responses") or {}).values():
                if not isinstance(response, dict):
                    continue
                for media_type, media in (response.get("content") or {}).items():
                    if (
                        not isinstance(media, dict)
                        or is_json_media_type(media_type)
                        or media_type in json_types
                    ):
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
