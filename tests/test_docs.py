"""`docspecs docs`: reference pages that open in a real browser with every operation and response.

The browser is headless Chromium (Debian's `chromium`; `nox -s tests` installs it when missing).
Each page's screenshot is kept in build/test-artifacts/ (or $DOCSPECS_TEST_ARTIFACTS), which the
CI workflow uploads.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from docspecs import Project
from docspecs.cli import main
from docspecs.docs import REDOCLY_VERSION, reference_document, render_docs

REPO_ROOT = Path(__file__).resolve().parent.parent
PROJECT = Project(REPO_ROOT)
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def artifacts_dir() -> Path:
    folder = Path(
        os.environ.get("DOCSPECS_TEST_ARTIFACTS") or REPO_ROOT / "build" / "test-artifacts"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    render_docs(PROJECT, [], out)
    return out


@pytest.fixture(scope="module")
def chromium() -> str:
    found = os.environ.get("DOCSPECS_CHROMIUM") or next(
        filter(None, map(shutil.which, BROWSERS)), None
    )
    if found is None:
        pytest.skip(
            "no Chromium on this machine (looked for chromium, chromium-browser, google-chrome and "
            "$DOCSPECS_CHROMIUM): `nox -s tests` installs Debian's chromium package when it can "
            "(root and apt-get); elsewhere install it and rerun"
        )
    return found


def browse(chromium: str, page: Path, *args: str) -> str:
    """Run headless Chromium on a file; its stdout (the DOM with --dump-dom)."""
    command = [
        chromium,
        "--headless",
        "--no-sandbox",  # root in CI containers
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--virtual-time-budget=15000",  # let Redoc hydrate before the dump or the screenshot
        *args,
        page.resolve().as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def sections(dom: str) -> dict[str, str]:
    """operationId -> the visible text of its section on the page."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", "", dom, flags=re.S)
    starts = [
        (m.start(), m["id"]) for m in re.finditer(r'data-section-id="operation/(?P<id>[^"]+)"', dom)
    ]
    found: dict[str, str] = {}
    for index, (start, operation_id) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(dom)
        text = html.unescape(re.sub(r"<[^>]+>", " ", dom[start:end]))
        found[operation_id] = re.sub(r"\s+", " ", text)
    return found


def resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def expected(document: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """operationId -> response status -> the property names of its JSON body schema."""
    operations: dict[str, dict[str, list[str]]] = {}
    for path_item in document.get("paths", {}).values():
        for method in METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            responses: dict[str, list[str]] = {}
            for status, response in operation.get("responses", {}).items():
                content = resolve(document, response).get("content", {})
                schema = resolve(document, content.get("application/json", {}).get("schema", {}))
                responses[status] = sorted(schema.get("properties", {}))
            operations[operation["operationId"]] = responses
    return operations


@pytest.mark.slow
@pytest.mark.parametrize("api", PROJECT.apis())
def test_page_opens_in_chromium_with_every_operation_and_response_schema(
    pages: Path, chromium: str, api: str
) -> None:
    page = pages / f"{api}.html"
    shot = artifacts_dir() / f"docs-{api}.png"
    shot.unlink(missing_ok=True)
    browse(chromium, page, f"--screenshot={shot}", "--window-size=1280,2400")
    assert shot.stat().st_size > 10_000, "the screenshot is empty"
    on_page = sections(browse(chromium, page, "--dump-dom"))
    document = reference_document(PROJECT, api)
    wanted = expected(document)
    assert set(on_page) == set(wanted)
    for operation_id, responses in wanted.items():
        text = on_page[operation_id]
        assert str(document.get("info", {}).get("title")) not in ("", "None")
        for status, properties in responses.items():
            assert f" {status} " in f" {text} ", (
                f"{api} {operation_id}: response {status} not shown"
            )
            if properties:
                assert "Response Schema" in text, f"{api} {operation_id}: no response schema"
            for name in properties:
                assert f" {name} " in text, (
                    f"{api} {operation_id} {status}: property {name} not shown"
                )


@pytest.mark.slow
def test_pages_are_deterministic_and_indexed(pages: Path, tmp_path: Path) -> None:
    again = render_docs(PROJECT, [], tmp_path)
    assert [p.name for p in again] == [*(f"{api}.html" for api in PROJECT.apis()), "index.html"]
    for page in again:
        assert page.read_bytes() == (pages / page.name).read_bytes(), page.name
    index = (tmp_path / "index.html").read_text()
    for api in PROJECT.apis():
        assert f'href="{api}.html"' in index
    assert "cdn.redocly.com" not in (tmp_path / f"{PROJECT.apis()[0]}.html").read_text()


def test_unknown_api_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["--root", str(REPO_ROOT), "docs", "--out", str(tmp_path), "nosuchapi"])
    assert code == 2
    assert "unknown API 'nosuchapi'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_without_npm_the_error_says_what_to_install(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCSPECS_REDOCLY_PREFIX", str(tmp_path / "prefix"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code = main(["--root", str(REPO_ROOT), "docs", "--out", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert "npm not found" in err and "@redocly/cli@" in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_a_relative_redocly_prefix_is_read_from_the_working_directory(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nox passes its cache folder as a relative path; the pages are built from elsewhere."""
    monkeypatch.chdir(REPO_ROOT)
    monkeypatch.setenv("DOCSPECS_REDOCLY_PREFIX", f".docspecs-cache/redocly-cli-{REDOCLY_VERSION}")
    api = PROJECT.apis()[0]
    render_docs(PROJECT, [api], tmp_path)
    assert (tmp_path / f"{api}.html").read_bytes() == (pages / f"{api}.html").read_bytes()


def test_a_failing_renderer_is_an_error_naming_the_api(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redocly's own message reaches the user, with the API, and no traceback."""
    prefix = tmp_path / "prefix"
    redocly = prefix / "node_modules" / ".bin" / "redocly"
    redocly.parent.mkdir(parents=True)
    redocly.write_text(
        f"#!{sys.executable}\nimport sys\n"
        "print('Something went wrong: bad spec', file=sys.stderr)\nsys.exit(1)\n"
    )
    redocly.chmod(0o755)
    manifest = prefix / "node_modules" / "@redocly" / "cli" / "package.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"version": REDOCLY_VERSION}))
    monkeypatch.setenv("DOCSPECS_REDOCLY_PREFIX", str(prefix))
    api = PROJECT.apis()[0]
    code = main(["--root", str(REPO_ROOT), "docs", "--out", str(tmp_path / "out"), api])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{api}: redocly build-docs failed (exit 1)" in err
    assert "Something went wrong: bad spec" in err
    assert "Traceback" not in err
