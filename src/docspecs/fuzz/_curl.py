"""A curl command that reproduces a recorded request, secrets shown as `$TOKEN`."""

from __future__ import annotations

import shlex
from typing import Any

from docspecs.fuzz._targets import MOCK_URL, Target
from docspecs.fuzz._transport import ASGI_HOST

# Headers requests adds on its own; a curl command does not need them.
TRANSPORT_HEADERS = frozenset(
    {
        "user-agent",
        "accept-encoding",
        "accept",
        "connection",
        "content-length",
        "x-schemathesis-testcaseid",
    }
)


def render_curl(target: Target, request: Any) -> str:
    """A curl command for a recorded request; the token is `$TOKEN`, to be set in the shell."""
    url = str(request.uri)
    if target.app is not None and url.startswith(ASGI_HOST):
        url = MOCK_URL + url[len(ASGI_HOST) :]
    parts = ["curl", "-X", shlex.quote(str(request.method))]
    for name, values in request.headers.items():
        if name.lower() in TRANSPORT_HEADERS:
            continue
        for value in values:
            header = f"{name}: {value}" if value else f"{name};"
            if any(secret and secret in header for secret in target.secrets):
                # Double quotes so the shell expands $TOKEN; the rest of the header is plain text.
                header = (
                    target.scrub(header)
                    .replace("\\", "\\\\")
                    .replace('"', '\\"')
                    .replace("`", "\\`")
                )
                parts += ["-H", f'"{header}"']
            else:
                parts += ["-H", shlex.quote(header)]
    if request.body:
        body = (
            request.body.decode("utf-8", "replace")
            if isinstance(request.body, bytes)
            else str(request.body)
        )
        parts += ["--data-raw", shlex.quote(target.scrub(body))]
    parts.append(shlex.quote(target.scrub(url)))
    return " ".join(parts)
