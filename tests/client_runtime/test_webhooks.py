"""Extend webhooks (issue 17): `verify_webhook` checks the signature and timestamp the vendor's
pages describe (hex HMAC-SHA256 of "v0:<timestamp>:<body>") and returns a typed event."""

from __future__ import annotations

import hashlib
import hmac
import json
import traceback
from types import ModuleType

import pytest

SECRET = "wss_canary-5c1d-SIGNING-SECRET"
NOW = 1_795_000_000
RUN = {"object": "processor_run", "id": "dpr_1", "status": "PROCESSED", "processorId": "dp_1"}


def _delivery(
    event: object, *, timestamp: int = NOW, secret: str = SECRET
) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event).encode()
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256)
    headers = {
        "X-Extend-Request-Timestamp": str(timestamp),
        "X-Extend-Request-Signature": digest.hexdigest(),
    }
    return body, headers


def test_a_signed_processor_run_event_is_verified_and_typed(ext: ModuleType) -> None:
    body, headers = _delivery(
        {"eventId": "evt_1", "eventType": "processor_run.processed", "payload": RUN}
    )
    event = ext.verify_webhook(body, headers, SECRET, now=NOW + 10)
    assert isinstance(event, ext.WebhookEvent)
    assert (event.event_id, event.event_type) == ("evt_1", "processor_run.processed")
    assert isinstance(event.data, ext.client.ProcessorRun)
    assert event.data.id == "dpr_1"
    assert str(event.data.status) == "PROCESSED"
    assert event.payload == RUN
    assert SECRET not in repr(event)


def test_a_classify_run_event_of_the_newer_api_version_is_typed_too(ext: ModuleType) -> None:
    run = {
        "object": "classify_run",
        "id": "clr_1",
        "status": "FAILED",
        "failureReason": "INTERNAL_ERROR",
    }
    body, headers = _delivery({"eventId": "e2", "eventType": "classify_run.failed", "payload": run})
    event = ext.verify_webhook(body, headers, SECRET, now=NOW)
    assert isinstance(event.data, ext.client.ClassifyRun)
    assert event.data.id == "clr_1"
    assert event.data.to_dict() == run


def test_other_event_types_and_signed_url_payloads_are_kept_untyped(ext: ModuleType) -> None:
    body, headers = _delivery(
        {"eventId": "e", "eventType": "workflow_run.completed", "payload": {"id": "w"}}
    )
    event = ext.verify_webhook(body, headers, SECRET, now=NOW)
    assert event.data is None and event.payload == {"id": "w"}
    url = "https://files.extend.test/signed?sig=abc"
    body, headers = _delivery(
        {"eventId": "e", "eventType": "processor_run.failed", "payload": {"data": url}}
    )
    event = ext.verify_webhook(body, headers, SECRET, now=NOW)
    assert event.data is None and event.download_url == url


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("tampered body", "signature does not match"),
        ("wrong secret", "signature does not match"),
        ("stale", "tolerance"),
        ("future", "tolerance"),
        ("no signature", "missing"),
        ("bad timestamp", "not a Unix time"),
        ("not json", "not JSON"),
        ("not an event", "lacks eventId"),
        ("bad payload", r"not a valid ProcessorRun: (status|edits): expected an? \w+, got \w+$"),
    ],
)
def test_deliveries_that_must_not_be_trusted_raise_webhook_error(
    ext: ModuleType, change: str, message: str
) -> None:
    event: object = {"eventId": "e", "eventType": "processor_run.processed", "payload": RUN}
    timestamp, secret = NOW, SECRET
    if change == "stale":
        timestamp = NOW - 301
    elif change == "future":
        timestamp = NOW + 301
    elif change == "wrong secret":
        secret = "wss_someone-else"
    elif change == "not an event":
        event = {"eventType": "processor_run.processed"}
    elif change == "bad payload":
        event = {
            "eventId": "e",
            "eventType": "processor_run.processed",
            "payload": {"status": 5, "edits": "x"},
        }
    body, headers = _delivery(event, timestamp=timestamp, secret=secret)
    if change == "tampered body":
        body = body.replace(b"PROCESSED", b"FAILED")
    elif change == "no signature":
        del headers["X-Extend-Request-Signature"]
    elif change == "bad timestamp":
        headers["X-Extend-Request-Timestamp"] = "yesterday"
    elif change == "not json":
        body = b"<html>"
        headers = _delivery_headers_for(body, timestamp)
    with pytest.raises(ext.errors.WebhookError, match=message) as raised:
        ext.verify_webhook(body, headers, SECRET, now=NOW)
    assert isinstance(raised.value, ext.errors.APIError)
    assert SECRET not in str(raised.value) + "".join(traceback.format_exception(raised.value))


def _delivery_headers_for(body: bytes, timestamp: int) -> dict[str, str]:
    digest = hmac.new(SECRET.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256)
    return {
        "x-extend-request-timestamp": str(timestamp),
        "x-extend-request-signature": digest.hexdigest(),
    }


def test_apis_without_documented_webhooks_have_no_helper(ib: ModuleType, tal: ModuleType) -> None:
    for package in (ib, tal):
        assert not hasattr(package, "verify_webhook")
        assert not hasattr(package.errors, "WebhookError")


@pytest.mark.parametrize(
    ("header", "value", "message"),
    [
        ("X-Extend-Request-Timestamp", "9" * 400, "not a Unix time"),
        ("X-Extend-Request-Timestamp", "1795000000é", "not a Unix time"),
        ("X-Extend-Request-Timestamp", "١٧٩٥٠٠٠٠٠٠", "not a Unix time"),
        ("X-Extend-Request-Signature", "é" * 64, "does not match"),
        ("X-Extend-Request-Signature", "ab\x00cd", "does not match"),
    ],
)
def test_hostile_signature_headers_raise_webhook_error_not_a_crash(
    ext: ModuleType, header: str, value: str, message: str
) -> None:
    """Header values are chosen by whoever calls the webhook URL: a huge number, non-ASCII
    text (as a framework decodes it, latin-1) or non-ASCII digits are refused as untrusted,
    never an OverflowError, UnicodeEncodeError or TypeError escaping to the caller."""
    body, headers = _delivery({"eventId": "e", "eventType": "x", "payload": RUN})
    headers[header] = value
    with pytest.raises(ext.errors.WebhookError, match=message):
        ext.verify_webhook(body, headers, SECRET, now=NOW)
