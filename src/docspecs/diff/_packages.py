"""What the two generated packages make of a schema: the facts `docspecs diff` judges by.

docspecs judges a change by what it does to the generated packages (openapi-python-client's
client, datamodel-code-generator's pydantic models), not to the wire alone:

- `python_types(type, format)`: the Python type each package gives a value of that JSON type and
  format, so a format change that changes no generated type is not breaking; `python_union`
  the annotation of a set of JSON types (`Any` for none), for messages;
- `MODELS_CHECK`: the validation keywords the models package checks when it parses
  (`Field(ge=..., max_length=..., pattern=...)`); the client package checks none of them;
- `READ_EXTENSIONS`: the `x-` keys a docspecs template or one of the generators reads; every
  other extension is documentation;
- `enum_members(...)`: the member name -> value mapping each package generates for an enum.

The format table and the extension list are written out here (the generators take seconds to
import, and a diff of descriptions should not pay for that); `tests/test_diff.py` checks both
against the pinned generators. Enum member names are computed with the generators' own naming
code, imported only when an enum's values change.
"""

from __future__ import annotations

from typing import Any

Json = Any

# (JSON type, format) -> the client package's Python type; anything not listed is the type's own
_CLIENT_FORMATS: dict[tuple[str, str], str] = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "binary"): "File",
    ("string", "uuid"): "UUID",
}

# the same for the models package (datamodel-code-generator's OpenAPI formats, pydantic v2 types)
_MODELS_FORMATS: dict[tuple[str, str], str] = {
    ("integer", "date-time"): "datetime",
    ("number", "date-time"): "datetime",
    ("number", "decimal"): "Decimal",
    ("number", "time"): "time",
    ("number", "time-delta"): "timedelta",
    ("number", "unixtime"): "int",
    ("string", "byte"): "Base64Str",
    ("string", "date"): "date",
    ("string", "date-time"): "datetime",
    ("string", "timestamp with time zone"): "datetime",
    ("string", "date-time-local"): "NaiveDatetime",
    ("string", "duration"): "timedelta",
    ("string", "time"): "time",
    ("string", "time-local"): "time",
    ("string", "path"): "Path",
    ("string", "email"): "EmailStr",
    ("string", "idn-email"): "EmailStr",
    ("string", "uuid"): "UUID",
    ("string", "uuid1"): "UUID1",
    ("string", "uuid2"): "UUID",
    ("string", "uuid3"): "UUID3",
    ("string", "uuid4"): "UUID4",
    ("string", "uuid5"): "UUID5",
    ("string", "uri"): "AnyUrl",
    ("string", "hostname"): "constr(hostname pattern)",
    ("string", "ipv4"): "IPv4Address",
    ("string", "ipv4-network"): "IPv4Network",
    ("string", "ipv6"): "IPv6Address",
    ("string", "ipv6-network"): "IPv6Network",
    ("string", "decimal"): "Decimal",
    ("string", "integer"): "int",
    ("string", "unixtime"): "int",
    ("string", "ulid"): "ULID",
    ("string", "binary"): "bytes",
    ("string", "password"): "SecretStr",
}

_PLAIN = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict",
    "array": "list",
    "null": "None",
}

#: the validation keywords the models package checks when it parses (the client checks none):
#: datamodel-code-generator writes them as `Field(...)` constraints; `uniqueItems` stays a list
MODELS_CHECK = frozenset(
    {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
    | {"minLength", "maxLength", "pattern", "minItems", "maxItems"}
    | {"minProperties", "maxProperties"}
    | {"propertyNames", "patternProperties"}  # dict keys typed `constr(pattern=...)`
)

#: `x-` keys read by docspecs' client templates (x-docspecs-*) or by one of the generators
#: (openapi-python-client: x-enum-varnames; datamodel-code-generator: the rest); a change to any
#: other extension changes no generated code
READ_EXTENSIONS = frozenset(
    {"x-docspecs-client", "x-docspecs-region", "x-docspecs-paging", "x-docspecs-wait"}
    | {"x-docspecs-method"}
    | {"x-enum-varnames", "x-enumNames", "x-enum-descriptions", "x-enum-field-as-literal"}
    | {"x-propertyNames", "x-is-base-class", "x-is-classvar"}
)
#: extension prefixes a generator reads (datamodel-code-generator's x-python-type, ...)
READ_EXTENSION_PREFIXES = ("x-python-", "x-datamodel-code-generator-")


def is_extension(key: object) -> bool:
    return isinstance(key, str) and key.startswith("x-")


def read_extension(key: str) -> bool:
    """Whether a template or a generator reads the extension `key` (so changing it changes code)."""
    return key in READ_EXTENSIONS or key.startswith(READ_EXTENSION_PREFIXES)


def python_types(json_type: str, fmt: object) -> tuple[str, str]:
    """(client type, models type) of a value of `json_type` with format `fmt` (None: none).

    A format neither generator knows leaves the type's own Python type (`str`, `int`, ...).
    """
    plain = _PLAIN.get(json_type, "Any")
    if not isinstance(fmt, str):
        return plain, plain
    key = (json_type, fmt)
    return _CLIENT_FORMATS.get(key, plain), _MODELS_FORMATS.get(key, plain)


def python_union(types: frozenset[str] | None) -> str:
    """The Python annotation both packages give a value of JSON types `types` (None: any), for
    messages: `str | None`; an object is a generated class (or a dict when it declares nothing)."""
    if types is None:
        return "Any"
    names = sorted(_PLAIN.get(t, "Any") for t in types if t != "null")
    names = ["a class" if n == "dict" else n for n in names]
    return " | ".join(names + (["None"] if "null" in types else [])) or "None"


Members = dict[str, str]


def enum_members(
    json_type: object, values: list[Json], schema: dict[str, Json]
) -> dict[str, Members]:
    """{package: {member name: value as text}} for an enum of `values` (no null), as each
    generator names the members; a package is left out when it makes no enum class of it
    (booleans, mixed types) or refuses the names (duplicates: generation fails anyway)."""
    found: dict[str, Members] = {}
    client = _client_members(values, schema.get("x-enum-varnames"))
    if client is not None:
        found["client"] = client
    models = _models_members(json_type, values, schema)
    if models is not None:
        found["models"] = models
    return found


def _names(raw: object) -> list[str]:
    return [str(n) if n is not None else "" for n in raw] if isinstance(raw, list) else []


def _client_members(values: list[Json], varnames: object) -> Members | None:
    strings = all(isinstance(v, str) for v in values)
    ints = all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    if not values or not (strings or ints):
        return None
    from openapi_python_client.parser.properties.enum_property import EnumProperty
    from openapi_python_client.parser.properties.schemas import Class

    info = Class(name="Enum", module_name="enum")  # type: ignore[arg-type]
    try:
        members = EnumProperty.values_from_list(values, info, _names(varnames))
    except ValueError:
        return None
    return {name: repr(value) for name, value in members.items()}


def _models_members(
    json_type: object, values: list[Json], schema: dict[str, Json]
) -> Members | None:
    if not values or any(isinstance(v, dict | list) for v in values):
        return None
    resolver = _models_resolver()
    from datamodel_code_generator.reference import ModelType

    names = _names(schema.get("x-enum-varnames")) or _names(schema.get("x-enumNames"))
    taken: set[str] = set()
    members: Members = {}
    for index, value in enumerate(values):
        if index < len(names) and names[index]:
            wanted = names[index]
        elif json_type == "string" or isinstance(value, str):
            wanted = str(value)
        else:
            prefix = json_type if isinstance(json_type, str) else type(value).__name__
            wanted = f"{prefix}_{value}"
        name = resolver.get_valid_field_name(wanted, excludes=taken, model_type=ModelType.ENUM)
        taken.add(name)
        members[name] = repr(value)
    return members


def _models_resolver() -> Any:
    """datamodel-code-generator's name resolver with generate's settings for the models."""
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.reference import ModelResolver

    from docspecs._generators import MODELS_CONFIG

    return ModelResolver(
        capitalise_enum_members=MODELS_CONFIG["capitalise_enum_members"],
        snake_case_field=MODELS_CONFIG["snake_case_field"],
        use_subclass_enum=MODELS_CONFIG["use_subclass_enum"],
        target_python_version=PythonVersion(MODELS_CONFIG["target_python_version"]),
    )


def client_parameter_name(name: str) -> str:
    """The Python argument name openapi-python-client gives a parameter called `name`."""
    from openapi_python_client import strings

    return strings.snake_case(name)


def python_identifier(text: str, prefix: str = "field_") -> str:
    """openapi-python-client's Python name for `text` (its `python_identifier` filter, docspecs'
    default `field_prefix`): the generated function of an operationId, the module and resource
    of a tag (`Classify Runs`, `classify-runs` and `ClassifyRuns` are all `classify_runs`)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(text, prefix))


def class_names(component: str) -> tuple[str, str]:
    """(client class, models class) generated for the component schema `component` (no
    `title`): openapi-python-client's `ClassName`, datamodel-code-generator's resolver."""
    from openapi_python_client.strings import ClassName

    resolved = _models_resolver().get_class_name(component, unique=False)
    return str(ClassName(component, "field_")), str(resolved.name)
