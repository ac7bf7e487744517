"""Reading recorded traffic: HAR files, JSON Lines captures and plain JSON bodies, by content.

- a JSON object with `log.entries`: a HAR 1.2 file (browsers, mitmproxy, Charles, Proxyman);
  each entry is located as `file#N` (N: its index in `log.entries`, from 0);
- one JSON object per line with a `response` member: a capture (`docspecs proxy`, the generated
  clients); each exchange is located as `file:N` (N: its line, from 1);
- any other JSON document: one response body, which needs `--operation` and `--status`.

Headers are never kept: only the method, the URL, the status, the content type and the body, so
nothing read here can leak a token into output.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docspecs._bundler import MAX_DEPTH, json_too_deep
from docspecs._errors import DocspecsError

NO_BODY: Any = object()  # the response had no body (or none that was recorded)


@dataclass(frozen=True)
class Exchange:
    """One recorded response and where it came from.

    `where` is `file#N` (HAR entry N) or `file:N` (capture line N) or `file` (a plain body);
    `method`/`url` are None for a plain body (then `operation` names it); `body` is the parsed
    JSON body, `NO_BODY`, or the text when it is not JSON (`is_json` False).
    """

    where: str
    method: str | None
    url: str | None
    status: int
    body: Any
    is_json: bool = True
    api: str | None = None
    operation: str | None = None


def read_exchanges(
    path: Path, shown: str, *, operation: str | None = None, status: int | None = None
) -> Iterator[Exchange]:
    """Every response recorded in `path` (shown as `shown`); `DocspecsError` naming the file and
    the line, entry or JSON pointer when it cannot be read."""
    if path.exists() and not path.is_file():
        # a FIFO would block the read for ever, a device (`/dev/zero`) never end
        raise DocspecsError(f"{shown}: cannot read: not a regular file (a pipe, socket or device)")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DocspecsError(f"{shown}: cannot read: {error}") from None
    _refuse_deep(text, shown)
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2 and operation is None:
            raise DocspecsError(
                f"{shown}: not JSON, a HAR file or a JSON Lines capture: {_json_error(text)}"
            ) from None
    else:
        if isinstance(whole, dict) and isinstance(whole.get("log"), dict):
            if operation is not None:
                raise DocspecsError(
                    f"{shown}: a HAR file: --operation/--status are for plain bodies"
                )
            yield from _har(whole, shown)
            return
        if _is_capture_record(whole):
            if operation is not None:
                raise DocspecsError(
                    f"{shown}: a capture: --operation/--status are for plain bodies"
                )
            yield from _capture(text, shown)
            return
    if operation is not None:
        if status is None:
            raise DocspecsError(f"{shown}: a plain body needs --status N with --operation")
        if whole is None:
            raise DocspecsError(f"{shown}: not JSON: {_json_error(text)}")
        yield Exchange(shown, None, None, status, whole, operation=operation)
        return
    if whole is not None:
        raise DocspecsError(
            f"{shown}: a JSON document that is neither a HAR file (no log.entries) nor a capture "
            "line (no response member); for a plain response body pass --operation ID --status N"
        )
    yield from _capture(text, shown)


def _refuse_deep(text: str, where: str) -> None:
    """`DocspecsError` when JSON `text` nests too deep to parse and walk safely."""
    line = json_too_deep(text)
    if line is not None:
        raise DocspecsError(
            f"{where}: line {line}: nested more than {MAX_DEPTH} levels deep; not read"
        )


def _json_error(text: str) -> str:
    try:
        json.loads(text)
    except ValueError as error:
        return str(error)
    return "?"


def _is_capture_record(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("response"), dict)


def _capture(text: str, shown: str) -> Iterator[Exchange]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            raise DocspecsError(f"{where}: not a JSON object: {error}") from None
        if not _is_capture_record(record):
            raise DocspecsError(f"{where}: /response: a capture line needs a response object")
        request = record.get("request") if isinstance(record.get("request"), dict) else {}
        response = record["response"]
        status = response.get("status")
        if not isinstance(status, int) or isinstance(status, bool):
            raise DocspecsError(f"{where}: /response/status: expected an integer, got {status!r}")
        if "body" in response:
            body, is_json = response["body"], True
        elif isinstance(response.get("text"), str):
            body, is_json = response["text"], False
        else:
            body, is_json = NO_BODY, True
        api = record.get("api") if isinstance(record.get("api"), str) else None
        method = request.get("method")
        url = request.get("url")
        yield Exchange(
            where,
            str(method).upper() if isinstance(method, str) else None,
            url if isinstance(url, str) else None,
            status,
            body,
            is_json,
            api=api,
        )


def _har(document: dict[str, Any], shown: str) -> Iterator[Exchange]:
    entries = document["log"].get("entries")
    if not isinstance(entries, list):
        raise DocspecsError(f"{shown}: /log/entries: expected an array of HAR entries")
    for index, entry in enumerate(entries):
        where = f"{shown}#{index}"
        at = f"/log/entries/{index}"
        if not isinstance(entry, dict):
            raise DocspecsError(f"{where}: {at}: expected a HAR entry object")
        request = entry.get("request")
        response = entry.get("response")
        if not isinstance(request, dict) or not isinstance(response, dict):
            raise DocspecsError(f"{where}: {at}: a HAR entry needs request and response objects")
        status = response.get("status")
        if not isinstance(status, int) or isinstance(status, bool):
            raise DocspecsError(f"{where}: {at}/response/status: expected an integer")
        if status == 0:  # the browser never got an answer (blocked, aborted): nothing to check
            continue
        if status == 304:  # the browser revalidated its cache (If-None-Match): no body, no drift
            continue
        body, is_json = _har_body(response.get("content"), where, at)
        yield Exchange(
            where,
            str(request.get("method", "")).upper(),
            str(request.get("url", "")),
            status,
            body,
            is_json,
        )


def _har_body(content: Any, where: str, at: str) -> tuple[Any, bool]:
    if not isinstance(content, dict) or not isinstance(content.get("text"), str):
        return NO_BODY, True
    text = content["text"]
    if content.get("encoding") == "base64":
        try:
            data = base64.b64decode(text, validate=True)
        except binascii.Error as error:
            raise DocspecsError(
                f"{where}: {at}/response/content/text: not base64: {error}"
            ) from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # an image, a font, a PDF: browsers record every binary answer so; not JSON (a
            # `not-json` finding only where the operation declares JSON)
            return f"<{len(data)} bytes of binary data>", False
    if not text:
        return NO_BODY, True
    _refuse_deep(text, f"{where}: {at}/response/content/text")
    try:
        return json.loads(text), True
    except ValueError:  # an error page, HTML, plain text: `not-json` if JSON was declared
        return text, False
