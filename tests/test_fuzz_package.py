"""The shape of `docspecs.fuzz` and of the generic code around it.

- the package's public names are pinned (`__all__`), each module says its one job first;
- no vendor name appears in `src/docspecs` outside `simulator/`: what fuzzing needs to know about
  an API (its token variable, its headers) comes from the document's runtime settings;
- an API the simulator does not serve is skipped with a line saying how to fuzz it.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import docspecs
import docspecs.fuzz
from docspecs import Project
from docspecs._errors import DocspecsError
from docspecs.cli import main
from docspecs.fuzz import fuzz
from docspecs.fuzz._discovery import runtime_settings
from docspecs.simulator import build_app

SRC = Path(docspecs.__file__).parent
FUZZ = SRC / "fuzz"

VENDOR_NAMES = re.compile(
    r"instabase|talonic|ib[-_]context|(?<![.a-z0-9])extend(?![a-z0-9(])", re.IGNORECASE
)
"""The vendors the simulator serves, and Instabase's context header; `.extend(` is a list's."""


def test_all_is_pinned() -> None:
    assert docspecs.fuzz.__all__ == [
        "CASE_TIMEOUT",
        "LIVE_IDS_ENV",
        "LIVE_RATE_LIMIT",
        "MAX_RESPONSE_TIME",
        "MOCK_URL",
        "TOKEN_PLACEHOLDER",
        "FuzzFailure",
        "FuzzResult",
        "OperationStats",
        "fuzz",
    ]
    for name in docspecs.fuzz.__all__:
        assert hasattr(docspecs.fuzz, name), name


def test_every_fuzz_module_states_its_one_job_in_its_first_line() -> None:
    modules = sorted(FUZZ.glob("*.py"))
    assert len(modules) >= 10
    for module in modules:
        docstring = ast.get_docstring(ast.parse(module.read_text()))
        assert docstring, module.name
        first = docstring.splitlines()[0]
        assert first.endswith(".") and len(first) <= 96, (module.name, first)
    package = ast.get_docstring(ast.parse((FUZZ / "__init__.py").read_text())) or ""
    for module in modules:
        if module.name != "__init__.py":
            assert f"`{module.stem}`" in package, f"{module.stem} is not in the package docstring"


def test_no_vendor_name_in_generic_code() -> None:
    found = []
    for path in sorted(SRC.rglob("*")):
        if not path.is_file() or "simulator" in path.relative_to(SRC).parts:
            continue
        if path.suffix not in (".py", ".jinja", ".jinja2", ".md", ".toml", ".yaml"):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if VENDOR_NAMES.search(line):
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert found == [], "\n".join(found)


def test_the_vendor_name_pattern_finds_what_it_should() -> None:
    for text in ("INSTABASE_API_TOKEN", "talonic", "IB-Context", "EXTEND_API_TOKEN", "extend"):
        assert VENDOR_NAMES.search(text), text
    for text in ("items.extend(more)", "extends", "extended"):
        assert not VENDOR_NAMES.search(text), text


# -- runtime settings from the overlays -----------------------------------------------------------

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Acme", "version": "1.0.0"},
    "servers": [{"url": "https://api.acme.example"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/things/{thing_id}": {
            "get": {
                "operationId": "get_thing",
                "parameters": [
                    {
                        "name": "thing_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": {"description": "A thing."}},
            }
        }
    },
    "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
}

RUNTIME = {
    "overlay": "1.0.0",
    "info": {"title": "Acme client runtime settings", "version": "1.0.0"},
    "actions": [
        {
            "target": "$",
            "description": "Token and tenant header from the environment.",
            "update": {
                "x-docspecs-client": {
                    "token-env": "ACME_SECRET_KEY",
                    "headers": {"X-Acme-Tenant": {"env": "ACME_TENANT", "default": "main"}},
                }
            },
        }
    ],
}


def _project(tmp_path: Path, runtime: dict[str, Any] | None = RUNTIME) -> Project:
    (tmp_path / "specs" / "acme").mkdir(parents=True)
    (tmp_path / "specs" / "acme" / "openapi.yaml").write_text(yaml.safe_dump(SPEC))
    if runtime is not None:
        (tmp_path / "overlays" / "acme").mkdir(parents=True)
        (tmp_path / "overlays" / "acme" / "90-client-runtime.yaml").write_text(
            yaml.safe_dump(runtime)
        )
    return Project(tmp_path)


def test_live_token_and_headers_come_from_the_runtime_settings(tmp_path: Path) -> None:
    project = _project(tmp_path)
    settings = runtime_settings(project, "acme", SPEC)
    assert settings.token_env == "ACME_SECRET_KEY"
    assert dict(settings.header_env) == {"X-Acme-Tenant": "ACME_TENANT"}
    result = fuzz(project, ["acme"], live=True, env={})
    assert result.skipped == (
        "acme: not fuzzed: set ACME_SECRET_KEY (and DOCSPECS_LIVE_IDS) to fuzz it",
    )


def test_without_runtime_settings_the_token_variable_follows_the_api_name(tmp_path: Path) -> None:
    project = _project(tmp_path, runtime=None)
    settings = runtime_settings(project, "acme", SPEC)
    assert (settings.token_env, dict(settings.header_env)) == ("ACME_API_TOKEN", {})


@pytest.mark.parametrize(
    ("settings", "where"),
    [
        ("not an object", "overlays/acme: /x-docspecs-client: "),
        ({"token-env": 7}, "overlays/acme: /x-docspecs-client/token-env: "),
        ({"headers": ["X"]}, "overlays/acme: /x-docspecs-client/headers: "),
        ({"headers": {"X-A/B": {"env": ""}}}, "/x-docspecs-client/headers/X-A~1B/env: "),
    ],
)
def test_malformed_runtime_settings_are_errors_naming_the_pointer(
    tmp_path: Path, settings: Any, where: str
) -> None:
    runtime = {**RUNTIME, "actions": [{**RUNTIME["actions"][0]}]}
    runtime["actions"][0]["update"] = {"x-docspecs-client": settings}
    project = _project(tmp_path, runtime)
    with pytest.raises(DocspecsError, match=re.escape(where)):
        fuzz(project, ["acme"], live=True, env={})


# -- an API the simulator does not serve ---------------------------------------------------------


def test_an_api_without_a_simulator_vendor_is_skipped_with_how_to_fuzz_it(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = fuzz(project, ["acme"], app=build_app(), max_examples=1)
    assert result.operations == ()
    (line,) = result.skipped
    assert line.startswith("acme: not fuzzed: the simulator has no acme vendor (it serves ")
    assert "`docspecs fuzz acme --base-url URL`" in line


def test_fuzz_with_no_api_named_fuzzes_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A project with a spec the simulator serves (the Talonic one, copied) and one it does not.
    project = _project(tmp_path)
    repository = Path(__file__).resolve().parents[1]
    shutil.copytree(repository / "specs" / "talonic", tmp_path / "specs" / "talonic")
    code = main(["--root", str(project.root), "fuzz", "--max-examples", "1"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "skipped: acme: not fuzzed: the simulator has no acme vendor" in out
    assert re.search(r"^talonic +get_job_results +\d+", out, re.MULTILINE), out


def _imports(module: Path, package: str) -> set[str]:
    """The `docspecs` modules `module` imports (a `from X import name` of a submodule counts as
    that submodule)."""
    found = set()
    for node in ast.walk(ast.parse(module.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package):
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            found.update(names if any(_module_path(n) for n in names) else [node.module])
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith(package))
    return {name for name in found if _module_path(name)}


def _module_path(name: str) -> Path | None:
    relative = Path(*name.split(".")[1:])
    for candidate in (SRC / relative.with_suffix(".py"), SRC / relative / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


@pytest.mark.parametrize("package", ["docspecs.fuzz", "docspecs.simulator"])
def test_no_import_cycle_inside_the_package(package: str) -> None:
    folder = SRC / package.split(".")[1]
    graph = {}
    for path in folder.glob("*.py"):
        name = package if path.stem == "__init__" else f"{package}.{path.stem}"
        graph[name] = {m for m in _imports(path, package) if m != name and m != package}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cyclic = sorted(name for name in graph if reaches(name, name, {name}))
    assert cyclic == [], cyclic
