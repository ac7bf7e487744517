"""`docspecs docs`: a static HTML API reference per generator-ready document, for CI to publish.

    pages = render_docs(project, ["acme"], Path("build/docs"))   # [build/docs/acme.html, ...]

Each page is rendered by Redocly's CLI (`redocly build-docs`, the renderer of Redoc; pinned in
`REDOCLY_PACKAGE`), installed with npm into `.docspecs-cache/redocly-cli-<version>/` on first use
(or the folder `DOCSPECS_REDOCLY_PREFIX` names), never globally. A well-kept renderer rather than
our own templates: it shows every operation, parameter, schema and example the way API users know.
The page is one self-contained file (the Redoc bundle of the same installation inlined in place
of the CDN link `build-docs` writes; no web fonts), prerendered, with every response expanded; the
document given to it is the generator-ready one, with sorted keys, so the same specs and overlays
give the same bytes. Redocly's usage telemetry is switched off. `index.html` links the pages.

Errors (`DocspecsError`): npm missing or its install failing, Redocly failing on a document (its
own message, naming the API), an unknown API.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docspecs._errors import DocspecsError
from docspecs._outputs import check_output_file, check_output_folder, open_output
from docspecs._project import Project

__all__ = [
    "REDOCLY_PACKAGE",
    "REDOCLY_VERSION",
    "redocly_bin",
    "reference_document",
    "render_docs",
]

# 1.x renders classic Redoc (2.x): one page holding every operation, prerendered. 2.x renders the
# new Redoc, which routes each tag to its own path and so does not work as a file on its own.
REDOCLY_VERSION = "1.34.20"
REDOCLY_PACKAGE = f"@redocly/cli@{REDOCLY_VERSION}"
PREFIX_ENV = "DOCSPECS_REDOCLY_PREFIX"
# Redoc options on the page: every response shown open, no usage beacons from the page.
_PAGE_OPTIONS = ("--theme.openapi.expandResponses=all", "--disableGoogleFont")
# What `build-docs` writes in the page's head to load Redoc: replaced by that same bundle, inlined.
_CDN_SCRIPT = re.compile(
    r'<script src="https://cdn\.redocly\.com/redoc/v(?P<version>[0-9.]+)/bundles/'
    r'redoc\.standalone\.js"></script>'
)
_STDERR_TAIL = 20


def render_docs(project: Project, apis: Sequence[str], out: Path) -> list[Path]:
    """Render `<out>/<api>.html` for each API (all when `apis` is empty) and `<out>/index.html`.

    Returns the files written, pages first in API order, then the index. Raises
    `DocspecsError` before any work when `out` is not a folder (missing ones are created) or one
    of the pages is there as something other than a regular file (a FIFO, a folder, a device).
    """
    selected = project.select(apis)
    check_output_folder(out, "--out")  # before npm: a bad --out fails at once
    for name in [*(f"{api}.html" for api in selected), "index.html"]:
        check_output_file(out / name, "--out")
    executable = redocly_bin(_prefix(project))
    pages: list[Path] = []
    titles: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="docspecs-docs-") as work:
        for api in selected:
            document = reference_document(project, api)
            titles[api] = str(document.get("info", {}).get("title", api))
            source = Path(work, f"{api}.json")
            source.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
            page = out / f"{api}.html"
            _build_docs(executable, source, page, cwd=Path(work), api=api)
            pages.append(page)
    index = out / "index.html"
    with open_output(index, "--out") as file:
        file.write(_index(titles))
    return [*pages, index]


def reference_document(project: Project, api: str) -> dict[str, Any]:
    """The document an API's page shows: its generator-ready document, as JSON data."""
    from docspecs.diff._sources import generator_ready

    return generator_ready(project, api)


def redocly_bin(prefix: Path) -> Path:
    """The pinned `redocly` executable, installed with npm into `prefix` if it is not there."""
    prefix = prefix.resolve()  # the pages are built from another working directory
    executable = prefix / "node_modules" / ".bin" / "redocly"
    manifest = prefix / "node_modules" / "@redocly" / "cli" / "package.json"
    installed = json.loads(manifest.read_text()).get("version") if manifest.exists() else None
    if executable.exists() and installed == REDOCLY_VERSION:
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise DocspecsError(
            f"npm not found: the reference pages are rendered by {REDOCLY_PACKAGE}, installed "
            "with npm (Node.js 20 or later)"
        )
    prefix.mkdir(parents=True, exist_ok=True)
    options = ["--no-audit", "--no-fund", "--loglevel=error"]
    command = [npm, "install", "--prefix", str(prefix), *options, REDOCLY_PACKAGE]
    _run(command, failed=f"npm install of {REDOCLY_PACKAGE} into {prefix} failed", cwd=prefix)
    return executable


def _prefix(project: Project) -> Path:
    configured = os.environ.get(PREFIX_ENV)
    if configured:
        return Path(configured)
    return project.root / ".docspecs-cache" / f"redocly-cli-{REDOCLY_VERSION}"


def _build_docs(executable: Path, source: Path, page: Path, *, cwd: Path, api: str) -> None:
    command = [
        str(executable),
        "build-docs",
        source.name,
        "--output",
        str(page.resolve()),
        *_PAGE_OPTIONS,
    ]
    _run(command, failed=f"{api}: redocly build-docs failed", cwd=cwd)
    _inline_redoc(page, executable)


def _inline_redoc(page: Path, executable: Path) -> None:
    """Put the Redoc bundle of this installation into the page in place of its CDN link.

    The page then works as a file or from any static host without a third-party request. The
    link's version must be the installed Redoc's: anything else means the pinned CLI changed.
    """
    text = page.read_text(encoding="utf-8")
    found = _CDN_SCRIPT.search(text)
    redoc = executable.parent.parent / "redoc"
    manifest = redoc / "package.json"
    version = json.loads(manifest.read_text()).get("version") if manifest.exists() else None
    if found is None or found["version"] != version:
        raise DocspecsError(
            f"{page}: redocly build-docs did not link Redoc {version} as expected; "
            f"{REDOCLY_PACKAGE} may have changed how it writes pages"
        )
    bundle = (redoc / "bundles" / "redoc.standalone.js").read_text(encoding="utf-8")
    if "</script" in bundle:
        raise DocspecsError(f"{redoc}: the Redoc bundle cannot be inlined (holds </script)")
    start, end = found.span()
    page.write_text(text[:start] + "<script>" + bundle + "</script>" + text[end:], "utf-8")


def _run(command: list[str], *, failed: str, cwd: Path) -> None:
    """Run a Node tool quietly; on failure raise with the end of its output."""
    env = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "NO_COLOR": "1",
    }
    try:
        subprocess.run(
            command, check=True, capture_output=True, text=True, errors="replace", cwd=cwd, env=env
        )
    except OSError as error:
        raise DocspecsError(f"{failed}: cannot run {command[0]} ({error.strerror})") from None
    except subprocess.CalledProcessError as error:
        output = (error.stderr or "") + (error.stdout or "")
        tail = "\n".join(f"  {line}" for line in output.splitlines()[-_STDERR_TAIL:])
        raise DocspecsError(
            f"{failed} (exit {error.returncode}); its output ends with:\n{tail or '  (nothing)'}"
        ) from None


def _index(titles: dict[str, str]) -> str:
    items = "\n".join(
        f'    <li><a href="{html.escape(api)}.html">{html.escape(title)}</a> ({html.escape(api)})'
        "</li>"
        for api, title in titles.items()
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n'
        "  <title>API reference</title>\n</head>\n<body>\n  <h1>API reference</h1>\n"
        f"  <ul>\n{items}\n  </ul>\n</body>\n</html>\n"
    )
