"""Discriminated unions docspecs cannot make both packages honour are refused, with the JSON
pointer of the discriminated schema and a fix, by `prepare_document` (so by generate and lint)
instead of being left to the generators' smart mode (a body parsed into another branch than
its tag names, or into different branches in the two packages)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from docspecs import Project
from docspecs._prepare import prepare_document
from docspecs.generate import generate
from docspecs.lint import lint

REF = "#/components/schemas/"


def _object(tag: str = "kind", **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "description": "A branch.",
        "required": [tag],
        "properties": {tag: {"type": "string", "description": "The tag."}, **extra},
    }


def document(union: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    """A document whose one response body is an object with `union` as its property `pet`
    (inline, so the refusal's pointer is where the body schema is written)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1.0.0", "description": "Pets."},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "get_pet",
                    "summary": "Get a pet",
                    "description": "A pet.",
                    "responses": {
                        "200": {
                            "description": "The pet.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "description": "A pet, whichever kind.",
                                        "properties": {"pet": union},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Cat": _object(), "Dog": _object(), **schemas}},
    }


def union(*branches: Any, mapping: dict[str, str] | None = None, key: str = "oneOf") -> Any:
    discriminator: dict[str, Any] = {"propertyName": "kind"}
    if mapping is not None:
        discriminator["mapping"] = mapping
    return {
        key: [{"$ref": REF + b} if isinstance(b, str) else b for b in branches],
        "discriminator": discriminator,
    }


AT = "/paths/~1pets/get/responses/200/content/application~1json/schema/properties/pet"

REFUSED = [
    pytest.param(
        document(union("Cat", {"type": "object", "properties": {"kind": {"const": "x"}}})),
        "`oneOf/1` is no `$ref` to a component schema, so no tag can name it; fix: move it to "
        "components/schemas and `$ref` it",
        id="an inline branch",
    ),
    pytest.param(
        document(
            union("Cat", "Birds"), Birds=union("Parrot", "Owl"), Parrot=_object(), Owl=_object()
        ),
        "discriminator `kind`: branch #/components/schemas/Birds is itself a `oneOf`/`anyOf`; "
        "fix: list its branches in this union instead",
        id="a branch that is itself a union",
    ),
    pytest.param(
        document(
            union("Cat", "Dog", mapping={"cat": REF + "Cat", "emu": REF + "Emu"}), Emu=_object()
        ),
        "the mapping sends 'emu' to '#/components/schemas/Emu', which is none of the `oneOf` "
        "branches; fix: add that branch",
        id="a mapping value naming no branch",
    ),
    pytest.param(
        document(
            union("Cat", "Emu", mapping={"cat": REF + "Cat", "emu": REF + "Emu"}),
            Emu=_object(kind={"type": "string", "const": "bird"}),
        ),
        "discriminator `kind`: branch #/components/schemas/Emu has a `kind` that admits "
        "['bird'], not its tags ['emu']; fix:",
        id="a const the tag contradicts",
    ),
    pytest.param(
        document(
            union("Cat", "Emu", mapping={"cat": REF + "Cat", "emu": REF + "Emu"}),
            Emu=_object(kind={"type": "integer"}),
        ),
        "discriminator `kind`: branch #/components/schemas/Emu has a `kind` that admits [], not "
        "its tags ['emu']",
        id="a tag property that is no string",
    ),
    pytest.param(
        document(
            union("Cat", "Emu", mapping={"cat": REF + "Cat", "emu": REF + "Emu"}),
            Emu={"type": "object", "description": "No tag.", "properties": {"a": {}}},
        ),
        "discriminator `kind`: branch #/components/schemas/Emu declares no property `kind`; "
        "fix: add `kind` to its `properties`",
        id="a branch without the property",
    ),
    pytest.param(
        document(
            union("Cat", "Emu", mapping={"cat": REF + "Cat", "emu": REF + "Emu"}),
            Emu={"allOf": [{"$ref": REF + "Dog"}, {"oneOf": [{"type": "object"}]}]},
        ),
        "discriminator `kind`: branch #/components/schemas/Emu inherits `kind` through an `allOf` "
        "that uses ['oneOf'], which docspecs cannot merge into one object; fix:",
        id="an allOf docspecs cannot merge",
    ),
]


@pytest.mark.parametrize(("spec", "message"), REFUSED)
def test_a_union_that_cannot_be_tagged_is_refused_where_it_is(
    spec: dict[str, Any], message: str
) -> None:
    before = copy.deepcopy(spec)
    refusals = prepare_document(spec)
    assert [pointer for pointer, _ in refusals] == [AT], refusals
    assert refusals[0][1].startswith(message), refusals
    assert "; fix: " in refusals[0][1]
    # the union is left as it was: nothing half-tagged reaches the generators
    pet = spec["components"]["schemas"]["GetPetResponse200"]["properties"]["pet"]
    assert (
        pet
        == before["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"][
            "schema"
        ]["properties"]["pet"]
    )


def test_one_component_tagged_differently_by_two_unions_is_refused() -> None:
    spec = document(union("Cat", "Dog", mapping={"cat": REF + "Cat", "dog": REF + "Dog"}))
    spec["components"]["schemas"]["Other"] = union(
        "Cat", "Dog", mapping={"tom": REF + "Cat", "dog": REF + "Dog"}
    )
    refusals = prepare_document(spec)
    assert len(refusals) == 1, refusals
    pointer, message = refusals[0]
    assert pointer in (AT, "/components/schemas/Other")
    assert "branch #/components/schemas/Cat is also a branch of " in message, message
    assert "; fix: give each union a component of its own" in message


def test_tagged_branches_get_required_consts_and_unions_a_catch_all() -> None:
    spec = document(
        union("Cat", "Dog", "Emu", {"type": "null"}, mapping={"a": REF + "Cat", "b": REF + "Cat"}),
        Emu={"allOf": [{"$ref": REF + "Dog"}, {"properties": {"legs": {"type": "integer"}}}]},
    )
    spec["components"]["schemas"]["Dog"]["required"] = []
    assert prepare_document(spec) == []
    schemas = spec["components"]["schemas"]
    assert schemas["Cat"]["properties"]["kind"] == {
        "description": "The tag.",
        "anyOf": [{"type": "string", "const": "a"}, {"type": "string", "const": "b"}],
        "x-enum-field-as-literal": True,
    }
    assert schemas["Dog"]["properties"]["kind"]["const"] == "Dog"  # the implicit mapping
    assert schemas["Dog"]["required"] == ["kind"]
    emu = schemas["Emu"]  # merged: openapi-python-client cannot narrow an inherited str
    assert "allOf" not in emu and emu["type"] == "object"
    assert emu["properties"]["kind"]["const"] == "Emu" and "legs" in emu["properties"]
    assert emu["required"] == ["kind"]
    branches = schemas["GetPetResponse200"]["properties"]["pet"]["oneOf"]
    assert "discriminator" not in schemas["GetPetResponse200"]["properties"]["pet"]
    assert branches[-2]["type"] == "object" and "properties" not in branches[-2]
    assert branches[-1] == {"type": "null"}  # stays last


def _project(root: Path, spec: dict[str, Any]) -> Project:
    (root / "specs" / "pets").mkdir(parents=True)
    (root / "specs" / "pets" / "openapi.yaml").write_text(yaml.safe_dump(spec), "utf-8")
    return Project(root)


def test_generate_fails_the_api_on_a_refused_union_naming_the_file_and_pointer(
    tmp_path: Path,
) -> None:
    project = _project(
        tmp_path, document(union("Cat", {"type": "object", "properties": {"kind": {}}}))
    )
    report = generate(project, [], progress=None)
    (api,) = report.apis
    assert api.status != "regenerated"
    assert api.error is not None
    assert api.error.startswith(f"pets: prepare: specs/pets/openapi.yaml: {AT}: `oneOf/1` is no ")
    assert "Traceback" not in api.error
    assert not project.generated_dir.joinpath("pets-client").exists()


def test_lint_reports_a_refused_union_with_its_fix(tmp_path: Path) -> None:
    spec = document(
        union("Cat", "Emu", mapping={"cat": REF + "Cat", "emu": REF + "Emu"}),
        Emu=_object(kind={"type": "string", "enum": ["bird"]}),
    )
    project = _project(tmp_path, spec)
    findings = [f for f in lint(project, ["pets"]) if f.rule_id == "generator-accepts"]
    assert [(f.pointer, f.message.split(";")[0]) for f in findings] == [
        (
            AT,
            "[generator-accepts] discriminator `kind`: branch #/components/schemas/Emu has a "
            "`kind` that admits "
            "['bird'], not its tags ['emu']",
        )
    ], findings
    assert findings[0].file == "specs/pets/openapi.yaml"
    assert findings[0].message.endswith("; fix: map the values it admits, or widen the property")
