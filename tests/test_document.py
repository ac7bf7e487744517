"""docspecs.document: one pipeline (pre-bundle overlays, bundle, 3.0 -> 3.1, overlays) that
lint, generate and diff all read, and the 3.0 conversion itself."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path
from typing import Any

import pytest

from docspecs import Project
from docspecs._convert import to_openapi_31
from docspecs._findings import Level, has_errors
from docspecs.bundle import bundle
from docspecs.diff import compare, generator_ready
from docspecs.document import DocumentError
from docspecs.document import generator_ready as pipeline
from docspecs.lint import lint

SRC = Path(__file__).resolve().parent.parent / "src" / "docspecs"

SPEC_30 = """\
openapi: 3.0.3
info: {title: Vendor, version: "1"}
paths:
  /runs/{run_id}:
    get:
      operationId: get_run
      summary: Get a run.
      description: Gets a run.
      tags: [runs]
      parameters:
        - {name: run_id, in: path, required: true, description: The run., schema: {type: string}}
      responses:
        "200":
          description: The run.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Run"}
components:
  schemas:
    Run:
      type: object
      description: A run.
      required: [id, status, score]
      properties:
        id: {type: string, description: The id., example: run_1}
        status: {type: string, description: The status., enum: [queued, done]STATUS_NULLABLE}
        score:
          type: number
          description: The score.
          minimum: 0
          exclusiveMinimum: true
          maximum: 1
          exclusiveMaximum: false
"""


def make_project(root: Path, spec: str, overlays: dict[str, str] | None = None) -> Project:
    spec_dir = root / "specs" / "vendor"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(spec)
    for name, text in (overlays or {}).items():
        path = root / "overlays" / "vendor" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return Project(root)


def test_a_30_document_is_converted_to_31_when_bundled(tmp_path: Path) -> None:
    project = make_project(tmp_path, SPEC_30.replace("STATUS_NULLABLE", ", nullable: true"))
    document = bundle(project.spec_path("vendor"))
    assert document["openapi"] == "3.1.0"
    run = document["components"]["schemas"]["Run"]["properties"]
    assert run["id"] == {"type": "string", "description": "The id.", "examples": ["run_1"]}
    assert run["status"]["type"] == ["string", "null"]
    assert run["status"]["enum"] == ["queued", "done", None]
    assert "nullable" not in run["status"]
    score = run["score"]
    assert score["exclusiveMinimum"] == 0 and "minimum" not in score
    assert score["maximum"] == 1 and "exclusiveMaximum" not in score


def test_lint_checks_the_converted_document_and_says_what_was_converted(tmp_path: Path) -> None:
    project = make_project(tmp_path, SPEC_30.replace("STATUS_NULLABLE", ", nullable: true"))
    findings = lint(project, ["vendor"])
    assert not has_errors(findings), [str(f) for f in findings]
    [note] = findings
    assert note.level is Level.INFO
    assert (note.file, note.pointer, note.rule_id) == (
        "specs/vendor/openapi.yaml",
        "/openapi",
        "openapi-version",
    )
    assert note.message == (
        "[openapi-version] converted from OpenAPI 3.0.3 to 3.1.0: example x1, "
        "exclusiveMaximum x1, exclusiveMinimum x1, nullable x1"
    )


def test_generate_steps_say_what_was_converted(tmp_path: Path) -> None:
    project = make_project(tmp_path, SPEC_30.replace("STATUS_NULLABLE", ""))
    ready = pipeline(project, "vendor")
    assert [(s.name, s.note) for s in ready.steps] == [
        (
            "bundle",
            "converted from OpenAPI 3.0.3 to 3.1.0: example x1, exclusiveMaximum x1, "
            "exclusiveMinimum x1",
        ),
        ("overlay", "0 overlay(s)"),
    ]
    assert all(s.seconds >= 0 for s in ready.steps)


def test_diff_judges_a_30_nullable_as_the_type_change_it_is(tmp_path: Path) -> None:
    before = make_project(tmp_path / "before", SPEC_30.replace("STATUS_NULLABLE", ""))
    after = make_project(tmp_path / "after", SPEC_30.replace("STATUS_NULLABLE", ", nullable: true"))
    changes = compare(generator_ready(before, "vendor"), generator_ready(after, "vendor"))
    # info-level notes may come with it (the enum's x-enum-varnames, which docspecs writes for
    # non-null enums, go: the generated member names stay the same)
    judged = {(c.rule_id, c.level) for c in changes if c.level > Level.INFO}
    assert judged == {("response-became-nullable", Level.ERROR)}, [str(c) for c in changes]


BROKEN_REF = SPEC_30.replace("STATUS_NULLABLE", "").replace(
    '{$ref: "#/components/schemas/Run"}', '{$ref: "schemas/run.yaml#/Run"}'
)
REPAIR = """\
overlay: 1.0.0
info: {title: Repair the vendor's ref, version: 1.0.0}
actions:
  - target: $.paths['/runs/{run_id}'].get.responses['200'].content['application/json'].schema
    description: The vendor's file points at a schemas/run.yaml it does not ship.
    update: {$ref: "#/components/schemas/Run"}
"""


def test_a_pre_bundle_overlay_repairs_a_broken_ref(tmp_path: Path) -> None:
    project = make_project(tmp_path, BROKEN_REF, {"01-repair-ref.pre-bundle.yaml": REPAIR})
    assert not has_errors(lint(project, ["vendor"]))
    ready = pipeline(project, "vendor")
    schema = ready.document["paths"]["/runs/{run_id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert schema == {"$ref": "#/components/schemas/Run"}
    assert ready.steps[-1].note == "1 overlay(s)"


def test_without_the_pre_bundle_overlay_the_ref_is_broken(tmp_path: Path) -> None:
    project = make_project(tmp_path, BROKEN_REF)
    assert "ref-resolves" in {f.rule_id for f in lint(project, ["vendor"])}
    with pytest.raises(DocumentError) as caught:
        pipeline(project, "vendor")
    assert caught.value.step == "bundle"


def test_a_pre_bundle_overlay_that_fails_is_named_by_lint_and_generate(tmp_path: Path) -> None:
    broken = REPAIR.replace("['200']", "['201']")
    project = make_project(tmp_path, BROKEN_REF, {"01-repair-ref.pre-bundle.yaml": broken})
    [finding] = lint(project, ["vendor"])
    assert (finding.file, finding.pointer, finding.rule_id) == (
        "overlays/vendor/01-repair-ref.pre-bundle.yaml",
        "/actions/0/target",
        "overlay-applies",
    )
    assert "action 0: target" in finding.message and "matches nothing" in finding.message
    with pytest.raises(DocumentError) as caught:
        pipeline(project, "vendor")
    assert caught.value.step == "bundle"
    assert str(caught.value).startswith(
        "overlays/vendor/01-repair-ref.pre-bundle.yaml: /actions/0/target: action 0:"
    )


@pytest.mark.parametrize(
    ("overlay", "pointer", "message"),
    [
        (REPAIR.replace("['200']", "['201']"), "/actions/0/target", "matches nothing"),
        ("", "", "an overlay document must be a mapping"),
        ("\udcff", "", "not UTF-8"),
    ],
)
def test_an_overlay_after_bundling_that_fails_is_a_lint_finding(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    overlay: str,
    pointer: str,
    message: str,
) -> None:
    """Lint applied only the pre-bundle overlays: an empty overlay, one that is not UTF-8 or
    whose target matches nothing was lint-clean ("1 spec OK") and generate then failed on it."""
    from docspecs._report import report_lint

    project = make_project(tmp_path, SPEC_30.replace("STATUS_NULLABLE", ""))
    path = tmp_path / "overlays" / "vendor" / "10-shape.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(overlay.encode("utf-8", "surrogateescape"))
    [finding] = [f for f in lint(project, ["vendor"]) if f.level > Level.INFO]
    assert (finding.file, finding.pointer, finding.rule_id) == (
        "overlays/vendor/10-shape.yaml",
        pointer,
        "overlay-applies",
    )
    assert message in finding.message
    assert report_lint(project, ["vendor"]) == 1
    assert "1 problem in 1 spec" in capsys.readouterr().err  # was "in 0 specs"


def test_post_bundle_overlays_see_the_converted_document(tmp_path: Path) -> None:
    overlay = """\
    overlay: 1.0.0
    info: {title: t, version: 1.0.0}
    actions:
      - target: $.components.schemas.Run.properties.status.type[?@ == 'null']
        description: only a 3.1 document has "null" in a type list
        remove: true
    """
    project = make_project(
        tmp_path, SPEC_30.replace("STATUS_NULLABLE", ", nullable: true"), {"10-x.yaml": overlay}
    )
    status = pipeline(project, "vendor").document["components"]["schemas"]["Run"]["properties"][
        "status"
    ]
    assert status["type"] == ["string"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (
            {"$ref": "#/components/schemas/A", "nullable": True, "description": "d"},
            {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}], "description": "d"},
        ),
        (
            {"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": True},
            {"anyOf": [{"allOf": [{"$ref": "#/components/schemas/A"}]}, {"type": "null"}]},
        ),
        (
            {"anyOf": [{"type": "string"}], "nullable": True},
            {"anyOf": [{"type": "string"}, {"type": "null"}]},
        ),
        (
            {"type": ["string", "integer"], "nullable": True},
            {"type": ["string", "integer", "null"]},
        ),
        ({"type": "string", "nullable": False}, {"type": "string"}),
        ({"type": "integer", "exclusiveMinimum": True}, {"type": "integer"}),
        (
            {"type": "string", "example": "a", "examples": ["b"]},
            {"type": "string", "examples": ["b"]},
        ),
        # Swagger 2.0 leftovers in 3.0 documents: what they meant, not a generator failure
        (
            {"type": "file", "description": "d"},
            {"type": "string", "format": "binary", "description": "d"},
        ),
        ({"type": "string", "x-nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "x-nullable": False}, {"type": "string"}),
        (
            {"$ref": "#/components/schemas/A", "x-nullable": True},
            {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]},
        ),
        # an enum without a type: listing null is enough (it was also wrapped in an anyOf)
        ({"enum": ["a", "b"], "nullable": True}, {"enum": ["a", "b", None]}),
        (
            {"enum": ["a"], "allOf": [{"$ref": "#/components/schemas/A"}], "nullable": True},
            {
                "anyOf": [
                    {"enum": ["a", None], "allOf": [{"$ref": "#/components/schemas/A"}]},
                    {"type": "null"},
                ]
            },
        ),
        # nullable in every schema position
        (
            {
                "type": "object",
                "properties": {"p": {"type": "integer", "nullable": True}},
                "additionalProperties": {"type": "string", "nullable": True},
                "allOf": [{"type": "object", "nullable": True}],
            },
            {
                "type": "object",
                "properties": {"p": {"type": ["integer", "null"]}},
                "additionalProperties": {"type": ["string", "null"]},
                "allOf": [{"type": ["object", "null"]}],
            },
        ),
        (
            {"type": "array", "items": {"type": "string", "enum": ["a"], "nullable": True}},
            {"type": "array", "items": {"type": ["string", "null"], "enum": ["a", None]}},
        ),
    ],
)
def test_conversion_rules(schema: dict[str, Any], expected: dict[str, Any]) -> None:
    document: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"S": schema}},
    }
    to_openapi_31(document)
    assert document["components"]["schemas"]["S"] == expected


def test_a_version_written_without_patch_is_converted_too() -> None:
    document: dict[str, Any] = {
        "openapi": "3.0",
        "components": {"schemas": {"S": {"nullable": True, "type": "string"}}},
    }
    assert to_openapi_31(document) == {"nullable": 1, "openapi": 1}
    assert document["openapi"] == "3.1.0"


def test_conversion_leaves_data_and_31_documents_alone() -> None:
    data = {"nullable": True, "example": 1}
    document: dict[str, Any] = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"S": {"type": "object", "default": data, "x-v": data}}},
    }
    to_openapi_31(document)
    assert document["components"]["schemas"]["S"]["default"] == {"nullable": True, "example": 1}
    assert document["components"]["schemas"]["S"]["x-v"] == {"nullable": True, "example": 1}
    already: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {"schemas": {"S": {"nullable": True}}},
    }
    assert to_openapi_31(already) == {}
    assert already["components"]["schemas"]["S"] == {"nullable": True}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_diff_and_the_pipeline_do_not_import_generate() -> None:
    """generate needs diff's verdicts; diff and the document pipeline must not need generate
    (the cycle issue 15 removed), at module level or inside functions."""
    for path in [*sorted((SRC / "diff").glob("*.py")), SRC / "document.py", SRC / "lint.py"]:
        assert "docspecs.generate" not in _imported_modules(path), path


def test_lint_command_exits_0_for_a_30_spec_and_counts_the_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docspecs._report import report_lint

    project = make_project(tmp_path, SPEC_30.replace("STATUS_NULLABLE", ""))
    assert report_lint(project, []) == 0
    out, err = capsys.readouterr()
    assert out.startswith("specs/vendor/openapi.yaml: /openapi: [openapi-version] converted from")
    assert err == "1 spec OK (1 note)\n"


USER_SPEC = """\
openapi: 3.0.3
info: {title: My API, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /runs/{run_id}:
    get:
      operationId: get_run
      summary: Get a run.
      description: Gets a run.
      tags: [runs]
      parameters:
        - {name: run_id, in: path, required: true, description: The run., schema: {type: string}}
      responses:
        "200":
          description: The run.
          content:
            application/json:
              schema: {$ref: "schemas/run.yaml#/Run"}
components:
  schemas:
    Run:
      type: object
      description: A run.
      required: [id, score]
      properties:
        id: {type: string, description: The id., example: run_1}
        note: {type: string, description: A note., nullable: true}
        score: {type: number, description: The score., minimum: 1e-08, maximum: 1E3}
"""


@pytest.mark.slow
def test_a_users_30_document_goes_through_lint_generate_check_and_diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12's "done when", for the pipeline's part: a hyphenated folder, OpenAPI 3.0, YAML
    1.2 floats and a broken $ref repaired by a pre-bundle overlay; no edit to the vendor's file."""
    from docspecs.cli import main

    spec_dir = tmp_path / "specs" / "my-api"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(USER_SPEC)
    overlays = tmp_path / "overlays" / "my-api"
    overlays.mkdir(parents=True)
    (overlays / "01-repair-ref.pre-bundle.yaml").write_text(REPAIR)
    monkeypatch.chdir(tmp_path)
    for command in (["lint"], ["generate"], ["check"], ["diff", "--fail-on-breaking"]):
        assert main(command) == 0, (command, capsys.readouterr())
    client = tmp_path / "generated" / "my-api-client"
    assert (client / "my_api_client" / "__init__.py").is_file()
    assert (tmp_path / "generated" / "my-api-models" / "my_api_models").is_dir()
    assert "MY_API_API_TOKEN" in (client / "README.md").read_text()
    text = (client / "openapi.json").read_text()
    assert '"openapi": "3.1.0"' in text and '"minimum": 1e-08' in text
    assert '"maximum": 1000.0' in text


def test_findings_inside_a_converted_nullable_point_where_the_author_wrote_them(
    tmp_path: Path,
) -> None:
    """A type-less `nullable: true` schema is wrapped in an `anyOf` when converted: findings
    inside it pointed at `/anyOf/0/...`, a place that does not exist in the author's file."""
    spec = SPEC_30.replace("STATUS_NULLABLE", "").replace(
        "        id: {type: string, description: The id., example: run_1}\n",
        "        id: {type: string, description: The id., example: run_1}\n"
        "        meta:\n"
        "          description: Meta.\n"
        "          nullable: true\n"
        "          properties:\n"
        "            note: {type: string}\n"
        "            deep:\n"
        "              description: Deep.\n"
        "              nullable: true\n"
        "              properties: {leaf: {type: string}}\n",
    )
    project = make_project(tmp_path, spec)
    found = {f.pointer for f in lint(project, ["vendor"]) if f.rule_id == "property-description"}
    assert found == {
        "/components/schemas/Run/properties/meta/properties/note",
        "/components/schemas/Run/properties/meta/properties/deep/properties/leaf",
    }
