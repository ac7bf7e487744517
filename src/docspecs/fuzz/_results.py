"""The values `fuzz` returns: `FuzzResult`, `OperationStats`, `FuzzFailure`, and how they print."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FuzzFailure:
    """One check that failed on one operation, with a curl command that reproduces it."""

    api: str
    operation_id: str
    label: str
    check: str
    title: str
    message: str
    curl: str

    def __str__(self) -> str:
        message = "\n".join(f"    {line}" for line in self.message.strip().splitlines())
        return (
            f"{self.api} {self.operation_id} ({self.label}): "
            f"check {self.check} failed: {self.title}\n"
            f"{message}\n"
            f"  reproduce with:\n    {self.curl}"
        )


@dataclass(frozen=True)
class OperationStats:
    """What fuzzing sent to one operation and what came back."""

    api: str
    operation_id: str
    label: str
    cases: int
    """Requests schemathesis generated (examples, coverage, positive and negative fuzzing)."""
    ok: int
    """How many of them got a 2xx response."""
    probes: int
    """Extra requests the checks sent themselves (e.g. `ignored_auth` without credentials)."""
    statuses: tuple[tuple[int, int], ...]
    """(status code, count) over the cases, sorted by code."""
    ids_ok: int
    """Known resource ids that were served at least once with a 2xx."""
    ids_total: int
    fingerprint: str
    """Digest of every request sent, in order: the same seed gives the same fingerprint."""
    response_seconds: float = 0.0
    """Time the target took to answer the cases (request sent to response read), summed."""

    @property
    def share_ok(self) -> float:
        return self.ok / self.cases if self.cases else 0.0


@dataclass(frozen=True)
class FuzzResult:
    """Everything one `fuzz` call found: per-operation statistics, failures, errors, skips."""

    operations: tuple[OperationStats, ...]
    failures: tuple[FuzzFailure, ...]
    errors: tuple[str, ...]
    """What kept schemathesis from testing something (unreachable server, bad schema)."""
    skipped: tuple[str, ...]
    """What was not fuzzed and why (live mode without a token or without ids)."""
    seed: int
    max_examples: int
    target: str
    elapsed: float
    shard: tuple[int, int] | None = None
    """`(K, N)` when only the K-th of N parts of the operations was fuzzed (`--shard K/N`)."""

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors and bool(self.operations)

    @property
    def cases(self) -> int:
        return sum(op.cases for op in self.operations)

    def table(self) -> str:
        """The per-operation table: cases, 2xx share, status codes, ids served."""
        header = ("api", "operation", "cases", "2xx", "share", "ids 2xx", "statuses")
        rows = [
            (
                op.api,
                op.operation_id,
                str(op.cases),
                str(op.ok),
                f"{op.share_ok:.0%}",
                f"{op.ids_ok}/{op.ids_total}",
                " ".join(f"{code}:{count}" for code, count in op.statuses),
            )
            for op in self.operations
        ]
        widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
        lines = []
        for row in (header, *rows):
            cells = [
                cell.rjust(w) if i >= 2 else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row[:-1], widths, strict=True))
            ]
            lines.append("  ".join([*cells, row[-1]]).rstrip())
        return "\n".join(lines)

    def summary(self) -> str:
        rate = self.cases / self.elapsed if self.elapsed else 0.0
        verdict = (
            "ok" if self.ok else f"{len(self.failures)} failure(s), {len(self.errors)} error(s)"
        )
        return (
            f"fuzz: {verdict}: {self.cases} cases over {len(self.operations)} operation(s) against "
            f"{self.target} in {self.elapsed:.1f}s ({rate:.0f} cases/s), seed {self.seed}, "
            f"max-examples {self.max_examples}"
            + (f", shard {self.shard[0]}/{self.shard[1]}" if self.shard else "")
        )
