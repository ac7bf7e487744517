"""`docspecs diff`: the rule table, a fixture pair per rule, realistic spec changes, the CLI."""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import docspecs.diff
from docspecs import DocspecsError, Level, Project
from docspecs.cli import main
from docspecs.diff import (
    RULES,
    Change,
    bump_version,
    changelog_entry,
    compare,
    generator_ready,
    render_report,
    semver_bump,
)
from docspecs.diff._report import section
from docspecs.diff._sources import baseline_path

FIXTURES = Path(__file__).parent / "fixtures" / "diff"
SNAPSHOTS = Path(__file__).parent / "snapshots"
PAIRS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def load(path: Path) -> dict[str, Any]:
    """A fixture document, parsed once per test session; each call gets its own copy."""
    return copy.deepcopy(_parsed(path))


@functools.cache
def _parsed(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def ids(changes: list[Change]) -> set[str]:
    return {c.rule_id for c in changes}


# -- the rule table ------------------------------------------------------------------------------


def test_every_rule_has_a_fixture_pair() -> None:
    missing = [r for r in RULES if not (FIXTURES / r / "base.yaml").is_file()]
    missing += [r for r in RULES if not (FIXTURES / r / "revision.yaml").is_file()]
    assert missing == []


def test_every_fixture_pair_is_a_rule() -> None:
    assert [p for p in PAIRS if p not in RULES] == []


def test_readme_rule_table_lists_every_rule_with_its_level() -> None:
    """The README's table (docspecs rule, level, oasdiff's rule and level, why) stays true."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The rule table, next to oasdiff's", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| ([a-z]+)", section, re.M))
    names = {Level.ERROR: "breaking", Level.WARNING: "warning", Level.INFO: "info"}
    assert rows == {rule.id: names[rule.level] for rule in RULES.values()}


def test_rule_table_is_consistent() -> None:
    """Breaking is exactly `major`; documentation (`patch`) is never more than INFO."""
    for rule in RULES.values():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.id), rule.id
        assert (rule.level is Level.ERROR) == (rule.bump == "major"), rule.id
        assert rule.bump != "patch" or rule.level is Level.INFO, rule.id
        assert rule.direction in ("request", "response", "none"), rule.id
        assert rule.id.startswith(rule.direction) or rule.direction == "none", rule.id
        assert "{what}" in rule.message, rule.id


@pytest.mark.parametrize("rule_id", PAIRS)
def test_fixture_pair_reports_exactly_its_rule(rule_id: str) -> None:
    base = load(FIXTURES / rule_id / "base.yaml")
    revision = load(FIXTURES / rule_id / "revision.yaml")
    changes = compare(base, revision)
    assert ids(changes) == {rule_id}
    for c in changes:
        rule = RULES[c.rule_id]
        assert (c.level, c.direction) == (rule.level, rule.direction)
        assert c.location.startswith("/")
        assert c.message and "{" not in c.message.replace("{id}", "")


# Swapping base and revision gives the opposite rule (oasdiff's rule symmetry): a table kept
# beside the rules, so a new rule has to say what undoes it.
REVERSE = {
    "api-description-changed": "api-description-changed",
    "api-operation-added": "api-operation-removed",
    "api-operation-deprecated": "api-operation-reactivated",
    "api-operation-id-changed": "api-operation-id-changed",
    "api-operation-reactivated": "api-operation-deprecated",
    "api-operation-removed": "api-operation-added",
    "api-path-added": "api-path-removed",
    "api-path-removed": "api-path-added",
    "api-security-added": "api-security-removed",
    "api-security-changed": "api-security-changed",
    "api-security-option-added": "api-security-changed",
    "api-security-removed": "api-security-added",
    "api-security-scope-added": "api-security-scope-removed",
    "api-security-scope-removed": "api-security-scope-added",
    "api-summary-changed": "api-summary-changed",
    "api-tag-changed": "api-tag-changed",
    "client-behaviour-changed": "client-behaviour-changed",
    "client-default-header-added": "client-default-header-changed",
    "client-default-header-changed": "client-default-header-changed",
    "client-setting-added": "client-setting-changed",
    "client-setting-changed": "client-setting-changed",
    "generated-name-respelled": "generated-name-respelled",
    "client-method-renamed": "client-method-renamed",
    "component-schema-added": "component-schema-removed",
    "component-schema-removed": "component-schema-added",
    "component-schema-renamed": "component-schema-renamed",
    "discriminator-changed": "discriminator-changed",
    "enum-member-renamed": "enum-member-renamed",
    "example-changed": "example-changed",
    "extension-changed": "extension-changed",
    "header-name-case-changed": "header-name-case-changed",
    "info-changed": "info-changed",
    "object-closed": "object-opened",
    "object-opened": "object-closed",
    "request-body-added-optional": "request-body-removed",
    "request-body-added-required": "request-body-removed",
    "request-body-became-optional": "request-body-became-required",
    "request-body-became-required": "request-body-became-optional",
    "request-body-removed": "request-body-added-required",
    "request-constraint-narrowed": "request-constraint-relaxed",
    "request-constraint-relaxed": "request-constraint-narrowed",
    "request-enum-value-added": "request-enum-value-removed",
    "request-enum-value-removed": "request-enum-value-added",
    "request-format-changed": "request-format-changed",
    "request-media-type-added": "request-media-type-removed",
    "request-media-type-removed": "request-media-type-added",
    "request-parameter-added-optional": "request-parameter-removed",
    "request-parameter-added-required": "request-parameter-removed",
    "request-parameter-became-optional": "request-parameter-became-required",
    "request-parameter-became-required": "request-parameter-became-optional",
    "request-parameter-default-value-added": "request-parameter-default-value-changed",
    "request-parameter-default-value-changed": "request-parameter-default-value-changed",
    "request-parameter-deprecated": "request-parameter-reactivated",
    "request-parameter-description-changed": "request-parameter-description-changed",
    "request-parameter-reactivated": "request-parameter-deprecated",
    "request-parameter-removed": "request-parameter-added-optional",
    "request-parameter-serialization-changed": "request-parameter-serialization-changed",
    "request-parameter-became-content": "request-parameter-added-optional",
    "request-body-encoding-changed": "request-body-encoding-changed",
    "response-body-encoding-changed": "response-body-encoding-changed",
    "request-property-added-optional": "request-property-removed",
    "request-property-added-required": "request-property-removed",
    "request-property-became-non-read-only": "request-property-became-read-only",
    "request-property-became-optional": "request-property-became-required",
    "request-property-became-read-only": "request-property-became-non-read-only",
    "request-property-became-required": "request-property-became-optional",
    "request-property-default-value-added": "request-property-default-value-changed",
    "request-property-default-value-changed": "request-property-default-value-changed",
    "request-property-deprecated": "request-property-reactivated",
    "request-property-reactivated": "request-property-deprecated",
    "request-property-removed": "request-property-added-optional",
    "request-type-changed": "request-type-changed",
    "request-type-widened": "request-type-changed",
    "response-became-enum": "response-type-changed",
    "response-became-nullable": "response-type-narrowed",
    "response-constraint-narrowed": "response-constraint-relaxed",
    "response-constraint-relaxed": "response-constraint-narrowed",
    "response-description-changed": "response-description-changed",
    "response-enum-value-added": "response-enum-value-removed",
    "response-enum-value-removed": "response-enum-value-added",
    "response-error-status-removed": "response-status-added",
    "response-format-changed": "response-format-changed",
    "response-header-added": "response-optional-header-removed",
    "response-header-became-optional": "response-header-became-required",
    "response-header-became-required": "response-header-became-optional",
    "response-media-type-added": "response-media-type-removed",
    "response-media-type-removed": "response-media-type-added",
    "response-optional-header-removed": "response-header-added",
    "response-property-added": "response-property-removed",
    "response-property-became-non-write-only": "response-property-became-write-only",
    "response-property-became-optional": "response-property-became-required",
    "response-property-became-required": "response-property-became-optional",
    "response-property-became-write-only": "response-property-became-non-write-only",
    "response-property-default-value-changed": "response-property-default-value-changed",
    "response-property-declared": "response-property-removed",
    "response-property-deprecated": "response-property-reactivated",
    "response-property-reactivated": "response-property-deprecated",
    "response-property-removed": "response-property-added",
    "response-required-header-removed": "response-header-added",
    "response-status-added": "response-error-status-removed",
    "response-success-status-removed": "response-status-added",
    "response-type-changed": "response-type-changed",
    "response-type-narrowed": "response-became-nullable",
    "response-type-narrowed-from-any": "response-type-changed",
    "response-unchecked-constraint-relaxed": "response-constraint-narrowed",
    "response-union-reordered": "response-union-reordered",
    "schema-description-changed": "schema-description-changed",
    "schema-definitions-changed": "schema-definitions-changed",
    "schema-format-changed": "schema-format-changed",
    "schema-title-changed": "schema-title-changed",
    "schema-type-respelled": "schema-type-respelled",
    "security-scheme-added": "security-scheme-removed",
    "security-scheme-changed": "security-scheme-changed",
    "security-scheme-details-changed": "security-scheme-details-changed",
    "security-scheme-removed": "security-scheme-added",
    "server-added": "server-removed",
    "server-removed": "server-added",
    "unclassified-change": "unclassified-change",
    "union-member-class-renamed": "union-member-class-renamed",
}


@pytest.mark.parametrize("rule_id", PAIRS)
def test_fixture_pair_reversed_reports_the_opposite_rule(rule_id: str) -> None:
    base = load(FIXTURES / rule_id / "base.yaml")
    revision = load(FIXTURES / rule_id / "revision.yaml")
    assert ids(compare(revision, base)) == {REVERSE[rule_id]}
    assert compare(base, copy.deepcopy(base)) == []


def test_changes_point_into_the_documents() -> None:
    """A location is a JSON pointer into the revision, or into the base for what was removed."""
    for rule_id in PAIRS:
        base = load(FIXTURES / rule_id / "base.yaml")
        revision = load(FIXTURES / rule_id / "revision.yaml")
        for c in compare(base, revision):
            assert _exists(revision, c.location) or _exists(base, c.location), (rule_id, c)


def _exists(document: Any, ptr: str) -> bool:
    node = document
    for raw in ptr.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def test_exports_are_complete_and_sorted() -> None:
    """Every public name is exported, in isort order (CONSTANTS, Classes, functions)."""
    public = {
        name
        for name, value in vars(docspecs.diff).items()
        if not name.startswith("_") and not isinstance(value, type(docspecs))
    } - {"annotations"}  # from __future__
    assert public == set(docspecs.diff.__all__)
    kind = {True: 0, False: 1}
    order = sorted(docspecs.diff.__all__, key=lambda n: (kind[n.isupper()], n[0].islower(), n))
    assert docspecs.diff.__all__ == order


def test_non_local_refs_are_refused_with_the_ref_named() -> None:
    base = load(FIXTURES / "response-property-added" / "base.yaml")
    revision = copy.deepcopy(base)
    revision["paths"]["/jobs"]["post"]["responses"]["201"]["content"]["application/json"][
        "schema"
    ] = {"$ref": "job.yaml#/Job"}
    with pytest.raises(DocspecsError, match=r"job\.yaml#/Job"):
        compare(base, revision)


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: _job(d).update(allOf=True), id="allOf not a list"),
        pytest.param(lambda d: _job(d).update(oneOf={"a": 1}), id="oneOf a mapping"),
        pytest.param(lambda d: _job(d).update(properties=[1]), id="properties a list"),
        pytest.param(lambda d: _job(d).update(required=5), id="required a number"),
        pytest.param(lambda d: _job(d).update(type=[{}]), id="type holding a mapping"),
        pytest.param(lambda d: _job_op(d).update(tags={"a": 1}), id="tags a mapping"),
        pytest.param(lambda d: _job_op(d).update(security="x"), id="security a string"),
        pytest.param(lambda d: _job_op(d).update(responses=[]), id="responses a list"),
        pytest.param(lambda d: _job_op(d)["parameters"][0].update({"in": []}), id="in a list"),
        pytest.param(lambda d: d.update(servers={"url": {}}), id="servers a mapping"),
        pytest.param(
            lambda d: _job_op(d)["responses"]["200"].update(content="x"), id="content a string"
        ),
        pytest.param(
            lambda d: _job_op(d)["responses"]["200"].update(headers=[1]), id="headers a list"
        ),
        pytest.param(lambda d: _job(d).update(discriminator={"mapping": [1]}), id="mapping"),
    ],
)
def test_keywords_of_the_wrong_shape_never_crash(edit: Edit) -> None:
    """A document lint would refuse still gets a verdict (its keywords of the wrong shape read
    as empty), never a traceback."""
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    revision = copy.deepcopy(base)
    edit(revision)
    assert compare(base, revision, api="jobs")
    assert compare(revision, base, api="jobs")


def _job(doc: dict[str, Any]) -> dict[str, Any]:
    job: dict[str, Any] = doc["components"]["schemas"]["Job"]
    return job


def test_recursive_schemas_terminate() -> None:
    def spec(extra: dict[str, Any]) -> dict[str, Any]:
        ref = {"$ref": "#/components/schemas/Node"}
        children = {"type": "array", "items": ref}
        node = {"type": "object", "properties": {"children": children, **extra}}
        ok = {"description": "ok", "content": {"application/json": {"schema": ref}}}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/tree": {"get": {"operationId": "tree", "responses": {"200": ok}}}},
            "components": {"schemas": {"Node": node}},
        }

    changes = compare(spec({"name": {"type": "string"}}), spec({}))
    assert [(c.rule_id, c.location) for c in changes] == [
        ("response-property-removed", "/components/schemas/Node/properties/name")
    ]


def _job_op(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/jobs/{id}"]["get"]
    return op


@pytest.mark.parametrize(
    ("edit", "location"),
    [
        pytest.param(
            lambda d: d.update({"x-docspecs-client": {"retry-budget": 3}}),
            "/x-docspecs-client/retry-budget",
            id="a client setting no template reads",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Job"].update({"x-python-type": "dict"}),
            "/components/schemas/Job/x-python-type",
            id="an extension the models generator reads",
        ),
    ],
)
def test_keys_no_rule_reads_are_unclassified_not_lost(edit: Edit, location: str) -> None:
    """The pipeline bumps versions from this report: a difference no rule reads is still a
    change (WARNING, minor), next to whatever else changed."""
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    revision = load(FIXTURES / "api-summary-changed" / "revision.yaml")
    edit(revision)
    changes = compare(base, revision)
    assert {(c.rule_id, c.location) for c in changes} == {
        ("api-summary-changed", "/paths/~1jobs~1{id}/get"),
        ("unclassified-change", location),
    }
    assert semver_bump(changes) == "minor"


STRING_OR_INT = {"anyOf": [{"type": "string"}, {"type": "integer"}]}


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param(
            {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
            {("response-became-nullable", "")},
            id="null alternative added",
        ),
        pytest.param(
            {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]},
            {("response-type-changed", "")},
            id="alternative added",
        ),
        pytest.param({"type": "string"}, {("response-type-narrowed", "")}, id="one type left"),
        pytest.param({"type": "boolean"}, {("response-type-changed", "")}, id="another type"),
        pytest.param(
            {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
            {("response-type-changed", "/anyOf/1")},
            id="one alternative changed",
        ),
        pytest.param(
            {"allOf": [{"$ref": "#/components/schemas/JobSummary"}]},
            {
                ("response-type-changed", ""),
                ("response-property-added", "/components/schemas/JobSummary/properties/id"),
            },
            id="becomes an object",
        ),
    ],
)
def test_anyof_and_allof_are_compared_by_what_they_allow(
    after: dict[str, Any], expected: set[tuple[str, str]]
) -> None:
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    revision = copy.deepcopy(base)
    base["components"]["schemas"]["Job"]["properties"]["status"] = STRING_OR_INT
    revision["components"]["schemas"]["Job"]["properties"]["status"] = after
    where = "/components/schemas/Job/properties/status"
    changes = compare(base, revision)
    assert {(c.rule_id, c.location.removeprefix(where)) for c in changes} == expected


def test_path_items_kept_in_components_are_compared_where_paths_use_them() -> None:
    """OpenAPI 3.1's `components/pathItems`: a path that refers to one is compared through it,
    and the component itself is no unclassified change."""
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    base["components"]["pathItems"] = {"Job": base["paths"].pop("/jobs/{id}")}
    base["paths"]["/jobs/{id}"] = {"$ref": "#/components/pathItems/Job"}
    revision = copy.deepcopy(base)
    revision["components"]["pathItems"]["Job"]["get"]["summary"] = "Get one job"
    assert [(c.rule_id, c.location) for c in compare(base, revision)] == [
        ("api-summary-changed", "/components/pathItems/Job/get")
    ]


def test_allof_branches_are_merged() -> None:
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    revision = copy.deepcopy(base)
    job = revision["components"]["schemas"].pop("Job")
    extra = {"properties": {"filename": {"type": "string"}}}
    revision["components"]["schemas"]["Job"] = {"allOf": [job, extra]}
    assert [(c.rule_id, c.location) for c in compare(base, revision)] == [
        ("response-property-added", "/components/schemas/Job/allOf/1/properties/filename")
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(
            lambda d: d["servers"][0].update(description="Production"),
            ("info-changed", "/servers/0"),
            id="server description",
        ),
        pytest.param(
            lambda d: d["servers"][0].update(variables={"region": {"default": "us"}}),
            ("unclassified-change", "/servers/0/variables"),
            id="server variables",
        ),
        pytest.param(
            lambda d: d["components"]["securitySchemes"]["bearerAuth"].update(description="JWT"),
            ("info-changed", "/components/securitySchemes/bearerAuth"),
            id="security scheme description",
        ),
        pytest.param(
            lambda d: d.update(tags=[{"name": "jobs", "description": "Jobs and their runs."}]),
            ("info-changed", "/tags"),
            id="tag descriptions",
        ),
        pytest.param(
            lambda d: d["components"].update(examples={"done": {"value": {"id": "job_1"}}}),
            ("example-changed", "/components/examples/done"),
            id="a component example",
        ),
        pytest.param(
            lambda d: d.update({"x-readme": {"samples-languages": ["curl"]}}),
            ("extension-changed", "/x-readme"),
            id="an extension nothing reads",
        ),
        pytest.param(
            lambda d: d.update(openapi="3.1.1"),
            ("unclassified-change", "/openapi"),
            id="openapi version",
        ),
    ],
)
def test_document_level_details(edit: Edit, expected: tuple[str, str]) -> None:
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    revision = load(FIXTURES / "api-summary-changed" / "revision.yaml")
    edit(revision)
    found = {(c.rule_id, c.location) for c in compare(base, revision)}
    assert found == {("api-summary-changed", "/paths/~1jobs~1{id}/get"), expected}


def test_a_title_on_a_plain_string_is_documentation() -> None:
    """Only object and enum schemas become classes named by their title."""
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    revision = copy.deepcopy(base)
    revision["components"]["schemas"]["Job"]["properties"]["id"]["title"] = "Job id"
    (c,) = compare(base, revision)
    assert (c.rule_id, c.location) == (
        "schema-description-changed",
        "/components/schemas/Job/properties/id",
    )


# -- issue 14: each kind of change judged by what the generated packages do ----------------------


def one_operation(
    price: dict[str, Any] | None = None,
    parameters: list[dict[str, Any]] | None = None,
    headers: dict[str, Any] | None = None,
    security: list[dict[str, list[str]]] | None = None,
    token_url: str = "https://auth.example.com/token",
    openapi: str = "3.1.0",
    **operation: Any,
) -> dict[str, Any]:
    """A one-operation document: GET /items/{id} returning an Item with a `price`."""
    ok: dict[str, Any] = {
        "description": "The item.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
    }
    if headers:
        ok["headers"] = headers
    op: dict[str, Any] = {
        "operationId": "get_item",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
            *(parameters or []),
        ],
        "responses": {"200": ok},
        **operation,
    }
    if security is not None:
        op["security"] = security
    flows = {"clientCredentials": {"tokenUrl": token_url, "scopes": {"read": "r", "write": "w"}}}
    return {
        "openapi": openapi,
        "info": {"title": "Items", "version": "1"},
        "paths": {"/items/{id}": {"get": op}},
        "components": {
            "securitySchemes": {"oauth": {"type": "oauth2", "flows": flows}},
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["price"],
                    "properties": {"price": price or {"type": "number"}},
                }
            },
        },
    }


def _param(name: str, where: str = "query", **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "schema": {"type": "string", **schema}}


def _header(required: bool) -> dict[str, Any]:
    return {"X-Rate": {"schema": {"type": "integer"}, **({"required": True} if required else {})}}


# (what changed, base, revision, rule ids reported, semver bump)
ISSUE_PAIRS: list[tuple[str, dict[str, Any], dict[str, Any], set[str], str]] = [
    ("1 a response bound relaxed: the models package still checks the old one",
     one_operation({"type": "number", "minimum": 100}),
     one_operation({"type": "number", "minimum": 50}),
     {"response-constraint-relaxed"}, "major"),
    ("1 a response bound tightened",
     one_operation({"type": "number", "minimum": 50}),
     one_operation({"type": "number", "minimum": 100}),
     {"response-constraint-narrowed"}, "minor"),
    ("1 a response pattern replaced",
     one_operation({"type": "string", "pattern": "^[0-9]+$"}),
     one_operation({"type": "string", "pattern": "^[0-9.]+$"}),
     {"response-constraint-relaxed"}, "major"),
    # one bound, spelt with the other keyword: judged as the bound it is (was relaxed + narrowed)
    ("1 a response minimum made exclusive at the same value: only that value is excluded",
     one_operation({"type": "number", "minimum": 5}),
     one_operation({"type": "number", "exclusiveMinimum": 5}),
     {"response-constraint-narrowed"}, "minor"),
    ("1 a response exclusiveMaximum made inclusive: the old models reject the bound itself",
     one_operation({"type": "number", "exclusiveMaximum": 5}),
     one_operation({"type": "number", "maximum": 5}),
     {"response-constraint-relaxed"}, "major"),
    ("1 a request maximum made exclusive: a value sent today is refused",
     one_operation(parameters=[_param("n", type="number", maximum=5)]),
     one_operation(parameters=[_param("n", type="number", exclusiveMaximum=5)]),
     {"request-constraint-narrowed"}, "major"),
    ("1 a request exclusiveMinimum made inclusive at a lower value",
     one_operation(parameters=[_param("n", type="number", exclusiveMinimum=5)]),
     one_operation(parameters=[_param("n", type="number", minimum=4)]),
     {"request-constraint-relaxed"}, "minor"),
    # a const is a Literal in both packages (not an open enum class): another value breaks
    ("a response const changed: the old packages' Literal rejects the new value",
     one_operation({"type": "string", "const": "a"}),
     one_operation({"type": "string", "const": "b"}),
     {"response-type-changed"}, "major"),
    ("a response const widened to an enum: the old Literal rejects the added values",
     one_operation({"type": "string", "const": "a"}),
     one_operation({"type": "string", "enum": ["a", "b"]}),
     {"response-type-changed"}, "major"),
    ("1 a response maxItems raised",
     one_operation({"type": "array", "items": {"type": "number"}, "maxItems": 3}),
     one_operation({"type": "array", "items": {"type": "number"}, "maxItems": 5}),
     {"response-constraint-relaxed"}, "major"),
    ("1 a request maxLength lowered",
     one_operation(parameters=[_param("q", maxLength=50)]),
     one_operation(parameters=[_param("q", maxLength=20)]),
     {"request-constraint-narrowed"}, "major"),
    ("1 a request minItems lowered",
     one_operation(parameters=[_param("q", minLength=5)]),
     one_operation(parameters=[_param("q", minLength=1)]),
     {"request-constraint-relaxed"}, "minor"),
    ("1 OpenAPI 3.0's exclusiveMinimum flag dropped from a response bound",
     one_operation({"type": "number", "minimum": 0, "exclusiveMinimum": True}, openapi="3.0.3"),
     one_operation({"type": "number", "minimum": 0}, openapi="3.0.3"),
     {"response-constraint-relaxed"}, "major"),
    ("1 a request multipleOf made coarser",
     one_operation(parameters=[_param("n", type="number", multipleOf=0.5)]),
     one_operation(parameters=[_param("n", type="number", multipleOf=1)]),
     {"request-constraint-narrowed"}, "major"),
    ("1 a response multipleOf made finer",
     one_operation({"type": "number", "multipleOf": 1}),
     one_operation({"type": "number", "multipleOf": 0.5}),
     {"response-constraint-relaxed"}, "major"),
    ("2 a required response header removed",
     one_operation(headers=_header(True)), one_operation(),
     {"response-required-header-removed"}, "major"),
    ("2 a required response header became optional",
     one_operation(headers=_header(True)), one_operation(headers=_header(False)),
     {"response-header-became-optional"}, "major"),
    ("3 a parameter's default changed",
     one_operation(parameters=[_param("sort", default="asc")]),
     one_operation(parameters=[_param("sort", default="desc")]),
     {"request-parameter-default-value-changed"}, "major"),
    ("3 a response property's default changed",
     one_operation({"type": "number", "default": 0}),
     one_operation({"type": "number", "default": 1}),
     {"response-property-default-value-changed"}, "minor"),
    ("4 integer gains int32: still an int",
     one_operation({"type": "integer"}), one_operation({"type": "integer", "format": "int32"}),
     {"schema-format-changed"}, "patch"),
    ("4 a format neither generator maps",
     one_operation({"type": "string"}), one_operation({"type": "string", "format": "iri"}),
     {"schema-format-changed"}, "patch"),
    ("4 a format the models map to another type",
     one_operation({"type": "string"}), one_operation({"type": "string", "format": "uri"}),
     {"response-format-changed"}, "major"),
    ("5 a header parameter's name in another case",
     one_operation(parameters=[_param("X-Case", "header")]),
     one_operation(parameters=[_param("x-case", "header")]),
     {"header-name-case-changed"}, "patch"),
    ("5 a query parameter's name in another case is another parameter",
     one_operation(parameters=[_param("Page")]),
     one_operation(parameters=[_param("page")]),
     {"request-parameter-removed", "request-parameter-added-optional"}, "major"),
    ("6 an OAuth scope removed from the requirement",
     one_operation(security=[{"oauth": ["read", "write"]}]),
     one_operation(security=[{"oauth": ["read"]}]),
     {"api-security-scope-removed"}, "minor"),
    ("6 an OAuth token URL moved",
     one_operation(security=[{"oauth": ["read"]}]),
     one_operation(security=[{"oauth": ["read"]}], token_url="https://login.example.com/t"),
     {"security-scheme-details-changed"}, "patch"),
    ("7 an example kept in a vendor extension edited",
     one_operation(**{"x-fern-examples": [{"response": {"body": {"price": 1}}}]}),
     one_operation(**{"x-fern-examples": [{"response": {"body": {"price": 2}}}]}),
     {"extension-changed"}, "patch"),
    ("7 an extension a template reads: a new polling helper function",
     one_operation(), one_operation(**{"x-docspecs-wait": {"helper": "wait_for_item"}}),
     {"client-setting-added"}, "minor"),
    ("8 OpenAPI 3.0 nullable on a response property",
     one_operation({"type": "number"}, openapi="3.0.3"),
     one_operation({"type": "number", "nullable": True}, openapi="3.0.3"),
     {"response-became-nullable"}, "major"),
    ("enum value inserted first: the client's VALUE_0 now means another value",
     one_operation({"type": "string", "enum": ["200", "404"]}),
     one_operation({"type": "string", "enum": ["5", "200", "404"]}),
     {"response-enum-value-added", "enum-member-renamed"}, "major"),
    ("enum value appended: every member keeps its name",
     one_operation({"type": "string", "enum": ["200", "404"]}),
     one_operation({"type": "string", "enum": ["200", "404", "500"]}),
     {"response-enum-value-added"}, "minor"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in ISSUE_PAIRS],
)
def test_each_kind_of_change_gets_the_verdict_a_package_consumer_expects(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


def test_enum_member_messages_name_the_member_and_the_package() -> None:
    base = one_operation({"type": "string", "enum": ["200", "404"]})
    revision = one_operation({"type": "string", "enum": ["404", "200"]})
    (c,) = compare(base, revision)
    assert c.rule_id == "enum-member-renamed"
    assert "VALUE_0 now means '404' (was '200') in the client package" in c.message
    assert "models package" not in c.message  # FIELD_200, FIELD_404: named after their values


def test_enum_member_names_are_the_generators_own() -> None:
    """The mapping compared is what the pinned generators write: the client numbers values that
    do not start with a letter and refuses two values with one name (no enum of it to compare);
    the models package suffixes collisions in order."""
    from docspecs.diff._packages import enum_members

    members = enum_members("string", ["200", "in progress", "a-b", "mro"], {})
    assert members == {
        "client": {"VALUE_0": "'200'", "IN_PROGRESS": "'in progress'", "A_B": "'a-b'",
                   "MRO": "'mro'"},
        "models": {"FIELD_200": "'200'", "IN_PROGRESS": "'in progress'", "A_B": "'a-b'",
                   "MRO_": "'mro'"},
    }  # fmt: skip
    members = enum_members("string", ["Done", "done", "IN_PROGRESS", "in progress"], {})
    assert members == {
        "models": {"DONE": "'Done'", "done_1": "'done'", "IN_PROGRESS": "'IN_PROGRESS'",
                   "in_progress_1": "'in progress'"},
    }  # fmt: skip
    assert enum_members("integer", [1, -2], {"x-enum-varnames": ["ONE", "MINUS_TWO"]}) == {
        "client": {"ONE": "1", "MINUS_TWO": "-2"},
        "models": {"ONE": "1", "MINUS_TWO": "-2"},
    }


def test_format_table_is_what_the_models_generator_uses() -> None:
    """`python_types` is written out; datamodel-code-generator's own table must agree."""
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.model.pydantic_v2 import DataTypeManager
    from datamodel_code_generator.parser.jsonschema import json_schema_data_formats

    from docspecs.diff._packages import python_types

    manager = DataTypeManager(python_version=PythonVersion.PY_311)
    for json_type, formats in json_schema_data_formats.items():
        plain = manager.get_data_type(formats["default"]).type_hint
        for fmt, kind in formats.items():
            hint = manager.get_data_type(kind).type_hint
            mapped = python_types(json_type, None if fmt == "default" else fmt)[1]
            if hint == plain:
                assert mapped == python_types(json_type, None)[1], (json_type, fmt)
            else:
                assert mapped != python_types(json_type, None)[1], (json_type, fmt, hint)


def test_format_table_is_what_the_client_generator_uses() -> None:
    """openapi-python-client gives a string of these formats its own property (and type)."""
    from datamodel_code_generator.parser.jsonschema import json_schema_data_formats
    from openapi_python_client import schema as oai
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.properties import _string_based_property

    from docspecs.diff._packages import python_types

    config = Config.from_sources(ConfigFile(), MetaType.NONE, Path("x.json"), "utf-8", False, None)
    for fmt in [*json_schema_data_formats["string"], "binary", "uuid", "iri", None]:
        data = oai.Schema(type="string", format=None if fmt == "default" else fmt)
        prop = _string_based_property("a", True, data, config)
        plain = type(prop).__name__ == "StringProperty"
        assert plain == (python_types("string", fmt)[0] == "str"), fmt
    assert python_types("integer", "int32") == ("int", "int")


GENERATOR_FACTS = """
openapi: 3.1.0
info: {title: Facts, version: '1'}
paths:
  /items:
    get:
      operationId: get_item
      parameters:
        - {name: q, in: query, deprecated: true, schema: {type: string}}
        - {name: where, in: query, content: {application/json: {schema: {type: object}}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
  /items/{id}:
    get:
      operationId: fetch_item
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: ok}}
      x-docspecs-wait: {helper: wait_for_item, status: state, terminal: [done]}
  /items/{id}/copy:
    get:
      operationId: copy_item
      x-docspecs-method: get
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: ok}}
  /items/{id}/history:
    get:
      operationId: item_history
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: ok}}
  /uploads:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties: {file: {type: string, format: binary}, meta: {type: object}}
            encoding: {file: {contentType: image/png}, meta: {contentType: text/csv}}
      responses:
        '204': {description: stored}
components:
  schemas:
    Shape:
      type: object
      required: [kind]
      properties: {kind: {type: string}}
      discriminator: {propertyName: kind, mapping: {sq: '#/components/schemas/Square'}}
    Square:
      allOf: [{$ref: '#/components/schemas/Shape'}, {properties: {side: {type: number}}}]
    Circle:
      allOf: [{$ref: '#/components/schemas/Shape'}, {properties: {radius: {type: number}}}]
    queue_entry: {type: object, properties: {position: {type: integer}}}
    Labelled:
      $id: https://facts.example/labelled
      $anchor: labelled
      $defs: {Zebrafish: {type: object, properties: {h: {type: string}}}}
      type: object
      properties: {label: {type: string}}
    Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
    Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
    Closed: {type: object, additionalProperties: false, properties: {a: {type: string}}}
    Item:
      type: object
      properties:
        old: {type: string, deprecated: true}
        anything: {}
        fixed: {const: abc}
        keyed: {type: object, patternProperties: {'^x': {type: string}}}
        media: {type: string, contentMediaType: image/png}
        closed: {$ref: '#/components/schemas/Closed'}
        inline: {type: object, properties: {a: {type: string}}}
        maybe: {type: [object, 'null'], properties: {b: {type: string}}}
        pair: {oneOf: [{type: string}, {type: object, properties: {c: {type: string}}}]}
        tuple: {type: array, prefixItems: [{type: string}, {type: integer}]}
        pet:
          oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
          discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}
        either: {anyOf: [{$ref: '#/components/schemas/Dog'}, {$ref: '#/components/schemas/Cat'}]}
        shape: {$ref: '#/components/schemas/Shape'}
        labelled: {$ref: '#/components/schemas/Labelled'}
        entry: {$ref: '#/components/schemas/queue_entry'}
"""


@pytest.mark.slow
def test_the_generators_do_what_the_rules_say(tmp_path: Path) -> None:
    """The facts the rules judge by, held against the pinned generators: what each does with
    `deprecated`, `{}`, `const`, key patterns, annotations, closed objects, inline objects'
    class names, `prefixItems`, discriminator tags (on unions and on base schemas), the order of
    union alternatives, parameters given by `content`, `encoding`, `$id`/`$anchor`/`$defs` (see
    the README's rule table)."""
    from docspecs.generate import _generate_client, _generate_models

    document = yaml.safe_load(GENERATOR_FACTS)
    text = json.dumps(document)
    _generate_client(document, text, tmp_path / "c", "facts-client", "facts_client", "1.0.0")
    _generate_models("facts", document, text, tmp_path / "m", "facts-models", "facts_models",
                     "1.0.0", tmp_path / "examples")  # fmt: skip
    models = (tmp_path / "m" / "facts_models" / "__init__.py").read_text("utf-8")
    client_dir = tmp_path / "c" / "facts_client"
    item = (client_dir / "models" / "item.py").read_text("utf-8")
    client = "".join(p.read_text("utf-8") for p in client_dir.rglob("*.py"))
    # deprecated: the models package marks the property, the client reads it nowhere
    assert re.search(r"old: str \| None = Field\(None, deprecated=True\)", models)
    assert "deprecat" not in client.lower()
    # {} is Any in both; a const a closed Literal in both (the client raises on another value)
    assert "anything: Any | None" in models and "anything: Any | Unset" in item
    assert (
        "fixed: Literal['abc'] | None" in models
        and "expected the constant \\u0027abc\\u0027" in item
    )
    # key patterns are checked by the models package; annotations are metadata only
    assert "dict[constr(pattern=r'^x'), str]" in models
    assert "json_schema_extra={'contentMediaType': 'image/png'}" in models
    # a closed object's client class has no additional_properties; the models keep extras
    closed = (client_dir / "models" / "closed.py").read_text("utf-8")
    assert "additional_properties" not in closed and "extra='allow'" in models
    # inline objects' client classes are named by where they sit
    assert "inline: ItemInline |" in item
    assert "maybe: ItemMaybeType0 | None |" in item
    assert "pair: ItemPairType1 | str |" in item or "pair: str | ItemPairType1 |" in item
    # prefixItems: the client's list of the union of the positions' types
    assert "tuple_: list[int | str] |" in item
    # discriminator tags: Literal types in the models package (implicit tag: component name)
    assert "kind: Literal['cat']" in models and "kind: Literal['Dog']" in models
    # a discriminator on a base schema (inheritance): the models package makes each reference
    # to it a union of its subschemas, tagged by the mapping or the component name; the client
    # keeps the base class
    assert re.search(
        r"shape: (Square \| Circle|Circle \| Square) \| None = Field\(\s*None, "
        r"discriminator='kind'",
        models,
    ), models
    assert "kind: Literal['sq']" in models and "kind: Literal['Circle']" in models
    assert "shape: Shape | Unset" in item
    # the client tries a union's alternatives in the order written (Dog before Cat here)
    either = item[item.index("def _parse_either") :]
    assert either.index("Dog.from_dict") < either.index("Cat.from_dict")
    assert "either: Dog | Cat | None" in models
    # a parameter given by content is skipped by the client: no argument for it
    get_item = (client_dir / "api" / "default" / "get_item.py").read_text("utf-8")
    assert "q: str" in get_item and "where" not in get_item
    # encoding is read by no generated code
    assert "image/png" not in client and "text/csv" not in client
    # $id, $anchor and an unused schema in $defs make no code
    assert "class Labelled(BaseModel)" in models and "class Labelled:" in client
    # resource methods: derived from method and path, x-docspecs-method, the operationId where
    # two would share a name, the polling shortcut `wait` (see `resource_methods`)
    from docspecs.diff._client import resource_methods
    from docspecs.diff._walk import Document

    names = {m.label: (m.name, m.wait) for m in resource_methods(Document(document)).values()}
    assert names == {
        "GET /items": ("list", None),
        "GET /items/{id}": ("fetch_item", "wait"),
        "GET /items/{id}/copy": ("copy_item", None),
        "GET /items/{id}/history": ("get_history", None),
        "POST /uploads": ("create", None),
    }
    resource = client[client.index("class DefaultResource:") :]
    resource = resource[: resource.find("\nclass ", 1)]
    for name in ("list", "fetch_item", "copy_item", "get_history", "create", "wait"):
        assert f"    def {name}(" in resource, name
    # a component's class name is its name made a class name: queue_entry is QueueEntry
    assert "class QueueEntry(BaseModel)" in models and "class QueueEntry:" in client
    assert "zebrafish" not in (models + client).lower()
    assert "facts.example" not in models + client


def test_read_extensions_cover_every_extension_the_templates_read() -> None:
    from docspecs.diff._packages import read_extension

    sources = [*(REPO / "src" / "docspecs" / "templates").rglob("*.jinja*")]
    sources.append(REPO / "src" / "docspecs" / "generate.py")
    found = {
        name
        for path in sources
        for name in re.findall(r"""["'](x-docspecs-[a-z-]+)["']""", path.read_text("utf-8"))
    }
    assert found and all(read_extension(name) for name in found), found
    assert not read_extension("x-fern-examples")


# -- type shapes, judged by the Python types the packages generate -----------------------------

LOCATION = {"type": "object", "properties": {"page": {"type": "integer"}}}
LOCATION_REF = {"$ref": "#/components/schemas/Location"}


def typed(value: Any) -> dict[str, Any]:
    """`one_operation` whose response property `value` is `value` (a `Location` schema beside)."""
    doc = one_operation()
    doc["components"]["schemas"]["Item"]["properties"]["value"] = value
    doc["components"]["schemas"]["Location"] = copy.deepcopy(LOCATION)
    return doc


def sent(value: Any) -> dict[str, Any]:
    """`typed({})` plus `POST /items/{id}` whose request body has a property `value`."""
    doc = typed({})
    schema = {"type": "object", "properties": {"value": value}}
    doc["paths"]["/items/{id}"]["post"] = {
        "operationId": "update_item",
        "requestBody": {"content": {"application/json": {"schema": schema}}},
        "responses": {"204": {"description": "Updated."}},
    }
    return doc


ONE_OF_TWO = {"oneOf": [LOCATION_REF, {"type": "string"}]}
ONE_OF_THREE = {"oneOf": [LOCATION_REF, {"type": "string"}, {"type": "integer"}]}
LIST_OR_ONE = {"anyOf": [{"type": "array", "items": LOCATION_REF}, LOCATION_REF]}
STRING = {"type": "string"}

# (what changed, base, revision, rule ids reported, semver bump)
TYPE_SHAPES: list[tuple[str, dict[str, Any], dict[str, Any], set[str], str]] = [
    ("response: any value gets a type (generated Any -> str)",
     typed({}), typed(STRING), {"response-type-narrowed-from-any"}, "major"),
    ("response: any value becomes nullable string (Any -> str | None)",
     typed({}), typed({"type": ["string", "null"]}), {"response-type-narrowed-from-any"}, "major"),
    ("response: a string becomes any value (str -> Any)",
     typed(STRING), typed({}), {"response-type-changed"}, "major"),
    ("response: a string may be null (str -> str | None)",
     typed(STRING), typed({"type": ["string", "null"]}), {"response-became-nullable"}, "major"),
    ("response: null no longer possible (str | None -> str)",
     typed({"type": ["string", "null"]}), typed(STRING), {"response-type-narrowed"}, "minor"),
    ("request: any value gets a type: values sent today may be refused",
     sent({}), sent(STRING), {"request-type-changed"}, "major"),
    ("request: a string becomes any value: every call still type-checks",
     sent(STRING), sent({}), {"request-type-widened"}, "minor"),
    ("type list with null rewritten as anyOf with null",
     typed({"type": ["string", "null"]}), typed({"anyOf": [STRING, {"type": "null"}]}),
     {"schema-type-respelled"}, "patch"),
    ("anyOf with null rewritten as a type list",
     typed({"oneOf": [STRING, {"type": "null"}]}), typed({"type": ["string", "null"]}),
     {"schema-type-respelled"}, "patch"),
    ("OpenAPI 3.0 nullable rewritten as anyOf with null",
     typed({"type": "string", "nullable": True}), typed({"anyOf": [STRING, {"type": "null"}]}),
     {"schema-type-respelled"}, "patch"),
    ("a reference wrapped in a one-schema allOf",
     typed(LOCATION_REF), typed({"allOf": [LOCATION_REF]}), {"schema-type-respelled"}, "patch"),
    ("an enum's type written out",
     typed({"enum": ["a", "b"]}), typed({"type": "string", "enum": ["a", "b"]}),
     {"schema-type-respelled"}, "patch"),
    ("response: a oneOf member added",
     typed(ONE_OF_TWO), typed(ONE_OF_THREE), {"response-type-changed"}, "major"),
    ("response: a oneOf member removed",
     typed(ONE_OF_THREE), typed(ONE_OF_TWO), {"response-type-narrowed"}, "minor"),
    ("request: a oneOf member added",
     sent(ONE_OF_TWO), sent(ONE_OF_THREE), {"request-type-widened"}, "minor"),
    ("request: a oneOf member removed",
     sent(ONE_OF_THREE), sent(ONE_OF_TWO), {"request-type-changed"}, "major"),
    ("response: an object may now be a list of it (Location -> list[Location] | Location)",
     typed(LOCATION_REF), typed(LIST_OR_ONE), {"response-type-changed"}, "major"),
    ("request: an object may now be a list of it",
     sent(LOCATION_REF), sent(LIST_OR_ONE), {"request-type-widened"}, "minor"),
    ("response: a list of objects or one object becomes one object",
     typed(LIST_OR_ONE), typed(LOCATION_REF), {"response-type-narrowed"}, "minor"),
    ("response: an inline object may now be a list of it (client ItemValue -> ItemValueType0)",
     typed(LOCATION), typed({"oneOf": [LOCATION, {"type": "array", "items": LOCATION}]}),
     {"response-type-changed", "union-member-class-renamed"}, "major"),
    ("request: an inline object may be null: the client's class is renamed (-> ItemValueType0)",
     sent(LOCATION), sent({**LOCATION, "type": ["object", "null"]}),
     {"request-type-widened", "union-member-class-renamed"}, "major"),
    ("an inline object's nullability respelled: the same class",
     typed({**LOCATION, "type": ["object", "null"]}),
     typed({"anyOf": [LOCATION, {"type": "null"}]}),
     {"schema-type-respelled"}, "patch"),
    ("response: an alternative removed before an inline one: its class is renamed",
     typed({"oneOf": [STRING, {"type": "integer"}, LOCATION]}),
     typed({"oneOf": [STRING, LOCATION]}),
     {"response-type-narrowed", "union-member-class-renamed"}, "major"),
    ("response: a union of two becomes its inline object (client ...Type1 -> ...Type0)",
     typed({"oneOf": [STRING, LOCATION]}), typed({"oneOf": [LOCATION]}),
     {"response-type-narrowed", "union-member-class-renamed"}, "major"),
    ("response: an inline alternative appended: no class changes its name",
     typed({"oneOf": [STRING, LOCATION]}),
     typed({"oneOf": [STRING, LOCATION, {"type": "object", "properties": {"x": STRING}}]}),
     {"response-type-changed"}, "major"),
    ("request: a property added to an inline alternative in place: the class keeps its name",
     sent({"oneOf": [STRING, LOCATION]}),
     sent({"oneOf": [STRING, {**LOCATION, "properties": {"page": STRING, "x": STRING}}]}),
     {"request-type-changed", "request-property-added-optional"}, "major"),
    ("response: a const changed: both packages check a const (Literal) when they parse",
     typed({"const": "a"}), typed({"const": "b"}), {"response-type-changed"}, "major"),
    ("response: a const becomes an enum of two values",
     typed({"const": "a"}), typed({"enum": ["a", "b"]}), {"response-type-changed"}, "major"),
    ("request: a const changed",
     sent({"const": "a"}), sent({"const": "b"}),
     {"request-enum-value-removed", "request-enum-value-added"}, "major"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in TYPE_SHAPES],
)
def test_type_shapes_are_judged_by_the_generated_python_types(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


def test_an_object_becoming_one_alternative_is_compared_with_that_alternative() -> None:
    """The Instabase alert `locations` case: a Location that may now be a list of them. The
    object's own properties are compared with the matching alternative's (nothing "removed"),
    and a change inside it is still found."""
    base = sent(LOCATION_REF)
    revision = sent(LIST_OR_ONE)
    for doc in (base, revision):
        doc["components"]["schemas"]["Item"]["properties"]["value"] = copy.deepcopy(
            doc["paths"]["/items/{id}"]["post"]["requestBody"]["content"]["application/json"][
                "schema"
            ]["properties"]["value"]
        )
    revision["components"]["schemas"]["Location"]["properties"]["page"]["minimum"] = 1
    found = {(c.rule_id, c.location) for c in compare(base, revision)}
    assert found == {
        ("request-type-widened", "/paths/~1items~1{id}/post/requestBody/content/"
         "application~1json/schema/properties/value"),
        ("response-type-changed", "/components/schemas/Item/properties/value"),
        ("request-constraint-narrowed", "/components/schemas/Location/properties/page"),
        ("response-constraint-narrowed", "/components/schemas/Location/properties/page"),
    }  # fmt: skip


def test_a_type_from_any_names_the_generated_types() -> None:
    (c,) = compare(typed({}), typed({"type": ["string", "null"]}))
    assert "generated type Any -> str | None" in c.message


def test_oneof_members_of_another_count_are_still_compared_by_component() -> None:
    """A member added next to a referenced one: the referenced member's change is found too."""
    revision = typed(ONE_OF_THREE)
    revision["components"]["schemas"]["Location"]["properties"].pop("page")
    found = {(c.rule_id, c.location) for c in compare(typed(ONE_OF_TWO), revision)}
    assert ("response-property-removed", "/components/schemas/Location/properties/page") in found


def test_reordered_alternatives_are_compared_by_component() -> None:
    """[Location, Other] -> [Other, Location]: no property of one reported against the other;
    the order itself is judged once (see `test_union_order_is_judged_by_what_parses`)."""
    other = {"$ref": "#/components/schemas/Other"}
    base, revision = (
        typed({"oneOf": [LOCATION_REF, other]}),
        typed({"oneOf": [other, LOCATION_REF]}),
    )
    for doc in (base, revision):
        doc["components"]["schemas"]["Other"] = {"type": "object", "properties": {"x": STRING}}
    found = {(c.rule_id, c.location) for c in compare(base, revision)}
    assert found == {("response-union-reordered", "/components/schemas/Item/properties/value")}


# -- round 3: misjudgements found on the real spec history (Extend, Talonic) ---------------------

OPEN_ENUM_CODE = {"anyOf": [{"title": "Code", "enum": ["NOT_FOUND", "INTERNAL_ERROR"]}]}


def coded(value: Any, code: Any = None) -> dict[str, Any]:
    """`typed(value)` with a component `Code` beside (an open enum as overlays/*/01-open-enums
    leaves it: its string alternative removed, the enum keeping the component's title)."""
    doc = typed(value)
    if code is not None:
        doc["components"]["schemas"]["Code"] = copy.deepcopy(code)
    return doc


def with_header(schema: dict[str, Any]) -> dict[str, Any]:
    return one_operation(headers={"X-Mode": {"schema": schema}})


FREE_FORM = {"type": "object", "additionalProperties": True}
DECLARED = {**FREE_FORM, "properties": {"credits": {"type": "number"}}}

# (what changed, base, revision, rule ids reported, semver bump)
ROUND_3: list[tuple[str, dict[str, Any], dict[str, Any], set[str], str]] = [
    ("Talonic: an object becomes string-or-object (oneOf): nothing inside it is 'removed'",
     typed(LOCATION_REF), typed({"oneOf": [STRING, LOCATION_REF]}),
     {"response-type-changed"}, "major"),
    ("Extend: a plain string becomes an open enum component (str -> an enum class)",
     coded(STRING), coded({"$ref": "#/components/schemas/Code"}, OPEN_ENUM_CODE),
     {"response-became-enum", "component-schema-added", "schema-description-changed"}, "major"),
    ("a plain string becomes a closed inline enum: the same generated type as an open one",
     typed(STRING), typed({"type": "string", "enum": ["a", "b"]}),
     {"response-became-enum"}, "major"),
    ("an integer becomes an integer enum",
     typed({"type": "integer"}), typed({"type": "integer", "enum": [1, 2]}),
     {"response-became-enum"}, "major"),
    ("an enum becomes a plain string again",
     typed({"type": "string", "enum": ["a", "b"]}), typed(STRING),
     {"response-type-changed"}, "major"),
    ("a request string becomes an enum: values sent today may be refused",
     sent(STRING), sent({"type": "string", "enum": ["a", "b"]}),
     {"request-constraint-narrowed"}, "major"),
    ("a response header becomes an enum: the client hands headers over as strings",
     with_header(STRING), with_header({"type": "string", "enum": ["a", "b"]}),
     {"response-constraint-narrowed"}, "minor"),
    ("Extend: an open object that declared nothing declares properties (still open)",
     typed(FREE_FORM), typed(DECLARED), {"response-property-declared"}, "major"),
    ("an open object with absent additionalProperties declares properties",
     typed({"type": "object"}), typed({"type": "object", "properties": DECLARED["properties"]}),
     {"response-property-declared"}, "major"),
    ("an open object that declares properties declares one more: a new field",
     typed(DECLARED),
     typed({**DECLARED, "properties": {**DECLARED["properties"], "total": {"type": "number"}}}),
     {"response-property-added"}, "minor"),
    ("a closed empty object declares properties: nothing could be read from it before",
     typed({"type": "object", "additionalProperties": False}),
     typed({"type": "object", "additionalProperties": False, "properties": DECLARED["properties"]}),
     {"response-property-added"}, "minor"),
    ("a request's open object declares properties: `obj[key] = value` still sends them",
     sent(FREE_FORM), sent(DECLARED), {"request-property-added-optional"}, "minor"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in ROUND_3],
)
def test_vendor_history_changes_get_the_verdict_a_package_consumer_expects(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


def test_an_enum_class_is_no_plain_string_in_the_generated_packages() -> None:
    """Why `response-became-enum` is breaking although every generated enum keeps unknown
    values: held against the committed Extend packages (`ErrorCode` was a plain `str`)."""
    extend_client = pytest.importorskip("extend_client.models")
    extend_models = pytest.importorskip("extend_models")
    code = extend_models.ErrorCode("SOMETHING_NEW")  # unknown values still parse
    assert code == "SOMETHING_NEW" and extend_models.ErrorCode.NOT_FOUND == "NOT_FOUND"
    # both packages' enums print their value (the templates), so printing is not what breaks
    assert f"{extend_models.ErrorCode.NOT_FOUND}" == "NOT_FOUND"
    with pytest.raises(AttributeError):  # built from a plain string, as code did before
        extend_client.ErrorResponse(code="NOT_FOUND").to_dict()


def test_declared_keys_leave_the_dict_in_the_generated_packages() -> None:
    """Why `response-property-declared` is breaking: held against the committed Extend packages
    (`Usage` was an open object that declared nothing until the keys below were declared)."""
    extend_client = pytest.importorskip("extend_client.models")
    extend_models = pytest.importorskip("extend_models")
    usage = extend_client.Usage.from_dict({"credits": 1.0, "totalCredits": 2.0})
    assert "totalCredits" not in usage.additional_properties
    with pytest.raises(KeyError):
        usage["totalCredits"]
    parsed = extend_models.Usage.model_validate({"totalCredits": 2.0})
    assert parsed.total_credits == 2.0 and not parsed.model_extra
    with pytest.raises(AttributeError):
        parsed.totalCredits  # noqa: B018


def test_a_title_given_with_an_enum_is_no_class_renamed() -> None:
    """A plain string had no class: the title of the enum class it became renames nothing."""
    revision = typed({"type": "string", "title": "Mode", "enum": ["a", "b"]})
    found = {(c.rule_id, c.location) for c in compare(typed(STRING), revision)}
    assert found == {
        ("response-became-enum", "/components/schemas/Item/properties/value"),
        ("schema-description-changed", "/components/schemas/Item/properties/value"),
    }


def test_declared_properties_are_one_change_per_object() -> None:
    (c,) = compare(typed(FREE_FORM), typed({**DECLARED, "properties": {
        "credits": {"type": "number"}, "totalCredits": {"type": "number"}}}))  # fmt: skip
    assert c.location == "/components/schemas/Item/properties/value/properties"
    assert "'credits', 'totalCredits'" in c.message and "additional_properties" in c.message


# -- the client's runtime settings, judged by what the client templates make of them ---------------


def runtime(**settings: Any) -> Edit:
    return lambda d: d.update({"x-docspecs-client": copy.deepcopy(settings)})


def _servers(*servers: tuple[str, str | None]) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc["servers"] = [
            {"url": url, **({"x-docspecs-region": region} if region else {})}
            for url, region in servers
        ]

    return edit


def _wait(**wait: Any) -> Edit:
    return lambda d: _job_op(d).update({"x-docspecs-wait": wait})


def _version_default(value: str) -> Edit:
    return lambda d: _job_op(d)["parameters"][1]["schema"].update(default=value)


VERSION = {"x-api-version": {"env": "JOBS_API_VERSION", "argument": "api_version"}}
US, EU = ("https://api.example.com", "us"), ("https://eu.api.example.com", "eu")
WAIT = {"helper": "wait_for_job", "status": "status", "terminal": ["done", "failed"]}
HOOKS = {
    "signature-header": "x-signature",
    "timestamp-header": "x-timestamp",
    "signed-content": "{timestamp}.{body}",
    "events": {"job.done": "Job"},
}

# (what changed, base edit, revision edit, {(rule id, location)})
CLIENT_SETTINGS: list[tuple[str, Edit, Edit, set[tuple[str, str]]]] = [
    ("Extend: the API version header's default moves",
     runtime(headers={"x-api-version": {"default": "2025-04-21"}}),
     runtime(headers={"x-api-version": {"default": "2026-02-09"}}),
     {("client-default-header-changed", "/x-docspecs-client/headers/x-api-version/default")}),
    ("a header default written in another case is the same header",
     runtime(headers={"x-api-version": {"default": "1"}}),
     runtime(headers={"X-Api-Version": {"default": "1"}}),
     {("header-name-case-changed", "/x-docspecs-client/headers/X-Api-Version")}),
    ("a default header dropped: the server's default applies again",
     runtime(headers={"x-api-version": {"default": "1"}}), runtime(),
     {("client-default-header-changed", "/x-docspecs-client/headers/x-api-version/default")}),
    ("a header parameter's default is sent with every request too",
     _version_default("2024-01-01"), _version_default("2025-04-21"),
     {("client-default-header-changed", "/paths/~1jobs~1{id}/get/parameters/1/schema/default"),
      ("request-parameter-default-value-changed", "/paths/~1jobs~1{id}/get/parameters/1/schema")}),
    ("a parameter's default wins over the setting's: the setting changes nothing sent",
     lambda d: (_version_default("1")(d), runtime(headers={"x-api-version": {"default": "2"}})(d)),
     lambda d: (_version_default("1")(d), runtime(headers={"x-api-version": {"default": "3"}})(d)),
     {("info-changed", "/x-docspecs-client/headers/x-api-version/default")}),
    ("the base URL's environment variable renamed",
     runtime(**{"base-url-env": "JOBS_URL"}), runtime(**{"base-url-env": "JOBS_BASE_URL"}),
     {("client-setting-changed", "/x-docspecs-client/base-url-env")}),
    ("a header's from_env() keyword argument removed",
     runtime(headers=VERSION), runtime(headers={"x-api-version": {"env": "JOBS_API_VERSION"}}),
     {("client-setting-changed", "/x-docspecs-client/headers/x-api-version")}),
    ("a header's from_env() keyword argument added",
     runtime(headers={"x-api-version": {"env": "JOBS_API_VERSION"}}), runtime(headers=VERSION),
     {("client-setting-added", "/x-docspecs-client/headers/x-api-version")}),
    ("a region renamed: from_env(region='eu') raises",
     _servers(US, EU), _servers(US, (EU[0], "eu1")),
     {("client-setting-changed", "/servers/1"), ("client-setting-added", "/servers/1")}),
    ("a region added to a server",
     _servers(US, (EU[0], None)), _servers(US, EU), {("client-setting-added", "/servers/1")}),
    ("servers reordered: DEFAULT_BASE_URL moves to another server",
     _servers(US, EU), _servers(EU, US), {("client-setting-changed", "/servers/0")}),
    ("a polling helper renamed",
     _wait(**WAIT), _wait(**{**WAIT, "helper": "wait_for_job_done"}),
     {("client-setting-changed", "/paths/~1jobs~1{id}/get/x-docspecs-wait")}),
    ("a polling helper added",
     lambda d: None, _wait(**WAIT),
     {("client-setting-added", "/paths/~1jobs~1{id}/get/x-docspecs-wait")}),
    ("a polling helper's timeout lowered",
     _wait(**WAIT), _wait(**WAIT, timeout=60),
     {("client-behaviour-changed", "/paths/~1jobs~1{id}/get/x-docspecs-wait")}),
    ("a polling helper's default timeout written out: the same 300 seconds",
     _wait(**WAIT), _wait(**WAIT, timeout=300),
     {("info-changed", "/paths/~1jobs~1{id}/get/x-docspecs-wait")}),
    ("a header's settings that are no mapping: left for review",
     runtime(headers={"x-api-version": {"default": "1"}}),
     runtime(headers={"x-api-version": "1"}),
     {("unclassified-change", "/x-docspecs-client/headers/x-api-version"),
      ("client-default-header-changed", "/x-docspecs-client/headers/x-api-version/default")}),
    ("the errors read the request id from another header",
     runtime(), runtime(**{"request-id-headers": ["x-trace-id"]}),
     {("client-behaviour-changed", "/x-docspecs-client/request-id-headers")}),
    ("webhooks configured: verify_webhook() is new",
     runtime(), runtime(webhooks=HOOKS),
     {("client-setting-added", "/x-docspecs-client/webhooks")}),
    ("webhooks dropped: verify_webhook() is gone",
     runtime(webhooks=HOOKS), runtime(),
     {("client-setting-changed", "/x-docspecs-client/webhooks")}),
    ("a webhook event parsed into another model",
     runtime(webhooks=HOOKS),
     runtime(webhooks={**HOOKS, "events": {"job.done": "JobSummary"}}),
     {("client-behaviour-changed", "/x-docspecs-client/webhooks")}),
    ("the webhook signature header renamed",
     runtime(webhooks=HOOKS), runtime(webhooks={**HOOKS, "signature-header": "x-sig"}),
     {("client-behaviour-changed", "/x-docspecs-client/webhooks")}),
    ("the default webhook tolerance written out",
     runtime(webhooks=HOOKS), runtime(webhooks={**HOOKS, "tolerance": 300}),
     {("generated-name-respelled", "/x-docspecs-client/webhooks")}),
    ("docspecs mock starts serving the API: only the package README changes",
     runtime(), runtime(simulator=True),
     {("info-changed", "/x-docspecs-client/simulator")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base_edit", "revision_edit", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CLIENT_SETTINGS],
)
def test_client_settings_are_judged_by_what_the_client_does(
    base_edit: Edit, revision_edit: Edit, expected: set[tuple[str, str]]
) -> None:
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    base_edit(base)
    revision = copy.deepcopy(base)
    revision_edit(revision)
    found = {(c.rule_id, c.location) for c in compare(base, revision)}
    assert found == expected


def _method(name: str | None, path: str = "/jobs/{id}", method: str = "get") -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        operation = doc["paths"][path][method]
        if name is None:
            operation.pop("x-docspecs-method", None)
        else:
            operation["x-docspecs-method"] = name

    return edit


def _add_operation(path: str, method: str, operation_id: str, **extra: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        operation = {"operationId": operation_id, "tags": ["jobs"], "responses": {}, **extra}
        doc["paths"].setdefault(path, {})[method] = operation

    return edit


# (what changed, base edit, revision edit, {(rule id, location)}), compared with api="jobs"
CLIENT_NAMES: list[tuple[str, Edit, Edit, set[tuple[str, str]]]] = [
    ("the token variable's default written out: JOBS_API_TOKEN either way",
     runtime(), runtime(**{"token-env": "JOBS_API_TOKEN"}),
     {("generated-name-respelled", "/x-docspecs-client/token-env")}),
    ("a token-env equal to the default removed: nothing changes",
     runtime(**{"token-env": "JOBS_API_TOKEN"}), runtime(),
     {("generated-name-respelled", "/x-docspecs-client/token-env")}),
    ("a token-env other than the default removed: from_env() reads JOBS_API_TOKEN instead",
     runtime(**{"token-env": "JOBS_TOKEN"}), runtime(),
     {("client-setting-changed", "/x-docspecs-client/token-env")}),
    ("a token-env other than the default added: it renames the variable",
     runtime(), runtime(**{"token-env": "JOBS_TOKEN"}),
     {("client-setting-changed", "/x-docspecs-client/token-env")}),
    ("the base URL variable's default dropped",
     runtime(**{"base-url-env": "JOBS_BASE_URL"}), runtime(),
     {("generated-name-respelled", "/x-docspecs-client/base-url-env")}),
    ("a header's from_env() argument respelled: the template snake-cases it",
     runtime(headers=VERSION),
     runtime(headers={"x-api-version": {**VERSION["x-api-version"], "argument": "apiVersion"}}),
     {("generated-name-respelled", "/x-docspecs-client/headers/x-api-version")}),
    ("an operationId respelled to the same Python name: get_job either way",
     lambda d: None, lambda d: _job_op(d).update(operationId="getJob"),
     {("generated-name-respelled", "/paths/~1jobs~1{id}/get/operationId")}),
    ("a tag respelled to the same Python name: the jobs module and resource either way",
     lambda d: None, lambda d: _job_op(d).update(tags=["Jobs"]),
     {("generated-name-respelled", "/paths/~1jobs~1{id}/get/tags")}),
    ("no tag becomes the tag `default`: the module it was in already",
     lambda d: _job_op(d).pop("tags"), lambda d: _job_op(d).update(tags=["default"]),
     {("generated-name-respelled", "/paths/~1jobs~1{id}/get/tags")}),
    ("a component respelled to the same class name: JobSummary either way",
     lambda d: None,
     lambda d: d["components"]["schemas"].update(
         job_summary=d["components"]["schemas"].pop("JobSummary")),
     {("generated-name-respelled", "/components/schemas/job_summary")}),
    ("a component renamed: another class",
     lambda d: None,
     lambda d: d["components"]["schemas"].update(
         JobDigest=d["components"]["schemas"].pop("JobSummary")),
     {("component-schema-renamed", "/components/schemas/JobDigest")}),
    ("a second tag: the generator reads only the first",
     lambda d: None, lambda d: _job_op(d).update(tags=["jobs", "runs"]),
     {("info-changed", "/paths/~1jobs~1{id}/get/tags")}),
    ("x-docspecs-method renames the resource method",
     lambda d: None, _method("fetch"),
     {("client-method-renamed", "/paths/~1jobs~1{id}/get")}),
    ("x-docspecs-method equal to the derived name removed",
     _method("get"), _method(None),
     {("generated-name-respelled", "/paths/~1jobs~1{id}/get/x-docspecs-method")}),
    ("x-docspecs-method removed where it renamed the method",
     _method("fetch"), _method(None),
     {("client-method-renamed", "/paths/~1jobs~1{id}/get")}),
    ("a new operation whose method name collides: the old method takes its operationId's name",
     lambda d: None,
     _add_operation("/jobs/{id}/copy", "get", "copy_job", **{"x-docspecs-method": "get"}),
     {("client-method-renamed", "/paths/~1jobs~1{id}/get"),
      ("api-path-added", "/paths/~1jobs~1{id}~1copy")}),
    ("a new operation with a name of its own renames nothing",
     lambda d: None, _add_operation("/jobs/{id}/copy", "post", "copy_job"),
     {("api-path-added", "/paths/~1jobs~1{id}~1copy")}),
    ("a second polling helper on the resource: the `wait` shortcut becomes `wait_get`",
     _wait(**WAIT),
     lambda d: (_wait(**WAIT)(d),
                _add_operation("/jobs", "get", "list_jobs",
                               **{"x-docspecs-wait": {"helper": "wait_for_jobs"}})(d)),
     {("client-method-renamed", "/paths/~1jobs~1{id}/get"),
      ("api-operation-added", "/paths/~1jobs/get")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base_edit", "revision_edit", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CLIENT_NAMES],
)
def test_client_names_are_judged_by_what_the_template_names(
    base_edit: Edit, revision_edit: Edit, expected: set[tuple[str, str]]
) -> None:
    """Defaults the template fills in (`<API>_API_TOKEN`, the method name derived from the HTTP
    method and path) are judged as the names they produce, not as written."""
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    base_edit(base)
    revision = copy.deepcopy(base)
    revision_edit(revision)
    found = {(c.rule_id, c.location) for c in compare(base, revision, api="jobs")}
    assert found == expected


def test_client_defaults_without_the_api_name_are_compared_as_written() -> None:
    """`compare` without `api` cannot know `<API>_API_TOKEN`: a token-env dropped stays a
    change of the variable, never silently nothing."""
    base = load(FIXTURES / "api-summary-changed" / "base.yaml")
    runtime(**{"token-env": "JOBS_API_TOKEN"})(base)
    revision = copy.deepcopy(base)
    runtime()(revision)
    assert ids(compare(base, revision)) == {"client-setting-changed"}
    assert ids(compare(base, revision, api="jobs")) == {"generated-name-respelled"}


def test_derived_method_names_are_the_templates_own() -> None:
    """The names `resource_methods` derives are the ones the client template writes (read off
    a generated client: `client.jobs.get`, `client.jobs.list`, ...)."""
    from docspecs.diff._client import resource_methods
    from docspecs.diff._walk import Document

    doc = load(FIXTURES / "api-summary-changed" / "base.yaml")
    _add_operation("/jobs/{id}/results", "get", "get_results")(doc)
    _add_operation("/jobs/{id}/cancel", "post", "cancel_job")(doc)
    names = {key: m.name for key, m in resource_methods(Document(doc)).items()}
    assert names == {
        ("/health", "get"): "list",
        ("/jobs", "post"): "create",
        ("/jobs/{}", "get"): "get",
        ("/jobs/{}", "delete"): "delete",
        ("/jobs/{}/results", "get"): "get_results",
        ("/jobs/{}/cancel", "post"): "cancel",
    }


def test_generated_clients_have_the_methods_diff_derives() -> None:
    """Held against the committed clients: every derived `client.<tag>.<name>` is a method of
    the generated resource class."""
    from openapi_python_client.strings import ClassName

    from docspecs.diff._client import resource_methods
    from docspecs.diff._walk import Document

    for api in Project(REPO).apis():
        root = REPO / "generated" / f"{api}-client"
        document = json.loads((root / "openapi.json").read_text("utf-8"))
        client = next(root.glob("*_client/client.py")).read_text("utf-8")
        methods = resource_methods(Document(document, api)).values()
        assert methods, api
        for method in methods:
            start = client.index(f"\nclass {ClassName(method.tag, 'field_')}Resource:")
            resource = client[start : client.find("\nclass ", start + 1)]
            assert f"    def {method.name}(" in resource, (api, method)
            if method.wait:
                assert f"    def {method.wait}(" in resource, (api, method)


# -- deprecation, judged by what the generators do with `deprecated` ------------------------------


def _query(doc: dict[str, Any]) -> dict[str, Any]:
    param: dict[str, Any] = doc["paths"]["/items/{id}"]["get"]["parameters"][1]
    return param


@pytest.mark.parametrize(
    ("edit", "rules", "bump"),
    [
        pytest.param(
            lambda d: _query(d)["schema"].update(deprecated=True),
            {"request-parameter-deprecated"}, "minor",
            id="a parameter's schema deprecated: the same as the parameter",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Location"].update(deprecated=True),
            {"schema-description-changed"}, "patch",
            id="a whole schema deprecated: neither generator reads it",
        ),
        pytest.param(
            lambda d: d["components"]["schemas"]["Item"]["properties"]["value"].update(
                deprecated=True
            ),
            {"response-property-deprecated"}, "minor",
            id="a property beside its $ref: the models package reads it",
        ),
    ],
)  # fmt: skip
def test_deprecated_is_judged_where_the_generators_read_it(
    edit: Edit, rules: set[str], bump: str
) -> None:
    base = typed(LOCATION_REF)
    base["paths"]["/items/{id}"]["get"]["parameters"].append(_param("q"))
    revision = copy.deepcopy(base)
    edit(revision)
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


@pytest.mark.parametrize(
    ("header", "rule"),
    [({"deprecated": True}, "info-changed"), ({"example": 10}, "example-changed")],
)
def test_response_header_documentation(header: dict[str, Any], rule: str) -> None:
    """The client hands response headers over raw (`httpx.Headers`): deprecating a declared
    one, or changing its example, is documentation."""
    base = one_operation(headers=_header(True))
    revision = one_operation(headers={"X-Rate": {**_header(True)["X-Rate"], **header}})
    changes = compare(base, revision)
    assert ids(changes) == {rule}
    assert semver_bump(changes) == "patch"


def test_deprecated_property_warns_in_the_models_package() -> None:
    """What `response-property-deprecated` says: pydantic warns when the attribute is read."""
    import warnings

    from pydantic import BaseModel, Field

    class Model(BaseModel):
        old: str | None = Field(None, deprecated=True)

    model = Model.model_validate({"old": "x"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Model(old="y")  # setting it does not warn: a request property's deprecation is info
        with pytest.raises(DeprecationWarning):
            _ = model.old


# -- the other schema keywords: judged when they change code or checks, else documentation --------

MAP = {"type": "object", "additionalProperties": {"type": "integer"}}
TAGS = {"type": "array", "items": STRING}

# (what changed, base, revision, rule ids reported, semver bump)
KEYWORDS: list[tuple[str, dict[str, Any], dict[str, Any], set[str], str]] = [
    *[(f"{key} changed: annotation only",
       typed({**STRING, key: value}), typed({**STRING, key: other}),
       {"schema-description-changed"}, "patch")
      for key, value, other in [
          ("$comment", "a", "b"), ("xml", {"name": "a"}, {"name": "b"}),
          ("externalDocs", {"url": "https://a.example"}, {"url": "https://b.example"}),
          ("contentMediaType", "image/png", "image/jpeg"),
          ("contentEncoding", "base64", "base32"), ("contentSchema", {}, {"type": "object"}),
      ]],
    *[(f"{key} changed: no generated code", typed({**STRING, key: value}),
       typed({**STRING, key: other}), {"schema-definitions-changed"}, "patch")
      for key, value, other in [
          ("$id", "https://a.example/v", "https://b.example/v"), ("$anchor", "a", "b"),
          ("$dynamicAnchor", "a", "b"),
          ("$schema", "https://json-schema.org/draft/2020-12/schema", None),
          ("$defs", {"A": STRING}, {"A": {"type": "integer"}}),
          ("definitions", {"A": STRING}, {}),
      ]],
    *[(f"{key}: {value!r} written out: what its absence means",
       typed(STRING), typed({**STRING, key: value}), {"schema-type-respelled"}, "patch")
      for key, value in [
          ("nullable", False), ("deprecated", False), ("readOnly", False),
          ("writeOnly", False), ("uniqueItems", False), ("minLength", 0), ("minItems", 0),
          ("required", []),
      ]],
    ("response: minLength 0 dropped: no bound was there to relax",
     typed({**STRING, "minLength": 0}), typed(STRING), {"schema-type-respelled"}, "patch"),
    ("response: minLength 0 becomes 1: a bound set",
     typed({**STRING, "minLength": 0}), typed({**STRING, "minLength": 1}),
     {"response-constraint-narrowed"}, "minor"),
    ("request: minItems 0 becomes 1: values sent today may be refused",
     sent({**TAGS, "minItems": 0}), sent({**TAGS, "minItems": 1}),
     {"request-constraint-narrowed"}, "major"),
    ("x-enum-varnames written out as the generators name the members anyway",
     typed({"type": "string", "enum": ["a", "b"]}),
     typed({"type": "string", "enum": ["a", "b"], "x-enum-varnames": ["A", "B"]}),
     {"generated-name-respelled"}, "patch"),
    ("x-enum-varnames naming a member otherwise",
     typed({"type": "string", "enum": ["a", "b"]}),
     typed({"type": "string", "enum": ["a", "b"], "x-enum-varnames": ["A", "BEE"]}),
     {"enum-member-renamed"}, "major"),
    ("a schema in $defs that a $ref uses: compared where it is used",
     typed({"type": "object", "$defs": {"A": STRING},
            "properties": {"a": {"$ref": "#/components/schemas/Item/properties/value/$defs/A"}}}),
     typed({"type": "object", "$defs": {"A": {"type": "integer"}},
            "properties": {"a": {"$ref": "#/components/schemas/Item/properties/value/$defs/A"}}}),
     {"schema-definitions-changed", "response-type-changed"}, "major"),
    ("response: a $dynamicRef re-pointed: Any in both packages, the server's check",
     typed({"$dynamicRef": "#a"}), typed({"$dynamicRef": "#b"}),
     {"response-unchecked-constraint-relaxed"}, "minor"),
    ("request: a $dynamicRef added: the server may refuse what is sent today",
     sent({}), sent({"$dynamicRef": "#node"}), {"request-constraint-narrowed"}, "major"),
    ("readOnly on a response property: documentation to a reader",
     typed(STRING), typed({**STRING, "readOnly": True}), {"schema-description-changed"}, "patch"),
    ("writeOnly on a request property: documentation to a sender",
     sent(STRING), sent({**STRING, "writeOnly": True}), {"schema-description-changed"}, "patch"),
    ("request: dependentRequired changed: the server may refuse what is sent today",
     sent({**MAP, "dependentRequired": {"a": ["b"]}}),
     sent({**MAP, "dependentRequired": {"a": ["b", "c"]}}),
     {"request-constraint-narrowed"}, "major"),
    ("request: not removed",
     sent({**STRING, "not": {"const": "x"}}), sent(STRING),
     {"request-constraint-relaxed"}, "minor"),
    ("response: unevaluatedProperties false added: nothing parses differently",
     typed(MAP), typed({**MAP, "unevaluatedProperties": False}),
     {"response-constraint-narrowed"}, "minor"),
    ("response: if/then removed: no package checks it",
     typed({**STRING, "if": {"minLength": 2}, "then": {"maxLength": 5}}), typed(STRING),
     {"response-unchecked-constraint-relaxed"}, "minor"),
    ("response: maxContains raised: no package checks it",
     typed({**TAGS, "contains": {"const": "a"}, "maxContains": 1}),
     typed({**TAGS, "contains": {"const": "a"}, "maxContains": 2}),
     {"response-unchecked-constraint-relaxed"}, "minor"),
    ("request: minContains raised",
     sent({**TAGS, "contains": {"const": "a"}, "minContains": 1}),
     sent({**TAGS, "contains": {"const": "a"}, "minContains": 2}),
     {"request-constraint-narrowed"}, "major"),
    ("response: propertyNames pattern replaced: the models package checks the dict's keys",
     typed({**MAP, "propertyNames": {"pattern": "^[a-z]+$"}}),
     typed({**MAP, "propertyNames": {"pattern": "^[a-z0-9]+$"}}),
     {"response-constraint-relaxed"}, "major"),
    ("an object's additionalProperties: true written out",
     typed(LOCATION), typed({**LOCATION, "additionalProperties": True}),
     {"schema-type-respelled"}, "patch"),
    ("response: an open object's values get a type (dict[str, Any] -> dict[str, int])",
     typed({"type": "object"}), typed(MAP), {"response-type-narrowed-from-any"}, "major"),
    ("request: an open object's values get a type",
     sent({"type": "object", "additionalProperties": True}), sent(MAP),
     {"request-type-changed"}, "major"),
    ("response: an open object's values become nullable inline objects",
     typed({"type": "object"}),
     typed({"type": "object", "additionalProperties": {**LOCATION, "type": ["object", "null"]}}),
     {"response-type-narrowed-from-any", "response-property-added"}, "major"),
    ("request: an object closed",
     sent(LOCATION), sent({**LOCATION, "additionalProperties": False}), {"object-closed"},
     "major"),
    ("response: a prefixItems position of a new type: the client's list[str | int] widens",
     typed({"type": "array", "prefixItems": [STRING]}),
     typed({"type": "array", "prefixItems": [STRING, {"type": "integer"}]}),
     {"response-type-changed"}, "major"),
    ("request: a prefixItems position of a new type",
     sent({"type": "array", "prefixItems": [STRING]}),
     sent({"type": "array", "prefixItems": [STRING, {"type": "integer"}]}),
     {"request-type-widened"}, "minor"),
    ("request: a prefixItems position of a type already there: one more item constrained",
     sent({"type": "array", "prefixItems": [STRING]}),
     sent({"type": "array", "prefixItems": [STRING, STRING]}),
     {"request-constraint-narrowed"}, "major"),
    ("response: a prefixItems position dropped, its type still there",
     typed({"type": "array", "prefixItems": [STRING, STRING]}),
     typed({"type": "array", "prefixItems": [STRING]}),
     {"response-unchecked-constraint-relaxed"}, "minor"),
    ("response: a prefixItems position's type changed",
     typed({"type": "array", "prefixItems": [STRING, STRING]}),
     typed({"type": "array", "prefixItems": [STRING, {"type": "boolean"}]}),
     {"response-type-changed"}, "major"),
    ("response: patternProperties added: keys are checked from now on",
     typed({"type": "object"}), typed({"type": "object", "patternProperties": {"^x": STRING}}),
     {"response-constraint-narrowed"}, "minor"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in KEYWORDS],
)
def test_other_schema_keywords(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


# -- discriminators, judged by the models package's tags ------------------------------------------

PET = {"type": "object", "required": ["kind"], "properties": {"kind": STRING}}


def pets(discriminator: dict[str, Any] | None, *members: str, request: bool = False) -> Any:
    """`typed`/`sent` whose `value` is a oneOf of `members` (default Cat, Dog) with
    `discriminator`."""
    union: dict[str, Any] = {
        "oneOf": [{"$ref": f"#/components/schemas/{m}"} for m in members or ("Cat", "Dog")]
    }
    if discriminator is not None:
        union["discriminator"] = discriminator
    doc = sent(union) if request else typed(union)
    doc["components"]["schemas"].update({m: copy.deepcopy(PET) for m in ("Cat", "Dog", "Bird")})
    return doc


def tags(**mapping: str) -> dict[str, Any]:
    return {
        "propertyName": "kind",
        "mapping": {tag: f"#/components/schemas/{name}" for tag, name in mapping.items()},
    }


TWO_TAGS = tags(cat="Cat", dog="Dog")
THREE_TAGS = tags(cat="Cat", dog="Dog", puppy="Dog")

# (what changed, base, revision, rule ids reported, semver bump)
DISCRIMINATORS: list[tuple[str, Any, Any, set[str], str]] = [
    ("response: tags swapped between members",
     pets(TWO_TAGS), pets(tags(cat="Dog", dog="Cat")), {"discriminator-changed"}, "major"),
    ("response: another tag property",
     pets(TWO_TAGS), pets({**TWO_TAGS, "propertyName": "type"}), {"discriminator-changed"},
     "major"),
    ("response: a tag added: the old package rejects it",
     pets(TWO_TAGS), pets(THREE_TAGS), {"response-type-changed"}, "major"),
    ("request: a tag added",
     pets(TWO_TAGS, request=True), pets(THREE_TAGS, request=True), {"request-type-widened"},
     "minor"),
    ("response: a tag removed",
     pets(THREE_TAGS), pets(TWO_TAGS), {"response-type-narrowed"}, "minor"),
    ("response: a discriminator added: the tags become Literal types",
     pets(None), pets(TWO_TAGS), {"response-type-narrowed"}, "minor"),
    ("request: a discriminator added: only the listed tags are accepted",
     pets(None, request=True), pets(TWO_TAGS, request=True), {"request-type-changed"}, "major"),
    ("response: the discriminator removed: the tags become plain strings",
     pets(TWO_TAGS), pets(None), {"response-type-changed"}, "major"),
    ("implicit tags (component names) written out",
     pets({"propertyName": "kind"}), pets(tags(Cat="Cat", Dog="Dog")),
     {"schema-type-respelled"}, "patch"),
    ("response: a member and its tag added",
     pets(TWO_TAGS), pets(tags(cat="Cat", dog="Dog", bird="Bird"), "Cat", "Dog", "Bird"),
     {"response-type-changed"}, "major"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in DISCRIMINATORS],
)
def test_discriminators_are_judged_by_the_models_tags(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


def family(
    discriminator: dict[str, Any] | None, *children: str, request: bool = False
) -> dict[str, Any]:
    """`typed`/`sent` whose `value` refers to a base schema `Pet` with `discriminator`, which the
    components `children` (default Cat, Dog) extend through `allOf` (inheritance, no union)."""
    base: dict[str, Any] = copy.deepcopy(PET)
    if discriminator is not None:
        base["discriminator"] = discriminator
    ref = {"$ref": "#/components/schemas/Pet"}
    doc = sent(ref) if request else typed(ref)
    doc["components"]["schemas"]["Pet"] = base
    for child in children or ("Cat", "Dog"):
        extra = {"type": "object", "properties": {child.lower(): STRING}}
        doc["components"]["schemas"][child] = {"allOf": [copy.deepcopy(ref), extra]}
    return doc


def childless(doc: dict[str, Any]) -> dict[str, Any]:
    for child in ("Cat", "Dog"):
        del doc["components"]["schemas"][child]
    return doc


# (what changed, base, revision, rule ids reported, semver bump)
INHERITANCE: list[tuple[str, Any, Any, set[str], str]] = [
    ("response: a discriminator added to a base: `Pet` becomes `Cat | Dog`, tags Literal",
     family(None), family(TWO_TAGS), {"response-type-narrowed"}, "minor"),
    ("request: a discriminator added to a base: a `Pet` is no longer accepted",
     family(None, request=True), family(TWO_TAGS, request=True), {"request-type-changed"},
     "major"),
    ("response: the base's discriminator removed: `Cat | Dog` becomes `Pet`",
     family(TWO_TAGS), family(None), {"response-type-changed"}, "major"),
    ("response: the base's tags re-pointed at the other subschema",
     family(TWO_TAGS), family(tags(cat="Dog", dog="Cat")), {"discriminator-changed"}, "major"),
    ("response: the base's tag property renamed",
     family(TWO_TAGS), family({**TWO_TAGS, "propertyName": "type"}), {"discriminator-changed"},
     "major"),
    ("response: a mapping entry for an implicit tag: Literal['Cat'] becomes Literal['cat']",
     family({"propertyName": "kind"}), family(tags(cat="Cat")), {"response-type-changed"},
     "major"),
    ("implicit tags written out: the same Literals",
     family({"propertyName": "kind"}), family(tags(Cat="Cat", Dog="Dog")),
     {"schema-type-respelled"}, "patch"),
    ("response: a subschema added: the union every reference to the base is gains a member",
     family(TWO_TAGS), family(tags(cat="Cat", dog="Dog", bird="Bird"), "Cat", "Dog", "Bird"),
     {"response-type-changed", "component-schema-added"}, "major"),
    ("request: a subschema added",
     family(TWO_TAGS, request=True),
     family(tags(cat="Cat", dog="Dog", bird="Bird"), "Cat", "Dog", "Bird", request=True),
     {"request-type-widened", "component-schema-added"}, "minor"),
    ("response: a subschema removed",
     family(TWO_TAGS), family(tags(cat="Cat"), "Cat"),
     {"response-type-narrowed", "component-schema-removed"}, "major"),
    ("a mapping entry naming no subschema: the models package ignores it",
     family(TWO_TAGS), family({**TWO_TAGS, "mapping": {**TWO_TAGS["mapping"],
                                                      "x": "#/components/schemas/Location"}}),
     {"schema-type-respelled"}, "patch"),
    ("a discriminator on a schema nothing extends: no generated code reads it",
     childless(family(None)), childless(family({"propertyName": "kind"})),
     {"schema-type-respelled"}, "patch"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in INHERITANCE],
)
def test_inheritance_discriminators_are_judged_by_the_models_union(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    """A discriminator on a schema that is no anyOf/oneOf: datamodel-code-generator makes each
    reference to it a union of the subschemas that `allOf` it, tagged by the discriminator (the
    client ignores it: the reference stays the base class). Judged like a union's tags, once,
    at the base's discriminator (not again on each subschema)."""
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump
    assert all(
        c.location.endswith("/discriminator")
        for c in changes
        if not c.rule_id.startswith("component-")
    )


def _as_content(media: str = "application/json", **schema: Any) -> Edit:
    """The query parameter `q` of `one_operation` given by `content` instead of `schema`."""

    def edit(doc: dict[str, Any]) -> None:
        param = _query(doc)
        param["content"] = {media: {"schema": {**param.pop("schema"), **schema}}}

    return edit


def _with_query(*edits: Edit, required: bool = False) -> dict[str, Any]:
    doc = one_operation(parameters=[{**_param("q"), **({"required": True} if required else {})}])
    for edit in edits:
        edit(doc)
    return doc


def _header_content(doc: dict[str, Any]) -> dict[str, Any]:
    header = doc["paths"]["/items/{id}"]["get"]["responses"]["200"]["headers"]["X-Rate"]
    header["content"] = {"text/plain": {"schema": header.pop("schema")}}
    return doc


def _multipart(encoding: dict[str, Any] | None, response: bool = False) -> dict[str, Any]:
    doc = one_operation()
    media: dict[str, Any] = {"schema": {"type": "object", "properties": {"file": STRING}}}
    if encoding is not None:
        media["encoding"] = encoding
    if response:
        doc["paths"]["/items/{id}"]["get"]["responses"]["200"]["content"]["multipart/mixed"] = media
    else:
        doc["paths"]["/items/{id}"]["post"] = {
            "operationId": "upload",
            "requestBody": {"content": {"multipart/form-data": media}},
            "responses": {"204": {"description": "Stored."}},
        }
    return doc


PNG = {"file": {"contentType": "image/png"}}

# (what changed, base, revision, rule ids reported, semver bump)
CONTENT: list[tuple[str, Any, Any, set[str], str]] = [
    ("a parameter given by content: the generated function loses its argument",
     _with_query(), _with_query(_as_content()), {"request-parameter-became-content"}, "major"),
    ("a required parameter given by schema again: a new required argument",
     _with_query(_as_content(), required=True), _with_query(required=True),
     {"request-parameter-added-required"}, "major"),
    ("a content parameter's schema narrowed: compared like a schema",
     _with_query(_as_content()), _with_query(_as_content(maxLength=5)),
     {"request-constraint-narrowed"}, "major"),
    ("a content parameter written as another media type",
     _with_query(_as_content()), _with_query(_as_content("text/plain")),
     {"request-parameter-serialization-changed"}, "minor"),
    ("a content parameter's example: documentation",
     _with_query(_as_content()),
     _with_query(_as_content(), lambda d: _query(d)["content"]["application/json"].update(
         example="x")),
     {"example-changed"}, "patch"),
    ("a response header given by content: the client hands it over as text either way",
     one_operation(headers=_header(True)), _header_content(one_operation(headers=_header(True))),
     {"schema-type-respelled"}, "patch"),
    ("request: a multipart part's content type: the client ignores encoding",
     _multipart(PNG), _multipart({"file": {"contentType": "application/pdf"}}),
     {"request-body-encoding-changed"}, "minor"),
    ("request: encoding added",
     _multipart(None), _multipart(PNG), {"request-body-encoding-changed"}, "minor"),
    ("response: encoding: the client reads the body without it",
     _multipart(None, response=True), _multipart(PNG, response=True),
     {"response-body-encoding-changed"}, "patch"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in CONTENT],
)
def test_parameter_content_and_encoding_are_judged_by_what_the_client_sends(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


def _q(**keys: Any) -> dict[str, Any]:
    """`one_operation` with a query parameter `q` carrying `keys`."""
    return one_operation(parameters=[{**_param("q"), **keys}])


def _with_body_required(doc: dict[str, Any]) -> dict[str, Any]:
    doc["paths"]["/items/{id}"]["post"]["requestBody"]["required"] = False
    return doc


# (what changed, base, revision, rule ids reported, semver bump)
WRITTEN_OUT: list[tuple[str, Any, Any, set[str], str]] = [
    ("a query parameter's required: false written out", _q(), _q(required=False),
     {"info-changed"}, "patch"),
    ("a parameter's deprecated: false written out", _q(), _q(deprecated=False),
     {"info-changed"}, "patch"),
    ("a query parameter's style form and explode true written out", _q(),
     _q(style="form", explode=True), {"info-changed"}, "patch"),
    ("allowReserved: false written out", _q(), _q(allowReserved=False), {"info-changed"}, "patch"),
    ("a query parameter's explode false: the array is sent another way", _q(),
     _q(explode=False), {"request-parameter-serialization-changed"}, "minor"),
    ("a response header's required: false written out",
     one_operation(headers=_header(False)),
     one_operation(headers={"X-Rate": {**_header(False)["X-Rate"], "required": False}}),
     {"info-changed"}, "patch"),
    ("an operation's deprecated: false written out", one_operation(),
     one_operation(deprecated=False), {"info-changed"}, "patch"),
    ("a request body's required: false written out",
     _multipart(None), _with_body_required(_multipart(None)), {"info-changed"}, "patch"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in WRITTEN_OUT],
)
def test_defaults_written_out_are_documentation(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    """What a key's absence means, written out (or dropped again), changes nothing: not the
    review by hand (`unclassified-change`) a real change would ask for."""
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump
    assert ids(compare(revision, base)) == rules


# -- the order of union alternatives, judged by what parses ---------------------------------------


def _members(*kinds: str) -> list[dict[str, Any]]:
    return [{"$ref": f"#/components/schemas/{k}"} if k[0].isupper() else {"type": k} for k in kinds]


def _tagged(doc: dict[str, Any]) -> dict[str, Any]:
    """Cat and Dog as `honour_discriminators` leaves them: a required `const` tag each."""
    for name in ("Cat", "Dog"):
        doc["components"]["schemas"][name] = {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"type": "string", "const": name.lower()}},
        }
    return doc


CAT_DOG = ("Cat", "Dog")
ANY_OBJECT = {"type": "object", "description": "A variant this version does not know."}
WORDS = {"type": "array", "items": STRING}
NUMBERS = {"type": "array", "items": {"type": "integer"}}
MODE = {"type": "string", "enum": ["fast", "slow"]}

# (what changed, base, revision, rule ids reported, semver bump)
UNION_ORDER: list[tuple[str, Any, Any, set[str], str]] = [
    ("response: two objects swapped: a body with both's keys parses into the other class",
     pets(None), pets(None, "Dog", "Cat"), {"response-union-reordered"}, "major"),
    ("request: two objects swapped: the body sent is what code built",
     pets(None, request=True), pets(None, "Dog", "Cat", request=True),
     {"schema-type-respelled"}, "patch"),
    ("response: a string and an integer swapped: no value is both",
     typed({"anyOf": _members("string", "integer")}),
     typed({"anyOf": _members("integer", "string")}), {"schema-type-respelled"}, "patch"),
    ("response: members tagged by different consts swapped: a body parses into one only",
     _tagged(typed({"oneOf": [*_members(*CAT_DOG), ANY_OBJECT]})),
     _tagged(typed({"oneOf": [*_members("Dog", "Cat"), ANY_OBJECT]})),
     {"schema-type-respelled"}, "patch"),
    ("response: the any-object catch-all moved first: it takes every tagged body",
     _tagged(typed({"oneOf": [*_members(*CAT_DOG), ANY_OBJECT]})),
     _tagged(typed({"oneOf": [ANY_OBJECT, *_members(*CAT_DOG)]})),
     {"response-union-reordered", "union-member-class-renamed"}, "major"),
    ("response: an enum and a plain string swapped: the enum class or the str",
     typed({"anyOf": [MODE, STRING]}), typed({"anyOf": [STRING, MODE]}),
     {"response-union-reordered"}, "major"),
    ("response: lists of strings and of integers swapped: the same lists either way",
     typed({"anyOf": [WORDS, NUMBERS]}), typed({"anyOf": [NUMBERS, WORDS]}),
     {"schema-type-respelled"}, "patch"),
    ("response: inline objects swapped: the order and the classes' names change",
     typed({"anyOf": [LOCATION, {"type": "object", "properties": {"x": STRING}}]}),
     typed({"anyOf": [{"type": "object", "properties": {"x": STRING}}, LOCATION]}),
     {"response-union-reordered", "union-member-class-renamed"}, "major"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "revision", "rules", "bump"),
    [pytest.param(*case[1:], id=case[0]) for case in UNION_ORDER],
)
def test_union_order_is_judged_by_what_parses(
    base: dict[str, Any], revision: dict[str, Any], rules: set[str], bump: str
) -> None:
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert semver_bump(changes) == bump


# -- realistic changes on a small spec resembling ours ---------------------------------------------

SPEC = """
openapi: 3.1.0
info: {title: Document AI (test), version: '2025-04-21'}
servers:
  - url: https://api.extend.ai
  - url: https://api.eu1.extend.ai
security: [{bearerAuth: []}]
paths:
  /classify_runs/{id}:
    get:
      operationId: get_classify_run
      tags: [classify_runs]
      summary: Get Classify Run
      description: Retrieve a classify run by its id.
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}, example: cl_Xj8mK2pL9nR}
        - name: x-extend-api-version
          in: header
          schema: {type: string, enum: ['2024-02-01', '2025-04-21']}
      responses:
        '200':
          description: The classify run.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ClassifyRun'}
              examples:
                processed:
                  summary: A processed run
                  value: {object: classify_run, id: clr_1, status: PROCESSED}
        '404':
          description: No run with this id.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ErrorResponse'}
  /v1/jobs/{id}/results:
    get:
      operationId: get_job_results
      tags: [jobs]
      summary: Job Results
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        '200':
          description: The result rows.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/JobResults'}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
  schemas:
    ClassifyRun:
      type: object
      required: [object, id, status]
      properties:
        object: {type: string, enum: [classify_run]}
        id: {type: string}
        status: {$ref: '#/components/schemas/ProcessorRunStatus'}
        output: {$ref: '#/components/schemas/ClassifyOutput'}
        failureReason:
          type: string
          description: The reason for failure.
          enum: [ABORTED, INTERNAL_ERROR, FAILED_TO_PROCESS_FILE, OUT_OF_CREDITS]
        failureMessage: {type: string}
        createdAt: {type: string, format: date-time}
    ProcessorRunStatus:
      type: string
      enum: [PENDING, PROCESSING, PROCESSED, FAILED, CANCELLED]
    ClassifyOutput:
      type: object
      required: [type]
      properties:
        type: {type: string}
        confidence: {type: number}
    JobResults:
      type: object
      properties:
        job_id: {type: string}
        total_rows: {type: integer}
        data:
          type: array
          items:
            type: object
            properties:
              id: {type: string}
              confidence: {type: [number, 'null']}
              validation_flags: {type: array, items: {type: string}}
    ErrorResponse:
      type: object
      properties:
        success: {type: boolean}
        error: {type: string}
        code: {type: string}
"""

Edit = Callable[[dict[str, Any]], None]


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][name]
    return schema


def _prop(doc: dict[str, Any], name: str, prop: str) -> dict[str, Any]:
    found: dict[str, Any] = _schema(doc, name)["properties"][prop]
    return found


def _run_op(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/classify_runs/{id}"]["get"]
    return op


def _row(doc: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = _schema(doc, "JobResults")["properties"]["data"]["items"]["properties"]
    return row


def _rename_output(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    schemas["ClassificationOutput"] = schemas.pop("ClassifyOutput")
    _schema(doc, "ClassifyRun")["properties"]["output"]["$ref"] = (
        "#/components/schemas/ClassificationOutput"
    )


def _rename_path_parameter(doc: dict[str, Any]) -> None:
    item = doc["paths"].pop("/v1/jobs/{id}/results")
    item["get"]["parameters"][0]["name"] = "job_id"
    doc["paths"]["/v1/jobs/{job_id}/results"] = item


# (what changed, the edit, expected classification, expected bump, rule ids reported)
REALISTIC: list[tuple[str, Edit, str, str, set[str]]] = [
    ("vendor adds a run status",
     lambda d: _schema(d, "ProcessorRunStatus")["enum"].append("QUEUED"),
     "non-breaking", "minor", {"response-enum-value-added"}),
    ("vendor adds a failureReason",
     lambda d: _schema(d, "ClassifyRun")["properties"]["failureReason"]["enum"].append("PARSE"),
     "non-breaking", "minor", {"response-enum-value-added"}),
    ("new optional response field parseRunId",
     lambda d: _schema(d, "ClassifyRun")["properties"].update(parseRunId={"type": "string"}),
     "non-breaking", "minor", {"response-property-added"}),
    ("response field failureMessage removed",
     lambda d: _schema(d, "ClassifyRun")["properties"].pop("failureMessage"),
     "breaking", "major", {"response-property-removed"}),
    ("validation_flags renamed flags",
     lambda d: _row(d).update(flags=_row(d).pop("validation_flags")),
     "breaking", "major", {"response-property-removed", "response-property-added"}),
    ("confidence becomes a string",
     lambda d: _row(d)["confidence"].update(type=["string", "null"]),
     "breaking", "major", {"response-type-changed"}),
    ("total_rows may be null",
     lambda d: _prop(d, "JobResults", "total_rows").update(type=["integer", "null"]),
     "breaking", "major", {"response-became-nullable"}),
    ("status no longer always present",
     lambda d: _schema(d, "ClassifyRun")["required"].remove("status"),
     "breaking", "major", {"response-property-became-optional"}),
    ("confidence no longer nullable",
     lambda d: _row(d)["confidence"].update(type="number"),
     "non-breaking", "minor", {"response-type-narrowed"}),
    ("createdAt becomes a date",
     lambda d: _schema(d, "ClassifyRun")["properties"]["createdAt"].update(format="date"),
     "breaking", "major", {"response-format-changed"}),
    ("vendor drops the CANCELLED status",
     lambda d: _schema(d, "ProcessorRunStatus")["enum"].remove("CANCELLED"),
     "breaking", "major", {"response-enum-value-removed"}),
    ("new required query parameter",
     lambda d: _run_op(d)["parameters"].append(
         {"name": "include", "in": "query", "required": True, "schema": {"type": "string"}}),
     "breaking", "major", {"request-parameter-added-required"}),
    ("new optional query parameter",
     lambda d: _run_op(d)["parameters"].append(
         {"name": "include", "in": "query", "schema": {"type": "string"}}),
     "non-breaking", "minor", {"request-parameter-added-optional"}),
    ("old API version no longer accepted",
     lambda d: _run_op(d)["parameters"][1]["schema"]["enum"].remove("2024-02-01"),
     "breaking", "major", {"request-enum-value-removed", "enum-member-renamed"}),
    ("API version header becomes required",
     lambda d: _run_op(d)["parameters"][1].update(required=True),
     "breaking", "major", {"request-parameter-became-required"}),
    ("job id no longer has to be a UUID",
     lambda d: d["paths"]["/v1/jobs/{id}/results"]["get"]["parameters"][0]["schema"].pop("format"),
     "breaking", "major", {"request-format-changed"}),
    ("new list operation",
     lambda d: d["paths"].update({"/classify_runs": {"get": {
         "operationId": "list_classify_runs", "responses": {"200": {"description": "Runs."}}}}}),
     "non-breaking", "minor", {"api-path-added"}),
    ("job results endpoint removed",
     lambda d: d["paths"].pop("/v1/jobs/{id}/results"),
     "breaking", "major", {"api-path-removed"}),
    ("new 429 error response",
     lambda d: _run_op(d)["responses"].update({"429": {"description": "Rate limited."}}),
     "non-breaking", "minor", {"response-status-added"}),
    ("EU server dropped",
     lambda d: d["servers"].pop(),
     "breaking", "major", {"server-removed"}),
    ("ClassifyOutput renamed ClassificationOutput",
     _rename_output,
     "breaking", "major", {"component-schema-renamed"}),
    ("operationId renamed",
     lambda d: _run_op(d).update(operationId="retrieve_classify_run"),
     "breaking", "major", {"api-operation-id-changed"}),
    ("bearer token replaced by an API key header",
     lambda d: d["components"]["securitySchemes"].update(
         bearerAuth={"type": "apiKey", "in": "header", "name": "x-api-key"}),
     "breaking", "major", {"security-scheme-changed"}),
    ("summary and description reworded",
     lambda d: _run_op(d).update(summary="Get a classify run", description="Fetch one run."),
     "doc-only", "patch", {"api-summary-changed", "api-description-changed"}),
    ("failureReason described better",
     lambda d: _schema(d, "ClassifyRun")["properties"]["failureReason"].update(
         description="Why the run failed; new values may appear."),
     "doc-only", "patch", {"schema-description-changed"}),
    ("response example updated",
     lambda d: _run_op(d)["responses"]["200"]["content"]["application/json"]["examples"][
         "processed"]["value"].update(id="clr_2"),
     "doc-only", "patch", {"example-changed"}),
    ("path parameter renamed {id} -> {job_id}",
     _rename_path_parameter,
     "breaking", "major", {"request-parameter-removed", "request-parameter-added-required"}),
    ("vendor extension example edited",
     lambda d: _run_op(d).update({"x-fern-examples": [{"response": {"body": {"id": "clr_9"}}}]}),
     "doc-only", "patch", {"extension-changed"}),
    ("total_rows gains format int64",
     lambda d: _prop(d, "JobResults", "total_rows").update(format="int64"),
     "doc-only", "patch", {"schema-format-changed"}),
    ("confidence gains a maximum of 100",
     lambda d: _row(d)["confidence"].update(maximum=100),
     "non-breaking", "minor", {"response-constraint-narrowed"}),
    ("API version header spelled X-Extend-Api-Version",
     lambda d: _run_op(d)["parameters"][1].update(name="X-Extend-API-Version"),
     "doc-only", "patch", {"header-name-case-changed"}),
    ("failureMessage deprecated: the models package warns when it is read",
     lambda d: _prop(d, "ClassifyRun", "failureMessage").update(deprecated=True),
     "non-breaking", "minor", {"response-property-deprecated"}),
    ("API version header deprecated",
     lambda d: _run_op(d)["parameters"][1].update(deprecated=True),
     "non-breaking", "minor", {"request-parameter-deprecated"}),
    ("the output's confidence loses its type: any JSON value (float -> Any)",
     lambda d: _prop(d, "ClassifyOutput", "confidence").pop("type"),
     "breaking", "major", {"response-type-changed"}),
    ("nothing changed",
     lambda d: None,
     "none", "none", set()),
]  # fmt: skip


def classify(changes: list[Change]) -> str:
    if not changes:
        return "none"
    if any(c.level is Level.ERROR for c in changes):
        return "breaking"
    return "doc-only" if semver_bump(changes) == "patch" else "non-breaking"


@pytest.mark.parametrize(
    ("edit", "kind", "bump", "rules"),
    [pytest.param(*case[1:], id=case[0]) for case in REALISTIC],
)
def test_realistic_spec_changes(edit: Edit, kind: str, bump: str, rules: set[str]) -> None:
    base = yaml.safe_load(SPEC)
    revision = copy.deepcopy(base)
    edit(revision)
    changes = compare(base, revision)
    assert ids(changes) == rules
    assert classify(changes) == kind
    assert semver_bump(changes) == bump


def test_compare_leaves_its_inputs_alone() -> None:
    """The pipeline compares the document it then hands to the generators."""
    for rule_id in PAIRS:
        base = load(FIXTURES / rule_id / "base.yaml")
        revision = load(FIXTURES / rule_id / "revision.yaml")
        before = json.dumps([base, revision], sort_keys=True)
        compare(base, revision)
        assert json.dumps([base, revision], sort_keys=True) == before, rule_id


def test_realistic_table_is_big_enough() -> None:
    assert len(REALISTIC) >= 15
    assert {kind for _, _, kind, _, _ in REALISTIC} == {
        "breaking",
        "non-breaking",
        "doc-only",
        "none",
    }


# -- verdict, versions, changelog, report ----------------------------------------------------------


def _pair(rule_id: str) -> list[Change]:
    return compare(
        load(FIXTURES / rule_id / "base.yaml"), load(FIXTURES / rule_id / "revision.yaml")
    )


def test_semver_bump_takes_the_highest() -> None:
    doc, added, removed = (
        _pair("api-summary-changed"),
        _pair("response-property-added"),
        _pair("response-property-removed"),
    )
    assert semver_bump([]) == "none"
    assert semver_bump(doc) == "patch"
    assert semver_bump(doc + added) == "minor"
    assert semver_bump(doc + added + removed) == "major"


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("10.0.9", "patch", "10.0.10"),
    ],
)
def test_bump_version(version: str, bump: Any, expected: str) -> None:
    assert bump_version(version, bump) == expected


@pytest.mark.parametrize("version", ["1.4", "v1.4.2", "1.4.2rc1", "01.2.3", ""])
def test_bump_version_refuses_what_is_not_semver(version: str) -> None:
    with pytest.raises(DocspecsError, match=r"MAJOR\.MINOR\.PATCH"):
        bump_version(version, "minor")


def test_changelog_entry_sections_and_determinism() -> None:
    changes = (
        _pair("response-property-removed")
        + _pair("response-property-added")
        + _pair("response-enum-value-removed")
        + _pair("response-optional-header-removed")
        + _pair("api-summary-changed")
    )
    entry = changelog_entry("2.0.0", changes)
    assert entry == changelog_entry("2.0.0", list(reversed(changes)))
    assert entry == (
        "## 2.0.0\n\n"
        "### Breaking\n\n"
        "- response property 'created_at' removed: code that reads it breaks "
        "(`response-property-removed` at `/components/schemas/Job/properties/created_at`)\n"
        "- response property 'status': enum value 'cancelled' removed: parsing keeps working, but "
        "the generated enum loses its member, so code naming it (`Status.CANCELLED`) breaks "
        "(`response-enum-value-removed` at `/components/schemas/JobStatus`)\n\n"
        "### Added\n\n"
        "- response property 'filename' added "
        "(`response-property-added` at `/components/schemas/Job/properties/filename`)\n\n"
        "### Changed\n\n"
        "- GET /jobs/{id} response 200 header 'X-Request-Id' removed: code that reads it finds "
        "nothing (`response-optional-header-removed` at "
        "`/paths/~1jobs~1{id}/get/responses/200/headers/X-Request-Id`)\n\n"
        "### Documentation\n\n"
        "- GET /jobs/{id}: summary changed "
        "(`api-summary-changed` at `/paths/~1jobs~1{id}/get`)\n"
    )


def test_changelog_sections_cover_every_rule() -> None:
    for rule_id in RULES:
        (c,) = _pair(rule_id)
        expected = {"major": "Breaking", "patch": "Documentation"}.get(RULES[rule_id].bump)
        assert section(c) == (expected or section(c))
        assert section(c) in ("Breaking", "Added", "Changed", "Documentation")


def test_render_report_gives_the_verdict() -> None:
    report = render_report(
        "extend", _pair("response-property-removed") + _pair("api-summary-changed")
    )
    lines = report.splitlines()
    assert lines[0] == "extend:"
    assert lines[1].split() == ["breaking", "response-property-removed"]
    assert "semver bump: major" in lines[-1] and "1 breaking" in lines[-1]
    assert render_report("extend", []) == (
        "extend:\n  no changes\n"
        "  verdict: not breaking (0 breaking, 0 warning, 0 info); semver bump: none\n"
    )


# -- the CLI ---------------------------------------------------------------------------------------


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
         *args], cwd=root, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding one project with the `demo` API, committed."""
    (tmp_path / "specs" / "demo").mkdir(parents=True)
    (tmp_path / "specs" / "demo" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "demo spec")
    return tmp_path


def edit_spec(root: Path, edit: Edit) -> None:
    path = root / "specs" / "demo" / "openapi.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


def remove_failure_message(doc: dict[str, Any]) -> None:
    _schema(doc, "ClassifyRun")["properties"].pop("failureMessage")


def test_cli_base_revision_reports_breaking(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_spec(repo, remove_failure_message)
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "demo"]) == 0
    out = capsys.readouterr().out
    assert "== demo: base HEAD (" in out
    assert "response-property-removed" in out
    assert "/components/schemas/ClassifyRun/properties/failureMessage" in out
    assert out.rstrip().endswith("semver bump: major")
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "--fail-on-breaking"]) == 1


def test_cli_base_revision_without_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "no changes" in out and "semver bump: none" in out


def test_cli_base_revision_with_a_link_out_of_the_folder(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A symlink out of specs/<api>/ committed at the base revision made `git archive`'s
    extraction raise a tarfile traceback; it is left out (the bundler refuses it anyway)."""
    (repo / "specs" / "demo" / "evil.yaml").symlink_to("../../../../../../etc/passwd")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a link out")
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "demo"]) == 0
    assert "no changes" in capsys.readouterr().out


def test_cli_base_revision_applies_overlays_on_both_sides(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An overlay committed at the base is applied there; dropping it is a change."""
    overlay = repo / "overlays" / "demo" / "01-describe.yaml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: describe, version: 1.0.0}\nactions:\n"
        "  - target: $.components.schemas.ClassifyOutput\n"
        "    description: say what the output is\n"
        "    update: {description: The classification.}\n",
        encoding="utf-8",
    )
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "overlay")
    assert main(["--root", str(repo), "diff", "--base", "HEAD"]) == 0
    assert "no changes" in capsys.readouterr().out
    overlay.unlink()
    assert main(["--root", str(repo), "diff", "--base", "HEAD"]) == 0
    out = capsys.readouterr().out
    assert "schema-description-changed" in out and "/components/schemas/ClassifyOutput" in out
    assert "semver bump: patch" in out


def test_cli_a_token_env_equal_to_its_default_dropped_is_documentation(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`docspecs diff` knows the API's name, so `DEMO_API_TOKEN` written out and then dropped
    changes nothing the client does (a patch, not a major release)."""
    overlay = repo / "overlays" / "demo" / "90-client-runtime.yaml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: runtime, version: 1.0.0}\nactions:\n"
        "  - target: $\n"
        "    description: the token variable, as the template would name it anyway\n"
        "    update: {x-docspecs-client: {token-env: DEMO_API_TOKEN}}\n",
        encoding="utf-8",
    )
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "runtime")
    overlay.unlink()
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "generated-name-respelled" in out and "semver bump: patch" in out


def test_cli_base_revision_before_the_api_existed(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "specs" / "other").mkdir()
    (repo / "specs" / "other" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "other"]) == 0
    assert "specs/other/openapi.yaml does not exist at HEAD" in capsys.readouterr().out


def test_cli_unknown_revision_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "diff", "--base", "no-such-rev"]) == 2
    assert "--base 'no-such-rev': not a commit" in capsys.readouterr().err


def test_cli_base_outside_a_git_repository_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "specs" / "demo").mkdir(parents=True)
    (tmp_path / "specs" / "demo" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    assert main(["--root", str(tmp_path), "diff", "--base", "HEAD"]) == 2
    assert "--base 'HEAD' needs" in capsys.readouterr().err


def test_cli_project_in_a_subfolder_of_the_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "contracts"
    (project / "specs" / "demo").mkdir(parents=True)
    (project / "specs" / "demo" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "demo spec")
    edit_spec(project, remove_failure_message)
    assert main(["--root", str(project), "diff", "--base", "HEAD"]) == 0
    assert "response-property-removed" in capsys.readouterr().out


def test_cli_default_baseline_is_the_generated_document(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = Project(repo)
    baseline = repo / "generated" / "demo-client" / "openapi.json"
    baseline.parent.mkdir(parents=True)
    text = json.dumps(generator_ready(project, "demo"), indent=2, sort_keys=True) + "\n"
    baseline.write_text(text, encoding="utf-8")
    edit_spec(repo, lambda d: _schema(d, "ProcessorRunStatus")["enum"].append("QUEUED"))
    assert main(["--root", str(repo), "diff", "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "== demo: base generated/demo-client/openapi.json" in out
    assert "response-enum-value-added" in out and "semver bump: minor" in out


def test_cli_missing_baseline_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "diff"]) == 2
    err = capsys.readouterr().err
    assert "generated/demo-client/openapi.json does not exist" in err
    assert "docspecs generate" in err and "--base" in err


def test_cli_rules_prints_the_table(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "diff", "--rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:6] == ["rule", "level", "direction", "area", "action", "bump"]
    assert [line.split()[0] for line in lines[1:]] == list(RULES)


def assert_snapshot(name: str, text: str) -> None:
    """What users see is pinned: rerun with DOCSPECS_UPDATE_SNAPSHOTS=1 and review the diff."""
    path = SNAPSHOTS / name
    if os.environ.get("DOCSPECS_UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}; create it with DOCSPECS_UPDATE_SNAPSHOTS=1"
    assert text == path.read_text(encoding="utf-8")


def test_cli_output_snapshot(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = repo / "generated" / "demo-client" / "openapi.json"
    baseline.parent.mkdir(parents=True)
    baseline.write_text(json.dumps(generator_ready(Project(repo), "demo")), encoding="utf-8")

    def edit(doc: dict[str, Any]) -> None:
        remove_failure_message(doc)
        _schema(doc, "ProcessorRunStatus")["enum"].append("QUEUED")
        _run_op(doc)["summary"] = "Get a classify run"
        _run_op(doc)["x-docspecs-wait"] = {"helper": "wait_for_run"}
        _run_op(doc)["x-fern-examples"] = [{"response": {"body": {"id": "clr_1"}}}]
        _prop(doc, "ClassifyOutput", "confidence").update(minimum=0, maximum=1)

    edit_spec(repo, edit)
    assert main(["--root", str(repo), "diff", "demo"]) == 0
    out = capsys.readouterr().out
    assert_snapshot("diff-report.txt", f"$ docspecs diff demo\n{out}")


def test_cli_rules_snapshot(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "diff", "--rules"]) == 0
    assert_snapshot("diff-rules.txt", capsys.readouterr().out)


REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("api", Project(REPO).apis())
def test_the_real_specs(api: str) -> None:
    """Our own generator-ready documents: equal to themselves, and a removed response property
    in a schema the operations return is breaking."""
    document = generator_ready(Project(REPO), api)
    assert compare(document, copy.deepcopy(document)) == []
    revision = copy.deepcopy(document)
    op = next(iter(next(iter(revision["paths"].values())).values()))
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    target = revision["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    name = next(iter(target["properties"]))
    del target["properties"][name]
    changes = compare(document, revision)
    assert ("response-property-removed", name) in {
        (c.rule_id, c.location.rsplit("/", 1)[1]) for c in changes
    }
    assert semver_bump(changes) == "major"


@pytest.mark.parametrize("api", Project(REPO).apis())
def test_the_working_tree_equals_its_generated_baseline(api: str) -> None:
    """Right after `docspecs generate` (the drift check proves generated/ is current), the
    document diff builds from the working tree is the one the generators saw: no change at all.
    A step that generate applies and diff does not would show up here as phantom changes."""
    project = Project(REPO)
    baseline = json.loads(baseline_path(project, api).read_text(encoding="utf-8"))
    assert compare(baseline, generator_ready(project, api)) == []


# -- replaying a vendor's history through `docspecs generate` -------------------------------------

REPLAY_SPEC = """\
openapi: 3.1.0
info: {title: Runs API, version: '2025-01-01'}
servers: [{url: 'https://api.example.com'}]
paths:
  /runs/{id}:
    get:
      operationId: get_run
      summary: Get a run
      parameters:
        - {name: id, in: path, required: true, description: The run id., schema: {type: string}}
      responses:
        '200':
          description: The run.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Run'}
      x-fern-examples:
        - response: {body: {id: run_1, status: DONE, score: 40}}
components:
  schemas:
    Run:
      type: object
      description: One run.
      required: [id, status]
      properties:
        id: {type: string}
        status: {$ref: '#/components/schemas/RunStatus'}
        score: {type: number, minimum: 0, maximum: 100}
    RunStatus:
      type: string
      enum: [PENDING, DONE]
"""

# (the vendor's change: old text -> new text, the release it makes, the changelog entry's
# section headings, the rule ids the entry names)
REPLAY: list[tuple[str, str, str, str, list[str], set[str]]] = [
    ("a field added",
     "        score: {type: number, minimum: 0, maximum: 100}\n",
     "        score: {type: number, minimum: 0, maximum: 100}\n        pages: {type: integer}\n",
     "1.1.0", ["Added"], {"response-property-added"}),
    ("an enum value added",
     "enum: [PENDING, DONE]", "enum: [PENDING, DONE, FAILED]",
     "1.2.0", ["Added"], {"response-enum-value-added"}),
    ("the example edited",
     "body: {id: run_1, status: DONE, score: 40}", "body: {id: run_2, status: DONE, score: 55}",
     "1.2.1", ["Documentation"], {"extension-changed"}),
    ("a field made nullable",
     "score: {type: number,", "score: {type: [number, 'null'],",
     "2.0.0", ["Breaking"], {"response-became-nullable"}),
    ("a response bound relaxed",
     "maximum: 100}", "maximum: 1000}",
     "3.0.0", ["Breaking"], {"response-constraint-relaxed"}),
    ("a field renamed",
     "pages: {type: integer}", "page_count: {type: integer}",
     "4.0.0", ["Breaking", "Added"], {"response-property-removed", "response-property-added"}),
    ("a description reworded",
     "description: One run.", "description: One run of a document through a model.",
     "4.0.1", ["Documentation"], {"schema-description-changed"}),
    ("the token variable written out as the template names it anyway",
     "servers: [", "x-docspecs-client: {token-env: RUNS_API_TOKEN}\nservers: [",
     "4.0.2", ["Documentation"], {"generated-name-respelled"}),
    ("and dropped again",
     "x-docspecs-client: {token-env: RUNS_API_TOKEN}\n", "",
     "4.0.3", ["Documentation"], {"generated-name-respelled"}),
    ("the resource method renamed: client.default.get -> client.default.fetch",
     "      summary: Get a run\n", "      summary: Get a run\n      x-docspecs-method: fetch\n",
     "5.0.0", ["Breaking"], {"client-method-renamed"}),
]  # fmt: skip


@pytest.mark.slow
def test_replaying_vendor_changes_through_generate(tmp_path: Path) -> None:
    """Each release of a tiny API gets the version and the changelog section its change asks
    for, in both packages, one `docspecs generate` per vendor change."""
    from docspecs.generate import generate

    spec = tmp_path / "specs" / "runs" / "openapi.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text(REPLAY_SPEC, encoding="utf-8")
    project = Project(tmp_path)
    assert [r.version for r in generate(project, [], progress=None).apis] == ["1.0.0"]
    for what, old, new, version, sections, rules in REPLAY:
        text = spec.read_text(encoding="utf-8")
        assert old in text, what
        spec.write_text(text.replace(old, new), encoding="utf-8")
        (report,) = generate(project, [], progress=None).apis
        assert (report.status, report.version) == ("regenerated", version), what
        for package in ("runs-client", "runs-models"):
            changelog = (project.generated_dir / package / "CHANGELOG.md").read_text("utf-8")
            entry = changelog.split("\n## ")[1]
            assert entry.startswith(f"{version}\n"), (what, package)
            assert re.findall(r"^### (\w+)$", entry, re.M) == sections, (what, entry)
            assert set(re.findall(r"\(`([a-z-]+)` at `", entry)) == rules, (what, entry)


@pytest.mark.parametrize("broken", ["paths: [1]", "paths: {}\ncomponents: 5"])
def test_cli_a_spec_diff_cannot_read_is_an_error_naming_it(
    repo: Path, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    """`paths` as a list crashed the pipeline (AttributeError in describe_parameter_schemas)
    and then compare: exit 2 with the API, the side and the pointer."""
    path = repo / "specs" / "demo" / "openapi.yaml"
    path.write_text(f"openapi: 3.1.0\ninfo: {{title: D, version: '1'}}\n{broken}\n")
    assert main(["--root", str(repo), "diff", "--base", "HEAD", "demo"]) == 2
    err = capsys.readouterr().err
    assert "demo (base HEAD (" in err and "the revision: /" in err and "not a mapping" in err
    assert "Traceback" not in err
