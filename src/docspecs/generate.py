"""Turn each spec into two installable, typed packages under generated/.

For every API whose inputs changed (see `docspecs._cache`):

    bundle     specs/<api>/openapi.yaml -> one document, 3.0 converted to 3.1, pre-bundle
               overlays applied first (docspecs.document, which owns these steps)
    overlay    overlays/<api>/*.yaml applied in file-name order, the API's
               generator-settings.toml read (docspecs._settings), then `prepare_document`
               (docspecs._prepare: inline schemas named, discriminators, enum member names,
               formatted strings, parameter descriptions; the generators' known defects)
    version    the new document against the previous generated/<api>-client/openapi.json
               (docspecs.diff): the semver bump and a CHANGELOG.md entry for both packages
    client     openapi-python-client (attrs + httpx) -> <api>-client, import <api>_client;
               properties and parameters named like the code's own members get a `_` suffix
    models     datamodel-code-generator (pydantic v2) -> <api>-models, import <api>_models
    format     ruff check --fix-only + ruff format, one run over every package
    self-test  a fresh interpreter runs every example through both staged packages
               (docspecs._selftest); a failure fails the API before anything is swapped in

When the document is unchanged but the generated code differs (templates, generator settings or
versions changed), both packages get a patch release too: they share one version. Each package's
changelog entry says whether that package's own files changed or only its version moved in step
with the other package. Versions and changelogs are read from the previous packages in
generated/, so `docspecs check` reproduces them exactly.

Everything is built in a staging directory beside generated/ and swapped in only when every API
succeeded, so a failure leaves generated/ exactly as it was; the error names the API, the step and
the generator's own message. Generators run in-process; several APIs run in parallel worker
processes (forked after the generators are imported once, dying with the run); compiled
templates are cached in `.docspecs-cache/`, and one run at a time holds the checkout (the lock,
worker deaths and what a killed run leaves behind: `docspecs._runlock`). Output is
deterministic: no timestamps, sorted JSON, ruff-formatted code, the same bytes on every machine.

Forward compatibility lives in the generator configuration and templates, never in edited
output: models keep unknown fields (attrs `additional_properties`; pydantic `extra="allow"`) and
enums keep unknown values (`_missing_` in the enum templates of both generators).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docspecs._cache import (
    LOCK_FILE,
    LockEntry,
    api_digest,
    lock_text,
    output_hashes,
    package_files,
    packages_present,
    read_lock,
    shared_digest,
)
from docspecs._errors import DocspecsError
from docspecs._findings import display_path
from docspecs._generators import (
    CLIENT_CONFIG,
    CLIENT_TEMPLATES,
    GENERATED_JSON,
    MODELS_CONFIG,
    MODELS_TEMPLATES,
    models_options,
)
from docspecs._project import Project, client_package, models_package
from docspecs._refusals import _client_refusals, _generator_lines, _raw
from docspecs._runlock import (
    SWAP_DONE,
    SWAP_JOURNAL,
    die_with_parent,
    recover_staging,
    run_lock,
    staging_prefix,
)

if TYPE_CHECKING:
    from docspecs._settings import GeneratorSettings
    from docspecs.document import Ready
from docspecs._selftest import (
    ClientNames,
    SelfTestFailed,
    operation_key,
    self_test,
)

__all__ = ["ApiReport", "GenerateReport", "generate"]

FIRST_VERSION = "1.0.0"
CHANGELOG = "CHANGELOG.md"

RUFF_SETTINGS = ("--line-length", "100", "--target-version", "py311")


@dataclass(frozen=True)
class ApiReport:
    """One API's outcome: `regenerated`, `unchanged`, `failed` (with the error) or `discarded`
    (built, but not written because another API failed: generated/ changes all or nothing)."""

    api: str
    status: str
    version: str
    seconds: float
    error: str | None = None
    bump: str | None = None


@dataclass
class GenerateReport:
    apis: list[ApiReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(report.status != "failed" for report in self.apis)

    def table(self) -> str:
        rows = [("API", "result", "version", "seconds")]
        rows += [(r.api, r.status, r.version, f"{r.seconds:.2f}") for r in self.apis]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
        ]
        return "\n".join(line.rstrip() for line in lines)


Progress = Callable[[str], None]


def _print(line: str) -> None:
    print(line, flush=True)


def generate(
    project: Project,
    apis: Sequence[str],
    *,
    force: bool = False,
    output_dir: Path | None = None,
    progress: Progress | None = _print,
    jobs: int | None = None,
) -> GenerateReport:
    """Regenerate the packages of `apis` (all when empty) whose inputs changed.

    `force` regenerates regardless of the lock. `output_dir` writes the packages there instead of
    swapping them into generated/ (what `docspecs check` compares); the previous state (baseline
    document, versions, changelogs) is always read from generated/. `jobs` caps the worker
    processes (default: one per CPU).
    """
    say = progress or (lambda _line: None)
    selected = project.select(apis)
    if output_dir is not None:
        return _generate(project, selected, force, output_dir, say, jobs, None)
    lock_path = project.root / ".docspecs-cache" / "generate.lock"
    with run_lock(lock_path, say, display_path(lock_path, project.root)) as lock_fd:
        recover_staging(project.generated_dir, say)
        return _generate(project, selected, force, output_dir, say, jobs, lock_fd)


def _generate(
    project: Project,
    selected: list[str],
    force: bool,
    output_dir: Path | None,
    say: Progress,
    jobs: int | None,
    lock_fd: int | None,
) -> GenerateReport:
    shared = shared_digest()
    lock = read_lock(project)
    digests = {api: api_digest(project, api, shared) for api in selected}
    todo = [
        api
        for api in selected
        if force
        or output_dir is not None
        or lock.get(api, LockEntry("", "")).inputs != digests[api]
        or not packages_present(project, api)
    ]
    report = GenerateReport()
    unchanged = {
        api: ApiReport(api, "unchanged", lock[api].version, 0.0)
        for api in selected
        if api not in todo
    }
    for api in unchanged:
        say(f"{api}: unchanged (inputs match {project.generated_dir.name}/.docspecs-lock.json)")
    if not todo:
        report.apis = [unchanged[api] for api in selected]
        return report

    if output_dir is None:
        project.generated_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(), dir=project.generated_dir))
    else:
        output_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(), dir=output_dir))
    try:
        built = _run_all(project, todo, staging, say, jobs, lock_fd)
        _note_code_changes(
            staging,
            [b for b in built.values() if lock.get(b.api, LockEntry("", "")).shared != shared],
        )
        failed = [b for b in built.values() if b.error]
        # All or nothing: when one API fails, the others' packages are discarded too.
        ok = "discarded" if failed else "regenerated"
        # Nothing is written when any API fails, so every row then shows the version in place.
        results = {
            api: ApiReport(
                api,
                "failed" if b.error else ok,
                lock[api].version if failed and api in lock else b.version,
                b.seconds,
                b.error,
                b.bump,
            )
            for api, b in built.items()
        }
        if not failed:
            if output_dir is None:
                entries = dict(lock)
                entries.update(
                    {
                        api: LockEntry(
                            digests[api],
                            built[api].version,
                            output_hashes(staging, api),
                            shared,
                        )
                        for api in todo
                    }
                )
                kept = {api: e for api, e in entries.items() if api in project.apis()}
                _swap_in(staging, project.generated_dir, todo, lock_text(kept))
            else:
                _swap_in(staging, output_dir, todo, None)
        report.apis = [unchanged.get(api) or results[api] for api in selected]
        return report
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass
class _Built:
    api: str
    version: str = FIRST_VERSION
    bump: str | None = None
    seconds: float = 0.0
    steps: list[tuple[str, float, str]] = field(default_factory=list)
    error: str | None = None
    first_release: bool = True
    client_names: ClientNames = field(default_factory=lambda: ClientNames({}, {}))


def _run_all(
    project: Project,
    apis: list[str],
    staging: Path,
    say: Progress,
    jobs: int | None,
    lock_fd: int | None,
) -> dict[str, _Built]:
    workers = min(len(apis), jobs or os.cpu_count() or 1)
    results: dict[str, _Built] = {}

    def report(built: _Built) -> None:
        for step, seconds, note in built.steps:
            say(f"{built.api}: {step} {note} ({seconds:.2f} s)".replace("  ", " "))
        if built.error:
            say(_failed_line(built))
        results[built.api] = built

    if workers <= 1 or sys.platform == "win32":
        for api in apis:
            report(_build_api(project, api, staging))
        _finish(project, staging, [results[api] for api in apis], say, workers)
        return results

    import concurrent.futures
    import multiprocessing

    _import_generators()  # once, before forking: the workers share the imported modules
    context = multiprocessing.get_context("fork")
    # Workers die with this process (a killed run leaves none behind holding the lock).
    with concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(), lock_fd)
    ) as pool:
        futures = [pool.submit(_build_api, project, api, staging) for api in apis]
        for future in concurrent.futures.as_completed(futures):
            report(future.result())
    _finish(project, staging, [results[api] for api in apis], say, workers)
    return {api: results[api] for api in apis}


def _finish(
    project: Project, staging: Path, built: list[_Built], say: Progress, workers: int
) -> None:
    """The steps over every API's staged packages: format, code-change releases, self-test."""
    _format_all(staging, built, say)
    _bump_for_code_changes(project, staging, built, say)
    _self_test_all(project, staging, built, say, workers)


def _self_test_all(
    project: Project, staging: Path, built: list[_Built], say: Progress, workers: int
) -> None:
    """The `self-test` step (docspecs._selftest) of every API still standing, `workers` at once
    (each runs in its own interpreter)."""
    import concurrent.futures

    def run(b: _Built) -> None:
        started = time.perf_counter()
        client_dist, client_import = client_package(b.api)
        models_dist, models_import = models_package(b.api)
        spec_file = display_path(project.spec_path(b.api), project.root)
        try:
            document = json.loads((staging / client_dist / GENERATED_JSON).read_text("utf-8"))
            count = self_test(
                spec_file,
                document,
                staging / client_dist,
                staging / models_dist,
                (client_import, models_import),
                b.client_names,
            )
        except SelfTestFailed as failure:
            b.error = f"{b.api}: self-test: {failure}"
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            b.error = f"{b.api}: self-test: could not run: {error}"
        seconds = time.perf_counter() - started
        b.seconds += seconds
        if b.error:
            say(_failed_line(b))
        else:
            say(f"{b.api}: self-test {count} example(s) parse and round-trip ({seconds:.2f} s)")

    ready = [b for b in built if not b.error]
    with concurrent.futures.ThreadPoolExecutor(max(1, workers)) as pool:
        list(pool.map(run, ready))


def _failed_line(built: _Built) -> str:
    """The progress line of a failed API: the error's first line (the whole error, one problem
    a line, is printed once, at the end)."""
    lines = (built.error or "").splitlines() or [""]
    more = f" (and {len(lines) - 1} more, listed at the end)" if len(lines) > 1 else ""
    return f"{built.api}: FAILED: {lines[0]}{more}"


def _bump_for_code_changes(
    project: Project, staging: Path, built: list[_Built], say: Progress
) -> None:
    """A patch release when the generated code changed although the document did not.

    Templates, generator settings or generator versions changed: consumers get different code,
    so it must not ship under the version they already have. Both packages take the new version
    (they share one); each one's changelog entry says whether its own files changed or only its
    version moved in step with the other package.
    """
    from docspecs.diff import bump_version

    for b in built:
        if b.error or b.bump is not None or b.first_release:
            continue
        dists = (client_package(b.api)[0], models_package(b.api)[0])
        changed = [
            dist
            for dist in dists
            if _without_changelog(package_files(staging / dist))
            != _without_changelog(package_files(project.generated_dir / dist))
        ]
        if not changed:
            continue
        version = bump_version(b.version, "patch")
        for dist in dists:
            pyproject = staging / dist / "pyproject.toml"
            text = pyproject.read_text(encoding="utf-8")
            old_line = f'version = "{b.version}"'
            if old_line not in text:
                b.error = f"{b.api}: version: {dist}/pyproject.toml has no line {old_line}"
                break
            pyproject.write_text(text.replace(old_line, f'version = "{version}"', 1), "utf-8")
            entry = _code_change_entry(version, dist, changed)
            changelog = staging / dist / CHANGELOG
            changelog.write_text(_prepend(changelog.read_text(encoding="utf-8"), entry), "utf-8")
        else:
            b.version, b.bump = version, "patch"
            which = " and ".join(changed)
            say(f"{b.api}: version {version} (patch: {which} changed, the spec did not)")
            continue
        say(_failed_line(b))


def _note_code_changes(staging: Path, built: list[_Built]) -> None:
    """Say so in a spec-change release's changelog entry when the run that made the previous
    release used other templates, generator settings or generator versions: the code then
    differs beyond the changes the entry lists (a code-only release says so already, see
    `_bump_for_code_changes`). `built`: the APIs whose lock entry records another (or no) shared
    digest."""
    for b in built:
        if b.error or b.bump is None or b.first_release:
            continue
        for dist in (client_package(b.api)[0], models_package(b.api)[0]):
            changelog = staging / dist / CHANGELOG
            text = changelog.read_text(encoding="utf-8")
            heading = f"## {b.version}\n\n"
            if heading in text:
                changelog.write_text(text.replace(heading, heading + _CODE_NOTE, 1), "utf-8")


_CODE_NOTE = (
    "Also generated with other templates, generator settings or generator versions than the "
    "previous release: the code differs beyond the changes listed here (see the package "
    "README for how to use it).\n\n"
)


def _code_change_entry(version: str, dist: str, changed: list[str]) -> str:
    """The changelog entry of `dist` for a release whose spec did not change (see above)."""
    if dist in changed:
        body = (
            "Regenerated: this package's generated code changed (templates, generator settings "
            "or generator versions) while the spec did not."
        )
    else:
        others = " and ".join(f"`{other}`" for other in changed)
        body = (
            f"No change to this package's code; version kept in step with {others}, whose "
            "generated code changed (templates, generator settings or generator versions) while "
            "the spec did not."
        )
    return f"## {version}\n\n{body}"


def _without_changelog(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name != CHANGELOG}


def _own_changelog(changelog: str, client_previous: Path, own_previous: Path) -> str:
    """The models package's CHANGELOG.md: `changelog` is built on the client's previous one,
    which differs from the models' after a code-change-only release (one says the code changed,
    the other that only the version moved); the new entry (if any) goes on the models' own."""
    try:
        old_client = (client_previous / CHANGELOG).read_text(encoding="utf-8")
        old_own = (own_previous / CHANGELOG).read_text(encoding="utf-8")
    except OSError:
        return changelog
    if old_own == old_client:
        return changelog
    if changelog == old_client:
        return old_own
    _, _, rest = changelog.partition("\n## ")
    entry = "## " + rest.split("\n## ", 1)[0].rstrip()
    return _prepend(old_own, entry)


def _prepend(changelog: str, entry: str) -> str:
    """`entry` (a `## <version>` section) as the newest section of `changelog`."""
    head, marker, rest = changelog.partition("\n## ")
    if not marker:
        return f"# Changelog\n\n{entry}\n"
    return f"{head.rstrip()}\n\n{entry}\n\n## {rest}"


def _format_all(staging: Path, built: list[_Built], say: Progress) -> None:
    """The `format` step of every API that got this far, in one ruff run over all packages."""
    ready = [b for b in built if not b.error]
    if not ready:
        return
    directories = {
        b.api: [staging / client_package(b.api)[0], staging / models_package(b.api)[0]]
        for b in ready
    }
    started = time.perf_counter()
    try:
        _format(*(d for pair in directories.values() for d in pair))
        error = None
    except _StepFailed as failure:
        error = str(failure)
    seconds = time.perf_counter() - started
    culprits = {
        api for api, pair in directories.items() if error and any(d.name in error for d in pair)
    }
    for b in ready:
        b.seconds += seconds
        if error is not None and (b.api in culprits or not culprits):
            b.error = f"{b.api}: format: {error}"
            say(_failed_line(b))
        else:
            b.steps.append(("format", seconds, "ok"))
            say(f"{b.api}: format ok ({seconds:.2f} s, one ruff run over every package)")


def _import_generators() -> None:
    """Import both generators once, before forking, so the workers do not each pay for it.

    datamodel-code-generator imports most of itself lazily on its first run: a tiny document
    warms it up.
    """
    import warnings

    import openapi_python_client  # noqa: F401
    from datamodel_code_generator import generate as generate_models

    tiny = {
        "openapi": "3.1.0",
        "info": {"title": "warm-up", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": {"kind": {"enum": ["a"]}}},
            }
        },
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        generate_models(json.dumps(tiny), **MODELS_CONFIG, custom_template_dir=MODELS_TEMPLATES)


class _StepFailed(Exception):
    pass


def _build_api(project: Project, api: str, staging: Path) -> _Built:
    """Every step for one API into `staging`; never raises (the error is in the result)."""
    built = _Built(api)
    started = time.perf_counter()
    step = "bundle"
    try:
        from docspecs.document import DocumentError, generator_ready

        try:
            ready = generator_ready(project, api)
        except DocumentError as error:
            step = error.step
            raise
        document = ready.document
        built.steps.extend((s.name, s.seconds, s.note) for s in ready.steps)
        if ready.refusals:
            step = "prepare"
            raise _StepFailed(_refusal_lines(project, ready))
        settings = ready.settings
        text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

        step = "version"
        t = time.perf_counter()
        client_dist, client_import = client_package(api)
        models_dist, models_import = models_package(api)
        previous = project.generated_dir / client_dist
        version, bump, changelog = _next_version(api, previous, document, text)
        built.version, built.bump = version, bump
        built.first_release = _is_first_release(previous)
        built.steps.append(
            (step, time.perf_counter() - t, version + (f" ({bump})" if bump else ""))
        )

        step = "client"
        t = time.perf_counter()
        client_dir = staging / client_dist
        built.client_names = _generate_client(
            document,
            text,
            client_dir,
            client_dist,
            client_import,
            version,
            _cache_dir(project),
            settings,
        )
        (client_dir / CHANGELOG).write_text(changelog, encoding="utf-8")
        built.steps.append((step, time.perf_counter() - t, "ok"))

        step = "models"
        t = time.perf_counter()
        models_dir = staging / models_dist
        _generate_models(
            api,
            document,
            text,
            models_dir,
            models_dist,
            models_import,
            version,
            project.examples_dir(api),
            settings,
        )
        models_changelog = _own_changelog(changelog, previous, project.generated_dir / models_dist)
        (models_dir / CHANGELOG).write_text(models_changelog, encoding="utf-8")
        built.steps.append((step, time.perf_counter() - t, "ok"))

    except DocspecsError as error:
        built.error = f"{api}: {step}: {error}"
    except _StepFailed as error:
        blamed = _blame_overlay(project, api) if step == "client" else None
        built.error = f"{api}: {step}: {blamed + ': ' if blamed else ''}{error}"
    except Exception as error:  # a generator's own failure: report it, do not crash the run
        built.error = f"{api}: {step}: {type(error).__name__}: {error}"
    built.seconds = time.perf_counter() - started
    return built


def _refusal_lines(project: Project, ready: Ready) -> str:
    """`Ready.refusals` as one line each, `<spec file>: <JSON pointer>: <message; fix>`, the
    pointer where the schema is written (`Bundle.locate`)."""
    lines = []
    for pointer, message in ready.refusals:
        file, written = ready.bundle.locate(pointer)
        lines.append(f"{display_path(file, project.root)}: {written or '/'}: {message}")
    return "\n".join(lines)


def _blame_overlay(project: Project, api: str) -> str | None:
    """`overlays/<api>/<file>: /actions/<i>`: the first overlay action after which the client
    generator refuses something it accepted before; None when the spec alone is refused, there
    are no overlays, or the bundle cannot be rebuilt. Only run when the client step failed."""
    import yaml

    from docspecs._project import is_pre_bundle
    from docspecs.document import spec_document
    from docspecs.overlay import apply_overlays

    try:
        document = spec_document(project, api)
        refused = _client_refusals(document)
        for path in [p for p in project.api_overlays(api) if not is_pre_bundle(p)]:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            actions = data.get("actions") or []
            with tempfile.TemporaryDirectory(prefix="docspecs-blame-") as scratch:
                for index in range(len(actions)):
                    part = Path(scratch) / path.name
                    part.write_text(
                        yaml.safe_dump({**data, "actions": actions[index : index + 1]}), "utf-8"
                    )
                    document = apply_overlays(document, [part], root=project.root)
                    if _client_refusals(document) - refused:
                        shown = display_path(path, project.root)
                        return f"{shown}: /actions/{index}: the document this action leaves"
    except Exception:  # blaming is a courtesy: the generator's own message follows anyway
        return None
    return None


# --- versions -------------------------------------------------------------------------------


def _previous_version(previous: Path) -> str | None:
    import tomllib

    try:
        data = tomllib.loads((previous / "pyproject.toml").read_text(encoding="utf-8"))
        return str(data["project"]["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_first_release(previous: Path) -> bool:
    """No usable previous packages: `_next_version` starts again at FIRST_VERSION."""
    return _previous_version(previous) is None or not all(
        (previous / name).is_file() for name in (GENERATED_JSON, CHANGELOG)
    )


def _next_version(
    api: str, previous: Path, document: dict[str, Any], text: str
) -> tuple[str, str | None, str]:
    """(version, bump or None, CHANGELOG.md text) for the new generator-ready document."""
    old_version = _previous_version(previous)
    if _is_first_release(previous) or old_version is None:
        entry = f"## {FIRST_VERSION}\n\nFirst release, generated from `specs/{api}/openapi.yaml`.\n"
        return FIRST_VERSION, None, f"# Changelog\n\n{entry}"
    old_text = (previous / GENERATED_JSON).read_text(encoding="utf-8")
    old_changelog = (previous / CHANGELOG).read_text(encoding="utf-8")
    if old_text == text:
        return old_version, None, old_changelog
    from docspecs.diff import bump_version, changelog_entry, compare, semver_bump

    changes = compare(json.loads(old_text), document, api=api)
    bump = semver_bump(changes)
    if bump not in ("major", "minor", "patch"):
        # The document changed (descriptions, examples) without changing the API surface: the
        # packages' docstrings changed, so they still get a new (patch) version.
        bump = "patch"
    version = bump_version(old_version, bump)
    if changes:
        entry = changelog_entry(version, changes).strip("\n")
    else:
        entry = (
            f"## {version}\n\nThe generator-ready document changed outside what the "
            "breaking-change rules compare (for example vendor extensions the templates read)."
        )
    return version, bump, _prepend(old_changelog, entry)


def _cache_dir(project: Project) -> Path:
    """Compiled templates, kept between runs (ignored by git: /.docspecs-cache/)."""
    return project.root / ".docspecs-cache" / "templates"


# --- generators -----------------------------------------------------------------------------


def _generator_message(errors: Sequence[Any]) -> str:
    return "\n".join(_generator_lines(errors))


def _template_cache(cache_dir: Path | None) -> Any:
    """Jinja's on-disk cache of compiled templates (most of the client step's time otherwise).

    Entries are keyed by template file and checked against the template's source, so a changed
    template is recompiled; the output does not depend on the cache. None: no cache.
    """
    if cache_dir is None:
        return None
    from jinja2 import FileSystemBytecodeCache

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(cache_dir))


def _generate_client(
    document: dict[str, Any],
    text: str,
    out: Path,
    dist: str,
    package: str,
    version: str,
    cache_dir: Path | None = None,
    settings: GeneratorSettings | None = None,
) -> ClientNames:
    """Write the client package into `out`; what the generator named each component and
    endpoint (for the self-test)."""
    from openapi_python_client import Project as ClientProject
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.strings import snake_case

    from docspecs._prepare import distinct_parameter_names
    from docspecs._refusals import restore_wire_names
    from docspecs._settings import GeneratorSettings

    client_settings = (settings or GeneratorSettings()).client
    config_file = ConfigFile(
        **CLIENT_CONFIG
        | {
            "field_prefix": client_settings.field_prefix,
            "content_type_overrides": dict(client_settings.content_type_overrides) or None,
        },
        project_name_override=dist,
        package_name_override=package,
        package_version_override=version,
    )
    out.mkdir(parents=True)
    source = out / GENERATED_JSON
    source.write_text(text, encoding="utf-8")
    config = Config.from_sources(
        config_file, MetaType.UV, source, file_encoding="utf-8", overwrite=True, output_path=out
    )
    # The same as openapi_python_client.generate(), minus re-reading the document we hold.
    client_document = copy.deepcopy(document)
    wire_names = distinct_parameter_names(client_document, snake_case)
    data = GeneratorData.from_dict(client_document, config=config)
    if isinstance(data, GeneratorError):
        raise _StepFailed(_generator_message([data]))
    restore_wire_names(data, wire_names)
    _avoid_name_clashes(data, config)
    project = ClientProject(openapi=data, config=config, custom_template_path=CLIENT_TEMPLATES)
    # The client runtime templates read servers, header defaults and the overlays' x-docspecs-*
    # settings from the generator-ready document (openapi-python-client does not keep them).
    project.env.globals["document"] = document
    project.env.bytecode_cache = _template_cache(cache_dir)
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        raise _StepFailed(_generator_message(errors))
    # docspecs' runtime modules that openapi-python-client has no template slot for: captures
    # for `docspecs verify` and DEBUG logging of undeclared fields and enum values
    for template, name in (("capture.py.jinja", "_capture.py"), ("drift.py.jinja", "_drift.py")):
        code = project.env.get_template(template).render(package_name=package)
        (out / package / name).write_text(code, encoding="utf-8")
    return _client_names(data, config.field_prefix)


# Names the client's generated code uses for itself (openapi-python-client's model and endpoint
# templates and docspecs' own): a property or parameter whose Python name is one of these would
# replace a method, clobber a local variable or repeat an argument, so it gets a `_` suffix (as
# openapi-python-client does for keywords and builtins); the JSON name is unchanged.
MODEL_MEMBERS = frozenset(
    {
        "additional_keys",
        "additional_properties",
        "cls",
        "d",
        "field_dict",
        "from_dict",
        "prop",
        "prop_name",
        "src_dict",
        "to_dict",
        "to_multipart",
    }
)
ENDPOINT_NAMES = frozenset(
    {
        "backoff",
        "body",
        "client",
        "cookies",
        "errors",
        "files",
        "headers",
        "httpx",
        "interval",
        "json",
        "kwargs",
        "max_interval",
        "params",
        "parsed",
        "quote",
        "request_options",
        "response",
        "status_code",
        "timeout",
    }
)


def _avoid_name_clashes(data: Any, config: Any) -> None:
    """Give each model property and endpoint parameter named like one of the generated code's
    own names (MODEL_MEMBERS, ENDPOINT_NAMES) a `_` suffix, in place, before rendering."""
    from openapi_python_client.schema.untrusted_string import UntrustedString

    def rename(properties: Sequence[Any], reserved: frozenset[str]) -> dict[str, str]:
        taken = {str(p.python_name) for p in properties}
        renamed = {}
        for prop in properties:
            name = str(prop.python_name)
            if name not in reserved:
                continue
            new = name + "_"
            while new in taken or new in reserved:
                new += "_"
            prop.set_python_name(UntrustedString(new), config, skip_snake_case=True)
            taken.add(new)
            renamed[name] = new
        return renamed

    for model in data.models:
        rename(
            [*(model.required_properties or []), *(model.optional_properties or [])], MODEL_MEMBERS
        )
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            renamed = rename(
                [
                    *endpoint.path_parameters,
                    *endpoint.query_parameters,
                    *endpoint.header_parameters,
                    *endpoint.cookie_parameters,
                ],
                ENDPOINT_NAMES,
            )
            path = _raw(endpoint.path)  # its templates hold the path parameters' Python names
            for old, new in renamed.items():
                path = path.replace("{" + old + "}", "{" + new + "}")
            endpoint.path = UntrustedString(path)


def _client_names(data: Any, field_prefix: str) -> ClientNames:
    """Component and endpoint names from openapi-python-client's parsed document."""
    from openapi_python_client.strings import PythonIdentifier

    classes = {
        _raw(root): f"models.{model.class_info.module_name}.{model.class_info.name}"
        for model in data.models
        for root in model.roots
        # a nested inline model lists its parent component among its roots too
        if _raw(root) == _raw(model.name) and _raw(root).startswith("/components/schemas/")
    }
    endpoints = {
        f"{operation_key(_raw(endpoint.path))} {_raw(endpoint.method)}": (
            f"api.{tag}.{PythonIdentifier(endpoint.name, field_prefix)}"
        )
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    return ClientNames({"#" + ref: name for ref, name in classes.items()}, endpoints)


def _generate_models(
    api: str,
    document: dict[str, Any],
    text: str,
    out: Path,
    dist: str,
    package: str,
    version: str,
    examples_dir: Path,
    settings: GeneratorSettings | None = None,
) -> None:
    import warnings

    from datamodel_code_generator import generate as generate_models
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    package_dir = out / package
    package_dir.mkdir(parents=True)
    header = (
        f"# Generated by docspecs with datamodel-code-generator from {dist.replace('-models', '')}"
        f"-client/{GENERATED_JSON}.\n# Do not edit: change the spec, an overlay or a template."
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        # A format it does not know (`phone-number`, `uri-map`) is typed as its JSON type,
        # which is what docspecs wants (the formats it knows stay strings too); its warning
        # was two raw lines per format on stderr, a Python source line among them.
        warnings.filterwarnings("ignore", "format of '.*' not understood", UserWarning)
        from docspecs._settings import GeneratorSettings

        models_settings = (settings or GeneratorSettings()).models
        generate_models(
            text,
            **models_options(document, models_settings.strict_nullable),
            output=package_dir / "__init__.py",
            custom_template_dir=MODELS_TEMPLATES,
            custom_file_header=header,
        )
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")

    schemas = sorted(document.get("components", {}).get("schemas", {}))
    example_class, example_file = _readme_example(document, examples_dir)
    env = Environment(
        loader=FileSystemLoader(MODELS_TEMPLATES / "package"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    values = {
        "api": api,
        "project_name": dist,
        "package_name": package,
        "version": version,
        "title": str(document.get("info", {}).get("title", api)),
        "example_class": example_class or (schemas[0] if schemas else "BaseModel"),
        "example_file": example_file,
    }
    for template, name in (
        ("pyproject.toml.jinja", "pyproject.toml"),
        ("README.md.jinja", "README.md"),
        ("gitignore.jinja", ".gitignore"),
    ):
        (out / name).write_text(env.get_template(template).render(**values), encoding="utf-8")


def _readme_example(document: dict[str, Any], examples_dir: Path) -> tuple[str | None, str | None]:
    """(component schema, example file name) of the first 2xx JSON response, for the README."""
    for _path, item in sorted(document.get("paths", {}).items()):
        for _method, operation in sorted(item.items()):
            if not isinstance(operation, dict):
                continue
            for status, response in sorted(operation.get("responses", {}).items()):
                if not str(status).startswith("2") or not isinstance(response, dict):
                    continue
                for media in response.get("content", {}).values():
                    ref = (media.get("schema") or {}).get("$ref", "")
                    if not ref.startswith("#/components/schemas/"):
                        continue
                    values = [e.get("value") for _n, e in sorted(media.get("examples", {}).items())]
                    return ref.rsplit("/", 1)[1], _example_file(values, examples_dir)
    return None, None


def _example_file(values: list[Any], examples_dir: Path) -> str | None:
    """The name of the file under specs/<api>/examples/ holding the first of `values`."""
    files = sorted(examples_dir.glob("*.json"))
    for value in values:
        for path in files:
            try:
                if json.loads(path.read_text(encoding="utf-8")) == value:
                    return path.name
            except (OSError, ValueError):
                continue
    return None


def _format(*directories: Path) -> None:
    """ruff check --fix-only, then ruff format: the pinned ruff, settings from the command line."""
    paths = [str(d) for d in directories]
    commands = [
        ["check", "--fix-only", "--select", "F,I,UP", "--exit-zero", *RUFF_SETTINGS],
        ["format", *RUFF_SETTINGS],
    ]
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--isolated", "--no-cache", *paths],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            message = (result.stderr or result.stdout).strip()
            raise _StepFailed(f"ruff {command[0]} failed: {message}")


# --- swap -----------------------------------------------------------------------------------


def _swap_in(staging: Path, target: Path, apis: list[str], lock: str | None) -> None:
    """Move the staged packages into `target`, replacing the old ones, then write `lock` (the
    lock file's new text, None: leave it) into `target`; roll back on failure.

    Before the first rename the journal (`SWAP_JOURNAL`: the package names, which existed, the
    old lock text) is written into `staging`, and after the lock file the `SWAP_DONE` marker:
    when the run is killed in between, the next run rolls the swap back from the journal
    (`docspecs._runlock.recover_staging`), so generated/ is the old or the new state, never a mix.
    """
    names = [name for api in apis for name in (client_package(api)[0], models_package(api)[0])]
    lock_path = target / LOCK_FILE
    try:
        old_lock = lock_path.read_text(encoding="utf-8") if lock is not None else None
    except FileNotFoundError:
        old_lock = None
    journal = {
        "names": names,
        "existed": [name for name in names if (target / name).exists()],
        # None: this swap leaves the lock file alone, so a roll-back must too
        "lock": LOCK_FILE if lock is not None else None,
        "old_lock": old_lock,
    }
    # written aside and renamed: a run killed while writing it leaves no journal, never half of one
    # (nothing has been swapped yet then, so there is nothing to roll back)
    partial = staging / (SWAP_JOURNAL + ".tmp")
    partial.write_text(json.dumps(journal), encoding="utf-8")
    partial.replace(staging / SWAP_JOURNAL)
    trash = staging / ".old"
    trash.mkdir()
    moved: list[str] = []
    try:
        for name in names:
            if (target / name).exists():
                (target / name).rename(trash / name)
            moved.append(name)
            (staging / name).rename(target / name)
        if lock is not None:
            temporary = lock_path.with_name(lock_path.name + ".tmp")
            temporary.write_text(lock, encoding="utf-8")
            temporary.replace(lock_path)
    except OSError as error:
        for name in reversed(moved):
            if (target / name).exists() and not (staging / name).exists():
                (target / name).rename(staging / name)
            if (trash / name).exists():
                (trash / name).rename(target / name)
        raise DocspecsError(
            f"{target}: could not swap in the generated packages: {error}"
        ) from None
    (staging / SWAP_DONE).touch()
    (staging / SWAP_JOURNAL).unlink()  # first: the staging folder's removal may be cut short
