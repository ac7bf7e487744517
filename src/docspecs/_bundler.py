"""The machinery behind `bundle` (and what `lint` needs from it): load, resolve, remember origins.

`resolve(spec_path)` turns a spec that may `$ref` files beside it into ONE document:

- local refs of the root file (`#/...`) stay local, and are checked once the document is complete;
- an external `$ref` in a *schema* position (a media type's `schema`, `properties/*`, `items`,
  `allOf/*`, ...) becomes `#/components/schemas/<Name>`, the referenced schema copied there once.
  The name is the root component's key when the root's `components/schemas` points at the file,
  else the last segment of the ref's JSON pointer, else the file's stem. Two different schemas
  that would get the same name are a problem naming both files;
- any other external `$ref` (a response, a parameter, a path item, ...) is inlined; OpenAPI 3.1
  `summary`/`description` beside the `$ref` override the target's;
- an Example Object's `externalValue` file (relative to the file it is written in) is read and
  inlined as `value`, the `externalValue` dropped;
- a ref or `externalValue` whose target (symlinks followed) is outside the spec's folder is a
  problem, and the target is never read: a spec must not copy arbitrary files into the document;
  so is a spec file that is itself a link out of its folder, and a pipe or device anywhere (a
  FIFO would block the read for ever, `/dev/zero` never end);
- refs that lead only to each other (`X: {$ref: Y}`, `Y: {$ref: X}`, also across files) resolve
  to nothing: one problem per cycle. An object whose property refers back to it is fine.

Files are read as YAML 1.2 (core schema, on PyYAML's C parser: see "loading" below) or JSON;
a key given twice, an alias bomb or a recursive alias is a problem with its line. `resolve`
takes an optional `prepare` step for the root document (the pre-bundle overlays).

Nothing here raises on a problem in the spec: every problem is collected as a `Problem` and the
document is built as far as it can be (a broken `$ref` stays as written). `bundle()` raises on
them, `lint()` reports them. `Bundle.locate()` maps a pointer in the bundled document back to
the file and pointer it came from, so findings point at what the author wrote.

Why not `referencing` (the resolver behind jsonschema)? It finds the target of a ref, but bundling
needs more than lookup: rewriting refs (hoist vs inline, decided by where the ref sits), naming
hoisted schemas and detecting name collisions, cycle detection for inlined refs, YAML-aware
error messages with line numbers, and a map from every bundled node back to its file and pointer.
The lookup itself (relative file + RFC 6901 fragment) is a few lines, so it is written here;
`referencing` is used where it fits, to validate examples against the bundled document (lint).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from docspecs._findings import pointer as make_pointer

#: Rule ids of the problems found while bundling (the lint catalogue describes them).
# The operation keys of an OpenAPI 3.0/3.1 Path Item Object (OpenAPI 3.1 section 4.8.9).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REF_RULE = "ref-resolves"
EXAMPLE_RULE = "example-valid"
SPEC_RULE = "spec-valid"

# Where, inside a schema, other schemas sit (JSON Schema 2020-12 applicators).
_SCHEMA_KEYS = frozenset(
    {
        "items",
        "not",
        "additionalProperties",
        "additionalItems",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "contentSchema",
    }
)
_SCHEMA_LIST_KEYS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_MAP_KEYS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)

# What kind of node the walker is in: an OpenAPI object, a schema, a map/list of schemas, or data
# (example values, defaults, enums, extensions), where a "$ref" key is just data.
_OPENAPI, _SCHEMA, _SCHEMA_MAP, _SCHEMA_LIST, _DATA = "openapi", "schema", "map", "list", "data"


@dataclass(frozen=True)
class Problem:
    """Something in the spec that stops it from bundling cleanly, where the author wrote it."""

    file: Path
    pointer: str
    message: str
    rule_id: str


@dataclass
class Bundle:
    """The bundled document, where each part of it came from, and the problems met on the way."""

    root: Path
    document: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    # bundled pointer -> (file, pointer) of the content placed there (inlined or hoisted)
    origins: dict[str, tuple[Path, str]] = field(default_factory=dict)
    # bundled pointer -> (file, pointer) of the `$ref` object that was replaced by that content
    ref_sites: dict[str, tuple[Path, str]] = field(default_factory=dict)
    # every file named by an `externalValue`, whether it could be read or not
    example_files: frozenset[Path] = frozenset()
    # set by `docspecs.document.bundled` when it converted an OpenAPI 3.0.x document to 3.1:
    # the version written in the spec and what was converted, by kind (`docspecs._convert`)
    source_version: str = ""
    converted: dict[str, int] = field(default_factory=dict)

    def locate(self, bundled_pointer: str, *, prefer_ref_site: bool = False) -> tuple[Path, str]:
        """The file and pointer a node of the bundled document was written at.

        With `prefer_ref_site`, a node that replaced a `$ref` is located at that `$ref` (where a
        component was declared) rather than at the content it pulled in.
        """
        if prefer_ref_site and bundled_pointer in self.ref_sites:
            return self.ref_sites[bundled_pointer]
        prefix = bundled_pointer
        while True:
            if prefix in self.origins:
                file, base = self.origins[prefix]
                return file, base + bundled_pointer[len(prefix) :]
            if not prefix:
                return self.root, bundled_pointer
            prefix = prefix[: prefix.rfind("/")]


# -- loading: YAML 1.2 core schema on PyYAML's C parser ------------------------------------------
#
# PyYAML resolves plain scalars by YAML 1.1 rules: `1e-08` and `1E3` are strings, `1:20` is 80,
# `0755` is 493, `yes`/`on` are booleans, `2024-01-01` is a date. OpenAPI 3.1 documents are
# YAML 1.2 (or JSON), whose core schema says otherwise, so the implicit resolvers below are
# the YAML 1.2 core schema's (https://yaml.org/spec/1.2.2/#1032-tag-resolution), and the int
# and float constructors read those forms. `<<` merge keys are kept (widely used in specs).
# ruamel.yaml reads YAML 1.2 too, but its pure-Python loader is several times slower than
# PyYAML's C parser on a 1 MB document (`python scripts/bench_yaml.py` prints the figures);
# resolution and construction are the small, Python-side part that this replaces.

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_CORE_RESOLVERS: list[tuple[str, re.Pattern[str], str]] = [
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), "<"),
]

#: How many nodes a YAML file may expand to, aliases counted at every use, as a multiple of the
#: nodes written (plus a floor): an alias bomb (a few hundred bytes of nested aliases standing
#: for billions of nodes) is refused before anything walks it.
MAX_ALIAS_EXPANSION = 10
_EXPANSION_FLOOR = 100_000

# Something that may be an anchor (`&name` after a space, a line start or a flow indicator); a
# false match (prose like "AT &T") costs only the expansion check it would have skipped.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s,\[\]{}]", re.MULTILINE)

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Yaml12Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe YAML by the YAML 1.2 core schema, with JSON-compatible results: integer keys
    (`200:`) become strings, and a key given twice is an error instead of silently keeping the
    last one. Runs on PyYAML's C parser (libyaml) when it is installed."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)  # merged (`<<`) pairs first, then the mapping's own
    merged = len(node.value) - own
    result: dict[Any, Any] = {}
    written: set[Any] = set()
    for index, (key_node, value_node) in enumerate(node.value):
        key = _construct_key(loader, key_node)
        if index >= merged and key in written:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        if index >= merged:
            written.add(key)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _not_json(node: yaml.Node, problem: str) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


def _construct_key(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    """A mapping key as JSON has it: a string. OpenAPI limits YAML keys to strings; a plain
    number, boolean or null key (`200:`, `true:`) is read as the text written (`"200"`,
    `"true"`), and a list or mapping as a key is an error with its line."""
    if not isinstance(node, yaml.ScalarNode):
        raise _not_json(node, "a mapping key must be a string, not a list or mapping")
    if node.tag == "tag:yaml.org,2002:str":
        return str(loader.construct_object(node, deep=True))
    return str(node.value)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    try:
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)  # YAML 1.2: `0755` is 755, not octal
    except ValueError:  # an explicit `!!int` on something else
        raise _not_json(node, f"{text!r} is not an integer") from None


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    text = str(loader.construct_scalar(node))
    if text.lower().lstrip("+-") in (".inf", ".nan", "inf", "nan", "infinity"):
        # YAML has them, JSON (and so JSON Schema and openapi.json) does not
        raise _not_json(node, f"{text} is not a JSON number; quote it if a string is meant")
    try:
        return float(text)
    except ValueError:  # an explicit `!!float` on something else
        raise _not_json(node, f"{text!r} is not a number") from None


def _refuse_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    raise _not_json(
        node,
        f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} makes a value JSON cannot "
        "hold; OpenAPI allows only JSON data (strings, numbers, booleans, null, lists, mappings)",
    )


_Yaml12Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Yaml12Loader.add_constructor(_INT, _construct_int)
_Yaml12Loader.add_constructor(_FLOAT, _construct_float)
for _tag in ("binary", "timestamp", "set", "omap", "pairs"):
    _Yaml12Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _refuse_tag)
_Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in _CORE_RESOLVERS:
    _Yaml12Loader.add_implicit_resolver(
        _tag, _regexp, list(_first) + ([""] if _tag.endswith("null") else [])
    )


class LoadError(Exception):
    """A file that cannot be read or parsed; the message says where (line and column for YAML)."""


def _check_expansion(node: yaml.Node, text: str) -> None:
    """`LoadError` when `node`, aliases expanded, is far larger than what was written (or refers
    to itself). An alias is the same node object as its anchor, so sizes are counted once per
    node (iteratively: deep nesting is no problem here)."""
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, children_done = stack.pop()
        key = id(current)
        children: list[yaml.Node] = []
        if isinstance(current, yaml.SequenceNode):
            children = list(current.value)
        elif isinstance(current, yaml.MappingNode):
            children = [part for pair in current.value for part in pair]
        if children_done:
            visiting.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            continue
        if key in sizes:
            continue
        if key in visiting:
            mark = current.start_mark
            raise LoadError(
                f"line {mark.line + 1}, column {mark.column + 1}: invalid YAML: an alias refers "
                "to a node that contains it (a recursive document)"
            )
        visiting.add(key)
        stack.append((current, True))
        for child in children:
            if id(child) in visiting:
                mark = child.start_mark
                raise LoadError(
                    f"line {mark.line + 1}, column {mark.column + 1}: invalid YAML: an alias "
                    "refers to a node that contains it (a recursive document)"
                )
            stack.append((child, False))
    expanded = sizes[id(node)]
    written = len(sizes)
    limit = max(_EXPANSION_FLOOR, MAX_ALIAS_EXPANSION * written)
    if expanded > limit:
        line = _first_costly_alias(text, limit)
        where = f"line {line}: " if line else ""
        raise LoadError(
            f"{where}invalid YAML: aliases expand {written} written nodes to {expanded} "
            f"(more than {limit}): an alias bomb; write the repeated parts out or use $ref"
        )


def _first_costly_alias(text: str, limit: int) -> int | None:
    """The line of the alias at which the expanded size first passes `limit` (events only)."""
    anchored: dict[str, int] = {}
    open_nodes: list[tuple[str | None, int]] = []  # (anchor, expanded size so far)
    total = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            grown = anchored.get(event.anchor or "", 1)
            total += grown
            if open_nodes:
                anchor, count = open_nodes[-1]
                open_nodes[-1] = (anchor, count + grown)
            if total > limit and event.start_mark is not None:
                return int(event.start_mark.line) + 1
        elif isinstance(event, yaml.ScalarEvent):
            total += 1
            if event.anchor:
                anchored[event.anchor] = 1
            if open_nodes:
                anchor, count = open_nodes[-1]
                open_nodes[-1] = (anchor, count + 1)
        elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            total += 1
            open_nodes.append((event.anchor, 1))
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            anchor, count = open_nodes.pop()
            if anchor:
                anchored[anchor] = count
            if open_nodes:
                outer, outer_count = open_nodes[-1]
                open_nodes[-1] = (outer, outer_count + count)
    return None


#: How deep lists and mappings may nest. Real documents stay far below it; far deeper ones crash
#: PyYAML's C composer (it recurses on the C stack: a segmentation fault, no message) and every
#: walk after it, so they are refused first, with the line.
MAX_DEPTH = 256
_OPENERS = re.compile(r"[\[{]|(?:^|\s)[-?:](?=\s|$)", re.MULTILINE)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]')


def _check_depth(text: str, *, label: str = "YAML") -> None:
    """`LoadError` with the line when `text` nests lists and mappings deeper than `MAX_DEPTH`.

    Every level opens with a `[`, a `{`, a `-`/`?`/`:` indicator or more indentation, so a text
    with fewer of them than the limit is shallow enough (the common case, no parsing); otherwise
    the levels are counted exactly, from the parser's events (iterative, in C) or JSON's tokens.
    """
    widest = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
    if widest + len(_OPENERS.findall(text)) <= MAX_DEPTH:
        return
    line = json_too_deep(text) if label == "JSON" else _yaml_too_deep(text)
    if line is not None:
        raise LoadError(f"line {line}: invalid {label}: nested more than {MAX_DEPTH} levels deep")


def _yaml_too_deep(text: str) -> int | None:
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH and event.start_mark is not None:
                    return int(event.start_mark.line) + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # not YAML: the loader says where
    return None


def json_too_deep(text: str) -> int | None:
    """The line at which JSON `text` nests deeper than `MAX_DEPTH`, or None (also for text that
    is not JSON). Python's parser would raise `RecursionError` near 1,000 levels, and every walk
    of the result long before: check untrusted JSON (recorded traffic) with this first."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        if token.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, token.start()) + 1
        elif token.group() in "]}":
            depth -= 1
    return None


def load_yaml(text: str) -> Any:
    """YAML 1.2 core-schema text -> data; `yaml.YAMLError` or `LoadError` when it is not usable.

    Duplicate keys are an error; an alias bomb (see `MAX_ALIAS_EXPANSION`) is refused before it
    is built. Shared by specs, example files and overlays.
    """
    _check_depth(text)
    loader = _Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _ANCHOR.search(text):  # no anchor, no alias: nothing to expand
            _check_expansion(node, text)
        return loader.construct_document(node)
    finally:
        loader.dispose()


class _DuplicateKey(ValueError):
    pass


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _NotJsonNumber(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotJsonNumber(name)


def load_json(text: str) -> Any:
    """JSON text -> data; `json.JSONDecodeError`, or `ValueError` for a key given twice or for
    `NaN`/`Infinity` (Python's extension, not JSON)."""
    return json.loads(text, object_pairs_hook=_unique_pairs, parse_constant=_refuse_constant)


def load_file(path: Path) -> Any:
    """Parse a YAML or JSON file; `LoadError` with the line and column of a syntax error.

    A `.json` file is JSON. Any other file is YAML 1.2, of which JSON is a subset: a document
    that starts with `{` (a vendor's JSON saved as openapi.yaml) is read by the JSON parser
    first, which is faster and accepts what PyYAML does not (tab indentation, the `\\/` escape).
    A key given twice is an error with its line either way.
    """
    if path.exists() and not path.is_file() and not path.is_dir():
        # a FIFO would block the read for ever, a device (`/dev/zero`) never end
        raise LoadError("cannot read: not a regular file (a pipe, socket or device)")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoadError("file not found") from None
    except UnicodeDecodeError as error:
        raise LoadError(
            f"cannot read: not UTF-8 text (byte {error.start}: {error.reason})"
        ) from None
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}") from None
    if path.suffix == ".json":
        _check_depth(text, label="JSON")
        try:
            return load_json(text)
        except json.JSONDecodeError as error:
            raise LoadError(
                f"line {error.lineno}, column {error.colno}: invalid JSON: {error.msg}"
            ) from None
        except _DuplicateKey as error:
            # the YAML reading of the same text says where the second key is
            message = f"invalid JSON: found duplicate key {error.args[0]!r}"
            return _load_yaml_file(text, message, label="JSON")
        except _NotJsonNumber as error:
            raise LoadError(
                f"{_line_of(text, error.args[0])}invalid JSON: {error.args[0]} is not a JSON number"
            ) from None
    if text.lstrip()[:1] == "{":
        _check_depth(text, label="JSON")
        try:
            return load_json(text)
        except ValueError:  # not JSON after all, or a duplicate key: YAML says where
            pass
    return _load_yaml_file(text)


def _line_of(text: str, word: str) -> str:
    """`line N: ` of the first `word` outside a string in `text` (or "" when not found)."""
    for number, line in enumerate(text.splitlines(), 1):
        if re.search(rf'(?<![\w"]){re.escape(word)}(?![\w"])', line):
            return f"line {number}: "
    return ""


def _load_yaml_file(text: str, duplicate: str | None = None, *, label: str = "YAML") -> Any:
    try:
        data = load_yaml(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise LoadError(f"{where}invalid {label}: {error.problem or error}") from None
    except yaml.YAMLError as error:
        raise LoadError(f"invalid {label}: {error}") from None
    except RecursionError:
        raise LoadError(f"invalid {label}: nested too deeply to read") from None
    if duplicate:  # JSON saw a duplicate key that YAML did not (cannot happen; never ignored)
        raise LoadError(duplicate)
    return data


def split_pointer(json_pointer: str) -> list[str]:
    """RFC 6901 pointer -> unescaped segments (`""` -> `[]`)."""
    if not json_pointer:
        return []
    return [s.replace("~1", "/").replace("~0", "~") for s in json_pointer[1:].split("/")]


class Unresolvable(Exception):
    """A `$ref` or JSON pointer that leads nowhere; the message says where the walk stopped."""


def lookup(document: Any, json_pointer: str) -> Any:
    """The node at RFC 6901 `json_pointer` in `document` (the one pointer walker every module
    uses); `Unresolvable` naming the first segment that is missing."""
    node = document
    walked = ""
    for segment in split_pointer(json_pointer):
        walked += make_pointer(segment)
        if isinstance(node, dict) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            raise Unresolvable(f"nothing at {walked}")
    return node


def _child_kind(kind: str, key: str, parent_pointer: str) -> str:
    if kind in (_DATA, _SCHEMA_MAP, _SCHEMA_LIST):
        return _SCHEMA if kind != _DATA else _DATA
    if key.startswith("x-"):
        return _DATA
    if kind == _SCHEMA:
        if key in _SCHEMA_KEYS:
            return _SCHEMA
        if key in _SCHEMA_LIST_KEYS:
            return _SCHEMA_LIST
        if key in _SCHEMA_MAP_KEYS:
            return _SCHEMA_MAP
        return _DATA
    # an OpenAPI object
    if key == "schema":
        return _SCHEMA
    if key == "schemas" and parent_pointer == "/components":
        return _SCHEMA_MAP
    if key in ("example", "value", "default", "enum", "const"):
        return _DATA
    return _OPENAPI


class _Resolver:
    def __init__(
        self,
        root: Path,
        prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        written: Path | None = None,
    ) -> None:
        self.root = root
        self.written = written  # the spec path as given (root is it resolved)
        self.prepare = prepare
        self.files: dict[Path, Any] = {}
        self.load_errors: dict[Path, str] = {}
        self.problems: list[Problem] = []
        self.origins: dict[str, tuple[Path, str]] = {"": (root, "")}
        self.ref_sites: dict[str, tuple[Path, str]] = {}
        # hoisted schemas: target (file, pointer) <-> component name
        self.names: dict[tuple[Path, str], str] = {}
        self.taken: dict[str, tuple[Path, str]] = {}
        self.queue: list[tuple[str, Path, str]] = []
        self.inline_stack: list[tuple[Path, str]] = []
        # refs kept local: (local ref, file + pointer it was written at, ref as written)
        self.local_refs: list[tuple[str, Path, str, str]] = []
        self.example_files: set[Path] = set()

    # -- files and refs ---------------------------------------------------------------------

    def load(self, path: Path) -> Any:
        if path not in self.files and path not in self.load_errors:
            try:
                self.files[path] = load_file(path)
            except LoadError as error:
                self.load_errors[path] = str(error)
        if path in self.load_errors:
            raise Unresolvable(f"{_show(path, self.root)}: {self.load_errors[path]}")
        return self.files[path]

    def target(self, ref: str, file: Path) -> tuple[Path, str]:
        """(file, pointer) that `ref`, written in `file`, points at (not yet checked to exist)."""
        parts = urlsplit(ref)
        if parts.scheme or parts.netloc:
            raise Unresolvable("only refs to files beside the spec are supported")
        fragment = unquote(parts.fragment)
        if fragment and not fragment.startswith("/"):
            raise Unresolvable("the fragment must be a JSON pointer starting with '/'")
        target_file = self.inside(file.parent / unquote(parts.path)) if parts.path else file
        return target_file, fragment

    def inside(self, path: Path) -> Path:
        """`path` resolved (symlinks followed) when it lies in the spec's folder; else refused.

        A ref or `externalValue` is content copied into the document and printed by lint, so
        one that leaves the folder (`../../etc/passwd`, a symlink out) would read any file on
        disk. The target is named, never read.
        """
        folder = self.root.parent
        resolved = path.resolve()
        if not resolved.is_relative_to(folder):
            shown = Path(os.path.normpath(path)).as_posix()
            if Path(shown) != resolved:
                shown += f", a link to {resolved.as_posix()}"
            raise Unresolvable(
                f"the target leaves the spec's folder {folder.name}/ ({shown}); "
                "refs and examples must stay inside it"
            )
        return resolved

    def problem(self, file: Path, json_pointer: str, message: str, rule_id: str) -> None:
        self.problems.append(Problem(file, json_pointer, message, rule_id))

    # -- the walk ---------------------------------------------------------------------------

    def copy(self, node: Any, file: Path, fptr: str, bptr: str, kind: str) -> Any:
        """A bundled copy of `node` (found at `file`#`fptr`, to be placed at `bptr`)."""
        if isinstance(node, dict):
            if kind not in (_DATA, _SCHEMA_MAP) and isinstance(node.get("$ref"), str):
                return self.copy_ref(node, file, fptr, bptr, kind)
            if kind == _OPENAPI and isinstance(node.get("externalValue"), str):
                node = self.inline_example(node, file, fptr, bptr)
            return {
                key: self.copy(
                    value,
                    file,
                    fptr + make_pointer(key),
                    bptr + make_pointer(key),
                    _child_kind(kind, str(key), bptr),
                )
                for key, value in node.items()
            }
        if isinstance(node, list):
            child = _DATA if kind == _DATA else (_OPENAPI if kind == _OPENAPI else _SCHEMA)
            return [
                self.copy(item, file, fptr + f"/{i}", bptr + f"/{i}", child)
                for i, item in enumerate(node)
            ]
        return node

    def copy_siblings(
        self, node: dict[str, Any], file: Path, fptr: str, bptr: str, kind: str
    ) -> dict[str, Any]:
        return {
            key: self.copy(
                value,
                file,
                fptr + make_pointer(key),
                bptr + make_pointer(key),
                _child_kind(kind, key, bptr),
            )
            for key, value in node.items()
            if key != "$ref"
        }

    def copy_ref(self, node: dict[str, Any], file: Path, fptr: str, bptr: str, kind: str) -> Any:
        ref: str = node["$ref"]
        site = fptr + "/$ref"
        try:
            target_file, target_ptr = self.target(ref, file)
            if target_file != self.root:
                # check it exists now; refs into the root are checked on the finished document
                lookup(self.load(target_file), target_ptr)
        except Unresolvable as error:
            self.problem(file, site, f"cannot resolve {ref!r}: {error}", REF_RULE)
            return copy.deepcopy(node)

        if target_file == self.root:
            local = "#" + target_ptr
            self.local_refs.append((local, file, site, ref))
            return {"$ref": local, **self.copy_siblings(node, file, fptr, bptr, kind)}

        if kind == _SCHEMA and not self.is_declared_component(bptr, target_file, target_ptr):
            name = self.schema_name(target_file, target_ptr, file, site, ref)
            if name is None:
                return copy.deepcopy(node)
            return {
                "$ref": "#" + make_pointer("components", "schemas", name),
                **self.copy_siblings(node, file, fptr, bptr, kind),
            }

        # inline the target in place
        key = (target_file, target_ptr)
        if key in self.inline_stack:
            self.problem(
                file,
                site,
                f"cannot resolve {ref!r}: circular reference (it refers to itself)",
                REF_RULE,
            )
            return copy.deepcopy(node)
        self.inline_stack.append(key)
        try:
            content = self.copy(
                lookup(self.files[target_file], target_ptr), target_file, target_ptr, bptr, kind
            )
        finally:
            self.inline_stack.pop()
        self.origins[bptr] = key
        self.ref_sites[bptr] = (file, fptr)
        siblings = self.copy_siblings(node, file, fptr, bptr, kind)
        if siblings and isinstance(content, dict):
            for sibling in siblings:
                self.origins[bptr + make_pointer(sibling)] = (file, fptr + make_pointer(sibling))
            content = {**content, **siblings}
        return content

    def is_declared_component(self, bptr: str, target_file: Path, target_ptr: str) -> bool:
        """Is this the root's `components/schemas/<Name>: {$ref: file}` entry naming `target`?"""
        prefix = "/components/schemas/"
        if not bptr.startswith(prefix) or "/" in bptr[len(prefix) :]:
            return False
        name = split_pointer(bptr)[-1]
        return self.names.get((target_file, target_ptr)) == name

    def declare_root_components(self, document: dict[str, Any]) -> None:
        """Names for external schemas come first from the root's own `components/schemas`."""
        components = document.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        if not isinstance(schemas, dict):
            return
        for name, schema in schemas.items():
            self.taken[name] = (self.root, make_pointer("components", "schemas", name))
            if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
                try:
                    target = self.target(schema["$ref"], self.root)
                except Unresolvable:
                    continue
                if target[0] != self.root and target not in self.names:
                    self.names[target] = name
                    self.taken[name] = target

    def schema_name(
        self, target_file: Path, target_ptr: str, file: Path, site: str, ref: str
    ) -> str | None:
        key = (target_file, target_ptr)
        if key in self.names:
            return self.names[key]
        segments = split_pointer(target_ptr)
        name = segments[-1] if segments else target_file.stem
        if name in self.taken:
            other_file, other_ptr = self.taken[name]
            self.problem(
                file,
                site,
                f"cannot resolve {ref!r}: schema name {name!r} is taken: both "
                f"{_show(other_file, self.root)}#{other_ptr} and "
                f"{_show(target_file, self.root)}#{target_ptr} would become "
                f"#/components/schemas/{name}",
                REF_RULE,
            )
            return None
        self.names[key] = name
        self.taken[name] = key
        self.queue.append((name, target_file, target_ptr))
        return name

    def inline_example(
        self, node: dict[str, Any], file: Path, fptr: str, bptr: str
    ) -> dict[str, Any]:
        """The Example Object with its `externalValue` file read into `value`."""
        relative: str = node["externalValue"]
        site = fptr + "/externalValue"
        parts = urlsplit(relative)
        if parts.scheme or parts.netloc:
            self.problem(
                file,
                site,
                f"cannot read example {relative!r}: only files beside the spec are supported",
                EXAMPLE_RULE,
            )
            return node
        try:
            path = self.inside(file.parent / unquote(parts.path))
        except Unresolvable as error:
            self.problem(file, site, f"cannot read example {relative!r}: {error}", EXAMPLE_RULE)
            return node
        self.example_files.add(path)
        try:
            value = load_file(path)
        except LoadError as error:
            self.problem(file, site, f"cannot read example {relative!r}: {error}", EXAMPLE_RULE)
            return node
        self.origins[bptr + "/value"] = (path, "")
        # keep the key order: `value` takes the place of `externalValue`
        return {
            ("value" if key == "externalValue" else key): (
                value if key == "externalValue" else item
            )
            for key, item in node.items()
        }

    # -- the whole document -----------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        if self.written is not None and not self.root.is_relative_to(self.written.parent.resolve()):
            # the spec file itself linked out of its folder: that folder would become the one
            # refs may read, and the target's content would be printed in findings
            self.problem(
                self.written.absolute(),
                "",
                f"the spec file is a link to {self.root.as_posix()}, outside its folder "
                f"{self.written.parent.name}/; copy the file in instead",
                SPEC_RULE,
            )
            return {}
        try:
            raw = load_file(self.root)
        except LoadError as error:
            self.problem(self.root, "", str(error), SPEC_RULE)
            return {}
        if not isinstance(raw, dict):
            self.problem(
                self.root,
                "",
                f"not an OpenAPI document: the top level is a {type(raw).__name__}, not a mapping",
                SPEC_RULE,
            )
            return {}
        if self.prepare is not None:  # e.g. pre-bundle overlays; raises what it raises
            raw = self.prepare(raw)
        self.files[self.root] = raw
        self.declare_root_components(raw)
        document: dict[str, Any] = self.copy(raw, self.root, "", "", _OPENAPI)
        hoisted: dict[str, Any] = {}
        while self.queue:
            name, target_file, target_ptr = self.queue.pop(0)
            bptr = make_pointer("components", "schemas", name)
            self.origins[bptr] = (target_file, target_ptr)
            hoisted[name] = self.copy(
                lookup(self.files[target_file], target_ptr),
                target_file,
                target_ptr,
                bptr,
                _SCHEMA,
            )
        if hoisted:
            components = document.setdefault("components", {})
            if not isinstance(components, dict):
                self.problem(self.root, "/components", "components is not a mapping", SPEC_RULE)
            else:
                schemas = components.setdefault("schemas", {})
                if isinstance(schemas, dict):
                    for name in sorted(hoisted):
                        schemas[name] = hoisted[name]
        for local, file, site, ref in self.local_refs:
            try:
                lookup(document, local[1:])
            except Unresolvable as error:
                self.problem(file, site, f"cannot resolve {ref!r}: {error}", REF_RULE)
        self.report_cycles(document)
        return document

    def report_cycles(self, document: dict[str, Any]) -> None:
        """A ref chain that leads back to where it started, with no object in between
        (`X: {$ref: Y}`, `Y: {$ref: X}`, also across files) resolves to nothing: one problem per
        cycle, at the `$ref` of its first member. An object whose property refers back to it is
        recursion, not a cycle of refs, and is fine."""
        where = Bundle(self.root, document, origins=self.origins, ref_sites=self.ref_sites)
        for cycle in _ref_cycles(document):
            file, site = where.locate(cycle[0] + "/$ref")
            try:
                ref = lookup(self.files[file], site)
            except (KeyError, Unresolvable):
                ref = lookup(document, cycle[0] + "/$ref")
            labels = [self.cycle_label(where, member) for member in (*cycle, cycle[0])]
            self.problem(
                file,
                site,
                f"cannot resolve {ref!r}: circular reference {' -> '.join(labels)} (refs that "
                "lead only to each other never reach a schema or object)",
                REF_RULE,
            )

    def cycle_label(self, where: Bundle, bundled_pointer: str) -> str:
        """A member of a ref cycle as a message names it: a component of the spec by its name,
        anything else by its file and pointer."""
        file, json_pointer = where.locate(bundled_pointer)
        segments = split_pointer(json_pointer)
        if file == self.root and len(segments) == 3 and segments[0] == "components":
            return segments[2]
        return _show(file, self.root) + (f"#{json_pointer}" if json_pointer else "")


def _is_local_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"][:1] == "#"


def _ref_cycles(document: dict[str, Any]) -> list[list[str]]:
    """Every cycle of nodes that are only `$ref`s to each other, as the pointers of its members
    (starting with the smallest, so a cycle reads the same whichever member is met first)."""
    cycles: dict[str, list[str]] = {}
    settled: set[str] = set()  # known to reach an object, a broken ref, or a cycle already found
    for start, kind, node in walk(document):
        if kind not in (_OPENAPI, _SCHEMA) or not _is_local_ref(node):
            continue
        chain: list[str] = []
        at = start
        while at not in settled:
            if at in chain:
                cycle = chain[chain.index(at) :]
                first = cycle.index(min(cycle))
                cycle = cycle[first:] + cycle[:first]
                cycles.setdefault(cycle[0], cycle)
                break
            chain.append(at)
            target = node["$ref"][1:]
            try:
                node = lookup(document, target)
            except Unresolvable:  # reported as a broken ref
                break
            if not _is_local_ref(node):
                break
            at = target
        settled.update(chain)
    return [cycles[key] for key in sorted(cycles)]


def _show(path: Path, root: Path) -> str:
    """A file as it reads in a message: relative to the spec's folder when beside it."""
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def resolve(
    spec_path: Path, *, prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None
) -> Bundle:
    """Bundle `spec_path`, collecting problems instead of raising (see the module docstring).

    `prepare`, when given, turns the root file's document (as loaded, a mapping) into the one
    that is bundled: the pre-bundle overlays (`docspecs.document`). Its exceptions propagate.
    """
    root = spec_path.resolve()
    resolver = _Resolver(root, prepare, spec_path)
    document = resolver.run()
    problems = sorted(
        dict.fromkeys(resolver.problems), key=lambda p: (str(p.file), p.pointer, p.message)
    )
    return Bundle(
        root,
        document,
        problems,
        resolver.origins,
        resolver.ref_sites,
        frozenset(resolver.example_files),
    )


def walk(document: Any, *, at: str = "") -> Iterator[tuple[str, str, Any]]:
    """Every node of an (unbundled or bundled) OpenAPI document as `(pointer, kind, node)`.

    With `at`, `document` is the node at that pointer of a whole document (the walk starts with
    the kind of node found there: a schema under `/components/schemas/`, else an OpenAPI object).

    `kind` is "openapi" for OpenAPI objects, "schema" for a schema, "data" for example values,
    defaults, enums and `x-` extensions (where a `$ref` key is just data), and "map"/"list" for a
    map or list of schemas (`properties`, `allOf`).
    """
    segments = split_pointer(at)
    start = _SCHEMA if segments[:2] == ["components", "schemas"] and len(segments) > 2 else _OPENAPI
    stack: list[tuple[str, str, Any]] = [(at, start, document)]
    while stack:
        json_pointer, kind, node = stack.pop()
        yield json_pointer, kind, node
        if isinstance(node, dict):
            children = [
                (json_pointer + make_pointer(key), _child_kind(kind, str(key), json_pointer), value)
                for key, value in node.items()
            ]
        elif isinstance(node, list):
            child = _DATA if kind == _DATA else (_OPENAPI if kind == _OPENAPI else _SCHEMA)
            children = [(f"{json_pointer}/{i}", child, item) for i, item in enumerate(node)]
        else:
            children = []
        stack.extend(reversed(children))
