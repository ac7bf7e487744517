"""Shared test fixtures. Add yours below; keep each one small and documented."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from docspecs import Project

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"


@pytest.fixture
def project_from(tmp_path: Path) -> Callable[..., Project]:
    """Build a throwaway project whose specs are copies of fixture folders.

    `project_from(FIXTURES / "invalid" / "ref-local-broken", ...)` copies each folder to
    `<tmp>/specs/<folder name>/`, so the folder name is the API name.
    """

    def make(*spec_dirs: Path) -> Project:
        for spec_dir in spec_dirs:
            shutil.copytree(spec_dir, tmp_path / "specs" / spec_dir.name)
        (tmp_path / "specs").mkdir(exist_ok=True)
        return Project(tmp_path)

    return make
