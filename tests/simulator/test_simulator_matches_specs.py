"""Every response the simulator gives validates against the spec's schema for its status.

The simulator is written from the pages and the specs are written from the pages: this test is
where the two readings meet (schemathesis fuzzing then explores inputs neither thought of).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from docspecs.bundle import bundle
from docspecs.testing import Target

Ask = Callable[..., httpx.Response]
SPECS = Path(__file__).resolve().parents[2] / "specs"
OPERATIONS = {
    "instabase": {"runs": ("/v2/apps/runs/{run_id}/results", "/v2/apps/runs/{}/results")},
    "talonic": {"jobs": ("/v1/jobs/{id}/results", "/v1/jobs/{}/results")},
    "extend": {
        "processor_runs": ("/processor_runs/{id}", "/processor_runs/{}"),
        "classify_runs": ("/classify_runs/{id}", "/classify_runs/{}"),
    },
}


def check(spec: dict[str, Any], template: str, response: httpx.Response) -> None:
    responses = spec["paths"][template]["get"]["responses"]
    assert str(response.status_code) in responses, (
        f"{template}: undocumented {response.status_code}"
    )
    schema = responses[str(response.status_code)]["content"]["application/json"]["schema"]
    validator = Draft202012Validator(
        {**schema, "components": spec.get("components", {})},
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    problems = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(response.json())
    ]
    assert not problems, f"{template} {response.status_code}: {problems[:5]}"


@pytest.fixture(scope="module")
def specs() -> dict[str, dict[str, Any]]:
    found = {api: SPECS / api / "openapi.yaml" for api in OPERATIONS}
    missing = [api for api, path in found.items() if not path.exists()]
    if missing:
        pytest.fail(f"specs missing: {missing}")
    return {api: bundle(path) for api, path in found.items()}


@pytest.mark.parametrize("vendor", sorted(OPERATIONS))
def test_every_seeded_response_matches_the_spec(
    vendor: str, specs: dict[str, dict[str, Any]], ask: Ask, simulator: Target
) -> None:
    resources = simulator.state()[vendor]["resources"]
    flags = (
        "include_review_results",
        "include_confidence_scores",
        "include_validation_results",
        "include_source_info",
    )
    combos: list[dict[str, str]] = [{}]
    if vendor == "instabase":
        combos = [
            {f: "true" for f, on in zip(flags, bits, strict=True) if on}
            for bits in itertools.product([False, True], repeat=4)
        ]
    for kind, (template, path) in OPERATIONS[vendor].items():
        for resource in resources[kind]:
            for _ in range(simulator.app.settings.reads_until_terminal + 1):
                for params in combos:
                    offset = 0
                    while True:
                        query = (
                            {**params, "file_offset": str(offset)}
                            if vendor == "instabase"
                            else params
                        )
                        response = ask(vendor, path.format(resource["id"]), params=query)
                        assert response.status_code == 200
                        check(specs[vendor], template, response)
                        body = response.json()
                        if not body.get("has_more"):
                            break
                        offset += len(body["files"])


@pytest.mark.parametrize("vendor", sorted(OPERATIONS))
@pytest.mark.parametrize("status", [401, 404, 429, 500, 503])
def test_error_bodies_match_the_spec(
    vendor: str, status: int, specs: dict[str, dict[str, Any]], ask: Ask, simulator: Target
) -> None:
    for kind, (template, path) in OPERATIONS[vendor].items():
        documented = specs[vendor]["paths"][template]["get"]["responses"]
        if str(status) not in documented:
            continue
        resource = simulator.state()[vendor]["resources"][kind][0]["id"]
        if status == 404:
            missing = "00000000-0000-4000-8000-000000000000" if vendor == "talonic" else "nope"
            response = ask(vendor, path.format(missing))
        elif status == 401:
            response = ask(vendor, path.format(resource), auth=False)
        else:
            simulator.fault(vendor, status=status, retry_after=1)
            response = ask(vendor, path.format(resource))
        assert response.status_code == status
        check(specs[vendor], template, response)
