"""A token a server echoes base64-encoded (standard or URL-safe, with or without padding, alone
or as Basic auth's `user:token` / `token:`) is redacted like the plain one: from errors, their
responses, DEBUG logs and captures."""

from __future__ import annotations

import base64
import json
import logging
import traceback
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from loopback_servers import echo_server, json_body
from runtime_helpers import api

#: Printable ASCII whose base64 holds `+` and `/` at every alignment, so the two alphabets differ.
CANARY = "canary-7d3b9e51~??>>~~SECRET-TOKEN"


def _encodings(token: str) -> list[str]:
    """Every base64 text a server might echo the token as: each of the three alignments of the
    token in base64's 3-byte groups, both alphabets, padded and unpadded."""
    raw = token.encode()
    texts: list[str] = []
    for data in (raw, raw + b":", b"bob:" + raw, b"user:" + raw, b"me:" + raw):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(data).decode()
            texts += [text, text.rstrip("=")]
    return list(dict.fromkeys(texts))


def _leaks(text: str, token: str = CANARY) -> list[str]:
    """The encodings of `token` (or their middle, which only the token's bytes make) in `text`."""
    found = [form for form in _encodings(token) if form[4:-4] in text]
    return found + ([token] if token in text else [])


def test_every_encoding_differs_and_alignments_are_all_covered() -> None:
    forms = _encodings(CANARY)
    assert len(forms) >= 16
    assert len([form for form in forms if "+" in form or "/" in form]) >= 8  # the alphabets differ
    assert {len(b"bob:") % 3, len(b"user:") % 3, len(b"me:") % 3} == {0, 1, 2}


def test_redact_hides_each_base64_encoding_inside_any_text(ext: ModuleType) -> None:
    for form in _encodings(CANARY):
        text = f"header=Basic {form}; next"
        redacted = ext.errors.redact(text, [CANARY])
        assert "[redacted]" in redacted
        assert _leaks(redacted) == [], (form, redacted)
        assert redacted.startswith("header=Basic ") and redacted.endswith("; next")


def test_short_secrets_do_not_redact_common_base64_runs(ext: ModuleType) -> None:
    # a base64 run is only redacted when it is long enough not to match ordinary text
    assert ext.errors.redact("abc dGVzdA== xyz", ["test"]) == "abc dGVzdA== xyz"
    forms = ext.errors.secret_forms(CANARY)
    assert CANARY in forms and forms == tuple(sorted(forms, key=len, reverse=True))


def _echoing_base64_reply(token: str) -> tuple[int, dict[str, str], bytes]:
    """A hostile 401 echoing the token base64-encoded in every place a client might show."""
    forms = _encodings(token)
    body = json_body(
        {"error": f"credentials {forms[0]} revoked", "code": f"BAD_{forms[1]}", "seen": forms}
    )
    headers = {"content-type": "application/json", "x-request-id": f"req-{forms[2]}"}
    headers |= {f"x-echo-{n}": form for n, form in enumerate(forms)}
    return 401, headers, body


def test_a_base64_echo_of_the_token_is_redacted_from_errors_logs_and_captures(
    ext: ModuleType, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "extend_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    capture = tmp_path / "traffic.jsonl"
    get = api(ext, "classify_runs.get_classify_run")
    texts: list[str] = []
    with echo_server(_echoing_base64_reply) as url:
        environ = {"EXTEND_API_TOKEN": CANARY, "EXTEND_BASE_URL": url}
        client = ext.from_env(environ=environ, capture=capture, max_retries=0)
        with pytest.raises(ext.errors.AuthenticationError) as raised:
            get.sync("clr_1", client=client)
    error = raised.value
    assert error.request_id is not None and error.request_id.startswith("req-[redacted]")
    assert error.code is not None and error.code.startswith("BAD_[redacted]")
    texts += [str(error), repr(error), str(error.args), repr(error.body), str(error.code)]
    texts += [error.response.text, repr(error.response.headers), str(error.message)]
    texts.append("".join(traceback.format_exception(error)))
    records = [record.getMessage() for record in caplog.records]
    assert any("receive_response_headers.complete" in r and "[redacted]" in r for r in records)
    texts += records
    line = capture.read_text(encoding="utf-8")
    assert json.loads(line)["response"]["status"] == 401
    texts.append(line)
    assert [text for text in texts if _leaks(text)] == []


def test_a_base64_echo_in_a_bad_2xx_body_is_redacted_from_the_validation_error(
    tal: ModuleType,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].split()[1]
        forms = " ".join(_encodings(token)[:3])
        return httpx.Response(200, text=f"<html>{forms}</html>", headers={"x-basic": forms})

    client = tal.AuthenticatedClient(
        base_url="http://vendor.test",
        token=CANARY,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with pytest.raises(tal.errors.ResponseValidationError) as raised:
        api(tal, "jobs.get_job_results").sync("00000000-0000-4000-8000-000000000000", client=client)
    error = raised.value
    assert "[redacted]" in error.excerpt
    for text in (str(error), error.excerpt, error.response.text, repr(error.response.headers)):
        assert _leaks(text) == []
