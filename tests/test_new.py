"""`docspecs new`: a new API that passes lint, generate and check at once; bad input refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from docspecs.cli import _new_next_steps, main

REPO_ROOT = Path(__file__).resolve().parent.parent
ACME = ["new", "acme", "--title", "Acme Docs: API", "--server", "https://api.acme.example/v1"]


def run(capsys: pytest.CaptureFixture[str], root: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--root", str(root), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty project: a specs/ folder and nothing else."""
    (tmp_path / "specs").mkdir()
    return tmp_path


def test_new_writes_the_layout_and_prints_next_steps(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    code, out, _ = run(capsys, root, *ACME)
    assert code == 0
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert files == [
        "overlays/acme/90-client-runtime.yaml",
        "specs/acme/README.md",
        "specs/acme/examples/get_example-ok.json",
        "specs/acme/examples/get_example-unauthorized.json",
        "specs/acme/openapi.yaml",
        "specs/acme/sources/README.md",
    ]
    assert out.endswith(_new_next_steps("acme") + "\n")
    spec = (root / "specs/acme/openapi.yaml").read_text()
    assert 'url: "https://api.acme.example/v1"' in spec
    assert 'title: "Acme Docs: API"' in spec
    readme = (root / "specs/acme/README.md").read_text()
    for heading in ("## Sources", "## Decisions", "## Deviations from the pages"):
        assert heading in readme


def test_readme_adding_a_vendor_is_the_commands_output() -> None:
    """README's steps for adding a vendor are what `docspecs new acme` prints."""
    readme = (REPO_ROOT / "README.md").read_text()
    assert _new_next_steps("acme") in readme


@pytest.mark.slow
def test_new_api_passes_lint_generate_and_check(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    assert run(capsys, root, *ACME)[0] == 0
    code, out, err = run(capsys, root, "lint", "acme")
    assert (code, out) == (0, ""), err
    code, out, err = run(capsys, root, "generate", "acme")
    assert code == 0, out + err
    assert (root / "generated/acme-client/acme_client/__init__.py").is_file()
    assert (root / "generated/acme-models/acme_models/__init__.py").is_file()
    client = (root / "generated/acme-client/acme_client/client.py").read_text()
    assert '"ACME_API_TOKEN"' in client
    assert "https://api.acme.example/v1" in client
    code, out, err = run(capsys, root, "check", "acme")
    assert code == 0, out + err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["new", "3d", "--title", "t", "--server", "https://x.example"], "API name '3d'"),
        (["new", "a.b", "--title", "t", "--server", "https://x.example"], "API name 'a.b'"),
        (["new", "acme", "--title", " ", "--server", "https://x.example"], "--title"),
        (["new", "acme", "--title", "a\nb", "--server", "https://x.example"], "--title"),
        (["new", "acme", "--title", "t", "--server", "api.acme.example"], "--server"),
        (["new", "acme", "--title", "t", "--server", "ftp://x.example"], "--server"),
        (["new", "acme", "--title", "t", "--server", "https://x.example/?a=1"], "--server"),
    ],
)
def test_bad_input_exits_2_naming_the_parameter_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], root: Path, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, root, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert list(root.rglob("*")) == [root / "specs"]


def test_credentials_in_the_server_url_are_refused_and_not_echoed(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    argv = ["new", "acme", "--title", "t", "--server", "https://me:s3cr3t-token@x.example"]
    code, out, err = run(capsys, root, *argv)
    assert code == 2
    assert "credentials" in err
    assert "s3cr3t-token" not in out + err
    assert list(root.rglob("*")) == [root / "specs"]


def test_an_existing_api_is_not_overwritten(capsys: pytest.CaptureFixture[str], root: Path) -> None:
    (root / "overlays" / "acme").mkdir(parents=True)
    code, _, err = run(capsys, root, *ACME)
    assert code == 2
    assert "overlays/acme: already exists" in err
    assert not (root / "specs" / "acme").exists()


def test_a_hyphenated_name_gets_the_variables_every_command_uses(
    capsys: pytest.CaptureFixture[str], root: Path
) -> None:
    code, out, _ = run(
        capsys, root, "new", "my-api", "--title", "T", "--server", "https://x.example"
    )
    assert code == 0
    overlay = (root / "overlays" / "my-api" / "90-client-runtime.yaml").read_text()
    assert "MY_API_API_TOKEN" in overlay and "MY_API_BASE_URL" in overlay
    assert "MY_API_API_TOKEN" in out
