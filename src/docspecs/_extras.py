"""Which parts of docspecs need the `pipeline` extra, and the error that says so.

`pip install docspecs` installs only what the simulator (`docspecs mock`, `docspecs.simulator`)
and the pytest fixtures (`docspecs.testing`) need, as compatible ranges, so that a consumer's
test environment keeps its own versions of shared libraries. Every other command (lint,
generate, check, diff, fuzz, verify, proxy, docs, new, build) imports libraries that only
`pip install 'docspecs[pipeline]'` brings, pinned exactly. When one of them is missing, the CLI
prints `missing_extra_message(...)` (exit 2) instead of an ImportError traceback.
"""

from __future__ import annotations

from importlib import metadata

PIPELINE_EXTRA = "pipeline"

PIPELINE_MODULES = frozenset(
    {
        # import names of the distributions in pyproject.toml's `pipeline` extra that docspecs
        # imports itself (tests/test_extras.py checks every distribution of the extra is here).
        # Not uvloop and rfc3986-validator: uvicorn and jsonschema use them when installed and
        # do without them otherwise (`docspecs mock` must not blame a missing uvloop on the extra)
        "attr",
        "attrs",
        "datamodel_code_generator",
        "hypothesis",
        "jinja2",
        "jsonpath_rfc9535",
        "jsonschema",
        "jsonschema_path",
        "openapi_python_client",
        "openapi_spec_validator",
        "pydantic",
        "referencing",
        "ruff",
        "schemathesis",
        "yaml",
    }
)
"""Top-level import names that come only with the `pipeline` extra."""


PIPELINE_DISTRIBUTIONS = frozenset(
    {
        # distributions whose installed metadata docspecs reads (the generators' versions go
        # into the lock's digest)
        "datamodel-code-generator",
        "openapi-python-client",
        "ruff",
    }
)
"""Distribution names of the `pipeline` extra that docspecs looks up with importlib.metadata."""


def missing_extra_message(error: ModuleNotFoundError, command: str | None) -> str | None:
    """The one-line error for `error` raised while running `docspecs <command>`, or None.

    `error` may be an `importlib.metadata.PackageNotFoundError` (a subclass). A module (or
    distribution) of the `pipeline` extra gives a message naming the extra and how
    to install it; None for anything else (not a missing extra: the caller lets the error
    through).
    """
    if isinstance(error, metadata.PackageNotFoundError):  # a subclass of ModuleNotFoundError
        name = str(error.name)
        missing = f"no distribution {name!r}" if name in PIPELINE_DISTRIBUTIONS else None
    else:
        name = (error.name or "").partition(".")[0]
        missing = f"no module {name!r}" if name in PIPELINE_MODULES else None
    if missing is None:
        return None
    what = f"docspecs {command}" if command else "this docspecs command"
    return (
        f"{what} needs the `{PIPELINE_EXTRA}` extra, which is not installed here ({missing}): "
        f"pip install 'docspecs[{PIPELINE_EXTRA}]' (in a checkout: "
        f"pip install -e '.[{PIPELINE_EXTRA}]'); without it, docspecs serves only "
        "`docspecs mock`, `docspecs.simulator` and the pytest fixtures of `docspecs.testing`"
    )
