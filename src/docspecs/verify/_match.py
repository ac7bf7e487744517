"""Which operation answered a recorded exchange: method, server URL and path template.

An exchange matches an operation of an API when its method is the operation's and its URL is one
of the API's server URLs followed by a path that fits the operation's path template (`{name}`
matches one non-empty path segment). Traffic recorded against another host (the simulator, a
proxy, a staging server) does not start with a documented server URL; then the URL's path must
*end* with the template, and the match is accepted only when it is unique (or the API is known:
`--api`, or the capture line's `api`). A literal template beats one with parameters
(`/runs/latest` over `/runs/{id}`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from docspecs._bundler import HTTP_METHODS
from docspecs._findings import pointer


@dataclass(frozen=True)
class Operation:
    """One operation of a bundled document; `pointer` is `/paths/<path>/<method>`."""

    api: str
    operation_id: str
    method: str  # upper case
    path: str
    pointer: str
    node: Mapping[str, Any]
    exact: re.Pattern[str]
    suffix: re.Pattern[str]
    literal: int  # characters outside parameters: the more, the more specific


def operations(api: str, document: Mapping[str, Any]) -> list[Operation]:
    """Every operation of `document` (a bundled OpenAPI document) in document order."""
    found: list[Operation] = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if not isinstance(node, dict):
                continue
            template = _template_regex(str(path))
            found.append(
                Operation(
                    api=api,
                    operation_id=str(node.get("operationId") or f"{method.upper()} {path}"),
                    method=method.upper(),
                    path=str(path),
                    pointer=pointer("paths", str(path), method),
                    node=node,
                    exact=re.compile(f"^{template}/?$"),
                    suffix=re.compile(f"{template}/?$"),
                    literal=len(re.sub(r"\{[^}]*\}", "", str(path))),
                )
            )
    return found


def _template_regex(path: str) -> str:
    parts = re.split(r"(\{[^}]*\})", path)
    return "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)


def server_paths(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(scheme://host, path prefix) of each server URL (variables left as written)."""
    out = []
    for server in document.get("servers") or []:
        if isinstance(server, dict) and isinstance(server.get("url"), str):
            parts = urlsplit(server["url"])
            out.append((f"{parts.scheme}://{parts.netloc}".lower(), parts.path.rstrip("/")))
    return out


@dataclass(frozen=True)
class Match:
    operation: Operation | None
    why: str = ""  # why there is no operation: no match, or several


def match(
    method: str,
    url: str,
    candidates: Iterable[Operation],
    servers: Mapping[str, list[tuple[str, str]]],
) -> Match:
    """The operation among `candidates` that answered `method url`, or why none did."""
    try:
        parts = urlsplit(url)
    except ValueError:  # `http://[::1`: a recording may hold anything
        return Match(None, "the URL cannot be read")
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    path = unquote(parts.path) or "/"
    same_method = [op for op in candidates if op.method == method]
    by_server = [
        op
        for op in same_method
        for host, prefix in servers.get(op.api, [])
        if host == origin and path.startswith(prefix) and op.exact.match(path[len(prefix) :] or "/")
    ]
    if by_server:
        return Match(_most_specific(by_server))
    by_suffix = [op for op in same_method if op.suffix.search(path)]
    if not by_suffix:
        return Match(None, "no operation of the spec has this method and path")
    best = _most_specific(by_suffix)
    rivals = {op.api for op in by_suffix if op.literal == best.literal}
    if len(rivals) > 1:
        return Match(None, f"fits operations of {', '.join(sorted(rivals))}: pass --api")
    return Match(best)


def _most_specific(ops: list[Operation]) -> Operation:
    return max(ops, key=lambda op: (op.literal, -len(op.path)))
