"""The settings docspecs runs both code generators with, in one place.

`generate` hands them to the generators; `diff` reads them to predict the names the generators
give (enum members, fields), so both see the same settings without `diff` importing `generate`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = [
    "CLIENT_CONFIG",
    "CLIENT_TEMPLATES",
    "GENERATED_JSON",
    "MODELS_CONFIG",
    "MODELS_TEMPLATES",
    "TAGGED_UNION_IMPORTS",
    "TEMPLATES",
    "models_options",
]

TEMPLATES = Path(__file__).resolve().parent / "templates"
CLIENT_TEMPLATES = TEMPLATES / "client"
MODELS_TEMPLATES = TEMPLATES / "models"
# the generator-ready document, written beside the client package: what the generators saw
GENERATED_JSON = "openapi.json"

# openapi-python-client's config file, as a user would write it (its `ConfigFile` model).
CLIENT_CONFIG: dict[str, Any] = {
    # ruff runs once over both packages after generation (the `format` step), with the same
    # commands as openapi-python-client's default post-hooks.
    "post_hooks": [],
    "literal_enums": False,  # Enum classes, so the `_missing_` template keeps unknown values
    "docstrings_on_attributes": False,
    "use_path_prefixes_for_title_model_names": True,
    "field_prefix": "field_",
}

# datamodel-code-generator's options (its `GenerateConfig` fields).
MODELS_CONFIG: dict[str, Any] = {
    "input_file_type": "openapi",
    "output_model_type": "pydantic_v2.BaseModel",
    "target_python_version": "3.11",
    "allow_extra_fields": True,  # extra="allow": unknown fields parse and are dumped back
    "allow_population_by_field_name": True,
    "snake_case_field": True,  # Python names, the vendor's names as aliases (by_alias=True)
    "use_subclass_enum": True,  # `class X(str, Enum)`: members are strings
    "use_specialized_enum": False,
    "capitalise_enum_members": True,  # RunStatus.COMPLETE, as in the client package
    "use_standard_collections": True,
    "field_constraints": True,  # Field(ge=..., le=...) rather than confloat(...): mypy-clean
    "use_union_operator": True,
    "use_schema_description": True,
    "use_field_description": True,
    # A component that only wraps another type (an open enum after overlays/*/01-open-enums)
    # becomes that type under the component's name: class names follow the component names.
    "collapse_root_models": True,
    "collapse_root_models_name_strategy": "parent",
    "disable_timestamp": True,
    # an enum-typed field's default is the member (`Mode.FAST`), not the plain value (mypy)
    "set_default_enum_member": True,
    "formatters": [],  # ruff formats both packages in the `format` step
}

# What the models template's left-to-right tagged unions name (`Annotated[..., Field(...)]`):
# `additional_imports` when `docspecs._prepare.has_tagged_unions(document)`.
TAGGED_UNION_IMPORTS: list[str] = ["typing.Annotated", "pydantic.Field"]


def models_options(document: dict[str, Any], strict_nullable: bool) -> dict[str, Any]:
    """datamodel-code-generator's options for `document` (prepared): MODELS_CONFIG, the API's
    setting, and the imports its tagged unions need (`has_tagged_unions`)."""
    from docspecs._prepare import has_tagged_unions

    options = MODELS_CONFIG | {"strict_nullable": strict_nullable}
    if has_tagged_unions(document):
        options["additional_imports"] = TAGGED_UNION_IMPORTS
    return options
