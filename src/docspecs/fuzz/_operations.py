"""The operations of a bundled spec as fuzzing sees them, read once per API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from docspecs._bundler import lookup
from docspecs._errors import DocspecsError
from docspecs._findings import pointer
from docspecs._project import Project

# RFC 9110 section 9.2.1: the methods that only read. The only ones sent to a server that is not
# the simulator unless the user passes `allow_unsafe_methods` (`--allow-unsafe-methods`).
SAFE_METHODS = frozenset({"get", "head", "options", "trace"})


# The operation keys of a path item schemathesis fuzzes (OpenAPI 3.1's eight and 3.2's `query`).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    id_parameter: str | None
    flags: tuple[str, ...]
    required_query: Mapping[str, str]
    """Required query parameters with a documented value (example, default, first enum value)."""
    required_headers: Mapping[str, str]
    resource: str | None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def load_spec(project: Project, api: str) -> dict[str, Any]:
    """The spec of `api` as the vendor's API reads (`docspecs.document.spec_document`: pre-bundle
    overlays, bundled, 3.0 converted to 3.1); `DocspecsError` naming the file when it has no
    `paths`."""
    from docspecs.document import spec_document

    spec = spec_document(project, api)
    if not isinstance(spec.get("paths"), dict):
        raise DocspecsError(f"{project.spec_path(api)}: /paths: the spec has no operations to fuzz")
    check_unique_operation_ids(spec, project.spec_path(api))
    return spec


def check_unique_operation_ids(spec: Mapping[str, Any], where: object) -> None:
    """`DocspecsError` naming `where` and both JSON pointers when two operations share an
    operationId (OpenAPI requires it unique): ids, shards and `DOCSPECS_LIVE_IDS` name operations
    by it, and a read's name must never select a write too."""
    seen: dict[str, str] = {}
    for path, item in spec["paths"].items():
        item = resolve(spec, item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            definition = item.get(method)
            operation_id = definition.get("operationId") if isinstance(definition, dict) else None
            if not isinstance(operation_id, str):
                continue
            here = pointer("paths", path, method, "operationId")
            if operation_id in seen:
                raise DocspecsError(
                    f"{where}: {here}: operationId {operation_id!r} is already used at "
                    f"{seen[operation_id]}; operationIds must be unique (fuzzing selects "
                    "operations, shards and ids by them)"
                )
            seen[operation_id] = here


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (the bundled spec has no other kind; bundling has already refused
    refs that lead nowhere or only back to themselves)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = lookup(spec, node["$ref"].removeprefix("#"))
    return node


def spec_operations(spec: Mapping[str, Any], kinds: Sequence[str]) -> list[Operation]:
    """Every operation of `spec` in path order, with what fuzzing needs of it; `kinds` are the
    resource kinds a target has ids for."""
    result = []
    for path, item in spec["paths"].items():
        item = resolve(spec, item)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            definition = item.get(method)
            if not isinstance(definition, dict):
                continue
            parameters = [resolve(spec, p) for p in [*shared, *definition.get("parameters", [])]]
            path_names = [p["name"] for p in parameters if p.get("in") == "path"]
            id_parameter = path_names[-1] if path_names else None
            flags: list[str] = []
            required: dict[str, dict[str, str]] = {"query": {}, "header": {}}
            for parameter in parameters:
                location = parameter.get("in")
                schema = resolve(spec, parameter.get("schema", {}))
                if location == "query" and schema.get("type") == "boolean":
                    flags.append(parameter["name"])
                elif location in required and parameter.get("required"):
                    value = documented_value(parameter, schema)
                    if value is not None:
                        required[location][parameter["name"]] = wire(value)
            result.append(
                Operation(
                    operation_id=definition.get("operationId") or f"{method.upper()} {path}",
                    method=method,
                    path=path,
                    id_parameter=id_parameter,
                    flags=tuple(flags),
                    required_query=required["query"],
                    required_headers=required["header"],
                    resource=resource_for(path, id_parameter, kinds),
                )
            )
    return result


def resource_for(path: str, parameter: str | None, kinds: Sequence[str]) -> str | None:
    """The resource kind an id parameter reads: the path segment right before `{parameter}`."""
    if parameter is None:
        return None
    segments = [s for s in path.split("/") if s]
    placeholder = "{" + parameter + "}"
    if placeholder in segments:
        index = segments.index(placeholder)
        if index > 0 and segments[index - 1] in kinds:
            return segments[index - 1]
    return kinds[0] if len(kinds) == 1 else None


def documented_value(parameter: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    """A value the spec itself gives for a parameter, for the explicit examples; None if none."""
    examples = schema.get("examples")
    candidates = (
        parameter.get("example"),
        schema.get("const"),
        schema.get("default"),
        schema.get("example"),
        examples[0] if isinstance(examples, list) and examples else None,
        (schema.get("enum") or [None])[0],
    )
    return next((value for value in candidates if value is not None), None)


def wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
