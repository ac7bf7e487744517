"""The lint rules: a catalogue (id, message, why, how to fix) and one small check per rule.

Checks read the *bundled* document (`docspecs._bundler`): every external file is already pulled in
and every ref left is local, so a check only has to know OpenAPI, not files. Each check yields
`Hit`s at pointers of the bundled document; `lint` maps them back to the file and pointer the
author wrote. `ref-resolves`, `spec-valid` and `example-valid` are produced while bundling and by
the validators in `lint`; they are in the catalogue so that `docspecs lint --rules` lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from docspecs._bundler import HTTP_METHODS, lookup, split_pointer, walk
from docspecs._findings import pointer


@dataclass(frozen=True)
class Rule:
    """One lint rule as documented in `docspecs lint --rules`."""

    id: str
    message: str
    why: str
    fix: str
    # a house-style rule: an API may turn it off (`[lint] disable` in its
    # generator-settings.toml); the others guard generation, correctness or safety
    style: bool = False


RULES: tuple[Rule, ...] = (
    Rule(
        "spec-valid",
        "the document is not valid OpenAPI 3.1 (openapi-spec-validator), or is not readable YAML",
        "generators, the simulator and schemathesis all assume a valid document; an invalid one "
        "fails later with a worse message, or is silently misread",
        "change the node at the pointer as the message says; YAML errors give line and column",
    ),
    Rule(
        "ref-resolves",
        "a $ref points at nothing (missing file, missing pointer, a target outside the spec's "
        "folder, refs that lead only to each other, or two schemas that would get the same "
        "component name when bundled)",
        "bundling stops at a broken ref, so nothing can be generated from the spec; a ref out of "
        "the folder would copy any file on the machine into the document",
        "fix the path (relative to the file the $ref is written in, inside specs/<api>/) or the "
        "#/json/pointer; give a cycle of refs a real schema; rename one of two schemas whose "
        "names collide",
    ),
    Rule(
        "overlay-applies",
        "an overlay cannot be read or applied: a pre-bundle one "
        "(`overlays/<api>/<NN>-<purpose>.pre-bundle.yaml`) to the spec's root file, any other to "
        "the bundled document, as generate applies them (the pointer is inside the overlay)",
        "the spec is checked as its pre-bundle overlays make it, as generate reads it; an overlay "
        "that does not apply leaves nothing to check",
        "fix the overlay action the pointer names (a target that no longer matches means the "
        "vendor's file changed: the overlay may be obsolete)",
    ),
    Rule(
        "settings-valid",
        "the API's settings file (`overlays/<api>/generator-settings.toml`) is not valid TOML, "
        "has an unknown key or a wrong value, or its `[lint] disable` names an unknown rule or "
        "one that cannot be turned off (the pointer is inside the settings file)",
        "generate refuses a broken settings file, and a lint configuration that cannot be read "
        "would silently check the spec by other rules than the ones meant",
        "fix the key the pointer names; `docspecs lint --rules` lists every rule id and says "
        "which can be disabled",
    ),
    Rule(
        "openapi-version",
        "a note, not a problem: the spec is OpenAPI 3.0.x and was converted to 3.1.0 for every "
        "step (nullable, boolean exclusiveMinimum/Maximum, a schema's example), counted by kind",
        "lint, generate and diff read OpenAPI 3.1; the conversion is said so that nobody is "
        'surprised by `"null"` types or `examples` lists in openapi.json',
        "nothing to fix; to silence it, convert the spec to 3.1 (or keep the vendor's 3.0 file "
        "as it is and let docspecs convert it)",
    ),
    Rule(
        "example-valid",
        "an example (`value`, `externalValue` file, or `example`) does not match its schema, or "
        "its file is missing, unreadable or outside the spec's folder (or it could not be "
        "checked because its schema does not resolve)",
        "examples are the documented bodies; when they disagree with the schema, either the "
        "schema or the example misreads the vendor's page, and generated clients fail on "
        "real responses",
        "correct the schema (or the example) so that the documented body validates; keep "
        "example files at the path `externalValue` names, relative to the spec",
    ),
    Rule(
        "example-referenced",
        "a file in the spec's examples/ folder is not named by any `externalValue`",
        "an example nobody references is never validated, so it drifts from the schema while "
        "readers still take it for a documented body",
        "reference it from the media type's `examples` (`externalValue: examples/<file>`), or "
        "delete it",
        style=True,
    ),
    Rule(
        "example-file-name",
        "an operation's example file is not named `examples/<operationId>-<scenario>.json`",
        "the name says which operation and case a body documents; tools and people find an "
        "operation's examples by that prefix",
        "rename the file to `<operationId>-<scenario>.json` and update its `externalValue`",
        style=True,
    ),
    Rule(
        "operation-operationId",
        "operation has no operationId",
        "generated clients name their functions after the operationId; without one they invent "
        "names that change when the path changes",
        "add `operationId: <verb>_<thing>` (snake_case, unique in the spec)",
        style=True,
    ),
    Rule(
        "operation-summary",
        "operation has no summary",
        "the summary is the one-line docstring of the generated function",
        "add `summary:` with one short sentence",
        style=True,
    ),
    Rule(
        "operation-description",
        "operation has no description",
        "the description is the generated function's docstring: what it does, when to call it",
        "add `description:` saying what the operation returns and any rule the page states",
        style=True,
    ),
    Rule(
        "operation-tags",
        "operation has no tags",
        "openapi-python-client groups generated functions into modules by tag",
        "add `tags: [<group>]`",
        style=True,
    ),
    Rule(
        "parameter-description",
        "parameter has no description",
        "the description is the generated argument's documentation: meaning, format, default",
        "add `description:` to the parameter",
        style=True,
    ),
    Rule(
        "property-description",
        "property has no description (neither beside it nor on the schema its $ref names)",
        "property descriptions become the generated model fields' docstrings; a reader of the "
        "client has only those",
        "add `description:` to the property (beside a `$ref` is fine in OpenAPI 3.1), saying "
        "meaning, units, format and when it is present",
        style=True,
    ),
    Rule(
        "response-description",
        "response has no description",
        "it documents what the status code means for this operation",
        "add `description:` to the response",
        style=True,
    ),
    Rule(
        "body-named-schema",
        "request or response body schema is inline, not a $ref to #/components/schemas/<Name>",
        "generated classes are named after component schemas; an inline body gets an invented "
        "name that changes with the path or status code",
        "move the schema under components/schemas with a name and `$ref` it",
        style=True,
    ),
    Rule(
        "generator-accepts",
        "a generator would refuse this part of the generator-ready document (the spec with its "
        "overlays applied): openapi-python-client (the client) or datamodel-code-generator "
        "(the models)",
        "`docspecs generate` fails on it, or the client silently leaves the operation or "
        "response out; lint-clean must mean that generation succeeds",
        "change the spec at the pointer as the message says, or add an overlay under "
        "overlays/<api>/ that reshapes it for the generators (e.g. remove a `title` that "
        "collides with another component's name); an unsupported media type (`audio/wav`) "
        "takes a `content_type_overrides` entry in overlays/<api>/generator-settings.toml",
    ),
    Rule(
        "no-unused-components",
        "component is never referenced from the paths (directly or through other components)",
        "an unused component is generated as dead code and usually means a ref points at the "
        "wrong name",
        "reference it where it belongs, or delete it",
        style=True,
    ),
)

RULES_BY_ID = {rule.id: rule for rule in RULES}
# the rules `[lint] disable` may name, in catalogue order
STYLE_RULES: tuple[str, ...] = tuple(rule.id for rule in RULES if rule.style)


@dataclass(frozen=True)
class Hit:
    """A rule broken at a pointer of the bundled document."""

    rule_id: str
    pointer: str
    message: str
    # for a component that replaced a $ref: report where it was declared, not its content
    at_ref_site: bool = False


Check = Callable[[dict[str, Any]], Iterator[Hit]]


def _has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _hit(rule_id: str, json_pointer: str, detail: str = "", **kwargs: bool) -> Hit:
    message = detail or RULES_BY_ID[rule_id].message
    return Hit(rule_id, json_pointer, f"[{rule_id}] {message}", **kwargs)


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def _deref(document: dict[str, Any], node: Any) -> Any:
    """Follow local refs (at most a few hops); None when one does not resolve."""
    for _ in range(32):
        if not _is_ref(node):
            return node
        if not node["$ref"].startswith("#"):  # an external ref bundling could not resolve
            return None
        try:
            node = lookup(document, node["$ref"][1:])
        except Exception:  # a broken ref is reported by ref-resolves
            return None
    return None


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _components(document: dict[str, Any], kind: str) -> Iterator[tuple[str, Any]]:
    for name, node in _mapping(_mapping(document.get("components")).get(kind)).items():
        yield pointer("components", kind, name), node


def _path_items(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        for key, item in _mapping(document.get(section)).items():
            if isinstance(item, dict) and not _is_ref(item):
                yield pointer(section, key), item
    for json_pointer, item in _components(document, "pathItems"):
        if isinstance(item, dict) and not _is_ref(item):
            yield json_pointer, item


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item_pointer, item in _path_items(document):
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield item_pointer + pointer(method), operation


def _parameters(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item_pointer, item in _path_items(document):
        lists = [(item_pointer, item)] + [
            (item_pointer + pointer(m), item[m])
            for m in HTTP_METHODS
            if isinstance(item.get(m), dict)
        ]
        for owner_pointer, owner in lists:
            parameters = owner.get("parameters")
            for i, parameter in enumerate(parameters if isinstance(parameters, list) else []):
                if isinstance(parameter, dict) and not _is_ref(parameter):
                    yield owner_pointer + pointer("parameters", i), parameter
    for json_pointer, parameter in _components(document, "parameters"):
        if isinstance(parameter, dict) and not _is_ref(parameter):
            yield json_pointer, parameter


def _responses(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for operation_pointer, operation in _operations(document):
        for code, response in _mapping(operation.get("responses")).items():
            if isinstance(response, dict) and not _is_ref(response):
                yield operation_pointer + pointer("responses", code), response
    for json_pointer, response in _components(document, "responses"):
        if isinstance(response, dict) and not _is_ref(response):
            yield json_pointer, response


def _request_bodies(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for operation_pointer, operation in _operations(document):
        body = operation.get("requestBody")
        if isinstance(body, dict) and not _is_ref(body):
            yield operation_pointer + "/requestBody", body
    for json_pointer, body in _components(document, "requestBodies"):
        if isinstance(body, dict) and not _is_ref(body):
            yield json_pointer, body


def operation_media_types(
    document: dict[str, Any],
) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(operation, pointer, media type) for each body written inside an operation (not refs)."""
    for operation_pointer, operation in _operations(document):
        owners = [(operation_pointer + "/requestBody", operation.get("requestBody"))] + [
            (operation_pointer + pointer("responses", code), response)
            for code, response in _mapping(operation.get("responses")).items()
        ]
        for owner_pointer, owner in owners:
            if isinstance(owner, dict) and not _is_ref(owner):
                for media, media_type in _mapping(owner.get("content")).items():
                    if isinstance(media_type, dict):
                        yield operation, owner_pointer + pointer("content", media), media_type


def body_media_types(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every media type object of a request or response body."""
    for owner_pointer, owner in [*_request_bodies(document), *_responses(document)]:
        for media, media_type in _mapping(owner.get("content")).items():
            if isinstance(media_type, dict):
                yield owner_pointer + pointer("content", media), media_type


# -- the checks ------------------------------------------------------------------------------


def check_operations(document: dict[str, Any]) -> Iterator[Hit]:
    for json_pointer, operation in _operations(document):
        if not _has_text(operation.get("operationId")):
            yield _hit("operation-operationId", json_pointer)
        if not _has_text(operation.get("summary")):
            yield _hit("operation-summary", json_pointer)
        if not _has_text(operation.get("description")):
            yield _hit("operation-description", json_pointer)
        tags = operation.get("tags")
        if not (isinstance(tags, list) and tags and all(_has_text(t) for t in tags)):
            yield _hit("operation-tags", json_pointer)


def check_parameter_descriptions(document: dict[str, Any]) -> Iterator[Hit]:
    for json_pointer, parameter in _parameters(document):
        if not _has_text(parameter.get("description")):
            name = parameter.get("name")
            yield _hit(
                "parameter-description", json_pointer, f"parameter {name!r} has no description"
            )


def check_property_descriptions(document: dict[str, Any]) -> Iterator[Hit]:
    for json_pointer, kind, node in walk(document):
        if kind != "schema" or not isinstance(node, dict):
            continue
        for name, prop in _mapping(node.get("properties")).items():
            if not isinstance(prop, dict) or _has_text(prop.get("description")):
                continue
            if _is_ref(prop):
                target = _deref(document, prop)
                if target is None or (
                    isinstance(target, dict) and _has_text(target.get("description"))
                ):
                    continue  # described where it is defined, or broken (ref-resolves says so)
            yield _hit(
                "property-description",
                json_pointer + pointer("properties", name),
                f"property {name!r} has no description"
                + (" (nor has the schema its $ref names)" if _is_ref(prop) else ""),
            )


def check_response_descriptions(document: dict[str, Any]) -> Iterator[Hit]:
    for json_pointer, response in _responses(document):
        if not _has_text(response.get("description")):
            yield _hit("response-description", json_pointer)


def check_body_named_schemas(document: dict[str, Any]) -> Iterator[Hit]:
    for json_pointer, media_type in body_media_types(document):
        if "schema" not in media_type:
            continue
        schema = media_type["schema"]
        if not (_is_ref(schema) and schema["$ref"].startswith("#/components/schemas/")):
            yield _hit("body-named-schema", json_pointer + "/schema")


def check_unused_components(document: dict[str, Any]) -> Iterator[Hit]:
    components = _mapping(document.get("components"))
    declared = {
        pointer("components", kind, name)
        for kind, group in components.items()
        if isinstance(group, dict) and not kind.startswith("x-")
        for name in group
    }
    used: set[str] = set()
    # everything outside components is reachable; a component is once something reachable refs it
    outside = {key: value for key, value in document.items() if key != "components"}
    pending: list[tuple[str, Any]] = [("", outside)]
    while pending:
        at, node = pending.pop()
        for _, kind, child in walk(node, at=at):
            if not isinstance(child, dict) or kind == "data":
                continue
            targets: list[str] = []
            if isinstance(child.get("$ref"), str):
                targets.append(child["$ref"])
            mapping = _mapping(child.get("discriminator")).get("mapping")
            targets.extend(v for v in _mapping(mapping).values() if isinstance(v, str))
            if kind == "openapi":
                for requirement in child.get("security") or []:
                    for scheme in _mapping(requirement):
                        targets.append("#" + pointer("components", "securitySchemes", scheme))
            for target in targets:
                segments = split_pointer(target[1:]) if target.startswith("#/") else []
                if len(segments) >= 3 and segments[0] == "components":
                    component = pointer(*segments[:3])
                    if component in declared and component not in used:
                        used.add(component)
                        pending.append((component, lookup(document, component)))
    for json_pointer in sorted(declared - used):
        kind, name = split_pointer(json_pointer)[1:]
        yield _hit(
            "no-unused-components",
            json_pointer,
            f"component {kind}/{name} is never referenced",
            at_ref_site=True,
        )


def check_generators_accept(refusals: Iterable[tuple[str, str]]) -> Iterator[Hit]:
    """`generator-accepts`: each refusal `(JSON pointer, message)` of the generators (what
    `docspecs._refusals.generator_refusals` finds in the generator-ready document), with the
    overlay or setting that fixes it where docspecs knows one."""
    for json_pointer, message in refusals:
        yield _hit(
            "generator-accepts", json_pointer, message + _generator_fix(json_pointer, message)
        )


def _generator_fix(json_pointer: str, message: str) -> str:
    """The overlay or setting that fixes a refusal docspecs knows, as a sentence to append."""
    segments = split_pointer(json_pointer)
    if "duplicate models with name" in message and segments[:2] == ["components", "schemas"]:
        target = f"$.components.schemas['{segments[2]}'].title"
        return f'; fix: an overlay action with target "{target}" and remove: true'
    if "Unsupported content_type" in message:
        return (
            "; fix: map the media type to one the client reads (application/json, "
            "application/octet-stream, text/plain) under [client] content_type_overrides in "
            "overlays/<api>/generator-settings.toml"
        )
    return ""


CHECKS: tuple[Check, ...] = (
    check_operations,
    check_parameter_descriptions,
    check_property_descriptions,
    check_response_descriptions,
    check_body_named_schemas,
    check_unused_components,
)
