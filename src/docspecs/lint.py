"""Lint: is each spec valid OpenAPI 3.1, are its refs and examples sound, does it follow the rules?

`lint(project, apis)` checks `specs/<api>/openapi.yaml` for every API given and returns the
problems as `Finding`s (`file: /json/pointer: [rule-id] message`, file relative to the project
root), sorted. Nothing is printed and nothing raises for a problem in a spec: unreadable YAML, a
missing spec file and a broken `$ref` are findings too. The catalogue of rules, with why each
matters and how to fix it, is `RULES` (`docspecs lint --rules` prints it):

- `spec-valid`: openapi-spec-validator (3.1) on the bundled document, every error it reports,
  and every schema against the JSON Schema 2020-12 metaschema (which that validator does not
  apply to inline schemas: `type: file` passed lint and failed in both generators).
  It resolves refs inside that document only: it is given handlers that refuse every URI, so a
  `$ref` to `file:///...` or `http://...` (reported by `ref-resolves`) is never opened or fetched.
  Where the validator itself fails on a node, that node is reported and the rest still checked;
- `ref-resolves`: every `$ref`, local or to a file beside the spec, resolves (`docspecs.bundle`):
  inside the spec's folder, and not only to other refs that lead back to it;
- `overlay-applies`: the pre-bundle overlays (`overlays/<api>/*.pre-bundle.yaml`) apply to the
  spec's root file; lint checks the spec as they make it, the document generate bundles
  (`docspecs.document.bundled`); the other overlays then apply to the bundled document (each
  target matches, nothing required removed, every file readable), as generate applies them;
- `openapi-version` (INFO, a note): an OpenAPI 3.0.x spec was converted to 3.1.0 before any
  check (`docspecs._convert`), and what was converted;
- `example-referenced`: every file in `specs/<api>/examples/` is named by an `externalValue`;
- `example-file-name`: an operation's example files are `<operationId>-<scenario>.json`;
- `example-valid`: every example (`example`, `examples/*/value`, `examples/*/externalValue` files)
  of a media type, parameter or header validates against its schema (jsonschema, draft 2020-12,
  refs resolved in the bundled document); an error inside an example file is reported in that
  file, at the pointer inside it; an example whose schema does not resolve is reported as not
  checked (once), so that fixing the ref reveals no errors nobody was told were waiting;
- the structural rules in `docspecs._lint_rules` (descriptions, operationIds, named body schemas,
  no unused components; that one waits until every ref resolves, since a broken ref makes what
  it meant to use look unused);
- `settings-valid`: the API's `overlays/<api>/generator-settings.toml` reads (`docspecs._settings`).

Its `[lint] disable` list turns house-style rules (`STYLE_RULES`) off for that API, e.g. for a
vendor's published document held to correctness rather than to this project's style. Every rule
still runs; the findings of a disabled rule are counted, not returned (`LintReport.suppressed`),
so the CLI's summary says how many were suppressed. A broken settings file is a `settings-valid`
finding, and then nothing is suppressed.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from docspecs._bundler import Bundle, lookup, split_pointer, walk
from docspecs._convert import describe
from docspecs._findings import Finding, Level, display_path, pointer
from docspecs._lint_rules import (
    CHECKS,
    RULES,
    Hit,
    Rule,
    check_generators_accept,
    check_unused_components,
    operation_media_types,
)
from docspecs._project import Project, is_pre_bundle
from docspecs._settings import GeneratorSettings, SettingsError
from docspecs._settings import load as load_settings
from docspecs.document import bundled
from docspecs.overlay import OverlayError, apply_overlays

__all__ = ["RULES", "LintReport", "Rule", "lint", "lint_report"]

_MAX_MESSAGE = 200
_BUNDLE_URI = "urn:docspecs:bundle"


@dataclass(frozen=True)
class LintReport:
    """What lint found: `findings` sorted, without those of rules an API's `[lint] disable`
    turned off; `suppressed` counts those, by rule id (empty when nothing was suppressed)."""

    findings: list[Finding]
    suppressed: Counter[str] = field(default_factory=Counter)


def lint(project: Project, apis: Sequence[str]) -> list[Finding]:
    """Every problem in the specs of `apis`, sorted (empty when they are all clean), as each
    API's settings file configures lint (`lint_report` also counts what it suppressed)."""
    return lint_report(project, apis).findings


def lint_report(project: Project, apis: Sequence[str]) -> LintReport:
    """Lint `apis`: the findings each API's `[lint]` settings leave, and the count suppressed."""
    findings: set[Finding] = set()
    suppressed: Counter[str] = Counter()
    for api in apis:
        settings, problems = _settings(project, api)
        disabled = set(settings.lint.disable)
        for found in {*problems, *_lint_spec(project, api, settings)}:
            if found.rule_id in disabled:
                suppressed[found.rule_id] += 1
            else:
                findings.add(found)
    return LintReport(sorted(findings), suppressed)


def _settings(project: Project, api: str) -> tuple[GeneratorSettings, list[Finding]]:
    """The API's settings, or the defaults and a `settings-valid` finding per problem."""
    try:
        return load_settings(project.overlays_dir / api, project.root), []
    except SettingsError as error:
        return GeneratorSettings(), [
            Finding(error.file, at, f"[settings-valid] {message}", "settings-valid")
            for at, message in error.problems
        ]


def _lint_spec(project: Project, api: str, settings: GeneratorSettings) -> Iterator[Finding]:
    def finding(file: Path, json_pointer: str, message: str, rule_id: str) -> Finding:
        return Finding(display_path(file, project.root), json_pointer, message, rule_id)

    spec_path = project.spec_path(api)

    if not spec_path.is_file():
        yield finding(spec_path, "", "[spec-valid] spec file not found", "spec-valid")
        return
    overlays = project.api_overlays(api)
    pre_bundle = [path for path in overlays if is_pre_bundle(path)]
    try:
        result = bundled(spec_path, pre_bundle, root=project.root)
    except OverlayError as error:  # the spec cannot be read as its overlays make it
        yield Finding(
            error.file, error.pointer, f"[overlay-applies] {error.message}", "overlay-applies"
        )
        return
    if result.converted:
        yield Finding(
            display_path(spec_path, project.root),
            "/openapi",
            f"[openapi-version] {describe(result.source_version, result.converted)}",
            "openapi-version",
            Level.INFO,
        )
    for problem in result.problems:
        yield finding(
            problem.file, problem.pointer, f"[{problem.rule_id}] {problem.message}", problem.rule_id
        )
    if not result.document:  # unreadable: nothing more to check
        return
    if not result.problems:
        # the other overlays must apply too, or lint-clean would not mean generate can start
        try:
            apply_overlays(
                result.document, [p for p in overlays if not is_pre_bundle(p)], root=project.root
            )
        except OverlayError as error:
            yield Finding(
                error.file, error.pointer, f"[overlay-applies] {error.message}", "overlay-applies"
            )
    examples_dir = project.examples_dir(api)
    for path in sorted(examples_dir.rglob("*") if examples_dir.is_dir() else []):
        if path.is_file() and path.resolve() not in result.example_files:
            message = "[example-referenced] example file is not referenced by any externalValue"
            yield finding(path, "", message, "example-referenced")
    broken_refs = any(p.rule_id == "ref-resolves" for p in result.problems)
    hits = [
        *_spec_errors(result, broken_refs),
        *_example_errors(result.document, broken_refs),
        *_example_file_names(result),
        *(
            hit
            for check in CHECKS
            # with a broken ref, whatever it meant to use looks unused: fix the ref first
            if not (broken_refs and check is check_unused_components)
            for hit in check(result.document)
        ),
    ]
    if not result.problems and not any(hit.rule_id == "spec-valid" for hit in hits):
        hits += _generator_hits(project, api, result.document, settings)
    for hit in hits:
        file, json_pointer = result.locate(hit.pointer, prefer_ref_site=hit.at_ref_site)
        yield finding(file, json_pointer, hit.message, hit.rule_id)


def _generator_hits(
    project: Project, api: str, document: dict[str, Any], settings: GeneratorSettings
) -> list[Hit]:
    """`generator-accepts` on the document with the API's overlays applied (an overlay that
    fails is reported by `docspecs generate`, naming it; lint then checks the spec alone)."""
    from docspecs._errors import DocspecsError

    with contextlib.suppress(DocspecsError):
        # the pre-bundle overlays are already in `document` (bundled with them)
        post = [path for path in project.api_overlays(api) if not is_pre_bundle(path)]
        document = apply_overlays(document, post, root=project.root)
    from docspecs._refusals import generator_refusals

    return list(check_generators_accept(generator_refusals(document, settings)))


def _short(message: str) -> str:
    """The first paragraph of a validator's message, cut to a readable length."""
    first = message.strip().split("\n", 1)[0].strip().rstrip(":")
    return first if len(first) <= _MAX_MESSAGE else first[: _MAX_MESSAGE - 1] + "…"


# -- spec-valid: openapi-spec-validator ----------------------------------------------------------


def _locating(
    keyword: str, cls: type[keywords.KeywordValidator]
) -> type[keywords.KeywordValidator]:
    """`cls`, but every error it yields remembers where: the path of the node it was checking.

    openapi-spec-validator's second pass (operationIds, path parameters, schemas, defaults)
    yields errors without a location; the node each keyword validator is called with knows it.
    The innermost validator sees an error first, so it is the one that records the location.
    This leans on the validator's keyword registry (pinned in pyproject); the fixtures
    `spec-invalid-path-parameter` and the schema tests in test_lint.py fail if an upgrade breaks it.
    """
    # the "default" validator is called with the schema and checks the value under `default`
    below = ("default",) if keyword == "default" else ()

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        node = next((a for a in args if isinstance(a, SchemaPath)), None)
        errors: Iterator[Any] | None = None
        while True:
            try:
                if errors is None:
                    errors = iter(cls.__call__(self, *args, **kwargs))
                error = next(errors)
            except StopIteration:
                return
            except Exception as crash:
                # The validator itself failed on this node (its second pass assumes shapes the
                # first pass may have reported as wrong). Say where, and let the caller go on
                # with the node's siblings instead of losing the rest of the document.
                error = OpenAPIValidationError(
                    f"openapi-spec-validator failed here ({type(crash).__name__}: {crash})"
                )
                setattr(error, "docspecs_crash", True)  # noqa: B010
                setattr(error, "docspecs_parts", (*node.parts,) if node else ())  # noqa: B010
                yield error
                return
            if node is not None and not hasattr(error, "docspecs_parts"):
                if not isinstance(error, OpenAPIValidationError):  # else re-wrapped, and lost
                    error = OpenAPIValidationError.create_from(error)
                setattr(error, "docspecs_parts", (*node.parts, *below, *error.path))  # noqa: B010
            yield error

    return type(cls.__name__, (cls,), {"__call__": __call__})


class _RefusedRef(Exception):
    """The validator tried to open a `$ref` target: never allowed (see `_NoRetrieval`)."""


def _refuse(uri: str) -> Any:
    raise _RefusedRef(f"{uri!r} is not opened: refs resolve only inside the bundled document")


class _NoRetrieval(Mapping[str, Callable[[str], Any]]):
    """Resolver handlers for every URI scheme, each refusing to open anything.

    The validator walks the bundled document, where every ref that resolves is local (`#/...`);
    the bundler already reported any other ref (`ref-resolves`) and left it as written. Given
    jsonschema-path's default handlers, the validator would open such a ref itself: read any file
    on disk (`file:///...`, whose text then shows in a finding) or send an HTTP request. The
    retriever falls back to `urlopen` for a scheme it has no handler for, so this claims them all.
    """

    def __getitem__(self, scheme: str) -> Callable[[str], Any]:
        return _refuse

    def __contains__(self, scheme: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


class _LocatingValidator(OpenAPIV31SpecValidator):
    # typed a dict upstream; any mapping of scheme -> handler is what jsonschema-path reads
    resolver_handlers = _NoRetrieval()  # type: ignore[assignment]
    keyword_validators = {  # noqa: RUF012 (the base class declares it a plain dict)
        name: _locating(name, c) for name, c in OpenAPIV31SpecValidator.keyword_validators.items()
    }


def _follow(document: dict[str, Any], parts: Iterable[str | int]) -> str:
    """The pointer of the node reached from the root along `parts`, following local refs on the
    way (the validator walks *through* refs; a finding belongs where the node is written)."""
    node: Any = document
    segments: list[str] = []
    for part in parts:
        key = str(part)
        for _ in range(32):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)) or key in node:
                break
            ref: str = node["$ref"]
            if not ref.startswith("#"):
                break
            try:
                node = lookup(document, ref[1:])
            except Exception:
                break
            segments = split_pointer(ref[1:])
        segments.append(key)
        if isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            node = None
    return pointer(*segments)


def _spec_errors(result: Bundle, broken_refs: bool) -> Iterator[Hit]:
    """openapi-spec-validator's errors, each where it is written; where the validator itself
    failed on a node, one finding at that node (unless it only repeats a real error there or a
    broken ref, reported on its own), and the rest of the document is still checked."""
    document = result.document
    errors = iter(_LocatingValidator(document).iter_errors())
    found: list[Hit] = []
    crashes: list[Hit] = []
    while True:
        try:
            error = next(errors)
        except StopIteration:
            break
        except Exception as crash:  # outside any keyword validator: nothing more can be checked
            crashes.append(
                Hit("spec-valid", "", f"[spec-valid] openapi-spec-validator failed: {crash}")
            )
            break
        parts = getattr(error, "docspecs_parts", None)
        json_pointer = _follow(document, parts if parts is not None else error.absolute_path)
        message = _short(error.message)
        if json_pointer.endswith("/type") and "is not valid under any of the given" in message:
            message = f"type {error.instance!r} is not a JSON Schema type ({_JSON_TYPES})"
        hit = Hit("spec-valid", json_pointer, f"[spec-valid] {message}")
        (crashes if getattr(error, "docspecs_crash", False) else found).append(hit)
    schema_hits = list(_schema_errors(document))
    mine = {hit.pointer for hit in schema_hits}  # said better there ("type 'file' is not ...")
    yield from (hit for hit in found if hit.pointer not in mine)
    yield from schema_hits
    if broken_refs:
        return
    for failure in crashes:
        if not any(_related(failure.pointer, hit.pointer) for hit in found):
            yield failure


_JSON_TYPES = "string, number, integer, boolean, array, object, null"
_METASCHEMA = Draft202012Validator(Draft202012Validator.META_SCHEMA)


def _schema_errors(document: dict[str, Any]) -> Iterator[Hit]:
    """Each schema held against the JSON Schema 2020-12 metaschema (OpenAPI 3.1's dialect),
    which the validator above does not do for a schema written in place (a media type's,
    a parameter's, a header's): `type: file` (a Swagger 2 leftover), `required: 5` or
    `properties: [...]` passed lint and then failed in the generators. Only the outermost
    schemas are given to it (the metaschema walks the ones inside)."""
    for json_pointer, kind, node in walk(document):
        # the validator does hold `components/schemas` against the dialect (with a vaguer
        # message for a bad type, reworded in `_spec_errors`), not the schemas written in place
        if kind != "schema" or split_pointer(json_pointer)[-1:] != ["schema"]:
            continue
        for error in _METASCHEMA.iter_errors(node):
            at = json_pointer + pointer(*error.absolute_path)
            if error.absolute_path and error.absolute_path[-1] == "type":
                message = f"type {error.instance!r} is not a JSON Schema type ({_JSON_TYPES})"
            else:
                message = _short(error.message)
            yield Hit("spec-valid", at, f"[spec-valid] {message}")


def _related(first: str, second: str) -> bool:
    """Is one pointer the other or inside it?"""
    return first == second or first.startswith(second + "/") or second.startswith(first + "/")


# -- example-valid: jsonschema, draft 2020-12 ----------------------------------------------------


def _example_owners(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Media types, parameters and headers: every object with a `schema` and examples."""
    for json_pointer, kind, node in walk(document):
        has_examples = isinstance(node, dict) and ("example" in node or "examples" in node)
        if kind == "openapi" and has_examples and "schema" in node:
            yield json_pointer, node


def _examples(
    document: dict[str, Any], owner_pointer: str, owner: dict[str, Any]
) -> Iterator[tuple[str, Any]]:
    """(pointer of the value, value) of each example of one media type, parameter or header."""
    if "example" in owner:
        yield owner_pointer + "/example", owner["example"]
    examples = owner.get("examples")
    for name, example in (examples if isinstance(examples, dict) else {}).items():
        at = owner_pointer + pointer("examples", name)
        if isinstance(example, dict) and isinstance(example.get("$ref"), str):
            ref: str = example["$ref"]
            try:
                example = lookup(document, ref[1:]) if ref.startswith("#") else None
            except Exception:  # reported by ref-resolves
                continue
            at = ref[1:]
        if isinstance(example, dict) and "value" in example:
            yield at + "/value", example["value"]


def _example_file_names(result: Bundle) -> Iterator[Hit]:
    """Each example file of an operation is `<operationId>-<scenario>.json` (a team contract)."""
    for operation, media_pointer, media_type in operation_media_types(result.document):
        operation_id = operation.get("operationId")
        examples = media_type.get("examples")
        if not isinstance(operation_id, str) or not isinstance(examples, dict):
            continue
        for name in examples:
            example_pointer = media_pointer + pointer("examples", name)
            origin = result.origins.get(example_pointer + "/value")
            if origin is None or origin[1]:  # written inline, not an externalValue file
                continue
            file = origin[0]
            scenario = file.stem.removeprefix(f"{operation_id}-")
            if file.suffix != ".json" or scenario == file.stem or not scenario:
                yield Hit(
                    "example-file-name",
                    example_pointer + "/externalValue",
                    f"[example-file-name] example file {file.name!r} should be named "
                    f"'{operation_id}-<scenario>.json'",
                )


def _schema_label(owner_pointer: str, schema: Any) -> str:
    """How a message names the schema an example is checked against: its component name."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    prefix = "#/components/schemas/"
    if isinstance(ref, str) and ref.startswith(prefix) and "/" not in ref[len(prefix) :]:
        return "schema " + split_pointer(ref[1:])[-1]
    return f"the schema at {owner_pointer}/schema"


def _discriminated(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` whose discriminators JSON Schema can check: each mapped branch's
    discriminator property is a `const` of its value, as the generators read it
    (`docspecs._prepare.honour_discriminators`). Without it, an example of a `oneOf` whose
    branches share a shape matches every branch, and `oneOf` wants exactly one."""
    import copy

    from docspecs._prepare import honour_discriminators

    data = copy.deepcopy(document)
    if all(isinstance(data.get(key, {}), dict) for key in ("paths", "components")):
        honour_discriminators(data, keep_unknown=False)
    return data


def _example_errors(document: dict[str, Any], broken_refs: bool) -> Iterator[Hit]:
    registry: Registry[Any] = Registry().with_resource(
        _BUNDLE_URI, DRAFT202012.create_resource(_discriminated(document))
    )
    seen: set[tuple[str, str]] = set()
    for owner_pointer, owner in _example_owners(document):
        validator = Draft202012Validator(
            {"$ref": f"{_BUNDLE_URI}#{quote(owner_pointer + '/schema', safe='/~')}"},
            registry=registry,
        )
        label = _schema_label(owner_pointer, owner["schema"])
        for value_pointer, value in _examples(document, owner_pointer, owner):
            if (value_pointer, label) in seen:  # a shared components/examples entry
                continue
            seen.add((value_pointer, label))
            try:
                errors = list(validator.iter_errors(value))
            except Exception as crash:  # an unresolvable or malformed schema
                # Said once per example, so that fixing the ref does not reveal example errors
                # nobody was told were waiting behind it.
                unresolved = isinstance(crash, Unresolvable | RecursionError)  # a ref cycle
                message = (
                    f"[example-valid] not checked: {label} does not resolve (see the "
                    "ref-resolves finding); fix that first"
                    if broken_refs and unresolved
                    else f"[example-valid] cannot validate against {label}: {_short(str(crash))}"
                )
                yield Hit("example-valid", value_pointer, message)
                continue
            for error in errors:
                at = value_pointer + pointer(*error.absolute_path)
                yield Hit(
                    "example-valid",
                    at,
                    f"[example-valid] {_short(error.message)} (against {label})",
                )
