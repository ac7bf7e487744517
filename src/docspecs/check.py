"""`docspecs check`: is generated/ exactly what the specs, overlays and pinned generators produce?

Two ways, each finding naming a stale file:

- **From the lock** (the default, well under a second whatever the size): every API's input
  digest (spec files, overlays, generator versions, templates, docspecs' generation code) must
  equal the one `generated/.docspecs-lock.json` recorded, and every file of its two packages
  must have the SHA-256 the lock recorded when `docspecs generate` wrote it (a hand edit, a
  missing or an extra file is found without regenerating). An API whose lock entry has no
  output hashes (written by an older docspecs) is checked the full way.
- **Full** (`full=True`, `docspecs check --full`): regenerates every selected API into a scratch
  directory (the same pipeline as `docspecs generate`, reading the same previous versions and
  changelogs) and compares the result with generated/ file by file, then checks the lock as
  above: what to run when the generators' output itself is in doubt (CI's drift check).
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from docspecs._cache import (
    LOCK_FILE,
    LockEntry,
    api_digest,
    output_hashes,
    package_files,
    read_lock,
    shared_digest,
)
from docspecs._errors import DocspecsError
from docspecs._findings import Finding, Level, display_path
from docspecs._project import Project, client_package, models_package

__all__ = ["check"]

RULE = "stale-generated"


def check(project: Project, apis: Sequence[str], *, full: bool = False) -> list[Finding]:
    """One finding per stale, missing or extra file under generated/ for `apis` (all when
    empty), and one per API whose inputs changed since the last `docspecs generate`.

    `full` regenerates to compare (see the module docstring). Raises DocspecsError when a full
    comparison cannot regenerate.
    """
    selected = project.select(apis)
    lock = read_lock(project)
    shared = shared_digest()
    findings: list[Finding] = []
    regenerate = [api for api in selected if full or _outputs(lock, api) is None]
    if regenerate:
        findings += _regenerated_differences(project, regenerate)
    lock_path = display_path(project.generated_dir / LOCK_FILE, project.root)
    for api in selected:
        entry = lock.get(api)
        if entry is None or entry.inputs != api_digest(project, api, shared):
            findings.append(
                Finding(
                    lock_path,
                    f"/apis/{api}",
                    f"stale: {api}'s inputs changed since the last generate; "
                    f"run `docspecs generate {api}`",
                    RULE,
                    Level.ERROR,
                )
            )
        recorded = _outputs(lock, api)
        if recorded is not None and api not in regenerate:
            findings += _hash_differences(project, api, recorded)
    return findings


def _outputs(lock: dict[str, LockEntry], api: str) -> dict[str, str] | None:
    entry = lock.get(api)
    return entry.outputs if entry is not None else None


def _finding(project: Project, api: str, name: str, problem: str) -> Finding:
    hint = f"run `docspecs generate {api}`"
    messages = {
        "missing": f"missing: the generator produces this file; {hint}",
        "extra": f"extra: the generator does not produce this file; {hint}",
        "stale": f"stale: differs from what the generator produces; {hint}",
    }
    shown = display_path(project.generated_dir / name, project.root)
    return Finding(shown, "", messages[problem], RULE, Level.ERROR)


def _hash_differences(project: Project, api: str, recorded: dict[str, str]) -> list[Finding]:
    """The files of `api`'s packages against the hashes the lock recorded."""
    present = output_hashes(project.generated_dir, api)
    findings = []
    for name in sorted(recorded.keys() | present.keys()):
        if name not in present:
            findings.append(_finding(project, api, name, "missing"))
        elif name not in recorded:
            findings.append(_finding(project, api, name, "extra"))
        elif present[name] != recorded[name]:
            findings.append(_finding(project, api, name, "stale"))
    return findings


def _regenerated_differences(project: Project, apis: list[str]) -> list[Finding]:
    """Regenerate `apis` aside and compare every file with generated/ (and the lock's hashes)."""
    from docspecs.generate import generate

    scratch = Path(tempfile.mkdtemp(prefix="docspecs-check-"))
    try:
        report = generate(project, apis, output_dir=scratch, progress=None)
        failures = [r.error for r in report.apis if r.error]
        if failures:
            raise DocspecsError("could not regenerate to compare: " + "; ".join(failures))
        lock = read_lock(project)
        findings: list[Finding] = []
        for api in apis:
            recorded = _outputs(lock, api)
            for dist in (client_package(api)[0], models_package(api)[0]):
                fresh = package_files(scratch / dist)
                committed = package_files(project.generated_dir / dist)
                for name in sorted(fresh.keys() | committed.keys()):
                    key = f"{dist}/{name}"
                    if name not in committed:
                        findings.append(_finding(project, api, key, "missing"))
                    elif name not in fresh:
                        findings.append(_finding(project, api, key, "extra"))
                    elif fresh[name] != committed[name]:
                        findings.append(_finding(project, api, key, "stale"))
                    elif recorded is not None and recorded.get(key) != _sha256(fresh[name]):
                        findings.append(_lock_finding(project, api, key))
        return findings
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _lock_finding(project: Project, api: str, name: str) -> Finding:
    return Finding(
        display_path(project.generated_dir / LOCK_FILE, project.root),
        f"/apis/{api}/outputs",
        f"stale: the hash recorded for {name} is not the file's; run `docspecs generate {api}`",
        RULE,
        Level.ERROR,
    )
