"""Documents the two generators got wrong, each a fixture under tests/fixtures/generate/<kind>/
(an API folder: `openapi.yaml`, optionally `overlays/`), now generating code that passes the
self-test (every example parses and round-trips in both packages) and `mypy --strict`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from docspecs import Project
from docspecs._prepare import enum_member_names
from docspecs.generate import GenerateReport, generate

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "generate"
KINDS = sorted(p.name for p in FIXTURES.iterdir() if (p / "openapi.yaml").is_file())


def fixture_project(root: Path, kinds: list[str]) -> Project:
    for kind in kinds:
        shutil.copytree(
            FIXTURES / kind, root / "specs" / kind, ignore=shutil.ignore_patterns("overlays")
        )
        if (FIXTURES / kind / "overlays").is_dir():
            shutil.copytree(FIXTURES / kind / "overlays", root / "overlays" / kind)
    return Project(root)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, GenerateReport, str]:
    project = fixture_project(tmp_path_factory.mktemp("defects"), KINDS)
    lines: list[str] = []
    report = generate(project, [], progress=lines.append)
    return project, report, "\n".join(lines)


@pytest.mark.parametrize("kind", KINDS)
def test_the_fixture_generates_and_passes_the_self_test(
    generated: tuple[Project, GenerateReport, str], kind: str
) -> None:
    _project, report, progress = generated
    status = {r.api: (r.status, r.error) for r in report.apis}
    assert status[kind] == ("regenerated", None), progress
    assert f"{kind}: self-test " in progress


def run_python(project: Project, kind: str, code: str) -> str:
    paths = [str(project.generated_dir / f"{kind}-{side}") for side in ("client", "models")]
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": ":".join(paths)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_names_clashing_with_generated_members_get_a_suffix(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    project, _report, _progress = generated
    out = run_python(
        project,
        "name_clashes",
        "from name_clashes_client.models import Clash\n"
        "from name_clashes_models import Clash as Model\n"
        "body = {'to_dict': 'a', 'additional_properties': 'b', 'model_dump': 'c', 'other': 1}\n"
        "c = Clash.from_dict(body)\n"
        "m = Model.model_validate(body)\n"
        "print(c.to_dict_, c.additional_properties_, c.additional_properties, m.model_dump_)\n"
        "assert c.to_dict() == body == m.model_dump(by_alias=True, exclude_unset=True)\n"
        "from name_clashes_client.api.default.get_clash import _get_kwargs\n"
        "kwargs = _get_kwargs('a b', params_='p', client_query='c')\n"
        "print(kwargs['url'], sorted(kwargs['params'].items()))\n",
    )
    assert out == "a b {'other': 1} c\n/clashes/a%20b [('client', 'c'), ('params', 'p')]\n"


@pytest.mark.slow
def test_every_fixture_passes_mypy_strict(
    generated: tuple[Project, GenerateReport, str], tmp_path: Path
) -> None:
    project, _report, _progress = generated
    packages = [
        str(p / p.name.replace("-", "_"))
        for p in sorted(project.generated_dir.iterdir())
        if (p / "pyproject.toml").is_file()
    ]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_enum_member_names_come_from_values_and_survive_insertions() -> None:
    before = enum_member_names(["200", "404", "5xx", "in-progress", "-1"])
    after = enum_member_names(["1", "-1", "5xx", "200", "201", "in-progress", "404"])
    assert before == ["VALUE_200", "VALUE_404", "VALUE_5_XX", "IN_PROGRESS", "VALUE_NEGATIVE_1"]
    assert dict(zip(["200", "404", "5xx", "in-progress", "-1"], before, strict=True)).items() <= (
        dict(
            zip(["1", "-1", "5xx", "200", "201", "in-progress", "404"], after, strict=True)
        ).items()
    )
    # equal after upper-casing or punctuation: numbered in sorted order of the values
    assert enum_member_names(["txt", "TXT", "a_b", "a-b", ""]) == [
        "TXT_2",
        "TXT",
        "A_B_2",
        "A_B",
        "EMPTY",
    ]


ENUM_MEMBERS = """
import enum, json
import enum_names_client.models as client
import enum_names_models as models
out = {}
for name in ("HttpStatus", "Format", "Rating", "Outcome"):
    pairs = [sorted((m.name, m.value) for m in getattr(p, name)) for p in (client, models)]
    assert pairs[0] == pairs[1], (name, pairs)
    out[name] = dict(pairs[0])
# an inline enum listing null: the class names differ by generator, the members must not
inline = [getattr(client, "CallRetryCodeType0"), models.RetryCode]
pairs = [sorted((m.name, m.value) for m in cls) for cls in inline]
assert pairs[0] == pairs[1], pairs
out["RetryCode"] = dict(pairs[0])
# a nullable enum is a str enum, optional where used, in both packages
assert issubclass(models.Outcome, str)
assert models.Call.model_validate({"id": "c", "outcome": None}).outcome is None
assert client.Call.from_dict({"id": "c", "outcome": None}).outcome is None
assert client.Call.from_dict({"id": "c", "outcome": "2xx"}).outcome is client.Outcome.VALUE_2_XX
print(json.dumps(out, sort_keys=True))
"""


def test_both_packages_name_enum_members_alike_from_their_values(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    project, _report, _progress = generated
    out = json.loads(run_python(project, "enum_names", ENUM_MEMBERS))
    assert out == {
        "Format": {"A_B": "a-b", "A_B_2": "a_b", "TXT": "TXT", "TXT_2": "txt"},
        "HttpStatus": {"VALUE_200": "200", "VALUE_404": "404", "VALUE_5_XX": "5xx"},
        "Rating": {"VALUE_0": "0", "VALUE_5": "5", "VALUE_NEGATIVE_1": "-1"},
        "Outcome": {"VALUE_2_XX": "2xx", "VALUE_4_XX": "4xx"},
        "RetryCode": {"VALUE_429": "429", "VALUE_503": "503"},
    }


TYPING = """
import httpx
from typing_client.api.default.stream_events import _parse_response
from typing_client.client import Client
from typing_models import Mode, Settings
body = 'data: {"data": "x"}\\n\\n'
response = httpx.Response(200, text=body, headers={"content-type": "text/event-stream"})
assert _parse_response(client=Client(base_url="http://127.0.0.1"), response=response) == body
assert Settings().mode is Mode.FAST
assert Settings.model_validate({"flag": False}).flag is False
print("ok")
"""


def test_event_streams_enum_defaults_and_boolean_enums_are_typed_right(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """Each used to fail mypy --strict; the event stream also raised TypeError at run time."""
    project, _report, _progress = generated
    assert run_python(project, "typing", TYPING) == "ok\n"


DISCRIMINATED = """
from discriminator_client.models import Owner
from discriminator_models import Owner as OwnerModel
for body in ({"pet": {"kind": "dog", "name": "Rex"}}, {"pet": {"kind": "cat"}},
             {"pet": {"kind": "parrot", "talks": True}}, {"pet": {"kind": "cat", "coat": "tabby"}}):
    client, model = Owner.from_dict(body), OwnerModel.model_validate(body)
    assert client.to_dict() == body == model.model_dump(by_alias=True, exclude_unset=True)
    print(body["pet"]["kind"], type(client.pet).__name__, type(model.pet).__name__)
"""


def test_discriminator_mappings_pick_the_branch_and_unknown_values_stay_objects(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    project, _report, _progress = generated
    out = run_python(project, "discriminator", DISCRIMINATED).splitlines()
    assert out[:2] == ["dog Dog Dog", "cat Cat Cat"]  # the client used to say Cat for a dog
    kind, client_type, model_type = out[2].split()
    assert (kind, model_type) == ("parrot", "dict")  # pydantic used to reject the unknown tag
    assert client_type != "Cat" and client_type != "Dog"
    assert out[3] == "cat Cat Cat"  # an enum-typed field made the models package say dict


NESTED_TAGGED = """
import json
from discriminator_client.models import Owner
from discriminator_models import Animal, PetList, Owner as OwnerModel
body = {"pets": [{"kind": "cat", "coat": "black"}, {"kind": "parrot"}, {"kind": "dog"}],
        "pets_by_name": {"Tom": {"kind": "cat", "coat": "tabby"}, "Polly": {"kind": "parrot"}}}
client = Owner.from_dict(body)
for model in (OwnerModel.model_validate(body), OwnerModel.model_validate_json(json.dumps(body))):
    assert model.model_dump(by_alias=True, exclude_unset=True) == body == client.to_dict()
    print(*[type(p).__name__ for p in [*model.pets, *model.pets_by_name.values()]])
by_name = client.pets_by_name.additional_properties
print(*[type(p).__name__ for p in [*client.pets, *by_name.values()]])
print(*[type(p).__name__ for p in PetList.model_validate(body["pets"]).root])
print(*[type(Animal.model_validate(b).root).__name__ for b in ({"kind": "cat", "coat": "tabby"},
        {"kind": "dog"}, {"kind": "emu", "coat": "tabby"})])
"""


def test_a_tagged_branch_wins_over_the_catch_all_at_every_depth(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """In a list, a map, a RootModel of a list and a RootModel of the union itself, a cat with
    an enum-typed field is a Cat in the models package (pydantic's smart union mode made it a
    dict), as in the client; an unknown kind stays a dict."""
    project, _report, _progress = generated
    out = run_python(project, "discriminator", NESTED_TAGGED).splitlines()
    assert out[0] == out[1] == "Cat dict Dog Cat dict"
    client = out[2].split()
    assert (client[0], client[2], client[3]) == ("Cat", "Dog", "Cat")
    assert client[1] not in ("Cat", "Dog") and client[4] not in ("Cat", "Dog")
    assert out[3] == "Cat dict Dog"
    assert out[4] == "Cat Dog dict"


def test_a_title_collision_needs_no_overlay_and_generates(
    generated: tuple[Project, GenerateReport, str], tmp_path: Path
) -> None:
    """A component whose `title` is another component's name used to make the client refuse
    the document (an overlay removing the title fixed it); class names now follow component
    names in both packages, so the document is lint-clean and generates with or without it."""
    from docspecs.lint import lint

    project = fixture_project(tmp_path, ["title_collision"])
    assert lint(project, ["title_collision"]) == []
    without_overlay = fixture_project(tmp_path / "bare", ["title_collision"])
    shutil.rmtree(without_overlay.overlays_dir)
    assert lint(without_overlay, ["title_collision"]) == []
    status = {r.api: r.status for r in generated[1].apis}
    assert status["title_collision"] == "regenerated"


def test_dotted_component_names_and_titles_name_classes_alike_and_keep_tags(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """Dotted component names (`shop.v1.order`) made the models generator refuse the document;
    titles differing from component names gave the packages different class names. Both
    packages now name each class after its component, and a discriminator that tagged branches
    by their dotted names still picks the branch from the tag the API sends."""
    project, _report, _progress = generated
    out = run_python(
        project,
        "dotted_names",
        "import json, pathlib\n"
        "import dotted_names_client.models as c\n"
        "import dotted_names_models as m\n"
        "body = {'orders': [{'sid': 'a', 'line': {'kind': 'shop.v1.order.line_fee', "
        "'amount': 3.5}, 'note': {'text': 'x'}}, {'sid': 'b', 'line': {'kind': "
        "'shop.v1.order.line_item', 'sku': 'A'}}]}\n"
        "cr = c.ListOrderResponse200.from_dict(body)\n"
        "mr = m.ListOrderResponse200.model_validate(body)\n"
        "print(type(cr.orders[0].line).__name__, type(cr.orders[1].line).__name__)\n"
        "print(type(mr.orders[0].line).__name__, type(mr.orders[1].line).__name__)\n"
        "print(type(cr.orders[0].note).__name__, type(mr.orders[0].note).__name__)\n"
        "assert cr.to_dict() == body == mr.model_dump(by_alias=True, exclude_unset=True)\n",
    )
    assert out.split("\n")[:3] == [
        "ShopV1OrderLineFee ShopV1OrderLineItem",
        "ShopV1OrderLineFee ShopV1OrderLineItem",
        "ShopV1OrderNote ShopV1OrderNote",
    ]


INLINE = """
import inline_bodies_client.models as client
import inline_bodies_models as models
names = sorted(n for n in dir(models) if isinstance(getattr(models, n), type)
               and getattr(models, n).__module__ == models.__name__)
print(" ".join(names))
missing = [n for n in names if not hasattr(client, n)]
print("client lacks:", missing)
"""


def test_inline_bodies_and_nested_objects_get_location_names_in_both_packages(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    project, _report, _progress = generated
    out = run_python(project, "inline_bodies", INLINE).splitlines()
    assert out[0].split() == [
        "RunCheckBody",
        "RunCheckBodyOptions",
        "RunCheckResponse200",
        "RunCheckResponse200Document",
        "RunCheckResponse200DocumentValidationsItem",
        "RunCheckResponse200Fields",
        "RunCheckResponse200FieldsValidationsItem",
        "RunCheckResponse422",
    ]
    assert out[1] == "client lacks: []"


def test_inline_schema_names_do_not_depend_on_other_schemas() -> None:
    import yaml

    from docspecs._prepare import name_inline_schemas

    spec = yaml.safe_load((FIXTURES / "inline_bodies" / "openapi.yaml").read_text("utf-8"))
    alone = json.loads(json.dumps(spec))
    name_inline_schemas(alone)
    spec["components"] = {"schemas": {"Validations": {"type": "object", "description": "x"}}}
    spec["paths"]["/other"] = {"get": {"operationId": "other", "responses": {}}}
    name_inline_schemas(spec)
    assert set(alone["components"]["schemas"]) == set(spec["components"]["schemas"]) - {
        "Validations"
    }


SETTINGS = """
import httpx
from settings_client.api.default.get_report import _parse_response
from settings_client.client import Client
body, headers = {"id": "r1", "1st": "a"}, {"content-type": "text/x-json"}
response = httpx.Response(200, json=body, headers=headers)
report = _parse_response(client=Client(base_url="http://127.0.0.1"), response=response)
print(type(report).__name__, report.n_1st)
from settings_client.api.default.get_report_audio import _parse_response as audio
client = Client(base_url="http://127.0.0.1")
wav = audio(client=client, response=httpx.Response(200, content=b"RIFF"))
print(type(wav).__name__, wav.payload.read())
"""


def test_per_api_settings_reach_the_generators(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    project, _report, _progress = generated
    assert run_python(project, "settings", SETTINGS) == "Report a\nFile b'RIFF'\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[client]\nfield_prfix = 'x_'\n",
            "overlays/settings/generator-settings.toml: /client/field_prfix: unknown setting",
        ),
        (
            "[models]\nstrict_nullable = [true]\n",
            "overlays/settings/generator-settings.toml: /models/strict_nullable: Input should be",
        ),
        (
            "[client]\ncontent_type_overrides = { json = 'application/json' }\n",
            "overlays/settings/generator-settings.toml: /client/content_type_overrides: Value "
            "error, 'json' is not a media type",
        ),
        ("[client\n", "overlays/settings/generator-settings.toml: not valid TOML: "),
    ],
)
def test_a_bad_settings_file_fails_naming_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    project = fixture_project(tmp_path, ["settings"])
    (project.overlays_dir / "settings" / "generator-settings.toml").write_text(text, "utf-8")
    report = generate(project, [], progress=None)
    error = report.apis[0].error or ""
    assert error.startswith("settings: overlay: " + message), error


def test_only_tagged_unions_are_validated_left_to_right(tmp_path: Path) -> None:
    """A scalar union (`int | str`: left to right would turn "1" into 1) and a union whose
    model has no `Literal` tag keep pydantic's smart mode; the imports come only with a
    tagged union."""
    from datamodel_code_generator import generate as generate_models

    from docspecs._generators import MODELS_TEMPLATES, models_options
    from docspecs._prepare import prepare_document

    def models_of(schemas: dict[str, object]) -> str:
        document: dict[str, object] = {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": schemas},
        }
        prepare_document(document)
        out = tmp_path / f"models{len(list(tmp_path.iterdir()))}.py"
        generate_models(
            json.dumps(document),
            **models_options(document, strict_nullable=False),
            output=out,
            custom_template_dir=MODELS_TEMPLATES,
        )
        return out.read_text("utf-8")

    cat = {"type": "object", "properties": {"kind": {"type": "string"}}}
    untagged = models_of(
        {
            "Cat": cat,
            "Box": {
                "type": "object",
                "properties": {
                    "count": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    "thing": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "object"}]},
                },
            },
        }
    )
    assert "union_mode" not in untagged and "Annotated" not in untagged
    assert "count: int | str | None = None" in untagged
    tagged = models_of(
        {
            "Cat": cat,
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                "discriminator": {"propertyName": "kind", "mapping": {"cat": "Cat"}},
            },
            "Box": {"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}},
        }
    )
    assert "from typing import Annotated" in tagged and "from pydantic import Field" in tagged
    assert "pet: Annotated[Cat | dict[str, Any], Field(union_mode='left_to_right')]" in tagged


DISCRIMINATOR_KINDS = """
import json
from discriminator_kinds_client.models import Zoo
from discriminator_kinds_models import Zoo as ZooModel
bodies = {
    "shared": [{"kind": "parrot", "wings": 2}, {"kind": "owl"}, {"kind": "trout"}, {"kind": "eel"}],
    "inherited": [{"kind": "cat", "coat": "tabby"}, {"kind": "dog", "coat": "x"}, {"kind": "emu"}],
    "farm": [{"kind": "cow", "milk": 1}, {"kind": "pig"}, {"kind": "goat"}],
    "implicit": [{"type": "Car"}, {"type": "Bike", "wheels": 2}, {"type": "Boat"}],
    "nullable": [{"type": "Bike"}, None, {"type": "Car"}, {"type": "Boat"}],
    "shapes": [{"kind": "square", "side": 1}, {"kind": "circle"}, {"kind": "hexagon"}],
}
out = {}
for field, values in bodies.items():
    body = {field: values}
    client, model = Zoo.from_dict(body), ZooModel.model_validate(body)
    assert client.to_dict() == body == model.model_dump(by_alias=True, exclude_unset=True)
    assert ZooModel.model_validate_json(json.dumps(body)) == model
    out[field] = [[type(v).__name__ for v in getattr(side, field)] for side in (client, model)]
print(json.dumps(out))
"""


def test_each_tag_parses_into_its_branch_in_both_packages(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """Kinds of discriminated unions docspecs used to leave to smart mode, one body per tag:
    a branch mapped from two tags (a trout used to be a Bird in both packages), tags declared
    on a base the branches extend through `allOf` (the client said Cat for a dog, the models
    Dog for a cat), enums in the base and in the branch's own `allOf` part, the implicit
    mapping in an `anyOf` with a tag not marked required, a nullable union (pydantic rejected an
    unknown tag), a tag typed by an enum component (an open enum: every square was a Circle in
    the client). An unknown tag is the union's any-object branch: a dict in the models
    package, the client's class of that branch (`...Type<n>`), never a documented branch."""
    project, _report, _progress = generated
    out = json.loads(run_python(project, "discriminator_kinds", DISCRIMINATOR_KINDS))
    expected = {
        "shared": ["Bird", "Bird", "Fish", None],
        "inherited": ["Cat", "Dog", None],
        "farm": ["Cow", "Pig", None],
        "implicit": ["Car", "Bike", None],
        "nullable": ["Bike", "NoneType", "Car", None],
        "shapes": ["Square", "Circle", None],
    }
    for field, classes in expected.items():
        client, models = out[field]
        documented = {c for c in classes if c is not None}
        assert models == [c or "dict" for c in classes], (field, models)
        assert client[:-1] == classes[:-1], (field, client)
        assert client[-1] not in documented and client[-1].startswith("Zoo"), (field, client)


def test_bodiless_2xx_responses_return_none_and_untyped_json_is_returned(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """A 204-only operation had no `sync` (its resource method raised AttributeError); a 202
    without a body made `sync` raise UnexpectedStatus on a documented success; JSON declared
    without a schema was thrown away. Each answer below comes from a mock transport."""
    project, _report, _progress = generated
    out = run_python(
        project,
        "bodiless_responses",
        "import httpx\n"
        "from bodiless_responses_client import AuthenticatedClient, errors\n"
        "answers = {('DELETE', '/things/a'): httpx.Response(204),\n"
        "           ('PUT', '/things/a'): httpx.Response(202, content=b'queued'),\n"
        "           ('PUT', '/things/b'): httpx.Response(200, json={'id': 'b'}),\n"
        "           ('PUT', '/things/c'): httpx.Response(201, json={'id': 'c'}),\n"
        "           ('GET', '/raw'): httpx.Response(200, json=[1, {'a': None}])}\n"
        "def handler(request: httpx.Request) -> httpx.Response:\n"
        "    return answers[(request.method, request.url.path)]\n"
        "client = AuthenticatedClient(base_url='http://127.0.0.1:9', token='t')\n"
        "client.set_httpx_client(httpx.Client(base_url='http://127.0.0.1:9',\n"
        "                        transport=httpx.MockTransport(handler)))\n"
        "print(client.things.delete('a'))\n"
        "print(client.things.update('a'))\n"
        "print(client.things.update('b').id)\n"
        "from bodiless_responses_client.api.things import get_raw\n"
        "print(get_raw.sync(client=client))\n"
        "try:\n"
        "    client.things.update('c')\n"
        "except errors.UnexpectedStatus as error:\n"
        "    print('unexpected', error.status_code)\n",
    )
    assert out.splitlines() == ["None", "None", "b", "[1, {'a': None}]", "unexpected 201"]


INHERITANCE = """
from inheritance_client.models import Owner
from inheritance_models import Owner as OwnerModel
out = []
for pet in ({"kind": "cat", "meows": True}, {"kind": "dog", "barks": True}, {"kind": "bird"}):
    body = {"pet": pet, "others": [pet]}
    client, model = Owner.from_dict(body), OwnerModel.model_validate(body)
    assert client.to_dict() == body
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    out.append(f"{type(client.pet).__name__}/{type(model.pet).__name__}")
    # the same class in a list; the client's catch-all class is named per location (...Type2)
    names = (type(client.pet).__name__, type(client.others[0]).__name__)
    assert names[0] == names[1] or all(n.endswith("Type2") for n in names), names
    assert type(model.others[0]) is type(model.pet)
print(" ".join(out))
"""


def test_a_discriminator_on_an_allof_base_is_a_tagged_union_in_both_packages(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """The client parsed every pet as the base `Pet`, the models package typed it `Cat | Dog`
    and rejected a kind it did not list (a subtype the vendor adds broke every response)."""
    project, _report, _progress = generated
    out = run_python(project, "inheritance", INHERITANCE).split()
    assert out[:2] == ["Cat/Cat", "Dog/Dog"]
    assert out[2].endswith("/dict")  # an unknown kind: kept as the object it came as


def test_parameters_with_equal_python_names_get_distinct_ones_and_keep_wire_names(
    generated: tuple[Project, GenerateReport, str], tmp_path: Path
) -> None:
    """`DateSent`, `DateSent<` and `DateSent>` (one from the path item, one a component) are
    all `date_sent`: the client generator refused the operation ("Parameters with same Python
    identifier"), and lint reported it with no fix. Each now has its own Python name, and the
    request carries the vendor's names; the path item's other operation is unchanged."""
    from docspecs.lint import lint

    project, _report, _progress = generated
    out = run_python(
        project,
        "parameter_clashes",
        "from parameter_clashes_client.api.messages import list_message, delete_messages\n"
        "kwargs = list_message._get_kwargs(date_sent='d', date_sent_lt='b', date_sent_gt='a',"
        " page_size=5)\n"
        "print(sorted(kwargs['params'].items()))\n"
        "print(sorted(delete_messages._get_kwargs(date_sent='d')['params'].items()))\n",
    )
    assert out.splitlines() == [
        "[('DateSent', 'd'), ('DateSent<', 'b'), ('DateSent>', 'a'), ('PageSize', 5)]",
        "[('DateSent', 'd')]",
    ]
    assert lint(fixture_project(tmp_path, ["parameter_clashes"]), ["parameter_clashes"]) == []


def test_an_allof_member_narrowing_a_nullable_property_keeps_its_default(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """The client generator dropped a component whose allOf member narrows a nullable property
    (`bool | None` over `bool`), and the operations using it; now it merges, and the member's
    default (the streaming variant sends `stream: true`) is what the client sends."""
    project, _report, _progress = generated
    out = run_python(
        project,
        "allof_narrowing",
        "from allof_narrowing_client.models import ChatRequest, ChatStreamRequest\n"
        "from allof_narrowing_models import ChatStreamRequest as Model\n"
        "print(ChatStreamRequest(prompt='x').to_dict(), ChatRequest(prompt='x').to_dict())\n"
        "print(Model(prompt='x').model_dump(by_alias=True))\n",
    )
    assert out.splitlines() == [
        "{'prompt': 'x', 'stream': True} {'prompt': 'x', 'stream': False}",
        "{'prompt': 'x', 'stream': True}",
    ]


def test_string_key_constraints_leave_plain_str_keys_and_properties_so_named_stay() -> None:
    """`propertyNames: {minLength, maxLength}` became `dict[constr(...), str]` in the models
    package, which mypy --strict rejects; the keyword is dropped from object schemas only, so
    a property named `propertyNames` is not touched."""
    from docspecs._prepare import prepare_document

    fixture = FIXTURES / "key_constraints" / "openapi.yaml"
    document = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    prepare_document(document)
    schemas = document["components"]["schemas"]
    assert "propertyNames" not in json.dumps(schemas["Job"]["properties"]["metadata"])
    rules = schemas[schemas["Job"]["properties"]["rules"]["$ref"].rpartition("/")[2]]
    assert "propertyNames" in rules["properties"]


def test_optional_constrained_scalars_are_plain_values_in_the_models_package(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """`anyOf: [{type: string, maxLength: ...}, {type: 'null'}], default: null` (FastAPI's
    optional constrained field) gave the models package a `RootModel[str]` per field whose root
    defaulted to None (mypy --strict failed) and a field holding that wrapper, not the string.
    The field is now `str | None` with its constraints, checked as before."""
    project, _report, _progress = generated
    out = run_python(
        project,
        "nullable_constrained",
        "import pydantic\n"
        "from nullable_constrained_models import TranscriptionRequest as M\n"
        "m = M(file_url='https://a.test/x', language='en', temperature=0.5)\n"
        "print(type(m.file_url).__name__, type(m.language).__name__, M().file_url)\n"
        "for bad in ({'language': 'eng'}, {'temperature': 2}, {'file_url': ''}):\n"
        "    try:\n"
        "        M.model_validate(bad)\n"
        "        print('accepted', bad)\n"
        "    except pydantic.ValidationError:\n"
        "        print('refused')\n",
    )
    assert out.splitlines() == ["str str None", "refused", "refused", "refused"]


CLASS_NAMES = """
import inspect
from class_name_clashes_client import AuthenticatedClient, Page
from class_name_clashes_client.models import Holder, PageModel, UnsetModel
from class_name_clashes_models import Holder as HolderModel
body = {"fpage": {"v": "x"}, "funset": {"v": "u"}, "ft": {"v": "t"}, "fclient": {"v": "c"}}
client, model = Holder.from_dict(body), HolderModel.model_validate(body)
assert client.to_dict() == body
print(type(client.fpage).__name__, type(client.funset).__name__, type(model.fpage).__name__)
print(Page.__module__, Page.__name__)
jobs = AuthenticatedClient(base_url="http://127.0.0.1", token="t").jobs
print(inspect.signature(jobs.list).parameters["order_by"].default.value)
"""


def test_components_named_like_the_runtimes_own_names_get_a_model_suffix(
    generated: tuple[Project, GenerateReport, str],
) -> None:
    """A component `Unset` made every optional property read as a wrong type, `Page` or
    `Client` replaced the client's own class, `T` or `R` its type variables; a resource method
    with an enum default raised NameError at import (the enum was imported after the class)."""
    project, _report, _progress = generated
    out = run_python(project, "class_name_clashes", CLASS_NAMES).splitlines()
    assert out == [
        "PageModel UnsetModel PageModel",
        "class_name_clashes_client.client Page",
        "-created",
    ]
