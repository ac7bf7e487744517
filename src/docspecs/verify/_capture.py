"""The capture format: one JSON object per line, one line per HTTP exchange.

Written by `docspecs proxy` and by the generated clients (their `_capture` module writes the same
shape), read by `docspecs verify`:

    {"capture": 1, "api": "acme", "request": {"method": "GET", "url": "http://.../widgets/w_1",
     "headers": {...}}, "response": {"status": 200, "headers": {...}, "body": {...}}}

- `api` is optional (a hint for matching the exchange to an operation);
- `response.body` is the parsed JSON body; a body that is not JSON is kept as text in
  `response.text` instead (empty bodies have neither);
- headers are lower-cased names; secrets are replaced by `[REDACTED]` before anything is written:
  `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`, every header or query
  parameter a security scheme of the spec names (`apiKey` schemes), and query parameters whose
  name suggests a credential (`token`, `key`, `secret`, `password`, `auth`, `signature`,
  `credential`, `session`). The value of each redacted header (without its `Bearer ` prefix) is
  also removed from the rest of the line, should the URL or a body echo it; a `user:password@`
  in the URL is dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from docspecs._bundler import json_too_deep

CAPTURE_VERSION = 1
REDACTED = "[REDACTED]"
ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_SECRET_QUERY = re.compile(r"token|key|secret|password|passwd|auth|sig|credential|session", re.I)
_MIN_SCRUBBED = 8  # shorter header values are not searched for in the rest of the line


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

    def _secret_query(self, name: str) -> bool:
        return name in self.query or _SECRET_QUERY.search(name) is not None

    def values_in(self, headers: Iterable[tuple[str, str]]) -> list[str]:
        """The secret values among `headers` (a `Bearer `/`Basic ` prefix removed), to scrub."""
        values = []
        for name, value in headers:
            if name.lower() in self.headers:
                for part in (value, value.split(" ", 1)[-1]):
                    if len(part) >= _MIN_SCRUBBED:
                        values.append(part)
        return sorted(set(values), key=len, reverse=True)

    def url_of(self, url: str) -> str:
        """`url` with the values of secret query parameters replaced by `[REDACTED]`, and
        without any `user:password@`."""
        parts = urlsplit(url)
        if "@" in parts.netloc:
            parts = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1])
            url = urlunsplit(parts)
        if not parts.query:
            return url
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if self._secret_query(k) else v) for k, v in pairs])
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
    request_headers = list(request_headers)
    response_headers = list(response_headers)
    response: dict[str, Any] = {"status": status, "headers": secrets.headers_of(response_headers)}
    if content:
        text = content.decode("utf-8", errors="replace")
        try:
            if json_too_deep(text) is not None:  # kept as text: parsing it would recurse
                raise ValueError(text)
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
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    for value in secrets.values_in([*request_headers, *response_headers]):
        line = line.replace(json.dumps(value, ensure_ascii=False)[1:-1], REDACTED)
    return line + "\n"
