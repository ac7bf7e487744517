"""`docspecs verify` and `docspecs proxy`: recorded and live traffic against the specs.

    from docspecs.verify import verify, render_text, suggest_overlay
    result = verify(project, [Path("traffic.har")], apis=["acme"])
    print(render_text(result)); result.failed(strict=False)

The capture format (JSON Lines, one exchange a line) is described in `_capture`; the proxy in
`docspecs.verify._proxy`.
"""

from docspecs.verify._capture import REDACTED, Secrets, exchange_line
from docspecs.verify._check import Checker, checked_formats
from docspecs.verify._inputs import NO_BODY, Exchange, read_exchanges
from docspecs.verify._overlay import dump_overlay, infer_schema, jsonpath, suggest_overlay
from docspecs.verify._report import render_json, render_text, summary
from docspecs.verify._verify import (
    RULE_LEVELS,
    OperationCounts,
    Verifier,
    VerifyFinding,
    VerifyResult,
    load_specs,
    verify,
    verify_exchanges,
)

__all__ = [
    "NO_BODY",
    "REDACTED",
    "RULE_LEVELS",
    "Checker",
    "Exchange",
    "OperationCounts",
    "Secrets",
    "Verifier",
    "VerifyFinding",
    "VerifyResult",
    "checked_formats",
    "dump_overlay",
    "exchange_line",
    "infer_schema",
    "jsonpath",
    "load_specs",
    "read_exchanges",
    "render_json",
    "render_text",
    "suggest_overlay",
    "summary",
    "verify",
    "verify_exchanges",
]
