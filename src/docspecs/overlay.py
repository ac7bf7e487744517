"""Apply OpenAPI Overlay 1.0 documents to a bundled spec: the generator-ready document.

An overlay is a YAML file `overlays/<api>/<NN>-<purpose>.yaml` holding one concern:

    overlay: 1.0.0
    info: {title: ..., version: ...}
    actions:
      - target: "$.components.schemas.Run"      # RFC 9535 JSONPath
        description: why this action exists     # required here: every action says why
        update: {...}                           # deep-merged into every matched object
                                                # (arrays concatenated, as Overlay 1.1 says)
      - target: "$..[?@.format == 'date-time'].format"
        description: ...
        remove: true                            # every matched node is removed

Targets are evaluated by `jsonpath-rfc9535` (a maintained RFC 9535 implementation) against the
document as the previous actions left it. A target that matches nothing is an error naming the
overlay file, the action's index and the target: a silently skipped action would hide a spec
change that made the overlay obsolete. So is an action that leaves the document without
`openapi`, `info` (with `title` and `version`) or `paths`, which no generator can read.

Overlays are read as specs are (UTF-8, YAML 1.2, no duplicate keys: `docspecs._bundler`).
Every error is an `OverlayError`: `file: /json/pointer: message`, the pointer inside the overlay.
An overlay named `<NN>-<purpose>.pre-bundle.yaml` is applied by `docspecs.document` to the
spec's root file before bundling (to repair a `$ref`); the others to the bundled document.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from docspecs._bundler import LoadError, load_file
from docspecs._errors import DocspecsError
from docspecs._findings import display_path, pointer

__all__ = ["OverlayError", "apply_overlays"]

_VERSION = re.compile(r"^1\.0\.\d+$")
_TOP_LEVEL = {"overlay", "info", "extends", "actions"}
_ACTION_FIELDS = {"target", "description", "update", "remove"}


def apply_overlays(
    document: Mapping[str, Any], overlay_paths: Iterable[Path], *, root: Path | None = None
) -> dict[str, Any]:
    """`document` with every overlay applied in the given order; the input is not modified.

    `root` (default: the current directory) only shortens file names in error messages.
    """
    result: dict[str, Any] = copy.deepcopy(dict(document))
    for path in overlay_paths:
        shown = display_path(path, root or Path.cwd())
        overlay = _load(path, shown)
        for index, action in enumerate(overlay["actions"]):
            before = _missing_required(result)
            _apply_action(result, action, shown, index)
            broken = _missing_required(result) - before
            if broken:
                raise _fail(
                    shown,
                    pointer("actions", index),
                    f"action {index} leaves the document without {', '.join(sorted(broken))}: "
                    "an OpenAPI document needs them (target what is inside them instead)",
                )
    return result


def _missing_required(document: Mapping[str, Any]) -> set[str]:
    """The fixed fields every generator-ready document needs that `document` lacks (or has in
    the wrong shape): `openapi`, `info` with `title` and `version`, `paths`."""
    missing = set()
    if not isinstance(document.get("openapi"), str):
        missing.add("openapi")
    info = document.get("info")
    if not isinstance(info, dict):
        missing.add("info")
    else:
        missing.update(f"info.{key}" for key in ("title", "version") if key not in info)
    if not isinstance(document.get("paths"), dict):
        missing.add("paths")
    return missing


def _load(path: Path, shown: str) -> dict[str, Any]:
    """The overlay at `path`, read as the specs are (UTF-8, YAML 1.2, no duplicate keys, no
    alias bombs) and checked against Overlay 1.0's fixed fields."""
    try:
        data = load_file(path)
    except LoadError as error:
        raise _fail(shown, "", str(error)) from None
    _validate(data, shown)
    return data  # type: ignore[no-any-return]


class OverlayError(DocspecsError):
    """An overlay that cannot be read or applied: `file: /json/pointer: message`, where `file`
    is the overlay (as shown) and the pointer is inside it (`/actions/<index>/...`)."""

    def __init__(self, file: str, json_pointer: str, message: str) -> None:
        super().__init__(f"{file}: {json_pointer or '/'}: {message}")
        self.file = file
        self.pointer = json_pointer
        self.message = message


def _fail(shown: str, at: str, message: str) -> OverlayError:
    return OverlayError(shown, at, message)


def _validate(data: object, shown: str) -> None:
    """The overlay document's own shape (Overlay 1.0 fixed fields), before any action runs."""
    if not isinstance(data, dict):
        raise _fail(shown, "", "an overlay document must be a mapping")
    unknown = sorted(k for k in data if k not in _TOP_LEVEL and not str(k).startswith("x-"))
    if unknown:
        raise _fail(shown, pointer(unknown[0]), f"unknown overlay field {unknown[0]!r}")
    version = data.get("overlay")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise _fail(shown, "/overlay", f"expected an Overlay 1.0.x version string, got {version!r}")
    info = data.get("info")
    if not isinstance(info, dict):
        raise _fail(shown, "/info", "an overlay needs an info object with title and version")
    for key in ("title", "version"):
        if not isinstance(info.get(key), str) or not info[key]:
            raise _fail(shown, pointer("info", key), f"info.{key} must be a non-empty string")
    if "extends" in data and not isinstance(data["extends"], str):
        raise _fail(shown, "/extends", "extends must be a URI string")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise _fail(shown, "/actions", "an overlay needs a non-empty list of actions")
    for index, action in enumerate(actions):
        _validate_action(action, shown, index)


def _validate_action(action: object, shown: str, index: int) -> None:
    at = pointer("actions", index)
    if not isinstance(action, dict):
        raise _fail(shown, at, f"action {index} must be a mapping")
    unknown = sorted(k for k in action if k not in _ACTION_FIELDS and not str(k).startswith("x-"))
    if unknown:
        raise _fail(shown, f"{at}/{unknown[0]}", f"action {index}: unknown field {unknown[0]!r}")
    target = action.get("target")
    if not isinstance(target, str) or not target:
        raise _fail(shown, f"{at}/target", f"action {index} needs a JSONPath target string")
    description = action.get("description")
    if not isinstance(description, str) or not description.strip():
        raise _fail(
            shown,
            f"{at}/description",
            f"action {index} needs a description saying why it exists",
        )
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        raise _fail(shown, f"{at}/remove", f"action {index}: remove must be true or false")
    if not remove and "update" not in action:
        raise _fail(shown, at, f"action {index} has neither update nor remove: true")


def _apply_action(document: dict[str, Any], action: dict[str, Any], shown: str, index: int) -> None:
    import jsonpath_rfc9535 as jsonpath

    target: str = action["target"]
    at = pointer("actions", index, "target")
    try:
        query = jsonpath.compile(target)
    except jsonpath.JSONPathError as error:
        raise _fail(shown, at, f"action {index}: invalid JSONPath {target!r}: {error}") from None
    locations = [tuple(node.location) for node in query.finditer(document)]
    if not locations:
        raise _fail(shown, at, f"action {index}: target {target!r} matches nothing")
    if action.get("remove", False):
        _remove(document, locations, shown, index, target)
    else:
        update = action["update"]
        for location in locations:
            _update(document, location, update, shown, index, target)


def _resolve(document: Any, location: Sequence[str | int]) -> Any:
    node = document
    for part in location:
        node = node[part]
    return node


def _remove(
    document: dict[str, Any],
    locations: list[tuple[str | int, ...]],
    shown: str,
    index: int,
    target: str,
) -> None:
    if any(not location for location in locations):
        raise _fail(
            shown,
            pointer("actions", index, "target"),
            f"action {index}: target {target!r} selects the whole document, "
            "which cannot be removed",
        )

    # Deepest first and, within one array, highest index first, so earlier removals do not shift
    # the positions of later ones.
    def order(location: tuple[str | int, ...]) -> tuple[int, tuple[str, ...]]:
        return (len(location), tuple(f"{p:020d}" if isinstance(p, int) else p for p in location))

    for location in sorted(set(locations), key=order, reverse=True):
        parent = _resolve(document, location[:-1])
        del parent[location[-1]]


def _update(
    document: dict[str, Any],
    location: tuple[str | int, ...],
    update: Any,
    shown: str,
    index: int,
    target: str,
) -> None:
    node = _resolve(document, location)
    if isinstance(node, dict):
        if not isinstance(update, dict):
            raise _fail(
                shown,
                pointer("actions", index, "update"),
                f"action {index}: target {target!r} selects an object, so update must be a mapping",
            )
        _merge(node, update)
    elif isinstance(node, list):
        node.append(copy.deepcopy(update))
    else:
        where = "$" + "".join(f"[{p!r}]" for p in location)
        raise _fail(
            shown,
            pointer("actions", index, "target"),
            f"action {index}: target {target!r} selects a {type(node).__name__} at {where}; "
            "update needs an object or array (target the parent instead)",
        )


def _merge(node: dict[str, Any], update: Mapping[str, Any]) -> None:
    """An update: objects merge recursively, arrays are concatenated (the old items first, as
    Overlay 1.1 specifies; 1.0 left it open, and replacing would silently drop e.g. an
    operation's other parameters), any other value replaces the old one."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        elif isinstance(value, list) and isinstance(node.get(key), list):
            node[key].extend(copy.deepcopy(value))
        else:
            node[key] = copy.deepcopy(value)
