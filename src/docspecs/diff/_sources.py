"""The two documents `docspecs diff` compares, for each API.

Revision: the working tree's `specs/<api>/openapi.yaml` as `docspecs.document` makes it for the
generators (overlays applied, 3.0 converted to 3.1): what `docspecs generate` would hand them.

Base, by default: `generated/<api>-client/openapi.json`, the generator-ready document of the last
generation (what the published packages were built from). With a git revision: `specs/<api>` and
`overlays/<api>` as they were at that revision, extracted with `git archive` into a temporary
directory, bundled and overlaid the same way.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docspecs._errors import DocspecsError
from docspecs._findings import display_path
from docspecs._project import Project, client_package
from docspecs.diff._compare import compare
from docspecs.diff._rules import Change

BASELINE = "openapi.json"


@dataclass(frozen=True)
class ApiDiff:
    """The comparison of one API: `changes` is None when there was no base to compare with."""

    api: str
    base: str  # what the base was, for people: a file or `<rev> (git)`
    changes: list[Change] | None
    note: str = ""


def generator_ready(project: Project, api: str) -> dict[str, Any]:
    """`specs/<api>/openapi.yaml` of `project` as `docspecs generate` hands it to the generators
    (`docspecs.document.generator_ready`: pre-bundle overlays, bundled, 3.0 converted to 3.1,
    overlays applied, parameter descriptions copied into their schemas); as JSON data."""
    from docspecs.document import generator_ready as pipeline

    document = pipeline(project, api).document
    # the same JSON data model as the baseline file (YAML may hold dates, tuples, ...)
    data: dict[str, Any] = json.loads(json.dumps(document, default=str))
    return data


def baseline_path(project: Project, api: str) -> Path:
    return project.generated_dir / client_package(api)[0] / BASELINE


def diff_project(project: Project, apis: Sequence[str], base: str | None = None) -> list[ApiDiff]:
    """Compare every selected API's working tree with its base (default: the generated baseline)."""
    selected = project.select(apis)
    if base is None:
        missing = [baseline_path(project, api) for api in selected]
        missing = [path for path in missing if not path.is_file()]
        if missing:
            shown = ", ".join(display_path(path, project.root) for path in missing)
            raise DocspecsError(
                f"no baseline to compare with: {shown} does not exist; run `docspecs generate` "
                "first, or compare with a git revision: `docspecs diff --base HEAD`"
            )
        return [_against_baseline(project, api) for api in selected]
    with tempfile.TemporaryDirectory(prefix="docspecs-diff-") as tmp:
        commit = _extract(project, selected, base, Path(tmp))
        old = Project(Path(tmp))
        results = []
        for api in selected:
            shown = f"{base} ({commit[:12]})"
            if not old.spec_path(api).is_file():
                note = f"specs/{api}/openapi.yaml does not exist at {base}: nothing to compare"
                results.append(ApiDiff(api, shown, None, note))
                continue
            try:
                before = generator_ready(old, api)
            except DocspecsError as error:
                raise DocspecsError(f"{api} at {base}: {error}") from None
            changes = _compare(api, shown, before, generator_ready(project, api))
            results.append(ApiDiff(api, shown, changes))
        return results


def _against_baseline(project: Project, api: str) -> ApiDiff:
    path = baseline_path(project, api)
    shown = display_path(path, project.root)
    try:
        base = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DocspecsError(f"{shown}: cannot read the baseline: {error}") from error
    if not isinstance(base, dict):
        raise DocspecsError(f"{shown}: the baseline is not an OpenAPI document (a JSON object)")
    return ApiDiff(api, shown, _compare(api, shown, base, generator_ready(project, api)))


def _compare(api: str, shown: str, base: dict[str, Any], revision: dict[str, Any]) -> list[Any]:
    """`compare`, its errors naming the API and what was compared."""
    try:
        return compare(base, revision, api=api)
    except DocspecsError as error:
        raise DocspecsError(f"{api} (base {shown}, revision the working tree): {error}") from None


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, check=False)
    except OSError as error:
        raise DocspecsError(f"--base needs git: {error}") from error
    if done.returncode:
        message = done.stderr.decode(errors="replace").strip()
        raise DocspecsError(f"git {' '.join(args[:2])} failed: {message}")
    return done.stdout


def _extract(project: Project, apis: Sequence[str], rev: str, into: Path) -> str:
    """Write `specs/<api>` and `overlays/<api>` as they were at `rev` under `into`; the commit."""
    try:
        top = Path(_git(project.root, "rev-parse", "--show-toplevel").decode().strip())
    except DocspecsError as error:
        message = f"--base {rev!r} needs {project.root} in a git repository: {error}"
        raise DocspecsError(message) from None

    try:
        commit = _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except DocspecsError:
        raise DocspecsError(
            f"--base {rev!r}: not a commit of the git repository at {top}"
        ) from None
    sha = commit.decode().strip()
    # paths inside the project folder, which may be a sub-folder of the repository
    tree = f"{sha}:{_git(project.root, 'rev-parse', '--show-prefix').decode().strip()}"
    wanted = [f"{part}/{api}" for api in apis for part in ("specs", "overlays")]
    listed = _git(top, "ls-tree", "-z", "--name-only", tree, "--", *wanted).decode()
    present = [name for name in listed.split("\0") if name]
    if present:
        archive = _git(top, "archive", "--format=tar", tree, "--", *present)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(into, filter=_inside)
    return sha


def _inside(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    """tarfile's `data` filter, but a member it refuses (a symlink out of the folder, as a spec
    may have committed) is left out instead of raising: the bundler refuses to read it anyway,
    and says so naming the ref."""
    try:
        return tarfile.data_filter(member, dest)
    except tarfile.FilterError:
        return None
