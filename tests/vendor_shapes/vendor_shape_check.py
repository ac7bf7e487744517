"""Checks for bodies shaped the way a vendor publishes them (issue 11).

`check_body(api, schema, body)` asserts, for one body built from the facts listed in
`specs/<api>/sources/README.md`: the spec (bundled, as written) validates it against the named
component schema, formats checked; both generated packages parse it; every key lands in a
declared attribute (`undeclared_keys` is empty) outside objects the spec keeps open on purpose;
and serialising the parsed objects gives back the same JSON.
"""

from __future__ import annotations

import copy
import importlib
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from docspecs._project import Project
from docspecs.bundle import bundle
from docspecs.undeclared import undeclared_keys

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"


@cache
def spec(api: str) -> dict[str, Any]:
    return bundle(Project(REPO).spec_path(api))


def _import(name: str, dist: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        sys.path.insert(0, str(GENERATED / dist))
        return importlib.import_module(name)


def packages(api: str) -> tuple[ModuleType, ModuleType]:
    return _import(f"{api}_client.models", f"{api}-client"), _import(
        f"{api}_models", f"{api}-models"
    )


def spec_errors(api: str, schema: str, body: Any) -> list[str]:
    """What the spec's component `schema` says is wrong with `body` (formats checked)."""
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", DRAFT202012.create_resource(spec(api))
    )
    validator = Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}"
        for e in validator.iter_errors(body)
    ]


def check_body(api: str, schema: str, body: Any) -> tuple[Any, Any]:
    """Validate, parse with both packages, look for undeclared keys, round-trip; the parsed pair."""
    errors = spec_errors(api, schema, body)
    assert not errors, f"the {api} spec rejects the body as {schema}:\n" + "\n".join(errors)
    client, models = packages(api)
    parsed_client = getattr(client, schema).from_dict(copy.deepcopy(body))
    parsed_models = getattr(models, schema).model_validate(copy.deepcopy(body))
    assert undeclared_keys(parsed_client) == [], f"{api}_client.{schema}: undeclared keys"
    assert undeclared_keys(parsed_models) == [], f"{api}_models.{schema}: undeclared keys"
    assert parsed_client.to_dict() == body, f"{api}_client.models.{schema}.to_dict() changed it"
    dumped = parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == body, f"{api}_models.{schema}.model_dump() changed it"
    return parsed_client, parsed_models


def published_errors(published: dict[str, Any], body: Any) -> list[str]:
    """What a JSON Schema written from a vendor's published schema says is wrong with `body`."""
    validator = Draft202012Validator(published, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}"
        for e in validator.iter_errors(body)
    ]
