"""From classified changes to what people read: the semver verdict, a changelog entry, a report."""

from __future__ import annotations

import re
from collections.abc import Iterable

from docspecs._errors import DocspecsError
from docspecs._findings import Level
from docspecs.diff._rules import BUMP_ORDER, RULES, Bump, Change

_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")

SECTIONS = ("Breaking", "Added", "Changed", "Documentation")
_LEVEL_NAMES = {Level.ERROR: "breaking", Level.WARNING: "warning", Level.INFO: "info"}


def semver_bump(changes: Iterable[Change]) -> Bump:
    """The semver verdict: the highest bump the rules of `changes` ask for ("none" for none).

    Any breaking change (ERROR level) asks for `major`; additions and other compatible changes
    for `minor`; documentation only (descriptions, summaries, examples) for `patch`.
    """
    bumps = [RULES[c.rule_id].bump for c in changes]
    return max(bumps, key=BUMP_ORDER.index, default="none")


def bump_version(version: str, bump: Bump) -> str:
    """`version` (MAJOR.MINOR.PATCH) raised by `bump`; lower parts reset to 0."""
    match = _VERSION.match(version)
    if not match:
        raise DocspecsError(f"version {version!r} is not MAJOR.MINOR.PATCH (e.g. 1.4.2)")
    if bump not in BUMP_ORDER:
        raise DocspecsError(f"bump {bump!r} is not one of {', '.join(BUMP_ORDER)}")
    major, minor, patch = (int(part) for part in match.groups())
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def section(change: Change) -> str:
    """The changelog section a change belongs in."""
    rule = RULES[change.rule_id]
    if rule.level is Level.ERROR:
        return "Breaking"
    if rule.bump == "patch":
        return "Documentation"
    if rule.action == "add":
        return "Added"
    return "Changed"


def _ordered(changes: Iterable[Change]) -> list[Change]:
    return sorted(set(changes), key=Change.sort_key)


def changelog_entry(version: str, changes: Iterable[Change]) -> str:
    """A markdown `## <version>` section, its changes under Breaking / Added / Changed /
    Documentation (empty sections left out). Deterministic: no dates, changes sorted."""
    ordered = _ordered(changes)
    lines = [f"## {version}", ""]
    if not ordered:
        lines += ["No changes to the API description.", ""]
    for name in SECTIONS:
        entries = [c for c in ordered if section(c) == name]
        if not entries:
            continue
        lines += [f"### {name}", ""]
        lines += [f"- {c.message} (`{c.rule_id}` at `{c.location or '/'}`)" for c in entries]
        lines.append("")
    return "\n".join(lines)


def render_report(api: str, changes: Iterable[Change]) -> str:
    """The human report for one API: one line per change, most severe first, then the verdict."""
    ordered = sorted(_ordered(changes), key=lambda c: -c.level)
    counts = {level: sum(1 for c in ordered if c.level is level) for level in Level}
    bump = semver_bump(ordered)
    lines = [f"{api}:"]
    if not ordered:
        lines.append("  no changes")
    for c in ordered:
        lines.append(f"  {_LEVEL_NAMES[c.level]:<8} {c.rule_id}")
        lines.append(f"           {c.location or '/'}: {c.message}")
    summary = ", ".join(
        f"{counts[level]} {_LEVEL_NAMES[level]}" for level in sorted(Level, reverse=True)
    )
    verdict = "breaking" if counts[Level.ERROR] else "not breaking"
    lines.append(f"  verdict: {verdict} ({summary}); semver bump: {bump}")
    return "\n".join(lines) + "\n"


def rules_table() -> str:
    """Every rule, one line each: id, level, direction, area, action, bump, message template."""
    header = ("rule", "level", "direction", "area", "action", "bump", "message")
    rows = [header] + [
        (r.id, _LEVEL_NAMES[r.level], r.direction, r.area, r.action, r.bump, r.message)
        for r in RULES.values()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + row[-1]
        + "\n"
        for row in rows
    )
