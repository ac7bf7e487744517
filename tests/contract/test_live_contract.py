"""The specs against the vendors' real servers: safe reads only, skipped without credentials.

Set the vendor's token and the ids to read, for example:

    EXTEND_API_TOKEN=... DOCSPECS_LIVE_IDS='{"extend": {"get_processor_run": ["dpr_..."]}}' \\
        pytest -m live tests/contract

(`INSTABASE_API_TOKEN` + optional `INSTABASE_IB_CONTEXT`, `TALONIC_API_KEY`, `EXTEND_API_TOKEN`.)
"""

from __future__ import annotations

import json
import os

import pytest

from docspecs import Project
from docspecs.fuzz import LIVE_IDS_ENV, LIVE_TOKEN_ENV, fuzz

LIVE_MAX_EXAMPLES = 10


def _missing(api: str) -> str | None:
    """What to set before `api` can be fuzzed live, or None when everything is there."""
    token = LIVE_TOKEN_ENV[api]
    try:
        ids = json.loads(os.environ.get(LIVE_IDS_ENV) or "{}").get(api)
    except (ValueError, AttributeError):
        return f"{LIVE_IDS_ENV} is not a JSON object of API -> operationId -> [ids]"
    missing = [name for name, ok in ((token, os.environ.get(token)), (LIVE_IDS_ENV, ids)) if not ok]
    if not missing:
        return None
    example = f'{LIVE_IDS_ENV}=\'{{"{api}": {{"<operationId>": ["<id>"]}}}}\''
    return f"live {api} fuzzing needs {' and '.join(missing)} (e.g. {token}=... {example})"


@pytest.mark.live
@pytest.mark.parametrize("api", sorted(LIVE_TOKEN_ENV))
def test_live_vendor_conforms_to_the_spec(api: str) -> None:
    reason = _missing(api)
    if reason is not None:
        pytest.skip(reason)
    result = fuzz(Project.find(), [api], live=True, max_examples=LIVE_MAX_EXAMPLES)
    print(f"\n{result.table()}\n{result.summary()}")
    token = os.environ[LIVE_TOKEN_ENV[api]]
    explained = "\n\n".join([*map(str, result.failures), *result.errors, *result.skipped])
    assert token not in explained and token not in result.table()
    assert result.operations, explained
    assert result.ok, explained
