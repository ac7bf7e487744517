"""The specs and the simulator agree: schemathesis, every check, every operation, in-process.

The simulator is written from the vendor pages, not from the specs, so a failure here is a
disagreement between two readings of the same docs: a finding about the spec or the simulator,
never something to silence here. The fault tests prove the checks bite: a spec-violating body, an
undocumented status and a 5xx each fail the matching check, with a curl command that reproduces
the request and never shows the token.
"""

from __future__ import annotations

from typing import Any

import pytest

from docspecs import Project
from docspecs.fuzz import MOCK_URL, FuzzResult, fuzz
from docspecs.simulator import MOUNTS, OPERATIONS
from docspecs.testing import Target

# Cases per fuzzing pass in the test suite: enough to reach every id, flag combination and
# status through the explicit examples and the coverage phase, small enough to keep the whole
# suite within its budget on 2 cores. `docspecs fuzz --max-examples 500` is the long run.
MAX_EXAMPLES = 40
TARGET_SHARE_2XX = 0.30

APIS = sorted(OPERATIONS)
OPERATION_IDS = [(api, op) for api in APIS for op in OPERATIONS[api]]


def _explain(result: FuzzResult) -> str:
    return "\n\n".join([result.table(), *map(str, result.failures), *result.errors])


@pytest.fixture(scope="module")
def project() -> Project:
    return Project.find()


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_simulator_conforms_to_the_spec(project: Project, simulator: Target, api: str) -> None:
    result = fuzz(project, [api], app=simulator.app, max_examples=MAX_EXAMPLES)
    print(f"\n{result.table()}\n{result.summary()}")
    assert result.ok, _explain(result)
    assert {op.operation_id for op in result.operations} == set(OPERATIONS[api])
    for op in result.operations:
        assert op.share_ok >= TARGET_SHARE_2XX, _explain(result)
        # Every seeded resource was served with a 2xx at least once.
        assert op.ids_total > 0 and op.ids_ok == op.ids_total, _explain(result)
        statuses = {code for code, _ in op.statuses}
        assert {200, 400, 401}.issubset(statuses), _explain(result)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fault", "check"),
    [
        ({"invalid_body": True}, "response_schema_conformance"),
        ({"status": 409}, "status_code_conformance"),
        ({"status": 503}, "not_a_server_error"),
    ],
    ids=["spec-violating-body", "undocumented-status", "server-error"],
)
@pytest.mark.parametrize(("api", "operation"), OPERATION_IDS)
def test_an_injected_fault_fails_the_matching_check(
    project: Project,
    simulator: Target,
    api: str,
    operation: str,
    fault: dict[str, Any],
    check: str,
) -> None:
    simulator.fault(api, operation, count=100_000, **fault)
    result = fuzz(project, [api], app=simulator.app, max_examples=5)
    failures = [f for f in result.failures if f.operation_id == operation]
    assert check in {f.check for f in failures}, _explain(result)
    failure = next(f for f in failures if f.check == check)
    assert failure.curl.startswith("curl -X ")
    assert f"{MOCK_URL}{MOUNTS[api]}/" in failure.curl
    assert '"Authorization: Bearer $TOKEN"' in failure.curl
    token = simulator.token(api)
    assert token not in str(failure) and token not in _explain(result)


@pytest.mark.slow
def test_a_dropped_connection_is_reported_not_passed(project: Project, simulator: Target) -> None:
    simulator.fault("talonic", count=100_000, drop=True)
    result = fuzz(project, ["talonic"], app=simulator.app, max_examples=5)
    assert not result.ok
    assert result.errors or result.failures, _explain(result)


@pytest.mark.slow
def test_the_simulator_over_http_conforms_too(project: Project, simulator_server: Target) -> None:
    result = fuzz(project, ["extend"], base_url=simulator_server.url, max_examples=10)
    assert result.ok, _explain(result)
    assert result.target == simulator_server.url
    assert all(op.ok > 0 for op in result.operations)


@pytest.mark.slow
def test_over_http_a_failure_reproduces_against_the_server_it_hit(
    project: Project, simulator_server: Target
) -> None:
    simulator_server.fault("talonic", count=100_000, invalid_body=True)
    result = fuzz(project, ["talonic"], base_url=simulator_server.url, max_examples=5)
    failure = next(f for f in result.failures if f.check == "response_schema_conformance")
    assert f"{simulator_server.url}/talonic/v1/jobs/" in failure.curl
    assert simulator_server.token("talonic") not in failure.curl
