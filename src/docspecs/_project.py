"""Where things live in a docspecs project; the naming rules for APIs and packages in one place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docspecs._errors import DocspecsError
from docspecs._findings import display_path

SPEC_FILE = "openapi.yaml"
OVERLAY_SUFFIXES = (".yaml", ".yml")


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
        """Every API with a spec, sorted: the folders `specs/<api>/` holding an openapi.yaml."""
        return sorted(p.parent.name for p in self.specs_dir.glob(f"*/{SPEC_FILE}"))

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
        """The overlays for `api` (`*.yaml` and `*.yml`), in the file-name order they are applied.

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
                    "only *.yaml and *.yml files (and a README.md); rename it or move it out"
                )
            overlays.append(path)
        return overlays


# The API's generator settings (docspecs._settings), kept beside its overlays; not an overlay.
SETTINGS_FILE = "generator-settings.toml"


def client_package(api: str) -> tuple[str, str]:
    """(distribution, import name) of the generated client: `extend-client`, `extend_client`."""
    return f"{api}-client", f"{api}_client"


def models_package(api: str) -> tuple[str, str]:
    """(distribution, import name) of the generated models: `extend-models`, `extend_models`."""
    return f"{api}-models", f"{api}_models"
