"""Project: which APIs there are and which overlays apply to each."""

from __future__ import annotations

from pathlib import Path

import pytest

from docspecs import DocspecsError, Project
from docspecs._project import api_name_problem, client_package, env_prefix, models_package


def make(root: Path, files: list[str]) -> Project:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x: 1\n")
    (root / "specs").mkdir(exist_ok=True)
    return Project(root)


def test_select_with_no_api_is_an_error_not_an_empty_selection(tmp_path: Path) -> None:
    project = make(tmp_path, ["specs/notes/README.md"])
    with pytest.raises(DocspecsError) as raised:
        project.select([])
    assert str(raised.value) == (
        f"{tmp_path / 'specs'}: no <api>/openapi.yaml found; is {tmp_path} the docspecs "
        "project? (run from the repository or pass --root)"
    )


def test_select_gives_all_apis_or_the_named_ones(tmp_path: Path) -> None:
    project = make(tmp_path, ["specs/b/openapi.yaml", "specs/a/openapi.yaml"])
    assert project.select([]) == ["a", "b"]
    assert project.select(["b", "b"]) == ["b"]


def test_overlays_are_yaml_and_yml_files_in_file_name_order(tmp_path: Path) -> None:
    project = make(
        tmp_path,
        [
            "overlays/x/90-last.yaml",
            "overlays/x/50-x.yml",
            "overlays/x/01-first.yaml",
            "overlays/x/README.md",
            "overlays/x/.gitkeep",
        ],
    )
    assert [p.name for p in project.api_overlays("x")] == [
        "01-first.yaml",
        "50-x.yml",
        "90-last.yaml",
    ]
    assert project.api_overlays("none") == []


@pytest.mark.parametrize(
    "name", ["50-x.json", "10-a.yaml.bak", "notes.txt", "settings.toml", "generator_settings.toml"]
)
def test_any_other_file_in_an_overlay_folder_is_an_error_naming_it(
    tmp_path: Path, name: str
) -> None:
    project = make(tmp_path, ["overlays/x/01-a.yaml", f"overlays/x/{name}"])
    with pytest.raises(DocspecsError) as raised:
        project.api_overlays("x")
    assert str(raised.value) == (
        f"overlays/x/{name}: not an overlay: overlays/x/ may hold only *.yaml and *.yml files "
        "(and a README.md, the API's generator-settings.toml and dotfiles); "
        "rename it or move it out"
    )


def test_a_folder_in_an_overlay_folder_is_an_error(tmp_path: Path) -> None:
    project = make(tmp_path, ["overlays/x/old/01-a.yaml"])
    with pytest.raises(DocspecsError, match=r"^overlays/x/old: not an overlay"):
        project.api_overlays("x")


@pytest.mark.parametrize(
    "name", ["my api", "a.b", "3d", "..x", "a--b", "-a", "b_", "ünï", "abc\n", "_x", "x_"]
)
def test_api_folders_that_cannot_become_packages_are_refused_naming_the_folder(
    tmp_path: Path, name: str
) -> None:
    project = make(tmp_path, ["specs/good/openapi.yaml", f"specs/{name}/openapi.yaml"])
    with pytest.raises(DocspecsError) as raised:
        project.select([])
    message = str(raised.value)
    assert message.startswith(f"specs/{name}/: {name!r} cannot name an API")
    assert "rename the folder (for example to '" in message
    suggested = message.split("for example to '", 1)[1].split("'", 1)[0]
    assert api_name_problem(suggested) is None


def test_hyphens_map_to_import_and_variable_names(tmp_path: Path) -> None:
    project = make(tmp_path, ["specs/my-api/openapi.yaml", "specs/aws_textract/openapi.yaml"])
    assert project.select([]) == ["aws_textract", "my-api"]
    assert client_package("my-api") == ("my-api-client", "my_api_client")
    assert models_package("my-api") == ("my-api-models", "my_api_models")
    assert env_prefix("my-api") + "_API_TOKEN" == "MY_API_API_TOKEN"
    for api in ("my-api", "aws_textract", "extend"):
        assert client_package(api)[1].isidentifier()
        assert models_package(api)[1].isidentifier()
        assert env_prefix(api).isidentifier()


@pytest.mark.parametrize(("one", "other"), [("my-api", "my_api"), ("MyApi", "myapi")])
def test_two_folders_with_one_import_name_are_refused(tmp_path: Path, one: str, other: str) -> None:
    """`MyApi` and `myapi` gave distributions pip reads as one (`myapi-client`) and the same
    MYAPI_API_TOKEN variable."""
    project = make(tmp_path, [f"specs/{one}/openapi.yaml", f"specs/{other}/openapi.yaml"])
    with pytest.raises(DocspecsError, match="would both become the package"):
        project.apis()


def test_an_api_name_too_long_for_file_names_is_refused(tmp_path: Path) -> None:
    """A 250-character folder name passed discovery and failed in generate with an OS error."""
    name = "a" * 250
    project = make(tmp_path, [f"specs/{name}/openapi.yaml"])
    with pytest.raises(DocspecsError) as raised:
        project.apis()
    assert f"specs/{name}/: aaaaaaaaaaaaaaaaaaaa... (250 characters) is too long" in str(
        raised.value
    )
    assert api_name_problem("a" * 64) is None


def test_the_input_digest_reads_only_regular_files_inside_the_spec_folder(tmp_path: Path) -> None:
    """A FIFO in specs/<api>/ made `generate` wait for ever while hashing its inputs, and a link
    to /dev/zero would never end: the digest reads what the bundler may read, nothing else."""
    import os

    from docspecs._cache import api_digest

    project = make(tmp_path, ["specs/demo/openapi.yaml"])
    before = api_digest(project, "demo", "shared")
    os.mkfifo(tmp_path / "specs" / "demo" / "pipe.yaml")
    (tmp_path / "specs" / "demo" / "zero.yaml").symlink_to("/dev/zero")
    (tmp_path / "outside.yaml").write_text("secret: 1\n")
    (tmp_path / "specs" / "demo" / "out.yaml").symlink_to(tmp_path / "outside.yaml")
    assert api_digest(project, "demo", "shared") == before
