"""Which operations one shard of a run fuzzes (`--shard K/N`), the same on every machine.

The operations of the selected APIs, sorted by (API, operationId), are dealt out in turn:
the i-th (from 0) goes to shard `i % N + 1`. Every operation is in exactly one shard, the parts
differ in size by at most one, and the split depends only on the specs, never on the target, the
seed or the environment, so N CI jobs with the same arguments but `K` cover the run once.
Each operation's cases depend only on the seed and the operation, so an operation sends the same
requests in its shard as in an unsharded run.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docspecs._errors import DocspecsError
from docspecs.fuzz._operations import spec_operations


def parse_shard(text: str) -> tuple[int, int]:
    """`"K/N"` as (K, N), 1 <= K <= N; `DocspecsError` naming `--shard` otherwise."""
    index, slash, total = text.partition("/")
    try:
        shard = (int(index), int(total)) if slash else None
    except ValueError:
        shard = None
    if shard is None:
        raise DocspecsError(f"--shard {text!r}: expected K/N, e.g. 1/4")
    check_shard(shard)
    return shard


def check_shard(shard: tuple[int, int]) -> None:
    index, total = shard
    if total < 1 or not 1 <= index <= total:
        raise DocspecsError(
            f"--shard {index}/{total}: expected K/N with 1 <= K <= N (shards count from 1)"
        )


def shard_operations(
    specs: Mapping[str, Mapping[str, Any]], shard: tuple[int, int]
) -> frozenset[tuple[str, str]]:
    """The (API, operationId) pairs shard `K/N` fuzzes, out of every operation in `specs`."""
    check_shard(shard)
    index, total = shard
    every = sorted(
        (api, op.operation_id) for api, spec in specs.items() for op in spec_operations(spec, [])
    )
    return frozenset(pair for i, pair in enumerate(every) if i % total == index - 1)
