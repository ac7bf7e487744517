"""Where things live in a docspecs project; the naming rules for APIs and packages in one place.

An API is named by its folder `specs/<api>/`. The name must start with an ASCII letter and hold
only letters, digits and single `-` or `_` between them (`acme`, `my-api`, `aws_textract`):
`-` maps to `_` for Python and the environment (`my-api` -> distribution `my-api-client`, import
`my_api_client`, variables `MY_API_API_TOKEN`), and anything else (`my api`, `a.b`, `3d`, `..x`,
`a--b`) could not become an importable package or a variable name, so discovery refuses it,
naming the folder and what to rename it to. Two folders that map to the same import name
(`my-api` and `my_api`, or `MyApi` and `myapi`: pip and the environment variables do not tell
case apart) are refused too, and so is a name longer than 64 characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docspecs._errors import DocspecsError
from docspecs._findings import display_path

SPEC_FILE = "openapi.yaml"
OVERLAY_SUFFIXES = (".yaml", ".yml")
# The API's generator settings (docspecs._settings), kept beside its overlays; not an overlay.
SETTINGS_FILE = "generator-settings.toml"
#: An overlay named `<NN>-<purpose>.pre-bundle.yaml` (or `.yml`) acts on the spec's root file
#: before bundling (it can repair a `$ref`); every other overlay acts on the bundled document.
PRE_BUNDLE_MARK = ".pre-bundle"
_API_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*")
#: Longest API name: `generated/<api>-models/` and the paths under it stay far from the 255-byte
#: file-name limit (and Windows' 260-character paths) on every platform.
MAX_API_NAME = 64


@dataclass(frozen=True)
class Project:
    """A checkout of the repository: `specs/<api>/openapi.yaml`, `overlays/<api>/`, `generated/`."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The nearest directory at or above `start` (default: cwd) that has a `specs/` folder."""
        here = (start or Path.cwd()).resolve()
        for candidate in (here, *here.parents):
            if (candidate / "specs").is_dir():
                return cls(candidate)
        raise DocspecsError(
            f"{here}: not inside a docspecs project (no specs/ folder here or above); "
            "run from the repository or pass --root"
        )

    @property
    def specs_dir(self) -> Path:
        return self.root / "specs"

    @property
    def overlays_dir(self) -> Path:
        return self.root / "overlays"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    def apis(self) -> list[str]:
        """Every API with a spec, sorted: the folders `specs/<api>/` holding an openapi.yaml.

        Raises `DocspecsError` for a folder whose name cannot become package and variable names
        (see the module docstring), naming the folder and a name to rename it to.
        """
        names = sorted(p.parent.name for p in self.specs_dir.glob(f"*/{SPEC_FILE}"))
        seen: dict[str, str] = {}
        for name in names:
            problem = api_name_problem(name)
            if problem:
                raise DocspecsError(f"{display_path(self.specs_dir / name, self.root)}/: {problem}")
            # pip reads distribution names without case (`MyApi-client` is `myapi-client`), and
            # the environment variables are upper case: folders differing only so would collide
            other = seen.setdefault(identifier(name).lower(), name)
            if other != name:
                raise DocspecsError(
                    f"{display_path(self.specs_dir / name, self.root)}/: the API folders {other!r} "
                    f"and {name!r} would both become the package "
                    f"{client_package(name)[1].lower()} (pip and the environment variables tell "
                    "neither '-' from '_' nor upper from lower case); rename one of them"
                )
        return names

    def select(self, names: Sequence[str]) -> list[str]:
        """The APIs named on a command line (all when none), or an error naming the unknown one."""
        known = self.apis()
        for name in names:
            if name not in known:
                raise DocspecsError(
                    f"unknown API {name!r}: expected one of {', '.join(known) or '(none)'} "
                    f"(a folder under {self.specs_dir} with an {SPEC_FILE})"
                )
        if not known:
            # a wrong --root, or a cwd under some unrelated specs/ folder: checking nothing and
            # reporting "0 specs OK" would be a silently wrong result
            raise DocspecsError(
                f"{self.specs_dir}: no <api>/{SPEC_FILE} found; is {self.root} the docspecs "
                "project? (run from the repository or pass --root)"
            )
        return list(dict.fromkeys(names)) if names else known

    def spec_path(self, api: str) -> Path:
        return self.specs_dir / api / SPEC_FILE

    def examples_dir(self, api: str) -> Path:
        return self.specs_dir / api / "examples"

    def api_overlays(self, api: str) -> list[Path]:
        """The overlays for `api` (`*.yaml` and `*.yml`), in the file-name order they are applied
        (both kinds: `is_pre_bundle` tells the ones that act before bundling).

        Any other entry of `overlays/<api>/` (a `50-x.json`, a `10-x.yaml.bak`, a folder) raises
        rather than being skipped: whoever put it there most likely meant it to apply, and a
        generated client silently missing an overlay is a wrong result nobody is told about.
        Raising here, not as a lint finding, covers every step that applies overlays (generate,
        check, diff), with or without a lint run first. `README.md` (documents the folder) and
        hidden files (`.gitkeep`, editor swap files) are left alone, and so is the API's
        `generator-settings.toml` (docspecs._settings).
        """
        folder = self.overlays_dir / api
        if not folder.is_dir():
            return []
        overlays: list[Path] = []
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            if path.name.startswith(".") or path.name in ("README.md", SETTINGS_FILE):
                continue
            if not (path.is_file() and path.suffix in OVERLAY_SUFFIXES):
                raise DocspecsError(
                    f"{display_path(path, self.root)}: not an overlay: overlays/{api}/ may hold "
                    f"only *.yaml and *.yml files (and a README.md, the API's {SETTINGS_FILE} "
                    "and dotfiles); rename it or move it out"
                )
            overlays.append(path)
        return overlays


def api_name_problem(name: str) -> str | None:
    """Why `name` cannot name an API folder, with a name to use instead; None when it can."""
    if len(name) > MAX_API_NAME and _API_NAME.fullmatch(name):
        return (
            f"{name[:20]}... ({len(name)} characters) is too long to name an API: the generated "
            f"folders and packages are made from it; rename the folder to at most {MAX_API_NAME} "
            "characters, and its overlays/ folder with it"
        )
    if _API_NAME.fullmatch(name):  # not `match`: `$` would let a trailing newline through
        return None
    suggestion = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-") or "my-api"
    if not suggestion[0].isalpha():
        suggestion = f"api-{suggestion}"
    return (
        f"{name!r} cannot name an API: the generated packages and environment variables are "
        "made from it, so it must start with a letter and hold only letters, digits and single "
        f"'-' or '_' between them; rename the folder (for example to {suggestion!r}) and its "
        "overlays/ folder with it"
    )


def identifier(api: str) -> str:
    """The API's name as Python and the environment spell it: `my-api` -> `my_api`."""
    return api.replace("-", "_")


def env_prefix(api: str) -> str:
    """The prefix of the API's environment variables: `my-api` -> `MY_API` (`MY_API_API_TOKEN`)."""
    return identifier(api).upper()


def is_pre_bundle(overlay: Path) -> bool:
    """Does this overlay act on the source document before bundling (`*.pre-bundle.yaml`)?"""
    return overlay.stem.endswith(PRE_BUNDLE_MARK)


def client_package(api: str) -> tuple[str, str]:
    """(distribution, import name) of the generated client: `my-api-client`, `my_api_client`."""
    return f"{api}-client", f"{identifier(api)}_client"


def models_package(api: str) -> tuple[str, str]:
    """(distribution, import name) of the generated models: `my-api-models`, `my_api_models`."""
    return f"{api}-models", f"{identifier(api)}_models"
