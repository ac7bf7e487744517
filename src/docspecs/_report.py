"""How each pipeline step's result is shown: printed lines, and the exit code they amount to.

Shared by `cli` (one command, one step) and `build` (every step in order), so a step reads the
same whichever way it was run. Exit codes: 0 all good, 1 problems found, 2 could not run.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from docspecs._findings import Finding, Level, display_path, has_errors
from docspecs._project import SETTINGS_FILE, Project


def print_findings(findings: Sequence[Finding]) -> int:
    """One line per finding on stdout, `file: /pointer: message`; 1 when any is an error."""
    for finding in sorted(findings):
        print(finding)
    return 1 if has_errors(findings) else 0


def report_lint(project: Project, apis: Sequence[str]) -> int:
    """Lint `apis` (all when empty): one line per problem on stdout, a summary line on stderr
    (with the count of notes and of findings each API's `[lint] disable` suppressed, by rule)."""
    from docspecs.lint import lint_report

    selected = project.select(apis)
    report = lint_report(project, selected)
    findings = report.findings
    code = print_findings(findings)
    problems = [f for f in findings if f.level > Level.INFO]  # INFO: a note (a 3.0 conversion)
    if problems:
        # a problem in an API's spec folder or in its overlays counts against that API
        bad = sum(
            any(f.file.startswith(_api_dirs(project, api)) for f in problems) for api in selected
        )
        summary = f"{_count(len(problems), 'problem')} in {_count(bad, 'spec')}"
    else:
        summary = f"{_count(len(selected), 'spec')} OK"
    notes = []
    if len(problems) < len(findings):
        notes.append(_count(len(findings) - len(problems), "note"))
    if report.suppressed:  # never silent: say how many the settings turned off, and which
        by_rule = ", ".join(f"{rule} {n}" for rule, n in sorted(report.suppressed.items()))
        total = sum(report.suppressed.values())
        where = f"{display_path(project.overlays_dir, project.root)}/<api>/{SETTINGS_FILE}"
        notes.append(f"{total} suppressed by [lint] disable in {where}: {by_rule}")
    if notes:
        summary += f" ({'; '.join(notes)})"
    print(summary, file=sys.stderr)
    return code


def _api_dirs(project: Project, api: str) -> tuple[str, str]:
    """`specs/<api>/` and `overlays/<api>/` as findings show them."""
    return (
        display_path(project.specs_dir / api, project.root) + "/",
        display_path(project.overlays_dir / api, project.root) + "/",
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def report_generate(project: Project, apis: Sequence[str], **options: Any) -> int:
    """Regenerate `apis` (`options` go to `docspecs.generate.generate`): progress lines as each
    step ends, the summary table on stdout, each failed API's error on stderr."""
    from docspecs.generate import generate

    report = generate(project, apis, **options)
    print(report.table(), flush=True)
    for failed in report.apis:
        if failed.error:
            print(f"docspecs: error: {failed.error}", file=sys.stderr)
    return 0 if report.ok else 1


def report_fuzz(project: Project, apis: Sequence[str], **options: Any) -> int:
    """Fuzz `apis` (all when empty; `options` go to `docspecs.fuzz.fuzz`) and print the outcome.

    Progress on stderr; on stdout the skipped APIs, the per-operation table, each failure with
    its curl command, each error, and a summary line. 0 all passed, 1 a check failed or
    schemathesis could not test something, 2 nothing could be fuzzed.
    """
    from docspecs.fuzz import fuzz

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    result = fuzz(project, apis, progress=progress, **options)
    for reason in result.skipped:
        print(f"skipped: {reason}")
    if result.operations:
        print(result.table())
    for failure in result.failures:
        print(f"\nFAILED {failure}")
    for error in result.errors:
        print(f"\nERROR {error}")
    print(result.summary(), flush=True)
    if not result.operations:
        if options.get("shard") is not None:
            print("fuzz: this shard has no operations (there are fewer operations than shards)")
            return 0
        if options.get("live") and result.skipped:
            # No credentials for any vendor: a clean skip, as the live tests do.
            return 0
        print("docspecs: error: nothing was fuzzed (see the skipped lines above)", file=sys.stderr)
        return 2
    return 0 if result.ok else 1
