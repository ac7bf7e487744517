"""What the two generators refuse in a document, found by parsing only, as findings lines.

`generator_refusals` is lint's `generator-accepts` rule (lint-clean means `docspecs generate`
gets past both generators) and `_generator_lines` turns openapi-python-client's problems into
one line each, `<JSON pointer>: <message>`, for lint and generate alike. Kept apart from
`docspecs.generate` so that lint can ask without importing the generation step.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docspecs._generators import CLIENT_CONFIG, GENERATED_JSON, MODELS_TEMPLATES, models_options
from docspecs._prepare import distinct_parameter_names, prepare_document

if TYPE_CHECKING:
    from docspecs._settings import GeneratorSettings

__all__ = ["generator_refusals"]


def generator_refusals(
    document: dict[str, Any], settings: GeneratorSettings | None = None
) -> list[tuple[str, str]]:
    """What the generators would refuse in `document` (bundled and overlaid, not yet prepared):
    (JSON pointer, message) pairs, sorted. openapi-python-client parses only (no files); the
    models generator runs into a scratch file, its failure reported at `/`; what docspecs itself
    refuses to give the generators (`prepare_document`'s refusals: a discriminator it cannot
    make both packages honour) is reported where it is. For lint's `generator-accepts` rule:
    lint-clean means `docspecs generate` gets past both generators."""
    from docspecs._settings import GeneratorSettings

    settings = settings or GeneratorSettings()
    found = [tuple(line.split(": ", 1)) for line in sorted(_client_refusals(document, settings))]
    refusals = [(pointer, message) for pointer, message in found]
    try:
        prepared = json.loads(json.dumps(document, default=str))
        refusals += prepare_document(prepared, settings.client.content_type_overrides)
        with tempfile.TemporaryDirectory(prefix="docspecs-lint-") as scratch:
            import warnings

            from datamodel_code_generator import generate as generate_models

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                generate_models(
                    json.dumps(prepared),
                    **models_options(prepared, settings.models.strict_nullable),
                    output=Path(scratch) / "models.py",
                    custom_template_dir=MODELS_TEMPLATES,
                )
    except Exception as error:  # the generator's own refusal, whatever its type
        text = " ".join(str(error).split()) or type(error).__name__
        refusals.append(("/", f"datamodel-code-generator: {_REPR.sub('a value', text)}"))
    return refusals


def _client_refusals(
    document: dict[str, Any], settings: GeneratorSettings | None = None
) -> set[str]:
    """What openapi-python-client refuses in `document` (overlaid, not yet prepared), parsing
    only: no files written. One `<pointer>: <message>` line each."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.strings import snake_case

    from docspecs._settings import GeneratorSettings

    client = (settings or GeneratorSettings()).client
    prepared = json.loads(json.dumps(document, default=str))
    prepare_document(prepared, client.content_type_overrides)
    with tempfile.TemporaryDirectory(prefix="docspecs-blame-") as scratch:
        source = Path(scratch) / GENERATED_JSON
        source.write_text(json.dumps(prepared), encoding="utf-8")
        config = Config.from_sources(
            ConfigFile(
                **CLIENT_CONFIG
                | {
                    "field_prefix": client.field_prefix,
                    "content_type_overrides": dict(client.content_type_overrides) or None,
                }
            ),
            MetaType.UV,
            source,
            file_encoding="utf-8",
            overwrite=True,
            output_path=Path(scratch) / "out",
        )
        wire_names = distinct_parameter_names(prepared, snake_case)
        data = GeneratorData.from_dict(prepared, config=config)
        if not isinstance(data, GeneratorError):
            restore_wire_names(data, wire_names)
    if isinstance(data, GeneratorError):
        return set(_generator_lines([data]))
    errors = [*data.errors]
    for collection in data.endpoint_collections_by_tag.values():
        errors += collection.parse_errors
    return set(_generator_lines(errors))


_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")
_STATUS_REPR = re.compile(r"for status code <[\w.]+ object at 0x[0-9a-fA-F]+>")
# a set of Python types (`{<class 'float'>, <class 'str'>}`): its order changes between runs
_TYPE_SET = re.compile(r"\{(<class '[\w.]+'>(?:, <class '[\w.]+'>)*)\}")
_TYPE = re.compile(r"<class '(?:[\w]+\.)*(\w+)'>")
_PATH_PARAMETER = re.compile(r"\{[^{}]*\}")
_OPERATION = re.compile(r"\b(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (/\S*)")
_SCHEMA = re.compile(r"(/components/schemas/[^\s:]+)")
# Hints about openapi-python-client settings that docspecs pins: not the user's to change.
_PINNED_HINT = re.compile(r";? *consider setting \w+ in your config", re.IGNORECASE)
_BOILERPLATE = (
    "Unable to parse this part of your OpenAPI document: : ",
    "Unable to parse this part of your OpenAPI document: ",
)


def _generator_lines(errors: Sequence[Any]) -> list[str]:
    """openapi-python-client's errors as findings: one line each, `<JSON pointer>: <message>`,
    without object reprs, boilerplate or hints naming settings docspecs pins; deduplicated and
    sorted, so the same document gives the same lines on every run."""
    lines = set()
    for error in errors:
        header = _raw(getattr(error, "header", "") or "").strip()
        detail = _raw(getattr(error, "detail", "") or "").strip()
        level = "WARNING" if "WARNING" in header else _raw(getattr(error, "level", "ERROR"))
        level = level.rpartition(".")[2].upper()
        pointer = "/"
        operation = _OPERATION.search(header)
        schema = _SCHEMA.search(header) or _SCHEMA.search(detail)
        if operation:
            path = operation.group(2).replace("~", "~0").replace("/", "~1")
            pointer = f"/paths/{path}/{operation.group(1).lower()}"
        elif schema:
            pointer = schema.group(1).rstrip(".")
        text = detail or header
        for boilerplate in _BOILERPLATE:
            text = text.replace(boilerplate, "")
        text = _STATUS_REPR.sub("for one of its status codes", text)
        text = _REPR.sub("a value", text)
        text = _TYPE_SET.sub(_type_names, text)
        text = _TYPE.sub(r"\1", text)
        text = _PINNED_HINT.sub("", text)
        text = " ".join(text.split())
        lines.add(f"{pointer}: openapi-python-client {level}: {text}")
    return sorted(lines)


def restore_wire_names(data: Any, wire_names: Mapping[tuple[str, str], Mapping[str, str]]) -> None:
    """Put back the names the API reads on parameters `docspecs._prepare.distinct_parameter_names`
    renamed for the client generator (in place, in its parsed document `data`): their Python
    names stay the distinct ones, the names sent on the wire are the vendor's."""
    from openapi_python_client.schema.untrusted_string import UntrustedString

    def template(path: str) -> str:  # the client writes path parameters' Python names
        return _PATH_PARAMETER.sub("{}", path)

    by_template = {(template(path), method): names for (path, method), names in wire_names.items()}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            key = (template(_raw(endpoint.path)), _raw(endpoint.method).lower())
            names = by_template.get(key)
            if not names:
                continue
            for prop in [
                *endpoint.query_parameters,
                *endpoint.header_parameters,
                *endpoint.cookie_parameters,
            ]:
                original = names.get(_raw(prop.name))
                if original is not None:
                    object.__setattr__(prop, "name", UntrustedString(original))


def _type_names(match: re.Match[str]) -> str:
    """A set of Python types as its sorted type names (`float, str`): the same on every run."""
    return ", ".join(sorted(_TYPE.findall(match.group(1))))


def _raw(value: Any) -> str:
    """The text of a document string (openapi-python-client wraps them as `UntrustedString`)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)
