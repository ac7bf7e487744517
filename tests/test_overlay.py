"""Overlays: OpenAPI Overlay 1.0 update/remove with RFC 9535 targets, and the errors users see."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from docspecs import DocspecsError
from docspecs.overlay import apply_overlays

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Demo", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Run": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string"},
                    "created": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            "Status": {"type": "string", "enum": ["A", "B"]},
            "Other": {"type": "string", "format": "date-time"},
        }
    },
}


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


HEADER = """\
overlay: 1.0.0
info: {title: test, version: 1.0.0}
actions:
"""


def test_update_deep_merges_objects_and_keeps_siblings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "01-doc.yaml",
        HEADER
        + """\
  - target: $.components.schemas.Run
    description: document the run
    update:
      description: A run.
      properties:
        id: {description: The id.}
""",
    )
    result = apply_overlays(SPEC, [path])
    run = result["components"]["schemas"]["Run"]
    assert run["description"] == "A run."
    assert run["properties"]["id"] == {"type": "string", "description": "The id."}
    assert run["properties"]["created"] == {"type": "string", "format": "date-time"}
    # the input document is untouched
    assert "description" not in SPEC["components"]["schemas"]["Run"]


def test_remove_with_filter_selector_removes_every_match(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "02-strings.yaml",
        HEADER
        + """\
  - target: "$..[?@.format == 'date-time'].format"
    description: timestamps stay strings
    remove: true
  - target: $.components.schemas.Run.additionalProperties
    description: vendors add fields
    remove: true
""",
    )
    result = apply_overlays(SPEC, [path])
    schemas = result["components"]["schemas"]
    assert schemas["Run"]["properties"]["created"] == {"type": "string"}
    assert schemas["Other"] == {"type": "string"}
    assert "additionalProperties" not in schemas["Run"]


def test_update_on_array_appends_and_overlays_apply_in_order(tmp_path: Path) -> None:
    first = write(
        tmp_path,
        "01-a.yaml",
        HEADER
        + """\
  - target: $.components.schemas.Status.enum
    description: a value the vendor documents elsewhere
    update: C
""",
    )
    second = write(
        tmp_path,
        "02-b.yaml",
        HEADER
        + """\
  - target: "$.components.schemas.Status.enum[?@ == 'C']"
    description: only matches after 01 ran
    remove: true
""",
    )
    assert apply_overlays(SPEC, [first])["components"]["schemas"]["Status"]["enum"] == [
        "A",
        "B",
        "C",
    ]
    both = apply_overlays(SPEC, [first, second])
    assert both["components"]["schemas"]["Status"]["enum"] == ["A", "B"]


def test_update_concatenates_arrays_inside_an_object_as_overlay_1_1_does(tmp_path: Path) -> None:
    """Replacing would silently drop what the array held (an operation's other parameters)."""
    path = write(
        tmp_path,
        "01-more.yaml",
        HEADER
        + """  - target: $.components.schemas.Status
    description: values the vendor documents elsewhere
    update: {enum: [C, D], description: More values.}
""",
    )
    status = apply_overlays(SPEC, [path])["components"]["schemas"]["Status"]
    assert status["enum"] == ["A", "B", "C", "D"]
    assert status["description"] == "More values."
    assert SPEC["components"]["schemas"]["Status"]["enum"] == ["A", "B"]  # input untouched


def test_remove_several_array_elements(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "01.yaml",
        HEADER
        + """\
  - target: "$.list[?@ > 1]"
    description: drop big ones
    remove: true
""",
    )
    assert apply_overlays({"list": [1, 2, 3, 1, 5]}, [path]) == {"list": [1, 1]}


def test_target_matching_nothing_names_file_action_and_target(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "03-gone.yaml",
        HEADER
        + """\
  - target: $.components.schemas.Run
    description: fine
    update: {title: Run}
  - target: $.components.schemas.Missing
    description: stale
    remove: true
""",
    )
    with pytest.raises(DocspecsError) as caught:
        apply_overlays(SPEC, [path], root=tmp_path)
    message = str(caught.value)
    assert message.startswith("03-gone.yaml: /actions/1/target:")
    assert "action 1" in message
    assert "$.components.schemas.Missing" in message
    assert "matches nothing" in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "overlay: 2.0.0\ninfo: {title: t, version: v}\nactions: [{target: $, remove: true}]\n",
            "/overlay",
        ),
        ("overlay: 1.0.0\nactions: [{target: $, update: {}}]\n", "/info"),
        ("overlay: 1.0.0\ninfo: {title: t}\nactions: [{target: $, update: {}}]\n", "/info/version"),
        ("overlay: 1.0.0\ninfo: {title: t, version: v}\nactions: []\n", "/actions"),
        (HEADER + "  - {target: $.a, update: {}}\n", "/actions/0/description"),
        (HEADER + "  - {target: $.a, description: why}\n", "/actions/0"),
        (HEADER + "  - {description: why, remove: true}\n", "/actions/0/target"),
        (HEADER + "  - {target: '$[', description: why, remove: true}\n", "invalid JSONPath"),
        (
            HEADER + "  - {target: $.a, description: why, remove: true, oops: 1}\n",
            "/actions/0/oops",
        ),
        ("[1, 2]\n", "must be a mapping"),
        ("overlay: [\n", "line 2, column 1: invalid YAML"),
    ],
)
def test_invalid_overlay_documents_are_rejected(tmp_path: Path, body: str, expected: str) -> None:
    path = write(tmp_path, "bad.yaml", body)
    with pytest.raises(DocspecsError) as caught:
        apply_overlays({"a": {}}, [path], root=tmp_path)
    assert str(caught.value).startswith("bad.yaml: ")
    assert expected in str(caught.value)


def test_update_of_a_scalar_target_is_an_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "x.yaml",
        HEADER + "  - {target: $.info.title, description: why, update: {a: 1}}\n",
    )
    with pytest.raises(DocspecsError, match="selects a str"):
        apply_overlays(SPEC, [path], root=tmp_path)


def test_project_overlays_all_apply() -> None:
    """Every committed overlay matches the bundled spec it is written for (no stale targets)."""
    from docspecs import Project

    project = Project(Path(__file__).resolve().parents[1])
    for api in project.apis():
        overlays = project.api_overlays(api)
        if not overlays:
            continue
        from docspecs.bundle import bundle

        apply_overlays(bundle(project.spec_path(api)), overlays, root=project.root)


def test_an_overlay_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "10-latin1.yaml"
    path.write_bytes(
        (HEADER + "  - {target: $.a, description: caf\xe9, remove: true}\n").encode("latin-1")
    )
    with pytest.raises(DocspecsError) as caught:
        apply_overlays({"a": {}}, [path], root=tmp_path)
    assert str(caught.value).startswith("10-latin1.yaml: /: cannot read: not UTF-8 text")


@pytest.mark.parametrize(
    ("target", "gone"),
    [
        ("$.paths", "paths"),
        ("$.info", "info"),
        ("$.info.version", "info.version"),
        ("$.openapi", "openapi"),
    ],
)
def test_an_overlay_may_not_remove_what_every_document_needs(
    tmp_path: Path, target: str, gone: str
) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    path = write(
        tmp_path,
        "20-strip.yaml",
        HEADER
        + "  - {target: $.info, description: fine, update: {summary: s}}\n"
        + f"  - {{target: '{target}', description: oops, remove: true}}\n",
    )
    with pytest.raises(DocspecsError) as caught:
        apply_overlays(document, [path], root=tmp_path)
    message = str(caught.value)
    assert message.startswith("20-strip.yaml: /actions/1: action 1 leaves the document without ")
    assert gone in message
