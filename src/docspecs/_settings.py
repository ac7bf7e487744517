"""Per-API generator settings: `overlays/<api>/generator-settings.toml`, beside the overlays.

Optional; every setting has a default, and anything else in the file is an error naming the
file and the JSON pointer of the key, so a misspelt setting is never silently ignored:

    [client]                      # openapi-python-client
    content_type_overrides = {}   # media type -> the one to treat it as, e.g.
                                  # {"text/x-json" = "application/json"}; default: none
    field_prefix = "field_"       # prefix of Python names that would not be identifiers

    [models]                      # datamodel-code-generator
    strict_nullable = false       # only `null`-typed or `nullable` fields accept None

    [lint]                        # docspecs lint
    disable = []                  # house-style rule ids not checked for this API, e.g.
                                  # ["operation-tags", "property-description"]; default: none

Only the house-style rules (`docspecs._lint_rules.STYLE_RULES`: descriptions, tags, operationIds,
named bodies, unused components, example file names) can be disabled, for a vendor's published
document held to correctness rather than to this project's style; a rule that guards generation
or safety (spec-valid, ref-resolves, example-valid, generator-accepts, ...) or an unknown id is an
error naming the file, the pointer (`/lint/disable/<index>`) and the rule.
Everything else (forward-compatible enums, extra fields kept, naming) is fixed by docspecs and
not a setting. The file is part of the API's input digest, so changing it regenerates the API.
A validated file model (pydantic, `extra="forbid"`) merged into the generator configs in
`docspecs.generate`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, field_validator

from docspecs._errors import DocspecsError
from docspecs._findings import display_path
from docspecs._lint_rules import RULES_BY_ID, STYLE_RULES
from docspecs._project import SETTINGS_FILE

__all__ = [
    "SETTINGS_FILE",
    "ClientSettings",
    "GeneratorSettings",
    "LintSettings",
    "ModelsSettings",
    "SettingsError",
    "load",
]


class SettingsError(DocspecsError):
    """A settings file docspecs cannot use: `file` as shown (relative to the project root) and
    each problem as (JSON pointer inside the file, "" for the whole file; message)."""

    def __init__(self, file: str, problems: list[tuple[str, str]]) -> None:
        super().__init__("\n".join(f"{file}: {at + ': ' if at else ''}{m}" for at, m in problems))
        self.file = file
        self.problems = tuple(problems)


class ClientSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    content_type_overrides: dict[str, str] = {}
    field_prefix: str = "field_"

    @field_validator("field_prefix")
    @classmethod
    def _identifier_start(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
            raise ValueError("must start a Python identifier (letters, digits, _)")
        return value

    @field_validator("content_type_overrides")
    @classmethod
    def _media_types(cls, value: dict[str, str]) -> dict[str, str]:
        for media_type in [*value, *value.values()]:
            if not re.fullmatch(r"[\w.+-]+/[\w.+*-]+", media_type):
                raise ValueError(f"{media_type!r} is not a media type (type/subtype)")
        return value


class ModelsSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    strict_nullable: bool = False


def _style_rule(rule_id: str) -> str:
    if rule_id not in RULES_BY_ID:
        raise ValueError(f"unknown rule id {rule_id!r} (`docspecs lint --rules` lists them)")
    if rule_id not in STYLE_RULES:
        raise ValueError(
            f"rule {rule_id!r} guards generation or safety and cannot be disabled; only the "
            f"style rules can: {', '.join(STYLE_RULES)}"
        )
    return rule_id


class LintSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    disable: tuple[Annotated[str, AfterValidator(_style_rule)], ...] = ()


class GeneratorSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    client: ClientSettings = ClientSettings()
    models: ModelsSettings = ModelsSettings()
    lint: LintSettings = LintSettings()


def _pointer(location: tuple[int | str, ...]) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in location)


def load(folder: Path, root: Path) -> GeneratorSettings:
    """The settings in `folder/SETTINGS_FILE` (the defaults when there is none).

    Raises SettingsError (a DocspecsError) naming the file (shown relative to `root`) and, for
    each bad key, its JSON pointer and what is wrong; a TOML syntax error gives the line and column.
    """
    path = folder / SETTINGS_FILE
    shown = display_path(path, root)
    if path.exists() and not path.is_file():
        # a FIFO would block the read for ever; a folder or device is no settings file either
        raise SettingsError(shown, [("", "cannot read: not a regular file")])
    if not path.is_file():
        return GeneratorSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(shown, [("", f"cannot read: {error}")]) from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(shown, [("", f"not valid TOML: {error}")]) from None
    try:
        return GeneratorSettings.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            message = item["msg"]
            if item["type"] == "extra_forbidden":
                message = "unknown setting (see the settings in README, Generation)"
            problems.append((_pointer(item["loc"]), message))
        raise SettingsError(shown, problems) from None
