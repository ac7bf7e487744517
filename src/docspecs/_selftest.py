"""The self-test of every generation: both staged packages parse every example and agree.

Before generated/ is touched, each API's two new packages are imported in a fresh interpreter
(`python -S`, so nothing installed under the same import names shadows them; the runner is
`docspecs/_selftest_run.py`) and every example of the generator-ready document goes through both:
the Example Objects of every JSON media type (responses, request bodies, `components/responses` and
`components/requestBodies`) and the `examples` of every component schema. For each, both
packages must parse it, serialise it back to exactly the example, and declare the same keys in
every object, nested ones included. A response example of an operation goes through the client's
endpoint code (what a user of the client gets); other examples through the class of their
component.

A failure fails the API, one line per example: the spec file, the example's JSON pointer, the
pointer of its schema and what went wrong, never a traceback. `mypy --strict` does not run here
(see README, Generation: it runs in `nox -s typecheck` and the test suite).
"""

from __future__ import annotations

import json
import os
import re
import site
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docspecs._bundler import HTTP_METHODS
from docspecs._prepare import is_json_media_type

__all__ = [
    "ClientNames",
    "SelfTestFailed",
    "examples_of",
    "operation_key",
    "self_test",
]

RUNNER = Path(__file__).resolve().parent / "_selftest_run.py"
SCHEMAS = "#/components/schemas/"


def operation_key(path: str) -> str:
    """`path` with every template expression as `{}`: the generator renames path parameters."""
    return re.sub(r"\{[^}]*\}", "{}", path)


class SelfTestFailed(Exception):
    """The packages disagree with an example (one line per example) or could not be imported."""


@dataclass(frozen=True)
class ClientNames:
    """What openapi-python-client called things: component pointer (`#/components/schemas/X`)
    -> `models.<module>.<Class>`, and `<operation_key(path)> <method>` -> `api.<tag>.<module>`."""

    classes: dict[str, str]
    endpoints: dict[str, str]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _join(tokens: list[str]) -> str:
    return "".join("/" + _escape(token) for token in tokens)


def _target(schema: Any) -> tuple[str | None, bool]:
    """(component name or None for an inline schema, whether the body is an array of it)."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMAS):
            return ref.removeprefix(SCHEMAS), False
        items = schema.get("items")
        if schema.get("type") == "array" and isinstance(items, dict):
            ref = items.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMAS):
                return ref.removeprefix(SCHEMAS), True
    return None, False


def _media_examples(
    media: dict[str, Any], tokens: list[str], named: dict[str, Any]
) -> list[tuple[str, Any]]:
    """(pointer, value) of each example of a Media Type Object; `named`: components/examples."""
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append((_join([*tokens, "example"]), media["example"]))
    for name, example in sorted((media.get("examples") or {}).items()):
        pointer = _join([*tokens, "examples", name, "value"])
        if isinstance(example, dict) and isinstance(example.get("$ref"), str):
            ref = example["$ref"]
            pointer = ref.removeprefix("#") + "/value"
            example = named.get(ref.removeprefix("#/components/examples/"))
        if isinstance(example, dict) and "value" in example:
            found.append((pointer, example["value"]))
    return found


def examples_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every example of `document` with where it is: `example` and `schema` (JSON pointers),
    `value`, `component` (None: inline schema), `array`, `status` (a response's, else None),
    `operation` (`<path> <method>` for an operation's response or request body, else None)."""
    cases: list[dict[str, Any]] = []
    named = (document.get("components") or {}).get("examples") or {}

    def walk(node: Any, tokens: list[str]) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, [*tokens, str(index)])
            return
        if not isinstance(node, dict):
            return
        if len(tokens) >= 2 and tokens[-2] == "content" and "schema" in node:
            if not is_json_media_type(tokens[-1]):
                return  # the client reads other bodies as text or bytes
            component, array = _target(node["schema"])
            status = tokens[tokens.index("responses") + 1] if "responses" in tokens else None
            operation = None
            if tokens[0] == "paths" and len(tokens) > 3 and tokens[2] in HTTP_METHODS:
                operation = f"{operation_key(tokens[1])} {tokens[2]}"
            for pointer, value in _media_examples(node, tokens, named):
                cases.append(
                    {
                        "example": pointer,
                        "schema": _join([*tokens, "schema"]),
                        "value": value,
                        "component": component,
                        "array": array,
                        "status": status,
                        "operation": operation,
                        "plain": component is None and _plain(node["schema"]),
                    }
                )
            return
        for key, value in node.items():
            if key not in ("example", "examples") or not tokens:
                walk(value, [*tokens, str(key)])

    walk({k: v for k, v in document.items() if k in ("paths", "components")}, [])
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in sorted(schemas.items()):
        if isinstance(schema, dict) and isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                cases.append(
                    {
                        "example": _join(["components", "schemas", name, "examples", str(index)]),
                        "schema": _join(["components", "schemas", name]),
                        "value": value,
                        "component": name,
                        "array": False,
                        "status": None,
                        "operation": None,
                    }
                )
    return cases


def _union(schema: Any, schemas: dict[str, Any]) -> dict[str, Any] | None:
    """For a component that is a `oneOf`/`anyOf` (which the models package may not make a class
    of): the components it unites, whether any object is one of its branches, and whether it is
    tagged (`docspecs._prepare.is_tagged_union`: the models template validates those left to
    right, and so does the self-test's own union)."""
    if not isinstance(schema, dict):
        return None
    branches = schema.get("oneOf") or schema.get("anyOf")
    if not isinstance(branches, list):
        return None
    members = [
        b["$ref"].removeprefix(SCHEMAS)
        for b in branches
        if isinstance(b, dict) and str(b.get("$ref", "")).startswith(SCHEMAS)
    ]
    anything = any(isinstance(b, dict) and "$ref" not in b for b in branches)
    from docspecs._prepare import is_tagged_union  # _prepare imports this module

    tagged = is_tagged_union(schema, schemas)
    return {"members": members, "object": anything, "tagged": tagged}


def _through_array_component(case: dict[str, Any], schemas: dict[str, Any]) -> None:
    """A component that is an array of another component's objects: check the items' class
    (the client has none for the array), or the models' class of the array (`container`)
    where it made one."""
    schema = schemas.get(case["component"] or "")
    if not case["array"] and isinstance(schema, dict) and schema.get("type") == "array":
        items = schema.get("items")
        ref = items.get("$ref") if isinstance(items, dict) else None
        if isinstance(ref, str) and ref.startswith(SCHEMAS):
            case["container"] = case["component"]
            case["component"], case["array"] = ref.removeprefix(SCHEMAS), True


def _plain(schema: Any) -> bool:
    """A component of plain JSON values (a string, a number, an enum, an array of those): both
    packages hold its values as Python values (an enum member is its value), no class of its
    own in the client."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if any(key in schema for key in ("properties", "oneOf", "anyOf", "allOf")):
        return False
    if schema.get("type") == "array":
        return _plain(schema.get("items") or {"type": "string"})
    return schema.get("type") != "object"


def _client_target(case: dict[str, Any], package: str, names: ClientNames) -> dict[str, Any]:
    status, operation = case["status"], case["operation"]
    if operation in names.endpoints and status and status[0] == "2":
        code = status if status.isdigit() else "200"
        case["status"] = code
        return {"kind": "endpoint", "module": f"{package}.{names.endpoints[operation]}"}
    component = case["component"]
    if component is not None and SCHEMAS + component in names.classes:
        return {"kind": "class", "class": f"{package}.{names.classes[SCHEMAS + component]}"}
    return {"kind": "none"}


MAX_LINES = 20


def _lines(lines: list[str]) -> str:
    """At most MAX_LINES lines, then how many more there are."""
    if len(lines) <= MAX_LINES:
        return "\n".join(lines)
    return "\n".join([*lines[:MAX_LINES], f"... and {len(lines) - MAX_LINES} more examples"])


def self_test(
    spec_file: str,
    document: dict[str, Any],
    client_dir: Path,
    models_dir: Path,
    packages: tuple[str, str],
    names: ClientNames,
) -> int:
    """Run every example of `document` through the staged packages; the number of examples.

    `client_dir`/`models_dir` are the staged distributions, `packages` their import names.
    Raises SelfTestFailed naming `spec_file` and the pointers (see the module docstring).
    """
    client_package, models_package = packages
    cases = examples_of(document)
    schemas = (document.get("components") or {}).get("schemas") or {}
    unchecked: list[str] = []
    for case in cases:
        _through_array_component(case, schemas)
        component = case["component"]
        case["union"] = _union(schemas.get(component), schemas) if component else None
        case["client"] = _client_target(case, client_package, names)
        plain = case.get("plain") or _plain(schemas.get(case["component"] or ""))
        if case["client"]["kind"] == "none" and plain:
            case["client"] = {"kind": "plain"}
        if case["client"]["kind"] == "none":
            unchecked.append(
                f"{spec_file}: {case['example']}: schema {case['schema']}: {client_package} has "
                "no class for it (an inline schema outside a 2xx response of an operation): "
                "name it under components/schemas"
            )
    if unchecked:
        raise SelfTestFailed(_lines(unchecked))
    # run even without examples: the runner imports every module of both packages, so code
    # that does not compile or import fails the API here rather than in the user's application
    plan = {
        "import_paths": [str(client_dir), str(models_dir)],
        "site_paths": [*site.getsitepackages(), site.getusersitepackages()],
        "client_package": client_package,
        "models_package": models_package,
        "cases": cases,
    }
    with tempfile.TemporaryDirectory(prefix="docspecs-selftest-") as scratch:
        plan_path = Path(scratch) / "plan.json"
        plan_path.write_text(json.dumps(plan), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-S", "-B", str(RUNNER), str(plan_path)],
            capture_output=True,
            text=True,
            check=False,
            cwd=scratch,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            timeout=600,
        )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise SelfTestFailed(
            f"{spec_file}: could not import {client_package} and {models_package} in a fresh "
            f"interpreter: {last}"
        )
    failures = json.loads(result.stdout)
    if failures:
        raise SelfTestFailed(
            _lines(
                [
                    f"{spec_file}: {cases[f['case']]['example']}: schema "
                    f"{cases[f['case']]['schema']}: {f['problem']}"
                    for f in failures
                ]
            )
        )
    return len(cases)
