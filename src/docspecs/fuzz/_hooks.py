"""The schemathesis hooks that put real ids and the target's headers into generated cases."""

from __future__ import annotations

import itertools
import json
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

from docspecs.fuzz._operations import SAFE_METHODS, Operation, wire
from docspecs.fuzz._targets import Target

# One generated case in this many keeps its generated id instead of a real one (400/404 paths).
KEEP_GENERATED_ID = 8


# Boolean query flags beyond this many are not combined exhaustively (2**6 = 64 combinations).
MAX_FLAG_COMBINATIONS = 6


def install_hooks(schema: Any, target: Target, by_label: Mapping[str, Operation]) -> None:
    """Register the hooks on `schema`: explicit examples (each known id with each flag
    combination), real ids and the target's headers in generated cases, and a filter for
    cases that are neither positive nor negative."""
    from schemathesis import auths
    from schemathesis.core.parameters import ParameterLocation

    def before_add_examples(context: Any, examples: list[Any]) -> None:
        operation = context.operation
        op = by_label.get(operation.label)
        if op is None or op.id_parameter is None:
            return
        for value in target.ids.get(op.operation_id, ()):
            for query in flag_combinations(op):
                case = operation.Case(
                    path_parameters={op.id_parameter: value},
                    query={**op.required_query, **query},
                    headers={**op.required_headers, **target.headers},
                )
                auths.set_on_case(
                    case, auths.AuthContext(operation=operation, app=operation.app), None
                )
                examples.append(case)

    def map_case(context: Any, case: Any) -> Any:
        op = by_label.get(case.operation.label)
        if op is None:
            return case
        meta = case.meta
        ids = target.ids.get(op.operation_id, ())
        # Ids from the environment are for reads: a probe with another method (the coverage
        # phase's undeclared methods) keeps its generated id.
        read = not target.unsafe or str(case.method).lower() in SAFE_METHODS
        if (
            op.id_parameter is not None
            and ids
            and read
            and not (meta is not None and meta.is_negative_at(ParameterLocation.PATH))
        ):
            key = case_key(case)
            if key % KEEP_GENERATED_ID:
                case.path_parameters = {
                    **case.path_parameters,
                    op.id_parameter: ids[key % len(ids)],
                }
        if target.headers and not (
            meta is not None and meta.is_negative_at(ParameterLocation.HEADER)
        ):
            case.headers = {**(case.headers or {}), **target.headers}
        return case

    def filter_case(context: Any, case: Any) -> bool:
        # schemathesis 4.32.5's coverage phase labels some cases positive although it marks one
        # of their parts negative itself (e.g. a version header sent as `0` against a YYYY-MM-DD
        # pattern in a "default_positive_test"); such a case is neither, so it is not sent.
        meta = case.meta
        return not (
            meta is not None
            and meta.generation.mode.is_positive
            and any(component.mode.is_negative for component in meta.components.values())
        )

    schema.hook(before_add_examples)
    schema.hook(filter_case)
    schema.hook(map_case)


def flag_combinations(op: Operation) -> Iterator[dict[str, str]]:
    """The query values the explicit examples try: every combination of the boolean flags, or
    (beyond `MAX_FLAG_COMBINATIONS` flags) none, all, and each alone."""
    flags = op.flags
    if not flags:
        yield {}
        return
    if len(flags) <= MAX_FLAG_COMBINATIONS:
        for values in itertools.product((False, True), repeat=len(flags)):
            yield {name: wire(value) for name, value in zip(flags, values, strict=True)}
        return
    yield {}
    yield dict.fromkeys(flags, "true")
    for name in flags:
        yield {name: "true"}


def case_key(case: Any) -> int:
    """A number computed from the case's own content: the same case always gets the same id."""
    headers = sorted(
        (k, v) for k, v in (case.headers or {}).items() if k.lower() != "authorization"
    )
    material = json.dumps(
        [case.method, case.path_parameters, case.query, headers],
        sort_keys=True,
        default=repr,
    )
    return zlib.crc32(material.encode("utf-8", "surrogatepass"))
