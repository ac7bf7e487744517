"""What the engine's events add up to: per-operation tallies and the failures found."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from docspecs.fuzz._curl import render_curl
from docspecs.fuzz._operations import Operation
from docspecs.fuzz._results import FuzzFailure, OperationStats
from docspecs.fuzz._targets import Target


@dataclass
class Tally:
    cases: int = 0
    ok: int = 0
    probes: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    ids_ok: set[str] = field(default_factory=set)
    digest: Any = field(default_factory=hashlib.sha256)
    response_seconds: float = 0.0


@dataclass
class Run:
    target: Target
    tallies: dict[str, Tally] = field(default_factory=dict)
    failures: list[FuzzFailure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    _seen: set[tuple[str, str, str]] = field(default_factory=set)
    timed_out: set[str] = field(default_factory=set)
    """Labels of the operations a case of which was cut off by the case timeout."""

    def stats(self) -> list[OperationStats]:
        result = []
        for op in self.target.operations:
            tally = self.tallies.get(op.label, Tally())
            ids = self.target.ids.get(op.operation_id, ())
            result.append(
                OperationStats(
                    api=self.target.api,
                    operation_id=op.operation_id,
                    label=op.label,
                    cases=tally.cases,
                    ok=tally.ok,
                    probes=tally.probes,
                    statuses=tuple(sorted(tally.statuses.items())),
                    ids_ok=len(tally.ids_ok & set(ids)),
                    ids_total=len(ids),
                    fingerprint=tally.digest.hexdigest()[:16],
                    response_seconds=tally.response_seconds,
                )
            )
        return result

    def scrub(self, text: str) -> str:
        return self.target.scrub(text)


def record(run: Run, by_label: Mapping[str, Operation], recorder: Any) -> None:
    """Add one finished scenario to `run`: cases, statuses and ids per operation (probes apart),
    and each failed check once, with a curl command."""
    from schemathesis.engine import Status

    op = by_label.get(recorder.label)
    label = op.label if op is not None else str(recorder.label)
    tally = run.tallies.setdefault(label, Tally())
    for case_id, node in recorder.cases.items():
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        if node.parent_id is not None:
            tally.probes += 1
            continue
        if response is None:
            continue
        tally.cases += 1
        tally.response_seconds += response.elapsed
        tally.statuses[response.status_code] += 1
        # Relative to the target's base URL: the same run on another port (or host) gives the
        # same fingerprint.
        uri = str(interaction.request.uri).removeprefix(run.target.base_url)
        tally.digest.update(f"{interaction.request.method} {uri}\n".encode())
        if 200 <= response.status_code < 300:
            tally.ok += 1
            if op is not None and op.id_parameter is not None:
                tally.ids_ok.add(str(node.value.path_parameters.get(op.id_parameter)))
    for case_id, checks in recorder.checks.items():
        for check in checks:
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            key = (label, check.name, str(failure.title))
            if key in run._seen:
                continue
            run._seen.add(key)
            failing_id = failure.case_id or case_id
            interaction = recorder.interactions.get(failing_id) or recorder.interactions.get(
                case_id
            )
            curl = render_curl(run.target, interaction.request) if interaction is not None else ""
            run.failures.append(
                FuzzFailure(
                    api=run.target.api,
                    operation_id=op.operation_id if op is not None else label,
                    label=label,
                    check=check.name,
                    title=run.scrub(str(failure.title)),
                    message=run.scrub(str(failure.message)),
                    curl=curl,
                )
            )
