"""lint(): each rule fires on the broken spec made for it, and only there; valid specs pass."""

from __future__ import annotations

import http.server
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from docspecs import Finding, Project
from docspecs.lint import RULES, lint

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
INVALID = FIXTURES / "invalid"
VALID = FIXTURES / "valid" / "minimal"
VALID_TITLES = FIXTURES / "valid" / "generator-title-collision"

GET = "/paths/~1runs~1{run_id}/get"
OK = GET + "/responses/200/content/application~1json"

# case -> every (rule id, file relative to the case folder, pointer) it must produce, and no other
EXPECTED: dict[str, set[tuple[str, str, str]]] = {
    "ref-local-broken": {
        ("ref-resolves", "openapi.yaml", "/components/schemas/Error/properties/code/$ref"),
    },
    "ref-external-broken": {
        ("ref-resolves", "schemas/run.yaml", "/properties/status/$ref"),
        # its examples cannot be checked against a schema that does not resolve: said, not hidden
        ("example-valid", "examples/get_run-done.json", ""),
        ("example-valid", "openapi.yaml", OK + "/examples/running/value"),
    },
    "ref-outside-spec-folder": {
        # a $ref climbing out of specs/<api>/ (to /etc/os-release) is refused, not read
        ("ref-resolves", "openapi.yaml", "/components/schemas/Error/properties/message/$ref"),
    },
    "ref-circular": {
        # Error -> Problem -> Error: one finding, at the first member's $ref
        ("ref-resolves", "openapi.yaml", "/components/schemas/Error/$ref"),
    },
    "operation-no-operationId": {("operation-operationId", "openapi.yaml", GET)},
    "operation-no-summary": {("operation-summary", "openapi.yaml", GET)},
    "operation-no-description": {("operation-description", "openapi.yaml", GET)},
    "operation-no-tags": {("operation-tags", "openapi.yaml", GET)},
    "parameter-no-description": {
        ("parameter-description", "openapi.yaml", GET + "/parameters/0"),
    },
    "property-no-description": {
        # a property of a component, of an inline array item, of an allOf branch, of a nested
        # inline object in another file
        ("property-description", "openapi.yaml", "/components/schemas/Error/properties/message"),
        (
            "property-description",
            "openapi.yaml",
            "/components/schemas/Error/properties/details/items/properties/field",
        ),
        (
            "property-description",
            "openapi.yaml",
            "/components/schemas/Error/allOf/0/properties/retryable",
        ),
        ("property-description", "schemas/run.yaml", "/properties/timing/properties/started"),
    },
    "response-no-description": {
        # OpenAPI itself requires it too, so the validator reports the same place
        ("response-description", "openapi.yaml", "/components/responses/NotFound"),
        ("spec-valid", "openapi.yaml", "/components/responses/NotFound"),
    },
    "body-inline-schema": {
        (
            "body-named-schema",
            "openapi.yaml",
            GET + "/responses/429/content/application~1json/schema",
        ),
    },
    "unused-components": {
        ("no-unused-components", "openapi.yaml", "/components/schemas/Orphan"),
        # declared in the root as a $ref to a file: reported where it is declared
        ("no-unused-components", "openapi.yaml", "/components/schemas/Legacy"),
        ("no-unused-components", "openapi.yaml", "/components/parameters/Unused"),
    },
    "example-value-invalid": {
        ("example-valid", "openapi.yaml", OK + "/example"),
        ("example-valid", "openapi.yaml", OK + "/examples/running/value/id"),
    },
    "example-file-invalid": {
        ("example-valid", "examples/get_run-done.json", "/timing/started"),
    },
    "example-file-unreferenced": {
        ("example-referenced", "examples/get_run-extra.json", ""),
    },
    "example-file-misnamed": {
        ("example-file-name", "openapi.yaml", OK + "/examples/done/externalValue"),
    },
    "example-file-missing": {
        ("example-valid", "openapi.yaml", OK + "/examples/done/externalValue"),
    },
    "spec-invalid": {
        ("spec-valid", "openapi.yaml", "/info/version"),
        ("spec-valid", "openapi.yaml", GET + "/parameters/0"),
    },
    "spec-invalid-path-parameter": {
        # found by the validator's second pass, which reports no location of its own
        ("spec-valid", "openapi.yaml", "/paths/~1runs~1{id}/get"),
    },
    "yaml-syntax-error": {("spec-valid", "openapi.yaml", "")},
    "generator-unsupported-media": {
        # a response media type the client does not read: it would drop the response
        ("generator-accepts", "openapi.yaml", "/paths/~1speech/get"),
    },
}


def located(findings: list[Finding], api: str) -> set[tuple[str, str, str]]:
    prefix = f"specs/{api}/"
    assert all(f.file.startswith(prefix) for f in findings), findings
    return {(f.rule_id, f.file.removeprefix(prefix), f.pointer) for f in findings}


def test_every_fixture_has_expectations_and_every_expectation_a_fixture() -> None:
    assert sorted(p.name for p in INVALID.iterdir() if p.is_dir()) == sorted(EXPECTED)


def test_every_rule_in_the_catalogue_has_a_fixture() -> None:
    covered = {rule_id for expected in EXPECTED.values() for rule_id, _, _ in expected}
    # found only with an overlays/ folder or a 3.0 document: covered in tests/test_document.py;
    # settings-valid (a settings file beside the overlays): the lint-configuration tests below
    covered |= {"overlay-applies", "openapi-version", "settings-valid"}
    assert {rule.id for rule in RULES} <= covered


def test_catalogue_entries_are_complete_and_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.message and rule.why and rule.fix, rule.id


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_invalid_fixture_reports_exactly_its_problems(
    case: str, project_from: Callable[..., Project]
) -> None:
    project = project_from(INVALID / case)
    findings = lint(project, [case])
    assert located(findings, case) == EXPECTED[case]
    for finding in findings:
        assert finding.message.startswith(f"[{finding.rule_id}] ")
        assert str(finding) == f"{finding.file}: {finding.pointer or '/'}: {finding.message}"


def test_a_title_equal_to_another_components_name_is_no_finding(
    project_from: Callable[..., Project],
) -> None:
    """openapi-python-client named the class after the title and refused the second `Thing`
    (and dropped the response using it); class names now follow component names, so the
    document generates as written and lint has nothing to report."""
    project = project_from(VALID_TITLES)
    assert lint(project, ["generator-title-collision"]) == []


def test_minimal_valid_spec_has_no_findings(project_from: Callable[..., Project]) -> None:
    project = project_from(VALID)
    assert lint(project, ["minimal"]) == []


@pytest.mark.parametrize("api", Project(REPO_ROOT).apis())
def test_the_real_specs_pass(api: str) -> None:
    findings = lint(Project(REPO_ROOT), [api])
    assert [str(f) for f in findings] == []


def test_findings_are_sorted_and_deterministic(project_from: Callable[..., Project]) -> None:
    cases = ["property-no-description", "unused-components", "example-value-invalid"]
    project = project_from(*(INVALID / case for case in cases))
    first, second = lint(project, cases), lint(project, list(reversed(cases)))
    assert first == second == sorted(first)


def test_messages_say_what_is_wrong(project_from: Callable[..., Project]) -> None:
    project = project_from(INVALID / "example-file-invalid", INVALID / "yaml-syntax-error")
    lines = [str(f) for f in lint(project, ["example-file-invalid", "yaml-syntax-error"])]
    assert lines == [
        "specs/example-file-invalid/examples/get_run-done.json: /timing/started: [example-valid] "
        "'yesterday' is not of type 'integer' (against schema Run)",
        "specs/yaml-syntax-error/openapi.yaml: /: [spec-valid] line 4, column 10: invalid YAML: "
        "did not find expected ',' or ']'",
    ]


def test_missing_spec_file_is_a_finding(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    findings = lint(Project(tmp_path), ["ghost"])
    assert [str(f) for f in findings] == [
        "specs/ghost/openapi.yaml: /: [spec-valid] spec file not found"
    ]


# -- rule details, on tiny inline specs ----------------------------------------------------------

HEAD = """\
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: get_a
      summary: Get a.
      description: Gets a.
      tags: [a]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/A"}
"""


def lint_text(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> set[str]:
    spec_dir = tmp_path / "specs" / "t"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(textwrap.dedent(text))
    for name, content in (files or {}).items():
        (spec_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (spec_dir / name).write_text(textwrap.dedent(content))
    return {
        f"{f.rule_id} {f.file.removeprefix('specs/t/')} {f.pointer}"
        for f in lint(Project(tmp_path), ["t"])
    }


def test_a_ref_property_is_described_by_its_target_or_beside_the_ref(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD
        + """\
components:
  schemas:
    A:
      type: object
      properties:
        described_target: {$ref: "#/components/schemas/Described"}
        described_beside: {$ref: "#/components/schemas/Bare", description: Here.}
        undescribed: {$ref: "#/components/schemas/Bare"}
    Described: {type: string, description: Documented once.}
    Bare: {type: string}
""",
    )
    assert found == {
        "property-description openapi.yaml /components/schemas/A/properties/undescribed"
    }


def test_components_are_used_through_refs_security_and_discriminators(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD
        + """\
security: [{bearerAuth: []}]
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
    unusedScheme: {type: http, scheme: basic}
  schemas:
    A:
      oneOf: [{$ref: "#/components/schemas/B"}]
      discriminator: {propertyName: kind, mapping: {c: "#/components/schemas/C"}}
    B: {type: object}
    C: {type: object}
    OnlyFromUnused: {type: object}
    Unused: {properties: {x: {$ref: "#/components/schemas/OnlyFromUnused", description: x}}}
""",
    )
    # (A's mapping names no branch and B has no `kind`: generate refuses the union, a
    # generator-accepts finding; this test is about which components count as used)
    found = {f for f in found if f.startswith("no-unused-components ")}
    assert found == {
        "no-unused-components openapi.yaml /components/securitySchemes/unusedScheme",
        "no-unused-components openapi.yaml /components/schemas/Unused",
        "no-unused-components openapi.yaml /components/schemas/OnlyFromUnused",
    }


DISCRIMINATED = """\
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: get_a
      summary: Get a.
      description: Gets a.
      tags: [a]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
              examples:
                cat: {value: {kind: cat, name: Tom}}
                dog: {value: {kind: dog, name: Rex}}
                EXTRA
components:
  schemas:
    Pet:
      description: A cat or a dog.
      oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
      discriminator:
        propertyName: kind
        mapping: {cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog"}
    Cat:
      type: object
      description: A cat.
      properties: {kind: {type: string, description: k}, name: {type: string, description: n}}
    Dog:
      type: object
      description: A dog.
      properties: {kind: {type: string, description: k}, name: {type: string, description: n}}
"""


def test_examples_of_a_discriminated_one_of_are_checked_by_the_mapping(tmp_path: Path) -> None:
    """Branches of one shape: every example matched both and `oneOf` wants exactly one, so a
    vendor's document could not be lint-clean; the discriminator now picks the branch, as both
    generated packages do, and a value the mapping does not list is still a finding."""
    assert lint_text(tmp_path / "ok", DISCRIMINATED.replace("EXTRA", "")) == set()
    unknown = "parrot: {value: {kind: parrot}}"
    assert lint_text(tmp_path / "bad", DISCRIMINATED.replace("EXTRA", unknown)) == {
        "example-valid openapi.yaml "
        "/paths/~1a/get/responses/200/content/application~1json/examples/parrot/value"
    }


def test_shared_example_components_are_checked_where_they_are_written(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD.replace(
            '              schema: {$ref: "#/components/schemas/A"}\n',
            '              schema: {$ref: "#/components/schemas/A"}\n'
            "              examples:\n"
            '                bad: {$ref: "#/components/examples/Bad"}\n',
        )
        + """\
components:
  examples:
    Bad: {summary: Bad, value: {n: "one"}}
  schemas:
    A: {type: object, properties: {n: {type: integer, description: A number.}}}
""",
    )
    assert found == {"example-valid openapi.yaml /components/examples/Bad/value/n"}


def test_schema_errors_in_other_files_are_reported_in_those_files(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD + "components:\n  schemas:\n    A: {$ref: schemas/a.yaml}\n",
        {
            "schemas/a.yaml": """\
                type: object
                properties:
                  n: {type: wat, description: A number.}
                  s: {type: string, default: 5, description: A string.}
                """
        },
    )
    assert found == {
        "spec-valid schemas/a.yaml /properties/n/type",
        "spec-valid schemas/a.yaml /properties/s/default",
    }


def test_a_referenced_file_that_is_not_yaml_is_a_ref_finding(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD + "components:\n  schemas:\n    A: {$ref: schemas/a.yaml}\n",
        {"schemas/a.yaml": "type: [object\n"},
    )
    assert found == {"ref-resolves openapi.yaml /components/schemas/A/$ref"}


def test_blank_descriptions_count_as_missing(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD.replace("description: Gets a.", 'description: "  "')
        + "components:\n  schemas:\n    A: {type: object}\n",
    )
    assert found == {"operation-description openapi.yaml /paths/~1a/get"}


def test_unused_components_wait_until_refs_resolve(tmp_path: Path) -> None:
    """A typo in a ref would otherwise make every component it leads to look unused."""
    found = lint_text(
        tmp_path,
        HEAD.replace("#/components/schemas/A", "#/components/schemas/Typo")
        + "components:\n  schemas:\n    A: {type: object}\n",
    )
    pointer = "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    assert found == {f"ref-resolves openapi.yaml {pointer}"}


def test_an_example_file_that_is_not_json_is_a_finding_with_its_line(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD.replace(
            '              schema: {$ref: "#/components/schemas/A"}\n',
            '              schema: {$ref: "#/components/schemas/A"}\n'
            "              examples:\n"
            "                broken: {externalValue: examples/get_a-broken.json}\n",
        )
        + "components:\n  schemas:\n    A: {type: object}\n",
        {"examples/get_a-broken.json": '{"a": 1,\n'},
    )
    pointer = "/paths/~1a/get/responses/200/content/application~1json/examples/broken/externalValue"
    assert found == {f"example-valid openapi.yaml {pointer}"}


def test_a_ref_or_example_outside_the_spec_folder_is_refused_unread(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n")
    spec_dir = tmp_path / "specs" / "t"
    spec_dir.mkdir(parents=True)
    (spec_dir / "linked.json").symlink_to(secret)
    text = (
        HEAD.replace(
            '              schema: {$ref: "#/components/schemas/A"}\n',
            '              schema: {$ref: "#/components/schemas/A"}\n'
            "              examples:\n"
            "                up: {externalValue: ../../secret.yaml}\n"
            "                link: {externalValue: linked.json}\n",
        )
        + "components:\n  schemas:\n    A: {$ref: ../../secret.yaml}\n"
    )
    (spec_dir / "openapi.yaml").write_text(text)
    findings = lint(Project(tmp_path), ["t"])
    media = "/paths/~1a/get/responses/200/content/application~1json"
    assert {(f.rule_id, f.pointer) for f in findings} == {
        ("ref-resolves", "/components/schemas/A/$ref"),
        ("example-valid", media + "/examples/up/externalValue"),
        ("example-valid", media + "/examples/link/externalValue"),
    }
    for finding in findings:
        assert "leaves the spec's folder t/" in finding.message
        assert "hunter2" not in finding.message


def test_a_cycle_of_refs_across_files_is_one_finding_naming_the_cycle(tmp_path: Path) -> None:
    findings = lint_text(
        tmp_path,
        HEAD + "components:\n  schemas:\n    A: {$ref: schemas/a.yaml}\n",
        {"schemas/a.yaml": "$ref: b.yaml\n", "schemas/b.yaml": "$ref: a.yaml\n"},
    )
    assert findings == {"ref-resolves schemas/a.yaml /$ref"}
    [message] = [f.message for f in lint(Project(tmp_path), ["t"])]
    assert message.startswith(
        "[ref-resolves] cannot resolve 'b.yaml': circular reference "
        "schemas/a.yaml -> schemas/b.yaml -> schemas/a.yaml"
    )


def test_a_recursive_object_is_not_a_ref_cycle(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD
        + """\
components:
  schemas:
    A: {$ref: "#/components/schemas/Node"}
    Node:
      type: object
      description: A tree.
      properties:
        children: {type: array, description: Sub-trees., items: {$ref: "#/components/schemas/A"}}
""",
    )
    assert found == set()


def test_examples_behind_a_broken_ref_are_reported_as_not_checked(tmp_path: Path) -> None:
    found = lint_text(
        tmp_path,
        HEAD.replace(
            '              schema: {$ref: "#/components/schemas/A"}\n',
            '              schema: {$ref: "#/components/schemas/A"}\n'
            "              example: {n: one}\n",
        )
        + "components:\n  schemas:\n"
        + '    A: {type: object, properties: {n: {$ref: "#/components/schemas/Typo"}}}\n',
    )
    media = "/paths/~1a/get/responses/200/content/application~1json"
    assert found == {
        "ref-resolves openapi.yaml /components/schemas/A/properties/n/$ref",
        f"example-valid openapi.yaml {media}/example",
    }
    messages = [f.message for f in lint(Project(tmp_path), ["t"]) if f.rule_id == "example-valid"]
    assert messages == [
        "[example-valid] not checked: schema A does not resolve (see the ref-resolves finding); "
        "fix that first"
    ]


# -- the validator opens nothing and keeps going ---------------------------------------------------


@pytest.fixture
def recording_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request path and answers with a schema."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            body = b'{"type": "string", "description": "REMOTE-CANARY"}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("which", ["file", "remote", "both"])
def test_lint_opens_no_file_outside_the_folder_and_sends_no_request(
    tmp_path: Path, recording_server: tuple[str, list[str]], which: str
) -> None:
    base_url, hits = recording_server
    canary = tmp_path / "canary.env"
    canary.write_text("API_TOKEN=CANARY-hunter2\n")
    refs = {
        "file": f"file://{canary.as_posix()}",
        "remote": f"{base_url}/schema.json",
    }
    chosen = refs if which == "both" else {which: refs[which]}
    properties = "".join(f'        {name}: {{$ref: "{ref}"}}\n' for name, ref in chosen.items())
    spec = (
        HEAD
        + "components:\n  schemas:\n    A:\n      type: object\n      description: A.\n"
        + "      default: {file: 1, remote: 1}\n      example: {file: 1, remote: 1}\n"
        + "      properties:\n"
        + properties
    )
    spec_dir = tmp_path / "specs" / "t"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(spec)
    findings = lint(Project(tmp_path), ["t"])
    output = "\n".join(str(f) for f in findings)
    assert "CANARY" not in output
    assert hits == []
    assert {(f.rule_id, f.file, f.pointer) for f in findings} == {
        ("ref-resolves", "specs/t/openapi.yaml", f"/components/schemas/A/properties/{name}/$ref")
        for name in chosen
    }


def test_a_later_error_is_found_after_the_validator_fails_on_a_node(tmp_path: Path) -> None:
    # a path parameter without a name makes the validator's second pass fail on it (KeyError);
    # /b's undeclared path parameter, found only by that second pass, must still be reported
    operation = "      summary: S.\n      description: D.\n      tags: [a]\n"
    found = lint_text(
        tmp_path,
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n'
        "  /a/{id}:\n    get:\n      operationId: get_a\n" + operation + "      parameters:\n"
        "        - {in: path, required: true, description: The id., schema: {type: string}}\n"
        '      responses:\n        "204": {description: ok}\n'
        "  /b/{id}:\n    get:\n      operationId: get_b\n"
        + operation
        + '      responses:\n        "204": {description: ok}\n',
    )
    assert found == {
        "spec-valid openapi.yaml /paths/~1a~1{id}/get/parameters/0",
        "spec-valid openapi.yaml /paths/~1b~1{id}/get",
    }


def test_a_validator_failure_is_reported_at_the_node_and_checking_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openapi_spec_validator.validation import keywords

    original = keywords.OpenAPIV31SchemaValidator.__call__

    def failing(self: Any, schema: Any, *args: Any, **kwargs: Any) -> Any:
        if tuple(schema.parts)[-1:] == ("Bad",):
            raise TypeError("unhashable type: 'list'")
        return original(self, schema, *args, **kwargs)

    monkeypatch.setattr(keywords.OpenAPIV31SchemaValidator, "__call__", failing)
    found = lint_text(
        tmp_path,
        HEAD
        + "components:\n  schemas:\n"
        + "    A: {type: object, description: A.}\n"
        + "    Bad: {type: object, description: B.}\n"
        + "    Later: {type: string, description: L., default: 5}\n",
    )
    # Bad and Later are unused components, reported as such; the point is the two spec-valid ones
    assert {f for f in found if f.startswith("spec-valid")} == {
        "spec-valid openapi.yaml /components/schemas/Bad",
        "spec-valid openapi.yaml /components/schemas/Later/default",
    }
    messages = [f.message for f in lint(Project(tmp_path), ["t"]) if f.pointer.endswith("Bad")]
    assert any("openapi-spec-validator failed here (TypeError:" in m for m in messages)


def test_an_alias_bomb_is_one_finding_naming_file_and_line(tmp_path: Path) -> None:
    bomb = "".join(f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10))
    spec_dir = tmp_path / "specs" / "t"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\nx-bomb:\n'
        "  a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + bomb
    )
    [finding] = lint(Project(tmp_path), ["t"])
    assert (finding.file, finding.pointer, finding.rule_id) == (
        "specs/t/openapi.yaml",
        "",
        "spec-valid",
    )
    assert finding.message.startswith("[spec-valid] line ")
    assert "alias bomb" in finding.message


@pytest.mark.parametrize(
    ("schema", "where", "message"),
    [
        ("{type: file}", "/type", "type 'file' is not a JSON Schema type"),
        ("{type: [string, file]}", "/type", "type ['string', 'file'] is not a JSON Schema type"),
        ("{type: object, required: 5}", "/required", "5 is not of type 'array'"),
    ],
)
def test_schemas_are_held_against_the_json_schema_metaschema(
    tmp_path: Path, schema: str, where: str, message: str
) -> None:
    """`type: file` (Swagger 2) in a 3.1 document passed lint, then both generators refused it:
    lint-clean must mean generate can read every schema."""
    from docspecs import Project
    from docspecs.lint import lint

    spec_dir = tmp_path / "specs" / "demo"
    spec_dir.mkdir(parents=True)
    inline = "/paths/~1a/get/responses/200/content/application~1json/schema"
    (spec_dir / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: D, version: '1', description: d}\n"
        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n"
        "          description: ok\n"
        f"          content: {{application/json: {{schema: {schema}}}}}\n"
        f"components:\n  schemas:\n    A: {schema}\n"
    )
    found = [
        (f.pointer, f.message)
        for f in lint(Project(tmp_path), ["demo"])
        if f.rule_id == "spec-valid"
    ]
    for at in ("/components/schemas/A", inline):  # in place: the validator did not look
        assert any(p == at + where and message in m for p, m in found), (at, found)


def test_control_characters_in_a_spec_cannot_forge_output_lines(tmp_path: Path) -> None:
    """A schema named "A\\n::error file=x::..." printed a line of its own (a GitHub Actions
    workflow command in a CI log) and an escape sequence drove the terminal."""
    spec_dir = tmp_path / "specs" / "demo"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: D, version: '1', description: d}\npaths: {}\n"
        'components:\n  schemas:\n    "A\\n::error file=x::pwned\\e[31m": {type: object}\n'
    )
    lines = [str(f) for f in lint(Project(tmp_path), ["demo"])]
    assert lines and all("\n" not in line and "\x1b" not in line for line in lines)
    assert any("A\\n::error file=x::pwned\\x1b[31m" in line for line in lines)


# -- per-API lint configuration: `[lint] disable` in overlays/<api>/generator-settings.toml ----

# A vendor's published 3.0 document as such documents often are: valid and generatable, but with
# no tags, operationIds, summaries or descriptions, inline bodies and a component nobody uses.
VENDOR_30 = """\
openapi: 3.0.3
info: {title: Vendor, version: "2.1"}
paths:
  /jobs/{job_id}:
    get:
      parameters:
        - {name: job_id, in: path, required: true, schema: {type: string}}
        - {name: verbose, in: query, schema: {type: boolean}}
      responses:
        "200":
          description: the job
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  note: {type: string, nullable: true}
  /jobs:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Job"}
components:
  schemas:
    Job:
      type: object
      properties:
        id: {type: string}
    Orphan:
      type: object
      properties:
        x: {type: integer}
"""

VENDOR_STYLE = [
    "operation-operationId",
    "operation-summary",
    "operation-description",
    "operation-tags",
    "parameter-description",
    "property-description",
    "body-named-schema",
    "no-unused-components",
]


def vendor_project(tmp_path: Path, settings: str | None) -> Project:
    (tmp_path / "specs" / "vendor").mkdir(parents=True)
    (tmp_path / "specs" / "vendor" / "openapi.yaml").write_text(VENDOR_30)
    if settings is not None:
        (tmp_path / "overlays" / "vendor").mkdir(parents=True)
        (tmp_path / "overlays" / "vendor" / "generator-settings.toml").write_text(settings)
    return Project(tmp_path)


def disable(*rule_ids: str) -> str:
    return "[lint]\ndisable = [" + ", ".join(f'"{r}"' for r in rule_ids) + "]\n"


def test_a_vendor_document_is_held_to_its_style_rules_without_a_lint_config(
    tmp_path: Path,
) -> None:
    findings = lint(vendor_project(tmp_path, None), ["vendor"])
    assert {f.rule_id for f in findings} == {*VENDOR_STYLE, "openapi-version"}


def test_a_lint_config_makes_a_vendor_document_clean_and_counts_what_it_suppressed(
    tmp_path: Path,
) -> None:
    from docspecs._findings import Level
    from docspecs.lint import lint_report

    without = lint(vendor_project(tmp_path / "a", None), ["vendor"])
    report = lint_report(vendor_project(tmp_path / "b", disable(*VENDOR_STYLE)), ["vendor"])
    # only the 3.0 conversion note is left, and it is not a problem
    assert [(f.rule_id, f.level) for f in report.findings] == [("openapi-version", Level.INFO)]
    expected: dict[str, int] = {}
    for finding in without:
        if finding.rule_id in VENDOR_STYLE:
            expected[finding.rule_id] = expected.get(finding.rule_id, 0) + 1
    assert dict(report.suppressed) == expected
    assert report.suppressed["property-description"] == 5


def test_disabling_some_rules_keeps_the_others(tmp_path: Path) -> None:
    findings = lint(vendor_project(tmp_path, disable("operation-tags")), ["vendor"])
    rule_ids = {f.rule_id for f in findings}
    assert "operation-tags" not in rule_ids
    assert {"operation-summary", "property-description"} <= rule_ids


def test_a_lint_config_does_not_hide_correctness_findings(tmp_path: Path) -> None:
    project = vendor_project(tmp_path, disable(*VENDOR_STYLE))
    spec = project.spec_path("vendor")
    spec.write_text(spec.read_text().replace("id: {type: string}\n    Orphan", "id: 5\n    Orphan"))
    assert {f.rule_id for f in lint(project, ["vendor"])} >= {"spec-valid"}


@pytest.mark.parametrize("rule_id", [rule.id for rule in RULES if not rule.style])
def test_a_rule_that_guards_generation_cannot_be_disabled(tmp_path: Path, rule_id: str) -> None:
    project = vendor_project(tmp_path, disable("operation-tags", rule_id))
    findings = lint(project, ["vendor"])
    refused = [f for f in findings if f.rule_id == "settings-valid"]
    assert [(f.file, f.pointer) for f in refused] == [
        ("overlays/vendor/generator-settings.toml", "/lint/disable/1")
    ]
    assert f"rule {rule_id!r} guards generation or safety and cannot be disabled" in (
        refused[0].message
    )
    # a broken config suppresses nothing: the style findings are all still there
    assert "operation-tags" in {f.rule_id for f in findings}


def test_an_unknown_rule_id_is_refused_naming_it(tmp_path: Path) -> None:
    project = vendor_project(tmp_path, disable("operation-tag"))
    refused = [f for f in lint(project, ["vendor"]) if f.rule_id == "settings-valid"]
    assert [str(f) for f in refused] == [
        "overlays/vendor/generator-settings.toml: /lint/disable/0: [settings-valid] Value error, "
        "unknown rule id 'operation-tag' (`docspecs lint --rules` lists them)"
    ]


def test_a_misspelt_lint_setting_is_refused(tmp_path: Path) -> None:
    project = vendor_project(tmp_path, '[lint]\ndisabled = ["operation-tags"]\n')
    refused = [f for f in lint(project, ["vendor"]) if f.rule_id == "settings-valid"]
    assert [(f.pointer, f.message) for f in refused] == [
        (
            "/lint/disabled",
            "[settings-valid] unknown setting (see the settings in README, Generation)",
        )
    ]


def test_generate_refuses_a_lint_config_that_disables_a_guarding_rule(tmp_path: Path) -> None:
    from docspecs._errors import DocspecsError
    from docspecs._settings import load

    project = vendor_project(tmp_path, disable("example-valid"))
    with pytest.raises(DocspecsError) as error:
        load(project.overlays_dir / "vendor", project.root)
    assert str(error.value).startswith(
        "overlays/vendor/generator-settings.toml: /lint/disable/0: Value error, rule "
        "'example-valid' guards generation or safety and cannot be disabled"
    )
