"""Benchmark: parse speed of large response bodies, generated packages vs the official SDKs.

    python scripts/bench_parse.py [--size-mb 1.0] [--repeat N] [--rounds 5] [--generated DIR]

Two bodies, built from the specs' own examples:

1. an Instabase run result of about 1 MB (`get_run_results-first_page.json` with its `files`
   repeated: the richest example the official SDK accepts; it rejects most of the others, which
   the script counts), parsed as `RunResults`;
2. an Extend classify run (`get_classify_run-processed-reviewed.json`), parsed as `ClassifyRun`.

Each parser does what its client does with a response body:

- `json.loads`: the floor, JSON to dicts only;
- generated client (`<api>_client`, attrs): `Model.from_dict(json.loads(text))`;
- generated models (`<api>_models`, pydantic v2): `Model.model_validate_json(text)`;
- official SDK: `instabase-aihub` (`ApiClient.deserialize(text, "ResultsResponse", ...)`, as
  its API methods do) and `extend-ai` (`construct_type(ClassifyRun, json.loads(text))`, as its
  Fern client does). The SDKs are installed only in the `nox -s bench` environment; when
  one is missing its row says so.

One run: each parser parses the body `--repeat` times per round; the rounds take turns between
the parsers (so a burst of load on a shared machine hits all of them alike) and each parser keeps
its best round. The table prints milliseconds per body and the ratio to `json.loads` and to the
official SDK (target: the generated packages at least as fast as the SDK, i.e. a ratio <= 1.0).
`--generated DIR` measures the packages in another directory (e.g. an older revision's
generated/ from `git archive`) to compare template changes.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Parser = Callable[[str], object]
# The 2xx examples of each body's operation (error bodies excluded by name).
EXAMPLES = {
    "Instabase run result": "specs/instabase/examples/get_run_results-[!iunr]*.json",
    "Extend classify run": "specs/extend/examples/get_classify_run-[!bnirsu]*.json",
}


def _instabase_body(size_mb: float) -> str:
    example = json.loads(
        (ROOT / "specs/instabase/examples/get_run_results-first_page.json").read_text("utf-8")
    )
    files = example["files"]
    body = copy.deepcopy(example)
    body["files"] = []
    target = int(size_mb * 1_000_000)
    index = 0
    while len(json.dumps(body)) < target:
        batch = copy.deepcopy(files)
        for file in batch:
            if "original_file_name" in file:
                file["original_file_name"] = f"{index:05d}-{file['original_file_name']}"
            index += 1
        body["files"].extend(batch)
    return json.dumps(body)


def _extend_body() -> str:
    path = ROOT / "specs/extend/examples/get_classify_run-processed-reviewed.json"
    return json.dumps(json.loads(path.read_text("utf-8")))


def _packages(chosen: Path | None) -> None:
    """Put the generated packages on sys.path: `chosen`, else generated/ when present, else a
    fresh generation."""
    wanted = [f"{api}-{kind}" for api in ("instabase", "extend") for kind in ("client", "models")]
    generated = chosen or ROOT / "generated"
    present = all((generated / name / "pyproject.toml").exists() for name in wanted)
    if chosen is not None and not present:
        raise SystemExit(
            f"bench_parse: --generated {chosen}: no {', '.join(wanted)} packages there"
        )
    if not present:
        from docspecs import Project
        from docspecs.generate import generate

        generated = Path(tempfile.mkdtemp(prefix="bench-parse-"))
        report = generate(
            Project(ROOT), ["instabase", "extend"], output_dir=generated, progress=None
        )
        if not report.ok:
            raise SystemExit(f"bench_parse: generation failed: {report.apis}")
    sys.path[:0] = [str(generated / name) for name in wanted]


def _load(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _parsers() -> dict[str, dict[str, Parser | str]]:
    """{body: {parser name: parse function, or the reason it is unavailable}}."""
    # Imported by name: the packages are found on the path set up at run time.
    extend_client_run = _load("extend_client.models.classify_run", "ClassifyRun")
    extend_models_run = _load("extend_models", "ClassifyRun")
    instabase_client_results = _load("instabase_client.models.run_results", "RunResults")
    instabase_models_results = _load("instabase_models", "RunResults")

    instabase: dict[str, Parser | str] = {
        "json.loads": json.loads,
        "generated client (attrs)": lambda t: instabase_client_results.from_dict(json.loads(t)),
        "generated models (pydantic)": instabase_models_results.model_validate_json,
    }
    extend: dict[str, Parser | str] = {
        "json.loads": json.loads,
        "generated client (attrs)": lambda t: extend_client_run.from_dict(json.loads(t)),
        "generated models (pydantic)": extend_models_run.model_validate_json,
    }
    try:
        api_client = _load("aihub.api_client", "ApiClient")()
        instabase["official SDK instabase-aihub"] = lambda t: api_client.deserialize(
            t, "ResultsResponse", "application/json"
        )
    except ImportError as error:
        instabase["official SDK instabase-aihub"] = f"not installed ({error.name})"
    try:
        construct_type = _load("extend_ai.core.unchecked_base_model", "construct_type")
        sdk_classify_run = _load("extend_ai.types.classify_run", "ClassifyRun")

        extend["official SDK extend-ai"] = lambda t: construct_type(
            type_=sdk_classify_run, object_=json.loads(t)
        )
    except ImportError as error:
        extend["official SDK extend-ai"] = f"not installed ({error.name})"
    return {"Instabase run result": instabase, "Extend classify run": extend}


def _sdk_rejections(parse: Parser | str, pattern: str) -> str | None:
    """How many of the spec's 2xx examples the official SDK fails to parse."""
    if isinstance(parse, str):
        return None
    examples = sorted(ROOT.glob(pattern))
    failed = []
    for path in examples:
        try:
            parse(path.read_text("utf-8"))
        except Exception:
            failed.append(path.name)
    if not failed:
        return f"the official SDK parses all {len(examples)} spec examples"
    names = ", ".join(failed)
    return f"the official SDK rejects {len(failed)} of {len(examples)} spec examples: {names}"


def _timings(
    parsers: dict[str, Parser | str], text: str, repeat: int, rounds: int
) -> tuple[dict[str, float], dict[str, str]]:
    """({parser: best seconds per body}, {parser: why it has no figure}), rounds interleaved."""
    notes = {name: parse for name, parse in parsers.items() if isinstance(parse, str)}
    ready: dict[str, Parser] = {}
    for name, parse in parsers.items():
        if isinstance(parse, str):
            continue
        try:
            parse(text)  # warm up (imports, caches), and fail early on a body it cannot parse
        except Exception as error:  # an SDK that rejects the body: report, keep going
            notes[name] = f"failed: {type(error).__name__}: {str(error)[:120]}"
            continue
        ready[name] = parse
    best = dict.fromkeys(ready, float("inf"))
    for _ in range(rounds):
        for name, parse in ready.items():
            started = time.perf_counter()
            for _ in range(repeat):
                parse(text)
            best[name] = min(best[name], (time.perf_counter() - started) / repeat)
    return best, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="Instabase body size (MB)")
    parser.add_argument("--repeat", type=int, default=0, help="parses per round (default: auto)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per parser (best is kept)")
    parser.add_argument(
        "--generated",
        type=Path,
        help="directory holding the generated packages (default: generated/), e.g. a scratch "
        "generation or an older revision's generated/, to compare template changes",
    )
    args = parser.parse_args(argv)
    _packages(args.generated)
    bodies = {
        "Instabase run result": _instabase_body(args.size_mb),
        "Extend classify run": _extend_body(),
    }
    for title, parsers in _parsers().items():
        text = bodies[title]
        repeat = args.repeat or max(5, int(4_000_000 / len(text)))
        size = len(text) / 1_000_000
        print(
            f"\n{title}: {size:.3f} MB body, {repeat} parses per round, "
            f"best of {args.rounds} interleaved rounds"
        )
        timings, notes = _timings(parsers, text, repeat, args.rounds)
        floor = timings["json.loads"]
        sdk = next((timings[n] for n in timings if n.startswith("official SDK")), None)
        sdk_parse = next((p for n, p in parsers.items() if n.startswith("official SDK")), "")
        pattern = EXAMPLES[title]
        print(f"  {'parser':<32} {'ms/body':>9} {'x json.loads':>13} {'x SDK':>7}")
        for name in parsers:
            if name in notes:
                print(f"  {name:<32} {notes[name]}")
                continue
            ms = timings[name] * 1000
            vs_sdk = f"{timings[name] / sdk:7.2f}" if sdk else f"{'-':>7}"
            print(f"  {name:<32} {ms:9.3f} {timings[name] / floor:13.2f} {vs_sdk}")
        rejections = _sdk_rejections(sdk_parse, pattern)
        if rejections:
            print(f"  ({rejections})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
