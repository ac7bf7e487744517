"""`undeclared_keys`: which keys of a parsed body no declared attribute holds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

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
