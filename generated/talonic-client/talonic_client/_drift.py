"""Surfacing drift: fields and enum values this package does not declare, logged at DEBUG.

When a response carries a field a model does not declare (kept in `additional_properties`) or an
enum value the enum does not list (kept as a member outside the listed ones), the package logger
`talonic_client` logs it at DEBUG, once per location (model and field, or enum and value)
for the life of the process, so an application can surface what the vendor added without
recording any traffic:

    logging.getLogger("talonic_client").setLevel(logging.DEBUG)

Values of fields are never logged (they may be document content); enum values are.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

logger = logging.getLogger("talonic_client")

# What was logged already: "once per location" is per process, so this set is module state on
# purpose; it is bounded, and only touched when DEBUG is enabled for the package logger.
_SEEN: set[tuple[str, str]] = set()
_SEEN_LIMIT = 10_000
_LOCK = threading.Lock()


def _first_time(location: tuple[str, str]) -> bool:
    with _LOCK:
        if location in _SEEN or len(_SEEN) >= _SEEN_LIMIT:
            return False
        _SEEN.add(location)
        return True


def undeclared_fields(model: str, keys: Iterable[str]) -> None:
    """Log each key of `model` this package does not declare, once per (model, key)."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    for key in keys:
        if _first_time((model, key)):
            logger.debug("%s: field %r is not declared by this package", model, key)


def unknown_enum_value(enum: str, value: object) -> None:
    """Log a value `enum` does not list, once per (enum, value)."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    if _first_time((enum, repr(value))):
        logger.debug("%s: value %r is not among the enum's listed values", enum, value)
