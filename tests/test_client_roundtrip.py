"""The generated clients against the in-process simulator: every operation, every seeded resource.

For each operation of each spec and each id the simulator serves for it, as seeded and (for runs
that move) in its terminal status, with every combination of the operation's boolean query flags,
the generated client, sync and async, returns a parsed
object of the documented 200 model, and `to_dict()` of that object is the raw JSON body: nothing
lost, renamed or re-formatted on the way through the generated models.

The clients are the committed packages under generated/ (installed by `nox -s tests`; imported
from generated/ directly when not installed).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import itertools
import json
import pkgutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest

from docspecs import Project
from docspecs._project import client_package
from docspecs.bundle import bundle
from docspecs.simulator import build_app
from docspecs.testing import SyncASGITransport

PROJECT = Project.find()
IN_PROCESS = "http://simulator.local"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# Two simulators: one whose runs never move (every read sees the seeded status), one whose runs
# are terminal from the first read.
APPS = {
    "seeded": build_app(reads_until_terminal=10**9),
    "terminal": build_app(reads_until_terminal=0),
}


@dataclass(frozen=True)
class Call:
    api: str
    operation_id: str
    id_parameter: str
    resource_id: str
    stage: str
    status: str
    flags: tuple[tuple[str, bool], ...]

    def __str__(self) -> str:
        flags = "".join(f",{name}={str(value).lower()}" for name, value in self.flags)
        return f"{self.operation_id}[{self.resource_id},{self.status}{flags}]"


def _client_package(api: str) -> ModuleType:
    _, import_name = client_package(api)
    try:
        return importlib.import_module(import_name)
    except ImportError:
        sys.path.insert(0, str(PROJECT.generated_dir / client_package(api)[0]))
        return importlib.import_module(import_name)


def _operation_module(api: str, operation_id: str) -> ModuleType:
    package = importlib.import_module(f"{_client_package(api).__name__}.api")
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if info.name.rsplit(".", 1)[-1] == operation_id:
            return importlib.import_module(info.name)
    raise AssertionError(f"{api}: no module for operation {operation_id} in {package.__name__}")


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _calls() -> Iterator[Call]:
    states = {stage: app.state_json() for stage, app in APPS.items()}
    for api in PROJECT.apis():
        spec = bundle(PROJECT.spec_path(api))
        seeded = states["seeded"][api]["resources"]
        terminal = states["terminal"][api]["resources"]
        for path, item in spec["paths"].items():
            for method in _METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                parameters = [
                    _resolve(spec, p)
                    for p in [*item.get("parameters", []), *operation["parameters"]]
                ]
                (id_parameter,) = [p["name"] for p in parameters if p["in"] == "path"]
                segments = path.strip("/").split("/")
                kind = segments[segments.index("{" + id_parameter + "}") - 1]
                flags = [
                    p["name"]
                    for p in parameters
                    if p["in"] == "query" and _resolve(spec, p["schema"]).get("type") == "boolean"
                ]
                for first, last in zip(seeded[kind], terminal[kind], strict=True):
                    stages = [("seeded", first["status"])]
                    if last["status"] != first["status"]:
                        stages.append(("terminal", last["status"]))
                    for (stage, status), values in itertools.product(
                        stages, itertools.product((False, True), repeat=len(flags))
                    ):
                        yield Call(
                            api,
                            operation["operationId"],
                            id_parameter,
                            first["id"],
                            stage,
                            status,
                            tuple(zip(flags, values, strict=True)),
                        )


CALLS = list(_calls())


def _client(call: Call, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> Any:
    app = APPS[call.stage]
    return _client_package(call.api).AuthenticatedClient(
        base_url=IN_PROCESS + app.mounts[call.api],
        token=app.tokens[call.api],
        httpx_args={"transport": transport},
        max_retries=0,
    )


def _kwargs(call: Call) -> dict[str, Any]:
    return {call.id_parameter: call.resource_id, **dict(call.flags)}


def _check(call: Call, module: ModuleType, response: Any) -> None:
    assert response.status_code == 200, (str(call), response.content[:500])
    raw = json.loads(response.content)
    parsed = response.parsed
    model = inspect.signature(module._parse_response).return_annotation
    assert parsed is not None, str(call)
    assert type(parsed).__name__ in str(model), (str(call), type(parsed), model)
    assert parsed.to_dict() == raw, str(call)


def test_every_seeded_resource_in_every_status_is_read() -> None:
    seen = {(c.api, c.resource_id, c.status) for c in CALLS}
    for app in APPS.values():
        for api, vendor in app.state_json().items():
            for kind in vendor["resources"].values():
                for resource in kind:
                    assert (api, resource["id"], resource["status"]) in seen, (api, resource)


@pytest.mark.parametrize("call", CALLS, ids=str)
def test_sync_client_parses_and_round_trips(call: Call) -> None:
    module = _operation_module(call.api, call.operation_id)
    with _client(call, SyncASGITransport(APPS[call.stage])) as client:
        response = module.sync_detailed(client=client, **_kwargs(call))
    _check(call, module, response)


@pytest.mark.parametrize("call", CALLS, ids=str)
def test_async_client_parses_and_round_trips(call: Call) -> None:
    module = _operation_module(call.api, call.operation_id)

    async def run() -> Any:
        async with _client(call, httpx.ASGITransport(app=APPS[call.stage])) as client:
            return await module.asyncio_detailed(client=client, **_kwargs(call))

    _check(call, module, asyncio.run(run()))
