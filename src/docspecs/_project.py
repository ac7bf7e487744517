"""Where things live in a docspecs project; the naming rules for APIs and packages in one place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docspecs._errors import DocspecsError

SPEC_FILE = "openapi.yaml"


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
        return list(dict.fromkeys(names)) if names else known

    def spec_path(self, api: str) -> Path:
        return self.specs_dir / api / SPEC_FILE

    def examples_dir(self, api: str) -> Path:
        return self.specs_dir / api / "examples"

    def api_overlays(self, api: str) -> list[Path]:
        """The overlays for `api`, in the file-name order they are applied."""
        return sorted((self.overlays_dir / api).glob("*.yaml"))


def client_package(api: str) -> tuple[str, str]:
    """(distribution, import name) of the generated client: `extend-client`, `extend_client`."""
    return f"{api}-client", f"{api}_client"


def models_package(api: str) -> tuple[str, str]:
    """(distribution, import name) of the generated models: `extend-models`, `extend_models`."""
    return f"{api}-models", f"{api}_models"
