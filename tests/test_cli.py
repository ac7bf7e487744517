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

from docspecs import Finding, Project
from docspecs._findings import Level
from docspecs._report import print_findings
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


@pytest.mark.parametrize("command", ["lint", "check", "generate", "diff"])
def test_a_root_without_specs_exits_2_instead_of_checking_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    missing = tmp_path / "nowhere"
    code, out, err = run(capsys, "--root", str(missing), command)
    assert (code, out) == (2, "")
    assert err == (
        f"docspecs: error: --root {missing}: not a docspecs project (no specs/ folder in it); "
        "pass the repository's top folder\n"
    )


@pytest.mark.parametrize("command", ["lint", "check", "generate", "diff"])
def test_a_specs_folder_with_no_api_exits_2_instead_of_checking_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    """Also when found from the cwd: a folder under some unrelated `specs/` is not a project."""
    (tmp_path / "specs" / "notes").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "specs" / "notes")
    code, out, err = run(capsys, command)
    assert (code, out) == (2, "")
    assert err == (
        f"docspecs: error: {tmp_path.resolve() / 'specs'}: no <api>/openapi.yaml found; is "
        f"{tmp_path.resolve()} the docspecs project? (run from the repository or pass --root)\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["mock", "--port", "-1"],
            "argument --port: -1 is not a port: use 0 (any free port) to 65535",
        ),
        (
            ["mock", "--port", "70000"],
            "argument --port: 70000 is not a port: use 0 (any free port) to 65535",
        ),
        (["mock", "--port", "http"], "argument --port: not a port number: 'http'"),
        (["generate", "--jobs", "0"], "argument --jobs: must be at least 1, got 0"),
        (["generate", "--jobs", "-1"], "argument --jobs: must be at least 1, got -1"),
    ],
)
def test_out_of_range_numbers_are_argument_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--root", str(tmp_path), *argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith(f"docspecs {argv[0]}: error: {message}\n")
    assert "Traceback" not in err


def test_print_findings_exits_1_only_for_errors(capsys: pytest.CaptureFixture[str]) -> None:
    warning = Finding("a.yaml", "/x", "[r] looks odd", "r", Level.WARNING)
    error = Finding("a.yaml", "/y", "[r] broken", "r")
    assert print_findings([warning]) == 0
    assert print_findings([error, warning]) == 1
    assert capsys.readouterr().out == (
        "a.yaml: /x: [r] looks odd\na.yaml: /x: [r] looks odd\na.yaml: /y: [r] broken\n"
    )


def test_lint_says_how_many_findings_the_lint_config_suppressed(
    capsys: pytest.CaptureFixture[str], project_from: Callable[..., Project]
) -> None:
    project = project_from(FIXTURES / "invalid" / "property-no-description")
    settings = project.overlays_dir / "property-no-description" / "generator-settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('[lint]\ndisable = ["property-description"]\n')
    code, out, err = run(capsys, "--root", str(project.root), "lint")
    assert (code, out) == (0, "")
    assert err == (
        "1 spec OK (4 suppressed by [lint] disable in overlays/<api>/generator-settings.toml: "
        "property-description 4)\n"
    )


def test_lint_refuses_a_config_disabling_a_guarding_rule_with_exit_1(
    capsys: pytest.CaptureFixture[str], project_from: Callable[..., Project]
) -> None:
    project = project_from(FIXTURES / "valid" / "minimal")
    settings = project.overlays_dir / "minimal" / "generator-settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('[lint]\ndisable = ["spec-valid"]\n')
    code, out, err = run(capsys, "--root", str(project.root), "lint")
    assert (code, err) == (1, "1 problem in 1 spec\n")
    assert out.startswith(
        "overlays/minimal/generator-settings.toml: /lint/disable/0: [settings-valid] Value error, "
        "rule 'spec-valid' guards generation or safety and cannot be disabled; only the style "
        "rules can: example-referenced, "
    )
