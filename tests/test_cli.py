"""`docspecs lint` as a user sees it: exact output (pinned by snapshots) and exit codes.

A snapshot is the committed expected text in tests/snapshots/. When a change to what users see is
intended, rerun with `DOCSPECS_UPDATE_SNAPSHOTS=1 pytest tests/test_cli.py` and review the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from docspecs import Project
from docspecs.cli import main
from docspecs.lint import RULES

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
SNAPSHOTS = REPO_ROOT / "tests" / "snapshots"


def assert_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("DOCSPECS_UPDATE_SNAPSHOTS"):
        path.write_text(text)
    assert path.exists(), f"no snapshot {path}; create it with DOCSPECS_UPDATE_SNAPSHOTS=1"
    assert text == path.read_text()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lint_broken_specs_prints_one_line_per_problem_and_exits_1(
    capsys: pytest.CaptureFixture[str], project_from: Callable[..., Project]
) -> None:
    """The three failures a new user tries first: a broken $ref, a missing description, and an
    example that does not match its schema (plus a clean spec, which is not mentioned)."""
    cases = ["ref-local-broken", "property-no-description", "example-file-invalid"]
    project = project_from(
        *(FIXTURES / "invalid" / c for c in cases), FIXTURES / "valid" / "minimal"
    )
    code, out, err = run(capsys, "--root", str(project.root), "lint")
    assert code == 1
    assert_snapshot("lint-broken.txt", f"$ docspecs lint\n--- stdout\n{out}--- stderr\n{err}")


def test_lint_named_apis_only(
    capsys: pytest.CaptureFixture[str], project_from: Callable[..., Project]
) -> None:
    project = project_from(
        FIXTURES / "invalid" / "operation-no-tags", FIXTURES / "valid" / "minimal"
    )
    assert run(capsys, "--root", str(project.root), "lint", "minimal") == (0, "", "1 spec OK\n")
    code, out, err = run(capsys, "--root", str(project.root), "lint", "operation-no-tags")
    assert (code, err) == (1, "1 problem in 1 spec\n")
    assert out == (
        "specs/operation-no-tags/openapi.yaml: /paths/~1runs~1{run_id}/get: "
        "[operation-tags] operation has no tags\n"
    )


def test_lint_unknown_api_exits_2_naming_it(
    capsys: pytest.CaptureFixture[str], project_from: Callable[..., Project]
) -> None:
    project = project_from(FIXTURES / "valid" / "minimal")
    code, out, err = run(capsys, "--root", str(project.root), "lint", "minimal", "nope")
    assert (code, out) == (2, "")
    assert err == (
        "docspecs: error: unknown API 'nope': expected one of minimal "
        f"(a folder under {project.root / 'specs'} with an openapi.yaml)\n"
    )


def test_lint_unreadable_yaml_is_a_problem_not_a_crash(
    capsys: pytest.CaptureFixture[str], project_from: Callable[..., Project]
) -> None:
    project = project_from(FIXTURES / "invalid" / "yaml-syntax-error")
    code, out, err = run(capsys, "--root", str(project.root), "lint")
    assert (code, err) == (1, "1 problem in 1 spec\n")
    assert out.startswith("specs/yaml-syntax-error/openapi.yaml: /: [spec-valid] line 4, column 10")


def test_lint_rules_prints_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--root", str(REPO_ROOT), "lint", "--rules")
    assert (code, err) == (0, "")
    assert [line for line in out.splitlines() if not line.startswith(" ")] == [r.id for r in RULES]
    assert_snapshot("lint-rules.txt", out)


def test_lint_passes_on_the_real_specs(capsys: pytest.CaptureFixture[str]) -> None:
    apis = Project(REPO_ROOT).apis()
    code, out, err = run(capsys, "--root", str(REPO_ROOT), "lint")
    assert (code, out, err) == (0, "", f"{len(apis)} specs OK\n")


def test_the_installed_command_exits_2_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "docspecs", "--root", str(tmp_path), "lint", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("docspecs: error: unknown API 'nope'")
