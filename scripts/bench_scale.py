"""Benchmark lint, generate and check on a generated-by-code large document (nox -s bench).

    document    `large_document(operations)`: `operations / 3` resources, each with a component
                schema (strings, an integer, an enum, an array, a nested object, a timestamp),
                a list schema, and three operations (get one, list with paging, create), every
                body with an example; lint-clean, no vendor file involved
    figures     CPU (user + system of the child) and wall seconds of `docspecs lint`,
                `docspecs generate --force`, `docspecs check` (from the lock) and
                `docspecs check --full`, each also per 100 operations

tests/test_scale.py generates, self-tests and type-checks the same document (slow marker).
Usage: python scripts/bench_scale.py [--operations 300]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
STATUSES = ["queued", "running", "done", "failed"]


def _resource(index: int) -> dict[str, Any]:
    """The component schema of resource `index`."""
    return {
        "type": "object",
        "description": f"Resource {index}, as the API returns it.",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "description": "The id."},
            "name": {"type": "string", "description": "A display name."},
            "count": {"type": "integer", "minimum": 0, "description": "How many."},
            "status": {"type": "string", "enum": STATUSES, "description": "Where it is."},
            "tags": {"type": "array", "items": {"type": "string"}, "description": "Labels."},
            "created": {"type": "string", "format": "date-time", "description": "When made."},
            "owner": {
                "type": "object",
                "description": "Who owns it.",
                "properties": {
                    "id": {"type": "string", "description": "The owner's id."},
                    "email": {"type": "string", "description": "Where to write."},
                },
            },
        },
    }


def _example(index: int, n: int) -> dict[str, Any]:
    return {
        "id": f"r{index}-{n}",
        "name": f"Item {n}",
        "count": n,
        "status": STATUSES[n % len(STATUSES)],
        "tags": ["a", "b"][: n % 3],
        "created": "2024-03-21T16:45:00Z",
        "owner": {"id": "u1", "email": "u1@example.com"},
        "extra": {"kept": True},
    }


def _json(schema: str, examples: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {"$ref": f"#/components/schemas/{schema}"},
                "examples": {name: {"value": value} for name, value in examples.items()},
            }
        },
    }


def large_document(operations: int = 300) -> dict[str, Any]:
    """An OpenAPI 3.1 document with `operations` operations (a multiple of 3), as JSON data."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for index in range(operations // 3):
        item, page = f"Resource{index}", f"Resource{index}Page"
        schemas[item] = _resource(index)
        schemas[page] = {
            "type": "object",
            "description": f"One page of resource {index}.",
            "required": ["data", "has_more"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {"$ref": f"#/components/schemas/{item}"},
                    "description": "This page's items.",
                },
                "has_more": {"type": "boolean", "description": "Whether more pages follow."},
            },
        }
        one, two = _example(index, 1), _example(index, 2)
        paths[f"/resources{index}"] = {
            "get": {
                "operationId": f"list_resources{index}",
                "tags": [f"resources{index}"],
                "summary": f"List resource {index}",
                "description": f"Every resource {index}, a page at a time.",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "description": "Page size.",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                    {
                        "name": "offset",
                        "in": "query",
                        "description": "Items to skip.",
                        "schema": {"type": "integer", "minimum": 0},
                    },
                ],
                "responses": {
                    "200": _json(page, {"page": {"data": [one, two], "has_more": False}}, "A page.")
                },
            },
            "post": {
                "operationId": f"create_resource{index}",
                "tags": [f"resources{index}"],
                "summary": f"Create resource {index}",
                "description": f"Make a resource {index}.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{item}"},
                            "examples": {"new": {"value": one}},
                        }
                    },
                },
                "responses": {"201": _json(item, {"made": one}, "What was made.")},
            },
        }
        paths[f"/resources{index}/{{id}}"] = {
            "get": {
                "operationId": f"get_resource{index}",
                "tags": [f"resources{index}"],
                "summary": f"Get resource {index}",
                "description": f"One resource {index}.",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "The id.",
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": _json(item, {"one": one, "two": two}, "The resource.")},
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Large",
            "version": "1.0.0",
            "description": f"{operations} generated operations.",
        },
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def write_project(root: Path, operations: int, api: str = "large") -> Path:
    """A project at `root` whose only spec is `large_document(operations)`; returns `root`."""
    spec = root / "specs" / api / "openapi.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text(json.dumps(large_document(operations), indent=1), encoding="utf-8")
    return root


def _timed(*command: str) -> tuple[float, float]:
    """(wall, CPU) seconds of a child process run to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=300, help="a multiple of 3")
    args, _others = parser.parse_known_args()
    docspecs = str(BIN / "docspecs")
    with tempfile.TemporaryDirectory(prefix="docspecs-scale-") as tmp:
        root = write_project(Path(tmp), args.operations)
        steps = {
            "lint": ("lint",),
            "generate": ("generate", "--force"),
            "check": ("check",),
            "check --full": ("check", "--full"),
        }
        print(f"{args.operations} operations, one API (CPU: the child's user + system)")
        print(f"{'step':<14}{'wall s':>8}{'CPU s':>8}{'wall/100 ops':>14}{'CPU/100 ops':>13}")
        per = 100 / args.operations
        for name, command in steps.items():
            wall, cpu = _timed(docspecs, "--root", str(root), *command)
            print(f"{name:<14}{wall:8.2f}{cpu:8.2f}{wall * per:14.2f}{cpu * per:13.2f}")
    print(f"(machine: {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
