"""List the keys of a parsed response that no declared attribute holds.

Generated models are open: a key the spec does not declare is kept (in `additional_properties` on
the client's attrs classes, in `model_extra` on the models package's pydantic classes) instead of
failing the parse. That keeps consumers working when a vendor adds a field, and it also hides a
spec that is behind the vendor: a consumer reading the typed attribute gets `UNSET`/`None` while
the value sits in the extras. `undeclared_keys` walks a parsed object and names every such key, so
a test (or an application's logging) can see what the spec does not know.

Objects the spec keeps open on purpose (a schema with no declared properties and untyped
additional properties, such as a map of extracted values keyed by the user's field names) are not
reported: every key of theirs is expected to be undeclared, and their values are plain JSON.
A typed map (`additionalProperties` with a schema, e.g. a map from field name to result object)
declares its keys through that schema: they are not reported, and its values are walked like any
other parsed object, on their own or next to declared properties. Plain dicts (a typed map the
models package keeps as a `dict` field) are walked into for the same reason.

Written here rather than taken from a library: the walk follows the two generators' own
conventions (`additional_properties`, `model_extra`), which no general-purpose library knows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, get_args

import attrs
from pydantic import BaseModel, RootModel

__all__ = ["undeclared_keys"]

_EXTRAS_ATTRIBUTE = "additional_properties"


def undeclared_keys(value: object) -> list[str]:
    """The undeclared keys inside `value`, a parsed object of a generated client or models package.

    Each entry is the Python path to the key as an application would reach it: attribute names,
    list indexes and map keys down to the object, then the undeclared JSON key in brackets, e.g.
    `files[0].documents[1]['page_numbers']`. The top-level object's own keys read `['id']`.
    Lists, tuples, dicts, typed additional properties and the declared attributes of attrs and
    pydantic objects are walked; untyped extras (any JSON) are reported, not walked. Returns []
    when every key landed in a declared attribute.
    """
    return list(_walk(value, ""))


def _walk(value: object, path: str) -> Iterator[str]:
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}[{key!r}]")
    elif isinstance(value, RootModel):
        yield from _walk(value.root, path)
    elif isinstance(value, BaseModel):
        yield from _walk_pydantic(value, path)
    elif attrs.has(type(value)):
        yield from _walk_attrs(value, path)


def _walk_attrs(value: Any, path: str) -> Iterator[str]:
    fields = attrs.fields_dict(type(value))
    declared = [name for name in fields if name != _EXTRAS_ATTRIBUTE]
    extras = getattr(value, _EXTRAS_ATTRIBUTE, None) or {}
    extras_field = fields.get(_EXTRAS_ATTRIBUTE)
    if extras_field is not None and _is_typed_map(extras_field.type):
        yield from _walk(extras, path)
    elif declared:  # no declared attribute and untyped extras: open on purpose
        for key in extras:
            yield f"{path}[{key!r}]"
    for name in declared:
        yield from _walk(getattr(value, name), _join(path, name))


def _walk_pydantic(value: BaseModel, path: str) -> Iterator[str]:
    declared = list(type(value).model_fields)
    extras = value.model_extra or {}
    if _is_typed_map(_pydantic_extras_annotation(type(value))):
        yield from _walk(extras, path)
    elif declared:
        for key in extras:
            yield f"{path}[{key!r}]"
    stored = vars(value)  # not getattr: reading a deprecated field would warn on every walk
    for name in declared:
        yield from _walk(stored.get(name), _join(path, name))


def _pydantic_extras_annotation(model: type[BaseModel]) -> object:
    """The declared type of a pydantic model's extras (`__pydantic_extra__`), or None."""
    for klass in model.__mro__:
        annotation = vars(klass).get("__annotations__", {}).get("__pydantic_extra__")
        if annotation is not None:
            return annotation
    return None


def _is_typed_map(annotation: object) -> bool:
    """Whether extras declared as `annotation` have a schema (not `dict[str, Any]`, not absent).

    attrs classes of modules with postponed annotations store the annotation as its source text.
    """
    if annotation is None:
        return False
    if isinstance(annotation, str):
        text = annotation.replace(" ", "")
        return text.startswith("dict[str,") and text not in _ANY_MAPS
    arguments = get_args(annotation)
    return len(arguments) == 2 and arguments[1] is not Any


_ANY_MAPS = frozenset({"dict[str,Any]", "dict[str,typing.Any]"})


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
