"""`docspecs diff`: classify every change between two OpenAPI documents for consumers of the
generated packages, and turn the result into a semver bump, a changelog entry and a report.

    compare(base, revision, api=None)  -> list[Change]  (rules: `RULES`, one table in `_rules`)
    semver_bump(changes)               -> "major" | "minor" | "patch" | "none"
    bump_version(version, bump)        -> str
    changelog_entry(version, changes)  -> str  (a markdown `## <version>` section)
    render_report(api, changes)        -> str
    rules_table()                      -> str  (`docspecs diff --rules`)
    diff_project(project, apis, base)  -> list[ApiDiff]  (what `docspecs diff` runs)
    generator_ready(project, api)      -> dict  (a spec bundled, its overlays applied)
"""

from __future__ import annotations

from docspecs.diff._compare import compare
from docspecs.diff._report import (
    bump_version,
    changelog_entry,
    render_report,
    rules_table,
    semver_bump,
)
from docspecs.diff._rules import RULES, Bump, Change, Direction, Rule
from docspecs.diff._sources import ApiDiff, diff_project, generator_ready

__all__ = [
    "RULES",
    "ApiDiff",
    "Bump",
    "Change",
    "Direction",
    "Rule",
    "bump_version",
    "changelog_entry",
    "compare",
    "diff_project",
    "generator_ready",
    "render_report",
    "rules_table",
    "semver_bump",
]
