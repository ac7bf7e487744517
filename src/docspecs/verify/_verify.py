"""`verify`: recorded responses against the bundled specs, as findings and per-operation counts.

The spec is the bundled document (`specs/<api>/openapi.yaml` with its `$ref`s resolved), before
the overlays: overlays shape the document for the generators (open enums reduced to their
documented values, formats dropped), while verify needs the spec as written. Findings, with their
rule ids (`docspecs verify` prints them as `where: /pointer: [rule] message`; the pointer is into
the bundled spec):

| rule | level | what |
| --- | --- | --- |
| `schema-violation` | error | the body breaks its schema (JSON Schema 2020-12) |
| `pattern-mismatch` | error | a string breaks a documented `pattern` |
| `undeclared-status` | error | the operation declares no response for the status |
| `undeclared-key` | warning | a key the open schema does not declare (one per schema and key) |
| `unknown-enum-value` | warning | a value an open enum does not list (one per enum and value) |
| `format-mismatch` | warning | a value that does not fit a documented `format` |
| `not-json` | error | a JSON response that is not JSON |
| `unmatched-response` | info | no operation of the specs has this method and path |
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from docspecs._errors import DocspecsError
from docspecs._findings import Level, display_path, json_type, pointer, printable
from docspecs._project import Project
from docspecs.verify._check import BodyReport, Checker
from docspecs.verify._inputs import NO_BODY, Exchange, read_exchanges
from docspecs.verify._match import Operation, match, operations, server_paths

RULE_LEVELS = {
    "schema-violation": Level.ERROR,
    "pattern-mismatch": Level.ERROR,
    "undeclared-status": Level.ERROR,
    "not-json": Level.ERROR,
    "undeclared-key": Level.WARNING,
    "unknown-enum-value": Level.WARNING,
    "format-mismatch": Level.WARNING,
    "unmatched-response": Level.INFO,
}


@dataclass
class VerifyFinding:
    """One finding: `where` is the first response it was seen in (`file#N`, `file:N`), `pointer`
    a JSON pointer into the bundled spec, `count` how many times it was seen."""

    rule_id: str
    where: str
    pointer: str
    message: str
    api: str | None = None
    operation: str | None = None
    status: int | None = None
    count: int = 1
    responses: int = 1  # responses it was seen in
    body_pointer: str | None = None
    key: str | None = None
    value: Any = None
    json_types: list[str] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)  # every value seen, first ones (for types)

    @property
    def level(self) -> Level:
        return RULE_LEVELS[self.rule_id]

    def line(self) -> str:
        return printable(f"{self.where}: {self.pointer or '/'}: [{self.rule_id}] {self.message}")


@dataclass
class OperationCounts:
    api: str
    operation: str
    responses: int = 0
    valid: int = 0
    undeclared_keys: int = 0  # distinct (schema, key)
    unknown_enum_values: int = 0  # distinct (enum, value)
    undeclared_statuses: int = 0  # responses


@dataclass
class VerifyResult:
    findings: list[VerifyFinding]
    operations: list[OperationCounts]
    responses: int
    unmatched: int

    def failed(self, strict: bool = False) -> bool:
        worst = Level.WARNING if strict else Level.ERROR
        return any(f.level >= worst for f in self.findings)


class _Spec:
    def __init__(self, api: str, document: dict[str, Any]) -> None:
        self.api = api
        self.document = document
        self.operations = operations(api, document)
        self.servers = server_paths(document)
        self.checker = Checker(api, document)


def load_specs(project: Project, apis: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The spec document of each selected API (all when `apis` is empty): bundled, pre-bundle
    overlays applied, converted to 3.1 (`docspecs.document.spec_document`)."""
    from docspecs.document import spec_document

    return {api: spec_document(project, api) for api in project.select(apis)}


def verify(
    project: Project,
    files: Sequence[Path],
    *,
    apis: Sequence[str] = (),
    operation: str | None = None,
    status: int | None = None,
) -> VerifyResult:
    """Every response recorded in `files` against the bundled specs of `apis` (default: all).

    Raises `DocspecsError` for unreadable input (naming the file and line / entry / pointer) and
    for an `operation` no selected spec has.
    """
    documents = load_specs(project, apis)
    exchanges: list[Exchange] = []
    for path in files:
        shown = display_path(path, Path.cwd())
        exchanges.extend(read_exchanges(path, shown, operation=operation, status=status))
    return verify_exchanges(documents, exchanges)


def verify_exchanges(
    documents: dict[str, dict[str, Any]], exchanges: Iterable[Exchange]
) -> VerifyResult:
    """`verify` on exchanges already read, against bundled documents keyed by API."""
    verifier = Verifier(documents)
    for exchange in exchanges:
        verifier.check(exchange)
    return verifier.result()


class Verifier:
    """Checks exchanges one at a time (the proxy's way) and keeps the tally (verify's way)."""

    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self._specs = {api: _Spec(api, document) for api, document in documents.items()}
        self._tally = _Tally()
        self._responses = 0

    def check(self, exchange: Exchange) -> list[VerifyFinding]:
        """Check one exchange; the findings it raised for the first time (message as of now)."""
        self._responses += 1
        before = self._tally.size()
        found = _operation_of(exchange, self._specs)
        if isinstance(found, str):
            self._tally.unmatched(exchange, found)
        else:
            _check_exchange(self._specs[found.api], found, exchange, self._tally)
        return self._tally.since(before)

    def result(self) -> VerifyResult:
        tally = self._tally
        findings, counts = tally.findings(), tally.counts()
        return VerifyResult(findings, counts, self._responses, tally.unmatched_count)


def _operation_of(exchange: Exchange, specs: dict[str, _Spec]) -> Operation | str:
    if exchange.operation is not None:
        named = [
            op
            for s in specs.values()
            for op in s.operations
            if op.operation_id == exchange.operation
        ]
        if not named:
            known = sorted({op.operation_id for s in specs.values() for op in s.operations})
            raise DocspecsError(
                f"--operation {exchange.operation}: no such operationId (expected one of "
                f"{', '.join(known)})"
            )
        if len(named) > 1:
            raise DocspecsError(
                f"--operation {exchange.operation}: in several APIs "
                f"({', '.join(op.api for op in named)}); pass --api"
            )
        return named[0]
    if exchange.method is None or exchange.url is None:
        return "no method or URL recorded"
    candidates = [
        op
        for s in specs.values()
        if exchange.api is None or exchange.api == s.api or exchange.api not in specs
        for op in s.operations
    ]
    result = match(
        exchange.method, exchange.url, candidates, {a: s.servers for a, s in specs.items()}
    )
    return result.operation if result.operation is not None else result.why


def _declared_response(op: Operation, status: int) -> tuple[str, dict[str, Any]] | None:
    responses = op.node.get("responses") or {}
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if isinstance(responses.get(key), dict):
            return op.pointer + pointer("responses", key), responses[key]
    return None


def _json_media(response: dict[str, Any]) -> str | None:
    for media, node in (response.get("content") or {}).items():
        base = media.split(";")[0].strip().lower()
        is_json = base == "application/json" or base.endswith("+json")
        if is_json and isinstance(node, dict) and "schema" in node:
            return str(media)
    return None


def _check_exchange(spec: _Spec, op: Operation, exchange: Exchange, tally: _Tally) -> None:
    counts = tally.operation(op)
    counts.responses += 1
    declared = _declared_response(op, exchange.status)
    if declared is None:
        counts.undeclared_statuses += 1
        tally.add(
            "undeclared-status",
            exchange,
            op.pointer + "/responses",
            op,
            group=(op.api, op.operation_id, exchange.status),
            message=f"{op.operation_id}: status {exchange.status} is not declared "
            f"(declared: {', '.join(str(k) for k in (op.node.get('responses') or {}))})",
        )
        return
    response_pointer, response = declared
    media = _json_media(response)
    if media is None or exchange.body is NO_BODY:
        counts.valid += 1
        return
    schema_pointer = response_pointer + pointer("content", media, "schema")
    if not exchange.is_json:
        tally.add(
            "not-json",
            exchange,
            schema_pointer,
            op,
            message=f"{op.operation_id} {exchange.status}: the body is not JSON ({media} declared)",
        )
        return
    report = spec.checker.check(schema_pointer, exchange.body)
    if not report.violations:
        counts.valid += 1
    tally.body(op, exchange, report)


class _Tally:
    """Findings as they accumulate: repeated ones (same rule, place, key or value) are counted."""

    def __init__(self) -> None:
        self._findings: dict[tuple[Any, ...], VerifyFinding] = {}
        self._seen_in: dict[tuple[Any, ...], set[str]] = {}
        self._operations: dict[tuple[str, str], OperationCounts] = {}
        self.unmatched_count = 0

    def operation(self, op: Operation) -> OperationCounts:
        key = (op.api, op.operation_id)
        if key not in self._operations:
            self._operations[key] = OperationCounts(op.api, op.operation_id)
        return self._operations[key]

    def add(
        self,
        rule_id: str,
        exchange: Exchange,
        at: str,
        op: Operation | None,
        *,
        message: str,
        group: tuple[Any, ...] | None = None,
        **extra: Any,
    ) -> VerifyFinding | None:
        """Record one occurrence; a new finding when `group` (default: this response) is new."""
        key = (rule_id, at, *(group if group is not None else (exchange.where, message)))
        finding = self._findings.get(key)
        if finding is None:
            finding = VerifyFinding(
                rule_id,
                exchange.where,
                at,
                message,
                api=op.api if op else None,
                operation=op.operation_id if op else None,
                status=exchange.status,
                **extra,
            )
            self._findings[key] = finding
            self._seen_in[key] = {exchange.where}
            if op is not None and rule_id == "undeclared-key":
                self.operation(op).undeclared_keys += 1
            if op is not None and rule_id == "unknown-enum-value":
                self.operation(op).unknown_enum_values += 1
            return finding
        finding.count += 1
        if exchange.where not in self._seen_in[key]:
            self._seen_in[key].add(exchange.where)
            finding.responses += 1
        return finding

    def body(self, op: Operation, exchange: Exchange, report: BodyReport) -> None:
        label = f"{op.operation_id} {exchange.status}"
        for v in report.violations:
            rule = "pattern-mismatch" if v.keyword == "pattern" else "schema-violation"
            self.add(
                rule,
                exchange,
                v.schema_pointer,
                op,
                message=f"{label}: {v.body_pointer or '/'}: {v.message}",
                body_pointer=v.body_pointer,
            )
        for u in {(u.schema_pointer, u.key, u.body_pointer): u for u in report.undeclared}.values():
            finding = self.add(
                "undeclared-key",
                exchange,
                u.schema_pointer,
                op,
                group=(u.key,),
                message="",
                body_pointer=u.body_pointer,
                key=u.key,
            )
            if finding is not None:
                kind = json_type(u.value)
                if kind not in finding.json_types:
                    finding.json_types.append(kind)
                if len(finding.values) < 50:
                    finding.values.append(u.value)
        for e in {
            (e.schema_pointer, json.dumps(e.value), e.body_pointer): e for e in report.unknown_enums
        }.values():
            self.add(
                "unknown-enum-value",
                exchange,
                e.schema_pointer,
                op,
                group=(json.dumps(e.value),),
                message="",
                body_pointer=e.body_pointer,
                value=e.value,
            )
        for f in report.formats:
            self.add(
                "format-mismatch",
                exchange,
                f.schema_pointer,
                op,
                group=(f.format,),
                message="",
                body_pointer=f.body_pointer,
                value=f.value,
                key=f.format,
            )

    def unmatched(self, exchange: Exchange, why: str) -> None:
        self.unmatched_count += 1
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(exchange.url or "")
        except ValueError:
            parts = urlsplit("")  # unreadable: shown as `://`, nothing of it printed
        # scheme, host and path only: a query string or `user:password@` may carry a key
        host = parts.netloc.rsplit("@", 1)[-1]
        shown = printable(f"{exchange.method} {parts.scheme}://{host}{parts.path}")
        self.add(
            "unmatched-response",
            exchange,
            "",
            None,
            group=(shown,),
            message=f"{shown}: {why}",
        )

    def size(self) -> int:
        return len(self._findings)

    def since(self, size: int) -> list[VerifyFinding]:
        """Copies of the findings added after the tally had `size` of them, with messages."""
        fresh = list(self._findings.values())[size:]
        return [replace(f, message=f.message or _describe(f)) for f in fresh]

    def findings(self) -> list[VerifyFinding]:
        out = [replace(f) for f in self._findings.values()]
        for finding in out:
            if not finding.message:
                finding.message = _describe(finding)
            elif finding.count > 1:
                finding.message += f" ({_times(finding)})"
        order = {rule: i for i, rule in enumerate(RULE_LEVELS)}
        out.sort(
            key=lambda f: (
                -f.level,
                order[f.rule_id],
                f.api or "",
                f.pointer,
                f.key or "",
                f.message,
            )
        )
        return out

    def counts(self) -> list[OperationCounts]:
        return sorted(self._operations.values(), key=lambda c: (c.api, c.operation))


def _times(finding: VerifyFinding) -> str:
    if finding.count == finding.responses:
        return f"seen {finding.count} time{'s' if finding.count != 1 else ''}"
    return f"seen {finding.count} times in {finding.responses} responses"


def _describe(finding: VerifyFinding) -> str:
    label = f"{finding.operation} {finding.status}"
    if finding.rule_id == "undeclared-key":
        types = " or ".join(finding.json_types)
        return (
            f"{label}: key {finding.key!r} is not declared ({_times(finding)}, e.g. "
            f"{types} at {finding.body_pointer})"
        )
    if finding.rule_id == "unknown-enum-value":
        return (
            f"{label}: value {json.dumps(finding.value)} is not among the enum's documented "
            f"values ({_times(finding)}, e.g. at {finding.body_pointer})"
        )
    if finding.rule_id == "format-mismatch":
        shown = json.dumps(finding.value)
        shown = shown if len(shown) <= 60 else shown[:57] + '..."'
        return (
            f"{label}: {shown} at {finding.body_pointer} is not a {finding.key} ({_times(finding)})"
        )
    return finding.message
