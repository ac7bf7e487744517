"""The generated attrs models (client package) on a tiny spec whose schemas refer to each other in
a cycle: they import in any order, parse and serialise nested bodies unchanged, keep what the
vendor adds, import the models they refer to once per module (not on every `from_dict` or
`to_dict` call: that dominated parsing large bodies) and stay ruff and mypy --strict clean.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from docspecs import Project
from docspecs.generate import generate

# Folder -> Entry -> Folder (a cycle), Folder -> Folder (self reference), Entry.link a union of
# both models and a string, Folder.index an open map of Entry values: every way one generated
# model refers to another at run time.
SPEC = """\
openapi: 3.1.0
info:
  title: Cycle API
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /folders/{id}:
    get:
      operationId: get_folder
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: string}
      responses:
        '200':
          description: The folder.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Folder'}
components:
  schemas:
    Folder:
      type: object
      required: [name]
      properties:
        name: {type: string}
        parent: {$ref: '#/components/schemas/Folder'}
        entries:
          type: array
          items: {$ref: '#/components/schemas/Entry'}
        index: {$ref: '#/components/schemas/Index'}
    Entry:
      type: object
      properties:
        title: {type: string}
        folder: {$ref: '#/components/schemas/Folder'}
        link:
          oneOf:
            - {$ref: '#/components/schemas/Folder'}
            - {$ref: '#/components/schemas/Entry'}
            - {type: string}
    Index:
      type: object
      additionalProperties: {$ref: '#/components/schemas/Entry'}
"""

BODY = {
    "name": "root",
    "parent": {"name": "above", "addedLater": {"nested": [1, 2]}},
    "entries": [
        {"title": "a", "folder": {"name": "inner", "entries": [{"title": "deep"}]}},
        {"title": "b", "link": {"name": "linked folder"}},
        {"title": "c", "link": {"title": "linked entry", "link": "plain string"}},
        {"title": "d", "link": "https://example.com/d"},
    ],
    "index": {"first": {"title": "indexed", "folder": {"name": "from the index"}}},
    "unknownTopLevel": True,
}

CHECK = """
import importlib, json, sys
first = sys.argv[1]
importlib.import_module(f"cycle_client.models.{first}")  # this module first: the cycle's other end
from cycle_client.models import Entry, Folder, Index
body = json.loads(sys.argv[2])
folder = Folder.from_dict(body)
assert folder.to_dict() == body, folder.to_dict()
assert isinstance(folder.parent, Folder) and folder.parent["addedLater"] == {"nested": [1, 2]}
assert folder["unknownTopLevel"] is True
a, b, c, d = folder.entries
assert isinstance(a, Entry) and isinstance(a.folder, Folder)
assert isinstance(a.folder.entries[0], Entry)
assert isinstance(b.link, Folder) and b.link.name == "linked folder"
assert isinstance(c.link, Entry) and c.link.link == "plain string"
assert d.link == "https://example.com/d"
assert isinstance(folder.index, Index) and isinstance(folder.index["first"], Entry)
assert isinstance(folder.index["first"].folder, Folder)
print("ok")
"""


@pytest.fixture(scope="module")
def client_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cycle")
    (root / "specs" / "cycle").mkdir(parents=True)
    (root / "specs" / "cycle" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    project = Project(root)
    report = generate(project, [], progress=None)
    assert report.ok, report.apis
    return project.generated_dir / "cycle-client"


def _run(client_dir: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(client_dir))
    return subprocess.run(
        [sys.executable, *command], env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("first", ["folder", "entry", "index"])
def test_models_in_a_cycle_import_in_any_order_and_round_trip(client_dir: Path, first: str) -> None:
    result = _run(client_dir, "-c", textwrap.dedent(CHECK), first, json.dumps(BODY))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_models_import_what_they_refer_to_once_per_module_not_per_call(client_dir: Path) -> None:
    models = sorted((client_dir / "cycle_client" / "models").glob("*.py"))
    assert {p.stem for p in models} >= {"folder", "entry", "index"}
    for path in models:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                imports = [
                    n for n in ast.walk(function) if isinstance(n, ast.Import | ast.ImportFrom)
                ]
                assert not imports, f"{path.name}: {function.name} imports on every call"


def test_generated_client_is_ruff_clean(client_dir: Path) -> None:
    # The generated package's own rules plus ruff's defaults (which include E402).
    result = _run(
        client_dir,
        *("-m", "ruff", "check", "--isolated", "--select", "E4,E7,E9,F,I,UP"),
        *("--line-length", "100", str(client_dir / "cycle_client")),
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_generated_client_passes_mypy_strict(client_dir: Path, tmp_path: Path) -> None:
    result = _run(
        client_dir,
        *("-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull),
        *("--cache-dir", str(tmp_path / "mypy"), "-p", "cycle_client"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
