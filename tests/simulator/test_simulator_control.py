"""The control API (`/_simulator`), fault injection and determinism."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from docspecs.simulator import build_app
from docspecs.testing import SyncASGITransport, Target

Ask = Callable[..., httpx.Response]
PATHS = {
    "runs": ("instabase", "/v2/apps/runs/{}/results"),
    "jobs": ("talonic", "/v1/jobs/{}/results"),
    "processor_runs": ("extend", "/processor_runs/{}"),
    "classify_runs": ("extend", "/classify_runs/{}"),
}


def test_state_lists_mount_token_and_resources_per_vendor(simulator_client: httpx.Client) -> None:
    state = simulator_client.get("/_simulator/state").json()
    assert set(state) == {"instabase", "talonic", "extend"}
    assert {v: state[v]["mount"] for v in state} == {
        "instabase": "/instabase",
        "talonic": "/talonic",
        "extend": "/extend",
    }
    assert set(state["instabase"]["resources"]) == {"runs"}
    assert set(state["talonic"]["resources"]) == {"jobs"}
    assert set(state["extend"]["resources"]) == {"processor_runs", "classify_runs"}
    for vendor in state.values():
        for resources in vendor["resources"].values():
            assert resources and all(set(r) == {"id", "status"} for r in resources)


def test_every_seeded_resource_is_served_with_the_state_token(
    simulator_client: httpx.Client,
) -> None:
    state = simulator_client.get("/_simulator/state").json()
    for vendor, info in state.items():
        for kind, resources in info["resources"].items():
            assert PATHS[kind][0] == vendor
            for resource in resources:
                response = simulator_client.get(
                    info["mount"] + PATHS[kind][1].format(resource["id"]),
                    headers={"Authorization": f"Bearer {info['token']}"},
                )
                assert response.status_code == 200, (kind, resource)


def test_state_does_not_count_as_a_read_and_reset_rewinds_time(
    ask: Ask, simulator_client: httpx.Client, ids: Callable[..., list[str]]
) -> None:
    run_id = ids("extend", "processor_runs", "PENDING")[0]
    for _ in range(5):
        simulator_client.get("/_simulator/state")
    statuses = [
        ask("extend", f"/processor_runs/{run_id}").json()["processorRun"]["status"]
        for _ in range(3)
    ]
    assert statuses == ["PENDING", "PENDING", "PROCESSED"]
    assert run_id not in ids("extend", "processor_runs", "PENDING")
    assert simulator_client.post("/_simulator/reset").status_code == 200
    assert run_id in ids("extend", "processor_runs", "PENDING")


def add_fault(client: httpx.Client, **fault: Any) -> httpx.Response:
    return client.post("/_simulator/faults", json=fault)


def test_status_fault_with_retry_after_hits_the_next_n_matching_requests(
    ask: Ask, simulator_client: httpx.Client, ids: Callable[..., list[str]]
) -> None:
    job = ids("talonic", "jobs")[0]
    created = add_fault(
        simulator_client,
        vendor="talonic",
        operation="get_job_results",
        count=2,
        status=429,
        retry_after=3,
    )
    assert created.status_code == 201 and len(created.json()["faults"]) == 1
    first, second, third = (ask("talonic", f"/v1/jobs/{job}/results") for _ in range(3))
    for response in (first, second):
        assert response.status_code == 429 and response.headers["retry-after"] == "3"
        assert response.json()["code"] == "RATE_LIMIT_EXCEEDED"
    assert third.status_code == 200
    assert simulator_client.get("/_simulator/faults").json() == {"faults": []}


def test_fault_matches_vendor_and_operation_only(
    ask: Ask, simulator_client: httpx.Client, ids: Callable[..., list[str]]
) -> None:
    add_fault(simulator_client, vendor="extend", operation="get_classify_run", status=503)
    processor = ask("extend", "/processor_runs/" + ids("extend", "processor_runs")[0])
    job = ask("talonic", "/v1/jobs/{}/results".format(ids("talonic", "jobs")[0]))
    assert processor.status_code == 200 and job.status_code == 200
    classify = ask("extend", "/classify_runs/" + ids("extend", "classify_runs")[0])
    assert classify.status_code == 503
    body = classify.json()
    assert body == {
        "code": "SERVICE_UNAVAILABLE",
        "message": body["message"],
        "retryable": True,
        "requestId": body["requestId"],
    }


def test_fault_without_operation_matches_any_operation_of_the_vendor(
    ask: Ask, simulator: Target, ids: Callable[..., list[str]]
) -> None:
    simulator.fault("extend", status=500, count=2)
    assert ask("extend", "/processor_runs/" + ids("extend", "processor_runs")[0]).status_code == 500
    assert ask("extend", "/classify_runs/" + ids("extend", "classify_runs")[0]).status_code == 500
    assert ask("extend", "/classify_runs/" + ids("extend", "classify_runs")[0]).status_code == 200


def test_latency_fault_delays_then_answers_normally(
    ask: Ask, simulator: Target, ids: Callable[..., list[str]]
) -> None:
    simulator.fault("instabase", latency_ms=300)
    started = time.monotonic()
    response = ask("instabase", "/v2/apps/runs/{}/results".format(ids("instabase", "runs")[0]))
    assert response.status_code == 200 and time.monotonic() - started >= 0.3


def test_invalid_body_fault_answers_200_with_a_body_that_breaks_the_spec(
    ask: Ask, simulator: Target, ids: Callable[..., list[str]]
) -> None:
    simulator.fault("talonic", invalid_body=True)
    body = ask("talonic", "/v1/jobs/{}/results".format(ids("talonic", "jobs")[0])).json()
    assert not isinstance(body["job_id"], str) and not isinstance(body["data"], list)


def test_drop_fault_in_process_raises_the_transport_error_httpx_raises(
    ask: Ask, simulator: Target, ids: Callable[..., list[str]]
) -> None:
    simulator.fault("talonic", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        ask("talonic", "/v1/jobs/{}/results".format(ids("talonic", "jobs")[0]))
    assert (
        ask("talonic", "/v1/jobs/{}/results".format(ids("talonic", "jobs")[0])).status_code == 200
    )


@pytest.mark.slow
def test_drop_fault_over_loopback_closes_the_connection(simulator_server: Target) -> None:
    state = simulator_server.state()
    job = state["talonic"]["resources"]["jobs"][0]["id"]
    url = simulator_server.base_url("talonic") + f"/v1/jobs/{job}/results"
    headers = simulator_server.headers("talonic")
    with httpx.Client(timeout=5) as client:
        client.post(
            simulator_server.url + "/_simulator/faults", json={"vendor": "talonic", "drop": True}
        )
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(url, headers=headers)
        assert client.get(url, headers=headers).status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {},
        {"vendor": "acme", "status": 500},
        {"vendor": "extend", "operation": "get_job_results", "status": 500},
        {"vendor": "extend", "status": 200},
        {"vendor": "extend", "status": "500"},
        {"vendor": "extend", "status": 500, "drop": True},
        {"vendor": "extend", "retry_after": 3},
        {"vendor": "extend", "status": 500, "count": 0},
        {"vendor": "extend", "status": 500, "colour": "red"},
        {"vendor": "extend"},
    ],
)
def test_bad_fault_descriptions_are_400_naming_the_problem(
    simulator_client: httpx.Client, fault: dict[str, Any]
) -> None:
    response = simulator_client.post("/_simulator/faults", json=fault)
    assert response.status_code == 400 and response.json()["error"]
    assert simulator_client.get("/_simulator/faults").json() == {"faults": []}


def test_faults_can_be_listed_and_cleared_and_reset_clears_them(
    simulator_client: httpx.Client,
) -> None:
    add_fault(simulator_client, vendor="extend", status=500, count=5)
    assert simulator_client.get("/_simulator/faults").json()["faults"][0]["count"] == 5
    assert simulator_client.delete("/_simulator/faults").json() == {"faults": []}
    add_fault(simulator_client, vendor="extend", status=500)
    simulator_client.post("/_simulator/reset")
    assert simulator_client.get("/_simulator/faults").json() == {"faults": []}


def every_body(seed: int) -> list[bytes]:
    app = build_app(seed)
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://sim") as client:
        state = client.get("/_simulator/state").json()
        bodies = [client.get("/_simulator/state").content]
        for kind, (vendor, path) in PATHS.items():
            for resource in state[vendor]["resources"][kind]:
                for _ in range(3):
                    response = client.get(
                        state[vendor]["mount"] + path.format(resource["id"]),
                        params={"include_review_results": "true"}
                        if vendor == "instabase"
                        else None,
                        headers={"Authorization": f"Bearer {state[vendor]['token']}"},
                    )
                    bodies.append(response.content)
    return bodies


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not() -> None:
    assert every_body(0) == every_body(0)
    assert every_body(1) != every_body(0)
