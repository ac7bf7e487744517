"""Fault injection and rate limiting: what `POST /_simulator/faults` and `rate_limit=` switch on.

A fault matches the next `count` requests to one vendor (optionally one operation, by the
specs' operationId) that reach a known operation, and does one of:

- `status`: answer with that status in the vendor's error shape (plus `Retry-After` when
  `retry_after` is given);
- `drop`: close the connection without answering (in-process, where there is no connection,
  the client sees `httpx.RemoteProtocolError`, exactly what it sees over a socket);
- `invalid_body`: answer 200 with a body that violates the vendor's spec;
- only `latency_ms`: delay, then answer normally. `latency_ms` also delays the three above.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import httpx
from starlette.types import Send

FIELDS = (
    "vendor",
    "operation",
    "count",
    "status",
    "retry_after",
    "latency_ms",
    "drop",
    "invalid_body",
)


@dataclass
class Fault:
    vendor: str
    operation: str | None = None
    count: int = 1
    status: int | None = None
    retry_after: int | None = None
    latency_ms: int = 0
    drop: bool = False
    invalid_body: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class FaultError(ValueError):
    """A fault description that cannot be used; the message names the field."""


def parse_fault(raw: Any, operations: Mapping[str, tuple[str, ...]]) -> Fault:
    """A `Fault` from its JSON description, checked field by field."""
    if not isinstance(raw, dict):
        raise FaultError("a fault is a JSON object")
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise FaultError(f"unknown field(s) {', '.join(unknown)}; expected: {', '.join(FIELDS)}")
    vendor = raw.get("vendor")
    if not isinstance(vendor, str) or vendor not in operations:
        raise FaultError(f"vendor must be one of {', '.join(operations)}")
    operation = raw.get("operation")
    if operation is not None and operation not in operations[vendor]:
        raise FaultError(
            f"operation must be one of {', '.join(operations[vendor])} (the spec's operationId)"
        )

    def integer(name: str, low: int, high: int, default: int | None) -> int | None:
        value = raw.get(name, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise FaultError(f"{name} must be an integer from {low} to {high}")
        return value

    def flag(name: str) -> bool:
        value = raw.get(name, False)
        if not isinstance(value, bool):
            raise FaultError(f"{name} must be true or false")
        return value

    fault = Fault(
        vendor=vendor,
        operation=operation,
        count=integer("count", 1, 100_000, 1) or 1,
        status=integer("status", 400, 599, None),
        retry_after=integer("retry_after", 0, 86_400, None),
        latency_ms=integer("latency_ms", 0, 60_000, 0) or 0,
        drop=flag("drop"),
        invalid_body=flag("invalid_body"),
    )
    kinds = [
        k for k in ("status", "drop", "invalid_body") if getattr(fault, k) not in (None, False)
    ]
    if len(kinds) > 1:
        raise FaultError(f"give at most one of status, drop, invalid_body (got {', '.join(kinds)})")
    if not kinds and not fault.latency_ms:
        raise FaultError("give one of status, drop, invalid_body, or a latency_ms > 0")
    if fault.retry_after is not None and fault.status is None:
        raise FaultError("retry_after goes with status")
    return fault


MAX_PENDING = 10_000
"""Faults that may wait at once (each request looks through them; a test needs a handful)."""


class Faults:
    """The pending faults, consumed in the order they were added."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Fault] = []

    def add(self, faults: list[Fault]) -> None:
        """Queue `faults`, or `FaultError` (none queued) when more than `MAX_PENDING` would
        wait."""
        with self._lock:
            if len(self._pending) + len(faults) > MAX_PENDING:
                raise FaultError(
                    f"at most {MAX_PENDING} faults may be pending ({len(self._pending)} are); "
                    "DELETE /_simulator/faults or POST /_simulator/reset clears them"
                )
            self._pending.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.to_json() for f in self._pending]

    def take(self, vendor: str, operation: str) -> Fault | None:
        if not self._pending:  # fast path, no lock: the common case
            return None
        with self._lock:
            for fault in self._pending:
                if fault.vendor == vendor and fault.operation in (None, operation):
                    fault.count -= 1
                    if fault.count == 0:
                        self._pending.remove(fault)
                    return fault
        return None


class RateLimiter:
    """At most `limit` requests per fixed window of `window` seconds; else seconds to wait."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("rate_limit needs a limit >= 1 and a window > 0 seconds")
        self.limit, self.window = limit, window
        self._lock = threading.Lock()
        self._start, self._used = 0.0, 0

    def reset(self) -> None:
        with self._lock:
            self._start, self._used = 0.0, 0

    def remaining(self) -> int:
        """Requests still allowed in the current window (as last counted; no clock read)."""
        with self._lock:
            return max(0, self.limit - self._used)

    def __call__(self) -> int | None:
        now = time.monotonic()
        with self._lock:
            if now - self._start >= self.window:
                self._start, self._used = now, 0
            if self._used < self.limit:
                self._used += 1
                return None
            return max(1, math.ceil(self._start + self.window - now))


RAW_SEND = "docspecs.simulator.send"
"""Scope key under which the outermost app keeps the server's own `send` (to reach its socket)."""


async def drop_connection(raw_send: Send | None) -> None:
    """Close the client's connection without a response."""
    cycle = getattr(raw_send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "close"):
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.close()
    for _ in range(5):  # let the server notice the disconnect, so it does not answer 500
        await asyncio.sleep(0)
