"""Where tokens, ids and headers come from: the simulator's state, the environment, overlays."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from docspecs._errors import DocspecsError
from docspecs._findings import pointer
from docspecs._project import Project
from docspecs.fuzz._transport import ASGI_HOST

LIVE_IDS_ENV = "DOCSPECS_LIVE_IDS"
"""The environment variable with the ids to read against a server that is not the simulator."""
CLIENT_SETTINGS = "x-docspecs-client"
"""The runtime settings the overlays add at the document's root (`overlays/<api>/90-*.yaml`)."""


@dataclass(frozen=True)
class RuntimeSettings:
    """What an API's runtime settings tell fuzzing when tokens come from the environment."""

    token_env: str
    """The variable holding the API's token (`token-env`; default `<API>_API_TOKEN`)."""
    header_env: Mapping[str, str]
    """Header name -> the variable whose value is sent in it when set (`headers.*.env`)."""


def runtime_settings(project: Project, api: str, spec: Mapping[str, Any]) -> RuntimeSettings:
    """`x-docspecs-client` of `api`'s bundled `spec` with its overlays applied.

    The same settings the generated client's `from_env()` reads, so a new API gets live fuzzing
    from its overlay alone. Without settings: `<API>_API_TOKEN` and no headers. Raises
    `DocspecsError` naming the overlays folder and the JSON pointer of a malformed setting.
    """
    from docspecs._project import env_prefix, is_pre_bundle
    from docspecs.overlay import apply_overlays

    post = [path for path in project.api_overlays(api) if not is_pre_bundle(path)]
    document = apply_overlays(spec, post, root=project.root)
    where = f"overlays/{api}: {pointer(CLIENT_SETTINGS)}"
    settings = document.get(CLIENT_SETTINGS, {})
    if not isinstance(settings, dict):
        raise DocspecsError(f"{where}: expected an object, got {json_kind(settings)}")
    token_env = settings.get("token-env", f"{env_prefix(api)}_API_TOKEN")
    if not isinstance(token_env, str) or not token_env.strip():
        raise DocspecsError(
            f"{where}/token-env: expected an environment variable name, got {json_kind(token_env)}"
        )
    headers = settings.get("headers", {})
    if not isinstance(headers, dict):
        raise DocspecsError(f"{where}/headers: expected an object, got {json_kind(headers)}")
    header_env: dict[str, str] = {}
    for name, header in headers.items():
        variable = header.get("env") if isinstance(header, dict) else None
        if variable is None:
            continue
        if not isinstance(variable, str) or not variable.strip():
            raise DocspecsError(
                f"{where}/headers{pointer(name)}/env: expected an environment variable name, "
                f"got {json_kind(variable)}"
            )
        header_env[name] = variable
    return RuntimeSettings(token_env=token_env, header_env=header_env)


def asgi_state(app: Any) -> dict[str, Any] | None:
    """`GET /_simulator/state` of an in-process app, or None when it has no control API (an
    answer without the state's shape, see `simulator_state`)."""
    import asyncio

    import httpx

    async def read() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=ASGI_HOST) as client:
            return await client.get("/_simulator/state")

    response = asyncio.run(read())
    return simulator_state(response.status_code, response.content)


STATE_TIMEOUT = 10.0
"""Seconds the whole `GET /_simulator/state` of a server over HTTP may take, body included."""
STATE_LIMIT = 10_000_000
"""Bytes a state answer may have (the simulator's is a few kilobytes); a larger one is not it."""


def http_state(base: str) -> dict[str, Any] | None:
    """`GET /_simulator/state` of the server at `base` (no redirect followed), or None when the
    answer is not the simulator's state (see `simulator_state`, and beyond `STATE_LIMIT` bytes);
    `DocspecsError` when the server cannot be reached or takes more than `STATE_TIMEOUT` seconds
    in all (a body sent slowly included). Whether the server may be trusted as the simulator is
    `is_loopback`'s half of the rule."""
    import time

    import httpx

    deadline = time.monotonic() + STATE_TIMEOUT
    slow = DocspecsError(
        f"--base-url {base}: GET /_simulator/state did not complete within {STATE_TIMEOUT:g} s"
    )
    try:
        with (
            httpx.Client(base_url=base, timeout=STATE_TIMEOUT, follow_redirects=False) as client,
            client.stream("GET", "/_simulator/state") as response,
        ):
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_raw():
                size += len(chunk)
                if size > STATE_LIMIT:
                    return None
                if time.monotonic() > deadline:
                    raise slow
                chunks.append(chunk)
            if time.monotonic() > deadline:
                raise slow
            if response.headers.get("content-encoding", "identity") != "identity":
                return None  # the simulator never compresses its state
            return simulator_state(response.status_code, b"".join(chunks))
    except httpx.HTTPError as error:
        raise DocspecsError(f"--base-url {base}: cannot reach the server ({error})") from None


# What `simulator._registry.check_vendors` allows a mount to be: segments (not `.` or `..`),
# no trailing slash.
_MOUNT = re.compile(r"(?:/(?!\.\.?(?:/|$))[A-Za-z0-9._~-]+)+")


def simulator_state(status: int, content: bytes) -> dict[str, Any] | None:
    """The state of a control API answer, or None when the answer does not have its shape.

    The shape `SimulatorApp.state_json` gives: a 200 with a JSON object of at least one vendor,
    each an object with `mount` (a path like `/acme`, as the simulator's registry allows),
    `token` (a string) and `resources`
    (kind -> array of objects with a string `id`). A server that answers 200 with any JSON to
    every path (a catch-all mock, an error page in JSON) is not taken for the simulator.
    """
    if status != 200:
        return None
    try:
        state = json.loads(content)
    except ValueError:
        return None
    if not isinstance(state, dict) or not state:
        return None
    for vendor in state.values():
        if not isinstance(vendor, dict):
            return None
        mount, token, resources = vendor.get("mount"), vendor.get("token"), vendor.get("resources")
        if not (isinstance(mount, str) and _MOUNT.fullmatch(mount) and isinstance(token, str)):
            return None
        if not isinstance(resources, dict) or not all(
            isinstance(items, list)
            and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in items)
            for items in resources.values()
        ):
            return None
    return state


def is_loopback(url: str) -> bool:
    """Whether `url`'s host is this machine: `localhost` or a loopback address (127.0.0.0/8,
    ::1). Only such a server answering with the simulator's state is fuzzed as the simulator."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_live_ids(
    raw: str | None, known: Mapping[str, Collection[str] | None] | None = None
) -> dict[str, dict[str, tuple[str, ...]]]:
    """`DOCSPECS_LIVE_IDS` (`{api: {operationId: [id, ...]}}`) checked whole; {} when unset.

    `known`: the APIs there are, each with its operationIds (None: any operationId); without it
    any API is accepted. An error names the variable and the JSON pointer of the bad part (the
    API and the operationId) but never a value: ids, like tokens, are not echoed.
    """
    if not raw:
        return {}
    example = '{"<api>": {"<operationId>": ["<id>", ...]}}'
    try:
        document = json.loads(raw)
    except ValueError as error:
        message = f"{LIVE_IDS_ENV}: not JSON ({error}); expected e.g. {example}"
        raise DocspecsError(message) from None
    if not isinstance(document, dict):
        raise DocspecsError(
            f"{LIVE_IDS_ENV}: expected a JSON object like {example}, got {json_kind(document)}"
        )
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    for api, operations in document.items():
        where = f"{LIVE_IDS_ENV}: {pointer(api)}"
        if known is not None and api not in known:
            expected = ", ".join(sorted(known)) or "(none)"
            raise DocspecsError(f"{where}: unknown API {api!r} (expected one of {expected})")
        if not isinstance(operations, dict):
            raise DocspecsError(
                f"{where}: expected an object of {api} operationId -> [ids], "
                f"got {json_kind(operations)}"
            )
        allowed = known.get(api) if known is not None else None
        parsed: dict[str, tuple[str, ...]] = {}
        for operation_id, ids in operations.items():
            here = f"{where}{pointer(operation_id)}"
            if allowed is not None and operation_id not in allowed:
                expected = ", ".join(sorted(allowed)) or "(none)"
                raise DocspecsError(
                    f"{here}: unknown operationId {operation_id!r} of {api} "
                    f"(expected one of {expected})"
                )
            if not isinstance(ids, list) or not ids:
                raise DocspecsError(
                    f"{here}: expected a non-empty JSON array of ids for {api} {operation_id}, "
                    f"got {json_kind(ids)}"
                )
            for index, value in enumerate(ids):
                if not isinstance(value, str) or not value.strip():
                    raise DocspecsError(
                        f"{here}/{index}: expected an id string for {api} {operation_id}, "
                        f"got {json_kind(value)}"
                    )
            parsed[operation_id] = tuple(ids)
        result[api] = parsed
    return result


def json_kind(value: Any) -> str:
    """What a JSON value is, without showing it."""
    if isinstance(value, str):
        return "a string" if value.strip() else "a blank string"
    if isinstance(value, list):
        return "an array" if value else "an empty array"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an object" if isinstance(value, dict) else "null"
