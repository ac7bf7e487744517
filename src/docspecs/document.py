"""The generator-ready document of an API: the one place its steps are put in order.

    pre-bundle  overlays/<api>/*.pre-bundle.yaml applied to specs/<api>/openapi.yaml as loaded,
                before any `$ref` is followed (so an overlay can repair a broken `$ref` of a
                vendor's file without editing it)
    bundle      one document: external refs hoisted or inlined, examples read (docspecs._bundler)
    convert     an OpenAPI 3.0.x document becomes 3.1.0 (docspecs._convert), and says so
    overlay     every other overlays/<api>/*.yaml, in file-name order (docspecs.overlay)
    prepare     the API's generator-settings.toml read (docspecs._settings), then
                `docspecs._prepare.prepare_document`: inline schemas named, discriminators
                honoured, enum member names, formatted strings kept, parameter descriptions
                copied into their schemas (the generators' known defects, worked around)

`generator_ready(project, api)` runs them all and returns the document with the time each step
took, for the progress lines; generate, check and diff all ask it, so they cannot disagree on
what the generators see. `bundled(...)` stops after `convert`: the document lint checks (the
spec as its author wrote it, readable by 3.1 tools; lint does not judge the overlays' output).

Errors: `bundled` collects the spec's problems in `Bundle.problems` (lint reports them) and raises
`OverlayError` for a pre-bundle overlay that cannot be applied; `generator_ready` raises
`DocumentError` naming the step, with the message of `docspecs.bundle.bundle` (one line per
problem, `file: /json/pointer: message`) or of the overlay (file, `/actions/<index>`, message).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docspecs._bundler import Bundle, resolve
from docspecs._convert import describe, is_openapi_30, to_openapi_31
from docspecs._errors import DocspecsError
from docspecs._prepare import describe_parameter_schemas, prepare_document
from docspecs._project import Project, is_pre_bundle
from docspecs._settings import GeneratorSettings
from docspecs._settings import load as load_settings
from docspecs.overlay import apply_overlays

__all__ = [
    "DocumentError",
    "Ready",
    "Step",
    "bundled",
    "describe_parameter_schemas",
    "generator_ready",
    "problems_message",
    "spec_document",
]


@dataclass(frozen=True)
class Step:
    """One step of the pipeline as the progress lines show it: name, seconds, a short note."""

    name: str
    seconds: float
    note: str


@dataclass(frozen=True)
class Ready:
    """The generator-ready document, the steps that made it, its bundle (for locations) and the
    API's generator settings (overlays/<api>/generator-settings.toml, or the defaults).
    `refusals`: what `prepare_document` could not make the generators read right, `(JSON
    pointer in the overlaid document, message ending in a fix)`; generate fails the API on any."""

    document: dict[str, Any]
    steps: tuple[Step, ...]
    bundle: Bundle
    settings: GeneratorSettings
    refusals: tuple[tuple[str, str], ...] = ()


class DocumentError(DocspecsError):
    """A step of the pipeline failed; `step` is its name (`bundle` or `overlay`)."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(message)
        self.step = step


def bundled(
    spec_path: Path, pre_bundle: Sequence[Path] = (), *, root: Path | None = None
) -> Bundle:
    """`spec_path` with the `pre_bundle` overlays applied to it, bundled, converted to 3.1.

    Problems in the spec are collected in the result; `OverlayError` for an overlay that cannot
    be applied (file names in messages relative to `root`, default the current directory).
    """

    def prepare(document: dict[str, Any]) -> dict[str, Any]:
        return apply_overlays(document, pre_bundle, root=root)

    result = resolve(spec_path, prepare=prepare if pre_bundle else None)
    if is_openapi_30(result.document):
        result.source_version = str(result.document["openapi"])
        moved: list[str] = []
        result.converted = to_openapi_31(result.document, moved)
        for wrapped in moved:  # outer first: an inner one is located through the outer's entry
            # what was written at `wrapped` now sits at `wrapped/anyOf/0`
            result.origins[wrapped + "/anyOf/0"] = result.locate(wrapped)
    return result


def problems_message(result: Bundle, cwd: Path | None = None) -> str:
    """The bundle's problems, one line each: `file: /json/pointer: message` (file relative to
    `cwd`, default the current directory, when inside it)."""
    where = (cwd or Path.cwd()).resolve()
    return "\n".join(
        f"{_show(p.file, where)}: {p.pointer or '/'}: {p.message}" for p in result.problems
    )


def spec_document(project: Project, api: str) -> dict[str, Any]:
    """`specs/<api>/openapi.yaml` as the vendor's API reads: pre-bundle overlays applied,
    bundled, converted to 3.1, as JSON data (no other overlay: those shape it for the generators).

    What verify and fuzz hold traffic against. `DocumentError` naming the step that failed.
    """
    overlays = _overlays(project, api)
    try:
        result = bundled(
            project.spec_path(api), [p for p in overlays if is_pre_bundle(p)], root=project.root
        )
    except DocspecsError as error:
        raise DocumentError("bundle", str(error)) from None
    if result.problems:
        raise DocumentError("bundle", problems_message(result))
    # the JSON data model (YAML may hold dates, tuples, ...)
    data: dict[str, Any] = json.loads(json.dumps(result.document, default=str))
    return data


def _overlays(project: Project, api: str) -> list[Path]:
    try:
        return project.api_overlays(api)
    except DocspecsError as error:  # a stray file in overlays/<api>/
        raise DocumentError("overlay", str(error)) from None


def generator_ready(project: Project, api: str) -> Ready:
    """`specs/<api>/openapi.yaml` of `project` as the generators get it (see the module
    docstring); `DocumentError` naming the step that failed."""
    overlays = _overlays(project, api)
    pre = [path for path in overlays if is_pre_bundle(path)]
    post = [path for path in overlays if not is_pre_bundle(path)]

    started = time.perf_counter()
    try:
        result = bundled(project.spec_path(api), pre, root=project.root)
    except DocspecsError as error:
        raise DocumentError("bundle", str(error)) from None
    if result.problems:
        raise DocumentError("bundle", problems_message(result))
    note = describe(result.source_version, result.converted) if result.converted else "ok"
    steps = [Step("bundle", time.perf_counter() - started, note)]

    started = time.perf_counter()
    try:
        document = apply_overlays(result.document, post, root=project.root)
    except DocspecsError as error:
        raise DocumentError("overlay", str(error)) from None
    try:
        settings = load_settings(project.overlays_dir / api, project.root)
    except DocspecsError as error:
        raise DocumentError("overlay", str(error)) from None
    refusals = prepare_document(document, settings.client.content_type_overrides)
    steps.append(Step("overlay", time.perf_counter() - started, f"{len(overlays)} overlay(s)"))
    return Ready(document, tuple(steps), result, settings, tuple(refusals))


def _show(path: Path, cwd: Path) -> str:
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return path.as_posix()
