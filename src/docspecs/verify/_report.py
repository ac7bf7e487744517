"""How verify's result is shown: a table per operation and one line per finding, or JSON."""

from __future__ import annotations

import json
from typing import Any

from docspecs.verify._verify import VerifyResult

_COLUMNS = (
    ("api", "api"),
    ("operation", "operation"),
    ("responses", "responses"),
    ("valid", "valid"),
    ("undeclared keys", "undeclared_keys"),
    ("unknown enum values", "unknown_enum_values"),
    ("undeclared statuses", "undeclared_statuses"),
)


def render_text(result: VerifyResult) -> str:
    """The table per operation, a `where: /pointer: [rule] message` line per finding, a summary."""
    rows = [[h for h, _ in _COLUMNS]]
    for counts in result.operations:
        rows.append([str(getattr(counts, attr)) for _, attr in _COLUMNS])
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = []
    if result.operations:
        for row in rows:
            cells = [
                cell.ljust(width) if i < 2 else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  ".join(cells).rstrip())
    lines.extend(f.line() for f in result.findings)
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


def summary(result: VerifyResult) -> str:
    by_level: dict[str, int] = {}
    for finding in result.findings:
        name = finding.level.name.lower()
        by_level[name] = by_level.get(name, 0) + 1
    matched = result.responses - result.unmatched
    parts = ", ".join(f"{by_level.get(n, 0)} {n}" for n in ("error", "warning", "info"))
    return (
        f"verify: {result.responses} response(s), {matched} matched to an operation, "
        f"{result.unmatched} unmatched; findings: {parts}"
    )


def render_json(result: VerifyResult, *, exit_code: int) -> str:
    """The result as one JSON document (for CI): operations, findings, summary and exit code."""
    data: dict[str, Any] = {
        "responses": result.responses,
        "unmatched": result.unmatched,
        "exit_code": exit_code,
        "operations": [vars(c) for c in result.operations],
        "findings": [
            {
                "rule": f.rule_id,
                "level": f.level.name.lower(),
                "where": f.where,
                "pointer": f.pointer,
                "message": f.message,
                "api": f.api,
                "operation": f.operation,
                "status": f.status,
                "count": f.count,
                "responses": f.responses,
                "body_pointer": f.body_pointer,
                **(
                    {"key": f.key, "json_types": f.json_types}
                    if f.rule_id == "undeclared-key"
                    else {}
                ),
                **({"value": f.value} if f.rule_id == "unknown-enum-value" else {}),
            }
            for f in result.findings
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
