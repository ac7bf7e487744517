"""`undeclared_keys`: which keys of a parsed body no declared attribute holds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import extend_client
import extend_models
import talonic_client
import talonic_models

from docspecs.undeclared import undeclared_keys

ROOT = Path(__file__).parent.parent


def _results_body() -> dict[str, Any]:
    path = ROOT / "specs" / "talonic" / "examples" / "get_job_results-complete.json"
    body: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return body


def _with_extras(body: dict[str, Any]) -> dict[str, Any]:
    body = copy.deepcopy(body)
    body["top_level_extra"] = 1
    body["data"][0]["row_extra"] = {"a": 1}
    body["data"][0]["values"]["any_user_field"] = "kept"  # an open map: not reported
    return body


def test_a_documented_body_has_no_undeclared_keys_in_either_package() -> None:
    body = _results_body()
    assert undeclared_keys(talonic_client.models.JobResults.from_dict(body)) == []
    assert undeclared_keys(talonic_models.JobResults.model_validate(body)) == []


def test_undeclared_keys_are_named_by_their_path_in_both_packages() -> None:
    body = _with_extras(_results_body())
    expected = ["['top_level_extra']", "data[0]['row_extra']"]
    assert undeclared_keys(talonic_client.models.JobResults.from_dict(body)) == expected
    assert undeclared_keys(talonic_models.JobResults.model_validate(body)) == expected


def test_plain_values_have_none() -> None:
    assert undeclared_keys({"a": 1}) == []
    assert undeclared_keys([1, "x", None]) == []


# --- typed maps (`additionalProperties` with a schema) declare their keys ----------------------


def _extend_run(output: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    return {"success": True, "processorRun": {"id": "dpr_1", "output": output, "edits": edits}}


def test_a_typed_maps_keys_are_declared_and_its_values_walked_in_both_packages() -> None:
    """Extend's older extraction output: field ids mapped to typed results, next to properties."""
    result = {"id": "total", "type": "number", "value": 1, "references": []}
    edit = {"originalValue": 1, "editedValue": 2}
    body = _extend_run({"total": result, "vendor": result}, {"total": edit})
    client = extend_client.models.ProcessorRunResponse.from_dict(copy.deepcopy(body))
    models = extend_models.ProcessorRunResponse.model_validate(copy.deepcopy(body))
    assert undeclared_keys(client) == undeclared_keys(models) == []

    body["processorRun"]["output"]["vendor"] = {**result, "page": 3}
    body["processorRun"]["edits"]["total"] = {**edit, "reviewer": "ops"}
    client = extend_client.models.ProcessorRunResponse.from_dict(copy.deepcopy(body))
    models = extend_models.ProcessorRunResponse.model_validate(copy.deepcopy(body))
    assert undeclared_keys(client) == [
        "processor_run.edits['total']['reviewer']",
        "processor_run.output['vendor']['page']",
    ]
    assert undeclared_keys(models) == undeclared_keys(client)


def test_untyped_extras_next_to_declared_properties_are_still_reported() -> None:
    body = _extend_run({"value": {"user_field": 1}}, {})
    body["processorRun"]["priority"] = {"level": 1}
    expected = ["processor_run['priority']"]  # not walked: any JSON, the key is what is unknown
    client = extend_client.models.ProcessorRunResponse.from_dict(copy.deepcopy(body))
    models = extend_models.ProcessorRunResponse.model_validate(copy.deepcopy(body))
    assert undeclared_keys(client) == undeclared_keys(models) == expected
