"""`scripts/_prism.py`: a failed Prism install for the benchmarks is a message, not a traceback."""

from __future__ import annotations

import importlib.util
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "_prism.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_prism_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_npm(tmp_path: Path, body: str) -> Path:
    npm = tmp_path / "npm"
    npm.write_text(f"#!{sys.executable}\nimport sys\n{body}\n")
    npm.chmod(npm.stat().st_mode | stat.S_IXUSR)
    return npm


def test_a_failed_npm_install_exits_naming_the_package_and_npm_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prism = _load()
    lines = [f"npm error line {i}" for i in range(60)]
    stderr = "".join(f"{line}\n" for line in lines)
    npm = _fake_npm(tmp_path, f"sys.stderr.write({stderr!r})\nsys.exit(1)")
    monkeypatch.setattr(prism.shutil, "which", lambda name: str(npm))
    with pytest.raises(SystemExit) as info:
        prism.prism_bin(tmp_path / "prefix")
    message = str(info.value.code)
    assert prism.PRISM_PACKAGE in message and "npm install" in message
    assert "exit 1" in message
    assert lines[-1] in message  # the tail of npm's stderr ...
    assert lines[0] not in message  # ... not all of it


def test_npm_that_cannot_run_exits_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prism = _load()
    missing = tmp_path / "not-there" / "npm"
    monkeypatch.setattr(prism.shutil, "which", lambda name: str(missing))
    with pytest.raises(SystemExit) as info:
        prism.prism_bin(tmp_path / "prefix")
    assert prism.PRISM_PACKAGE in str(info.value.code)
