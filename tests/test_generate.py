"""`docspecs generate` and `docspecs check` on tiny inline projects and on the repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from docspecs import Project
from docspecs.check import check
from docspecs.cli import main
from docspecs.generate import generate

ROOT = Path(__file__).resolve().parents[1]

SPEC = """\
openapi: 3.1.0
info:
  title: Demo API
  version: 1.0.0
servers:
  - url: https://api.example.com
paths:
  /things/{id}:
    get:
      operationId: get_thing
      parameters:
        - name: id
          in: path
          required: true
          description: The thing's id, as returned when it was made.
          schema: {type: string}
        - $ref: '#/components/parameters/Verbose'
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  parameters:
    Verbose:
      name: verbose
      in: query
      description: Whether to include every detail of the thing.
      schema: {type: boolean, default: false}
  schemas:
    Thing:
      type: object
      description: A thing.
      required: [id]
      properties:
        id: {type: string, description: The id.}
        status: {$ref: '#/components/schemas/ThingStatus'}
        createdAt: {type: string, format: date-time}
        weight: {type: number}
    ThingStatus:
      type: string
      description: Where the thing is in its life.
      enum: [NEW, DONE]
"""

OVERLAY = """\
overlay: 1.0.0
info: {title: strings, version: 1.0.0}
actions:
  - target: "$..[?@.format == 'date-time'].format"
    description: timestamps stay strings so they serialise back unchanged
    remove: true
"""


def make_project(root: Path, apis: tuple[str, ...] = ("demo",)) -> Project:
    for api in apis:
        (root / "specs" / api).mkdir(parents=True)
        (root / "specs" / api / "openapi.yaml").write_text(SPEC, encoding="utf-8")
        (root / "overlays" / api).mkdir(parents=True)
        (root / "overlays" / api / "01-strings.yaml").write_text(OVERLAY, encoding="utf-8")
    return Project(root)


def tree(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def version_of(package_dir: Path) -> str:
    import tomllib

    data = tomllib.loads((package_dir / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def edit_spec(project: Project, api: str, old: str, new: str) -> None:
    path = project.spec_path(api)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """One generated tiny project, shared by the read-only tests below (copy it to modify)."""
    project = make_project(tmp_path_factory.mktemp("once"))
    report = generate(project, [], progress=None)
    assert report.ok, report.apis
    return project


def copy_project(source: Project, tmp_path: Path) -> Project:
    shutil.copytree(source.root, tmp_path / "copy")
    return Project(tmp_path / "copy")


def test_both_packages_and_the_generator_ready_document(generated_once: Project) -> None:
    generated = generated_once.generated_dir
    client, models = generated / "demo-client", generated / "demo-models"
    for package, name in ((client, "demo_client"), (models, "demo_models")):
        for file in ("pyproject.toml", "README.md", "CHANGELOG.md", f"{name}/py.typed"):
            assert (package / file).is_file(), f"{package.name}/{file}"
        assert version_of(package) == "1.0.0"
        assert "pip install" in (package / "README.md").read_text(encoding="utf-8")
        assert (
            (package / "CHANGELOG.md")
            .read_text(encoding="utf-8")
            .startswith("# Changelog\n\n## 1.0.0\n")
        )
    pyproject = (client / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "demo-client"' in pyproject
    assert 'name = "demo-models"' in (models / "pyproject.toml").read_text(encoding="utf-8")

    # the generator-ready document: bundled spec with overlays applied, sorted, 2-space indent
    text = (client / "openapi.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert document["components"]["schemas"]["Thing"]["properties"]["createdAt"] == {
        "type": "string"
    }

    # class names follow the component schema names
    assert "class Thing:" in (client / "demo_client/models/thing.py").read_text(encoding="utf-8")
    assert "class ThingStatus(StrEnum):" in (
        client / "demo_client/models/thing_status.py"
    ).read_text(encoding="utf-8")
    models_code = (models / "demo_models/__init__.py").read_text(encoding="utf-8")
    assert "class Thing(BaseModel):" in models_code
    assert "class ThingStatus(str, Enum):" in models_code
    assert "timestamp" not in models_code.split("\n\n", 1)[0].lower()

    lock = json.loads((generated / ".docspecs-lock.json").read_text(encoding="utf-8"))
    assert lock["apis"]["demo"]["version"] == "1.0.0"


def test_generated_packages_parse_and_keep_what_the_vendor_adds(generated_once: Project) -> None:
    body = {"id": "t1", "status": "ARCHIVED", "createdAt": "2024-03-21T16:45:00Z", "extra": [1]}
    script = textwrap.dedent(
        """
        import json, sys
        from demo_client.models import Thing, ThingStatus
        from demo_models import Thing as ThingModel, ThingStatus as Status
        body = json.loads(sys.argv[1])
        client = Thing.from_dict(body)
        model = ThingModel.model_validate(body)
        assert client.to_dict() == body, client.to_dict()
        assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
        assert client.status == "ARCHIVED" and isinstance(client.status, ThingStatus)
        assert model.status == "ARCHIVED" and isinstance(model.status, Status)
        assert Thing.from_dict({"id": "x", "status": "NEW"}).status is ThingStatus.NEW
        assert ThingModel.model_validate({"id": "x", "status": "NEW"}).status is Status.NEW
        print("ok")
        """
    )
    generated = generated_once.generated_dir
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(str(generated / d) for d in ("demo-client", "demo-models")),
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(body)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_same_inputs_give_the_same_bytes_anywhere(generated_once: Project, tmp_path: Path) -> None:
    """Another directory, another process, another hash seed, no worker processes."""
    elsewhere = make_project(tmp_path / "some" / "other" / "place")
    command = [sys.executable, "-m", "docspecs", "--root", str(elsewhere.root), "generate"]
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([*command, "--jobs", "1"], env=env, check=True, capture_output=True)
    assert tree(elsewhere.generated_dir) == tree(generated_once.generated_dir)


def test_generated_code_is_ruff_formatted(generated_once: Project) -> None:
    result = subprocess.run(
        [
            *(sys.executable, "-m", "ruff", "format", "--check", "--isolated"),
            *("--line-length", "100", str(generated_once.generated_dir)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


NO_OP_PROBE = """\
import sys
from docspecs.cli import main

code = main(["--root", sys.argv[1], "generate"])
generators = {"openapi_python_client", "datamodel_code_generator"}
print("loaded:", sorted({m.split(".")[0] for m in sys.modules} & generators))
sys.exit(code)
"""


def test_a_no_op_run_skips_every_api_without_loading_the_generators(
    generated_once: Project, tmp_path: Path
) -> None:
    """What keeps a no-op `docspecs generate` fast. The figure itself (target < 0.5 s) is
    measured by scripts/bench_generate.py: a timer here would only measure the machine's load."""
    project = copy_project(generated_once, tmp_path)
    before = tree(project.generated_dir)
    report = generate(project, [], progress=None)
    assert [(r.api, r.status, r.version) for r in report.apis] == [("demo", "unchanged", "1.0.0")]
    assert tree(project.generated_dir) == before
    fresh = subprocess.run(
        [sys.executable, "-c", NO_OP_PROBE, str(project.root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    lines = fresh.stdout.splitlines()
    assert lines[-2].split()[:3] == ["demo", "unchanged", "1.0.0"], fresh.stdout
    assert lines[-1] == "loaded: []"
    assert tree(project.generated_dir) == before


def test_only_the_api_whose_inputs_changed_is_regenerated(tmp_path: Path) -> None:
    project = make_project(tmp_path, ("alpha", "beta"))
    assert generate(project, [], progress=None).ok
    alpha_before = tree(project.generated_dir / "alpha-client")
    overlay = project.overlays_dir / "beta" / "02-doc.yaml"
    overlay.write_text(
        OVERLAY.replace("$..[?@.format == 'date-time'].format", "$.components.schemas.Thing")
        .replace("remove: true", "update: {title: Thing}")
        .replace("timestamps stay", "a title; timestamps stay"),
        encoding="utf-8",
    )
    report = generate(project, [], progress=None)
    assert {r.api: r.status for r in report.apis} == {"alpha": "unchanged", "beta": "regenerated"}
    assert tree(project.generated_dir / "alpha-client") == alpha_before


def test_description_edit_is_stale_then_a_patch_release_with_a_changelog_entry(
    generated_once: Project, tmp_path: Path
) -> None:
    project = copy_project(generated_once, tmp_path)
    assert check(project, []) == []
    edit_spec(project, "demo", "description: A thing.", "description: A thing, described better.")

    stale = check(project, [], full=True)  # which files would change: regenerate to know
    stale_files = {finding.file for finding in stale}
    assert "generated/demo-client/openapi.json" in stale_files
    assert "generated/demo-models/demo_models/__init__.py" in stale_files
    assert all("docspecs generate demo" in finding.message for finding in stale)

    report = generate(project, [], progress=None)
    assert [(r.status, r.version, r.bump) for r in report.apis] == [
        ("regenerated", "1.0.1", "patch")
    ]
    for package in ("demo-client", "demo-models"):
        assert version_of(project.generated_dir / package) == "1.0.1"
        changelog = (project.generated_dir / package / "CHANGELOG.md").read_text(encoding="utf-8")
        assert changelog.startswith("# Changelog\n\n## 1.0.1\n")
        assert changelog.index("## 1.0.1") < changelog.index("## 1.0.0")
    assert check(project, []) == []


def test_a_spec_release_says_when_the_templates_changed_too(
    generated_once: Project, tmp_path: Path
) -> None:
    """The lock records the digest of the templates, generator settings and versions; a spec
    release made with other ones says the code differs beyond the listed changes (a consumer
    would otherwise read only the spec's changes), and one made with the same ones does not."""
    project = copy_project(generated_once, tmp_path)
    lock_path = project.generated_dir / ".docspecs-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    assert lock["apis"]["demo"]["shared"]
    lock["apis"]["demo"]["shared"] = "another run's templates"
    lock_path.write_text(json.dumps(lock), encoding="utf-8")
    edit_spec(project, "demo", "description: A thing.", "description: A thing, described better.")
    generate(project, [], progress=None)
    for package in ("demo-client", "demo-models"):
        text = (project.generated_dir / package / "CHANGELOG.md").read_text(encoding="utf-8")
        entry = text.split("## 1.0.1\n\n", 1)[1].split("\n## ", 1)[0]
        assert entry.startswith("Also generated with other templates"), (package, entry)
    edit_spec(project, "demo", "described better.", "described even better.")
    generate(project, [], progress=None)
    text = (project.generated_dir / "demo-client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Also generated" not in text.split("## 1.0.2\n\n", 1)[1].split("\n## ", 1)[0]


def test_changed_generated_code_without_a_spec_change_is_a_patch_release(
    generated_once: Project, tmp_path: Path
) -> None:
    """Templates, generator settings or versions changed: the code differs, so the version must.

    Simulated by making the committed code differ from what the generator produces."""
    project = copy_project(generated_once, tmp_path)
    thing = project.generated_dir / "demo-client" / "demo_client" / "models" / "thing.py"
    thing.write_text(thing.read_text(encoding="utf-8") + "# older templates\n", encoding="utf-8")
    report = generate(project, [], force=True, progress=None)
    assert [(r.version, r.bump) for r in report.apis] == [("1.0.1", "patch")]
    for package in ("demo-client", "demo-models"):
        assert version_of(project.generated_dir / package) == "1.0.1"
    assert newest_entry(project, "demo-client").startswith(
        "## 1.0.1\n\nRegenerated: this package's generated code changed"
    )
    # only the client's code differed: the models entry says so instead of claiming a change
    assert newest_entry(project, "demo-models").startswith(
        "## 1.0.1\n\nNo change to this package's code; version kept in step with `demo-client`,"
    )
    # nothing changed since: a forced run keeps the version
    report = generate(project, [], force=True, progress=None)
    assert [(r.version, r.bump) for r in report.apis] == [("1.0.1", None)]
    # and the drift check agrees: each package keeps its own changelog (the models' is not
    # rebuilt from the client's), also when the next spec change adds an entry to both
    assert check(project, []) == []
    edit_spec(project, "demo", "description: A thing.", "description: A thing, described better.")
    generate(project, [], progress=None)
    models_changelog = (project.generated_dir / "demo-models" / "CHANGELOG.md").read_text()
    assert newest_entry(project, "demo-models").startswith("## 1.0.2\n")
    assert "## 1.0.1\n\nNo change to this package's code" in models_changelog
    assert check(project, []) == []


def newest_entry(project: Project, package: str) -> str:
    """The newest section of `package`'s CHANGELOG.md, from its `## <version>` line."""
    changelog = (project.generated_dir / package / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog\n\n## ")
    return "## " + changelog.split("\n## ")[1]


def test_a_client_template_change_releases_both_but_only_the_client_claims_a_change(
    generated_once: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packages share a version, but each changelog entry is true for its own package."""
    import docspecs.generate as generate_module

    project = copy_project(generated_once, tmp_path)
    models_before = tree(project.generated_dir / "demo-models")
    templates = tmp_path / "client-templates"
    shutil.copytree(generate_module.CLIENT_TEMPLATES, templates)
    enum_template = templates / "str_enum.py.jinja"
    enum_template.write_text(
        enum_template.read_text(encoding="utf-8") + "\n\n# changed by a template\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(generate_module, "CLIENT_TEMPLATES", templates)

    report = generate(project, [], force=True, progress=None, jobs=1)
    assert [(r.version, r.bump) for r in report.apis] == [("1.0.1", "patch")]
    status = project.generated_dir / "demo-client" / "demo_client" / "models" / "thing_status.py"
    assert "# changed by a template" in status.read_text(encoding="utf-8")
    for package in ("demo-client", "demo-models"):
        assert version_of(project.generated_dir / package) == "1.0.1"
    assert newest_entry(project, "demo-client").startswith(
        "## 1.0.1\n\nRegenerated: this package's generated code changed"
    )
    models_entry = newest_entry(project, "demo-models")
    assert models_entry.startswith(
        "## 1.0.1\n\nNo change to this package's code; version kept in step with "
        "`demo-client`, whose generated code changed"
    )
    assert "Regenerated" not in models_entry
    # and that is true: apart from its version and changelog, the models package is the same
    models_after = tree(project.generated_dir / "demo-models")
    for name in ("CHANGELOG.md", "pyproject.toml"):
        assert models_after.pop(name) != models_before.pop(name)
    assert models_after == models_before


def test_parameter_descriptions_reach_the_endpoint_docstrings(generated_once: Project) -> None:
    """openapi-python-client documents a parameter from its schema: the pipeline copies the
    Parameter Object's description there (inline and `$ref`'d components/parameters)."""
    client = generated_once.generated_dir / "demo-client"
    document = json.loads((client / "openapi.json").read_text(encoding="utf-8"))
    verbose = document["components"]["parameters"]["Verbose"]
    assert verbose["schema"]["description"] == "Whether to include every detail of the thing."
    source = (client / "demo_client" / "api" / "default" / "get_thing.py").read_text(
        encoding="utf-8"
    )
    docstring = " ".join(function_docstring(source, "sync").split())
    assert "id (str): The thing's id, as returned when it was made." in docstring
    assert "verbose (bool | Unset): Whether to include every detail of the thing." in docstring


def function_docstring(source: str, name: str) -> str:
    import ast

    function = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef) and node.name == name
    )
    return ast.get_docstring(function) or ""


def class_docstring(source: str, name: str) -> str:
    import ast

    cls = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == name)
    return ast.get_docstring(cls) or ""


def test_client_enum_classes_carry_the_schema_description(generated_once: Project) -> None:
    module = generated_once.generated_dir / "demo-client" / "demo_client" / "models"
    source = (module / "thing_status.py").read_text(encoding="utf-8")
    assert class_docstring(source, "ThingStatus") == "Where the thing is in its life."
    assert "def _missing_(cls, value: object)" in source  # the forward-compatibility hook


def test_the_repository_clients_document_parameters_and_enums() -> None:
    """Instabase's include_* flags are described in the endpoint docstring, and its RunStatus
    enum (an open enum: the description sits on the component wrapping it) explains the
    statuses, as the models package does."""
    client = ROOT / "generated" / "instabase-client"
    document = json.loads((client / "openapi.json").read_text(encoding="utf-8"))
    endpoint = (client / "instabase_client" / "api" / "runs" / "get_run_results.py").read_text(
        encoding="utf-8"
    )
    docstring = " ".join(function_docstring(endpoint, "sync").split())
    parameters = document["components"]["parameters"]
    flags = [p for p in parameters.values() if p["name"].startswith("include_")]
    assert len(flags) == 4
    for parameter in [*flags, parameters["FileOffset"], parameters["IBContext"]]:
        first_sentence = " ".join(parameter["description"].split(".")[0].split())
        assert f"): {first_sentence}" in docstring, parameter["name"]

    status = (client / "instabase_client" / "models" / "run_status.py").read_text(encoding="utf-8")
    description = document["components"]["schemas"]["RunStatus"]["description"]
    assert " ".join(class_docstring(status, "RunStatus").split()) == " ".join(description.split())


def test_removing_a_response_property_is_a_major_release(
    generated_once: Project, tmp_path: Path
) -> None:
    project = copy_project(generated_once, tmp_path)
    edit_spec(project, "demo", "        weight: {type: number}\n", "")
    report = generate(project, [], progress=None)
    assert [(r.version, r.bump) for r in report.apis] == [("2.0.0", "major")]
    changelog = (project.generated_dir / "demo-models" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog\n\n## 2.0.0\n")
    assert "Breaking" in changelog.split("## 1.0.0")[0]
    assert "weight" in changelog.split("## 1.0.0")[0]


def test_a_stale_overlay_target_fails_naming_the_file_and_leaves_generated_untouched(
    generated_once: Project, tmp_path: Path
) -> None:
    project = copy_project(generated_once, tmp_path)
    before = tree(project.generated_dir)
    (project.overlays_dir / "demo" / "02-stale.yaml").write_text(
        OVERLAY.replace("$..[?@.format == 'date-time'].format", "$.components.schemas.Gone"),
        encoding="utf-8",
    )
    report = generate(project, [], progress=None)
    assert not report.ok
    error = report.apis[0].error or ""
    assert error.startswith("demo: overlay: overlays/demo/02-stale.yaml: /actions/0/target:")
    assert "$.components.schemas.Gone" in error
    assert tree(project.generated_dir) == before
    assert sorted(p.name for p in project.generated_dir.iterdir()) == [
        ".docspecs-lock.json",
        "demo-client",
        "demo-models",
    ]


def test_an_overlay_leaving_a_document_the_client_generator_refuses_is_named(
    generated_once: Project, tmp_path: Path
) -> None:
    project = copy_project(generated_once, tmp_path)
    before = tree(project.generated_dir)
    (project.overlays_dir / "demo" / "03-drop-id.yaml").write_text(
        """\
overlay: 1.0.0
info: {title: drop, version: 1.0.0}
actions:
  - target: $.components.schemas.Thing
    description: harmless
    update: {title: Thing}
  - target: "$.paths['/things/{id}'].get.parameters[?@.name == 'id']"
    description: removes a path parameter the path still names
    remove: true
""",
        encoding="utf-8",
    )
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    assert error.startswith(
        "demo: client: overlays/demo/03-drop-id.yaml: /actions/1: the document this action "
        "leaves: /paths/~1things~1{id}/get: openapi-python-client WARNING:"
    ), error
    assert "Path parameters do not match with path" in error
    assert tree(project.generated_dir) == before


def test_one_failing_api_leaves_every_package_as_it_was(tmp_path: Path) -> None:
    project = make_project(tmp_path, ("alpha", "beta"))
    assert generate(project, [], progress=None).ok
    before = tree(project.generated_dir)
    edit_spec(project, "alpha", "description: A thing.", "description: A better thing.")
    edit_spec(project, "beta", "/things/{id}:", "/things/{thing_id}:")
    report = generate(project, [], progress=None)
    assert {r.api: r.status for r in report.apis} == {"alpha": "discarded", "beta": "failed"}
    # alpha's description edit would have made 1.0.1, but nothing was written: rows say 1.0.0.
    assert {r.api: r.version for r in report.apis} == {"alpha": "1.0.0", "beta": "1.0.0"}
    assert tree(project.generated_dir) == before


def test_a_generator_failure_names_api_step_and_generator_message(
    generated_once: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_project(generated_once, tmp_path)
    before = tree(project.generated_dir)
    # a path parameter the path does not declare: openapi-python-client refuses the endpoint
    edit_spec(project, "demo", "/things/{id}:", "/things/{thing_id}:")
    code = main(["--root", str(project.root), "generate"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert (
        "docspecs: error: demo: client: /paths/~1things~1{thing_id}/get: openapi-python-client "
        "WARNING: Incorrect path templating for /things/{thing_id} (Path parameters do not match "
        "with path)\n" in err
    )
    assert tree(project.generated_dir) == before


WARNINGS_SPEC = """\
openapi: 3.1.0
info: {title: Warnings, version: 1.0.0}
paths:
  /a/{x}:
    get:
      operationId: get_a
      responses:
        '200':
          description: d
          content:
            application/json:
              schema: {$ref: '#/components/schemas/T'}
  /b:
    get:
      operationId: get_b
      responses:
        '200':
          description: d
          content:
            application/xml:
              schema: {type: object}
components:
  schemas:
    Bad: {type: object, description: a}
    T: {description: b, enum: [1, a, 2.5, null, [x]]}
"""


def test_generator_problems_are_one_line_each_pointer_first_without_reprs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "specs" / "warn").mkdir(parents=True)
    (tmp_path / "specs" / "warn" / "openapi.yaml").write_text(WARNINGS_SPEC, encoding="utf-8")
    for _run in range(2):  # the same lines every run
        assert main(["--root", str(tmp_path), "generate"]) == 1
        out, err = capsys.readouterr()
        assert err == (
            "docspecs: error: warn: client: /components/schemas/T: openapi-python-client WARNING: "
            "Enum values must all be the same type: Got float, int, list, str\n"
            "/paths/~1a~1{x}/get: openapi-python-client WARNING: Incorrect path templating for "
            "/a/{x} (Path parameters do not match with path)\n"
            "/paths/~1b/get: openapi-python-client WARNING: Cannot parse response for one of its "
            "status codes (Unsupported content_type application/xml), response will be omitted "
            "from generated client\n"
        )
        assert "(and 2 more, listed at the end)" in out  # the progress line: the first only
        assert " at 0x" not in out + err


def test_progress_lines_and_summary_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path)
    assert main(["--root", str(project.root), "generate"]) == 0
    out = capsys.readouterr().out.splitlines()
    steps = [line.split(" ", 2)[1] for line in out if line.startswith("demo: ")]
    assert steps == ["bundle", "overlay", "version", "client", "models", "format", "self-test"]
    table = out[out.index(next(line for line in out if line.startswith("API"))) :]
    assert table[0].split() == ["API", "result", "version", "seconds"]
    assert table[1].split()[:3] == ["demo", "regenerated", "1.0.0"]

    assert main(["--root", str(project.root), "generate"]) == 0
    out = capsys.readouterr().out
    assert "demo: unchanged" in out
    assert out.splitlines()[-1].split()[:3] == ["demo", "unchanged", "1.0.0"]


@pytest.mark.parametrize("full", [False, True], ids=["from-the-lock", "full"])
def test_check_lists_hand_edits_and_missing_files(
    generated_once: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str], full: bool
) -> None:
    project = copy_project(generated_once, tmp_path)
    options = ["--full"] if full else []
    assert main(["--root", str(project.root), "check", *options]) == 0
    capsys.readouterr()

    edited = project.generated_dir / "demo-client" / "demo_client" / "models" / "thing.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# a hand edit\n", encoding="utf-8")
    (project.generated_dir / "demo-models" / "README.md").unlink()
    (project.generated_dir / "demo-models" / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["--root", str(project.root), "check", *options]) == 1
    out = capsys.readouterr().out
    assert "generated/demo-client/demo_client/models/thing.py: /: stale:" in out
    assert "generated/demo-models/README.md: /: missing:" in out
    assert "generated/demo-models/notes.txt: /: extra:" in out


CHECK_PROBE = NO_OP_PROBE.replace('"generate"]', '"check"]')


def test_check_from_the_lock_regenerates_nothing_and_loads_no_generator(
    generated_once: Project, tmp_path: Path
) -> None:
    """What keeps `docspecs check` under a second whatever the size (bench_generate.py has the
    figure): input digests and file hashes against the lock, no generator imported."""
    project = copy_project(generated_once, tmp_path)
    lock = json.loads((project.generated_dir / ".docspecs-lock.json").read_text("utf-8"))
    outputs = lock["apis"]["demo"]["outputs"]
    assert "demo-client/demo_client/models/thing.py" in outputs
    assert "demo-models/README.md" in outputs
    fresh = subprocess.run(
        [sys.executable, "-c", CHECK_PROBE, str(project.root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert fresh.stdout.splitlines()[-1] == "loaded: []"


def test_a_lock_without_output_hashes_is_checked_by_regenerating(
    generated_once: Project, tmp_path: Path
) -> None:
    """A lock written before output hashes were recorded: check falls back to the full way."""
    project = copy_project(generated_once, tmp_path)
    path = project.generated_dir / ".docspecs-lock.json"
    lock = json.loads(path.read_text("utf-8"))
    del lock["apis"]["demo"]["outputs"]
    path.write_text(json.dumps(lock), "utf-8")
    assert check(project, []) == []
    edited = project.generated_dir / "demo-models" / "README.md"
    edited.write_text("mine", encoding="utf-8")
    # regenerating against a hand-edited tree also moves the version: README is among them
    assert "generated/demo-models/README.md" in [f.file for f in check(project, [])]


def test_a_spec_edit_makes_check_fail_on_the_lock(generated_once: Project, tmp_path: Path) -> None:
    project = copy_project(generated_once, tmp_path)
    edit_spec(project, "demo", "description: A thing.", "description: A better thing.")
    findings = check(project, [])
    assert [(f.file, f.pointer) for f in findings] == [
        ("generated/.docspecs-lock.json", "/apis/demo")
    ]


def test_docstrings_and_comments_of_docspecs_code_are_not_generation_inputs() -> None:
    from docspecs._cache import _code_without_docs

    code = b'"""Module."""\n\ndef f(x):\n    """Doc."""\n    return x  # why\n'
    edited = b'"""Module, reworded."""\n\ndef f(x):\n    """Other doc."""\n    return x\n'
    changed = b'"""Module."""\n\ndef f(x):\n    """Doc."""\n    return x + 1\n'
    assert _code_without_docs(code) == _code_without_docs(edited)
    assert _code_without_docs(code) != _code_without_docs(changed)


@pytest.mark.slow
def test_repository_generated_is_up_to_date() -> None:
    """The CI drift check: generated/ is exactly what the specs, overlays and generators give."""
    findings = check(Project(ROOT), [], full=True)
    assert findings == [], "\n".join(str(f) for f in findings)


@pytest.mark.slow
@pytest.mark.parametrize(
    "package",
    sorted(p.name for p in (ROOT / "generated").glob("*-*") if (p / "pyproject.toml").exists()),
)
def test_generated_package_passes_mypy_strict(package: str, tmp_path: Path) -> None:
    directory = ROOT / "generated" / package
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-incremental"),
            *("--cache-dir", str(tmp_path / ".mypy_cache"), package.replace("-", "_")),
        ],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_packages_install_with_pip_in_a_fresh_virtualenv(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # copies, so the build does not write build/ or *.egg-info into the repository
    packages = []
    for kind in ("client", "models"):
        copy = tmp_path / f"instabase-{kind}"
        shutil.copytree(ROOT / "generated" / copy.name, copy)
        packages.append(str(copy))
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    example = ROOT / "specs" / "instabase" / "examples" / "get_run_results-complete.json"
    script = textwrap.dedent(
        """
        import json, sys
        from instabase_client.models import RunResults
        from instabase_models import RunResults as RunResultsModel
        body = json.load(open(sys.argv[1]))
        assert RunResults.from_dict(body).to_dict() == body
        parsed = RunResultsModel.model_validate(body)
        assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
        print(parsed.status.value)
        """
    )
    run = subprocess.run(
        [str(python), "-c", script, str(example)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "COMPLETE"


@pytest.mark.parametrize(
    "package",
    sorted(p.name for p in (ROOT / "generated").glob("*-models") if (p / "README.md").exists()),
)
def test_models_readme_example_runs(package: str) -> None:
    readme = (ROOT / "generated" / package / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    code += "\nassert data == __import__('json').loads(body)\n"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "generated" / package))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_formats_the_models_generator_does_not_know_print_no_python_warnings(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], recwarn: pytest.WarningsRecorder
) -> None:
    """`format: phone-number` (a vendor's own format) printed datamodel-code-generator's
    `UserWarning` with a line of its source code on stderr, per format, on every generate."""
    spec = WARNINGS_SPEC.split("components:")[0].replace(
        "schema: {$ref: '#/components/schemas/T'}",
        "schema: {type: object, properties: {n: {type: string, format: phone-number}}}",
    )
    spec = spec.replace("/a/{x}", "/a").replace("application/xml", "application/json")
    (tmp_path / "specs" / "fmt").mkdir(parents=True)
    (tmp_path / "specs" / "fmt" / "openapi.yaml").write_text(spec, encoding="utf-8")
    assert main(["--root", str(tmp_path), "generate"]) == 0
    _out, err = capfd.readouterr()
    assert "UserWarning" not in err
    assert not [w for w in recwarn if "not understood" in str(w.message)]
