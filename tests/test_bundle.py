"""bundle(): one document from a spec and the files beside it, or an error naming file + pointer."""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from docspecs import DocspecsError
from docspecs.bundle import bundle

REPO = Path(__file__).resolve().parent.parent


def write(root: Path, files: dict[str, str]) -> Path:
    """Write `files` (path -> YAML/JSON text) under `root`; return the spec path."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root / "openapi.yaml"


def spec(paths: str = "{}", components: str = "") -> str:
    head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
    body = (
        f"paths:\n{textwrap.indent(textwrap.dedent(paths), '  ')}"
        if paths != "{}"
        else ("paths: {}\n")
    )
    comps = (
        f"components:\n{textwrap.indent(textwrap.dedent(components), '  ')}" if components else ""
    )
    return head + body + comps


GET_RUN = """\
/runs/{id}:
  get:
    responses:
      "200":
        description: ok
        content:
          application/json:
            schema: {$ref: "schemas/run.yaml"}
"""


def all_refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for value in node.values() for r in all_refs(value)]
    if isinstance(node, list):
        return [r for item in node for r in all_refs(item)]
    return []


def test_external_schema_becomes_a_named_component(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(GET_RUN),
            "schemas/run.yaml": """\
                type: object
                properties:
                  status: {$ref: "status.yaml#/RunStatus"}
                """,
            "schemas/status.yaml": "RunStatus: {type: string, enum: [DONE, FAILED]}\n",
        },
    )
    doc = bundle(path)
    media = doc["paths"]["/runs/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/run"}
    assert doc["components"]["schemas"] == {
        "RunStatus": {"type": "string", "enum": ["DONE", "FAILED"]},
        "run": {
            "type": "object",
            "properties": {"status": {"$ref": "#/components/schemas/RunStatus"}},
        },
    }


def test_root_component_names_win_and_are_filled_in_place(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                GET_RUN,
                """\
                schemas:
                  Run: {$ref: "schemas/run.yaml"}
                  Other: {type: object, properties: {run: {$ref: "#/components/schemas/Run"}}}
                """,
            ),
            "schemas/run.yaml": "type: object\n",
        },
    )
    doc = bundle(path)
    media = doc["paths"]["/runs/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Run"}
    assert list(doc["components"]["schemas"]) == ["Run", "Other"]
    assert doc["components"]["schemas"]["Run"] == {"type": "object"}


def test_recursive_schemas_across_files_terminate(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(GET_RUN),
            "schemas/run.yaml": """\
                type: object
                properties:
                  children: {type: array, items: {$ref: "#"}}
                  parent: {$ref: "../other/node.yaml#/Node"}
                """,
            "other/node.yaml": "Node: {properties: {run: {$ref: '../schemas/run.yaml'}}}\n",
        },
    )
    schemas = bundle(path)["components"]["schemas"]
    assert schemas["run"]["properties"]["children"]["items"] == {"$ref": "#/components/schemas/run"}
    assert schemas["run"]["properties"]["parent"] == {"$ref": "#/components/schemas/Node"}
    assert schemas["Node"]["properties"]["run"] == {"$ref": "#/components/schemas/run"}


def test_other_external_refs_are_inlined_and_local_refs_stay(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                """\
                /a:
                  get:
                    parameters: [{$ref: "#/components/parameters/Id"}]
                    responses:
                      "404": {$ref: "responses.yaml#/NotFound", description: overridden}
                """,
                """\
                parameters:
                  Id: {name: id, in: query, schema: {type: string}}
                schemas:
                  Error: {type: object}
                """,
            ),
            "responses.yaml": """\
                NotFound:
                  description: not found
                  content:
                    application/json:
                      schema: {$ref: "openapi.yaml#/components/schemas/Error"}
                """,
        },
    )
    doc = bundle(path)
    operation = doc["paths"]["/a"]["get"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/Id"}]
    assert operation["responses"]["404"] == {
        "description": "overridden",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    assert not [r for r in all_refs(doc) if not r.startswith("#/")]


def test_external_value_examples_are_inlined_as_value(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                """\
                /a:
                  get:
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {type: object}
                            examples:
                              done: {summary: Done, externalValue: examples/a-done.json}
                """
            ),
            "examples/a-done.json": '{"status": "DONE", "$ref": "just data"}',
        },
    )
    doc = bundle(path)
    media = doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["examples"] == {
        "done": {"summary": "Done", "value": {"status": "DONE", "$ref": "just data"}}
    }


def test_yaml_is_read_as_json_data(tmp_path: Path) -> None:
    """Dates and yes/no/on/off stay strings, unquoted status codes become string keys (YAML 1.2 /
    JSON readings, as OpenAPI 3.1 tools read them)."""
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                """\
                /a:
                  get:
                    responses:
                      200:
                        description: ok
                        content:
                          application/json:
                            schema: {type: string, format: date, examples: [no, on, true]}
                            example: 2024-01-31
                """
            )
        },
    )
    doc = bundle(path)
    response = doc["paths"]["/a"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["example"] == "2024-01-31"
    assert response["content"]["application/json"]["schema"]["examples"] == ["no", "on", True]
    json.dumps(doc)


def test_numbers_follow_the_yaml_12_core_schema(tmp_path: Path) -> None:
    """`1e-08`, `1E3`, `1e+09` are floats (YAML 1.1 left them strings); `1:20` is a string (not
    sexagesimal 80), `0755` is 755 (not octal 493), `0o17` and `0x1f` are ints."""
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                components="""                schemas:
                  N:
                    type: number
                    minimum: 1e-08
                    maximum: 1E3
                    multipleOf: 1e+09
                    examples: [1:20, 0755, 0o17, 0x1f, -.5, +7, "1e3", ".inf"]
                """
            )
        },
    )
    schema = bundle(path)["components"]["schemas"]["N"]
    assert (schema["minimum"], schema["maximum"], schema["multipleOf"]) == (1e-08, 1000.0, 1e09)
    assert all(type(schema[key]) is float for key in ("minimum", "maximum", "multipleOf"))
    assert schema["examples"] == ["1:20", 755, 15, 31, -0.5, 7, "1e3", ".inf"]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (".inf", "line 4, column 6: invalid YAML: .inf is not a JSON number"),
        ("-.Inf", "line 4, column 6: invalid YAML: -.Inf is not a JSON number"),
        (".nan", "line 4, column 6: invalid YAML: .nan is not a JSON number"),
        ("!!float inf", "line 4, column 6: invalid YAML: inf is not a JSON number"),
        ("!!binary aGk=", "line 4, column 6: invalid YAML: the tag !!binary makes a value JSON"),
        ("!!timestamp 2024-01-31", "line 4, column 6: invalid YAML: the tag !!timestamp"),
        ("!!set {a}", "line 4, column 6: invalid YAML: the tag !!set"),
        ("!!omap [a: 1]", "line 4, column 6: invalid YAML: the tag !!omap"),
        ("!!int 1.5", "line 4, column 6: invalid YAML: '1.5' is not an integer"),
        ("!!float abc", "line 4, column 6: invalid YAML: 'abc' is not a number"),
        ("{[a]: 1}", "line 4, column 7: invalid YAML: a mapping key must be a string"),
        ("{{a: 1}: 1}", "line 4, column 7: invalid YAML: a mapping key must be a string"),
    ],
)
def test_yaml_that_json_cannot_hold_is_an_error_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, problem: str
) -> None:
    """OpenAPI allows only JSON data in YAML (its tags limited to the JSON schema's, its keys to
    strings): what JSON cannot hold would reach openapi.json as `Infinity` or crash the writer,
    and a bad explicit tag or a list as a key was a traceback."""
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, {"openapi.yaml": spec() + f"x-v: {value}\n"})
    with pytest.raises(DocspecsError) as caught:
        bundle(path)
    assert f"openapi.yaml: /: {problem}" in str(caught.value)


def test_keys_that_are_not_strings_are_read_as_written(tmp_path: Path) -> None:
    """Numbers, booleans and nulls as keys become the text written (JSON keys are strings), so
    the document can be written as openapi.json with sorted keys."""
    path = write(
        tmp_path,
        {"openapi.yaml": spec() + "x-k: {200: a, 0o17: b, 1.50: c, true: d, ~: e, .inf: f}\n"},
    )
    document = bundle(path)
    assert document["x-k"] == {
        "200": "a",
        "0o17": "b",
        "1.50": "c",
        "true": "d",
        "~": "e",
        ".inf": "f",
    }
    json.dumps(document, sort_keys=True, allow_nan=False)


@pytest.mark.parametrize("infinity", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity_are_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, infinity: str
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(components="schemas:\n  R: {$ref: run.json}\n"),
            "run.json": f'{{\n  "type": "number",\n  "maximum": {infinity}\n}}\n',
        },
    )
    with pytest.raises(DocspecsError) as caught:
        bundle(path)
    assert f"run.json: line 3: invalid JSON: {infinity} is not a JSON number" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "text", "label", "line"),
    [
        ("openapi.yaml", spec() + "x-d: " + "[" * 50_000 + "]" * 50_000 + "\n", "YAML", 4),
        ("openapi.yaml", spec() + "x-d:\n  " + "- " * 50_000 + "x\n", "YAML", 5),
        ("openapi.yaml", spec() + "x-d: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n", "YAML", 4),
        ("openapi.yaml", '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON", 1),
        # closing brackets inside a string cannot hide the depth
        (
            "openapi.yaml",
            spec() + 'x-s: "' + "]" * 9_000 + '"\nx-d: ' + "[" * 9_000 + "]" * 9_000 + "\n",
            "YAML",
            5,
        ),
    ],
)
def test_deep_nesting_is_an_error_with_its_line_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, label: str, line: int
) -> None:
    """50,000 nested lists crashed PyYAML's C composer (a segmentation fault, no message); a
    few thousand were a RecursionError in later walks."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    with pytest.raises(DocspecsError) as caught:
        bundle(tmp_path / "openapi.yaml")
    expected = f"line {line}: invalid {label}: nested more than 256 levels deep"
    assert expected in str(caught.value)


def test_nesting_well_within_the_limit_loads(tmp_path: Path) -> None:
    path = write(tmp_path, {"openapi.yaml": spec() + "x-d: " + "[" * 200 + "]" * 200 + "\n"})
    node = bundle(path)["x-d"]
    for _ in range(199):
        node = node[0]
    assert node == []


def test_merge_keys_may_be_overridden_but_written_keys_not_repeated(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                components="""                schemas:
                  Base: &base {type: object, description: Base.}
                  Derived:
                    <<: *base
                    description: Derived.
                """
            )
        },
    )
    schemas = bundle(path)["components"]["schemas"]
    assert schemas["Derived"] == {"type": "object", "description": "Derived."}


def alias_bomb(levels: int = 9) -> str:
    """A few hundred bytes of nested aliases standing for 9**levels nodes."""
    lines = ["openapi: 3.1.0", "info: {title: t, version: '1'}", "paths: {}", "x-bomb:"]
    lines.append("  a0: &a0 [x, x, x, x, x, x, x, x, x]")
    for i in range(1, levels + 1):
        lines.append(f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_fast_naming_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, {"openapi.yaml": alias_bomb()})
    started = time.perf_counter()
    with pytest.raises(DocspecsError) as caught:
        bundle(path)
    assert time.perf_counter() - started < 2
    message = str(caught.value)
    assert message.startswith("openapi.yaml: /: line ")
    assert "alias bomb" in message
    line = int(message.split("line ", 1)[1].split(":", 1)[0])
    assert alias_bomb().splitlines()[line - 1].lstrip().startswith("a")


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, {"openapi.yaml": spec() + "x-loop: &loop [1, *loop]\n"})
    with pytest.raises(DocspecsError, match=r"line 4, column 9: .*contains it"):
        bundle(path)


def test_shared_anchors_well_within_the_limit_load(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {"openapi.yaml": spec() + "x-a: &a {k: [1, 2, 3]}\nx-b: [*a, *a, *a]\n"},
    )
    assert bundle(path)["x-b"] == [{"k": [1, 2, 3]}] * 3


def test_output_is_deterministic(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(GET_RUN),
            "schemas/run.yaml": "properties: {b: {$ref: 'b.yaml'}, a: {$ref: 'a.yaml'}}\n",
            "schemas/a.yaml": "type: string\n",
            "schemas/b.yaml": "type: integer\n",
        },
    )
    first, second = bundle(path), bundle(path)
    assert json.dumps(first) == json.dumps(second)
    assert list(first["components"]["schemas"]) == ["a", "b", "run"]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {"openapi.yaml": spec(GET_RUN)},
            "openapi.yaml: /paths/~1runs~1{id}/get/responses/200/content/application~1json"
            "/schema/$ref: cannot resolve 'schemas/run.yaml': schemas/run.yaml: file not found",
            id="missing-file",
        ),
        pytest.param(
            {"openapi.yaml": spec(GET_RUN), "schemas/run.yaml": "properties: {a: {$ref: '#/X'}}\n"},
            "schemas/run.yaml: /properties/a/$ref: cannot resolve '#/X': nothing at /X",
            id="missing-pointer-in-nested-file",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(
                    """\
                    /a:
                      get:
                        responses:
                          "200": {$ref: "#/components/responses/Nope"}
                    """
                )
            },
            "openapi.yaml: /paths/~1a/get/responses/200/$ref: cannot resolve "
            "'#/components/responses/Nope': nothing at /components",
            id="missing-local",
        ),
        pytest.param(
            {"openapi.yaml": spec(GET_RUN), "schemas/run.yaml": "type: [object\n"},
            "openapi.yaml: /paths/~1runs~1{id}/get/responses/200/content/application~1json"
            "/schema/$ref: cannot resolve 'schemas/run.yaml': schemas/run.yaml: line 2, column 1:"
            " invalid YAML: did not find expected ',' or ']'",
            id="yaml-error-in-referenced-file",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(
                    """\
                    /a: {$ref: "paths.yaml#/A"}
                    """
                ),
                "paths.yaml": "A: {$ref: '#/A'}\n",
            },
            "paths.yaml: /A/$ref: cannot resolve '#/A': circular reference (it refers to itself)",
            id="circular-inline",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(
                    GET_RUN, "schemas:\n  run: {type: object, properties: {x: {type: string}}}\n"
                ),
                "schemas/run.yaml": "type: object\n",
            },
            "openapi.yaml: /paths/~1runs~1{id}/get/responses/200/content/application~1json"
            "/schema/$ref: cannot resolve 'schemas/run.yaml': schema name 'run' is taken: both "
            "openapi.yaml#/components/schemas/run and schemas/run.yaml# would become "
            "#/components/schemas/run",
            id="name-collision",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(
                    """\
                    /a:
                      get:
                        responses:
                          "200":
                            description: ok
                            content:
                              application/json:
                                examples: {x: {externalValue: examples/nope.json}}
                    """
                )
            },
            "openapi.yaml: /paths/~1a/get/responses/200/content/application~1json/examples/x"
            "/externalValue: cannot read example 'examples/nope.json': file not found",
            id="missing-example-file",
        ),
        pytest.param(
            {"openapi.yaml": "openapi: 3.1.0\npaths:\n  /a: [\n"},
            "openapi.yaml: /: line 4, column 1: invalid YAML: did not find expected node content",
            id="yaml-error-in-spec",
        ),
        pytest.param(
            {"openapi.yaml": "openapi: 3.1.0\nopenapi: 3.0.0\n"},
            "openapi.yaml: /: line 2, column 1: invalid YAML: found duplicate key 'openapi'",
            id="duplicate-key",
        ),
    ],
)
def test_problems_raise_naming_file_and_pointer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], expected: str
) -> None:
    path = write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DocspecsError) as raised:
        bundle(path)
    assert str(raised.value) == expected


def test_refs_and_examples_may_not_leave_the_spec_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A $ref or externalValue climbing out of the spec's folder (or a symlink pointing out of
    it) would copy any file on disk into the document: refused, naming file and pointer, and the
    target is never read."""
    (tmp_path / "secret.yaml").write_text("password: hunter2\n")
    path = write(
        tmp_path / "api",
        {
            "openapi.yaml": spec(
                """\
                /a:
                  get:
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: "../secret.yaml"}
                            examples: {x: {externalValue: "../secret.yaml"}}
                      "201": {$ref: "responses.yaml#/Created"}
                """
            ),
        },
    )
    (tmp_path / "api" / "responses.yaml").symlink_to(tmp_path / "secret.yaml")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DocspecsError) as raised:
        bundle(path)
    media = "/paths/~1a/get/responses/200/content/application~1json"
    real = tmp_path.resolve()
    secret = (real / "secret.yaml").as_posix()
    assert str(raised.value).splitlines() == [
        f"api/openapi.yaml: {media}/examples/x/externalValue: cannot read example "
        f"'../secret.yaml': the target leaves the spec's folder api/ ({secret}); "
        "refs and examples must stay inside it",
        f"api/openapi.yaml: {media}/schema/$ref: cannot resolve '../secret.yaml': the target "
        f"leaves the spec's folder api/ ({secret}); refs and examples must stay inside it",
        f"api/openapi.yaml: /paths/~1a/get/responses/201/$ref: cannot resolve "
        f"'responses.yaml#/Created': the target leaves the spec's folder api/ "
        f"({(real / 'api' / 'responses.yaml').as_posix()}, a link to {secret}); "
        "refs and examples must stay inside it",
    ]
    assert "hunter2" not in str(raised.value)


def test_the_spec_file_may_not_be_a_link_out_of_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`specs/<api>/openapi.yaml` linked to a file elsewhere made that file's folder the one refs
    may read, and printed its content in findings (`{"API_TOKEN":"..."} is not valid ...`)."""
    (tmp_path / "secret.yaml").write_text("API_TOKEN: hunter2\n")
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "openapi.yaml").symlink_to(tmp_path / "secret.yaml")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DocspecsError) as raised:
        bundle(tmp_path / "api" / "openapi.yaml")
    message = str(raised.value)
    assert message.startswith("api/openapi.yaml: /: the spec file is a link to ")
    assert "outside its folder api/" in message
    assert "hunter2" not in message


def test_a_pipe_or_device_is_refused_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO beside the spec made lint wait for ever; a device never ends."""
    import os

    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, {"openapi.yaml": spec(components="schemas:\n  R: {$ref: r.yaml}\n")})
    os.mkfifo(tmp_path / "r.yaml")
    started = time.perf_counter()
    with pytest.raises(DocspecsError) as raised:
        bundle(path)
    assert time.perf_counter() - started < 5
    assert "r.yaml: cannot read: not a regular file" in str(raised.value)


CYCLE = " (refs that lead only to each other never reach a schema or object)"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {
                "openapi.yaml": spec(
                    components="""\
                    schemas:
                      X: {$ref: "#/components/schemas/Y"}
                      Y: {$ref: "#/components/schemas/X"}
                    """
                )
            },
            "openapi.yaml: /components/schemas/X/$ref: cannot resolve '#/components/schemas/Y': "
            "circular reference X -> Y -> X" + CYCLE,
            id="two-components",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(
                    components="schemas:\n  Z: {$ref: '#/components/schemas/Z', description: z}\n"
                )
            },
            "openapi.yaml: /components/schemas/Z/$ref: cannot resolve '#/components/schemas/Z': "
            "circular reference Z -> Z" + CYCLE,
            id="itself",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(GET_RUN),
                "schemas/run.yaml": "$ref: 'other.yaml#/Other'\n",
                "schemas/other.yaml": "Other: {$ref: 'run.yaml'}\n",
            },
            "schemas/other.yaml: /Other/$ref: cannot resolve 'run.yaml': circular reference "
            "schemas/other.yaml#/Other -> schemas/run.yaml -> schemas/other.yaml#/Other" + CYCLE,
            id="across-files",
        ),
        pytest.param(
            {
                "openapi.yaml": spec(
                    """\
                    /a:
                      get:
                        responses:
                          "200": {$ref: "#/components/responses/A"}
                    """,
                    """\
                    responses:
                      A: {$ref: "#/components/responses/B"}
                      B: {$ref: "#/components/responses/A"}
                    """,
                )
            },
            "openapi.yaml: /components/responses/A/$ref: cannot resolve "
            "'#/components/responses/B': circular reference A -> B -> A" + CYCLE,
            id="responses",
        ),
    ],
)
def test_a_cycle_of_refs_raises_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], expected: str
) -> None:
    path = write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DocspecsError) as raised:
        bundle(path)
    assert str(raised.value) == expected


def test_recursive_objects_are_not_ref_cycles(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(
                components="""\
                schemas:
                  Alias: {$ref: "#/components/schemas/Node"}
                  Node:
                    type: object
                    properties:
                      next: {$ref: "#/components/schemas/Alias"}
                      all: {allOf: [{$ref: "#/components/schemas/Node"}]}
                """
            )
        },
    )
    schemas = bundle(path)["components"]["schemas"]
    assert schemas["Node"]["properties"]["next"] == {"$ref": "#/components/schemas/Alias"}


@pytest.mark.parametrize(
    "api", sorted(p.parent.name for p in (REPO / "specs").glob("*/openapi.yaml"))
)
def test_real_specs_bundle_to_local_refs_and_inline_examples(api: str) -> None:
    doc = bundle(REPO / "specs" / api / "openapi.yaml")
    assert all(ref.startswith("#/") for ref in all_refs(doc))
    assert "externalValue" not in json.dumps(doc)
    json.dumps(doc, sort_keys=True)


def test_a_json_document_saved_as_yaml_is_read_as_json(tmp_path: Path) -> None:
    """Tab indentation and the `\\/` escape are JSON that PyYAML refuses; numbers stay numbers."""
    path = tmp_path / "openapi.yaml"
    path.write_text(
        '{\n\t"openapi": "3.1.0",\n\t"info": {"title": "a\\/b", "version": "1"},\n'
        '\t"paths": {},\n\t"x-n": 1e-08\n}\n'
    )
    document = bundle(path)
    assert document["info"]["title"] == "a/b"
    assert document["x-n"] == 1e-08


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("openapi.yaml", "openapi.yaml: /: line 3, column 3: invalid YAML: found duplicate key"),
        ("run.json", "run.json: line 3, column 3: invalid JSON: found duplicate key 'a'"),
    ],
)
def test_a_key_given_twice_in_json_is_an_error_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    duplicated = '{\n  "a": 1,\n  "a": 2\n}\n'
    files = (
        {"openapi.yaml": duplicated}
        if name == "openapi.yaml"
        else {
            "openapi.yaml": spec(components="schemas:\n  R: {$ref: run.json}\n"),
            "run.json": duplicated,
        }
    )
    path = write(tmp_path, files)
    with pytest.raises(DocspecsError) as caught:
        bundle(path)
    assert expected in str(caught.value)
