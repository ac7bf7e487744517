"""The public surface: `docspecs.__all__` lists every public name of the package, sorted."""

from __future__ import annotations
import __future__

import types

import docspecs
import docspecs.lint


def isort_order(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps `__all__` in: CONSTANTS, then Classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def test_all_is_sorted() -> None:
    assert docspecs.__all__ == sorted(docspecs.__all__, key=isort_order)


def test_all_names_exist() -> None:
    for name in docspecs.__all__:
        assert hasattr(docspecs, name), name


def test_all_is_complete() -> None:
    """Every public, non-module attribute of the package is exported (submodules are imported
    as attributes when loaded, and are reached as `docspecs.<step>` instead)."""
    public = {
        name
        for name, value in vars(docspecs).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType | __future__._Feature)
    }
    assert public == set(docspecs.__all__)


def test_step_modules_export_their_function_sorted() -> None:
    assert docspecs.lint.__all__ == sorted(docspecs.lint.__all__, key=isort_order)
    assert "lint" in docspecs.lint.__all__
    for name in docspecs.lint.__all__:
        assert hasattr(docspecs.lint, name), name
