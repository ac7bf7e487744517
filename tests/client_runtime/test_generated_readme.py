"""A tiny API with no simulator, no wait helper and no paging: its client's README leaves those
sections out (issue 12 item 10), and its resource namespace names colliding operations by their
operationId."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from docspecs import Project
from docspecs.generate import generate

SPEC = """\
openapi: 3.1.0
info: {title: Widget API, version: 1.0.0}
servers: [{url: "https://api.widgets.test"}]
paths:
  /widgets:
    get:
      operationId: list_widgets
      tags: [widgets]
      responses:
        '200':
          description: Widgets.
          content: {application/json: {schema: {$ref: '#/components/schemas/Widgets'}}}
  /widgets/{id}:
    get:
      operationId: get_widget
      tags: [widgets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: A widget.
          content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}
  /widgets/{id}/parts/{part}:
    get:
      operationId: get_widget_part
      tags: [widgets]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: part, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: A part.
          content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}
components:
  schemas:
    Widget:
      type: object
      properties: {id: {type: string}}
    Widgets:
      type: object
      properties: {data: {type: array, items: {$ref: '#/components/schemas/Widget'}}}
"""


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType]]:
    root = tmp_path_factory.mktemp("widgets")
    (root / "specs" / "widgets").mkdir(parents=True)
    (root / "specs" / "widgets" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    report = generate(Project(root), [], progress=None)
    assert report.ok, [a.error for a in report.apis]
    package_dir = root / "generated" / "widgets-client"
    sys.path.insert(0, str(package_dir))
    try:
        yield package_dir, importlib.import_module("widgets_client")
    finally:
        sys.path.remove(str(package_dir))
        for name in [m for m in sys.modules if m.split(".")[0] == "widgets_client"]:
            del sys.modules[name]


def test_the_readme_leaves_out_what_does_not_apply(widgets: tuple[Path, ModuleType]) -> None:
    readme = (widgets[0] / "README.md").read_text(encoding="utf-8")
    for absent in ("Try it against the simulator", "docspecs mock", "wait", "Page", "()."):
        assert absent not in readme, absent
    assert "`client.widgets.list(...)`: `GET /widgets`" in readme
    assert "`client.widgets.get_widget(...)`: `GET /widgets/{id}`" in readme
    assert "`client.widgets.get_widget_part(...)`: `GET /widgets/{id}/parts/{part}`" in readme


def test_colliding_method_names_fall_back_to_the_operation_id(
    widgets: tuple[Path, ModuleType],
) -> None:
    package = widgets[1]
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"id": "w1", "data": [{"id": "w1"}]})

    client = package.AuthenticatedClient(
        base_url="http://x", token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert client.widgets.get_widget("w1").id == "w1"
    assert client.widgets.get_widget_part("w1", "p2").id == "w1"
    assert client.widgets.list().data[0].id == "w1"
    assert seen == ["/widgets/w1", "/widgets/w1/parts/p2", "/widgets"]
    assert not hasattr(client.widgets, "get")
