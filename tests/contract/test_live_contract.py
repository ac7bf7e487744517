"""The specs against the vendors' real servers: safe reads only, skipped without credentials.

Set the vendor's token and the ids to read, for example:

    EXTEND_API_TOKEN=... DOCSPECS_LIVE_IDS='{"extend": {"get_processor_run": ["dpr_..."]}}' \\
        pytest -m live tests/contract

(`INSTABASE_API_TOKEN` + optional `INSTABASE_IB_CONTEXT`, `TALONIC_API_KEY`, `EXTEND_API_TOKEN`.)
A vendor is skipped only when its token or its ids are not set; a `DOCSPECS_LIVE_IDS` that is set
but malformed (or names an unknown API or operationId) fails every live test instead of hiding
behind a skip.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Collection, Mapping
from pathlib import Path

import pytest

from docspecs import DocspecsError, Project
from docspecs.bundle import bundle
from docspecs.fuzz import LIVE_IDS_ENV, fuzz
from docspecs.fuzz._discovery import parse_live_ids, runtime_settings

LIVE_MAX_EXAMPLES = 10
PROJECT = Project.find(Path(__file__).parent)
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def token_variables(project: Project) -> dict[str, str]:
    """Each API's token variable, as `docspecs fuzz --live` reads it (the runtime settings)."""
    return {
        api: runtime_settings(project, api, bundle(project.spec_path(api))).token_env
        for api in project.apis()
    }


LIVE_TOKEN_ENV = token_variables(PROJECT)


def known_operations(project: Project) -> dict[str, Collection[str]]:
    """Every API of the project with its operationIds, for checking `DOCSPECS_LIVE_IDS`."""
    known: dict[str, Collection[str]] = {}
    for api in project.apis():
        paths = bundle(project.spec_path(api)).get("paths") or {}
        known[api] = {
            str(item[method]["operationId"])
            for item in paths.values()
            for method in _METHODS
            if isinstance(item.get(method), dict) and "operationId" in item[method]
        }
    return known


def skip_reason(
    api: str, env: Mapping[str, str], known: Mapping[str, Collection[str]]
) -> str | None:
    """What to set before `api` can be fuzzed live, or None when everything is there.

    Raises `DocspecsError` (from the parser `docspecs fuzz` uses) when `DOCSPECS_LIVE_IDS` is set
    but malformed, whether or not this API's token is set: a broken configuration is not a skip.
    """
    ids = parse_live_ids(env.get(LIVE_IDS_ENV), known)
    token = LIVE_TOKEN_ENV[api]
    missing = [
        name for name, ok in ((token, env.get(token)), (LIVE_IDS_ENV, ids.get(api))) if not ok
    ]
    if not missing:
        return None
    example = f'{LIVE_IDS_ENV}=\'{{"{api}": {{"<operationId>": ["<id>"]}}}}\''
    return f"live {api} fuzzing needs {' and '.join(missing)} (e.g. {token}=... {example})"


@pytest.mark.live
@pytest.mark.parametrize("api", sorted(LIVE_TOKEN_ENV))
def test_live_vendor_conforms_to_the_spec(api: str) -> None:
    project = Project.find(Path(__file__).parent)
    try:
        reason = skip_reason(api, os.environ, known_operations(project))
    except DocspecsError as error:
        problem = f"live {api} fuzzing cannot run: {error}"
    else:
        problem = None
    if problem is not None:
        pytest.fail(problem, pytrace=False)
    if reason is not None:
        pytest.skip(reason)
    result = fuzz(project, [api], live=True, max_examples=LIVE_MAX_EXAMPLES)
    print(f"\n{result.table()}\n{result.summary()}")
    token = os.environ[LIVE_TOKEN_ENV[api]]
    explained = "\n\n".join([*map(str, result.failures), *result.errors, *result.skipped])
    assert token not in explained and token not in result.table()
    assert result.operations, explained
    assert result.ok, explained


# -- when the live tests skip and when they fail (no network: nothing here reaches fuzzing) -------

KNOWN = {"extend": ["get_processor_run", "get_classify_run"], "talonic": ["get_job_results"]}
TOKEN = "live_token_never_echoed_123"


def test_without_token_or_ids_the_reason_says_what_to_set() -> None:
    reason = skip_reason("extend", {}, KNOWN)
    assert reason is not None
    assert "EXTEND_API_TOKEN and DOCSPECS_LIVE_IDS" in reason
    assert '{"extend": {"<operationId>": ["<id>"]}}' in reason
    only_token = skip_reason("extend", {"EXTEND_API_TOKEN": TOKEN}, KNOWN)
    assert only_token is not None and "needs DOCSPECS_LIVE_IDS (" in only_token
    assert TOKEN not in only_token
    other_api = {"EXTEND_API_TOKEN": TOKEN, LIVE_IDS_ENV: '{"talonic": {"get_job_results": ["j"]}}'}
    assert "needs DOCSPECS_LIVE_IDS" in (skip_reason("extend", other_api, KNOWN) or "")


def test_with_token_and_ids_nothing_is_missing() -> None:
    env = {"EXTEND_API_TOKEN": TOKEN, LIVE_IDS_ENV: '{"extend": {"get_processor_run": ["dpr_1"]}}'}
    assert skip_reason("extend", env, KNOWN) is None


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        '{"extend": ["dpr_1"]}',
        '{"extend": {"get_processor_run": 5}}',
        '{"extend": {"get_processor_run": "dp_run_abc"}}',
        '{"extend": {"get_procesor_run": ["dpr_1"]}}',
        '{"extnd": {"get_processor_run": ["dpr_1"]}}',
    ],
)
@pytest.mark.parametrize("token", [TOKEN, None])
def test_malformed_ids_are_an_error_not_a_skip(raw: str, token: str | None) -> None:
    env = {LIVE_IDS_ENV: raw, **({"EXTEND_API_TOKEN": token} if token else {})}
    with pytest.raises(DocspecsError, match=f"^{LIVE_IDS_ENV}: ") as info:
        skip_reason("extend", env, KNOWN)
    assert TOKEN not in str(info.value) and "dp_run_abc" not in str(info.value)


def test_known_operations_are_the_project_specs_operation_ids() -> None:
    known = known_operations(Project.find(Path(__file__).parent))
    assert set(known) == set(LIVE_TOKEN_ENV)
    assert "get_processor_run" in known["extend"]


@pytest.mark.slow  # a pytest subprocess: about 4 s on a busy 2-core machine
def test_pytest_reports_malformed_ids_as_failures(tmp_path: Path) -> None:
    # The live tests themselves, as CI runs them: a token plus malformed ids must not be green.
    env = {
        **os.environ,
        "EXTEND_API_TOKEN": TOKEN,
        LIVE_IDS_ENV: '{"extend": {"get_processor_run": "dp_run_abc"}}',
    }
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "live"]
    done = subprocess.run(
        [*command, "-k", "test_live_vendor_conforms_to_the_spec", __file__],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "3 failed" in out and "skipped" not in out, out
    assert "DOCSPECS_LIVE_IDS: /extend/get_processor_run: " in out
    assert TOKEN not in out and "dp_run_abc" not in out
