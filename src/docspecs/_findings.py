"""Problems as values: every step reports what it found as `Finding`s instead of printing."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


class Level(enum.IntEnum):
    """How much a finding matters; the CLI exits 1 when any finding is an ERROR."""

    INFO = 0
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place: `file: /json/pointer: message`.

    `file` is shown relative to the project root when it lies inside it, so output reads the same
    on every machine. `pointer` is an RFC 6901 JSON pointer into that file ("" for the whole file).
    """

    file: str
    pointer: str
    message: str
    rule_id: str
    level: Level = Level.ERROR

    def __str__(self) -> str:
        return printable(f"{self.file}: {self.pointer or '/'}: {self.message}")


def printable(text: str) -> str:
    """`text` with control characters escaped (`\\n`, `\\x1b`): a key in a spec or a URL in a
    recording must not start a line of its own (`::error::` in a CI log) or drive the terminal."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def display_path(path: Path, root: Path) -> str:
    """`path` relative to `root` when inside it, else as given; always with forward slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        pass
    try:  # a link inside `root` to somewhere else is shown where it is, not where it leads
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()


def pointer(*parts: str | int) -> str:
    """Build an RFC 6901 JSON pointer from unescaped path segments."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def json_type(value: object) -> str:
    """The JSON Schema type name of a parsed JSON value (`null`, `boolean`, `integer`, ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: a bool is an int in Python
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "string"


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.level is Level.ERROR for f in findings)
