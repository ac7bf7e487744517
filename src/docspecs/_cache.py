"""What each API's generated packages were made from: the input digest and the lock file.

`generated/.docspecs-lock.json` records, per API, a SHA-256 over every input of its generation
(spec files, overlays, generator settings, pinned generator versions, templates and docspecs'
own generation code),
the version the packages were given and a SHA-256 of every file it wrote (`outputs`).
`docspecs generate` skips an API whose digest is unchanged and whose packages are present;
`docspecs check` compares the inputs' digest and the files' hashes with the lock, without
regenerating. Nothing here imports a generator, so both stay fast.

docspecs' own code enters the digest as its syntax tree without docstrings and comments
(`ast.dump`, Python 3.11), so editing the documentation of generate.py regenerates nothing and
does not make `check` fail.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from docspecs._project import SETTINGS_FILE, Project, client_package, models_package

LOCK_FILE = ".docspecs-lock.json"
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff")
_PACKAGE_DIR = Path(__file__).resolve().parent
# docspecs' own code that shapes the output: a change here regenerates every API.
_OWN_CODE = (
    "bundle.py",
    "_bundler.py",
    "_convert.py",
    "_generators.py",
    "document.py",
    "overlay.py",
    "generate.py",
    "_prepare.py",
    "_settings.py",
    "_selftest.py",
    "_cache.py",
    "_project.py",
)
_SKIP_SPEC_FILES = {".md"}
_IGNORED_DIRS = {"__pycache__", ".git", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


@dataclass(frozen=True)
class LockEntry:
    """One API in the lock: input digest, version, and `<dist>/<path>` -> SHA-256 of every file
    of both packages (None in a lock written before output hashes were recorded)."""

    inputs: str
    version: str
    outputs: dict[str, str] | None = None
    # `shared_digest()` of the run that wrote it: tells a release whose templates, generator
    # settings or generator versions changed too (None in a lock written before it was recorded)
    shared: str | None = None


def _files_under(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if d not in _IGNORED_DIRS)
        found.extend(Path(dirpath) / name for name in filenames if not name.endswith(".pyc"))
    return sorted(found, key=lambda p: p.relative_to(directory).as_posix())


def _readable_inside(path: Path, directory: Path) -> bool:
    """Is `path` a regular file (symlinks followed) that stays inside `directory`?"""
    resolved = path.resolve()
    return resolved.is_file() and resolved.is_relative_to(directory.resolve())


def _feed(digest: Any, label: str, data: bytes) -> None:
    digest.update(f"{label}\0{len(data)}\0".encode())
    digest.update(data)


def generator_versions() -> dict[str, str]:
    """The installed versions of the generators and the formatter (pinned in pyproject.toml)."""
    return {name: metadata.version(name) for name in GENERATORS}


def shared_digest() -> str:
    """Digest of the inputs every API shares: generator versions, templates, docspecs' code."""
    digest = hashlib.sha256()
    for name, version in generator_versions().items():
        _feed(digest, f"generator:{name}", version.encode())
    templates = _PACKAGE_DIR / "templates"
    for path in _files_under(templates):
        _feed(digest, f"template:{path.relative_to(templates).as_posix()}", path.read_bytes())
    for name in _OWN_CODE:
        path = _PACKAGE_DIR / name
        if path.exists():
            _feed(digest, f"code:{name}", _code_without_docs(path.read_bytes()))
    return digest.hexdigest()


def _code_without_docs(source: bytes) -> bytes:
    """The module's syntax tree without docstrings (comments are not in it), as bytes; the
    source itself when it does not parse."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return source
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            body[0] = ast.Pass()
    return ast.dump(tree, annotate_fields=False).encode()


def api_digest(project: Project, api: str, shared: str) -> str:
    """Digest of everything `api`'s packages are generated from (see the module docstring)."""
    digest = hashlib.sha256()
    _feed(digest, "shared", shared.encode())
    spec_dir = project.specs_dir / api
    for path in _files_under(spec_dir):
        # only what the bundler may read: a regular file inside the folder (a FIFO would block,
        # a link to /dev/zero never end; the bundler refuses both)
        if path.suffix not in _SKIP_SPEC_FILES and _readable_inside(path, spec_dir):
            _feed(digest, f"spec:{path.relative_to(spec_dir).as_posix()}", path.read_bytes())
    for path in project.api_overlays(api):
        _feed(digest, f"overlay:{path.name}", path.read_bytes())
    settings = project.overlays_dir / api / SETTINGS_FILE
    if settings.is_file():
        _feed(digest, "settings", settings.read_bytes())
    return digest.hexdigest()


def read_lock(project: Project) -> dict[str, LockEntry]:
    path = project.generated_dir / LOCK_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            api: LockEntry(
                inputs=str(entry["inputs"]),
                version=str(entry["version"]),
                outputs=(
                    {str(k): str(v) for k, v in entry["outputs"].items()}
                    if isinstance(entry.get("outputs"), dict)
                    else None
                ),
                shared=str(entry["shared"]) if isinstance(entry.get("shared"), str) else None,
            )
            for api, entry in data["apis"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def lock_text(entries: dict[str, LockEntry]) -> str:
    data = {
        "comment": (
            "Written by `docspecs generate`: per API, a digest of every generation input, "
            "the version given to its packages and a hash of every file written. Do not edit."
        ),
        "apis": {
            api: {"inputs": entry.inputs, "version": entry.version}
            | ({"outputs": entry.outputs} if entry.outputs is not None else {})
            | ({"shared": entry.shared} if entry.shared is not None else {})
            for api, entry in sorted(entries.items())
        },
    }
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def packages_present(project: Project, api: str) -> bool:
    generated = project.generated_dir
    return all(
        (generated / dist / "pyproject.toml").is_file()
        for dist in (client_package(api)[0], models_package(api)[0])
    )


# Build and tool litter that may sit in a package directory (editable installs, caches).
_LITTER_DIRS = {"__pycache__", "build", "dist", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


def output_hashes(generated: Path, api: str) -> dict[str, str]:
    """`<dist>/<path>` -> SHA-256 of every file of `api`'s two packages under `generated`."""
    return {
        f"{dist}/{name}": hashlib.sha256(data).hexdigest()
        for dist in (client_package(api)[0], models_package(api)[0])
        for name, data in sorted(package_files(generated / dist).items())
    }


def package_files(root: Path) -> dict[str, bytes]:
    """Every file of a generated package (relative posix path -> bytes), without build litter."""
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in _LITTER_DIRS and not d.endswith(".egg-info")]
        for name in filenames:
            if not name.endswith(".pyc"):
                path = Path(dirpath) / name
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files
