"""`docspecs check`: is generated/ exactly what the specs, overlays and pinned generators produce?

Regenerates every selected API into a scratch directory (the same pipeline as `docspecs
generate`, reading the same previous versions and changelogs) and compares the result with
generated/ file by file. Each difference is a finding naming the stale file; the lock file is
stale when any API's inputs changed since the last `docspecs generate`, even if the output did not.
CI runs this (tests/test_generate.py) as the drift check.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from docspecs._cache import LOCK_FILE, api_digest, package_files, read_lock, shared_digest
from docspecs._errors import DocspecsError
from docspecs._findings import Finding, Level, display_path
from docspecs._project import Project, client_package, models_package

__all__ = ["check"]

RULE = "stale-generated"


def check(project: Project, apis: Sequence[str]) -> list[Finding]:
    """One finding per stale, missing or extra file under generated/ for `apis` (all when empty)."""
    from docspecs.generate import generate

    selected = project.select(apis)
    scratch = Path(tempfile.mkdtemp(prefix="docspecs-check-"))
    try:
        report = generate(project, selected, output_dir=scratch, progress=None)
        failures = [r.error for r in report.apis if r.error]
        if failures:
            raise DocspecsError("could not regenerate to compare: " + "; ".join(failures))
        findings: list[Finding] = []
        for api in selected:
            hint = f"run `docspecs generate {api}`"
            for dist in (client_package(api)[0], models_package(api)[0]):
                fresh = package_files(scratch / dist)
                committed = package_files(project.generated_dir / dist)
                for name in sorted(fresh.keys() | committed.keys()):
                    shown = display_path(project.generated_dir / dist / name, project.root)
                    if name not in committed:
                        message = f"missing: the generator produces this file; {hint}"
                    elif name not in fresh:
                        message = f"extra: the generator does not produce this file; {hint}"
                    elif fresh[name] != committed[name]:
                        message = f"stale: differs from what the generator produces; {hint}"
                    else:
                        continue
                    findings.append(Finding(shown, "", message, RULE, Level.ERROR))
        lock = read_lock(project)
        shared = shared_digest()
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
        return findings
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
