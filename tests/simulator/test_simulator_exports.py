"""The simulator's public surface: `__all__` lists exactly the public names."""

from __future__ import annotations

import types

import pytest

import docspecs.simulator
import docspecs.testing


@pytest.mark.parametrize("module", [docspecs.simulator, docspecs.testing])
def test_all_is_exactly_the_public_names(module: types.ModuleType) -> None:
    for name in module.__all__:
        assert hasattr(module, name), name
    if module is docspecs.simulator:
        public = {
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and not isinstance(value, types.ModuleType)
            and name != "annotations"
        }
        assert public == set(module.__all__)
