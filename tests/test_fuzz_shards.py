"""`docspecs fuzz --shard K/N` and `--workers N`: a run split over machines or threads sends the
same requests per operation as one run, and every operation is fuzzed exactly once."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from docspecs import Project
from docspecs.bundle import bundle
from docspecs.cli import main
from docspecs.fuzz import FuzzResult, fuzz
from docspecs.fuzz._operations import spec_operations
from docspecs.fuzz._shards import parse_shard, shard_operations

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def project() -> Project:
    return Project(ROOT)


def _every_operation(project: Project) -> list[tuple[str, str]]:
    return sorted(
        (api, op.operation_id)
        for api in project.apis()
        for op in spec_operations(bundle(project.spec_path(api)), [])
    )


@pytest.mark.parametrize("total", [1, 2, 3, 4, 7])
def test_shards_partition_the_operations(project: Project, total: int) -> None:
    specs = {api: bundle(project.spec_path(api)) for api in project.apis()}
    parts = [shard_operations(specs, (k, total)) for k in range(1, total + 1)]
    every = _every_operation(project)
    assert sorted(pair for part in parts for pair in part) == every  # each exactly once
    sizes = [len(part) for part in parts]
    assert max(sizes) - min(sizes) <= 1
    assert parts == [shard_operations(specs, (k, total)) for k in range(1, total + 1)]


@pytest.mark.parametrize("text", ["0/2", "3/2", "1/0", "x", "1-2", "1/2/3", "/2", "-1/2"])
def test_a_bad_shard_is_an_error_naming_the_option(
    project: Project, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = 0
    try:
        main(["--root", str(project.root), "fuzz", f"--shard={text}"])
    except SystemExit as stop:
        code = int(stop.code or 0)
    err = capsys.readouterr().err
    assert code == 2 and "argument --shard: expected K/N" in err, err
    assert "Traceback" not in err
    with pytest.raises(Exception, match="--shard"):
        parse_shard(text)


def test_workers_below_one_are_refused(project: Project) -> None:
    with pytest.raises(Exception, match="--workers must be at least 1"):
        fuzz(project, ["talonic"], workers=0)


def _by_operation(result: FuzzResult) -> dict[tuple[str, str], tuple[str, int]]:
    return {(op.api, op.operation_id): (op.fingerprint, op.cases) for op in result.operations}


@pytest.mark.slow  # three fuzz runs: about 8 s on a busy 2-core machine
def test_two_shards_cover_every_operation_once_with_the_same_cases(
    project: Project, tmp_path: Path
) -> None:
    # Two of the APIs (Instabase's 144 explicit examples would make this slow): three
    # operations, so shard 1 holds two of them, from both APIs, and shard 2 one.
    apis = ["extend", "talonic"]
    whole = _by_operation(fuzz(project, apis, max_examples=2, seed=5))
    first = fuzz(project, apis, max_examples=2, seed=5, shard=(1, 2), junit_xml=tmp_path / "1.xml")
    second = fuzz(project, apis, max_examples=2, seed=5, shard=(2, 2))
    parts = [_by_operation(first), _by_operation(second)]
    assert not set(parts[0]) & set(parts[1])
    every = [pair for pair in _every_operation(project) if pair[0] in apis]
    assert sorted([*parts[0], *parts[1]]) == every == sorted(whole)
    assert {api for api, _ in parts[0]} == set(apis)
    assert {**parts[0], **parts[1]} == whole  # same requests per operation, sharded or not
    assert first.summary().endswith(", shard 1/2")
    properties = ElementTree.parse(tmp_path / "1.xml").getroot().iter("property")
    assert ("shard", "1/2") in {(p.get("name"), p.get("value")) for p in properties}


@pytest.mark.slow
def test_two_workers_send_the_same_cases_as_one(project: Project) -> None:
    one = fuzz(project, max_examples=3, seed=2, workers=1)
    two = fuzz(project, max_examples=3, seed=2, workers=2)
    assert _by_operation(one) == _by_operation(two)
    assert one.ok and two.ok


def test_an_empty_shard_is_not_an_error(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--root", str(project.root), "fuzz", "talonic", "--shard", "2/3"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "this shard has no operations" in out
