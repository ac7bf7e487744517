"""The self-test's runner: run as a script (`python -S _selftest_run.py PLAN.json`) in a fresh
interpreter, so it imports the staged packages and nothing installed under the same names.

Standard library only at import time (the staged packages bring httpx, attrs and pydantic).
The plan (written by `docspecs._selftest`) lists the folders to import from, the site-packages
folders to append and one case per example; the runner prints a JSON list of failures
(`{"case": index, "problem": text}`) on stdout. Each case parses the example with both packages,
serialises it back (`to_dict()`; `model_dump(mode="json", by_alias=True, exclude_unset=True)`),
and compares both results with the example, and the keys each package declares in every object
it returns, nested ones included, and the class of each (a union's branch).
"""

from __future__ import annotations

import enum
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

_MAX = 160


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= _MAX else text[: _MAX - 3] + "..."


def _first_difference(got: Any, want: Any, pointer: str = "") -> str | None:
    """The JSON pointer of the first place `got` differs from `want`, with both values."""
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want)):
            where = pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")
            if key not in got:
                return f"{where or '/'}: missing (the example has {_short(want[key])})"
            if key not in want:
                return f"{where or '/'}: {_short(got[key])} added (not in the example)"
            found = _first_difference(got[key], want[key], where)
            if found:
                return found
        return None
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for index, (a, b) in enumerate(zip(got, want, strict=True)):
            found = _first_difference(a, b, f"{pointer}/{index}")
            if found:
                return found
        return None
    if got == want and isinstance(got, bool) == isinstance(want, bool):
        return None  # 2 and 2.0 are the same JSON number
    return f"{pointer or '/'}: {_short(got)} instead of {_short(want)}"


def _client_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_client_json(item) for item in value]
    return value


def _declared_map(values: dict[Any, Any], declared: Any) -> dict[str, Any] | None:
    """A map's values, as `{"keys": [], "in": {key: ...}}` (None when none declares a key)."""
    nested = {str(k): found for k, v in values.items() if (found := declared(v)) is not None}
    return {"keys": [], "in": nested} if nested else None


def _client_declared(value: Any) -> Any:
    """The keys the client declares for `value`, at every level: `{"keys": [...], "in":
    {key: ...}}` for an object (`additional_properties` are not declared, their values are
    looked into), a list for a list, None for a plain value. A nested object is matched to its
    key by its JSON."""
    if hasattr(value, "to_dict") and hasattr(value, "additional_properties"):
        import attrs

        data = value.to_dict()
        extra = value.additional_properties
        keys = sorted(set(data) - set(extra))
        nested: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            child = getattr(value, field.name)
            if field.name == "additional_properties" or _client_declared(child) is None:
                continue
            json = _client_json(child)
            key = next((k for k in keys if k not in nested and data[k] == json), None)
            if key is not None:
                nested[key] = _client_declared(child)
        in_map = _declared_map(extra, _client_declared) if isinstance(extra, dict) else None
        nested.update((in_map or {}).get("in", {}))
        return {"keys": keys, "in": nested, "class": type(value).__name__}
    if isinstance(value, dict):
        return _declared_map(value, _client_declared)
    if isinstance(value, list):
        items = [_client_declared(item) for item in value]
        return items if any(item is not None for item in items) else None
    return None


def _models_json(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_models_json(item) for item in value]
    return value


def _models_declared(value: Any) -> Any:
    """As `_client_declared`, for pydantic models (`model_extra` is not declared)."""
    if hasattr(value, "model_dump") and "root" in type(value).model_fields:
        return _models_declared(value.root)  # a RootModel: what it wraps (a list, a map, ...)
    if hasattr(value, "model_dump"):
        dumped = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        keys = sorted(set(dumped) - set(value.model_extra or {}))
        nested: dict[str, Any] = {}
        for name, field in type(value).model_fields.items():
            key = field.alias or name
            child = _models_declared(getattr(value, name))
            if key in keys and child is not None:
                nested[key] = child
        for key, child in (value.model_extra or {}).items():
            if (found := _models_declared(child)) is not None:
                nested[str(key)] = found
        return {"keys": keys, "in": nested, "class": type(value).__name__}
    if isinstance(value, dict):
        return _declared_map(value, _models_declared)
    if isinstance(value, list):
        items = [_models_declared(item) for item in value]
        return items if any(item is not None for item in items) else None
    return None


def _declared_difference(client: Any, models: Any, pointer: str = "") -> str | None:
    """Where the two packages first disagree on the declared keys (with both key lists) or on
    the class of an object (`_difference`, without saying which)."""
    found = _difference(client, models, pointer)
    return None if found is None else found[1]


def _difference(client: Any, models: Any, pointer: str = "") -> tuple[str, str] | None:
    """Where the two packages first disagree: `("keys", "<pointer>: <both key lists>")` on the
    declared keys, `("class", "<pointer>: class A and class B")` on the class of an object
    that declares the same keys in both (names compared without case and punctuation: two
    same-shaped branches of a union, one picked by each package).

    An object declaring no keys is a plain object (a map, or an unknown variant kept as it
    came): its values are compared, and it differs from an object declaring keys (one package
    picked a declared class of a union, the other its any-object branch)."""
    if client is None and models is None:
        return None
    other = models if client is None else client
    empty: Any = [None] * len(other) if isinstance(other, list) else {"keys": [], "in": {}}
    client = empty if client is None else client
    models = empty if models is None else models
    if isinstance(client, list) and isinstance(models, list) and len(client) == len(models):
        for index, (a, b) in enumerate(zip(client, models, strict=True)):
            found = _difference(a, b, f"{pointer}/{index}")
            if found:
                return found
        return None
    if not (isinstance(client, dict) and isinstance(models, dict)):
        return None
    if client["keys"] != models["keys"]:
        plain = "a plain object (no declared keys)"
        shown = [_short(side["keys"]) if side["keys"] else plain for side in (client, models)]
        return "keys", f"{pointer or '/'}: {shown[0]} and {shown[1]}"
    names = [str(side.get("class", "")) for side in (client, models)]
    if client["keys"] and all(names) and _normal(names[0]) != _normal(names[1]):
        return "class", f"{pointer or '/'}: class {names[0]} and class {names[1]}"
    for key in sorted(set(client["in"]) | set(models["in"])):
        escaped = key.replace("~", "~0").replace("/", "~1")
        found = _difference(client["in"].get(key), models["in"].get(key), f"{pointer}/{escaped}")
        if found:
            return found
    return None


def _normal(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _models_class(models: Any, component: str) -> Any:
    """The class `datamodel-code-generator` made of `component` (names compared without case
    and punctuation, as it turns component names into class names)."""
    found = [
        value
        for name, value in vars(models).items()
        if isinstance(value, type)
        and value.__module__ == models.__name__
        and _normal(name) == _normal(component)
    ]
    if len(found) != 1:
        raise LookupError(f"{models.__name__} has no class for the component {component!r}")
    return found[0]


def _models_union(models: Any, union: dict[str, Any]) -> Any:
    """A pydantic TypeAdapter for a `oneOf`/`anyOf` component the models package folded into
    the fields that use it (`collapse_root_models`): its member classes, then any object."""
    import typing

    from pydantic import TypeAdapter

    members: list[Any] = [_models_class(models, name) for name in union["members"]]
    if union["object"]:
        members.append(dict[str, Any])
    united: Any = typing.Union[tuple(members)]  # noqa: UP007 - built at run time
    if union.get("tagged"):  # as the models template writes such a union in the fields
        from pydantic import Field

        united = typing.Annotated[united, Field(union_mode="left_to_right")]
    return TypeAdapter(united)


def _parse_client(case: dict[str, Any], client_package: str) -> Any:
    value, target = case["value"], case["client"]
    if target["kind"] == "plain":  # plain JSON values: the client holds them as they are
        return value
    if target["kind"] == "endpoint":
        import httpx

        module = importlib.import_module(target["module"])
        client_module = importlib.import_module(client_package + ".client")
        client = client_module.Client(base_url="http://127.0.0.1")
        # with a request, as from a server: an error the client raises names the request
        request = httpx.Request("GET", "http://127.0.0.1/")
        response = httpx.Response(int(case["status"]), json=value, request=request)
        return module._parse_response(client=client, response=response)
    module_name, _, class_name = target["class"].rpartition(".")
    cls = getattr(importlib.import_module(module_name), class_name)
    parse = cls if isinstance(cls, type) and issubclass(cls, enum.Enum) else cls.from_dict
    if case["array"]:
        return [parse(item) for item in value]
    return parse(value)


def _parse_models(case: dict[str, Any], models: Any) -> Any:
    if case["component"] is None and case["client"]["kind"] == "plain":
        return case["value"]
    if case["component"] is None:
        raise LookupError(
            f"{models.__name__} has no class for an inline schema "
            "(datamodel-code-generator makes classes of components/schemas only)"
        )
    if case.get("container"):  # an array component: its own class, where there is one
        try:
            return _models_class(models, case["container"]).model_validate(case["value"])
        except LookupError:
            pass
    try:
        cls = _models_class(models, case["component"])
    except LookupError:
        if case["client"]["kind"] == "plain":  # folded into the fields that use it
            return case["value"]
        if not case.get("union"):
            raise
        cls = _models_union(models, case["union"])
    if hasattr(cls, "validate_python"):
        parse: Any = cls.validate_python
    elif isinstance(cls, type) and issubclass(cls, enum.Enum):
        parse = cls
    else:
        parse = cls.model_validate
    if case["array"]:
        return [parse(item) for item in case["value"]]
    return parse(case["value"])


def _problem(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if len(text) > 400:
        text = text[:397] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def check_case(case: dict[str, Any], client_package: str, models: Any) -> str | None:
    """One example through both packages: None when they agree with it, else what went wrong."""
    value = case["value"]
    try:
        parsed_client = _parse_client(case, client_package)
    except Exception as error:  # any failure is the finding
        return f"{client_package} cannot parse it: {_problem(error)}"
    try:
        parsed_models = _parse_models(case, models)
    except Exception as error:
        return f"{models.__name__} cannot parse it: {_problem(error)}"
    for package, back in (
        (client_package, _client_json(parsed_client)),
        (models.__name__, _models_json(parsed_models)),
    ):
        difference = _first_difference(back, value)
        if difference:
            return f"{package} does not give the example back: at {difference}"
    disagreement = _difference(_client_declared(parsed_client), _models_declared(parsed_models))
    if disagreement:
        kind, where = disagreement
        what = "declare different keys" if kind == "keys" else "pick different classes"
        return f"the packages {what} ({client_package}, then {models.__name__}) at {where}"
    return None


def main(argv: list[str]) -> int:
    plan = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    sys.path[:0] = plan["import_paths"]
    sys.path.extend(plan["site_paths"])
    importlib.import_module(plan["client_package"])
    models = importlib.import_module(plan["models_package"])
    failures = []
    for index, case in enumerate(plan["cases"]):
        problem = check_case(case, plan["client_package"], models)
        if problem:
            failures.append({"case": index, "problem": problem})
    print(json.dumps(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
