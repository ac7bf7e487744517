"""The CI workflow a team copies: valid for actionlint, and made only of nox sessions that exist.

The workflow calls nox sessions, so each job runs the same way on a laptop; these tests keep the
workflow, the noxfile and the README's Quick start from drifting apart.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "ci.yml"


def workflow() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text())
    return data


def run_lines(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def nox_sessions() -> set[str]:
    tree = ast.parse((REPO_ROOT / "noxfile.py").read_text())
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("nox.session" in ast.unparse(d) for d in node.decorator_list)
    }


def actionlint(*files: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).parent / "actionlint"
    assert executable.exists(), "actionlint is a dev dependency: pip install -e '.[dev]'"
    command = [str(executable), "-no-color", *files]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_actionlint_passes_the_workflows() -> None:
    files = sorted(str(p) for p in (REPO_ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert files
    done = actionlint(*files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The check is live: an undefined job in `needs` and a bad expression are reported."""
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text().replace("needs: apis", "needs: no-such-job")
    broken.write_text(text.replace("${{ matrix.api }}", "${{ matrix.no_such_key }}"))
    done = actionlint(str(broken))
    assert done.returncode == 1
    assert "no-such-job" in done.stdout and "no_such_key" in done.stdout


def test_every_job_runs_nox_sessions_that_exist() -> None:
    sessions = nox_sessions()
    called: dict[str, list[str]] = {}
    for name, job in workflow()["jobs"].items():
        called[name] = [
            m[1] for line in run_lines(job) for m in re.finditer(r"\bnox -s (\w+)", line)
        ]
        assert set(called[name]) <= sessions, f"job {name} calls a session the noxfile lacks"
    assert called == {
        "lint": ["lint"],
        "check": ["check"],
        "diff": ["diff"],
        "apis": [],
        "fuzz": ["fuzz"],
        "tests": ["tests"],
        "docs": ["docs"],
        "dist": ["dist"],
    }


def test_diff_gates_pull_requests_on_their_target_branch() -> None:
    job = workflow()["jobs"]["diff"]
    assert job["if"] == "github.event_name == 'pull_request'"
    assert job["steps"][0]["with"]["fetch-depth"] == 0  # the target branch must be there
    assert any('nox -s diff -- "origin/$BASE_REF"' in line for line in run_lines(job))
    noxfile = (REPO_ROOT / "noxfile.py").read_text()
    assert '"--fail-on-breaking"' in noxfile and "GITHUB_STEP_SUMMARY" in noxfile


def test_fuzz_is_one_job_per_api_each_uploading_its_junit_report() -> None:
    jobs = workflow()["jobs"]
    matrix = jobs["fuzz"]["strategy"]["matrix"]
    assert matrix["api"] == "${{ fromJSON(needs.apis.outputs.apis) }}"
    # the list the apis job prints, computed here the same way
    script = next(iter(run_lines(jobs["apis"])))
    code = re.search(r"python3 -c '(.*)' >>", script, flags=re.S)
    assert code
    done = subprocess.run(
        [sys.executable, "-c", code[1]], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    apis = sorted(p.parent.name for p in (REPO_ROOT / "specs").glob("*/openapi.yaml"))
    assert done.stdout.strip() == "apis=" + str(apis).replace("'", '"')
    steps = jobs["fuzz"]["steps"]
    fuzz = next(s for s in steps if "nox -s fuzz" in s.get("run", ""))
    assert '--junit-xml "build/junit/fuzz-$API.xml"' in fuzz["run"]
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["if"] == "always()"
    assert upload["with"]["path"] == "build/junit/fuzz-${{ matrix.api }}.xml"


def test_jobs_install_the_nox_the_readme_pins() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    pinned = re.search(r"pip install -q (nox==\S+ uv==\S+)", readme)
    assert pinned, "README's Quick start pins nox and uv"
    for name, job in workflow()["jobs"].items():
        for line in run_lines(job):
            if "pip install" in line:
                assert line == f"python -m pip install {pinned[1]}", name
