"""The capture format: one JSON object per line, one line per HTTP exchange.

Written by `docspecs proxy` and by the generated clients (their `_capture` module writes the same
shape), read by `docspecs verify`:

    {"capture": 1, "api": "extend", "request": {"method": "GET", "url": "http://.../processor_runs/dpr_1",
     "headers": {...}}, "response": {"status": 200, "headers": {...}, "body": {...}}}

- `api` is optional (a hint for matching the exchange to an operation);
- `response.body` is the parsed JSON body; a body that is not JSON is kept as text in
  `response.text` instead (empty bodies have neither);
- headers are lower-cased names; secrets are replaced by `[REDACTED]` before anything is written:
  `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`, and every header, query
  parameter or cookie a security scheme of the spec names (`apiKey` schemes). The query string of
  the URL is redacted the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

CAPTURE_VERSION = 1
REDACTED = "[REDACTED]"
ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class Secrets:
    """What must never be written: header names (lower case) and query parameter names."""

    def __init__(self, headers: Iterable[str] = (), query: Iterable[str] = ()) -> None:
        self.headers = ALWAYS_SECRET_HEADERS | {h.lower() for h in headers}
        self.query = frozenset(query)

    @classmethod
    def of_documents(cls, documents: Iterable[Mapping[str, Any]]) -> Secrets:
        """The secret names of these OpenAPI documents' security schemes (plus the usual ones)."""
        headers: set[str] = set()
        query: set[str] = set()
        for document in documents:
            schemes = (document.get("components") or {}).get("securitySchemes") or {}
            for scheme in schemes.values():
                if not isinstance(scheme, dict) or scheme.get("type") != "apiKey":
                    continue
                name = str(scheme.get("name", ""))
                if scheme.get("in") == "header":
                    headers.add(name)
                elif scheme.get("in") == "query":
                    query.add(name)
                # `in: cookie`: the whole Cookie header is always redacted
        return cls(headers, query)

    def headers_of(self, headers: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Headers as a dict of lower-case names, secret values replaced by `[REDACTED]`."""
        out: dict[str, str] = {}
        for name, value in headers:
            key = name.lower()
            shown = REDACTED if key in self.headers else value
            out[key] = f"{out[key]}, {shown}" if key in out else shown
        return out

    def url_of(self, url: str) -> str:
        """`url` with the values of secret query parameters replaced by `[REDACTED]`."""
        parts = urlsplit(url)
        if not parts.query or not self.query:
            return url
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if k in self.query else v) for k, v in pairs])
        return urlunsplit(parts._replace(query=query))


def exchange_line(
    *,
    api: str | None,
    method: str,
    url: str,
    request_headers: Iterable[tuple[str, str]],
    status: int,
    response_headers: Iterable[tuple[str, str]],
    content: bytes,
    secrets: Secrets,
) -> str:
    """One capture line (with its newline) for one exchange, secrets redacted."""
    response: dict[str, Any] = {
        "status": status,
        "headers": secrets.headers_of(response_headers),
    }
    if content:
        text = content.decode("utf-8", errors="replace")
        try:
            response["body"] = json.loads(text)
        except ValueError:
            response["text"] = text
    record: dict[str, Any] = {"capture": CAPTURE_VERSION}
    if api:
        record["api"] = api
    record["request"] = {
        "method": method.upper(),
        "url": secrets.url_of(url),
        "headers": secrets.headers_of(request_headers),
    }
    record["response"] = response
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
