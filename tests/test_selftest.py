"""The self-test of every generation: both staged packages parse every example and agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_generate import tree

from docspecs import Project
from docspecs._selftest import examples_of
from docspecs.cli import main
from docspecs.generate import generate

SPEC = """\
openapi: 3.1.0
info: {title: Shelf API, version: 1.0.0}
servers: [{url: 'https://api.example.com'}]
paths:
  /books:
    get:
      operationId: list_books
      description: Every book.
      responses:
        '200':
          description: The books.
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Book'}
              examples:
                two:
                  value: [{id: b1, pages: 10}, {id: b2, pages: 20, cover: soft}]
    post:
      operationId: add_book
      description: Add a book.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Book'}
            example: {id: b3, pages: 30, shelf: {id: s1}}
      responses:
        '201':
          description: The book as stored.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Book'}
              examples:
                stored: {$ref: '#/components/examples/Stored'}
        '409':
          description: A plain-text reason, as JSON.
          content:
            application/json:
              schema: {type: string}
              example: the shelf is full
        '404':
          description: No such shelf.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Problem'}
              examples:
                missing:
                  value: {code: not_found, detail: no such shelf}
components:
  examples:
    Stored:
      value: {id: b3, pages: 30}
  schemas:
    Book:
      type: object
      description: A book.
      required: [id]
      properties:
        id: {type: string}
        pages: {type: integer}
        chapters:
          type: array
          description: Bounded integer items (the models package wraps each in a RootModel).
          items: {type: integer, minimum: 1}
        shelf:
          type: object
          description: A nested inline object (its class lists Book among its roots).
          properties:
            id: {type: string}
      examples:
        - {id: b9, pages: 99, chapters: [1, 2]}
    Code:
      type: string
      description: A plain enum component with a schema example.
      enum: [a, b]
      examples: [a]
    Isbn:
      type: string
      description: A plain string component with a schema example.
      examples: ['978-3-16-148410-0']
    Books:
      type: array
      description: An array component of objects.
      items: {$ref: '#/components/schemas/Book'}
      examples:
        - [{id: b1}, {id: b2, pages: 3}]
    Problem:
      type: object
      description: What went wrong.
      properties:
        code: {type: string}
        detail: {type: string}
"""


def shelf_project(root: Path, spec: str = SPEC) -> Project:
    (root / "specs" / "shelf").mkdir(parents=True)
    (root / "specs" / "shelf" / "openapi.yaml").write_text(spec, encoding="utf-8")
    return Project(root)


def test_every_example_is_found_with_its_pointers() -> None:
    import yaml

    cases = examples_of(yaml.safe_load(SPEC))
    found = {(c["example"], c["schema"], c["component"], c["array"], c["status"]) for c in cases}
    media = "/content/application~1json"
    assert found == {
        (
            f"/paths/~1books/get/responses/200{media}/examples/two/value",
            f"/paths/~1books/get/responses/200{media}/schema",
            "Book",
            True,
            "200",
        ),
        (
            f"/paths/~1books/post/requestBody{media}/example",
            f"/paths/~1books/post/requestBody{media}/schema",
            "Book",
            False,
            None,
        ),
        (
            "/components/examples/Stored/value",
            f"/paths/~1books/post/responses/201{media}/schema",
            "Book",
            False,
            "201",
        ),
        (
            f"/paths/~1books/post/responses/404{media}/examples/missing/value",
            f"/paths/~1books/post/responses/404{media}/schema",
            "Problem",
            False,
            "404",
        ),
        (
            f"/paths/~1books/post/responses/409{media}/example",
            f"/paths/~1books/post/responses/409{media}/schema",
            None,
            False,
            "409",
        ),
        ("/components/schemas/Book/examples/0", "/components/schemas/Book", "Book", False, None),
        ("/components/schemas/Books/examples/0", "/components/schemas/Books", "Books", False, None),
        ("/components/schemas/Code/examples/0", "/components/schemas/Code", "Code", False, None),
        ("/components/schemas/Isbn/examples/0", "/components/schemas/Isbn", "Isbn", False, None),
    }


def test_generation_runs_the_self_test_on_every_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = shelf_project(tmp_path)
    assert main(["--root", str(project.root), "generate"]) == 0
    out = capsys.readouterr().out
    # plain components (an enum, a string) and an array component are checked too
    assert "shelf: self-test 9 example(s) parse and round-trip" in out


def test_an_example_a_package_cannot_parse_fails_the_api_and_leaves_generated_untouched(
    tmp_path: Path,
) -> None:
    project = shelf_project(tmp_path)
    assert generate(project, [], progress=None).ok
    before = tree(project.generated_dir)
    spec = project.spec_path("shelf")
    # both packages refuse a string for an integer; the client, tried first, names the path
    spec.write_text(spec.read_text("utf-8").replace("pages: 20", "pages: many"), "utf-8")
    report = generate(project, [], progress=None)
    assert not report.ok
    error = report.apis[0].error or ""
    media = "/content/application~1json"
    assert error.startswith(
        "shelf: self-test: specs/shelf/openapi.yaml: "
        f"/paths/~1books/get/responses/200{media}/examples/two/value: "
        f"schema /paths/~1books/get/responses/200{media}/schema: "
        "shelf_client cannot parse it: ResponseValidationError: 200 response to GET "
        "http://127.0.0.1/ is not a valid list[Book]: [1].pages: expected an integer, got string "
    ), error
    assert "\n" not in error  # one example, one line
    assert "Traceback" not in error
    assert tree(project.generated_dir) == before


def test_an_example_that_does_not_come_back_unchanged_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without `keep_formatted_strings` the client writes `...Z` back as `...+00:00`."""
    import docspecs._prepare

    monkeypatch.setattr(docspecs._prepare, "keep_formatted_strings", lambda _document: None)
    project = shelf_project(tmp_path)
    spec = project.spec_path("shelf")
    # a date-time the models package parses and writes back in another form
    text = spec.read_text("utf-8").replace(
        "        pages: {type: integer}\n",
        "        pages: {type: integer}\n        added: {type: string, format: date-time}\n",
    )
    spec.write_text(
        text.replace(
            "{id: b9, pages: 99, chapters: [1, 2]}", "{id: b9, added: '2024-01-02T03:04:05Z'}"
        )
    )
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    assert error.startswith(
        "shelf: self-test: specs/shelf/openapi.yaml: /components/schemas/Book/examples/0: "
        "schema /components/schemas/Book: "
    ), error
    assert error.endswith(
        "shelf_client does not give the example back: at /added: "
        '"2024-01-02T03:04:05+00:00" instead of "2024-01-02T03:04:05Z"'
    ), error
    assert not project.generated_dir.joinpath("shelf-client").exists()


def test_nested_objects_declaring_different_keys_are_found() -> None:
    """The runner's comparison, on a client-like attrs class and a pydantic model that agree
    at the top level and disagree one level down."""
    from typing import Any

    import attrs
    from pydantic import BaseModel, ConfigDict

    from docspecs._selftest_run import _client_declared, _declared_difference, _models_declared

    @attrs.define
    class Inner:
        x: str
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {"x": self.x, **self.additional_properties}

    @attrs.define
    class Outer:
        inner: Inner
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {"inner": self.inner.to_dict(), **self.additional_properties}

    class Models:  # the models package's classes, named like the client's
        class Inner(BaseModel):
            model_config = ConfigDict(extra="allow")
            x: str
            y: str | None = None

        class Outer(BaseModel):
            model_config = ConfigDict(extra="allow")
            inner: Models.Inner

    OuterModel = Models.Outer

    body = {"inner": {"x": "a", "y": "b"}}
    client = Outer(Inner("a", {"y": "b"}))  # the client keeps y as an unknown key
    models = OuterModel.model_validate(body)  # the models declare it
    found = _declared_difference(_client_declared(client), _models_declared(models))
    assert found == '/inner: ["x"] and ["x", "y"]'
    same = OuterModel.model_validate({"inner": {"x": "a"}})
    assert _declared_difference(_client_declared(Outer(Inner("a"))), _models_declared(same)) is None


def test_a_declared_class_against_the_any_object_branch_is_a_difference() -> None:
    """One package picks a declared class of a union, the other its any-object branch: the
    comparison used to take an object declaring no keys for a plain value and pass it."""
    from typing import Any

    import attrs
    from pydantic import BaseModel, ConfigDict

    from docspecs._selftest_run import _client_declared, _declared_difference, _models_declared

    @attrs.define
    class Cat:
        kind: str
        coat: str
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {"kind": self.kind, "coat": self.coat, **self.additional_properties}

    @attrs.define
    class PetsByName:  # the client makes a class of a map, its values additional_properties
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {k: v.to_dict() for k, v in self.additional_properties.items()}

    @attrs.define
    class Owner:
        pets_by_name: PetsByName
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {"pets_by_name": self.pets_by_name.to_dict()}

    class Models:  # the models package's class, named like the client's
        class Owner(BaseModel):
            model_config = ConfigDict(extra="allow")
            pets_by_name: dict[str, dict[str, Any]]

    OwnerModel = Models.Owner

    cat = {"kind": "cat", "coat": "tabby"}
    top = _declared_difference(_client_declared(Cat("cat", "tabby")), _models_declared(dict(cat)))
    assert top == '/: ["coat", "kind"] and a plain object (no declared keys)'
    in_list = _declared_difference(_client_declared([Cat("cat", "tabby")]), [None])
    assert in_list == '/0: ["coat", "kind"] and a plain object (no declared keys)'
    # nested in a map (additionalProperties): the map's values are compared too
    client = _client_declared(Owner(PetsByName({"Tom": Cat("cat", "tabby")})))
    models = _models_declared(OwnerModel.model_validate({"pets_by_name": {"Tom": cat}}))
    found = _declared_difference(client, models)
    assert found == '/pets_by_name/Tom: ["coat", "kind"] and a plain object (no declared keys)'
    # an unknown variant, a plain object in both, is no difference
    unknown = {"kind": "parrot", "talks": True}
    assert _declared_difference(_client_declared(unknown), _models_declared(unknown)) is None


def test_a_models_union_that_picks_the_any_object_fails_the_self_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the models templates that validate tagged unions left to right, pydantic's
    smart mode makes a cat with an enum-typed field a dict while the client says Cat: the
    self-test fails the API with the example's pointer and generated/ is not written."""
    import shutil

    from test_generator_defects import fixture_project

    import docspecs.generate

    templates = tmp_path / "templates"
    shutil.copytree(
        docspecs.generate.MODELS_TEMPLATES,
        templates,
        ignore=shutil.ignore_patterns("pydantic_v2"),
    )
    monkeypatch.setattr(docspecs.generate, "MODELS_TEMPLATES", templates)
    project = fixture_project(tmp_path / "project", ["discriminator"])
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    owner = "/paths/~1owners~1{id}/get/responses/200/content/application~1json"
    assert f"specs/discriminator/openapi.yaml: {owner}/examples/enum-field/value: " in error, error
    assert (
        "the packages declare different keys (discriminator_client, then discriminator_models) "
        'at /pet: ["coat", "kind"] and a plain object (no declared keys)'
    ) in error, error
    assert not project.generated_dir.joinpath("discriminator-models").exists()


def test_same_shaped_branches_picked_differently_are_a_difference() -> None:
    """Two branches of one shape, the client's Cat and the models' Dog for the same body: the
    keys agree, so the comparison used to pass (a tagged union left to smart mode did this)."""
    from typing import Any

    import attrs
    from pydantic import BaseModel, ConfigDict

    from docspecs._selftest_run import _client_declared, _difference, _models_declared

    @attrs.define
    class Cat:
        kind: str
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {"kind": self.kind, **self.additional_properties}

    class Models:
        class Dog(BaseModel):
            model_config = ConfigDict(extra="allow")
            kind: str

        class Cat(BaseModel):
            model_config = ConfigDict(extra="allow")
            kind: str

    body = {"kind": "cat"}
    client = _client_declared([Cat("cat")])
    assert _difference(client, _models_declared([Models.Dog.model_validate(body)])) == (
        "class",
        "/0: class Cat and class Dog",
    )
    assert _difference(client, _models_declared([Models.Cat.model_validate(body)])) is None


def test_a_client_union_that_rejects_a_second_tag_fails_the_self_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without docspecs' client union template, a branch mapped from two tags (`parrot` and
    `owl` to Bird) takes only the first: the client's Bird raises on `owl` and the body ends in
    the catch-all, while the models package says Bird. The self-test fails the API there."""
    import shutil

    from test_generator_defects import fixture_project

    import docspecs.generate

    templates = tmp_path / "templates"
    shutil.copytree(
        docspecs.generate.CLIENT_TEMPLATES,
        templates,
        ignore=shutil.ignore_patterns("property_templates"),
    )
    monkeypatch.setattr(docspecs.generate, "CLIENT_TEMPLATES", templates)
    project = fixture_project(tmp_path / "project", ["discriminator_kinds"])
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    zoo = "/paths/~1zoo/get/responses/200/content/application~1json"
    assert f"specs/discriminator_kinds/openapi.yaml: {zoo}/examples/shared/value: " in error, error
    assert (
        "the packages declare different keys (discriminator_kinds_client, then "
        'discriminator_kinds_models) at /shared/1: a plain object (no declared keys) and ["kind"]'
    ) in error, error
    assert not project.generated_dir.joinpath("discriminator_kinds-models").exists()


def test_a_module_that_does_not_import_fails_the_self_test_even_without_examples(
    tmp_path: Path,
) -> None:
    """The self-test imports every module of both packages, examples or not: a module that
    cannot be imported (models templates once wrote enum member descriptions as bare text,
    `Quick and rough`) fails the API instead of reaching generated/ with `ok`."""
    from docspecs._selftest import ClientNames, SelfTestFailed, self_test

    client, models = tmp_path / "x-client", tmp_path / "x-models"
    (client / "x_client").mkdir(parents=True)
    (client / "x_client" / "__init__.py").write_text("", "utf-8")
    (models / "x_models").mkdir(parents=True)
    (models / "x_models" / "__init__.py").write_text("", "utf-8")
    (models / "x_models" / "speed.py").write_text("FAST = 'fast'\nQuick and rough\n", "utf-8")
    document = {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {}}}
    with pytest.raises(SelfTestFailed) as failed:
        self_test(
            "specs/x/openapi.yaml",
            document,
            client,
            models,
            ("x_client", "x_models"),
            ClientNames({}, {}),
        )
    assert str(failed.value) == (
        "specs/x/openapi.yaml: could not import x_client and x_models in a fresh interpreter: "
        "ImportError: x_models.speed: NameError: name 'Quick' is not defined"
    )


def test_an_example_the_client_rejects_names_the_client_error_not_a_missing_request(
    tmp_path: Path,
) -> None:
    """The client's own error for a body it cannot parse names the request it answers; the
    self-test's response had none, so every such example failed with `RuntimeError: The
    request instance has not been set on this response`, hiding what was wrong."""
    project = shelf_project(tmp_path)
    spec = project.spec_path("shelf")
    # a null where the schema has an object: the client cannot build the nested class
    spec.write_text(
        spec.read_text("utf-8").replace(
            "value: {id: b3, pages: 30}", "value: {id: b3, pages: 30, shelf: null}"
        ),
        "utf-8",
    )
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    where = "specs/shelf/openapi.yaml: /components/examples/Stored/value: "
    assert error.startswith("shelf: self-test: " + where), error
    assert "shelf_client cannot parse it: ResponseValidationError: 201 response to GET" in error
    assert "request instance has not been set" not in error


NO_EXAMPLES = """\
openapi: 3.1.0
info: {title: Bare API, version: 1.0.0}
paths:
  /things:
    get:
      operationId: list_things
      description: Every thing.
      responses:
        '200':
          description: The things.
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
"""


def test_packages_that_do_not_import_fail_the_api_even_without_examples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The self-test skipped the import when the document had no examples, so a client
    package that raised on `import` (an enum default named before its import) passed."""
    from typing import Any

    import docspecs.generate

    real = docspecs.generate._generate_client

    def broken(
        document: Any, text: str, out: Path, dist: str, package: str, *a: Any, **k: Any
    ) -> Any:
        names = real(document, text, out, dist, package, *a, **k)
        init = out / package / "__init__.py"
        init.write_text(init.read_text("utf-8") + "\nraise RuntimeError('broken at import')\n")
        return names

    monkeypatch.setattr(docspecs.generate, "_generate_client", broken)
    project = shelf_project(tmp_path, NO_EXAMPLES)
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    assert error.startswith(
        "shelf: self-test: specs/shelf/openapi.yaml: could not import shelf_client and "
        "shelf_models in a fresh interpreter: "
        "ImportError: shelf_client: RuntimeError: broken at import"
    ), error
    assert not project.generated_dir.joinpath("shelf-client").exists()
