"""The simulator's mutable state: the seeded resources and how often each was read.

Time moves by reads: a resource that is still moving shows its first stage for
`reads_until_terminal` reads and its terminal stage from then on. `reset()` goes back to the
seeded state. Safe to use from the server's thread and a test's thread at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from docspecs.simulator._data import Resource, Seed, make_seed


class Seeded(Protocol):
    """What the state needs of a vendor (`_registry.Vendor` is one): its name and resources."""

    @property
    def name(self) -> str: ...

    @property
    def resources(self) -> Callable[[Seed], tuple[Resource, ...]]: ...


class State:
    """The resources of `vendors` for `seed`, and how often each was read."""

    def __init__(self, seed: int, reads_until_terminal: int, vendors: Iterable[Seeded]) -> None:
        if reads_until_terminal < 0:
            raise ValueError("reads_until_terminal must be >= 0")
        self.seed = seed
        self.reads_until_terminal = reads_until_terminal
        vendors = tuple(vendors)
        seeded = make_seed(seed) if vendors else None
        self._seeded: dict[str, tuple[Resource, ...]] = {
            vendor.name: vendor.resources(seeded) for vendor in vendors if seeded is not None
        }
        self._index: dict[tuple[str, str], Resource] = {}
        for vendor, resources in self._seeded.items():
            for resource in resources:
                self._index[(vendor, resource.id)] = resource
        self._lock = threading.Lock()
        self._reads: dict[tuple[str, str], int] = {}

    def reset(self) -> None:
        with self._lock:
            self._reads.clear()

    def _stage(self, key: tuple[str, str]) -> int:
        return 0 if self._reads.get(key, 0) < self.reads_until_terminal else 1

    def read(self, vendor: str, resource_id: str, kind: str | None = None) -> dict[str, Any] | None:
        """The resource as this read sees it (counting the read), or None when unknown."""
        key = (vendor, resource_id)
        resource = self._index.get(key)
        if resource is None or (kind is not None and resource.kind != kind):
            return None
        if len(resource.stages) == 1:
            return resource.stages[0]
        with self._lock:
            stage = self._stage(key)
            self._reads[key] = self._reads.get(key, 0) + 1
        return resource.stages[stage]

    def resources(self, vendor: str) -> dict[str, list[dict[str, str]]]:
        """`{kind: [{"id", "status"}]}` as the next read would see them (not counted)."""
        out: dict[str, list[dict[str, str]]] = {}
        with self._lock:
            for resource in self._seeded.get(vendor, ()):
                stage = self._stage((vendor, resource.id)) if len(resource.stages) > 1 else 0
                out.setdefault(resource.kind, []).append(
                    {"id": resource.id, "status": resource.status(stage)}
                )
        return out
