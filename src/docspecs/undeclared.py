"""List the keys of a parsed response that no declared attribute holds.

Generated models are open: a key the spec does not declare is kept (in `additional_properties` on
the client's attrs classes, in `model_extra` on the models package's pydantic classes) instead of
failing the parse. That keeps consumers working when a vendor adds a field, and it also hides a
spec that is behind the vendor: a consumer reading the typed attribute gets `UNSET`/`None` while
the value sits in the extras. `undeclared_keys` walks a parsed object and names every such key, so
a test (or an application's logging) can see what the spec does not know.

Objects the spec keeps open on purpose (a schema with no declared properties, such as a map of
extracted values keyed by the user's field names) are not reported: every key of theirs is
expected to be undeclared, and their values are plain JSON that is not walked further.

Written here rather than taken from a library: the walk follows the two generators' own
conventions (`additional_properties`, `model_extra`), which no general-purpose library knows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from pydantic import BaseModel

__all__ = ["undeclared_keys"]

_EXTRAS_ATTRIBUTE = "additional_properties"


def undeclared_keys(value: object) -> list[str]:
    """The undeclared keys inside `value`, a parsed object of a generated client or models package.

    Each entry is the Python path to the key as an application would reach it: attribute names and
    list indexes down to the object, then the undeclared JSON key in brackets, e.g.
    `files[0].documents[1]['page_numbers']`. The top-level object's own keys read `['id']`.
    Lists, tuples and the declared attributes of attrs and pydantic objects are walked; plain dicts
    (open maps, extras) are not. Returns [] when every key landed in a declared attribute.
    """
    return list(_walk(value, ""))


def _walk(value: object, path: str) -> Iterator[str]:
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
    elif isinstance(value, BaseModel):
        yield from _walk_pydantic(value, path)
    elif attrs.has(type(value)):
        yield from _walk_attrs(value, path)


def _walk_attrs(value: Any, path: str) -> Iterator[str]:
    declared = [f.name for f in attrs.fields(type(value)) if f.name != _EXTRAS_ATTRIBUTE]
    if not declared:
        return  # open on purpose: every key is the caller's or the vendor's own
    extras = getattr(value, _EXTRAS_ATTRIBUTE, None) or {}
    for key in extras:
        yield f"{path}[{key!r}]"
    for name in declared:
        yield from _walk(getattr(value, name), _join(path, name))


def _walk_pydantic(value: BaseModel, path: str) -> Iterator[str]:
    declared = list(type(value).model_fields)
    if not declared:
        return
    for key in value.model_extra or {}:
        yield f"{path}[{key!r}]"
    stored = vars(value)  # not getattr: reading a deprecated field would warn on every walk
    for name in declared:
        yield from _walk(stored.get(name), _join(path, name))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
